#!/usr/bin/env bash
# One command: install (idempotent, fast when already done) + start the twin.
#   twin/start.sh            -> .twin/run/env.json, .twin/run/env
#   twin/stop.sh             -> stops everything
# Settings: TWIN_* environment variables (see twin/README.md).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bash "$HERE/install.sh"
exec "${TWIN_BOOTSTRAP_PYTHON:-python3}" "$HERE/twin.py" start
