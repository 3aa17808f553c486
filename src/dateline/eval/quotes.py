"""`dateline eval quotes`: the quote stage against PolNeAR (train and dev, scored apart).

Scoring, and why:
- Gold direct quotes are PolNeAR attributions labelled `direct` (>= 80% of the content in
  quotation marks; the derived JSONL's label). A system quote matches a gold one when it
  covers at least 30% of the gold content's characters; matching is one-to-one (a
  maximum matching: see `match`).
- One attribution, several fragments: PolNeAR keeps “A,” he said. “B.” as ONE attribution
  with two content fragments, and a quote running over paragraphs as one with a fragment
  per paragraph. The stage stores each stretch in marks as its own quote and gives the
  stretches of one attribution the same cue span, so the scorer first groups system
  direct quotes by cue span. The per-stretch figures (no grouping) are reported too.
- A system direct quote that matches no gold direct quote but lies inside the content of
  a gold mixed or indirect attribution (the words in marks of "he said the plan would
  'create jobs'") is neither right nor wrong for direct-quote precision: it is a partial
  quote of an attribution the gold set has, which the gold set does not list on its own.
  `precision_strict` counts those as wrong too.
- Speaker accuracy, over matched direct quotes whose gold source is given: right when the
  system's speaker mention overlaps the gold source span, or the system's speaker entity
  has a mention overlapping it (PolNeAR gives no coreference chains, so this is the
  chain we can check), or the gold source's last word is a word of the speaker's name.
- Indirect recall: gold `indirect` attributions covered (>= 30%, one-to-one) by a system
  indirect quote. `indirect_attested` is a loose precision beside it: the share of system
  indirect quotes that cover >= 30% of the content of some gold attribution of any kind
  (not one-to-one), so that recall bought with junk shows.
- Relabelled kinds: the JSONL's `kind` counts only " “ ” as quotation marks, so NYT-style
  ''...'' quotes come out `indirect`. By default the scorer recomputes the share of the
  content inside double marks with '' counted as a double mark (same thresholds: >= 0.8
  direct, > 0 mixed); `relabel=False` scores the JSONL's own labels.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dateline.errors import ConfigError
from dateline.model import Article, Quote, Source

MIN_COVER = 0.3
SPLITS = ("train", "dev")
_PRONOUNS = {"he", "she", "i", "we", "they", "it", "you", "who", "his", "her"}


@dataclass
class Unit:
    """One system attribution: the character ranges of its quotes and its speaker."""

    ranges: list[tuple[int, int]]
    quote: Quote


@dataclass
class Tally:
    gold_direct: int = 0
    sys_direct: int = 0
    matched: int = 0
    neutral: int = 0
    speaker_gold: int = 0
    speaker_right: int = 0
    gold_indirect: int = 0
    indirect_found: int = 0
    gold_mixed: int = 0
    mixed_found: int = 0
    sys_indirect: int = 0
    sys_indirect_attested: int = 0
    # per stretch, without grouping by cue
    flat_sys: int = 0
    flat_matched: int = 0
    flat_neutral: int = 0
    docs: int = 0
    errors: list[str] = field(default_factory=list)


def evaluate(data_dir: Path, limit: int | None = None, relabel: bool = True,
             splits: tuple[str, ...] = SPLITS) -> dict[str, Any]:
    """Figures for each split; `limit` scores only the first N articles of each."""
    root = Path(data_dir) / "quotes" / "polnear"
    if not root.is_dir():
        raise ConfigError(f"PolNeAR not found at {root}: pass --data, the folder holding quotes/polnear")
    from dateline.api import load_pipeline

    pipe = load_pipeline()
    result: dict[str, Any] = {"min_cover": MIN_COVER, "relabelled": relabel}
    for split in splits:
        tally = Tally()
        for record in _records(root / f"polnear_{split}.jsonl", limit):
            article = Article(text=record["text"], source=Source("text"))
            article = pipe.annotate(article, pipe.nlp(record["text"]))
            gold = relabel_kinds(record["text"], record["attributions"]) if relabel else record["attributions"]
            score_article(article, gold, tally)
        result[split] = figures(tally)
    return result


def _records(path: Path, limit: int | None) -> Iterator[dict[str, Any]]:
    if not path.is_file():
        raise ConfigError(f"{path} is missing; see quotes/SOURCE.md")
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if limit is not None and n >= limit:
                return
            yield json.loads(line)


_DOUBLE = re.compile(r"''|[\"“”]")


def double_quoted_mask(text: str) -> list[bool]:
    """Characters inside double quotation marks, '' pairs included; a quote left open at a
    paragraph end runs to that end (the news convention for long quotes). Deliberately
    simpler than the stage's scanner: it defines the gold label, not our output."""
    mask = [False] * len(text)
    for para in re.finditer(r"[^\n]+", text):
        open_at: int | None = None
        for m in _DOUBLE.finditer(para.group()):
            pos = para.start() + m.start()
            mark = m.group()
            if open_at is None and mark != "”":
                open_at = pos
            elif open_at is not None and mark != "“":
                mask[open_at:pos + len(mark)] = [True] * (pos + len(mark) - open_at)
                open_at = None
        if open_at is not None:
            mask[open_at:para.end()] = [True] * (para.end() - open_at)
    return mask


