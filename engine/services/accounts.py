"""Studio accounts: sign in (throttled per name) and out, and the users the CLI manages.

The session cookie itself is the web layer's; this holds what a session means: who signed in,
in which language, and the audit entry for each sign-in and sign-out.

Failed sign-ins are limited per account name, never per address. A limit per name alone lets
anyone lock an account out by guessing; so a browser that signed in to the account before (its
cookie outlives the session: OWASP's device cookie) is exempt from the name's limit and has a
limit of its own instead. Guessing locks out browsers that never signed in, never the owner's.
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

    @property
    def device_seconds(self) -> int:
        """How long the cookie lives: the browser is remembered past its session."""
        return self.store.device_seconds

    def sign_in(self, name: str, password: str, language: str, browser: str | None = None) -> str:
        """A new session's id; 429 while the attempt's bucket is throttled, 401 (counted) for wrong
        credentials. ``browser`` is the cookie the browser still holds, if any: when it signed in
        to ``name`` before, its own bucket counts instead of the name's."""
        bucket = self._bucket(name, browser)
        if not self.limiter.allows(bucket):
            raise EngineError("too many sign-in attempts", "name", code="rate_limited", status=429)
        user = self.store.authenticate(name, password) if name and password else None
        if user is None:
            self.limiter.hit(bucket)
            raise Unauthorized("wrong name or password", "name")
        self.store.forget_device(browser)  # the new session's id is the browser's new cookie
        session_id = self.store.open_session(user, language)
        self.audit.record(user, "sign_in", user)
        return session_id

    def _bucket(self, name: str, browser: str | None) -> str:
        """The account name, or for a browser that signed in to it before, that browser (its HMAC;
        ``device:`` cannot begin an account name)."""
        if name and self.store.device_account(browser) == name:
            return "device:" + self.store.device_digest(browser or "")
        return name

    def sign_out(self, session_id: str, user: str) -> None:
        """End the session and forget the browser (its cookie is deleted too)."""
        self.store.close_session(session_id)
        self.store.forget_device(session_id)
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
