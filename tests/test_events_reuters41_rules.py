"""reuters41: Reuters world and economic news of 1987 as short stories of our own
(docs/evaluation/events-reuters41.md). Every sentence is written for these tests, a dateline
paragraph first, one sentence a paragraph as the CoNLL rebuild has it."""
from __future__ import annotations

from events_variety import coded_triples


def _story(dateline: str, *sentences: str) -> set[tuple[str, str, str | None]]:
    return coded_triples("\n\n".join((dateline, *sentences)), dateline.split()[-1])


def _one(sentence: str, date: str = "1987-06-10") -> set[tuple[str, str, str | None]]:
    return coded_triples(sentence, date)


# --- figures of 1987 with dated roles (people.txt "reuters41" block; Roh Tae-woo's years as the
# ruling party's chairman; the ruling Democratic Justice Party in ruling_parties.tsv)

def test_the_ruling_party_chairman_of_1987_is_the_government_side():
    got = _story("SEOUL 1987-06-27",
                 "Ruling party chairman Roh Tae-woo met opposition leader Kim Young-sam on Saturday.")
    assert ("KORGOV", "040", "KOROPP") in got
    assert ("KOROPP", "040", "KOROPP") not in got


def test_roh_accusing_kim_dae_jung_in_the_election_campaign():
    got = _story("SEOUL 1987-11-26",
                 "Ruling party candidate Roh Tae-woo accused opposition leader Kim Dae-jung of inciting violence.")
    assert ("KORGOV", "112", "KOROPP") in got


def test_iran_prime_minister_mousavi_is_iranian_government():
    got = _story("KUWAIT 1987-10-16", "Prime Minister Mir Hossein Mousavi warned the United States against retaliation.")
    assert ("IRNGOV", "111", "USA") in got
    assert not any(s == "KWTGOV" for s, _, _ in got)


def test_fiji_prime_minister_bavadra_before_and_after_the_coup():
    assert ("FJIMIL", "173", "FJIGOV") in _one("Soldiers arrested Prime Minister Timoci Bavadra.", "1987-05-14")
    assert ("FJIMIL", "173", "FJIOPP") in _one("Soldiers arrested Timoci Bavadra.", "1987-06-25")


def test_south_african_and_haitian_ministers_of_1987():
    assert ("ZAFGOV", "112", "ZWE") in _one("Pik Botha accused Zimbabwe of harbouring ANC guerrillas.", "1987-10-05")
    assert ("HTIGOV", "111", "USA") in _one("Namphy criticised the United States.", "1987-09-07")


# --- helicopters acting, gunships and frigates are a state's military (actors.ROLE_WORDS,
# actors._CRAFT_AGENTS)

def test_helicopters_firing_on_a_ship_are_the_military():
    got = _one("U.S. helicopters fired on an Iranian ship in the Gulf.", "1987-09-22")
    assert ("USAMIL", "190", "IRN") in got
    assert ("USA", "182", "IRN") not in got


def test_helicopters_attacking_and_a_frigate_attacking():
    # force66: aircraft that attack are the standard's "airstrike ... -> 195" (was 190 here)
    assert ("USAMIL", "195", "IRN") in _one("American helicopters attacked an Iranian ship in the Gulf.", "1987-09-22")
    assert ("IRNMIL", "190", "DNK") in _one("An Iranian frigate attacked a Danish tanker in the Gulf.", "1987-09-22")


def test_a_police_helicopter_stays_police():
    got = _one("A police helicopter fired tear gas at protesters in Seoul.", "1987-06-26")
    assert not any(s.endswith("MIL") for s, _, _ in got)


# --- the Nicaraguan and Afghan rebels by their own words (roles.tsv: contra, mujahideen)

def test_contra_leaders_are_rebels_not_officials():
    assert ("NICGOV", "040", "NICREB") in _one("Nicaraguan officials met contra leaders in Santo Domingo.", "1987-12-01")
    got = _one("Contra leaders met Nicaraguan officials in Santo Domingo.", "1987-12-01")
    assert ("NICREB", "040", "NICGOV") in got
    assert ("NICGOV", "040", "NICGOV") not in got


def test_mujahideen_shooting_down_a_soviet_helicopter():
    got = _one("Afghan mujahideen shot down a Soviet helicopter near Kandahar.", "1987-04-23")
    assert ("AFGREB", "195", "RUS") in got  # a downed helicopter is its country's (as lexconf's tests code it)


def test_the_iran_contra_investigators_are_no_rebels():
    got = _one("Iran-contra investigators questioned Poindexter.", "1987-07-15")
    assert not any(s.endswith("REB") for s, _, _ in got)


# --- imports restricted, debt moratoria (verbs.txt "reuters41" block)

