"""Round 7 actor resolution (actors9): the agents of 1990s wire news that the census of the
CoNLL-2003 political documents showed coded wrongly or not at all. Every sentence here is written
for these tests (none is taken from an article)."""
from __future__ import annotations

import pytest

from test_events_coder import triples

from dateline.resolve.actors import builtin_people, known_org_code

WIRE_DAY = "1996-08-22"


@pytest.mark.parametrize(
    ("name", "day", "code"),
    [
        ("Boris Yeltsin", WIRE_DAY, "RUSGOV"),
        # people66: before his presidency he was Moscow's party chief, a Soviet official (GOV);
        # the country alone was a private person's code
        ("Yeltsin", "1987-03-02", "RUSGOV"),
        ("Alexander Lebed", WIRE_DAY, "RUSGOV"),  # security chief from June to October 1996
        ("Lebed", "1997-02-01", "RUSOPP"),
        ("Yasser Arafat", WIRE_DAY, "PSEGOV"),
        ("Shimon Peres", WIRE_DAY, "ISROPP"),  # opposition leader after the May 1996 election
        ("Shimon Peres", "1995-12-01", "ISRGOV"),
        ("Franz Fischler", WIRE_DAY, "IGOEUREEC"),  # an EU commissioner acts for the Commission
        ("Javier Solana", WIRE_DAY, "IGONAT"),
        ("Rolf Ekeus", WIRE_DAY, "IGOUNO"),
        ("George Shultz", "1987-03-02", "USAGOV"),
        ("Bob Dole", WIRE_DAY, "USAOPP"),  # the challenger's nominee until the election
        ("Kofi Annan", "1995-06-01", "IGOUNO"),  # UN peacekeeping chief before he led the UN
        ("Nawaz Sharif", WIRE_DAY, "PAKOPP"),
    ],
)
def test_figures_of_1990s_wire_have_their_office_of_the_day(name: str, day: str, code: str) -> None:
    assert builtin_people().lookup(name, day) == code


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Organisation of African Unity", "IGOOAU"),  # British spelling of a listed body
        ("Organisation for Security and Co-operation in Europe", "IGOSCE"),
        ("the Taleban", "AFGREB"),  # the 1990s wire's spelling
        ("Tamil Tiger rebels", "LKAREB"),
        ("Sudan People's Liberation Army", "SDNREB"),  # a rebel army, not a state's
        ("PUK", "IRQREB"),
        ("PLO", "PSEGOV"),
        ("Shining Path", "PERREB"),
    ],
)
def test_bodies_of_1990s_wire(name: str, code: str) -> None:
    assert known_org_code(name) == code


def test_a_figure_named_alone_after_the_title_keeps_the_office() -> None:
    got = triples("Russia's president met army commanders on Monday. Yeltsin later accused the generals of "
                  "hiding their losses from him.", published=WIRE_DAY)
    assert any(s == "RUSGOV" and c[:3] == "112" for s, c, _ in got)


def test_the_short_name_of_a_listed_body_is_the_body() -> None:
    # "the Commission" after "the European Commission", in a story datelined in Britain
    got = triples("LONDON 1996-08-22\n\nThe European Commission met on Thursday to discuss the beef ban. "
                  "The Commission's chief spokesman accused Britain of delaying the slaughter of old cattle.",
                  published=WIRE_DAY)
    assert ("IGOEUREEC", "112", "GBR") in got
    assert not any(s == "GBRGOV" for s, _, _ in got)


def test_a_listed_office_beats_a_second_title_in_an_apposition() -> None:
    got = triples("Kenya's president, Daniel arap Moi, vice-chairman of the Organisation of African Unity, "
                  "accused Sudan of arming rebels in the north.", published=WIRE_DAY)
    assert ("KENGOV", "112", "SDN") in got


def test_officers_of_an_international_body_act_for_it() -> None:
    got = triples("U.N. human rights investigator Jane Roeder criticised Croatian authorities for failing to "
                  "protect returning refugees.", published=WIRE_DAY)
    assert ("IGOUNO", "111", "HRVGOV") in got


def test_rebels_naming_their_own_capital_name_the_state() -> None:
    got = triples("Chechen separatists accused Moscow of breaking the truce signed last week.", published=WIRE_DAY)
    assert ("RUSREB", "112", "RUS") in got


