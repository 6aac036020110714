"""A small stand-in for AWS Lambda's SQS event source mapping + Python runtime.

It runs ONE function (e.g. eoapi-cdk's stac_loader.handler.handler) inside the
venv whose python executes this file, the way Lambda would:

* Poller ("event source mapping"): ``--concurrency`` slots, each long-polls the
  queue and collects a batch of up to ``--batch-size`` records, waiting at most
  ``--batch-window`` seconds after the first record (0 = invoke with whatever
  one ReceiveMessage returned), and at most 6 MB of payload.
* Invoke: the batch is passed as the SQS Lambda event
  ``{"Records": [{messageId, receiptHandle, body, attributes, messageAttributes,
  md5OfBody, eventSource, eventSourceARN, awsRegion}]}`` to ``handler(event,
  context)`` in a separate, long-lived worker process (the "execution
  environment": module state is kept between invocations, as in a warm Lambda).
* Result (ReportBatchItemFailures): records listed in ``batchItemFailures`` are
  left alone (SQS redelivers them after the visibility timeout and moves them
  to the DLQ once maxReceiveCount is exceeded); all other records are deleted.
  A raised exception, a non-JSON-serialisable result, an invalid
  ``itemIdentifier`` or a timeout fails the whole batch (nothing is deleted).
  On timeout the worker process tree is killed and a fresh one is started.

Everything goes to the AWS endpoint in AWS_ENDPOINT_URL (moto on loopback).
"""

from __future__ import annotations

import argparse
import base64
import importlib
import json
import multiprocessing as mp
import os
import signal
import sys
import threading
import time
import traceback
import uuid
from typing import Any, Dict, List, Optional, Tuple

MAX_EVENT_BYTES = 6 * 1024 * 1024  # Lambda synchronous invocation payload limit
IDLE_WAIT_SECONDS = 5  # long-poll length while idle (Lambda uses 20; shorter = quicker shutdown)

STOP = threading.Event()
_print_lock = threading.Lock()


def say(msg: str) -> None:
    with _print_lock:
        sys.stdout.write(f"{time.strftime('%Y-%m-%dT%H:%M:%S')} [runner] {msg}\n")
        sys.stdout.flush()


# ---------------------------------------------------------------------------
# the "execution environment" (worker process)
# ---------------------------------------------------------------------------
class LambdaContext:
    def __init__(self, function_name: str, memory: int, request_id: str, deadline: float,
                 region: str, account: str) -> None:
        self.function_name = function_name
        self.function_version = "$LATEST"
        self.invoked_function_arn = f"arn:aws:lambda:{region}:{account}:function:{function_name}"
        self.memory_limit_in_mb = str(memory)
        self.aws_request_id = request_id
        self.log_group_name = f"/aws/lambda/{function_name}"
        self.log_stream_name = f"{time.strftime('%Y/%m/%d')}/[$LATEST]twin{os.getpid()}"
        self.identity = None
        self.client_context = None
        self._deadline = deadline

    def get_remaining_time_in_millis(self) -> int:
        return max(0, int((self._deadline - time.time()) * 1000))


def _error_payload(exc: BaseException) -> Dict[str, Any]:
    return {"errorType": type(exc).__name__, "errorMessage": str(exc),
            "stackTrace": traceback.format_exception(type(exc), exc, exc.__traceback__)}


def worker_main(conn, handler_spec: str, function_name: str, memory: int, region: str,
                account: str, drop_path: str) -> None:
    # do not let the twin's own directory shadow handler imports
    sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != drop_path]
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    t0 = time.monotonic()
    try:
        module_name, fn_name = handler_spec.rsplit(".", 1)
        fn = getattr(importlib.import_module(module_name), fn_name)
    except BaseException as e:  # noqa: BLE001 - report any init failure
        traceback.print_exc()
        conn.send(("init_error", _error_payload(e)))
        return
    conn.send(("ready", (time.monotonic() - t0) * 1000))
    while True:
        try:
            event, request_id, deadline = conn.recv()
        except (EOFError, OSError):
            return
        ctx = LambdaContext(function_name, memory, request_id, deadline, region, account)
        try:
            result = fn(event, ctx)
            payload = json.dumps(result)
        except BaseException as e:  # noqa: BLE001 - this is what Lambda reports
            sys.stderr.write(f"[ERROR] {type(e).__name__}: {e}\n")
            traceback.print_exc()
            sys.stderr.flush()
            conn.send(("error", _error_payload(e)))
            continue
        conn.send(("ok", payload))


