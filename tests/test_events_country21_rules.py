"""country21 rules, each checked on sentences we wrote (docs/evaluation/events-country21.md):
the event is right and one actor is right, the other was put in the wrong country.

- the one nationality an article states for its perpetrator ("were believed to be Iraqi
  nationals", "An Australian, X,", "Libyan national X") carries to "the hijackers", "the
  accused", "a man" (events/stated_nationality.py, actors._stated_perpetrator);
- a private person "from <country>" is its civilian, and so is the "he" that follows;
- a listed firm's name with a country's name after it is the subsidiary there
  (resolve/actors.national_subsidiary_code, read in titles and employers);
- a name apposed to a title noun, either way round, takes the title's country
  (actors._apposed_title_actor).
"""
from __future__ import annotations

from events_variety import annotated, coded_triples, resolved_codes


# --- the article's stated nationality reaches its unnamed perpetrators ---------------------------

HIJACK = ("STANSTED, England 1996-08-27\n\n"
          "Armed hijackers seized a Kenya Airways jet on a flight from Nairobi and forced it to land near "
          "London on Tuesday, police said. The four hijackers were believed to be Somali nationals, "
          "a police spokesman said.\n\n"
          "The hijackers freed twenty passengers on Tuesday evening.")


def test_hijackers_take_the_stated_nationality_not_the_planes():
    assert resolved_codes(HIJACK, "hijackers", "1996-08-27", 2) == ["SOMCVL"]


def test_an_australian_named_then_the_accused_is_australian():
    text = ("An Australian, Darren Wilks, 41, appeared in a court in Auckland on Monday, charged over a "
            "shooting at a bar. Police said the accused had acted alone.\n\n"
            "Police arrested the accused at a motel near the airport on Saturday.")
    assert ("NZLCOP", "173", "AUSCVL") in coded_triples(text, "2021-03-15")


def test_a_name_with_a_nationality_gives_the_man_his_country():
    text = ("Three people were stabbed in a park in Leeds on Saturday. Reports named the suspect as "
            "local resident and Eritrean national Samuel Tesfay.\n\n"
            "Police soon arrived and detained the man, later identified as Samuel Tesfay.")
    assert ("GBRCOP", "173", "ERICVL") in coded_triples(text, "2021-05-02")


def test_two_stated_nationalities_give_none():
    # (a dateline: without one the article's first nationality is its home and the phrase takes it)
    text = ("LONDON 1996-08-28\n\nThe hijackers were believed to be Somali nationals and the pilot was a "
            "Kenyan national, police said.\n\nPolice arrested the hijackers at the airport on Wednesday.")
    got = coded_triples(text, "1996-08-28")
    assert ("GBRCOP", "173", "GBRCVL") in got
    assert not any(t[2] and t[2][:3] in ("SOM", "KEN") for t in got)


def test_a_perpetrator_with_a_nationality_of_his_own_keeps_it():
    text = ("The hijackers were believed to be Somali nationals, police said.\n\n"
            "Police arrested two Ethiopian hijackers at the airport on Wednesday.")
    assert ("GBRCOP", "173", "ETHCVL") in coded_triples("LONDON 1996-08-28\n\n" + text, "1996-08-28")


def test_plural_men_stay_the_places_people():
    # a group of men is more often the other side of the act than the person identified
    text = ("LONDON 2020-06-21\n\nA man stabbed a group of men in a park in Reading on Saturday. "
            "Reports named him as Libyan national Khairi Hamdan.")
    got = coded_triples(text, "2020-06-21")
    assert not any(t[2] == "LBYCVL" for t in got)


def test_a_negated_arrest_of_the_accused_codes_nothing():
    text = ("An Australian, Darren Wilks, 41, appeared in a court in Auckland on Monday. "
            "Police did not arrest the accused at the motel.")
    got = coded_triples(text, "2021-03-15")
    assert not any(t[1].startswith("173") for t in got)


# --- a private person "from <country>" --------------------------------------------------------------

BOY = ("HONG KONG 1996-08-27\n\nA 12-year-old boy from Vietnam swam across the bay into Hong Kong on "
       "Monday, police said.\n\nHe was caught by police hiding in a boatyard, a police spokesman said.")


def test_a_boy_from_a_country_is_its_civilian_and_so_is_he():
    assert resolved_codes(BOY, "boy", "1996-08-27") == ["VNMCVL"]
    assert ("HKGCOP", "173", "VNMCVL") in coded_triples(BOY, "1996-08-27")


def test_a_man_from_a_city_is_not_read_as_from_a_country_by_this_rule():
    from dateline.events.stated_nationality import origin_country

    _, doc = annotated("A man from Leeds was arrested by Hong Kong police on Monday.", "1996-08-27")
    assert origin_country(doc[1]) is None
    _, doc = annotated("A man from Vietnam was arrested by Hong Kong police on Monday.", "1996-08-27")
    assert origin_country(doc[1]) == "VNM"


# --- a listed firm's national subsidiary ------------------------------------------------------------

def test_a_listed_firm_with_a_country_after_it_is_the_subsidiary():
    from dateline.resolve.actors import known_org_code, national_subsidiary_code

    assert national_subsidiary_code("Merrill Lynch Canada Inc") == "CANBUS"
    assert national_subsidiary_code("Citibank Brazil") == "BRABUS"
    assert known_org_code("Merrill Lynch") == "USABUS"
    # the table lookup itself still answers only for listed names (actors11 pins this)
    assert known_org_code("Merrill Lynch Canada Inc") is None


def test_no_subsidiary_without_a_listed_firm_or_a_country():
    from dateline.resolve.actors import national_subsidiary_code

    assert national_subsidiary_code("Bank of Japan") is None  # no listed firm before the country
    assert national_subsidiary_code("Northern Canada Inc") is None
    assert national_subsidiary_code("Merrill Lynch Europe") is None  # no country's own name
    assert national_subsidiary_code("Merrill Lynch") is None


def test_the_subsidiarys_economist_speaks_for_the_subsidiary():
    text = ("Merrill Lynch Canada Inc chief economist Paul Hadley criticised Finance Minister Michael "
            "Wilson's budget on Friday.")
    assert resolved_codes(text, "Hadley", "1987-02-20") == ["CANBUS"]


# --- a name apposed to a title noun --------------------------------------------------------------

IRAQ = ("BAGHDAD 2020-01-06\n\nIraq's parliament voted on Sunday to expel foreign troops. Iraqi lawmakers "
        "cheered in Baghdad. ")


def test_a_name_after_a_national_title_takes_its_country():
    text = IRAQ + "A Japanese Foreign Ministry spokesman, Taro Kono, criticised the Iraqi parliament."
    assert resolved_codes(text, "Kono", "2020-01-06") == ["JPNGOV"]


def test_a_title_after_the_name_gives_its_country():
    text = ("AMMAN 1996-08-27\n\nJordan's government said on Tuesday it was reviewing ties. Jordan has "
            "expelled Adel Hamid, the Syrian embassy's press attache, a government source said.")
    assert resolved_codes(text, "Hamid", "1996-08-27") == ["SYRGOV"]


def test_a_title_with_no_role_leaves_the_name_alone():
    text = ("AMMAN 1996-08-27\n\nJordan has expelled Adel Hamid, the father of the victim, a government "
            "source said.")
    # the father's "title" codes no role: the name keeps what it had (the article's civilian)
    assert resolved_codes(text, "Hamid", "1996-08-27") == ["JORCVL"]