def test_imports_restricted_are_a_sanction_on_their_country():
    assert ("JPN", "163", "USA") in _one("Japan restricted imports of American rice.", "1987-04-20")
    assert ("IGOEUREEC", "163", "JPN") in _one("The EC restricted imports from Japan.", "1987-04-20")


def test_limiting_a_number_or_ones_own_exports_is_no_sanction():
    assert not any(c == "163" for _, c, _ in _one("The government limited the number of foreign journalists."))
    assert not any(c == "163" for _, c, _ in _one("Japan agreed to limit exports of cars to the United States."))


def test_a_debt_moratorium_on_payments_to_creditors():
    assert ("BRA", "160", "---BUS") in _one("Brazil declared a moratorium on interest payments to foreign banks.",
                                            "1987-02-20")
    assert ("PER", "160", "IGOIMF") in _one("Peru announced a moratorium on debt payments to the IMF.", "1987-08-20")


def test_a_moratorium_not_declared_is_not_coded():
    assert not any(c == "160" for _, c, _ in _one("Brazil will not declare a moratorium.", "1987-02-20"))


# --- goods bought named by their country (events/bought_goods.py)

def test_wheat_bought_named_by_its_country():
    assert ("RUS", "061", "USA") in _one("The Soviet Union bought four mln tonnes of U.S. wheat.", "1987-04-20")
    assert ("EGY", "061", "FRA") in _one("Egypt bought 200,000 tonnes of French wheat under an export credit deal.",
                                         "1987-04-20")
    assert ("JPN", "061", "SAU") in _one("Japan imported more Saudi crude oil in March.", "1987-04-20")


def test_a_from_phrase_still_names_the_seller():
    assert ("CHN", "061", "CAN") in _one("China bought 2 mln tonnes of wheat from Canada.", "1987-04-20")


def test_purchases_not_made_or_not_of_listed_goods_are_not_trade():
    assert not any(c == "061" for _, c, _ in _one("The Soviet Union did not buy any U.S. wheat last year.", "1987-04-20"))
    assert not any(c == "061" for _, c, _ in _one("Japanese consumers bought more American cars.", "1987-04-20"))


# --- 1987 firms and bodies (orgs.tsv), and a listed firm's own code before a demonym in its name

def test_anglo_american_is_no_american_firm():
    got = _story("JOHANNESBURG 1987-08-20", "The Anglo American Corp dismissed thousands of striking miners.")
    assert not any(s.startswith("USA") or (t or "").startswith("USA") for s, _, t in got)
    got = _one("The Anglo American Corporation said it had dismissed 10,000 miners.", "1987-08-20")
    assert not any((t or "").startswith("USA") for _, _, t in got)


def test_the_united_democratic_front_banned():
    got = _story("JOHANNESBURG 1987-12-15",
                 "The government banned the United Democratic Front from receiving foreign funds.")
    assert ("ZAFGOV", "172", "ZAFOPP") in got


def test_sanctions_on_toshiba_machine_and_kongsberg():
    got = _one("The United States imposed sanctions on Toshiba Machine Co and Kongsberg.", "1987-07-01")
    assert ("USA", "163", "JPNBUS") in got
    assert ("USA", "163", "NORBUS") in got
    assert ("USA", "163", "USABUS") not in got


def test_a_bid_for_control_blocked_is_a_takeover_blocked():
    got = _one("The government blocked Fujitsu's bid for control of Fairchild.", "1987-03-16")
    assert any(c == "1211" and t == "JPNBUS" for _, c, t in got)
    assert ("IGOEUREEC", "120", "TUR") in _one("The EC rejected Turkey's bid for membership.", "1987-03-16")


# --- places of the 1987 wars (places_extra.tsv)

def test_guerrillas_bombed_in_an_afghan_province():
    got = _one("Soviet jets bombed guerrilla positions in Paktia province.", "1987-11-03")
    assert ("RUSMIL", "195", "AFGREB") in got


# --- "pro-X" and "anti-X" tell a body's side, not its country (actors._sided_adjective,
# resolve.actors.known_org_code)

def test_the_pro_iranian_hizbollah_is_the_lebanese_group():
    got = _one("Syrian soldiers killed 23 members of the pro-Iranian Hizbollah.", "1987-02-22")
    assert ("SYRMIL", "190", "LBNREB") in got


def test_the_pro_syrian_amal_militia_is_no_syrian_force():
    got = _one("Syrian troops attacked the pro-Syrian Amal militia.", "1987-02-22")
    assert ("SYRMIL", "190", "LBNUAF") in got
    assert not any((t or "").startswith("SYR") for _, _, t in got)


def test_a_plain_nationality_still_gives_the_country():
    assert ("IRNMIL", "190", "IRQ") in _one("Iranian troops attacked an Iraqi town.", "1987-01-15")
