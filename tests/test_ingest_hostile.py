"""A batch of hostile files plus two good articles through the real CLI: each bad file is named
on one line, the good ones come out, the exit code is non-zero, and there is no traceback."""
from __future__ import annotations

import gzip
import json
import os
import random
import subprocess
import sys
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def hostile_files(folder: Path) -> dict[str, bytes]:
    rng = random.Random(7)
    return {
        "empty.txt": b"",
        "random.bin": bytes(rng.randrange(256) for _ in range(5000)),
        "nul.txt": b"Ministers met in Oslo.\x00\x00\x00 They talked." * 20,
        "truncated.txt.gz": gzip.compress(b"Talks in Oslo ended on Monday. " * 200, mtime=0)[:-40],
        "broken.pdf": (SAMPLES / "norway-bangladesh-flood-aid.pdf").read_bytes()[:600],
        "malformed.rss": b'<?xml version="1.0"?><rss version="2.0"><channel><title>Half a feed</ti',
        "deep.html": b"<html><body>" + b"<div>" * 60_000 + b"deep" + b"</div>" * 60_000 + b"</body></html>",
        "lolz.xml": (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
                     b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
                     b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
                     b"<lolz>&lol3;</lolz>"),
        "bomb.html.gz": gzip.compress(b" " * (40 * 1024 * 1024), mtime=0),
    }


def test_hostile_batch_names_each_bad_file_and_keeps_the_good_ones(tmp_path: Path):
    bad = hostile_files(tmp_path)
    for name, data in bad.items():
        (tmp_path / name).write_bytes(data)
    good_text = tmp_path / "good.txt"
    good_text.write_text("Talks in Oslo\n\nThe foreign ministers of Norway and Sweden met in Oslo on Monday "
                         "to discuss fishing quotas in the Barents Sea, officials said.\n")
    good_html = SAMPLES / "kenya-tanzania-border.html"
    args = [str(tmp_path / n) for n in bad] + [str(good_text), str(good_html)]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(Path("src").resolve()),
                                                                     os.environ.get("PYTHONPATH")]))}
    res = subprocess.run([sys.executable, "-m", "dateline.cli.main", "extract", *args, "--format", "jsonl"],
                         capture_output=True, text=True, timeout=600, env=env)
    assert res.returncode != 0
    assert "Traceback" not in res.stderr
    errors = [ln for ln in res.stderr.splitlines() if ln.strip()]
    assert len(errors) == len(bad), res.stderr
    for name in bad:
        assert sum(str(tmp_path / name) in ln for ln in errors) == 1, name
    records = [json.loads(ln) for ln in res.stdout.splitlines() if ln.strip()]
    assert len(records) == 2
    assert "Barents Sea" in records[0]["text"] and "Namanga" in records[1]["text"]
