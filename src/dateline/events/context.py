"""Sources and targets a reader takes from the article, not from the clause (issue #4).

The Wikinews conventions resolve pronouns and definite descriptions "as a human reader
would". The coder's own clause reading (frames.py) finds a subject and an object; when those
are "I", "my colleagues", "the ministry", "the first" or "the stabbing", this module says
whom they stand for:

- **first person in a quotation**: "I"/"we"/"my"/"our" inside a direct quotation are its
  speaker, as the quotes stage (article.quotes) tied it, also in the later pieces of a
  quotation the sentence splitter cut up. "my colleagues" of a legislator (or of any office
  holder) are the same body: the speaker's code, another actor.
- **definite descriptions** with no country of their own ("the ministry", "the party",
  "the court", "the campaign", "the president") are the latest earlier phrase with the same
  head noun that names one; "the accused", "the suspect", "the gunman" are the private
  person the article named last.
- **"the first ... the second ..."** of documents just named ("passed two resolutions. The
  first condemned ...") speak for whoever passed or issued them.
- **acts named by a noun**: when "the move" / "the stabbing" / "the investigation" points at an
  act that was never coded, its doer is the agent of the earlier clause whose verb (or noun)
  is of the same family (stabbing <- stab, investigation <- investigate, vote <- vote), and
  for "the move / the decision" the agent of the nearest act verb reported just before.
- **denials in a quotation**: "It never happened", "It is not true", "I am not guilty" said by
  a speaker who was accused is a denial (016) toward the accuser; so is calling the claim or
  the allegation "false".

Every rule is conservative: no actor is better than a wrong one, so each one answers only
where its antecedent is unambiguous within a short reach, and returns nothing otherwise.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from dateline.events import filters
from dateline.events import each_other  # source64: "each side ... the other"
from dateline.events.frames import by_agents, possessor, sentences_back, subjects, with_conjuncts

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Span, Token

    from dateline.events.actors import ActorContext
    from dateline.model import Actor, Event, Quote

Resolver = Callable[[list["Token"]], list[tuple["Token", "Actor"]]]
# How far back (characters) a description or an act noun may point.
REACH = 1500
FIRST_PERSON = frozenset({"i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves"})
THIRD_PERSON = frozenset({"he", "him", "his", "she", "her", "they", "them", "their"})

_QUOTES_KEY = "dateline.events.context.quotes"


# ---------------------------------------------------------------- quotations


def _direct_quotes(ctx: "ActorContext") -> list["Quote"]:
    """The article's direct quotations with a speaker, in text order (kept on the Doc)."""
    doc = ctx.doc
    key = (_QUOTES_KEY, id(ctx.article))
    got = doc.user_data.get(key)
    if got is None:
        got = doc.user_data[key] = sorted(
            (q for q in ctx.article.quotes if q.kind == "direct" and (q.speaker_span or q.speaker)),
            key=lambda q: q.start)
    return got


def quote_in(start: int, end: int, ctx: "ActorContext") -> bool:
    """Whether a direct quotation with a speaker overlaps [start, end): most sentences have
    none, and the quotation rules skip them without looking at a token."""
    for q in _direct_quotes(ctx):
        if q.start >= end:
            return False
        if q.end > start:
            return True
    return False


def quote_at(tok: "Token", ctx: "ActorContext") -> "Quote | None":
    """The direct quotation (with a known speaker) that holds this token."""
    for q in _direct_quotes(ctx):
        if q.start > tok.idx:
            break
        if q.start <= tok.idx < q.end:
            return q
    return None


def speaker_token(q: "Quote", ctx: "ActorContext") -> "Token | None":
    """The token that names the quotation's speaker: the mention the quotes stage tied it to,
    else the entity's latest mention before the quotation (or its first one)."""
    doc = ctx.doc
    if q.speaker_span:
        span = doc.char_span(q.speaker_span["start"], q.speaker_span["end"], alignment_mode="expand")
        if span is not None and not (q.start <= span.root.idx < q.end):
            return span.root
    ent = ctx.article.entity(q.speaker) if q.speaker else None
    if ent is None or not ent.mentions:
        return None
    before = [m for m in ent.mentions if m.end <= q.start] or [m for m in ent.mentions if m.start >= q.end]
    if not before:
        return None
    m = before[-1] if before[0].end <= q.start else before[0]
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span.root if span is not None else None


def quoted_speaker(tok: "Token", ctx: "ActorContext") -> "Token | None":
    """ '"I urge my colleagues to act," the senator said': a first-person pronoun inside a
    direct quotation is its speaker (None outside quotations or with no speaker)."""
    if tok.pos_ != "PRON" or tok.lower_ not in FIRST_PERSON:
        return None
    q = quote_at(tok, ctx)
    if q is None:
        return None
    return _governing_speaker(tok, q) or speaker_token(q, ctx)


#: Verbs whose clause complement is what their subject says (we53).
_SAYING_VERBS = frozenset("say tell add state declare write tweet insist stress warn announce".split())


def _governing_speaker(tok: "Token", q: "Quote") -> "Token | None":
    """we53: 'Netanyahu said that "we will not negotiate with Hamas" and accused Syria ...': a
    quotation the parse hangs under a saying verb outside it is that verb's subject's, whatever
    name the quotes stage tied it to (there Syria, the object of the next verb). The first
    ancestor of the pronoun outside the quotation must be the saying verb itself."""
    anc = next((a for a in tok.ancestors if not q.start <= a.idx < q.end), None)
    if anc is None or anc.pos_ != "VERB" or anc.lemma_.lower() not in _SAYING_VERBS:
        return None
    return next((c for c in anc.children if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN")
                 and not q.start <= c.idx < q.end), None)


SECOND_PERSON = frozenset({"you", "your", "yours"})


def quoted_addressee(tok: "Token", ctx: "ActorContext") -> "Token | None":
    """ '"You have failed the people," X told Y', 'X said to Y: "We urge you to ..."': "you"
    inside a direct quotation is the one its cue verb addresses (the object of "told", the
    "to" of "said to"); None when the cue names no addressee ("you" is then generic)."""
    if tok.pos_ != "PRON" or tok.lower_ not in SECOND_PERSON:
        return None
    q = quote_at(tok, ctx)
    if q is None or not q.cue_span:
        return None
    span = ctx.doc.char_span(q.cue_span["start"], q.cue_span["end"], alignment_mode="expand")
    if span is None:
        return None
    cue = span.root
    speaker = speaker_token(q, ctx)
    if speaker is None or not (speaker == cue or speaker.head == cue and speaker.dep_ == "nsubj"):
        return None  # the cue verb is not the speaker's own ("I told my mom, and she said 'you ...'")
    for c in cue.children:
        if c.dep_ in ("dobj", "dative") and not q.start <= c.idx < q.end and (
                c.pos_ in ("PROPN", "NOUN") or c.lower_ in ("him", "her", "them")):
            return c
        if c.dep_ == "prep" and c.lower_ == "to":
            got = next((g for g in c.children if g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN")), None)
            if got is not None:
                return got
    return None


# Nouns for the fellow members of one's own body: "my colleagues", "our fellow senators".
COLLEAGUE_WORDS = frozenset({"colleague", "colleagues", "peer", "peers"})
# Bodies whose members are one actor code (a legislator's colleagues are the legislature).
BODY_ROLES = frozenset({"LEG", "GOV", "JUD", "MIL", "COP"})


def colleagues(tok: "Token", ctx: "ActorContext") -> "Actor | None":
    """ '"I urge my colleagues to pass the bill," the senator said': the owner's own body (the
    same code as the owner, as another actor)."""
    from dateline.events.actors import actor_for
    from dateline.model import Actor

    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in COLLEAGUE_WORDS:
        return None
    owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    if owner is None:
        return None
    who = quoted_speaker(owner, ctx) if owner.lower_ in FIRST_PERSON else owner
    actor = actor_for(who, ctx) if who is not None else None
    if actor is None or not actor.code or actor.role not in BODY_ROLES or not actor.country:
        return None
    return Actor(None, tok.doc[owner.i:tok.i + 1].text, actor.code, actor.country, actor.role)


def quoted_self_reference(tok: "Token", ctx: "ActorContext") -> bool:
    """True for a third-person pronoun inside a quotation that the coreference map ties to the
    quotation's own speaker: a speaker does not call themself "he" ("'He lied to us,' the
    minister said" is about someone else), so that reading is a slip."""
    if tok.pos_ != "PRON" or tok.lower_ not in THIRD_PERSON:
        return False
    q = quote_at(tok, ctx)
    if q is None or not q.speaker:
        return False
    ent = ctx.coref.get(tok.i)
    if ent is None:
        from dateline.events.actors import _entity_for  # the same fallback actor_for uses
        found = _entity_for(tok, ctx)
        ent = found.id if found is not None else None
    return ent == q.speaker


def quoted_piece(sent: "Span", ctx: "ActorContext") -> "tuple[Token, Token] | None":
    """A sentence that is a piece of a direct quotation with no speech verb of its own ('... he
    said. "This is a provocation."'): its root and the quotation's speaker. The piece is what
    the speaker says, so it is read as the complement of an unwritten "said"."""
    from dateline.events.actors import SPEAKING_VERBS

    root = sent.root
    if root.pos_ not in ("VERB", "AUX"):
        return None
    q = quote_at(root, ctx)
    if q is None or not (q.start <= sent.start_char + 1 and sent.end_char - 2 <= q.end):
        return None  # only a sentence wholly inside the quotation
    if any(t.pos_ == "VERB" and t.lemma_.lower() in SPEAKING_VERBS for t in sent):
        return None  # a speech verb of its own: the ordinary speech rules read it
    speaker = speaker_token(q, ctx)
    return (root, speaker) if speaker is not None else None


# ---------------------------------------------------------------- definite descriptions

# Heads of descriptions a reader ties to the latest phrase with the same head that says whose
# it is: "the Chinese foreign ministry ... the ministry", "the Biden campaign ... the campaign".
# ("the government", "the president", "the police" are left out: a reader takes them as the
# article's own country's, which the actor coder already does, even after a foreign one.)
SAME_HEAD_WORDS = frozenset("ministry party court campaign committee commission council agency embassy "
                            "prosecutor office union department "
                            "source official diplomat".split())  # source62: "the sources" after "sources close to the X government"
# Private persons named by their part in a crime: "the accused" is the person charged before.
SUSPECT_WORDS = frozenset("accused suspect defendant gunman attacker assailant killer shooter "
                          "perpetrator knifeman".split())
_DEFINITE = frozenset({"the", "this", "that"})


def _definite_bare(tok: "Token") -> bool:
    """ "the ministry": a definite noun with no owner, no modifier naming whose, no "of"."""
    kids = list(tok.children)
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in kids):
        return False
    if any(c.dep_ in ("poss", "compound", "nmod", "appos") or c.dep_ == "prep" and c.lower_ in ("of", "for", "in")
           for c in kids):
        return False
    return not any(c.dep_ == "amod" and (c.ent_type_ in ("NORP", "GPE") or c.pos_ == "PROPN") for c in kids)


def description_antecedent(tok: "Token", ctx: "ActorContext") -> "Token | None":
    """The token a bare definite description stands for, or None."""
    lemma = tok.lemma_.lower()
    if tok.lower_ in SUSPECT_WORDS and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "dative"):
        # ("the accused" is often tagged a verb; its place in the clause says it is a noun)
        if not _definite_bare(tok) or tok.i in ctx.entity_at:
            return None
        return _latest_private_person(tok, ctx)
    if tok.pos_ != "NOUN" or lemma not in SAME_HEAD_WORDS or not _definite_bare(tok) or tok.i in ctx.entity_at or tok.i in ctx.coref:
        return None
    return _same_head(tok, ctx)


