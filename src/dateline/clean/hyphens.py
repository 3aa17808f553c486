"""Line-end hyphens: a syllable split to rejoin ("pro-/duction") or a compound to keep ("north-/eastern").

Evidence from the article itself wins (the same word written elsewhere with or without
the hyphen); otherwise word frequencies from `wordfreq` decide.
"""
from __future__ import annotations

import functools
import re
from collections import Counter

_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
# Zipf 3 is about once per million words: below that a "word" is a rare form or a fragment.
_COMMON = 3.0
_KNOWN = 2.5
_CAMEL = re.compile(r"\b(?P<l>[A-Z]?[a-z]+)(?P<r>[A-Z][a-z]{2,})\b")
# Arabic article particles that pdftotext glues to the name when it drops a line-end hyphen.
_PARTICLES = frozenset({"al", "el", "ad", "ash", "as", "az"})


def _zipf(word: str) -> float:
    # imported on first use: wordfreq's import costs a third of a second (it inspects the
    # call stack to find its data), and processes that never clean (the ingest workers,
    # which are forked from a process that imports the whole pipeline) never need it
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower(), "en")


class Hyphenator:
    """Decides line-end hyphens for one article, using the article's own spellings first."""

    def __init__(self, text: str) -> None:
        self._text = text

    @functools.cached_property
    def words(self) -> Counter[str]:
        """The article's words (lowercase) and their counts. Counted on first need: most
        articles have no split word and no glued capitals to decide, and counting every
        word of every article was a tenth of the cleaner's time."""
        return Counter(t.lower() for t in _WORD.findall(self._text))

    def join_char(self, left: str, right: str) -> str:
        """"-" to keep the hyphen between `left` and `right`, "" to close the split word."""
        l_part = left.rsplit("-", 1)[-1]
        if not l_part.isalpha() or not right[:1].isalpha() or right[:1].isupper():
            return "-"  # "737-/800", "pro-/Iranian", "Franco-/German"
        hyph, closed = f"{left}-{right}".lower(), f"{left}{right}".lower()
        if self.words[hyph] and not self.words[closed]:
            return "-"
        if self.words[closed] and not self.words[hyph]:
            return ""
        return self._by_frequency(l_part, right)

    @staticmethod
    def _by_frequency(left: str, right: str) -> str:
        zj, zl, zr = _zipf(left + right), _zipf(left), _zipf(right)
        # A common closed word whose halves are rarer than it ("under/standing" -> join),
        # but not when both halves are commoner words ("north/eastern" keeps its hyphen).
        if zj >= _COMMON and (min(zl, zr) < _COMMON or zj >= min(zl, zr) - 0.75):
            return ""
        if zl >= _KNOWN and zr >= _KNOWN:
            return "-"
        return ""

    def repair_camel(self, text: str, *, joined_line: bool = False) -> str:
        """Put back hyphens pdftotext dropped inside a word: "alAssad", "TurkishLibyan".

        pdftotext drops a line-end hyphen while joining two lines, so only a line it
        joined (`joined_line`: longer than the page width, or a big-type headline) can
        hold such a word; elsewhere "TurkStream" is a name and only "al"+Name is fixed.
        """
        return _CAMEL.sub(lambda m: self._camel(m, joined_line), text)

    def _camel(self, m: re.Match[str], joined_line: bool) -> str:
        left, right = m.group("l"), m.group("r")
        whole = left + right
        if self.words[f"{left}-{right}".lower()]:
            return f"{left}-{right}"
        if _zipf(whole) >= 1.0 or not (joined_line or left.lower() in _PARTICLES):
            return whole  # a real word or brand ("YouTube", "BlackRock")
        if left.lower() in _PARTICLES or (
            len(left) >= 3 and left[0].isupper() and _zipf(left) >= _KNOWN and _zipf(right) >= _KNOWN
        ):
            return f"{left}-{right}"
        return whole
