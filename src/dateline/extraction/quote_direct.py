"""Quoted stretches -> direct-quote candidates with their cue and speaker token.

The cue is found first through the parse (the quote hangs from "said" as its complement,
or a partial quote sits inside the clause a cue reports: climb the heads until a cue),
then, when the parser split the sentence at the closing mark, through the frame around
the quote: `"...," Ri told reporters.` after it, `Trump tweeted: "..."` before it.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from dateline.extraction.quote_cues import cue_class, cue_subject
from dateline.extraction.quote_marks import MarkedSpan, find_marked_spans, paragraphs
from dateline.nlp import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: How far up the head chain a partial quote may sit below its cue
#: ("said he hoped to find ways to create 'a new milestone'" is five links).
MAX_CLIMB = 6
#: A frame after or before the quote is at most this many tokens ("Ri told reporters on
#: Tuesday in Moscow"); longer stretches are a sentence of their own.
MAX_FRAME = 14
_SENT_END = {".", "!", "?"}
#: The cue of a trailing frame comes early: `said Mr. Burman, an economist at ...`.
CUE_WITHIN = 6
_DASHES = {"―", "—", "–", "-", "--"}


@dataclass
class DirectCandidate:
    span: MarkedSpan
    cue: "Token | None"
    speaker: "Token | None"
    paragraph: int
    opens_paragraph: bool
    sentence_like: bool


def find_direct(doc: "Doc") -> list[DirectCandidate]:
    """Every quoted stretch of the doc's text with the cue and speaker the parse gives."""
    text = doc_text(doc)
    paras = paragraphs(text)
    spans = find_marked_spans(text)
    regions = [(s.open_at, s.close_end) for s in spans]
    out = []
    for s in spans:
        p = next((i for i, (a, b) in enumerate(paras) if a <= s.open_at < b), 0)
        bounds = paras[p] if paras else (0, len(text))
        dash = _dash_credit(doc, s, bounds) or _name_colon(doc, s, bounds, paras[p - 1] if p else None)
        if dash is not None:  # “...” ― Maria Lopez: a credit line, surest of all
            out.append(DirectCandidate(s, dash[0], dash[1], p, s.open_at == bounds[0], True))
            continue
        cue = (_cue_after(doc, s, bounds, regions) or _cue_by_parse(doc, s, bounds, regions)
               or _cue_before(doc, s, bounds, regions))
        if cue is None and s.open_at == bounds[0] and p > 0:
            cue = _cue_lead_in(doc, s, paras[p - 1], regions)
        speaker = cue_subject(cue) if cue is not None else None
        if speaker is not None and _in_any(speaker.idx, regions):
            speaker = None  # a subject inside marks is the quote's own "I", not the speaker
        if cue is not None and speaker is None:
            speaker = _frame_subject(doc, s, cue, regions)
        out.append(DirectCandidate(s, cue, speaker, p, s.open_at == bounds[0], _sentence_like(text, s, bounds)))
    return out


def _tokens(doc: "Doc", start: int, end: int) -> list["Token"]:
    span = doc.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []


def _in_any(pos: int, regions: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in regions)


def _cue_by_parse(doc: "Doc", s: MarkedSpan, bounds: tuple[int, int],
                  regions: list[tuple[int, int]]) -> "Token | None":
    """Climb from each token of the quote whose head lies outside it; the first speech cue
    wins, else the first cue of another kind, else the verb the quote is a clause of."""
    fallback: "Token | None" = None
    syntactic: "Token | None" = None
    for tok in _tokens(doc, s.open_at, s.close_end):
        head, dep = tok.head, tok.dep_
        for _ in range(MAX_CLIMB):
            if head.i == tok.i or not (bounds[0] <= head.idx < bounds[1]):
                break
            if not _in_any(head.idx, regions):
                section = cue_class(head)
                if section == "speech":
                    return head
                if section and fallback is None:
                    fallback = head
                if syntactic is None and dep in ("ccomp", "parataxis") and head.pos_ == "VERB" \
                        and any(c.dep_ == "nsubj" for c in head.children):
                    syntactic = head  # “...,” Trump continued / “...,” she went on
            tok, head, dep = head, head.head, head.dep_
    return fallback or syntactic


def _cue_after(doc: "Doc", s: MarkedSpan, bounds: tuple[int, int],
               regions: list[tuple[int, int]]) -> "Token | None":
    """A cue in the first few tokens after a quote that does not end its own sentence:
    `“...,” Ri told reporters.`, `“...?” asked Mr. Burman.` (the parser often hangs these
    off the wrong clause, so the surface order is the better witness here)."""
    inner_end = doc_text(doc)[s.start:s.end].rstrip()
    if inner_end.endswith(".") and not inner_end.endswith("..."):
        return None
    after = _frame_after(doc, s.close_end, bounds[1], regions)
    cue = _first_cue(after[:CUE_WITHIN])
    return cue


