"""A learned event coder: a classifier over actor pairs, trained on the project's own annotations.

Why: two annotators following WIKINEWS_EVENTS.md agree at ~0.8 exact triple F1, while hand rules
carry ~0.15-0.3 to unseen text. The labels are consistent enough to learn from, so this module
re-decides, per sentence, which (source, target) pairs of resolvable actors stand in a CAMEO
relation and with which code, using the parse around the pair and the rule coder's own answer
for it as features.

Candidates: every ordered pair of distinct actor codes the coder can resolve in the sentence
(`actor_for` on its noun/pronoun heads) plus the actors of the rule coder's events there.
Features: strings (lemma of the lowest common ancestor, dependency path, roles, markers, the rule
coder's code); weights: one row per class of a multinomial logistic regression trained by
`dateline.events.learn_train` (scikit-learn, training only). Inference needs only numpy and the
shipped weights (data/models/event_pairs.npz); it is vectorised per article.

Switch: `DATELINE_LEARNED_EVENTS` = `off` (rules alone, the default), `on` (the shipped model's own
mode), or a mode name (`replace`, `union`, `rerank`). With no model file the rules run alone.
"""
from __future__ import annotations

import functools
import json
import os
from dataclasses import dataclass, field
from importlib import resources
from typing import TYPE_CHECKING, Any

import numpy as np

from dateline.events.actors import ActorContext, actor_for
from dateline.events.codebook import info, is_code
from dateline.model import Actor, Article, Event, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

MODEL_PATH = "data/models/event_pairs.npz"
ENV_SWITCH = "DATELINE_LEARNED_EVENTS"
NONE = "NONE"
KEEP = "=RULE"  # the class "the rule coder's code for this pair is right": one class for every code
MODES = ("replace", "union", "rerank")
# Off by default: on validation the model gains too little over the rules to overrule them for
# every user (docs/evaluation/events-learn10.md); `on` uses the mode the shipped model was built for.
DEFAULT_SWITCH = "off"
OFF_WORDS = frozenset({"off", "0", "false", "no", ""})

MENTION_POS = frozenset({"PROPN", "NOUN", "PRON"})
MODALS = frozenset({"will", "would", "may", "might", "could", "should", "must", "can", "shall"})
SPEECH = frozenset("say tell add state announce report claim accuse warn insist deny urge".split())
NEG_WORDS = frozenset({"not", "n't", "never", "no"})
MAX_PATH = 6


@dataclass
class Mention:
    token: "Token | None"  # None: an actor only the rule coder's events name here
    actor: Actor


@dataclass
class Candidate:
    """One ordered actor pair of a sentence, with the features the classifier reads."""

    source: Actor
    target: Actor
    sent: tuple[int, int]  # token range of the sentence
    trigger: "Token | None"
    features: list[str] = field(default_factory=list)
    rule_codes: list[str] = field(default_factory=list)


# ---------------------------------------------------------------- candidates and features


def sentence_mentions(tokens: list["Token"], ctx: ActorContext, rule_events: list[Event]) -> list[Mention]:
    """The actors resolvable in a sentence: its noun/pronoun heads, then the rule events' actors."""
    out: list[Mention] = []
    for t in tokens:
        if t.pos_ not in MENTION_POS or (t.dep_ in ("compound", "flat") and t.head.pos_ == "PROPN"):
            continue  # a name's inner word: the name's head stands for it
        a = actor_for(t, ctx)
        if a is not None and a.code:
            out.append(Mention(t, a))
    known = {m.actor.code for m in out}
    for ev in rule_events:
        for a in (ev.source, ev.target):
            if a.code and a.code not in known:
                known.add(a.code)
                out.append(Mention(None, a))
    return out


@functools.lru_cache(maxsize=8192)
def lexicon_roots(lemma: str, kind: str) -> tuple[str, ...]:
    """The CAMEO roots the verb dictionary gives a lemma: a prior that carries to clauses whose
    slots the rules could not fill (the rules fire on few unseen sentences, the lexicon on many)."""
    from dateline.events.patterns import load_dictionary

    d = load_dictionary()
    index = d.verbs if kind == "verb" else d.nouns
    pats = list(index.get(lemma, ()))
    return tuple(sorted({p.code[:2] for p in pats}))


