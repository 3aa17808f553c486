"""Runners and input walking: ordered results, bounded in-flight work, failure isolation.

Assertions compare runs with each other (or count stored/failed), never fixed extraction
output: colleagues improve the stages in parallel.
"""
from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from dateline.pipeline import Pipeline
from dateline.scale.inputs import count_inputs, iter_paths
from dateline.scale.local import ProcessPool, chunked
from dateline.scale.progress import IngestProgress
from dateline.store import Store
from dateline.store.ingest import ingest

STORIES = [
    "Border talks\n\nThe foreign ministers of India and China met in New Delhi on Monday to discuss the border "
    "dispute. Both sides said the talks were useful and agreed to meet again next month.",
    "Aid pledge\n\nGermany pledged new aid to Ukraine on Friday, the chancellor said in Berlin after a meeting "
    "with the prime minister. The package includes money for schools and hospitals.",
    "Navy drill\n\nJapan and the United States held a joint naval exercise near Okinawa last week, officials "
    "said on Sunday. Ten ships and two submarines took part in the drill.",
    "Embassy protest\n\nProtesters gathered outside the French embassy in Tehran on Sunday, witnesses said. "
    "Police blocked the road and asked the crowd to leave before nightfall.",
]


def write_corpus(folder: Path, n: int = 12) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        p = folder / f"{i:03d}.txt"
        p.write_text(STORIES[i % 4].replace("month", f"month, report {i}") + f" Reference {i}.\n", encoding="utf-8")
        paths.append(p)
    return paths


def exploding_stage(doc, article):
    """A stage with a bug that only some inputs trigger (runs inside worker processes)."""
    if "submarines" in article.text:
        raise RuntimeError("stage bug")
    return []


def dying_stage(doc, article):
    """A stage that kills its worker process outright (a segfault, the OOM killer)."""
    if "Reference 5." in article.text:
        os._exit(3)
    return []


def _pipelines_loaded() -> int:
    from dateline.scale import work

    return len(work._PIPELINES)


def test_chunked_is_lazy():
    pulled = []

    def gen():
        for i in range(10):
            pulled.append(i)
            yield i

    chunks = chunked(gen(), 3)
    assert next(chunks) == [0, 1, 2] and len(pulled) == 3
    assert list(chunks) == [[3, 4, 5], [6, 7, 8], [9]]


def test_iter_paths_streams_the_same_order_as_iter_sources(tmp_path):
    from dateline.ingest.sources import iter_sources

    for rel in ["b.txt", "a/z.txt", "a/b/c.txt", "a/b.txt", "a-1.txt", ".hidden", "a/.x/y.txt", "c/d/e/f.txt"]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x")
    assert list(iter_paths(str(tmp_path))) == list(iter_sources([str(tmp_path)]))
    assert count_inputs([str(tmp_path), str(tmp_path / "b.txt")]) == len(list(iter_paths(str(tmp_path)))) + 1


def test_parallel_ingest_stores_in_input_order_and_equals_in_process(tmp_path, pipeline):
    paths = [str(p) for p in write_corpus(tmp_path / "in")]
    order = []
    with Store.open(str(tmp_path / "one.db")) as one, Store.open(str(tmp_path / "two.db")) as two:
        r1 = ingest(one, paths, pipeline=pipeline)
        r2 = ingest(two, paths, workers=2, chunk_size=2, on_result=lambda origin, res: order.append(origin))
        assert (r1.stored, r1.failed) == (r2.stored, r2.failed) == (len(paths), 0)
        assert order == paths
        assert sorted(one.iter_records(), key=lambda r: r["id"]) == sorted(two.iter_records(), key=lambda r: r["id"])


def _ingest_counting_ahead(tmp_path, *, n, workers, chunk):
    """Ingest n articles from a generator; record, at each pull, how far the inputs read run
    ahead of the results reported."""
    paths = [str(p) for p in write_corpus(tmp_path / "in", n=n)]
    pulled, reported, ahead = [0], [0], []

    def inputs():
        for p in paths:
            pulled[0] += 1
            ahead.append(pulled[0] - reported[0])
            yield p

    def seen(origin, result):
        reported[0] += 1

    with Store.open(str(tmp_path / "t.db")) as store:
        rep = ingest(store, inputs(), workers=workers, chunk_size=chunk, on_result=seen)
    return rep, ahead, len(paths)


