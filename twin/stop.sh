#!/usr/bin/env bash
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exec "${TWIN_BOOTSTRAP_PYTHON:-python3}" "$HERE/twin.py" stop
