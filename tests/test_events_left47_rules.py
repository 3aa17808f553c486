"""left47: actors rounds 45 and 46 left (docs/evaluation/events-left47.md). Every sentence is
our own, in wire style, with a dateline paragraph as the CoNLL rebuild has it.

- "security agents", "security service(s)", "state security" are a state's security service:
  SPY, as intelligence services are (roles.tsv); "security forces" stay MIL.
- "former" makes an office holder an elite (ELI) but a former banker, teacher or engineer is a
  private person, CVL (resolve/actor_roles.py `_former_or`, resolve/actors.py `_phrase_code`).
- "the chief of (the) general staff" heads the armed forces: MIL, and his counterpart with him
  (roles.tsv; resolve/roles.py `_listed_tail`; events/actors.py `listed_of_name`).
"""
from __future__ import annotations

from events_variety import coded_triples

DAY = "1996-08-30"


def _wire(place: str, sentence: str) -> str:
    return f"{place} {DAY}\n\n{sentence}"


def test_security_agents_are_spies():
    cases = {
        _wire("MOSCOW", "Russian security agents arrested a Chechen commander in Moscow on Friday."): ("RUSSPY", "173", "RUSREB"),
        _wire("DAMASCUS", "Syrian security agents detained a Lebanese journalist at the border."): ("SYRSPY", "173", "LBNMED"),
        _wire("CAIRO", "Egyptian state security agents arrested 14 members of the Moslem Brotherhood."): ("EGYSPY", "173", "EGYOPP"),
        _wire("ALGIERS", "Algeria's security services arrested a suspected militant leader near Blida."): ("DZASPY", "173", "DZAREB"),
    }
    for text, triple in cases.items():
        got = coded_triples(text, DAY)
        assert triple in got, (text, got)


def test_security_forces_guards_and_council_are_not_spies():
    cases = {
        _wire("CAIRO", "Egyptian security forces killed three militants in Assiut."): ("EGYMIL", "190", "EGYREB"),
        _wire("NEW YORK", "The Security Council condemned Iraq on Friday."): ("IGOUNO", "111", "IRQ"),
        _wire("WASHINGTON", "The national security adviser met Chinese officials on Friday."): ("USAGOV", "040", "CHNGOV"),
    }
    for text, triple in cases.items():
        got = coded_triples(text, DAY)
        assert triple in got, (text, got)
    got = coded_triples(_wire("LONDON", "A security guard shot a robber outside a bank in London."), DAY)
    assert not any((s or "").endswith("SPY") for s, _, _ in got), got


def test_former_private_people_are_civilians():
    cases = {
        _wire("NEW YORK", "A federal judge sentenced a former banker to six years in prison for fraud."): ("USAJUD", "173", "USACVL"),
        _wire("PARIS", "French police arrested a former company director on Thursday."): ("FRACOP", "173", "FRACVL"),
        _wire("CHICAGO", "A judge jailed a former teacher for three years."): ("USAJUD", "173", "USACVL"),
        _wire("ROME", "A former nurse sued the hospital for unfair dismissal."): ("ITACVL", "115", "ITAHLH"),
        _wire("WASHINGTON", "A former Boeing engineer accused the company of hiding safety flaws."): ("USACVL", "112", "USABUS"),
    }
    for text, triple in cases.items():
        got = coded_triples(text, DAY)
        assert triple in got, (text, got)


def test_former_office_holders_stay_elites():
    cases = {
        _wire("MANILA", "Police arrested a former minister on corruption charges."): ("PHLCOP", "173", "PHLELI"),
        _wire("LONDON", "A former defence secretary accused the government of misleading parliament."): ("GBRELI", "112", "GBRGOV"),
        _wire("LIMA", "A judge jailed a former congressman for fraud."): ("PERJUD", "173", "PERELI"),
        _wire("BANGKOK", "A former police chief accused the government of protecting drug lords."): ("THAELI", "112", "THAGOV"),
        _wire("WASHINGTON", "Former White House officials criticised the president on Friday."): ("USAELI", "111", "USAGOV"),
        _wire("COLOMBO", "Former guerrillas attacked a police post in the east."): ("LKAREB", "190", "LKACOP"),
    }
    for text, triple in cases.items():
        got = coded_triples(text, DAY)
        assert triple in got, (text, got)


