"""What reported speech says about another party: the stance of a speech act's content.

"The Senate keeps hacking away at the budget," the prime minister said / "the union said the
company's offer was an insult" / "a report said the government's strategy would not bring
growth": the speaker criticises (111) the party the content is about.
The Wikinews standard codes such a speech act when it is directed at a target
(WIKINEWS_EVENTS.md, "Reported speech"); the word lists of coder.py and general.py catch only
copular verdicts and a few accusing words, so most of these sentences went uncoded.

The mechanism is general rather than a list of constructions:
1. the content: a clause a speech verb reports (its ``ccomp``, which is also how the parser hangs
   a direct quotation on "X said"), the main clause of "..., according to X", or a sentence that
   is a piece of a quotation (coder.py, through context.quoted_piece);
2. the party it is about: the clause's subject, the owner of a subject that is a thing
   ("the government's strategy"), or, when the subject is the speaker ("we oppose ..."), the
   clause's object or its owner;
3. the stance of the content's own evaluative words (adjectives, adverbs, predicate nouns, the
   clause's own verb), rated by the VADER lexicon (about 7,500 words rated by people, that we
   could not write by hand) and the project's condemning words, with VADER's negation factor;
   cut to the words of the clause itself (not clauses it reports in turn, not relative clauses
   on its nouns). VADER's sentence score is not used: it counts reported misfortune ("three men
   died") as negative.

Precision guards: a content clause whose verb the dictionary codes as an act of its own is left
to that act (what happened to someone is no stance on them: "said police arrested three men");
obligations ("must", "should") belong to the demand rules and possibilities ("could face") are
forecasts; negated and hypothetical speech are not coded; a patient ("were arrested") or people
in general are no party; the party must resolve to an actor other than the speaker (coder.py).
"""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Callable, NamedTuple

from dateline.events import judged_things
from dateline.events import broken_instruments  # code71: a broken written rule is an accusation
from dateline.nlp import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dateline.events.patterns import Dictionary

# A summed valence at or below this is criticism (VADER rates words -4..4: "unfair" -2.1,
# "desperate" -1.3). Praise (051) by the same scoring was tried and dropped: "is satisfied",
# "underwent successful surgery", "is confident" are reports, 1 right of 21 on tune.
NEGATIVE_AT = -1.0
# Modals that make the content a demand or advice (the appeal/demand rules' business).
OBLIGATION_MODALS = frozenset({"must", "should", "ought", "need"})
# Modals of possibility: "could face a crisis", "may cancel the trip" is a forecast, not a verdict.
POSSIBILITY_MODALS = frozenset({"may", "might", "could", "can"})
# (perfev55: the two, joined once, not for every auxiliary tested)
_HEDGING_MODALS = OBLIGATION_MODALS | POSSIBILITY_MODALS
# Subjects that are the speaker, whose stance is toward the clause's object instead.
SPEAKER_PRONOUNS = frozenset({"i", "we"})
THIRD_PERSON = frozenset({"he", "she", "they"})
# verdict17: words VADER rates negative that tell how hard or sad a thing is, not whose fault
# it is ("the decision had been exceptionally difficult", "a grave situation", "a tragic loss").
HARDSHIP_WORDS = frozenset("difficult painful sad tragic grave".split())
# Words that judge a measure's size: negated, a verdict that it falls short ("not far enough").
SUFFICIENCY_WORDS = frozenset({"enough", "sufficient", "adequate", "sufficiently", "adequately"})
# Tallies that can fall short of a count: "his support was not enough to win".
TALLY_NOUNS = frozenset("support vote votes backing majority seat seats money fund funds".split())
# Nouns that name a party's fault as the subject of a reported clause (fault_owner): the noun
# is the speaker's verdict. Not "problem" or "loss" (what befalls a party is no fault of its own).
FAULT_NOUNS = frozenset("failure error mistake blunder incompetence mismanagement mishandling negligence "
                        "inaction intransigence obstinacy inability refusal".split())
# A content subject that points back to the thing just named ("pulled out of the poll, saying it
# was a sham"; "rejected the offer, saying this was unfair").
POINTING_PRONOUNS = frozenset({"it", "this", "that"})
# Nouns for people in general: what befalls them is news, not a stance toward a party.
PRIVATE_PEOPLE = frozenset("people man men woman women child children survivor victim resident civilian passenger "
                           "person worker citizen patient family student consumer tourist visitor defendant".split())
