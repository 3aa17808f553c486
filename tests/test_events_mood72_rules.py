"""mood72: acts the mood guard dropped that the standard codes (issue #4).

- "X said Y will not be allowed to <act>": a restriction the speaker's side imposes (172,
  events/mood_acts.py); a thing as the subject, a past "were not allowed", a question: nothing.
- "X said Y could do more to <act>": an appeal to Y (0211 for help, 0242 for a policy change);
  the speaker itself, a negated "could not do more" and a forecast by nobody named: nothing.
- "X is not going to <act>": announced as "will not" is, a refusal (announced_refusals.going_to);
  an analysts' guess, a condition, a passive, a hostile act withheld, a schedule: nothing.
- "would withdraw the subsidy to Y (if ...)": economic aid withdrawn (1621 line in verbs.txt), threatened
  on a condition (1311).
"""
from __future__ import annotations

from events_variety import coded_triples


def _got(text: str) -> set[tuple[str, str, str]]:
    return set(coded_triples(text, text.split()[1]))


def _none(text: str) -> None:
    assert not _got(text), text


def test_negated_permission_is_a_restriction() -> None:
    for text, want in (
            ("WASHINGTON 1987-04-10\n\nWhite House spokesman Marlin Fitzwater said Soviet diplomats will not be "
             "allowed to use the new embassy building until it was made secure.", ("USAGOV", "172", "RUSGOV")),
            ("MOSCOW 1987-03-02\n\nForeign Ministry spokesman Gennady Gerasimov said American diplomats would not "
             "be permitted to travel outside Moscow without notice.", ("RUSGOV", "172", "USAGOV")),
            ("MANILA 1987-03-02\n\nDefence Secretary Rafael Ileto said the communist rebels will not be allowed "
             "to collect taxes in the provinces.", ("PHLGOV", "172", "PHLREB"))):
        assert want in _got(text), text


def test_negated_permission_negatives() -> None:
    for text in (
            "LONDON 1987-04-10\n\nChancellor Nigel Lawson said interest rates would not be allowed to rise.",
            "LONDON 1987-04-10\n\nLawson said the pound would not be allowed to fall below three marks.",
            "WASHINGTON 1987-04-10\n\nFitzwater said Soviet diplomats were not allowed to use the building last year.",
            "WASHINGTON 1987-04-10\n\nFitzwater asked whether Soviet diplomats would not be allowed to use the "
            "building?"):
        _none(text)


def test_could_do_more_is_an_appeal() -> None:
    for text, want in (
            ("WASHINGTON 1987-04-10\n\nWorld Bank President Barber Conable said Japan could do more to help "
             "indebted developing countries.", ("IGOWBK", "0211", "JPN")),
            ("TOKYO 1987-04-10\n\nVisiting U.S. Commerce Secretary Malcolm Baldrige said Japan could do more to "
             "open its markets to American goods.", ("USAGOV", "0242", "JPN")),
            ("BRUSSELS 1987-04-10\n\nEC Commissioner Willy De Clercq told reporters that the United States could "
             "do more to cut its budget deficit.", ("IGOEUREEC", "0242", "USA"))):
        assert want in _got(text), text


def test_could_do_more_negatives() -> None:
    for text in (
            "TOKYO 1987-04-10\n\nPrime Minister Yasuhiro Nakasone said Japan could do more to help developing "
            "countries.",
            "TOKYO 1987-04-10\n\nNakasone said Japan could not do more to open its markets.",
            "TOKYO 1987-04-10\n\nBaldrige said he could do more to help American exporters.",
            "BONN 1987-04-10\n\nEconomists said the Bundesbank could cut interest rates next month."):
        _none(text)


def test_not_going_to_is_a_refusal() -> None:
    for text, want in (
            ("WASHINGTON 1987-04-10\n\nSpokesman Marlin Fitzwater said President Reagan is not going to give in "
             "to Congress on taxes.", ("USAGOV", "124", "USALEG")),
            ("JERUSALEM 1987-04-10\n\nDefence Minister Yitzhak Rabin said Israel is not going to release the "
             "Lebanese prisoners.", ("ISR", "1243", "LBNCVL")),
            ("WASHINGTON 1987-04-10\n\nFitzwater said Reagan is not going to meet Soviet leader Mikhail "
             "Gorbachev this year.", ("USAGOV", "125", "RUSGOV"))):
        assert want in _got(text), text


def test_not_going_to_negatives() -> None:
    for text in (
            "JERUSALEM 1987-04-10\n\nAnalysts said Israel is not going to release the Lebanese prisoners.",
            "JERUSALEM 1987-04-10\n\nRabin said that if the raids continued, Israel was not going to release "
            "the Lebanese prisoners.",
            "JERUSALEM 1987-04-10\n\nRabin said the prisoners are not going to be released.",
            "JERUSALEM 1987-04-10\n\nRabin said Israel is not going to attack Syria.",
            "MOSCOW 1987-04-10\n\nShevardnadze said Moscow was not going to withdraw its troops from "
            "Afghanistan before May."):
        _none(text)


def test_withdrawn_subsidy_threatened_on_a_condition() -> None:
    text = ("BONN 1987-04-10\n\nLabour Minister Norbert Bluem said that if the strike was not settled by Friday he "
            "would withdraw the subsidy to the steel industry.")
    assert ("DEUGOV", "1311", "DEUBUS") in _got(text)
    _none("BONN 1987-04-10\n\nAnalysts said the government might withdraw its subsidies to the steel industry.")
