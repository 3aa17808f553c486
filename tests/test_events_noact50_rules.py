"""noact50: why a dictionary word made no act (the eval's split of "no act: a dictionary word"),
and letters or notes sent with an appeal, a demand or a protest (docs/evaluation/events-noact50.md).
Every sentence is our own, a dateline paragraph first, one sentence a paragraph."""
from __future__ import annotations

import pytest

from events_variety import annotated, coded_triples


def _story(dateline: str, *sentences: str) -> set[tuple[str, str, str | None]]:
    return coded_triples("\n\n".join((dateline, *sentences)), dateline.split()[-1])


# --- the diagnostic: why the sentence's main dictionary word read no act (events/silent_words.py)

@pytest.mark.parametrize("text, reason", [
    ("Russia did not criticize Georgia.", "verb negated, hypothetical or asked"),
    ("Would Russia attack Georgia?", "verb negated, hypothetical or asked"),
    ("Russia may sanction Georgia.", "verb negated, hypothetical or asked"),
    ("The town, which rebels shelled last year, is quiet now.", "verb heads a relative/adverbial clause"),
    ("Prices rose after rebels attacked the pipeline.", "verb heads a relative/adverbial clause"),
    ("The minister met the deadline.", "verb, frame taken, no act"),
    ("The talks were long.", "no verb, an event noun"),
    ("The army returned home after the attack.", "verb, frame not taken, event noun"),
    ("Troops sent to the border returned home on Monday.", "verb, frame not taken, no noun"),
    ("The weather was fine.", None),
])
def test_no_act_reason_of_the_main_dictionary_word(text, reason):
    from dateline.events.silent_words import no_act_reason

    _, doc = annotated(text, "1996-08-30")
    assert no_act_reason(doc, 0, len(text)) == reason


def test_no_act_reasons_are_the_tables_rows():
    from dateline.eval.event_losses import NOACT_REASONS
    from dateline.events import silent_words

    assert silent_words.NOACT_REASONS is NOACT_REASONS and NOACT_REASONS[-1] == "other"
    assert len(NOACT_REASONS) == 8


def test_no_act_sentences_count_their_gold_under_the_noted_reason():
    from dateline.eval.event_losses import ACT_STAGES, NO_ACT, NOACT_REASONS, noact_breakdown

    gold = {("RUS", "111", "GEO"), ("RUS", "172", "GEO")}
    counts = noact_breakdown([(set(), gold, NO_ACT, ["verb, frame not taken, no noun"]),
                              (set(), {("A", "010", "B")}, NO_ACT, []),  # nothing noted: "other"
                              (set(), {("A", "010", "B")}, ACT_STAGES[1], ["own staff"]),  # another stage
                              ({("A", "010", "B")}, {("A", "010", "B")}, NO_ACT, ["participle as a modifier"])])
    assert counts["verb, frame not taken, no noun"] == 2 and counts["other"] == 1
    assert counts["participle as a modifier"] == 0 and set(counts) == set(NOACT_REASONS)


def test_the_eval_stage_notes_the_reason_for_a_sentence_with_no_act():
    from dateline.eval.event_losses import NO_ACT
    from dateline.eval.events import _stage

    text = "Russia may sanction Georgia."
    art, doc = annotated(text, "1996-08-30")
    drops: list[str] = []
    assert _stage([], doc, art, 0, len(text), drops) == NO_ACT and drops == ["verb negated, hypothetical or asked"]


def test_events_train_report_prints_the_split():
    from dateline.eval.event_losses import NO_ACT
    from dateline.eval.events_train import _summary, format_report

    pair = (set(), {("RUS", "111", "GEO")}, NO_ACT, [], ["verb negated, hypothetical or asked"], [])
    figures = _summary([pair])
    assert figures["noacts"]["verb negated, hypothetical or asked"] == 1
    assert "why a dictionary word made no act" in format_report({"tune": figures})


# --- letters sent with an appeal, a demand or a protest (coop.letter_appeal)

