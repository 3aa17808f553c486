"""PETRARCH / Phoenix actor and agent dictionary import (dateline.resolve.actor_dictionary).

The snippets below are written for these tests in the dictionary format; the real public
dictionaries are read from ../shared at test time."""
from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.errors import ConfigError
from dateline.model import Entity
from dateline.resolve.actor_dictionary import (
    ActorDictionary,
    apply_agent,
    current_actor_dictionary,
    dictionary_from_env,
    load_actor_dictionary,
    normalize_date,
    parse_actors,
    parse_agents,
    use_actor_dictionary,
)
from dateline.resolve.actors import actor_for_entity, actor_for_phrase

ACTORS = """\
<!-- A made-up world for the tests -->
<!-- a block comment
# spanning lines -->
QUENTARA_  [QNT]   # a country
+QUENTARAN
+THE_QUENTARAN_REPUBLIC_

VELDORIA [VEL]
+VELDORIAN

MARA_OSKEN_  # a politician with dated roles
+PRESIDENT_OSKEN_
    [QNTOPP 20010101-20091231]
    [QNTGOV >20091231]
    [QNT]

TOBIN_ROOK_
    [VELMIL <950601]
    [VELGOV 950601-990815]
# [980101-981231]  a code block without a code, commented out
    [VELELI >990815]

NARROW_NELL_ [QNTCVL]
    [QNTBUS 20100101-20121231]
    [QNTGOV 20110101-20110131]

LOWERCODE_ [qntmed]
ORPHAN_WITHOUT_CODE_

NORTHERN_LEAGUE_ [IGOQNL]
ZORNEL_ [ZRN]
"""

AGENTS = """\
<!-- agents for the tests -->
!PERSON! = MAN, MEN, WOMAN, WOMEN
!MINST! = MINISTER, MINISTRY
SOLDIER [~MIL]  # a comment
POLICE {} [ ~COP]
CHAIR!PERSON! [~GOV]
!MINST!_OF_FISHERIES [~GOVAGR]
GOOSE {GEESE} [~GGS]
RELIEF_CHARITY [NGO~]
DEFENCE_MINIST [~GOVMIL]
"""


@pytest.fixture
def world(tmp_path: Path) -> ActorDictionary:
    (tmp_path / "world.actors.txt").write_text(ACTORS, encoding="utf-8")
    (tmp_path / "world.agents.txt").write_text(AGENTS, encoding="utf-8")
    return load_actor_dictionary(tmp_path / "world.actors.txt", tmp_path / "world.agents.txt")


@pytest.fixture(autouse=True)
def reset_dictionary():
    use_actor_dictionary(None)
    yield
    use_actor_dictionary(None)


def test_names_synonyms_and_case(world: ActorDictionary) -> None:
    assert world.lookup("Quentara") == "QNT"
    assert world.lookup("quentaran") == "QNT"
    assert world.lookup("Quéntara") == "QNT"  # accents do not matter
    assert world.lookup("the Quentaran Republic") == "QNT"
    assert world.lookup("Quentaran Republic") == "QNT"  # a leading THE is optional
    assert world.lookup("Atlantis") is None


def test_stem_names_match_longer_words(world: ActorDictionary) -> None:
    # "VELDORIA" has no trailing "_": a stem, so "Veldorians" is covered; "QUENTARA_" is exact
    assert world.lookup("Veldorians") == "VEL"
    assert world.lookup("Quentarabad") is None


def test_dated_roles_are_picked_by_date(world: ActorDictionary) -> None:
    assert world.lookup("Mara Osken", "2005-06-01") == "QNTOPP"
    assert world.lookup("President Osken", "2012-01-01") == "QNTGOV"
    assert world.lookup("Mara Osken", "1990-01-01") == "QNT"  # the undated default
    assert world.lookup("Mara Osken") == "QNTGOV"  # no date: today, inside ">20091231"
    assert world.lookup("Mara Osken", "PRESENT_REF") == "QNTGOV"  # an unreadable date too


def test_six_digit_dates_and_open_bounds(world: ActorDictionary) -> None:
    assert world.lookup("Tobin Rook", "1990-01-01") == "VELMIL"
    assert world.lookup("Tobin Rook", "19950601") == "VELGOV"  # ranges include their ends
    assert world.lookup("Tobin Rook", "2003-03-03") == "VELELI"
    assert world.lookup("Tobin Rook") == "VELELI"


def test_narrowest_restriction_wins(world: ActorDictionary) -> None:
    assert world.lookup("Narrow Nell", "2011-01-15") == "QNTGOV"
    assert world.lookup("Narrow Nell", "2012-06-01") == "QNTBUS"
    assert world.lookup("Narrow Nell", "2015-06-01") == "QNTCVL"
    assert world.lookup("Narrow Nell") == "QNTCVL"


def test_codes_upper_cased_and_uncoded_entries_dropped(world: ActorDictionary) -> None:
    assert world.lookup("Lowercode") == "QNTMED"
    assert world.lookup("Orphan without code") is None


