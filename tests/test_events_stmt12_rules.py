"""The stmt12 rules (events/statements.py, readers in events/general.py, small hooks in
events/coder.py and events/codebook.py), each on sentences we wrote: comment withheld on a report
in its several shapes (011 toward the media), a rejection announced for the future (the
rejection itself, not a threat), a promised veto (130), and a hostile act announced on a
condition the other side must meet (13x). Comments withheld on no report, cooperative acts
on a condition and negated acts stay uncoded.
"""
from __future__ import annotations

from events_variety import coded_triples


def _events(text: str, date: str = "1988-03-14") -> set[tuple[str, str, str | None]]:
    return coded_triples(text, date)


def _codes(text: str) -> set[str]:
    return {c for _, c, _ in _events(text)}


# ---------------------------------------------------------------- comment withheld (011)

def test_no_comment_on_a_report_is_not_coded_toward_the_press():
    # spurious73: the report is the comment's topic, no addressee (annotators since annr67d)
    got = _events("Finance ministry officials in Lima had no immediate comment on the newspaper report.")
    assert not any(c == "011" and t and t.endswith("MED") for s, c, t in got), got


def test_not_commenting_on_reports_is_not_coded_toward_the_press():
    got = _events("Officials of the Swedish foreign ministry did not comment on the reports.")
    assert not any(c == "011" and t and t.endswith("MED") for _, c, t in got), got  # spurious73


def test_could_not_confirm_or_deny_is_a_declined_comment_not_a_denial():
    got = _events("A spokesman for the Brazilian central bank said he could not confirm or deny the press reports.")
    assert ("BRAGOV", "011", "---MED") in got
    assert "016" not in {c for _, c, _ in got}


def test_neither_confirm_nor_deny_is_a_declined_comment_not_a_denial():
    got = _events("The Norwegian defence ministry would neither confirm nor deny the magazine's report.")
    assert "011" in {c for _, c, _ in got}
    assert "016" not in {c for _, c, _ in got}


def test_no_comment_on_a_bare_report_is_left_to_the_context():
    # "the report" is more often a named body's report the article is about than the press's
    assert "011" not in _codes("Finance ministry officials in Lima had no immediate comment on the report.")


def test_no_comment_on_something_that_is_no_report_names_no_target():
    assert "011" not in _codes("Officials of the Danish shipping firm had no comment on the merger.")


def test_a_comment_made_is_not_a_declined_comment():
    assert "011" not in _codes("The Austrian chancellor commented on the report at length on Monday.")


def test_a_plain_denial_stays_a_denial():
    from dateline.events import statements
    from dateline.nlp import load_nlp

    doc = load_nlp()("The ministry denied the report.")
    deny = next(t for t in doc if t.lemma_ == "deny")
    assert not statements.is_undecided_denial(deny)
    assert statements.withheld_comment(deny) is None


# ---------------------------------------------------------------- rejections and vetoes announced

def test_a_rejection_announced_for_the_future_is_the_rejection():
    got = _events("Iran said on Sunday it would reject any American proposal for talks on the islands.")
    assert ("IRN", "125", "USA") in got
    assert not any(c.startswith("13") for _, c, _ in got)


def test_a_promised_veto_is_a_threat_130():
    got = _events("The governor of Texas said he would veto the spending bill passed by the state legislature.")
    assert any(c == "130" and t and t.endswith("LEG") for _, c, t in got)
    assert "131" not in {c for _, c, _ in got}


def test_threat_and_intent_codes_for_rejections():
    from dateline.events.codebook import intent_code, threat_code

    assert threat_code("129") == "130"
    assert intent_code("129") == "130"
    assert intent_code("127") == "127"
    assert threat_code("120") == "131"  # "threatened to reject": unchanged


# ---------------------------------------------------------------- conditional threats (13x)

def test_a_hostile_act_on_a_condition_is_a_threat_to_its_target():
    got = _events("Turkey said it would cut off water supplies to Syria if Damascus did not expel the rebel leader.")
    assert ("TUR", "1312", "SYR") in got


def test_the_party_a_condition_names_is_the_one_threatened():
    got = _events("The letter said the rebel group would attack the embassy and its staff unless the Korean "
                  "authorities released the arrested students.")
    assert any(c.startswith("13") and t == "KORGOV" for _, c, t in got)
    assert not any(c.startswith("13") and t != "KORGOV" for _, c, t in got)


def test_a_conditional_attack_threatens_the_party_named():
    got = _events("The rebel radio said the guerrillas would attack army posts in the north unless the "
                  "Peruvian government freed their leader.")
    assert any(c.startswith("13") for _, c, _ in got)


def test_a_retaliation_on_a_condition_is_an_unspecified_threat():
    got = _events("If Canada raises its duties on American lumber, Washington will retaliate against Ottawa, "
                  "a trade official warned.")
    # mood73: a retaliation threatened over duties is the sanction threat 1312 (econ31's convention,
    # docs/events.md; the released Reuters gold r16 / r28 / r40 / r42); still a threat on the condition
    assert ("USA", "1312", "CAN") in got


def test_a_cooperative_act_on_a_condition_is_no_threat():
    got = _events("The minister said Japan would lift the sanctions if China released the prisoners.")
    assert not any(c.startswith("13") for _, c, _ in got)


def test_a_negated_act_on_a_condition_is_not_read_as_a_threat():
    from dateline.events import statements
    from dateline.nlp import load_nlp

    doc = load_nlp()("The army would not attack the town unless the rebels fired first.")
    would = next(t for t in doc if t.lower_ == "would")
    assert statements.conditioned_act(would) is None


def test_a_future_act_without_a_condition_is_not_a_conditioned_act():
    from dateline.events import statements
    from dateline.nlp import load_nlp

    doc = load_nlp()("The army will attack the rebel positions next week.")
    will = next(t for t in doc if t.lower_ == "will")
    assert statements.conditioned_act(will) is None
