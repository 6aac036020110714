#!/usr/bin/env python3
"""End-to-end smoke test of a running twin (twin/twin.py start first).

    python3 twin/smoke.py [--skip-generator] [--deadline SECONDS]

Checks, all against loopback:
  1. discovery: CloudFormation ListExports has the six eoapi-cdk export names
     (+ the two function names) and they equal env.json;
  2. loader: a Collection and an Item published to the loader topic (SNS, so
     the SQS body is the SNS envelope with Timestamp) show up in the STAC API;
  3. loader DLQ: an Item without `collection` fails, is retried, and lands in
     the loader DLQ after maxReceiveCount (2) receives;
  4. generator: an ItemRequest for stactools-glad-glclu2020 on a GeoTIFF made
     here (no remote data) is turned into an Item by the real generator handler
     (uvx ... stac gladglclu2020 create-item), published to the loader topic and
     loaded; it shows up in the STAC API.
Every wait has a deadline; prints 'N passed, N failed' and exits non-zero on failure.
"""

from __future__ import annotations

import argparse
import json
import os
import struct
import sys
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

TWIN_DIR = Path(__file__).resolve().parent
STATE_ROOT = Path(os.environ.get("TWIN_HOME", str(TWIN_DIR.parent / ".twin"))).resolve()
SERVICES_PY = STATE_ROOT / "venvs" / "services" / "bin" / "python"

try:
    import boto3
    from botocore.config import Config
except ImportError:  # re-run inside the services venv, which has boto3
    if SERVICES_PY.exists() and Path(sys.executable).resolve() != SERVICES_PY.resolve():
        os.execv(str(SERVICES_PY), [str(SERVICES_PY), __file__, *sys.argv[1:]])
    raise


RESULTS: list = []


def check(name: str, ok: bool, detail: str = "") -> bool:
    RESULTS.append((name, ok))
    print(f"{'PASS' if ok else 'FAIL'}: {name}{' - ' + detail if detail else ''}", flush=True)
    return ok


def http_json(url: str, timeout: float = 5.0):
    assert url.startswith(("http://127.0.0.1:", "http://localhost:")), url
    try:
        with urllib.request.urlopen(url, timeout=timeout) as r:
            return r.status, json.loads(r.read().decode())
    except urllib.error.HTTPError as e:
        return e.code, None
    except (urllib.error.URLError, TimeoutError, ConnectionError):
        return 0, None


def wait_until(fn, deadline_s: float, interval: float = 0.5):
    end = time.monotonic() + deadline_s
    while time.monotonic() < end:
        res = fn()
        if res:
            return res
        time.sleep(interval)
    return None


