"""Article text -> paragraphs of highlighted segments, for the article page.

Spans may overlap (a quote contains an entity mention, an event's sentence contains both), so
the text is cut at every span boundary and each piece carries the kinds of all spans covering
it. The template escapes every piece: article text is untrusted and never becomes markup.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from dateline.model import Article


@dataclass
class Mark:
    start: int
    end: int
    kind: str  # entity | timex | quote | event
    title: str
    ref: str | None = None


@dataclass
class Segment:
    text: str
    kinds: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    refs: list[str] = field(default_factory=list)


def article_marks(article: Article) -> list[Mark]:
    """Every span of the article worth showing, with a tooltip."""
    marks: list[Mark] = []
    for ent in article.entities:
        extra = ", ".join(x for x in (ent.country, ent.role) if x)
        for m in ent.mentions:
            marks.append(Mark(m.start, m.end, "entity", f"{ent.label}: {ent.name}" + (f" ({extra})" if extra else ""),
                              ref=ent.id))
    for tx in article.timexes:
        marks.append(Mark(tx.start, tx.end, "timex", f"{tx.type} = {tx.value}"))
    for q in article.quotes:
        marks.append(Mark(q.start, q.end, "quote", f"{q.kind} quote by {q.speaker_name or 'unknown'} ({q.cue or '?'})"))
    for i, ev in enumerate(article.events):
        who = f"{ev.source.code or ev.source.name or '?'} -> {ev.target.code or ev.target.name or '-'}"
        span = ev.trigger or ev.evidence
        marks.append(Mark(span.start, span.end, "event", f"{ev.code} {ev.label}: {who}", ref=f"ev{i}"))
    return marks


def segment(text: str, marks: list[Mark]) -> list[list[Segment]]:
    """Paragraphs (split on blank lines) of segments, each with the kinds covering it."""
    cuts = {0, len(text)}
    for m in marks:
        if 0 <= m.start < m.end <= len(text):
            cuts.update((m.start, m.end))
    para_starts = [0]
    pos = text.find("\n\n")
    while pos != -1:
        cuts.update((pos, pos + 2))
        para_starts.append(pos + 2)
        pos = text.find("\n\n", pos + 2)
    bounds = sorted(cuts)
    paragraphs: list[list[Segment]] = [[]]
    for a, b in zip(bounds, bounds[1:]):
        piece = text[a:b]
        if piece == "\n\n":
            paragraphs.append([])
            continue
        covering = [m for m in marks if m.start <= a and b <= m.end]
        paragraphs[-1].append(Segment(piece, sorted({m.kind for m in covering}),
                                      [m.title for m in covering], [m.ref for m in covering if m.ref]))
    return [p for p in paragraphs if p]
