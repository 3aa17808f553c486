"""The CLI through a real subprocess: one JSON object, one-line errors, exit codes."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

DATELINE = [sys.executable, "-m", "dateline.cli.main"]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*DATELINE, *args], capture_output=True, text=True, timeout=300)


def test_extract_one_path_gives_exactly_one_json_object(tmp_path: Path):
    p = tmp_path / "a.txt"
    p.write_text("Talks in Geneva\n\nThe foreign ministers of France and Iran met in Geneva on Monday.\n")
    res = run("extract", str(p), "--format", "json")
    assert res.returncode == 0, res.stderr
    rec = json.loads(res.stdout)
    assert isinstance(rec, dict) and rec["source"]["path"] == str(p)


def test_bad_inputs_give_one_line_each_and_the_batch_goes_on(tmp_path: Path):
    good = tmp_path / "good.txt"
    good.write_text("Germany and Poland signed a border treaty in Berlin on Friday, officials said.\n")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\x00\x01\x02garbage\x00" * 50)
    res = run("extract", str(empty), str(good), str(binary), "--format", "jsonl")
    assert res.returncode == 1
    errs = [ln for ln in res.stderr.splitlines() if ln.strip()]
    assert len(errs) == 2 and "Traceback" not in res.stderr
    assert str(empty) in errs[0] and "empty" in errs[0]
    assert str(binary) in errs[1] and "binary" in errs[1]
    recs = [json.loads(ln) for ln in res.stdout.splitlines()]
    assert len(recs) == 1 and "Poland" in recs[0]["text"]


def test_demo_ingests_every_bundled_sample_once(tmp_path: Path):
    """The README's main job (without the server): every sample stored, a re-run stores nothing new."""
    import re

    root = Path(__file__).resolve().parent.parent
    samples = [p for p in (root / "samples").iterdir() if p.is_file()]
    db = tmp_path / "demo.db"

    def summary(res: subprocess.CompletedProcess[str]) -> dict[str, int]:
        assert res.returncode == 0, res.stderr[-2000:]
        m = re.search(r"stored (\d+), replaced (\d+), unchanged (\d+), failed (\d+)", " ".join(res.stdout.split()))
        assert m, res.stdout[-1000:]
        return dict(zip(("stored", "replaced", "unchanged", "failed"), map(int, m.groups())))

    first = summary(run("demo", "--no-serve", "--samples", str(root / "samples"), "--db", str(db)))
    assert first["stored"] >= len(samples) and first["failed"] == 0  # a feed or WARC holds several
    again = summary(run("demo", "--no-serve", "--samples", str(root / "samples"), "--db", str(db)))
    assert again == {"stored": 0, "replaced": 0, "unchanged": first["stored"], "failed": 0}
