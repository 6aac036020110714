"""`start`: postgres and moto, the AWS topology, the pgstac bootstrap, then the STAC API and the two
Lambda runners; finally env.json. Any failure stops everything that was started."""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import sys
import time
from pathlib import Path
from typing import Any, Dict, Tuple

from .common import Timer, TwinError, log
from .config import build_config
from .envfile import write_env_files
from .install import load_install
from .paths import (ENV_JSON, ENV_JSON_VERSION, ENV_SH, GEN_BIN, GENERATOR_HANDLER, LOADER_HANDLER, LOG_DIR,
                    RUN_DIR, UV_TOOLS)
from .postgres import start_postgres
from .processes import do_stop, load_state, ours_any, running_services, save_state, twin_up
from .services import provision, start_moto, start_runner, start_stac_api
from .toolchain import generator_uv_env, uv_env


class Starter:
    def __init__(self, cfg: Dict[str, Any], inst: Dict[str, Any]) -> None:
        self.cfg = cfg
        self.inst = inst
        self.state: Dict[str, Any] = {"services": {}, "started_at": None, "tmp_dirs": []}
        self.timer = Timer()

    def backends(self) -> Tuple[Dict[str, Any], str]:
        """postgres and moto; returns postgres' facts and moto's endpoint."""
        with self.timer.step("postgres (initdb + start) and moto server, in parallel"):
            moto_port, moto_ready = start_moto(self.state, self.cfg["region"])
            pg = start_postgres(self.state)
            moto_ready()
        return pg, f"http://127.0.0.1:{moto_port}"

    def provision_aws(self, pg: Dict[str, Any], db: Dict[str, Any], endpoint: str) -> Dict[str, Any]:
        cfg = self.cfg
        with self.timer.step("AWS topology in moto (CloudFormation stack, secrets, bucket)"):
            return provision("aws", {
                "endpoint": endpoint, "region": cfg["region"], "stack_name": cfg["stack_name"],
                "loader": cfg["loader"], "generator": cfg["generator"],
                "secret": {"dbname": db["dbname"], "port": pg["port"], "host": "127.0.0.1",
                           "username": db["username"], "password": db["password"]},
                "admin_secret": {"dbname": "postgres", "engine": "postgres", "port": pg["port"],
                                 "host": "127.0.0.1", "username": pg["admin_user"],
                                 "password": pg["admin_password"]},
            }, timeout=60)

    def bootstrap_db(self, pg: Dict[str, Any], db: Dict[str, Any], endpoint: str,
                     aws: Dict[str, Any]) -> Dict[str, Any]:
        cfg, inst = self.cfg, self.inst
        with self.timer.step(f"bootstrap DB with eoapi-cdk's bootstrapper handler (postgis, pgstac "
                             f"{inst['pgstac_version']}, MAAP pgstac settings)"):
            return provision("db", {
                "endpoint": endpoint, "region": cfg["region"], "stack_name": cfg["stack_name"],
                "host": "127.0.0.1", "port": pg["port"], "admin_user": pg["admin_user"],
                "admin_password": pg["admin_password"], "dbname": db["dbname"],
                "username": db["username"], "password": db["password"],
                "admin_secret_arn": aws["admin_secret_arn"], "pgstac_secret_arn": aws["pgstac_secret_arn"],
                "pgstac_version": inst["pgstac_version"], "pg_cron": pg["pg_cron"],
                "pg_cron_schedule": cfg["pg_cron_schedule"],
                "bootstrapper": str(Path(inst["runtimes_dir"]) /
                                    "lib/database/bootstrapper_runtime/handler.py"),
            }, timeout=120)

    def generator_env(self, aws: Dict[str, Any]) -> Dict[str, str]:
        genv = generator_uv_env()
        genv.update({"ITEM_LOAD_TOPIC_ARN": aws["loader_topic_arn"], "LOG_LEVEL": self.cfg["log_level"],
                     "UV_PYTHON": self.inst["python"], "UV_PYTHON_DOWNLOADS": "never"})
        for k in ("SSL_CERT_FILE", "UV_FIND_LINKS"):
            v = uv_env(self.inst["python"]).get(k)
            if v:
                genv[k] = v
        return genv

    def frontends(self, pg: Dict[str, Any], db: Dict[str, Any], endpoint: str, aws: Dict[str, Any]) -> str:
        """The STAC API and both runners, started together; returns the STAC API URL once all are ready."""
        cfg = self.cfg
        awsctx = {"region": cfg["region"], "endpoint": endpoint}
        with self.timer.step("stac-fastapi-pgstac (uvicorn) + StacLoader and StactoolsItemGenerator "
                             "runners (real handlers, own venvs), in parallel"):
            stac_url, api_ready = start_stac_api(self.state, pg, db)
            loader_ready = start_runner(
                self.state, "stac_loader", "stac-loader", LOADER_HANDLER, cfg["loader"],
                aws["loader_queue_url"], aws["loader_queue_arn"], aws["loader_function_name"], awsctx,
                {"PGSTAC_SECRET_ARN": aws["pgstac_secret_arn"], "LOG_LEVEL": cfg["log_level"],
                 # MAAP: environment={"CREATE_COLLECTIONS_IF_MISSING": "TRUE"} (empty string = unset)
                 **({"CREATE_COLLECTIONS_IF_MISSING": cfg["loader"]["create_collections_if_missing"]}
                    if cfg["loader"]["create_collections_if_missing"] else {})},
                memory=1024)
            gen_ready = start_runner(
                self.state, "stactools_item_generator", "stactools-item-generator", GENERATOR_HANDLER,
                cfg["generator"], aws["generator_queue_url"], aws["generator_queue_arn"],
                aws["generator_function_name"], awsctx, self.generator_env(aws), memory=1024,
                path_prefix=[str(GEN_BIN), str(UV_TOOLS / "bin")])
            api_ready()
            loader_ready()
            gen_ready()
        return stac_url

    def env_json(self, pg: Dict[str, Any], db: Dict[str, Any], endpoint: str, aws: Dict[str, Any],
                 dbinfo: Dict[str, Any], stac_url: str) -> Dict[str, Any]:
        """The env.json contract (twin/README.md); keys are only ever added."""
        cfg, services = self.cfg, self.state["services"]
        pg_dsn = (f"postgresql://{db['username']}:{db['password']}@127.0.0.1:{pg['port']}/{db['dbname']}")
        return {
            "version": ENV_JSON_VERSION,
            "started_at": self.state["started_at"],
            "region": cfg["region"],
            "account_id": aws["account_id"],
            "aws_endpoint_url": endpoint,
            "aws_access_key_id": "testing",
            "aws_secret_access_key": "testing",
            "stack_name": cfg["stack_name"],
            "loader_topic_arn": aws["loader_topic_arn"],
            "loader_queue_url": aws["loader_queue_url"],
            "loader_queue_arn": aws["loader_queue_arn"],
            "loader_dlq_url": aws["loader_dlq_url"],
            "loader_dlq_arn": aws["loader_dlq_arn"],
            "loader_function_name": aws["loader_function_name"],
            "generator_topic_arn": aws["generator_topic_arn"],
            "generator_queue_url": aws["generator_queue_url"],
            "generator_queue_arn": aws["generator_queue_arn"],
            "generator_dlq_url": aws["generator_dlq_url"],
            "generator_dlq_arn": aws["generator_dlq_arn"],
            "generator_function_name": aws["generator_function_name"],
            "pgstac_secret_arn": aws["pgstac_secret_arn"],
            "s3_bucket": aws["s3_bucket"],
            "stac_api_url": stac_url,
            "pg_dsn": pg_dsn,
            "pg_admin_dsn": (f"postgresql://{pg['admin_user']}:{pg['admin_password']}@127.0.0.1:"
                             f"{pg['port']}/{db['dbname']}"),
            "pgstac_version": dbinfo["pgstac_version"],
            "eoapi_cdk_version": self.inst["eoapi_cdk_version"],
            "exports": aws["exports"],
            "settings": {
                **{f"{fn}_{key}": cfg[fn][key]
                   for fn in ("loader", "generator")
                   for key in ("visibility_timeout", "timeout", "batch_size", "batch_window",
                               "concurrency", "max_receive_count")},
                "create_collections_if_missing": cfg["loader"]["create_collections_if_missing"],
                "pg_cron": pg["pg_cron"],
                "pg_cron_schedule": cfg["pg_cron_schedule"] if pg["pg_cron"] else None,
            },
            "pids": {n: s["pid"] for n, s in services.items()},
            "logs": {n: s["log"] for n, s in services.items()},
            "run_dir": str(RUN_DIR),
        }

    def run(self) -> Dict[str, Any]:
        t_start = time.monotonic()
        self.state["started_at"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        self.state["config"] = self.cfg
        save_state(self.state)
        pg, endpoint = self.backends()
        db = {"dbname": "pgstac", "username": "pgstac_user", "password": secrets.token_hex(16)}
        aws = self.provision_aws(pg, db, endpoint)
        dbinfo = self.bootstrap_db(pg, db, endpoint, aws)
        stac_url = self.frontends(pg, db, endpoint, aws)
        envj = self.env_json(pg, db, endpoint, aws, dbinfo, stac_url)
        self.state["env"] = envj
        save_state(self.state)
        write_env_files(envj)
        self.timer.report("start")
        log(f"twin is up in {time.monotonic() - t_start:.1f}s; env: {ENV_JSON} (shell: source {ENV_SH})")
        return envj


def _fresh_run_dir() -> None:
    """Empty .twin/run (moto state is in memory anyway; the DB starts empty too); keep the previous
    run's logs as *.log.prev."""
    if RUN_DIR.exists():
        keep_logs = LOG_DIR.exists()
        for child in RUN_DIR.iterdir():
            if keep_logs and child == LOG_DIR:
                continue
            if child.is_dir() and not child.is_symlink():
                shutil.rmtree(child)
            else:
                child.unlink()
    RUN_DIR.mkdir(parents=True, exist_ok=True)
    LOG_DIR.mkdir(parents=True, exist_ok=True)
    for f in LOG_DIR.glob("*.log"):
        prev = f.with_suffix(".log.prev")
        os.replace(f, prev)


def cmd_start() -> int:
    inst = load_install()
    cfg = build_config()
    state = load_state()
    if twin_up(state):
        log(f"twin already running (started {state.get('started_at')}); env: {ENV_JSON}. "
            "Use `twin.py stop` first to restart.")
        return 0
    if any(running_services(state).values()) or ours_any(state):
        log("found a partial/stale twin: stopping it first")
        do_stop(state)
    _fresh_run_dir()
    starter = Starter(cfg, inst)

    def on_signal(signum, frame):  # noqa: ARG001
        raise KeyboardInterrupt

    old = signal.signal(signal.SIGTERM, on_signal)
    try:
        starter.run()
        return 0
    except (TwinError, KeyboardInterrupt, Exception) as e:  # noqa: BLE001
        msg = str(e) if isinstance(e, TwinError) else f"{type(e).__name__}: {e}"
        print(f"[twin] START FAILED: {msg}", file=sys.stderr, flush=True)
        if not isinstance(e, (TwinError, KeyboardInterrupt)):
            import traceback
            traceback.print_exc()
        log("stopping everything that was started ...")
        do_stop(load_state())
        return 1
    finally:
        signal.signal(signal.SIGTERM, old)
