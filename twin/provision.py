"""Provisioning steps of the twin; runs inside .twin/venvs/services.

    provision.py aws  < payload.json   -> creates the AWS side in moto, prints JSON
    provision.py db   < payload.json   -> bootstraps pgstac with eoapi-cdk's own
                                          bootstrapper custom-resource handler, prints JSON

Input is one JSON object on stdin; output is one JSON object on stdout; logs
go to stderr (twin.py sends them to .twin/run/logs/provision-*.log).
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import sys
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any, Dict

import boto3
from botocore.config import Config

ACCOUNT_ID_FALLBACK = "123456789012"


def elog(msg: str) -> None:
    print(f"[provision] {msg}", file=sys.stderr, flush=True)


def _cdk_hash(path: str) -> str:
    """8 upper-case hex chars, in the spirit of CDK logical-id suffixes."""
    return hashlib.md5(path.encode()).hexdigest()[:8].upper()


def _clients(endpoint: str, region: str):
    kw = dict(endpoint_url=endpoint, region_name=region, aws_access_key_id="testing",
              aws_secret_access_key="testing",
              config=Config(retries={"max_attempts": 3, "mode": "standard"}, connect_timeout=5,
                            read_timeout=30))
    return {name: boto3.client(name, **kw)
            for name in ("cloudformation", "sqs", "sns", "secretsmanager", "s3", "sts")}


# ---------------------------------------------------------------------------
# CloudFormation template mirroring the eoapi-cdk constructs
# ---------------------------------------------------------------------------
def _construct(template: Dict[str, Any], construct_id: str, export_stem: str, *,
               topic_display: str, visibility_timeout: int, max_receive_count: int,
               endpoint: str) -> Dict[str, str]:
    """Add DLQ + queue (+redrive) + topic (+non-raw SQS subscription) + outputs.

    Mirrors lib/stac-loader/index.ts and lib/stactools-item-generator/index.ts:
      DeadLetterQueue: retention 14 days
      Queue: visibilityTimeout (lambdaTimeout+10 in prod, scaled down here), SQS-managed SSE,
             redrive to the DLQ with maxReceiveCount
      Topic: displayName "{id}-StacLoaderTopic" / "{id}-ItemGenTopic"
      SqsSubscription(queue): raw message delivery OFF, no filter policy
    moto's CloudFormation has no AWS::SNS::Subscription, so the subscription is declared
    with the Topic's Subscription property (same result: a non-raw sqs subscription).
    """
    base = construct_id.replace("-", "")
    dlq = f"{base}DeadLetterQueue{_cdk_hash(construct_id + '/DeadLetterQueue')}"
    queue = f"{base}Queue{_cdk_hash(construct_id + '/Queue')}"
    topic = f"{base}Topic{_cdk_hash(construct_id + '/Topic')}"
    res = template["Resources"]
    res[dlq] = {"Type": "AWS::SQS::Queue",
                "Properties": {"MessageRetentionPeriod": 14 * 24 * 3600}}
    res[queue] = {"Type": "AWS::SQS::Queue",
                  "Properties": {
                      "VisibilityTimeout": visibility_timeout,
                      "SqsManagedSseEnabled": True,
                      "RedrivePolicy": {"deadLetterTargetArn": {"Fn::GetAtt": [dlq, "Arn"]},
                                        "maxReceiveCount": max_receive_count}}}
    res[topic] = {"Type": "AWS::SNS::Topic",
                  "Properties": {"DisplayName": topic_display,
                                 "Subscription": [{"Endpoint": {"Fn::GetAtt": [queue, "Arn"]},
                                                   "Protocol": "sqs"}]}}

    def url_of(logical: str) -> Dict[str, Any]:
        # moto's Ref for a queue is the AWS-style https://sqs.<region>.amazonaws.com/... URL;
        # export the URL moto itself answers with (GetQueueUrl / CreateQueue on loopback).
        return {"Fn::Join": ["", [endpoint, "/", {"Ref": "AWS::AccountId"}, "/",
                                  {"Fn::GetAtt": [logical, "QueueName"]}]]}

    fn_name = {"Fn::Join": ["-", [{"Ref": "AWS::StackName"}, f"{base}Function",
                                  "twin"]]}
    outs = template["Outputs"]
    outs[f"{base}TopicArn{_cdk_hash(construct_id + '/TopicArn')}"] = {
        "Value": {"Ref": topic},
        "Export": {"Name": {"Fn::Sub": "${AWS::StackName}-" + export_stem + "-topic-arn"}}}
    outs[f"{base}QueueUrl{_cdk_hash(construct_id + '/QueueUrl')}"] = {
        "Value": url_of(queue),
        "Export": {"Name": {"Fn::Sub": "${AWS::StackName}-" + export_stem + "-queue-url"}}}
    outs[f"{base}DeadLetterQueueUrl{_cdk_hash(construct_id + '/DeadLetterQueueUrl')}"] = {
        "Value": url_of(dlq),
        "Export": {"Name": {"Fn::Sub": "${AWS::StackName}-" + export_stem + "-deadletter-queue-url"}}}
    outs[f"{base}FunctionName{_cdk_hash(construct_id + '/FunctionName')}"] = {
        "Value": fn_name,
        "Export": {"Name": {"Fn::Sub": "${AWS::StackName}-" + export_stem + "-function-name"}}}
    return {"dlq": dlq, "queue": queue, "topic": topic}


def cmd_aws(p: Dict[str, Any]) -> Dict[str, Any]:
    c = _clients(p["endpoint"], p["region"])
    stack = p["stack_name"]
    try:
        account = c["sts"].get_caller_identity()["Account"]
    except Exception:  # noqa: BLE001
        account = ACCOUNT_ID_FALLBACK

    template: Dict[str, Any] = {"AWSTemplateFormatVersion": "2010-09-09",
                                "Description": "stac-ingest local twin of MAAP pgSTAC stack (eoapi-cdk "
                                               "StacLoader + StactoolsItemGenerator)",
                                "Resources": {}, "Outputs": {}}
    loader = _construct(template, "stac-item-loader", "stac-loader",
                        topic_display="stac-item-loader-StacLoaderTopic",
                        visibility_timeout=int(p["loader"]["visibility_timeout"]),
                        max_receive_count=int(p["loader"]["max_receive_count"]),
                        endpoint=p["endpoint"])
    gen = _construct(template, "stactools-item-generator", "stactools-item-generator",
                     topic_display="stactools-item-generator-ItemGenTopic",
                     visibility_timeout=int(p["generator"]["visibility_timeout"]),
                     max_receive_count=int(p["generator"]["max_receive_count"]),
                     endpoint=p["endpoint"])
    elog(f"creating CloudFormation stack {stack}")
    c["cloudformation"].create_stack(StackName=stack, TemplateBody=json.dumps(template))
    deadline = time.monotonic() + 30
    while True:
        st = c["cloudformation"].describe_stacks(StackName=stack)["Stacks"][0]
        if st["StackStatus"] == "CREATE_COMPLETE":
            break
        if st["StackStatus"].endswith("FAILED") or "ROLLBACK" in st["StackStatus"]:
            raise RuntimeError(f"stack {stack}: {st['StackStatus']} {st.get('StackStatusReason')}")
        if time.monotonic() > deadline:
            raise RuntimeError(f"stack {stack} not complete after 30s: {st['StackStatus']}")
        time.sleep(0.2)

    physical = {}
    for r in c["cloudformation"].list_stack_resources(StackName=stack)["StackResourceSummaries"]:
        physical[r["LogicalResourceId"]] = r["PhysicalResourceId"]

    exports = {}
    token = None
    while True:
        kw = {"NextToken": token} if token else {}
        page = c["cloudformation"].list_exports(**kw)
        for e in page["Exports"]:
            if e["Name"].startswith(stack + "-"):
                exports[e["Name"]] = e["Value"]
        token = page.get("NextToken")
        if not token:
            break

    def queue_info(logical: str) -> Dict[str, str]:
        name = physical[logical].rstrip("/").split("/")[-1]
        url = c["sqs"].get_queue_url(QueueName=name)["QueueUrl"]
        arn = c["sqs"].get_queue_attributes(QueueUrl=url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
        return {"url": url, "arn": arn}

    out: Dict[str, Any] = {"account_id": account, "exports": exports}
    for prefix, ids, stem in (("loader", loader, "stac-loader"),
                              ("generator", gen, "stactools-item-generator")):
        q = queue_info(ids["queue"])
        d = queue_info(ids["dlq"])
        out[f"{prefix}_topic_arn"] = physical[ids["topic"]]
        out[f"{prefix}_queue_url"] = q["url"]
        out[f"{prefix}_queue_arn"] = q["arn"]
        out[f"{prefix}_dlq_url"] = d["url"]
        out[f"{prefix}_dlq_arn"] = d["arn"]
        out[f"{prefix}_function_name"] = exports[f"{stack}-{stem}-function-name"]
        # consistency: exports == what the SQS API answers
        assert exports[f"{stack}-{stem}-topic-arn"] == out[f"{prefix}_topic_arn"], exports
        assert exports[f"{stack}-{stem}-queue-url"] == q["url"], (exports, q)
        assert exports[f"{stack}-{stem}-deadletter-queue-url"] == d["url"], (exports, d)
        subs = c["sns"].list_subscriptions_by_topic(TopicArn=out[f"{prefix}_topic_arn"])["Subscriptions"]
        assert len(subs) == 1 and subs[0]["Endpoint"] == q["arn"], subs
        attrs = c["sns"].get_subscription_attributes(SubscriptionArn=subs[0]["SubscriptionArn"])["Attributes"]
        assert attrs.get("RawMessageDelivery", "false").lower() == "false", attrs

    # Secrets: the pgstac user secret (PgStacDatabase.pgstacSecret: dbname, engine, port, host,
    # username + generated password) and the "RDS" admin secret the bootstrapper connects with.
    s = p["secret"]
    user_secret = {"dbname": s["dbname"], "engine": "postgres", "port": s["port"], "host": s["host"],
                   "username": s["username"], "password": s["password"]}
    r = c["secretsmanager"].create_secret(
        Name=f"pgstac/pgstac-db/{_cdk_hash(stack + '/pgstac-db')}",
        Description=f"PgSTAC database bootstrapped by {stack}",
        SecretString=json.dumps(user_secret))
    out["pgstac_secret_arn"] = r["ARN"]
    admin = p.get("admin_secret")
    if admin:
        r = c["secretsmanager"].create_secret(
            Name=f"{stack}-pgstacdbSecret{_cdk_hash(stack + '/pgstac-db/admin')}",
            Description="twin: RDS-like admin credentials (postgres superuser)",
            SecretString=json.dumps(admin))
        out["admin_secret_arn"] = r["ARN"]

    bucket = f"{stack.lower()}-twin-data"[:63]
    c["s3"].create_bucket(Bucket=bucket, CreateBucketConfiguration={"LocationConstraint": p["region"]})
    out["s3_bucket"] = bucket
    elog(json.dumps(out, indent=1))
    return out


# ---------------------------------------------------------------------------
# DB bootstrap: eoapi-cdk's bootstrapper custom resource handler, unmodified
# ---------------------------------------------------------------------------
class _CfnResponse(BaseHTTPRequestHandler):
    received: list = []

    def do_PUT(self):  # noqa: N802
        n = int(self.headers.get("content-length") or 0)
        body = self.rfile.read(n)
        _CfnResponse.received.append(json.loads(body.decode() or "{}"))
        self.send_response(200)
        self.end_headers()

    def log_message(self, fmt, *args):  # noqa: D401, ARG002
        return


class _Ctx:
    log_stream_name = "2026/01/01/[$LATEST]twin-bootstrapper"
    aws_request_id = str(uuid.uuid4())
    function_name = "twin-pgstac-bootstrapper"

    def get_remaining_time_in_millis(self):
        return 900000


def cmd_db(p: Dict[str, Any]) -> Dict[str, Any]:
    import psycopg
    from psycopg.conninfo import make_conninfo

    # wait until the server accepts connections
    admin_conninfo = make_conninfo(
        host=p["host"], port=p["port"], user=p["admin_user"], password=p["admin_password"],
        dbname="postgres", connect_timeout=3)
    deadline = time.monotonic() + 30
    while True:
        try:
            with psycopg.connect(admin_conninfo) as conn:
                conn.execute("SELECT 1")
            break
        except psycopg.OperationalError as e:
            if time.monotonic() > deadline:
                raise RuntimeError(f"postgres not accepting connections: {e}") from e
            time.sleep(0.2)

    handler_path = Path(p["bootstrapper"])
    spec = importlib.util.spec_from_file_location("eoapi_cdk_bootstrapper", handler_path)
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)

    srv = HTTPServer(("127.0.0.1", 0), _CfnResponse)
    th = threading.Thread(target=srv.serve_forever, daemon=True)
    th.start()
    props = {
        "conn_secret_arn": p["admin_secret_arn"],
        "new_user_secret_arn": p["pgstac_secret_arn"],
        "pgstac_version": p["pgstac_version"],
        # eoapi-cdk default customResourceProperties, merged with MAAP's (cdk/pgstac_infra.py)
        "mosaic_index": "TRUE",
        "context": "TRUE",
        "update_collection_extent": "TRUE",
    }
    if p.get("pg_cron"):
        props["use_queue"] = "TRUE"
        props["pg_cron_schedule"] = p["pg_cron_schedule"]
    event = {
        "RequestType": "Create",
        "ResponseURL": f"http://127.0.0.1:{srv.server_address[1]}/cfn-response",
        "StackId": f"arn:aws:cloudformation:{p['region']}:123456789012:stack/{p['stack_name']}/twin",
        "RequestId": str(uuid.uuid4()),
        "LogicalResourceId": "pgstacdbbootstrapper",
        "ResourceType": "Custom::Bootstrapper",
        "ResourceProperties": props,
    }
    elog(f"running eoapi-cdk bootstrapper handler with {json.dumps(props)}")
    # the handler's print()s go to stdout; keep our stdout clean for the JSON answer
    real_stdout = sys.stdout
    sys.stdout = sys.stderr
    try:
        mod.handler(event, _Ctx())
    finally:
        sys.stdout = real_stdout
        srv.shutdown()
    if not _CfnResponse.received or _CfnResponse.received[-1].get("Status") != "SUCCESS":
        raise RuntimeError(f"bootstrapper did not report SUCCESS: {_CfnResponse.received}")

    user_conninfo = make_conninfo(
        host=p["host"], port=p["port"], user=p["username"], password=p["password"], dbname=p["dbname"])
    with psycopg.connect(user_conninfo) as conn:
        version = conn.execute("SELECT pgstac.get_version()").fetchone()[0]
        settings = dict(conn.execute(
            "SELECT name, value FROM pgstac.pgstac_settings WHERE name IN "
            "('context','update_collection_extent','use_queue')").fetchall())
    out = {"pgstac_version": version, "pgstac_settings": settings, "pg_cron": bool(p.get("pg_cron"))}
    elog(json.dumps(out))
    return out


def main() -> int:
    sub = sys.argv[1]
    payload = json.loads(sys.stdin.read())
    os.environ.pop("AWS_PROFILE", None)
    if sub == "aws":
        out = cmd_aws(payload)
    elif sub == "db":
        os.environ.update({"AWS_ENDPOINT_URL": payload["endpoint"], "AWS_DEFAULT_REGION": payload["region"],
                           "AWS_REGION": payload["region"], "AWS_ACCESS_KEY_ID": "testing",
                           "AWS_SECRET_ACCESS_KEY": "testing"})
        out = cmd_db(payload)
    else:
        raise SystemExit(f"unknown subcommand {sub}")
    sys.stdout.write(json.dumps(out))
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
