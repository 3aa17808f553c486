"""Article records in, queries out: one Store over SQLite (default) or PostgreSQL."""
from dateline.store.filters import Filters
from dateline.store.results import (
    ArticleSummary,
    Counts,
    EntityArticle,
    EntityProfile,
    EntitySummary,
    EventRow,
    Network,
    NetworkEdge,
    NetworkNode,
    Page,
    PutResult,
    TimelineDay,
)
from dateline.store.schema import entity_key
from dateline.store.store import MAX_LIMIT, Store
from dateline.store.url import database_url

__all__ = [
    "ArticleSummary", "Counts", "EntityArticle", "EntityProfile", "EntitySummary", "EventRow", "Filters",
    "MAX_LIMIT", "Network", "NetworkEdge", "NetworkNode", "Page", "PutResult", "Store", "TimelineDay",
    "database_url", "entity_key",
]
