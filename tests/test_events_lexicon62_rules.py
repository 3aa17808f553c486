"""lexicon62: common reporters' wordings of coded acts that the verb dictionary lacked.

A sweep of the CAMEO roots in three eras (1987 wire, 1996 wire, 2019 Wikinews) found wordings
that read nothing or a wrong code: "kicked out / threw out diplomats" (read as a kick, 182),
"brushed aside / shrugged off accusations" (a denial, 016), "turned to X for aid" (an appeal,
023), "clamped down on", "stormed out of talks", "mowed down", "strafed", "rapped X over",
weapons "funnelled / smuggled to", aid "poured into", aid "slashed", export "controls" eased.
The lines sit at the end of data/cameo/verbs.txt under "lexicon62". Each group has wordings that
must code and other senses that must not."""
from __future__ import annotations

from events_variety import coded_triples


def codes(text: str, date: str) -> set[tuple[str, str, str]]:
    return set(coded_triples(text, date))


# ---------------------------------------------------------------- expulsions (161 / 166 / 174)

def test_kicked_out_diplomats_is_an_expulsion_not_a_kick() -> None:
    got = codes("The United States kicked out 60 Russian diplomats over the poisoning.", "2019-05-10")
    assert ("USA", "161", "RUSGOV") in got
    assert not any(c == "182" for _, c, _ in got)


def test_kicked_diplomats_out_of_the_country() -> None:
    got = codes("Russia kicked four British diplomats out of the country on Friday.", "1996-08-30")
    assert ("RUS", "161", "GBRGOV") in got


def test_threw_out_diplomats() -> None:
    assert ("GBR", "161", "RUSGOV") in codes("Britain threw out five Soviet diplomats on Monday.", "1987-03-12")


def test_kicked_out_journalists() -> None:
    assert ("USA", "174", "CUBMED") in codes("The United States kicked out two Cuban journalists.", "1996-08-30")


def test_threw_out_a_case_or_banners_codes_nothing() -> None:
    assert codes("The court threw out the case against the mayor.", "1996-08-30") == set()
    assert codes("Fans threw out the old banners after the final.", "2019-05-10") == set()
    assert codes("The referee kicked out the protesting player.", "1996-08-30") == set()


# ---------------------------------------------------------------- denials (016)

def test_brushed_aside_accusations_is_a_denial_toward_the_accuser() -> None:
    assert ("CHN", "016", "USA") in codes("China brushed aside American allegations of espionage.", "2019-05-10")
    assert ("ISR", "016", "PSE") in codes("Israel brushed aside Palestinian accusations that it was stalling.",
                                          "1996-08-30")


def test_shrugged_off_and_brushed_off_charges() -> None:
    assert ("RUS", "016", "USA") in codes("Moscow shrugged off American charges of spying.", "1987-03-12")
    assert ("ISRGOV", "016", "PSE") in codes("Netanyahu brushed off Palestinian accusations of foot-dragging.",
                                             "1996-08-30")


def test_brushed_off_a_question_or_data_codes_nothing() -> None:
    assert codes("The minister brushed off a question about his future.", "2019-05-10") == set()
    assert codes("Investors brushed aside the weak data.", "2019-05-10") == set()


# ---------------------------------------------------------------- appeals (02x)

def test_turned_to_a_state_stays_unread() -> None:
    # No "turn" lines (see the doc): a known verb's reported clause is no longer read as a charge,
    # and "said Pakistan had turned a blind eye to terrorism" must stay the accusation (112).
    got = codes("Washington said Pakistan had turned a blind eye to terrorism.", "2019-05-10")
    assert ("USA", "112", "PAK") in got


# ---------------------------------------------------------------- repression, walkouts, violence

def test_clamped_down_on_protesters() -> None:
    assert ("IRN", "175", "IRNOPP") in codes("Iran clamped down on opposition activists ahead of the vote.",
                                             "2019-05-10")
    assert ("KORCOP", "175", "KOROPP") in codes("South Korean police clamped down on student protesters in Seoul.",
                                                "1987-03-12")


def test_stormed_out_of_talks_halts_them() -> None:
    got = codes("Iraq stormed out of the talks with the United Nations.", "1996-08-30")
    assert ("IRQ", "164", "IGOUNO") in got
    assert not any(c == "145" for _, c, _ in got)
    assert codes("The coach stormed out of the press conference.", "1987-03-12") == set()


def test_strafed_a_village() -> None:
    assert ("IRQMIL", "195", "IRNCVL") in codes("Iraqi jets strafed an Iranian border village.", "1987-03-12")


def test_mowed_down_is_violence_and_the_lawn_is_not() -> None:
    got = codes("Soldiers mowed down dozens of demonstrators in the square.", "1996-08-30")
    assert got and all(c in {"175", "193"} for _, c, _ in got)
    assert codes("The gardener mowed down the tall grass.", "1996-08-30") == set()


# ---------------------------------------------------------------- aid given and cut (07x, 162), trade eased (085)

def test_weapons_funnelled_or_channelled_to_a_party() -> None:
    assert ("USA", "072", "AFGREB") in codes("The United States funnelled weapons to the Afghan rebels.", "1987-03-12")
    assert ("IRN", "072", "YEMREB") in codes("Iran channelled missiles to the Houthi rebels in Yemen.", "2019-05-10")


def test_smuggling_reported_stays_an_accusation() -> None:
    got = codes("Israel said Iran had smuggled weapons into Syria.", "2019-05-10")
    assert any(s == "ISR" and c.startswith("112") and t == "IRN" for s, c, t in got)


def test_aid_poured_into_a_country() -> None:
    assert ("USA", "073", "RWA") in codes("The United States poured humanitarian aid into Rwanda.", "1996-08-30")
    assert codes("Farmers poured milk onto the road in protest.", "1996-08-30") == set()


def test_aid_slashed_or_reduced() -> None:
    assert ("USA", "162", "PAK") in codes("The United States slashed aid to Pakistan.", "2019-05-10")
    assert ("USA", "162", "EGY") in codes("Washington reduced its aid to Egypt by ten percent.", "1987-03-12")
    assert codes("Washington may slash aid to Pakistan next year.", "2019-05-10") == set()


def test_export_controls_eased_toward_a_state() -> None:
    assert ("USA", "085", "CHN") in codes("The United States eased export controls on China.", "1987-03-12")
    assert codes("The government eased capital controls on Tuesday.", "2019-05-10") == set()


# ---------------------------------------------------------------- verbal attacks (111) and pressure (020)

def test_broadside_or_tirade_is_criticism_not_a_shot() -> None:
    got = codes("Erdogan fired a broadside at Washington over the sanctions.", "2019-05-10")
    assert ("TURGOV", "111", "USA") in got
    assert not any(c == "175" for _, c, _ in got)
    assert ("IRQGOV", "111", "USA") in codes("Saddam launched a tirade against the United States on television.",
                                             "1996-08-30")


def test_pressed_a_state_for_something_is_an_appeal() -> None:
    assert ("USA", "020", "ISR") in codes("Washington pressed Israel for a halt to settlement construction.",
                                          "2019-05-10")
    assert codes("The crowd pressed for a glimpse of the singer.", "2019-05-10") == set()
