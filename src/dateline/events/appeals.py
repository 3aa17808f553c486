"""Appeals (02x) and demands (10x) that name no addressee, read the way the standard reads them.

"The opposition called for an independent inquiry", "church groups urged passage of the bill",
"unions demanded the withdrawal of the decree": the sentence names what is asked, not whom. The
Wikinews conventions (shared/data/events/WIKINEWS_EVENTS.md and the convention notes) code such
an appeal toward whoever decides what is asked: the government of the asking side's own
country, or its legislature where what is asked is a vote on a bill. The parse often offers a
party buried inside the content instead ("an inquiry into the killing of students by police":
the students, the police); those are what the appeal is about, not whom it is made to.

Each function reads one construction off the dependency parse and returns what coder.py needs;
every rule is tested on sentences written for the tests (tests/test_events_appeal12_*.py).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.model import Actor
from dateline.events import restraint  # bcast33: appeals for restraint (0256)

if TYPE_CHECKING:
    from spacy.tokens import Token

APPEAL_DEMAND_ROOTS = frozenset({"02", "10"})
# The verbs of an undirected appeal or demand: what follows them is the content, not a party
# ("called for", "urged passage", "demanded the withdrawal", "pressed for").
ASKING_LEMMAS = frozenset({"call", "urge", "demand", "appeal", "press", "push", "plead", "seek", "request",
                           "ask", "campaign", "lobby", "insist", "petition"})
# Where an appeal or demand names its addressee: "called on Y", "appealed to Y", "demanded from Y".
ADDRESSEE_PREPS = frozenset({"on", "upon", "to", "from", "of", "with"})
# What only a legislature does with a bill: asked for, the legislature is the addressee.
LEGISLATIVE_ACTS = frozenset({"passage", "approval", "ratification", "enactment", "adoption"})
# Sides whose undirected appeals are to their own government: a non-state body of a country
# ("the opposition", "unions", "church leaders", "lawmakers" asking for an inquiry).
# (Private people, CVL, are left out: kidnappers demanding a ransom ask no government.)
ASKING_ROLES = frozenset({"OPP", "NGO", "LAB", "BUS", "REL", "EDU", "MED", "AGR", "LEG", "HLH", "ENV"})
# International bodies with no country ("Amnesty International called for an inquiry"): their
# appeal goes to the government of the country the article is about, when it clearly is.
HOME_SHARE = 0.5
# actors29: states whose religious leader is their government: the Pope's "own government" is
# the Holy See itself, so his undirected appeals go, like an international body's, to the
# government of the country the article is about.
SELF_GOVERNED = frozenset({"VAT"})


# Verbs of asking whose announced use is still the appeal or demand ("would pressure Y to ..."),
# where an announced coercive demand ("would subpoena X") reads as a threat (13x).
PRESSING_LEMMAS = ASKING_LEMMAS | frozenset({"pressure", "pressurize", "pressurise", "urge", "implore", "beg"})


def announced_ask(code: str, trigger: "Token") -> bool:
    """ "said it would demand / pressure Y to ...": an appeal or demand told in the future is
    still that appeal or demand, not an intention or a threat."""
    return code[:2] in APPEAL_DEMAND_ROOTS and (code[:2] == "02" or trigger.lemma_.lower() in PRESSING_LEMMAS)


def _content(trigger: "Token") -> "Token | None":
    """What an undirected appeal asks for: the object of "for", the verb's direct object, or a
    "for X to be <done>" clause whose subject is a thing ("called for the bill to be dropped")."""
    for c in trigger.children:
        if c.dep_ == "prep" and c.lower_ == "for":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
        if c.pos_ == "VERB" and c.dep_ in ("advcl", "ccomp", "xcomp") \
                and any(g.dep_ == "mark" and g.lower_ == "for" for g in c.children) \
                and any(g.dep_ == "nsubjpass" and g.pos_ == "NOUN" for g in c.children):
            return c
    return next((c for c in trigger.children if c.dep_ == "dobj"), None)


def _addressed(trigger: "Token") -> bool:
    """The verb names its addressee: a person or body as object, or "on / to / from Y"."""
    asks_act = any(c.pos_ == "VERB" and c.dep_ in ("xcomp", "ccomp") for c in trigger.children)
    for c in trigger.children:
        if c.dep_ in ("dobj", "dative") and (c.pos_ == "PROPN" or c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
                                             or asks_act):  # "urged farm ministers to agree ..."
            return True
        if c.dep_ == "prep" and c.lower_ in ADDRESSEE_PREPS and any(
                g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for g in c.children):  # not "on Monday"
            return True
    return False


def _of_content(tok: "Token", content: "Token") -> bool:
    """`tok` names the doer of the asked act: the content's possessor or its "of" object, or a
    modifier of that object ("Y's resignation", "the withdrawal of Ethiopian troops")."""
    if tok.dep_ in ("amod", "compound", "poss", "nmod") and tok.head.dep_ == "pobj":
        tok = tok.head
    if tok.dep_ == "poss" and tok.head == content:
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head == content


def _inside(tok: "Token", content: "Token") -> bool:
    """`tok` lies deep in the content phrase: what the appeal is about, not whom it asks."""
    if _of_content(tok, content):
        return False
    return any(a == content for a in tok.ancestors) or tok == content


def undirected(code: str, trigger: "Token", target_toks: list["Token"]) -> "Token | None":
    """The content noun of an appeal or demand that names no addressee, when the targets the
    parse offers (if any) all sit inside that content; None otherwise."""
    if code[:2] not in APPEAL_DEMAND_ROOTS or trigger.pos_ != "VERB" \
            or trigger.lemma_.lower() not in ASKING_LEMMAS or _addressed(trigger):
        return None
    content = _content(trigger)
    if content is None or content.pos_ not in ("NOUN", "VERB"):
        return None
    if target_toks and not all(_inside(t, content) for t in target_toks):
        return None
    return content


def decider(code: str, trigger: "Token", source: Actor, target_toks: list["Token"],
            home: str | None, home_share: float) -> tuple["Token", Actor | None] | None:
    """Whoever decides what an undirected appeal or demand asks for (see the module note):
    the legislature for a bill's passage, else the asking side's own government; for a body
    of no country, the government of the article's country. None: leave the targets as found;
    (content, None): no one decides (an end to an unnamed fight), so drop the targets."""
    content = undirected(code, trigger, target_toks)
    if content is None and code[:2] == "10" and not target_toks and _lists_demands(trigger):
        content = trigger  # appeal13: "the protesters' demands include ...": what is demanded names no addressee
    if content is None:
        return None
    if _fight_ended(content):
        return content, None  # target66: an end to a fight of no named side asks no one decider
    country = source.country
    if content.lemma_.lower() in LEGISLATIVE_ACTS and country:
        return content, Actor(None, content.text, country + "LEG", country, "LEG")
    role = source.role or ""
    if country and role in ASKING_ROLES and country not in SELF_GOVERNED:
        return content, Actor(None, content.text, country + "GOV", country, "GOV")
    if (not country and (role in ("NGO", "IGO") or source.code.startswith(("NGO", "IGO"))) or country in SELF_GOVERNED) \
            and home and home_share >= HOME_SHARE and home != country and not _market_matter(content):
        return content, Actor(None, content.text, home + "GOV", home, "GOV")
    return None


# target66: a fight has two sides, so "called for an end to the fighting near Goma" names no
# decider: the home (or the asking side's own) government is only one side, and the standard
# codes no statement without a target actor. One-sided acts keep the rule ("an end to state
# terrorism", "a halt to the shelling": whoever does them), as does a fight whose side is named.
FIGHT_NOUNS = frozenset("fighting war conflict hostility hostilities clash clashes bloodshed warfare".split())


def _fight_ended(content: "Token") -> bool:
    """The content is an end / halt / cessation of a two-sided fight whose sides go unnamed."""
    if content.lemma_.lower() not in STOPPING_NOUNS:
        return False
    act = next((g for p in content.children if p.dep_ == "prep" and p.lower_ in ("to", "of")
                for g in p.children if g.dep_ == "pobj"), None)
    if act is None or act.lemma_.lower() not in FIGHT_NOUNS and act.lower_ not in FIGHT_NOUNS:
        return False
    return not any(c.dep_ in ("poss", "amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG")
                   or c.dep_ == "prep" and c.lower_ == "between" for c in act.children)


# econ31: what markets set, not a government: "G7 finance ministers called for a lower dollar",
# "... an orderly reversal of the dollar's fall" (the standard does not code markets and prices)
MARKET_NOUNS = frozenset("dollar dollars yen mark marks franc sterling pound currency currencies exchange "
                         "price prices market markets".split())


def _market_matter(content: "Token") -> bool:
    """True when an appeal's content is a currency's or a market's level (its noun, or the noun
    its "of" phrase or possessor names)."""
    words = {content.lemma_.lower(), content.lower_}
    for c in content.children:
        if c.dep_ == "poss" or c.dep_ in ("amod", "compound"):
            words.update((c.lemma_.lower(), c.lower_))
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                words.update((g.lemma_.lower(), g.lower_))
                words.update(x.lemma_.lower() for x in g.children if x.dep_ == "poss")
    return bool(words & MARKET_NOUNS)


# What a "withdrawal" or "repeal" asked for is of: a measure withdrawn is a policy change
# (0242 / 1042), not a military pull-back (0256 / 1056, troops and forces).
# code73: "the elimination / abolition of secondary taxation" too.
WITHDRAWING_NOUNS = frozenset({"withdrawal", "repeal", "scrapping", "retraction", "cancellation", "revocation",
                               "elimination", "abolition"})
MEASURE_NOUNS = frozenset("bill law legislation decree plan proposal tax taxation measure reform policy amendment "
                          "regulation rule order ordinance ban tariff levy budget".split())
POLICY_CHANGE = {"0256": "0242", "1056": "1042", "020": "0242", "100": "1042"}


def measure_changed(code: str, trigger: "Token") -> str | None:
    """ "urged passage of the amendment", "demanded the withdrawal of the extradition bill": a
    measure passed or withdrawn is a policy change (0242 / 1042); None: keep the code."""
    if code not in POLICY_CHANGE or trigger.pos_ != "VERB":
        return None
    content = _content(trigger)
    if content is None:
        return measure_withdrawn(code, trigger)  # appeal13: "demanded that Y withdraw the bill"
    if content.lemma_.lower() in LEGISLATIVE_ACTS and code in ("020", "100") and _of_measure(content):
        return POLICY_CHANGE[code]  # ("approval of $300 million in aid" is no change of policy)
    return measure_withdrawn(code, trigger)


def measure_withdrawn(code: str, trigger: "Token") -> str | None:
    """ "demanded the withdrawal of the extradition bill": the policy-change code (None: keep)."""
    if code not in POLICY_CHANGE or trigger.pos_ != "VERB":
        return None
    for act in _asked_acts(trigger):  # appeal13: "demanded that Y withdraw the bill", "urged Y to scrap the tax"
        if act.lemma_.lower() in WITHDRAWING_VERBS | ADOPTING_VERBS and _measure_object(act):
            return POLICY_CHANGE[code]  # appeal14: "urged the ministers to agree / adopt a tax": adopted, a policy change too
        if act.lemma_.lower() in REMOVING_VERBS and _curb_object(act):
            return POLICY_CHANGE[code]  # code71: "urged Japan to remove controls on deposit rates": a policy change
    content = _content(trigger)
    if content is None or content.lemma_.lower() not in WITHDRAWING_NOUNS:
        return None
    return POLICY_CHANGE[code] if _of_measure(content) else None


# codes22: what a policy change asked for changes: a measure, or a decision or programme of the
# asked side ("to reverse its decision", "to scrap the programme").
CHANGED_THINGS = MEASURE_NOUNS | frozenset("decision move sanction restriction programme program scheme embargo "
                                           "curfew lockdown policy course stance position quota".split())
# The asked undoings this reads: a judgement reconsidered or put off. Material stops ("halt the
# construction", "drop the quotas") keep the dictionary's 0242 (appeal12, actors8 tests).
RECONSIDERING = frozenset({"reconsider", "review", "rethink", "change", "reverse", "delay", "postpone"})


def unmeasured_change(code: str, trigger: "Token") -> str | None:
    """codes22: the dictionary's "urge / ask ^xcomp:reverse|reconsider|delay ..." lines read any
    asked undoing as a policy change (0242); the annotations give 0242 only when what is undone
    is a measure or decision ("urged Y to reverse the ban"), and the plain appeal (020) when it is
    a judge's ruling, an idea or a relationship ("asked the judge to delay his ruling", "urged Y
    to reconsider the importance of ties"). None: keep the code (no object: keep it too)."""
    if code != "0242" or trigger.pos_ != "VERB":
        return None
    acts = _asked_acts(trigger)
    if not acts:
        return None
    if acts[0].lemma_.lower() not in RECONSIDERING:
        return None
    objs = [c for c in acts[0].children if c.dep_ in ("dobj", "nsubjpass")]
    if not objs:
        return None
    words = {w for o in objs for w in (o.lemma_.lower(), *(m.lemma_.lower() for m in o.children if m.dep_ == "compound"))}
    return None if words & CHANGED_THINGS else "020"


