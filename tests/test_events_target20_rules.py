"""target20: a part of an organisation ("the Canadian division of General Motors", "the German
subsidiary of Siemens") acts as the organisation, in the country its own adjective names
(events/org_parts.py). Before, the phrase resolved to its bare country (dropped as the
source's own country at home) or to nothing. Sentences written for these tests."""
from __future__ import annotations

from events_variety import coded_triples
from dateline.events.org_parts import part_owner

DATE = "2019-05-06"


def test_offer_from_a_national_division_is_the_firm_there():
    got = coded_triples("The union accepted a pay offer from the Canadian division of General Motors.", DATE)
    assert ("CANLAB", "080", "CANBUS") in got


def test_a_subsidiary_as_target_of_criticism():
    got = coded_triples("The union criticised the German subsidiary of Siemens on Monday.", DATE)
    assert ("DEULAB", "111", "DEUBUS") in got


def test_a_division_as_source_is_the_firm_not_the_bare_country():
    got = coded_triples("The Canadian division of General Motors rejected the union's pay demands.", DATE)
    assert ("CANBUS", "120", "CANLAB") in got
    assert not any(src == "CAN" for src, _, _ in got)


def test_negated_criticism_of_a_division_stays_uncoded():
    assert coded_triples("The union did not criticise the Canadian division of General Motors.", DATE) == set()


def test_hypothetical_criticism_of_a_division_stays_uncoded():
    assert coded_triples("The union may criticise the Canadian division of General Motors next week.", DATE) == set()


def test_a_plain_statement_by_a_division_codes_no_event():
    assert coded_triples("The Canadian division of General Motors said sales rose in March.", DATE) == set()


def _first(text: str, word: str):
    from events_variety import annotated

    _, doc = annotated(text, DATE)
    return next(t for t in doc if t.text == word)


def test_part_owner_needs_an_organisation_name_after_of():
    assert part_owner(_first("The union criticised the Canadian division of General Motors.", "division")).text == "Motors"
    # a part noun of no named organisation, or a thing that is no part, gives nothing
    assert part_owner(_first("The union criticised the division of labour in the plant.", "division")) is None
    assert part_owner(_first("The union criticised the price of Siemens shares.", "price")) is None
