"""The Store through a real database: a temporary SQLite file and a real PostgreSQL server."""
from __future__ import annotations

import dataclasses

import pytest

from dateline.errors import ConfigError, StoreError
from dateline.store import Filters, PutResult, Store, entity_key
from dateline.store.testing import example_articles



@pytest.fixture
def store(store_on_each_backend):
    return store_on_each_backend


@pytest.fixture
def filled(store):
    for art in example_articles():
        assert store.put(art) is PutResult.STORED
    return store


def test_get_returns_exactly_the_contract_record(store):
    art = example_articles()[0]
    store.put(art)
    assert store.record(art.id) == art.to_dict()
    assert store.get(art.id).to_dict() == art.to_dict()
    assert store.record("no-such-id") is None and store.get("no-such-id") is None


def test_storing_twice_stores_once(filled):
    before = filled.counts()
    for art in example_articles():
        assert filled.put(art) is PutResult.UNCHANGED
    assert filled.counts() == before
    assert before.articles == 3 and before.events == 4 and before.mentions > 6


def test_new_pipeline_version_replaces_every_row(filled):
    art = example_articles(version="test+2")[0]
    art.events = art.events[:1]
    assert filled.put(art) is PutResult.REPLACED
    assert filled.version_of(art.id) == "test+2"
    assert filled.record(art.id)["events"] == art.to_dict()["events"]
    counts = filled.counts()
    assert counts.articles == 3 and counts.events == 3  # the dropped event is gone, nothing doubled
    assert filled.search("river").total == 1  # search index replaced, not duplicated


def test_article_whose_spans_do_not_match_is_refused(store):
    art = example_articles()[0]
    art.entities[0].mentions[0].text = "Somebody Else"
    with pytest.raises(StoreError, match="spans do not match"):
        store.put(art)
    assert store.counts().articles == 0


def test_delete_removes_all_derived_rows(filled):
    talks = example_articles()[0]
    assert filled.delete(talks.id) and not filled.delete(talks.id)
    c = filled.counts()
    assert c.articles == 2 and c.events == 2
    assert filled.search("Berger").total == 0


# -- full text ------------------------------------------------------------------------------

def _ids(page):
    return {a.id for a in page.items}


def test_full_text_stems_and_searches_headline_and_body(filled):
    talks, clash, _ = example_articles()
    assert _ids(filled.search("talk")) == {talks.id}  # "talks" stemmed
    assert _ids(filled.search("Jan Mayen")) == {clash.id}  # headline and body
    assert _ids(filled.search("shipping delegation")) == {talks.id}  # words ANDed
    assert filled.search("shipping aggression").total == 0


def test_full_text_phrases_or_and_exclusion(filled):
    talks, clash, election = example_articles()
    assert _ids(filled.search('"river shipping"')) == {talks.id}
    assert filled.search('"shipping river"').total == 0
    assert _ids(filled.search("aggression OR vote")) == {clash.id, election.id}
    assert _ids(filled.search("said -Iceland")) == {talks.id, election.id}


@pytest.mark.parametrize("query", ['AND (', '"', "NOT", "*", "col:umn", "-", "a'b", "NEAR(x y)", "nul\x00byte", "  "])
def test_query_syntax_in_user_input_is_never_an_error(filled, query):
    assert filled.search(query).total >= 0


def test_search_results_carry_a_plain_snippet_of_the_body(filled):
    hit = filled.search("delegation").items[0]
    assert "delegation" in hit.snippet and "<" not in hit.snippet
    assert hit.snippet.replace("…", "").strip() in example_articles()[0].text
    assert filled.search(limit=1).items[0].snippet is None  # no query, no snippet


