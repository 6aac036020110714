"""Documents pushed through the real StacLoader handler, for twin/stored_form.py.

- `rejections()`: mutations of a valid Item / Collection through the handler's own `process_record`
  (SNS envelope -> json.loads -> Item(**doc) / Collection(**doc) -> model_dump); no database.
- `numbers()`: the number path of members no model types (Python json.loads, then orjson.dumps as
  pypgstac does before COPY).
- `verify()`: documents through `process_record`, `load_collections_to_db` and
  `load_items_for_collection` into the running twin's pgstac; read back from pgstac and through the
  STAC API; every difference sent -> models -> pgstac -> API, and a check of each static finding.
- `transformations()` / `render_text()`: the report's summary.
"""

from __future__ import annotations

import copy
import json
import logging
import os
import re
import urllib.request
import warnings
from collections import defaultdict
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Tuple

import orjson

STATE_ROOT = Path(os.environ.get("TWIN_HOME", str(Path(__file__).resolve().parent.parent / ".twin"))).resolve()
SNS_TIME = "2024-01-01T00:00:00.000Z"
DELETE = object()


class Errors(logging.Handler):
    """Collects the handler's own ERROR lines (it logs a failure and reports the record id)."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.lines: List[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


def _handler():
    import stac_loader.handler as handler
    root = logging.getLogger()
    root.setLevel(logging.ERROR)
    for h in list(root.handlers):
        if not isinstance(h, Errors):
            root.removeHandler(h)
    return handler


def _record(n: int, text: str) -> Dict[str, Any]:
    envelope = {"Type": "Notification", "Message": text, "Timestamp": SNS_TIME}
    return {"messageId": f"m{n}", "body": json.dumps(envelope)}


def through_models(texts: List[str]) -> Tuple[List[Dict[str, Any]], List[str], Dict, Dict]:
    """process_record on each text; returns failures, error lines, and the handler's two batches."""
    handler = _handler()
    errors = Errors()
    logging.getLogger().addHandler(errors)
    collections: Dict = defaultdict(tuple)
    items: Dict = defaultdict(dict)
    try:
        with warnings.catch_warnings():  # geojson-pydantic warns about odd GeometryCollections
            warnings.simplefilter("ignore")
            failures = [f for n, t in enumerate(texts)
                        if (f := handler.process_record(_record(n, t), collections, items))]
    finally:
        logging.getLogger().removeHandler(errors)
    return failures, errors.lines, collections, items


