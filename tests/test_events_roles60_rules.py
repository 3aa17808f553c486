"""Round-60 actor role rules (roles60), each checked on sentences we wrote: an office's
co-ordinator is a government official (both spellings; "co-ordinator" kept one word); the
Solicitor General is a government law officer (GOV, as the attorney general); a singular title
apposition after "A and B," describes B, not A."""
from __future__ import annotations

from events_variety import coded_triples

from dateline.resolve.actor_roles import role_code


def _has(got, s, c, t):
    return any(x == (s, c, t) for x in got)


# --- co-ordinators ---------------------------------------------------------------------------------

def test_coordinator_is_a_government_role_but_yields_to_a_body():
    assert role_code("security coordinator") == "GOV"
    assert role_code("co-ordinator") == "GOV"
    assert role_code("army coordinator") == "MIL"


def test_wire_1996_co_ordinator_takes_his_country_and_government_role():
    text = ("PARIS 1996-03-14\n\nFrench security co-ordinator Pierre Lemaire criticised the Spanish "
            "government on Thursday.\n")
    got = coded_triples(text, "1996-03-14")
    assert _has(got, "FRAGOV", "111", "ESPGOV"), got
    assert not any(s in ("FRA", "FRACVL") for s, _, _ in got), got


def test_wire_1987_counter_terrorism_co_ordinator_is_not_the_host_country():
    text = ("MADRID 1987-06-02\n\nInterior Minister Jose Barrionuevo said on Tuesday that French "
            "counter-terrorism co-ordinator Pierre Lemaire would meet Spanish officials next week.\n")
    got = coded_triples(text, "1987-06-02")
    assert not any(s.startswith("ESPCVL") for s, _, _ in got), got


def test_wikinews_2019_coordinator_of_the_white_house():
    got = coded_triples("White House drug policy coordinator Jim Carroll criticised Mexico on Thursday "
                        "over fentanyl shipments.", "2019-05-10")
    assert _has(got, "USAGOV", "111", "MEX"), got


def test_un_relief_coordinator_stays_the_un():
    got = coded_triples("UN relief coordinator Mark Lowcock criticised the Syrian government on Thursday.",
                        "2019-05-10")
    assert _has(got, "IGOUNO", "111", "SYRGOV"), got


# --- the Solicitor General -------------------------------------------------------------------------

def test_solicitor_general_is_government():
    assert role_code("solicitor general") == "GOV"
    assert role_code("prosecutor general") == "JUD"  # the prosecutors stay the judiciary


def test_wire_1987_british_solicitor_general_accuses_a_paper():
    text = ("LONDON 1987-02-03\n\nSolicitor General Sir Patrick Mayhew accused the newspaper of "
            "contempt of court.\n")
    got = coded_triples(text, "1987-02-03")
    assert _has(got, "GBRGOV", "112", "GBRMED"), got


def test_wire_1996_us_solicitor_general_criticises_a_court():
    text = ("WASHINGTON 1996-04-11\n\nSolicitor General Drew Days criticised the appeals court ruling "
            "on Thursday.\n")
    got = coded_triples(text, "1996-04-11")
    assert _has(got, "USAGOV", "111", "USAJUD"), got


# --- a singular apposition after "A and B," --------------------------------------------------------

def test_wire_1996_apposition_describes_the_last_conjunct():
    text = ("WARSAW 1996-03-14\n\nInterior Minister Zenon Kowalski and Klaus Jansen, German security "
            "co-ordinator in the chancellery, signed an accord on border crime.\n")
    got = coded_triples(text, "1996-03-14")
    assert _has(got, "POLGOV", "057", "DEUGOV"), got
    assert _has(got, "DEUGOV", "057", "POLGOV"), got


def test_wire_1996_apposition_foreign_secretary():
    text = ("WASHINGTON 1996-02-01\n\nWarren Christopher and Malcolm Rifkind, the British foreign "
            "secretary, condemned Iraq on Thursday.\n")
    got = coded_triples(text, "1996-02-01")
    assert _has(got, "USAGOV", "111", "IRQ"), got
    assert _has(got, "GBRGOV", "111", "IRQ"), got


def test_wikinews_2019_apposition_after_a_pair():
    got = coded_triples("Mike Pompeo and Jean-Yves Le Drian, the French foreign minister, criticised "
                        "Venezuela on Friday.", "2019-02-01")
    assert _has(got, "USAGOV", "111", "VEN") and _has(got, "FRAGOV", "111", "VEN"), got


def test_plural_apposition_is_left_on_the_pair():
    from dateline.nlp import load_nlp
    from dateline.parse_repairs import last_conjunct_apposition
    doc = load_nlp()("Jacques Chirac and Helmut Kohl, both leaders, met in Bonn on Friday.")
    assert all(last_conjunct_apposition(t) is None for t in doc), [(t.text, t.dep_, t.head.text) for t in doc]
