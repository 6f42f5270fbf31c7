"""Everything the engine keeps in Redis; the only package that imports redis. Keys: ``keys.py``."""
