"""euro33: Reuters world copy of August-December 1996 (docs/evaluation/events-euro33.md).
Every sentence is our own, written in wire style without a dateline.

- "X's news agency quoted Y as saying / accusing / calling on ...": Y speaks, not the medium.
- A refused act's party comes from the act's own line ("refused to lift its ban on British
  beef": Britain), and a ban on another state's goods is a sanction in every mood (1244, 0354).
- Legal proceedings opened or started against a state, and "took X to court", are lawsuits (115).
- Help asked "for" with a kind named is the kind's appeal (0232, 0231); bare "help" stays 020.
- A captured town, city or capital stands for its state (192) when no "from" side is named.
- Dismissing a named official ("dismissed Lebed", "as security chief") is no rejection.
- Two states' forces clashing is fighting (190), not a riot.
"""
from __future__ import annotations

from events_variety import coded_triples

DAY = "1996-10-15"


def _dyadic(text: str) -> set[tuple[str, str, str]]:
    return {t for t in coded_triples(text, DAY) if t[2]}


# --- quoted speakers ------------------------------------------------------------------------

def test_the_one_quoted_speaks_not_the_news_agency():
    cases = {
        "Anatolian news agency quoted Erbakan as accusing Greece of provoking the violence.": ("TURGOV", "112", "GRC"),
        "Xinhua quoted Li Peng as calling on Taiwan to return to talks.": ("CHNGOV", "026", "TWN"),
        "The Iranian news agency IRNA quoted President Akbar Hashemi Rafsanjani as condemning the U.S. "
        "missile attacks on Iraq.": ("IRNGOV", "111", "USA"),
        "Erbakan was quoted by Anatolian news agency as accusing Greece of provoking the violence.": ("TURGOV", "112", "GRC"),
    }
    for text, triple in cases.items():
        got = _dyadic(text)
        assert triple in got, (text, got)
        assert not any(src.endswith("MED") for src, _, _ in got), (text, got)


def test_a_quoted_standing_view_is_no_event_of_the_medium():
    got = _dyadic("Itar-Tass news agency quoted Primakov as saying that Russia would never accept NATO expansion.")
    assert got == set(), got


def test_citing_a_thing_quotes_no_one():
    got = coded_triples("Trump has cited an Internal Revenue Service audit as prohibiting him from releasing them.", DAY)
    assert not any(src == "USAGOV" and tgt == "USAGOV" for src, _, tgt in got), got


# --- refused acts and foreign bans --------------------------------------------------------------

def test_a_refused_lifting_of_a_ban_on_foreign_goods_is_a_refusal_to_ease_sanctions():
    cases = {
        "Germany refused to lift its ban on British beef.": ("DEU", "1244", "GBR"),
        "France refused to lift its embargo on British beef.": ("FRA", "1244", "GBR"),
        "The European Union refused to lift its arms embargo on China.": ("IGOEUREEC", "1244", "CHN"),
        "Britain refused to lift the ban on Argentine beef imports.": ("GBR", "1244", "ARG"),
    }
    for text, triple in cases.items():
        got = _dyadic(text)
        assert triple in got, (text, got)


def test_a_promised_lifting_of_a_foreign_ban_is_intent_to_ease_sanctions():
    got = _dyadic("The European Union said it would lift the ban on British beef once Britain had culled enough cattle.")
    assert ("IGOEUREEC", "0354", "GBR") in got, got


def test_a_ban_at_home_or_a_ban_not_lifted_stays_uncoded_as_a_sanction():
    assert not any(code in ("085", "0354", "1244") for _, code, _ in
                   coded_triples("The Netherlands lifted its ban on rallies in Amsterdam.", DAY))
    assert _dyadic("The EU has not lifted the ban on British beef.") == set()


# --- legal proceedings ----------------------------------------------------------------------

def test_proceedings_opened_against_a_state_and_taking_it_to_court_are_lawsuits():
    cases = {
        "The Commission opened infringement proceedings against Belgium over its failure to apply EU rules.":
            ("IGOEUREEC", "115", "BEL"),
        "The European Commission opened legal proceedings against Germany.": ("IGOEUREEC", "115", "DEU"),
        "Britain took the European Commission to court over the beef ban.": ("GBR", "115", "IGOEUREEC"),
        "Spain took Britain to court over fishing rights.": ("ESP", "115", "GBR"),
    }
    for text, triple in cases.items():
        got = _dyadic(text)
        assert triple in got, (text, got)


