"""Studio accounts: sign in (throttled per name) and out, and the users the CLI manages.

The session cookie itself is the web layer's; this holds what a session means: who signed in,
in which language, and the audit entry for each sign-in and sign-out.

Failed sign-ins are limited per account name, never per address. A limit per name alone lets
anyone lock an account out by guessing; so a browser that signed in to the account before (its
cookie outlives the session: OWASP's device cookie) is exempt from the name's limit and has a
limit of its own instead. A browser that never signed in is not refused either while the name
is over its limit: it is asked for proof of work (``engine.domain.work_proof``), a few seconds
of its own processor per attempt, more as the guessing goes on. Nobody who knows the password
is locked out; every guess costs the guesser.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from engine.domain import work_proof
from engine.domain.errors import EngineError, Unauthorized
from engine.store.accounts import Accounts, Session
from engine.store.audit import AuditTrail
from engine.store.ratelimit import AnonymousLimiter


@dataclass(frozen=True)
class ProofPolicy:
    """The work asked of an attempt on a name over its failure limit."""
    key: bytes  # signs challenges; derived from the secret key, never stored in Redis
    bits: int  # at the limit: 20 bits is about a second in a browser (proof.js, ~1M hashes/s)
    extra: int = 4  # at most this many bits more as failures double: about 16 s at 24 bits
    lifetime: int = 600  # seconds a challenge may be answered in


class ProofRequired(EngineError):
    """The name is over its failure limit and this attempt brought no valid proof of work: solve
    ``challenge`` and try again (a slower answer, not a refusal)."""

    status, code = 429, "rate_limited"

    def __init__(self, challenge: work_proof.Challenge) -> None:
        super().__init__("too many failed sign-ins for this account: solve the proof of work and try again",
                         "name")
        self.challenge = challenge


class AccountService:
    def __init__(self, *, store: Accounts, limiter: AnonymousLimiter, audit: AuditTrail,
                 proof: ProofPolicy) -> None:
        self.store = store
        self.limiter = limiter
        self.audit = audit
        self.proof = proof

    @property
    def session_seconds(self) -> int:
        return self.store.session_seconds

    @property
    def device_seconds(self) -> int:
        """How long the cookie lives: the browser is remembered past its session."""
        return self.store.device_seconds

    def sign_in(self, name: str, password: str, language: str, browser: str | None = None,
                proof: tuple[str, str] | None = None) -> str:
        """A new session's id; 401 (counted) for wrong credentials. ``browser`` is the cookie the
        browser still holds, if any: when it signed in to ``name`` before, its own bucket counts
        instead of the name's. While the bucket is over its limit, the attempt needs ``proof``
        (challenge token, answer) of a challenge this raises as ``ProofRequired``."""
        bucket = self._bucket(name, browser)
        if not self.limiter.allows(bucket) and not self._proved(name, proof):
            raise ProofRequired(self.challenge(name, bucket))
        user = self.store.authenticate(name, password) if name and password else None
        if user is None:
            self.limiter.hit(bucket)
            raise Unauthorized("wrong name or password", "name")
        self.store.forget_device(browser)  # the new session's id is the browser's new cookie
        session_id = self.store.open_session(user, language)
        self.audit.record(user, "sign_in", user)
        return session_id

    def challenge(self, name: str, bucket: str) -> work_proof.Challenge:
        """A challenge for ``name`` whose work grows with the failures counted in ``bucket``."""
        bits = work_proof.bits_for(self.limiter.count(bucket), self.limiter.amount, self.proof.bits,
                                   self.proof.extra)
        return work_proof.issue(self.proof.key, name, bits, int(time.time()), self.proof.lifetime)

    def _proved(self, name: str, proof: tuple[str, str] | None) -> bool:
        """A solved challenge for this name, not expired and not spent before (it is spent now)."""
        if proof is None:
            return False
        now = int(time.time())
        solved = work_proof.verified(self.proof.key, name, proof[0], proof[1], now)
        return solved is not None and self.store.spend_proof(solved.nonce, solved.expires - now + 1)

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
