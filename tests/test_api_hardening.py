"""API hardening: one error shape for 404/405/422/500, no stack traces, strict dates, GET only,
and random query strings never produce a 500."""
from __future__ import annotations

import sqlite3
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings, strategies as st

from dateline.serve import create_app
from dateline.store import Store
from dateline.store.testing import example_articles

TRACE_MARKS = ("Traceback", 'File "', "JSONDecodeError", "sqlalchemy", ".py")


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("hardening") / "t.db"
    store = Store.open(str(path))
    for art in example_articles():
        store.put(art)
    ids = [a.id for a in example_articles()]
    store.close()
    return path, ids


@pytest.fixture(scope="module")
def client(db):
    with TestClient(create_app(str(db[0])), raise_server_exceptions=False) as c:
        yield c


def assert_error_shape(res, status: int) -> None:
    assert res.status_code == status
    body = res.json()
    assert set(body) == {"error"}
    assert body["error"]["status"] == status and isinstance(body["error"]["message"], str)
    assert set(body["error"]) <= {"status", "message", "details"}
    for mark in TRACE_MARKS:
        assert mark not in res.text, mark


def test_an_internal_error_is_a_500_in_the_error_shape_without_a_trace(tmp_path):
    """A damaged stored record (not JSON) makes the handler fail for real."""
    path = tmp_path / "broken.db"
    store = Store.open(str(path))
    art = example_articles()[0]
    store.put(art)
    store.close()
    with sqlite3.connect(path) as con:
        con.execute("UPDATE articles SET record = '{not json' WHERE id = ?", (art.id,))
    with TestClient(create_app(str(path)), raise_server_exceptions=False) as c:
        res = c.get(f"/api/articles/{art.id}")
        assert_error_shape(res, 500)
        assert res.json() == {"error": {"status": 500, "message": "internal error"}}
        page = c.get(f"/articles/{art.id}", headers={"accept": "text/html"})
        assert page.status_code == 500 and "internal error" in page.text
        assert not any(mark in page.text for mark in ("Traceback", "JSONDecodeError", 'File "'))


@pytest.mark.parametrize("url,status", [
    ("/api/no-such-route", 404),
    ("/api/articles/ffffffffffffffff", 404),
    ("/api/entities/ffffffffffffffff", 404),
    ("/api/entities/not-hex", 422),
    ("/api/articles?limit=201", 422),
    ("/api/articles?limit=1e3", 422),
    ("/api/events?offset=-5", 422),
    ("/api/network?max_edges=1001", 422),
    ("/api/events?since=2024-02-30", 422),
    ("/api/events?until=2024-1-5", 422),
    ("/api/events?since=%D9%A2%D9%A0%D9%A2%D9%A4-01-05", 422),  # Arabic-Indic digits
    ("/api/events?since=2024-01-05%0A", 422),
    ("/api/events?since=0000-01-01", 422),
    ("/api/timeline?until=tomorrow", 422),
    ("/api/events?date_field=stored", 422),
])
def test_bad_requests_share_one_error_shape(client, url, status):
    assert_error_shape(client.get(url), status)


def test_every_method_but_get_is_405_in_the_error_shape(client):
    for method in ("POST", "PUT", "PATCH", "DELETE"):
        for url in ("/api/articles", "/api/events", "/api/stats", "/"):
            assert_error_shape(client.request(method, url), 405)


def test_the_app_only_declares_read_routes(client):
    for route in client.app.routes:
        methods = getattr(route, "methods", None)
        if methods:  # Mounts (static files) have none and serve GET/HEAD only
            assert methods <= {"GET", "HEAD"}, route.path


def test_every_api_page_size_is_bounded(client):
    """Each `limit`-like parameter in the OpenAPI schema has a maximum."""
    spec = client.get("/openapi.json").json()
    for path, ops in spec["paths"].items():
        for param in ops.get("get", {}).get("parameters", []):
            if param["name"] in ("limit", "max_edges", "offset"):
                schema = param["schema"]
                assert "maximum" in schema, (path, param["name"])


ROUTES = ["/api/articles", "/api/events", "/api/entities", "/api/timeline", "/api/network", "/api/stats",
          "/", "/events", "/timeline", "/network"]
PARAMS = ["q", "limit", "offset", "actor", "country", "code", "root", "quad_class", "since", "until",
          "date_field", "place", "source", "name", "label", "max_edges"]
values = st.one_of(
    st.text(max_size=30),  # any Unicode, control characters included
    st.integers(min_value=-10**12, max_value=10**12).map(str),
    st.dates().map(str),
    st.sampled_from(["", "2024-02-30", "NEAR(", '"', "*", "' OR 1=1 --", "%", "\\", "AND", "1e309", "nan"]),
)
queries = st.lists(st.tuples(st.one_of(st.sampled_from(PARAMS), st.text(max_size=8)), values), max_size=5)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(route=st.sampled_from(ROUTES), query=queries)
def test_random_query_strings_never_give_a_500(client, route, query):
    res = client.get(route, params=query, headers={"accept": "application/json"})
    assert res.status_code in (200, 422), (route, query, res.text[:300])
    if res.status_code == 422:
        assert_error_shape(res, 422)
    assert "Traceback" not in res.text


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(segment=st.text(min_size=1, max_size=80))
def test_random_path_segments_are_404_or_422_never_500(client, segment):
    for base in ("/api/articles/", "/api/entities/", "/actors/"):
        res = client.get(base + quote(segment, safe=""), headers={"accept": "application/json"})
        assert res.status_code in (200, 404, 422), (base, segment, res.status_code)
        if res.status_code != 200:
            assert_error_shape(res, res.status_code)
