"""Signed, expiring, self-contained links: where a click goes, why an ad was shown, and the win,
billing and loss notices an exchange calls.

A link carries the facts it needs (a vacancy id; a decision's reasons; a bid's price) and the day
it expires, never an identifier of a person, so no per-person record is kept to serve it and a
tampered or expired link is refused. "Why" links are deterministic within a day, so each worker
remembers the ones it signed last instead of signing the same facts again. A link that must count
once (a click on a served ad, a notice) carries a nonce of its own: the store keeps that nonce for
the link's lifetime, so a replay is recognised without knowing anything about who sent it.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import time
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from itsdangerous import BadData, URLSafeSerializer

from engine.domain.errors import EngineError

DAY = 86_400
NOTICES = ("win", "bill", "loss")
NOTICE_DAYS = 1  # an exchange calls a notice within seconds or hours of the auction
# the exchange fills in these macros (OpenRTB 2.6, 4.4): outside the signature, checked on arrival
NOTICE_MACROS = {"win": "price=${AUCTION_PRICE}", "bill": "price=${AUCTION_PRICE}",
                 "loss": "price=${AUCTION_PRICE}&loss=${AUCTION_LOSS}"}


class LinkRefused(EngineError):
    status, code = 404, "link_invalid"


@dataclass(frozen=True)
class Opened:
    """A verified link: its facts, the nonce it counts under, and the seconds it has left."""

    facts: dict[str, Any]
    nonce: str
    ttl: int


def new_nonce() -> str:
    return secrets.token_urlsafe(9)


class LinkSigner:
    def __init__(self, secret_key: str, ttl_seconds: int, base_url: str = "",
                 cache_size: int = 8192) -> None:
        self._serializers = {kind: URLSafeSerializer(secret_key, salt=f"plainsight.{kind}")
                             for kind in ("click", "why", *NOTICES)}
        self.ttl_days = max(1, ttl_seconds // DAY)
        self.base_url = base_url.rstrip("/")
        self._sign = lru_cache(maxsize=cache_size)(self._sign_uncached)

    def expiry_day(self) -> int:
        """The day the links signed now expire: what is signed is the same until it changes."""
        return self._expiry_day()

    def _expiry_day(self, days: int | None = None) -> int:
        return int(time.time() // DAY) + (self.ttl_days if days is None else days)

    def _sign_uncached(self, kind: str, facts_json: str, expires: int) -> str:
        return self._serializers[kind].dumps({"f": json.loads(facts_json), "e": expires})

    def click_url(self, vacancy_id: str, topic: str | None = None, slot: str | None = None,
                  once: bool = False, extra: dict[str, Any] | None = None) -> str:
        """The vacancy, the context topic and the slot: what the aggregate click counters need.
        ``once``: the link gets a nonce of its own, so it counts one click in its lifetime
        (every served ad); ``extra`` adds facts of an ad-network ad (its pricing)."""
        facts = {"v": vacancy_id, **({"t": topic} if topic else {}), **({"s": slot} if slot else {}),
                 **(extra or {})}
        if once:  # signed as they are: a nonce makes every one new, so there is nothing to remember
            facts["n"] = new_nonce()
            token = self._serializers["click"].dumps({"f": facts, "e": self._expiry_day()})
        else:
            token = self._sign("click", json.dumps(facts), self._expiry_day())
        return f"{self.base_url}/c/{token}"

    def why_url(self, facts: dict[str, Any]) -> str:
        token = self._sign("why", json.dumps(facts, ensure_ascii=False, sort_keys=True), self._expiry_day())
        return f"{self.base_url}/why/{token}"

    def notice_url(self, kind: str, facts: dict[str, Any]) -> str:
        """A win (``nurl``), billing (``burl``) or loss (``lurl``) notice for one bid; ``facts``
        carry the bid's nonce, so each kind counts once per bid."""
        token = self._sign_uncached(kind, json.dumps(facts), self._expiry_day(NOTICE_DAYS))
        return f"{self.base_url}/openrtb2/{kind}/{token}?{NOTICE_MACROS[kind]}"

    def read_click(self, token: str) -> dict[str, Any]:
        return self.open_click(token).facts

    def open_click(self, token: str) -> Opened:
        """The click's facts; its nonce (a link signed before nonces counts under its own digest)."""
        facts, expires = self._load("click", token)
        if not isinstance(facts.get("v"), str):
            raise LinkRefused("This link is not valid.")
        kept: dict[str, Any] = {k: v for k, v in facts.items() if k in ("v", "t", "s") and isinstance(v, str)}
        if isinstance(facts.get("k"), int | float) and facts["k"] > 0:
            kept["k"] = facts["k"]  # the price of a click on an ad-network ad (CPC)
        if facts.get("o") == 1:
            kept["o"] = 1  # an ad-network ad
        nonce = facts["n"] if isinstance(facts.get("n"), str) else hashlib.sha256(token.encode()).hexdigest()[:24]
        return Opened(kept, nonce, self._ttl(expires))

    def open_notice(self, kind: str, token: str) -> Opened:
        facts, expires = self._load(kind, token)
        if not isinstance(facts.get("v"), str) or not isinstance(facts.get("n"), str) \
                or not isinstance(facts.get("p"), int | float):
            raise LinkRefused("This link is not valid.")
        return Opened(facts, facts["n"], self._ttl(expires))

    def read_why(self, token: str) -> dict[str, Any]:
        return self._load("why", token)[0]

    @staticmethod
    def _ttl(expires: int) -> int:
        """Seconds until the end of the link's last day."""
        return max(1, int((expires + 1) * DAY - time.time()))

    def _load(self, kind: str, token: str) -> tuple[dict[str, Any], int]:
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
        return data["f"], data["e"]
