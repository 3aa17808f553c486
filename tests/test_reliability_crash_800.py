"""SIGKILL during an 800-article `dateline ingest`, then the same command again: all 800
stored exactly once and the database passes SQLite's integrity check (issue 8's check).

Slow with the real pipeline (minutes on 2 cores), so @slow; the default suite relies on the
store's own 40-article kill test (tests/test_cli_store_crash.py). Result: docs/reliability.md.
"""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dateline.store import Store

N = 800
PLACES = ["Bergen", "Tromso", "Oulu", "Gdansk", "Riga", "Tallinn", "Malmo", "Aarhus", "Turku", "Narvik"]
WORKS = ["quay", "bridge", "ferry terminal", "rail link", "grain silo", "breakwater", "dry dock", "fish market"]


def write_corpus(folder: Path, n: int = N) -> None:
    """n short, distinct articles (each has its own number, place, work and figures)."""
    folder.mkdir()
    for i in range(n):
        place, work = PLACES[i % len(PLACES)], WORKS[(i // len(PLACES)) % len(WORKS)]
        (folder / f"{i:04d}.txt").write_text(
            f"{work.capitalize()} number {i} opens in {place}\n\n"
            f"Engineers in {place} finished the {work} numbered {i} on Wednesday, the port authority said. "
            f"It cost {i * 7 % 97 + 3} million crowns and took {i % 11 + 2} months to build, according to "
            f"a statement from the city council, which approved project {i} in {2000 + i % 24}.\n",
            encoding="utf-8")


def start_ingest(folder: Path, db: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    return subprocess.Popen([sys.executable, "-m", "dateline.cli.main", "ingest", str(folder), "--db", str(db), "-v"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def kill_after(proc: subprocess.Popen[str], stored: int) -> int:
    """SIGKILL once `stored` articles have been reported stored; returns how many were seen."""
    seen = 0
    while seen < stored:
        line = proc.stderr.readline()
        assert line, "ingest ended before it could be killed"
        seen += line.startswith("stored:")
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    return seen


@pytest.mark.slow
def test_sigkill_during_an_800_article_ingest_then_rerun_stores_all_exactly_once(tmp_path):
    corpus, db = tmp_path / "corpus", tmp_path / "news.db"
    write_corpus(corpus)
    started = time.monotonic()
    seen = kill_after(start_ingest(corpus, db), stored=N * 3 // 8)
    killed_at = time.monotonic() - started
    with Store.open(str(db)) as store:
        before = store.counts().articles
    assert seen <= before < N  # what was reported stored survived the kill
    rerun = start_ingest(corpus, db)
    out, err = rerun.communicate(timeout=3600)
    assert rerun.returncode == 0, err[-2000:]
    assert "Traceback" not in err and f"stored {N - before}," in out and f"unchanged {before}," in out, out
    with Store.open(str(db)) as store:
        assert store.counts().articles == N
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*), count(DISTINCT id), count(DISTINCT source_path) FROM articles"
                            ).fetchone() == (N, N, N)
    print(f"\nkilled after {killed_at:.0f} s with {before} stored; rerun stored {N - before}, "
          f"total {time.monotonic() - started:.0f} s")