# Verbs that take a measure back ("withdraw the bill", "scrap the tax"): asked for, a policy change.
# ("lift the sanctions" is an easing of sanctions, 0254 / 1054, read elsewhere.)
WITHDRAWING_VERBS = frozenset({"withdraw", "scrap", "repeal", "drop", "abandon", "rescind", "revoke", "cancel",
                               "shelve", "annul", "retract"})


# code71: verbs that take away a state's curbs ("remove controls on interest rates", "abolish
# restrictions on beef imports", "dismantle trade barriers"): asked of a state, a change of its
# policy (0242), not an appeal for economic cooperation (0211, content_fields.appeal_field). "lift"
# is left out: lifting sanctions is an easing of sanctions (0254).
REMOVING_VERBS = frozenset({"remove", "abolish", "eliminate", "dismantle", "relax", "ease", "loosen", "phase_out"})
CURB_NOUNS = frozenset("control controls restriction restrictions barrier barriers curb curbs subsidy subsidies "
                       "quota quotas limit limits ceiling ceilings obstacle obstacles regulation regulations "
                       "tariff tariffs duty duties levy levies".split())


def _curb_object(act: "Token") -> bool:
    """The act's object is a state's curb on its own economy ("controls on deposit rates",
    "subsidies for its coal industry"); a curb on trade ("restrictions on imports of beef",
    "import quotas") is left to the trade appeal (0211, trade_wire.asked_trade_act and
    content_fields.appeal_field, as the tune gold codes "remove curbs on its exports")."""
    from dateline.events.trade_wire import TRADE_OBJECTS

    for c in act.children:
        if c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in CURB_NOUNS or c.lower_ in CURB_NOUNS):
            words = {w for t in c.subtree if t != c for w in (t.lower_, t.lemma_.lower())}
            if not words & (TRADE_OBJECTS | {"trade"}) - CURB_NOUNS:
                return True
    return False


