"""`dateline ingest` with --workers N and --dask through the real CLI: the same records as
a one-process run (compared with each other, never with fixed extraction output)."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from dateline.store import Store
from test_scale import write_corpus

DATELINE = [sys.executable, "-m", "dateline.cli.main"]
SUMMARY = re.compile(r"^stored (\d+), replaced 0, unchanged 0, failed 2 in [\d.]+ s \([\d.]+ articles/s\) \(")


def cli(*args: str):
    from typer.testing import CliRunner

    from dateline.cli.main import app

    return CliRunner().invoke(app, list(args), catch_exceptions=False)


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    return subprocess.run([*DATELINE, *args], capture_output=True, text=True, timeout=600, env=env, cwd=cwd)


def records(db: Path) -> list[dict]:
    with Store.open(str(db), create=False) as store:
        return sorted(store.iter_records(), key=lambda r: r["id"])


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("news") / "in"
    write_corpus(folder, n=10)
    (folder / "zz-empty.txt").write_bytes(b"")  # unreadable: fails where the inputs are read
    (folder / "zz-stub.txt").write_text("Page not found.\n")  # fails where articles are cleaned
    return folder


@pytest.fixture(scope="module")
def one_process(corpus, tmp_path_factory, pipeline) -> list[dict]:
    db = tmp_path_factory.mktemp("one") / "one.db"
    res = cli("ingest", str(corpus), "--db", str(db), "--workers", "1")
    assert res.exit_code == 1 and SUMMARY.match(res.stdout), res.output
    recs = records(db)
    assert len(recs) == 10
    return recs


def test_two_workers_through_the_cli_equal_one(corpus, one_process, tmp_path):
    db = tmp_path / "two.db"
    res = run("ingest", str(corpus), "--db", str(db), "--workers", "2", "-v")
    assert res.returncode == 1 and "Traceback" not in res.stderr
    m = SUMMARY.match(res.stdout)
    assert m and m.group(1) == "10", res.stdout
    stored = [ln.split(": ", 1)[1] for ln in res.stderr.splitlines() if ln.startswith("stored: ")]
    assert stored == sorted(stored) and len(stored) == 10  # stored in input order
    assert "\x1b[" not in res.stderr  # no progress bar when stderr is not a terminal
    assert records(db) == one_process


def test_dask_local_cluster_equals_local_run_db_and_parquet(corpus, one_process, tmp_path):
    pytest.importorskip("dask.distributed")
    from dateline.scale.parquet_parts import read_records

    db, parts = tmp_path / "dask.db", tmp_path / "parts"
    res = cli("ingest", str(corpus), "--dask", "local", "--workers", "2", "--db", str(db), "--out", str(parts))
    assert res.exit_code == 1 and SUMMARY.match(res.stdout), res.output
    assert records(db) == one_process
    assert sorted(read_records(parts), key=lambda r: r["id"]) == one_process
    assert all(r["pipeline_version"] == one_process[0]["pipeline_version"] for r in read_records(parts))


def test_dask_parquet_only_without_db(corpus, one_process, tmp_path):
    pytest.importorskip("dask.distributed")
    from dateline.scale.parquet_parts import read_records

    parts = tmp_path / "only"
    res = run("ingest", str(corpus), "--dask", "local", "--workers", "2", "--out", str(parts), cwd=tmp_path)
    assert res.returncode == 1 and "Traceback" not in res.stderr, res.stderr
    assert "parquet: " in res.stdout and not (tmp_path / "dateline.db").exists()
    # Parquet only: the workers clean, with the same rules and messages as a local run
    assert re.search(r"zz-stub\.txt: no article text: 3 words, fewer than 20", res.stderr), res.stderr
    assert sorted(read_records(parts), key=lambda r: r["id"]) == one_process
    assert [r["id"] for r in read_records(parts)] == [r["id"] for r in _in_input_order(one_process)]


def _in_input_order(recs: list[dict]) -> list[dict]:
    return sorted(recs, key=lambda r: r["source"]["path"])


def test_out_without_dask_is_a_one_line_error(corpus, tmp_path):
    res = run("ingest", str(corpus), "--out", str(tmp_path / "p"))
    assert res.returncode == 1 and res.stderr.strip().count("\n") == 0 and "--out needs --dask" in res.stderr


def test_missing_dask_is_a_one_line_config_error(monkeypatch):
    from dateline.errors import ConfigError
    from dateline.scale.dask_runner import connect

    monkeypatch.setitem(sys.modules, "dask.distributed", None)  # import now raises ImportError
    with pytest.raises(ConfigError, match=r"pip install 'dateline\[dask\]'"):
        connect("local")


def test_per_article_limits_apply_in_the_parallel_path(tmp_path: Path):
    """Regression: the parallel path annotated without Pipeline's time and length limits."""
    folder = tmp_path / "in"
    folder.mkdir()
    body = " ".join(f"Officials from Chile and Peru met in Lima on day {i} to discuss the fishing accord."
                    for i in range(400))
    (folder / "long.txt").write_text("Long talks\n\n" + body + "\n")
    (folder / "short.txt").write_text("Short talks\n\n" + body[:600] + "\n")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path), "DATELINE_MAX_ARTICLE_CHARS": "5000"}
    res = subprocess.run([*DATELINE, "ingest", str(folder), "--db", str(tmp_path / "a.db"), "--workers", "2",
                          "--quiet"], capture_output=True, text=True, timeout=600, env=env)
    assert res.returncode == 0, res.stderr
    stored = records(tmp_path / "a.db")
    long_rec = next(r for r in stored if r["source"]["path"].endswith("long.txt"))
    assert len(long_rec["text"]) <= 5000 and any("cut" in w for w in long_rec["warnings"])
    env["DATELINE_MAX_ARTICLE_SECONDS"] = "0.000001"
    res = subprocess.run([*DATELINE, "ingest", str(folder), "--db", str(tmp_path / "b.db"), "--workers", "2",
                          "--quiet"], capture_output=True, text=True, timeout=600, env=env)
    errors = [ln for ln in res.stderr.splitlines() if ln.strip()]
    assert res.returncode == 1 and len(errors) == 2 and all("per-article limit" in ln for ln in errors), res.stderr
