"""Events stage: spaCy Doc + Article (entities, timexes) -> CAMEO-coded events with evidence spans."""
from __future__ import annotations

from dateline.events.coder import code_events

__all__ = ["code_events"]
