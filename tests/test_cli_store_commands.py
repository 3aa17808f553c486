"""The store commands through a real subprocess: ingest, search, events, show, export."""
from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from dateline.store import Store
from dateline.store.testing import BackendUnavailable, example_articles, postgres_url

DATELINE = [sys.executable, "-m", "dateline.cli.main"]


def cli(*args: str):
    """In-process run of a command that is expected to succeed (faster than a subprocess)."""
    from typer.testing import CliRunner

    from dateline.cli.main import app

    res = CliRunner().invoke(app, list(args), env={"COLUMNS": "200"}, catch_exceptions=False)
    assert res.exit_code == 0, res.output
    return res


def run(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path), "COLUMNS": "200", **(env or {})}
    return subprocess.run([*DATELINE, *args], capture_output=True, text=True, timeout=300, cwd=cwd, env=full_env)


@pytest.fixture
def db(tmp_path) -> str:
    """A SQLite file holding the hand-made example articles."""
    path = str(tmp_path / "store.db")
    with Store.open(path) as store:
        for art in example_articles():
            store.put(art)
    return path


def _write_inputs(folder: Path) -> None:
    folder.mkdir()
    (folder / "a.txt").write_text("Ministers agree on river plan\n\nThe foreign ministers of Austria and Hungary "
                                  "met in Vienna on Tuesday to discuss shipping on the Danube. Both governments "
                                  "said they would sign an agreement next month.\n")
    (folder / "b.txt").write_text("Students march in Lima\n\nThousands of students marched through Lima on "
                                  "Saturday to demand lower tuition fees. Police used tear gas near the Congress "
                                  "building, witnesses said.\n")
    (folder / "empty.txt").write_bytes(b"")


def test_ingest_default_database_is_dateline_db_in_the_current_folder(tmp_path):
    _write_inputs(tmp_path / "in")
    res = run("ingest", "in", cwd=tmp_path, env={"DATELINE_DB": ""})
    assert res.returncode == 1 and "Traceback" not in res.stderr
    assert res.stdout.startswith("stored 2, replaced 0, unchanged 0, failed 1")
    errors = [ln for ln in res.stderr.splitlines() if ln.strip()]
    assert len(errors) == 1 and "empty.txt" in errors[0]
    assert (tmp_path / "dateline.db").exists()
    again = run("ingest", "in/a.txt", "in/b.txt", "--json", cwd=tmp_path, env={"DATELINE_DB": ""})
    assert again.returncode == 0
    assert json.loads(again.stdout)["unchanged"] == 2 and json.loads(again.stdout)["stored"] == 0


def test_ingest_into_postgresql_url(tmp_path):
    try:
        url = postgres_url()
    except BackendUnavailable as exc:
        pytest.skip(str(exc))
    _write_inputs(tmp_path / "in")
    plain = url.replace("postgresql+psycopg://", "postgresql://")  # what users type
    res = run("ingest", str(tmp_path / "in" / "a.txt"), "--db", plain)
    assert res.returncode == 0, res.stderr
    assert run("search", "Danube", "--db", plain, "--json").stdout.count('"id"') == 1


def test_db_from_environment(db, tmp_path):
    res = run("search", "aggression", "--json", env={"DATELINE_DB": db})
    assert res.returncode == 0, res.stderr
    assert [a["headline"] for a in json.loads(res.stdout)["items"]] == ["Shots fired near Jan Mayen"]


def test_search_table_and_json(db):
    res = cli("search", "talks", "--db", db)
    assert "Ministers hold river talks" in res.stdout and "1 articles" in res.stdout
    page = json.loads(cli("search", "", "--country", "NOR", "--db", db, "--json").stdout)
    assert page["total"] == 1 and page["items"][0]["events"] == 2


def test_events_with_filters(db):
    out = json.loads(cli("events", "--actor", "Berger", "--since", "2024-03-01", "--until", "2024-03-05",
                         "--db", db, "--json").stdout)
    assert sorted(e["code"] for e in out["items"]) == ["030", "040"]
    assert out["items"][0]["sentence"]
    out = json.loads(cli("events", "--country", "ISL", "--code", "19", "--db", db, "--json").stdout)
    assert [e["label"] for e in out["items"]] == ["Use conventional military force"]
    table = cli("events", "--place", "Vienna", "--db", db)
    assert "Consult" in table.stdout and "2 events" in table.stdout


def test_bad_option_values_are_one_line_errors(db, tmp_path):
    res = run("events", "--since", "03/05/2024", "--db", db)
    assert res.returncode == 1 and res.stderr.strip().count("\n") == 0 and "ISO date" in res.stderr
    res = run("search", "x", "--db", str(tmp_path / "nothing.db"))
    assert res.returncode == 1 and "no database at" in res.stderr and "Traceback" not in res.stderr
    assert not (tmp_path / "nothing.db").exists()


def test_show_json_is_the_contract_record(db):
    talks = example_articles()[0]
    res = cli("show", talks.id, "--db", db, "--json")
    assert json.loads(res.stdout) == talks.to_dict()
    summary = cli("show", talks.id, "--db", db)
    assert "Ministers hold river talks" in summary.stdout and "Anna Berger" in summary.stdout
    missing = run("show", "0000", "--db", db)
    assert missing.returncode == 1 and "no stored article has id '0000'" in missing.stderr


def test_export_every_format(db, tmp_path):
    res = cli("export", "--db", db, "--format", "jsonl")
    assert len(res.stdout.splitlines()) == 3
    res = cli("export", "--db", db, "--format", "csv", "--table", "articles", "--out", str(tmp_path / "a.csv"))
    assert len(list(csv.DictReader(open(tmp_path / "a.csv", newline="")))) == 3
    res = cli("export", "--db", db, "--format", "parquet", "--out", str(tmp_path / "e.parquet"))
    assert pq.read_table(tmp_path / "e.parquet").num_rows == 4
    res = cli("export", "--db", db, "--format", "gdelt", "--out", str(tmp_path / "g"), "--country", "NOR")
    exported = sorted(p.name.split(".", 1)[1] for p in (tmp_path / "g").iterdir())
    assert exported == ["export.CSV", "mentions.CSV"]
    rows = next((tmp_path / "g").glob("*.export.CSV")).read_text().splitlines()
    assert len(rows) == 2 and all(len(r.split("\t")) == 61 for r in rows)
    res = run("export", "--db", db, "--format", "parquet")
    assert res.returncode == 1 and "needs --out" in res.stderr