# ---------------------------------------------------------------------------
# rejections at the model stage
# ---------------------------------------------------------------------------
BASE_ITEM = {
    "type": "Feature", "stac_version": "1.0.0", "id": "probe-item", "collection": "probe",
    "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]]}, "bbox": [0, 0, 1, 1],
    "properties": {"datetime": "2020-01-01T00:00:00Z"},
    "assets": {"data": {"href": "https://example.com/d.tif"}}, "links": [],
}
BASE_COLLECTION = {
    "type": "Collection", "stac_version": "1.0.0", "id": "probe", "description": "probe", "license": "CC-BY-4.0",
    "extent": {"spatial": {"bbox": [[-10, -10, 10, 10]]},
               "temporal": {"interval": [["2020-01-01T00:00:00Z", None]]}},
    "links": [],
}
POINT = {"type": "Point", "coordinates": [0, 0]}
# (name, base, JSON pointer, new value or DELETE)
MUTATIONS: List[Tuple[str, str, str, Any]] = [
    ("leap second", "item", "/properties/datetime", "2016-12-31T23:59:60Z"),
    ("hour 24", "item", "/properties/datetime", "2020-01-01T24:00:00Z"),
    ("datetime without offset", "item", "/properties/datetime", "2020-01-01T00:00:00"),
    ("date only", "item", "/properties/datetime", "2020-01-01"),
    ("compact ISO 8601", "item", "/properties/datetime", "20200101T000000Z"),
    ("datetime as unix seconds", "item", "/properties/datetime", 1577836800),
    ("datetime null, no range", "item", "/properties/datetime", None),
    ("start_datetime without end", "item", "/properties/start_datetime", "2020-01-01T00:00:00Z"),
    ("created without offset", "item", "/properties/created", "2020-01-01T00:00:00"),
    ("custom property without offset", "item", "/properties/my:time", "2020-01-01T00:00:00"),
    ("open polygon ring", "item", "/geometry/coordinates/0/3", [0, 0.5]),
    ("ring of 3 positions", "item", "/geometry/coordinates/0", [[0, 0], [1, 0], [0, 0]]),
    ("position of 4 numbers", "item", "/geometry/coordinates/0/1", [1, 0, 0, 0]),
    ("position of 1 number", "item", "/geometry/coordinates/0/1", [1]),
    ("position as strings", "item", "/geometry/coordinates/0/1", ["1", "0"]),
    ("LineString of 1 position", "item", "/geometry", {"type": "LineString", "coordinates": [[0, 0]]}),
    ("GeometryCollection mixing 2D and 3D", "item", "/geometry",
     {"type": "GeometryCollection", "geometries": [POINT, {"type": "Point", "coordinates": [0, 0, 1]}]}),
    ("unknown geometry type", "item", "/geometry/type", "Curve"),
    ("geometry null", "item", "/geometry", None),
    ("geometry without bbox", "item", "/bbox", DELETE),
    ("bbox of 5 numbers", "item", "/bbox", [0, 0, 1, 1, 1]),
    ("bbox min y > max y", "item", "/bbox", [0, 1, 1, 0]),
    ("bbox crossing the antimeridian", "item", "/bbox", [170, 0, -170, 1]),
    ("id empty", "item", "/id", ""),
    ("id a number", "item", "/id", 7),
    ("no collection", "item", "/collection", DELETE),
    ("asset without href", "item", "/assets/data/href", DELETE),
    ("asset href empty", "item", "/assets/data/href", ""),
    ("gsd 0", "item", "/properties/gsd", 0),
    ("gsd a numeric string", "item", "/properties/gsd", "10"),
    ("title a number", "item", "/properties/title", 5),
    ("stac_version not semver", "item", "/stac_version", "1.0"),
    ("stac_extensions entry not a URL", "item", "/stac_extensions", ["eo"]),
    ("no links", "item", "/links", DELETE),
    ("no assets", "item", "/assets", DELETE),
    ("link without rel", "item", "/links", [{"href": "https://example.com"}]),
    ("provider without name", "item", "/properties/providers", [{"roles": ["host"]}]),
    ("type FeatureCollection", "item", "/type", "FeatureCollection"),
    ("collection: no license", "collection", "/license", DELETE),
    ("collection: description empty", "collection", "/description", ""),
    ("collection: bbox outside WGS84", "collection", "/extent/spatial/bbox", [[-181, -10, 10, 10]]),
    ("collection: bbox of 3 numbers", "collection", "/extent/spatial/bbox", [[0, 0, 1]]),
    ("collection: sub-bbox outside the overall one", "collection", "/extent/spatial/bbox",
     [[-10, -10, 10, 10], [20, 20, 30, 30]]),
    ("collection: empty bbox list", "collection", "/extent/spatial/bbox", []),
    ("collection: interval start after end", "collection", "/extent/temporal/interval",
     [["2021-01-01T00:00:00Z", "2020-01-01T00:00:00Z"]]),
    ("collection: interval of 1 value", "collection", "/extent/temporal/interval", [["2020-01-01T00:00:00Z"]]),
    ("collection: no interval", "collection", "/extent/temporal/interval", []),
    ("collection: interval leap second", "collection", "/extent/temporal/interval/0/0", "2016-12-31T23:59:60Z"),
    ("collection: summary a string", "collection", "/summaries", {"platform": "x"}),
    ("collection: keywords not strings", "collection", "/keywords", [1]),
    ("collection: provider url not a URL", "collection", "/providers", [{"name": "p", "url": "not a url"}]),
]


def set_pointer(doc: Any, pointer: str, value: Any) -> Any:
    out = copy.deepcopy(doc)
    parts = [p.replace("~1", "/").replace("~0", "~") for p in pointer.split("/")[1:]]
    node = out
    for p in parts[:-1]:
        node = node[int(p)] if isinstance(node, list) else node[p]
    last = parts[-1]
    if value is DELETE:
        del node[int(last) if isinstance(node, list) else last]
    elif isinstance(node, list):
        node[int(last)] = value
    else:
        node[last] = value
    return out


def rejections() -> List[Dict[str, Any]]:
    rows = []
    for name, base, pointer, value in MUTATIONS:
        doc = set_pointer(BASE_ITEM if base == "item" else BASE_COLLECTION, pointer, value)
        failures, errors, _, _ = through_models([json.dumps(doc)])
        rows.append({"case": name, "document": base, "pointer": pointer,
                     "value": "(deleted)" if value is DELETE else value,
                     "outcome": "rejected" if failures else "accepted",
                     "error": _short(errors[0]) if errors else None})
    return rows


