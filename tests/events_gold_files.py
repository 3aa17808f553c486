"""Readers the held-out event-gold tests share (the gold JSONL, the corpus CSV, code tables)."""
from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

#: codes whose GDELT and CAMEO-manual names disagree; the annotation standard does not use them
AMBIGUOUS = {"105", "106", "107", "108"}


def jsonl(path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def csv_rows(path) -> list[dict[str, str]]:
    csv.field_size_limit(sys.maxsize)
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def first_column(path) -> set[str]:
    with open(path, encoding="utf-8") as fh:
        return {line.split("\t")[0].strip() for line in fh if line.strip()}


def check_scored_on_limit(result: dict, name: str, limit: int) -> None:
    """`evaluate(..., limit=limit)` scored and reported the set `name` on `limit` sentences."""
    from dateline.eval.events import format_report

    part = result[name]
    assert part["sentences"] == limit
    assert len(part["details"]) == limit
    assert {"exact", "country", "root"} <= set(part["scores"])
    assert name in format_report(result)


def check_fully_scored(result: dict, name: str, records: list[dict]) -> None:
    """A full `evaluate` scored every sentence and gold triple of the set `name`."""
    part = result[name]
    assert part["sentences"] == len(records)
    assert part["gold_triples"] == sum(len(r["events"]) for r in records)
    assert all(0.0 <= part["scores"][level]["f1"] <= 1.0 for level in ("exact", "country", "root"))


def check_codes_and_actors(data: Path, records: list[dict]) -> None:
    """Every gold event code is in the CAMEO codebook (and not one of the ambiguous 105-108),
    every actor is built from the GDELT lookup tables."""
    codes = first_column(data / "events" / "cameo" / "cameo_codebook.tsv")
    lookups = data / "gdelt" / "lookups"
    countries = first_column(lookups / "CAMEO.country.txt") | {"---"}
    roles = first_column(lookups / "CAMEO.type.txt")
    groups = first_column(lookups / "CAMEO.knowngroup.txt") | {"EUREEC"}

    def actor_ok(code: str) -> bool:
        if code[:3] in {"IGO", "NGO"} and code[3:] in groups:
            return True
        return code[:3] in countries and (code[3:] == "" or code[3:] in roles)

    for rec in records:
        for ev in rec["events"]:
            assert ev["event_code"] in codes and ev["event_code"] not in AMBIGUOUS, rec["id"]
            assert actor_ok(ev["source_actor"]) and actor_ok(ev["target_actor"]), rec["id"]


def check_spans_reproduced(data: Path, records: list[dict]) -> None:
    """Each loaded record's text is its span of its CSV row, trimmed, non-empty, with the row's date."""
    tables: dict[Path, list[dict]] = {}
    for rec in records:
        path = data / "corpus" / "wikinews" / rec["file"].rsplit("/", 1)[1]
        row = tables.setdefault(path, csv_rows(path))[rec["row"]]
        assert 0 <= rec["start"] < rec["end"] <= len(row["text"])
        assert rec["text"] == row["text"][rec["start"]:rec["end"]]
        assert rec["text"].strip() == rec["text"] and rec["text"]
        assert rec["date"] == row["date"]


def check_report_aligns(name: str) -> None:
    """The report's level column starts at the same place on every row, `name`'s halves included."""
    from dateline.eval.events import format_report

    scores = {level: {"precision": 0.5, "recall": 0.25, "f1": 1 / 3, "tp": 1, "fp": 1, "fn": 3}
              for level in ("exact", "country", "root")}
    part = {"scores": scores, "halves": {"A": scores, "B": scores}}
    rows = [line for line in format_report({"wikinews": part, name: part}).splitlines()
            if " exact " in line or " root " in line]
    assert any(line.startswith(f"{name}[B]") for line in rows)
    assert len({line.index(" exact ") if " exact " in line else line.index(" root ") for line in rows}) == 1


REUTERS_FIELDS = {"id", "file", "newid", "start", "end", "date", "events", "noevents", "confidence"}


def check_reuters_records(records: list[dict], prefix: str) -> None:
    """Offsets only (no sentence text in the repository), ids `<prefix>:<newid>-<start>`, unique
    ids and triples, `noevents` exactly when there is no event."""
    for rec in records:
        assert set(rec) == REUTERS_FIELDS
        assert rec["id"] == f"{prefix}:{rec['newid']}-{rec['start']}"
        assert rec["file"].startswith("reut2-") and rec["file"].endswith(".xml.gz")
        assert rec["noevents"] == (not rec["events"])
        assert rec["confidence"] in {"high", "medium"}
        triples = [tuple(ev.values()) for ev in rec["events"]]
        assert len(set(triples)) == len(triples)
    assert len({r["id"] for r in records}) == len(records)


CONLL_FIELDS = {"id", "file", "docno", "start", "end", "date", "events", "noevents", "confidence"}


def check_annotation_records(records: list[dict], span_fields) -> None:
    """An annotation file ships offsets and codes only: the span fields plus events, noevents and
    confidence (no sentence text in the repository), well-formed deduplicated triples, unique ids."""
    for rec in records:
        assert set(rec) == {*span_fields, "events", "noevents", "confidence"}, rec["id"]
        assert rec["noevents"] == (not rec["events"]), rec["id"]
        assert rec["confidence"] in {"high", "medium"}, rec["id"]
        assert all(set(ev) == {"source_actor", "event_code", "target_actor"} for ev in rec["events"]), rec["id"]
        triples = [(ev["source_actor"], ev["event_code"], ev["target_actor"]) for ev in rec["events"]]
        assert len(set(triples)) == len(triples), rec["id"]  # triples are deduplicated
    assert len({r["id"] for r in records}) == len(records)


WIKINEWS_SPAN_FIELDS = ("id", "file", "row", "start", "end", "date")


def check_wikinews_records(records: list[dict], prefix: str) -> None:
    """A Wikinews annotation file: offsets and codes only, ids "<prefix>:<csv year>-<row>-<start>"."""
    check_annotation_records(records, WIKINEWS_SPAN_FIELDS)
    for rec in records:
        year = re.search(r"wikinews_(\d{4})\.csv$", rec["file"]).group(1)
        assert rec["id"] == f"{prefix}:{year}-{rec['row']:03d}-{rec['start']}"


def check_conll_records(records: list[dict], prefix: str, source_file: str) -> None:
    """Offsets only (no sentence text), ids from docno and start, one source file, unique triples,
    and the no-event share of the other real-news sets: shared by the CoNLL dev and train sets."""
    check_annotation_records(records, CONLL_FIELDS - {"events", "noevents", "confidence"})
    for rec in records:
        assert rec["id"] == f"{prefix}:{rec['docno']}-{rec['start']}"
        assert rec["file"] == source_file
    share = sum(r["noevents"] for r in records) / len(records)
    assert 0.15 <= share <= 0.25


def check_conll_paragraph_runs(records: list[dict]) -> None:
    """Each loaded record is one whole body paragraph of its rebuilt document (never the headline
    or the dateline), dated by the dateline, in one run of 1-5 consecutive sentences per document."""
    runs: dict[int, list[int]] = {}
    for rec in records:
        art = rec["article"]
        paras = art.text.split("\n\n")
        assert rec["text"] in paras[1:] and rec["text"] == rec["text"].strip()
        assert rec["date"] == art.date and art.date not in rec["text"]
        runs.setdefault(rec["docno"], []).append(paras.index(rec["text"]))
    for docno, idx in runs.items():
        assert idx == list(range(idx[0], idx[0] + len(idx))), docno
        assert 1 <= len(idx) <= 5


def write_jsonl(folder: Path, *records: dict) -> Path:
    """A gold file of the given records in `folder`, for loader tests on made-up records."""
    path = Path(folder) / "gold.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def conll_data_dir(folder: Path, file_name: str, conll_text: str) -> Path:
    """A data dir holding one made-up CoNLL file under ner/, as the CoNLL loaders expect."""
    (Path(folder) / "ner").mkdir()
    (Path(folder) / "ner" / file_name).write_text(conll_text, encoding="utf-8")
    return Path(folder)


def check_same_spans(first, second, fields: tuple[str, ...]) -> None:
    """Two independent annotations of one span list cover the same spans in the same order, so
    `dateline eval agreement` compares like with like (no span dropped, added or moved)."""
    def spans(path) -> list[tuple]:
        return [tuple(rec[k] for k in fields) for rec in jsonl(path)]

    assert spans(first) == spans(second)
