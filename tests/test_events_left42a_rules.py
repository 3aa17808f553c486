"""left42a: failures earlier wire rounds saw but left (docs/evaluation/events-left42a.md).
Every sentence is our own, written in 1996 Reuters style; a story is a dateline paragraph, then
one sentence a paragraph.
"""
from __future__ import annotations

from events_variety import coded_triples


def _story(*paras: str) -> str:
    return "\n\n".join(paras)


# --- "its leader" after an organisation the clause acted on (events/object_owners.py) ----------

def test_its_leader_is_the_banned_party_s():
    got = coded_triples(_story("ANKARA 1996-08-02", "Turkey banned the pro-Kurdish People's Democracy Party "
                               "and arrested its leader Murat Bozlak."), "1996-08-02")
    assert ("TUR", "173", "TUROPP") in got and ("TUR", "173", "TURGOV") not in got, got
    got = coded_triples(_story("ALGIERS 1996-08-02", "Algeria outlawed the Islamic Salvation Front and "
                               "jailed its leaders."), "1996-08-02")
    assert ("DZA", "173", "DZAOPP") in got and ("DZA", "173", "DZAGOV") not in got, got
    got = coded_triples(_story("JAKARTA 1996-08-02", "The government accused the Democratic People's Party "
                               "of subversion and detained its chairman."), "1996-08-02")
    assert ("IDNGOV", "173", "IDNOPP") in got and ("IDNGOV", "173", "IDNGOV") not in got, got


def test_its_ambassador_after_a_country_object_stays_the_subject_s():
    got = coded_triples(_story("MOSCOW 1996-09-02", "Russia accused Ukraine of violating the accord and "
                               "recalled its ambassador."), "1996-09-02")
    assert ("RUS", "112", "UKR") in got, got
    assert not any(t == "UKR" and c != "112" for _, c, t in got), got


# --- a detention participle on a noun names no jailer (events/detained_people.py) ----------------

def test_people_jailed_for_an_act_are_no_second_arrest():
    got = coded_triples(_story("SEOUL 1996-12-20", "President Kim Young-sam pardoned two former presidents "
                               "jailed for mutiny and corruption."), "1996-12-20")
    assert not any(c == "173" for _, c, _ in got), got
    got = coded_triples(_story("NAIROBI 1996-08-20", "Police released 20 students arrested during the riots."),
                        "1996-08-20")
    assert ("KENCOP", "0841", "KENEDU") in got and not any(c == "173" for _, c, _ in got), got
    got = coded_triples(_story("BOGOTA 1996-09-20", "Rebels freed 12 soldiers captured in the fighting."),
                        "1996-09-20")
    assert not any(c[:2] == "19" for _, c, _ in got), got


def test_a_plain_arrest_still_codes():
    got = coded_triples(_story("NAIROBI 1996-08-20", "Police arrested 20 students during the riots."),
                        "1996-08-20")
    assert ("KENCOP", "173", "KENEDU") in got, got


# --- captors and hostage-takers are kidnappers: private persons (data/actors/roles.tsv) ----------

def test_captors_and_hostage_takers_are_private_persons():
    got = coded_triples(_story("LIMA 1996-12-20", "President Alberto Fujimori refused to negotiate with "
                               "the hostage-takers."), "1996-12-20")
    assert ("PERGOV", "125", "PERCVL") in got, got
    got = coded_triples(_story("LIMA 1996-12-22", "Fujimori refused to negotiate with the captors."),
                        "1996-12-22")
    assert ("PERGOV", "125", "PERCVL") in got, got
    # unnamed48: a plural band of no identity as the doer codes no act (the standard: unnamed
    # perpetrators are not coded); as targets above the captors stay PERCVL
    got = coded_triples(_story("LIMA 1996-12-23", "The captors freed seven more hostages on Monday."),
                        "1996-12-23")
    assert not got, got


# --- a leader's supporters charged by their own state are the opposition (events/followers.py) ---

def test_supporters_charged_by_the_state_are_the_opposition():
    got = coded_triples(_story("JAKARTA 1996-08-12", "Prosecutors charged Megawati's supporters with "
                               "subversion on Monday."), "1996-08-12")
    assert ("IDNJUD", "1121", "IDNOPP") in got, got
    got = coded_triples(_story("ABUJA 1996-08-12", "Prosecutors charged Abiola's supporters with treason."),
                        "1996-08-12")
    assert any(s == "NGAJUD" and c[:3] == "112" and t == "NGAOPP" for s, c, t in got), got  # (1125 after codes42)
    got = coded_triples(_story("RANGOON 1996-08-12", "The government accused supporters of Aung San Suu Kyi "
                               "of plotting unrest."), "1996-08-12")
    assert ("MMRGOV", "112", "MMROPP") in got, got


