"""Golden tests: every bundled sample cleans to exactly its reviewed tests/golden/<name>.json.

After a deliberate cleaner change, regenerate with scripts/regen-goldens and review the diff.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.clean.golden import GOLDEN_FIELDS, golden_record

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))


def test_at_least_eight_samples_each_with_a_golden():
    assert len(SAMPLES) >= 8
    missing = [p.name for p in SAMPLES if not (ROOT / "tests" / "golden" / f"{p.stem}.json").exists()]
    assert not missing, f"no golden for {missing}: run scripts/regen-goldens"


@pytest.mark.parametrize("path", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_sample_matches_golden(path: Path):
    golden = json.loads((ROOT / "tests" / "golden" / f"{path.stem}.json").read_text(encoding="utf-8"))
    got = golden_record(path)
    assert set(golden) == set(GOLDEN_FIELDS)
    for key in GOLDEN_FIELDS:
        assert got[key] == golden[key], f"{path.name}: {key} differs from its golden"


def test_goldens_cover_the_noise_the_brief_lists():
    """The sample set as a whole exercises every kind of noise (guards against losing one)."""
    records = [golden_record(p) for p in SAMPLES]
    assert any(r["dateline"] for r in records)
    assert any(r["published"] is None for r in records)
    assert any(len(r["links"]) >= 3 for r in records)
    assert any(r["credit"] for r in records)
    assert any(r["contributors"] for r in records)
    assert any(r["headline"] is None for r in records)
    assert any("truncated" in w for r in records for w in r["warnings"])
    assert any("after the publication date" in w for r in records for w in r["warnings"])
