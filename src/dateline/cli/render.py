"""Readable terminal summaries of articles (Rich)."""
from __future__ import annotations

from rich.console import Console
from rich.table import Table

from dateline.model import Article

console = Console()


def render_summary(article: Article) -> None:
    console.rule(f"[bold]{article.headline or '(no headline)'}")
    meta = [f"id {article.id}", f"published {article.published or '?'}"]
    if article.dateline:
        meta.append(f"dateline {article.dateline}")
    if article.byline:
        meta.append("by " + ", ".join(article.byline))
    console.print(" · ".join(meta), style="dim")
    for w in article.warnings:
        console.print(f"[yellow]warning:[/] {w}")
    if article.entities:
        t = Table("entity", "label", "country", "role", "mentions", title="Who and where")
        for e in article.entities:
            t.add_row(e.name, e.label, e.country or "", e.role or "", str(len(e.mentions)))
        console.print(t)
    if article.timexes:
        console.print("[bold]When:[/] " + "; ".join(f"{t.text} = {t.value}" for t in article.timexes))
    for q in article.quotes:
        console.print(f"[bold]{q.speaker_name or '?'}[/] ({q.kind}, {q.cue}): {q.text[:160]}")
    if article.events:
        t = Table("code", "label", "source", "target", "date", "where", title="Events")
        for ev in article.events:
            t.add_row(ev.code, ev.label, ev.source.code or ev.source.name or "", ev.target.code or ev.target.name or "",
                      ev.date or "", ev.location.name if ev.location else "")
        console.print(t)
    for link in article.links:
        console.print(f"[dim]link:[/] {link.text} <{link.url}>")