def test_supporters_of_the_ruler_are_no_opposition():
    got = coded_triples(_story("DHAKA 1996-08-12", "The opposition accused supporters of the prime minister "
                               "of rigging the vote."), "1996-08-12")
    assert not any(t == "BGDOPP" for _, _, t in got), got


# --- "counter-attacked", "re-open", "co-premier" kept whole before the parser (prefix_words.py) --

def test_prefixed_verbs_code_as_their_solid_word():
    got = coded_triples(_story("COLOMBO 1996-07-25", "Sri Lankan troops counter-attacked Tamil Tiger rebels "
                               "near Mullaitivu."), "1996-07-25")
    assert ("LKAMIL", "190", "LKAREB") in got, got
    got = coded_triples(_story("KABUL 1996-10-20", "Dostum's forces counter-attacked the Taleban in the Salang "
                               "tunnel."), "1996-10-20")
    assert any(c == "190" for _, c, _ in got), got
    got = coded_triples(_story("ISLAMABAD 1996-09-01", "Pakistan agreed to re-start talks with India on "
                               "Kashmir."), "1996-09-01")
    assert ("PAK", "036", "IND") in got, got
    got = coded_triples(_story("MOSCOW 1996-09-12", "Russia re-affirmed its support for Belarus."), "1996-09-12")
    assert ("RUS", "051", "BLR") in got, got


def test_prefixed_nouns_and_elections_are_unchanged():
    got = coded_triples(_story("TIRANA 1996-09-12", "President Sali Berisha won re-election in May."),
                        "1996-09-12")
    assert not got, got
    got = coded_triples(_story("GROZNY 1996-08-12", "Russian commanders and rebel leaders signed a cease-fire "
                               "on Thursday."), "1996-08-12")
    assert ("RUSMIL", "0871", "RUSREB") in got, got


def test_a_co_premier_is_a_premier():
    got = coded_triples(_story("PHNOM PENH 1996-08-15", "Second Prime Minister Hun Sen accused his co-premier "
                               "of undermining the coalition."), "1996-08-15")
    assert ("KHMGOV", "112", "KHMGOV") in got, got
    got = coded_triples(_story("PHNOM PENH 1996-10-01", "Ranariddh criticised the co-premier for stalling on "
                               "local elections."), "1996-10-01")
    assert ("KHMGOV", "111", "KHMGOV") in got, got


def test_prefix_words_merge_only_verbs_and_co_titles():
    from dateline.nlp import load_nlp
    doc = load_nlp()("Syria re-opened its border. He won re-election. They launched a counter-attack. "
                     "The co-premier spoke.")
    words = {t.text: t for t in doc}
    assert words["re-opened"].lemma_ == "reopen" and words["re-opened"].dep_ == "ROOT"
    assert "re-election" not in words and "counter-attack" not in words
    assert words["co-premier"].lemma_ == "co-premier"
    assert doc.text == "Syria re-opened its border. He won re-election. They launched a counter-attack. " \
                       "The co-premier spoke."


# --- "took 12 soldiers hostage": the hostage noun is no second party (frames.captive_complement) -

def test_hostage_taken_is_the_one_target():
    got = coded_triples(_story("BOGOTA 1996-10-02", "ELN guerrillas took 12 soldiers hostage on Tuesday."),
                        "1996-10-02")
    assert ("COLREB", "181", "COLMIL") in got and ("COLREB", "181", "COLCVL") not in got, got
    got = coded_triples(_story("DUSHANBE 1996-12-05", "Tajik rebels took seven U.N. military observers "
                               "hostage on Thursday."), "1996-12-05")
    assert ("TJKREB", "181", "IGOUNO") in got and ("TJKREB", "181", "TJKCVL") not in got, got
    got = coded_triples(_story("GROZNY 1996-09-05", "The rebels released the hostages."), "1996-09-05")
    assert ("RUSREB", "0841", "RUSCVL") in got, got


# --- infiltrators, spies and commandos captured are people, not ground (captured_people.py) -----

def test_captured_infiltrators_are_detained():
    got = coded_triples(_story("SEOUL 1996-09-25", "South Korean troops captured a North Korean infiltrator "
                               "on Tuesday."), "1996-09-25")
    assert ("KORMIL", "173", "PRK") in got and not any(c == "192" for _, c, _ in got), got
    got = coded_triples(_story("NEW DELHI 1996-09-25", "Indian police captured a Pakistani spy in Kashmir."),
                        "1996-09-25")
    assert any(s == "INDCOP" and c == "173" for s, c, _ in got), got
    got = coded_triples(_story("SEOUL 1996-09-25", "Troops captured the North Korean submarine."), "1996-09-25")
    assert not any(c == "173" for _, c, _ in got), got