def _cue_before(doc: "Doc", s: MarkedSpan, bounds: tuple[int, int],
                regions: list[tuple[int, int]]) -> "Token | None":
    """A cue right before the quote, the frame ending in ':' ',' or 'that':
    `Trump tweeted on Friday: “...”`."""
    before = _frame_before(doc, bounds[0], s.open_at, regions)
    if before and before[-1].text in (":", ",", "that", "—", "-"):
        return _first_cue(list(reversed(before)))
    return None


def _cue_lead_in(doc: "Doc", s: MarkedSpan, prev: tuple[int, int],
                 regions: list[tuple[int, int]]) -> "Token | None":
    """A block quote under a lead-in paragraph that ends in a colon:
    `Cruz continued:` / (blank line) / `“You look at the questions ...”`."""
    if not doc_text(doc)[prev[0]:prev[1]].rstrip().endswith(":"):
        return None
    before = _frame_before(doc, prev[0], prev[1], regions)
    return _first_cue(list(reversed(before)))


def _name_colon(doc: "Doc", s: MarkedSpan, bounds: tuple[int, int],
                prev: tuple[int, int] | None) -> "tuple[Token, Token] | None":
    """(colon, name head) for `Jeffrey M. Jones: “...”`, in the quote's paragraph or as a
    lead-in paragraph of its own: a short run of proper nouns, a colon, the quote."""
    lead = doc_text(doc)[bounds[0]:s.open_at].rstrip()
    start = bounds[0]
    if not lead and prev is not None:
        lead, start = doc_text(doc)[prev[0]:prev[1]].rstrip(), prev[0]
    if not lead.endswith(":"):
        return None
    toks = [t for t in _tokens(doc, start, start + len(lead)) if not t.is_space]
    if len(toks) < 2 or len(toks) > 6 or toks[-1].text != ":":
        return None
    name = toks[:-1]
    if not all(t.pos_ == "PROPN" or (t.is_title and t.is_alpha) or t.text == "." for t in name):
        return None
    return toks[-1], _name_head(name[0])


def _dash_credit(doc: "Doc", s: MarkedSpan, bounds: tuple[int, int]) -> "tuple[Token, Token] | None":
    """(dash, name head) when the quote is followed by a dash and a name, as in reader
    comments and epigraphs: `“...” ― Maria Lopez`."""
    after = _tokens(doc, s.close_end, min(bounds[1], s.close_end + 80))
    after = [t for t in after if not t.is_space]
    if len(after) < 2 or after[0].text not in _DASHES:
        return None
    names = []
    for t in after[1:]:
        if t.pos_ != "PROPN" and not (t.is_title and t.is_alpha):
            break
        names.append(t)
    return (after[0], names[-1]) if names else None


def _frame_subject(doc: "Doc", s: MarkedSpan, cue: "Token", regions: list[tuple[int, int]]) -> "Token | None":
    """When the parse gives the cue no subject, the name between the quote and the cue
    (`“...,” Flynn, a top aide, said`) or right after the cue (`said Mr. Burman`)."""
    if cue.idx >= s.close_end:
        between = [t for t in _tokens(doc, s.close_end, cue.idx) if not _in_any(t.idx, regions)]
        for t in between:
            if t.pos_ in ("PROPN", "PRON", "NOUN") and t.dep_ != "punct":
                return _name_head(t)
    for t in doc[cue.i + 1:cue.i + 4]:
        if t.pos_ == "PROPN":
            return _name_head(t)
    return None


def _name_head(t: "Token") -> "Token":
    """Last token of a run of proper nouns ("Mr. Chuck Jordan" -> Jordan)."""
    while t.i + 1 < len(t.doc) and t.pos_ == "PROPN" and t.nbor(1).pos_ == "PROPN":
        t = t.nbor(1)
    return t


def _frame_after(doc: "Doc", start: int, stop: int, regions: list[tuple[int, int]]) -> list["Token"]:
    out = []
    for tok in _tokens(doc, start, stop)[:MAX_FRAME]:
        if _in_any(tok.idx, regions) or tok.text in _SENT_END:
            break
        out.append(tok)
    return out


def _frame_before(doc: "Doc", stop_left: int, end: int, regions: list[tuple[int, int]]) -> list["Token"]:
    toks = _tokens(doc, stop_left, end) if end > stop_left else []
    out: list["Token"] = []
    for tok in reversed(toks):
        if tok.idx >= end:
            continue
        if _in_any(tok.idx, regions) or tok.text in _SENT_END or len(out) >= MAX_FRAME:
            break
        out.append(tok)
    return list(reversed(out))


def _first_cue(toks: list["Token"]) -> "Token | None":
    return next((t for t in toks if cue_class(t) == "speech"), None)


def _sentence_like(text: str, s: MarkedSpan, bounds: tuple[int, int]) -> bool:
    """The quote starts a sentence (paragraph start, or after . : ?) with a capital."""
    inner = text[s.start:s.end].lstrip()
    before = text[bounds[0]:s.open_at].rstrip()
    return bool(inner) and inner[0].isupper() and (not before or before[-1] in ".:?!—-")
