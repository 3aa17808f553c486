"""Resolve: raw spans -> canonical values (entity clusters, actors, TIMEX3 values, places)."""