def _lex(t: "Token") -> tuple[str, ...]:
    return lexicon_roots(t.lemma_.lower(), "verb" if t.pos_ in ("VERB", "AUX") else "noun")


def _path(a: "Token", b: "Token") -> tuple["Token | None", list["Token"], list["Token"]]:
    """Lowest common ancestor of two tokens of one sentence and the chains up to it (exclusive)."""
    up_a = [a] + list(a.ancestors)
    seen = {t.i: n for n, t in enumerate(up_a)}
    chain_b = []
    for t in [b] + list(b.ancestors):
        if t.i in seen:
            return t, up_a[:seen[t.i]], chain_b
        chain_b.append(t)
    return None, up_a, chain_b


def _verb_above(t: "Token") -> "Token | None":
    for a in [t] + list(t.ancestors) if t.pos_ in ("VERB", "AUX") else t.ancestors:
        if a.pos_ in ("VERB", "AUX"):
            return a
    return None


def _role(t: "Token") -> str:
    """A mention's grammatical role: subject, object, or the preposition that carries it."""
    d = t.dep_
    if d == "pobj":
        return "p_" + t.head.lower_
    if d == "poss":
        return "poss"
    if d in ("conj", "appos") and t.head.dep_ != d:
        return _role(t.head) if t.head is not t else d
    return d


def _pair_features(s: Mention, t: Mention) -> tuple[list[str], "Token | None"]:
    f = ["bias", "sr=" + (s.actor.role or "-"), "tr=" + (t.actor.role or "-"),
         "srtr=" + (s.actor.role or "-") + "|" + (t.actor.role or "-")]
    if s.actor.country and s.actor.country == t.actor.country:
        f.append("samecountry")
    if not s.actor.role:
        f.append("s_state")
    if not t.actor.role:
        f.append("t_state")
    if s.token is None or t.token is None:
        f.append("nomention")
        return f, None
    st, tt = s.token, t.token
    lca, up, down = _path(st, tt)
    sr, tr = _role(st), _role(tt)
    f += ["srole=" + sr, "trole=" + tr, "roles=" + sr + "|" + tr]
    f.append("s_first" if st.i < tt.i else "t_first")
    dist = abs(st.i - tt.i)
    f.append("dist=" + ("1" if dist < 3 else "2" if dist < 6 else "3" if dist < 12 else "4"))
    if lca is None:
        return f + ["nolca"], None
    lem = lca.lemma_.lower()
    f += ["lca=" + lem, "lcapos=" + lca.pos_, "lca_roles=" + lem + "|" + sr + "|" + tr,
          "lca_sr=" + lem + "|" + sr, "lca_tr=" + lem + "|" + tr]
    labels_up = [x.dep_ for x in up][:MAX_PATH]
    labels_dn = [x.dep_ for x in down][:MAX_PATH]
    f.append("path=" + ">".join(labels_up) + "^" + "<".join(labels_dn))
    for root in _lex(lca):
        f += ["dict=" + root, "dict_roles=" + root + "|" + sr + "|" + tr]
    for x in up[1:] + down[1:]:
        if x.pos_ in ("VERB", "NOUN"):
            f.append("pw=" + x.lemma_.lower())
            f += ["pdict=" + root for root in _lex(x)]
        if x.dep_ == "prep":
            f.append("pprep=" + x.lower_)
    if lca is st or lca is tt:
        f.append("lca_is_mention")
    for c in lca.children:
        if c.dep_ == "neg" or c.lower_ in NEG_WORDS:
            f.append("neg")
        elif c.dep_ in ("aux", "auxpass") and c.lower_ in MODALS:
            f.append("modal=" + c.lower_)
        elif c.dep_ == "prt":
            f.append("prt=" + lem + "_" + c.lower_)
        elif c.dep_ in ("dobj", "attr", "oprd") and c is not tt:
            f.append("obj=" + lem + "_" + c.lemma_.lower())
        elif c.dep_ == "xcomp":
            f.append("xcomp=" + lem + "_" + c.lemma_.lower())
    if lca.dep_ in ("xcomp", "ccomp") and lca.head.pos_ in ("VERB", "AUX"):
        f.append("above=" + lca.head.lemma_.lower())
    if any(a.lemma_.lower() in SPEECH for a in lca.ancestors):
        f.append("speech_above")
    if lca.tag_ == "VBG" or lca.dep_ in ("advcl", "relcl", "acl"):
        f.append("lcadep=" + lca.dep_)
    verb = _verb_above(lca)
    if verb is not None and verb is not lca:
        f.append("verb=" + verb.lemma_.lower())
        f += ["vdict=" + root for root in _lex(verb)]
    return f, (verb if lca.pos_ not in ("VERB", "AUX", "NOUN") and verb is not None else lca)