def _earlier_mentions(tok: "Token", pos: tuple[str, ...]) -> "Iterator[Token]":
    """Earlier words with `tok`'s lemma and one of `pos`, nearest first, within REACH characters."""
    lemma = tok.lemma_.lower()
    for i in range(tok.i - 1, -1, -1):
        t = tok.doc[i]
        if tok.idx - t.idx > REACH:
            return
        if t.lemma_.lower() == lemma and t.pos_ in pos:
            yield t


def _same_head(tok: "Token", ctx: "ActorContext") -> "Token | None":
    from dateline.events.actors import actor_for

    for t in _earlier_mentions(tok, ("NOUN", "PROPN")):
        if _definite_bare(t):
            continue
        actor = actor_for(t, ctx)
        if actor is not None and actor.code and actor.country and _names_country(t, ctx):
            return t
        return None  # the nearest same-head phrase names no one: no guess further back
    return None


def _names_country(t: "Token", ctx: "ActorContext") -> bool:
    """The phrase itself (or its entity) says whose it is: "the Chinese foreign ministry",
    "the Biden campaign", "Russia's defence ministry"."""
    if t.i in ctx.entity_at or t.i in ctx.coref:
        return True
    if any(w.ent_type_ in ("NORP", "GPE", "PERSON", "ORG") for w in t.subtree if w.i < t.i):
        return True
    # source62: "sources close to the Italian government": whose they are comes after "close to"
    return any(c.lower_ == "close" for c in t.children) and any(
        w.ent_type_ in ("NORP", "GPE", "PERSON", "ORG") for w in t.subtree if w.i > t.i)


def _latest_private_person(tok: "Token", ctx: "ActorContext") -> "Token | None":
    """The latest person named before the description (within reach) who holds no office:
    "Australian man Mark Duffy was charged ... the accused"."""
    from dateline.events.actors import actor_for

    doc = tok.doc
    for i in range(tok.i - 1, -1, -1):
        t = doc[i]
        if tok.idx - t.idx > REACH:
            break
        ent = ctx.entity_at.get(i)
        if ent is None or ent.label != "PERSON" or t.dep_ in ("compound", "poss"):
            continue
        actor = actor_for(t, ctx)
        if actor is None or not actor.code or actor.role not in (None, "CVL"):
            return None  # the latest person is an office holder: not "the accused"
        return t
    return None


def plural_object_antecedent(tok: "Token") -> "Token | None":
    """ "Police arrested two suspects. Prosecutors charged them with murder": "them" as an
    object is the latest group named as a role noun in the two sentences before (never the
    clause's own subject, which "them" cannot be)."""
    from dateline.events.actors import ROLE_WORDS

    if tok.pos_ != "PRON" or tok.lower_ != "them" or tok.dep_ not in ("dobj", "pobj"):
        return None
    doc = tok.doc
    start, lo = tok.sent.start, sentences_back(tok)
    # round 13: a group that is the subject of an earlier clause of the same sentence comes
    # first ("protesters threw stones, and the police fired tear gas at them", "the rebels must
    # disarm before it negotiates with them"); never the subject of the pronoun's own verb
    verb = tok.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    own = {c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")}
    shared = verb  # integ35: nor the subject a conjoined verb shares ("police arrested X and charged them")
    while not own and shared.dep_ in ("conj", "advcl", "xcomp") and shared.head.i != shared.i:
        shared = shared.head
        own = {c.i for c in shared.children if c.dep_ in ("nsubj", "nsubjpass")}
    x = verb
    while x.head.i != x.i:  # nor the speaker whose report holds the clause ("officials said police held them")
        if x.dep_ in ("ccomp", "parataxis"):
            own |= {c.i for c in x.head.children if c.dep_ in ("nsubj", "nsubjpass")}
        x = x.head
    for i in range(tok.i - 1, start - 1, -1):
        t = doc[i]
        if t.tag_ == "NNS" and t.lemma_.lower() in ROLE_WORDS and t.dep_ in ("nsubj", "nsubjpass") \
                and t.i not in own and t.head.i != verb.i:
            return t
    # context41: nor a group the subject owns by name ("opposition fighters attacked government
    # troops. The government accused them": not its own troops, the attackers)
    owners = {doc[j].lemma_.lower() for j in own}
    for i in range(start - 1, lo - 1, -1):
        t = doc[i]
        if t.tag_ == "NNS" and t.lemma_.lower() in ROLE_WORDS and t.dep_ in ("dobj", "nsubjpass", "nsubj", "pobj") \
                and t.lemma_.lower() not in owners \
                and not any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in owners for c in t.children):
            # (pronoun65: nor the subject's own kind named before: "Students threw firebombs at
            # police. Police fired tear gas at them": the students)
            return t
    return None


