"""Background work outside the request path: the page reader (RQ worker)."""
