"""target71: a state's suspended debt service is aimed at its creditor banks (docs/evaluation/events-target71.md).

- "Brazil suspended interest payments on its foreign debt", "the government halted interest
  payments on the country's external debt", "declared a moratorium on principal payments": no
  payee named, the unnamed creditor banks of a debt story are ---BUS (annr69d, annr69b), 160
  (`events/debt_creditors.py`, asked only when the clause named no target).
- a state signing a debt rescheduling accord that names no partner: its creditor banks (---BUS),
  or the creditor the phrase names ("covering official debts to Britain"); official debt with no
  creditor named gets none (`debt_creditors.debt_accord_party`).
- a state limiting its debt service to a share of exports ("Peru has limited foreign debt
  repayments to 10 pct of export earnings"): 160 toward the creditor banks (verbs.txt, annr69b).
- "Iraq rejected its quota" in an OPEC story: the quota is the body's (OPEC, the ICO, the EC), not
  Iraq's own, so the pair is not dropped as an actor acting on itself (`events/quota_bodies.py`).
- Not: a firm's interest or dividends, payments to farmers, official debt (governments, the Paris
  Club), negated or hypothetical suspensions, the suspension told as a noun.
"""
from __future__ import annotations

import pytest

from test_events_coder import triples

SUSPENDED = [
    ("Brazil suspended interest payments on its 68 billion dlr commercial bank debt in February, the central "
     "bank said.", ("BRA", "160", "---BUS"), "1987-04-14"),
    ("The Peruvian government halted interest payments on the country's medium-term foreign debt last year.",
     ("PERGOV", "160", "---BUS"), "1987-04-14"),
    ("The Philippine government declared a moratorium on principal payments on its foreign debt, the central "
     "bank governor said.", ("PHLGOV", "160", "---BUS"), "1987-04-14"),
    ("Finance Minister Dilson Funaro, who suspended interest payments to creditor banks in February, arrived "
     "in London today.", ("BRAGOV", "160", "---BUS"), "1987-04-14"),
    ("The Ivory Coast government has stopped interest payments on its external debt, bankers said.",
     ("CIVGOV", "160", "---BUS"), "1987-04-14"),
    ("Bankers said talks made no progress after Brasilia suspended interest payments last month.",
     ("BRA", "160", "---BUS"), "1987-05-20"),
    ("Brazil wants new money from its banks.\n\nThe country has declared an interest payments moratorium on 40 "
     "billion dlrs of its 70 billion dlr foreign debt.", ("BRA", "160", "---BUS"), "1987-05-20"),
    ("Ecuador followed Brazil by suspending interest payments on its foreign debt.", ("ECU", "160", "---BUS"),
     "1987-03-20"),
    ("Peru has limited foreign debt repayments to 10 pct of export earnings.", ("PER", "160", "---BUS"), "1987-04-20"),
    ("President Alan Garcia limited payments on the foreign debt to 10 pct of exports, officials said.",
     ("PERGOV", "160", "---BUS"), "1987-04-20"),
    ("Zambia capped its debt service payments at 10 pct of export earnings last year.", ("ZMB", "160", "---BUS"),
     "1987-04-20"),
    ("Argentina suspended payments on its foreign debt to private creditors, the economy ministry said.",
     ("ARG", "160", "---BUS"), "2001-12-24"),
]


@pytest.mark.parametrize("text,triple,date", SUSPENDED)
def test_suspended_debt_service_is_aimed_at_creditor_banks(text, triple, date):
    assert triple in triples(text, published=date)


NOT_BANKS = [
    ("Texas Air said its unit suspended interest payments on its subordinated debentures.", "1987-04-14"),
    ("The company suspended dividend payments on its common stock, it said.", "1987-04-14"),
    ("Nigeria suspended payments on its official debt to Western governments last year.", "1987-05-20"),
    ("Zaire halted payments on debts owed to the Paris Club, a finance ministry official said.", "1987-05-20"),
    ("Mexico has not suspended interest payments on its foreign debt, the finance ministry said.", "1987-04-14"),
    ("If oil prices fall further, Ecuador may suspend interest payments on its debt.", "1987-05-20"),
    ("Brazil's suspension of interest payments on its commercial debt angered the banks.", "1987-04-14"),
    ("The Agriculture Department suspended payments to farmers under the program.", "1987-04-14"),
    ("The government limited payments to farmers under the program to 50,000 dlrs each.", "1987-04-14"),
    # a suspension under a negated or refusing verb (the filters read the trigger's own clause only)
    ("Yugoslavia will not follow Brazil by suspending repayments on its large foreign debt, Prime Minister "
     "Branko Mikulic said.", "1987-03-20"),
    ("Mexico refused to suspend interest payments on its foreign debt, officials said.", "1987-03-20"),
]


