"""The speech24 rule, on sentences we wrote: the speaker of a trailing "..., the leader of Y,
Name, told ..." that the parser hung on the reported clause (events/stranded_speakers.py).

- the apposition that ends right before ", told" inside the reported clause is the speaker
  (frames.subjects), so the stance rules have a source;
- a verb of saying misread as the quote's conjunct takes the clause before it as its content
  and does not inherit the quote's "could" (stance.content_clauses, coder._code_stance).
Praise, a neutral report and the speaker's own side ("its failure") stay uncoded; a verb with a
subject of its own, or an apposition with no comma before it, takes no stranded speaker.
"""
from __future__ import annotations

from events_variety import coded_triples


def _events(text: str, date: str = "1996-05-05") -> set[tuple[str, str, str | None]]:
    return coded_triples(text, date)


def _doc(text: str):
    from dateline.api import load_pipeline

    return load_pipeline().nlp(text)


def test_trailing_speaker_hung_on_the_quote_criticises_the_named_party():
    got = _events("The failure of the Zambian government to tackle the drought could lead to hunger, the leader of "
                  "the opposition United Party for National Development, Hakainde Hichilema, told reporters on Monday.")
    assert ("ZMBOPP", "111", "ZMBGOV") in got


def test_trailing_speaker_of_a_copular_verdict():
    got = _events("The collapse of the Kenyan government's talks with the teachers is a disgrace, the head of the "
                  "Kenya National Union of Teachers, Wilson Sossion, told a news conference.")
    assert ("KENLAB", "111", "KENGOV") in got


def test_speaker_misread_as_the_quotes_conjunct_keeps_its_verdict():
    from dateline.events.stranded_speakers import misjoined_report

    text = ("The refusal of the Zambian government to import maize could lead to a famine, the leader of the "
            "United Party for National Development, Hakainde Hichilema, told a press conference yesterday.")
    told = next(t for t in _doc(text) if t.lower_ == "told")
    assert misjoined_report(told)  # the parse this test is about: "told" a conjunct of "could lead"
    assert ("ZMBOPP", "111", "ZMBGOV") in _events(text)


def test_stranded_speaker_is_the_apposition_head():
    from dateline.events.frames import subjects
    from dateline.events.stranded_speakers import stranded_speaker

    doc = _doc("The failure of the Zambian government to tackle the drought could lead to hunger, the leader of "
               "the opposition United Party for National Development, Hakainde Hichilema, told reporters on Monday.")
    told = next(t for t in doc if t.lower_ == "told")
    assert stranded_speaker(told) is not None and stranded_speaker(told).lower_ == "leader"
    assert [t.lower_ for t in subjects(told)] == ["leader"]


def test_praise_with_a_trailing_speaker_is_no_criticism():
    got = _events("The Kenyan government's handling of the teachers' strike was excellent, the head of the Kenya "
                  "National Union of Teachers, Wilson Sossion, told a news conference.")
    assert not {t for t in got if t[1].startswith("11")}


def test_neutral_report_with_a_trailing_speaker_is_uncoded():
    got = _events("Heavy rain could fall across the north of the country this week, the head of the Kenya "
                  "Meteorological Department, Peter Ambenje, told a news conference.")
    assert not {t for t in got if t[2]}


def test_own_side_failure_is_no_criticism_of_another_party():
    got = _events("Its failure to reach young voters could cost the party the next election, the leader of the "
                  "Kenyan opposition, Raila Odinga, told a news conference.")
    assert not {t for t in got if t[1].startswith("11")}


def test_a_verb_with_its_own_subject_takes_no_stranded_speaker():
    from dateline.events.stranded_speakers import stranded_speaker

    doc = _doc("The failure of the Zambian government could lead to hunger, Hichilema, the opposition leader, "
               "said, and the minister told reporters on Monday that rain was coming.")
    assert all(stranded_speaker(t) is None for t in doc if t.lower_ == "told")
