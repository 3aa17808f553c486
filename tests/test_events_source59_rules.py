"""Round-59 source rules (source59), each checked on sentences we wrote:

- quoted_speakers: a medium that quotes an office holder by title ("quoted the emir as urging")
  or by pronoun ("quoted him as accusing") passes on that person's act, not its own; a name the
  parser hung the "as" phrase on ("quoted by the news agency SANA as condemning") keeps it;
- quoted_speakers.quoted_clause_speaker: "he" in what the quoted one says is the quoted one;
- quoted_speakers.medium_country: an official quoted by title alone by a national medium is that
  medium's country's official, not the dateline's (international wires excepted);
- title_antecedents: "He" opening a sentence after a sentence whose subject is an office title
  ("The German chancellor met ...") is that office holder."""
from __future__ import annotations

import pytest
from events_variety import coded_triples, wire_story


# ---- a title or a pronoun quoted by a medium speaks

@pytest.mark.parametrize("text,day,triple", [
    (wire_story("KUWAIT", "1987-06-02", "The official KUNA news agency quoted the emir as urging Iraq to free the prisoners."),
     "1987-06-02", ("KWTGOV", "0253", "IRQ")),
    (wire_story("JERUSALEM", "1996-09-03", "Netanyahu arrived in Washington on Monday.",
                "Israel Radio quoted him as accusing Syria of massing troops."),
     "1996-09-03", ("ISRGOV", "1123", "SYR")),
    (wire_story("BEIRUT", "1996-09-03", "A Foreign Ministry spokesman was quoted by the official Syrian news agency "
                "SANA as condemning Israel over the raid."),
     "1996-09-03", ("SYRGOV", "111", "ISR")),
])
def test_quoted_title_or_pronoun_is_the_speaker(text: str, day: str, triple: tuple[str, str, str]) -> None:
    got = coded_triples(text, day)
    assert triple in got, got
    assert not any(s.endswith("MED") for s, _, _ in got), got


def test_quoted_document_is_no_speaker() -> None:
    # "quoted a police report as saying gunmen had attacked": unnamed gunmen, nobody coded
    text = wire_story("MOSCOW", "1996-09-03", "Interfax quoted a police report as saying gunmen had attacked a bus.")
    assert not [t for t in coded_triples(text, "1996-09-03") if t[2]]


# ---- "quoted X as saying he ...": X

@pytest.mark.parametrize("text,day,triple", [
    (wire_story("MOSCOW", "1996-09-03", "Interfax quoted Lebed as saying he would meet the rebels."),
     "1996-09-03", ("RUSGOV", "036", "RUSREB")),
    (wire_story("MOSCOW", "1996-09-03", "Interfax quoted security chief Alexander Lebed as saying he would meet "
                "the rebel commanders."),
     "1996-09-03", ("RUSGOV", "036", "RUSREB")),
])
def test_he_in_a_quoted_clause_is_the_quoted_one(text: str, day: str, triple: tuple[str, str, str]) -> None:
    assert triple in coded_triples(text, day)


def test_he_in_a_quoted_clause_negated_is_a_refusal_not_a_meeting() -> None:
    text = wire_story("MOSCOW", "1996-09-03", "Interfax quoted Lebed as saying he would not meet the rebels.")
    got = coded_triples(text, "1996-09-03")
    assert ("RUSGOV", "036", "RUSREB") not in got


# ---- a national medium's quoted official

@pytest.mark.parametrize("text,day,triple", [
    (wire_story("NICOSIA", "1987-06-02", "The official news agency IRNA quoted a Foreign Ministry spokesman as "
                "condemning Iraq for the air raids."), "1987-06-02", ("IRNGOV", "111", "IRQ")),
    (wire_story("TBILISI", "1996-09-03", "Interfax news agency quoted a Defence Ministry official as accusing "
                "Georgia of arming the rebels."), "1996-09-03", ("RUSGOV", "112", "GEO")),
])
def test_national_medium_quotes_its_own_official(text: str, day: str, triple: tuple[str, str, str]) -> None:
    assert triple in coded_triples(text, day)


@pytest.mark.parametrize("text,day,triple", [
    # an international wire says nothing of whose official it quotes: the older reading stays
    (wire_story("NICOSIA", "1996-09-03", "Reuters quoted a Foreign Ministry spokesman as accusing Greece of "
                "arming the island."), "1996-09-03", ("CYPGOV", "112", "GRC")),
    # the phrase's own country wins
    ("Xinhua quoted a U.S. official as criticising Iran over the tanker seizure.", "2019-05-02",
     ("USAGOV", "111", "IRN")),
])
def test_quoted_official_keeps_other_countries(text: str, day: str, triple: tuple[str, str, str]) -> None:
    got = coded_triples(text, day)
    assert triple in got, got


