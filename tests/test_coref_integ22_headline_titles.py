"""A headline's bare title names nobody only because headlines do not; the lede's title and the
name after it are that person (integrator, twenty-second session: tunerole48's "earlier unnamed
title" guard had taken the headline's title for an unnamed second person, so the lede's minister
lost his title and country)."""
from __future__ import annotations

import pytest
from entity_helpers import annotate

STORIES = [
    ("Kenyan Trade Minister Urges\nStronger Japan Ties on Tokyo Visit\n\nKenya's trade minister, on a visit to "
     "Tokyo, said on Monday that his country and Japan needed closer trade ties.\n\nPeter Otieno spoke before "
     "holding talks with Japanese Foreign Minister Taro Kono.", "Peter Otieno", "KEN", "trade minister"),
    ("Peruvian Foreign Minister Calls for\nCloser Chile Ties in Santiago\n\nPeru's foreign minister, on a visit "
     "to Santiago, said on Friday that the two neighbours should settle their old quarrels.\n\nLuis Salazar "
     "spoke before holding talks with Chilean officials.", "Luis Salazar", "PER", "foreign minister"),
]


@pytest.mark.parametrize("text,name,country,role", STORIES)
def test_headline_title_does_not_block_the_lede_name(text, name, country, role):
    art, _ = annotate(text)
    people = {e.name: (e.country, e.role) for e in art.entities if e.label == "PERSON"}
    assert people.get(name) == (country, role), people


def test_an_indefinite_unnamed_title_still_blocks_the_next_name():
    text = ("A federal judge sentenced a former nurse to six years in prison on Tuesday.\n\n"
            "The judge cited the scale of the fraud.\n\nMarta Ellison told reporters she would appeal.")
    art, _ = annotate(text)
    people = {e.name: e.role for e in art.entities if e.label == "PERSON"}
    assert "Marta Ellison" in people and people["Marta Ellison"] != "judge", people
