"""frame72: a firm bought by a firm (docs/evaluation/events-frame72.md). The round-71 annotators'
settled convention (/work/briefs/annot71.md, docs/evaluation/events-annr71*.md): "firm takeovers
between private firms ARE coded: a completed purchase of a firm or a stake in it (finite clause)
is 061". The coder had pruned a purchase between two firms of one country as commerce
(firm_deals.domestic_purchase, general.agreed_takeover) and had no frame for "acquired <a firm>",
"completed the acquisition of <a firm>" or "raised its stake in <a firm>". Every sentence is our
own, in 1980s wire style. Negatives: plans, negation, hypotheticals, securities, goods, other
senses of the verbs, and a state's purchase of goods.
"""
from __future__ import annotations

from events_variety import coded_triples, wire_story


def _has(text, triple, day="1987-04-02"):
    got = coded_triples(wire_story("NEW YORK", day, text), day)
    assert triple in got, (text, got)


def _codes(text, day="1987-04-02"):
    return {code for _, code, _ in coded_triples(wire_story("NEW YORK", day, text), day)}


def test_a_firm_bought_by_a_firm_is_cooperation():
    for text in ("Harnett Industries Inc said it acquired Dalton Tool Co for 42 mln dlrs in cash.",
                 "Gannon Corp took over Wexley Printing Inc in January.",
                 "Orbis Group Inc said it purchased Halvorsen Marine Co from its founders."):
        _has(text, ("USABUS", "061", "USABUS"))


def test_a_completed_acquisition_is_cooperation():
    for text in ("Meridian Foods Corp said it completed the acquisition of Sunvale Packing Inc.",
                 "Kessler Corp said it has completed its purchase of Norwood Plastics Inc for 18 mln dlrs.",
                 "Delray Chemical Corp said it finalized its takeover of Burnside Paints Inc."):
        _has(text, ("USABUS", "061", "USABUS"))


def test_a_stake_bought_or_raised_at_home_is_cooperation():
    for text in ("Bellmont Financial Corp said it has acquired a 12 pct stake in Ridgeway Savings Bank.",
                 "Carlton Steel Co said it bought a 40 pct interest in Ozark Wire Corp from a group of investors.",
                 "Tristar Inc said it raised its stake in Delmore Electronics Corp to 14.2 pct.",
                 "Pinecrest Holdings Inc said it has increased its holding in Vantage Oil Corp to 9.8 pct."):
        _has(text, ("USABUS", "061", "USABUS"))


def test_no_done_purchase_of_a_named_firm_is_not_coded():
    for text in ("Harnett Industries Inc said it plans to acquire Dalton Tool Co.",
                 "Harnett Industries Inc said it did not acquire Dalton Tool Co.",
                 "Analysts said Harnett Industries Inc could acquire Dalton Tool Co next year.",
                 "Orbis Group Inc said it would purchase Halvorsen Marine Co if shareholders approve.",
                 "Delray Chemical Corp said it expects to complete its takeover of Burnside Paints Inc next month.",
                 "Kessler Corp said it acquired 300,000 shares of its own common stock.",
                 "Kessler Corp said it acquired new equipment for its plant in Ohio.",
                 "The bank said it bought 50 mln dlrs of Treasury bonds.",
                 "The Treasury bought 2 billion dlrs of notes at the auction.",
                 "The company said it bought 1,200 new trucks last year.",
                 "Harnett Industries Inc acquired a reputation for aggressive pricing.",
                 "Meridian Foods Corp said it completed the construction of its new plant.",
                 "Gannon Corp took over the running of the plant.",
                 "Iran has acquired Chinese-made missiles, a State Department official said."):
        assert "061" not in _codes(text), text


# --- a strike joined ----------------------------------------------------------------------------------

def _story(*sentences, place="SANTIAGO", day="1987-04-02"):
    return coded_triples(wire_story(place, day, *sentences), day)


_STRUCK = "About 4,000 copper miners at the state-owned Codelco mine went on strike today to press for higher wages."


def test_a_strike_joined_is_the_joiners_strike():
    for joined in ("Union leaders said 300 maintenance workers joined the strike this afternoon.",
                   "Some 200 maintenance workers at the mine took part in the strike.",
                   "Smelter workers joined in the strike on Friday."):
        got = _story(_STRUCK, joined)
        assert sum(1 for t in got if t == ("CHLLAB", "143", "CHLBUS")) >= 1, (joined, got)
    got = _story("About 3,000 employees of Inco Ltd walked off the job today in a dispute over pensions.",
                 "Office staff at the company joined the walkout on Tuesday.", place="TORONTO")
    assert ("CANLAB", "143", "CANBUS") in got, got


