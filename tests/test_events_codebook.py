"""The codebook facts and the verb-pattern dictionary file."""
from __future__ import annotations

import pytest

from dateline.errors import ConfigError
from dateline.events.codebook import codebook, info, intent_code, threat_code
from dateline.events.patterns import Frame, load_dictionary, parse_dictionary


def test_codebook_covers_all_twenty_roots():
    book = codebook()
    assert len(book) == 311
    assert {c.root for c in book.values()} == {f"{n:02d}" for n in range(1, 21)}


def test_codebook_facts_for_a_visit_and_an_airstrike():
    visit, air = info("042"), info("195")
    assert (visit.name, visit.quad_class, visit.plover) == ("Make a visit", 1, "CONSULT")
    assert air.quad_class == 4 and air.goldstein < 0 and air.plover == "ASSAULT"


def test_manual_names_replace_gdelt_names_for_105_to_108():
    assert info("106").name == "Demand meeting, negotiation"
    assert info("044").name.isascii()


def test_appeals_have_no_plover_type():
    assert info("020").plover is None


def test_intent_and_threat_codes():
    assert intent_code("042") == "036"
    assert intent_code("074") == "0334"
    assert threat_code("195") == "1384"
    assert threat_code("163") == "1312"
    assert intent_code("030") == "030"


def test_every_dictionary_code_is_in_the_codebook_and_all_roots_are_covered():
    d = load_dictionary()
    pats = [p for v in (*d.verbs.values(), *d.nouns.values()) for p in v]
    assert all(p.code in codebook() for p in pats)
    assert {p.code[:2] for p in pats} == {f"{n:02d}" for n in range(1, 21)}
    assert len({p.code for p in pats}) >= 150


def test_most_specific_pattern_wins():
    d = load_dictionary()
    frame = Frame("call", preps={"for": frozenset({"resignation"})})
    assert d.match(frame).code == "0241"
    assert d.match(Frame("call", preps={"for": frozenset({"unity"})})).code == "020"


def test_light_verb_pattern_needs_its_object():
    d = load_dictionary()
    assert d.match(Frame("hold", obj=frozenset({"talk"}), preps={"with": frozenset({"x"})})).code == "040"
    assert d.match(Frame("hold", obj=frozenset({"umbrella"}))) is None


def test_a_user_dictionary_extends_the_format():
    d = parse_dictionary("[verbs]\n0871 agree to:truce >with\n1823 lynch\n[intent]\nplan\n")
    assert d.match(Frame("lynch")).code == "1823"
    assert "plan" in d.intent


@pytest.mark.parametrize("bad", ["[verbs]\n999 frobnicate\n", "[verbs]\n042 visit ?odd\n", "[colours]\nred\n"])
def test_dictionary_errors_name_the_line(bad):
    with pytest.raises(ConfigError, match="line"):
        parse_dictionary(bad)


def test_a_constraint_names_one_preposition():
    import pytest as _pytest

    from dateline.errors import ConfigError
    from dateline.events.patterns import parse_pattern

    with _pytest.raises(ConfigError):
        parse_pattern("012", "warn of|about:* >none", "verb", 1)


def test_a_phrasal_head_is_not_mixed_with_alternatives():
    import pytest as _pytest

    from dateline.errors import ConfigError
    from dateline.events.patterns import parse_pattern

    with _pytest.raises(ConfigError, match="phrasal head"):
        parse_pattern("125", "call_off|scrap +talk", "verb", 7)
    ok = parse_pattern("125", "call_off +talk", "verb", 8)
    assert ok.heads == ("call",) and ok.particle == "off"


def test_a_warning_with_an_addressee_is_not_a_comment():
    from test_events_coder import triples

    assert ("NGAGOV", "111", "NGAOPP") in triples("The Nigerian president warned the protesters against violence.")
