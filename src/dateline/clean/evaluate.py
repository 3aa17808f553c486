"""Cleaner evaluation on ../shared/data/corpus/messy: PDF round-trips with known answers.

Follows the eval-module interface (`evaluate(data_dir, limit) -> dict`, `format_report`).
Run:  PYTHONPATH=src .venv/bin/python -m dateline.clean.evaluate [DATA_DIR]
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

from dateline.clean.article import clean_document
from dateline.ingest.document import RawDocument
from dateline.ingest.text import decode_text

_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def sentences(text: str) -> list[str]:
    """Rough sentence split, good enough to ask "is this sentence in the body?"."""
    parts = re.split(r"(?:(?<=[.!?])|(?<=[.!?][\"”'’]))\s+(?=[\"“A-Z0-9])|\n+", text)
    return [s.strip() for s in parts if _key(s)]


def score_file(path: Path) -> dict[str, Any]:
    """Compare the cleaner's output on one .messy.txt with its .meta.json and .clean.txt."""
    meta = json.loads(path.with_name(path.name.replace(".messy.txt", ".meta.json")).read_text())
    expected = meta["expected"]
    clean = path.with_name(path.name.replace(".messy.txt", ".clean.txt")).read_text()
    raw = RawDocument(text=decode_text(path.read_bytes(), path.name), format="text", origin=path.name)
    art = clean_document(raw)
    body_key, clean_key = _key(art.text), _key(clean)
    gold = sentences(clean)
    kept = [s for s in gold if _key(s) in body_key]
    extra = [s for s in sentences(art.text) if _key(s) not in clean_key]
    clean_words = set(_WORD.findall(clean))
    return {
        "file": path.name.replace(".messy.txt", ""),
        "headline_ok": art.headline == expected["headline"],
        "date_ok": art.published == expected["publication_date"],
        "sentences": len(gold),
        "kept": len(kept),
        "missing": [s for s in gold if _key(s) not in body_key],
        "extra": extra,
        "words_not_in_clean": sorted({w for w in _WORD.findall(art.text) if w not in clean_words}),
        "paragraphs": art.text.count("\n\n") + 1,
        "paragraph_starts_ok": _starts_ok(art.text, clean) if "body_paragraphs" in expected else None,
        "expected_paragraphs": (expected["body_paragraphs"] + len(expected.get("body_extra_paragraphs", [])))
        if "body_paragraphs" in expected else None,
        "links_ok": _links_ok(art, expected) if "links" in expected else None,
    }


def _starts_ok(body: str, clean: str) -> int:
    """How many of the original paragraphs also start a paragraph of the cleaned body."""
    mine = {_key(p)[:40] for p in body.split("\n\n")}
    return sum(1 for p in clean.split("\n\n") if p.strip() and _key(p)[:40] in mine)


def _links_ok(art, expected: dict) -> bool:
    got = {(lk.text or None, lk.url or None) for lk in art.links}
    return got == {(lk["text"], lk["url"]) for lk in expected["links"]}


def evaluate(data_dir: Path, limit: int | None = None) -> dict[str, Any]:
    files = sorted((Path(data_dir) / "corpus" / "messy").glob("*.messy.txt"))[:limit]
    rows = [score_file(p) for p in files]
    n = len(rows) or 1
    return {
        "documents": len(rows),
        "headline_accuracy": sum(r["headline_ok"] for r in rows) / n,
        "date_accuracy": sum(r["date_ok"] for r in rows) / n,
        "sentence_recall": sum(r["kept"] for r in rows) / (sum(r["sentences"] for r in rows) or 1),
        "rows": rows,
    }


def format_report(result: dict[str, Any]) -> str:
    lines = [
        f"documents {result['documents']}  headline {result['headline_accuracy']:.0%}  "
        f"date {result['date_accuracy']:.0%}  clean sentences kept {result['sentence_recall']:.1%}",
        f"{'file':<52} head date kept   extra paras(exp) starts links  words-not-in-clean",
    ]
    for r in result["rows"]:
        paras = f"{r['paragraphs']}({r['expected_paragraphs'] or '-'})"
        if r["paragraph_starts_ok"] is not None:
            paras += f" {r['paragraph_starts_ok']}"
        links = {True: "ok", False: "DIFF", None: "-"}[r["links_ok"]]
        lines.append(
            f"{r['file']:<52} {'ok' if r['headline_ok'] else 'NO':<4} {'ok' if r['date_ok'] else 'NO':<4} "
            f"{r['kept']:>2}/{r['sentences']:<3} {len(r['extra']):>5} {paras:>10} {links:>5}  "
            f"{', '.join(r['words_not_in_clean'][:6])}"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[4] / "shared" / "data"
    print(format_report(evaluate(root)))
