"""reported64: the unmerged branches' rules, brought in one part at a time (issue #4).

Kept: lexicon62's idiom lines ("turned to X for aid", "turned a deaf ear to", "leaned on X to
<act>", "rapped X over") with reported63's pattern test narrowed to verbs listed only for an idiom
(`coder.IDIOM_ONLY_VERBS`): a reported clause with such a verb is an act only when a pattern fires,
so "said Pakistan had turned a blind eye to terrorism" stays the speaker's charge; other listed
verbs keep the lemma test. From modal61-full: plans for sanctions announced are a threat (1312),
and '"If Y wants peace, it must ...," X said' is a demand on Y. Each group has wordings that must
code and negatives (negated, hypothetical, another sense) that must not. Left out (see
docs/evaluation/events-reported64.md): the pattern test for every listed verb, and the claim words.
"""
from __future__ import annotations

from events_variety import coded_triples


def codes(text: str, date: str) -> set[tuple[str, str, str | None]]:
    return set(coded_triples(text, date))


# ---------------------------------------------------------------- the charge when no idiom pattern fires

def test_blind_eye_reported_stays_an_accusation() -> None:  # (reported63)
    assert ("USA", "112", "PAK") in codes("Washington said Pakistan had turned a blind eye to terrorism.", "2019-05-10")


def test_smuggling_reported_stays_an_accusation() -> None:  # (reported63)
    got = codes("Israel said Iran had smuggled weapons into Syria.", "2019-05-10")
    assert any(s == "ISR" and c.startswith("112") and t == "IRN" for s, c, t in got)


def test_listed_acts_reported_read_the_act_not_a_charge() -> None:
    got = codes("Washington said Pakistan had attacked Indian posts in Kashmir.", "2019-05-10")
    assert ("PAK", "190", "IND") in got and not any(s == "USA" for s, _, _ in got)
    got = codes("The United States said Iran had seized a British tanker.", "2019-05-10")
    assert ("IRN", "1711", "GBR") in got and not any(s == "USA" for s, _, _ in got)
    got = codes("Iraq said Iranian forces had shelled its border posts.", "1996-08-30")
    assert not any(s == "IRQ" and c[:2] == "11" for s, c, _ in got)


def test_negated_or_hedged_reported_clause_is_no_charge() -> None:
    assert not any(c[:2] == "11" for _, c, _ in codes(
        "Washington said Libya had not trained terrorists to attack American targets.", "1987-03-12"))
    assert codes("Beijing said Washington might use Taiwan to interfere in China's affairs.", "2019-05-10") == set()


# ---------------------------------------------------------------- lexicon62's lines (reported63)
# "turn to X for aid / loans / support / weapons", "turn a deaf ear to", "lean on X to <act>",
# "rap X over / for"; "raped" (lemmatised "rap") still reads "rape" (coder._known_form fallback).

def test_turned_to_a_state_for_aid_loans_weapons() -> None:
    assert ("PHL", "0233", "USA") in codes("Manila turned to Washington for emergency food aid after the typhoon.",
                                           "1987-03-12")
    assert ("VEN", "0231", "CHN") in codes("Caracas turned to Beijing for fresh loans as oil revenue fell.", "2019-05-10")
    assert ("RUS", "022", "CHN") in codes("Russia turned to China for support after the sanctions.", "2019-05-10")
    assert codes("Washington said Pakistan had turned to China for weapons.", "2019-05-10") == {("PAK", "0232", "CHN")}


def test_turned_to_without_a_request_or_negated_codes_nothing() -> None:
    assert codes("The minister turned to face the reporters.", "1996-08-30") == set()
    assert codes("Caracas did not turn to Moscow for loans.", "2019-05-10") == set()
    assert codes("Manila would turn to Tokyo for aid if Washington refused.", "1987-03-12") == set()
    assert codes("The president turned to his aides for advice.", "1987-03-12") == set()


def test_deaf_ear_is_a_rejection_and_blind_eye_is_not() -> None:
    assert ("TUR", "120", "USA") in codes("Officials said Ankara had turned a deaf ear to American warnings.", "2019-05-10")
    assert ("ISR", "120", "SYR") in codes("Israel turned a deaf ear to Syrian calls for talks.", "1996-08-30")
    assert codes("Police turned a blind eye to the protest.", "2019-05-10") == set()