# Verbs that put a measure in force ("adopt the tax", "pass the bill"): asked for, a policy change,
# as "urged passage of the bill" is (appeal14).
# ("accept / endorse the plan" of another side is no policy of one's own: not here.)
ADOPTING_VERBS = frozenset({"adopt", "pass", "approve", "agree", "enact", "introduce", "implement", "impose", "amend"})


def _measure_object(act: "Token") -> bool:
    """The act's object is a measure ("the extradition bill", "the new tax")."""
    return any(c.dep_ in ("dobj", "nsubjpass") and ({c.lemma_.lower()} | {m.lemma_.lower() for m in c.children
                                                                        if m.dep_ == "compound"}) & MEASURE_NOUNS
               for c in act.children)


def _of_measure(content: "Token") -> bool:
    """The content noun is "of" a measure: "the withdrawal of the tax increase", "passage of the bill"."""
    of = [g for p in content.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return bool(of) and bool(({of[0].lemma_.lower()} | {m.lemma_.lower() for m in of[0].children
                                                        if m.dep_ == "compound"}) & MEASURE_NOUNS)



# ---------------------------------------------------------------- what an appeal asks for

# Verbs that ask for an act their "to"-clause names, read like "urge" (the dictionary's
# "urge ^xcomp:<act>" lines hold the subcodes: 027 settle, 026 negotiate, 0241 resign ...).
ASKING_FOR_ACT = frozenset({"ask", "call", "appeal", "press", "push", "plead", "encourage", "implore", "beg",
                            "exhort", "lobby", "invite", "challenge", "advise", "tell", "prevail",
                            "persuade", "convince", "count", "rely", "suggest", "propose"})  # tuneact45
# "return to the negotiating table / to the talks": a meeting asked for (026), not a return of property.
MEETING_PLACES = frozenset("table talk talks negotiation dialogue meeting summit".split())
# Acts the "urge" lines read too broadly for other asking verbs ("called on Seoul to stop its
# missionaries" is no de-escalation, "to open its markets" no talks): the plain appeal stays.
BROAD_ACTS = frozenset({"stop", "open", "resume", "end", "halt", "continue", "start", "begin", "return", "drop"})


def _asked_acts(trigger: "Token") -> list["Token"]:
    """The asked-for act: "to <act>", or "that Y <act>" ("demanded that Y stop the shelling")."""
    return [c for c in trigger.children if c.pos_ == "VERB" and c.dep_ in ("xcomp", "ccomp", "advcl")
            and (c.dep_ == "ccomp" or any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))]


