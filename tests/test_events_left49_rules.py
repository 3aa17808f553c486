"""Round-49 actor rules (left49), on sentences we wrote: the chief of rebels is the rebels'
(body_chiefs.NON_STATE_ROLES has REB), and the PKK's name printed without its apostrophe is
still the armed group (orgs.tsv), not a party of the dateline's country."""
from __future__ import annotations

import pytest
from events_variety import annotated


def _triples(text: str, date: str) -> set[tuple[str, str, str]]:
    article, _ = annotated(text, date)
    return {(e.source.code, e.code, e.target.code) for e in article.events}


@pytest.mark.parametrize("text, triple", [
    ("KABUL 1997-05-02\n\nThe chief of the rebels accused the government of bombing civilians.",
     ("AFGREB", "1123", "AFGGOV")),
    ("KABUL 1997-05-02\n\nThe head of the guerrillas criticised the government.",
     ("AFGREB", "111", "AFGGOV")),
    ("FREETOWN 1997-05-02\n\nThe leader of the rebels demanded the release of prisoners held by the army.",
     ("SLEREB", "1053", "SLEMIL")),
])
def test_the_chief_of_the_rebels_is_a_rebel(text, triple):
    assert triple in _triples(text, "1997-05-02")


def test_the_chief_of_the_army_is_not_a_rebel():
    got = _triples("KABUL 1997-05-02\n\nThe commander of the army warned the rebels against attacking Kabul.",
                   "1997-05-02")
    assert ("AFGMIL", "111", "AFGREB") in got
    assert not any(s.endswith("REB") for s, _, _ in got)


def test_a_negated_accusation_by_the_rebels_codes_nothing():
    assert _triples("KABUL 1997-05-02\n\nThe rebels did not accuse the chief of the army of anything.",
                    "1997-05-02") == set()


@pytest.mark.parametrize("text, triple", [
    ("BONN 1995-03-21\n\nThe Kurdistan Workers Party (PKK) threatened to attack German tourist resorts.",
     ("TURREB", "1384", "DEUCVL")),
    ("ANKARA 1995-03-21\n\nThe Kurdish Workers Party accused Turkey of burning villages.",
     ("TURREB", "112", "TUR")),
    ("ANKARA 1995-03-21\n\nThe PKK accused Turkey of burning Kurdish villages.",
     ("TURREB", "112", "TUR")),
])
def test_the_pkk_without_its_apostrophe_is_the_armed_group(text, triple):
    got = _triples(text, "1995-03-21")
    assert triple in got
    assert not any(s.endswith("OPP") for s, _, _ in got)


def test_a_real_party_stays_a_party():
    assert ("TUROPP", "1121", "TURGOV") in _triples(
        "ANKARA 1995-03-21\n\nThe Democratic Left Party accused the government of corruption.", "1995-03-21")


@pytest.mark.parametrize("text, date, right, wrong", [
    ("KINSHASA 1997-05-02\n\nThe rebel movement and its commander rejected the peace plan of the United Nations.",
     "1997-05-02", ("CODREB", "127", "IGOUNO"), ("CODMIL", "127", "IGOUNO")),
    ("KAMPALA 1997-05-02\n\nThe guerrillas and their leader agreed to talks with the government.",
     "1997-05-02", ("UGAREB", "036", "UGAGOV"), ("UGAGOV", "036", "UGAGOV")),
    ("LONDON 1997-05-02\n\nThe union and its leader criticised the government.",
     "1997-05-02", ("GBRLAB", "111", "GBRGOV"), ("GBRGOV", "111", "GBRGOV")),
    ("LONDON 1997-05-02\n\nAmnesty International and its secretary general criticised Turkey.",
     "1997-05-02", ("NGOAMN", "111", "TUR"), ("GBRGOV", "111", "TUR")),
    ("ALGIERS 1997-05-02\n\nPolice arrested the rebel group and its spokesman in Algiers.",
     "1997-05-02", ("DZACOP", "173", "DZAREB"), ("DZACOP", "173", "DZACOP")),
])
def test_a_title_joined_to_its_body_is_the_body(text, date, right, wrong):
    got = _triples(text, date)
    assert right in got
    assert wrong not in got


def test_a_state_bodys_joined_commander_keeps_his_role():
    got = _triples("MANILA 1997-05-02\n\nThe government and its commander in Mindanao rejected the rebels' demands.",
                   "1997-05-02")
    assert {("PHLGOV", "120", "PHLREB"), ("PHLMIL", "120", "PHLREB")} <= got


