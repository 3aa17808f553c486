"""Bills sent or presented to a legislature (frame69, docs/evaluation/events-frame69.md).

The round-67 Reuters annotators code a government sending a bill to the legislature as an appeal
to it (020, annr67c: "would send to Congress proposed legislation", "presented parliament with a
new law"); the verb dictionary's frame69 lines read it. The same words also tell the routine of
law-making that is no appeal: Congress sending a passed bill to the president for signature, one
chamber sending it to the other, a minister presenting a draft to his own cabinet. Only a bill
that goes from outside the legislature TO a legislature stays coded.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dateline.model import Event

#: The verbs.txt frame69 lines this module judges.
BILL_LINES = ("020  send|submit|present +bill|legislation|law >to|dative", "020  present with:bill|legislation|law >obj")


def routine_bill(ev: "Event") -> bool:
    """True for a bill line's event whose target is no legislature or whose source is one."""
    line = " ".join((ev.pattern or "").split())
    if not any(line.endswith(" ".join(x.split())) for x in BILL_LINES):
        return False
    return ev.target.role != "LEG" or ev.source.role == "LEG"