def _back_to_talks(act: "Token") -> bool:
    """ "return / go back to the negotiating table", "return to the talks"."""
    if act.lemma_.lower() not in ("return", "go", "come", "get"):
        return False
    return any(p.dep_ == "prep" and p.lower_ == "to" and any(g.dep_ == "pobj" and g.lemma_.lower() in MEETING_PLACES
                                                            for g in p.children) for p in act.children)


# Verbs that undo or refuse a meeting rather than ask for one ("to call off the talks").
MEETING_UNDONE = frozenset({"cancel", "postpone", "delay", "suspend", "boycott", "skip", "abandon", "quit",
                            "leave", "end", "halt", "stop", "call_off", "break_off", "walk_out", "reject"})


def _meeting_asked(act: "Token") -> bool:
    """codes22: an asked act whose own object is a meeting ("urged Y to convene a summit",
    "asked Y to call leaders to a summit", "to attend the talks") asks for a meeting (026);
    an act that undoes one ("to call off the talks") does not."""
    lemma = act.lemma_.lower()
    if lemma in MEETING_UNDONE or f"{lemma}_{next((c.lower_ for c in act.children if c.dep_ == 'prt'), '')}" in MEETING_UNDONE:
        return False
    if any(c.dep_ == "neg" for c in act.children):
        return False
    nouns = [c for c in act.children if c.dep_ == "dobj"]
    nouns += [g for p in act.children if p.dep_ == "prep" and p.lower_ in ("to", "for", "in")
              for g in p.children if g.dep_ == "pobj"]
    return any(n.lemma_.lower() in MEETING_PLACES for n in nouns)


