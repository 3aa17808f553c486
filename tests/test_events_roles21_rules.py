"""roles21: role conventions checked on the tune census (docs/evaluation/events-roles21.md);
sentences written for these tests, in the style of wire news.

- private persons named by their state of life ("a Swiss schoolboy", "a German retiree",
  "Dutch cyclists") are <ISO3>CVL, not the bare country (data/actors/roles.tsv);
- a bare country named in its own official's statement stays the bare country ("Norway asked
  Sweden ..., Foreign Minister X said"): the gold codes wire statements so; a rule that made the
  country its government was measured and dropped (tune 2 right, 18 wrong).
"""
from __future__ import annotations

from events_variety import coded_triples, resolved_codes

DATE = "2021-06-15"


# -- private persons by their state of life ----------------------------------------------------


def test_schoolboy_with_nationality_is_a_private_person():
    got = coded_triples("A Swiss schoolboy threatened the mayor of Basel in an anonymous letter.", DATE)
    assert ("CHECVL", "130", "CHEGOV") in got
    assert ("CHE", "130", "CHEGOV") not in got


def test_retiree_with_nationality_is_a_private_person():
    assert resolved_codes("Italian police arrested a German retiree in Milan on Tuesday.", "retiree", DATE) == ["DEUCVL"]


def test_cyclists_with_nationality_are_private_persons():
    assert resolved_codes("Two Dutch cyclists crossed the border on Sunday.", "cyclists", DATE) == ["NLDCVL"]


def test_negated_threat_by_schoolboy_is_not_coded():
    got = coded_triples("A Swiss schoolboy did not threaten the mayor of Basel, police said.", DATE)
    assert not any(code == "130" for _, code, _ in got)


# -- a country in its own official's statement stays bare -------------------------------------


def test_country_asking_in_foreign_ministers_statement_stays_bare():
    got = coded_triples("Norway asked Sweden to explain the border closure, Foreign Minister Lars Holm said on Monday.", DATE)
    assert ("NOR", "020", "SWE") in got
    assert not any(src == "NORGOV" for src, _, _ in got)


def test_country_urging_in_ministers_statement_stays_bare():
    got = coded_triples("Chile urged Peru to reopen the crossing, Foreign Minister Ana Rojas told reporters.", DATE)
    assert ("CHL", "0251", "PER") in got
    assert not any(src == "CHLGOV" for src, _, _ in got)


def test_country_in_reported_clause_of_its_minister_stays_bare():
    got = coded_triples("The Dutch trade minister said the Netherlands would reject the proposal of the European Commission.", DATE)
    assert ("NLD", "127", "IGOEUREEC") in got
    assert ("NLDGOV", "127", "IGOEUREEC") not in got
