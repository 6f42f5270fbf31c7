"""Preferences a candidate chose to give, with consent: stored under a keyed hash of a random
token, expiring by themselves, exportable and erasable at once (GDPR Art. 5, 7, 15-17, 25).

Only ``HMAC(key, token)`` is stored, so a copy of the store does not hand out access; the
record holds the preferences and a consent receipt, and no identifier of the person.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from engine.domain.consent import CONSENT_TEXT_VERSION, LAWFUL_BASIS, PURPOSE
from engine.domain.errors import EngineError, NotFound, ValidationFailed
from engine.domain.signals import Preferences
from engine.store.client import RedisClient
from engine.store.keys import Keys

TOKEN_BYTES = 24  # 192 bits


class ConsentMissing(EngineError):
    status, code = 422, "consent_required"


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


@dataclass(frozen=True)
class StoredPreferences:
    preferences: Preferences
    receipt: dict[str, Any]
    created_at: str
    updated_at: str
    expires_at: str

    def export(self) -> dict[str, Any]:
        """Everything stored for the token (Art. 15, 20). Which kinds of statement were dropped is
    told once, in the response that dropped them, and never stored."""
        return {"preferences": {k: v for k, v in asdict(self.preferences).items() if v is not None},
                "receipt": self.receipt, "created_at": self.created_at, "updated_at": self.updated_at,
                "expires_at": self.expires_at}


class PreferenceStore:
    def __init__(self, client: RedisClient, secret_key: str, retention_days: int) -> None:
        self.client = client
        self._key = hmac.new(secret_key.encode(), b"plainsight.preferences.token", hashlib.sha256).digest()
        self.retention = timedelta(days=retention_days)

    def _digest(self, token: str) -> str:
        return hmac.new(self._key, token.encode(), hashlib.sha256).hexdigest()

    @staticmethod
    def check_consent(consent: dict[str, Any] | None) -> None:
        if not consent or consent.get("given") is not True:
            raise ConsentMissing("Preferences are only kept with consent: send consent.given = true.",
                                 "consent.given")
        if consent.get("purpose") != PURPOSE:
            raise ValidationFailed(f"consent.purpose must be {PURPOSE!r}", "consent.purpose")
        if consent.get("text_version") != CONSENT_TEXT_VERSION:
            raise ValidationFailed(f"consent.text_version must be {CONSENT_TEXT_VERSION!r}, the text shown",
                                   "consent.text_version")

    def receipt(self, language: str, given_at: datetime, expires_at: datetime) -> dict[str, Any]:
        return {"purpose": PURPOSE, "text_version": CONSENT_TEXT_VERSION, "language": language,
                "lawful_basis": LAWFUL_BASIS, "given_at": given_at.isoformat(),
                "expires_at": expires_at.isoformat(), "retention_days": self.retention.days,
                "withdraw": "DELETE /v1/preferences/<token> or the erase button of the personal link"}

    def create(self, prefs: Preferences, language: str) -> tuple[str, StoredPreferences]:
        token = secrets.token_urlsafe(TOKEN_BYTES)
        now = _now()
        expires = now + self.retention
        record = StoredPreferences(prefs, self.receipt(language, now, expires), now.isoformat(),
                                   now.isoformat(), expires.isoformat())
        self._write(self._digest(token), record, nx=True)
        return token, record

    def _write(self, digest: str, record: StoredPreferences, nx: bool = False, keep_ttl: bool = False) -> None:
        payload = json.dumps({"digest": digest, **record.export()}, ensure_ascii=False)
        ttl = max(1, int((datetime.fromisoformat(record.expires_at) - _now()).total_seconds()))
        if keep_ttl:
            self.client.set(Keys.preferences(digest), payload, keepttl=True, xx=True)
        else:
            self.client.set(Keys.preferences(digest), payload, ex=ttl, nx=nx)

    def get(self, token: str) -> StoredPreferences | None:
        if not isinstance(token, str) or not 16 <= len(token) <= 64:
            return None
        digest = self._digest(token)
        raw = self.client.get(Keys.preferences(digest))
        if raw is None:
            return None
        data = json.loads(raw)
        if not hmac.compare_digest(data.get("digest", ""), digest):
            return None
        return StoredPreferences(Preferences(**data["preferences"]), data["receipt"], data["created_at"],
                                 data["updated_at"], data["expires_at"])

    def lookup(self, token: str) -> Preferences | None:
        stored = self.get(token)
        return stored.preferences if stored else None

    def update(self, token: str, changes: dict[str, Any], renew: bool) -> StoredPreferences:
        current = self.get(token)
        if current is None:
            raise NotFound("No preferences for this token: unknown, expired or erased.", "token")
        merged = {**asdict(current.preferences), **changes}
        now = _now()
        receipt, expires_at = current.receipt, current.expires_at
        if renew:  # renewing is an explicit act, never a side effect of use
            expires = now + self.retention
            receipt = {**self.receipt(receipt["language"], now, expires), "renewed": True}
            expires_at = expires.isoformat()
        record = StoredPreferences(Preferences(**merged), receipt, current.created_at, now.isoformat(),
                                   expires_at)
        self._write(self._digest(token), record, keep_ttl=not renew)
        return record

    def delete(self, token: str) -> bool:
        if not isinstance(token, str) or not 16 <= len(token) <= 64:
            return False
        return bool(self.client.delete(Keys.preferences(self._digest(token))))