def test_a_strike_not_joined_is_not_coded():
    for joined in ("Union members at the Sudbury smelter did not join the strike.",
                   "Steelworkers at Stelco Inc may join the strike next week, the union said.",
                   "Railway workers plan to join the strike."):
        got = coded_triples(wire_story("MADRID", "1987-04-02", joined), "1987-04-02")
        assert not any(c == "143" for _, c, _ in got), (joined, got)
    got = coded_triples(wire_story("LONDON", "1987-04-02", "Britain joined the strike on Libya, officials said."),
                        "1987-04-02")
    assert not any(c[:2] == "14" for _, c, _ in got), got


# --- an application made to a party -------------------------------------------------------------------

def test_an_application_to_a_party_is_an_appeal_to_it():
    _has("Burma has applied to the United Nations for least developed country status, diplomats said.",
         ("MMR", "020", "IGOUNO"))
    _has("The British government applied to the European Commission for the release of 100,000 tonnes of barley.",
         ("GBRGOV", "020", "IGOEUREEC"))
    _has("Trans World Airlines said it filed an application with the Department of Transportation for approval "
         "of the merger.", ("USABUS", "020", "USAGOV"))


def test_other_senses_of_apply_are_not_appeals():
    for text in ("The new rules apply to all foreign banks operating in Tokyo.",
                 "The quota cuts will apply to imports of Japanese cars for three years.",
                 "Burma has not applied to the United Nations for least developed country status.",
                 "The company said it applied a new coating to the pipes."):
        assert "020" not in _codes(text), text


# --- the story's strike told again by its noun --------------------------------------------------------

def _sentence_triples(text, sentence, day="1987-04-02"):
    from events_variety import annotated

    art, _ = annotated(text, day)
    start = text.index(sentence)
    return {(e.source.code, e.code, e.target.code) for e in art.events
            if start <= e.evidence.start < start + len(sentence)}


_STRUCK_AT = "About 4,000 copper miners at the Codelco mine at El Teniente went on strike today to press for higher wages."


def test_the_strike_as_subject_is_the_storys_strike_again():
    for later in ("The strike halted production at the mine, the company said.",
                  "Copper shipments have been delayed by the strike, the company said.",
                  "Shipments were held up by a strike which began at midnight."):
        text = wire_story("SANTIAGO", "1987-04-02", _STRUCK_AT, later)
        assert ("CHLLAB", "143", "CHLBUS") in _sentence_triples(text, later), later
    later = "The series of strikes began on January 19, a union official said."
    text = wire_story("ROTTERDAM", "1987-04-02", "About 400 dockers in Rotterdam's grain sector stopped work today in "
                      "protest against plans by employers at Graan Elevator Mij to cut 350 jobs.", later)
    assert ("NLDLAB", "143", "NLDBUS") in _sentence_triples(text, later), later


def test_a_strike_in_an_adjunct_or_not_done_is_not_told_again():
    for later in ("The company said the impact of the strike on output was small.",
                  "The stoppage did not affect shipments from other mines, a company spokesman said.",
                  "Analysts said a long strike could cut Chile's copper exports.",
                  "The mine has not recovered from the strike, the company said."):
        text = wire_story("SANTIAGO", "1987-04-02", _STRUCK_AT, later)
        assert not any(c == "143" for _, c, _ in _sentence_triples(text, later)), later
    text = wire_story("WASHINGTON", "1987-04-02", "U.S. warplanes attacked Libyan targets near Tripoli, the Pentagon said.",
                      "The strike destroyed two radar sites, officials said.")
    assert not any(c == "143" for _, c, _ in _sentence_triples(text, "The strike destroyed")), text


def test_a_quoted_strike_or_a_boycott_is_not_told_again():
    text = wire_story("SAO PAULO", "1987-04-02", "Brazilian seamen went on strike today against the state oil company Petrobras.",
                      'The newspaper said in an editorial: "The seamen\'s strike carries an alarming cost."')
    assert not any(c == "143" for _, c, _ in _sentence_triples(text, "The newspaper said")), text
    text = wire_story("BAGHDAD", "2020-01-03", "Iraqi members of parliament boycotted the session on the budget.",
                      "The strike took place at Baghdad International Airport.")
    assert not any(c[:2] == "14" for _, c, _ in _sentence_triples(text, "The strike took")), text