def _short(line: str) -> str:
    line = re.sub(r"_items_\d+", "_items_<n>", line.split("] ", 1)[-1])  # partition names vary per run
    keep = [x for x in line.splitlines() if not x.strip().startswith("For further information")]
    return " | ".join(x.strip() for x in keep)[:400]


def numbers() -> List[Dict[str, Any]]:
    """Members no model types: json.loads (the handler) then orjson.dumps (pypgstac) of the value."""
    rows = []
    for text in ["9007199254740993", "18446744073709551615", "18446744073709551616", "-9223372036854775808",
                 "-9223372036854775809", "123456789012345678901234567890", "1e20", "1E5", "1.10", "-0.0", "1e-7",
                 "0.1000000000000000055511151231257827", "1e400", "NaN"]:
        value = json.loads(text)
        try:
            out = orjson.dumps(value).decode()
        except orjson.JSONEncodeError as e:
            out = f"ERROR: {e}"
        rows.append({"sent": text, "python": repr(value), "to_postgres": out})
    return rows


# ---------------------------------------------------------------------------
# differences, with number text kept (10 and 10.0 differ; 1e-7 and 0.0000001 are the same value)
# ---------------------------------------------------------------------------
class Num(str):
    """A JSON number as written."""


def parse(text: str) -> Any:
    return json.loads(text, parse_int=Num, parse_float=Num, parse_constant=Num)


def text(v: Any) -> str:
    """JSON text of a parsed value, numbers as they were written."""
    if isinstance(v, Num):
        return str(v)
    if isinstance(v, dict):
        return "{" + ", ".join(f"{json.dumps(k, ensure_ascii=False)}: {text(x)}" for k, x in v.items()) + "}"
    if isinstance(v, list):
        return "[" + ", ".join(text(x) for x in v) + "]"
    return json.dumps(v, ensure_ascii=False)


def _num_value(n: Num) -> Optional[Decimal]:
    try:
        return Decimal(n)
    except InvalidOperation:
        return None


def diff(a: Any, b: Any, path: str = "") -> List[Dict[str, Any]]:
    if isinstance(a, dict) and isinstance(b, dict):
        out: List[Dict[str, Any]] = []
        for k in list(a) + [k for k in b if k not in a]:
            p = f"{path}/{k}"
            if k not in b:
                out.append({"path": p, "change": "removed", "before": text(a[k])})
            elif k not in a:
                out.append({"path": p, "change": "added", "after": text(b[k])})
            else:
                out += diff(a[k], b[k], p)
        return out
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        return [d for i, (x, y) in enumerate(zip(a, b, strict=True)) for d in diff(x, y, f"{path}/{i}")]
    if isinstance(a, Num) and isinstance(b, Num):
        if a == b:
            return []
        same = _num_value(a) is not None and _num_value(a) == _num_value(b)
        return [{"path": path, "change": "number text" if same else "changed", "before": a, "after": b}]
    if type(a) is type(b) and a == b:
        return []
    return [{"path": path, "change": "changed", "before": text(a), "after": text(b)}]


