"""Studio accounts: sign in (throttled per name) and out, and the users the CLI manages.

The session cookie itself is the web layer's; this holds what a session means: who signed in,
in which language, and the audit entry for each sign-in and sign-out.
"""

from __future__ import annotations

from engine.domain.errors import EngineError, Unauthorized
from engine.store.accounts import Accounts, Session
from engine.store.audit import AuditTrail
from engine.store.ratelimit import AnonymousLimiter


class AccountService:
    def __init__(self, *, store: Accounts, limiter: AnonymousLimiter, audit: AuditTrail) -> None:
        self.store = store
        self.limiter = limiter
        self.audit = audit

    @property
    def session_seconds(self) -> int:
        return self.store.session_seconds

    def sign_in(self, name: str, password: str, language: str) -> str:
        """A new session's id; 429 while ``name`` is throttled, 401 (counted) for wrong credentials."""
        if not self.limiter.allows(name):
            raise EngineError("too many sign-in attempts", "name", code="rate_limited", status=429)
        user = self.store.authenticate(name, password) if name and password else None
        if user is None:
            self.limiter.hit(name)
            raise Unauthorized("wrong name or password", "name")
        session_id = self.store.open_session(user, language)
        self.audit.record(user, "sign_in", user)
        return session_id

    def sign_out(self, session_id: str, user: str) -> None:
        self.store.close_session(session_id)
        self.audit.record(user, "sign_out", user)

    def session(self, session_id: str | None) -> Session | None:
        return self.store.session(session_id)

    def set_language(self, session_id: str, language: str) -> None:
        self.store.set_language(session_id, language)

    def add_user(self, name: str, password: str, who: str) -> None:
        """Create an account, or reset its password (names and passwords are checked first)."""
        self.store.add_user(name, password, who)

    def remove_user(self, name: str, who: str) -> bool:
        return self.store.remove_user(name, who)

    def users(self) -> list[str]:
        return self.store.users()
