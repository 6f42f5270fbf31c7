"""Signing a test client in to the studio, as a browser would."""

from __future__ import annotations

import re

from flask.testing import FlaskClient

from tests.conftest import ADMIN_TOKEN

HTML = {"Accept": "text/html"}


def sign_in(client: FlaskClient, name: str = "admin", password: str = ADMIN_TOKEN) -> str:
    """Sign in; returns the session's CSRF token (read from a page, as a form would)."""
    response = client.post("/studio/login", data={"name": name, "password": password}, headers=HTML)
    assert response.status_code == 303, response.data[:500]
    page = client.get("/studio/", headers=HTML)
    assert page.status_code == 200
    return re.search(r'name="csrf" value="([^"]+)"', page.data.decode()).group(1)
