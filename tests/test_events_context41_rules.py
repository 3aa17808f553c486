"""context41: reference across the sentences of a 1996 wire story (docs/evaluation/events-context41.md).
Every story is our own, written as the CoNLL rebuild has it (dateline paragraph, one sentence a
paragraph).

- A denial by rebels (or another non-state side) answers the accusing home state, also when the
  state was named by its capital and also in the same sentence ("..., but the rebels denied it");
  the bare state read from the accusation is a party, not a place at home
  (events/answered_states.py).
- "condemned the construction / the building" reads back to "build"; "the bombing / the blast /
  the explosion" to a bomb whose name or owner was given ("an IRA bomb"); a bomb with no named
  owner ("police defused a bomb") names no bomber (events/context.py ACT_FAMILIES, _DEVICES).
"""
from __future__ import annotations

from events_variety import coded_triples


def _story(dateline: str, *sentences: str) -> str:
    return "\n\n".join((dateline, *sentences))


# --- denials of the accusing home state --------------------------------------------------------

def test_rebels_deny_the_accusation_of_the_capital_in_the_next_sentence():
    got = coded_triples(_story("GROZNY 1996-07-22", "Moscow accused the separatists on Monday of shooting down "
                               "a Russian helicopter.", "The separatists denied it."), "1996-07-22")
    assert ("RUSREB", "016", "RUS") in got


def test_rebels_deny_the_charge_of_the_capital():
    got = coded_triples(_story("GROZNY 1996-07-23", "Moscow accused the Chechen fighters of seizing hostages "
                               "in Kizlyar.", "The fighters denied the charge."), "1996-07-23")
    assert ("RUSREB", "016", "RUS") in got


def test_rebels_deny_the_accusation_in_the_same_sentence():
    got = coded_triples(_story("GROZNY 1996-08-14", "Moscow accused the rebels of breaking the truce in Grozny, "
                               "but the rebels denied it."), "1996-08-14")
    assert ("RUS", "112", "RUSREB") in got
    assert ("RUSREB", "016", "RUS") in got


def test_state_named_by_its_name_still_answered():
    got = coded_triples(_story("ANKARA 1996-05-02", "Turkey accused the Kurdish rebels of burning a village "
                               "near Tunceli.", "The rebels denied it."), "1996-05-02")
    assert ("TURREB", "016", "TUR") in got


def test_rebels_travelling_to_the_capital_is_still_no_party():
    got = coded_triples(_story("GROZNY 1996-08-29", "The Chechen rebels went to Moscow for talks on Thursday."),
                        "1996-08-29")
    assert not any(tgt == "RUS" for _, _, tgt in got)


def test_a_denial_with_no_accusation_before_has_no_target():
    got = coded_triples(_story("GROZNY 1996-08-30", "Fighting broke out again in Grozny on Friday.",
                               "The rebels denied it."), "1996-08-30")
    assert not any(code == "016" and tgt == "RUS" for _, code, tgt in got)


# --- "the construction", "the bombing" read back to the act --------------------------------------

def test_construction_reads_back_to_build():
    got = coded_triples(_story("JERUSALEM 1996-10-08", "Israel said on Tuesday it had begun to build 1,500 new "
                               "homes at Har Homa.", "Palestinian negotiator Saeb Erekat condemned the construction."),
                        "1996-10-08")
    assert ("PSEGOV", "111", "ISR") in got


def test_construction_announced_as_plans_reads_back_to_build():
    got = coded_triples(_story("JERUSALEM 1996-11-12", "Israel announced plans on Tuesday to build a new road "
                               "near Hebron.", "Yasser Arafat condemned the construction."), "1996-11-12")
    assert ("PSEGOV", "111", "ISR") in got


def test_the_bombing_is_the_named_groups_bomb():
    got = coded_triples(_story("LONDON 1996-06-16", "An IRA bomb tore through the centre of Manchester on "
                               "Saturday.", "Prime Minister John Major condemned the bombing."), "1996-06-16")
    assert ("GBRGOV", "111", "GBRREB") in got


def test_the_blast_is_the_named_groups_bomb():
    got = coded_triples(_story("LONDON 1996-06-16", "An IRA bomb tore through the centre of Manchester on "
                               "Saturday.", "Prime Minister John Major condemned the blast."), "1996-06-16")
    assert ("GBRGOV", "111", "GBRREB") in got


def test_a_defused_bomb_names_no_bomber():
    got = coded_triples(_story("LONDON 1996-04-24", "Police defused a bomb under Hammersmith Bridge on Wednesday.",
                               "Prime Minister John Major condemned the bombing."), "1996-04-24")
    assert not any(code.startswith("11") and tgt for _, code, tgt in got)


def test_a_bomb_with_no_owner_names_no_bomber():
    got = coded_triples(_story("ALGIERS 1996-02-12", "A bomb exploded in central Algiers on Sunday, killing 17 "
                               "people.", "President Liamine Zeroual condemned the blast."), "1996-02-12")
    assert not any(code.startswith("11") and tgt for _, code, tgt in got)
