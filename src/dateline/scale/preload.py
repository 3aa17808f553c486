"""Imported by the forkserver (`ProcessPool`) before it forks the first worker.

Workers are forked from the forkserver, so whatever it holds they start with: loading the
model and building the gazetteers here costs one load for the whole pool (on a core the
workers do not need yet, while the main process reads and cleans the first chunks),
instead of one per worker. `gc.freeze()` then moves those objects out of the collector's
reach: workers neither rescan them in full collections nor copy their pages by touching
their reference headers.

The collector does not run while the preload runs (perfrest56): importing spaCy, loading the
model and unpickling the gazetteer allocate about 250,000 long-lived objects, and the
collections they triggered (about 650, three of them full) took 0.35-0.5 s of the preload's
1.8-2.4 s CPU while finding next to nothing to free (about 600 objects of garbage; a
`gc.collect()` before the freeze costs 0.15 s and is not worth it). Everything is frozen right
after anyway, and the thresholds are back before any worker is forked. A threshold of 0 rather
than `gc.disable()`: spaCy's model loader (srsly's msgpack reader) calls `gc.enable()` when it
is done, which undid a `gc.disable()` here.

Anything going wrong here (no model) must not break the pool: the workers then load what
they need themselves, and the first chunk reports the error in one line as before.
"""
from __future__ import annotations

import gc

_thresholds = gc.get_threshold()
gc.set_threshold(0)  # no automatic collection (see above)
try:
    from dateline.scale.work import warm_worker

    warm_worker()
except Exception:  # noqa: BLE001 - see the module docstring
    pass
finally:
    gc.freeze()
    gc.set_threshold(*_thresholds)
