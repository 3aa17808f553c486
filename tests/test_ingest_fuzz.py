"""Mutation fuzzing of every reader: damaged copies of our own samples give an article or a
one-line DatelineError naming the input, never another exception.

A longer run (docs/inputs.md): DATELINE_FUZZ_EXAMPLES=2000 pytest tests/test_ingest_fuzz.py
"""
from __future__ import annotations

import gzip
import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from dateline.errors import DatelineError
from dateline.ingest.sources import read_bytes

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SEEDS = {
    "html": (SAMPLES / "kenya-tanzania-border.html").read_bytes(),
    "pdf": (SAMPLES / "norway-bangladesh-flood-aid.pdf").read_bytes(),
    "feed": (SAMPLES / "steppe-news-world.rss.xml").read_bytes(),
    "warc": (SAMPLES / "archipelago-wire.warc.gz").read_bytes(),
    "gzip": gzip.compress((SAMPLES / "chile-argentina-lithium.html").read_bytes(), mtime=0),
}


@st.composite
def mutated(draw, fmt: str) -> bytes:
    data = bytearray(SEEDS[fmt])
    for _ in range(draw(st.integers(min_value=1, max_value=8))):
        kind = draw(st.sampled_from(["flip", "cut", "insert", "delete"]))
        pos = draw(st.integers(min_value=0, max_value=max(0, len(data) - 1)))
        if kind == "flip" and data:
            data[pos] = draw(st.integers(min_value=0, max_value=255))
        elif kind == "cut":
            del data[pos:]
        elif kind == "insert":
            data[pos:pos] = draw(st.binary(min_size=1, max_size=40))
        elif kind == "delete":
            del data[pos:pos + draw(st.integers(min_value=1, max_value=200))]
    return bytes(data)


def check(data: bytes, fmt: str) -> None:
    origin = f"fuzz.{fmt}"
    try:
        for doc in read_bytes(data, origin, fmt=fmt):
            assert isinstance(doc.text, str) and doc.text.strip()
    except DatelineError as exc:
        msg = str(exc)
        assert msg.startswith(origin) and "\n" not in msg, msg


FUZZ = settings(max_examples=int(os.environ.get("DATELINE_FUZZ_EXAMPLES", "25")), deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(mutated("html"))
def test_html_reader_survives_mutations(data: bytes):
    check(data, "html")


@FUZZ
@given(mutated("pdf"))
def test_pdf_reader_survives_mutations(data: bytes):
    check(data, "pdf")


@FUZZ
@given(mutated("feed"))
def test_feed_reader_survives_mutations(data: bytes):
    check(data, "feed")


@FUZZ
@given(mutated("warc"))
def test_warc_reader_survives_mutations(data: bytes):
    check(data, "warc")


@FUZZ
@given(mutated("gzip"))
def test_gzip_reader_survives_mutations(data: bytes):
    check(data, "gzip")
