"""Tests of twin/lambda_runner.py's Lambda/SQS semantics, against an in-process moto
server on loopback and a fake handler. Run inside the services venv:

    .twin/venvs/services/bin/python -m pytest twin/tests -q
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import boto3
import pytest
from botocore.config import Config

TWIN_DIR = Path(__file__).resolve().parents[1]
RUNNER = TWIN_DIR / "lambda_runner.py"
REGION = "us-west-2"

FAKE_HANDLER = textwrap.dedent('''
    import json, os, time
    LOG = os.environ["FAKE_EVENT_LOG"]
    INIT_PID = os.getpid()

    def handler(event, context):
        with open(LOG, "a") as f:
            f.write(json.dumps({"event": event, "pid": os.getpid(),
                                "remaining": context.get_remaining_time_in_millis(),
                                "request_id": context.aws_request_id}) + "\\n")
        modes = [json.loads(r["body"]).get("mode") for r in event["Records"]]
        if "raise" in modes:
            raise RuntimeError("boom")
        if "sleep" in modes:
            time.sleep(60)
        if "bad_ident" in modes:
            return {"batchItemFailures": [{"itemIdentifier": "not-a-message-id"}]}
        failures = [{"itemIdentifier": r["messageId"]} for r, m in zip(event["Records"], modes) if m == "fail"]
        return {"batchItemFailures": failures} if failures else None
''')


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def moto_endpoint():
    from moto.server import ThreadedMotoServer

    port = _free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    yield f"http://127.0.0.1:{port}"
    server.stop()


@pytest.fixture
def sqs(moto_endpoint):
    return boto3.client("sqs", endpoint_url=moto_endpoint, region_name=REGION, aws_access_key_id="testing",
                        aws_secret_access_key="testing", config=Config(retries={"max_attempts": 2}))


class Fn:
    def __init__(self, tmp: Path, sqs, endpoint: str, *, vt: int = 3, max_rc: int = 2, timeout: float = 2.5,
                 batch_size: int = 10, window: float = 0.0, concurrency: int = 1):
        self.tmp = tmp
        self.sqs = sqs
        name = tmp.name[-40:].replace("_", "-")
        dlq = sqs.create_queue(QueueName=f"{name}-dlq")["QueueUrl"]
        dlq_arn = sqs.get_queue_attributes(QueueUrl=dlq, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
        self.queue = sqs.create_queue(QueueName=name, Attributes={
            "VisibilityTimeout": str(vt),
            "RedrivePolicy": json.dumps({"deadLetterTargetArn": dlq_arn, "maxReceiveCount": max_rc})})["QueueUrl"]
        self.queue_arn = sqs.get_queue_attributes(
            QueueUrl=self.queue, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
        self.dlq = dlq
        (tmp / "fakefn.py").write_text(FAKE_HANDLER)
        self.events = tmp / "events.jsonl"
        self.hb = tmp / "hb.json"
        self.log = tmp / "runner.log"
        env = dict(os.environ, PYTHONPATH=str(tmp), FAKE_EVENT_LOG=str(self.events),
                   AWS_ENDPOINT_URL=endpoint, AWS_REGION=REGION, AWS_DEFAULT_REGION=REGION,
                   AWS_ACCESS_KEY_ID="testing", AWS_SECRET_ACCESS_KEY="testing")
        self.proc = subprocess.Popen(
            [sys.executable, str(RUNNER), "--name", "fake", "--handler", "fakefn.handler",
             "--queue-url", self.queue, "--queue-arn", self.queue_arn, "--function-name", "fake-fn",
             "--batch-size", str(batch_size), "--batch-window", str(window), "--concurrency", str(concurrency),
             "--timeout", str(timeout), "--heartbeat", str(self.hb)],
            env=env, stdout=open(self.log, "wb"), stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.hb.exists() and json.loads(self.hb.read_text())["state"] == "ready":
                break
            assert self.proc.poll() is None, self.log.read_text()
            time.sleep(0.1)
        else:
            raise AssertionError("runner not ready: " + self.log.read_text())

    def send(self, mode: str, **attrs) -> str:
        kw = {}
        if attrs:
            kw["MessageAttributes"] = {k: {"DataType": "String", "StringValue": v} for k, v in attrs.items()}
        return self.sqs.send_message(QueueUrl=self.queue, MessageBody=json.dumps({"mode": mode}), **kw)["MessageId"]

    def invocations(self):
        if not self.events.exists():
            return []
        return [json.loads(line) for line in self.events.read_text().splitlines() if line.strip()]

    def seen(self, msg_id: str):
        return [r for inv in self.invocations() for r in inv["event"]["Records"] if r["messageId"] == msg_id]

    def dlq_ids(self) -> set:
        """Everything seen in the DLQ so far (accumulated: received messages stay hidden)."""
        self._dlq = getattr(self, "_dlq", set())
        while True:
            r = self.sqs.receive_message(QueueUrl=self.dlq, MaxNumberOfMessages=10, VisibilityTimeout=60)
            msgs = r.get("Messages", [])
            if not msgs:
                return set(self._dlq)
            self._dlq.update(m["MessageId"] for m in msgs)

    def queue_counts(self):
        a = self.sqs.get_queue_attributes(QueueUrl=self.queue, AttributeNames=["All"])["Attributes"]
        return int(a["ApproximateNumberOfMessages"]), int(a["ApproximateNumberOfMessagesNotVisible"])

    def wait(self, cond, timeout: float = 30):
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if cond():
                return True
            time.sleep(0.2)
        return False

    def stop(self):
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(5)


@pytest.fixture
def make_fn(tmp_path, sqs, moto_endpoint):
    fns = []

    def make(**kw):
        fn = Fn(tmp_path, sqs, moto_endpoint, **kw)
        fns.append(fn)
        return fn

    yield make
    for fn in fns:
        fn.stop()


def test_event_shape_and_partial_batch_failure(make_fn):
    fn = make_fn(vt=2, max_rc=2)
    ok1 = fn.send("ok", color="blue")
    bad = fn.send("fail")
    ok2 = fn.send("ok")
    # the failed record is received twice, then moved to the DLQ by SQS's redrive
    assert fn.wait(lambda: len(fn.seen(bad)) >= 2, 30), fn.log.read_text()
    assert fn.wait(lambda: fn.queue_counts() == (0, 0), 20)
    assert len(fn.seen(ok1)) == 1 and len(fn.seen(ok2)) == 1  # deleted after success
    assert [r["attributes"]["ApproximateReceiveCount"] for r in fn.seen(bad)] == ["1", "2"]
    # a third receive attempt is what moves it to the DLQ (there must be a poller)
    assert fn.wait(lambda: bad in fn.dlq_ids(), 20)
    rec = fn.seen(ok1)[0]
    assert set(rec) >= {"messageId", "receiptHandle", "body", "attributes", "messageAttributes",
                        "md5OfBody", "eventSource", "eventSourceARN", "awsRegion"}
    assert rec["eventSource"] == "aws:sqs" and rec["eventSourceARN"] == fn.queue_arn and rec["awsRegion"] == REGION
    assert rec["messageAttributes"]["color"] == {"stringValue": "blue", "stringListValues": [],
                                                 "binaryListValues": [], "dataType": "String"}
    assert {"ApproximateReceiveCount", "SentTimestamp", "ApproximateFirstReceiveTimestamp"} <= set(rec["attributes"])
    assert 0 < fn.invocations()[0]["remaining"] <= 2500
    # the second receive of the failed record is counted as a redelivery (heartbeat and REPORT line)
    assert fn.wait(lambda: json.loads(fn.hb.read_text())["records_redelivered"] == 1, 10)
    assert "Redelivered: 1" in fn.log.read_text()


def test_handler_exception_deletes_nothing(make_fn):
    fn = make_fn(vt=2, max_rc=2, batch_size=10, window=1.0)
    ok = fn.send("ok")
    boom = fn.send("raise")
    assert fn.wait(lambda: len(fn.seen(boom)) >= 2, 30), fn.log.read_text()
    # the good record of the failed batch was NOT deleted: it came back too
    assert len(fn.seen(ok)) >= 2
    assert fn.wait(lambda: set(fn.dlq_ids()) >= {ok, boom}, 20)
    assert "Result: error" in fn.log.read_text()


def test_timeout_kills_environment_and_retries(make_fn):
    fn = make_fn(vt=4, max_rc=2, timeout=1.5)
    slow = fn.send("sleep")
    assert fn.wait(lambda: len(fn.seen(slow)) >= 2, 30), fn.log.read_text()
    pids = {inv["pid"] for inv in fn.invocations()}
    assert len(pids) == 2  # a fresh execution environment after the timeout
    text = fn.log.read_text()
    assert "Result: timeout" in text and "killed execution environment" in text
    ok = fn.send("ok")
    assert fn.wait(lambda: len(fn.seen(ok)) == 1, 20)
    assert fn.wait(lambda: slow in fn.dlq_ids(), 20)


def test_invalid_item_identifier_fails_whole_batch(make_fn):
    fn = make_fn(vt=2, max_rc=1, window=1.0)
    a = fn.send("ok")
    b = fn.send("bad_ident")
    assert fn.wait(lambda: set(fn.dlq_ids()) >= {a, b}, 30), fn.log.read_text()
    assert "invalid batchItemFailures" in fn.log.read_text()


def test_batching_window_collects_records(make_fn):
    fn = make_fn(vt=5, batch_size=500, window=2.0)
    ids = [fn.send("ok") for _ in range(25)]
    assert fn.wait(lambda: all(fn.seen(i) for i in ids), 20)
    sizes = [len(inv["event"]["Records"]) for inv in fn.invocations()]
    assert max(sizes) > 10, sizes  # more than one ReceiveMessage's worth in one invocation
    assert sum(sizes) == 25


def test_warm_environment_is_reused(make_fn):
    fn = make_fn(vt=5)
    a = fn.send("ok")
    assert fn.wait(lambda: fn.seen(a), 20)
    b = fn.send("ok")
    assert fn.wait(lambda: fn.seen(b), 20)
    assert len({inv["pid"] for inv in fn.invocations()}) == 1
