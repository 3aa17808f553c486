"""`plain` gives what `dataclasses.asdict` gives (the record's shape must not change)."""
from __future__ import annotations

from dataclasses import asdict

from dateline.api import extract
from dateline.model import plain

_TEXT = ("Envoys meet in Oslo\n\nOSLO, May 4 (Reuters) - Norway's foreign minister said on Monday "
         "that talks with Sudan would resume next week. \"We are close,\" she told reporters, and "
         "Norway condemned Sudan. The minister met the Sudanese president in Oslo on Monday.")


def test_every_annotation_kind_matches_asdict() -> None:
    art = extract(_TEXT, published="2021-05-04")
    groups = {"entities": art.entities, "timexes": art.timexes, "quotes": art.quotes, "events": art.events}
    assert all(groups.values()), {k: len(v) for k, v in groups.items()}
    for items in groups.values():
        for x in items:
            assert plain(x) == asdict(x)
    # nested dataclasses (an event's actors, evidence, location) come out as dicts too
    ev = plain(art.events[0])
    assert isinstance(ev["evidence"], dict)


def test_containers_keep_their_kind() -> None:
    art = extract(_TEXT, published="2021-05-04")
    out = plain([art.entities, (1, "a"), {"k": art.timexes}])
    assert out == [[asdict(e) for e in art.entities], (1, "a"), {"k": [asdict(t) for t in art.timexes]}]
    assert isinstance(out[1], tuple)


def test_the_record_is_unchanged() -> None:
    art = extract(_TEXT, published="2021-05-04")
    rec = art.to_dict()
    for key in ("entities", "timexes", "quotes", "events", "links"):
        assert rec[key] == [asdict(x) for x in getattr(art, key)]
