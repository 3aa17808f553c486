"""One exception tree for everything dateline raises on purpose.

    DatelineError                 base; str(err) is a one-line message naming the input
    ├── InputError                the input cannot be read as an article
    │   ├── EmptyInputError       nothing there (empty file, whitespace only)
    │   ├── BinaryInputError      not text (NUL bytes, undecodable binary)
    │   ├── NoArticleError        readable, but no article body in it
    │   ├── FormatError           a reader failed on a malformed file (HTML, PDF, feed, WARC, gzip)
    │   └── LimitError            over a configured limit (size, ratio, depth, time)
    ├── FetchError                a URL could not be fetched
    ├── StoreError                the database refused or is unusable
    └── ConfigError               a bad option or a missing optional extra

The CLI prints `str(err)` on one line and exits non-zero; it never shows a traceback for these.
"""
from __future__ import annotations


class DatelineError(Exception):
    """Base of every deliberate dateline failure."""

    def __init__(self, message: str, *, source: str | None = None) -> None:
        self.source = source
        self.reason = message
        super().__init__(f"{source}: {message}" if source else message)


class InputError(DatelineError):
    pass


class EmptyInputError(InputError):
    pass


class BinaryInputError(InputError):
    pass


class NoArticleError(InputError):
    pass


class FormatError(InputError):
    pass


class LimitError(InputError):
    pass


class FetchError(DatelineError):
    pass


class StoreError(DatelineError):
    pass


class ConfigError(DatelineError):
    pass
