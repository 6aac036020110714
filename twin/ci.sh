#!/usr/bin/env bash
# Install + start the twin, run the runner tests and the smoke test, always stop the twin.
# Meant to be called from .ci/run (CI=true, no stdin). Exit code: non-zero on any failure.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
PY="${TWIN_BOOTSTRAP_PYTHON:-python3}"

bash "$HERE/install.sh"
cleanup() { "$PY" "$HERE/twin.py" stop || true; }
trap cleanup EXIT
"$PY" "$HERE/twin.py" start
timeout 600 "$ROOT/.twin/venvs/services/bin/python" -m pytest -p no:cacheprovider -q "$HERE/tests"
timeout 600 "$PY" "$HERE/smoke.py"
