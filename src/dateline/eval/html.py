"""`dateline eval html`: body extraction and publication dates on real news pages.

Two gold sets under data_dir/html (see its SOURCE.md):
- article-extraction-benchmark (Zyte): gold `articleBody` per page. Scored the way that
  benchmark scores: multisets of 4-token shingles over `\\w+` tokens (case kept), TP/FP/FN
  per page normalised to sum 1, precision and recall macro-averaged over pages, F1 of the
  two averages. Our HTML reader's body and plain `trafilatura.extract()` (defaults) are
  scored in the same run so the comparison is like for like.
- htmldate-mediacloud-2020: gold publication day per page. Our reader's date vs plain
  `htmldate.find_date()` (defaults); a page whose gold is NaN counts as right when no date
  is returned, the way htmldate's own evaluation counts it.
"""
from __future__ import annotations

import gzip
import json
import math
import re
import statistics
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from dateline.errors import ConfigError, DatelineError

_TOKEN = re.compile(r"\w+")
_NGRAM = 4


def shingles(text: str, n: int = _NGRAM) -> Counter[tuple[str, ...]]:
    """Multiset of n-token shingles; a text shorter than n gives its one short shingle."""
    tokens = _TOKEN.findall(text or "")
    grams = [tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1))]
    return Counter(g for g in grams if g)


def page_counts(gold: str, pred: str) -> tuple[float, float, float]:
    """(tp, fp, fn) over shingles, normalised to sum 1 so long pages weigh no more than short."""
    g, p = shingles(gold), shingles(pred)
    tp = sum((g & p).values())
    fp = sum((p - g).values())
    fn = sum((g - p).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return tp / (tp + fp) if tp + fp else 0.0


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return tp / (tp + fn) if tp + fn else 0.0


def macro_prf(counts: list[tuple[float, float, float]]) -> dict[str, float]:
    """Macro precision (pages with any prediction), recall (pages with any gold), F1 of the two."""
    precs = [_precision(*c) for c in counts if c[0] + c[1] > 0]
    recs = [_recall(*c) for c in counts if c[0] + c[2] > 0]
    p = statistics.mean(precs) if precs else 0.0
    r = statistics.mean(recs) if recs else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f1, 4)}


# ---------------------------------------------------------------- extractors under test
def ours_body(html: str, url: str | None) -> str:
    """The body our HTML reader hands to the cleaner (what `dateline extract page.html` starts from)."""
    from dateline.ingest.html import extract_html

    try:
        return extract_html(html, "<eval>", url).text  # the same decoded page trafilatura gets
    except DatelineError:
        return ""


def trafilatura_body(html: str, url: str | None) -> str:
    import trafilatura

    return trafilatura.extract(html, url=url) or ""


def ours_date(html: str, url: str | None) -> str | None:
    from dateline.ingest.html import find_published

    return find_published(html, url)


def htmldate_date(html: str, url: str | None) -> str | None:
    from htmldate import find_date

    return find_date(html, url=url)


# ---------------------------------------------------------------- the two benchmarks
def evaluate_bodies(bench_dir: Path, limit: int | None = None,
                    systems: dict[str, Callable[[str, str | None], str]] | None = None) -> dict:
    systems = systems or {"dateline": ours_body, "trafilatura": trafilatura_body}
    gold = json.loads((bench_dir / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(gold)[:limit] if limit else sorted(gold)
    counts: dict[str, list[tuple[float, float, float]]] = {name: [] for name in systems}
    for page_id in ids:
        html = gzip.open(bench_dir / "html" / f"{page_id}.html.gz", "rt", encoding="utf8").read()
        url = gold[page_id].get("url")
        for name, fn in systems.items():
            counts[name].append(page_counts(gold[page_id].get("articleBody", ""), fn(html, url)))
    return {"pages": len(ids), **{name: macro_prf(c) for name, c in counts.items()}}


def evaluate_dates(date_dir: Path, limit: int | None = None,
                   systems: dict[str, Callable[[str, str | None], str | None]] | None = None) -> dict:
    systems = systems or {"dateline": ours_date, "htmldate": htmldate_date}
    gold = json.loads((date_dir / "ground-truth.json").read_text(encoding="utf-8"))
    urls = sorted(gold)[:limit] if limit else sorted(gold)
    right = {name: 0 for name in systems}
    for url in urls:
        entry = gold[url]
        html = _read_page(date_dir / "html" / f"{entry['file']}.gz")
        want = entry.get("date")
        want = None if want is None or (isinstance(want, float) and math.isnan(want)) else str(want)
        for name, fn in systems.items():
            try:
                got = fn(html, url)
            except Exception:  # noqa: BLE001 - a crash on a page is a wrong answer, not a failed eval
                got = None
            right[name] += (got or None) == want
    n = len(urls)
    return {"pages": n, **{name: {"accuracy": round(right[name] / n, 4) if n else 0.0,
                                  "correct": right[name]} for name in systems}}


def _read_page(path: Path) -> str:
    from dateline.ingest.charset import decode_markup

    return decode_markup(gzip.open(path, "rb").read(), str(path))


def evaluate(data_dir: Path, limit: int | None = None) -> dict:
    bench = Path(data_dir) / "html" / "article-extraction-benchmark"
    dates = Path(data_dir) / "html" / "htmldate-mediacloud-2020"
    for folder in (bench, dates):
        if not (folder / "ground-truth.json").is_file():
            raise ConfigError(f"gold set not found: {folder}/ground-truth.json")
    return {"body": evaluate_bodies(bench, limit), "date": evaluate_dates(dates, limit)}


def format_report(result: dict) -> str:
    body, date = result["body"], result["date"]
    lines = [f"Body extraction, Zyte article-extraction-benchmark ({body['pages']} pages, 4-token shingles)",
             f"  {'system':<14}{'precision':>10}{'recall':>10}{'F1':>8}"]
    for name in (k for k in body if k != "pages"):
        m = body[name]
        lines.append(f"  {name:<14}{m['precision']:>10.3f}{m['recall']:>10.3f}{m['f1']:>8.3f}")
    lines += ["", f"Publication date, htmldate Media Cloud 2020 ({date['pages']} pages, exact day)",
              f"  {'system':<14}{'accuracy':>10}{'correct':>9}"]
    for name in (k for k in date if k != "pages"):
        m = date[name]
        lines.append(f"  {name:<14}{m['accuracy']:>10.3f}{m['correct']:>9}")
    return "\n".join(lines)