def relabel_kinds(text: str, gold: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The gold attributions with `kind` recomputed from double_quoted_mask."""
    mask = double_quoted_mask(text)
    out = []
    for g in gold:
        chars = [i for s, e in g["content"] for i in range(s, e) if not text[i].isspace()]
        ratio = sum(mask[i] for i in chars) / len(chars) if chars else 0.0
        kind = "direct" if ratio >= 0.8 else "mixed" if ratio > 0 else "indirect"
        out.append({**g, "kind": kind})
    return out


def score_article(article: Article, gold: list[dict[str, Any]], tally: Tally) -> None:
    """Add one article's counts to the tally."""
    tally.docs += 1
    direct = [q for q in article.quotes if q.kind == "direct"]
    indirect = [q for q in article.quotes if q.kind == "indirect"]
    g_direct = [g for g in gold if g["kind"] == "direct"]
    g_mixed = [g for g in gold if g["kind"] == "mixed"]
    g_indirect = [g for g in gold if g["kind"] == "indirect"]
    mixed_ranges = [tuple(f) for g in g_mixed + g_indirect for f in g["content"]]

    units = group_by_cue(direct)
    pairs = match(units, g_direct)
    tally.gold_direct += len(g_direct)
    tally.sys_direct += len(units)
    tally.matched += len(pairs)
    tally.neutral += _neutral(units, pairs, mixed_ranges)
    for ui, gi in pairs.items():
        if g_direct[gi]["source"]:
            tally.speaker_gold += 1
            tally.speaker_right += speaker_right(units[ui].quote, g_direct[gi], article)

    flat = [Unit([(q.start, q.end)], q) for q in direct]
    flat_pairs = match(flat, g_direct)
    tally.flat_sys += len(flat)
    tally.flat_matched += len(flat_pairs)
    tally.flat_neutral += _neutral(flat, flat_pairs, mixed_ranges)

    tally.sys_indirect += len(indirect)
    tally.sys_indirect_attested += sum(
        any(coverage([(q.start, q.end)], g["content"]) >= MIN_COVER for g in gold) for q in indirect)
    tally.gold_indirect += len(g_indirect)
    tally.indirect_found += len(match([Unit([(q.start, q.end)], q) for q in indirect], g_indirect))
    tally.gold_mixed += len(g_mixed)
    tally.mixed_found += len(match([Unit([(q.start, q.end)], q) for q in article.quotes], g_mixed))


def group_by_cue(quotes: list[Quote]) -> list[Unit]:
    """Quotes sharing a cue span are one attribution; a quote without a cue stands alone."""
    units: dict[Any, Unit] = {}
    for q in quotes:
        key = (q.cue_span["start"], q.cue_span["end"]) if q.cue_span else ("alone", q.start)
        if key in units:
            units[key].ranges.append((q.start, q.end))
        else:
            units[key] = Unit([(q.start, q.end)], q)
    return list(units.values())


def coverage(ranges: list[tuple[int, int]], gold: list[list[int]]) -> float:
    """Share of the gold content's characters that the system ranges cover."""
    total = sum(e - s for s, e in gold)
    if total <= 0:
        return 0.0
    covered = sum(max(0, min(e, ge) - max(s, gs)) for gs, ge in gold for s, e in ranges)
    return covered / total


def match(units: list[Unit], gold: list[dict[str, Any]]) -> dict[int, int]:
    """One-to-one matching with as many pairs as possible: {unit index: gold index}.

    Candidates are pairs covering >= MIN_COVER of the gold content. Greedy best-coverage
    matching undercounts when attributions nest (a short gold attribution inside a longer
    one takes the only system quote that could match both), so the pairs are found by
    augmenting paths (Kuhn's maximum bipartite matching), trying better coverage first."""
    options: dict[int, list[int]] = {}
    for ui, u in enumerate(units):
        scored = [(coverage(u.ranges, g["content"]), gi) for gi, g in enumerate(gold)]
        options[ui] = [gi for c, gi in sorted(scored, reverse=True) if c >= MIN_COVER]
    owner: dict[int, int] = {}  # gold index -> unit index

    def assign(ui: int, seen: set[int]) -> bool:
        for gi in options[ui]:
            if gi in seen:
                continue
            seen.add(gi)
            if gi not in owner or assign(owner[gi], seen):
                owner[gi] = ui
                return True
        return False

    for ui in options:
        if options[ui]:
            assign(ui, set())
    return {ui: gi for gi, ui in owner.items()}


def _neutral(units: list[Unit], pairs: dict[int, int], mixed: list[tuple[int, int]]) -> int:
    """Unmatched system units that lie (mostly) inside a gold mixed attribution."""
    n = 0
    for ui, u in enumerate(units):
        if ui in pairs:
            continue
        size = sum(e - s for s, e in u.ranges)
        inside = sum(max(0, min(e, me) - max(s, ms)) for s, e in u.ranges for ms, me in mixed)
        n += size > 0 and inside >= 0.5 * size
    return n


def speaker_right(q: Quote, gold: dict[str, Any], article: Article) -> bool:
    """See the module docstring: span overlap, entity-mention overlap, or the name."""
    sources = gold["source"]

    def overlaps(s: int, e: int) -> bool:
        return any(s < ge and gs < e for gs, ge in sources)

    if q.speaker_span and overlaps(q.speaker_span["start"], q.speaker_span["end"]):
        return True
    ent = article.entity(q.speaker)
    if ent is not None and any(overlaps(m.start, m.end) for m in ent.mentions):
        return True
    words = gold["source_text"].replace("’s", "").replace("'s", "").split()
    name = (q.speaker_name or "").split()
    return bool(words) and words[-1].lower() not in _PRONOUNS and words[-1] in name


def figures(t: Tally) -> dict[str, Any]:
    def prf(matched: int, sys: int, neutral: int, gold: int) -> dict[str, float]:
        p = matched / (sys - neutral) if sys - neutral else 0.0
        r = matched / gold if gold else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4),
                "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
                "precision_strict": round(matched / sys, 4) if sys else 0.0}

    return {
        "articles": t.docs,
        "direct": {**prf(t.matched, t.sys_direct, t.neutral, t.gold_direct),
                   "gold": t.gold_direct, "system": t.sys_direct, "matched": t.matched,
                   "in_mixed": t.neutral},
        "direct_per_stretch": prf(t.flat_matched, t.flat_sys, t.flat_neutral, t.gold_direct),
        "speaker_accuracy": round(t.speaker_right / t.speaker_gold, 4) if t.speaker_gold else 0.0,
        "speaker_scored": t.speaker_gold,
        "indirect_recall": round(t.indirect_found / t.gold_indirect, 4) if t.gold_indirect else 0.0,
        "indirect_gold": t.gold_indirect,
        "indirect_system": t.sys_indirect,
        "indirect_attested": round(t.sys_indirect_attested / t.sys_indirect, 4) if t.sys_indirect else 0.0,
        "mixed_recall": round(t.mixed_found / t.gold_mixed, 4) if t.gold_mixed else 0.0,
    }


def format_report(result: dict[str, Any]) -> str:
    lines = [f"PolNeAR quotes (a match covers >= {int(result['min_cover'] * 100)}% of the gold content, one-to-one)",
             f"{'split':<6} {'docs':>5} {'P':>6} {'R':>6} {'F1':>6} {'F1/stretch':>10} {'speaker':>8} {'indirect R':>10} "
             f"{'attested':>8} {'mixed R':>8}"]
    for split in SPLITS:
        f = result.get(split)
        if not f:
            continue
        d = f["direct"]
        lines.append(f"{split:<6} {f['articles']:>5} {d['precision']:>6.3f} {d['recall']:>6.3f} {d['f1']:>6.3f} "
                     f"{f['direct_per_stretch']['f1']:>10.3f} {f['speaker_accuracy']:>8.3f} "
                     f"{f['indirect_recall']:>10.3f} {f.get('indirect_attested', 0.0):>8.3f} {f['mixed_recall']:>8.3f}")
    return "\n".join(lines)
