"""gzip'd inputs of any format: decompress within limits, then sniff and read again."""
from __future__ import annotations

import zlib
from collections.abc import Iterator

from dateline.errors import FormatError, LimitError
from dateline.ingest.document import RawDocument
from dateline.ingest.limits import Limits, current_limits, human_size
from dateline.ingest.sources import read_bytes, register_reader

_CHUNK = 64 * 1024
_GZIP_MAGIC = b"\x1f\x8b"


def gunzip_limited(data: bytes, origin: str, limits: Limits | None = None) -> bytes:
    """Decompress gzip bytes (all members), refusing bombs and truncated streams.

    Decompression is incremental with `max_length`, so a bomb is stopped after at most
    one chunk past the limit instead of after it has filled memory.
    """
    out = bytearray()
    _gunzip_into(data, out, origin, limits)
    return bytes(out)


class _Counter(bytearray):
    """A sink that only counts: checks a whole gzip stream without keeping its output."""

    def __init__(self) -> None:
        super().__init__()
        self.size = 0

    def __iadd__(self, chunk: bytes):  # type: ignore[override]
        self.size += len(chunk)
        return self

    def __len__(self) -> int:
        return self.size


def check_gzip_stream(data: bytes, origin: str, limits: Limits | None = None) -> int:
    """Decompressed size of a (multi-member) gzip stream, refusing truncation and bombs; keeps nothing."""
    sink = _Counter()
    _gunzip_into(data, sink, origin, limits)
    return len(sink)


def _gunzip_into(data: bytes, out: bytearray, origin: str, limits: Limits | None) -> None:
    lim = limits or current_limits()
    rest = data
    while rest:
        rest = _one_member(rest, out, origin, lim)
        # Concatenated gzip members are legal (`cat a.gz b.gz`); padding zeros after the last are common.
        if not rest.lstrip(b"\x00"):
            break
        if not rest.startswith(_GZIP_MAGIC):
            raise FormatError("trailing garbage after the gzip data", source=origin)


def _one_member(data: bytes, out: bytearray, origin: str, lim: Limits) -> bytes:
    d = zlib.decompressobj(wbits=31)  # 31 = gzip header and trailer
    pos = 0
    try:
        while not d.eof:
            if d.unconsumed_tail:
                pending = d.unconsumed_tail
            elif pos < len(data):
                pending = data[pos:pos + _CHUNK]
                pos += _CHUNK
            else:
                pending = b""
            piece = d.decompress(pending, _CHUNK)
            out += piece
            _check_bomb(len(out), len(data), origin, lim)
            if not pending and not piece:
                break  # input exhausted and nothing buffered: done or truncated
    except zlib.error as exc:
        raise FormatError(f"corrupt gzip data ({exc})", source=origin) from None
    if not d.eof:
        raise FormatError("truncated gzip file: the compressed stream ends early", source=origin)
    return d.unused_data + data[pos:] if d.unused_data else data[pos:]


def _check_bomb(produced: int, compressed: int, origin: str, lim: Limits) -> None:
    if produced > lim.max_decompressed_bytes:
        raise LimitError(
            f"gzip expands past the {human_size(lim.max_decompressed_bytes)} decompression limit",
            source=origin,
        )
    if produced > lim.ratio_check_after_bytes and produced / max(compressed, 1) > lim.max_compression_ratio:
        raise LimitError(
            f"gzip compression ratio over {lim.max_compression_ratio:g}:1 (a decompression bomb?)",
            source=origin,
        )


def _inner_name(name: str | None) -> str:
    if not name:
        return ""
    low = name.lower()
    for ext in (".gz", ".gzip", ".tgz"):
        if low.endswith(ext):
            return name[: -len(ext)] + (".tar" if ext == ".tgz" else "")
    return name


@register_reader("gzip")
def read_gzip(data: bytes, origin: str, path: str | None, url: str | None) -> Iterator[RawDocument]:
    """A .gz of any format: the inner bytes are sniffed again (name without .gz as a hint).

    A .warc.gz is handed whole to the WARC reader: warcio reads its per-record gzip members
    itself, record by record, so a big archive never sits decompressed in memory.
    """
    from dateline.ingest.sniff import sniff_format

    inner_name = _inner_name(path or url)
    if inner_name.lower().endswith(".warc") or _starts_like_warc(data, origin):
        yield from read_bytes(data, origin, fmt="warc", path=path, url=url)
        return
    inner = gunzip_limited(data, origin)
    fmt = sniff_format(inner, name=inner_name)
    if fmt == "gzip":
        raise FormatError("gzip inside gzip is not read (nested compression)", source=origin)
    yield from read_bytes(inner, origin, fmt=fmt, path=path, url=url)


def _starts_like_warc(data: bytes, origin: str) -> bool:
    """Peek at the first decompressed bytes: b'WARC/' means a record-compressed WARC."""
    d = zlib.decompressobj(wbits=31)
    try:
        head = d.decompress(data[:_CHUNK], 16)
    except zlib.error:
        return False
    return head.startswith(b"WARC/")
