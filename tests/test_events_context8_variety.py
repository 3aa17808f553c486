"""The context8 variety set (tests/data/events_variety_context8.jsonl): short articles written
for this project whose scored sentence's TARGET is not a name in its clause: a rejected or
welcomed proposal, offer, demand or plan made by someone named before; an agreement signed with
the other party of earlier talks; a retaliation or a "hit back" at whoever acted first; a
visit whose host is the place's country. Coded by the conventions
(shared/data/events/WIKINEWS_EVENTS.md) before any rule was written for them; some records have
no event (precision checks: analysts are no actor, a runner's arrival is no visit). Records of
`"batch": 2` were written after the rules and scored once, with no rule made from them.

`PYTHONPATH=src python tests/test_events_context8_variety.py` prints the score and every miss."""
from __future__ import annotations

from pathlib import Path

from events_variety import load_variety, print_report, score_variety, standard_tests

VARIETY = Path(__file__).parent / "data" / "events_variety_context8.jsonl"

# floors measured in docs/evaluation/events-context8.md, with a margin for parser noise. The
# set is about targets, so the fast slice is held at the country level: the sub-code of a
# rejection (120 vs 125 / 127) is the dictionary's choice, not these rules'.
(test_the_variety_set_is_well_formed, test_the_variety_set_scores_at_its_measured_level,
 _exact_slice) = standard_tests(VARIETY, 30, floor_f1=0.60, floor_p=0.70)


def test_a_slice_of_the_variety_set_finds_its_targets():
    scores, _ = score_variety(load_variety(VARIETY)[::4])
    assert scores["country"]["f1"] >= 0.5  # measured 0.588 (11 of 44 records)


if __name__ == "__main__":
    print_report(load_variety(VARIETY))