@pytest.mark.parametrize("text,date", NOT_BANKS)
def test_no_creditor_banks(text, date):
    assert not any(t[2] == "---BUS" and t[1] == "160" for t in triples(text, published=date))


QUOTAS = [
    ("OPEC oil ministers ended a five-day meeting in Vienna on Sunday with an agreement to hold output at 15.8 mln "
     "barrels per day.\n\nIraq rejected its quota of 1.5 mln bpd and said it would produce as much as it needed.",
     ("IRQ", "120", "IGOOPC"), "1987-03-25"),
    ("Coffee producers in the International Coffee Organization failed to agree on export quotas last night.\n\n"
     "Indonesia rejected its quota, delegates said.", ("IDN", "120", "---IGO"), "1987-06-10"),
    ("The European Community Commission proposed cuts in milk production on Monday.\n\nIreland rejected its milk "
     "quota, saying farmers could not survive the cut.", ("IRL", "120", "IGOEUREEC"), "1987-05-12"),
]


@pytest.mark.parametrize("text,triple,date", QUOTAS)
def test_quota_answered_is_the_bodys(text, triple, date):
    assert triple in triples(text, published=date)


NOT_QUOTA_BODY = [
    # no body named: the old drop stands
    ("Iraq rejected its quota of 1.5 mln bpd and said it would produce as much as it needed.", "1987-03-25"),
    # a state's own import quota cut is no answer to the body named before
    ("Trade ministers of the General Agreement on Tariffs and Trade met in Geneva last week.\n\nJapan cut its "
     "beef import quota by 10 pct on Monday.", "1987-04-20"),
    ("OPEC oil ministers met in Vienna on Sunday.\n\nIraq rejected its own plan for the marshes, officials said.",
     "1987-03-25"),
]


@pytest.mark.parametrize("text,date", NOT_QUOTA_BODY)
def test_no_quota_body(text, date):
    assert not any(t[2].startswith("IGO") or t[2] == "---IGO" for t in triples(text, published=date))


ACCORDS = [
    ("Venezuela signed a 12-year rescheduling accord in February, 1986, officials said.", ("VEN", "057", "---BUS"),
     "1987-04-08"),
    ("Mexico signed a rescheduling accord covering 120 mln dlrs in official debts to Britain, the finance ministry "
     "said.", ("MEX", "057", "GBR"), "1987-04-08"),
    ("The Philippines signed a debt rescheduling agreement covering 9.4 billion dlrs on Friday.",
     ("PHL", "057", "---BUS"), "1987-04-08"),
    ("Chile's government signed a refinancing agreement for 1.2 billion dlrs of its foreign debt, the central bank "
     "said.", ("CHLGOV", "057", "---BUS"), "1987-04-08"),
    ("Peru signed a debt restructuring agreement on Friday, the economy ministry said.", ("PER", "057", "---BUS"),
     "1996-11-29"),
]


@pytest.mark.parametrize("text,triple,date", ACCORDS)
def test_debt_accord_is_with_the_creditors(text, triple, date):
    assert triple in triples(text, published=date)


NOT_ACCORD_BANKS = [
    ("Nigeria signed a rescheduling accord covering its official debts on Tuesday.", "1987-04-08"),
    ("The company signed a debt refinancing agreement with its lenders, it said.", "1987-04-08"),
    ("Venezuela did not sign the rescheduling accord, bankers said.", "1987-04-08"),
    ("Venezuela signed a trade accord on Monday, officials said.", "1987-04-08"),
]


@pytest.mark.parametrize("text,date", NOT_ACCORD_BANKS)
def test_no_accord_banks(text, date):
    assert not any(t[1] == "057" and t[2] == "---BUS" for t in triples(text, published=date))
