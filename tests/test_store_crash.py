"""Crash safety: SIGKILL a writer mid-run, run it again: nothing lost, nothing doubled,
the database opens cleanly (SQLite WAL; PostgreSQL transactions)."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys

import pytest

from dateline.store import Store
from dateline.store.testing import BackendUnavailable, backend_url

N = 150

WRITER = """
import sys
from dateline.store import Store
from dateline.store.testing import numbered_article
with Store.open(sys.argv[1]) as store:
    for i in range(int(sys.argv[2])):
        store.put(numbered_article(i))
        print(i, flush=True)
"""


def _writer(url: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    return subprocess.Popen([sys.executable, "-c", WRITER, url, str(N)], stdout=subprocess.PIPE, text=True, env=env)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def url(request, tmp_path):
    try:
        return backend_url(request.param, tmp_path)
    except BackendUnavailable as exc:
        pytest.skip(str(exc))


def test_sigkill_mid_ingest_then_rerun_stores_every_article_exactly_once(url):
    Store.open(url).close()  # migrated before the race starts
    proc = _writer(url)
    for _ in range(30):  # let it store some, then kill it without warning
        proc.stdout.readline()
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    with Store.open(url) as store:
        partial = store.counts()
        assert 30 <= partial.articles < N and partial.events == partial.articles  # whole articles only
        assert partial.mentions == partial.articles
    rerun = _writer(url)
    out, _ = rerun.communicate(timeout=300)
    assert rerun.returncode == 0
    with Store.open(url) as store:
        c = store.counts()
        assert (c.articles, c.events, c.mentions) == (N, N, N)
        assert store.search("bridge", limit=1).total == N  # search index neither lost nor doubled
    if url.startswith("sqlite"):
        db = sqlite3.connect(url.split(":///", 1)[1])
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        db.close()


def test_two_writers_at_once_store_each_article_once(url):
    Store.open(url).close()
    procs = [_writer(url) for _ in range(2)]
    for p in procs:
        p.communicate(timeout=300)
        assert p.returncode == 0
    with Store.open(url) as store:
        c = store.counts()
        assert (c.articles, c.events) == (N, N)