# ---------------------------------------------------------------------------
# verification against the twin's pgstac
# ---------------------------------------------------------------------------
CASES: Dict[str, str] = {
    "collection": """{"type": "Collection", "id": "sf-probe", "stac_version": "1.0.0",
 "stac_extensions": ["HTTPS://Stac-Extensions.GitHub.io/eo/v1.1.0/schema.json", "https://example.com:443/x.json"],
 "title": null, "description": "probe", "license": "CC-BY-4.0", "keywords": ["a"],
 "providers": [{"name": "p", "roles": ["producer"], "url": "HTTPS://Example.COM", "email": "a@example.com",
                "processing:level": "L2"}],
 "extent": {"spatial": {"bbox": [[-10, -10, 10, 10]], "crs": "http://www.opengis.net/def/crs/OGC/1.3/CRS84"},
            "temporal": {"interval": [["2020-01-01T02:00:00+02:00", "2020-12-31T23:59:59.5Z"]], "trs": "x"},
            "note": "x"},
 "summaries": {"gsd": {"minimum": 10, "maximum": 60, "unit": "m"}, "platform": ["a", "b"],
               "eo:cloud_cover": {"type": "number", "minimum": 0}},
 "item_assets": {"data": {"type": "image/tiff; application=geotiff", "roles": ["data"], "raster:scale": 1,
                          "my:flag": 1}},
 "assets": {"thumb": {"href": "https://example.com/t.png", "type": "image/png", "file:size": 1.0, "title": null}},
 "links": [{"rel": "license", "href": "https://example.com/LICENSE", "type": null}],
 "sci:citation": "x",
 "numbers": {"trailing_zero": 1.10, "exponent": 1e20, "small": 1e-7, "beyond_2_53": 9007199254740993,
             "float_int": 10.0, "negative_zero": -0.0, "overflow": 1e400}}""",
    "item": """{"type": "Feature", "stac_version": "1.0.0", "id": "sf-item", "collection": "sf-probe",
 "stac_extensions": ["https://EXAMPLE.com:443/ext/v1.0.0/schema.json"],
 "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [1.0, 0], [1, 1.5], [0.1, 0.25], [0, 0]]],
              "bbox": [0, 0, 1, 1.5], "foreign": "x"},
 "bbox": [0, 0, 1, 1.5],
 "properties": {"datetime": "2020-06-01T14:00:00.5+02:00", "created": "2020-06-01T12:00:00.000Z",
                "updated": "2020-06-01T12:00:00.1234567Z", "gsd": 10, "title": null,
                "providers": [{"name": "p", "email": "e@example.com"}],
                "my:time": "2020-06-01T14:00:00+02:00", "my:n": 1.10, "my:e": 1e20, "my:i": 9007199254740993,
                "my:obj": {"a": null, "b": [null, 1]}},
 "assets": {"data": {"href": "https://example.com/d.tif", "type": "image/tiff; application=geotiff",
                     "roles": ["data"], "raster:scale": 1.0, "my:flag": true, "title": null},
            "extra": {"href": "https://example.com/e.json", "roles": []}},
 "links": [{"rel": "self", "href": "https://example.com/sf-item.json"},
           {"rel": "license", "href": "https://example.com/LICENSE", "type": null, "my:x": 1}],
 "foreign_member": "x"}""",
    "item-range": """{"type": "Feature", "stac_version": "1.0.0", "id": "sf-range", "collection": "sf-probe",
 "geometry": {"type": "Point", "coordinates": [2, 3]}, "bbox": [2, 3, 2, 3],
 "properties": {"datetime": null, "start_datetime": "2020-01-01T00:00:00Z",
                "end_datetime": "2020-01-02T00:00:00+00:00"},
 "assets": {}, "links": []}""",
    "item-placeholder": """{"type": "Feature", "stac_version": "1.0.0", "id": "sf-orphan", "collection": "sf-missing",
 "geometry": {"type": "Point", "coordinates": [2, 3]}, "bbox": [2, 3, 2, 3],
 "properties": {"datetime": "2020-01-01T00:00:00Z"}, "assets": {}, "links": []}""",
}

# (finding, case, pointer, what the models predict: "removed", or a kind whose probe gives the value)
EXPECTED: List[Tuple[str, str, str, str]] = [
    ("Provider drops unknown members", "collection", "/providers/0/email", "removed"),
    ("Provider drops unknown members", "collection", "/providers/0/processing:level", "removed"),
    ("SpatialExtent drops unknown members", "collection", "/extent/spatial/crs", "removed"),
    ("TimeInterval drops unknown members", "collection", "/extent/temporal/trs", "removed"),
    ("Extent drops unknown members", "collection", "/extent/note", "removed"),
    ("summaries: an object that fits Range loses other members", "collection", "/summaries/gsd/unit", "removed"),
    ("summaries: an object that does not fit Range is kept", "collection", "/summaries/eo:cloud_cover/type",
     "kept"),
    ("Collection keeps unknown members", "collection", "/sci:citation", "kept"),
    ("stac_extensions are normalized URLs", "collection", "/stac_extensions/0", "url"),
    ("stac_extensions are normalized URLs", "collection", "/stac_extensions/1", "url"),
    ("Item drops unknown top-level members", "item", "/foreign_member", "removed"),
    ("Item properties: providers drop unknown members", "item", "/properties/providers/0/email", "removed"),
    ("Item properties keep unknown members", "item", "/properties/my:time", "kept"),
    ("datetime to UTC, pydantic form", "item", "/properties/datetime", "datetime (aware, to UTC)"),
    ("created to UTC, pydantic form", "item", "/properties/created", "datetime (aware, to UTC)"),
    ("updated to UTC, pydantic form", "item", "/properties/updated", "datetime (aware, to UTC)"),
    ("gsd is a float", "item", "/properties/gsd", "float"),
    ("stac_extensions are normalized URLs", "item", "/stac_extensions/0", "url"),
    ("Asset keeps unknown members", "item", "/assets/extra/roles", "kept"),
    ("Link keeps unknown members", "item", "/links/1/my:x", "kept"),
    ("item bbox numbers are floats", "item", "/bbox/0", "float"),
    ("end_datetime to UTC, pydantic form", "item-range", "/properties/end_datetime", "datetime (aware, to UTC)"),
]


