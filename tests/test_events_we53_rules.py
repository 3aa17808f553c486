"""we53: first-person speakers in quotations (docs/evaluation/events-we53.md). Our own sentences.

- "our government / our troops / our police" in a speaker's quotation are the speaker's
  country's body (events/own_bodies.py); "our country" is the bare country; a union leader's or
  a private speaker's "our government" is not read this way, nor a quotation with no speaker.
- 'X said that "we ..."': the parse's saying verb outside the quotation names the speaker, not
  the name the quotes stage tied to the quotation (events/context.py).
"""
from __future__ import annotations

from events_variety import coded_triples

DAY = "1996-08-30"


def test_our_government_in_a_ministers_quote_is_his_government():
    for text, want in (
            ("\"Our government condemns the Israeli raids,\" Syrian Foreign Minister Farouk al-Shara said.",
             ("SYRGOV", "111", "ISR")),
            ("\"Our troops attacked the rebels near Jaffna,\" a Sri Lankan military spokesman said.",
             ("LKAMIL", "190", "LKAREB")),
            ("\"Our police arrested three Kurdish militants,\" Turkish Interior Minister Meral Aksener said.",
             ("TURCOP", "173", "TURREB"))):
        got = coded_triples(text, DAY)
        assert want in got, (text, got)


def test_our_country_in_a_ministers_quote_is_the_bare_country():
    text = "\"Our country condemns the Israeli raids,\" Syrian Foreign Minister Farouk al-Shara said."
    got = coded_triples(text, DAY)
    assert ("SYR", "111", "ISR") in got, got


def test_our_government_without_a_speaker_or_of_a_union_is_not_read():
    assert not coded_triples("\"Our government condemns the Israeli raids.\"", DAY)
    got = coded_triples("\"Our government has rejected the union's demands,\" said Bernard Thibault, "
                        "leader of the CGT union.", DAY)
    assert not any(src.endswith("LAB") and tgt.endswith("LAB") for src, _, tgt in got), got


def test_said_that_we_is_the_subject_of_said():
    text = ("Israeli Prime Minister Benjamin Netanyahu said on Friday that \"we will not negotiate with Hamas\" "
            "and accused Syria of supporting terrorism.")
    got = coded_triples(text, DAY)
    assert ("ISRGOV", "112", "SYR") in got, got
    assert not any(src == "SYR" for src, _, _ in got), got


def test_a_plain_we_quote_keeps_its_speaker():
    for text, want in (
            ("\"We welcome the decision of the Chinese government,\" French President Jacques Chirac told reporters.",
             ("FRAGOV", "051", "CHNGOV")),
            ("\"We accuse Iraq of violating the ceasefire,\" Iranian Foreign Minister Ali Akbar Velayati told a "
             "news conference.", ("IRNGOV", "112", "IRQ"))):
        got = coded_triples(text, DAY)
        assert want in got, (text, got)


def test_a_negated_we_quote_codes_nothing():
    got = coded_triples("\"We do not accuse Iran of anything,\" Iraqi Foreign Minister Mohammed Saeed al-Sahaf said.", DAY)
    assert not got, got
