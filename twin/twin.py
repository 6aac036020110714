#!/usr/bin/env python3
"""Local twin of MAAP's eoapi-cdk STAC ingestion pipeline.

    python3 twin/twin.py install [--force]
    python3 twin/twin.py start
    python3 twin/twin.py stop
    python3 twin/twin.py status  [--json]
    python3 twin/twin.py env     [--json]
    python3 twin/twin.py logs    [SERVICE]
    python3 twin/twin.py run [--keep] -- COMMAND ARGS...

Standard library only: it runs under any python3 >= 3.9. The heavy lifting
(DB bootstrap, AWS topology) is done by twin/provision.py inside the
services venv; the Lambda handlers run through twin/lambda_runner.py inside
their own runtime venvs. See twin/README.md.

Every subprocess is started from an argument list (never a shell string).
Every server listens on 127.0.0.1 only.
"""

from __future__ import annotations

import argparse
import glob
import hashlib
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tarfile
import threading
import time
import urllib.error
import urllib.request
import zipfile
from pathlib import Path
from typing import Any, Dict, List, Optional

TWIN_DIR = Path(__file__).resolve().parent
REPO_ROOT = TWIN_DIR.parent
STATE_ROOT = Path(os.environ.get("TWIN_HOME", str(REPO_ROOT / ".twin"))).resolve()
RUN_DIR = STATE_ROOT / "run"
LOG_DIR = RUN_DIR / "logs"
VENVS = STATE_ROOT / "venvs"
CACHE = STATE_ROOT / "cache"
RUNTIMES = STATE_ROOT / "runtimes"
BUILD = STATE_ROOT / "build"
UV_TOOLS = STATE_ROOT / "uv-tools"
GEN_BIN = STATE_ROOT / "bin-generator"
INSTALL_STAMP = STATE_ROOT / "install.json"
STATE_FILE = RUN_DIR / "state.json"
ENV_JSON = RUN_DIR / "env.json"
ENV_SH = RUN_DIR / "env"

ENV_JSON_VERSION = 1

# ---------------------------------------------------------------------------
# Pins. Everything else comes from the eoapi-cdk runtimes' own lock files.
# ---------------------------------------------------------------------------
DEFAULT_EOAPI_CDK_VERSION = "11.6.4"  # protocol.md was read against v11.6.4
LAMBDA_UV_VERSION = "0.10.9"  # the runtimes' Dockerfiles: COPY --from=ghcr.io/astral-sh/uv:0.10.9
MOTO_VERSION = "5.2.1"
LAMBDA_PYTHON = "3.12"  # construct default runtime (Python 3.12)
INSTALL_LAYOUT_VERSION = 3  # bump when the install layout/logic changes

SERVICE_ORDER = ["postgres", "moto", "stac_api", "stac_loader", "stactools_item_generator"]

LOADER_HANDLER = "stac_loader.handler.handler"
GENERATOR_HANDLER = "stactools_item_generator.handler.handler"


class TwinError(Exception):
    pass


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------
def log(msg: str) -> None:
    print(f"[twin] {msg}", flush=True)


def warn(msg: str) -> None:
    print(f"[twin] WARNING: {msg}", file=sys.stderr, flush=True)


class Timer:
    def __init__(self) -> None:
        self.rows: List[tuple] = []
        self.t0 = time.monotonic()

    def step(self, name: str):
        timer = self

        class _Step:
            def __enter__(self_inner):
                self_inner.start = time.monotonic()
                log(f"{name} ...")
                return self_inner

            def __exit__(self_inner, exc_type, exc, tb):
                dt = time.monotonic() - self_inner.start
                timer.rows.append((name, dt, exc is None))
                log(f"{name}: {'done' if exc is None else 'FAILED'} in {dt:.1f}s")
                return False

        return _Step()

    def report(self, title: str) -> None:
        total = time.monotonic() - self.t0
        log(f"{title} timings:")
        for name, dt, ok in self.rows:
            log(f"  {dt:6.1f}s  {name}{'' if ok else '  (failed)'}")
        log(f"  {total:6.1f}s  TOTAL")


