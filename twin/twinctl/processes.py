"""Process groups the twin starts: launch and record them, wait for health, find what is ours, stop.

Every service runs in its own session (process group), recorded in .twin/run/state.json with the
leader's start time, so that a PID reused by the system is never mistaken for ours.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import threading
import time
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional

from .common import TwinError, log, tail, warn, write_json_atomic
from .paths import ENV_JSON, ENV_SH, LOG_DIR, RUN_DIR, SERVICE_ORDER, STATE_FILE


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

def running_services(state: Dict[str, Any]) -> Dict[str, bool]:
    return {n: service_alive(s) for n, s in state.get("services", {}).items()}


def ours_any(state: Dict[str, Any]) -> bool:
    return any(ours_in_group(s) for s in state.get("services", {}).values())


def launch(state: Dict[str, Any], name: str, argv: List[str], env: Dict[str, str], *,
           user: Optional[Dict[str, Any]] = None, cwd: Optional[Path] = None) -> subprocess.Popen:
    """Start argv in a new session, logging to .twin/run/logs/NAME.log; record it in the state file."""
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
    state["services"][name] = {"pid": proc.pid, "pgid": proc.pid, "starttime": st,
                               "log": str(logfile), "argv0": argv[0]}
    save_state(state)
    return proc


def wait_for(name: str, proc: subprocess.Popen, check: Callable[[], Any], timeout: float, what: str) -> Any:
    """Poll check() until it returns something truthy; fail with the log's tail on exit or timeout."""
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


def twin_up(state: Dict[str, Any]) -> bool:
    """Every service recorded, alive, and env.json written."""
    alive = running_services(state)
    return bool(alive) and all(alive.values()) and set(alive) >= set(SERVICE_ORDER) and ENV_JSON.exists()