def test_a_state_official_travelling_at_home_is_still_no_event_with_a_place() -> None:
    got = triples("The Russian president travelled to Novosibirsk on Monday.", published=WIRE_DAY)
    assert not any(t == "RUS" for _, _, t in got)


def test_people_counted_by_nationality_are_private_persons() -> None:
    got = triples("Israeli police arrested two Palestinians suspected of planning bomb attacks.", published=WIRE_DAY)
    assert ("ISRCOP", "173", "PSECVL") in got


def test_a_counterpart_is_an_official_of_the_named_country() -> None:
    got = triples("The Czech president will meet his Brazilian counterpart, Antonio Ferreira, in the capital "
                  "next week.", published=WIRE_DAY)
    assert any(t == "BRAGOV" for _, _, t in got)


@pytest.mark.parametrize(
    ("name", "day", "code"),
    [
        ("David Boren", "1987-03-02", "USALEG"),
        ("Howard Baker", "1987-06-01", "USAGOV"),  # White House chief of staff from February 1987
        ("Subroto", "1987-03-02", "IDNGOV"),
        ("Karl Otto Poehl", "1987-03-02", "DEUGOV"),
        ("Jack Kemp", "1987-03-02", "USALEG"),
    ],
)
def test_officials_of_1987_wire(name: str, day: str, code: str) -> None:
    assert builtin_people().lookup(name, day) == code


def test_a_police_detective_branch_is_police() -> None:
    from dateline.resolve.actors import actor_for_phrase

    assert actor_for_phrase("Bangladesh's Criminal Investigation Department").code == "BGDCOP"


def test_the_leader_of_a_named_union_acts_for_the_union() -> None:
    got = triples("Jean Dupont, leader of France's Communist-led CGT union, criticised government plans to cut "
                  "pension rights.", published=WIRE_DAY)
    assert any(s == "FRALAB" and c == "111" for s, c, _ in got)
    assert not any(s == "FRAGOV" for s, _, _ in got)


def test_goods_with_a_nationality_are_no_party_to_a_statement() -> None:
    got = triples("The Commission said it disagreed with German advice to consumers to shun British lamb.",
                  published=WIRE_DAY)
    assert not any(t == "GBR" for _, _, t in got)
    got = triples("Spain's farm minister criticised Irish beef at the meeting.", published=WIRE_DAY)
    assert not any(t == "IRL" for _, _, t in got)


def test_a_ban_on_a_countrys_goods_is_still_aimed_at_the_country() -> None:
    got = triples("The European Union imposed a worldwide ban on British beef exports in March.", published=WIRE_DAY)
    assert ("IGOEUREEC", "163", "GBR") in got


def test_the_two_sides_named_before_as_two_nationalities() -> None:
    got = triples("Israeli and Syrian negotiators have not met since February. The two sides accused each other "
                  "of blocking a resumption of the peace talks.", published=WIRE_DAY)
    assert {("ISRGOV", "112", "SYRGOV"), ("SYRGOV", "112", "ISRGOV")} <= got


def test_a_products_origin_is_not_the_articles_country() -> None:
    # the only nationality word is a product's origin: "the minister" borrows no country from it
    got = triples("The minister urged shoppers to avoid French wine until the dispute was settled.",
                  published=WIRE_DAY)
    assert not any(s.startswith("FRA") or t.startswith("FRA") for s, _, t in got)


def test_a_former_office_in_an_apposition_does_not_retire_a_listed_holder() -> None:
    got = triples("Israeli President Ezer Weizman met business leaders on Sunday. But Weizman, a former defence "
                  "minister, criticised the government for freezing the talks.", published=WIRE_DAY)
    assert ("ISRGOV", "111", "ISRGOV") in got


def test_investigators_are_police_and_hijackers_private_persons() -> None:
    got = triples("BRUSSELS 1996-08-22\n\nInvestigators arrested a senior police detective on Sunday in connection "
                  "with the inquiry.", published=WIRE_DAY)
    assert ("BELCOP", "173", "BELCOP") in got
    # unnamed48: a plural unnamed band ("The hijackers") codes no act; one hijacker is a private person
    got = triples("LONDON 1996-08-27\n\nThe hijacker released 40 passengers from the plane.", published=WIRE_DAY)
    assert any(s == "GBRCVL" for s, _, _ in got)
