"""Small helpers shared by every command: output, step timing, subprocesses, HTTP, files, env."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any, Dict, List, Optional


class TwinError(Exception):
    pass


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