# spurious73: a market's or a statistic's own nouns: "deposit rates closed steady in dull trading,
# dealers said", "the government bond market closed showing severe losses", "the differential
# between French and West German inflation rates had narrowed": a figure moving, told by dealers
# or a ministry, judges no one; the country or the state named on the figure is no party (9 wrong
# 111 triples in tune sentences with no gold triple, none right).
MARKET_WORDS = frozenset("rate rates market markets price prices yield yields bond bonds index indices trading "
                         "deposit deposits differential inflation growth output gnp gdp figure figures".split())
# Verbs that tell what befell the subject, not what the subject is blamed for.
MISFORTUNE_VERBS = frozenset("die suffer lose fear worry injure hurt crash collapse sink fall drop decline struggle "
                             "miss cry mourn grieve drown perish starve".split())
# verdict17: verbs VADER rates negative that report what a party did, not how the speaker
# judges it ("said the airline cancelled 300 flights", "claimed she complained of theft"): a
# cancelled trip, a complaint or a protest made is news (or an act coded of its own).
REPORTED_ACT_VERBS = frozenset("cancel postpone delay complain protest object strike".split()) \
    | frozenset("cut slash lower trim".split())
# (spurious69: and figures or taxes changed, which VADER rates negative: "spending cut the deficit,
# Statistics Canada said", "the plan would cut farm spending, aides said", "Malawi will impose a
# border tax, the news agency reported": news, not the speaker's 111. Restrictions and bans told
# in speech stay rated: "said the government restricted the press" can be the speaker's charge.)
TAX_WORDS = frozenset("tax taxes levy levies duty duties tariff tariffs surcharge fee fees".split())
# Dependencies below the content clause whose words are not the content's own stance.
_FOREIGN_DEPS = frozenset({"ccomp", "relcl", "acl", "advcl", "parataxis", "csubj"})
# verdict17: words that judge a policy or an act and that VADER rates weakly or not at all
# (it rates people's feelings, not verdicts on policy). Each is a verdict in news prose:
# measure words ("insufficient", "excessive", "premature"), words of bad design
# ("unworkable", "misguided", "counterproductive", "unrealistic"), of unfairness
# ("arbitrary", "discriminatory", "undemocratic", "inappropriate"), of bad faith ("contrived", "deceptive", "pretext", "whitewash"), and
# "harmful". Rated as the project's condemning words (-2.0).
JUDGING_WORDS = frozenset("insufficient excessive premature unworkable misguided counterproductive "
                          "unrealistic arbitrary discriminatory undemocratic inappropriate "
                          "contrived deceptive pretext whitewash harmful".split())


class Stance(NamedTuple):
    code: str  # "111": criticism (praise by the same scoring was too noisy to keep)
    clause: "Token"
    parties: list["Token"]
    score: float


@lru_cache(maxsize=1)
def _analyzer():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    return SentimentIntensityAnalyzer()


def _foreign(t: "Token", clause: "Token") -> bool:
    node = t
    while node != clause:
        if node.dep_ in _FOREIGN_DEPS:
            return True
        node = node.head
    return False


def own_tokens(clause: "Token") -> list["Token"]:
    """The clause's words without clauses of its own below it (what someone else said, a
    relative clause on a noun, a time clause): the stance the speaker takes in this clause.

    The words of `clause.subtree`, in its order, that `_foreign` keeps: walked from the top and
    not below a foreign child, rather than one walk up to the clause per word (perf25)."""
    out: list["Token"] = []
    stack: list[tuple["Token", bool]] = [(clause, False)]
    while stack:  # Token.subtree's order: the left children's subtrees, the word, the right ones'
        node, emit = stack.pop()
        if emit:
            out.append(node)
            continue
        stack.extend((c, False) for c in reversed([c for c in node.rights if c.dep_ not in _FOREIGN_DEPS]))
        stack.append((node, True))
        stack.extend((c, False) for c in reversed([c for c in node.lefts if c.dep_ not in _FOREIGN_DEPS]))
    return out


