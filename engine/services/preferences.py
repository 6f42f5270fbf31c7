"""Candidate-owned preferences: create (with consent, rate limited), export, change, erase.

Shared by the JSON API and the no-JavaScript pages, so both apply the same rules: consent
first, statements about the person dropped from the interests, nothing kept without a token.
"""

from __future__ import annotations

from typing import Any, cast

from engine.domain.errors import EngineError, NotFound
from engine.domain.signals import PreferencesCreate, PreferencesIn, PreferencesPatch, preferences_from, validate
from engine.store.preferences import PreferenceStore
from engine.store.ratelimit import AnonymousLimiter

FIELDS = ("interests", "location", "hours", "remote", "language")
GONE = "No preferences for this token: unknown, expired or erased."


class RateLimited(EngineError):
    status, code = 429, "rate_limited"


class PreferenceService:
    def __init__(self, *, store: PreferenceStore, limiter: AnonymousLimiter, public_url: str) -> None:
        self.store = store
        self.limiter = limiter
        self.public_url = public_url

    def create(self, body: Any, client_address: str, default_language: str = "nl") -> dict[str, Any]:
        """Validate, check consent, count against the sender's (hashed) address, then store."""
        parsed = validate(PreferencesCreate, body)
        self.store.check_consent(parsed.consent.model_dump() if parsed.consent else None)
        if not self.limiter.hit(client_address):
            raise RateLimited("Too many preference sets from here; try again later.")
        prefs, dropped = preferences_from(parsed.preferences)
        language = parsed.language or prefs.language or default_language
        token, record = self.store.create(prefs, language)
        return {"token": token, "expires_at": record.expires_at, "receipt": record.receipt,
                "manage_url": f"{self.public_url}/preferences/mine?token={token}",
                "dropped_statements": list(dropped), "preferences": record.export()["preferences"]}

    def find(self, token: str) -> dict[str, Any] | None:
        """Everything stored for the token, or None when there is nothing (any more)."""
        stored = self.store.get(token)
        return stored.export() if stored is not None else None

    def export(self, token: str) -> dict[str, Any]:
        found = self.find(token)
        if found is None:
            raise NotFound(GONE, "token")
        return found

    def update(self, token: str, body: Any) -> dict[str, Any]:
        """Change the fields the body names (the API's PATCH); the others stay."""
        parsed = validate(PreferencesPatch, body)
        changes: dict[str, Any] = {}
        dropped: tuple[str, ...] = ()
        if parsed.preferences is not None:
            cleaned, dropped = preferences_from(parsed.preferences)
            changes = {name: getattr(cleaned, name) for name in parsed.preferences.model_fields_set}
        stored = self.store.update(token, changes, renew=parsed.renew)
        return {**stored.export(), "dropped_statements": list(dropped)}

    def replace(self, token: str, prefs: dict[str, Any], renew: bool) -> tuple[dict[str, Any], tuple[str, ...]]:
        """Replace every field (the page's form: a cleared field is erased); what is stored now and
        the kinds of statement dropped."""
        parsed = validate(PreferencesPatch, {"preferences": prefs, "renew": renew})
        cleaned, dropped = preferences_from(cast(PreferencesIn, parsed.preferences))  # a dict in: never None
        changes = {name: getattr(cleaned, name) for name in FIELDS}
        return self.store.update(token, changes, renew=parsed.renew).export(), dropped

    def erase(self, token: str) -> None:
        if not self.store.delete(token):
            raise NotFound(GONE, "token")
