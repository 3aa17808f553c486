"""The PDF reader on a PDF rendered from our own article (scripts/make-samples), and broken PDFs."""
from __future__ import annotations

from pathlib import Path

import pytest

from dateline.errors import EmptyInputError, FormatError
from dateline.ingest.pdf import strip_page_furniture
from dateline.ingest.sources import read_source

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "norway-bangladesh-flood-aid.pdf"


def test_sample_pdf_gives_the_article_text_without_page_furniture():
    [raw] = list(read_source(SAMPLE))
    assert raw.format == "pdf" and not raw.structured  # the cleaner finds headline and byline
    text = raw.text
    assert text.startswith("Norway pledges flood aid to Bangladesh as")
    assert "OSLO, July 22 - Norway will give Bangladesh 150 million crowns" in text
    assert text.rstrip().endswith("also fund repairs to schools used as shelters.")
    assert "Evening Ledger | World" not in text  # running header, on every page
    assert "Page 1 of" not in text and "Page 2 of" not in text  # footer
    assert "  " not in text  # justified spacing squeezed


def test_sample_pdf_really_has_several_pages():
    from dateline.ingest.pdf import pdf_pages

    pages = [p for p in pdf_pages(SAMPLE.read_bytes(), "s.pdf") if p.strip()]
    assert len(pages) >= 2
    assert all("Evening Ledger | World" in p for p in pages)


def test_furniture_repeated_on_each_page_is_removed_and_text_kept():
    pages = [
        "Daily Courier - Europe\nTalks in Vienna ended on\nMonday without a deal.\n- 1 -\n",
        "Daily Courier - Europe\nDiplomats said a new round\nwould follow in May.\n- 2 -\n",
        "Daily Courier - Europe\nThe envoy left for Rome.\n- 3 -\n",
    ]
    assert strip_page_furniture(pages) == (
        "Talks in Vienna ended on\nMonday without a deal.\nDiplomats said a new round\n"
        "would follow in May.\nThe envoy left for Rome.")


def test_numbered_headers_match_across_pages_and_single_pages_keep_their_lines():
    pages = ["Courier, page 1\nFirst part.\n", "Courier, page 2\nSecond part.\n"]
    assert strip_page_furniture(pages) == "First part.\nSecond part."
    # one page: nothing can be "repeated", only a bare page number goes
    assert strip_page_furniture(["Courier\nOnly text here.\n7\n"]) == "Courier\nOnly text here."


def test_a_line_that_is_not_at_a_page_edge_is_never_furniture():
    pages = ["Head\nThe vote was 12\nto 3 in favour.\nFoot 1\n", "Head\nA line.\n12\nMore.\nFoot 2\n"]
    out = strip_page_furniture(pages)
    assert "The vote was 12" in out and "\n12\n" in out
    assert "Head" not in out and "Foot" not in out


def test_truncated_pdf_is_a_one_line_format_error(tmp_path: Path):
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(SAMPLE.read_bytes()[:700])
    with pytest.raises(FormatError) as err:
        list(read_source(broken))
    msg = str(err.value)
    assert msg.startswith(f"{broken}: ") and "PDF" in msg and "\n" not in msg


def test_garbage_after_a_pdf_header_is_a_format_error(tmp_path: Path):
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 20)
    with pytest.raises(FormatError):
        list(read_source(junk))


def test_a_pdf_name_on_other_bytes_says_it_is_not_a_pdf(tmp_path: Path):
    fake = tmp_path / "report.pdf"
    fake.write_bytes(b"\x07\x01binary blob" * 30)
    with pytest.raises(FormatError) as err:
        list(read_source(fake))
    assert "not a PDF" in str(err.value)


def test_empty_pdf_file(tmp_path: Path):
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    with pytest.raises(EmptyInputError):
        list(read_source(empty))


def test_real_round_trip_pdfs_lose_their_furniture_and_keep_their_text(shared: Path):
    """The 15 PDFs in ../shared/data/corpus/messy (read where they lie): every page header and
    footer listed in their meta.json is gone, and the article's 4-token shingles survive."""
    import json

    from dateline.eval.html import page_counts

    pdfs = sorted((shared / "data" / "corpus" / "messy").glob("*.pdf"))
    assert len(pdfs) == 15
    with_furniture = 0
    for pdf in pdfs:
        meta = json.loads(pdf.with_suffix(".meta.json").read_text())
        trip = meta.get("produced_by_pdf_round_trip")
        furniture = {" ".join(f.split()) for f in (trip.get("page_furniture_lines") or [])} \
            if isinstance(trip, dict) else set()
        with_furniture += bool(furniture)
        [raw] = list(read_source(pdf))
        lines = {" ".join(ln.split()) for ln in raw.text.split("\n")}
        assert not furniture & lines, pdf.name
        clean = pdf.with_name(pdf.name.replace(".pdf", ".clean.txt")).read_text()
        tp, _, fn = page_counts(clean.replace("-", " "), raw.text.replace("-", " "))
        assert tp / (tp + fn) >= 0.9, pdf.name  # the rest is hard-wrap hyphenation, for the cleaner
    assert with_furniture >= 7


def test_pdf_bomb_stream_is_refused_before_pdfminer_inflates_it(tmp_path: Path, monkeypatch):
    import zlib

    from dateline.errors import LimitError

    payload = zlib.compress(b"0 0 m 1 1 l S\n" * 400_000, 9)  # ~5.6 MB of drawing commands
    pdf = (b"%PDF-1.4\n1 0 obj\n<< /Length " + str(len(payload)).encode() + b" /Filter /FlateDecode >>\n"
           b"stream\n" + payload + b"\nendstream\nendobj\n%%EOF\n")
    bomb = tmp_path / "bomb.pdf"
    bomb.write_bytes(pdf)
    monkeypatch.setenv("DATELINE_MAX_DECOMPRESSED_BYTES", "1000000")
    with pytest.raises(LimitError) as err:
        list(read_source(bomb))
    assert str(err.value).startswith(f"{bomb}: PDF streams inflate past")


def test_stream_check_counts_the_sample_and_lets_it_through():
    from dateline.ingest.pdf import check_pdf_streams

    assert 0 < check_pdf_streams(SAMPLE.read_bytes(), "s.pdf") < 1_000_000
