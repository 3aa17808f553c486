"""The on-disk cache of built tables: used when current, rebuilt when not, never an error."""
from __future__ import annotations

import os

import pytest

from dateline.resolve import built_cache


def _build_counter():
    calls = []

    def build():
        calls.append(1)
        return {"kenya": ("KEN", 1), "nairobi": ("KEN", 2)}

    return build, calls


def test_builds_once_then_loads(tmp_path, monkeypatch):
    monkeypatch.setenv("DATELINE_CACHE_DIR", str(tmp_path))
    build, calls = _build_counter()
    first = built_cache.cached("demo", build)
    again = built_cache.cached("demo", build)
    assert first == again and len(calls) == 1
    assert len(list(tmp_path.glob("demo-*.pickle"))) == 1


def test_a_damaged_file_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("DATELINE_CACHE_DIR", str(tmp_path))
    build, calls = _build_counter()
    built_cache.cached("demo", build)
    (path,) = tmp_path.glob("demo-*.pickle")
    path.write_bytes(b"\x80\x05truncated")
    assert built_cache.cached("demo", build)["kenya"] == ("KEN", 1)
    assert len(calls) == 2


def test_off_and_unwritable_still_build(tmp_path, monkeypatch):
    build, calls = _build_counter()
    monkeypatch.setenv("DATELINE_CACHE_DIR", "off")
    assert built_cache.cached("demo", build)["nairobi"] == ("KEN", 2)
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("DATELINE_CACHE_DIR", str(blocker / "sub"))
    assert built_cache.cached("demo", build)["nairobi"] == ("KEN", 2)
    assert len(calls) == 2


def test_the_key_follows_the_builder_source():
    from dateline.resolve import countries, places

    assert built_cache.cache_key("x", places._build_gazetteer) != built_cache.cache_key("x", countries._build_table)


@pytest.mark.parametrize("name", ["Nairobi", "São Paulo", "Springfield"])
def test_cached_gazetteer_answers_like_a_fresh_build(tmp_path, monkeypatch, name):
    from dateline.resolve import places

    monkeypatch.setenv("DATELINE_CACHE_DIR", str(tmp_path))
    fresh = places._build_gazetteer()
    built_cache.cached("places", places._build_gazetteer)
    loaded = built_cache.cached("places", places._build_gazetteer)
    key = places._key(name)
    assert [c.name for c in loaded.cities.get(key, [])] == [c.name for c in fresh.cities.get(key, [])]
    assert loaded.countries == fresh.countries and os.listdir(tmp_path)
