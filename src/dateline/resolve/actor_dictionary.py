"""Read PETRARCH / Phoenix / TABARI actor and agent dictionaries, so users can bring their own.

The format (as the Open Event Data Alliance dictionaries write it):

    VLADIMIR_PUTIN_          # a primary name; `_` joins words, a trailing `_` = exact word
    +PRESIDENT_PUTIN_        # `+` lines are synonyms of the entry above
        [RUSELI 700101-990809]   # codes, optionally date-restricted:
        [RUSGOV >080508]         #   `<D` before D, `>D` after D, `D1-D2` between (inclusive)
        [RUSELI]                 # an undated code is the default
    ARGENTIN [ARG]           # no trailing `_`: the last word is a stem (Argentina, Argentine)

Dates are YYYYMMDD or YYMMDD (Phoenix). `#` starts a comment, `<!-- ... -->` blocks are
comments. Agent dictionaries map role nouns to agent codes (`SOLDIER [~MIL]`, `MSF {} [NGO~]`):
`~` marks where the actor's own code goes, so `~MIL` after RUS gives RUSMIL and `NGO~` gives
NGORUS. `!SET! = A, B` lines define substitution sets used inside names (`CONGRESS!PERSON!`).

The Phoenix country file has ~54k lines; parsing is one pass of string operations (about a
second for all Phoenix files), and the process-wide dictionary from DATELINE_ACTORS is only
read on first use.
"""
from __future__ import annotations

import gzip
import os
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from contextlib import contextmanager
from typing import Iterable, Iterator, NamedTuple, Sequence

from dateline.errors import ConfigError

PathLike = str | Path

_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
_CODE_BLOCK = re.compile(r"\[([^\]]*)\]")
_SET_DEF = re.compile(r"^(![A-Z_]+!)\s*=\s*(.+)$")
_SET_USE = re.compile(r"![A-Z_]+!")
_PLURALS = re.compile(r"\{([^}]*)\}")
# Stems shorter than this would match far too much ("ENT" would match "entire").
_MIN_STEM = 4
_OPEN_END = "99999999"


@dataclass(frozen=True)
class DatedCode:
    """One code of an entry; `start`/`end` are YYYYMMDD bounds (None = open)."""

    code: str
    start: str | None = None
    end: str | None = None
    start_inclusive: bool = True
    end_inclusive: bool = True

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    def covers(self, day: str) -> bool:
        if self.start is not None and (day < self.start or (day == self.start and not self.start_inclusive)):
            return False
        if self.end is not None and (day > self.end or (day == self.end and not self.end_inclusive)):
            return False
        return True

    def width(self) -> int:
        """Rough length of the interval, to prefer the narrowest restriction that applies."""
        return int(self.end or _OPEN_END) - int(self.start or "00000000")


@dataclass
class ActorEntry:
    """One dictionary entry: its names and its (possibly dated) codes."""

    name: str
    synonyms: list[str] = field(default_factory=list)
    codes: list[DatedCode] = field(default_factory=list)

    def code_at(self, when: str | None = None) -> str | None:
        """The code in force on `when` (no date, or one that cannot be read, means today):
        the narrowest dated code covering it, else the undated default."""
        day = (normalize_date(when) if when else None) or date.today().strftime("%Y%m%d")
        default = next((c.code for c in self.codes if not c.dated), None)
        covering = [c for c in self.codes if c.dated and c.covers(day)]
        if covering:
            # narrowest first; among equals the one listed first (dictionary order is intent)
            return min(covering, key=DatedCode.width).code
        return default


class _NameIndex:
    """Names -> values, with exact keys and last-word stems (TABARI's "no trailing _" rule)."""

    def __init__(self) -> None:
        self.exact: dict[str, object] = {}
        self.stems: dict[tuple[str, ...], list[tuple[str, object]]] = {}  # (*words, stem[:4]) -> stems

    def add(self, raw_name: str, value: object) -> None:
        words, is_stem = _name_words(raw_name)
        if not words:
            return
        keys = [words]
        if len(words) > 1 and words[0] == "THE":
            keys.append(words[1:])
        for w in keys:
            self.exact.setdefault(" ".join(w), value)
            if is_stem and len(w[-1]) >= _MIN_STEM and not isinstance(value, _ExactAgent):
                # bucketed by the stem's first letters, so a lookup scans a handful, not thousands
                self.stems.setdefault((*w[:-1], w[-1][:_MIN_STEM]), []).append((w[-1], value))

    def find(self, text: str) -> object | None:
        words = _query_words(text)
        if not words:
            return None
        tries = [words]
        if len(words) > 1 and words[0] == "THE":
            tries.append(words[1:])
        for w in tries:
            hit = self.exact.get(" ".join(w))
            if hit is not None:
                return hit
        for w in tries:
            best: tuple[int, object] | None = None
            for stem, value in self.stems.get((*w[:-1], w[-1][:_MIN_STEM]), ()):
                if w[-1].startswith(stem) and (best is None or len(stem) > best[0]):
                    best = (len(stem), value)
            if best is not None:
                return best[1]
        return None

    def __len__(self) -> int:
        return len(self.exact)


