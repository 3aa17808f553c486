"""words_pattern: a trie-shaped regex must match exactly what the plain alternation of the
same words (longest first) matches."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.wordlist_regex import words_pattern

WORD = st.text(alphabet="abcde.-'", min_size=1, max_size=6)


@settings(max_examples=300, deadline=None)
@given(st.sets(WORD, min_size=1, max_size=25), st.text(alphabet="abcde.-' ", max_size=80))
def test_the_trie_finds_what_the_alternation_finds(words, text):
    plain = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
                       + r")(?![a-z])")
    trie = re.compile(r"(?<!\w)(?:" + words_pattern(words) + r")(?![a-z])")
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=200, deadline=None)
@given(st.sets(WORD, min_size=1, max_size=25), WORD)
def test_a_whole_string_matches_only_if_it_is_one_of_the_words(words, candidate):
    assert bool(re.fullmatch(f"(?:{words_pattern(words)})", candidate)) == (candidate in words)


def test_shared_prefixes_become_one_branch():
    assert words_pattern(["ago", "april", "august"]) == "a(?:go|pril|ugust)"
    assert re.fullmatch(words_pattern(["week", "weekend", "weekly"]), "weekend")
