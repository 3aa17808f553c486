"""Round-15 actor rules (actors15), each checked on sentences we wrote: a named private person takes the
one nationality the article gives its private-person descriptions ("a Canadian tourist ... X"); a
visitor is never given the host's country; "Russia's X" / "the president's envoy X" is of the
owner's country; "Russian and rebel commanders", "government and rebel forces" are one actor per
side; "union negotiators" are labour; "both sides" of "the conflict between X and Y" are X and Y."""
from __future__ import annotations

from events_variety import annotated, coded_triples, resolved_codes


def _entity(text: str, name: str, date: str = "2019-05-02"):
    art, _ = annotated(text, date)
    return next(e for e in art.entities if e.name == name)


# --- a private person's nationality from the article's one description ---------------------------

def test_named_private_person_takes_the_articles_one_nationality():
    text = ("A Libyan man was found stabbed in a park in London on Saturday, police said. "
            "Police later detained Khaled Saeed, 25, near the station.")
    assert ("GBRCOP", "173", "LBYCVL") in coded_triples(text, "2020-06-21")


def test_two_named_private_people_keep_the_borrowed_country():
    # two private people named: the description may be either's, so neither takes it
    text = ("A Libyan man was found stabbed in a park in London on Saturday, police said. "
            "Police later detained Khaled Saeed and Omar Haddad near the station.")
    got = coded_triples(text, "2020-06-21")
    assert not any(t[2] == "LBYCVL" for t in got)


def test_two_nationalities_described_give_none():
    text = ("A Libyan man and a Polish woman were found injured in a park in London on Saturday. "
            "Police later detained Khaled Saeed near the station.")
    got = coded_triples(text, "2020-06-21")
    assert not any(t[2] in ("LBYCVL", "POLCVL") for t in got)


def test_introduced_nationality_is_none_for_a_titled_person():
    from dateline.events.actors import ActorContext, introduced_nationality

    text = ("A Libyan man was found stabbed in London on Saturday. "
            "Interior Minister Priti Patel condemned the attack.")
    art, doc = annotated(text, "2020-06-21")
    ctx = ActorContext.build(doc, art)
    patel = next(e for e in art.entities if e.name.endswith("Patel"))
    assert introduced_nationality(patel, ctx) is None


# --- a visitor is never the host ----------------------------------------------------------------

def test_a_king_leaving_for_a_visit_is_not_the_hosts():
    text = ("KATHMANDU, Aug 30 - King Gyanendra left Nepal on Friday for a week-long visit to China, "
            "officials said.")
    assert _entity(text, "Gyanendra", "1996-08-30").country != "CHN"
    plain = "King Gyanendra left Nepal on Friday for a week-long visit to China, officials said."
    assert _entity(plain, "Gyanendra", "1996-08-30").country != "CHN"
    # (whether the trip itself is coded is the event rules' business: here, who the king is)
    assert resolved_codes(plain, "Gyanendra", "1996-08-30") == ["NPLGOV"]


def test_the_host_of_a_visit_still_takes_the_visited_country():
    text = ("Prime Minister Imran Khan arrived on Monday for a three-day visit to China for talks with "
            "President Xi Jinping.")
    assert _entity(text, "Xi Jinping").country == "CHN"


# --- a possessive owner gives a person's country ------------------------------------------------

def test_a_countrys_possessive_gives_a_person_its_country():
    text = "Russia's Alexander Lebed flew to Grozny on Friday."
    assert _entity(text, "Alexander Lebed", "1996-08-30").country == "RUS"


def test_a_leaders_envoy_takes_the_leaders_country():
    text = "Russian President Boris Yeltsin's envoy Oleg Petrov flew to Grozny on Friday."
    assert _entity(text, "Oleg Petrov", "1996-08-30").country == "RUS"


def test_a_possessive_across_a_verb_gives_nothing():
    text = "Oleg Petrov said Russia's army had left the city."
    assert _entity(text, "Oleg Petrov", "1996-08-30").country is None


# --- coordinated side modifiers ----------------------------------------------------------------

def test_russian_and_rebel_commanders_are_two_sides():
    got = coded_triples("Russian and rebel military commanders met in Grozny on Tuesday for talks.", "1996-08-30")
    assert {("RUSMIL", "040", "RUSREB"), ("RUSREB", "040", "RUSMIL")} <= got


def test_government_and_rebel_forces_clash_both_ways():
    got = coded_triples("Sudanese government and rebel forces clashed near Juba on Sunday.", "2019-05-02")
    assert {("SDNMIL", "190", "SDNREB"), ("SDNREB", "190", "SDNMIL")} <= got


def test_two_nationalities_stay_the_nationality_split():
    got = coded_triples("Israeli and Egyptian officials met in Cairo on Monday.", "2019-05-02")
    assert ("ISRGOV", "040", "EGYGOV") in got or ("ISRGOV", "044", "EGYGOV") in got
    assert not any("REB" in (s + t) for s, _, t in got if t)


def test_negated_meeting_of_two_sides_is_not_coded():
    got = coded_triples("Russian and rebel military commanders did not meet in Grozny on Tuesday.", "1996-08-30")
    assert not any(c.startswith("04") for _, c, _ in got)


# --- negotiators are of their side -------------------------------------------------------------

def test_union_negotiators_are_labour():
    got = coded_triples("DETROIT, April 11 - The company's latest contract offer was rejected by union "
                        "negotiators on Saturday.", "1987-04-11")
    assert any(s == "USALAB" and c.startswith("12") for s, c, _ in got)


def test_bare_negotiators_stay_government():
    from dateline.resolve.actor_roles import role_code

    assert role_code("Iranian negotiators") == "GOV"
    assert role_code("rebel negotiators") == "REB"
    assert role_code("union negotiators") == "LAB"


# --- both sides of a conflict named after "between" --------------------------------------------

def test_both_sides_are_the_parties_named_after_between():
    text = ('"We urge both sides to continue their dialogue aimed at a settlement of the conflict between '
            'Russian troops and Chechen rebels," State Department spokesman John Kirby said.')
    got = coded_triples(text, "1996-08-30")
    assert {("USAGOV", "026", "RUSMIL"), ("USAGOV", "026", "RUSREB")} <= got


def test_both_sides_of_the_aisle_are_no_parties():
    text = ('"We urge both sides of the aisle to end the conflict between Russian troops and Chechen '
            'rebels," State Department spokesman John Kirby said.')
    got = coded_triples(text, "1996-08-30")
    assert not any(t in ("RUSMIL", "RUSREB") for _, c, t in got if c.startswith("02"))
