"""modal55: four wire constructions of appeal, obligation, comment and apology.

- Declined comment (011): tried and dropped. A firm's refusal to the press is pruned as commerce
  between private parties, and a refusal on a bare "the report" aims at ---MED (lexicon18); on
  the tune rows the gold's press split ---MED / the speaker's country, so both stay as they were
  (docs/evaluation/events-modal55.md); these tests pin the negatives.
- Obligations: "Y has / had to <act>" said by X is X's appeal to Y (02x by the act, as the tune
  gold codes "have to"), and the owed act is no fact; '"They should ...," he added' (a "he"
  speaker, a quoted active "they") is another party's obligation; the advised act gives the 02x
  ("should lift the sanctions": 0254).
- "X said he expected Y to <act>", '"We expect Y to <act>"' and "it is up to Y to <act>": X's
  appeal to Y (02x by the act); a forecast is none ("analysts expect ...", a firm's or an
  economist's expectation, an expected announcement or an act with a date: "... next week").
- "accepted X's apology": the accepter forgives X (056), besides X's apology (055)."""
from __future__ import annotations

from events_variety import coded_triples


def _got(text: str, date: str = "1996-08-30") -> set[tuple[str, str, str]]:
    return set(coded_triples(text, date))


# ---------------------------------------------------------------- declined comment (011)

def test_firm_declining_comment_stays_pruned_as_commerce() -> None:
    # a firm's refusal to the press stays commerce between private parties (filters.commerce):
    # on the tune rows the gold's press for a firm's refusal was as often ---MED as its country's
    got = _got("LUSAKA 1987-03-12\n\nZambia Consolidated Copper Mines officials declined to comment on the report.",
               "1987-03-12")
    assert not any(c == "011" for _, c, _ in got)


def test_press_reports_keep_the_countryless_press() -> None:
    got = _got("TOKYO 1987-03-12\n\nJapan's Finance Ministry refused to comment on the reports.", "1987-03-12")
    assert ("JPNGOV", "011", "---MED") in got


def test_declined_comment_negatives() -> None:
    assert not any(c == "011" for _, c, _ in _got("LONDON 1996-08-30\n\nThe British Treasury declined to say when the talks would resume."))
    assert not any(c == "011" for _, c, _ in _got("ROME 1987-03-12\n\nThe sources declined to comment on the report.", "1987-03-12"))
    assert not any(c == "011" for _, c, _ in _got(
        "HOUSTON 1987-03-12\n\nExxon Corp declined to comment on its plans to buy a stake in the refinery.", "1987-03-12"))
    got = _got("MOSCOW 1996-08-30\n\nThe Russian government declined an offer of help from NATO.")
    assert not any(c == "011" for _, c, _ in got)


# ---------------------------------------------------------------- obligations

def test_has_to_is_an_appeal_and_the_owed_act_is_not_done() -> None:
    for text in ('BONN 1996-08-30\n\n"Serbia has to release the prisoners," German Foreign Minister Klaus Kinkel said.',
                 "BONN 1996-08-30\n\nKinkel said Serbia had to release the prisoners."):
        got = _got(text)
        assert ("DEUGOV", "0253", "SRB") in got, text
        assert not any(s == "SRB" for s, _, _ in got), text
    got = _got("WASHINGTON 1990-09-12\n\nSecretary of State James Baker said Iraq had to withdraw from Kuwait.", "1990-09-12")
    assert ("USAGOV", "0256", "IRQ") in got


def test_has_to_negatives() -> None:
    assert not _got("BONN 1996-08-30\n\nKinkel said Serbia did not have to release the prisoners.")
    assert not _got("BONN 1996-08-30\n\nKinkel said Serbia had a duty to release the prisoners.")
    assert not _got("BONN 1996-08-30\n\nKinkel said Germany had to cut its budget deficit.")
    assert not _got("CAIRO 1996-08-30\n\nThe Egyptair plane had to land in Athens after a bomb threat.")


def test_they_should_with_a_he_speaker_is_another_party() -> None:
    got = _got("MANILA 1996-08-30\n\nPresident Fidel Ramos said the rebels must lay down their arms.\n\n"
               "\"They should return to the negotiating table,\" he added.")
    assert ("PHLGOV", "020", "PHLREB") in got and ("PHLGOV", "1056", "PHLREB") in got


def test_passive_they_with_a_he_speaker_is_no_demand_on_them() -> None:
    got = _got("SRINAGAR 1996-08-30\n\nThe Indian commander said the militants had killed six villagers.\n\n"
               "He said they must be punished.")
    assert not any(c[:2] in ("02", "10") for _, c, _ in got)


