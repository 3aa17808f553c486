"""mood51: acts the coder's mood filters dropped but the standard codes (docs/evaluation/events-mood51.md):
"it is time for X to <act>" (the speaker's appeal to X), "talks with X should be held" (the
speaker's intent to negotiate with X), and suspicion ("X is suspected of <crime>, police said";
"police suspect X of <crime>": an investigation of X, 091). Every sentence is our own, a dateline
paragraph first, one sentence a paragraph."""
from __future__ import annotations

import pytest

from events_variety import coded_triples


def _story(dateline: str, *sentences: str) -> set[tuple[str, str, str | None]]:
    return coded_triples("\n\n".join((dateline, *sentences)), dateline.split()[-1])


def _roots(triples: set[tuple[str, str, str | None]]) -> set[tuple[str, str, str | None]]:
    return {(s, c[:2], t) for s, c, t in triples}


# --- "it is time for X to <act>": an appeal from the speaker to X (events/time_for.py)

@pytest.mark.parametrize("sentence, triple", [
    ('"It is time for Pyongyang to come back to the negotiating table," South Korean Foreign Minister Yoo Chong-ha said.',
     ("KORGOV", "026", "PRK")),
    ("U.S. Defense Secretary William Perry said it was time for Serbia to hold talks with the Kosovo Albanians.",
     ("USAGOV", "026", "SRB")),
    ("Now is the time for Iraq to comply with the U.N. resolutions, British Foreign Secretary Malcolm Rifkind said on Tuesday.",
     ("GBRGOV", "02", "IRQ")),
    ("German Chancellor Helmut Kohl said it was time for Russia to pull its troops out of Chechnya.",
     ("DEUGOV", "02", "RUS")),
])
def test_time_for_a_party_to_act_is_the_speakers_appeal(sentence, triple):
    got = _story("BONN 1997-06-02", sentence)
    want = triple if len(triple[1]) > 2 else None
    if want:
        assert want in got
    else:
        assert triple in _roots(got)
    assert not any(c[:2] not in ("02",) for _, c, _ in got)


@pytest.mark.parametrize("sentence", [
    "Kohl said it was not time for Russia to pull its troops out of Chechnya.",
    "Kohl said there would be time for Russia to pull out its troops after the election.",
    "Kohl said it was time for a new approach to the region.",
    "Kohl said it was time to cut taxes.",
    "Kohl did not say it was time for Russia to leave Chechnya.",
])
def test_time_for_without_a_party_or_negated_makes_no_appeal(sentence):
    assert not any(c.startswith("02") for _, c, _ in _story("BONN 1997-06-02", sentence))


# --- "talks with X should / must be held": the speaker's intent to negotiate with X (events/wanted_talks.py)

@pytest.mark.parametrize("sentence, triple", [
    ("Turkish Prime Minister Necmettin Erbakan said negotiations with Greece should be resumed without delay.",
     ("TURGOV", "036", "GRC")),
    ('"Talks with the rebels must be held as soon as possible," Philippine President Fidel Ramos said.',
     ("PHLGOV", "036", "PHLREB")),
    ("Indian Prime Minister Inder Kumar Gujral said a dialogue with Pakistan should start next month.",
     ("INDGOV", "036", "PAK")),
])
def test_talks_that_should_be_held_are_the_speakers_intent(sentence, triple):
    assert triple in _story("MANILA 1997-06-02" if "Ramos" in sentence else "ANKARA 1997-06-02", sentence)


@pytest.mark.parametrize("sentence", [
    "Erbakan said negotiations with Greece should not be resumed until its troops left the island.",
    "Erbakan said negotiations should be held soon.",
    "Erbakan said the negotiations with Greece should be broken off.",
])
def test_talks_negated_without_party_or_ended_are_no_intent(sentence):
    assert not any(c == "036" for _, c, _ in _story("ANKARA 1997-06-02", sentence))


# --- suspicion: an investigation of the suspect (events/suspicions.py, verbs.txt mood51 block)

@pytest.mark.parametrize("sentence, source, target_country", [
    ("A Dutch truck driver is suspected of smuggling heroin across the border, German police said on Friday.", "DEUCOP", "NLD"),
    ("French police said an Algerian student was suspected of planting the bomb.", "FRACOP", "DZA"),
    ("Italian police suspect a Sicilian businessman of laundering money for the Mafia.", "ITACOP", "ITA"),
])
def test_a_suspect_is_under_investigation(sentence, source, target_country):
    got = _story("ROME 1997-06-02", sentence)
    assert any(s == source and c == "091" and t and t.startswith(target_country) for s, c, t in got), got


@pytest.mark.parametrize("sentence", [
    "German police said the Dutch driver was not suspected of smuggling heroin.",
    "German police did not say whether the driver was suspected of smuggling heroin.",
    "The driver, who German police suspect of smuggling heroin, was arrested in Munich.",
    "German police said the driver may be suspected of smuggling heroin.",
])
def test_no_suspicion_when_negated_or_hypothetical(sentence):
    assert not any(c == "091" for _, c, _ in _story("BONN 1997-06-02", sentence))


@pytest.mark.parametrize("sentence", [
    "The United States suspects Iran of seeking nuclear weapons.",
    "Iraqi officials said two Kurdish leaders were suspected of spying for Iran.",
])
def test_a_suspicion_held_by_no_investigator_is_no_inquiry(sentence):
    assert not any(c == "091" for _, c, _ in _story("WASHINGTON 1997-06-02", sentence))


def test_a_suspicion_reported_by_another_verb_of_saying():
    got = _story("MADRID 1997-06-02", "Spanish police announced that a Basque student was suspected of planting the car bomb.")
    assert any(s == "ESPCOP" and c == "091" and t and t.startswith("ESP") for s, c, t in got), got
