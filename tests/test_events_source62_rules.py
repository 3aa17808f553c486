"""Round-62 source rules (source62): acts whose source had no word or did not resolve, each
checked on sentences we wrote (three eras, with negatives):

- actor_roles: "a former <job> of a firm" (controller, manager, employee) is a private person
  now (CVL), as left47 made "a former engineer" one;
- meetings.inverted_attendees: "Taking part in the talks were X and Y", "Attending the meeting
  were X and Y": the fronted participle's subjects after "were" met each other;
- described_people: a plural demonym with its own participle or relative clause ("Palestinians
  living in Hebron say") names private persons of that nation (PSECVL), a bare one keeps the state;
- actors._close_to and context's same-head descriptions: "sources close to the Italian
  government" speak for it (ITAGOV), and "the sources" / "the officials" / "the diplomats" take
  up the nearest earlier same-head phrase that says whose they are;
- authored / message_antecedents: banners and placards speak for those who carry them
  ("banners carried by protesters", "marched carrying placards ... Other placards")."""
from __future__ import annotations

import pytest
from events_variety import coded_triples

from dateline.resolve.actor_roles import head_role
from dateline.resolve.actors import actor_for_phrase


# ---- a former employee is a private person

@pytest.mark.parametrize("phrase,code", [
    ("a former Renault manager", "FRACVL"),
    ("a former Uber employee", "USACVL"),
    ("a former General Dynamics engineer", "USACVL"),
])
def test_former_employee_is_private(phrase: str, code: str) -> None:
    assert actor_for_phrase(phrase, when="1996-01-01").code == code


def test_former_employee_role_words() -> None:
    assert head_role("former controller") == "CVL"
    assert head_role("former accountant") == "CVL"
    assert head_role("controller") is None  # not former: no role of its own
    assert head_role("former minister") == "ELI"  # an office stays an elite


def test_former_controller_speaks() -> None:
    text = ("WASHINGTON, March 4 - A former TRW Inc controller told a Congressional hearing that the company had "
            "acted unethically.")
    got = coded_triples(text, "1987-03-04")
    assert any(s == "USACVL" and t == "USABUS" for s, _, t in got), got


# ---- "Taking part in the talks were X and Y"

@pytest.mark.parametrize("text,day,pair", [
    ("Taking part in the talks were Chinese Foreign Minister Wu Xueqian and Israeli Foreign Minister Shimon Peres.",
     "1987-03-04", ("CHNGOV", "ISRGOV")),
    ("Attending the meeting were Russian President Dmitry Medvedev and Ukrainian President Viktor Yanukovych.",
     "2010-03-04", ("RUSGOV", "UKRGOV")),
    ("Taking part in the talks in Ankara were U.S. Assistant Secretary of State Robert Pelletreau and Kurdish "
     "leader Massoud Barzani.", "1996-09-04", ("USAGOV", "IRQREB")),
])
def test_inverted_attendees_meet(text: str, day: str, pair: tuple[str, str]) -> None:
    got = {(s, t) for s, c, t in coded_triples(text, day) if c[:2] == "04"}
    assert pair in got and pair[::-1] in got, got


@pytest.mark.parametrize("text", [
    "Attending the talks will be French President Emmanuel Macron and German Chancellor Angela Merkel.",
    "Attending the concert were French President Emmanuel Macron and German Chancellor Angela Merkel.",
    "Taking part in the march were thousands of students and teachers.",
])
def test_inverted_attendees_negatives(text: str) -> None:
    assert not [t for t in coded_triples(text, "2018-03-04") if t[2]]


# ---- a people described by what its members do

@pytest.mark.parametrize("text,day,triple", [
    ("Palestinians living in Hebron say Israeli Prime Minister Benjamin Netanyahu's plan is unacceptable.",
     "1996-09-04", ("PSECVL", "111", "ISRGOV")),
    ("PARIS 1996-09-04\n\nAfricans seeking residence rights criticised Prime Minister Alain Juppe on Tuesday.",
     "1996-09-04", ("AFRCVL", "111", "FRAGOV")),
    ("Syrians fleeing the fighting accused President Bashar al-Assad's troops of killing civilians.",
     "2012-05-04", ("SYRCVL", "1122", "SYRMIL")),  # oneactor64: "Assad's troops" are troops (MIL), not his office
    ("Afghans who fled to Pakistan appealed to the Pakistani government for more food aid.",
     "1987-03-04", ("AFGCVL", "0233", "PAKGOV")),
])
def test_described_people_are_private(text: str, day: str, triple: tuple[str, str, str]) -> None:
    got = coded_triples(text, day)
    assert triple in got, got


