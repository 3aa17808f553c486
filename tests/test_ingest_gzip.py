"""gzip'd inputs: any format inside, sniffed again; truncated files and bombs refused by name."""
from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from dateline.errors import FormatError, LimitError
from dateline.ingest.compressed import gunzip_limited
from dateline.ingest.limits import Limits
from dateline.ingest.sources import read_source

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
TEXT = "Talks in Vienna\n\nThe foreign ministers of Austria and Slovenia met in Vienna on Monday.\n"


def gz(data: bytes) -> bytes:
    return gzip.compress(data, mtime=0)


def test_gzipped_text_html_and_feed_are_read_by_their_own_readers(tmp_path: Path):
    cases = {
        "note.txt.gz": (TEXT.encode(), "text"),
        "page.gz": ((SAMPLES / "kenya-tanzania-border.html").read_bytes(), "html"),
        "feed.xml.gz": ((SAMPLES / "steppe-news-world.rss.xml").read_bytes(), "feed"),
        "paper.pdf.gz": ((SAMPLES / "norway-bangladesh-flood-aid.pdf").read_bytes(), "pdf"),
    }
    for name, (data, fmt) in cases.items():
        p = tmp_path / name
        p.write_bytes(gz(data))
        docs = list(read_source(p))
        assert docs and {d.format for d in docs} == {fmt}, name
        assert all(d.path == str(p) for d in docs)


def test_concatenated_members_are_one_stream():
    assert gunzip_limited(gz(b"first ") + gz(b"second"), "x") == b"first second"


def test_truncated_gzip_is_a_one_line_format_error(tmp_path: Path):
    p = tmp_path / "cut.txt.gz"
    p.write_bytes(gz(TEXT.encode() * 50)[:-30])
    with pytest.raises(FormatError) as err:
        list(read_source(p))
    msg = str(err.value)
    assert msg.startswith(f"{p}: ") and "truncated" in msg and "\n" not in msg


def test_corrupt_gzip_is_a_format_error():
    data = bytearray(gz(TEXT.encode() * 50))
    data[20:40] = b"\xff" * 20
    with pytest.raises(FormatError):
        gunzip_limited(bytes(data), "bad.gz")


def test_gzip_bomb_is_stopped_by_the_ratio_limit(tmp_path: Path):
    p = tmp_path / "bomb.txt.gz"
    p.write_bytes(gz(b"\0" * (30 * 1024 * 1024)))  # 30 MB of zeros in ~30 KB
    with pytest.raises(LimitError) as err:
        list(read_source(p))
    assert str(err.value).startswith(f"{p}: ") and "ratio" in str(err.value)


def test_decompressed_size_limit_applies_even_at_plain_ratios():
    data = gz(bytes(range(256)) * 40_000)  # ~10 MB that compresses poorly-ish
    lim = Limits(max_decompressed_bytes=1_000_000, max_compression_ratio=1e9)
    with pytest.raises(LimitError) as err:
        gunzip_limited(data, "big.gz", lim)
    assert "decompression limit" in str(err.value)


def test_limits_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("DATELINE_MAX_DECOMPRESSED_BYTES", "1000")
    with pytest.raises(LimitError):
        list(read_source(gz(TEXT.encode() * 100)))


def test_nested_gzip_is_refused():
    with pytest.raises(FormatError) as err:
        list(read_source(gz(gz(TEXT.encode()))))
    assert "nested" in str(err.value)


@settings(max_examples=80, deadline=None)
@given(st.binary(max_size=2000))
def test_random_bytes_after_the_gzip_magic_fail_cleanly(tail: bytes):
    try:
        gunzip_limited(b"\x1f\x8b" + tail, "fuzz.gz")
    except (FormatError, LimitError) as exc:
        assert str(exc).startswith("fuzz.gz: ")


@settings(max_examples=40, deadline=None)
@given(st.binary(min_size=1, max_size=3000), st.integers(min_value=1, max_value=60))
def test_any_truncation_of_a_gzip_fails_cleanly(payload: bytes, cut: int):
    data = gz(payload)
    cut = min(cut, len(data) - 1)
    with pytest.raises(FormatError):
        gunzip_limited(data[:-cut], "cut.gz")
