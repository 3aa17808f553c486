"""Indirect speech framed after the clause ("..., said X", "..., as X reported") and
speech or stance carried by a noun ("his criticism of ..."): sentences written here."""
from __future__ import annotations

import pytest

from dateline.model import Article, Source, check_offsets


@pytest.fixture(scope="module")
def run(pipeline):
    def _run(text: str) -> Article:
        article = pipeline.annotate(Article(text=text, source=Source("text")), pipeline.nlp(text))
        assert check_offsets(article) == []
        return article
    return _run


def indirect(article: Article) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.cue, q.speaker_name) for q in article.quotes if q.kind == "indirect"]


def test_said_before_its_subject_closes_the_sentence(run):
    a = run("The old mill is still working, but it is under heavy pressure from cheap imports, "
            "said the firm's chief executive, Tom Harris.")
    got = indirect(a)
    assert ("The old mill is still working, but it is under heavy pressure from cheap imports",
            "said", "Tom Harris") in got


def test_as_the_paper_reported(run):
    a = run("The mayor also met the governor that week, as the local paper reported.")
    got = indirect(a)
    assert [t for t, cue, _ in got if cue == "reported"] == ["The mayor also met the governor that week"]


def test_as_clause_before_the_main_clause(run):
    a = run("As the audit said, the money was gone.")
    assert ("the money was gone", "said", "the audit") in indirect(a)


def test_criticism_of_with_a_possessor(run):
    a = run("Maria Lopez renewed her criticism of the new tax plan.")
    texts = [t for t, _, _ in indirect(a)]
    assert any("the new tax plan" in t for t in texts)


def test_questions_about_raised_by_a_group(run):
    a = run("Critics raised questions about the cost of the program.")
    assert ("the cost of the program", "questions", "Critics") in indirect(a)


def test_noun_without_a_holder_is_not_an_attribution(run):
    a = run("The question of timing remains open.")
    assert indirect(a) == []


def test_passive_expectation_without_a_named_holder(run):
    a = run("The mayor is not expected to run again.")
    assert ("The mayor is not expected to run again", "expected", None) in indirect(a)


def test_passive_criticism_with_a_by_agent_names_the_critics(run):
    a = run("The mayor was criticized by farmers for missing the vote.")
    got = indirect(a)
    assert any(cue == "criticized" and who == "farmers" and "missing the vote" in t for t, cue, who in got)


def test_passive_without_a_complement_is_not_a_report(run):
    a = run("The bridge was described in detail.")
    assert indirect(a) == []


def test_researchers_found_that(run):
    a = run("The researchers found that towns hit by factory closures voted for extreme candidates.")
    assert ("towns hit by factory closures voted for extreme candidates", "found", "The researchers") in indirect(a)


def test_evidence_frame_closing_the_sentence(run):
    a = run("The plane was insured for $5 million in 2011, records show.")
    assert ("The plane was insured for $5 million in 2011", "show", "records") in indirect(a)


def test_evidence_frame_inside_the_sentence(run):
    a = run("During the same period, city records show, the jet has flown about 200 hours.")
    assert [t for t, cue, _ in indirect(a) if cue == "show"] == ["the jet has flown about 200 hours"]


def test_stance_adjective_with_an_infinitive(run):
    a = run("Local farmers are eager to sell their land.")
    assert ("to sell their land", "eager", "Local farmers") in indirect(a)


def test_stance_adjective_needs_someone_to_hold_it(run):
    a = run("The plan is open to change.")
    assert indirect(a) == []


def test_pushed_for_reports_a_demand(run):
    a = run("Farmers pushed hard for a new vote.")
    assert ("a new vote", "pushed", "Farmers") in indirect(a)


def test_for_with_a_date_is_not_a_demand(run):
    a = run("Volunteers campaigned for three weeks.")
    assert indirect(a) == []


def test_repeated_allegation_that_is_reported(run):
    a = run("Reporters repeated an allegation from Tom Brady's former aide that the coach took bribes.")
    got = indirect(a)
    assert any("the coach took bribes" in t for t, _, _ in got)
