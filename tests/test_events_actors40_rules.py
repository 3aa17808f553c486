"""actors40: who is who in August-December 1996 wire news (docs/evaluation/events-actors40.md).
Every sentence is our own, written in Reuters style (a dateline paragraph, one sentence a paragraph).

- A country's rebels act on their own state's unnamed army, police or government (insurgents_state).
- The UN war crimes tribunals named by description are the UN (war_crimes_tribunals).
- A listed rebel group taken up by a plural word of its name ("the Tigers") (group_short_names).
- A paragraph-final title abbreviation after a name is the name and a full stop ("Hun Sen.").
- A capitalised surname the tagger read as a base verb, made a subject, is a name.
- A listed figure the model tagged a place (LOC) is a person.
- Rows: Kagame 1994-2000, Misuari from Sept 1996, Hussein Aidid, Ardzinba, Najibullah, OAU,
  "faction leader" / "warlord" REB.
"""
from __future__ import annotations

from events_variety import coded_triples

DAY = "1996-10-14"


def _story(dateline: str, *sentences: str) -> str:
    return "\n\n".join((dateline, *sentences))


def test_rebels_act_on_their_own_states_unnamed_army():
    # a round-up: the article's main country is another one than the rebels'
    text = _story("MANILA 1996-10-14",
                  "Khmer Rouge guerrillas attacked government troops in Battambang province.",
                  "Moro rebels of the MILF ambushed an army patrol in Mindanao.",
                  "MILF rebels attacked an army outpost near Cotabato.")
    got = coded_triples(text, DAY)
    assert ("PHLREB", "190", "PHLMIL") in got, got
    assert ("PHLREB", "190", "KHMMIL") not in got, got


def test_rebels_accuse_their_own_government():
    text = _story("BOGOTA 1996-11-12",
                  "FARC guerrillas killed ten soldiers in southern Colombia.",
                  "The Zapatistas accused the government of militarising Chiapas.")
    got = coded_triples(text, DAY)
    assert ("MEXREB", "112", "MEXGOV") in got, got
    assert ("COLREB", "190", "COLMIL") in got, got


def test_a_named_foreign_army_is_kept():
    text = _story("BOGOTA 1996-11-12",
                  "FARC guerrillas killed ten soldiers in southern Colombia.",
                  "EPR rebels attacked the army of Guatemala.")
    assert ("MEXREB", "190", "GTMMIL") in coded_triples(text, DAY)


def test_un_war_crimes_tribunals_are_the_un():
    text = _story("SARAJEVO 1996-11-10",
                  "The Hague war crimes tribunal indicted three Bosnian Serb officers.",
                  "The tribunal criticised Serbia.")
    got = coded_triples(text, "1996-11-10")
    assert ("IGOUNO", "111", "SRB") in got, got
    assert not any(s in ("NLDJUD", "BIHJUD") for s, _, _ in got), got
    got = coded_triples(_story("THE HAGUE 1996-11-10",
                               "The Yugoslav war crimes tribunal criticised Croatia on Tuesday."), "1996-11-10")
    assert ("IGOUNO", "111", "HRV") in got, got


def test_a_national_tribunal_stays_national():
    got = coded_triples(_story("SARAJEVO 1996-11-10", "A Bosnian court sentenced him to death.",
                               "The tribunal criticised Serbia."), "1996-11-10")
    assert not any(s == "IGOUNO" for s, _, _ in got), got


def test_the_tigers_after_the_full_name():
    for first in ("Tamil Tiger rebels attacked a navy patrol on Sunday.",
                  "The Liberation Tigers of Tamil Eelam attacked a navy patrol on Sunday."):
        got = coded_triples(_story("COLOMBO 1996-10-20", first, "The Tigers attacked an army camp."), DAY)
        assert ("LKAREB", "190", "LKAMIL") in got and not any(s == "LKA" for s, _, _ in got), got


def test_tigers_with_no_group_before_are_not_rebels():
    got = coded_triples(_story("DETROIT 1996-09-10", "The Tigers attacked the Yankees in the ninth."), DAY)
    assert not any(s.endswith("REB") for s, _, _ in got if s), got


def test_hun_sen_ending_a_sentence():
    text = _story("PHNOM PENH 1996-11-10", "Hun Sen met Ranariddh.", "Ranariddh criticised Hun Sen.")
    got = coded_triples(text, "1996-11-10")
    assert ("KHMGOV", "040", "KHMGOV") in got and ("KHMGOV", "111", "KHMGOV") in got, got


def test_a_senator_title_is_kept():
    from dateline.nlp import load_nlp

    doc = load_nlp()("He met Sen. John Kerry on Tuesday.\n\nThey met Hun Sen.")
    words = [t.text for t in doc]
    assert "Sen." in words and words[-2:] == ["Sen", "."], words


def test_a_surname_read_as_a_verb_is_the_subject():
    text = _story("PHNOM PENH 1996-11-10", "Hun Sen criticised Ranariddh.",
                  "Ranariddh accused Hun Sen of plotting a coup.")
    assert ("KHMGOV", "112", "KHMGOV") in coded_triples(text, "1996-11-10")


def test_1996_rows():
    assert ("RWAGOV", "112", "COD") in coded_triples(
        _story("KIGALI 1996-11-14", "Rwandan Vice-President Paul Kagame accused Zaire of arming Hutu militias."), DAY)
    got = coded_triples(_story("MOGADISHU 1996-11-10", "Hussein Aidid met Ethiopian Prime Minister Meles Zenawi.",
                               "Aidid accused Ethiopia of arming his rivals."), "1996-11-10")
    assert ("SOMREB", "040", "ETHGOV") in got and ("SOMREB", "112", "ETH") in got, got
    assert ("IGOOAU", "111", "BDI") in coded_triples(_story("ADDIS ABABA 1996-11-10", "The OAU criticised Burundi."),
                                                     "1996-11-10")
    assert ("SOMREB", "1123", "SOMREB") in coded_triples(
        _story("MOGADISHU 1996-11-10", "Ali Mahdi accused Aidid of attacking his militia."), "1996-11-10")
    assert ("MYSGOV", "111", "IDN") in coded_triples(
        _story("KUALA LUMPUR 1996-11-10", "Deputy Prime Minister Anwar Ibrahim criticised Indonesia."), "1996-11-10")
    assert ("GEOREB", "120", "GEO") in coded_triples(
        _story("SUKHUMI 1996-11-10", "Abkhaz leader Vladislav Ardzinba rejected Georgia's offer."), "1996-11-10")


def test_faction_leaders_are_rebels_but_a_party_faction_is_not():
    got = coded_triples(_story("MOGADISHU 1996-11-10",
                               "Somali faction leader Osman Ato met Ethiopian Prime Minister Meles Zenawi."), DAY)
    assert ("SOMREB", "040", "ETHGOV") in got, got
    got = coded_triples(_story("TOKYO 1996-11-10",
                               "Ruling party faction leader Hiroshi Mitsuzuka criticised the Socialists."), DAY)
    assert not any(s.endswith("REB") for s, _, _ in got if s), got
