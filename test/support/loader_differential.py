"""Runs message texts through the real StacLoader handler's own functions, for the differential tests.

    python loader_differential.py MODE DSN < messages.ndjson      (in the twin's stac-loader venv)

Each input line is one SNS `Message` text exactly as stac-ingest publishes it. Every message goes
through the handler's `process_record` (SNS envelope -> json.loads -> stac-pydantic model ->
model_dump), then `load_collections_to_db` and `load_items_for_collection` into pgstac, the calls
the Lambda makes. Prints one JSON line per message: {"accepted": bool, "error": str | null}.

MODE `batch`: all messages as one loader batch (collections first, then each collection's items).
MODE `each`: every message that passes the models is loaded on its own, so a failure in pypgstac or
pgstac (which fails a whole collection group) is charged to the message that caused it.
"""

import json
import logging
import sys
import warnings
from collections import defaultdict

import stac_loader.handler as handler

SNS_TIME = "2024-01-01T00:00:00.000Z"


class Errors(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.lines = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


def record(n: int, text: str) -> dict:
    envelope = {"Type": "Notification", "MessageId": f"m{n}", "Message": text, "Timestamp": SNS_TIME}
    return {"messageId": f"m{n}", "body": json.dumps(envelope)}


def through_models(texts):
    """process_record on each text: (per-message error or None, collections batch, items batch)."""
    collections = defaultdict(tuple)
    items = defaultdict(dict)
    errors = {}
    for n, text in enumerate(texts):
        catcher = Errors()
        logging.getLogger().addHandler(catcher)
        try:
            if handler.process_record(record(n, text), collections, items):
                errors[n] = " | ".join(catcher.lines)[:600] or "refused"
        finally:
            logging.getLogger().removeHandler(catcher)
    return errors, collections, items


def load(collections, items, dsn):
    """The handler's two load calls; returns the failed message ids and the error lines."""
    catcher = Errors()
    logging.getLogger().addHandler(catcher)
    try:
        failed = handler.load_collections_to_db(collections, dsn)
        for cid, batch in items.items():
            failed += handler.load_items_for_collection(cid, batch, dsn)
    finally:
        logging.getLogger().removeHandler(catcher)
    return {f["itemIdentifier"] for f in failed}, " | ".join(catcher.lines)[:600]


def main() -> int:
    mode, dsn = sys.argv[1], sys.argv[2]
    root = logging.getLogger()
    root.setLevel(logging.ERROR)
    for h in list(root.handlers):
        root.removeHandler(h)
    texts = [line.rstrip("\n") for line in sys.stdin if line.strip()]
    with warnings.catch_warnings():  # geojson-pydantic warns about odd GeometryCollections
        warnings.simplefilter("ignore")
        errors, collections, items = through_models(texts)
        if mode == "batch":
            failed, why = load(collections, items, dsn)
            for mid in failed:
                errors[int(mid[1:])] = why or "load failed"
        else:
            for cid, entry in collections.items():
                failed, why = load({cid: entry}, {}, dsn)
                for mid in failed:
                    errors[int(mid[1:])] = why or "load failed"
            for cid, batch in items.items():
                for iid, entry in batch.items():
                    failed, why = load({}, {cid: {iid: entry}}, dsn)
                    for mid in failed:
                        errors[int(mid[1:])] = why or "load failed"
    for n in range(len(texts)):
        print(json.dumps({"accepted": n not in errors, "error": errors.get(n)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