def test_bare_demonym_keeps_the_state() -> None:
    got = coded_triples("Americans condemned the Taliban on Tuesday.", "2001-09-04")
    assert ("USA", "111", "AFGREB") in got, got


# ---- sources close to a government; "the sources" / "the diplomats" taken up

@pytest.mark.parametrize("text,day,triple", [
    ("Sources close to President Boris Yeltsin criticised the Chechen rebels on Tuesday.",
     "1996-04-04", ("RUSGOV", "111", "RUSREB")),
    ("A source close to the Pakistani army accused India of shelling villages in Kashmir.",
     "2015-04-04", ("PAKMIL", "1123", "IND")),
    ("ROME, April 4 - The Group of Seven will meet in Sardinia next month, sources close to the Italian "
     "government said.\n\nThe sources criticised the Japanese government for its trade surplus.",
     "1987-04-04", ("ITAGOV", "111", "JPNGOV")),
    ("British diplomats in Amman met Jordanian officials on Tuesday.\n\nThe diplomats condemned Iraq's "
     "government for the attacks on the Kurds.", "1996-04-04", ("GBRGOV", "111", "IRQGOV")),
])
def test_sources_close_to_and_taken_up(text: str, day: str, triple: tuple[str, str, str]) -> None:
    got = coded_triples(text, day)
    assert triple in got, got


def test_close_to_a_thing_names_no_one() -> None:
    assert actor_for_phrase("sources close to the talks", when="2015-01-01") is None
    assert actor_for_phrase("sources close to the Italian government", when="1987-01-01").code == "ITAGOV"
    got = coded_triples("Diplomats met in Vienna on Monday.\n\nThe diplomats praised the agreement.", "2016-04-04")
    assert not [t for t in got if t[2]], got


# ---- banners speak for those who carry them

@pytest.mark.parametrize("text,day,triple", [
    ("Banners carried by protesters in London criticised Prime Minister David Cameron.",
     "2013-08-04", ("GBROPP", "111", "GBRGOV")),
    ("Students marched through Santiago on Friday carrying placards.\n\nOther placards condemned the government "
     "of General Augusto Pinochet.", "1987-09-04", ("CHLEDU", "111", "CHLGOV")),
])
def test_banners_speak_for_carriers(text: str, day: str, triple: tuple[str, str, str]) -> None:
    got = coded_triples(text, day)
    assert triple in got, got


def test_hung_banners_have_no_author() -> None:
    got = coded_triples("Banners hung in the street criticised Prime Minister David Cameron.", "2013-08-04")
    assert not [t for t in got if t[2]], got


# ---- following leads on someone is an inquiry into them (coordinated agents each code)

def test_following_leads_each_agent() -> None:
    text = ("BRUSSELS 1996-09-04\n\nBelgian police arrested Marc Dutroux last month.\n\nSlovak police, Interpol, "
            "and Belgian police have been following leads on Dutroux's activities in Slovakia.")
    got = coded_triples(text, "1996-09-04")
    for s in ("SVKCOP", "IGOITP", "BELCOP"):
        assert (s, "091", "BELCVL") in got, got


@pytest.mark.parametrize("text,coded", [
    ("French police are following several leads on the suspect, prosecutors said.", True),
    ("French police are not following any leads on the suspect, prosecutors said.", False),
    ("The company followed the lead of its rivals on pricing.", False),
])
def test_following_leads(text: str, coded: bool) -> None:
    got = coded_triples(text, "2015-09-04")
    assert (("FRACOP", "091", "FRACVL") in got) is coded, got
    if not coded:
        assert not [t for t in got if t[1] == "091"], got