@pytest.mark.parametrize("dateline, text, triple", [
    ("BONN 1996-08-20", "Chancellor Helmut Kohl sent Yeltsin a letter asking him to end the fighting in Chechnya.",
     ("DEUGOV", "020", "RUSGOV")),
    ("ISLAMABAD 1996-08-20", "Pakistani Prime Minister Benazir Bhutto sent Indian Prime Minister Deve Gowda a message "
     "urging him to resume talks on Kashmir.", ("PAKGOV", "026", "INDGOV")),
    ("LUANDA 1996-08-20", "The Angolan government addressed a letter to the U.N. Security Council proposing new "
     "dates for the peace process.", ("AGOGOV", "020", "IGOUNO")),
    ("ATHENS 1996-08-20", "Greek Prime Minister Costas Simitis wrote a letter to the European Commission suggesting "
     "a new aid package for the Balkans.", ("GRCGOV", "020", "IGOEUREEC")),
    ("BAGHDAD 1996-08-20", "The Iraqi government sent a letter to the U.N. Security Council demanding an end to the "
     "flights over its territory.", ("IRQGOV", "100", "IGOUNO")),
])
def test_letters_carrying_an_appeal_or_demand(dateline, text, triple):
    assert triple in _story(dateline, text)


@pytest.mark.parametrize("dateline, text, triple", [
    ("TEHRAN 1996-08-20", "Iran sent a note to the Turkish embassy protesting the arrest of its diplomats.",
     ("IRN", "114", "TURGOV")),
    ("BEIJING 1996-08-20", "China handed the U.S. ambassador a note protesting the sale of fighter jets to Taiwan.",
     ("CHN", "114", "USAGOV")),
    ("MOSCOW 1996-08-20", "Moscow handed the Latvian ambassador a note protesting the treatment of Russian speakers.",
     ("RUS", "114", "LVAGOV")),
])
def test_notes_of_protest_lodged_with_the_addressee(dateline, text, triple):
    assert triple in _story(dateline, text)


@pytest.mark.parametrize("dateline, text", [
    ("MOSCOW 1996-08-20", "Yeltsin did not send Maskhadov a letter urging him to resume talks."),
    ("MOSCOW 1996-08-20", "Yeltsin may send Maskhadov a letter proposing talks."),
    ("BONN 1996-08-20", "Kohl will send Yeltsin a message asking him to halt the offensive."),
    ("TEHRAN 1996-08-20", "Iran did not send a note to Turkey protesting the arrests."),
    ("PARIS 1996-08-20", "Greenpeace activists sent a letter to the editor protesting the French nuclear tests."),
    ("NEW YORK 1996-08-20", "The inspectors wrote a letter to the Security Council suggesting that Iraq had hidden "
     "missile parts."),
    ("MOSCOW 1996-08-20", "The ministry sent the embassy a letter on Monday."),
])
def test_letters_not_sent_or_carrying_no_appeal(dateline, text):
    assert not any(code[:2] in ("02", "10", "11") for _, code, _ in _story(dateline, text))


# --- a military coalition joined: 062 toward the state that leads it (verbs.txt noact50 block)

@pytest.mark.parametrize("dateline, text, triple", [
    ("LONDON 1997-11-20", "Britain joined the U.S.-led naval coalition in the Gulf.", ("GBR", "062", "USA")),
    ("WARSAW 2003-03-20", "Poland joined the coalition led by the United States in Iraq.", ("POL", "062", "USA")),
    ("OTTAWA 1990-09-20", "Canada joined the American-led coalition against Iraq.", ("CAN", "062", "USA")),
    ("CAIRO 2016-03-20", "Egypt has rejoined the Saudi-led coalition fighting in Yemen.", ("EGY", "062", "SAU")),
])
def test_military_coalition_joined(dateline, text, triple):
    assert triple in _story(dateline, text)


@pytest.mark.parametrize("dateline, text", [
    ("BONN 1998-10-20", "The Greens joined the coalition led by Chancellor Gerhard Schroeder."),
    ("TOKYO 1996-10-20", "The Liberal Party joined the ruling coalition of Prime Minister Ryutaro Hashimoto."),
    ("LONDON 1997-11-20", "Britain did not join the U.S.-led coalition."),
    ("PARIS 1997-11-20", "France may join the U.S.-led coalition in the Gulf."),
    ("DAMASCUS 1990-10-20", "Syria joined the anti-Iraq coalition in 1990."),
])
def test_military_coalition_negatives(dateline, text):
    assert not any(code == "062" for _, code, _ in _story(dateline, text))