@pytest.mark.parametrize("text, triple", [
    ("QUITO 1996-03-05\n\nPresident Duran Ballen invited 35 Indian leaders to the palace for talks.",
     ("ECUGOV", "036", "ECUCVL")),
    ("QUITO 1996-03-05\n\nIndian leaders accused the government of seizing their land.",
     ("ECUCVL", "112", "ECUGOV")),
    ("GUATEMALA CITY 1996-03-05\n\nMayan Indian leaders demanded that the army leave their villages.",
     ("GTMCVL", "100", "GTMMIL")),
    ("LIMA 1996-03-05\n\nPolice arrested three Indian peasant leaders in the Andes.",
     ("PERCOP", "173", "PERCVL")),
])
def test_indian_leaders_in_a_story_of_the_americas_are_indigenous(text, triple):
    got = _triples(text, "1996-03-05")
    assert triple in got
    assert not any("IND" in (s[:3], t[:3]) for s, _, t in got)


@pytest.mark.parametrize("text, triple", [
    ("NEW DELHI 1996-03-05\n\nIndian leaders accused Pakistan of arming militants in Kashmir.",
     ("INDGOV", "112", "PAK")),
    ("BRASILIA 1996-03-05\n\nThe Indian ambassador criticised Brazil's trade policy.",
     ("INDGOV", "111", "BRA")),
    ("BRASILIA 1996-03-05\n\nIndian leaders met Brazilian officials to discuss trade with India.",
     ("INDGOV", "040", "BRAGOV")),
])
def test_india_s_officials_stay_india_s(text, triple):
    assert triple in _triples(text, "1996-03-05")


def test_a_negated_meeting_with_indian_leaders_codes_nothing():
    assert _triples("QUITO 1996-03-05\n\nThe government did not meet Indian leaders.", "1996-03-05") == set()


@pytest.mark.parametrize("text, date, triple", [
    ("KATHMANDU 1993-05-02\n\nPrime Minister Girija Prasad Koirala met Chinese Premier Li Peng in Beijing.",
     "1993-05-02", ("NPLGOV", "040", "CHNGOV")),
    ("LAGOS 1991-05-02\n\nBabangida accused the press of spreading rumours about a coup.",
     "1991-05-02", ("NGAGOV", "112", "---MED")),
    ("TASHKENT 1996-05-02\n\nPresident Islam Karimov accused Tajik rebels of smuggling arms into Uzbekistan.",
     "1996-05-02", ("UZBGOV", "1121", "TJKREB")),
])
def test_heads_of_smaller_states_of_the_1990s_are_listed(text, date, triple):
    assert triple in _triples(text, date)


def test_a_head_of_state_out_of_office_is_no_government():
    got = _triples("KATHMANDU 1996-05-02\n\nGirija Prasad Koirala accused the government of corruption.",
                   "1996-05-02")
    assert not any(s == "NPLGOV" for s, _, _ in got)


@pytest.mark.parametrize("text, triple", [
    ("KABUL 1997-05-02\n\nThe chief of the army accused the rebels of shelling the city.", ("AFGMIL", "1123", "AFGREB")),
    ("MEXICO CITY 1997-05-02\n\nThe chief of police accused the gang of murdering two officers.",
     ("MEXCOP", "1121", "MEXCRM")),
    ("ISLAMABAD 1997-05-02\n\nThe chief of the intelligence service accused India of sponsoring bombings.",
     ("PAKSPY", "1123", "IND")),
    ("LONDON 1997-05-02\n\nThe chief of the armed forces of Pakistan met British officials.",
     ("PAKMIL", "040", "GBRGOV")),
])
def test_the_chief_of_a_state_force_is_the_force(text, triple):
    assert triple in _triples(text, "1997-05-02")


@pytest.mark.parametrize("text, triple", [
    ("LIMA 1997-05-02\n\nThe head of the defence ministry criticised the rebels.", ("PERGOV", "111", "PERREB")),
    ("LIMA 1997-05-02\n\nThe chief of the supreme court criticised the government.", ("PERJUD", "111", "PERGOV")),
])
def test_the_chief_of_a_ministry_or_court_keeps_its_reading(text, triple):
    assert triple in _triples(text, "1997-05-02")
