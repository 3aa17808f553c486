"""Scale: the same Pipeline on all local cores (one model per process) or on a Dask cluster."""
