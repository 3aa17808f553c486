"""oppose56: opposition and denial that read no act (docs/evaluation/events-oppose56.md).
Every sentence is our own, written in wire (1987, 1996) or Wikinews (2019) style.

- A copular or adjectival stance on an act ("is opposed to the levy", "was against the curbs",
  "X, also opposed to the tax, ...") is that act's rejection (120), aimed at whoever made it,
  in the sentence or earlier in the article (`statements.disapproval`, the coder's act-owner
  repairs); "are opposed to" is no second 111 from the verb line (`coder._plausible`).
- "would oppose X's plan" announces a rejection (120), not a threat (verbs.txt "oppose +plan").
- A denial answers the accuser its own sentence names: "as Baghdad had claimed", "a charge
  Tehran has always denied", "which it blamed on Y", the body whose quota or embargo the
  denied clause says was broken (`events/denied_reports.py`).
"""
from __future__ import annotations

from events_variety import coded_triples, wire_story

OLD, WIRE, WIKI = "1987-03-10", "1996-09-18", "2019-07-02"


def test_a_copular_stance_on_an_owned_act_is_its_rejection():
    for text, day, want in (
            (wire_story("BRUSSELS", OLD, "The European Community Commission proposed a levy on imported fish on Monday.",
                        "Ireland is strongly opposed to the levy, an Irish fisheries official said."), OLD,
             ("IRL", "120", "IGOEUREEC")),
            (wire_story("TOKYO", OLD, "Japan's Finance Ministry announced new curbs on bond trading by foreign firms.",
                        "Britain was against the curbs, a British embassy official said."), OLD, ("GBR", "120", "JPNGOV")),
            (wire_story("BEIJING", WIRE, "China remains opposed to Washington's plan to sell missiles to Taiwan."), WIRE,
             ("CHN", "120", "USA")),
            ("Italy was against the French proposal on fishing quotas, a government spokesman said.", WIKI,
             ("ITA", "120", "FRA"))):
        got = coded_triples(text, day)
        assert want in got, (text, got)


def test_a_coordinated_stance_codes_each_side_once():
    text = "Austria and Slovakia are opposed to the European Commission's plan for asylum quotas."
    got = coded_triples(text, WIKI)
    assert ("AUT", "120", "IGOEUREEC") in got and ("SVK", "120", "IGOEUREEC") in got, got
    assert not [t for t in got if t[1] == "111"], got


def test_an_adjectival_opposed_on_the_subject():
    text = wire_story("BONN", OLD, "The EC Commission has proposed a tax on imported oils to cut farm spending.",
                      "West Germany, also opposed to the tax, will raise the matter with the ministers, officials said.")
    got = coded_triples(text, OLD)
    assert ("DEU", "120", "IGOEUREEC") in got, got


def test_no_stance_on_no_act_or_a_guess():
    for text, day in (
            (wire_story("MANILA", WIRE, "The ruling party said it was opposed to violence of any kind."), WIRE),
            (wire_story("PARIS", WIRE, "Spain is not opposed to talks with Morocco, the foreign minister said."), WIRE),
            ("Analysts said Canada may be against the American proposal on lumber.", WIKI),
            ("Observers said Greece could be opposed to the Turkish plan.", WIKI),
            (wire_story("LONDON", OLD, "The central bank is opposed to higher interest rates, dealers said."), OLD)):
        got = coded_triples(text, day)
        assert not [t for t in got if t[1][:2] in ("11", "12")], (text, got)


def test_would_oppose_a_plan_is_a_rejection_not_a_threat():
    for text, day, want in (
            (wire_story("OTTAWA", OLD, "Canada said it would oppose the American plan to cut wheat subsidies."), OLD,
             ("CAN", "120", "USA")),
            (wire_story("MOSCOW", WIRE, "Russia said on Monday it would strongly oppose NATO's plan to admit Hungary."), WIRE,
             ("RUS", "120", "IGONAT")),
            ("Mexico said it would oppose President Trump's proposal to tax remittances.", WIKI, ("MEX", "120", "USAGOV"))):
        got = coded_triples(text, day)
        assert want in got, (text, got)
        assert not [t for t in got if t[1][:2] == "13"], (text, got)


def test_opposed_plans_in_the_past_are_rejected():
    got = coded_triples("Poland opposed Germany's plan for a gas pipeline on Tuesday.", WIKI)
    assert ("POL", "120", "DEU") in got, got


def test_would_not_oppose_or_a_question_codes_nothing():
    for text, day in (("Germany said it would not oppose the European Commission's proposal.", WIKI),
                      (wire_story("BRUSSELS", OLD, "Would Denmark oppose the Commission's plan?"), OLD),
                      (wire_story("ROME", WIRE, "Italy could oppose the plan, diplomats said."), WIRE)):
        got = coded_triples(text, day)
        assert not [t for t in got if t[1][:2] in ("11", "12", "13")], (text, got)