@dataclass
class ActorDictionary:
    """Actor names -> dated CAMEO codes, and agent nouns -> agent codes."""

    sources: list[str] = field(default_factory=list)
    entries: list[ActorEntry] = field(default_factory=list, repr=False)  # 27k for Phoenix
    _actors: _NameIndex = field(default_factory=_NameIndex, repr=False)
    _agents: _NameIndex = field(default_factory=_NameIndex, repr=False)

    def entry(self, name: str) -> ActorEntry | None:
        hit = self._actors.find(name)
        return hit if isinstance(hit, ActorEntry) else None

    def lookup(self, name: str, when: str | None = None) -> str | None:
        """CAMEO code of `name` on date `when` (ISO or YYYYMMDD), or None if not listed."""
        ent = self.entry(name)
        return ent.code_at(when) if ent is not None else None

    def agent(self, noun: str) -> str | None:
        """Agent code of a role noun or phrase ("troops" -> "~MIL"), regular plurals included
        unless the entry lists its plurals in braces (`POLICE {}`: "polices" is no agent)."""
        for k, form in enumerate(_singular_forms(noun)):
            hit = self._agents.find(form)
            if isinstance(hit, _ExactAgent):
                if k == 0:
                    return hit.code
            elif hit is not None:
                return str(hit)
        return None

    @contextmanager
    def activate(self) -> Iterator["ActorDictionary"]:
        """Use this dictionary process-wide inside a `with` block, then restore the previous one."""
        global _current
        before = _current
        _current = self
        try:
            yield self
        finally:
            _current = before

    @property
    def actor_count(self) -> int:
        return len(self._actors)

    @property
    def agent_count(self) -> int:
        return len(self._agents)

    def add_actor(self, entry: ActorEntry) -> None:
        self.entries.append(entry)
        for name in [entry.name, *entry.synonyms]:
            self._actors.add(name, entry)

    def add_agent(self, name: str, code: str, regular_plural: bool = True) -> None:
        self._agents.add(name, code if regular_plural else _ExactAgent(code))


@dataclass(frozen=True)
class _ExactAgent:
    """An agent whose plural forms are only those its entry lists."""

    code: str


def _merge_codes(base: str, extra: str) -> str:
    """Append the 3-letter parts of `extra` that `base` lacks: PETRARCH does not repeat a
    role ("WHITE_HOUSE" USAGOV + "officials" ~GOV stays USAGOV)."""
    have = {base[i:i + 3] for i in range(3, len(base), 3)}
    return base + "".join(extra[i:i + 3] for i in range(0, len(extra), 3) if extra[i:i + 3] not in have)


def apply_agent(base: str | None, agent_code: str) -> str:
    """Combine an actor code with an agent code: ("RUS", "~MIL") -> "RUSMIL",
    ("RUS", "NGO~") -> "NGORUS"; with no base the unknown country "---" stands in."""
    base = base or "---"
    code = agent_code.replace(" ", "")
    if code.startswith("~"):
        return _merge_codes(base, code[1:])
    if code.endswith("~"):
        return code[:-1] + base
    return _merge_codes(base, code)


# ---------------------------------------------------------------- loading


def load_actor_dictionary(
    actors_path: PathLike | Sequence[PathLike] | None,
    agents_path: PathLike | Sequence[PathLike] | None = None,
) -> ActorDictionary:
    """Parse one or more actor files (plain or .gz) and optional agent files."""
    d = ActorDictionary()
    for path in _paths(actors_path):
        d.sources.append(str(path))
        for entry in parse_actors(_read_lines(path)):
            d.add_actor(entry)
    for path in _paths(agents_path):
        d.sources.append(str(path))
        for line in parse_agents(_read_lines(path)):
            d.add_agent(*line)
    return d