def candidates(tokens: list["Token"], ctx: ActorContext, rule_events: list[Event]) -> list[Candidate]:
    """Every ordered pair of distinct actor codes in a sentence, with its features.

    Of several mentions of one actor, the pair of mentions closest in the parse stands for the
    pair (the shortest path is the likeliest clause that relates them)."""
    mentions = sentence_mentions(tokens, ctx, rule_events)
    by_code: dict[str, list[Mention]] = {}
    for m in mentions:
        by_code.setdefault(m.actor.code, []).append(m)
    rules: dict[tuple[str, str], list[str]] = {}
    for ev in rule_events:
        if ev.source.code and ev.target.code:
            rules.setdefault((ev.source.code, ev.target.code), []).append(ev.code)
    monadic = {ev.source.code: ev.code for ev in rule_events if ev.source.code and not ev.target.code}
    conf: dict[tuple[str, str], float] = {}
    by_country: dict[tuple[str, str], list[str]] = {}
    for ev in rule_events:
        if ev.source.code and ev.target.code:
            key = (ev.source.code, ev.target.code)
            conf[key] = max(conf.get(key, 0.0), float(ev.confidence or 0.0))
            by_country.setdefault((ev.source.code[:3], ev.target.code[:3]), []).append(ev.code)
    sent = (tokens[0].i, tokens[-1].i + 1) if tokens else (0, 0)
    why = _silent_reason(tokens) if tokens and not rules else None
    out = []
    for sc, sms in by_code.items():
        for tc, tms in by_code.items():
            if sc == tc:
                continue
            s, t = min(((a, b) for a in sms for b in tms), key=_distance)
            feats, trig = _pair_features(s, t)
            codes = rules.get((sc, tc), [])
            for c in codes:
                feats += ["rule=" + c, "rroot=" + c[:2], "rule_any"]
            for c in rules.get((tc, sc), []):
                feats += ["rev=" + c[:2], "rev_any"]
            if not codes:
                feats.append("rule_none")
                if sc in monadic:
                    feats.append("mono=" + monadic[sc][:2])
            if trig is not None and codes:
                feats.append("rroot_lca=" + codes[0][:2] + "|" + trig.lemma_.lower())
            feats += _backoff_features(s, t, codes, conf.get((sc, tc)), by_country.get((sc[:3], tc[:3]), []), why)
            out.append(Candidate(s.actor, t.actor, sent, trig, feats, codes))
    return out


def _backoff_features(s: Mention, t: Mention, codes: list[str], conf: float | None, country_codes: list[str],
                      why: str | None) -> list[str]:
    """learn69: features that carry to unseen words and actors. The rule coder's confidence for the
    pair; the entity labels of both mentions; the rule codes of a pair with the same COUNTRIES but
    other roles (the rules often code the right act with another role: USAGOV for USA); and, in a
    sentence without a dyadic rule event, why the rules read no act there (silent_words)."""
    f = []
    if conf is not None:
        f.append("rconf=" + str(min(9, int(conf * 10))))
    se = s.token.ent_type_ if s.token is not None and s.token.ent_type_ else "-"
    te = t.token.ent_type_ if t.token is not None and t.token.ent_type_ else "-"
    f += ["sent=" + se, "tent=" + te, "ents=" + se + "|" + te]
    if not codes:
        f += ["crule=" + c[:2] for c in sorted(set(country_codes))]
    if why is not None:
        f.append("why=" + why)
    return f


