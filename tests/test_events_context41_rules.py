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


# --- more act nouns: exercises, demolition, the visit, the ultimatum ------------------------------

def test_the_exercises_are_whoever_began_them():
    got = coded_triples(_story("TAIPEI 1996-03-12", "China resumed missile exercises off the coast of Taiwan on "
                               "Tuesday.", "Taiwan's government condemned the exercises."), "1996-03-12")
    assert ("TWNGOV", "111", "CHN") in got


def test_the_demolition_is_whoever_demolished():
    got = coded_triples(_story("JERUSALEM 1996-08-27", "Israeli bulldozers demolished a Palestinian clinic in "
                               "East Jerusalem on Tuesday.", "Yasser Arafat condemned the demolition."), "1996-08-27")
    assert any(src == "PSEGOV" and code == "111" and (tgt or "").startswith("ISR") for src, code, tgt in got)


def test_the_visit_is_the_visitor():
    got = coded_triples(_story("ANKARA 1996-10-06", "Turkish Prime Minister Necmettin Erbakan flew to Tripoli on "
                               "Saturday for talks with Muammar Gaddafi.", "Washington criticised the visit."),
                        "1996-10-06")
    assert ("USA", "111", "TURGOV") in got


def test_the_ultimatum_is_whoever_gave_it():
    got = coded_triples(_story("GROZNY 1996-08-20", "Russian commander Konstantin Pulikovsky gave the separatists "
                               "two days to leave Grozny.", "The separatists rejected the ultimatum."), "1996-08-20")
    assert any(src == "RUSREB" and code.startswith("12") and (tgt or "").startswith("RUS") for src, code, tgt in got)


def test_the_visit_with_no_visitor_before_has_no_target():
    got = coded_triples(_story("BAGHDAD 1996-05-14", "Oil prices rose sharply on Tuesday.",
                               "Iraq criticised the visit."), "1996-05-14")
    assert not any(code.startswith("11") and tgt for _, code, tgt in got)


# --- a threatened answer told by a verb -----------------------------------------------------------

def test_vowed_to_retaliate_is_aimed_at_whoever_struck():
    got = coded_triples(_story("BEIRUT 1996-04-12", "Israeli warplanes bombed Hezbollah positions in the Bekaa "
                               "valley on Friday.", "Hezbollah vowed to retaliate."), "1996-04-12")
    assert any(src == "LBNREB" and code.startswith("13") and (tgt or "").startswith("ISR") for src, code, tgt in got)


def test_threatened_to_hit_back_is_aimed_at_whoever_struck():
    got = coded_triples(_story("BEIRUT 1996-04-12", "Israeli warplanes bombed Hezbollah positions in the Bekaa "
                               "valley on Friday.", "Hezbollah threatened to hit back."), "1996-04-12")
    assert any(src == "LBNREB" and code.startswith("13") and (tgt or "").startswith("ISR") for src, code, tgt in got)


def test_vowed_to_retaliate_with_no_strike_before_has_no_target():
    got = coded_triples(_story("BEIRUT 1996-04-12", "Hezbollah held a rally in Beirut's southern suburbs on Friday.",
                               "The group vowed to retaliate."), "1996-04-12")
    assert not any(code.startswith("13") and tgt for _, code, tgt in got)


# --- "them" is not the accuser's own troops --------------------------------------------------------

def test_them_is_the_attackers_not_the_accusers_own_troops():
    got = coded_triples(_story("DUSHANBE 1996-06-03", "Islamic rebels attacked government troops near Garm on "
                               "Monday.", "The government accused them of violating the truce."), "1996-06-03")
    assert any(src == "TJKGOV" and code.startswith("112") and tgt in ("TJKREB", "TJKOPP") for src, code, tgt in got)
    assert not any(src == "TJKGOV" and tgt == "TJKMIL" for src, _, tgt in got)


def test_them_is_still_the_suspects_police_arrested():
    got = coded_triples(_story("LIMA 1996-05-05", "Police arrested four suspected guerrillas in Lima on Sunday.",
                               "Prosecutors charged them with terrorism."), "1996-05-05")
    assert ("PERJUD", "1121", "PERREB") in got


def test_rebels_vow_to_retaliate_against_the_forces_that_struck_them():
    got = coded_triples(_story("ALGIERS 1996-02-18", "Algerian security forces killed 20 Moslem rebels in an ambush "
                               "near Medea, the government said.", "Rebel groups vowed to retaliate."), "1996-02-18")
    assert any(src == "DZAREB" and code.startswith("13") and tgt in ("DZAMIL", "DZACOP") for src, code, tgt in got)


def test_the_pullout_is_whoever_withdrew():
    got = coded_triples(_story("WASHINGTON 1996-09-05", "Iraqi troops withdrew from the Kurdish town of Arbil on "
                               "Thursday.", "The United States welcomed the pullout."), "1996-09-05")
    assert any(src == "USA" and code[:2] in ("01", "05") and tgt == "IRQMIL" for src, code, tgt in got)


def test_the_withdrawal_of_named_troops_is_not_read_back():
    got = coded_triples(_story("GROZNY 1996-08-22", "Russian President Boris Yeltsin visited Grozny on Thursday.",
                               "The rebels demanded the withdrawal of all Russian troops."), "1996-08-22")
    assert not any(src == "RUSREB" and tgt == "RUSGOV" for src, _, tgt in got)
