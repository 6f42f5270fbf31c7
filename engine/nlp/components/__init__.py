"""spaCy components of the Plainsight pipelines (no Flask imports here)."""
