"""predict53: predictions and conditional forecasts are not acts (events/predictions.py). Every
sentence here is our own, written in the manner of 1990s wire and Wikinews copy."""
from __future__ import annotations

import pytest


def _code(text: str, date: str = "1996-08-30") -> set[tuple]:
    from dateline.api import load_pipeline
    from dateline.eval.events import _event_triples
    from dateline.model import Article, Source

    pipe = load_pipeline()
    art = pipe.annotate(Article(text=text, source=Source("text"), published=date), pipe.nlp(text))
    return _event_triples(art.events)


def _roots(triples: set[tuple]) -> set[tuple]:
    return {(s, c[:2], t) for s, c, t in triples}


# ---------------------------------------------------------------- hedged acts


@pytest.mark.parametrize("text", [
    "Sources said Syria will probably meet Israel in Washington next month.",
    "NATO will likely launch air strikes against Serb forces, diplomats said.",
    "Egypt will perhaps host Israeli and Palestinian negotiators in Cairo, an aide said.",
])
def test_a_hedged_future_act_is_a_guess(text):
    assert _code(text) == set()


def test_a_plain_reported_future_meeting_is_still_an_intent():
    assert ("SYR", "036", "ISR") in _code("Syria said it will meet Israel in Washington next month.")


# ---------------------------------------------------------------- conditional forecasts


@pytest.mark.parametrize("text", [
    "If Russian troops attack the city, the rebels will retaliate.",
    "Unless Serbia withdraws its troops, the European Union will impose sanctions.",
    "If Iraq refuses to cooperate, the United States will probably strike.",
])
def test_a_conditional_forecast_told_by_no_one_is_not_coded(text):
    assert _code(text) == set()


def test_a_conditional_threat_a_party_states_stays():
    got = _code("Moscow said it would cut off gas supplies to Ukraine if the Ukrainian government did not pay.")
    assert ("RUS", "1312", "UKRGOV") in got


def test_a_conditional_with_a_trailing_speaker_stays():
    got = _roots(_code("If the talks fail, NATO will bomb Serb positions, officials said."))
    assert any(s.startswith("IGONAT") and c == "13" for s, c, t in got)


# ---------------------------------------------------------------- warnings


@pytest.mark.parametrize("text", [
    "Russia warned that any attack on its troops would be answered with force.",
    "Iran warned that any attack on its nuclear facilities would be met with a crushing response.",
    "Israel warned that an attack on its cities would draw a heavy response.",
])
def test_the_victim_of_a_warned_of_attack_is_not_the_party_warned(text):
    assert _code(text) == set()


def test_a_warning_to_a_named_party_is_one_threat_to_it():
    got = _roots(_code("Israel warned Lebanon that it would strike guerrilla bases if the rocket attacks continued."))
    assert got == {("ISR", "13", "LBN")}


def test_a_warning_to_a_named_party_with_a_conditional_stays():
    got = _roots(_code("Clinton warned Saddam Hussein that the United States would respond forcefully "
                       "if Iraqi troops moved south."))
    assert ("USAGOV", "13", "IRQGOV") in got


def test_a_threat_to_attack_stays():
    assert ("CHN", "1384", "TWN") in _code("China threatened to attack Taiwan.")


def test_a_reported_past_attack_stays():
    got = _roots(_code("Baghdad said U.S. warplanes had attacked Iraqi targets."))
    assert ("USAMIL", "19", "IRQ") in got


def test_a_negated_hedge_free_refusal_stays():
    # "would not negotiate ... unless": the announced refusal (125) is no hedged guess
    got = _code("Russian officials said they would not negotiate with the rebels unless they disarmed.")
    assert ("RUSGOV", "125", "RUSREB") in got
