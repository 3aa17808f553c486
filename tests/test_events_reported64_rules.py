"""reported64: the unmerged branches' rules, brought in one part at a time (issue #4).

Part 1 (reported63's `coder._reads_act`): when X reports an act ("X said Y did Z"), the clause is
read as X's charge against Y (112 / 111) unless it is an act of its own. That used to mean "Z's
lemma is in the verb dictionary", so listing a verb for one sense ("train +troop", "use +gas")
silenced the charge in every other sense ("said Libya had trained terrorists to attack ...").
It now means "a dictionary pattern fires on the clause". Listed acts whose pattern fires still
read the act, not a charge; negated and hedged clauses stay silent.
"""
from __future__ import annotations

from events_variety import coded_triples


def codes(text: str, date: str) -> set[tuple[str, str, str | None]]:
    return set(coded_triples(text, date))


# ---------------------------------------------------------------- part 1: the charge when no pattern fires

def test_listed_verb_in_another_sense_reported_is_a_charge() -> None:
    # "train" is listed for troops and pilots; terrorists trained is no military aid but a charge
    got = codes("Washington said Libya had trained terrorists to attack American targets.", "1987-03-12")
    assert ("USA", "112", "LBY") in got and not any(c.startswith("19") for _, c, _ in got)


def test_blind_eye_reported_stays_an_accusation() -> None:  # (reported63)
    assert ("USA", "112", "PAK") in codes("Washington said Pakistan had turned a blind eye to terrorism.", "2019-05-10")


def test_smuggling_reported_stays_an_accusation() -> None:  # (reported63)
    got = codes("Israel said Iran had smuggled weapons into Syria.", "2019-05-10")
    assert any(s == "ISR" and c.startswith("112") and t == "IRN" for s, c, t in got)


def test_listed_acts_reported_read_the_act_not_a_charge() -> None:
    got = codes("Washington said Pakistan had attacked Indian posts in Kashmir.", "2019-05-10")
    assert ("PAK", "190", "IND") in got and not any(s == "USA" for s, _, _ in got)
    got = codes("The United States said Iran had seized a British tanker.", "2019-05-10")
    assert ("IRN", "1711", "GBR") in got and not any(s == "USA" for s, _, _ in got)
    got = codes("Iraq said Iranian forces had shelled its border posts.", "1996-08-30")
    assert not any(s == "IRQ" and c[:2] == "11" for s, c, _ in got)


def test_negated_or_hedged_reported_clause_is_no_charge() -> None:
    assert not any(c[:2] == "11" for _, c, _ in codes(
        "Washington said Libya had not trained terrorists to attack American targets.", "1987-03-12"))
    assert codes("Beijing said Washington might use Taiwan to interfere in China's affairs.", "2019-05-10") == set()