# "halt its air strikes", "stop the shelling", "end the offensive": de-escalation asked for (0256 /
# 1056), whatever subcode the stopping verb's own line gives (0242 for "halt", a policy).
STOPPING_VERBS = frozenset({"halt", "stop", "end", "cease", "suspend", "call_off"})
ARMED_ACTS = frozenset("strike airstrike air_strike attack bombing bombardment shelling offensive raid fighting "
                       "hostility hostilities operation incursion assault violence".split())
DE_ESCALATION = {"020": "0256", "0242": "0256", "100": "1056", "1042": "1056"}


# codes42: armed acts named by a gerund after the stopping verb ("to stop shelling Kabul", "to
# cease firing on its troops"): the small model makes the gerund an xcomp, not an object.
# "Fire", "shoot" and "fight" only with no object ("stop firing workers" dismisses them, "stop
# fighting corruption" is no battle); "strike" not at all (a labour strike).
ARMED_GERUNDS = frozenset("shell bomb bombard attack raid".split())
ARMED_IF_NO_OBJECT = frozenset("fire shoot fight".split())


def _armed_act_stopped(act: "Token") -> bool:
    if act.lemma_.lower() not in STOPPING_VERBS:
        return False
    obj = next((c for c in act.children if c.dep_ == "dobj"), None)
    if obj is not None and obj.lemma_.lower() in ARMED_ACTS:
        return True
    return any(c.dep_ in ("xcomp", "dobj", "pcomp") and c.tag_ == "VBG" and (
        c.lemma_.lower() in ARMED_GERUNDS or c.lemma_.lower() in ARMED_IF_NO_OBJECT
        and not any(o.dep_ == "dobj" for o in c.children)) for c in act.children)


