"""CAMEO codebook facts: name, Goldstein value, quad class and PLOVER type of every code.

The table (data/cameo/codebook.tsv) is generated from the public GDELT lookups and the
CAMEO2PLOVER conversion table by scripts/gen_cameo_codebook.py; this module only reads it.
It also knows the two CAMEO-internal mappings the coder needs: an act's "intent" code
(03x, "agreed to visit" -> 036) and its "threat" code (13x, "vowed to attack" -> 1384).
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True)
class CodeInfo:
    code: str
    name: str
    goldstein: float
    root: str
    quad_class: int
    plover: str | None


@functools.lru_cache(maxsize=1)
def codebook() -> dict[str, CodeInfo]:
    """Every CAMEO code (2-4 digits) -> its facts; loaded once per process."""
    text = resources.files("dateline").joinpath("data/cameo/codebook.tsv").read_text(encoding="utf-8")
    table: dict[str, CodeInfo] = {}
    for line in text.splitlines():
        if not line or line.startswith("#") or line.startswith("code\t"):
            continue
        code, name, gold, root, quad, plover, *_ = line.split("\t") + [""]
        table[code] = CodeInfo(code, name, float(gold), root, int(quad), plover or None)
    return table


def info(code: str) -> CodeInfo:
    """Facts for `code`; an unknown code raises KeyError (a dictionary typo, caught by tests)."""
    return codebook()[code]


def is_code(code: str) -> bool:
    return code in codebook()


# "X agreed / plans / promised to <act>": CAMEO codes the intention (03x), not the act.
# Keyed by the act's code prefix, most specific first (see CAMEO 1.1b3, section 03).
_INTENT = {
    "045": "039", "04": "036", "057": "030", "05": "032",
    "061": "0311", "062": "0312", "063": "0313", "064": "0314", "06": "031",
    "071": "0331", "072": "0332", "073": "0333", "074": "0334", "07": "033",
    "081": "0351", "082": "0352", "083": "034", "084": "0353", "085": "0354",
    "086": "0355", "087": "0356", "08": "035",
    "03": None,  # already an intent: keep the code itself
}
# "X threatened / vowed to <hostile act>": the threat (13x), per CAMEO's 13 section.
_THREAT = {
    "14": "133", "15": "138", "161": "1313", "162": "1311", "163": "1312", "164": "134",
    "165": "135", "166": "136", "16": "131", "172": "132", "175": "137", "17": "130",
    "18": "1383", "191": "1381", "192": "1382", "19": "1384", "204": "1385", "20": "138",
    "129": "130", "12": "131", "11": "130", "10": "130",  # stmt12: a veto promised is a threat (130, training gold)
}


def _by_prefix(code: str, table: dict[str, str | None]) -> str | None:
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return table[code[:n]] or code
    return None


def intent_code(code: str) -> str | None:
    """The 03x code for intending `code`; None when CAMEO has no intent form (then not coded)."""
    if code[:2] in ("01", "02", "13"):
        return code
    if code[:2] == "12" and code != "129":
        return code  # stmt12: "said it would reject the plan" announces the rejection itself (120, training gold)
    return _by_prefix(code, _INTENT) or (threat_code(code) if info(code).quad_class >= 3 else None)


def threat_code(code: str) -> str | None:
    """The 13x code for threatening `code`; None for cooperative acts."""
    if code[:2] == "13":
        return code
    return _by_prefix(code, _THREAT)