def subject_pronoun_antecedent(tok: "Token", ctx: "ActorContext") -> list["Token"]:
    """ "The Iranian foreign ministry summoned the ambassador. It accused London ...",
    "Opposition parties held a rally. They accused the government ...": "it"/"they" as the
    subject of a sentence's main clause, with no coreference answer, is the subject of the
    sentence before when that is a body of the right number (not a person): a singular noun
    for "it", a plural one or coordinated ones for "they"."""
    from dateline.events.actors import actor_for

    low = tok.lower_
    if tok.pos_ != "PRON" or low not in ("it", "they") or tok.dep_ not in ("nsubj", "nsubjpass"):
        return []
    head = tok.head
    root = tok.sent.root
    if not (head == root or head.dep_ == "conj" and head.head == root):
        # round 12: "it"/"they" in a clause below another subject's ("the government raised
        # prices but said it had ...", "X said the rebels must disarm before it negotiates")
        return clause_pronoun_antecedent(tok, ctx)
    if tok.dep_ != "nsubj":
        return []
    if head != root and (joined := clause_pronoun_antecedent(tok, ctx)):
        # source52: "The Turkish army was put on alert and it shelled ...": a clause joined to the
        # main one by "and"/"but" reads the main clause's subject first, as a clause below it does
        return joined
    if tok.sent.start == 0:
        return []
    prev = tok.doc[tok.sent.start - 1].sent
    # the subject nearest the verb ("TEHRAN, April 11 - Iran's ministry said": not the dateline)
    subj = max((c for c in prev.root.children if c.dep_ == "nsubj"), key=lambda c: -abs(c.i - prev.root.i), default=None)
    if subj is None:  # coref17: "The hijackers ... are believed to be armed. They threatened ..."
        subj = next((c for c in prev.root.children if c.dep_ == "nsubjpass"), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return []
    ent = ctx.entity_at.get(subj.i)
    group = [subj, *subj.conjuncts]
    if ent is not None and ent.label == "PERSON":
        group = person_pair(low, subj, ctx)
        if not group:
            return []
    if low == "it" and (len(group) > 1 or subj.tag_ not in ("NN", "NNP")):
        return []
    if low == "they" and len(group) == 1 and subj.tag_ not in ("NNS", "NNPS"):
        return []
    from dateline.events.actors import ROLE_WORDS

    if not all(ctx.entity_at.get(g.i) is not None or group_noun(g, ctx)
               or g.lemma_.lower() in BODY_WORDS for g in group):
        return []  # "Protesters' demands include ...": a thing, not a body that acts
    took_owner = _coref_took_owner(tok, subj, ctx)
    if tok.i in ctx.coref and not took_owner:
        return []  # the coreference stage has its own answer (asked last: it is not free)
    if any((a := actor_for(g, ctx)) is None or not a.code for g in group):
        return []
    mine = actor_for(tok, ctx)
    if mine is not None and mine.code and not took_owner:
        return []  # the actor coder already knows ("they": the protesters just named)
    from dateline.events.actors import quantified_group

    return [quantified_group(g) or g for g in group]  # "Hundreds of supporters": the supporters


# Verbs whose subject and partner are the two people a following "they" stands for.
MEETING_VERBS = frozenset("meet talk speak confer negotiate".split())


def person_pair(low: str, subj: "Token", ctx: "ActorContext") -> list["Token"]:
    """coref17: "X and Y met in Ljubljana. They agreed ...", "X met his Slovenian counterpart Y.
    They said ...": "they" after a sentence about two (or more) named people acting together
    is those people: coordinated person subjects, or a person subject and the person met or
    talked with. [] for "it", for one person, or when a partner is not a named person."""
    if low != "they":
        return []
    people = [subj, *subj.conjuncts]
    if len(people) == 1:
        verb = subj.head
        if verb.lemma_.lower() not in MEETING_VERBS:
            return []
        partner = next((c for c in verb.children if c.dep_ == "dobj"), None) or next(
            (g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
             if g.dep_ == "pobj"), None)
        if partner is not None and partner.i not in ctx.entity_at:  # "met his counterpart, Y"
            partner = next((c for c in partner.children if c.dep_ == "appos"), None)
        if partner is None:
            return []
        people.append(partner)
    for p in people:
        ent = ctx.entity_at.get(p.i)
        if ent is None or ent.label != "PERSON":
            return []
    return people


def _coref_took_owner(tok: "Token", subj: "Token", ctx: "ActorContext") -> bool:
    """ "Iran's foreign ministry said ... It warned ...": the coreference stage answered "it"
    with the owner named in the possessive of the sentence's subject (Iran), where a reader takes
    the body that subject names (the ministry), which is the one that spoke and acts (round 14)."""
    answer = ctx.coref.get(tok.i)
    if answer is None:
        return False
    owner = next((c for c in subj.children if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ != "PROPN":
        return False
    ent = ctx.entity_at.get(owner.i)
    return ent is not None and ent.id == answer and ent.label in ("GPE", "ORG", "NORP")


# Verbs whose "it" subject is often a placeholder ("it is time", "it seems", "it was clear that").
_EMPTY_IT_VERBS = frozenset({"be", "seem", "appear", "become", "matter", "look", "happen"})
# ... except with an adjective only an actor can be: "it is willing to", "it was ready to".
AGENT_ADJECTIVES = frozenset("willing unwilling ready prepared able unable determined reluctant keen eager "
                             "committed opposed confident".split())


def _placeholder_it(tok: "Token") -> bool:
    head = tok.head
    if head.lemma_.lower() not in _EMPTY_IT_VERBS:
        return False
    return not any(c.dep_ == "acomp" and c.lower_ in AGENT_ADJECTIVES for c in head.children)


def clause_pronoun_antecedent(tok: "Token", ctx: "ActorContext") -> list["Token"]:
    """A reader's antecedent for "it"/"they" as the subject of a clause that hangs below
    another subject's clause in the same sentence: the nearest such subject before the pronoun
    whose clause governs the pronoun's (so it is the one the sentence is about), of the
    pronoun's kind: a body, a firm or a country for "it" (one noun, never a person), a plural
    group or coordinated parties for "they". "The union said it ..." is the speaker rule's
    (events/actors.py::speaker_antecedent); this one reads the other shapes ("X raised prices
    but said it had ...", "X was against the tax although it noted ...", "X said the rebels must
    disarm before it negotiates": the rebels are plural, so not "it"). Nothing when the
    coreference stage or the actor coder already answers, or "it" is a placeholder."""
    from dateline.events.actors import BODY_NOUNS, ROLE_WORDS, actor_for, speaker_antecedent

    low = tok.lower_
    if low == "it" and _placeholder_it(tok):
        return []
    if tok.i in ctx.coref or speaker_antecedent(tok, ctx):
        return []
    governing = {a.i for a in tok.ancestors}
    for i in range(tok.i - 1, tok.sent.start - 1, -1):
        cand = tok.doc[i]
        if cand.dep_ not in ("nsubj", "nsubjpass") or cand.head.i not in governing \
                or cand.pos_ not in ("NOUN", "PROPN"):
            continue
        ent = ctx.entity_at.get(cand.i)
        if ent is not None and ent.label == "PERSON":
            continue  # a person is "he" or "she"
        group = [cand, *cand.conjuncts]
        if low == "it":
            fits = len(group) == 1 and (ent is not None and ent.label in ("ORG", "GPE") or (
                cand.tag_ == "NN" and cand.lemma_.lower() in BODY_NOUNS))
        else:
            fits = (len(group) > 1 or cand.tag_ in ("NNS", "NNPS")) and all(
                ctx.entity_at.get(g.i) is not None or group_noun(g, ctx)
                or g.lemma_.lower() in BODY_WORDS for g in group)
        if not fits:
            continue  # another kind or number: "the insurgents ... before it negotiates"
        if any(_fits_pronoun(low, t, ctx) for t in tok.doc[cand.i + 1:tok.i] if t.dep_ not in ("nsubj", "nsubjpass")
               and t.pos_ in ("NOUN", "PROPN") and t not in group
               and (ent is None or ctx.entity_at.get(t.i) is not ent)):  # (not the subject's own mention)
            return []  # "X will cut ties with the Sudanese government because it ...": either may be "it"
        if any((a := actor_for(g, ctx)) is None or not a.code for g in group):
            return []
        mine = actor_for(tok, ctx)
        return [] if mine is not None and mine.code else group
    return []


def _fits_pronoun(low: str, t: "Token", ctx: "ActorContext") -> bool:
    """A noun that could be what "it" (one body, firm or country) or "they" (a plural group)
    stands for: a rival antecedent between the subject and the pronoun."""
    from dateline.events.actors import BODY_NOUNS, ROLE_WORDS

    ent = ctx.entity_at.get(t.i)
    if t.dep_ == "compound" or ent is not None and ent.label == "PERSON":
        return False
    if low == "it":
        return t.tag_ in ("NN", "NNP") and (ent is not None and ent.label in ("ORG", "GPE")
                                            or t.lemma_.lower() in BODY_NOUNS)
    return t.tag_ in ("NNS", "NNPS") and (ent is not None or group_noun(t, ctx)
                                          or t.lemma_.lower() in BODY_WORDS)


def group_noun(t: "Token", ctx: "ActorContext") -> bool:
    """A noun for a group that acts (events/actors.py::group_noun; imported late: actors
    imports this module)."""
    from dateline.events.actors import group_noun as _group_noun

    return _group_noun(t, ctx)


# Bodies that act as one: "Opposition parties held a rally. They ..."
BODY_WORDS = frozenset("party group coalition alliance union organisation organization movement "
                       "committee council agency ministry embassy".split())


COUNTRY_WORDS = frozenset({"country", "nation"})


def country_reference(tok: "Token", ctx: "ActorContext") -> "Actor | None":
    """ "Venezuela expelled the Spanish ambassador. The country's foreign minister accused
    Spain ...": "the country" (or "the country's <office>") is the country that was the
    subject of one of the two sentences before (a reader's default: the one acting)."""
    from dateline.events.actors import ROLE_WORDS, actor_for
    from dateline.model import Actor

    if tok.pos_ != "NOUN":
        return None
    if tok.lemma_.lower() in COUNTRY_WORDS:
        holder, role = tok, None
    else:
        holder = next((c for c in tok.children if c.dep_ == "poss" and c.lemma_.lower() in COUNTRY_WORDS), None)
        role = ROLE_WORDS.get(tok.lemma_.lower())
        if holder is None or role is None:
            return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in holder.children) \
            or any(c.dep_ in ("amod", "compound", "prep") for c in holder.children):
        return None  # "the Balkan country", "the country of Y": the phrase says which
    doc = tok.doc
    sent = tok.sent
    for _ in range(2):
        if sent.start == 0:
            return None
        sent = doc[sent.start - 1].sent
        subj = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
        actor = actor_for(subj, ctx) if subj is not None and subj.pos_ == "PROPN" else None
        if actor is not None and actor.country and actor.code == actor.country:
            code = actor.country + (role or "")
            return Actor(None, doc[holder.i:tok.i + 1].text, code, actor.country, role)
    return None


# ---------------------------------------------------------------- "the two leaders", "both sides"

# Plural nouns that, counted as two ("the two leaders", "both countries"), name the pair of
# actors the article has just shown dealing with each other.
PAIR_WORDS = frozenset("leader country nation side government president minister counterpart state "
                       "neighbour neighbor rival delegation party premier man woman official".split())  # (integ31: "the two men")


def pair_actors(toks: list["Token"], earlier: list["Event"], resolve: "Resolver") -> list[tuple["Token", "Actor"]]:
    """ "X met Y on Monday. The two leaders signed a trade deal": the pair the article just
    showed together: the two sides of the latest earlier event between two actors (in an
    earlier sentence, within reach), else the two coordinated subjects of one of the two
    sentences before ("Armenia and Azerbaijan agreed to a ceasefire. The two countries ...")."""
    for t in toks:
        if (noun := pair_subject_before(t)) is not None:
            # context33: "The two leaders signed a deal. They also criticised ...": the same pair
            return pair_actors([noun], earlier, resolve)
        if (mark := each_other.each_subject(t)) is not None:
            # source64: "Each side accused the other", "each blamed the other": the pair, as "both sides"
            count = mark if mark != t else each_other.the_other(t.head)
        elif t.lower_ in ("two", "both") and t.dep_ in ("nsubj", "nsubjpass") and (
                t.lower_ == "both" or any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)):
            count = next(iter(t.children), t)  # "The two discussed trade", "Both condemned ...": no noun
            if count is t:
                count = t.doc[t.i - 1] if t.i > 0 else t
        elif t.tag_ not in ("NNS", "NNPS") or t.lemma_.lower() not in PAIR_WORDS:
            continue
        else:
            count = next((c for c in t.children if c.lower_ in ("two", "both")
                          and c.dep_ in ("nummod", "det", "predet", "amod")), None)
            if count is None:
                continue
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children):
            continue  # "the two leaders of the opposition": the phrase says who they are
        start = t.sent.start_char
        for ev in reversed(earlier):
            if ev.trigger is None or ev.trigger.start >= start or t.idx - ev.trigger.start > REACH:
                continue
            if ev.source.code and ev.target.code and ev.source.code != ev.target.code \
                    and ev.source.country and ev.target.country:
                if (joint := _joint_sources(ev, earlier)) is not None:
                    # source64: "Washington and London accused Baghdad ... Both governments urged":
                    # the two who acted together, not one of them and their target
                    return [(t, _with_pair_role(joint[0], t)), (count, _with_pair_role(joint[1], t))]
                # (two tokens: the coder pairs distinct sides)
                return [(t, _with_pair_role(ev.source, t)), (count, _with_pair_role(ev.target, t))]
            break  # the latest act is not between two parties: no guess further back
        doc = t.doc
        lo = sentences_back(t)
        for i in range(t.i - 1, lo - 1, -1):
            pair = named_pair(doc[i], t)
            if not pair:
                continue
            got = [x for p in pair for x in resolve([p])[:1]]
            if len(got) == 2 and got[0][1].code != got[1][1].code:
                return [(t, got[0][1]), (count, got[1][1])]
            return []
    return []


