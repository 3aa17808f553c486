"""Our own pass over an HTML page's body, for what trafilatura lets through.

Two layers. Before extraction, `PRUNE_XPATHS` drops page regions whose class or id names
them as share bars, newsletter boxes or related-article lists: the markup says what they
are more reliably than their text. After extraction, `clean_body` drops single lines that
are such widgets by their wording (a short "Read more: ..." line, "Sign up for our
newsletter"), keeping any link they carried for `Article.links`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

# class/id fragments used by publishing systems for non-article widgets. Matched on
# whole hyphen/underscore-separated words via contains(): "share" also hits "shareBar",
# which is what we want; words that also name article parts ("content", "story") are absent.
_WIDGET_WORDS = ("share-", "social-", "newsletter", "related-", "recommended", "signup", "sign-up",
                 "subscribe", "most-popular", "mostpopular", "outbrain", "taboola", "read-more", "readmore")
PRUNE_XPATHS = [
    "//*[self::div or self::section or self::aside or self::ul or self::nav]"
    "[" + " or ".join(f"contains(translate(@class,'ABCDEFGHIJKLMNOPQRSTUVWXYZ_','abcdefghijklmnopqrstuvwxyz-'),'{w}')"
                      f" or contains(translate(@id,'ABCDEFGHIJKLMNOPQRSTUVWXYZ_','abcdefghijklmnopqrstuvwxyz-'),'{w}')"
                      for w in _WIDGET_WORDS) + "]"
    # Only small regions: a page-wide wrapper may carry "has-share-bar" in its class list,
    # and pruning it would take the article with it. Widgets hold a few lines of text.
    "[string-length(normalize-space(.)) < 1000]",
]

_URL = re.compile(r"https?://\S+")
_TOKENS = re.compile(r"\w+")
# A related-article line: a label then a title (and maybe a URL). Short, by construction.
_RELATED = re.compile(
    r"^(?:related(?: articles?| stories| coverage| content)?|read more|read also|also read|see also|"
    r"more on this(?: story)?|recommended(?: for you)?|you may also like|most read|watch)\s*[:|»›>\-–—]\s*(?P<rest>.+)$",
    re.I,
)
# Whole-line widget texts. Each alternative is a complete line, so a sentence that merely
# contains "newsletter" or "share" is never touched.
_WIDGET = re.compile(
    r"^(?:advertisement|advert|sponsored(?: content)?|skip (?:to main )?content|listen to (?:this )?article"
    r"|share(?: this)?(?: article| story| on \w+)?|copy link|print(?: this)?(?: article)?|email(?: this)?"
    r"|(?:sign up|subscribe)(?: now)?(?: to| for)? (?:our|the) [\w ]*newsletters?.*"
    r"|follow us on [\w ,&]+|click here to .{0,80}|comments?|(?:\d+ )?comments?"
    r"|(?:facebook|twitter|whatsapp|linkedin|reddit|telegram|pinterest)(?: ?[·|,] ?\w+)*)[.!:]?$",
    re.I,
)
# A picture credit standing alone on a line (the caption has already gone with <figure>).
_CREDIT = re.compile(
    r"^(?:\(?(?:photo|image|picture|photograph|file photo|credit)s?(?: credit)?\s*[:/]\s*.{2,80}\)?"
    r"|\((?:AP|AFP|Reuters|EPA|Getty)(?: Photo)?/[^)]{2,60}\))$",
    re.I,
)


@dataclass
class CleanBody:
    """The article paragraphs (blank-line separated) and what was lifted out of them."""

    text: str
    links: list[dict[str, str]] = field(default_factory=list)
    credit: str | None = None


def clean_body(text: str, headline: str | None = None) -> CleanBody:
    """trafilatura's one-paragraph-per-line text -> paragraphs joined by blank lines.

    Related-article lines become links, the first stand-alone picture credit is kept as
    the credit, share/newsletter widgets are dropped, and so is a first line repeating the
    headline (trafilatura keeps an <h1> inside <article>; the headline has its own field).
    """
    out = CleanBody(text="")
    paras: list[str] = []
    for line in text.splitlines():
        line = " ".join(line.split())
        if not line:
            continue
        kind = classify_line(line)
        if kind == "related":
            out.links.append(_as_link(line))
        elif kind == "credit":
            out.credit = out.credit or line.strip("()")
        elif kind is None:
            paras.append(line)
    if paras and headline and _same_text(paras[0], headline):
        paras.pop(0)
    out.text = "\n\n".join(paras)
    return out


def _same_text(a: str, b: str) -> bool:
    return _TOKENS.findall(a.lower()) == _TOKENS.findall(b.lower())


def classify_line(line: str) -> str | None:
    """'related', 'widget' or 'credit' for a line to drop, None for article text."""
    if len(line) > 300:  # widgets are short; long lines are prose whatever they start with
        return None
    if _RELATED.match(line) and not line.rstrip().endswith((".", '"', "”")) or _is_bare_url(line):
        return "related"
    if _WIDGET.match(line):
        return "widget"
    if _CREDIT.match(line):
        return "credit"
    return None


def _is_bare_url(line: str) -> bool:
    return bool(_URL.fullmatch(line))


def _as_link(line: str) -> dict[str, str]:
    m = _RELATED.match(line)
    rest = m.group("rest") if m else line
    url_m = _URL.search(rest)
    url = url_m.group(0).rstrip(").,") if url_m else ""
    title = _URL.sub("", rest).strip(" -–—|:") if url_m else rest.strip()
    return {"text": title, "url": url}


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
# Elements after which a reader sees a paragraph break.
_BLOCKS = frozenset("p div section article blockquote li ul ol h1 h2 h3 h4 h5 h6 table tr td th pre figure "
                    "header footer".split())


def fragment_text(fragment: str) -> str:
    """An HTML fragment (a feed item's content) -> paragraphs separated by blank lines.

    A small converter rather than trafilatura: a feed item is already the article (or its
    summary), so there is no boilerplate to find, only markup to drop. Callers check the
    nesting depth first (depth.py), as for whole pages.
    """
    import lxml.html
    from lxml import etree

    fragment = _CONTROL.sub("", fragment)  # lxml refuses text with control characters
    if "<" not in fragment:
        return "\n\n".join(p.strip() for p in fragment.split("\n\n") if p.strip())
    try:
        root = lxml.html.fromstring(f"<div>{fragment}</div>")
    except (etree.ParserError, ValueError):
        return ""
    for bad in root.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag == "br":
            el.tail = "\n" + (el.tail or "")
        elif el.tag in _BLOCKS:
            el.text = "\n\n" + (el.text or "")
            el.tail = "\n\n" + (el.tail or "")
    text = root.text_content()
    paras = []
    for block in re.split(r"\n[ \t\r\f\v]*\n", text):  # <br> stays a single line break
        lines = (" ".join(ln.split()) for ln in block.split("\n"))
        para = "\n".join(ln for ln in lines if ln)
        if para:
            paras.append(para)
    return "\n\n".join(paras)


# Captions and credit boxes: trafilatura drops figures, so the credit is looked up here.
_CAPTION_OPEN = re.compile(
    r"<(?:figcaption|(?:span|div|p|small|cite)[^<>]*class=[\"'][^\"'<>]*(?:credit|caption)[^\"'<>]*[\"'])[^<>]*>",
    re.I)
_CREDIT_IN_CAPTION = re.compile(
    r"\(?(?:(?:photo|image|picture|photograph|file photo)s?(?: credit)?\s*:\s*[^()<>\n]{2,80}?"
    r"|(?:AP|AFP|Reuters|EPA|Getty)(?: Photo)?/[^()<>\n]{2,60}?)\)?\s*$",
    re.I)
_TAGS = re.compile(r"<[^<>]+>")


def find_credit(page: str) -> str | None:
    """The first picture credit in a caption or credit element ("Photo: Name / Agency").

    Only the credit formula at the end of a caption counts, so a caption's description
    ("Officials at the signing ceremony.") never becomes the credit.
    """
    import html as html_lib

    head = page[:500_000]
    for m in _CAPTION_OPEN.finditer(head):
        # str.find with a bound, not a lazy regex: a page of unclosed captions stays linear
        end = head.find("</", m.end(), m.end() + 2000)
        if end < 0:
            continue
        text = " ".join(html_lib.unescape(_TAGS.sub(" ", head[m.end():end])).split())
        credit = _CREDIT_IN_CAPTION.search(text)
        if credit:
            return credit.group(0).strip(" ()")
    return None
