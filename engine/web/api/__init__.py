"""Thin HTTP views: parse, call the engine, serialise."""

from flask import Flask


def register_blueprints(app: Flask) -> None:
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
        system,
        transparency,
        vacancies,
    )
    from engine.web.studio import bp as studio

    for module in (system, vacancies, ads, links, preferences, pages, openrtb, embed, lint, transparency,
                   oversight, apikeys, quota):
        app.register_blueprint(module.bp)
    app.register_blueprint(studio)
