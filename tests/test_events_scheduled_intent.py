"""A timetabled act ("is due to meet", "was to hold talks") is an announced intention (036 for a
meeting), as "will meet" is: not the act itself, and not nothing (CONLL_TRAIN.md)."""
from __future__ import annotations

import pytest

from test_events_audit9_filters import _events, _token


@pytest.mark.parametrize("text,expected", [
    ("Slovak Prime Minister Vladimir Meciar was to hold talks with Hungarian Prime Minister Gyula Horn "
     "in Komarno on Friday.", ("SVKGOV", "036", "HUNGOV")),
    ("The Finnish Prime Minister Paavo Lipponen is due to meet Swedish Prime Minister Goran Persson next week.",
     ("FINGOV", "036", "SWEGOV")),
    ("Kenyan President Daniel arap Moi was due to hold talks with Ugandan President Yoweri Museveni "
     "in Arusha on Thursday, officials said.", ("KENGOV", "036", "UGAGOV")),
    # a passive timetable: its subject is the one who will act
    ("Finnish Prime Minister Paavo Lipponen is scheduled to meet Swedish Prime Minister Goran Persson on Monday.",
     ("FINGOV", "036", "SWEGOV")),
])
def test_a_timetabled_meeting_codes_the_intention(text, expected):
    got = _events(text)
    assert expected in got
    assert not any(code.startswith("04") for _, code, _ in got)  # not reported as held


@pytest.mark.parametrize("text", [
    "The Finnish Prime Minister Paavo Lipponen is not due to meet Swedish Prime Minister Goran Persson next week.",
    "The Finnish Prime Minister Paavo Lipponen is expected to meet Swedish Prime Minister Goran Persson next week.",
    "Kenyan Foreign Minister Kalonzo Musyoka flew to Kampala on Monday to meet Ugandan President Yoweri Museveni.",
])
def test_no_intention_without_a_timetable(text):
    assert not any(code == "036" for _, code, _ in _events(text))


def test_scheduled_act_reads_the_timetable_head():
    from dateline.events.filters import scheduled_act

    assert scheduled_act(_token("The envoy is due to meet the rebels on Monday.", "meet"))
    assert scheduled_act(_token("The envoy was to meet the rebels on Monday.", "meet"))
    assert not scheduled_act(_token("The envoy is likely to meet the rebels on Monday.", "meet"))
    assert not scheduled_act(_token("The envoy flew to Goma to meet the rebels.", "meet"))
    assert scheduled_act(_token("The envoy is scheduled to meet the rebels on Monday.", "meet"))