def asked_act_code(code: str, trigger: "Token", match) -> str | None:
    """The subcode of a plain appeal read off the act it asks for, as "urge" reads it ("asked Y
    to settle the dispute" -> 027), and "urged Y to return to the table" -> 026 (not 0253, a
    return of property). `match(Frame)` is the dictionary's matcher. None: keep the code."""
    if code not in ("020", "0253", "1053", "100", "0242", "1042") or trigger.pos_ != "VERB":
        return None
    acts = _asked_acts(trigger)
    if not acts:
        return None
    act = acts[0]
    if _back_to_talks(act):
        return "026" if code[:2] == "02" else "100"
    if code == "020" and _meeting_asked(act):
        return "026"
    if code in DE_ESCALATION and (_armed_act_stopped(act) or restraint.asked_restraint(act)):
        return DE_ESCALATION[code]  # bcast33: "urged Y not to attack", "to show restraint" (events/restraint.py)
    if code != "020" or trigger.lemma_.lower() not in ASKING_FOR_ACT:
        return None
    if act.lemma_.lower() in BROAD_ACTS:  # appeal14: "to resume trade with Z", "to open its markets": the act's own line
        return _asked_material(act) if act.dep_ != "advcl" else None
    from dateline.events.patterns import Frame

    lemmas = frozenset({act.lemma_.lower(), *(f"{act.lemma_.lower()}_{c.lower_}" for c in act.children if c.dep_ == "prt")})
    pat = match(Frame("urge", deps={"xcomp": lemmas}))
    if pat is not None and pat.code[:2] == "02" and pat.code != "020":
        return pat.code
    if act.dep_ == "advcl" or any(c.dep_ == "prep" and c.lower_ == "for" for c in trigger.children):
        return None  # "asked Y for tankers to protect its shipping": the infinitive is a purpose, not the ask
    return _asked_material(act) if pat is None or pat.code == "020" else None


def _asked_material(act: "Token") -> str | None:
    """appeal14: the 02x code of an asked act read off the act's own dictionary line, mirrored
    (coop.APPEAL_FOR_ACT): "urged Y to resume trade with Z" -> 0211 (061), "asked Y to share
    intelligence" -> 0214 (064), "urged both sides to continue their dialogue" -> 026 (040). For
    the broad verbs only a line that names the act's object counts ("open +market", "continue
    +dialogue", not a bare "open"): the plain appeal stays otherwise."""
    from dateline.events.coop import APPEAL_FOR_ACT, HELPING_VERBS
    from dateline.events.frames import verb_frame
    from dateline.events.patterns import load_dictionary

    if act.lemma_.lower() in HELPING_VERBS:
        return None  # "asked Y to help end the sanctions": the act helped with decides (coop.appeal_for_act)
    if any(c.dep_ == "neg" for c in act.children):
        return None  # target69: "urged Y not to attend the summit" asks for no meeting
    pat = load_dictionary().match(verb_frame(act))
    if pat is None or (act.lemma_.lower() in BROAD_ACTS and pat.obj is None):
        return None
    return next((APPEAL_FOR_ACT[pat.code[:n]] for n in (4, 3) if pat.code[:n] in APPEAL_FOR_ACT), None)


# ---------------------------------------------------------------- demands told as a noun (appeal13)

# "The strikers' demands include the repeal of the labour law", "their demands have expanded to
# the dismissal of the minister": the demanders own the noun, what they demand is the complement
# of a verb of listing. The standard codes one demand (10x) per kind of thing demanded, toward
# whoever decides it (`decider`: the demanders' own government).
DEMAND_NOUNS = frozenset({"demand"})
LISTING_VERBS = frozenset({"include", "be", "expand", "grow", "widen", "extend", "range", "comprise", "remain"})
# Measures withdrawn, as a noun or a gerund ("the scrapping of the bill", "dropping the decree").
MEASURE_WITHDRAWN = WITHDRAWING_NOUNS | frozenset({"dismissal", "withdrawal", "scrap", "drop", "dropping",
                                                   "withdraw", "repeal", "abolition", "abolish", "cancel"})
# Institutions whose dissolution or reform is a change of institutions (1044): "dissolving parliament".
INSTITUTIONS = frozenset("parliament assembly legislature congress senate government cabinet council constitution".split())
REGIME_REFORMS = frozenset("democratic political electoral constitutional".split())
DISSOLVING = frozenset({"dissolve", "dissolution", "dissolving", "disband", "overhaul"})


