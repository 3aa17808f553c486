"""The `dateline` command. Every DatelineError becomes one line on stderr and a non-zero exit."""
from __future__ import annotations

import sys

import typer

from dateline.cli.demo_cmd import demo_command
from dateline.cli.eval_cmd import eval_command
from dateline.cli.extract_cmd import extract_command
from dateline.cli.serve_cmd import serve_command
from dateline.cli.events_cmd import events_command
from dateline.cli.export_cmd import export_command
from dateline.cli.ingest_cmd import ingest_command
from dateline.cli.search_cmd import search_command
from dateline.cli.show_cmd import show_command

app = typer.Typer(
    name="dateline",
    help="Read news like an analyst: who did what to whom, when and where, with provenance.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("extract")(extract_command)
app.command("demo")(demo_command)
app.command("eval")(eval_command)
app.command("serve")(serve_command)
app.command("ingest")(ingest_command)
app.command("search")(search_command)
app.command("events")(events_command)
app.command("show")(show_command)
app.command("export")(export_command)


@app.callback()
def _root() -> None:
    """Read news like an analyst: who did what to whom, when and where, with provenance."""


def main() -> None:
    from dateline.errors import DatelineError

    try:
        app()
    except DatelineError as exc:
        print(f"dateline: error: {exc}", file=sys.stderr)
        sys.exit(1)
    except KeyboardInterrupt:
        print("dateline: interrupted", file=sys.stderr)
        sys.exit(130)


if __name__ == "__main__":  # pragma: no cover
    main()
