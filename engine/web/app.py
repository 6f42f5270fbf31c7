"""The app factory: settings, the error contract, hygiene, the store, the composition root,
metrics, blueprints and CLI, in that order. No I/O happens at import time."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask import Flask, g
from jinja2 import StrictUndefined
from jinja2.runtime import Context

from engine.config import TEMPLATES_DIR, load_settings
from engine.domain import i18n
from engine.web import cli, errors, hygiene, metrics, runtime
from engine.web.api import (
    ads,
    apikeys,
    embed,
    links,
    lint,
    openrtb,
    oversight,
    pages,
    preferences,
    quota,
    start,
    system,
    transparency,
    vacancies,
)
from engine.web.studio import auth, bidding, catalogue, control, copy_templates, previews, reports, session, slots
from engine.web.studio.blueprint import bp as studio

API_BLUEPRINTS = (system, vacancies, ads, links, preferences, pages, openrtb, embed, lint, transparency,
                  oversight, apikeys, quota, start)
# each registers on ``studio``
STUDIO_VIEWS = (auth, bidding, catalogue, control, copy_templates, previews, reports, session, slots)


def create_app(config: Mapping[str, Any] | None = None) -> Flask:
    """Build an app; ``config`` (setting names of ``engine.config.Settings``) overrides the env."""
    settings = load_settings(config)
    app = Flask("engine.web", template_folder=str(TEMPLATES_DIR), static_folder="static", static_url_path=None)
    app.config.update(TESTING=settings.testing, MAX_CONTENT_LENGTH=hygiene.MANAGEMENT_BODY_LIMIT,
                      JSON_SORT_KEYS=False)
    app.json.ensure_ascii = False  # type: ignore[attr-defined]  # DefaultJSONProvider's settings
    app.json.sort_keys = False  # type: ignore[attr-defined]
    if settings.testing:  # a template that names a missing value fails the test instead of printing ""
        app.jinja_env.undefined = StrictUndefined
    i18n.install(app.jinja_env, text_language)
    app.extensions["plainsight.settings"] = settings
    errors.init_app(app)
    hygiene.init_app(app)
    built = runtime.init_app(app, settings)
    metrics.init_app(app, settings, built)
    for module in API_BLUEPRINTS:
        app.register_blueprint(module.bp)
    app.register_blueprint(studio)
    cli.init_app(app)
    return app


def text_language(context: Context) -> str:
    """The studio speaks its user's language (``g.lang``); every other page the ``language`` it
    is rendered in (the reader's, or on "why this ad?" the ad's)."""
    if context.name and context.name.startswith("studio/"):
        return g.get("lang", "nl")
    return context["language"]
