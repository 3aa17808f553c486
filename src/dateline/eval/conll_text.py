"""CoNLL-2003 documents (Reuters, August 1996) rebuilt as the wire articles they were cut from.

Why: the NER files are the only 1996 wire news we have, and international politics fills them.
Event gold and gold-free audits need the running text the pipeline would really get, not one
token per line, so this module defines that text once: every other reader of it (the event gold
set's offsets, the census scripts) must go through `read_conll_articles` to mean the same thing.

The rebuilt article is: the headline, then each further CoNLL sentence as its own paragraph
(a blank line between them), as the wire sends one sentence per paragraph; the dateline
("BRUSSELS 1996-08-22") stays a paragraph of its own and gives the article's date.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

# Tokens written without a space before them, as the wire prints them.
_NO_SPACE_BEFORE = {",", ".", ";", ":", "?", "!", "%", ")", "]", "}", "'s", "'S", "n't", "N'T", "'re", "'ve",
                    "'ll", "'d", "'m", "'", "..."}
_NO_SPACE_AFTER = {"(", "[", "{", "$"}
_DATE = re.compile(r"\b(19\d\d|20\d\d)-(\d\d)-(\d\d)\b")


@dataclass(frozen=True)
class ConllArticle:
    docno: int      # 0-based position of the -DOCSTART- block in its file
    date: str       # ISO date from the dateline, "" when the document has none
    headline: str
    text: str       # headline + blank line + one paragraph per further sentence


def detokenize(tokens: list[str]) -> str:
    """Tokens -> the sentence as printed: no space before closing punctuation and clitics, none
    after opening brackets, and straight double quotes alternate between opening and closing."""
    out: list[str] = []
    glue = True  # no space before the first token
    quote_open = False
    for tok in tokens:
        if tok == '"':
            if quote_open:
                out.append(tok)
                glue = False
            else:
                out.append(tok if glue else " " + tok)
                glue = True
            quote_open = not quote_open
            continue
        if glue or tok in _NO_SPACE_BEFORE:
            out.append(tok)
        else:
            out.append(" " + tok)
        glue = tok in _NO_SPACE_AFTER
    return "".join(out)


def _documents(lines: list[str]) -> list[list[list[str]]]:
    """The file as documents of sentences of tokens (first column of each line)."""
    docs: list[list[list[str]]] = []
    sent: list[str] = []

    def close() -> None:
        if sent and docs:
            docs[-1].append(list(sent))
        sent.clear()

    for line in lines:
        if line.startswith("-DOCSTART-"):
            close()
            docs.append([])
        elif not line.strip():
            close()
        else:
            sent.append(line.split(" ", 1)[0])
    close()
    return docs


def read_conll_articles(path: Path) -> list[ConllArticle]:
    """Every document of one CoNLL-2003 file as a ConllArticle, in file order."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    out = []
    for n, sents in enumerate(_documents(lines)):
        if not sents:
            continue
        paras = [detokenize(s) for s in sents]
        date = ""
        for p in paras[:4]:
            m = _DATE.search(p)
            if m:
                date = m.group(0)
                break
        out.append(ConllArticle(n, date, paras[0], "\n\n".join(paras)))
    return out