def _joint_sources(ev: "Event", earlier: list["Event"]) -> "tuple[Actor, Actor] | None":
    """source64: the two sources of one act on one target ("X and Y accused Z": X->Z and Y->Z
    from the same trigger), when the act had exactly two; None for an act of one side."""
    same = [e for e in earlier if e.trigger is not None and e.trigger.start == ev.trigger.start
            and e.code == ev.code and e.target.code == ev.target.code and e.source.code]
    codes = {e.source.code for e in same}
    if len(codes) != 2 or ev.target.code in codes:
        return None
    first = next(e.source for e in same if e.source.code != ev.source.code)
    return first, ev.source


def _pair_noun(t: "Token") -> bool:
    """ "the two leaders", "both countries", "the two sides" (not "the two leaders of X")."""
    if t.tag_ not in ("NNS", "NNPS") or t.lemma_.lower() not in PAIR_WORDS:
        return False
    return any(c.lower_ in ("two", "both") and c.dep_ in ("nummod", "det", "predet", "amod") for c in t.children) \
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children)


def pair_subject_before(tok: "Token") -> "Token | None":
    """context33: the pair noun a main-clause "they" takes up: "they" opens the sentence
    right after one whose main subject was "the two leaders" / "both countries" (outside any
    quotation); the reader's "they" is that pair, not one of its two members."""
    if tok.lower_ != "they" or tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "ROOT" \
            or tok.sent.start == 0 or any(w.text in ('"', "“", "”") for w in tok.sent):
        return None
    prev = tok.doc[tok.sent.start - 1].sent
    subj = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj if subj is not None and _pair_noun(subj) else None


def named_pair(s: "Token", noun: "Token") -> list["Token"]:
    """coref17: where a text names the two parties that "the two sides" / "the two leaders"
    then stands for: coordinated subjects ("Armenia and Azerbaijan agreed ... The two
    countries", also earlier in the pair noun's own sentence: "X and Y signed a deal under
    which the two sides ..."), or the pair after "between" ("talks between X and Y went well
    and the two sides ..."), in the two sentences before or the noun's own sentence before it.
    Returns the two head tokens, [] when `s` names no pair."""
    if s.i >= noun.i:
        return []
    if s.dep_ in ("nsubj", "nsubjpass") and len(s.conjuncts) == 1:
        if s.head.i == noun.head.i and s.i >= noun.sent.start:
            return []  # the noun's own co-subject
        return [s, *s.conjuncts]
    if s.dep_ != "pobj" or s.head.lower_ != "between":
        return []
    # "between X and Y", read from the words: the small model often hangs "Y" inside "X"
    words = [w for w in s.subtree if w.i < noun.i]
    cuts = [k for k, w in enumerate(words) if w.dep_ == "cc" and w.lower_ == "and"]
    if len(cuts) != 1:
        return []
    sides = [words[:cuts[0]], words[cuts[0] + 1:]]
    heads = [next((w for w in reversed(side) if w.pos_ in ("PROPN", "NOUN")), None) for side in sides]
    return [h for h in heads if h is not None] if all(heads) else []


def _with_pair_role(side: "Actor", noun: "Token") -> "Actor":
    """ "Erbakan flew to Tripoli ... The two leaders signed": a side the earlier act named only by
    its country (Tripoli: LBY) takes the office the pair noun names (leaders, ministers,
    governments: GOV; armies: MIL); "the two countries" or "sides" add nothing (round 12)."""
    from dateline.events.actors import ROLE_WORDS
    from dateline.model import Actor

    role = ROLE_WORDS.get(noun.lemma_.lower()) if noun.pos_ == "NOUN" else None
    if noun.lemma_.lower() in ("country", "nation") and side.country and side.code != side.country \
            and side.role in ("GOV", "MIL"):
        # context33: "Vajpayee travelled to Lahore to meet Sharif. The two countries signed ...":
        # the countries, bare, as a named country acting is coded
        return Actor(side.entity, side.name, side.country, side.country, None)
    if role not in ("GOV", "MIL") or side.role or not side.country or side.code != side.country:
        return side
    return Actor(side.entity, side.name, side.country + role, side.country, role)


# ---------------------------------------------------------------- "the first ... the second"

ORDINALS = {"first": 0, "second": 1, "third": 2, "former": 0, "latter": -1}
# Papers that act for whoever passed, filed or issued them.
DOCUMENT_NOUNS = frozenset("resolution article bill motion amendment law decree order statement report "
                           "letter petition lawsuit complaint charge measure".split())


def ordinal_author(tok: "Token") -> "Token | None":
    """ "The House passed two articles of impeachment. The first charged X with ...": the
    ordinal stands for one of the documents just named, which speak for their author (the
    subject of the verb that passed them)."""
    if tok.lower_ not in ORDINALS or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    if any(c.dep_ in ("pobj", "prep") for c in tok.children):
        return None  # "the first of the charges": the parser's own head says what it is
    doc = tok.doc
    lo = doc[tok.sent.start - 1].sent.start if tok.sent.start > 0 else tok.sent.start
    for i in range(tok.i - 1, lo - 1, -1):
        t = doc[i]
        if t.tag_ in ("NNS", "NNPS") and t.lemma_.lower() in DOCUMENT_NOUNS and t.dep_ in ("dobj", "nsubjpass"):
            verb = t.head
            found = subjects(verb) if t.dep_ == "dobj" else by_agents(verb)
            return found[0] if found else None
    return None


