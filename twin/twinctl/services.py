"""The services around the database: moto, provisioning in the services venv, the STAC API and the
Lambda runners (the real eoapi-cdk handlers, each in its own venv)."""

from __future__ import annotations

import json
import os
import subprocess
from typing import Any, Callable, Dict, List, Optional, Tuple

from .common import TwinError, free_port, http_get, tail
from .paths import LAMBDA_PYTHON, LOG_DIR, RUN_DIR, TWIN_DIR, VENVS, site_packages, venv_python
from .processes import launch, wait_for

Waiter = Callable[[], Any]


def provision(sub: str, payload: Dict[str, Any], timeout: float) -> Dict[str, Any]:
    """Run twin/provision.py SUB in the services venv; JSON in on stdin, JSON out on stdout."""
    LOG_DIR.mkdir(parents=True, exist_ok=True)
    logfile = LOG_DIR / f"provision-{sub}.log"
    with open(logfile, "ab") as fh:
        try:
            r = subprocess.run([str(venv_python("services")), str(TWIN_DIR / "provision.py"), sub],
                               input=json.dumps(payload).encode(), stdout=subprocess.PIPE,
                               stderr=fh, timeout=timeout, cwd=str(RUN_DIR),
                               env=dict(os.environ, PYTHONUNBUFFERED="1"))
        except subprocess.TimeoutExpired as e:
            raise TwinError(f"provision {sub} timed out after {timeout:.0f}s; log: {logfile}\n"
                            f"{tail(logfile)}") from e
    if r.returncode != 0:
        raise TwinError(f"provision {sub} failed (exit {r.returncode}); log: {logfile}\n{tail(logfile)}")
    return json.loads(r.stdout.decode())


def start_moto(state: Dict[str, Any], region: str) -> Tuple[int, Waiter]:
    """Launch moto; returns (port, waiter)."""
    port = free_port()
    env = dict(os.environ)
    env.update({"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
                "AWS_DEFAULT_REGION": region, "PYTHONUNBUFFERED": "1"})
    for k in ("AWS_ENDPOINT_URL", "AWS_PROFILE"):
        env.pop(k, None)
    argv = [str(VENVS / "services" / "bin" / "moto_server"), "-H", "127.0.0.1", "-p", str(port)]
    proc = launch(state, "moto", argv, env)

    def ok() -> bool:
        code, _ = http_get(f"http://127.0.0.1:{port}/moto-api/data.json", timeout=2)
        return code == 200

    return port, lambda: wait_for("moto", proc, ok, 30, f"http://127.0.0.1:{port}/moto-api/data.json")


def start_stac_api(state: Dict[str, Any], pg: Dict[str, Any], db: Dict[str, Any]) -> Tuple[str, Waiter]:
    """Launch uvicorn; returns (url, waiter)."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AWS_", "PG"))}
    env.update({
        # ECDK PgStacApiLambdaRuntime environment, minus PGSTAC_SECRET_ARN (its Lambda handler
        # reads the secret and builds PostgresSettings; uvicorn + env vars is equivalent)
        "PGHOST": "127.0.0.1", "PGPORT": str(pg["port"]), "PGDATABASE": db["dbname"],
        "PGUSER": db["username"], "PGPASSWORD": db["password"],
        "POSTGRES_HOST_READER": "127.0.0.1", "POSTGRES_HOST_WRITER": "127.0.0.1",
        "POSTGRES_PORT": str(pg["port"]), "POSTGRES_DBNAME": db["dbname"],
        "POSTGRES_USER": db["username"], "POSTGRES_PASS": db["password"],
        "DB_MIN_CONN_SIZE": "1", "DB_MAX_CONN_SIZE": "4",
        "ENABLED_EXTENSIONS": "query,sort,fields,filter,free_text,pagination,collection_search",
        "PYTHONUNBUFFERED": "1",
    })
    argv = [str(venv_python("stac-api")), "-m", "uvicorn", "stac_fastapi.pgstac.app:app",
            "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning", "--no-access-log"]
    proc = launch(state, "stac_api", argv, env)
    url = f"http://127.0.0.1:{port}"

    def ok() -> bool:
        code, _ = http_get(url + "/_mgmt/ping", timeout=2)
        if code != 200:
            return False
        code, body = http_get(url + "/collections", timeout=5)
        return code == 200

    return url, lambda: wait_for("stac_api", proc, ok, 40, f"{url}/_mgmt/ping and /collections")


def _runner_env(function_name: str, venv: str, aws: Dict[str, str], fn_env: Dict[str, str], memory: int,
                path_prefix: Optional[List[str]]) -> Dict[str, str]:
    """What the Lambda service sets, with every AWS call of the handler going to moto on loopback."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("AWS_", "PG", "UV_", "VIRTUAL_ENV", "PYTHON"))}
    path = os.environ.get("PATH", "/usr/bin:/bin")
    if path_prefix:
        path = os.pathsep.join(path_prefix + [path])
    env.update({
        "PATH": path,
        "PYTHONUNBUFFERED": "1",
        # what the Lambda service sets
        "AWS_REGION": aws["region"], "AWS_DEFAULT_REGION": aws["region"],
        "AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_SESSION_TOKEN": "testing",
        "AWS_LAMBDA_FUNCTION_NAME": function_name,
        "AWS_LAMBDA_FUNCTION_VERSION": "$LATEST",
        "AWS_LAMBDA_FUNCTION_MEMORY_SIZE": str(memory),
        "AWS_EXECUTION_ENV": f"AWS_Lambda_python{LAMBDA_PYTHON}",
        "LAMBDA_TASK_ROOT": str(site_packages(VENVS / venv)),
        # the twin: every AWS call of the handler goes to moto on loopback
        "AWS_ENDPOINT_URL": aws["endpoint"],
    })
    env.update(fn_env)
    return env


def start_runner(state: Dict[str, Any], name: str, venv: str, handler: str, fn_cfg: Dict[str, Any],
                 queue_url: str, queue_arn: str, function_name: str, aws: Dict[str, str],
                 fn_env: Dict[str, str], memory: int, path_prefix: Optional[List[str]] = None) -> Waiter:
    """Launch a lambda_runner; returns a waiter."""
    hb = RUN_DIR / f"{name}.heartbeat.json"
    if hb.exists():
        hb.unlink()
    env = _runner_env(function_name, venv, aws, fn_env, memory, path_prefix)
    argv = [str(venv_python(venv)), str(TWIN_DIR / "lambda_runner.py"),
            "--name", name, "--handler", handler, "--queue-url", queue_url, "--queue-arn", queue_arn,
            "--function-name", function_name, "--batch-size", str(fn_cfg["batch_size"]),
            "--batch-window", str(fn_cfg["batch_window"]), "--concurrency", str(fn_cfg["concurrency"]),
            "--timeout", str(fn_cfg["timeout"]), "--memory", str(memory), "--heartbeat", str(hb)]
    proc = launch(state, name, argv, env)

    def ready() -> bool:
        if not hb.exists():
            return False
        data = json.loads(hb.read_text())
        if data.get("state") == "init_error":
            raise TwinError(f"{name}: handler init failed: {data.get('last_error')}")
        return data.get("state") == "ready"

    return lambda: wait_for(name, proc, ready, 40, "handler import (init) in its venv")
