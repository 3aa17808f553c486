"""acts14: an answer aimed at an act (a decision, a plan, an accusation, a ruling) is aimed at
the act's author (events/act_targets.py). Every sentence here was written for these tests."""
from __future__ import annotations

from events_variety import annotated, coded_triples


def _triples(text: str, date: str = "2019-06-12") -> set[tuple[str, str, str | None]]:
    return coded_triples(text, date)


def _dyadic(text: str, date: str = "2019-06-12") -> set[tuple[str, str, str]]:
    return {t for t in _triples(text, date) if t[2]}


def test_the_of_phrase_of_an_accusation_names_its_author() -> None:
    got = _dyadic("The Bolivian government on Monday denied the accusations of the Peruvian president "
                  "that it had financed smuggling rings.")
    assert ("BOLGOV", "016", "PERGOV") in got


def test_a_relative_clause_names_the_author_of_the_plan() -> None:
    got = _dyadic("Opposition leaders in Ecuador criticised the plan the government announced to raise fuel prices.")
    assert any(s.endswith("OPP") and c == "111" and t == "ECUGOV" for s, c, t in got)


def test_a_by_phrase_names_the_doer_and_a_bare_state_body_is_the_sources_own() -> None:
    got = _dyadic("The Croatian opposition condemned the cancellation of the referendum by the ruling party.")
    assert ("HRVOPP", "111", "HRVGOV") in got


def test_the_of_phrase_of_a_deed_is_its_theme_not_its_doer() -> None:
    # "the expulsion of Cuban diplomats": the diplomats were expelled; Cuba did not expel them
    got = _dyadic("Cuba strongly condemned the expulsion of Cuban diplomats on Tuesday.")
    assert not any(t.startswith("CUB") for _, _, t in got)


def test_an_earlier_coded_proposal_is_the_one_rejected() -> None:
    text = ("Greece on Monday proposed talks with Turkey on the disputed continental shelf. "
            "The Turkish government rejected the proposal on Tuesday.")
    got = _dyadic(text)
    assert any(s == "TURGOV" and c[:2] == "12" and t == "GRC" for s, c, t in got)


def test_an_earlier_mention_of_a_use_of_force_names_the_attacker() -> None:
    text = ("The Saudi killing of two border guards in an airstrike last week angered the country. "
            "The strike took place near the border town. "
            "The Yemeni foreign ministry condemned the attack as a crime.")
    got = _dyadic(text)
    assert ("YEMGOV", "111", "SAU") in got


def test_a_court_verdict_on_an_unowned_measure_is_against_its_government() -> None:
    got = _dyadic("The Supreme Court of Kenya ruled on Thursday that the ban on street protests was unconstitutional.")
    assert ("KENJUD", "116", "KENGOV") in got


def test_an_indefinite_act_noun_is_not_an_earlier_act() -> None:
    text = ("Greece on Monday proposed talks with Turkey on the disputed continental shelf. "
            "The Turkish government rejected a proposal for a joint patrol.")
    got = _dyadic(text)
    assert not any(s == "TURGOV" and c[:2] == "12" and t == "GRC" for s, c, t in got)


def test_phrase_authors_reads_the_noun_phrase() -> None:
    from dateline.events.act_targets import act_things, phrase_authors

    _, doc = annotated("Jordan rejected the proposal made by the Syrian delegation.", "2019-06-12")
    noun = next(t for t in doc if t.lower_ == "proposal")
    assert act_things([noun]) == [noun]
    assert [t.lower_ for t in phrase_authors(noun)] == ["delegation"]
    _, doc = annotated("The ministry criticised the decision of the parliament to adjourn.", "2019-06-12")
    noun = next(t for t in doc if t.lower_ == "decision")
    assert [t.lower_ for t in phrase_authors(noun)] == ["parliament"]


def test_a_courts_statement_with_a_verdict_word_is_against_the_government() -> None:
    got = _dyadic("The Constitutional Court of Peru said on Friday the decision to close the border was illegal.")
    assert ("PERJUD", "116", "PERGOV") in got  # finding a measure unlawful is a ruling


def test_a_courts_statement_without_a_verdict_names_no_government() -> None:
    got = _dyadic("The Constitutional Court of Peru said on Friday the decision to close the border was under review.")
    assert not any(s == "PERJUD" and t == "PERGOV" for s, c, t in got)
