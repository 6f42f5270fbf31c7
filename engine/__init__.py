"""Plainsight: vacancy ads personalised from context and consented preferences, never tracking.

The package is layered; each layer imports only those below it (checked by ``make lint``):

    ops       command-line tools, docs generation, evaluation, gunicorn logging
    web       the Flask app: factory and composition root, views, error handlers, OpenAPI
    jobs      the background page reader (RQ worker)
    services  use cases: render, bid, preview, reports, transparency
    store     everything kept in Redis (the only package that imports redis)
    nlp       the spaCy pipelines and what reads text into concepts
    domain    pure rules and values: postings, signals, ranking, copy, explanations
    config    every setting, read from the environment

``engine.web.app.create_app`` builds an app; see docs/architecture.md.
"""
