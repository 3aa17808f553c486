"""`dateline ingest` killed with SIGKILL mid-run, then run again: every article stored
exactly once, no traceback, the database opens cleanly."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from dateline.store import Store

N = 160  # several chunks of 32 (one transaction each), so the kill lands mid-run


def _corpus(folder: Path, n: int = N) -> None:
    folder.mkdir()
    for i in range(n):
        (folder / f"{i:03d}.txt").write_text(
            f"Harbour works, part {i}\n\nWorkers in the port of Bergen finished section {i} of the new quay on "
            f"Wednesday, the harbour authority said. The section cost {i + 3} million crowns and took "
            f"{i % 9 + 2} months to build, according to a statement.\n", encoding="utf-8")


def _ingest(folder: Path, db: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    # Ctrl-C is the default action in the child, however the tests were started: a shell that runs
    # a command in the background (`bash .ci/run &`) starts it with SIGINT ignored, the child
    # inherits that, and Python then installs no KeyboardInterrupt handler at all.
    return subprocess.Popen([sys.executable, "-m", "dateline.cli.main", "ingest", str(folder), "--db", str(db), "-v"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))


def test_sigkill_during_cli_ingest_then_rerun(tmp_path):
    corpus, db = tmp_path / "corpus", tmp_path / "news.db"
    _corpus(corpus)
    proc = _ingest(corpus, db)
    done = 0
    while done < 5:  # wait until some articles are stored, then kill without warning
        line = proc.stderr.readline()
        assert line, "ingest ended before it could be killed"
        done += line.startswith("stored:")
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    with Store.open(str(db)) as store:
        assert 5 <= store.counts().articles < N
    rerun = _ingest(corpus, db)
    out, err = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, err
    assert "Traceback" not in err and out.startswith("stored ") and "failed 0" in out
    with Store.open(str(db)) as store:
        assert store.counts().articles == N
        assert store.search("quay", limit=1).total == N
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*), count(DISTINCT source_path) FROM articles").fetchone() == (N, N)
    conn.close()


def test_ctrl_c_prints_the_summary_and_a_rerun_finishes(tmp_path):
    corpus, db = tmp_path / "corpus", tmp_path / "news.db"
    # Three times the corpus: on a loaded machine the signal can arrive a second or more after the
    # first "stored:" line, and the run must still be going when it does.
    _corpus(corpus, 3 * N)
    proc = _ingest(corpus, db)
    while not proc.stderr.readline().startswith("stored:"):
        pass
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 130 and "Traceback" not in err
    assert out.startswith("stored ") and "run the same command again" in err
    rerun = _ingest(corpus, db)
    rerun.communicate(timeout=600)
    with Store.open(str(db)) as store:
        assert store.counts().articles == 3 * N
