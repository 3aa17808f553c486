"""Twelfth session: two repairs below and inside the actor coder.

- A quotation that ends a wire paragraph ('... of this operation."' then a line break and an
  indented paragraph) keeps its closing mark: the parser had started the next sentence at it.
- A people name with no article in an object slot ("urged Iraqis to stay calm") is the people
  (CVL), not the state, so a leader addressing his own nation is no longer a self-pair that is
  dropped.

Every sentence here is written for these tests."""
from __future__ import annotations

from events_variety import annotated, coded_triples

from dateline.model import Article, Source
from dateline.nlp import load_nlp

WIRE_DAY = "1996-08-22"


def _sentences(text: str) -> list[str]:
    return [s.text for s in load_nlp()(text).sents]


# --- closing quotation marks at the end of a wire paragraph --------------------------------------

def test_closing_quote_before_an_indented_paragraph_stays_with_its_sentence():
    text = ('The senator told reporters, "The minister plainly misled the committee."\n'
            '    The committee meets again on Friday.')
    sents = _sentences(text)
    assert len(sents) == 2
    assert sents[0].rstrip().endswith('committee."')
    assert sents[1] == "The committee meets again on Friday."


def test_closing_quote_before_a_new_line_without_indent_stays_too():
    sents = _sentences('She said, "We will not give in."\nThe strike went on.')
    assert sents[0].rstrip().endswith('in."') and sents[1] == "The strike went on."


def test_quote_mark_opening_the_next_paragraph_is_not_moved():
    # an opening mark has text after it on the same line: it starts the next sentence as before
    sents = _sentences('The talks ended.\n    "We are disappointed," the envoy said.')
    assert sents[1].startswith('"We are disappointed')


def test_quoted_speaker_found_when_the_quote_ends_a_wire_paragraph():
    from dateline.api import load_pipeline

    text = ('WASHINGTON, Feb 26 - A Senate panel sharply criticised the White House.\n'
            '    Panel chairman John Carver told a news conference, "The president did not grasp '
            'what his aides were doing."\n'
            '    The report runs to 300 pages.')
    pipe = load_pipeline()
    art = pipe.annotate(Article(text=text, source=Source("text"), published="1987-02-26"), pipe.nlp(text))
    direct = [q for q in art.quotes if q.kind == "direct"]
    assert direct and direct[0].speaker_name and "Carver" in direct[0].speaker_name


# --- a people addressed or acted on is its private persons --------------------------------------

def test_leader_urging_his_own_people_is_an_appeal_to_civilians():
    got = coded_triples("Iraqi President Saddam Hussein urged Iraqis to stay calm.", WIRE_DAY)
    assert ("IRQGOV", "020", "IRQCVL") in got


def test_leader_praising_his_own_people_is_praise_of_civilians():
    got = coded_triples("German Chancellor Helmut Kohl praised Germans for their patience.", WIRE_DAY)
    assert ("DEUGOV", "051", "DEUCVL") in got


def test_people_name_with_the_article_still_reads_as_the_state():
    got = coded_triples("Iraq attacked the Iranians.", WIRE_DAY)
    assert ("IRQ", "190", "IRN") in got and not any(t[2] == "IRNCVL" for t in got)


def test_people_name_as_subject_still_reads_as_the_state():
    got = coded_triples("Iranians attacked Iraq.", WIRE_DAY)
    assert not any(t[0] == "IRNCVL" for t in got)


def test_people_after_between_is_not_made_civilians():
    got = coded_triples("The minister called for talks between Serbs and Croats.", WIRE_DAY)
    assert not any(t[2] in ("SRBCVL", "HRVCVL") for t in got)


# --- two countries' bodies of the same name are two entities ------------------------------------

def _ministries(text: str) -> list[tuple[str | None, int]]:
    art, _ = annotated(text, WIRE_DAY)
    return sorted((e.country, len(e.mentions)) for e in art.entities if e.name == "defence ministry")


TWO_MINISTRIES = ("Armenia's defence ministry said two of its soldiers were hurt.\n\n"
                  "Azerbaijan's defence ministry criticised Armenia.")


def test_bodies_of_the_same_name_in_two_countries_stay_apart():
    assert _ministries(TWO_MINISTRIES) == [("ARM", 1), ("AZE", 1)]


def test_the_second_countrys_body_is_its_own_actor():
    # before, it joined the first ministry (ARMGOV) and the pair was dropped as Armenia's own
    assert ("AZEGOV", "111", "ARM") in coded_triples(TWO_MINISTRIES, WIRE_DAY)


def test_one_body_named_twice_by_its_country_stays_one():
    text = ("Armenia's defence ministry said two of its soldiers were hurt.\n\n"
            "Armenia's defence ministry later criticised Azerbaijan.")
    assert _ministries(text) == [("ARM", 2)]


# --- a speaker's own side is no party of its criticism -------------------------------------------

def test_speaker_describing_its_own_troops_is_no_criticism_of_them():
    got = coded_triples('The Croatian defence ministry said its troops had only responded to "provocative '
                        'fire" from the Slovenian side.', WIRE_DAY)
    assert not any(t[1] == "111" and t[0][:3] == t[2][:3] == "HRV" for t in got if t[2])


# --- "without <doing>" denies the act ------------------------------------------------------------

def test_an_act_after_without_is_not_done():
    got = coded_triples("Envoys from Iran and France ended the round without agreeing on a timetable.", WIRE_DAY)
    assert not any(t[1].startswith("05") for t in got)


def test_the_same_act_stated_plainly_is_still_coded():
    assert ("IRN", "057", "FRA") in coded_triples("Iran agreed with France on a new timetable.", WIRE_DAY)


def test_without_attacking_is_no_attack():
    got = coded_triples("The rebels left the capital without attacking the army.", WIRE_DAY)
    assert not any(t[1].startswith(("18", "19")) for t in got)


# --- "He" after a name in apposition to the subject ----------------------------------------------

def test_he_after_a_name_apposed_to_the_subject_is_that_person():
    text = ('"We made progress," German envoy Karl Brandt told reporters.\n'
            "Iran's deputy foreign minister, Reza Karimi, said Tehran would not accept new checks. "
            'He called the European proposal "unbalanced".')
    got = coded_triples(text, "2025-03-04")
    assert any(t[0] == "IRNGOV" and t[1] == "111" for t in got)
    assert not any(t[0] == "DEUGOV" and t[1] == "111" for t in got)


# --- a name listed with a place is a place -------------------------------------------------------

def test_a_city_listed_after_a_city_is_a_place_not_a_person():
    from dateline.resolve.ner_fixes import NerSpan, _listed_places

    doc = load_nlp()("They agreed to reopen consulates in Lyon and Oran.")
    lyon, oran = (next(t.i for t in doc if t.text == w) for w in ("Lyon", "Oran"))
    spans = [NerSpan(lyon, lyon + 1, "GPE"), NerSpan(oran, oran + 1, "PERSON")]
    assert [s.label for s in _listed_places(doc, spans)] == ["GPE", "GPE"]


def test_a_person_listed_with_a_person_stays_a_person():
    from dateline.resolve.ner_fixes import NerSpan, _listed_places

    doc = load_nlp()("The prize went to Ahmed and Carter.")
    a, c = (next(t.i for t in doc if t.text == w) for w in ("Ahmed", "Carter"))
    spans = [NerSpan(a, a + 1, "PERSON"), NerSpan(c, c + 1, "PERSON")]
    assert [s.label for s in _listed_places(doc, spans)] == ["PERSON", "PERSON"]
