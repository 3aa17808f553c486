"""Compile a pattern with its case-insensitive parts spelt out as character classes.

Why: inside `(?i:...)`, Python's engine compiles each letter to a case-folding literal,
and at an alternation it can then no longer skip an alternative whose first letter does
not match: it enters every one. The time-expression rules are long case-insensitive
alternations ("about|around|approximately|...", the number words, the unit words) tried
at every word start, so most of their cost is entering alternatives that fail on their
first letter. Written as classes (`[aA]`, `[kK\u212a]`), the same letters let the engine
test the first character before entering an alternative.

The rewrite is exact: each cased letter becomes the class of every character that
`(?i)` matches to it (the test suite checks the classes over all of Unicode), so every
match, span and group stays the same. A pattern holding something whose case-insensitive
meaning a class cannot spell out (a backreference, a negated or non-ASCII cased letter,
the ASCII or LOCALE flags) is compiled as it is.
"""
from __future__ import annotations

import re
import re._compiler as _compiler  # type: ignore[import-not-found]
import re._constants as _c  # type: ignore[import-not-found]
import re._parser as _parser  # type: ignore[import-not-found]

import _sre

#: characters outside ASCII that `(?i)` matches to an ASCII letter (Kelvin sign, dotted
#: capital I, dotless i, long s); tests/test_folded_regex.py checks this over all of Unicode
_EXTRA = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


class _Unfoldable(Exception):
    """The pattern holds a case-insensitive part a character class cannot spell out."""


def fold_chars(ch: str) -> str:
    """Every character `(?i)` matches to the ASCII letter `ch`, or `ch` alone if uncased."""
    if not ch.isascii():
        if _sre.unicode_iscased(ord(ch)):
            raise _Unfoldable(ch)
        return ch
    low = ch.lower()
    if low == ch.upper():
        return ch
    return low + low.upper() + _EXTRA.get(low, "")


def compile_folded(pattern: str) -> re.Pattern:
    """`re.compile(pattern)`, with its `(?i)` parts as explicit classes where that is exact."""
    tree = _parser.parse(pattern, 0)
    flags = tree.state.flags
    if flags & (_c.SRE_FLAG_ASCII | _c.SRE_FLAG_LOCALE):
        return re.compile(pattern)
    try:
        _fold(tree, bool(flags & _c.SRE_FLAG_IGNORECASE))
    except _Unfoldable:
        return re.compile(pattern)
    tree.state.flags = flags & ~_c.SRE_FLAG_IGNORECASE
    code = _compiler._code(tree, 0)
    first = _first_chars(tree)
    if first is not None and code[2] == 0 and code[3] > 0:
        code = _with_first_chars(code, first)
    index = [None] * tree.state.groups
    for name, i in tree.state.groupdict.items():
        index[i] = name
    # the source is kept as the pattern's text: the same matches, and pickling recompiles it
    return _sre.compile(pattern, tree.state.flags, code, tree.state.groups - 1,
                        tree.state.groupdict, tuple(index))


def _class(chars: str) -> tuple:
    return (_c.IN, [(_c.LITERAL, ord(x)) for x in chars])


def _fold(sub: _parser.SubPattern, ci: bool) -> None:
    """Rewrite `sub` in place so that it means the same with no IGNORECASE flag."""
    data = sub.data
    for k, (op, av) in enumerate(data):
        if op is _c.LITERAL:
            if ci:
                chars = fold_chars(chr(av))
                if len(chars) > 1:
                    data[k] = _class(chars)
        elif op is _c.IN:
            if ci:
                data[k] = (_c.IN, _fold_set(av))
        elif op is _c.SUBPATTERN:
            group, add, dele, p = av
            inner = (ci or bool(add & _c.SRE_FLAG_IGNORECASE)) and not dele & _c.SRE_FLAG_IGNORECASE
            _fold(p, inner)
            data[k] = (op, (group, add & ~_c.SRE_FLAG_IGNORECASE, dele & ~_c.SRE_FLAG_IGNORECASE, p))
        elif op is _c.BRANCH:
            for p in av[1]:
                _fold(p, ci)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            _fold(av[2], ci)
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            _fold(av[1], ci)
        elif op is _c.ATOMIC_GROUP:
            _fold(av, ci)
        elif op in (_c.ANY, _c.AT, _c.CATEGORY):
            pass
        elif op is _c.NOT_LITERAL or op is _c.GROUPREF:
            if ci:
                raise _Unfoldable(str(op))  # "not this letter", a backreference: kept as written
        else:
            raise _Unfoldable(str(op))  # conditionals and anything newer: kept as written


def _fold_set(items: list) -> list:
    """A class's items under IGNORECASE, as a case-sensitive class meaning the same."""
    out: list = []
    for op, av in items:
        if op is _c.LITERAL:
            out.extend((_c.LITERAL, ord(x)) for x in fold_chars(chr(av)))
        elif op is _c.RANGE:
            lo, hi = av
            if hi - lo > 256 or hi >= 128:
                raise _Unfoldable("range")
            out.extend((_c.LITERAL, ord(x)) for i in range(lo, hi + 1) for x in fold_chars(chr(i)))
        elif op is _c.CATEGORY:
            out.append((op, av))
        else:
            raise _Unfoldable(str(op))  # a negated class
    return out


def _with_first_chars(code: list, first: list) -> list:
    """`code` with an info block naming the characters every match starts with.

    The engine's search then skips, in C, every position whose character is not one of
    them, where it would otherwise start the whole pattern there (every space after a comma
    passes the rules' leading "(?<!\\w)"). Python builds such a block itself only when the
    pattern starts with a literal or a class, not after a lookbehind or a case-folded letter.
    The block only filters start positions: a match starts with one of these characters."""
    info = [_c.INFO, 0, _c.SRE_INFO_CHARSET, code[3], code[4]]
    charset, _ = _compiler._optimize_charset(first)
    _compiler._compile_charset(charset, 0, info)
    info[1] = len(info) - 1
    return info + code[code[1] + 1:]


def _first_chars(sub: _parser.SubPattern) -> list | None:
    """The class of characters every match of `sub` starts with; None when unknown or when
    `sub` can match the empty string (then no character is required)."""
    items: list = []
    if _first(sub.data, items):
        return None  # nullable
    return items


class _Unknown(Exception):
    pass


def _first(data: list, items: list) -> bool:
    """Add the first characters of the sequence `data` to `items`; True if it can match empty."""
    try:
        return _first_seq(data, items)
    except _Unknown:
        items.clear()
        return True


def _first_seq(data: list, items: list) -> bool:
    for op, av in data:
        if op is _c.LITERAL:
            items.append((op, av))
            return False
        if op is _c.IN:
            if any(o is _c.NEGATE for o, _ in av):
                raise _Unknown
            items.extend(av)
            return False
        if op is _c.CATEGORY:
            items.append((op, av))
            return False
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # consumes nothing: the next item starts the match
        if op is _c.SUBPATTERN:
            if not _first_seq(av[3].data, items):
                return False
            continue
        if op is _c.ATOMIC_GROUP:
            if not _first_seq(av.data, items):
                return False
            continue
        if op is _c.BRANCH:
            empty = False
            for p in av[1]:
                empty = _first_seq(p.data, items) or empty
            if not empty:
                return False
            continue
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            empty = _first_seq(av[2].data, items) or av[0] == 0
            if not empty:
                return False
            continue
        raise _Unknown  # ANY, backreferences, conditionals: any character may start
    return True
