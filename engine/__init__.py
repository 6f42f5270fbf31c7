"""Plainsight: vacancy ads personalised from context and consented preferences, never tracking."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from flask import Flask

TEMPLATES_DIR = Path(__file__).resolve().parent.parent / "templates"


def create_app(config: Mapping[str, Any] | None = None) -> Flask:
    """Build an app; ``config`` (setting names of ``engine.config.Settings``) overrides the env."""
    from engine import cli, errors, metrics, runtime, store, web
    from engine.api import register_blueprints
    from engine.config import load_settings

    settings = load_settings(config)
    app = Flask(__name__, template_folder=str(TEMPLATES_DIR), static_folder="static", static_url_path=None)
    app.config.update(TESTING=settings.testing, MAX_CONTENT_LENGTH=web.MANAGEMENT_BODY_LIMIT,
                      JSON_SORT_KEYS=False)
    app.json.ensure_ascii = False
    app.json.sort_keys = False
    if settings.testing:  # a template that names a missing value fails the test instead of printing ""
        from jinja2 import StrictUndefined

        app.jinja_env.undefined = StrictUndefined
    app.extensions["plainsight.settings"] = settings
    errors.init_app(app)
    web.init_app(app)
    store.init_app(app, settings)
    runtime.init_app(app, settings)
    metrics.init_app(app, settings)
    register_blueprints(app)
    cli.init_app(app)
    return app
