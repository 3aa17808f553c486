"""Where inputs come from (folders, globs, stdin), how their format is sniffed, and the limits."""
from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from dateline.errors import ConfigError, DatelineError, LimitError
from dateline.ingest.limits import Limits
from dateline.ingest.sniff import sniff_format
from dateline.ingest.sources import iter_sources, read_arg, read_source

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@pytest.mark.parametrize("data, fmt", [
    (b'<?xml version="1.0"?><rss version="2.0"><channel>', "feed"),
    (b'\xef\xbb\xbf<?xml version="1.0"?>\n<!-- generator -->\n<feed xmlns="http://www.w3.org/2005/Atom">', "feed"),
    (b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">', "feed"),
    (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY a "b">]><lolz>&a;</lolz>', "feed"),
    (b'<?xml version="1.0"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x.dtd">'
     b'<html xmlns="http://www.w3.org/1999/xhtml">', "html"),
    (b"<!DOCTYPE html>\n<html lang=en><head>", "html"),
    (b"\n\n  <div class=story><p>Hello", "html"),
    (b"Talks in Geneva\n\nThe ministers met on <Monday>.", "text"),
    (b"%PDF-1.7\n%\xe2\xe3", "pdf"),
    (b"WARC/1.1\r\nWARC-Type: warcinfo\r\n", "warc"),
    (b"\x1f\x8b\x08\x00", "gzip"),
    ("\ufeff<html><body>".encode("utf-16"), "html"),
])
def test_sniffing_uses_content(data: bytes, fmt: str):
    assert sniff_format(data, name="misleading.txt") == fmt


def test_names_and_content_types_decide_only_when_content_cannot():
    assert sniff_format(b"plain words", name="story.html") == "html"
    assert sniff_format(b"plain words", content_type="application/rss+xml") == "feed"
    assert sniff_format(b"plain words", name="x.pdf") == "pdf"  # so the PDF reader can say "not a PDF"
    assert sniff_format(b"plain words", name="https://a.example/x.txt?utm=1") == "text"
    assert sniff_format(b"plain words") == "text"


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=600), st.sampled_from(["", "a.html", "b.pdf", "c.xml", "d.gz", "e"]))
def test_sniffing_never_fails(data: bytes, name: str):
    assert sniff_format(data, name=name) in {"gzip", "pdf", "warc", "feed", "html", "text"}


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=1500))
def test_every_reader_fails_only_with_dateline_errors(data: bytes):
    """Random bytes through the whole dispatch (sniff -> reader): a result or a named error."""
    try:
        for doc in read_source(data):
            assert isinstance(doc.text, str)
    except DatelineError as exc:
        assert str(exc).startswith("<bytes>: ") and "\n" not in str(exc)


def test_folders_are_walked_and_hidden_files_skipped(tmp_path: Path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("one")
    (tmp_path / "sub" / "b.html").write_text("<p>two</p>")
    (tmp_path / ".hidden").write_text("x")
    assert list(iter_sources([str(tmp_path)])) == [str(tmp_path / "a.txt"), str(tmp_path / "sub" / "b.html")]


def test_globs_expand_and_a_glob_with_no_match_is_an_error(tmp_path: Path):
    (tmp_path / "x1.html").write_text("<p>a</p>")
    (tmp_path / "x2.html").write_text("<p>b</p>")
    assert len(list(iter_sources([str(tmp_path / "*.html")]))) == 2
    with pytest.raises(DatelineError):
        list(iter_sources([str(tmp_path / "*.pdf")]))


def test_samples_folder_reads_every_format():
    formats = {doc.format for arg in iter_sources([str(SAMPLES)]) for doc in read_arg(arg)}
    assert {"html", "pdf", "feed", "warc"} <= formats


def test_stdin_is_sniffed_too(monkeypatch):
    page = (SAMPLES / "kenya-tanzania-border.html").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(page)))
    [doc] = list(read_arg("-"))
    assert doc.format == "html" and doc.origin == "<stdin>"


def test_input_size_limit_names_the_file(tmp_path: Path, monkeypatch):
    p = tmp_path / "long.txt"
    p.write_text("Ministers met in Oslo. " * 100)
    monkeypatch.setenv("DATELINE_MAX_INPUT_BYTES", "1000")
    with pytest.raises(LimitError) as err:
        list(read_arg(str(p)))
    assert str(err.value).startswith(f"{p}: input is") and "DATELINE_MAX_INPUT_BYTES" in str(err.value)


def test_limits_read_from_environment_are_validated():
    lim = Limits.from_env({"DATELINE_MAX_HTML_DEPTH": "64", "DATELINE_MAX_COMPRESSION_RATIO": "50.5"})
    assert lim.max_html_depth == 64 and lim.max_compression_ratio == 50.5
    assert Limits.from_env({}).max_html_depth == Limits().max_html_depth
    with pytest.raises(ConfigError):
        Limits.from_env({"DATELINE_MAX_INPUT_BYTES": "lots"})
    with pytest.raises(ConfigError):
        Limits.from_env({"DATELINE_MAX_RECORDS": "-1"})


def test_overlong_bodies_are_cut_with_a_warning(monkeypatch):
    monkeypatch.setenv("DATELINE_MAX_BODY_CHARS", "300")
    [doc] = list(read_source((SAMPLES / "kenya-tanzania-border.html").read_bytes()))
    assert len(doc.text) == 300
    assert any("DATELINE_MAX_BODY_CHARS" in w for w in doc.hints["warnings"])
