"""Decoding plain-text inputs (dateline.ingest.text), with bytes made up for these tests."""
from __future__ import annotations

import pytest

from dateline.errors import BinaryInputError, EmptyInputError
from dateline.ingest.text import decode_text

SENTENCE = "The envoy’s visit to Quito ended on Friday.\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252"])
def test_decodes_common_encodings(encoding):
    assert decode_text(SENTENCE.encode(encoding), "t").lstrip("\ufeff") == SENTENCE


def test_latin1_fallback_never_fails():
    # 0x81 is undefined in cp1252, so only latin-1 reads this; one stray byte is tolerated.
    data = ("Bogotá hosted the talks on Monday. " * 3 + "\x81").encode("latin-1")
    assert decode_text(data, "t").startswith("Bogotá")


@pytest.mark.parametrize("data", [b"", b"  \n\t "])
def test_empty_input(data):
    with pytest.raises(EmptyInputError, match="in.txt"):
        decode_text(data, "in.txt")


@pytest.mark.parametrize("data,what", [
    (b"%PDF-1.7\n...", "PDF"), (b"\x89PNG\r\n\x1a\n....", "PNG"), (b"\x1f\x8b\x08\x00", "gzip"),
    (b"abc\x00\x01\x02\xff\x00\x10rest", "NUL"),
])
def test_binary_input_is_refused_with_a_reason(data, what):
    with pytest.raises(BinaryInputError, match=what):
        decode_text(data, "in.bin")
