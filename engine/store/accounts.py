"""Marketeers' accounts and studio sessions.

Passwords are kept only as salted scrypt hashes (werkzeug). A session is a random 256-bit
id held in one first-party cookie on ``/studio``; Redis keeps only an HMAC of it, with the
account name, a CSRF token and the interface language, and forgets it after the session's
lifetime. Signing in with the admin token opens a session for the account ``admin``.

The same cookie is the browser's device cookie (OWASP): it lives ``device_seconds``, longer than
the session, and under another HMAC of it Redis remembers which account that browser signed in
to, so the failure limit of the account need not apply to it.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import secrets
from dataclasses import dataclass
from typing import cast

from werkzeug.security import check_password_hash, generate_password_hash

from engine.domain.errors import ValidationFailed
from engine.store.audit import AuditTrail, now_iso
from engine.store.client import RedisClient
from engine.store.keys import Keys

ADMIN_ACCOUNT = "admin"
NAME = re.compile(r"[a-z0-9][a-z0-9._-]{1,39}\Z")  # \Z: "$" would pass a trailing newline
MIN_PASSWORD = 12
MAX_PASSWORD = 256
# Checked against when the account does not exist, so a wrong name costs as long as a wrong password:
# the scrypt hash of a random password nobody kept, written out rather than computed at import (an
# scrypt hash costs some 130 ms, which every process paid on start-up).
_DUMMY_HASH = ("scrypt:32768:8:1$CuaYLEXDLKqG3lwC$d9b6dbb9ecf139e8f6f5524ac212b44f5f56591fa9fce1a8fa99f9d1280e7163"
               "278f99fae1036b970baa00f325019a1ed6f0d83f9c04d4ce92002c69bccfaf62")


class AccountError(ValidationFailed):
    """An account that cannot be created as asked."""


@dataclass(frozen=True)
class Session:
    user: str
    csrf: str
    language: str
    created_at: str


class Accounts:
    def __init__(self, client: RedisClient, secret_key: str, audit: AuditTrail, admin_token: str | None,
                 session_seconds: int, device_seconds: int = 30 * 86400) -> None:
        self.client = client
        self.audit = audit
        self._admin_token = admin_token
        self._key = hmac.new(secret_key.encode(), b"plainsight.studio.session", hashlib.sha256).digest()
        # signs proof-of-work challenges (engine.domain.work_proof): a key Redis never holds
        self.proof_key = hmac.new(secret_key.encode(), b"plainsight.studio.proof", hashlib.sha256).digest()
        self.session_seconds = session_seconds
        self.device_seconds = max(device_seconds, session_seconds)

    # accounts ------------------------------------------------------------------------------
    def add_user(self, name: str, password: str, who: str) -> None:
        if not NAME.fullmatch(name) or name == ADMIN_ACCOUNT:
            raise AccountError("an account name is 2-40 lower-case letters, digits, '.', '_' or '-' "
                               f"(and not {ADMIN_ACCOUNT!r})", "name")
        if not MIN_PASSWORD <= len(password) <= MAX_PASSWORD:
            raise AccountError(f"a password has {MIN_PASSWORD} to {MAX_PASSWORD} characters", "password")
        record = json.dumps({"password": generate_password_hash(password, method="scrypt"),
                             "created_at": now_iso()})
        pipe = self.client.pipeline(transaction=True)
        pipe.hset(Keys.studio_users, name, record)
        self.audit.add(pipe, who, "account.add", name)
        pipe.execute()

    def remove_user(self, name: str, who: str) -> bool:
        pipe = self.client.pipeline(transaction=True)
        pipe.hdel(Keys.studio_users, name)
        self.audit.add(pipe, who, "account.remove", name)
        removed, _ = pipe.execute()
        return bool(removed)

    def users(self) -> list[str]:
        return sorted(cast(list[str], self.client.hkeys(Keys.studio_users)))  # decoded replies

    def authenticate(self, name: str, password: str) -> str | None:
        """The account name when the credentials are right. ``admin`` signs in with the admin token."""
        name = name.strip().lower()
        if name == ADMIN_ACCOUNT:
            ok = bool(self._admin_token and hmac.compare_digest(password.encode(), self._admin_token.encode()))
            return ADMIN_ACCOUNT if ok else None
        raw = self.client.hget(Keys.studio_users, name) if NAME.fullmatch(name) else None
        stored = json.loads(raw)["password"] if raw else _DUMMY_HASH
        ok = check_password_hash(stored, password[:MAX_PASSWORD])
        return name if ok and raw else None

    # sessions ------------------------------------------------------------------------------
    def _digest(self, session_id: str) -> str:
        return hmac.new(self._key, session_id.encode(), hashlib.sha256).hexdigest()

    def device_digest(self, cookie: str) -> str:
        """The browser's name in the store and in its failure counter: an HMAC, never the cookie."""
        return hmac.new(self._key, b"device|" + cookie.encode(), hashlib.sha256).hexdigest()

    def open_session(self, user: str, language: str) -> str:
        """A new session id; the browser that holds it is remembered as one that signed in to ``user``."""
        session_id = secrets.token_urlsafe(32)
        record = Session(user, secrets.token_urlsafe(32), language, now_iso())
        pipe = self.client.pipeline(transaction=False)
        pipe.set(Keys.studio_session(self._digest(session_id)), json.dumps(record.__dict__), ex=self.session_seconds)
        pipe.set(Keys.studio_device(self.device_digest(session_id)), user, ex=self.device_seconds)
        pipe.execute()
        return session_id

    def device_account(self, cookie: str | None) -> str | None:
        """The account this browser signed in to, while it is remembered (None: a browser never seen)."""
        if not cookie or len(cookie) > 100:
            return None
        return cast(str | None, self.client.get(Keys.studio_device(self.device_digest(cookie))))

    def spend_proof(self, nonce: str, seconds: int) -> bool:
        """True the first time a proof of work's nonce is spent; False ever after, while it could
        still be valid (``seconds``): one solved challenge buys one attempt."""
        return bool(self.client.set(Keys.studio_proof(nonce), "1", nx=True, ex=max(1, seconds)))

    def forget_device(self, cookie: str | None) -> None:
        if cookie and len(cookie) <= 100:
            self.client.delete(Keys.studio_device(self.device_digest(cookie)))

    def session(self, session_id: str | None) -> Session | None:
        if not session_id or len(session_id) > 100:
            return None
        raw = self.client.get(Keys.studio_session(self._digest(session_id)))
        return Session(**json.loads(raw)) if raw else None

    def set_language(self, session_id: str, language: str) -> None:
        key = Keys.studio_session(self._digest(session_id))
        raw = self.client.get(key)
        if raw:
            record = {**json.loads(raw), "language": language}
            self.client.set(key, json.dumps(record), keepttl=True)

    def close_session(self, session_id: str) -> None:
        self.client.delete(Keys.studio_session(self._digest(session_id)))