# ---------------------------------------------------------------- acts named by a noun

# Act nouns and the verbs (and nouns) of the same family a reader reads them back to.
ACT_FAMILIES: dict[str, frozenset[str]] = {
    "stabbing": frozenset({"stab"}), "shooting": frozenset({"shoot"}), "killing": frozenset({"kill"}),
    "murder": frozenset({"murder", "kill"}), "bombing": frozenset({"bomb"}),
    # context33: "NATO warplanes hit the embassy ... condemned the attack"
    "attack": frozenset({"attack", "hit", "strike", "bomb", "shell", "raid", "ambush", "storm"}),
    "assault": frozenset({"assault"}), "raid": frozenset({"raid"}), "beating": frozenset({"beat"}),
    "riot": frozenset({"riot"}), "riots": frozenset({"riot"}), "protest": frozenset({"protest"}),
    "investigation": frozenset({"investigate", "probe"}), "inquiry": frozenset({"investigate", "probe"}),
    "probe": frozenset({"investigate", "probe"}),
    "vote": frozenset({"vote"}), "decision": frozenset({"decide"}), "arrest": frozenset({"arrest", "detain"}),
    "detention": frozenset({"detain", "arrest"}), "ban": frozenset({"ban"}), "expulsion": frozenset({"expel"}),
    "invasion": frozenset({"invade"}), "incursion": frozenset({"enter", "cross", "invade", "violate", "raid"}),  # wire40b: "troops raided bases in northern Iraq ... the incursion"
    "intrusion": frozenset({"enter", "intrude", "violate"}), "occupation": frozenset({"occupy"}),
    "annexation": frozenset({"annex"}), "blockade": frozenset({"blockade", "block"}),
    "seizure": frozenset({"seize"}), "takeover": frozenset({"take", "seize"}), "coup": frozenset({"seize", "topple", "oust", "overthrow", "depose"}),
    "execution": frozenset({"execute"}), "deportation": frozenset({"deport"}), "kidnapping": frozenset({"kidnap", "abduct"}),
    "abduction": frozenset({"abduct", "kidnap"}), "shelling": frozenset({"shell"}), "airstrike": frozenset({"strike", "bomb"}),
    "airstrikes": frozenset({"strike", "bomb"}), "strike": frozenset({"strike"}), "strikes": frozenset({"strike"}), "crackdown": frozenset({"crack"}), "impeachment": frozenset({"impeach"}),
    "closure": frozenset({"close", "seal", "shut"}), "suspension": frozenset({"suspend"}), "dismissal": frozenset({"dismiss", "fire"}),
    "lawsuit": frozenset({"sue"}), "suit": frozenset({"sue"}), "indictment": frozenset({"indict"}),
    "prosecution": frozenset({"prosecute"}), "sanction": frozenset({"sanction"}), "sanctions": frozenset({"sanction"}),
    # context33: the weapons test a reader reads back to "test-fired a missile", "exploded a device"
    "test": frozenset({"test", "fire", "launch", "detonate", "explode"}),
    "tests": frozenset({"test", "fire", "launch", "detonate", "explode"}),
    # context41: "Israel announced plans to build 3,000 homes ... condemned the construction"
    "construction": frozenset({"build", "construct"}), "building": frozenset({"build", "construct"}),
    # context41: "An IRA bomb exploded in London ... condemned the bombing / the blast": the
    # device's named owner (only a named owner counts: see _DEVICES)
    "bomb": frozenset({"bomb"}), "blast": frozenset({"bomb"}), "explosion": frozenset({"bomb"}),
    # context41: "China began military exercises near Taiwan ... Taipei condemned the exercises":
    # whoever began, held or staged them (the noun's own verb, see _kin_doer_verb)
    "exercise": frozenset({"exercise"}), "exercises": frozenset({"exercise"}),
    "manoeuvres": frozenset({"exercise"}), "maneuvers": frozenset({"exercise"}),
    "drill": frozenset({"exercise"}), "drills": frozenset({"exercise"}),
    "deployment": frozenset({"deploy"}), "massacre": frozenset({"massacre"}),
    "killings": frozenset({"kill"}), "hijacking": frozenset({"hijack"}),
    "demolition": frozenset({"demolish", "raze", "bulldoze"}), "demolitions": frozenset({"demolish", "raze", "bulldoze"}),
    # context41: "gave the rebels 48 hours to leave Grozny ... the rebels rejected the ultimatum"
    "ultimatum": frozenset({"give", "issue", "set"}),
    # context41: "Iraqi forces withdrew from Arbil ... Washington welcomed the pullout" (not "the
    # withdrawal of Russian troops", which names who withdraws: _NAMED_BY_OF)
    "pullout": frozenset({"withdraw", "pull"}), "withdrawal": frozenset({"withdraw", "pull"}),
    # context41: "Erbakan met Gaddafi in Tripoli ... Washington criticised the visit": the visitor
    "visit": frozenset({"visit", "travel", "fly", "arrive", "meet"}), "trip": frozenset({"visit", "travel", "fly", "arrive"}),
    # tunetgt45: acts of force a reader reads back to the verb just reported ("Turkish jets flew
    # over Greek islands ... Greece condemned the flights"; "rebels ambushed a convoy ... condemned
    # the ambush"; "militants beheaded two policemen ... the beheadings"), whose nouns had no family
    "flight": frozenset({"fly"}), "flights": frozenset({"fly"}), "overflight": frozenset({"fly", "overfly"}),
    "overflights": frozenset({"fly", "overfly"}), "ambush": frozenset({"ambush"}),
    "beheading": frozenset({"behead"}), "beheadings": frozenset({"behead"}),
    "hanging": frozenset({"hang"}), "hangings": frozenset({"hang"}),
    "interception": frozenset({"intercept"}), "capture": frozenset({"capture", "seize"}),
    "storming": frozenset({"storm"}), "sinking": frozenset({"sink"}), "torture": frozenset({"torture"}),
    "eviction": frozenset({"evict"}), "evictions": frozenset({"evict"}), "purge": frozenset({"purge"}),
    "siege": frozenset({"besiege", "surround", "encircle"}),
}
# context41: act nouns whose "of" phrase names the doer ("the withdrawal of Russian troops")
_NAMED_BY_OF = frozenset({"pullout", "withdrawal"})
# context41: device nouns point at a doer only through the name or owner they carry ("an IRA
# bomb", "Hamas's bomb"); "police defused a bomb" names no bomber.
_DEVICES = frozenset({"bomb", "blast", "explosion"})
# Doers named by their deed: "the attacker ... the stabbing" (an agentless "was stabbed" names
# no one, the article's "attacker" does).
_ASSAILANTS = frozenset("attacker assailant gunman shooter killer bomber knifeman perpetrator".split())
AGENT_NOUNS: dict[str, frozenset[str]] = {
    **dict.fromkeys("stab shoot kill murder bomb attack assault beat".split(), _ASSAILANTS),
    "riot": frozenset({"rioter"}), "protest": frozenset({"protester", "demonstrator"}),
}
# Nouns that name whatever was just done ("criticised the move"): the nearest act verb before.
GENERIC_ACTS = frozenset({"move", "decision", "step", "action", "measure"})
# Verbs that report words, not deeds: never the act "the move" names.
_NOT_DEEDS = frozenset("say tell add state write tweet speak explain insist note warn claim report "
                       "ask believe think know accuse criticize criticise condemn urge call be have "
                       "include lead come go remain continue begin".split())
# wire40b: verbs whose subject is the one an act was aimed at ("its fighters repulsed the
# attack"): their subject never did the act their object names.
_WARDED_OFF = frozenset("repulse repel foil thwart resist survive withstand fend_off beat_back".split())
# The roots whose target may be an act's doer (comment, praise, demand, criticism,
# rejection of "the move"); an appeal or a threat is made to an actor, never to an act.
ANSWER_ROOTS = frozenset({"01", "05", "10", "11", "12"})


