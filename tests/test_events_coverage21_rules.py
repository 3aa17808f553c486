"""coverage21: verb frames mined by frequency from unannotated 1996 wire text (actor subject, actor
object, no event coded) and added to the verb dictionary where they have one CAMEO reading
(docs/evaluation/events-coverage21.md). Every sentence here was written for these tests."""
from __future__ import annotations

from events_variety import coded_triples

DATE = "1996-08-20"


def _dyadic(text: str) -> set[tuple[str, str, str]]:
    return {t for t in coded_triples(text, DATE) if t[2]}


# --- "hosted X": host a visit (043) toward the guest ---------------------------------------------

def test_hosting_a_named_leader_is_043_toward_the_guest() -> None:
    got = _dyadic("Egyptian President Hosni Mubarak hosted Israeli Prime Minister Benjamin Netanyahu in Cairo on Thursday.")
    assert ("EGYGOV", "043", "ISRGOV") in got


def test_hosting_a_dinner_is_no_event() -> None:
    assert not _dyadic("Mubarak hosted a dinner in Cairo on Thursday.")


# --- "encouraged X's bid": endorse X (051) --------------------------------------------------------

def test_encouraging_a_states_bid_is_051_toward_the_state() -> None:
    got = _dyadic("Turkish Prime Minister Necmettin Erbakan has encouraged Greece's bid to mediate in the dispute.")
    assert ("TURGOV", "051", "GRC") in got


def test_a_negated_encouragement_stays_uncoded() -> None:
    assert not _dyadic("Erbakan has not encouraged Greece's bid to mediate in the dispute.")


# --- "cancelled a visit by X": reduce or break off relations (125) toward the visitor ----------

def test_cancelling_a_visit_by_a_delegation_is_125_toward_the_visitors() -> None:
    assert ("CHN", "125", "UKRGOV") in _dyadic("China cancelled a visit by a Ukrainian government delegation on Friday.")


def test_postponing_a_visit_by_a_minister_is_125() -> None:
    assert ("CHN", "125", "UKRGOV") in _dyadic("China postponed a visit by the Ukrainian foreign minister.")


def test_cancelling_a_concert_by_an_orchestra_is_no_event() -> None:
    assert not _dyadic("China cancelled a concert by a Ukrainian orchestra.")


# --- "handed a suspect to X": judicial cooperation (063) ----------------------------------------

def test_handing_a_suspect_to_another_states_authorities_is_063() -> None:
    got = _dyadic("France on Saturday handed a suspect in the bombing to Spanish authorities, officials said.")
    assert ("FRA", "063", "ESPGOV") in got


def test_handing_a_trophy_to_athletes_is_no_event() -> None:
    assert not _dyadic("France handed a trophy to Spanish cyclists on Saturday.")


# --- "banned / cancelled a rally by X": a domestic administrative penalty (172) toward the organisers

def test_banning_a_rally_by_the_opposition_is_172_toward_the_opposition() -> None:
    got = _dyadic("The Kenyan government banned a rally by opposition parties in Nairobi.")
    assert ("KENGOV", "172", "KENOPP") in got
    assert ("KENGOV", "172", "KENCVL") not in got


def test_cancelling_rallies_by_a_foreign_opposition_is_coded_toward_it() -> None:
    got = _dyadic("Police in Ljubljana cancelled two rallies by the Bosnian opposition on Sunday.")
    assert any(s == "SVNCOP" and t == "BIHOPP" for s, _, t in got)


def test_a_negated_ban_and_a_march_cancelled_for_rain_stay_uncoded() -> None:
    assert not _dyadic("The Kenyan government did not ban a rally by opposition parties.")
    assert not _dyadic("The organisers cancelled a march by veterans because of rain.")


# --- "trapped U.N. monitors": restrict movement (191); "sent a force to X": 074 like "sent troops" ---

def test_a_mob_trapping_un_monitors_is_191_toward_the_un() -> None:
    got = _dyadic("A Serb mob trapped six U.N. police monitors in their office in Brcko on Thursday.")
    assert any(c == "191" and t == "IGOUNO" for _, c, t in got)


def test_an_earthquake_trapping_workers_is_no_event() -> None:
    assert not _dyadic("The earthquake trapped hundreds of workers in the mine.")


def test_sending_a_force_to_a_state_is_074() -> None:
    assert ("NGA", "074", "LBR") in _dyadic("Nigeria sent a 2,000-strong force to Liberia on Monday.")


def test_a_force_not_sent_stays_uncoded() -> None:
    assert not _dyadic("Nigeria did not send a force to Liberia.")
