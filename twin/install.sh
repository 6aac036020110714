#!/usr/bin/env bash
# Idempotent installer of the local twin (see twin/README.md).
#   - Debian packages: postgresql-15, postgresql-15-postgis-3 (+ postgresql-15-cron, optional)
#   - uv (pip), then `twin.py install`: .twin/ venvs + eoapi-cdk runtimes (nothing committed)
# Non-interactive; safe to run again (fast no-op when everything is in place).
# Env: TWIN_SKIP_APT=1 to skip apt; TWIN_EOAPI_CDK_VERSION, TWIN_PGSTAC_VERSION, TWIN_PYTHON.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
START=$(date +%s)
say() { echo "[twin-install] $*"; }

pkg_installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

if [[ "${TWIN_SKIP_APT:-0}" != "1" ]]; then
  T0=$(date +%s)
  required=(postgresql-15 postgresql-15-postgis-3)
  optional=(postgresql-15-cron)
  missing=()
  for p in "${required[@]}"; do pkg_installed "$p" || missing+=("$p"); done
  missing_opt=()
  for p in "${optional[@]}"; do pkg_installed "$p" || missing_opt+=("$p"); done
  if (( ${#missing[@]} + ${#missing_opt[@]} )); then
    SUDO=()
    if [[ "$(id -u)" != "0" ]]; then
      if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then SUDO=(sudo -n); else
        say "ERROR: need root (or passwordless sudo) to apt-get install: ${missing[*]} ${missing_opt[*]}"; exit 1; fi
    fi
    export DEBIAN_FRONTEND=noninteractive
    say "apt-get update"
    "${SUDO[@]}" apt-get update -qq
    if (( ${#missing[@]} )); then
      say "apt-get install ${missing[*]}"
      "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
    if (( ${#missing_opt[@]} )); then
      say "apt-get install ${missing_opt[*]} (optional: pg_cron drains pgstac's queue)"
      "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing_opt[@]}" >/dev/null \
        || say "WARNING: could not install ${missing_opt[*]}; continuing without pg_cron"
    fi
  fi
  say "apt packages: ok ($(( $(date +%s) - T0 ))s)"
fi

PY="${TWIN_BOOTSTRAP_PYTHON:-$(command -v python3)}"
if ! command -v uv >/dev/null 2>&1; then
  T0=$(date +%s)
  say "installing uv with pip"
  "$PY" -m pip install -q --disable-pip-version-check uv
  hash -r
  say "uv: ok ($(( $(date +%s) - T0 ))s)"
fi
command -v uv >/dev/null || { say "ERROR: uv not on PATH after pip install"; exit 1; }

"$PY" "$HERE/twin.py" install "$@"
say "install finished in $(( $(date +%s) - START ))s"
