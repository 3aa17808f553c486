"""story50: "At home, the opposition ...": the state of the previous sentence's subject.

A summit or visit story turns to one participant's domestic politics with a marker that names
no country: "Hungarian Prime Minister Viktor Orban threatened to veto the deal. At home, the
opposition accused the government of corruption." A reader takes "the opposition" and "the
government" for Hungary's, the state of the previous sentence's subject; the actor coder's last
resort, the article's home country (Belgium, from the summit's city), was wrong.

The broad rule (any description after a sentence about another state takes that state) was
measured on the tuning files and not built: of 256 home guesses for descriptions with gold of
the same root, 7 were wrong and none of them had the previous sentence's country as the gold
one, while 5 right guesses would have moved (docs/evaluation/events-story50.md). Only the
explicit turn markers below move a description. Pure: a token and a subject-country reader in.
"""
from __future__ import annotations

from itertools import islice
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Openings that turn a story to the home affairs of the state just talked about.
HOME_TURNS = (("at", "home"), ("back", "home"), ("domestically",), ("closer", "to", "home"))


def _turns_home(sent) -> bool:
    # perfev55: only the first 7 words are read (the longest turn, 4 words, a comma and more than
    # one word after: `len(toks) > 6` holds for a longer sentence as for these 7), not the sentence
    toks = [t.lower_ for t in islice((t for t in sent if not t.is_space), 7)]
    return any(len(toks) > len(m) + 2 and tuple(toks[:len(m)]) == m and toks[len(m)] == "," for m in HOME_TURNS)


def _previous_sentence(sent):
    doc = sent.doc
    j = sent.start - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    return doc[j].sent if j >= 0 else None


def turned_home_country(tok: "Token", subject_country: Callable[["Token"], "str | None"]) -> str | None:
    """The country of the previous sentence's subject when `tok`'s sentence opens with a home
    turn ("At home, ..."); None otherwise, or when that subject has no country."""
    sent = tok.sent
    if not _turns_home(sent):
        return None
    prev = _previous_sentence(sent)
    if prev is None:
        return None
    subj = next((t for t in prev.root.children if t.dep_ in ("nsubj", "nsubjpass")), None)
    return subject_country(subj) if subj is not None else None