def test_in_flight_work_is_bounded(tmp_path, monkeypatch):
    """A generator of inputs is never consumed more than slots*chunk (+ the read-ahead) ahead
    of the results."""
    import dateline.store.ingest as ingest_mod

    monkeypatch.setattr(ingest_mod, "READ_AHEAD", 3)
    workers, chunk = 2, 2
    rep, ahead, n = _ingest_counting_ahead(tmp_path, n=16, workers=workers, chunk=chunk)
    assert rep.stored == n
    slots = 2 * workers
    assert max(ahead) <= slots * chunk + 3 + 1
    assert max(ahead) > chunk  # it did run ahead: workers were kept busy


def test_a_stage_crash_inside_a_worker_fails_only_that_article(tmp_path, pipeline):
    paths = [str(p) for p in write_corpus(tmp_path / "in", n=8)]
    buggy = Pipeline(nlp=pipeline.nlp, stages=[("entities", "test_scale:exploding_stage")])
    with Store.open(str(tmp_path / "t.db")) as store:
        rep = ingest(store, paths, pipeline=buggy, workers=2, chunk_size=3)
    assert rep.stored == 6 and rep.failed == 2
    assert {Path(f.origin).name for f in rep.failures} == {"002.txt", "006.txt"}
    assert all("RuntimeError: stage bug" in str(f) for f in rep.failures)


def test_a_dead_worker_fails_its_chunk_and_the_run_goes_on(tmp_path, pipeline):
    paths = [str(p) for p in write_corpus(tmp_path / "in", n=14)]
    deadly = Pipeline(nlp=pipeline.nlp, stages=[("entities", "test_scale:dying_stage")])
    with Store.open(str(tmp_path / "t.db")) as store:
        rep = ingest(store, paths, pipeline=deadly, workers=2, chunk_size=1)
        assert rep.stored + rep.failed == len(paths)
        failed = {Path(f.origin).name for f in rep.failures}
        assert "005.txt" in failed and all("worker failed" in str(f) for f in rep.failures)
        assert rep.failed <= 2 * 2 + 1  # only what was in flight when the worker died
        assert Path(paths[-1]).name not in failed and store.counts().articles == rep.stored


def test_pool_workers_ignore_ctrl_c_and_load_the_model_once(tmp_path):
    import signal

    pool = ProcessPool(1)
    try:
        fut = pool._pool.submit(signal.getsignal, signal.SIGINT)
        assert fut.result() == signal.SIG_IGN
        pids = {pool._pool.submit(os.getpid).result() for _ in range(3)}
        assert len(pids) == 1
        assert pool._pool.submit(_pipelines_loaded).result() == 1
    finally:
        pool.close()


def test_progress_bar_shows_rate_and_total_on_a_terminal(tmp_path):
    from rich.console import Console

    write_corpus(tmp_path / "in", n=3)
    buf = io.StringIO()
    console = Console(file=buf, force_terminal=True, width=120)
    with IngestProgress([str(tmp_path / "in")], console=console) as prog:
        prog._count()  # the background count, run here to be deterministic
        for _ in range(3):
            prog.advance()
        prog.say("stored: x")
    text = buf.getvalue()
    assert "3/3" in text and "art/s" in text and "stored: x" in text


def test_progress_is_off_when_stderr_is_not_a_terminal(capsys):
    with IngestProgress(["nowhere"]) as prog:
        prog.advance()
        prog.say("a line")
    assert capsys.readouterr().err == "a line\n"
    assert IngestProgress(["x"], enabled=False).enabled is False


def test_a_missing_model_is_one_config_error_before_any_worker_starts(monkeypatch):
    from dateline.errors import ConfigError

    monkeypatch.setattr("dateline.nlp.MODEL_NAME", "no_such_model_xyz")
    with pytest.raises(ConfigError, match="no_such_model_xyz is not installed"):
        ProcessPool(2)


