"""Per-article limits in the Pipeline: a time limit that fails one article with a one-line
LimitError and lets the batch go on, and a text-length cut before spaCy."""
from __future__ import annotations

import threading
import time

import pytest

from dateline.errors import LimitError
from dateline.ingest.document import RawDocument
from dateline.ingest.limits import Limits
from dateline.pipeline import Failure, Pipeline, article_time_limit, cap_text
from dateline.clean import clean_document


def slow_stage(doc, article):
    """Loops (in Python, catching Exception like careless code does) when the text asks it to."""
    if "stall" in article.text:
        end = time.monotonic() + 30
        while time.monotonic() < end:
            try:
                sum(range(1000))
            except Exception:  # must not swallow the timeout
                pass
    return []


def raw(text: str, origin: str) -> RawDocument:
    return RawDocument(text=text, format="text", origin=origin)


GOOD = "Ministers from Norway and Sweden met in Oslo on Monday to talk about fishing quotas. " * 3
SLOW = "The talks would stall, officials in Bergen said on Tuesday after a long meeting. " * 3


@pytest.fixture(scope="module")
def nlp():
    from dateline.nlp import load_nlp

    return load_nlp()


def slow_pipeline(nlp, seconds: float = 1.0) -> Pipeline:
    return Pipeline(nlp=nlp, stages=[("entities", "test_reliability_limits:slow_stage")],
                    limits=Limits(max_article_seconds=seconds))


def test_a_stalling_article_fails_with_a_one_line_limit_error_naming_it(nlp):
    started = time.monotonic()
    with pytest.raises(LimitError) as err:
        slow_pipeline(nlp).process(raw(SLOW, "slow.txt"))
    assert time.monotonic() - started < 10
    msg = str(err.value)
    assert msg.startswith("slow.txt: ") and "\n" not in msg and "DATELINE_MAX_ARTICLE_SECONDS" in msg


def test_the_batch_goes_on_after_a_timeout(nlp):
    items = list(slow_pipeline(nlp).pipe([raw(GOOD, "a.txt"), raw(SLOW, "slow.txt"), raw(GOOD + " Later.", "b.txt")],
                                         on_error="skip"))
    assert [type(i).__name__ for i in items] == ["Article", "Failure", "Article"]
    assert isinstance(items[1], Failure) and items[1].origin == "slow.txt"
    assert "per-article limit" in items[1].message


def test_the_timer_is_cleared_after_each_article(nlp):
    import signal

    before = signal.getsignal(signal.SIGALRM)
    slow_pipeline(nlp, seconds=5).process(raw(GOOD, "a.txt"))
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) is before
    time.sleep(0.05)  # no stray alarm arrives later


def test_the_limit_also_holds_outside_the_main_thread(nlp):
    """Dask runs tasks in worker threads, where SIGALRM cannot be used: the watchdog does it."""
    out: list[object] = []

    def work() -> None:
        try:
            slow_pipeline(nlp).process(raw(SLOW, "thread.txt"))
            out.append("finished")
        except LimitError as exc:
            out.append(str(exc))

    t = threading.Thread(target=work)
    t.start()
    t.join(20)
    assert out and str(out[0]).startswith("thread.txt: ") and "per-article limit" in str(out[0])


def test_no_timeout_escapes_the_block_in_a_thread():
    out: list[str] = []

    def work() -> None:
        for _ in range(50):  # a 2 ms limit may or may not run out; either way it ends here
            try:
                with article_time_limit(0.002, "x"):
                    pass
            except LimitError:
                pass
        time.sleep(0.05)
        out.append("ok")

    t = threading.Thread(target=work)
    t.start()
    t.join(5)
    assert out == ["ok"]


def test_env_var_sets_the_time_limit(monkeypatch):
    monkeypatch.setenv("DATELINE_MAX_ARTICLE_SECONDS", "2.5")
    monkeypatch.setenv("DATELINE_MAX_ARTICLE_CHARS", "1234")
    lim = Limits.from_env()
    assert lim.max_article_seconds == 2.5 and lim.max_article_chars == 1234
    assert Limits().max_article_seconds == 60.0


def test_long_text_is_cut_at_a_paragraph_break_with_a_warning():
    paras = [f"Paragraph {i} says that ministers met in Oslo on day {i} of the talks." for i in range(400)]
    art = clean_document(raw("\n\n".join(paras), "long.txt"))
    full_len, old_id = len(art.text), art.id
    cap_text(art, 5000)
    assert len(art.text) <= 5000 and art.text.endswith(".")
    assert full_len > 5000 and art.id != old_id
    assert any("text cut at" in w and "DATELINE_MAX_ARTICLE_CHARS" in w for w in art.warnings)


def test_text_without_spaces_is_cut_hard():
    art = clean_document(raw("Oslo " + "x" * 9000, "blob.txt"))
    cap_text(art, 3000)
    assert len(art.text) == 3000


def test_spacy_max_length_is_never_reached(nlp, monkeypatch):
    """The cut uses the smaller of our limit and spaCy's own max_length."""
    monkeypatch.setattr(nlp, "max_length", 2000)
    pipe = Pipeline(nlp=nlp, stages=[("entities", "test_reliability_limits:slow_stage")],
                    limits=Limits(max_article_chars=10**9))
    art = pipe.process(raw(("Ministers met in Oslo on Monday to talk. " * 20 + "\n\n") * 10, "big.txt"))
    assert len(art.text) <= 2000 and any("text cut" in w for w in art.warnings)


def test_a_huge_raw_text_is_cut_before_cleaning_so_the_cleaner_stays_cheap(nlp):
    pipe = Pipeline(nlp=nlp, stages=[("entities", "test_reliability_limits:slow_stage")],
                    limits=Limits(max_article_chars=3000, max_article_seconds=30))
    started = time.monotonic()
    art = pipe.process(raw("Ministers met in Oslo on Monday to talk about fish. " * 200_000, "huge.txt"))
    assert time.monotonic() - started < 20
    assert len(art.text) <= 3000
    assert any("of an input of 10400000 characters" in w for w in art.warnings), art.warnings


def test_analyse_applies_both_limits_to_an_article_cleaned_elsewhere(nlp):
    """The hook for parallel runners that clean in one process and annotate in another."""
    pipe = slow_pipeline(nlp)
    art = clean_document(raw(SLOW, "worker.txt"))
    with pytest.raises(LimitError, match=r"^worker\.txt: .*per-article limit"):
        pipe.analyse(art, origin="worker.txt")
    long = clean_document(raw(GOOD * 100, "long.txt"))
    small = Pipeline(nlp=nlp, stages=[("entities", "test_reliability_limits:slow_stage")],
                     limits=Limits(max_article_chars=1000))
    done = small.analyse(long)
    assert len(done.text) <= 1000 and done.pipeline_version and any("text cut" in w for w in done.warnings)
