"""The Flask side: app factory and composition root, views, error handlers, OpenAPI, hygiene."""
