"""The independent check of issue 8 through the real CLI: `dateline ingest` over a batch of
hostile files plus two good articles, into a temporary SQLite database.

Each bad file is named on its own one-line error, the good articles are stored once, the run
ends non-zero and no traceback reaches stderr; with --fail-fast the first failure ends it.
"""
from __future__ import annotations

import gzip
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from dateline.store import Store

GOOD_TEXT = (
    "Ferry talks resume in Tromso\n\n"
    "Transport ministers from Norway and Finland met in Tromso on Tuesday to restart talks on a "
    "winter ferry link across the fjord, a spokesman for the Norwegian ministry said.\n\n"
    "The two governments agreed to fund a study of the route and to meet again in Helsinki next "
    "month, according to a joint statement released after the meeting.\n"
)
GOOD_HTML = """<!doctype html><html><head><title>Dam deal signed</title>
<meta property="og:title" content="Dam deal signed in Vientiane">
<meta property="article:published_time" content="2025-05-14T08:00:00+00:00"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Dam deal signed in Vientiane</h1>
<p>The energy ministers of Laos and Thailand signed an agreement in Vientiane on Wednesday
to share power from a new hydroelectric dam on the Mekong river, officials said.</p>
<p>Under the deal Thailand will buy most of the electricity for twenty years, while Laos keeps
control of the reservoir, the Lao energy ministry said in a statement on its website.</p>
<p>Environmental groups in Bangkok criticised the project and asked both governments to publish
a full study of its effects on fishing communities downstream.</p>
</article><footer>Copyright 2025 Example Wire</footer></body></html>
"""


def hostile_files() -> dict[str, bytes]:
    rng = random.Random(8)
    lol = b'<!ENTITY lol "lol">' + b"".join(
        b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10) for i in range(1, 10))
    return {
        "empty.txt": b"",
        "random.bin": bytes(rng.randrange(256) for _ in range(8000)),
        "nul-laden.txt": b"Ministers met in Oslo on Monday.\x00\x00 They talked about fish.\x00" * 40,
        "truncated.txt.gz": gzip.compress(GOOD_TEXT.encode() * 30, mtime=0)[:-60],
        "broken.pdf": b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pa",
        "malformed.rss": b'<?xml version="1.0"?><rss version="2.0"><channel><title>Half a feed</ti',
        "deep.html": b"<html><body>" + b"<div>" * 60_000 + b"too deep" + b"</div>" * 60_000 + b"</body></html>",
        "billion-laughs.xml": b'<?xml version="1.0"?><!DOCTYPE lolz [' + lol + b"]><lolz>&lol9;</lolz>",
    }


def write_batch(folder: Path) -> tuple[list[Path], list[Path]]:
    folder.mkdir()
    bad = []
    for name, data in hostile_files().items():
        (folder / name).write_bytes(data)
        bad.append(folder / name)
    good = [folder / "ferry-talks.txt", folder / "dam-deal.html"]
    good[0].write_text(GOOD_TEXT, encoding="utf-8")
    good[1].write_text(GOOD_HTML, encoding="utf-8")
    return bad, good


def run_ingest(args: list[str], db: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    return subprocess.run([sys.executable, "-m", "dateline.cli.main", "ingest", *args, "--db", str(db)],
                          capture_output=True, text=True, timeout=600, env=env)


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    return write_batch(tmp_path_factory.mktemp("hostile") / "in")


def test_hostile_batch_names_each_bad_file_stores_the_good_ones_once(batch, tmp_path):
    bad, good = batch
    db = tmp_path / "news.db"
    res = run_ingest([str(p) for p in bad + good], db)
    assert res.returncode == 1, res.stderr
    assert "Traceback" not in res.stderr and "Traceback" not in res.stdout
    errors = [ln for ln in res.stderr.splitlines() if ln.strip()]
    assert len(errors) == len(bad), res.stderr
    for path in bad:
        assert sum(str(path) in ln for ln in errors) == 1, (path.name, res.stderr)
    for path in good:
        assert str(path) not in res.stderr
    assert "stored 2" in res.stdout and f"failed {len(bad)}" in res.stdout
    rerun = run_ingest([str(p) for p in good], db)  # the same good inputs again: nothing doubles
    assert rerun.returncode == 0 and "unchanged 2" in rerun.stdout, rerun.stdout + rerun.stderr
    with Store.open(str(db)) as store:
        assert store.counts().articles == 2
        paths = sorted(r["source"]["path"] for r in store.iter_records())
    assert paths == sorted(str(p) for p in good)


def test_fail_fast_stops_at_the_first_failure(batch, tmp_path):
    bad, good = batch
    db = tmp_path / "news.db"
    res = run_ingest(["--fail-fast", str(bad[1]), str(good[0]), str(bad[0]), str(good[1])], db)
    assert res.returncode != 0 and "Traceback" not in res.stderr
    errors = [ln for ln in res.stderr.splitlines() if ln.strip()]
    assert len(errors) == 1 and str(bad[1]) in errors[0], res.stderr
    with Store.open(str(db)) as store:
        assert store.counts().articles == 0  # nothing after the first failure was stored


def test_a_feed_cut_inside_its_first_item_is_named():
    from dateline.errors import DatelineError
    from dateline.ingest.sources import read_bytes

    data = b'<?xml version="1.0"?><rss version="2.0"><channel><title>Half</title><item><title>A'
    with pytest.raises(DatelineError) as err:
        list(read_bytes(data, "cut.rss"))
    assert str(err.value).startswith("cut.rss: ")


def test_the_per_article_time_limit_applies_in_the_cli_and_the_batch_goes_on(batch, tmp_path, monkeypatch):
    """A limit no article can meet: every article fails on its own line, nothing crashes."""
    _, good = batch
    monkeypatch.setenv("DATELINE_MAX_ARTICLE_SECONDS", "0.000001")
    res = run_ingest([str(p) for p in good], tmp_path / "news.db")
    assert res.returncode == 1 and "Traceback" not in res.stderr
    errors = [ln for ln in res.stderr.splitlines() if ln.strip()]
    assert len(errors) == 2 and all("per-article limit" in ln for ln in errors), res.stderr
    assert all(any(str(p) in ln for ln in errors) for p in good)
