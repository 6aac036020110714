"""`install`: the eoapi-cdk runtimes out of the PyPI wheel, and the venvs built from their own locks.

The install stamp (.twin/install.json) records a digest of the sources of `cmd_install`,
`_extract_runtimes`, `generator_uv_env` and `uv_env`: editing one of them triggers a reinstall,
editing anything else does not. Keep their text unchanged unless the install must change.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import sys
import tarfile
import time
import zipfile
from pathlib import Path
from typing import Any, Dict

from .common import Timer, TwinError, log, run, write_json_atomic
from .paths import (BUILD, CACHE, DEFAULT_EOAPI_CDK_VERSION, GEN_BIN, INSTALL_LAYOUT_VERSION, INSTALL_STAMP,
                    LAMBDA_PYTHON, LAMBDA_UV_VERSION, MOTO_VERSION, RUNTIMES, STATE_ROOT, VENVS, venv_python)
from .paths import site_packages as _site_packages  # the name cmd_install's (hashed) source uses
from .toolchain import find_lambda_python, generator_uv_env, pinned_uv, system_uv, uv_env


def _ecdk_version() -> str:
    return os.environ.get("TWIN_EOAPI_CDK_VERSION", DEFAULT_EOAPI_CDK_VERSION)


def _download_ecdk_wheel(version: str) -> Path:
    wheels = CACHE / "wheels"
    wheels.mkdir(parents=True, exist_ok=True)
    existing = sorted(wheels.glob(f"eoapi_cdk-{version}-*.whl"))
    if existing:
        return existing[0]
    run([sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary", ":all:",
         "--disable-pip-version-check", "-q", "-d", str(wheels), f"eoapi-cdk=={version}"])
    existing = sorted(wheels.glob(f"eoapi_cdk-{version}-*.whl"))
    if not existing:
        raise TwinError(f"pip download produced no eoapi-cdk {version} wheel")
    return existing[0]


_WANTED_PREFIXES = (
    "package/lib/stac-loader/runtime/",
    "package/lib/stactools-item-generator/runtime/",
    "package/lib/stac-api/runtime/",
    "package/lib/utils/utils.py",
    "package/lib/utils/index.js",
    "package/lib/database/bootstrapper_runtime/",
    "package/package.json",
)


def _extract_runtimes(wheel: Path, version: str) -> Path:
    dest = RUNTIMES / f"eoapi-cdk-{version}"
    marker = dest / ".extracted"
    if marker.exists():
        return dest
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    with zipfile.ZipFile(wheel) as zf:
        tgz_names = [n for n in zf.namelist() if n.endswith(".tgz") and "/_jsii/" in n]
        if len(tgz_names) != 1:
            raise TwinError(f"expected one jsii tarball in {wheel.name}, found {tgz_names}")
        tgz_path = CACHE / Path(tgz_names[0]).name
        with zf.open(tgz_names[0]) as src, open(tgz_path, "wb") as out:
            shutil.copyfileobj(src, out)
    with tarfile.open(tgz_path, "r:gz") as tf:
        members = []
        for m in tf.getmembers():
            if not m.name.startswith(_WANTED_PREFIXES):
                continue
            if not (m.isfile() or m.isdir()):
                continue
            rel = Path(m.name).relative_to("package")
            if ".." in rel.parts or rel.is_absolute():
                raise TwinError(f"unsafe path in jsii tarball: {m.name}")
            members.append(m)
        for m in members:
            rel = Path(m.name).relative_to("package")
            target = dest / rel
            if m.isdir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            f = tf.extractfile(m)
            assert f is not None
            with open(target, "wb") as out:
                shutil.copyfileobj(f, out)
    for needed in ("lib/stac-loader/runtime/uv.lock", "lib/stactools-item-generator/runtime/uv.lock",
                   "lib/utils/utils.py", "lib/stac-api/runtime/uv.lock"):
        if not (dest / needed).exists():
            raise TwinError(f"eoapi-cdk {version} tarball has no {needed}")
    marker.write_text(json.dumps({"wheel": wheel.name}) + "\n")
    return dest


def _default_pgstac_version(ecdk_dir: Path) -> str:
    text = (ecdk_dir / "lib/utils/index.js").read_text()
    m = re.search(r'DEFAULT_PGSTAC_VERSION\s*=\s*"([0-9][0-9.]*)"', text)
    if not m:
        raise TwinError("could not read DEFAULT_PGSTAC_VERSION from eoapi-cdk lib/utils/index.js")
    return m.group(1)


def _lock_version(lock: Path, name: str) -> str:
    text = lock.read_text()
    m = re.search(r'\[\[package\]\]\nname = "' + re.escape(name) + r'"\nversion = "([^"]+)"', text)
    if not m:
        raise TwinError(f"{name} not found in {lock}")
    return m.group(1)

def _fresh_venv(uv: str, venv: Path, py: str, env: Dict[str, str]) -> None:
    if venv.exists():
        shutil.rmtree(venv)
    run([uv, "venv", "-q", "--python", py, str(venv)], env=env)


def _install_sources_digest() -> str:
    """Digest of what shapes the install (not of the whole file: editing stop/start logic
    must not force a reinstall)."""
    import inspect
    h = hashlib.sha256()
    for fn in (cmd_install, _extract_runtimes, generator_uv_env, uv_env):
        h.update(inspect.getsource(fn).encode())
    h.update(repr((LAMBDA_UV_VERSION, MOTO_VERSION, LAMBDA_PYTHON, _WANTED_PREFIXES)).encode())
    return h.hexdigest()[:16]


def cmd_install(args: argparse.Namespace) -> int:
    timer = Timer()
    version = _ecdk_version()
    with timer.step("locate Python 3.12 (Lambda runtime)"):
        py = find_lambda_python()
        log(f"  python: {py}")
    env = uv_env(py)
    uv = system_uv()

    want = {
        "layout": INSTALL_LAYOUT_VERSION,
        "eoapi_cdk_version": version,
        "python": py,
        "pgstac_version_override": os.environ.get("TWIN_PGSTAC_VERSION", ""),
        "sources": _install_sources_digest(),
    }
    if INSTALL_STAMP.exists() and not args.force:
        try:
            have = json.loads(INSTALL_STAMP.read_text())
        except ValueError:
            have = {}
        if all(have.get(k) == v for k, v in want.items()) and all(
                venv_python(n).exists() for n in ("services", "stac-api", "stac-loader",
                                                   "stactools-item-generator")):
            log(f"already installed (eoapi-cdk {version}, pgstac {have.get('pgstac_version')}); "
                f"use --force to reinstall")
            return 0

    STATE_ROOT.mkdir(parents=True, exist_ok=True)
    for d in (VENVS, CACHE, RUNTIMES, BUILD):
        d.mkdir(parents=True, exist_ok=True)

    with timer.step(f"download eoapi-cdk=={version} wheel (pip)"):
        wheel = _download_ecdk_wheel(version)
        log(f"  wheel: {wheel}")
    with timer.step("extract construct runtimes from the bundled jsii tarball"):
        ecdk = _extract_runtimes(wheel, version)
        log(f"  runtimes: {ecdk}/lib/{{stac-loader,stactools-item-generator,stac-api}}/runtime")

    pgstac_version = os.environ.get("TWIN_PGSTAC_VERSION") or _default_pgstac_version(ecdk)
    stac_fastapi_pgstac = _lock_version(ecdk / "lib/stac-api/runtime/uv.lock", "stac-fastapi-pgstac")
    log(f"  pgstac version: {pgstac_version} "
        f"({'TWIN_PGSTAC_VERSION' if os.environ.get('TWIN_PGSTAC_VERSION') else 'eoapi-cdk DEFAULT_PGSTAC_VERSION'})")

    with timer.step(f"uv {LAMBDA_UV_VERSION} (the version the runtime Dockerfiles copy in)"):
        _fresh_venv(uv, VENVS / "uv", py, env)
        run([uv, "pip", "install", "-q", "--python", str(venv_python("uv")), f"uv=={LAMBDA_UV_VERSION}"],
            env=env)
        luv = str(pinned_uv())
        GEN_BIN.mkdir(parents=True, exist_ok=True)
        for tool in ("uv", "uvx"):
            link = GEN_BIN / tool
            if link.is_symlink() or link.exists():
                link.unlink()
            link.symlink_to(VENVS / "uv" / "bin" / tool)

    with timer.step("services venv (moto server + the DB bootstrapper runtime's packages)"):
        _fresh_venv(uv, VENVS / "services", py, env)
        # bootstrapper_runtime/Dockerfile: pip install httpx psycopg[binary,pool] pypgstac==${PGSTAC_VERSION}
        run([uv, "pip", "install", "-q", "--python", str(venv_python("services")),
             "httpx", "psycopg[binary,pool]", f"pypgstac[psycopg]=={pgstac_version}",
             f"moto[server]=={MOTO_VERSION}", "boto3", "pytest"], env=env)

    with timer.step(f"stac-api venv (eoapi-cdk stac-api runtime lock: stac-fastapi-pgstac {stac_fastapi_pgstac})"):
        bdir = BUILD / "stac-api"
        if bdir.exists():
            shutil.rmtree(bdir)
        shutil.copytree(ecdk / "lib/stac-api/runtime", bdir)
        # mirror the Dockerfile: uv export --locked --no-editable --no-dev
        run([luv, "export", "-q", "--locked", "--no-editable", "--no-dev", "--format",
             "requirements.txt", "-o", "requirements.txt"], env=env, cwd=bdir)
        _fresh_venv(uv, VENVS / "stac-api", py, env)
        run([luv, "pip", "install", "-q", "--python", str(venv_python("stac-api")), "-r",
             "requirements.txt", "uvicorn"], env=env, cwd=bdir)
        shutil.copy2(ecdk / "lib/utils/utils.py", _site_packages(VENVS / "stac-api") / "utils.py")

    with timer.step(f"stac-loader venv (runtime uv.lock + pypgstac=={pgstac_version}, as its Dockerfile)"):
        bdir = BUILD / "stac-loader"
        if bdir.exists():
            shutil.rmtree(bdir)
        shutil.copytree(ecdk / "lib/stac-loader/runtime", bdir)
        # Dockerfile: uv add --no-sync pypgstac==${PGSTAC_VERSION}; uv export --locked ...;
        #             uv pip install --target /asset -r requirements.txt; COPY utils/utils.py /asset/
        run([luv, "add", "-q", "--no-sync", f"pypgstac=={pgstac_version}"], env=env, cwd=bdir)
        run([luv, "export", "-q", "--locked", "--no-editable", "--no-dev", "--format",
             "requirements.txt", "-o", "requirements.txt"], env=env, cwd=bdir)
        _fresh_venv(uv, VENVS / "stac-loader", py, env)
        run([luv, "pip", "install", "-q", "--compile-bytecode", "--python",
             str(venv_python("stac-loader")), "-r", "requirements.txt"], env=env, cwd=bdir)
        shutil.copy2(ecdk / "lib/utils/utils.py", _site_packages(VENVS / "stac-loader") / "utils.py")

    with timer.step("stactools-item-generator venv (runtime uv.lock) + uv tool install stactools"):
        bdir = BUILD / "stactools-item-generator"
        if bdir.exists():
            shutil.rmtree(bdir)
        shutil.copytree(ecdk / "lib/stactools-item-generator/runtime", bdir)
        # Dockerfile: uv export --no-dev --no-editable -o requirements.txt;
        #             uv pip install --target ${LAMBDA_TASK_ROOT} -r requirements.txt
        run([luv, "export", "-q", "--no-dev", "--no-editable", "-o", "requirements.txt"], env=env, cwd=bdir)
        _fresh_venv(uv, VENVS / "stactools-item-generator", py, env)
        # boto3 is not in the runtime's lock: the Lambda base image
        # (public.ecr.aws/lambda/python:3.12) provides it. We add it the same way.
        run([luv, "pip", "install", "-q", "--compile-bytecode", "--python",
             str(venv_python("stactools-item-generator")), "-r", "requirements.txt", "boto3"],
            env=env, cwd=bdir)
        # Dockerfile: uv tool install --with "numpy<2.3.0",requests stactools
        genv = uv_env(py, generator_uv_env())
        run([luv, "tool", "install", "-q", "--force", "--with", "numpy<2.3.0,requests", "stactools"],
            env=genv)

    stamp = dict(want)
    stamp.update({
        "pgstac_version": pgstac_version,
        "stac_fastapi_pgstac_version": stac_fastapi_pgstac,
        "eoapi_cdk_wheel": wheel.name,
        "runtimes_dir": str(ecdk),
        "uv_version": LAMBDA_UV_VERSION,
        "moto_version": MOTO_VERSION,
        "installed_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    })
    write_json_atomic(INSTALL_STAMP, stamp)
    timer.report("install")
    return 0

def load_install() -> Dict[str, Any]:
    if not INSTALL_STAMP.exists():
        raise TwinError(f"twin not installed ({INSTALL_STAMP} missing): run twin/install.sh")
    return json.loads(INSTALL_STAMP.read_text())
