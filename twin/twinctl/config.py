"""The settings `start` reads from TWIN_* environment variables (table in twin/README.md)."""

from __future__ import annotations

import os
from typing import Any, Dict

from .common import TwinError, env_float, env_int, warn


def build_config() -> Dict[str, Any]:
    stage = os.environ.get("TWIN_STAGE", "twin")
    cfg = {
        "region": os.environ.get("TWIN_REGION", "us-west-2"),
        "stack_name": os.environ.get("TWIN_STACK_NAME", f"MAAP-STAC-{stage}-pgSTAC"),
        "loader": {
            # the construct's visibility timeout is the Lambda timeout + 10 s: with visibility = timeout, a
            # loaded machine made moto slow enough that valid records were received twice and dead-lettered
            "visibility_timeout": env_int("TWIN_LOADER_VISIBILITY_TIMEOUT",
                                          int(env_float("TWIN_LOADER_TIMEOUT", 10)) + 10),
            "timeout": env_float("TWIN_LOADER_TIMEOUT", 10),
            "batch_size": env_int("TWIN_LOADER_BATCH_SIZE", 500),
            "batch_window": env_float("TWIN_LOADER_BATCH_WINDOW", 2),
            "concurrency": env_int("TWIN_LOADER_CONCURRENCY", 2),
            "max_receive_count": env_int("TWIN_LOADER_MAX_RECEIVE_COUNT", 2),
            "create_collections_if_missing": os.environ.get("TWIN_CREATE_COLLECTIONS_IF_MISSING", "TRUE"),
        },
        "generator": {
            "visibility_timeout": env_int("TWIN_GENERATOR_VISIBILITY_TIMEOUT", 60),
            "timeout": env_float("TWIN_GENERATOR_TIMEOUT", 60),
            "batch_size": env_int("TWIN_GENERATOR_BATCH_SIZE", 10),
            "batch_window": env_float("TWIN_GENERATOR_BATCH_WINDOW", 0),
            "concurrency": env_int("TWIN_GENERATOR_CONCURRENCY", 2),
            "max_receive_count": env_int("TWIN_GENERATOR_MAX_RECEIVE_COUNT", 5),
        },
        "pg_cron_schedule": os.environ.get("TWIN_PG_CRON_SCHEDULE", "* * * * *"),
        "log_level": os.environ.get("TWIN_LOG_LEVEL", "INFO"),
        "start_timeout": env_float("TWIN_START_TIMEOUT", 60),
    }
    for fn in ("loader", "generator"):
        c = cfg[fn]
        if c["timeout"] > c["visibility_timeout"]:
            warn(f"{fn}: timeout {c['timeout']}s > visibility timeout {c['visibility_timeout']}s: "
                 "a slow batch would be redelivered while still running (AWS rejects this setup)")
        if not 1 <= c["batch_size"] <= 10000:
            raise TwinError(f"{fn}: batch_size must be 1..10000")
        if c["batch_size"] > 10 and c["batch_window"] <= 0:
            raise TwinError(f"{fn}: batch_size > 10 requires a batching window > 0 (as in AWS)")
        if c["concurrency"] < 1:
            raise TwinError(f"{fn}: concurrency must be >= 1")
    return cfg
