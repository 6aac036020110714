"""Where the twin keeps things, and the versions it pins."""

from __future__ import annotations

import os
from pathlib import Path

from .common import TwinError

TWIN_DIR = Path(__file__).resolve().parent.parent
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


def venv_python(name: str) -> Path:
    return VENVS / name / "bin" / "python"


def site_packages(venv: Path) -> Path:
    sp = sorted((venv / "lib").glob("python3*/site-packages"))
    if not sp:
        raise TwinError(f"no site-packages in {venv}")
    return sp[0]