class Twin:
    def __init__(self) -> None:
        env = json.loads((STATE_ROOT / "run/env.json").read_text())
        self.dsn, self.admin, self.api = env["pg_dsn"], env["pg_admin_dsn"], env["stac_api_url"]

    def sql(self, query: str, args: Tuple = (), admin: bool = False) -> Any:
        import psycopg
        with psycopg.connect(self.admin if admin else self.dsn, autocommit=True) as conn:
            row = conn.execute(query, args).fetchone()
        return row[0] if row else None

    def collection(self, cid: str) -> Optional[str]:
        return self.sql("SELECT content::text FROM pgstac.collections WHERE id = %s", (cid,))

    def item(self, iid: str, cid: str) -> Optional[str]:
        return self.sql("SELECT pgstac.get_item(%s, %s)::text", (iid, cid))

    def http(self, path: str) -> Any:
        req = urllib.request.Request(self.api + path, headers={"Accept": "application/json"})
        with urllib.request.urlopen(req, timeout=10) as r:  # loopback only
            doc = parse(r.read().decode())
        doc["links"] = [ln for ln in doc.get("links", []) if not str(ln.get("href", "")).startswith(self.api)]
        return doc

    def drop(self, ids: List[str]) -> None:
        for cid in ids:
            if self.collection(cid) is not None:
                self.sql("SELECT pgstac.delete_collection(%s)", (cid,), admin=True)

    def load(self, texts: List[str]) -> Tuple[List[Dict[str, Any]], List[str], Dict[str, Any]]:
        """The handler's path: process_record each text, then load collections, then items per collection."""
        handler = _handler()
        failures, errors, collections, items = through_models(texts)
        catcher = Errors()
        logging.getLogger().addHandler(catcher)
        try:
            failures += handler.load_collections_to_db(collections, self.dsn)
            for cid, batch in items.items():
                failures += handler.load_items_for_collection(cid, batch, self.dsn)
        finally:
            logging.getLogger().removeHandler(catcher)
        dumped = {doc["id"]: doc for doc, _, _ in list(collections.values())}
        dumped.update({doc["id"]: doc for batch in items.values() for doc, _, _ in batch.values()})
        return failures, errors + catcher.lines, dumped


def _stages(sent: str, model: Optional[Dict[str, Any]], stored: Optional[str], api: Any) -> Dict[str, Any]:
    sent_doc = parse(sent)
    model_doc = parse(orjson.dumps(model).decode()) if model is not None else None
    stored_doc = parse(stored) if stored is not None else None
    return {
        "sent_to_models": diff(sent_doc, model_doc) if model_doc is not None else None,
        "models_to_pgstac": diff(model_doc, stored_doc) if stored_doc is not None and model_doc else None,
        "pgstac_to_api": diff(_no_links(stored_doc), _no_links(api)) if api is not None and stored_doc else None,
        "sent_to_pgstac": diff(sent_doc, stored_doc) if stored_doc is not None else None,
        "stored": _plain(stored_doc),
    }


def _no_links(doc: Any) -> Any:
    """The API rewrites links (drops stored self/root/parent/collection, adds its own): compared apart."""
    return {k: v for k, v in doc.items() if k != "links"}


def _at(doc: Any, pointer: str) -> Any:
    node = doc
    for p in pointer.split("/")[1:]:
        if isinstance(node, list):
            node = node[int(p)] if p.isdigit() and int(p) < len(node) else DELETE
        elif isinstance(node, dict):
            node = node.get(p, DELETE)
        if node is DELETE:
            return DELETE
    return node


def _plain(v: Any) -> Any:
    """Num -> Python int/float (json's own reading), recursively."""
    return json.loads(text(v))


