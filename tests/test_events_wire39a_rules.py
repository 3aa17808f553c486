"""wire39a: whole Reuters-style stories of 1996-97 on Europe and the former USSR
(docs/evaluation/events-wire39a.md). Every story is our own, with a dateline line first.
These pin behaviour that is already right, so that a later change keeps it."""
from __future__ import annotations

from events_variety import coded_triples


def _story(dateline: str, body: str) -> set[tuple[str, str, str | None]]:
    return coded_triples(f"{dateline}\n\n{body}", dateline.split()[-1])


def test_peacekeepers_arresting_bosnian_serb_police_and_the_condemnation():
    got = _story("SARAJEVO 1996-09-10",
                 "NATO-led peacekeepers arrested two Bosnian Serb policemen near Brcko on Tuesday, "
                 "an IFOR spokesman said. The Bosnian Serb government condemned the arrests.")
    assert ("IGONAT", "173", "BIHCOP") in got
    assert ("BIHGOV", "111", "IGONAT") in got


def test_police_beating_protesters_in_belgrade():
    got = _story("BELGRADE 1996-12-03",
                 "Serbian police beat opposition protesters in central Belgrade on Tuesday, witnesses said.")
    assert ("SRBCOP", "175", "SRBOPP") in got


def test_a_president_threatening_to_dissolve_parliament():
    got = _story("MINSK 1996-11-20",
                 "Belarussian President Alexander Lukashenko threatened to dissolve parliament on "
                 "Wednesday, state radio reported.")
    assert ("BLRGOV", "130", "BLRLEG") in got


def test_a_peace_agreement_signed_with_chechen_rebels():
    got = _story("MOSCOW 1996-08-31",
                 "Russian security chief Alexander Lebed signed a peace agreement with Chechen rebel "
                 "leader Aslan Maskhadov on Saturday, Interfax news agency said.")
    assert ("RUSGOV", "057", "RUSREB") in got


def test_separatist_killing_and_the_prime_ministers_condemnation():
    got = _story("MADRID 1997-07-13",
                 "Basque separatist group ETA killed a kidnapped town councillor on Saturday, the "
                 "Interior Ministry said. Spanish Prime Minister Jose Maria Aznar condemned the murder.")
    assert ("ESPREB", "1823", "ESPGOV") in got
    assert ("ESPGOV", "111", "ESPREB") in got


def test_troops_killing_rebels_and_an_accusation_of_a_neighbour():
    got = _story("ANKARA 1996-10-15",
                 "Turkish troops killed 20 Kurdish rebels in clashes in the southeast, the army said. "
                 "Turkey accused Syria of sheltering PKK guerrillas.")
    assert ("TURMIL", "190", "TURREB") in got
    assert ("TUR", "112", "SYR") in got


def test_accused_of_shelling_is_an_accusation_of_aggression():
    got = _story("BAKU 1997-06-02",
                 "Azerbaijan accused Armenia of shelling its villages near Nagorno-Karabakh, the "
                 "Foreign Ministry said on Monday.")
    assert ("AZE", "1123", "ARM") in got


# --- negatives: no event -----------------------------------------------------------------------

def test_a_refusal_to_join_talks_reported_as_would_not_is_uncoded():
    got = _story("BELFAST 1996-10-08",
                 "Prime Minister John Major said Sinn Fein would not join the peace talks.")
    assert not any(code.startswith("03") or code.startswith("04") for _, code, _ in got), got


def test_a_hypothetical_arrest_stays_uncoded():
    got = _story("SARAJEVO 1996-09-10",
                 "Peacekeepers could arrest Bosnian Serb war crimes suspects if they met them, an "
                 "IFOR spokesman said.")
    assert not any(code == "173" for _, code, _ in got), got


# --- mechanism: a listed party's name heading "coalition", "alliance" or "bloc" is the party --------

def test_a_party_named_coalition_is_the_opposition():
    for dateline, body, triple in (
            ("BELGRADE 1996-12-03", "The Zajedno coalition accused President Slobodan Milosevic of "
             "stealing the local elections.", ("SRBOPP", "1121", "SRBGOV")),
            ("BELGRADE 1996-12-03", "The Zajedno bloc demanded talks with the Serbian government.",
             ("SRBOPP", "106", "SRBGOV")),
            ("JERUSALEM 1996-03-03", "The Likud alliance criticised Prime Minister Shimon Peres over "
             "the talks.", ("ISROPP", "111", "ISRGOV")),
            ("ANKARA 2023-03-03", "The CHP alliance accused President Tayyip Erdogan of mismanaging "
             "the economy.", ("TUROPP", "112", "TURGOV"))):
        got = _story(dateline, body)
        assert triple in got, (body, got)


def test_serbias_1996_opposition_by_name_and_its_leader():
    got = _story("BELGRADE 1997-01-05", "Zajedno demanded on Sunday that the Serbian government "
                 "recognise its victory in the November local elections.")
    assert ("SRBOPP", "100", "SRBGOV") in got
    got = _story("BELGRADE 1997-01-12", "The Serbian Renewal Movement criticised the state television "
                 "for its coverage of the protests, Beta news agency reported.")
    assert ("SRBOPP", "111", "SRBMED") in got
    got = _story("BELGRADE 1997-01-22", "Opposition leader Vuk Draskovic accused Milosevic of rigging "
                 "the vote, the Beta agency reported.")
    assert ("SRBOPP", "1121", "SRBGOV") in got


def test_an_unlisted_coalition_keeps_its_reading():
    got = _story("BELGRADE 1996-12-03", "The ruling coalition accused the opposition of lying.")
    assert ("SRBGOV", "1121", "SRBOPP") in got
    got = _story("BERLIN 2024-03-03", "A coalition with the AfD condemned the government.")
    assert not any(src and src.endswith("OPP") for src, _, _ in got), got
