"""One invented article typeset in many header orders, wraps and link placements: the
cleaner must recover the same record every time (guards the heuristics against
fitting one layout)."""
from __future__ import annotations

import random
import textwrap

import pytest

from dateline.clean import clean_document
from dateline.ingest.document import RawDocument

HEADLINE = "Chile and Argentina Agree to Reopen Andean Border Crossings After Snowstorms"
BODY = [
    "Chile and Argentina agreed on Thursday to reopen three mountain border crossings that were "
    "closed for a week after heavy snowstorms, officials in both countries said.",
    "Chilean Interior Minister Paula Soto said trucks stranded on both sides would be allowed through first.",
    '"We expect traffic to return to normal by the weekend," Soto told reporters in Santiago.',
    "Argentina's foreign ministry said the two governments would also set up a joint emergency "
    "committee for the winter months.",
    "Reuters contributed reporting to this article.",
]
RELATED = {
    "Related article: Bolivia and Peru sign lithium cooperation deal":
        "https://www.example-news.com/2027/01/05/bolivia-and-peru-sign-lithium-cooperation-deal",
    "Read more: Snowstorms close mountain passes in Chile and Argentina for the first time in a decade":
        "https://www.example-news.com/world/snowstorms-close-mountain-passes-in-chile-and-argentina",
    "See also: Andean nations meet": None,
}
ORDERS = [["kick", "head", "by", "date", "credit"], ["head", "credit", "by", "date"], ["head", "date", "credit"],
          ["kick", "head", "date", "by", "credit"], ["head", "by", "date"]]


def _wrap(text: str, width: int | None) -> str:
    return "\n".join(textwrap.wrap(text, width)) if width else text


def _layout(rng: random.Random) -> tuple[str, dict]:
    order = rng.choice(ORDERS)
    parts = {
        "kick": rng.choice(["WORLD | AMERICAS", "News › World › Americas", "AMERICAS"]),
        "head": _wrap(HEADLINE, rng.choice([None, 40, 28])),
        "by": rng.choice(["By Ana Ruiz", "BY ANA RUIZ"]),
        "date": rng.choice(["April 10,2018", "10 April 2018", "Updated 2018-04-10 09:15", "Tuesday, April 10, 2018"]),
        "credit": rng.choice(["Photo: Marta Gil / Reuters", "(AP Photo/Luis Ortega)", "Image: Marta Gil/EPA"]),
    }
    width = rng.choice([None, 90, 72])
    related = rng.sample(sorted(RELATED), rng.randint(0, 3))
    urls = [RELATED[r] for r in related if RELATED[r] and rng.random() < 0.7]
    at = rng.randint(1, 3)
    items: list[str] = []
    for i, para in enumerate(BODY):
        items.append(_wrap(para, width))
        if i == at:
            items += [_wrap(r, width) for r in related]
        if i == at + 1:
            items += urls
    text = rng.choice(["\n", "\n\n"]).join(parts[k] for k in order) + "\n\n" + rng.choice(["\n", "\n\n"]).join(items)
    expect = {"byline": ["Ana Ruiz"] if "by" in order else [], "credit": "credit" in order,
              "links": {(r.split(": ", 1)[1], RELATED[r] if RELATED[r] in urls else "") for r in related}}
    return text + "\n", expect


@pytest.mark.parametrize("seed", range(60))
def test_same_record_from_every_layout(seed):
    text, expect = _layout(random.Random(seed))
    art = clean_document(RawDocument(text=text, format="text", origin=f"layout-{seed}"))
    assert art.headline == HEADLINE
    assert art.published == "2018-04-10"
    assert art.byline == expect["byline"]
    assert (art.credit is not None) == expect["credit"]
    assert art.text.split("\n\n") == BODY
    assert art.contributors == ["Reuters"]
    assert {(lk.text, lk.url) for lk in art.links} == expect["links"]
