"""Signed, expiring, self-contained links: where a click goes and why an ad was shown.

A link carries the facts it needs (a vacancy id; a decision's reasons), never an identifier of
a person, so no per-person record is kept to serve it and a tampered link is refused.
"""

from __future__ import annotations

from typing import Any

from itsdangerous import BadData, URLSafeTimedSerializer

from engine.errors import EngineError


class LinkRefused(EngineError):
    status, code = 404, "link_invalid"


class LinkSigner:
    def __init__(self, secret_key: str, ttl_seconds: int, base_url: str = "") -> None:
        self._click = URLSafeTimedSerializer(secret_key, salt="plainsight.click")
        self._why = URLSafeTimedSerializer(secret_key, salt="plainsight.why")
        self.ttl_seconds = ttl_seconds
        self.base_url = base_url.rstrip("/")

    def click_url(self, vacancy_id: str) -> str:
        return f"{self.base_url}/c/{self._click.dumps({'v': vacancy_id})}"

    def why_url(self, facts: dict[str, Any]) -> str:
        return f"{self.base_url}/why/{self._why.dumps(facts)}"

    def read_click(self, token: str) -> str:
        data = self._load(self._click, token)
        if not isinstance(data, dict) or not isinstance(data.get("v"), str):
            raise LinkRefused("This link is not valid.")
        return data["v"]

    def read_why(self, token: str) -> dict[str, Any]:
        data = self._load(self._why, token)
        if not isinstance(data, dict):
            raise LinkRefused("This link is not valid.")
        return data

    def _load(self, serializer: URLSafeTimedSerializer, token: str) -> Any:
        if len(token) > 4096:
            raise LinkRefused("This link is not valid.")
        try:
            return serializer.loads(token, max_age=self.ttl_seconds)
        except BadData:
            raise LinkRefused("This link is not valid or has expired.") from None