def test_advised_act_gives_the_appeal_subcode() -> None:
    got = _got("TOKYO 1987-03-12\n\nThe Japanese trade minister said Washington should lift the sanctions at once.", "1987-03-12")
    assert ("JPNGOV", "0254", "USA") in got
    got = _got("MANILA 1996-08-30\n\nPresident Fidel Ramos said the rebels should return to the negotiating table.")
    assert ("PHLGOV", "020", "PHLREB") in got  # a return to talks releases no one (not 0253)


def test_obligation_negatives() -> None:
    assert not _got("LONDON 1996-08-30\n\n\"Prices should rise next year,\" the Bank of England governor said.")
    assert not _got("LONDON 1996-08-30\n\n\"We must win this election,\" the Labour leader Tony Blair said.")


# ---------------------------------------------------------------- expect / up to

def test_voiced_expectation_is_an_appeal() -> None:
    got = _got("WASHINGTON 1987-03-12\n\nTreasury Secretary James Baker said he expected Japan to do more to open its markets.",
               "1987-03-12")
    assert ("USAGOV", "020", "JPN") in got
    got = _got("MOSCOW 1996-08-30\n\nRussian President Boris Yeltsin said he expected Chechen rebels to observe the truce.")
    assert ("RUSGOV", "020", "RUSREB") in got
    got = _got("JERUSALEM 1996-08-30\n\n\"We expect the Palestinian Authority to arrest the militants,\" "
               "Prime Minister Benjamin Netanyahu said.")
    assert ("ISRGOV", "020", "PSEGOV") in got


def test_up_to_party_is_an_appeal() -> None:
    got = _got("CAIRO 1996-08-30\n\nPresident Hosni Mubarak said it was up to Israel to revive the peace process.")
    assert ("EGYGOV", "020", "ISR") in got


def test_expectation_negatives() -> None:
    assert not _got("FRANKFURT 1987-03-12\n\nAnalysts expect the Bundesbank to cut interest rates next month.", "1987-03-12")
    assert not _got("LONDON 1996-08-30\n\nThe British Treasury said it expected prices to rise next year.")
    got = _got("FRANKFURT 1987-03-12\n\nDeutsche Bank chief economist Norbert Walter said he expected the Bundesbank "
               "to cut interest rates next month.", "1987-03-12")
    assert not any(c[:2] == "02" for _, c, _ in got)  # a firm's forecast, no appeal
    for text in ("WASHINGTON 1987-03-12\n\nU.S. officials said they expected Japan to announce new stimulus measures next week.",
                 "WASHINGTON 1987-03-12\n\nTreasury Secretary James Baker said he expected Japan to announce its package soon."):
        assert not any(c[:2] == "02" for _, c, _ in _got(text, "1987-03-12")), text  # a timed act or announcement: a forecast
    assert not _got("WASHINGTON 1987-03-12\n\nJapan is expected to announce new measures next week, officials said.", "1987-03-12")
    assert not _got("CAIRO 1996-08-30\n\nMubarak said it was up to the voters to decide, not the government.")
    assert not _got("WASHINGTON 1987-03-12\n\nBaker said he did not expect Japan to cut its surplus soon.", "1987-03-12")
    got = _got("WASHINGTON 1996-08-30\n\nThe State Department said it expected to sign the accord with Mexico next week.")
    assert not any(c[:2] == "02" for _, c, _ in got)  # its own intent, no appeal


# ---------------------------------------------------------------- apologies

def test_accepted_apology_is_forgiveness() -> None:
    got = _got("SEOUL 1996-08-30\n\nSouth Korea accepted Japan's apology for the incident.")
    assert ("KOR", "056", "JPN") in got
    got = _got("ANKARA 1996-08-30\n\nTurkish President Suleyman Demirel accepted an apology from the Greek government.")
    assert ("TURGOV", "056", "GRCGOV") in got


def test_apology_negatives() -> None:
    assert not any(c == "056" for _, c, _ in _got("SEOUL 1996-08-30\n\nSouth Korea did not accept Japan's apology."))
    got = _got("BEIJING 1999-05-12\n\nChina refused to accept the U.S. apology for the bombing of its embassy.", "1999-05-12")
    assert not any(c == "056" for _, c, _ in got)
    got = _got("SEOUL 1996-08-30\n\nSouth Korea accepted the offer of talks from Japan.")
    assert not any(c == "056" for _, c, _ in got)
    assert ("JPNGOV", "055", "KOR") in _got(
        "TOKYO 1996-08-30\n\nJapanese Prime Minister Ryutaro Hashimoto apologised to South Korea for the wartime abuses.")
