"""Imported by the forkserver (`ProcessPool`) before it forks the first worker.

Workers are forked from the forkserver, so whatever it holds they start with: loading the
model and building the gazetteers here costs one load for the whole pool (on a core the
workers do not need yet, while the main process reads and cleans the first chunks),
instead of one per worker. `gc.freeze()` then moves those objects out of the collector's
reach: workers neither rescan them in full collections nor copy their pages by touching
their reference headers.

Anything going wrong here (no model) must not break the pool: the workers then load what
they need themselves, and the first chunk reports the error in one line as before.
"""
from __future__ import annotations

import gc

try:
    from dateline.scale.work import warm_worker

    warm_worker()
except Exception:  # noqa: BLE001 - see the module docstring
    pass
gc.freeze()