def load_dictionaries(paths: Sequence[PathLike]) -> ActorDictionary:
    """Load a mixed list of actor and agent files, telling them apart by their content: agent
    codes carry a `~` ("[~MIL]"), actor codes never do."""
    actors: list[Path] = []
    agents: list[Path] = []
    for path in _paths(paths):
        (agents if is_agents_file(path) else actors).append(path)
    return load_actor_dictionary(actors, agents)


def is_agents_file(path: PathLike) -> bool:
    """True when most code blocks in the file are agent codes ("~MIL", "NGO~")."""
    blocks = [b for line in _read_lines(Path(path)) for b in _CODE_BLOCK.findall(_strip_comment(line))]
    return bool(blocks) and sum("~" in b for b in blocks) * 2 > len(blocks)


def _paths(p: PathLike | Sequence[PathLike] | None) -> list[Path]:
    if p is None:
        return []
    if isinstance(p, (str, Path)):
        return [Path(p)]
    return [Path(x) for x in p]


def _read_lines(path: Path) -> list[str]:
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise ConfigError(f"cannot read actor dictionary ({err.strerror or err})", source=str(path)) from err
    if raw[:2] == b"\x1f\x8b":
        try:
            raw = gzip.decompress(raw)
        except (OSError, EOFError) as err:
            raise ConfigError(f"corrupt gzip actor dictionary ({err})", source=str(path)) from err
    text = raw.decode("utf-8", errors="replace")
    text = _HTML_COMMENT.sub("", text)
    return text.splitlines()


def _strip_comment(line: str) -> str:
    if line.lstrip().startswith("<!"):  # stray markup such as "<! -- NEW ACTORS -->"
        return ""
    return line.split("#", 1)[0]


def parse_actors(lines: Iterable[str]) -> list[ActorEntry]:
    """Entries from actor-dictionary lines; entries that never get a code are dropped."""
    entries: list[ActorEntry] = []
    current: ActorEntry | None = None
    for raw in lines:
        line = _strip_comment(raw).strip()
        if not line:
            continue
        name_part = _CODE_BLOCK.sub(" ", line).split("[", 1)[0].strip()
        codes = [c for c in (_parse_code(b) for b in _CODE_BLOCK.findall(line)) if c is not None]
        if line.startswith("["):
            if current is not None:
                current.codes.extend(codes)
            continue
        if line.startswith("+") and current is not None:
            if name_part[1:].strip():
                current.synonyms.append(name_part[1:].strip())
            current.codes.extend(codes)
            continue
        current = ActorEntry(name=name_part.lstrip("+").strip(), codes=codes)
        entries.append(current)
    return [e for e in entries if e.codes and e.name]


class AgentLine(NamedTuple):
    """One agent name and its code; `regular_plural` is False when the entry lists its
    plurals in braces (`POLICE {}`, `GOOSE {GEESE}`), as PETRARCH reads them."""

    name: str
    code: str
    regular_plural: bool = True


