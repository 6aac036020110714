#!/usr/bin/env python3
"""What the StacLoader stores, modelled from the real thing (issue 11).

    .twin/venvs/stac-loader/bin/python twin/stored_form.py [--json] [--verify] [--out FILE]

Runs inside the twin's stac-loader venv, which holds the exact stac-pydantic / pydantic /
geojson-pydantic / pypgstac versions the eoapi-cdk loader runtime pins, and the real handler
(`stac_loader.handler`). Nothing here restates those libraries: the report is read from them.

1. The loader's code path, read from the handler's source (which models it builds, how it
   dumps them, how it loads them).
2. Every pydantic model reachable from `Item` and `Collection`: extra-member policy, fields
   (type, alias, required/default, constraints), validators and serializers.
3. How the field types behave, by validating sample inputs through the types themselves
   (datetimes, URLs, floats, numbers, strings, positions) and through unions that hold a model.
4. Documents pushed through the handler's own `process_record` (no database): which mutations
   of a valid Item/Collection the loader rejects, with the handler's own error line.
5. With --verify (needs `twin/twin.py start`): tiny documents through the handler's own
   functions into the twin's pgstac, read back with pgstac's `get_item` / the collection
   content and through the STAC API; every difference sent -> models -> pgstac -> API.

Standard output: a readable report, or JSON with --json. --out writes the JSON to a file too.
twin/stored-form.json is `--verify --out twin/stored-form.json` on a fresh twin; twin/STORED_FORM.md
summarises it. Exit status 1 if a static finding is not what pgstac stored.
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import importlib.metadata
import inspect
import json
import os
import sys
import types
import typing
from enum import Enum
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

try:
    from pydantic import AnyUrl, AwareDatetime, BaseModel, RootModel, TypeAdapter, ValidationError
    from stac_pydantic import Collection, Item

    import stored_form_probe as probe  # beside this file (the script's directory is on sys.path)
except ImportError as e:  # not the loader's venv
    sys.exit(f"stored_form.py: {e}; run it with the twin's loader venv: "
             ".twin/venvs/stac-loader/bin/python twin/stored_form.py")

TWIN_DIR = Path(__file__).resolve().parent
STATE_ROOT = Path(os.environ.get("TWIN_HOME", str(TWIN_DIR.parent / ".twin"))).resolve()
PACKAGES = ("stac-pydantic", "pydantic", "pydantic-core", "geojson-pydantic", "pypgstac", "orjson",
            "plpygis", "hydraters")


# ---------------------------------------------------------------------------
# 0. versions: installed in this venv vs pinned by the runtime
# ---------------------------------------------------------------------------
def lock_versions(lock: Path) -> Dict[str, str]:
    out: Dict[str, str] = {}
    name = None
    for line in lock.read_text().splitlines():
        if line.startswith("name = "):
            name = line.split('"')[1]
        elif line.startswith("version = ") and name:
            out[name] = line.split('"')[1]
            name = None
    return out


def versions(install: Dict[str, Any]) -> Dict[str, Any]:
    runtime = Path(install["runtimes_dir"]) / "lib/stac-loader/runtime"
    pinned = lock_versions(runtime / "uv.lock")
    built = STATE_ROOT / "build/stac-loader/uv.lock"  # after `uv add pypgstac==<DB version>`, as the Dockerfile
    built_pins = lock_versions(built) if built.exists() else {}
    rows = {}
    for pkg in PACKAGES:
        have = importlib.metadata.version(pkg)
        rows[pkg] = {"installed": have, "runtime_uv_lock": pinned.get(pkg), "built_lock": built_pins.get(pkg),
                     "matches_built_lock": have == built_pins.get(pkg, have)}
    return {"eoapi_cdk": install["eoapi_cdk_version"], "pgstac": install["pgstac_version"],
            "python": sys.version.split()[0], "packages": rows}


# ---------------------------------------------------------------------------
# 1. the loader's code path, from the handler's source
# ---------------------------------------------------------------------------
def _enclosing(tree: ast.AST) -> Dict[ast.AST, str]:
    owner: Dict[ast.AST, str] = {}
    for fn in ast.walk(tree):
        if isinstance(fn, ast.FunctionDef):
            for node in ast.walk(fn):
                owner[node] = fn.name
    return owner


def _dump_defaults() -> Dict[str, Any]:
    """Keyword defaults of the model_dump the models use (stac-pydantic overrides pydantic's)."""
    from stac_pydantic.shared import StacBaseModel
    merged: Dict[str, Any] = {}
    for fn in (BaseModel.model_dump, StacBaseModel.model_dump):
        for name, p in inspect.signature(fn).parameters.items():
            if p.default is not inspect.Parameter.empty:
                merged[name] = p.default
    return {k: merged[k] for k in ("mode", "by_alias", "exclude_unset", "exclude_none", "exclude_defaults")}


def code_path(install: Dict[str, Any]) -> Dict[str, Any]:
    import stac_loader.handler as handler
    source_file = Path(inspect.getsourcefile(handler) or "")
    pristine = Path(install["runtimes_dir"]) / "lib/stac-loader/runtime/src/stac_loader/handler.py"
    text = source_file.read_text()
    tree = ast.parse(text)
    owner = _enclosing(tree)
    calls: Dict[str, List[Dict[str, str]]] = {"parse": [], "validate": [], "dump": [], "load": []}
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        f = node.func
        name = f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else ""
        row = {"call": ast.unparse(node), "in": owner.get(node, "<module>"), "line": str(node.lineno)}
        if name == "loads":
            calls["parse"].append(row)
        elif name in ("Item", "Collection", "model_validate"):
            calls["validate"].append(row)
        elif name == "model_dump":
            explicit = {k.arg: ast.literal_eval(k.value) for k in node.keywords if k.arg}
            row["effective"] = json.dumps({**_dump_defaults(), **explicit})
            calls["dump"].append(row)
        elif name in ("load_items", "load_collections"):
            calls["load"].append(row)
    shown = pristine.relative_to(Path(install["runtimes_dir"]).parent) if pristine.exists() else source_file
    return {"handler": str(shown),
            "sha256": hashlib.sha256(text.encode()).hexdigest(),
            "same_as_runtime_source": pristine.exists() and pristine.read_bytes() == text.encode(),
            "calls": calls}


# ---------------------------------------------------------------------------
# 2. the models
# ---------------------------------------------------------------------------
def _args(tp: Any) -> Tuple[Any, ...]:
    return typing.get_args(tp)


def _is_union(tp: Any) -> bool:
    return typing.get_origin(tp) in (typing.Union, types.UnionType)


def _is_model(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, BaseModel)


def _is_namedtuple(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, tuple) and hasattr(tp, "_fields")


def _meta(m: Any) -> str:
    func = getattr(m, "func", None)
    if func is not None:
        return f"{type(m).__name__}({getattr(func, '__name__', func)})"
    if type(m).__name__ == "FieldInfo":
        return f"discriminator={m.discriminator!r}" if m.discriminator else "Field"
    return str(m)


def render(tp: Any) -> str:
    """A readable type expression."""
    if isinstance(tp, typing.TypeVar):
        return render(tp.__bound__) if tp.__bound__ is not None else "Any"
    origin, args = typing.get_origin(tp), _args(tp)
    if origin is typing.Annotated:
        return f"{render(args[0])} [{', '.join(_meta(m) for m in args[1:])}]"
    if _is_union(tp):
        return " | ".join("None" if a is type(None) else render(a) for a in args)
    if origin is typing.Literal:
        return "Literal[" + ", ".join(repr(a) for a in args) + "]"
    if origin in (list, tuple, dict):
        return f"{origin.__name__}[{', '.join(render(a) for a in args)}]"
    if _is_namedtuple(tp):
        hints = typing.get_type_hints(tp)
        return f"{tp.__name__}(" + ", ".join(f"{k}: {render(hints[k])}" for k in tp._fields) + ")"
    if tp is typing.Any:
        return "Any"
    return getattr(tp, "__name__", repr(tp))


def kinds(tp: Any, found: Dict[str, Any]) -> List[str]:
    """Leaf kinds inside a type; `found` keeps the first annotation of each kind (for the probes)."""
    out: List[str] = []

    def visit(t: Any) -> None:
        kind = _leaf_kind(t)
        if kind:
            found.setdefault(kind, t)
            out.append(kind)
            return
        if isinstance(t, typing.TypeVar):
            visit(t.__bound__)
        elif _is_namedtuple(t):
            for h in typing.get_type_hints(t).values():
                visit(h)
        else:
            for a in _args(t):
                if a is not type(None) and not isinstance(a, (str, int, float)):
                    visit(a)

    visit(tp)
    return sorted(set(out))


def _leaf_kind(t: Any) -> Optional[str]:
    if typing.get_origin(t) is typing.Annotated and _args(t)[0] is AwareDatetime:
        return "datetime (aware, to UTC)"
    if _is_union(t) and {float, int} <= set(_args(t)):
        return "number (" + " | ".join(render(a) for a in _args(t)) + ")"
    if _is_union(t) and any(_is_namedtuple(a) for a in _args(t)):
        return "position"
    if typing.get_origin(t) is typing.Literal:
        return "literal"
    if _is_model(t):
        return "model"
    table = {AwareDatetime: "datetime (aware)", AnyUrl: "url", float: "float", int: "int", str: "str",
             bool: "bool", typing.Any: "any"}
    if isinstance(t, type) and issubclass(t, Enum):
        return "enum"
    return table.get(t)


def nested_models(tp: Any) -> List[type]:
    out: List[type] = []
    if isinstance(tp, typing.TypeVar):
        return nested_models(tp.__bound__)
    if _is_model(tp):
        return [tp]
    for a in _args(tp):
        out += nested_models(a)
    return out


def _validators(cls: type) -> List[Dict[str, str]]:
    dec = cls.__pydantic_decorators__
    rows = []
    for group in ("field_validators", "model_validators", "model_serializers", "field_serializers"):
        for name, d in getattr(dec, group).items():
            doc = " ".join((d.func.__doc__ or "").split())  # its own docstring, not an inherited one
            fields = getattr(d.info, "fields", None)
            rows.append({"kind": group[:-1], "name": name, "mode": str(getattr(d.info, "mode", "")),
                         "fields": ",".join(fields) if fields else "", "defined_in": d.func.__qualname__,
                         "doc": doc})
    return rows


def describe_model(cls: type, found: Dict[str, Any]) -> Dict[str, Any]:
    cfg = cls.model_config
    fields = []
    for name, f in cls.model_fields.items():
        default = None if f.is_required() else (
            "factory" if f.default_factory else ("None" if f.default is None else repr(f.default)))
        fields.append({"name": name, "alias": f.alias if f.alias and f.alias != name else None,
                       "type": render(f.annotation), "required": f.is_required(), "default": default,
                       "constraints": [_meta(m) for m in f.metadata], "kinds": kinds(f.annotation, found)})
    extra = cfg.get("extra") or "ignore"
    root = issubclass(cls, RootModel)
    return {"class": f"{cls.__module__}.{cls.__qualname__}", "extra": None if root else extra,
            "unknown_members": "n/a (a list)" if root else {"ignore": "dropped", "allow": "kept",
                                                             "forbid": "rejected"}[extra],
            "null_members_removed_in_json_dump": sorted(getattr(cls, "__geojson_exclude_if_none__", ())),
            "use_enum_values": bool(cfg.get("use_enum_values")), "root_model": root, "fields": fields,
            "validators": _validators(cls)}


def walk_models(roots: List[type]) -> Tuple[Dict[str, Any], Dict[str, Any], Dict[str, type]]:
    """Every model reachable from the roots, with the document paths where each one applies."""
    found: Dict[str, Any] = {}
    models: Dict[str, Any] = {}
    paths: Dict[str, List[str]] = {r.__name__: [f"{r.__name__}:/"] for r in roots}
    classes: Dict[str, type] = {}
    queue = list(roots)
    while queue:
        cls = queue.pop(0)
        if cls.__name__ in models:
            continue
        models[cls.__name__] = describe_model(cls, found)
        classes[cls.__name__] = cls
        for name, f in cls.model_fields.items():
            step = "" if name == "root" and len(cls.model_fields) == 1 else f"/{f.alias or name}"
            for child in nested_models(f.annotation):
                suffix = step + _container_suffix(f.annotation, child)
                for base in paths[cls.__name__][:6]:
                    p = base.rstrip("/") + suffix
                    if child.__name__ != cls.__name__ and p not in paths.setdefault(child.__name__, []):
                        paths[child.__name__].append(p)
                queue.append(child)
    for name, info in models.items():
        info["applies_at"] = paths.get(name, [])
    return models, found, classes


def _container_suffix(tp: Any, child: type) -> str:
    """'/*' for each list or dict between a field and the model inside it."""
    if _is_model(tp) or isinstance(tp, typing.TypeVar):
        return ""
    origin = typing.get_origin(tp)
    for a in _args(tp):
        if child in nested_models(a):
            inner = _container_suffix(a, child)
            return ("/*" + inner) if origin in (list, dict) else inner
    return ""


# ---------------------------------------------------------------------------
# 3. how the field types behave (sample inputs through the types themselves)
# ---------------------------------------------------------------------------
TYPE_SAMPLES: Dict[str, List[Any]] = {
    "datetime (aware, to UTC)": [
        "2020-01-01T00:00:00Z", "2020-01-01T00:00:00.000Z", "2020-01-01T12:00:00.5Z",
        "2020-01-01T00:00:00.123456789Z", "2020-01-01T02:00:00+02:00", "2020-01-01T00:00:00-00:00",
        "2020-01-01 00:00:00Z", "2020-01-01t00:00:00z", "2020-01-01T00:00Z", 0, 1577836800.5, "1577836800",
        "2016-12-31T23:59:60Z", "2020-01-01T24:00:00Z", "2020-01-01T00:00:00", "2020-01-01", "20200101T000000Z"],
    "url": ["https://stac-extensions.github.io/eo/v1.1.0/schema.json", "HTTPS://Example.COM/Schema.json",
            "https://example.com", "https://example.com:443/a", "https://example.com:8443/a",
            "https://example.com/a b", "https://bücher.de/x", "http://example.com/a/../b", "https://example.com/%7e",
            "urn:ogc:def:x", "eo"],
    "float": [10, 10.5, "1.5", True, 9007199254740993, None],
    "number": [10, 10.0, "10", "1.5", True, None],
    "str": ["a", "", 1, True, None],
    "position": [[1, 2], [1.5, 2, 3], [1, 2, 3, 4], [1], ["1", "2"]],
}


def probe_types(found: Dict[str, Any]) -> Dict[str, Any]:
    out: Dict[str, Any] = {}
    for kind, annotation in found.items():
        samples = TYPE_SAMPLES.get("number" if kind.startswith("number") else kind)
        if samples is None:
            continue
        ta = TypeAdapter(annotation)
        rows = []
        for v in samples:
            try:
                rows.append({"input": v, "output": ta.dump_python(ta.validate_python(v), mode="json")})
            except ValidationError as e:
                rows.append({"input": v, "rejected": e.errors()[0]["msg"]})
        out[kind] = {"annotation": render(annotation), "samples": rows}
    return out


def probe_model_unions(classes: Dict[str, type]) -> List[Dict[str, Any]]:
    """Fields whose type is a union of a model and a plain dict: which one wins for an object that fits
    the model and carries one more member, and is that member kept?"""
    rows = []
    for mname, cls in classes.items():
        for fname, f in cls.model_fields.items():
            ann = f.annotation
            for inner in _unions_with_model_and_dict(ann):
                model = next(a for a in _args(inner) if _is_model(a))
                sample = {k: 1 for k, f in model.model_fields.items() if f.is_required()}
                sample["type"] = "number"
                got = TypeAdapter(inner).dump_python(TypeAdapter(inner).validate_python(sample), mode="json",
                                                     by_alias=True, exclude_unset=True)
                rows.append({"field": f"{mname}.{fname}", "union": render(inner), "input": sample,
                             "output": got, "extra_member_kept": "type" in got})
    return rows


def _unions_with_model_and_dict(tp: Any) -> List[Any]:
    hits = []
    if _is_union(tp):
        args = _args(tp)
        if any(_is_model(a) for a in args) and any(typing.get_origin(a) is dict for a in args):
            hits.append(tp)
    for a in _args(tp):
        hits += _unions_with_model_and_dict(a)
    return hits


# ---------------------------------------------------------------------------
# output
# ---------------------------------------------------------------------------
def build_report(verify: bool) -> Dict[str, Any]:
    install = json.loads((STATE_ROOT / "install.json").read_text())
    models, found, classes = walk_models([Item, Collection])
    report: Dict[str, Any] = {
        "generated_by": "twin/stored_form.py", "versions": versions(install), "code_path": code_path(install),
        "models": models, "type_behaviour": probe_types(found), "model_unions": probe_model_unions(classes),
        "numbers": probe.numbers(), "rejections": probe.rejections(),
    }
    if verify:
        report["verification"] = probe.verify(lambda kind, value: _predict(found, kind, value))
    report["transformations"] = probe.transformations(report)
    return report


def _predict(found: Dict[str, Any], kind: str, value: Any) -> Any:
    """What the models make of one value of this kind (the annotation found in the models)."""
    ta = TypeAdapter(found[kind])
    return ta.dump_python(ta.validate_python(value), mode="json")


def main(argv: Optional[List[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--json", action="store_true", help="print JSON instead of text")
    ap.add_argument("--verify", action="store_true", help="also push documents into the running twin's pgstac")
    ap.add_argument("--out", type=Path, help="also write the JSON report to this file")
    args = ap.parse_args(argv)
    report = build_report(args.verify)
    text = json.dumps(report, indent=2, ensure_ascii=False, default=str) + "\n"
    if args.out:
        args.out.write_text(text)
    print(text if args.json else probe.render_text(report), end="")
    failed = [c for c in report.get("verification", {}).get("checks", []) if not c["ok"]]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
