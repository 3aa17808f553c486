"""clause52: acts in participle and subordinate-clause form (docs/evaluation/events-clause52.md).
Every sentence is our own, in 1996 wire style.

- An opening participle phrase long enough that the small parser makes it the main verb's clausal
  subject (csubj) is re-read as an adverbial participle (parse_repairs.repair_opening_participles),
  so the main act and the participle's act (an accusation) are both coded with the main subject.
- A real clausal subject ("Killing civilians is a crime") stays one.
- Reduced relatives ("a plane donated by X") stay uncoded (tune gold codes none of them).
"""
from __future__ import annotations

from events_variety import annotated, coded_triples

DAY = "1996-09-05"


def _deps(text):
    _, doc = annotated(text, DAY)
    return {t.text: t.dep_ for t in doc}


def test_a_long_opening_participle_is_adverbial_not_the_subject():
    text = "Accusing Pakistan of arming militants in Kashmir, India on Tuesday expelled two Pakistani diplomats."
    assert _deps(text)["Accusing"] == "advcl"


def test_the_main_act_and_the_opening_accusation_are_both_coded():
    got = coded_triples("Accusing Pakistan of arming militants in Kashmir, India on Tuesday expelled two "
                        "Pakistani diplomats.", DAY)
    assert ("IND", "161", "PAKGOV") in got, got
    assert ("IND", "112", "PAK") in got, got


def test_opening_participles_the_parser_reads_as_adverbial_still_code():
    for text, triple in (
            ("Accusing the opposition of plotting a coup against the elected government, Zambian police "
             "arrested seven men.", ("ZMBCOP", "112", "ZMBOPP")),
            ("Criticising Israel for its handling of the peace process in the West Bank, Jordan recalled its "
             "ambassador.", ("JOR", "111", "ISR")),
            ("Alleging that Serb police had beaten ethnic Albanian students in Pristina, Albania summoned the "
             "Yugoslav envoy.", ("ALB", "112", "SRBCOP"))):
        got = coded_triples(text, DAY)
        assert triple in got, (text, got)


def test_a_real_clausal_subject_stays_a_subject():
    for text in ("Killing civilians is a crime, the minister said.",
                 "Rebuilding the economy of the war-torn region will take years, the World Bank said."):
        deps = _deps(text)
        first = text.split()[0]
        assert deps[first] == "csubj", (text, deps)
        assert not any(tgt for _, _, tgt in coded_triples(text, DAY)), text


def test_adjectival_participles_are_no_acts():
    for text in ("The injured were taken to a hospital in Grozny after the battle.",
                 "Opposition deputies debated the proposed law on Tuesday.",
                 "The wounded soldiers were flown to Moscow."):
        assert not any(tgt for _, _, tgt in coded_triples(text, DAY)), text


def test_adjunct_participles_with_the_main_subject_code():
    for text, triple in (
            ("The Turkish foreign minister criticised Greece on Monday, accusing Athens of harbouring Kurdish "
             "militants.", ("TURGOV", "112", "GRC")),
            ("China protested to Japan on Tuesday, accusing Tokyo of encouraging right-wing activists.",
             ("CHN", "112", "JPN")),
            ("Egypt issued a statement on Sunday, condemning the Israeli decision to open the tunnel.",
             ("EGY", "111", "ISR"))):
        got = coded_triples(text, DAY)
        assert triple in got, (text, got)


# --- "whose forces": the antecedent's side (loyal_forces.relative_owner) -------------------------

def test_whose_forces_are_the_antecedent_leaders_side():
    for text, triple in (
            ("Rebel leader Laurent Kabila, whose forces captured the town of Goma last week, met a U.N. envoy "
             "on Tuesday.", ("CODREB", "192", "COD")),
            ("The Taliban, whose troops captured Kabul last week, executed former president Najibullah.",
             ("AFGREB", "192", "AFG"))):
        got = coded_triples(text, DAY)
        assert triple in got, (text, got)
        assert not any(src.endswith("MIL") for src, _, _ in got), (text, got)


def test_whose_forces_of_a_state_stay_its_military():
    got = coded_triples("Turkey, whose warplanes bombed Kurdish rebel bases in northern Iraq on Monday, denied "
                        "killing civilians.", DAY)
    assert ("TURMIL", "195", "IRQREB") in got, got


# --- self-claims: "claimed they had killed" is the claimant's act (filters.self_claim) ----------

def test_a_claim_of_ones_own_act_codes_the_act():
    for text, triple in (
            ("UNITA rebels claimed they had killed 40 Angolan soldiers.", ("AGOREB", "190", "AGOMIL")),
            ("Iraq claimed it had hit two Iranian tankers in the Gulf.", ("IRQ", "190", "IRN")),
            ("Chechen rebels claimed they had shot down a Russian helicopter over Grozny.", ("RUSREB", "195", "RUS")),
            ("Hamas claimed it had kidnapped an Israeli soldier.", ("PSEREB", "181", "ISRMIL"))):
        got = coded_triples(text, DAY)
        assert triple in got, (text, got)
        assert not any(code.startswith("112") for _, code, _ in got), (text, got)


def test_a_claim_to_have_acted_accuses_no_one():
    for text in ("Iraqi warplanes struck Iranian oil installations at Kharg Island, claiming to have set them ablaze.",
                 "The rebels claimed to have shot down a government helicopter."):
        got = coded_triples(text, DAY)
        assert not any(code.startswith("112") for _, code, _ in got), (text, got)


def test_a_claim_about_another_side_stays_an_accusation_and_its_act_uncoded():
    got = coded_triples("Moscow claimed Chechen rebels had attacked a Russian convoy.", DAY)
    assert ("RUS", "1123", "RUSREB") in got, got
    assert not any(code.startswith("19") for _, code, _ in got), got
    got = coded_triples("The rebels claimed they were attacked by government troops.", DAY)
    assert not any(code.startswith("19") for _, code, _ in got), got
    got = coded_triples("Iran claimed it would attack any ship carrying Iraqi oil.", DAY)
    assert not any(code.startswith("19") for _, code, _ in got), got
