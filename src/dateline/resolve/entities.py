"""Group the model's entity mentions into canonical entities."""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.model import Article, Entity, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc

_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"}


def resolve_entities(doc: "Doc", article: Article) -> list[Entity]:
    """Full name first; a later surname-only PERSON mention joins the full name it ends."""
    entities: list[Entity] = []
    by_key: dict[tuple[str, str], Entity] = {}
    for ent in doc.ents:
        if ent.label_ not in _LABELS:
            continue
        name = ent.text.strip()
        key = (ent.label_, name.lower())
        target = by_key.get(key)
        if target is None and ent.label_ == "PERSON" and " " not in name:
            target = next((e for e in entities if e.label == "PERSON" and e.name.split()[-1] == name), None)
        if target is None:
            target = Entity(id=f"e{len(entities) + 1}", name=name, label=ent.label_)
            entities.append(target)
            by_key[key] = target
        target.mentions.append(Mention(ent.start_char, ent.end_char, ent.text))
    return entities
