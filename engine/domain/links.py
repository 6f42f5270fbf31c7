"""Signed, expiring, self-contained links: where a click goes and why an ad was shown.

A link carries the facts it needs (a vacancy id; a decision's reasons) and the day it expires,
never an identifier of a person, so no per-person record is kept to serve it and a tampered
or expired link is refused. Links are deterministic within a day, so each worker remembers
the ones it signed last instead of signing the same facts again.
"""

from __future__ import annotations

import json
import time
from functools import lru_cache
from typing import Any

from itsdangerous import BadData, URLSafeSerializer

from engine.domain.errors import EngineError

DAY = 86_400


class LinkRefused(EngineError):
    status, code = 404, "link_invalid"


class LinkSigner:
    def __init__(self, secret_key: str, ttl_seconds: int, base_url: str = "",
                 cache_size: int = 8192) -> None:
        self._serializers = {kind: URLSafeSerializer(secret_key, salt=f"plainsight.{kind}")
                             for kind in ("click", "why")}
        self.ttl_days = max(1, ttl_seconds // DAY)
        self.base_url = base_url.rstrip("/")
        self._sign = lru_cache(maxsize=cache_size)(self._sign_uncached)

    def _expiry_day(self) -> int:
        return int(time.time() // DAY) + self.ttl_days

    def _sign_uncached(self, kind: str, facts_json: str, expires: int) -> str:
        return self._serializers[kind].dumps({"f": json.loads(facts_json), "e": expires})

    def click_url(self, vacancy_id: str, topic: str | None = None, slot: str | None = None) -> str:
        """The vacancy, the context topic and the slot: what the aggregate click counters need."""
        facts = {"v": vacancy_id, **({"t": topic} if topic else {}), **({"s": slot} if slot else {})}
        token = self._sign("click", json.dumps(facts), self._expiry_day())
        return f"{self.base_url}/c/{token}"

    def why_url(self, facts: dict[str, Any]) -> str:
        token = self._sign("why", json.dumps(facts, ensure_ascii=False, sort_keys=True), self._expiry_day())
        return f"{self.base_url}/why/{token}"

    def read_click(self, token: str) -> dict[str, str]:
        facts = self._load("click", token)
        if not isinstance(facts.get("v"), str):
            raise LinkRefused("This link is not valid.")
        return {k: v for k, v in facts.items() if k in ("v", "t", "s") and isinstance(v, str)}

    def read_why(self, token: str) -> dict[str, Any]:
        return self._load("why", token)

    def _load(self, kind: str, token: str) -> dict[str, Any]:
        if len(token) > 4096:
            raise LinkRefused("This link is not valid.")
        try:
            data = self._serializers[kind].loads(token)
        except BadData:
            raise LinkRefused("This link is not valid.") from None
        if not isinstance(data, dict) or not isinstance(data.get("f"), dict) or not isinstance(data.get("e"), int):
            raise LinkRefused("This link is not valid.")
        if data["e"] < time.time() // DAY:
            raise LinkRefused("This link has expired.", code="link_expired")
        return data["f"]
