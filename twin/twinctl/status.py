"""`status`: is each service up and healthy (exit 1 unless all are)."""

from __future__ import annotations

import json
import time
from typing import Any, Dict

from .common import http_get, port_open
from .paths import ENV_JSON, RUN_DIR, SERVICE_ORDER
from .processes import load_state, service_alive


def service_health(name: str, envj: Dict[str, Any]) -> str:
    try:
        if name == "postgres":
            port = int(envj["pg_dsn"].rsplit(":", 1)[1].split("/")[0])
            return "ok" if port_open(port) else "port closed"
        if name == "moto":
            code, _ = http_get(envj["aws_endpoint_url"] + "/moto-api/data.json")
            return "ok" if code == 200 else f"HTTP {code}"
        if name == "stac_api":
            code, _ = http_get(envj["stac_api_url"] + "/_mgmt/ping")
            return "ok" if code == 200 else f"HTTP {code}"
        hb = RUN_DIR / f"{name}.heartbeat.json"
        data = json.loads(hb.read_text())
        age = time.time() - data.get("updated_at", 0)
        detail = (f"invocations={data.get('invocations', 0)} records_ok={data.get('records_ok', 0)} "
                  f"records_failed={data.get('records_failed', 0)} errors={data.get('errors', 0)} "
                  f"timeouts={data.get('timeouts', 0)}")
        if age > 30:
            return f"stale heartbeat ({age:.0f}s) {detail}"
        return f"{data.get('state')} {detail}"
    except Exception as e:  # noqa: BLE001
        return f"unhealthy ({e})"


def cmd_status(as_json: bool) -> int:
    state = load_state()
    services = state.get("services", {})
    envj = state.get("env") or {}
    result = {}
    ok = bool(services)
    for name in SERVICE_ORDER:
        svc = services.get(name)
        if not svc:
            result[name] = {"running": False, "health": "not started"}
            ok = False
            continue
        alive = service_alive(svc)
        health = service_health(name, envj) if (alive and envj) else ("down" if not alive else "starting")
        good = alive and (health == "ok" or health.startswith("ready"))
        ok = ok and good
        result[name] = {"running": alive, "pid": svc.get("pid"), "health": health, "log": svc.get("log")}
    if as_json:
        print(json.dumps({"ok": ok, "services": result, "env_json": str(ENV_JSON) if envj else None},
                         indent=2))
    else:
        if not services:
            print("twin: not running")
        for name, r in result.items():
            print(f"{name:26s} {'UP  ' if r['running'] else 'DOWN'} pid={r.get('pid', '-')!s:8s} "
                  f"{r['health']}  log={r.get('log', '-')}")
        if envj:
            print(f"env: {ENV_JSON}")
    return 0 if ok else 1
