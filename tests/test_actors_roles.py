"""Role titles and nouns -> CAMEO role codes (dateline.resolve.actor_roles)."""
from __future__ import annotations

import pytest

from dateline.resolve.actor_roles import role_code, singular, words_of


@pytest.mark.parametrize(
    "title, code",
    [
        ("foreign minister", "GOV"),
        ("Prime Minister", "GOV"),
        ("president", "GOV"),
        ("ambassador to the Vatican", "GOV"),
        ("government spokeswoman", "GOV"),
        ("Turkish officials", "GOV"),
        ("mayor", "GOV"),
        ("king", "GOV"),
        ("troops", "MIL"),
        ("the army", "MIL"),
        ("soldiers", "MIL"),
        ("army spokesman", "MIL"),  # a weak head yields to its strong modifier
        ("police", "COP"),
        ("police chief", "COP"),
        ("riot policemen", "COP"),
        ("rebels", "REB"),
        ("insurgents", "REB"),
        ("militants", "REB"),
        ("opposition", "OPP"),
        ("opposition leader", "OPP"),
        ("protesters", "OPP"),  # the Wikinews gold convention
        ("opposition lawmakers", "LEG"),  # legislators are LEG whatever their party
        ("supreme court", "JUD"),
        ("judges", "JUD"),
        ("chief justice", "JUD"),
        ("prosecutor", "JUD"),
        ("parliament", "LEG"),
        ("senators", "LEG"),
        ("company", "BUS"),
        ("chief executive", "BUS"),
        ("state media", "MED"),
        ("newspapers", "MED"),
        ("news agency", "MED"),
        ("journalists", "MED"),
        ("civilians", "CVL"),
        ("students", "EDU"),
        ("intelligence service", "SPY"),
        ("UN Secretary-General", "GOV"),
    ],
)
def test_role_code(title: str, code: str) -> None:
    assert role_code(title) == code


@pytest.mark.parametrize("title", [None, "", "the", "weather", "12345", "tomorrow afternoon"])
def test_no_role(title: str | None) -> None:
    assert role_code(title) is None


def test_longest_phrase_beats_its_parts() -> None:
    # "attorney general" is judicial although "general" alone is a military rank
    assert role_code("attorney general") == "JUD"
    assert role_code("general") == "MIL"


def test_singular_meets_lexicon() -> None:
    assert singular("ministries") == "ministry"
    assert singular("policemen") == "policeman"
    assert singular("press") == "press"
    assert words_of("Foreign Ministers'") == ["foreign", "minister"]