def act_doer(noun: "Token", sources: list[tuple["Token", "Actor"]], resolve: "Resolver",
             known_verb: "Callable[[str], bool]") -> "tuple[Token, Actor] | None":
    """The doer of the earlier act a definite act noun points at, when that act was never
    coded: "X stabbed Y ... called the stabbing barbaric" -> X. `resolve` codes subject tokens
    (the coder's own resolution); `known_verb(lemma)` says whether a verb is an act in the
    dictionary (for "the move": a deed the dictionary knows, or any past-tense main verb)."""
    if noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children):
        return None
    lemma = noun.lemma_.lower()
    family = ACT_FAMILIES.get(lemma) or ACT_FAMILIES.get(noun.lower_)
    generic = lemma in GENERIC_ACTS
    if family is None and not generic:
        return None
    if possessor(noun) is not None:
        return None  # "the Democrats' investigation": the clause names whose act it is
    if lemma in _NAMED_BY_OF and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return None  # context41: "the withdrawal of Russian troops" names who withdraws
    # "the impeachment investigation" names one act of its kind: only an earlier mention of
    # the act itself (a noun of the family) points at it, not any clause with the verb
    named = any(c.dep_ in ("compound", "amod") for c in noun.children)
    kin = {n for n, f in ACT_FAMILIES.items() if family is not None and f & family}
    doers = frozenset().union(*(AGENT_NOUNS.get(v, frozenset()) for v in family or ()))
    doc = noun.doc
    sent_start = noun.sent.start
    prev_sents = 0
    for i in range(noun.i - 1, -1, -1):
        t = doc[i]
        if noun.idx - t.idx > REACH:
            break
        if t.is_sent_start and i < sent_start:
            prev_sents += 1
        cands: list["Token"] = []
        if t.pos_ == "VERB" and not filters.is_negated(t):
            tl = t.lemma_.lower()
            if family is not None and tl in family and not named and not _medical_test(t):
                cands = subjects(t)
            elif generic and not named and i < sent_start and prev_sents <= 2 and (tl not in _NOT_DEEDS or _begun_deed(t)) \
                    and (known_verb(tl) or t.tag_ == "VBD") and t.dep_ in ("ROOT", "conj") \
                    and not filters.is_hypothetical(t):
                cands = subjects(t)
                if not cands:
                    continue
                return _doer(cands, sources, resolve)  # the nearest deed is what "the move" names
        elif t.pos_ == "NOUN" and t.lemma_.lower() in doers and t.dep_ in ("nsubj", "nsubjpass") and not named:
            cands = [t]  # "The attacker jumped on stage ... the stabbing"
        elif family is not None and t.pos_ == "NOUN" and (t.lemma_.lower() in kin or t.lower_ in kin):
            # "opened an inquiry into X ... the inquiry": whoever opened it
            owner = possessor(t)
            named_by = [c for c in t.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
            if owner is not None:
                cands = [owner]
            elif named_by:
                cands = named_by  # wire40b: "condemned the IRA bombing ... the attack": the IRA's
            elif t.dep_ == "dobj" and t.head.pos_ == "VERB" and _kin_doer_verb(t.head) \
                    and t.lemma_.lower() not in _DEVICES:
                cands = subjects(t.head)  # (not "condemned the bombing": who condemns did not bomb)
        if cands:
            got = _doer(cands, sources, resolve)
            if got is not None:
                return got
    return None


# context41: "began / resumed military exercises", "started the demolitions": a verb that begins
# or carries on a named act makes its subject the act's doer (in _NOT_DEEDS only for "the move").
_BEGINNING = frozenset({"begin", "start", "resume", "continue"})


def _kin_doer_verb(verb: "Token") -> bool:
    """A verb whose subject did the act its object (an earlier mention of the act) names:
    "opened an inquiry", "began exercises"; never a word of report or a warding off."""
    lemma = verb.lemma_.lower()
    return lemma in _BEGINNING or lemma not in _NOT_DEEDS | _WARDED_OFF


def _medical_test(verb: "Token") -> bool:
    """ "tested positive / negative": a result, no weapons test (context33's "test" family)."""
    return verb.lemma_.lower() == "test" and any(c.lower_ in ("positive", "negative") for c in verb.children)


def _begun_deed(verb: "Token") -> bool:
    """ "began filling the reservoir", "started building the wall": the deed is the begun one."""
    return verb.lemma_.lower() in ("begin", "start", "continue", "resume") and any(
        c.dep_ == "xcomp" and c.pos_ == "VERB" and c.lemma_.lower() not in _NOT_DEEDS for c in verb.children)


def _doer(cands: list["Token"], sources: list[tuple["Token", "Actor"]],
          resolve: "Resolver") -> "tuple[Token, Actor] | None":
    for c, actor in resolve(cands):
        if any(actor.entity and actor.entity == a.entity or actor.code == a.code and not (actor.entity and a.entity)
               for _, a in sources):
            continue  # the speaker's own act: not what they answer
        return c, actor
    return None


def repeated_target(code: str, tok: "Token", sources: list[tuple["Token", "Actor"]],
                    earlier: list["Event"]) -> "tuple[Token, Actor] | None":
    """ 'X called Y's action "a betrayal". He described it as "despicable"': "it"/"this" in a
    second verdict of the same kind by the same speaker, right after the first, is what the
    first was about, so it has the first one's target."""
    if tok.lower_ not in ("it", "this", "that") or tok.pos_ not in ("PRON", "DET") or len(sources) != 1:
        return None
    src = sources[0][1]
    lo = tok.doc[tok.sent.start - 1].sent.start_char if tok.sent.start > 0 else tok.sent.start_char
    for ev in reversed(earlier):
        if ev.trigger is None or ev.trigger.start >= tok.idx:
            continue
        if ev.trigger.start < lo:
            return None  # only the sentence before (or this one)
        if ev.root == code[:2] and ev.source.code == src.code and ev.target.code \
                and (not src.entity or ev.source.entity == src.entity):
            return tok, ev.target
    return None


# Words that ask for something: "authorized subpoenas for documents", "requested the files".
ASKING_WORDS = frozenset("subpoena request demand ask seek order call want require summon".split())


def refused_things(trigger: "Token") -> list["Token"]:
    """What a refusal is of: its object, or the object of its "to"-clause ("refused to hand
    over the documents")."""
    out = [c for c in trigger.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    out += [g for c in trigger.children if c.dep_ == "xcomp" for g in c.children if g.dep_ == "dobj" and g.pos_ == "NOUN"]
    return out


def asker_of(noun: "Token", sources: list[tuple["Token", "Actor"]],
             resolve: "Resolver") -> "tuple[Token, Actor] | None":
    """ "The committee authorized subpoenas for the documents ... X refused to hand over the
    documents": a refused thing that was asked for before (the same noun, under a word that
    asks) was refused to whoever asked."""
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children):
        return None
    for t in _earlier_mentions(noun, ("NOUN",)):
        node, asked = t, False
        for _ in range(5):  # up to the clause's verb, through "subpoenas for", "a request for"
            asked = asked or node.lemma_.lower() in ASKING_WORDS
            if node.pos_ == "VERB" or node.head == node:
                break
            node = node.head
        asked = asked or node.lemma_.lower() in ASKING_WORDS
        if node.pos_ == "VERB" and asked and not filters.is_negated(node):
            return _doer(subjects(node), sources, resolve)
        return None  # the nearest earlier mention was not asked for
    return None


# ---------------------------------------------------------------- denials in quotations

DENYING_LABELS = frozenset("false untrue lie lies fabrication fabricated baseless unfounded groundless "
                           "nonsense fake invented".split())
ACCUSATION_NOUNS = frozenset("allegation allegations accusation accusations claim claims charge charges "
                             "statement report story".split())
_HAPPEN = frozenset({"happen", "occur"})


def quoted_denial(verb: "Token", ctx: "ActorContext") -> bool:
    """A quoted clause that denies what the speaker was accused of: "It never happened", "It
    did not happen", "It is not true", "That is false", "I am not guilty", "I am innocent"."""
    if verb.dep_ not in ("ROOT", "ccomp", "conj", "dep") or quote_at(verb, ctx) is None:
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.i > 0:
        # "I am saying it never happened": the small model takes "it" as the object of "saying"
        prev = next((t for t in reversed(verb.doc[max(0, verb.i - 4):verb.i]) if t.dep_ not in ("neg", "advmod", "punct")), None)
        subj = prev if prev is not None and prev.lower_ in ("it", "this", "that") else None
    if subj is None or subj.pos_ != "PRON":
        return False
    negated = any(c.dep_ == "neg" for c in verb.children)
    lemma = verb.lemma_.lower()
    if lemma in _HAPPEN:
        return negated and subj.lower_ in ("it", "this", "that", "none", "nothing")
    if lemma != "be":
        return False
    words = {g.lemma_.lower() for c in verb.children if c.dep_ in ("acomp", "attr") for g in (c, *c.conjuncts)}
    if subj.lower_ in ("it", "this", "that", "these", "those", "they"):
        return bool(negated and "true" in words or not negated and words & DENYING_LABELS)
    if subj.lower_ in ("i", "we"):
        return bool(negated and "guilty" in words or not negated and "innocent" in words)
    return False


def accuser(source: "Actor", at: "Token", earlier: list["Event"], ctx: "ActorContext") -> "tuple[Token, Actor] | None":
    """Who accused this speaker: the latest earlier coded accusation (or charge) of them, else
    the latest earlier accusing verb or accusation noun ("allegations from Y", "Y claimed ...")
    whose author is someone else, within reach."""
    from dateline.events.actors import actor_for
    from dateline.events.coop import accuser as coded_accuser

    prior = coded_accuser(source, at, earlier, REACH)
    if prior is not None:
        return at, prior
    doc = at.doc
    for i in range(at.i - 1, -1, -1):
        t = doc[i]
        if at.idx - t.idx > REACH:
            break
        cands: list["Token"] = []
        if t.pos_ == "VERB" and t.lemma_.lower() in ("accuse", "allege", "claim", "charge") and not filters.is_negated(t):
            if _accuses_someone_else(t, source, ctx):
                continue  # "Y accused Z of ...; X denied ...": Y did not accuse X (census audit)
            cands = subjects(t)
        elif t.pos_ == "NOUN" and t.lemma_.lower() in ("allegation", "accusation", "claim") and t.dep_ != "poss":
            cands = [g for p in t.children if p.dep_ == "prep" and p.lower_ in ("from", "by")
                     for g in p.children if g.dep_ == "pobj"]
            owner = possessor(t)
            cands += [owner] if owner is not None and owner.pos_ != "PRON" else []
        for c in cands:
            actor = actor_for(c, ctx)
            if actor is not None and actor.code and actor.code != source.code \
                    and (not actor.entity or actor.entity != source.entity):
                return c, actor
    return None


def _accuses_someone_else(verb: "Token", source: "Actor", ctx: "ActorContext") -> bool:
    """The accusing verb names whom it accuses, and none of them can be the denier: each is coded,
    and with another code and another kind (the last three letters) than the denier's ("accused
    Iraq and a pro-Baghdad party": the party, OPP like the denying party, may be it)."""
    from dateline.events.actors import actor_for

    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ == "PRON":
        return False
    for accused_tok in (obj, *obj.conjuncts):
        accused = actor_for(accused_tok, ctx)
        if accused is None or not accused.code or accused.code == source.code \
                or accused.code[-3:] == source.code[-3:] or accused.entity is not None and accused.entity == source.entity:
            return False
    return True


def denied_claim(verb: "Token", obj: "Token") -> bool:
    """ 'called the allegation "false"', 'called the claims "a fabrication"': a naming verb
    whose object is an accusation and whose label denies it is a denial, not criticism."""
    if obj.lemma_.lower() not in ACCUSATION_NOUNS and obj.lower_ not in ACCUSATION_NOUNS:
        return False
    from dateline.events.general import quoted_label

    label = quoted_label(verb)
    return label is not None and bool({t.lemma_.lower() for t in label.subtree} & DENYING_LABELS)


def misread_descriptions(trigger: "Token", deps: tuple[str, ...]) -> list["Token"]:
    """ "the accused criticised ...", "sentenced the accused": the small model tags "accused"
    a verb, so the clause reader drops it as a subject or object; a determiner and the
    subject/object slot say it is the description (resolved by `description_antecedent`)."""
    return [c for c in trigger.children if c.dep_ in deps and c.pos_ == "VERB" and c.lower_ in SUSPECT_WORDS
            and any(d.dep_ == "det" and d.lower_ in _DEFINITE for d in c.children)]


# ---------------------------------------------------------------- things made by one party, answered by another

# Verbs that make remarks and statements (only within the two sentences before, like the rest).
_SAYING = frozenset({"say", "remark", "state", "tell", "tweet", "write"})
# Things a party puts to another, and the verbs that make them: "X offered to ... Y rejected
# the offer", "X proposed a code of conduct ... Y dismissed the plan", "X demanded that ...
# Y rejected the demand". A reader takes the target of the answer to be whoever made the thing.
MADE_THINGS: dict[str, frozenset[str]] = {
    "offer": frozenset({"offer", "propose"}), "proposal": frozenset({"propose", "offer", "suggest"}),
    "plan": frozenset({"propose", "plan"}),
    "proposition": frozenset({"propose"}), "initiative": frozenset({"propose"}),
    "demand": frozenset({"demand"}), "request": frozenset({"request"}), "call": frozenset({"call"}),
    "appeal": frozenset({"appeal"}), "invitation": frozenset({"invite"}), "suggestion": frozenset({"suggest"}),
    "ultimatum": frozenset({"issue"}), "bid": frozenset({"bid"}), "warning": frozenset({"warn"}),
    "threat": frozenset({"threaten", "warn"}), "accusation": frozenset({"accuse"}), "allegation": frozenset({"allege"}),
    # what someone said: "X argued that ... Y called the argument absurd", "dismissed the claim"
    "remark": _SAYING, "comment": _SAYING | {"comment"}, "statement": _SAYING,
    "claim": _SAYING | {"claim", "insist", "assert"}, "assertion": _SAYING | {"assert", "claim", "insist"},
    "argument": frozenset({"argue"}), "notion": frozenset({"suggest", "argue", "claim"}),
    "idea": frozenset({"suggest", "propose", "float"}),
    # acts answered by their doer's name: "X freed the hostages ... Y welcomed the release"
    "release": frozenset({"release", "free"}), "withdrawal": frozenset({"withdraw"}),
    "visit": frozenset({"visit"}), "resignation": frozenset({"resign"}), "appointment": frozenset({"appoint"}),
    "nomination": frozenset({"nominate"}), "announcement": frozenset({"announce"}),
    "pledge": frozenset({"pledge"}), "promise": frozenset({"promise"}), "commitment": frozenset({"commit", "pledge"}),
    "concession": frozenset({"concede"}), "apology": frozenset({"apologise", "apologize"}),
    "deployment": frozenset({"deploy"}), "veto": frozenset({"veto"}), "recognition": frozenset({"recognise", "recognize"}),
    "pardon": frozenset({"pardon"}), "reform": frozenset({"reform"}),
    "arrangement": frozenset({"arrange", "propose", "offer", "announce"}),
    "cut": frozenset({"cut", "reduce", "slash"}), "hike": frozenset({"raise", "hike", "increase"}),
    "increase": frozenset({"raise", "increase", "hike"}), "devaluation": frozenset({"devalue"}),
    # shows of force answered by their doer: "X fired two missiles ... Y condemned the launch"
    "launch": frozenset({"launch", "fire"}), "test": frozenset({"test"}),
    "drill": frozenset({"drill"}), "exercise": frozenset({"exercise"}), "manoeuvre": frozenset(), "maneuver": frozenset(),
}
# Verbs that put a made thing forward ("unveiled a plan", "made an offer", "issued a demand"):
# their subject made the earlier mention of the noun.
PUTTING_VERBS = frozenset("make put table submit present unveil publish announce issue send launch lodge "
                          "file offer propose extend renew repeat reiterate deliver outline draft "
                          "hold conduct stage carry mount".split())  # (and "held drills", "conducted a test")
# Verbs that bring in a measure: "the government introduced new curbs ... critics attacked the
# curbs". Any noun that was their object before is the measure of their subject (a thing
# published, sent or filed is no measure of the sender's).
IMPOSING_VERBS = frozenset("impose introduce adopt enact pass approve decree order unveil implement "
                           "propose issue launch".split())  # (not "published the contracts", not
# "announced the death of a protester": an announcement reports what others may have done)


def maker_of(noun: "Token", sources: list[tuple["Token", "Actor"]],
             resolve: "Resolver") -> "tuple[Token, Actor] | None":
    """Whoever made the offer, proposal, plan or demand a definite noun answers, named in an
    earlier sentence (the two before): the subject of the making verb ("X offered to ...",
    "X proposed ..."), or of the verb that put forward an earlier mention of the same noun
    ("X unveiled a proposal"), or that mention's owner ("X's plan", "a plan by X")."""
    if noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in _DEFINITE or c.lower_ == "such"
                                      for c in noun.children):
        return None  # ("declined such an arrangement": the one just described)
    lemma = noun.lemma_.lower()
    verbs = MADE_THINGS.get(lemma)
    if _measure_owner(noun) is not None:
        return None  # "Japan's offer", "the offer by Japan": the clause says whose (an "of" may be its theme)
    putting = PUTTING_VERBS if verbs is not None else IMPOSING_VERBS  # any other noun: a measure brought in
    verbs = verbs or frozenset()
    named = any(c.dep_ in ("compound", "amod") for c in noun.children)  # "the peace plan": that plan only
    doc = noun.doc
    lo = sentences_back(noun)
    for i in range(noun.sent.start - 1, lo - 1, -1):
        t = doc[i]
        cands: list["Token"] = []
        if t.pos_ == "VERB" and not named and t.lemma_.lower() in verbs and not filters.is_negated(t) \
                and (lemma != "call" or _appeal_call(t)) and not any(c.dep_ in ("acomp", "advmod", "oprd") and c.lower_ in _RESULTS for c in t.children):
            cands = subjects(t)  # ("tested positive" is no test made)
        elif t.pos_ == "NOUN" and t.lemma_.lower() == lemma:
            owner = possessor(t) if verbs else _measure_owner(t)
            if owner is not None:
                cands = [owner]
            elif t.dep_ == "dobj" and t.head.pos_ == "VERB" and t.head.lemma_.lower() in putting \
                    and not filters.is_negated(t.head):
                cands = subjects(t.head)
            elif verbs:
                continue
            else:
                return None  # a measure named before, but not as brought in by someone: no guess
        if cands:
            return _doer(cands, sources, resolve)  # the nearest making is the one answered
    return None