def run(cmd: List[str], *, env: Optional[Dict[str, str]] = None, cwd: Optional[Path] = None,
        quiet: bool = False, timeout: Optional[float] = 900) -> subprocess.CompletedProcess:
    """Run an argv list; raise TwinError with its output on failure."""
    if not quiet:
        log("  $ " + " ".join(str(c) for c in cmd))
    try:
        proc = subprocess.run([str(c) for c in cmd], env=env, cwd=str(cwd) if cwd else None,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                              timeout=timeout, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired as e:
        raise TwinError(f"command timed out after {timeout}s: {' '.join(map(str, cmd))}") from e
    if proc.returncode != 0:
        raise TwinError(f"command failed (exit {proc.returncode}): {' '.join(map(str, cmd))}\n"
                        f"{proc.stdout[-6000:]}")
    return proc


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def port_open(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False


def http_get(url: str, timeout: float = 3.0) -> tuple:
    req = urllib.request.Request(url, headers={"Accept": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:  # loopback only
            return r.status, r.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8", "replace")


def tail(path: Path, n: int = 40) -> str:
    try:
        lines = path.read_text(errors="replace").splitlines()
    except OSError:
        return "(no log)"
    return "\n".join(lines[-n:])


def write_json_atomic(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n")
    os.replace(tmp, path)


def env_float(name: str, default: float) -> float:
    v = os.environ.get(name)
    return float(v) if v not in (None, "") else default


def env_int(name: str, default: int) -> int:
    v = os.environ.get(name)
    return int(v) if v not in (None, "") else default


def venv_python(name: str) -> Path:
    return VENVS / name / "bin" / "python"


# ---------------------------------------------------------------------------
# Python 3.12 discovery (the Lambda runtime version)
# ---------------------------------------------------------------------------
def _probe_python(path: str) -> Optional[str]:
    try:
        out = subprocess.run([path, "-c", "import sys;print(sys.version_info[0],sys.version_info[1]);"
                              "print(sys.executable)"], capture_output=True, text=True, timeout=20,
                             stdin=subprocess.DEVNULL)
    except (OSError, subprocess.TimeoutExpired):
        return None
    if out.returncode != 0:
        return None
    lines = out.stdout.split("\n")
    if lines[0].strip() != LAMBDA_PYTHON.replace(".", " "):
        return None
    return os.path.realpath(lines[1].strip())


def find_lambda_python() -> str:
    candidates: List[str] = []
    if os.environ.get("TWIN_PYTHON"):
        candidates.append(os.environ["TWIN_PYTHON"])
    pyenv_root = os.environ.get("PYENV_ROOT", os.path.expanduser("~/.pyenv"))
    candidates += sorted(glob.glob(os.path.join(pyenv_root, "versions", f"{LAMBDA_PYTHON}.*", "bin",
                                                f"python{LAMBDA_PYTHON}")), reverse=True)
    w = shutil.which(f"python{LAMBDA_PYTHON}")
    if w:
        candidates.append(w)
    candidates += [f"/usr/local/bin/python{LAMBDA_PYTHON}", f"/usr/bin/python{LAMBDA_PYTHON}"]
    for c in candidates:
        if c and os.path.exists(c):
            p = _probe_python(c)
            if p:
                return p
    uv = shutil.which("uv")
    if uv:
        out = subprocess.run([uv, "python", "find", "--no-python-downloads", LAMBDA_PYTHON],
                             capture_output=True, text=True, stdin=subprocess.DEVNULL)
        if out.returncode == 0 and out.stdout.strip():
            p = _probe_python(out.stdout.strip())
            if p:
                return p
    raise TwinError(
        f"no Python {LAMBDA_PYTHON} interpreter found (the eoapi-cdk Lambda runtimes require "
        f">=3.12). Set TWIN_PYTHON=/path/to/python{LAMBDA_PYTHON}.")


# ---------------------------------------------------------------------------
# uv environment
# ---------------------------------------------------------------------------
def uv_env(py: str, extra: Optional[Dict[str, str]] = None) -> Dict[str, str]:
    env = dict(os.environ)
    env["UV_PYTHON"] = py
    env["UV_PYTHON_DOWNLOADS"] = "never"  # no interpreter downloads (not reachable anyway)
    env.setdefault("UV_HTTP_TIMEOUT", "180")
    env.pop("VIRTUAL_ENV", None)
    # configure uv like pip is configured on this machine, if needed
    if not env.get("SSL_CERT_FILE"):
        for cert in (os.environ.get("PIP_CERT"), "/etc/ssl/certs/ca-certificates.crt"):
            if cert and os.path.exists(cert):
                env["SSL_CERT_FILE"] = cert
                break
    find_links = os.environ.get("PIP_FIND_LINKS")
    if find_links and os.path.isdir(find_links) and not env.get("UV_FIND_LINKS"):
        env["UV_FIND_LINKS"] = find_links
    if extra:
        env.update(extra)
    return env


def system_uv() -> str:
    uv = shutil.which("uv")
    if not uv:
        raise TwinError("uv not found on PATH (install.sh installs it with pip)")
    return uv


def pinned_uv() -> Path:
    return VENVS / "uv" / "bin" / "uv"


# ---------------------------------------------------------------------------
# install
# ---------------------------------------------------------------------------
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


def _site_packages(venv: Path) -> Path:
    sp = sorted((venv / "lib").glob("python3*/site-packages"))
    if not sp:
        raise TwinError(f"no site-packages in {venv}")
    return sp[0]


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


def generator_uv_env() -> Dict[str, str]:
    """uv/uvx settings for the generator 'Lambda' (the image sets UV_CACHE_DIR and HOME=/tmp)."""
    return {
        "UV_CACHE_DIR": str(CACHE / "uv-generator"),
        "UV_TOOL_DIR": str(UV_TOOLS / "tools"),
        "UV_TOOL_BIN_DIR": str(UV_TOOLS / "bin"),
    }


def load_install() -> Dict[str, Any]:
    if not INSTALL_STAMP.exists():
        raise TwinError(f"twin not installed ({INSTALL_STAMP} missing): run twin/install.sh")
    return json.loads(INSTALL_STAMP.read_text())


# ---------------------------------------------------------------------------
# process bookkeeping
# ---------------------------------------------------------------------------
def proc_starttime(pid: int) -> Optional[int]:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    # field 22, after the ')' that closes comm
    rest = stat[stat.rindex(")") + 2:].split()
    return int(rest[19])


def proc_pgid(pid: int) -> Optional[int]:
    try:
        return os.getpgid(pid)
    except OSError:
        return None


def _is_zombie(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            stat = f.read()
        return stat[stat.rindex(")") + 2] in "ZX"
    except (OSError, ValueError, IndexError):
        return True


def _reap_children() -> None:
    """Collect exited children of this process (after a failed start they are ours)."""
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def group_members(pgid: int) -> List[int]:
    _reap_children()
    out = []
    for d in os.listdir("/proc"):
        if d.isdigit():
            if proc_pgid(int(d)) == pgid and not _is_zombie(int(d)):
                out.append(int(d))
    return out


def load_state() -> Dict[str, Any]:
    if STATE_FILE.exists():
        try:
            return json.loads(STATE_FILE.read_text())
        except ValueError:
            pass
    return {"services": {}}


def save_state(state: Dict[str, Any]) -> None:
    write_json_atomic(STATE_FILE, state)


def service_alive(svc: Dict[str, Any]) -> bool:
    pid = svc.get("pid")
    if not pid:
        return False
    st = proc_starttime(pid)
    if st is None or st != svc.get("starttime"):
        return False
    try:
        with open(f"/proc/{pid}/stat") as f:
            if f.read().split(") ")[1].startswith("Z"):
                return False
    except OSError:
        return False
    return True


def ours_in_group(svc: Dict[str, Any]) -> List[int]:
    """Live members of the service's process group that started after the leader."""
    pgid = svc.get("pgid")
    if not pgid:
        return []
    leader_start = svc.get("starttime") or 0
    members = []
    for pid in group_members(pgid):
        st = proc_starttime(pid)
        if st is not None and st >= leader_start:
            members.append(pid)
    return members


def stop_service(name: str, svc: Dict[str, Any], timeout: float = 10.0) -> None:
    pgid = svc.get("pgid")
    if not pgid or not ours_in_group(svc):
        return
    sig = signal.SIGINT if name == "postgres" else signal.SIGTERM  # SIGINT = pg "fast" shutdown
    try:
        os.killpg(pgid, sig)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not ours_in_group(svc):
            return
        time.sleep(0.1)
    warn(f"{name} did not stop within {timeout:.0f}s; sending SIGKILL to process group {pgid}")
    try:
        os.killpg(pgid, signal.SIGKILL)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and ours_in_group(svc):
        time.sleep(0.1)


# ---------------------------------------------------------------------------
# configuration
# ---------------------------------------------------------------------------
def build_config(args: argparse.Namespace) -> Dict[str, Any]:
    stage = os.environ.get("TWIN_STAGE", "twin")
    cfg = {
        "region": os.environ.get("TWIN_REGION", "us-west-2"),
        "stack_name": os.environ.get("TWIN_STACK_NAME", f"MAAP-STAC-{stage}-pgSTAC"),
        "loader": {
            "visibility_timeout": env_int("TWIN_LOADER_VISIBILITY_TIMEOUT", 10),
            "timeout": env_float("TWIN_LOADER_TIMEOUT", 10),
            "batch_size": env_int("TWIN_LOADER_BATCH_SIZE", 500),
            "batch_window": env_float("TWIN_LOADER_BATCH_WINDOW", 2),
            "concurrency": env_int("TWIN_LOADER_CONCURRENCY", 2),
            "max_receive_count": env_int("TWIN_LOADER_MAX_RECEIVE_COUNT", 2),
            "create_collections_if_missing": os.environ.get("TWIN_CREATE_COLLECTIONS_IF_MISSING", "TRUE"),
        },
        "generator": {
            "visibility_timeout": env_int("TWIN_GENERATOR_VISIBILITY_TIMEOUT", 60),
            "timeout": env_float("TWIN_GENERATOR_TIMEOUT", 60),
            "batch_size": env_int("TWIN_GENERATOR_BATCH_SIZE", 10),
            "batch_window": env_float("TWIN_GENERATOR_BATCH_WINDOW", 0),
            "concurrency": env_int("TWIN_GENERATOR_CONCURRENCY", 2),
            "max_receive_count": env_int("TWIN_GENERATOR_MAX_RECEIVE_COUNT", 5),
        },
        "pg_cron_schedule": os.environ.get("TWIN_PG_CRON_SCHEDULE", "* * * * *"),
        "log_level": os.environ.get("TWIN_LOG_LEVEL", "INFO"),
        "start_timeout": env_float("TWIN_START_TIMEOUT", 60),
    }
    for fn in ("loader", "generator"):
        c = cfg[fn]
        if c["timeout"] > c["visibility_timeout"]:
            warn(f"{fn}: timeout {c['timeout']}s > visibility timeout {c['visibility_timeout']}s: "
                 "a slow batch would be redelivered while still running (AWS rejects this setup)")
        if not 1 <= c["batch_size"] <= 10000:
            raise TwinError(f"{fn}: batch_size must be 1..10000")
        if c["batch_size"] > 10 and c["batch_window"] <= 0:
            raise TwinError(f"{fn}: batch_size > 10 requires a batching window > 0 (as in AWS)")
        if c["concurrency"] < 1:
            raise TwinError(f"{fn}: concurrency must be >= 1")
    return cfg


# ---------------------------------------------------------------------------
# start
# ---------------------------------------------------------------------------
def _pg_bin() -> Path:
    d = Path(os.environ.get("TWIN_PG_BIN", "/usr/lib/postgresql/15/bin"))
    if not (d / "postgres").exists():
        raise TwinError(f"PostgreSQL server binaries not found in {d}: run twin/install.sh "
                        "(apt-get install postgresql-15 postgresql-15-postgis-3)")
    return d


def _pg_cron_available() -> bool:
    try:
        out = subprocess.run([str(_pg_bin() / "pg_config"), "--pkglibdir"], capture_output=True,
                             text=True, stdin=subprocess.DEVNULL)
        libdir = out.stdout.strip() or "/usr/lib/postgresql/15/lib"
    except OSError:
        libdir = "/usr/lib/postgresql/15/lib"
    return os.path.exists(os.path.join(libdir, "pg_cron.so"))


def _pg_user() -> Optional[Dict[str, Any]]:
    """postgres refuses to run as root: pick an unprivileged account."""
    if os.geteuid() != 0:
        return None
    import pwd
    name = os.environ.get("TWIN_PG_OS_USER", "postgres")
    try:
        pw = pwd.getpwnam(name)
    except KeyError:
        run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", name])
        pw = pwd.getpwnam(name)
    return {"name": name, "uid": pw.pw_uid, "gid": pw.pw_gid}


def _traversable_by_other(path: Path) -> bool:
    p = path
    while True:
        try:
            if not (p.stat().st_mode & 0o001):
                return False
        except OSError:
            return False
        if p.parent == p:
            return True
        p = p.parent


class Starter:
    def __init__(self, cfg: Dict[str, Any], inst: Dict[str, Any]) -> None:
        self.cfg = cfg
        self.inst = inst
        self.state: Dict[str, Any] = {"services": {}, "started_at": None, "tmp_dirs": []}
        self.timer = Timer()
        self.deadline_total = cfg["start_timeout"]

    # -- process launch ---------------------------------------------------
    def launch(self, name: str, argv: List[str], env: Dict[str, str], *,
               user: Optional[Dict[str, Any]] = None, cwd: Optional[Path] = None) -> subprocess.Popen:
        LOG_DIR.mkdir(parents=True, exist_ok=True)
        logfile = LOG_DIR / f"{name}.log"
        fh = open(logfile, "ab")
        fh.write(f"\n===== {time.strftime('%Y-%m-%dT%H:%M:%S')} start {name}: {' '.join(argv)}\n"
                 .encode())
        fh.flush()
        kwargs: Dict[str, Any] = {}
        if user:
            kwargs.update(user=user["uid"], group=user["gid"], extra_groups=[])
        proc = subprocess.Popen(argv, env=env, cwd=str(cwd or RUN_DIR), stdin=subprocess.DEVNULL,
                                stdout=fh, stderr=subprocess.STDOUT, start_new_session=True,
                                close_fds=True, **kwargs)
        fh.close()
        st = None
        for _ in range(50):
            st = proc_starttime(proc.pid)
            if st is not None:
                break
            time.sleep(0.01)
        self.state["services"][name] = {"pid": proc.pid, "pgid": proc.pid, "starttime": st,
                                        "log": str(logfile), "argv0": argv[0]}
        save_state(self.state)
        setattr(self, f"proc_{name}", proc)
        return proc

    def wait_for(self, name: str, proc: subprocess.Popen, check, timeout: float, what: str) -> Any:
        deadline = time.monotonic() + timeout
        last_err = None
        while time.monotonic() < deadline:
            rc = proc.poll()
            if rc is not None:
                raise TwinError(f"{name} exited with code {rc} while waiting for {what}.\n"
                                f"log: {LOG_DIR / (name + '.log')}\n--- last lines ---\n"
                                f"{tail(LOG_DIR / (name + '.log'))}")
            try:
                res = check()
                if res:
                    return res
            except Exception as e:  # noqa: BLE001 - health probes
                last_err = e
            time.sleep(0.2)
        raise TwinError(f"{name}: timed out after {timeout:.0f}s waiting for {what}"
                        f"{' (last error: ' + str(last_err) + ')' if last_err else ''}.\n"
                        f"log: {LOG_DIR / (name + '.log')}\n--- last lines ---\n"
                        f"{tail(LOG_DIR / (name + '.log'))}")

    # -- services ---------------------------------------------------------
    def start_postgres(self) -> Dict[str, Any]:
        pg_bin = _pg_bin()
        user = _pg_user()
        datadir = RUN_DIR / "pg"
        sockdir = RUN_DIR / "pgsock"
        if user and not _traversable_by_other(RUN_DIR):
            import tempfile
            base = Path(tempfile.mkdtemp(prefix="stac-twin-pg-"))
            os.chmod(base, 0o755)
            self.state["tmp_dirs"].append(str(base))
            datadir, sockdir = base / "pg", base / "pgsock"
            log(f"  {RUN_DIR} is not traversable by user {user['name']}: using {base}")
        for d in (datadir, sockdir):
            if d.exists():
                shutil.rmtree(d)
            d.mkdir(parents=True)
            os.chmod(d, 0o700)
            if user:
                os.chown(d, user["uid"], user["gid"])
        admin_password = secrets.token_hex(16)
        pwfile = sockdir / ".pw"
        pwfile.write_text(admin_password + "\n")
        if user:
            os.chown(pwfile, user["uid"], user["gid"])
        admin_user = "postgres"
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
               "HOME": str(datadir)}
        kwargs: Dict[str, Any] = {}
        if user:
            kwargs.update(user=user["uid"], group=user["gid"], extra_groups=[])
        r = subprocess.run([str(pg_bin / "initdb"), "-D", str(datadir), "-U", admin_user,
                            "--pwfile", str(pwfile), "--auth-local=trust",
                            "--auth-host=scram-sha-256", "-E", "UTF8", "--no-sync"],
                           env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                           stdin=subprocess.DEVNULL, cwd="/", **kwargs)
        pwfile.unlink()
        if r.returncode != 0:
            LOG_DIR.mkdir(parents=True, exist_ok=True)
            (LOG_DIR / "initdb.log").write_text(r.stdout)
            raise TwinError(f"initdb failed (exit {r.returncode}); log: {LOG_DIR / 'initdb.log'}\n"
                            f"{r.stdout[-3000:]}")
        port = free_port()
        cron = _pg_cron_available()
        argv = [str(pg_bin / "postgres"), "-D", str(datadir), "-p", str(port),
                "-c", "listen_addresses=127.0.0.1", "-c", f"unix_socket_directories={sockdir}",
                "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
                "-c", "max_connections=100", "-c", "logging_collector=off",
                "-c", "log_min_messages=warning"]
        if cron:
            argv += ["-c", "shared_preload_libraries=pg_cron", "-c", "cron.database_name=postgres",
                     "-c", "cron.use_background_workers=on", "-c", "max_worker_processes=16"]
        else:
            warn("pg_cron is not installed (apt package postgresql-15-cron): pgstac's use_queue "
                 "queue will not be drained automatically")
        proc = self.launch("postgres", argv, env, user=user)
        self.wait_for("postgres", proc, lambda: port_open(port), 20, f"TCP 127.0.0.1:{port}")
        self.state["pg"] = {"port": port, "datadir": str(datadir), "sockdir": str(sockdir),
                            "pg_cron": cron}
        save_state(self.state)
        return {"port": port, "admin_user": admin_user, "admin_password": admin_password,
                "pg_cron": cron}

    def provision(self, sub: str, payload: Dict[str, Any], timeout: float) -> Dict[str, Any]:
        """Run twin/provision.py SUB in the services venv; JSON in on stdin, JSON out on stdout."""
        LOG_DIR.mkdir(parents=True, exist_ok=True)
        logfile = LOG_DIR / f"provision-{sub}.log"
        with open(logfile, "ab") as fh:
            try:
                r = subprocess.run([str(venv_python("services")), str(TWIN_DIR / "provision.py"), sub],
                                   input=json.dumps(payload).encode(), stdout=subprocess.PIPE,
                                   stderr=fh, timeout=timeout, cwd=str(RUN_DIR),
                                   env=dict(os.environ, PYTHONUNBUFFERED="1"))
            except subprocess.TimeoutExpired as e:
                raise TwinError(f"provision {sub} timed out after {timeout:.0f}s; log: {logfile}\n"
                                f"{tail(logfile)}") from e
        if r.returncode != 0:
            raise TwinError(f"provision {sub} failed (exit {r.returncode}); log: {logfile}\n{tail(logfile)}")
        return json.loads(r.stdout.decode())

    def start_moto(self):
        """Launch moto; returns (port, waiter)."""
        port = free_port()
        env = dict(os.environ)
        env.update({"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
                    "AWS_DEFAULT_REGION": self.cfg["region"], "PYTHONUNBUFFERED": "1"})
        for k in ("AWS_ENDPOINT_URL", "AWS_PROFILE"):
            env.pop(k, None)
        argv = [str(VENVS / "services" / "bin" / "moto_server"), "-H", "127.0.0.1", "-p", str(port)]
        proc = self.launch("moto", argv, env)

        def ok() -> bool:
            code, _ = http_get(f"http://127.0.0.1:{port}/moto-api/data.json", timeout=2)
            return code == 200

        return port, lambda: self.wait_for("moto", proc, ok, 30,
                                           f"http://127.0.0.1:{port}/moto-api/data.json")

    def start_stac_api(self, pg: Dict[str, Any], db: Dict[str, Any]):
        """Launch uvicorn; returns (url, waiter)."""
        port = free_port()
        env = {k: v for k, v in os.environ.items() if not k.startswith(("AWS_", "PG"))}
        env.update({
            # ECDK PgStacApiLambdaRuntime environment, minus PGSTAC_SECRET_ARN (its Lambda handler
            # reads the secret and builds PostgresSettings; uvicorn + env vars is equivalent)
            "PGHOST": "127.0.0.1", "PGPORT": str(pg["port"]), "PGDATABASE": db["dbname"],
            "PGUSER": db["username"], "PGPASSWORD": db["password"],
            "POSTGRES_HOST_READER": "127.0.0.1", "POSTGRES_HOST_WRITER": "127.0.0.1",
            "POSTGRES_PORT": str(pg["port"]), "POSTGRES_DBNAME": db["dbname"],
            "POSTGRES_USER": db["username"], "POSTGRES_PASS": db["password"],
            "DB_MIN_CONN_SIZE": "1", "DB_MAX_CONN_SIZE": "4",
            "ENABLED_EXTENSIONS": "query,sort,fields,filter,free_text,pagination,collection_search",
            "PYTHONUNBUFFERED": "1",
        })
        argv = [str(venv_python("stac-api")), "-m", "uvicorn", "stac_fastapi.pgstac.app:app",
                "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning", "--no-access-log"]
        proc = self.launch("stac_api", argv, env)
        url = f"http://127.0.0.1:{port}"

        def ok() -> bool:
            code, _ = http_get(url + "/_mgmt/ping", timeout=2)
            if code != 200:
                return False
            code, body = http_get(url + "/collections", timeout=5)
            return code == 200

        return url, lambda: self.wait_for("stac_api", proc, ok, 40, f"{url}/_mgmt/ping and /collections")

    def start_runner(self, name: str, venv: str, handler: str, fn_cfg: Dict[str, Any],
                     queue_url: str, queue_arn: str, function_name: str, aws: Dict[str, str],
                     fn_env: Dict[str, str], memory: int, path_prefix: Optional[List[str]] = None):
        """Launch a lambda_runner; returns a waiter."""
        hb = RUN_DIR / f"{name}.heartbeat.json"
        if hb.exists():
            hb.unlink()
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("AWS_", "PG", "UV_", "VIRTUAL_ENV", "PYTHON"))}
        path = os.environ.get("PATH", "/usr/bin:/bin")
        if path_prefix:
            path = os.pathsep.join(path_prefix + [path])
        env.update({
            "PATH": path,
            "PYTHONUNBUFFERED": "1",
            # what the Lambda service sets
            "AWS_REGION": aws["region"], "AWS_DEFAULT_REGION": aws["region"],
            "AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
            "AWS_SESSION_TOKEN": "testing",
            "AWS_LAMBDA_FUNCTION_NAME": function_name,
            "AWS_LAMBDA_FUNCTION_VERSION": "$LATEST",
            "AWS_LAMBDA_FUNCTION_MEMORY_SIZE": str(memory),
            "AWS_EXECUTION_ENV": f"AWS_Lambda_python{LAMBDA_PYTHON}",
            "LAMBDA_TASK_ROOT": str(_site_packages(VENVS / venv)),
            # the twin: every AWS call of the handler goes to moto on loopback
            "AWS_ENDPOINT_URL": aws["endpoint"],
        })
        env.update(fn_env)
        argv = [str(venv_python(venv)), str(TWIN_DIR / "lambda_runner.py"),
                "--name", name, "--handler", handler, "--queue-url", queue_url, "--queue-arn", queue_arn,
                "--function-name", function_name, "--batch-size", str(fn_cfg["batch_size"]),
                "--batch-window", str(fn_cfg["batch_window"]), "--concurrency", str(fn_cfg["concurrency"]),
                "--timeout", str(fn_cfg["timeout"]), "--memory", str(memory), "--heartbeat", str(hb)]
        proc = self.launch(name, argv, env)

        def ready() -> bool:
            if not hb.exists():
                return False
            data = json.loads(hb.read_text())
            if data.get("state") == "init_error":
                raise TwinError(f"{name}: handler init failed: {data.get('last_error')}")
            return data.get("state") == "ready"

        return lambda: self.wait_for(name, proc, ready, 40, "handler import (init) in its venv")

    # -- orchestration ------------------------------------------------------
    def run(self) -> Dict[str, Any]:
        t_start = time.monotonic()
        cfg = self.cfg
        self.state["started_at"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        self.state["config"] = cfg
        save_state(self.state)

        with self.timer.step("postgres (initdb + start) and moto server, in parallel"):
            moto_port, moto_ready = self.start_moto()
            pg = self.start_postgres()
            moto_ready()
        db_password = secrets.token_hex(16)
        db = {"dbname": "pgstac", "username": "pgstac_user", "password": db_password}
        endpoint = f"http://127.0.0.1:{moto_port}"
        with self.timer.step("AWS topology in moto (CloudFormation stack, secrets, bucket)"):
            aws = self.provision("aws", {
                "endpoint": endpoint, "region": cfg["region"], "stack_name": cfg["stack_name"],
                "loader": cfg["loader"], "generator": cfg["generator"],
                "secret": {"dbname": db["dbname"], "port": pg["port"], "host": "127.0.0.1",
                           "username": db["username"], "password": db["password"]},
                "admin_secret": {"dbname": "postgres", "engine": "postgres", "port": pg["port"],
                                 "host": "127.0.0.1", "username": pg["admin_user"],
                                 "password": pg["admin_password"]},
            }, timeout=60)
        with self.timer.step(f"bootstrap DB with eoapi-cdk's bootstrapper handler (postgis, pgstac "
                             f"{self.inst['pgstac_version']}, MAAP pgstac settings)"):
            dbinfo = self.provision("db", {
                "endpoint": endpoint, "region": cfg["region"], "stack_name": cfg["stack_name"],
                "host": "127.0.0.1", "port": pg["port"], "admin_user": pg["admin_user"],
                "admin_password": pg["admin_password"], "dbname": db["dbname"],
                "username": db["username"], "password": db["password"],
                "admin_secret_arn": aws["admin_secret_arn"], "pgstac_secret_arn": aws["pgstac_secret_arn"],
                "pgstac_version": self.inst["pgstac_version"], "pg_cron": pg["pg_cron"],
                "pg_cron_schedule": cfg["pg_cron_schedule"],
                "bootstrapper": str(Path(self.inst["runtimes_dir"]) /
                                    "lib/database/bootstrapper_runtime/handler.py"),
            }, timeout=120)
        awsctx = {"region": cfg["region"], "endpoint": endpoint}
        with self.timer.step("stac-fastapi-pgstac (uvicorn) + StacLoader and StactoolsItemGenerator "
                             "runners (real handlers, own venvs), in parallel"):
            stac_url, api_ready = self.start_stac_api(pg, db)
            loader_ready = self.start_runner(
                "stac_loader", "stac-loader", LOADER_HANDLER, cfg["loader"],
                aws["loader_queue_url"], aws["loader_queue_arn"], aws["loader_function_name"], awsctx,
                {"PGSTAC_SECRET_ARN": aws["pgstac_secret_arn"], "LOG_LEVEL": cfg["log_level"],
                 # MAAP: environment={"CREATE_COLLECTIONS_IF_MISSING": "TRUE"} (empty string = unset)
                 **({"CREATE_COLLECTIONS_IF_MISSING": cfg["loader"]["create_collections_if_missing"]}
                    if cfg["loader"]["create_collections_if_missing"] else {})},
                memory=1024)
            genv = generator_uv_env()
            genv.update({"ITEM_LOAD_TOPIC_ARN": aws["loader_topic_arn"], "LOG_LEVEL": cfg["log_level"],
                         "UV_PYTHON": self.inst["python"], "UV_PYTHON_DOWNLOADS": "never"})
            for k in ("SSL_CERT_FILE", "UV_FIND_LINKS"):
                v = uv_env(self.inst["python"]).get(k)
                if v:
                    genv[k] = v
            gen_ready = self.start_runner(
                "stactools_item_generator", "stactools-item-generator", GENERATOR_HANDLER,
                cfg["generator"], aws["generator_queue_url"], aws["generator_queue_arn"],
                aws["generator_function_name"], awsctx, genv, memory=1024,
                path_prefix=[str(GEN_BIN), str(UV_TOOLS / "bin")])
            api_ready()
            loader_ready()
            gen_ready()

        services = self.state["services"]
        pg_dsn = (f"postgresql://{db['username']}:{db['password']}@127.0.0.1:{pg['port']}/{db['dbname']}")
        envj = {
            "version": ENV_JSON_VERSION,
            "started_at": self.state["started_at"],
            "region": cfg["region"],
            "account_id": aws["account_id"],
            "aws_endpoint_url": endpoint,
            "aws_access_key_id": "testing",
            "aws_secret_access_key": "testing",
            "stack_name": cfg["stack_name"],
            "loader_topic_arn": aws["loader_topic_arn"],
            "loader_queue_url": aws["loader_queue_url"],
            "loader_queue_arn": aws["loader_queue_arn"],
            "loader_dlq_url": aws["loader_dlq_url"],
            "loader_dlq_arn": aws["loader_dlq_arn"],
            "loader_function_name": aws["loader_function_name"],
            "generator_topic_arn": aws["generator_topic_arn"],
            "generator_queue_url": aws["generator_queue_url"],
            "generator_queue_arn": aws["generator_queue_arn"],
            "generator_dlq_url": aws["generator_dlq_url"],
            "generator_dlq_arn": aws["generator_dlq_arn"],
            "generator_function_name": aws["generator_function_name"],
            "pgstac_secret_arn": aws["pgstac_secret_arn"],
            "s3_bucket": aws["s3_bucket"],
            "stac_api_url": stac_url,
            "pg_dsn": pg_dsn,
            "pg_admin_dsn": (f"postgresql://{pg['admin_user']}:{pg['admin_password']}@127.0.0.1:"
                             f"{pg['port']}/{db['dbname']}"),
            "pgstac_version": dbinfo["pgstac_version"],
            "eoapi_cdk_version": self.inst["eoapi_cdk_version"],
            "exports": aws["exports"],
            "settings": {
                **{f"{fn}_{key}": cfg[fn][key]
                   for fn in ("loader", "generator")
                   for key in ("visibility_timeout", "timeout", "batch_size", "batch_window",
                               "concurrency", "max_receive_count")},
                "create_collections_if_missing": cfg["loader"]["create_collections_if_missing"],
                "pg_cron": pg["pg_cron"],
                "pg_cron_schedule": cfg["pg_cron_schedule"] if pg["pg_cron"] else None,
            },
            "pids": {n: s["pid"] for n, s in services.items()},
            "logs": {n: s["log"] for n, s in services.items()},
            "run_dir": str(RUN_DIR),
        }
        self.state["env"] = envj
        save_state(self.state)
        write_json_atomic(ENV_JSON, envj)
        os.chmod(ENV_JSON, 0o600)
        write_env_sh(envj)
        self.timer.report("start")
        log(f"twin is up in {time.monotonic() - t_start:.1f}s; env: {ENV_JSON} (shell: source {ENV_SH})")
        return envj


def env_sh_vars(envj: Dict[str, Any]) -> Dict[str, str]:
    out: Dict[str, str] = {}
    for k, v in envj.items():
        if isinstance(v, (dict, list)) or v is None:
            continue
        out["TWIN_" + k.upper()] = str(v)
    # standard SDK variables, so `source .twin/run/env` points any AWS SDK at moto
    out.update({
        "AWS_ENDPOINT_URL": envj["aws_endpoint_url"],
        "AWS_REGION": envj["region"],
        "AWS_DEFAULT_REGION": envj["region"],
        "AWS_ACCESS_KEY_ID": envj["aws_access_key_id"],
        "AWS_SECRET_ACCESS_KEY": envj["aws_secret_access_key"],
        "TWIN_ENV_JSON": str(ENV_JSON),
    })
    return out


def _sh_quote(s: str) -> str:
    return "'" + s.replace("'", "'\"'\"'") + "'"


def write_env_sh(envj: Dict[str, Any]) -> None:
    lines = ["# generated by twin/twin.py start; source it: . .twin/run/env"]
    for k, v in sorted(env_sh_vars(envj).items()):
        lines.append(f"export {k}={_sh_quote(v)}")
    ENV_SH.write_text("\n".join(lines) + "\n")
    os.chmod(ENV_SH, 0o600)


def running_services(state: Dict[str, Any]) -> Dict[str, bool]:
    return {n: service_alive(s) for n, s in state.get("services", {}).items()}


def cmd_start(args: argparse.Namespace) -> int:
    inst = load_install()
    cfg = build_config(args)
    state = load_state()
    alive = running_services(state)
    if alive and all(alive.values()) and set(alive) >= set(SERVICE_ORDER) and ENV_JSON.exists():
        log(f"twin already running (started {state.get('started_at')}); env: {ENV_JSON}. "
            "Use `twin.py stop` first to restart.")
        return 0
    if any(alive.values()) or ours_any(state):
        log("found a partial/stale twin: stopping it first")
        do_stop(state)
    # fresh run directory (moto state is in memory anyway; the DB starts empty too)
    if RUN_DIR.exists():
        keep_logs = LOG_DIR.exists()
        for child in RUN_DIR.iterdir():
            if keep_logs and child == LOG_DIR:
                continue
            if child.is_dir() and not child.is_symlink():
                shutil.rmtree(child)
            else:
                child.unlink()
    RUN_DIR.mkdir(parents=True, exist_ok=True)
    LOG_DIR.mkdir(parents=True, exist_ok=True)
    # rotate logs from the previous run
    for f in LOG_DIR.glob("*.log"):
        prev = f.with_suffix(".log.prev")
        os.replace(f, prev)

    starter = Starter(cfg, inst)

    def on_signal(signum, frame):  # noqa: ARG001
        raise KeyboardInterrupt

    old = signal.signal(signal.SIGTERM, on_signal)
    try:
        starter.run()
        return 0
    except (TwinError, KeyboardInterrupt, Exception) as e:  # noqa: BLE001
        msg = str(e) if isinstance(e, TwinError) else f"{type(e).__name__}: {e}"
        print(f"[twin] START FAILED: {msg}", file=sys.stderr, flush=True)
        if not isinstance(e, (TwinError, KeyboardInterrupt)):
            import traceback
            traceback.print_exc()
        log("stopping everything that was started ...")
        do_stop(load_state())
        return 1
    finally:
        signal.signal(signal.SIGTERM, old)


def ours_any(state: Dict[str, Any]) -> bool:
    return any(ours_in_group(s) for s in state.get("services", {}).values())


def do_stop(state: Dict[str, Any]) -> None:
    services = state.get("services", {})
    # clients of the backends first (in parallel), then the backends (in parallel)
    phases = [[n for n in services if n not in ("moto", "postgres")],
              [n for n in ("moto", "postgres") if n in services]]
    for phase in phases:
        threads = []
        for name in phase:
            svc = services[name]
            if ours_in_group(svc):
                log(f"stopping {name} (pgid {svc.get('pgid')})")
                t = threading.Thread(target=stop_service, args=(name, svc))
                t.start()
                threads.append(t)
        for t in threads:
            t.join()
    for d in state.get("tmp_dirs", []):
        shutil.rmtree(d, ignore_errors=True)
    state["services"] = {}
    state["tmp_dirs"] = []
    state.pop("env", None)
    state["stopped_at"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    if STATE_FILE.parent.exists():
        save_state(state)
    for f in (ENV_JSON, ENV_SH):
        if f.exists():
            f.unlink()


def cmd_stop(args: argparse.Namespace) -> int:  # noqa: ARG001
    state = load_state()
    if not state.get("services"):
        log("twin is not running")
        for f in (ENV_JSON, ENV_SH):
            if f.exists():
                f.unlink()
        return 0
    do_stop(state)
    log("twin stopped")
    return 0


def service_health(name: str, envj: Dict[str, Any]) -> str:
    try:
        if name == "postgres":
            port = int(envj["pg_dsn"].rsplit(":", 1)[1].split("/")[0])
            return "ok" if port_open(port) else "port closed"
        if name == "moto":
            code, _ = http_get(envj["aws_endpoint_url"] + "/moto-api/data.json")
            return "ok" if code == 200 else f"HTTP {code}"
        if name == "stac_api":
            code, _ = http_get(envj["stac_api_url"] + "/_mgmt/ping")
            return "ok" if code == 200 else f"HTTP {code}"
        hb = RUN_DIR / f"{name}.heartbeat.json"
        data = json.loads(hb.read_text())
        age = time.time() - data.get("updated_at", 0)
        detail = (f"invocations={data.get('invocations', 0)} records_ok={data.get('records_ok', 0)} "
                  f"records_failed={data.get('records_failed', 0)} errors={data.get('errors', 0)} "
                  f"timeouts={data.get('timeouts', 0)}")
        if age > 30:
            return f"stale heartbeat ({age:.0f}s) {detail}"
        return f"{data.get('state')} {detail}"
    except Exception as e:  # noqa: BLE001
        return f"unhealthy ({e})"


def cmd_status(args: argparse.Namespace) -> int:
    state = load_state()
    services = state.get("services", {})
    envj = state.get("env") or {}
    result = {}
    ok = bool(services)
    for name in SERVICE_ORDER:
        svc = services.get(name)
        if not svc:
            result[name] = {"running": False, "health": "not started"}
            ok = False
            continue
        alive = service_alive(svc)
        health = service_health(name, envj) if (alive and envj) else ("down" if not alive else "starting")
        good = alive and (health == "ok" or health.startswith("ready"))
        ok = ok and good
        result[name] = {"running": alive, "pid": svc.get("pid"), "health": health, "log": svc.get("log")}
    if args.json:
        print(json.dumps({"ok": ok, "services": result, "env_json": str(ENV_JSON) if envj else None},
                         indent=2))
    else:
        if not services:
            print("twin: not running")
        for name, r in result.items():
            print(f"{name:26s} {'UP  ' if r['running'] else 'DOWN'} pid={r.get('pid', '-')!s:8s} "
                  f"{r['health']}  log={r.get('log', '-')}")
        if envj:
            print(f"env: {ENV_JSON}")
    return 0 if ok else 1


def cmd_env(args: argparse.Namespace) -> int:
    if not ENV_JSON.exists():
        print("twin is not running (no env.json)", file=sys.stderr)
        return 1
    envj = json.loads(ENV_JSON.read_text())
    if args.json:
        print(json.dumps(envj, indent=2, sort_keys=True))
    else:
        for k, v in sorted(env_sh_vars(envj).items()):
            print(f"export {k}={_sh_quote(v)}")
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    """Start the twin if needed, run a command with the twin's env, stop it again if we started it."""
    argv = list(args.argv)
    if argv and argv[0] == "--":
        argv = argv[1:]
    if not argv:
        raise TwinError("usage: twin.py run -- COMMAND [ARGS...]")
    state = load_state()
    alive = running_services(state)
    started_here = False
    if not (alive and all(alive.values()) and set(alive) >= set(SERVICE_ORDER) and ENV_JSON.exists()):
        if cmd_start(args) != 0:
            return 1
        started_here = True
    try:
        envj = json.loads(ENV_JSON.read_text())
        env = dict(os.environ)
        env.update(env_sh_vars(envj))
        log("$ " + " ".join(argv))
        return subprocess.call(argv, env=env)
    finally:
        if started_here and not args.keep:
            do_stop(load_state())
            log("twin stopped")


def cmd_logs(args: argparse.Namespace) -> int:
    names = [args.service] if args.service else SERVICE_ORDER
    for n in names:
        p = LOG_DIR / f"{n}.log"
        print(f"===== {p}")
        print(tail(p, args.lines))
    return 0


def main(argv: Optional[List[str]] = None) -> int:
    ap = argparse.ArgumentParser(prog="twin.py", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("install", help="create .twin/ venvs and runtimes (idempotent)")
    p.add_argument("--force", action="store_true")
    p.set_defaults(func=cmd_install)
    p = sub.add_parser("start", help="start the twin (settings via TWIN_* env vars, see README)")
    p.set_defaults(func=cmd_start)
    p = sub.add_parser("stop", help="stop everything the twin started")
    p.set_defaults(func=cmd_stop)
    p = sub.add_parser("status", help="health of each service (exit 1 if not all healthy)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_status)
    p = sub.add_parser("env", help="print env (shell exports, or --json)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_env)
    p = sub.add_parser("run", help="run -- CMD...: start if needed, run CMD with the twin env "
                                   "(TWIN_*, AWS_*), stop afterwards if it was started here")
    p.add_argument("--keep", action="store_true", help="leave the twin running afterwards")
    p.add_argument("argv", nargs=argparse.REMAINDER)
    p.set_defaults(func=cmd_run)
    p = sub.add_parser("logs", help="tail service logs")
    p.add_argument("service", nargs="?", choices=SERVICE_ORDER)
    p.add_argument("-n", "--lines", type=int, default=40)
    p.set_defaults(func=cmd_logs)
    args = ap.parse_args(argv)
    try:
        return args.func(args)
    except TwinError as e:
        print(f"[twin] ERROR: {e}", file=sys.stderr, flush=True)
        return 1


if __name__ == "__main__":
    sys.exit(main())
