"""Unit tests per cleaning step, on sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from dateline.clean import clean_document
from dateline.clean.dateline import find_dateline
from dateline.clean.dates import find_dates, parse_date_line, url_date
from dateline.clean.furniture import remove_furniture
from dateline.clean.hyphens import Hyphenator
from dateline.clean.lines import split_lines
from dateline.clean.links import extract_links, slug_matches
from dateline.clean.meta import is_masthead as is_masthead_line
from dateline.clean.meta import (
    is_kicker, is_publisher, looks_like_org_line, parse_byline, parse_contributors, parse_credit,
)
from dateline.clean.normalize import normalize_text
from dateline.clean.paragraphs import join_paragraphs
from dateline.clean.quotes import fix_quotes
from dateline.errors import EmptyInputError, NoArticleError
from dateline.ingest.document import RawDocument


def clean(text: str, **kw):
    return clean_document(RawDocument(text=text, format="text", origin="unit-test"), **kw)


# --- normalize -------------------------------------------------------------------------

def test_normalize_repairs_mojibake_and_spaces():
    assert normalize_text("Kyivâ€™s envoy\u00a0said") == "Kyiv’s envoy said"
    assert normalize_text("a\r\nb\rc") == "a\nb\nc"


def test_normalize_closes_soft_hyphen_at_line_end():
    assert normalize_text("the nego\u00ad\ntiations") == "the negotiations"


# --- dates -----------------------------------------------------------------------------

@pytest.mark.parametrize("line,iso", [
    ("April 10,2018", "2018-04-10"),
    ("10 April 2018", "2018-04-10"),
    ("2018-04-10", "2018-04-10"),
    ("Tuesday, April 10, 2018", "2018-04-10"),
    ("Tuesday, April 10, 2018 4:12 PM", "2018-04-10"),
    ("Published Sept. 15, 2019", "2019-09-15"),
    ("Posted: 2019-01-23", "2019-01-23"),
    ("Updated 3 May 2021 16:05 GMT", "2021-05-03"),
    ("Jan. 5, 2020", "2020-01-05"),
    ("10.04.2018", "2018-04-10"),
    ("April 10, 2018, 8:05 a.m. EDT", "2018-04-10"),
    ("Last updated: Tue 10 Apr 2018", "2018-04-10"),
])
def test_date_lines(line, iso):
    found = parse_date_line(line)
    assert found is not None and found.iso == iso


def test_date_line_time_is_read():
    assert parse_date_line("Tuesday, April 10, 2018 4:12 PM").time == "16:12"


@pytest.mark.parametrize("line", ["April 31, 2018", "The talks on April 10, 2018 ended", "10 April", "Page 2 of 3"])
def test_not_date_lines(line):
    assert parse_date_line(line) is None


def test_find_dates_in_prose_and_urls():
    assert [d.iso for d in find_dates("Signed on 3 May 2021 and ratified 2021-06-01.")] == ["2021-05-03", "2021-06-01"]
    assert url_date("https://news.example/world/2026/06/14/some-story") == date(2026, 6, 14)
    assert url_date("https://news.example/article/20190225/story.html") == date(2019, 2, 25)
    assert url_date("https://news.example/wiki/Some_story") is None


# --- page furniture ----------------------------------------------------------------------

def test_running_header_and_page_numbers_removed():
    text = ("Daily Planet | World\nThe envoy arrived in the capital\n- 1 -\n"
            "\fDaily Planet | World\non Monday for talks.\nPage 2 of 2")
    kept = [ln.text for ln in remove_furniture(split_lines(text))]
    assert kept == ["The envoy arrived in the capital", "on Monday for talks."]


def test_numbered_running_header_on_a_single_page():
    text = "World Desk Daily   1\nWORLD NEWS\nFloods hit the delta\n\nHeavy rain flooded the delta on Monday.\n"
    art = clean(text)
    assert art.headline == "Floods hit the delta"
    kept = [ln.text for ln in remove_furniture(split_lines("Intro.\nTalks enter Round 1\nThe vote was close."))]
    assert kept[1] == "Talks enter Round 1"


def test_a_repeated_sentence_is_not_furniture():
    text = "He said no.\fHe said no.\f"
    assert len(remove_furniture(split_lines(text))) == 2


# --- links -----------------------------------------------------------------------------

def _links(text: str):
    lines = split_lines(text)
    return extract_links(lines, max(len(ln.text) for ln in lines))


def test_related_line_wrapped_and_paired_with_url_below():
    text = ("The minister left Paris on Monday after a long meeting with the\n"
            "Related article: Germany and France sign a new treaty on border\n"
            "cooperation\n"
            "https://example.org/2020/02/01/germany-and-france-sign-a-new-treaty\n"
            "The talks resume next week.")
    rest, links = _links(text)
    assert [(lk.text, lk.url) for lk in links] == [
        ("Germany and France sign a new treaty on border cooperation",
         "https://example.org/2020/02/01/germany-and-france-sign-a-new-treaty")]
    assert [ln.text for ln in rest][-1] == "The talks resume next week."


def test_related_line_does_not_swallow_the_next_sentence():
    text = ("Read more: Chile elects new president\n"
            "The ministers agreed to meet again in Lima.")
    rest, links = _links(text)
    assert links[0].text == "Chile elects new president"
    assert rest[0].text == "The ministers agreed to meet again in Lima."


def test_url_broken_across_page_break_is_rejoined():
    text = "Text before.\nhttps://example.org/wiki/\n\n\fSome_long_article_title\nNext sentence here."
    rest, links = _links(text)
    assert links[0].url == "https://example.org/wiki/Some_long_article_title"
    assert links[0].text == ""
    assert [ln.text for ln in rest] == ["Text before.", "Next sentence here."]


def test_distant_url_pairs_with_title_by_slug():
    text = ("See also: Oil prices jump after pipeline attack\n"
            "Some body text that goes on for a while.\n"
            "https://example.com/2019/05/18/oil_prices_jump_after_pipe\nline_attack\n")
    _, links = _links(text)
    assert len(links) == 1 and links[0].url.endswith("oil_prices_jump_after_pipeline_attack")
    assert slug_matches("https://x.org/a/envoyquitsoverrow", "Envoy quits over row with minister")
    assert not slug_matches("https://x.org/a/envoy-quits", "Floods hit the north")
    assert slug_matches("https://x.org/2021/05/02/peru-chile-water-deal", "Peru and Chile sign a water deal")


def test_url_under_a_title_with_another_articles_slug_stays_apart():
    text = ("See also: Andes summit opens in Quito\n"
            "https://x.org/world/floods-hit-northern-provinces-of-ecuador\n"
            "Body text continues here.")
    _, links = _links(text)
    assert [(lk.text, lk.url) for lk in links] == [
        ("Andes summit opens in Quito", ""), ("", "https://x.org/world/floods-hit-northern-provinces-of-ecuador")]


# --- metadata lines --------------------------------------------------------------------------

def test_bylines():
    assert parse_byline("By Jane Roe and John Doe") == (["Jane Roe", "John Doe"], None)
    assert parse_byline("BY MARIA SILVA")[0] == ["Maria Silva"]
    names, found = parse_byline("By A. Khan, B. Osei and C. Lund · March 2, 2024")
    assert names == ["A. Khan", "B. Osei", "C. Lund"] and found.iso == "2024-03-02"
    assert parse_byline("By Wikinews contributors")[0] == ["Wikinews contributors"]
    assert parse_byline("By Jane Roe in Kyiv")[0] == ["Jane Roe"]
    assert parse_byline("By Jane Roe, Reuters")[0] == ["Jane Roe"]
    assert parse_byline("By Monday, the rebels had left the town and moved south.") is None


@pytest.mark.parametrize("line,value", [
    ("Photo: Ines Roth / Reuters", "Ines Roth / Reuters"),
    ("Image: Kofi Mensah/AFP", "Kofi Mensah/AFP"),
    ("(AP Photo/Leo Park)", "AP Photo/Leo Park"),
    ("Photo credit: Ministry of Defence / handout", "Ministry of Defence / handout"),
    ("File photo. Photo: Sara Lind/EPA", "Sara Lind/EPA"),
    ("Photo by Omar Haddad", "Omar Haddad"),
    ("Image courtesy of the Chilean Navy", "the Chilean Navy"),
])
def test_credit_lines(line, value):
    assert parse_credit(line) == value


def test_not_credit_lines():
    assert parse_credit("The photo showed the minister: smiling, relaxed.") is None
    assert parse_credit("He said: no comment") is None


def test_masthead_on_the_first_line_is_the_publisher():
    art = clean("The Baltic Ledger\nEstonia and Latvia\nagree rail link\nBy Mari Tamm\n\nThe two governments signed the deal.\n")
    assert (art.publisher, art.headline) == ("The Baltic Ledger", "Estonia and Latvia agree rail link")
    assert not is_masthead_line("Estonia and Latvia agree rail link")


def test_kickers_publishers_and_org_lines():
    assert is_kicker("WORLD | MIDDLE EAST") and is_kicker("News › World › Europe")
    assert not is_kicker("The minister said the vote was fair | the opposition disagreed")
    assert not is_kicker("Talks end without a deal.")
    assert is_publisher("Reuters") and not is_publisher("Treaty")
    assert looks_like_org_line("Finnish Foreign Ministry Press Office")
    assert looks_like_org_line("Kremlin.ru") and not looks_like_org_line("Kremlin")
    assert not looks_like_org_line("The minister arrived on Monday")


def test_contributor_lines():
    assert parse_contributors("Reuters contributed reporting to this article.") == ["Reuters"]
    assert parse_contributors("AFP and dpa contributed reporting.") == ["AFP", "dpa"]
    assert parse_contributors("Bloomberg, AP and Reuters contributed to this report.") == ["Bloomberg", "AP", "Reuters"]
    assert parse_contributors("The army said troops contributed to the operation in the north.") == []


# --- hyphens -----------------------------------------------------------------------------

@pytest.mark.parametrize("left,right,joiner", [
    ("negoti", "ations", ""), ("pro", "duction", ""), ("offi", "cials", ""),
    ("north", "eastern", "-"), ("vice", "chairman", "-"), ("long", "term", "-"),
    ("pro", "Russian", "-"), ("737", "800", "-"),
])
def test_line_end_hyphen_by_frequency(left, right, joiner):
    assert Hyphenator("").join_char(left, right) == joiner


def test_line_end_hyphen_by_the_article_itself():
    assert Hyphenator("a re-count was held").join_char("re", "count") == "-"
    assert Hyphenator("the cease fire held; the ceasefire").join_char("cease", "fire") == ""


def test_camel_repair_only_on_joined_lines():
    h = Hyphenator("")
    assert h.repair_camel("President alAssad spoke") == "President al-Assad spoke"
    assert h.repair_camel("the TurkishLibyan deal") == "the TurkishLibyan deal"
    assert h.repair_camel("the TurkishLibyan deal", joined_line=True) == "the Turkish-Libyan deal"
    assert h.repair_camel("on YouTube today", joined_line=True) == "on YouTube today"


# --- paragraphs -----------------------------------------------------------------------------

def _paras(text: str) -> list[str]:
    return join_paragraphs(split_lines(text), Hyphenator(text))


def test_blank_lines_separate_paragraphs_and_wraps_join():
    text = "The envoy arrived in Rome on\nMonday.\n\nHe met the pope on Tuesday\nmorning."
    assert _paras(text) == ["The envoy arrived in Rome on Monday.", "He met the pope on Tuesday morning."]


def test_paragraph_end_inferred_from_short_last_line():
    text = ("The two delegations met for six hours in the old palace and agreed\n"
            "on a joint statement.\n"
            "The statement calls for a ceasefire along the whole of the front line\n"
            "and an exchange of prisoners.")
    assert len(_paras(text)) == 2


def test_full_last_line_sentence_end_does_not_split():
    text = ("The two delegations met for six hours in the old palace and then\n"
            "went out to the press. They agreed on a joint statement and a date\n"
            "for further talks in the capital, the spokesman told reporters.\n"
            "Neither side took questions at the end of the long meeting on the\n"
            "first day of the conference.")
    assert len(_paras(text)) == 1


def test_indented_first_lines_mark_paragraphs():
    text = ("    The court ruled on Friday that the vote was valid and that\n"
            "the result stands.\n"
            "    The opposition said it would appeal to the supreme court\n"
            "within days.")
    assert len(_paras(text)) == 2


def test_page_break_mid_sentence_joins():
    text = "The army said its troops had\n\n\fwithdrawn from the town."
    assert _paras(text) == ["The army said its troops had withdrawn from the town."]


def test_newline_before_form_feed_is_not_a_blank_line():
    lines = split_lines("The army said.\n\fIt left.")
    assert lines[1].breaks == {"page"}


def test_unwrapped_lines_are_paragraphs():
    text = "First paragraph of a web copy.\nSecond paragraph of it.\nThird one here."
    assert len(_paras(text)) == 3


# --- quotes and dateline ---------------------------------------------------------------------

def test_quotes():
    assert fix_quotes("He said ''no deal'' today.") == 'He said "no deal" today.'
    assert fix_quotes("She called it ``historic''.") == 'She called it "historic".'
    assert fix_quotes("to mark ''a turning point' in ties") == 'to mark "a turning point" in ties'
    assert fix_quotes("the ''voters' choice'' won") == "the \"voters' choice\" won"


@pytest.mark.parametrize("para,place", [
    ("MOSCOW (Reuters) - The Kremlin said", "MOSCOW"),
    ("RIYADH, Sept 15 (Reuters) - Oil prices", "RIYADH"),
    ("TEHRAN, Iran (AP) — Iran said", "TEHRAN, Iran"),
    ("WASHINGTON, March 3 - President", "WASHINGTON"),
    ("NEW DELHI — India said", "NEW DELHI"),
    ("KYIV/MOSCOW (Reuters) - Both sides said", "KYIV/MOSCOW"),
    ("UNITED NATIONS (AP) -- The council", "UNITED NATIONS"),
])
def test_datelines(para, place):
    found = find_dateline(para)
    assert found is not None and found.place == place
    assert para[found.length:][0].isupper()


def test_no_dateline_in_ordinary_sentence():
    assert find_dateline("The UN said on Monday - without giving details - that") is None
    assert find_dateline("Officials in Moscow said") is None


# --- whole documents ---------------------------------------------------------------------------

ARTICLE = """WORLD | AFRICA