def _measure_owner(t: "Token") -> "Token | None":
    """Whose a measure is by its own phrase: "Japan's curbs", "the Japanese curbs", "curbs by
    Japan" (not "the closure of the border": an "of" is what a measure is done to)."""
    if t.ent_type_ or any(c.dep_ == "compound" and c.pos_ == "PROPN" and not c.ent_type_ for c in t.children):
        return None  # part of a name ("the London Interbank Offered Rate"): no owner to read
    for c in t.children:
        if c.dep_ == "poss" or c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG"):
            return c
        if c.dep_ == "prep" and c.lower_ == "by":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


# "tested positive / negative": a result, no test made by the subject
_RESULTS = frozenset({"positive", "negative"})


def _appeal_call(verb: "Token") -> bool:
    """ "called for an inquiry", "called on Y to ...": an appeal ("called the tariffs unfair
    on Monday" is a naming, and "on Monday" no addressee)."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "for":
            return True
        if c.dep_ == "prep" and c.lower_ == "on" and any(
                g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for g in c.children):
            return True
    return False


# ---------------------------------------------------------------- agreements and their parties

AGREEMENT_NOUNS = frozenset("agreement deal treaty pact accord accords truce ceasefire armistice "
                            "compact protocol memorandum".split())
# Verbs whose subjects (with a "with" party) are the sides of an agreement named as their
# object or topic: "X and Y negotiated a deal", "X negotiated with Y over a treaty".
_AGREEING_VERBS = frozenset("negotiate agree draft reach conclude strike finalise finalize hammer broker sign "
                            "discuss seal work".split())


# Talks between parties: "X and Y opened talks ... X suspended the talks" (-> Y). An agreement
# may also point back at the talks that made it; talks point back at talks only.
TALK_NOUNS = frozenset("talk negotiation dialogue discussion consultation".split())
# Verbs that hold talks: their subjects (and a "with" party) are the sides.
_HOLDING_VERBS = frozenset("hold open begin start resume launch have conduct enter join continue "
                           "attend".split()) | _AGREEING_VERBS


def agreement_parties(noun: "Token", resolve: "Resolver") -> list[tuple["Token", "Actor"]]:
    """The two (or more) parties of the agreement a definite noun names, from one of the two
    sentences before: "Egypt and Sudan have been negotiating a deal ... Sudan signed the deal"
    (-> Egypt), "X and Y agreed to restore ties. The UN welcomed the agreement" (-> X, Y).
    Empty unless two distinct parties are named (one side alone leaves the other unknown)."""
    lemma = noun.lemma_.lower()
    talks = lemma in TALK_NOUNS and noun.tag_ == "NNS"  # "the talks", "the negotiations" (a "talk" is a speech)
    if noun.pos_ != "NOUN" or not (talks or lemma in AGREEMENT_NOUNS) \
            or not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children):
        return []
    kin = TALK_NOUNS if talks else AGREEMENT_NOUNS | TALK_NOUNS
    making = _HOLDING_VERBS if talks else _AGREEING_VERBS
    if possessor(noun) is not None or any(c.dep_ == "prep" and c.lower_ in ("between", "with") for c in noun.children):
        return []  # "the deal between X and Y", "X's deal": the clause says whose it is
    from dateline.events.coop import parties_between

    doc = noun.doc
    lo = sentences_back(noun)
    for i in range(noun.sent.start - 1, lo - 1, -1):
        t = doc[i]
        verb: "Token | None" = None
        cands: list["Token"] = []
        earlier_kin = t.pos_ == "NOUN" and t.lemma_.lower() in kin and (t.lemma_.lower() in AGREEMENT_NOUNS or t.tag_ == "NNS")
        if earlier_kin:
            cands = parties_between(t)
            node = t
            for _ in range(5):  # "negotiated for months over a treaty": through the prepositions
                if node.head == node or node.pos_ == "VERB":
                    break
                node = node.head
            verb = node if not cands and node.pos_ == "VERB" and node.lemma_.lower() in making else None
        elif not talks and t.pos_ == "VERB" and t.lemma_.lower() in ("agree", "negotiate") and t.dep_ in ("ROOT", "conj", "ccomp"):
            verb = t
        if verb is not None and not filters.is_negated(verb) and not filters.is_hypothetical(verb):
            holders = (verb, t) if earlier_kin else (verb,)  # "held talks with Y": on the verb or the noun
            cands = subjects(verb) + with_conjuncts([g for h in holders for p in h.children
                                                     if p.dep_ == "prep" and p.lower_ == "with"
                                                     for g in p.children if g.dep_ == "pobj"])
        if earlier_kin or verb is not None:
            got = resolve(cands) if cands else []
            if len({a.code for _, a in got}) < 2:
                return []  # the nearest mention names one side at most: no guess further back
            return got
    return []


def other_parties(parties: list[tuple["Token", "Actor"]],
                  sources: list[tuple["Token", "Actor"]]) -> list[tuple["Token", "Actor"]]:
    """The parties that are not the acting side (by country: "Armenia" is the side of
    "the Armenian prime minister"); all of them when the actor is a third party."""
    def mine(a: "Actor") -> bool:
        return any(a.code == s.code or a.country == s.country and (not a.role or not s.role or a.role == s.role)
                   for _, s in sources)  # (a government and its own rebels are two sides)

    return [(t, a) for t, a in parties if not mine(a)]


# ---------------------------------------------------------------- answers to whoever acted first

# What a threat of answering names: "vowed revenge", "promised a firm response".
ANSWER_NOUNS = frozenset("revenge retaliation response reprisal reprisals retribution countermeasure "
                         "countermeasures consequence consequences".split())


# context41: "vowed to retaliate", "threatened to hit back" (an answer told by a verb)
ANSWER_VERBS = frozenset({"retaliate"})


def _answering_verb(verb: "Token") -> bool:
    """ "to retaliate", "to hit back" (not "to hit the missile sites", which names its target)."""
    lemma = verb.lemma_.lower()
    return lemma in ANSWER_VERBS or lemma in ("hit", "strike") and any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children)


def threatened_answer(trigger: "Token") -> bool:
    """ "Hamas vowed revenge", "Moscow promised a firm response", "threatened retaliation":
    a threat whose object is an answer (to what was just done to the threatener)."""
    return any(c.dep_ in ("dobj", "pobj") and c.lemma_.lower() in ANSWER_NOUNS
               or c.dep_ == "xcomp" and _answering_verb(c) for c in trigger.children) or any(
        p.dep_ == "prep" and p.lower_ == "with" and any(g.lemma_.lower() in ANSWER_NOUNS for g in p.children)
        for p in trigger.children)


# context41: within one country, a threatened answer of rebels is aimed at the state's forces
# that just struck exactly them (the same code), never at another rebel group or at civilians.
_ARMED_SIDES = frozenset({"REB", "INS"})
_STATE_FORCES = frozenset({"MIL", "COP", "GOV", "SPY"})


def first_actor(source: "Actor", trigger: "Token", earlier: list["Event"]) -> "Actor | None":
    """Who acted on this source just before (the latest coded act, in one of the two sentences
    before, whose target is the source's side and whose doer is another country's): the one
    a threatened answer is aimed at."""
    lo = trigger.doc[sentences_back(trigger)].idx
    for ev in reversed(earlier):
        if ev.trigger is None or ev.trigger.start >= trigger.sent.start_char:
            continue
        if ev.trigger.start < lo:
            return None
        tgt, src = ev.target, ev.source
        if not tgt.code or not src.code or not src.country:
            continue
        ours = tgt.code == source.code or (tgt.country == source.country and (not tgt.role or not source.role))
        if ours and src.country != source.country:
            return src
        if tgt.code == source.code and source.role in _ARMED_SIDES and src.role in _STATE_FORCES:
            return src  # context41: "security forces killed 12 rebels ... Rebel groups vowed to retaliate"
    return None


# actors15: "both sides" / "the two sides" whose parties the same sentence names with "between".
SIDES_WORDS = frozenset({"side", "party"})


def sides_between(toks: list["Token"], resolve: Callable[[list["Token"]], list[tuple["Token", "Actor"]]],
                  exclude: set[str]) -> list[tuple["Token", "Actor"]]:
    """ "We urge both sides to continue their dialogue ... of the conflict between Russian troops
    and Chechen rebels": "both sides" / "the two sides" are the two parties the sentence names
    after "between" (of a conflict, talks, a dispute), when no coded pair came before. Empty
    unless exactly two different actors are named there, neither one in `exclude` (the speaker)."""
    if len(toks) != 1:
        return []
    tok = toks[0]
    if tok.lemma_.lower() not in SIDES_WORDS or tok.tag_ != "NNS" or not any(
            c.lower_ in ("two", "both") for c in tok.children) or any(c.dep_ == "prep" for c in tok.children):
        return []  # ("both sides of the aisle")
    for t in tok.sent:
        if t.lower_ != "between" or t.dep_ != "prep" or t.head.pos_ != "NOUN":
            continue
        objs = with_conjuncts([g for g in t.children if g.dep_ == "pobj"])
        got = resolve(objs)
        codes = {a.code for _, a in got}
        if len(got) == 2 and len(codes) == 2 and not codes & exclude:
            return got
    return []
