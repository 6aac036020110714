"""PostgreSQL 15 (+ PostGIS, + pg_cron when installed): initdb in .twin/run/pg and the server on loopback.

postgres refuses to run as root: as root it runs as the `postgres` OS user (TWIN_PG_OS_USER).
"""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

from .common import TwinError, free_port, log, port_open, run, warn
from .paths import LOG_DIR, RUN_DIR
from .processes import launch, save_state, wait_for


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

def _data_dirs(state: Dict[str, Any], user: Optional[Dict[str, Any]]) -> Tuple[Path, Path]:
    """Fresh data and socket directories, owned by the server's user; under /tmp if RUN_DIR is closed to it."""
    datadir = RUN_DIR / "pg"
    sockdir = RUN_DIR / "pgsock"
    if user and not _traversable_by_other(RUN_DIR):
        base = Path(tempfile.mkdtemp(prefix="stac-twin-pg-"))
        os.chmod(base, 0o755)
        state["tmp_dirs"].append(str(base))
        datadir, sockdir = base / "pg", base / "pgsock"
        log(f"  {RUN_DIR} is not traversable by user {user['name']}: using {base}")
    for d in (datadir, sockdir):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
        os.chmod(d, 0o700)
        if user:
            os.chown(d, user["uid"], user["gid"])
    return datadir, sockdir


def _initdb(pg_bin: Path, datadir: Path, sockdir: Path, admin_user: str, env: Dict[str, str],
            user: Optional[Dict[str, Any]]) -> str:
    """initdb with a random superuser password (passed in a file that is removed at once); returns it."""
    admin_password = secrets.token_hex(16)
    pwfile = sockdir / ".pw"
    pwfile.write_text(admin_password + "\n")
    if user:
        os.chown(pwfile, user["uid"], user["gid"])
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
    return admin_password


def _server_argv(pg_bin: Path, datadir: Path, sockdir: Path, port: int, cron: bool) -> List[str]:
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
    return argv


def start_postgres(state: Dict[str, Any]) -> Dict[str, Any]:
    """initdb + postgres on a free loopback port; returns port, superuser credentials and pg_cron."""
    pg_bin = _pg_bin()
    user = _pg_user()
    datadir, sockdir = _data_dirs(state, user)
    admin_user = "postgres"
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
           "HOME": str(datadir)}
    admin_password = _initdb(pg_bin, datadir, sockdir, admin_user, env, user)
    port = free_port()
    cron = _pg_cron_available()
    proc = launch(state, "postgres", _server_argv(pg_bin, datadir, sockdir, port, cron), env, user=user)
    wait_for("postgres", proc, lambda: port_open(port), 20, f"TCP 127.0.0.1:{port}")
    state["pg"] = {"port": port, "datadir": str(datadir), "sockdir": str(sockdir), "pg_cron": cron}
    save_state(state)
    return {"port": port, "admin_user": admin_user, "admin_password": admin_password, "pg_cron": cron}
