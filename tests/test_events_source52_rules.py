"""Round-52 source rules (source52), each checked on sentences we wrote:

- frames._past_beside_modal: "X said the war must end and accused Y": a past-tense verb the
  parser joined to a reported clause with a modal is the speaker's second act;
- frames._speakers_conjunct, widened: "X said there was no reason for panic and accused Y":
  an existential "there" clause lends no subject;
- lost_subjects._taken_by_reduced_clause, widened to "ccomp": "The rebels, said by witnesses to
  number several hundred, attacked ...": the parser's root "said" took the main verb."""
from __future__ import annotations

import pytest
from events_variety import coded_triples

DATE = "1996-08-30"


# ---- "X said <clause with a modal> and <past verb> ...": the speaker acts

@pytest.mark.parametrize("text,triple", [
    ("Russian President Boris Yeltsin said the war must end and accused the Chechen rebels of breaking "
     "the ceasefire.", ("RUSGOV", "112", "RUSREB")),
    ("Russian Foreign Minister Yevgeny Primakov said the alliance should not expand eastwards and "
     "criticised NATO for its plans.", ("RUSGOV", "111", "IGONAT")),
    ("Russian President Boris Yeltsin says the fighting must stop and accuses the Chechen rebels of "
     "sabotaging the talks.", ("RUSGOV", "112", "RUSREB")),
])
def test_past_verb_beside_a_modal_clause_is_the_speakers(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in coded_triples(text, DATE)


def test_clause_without_modal_keeps_its_subject() -> None:
    # "had fled and attacked": the gunmen did both; no speaker's attack
    text = "Russian police said the Chechen rebels had fled and attacked a village near Grozny."
    assert not any(s.startswith("RUSCOP") and c.startswith("19") for s, c, _ in coded_triples(text, DATE))


def test_modal_conjunct_stays_in_the_clause() -> None:
    # "must leave Hebron and would hand it over": the army's plan, not the minister's act
    text = "Israeli Prime Minister Benjamin Netanyahu said the army must leave Hebron and would hand it over."
    assert not any(s == "ISRGOV" and c.startswith("19") for s, c, _ in coded_triples(text, DATE))


# ---- "X said there was ... and <verb>ed Y": "there" does nothing

@pytest.mark.parametrize("text,triple", [
    ("Israeli Prime Minister Benjamin Netanyahu said there was no reason for panic and accused Syria of "
     "massing troops near the Golan Heights.", ("ISRGOV", "112", "SYR")),
    ("Russian President Boris Yeltsin said there would be no more delays and accused the Chechen rebels "
     "of stalling.", ("RUSGOV", "112", "RUSREB")),
])
def test_existential_clause_lends_no_subject(text: str, triple: tuple[str, str, str]) -> None:
    assert any(t[0] == triple[0] and t[1].startswith(triple[1]) and t[2] == triple[2]
               for t in coded_triples(text, DATE))


def test_negated_speakers_conjunct_stays_uncoded() -> None:
    text = ("Israeli Prime Minister Benjamin Netanyahu said there was no reason for panic and did not "
            "accuse Syria of anything.")
    assert not any(s == "ISRGOV" and c.startswith("112") for s, c, _ in coded_triples(text, DATE))


# ---- "The rebels, said by witnesses to number N, attacked ...": the subject of the participle

@pytest.mark.parametrize("text,triple", [
    ("The Chechen rebels, said by witnesses to number several hundred, attacked Russian positions in Grozny.",
     ("RUSREB", "190", "RUS")),
    ("The Kurdish rebels, believed by Turkish officials to number 2,000, attacked Turkish army posts "
     "near the border.", ("TURREB", "190", "TURMIL")),
])
def test_reduced_clause_subject_acts(text: str, triple: tuple[str, str, str]) -> None:
    assert any(t[0] == triple[0] and t[1].startswith(triple[1][:2]) and t[2] == triple[2]
               for t in coded_triples(text, DATE))


def test_reduced_clause_with_negated_act_stays_uncoded() -> None:
    text = "The Chechen rebels, said by witnesses to number several hundred, did not attack Russian positions."
    assert not any(c.startswith("19") for _, c, _ in coded_triples(text, DATE))


# ---- "<body> was ... and it <verb>ed Y": the main clause's subject, in the same sentence

@pytest.mark.parametrize("text,triple", [
    ("The Turkish army was put on alert and it shelled Kurdish rebel positions in northern Iraq.",
     ("TURMIL", "19", "IRQREB")),
    ("The Serbian government was warned on Monday and it accused the European Union of bias.",
     ("SRBGOV", "112", "IGOEUREEC")),
    ("The Pakistani army was put on alert on Tuesday and it shelled Indian army posts in Kashmir.",
     ("PAKMIL", "19", "INDMIL")),
])
def test_it_in_a_joined_clause_is_the_main_subject(text: str, triple: tuple[str, str, str]) -> None:
    assert any(t[0] == triple[0] and t[1].startswith(triple[1]) and t[2] == triple[2]
               for t in coded_triples(text, DATE))


def test_it_after_a_person_is_not_the_person() -> None:
    # "it" never stands for a person: "Yeltsin" does not shell anything here
    text = "Russian President Boris Yeltsin was re-elected in July and it shelled Chechen rebel positions."
    assert not any(s == "RUSGOV" and c.startswith("19") for s, c, _ in coded_triples(text, DATE))


def test_it_with_a_second_body_before_it_stays_open() -> None:
    # "criticised by the European Union, and it accused ...": either body may be "it"
    text = "The Serbian government was criticised by the European Union, and it accused Brussels of bias."
    assert not any(s == "SRBGOV" and c.startswith("112") for s, c, _ in coded_triples(text, DATE))


def test_it_in_a_negated_joined_clause_stays_uncoded() -> None:
    text = "The Turkish army was put on alert but it did not shell Kurdish rebel positions in northern Iraq."
    assert not any(c.startswith("19") for _, c, _ in coded_triples(text, DATE))
