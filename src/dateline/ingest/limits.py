"""Input limits: how much a hostile or broken input may cost us before we refuse it.

Every reader checks these before doing expensive work, so that a 10 GB file, a gzip bomb,
a 60,000-deep HTML tree or a feed full of entity definitions fails with a one-line
LimitError (or FormatError) naming the input instead of eating memory or crashing.

Defaults are generous for real news (the biggest article pages we have seen are a few MB of
HTML) and small enough that a batch run on a laptop survives junk. Each limit can be set
with an environment variable `DATELINE_<NAME>` (upper case), e.g. `DATELINE_MAX_INPUT_BYTES`,
or by passing a `Limits` object where a function takes one.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace

from dateline.errors import ConfigError, LimitError

_MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """The configurable limits; see the module docstring for why each exists."""

    #: biggest input file/response we read at all (bytes). 50 MB covers long PDF reports.
    max_input_bytes: int = 50 * _MB
    #: biggest result of decompressing one gzip stream or one WARC record (bytes).
    max_decompressed_bytes: int = 200 * _MB
    #: decompressed/compressed size ratio above which a gzip is treated as a bomb.
    #: Text compresses 3-10x, very repetitive HTML up to ~100x; bombs reach 1000x.
    max_compression_ratio: float = 200.0
    #: ratio is only checked past this many decompressed bytes (tiny files have odd ratios).
    ratio_check_after_bytes: int = 1 * _MB
    #: deepest HTML element nesting we hand to lxml; real pages stay below ~100. libxml2
    #: silently drops everything below ~254 levels (html/body included), and our count
    #: skips implicitly closed elements (p, li, td), so the default keeps a margin under it.
    max_html_depth: int = 200
    #: most elements (start tags outside script/style) in one page; the largest of our 279
    #: real news pages opens about 6,000, and extraction time grows with this count.
    max_html_elements: int = 30_000
    #: most records read from one WARC file and most items read from one feed.
    max_records: int = 100_000
    #: longest body text (characters) passed on to the cleaner; the rest is cut with a warning.
    max_body_chars: int = 2_000_000
    #: longest cleaned text handed to spaCy (characters); longer ones are cut at a paragraph
    #: break with a warning (dateline.pipeline). Real news stays under ~50,000; spaCy's own
    #: max_length (1,000,000) must never be reached, and 200,000 chars take ~30 s on one core.
    max_article_chars: int = 200_000
    #: seconds one article may spend in cleaning + NLP + stages before it fails with a
    #: LimitError and the batch goes on (dateline.pipeline; SIGALRM in the main thread).
    max_article_seconds: float = 60.0
    #: PDF pages read from one file.
    max_pdf_pages: int = 500
    #: URL fetching: seconds per connect/read, most redirects followed.
    fetch_timeout_s: float = 20.0
    max_redirects: int = 5

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> "Limits":
        """Defaults, overridden by DATELINE_<FIELD> environment variables."""
        env = os.environ if environ is None else environ
        changes: dict[str, object] = {}
        for f in fields(cls):
            raw = env.get(f"DATELINE_{f.name.upper()}")
            if raw is None:
                continue
            caster = float if f.type in ("float", float) else int
            try:
                value = caster(raw)
            except ValueError:
                raise ConfigError(f"DATELINE_{f.name.upper()} must be a number, not {raw!r}") from None
            if value <= 0:
                raise ConfigError(f"DATELINE_{f.name.upper()} must be positive, not {raw!r}")
            changes[f.name] = value
        return replace(cls(), **changes)  # type: ignore[arg-type]


def current_limits() -> Limits:
    """The limits in force now (read from the environment each time: cheap, and testable)."""
    return Limits.from_env()


def check_input_size(size: int, origin: str, limits: Limits | None = None) -> None:
    """Refuse an input bigger than max_input_bytes, before anything parses it."""
    lim = limits or current_limits()
    if size > lim.max_input_bytes:
        raise LimitError(
            f"input is {_human(size)}, over the {_human(lim.max_input_bytes)} limit "
            "(raise DATELINE_MAX_INPUT_BYTES to allow it)",
            source=origin,
        )


def cap_body(text: str, hints: dict[str, object], limits: Limits | None = None) -> str:
    """Cut a body longer than max_body_chars, saying so in hints["warnings"]."""
    lim = limits or current_limits()
    if len(text) <= lim.max_body_chars:
        return text
    add_warning(hints, f"body cut at {lim.max_body_chars} characters (DATELINE_MAX_BODY_CHARS)")
    return text[: lim.max_body_chars]


def add_warning(hints: dict[str, object], message: str) -> None:
    """Readers' notes for Article.warnings travel in hints["warnings"] (a list of str)."""
    warnings = hints.setdefault("warnings", [])
    if isinstance(warnings, list):
        warnings.append(message)


def _human(n: int) -> str:
    if n >= _MB:
        return f"{n / _MB:.1f} MB"
    if n >= 1024:
        return f"{n / 1024:.1f} KB"
    return f"{n} bytes"


human_size = _human
