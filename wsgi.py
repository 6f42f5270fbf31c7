"""The WSGI entry point: ``gunicorn -c gunicorn.conf.py wsgi:app``."""

from engine.web.app import create_app

app = create_app()