def parse_agents(lines: Iterable[str]) -> list[AgentLine]:
    """Agent names and codes, with substitution sets expanded and listed plurals added."""
    sets: dict[str, list[str]] = {}
    out: list[AgentLine] = []
    for raw in lines:
        line = _strip_comment(raw).strip()
        if not line:
            continue
        m = _SET_DEF.match(line)
        if m:
            sets[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        blocks = _CODE_BLOCK.findall(line)
        if not blocks:
            continue
        code = blocks[0].replace(" ", "").upper()
        if not code:
            continue
        head = line.split("[", 1)[0]
        braces = _PLURALS.findall(head)
        plurals = [p.strip() for pm in braces for p in pm.split(",") if p.strip()]
        name = _PLURALS.sub(" ", head).strip()
        for form in [name, *plurals]:
            for expanded in _expand_sets(form, sets):
                out.append(AgentLine(expanded, code, not braces))
    return out


def _expand_sets(name: str, sets: dict[str, list[str]]) -> list[str]:
    m = _SET_USE.search(name)
    if not m or m.group(0) not in sets:
        return [name] if not m else []
    return [
        x
        for word in sets[m.group(0)]
        for x in _expand_sets(name[: m.start()] + word + name[m.end():], sets)
    ]


def _parse_code(block: str) -> DatedCode | None:
    """"RUSGOV >080508" -> DatedCode; a block without a code or with a bad date -> None."""
    parts = block.split(None, 1)
    if not parts:
        return None
    code = parts[0].upper()
    if not re.search(r"[A-Z\-+]", code) or code[0].isdigit():
        return None
    code = code.split("/", 1)[0]  # "ELR/GAL": TABARI alternatives; the first is the primary
    rest = parts[1].replace(" ", "") if len(parts) > 1 else ""
    if not rest:
        return DatedCode(code)
    if rest[0] == "<":
        end = _dict_date(rest[1:])
        return DatedCode(code, None, end, end_inclusive=False) if end else None
    if rest[0] == ">":
        start = _dict_date(rest[1:])
        return DatedCode(code, start, None, start_inclusive=False) if start else None
    if "-" in rest:
        lo, hi = rest.split("-", 1)
        start, end = _dict_date(lo), _dict_date(hi)
        return DatedCode(code, start, end) if start and end else None
    return None


def _dict_date(s: str) -> str | None:
    """YYYYMMDD, or Phoenix's YYMMDD (years up to 40 are taken as 20xx)."""
    if not s.isdigit():
        return None
    if len(s) == 8:
        return s
    if len(s) == 6:
        return ("20" if int(s[:2]) <= 40 else "19") + s
    return None


@lru_cache(maxsize=4096)
def normalize_date(when: object) -> str | None:
    """"2018-04-10", "2018-04-10T12:00", "20180410", "2018-04", "2018" -> YYYYMMDD (partial
    dates take their first day); anything else -> None."""
    digits = re.sub(r"\D", "", str(when).split("T", 1)[0])[:8]
    if len(digits) == 8:
        return digits
    if len(digits) == 6:
        return digits + "01"
    if len(digits) == 4:
        return digits + "0101"
    return None


# ---------------------------------------------------------------- names


def _fold(text: str) -> str:
    """Upper case without accents, so "Erdoğan" meets ERDOGAN_ (and "WÖRNER" meets "Worner")."""
    t = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
    return "".join(c for c in t if not unicodedata.combining(c)).upper()


def _name_words(raw: str) -> tuple[list[str], bool]:
    """Dictionary name -> upper-case words and whether the last word is a stem."""
    name = _fold(raw.strip())
    is_stem = not name.endswith("_")
    return name.replace("_", " ").split(), is_stem


def _query_words(text: str) -> list[str]:
    return _fold(text).replace("_", " ").split()


def _singular_forms(noun: str) -> list[str]:
    """The noun, then plausible singulars of its last word (agent files list singulars)."""
    words = noun.split()
    if not words:
        return []
    last = words[-1]
    low = last.lower()
    forms = [last]
    if low.endswith("ies") and len(low) > 4:
        forms.append(last[:-3] + ("Y" if last.isupper() else "y"))
    if low.endswith("men"):
        forms.append(last[:-3] + ("MAN" if last.isupper() else "man"))
    if low.endswith("es") and len(low) > 3:
        forms.append(last[:-2])
    if low.endswith("s") and not low.endswith("ss") and len(low) > 2:
        forms.append(last[:-1])
    return [" ".join(words[:-1] + [f]) for f in forms]


# ---------------------------------------------------------------- process-wide setting

_UNSET = object()
_current: object = _UNSET


def use_actor_dictionary(d: ActorDictionary | None) -> None:
    """Set (or clear, with None) the dictionary actor_for_entity/actor_for_phrase consult first."""
    global _current
    _current = d


def current_actor_dictionary() -> ActorDictionary | None:
    """The dictionary in use: the one set by use_actor_dictionary, else the one named by
    DATELINE_ACTORS ("actors[,actors2...][:agents[,agents2]]"), read once on first use."""
    global _current
    if _current is _UNSET:
        _current = dictionary_from_env(os.environ.get("DATELINE_ACTORS"))
    return _current  # type: ignore[return-value]


def dictionary_from_env(value: str | None) -> ActorDictionary | None:
    """Parse a DATELINE_ACTORS value: actor files, then ':' and agent files, each ','-separated."""
    if not value or not value.strip():
        return None
    actors, _, agents = value.partition(":") if not _is_drive(value) else (value, "", "")
    return load_actor_dictionary(
        [p for p in actors.split(",") if p.strip()],
        [p for p in agents.split(",") if p.strip()] or None,
    )


def _is_drive(value: str) -> bool:
    """A Windows path "C:\\..." has a colon that does not separate agents."""
    return len(value) > 2 and value[1] == ":" and value[0].isalpha() and value[2] in "\\/"
