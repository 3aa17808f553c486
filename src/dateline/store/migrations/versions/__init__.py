"""Migration scripts, oldest first: 0001 tables, 0002 full-text search."""