def test_a_denial_answers_the_claimant_named_with_as():
    for text, day, want in (
            (wire_story("ANKARA", WIRE, "Turkey denied that its jets had bombed villages in Iraq, as Baghdad had claimed."), WIRE,
             ("TUR", "016", "IRQ")),
            ("Russia denied that it had sent arms to the rebels, as U.S. officials have alleged.", WIKI,
             ("RUS", "016", "USAGOV"))):
        got = coded_triples(text, day)
        assert want in got, (text, got)


def test_a_charge_the_accused_has_denied():
    for text, day, want in (
            (wire_story("BAGHDAD", OLD, "Iraq accused Iran of shelling Basra, a charge Tehran denied."), OLD, ("IRN", "016", "IRQ")),
            (wire_story("NEW DELHI", WIRE, "India has often accused Pakistan of arming the rebels, a charge Islamabad has always denied."),
             WIRE, ("PAK", "016", "IND")),
            (wire_story("BAGHDAD", OLD, "Iraq has repeatedly accused Iran of shelling Basra, a charge Tehran has always denied."), OLD,
             ("IRN", "016", "IRQ"))):
        got = coded_triples(text, day)
        assert want in got, (text, got)


def test_a_denial_that_turns_the_blame():
    text = wire_story("AMMAN", WIRE, "The opposition Baath Party denied involvement in the riots, which it blamed on government policies.")
    got = coded_triples(text, WIRE)
    assert ("JOROPP", "016", "JORGOV") in got and ("JOROPP", "112", "JORGOV") in got, got


def test_a_denial_that_a_body_s_rule_was_broken():
    for text, day, want in (
            (wire_story("KUWAIT", OLD, "The oil minister denied that Kuwait was producing above its OPEC quota."), OLD,
             ("KWTGOV", "016", "IGOOPC")),
            (wire_story("DAMASCUS", WIRE, "Syria denied that it was violating the UN arms embargo on Libya."), WIRE,
             ("SYR", "016", "IGOUNO"))):
        got = coded_triples(text, day)
        assert want in got, (text, got)


def test_denials_with_no_accuser_stay_untargeted():
    for text, day in ((wire_story("BAGHDAD", WIRE, "Iraq denied that the talks had failed."), WIRE),
                      (wire_story("KUWAIT", OLD, "The oil minister denied that OPEC would cut Kuwait's quota."), OLD),
                      ("Egypt denied that it was holding talks with Hamas, as Israel had hoped.", WIKI),
                      ("Did Iran deny the accusation?", WIKI)):
        got = coded_triples(text, day)
        assert not [t for t in got if t[1] == "016" and t[2]], (text, got)


def test_charges_a_pronoun_has_denied_are_the_accused_s_denial():
    text = wire_story("ISLAMABAD", WIRE, "The government has accused former prime minister Nawaz Sharif of corruption, "
                                         "charges he has always denied.")
    got = coded_triples(text, WIRE)
    assert ("PAKOPP", "016", "PAKGOV") in got and ("PAKGOV", "1121", "PAKOPP") in got, got


def test_a_rejected_act_whose_author_the_story_names_later():
    for text, day, want in (
            (wire_story("PARIS", WIRE, "France is opposed to plans to cut farm subsidies, the agriculture minister said.",
                        "The plans, drafted by the European Commission, will be discussed on Monday."), WIRE,
             ("FRA", "120", "IGOEUREEC")),
            (wire_story("LONDON", OLD, "Britain and Denmark said they would oppose major elements of proposals to cut farm spending.",
                        "The EC Commission, which put forward the proposals last month, said it would not withdraw them."), OLD,
             ("GBR", "120", "IGOEUREEC"))):
        got = coded_triples(text, day)
        assert want in got, (text, got)


def test_no_later_author_from_another_act():
    text = "Poland opposed plans for a new pipeline on Wednesday.\n\nGermany also unveiled a plan for wind farms."
    got = coded_triples(text, WIKI)
    assert not [t for t in got if t[1][:2] == "12"], got


def test_charges_denied_in_the_past_answer_the_accusation_told_now():
    text = wire_story("DHAKA", WIRE, "Sheikh Hasina accused Khaleda Zia of corruption and nepotism, charges she has denied in the past.")
    got = coded_triples(text, WIRE)
    assert ("BGDOPP", "016", "BGDGOV") in got, got  # (Hasina governs in 1996, Zia leads the opposition)


def test_a_denial_recorded_in_the_past_stays_a_record():
    text = wire_story("DHAKA", WIRE, "Khaleda Zia has denied such charges in the past.")
    got = coded_triples(text, WIRE)
    assert not [t for t in got if t[1] == "016" and t[2]], got


def test_opposition_to_a_ruling_stays_criticism():
    text = wire_story("NAIROBI", WIRE, "The opposition is opposed to the High Court's ruling on the election, a party official said.")
    got = coded_triples(text, WIRE)
    assert not [t for t in got if t[1][:2] == "12"], got
