"""Serve: the REST API and the web UI, thin handlers over the Store."""
from dateline.serve.app import create_app

__all__ = ["create_app"]