Ghana and Togo agree to
reopen land border

By Efua Mensah

March 2,2022

Photo: Yaw Boateng / Reuters

ACCRA (Reuters) - Ghana and Togo agreed on Wednesday to reopen their land
border, closed for two years, officials said.

Related article: West African leaders meet in Abuja on trade

The decision was welcomed by traders in the border town of Aflao.

https://news.example.org/2023/01/05/west-african-leaders-meet-in-abuja-on-trade

AFP contributed reporting.
"""


def test_whole_article():
    art = clean(ARTICLE)
    assert art.headline == "Ghana and Togo agree to reopen land border"
    assert art.published == "2022-03-02"
    assert art.byline == ["Efua Mensah"]
    assert art.credit == "Yaw Boateng / Reuters"
    assert art.dateline == "ACCRA"
    assert art.contributors == ["AFP"]
    assert [(lk.text, lk.url) for lk in art.links] == [
        ("West African leaders meet in Abuja on trade",
         "https://news.example.org/2023/01/05/west-african-leaders-meet-in-abuja-on-trade")]
    assert art.text.startswith("Ghana and Togo agreed on Wednesday")
    assert art.text.split("\n\n") == [
        "Ghana and Togo agreed on Wednesday to reopen their land border, closed for two years, officials said.",
        "The decision was welcomed by traders in the border town of Aflao.",
        "AFP contributed reporting.",
    ]
    assert any("2023-01-05" in w for w in art.warnings)


def test_published_argument_and_hints_win():
    art = clean(ARTICLE, published="2022-03-03")
    assert art.published == "2022-03-03"
    raw = RawDocument(text=ARTICLE, format="html", origin="x", hints={"headline": "Given", "byline": ["Ann Lee"],
                                                                     "published": "2022-03-04"})
    art = clean_document(raw)
    assert (art.headline, art.byline, art.published) == ("Given", ["Ann Lee"], "2022-03-04")


def test_structured_input_takes_no_headline_from_text():
    raw = RawDocument(text="Border talks resume\n\nThe talks resumed on Monday in Geneva.",
                      format="html", origin="x", structured=True)
    art = clean_document(raw)
    assert art.headline is None
    assert art.text.startswith("Border talks resume")


def test_short_paste_is_all_body():
    art = clean("Chile and Peru signed a fisheries pact on Friday.")
    assert art.headline is None and art.text == "Chile and Peru signed a fisheries pact on Friday."
    two_lines = clean("The minister said the talks\nwould resume next week.")
    assert two_lines.headline is None


def test_warnings_no_date_and_truncation():
    art = clean("Talks collapse\n\nThe talks collapsed on Monday after the delegations failed to agree on the")
    assert "no publication date found" in art.warnings
    assert any("truncated" in w for w in art.warnings)
    assert any("ellipsis" in w for w in clean("The envoy said the deal was...").warnings)


def test_errors_name_the_input():
    with pytest.raises(EmptyInputError, match="unit-test"):
        clean("  \n\n ")
    with pytest.raises(NoArticleError, match="unit-test"):
        clean("https://example.org/only/a/link\n")


_BODY = "\n\nThe envoy arrived in Oslo on Monday for talks with the Norwegian government.\n\nHe left on Tuesday.\n"


def test_credit_line_right_under_a_wrapped_headline():
    art = clean("Norway Hosts Peace Talks on\nSudan Ceasefire\nNorwegian Foreign Ministry Press Service\nApril 10,2018" + _BODY)
    assert art.headline == "Norway Hosts Peace Talks on Sudan Ceasefire"
    assert art.credit == "Norwegian Foreign Ministry Press Service"


def test_bare_credit_line_above_the_date():
    art = clean("Norway Hosts Peace Talks\n\nNorwegian Foreign Ministry Press Service\n\nApril 10,2018" + _BODY)
    assert (art.headline, art.credit, art.published) == (
        "Norway Hosts Peace Talks", "Norwegian Foreign Ministry Press Service", "2018-04-10")
    assert art.text.startswith("The envoy arrived")


@pytest.mark.parametrize("line", ["April 10, 2018 | By Kari Nordmann", "By Kari Nordmann — April 10, 2018"])
def test_date_and_byline_on_one_line(line):
    art = clean("Norway hosts peace talks\n" + line + _BODY)
    assert (art.published, art.byline) == ("2018-04-10", ["Kari Nordmann"])


def test_date_and_credit_on_one_line():
    art = clean("Norway hosts peace talks\n10 April 2018 · Photo: Ola Berg / NTB" + _BODY)
    assert (art.published, art.credit) == ("2018-04-10", "Ola Berg / NTB")


def test_wire_headline_in_capitals_runs_straight_into_prose():
    art = clean("SNOW CLOSES ALPINE PASSES\nHeavy snow closed three Alpine passes\non Tuesday, Swiss police said, stranding\nhundreds of trucks near the border.\n"
                "    Police said the roads would reopen\nwhen the storm eased.\n Reuter\n")
    assert art.headline == "SNOW CLOSES ALPINE PASSES"
    assert art.text.startswith("Heavy snow closed") and art.text.endswith("when the storm eased.")


def test_capitals_label_is_a_kicker_only_above_a_headline_sized_group():
    art = clean("EUROPE\nAlpine passes close after snow\n\nHeavy snow closed three passes on Tuesday.\n\nPolice said so.")
    assert art.headline == "Alpine passes close after snow"
    assert art.text.startswith("Heavy snow")


def test_url_inside_prose_leaves_the_sentence_intact():
    art = clean("The full report (www.example.org/report) was published, the envoy said.")
    assert art.text == "The full report was published, the envoy said."
    assert [(lk.text, lk.url) for lk in art.links] == [("", "www.example.org/report")]
    art = clean("Details are at https://example.org/a. The talks went on.")
    assert art.text == "Details are at. The talks went on." and art.links[0].url == "https://example.org/a"


def test_closing_quotes_with_a_space_do_not_look_truncated():
    art = clean("The envoy asked: 'Is there life anywhere else?' \"")
    assert not any("truncated" in w for w in art.warnings)


def test_web_copy_title_line_then_one_paragraph_per_line():
    art = clean("Minister resigns over procurement scandal\n"
                "The defence minister resigned on Monday after weeks of pressure from opposition parties over a "
                "contract for armoured vehicles, the prime minister's office said.\n"
                "She denied any wrongdoing and said she would cooperate with investigators.\n")
    assert art.headline == "Minister resigns over procurement scandal"
    assert art.text.startswith("The defence minister") and art.text.count("\n\n") == 1


def test_reader_hints_for_credit_links_and_warnings_reach_the_article():
    """Regression: HTML caption credits, related-link blocks and reader warnings were dropped."""
    from dateline.clean import clean_document
    from dateline.ingest.document import RawDocument

    raw = RawDocument(
        text="Ministers from Chile and Peru signed a fisheries accord in Lima on Friday after two days of talks.",
        format="html", origin="page.html", structured=True,
        hints={"headline": "Fisheries accord signed", "credit": "Photo: Ana Ruiz / Pacific Wire",
               "links": [{"text": "Earlier talks stall", "url": "https://example.org/2024/01/02/talks"}],
               "warnings": ["body cut at 10 characters"]})
    art = clean_document(raw)
    assert art.credit == "Ana Ruiz / Pacific Wire"
    assert [(l.text, l.url) for l in art.links] == [("Earlier talks stall", "https://example.org/2024/01/02/talks")]
    assert art.warnings[0] == "body cut at 10 characters"