def test_chief_of_general_staff_is_military():
    cases = {
        _wire("ANKARA", "The Turkish chief of general staff telephoned his Greek counterpart on Friday."): ("TURMIL", "041", "GRCMIL"),
        _wire("MOSCOW", "Russia's chief of the general staff met NATO commanders in Brussels."): ("RUSMIL", "040", "IGONAT"),
        _wire("JERUSALEM", "Israel's army chief of general staff warned Syria on Friday."): ("ISRMIL", "111", "SYR"),
    }
    for text, triple in cases.items():
        got = coded_triples(text, DAY)
        assert triple in got, (text, got)


def test_other_chiefs_keep_their_role():
    got = coded_triples(_wire("WASHINGTON", "The White House chief of staff criticised Congress on Friday."), DAY)
    assert ("USAGOV", "111", "USALEG") in got, got
    got = coded_triples(_wire("ISTANBUL", "The chief of staff of the president telephoned Greek officials."), DAY)
    assert not any((s or "").endswith("MIL") for s, _, _ in got), got


def test_leader_conjoined_to_a_role_noun_is_its_own():
    # "the opposition party and its leader": "its" is the party's, not the acting state's
    cases = {
        _wire("NAIROBI", "Kenya criticised the opposition party and its leader on Friday."): ("KEN", "111", "KENOPP"),
        _wire("LUSAKA", "The Zambian government accused the opposition party and its leader of plotting violence."): ("ZMBGOV", "112", "ZMBOPP"),
    }
    for text, triple in cases.items():
        got = coded_triples(text, DAY)
        assert triple in got, (text, got)
        assert (triple[0], triple[1], triple[0][:3] + "GOV") not in got, (text, got)


def test_state_owned_titles_stay_the_states():
    got = coded_triples(_wire("NAIROBI", "Kenya praised the army and its commander on Friday."), DAY)
    assert ("KEN", "051", "KENMIL") in got, got
    got = coded_triples(_wire("MOSCOW", "Russia criticised Ukraine and recalled its ambassador."), DAY)
    assert ("RUS", "111", "UKR") in got, got


def test_crew_takes_its_crafts_nationality_and_service():
    cases = {
        _wire("SEOUL", "North Korea freed the crew of an American army helicopter on Friday."): ("PRK", "0841", "USAMIL"),
        _wire("MOSCOW", "Chechen rebels captured the crew of a Russian army helicopter."): ("RUSREB", "192", "RUSMIL"),
        _wire("TEHRAN", "Iran detained the crew of a British warship."): ("IRN", "173", "GBRMIL"),
        _wire("BAGHDAD", "Iraq released the crew of a Kuwaiti fishing boat."): ("IRQ", "0841", "KWTCVL"),
    }
    for text, triple in cases.items():
        got = coded_triples(text, DAY)
        assert triple in got, (text, got)


def test_crew_without_a_crafts_nationality_is_unchanged():
    got = coded_triples(_wire("BANGKOK", "Thai police arrested the crew of the ship on Friday."), DAY)
    assert ("THACOP", "173", "THACVL") in got, got
    got = coded_triples(_wire("LONDON", "The Iranian embassy criticised a BBC television crew on Friday."), DAY)
    assert ("IRNGOV", "111", "GBRMED") in got, got


def test_former_heads_of_firms_stay_elites():
    from dateline.resolve.actor_roles import role_code

    assert role_code("former banker") == "CVL"
    assert role_code("former bank chairman") == "ELI"
    assert role_code("former chief executive") == "ELI"
    assert role_code("former foreign minister") == "ELI"
