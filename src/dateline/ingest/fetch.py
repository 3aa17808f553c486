"""Fetch one URL with httpx, within limits: http(s) only, timeouts, redirects, size.

The body is streamed and counted, so a server that sends an endless or huge response is
cut off at the size limit instead of filling memory. Every failure is a one-line
FetchError (or LimitError for size) naming the URL.
"""
from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from dateline import __version__
from dateline.errors import FetchError, LimitError
from dateline.ingest.limits import Limits, current_limits, human_size

USER_AGENT = f"dateline/{__version__} (news event extraction; +https://example.org/dateline)"
_SCHEMES = ("http", "https")


@dataclass
class Fetched:
    """What a fetch brought back: the bytes, the URL after redirects, the Content-Type."""

    data: bytes
    url: str
    content_type: str | None

    def __iter__(self):  # lets callers unpack (data, final_url, content_type)
        return iter((self.data, self.url, self.content_type))


def fetch_url(url: str, *, limits: Limits | None = None,
              transport: httpx.BaseTransport | None = None) -> Fetched:
    """GET `url` and return its body; `transport` is the test seam httpx provides."""
    lim = limits or current_limits()
    _check_scheme(url, url)
    timeout = httpx.Timeout(lim.fetch_timeout_s)
    try:
        with httpx.Client(follow_redirects=True, max_redirects=lim.max_redirects, timeout=timeout,
                          headers={"User-Agent": USER_AGENT}, transport=transport,
                          event_hooks={"request": [lambda req: _check_scheme(str(req.url), url)]}) as client:
            with client.stream("GET", url) as resp:
                if resp.status_code >= 400:
                    raise FetchError(f"HTTP {resp.status_code} {resp.reason_phrase}".strip(), source=url)
                data = _read_limited(resp, url, lim)
                return Fetched(data=data, url=str(resp.url), content_type=resp.headers.get("content-type"))
    except httpx.TooManyRedirects:
        raise FetchError(f"more than {lim.max_redirects} redirects", source=url) from None
    except httpx.TimeoutException:
        raise FetchError(f"timed out after {lim.fetch_timeout_s:g} s", source=url) from None
    except httpx.UnsupportedProtocol:
        raise FetchError("only http and https URLs can be fetched", source=url) from None
    except httpx.InvalidURL as exc:
        raise FetchError(f"invalid URL ({exc})", source=url) from None
    except httpx.HTTPError as exc:
        raise FetchError(f"cannot fetch ({type(exc).__name__}: {_first_line(exc)})", source=url) from None


def _check_scheme(target: str, origin: str) -> None:
    """Refuse file:, ftp:, data: ... on the first request and on every redirect hop."""
    scheme = urlsplit(target).scheme.lower()
    if scheme not in _SCHEMES:
        raise FetchError(f"only http and https URLs can be fetched, not {scheme or 'a bare path'}:", source=origin)


def _read_limited(resp: httpx.Response, url: str, lim: Limits) -> bytes:
    declared = resp.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > lim.max_input_bytes:
        raise LimitError(f"response is {human_size(int(declared))}, over the "
                         f"{human_size(lim.max_input_bytes)} limit", source=url)
    buf = bytearray()
    for chunk in resp.iter_bytes():
        buf += chunk
        if len(buf) > lim.max_input_bytes:
            raise LimitError(f"response is over the {human_size(lim.max_input_bytes)} limit", source=url)
    return bytes(buf)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0][:120] if text else "no detail"
