"""Round-25 source rules (source25), each checked on sentences we wrote: a message as the subject
acts for its author (events/authored.py); a cabinet portfolio the recogniser tags as an
organisation before "Minister" is no body (events/subjects.py); a subject the parser hung on a
fronted phrase or on a reduced clause (events/lost_subjects.py); "announced / ordered the arrest
of X": the announcer did the act to X (events/announced_acts.py)."""
from __future__ import annotations

import pytest
from events_variety import annotated, coded_triples

from dateline.events import authored, lost_subjects

DATE = "2024-05-02"


# ---- a message subject acts for its author

@pytest.mark.parametrize("text,triple", [
    ("A statement by the Syrian army accused Turkey of aggression on Monday.", ("SYRMIL", "1123", "TUR")),
    ("The Syrian army's statement accused Turkey of aggression on Monday.", ("SYRMIL", "1123", "TUR")),
    ("A letter from the Macedonian Communist Party demanded that South Korea release the students.",
     ("MKDOPP", "1053", "KOR")),
    ("A letter to the embassy under the name of the Macedonian Communist Party demanded that South Korea "
     "release the students.", ("MKDOPP", "1053", "KOR")),
    ("A letter signed by the Kenyan opposition party demanded the Kenyan government free the students.",
     ("KENOPP", "1053", "KENGOV")),
])
def test_message_acts_for_its_author(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in coded_triples(text, DATE)


def test_joint_statement_acts_for_each_author() -> None:
    text = "A joint statement by Kenya and Uganda condemned Somalia's attack on the border post."
    assert {("KEN", "111", "SOM"), ("UGA", "111", "SOM")} <= coded_triples(text, DATE)


def test_negated_message_act_stays_uncoded() -> None:
    assert coded_triples("A statement by the Syrian army did not accuse Turkey of aggression on Monday.", DATE) == set()


def test_hypothetical_message_act_stays_uncoded() -> None:
    text = "A statement by the Syrian army could accuse Turkey of aggression, a diplomat said."
    assert coded_triples(text, DATE) == set()


def test_place_a_report_comes_from_is_no_author() -> None:
    # "from Baghdad" says where the report was filed, not that Iraq accused anyone
    assert coded_triples("A report from Baghdad accused Iran of shelling the border on Monday.", DATE) == set()


def test_message_author_token() -> None:
    art, doc = annotated("A statement by the Syrian army accused Turkey of aggression on Monday.", DATE)
    statement = next(t for t in doc if t.lower_ == "statement")
    assert authored.message_author(statement).lower_ == "army"
    art, doc = annotated("The release of the prisoners angered the Israeli government.", DATE)
    release = next(t for t in doc if t.lower_ == "release")
    assert authored.message_author(release) is None  # an act, not a text


# ---- a cabinet portfolio before "Minister"

@pytest.mark.parametrize("text,triple", [
    ("Turkey's Foreign Affairs Minister Ali Bozer will visit Germany on Saturday.", ("TURGOV", "036", "DEU")),
    ("Turkey's European Affairs Minister Ali Bozer will visit Germany on Saturday.", ("TURGOV", "036", "DEU")),
    ("Turkey's Trade and Industry Minister Ali Bozer will visit Germany on Saturday.", ("TURGOV", "036", "DEU")),
])
def test_portfolio_minister_is_the_government(text: str, triple: tuple[str, str, str]) -> None:
    assert coded_triples(text, DATE) == {triple}


def test_named_body_officer_keeps_the_body() -> None:
    text = "Amnesty International Secretary General Agnes Callamard criticised the Iranian government."
    assert coded_triples(text, DATE) == {("NGOAMN", "111", "IRNGOV")}


def test_unknown_firm_chairman_stays_uncoded() -> None:
    # an unknown name that is no ministry: its chairman is nobody the coder knows
    assert coded_triples("Acme Holdings chairman John Smith will visit Germany on Saturday.", DATE) == set()


# ---- a subject lost to a fronted phrase or a reduced clause

def test_subject_swallowed_by_according_to_phrase() -> None:
    text = ("According to the Middle East Economic Survey, Yemen and Amoco signed a memorandum of "
            "understanding for a production-sharing agreement.")
    assert coded_triples(text, DATE) == {("YEM", "057", "USABUS"), ("USABUS", "057", "YEM")}


def test_subject_of_reduced_reporting_clause() -> None:
    text = ("The demonstrators, said by police to number 6,000, also urged the Kenyan government to "
            "release the activist.")
    assert ("KENOPP", "0253", "KENGOV") in coded_triples(text, DATE)


def test_well_parsed_subject_is_kept() -> None:
    text = "According to officials, Kenya and Uganda signed a trade agreement on Monday."
    assert coded_triples(text, DATE) == {("KEN", "057", "UGA"), ("UGA", "057", "KEN")}


def test_lost_subject_of_a_planned_act_codes_no_agreement() -> None:
    text = ("According to the Middle East Economic Survey, Yemen and Amoco may sign a memorandum of "
            "understanding next year.")
    assert not any(code == "057" for _, code, _ in coded_triples(text, DATE))


def test_lost_subject_needs_a_subjectless_verb() -> None:
    art, doc = annotated("Kenya and Uganda signed a trade agreement on Monday.", DATE)
    signed = next(t for t in doc if t.lower_ == "signed")
    assert lost_subjects.lost_subject(signed) == []


# ---- "announced the arrest of X": the announcer arrested X

@pytest.mark.parametrize("text,triple", [
    ("Kenyan police announced the arrest of a Ugandan journalist on Monday.", ("KENCOP", "173", "UGAMED")),
    ("Kenyan police confirmed the arrest of two Ugandan opposition leaders.", ("KENCOP", "173", "UGAOPP")),
])
def test_announced_arrest_is_the_announcers(text: str, triple: tuple[str, str, str]) -> None:
    assert coded_triples(text, DATE) == {triple}


def test_welcomed_arrest_is_no_arrest_by_the_speaker() -> None:
    got = coded_triples("The Kenyan government welcomed the arrest of a Ugandan journalist.", DATE)
    assert not any(code == "173" for _, code, _ in got)


def test_negated_and_hypothetical_announcements_stay_uncoded() -> None:
    assert coded_triples("Kenyan police did not confirm the arrest of two Ugandan journalists.", DATE) == set()
    assert coded_triples("Kenyan police may announce the arrest of a Ugandan journalist.", DATE) == set()


# ---- part words count their group

@pytest.mark.parametrize("text", [
    "A handful of Kenyan lawmakers criticised the Kenyan government on Monday.",
    "A broad cross-section of members of the Kenyan parliament criticised the Kenyan government on Monday.",
    "A section of Kenyan lawmakers criticised the Kenyan government on Monday.",
])
def test_part_of_a_group_is_the_group(text: str) -> None:
    assert ("KENLEG", "111", "KENGOV") in coded_triples(text, DATE)


def test_part_of_a_thing_is_no_actor() -> None:
    # a part of a text or of a road is nobody
    assert coded_triples("A section of the report criticised the Kenyan government on Monday.", DATE) == set()
