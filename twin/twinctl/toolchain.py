"""The interpreter and the uv environments the Lambda venvs are built and run with."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
from pathlib import Path
from typing import Dict, List, Optional

from .common import TwinError
from .paths import CACHE, LAMBDA_PYTHON, UV_TOOLS, VENVS


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


def generator_uv_env() -> Dict[str, str]:
    """uv/uvx settings for the generator 'Lambda' (the image sets UV_CACHE_DIR and HOME=/tmp)."""
    return {
        "UV_CACHE_DIR": str(CACHE / "uv-generator"),
        "UV_TOOL_DIR": str(UV_TOOLS / "tools"),
        "UV_TOOL_BIN_DIR": str(UV_TOOLS / "bin"),
    }
