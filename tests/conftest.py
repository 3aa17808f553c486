"""Shared fixtures. ../shared (real articles and gold data) is read from where it lies, never copied."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SAMPLE_ARTICLE = SHARED / "samples" / "moscow-times-2018-04-10.txt"


@pytest.fixture(scope="session")
def pipeline():
    from dateline.api import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_on_each_backend(request, tmp_path):
    """An empty Store on a temporary SQLite file and on the real PostgreSQL server."""
    from dateline.store import Store
    from dateline.store.testing import BackendUnavailable, backend_url

    try:
        url = backend_url(request.param, tmp_path)
    except BackendUnavailable as exc:
        pytest.skip(str(exc))
    st = Store.open(url)
    yield st
    st.close()
