"""targets28: an act aimed at a thing whose own phrase names its doer with "by" ("urged a halt
to the buying of bonds by banks in France") is aimed at that doer (events/thing_owners.py),
found through a part or an aim noun ("a halt to", "an end to") one step, and never the acting
side itself."""
from __future__ import annotations

from events_variety import coded_triples

DATE = "2021-06-15"


def test_halt_to_a_deed_by_foreign_banks() -> None:
    got = coded_triples("The German finance minister urged a halt to the buying of bonds by banks in France.", DATE)
    assert ("DEUGOV", "020", "FRABUS") in got


def test_end_to_a_deed_by_foreign_firms() -> None:
    got = coded_triples("The Japanese trade minister demanded an end to the dumping of steel by Chinese firms.", DATE)
    assert any(t[0] == "JPNGOV" and t[2] == "CHNBUS" for t in got)


def test_thing_with_no_doer_stays_untargeted() -> None:
    got = coded_triples("The German finance minister urged a halt to the buying of bonds.", DATE)
    assert not any(t[2] for t in got)


def test_doer_who_is_the_acting_side_is_no_target() -> None:
    got = coded_triples("The French finance minister urged a halt to the buying of bonds by the French government.", DATE)
    assert not any(t[2] == "FRAGOV" for t in got)


def test_negated_appeal_stays_uncoded() -> None:
    got = coded_triples("The German finance minister did not urge a halt to the buying of bonds by banks in France.", DATE)
    assert not any(t[2] for t in got)


def test_hypothetical_appeal_stays_uncoded() -> None:
    got = coded_triples("If prices fall further, the German finance minister may urge a halt to the buying of bonds "
                        "by banks in France.", DATE)
    assert not any(t[2] for t in got)
