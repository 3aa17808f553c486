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


# --- Iran's Revolutionary Guard --------------------------------------------------------------------

def test_wikinews_2019_revolutionary_guard_singular_is_irans_military():
    got = coded_triples("Iran's Revolutionary Guard shot down a U.S. drone over the Strait of Hormuz on "
                        "Thursday.", "2019-06-20")
    assert any(s == "IRNMIL" for s, _, _ in got), got
    assert not any(s == "IRN" for s, _, _ in got), got


def test_wire_1987_revolutionary_guards_plural_still_irans_military():
    text = ("NICOSIA 1987-06-02\n\nIran's Revolutionary Guards attacked Iraqi positions near Basra on "
            "Tuesday, Tehran radio said.\n")
    got = coded_triples(text, "1987-06-02")
    assert any(s == "IRNMIL" and c == "190" for s, c, _ in got), got


# --- a country's feeling told by its own official ----------------------------------------------------

def test_wikinews_2019_spokesperson_indicated_country_disappointed():
    got = coded_triples("A State Department spokesperson, Morgan Ortagus, indicated the United States was "
                        "disappointed by the Iraqi parliament's decision.", "2019-06-02")
    assert _has(got, "USAGOV", "111", "IRQLEG"), got
    assert not any(s == "USA" for s, _, _ in got), got


def test_wire_1987_foreign_office_spokesman_britain_disappointed():
    text = ("LONDON 1987-06-02\n\nA Foreign Office spokesman said Britain was deeply disappointed by South "
            "Africa's decision.\n")
    got = coded_triples(text, "1987-06-02")
    assert any(s == "GBRGOV" and c == "111" and (t or "").startswith("ZAF") for s, c, t in got), got


def test_wire_1996_ministry_said_france_concerned():
    text = ("PARIS 1996-06-02\n\nThe Foreign Ministry said France was concerned about Iraq's decision to "
            "expel the inspectors.\n")
    got = coded_triples(text, "1996-06-02")
    assert _has(got, "FRAGOV", "111", "IRQ"), got


def test_feeling_of_another_country_or_by_a_private_speaker_stays_bare():
    got = coded_triples("A State Department spokesman said Israel was disappointed by the Palestinian "
                        "decision.", "1996-06-02")
    assert not any(s.startswith("ISRGOV") or s == "USAGOV" for s, _, _ in got), got
    got = coded_triples("An American businessman said the United States was disappointed by China's "
                        "decision.", "2019-06-02")
    assert not any(s == "USAGOV" for s, _, _ in got), got


def test_reported_act_of_the_country_stays_the_country():
    text = ("WASHINGTON 1987-06-02\n\nA State Department spokesman said the United States sent aid to "
            "Honduras on Monday.\n")
    got = coded_triples(text, "1987-06-02")
    assert not any(s == "USAGOV" for s, _, _ in got), got


# --- "the British colony" -------------------------------------------------------------------------

def test_wire_1987_british_colony_in_hong_kong_story_is_hkg():
    text = ("HONG KONG 1987-04-02\n\nThe British colony on Wednesday granted a banking licence to Japan's "
            "Daiwa Bank.\n")
    got = coded_triples(text, "1987-04-02")
    assert _has(got, "HKG", "061", "JPNBUS"), got
    assert not any(s == "GBR" for s, _, _ in got), got


def test_wire_1996_british_colony_criticises_china():
    text = ("HONG KONG 1996-05-02\n\nThe British colony on Thursday criticised China over delays at the "
            "border.\n")
    got = coded_triples(text, "1996-05-02")
    assert _has(got, "HKG", "111", "CHN"), got


def test_wire_1999_portuguese_enclave_is_macau():
    text = ("MACAU 1999-05-02\n\nThe Portuguese enclave signed a water supply accord with China on Friday.\n")
    got = coded_triples(text, "1999-05-02")
    assert any(s == "MAC" for s, _, _ in got), got


def test_colony_after_the_handover_or_another_rulers_is_not_hkg():
    got = coded_triples("LONDON 1998-05-02\n\nThe British colony criticised China on Friday. Hong Kong was "
                        "mentioned.\n", "1998-05-02")
    assert not any(s == "HKG" for s, _, _ in got), got
    got = coded_triples("PARIS 1987-04-02\n\nHong Kong was also mentioned. The French colony criticised "
                        "Vanuatu on Thursday.\n", "1987-04-02")
    assert not any(s == "HKG" for s, _, _ in got), got


# --- "the (two) services" --------------------------------------------------------------------------

def test_wikinews_2019_two_services_after_named_intelligence_services():
    got = coded_triples("American and British intelligence services have shared data on Russia for years. "
                        "The two services met in London on Tuesday.", "2019-03-02")
    assert _has(got, "USASPY", "040", "GBRSPY") and _has(got, "GBRSPY", "040", "USASPY"), got


def test_services_unlike_intelligence_services_are_not_spies():
    got = coded_triples("Britain and France discussed their financial services. The services criticised "
                        "the plan on Tuesday.", "2019-03-02")
    assert not any("SPY" in (s or "") or "SPY" in (t or "") for s, _, t in got), got


def test_earlier_services_reads_their_with_the_coordinated_subjects():
    from dateline.events.actors import ActorContext
    from dateline.events.spy_pairs import earlier_services
    from events_variety import annotated
    text = ("Germany and Poland agreed on Friday to improve cooperation between their intelligence services "
            "in fighting organised crime. A spokesman said the services would work together against arms "
            "smuggling.")
    art, doc = annotated(text, "1996-03-02")
    ctx = ActorContext.build(doc, art)
    tok = [t for t in doc if t.lower_ == "services"][-1]
    assert sorted(a.code for a in earlier_services(tok, ctx)) == ["DEUSPY", "POLSPY"]


# --- politicians -----------------------------------------------------------------------------------

def test_politician_is_a_weak_government_role():
    assert role_code("politician") == "GOV"
    assert role_code("opposition politician") == "OPP"


def test_wire_1996_veteran_politician_criticises_the_government():
    text = "ROME 1996-09-01\n\nVeteran politician Giulio Andreotti criticised the government on Sunday.\n"
    got = coded_triples(text, "1996-09-01")
    assert _has(got, "ITAGOV", "111", "ITAGOV"), got


def test_wire_1987_politicians_criticise_a_country():
    text = "WASHINGTON 1987-09-01\n\nSeveral politicians criticised Nicaragua on Monday.\n"
    got = coded_triples(text, "1987-09-01")
    assert _has(got, "USAGOV", "111", "NIC"), got


def test_intelligence_coordinator_is_government_not_the_service():
    assert role_code("intelligence co-ordinator") == "GOV"
    assert role_code("intelligence service") == "SPY"
    text = ("WARSAW 1996-03-14\n\nInterior Minister Zenon Kowalski and Klaus Jansen, German intelligence "
            "co-ordinator in the chancellery, signed an accord on border crime.\n")
    got = coded_triples(text, "1996-03-14")
    assert _has(got, "DEUGOV", "057", "POLGOV"), got


def test_feeling_with_the_attribution_after_stays_the_country():
    from dateline.events.actors import ActorContext
    from dateline.events.official_feelings import feeling_government
    from events_variety import annotated
    text = ("RIO DE JANEIRO 1987-02-20\n\nBrazil is not happy with Citibank's handling of the debt talks, "
            "Finance Minister Dilson Funaro said.\n")
    art, doc = annotated(text, "1987-02-20")
    ctx = ActorContext.build(doc, art)
    brazil = next(t for t in doc if t.text == "Brazil")
    assert feeling_government(brazil, ctx) is None