def _demand_kind(item: "Token") -> str | None:
    """The 10x subcode of one thing demanded: 1041 a resignation, 1042 a measure withdrawn,
    1044 an institution dissolved or reformed ("greater democratic reform", "new elections"),
    1053 people released; None: a plain demand."""
    lemma = item.lemma_.lower()
    objs = [g for c in item.children if c.dep_ == "dobj" for g in (c,)] + \
        [g for p in item.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    obj_lemmas = {o.lemma_.lower() for o in objs} | {m.lemma_.lower() for o in objs for m in o.children
                                                     if m.dep_ == "compound"}
    if lemma in ("resignation", "resign", "ouster", "removal"):
        return "1041"
    if lemma in MEASURE_WITHDRAWN and obj_lemmas & MEASURE_NOUNS:
        return "1042"
    if lemma in DISSOLVING and obj_lemmas & INSTITUTIONS:
        return "1044"
    mods = {m.lemma_.lower() for m in item.children if m.dep_ in ("amod", "compound")}
    if lemma == "reform" and mods & REGIME_REFORMS or lemma == "election" and mods & {"new", "free", "early", "fresh"}:
        return "1044"
    if lemma in ("release", "freeing", "free") and objs:
        return "1053"
    if item.pos_ in ("VERB", "ADJ"):  # a gerund: "holding new elections" reads as its object
        return next((k for o in objs if o.dep_ == "dobj" and (k := _demand_kind(o)) is not None), None)
    return None


def _listed(verb: "Token") -> list["Token"]:
    """What a verb of listing names: its object or attribute ("include X", "are X"), or "to X"
    ("have expanded to X"), with the items coordinated with it."""
    # (a gerund, "have included dissolving parliament", and the parser's misreadings of "expanded to
    # complete repeal of the law": a "to"-verb, then a bare noun phrase for the next item)
    heads = [c for c in verb.children if c.dep_ in ("dobj", "attr") or c.dep_ == "xcomp" and c.tag_ == "VBG"
             or c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
             or c.dep_ == "npadvmod" and c.pos_ == "NOUN" and c.ent_type_ not in ("DATE", "TIME")]
    heads += [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for g in p.children if g.dep_ == "pobj"]
    items: list["Token"] = []
    for h in heads:
        items.append(h)
        items.extend(c for c in h.conjuncts)
    return items


def _lists_demands(verb: "Token") -> bool:
    """`verb` lists what a demand noun, its subject, asks for ("their demands include ...")."""
    return verb.lemma_.lower() in LISTING_VERBS and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in DEMAND_NOUNS for c in verb.children)


