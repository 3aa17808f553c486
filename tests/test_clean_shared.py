"""The cleaner on real articles read from ../shared (never copied into the repository):
the team's Moscow Times sample and the 15 PDF round-trips in data/corpus/messy/."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from dateline.clean import clean_document
from dateline.ingest.document import RawDocument
from dateline.ingest.text import decode_text

from conftest import SHARED

MESSY = sorted((SHARED / "data" / "corpus" / "messy").glob("*.messy.txt")) if SHARED.is_dir() else []
URL = re.compile(r"https?://|www\.", re.IGNORECASE)
RELATED = re.compile(r"related article|read more:|see also:", re.IGNORECASE)


def _clean(path: Path):
    raw = RawDocument(text=decode_text(path.read_bytes(), str(path)), format="text", origin=str(path))
    return clean_document(raw)


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _sentences(text: str) -> list[str]:
    parts = re.split(r"(?:(?<=[.!?])|(?<=[.!?][\"”'’]))\s+(?=[\"“A-Z0-9])|\n+", text)
    return [s for s in parts if _key(s)]


def test_moscow_times_sample(shared):
    source = shared / "samples" / "moscow-times-2018-04-10.txt"
    art = _clean(source)
    # Expected values are read from the source itself (its text stays in ../shared): the
    # headline is its first two lines joined, the link title follows "Related article:".
    lines = [ln.strip() for ln in source.read_text(encoding="utf-8").splitlines() if ln.strip()]
    assert art.headline == f"{lines[0]} {lines[1]}"
    related_title = next(ln for ln in lines if ln.startswith("Related article:")).split(":", 1)[1].strip()
    assert art.published == "2018-04-10"
    assert art.credit == "Russian Foreign Ministry Press Service"
    assert art.contributors == ["Reuters"]
    assert len(art.links) == 1
    link = art.links[0]
    assert link.text == related_title
    assert link.url.startswith("https://www.themoscowtimes.com/2026/06/14/")
    assert not URL.search(art.text) and "Related article" not in art.text
    assert all("\n" not in para for para in art.text.split("\n\n")), "hard wraps left in the body"
    assert "\n\n\n" not in art.text
    assert any("2026-06-14" in w and "after the publication date" in w for w in art.warnings)
    assert "Reuters contributed reporting to this article." in art.text
    assert "''" not in art.text


@pytest.mark.parametrize("path", MESSY, ids=[p.name[:2] for p in MESSY])
def test_messy_headline_date_and_clean_body(path: Path):
    meta = json.loads(path.with_name(path.name.replace(".messy.txt", ".meta.json")).read_text())
    expected = meta["expected"]
    art = _clean(path)
    assert art.headline == expected["headline"]
    assert art.published == expected["publication_date"]
    assert not URL.search(art.text), "a URL stayed in the body"
    assert not RELATED.search(art.text), "a related-article line stayed in the body"
    for line in expected.get("not_in_body", []):
        if len(line) > 12:
            assert line not in art.text
    # Every sentence of the original body is there (04-15: the .clean.txt is the body only).
    clean = path.with_name(path.name.replace(".messy.txt", ".clean.txt")).read_text()
    body_key = _key(art.text)
    sentences = _sentences(clean)
    kept = [s for s in sentences if _key(s) in body_key]
    floor = 1.0 if "body_paragraphs" in expected else 0.8  # 01-03's clean text has the header too
    assert len(kept) >= floor * len(sentences)


@pytest.mark.parametrize("path", [p for p in MESSY if int(p.name[:2]) >= 4], ids=lambda p: p.name[:2])
def test_messy_metadata(path: Path):
    expected = json.loads(path.with_name(path.name.replace(".messy.txt", ".meta.json")).read_text())["expected"]
    art = _clean(path)
    assert art.byline == expected["byline"]
    assert art.contributors == expected["contributors"]
    assert art.credit == (expected["credit"]["value"] if expected["credit"] else None)
    if expected["dateline"]:
        assert art.dateline in expected["dateline"]["accept"]
    else:
        assert art.dateline is None
    got = {(lk.text or None, lk.url or None) for lk in art.links}
    assert got == {(lk["text"], lk["url"]) for lk in expected["links"]}
    for extra in expected.get("body_extra_paragraphs", []):
        assert extra in art.text.split("\n\n")
    # Syllable splits are closed up again.
    for split in expected.get("soft_hyphen_splits", []):
        assert split["word"] in art.text
