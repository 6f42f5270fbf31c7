"""The real app, reached through its public HTTP API only (a Flask test client).

The harness measures what a caller of the API gets, so it keeps working while the internals are
refactored: every request shape the judgments use is written here, once. The app runs on a
throw-away data directory with its own embedded Redis, with the demo catalogue imported through
``POST /v1/vacancies`` (dates shifted to today, as ``make run`` and the docs do).
"""

from __future__ import annotations

import json
import secrets
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

from flask import Flask
from flask.testing import FlaskClient

from engine.domain.consent import CONSENT_TEXT_VERSION, PURPOSE
from engine.domain.jobposting import shift_dates
from engine.ops.docs import DEMO, DEMO_WRITTEN_ON
from engine.web.app import create_app
from engine.web.runtime import Runtime, get_runtime, get_store

# Limits of a public deployment would throttle one client sending a thousand preference sets; the
# harness is that one client, so its app lifts them. No rule of the engine's judgments is touched.
REFRESH_SECONDS = 0.05
OVERRIDES: dict[str, Any] = {"testing": True, "secret_key": "eval", "preferences_rate_limit": "1000000/hour",
                             "anonymous_rate_limit": "1000000/second", "index_refresh_seconds": REFRESH_SECONDS}
CONSENT = {"given": True, "purpose": PURPOSE, "text_version": CONSENT_TEXT_VERSION}
INDEX_WAIT_SECONDS = 30.0


class EngineApi:
    """The requests the judgments make, each returning what the API answered (status and body)."""

    def __init__(self, app: Flask, admin: str) -> None:
        self.app = app
        self.client: FlaskClient = app.test_client()
        self._admin = {"Authorization": f"Bearer {admin}"}

    @classmethod
    @contextmanager
    def started(cls, *, demo: bool = True) -> Iterator[EngineApi]:
        """An app on a fresh data directory (with the demo catalogue), stopped and removed after."""
        with tempfile.TemporaryDirectory(prefix="plainsight-eval-") as data_dir:
            admin = secrets.token_urlsafe(24)
            app = create_app({**OVERRIDES, "data_dir": data_dir, "admin_token": admin})
            api = cls(app, admin)
            try:
                if demo:
                    api.import_demo()
                yield api
            finally:
                get_runtime(app).close()  # the background writers flush and stop first,
                get_store(app).shutdown()  # then the embedded Redis goes, before its folder does

    @property
    def runtime(self) -> Runtime:
        """For engine.ops.evaluation's nDCG functions, which take the composition root."""
        return get_runtime(self.app)

    def post(self, path: str, body: Any, admin: bool = False) -> tuple[int, Any]:
        response = self.client.post(path, json=body, headers=self._admin if admin else None)
        return response.status_code, response.get_json(silent=True)

    def get(self, path: str, admin: bool = False) -> tuple[int, Any]:
        response = self.client.get(path, headers=self._admin if admin else None)
        return response.status_code, response.get_json(silent=True)

    def import_demo(self) -> None:
        """The demo catalogue, moved to today so none of its live postings has expired."""
        payload = shift_dates(json.loads(DEMO.read_text(encoding="utf-8")), date.today() - DEMO_WRITTEN_ON)
        status, body = self.import_postings(payload)
        if status != 200 or not body.get("imported"):
            raise RuntimeError(f"the demo catalogue was not imported: {status} {body}")

    def import_postings(self, payload: Any) -> tuple[int, Any]:
        """``POST /v1/vacancies``, then wait until this worker's index serves the new version, so the
        next request sees the import (the index refreshes itself on a request after a short while)."""
        before = self._catalogue_version()
        status, body = self.post("/v1/vacancies", payload, admin=True)
        if status == 200 and body.get("imported"):
            self._wait_for_index(before)
        return status, body

    def _catalogue_version(self) -> int:
        _, health = self.get("/healthz")
        return int(health.get("catalogue_version") or 0)

    def _wait_for_index(self, before: int) -> None:
        deadline = time.monotonic() + INDEX_WAIT_SECONDS
        while self._catalogue_version() == before:
            if time.monotonic() > deadline:
                raise RuntimeError("the index did not pick up the import in time")
            time.sleep(REFRESH_SECONDS)

    def render(self, body: dict[str, Any]) -> tuple[int, list[dict[str, Any]]]:
        """The ads of ``POST /v1/render`` (none unless 200), with the status."""
        status, answer = self.post("/v1/render", body)
        return status, ((answer or {}).get("ads", []) if status == 200 else [])

    def match(self, body: dict[str, Any]) -> tuple[int, list[str]]:
        """The vacancy order of ``POST /v1/match`` (none unless 200), with the status."""
        status, answer = self.post("/v1/match", body)
        return status, ([m["vacancy_id"] for m in (answer or {}).get("matches", [])] if status == 200 else [])

    def bid(self, request: dict[str, Any]) -> int:
        """The status of ``POST /openrtb2/bid``: 200 is a bid, 204 no bid."""
        return self.client.post("/openrtb2/bid", json=request, headers={"x-openrtb-version": "2.6"}).status_code

    def lint(self, text: str, language: str) -> list[dict[str, Any]]:
        """The findings of ``POST /v1/lint``; any other answer is a broken harness, not a figure."""
        status, answer = self.post("/v1/lint", {"text": text, "language": language})
        if status != 200:
            raise RuntimeError(f"POST /v1/lint answered {status}: {answer}")
        return list(answer["findings"])

    def store_preferences(self, preferences: dict[str, Any]) -> tuple[int, dict[str, Any] | None, str | None]:
        """Store with consent and read back: (status, the stored preferences or None, error code)."""
        status, answer = self.post("/v1/preferences", {"preferences": preferences, "consent": CONSENT})
        if status != 201:
            return status, None, ((answer or {}).get("error") or {}).get("code")
        read_status, export = self.get(f"/v1/preferences/{answer['token']}")
        if read_status != 200:
            raise RuntimeError(f"GET /v1/preferences/<token> answered {read_status}")
        return status, dict(export.get("preferences") or {}), None

    def vacancy_concepts(self, vacancy_id: str) -> list[dict[str, Any]] | None:
        """The concepts the engine found in a stored vacancy, or None when it is not stored."""
        status, answer = self.get(f"/v1/vacancies/{vacancy_id}", admin=True)
        return list(answer.get("concepts") or []) if status == 200 else None
