"""wire39b: whole Reuters-style stories of 1996-97 from Asia, Africa, the Middle East and the
Americas (docs/evaluation/events-wire39b.md). Every story is our own, with a dateline line first.
These pin behaviour that is already right, so that a later change keeps it:

- the dateline's country gives bare state names and offices their home (Iran accuses Iraq);
- a rebel leader rejecting talks is 125 against the government; a freed hostage is 0841;
- a leader refusing to negotiate with rebels is 125; an urge without a coded act stays uncoded
  when negated.
"""
from __future__ import annotations

from events_variety import coded_triples


def _story(dateline: str, *sentences: str) -> str:
    return dateline + "\n\n" + " ".join(sentences)


def test_iran_accuses_iraq_of_shelling_is_1123():
    text = _story("TEHRAN 1996-11-05",
                  "Iran accused Iraq on Tuesday of shelling its border posts, state radio reported.")
    assert ("IRN", "1123", "IRQ") in coded_triples(text, "1996-11-05")


def test_a_rebel_leader_rejecting_talks_with_the_president_is_125():
    text = _story("KINSHASA 1997-05-04",
                  "Rebel leader Laurent Kabila rejected talks with President Mobutu Sese Seko on Sunday.")
    assert ("CODREB", "125", "CODGOV") in coded_triples(text, "1997-05-04")


def test_rebels_freeing_hostages_is_0841():
    text = _story("LIMA 1996-12-20",
                  "MRTA rebels freed 38 hostages from the Japanese ambassador's residence on Friday.")
    got = coded_triples(text, "1996-12-20")
    assert any(src == "PERREB" and code == "0841" for src, code, _ in got), got


def test_a_president_refusing_to_negotiate_with_rebels_is_125():
    text = _story("LIMA 1996-12-20",
                  "President Alberto Fujimori refused to negotiate with the rebels, a government spokesman said.")
    assert ("PERGOV", "125", "PERREB") in coded_triples(text, "1996-12-20")


def test_a_court_sentence_is_173_from_the_judiciary():
    text = _story("SEOUL 1996-08-26",
                  "A Seoul court sentenced former president Chun Doo-hwan to death on Monday.")
    got = coded_triples(text, "1996-08-26")
    assert any(src == "KORJUD" and code == "173" for src, code, _ in got), got


def test_a_neighbour_condemning_a_coup_aims_at_the_soldiers():
    text = _story("FREETOWN 1997-05-27",
                  "Soldiers overthrew President Ahmad Tejan Kabbah on Sunday.",
                  "Nigeria condemned the coup, the foreign ministry said.")
    assert ("NGA", "111", "SLEMIL") in coded_triples(text, "1997-05-27")


# --- negatives --------------------------------------------------------------------------------

def test_a_denied_accusation_stays_uncoded():
    text = _story("TEHRAN 1996-11-05",
                  "Iran did not accuse Iraq of shelling its border posts, state radio reported.")
    got = coded_triples(text, "1996-11-05")
    assert not any(code.startswith("112") for _, code, _ in got), got


def test_a_hypothetical_rejection_of_talks_stays_uncoded():
    text = _story("KINSHASA 1997-05-04",
                  "Kabila said he might reject talks with Mobutu if the fighting went on.")
    got = coded_triples(text, "1997-05-04")
    assert not any(code == "125" for _, code, _ in got), got


# --- Burma's SLORC is the government (orgs.tsv, wire39b section) --------------------------------

def test_the_slorc_by_its_initials_is_the_burmese_government():
    for text, want in (
        (_story("RANGOON 1996-12-03", "Aung San Suu Kyi urged the SLORC to release the students."),
         ("MMROPP", "0253", "MMRGOV")),
        (_story("RANGOON 1996-11-09", "The State Law and Order Restoration Council accused Suu Kyi of "
                                      "inciting unrest, state radio said."),
         ("MMRGOV", "112", "MMROPP")),
        (_story("BANGKOK 1996-12-04", "Thailand urged Burma's ruling SLORC to talk to the opposition."),
         ("THA", "026", "MMRGOV")),
    ):
        assert want in coded_triples(text, text.split()[1]), text


def test_the_slorc_in_a_denied_accusation_stays_uncoded():
    text = _story("RANGOON 1996-11-09", "The SLORC did not accuse Suu Kyi of inciting unrest.")
    got = coded_triples(text, "1996-11-09")
    assert not any(code.startswith("112") for _, code, _ in got), got
