"""mood73: acts the mood guard left uncoded for want of a target or of the right threat code (issue #4).

- Aid given or promised "to help Y <act>": Y, named only in the purpose clause, is the recipient
  (events/aid_purposes.py); a thing helped ("to help build a hospital"), an unnamed owner ("to
  help its farmers"), a need, a denied gift: no dyadic event. Counted marks are money (0331).
- Retaliation threatened in a trade quarrel is a sanction threat (1312,
  threats.trade_retaliation_code); a retaliation for an attack is no 1312.
"""
from __future__ import annotations

from events_variety import coded_triples


def _got(text: str) -> set[tuple[str, str, str]]:
    return set(coded_triples(text, text.split()[1]))


def _dyadic(text: str) -> set[tuple[str, str, str]]:
    return {t for t in _got(text) if t[2]}


def test_aid_to_help_names_the_recipient() -> None:
    for text, want in (
            ("BONN 1987-03-02\n\nWest Germany will provide 200 mln marks to help Bolivia fight the drug trade, "
             "the Foreign Ministry said.", ("DEU", "0331", "BOL")),
            ("CARACAS 1987-03-02\n\nVenezuela would lend 50,000 barrels per day of crude oil to help Ecuador meet "
             "its export commitments, the energy minister said.", ("VEN", "0331", "ECU")),
            ("TOKYO 1987-03-02\n\nJapan will grant 20 billion yen in loans to help the Philippines rebuild its "
             "power grid, officials said.", ("JPN", "0331", "PHL")),
            ("WASHINGTON 1987-03-02\n\nThe United States gave 50 mln dlrs to help Jamaica repair hurricane damage "
             "last year.", ("USA", "071", "JAM")),
            ("BONN 1987-03-02\n\nWest Germany will provide 300 mln marks to help fight Bolivia's cocaine trade, "
             "the minister said.", ("DEU", "0331", "BOL")),
            ("MANILA 1987-03-02\n\nThe World Bank will provide 150 mln dlrs to help the Philippine government's "
             "land reform program, a bank official said.", ("IGOWBK", "0331", "PHLGOV"))):
        assert want in _got(text), text


def test_aid_to_help_negatives() -> None:
    for text in (
            "LAGOS 1987-03-02\n\nThe ministry allocated 20 mln dlrs to help build a new hospital in the capital.",
            "DELHI 1987-03-02\n\nThe company will invest 300 mln rupees to help boost production, it added.",
            "SUCRE 1987-03-02\n\nBolivia needs 200 mln dlrs to help fight the drug trade, the minister said.",
            "BONN 1987-03-02\n\nWest Germany did not provide any money to help Bolivia fight the drug trade, the "
            "minister said.",
            "SUCRE 1987-03-02\n\nBolivia will spend 20 mln dlrs to help its farmers grow other crops, the minister "
            "said."):
        assert not _dyadic(text), text


def test_trade_retaliation_threatened_is_a_sanction_threat() -> None:
    for text, want in (
            ("WASHINGTON 1987-03-02\n\nThe Reagan administration has warned Japan that it may retaliate if the chip "
             "pact is not honoured.", ("USAGOV", "1312", "JPN")),
            ("BRUSSELS 1987-03-02\n\nThe Community would retaliate if Congress passed the textile bill, an EC "
             "official said.", ("IGOEUREEC", "1312", "USALEG")),
            ("WASHINGTON 1987-03-02\n\nThe United States will impose tariffs on Japanese chips, officials said. "
             "Japan has been accused of dumping chips in third markets.\nSenior U.S. officials have accused Tokyo "
             "of failing to live up to the accord and have threatened retaliatory action.", ("USAGOV", "1312", "JPN"))):
        assert want in _got(text), text


def test_retaliation_for_an_attack_is_no_sanction_threat() -> None:
    for text in (
            "TEHRAN 1987-03-02\n\nIran warned it would retaliate if the United States attacked its oil platforms.",
            "MANILA 1987-03-02\n\nThe rebels vowed to retaliate against the army for the killing of their leader.",
            "TEHRAN 1987-03-02\n\nIran warned the United States it would retaliate for any attack on its tankers "
            "in the Gulf."):
        got = _got(text)
        assert got and not any(code == "1312" for _, code, _ in got), text
