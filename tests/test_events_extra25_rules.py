"""Round-25 extra25 rules (events/wrong_readings.py), each on sentences we wrote: events the coder
read that the standard does not code. A private person's cooperation with another private person
(roots 03-07) is no political act, while violence between them and any act of an official stays;
the source's own words read again as the target make no event, while a plea stays the pleader's
own; "speak of" a topic, or speaking at an occasion whose noun names the partner, is no meeting,
while "spoke with / to X" still is."""
from __future__ import annotations

from events_variety import annotated, coded_triples

from dateline.events import wrong_readings
from dateline.model import Actor, Event, Span


def _actor(code: str | None, role: str | None, name: str | None) -> Actor:
    return Actor(entity=None, name=name, code=code, country=code[:3] if code else None, role=role)


def _event(code: str, src: Actor, tgt: Actor) -> Event:
    return Event(code=code, root=code[:2], label="", goldstein=0.0, quad_class=1, plover=None, source=src,
                 target=tgt, date=None, location=None, evidence=Span(0, 1), confidence=0.5)


# --- a private person's cooperation with another --------------------------------------------------

def test_a_private_persons_forgiveness_of_private_persons_is_no_event():
    got = coded_triples("The teenager told reporters she still loves her parents and has forgiven them.", "2019-05-02")
    assert not any(t and code[:2] == "05" for _, code, t in got)


def test_private_cooperation_only_between_two_civilians():
    cvl, gov = _actor("USACVL", "CVL", "John Miller"), _actor("USAGOV", "GOV", "Donald Trump")
    assert wrong_readings.private_cooperation(_event("040", cvl, _actor("CANCVL", "CVL", "Ann Lee")))
    assert wrong_readings.private_cooperation(_event("070", cvl, _actor("USACVL", "CVL", "Tom Smith")))
    assert not wrong_readings.private_cooperation(_event("040", cvl, gov))  # a citizen meeting the president
    assert not wrong_readings.private_cooperation(_event("040", gov, cvl))


def test_violence_between_private_persons_stays():
    cvl = _actor("USACVL", "CVL", "Peter Jones")
    assert not wrong_readings.private_cooperation(_event("182", cvl, _actor("USACVL", "CVL", "David Brown")))
    got = coded_triples("A gunman in Ohio shot and wounded three shoppers at a mall on Sunday, police said.", "2019-05-02")
    assert any(code[:2] == "18" and s == "USACVL" and t == "USACVL" for s, code, t in got)


def test_a_leaders_meeting_stays():
    got = coded_triples("Prime Minister Justin Trudeau met U.S. President Donald Trump in Ottawa on Monday.", "2019-05-02")
    assert ("CANGOV", "040", "USAGOV") in got


# --- the source's words read again as the target --------------------------------------------------

def test_police_firing_at_them_read_as_police_is_dropped():
    got = coded_triples("As they tried to storm the parliament, police in response fired tear gas at them.", "2019-05-02")
    assert not any(s and s == t for s, _, t in got)


def test_same_mention_spares_pleas_two_names_and_joint_acts():
    _, doc = annotated("As they tried to storm the parliament, police fired tear gas at them.", "2019-05-02")
    fired = next(t for t in doc if t.text == "fired")
    police, jones = _actor("SRBCOP", "COP", "police"), _actor("USACVL", "CVL", "Peter Jones")
    assert wrong_readings.same_mention(_event("175", police, police), fired)
    assert not wrong_readings.same_mention(_event("015", jones, jones), fired)
    assert not wrong_readings.same_mention(_event("175", police, _actor("SRBOPP", "OPP", "protesters")), fired)
    # one plural mention as both sides of a joint act: no object pronoun, the standard codes it
    _, doc = annotated("The Kurdish factions reached a ceasefire on Friday.", "1996-08-23")
    reached = next(t for t in doc if t.text == "reached")
    factions = _actor("IRQREB", "REB", "Kurdish factions")
    assert not wrong_readings.same_mention(_event("0871", factions, factions), reached)
    got = coded_triples("The Kurdish factions reached a ceasefire on Friday after a week of fighting.", "1996-08-23")
    assert ("IRQREB", "0871", "IRQREB") in got


def test_a_guilty_plea_stays_the_pleaders_own():
    got = coded_triples("Peter Jones pleaded guilty to fraud charges in a New York court on Monday.", "2019-05-02")
    assert ("USACVL", "015", "USACVL") in got


# --- "speak" in another sense -----------------------------------------------------------------------

def _speak_event(text: str, word: str) -> tuple[Event, object]:
    _, doc = annotated(text, "2019-05-02")
    tok = next(t for t in doc if t.text == word)
    return _event("040", _actor("TURGOV", "GOV", "Erdogan"), _actor("USAGOV", "GOV", "Trump")), tok


def test_speaking_after_a_meeting_with_others_is_no_meeting():
    text = ("The Danish farm minister was speaking after a meeting of farm leaders with the French and "
            "German agriculture ministers.")
    got = coded_triples(text, "2019-05-02")
    assert not any(code[:2] == "04" for _, code, _t in got)


def test_speaking_of_a_topic_is_no_meeting():
    ev, tok = _speak_event("Both governments issued statements speaking of an imminent offensive into Syria.", "speaking")
    assert wrong_readings.speaking_of(ev, tok)


def test_speaking_with_or_to_a_leader_stays_a_meeting():
    ev, tok = _speak_event("Erdogan spoke with Trump about the offensive into Syria.", "spoke")
    assert not wrong_readings.speaking_of(ev, tok)
    got = coded_triples("French President Emmanuel Macron spoke to German Chancellor Angela Merkel on Monday.", "2019-05-02")
    assert ("FRAGOV", "040", "DEUGOV") in got
    got = coded_triples("Turkish President Recep Tayyip Erdogan spoke with U.S. President Donald Trump by telephone "
                        "on Sunday.", "2019-05-02")
    assert ("TURGOV", "041", "USAGOV") in got


# --- a union striking a firm is a labour strike ------------------------------------------------------

def test_union_members_striking_a_firm_is_a_labour_strike():
    got = coded_triples("The Writers Guild of America said its members struck the news staff of NBC on Monday "
                        "after contract talks broke down.", "1987-03-02")
    assert any(s == "USALAB" and code[:3] == "143" and t in ("USABUS", "USAMED") for s, code, t in got)
    assert not any(code[:2] == "19" for _, code, _t in got)


def test_struck_employer_needs_labour_and_a_firm():
    union, firm = _actor("USALAB", "LAB", "Writers Guild"), _actor("USABUS", "BUS", "NBC")
    assert wrong_readings.struck_employer(_event("190", union, firm))
    assert not wrong_readings.struck_employer(_event("190", _actor("IRQREB", "REB", "rebels"), firm))
    assert not wrong_readings.struck_employer(_event("190", union, _actor("USACOP", "COP", "police")))


def test_rebels_striking_an_army_base_stay_force():
    got = coded_triples("Taliban fighters struck an Afghan army base in Helmand province on Monday, killing "
                        "12 soldiers.", "2019-05-02")
    assert any(s == "AFGREB" and code[:2] in ("18", "19") for s, code, _t in got)
