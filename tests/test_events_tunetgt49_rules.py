"""tunetgt49: acts whose maker and target were left unread (docs/evaluation/events-tunetgt49.md).
Every sentence is our own, in 1996 wire style (a dateline paragraph, then one sentence a paragraph).

- "Y received / got a proposal (offer, request, plea, demand, ultimatum, protest) from X": the
  sender X acts toward the receiver Y (coop.RECEIVED_MESSAGES, only with receive / get).
- "X took / launched military action against (on) Y": force used on Y, 190 (verbs.txt).
"""
from __future__ import annotations

from events_variety import last_paragraph_triples

DAY = "1996-09-02"


def _story(dateline: str, *sentences: str) -> str:
    return "\n\n".join((f"{dateline} {DAY}",) + sentences)


def _last(text: str) -> set[tuple[str, str, str | None]]:
    """The dyadic triples coded from the story's last paragraph."""
    return last_paragraph_triples(text, DAY)


# --- messages received from a sender ------------------------------------------------------------

def test_a_message_received_is_the_senders_act_toward_the_receiver():
    cases = [
        (_story("TOKYO", "Japan said it had received a new proposal from Washington on Friday."), ("USA", "030", "JPN")),
        (_story("BONN", "Volkswagen received a new wage offer from the IG Metall union on Friday."), ("DEULAB", "030", "DEUBUS")),
        (_story("UNITED NATIONS", "The United Nations has received a request from Baghdad for more time."), ("IRQ", "020", "IGOUNO")),
        (_story("MOSCOW", "The Kremlin got an ultimatum from the Chechen rebels late on Thursday."), ("RUSREB", "139", "RUSGOV")),
        (_story("SEOUL", "South Korea said on Friday it had received a strongly worded protest from North Korea."), ("PRK", "114", "KOR")),
    ]
    for text, triple in cases:
        assert triple in _last(text), (text, _last(text))


def test_a_message_received_gives_no_stray_receiving_triple():
    got = _last(_story("SEOUL", "South Korea said on Friday it had received a strongly worded protest from North Korea."))
    assert ("KOR", "043", "KOROPP") not in got, got


def test_messages_not_received_or_accepted_or_with_no_sender_are_not_sent_acts():
    assert _last(_story("TOKYO", "Japan has not received any proposal from Washington.")) == set()
    # accepting a proposal stays yielding to its maker (080), as before
    assert _last(_story("MANILA", "The government accepted a proposal from the rebels on Friday.")) == {("PHLGOV", "080", "PHLREB")}
    assert _last(_story("LONDON", "The club received an offer of 5 million pounds for the striker.")) == set()


# --- military action taken against a side -------------------------------------------------------

def test_military_action_taken_against_a_side_is_force_used_on_it():
    cases = [
        (_story("WASHINGTON", "The United States took military action against Iraq on Tuesday."), ("USA", "190", "IRQ")),
        (_story("ANKARA", "Turkey launched military action on Kurdish rebels in northern Iraq."), ("TUR", "190", "IRQREB")),
    ]
    for text, triple in cases:
        assert triple in _last(text), (text, _last(text))


def test_military_action_that_is_possible_or_ruled_out_is_not_coded_as_force():
    for text in (_story("WASHINGTON", "Clinton said the United States could take military action against Iraq."),
                 _story("LONDON", "Britain ruled out military action against Serbia."),
                 _story("PARIS", "France did not take military action against Iran.")):
        assert not any(code == "190" for _, code, _ in _last(text)), (text, _last(text))