def _valence(t: "Token") -> float:
    """A word's rated valence: the project's condemning/praising words, else VADER's lexicon
    (an adverb through its adjective: "unethically" -> "unethical")."""
    from dateline.events import coder, general
    low, lemma = t.lower_, t.lemma_.lower()
    if low in coder.CONDEMNING_WORDS or lemma in coder.CONDEMNING_WORDS or lemma in general.DISPARAGING_WORDS \
            or lemma in JUDGING_WORDS or lemma in judged_things.VERDICT_WORDS:  # critic59: "flouts", "a ploy"
        return -2.0
    if lemma in general.PRAISING_WORDS:
        return 2.0
    if lemma in HARDSHIP_WORDS:
        return 0.0
    lex = _analyzer().lexicon
    v = lex.get(low, lex.get(lemma))
    if v is None and low.endswith("ly"):
        v = lex.get(low[:-2])
    return float(v or 0.0)


def _evaluative(t: "Token", clause: "Token") -> bool:
    """Words that judge rather than report: adjectives, adverbs, the nouns a clause predicates
    ("is an insult", "called it a farce") and what the clause says its subject does ("ignores
    the law", "failed to make an offer"). An event noun with a low rating ("losses", "deaths")
    and a verb of misfortune ("died", "suffered") report news, not a stance."""
    if t.pos_ in ("ADJ", "ADV"):
        return True
    if t.pos_ == "NOUN":
        return t.dep_ in ("attr", "oprd")
    if t.pos_ == "VERB" and (t == clause or t.dep_ in ("xcomp", "conj") and t.head == clause
                             and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)):
        # verdict17: "X's plan is unfair and the rally attracts thousands": a conjoined verb with a
        # subject of its own says something about someone else
        if t.lemma_.lower() == "fail":  # "failed to make an offer" is neglect; "the bank failed" is news
            return any(c.dep_ == "xcomp" for c in t.children)
        if t.lemma_.lower() == "impose" and any(c.dep_ == "dobj" and c.lemma_.lower() in TAX_WORDS for c in t.children):
            return False  # spurious69: "will impose a 15 pct border tax": a tax, reported
        return t.lemma_.lower() not in MISFORTUNE_VERBS and t.lemma_.lower() not in REPORTED_ACT_VERBS
    return False


def _negated(t: "Token", clause: "Token") -> bool:
    node = t
    while True:
        if any(c.dep_ == "neg" or c.lower_ in ("never", "no") and c.dep_ == "det" for c in node.children):
            return True
        if node.lower_ in ("nothing", "none"):  # "found nothing inconsistent"
            return True
        if node == clause:
            return False
        node = node.head


def _sufficiency(t: "Token", clause: "Token") -> float:
    """verdict17: "did not go far enough", "is not enough", "has not done enough": a measure
    judged short of what it should be. "enough" rates nothing in VADER; it counts as a
    positive verdict (+2.0, so that its negation is -1.48) only where it measures the clause's
    act or predicate (on the verb, on "far", or as its complement), not a quantity ("did not
    have enough money": that is need, not a verdict)."""
    if t.lower_ not in SUFFICIENCY_WORDS:
        return 0.0
    if any(c.dep_ == "prep" and c.lower_ == "for" for c in t.children):
        return 0.0  # "was not enough for the 68 votes needed": a count, not a verdict
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lemma_.lower() in TALLY_NOUNS:
        return 0.0  # "Meri's support was not enough": a tally short of a majority, no verdict
    if t.head == clause and t.dep_ in ("advmod", "acomp", "dobj", "attr") or t.head.lower_ == "far":
        return 2.0
    return 0.0


# negact58: verdicts of fitness that VADER rates mildly ("acceptable" 1.3, "justified" 1.7) or not at
# all, so that their negation ("was not acceptable": -0.96) stayed short of a stance. Negated, each
# is a plain verdict against the act in news prose; rated as a praising word (+2.0, negated -1.48)
# only when negated (`_fitness`), so an unnegated "was acceptable" weighs no more than before.
FITNESS_WORDS = frozenset("acceptable justified justifiable fair legitimate helpful constructive legal lawful "
                          "appropriate reasonable warranted valid serious credible conducive sincere".split())
# negact58: a verb of serving a good, negated: "Israeli threats do not serve peace", "the expansion
# does not serve European security", "will not help the peace process": a verdict against the
# subject's act. The good is the verb's object (or its "to" object: "does not contribute to peace").
SERVING_VERBS = frozenset({"serve", "help", "benefit", "promote", "advance", "further", "contribute", "aid"})
PUBLIC_GOODS = frozenset("peace stability security interest interests cause process dialogue cooperation "
                         "relation relations reconciliation settlement negotiation negotiations talks "
                         "democracy development understanding".split())