def _silent_reason(tokens: list["Token"]) -> str:
    """Why the rules read no act in a sentence (`silent_words.no_act_reason`; "none" if no dictionary word)."""
    from dateline.events.silent_words import no_act_reason

    doc = tokens[0].doc
    try:
        return no_act_reason(doc, tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)) or "none"
    except Exception:  # noqa: BLE001 - a feature, never a failure of the coder
        return "error"


def _distance(pair: tuple[Mention, Mention]) -> int:
    a, b = pair
    if a.token is None or b.token is None:
        return 10_000
    lca, up, down = _path(a.token, b.token)
    return len(up) + len(down) if lca is not None else 1_000


# ---------------------------------------------------------------- the model


@dataclass
class Model:
    features: dict[str, int]
    classes: list[str]
    coef: np.ndarray  # (n_features, n_classes)
    intercept: np.ndarray  # (n_classes,)
    threshold: float
    mode: str
    meta: dict[str, Any]
    keep_threshold: float = 0.0  # rerank: a rule event whose pair the model gives less is dropped

    def probabilities(self, cands: list[Candidate]) -> np.ndarray:
        """Class probabilities, one row per candidate: one gather-and-sum over the article."""
        rows, cols = [], []
        for r, c in enumerate(cands):
            for name in c.features:
                j = self.features.get(name)
                if j is not None:
                    rows.append(r)
                    cols.append(j)
        z = np.tile(self.intercept, (len(cands), 1))
        if rows:
            np.add.at(z, np.asarray(rows), self.coef[np.asarray(cols)])
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)

    def decide(self, cands: list[Candidate], threshold: float | None = None) -> list[tuple[int, str, float]]:
        """(candidate index, code, probability) for each candidate the model calls an event."""
        return self.decide_all(cands, threshold)[0]

    def decide_all(self, cands: list[Candidate], threshold: float | None = None
                   ) -> tuple[list[tuple[int, str, float]], np.ndarray]:
        """`decide`, and each candidate's probability of being any event (for rerank)."""
        if not cands:
            return [], np.zeros(0)
        th = self.threshold if threshold is None else threshold
        p = self.probabilities(cands)
        none = self.classes.index(NONE)
        out = []
        for r in range(len(cands)):
            row = p[r].copy()
            row[none] = -1.0
            if KEEP in self.classes and not cands[r].rule_codes:
                row[self.classes.index(KEEP)] = -1.0
            j = int(row.argmax())
            if 1.0 - p[r, none] >= th and row[j] >= 0:
                code = cands[r].rule_codes[0] if self.classes[j] == KEEP else self.classes[j]
                out.append((r, code, float(p[r, j])))
        return out, 1.0 - p[:, none]

    def save(self, path: str | os.PathLike[str]) -> None:
        names = sorted(self.features, key=self.features.get)
        np.savez_compressed(path, features=np.array(names), classes=np.array(self.classes),
                            coef=self.coef.astype(np.float16), intercept=self.intercept.astype(np.float32),
                            meta=np.array(json.dumps({**self.meta, "threshold": self.threshold, "mode": self.mode,
                                                      "keep_threshold": self.keep_threshold},
                                                     sort_keys=True)))


def load_model(path: str | os.PathLike[str]) -> Model:
    with np.load(path, allow_pickle=False) as z:
        meta = json.loads(str(z["meta"]))
        return Model({str(n): i for i, n in enumerate(z["features"])}, [str(c) for c in z["classes"]],
                     z["coef"].astype(np.float64), z["intercept"].astype(np.float64),
                     float(meta["threshold"]), str(meta["mode"]), meta, float(meta.get("keep_threshold", 0.0)))


@functools.lru_cache(maxsize=1)
def shipped_model() -> Model | None:
    """The model built by `scripts/train_event_model` and shipped in the package; None if absent."""
    ref = resources.files("dateline").joinpath(MODEL_PATH)
    if not ref.is_file():
        return None
    with resources.as_file(ref) as p:
        return load_model(p)


def active_mode(model: Model | None) -> str | None:
    """The combination mode in force: None when the switch is off or no model ships."""
    if model is None:
        return None
    flag = os.environ.get(ENV_SWITCH, DEFAULT_SWITCH).strip().lower()
    if flag in OFF_WORDS:
        return None
    if flag in MODES:
        return flag
    return model.mode if model.mode in MODES else None