def test_proceedings_not_started_and_a_takeover_are_no_lawsuit():
    assert _dyadic("The Commission did not start legal proceedings against Spain.") == set()
    assert not any(code == "115" for _, code, _ in coded_triples("The government took over the airline.", DAY))


# --- kinds of help asked ----------------------------------------------------------------------

def test_help_asked_for_with_its_kind_named_takes_the_kinds_appeal():
    cases = {
        "The Kurdistan Democratic Party asked Baghdad for military help against its rival.": "0232",
        "Zaire asked France for military help against the rebels.": "0232",
        "Russia asked the International Monetary Fund for financial help.": "0231",
    }
    for text, code in cases.items():
        got = _dyadic(text)
        assert code in {c for _, c, _ in got}, (text, got)


def test_bare_help_asked_for_stays_a_plain_appeal():
    got = _dyadic("Zaire asked the United Nations for help.")
    assert ("COD", "020", "IGOUNO") in got, got
    assert _dyadic("The KDP did not ask Baghdad for military help, its leader said.") == set()


# --- captured places --------------------------------------------------------------------------

def test_a_captured_town_stands_for_its_state():
    cases = {
        "Iraqi troops captured the Kurdish city of Arbil on Saturday.": ("IRQMIL", "192", "IRQ"),
        "Taliban fighters captured the Afghan capital Kabul on Friday.": ("AFGREB", "192", "AFG"),
        "Tutsi rebels captured the town of Goma in eastern Zaire.": ("CODREB", "192", "COD"),
    }
    for text, triple in cases.items():
        got = _dyadic(text)
        assert triple in got, (text, got)


def test_a_side_the_town_was_taken_from_and_failed_captures_keep_their_readings():
    assert ("RUSREB", "192", "RUSMIL") in _dyadic("Chechen rebels captured the city of Grozny from Russian troops.")
    assert _dyadic("The rebels failed to capture the town of Bukavu.") == set()
    assert _dyadic("Iraqi troops withdrew from the city of Arbil on Monday.") == set()


# --- dismissals -------------------------------------------------------------------------------

def test_dismissing_a_named_official_is_no_rejection():
    for text in ("Yeltsin dismissed Lebed on Thursday.",
                 "Yeltsin signed a decree dismissing Lebed as Security Council secretary."):
        got = coded_triples(text, DAY)
        assert not any(code[:2] == "12" for _, code, _ in got), (text, got)


def test_dismissing_a_proposal_as_a_stunt_stays_a_rejection():
    got = _dyadic("Arafat dismissed Netanyahu's proposal as a public relations stunt.")
    assert any(code[:2] == "12" for _, code, _ in got), got


# --- forces clashing --------------------------------------------------------------------------

def test_two_states_forces_clashing_is_fighting():
    assert ("PSECOP", "190", "ISRMIL") in _dyadic("Palestinian police clashed with Israeli troops in the West Bank.")
    got = _dyadic("Palestinian police and Israeli troops clashed in the West Bank.")
    assert ("PSECOP", "190", "ISRMIL") in got and ("ISRMIL", "190", "PSECOP") in got, got


def test_police_clashing_with_protesters_is_no_fighting():
    got = coded_triples("Serbian police clashed with opposition demonstrators in Belgrade.", DAY)
    assert not any(code == "190" for _, code, _ in got), got


# --- executions by hanging --------------------------------------------------------------------

def test_a_writer_or_officers_hanged_by_a_state_are_executed():
    assert ("NGA", "1823", "NGAMED") in _dyadic("Nigeria hanged the writer Ken Saro-Wiwa and eight other activists.")
    assert ("IRQGOV", "1823", "IRQMIL") in _dyadic(
        "The Iraqi government hanged three army officers accused of plotting a coup.")


def test_a_portrait_hung_or_a_hanging_denied_is_no_execution():
    assert _dyadic("The government hanged a portrait of the president in every school.") == set()
    assert _dyadic("Nigeria did not hang the writer.") == set()