def _fitness(t: "Token", clause: "Token") -> float:
    """negact58: +2.0 for a verdict of fitness ("acceptable", "fair", "justified") predicated of the
    clause's subject, and for the clause's own verb of serving a public good ("serve peace"); 0.0
    otherwise. Counted only negated (stance_score): "was not acceptable", "does not serve peace"."""
    low = t.lemma_.lower()
    if low in FITNESS_WORDS and t.pos_ == "ADJ" and t.dep_ in ("acomp", "attr") and t.head == clause:
        return 2.0
    if t == clause and low in SERVING_VERBS:
        goods = [c for c in t.children if c.dep_ == "dobj"] \
            + [g for c in t.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
        if any(g.lemma_.lower() in PUBLIC_GOODS or any(
                m.dep_ == "compound" and m.lemma_.lower() in PUBLIC_GOODS for m in g.children) for g in goods):
            return 2.0
    return 0.0


def fault_owner(clause: "Token") -> "Token | None":
    """verdict17: a subject that names a party's fault, "the failure of the government to tackle
    the crisis could lead to a famine", "errors in Howard's plan would increase the deficit":
    the noun is the verdict, whatever the clause goes on to forecast; its owner is the party
    (the possessor, an "of/by" object, or the owner of what an "in" names)."""
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() not in FAULT_NOUNS:
        return None
    owner = _owner(subj)
    if owner is None:
        inner = next((g for p in subj.children if p.dep_ == "prep" and p.lower_ == "in"
                      for g in p.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
        owner = _owner(inner) if inner is not None else None
    return owner if owner is not None and owner.lemma_.lower() not in PRIVATE_PEOPLE else None


def stance_score(clause: "Token") -> float:
    """The summed valence of the clause's own evaluative words; a negated word counts
    against its sign at three quarters (VADER's own factor)."""
    total = 0.0
    for t in own_tokens(clause):
        if (v := _sufficiency(t, clause) or _fitness(t, clause)) and _negated(t, clause):
            total -= v * 0.74  # (negact58: and "not acceptable", "does not serve peace")
            continue
        if (v := judged_things.idiom_valence(t, clause)):  # critic59: "flies in the face of"
            total += v * (-0.74 if _negated(t, clause) else 1.0)
            continue
        if not _evaluative(t, clause):
            continue
        v = _valence(t)
        if v and _negated(t, clause):
            v *= -0.74
        total += v
    return total


def content_clauses(tok: "Token", speech: frozenset[str]) -> list["Token"]:
    """The clauses a speech verb reports: its ccomp verbs (direct quotations hang there too)."""
    if tok.lemma_.lower() not in speech:
        return []
    out = [c for c in tok.children if c.dep_ == "ccomp" and (c.pos_ in ("VERB", "AUX") or judged_things.misread_idiom(c))]
    out += [j for c in out for j in c.conjuncts if j.pos_ in ("VERB", "AUX") and j not in out
            and any(m.dep_ == "mark" for m in j.children)]  # "said X ... and that Y ..."
    if tok.dep_ == "parataxis" and tok.head.pos_ in ("VERB", "AUX") and not out:
        out.append(tok.head)  # '"Y lies," X said', parsed with the quotation as the root
    if not out:
        from dateline.events.stranded_speakers import misjoined_report, stranded_speaker
        if misjoined_report(tok) and stranded_speaker(tok) is not None:
            out.append(tok.head)  # speech24: "Y failed, the leader of X, Name, told ..." read as a conjunct
    return out


def _owner(noun: "Token") -> "Token | None":
    """Whose thing a noun is ("the government's strategy", "the reaction of the regime",
    "changes introduced by the minister"): frames.possessor, or a participle's "by" agent."""
    from dateline.events.frames import by_agents, possessor

    owner = possessor(noun)
    if owner is None:
        owner = next((g for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" for g in by_agents(c)), None)
    return owner if owner is not None and owner.pos_ in ("PROPN", "NOUN") else None


def reacted_thing(clause: "Token") -> "Token | None":
    """verdict17: what "it" means in participial speech: "The Socialists pulled out of the
    poll, saying it was a sham" / "X rejected the offer, saying it was inadequate": the thing
    the main verb acted on (its object, else the object of its preposition), whose author the
    coder finds (a party named, or act_targets.py for an act). Only for a participle ("saying")
    hanging on the main verb: in "X said it was a sham" the "it" has no antecedent here."""
    speech = clause.head
    if speech.dep_ != "advcl" or speech.tag_ != "VBG" or speech.head.pos_ not in ("VERB", "AUX"):
        return None
    main = speech.head
    obj = next((c for c in main.children if c.dep_ == "dobj"), None)
    if obj is None:
        preps = [c for c in main.children if c.dep_ == "prep" and c.i < speech.i]
        while preps and obj is None:
            p = preps.pop(0)
            obj = next((g for g in p.children if g.dep_ == "pobj"), None)
            preps += [g for g in p.children if g.dep_ == "prep"]  # "pulled out of the poll"
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.lemma_.lower() in PRIVATE_PEOPLE:
        return None
    owner = _owner(obj) if obj.pos_ == "NOUN" else None
    return owner if owner is not None else obj


#: Possessives by which a speaker names its own side ("its troops", "our soldiers").
_OWN_POSSESSIVES = frozenset({"its", "our", "their", "my"})


def parties(clause: "Token") -> list["Token"]:
    """Whom the content is about: the subject (and its conjuncts), else the owner of a
    subject that is a thing; "we"/"I" are the speaker, so their object (or its owner)."""
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return []
    if subj.lower_ in SPEAKER_PRONOUNS:
        obj = next((c for c in clause.children if c.dep_ == "dobj"), None)
        if obj is None:
            return []
        owner = _owner(obj)
        return [owner] if owner is not None else ([obj] if obj.pos_ in ("PROPN", "NOUN") else [])
    if subj.lower_ in POINTING_PRONOUNS and subj.dep_ == "nsubj":
        thing = reacted_thing(clause)
        # critic59: "The administration issued a new rule. The ACLU said it violates federal law."
        return [thing] if thing is not None else judged_things.pointed_makers(clause)
    if subj.pos_ == "PRON" and subj.lower_ in THIRD_PERSON and subj.dep_ == "nsubj":
        return [subj]  # "he/they": kept only when the resolver ties it to someone (coder.py)
    if subj.pos_ not in ("PROPN", "NOUN") or subj.dep_ == "nsubjpass" or subj.lemma_.lower() in PRIVATE_PEOPLE:
        return []  # what was done to someone, or to people in general, is no stance on them
    if subj.pos_ == "NOUN" and subj.lemma_.lower() in MARKET_WORDS and not any(c.dep_ == "poss" for c in subj.children):
        return []  # spurious73: a market figure moving is no stance on the country named on it ("Japan's market" stays)
    if any(c.dep_ == "poss" and c.lower_ in _OWN_POSSESSIVES for c in subj.children):
        return []  # "said its troops had only responded to provocative fire": the speaker's own side
    owner = _owner(subj) if subj.pos_ == "NOUN" else None
    if owner is not None:
        return [owner]
    return [subj, *(c for c in subj.conjuncts if c.pos_ in ("PROPN", "NOUN"))]


def reported_stance(tok: "Token", d: "Dictionary", coded: Callable[["Token"], bool]) -> list[Stance]:
    """The criticism a speech verb's content voices about a party (see module doc); ``coded``
    says whether a clause already holds a coded act of its own."""
    return clause_stances(content_clauses(tok, d.speech), coded)


def clause_stances(clauses: list["Token"], coded: Callable[["Token"], bool]) -> list[Stance]:
    """The criticism each content clause voices about its party: a quotation's own sentence
    ('... he said. "The Germans do not want to budge."') and "..., according to X" read here too."""
    out = []
    for clause in clauses:
        if coded(clause):
            continue  # the content is an act, coded from its own clause
        owner = fault_owner(clause)
        if owner is not None and not _negated(clause, clause):  # whatever its modal: the noun is the verdict
            out.append(Stance("111", clause, [owner], -2.0))
            continue
        if any(c.dep_ == "aux" and c.lower_ in _HEDGING_MODALS for c in clause.children) \
                or judged_things.conditional(clause):  # critic59: "would be unfair if it were adopted"
            continue
        from dateline.events.predictions import forecast_said  # (late: predictions imports nothing here)

        if forecast_said(clause):
            continue  # modal61: "Western analysts said Iraq would not accept the plan": a guess, no criticism
        who = parties(clause)
        if not who:
            continue
        s = stance_score(clause)
        if s <= NEGATIVE_AT:  # code71: a breach of a written rule is an accusation (112)
            out.append(Stance(broken_instruments.stance_code(clause), clause, who, s))
    return out


# ---------------------------------------------------------------- a feeling about someone

# Verbs that join a subject to how it feels ("Brazil is not happy with the committee").
FEELING_COPULAS = frozenset({"be", "remain", "seem", "feel", "appear", "become", "grow"})
# What a feeling is about: "unhappy with", "angry at", "disappointed by", "worried about".
FEELING_PREPS = frozenset({"with", "about", "at", "over", "by", "of", "toward", "towards"})


def _voiced(tok: "Token") -> bool:
    """A clause someone says: the complement of a speech verb ("said Brazil is not happy with
    Y") or the clause a trailing "X said" hangs on."""
    from dateline.events.actors import SPEAKING_VERBS

    if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in SPEAKING_VERBS:
        return True
    return any(c.dep_ in ("ccomp", "parataxis") and c.lemma_.lower() in SPEAKING_VERBS for c in tok.children)


def experienced_stance(tok: "Token") -> "tuple[list[Token], list[Token]] | None":
    """(subjects, targets) when a copula says its subject feels badly about a party or its act:
    "Japan is not happy with the administration's trade bill", "the unions were angry at the
    government" (111 from the one who feels it). The feeling is an adjective with a rated
    valence at or below NEGATIVE_AT (a "not" counts against "happy"); what it is about is the
    party its preposition names, else the doer of the act it names (statements.noun_doer)."""
    if tok.lemma_.lower() not in FEELING_COPULAS:
        return None  # (perf67: before the import: this runs for every verb)
    from dateline.events.statements import DISAPPROVING_ADJECTIVES, advisable_party, noun_doer

    subj = [c for c in tok.children if c.dep_ == "nsubj" and (c.pos_ == "PROPN" or c.pos_ == "NOUN"
                                                              or c.lower_ in THIRD_PERSON)]
    adj = next((c for c in tok.children if c.dep_ == "acomp" and c.pos_ in ("ADJ", "VERB")), None)
    if not subj or adj is None or adj.lower_ in DISAPPROVING_ADJECTIVES:
        return None  # "critical of", "hostile to": statements.disapproval's (a present "is critical of" is a state)
    if tok.tag_ != "VBD" and not _voiced(tok):
        return None  # "the Dutch government is furious with Y": a standing attitude, unless someone voices it
    v = _valence(adj)
    if v and (_negated(adj, tok) or any(c.dep_ == "neg" for c in tok.children)):
        v *= -0.74
    if v > NEGATIVE_AT:
        return None
    objs = [g for p in adj.children if p.dep_ == "prep" and p.lower_ in FEELING_PREPS
            for g in p.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")]
    if not objs:
        return None
    obj = objs[0]
    if advisable_party(obj):
        return subj, [obj, *(c for c in obj.conjuncts if c.pos_ in ("NOUN", "PROPN"))]
    doer = noun_doer(obj) or _owner(obj)  # "the American trade bill", "the structure of the committee"
    return (subj, [doer]) if doer is not None else None


# ---------------------------------------------------------------- a digest line "- X: <clause>" (verdict17)

def headline_speaker(root: "Token") -> "Token | None":
    """verdict17: the speaker of a digest line, "- Prime Minister Hariri: Israeli threats harm
    peace", "- Opposition leader Anwar Ibrahim: the budget is a disgrace": a person's or a
    body's name that opens the sentence (after a dash) and is followed by a colon; the clause
    after the colon is what they said. Only a named PERSON or ORG: "Note: ..." or a place
    before a colon is no speaker."""
    if root.dep_ != "ROOT":
        return None
    if ":" not in doc_text(root.doc):
        return None  # perfev57: both readings below need a ":" token (most articles have none); `root.sent` is dear
    sent = root.sent
    for c in root.children:
        if c.dep_ in ("dep", "npadvmod", "nsubj") and c.pos_ == "PROPN" and c.ent_type_ in ("PERSON", "ORG") \
                and c.i + 1 < sent.end and sent.doc[c.i + 1].text == ":" and c.i < root.i:
            first = min(t.i for t in c.subtree)
            if all(sent.doc[k].is_punct for k in range(sent.start, first)):
                return c
    doc = sent.doc
    if sent.start >= 2 and doc[sent.start - 1].text == ":":  # the parser cut the line at the colon
        name = doc[sent.start - 2]
        prev = name.sent
        if name.pos_ == "PROPN" and name.ent_type_ in ("PERSON", "ORG") and all(
                t.is_punct or t.pos_ in ("PROPN", "NOUN", "ADJ") for t in doc[prev.start:sent.start - 1]):
            return name
    return None

