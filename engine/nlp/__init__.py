"""Our own spaCy pipelines: built from the taxonomy by ``build.py``, loaded once per process."""