def _check(finding: str, case: str, pointer: str, expect: str, sent: Any, stored: Any,
           predict: Callable[[str, Any], Any]) -> Dict[str, Any]:
    before, after = _at(sent, pointer), _at(stored, pointer)
    if expect == "removed":
        ok, predicted = after is DELETE, "(absent)"
    elif expect == "kept":
        predicted = _plain(before)
        ok = after is not DELETE and _plain(after) == predicted
    else:
        predicted = predict(expect, _plain(before))
        got = _plain(after) if after is not DELETE else DELETE
        ok = got is not DELETE and got == predicted and type(got) is type(predicted)
    return {"finding": finding, "case": case, "pointer": pointer, "sent": _plain(before),
            "predicted_by_models": predicted, "stored_in_pgstac": "(absent)" if after is DELETE else _plain(after),
            "ok": ok}


def _load_stage(twin: Twin) -> List[Dict[str, Any]]:
    """Batches the models accept and pypgstac / pgstac refuse (or accept), as the loader batches them."""
    def item(iid: str, cid: str, **changes: Any) -> str:
        doc = dict(BASE_ITEM, id=iid, collection=cid, properties=dict(BASE_ITEM["properties"]))
        for key, value in changes.items():
            doc = set_pointer(doc, "/" + key.replace("__", "/"), value)
        return json.dumps(doc)

    mixed = json.dumps(dict(BASE_COLLECTION, id="sf-mixed"))
    twin.load([mixed])
    batches = [
        ("integer beyond 64 bits, beside a good item in the same batch",
         [item("sf-good", "sf-probe"),
          item("sf-bigint", "sf-probe", properties__my_big=123456789012345678901234567890)]),
        ("same second with and without fractional seconds, one batch",
         [item("sf-whole", "sf-mixed", properties__datetime="2021-03-01T12:00:00Z"),
          item("sf-half", "sf-mixed", properties__datetime="2021-03-01T12:00:00.5Z")]),
        ("the same two items, one batch each (1/2)", [item("sf-whole", "sf-mixed",
                                                           properties__datetime="2021-03-01T12:00:00Z")]),
        ("the same two items, one batch each (2/2)", [item("sf-half", "sf-mixed",
                                                           properties__datetime="2021-03-01T12:00:00.5Z")]),
        ("geometry null (the models allow it)", [item("sf-nogeom", "sf-probe", geometry=None, bbox=DELETE)]),
        ("start_datetime after end_datetime", [item("sf-backwards", "sf-probe", properties__datetime=None,
                                                     properties__start_datetime="2021-01-02T00:00:00Z",
                                                     properties__end_datetime="2021-01-01T00:00:00Z")]),
    ]
    rows = []
    for name, texts in batches:
        failures, errors, _ = twin.load(texts)
        rows.append({"case": name, "ids": [json.loads(t)["id"] for t in texts],
                     "failed": [f["itemIdentifier"] for f in failures], "error": _short(errors[0]) if errors else None,
                     "outcome": "rejected" if failures else "accepted"})
    return rows


def verify(predict: Callable[[str, Any], Any]) -> Dict[str, Any]:
    """Push CASES through the handler into the running twin; read back; check EXPECTED."""
    twin = Twin()
    twin.drop(["sf-probe", "sf-missing", "sf-mixed"])
    results: Dict[str, Any] = {}
    failures, errors, dumped = twin.load([CASES["collection"]])
    results["collection"] = _stages(CASES["collection"], dumped.get("sf-probe"), twin.collection("sf-probe"),
                                    twin.http("/collections/sf-probe"))
    item_failures, item_errors, dumped = twin.load([CASES["item"], CASES["item-range"]])
    failures, errors = failures + item_failures, errors + item_errors
    for case, iid in (("item", "sf-item"), ("item-range", "sf-range")):
        results[case] = _stages(CASES[case], dumped.get(iid), twin.item(iid, "sf-probe"),
                                twin.http(f"/collections/sf-probe/items/{iid}"))
    before = twin.collection("sf-probe") or "{}"
    twin.sql("SELECT pgstac.run_queued_queries_intransaction()", admin=True)  # what pg_cron runs every minute
    results["collection after its items (pgstac's queued extent update)"] = {
        "pgstac_before_to_after": diff(parse(before), parse(twin.collection("sf-probe") or "{}"))}
    os.environ["CREATE_COLLECTIONS_IF_MISSING"] = "TRUE"
    failures += twin.load([CASES["item-placeholder"]])[0]
    results["placeholder collection (CREATE_COLLECTIONS_IF_MISSING)"] = {
        "stored": json.loads(twin.collection("sf-missing") or "null")}
    checks = [_check(f, case, ptr, exp, parse(CASES[case]), parse(json.dumps(results[case]["stored"])),
                     predict) for f, case, ptr, exp in EXPECTED]
    return {"unexpected_failures": [f["itemIdentifier"] for f in failures], "errors": errors,
            "cases": results, "checks": checks, "load_stage": _load_stage(twin)}