def nominal_demands(noun: "Token") -> tuple["Token", list["Token"], list[str]] | None:
    """ "the protesters' demands include the withdrawal of the bill": the verb that lists the
    demands (the event's trigger: the noun itself only names them), the demanders (the noun's
    possessor) and the 10x codes of the things demanded, one per kind (100 when none is
    clear); None when `noun` is not such a demand."""
    if noun.lemma_.lower() not in DEMAND_NOUNS or noun.dep_ != "nsubj" \
            or noun.head.lemma_.lower() not in LISTING_VERBS:
        return None
    # ("the opposition's demands", "their demands", "opposition demands": the demanders)
    owners = [c for c in noun.children if c.dep_ == "poss"] or \
        [c for c in noun.children if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")]
    if not owners:
        return None
    items = _listed(noun.head)
    if not items:
        return None
    kinds = sorted({k for k in map(_demand_kind, items) if k is not None})
    return noun.head, owners, kinds or ["100"]


# ---------------------------------------------------------------- intents told as a noun (appeal14)

# Nouns that announce an act their "to"-infinitive names: "announced plans to visit Y",
# "reiterated its pledge to open talks with Y", "made an offer to mediate". The act is intended:
# its own dictionary code, as an intent (03x), by the subject of the verb that announces the noun.
INTENT_NOUNS = frozenset({"plan", "pledge", "promise", "offer", "intention", "intent", "commitment", "vow",
                          "readiness", "willingness", "determination",
                          # intent17: "repeated its desire to normalise relations", "voiced its wish to"
                          "desire", "wish", "eagerness", "preparedness", "openness", "aim"})
# Verbs that put such a noun on record (not "welcomed / rejected Y's offer to ...": there the
# welcome or the rejection is the event, coop.purpose_of_noun).
ANNOUNCING_VERBS = frozenset({"announce", "unveil", "outline", "reveal", "confirm", "reiterate", "renew", "repeat",
                              "reaffirm", "make", "have", "express", "signal", "voice", "state", "disclose", "detail",
                              "present", "set_out", "lay_out", "declare", "underline", "stress", "indicate"})


def nominal_intent(tok: "Token") -> "list[Token] | None":
    """ "X announced plans to visit Y": who intends the act `tok` (the announcing verb's subjects),
    when `tok` is the "to"-infinitive of an intent noun that such a verb takes as its object;
    None otherwise."""
    if tok.dep_ == "pcomp" and tok.pos_ == "VERB":
        return _committed_to(tok)
    if tok.dep_ != "acl" or tok.pos_ != "VERB" or not any(a.dep_ == "aux" and a.lower_ == "to" for a in tok.children):
        return None
    noun = tok.head
    if noun.lemma_.lower() not in INTENT_NOUNS or noun.dep_ != "dobj":
        return None
    gov = noun.head
    lemma = gov.lemma_.lower()
    if gov.pos_ != "VERB" or not (lemma in ANNOUNCING_VERBS or any(
            f"{lemma}_{c.lower_}" in ANNOUNCING_VERBS for c in gov.children if c.dep_ == "prt")):
        return None
    from dateline.events import filters
    from dateline.events.frames import subjects

    if filters.is_negated(gov) or filters.is_hypothetical(gov):
        return None
    srcs = subjects(gov)
    return srcs or None


# ---------------------------------------------------------------- an end asked to a party's act (appeal14)

# "demanded an end to Russia's air strikes", "called for a halt to the Israeli shelling of Gaza":
# what is asked is that a party stop its own act. The party is the addressee (the doer of the act,
# its possessor or nationality word), and an armed act stopped is de-escalation (0256 / 1056).
STOPPING_NOUNS = frozenset({"end", "halt", "stop", "cessation", "suspension"})


def _stopped_act(trigger: "Token") -> "Token | None":
    """The act whose end an appeal or demand asks for: "an end to X", "a halt of X"."""
    content = _content(trigger)
    if content is None or content.lemma_.lower() not in STOPPING_NOUNS:
        return None
    return next((g for p in content.children if p.dep_ == "prep" and p.lower_ in ("to", "of")
                 for g in p.children if g.dep_ == "pobj"), None)


def stopped_armed_act(code: str, trigger: "Token") -> str | None:
    """ "called for an end to the air strikes" -> 0256, "demanded a halt to the shelling" -> 1056
    (the verb-form "to stop the shelling" is read by `asked_act_code`); None: keep the code."""
    if code not in DE_ESCALATION or trigger.pos_ != "VERB":
        return None
    act = _stopped_act(trigger)
    return DE_ESCALATION[code] if act is not None and act.lemma_.lower() in ARMED_ACTS else None


def stopped_act_doer(code: str, trigger: "Token") -> "Token | None":
    """Who is asked to stop: the possessor of the act ("Russia's air strikes") or the word of its
    nationality ("the Saudi blockade"); offered to the coder as a last target slot."""
    if code[:2] not in APPEAL_DEMAND_ROOTS or trigger.pos_ != "VERB":
        return None
    act = _stopped_act(trigger)
    if act is None:
        return None
    poss = next((c for c in act.children if c.dep_ == "poss"), None)
    if poss is not None:
        return poss
    return next((c for c in act.children if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")), None)


# "has committed to providing aid to Y", "is / remains committed to resuming talks with Y": a
# commitment names its act by a gerund after "to"; the act is intended (03x), as after "pledged to".
COMMITTING = frozenset({"commit", "committed", "dedicate", "dedicated"})


def _committed_to(tok: "Token") -> "list[Token] | None":
    """Who is committed to the gerund `tok` ("X has committed to providing ..."), or None."""
    prep = tok.head
    if prep.dep_ != "prep" or prep.lower_ != "to" or prep.head.lemma_.lower() not in COMMITTING:
        return None
    from dateline.events import filters
    from dateline.events.frames import subjects

    commit = prep.head
    holder = commit.head if commit.dep_ == "acomp" else commit  # "remains committed", "is committed"
    if filters.is_negated(commit) or filters.is_negated(holder) or filters.is_hypothetical(holder):
        return None
    srcs = subjects(holder) or [c for c in holder.children if c.dep_ == "nsubjpass"]
    return srcs or None
