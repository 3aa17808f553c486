"""The REST API and pages through an in-process ASGI client over a real SQLite file."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from dateline.model import Article, Source
from dateline.serve import create_app
from dateline.store import Store, entity_key
from dateline.store.testing import example_articles

HOSTILE = ("<script>window.__pwned = 1</script>Officials met in Oslo on Monday. "
           "<img src=x onerror=\"window.__pwned=2\"> The talks went on.")


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    db = tmp_path_factory.mktemp("serve") / "t.db"
    store = Store.open(str(db))
    for art in example_articles():
        store.put(art)
    store.put(Article(text=HOSTILE, source=Source("html"), headline="<b>bold</b> & <script>alert(1)</script>",
                      published="2024-03-12", pipeline_version="test+1"))
    with TestClient(create_app(str(db))) as c:
        yield c
    store.close()


def test_article_list_search_and_paging(client):
    body = client.get("/api/articles").json()
    assert body["total"] == 4 and len(body["items"]) == 4
    hits = client.get("/api/articles", params={"q": "shipping"}).json()
    assert [a["headline"] for a in hits["items"]] == ["Ministers hold river talks"]
    page = client.get("/api/articles", params={"limit": 1, "offset": 1}).json()
    assert len(page["items"]) == 1 and page["offset"] == 1


def test_article_record_is_the_contract_record_and_unknown_is_404(client):
    first = client.get("/api/articles", params={"q": "Jan Mayen"}).json()["items"][0]
    rec = client.get(f"/api/articles/{first['id']}").json()
    assert rec["id"] == first["id"] and {"text", "entities", "events", "quotes", "timexes"} <= set(rec)
    missing = client.get("/api/articles/0123456789abcdef")
    assert missing.status_code == 404
    assert missing.json() == {"error": {"status": 404, "message": "no article with id '0123456789abcdef'"}}


def test_events_filters_by_country_and_code(client):
    evs = client.get("/api/events", params={"country": "NOR"}).json()["items"]
    assert evs and all("NOR" in (e["source"]["country"], e["target"]["country"],
                                 (e["location"] or {}).get("country")) for e in evs)
    coded = client.get("/api/events", params={"code": "04"}).json()["items"]
    assert [e["code"] for e in coded] == ["040"]
    assert coded[0]["sentence"].startswith("Austria's foreign minister")


def test_timeline_and_network(client):
    days = client.get("/api/timeline").json()["days"]
    assert {"date", "q1", "q2", "q3", "q4", "total"} <= set(days[0])
    assert sum(d["total"] for d in days) == 4
    net = client.get("/api/network").json()
    ids = {n["id"] for n in net["nodes"]}
    assert {"AUTGOV", "HUNGOV"} <= ids
    edge = next(e for e in net["edges"] if e["source"] == "NORMIL")
    assert edge["count"] == 1 and edge["goldstein"] == -10.0


def test_entity_by_key(client):
    key = entity_key("Anna Berger", "PERSON")
    ent = client.get(f"/api/entities/{key}").json()
    assert ent["name"] == "Anna Berger" and ent["events"]
    assert client.get("/api/entities/ffffffffffffffff").status_code == 404


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 100000}, {"offset": -1}, {"since": "2024-13-01"},
                                    {"since": "yesterday"}, {"until": "2024-02-30"}, {"quad_class": 7},
                                    {"code": "abc"}])
def test_bad_parameters_are_422_in_one_shape_without_traces(client, params):
    res = client.get("/api/events", params=params)
    assert res.status_code == 422
    err = res.json()["error"]
    assert err["status"] == 422 and err["message"] and "Traceback" not in res.text


def test_read_only(client):
    for method in ("post", "put", "delete", "patch"):
        res = getattr(client, method)("/api/articles")
        assert res.status_code == 405
        assert res.json()["error"]["status"] == 405


def test_pages_render_and_escape_untrusted_content(client):
    hostile = client.get("/api/articles", params={"q": "Oslo"}).json()["items"][0]
    page = client.get(f"/articles/{hostile['id']}")
    assert page.status_code == 200
    assert "<script>window.__pwned" not in page.text and "&lt;script&gt;window.__pwned" in page.text
    assert "<img src=x" not in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]
    for path in ("/", "/?q=talks", "/events?country=NOR", "/actors/AUTGOV", "/timeline", "/network", "/docs"):
        res = client.get(path)
        assert res.status_code == 200, path
    assert "/api/events" in client.get("/docs").text
    assert client.get("/articles/0123456789abcdef", headers={"accept": "text/html"}).status_code == 404


def test_article_page_highlights_entities_quotes_timexes_and_events(client):
    talks = client.get("/api/articles", params={"q": "shipping"}).json()["items"][0]
    html = client.get(f"/articles/{talks['id']}").text
    assert 'class="hl-entity ' in html and "hl-event" in html
    assert "pattern <code>meet with</code>" in html
    election = client.get("/api/articles", params={"q": "Lima"}).json()["items"][0]
    html = client.get(f"/articles/{election['id']}").text
    assert "hl-quote" in html and "hl-timex" in html