# ---------------------------------------------------------------------------
# summary
# ---------------------------------------------------------------------------
UNCHANGING_KINDS = {"model", "str", "literal", "any", "enum", "int", "bool"}


def _t(stage: str, where: Any, what: str) -> Dict[str, Any]:
    return {"stage": stage, "where": where if isinstance(where, list) else [where], "what": what}


def _model_rows(models: Dict[str, Any]) -> List[Dict[str, Any]]:
    rows = []
    for name, m in models.items():
        if m["root_model"]:
            continue
        names = ", ".join(f["alias"] or f["name"] for f in m["fields"])
        if m["extra"] == "ignore":
            rows.append(_t("models", m["applies_at"], f"{name}: members other than ({names}) are dropped"))
        elif m["extra"] == "allow":
            rows.append(_t("models", m["applies_at"], f"{name}: unknown members are kept"))
        nulls = " / ".join(m["null_members_removed_in_json_dump"])
        if nulls:
            rows.append(_t("models", m["applies_at"], f"{name}: a null {nulls} member is removed "
                           "(geojson-pydantic's JSON-mode serializer)"))
    return rows


def _kind_rows(models: Dict[str, Any], behaviour: Dict[str, Any]) -> List[Dict[str, Any]]:
    where: Dict[str, List[str]] = defaultdict(list)
    for m in models.values():
        for f in m["fields"]:
            for k in f["kinds"]:
                if k not in UNCHANGING_KINDS:
                    where[k] += [f"{base.rstrip('/')}/{f['alias'] or f['name']}" for base in m["applies_at"]]
    rows = []
    for kind, paths in where.items():
        samples = behaviour.get(kind, {}).get("samples", [])
        changed = [f"{_js(s['input'])} -> {_js(s['output'])}" for s in samples
                   if "output" in s and _js(s["output"]) != _js(s["input"])]
        refused = [_js(s["input"]) for s in samples if "rejected" in s]
        rows.append(_t("models", sorted(set(paths)), f"{kind}: " + "; ".join(changed)
                       + (f" | refused: {', '.join(refused)}" if refused else "")))
    return rows


def transformations(report: Dict[str, Any]) -> List[Dict[str, Any]]:
    rows = _model_rows(report["models"]) + _kind_rows(report["models"], report["type_behaviour"])
    for u in report["model_unions"]:
        if not u["extra_member_kept"]:
            rows.append(_t("models", u["field"], f"{u['union']}: an object that fits the model keeps only its "
                           f"fields: {json.dumps(u['input'])} -> {json.dumps(u['output'])}"))
    for d in report["code_path"]["calls"]["dump"]:
        rows.append(_t("models", d["in"], f"{d['call']} = model_dump{d['effective']}: exclude_unset -> absent "
                       "defaults stay absent; exclude_none false -> null members are sent to pgstac"))
    for n in report["numbers"]:
        if n["to_postgres"] != n["sent"]:
            rows.append(_t("json.loads + orjson", "numbers in members no model types",
                           f"{n['sent']} -> {n['to_postgres']}"))
    return rows + _observed_rows(report.get("verification", {}).get("cases", {}))


def _observed_rows(cases: Dict[str, Any]) -> List[Dict[str, Any]]:
    """Differences seen after the models, one row per (stage, case, change, path with indexes as *)."""
    groups: Dict[Tuple[str, str, str], List[Dict[str, Any]]] = defaultdict(list)
    for case, stages in cases.items():
        for stage in ("models_to_pgstac", "pgstac_to_api", "pgstac_before_to_after"):
            for d in stages.get(stage) or []:
                pattern = "/".join("*" if p.isdigit() else p for p in d["path"].split("/"))
                groups[(f"{stage} (observed)", f"{case}: {pattern}", d["change"])].append(d)
    rows = []
    for (stage, where, _), diffs in groups.items():
        examples = "; ".join(_change(d) for d in diffs[:3]) + (f"; ... ({len(diffs)} in all)" if len(diffs) > 3 else "")
        rows.append(_t(stage, where, examples))
    return rows


