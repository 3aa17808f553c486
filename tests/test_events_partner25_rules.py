"""Round-25 partner rules (partner25), each checked on sentences we wrote: a subject that the small
model parses with its first conjunct hung as a name modifier ("Russia's envoy X and Chechen
separatist leaders": X -nmod-> leaders, "and" a child of X) names two sides, so a joint act is
coded both ways between them and any other act gets a triple from each; the second side keeps a
nationality the parse hung on the first; a title's own "and", a one-sided subject, a negated or a
hypothetical act stay as they were (events/counterparts.py)."""
from __future__ import annotations

from events_variety import annotated, coded_triples

from dateline.events import counterparts

# --- a joint act of two nested sides is coded both ways ----------------------------------------

def test_nested_co_subjects_sign_both_ways():
    text = "Russia's envoy Sergei Ivanov and Chechen separatist leaders signed an agreement on Thursday."
    got = coded_triples(text, "2019-05-02")
    assert ("RUSGOV", "057", "RUSREB") in got
    assert ("RUSREB", "057", "RUSGOV") in got


def test_talks_between_nested_sides_both_ways():
    text = "Talks between Russia's envoy Sergei Ivanov and Chechen separatist leaders went well on Thursday."
    got = coded_triples(text, "2019-05-02")
    assert ("RUSGOV", "040", "RUSREB") in got
    assert ("RUSREB", "040", "RUSGOV") in got


def test_second_side_keeps_its_own_nationality():
    # "Somali" hangs on the envoy's name in the parse; the rebels are still Somali, not Kenyan
    text = "Peace talks between Kenya's envoy William Ruto and Somali rebel leaders resumed in Nairobi on Monday."
    got = coded_triples(text, "2019-05-02")
    assert ("KENGOV", "040", "SOMREB") in got
    assert ("SOMREB", "040", "KENGOV") in got
    assert not any("KENREB" in (s, t) for s, _, t in got)


# --- any act of two nested sides: a triple from each -------------------------------------------

def test_nested_co_subjects_each_criticise():
    text = "Russia's envoy Sergei Ivanov and Chechen separatist leaders criticised the United Nations on Thursday."
    got = coded_triples(text, "2019-05-02")
    assert ("RUSGOV", "111", "IGOUNO") in got
    assert ("RUSREB", "111", "IGOUNO") in got


# --- negatives -------------------------------------------------------------------------------------

def test_negated_signing_stays_uncoded():
    text = "Russia's envoy Sergei Ivanov and Chechen separatist leaders did not sign an agreement on Thursday."
    assert coded_triples(text, "2019-05-02") == set()


def test_hypothetical_signing_stays_uncoded():
    text = "Russia's envoy Sergei Ivanov and Chechen separatist leaders may sign an agreement next week."
    assert coded_triples(text, "2019-05-02") == set()


def test_one_sided_signing_stays_one_sided():
    text = "Rebel chief-of-staff Ruslan Gelayev signed an agreement on Thursday."
    assert not any(t for _, _, t in coded_triples(text, "2019-05-02"))


def test_title_with_its_own_and_is_no_second_side():
    text = "Energy and Mines Minister Javier Ortega signed an agreement on Thursday."
    _, doc = annotated(text, "2019-05-02")
    subject = next(t for t in doc if t.dep_ == "nsubj")
    assert counterparts.nested_conjunct(subject) is None
    assert not any(t for _, _, t in coded_triples(text, "2019-05-02"))


def test_nested_conjunct_and_second_side_words():
    text = "Russia's envoy Sergei Ivanov and Chechen separatist leaders signed an agreement on Thursday."
    _, doc = annotated(text, "2019-05-02")
    subject = next(t for t in doc if t.dep_ == "nsubj")
    first = counterparts.nested_conjunct(subject)
    assert first is not None and first.text == "Ivanov"
    assert [t.text for t in counterparts.second_side_words(subject, first)] == ["leaders", "separatist", "Chechen"]
    assert counterparts.second_side_nationality(subject, first).text == "Chechen"
