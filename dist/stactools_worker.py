"""stac-ingest's persistent stactools worker (shipped with the Action; started by src/stages/generate/pool.ts).

It runs in the environment the StactoolsItemGenerator's `uvx --with "requests,numpy<2.3.0,<pkg>" --from stactools`
would build, imports the stactools CLI once, then runs `stac <argv...>` in-process for each request: the same click
command the Lambda runs as a process, with the same exit status semantics.

Protocol: line-delimited JSON on the worker's private copies of stdin and stdout.
  -> {"ready": true, "python": "3.12.3"}                    once the CLI is imported
  <- {"id": 1, "argv": ["demo", "create-item", ..., OUT], "output": OUT, "stdout": PATH, "stderr": PATH}
  -> {"id": 1, "exit": 0, "stdout": TAIL, "stderr": TAIL, "output": OUT, "text": CONTENT, "rss": BYTES}
The worker creates the empty output file first (as the generator's NamedTemporaryFile), and afterwards returns what
it holds ("text", null when the command removed it) and deletes it. During a request the package's file descriptors
1 and 2 go to the two files the request names (so a killed request's stderr is still readable), and its stdin is
/dev/null. End of input, or the parent going away, ends it.
"""

import json
import logging
import os
import sys
import threading
import time
import traceback

TAIL_BYTES = 16384


def watch_parent(parent: int) -> None:
    """Exit when the parent is gone (a hung item would otherwise outlive a killed stac-ingest)."""
    while True:
        time.sleep(1.0)
        if os.getppid() != parent:
            os._exit(70)


def exit_status(code: object) -> int:
    """The process exit status the interpreter would give `SystemExit(code)`."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF
    print(code, file=sys.stderr)
    return 1


def file_tail(path: str) -> str:
    with open(path, "rb") as f:
        f.seek(0, os.SEEK_END)
        f.seek(max(0, f.tell() - TAIL_BYTES))
        return f.read().decode("utf-8", errors="replace")


def resident_bytes() -> int:
    try:
        with open("/proc/self/statm", encoding="ascii") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak if sys.platform == "darwin" else peak * 1024


class Isolation:
    """What one command may change in the process and the next must not see: cwd, environment, argv, log handlers."""

    def __init__(self) -> None:
        self.cwd = os.getcwd()
        self.environ = dict(os.environ)
        self.loggers = {name: list(logging.getLogger(name).handlers) for name in ("", "stactools")}
        self.levels = {name: logging.getLogger(name).level for name in self.loggers}

    def restore(self) -> None:
        os.chdir(self.cwd)
        if dict(os.environ) != self.environ:
            os.environ.clear()
            os.environ.update(self.environ)
        for name, handlers in self.loggers.items():
            logger = logging.getLogger(name)
            logger.handlers[:] = handlers
            logger.setLevel(self.levels[name])


def run_command(cli, argv: list) -> int:
    sys.argv = ["stac", *argv]
    try:
        cli.main(args=argv, prog_name="stac", standalone_mode=True)
        return 0
    except SystemExit as e:
        return exit_status(e.code)
    except BaseException:  # noqa: BLE001 - what the interpreter would print for an uncaught exception
        traceback.print_exc()
        return 1


def take_output(path: str, max_bytes: int):
    """
    What the command left in its output file (None: it removed it, it is over max_bytes, or it is not UTF-8), its
    size, and whether it is not UTF-8 (then the file is left for the caller, which says where, and removes it).
    """
    try:
        size = os.path.getsize(path)
        if size > max_bytes:
            os.unlink(path)
            return None, size, False
        with open(path, "rb") as f:
            raw = f.read()
    except OSError:
        return None, None, False
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None, size, True
    os.unlink(path)
    return text, size, False


def serve(cli, requests, replies, saved_stderr: int, devnull: int) -> None:
    for line in requests:
        if not line.strip():
            continue
        req = json.loads(line)
        open(req["output"], "wb").close()
        isolation = Isolation()
        with open(req["stdout"], "wb") as out, open(req["stderr"], "wb") as err:
            sys.stdout.flush()
            sys.stderr.flush()
            os.dup2(out.fileno(), 1)
            os.dup2(err.fileno(), 2)
            try:
                code = run_command(cli, req["argv"])
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
                os.dup2(devnull, 1)
                os.dup2(saved_stderr, 2)
                isolation.restore()
        text, size, not_utf8 = take_output(req["output"], req.get("max_bytes", 1 << 62))
        reply = {
            "id": req["id"],
            "exit": code,
            "stdout": file_tail(req["stdout"]),
            "stderr": file_tail(req["stderr"]),
            "output": req["output"],
            "text": text,
            "size": size,
            "not_utf8": not_utf8,
            "rss": resident_bytes(),
        }
        replies.write(json.dumps(reply, ensure_ascii=False) + "\n")
        replies.flush()


def main() -> None:
    # never import from the directory this script ships in
    if sys.path and os.path.abspath(sys.path[0] or ".") == os.path.dirname(os.path.abspath(__file__)):
        sys.path.pop(0)
    threading.Thread(target=watch_parent, args=(os.getppid(),), daemon=True).start()
    requests = os.fdopen(os.dup(0), "r", encoding="utf-8")
    replies = os.fdopen(os.dup(1), "w", encoding="utf-8")
    devnull = os.open(os.devnull, os.O_RDWR)
    os.dup2(devnull, 0)
    os.dup2(devnull, 1)
    saved_stderr = os.dup(2)
    from stactools.cli.cli import cli  # the one-time import: stactools and every installed plugin

    replies.write(json.dumps({"ready": True, "python": sys.version.split()[0]}) + "\n")
    replies.flush()
    serve(cli, requests, replies, saved_stderr, devnull)


if __name__ == "__main__":
    main()
