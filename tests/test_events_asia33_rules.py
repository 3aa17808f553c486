"""asia33: Asia-Pacific politics and conflict in 1986-2000 wire copy (docs/evaluation/events-asia33.md).
Every sentence is our own, written in Reuters/AP/AFP style without a dateline.

- "imposed sanctions on Y for refusing to ...": the party the penalty is laid on did the refusing.
- "met Kim Il-sung": the split hyphenated name whose last piece the small model tags a verb
  ("sung") is still the object.
- "Former U.S. President Jimmy Carter": a listed former office holder (ELI on the date) holds no
  office that keeps the title's GOV.
- "Indonesian police arrested supporters of Megawati": a leader's supporters coerced by their own
  state are the opposition (OPP).
- "the last Indian peacekeepers left Sri Lanka": peacekeepers and marines leaving withdraw (087).
- "captured Jaffna from the Tamil Tigers": a named place captured from a side aims at that side.
- Actor rows: the New People's Army, Kashmir and Aceh rebels, Chinese dissidents, Ranariddh after
  July 1997, Anwar Ibrahim after his sacking.
"""
from __future__ import annotations

from events_variety import coded_triples


def _codes(triples):
    return {code for _, code, _ in triples}


# --- the penalised party refused --------------------------------------------------------------

def test_a_penalty_laid_on_a_party_for_refusing_makes_that_party_the_refuser():
    got = coded_triples("The United Nations imposed sanctions on the Taliban for refusing to hand over "
                        "Osama bin Laden.", "1999-11-14")
    assert ("IGOUNO", "163", "AFGREB") in got
    assert not any(src == "IGOUNO" and code.startswith("12") for src, code, _ in got), got


def test_the_penalty_alone_is_still_coded_and_a_criticised_object_keeps_its_rule():
    got = coded_triples("Washington imposed sanctions on China for refusing to protect copyright.", "1996-05-14")
    assert ("USA", "163", "CHN") in got
    got = coded_triples("The European Union criticised Burma for refusing to talk to the opposition.", "1999-11-14")
    assert ("IGOEUREEC", "111", "MMR") in got
    assert not any(src == "IGOEUREEC" and code.startswith("12") for src, code, _ in got), got


# --- hyphenated Korean names read as verbs -----------------------------------------------------

def test_kim_il_sung_as_object_is_coded():
    for text in ("Jimmy Carter met Kim Il-sung on Wednesday.",
                 "Former U.S. President Jimmy Carter met North Korean leader Kim Il-sung in Pyongyang on Wednesday."):
        got = coded_triples(text, "1994-06-15")
        assert ("USAELI", "040", "PRKGOV") in got, (text, got)
    got = coded_triples("South Korea urged Kim Il-sung to allow inspections.", "1994-06-15")
    assert ("KOR", "020", "PRKGOV") in got


def test_a_real_verb_is_no_name():
    assert coded_triples("The army sang the national anthem in Pyongyang.", "1994-06-15") == set()


# --- a listed former office holder is ELI under a "former" title --------------------------------

def test_former_us_president_is_an_elite():
    got = coded_triples("Former U.S. President Barack Obama met Kim Dae-jung.", "2018-06-15")
    assert any(src == "USAELI" and code == "040" for src, code, _ in got), got


def test_a_sitting_listed_president_keeps_his_office():
    got = coded_triples("U.S. President Bill Clinton met Kim Young-sam.", "1994-06-15")
    assert ("USAGOV", "040", "KORGOV") in got


# --- supporters coerced at home are the opposition ---------------------------------------------

def test_supporters_arrested_by_their_own_police_are_opposition():
    for text in ("Indonesian police arrested supporters of Megawati Sukarnoputri.",
                 "Indonesian police arrested Megawati Sukarnoputri's supporters after a raid on her party headquarters."):
        got = coded_triples(text, "1996-07-15")
        assert ("IDNCOP", "173", "IDNOPP") in got, (text, got)
    got = coded_triples("Pakistani police arrested hundreds of supporters of Benazir Bhutto.", "1996-07-15")
    assert ("PAKCOP", "173", "PAKOPP") in got
    got = coded_triples("Police in Caracas detained dozens of Guaido's supporters on Saturday.", "2019-05-02")
    assert ("VENCOP", "173", "VENOPP") in got