def test_search_ranks_best_match_first_and_pages(filled):
    page = filled.search("Norway Iceland said")
    assert page.total == 1 and page.items[0].headline == "Shots fired near Jan Mayen"
    everything = filled.search(limit=2)
    assert everything.total == 3 and len(everything.items) == 2
    rest = filled.search(limit=2, offset=2)
    assert len(rest.items) == 1 and not _ids(rest) & _ids(everything)
    assert [a.published[:10] for a in everything.items] == ["2024-03-11", "2024-03-07"]  # newest first


def test_bounded_limit(filled):
    with pytest.raises(StoreError, match="limit"):
        filled.search(limit=0)
    with pytest.raises(StoreError, match="limit"):
        filled.events(limit=100_000)


# -- filters --------------------------------------------------------------------------------

def test_article_filters(filled):
    talks, clash, election = example_articles()
    assert _ids(filled.search(filters=Filters(actor="kovacs"))) == {talks.id}
    assert _ids(filled.search(filters=Filters(actor="NOR"))) == {clash.id}  # code prefix of NORMIL
    assert _ids(filled.search(filters=Filters(country="Iceland"))) == {clash.id}
    assert _ids(filled.search(filters=Filters(country="at"))) == {talks.id}  # alpha-2 works too
    assert _ids(filled.search(filters=Filters(quad_class=4))) == {clash.id}
    assert _ids(filled.search(filters=Filters(source="example"))) == {talks.id, election.id}
    assert _ids(filled.search(filters=Filters(place="jan mayen"))) == {clash.id}  # an event's location
    assert _ids(filled.search(filters=Filters(place="reykjavik"))) == {clash.id}  # the dateline
    assert filled.search(filters=Filters(place="lima")).total == 0  # only in the text: use full text
    assert _ids(filled.search(filters=Filters(since="2024-03-06", until="2024-03-31",
                                              date_field="published"))) == {clash.id, election.id}
    assert _ids(filled.search("said", Filters(root="11"))) == {clash.id}


def _codes(page):
    return sorted(e.code for e in page.items)


def test_event_filters(filled):
    assert _codes(filled.events()) == ["030", "040", "112", "190"]
    assert _codes(filled.events(Filters(actor="Anna Berger"))) == ["030", "040"]
    assert _codes(filled.events(Filters(actor="HUNGOV"))) == ["030", "040"]
    assert _codes(filled.events(Filters(country="NOR"))) == ["112", "190"]
    assert _codes(filled.events(Filters(code="04"))) == ["040"]
    assert _codes(filled.events(Filters(code="11"))) == ["112"]
    assert _codes(filled.events(Filters(root="19"))) == ["190"]
    assert _codes(filled.events(Filters(quad_class=3))) == ["112"]
    assert _codes(filled.events(Filters(place="Vienna"))) == ["030", "040"]  # 030 has no location: dateline
    assert _codes(filled.events(Filters(place="jan mayen"))) == ["190"]
    assert _codes(filled.events(Filters(source="northern"))) == ["112", "190"]
    assert _codes(filled.events(Filters(query="shipping"))) == ["030", "040"]


def test_event_dates_fall_back_to_publication_day(filled):
    # "2024-04" is not a day and 112 has no date: both take their article's publication day
    by_code = {e.code: e.day for e in filled.events().items}
    assert by_code == {"040": "2024-03-05", "030": "2024-03-05", "190": "2024-03-07", "112": "2024-03-07"}
    assert _codes(filled.events(Filters(since="2024-03-06"))) == ["112", "190"]
    assert _codes(filled.events(Filters(until="2024-03-05"))) == ["030", "040"]


def test_event_rows_carry_evidence_sentence_and_actors(filled):
    talks = example_articles()[0]
    ev = filled.events(Filters(code="040")).items[0]
    assert ev.sentence == talks.text[ev.evidence["start"]:ev.evidence["end"]]
    assert ev.sentence.startswith("Austria's foreign minister")
    assert ev.source["code"] == "AUTGOV" and ev.target["name"] == "Laszlo Kovacs"
    assert ev.source["key"] == entity_key("Anna Berger", "PERSON")
    assert ev.location == {"name": "Vienna", "country": "AUT", "lat": 48.21, "lon": 16.37}
    assert ev.pattern == "meet with" and talks.text[ev.trigger["start"]:ev.trigger["end"]] == "met"
    assert ev.article_id == talks.id and ev.headline == "Ministers hold river talks"