def test_versions_of_looks_up_a_chunk_in_one_call(tmp_path):
    from dateline.store.testing import example_articles

    arts = example_articles()[:2]
    with Store.open(str(tmp_path / "v.db")) as store:
        store.put(arts[0])
        found = store.versions_of([arts[0].id, arts[1].id, arts[0].id])
        assert found == {arts[0].id: store.version_of(arts[0].id)}
        assert store.versions_of([]) == {}


def test_read_ahead_hands_out_every_item_once_in_order():
    from dateline.store.ingest import ReadAhead

    pulled = []

    def items():
        for i in range(10):
            pulled.append(i)
            yield i

    ahead = ReadAhead(items(), limit=3)
    assert next(ahead) == 0
    assert ahead.fill() and ahead.fill() and ahead.fill()
    assert not ahead.fill()  # full: three held
    assert pulled == [0, 1, 2, 3]
    assert list(ahead) == list(range(1, 10))
    assert not ahead.fill()  # at the end


def test_the_parent_cleans_ahead_while_it_waits_for_workers(tmp_path):
    """While the workers start, the parent has already pulled more than the chunks in flight."""
    rep, ahead, n = _ingest_counting_ahead(tmp_path, n=24, workers=2, chunk=1)
    assert rep.stored == n
    assert max(ahead) > 2 * 2 + 1  # beyond the 4 chunks in flight: read ahead while waiting


def test_read_ahead_stops_at_its_size_budget():
    from dateline.store.ingest import ReadAhead

    ahead = ReadAhead(iter(["aaaa", "bb", "c", "dddddd"]), limit=10, max_size=5, size=len)
    assert ahead.fill() and ahead.fill()  # 4 + 2 characters held: over the budget now
    assert not ahead.fill()
    assert next(ahead) == "aaaa"
    assert ahead.fill()  # 2 held: room again
    assert list(ahead) == ["bb", "c", "dddddd"]


def test_the_pool_reports_ready_once_its_workers_are_up():
    import time as _time

    pool = ProcessPool(1)
    try:
        deadline = _time.monotonic() + 120
        while not pool.ready() and _time.monotonic() < deadline:
            _time.sleep(0.05)
        assert pool.ready()
        assert pool._pool.submit(os.getpid).result() != os.getpid()
    finally:
        pool.close()


def test_the_last_chunks_are_smaller_once_the_input_is_read():
    from dateline.store.ingest import ReadAhead, _chunks

    ahead = ReadAhead(iter(range(100)), limit=1000)
    sizes = [len(c) for c in _chunks(ahead, 16, tail=32)]
    assert sizes[0] == 16 and sum(sizes) == 100  # nothing read ahead yet: full chunks first
    ahead = ReadAhead(iter(range(100)), limit=1000)
    while ahead.fill():
        pass
    chunks = list(_chunks(ahead, 16, tail=32))
    assert [x for c in chunks for x in c] == list(range(100))  # every item once, in order
    assert [len(c) for c in chunks] == [16] * 5 + [4] * 5  # the last 20 (no more than 32) in quarters


def test_read_ahead_says_when_it_holds_the_rest():
    from dateline.store.ingest import ReadAhead

    ahead = ReadAhead(iter("abc"), limit=10)
    assert not ahead.ended and len(ahead) == 0
    while ahead.fill():
        pass
    assert ahead.ended and len(ahead) == 3
    next(ahead)
    assert len(ahead) == 2


def test_a_warmed_worker_never_imports_the_cleaners_word_frequencies():
    """Workers do not clean; wordfreq's import (a third of a second) is the cleaner's alone."""
    import subprocess
    import sys as _sys

    code = ("import sys; from dateline.scale.work import warm_worker; warm_worker(); "
            "print('wordfreq' in sys.modules)")
    out = subprocess.run([_sys.executable, "-c", code], capture_output=True, text=True, timeout=300,
                         env={**os.environ, "PYTHONPATH": os.pathsep.join(_sys.path)})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"
