"""Exports from a real store: JSONL round-trips, CSV/Parquet tables, GDELT 2.0 TSV."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pyarrow.parquet as pq
import pytest

from dateline.export import EVENT_COLUMNS, write_csv, write_gdelt, write_jsonl, write_parquet
from dateline.export.gdelt import fraction_date, global_event_id, split_actor_code
from dateline.model import Article
from dateline.store.testing import example_articles

GDELT = "data/gdelt"


@pytest.fixture
def store(store_on_each_backend):
    for art in example_articles():
        store_on_each_backend.put(art)
    return store_on_each_backend


def test_jsonl_is_one_contract_record_per_article_and_round_trips(store):
    buf = io.StringIO()
    assert write_jsonl(store.iter_records(), buf) == 3
    lines = buf.getvalue().splitlines()
    originals = {a.id: a.to_dict() for a in example_articles()}
    for line in lines:
        rec = json.loads(line)
        assert Article.from_dict(rec).to_dict() == rec == originals[rec["id"]]


def test_csv_events_table(store):
    buf = io.StringIO()
    assert write_csv(store.iter_records(), buf) == 4
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert list(rows[0]) == [name for name, _ in EVENT_COLUMNS]
    consult = next(r for r in rows if r["code"] == "040")
    assert consult["source_code"] == "AUTGOV" and consult["sentence"].startswith("Austria's foreign minister")
    assert consult["code"] == "040"  # leading zero kept


def test_csv_articles_table_and_empty_header(store, tmp_path):
    buf = io.StringIO()
    assert write_csv(store.iter_records(), buf, "articles") == 3
    assert "Counting starts" in buf.getvalue()
    empty = io.StringIO()
    assert write_csv([], empty) == 0 and empty.getvalue().startswith("article_id,published,")


def test_parquet_is_readable_by_pyarrow(store, tmp_path):
    path = tmp_path / "events.parquet"
    assert write_parquet(store.iter_records(), path) == 4
    table = pq.read_table(path)
    assert table.num_rows == 4 and table.column_names == [name for name, _ in EVENT_COLUMNS]
    assert sorted(table.column("code").to_pylist()) == ["030", "040", "112", "190"]
    assert str(table.schema.field("goldstein").type) == "double"
    arts = tmp_path / "articles.parquet"
    write_parquet(store.iter_records(), arts, "articles")
    assert pq.read_table(arts).num_rows == 3
    empty = tmp_path / "empty.parquet"
    write_parquet([], empty)
    assert pq.read_table(empty).num_rows == 0


def _gdelt(store, tmp_path):
    added = dt.datetime(2024, 3, 12, 8, 15, tzinfo=dt.timezone.utc)
    ev_path, men_path, n = write_gdelt(store.iter_records(), tmp_path, lambda _id: added,
                                       now=dt.datetime(2024, 3, 12, 9, 0, tzinfo=dt.timezone.utc))
    assert ev_path.name == "20240312090000.export.CSV" and men_path.name == "20240312090000.mentions.CSV"
    events = [ln.split("\t") for ln in ev_path.read_text(encoding="utf-8").splitlines()]
    mentions = [ln.split("\t") for ln in men_path.read_text(encoding="utf-8").splitlines()]
    return n, events, mentions


def test_gdelt_events_have_61_columns_and_mentions_16(store, tmp_path):
    n, events, mentions = _gdelt(store, tmp_path)
    assert n == len(events) == len(mentions) == 4
    assert {len(r) for r in events} == {61} and {len(r) for r in mentions} == {16}
    assert [r[0] for r in events] == [r[0] for r in mentions]  # GLOBALEVENTID joins them


def test_gdelt_event_row_values(store, tmp_path):
    _, events, mentions = _gdelt(store, tmp_path)
    talks = example_articles()[0]
    row = next(r for r in events if r[26] == "040")
    assert row[0] == str(global_event_id(talks.id, 0))
    assert row[1:5] == ["20240305", "202403", "2024", "2024.1781"]  # (2 * 30 + 5) / 365
    assert row[5:8] == ["AUTGOV", "ANNA BERGER", "AUT"] and row[12] == "GOV"
    assert row[15:18] == ["HUNGOV", "LASZLO KOVACS", "HUN"]
    assert row[25:31] == ["1", "040", "040", "04", "1", "1.0"]  # root event: in the lead paragraph
    assert row[35] == row[43] == "0"  # no actor geo
    assert row[51:59] == ["4", "Vienna, Austria", "AU", "", "", "48.21", "16.37", ""]
    assert row[59] == "20240312081500" and row[60] == "https://news.example.org/a/talks"
    later = next(r for r in events if r[26] == "030")
    assert later[25] == "0" and later[1] == "20240305"  # "2024-04" is not a day: published day
    men = next(r for r in mentions if r[0] == row[0])
    assert men[3:6] == ["1", "news.example.org", "https://news.example.org/a/talks"]
    assert men[6] == "1"  # first sentence
    assert men[7] == str(talks.text.index("Anna Berger")) and men[8] == str(talks.text.index("Laszlo Kovacs"))
    assert men[9] == str(talks.text.index("met")) and men[11] == "80" and men[12] == str(len(talks.text))
    men_later = next(r for r in mentions if r[0] == later[0])
    assert men_later[6] == "3"


def test_gdelt_row_for_a_file_source_and_a_target_without_entity_mention(store, tmp_path):
    _, events, mentions = _gdelt(store, tmp_path)
    accuse = next(r for r in events if r[26] == "112")
    assert accuse[60] == "/data/clash.html" and accuse[30] == "-2.0" and accuse[29] == "3"
    men = next(r for r in mentions if r[0] == accuse[0])
    assert men[3] == "2" and men[4] == "Northern Wire"  # citation-only source
    assert men[9] == str(example_articles()[1].text.index("accused"))


# -- checked against GDELT's own files -----------------------------------------------------

def _sample_rows(shared):
    path = shared / GDELT / "samples" / "20150218230000.export.CSV"
    with open(path, encoding="utf-8") as fh:
        return [ln.rstrip("\n").split("\t") for ln in fh]


def test_actor_code_split_matches_every_actor_in_the_gdelt_sample(shared):
    checked = 0
    for row in _sample_rows(shared):
        for base in (5, 15):
            if row[base]:
                c = split_actor_code(row[base])
                got = [c.country, c.group, c.ethnic, c.religion1, c.religion2, c.type1, c.type2, c.type3]
                assert got == row[base + 2:base + 10], row[base]
                checked += 1
    assert checked > 3000


def test_fraction_date_matches_the_gdelt_sample(shared):
    for row in _sample_rows(shared):
        day = dt.datetime.strptime(row[1], "%Y%m%d").date()
        assert fraction_date(day) == row[4]


def test_column_count_matches_the_column_specs(shared):
    spec = (shared / GDELT / "events_v2_columns.csv").read_text(encoding="utf-8")
    assert sum(1 for r in csv.DictReader(io.StringIO(spec))) == 61
    men = (shared / GDELT / "mentions_v2_columns.csv").read_text(encoding="utf-8")
    assert sum(1 for r in csv.DictReader(io.StringIO(men))) == 16
