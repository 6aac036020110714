"""The StacLoader losing a batch to pgstac's queued partition constraint, made deterministic.

    python partition_cutoff.py DSN ADMIN_DSN COLLECTION < batches.json     (in the twin's stac-loader venv)

With `use_queue` on (MAAP's setting), pgstac gives a partition its datetime CHECK constraint only
when pg_cron runs the query queue (`CALL run_queued_queries()`), set to the range of the rows
committed then. An invocation that read the partition's bounds before that and inserts after gets
a CheckViolation; pypgstac 0.9.9's `load_partition` retries it (tenacity) with the same item
iterator, which the failed COPY used up, so the retry inserts nothing and succeeds.

Here the cron run is placed in that window: just before the last batch's `load_partition`. The
input is a JSON list of batches, each a list of item numbers (item N is at 2024-01-01T00:00:00Z + N
seconds); every batch goes through the handler's own `load_items_for_collection`, as one invocation
each, in order. Prints {"failures": [failures the handler reported, per batch], "stored": [item
numbers in pgstac], "retried": [exceptions pypgstac retried]}.
"""

import datetime as dt
import json
import sys

import psycopg
import stac_loader.handler as handler
from pypgstac.load import Loader
from stac_pydantic.collection import Collection
from stac_pydantic.item import Item

BASE = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)


def item(collection: str, i: int) -> dict:
    at = (BASE + dt.timedelta(seconds=i)).strftime("%Y-%m-%dT%H:%M:%SZ")
    doc = {"type": "Feature", "stac_version": "1.0.0", "id": f"{collection}-{i}", "collection": collection,
           "geometry": {"type": "Point", "coordinates": [0, 0]}, "bbox": [0, 0, 0, 0],
           "properties": {"datetime": at}, "links": [], "assets": {}}
    return Item(**doc).model_dump(mode="json")


def main() -> int:
    dsn, admin_dsn, collection = sys.argv[1:4]
    batches = json.load(sys.stdin)
    retried = []
    Loader.load_partition.retry.before_sleep = lambda state: retried.append(type(state.outcome.exception()).__name__)
    coll = {"type": "Collection", "stac_version": "1.0.0", "id": collection, "description": "d",
            "license": "proprietary", "links": [],
            "extent": {"spatial": {"bbox": [[-180, -90, 180, 90]]}, "temporal": {"interval": [[None, None]]}}}
    handler.load_collections_to_db({collection: (Collection(**coll).model_dump(mode="json"), "c", BASE)}, dsn)
    original = Loader.load_partition
    with psycopg.connect(admin_dsn, autocommit=True) as admin:
        def cron_then_load(self, *args, **kwargs):
            admin.execute("CALL pgstac.run_queued_queries()")  # what pg_cron runs (MAAP: every 10 minutes)
            return original(self, *args, **kwargs)

        failures = []
        for n, ids in enumerate(batches):
            Loader.load_partition = cron_then_load if n == len(batches) - 1 else original
            records = {f"{collection}-{i}": (item(collection, i), f"m{i}", BASE) for i in ids}
            failures.append(handler.load_items_for_collection(collection, records, dsn))
        Loader.load_partition = original
        rows = admin.execute("SELECT id FROM pgstac.items WHERE collection = %s", (collection,)).fetchall()
    stored = sorted(int(r[0].rsplit("-", 1)[1]) for r in rows)
    print(json.dumps({"failures": failures, "stored": stored, "retried": retried}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
