"""A regex for a list of words, built as a trie.

Python's `re` tries the alternatives of `a|b|c...` one after the other at every position
it tests; for a list of a hundred words that is a hundred comparisons per word of text.
The same list written as a trie ("ago|april|august" -> "a(?:go|pril|ugust)") makes it one
or two, while matching the same strings and, longer words first, preferring the same ones
(the usual sorted-by-length-descending alternation). The timex finder's trigger words went
from 0.25 to 0.07 ms per news article with it.
"""
from __future__ import annotations

import re
from collections.abc import Iterable


def words_pattern(words: Iterable[str]) -> str:
    """A pattern matching exactly the given literal strings, trying longer ones first.

    Put it inside a group (it has top-level alternation) and add boundaries or flags
    around it as the caller needs: `rf"(?<!\\w)(?i:{words_pattern(w)})(?![a-z])"`."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    return _emit(root)


def _emit(node: dict[str, dict]) -> str:
    branches = [re.escape(ch) + _emit(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # a word may also end here: the greedy "?" tries the longer words first
    return f"(?:{body})?" if "" in node else body
