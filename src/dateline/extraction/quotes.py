"""Article + Doc -> quotes: direct (inside marks) and indirect, each with cue and speaker.

Direct quotes come from the mark scanner (quote_marks), indirect ones from the parse
(quote_indirect); both get their speaker from resolve.speakers. A direct quote's `text`
is the quoted words WITHOUT the marks, so the same words compare equal whatever marks a
publisher uses; `start:end` slices exactly that text. A mixed quote ("he said the plan
would 'create jobs'") gives two records: the indirect one over the whole reported clause
and a direct one over the words in marks, sharing cue and speaker.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.extraction.quote_cues import cue_class, cue_text
from dateline.extraction.quote_direct import DirectCandidate, find_direct
from dateline.extraction.quote_indirect import (
    Reported,
    find_colon_credits,
    find_advocacy,
    find_evidence_frames,
    find_headline_cues,
    find_noun_cues,
    find_perspectives,
    find_stance_adjectives,
    find_reported,
    find_stance_phrases,
)
from dateline.model import Article, Quote
from dateline.nlp import doc_text
from dateline.resolve.speakers import SpeakerResolver

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def find_quotes(doc: "Doc", article: Article) -> list[Quote]:
    """All quotes of the article in text order (the pipeline's "quotes" stage)."""
    resolver = SpeakerResolver(doc, article)
    direct = find_direct(doc)
    quotes = [_direct_quote(doc, d, resolver) for d in direct]
    quotes = _inherit_speakers(quotes, direct)
    quotes = [q for q, d in zip(quotes, direct) if _keep_direct(q, d)]
    quoted = [(d.span.open_at, d.span.close_end) for d in direct]
    names = [(m.start, m.end) for e in article.entities if e.label in ("PERSON", "ORG") for m in e.mentions]
    reported = (find_reported(doc, quoted) + find_colon_credits(doc, names, quoted)
                + find_stance_phrases(doc, quoted) + find_noun_cues(doc, quoted)
                + find_stance_adjectives(doc, quoted) + find_evidence_frames(doc, quoted)
                + find_advocacy(doc, quoted) + find_perspectives(doc, quoted)
                + find_headline_cues(doc, quoted))
    seen: set[tuple[int, int]] = set()
    taken: dict[int, list[tuple[int, int]]] = {}
    for rep in reported:
        if (rep.start, rep.end) in seen or any(s < rep.end and rep.start < e for s, e in taken.get(rep.cue.i, ())):
            continue  # two readings of one report (the parse and the surface frame, or two finders)
        seen.add((rep.start, rep.end))
        taken.setdefault(rep.cue.i, []).append((rep.start, rep.end))
        if rep.section != "speech" and _nested(rep, reported):
            continue  # "he said Russia hoped ...": the hope is his report, not a new source
        quotes.append(_quote(doc, "indirect", rep.start, rep.end, rep.cue, rep.speaker, resolver))
    quotes.sort(key=lambda q: (q.start, q.end))
    return quotes


def _nested(rep: "Reported", reported: list["Reported"]) -> bool:
    return any(o is not rep and o.start <= rep.cue.idx < o.end for o in reported)


def _direct_quote(doc: "Doc", cand: DirectCandidate, resolver: SpeakerResolver) -> Quote:
    return _quote(doc, "direct", cand.span.start, cand.span.end, cand.cue, cand.speaker, resolver)


def _quote(doc: "Doc", kind: str, start: int, end: int, cue: "Token | None",
           speaker: "Token | None", resolver: SpeakerResolver) -> Quote:
    q = Quote(start=start, end=end, text=doc_text(doc)[start:end], kind=kind)
    if cue is not None:
        q.cue, c_start, c_end = cue_text(cue)
        q.cue_span = {"start": c_start, "end": c_end}
    if speaker is not None:
        who = resolver.resolve(speaker)
        q.speaker, q.speaker_name = who.entity, who.name
        q.speaker_span = {"start": who.start, "end": who.end}
    return q


def _inherit_speakers(quotes: list[Quote], direct: list[DirectCandidate]) -> list[Quote]:
    """A quote without its own cue continues the previous one when it sits in the same
    paragraph (“A,” he said. “B.”) or opens the next paragraph (the news convention for
    long quotes); it takes that quote's cue and speaker, so both read as one attribution."""
    prev: tuple[Quote, DirectCandidate] | None = None
    for q, d in zip(quotes, direct):
        if q.cue is None and prev is not None and prev[0].cue is not None:
            p_q, p_d = prev
            same_para = p_d.paragraph == d.paragraph
            next_para = d.paragraph == p_d.paragraph + 1 and d.opens_paragraph
            if same_para or next_para or d.span.continues:
                q.cue, q.cue_span = p_q.cue, p_q.cue_span
                q.speaker, q.speaker_name, q.speaker_span = p_q.speaker, p_q.speaker_name, p_q.speaker_span
        prev = (q, d)
    return quotes


def _keep_direct(q: Quote, d: DirectCandidate) -> bool:
    """Drop what marks enclose but nobody says: titles, scare quotes, nicknames. A quote
    with a cue needs two words; one without any cue must look like a spoken sentence."""
    words = len(q.text.split())
    if q.cue is not None:
        return words >= 2
    return words >= MIN_UNCUED_WORDS and d.sentence_like


#: An uncued stretch in marks shorter than this is more often a title or a scare quote.
MIN_UNCUED_WORDS = 6

__all__ = ["find_quotes", "cue_class"]
