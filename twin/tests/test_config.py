"""The twin's settings (twinctl/config.py) keep what the eoapi-cdk constructs keep."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from twinctl.config import build_config  # noqa: E402


def test_loader_visibility_is_the_timeout_plus_10_seconds(monkeypatch):
    # the construct's rule: with visibility = timeout, a loaded machine dead-lettered valid records
    for var in ("TWIN_LOADER_VISIBILITY_TIMEOUT", "TWIN_LOADER_TIMEOUT"):
        monkeypatch.delenv(var, raising=False)
    loader = build_config()["loader"]
    assert loader["visibility_timeout"] == loader["timeout"] + 10
    monkeypatch.setenv("TWIN_LOADER_TIMEOUT", "15")
    assert build_config()["loader"]["visibility_timeout"] == 25
    monkeypatch.setenv("TWIN_LOADER_VISIBILITY_TIMEOUT", "40")
    assert build_config()["loader"]["visibility_timeout"] == 40
