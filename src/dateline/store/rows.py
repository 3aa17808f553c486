"""Article record -> rows of the normalised tables (pure functions, no database)."""
from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from dateline.model import Actor, Article, Event
from dateline.store.schema import entity_key

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def day_of(value: str | None) -> str | None:
    """YYYY-MM-DD when `value` (an ISO date/datetime or TIMEX3 value) names a whole day.

    "2018-04", "2018-W15" or "PAST_REF" are not days, so they give None and the caller
    falls back to the publication day.
    """
    m = _DAY.match(value or "")
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError:
        return None


def article_row(article: Article, stored_at: dt.datetime) -> dict[str, Any]:
    record = article.to_dict()
    return {
        "id": article.id,
        "headline": article.headline,
        "published": article.published,
        "published_day": day_of(article.published),
        "publisher": article.publisher,
        "source_format": article.source.format,
        "source_path": article.source.path,
        "source_url": article.source.url,
        "language": article.language,
        "dateline": article.dateline,
        "text": article.text,
        "pipeline_version": article.pipeline_version,
        "record": json.dumps(record, ensure_ascii=False),
        "stored_at": stored_at,
    }


def entity_rows(article: Article) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    ents, ments = [], []
    for ent in article.entities:
        ents.append({"article_id": article.id, "local_id": ent.id, "key": entity_key(ent.name, ent.label),
                     "name": ent.name, "label": ent.label, "country": ent.country, "role": ent.role})
        ments.extend({"article_id": article.id, "local_id": ent.id, "start_char": m.start, "end_char": m.end,
                      "text": m.text} for m in ent.mentions)
    return ents, ments


def timex_rows(article: Article) -> list[dict[str, Any]]:
    return [{"article_id": article.id, "start_char": t.start, "end_char": t.end, "text": t.text,
             "type": t.type, "value": t.value} for t in article.timexes]


def quote_rows(article: Article) -> list[dict[str, Any]]:
    return [{"article_id": article.id, "start_char": q.start, "end_char": q.end, "text": q.text,
             "kind": q.kind, "speaker": q.speaker, "speaker_name": q.speaker_name, "cue": q.cue}
            for q in article.quotes]


def link_rows(article: Article) -> list[dict[str, Any]]:
    return [{"article_id": article.id, "text": link.text, "url": link.url} for link in article.links]


def event_rows(article: Article) -> list[dict[str, Any]]:
    published_day = day_of(article.published)
    return [_event_row(article, i, ev, published_day) for i, ev in enumerate(article.events)]


def _event_row(article: Article, position: int, ev: Event, published_day: str | None) -> dict[str, Any]:
    loc = ev.location
    row = {
        "article_id": article.id,
        "position": position,
        "code": ev.code,
        "root": ev.root,
        "label": ev.label,
        "goldstein": ev.goldstein,
        "quad_class": ev.quad_class,
        "plover": ev.plover,
        "date": ev.date,
        # An event without a whole-day date happened, as far as we know, by publication.
        "day": day_of(ev.date) or published_day,
        "location_name": loc.name if loc else None,
        "location_country": loc.country if loc else None,
        "lat": loc.lat if loc else None,
        "lon": loc.lon if loc else None,
        "evidence_start": ev.evidence.start,
        "evidence_end": ev.evidence.end,
        "trigger_start": ev.trigger.start if ev.trigger else None,
        "trigger_end": ev.trigger.end if ev.trigger else None,
        "confidence": ev.confidence,
        "pattern": ev.pattern,
    }
    row.update(_actor_cols(article, "source", ev.source))
    row.update(_actor_cols(article, "target", ev.target))
    return row


def _actor_cols(article: Article, side: str, actor: Actor) -> dict[str, Any]:
    ent = article.entity(actor.entity) if actor.entity else None
    key = entity_key(ent.name, ent.label) if ent else None
    return {f"{side}_entity": actor.entity, f"{side}_key": key, f"{side}_name": actor.name,
            f"{side}_code": actor.code, f"{side}_country": actor.country, f"{side}_role": actor.role}