def test_agents(world: ActorDictionary) -> None:
    assert world.agent("soldier") == "~MIL"
    assert world.agent("soldiers") == "~MIL"  # regular plurals are implied
    assert world.agent("police") == "~COP"
    assert world.agent("polices") is None  # "POLICE {}": no regular plural
    assert world.agent("chairwomen") == "~GOV"  # substitution sets
    assert world.agent("minister of fisheries") == "~GOVAGR"
    assert world.agent("geese") == "~GGS"  # explicit irregular plural
    assert world.agent("defence ministry") == "~GOVMIL"  # stem
    assert world.agent("relief charity") == "NGO~"
    assert world.agent("weather") is None


def test_apply_agent() -> None:
    assert apply_agent("QNT", "~MIL") == "QNTMIL"
    assert apply_agent("QNTGOV", "~GOV") == "QNTGOV"  # a role is not repeated
    assert apply_agent("QNTGOVMED", "~GOVMED") == "QNTGOVMED"
    assert apply_agent("QNTGOV", "~MED") == "QNTGOVMED"
    assert apply_agent("QNT", "NGO~") == "NGOQNT"
    assert apply_agent(None, "~COP") == "---COP"


def test_parse_functions_directly() -> None:
    entries = parse_actors(["FOO_ [FOO]", "+FOOLAND_", "BAR_", "\t[BAR 20000101-20001231]"])
    assert [(e.name, e.synonyms, [c.code for c in e.codes]) for e in entries] == [
        ("FOO_", ["FOOLAND_"], ["FOO"]),
        ("BAR_", [], ["BAR"]),
    ]
    assert parse_agents(["!X! = A, B", "!X!_BOSS [~GOV]"]) == [("A_BOSS", "~GOV", True), ("B_BOSS", "~GOV", True)]
    assert parse_agents(["GOOSE {GEESE} [~GGS]"]) == [("GOOSE", "~GGS", False), ("GEESE", "~GGS", False)]


def test_normalize_date() -> None:
    assert normalize_date("2018-04-10") == "20180410"
    assert normalize_date("2018-04-10T09:30:00Z") == "20180410"
    assert normalize_date("2018-03") == "20180301"
    assert normalize_date("2018") == "20180101"
    assert normalize_date("PAST_REF") is None


def test_gzip_file_loads(tmp_path: Path) -> None:
    path = tmp_path / "small.actors.txt.gz"
    path.write_bytes(gzip.compress(ACTORS.encode("utf-8")))
    assert load_actor_dictionary(path).lookup("Quentara") == "QNT"


def test_missing_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="missing.txt"):
        load_actor_dictionary(tmp_path / "missing.txt")


def test_env_value_names_actor_and_agent_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ACTORS, encoding="utf-8")
    (tmp_path / "b.txt").write_text("ZEPHYRIA_ [ZPH]\n", encoding="utf-8")
    (tmp_path / "g.txt").write_text(AGENTS, encoding="utf-8")
    d = dictionary_from_env(f"{tmp_path / 'a.txt'},{tmp_path / 'b.txt'}:{tmp_path / 'g.txt'}")
    assert d is not None and d.lookup("Zephyria") == "ZPH" and d.agent("soldiers") == "~MIL"
    assert dictionary_from_env("") is None