def test_supporters_of_the_governing_side_or_not_arrested_are_no_opposition():
    got = coded_triples("Pakistani police arrested supporters of the prime minister.", "1996-07-15")
    assert not any(tgt == "PAKOPP" for _, _, tgt in got), got
    assert coded_triples("Indonesian police did not arrest supporters of Megawati Sukarnoputri.", "1996-07-15") == set()
    got = coded_triples("Megawati thanked her supporters.", "1996-07-15")
    assert not any(tgt == "IDNOPP" for _, _, tgt in got), got


# --- peacekeepers leaving, places captured from a side ------------------------------------------

def test_peacekeepers_and_marines_leaving_withdraw():
    got = coded_triples("The last Indian peacekeepers left Sri Lanka on Saturday.", "1990-03-24")
    assert ("INDMIL", "087", "LKA") in got
    got = coded_triples("U.S. marines left Somalia on Thursday.", "1993-03-24")
    assert ("USAMIL", "087", "SOM") in got


def test_peacekeepers_who_will_not_leave_are_no_withdrawal():
    got = coded_triples("Indian peacekeepers will not leave Sri Lanka before the end of March.", "1990-03-24")
    assert "087" not in _codes(got) and "0356" not in _codes(got), got


def test_a_named_city_captured_from_rebels_aims_at_them():
    got = coded_triples("Sri Lankan troops captured Jaffna from the Tamil Tigers on Tuesday.", "1995-12-05")
    assert ("LKAMIL", "192", "LKAREB") in got


def test_weapons_captured_from_an_army_are_no_ground_taken_from_it():
    got = coded_triples("The rebels captured weapons from the army.", "1995-12-05")
    assert not any(code == "192" and tgt for _, code, tgt in got), got


# --- actor rows ---------------------------------------------------------------------------------

def test_asian_armed_groups_of_the_period():
    got = coded_triples("New People's Army guerrillas ambushed an army patrol in northern Luzon, killing eight "
                        "soldiers, the military said.", "1990-05-10")
    assert ("PHLREB", "190", "PHLMIL") in got
    got = coded_triples("Hizbul Mujahideen militants attacked a police station in Srinagar.", "1990-04-15")
    assert ("INDREB", "190", "INDCOP") in got
    got = coded_triples("Free Aceh Movement rebels killed two soldiers.", "1990-04-15")
    assert ("IDNREB", "190", "IDNMIL") in got


def test_dated_offices_of_asian_figures():
    got = coded_triples("Hun Sen accused Ranariddh of smuggling weapons into the country.", "1997-07-08")
    assert ("KHMGOV", "1121", "KHMOPP") in got
    got = coded_triples("China released Wei Jingsheng on medical parole.", "1997-11-16")
    assert ("CHN", "0841", "CHNOPP") in got
    got = coded_triples("A Malaysian court sentenced Anwar Ibrahim to six years in prison for corruption.", "1999-04-14")
    assert ("MYSJUD", "173", "MYSOPP") in got


# --- a two-word demonym tagged ORG before a title ------------------------------------------------

def test_a_title_after_a_two_word_demonym_tagged_org_keeps_the_person():
    got = coded_triples("Sri Lankan President Ranasinghe Premadasa asked India to withdraw its troops.", "1989-05-12")
    assert ("LKAGOV", "0256", "IND") in got
    got = coded_triples("Amnesty International secretary general Pierre Sane criticised Sri Lanka.", "1989-05-12")
    assert ("NGOAMN", "111", "LKA") in got


def test_new_people_rows_of_the_period():
    got = coded_triples("Amien Rais called on Suharto to resign.", "1998-05-20")
    assert ("IDNOPP", "0241", "IDNGOV") in got
