"""Ad slots of career sites: where an embed may be framed, in which language and size."""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass

import redis

from engine.domain.errors import IdentifierRefused, ValidationFailed
from engine.domain.identifiers import LABELS, find_identifiers
from engine.store.client import RedisClient, is_unavailable
from engine.store.keys import Keys

SIZES = {"300x250": (300, 250), "728x90": (728, 90), "320x100": (320, 100), "responsive": (None, None)}
# ``\Z``, never ``$`` (which also matches before a final newline: "x\n" would pass), and fullmatch
_SLOT_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,62}\Z")
_DOMAIN = re.compile(r"(?=.{1,253}\Z)([a-z0-9-]{1,63}\.)*[a-z0-9-]{1,63}(:\d{1,5})?\Z")


@dataclass(frozen=True)
class Slot:
    id: str
    site: str
    allowed_domains: tuple[str, ...]
    language: str | None = None  # nl, en, or None: the page's language
    size: str = "responsive"
    keywords: tuple[str, ...] = ()  # what the site is about, for pages that tell us nothing
    description: str = ""  # the same in a sentence or two: the slot's own context when the page fits nothing
    fallback: str | None = None  # the owner's choice when nothing fits either: a vacancy id, or None for no ad

    def frame_ancestors(self) -> str:
        # only well-formed hosts: a slot stored before the check was strict must not break the header
        sources = " ".join(f"https://{d} http://{d}" for d in self.allowed_domains if _DOMAIN.fullmatch(d))
        return f"frame-ancestors {sources}" if sources else "frame-ancestors 'none'"

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    def serves_host(self, host: str) -> bool:
        """Whether ``host`` (``name`` or ``name:port`` of a page's origin) is one of the slot's
        domains; a domain named without a port stands for it on any port."""
        host = host.lower()
        return any(host == d or (":" not in d and host.rsplit(":", 1)[0] == d) for d in self.allowed_domains)


def parse_slot(slot_id: str, body: dict) -> Slot:
    if not isinstance(slot_id, str) or not _SLOT_ID.fullmatch(slot_id):
        raise ValidationFailed("a slot id is lowercase letters, digits and hyphens (at most 63)", "id")
    if not isinstance(body, dict):
        raise ValidationFailed("a slot is a JSON object", None)
    unknown = set(body) - {"site", "allowed_domains", "language", "size", "keywords", "description", "fallback"}
    if unknown:
        raise ValidationFailed(f"unknown field: {sorted(unknown)[0]}", sorted(unknown)[0])
    domains = body.get("allowed_domains")
    if not isinstance(domains, list) or not domains or len(domains) > 20 or not all(
            isinstance(d, str) and _DOMAIN.fullmatch(d.lower()) for d in domains):
        raise ValidationFailed("allowed_domains: 1 to 20 host names such as werkenbij.example.nl", "allowed_domains")
    site = body.get("site", slot_id)
    if not isinstance(site, str) or not 0 < len(site) <= 100:
        raise ValidationFailed("site: a name of at most 100 characters", "site")
    language = body.get("language")
    if language not in (None, "nl", "en"):
        raise ValidationFailed("language: nl, en or absent", "language")
    size = body.get("size", "responsive")
    if not isinstance(size, str) or size not in SIZES:
        raise ValidationFailed(f"size: one of {sorted(SIZES)}", "size")
    keywords = body.get("keywords", [])
    if not isinstance(keywords, list) or len(keywords) > 20 or not all(
            isinstance(k, str) and 0 < len(k) <= 100 for k in keywords):
        raise ValidationFailed("keywords: at most 20 short strings", "keywords")
    description = body.get("description", "")
    if not isinstance(description, str) or len(description) > 500:
        raise ValidationFailed("description: at most 500 characters", "description")
    fallback = body.get("fallback")
    if fallback is not None and (not isinstance(fallback, str) or not 0 < len(fallback) <= 200
                                 or "\n" in fallback):
        raise ValidationFailed("fallback: a vacancy id, or null for no ad", "fallback")
    refuse_identifiers(keywords, description)
    return Slot(slot_id, site, tuple(d.lower() for d in domains), language, size, tuple(keywords),
                description, fallback)


def refuse_identifiers(keywords: list[str], description: str) -> None:
    """Keywords and description become the context of the ads readers see, so they are checked as
    a render's context is: no e-mail address, phone number or other personal identifier. The site's
    name is the employer's own, like a vacancy's text, and is not."""
    fields = [(f"keywords[{i}]", k) for i, k in enumerate(keywords)] + [("description", description)]
    for field, value in fields:
        hits = find_identifiers(value)
        if hits:
            raise IdentifierRefused(f"'{field}' holds {LABELS[hits[0].kind]}; Plainsight never accepts "
                                    "personal identifiers.", field)


class SlotStore:
    def __init__(self, client: RedisClient) -> None:
        self.client = client
        # The last copy of each slot this worker read: embeds keep rendering while Redis is away.
        self._last_known: dict[str, Slot] = {}

    def save(self, slot: Slot) -> None:
        self.client.set(Keys.slot(slot.id), slot.to_json())

    def get(self, slot_id: str) -> Slot | None:
        if not _SLOT_ID.fullmatch(slot_id or ""):
            return None
        try:
            raw = self.client.get(Keys.slot(slot_id))
        except redis.RedisError as exc:
            if is_unavailable(exc) and slot_id in self._last_known:
                return self._last_known[slot_id]
            raise
        if raw is None:
            self._last_known.pop(slot_id, None)
            return None
        data = json.loads(raw)
        slot = Slot(**{**data, "allowed_domains": tuple(data["allowed_domains"]),
                       "keywords": tuple(data.get("keywords", ()))})
        self._last_known[slot_id] = slot
        return slot

    def all_domains(self) -> set[str]:
        """Every host any slot allows: the sites whose pages the crawler may read."""
        domains: set[str] = set()
        for key in self.client.scan_iter(Keys.slot("*"), count=500):
            raw = self.client.get(key)
            if raw:
                domains.update(d.split(":")[0] for d in json.loads(raw)["allowed_domains"])
        return domains

    def delete(self, slot_id: str) -> bool:
        return bool(self.client.delete(Keys.slot(slot_id)))