def test_env_var_read_on_first_use(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import dateline.resolve.actor_dictionary as mod

    (tmp_path / "a.txt").write_text(ACTORS, encoding="utf-8")
    monkeypatch.setenv("DATELINE_ACTORS", str(tmp_path / "a.txt"))
    monkeypatch.setattr(mod, "_current", mod._UNSET)
    d = current_actor_dictionary()
    assert d is not None and d.lookup("Quentara") == "QNT"


def test_user_dictionary_resolves_named_people_first(world: ActorDictionary) -> None:
    use_actor_dictionary(world)
    osken = Entity("e1", "Mara Osken", "PERSON", country="VEL", role="farmer")
    assert actor_for_entity(osken, when="2012-05-05").code == "QNTGOV"
    assert actor_for_entity(osken, when="2005-05-05").code == "QNTOPP"
    use_actor_dictionary(None)
    assert actor_for_entity(osken, when="2012-05-05").code == "VELAGR"


def test_user_dictionary_codes_phrases_with_agents(world: ActorDictionary) -> None:
    use_actor_dictionary(world)
    assert actor_for_phrase("Quentaran soldiers").code == "QNTMIL"
    assert actor_for_phrase("the Veldorian police").code == "VELCOP"
    assert actor_for_phrase("Northern League").code == "IGOQNL"


@given(st.text(max_size=60), st.one_of(st.none(), st.text(max_size=12)))
@settings(max_examples=200, deadline=None)
def test_lookups_never_crash(name: str, when: str | None) -> None:
    world = _WORLD
    world.lookup(name, when)
    world.agent(name)


@given(st.text(max_size=400))
@settings(max_examples=150, deadline=None)
def test_parser_never_crashes(text: str) -> None:
    parse_actors(text.splitlines())
    parse_agents(text.splitlines())


_WORLD = ActorDictionary()
for _e in parse_actors(ACTORS.splitlines()):
    _WORLD.add_actor(_e)
for _line in parse_agents(AGENTS.splitlines()):
    _WORLD.add_agent(*_line)


# ---------------------------------------------------------------- the public dictionaries


def test_petrarch_validation_dictionaries(shared: Path) -> None:
    base = shared / "data" / "events" / "universalpetrarch"
    d = load_actor_dictionary(base / "PETR.Validate.actors.txt", base / "PETR.Validate.agents.txt")
    assert d.lookup("Arnor") == "ARN"
    assert d.lookup("Argentine") == "ARG"  # ARGENTIN is a stem
    assert d.lookup("Gollum", "1997-01-01") == "HOBGOV"
    assert d.lookup("Smeagol", "2001-01-01") == "HOBREB"
    assert d.lookup("Sam Gamgee", "2010-01-10") == "ORCHOB"  # narrowest range overrides
    assert d.lookup("Sam Gamgee", "2014-06-01") == "HOBELI"
    assert d.lookup("Zimbabwe", "1975-01-01") == "RHO"
    assert d.lookup("Zimbabwe", "2001-01-01") == "ZBW"
    assert d.lookup("Interpol") == "IGOCOPITP"
    assert d.agent("troops") == "~MIL"
    assert d.agent("congressmen") == "~LEG"
    assert d.agent("ministries of silly walks") == "~GOV"
    use_actor_dictionary(d)
    assert actor_for_phrase("Arnor troops", when="2005-01-01").code == "ARNMIL"


def test_phoenix_dictionaries_load_whole(shared: Path) -> None:
    """All three Phoenix actor files and the agents load (their load time is measured by
    benchmarks/bench_dictionaries.py, not here: a unit test is no stopwatch)."""
    base = shared / "data" / "gdelt" / "petrarch"
    d = load_actor_dictionary(
        [base / f"Phoenix.{n}.actors.txt.gz" for n in ("Countries", "International", "MilNonState")],
        base / "Phoenix.agents.txt.gz",
    )
    assert d.actor_count > 30_000 and d.agent_count > 2_000
    assert d.lookup("Vladimir Putin", "2018-04-10") == "RUSGOV"
    assert d.lookup("Vladimir Putin", "1995-01-01") == "RUSELI"
    assert d.lookup("Moscow") == "RUS"
    assert d.lookup("the European Union") == "IGOEUREEC"
    assert d.lookup("Taliban") == "AFGREB"
    assert d.agent("soldiers") == "~MIL"
    use_actor_dictionary(d)
    putin = Entity("e1", "Vladimir Putin", "PERSON")
    assert actor_for_entity(putin, when="2018-04-10").code == "RUSGOV"


def test_mixed_files_are_told_apart_and_activated(tmp_path: Path) -> None:
    from dateline.resolve.actor_dictionary import load_dictionaries

    (tmp_path / "one.txt").write_text(ACTORS, encoding="utf-8")
    (tmp_path / "two.txt").write_text(AGENTS, encoding="utf-8")
    d = load_dictionaries([tmp_path / "two.txt", tmp_path / "one.txt"])
    assert d.lookup("Quentara") == "QNT" and d.agent("soldiers") == "~MIL"
    assert current_actor_dictionary() is None
    with d.activate():
        assert current_actor_dictionary() is d
        assert actor_for_phrase("Quentaran soldiers").code == "QNTMIL"
    assert current_actor_dictionary() is None


def test_possessive_and_demonym_with_user_dictionary(world: ActorDictionary) -> None:
    use_actor_dictionary(world)
    assert actor_for_phrase("Quentara's soldiers").code == "QNTMIL"
    # "Zornelian" is not listed: read as the people of ZORNEL
    assert actor_for_phrase("Zornelian police").code == "ZRNCOP"


def test_builtin_people_dictionary_is_well_formed() -> None:
    import pycountry

    from dateline.resolve.actors import builtin_people

    d = builtin_people()
    assert len(d.entries) > 200
    iso = {c.alpha_3 for c in pycountry.countries}
    for entry in d.entries:
        defaults = [c.code for c in entry.codes if not c.dated]
        assert len(defaults) == 1 and defaults[0] in iso, entry.name  # the person's country
        for c in entry.codes:
            assert c.code[:3] in iso or c.code[:3] == "IGO", (entry.name, c.code)
            assert c.start is None or c.end is None or c.start <= c.end, (entry.name, c)


def test_former_holders_and_organisation_names_with_user_dictionary(world: ActorDictionary) -> None:
    use_actor_dictionary(world)
    assert actor_for_phrase("former Quentaran soldiers").code == "QNTELI"
    org = Entity("e1", "the Quentaran Ministry of Fisheries", "ORG")
    assert actor_for_entity(org).code == "QNTGOVAGR"  # the whole agent phrase, prepositions included