# ---------------------------------------------------------------- decoding


def combine(rule_triples: set[tuple], learned: set[tuple], mode: str, doubted: set[tuple] = frozenset()) -> set[tuple]:
    """Triples of one sentence after combining the rules' with the model's (for evaluation).
    `doubted`: (source, target) pairs the model gives less than its keep threshold (rerank)."""
    if mode == "union":
        return rule_triples | learned
    if mode == "rerank":
        return {t for t in rule_triples if (t[0], t[2]) not in doubted} | learned
    return learned


def revise(doc: "Doc", article: Article, ctx: ActorContext, events: list[Event],
           model: Model | None = None, mode: str | None = None) -> list[Event]:
    """The events stage's hook: re-decide each sentence's dyadic events with the model.

    `replace`: the model's events stand for the sentence's dyadic rule events (a rule event the
    model agrees with keeps its own trigger, date and place); monadic rule events stay.
    `union`: the model's events are added to the rules'.
    `rerank`: a dyadic rule event stays unless the model gives its pair less than `keep_threshold`;
    the model's events are added."""
    if not events or (mode is None and os.environ.get(ENV_SWITCH, DEFAULT_SWITCH).strip().lower() in OFF_WORDS):
        return events  # switched off (the default): not even the model file is read
    model = model or shipped_model()
    mode = mode or active_mode(model)
    if model is None or mode is None:
        return events
    by_sent: dict[int, list[Event]] = {}
    sents = list(doc.sents)
    starts = [s.start_char for s in sents]
    import bisect
    for ev in events:
        at = (ev.trigger or ev.evidence).start
        by_sent.setdefault(max(0, bisect.bisect_right(starts, at) - 1), []).append(ev)
    cands: list[Candidate] = []
    owner: list[int] = []
    for k, s in enumerate(sents):
        evs = by_sent.get(k, [])
        toks = list(s)
        if not evs:  # speed: only sentences the rules found an event in (the hook may add <=5%)
            continue
        cs = candidates(toks, ctx, evs)
        cands += cs
        owner += [k] * len(cs)
    decided: dict[int, list[tuple[Candidate, str, float]]] = {}
    picked, p_event = model.decide_all(cands)
    for r, code, p in picked:
        decided.setdefault(owner[r], []).append((cands[r], code, p))
    doubted = {(owner[r], c.source.code, c.target.code) for r, c in enumerate(cands)
               if mode == "rerank" and p_event[r] < model.keep_threshold}
    out: list[Event] = []
    for k, s in enumerate(sents):
        evs = by_sent.get(k, [])
        picks = decided.get(k, [])
        keep = [e for e in evs if not e.target.code or mode == "union"
                or mode == "rerank" and (k, e.source.code, e.target.code) not in doubted]
        have = {(e.source.code, e.code, e.target.code) for e in keep}
        for c, code, p in picks:
            key = (c.source.code, code, c.target.code)
            if key in have:
                continue
            have.add(key)
            same = next((e for e in evs if (e.source.code, e.code, e.target.code) == key), None)
            keep.append(same or _event(c, code, p, s, article, evs))
        out += keep
    return out


def _event(c: Candidate, code: str, p: float, sent: Any, article: Article, evs: list[Event]) -> Event:
    code = code if is_code(code) else code[:2] + "0"
    facts = info(code)
    trig = c.trigger
    near = evs[0] if evs else None
    trigger = Span(trig.idx, trig.idx + len(trig.text)) if trig is not None else (
        near.trigger if near is not None and near.trigger is not None else Span(sent.start_char, sent.start_char + len(sent[0].text)))
    return Event(code=code, root=facts.root, label=facts.name, goldstein=facts.goldstein,
                 quad_class=facts.quad_class, plover=facts.plover, source=c.source, target=c.target,
                 date=near.date if near is not None else article.published, location=near.location if near else None,
                 evidence=Span(sent.start_char, sent.end_char), confidence=round(min(0.95, max(0.05, p)), 2),
                 pattern="learned", trigger=trigger)