def _descendants(pid: int) -> List[int]:
    children: Dict[int, List[int]] = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat") as f:
                stat = f.read()
            ppid = int(stat[stat.rindex(")") + 2:].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        children.setdefault(ppid, []).append(int(d))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        for c in children.get(p, []):
            out.append(c)
            todo.append(c)
    return out


# ---------------------------------------------------------------------------
# the poller ("event source mapping")
# ---------------------------------------------------------------------------
class Stats:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.data: Dict[str, Any] = {"invocations": 0, "records_received": 0, "records_ok": 0,
                                     "records_failed": 0, "records_redelivered": 0, "errors": 0, "timeouts": 0,
                                     "deleted": 0, "last_error": None, "workers_ready": 0}

    def add(self, **kw: Any) -> None:
        with self.lock:
            for k, v in kw.items():
                if isinstance(v, int) and not isinstance(v, bool) and k in self.data and \
                        isinstance(self.data[k], int):
                    self.data[k] += v
                else:
                    self.data[k] = v


class Slot(threading.Thread):
    def __init__(self, idx: int, args: argparse.Namespace, sqs, stats: Stats, account: str) -> None:
        super().__init__(name=f"slot-{idx}", daemon=True)
        self.idx = idx
        self.args = args
        self.sqs = sqs
        self.stats = stats
        self.account = account
        self.proc: Optional[mp.Process] = None
        self.conn = None
        self.init_error: Optional[str] = None

    # -- worker management ---------------------------------------------------
    def spawn(self) -> bool:
        ctx = mp.get_context("spawn")
        parent, child = ctx.Pipe()
        self.proc = ctx.Process(target=worker_main, name=f"{self.args.name}-env-{self.idx}",
                                args=(child, self.args.handler, self.args.function_name, self.args.memory,
                                      self.args.region, self.account, os.path.dirname(os.path.abspath(__file__))),
                                daemon=True)
        self.proc.start()
        child.close()
        self.conn = parent
        init_timeout = max(30.0, self.args.timeout)
        if not parent.poll(init_timeout):
            self.kill_worker("init timeout")
            self.init_error = f"init did not finish within {init_timeout:.0f}s"
            return False
        try:
            kind, payload = parent.recv()
        except EOFError:
            self.kill_worker("init crashed")
            self.init_error = "worker died during init"
            return False
        if kind != "ready":
            self.init_error = f"{payload.get('errorType')}: {payload.get('errorMessage')}"
            self.kill_worker("init error")
            return False
        self.init_error = None
        say(f"slot {self.idx}: execution environment ready (pid {self.proc.pid}, init {payload:.0f} ms)")
        return True

    def kill_worker(self, why: str) -> None:
        if self.proc is None:
            return
        pid = self.proc.pid
        if pid and self.proc.is_alive():
            for p in [pid] + _descendants(pid):
                try:
                    os.kill(p, signal.SIGKILL)
                except ProcessLookupError:
                    pass
            say(f"slot {self.idx}: killed execution environment pid {pid} ({why})")
        self.proc.join(timeout=5)
        self.proc = None
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    def invoke(self, event: Dict[str, Any]) -> Tuple[str, Any, str]:
        request_id = str(uuid.uuid4())
        if self.proc is None or not self.proc.is_alive():
            self.proc = None
            if not self.spawn():
                return "error", {"errorType": "Runtime.InitError", "errorMessage": self.init_error}, request_id
        deadline = time.time() + self.args.timeout
        say(f"START RequestId: {request_id} Version: $LATEST")
        self.conn.send((event, request_id, deadline))
        if not self.conn.poll(self.args.timeout):
            self.kill_worker("timeout")
            return "timeout", {"errorType": "Sandbox.Timedout",
                               "errorMessage": f"Task timed out after {self.args.timeout:.2f} seconds"}, request_id
        try:
            kind, payload = self.conn.recv()
        except (EOFError, OSError):
            self.kill_worker("crashed")
            return "error", {"errorType": "Runtime.ExitError", "errorMessage": "worker exited"}, request_id
        return kind, payload, request_id

    # -- SQS -----------------------------------------------------------------
    def receive(self, n: int, wait: int) -> List[Dict[str, Any]]:
        try:
            r = self.sqs.receive_message(QueueUrl=self.args.queue_url, MaxNumberOfMessages=n,
                                         WaitTimeSeconds=wait, MessageSystemAttributeNames=["All"],
                                         MessageAttributeNames=["All"])
        except Exception as e:  # noqa: BLE001 - keep polling, like the ESM
            if not STOP.is_set():
                say(f"slot {self.idx}: ReceiveMessage failed: {e}")
                self.stats.add(last_error=f"ReceiveMessage: {e}")
                STOP.wait(1)
            return []
        return r.get("Messages", [])

    def release(self, msgs: List[Dict[str, Any]]) -> None:
        for i in range(0, len(msgs), 10):
            chunk = msgs[i:i + 10]
            try:
                self.sqs.change_message_visibility_batch(
                    QueueUrl=self.args.queue_url,
                    Entries=[{"Id": str(j), "ReceiptHandle": m["ReceiptHandle"], "VisibilityTimeout": 0}
                             for j, m in enumerate(chunk)])
            except Exception as e:  # noqa: BLE001
                say(f"slot {self.idx}: ChangeMessageVisibility failed: {e}")

    def collect(self) -> List[Dict[str, Any]]:
        a = self.args
        batch: List[Dict[str, Any]] = []
        size = 0
        deadline: Optional[float] = None
        while not STOP.is_set():
            if deadline is None:
                wait = IDLE_WAIT_SECONDS
            else:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                wait = min(20, int(remaining))
            msgs = self.receive(min(10, a.batch_size - len(batch)), wait)
            overflow = []
            for m in msgs:
                sz = len(m.get("Body", "").encode()) + 1024
                if batch and size + sz > MAX_EVENT_BYTES:
                    overflow.append(m)
                    continue
                batch.append(m)
                size += sz
            if overflow:
                self.release(overflow)
                break
            if batch and deadline is None:
                deadline = time.monotonic() + a.batch_window
            if len(batch) >= a.batch_size or (batch and a.batch_window <= 0):
                break
            if not msgs and deadline is not None and wait == 0:
                time.sleep(min(0.2, max(0.0, deadline - time.monotonic())))
        if STOP.is_set() and batch:
            self.release(batch)
            return []
        return batch

    def to_record(self, m: Dict[str, Any]) -> Dict[str, Any]:
        attrs = dict(m.get("Attributes", {}))
        mattrs = {}
        for k, v in (m.get("MessageAttributes") or {}).items():
            rec: Dict[str, Any] = {"stringListValues": [], "binaryListValues": [], "dataType": v.get("DataType")}
            if "StringValue" in v:
                rec["stringValue"] = v["StringValue"]
            if "BinaryValue" in v:
                bv = v["BinaryValue"]
                rec["binaryValue"] = base64.b64encode(bv).decode() if isinstance(bv, bytes) else bv
            mattrs[k] = rec
        rec = {
            "messageId": m["MessageId"],
            "receiptHandle": m["ReceiptHandle"],
            "body": m.get("Body", ""),
            "attributes": attrs,
            "messageAttributes": mattrs,
            "md5OfBody": m.get("MD5OfBody"),
            "eventSource": "aws:sqs",
            "eventSourceARN": self.args.queue_arn,
            "awsRegion": self.args.region,
        }
        if m.get("MD5OfMessageAttributes"):
            rec["md5OfMessageAttributes"] = m["MD5OfMessageAttributes"]
        return rec

    @staticmethod
    def failed_ids(result: Any, ids: List[str]) -> Optional[set]:
        """Set of failed messageIds, or None when the response fails the whole batch."""
        if not isinstance(result, dict):
            return set()
        failures = result.get("batchItemFailures")
        if failures is None:
            return set()
        if not isinstance(failures, list):
            return None
        out = set()
        for f in failures:
            if not isinstance(f, dict):
                return None
            ident = f.get("itemIdentifier")
            if not isinstance(ident, str) or not ident or ident not in ids:
                return None
            out.add(ident)
        return out

    def delete(self, msgs: List[Dict[str, Any]]) -> int:
        deleted = 0
        for i in range(0, len(msgs), 10):
            chunk = msgs[i:i + 10]
            try:
                r = self.sqs.delete_message_batch(
                    QueueUrl=self.args.queue_url,
                    Entries=[{"Id": str(j), "ReceiptHandle": m["ReceiptHandle"]} for j, m in enumerate(chunk)])
                deleted += len(r.get("Successful", []))
                for f in r.get("Failed", []):
                    say(f"slot {self.idx}: DeleteMessage failed: {f}")
            except Exception as e:  # noqa: BLE001
                say(f"slot {self.idx}: DeleteMessageBatch failed: {e}")
        return deleted

    def handle(self, batch: List[Dict[str, Any]]) -> None:
        records = [self.to_record(m) for m in batch]
        ids = [r["messageId"] for r in records]
        event = {"Records": records}
        t0 = time.monotonic()
        kind, payload, request_id = self.invoke(event)
        dur = (time.monotonic() - t0) * 1000
        failed: Optional[set]
        if kind == "ok":
            try:
                result = json.loads(payload)
            except ValueError:
                result = None
            failed = self.failed_ids(result, ids)
            if failed is None:
                say(f"invalid batchItemFailures in response ({str(result)[:500]}): whole batch fails")
        else:
            failed = None
            self.stats.add(errors=1 if kind == "error" else 0, timeouts=1 if kind == "timeout" else 0,
                           last_error=f"{payload.get('errorType')}: {payload.get('errorMessage')}")
            say(f"invocation {kind}: {payload.get('errorType')}: {payload.get('errorMessage')}")
        if failed is None:
            failed = set(ids)
        ok_msgs = [m for m in batch if m["MessageId"] not in failed]
        deleted = self.delete(ok_msgs)
        counts = {m["MessageId"]: m.get("Attributes", {}).get("ApproximateReceiveCount") for m in batch
                  if m["MessageId"] in failed}
        # received before (a retry, or SQS's at-least-once delivery): what a consumer sees as a duplicate
        redelivered = sum(1 for m in batch if m.get("Attributes", {}).get("ApproximateReceiveCount", "1") != "1")
        say(f"END RequestId: {request_id}")
        say(f"REPORT RequestId: {request_id}\tDuration: {dur:.2f} ms\tRecords: {len(batch)}\t"
            f"Result: {kind}\tDeleted: {deleted}\tLeftForRetry: {len(failed)}\tRedelivered: {redelivered}"
            + (f"\tReceiveCounts: {json.dumps(counts)}" if counts else ""))
        self.stats.add(invocations=1, records_received=len(batch), records_ok=len(batch) - len(failed),
                       records_failed=len(failed), records_redelivered=redelivered, deleted=deleted)

    def run(self) -> None:
        while not STOP.is_set():
            batch = self.collect()
            if batch:
                try:
                    self.handle(batch)
                except Exception as e:  # noqa: BLE001 - never let a slot die silently
                    say(f"slot {self.idx}: internal error {type(e).__name__}: {e}")
                    traceback.print_exc()
                    self.stats.add(last_error=f"runner: {e}")
        self.kill_worker("shutdown")


def write_heartbeat(path: str, state: str, stats: Stats, args: argparse.Namespace) -> None:
    with stats.lock:
        data = dict(stats.data)
    data.update({"name": args.name, "pid": os.getpid(), "state": state, "updated_at": time.time(),
                 "queue_url": args.queue_url, "handler": args.handler})
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        json.dump(data, f)
    os.replace(tmp, path)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--name", required=True)
    ap.add_argument("--handler", required=True)
    ap.add_argument("--queue-url", required=True)
    ap.add_argument("--queue-arn", required=True)
    ap.add_argument("--function-name", required=True)
    ap.add_argument("--batch-size", type=int, default=10)
    ap.add_argument("--batch-window", type=float, default=0.0)
    ap.add_argument("--concurrency", type=int, default=1)
    ap.add_argument("--timeout", type=float, default=60.0)
    ap.add_argument("--memory", type=int, default=1024)
    ap.add_argument("--heartbeat", required=True)
    ap.add_argument("--region", default=os.environ.get("AWS_REGION", "us-west-2"))
    args = ap.parse_args()

    import boto3
    from botocore.config import Config

    if not os.environ.get("AWS_ENDPOINT_URL"):
        print("AWS_ENDPOINT_URL is not set: refusing to poll real AWS", file=sys.stderr)
        return 2
    cfg = Config(retries={"max_attempts": 3, "mode": "standard"}, connect_timeout=5,
                 read_timeout=IDLE_WAIT_SECONDS + 25, max_pool_connections=max(10, args.concurrency * 2))
    sqs = boto3.client("sqs", endpoint_url=os.environ["AWS_ENDPOINT_URL"], region_name=args.region, config=cfg)
    account = args.queue_arn.split(":")[4] if args.queue_arn.count(":") >= 5 else "123456789012"

    stats = Stats()

    def on_term(signum, frame):  # noqa: ARG001
        STOP.set()

    signal.signal(signal.SIGTERM, on_term)
    signal.signal(signal.SIGINT, on_term)

    say(f"{args.name}: handler={args.handler} queue={args.queue_url} batch_size={args.batch_size} "
        f"batch_window={args.batch_window}s concurrency={args.concurrency} timeout={args.timeout}s "
        f"endpoint={os.environ['AWS_ENDPOINT_URL']}")
    write_heartbeat(args.heartbeat, "starting", stats, args)
    slots = [Slot(i, args, sqs, stats, account) for i in range(args.concurrency)]
    # Pre-initialise every execution environment so that import errors show up at twin start.
    for s in slots:
        if not s.spawn():
            stats.add(last_error=s.init_error)
            write_heartbeat(args.heartbeat, "init_error", stats, args)
            say(f"init failed: {s.init_error}")
            for t in slots:
                t.kill_worker("init failure elsewhere")
            return 3
        stats.add(workers_ready=1)
    for s in slots:
        s.start()
    write_heartbeat(args.heartbeat, "ready", stats, args)
    while not STOP.is_set():
        STOP.wait(2)
        write_heartbeat(args.heartbeat, "ready" if not STOP.is_set() else "stopping", stats, args)
    # Like a Lambda shutdown: do not wait for in-flight long polls or invocations
    # (their messages simply become visible again after the visibility timeout).
    for s in slots:
        s.kill_worker("shutdown")
    write_heartbeat(args.heartbeat, "stopped", stats, args)
    say("stopped")
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
