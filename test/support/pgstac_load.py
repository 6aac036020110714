"""Loads STAC documents into pgstac exactly as eoapi-cdk's StacLoader does.

    python pgstac_load.py DSN < docs.ndjson

Run in the twin's stac-loader venv (stac-pydantic + pypgstac at the loader's pinned versions).
Each line is one Collection or Item. Collections are validated with stac-pydantic's
`Collection(**doc).model_dump(mode="json")`, items with `Item(**doc).model_dump(mode="json")`
(the handler's calls), then written with `Loader.load_collections` / `Loader.load_items`,
`insert_mode=Methods.upsert`. Prints a JSON summary on stdout.
"""

import json
import sys
from collections import defaultdict

from pypgstac.db import PgstacDB
from pypgstac.load import Loader, Methods
from stac_pydantic.collection import Collection
from stac_pydantic.item import Item


def main() -> int:
    dsn = sys.argv[1]
    collections = []
    items = defaultdict(list)
    for line in sys.stdin:
        line = line.strip()
        if not line:
            continue
        doc = json.loads(line)
        if doc["type"] == "Collection":
            collections.append(Collection(**doc).model_dump(mode="json"))
        elif doc["type"] == "Feature":
            item = Item(**doc)
            items[item.collection].append(item.model_dump(mode="json"))
        else:
            raise ValueError(f"unsupported type {doc['type']!r}")
    with PgstacDB(dsn=dsn) as db:
        loader = Loader(db=db)
        if collections:
            loader.load_collections(file=collections, insert_mode=Methods.upsert)
        for group in items.values():
            loader.load_items(file=group, insert_mode=Methods.upsert)
    print(json.dumps({"collections": len(collections), "items": sum(len(g) for g in items.values())}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