def test_spokesman_for_another_side_is_not_the_mediums() -> None:
    text = wire_story("NICOSIA", "1996-09-03", "The official news agency IRNA quoted a spokesman for the rebels as "
                      "condemning the raids.")
    assert not any(s == "IRNGOV" for s, _, _ in coded_triples(text, "1996-09-03"))


# ---- "He" after a titled subject

@pytest.mark.parametrize("text,day,triple", [
    (wire_story("TOKYO", "1987-03-12", "The Japanese premier flew to Washington on Monday.",
                "He criticised the United States for its new tariffs."), "1987-03-12", ("JPNGOV", "111", "USA")),
    (wire_story("BONN", "1996-09-03", "The German chancellor met party leaders on Tuesday.",
                "He accused the opposition of blocking the budget."), "1996-09-03", ("DEUGOV", "112", "DEUOPP")),
    (wire_story("LUANDA", "1996-08-23", "- The Angolan Chief of State sent a letter to the UN Security Council.",
                "He urged the Council to extend its mission."), "1996-08-23", ("AGOGOV", "020", "IGOUNO")),
    ("The Venezuelan head of state spoke on national television on Monday.\n\n"
     "He accused the United States of plotting a coup.", "2019-05-02", ("VENGOV", "112", "USA")),
    # the subject, not the object, of the sentence before
    (wire_story("RABAT", "1996-09-03", "The Moroccan king received the French foreign minister on Tuesday.",
                "He praised the French government for its help."), "1996-09-03", ("MARGOV", "051", "FRAGOV")),
])
def test_he_continues_a_titled_subject(text: str, day: str, triple: tuple[str, str, str]) -> None:
    assert triple in coded_triples(text, day)


@pytest.mark.parametrize("text,day", [
    # a thing as the subject before: not the president
    (wire_story("BAGHDAD", "1987-06-02", "The Iraqi president's motorcade was attacked on Monday night.",
                "He accused Iran of shelling civilian areas near Basra."), "1987-06-02"),
    # a plural subject before
    (wire_story("PRETORIA", "1996-11-04", "The ministers met in Maputo on Monday.",
                "He praised the Mozambican government for its help against car thieves."), "1996-11-04"),
    # negated
    (wire_story("LUANDA", "1996-08-23", "- The Angolan Chief of State sent a letter to the UN Security Council.",
                "He did not urge the Council to extend its mission."), "1996-08-23"),
])
def test_he_without_a_titled_subject_before_is_not_coded(text: str, day: str) -> None:
    assert not [t for t in coded_triples(text, day) if t[2] and t[1] in ("112", "1123", "051", "020")]


# ---- a movement named by its (non-state) leader

@pytest.mark.parametrize("text,day,triple", [
    (wire_story("PHNOM PENH", "1996-08-20", "Ieng Sary's new movement condemned the Cambodian government."),
     "1996-08-20", ("KHMREB", "111", "KHMGOV")),
    (wire_story("PHNOM PENH", "1996-08-20", "Ieng Sary said in a statement that the new movement condemned the "
                "Cambodian government."), "1996-08-20", ("KHMREB", "111", "KHMGOV")),
    (wire_story("WARSAW", "1987-06-02", "Lech Walesa said the movement condemned the government's price rises."),
     "1987-06-02", ("POLOPP", "111", "POLGOV")),
    ("Juan Guaido said his movement condemned the Venezuelan government for the arrests.", "2019-05-02",
     ("VENOPP", "111", "VENGOV")),
])
def test_group_named_by_its_leader_is_the_leaders_side(text: str, day: str, triple: tuple[str, str, str]) -> None:
    assert triple in coded_triples(text, day)


@pytest.mark.parametrize("text,day", [
    # a state leader's "movement": not the government's act by this rule
    (wire_story("KAMPALA", "1996-09-03", "President Yoweri Museveni said the movement condemned the attacks."),
     "1996-09-03"),
    # a state leader's own movement named by its owner: no act of the owner's by this rule
    (wire_story("KAMPALA", "1996-09-03", "President Yoweri Museveni's movement condemned the attacks by the rebels."),
     "1996-09-03"),
    # the movement as an object is no actor of its leader's
    (wire_story("PHNOM PENH", "1996-08-20", "Ieng Sary praised the movement for its courage."), "1996-08-20"),
])
def test_group_without_a_non_state_leader_stays_uncoded(text: str, day: str) -> None:
    assert not [t for t in coded_triples(text, day) if t[2] and t[1] == "111"]
