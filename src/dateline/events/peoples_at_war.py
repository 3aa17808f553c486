"""role65: a separatist people named alone as the doer of an act in its war is the rebel side.

"The Chechens said they had returned all the weapons", "Chechens ambushed a Russian convoy",
"the Tamils attacked an army camp": in the years of a separatist war (the periods of
data/actors/separatist_peoples.tsv) wire copy names the armed side by the people's plural
alone, and the conventions code it as the state's rebels (RUSREB), as they code "Chechen
fighters". The actor resolver gave the people's word the bare state (RUS), as if Russia acted.
Only the doer of an act that is no protest is read so: "thousands of Tamils demonstrated" are
protesters (OPP, coder), and people killed or arrested may be civilians. A people's plural
outside the war's years, or of another country than the war's, is left as it is.
"""
from __future__ import annotations

from dateline.model import Actor


def _people_word(text: str) -> str:
    """"Chechens" -> "chechen", "Kurds" -> "kurd": the table's demonym of a people's plural."""
    low = text.lower()
    return low[:-1] if low.endswith("s") else ""


def people_at_war(code: str, src: Actor, tgt: Actor, published: str | None) -> Actor:
    """<country>REB for a bare-country doer written as a separatist people's plural in its war's
    years (not in a protest); else `src` unchanged. A target that is the people's state itself,
    bare ("accused Russia", "attacked the town of Argun"), is left to the coder's rules for a bare
    country on itself and a place at home: the rule changes the doer's role, it does not make a
    pair that those rules drop."""
    if src.role or not src.country or src.code != src.country or code[:2] == "14" or not src.name:
        return src
    if tgt.code and not tgt.role and tgt.country == src.country:
        return src
    words = src.name.split()
    if len(words) > 2 or words[0].lower() not in ("the", words[-1].lower()):
        return src  # the people's plural alone ("Chechens", "the Chechens"), not "Chechen Republic"
    from dateline.events.actors import _separatist_table

    rows = _separatist_table().get(_people_word(words[-1]))
    day = (published or "")[:10].replace("-", "")
    if not rows or not day:
        return src
    hit = next((r for r in rows if r[1] <= day <= r[2] and src.country in r[0] and (not r[3] or "REB" in r[3])), None)
    if hit is None:
        return src
    return Actor(src.entity, src.name, src.country + "REB", src.country, "REB")
