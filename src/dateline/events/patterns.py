"""The verb-pattern dictionary: parse data/cameo/verbs.txt and match a parsed clause against it.

Patterns are indexed by their head lemma, so coding a clause costs one dict lookup plus a
check of the few patterns sharing that lemma, never a scan of the whole dictionary.
The file grammar is documented at its top and in docs/events.md.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from dateline.errors import ConfigError
from dateline.events.codebook import is_code

#: A constraint value of None means "any lemma" (written `prep:*`).
LemmaSet = frozenset[str] | None


@dataclass(frozen=True)
class Pattern:
    """One dictionary line, compiled."""

    code: str
    kind: str  # "verb" | "noun"
    heads: tuple[str, ...]
    particle: str | None
    obj: LemmaSet  # required direct-object lemmas; None = no constraint
    preps: tuple[tuple[str, LemmaSet], ...]
    deps: tuple[tuple[str, LemmaSet], ...]  # ^xcomp:visit, ^oprd:*
    target: tuple[str, ...]  # slots, tried in order: "obj", a preposition, "poss", "none"
    text: str
    line: int

    @property
    def specificity(self) -> int:
        """More constraints = more specific; the matcher prefers the most specific pattern."""
        # a named lemma set ("for:resignation") beats a wildcard ("for:*")
        def weight(lemmas: LemmaSet) -> int:
            return 2 if lemmas is not None else 1

        obj = 0 if self.obj is None else 1 if self.obj is ANY_OBJECT else 2
        return ((self.particle is not None) + obj
                + sum(weight(x) for _, x in self.preps) + sum(weight(x) for _, x in self.deps))


@dataclass
class Frame:
    """What the matcher needs to know about a clause: lemma sets around its trigger word."""

    lemma: str
    particles: frozenset[str] = frozenset()
    obj: frozenset[str] | None = None  # lemmas of the direct object (with its compounds)
    preps: dict[str, frozenset[str]] = field(default_factory=dict)  # prep -> pobj lemmas
    deps: dict[str, frozenset[str]] = field(default_factory=dict)  # xcomp/oprd/ccomp -> lemmas


@dataclass
class Dictionary:
    verbs: dict[str, list[Pattern]]
    nouns: dict[str, list[Pattern]]
    intent: frozenset[str]
    threat: frozenset[str]
    speech: frozenset[str]
    #: perf67: `reads` and `needs_object` per (lemma, particles), filled as asked: both run for every
    #: frame `_code_verb` builds (a few hundred keys in all); the patterns never change once parsed
    _needs: dict[tuple[str, frozenset[str]], tuple[bool, bool, bool]] = field(
        default_factory=dict, init=False, repr=False, compare=False)

    def match(self, frame: Frame, kind: str = "verb") -> Pattern | None:
        """The most specific pattern whose constraints all hold for `frame`, or None."""
        index = self.verbs if kind == "verb" else self.nouns
        best: Pattern | None = None
        keys = [frame.lemma, *(f"{frame.lemma}_{p}" for p in frame.particles)]
        for key in keys:
            for pat in index.get(key, ()):
                if _holds(pat, frame) and (best is None or pat.specificity > best.specificity):
                    best = pat
        return best

    def reads(self, lemma: str, particles: frozenset[str]) -> tuple[bool, bool]:
        """Whether some verb pattern `match` tries for this lemma (and its particles: the same keys)
        reads the frame's object, and whether some reads its prepositions. Why (perfev55): a part of
        the frame no pattern reads need not be built ("say" has patterns on its clause only)."""
        return self._frame_needs(lemma, particles)[:2]

    def needs_object(self, lemma: str, particles: frozenset[str]) -> bool:
        """Whether the verb's direct object is needed at all for the frame `match` tries (the keys of
        `reads`): a pattern reads the object, or the prepositions (`prep_objects` leaves the object
        out), or an xcomp or oprd complement (`complement_verbs` finds some on the object), or codes
        020 (`_code_verb` then reads the frame's xcomp and `_appeal_content` the whole frame). Why
        (perfev57): "say", 30% of the frames, has none of these, and `direct_object` is not cheap."""
        return self._frame_needs(lemma, particles)[2]

    def _frame_needs(self, lemma: str, particles: frozenset[str]) -> tuple[bool, bool, bool]:
        """(`reads`' two answers, `needs_object`'s answer), kept in `_needs` (perf67)."""
        found = self._needs.get((lemma, particles))
        if found is None:
            pats = self._verb_patterns(lemma, particles)
            found = self._needs[lemma, particles] = (
                any(p.obj is not None for p in pats), any(p.preps for p in pats),
                any(p.obj is not None or p.preps or p.code == "020" or any(dep in ("xcomp", "oprd") for dep, _ in p.deps)
                    for p in pats))
        return found

    def _verb_patterns(self, lemma: str, particles: frozenset[str]) -> list[Pattern]:
        """The verb patterns `match` tries for a frame of this lemma and these particles (its keys)."""
        return [p for key in (lemma, *(f"{lemma}_{q}" for q in particles)) for p in self.verbs.get(key, ())]

    def knows(self, lemma: str, kind: str = "verb") -> bool:
        return lemma in (self.verbs if kind == "verb" else self.nouns)


def _lemmas_ok(want: LemmaSet, have: frozenset[str] | None) -> bool:
    if have is None:
        return False
    return bool(have) if want is None else not want.isdisjoint(have)


def _holds(pat: Pattern, frame: Frame) -> bool:
    if pat.particle is not None and pat.particle not in frame.particles:
        return False
    if pat.obj is not None and not _lemmas_ok(None if pat.obj is ANY_OBJECT else pat.obj, frame.obj):
        return False
    for prep, lemmas in pat.preps:
        if not _lemmas_ok(lemmas, frame.preps.get(prep)):
            return False
    for dep, lemmas in pat.deps:
        if not _lemmas_ok(lemmas, frame.deps.get(dep)):
            return False
    return True


# "+*": the verb must have a direct object, whatever it is ("return +* >to" gives something back;
# "returned to Paris" is a trip). It weighs less than a named object ("return +property >to").
ANY_OBJECT: frozenset[str] = frozenset({"*"})


def _lemma_set(text: str) -> LemmaSet:
    return None if text == "*" else frozenset(w.lower() for w in text.split("|") if w)


def parse_pattern(code: str, body: str, kind: str, line: int) -> Pattern:
    """Compile one PATTERN (the text after the code) into a Pattern; raises ConfigError on bad syntax."""
    words = body.split()
    if not words:
        raise ConfigError(f"verbs.txt line {line}: empty pattern")
    head, *rest = words
    particle = None
    if "_" in head:
        if "|" in head:  # "call_off|scrap" would read as "call" + particle "off|scrap" and never match
            raise ConfigError(f"verbs.txt line {line}: a phrasal head stands alone on its line, not {head!r}")
        head, particle = head.split("_", 1)
    obj: LemmaSet = None
    preps: list[tuple[str, LemmaSet]] = []
    deps: list[tuple[str, LemmaSet]] = []
    target: list[str] = []
    for word in rest:
        if word.startswith("+"):
            obj = ANY_OBJECT if word == "+*" else _lemma_set(word[1:])
        elif word.startswith(">"):
            target.extend(word[1:].split("|"))
        elif word.startswith("^") and ":" in word:
            dep, _, lemmas = word[1:].partition(":")
            deps.append((dep, _lemma_set(lemmas)))
        elif ":" in word:
            prep, _, lemmas = word.partition(":")
            if "|" in prep:  # "of|about:*" would silently never match: one preposition per constraint
                raise ConfigError(f"verbs.txt line {line}: one preposition per constraint, not {prep!r}")
            preps.append((prep.lower(), _lemma_set(lemmas)))
        else:
            raise ConfigError(f"verbs.txt line {line}: cannot read {word!r} in {body!r}")
    heads = tuple(h.lower() for h in head.split("|"))
    return Pattern(code, kind, heads, particle, obj, tuple(preps), tuple(deps), tuple(target),
                   f"{code} {body}", line)


def parse_dictionary(text: str) -> Dictionary:
    """Read the dictionary file format (see the header of data/cameo/verbs.txt)."""
    index: dict[str, dict[str, list[Pattern]]] = {"verbs": {}, "nouns": {}}
    words: dict[str, set[str]] = {"intent": set(), "threat": set(), "speech": set()}
    section = "verbs"
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip()
            if section not in index and section not in words:
                raise ConfigError(f"verbs.txt line {n}: unknown section [{section}]")
            continue
        if section in words:
            words[section].add(line.lower())
            continue
        code, _, body = line.partition(" ")
        if not is_code(code):
            raise ConfigError(f"verbs.txt line {n}: {code!r} is not a CAMEO code in the codebook")
        pat = parse_pattern(code, body.strip(), "verb" if section == "verbs" else "noun", n)
        for head in pat.heads:
            key = f"{head}_{pat.particle}" if pat.particle else head
            index[section].setdefault(key, []).append(pat)
    return Dictionary(index["verbs"], index["nouns"], frozenset(words["intent"]),
                      frozenset(words["threat"]), frozenset(words["speech"]))


@functools.lru_cache(maxsize=4)
def load_dictionary(path: str | None = None) -> Dictionary:
    """The project's dictionary, or a user's own file in the same format (cached per path)."""
    if path is None:
        text = resources.files("dateline").joinpath("data/cameo/verbs.txt").read_text(encoding="utf-8")
    else:
        text = Path(path).read_text(encoding="utf-8")
    return parse_dictionary(text)