@pytest.mark.parametrize("bad", [dict(since="2024-13-01"), dict(until="yesterday"), dict(code="4a"),
                                 dict(root="123456"), dict(quad_class=5), dict(date_field="stored")])
def test_bad_filter_values_fail_with_a_reason(bad):
    with pytest.raises(ConfigError):
        Filters(**bad)


@pytest.mark.parametrize("name, code", [("Russia", "RUS"), ("ru", "RUS"), ("rus", "RUS"), ("Turkey", "TUR"),
                                        ("UK", "GBR"), ("United States", "USA"), ("Iran", "IRN"), ("IGO", "IGO")])
def test_country_filter_takes_codes_and_everyday_names(name, code):
    assert Filters(country=name).country == code


def test_blank_filter_values_mean_unset():
    assert Filters(actor="", country=" ", since="") == Filters()


# -- aggregates -----------------------------------------------------------------------------

def test_timeline_counts_events_per_day_by_quad_class(filled):
    days = filled.timeline()
    assert [(d.day, d.q1, d.q2, d.q3, d.q4, d.total) for d in days] == [
        ("2024-03-05", 2, 0, 0, 0, 2), ("2024-03-07", 0, 0, 1, 1, 2)]
    assert [d.day for d in filled.timeline(Filters(country="NOR"))] == ["2024-03-07"]


def test_network_has_actor_nodes_and_dyads_with_mean_goldstein(filled):
    net = filled.network()
    edges = {(e.source, e.target): (e.count, e.mean_goldstein) for e in net.edges}
    assert edges == {("AUTGOV", "HUNGOV"): (1, 1.0), ("HUNGOV", "AUTGOV"): (1, 4.0),
                     ("NORMIL", "ISL"): (1, -10.0), ("ISLGOV", "NOR"): (1, -2.0)}
    nodes = {n.id: n for n in net.nodes}
    assert nodes["AUTGOV"].name == "Anna Berger" and nodes["AUTGOV"].events == 2
    assert nodes["NOR"].country == "NOR"
    assert {e.source for e in filled.network(Filters(quad_class=4)).edges} == {"NORMIL"}
    assert dataclasses.asdict(net)["edges"][0].keys() == {"source", "target", "count", "mean_goldstein"}


def test_entity_profile_spans_articles_with_mentions_and_events(filled):
    key = entity_key("anna  berger", "PERSON")  # case and spacing folded
    prof = filled.entity(key)
    assert prof.name == "Anna Berger" and prof.country == "AUT" and prof.roles == ["foreign minister"]
    assert [m["text"] for m in prof.articles[0].mentions] == ["Anna Berger", "Berger"]
    assert sorted(e.code for e in prof.events) == ["030", "040"]
    assert filled.entity("0" * 16) is None
    listed = filled.entities(name="berg")
    assert [e.key for e in listed.items] == [key] and listed.items[0].articles == 1


def test_counts(filled):
    c = filled.counts()
    assert (c.articles, c.events, c.quotes, c.timexes, c.links) == (3, 4, 1, 2, 1)
    assert c.entities == 7  # Norway/Iceland/etc. are distinct keys; nothing counted twice


def test_iter_records_yields_every_record_oldest_first(filled):
    recs = list(filled.iter_records())
    assert [r["published"][:10] for r in recs] == ["2024-03-05", "2024-03-07", "2024-03-11"]
    assert recs[0] == example_articles()[0].to_dict()
    assert [r["headline"] for r in filled.iter_records(Filters(country="ISL"))] == ["Shots fired near Jan Mayen"]
