"""The committed sample inputs are what scripts/make-samples writes (text formats checked here;
the PDF and WARC are checked when fpdf2 is installed)."""
from __future__ import annotations

import importlib.machinery
import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def load_script():
    sys.path.insert(0, str(ROOT / "scripts"))
    loader = importlib.machinery.SourceFileLoader("make_samples", str(ROOT / "scripts" / "make-samples"))
    spec = importlib.util.spec_from_loader("make_samples", loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


def test_html_and_feed_samples_match_their_generator():
    ms = load_script()
    assert (ROOT / "samples" / "kenya-tanzania-border.html").read_text(encoding="utf-8") == ms.page_html(ms.A.BORDER)
    assert (ROOT / "samples" / "chile-argentina-lithium.html").read_bytes() == \
        ms.page_html(ms.A.LITHIUM, "windows-1252").encode("cp1252")
    assert (ROOT / "samples" / "steppe-news-world.rss.xml").read_text(encoding="utf-8") == ms.feed_xml()


def test_binary_samples_match_their_generator(tmp_path: Path):
    pytest.importorskip("fpdf")
    ms = load_script()
    ms.write_pdf(ms.A.FLOODS, tmp_path / "f.pdf")
    ms.write_warc(tmp_path / "w.warc.gz")
    assert (tmp_path / "f.pdf").read_bytes() == (ROOT / "samples" / "norway-bangladesh-flood-aid.pdf").read_bytes()
    assert (tmp_path / "w.warc.gz").read_bytes() == (ROOT / "samples" / "archipelago-wire.warc.gz").read_bytes()