def test_leaned_on_a_state_to_act_is_an_appeal() -> None:
    assert ("USA", "020", "ISR") in codes("Washington leaned on Israel to halt settlement building.", "1996-08-30")
    assert ("USAGOV", "020", "ISRGOV") in codes("Clinton leaned on Netanyahu to honour the accords.", "1996-08-30")
    got = codes("Beijing leaned hard on Pyongyang to return to the talks.", "2019-05-10")
    assert any(s == "CHN" and c.startswith("02") and t == "PRK" for s, c, t in got)
    assert codes("The soldier leaned on his rifle.", "1987-03-12") == set()
    assert codes("The company leans on its suppliers to deliver parts on time.", "2019-05-10") == set()


def test_leaning_without_an_act_asked_reported_stays_a_charge() -> None:  # (reported63)
    assert ("CHN", "112", "JPN") in codes("China said Japan had leaned on its neighbours illegally.", "1996-08-30")


def test_rapped_a_state_over_or_for_is_criticism() -> None:
    assert ("JPN", "111", "USA") in codes("Tokyo rapped Washington over its new textile quotas.", "1987-03-12")
    assert ("USA", "111", "JPN") in codes("Washington rapped Tokyo for dragging its feet on trade.", "1996-08-30")
    assert codes("The singer rapped about life in the slums of Nairobi.", "2019-05-10") == set()


def test_raped_lemmatised_rap_is_still_read_as_rape() -> None:
    got = codes("The rebels said the soldiers had raped dozens of women in Darfur.", "2019-05-10")
    assert ("SDNMIL", "1821", "SDNCVL") in got and not any(c[:2] == "11" for _, c, _ in got)
    got = codes("The woman said she was raped by a French police officer.", "2019-05-10")
    assert any(c == "1821" for _, c, _ in got) and not any(c[:2] == "11" for _, c, _ in got)


# ---------------------------------------------------------------- sanction plans; the pronoun of a wish
# (modal61-full: `announced_plans.THREATENED_ROOTS`, `wished_conditions.quoted_obligation` and the
# pronoun reading of `wished_conditions.wishing_party`)

def test_announced_plans_for_sanctions_are_a_threat() -> None:
    assert ("USA", "1312", "IRN") in codes("Washington announced plans for new sanctions against Iran.", "2019-05-10")
    got = codes("BRUSSELS 2014-03-18\n\nThe European Union unveiled plans for fresh sanctions against Russia.", "2014-03-18")
    assert ("IGOEUREEC", "1312", "RUS") in got


def test_plans_for_sanctions_not_announced_or_lifted_are_no_threat() -> None:
    for text, date in (
            ("Washington did not announce plans for sanctions against Iran.", "2019-05-10"),
            ("BRUSSELS 2014-03-18\n\nThe European Union shelved plans for fresh sanctions against Russia.", "2014-03-18"),
            ("BRUSSELS 2014-03-18\n\nThe European Union announced plans for the lifting of sanctions against Russia.",
             "2014-03-18")):
        got = codes(text, date)
        assert not any(c[:2] == "13" for _, c, _ in got), (text, got)
    assert ("USA", "036", "PRK") in codes("Washington announced plans for talks with Pyongyang.", "2019-05-10")


def test_obligation_on_the_obliged_partys_own_wish_is_a_demand_on_it() -> None:
    got = codes('"If Israel wants peace, it must withdraw from southern Lebanon," Assad told reporters.', "1996-08-30")
    assert any(c[:2] == "10" and t == "ISR" for _, c, t in got)
    got = codes('"If Pretoria is serious about talks, it must free Mandela," the ANC said.', "1987-03-12")
    assert any(c[:2] == "10" and t == "ZAF" for _, c, t in got)
    got = codes('DAMASCUS 1996-04-12\n\n"If Israel wants peace, it must leave the Golan Heights," Syrian Foreign '
                "Minister Farouq al-Shara said.", "1996-04-12")
    assert any(s == "SYRGOV" and c[:2] == "10" and t == "ISR" for s, c, t in got)


def test_obligation_on_another_condition_is_no_demand() -> None:
    for text, date in (
            ('"If the talks fail, Israel must withdraw," Assad told reporters.', "1996-08-30"),
            ('DAMASCUS 1996-04-12\n\n"Unless Israel wants war, it must leave the Golan Heights," Shara told reporters.',
             "1996-04-12"),
            ('DAMASCUS 1996-04-12\n\n"If Israel does not want war, it must leave the Golan Heights," Shara told '
             "reporters.", "1996-04-12")):
        got = codes(text, date)
        assert not any(c[:2] == "10" for _, c, _ in got), (text, got)