def _js(v: Any) -> str:
    return json.dumps(v, ensure_ascii=False)


def _change(d: Dict[str, Any]) -> str:
    def short(v: str) -> str:
        return v if len(v) <= 120 else v[:117] + "..."
    if d["change"] == "removed":
        return f"removed (was {short(d['before'])})"
    if d["change"] == "added":
        return f"added {short(d['after'])}"
    return f"{d['change']}: {short(d['before'])} -> {short(d['after'])}"


def render_text(r: Dict[str, Any]) -> str:
    out: List[str] = []
    v = r["versions"]
    out.append(f"StacLoader stored form (eoapi-cdk {v['eoapi_cdk']}, pgstac {v['pgstac']}, Python {v['python']})")
    for pkg, row in v["packages"].items():
        out.append(f"  {pkg:18s} {row['installed']:10s} lock: {row['built_lock']}"
                   f"{'' if row['matches_built_lock'] else '  MISMATCH'}")
    cp = r["code_path"]
    out.append(f"\nCode path ({cp['handler']}, same as runtime source: {cp['same_as_runtime_source']})")
    for stage, calls in cp["calls"].items():
        for c in calls:
            out.append(f"  {stage:8s} {c['in']}:{c['line']}  {c['call']}" + (f"  effective {c['effective']}"
                                                                            if "effective" in c else ""))
    out.append("\nModels")
    for name, m in r["models"].items():
        out.append(f"  {name} ({m['class']}): unknown members {m['unknown_members']}; at {', '.join(m['applies_at'])}")
        for f in m["fields"]:
            req = "required" if f["required"] else f"default {f['default']}"
            cons = f" {f['constraints']}" if f["constraints"] else ""
            out.append(f"      {f['alias'] or f['name']}: {f['type']} ({req}){cons}")
        for val in m["validators"]:
            out.append(f"      [{val['kind']} {val['mode']}] {val['defined_in']} {val['fields']} {val['doc']}")
    out.append("\nType behaviour (sample -> stored)")
    for kind, b in r["type_behaviour"].items():
        out.append(f"  {kind}: {b['annotation']}")
        for s in b["samples"]:
            res = f"REFUSED ({s['rejected']})" if "rejected" in s else json.dumps(s["output"], ensure_ascii=False)
            out.append(f"      {json.dumps(s['input'], ensure_ascii=False)} -> {res}")
    out += _text_rows(r)
    return "\n".join(out) + "\n"


def _text_rows(r: Dict[str, Any]) -> List[str]:
    out = ["\nNumbers in members no model types (json.loads, then orjson.dumps into Postgres)"]
    out += [f"  {n['sent']} -> {n['to_postgres']}" for n in r["numbers"]]
    out.append("\nRejections at the model stage (process_record)")
    out += [f"  {x['outcome']:8s} {x['case']}" + (f": {x['error']}" if x["error"] else "") for x in r["rejections"]]
    out.append("\nTransformations")
    out += [f"  [{t['stage']}] {t['what']}\n      at {', '.join(t['where'][:8])}" for t in r["transformations"]]
    ver = r.get("verification")
    if ver:
        out.append("\nVerification in the twin's pgstac (static prediction vs stored)")
        out += [f"  {'ok  ' if c['ok'] else 'FAIL'} {c['finding']}: {c['case']}{c['pointer']} "
                f"{json.dumps(c['sent'])} -> predicted {json.dumps(c['predicted_by_models'])}, "
                f"stored {json.dumps(c['stored_in_pgstac'])}" for c in ver["checks"]]
        out.append("  load stage:")
        out += [f"    {x['outcome']:8s} {x['case']}: failed {x['failed']}" + (f" ({x['error']})" if x["error"] else "")
                for x in ver["load_stage"]]
        placeholder = ver["cases"].get("placeholder collection (CREATE_COLLECTIONS_IF_MISSING)", {}).get("stored")
        out.append(f"  placeholder collection stored by the loader: {json.dumps(placeholder)}")
        if ver["unexpected_failures"]:
            out.append(f"  UNEXPECTED failures: {ver['unexpected_failures']} {ver['errors']}")
    return out
