#!/usr/bin/env python3
"""Local twin of MAAP's eoapi-cdk STAC ingestion pipeline.

    python3 twin/twin.py install [--force]
    python3 twin/twin.py start
    python3 twin/twin.py stop
    python3 twin/twin.py status  [--json]
    python3 twin/twin.py env     [--json]
    python3 twin/twin.py logs    [SERVICE]
    python3 twin/twin.py run [--keep] -- COMMAND ARGS...

Standard library only: it runs under any python3 >= 3.9. The commands live in
twin/twinctl/ (install, start, processes, ...). The heavy lifting
(DB bootstrap, AWS topology) is done by twin/provision.py inside the
services venv; the Lambda handlers run through twin/lambda_runner.py inside
their own runtime venvs. See twin/README.md.

Every subprocess is started from an argument list (never a shell string).
Every server listens on 127.0.0.1 only.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from typing import List, Optional

from twinctl.common import TwinError, log, tail
from twinctl.envfile import env_sh_vars, export_lines
from twinctl.install import cmd_install
from twinctl.paths import ENV_JSON, ENV_SH, LOG_DIR, SERVICE_ORDER
from twinctl.processes import do_stop, load_state, twin_up
from twinctl.start import cmd_start
from twinctl.status import cmd_status


def cmd_stop() -> int:
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


def cmd_env(as_json: bool) -> int:
    if not ENV_JSON.exists():
        print("twin is not running (no env.json)", file=sys.stderr)
        return 1
    envj = json.loads(ENV_JSON.read_text())
    if as_json:
        print(json.dumps(envj, indent=2, sort_keys=True))
    else:
        for line in export_lines(envj):
            print(line)
    return 0


def cmd_run(argv: List[str], keep: bool) -> int:
    """Start the twin if needed, run a command with the twin's env, stop it again if we started it."""
    if argv and argv[0] == "--":
        argv = argv[1:]
    if not argv:
        raise TwinError("usage: twin.py run -- COMMAND [ARGS...]")
    started_here = False
    if not twin_up(load_state()):
        if cmd_start() != 0:
            return 1
        started_here = True
    try:
        envj = json.loads(ENV_JSON.read_text())
        env = dict(os.environ)
        env.update(env_sh_vars(envj))
        log("$ " + " ".join(argv))
        return subprocess.call(argv, env=env)
    finally:
        if started_here and not keep:
            do_stop(load_state())
            log("twin stopped")


def cmd_logs(service: Optional[str], lines: int) -> int:
    for n in [service] if service else SERVICE_ORDER:
        p = LOG_DIR / f"{n}.log"
        print(f"===== {p}")
        print(tail(p, lines))
    return 0


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="twin.py", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("install", help="create .twin/ venvs and runtimes (idempotent)")
    p.add_argument("--force", action="store_true")
    p.set_defaults(func=cmd_install)
    p = sub.add_parser("start", help="start the twin (settings via TWIN_* env vars, see README)")
    p.set_defaults(func=lambda a: cmd_start())
    p = sub.add_parser("stop", help="stop everything the twin started")
    p.set_defaults(func=lambda a: cmd_stop())
    p = sub.add_parser("status", help="health of each service (exit 1 if not all healthy)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=lambda a: cmd_status(a.json))
    p = sub.add_parser("env", help="print env (shell exports, or --json)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=lambda a: cmd_env(a.json))
    p = sub.add_parser("run", help="run -- CMD...: start if needed, run CMD with the twin env "
                                   "(TWIN_*, AWS_*), stop afterwards if it was started here")
    p.add_argument("--keep", action="store_true", help="leave the twin running afterwards")
    p.add_argument("argv", nargs=argparse.REMAINDER)
    p.set_defaults(func=lambda a: cmd_run(list(a.argv), a.keep))
    p = sub.add_parser("logs", help="tail service logs")
    p.add_argument("service", nargs="?", choices=SERVICE_ORDER)
    p.add_argument("-n", "--lines", type=int, default=40)
    p.set_defaults(func=lambda a: cmd_logs(a.service, a.lines))
    return ap


def main(argv: Optional[List[str]] = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except TwinError as e:
        print(f"[twin] ERROR: {e}", file=sys.stderr, flush=True)
        return 1


if __name__ == "__main__":
    sys.exit(main())
