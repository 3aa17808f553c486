"""The dictionary lines added for issue #4 read as intended (one pattern per phrasal head)."""
from __future__ import annotations

from importlib import resources

from dateline.events.patterns import load_dictionary, parse_dictionary


def _lines() -> list[str]:
    text = resources.files("dateline").joinpath("data/cameo/verbs.txt").read_text(encoding="utf-8")
    return [ln.split("#", 1)[0].strip() for ln in text.splitlines()]


def test_a_phrasal_head_is_never_among_alternatives():
    # "a|b_c" would be read as head "a|b" with particle "c": write a phrasal verb on its own line
    for ln in _lines():
        parts = ln.split()
        if len(parts) >= 2 and parts[0][:1].isdigit():
            head = parts[1]
            assert not ("_" in head and "|" in head), ln


def test_new_heads_are_indexed():
    d = load_dictionary()
    for lemma in ("second", "subpoena", "injure", "disclose", "criminalize", "commute"):
        assert d.knows(lemma), lemma
    assert any(p.code == "116" for p in d.verbs["hand_down"])
    assert any(p.code == "090" for p in d.verbs["carry_out"])


def test_killing_is_killing_by_assault_and_assassination_stays_186():
    d = load_dictionary()
    assert {p.code for p in d.verbs["kill"] if not p.obj and not p.preps} == {"1823"}
    assert {p.code for p in d.verbs["assassinate"]} == {"186"}


def test_pardons_release_persons():
    d = parse_dictionary("[verbs]\n0841 pardon\n")
    assert d.verbs["pardon"][0].code == "0841"
    assert {p.code for p in load_dictionary().verbs["pardon"]} == {"0841"}
