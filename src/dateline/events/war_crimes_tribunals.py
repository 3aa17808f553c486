"""actors40: the war crimes tribunals for the former Yugoslavia and Rwanda are UN bodies (IGOUNO).

1990s wire copy names them by description, never by their full names: "the Hague war crimes
tribunal", "the U.N. war crimes tribunal", "the Yugoslav war crimes tribunal", "the Rwanda
tribunal". The resolver read the place word as the body's country ("Hague" NLDJUD) or the
article's country (BIHJUD); the tribunals were set up by the Security Council (1993, 1994) and
are coded as the UN, as "the International Court of Justice" is (orgs.tsv).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Words in a tribunal's phrase that make it one of the two UN tribunals.
_MARKS = frozenset({"war", "crimes", "hague", "yugoslav", "yugoslavia", "rwanda", "rwandan", "arusha", "u.n.", "un"})
#: From the first tribunal's founding (Security Council resolution 827, 25 May 1993).
SINCE = "1993-05-25"


def un_tribunal(tok: "Token", published: str | None) -> Actor | None:
    """IGOUNO for a "tribunal" head whose phrase names war crimes, The Hague, Yugoslavia or
    Rwanda, in an article from May 1993 on; else None."""
    if tok.lemma_.lower() != "tribunal" or (published and str(published)[:10] < SINCE):
        return None
    words = {t.lower_ for t in tok.subtree if t.i <= tok.i or t.head.i == tok.i or t.head.head.i == tok.i}
    if not words & _MARKS:
        return None
    return Actor(None, tok.text, "IGOUNO", None, "IGO")