def tiny_geotiff(path: Path) -> None:
    """4x4 uint8 GeoTIFF, EPSG:4326, upper-left (-90, 50), 0.25 deg pixels (no GDAL needed)."""
    w = h = 4
    pixels = bytes(range(16))
    entries = []  # (tag, type, count, value_bytes)
    SHORT, LONG, DOUBLE = 3, 4, 12

    def short(tag, *vals):
        entries.append((tag, SHORT, len(vals), struct.pack(f"<{len(vals)}H", *vals)))

    def long_(tag, *vals):
        entries.append((tag, LONG, len(vals), struct.pack(f"<{len(vals)}I", *vals)))

    def double(tag, *vals):
        entries.append((tag, DOUBLE, len(vals), struct.pack(f"<{len(vals)}d", *vals)))

    short(256, w)
    short(257, h)
    short(258, 8)
    short(259, 1)
    short(262, 1)
    long_(273, 0)  # strip offset, patched below
    short(277, 1)
    short(278, h)
    long_(279, len(pixels))
    short(284, 1)
    short(339, 1)
    double(33550, 0.25, 0.25, 0.0)  # ModelPixelScale
    double(33922, 0.0, 0.0, 0.0, -90.0, 50.0, 0.0)  # ModelTiepoint
    short(34735, 1, 1, 0, 3, 1024, 0, 1, 2, 1025, 0, 1, 1, 2048, 0, 1, 4326)  # GeoKeyDirectory
    entries.sort(key=lambda e: e[0])
    ifd_offset = 8
    ifd_size = 2 + 12 * len(entries) + 4
    data_offset = ifd_offset + ifd_size
    extra = b""
    pixel_offset = None
    # lay out out-of-line values, then pixels
    layout = []
    for tag, typ, count, val in entries:
        if len(val) <= 4:
            layout.append((tag, typ, count, val.ljust(4, b"\0"), None))
        else:
            off = data_offset + len(extra)
            extra += val
            if len(extra) % 2:
                extra += b"\0"
            layout.append((tag, typ, count, struct.pack("<I", off), None))
    pixel_offset = data_offset + len(extra)
    out = bytearray(b"II*\0" + struct.pack("<I", ifd_offset))
    out += struct.pack("<H", len(layout))
    for tag, typ, count, val, _ in layout:
        if tag == 273:
            val = struct.pack("<I", pixel_offset)
        out += struct.pack("<HHI", tag, typ, count) + val
    out += struct.pack("<I", 0)
    out += extra
    out += pixels
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(bytes(out))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--env", default=str(STATE_ROOT / "run" / "env.json"))
    ap.add_argument("--skip-generator", action="store_true")
    ap.add_argument("--deadline", type=float, default=120, help="per-check deadline (s)")
    ap.add_argument("--generator-deadline", type=float, default=300)
    args = ap.parse_args()

    env = json.loads(Path(args.env).read_text())
    ep = env["aws_endpoint_url"]
    assert ep.startswith("http://127.0.0.1:"), ep
    kw = dict(endpoint_url=ep, region_name=env["region"], aws_access_key_id="testing",
              aws_secret_access_key="testing",
              config=Config(retries={"max_attempts": 3}, connect_timeout=5, read_timeout=30))
    sns = boto3.client("sns", **kw)
    sqs = boto3.client("sqs", **kw)
    cfn = boto3.client("cloudformation", **kw)
    api = env["stac_api_url"]
    run = uuid.uuid4().hex[:8]
    t_all = time.monotonic()

    # 1. discovery --------------------------------------------------------------------------
    stack = env["stack_name"]
    exports = {e["Name"]: e["Value"] for e in cfn.list_exports()["Exports"]}
    want = {
        f"{stack}-stac-loader-topic-arn": env["loader_topic_arn"],
        f"{stack}-stac-loader-queue-url": env["loader_queue_url"],
        f"{stack}-stac-loader-deadletter-queue-url": env["loader_dlq_url"],
        f"{stack}-stac-loader-function-name": env["loader_function_name"],
        f"{stack}-stactools-item-generator-topic-arn": env["generator_topic_arn"],
        f"{stack}-stactools-item-generator-queue-url": env["generator_queue_url"],
        f"{stack}-stactools-item-generator-deadletter-queue-url": env["generator_dlq_url"],
        f"{stack}-stactools-item-generator-function-name": env["generator_function_name"],
    }
    bad = {k: (exports.get(k), v) for k, v in want.items() if exports.get(k) != v}
    check("CloudFormation ListExports has the eoapi-cdk export names", not bad,
          f"{len(want)} exports match env.json" if not bad else f"mismatch: {bad}")
    attrs = sqs.get_queue_attributes(QueueUrl=env["loader_queue_url"], AttributeNames=["All"])["Attributes"]
    redrive = json.loads(attrs.get("RedrivePolicy", "{}"))
    check("loader queue redrive policy", redrive.get("maxReceiveCount") == 2 and
          redrive.get("deadLetterTargetArn") == env["loader_dlq_arn"],
          f"RedrivePolicy={redrive} VisibilityTimeout={attrs.get('VisibilityTimeout')}")

    # 2. collection + item through the loader -------------------------------------------------
    cid = f"twin-smoke-{run}"
    iid = f"twin-smoke-item-{run}"
    collection = {
        "type": "Collection", "stac_version": "1.0.0", "id": cid,
        "description": "twin smoke collection", "license": "CC-BY-4.0", "links": [],
        "extent": {"spatial": {"bbox": [[-180, -90, 180, 90]]},
                   "temporal": {"interval": [["2020-01-01T00:00:00Z", None]]}},
    }
    item = {
        "type": "Feature", "stac_version": "1.0.0", "id": iid, "collection": cid,
        "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]]},
        "bbox": [0, 0, 1, 1], "properties": {"datetime": "2020-01-01T00:00:00Z"},
        "assets": {"data": {"href": "https://example.invalid/data.tif"}}, "links": [],
    }
    # Publish the collection and wait for it before publishing items: with maxConcurrency 2 the
    # Collection and the Item can land in two concurrent invocations, and the item invocation's
    # CREATE_COLLECTIONS_IF_MISSING placeholder upsert can then overwrite the real collection
    # (a race of the production loader, reproduced by the twin).
    t0 = time.monotonic()
    sns.publish(TopicArn=env["loader_topic_arn"], Message=json.dumps(collection))
    got = wait_until(lambda: (lambda r: r if r[0] == 200 else None)(
        http_json(f"{api}/collections/{cid}")), args.deadline)
    check("loader: published Collection visible at GET /collections/{c}",
          bool(got) and got[1].get("description") == "twin smoke collection",
          f"after {time.monotonic() - t0:.1f}s" if got else f"not visible within {args.deadline:.0f}s")
    t0 = time.monotonic()
    sns.publish(TopicArn=env["loader_topic_arn"], Message=json.dumps(item))
    got = wait_until(lambda: (lambda r: r if r[0] == 200 else None)(
        http_json(f"{api}/collections/{cid}/items/{iid}")), args.deadline)
    check("loader: published Item visible at GET /collections/{c}/items/{id}", bool(got),
          f"after {time.monotonic() - t0:.1f}s; stored datetime="
          f"{got[1]['properties'].get('datetime')}" if got else f"not visible within {args.deadline:.0f}s")

    # 3. invalid item -> DLQ after 2 receives ---------------------------------------------------
    bad_id = f"twin-smoke-bad-{run}"
    bad_item = dict(item, id=bad_id)
    bad_item.pop("collection")
    t0 = time.monotonic()
    sns.publish(TopicArn=env["loader_topic_arn"], Message=json.dumps(bad_item))

    def in_dlq():
        r = sqs.receive_message(QueueUrl=env["loader_dlq_url"], MaxNumberOfMessages=10, WaitTimeSeconds=1,
                                MessageSystemAttributeNames=["All"], VisibilityTimeout=5)
        for m in r.get("Messages", []):
            envelope = json.loads(m["Body"])
            if json.loads(envelope["Message"]).get("id") == bad_id:
                sqs.delete_message(QueueUrl=env["loader_dlq_url"], ReceiptHandle=m["ReceiptHandle"])
                return envelope, m["Attributes"]
        return None

    vt = env["settings"]["loader_visibility_timeout"]
    dl = max(args.deadline, 3 * vt + 30)
    res = wait_until(in_dlq, dl, interval=0)
    if res:
        envelope, mattrs = res
        check("loader DLQ: Item without collection ends in the DLQ (SNS envelope body)",
              envelope.get("Type") == "Notification" and "Timestamp" in envelope,
              f"after {time.monotonic() - t0:.1f}s; ApproximateReceiveCount in DLQ="
              f"{mattrs.get('ApproximateReceiveCount')} (2 by the loader + 1 here)")
    else:
        check("loader DLQ: Item without collection ends in the DLQ", False, f"not in DLQ within {dl:.0f}s")
    # 4. generator ----------------------------------------------------------------------------
    if args.skip_generator:
        print("SKIP: generator (--skip-generator)")
    else:
        data_dir = Path(env["run_dir"]) / "smoke-data"
        tif = data_dir / "2000" / "50N_090W.tif"
        tiny_geotiff(tif)
        gen_cid = f"twin-smoke-glclu-{run}"
        # stactools-glad-glclu2020 0.1.1 breaks with affine>=3 (Affine is no longer a tuple:
        # "TypeError: Object of type Affine is not JSON serializable" when the item is saved).
        # package_name is joined into uvx's comma-separated --with list, so a second requirement
        # can ride along: "--with requests,numpy<2.3.0,stactools-glad-glclu2020==0.1.1,affine<3".
        req = {
            "package_name": "stactools-glad-glclu2020==0.1.1,affine<3",
            "group_name": "gladglclu2020",
            "create_item_args": [str(tif)],
            "create_item_options": {"href-format": str(data_dir) + "/{year}/{loc}.tif"},
            "collection_id": gen_cid,
        }
        t0 = time.monotonic()
        sns.publish(TopicArn=env["generator_topic_arn"], Message=json.dumps(req))
        gid = "2000_50N_090W"
        dead = []

        def generated():
            r = http_json(f"{api}/collections/{gen_cid}/items/{gid}")
            if r[0] == 200:
                return r
            m = sqs.receive_message(QueueUrl=env["generator_dlq_url"], MaxNumberOfMessages=10,
                                    VisibilityTimeout=0).get("Messages", [])
            if any(json.loads(json.loads(x["Body"])["Message"]).get("collection_id") == gen_cid for x in m):
                dead.append(True)
                return "dlq"
            return None

        got = wait_until(generated, args.generator_deadline, interval=1)
        if got == "dlq":
            check("generator: ItemRequest -> uvx stactools -> loader topic -> STAC API", False,
                  "the ItemRequest ended in the generator DLQ; see the generator log")
        elif got:
            it = got[1]
            check("generator: ItemRequest -> uvx stactools -> loader topic -> STAC API", True,
                  f"after {time.monotonic() - t0:.1f}s; bbox={it.get('bbox')} "
                  f"datetime={it.get('properties', {}).get('datetime')}")
            code, col = http_json(f"{api}/collections/{gen_cid}")
            check("generator: loader created the placeholder collection (CREATE_COLLECTIONS_IF_MISSING)",
                  code == 200 and col and col.get("description") == gen_cid and col.get("license") == "proprietary",
                  f"HTTP {code} license={col.get('license') if col else None}")
        else:
            check("generator: ItemRequest -> uvx stactools -> loader topic -> STAC API", False,
                  f"not visible within {args.generator_deadline:.0f}s; see the generator log")

    passed = sum(1 for _, ok in RESULTS if ok)
    failed = len(RESULTS) - passed
    print(f"smoke finished in {time.monotonic() - t_all:.1f}s")
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
