"""Parallel runners give the same records as a plain in-process run."""
from __future__ import annotations

from pathlib import Path

import pytest

from dateline.scale.local import process_parallel
from dateline.scale.parquet_parts import read_records

STORIES = [
    "Border talks\n\nThe foreign ministers of India and China met in New Delhi on Monday to discuss the border.",
    "Aid pledge\n\nGermany pledged new aid to Ukraine on Friday, the chancellor said in Berlin.",
    "Navy drill\n\nJapan and the United States held a joint naval exercise near Okinawa last week.",
    "Embassy protest\n\nProtesters gathered outside the French embassy in Tehran on Sunday, witnesses said.",
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[str]:
    d = tmp_path_factory.mktemp("corpus")
    paths = []
    for i, story in enumerate(STORIES * 3):
        p = d / f"{i:02d}.txt"
        p.write_text(story.replace("Monday", ["Monday", "Tuesday", "Friday"][i % 3]) + f" Ref {i}.")
        paths.append(str(p))
    bad = d / "zz-empty.txt"
    bad.write_bytes(b"")
    paths.append(str(bad))
    return paths


def _records(results):
    return [(r.origin, r.error, r.records) for r in results]


def test_two_worker_processes_match_one(corpus):
    one = _records(process_parallel(corpus, workers=1))
    two = _records(process_parallel(corpus, workers=2, chunk_size=3))
    assert one == two
    assert len(one) == len(corpus)
    assert one[-1][1] is not None and "empty" in one[-1][1]
    assert all(recs for _, err, recs in one if err is None)


def test_dask_local_cluster_matches_local_run_and_writes_parquet(corpus, tmp_path: Path):
    pytest.importorskip("dask.distributed")
    from dateline.scale.dask_runner import connect, run_on_dask

    local = list(process_parallel(corpus, workers=1))
    client = connect("local", n_workers=2)
    try:
        remote = list(run_on_dask(corpus, client=client, out_dir=tmp_path / "parts", chunk_size=4))
    finally:
        client.close()
        client.cluster.close()
    assert _records(remote) == _records(local)
    stored = read_records(tmp_path / "parts")
    assert stored == [rec for r in local for rec in r.records]
