"""The twin's machinery behind twin/twin.py (standard library only).

    paths       where things live (.twin/...) and the version pins
    common      logging, step timer, subprocess/HTTP/JSON helpers, TwinError
    toolchain   the Python 3.12 interpreter and the uv environments
    install     `install`: eoapi-cdk runtimes and the venvs built from their locks
    config      the TWIN_* settings read by `start`
    processes   process groups: launch, health wait, state file, stop
    postgres    initdb + postgres (as an unprivileged user when root)
    services    moto, provisioning (AWS topology, DB bootstrap), STAC API, Lambda runners
    envfile     .twin/run/env.json and .twin/run/env
    start       `start`: the services in order, then env.json
    status      `status`: health of each service
"""
