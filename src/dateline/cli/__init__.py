"""CLI: thin Typer commands that parse arguments, call one library function and print."""
