"""Career sites' ad slots as values: their sizes, their scope (whose vacancies they show), their
accent colour, and the check a slot passes before it is stored.

``AD_SIZES`` is the one declaration of the sizes a slot can have: the embed, the snippet, the
studio and the documentation all read it from here.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Hashable
from dataclasses import asdict, dataclass, field
from typing import Any, Literal, NamedTuple, Protocol

import numpy as np

from engine.domain.errors import IdentifierRefused, ValidationFailed
from engine.domain.identifiers import LABELS, find_identifiers
from engine.domain.index import VacancyIndex
from engine.domain.normalise import fold


class AdSize(NamedTuple):
    name: str
    width: int | None  # None: the width of the page's column (responsive)
    height: int | None


AD_SIZES: tuple[AdSize, ...] = (
    AdSize("300x250", 300, 250), AdSize("336x280", 336, 280), AdSize("728x90", 728, 90),
    AdSize("320x50", 320, 50), AdSize("320x100", 320, 100), AdSize("300x600", 300, 600),
    AdSize("160x600", 160, 600), AdSize("responsive", None, None),
)
SIZES: dict[str, tuple[int | None, int | None]] = {s.name: (s.width, s.height) for s in AD_SIZES}
RESPONSIVE_HEIGHT = 250  # what a responsive slot's frame is tall, in the snippet and the preview

# ``\Z``, never ``$`` (which also matches before a final newline: "x\n" would pass), and fullmatch
# the same id as a JSON Schema pattern, for request models (pydantic's Rust regex: "$" is the very end)
SLOT_ID_PATTERN = r"^[a-z0-9][a-z0-9-]{0,62}$"
SLOT_ID_RULE = "a slot id is lowercase letters, digits and hyphens (at most 63)"
_SLOT_ID = re.compile(SLOT_ID_PATTERN[1:-1] + r"\Z")
_DOMAIN = re.compile(r"(?=.{1,253}\Z)([a-z0-9-]{1,63}\.)*[a-z0-9-]{1,63}(:\d{1,5})?\Z")
ACCENT = re.compile(r"#[0-9a-f]{6}\Z")
SECTOR = re.compile(r"sector\.[a-z_]{1,40}\Z")
FIELDS = {"site", "allowed_domains", "language", "size", "keywords", "description", "fallback", "scope", "accent"}
MAX_ORGANISATIONS = 50


def valid_slot_id(slot_id: str) -> bool:
    return bool(_SLOT_ID.fullmatch(slot_id or ""))


def organisation_key(name: str) -> str:
    """How organisation names compare: "Zorg Thuis B.V." is not "Zorg Thuis", but case, accents
    and spacing do not count."""
    return " ".join(fold(name).split())


@dataclass(frozen=True)
class Scope:
    """Whose vacancies a slot shows: only the organisations named (an employer's own careers
    site), all but them (a job board keeping competitors off a partner's page), or everyone;
    narrowed to ``sectors`` when any are named."""

    organisations: Literal["all", "only", "exclude"] = "all"
    names: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()

    def is_open(self) -> bool:
        return self.organisations == "all" and not self.sectors

    def keys(self) -> frozenset[str]:
        return frozenset(organisation_key(n) for n in self.names)

    def to_dict(self) -> dict[str, Any]:
        return {"organisations": self.organisations, "names": list(self.names), "sectors": list(self.sectors)}


def parse_scope(body: Any) -> Scope:
    if body is None:
        return Scope()
    if not isinstance(body, dict) or set(body) - {"organisations", "names", "sectors"}:
        raise ValidationFailed("scope: {organisations: all|only|exclude, names: [...], sectors: [...]}", "scope")
    mode = body.get("organisations", "all")
    names = body.get("names", [])
    sectors = body.get("sectors", [])
    if mode not in ("all", "only", "exclude"):
        raise ValidationFailed("scope.organisations: all, only or exclude", "scope.organisations")
    if not isinstance(names, list) or len(names) > MAX_ORGANISATIONS or not all(
            isinstance(n, str) and 0 < len(n.strip()) <= 200 and "\n" not in n for n in names):
        raise ValidationFailed(f"scope.names: at most {MAX_ORGANISATIONS} organisation names", "scope.names")
    if (mode == "all") != (not names):
        raise ValidationFailed("scope.names: the organisations to show only or to exclude (none for all)",
                               "scope.names")
    if not isinstance(sectors, list) or len(sectors) > 30 or not all(
            isinstance(s, str) and SECTOR.fullmatch(s) for s in sectors):
        raise ValidationFailed("scope.sectors: sector ids such as sector.healthcare", "scope.sectors")
    return Scope(mode, tuple(n.strip() for n in names), tuple(dict.fromkeys(sectors)))


def parse_accent(value: Any) -> str | None:
    """A slot's accent colour: ``#rrggbb`` (or ``#rgb``), or none for the engine's own."""
    if value is None or value == "":
        return None
    if isinstance(value, str) and re.fullmatch(r"#[0-9a-fA-F]{3}", value):
        value = "#" + "".join(ch * 2 for ch in value[1:])
    if not isinstance(value, str) or not ACCENT.fullmatch(value.lower()):
        raise ValidationFailed("accent: a colour such as #1f5fbf", "accent")
    return value.lower()


def accent_ink(accent: str) -> str:
    """Dark or white text on the accent, whichever reads better (WCAG relative luminance)."""
    channels = [int(accent[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    return "#1d2330" if (luminance + 0.05) / 0.05 > 1.05 / (luminance + 0.05) else "#ffffff"


def with_accent(html: str, accent: str | None) -> str:
    """An ad's document in a slot's accent colour (a checked ``#rrggbb``, so safe in a style)."""
    if accent is None or not ACCENT.fullmatch(accent):
        return html
    style = f"<style>:root{{--accent:{accent};--accent-ink:{accent_ink(accent)}}}</style>"
    return html.replace("</head>", style + "</head>", 1)


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
    scope: Scope = field(default_factory=Scope)
    accent: str | None = None  # "#rrggbb", or None for the engine's own colour

    def frame_ancestors(self) -> str:
        # only well-formed hosts: a slot stored before the check was strict must not break the header
        sources = " ".join(f"https://{d} http://{d}" for d in self.allowed_domains if _DOMAIN.fullmatch(d))
        return f"frame-ancestors {sources}" if sources else "frame-ancestors 'none'"

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "scope": self.scope.to_dict()}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_json(cls, raw: str) -> Slot:
        """A stored slot; one stored before scopes and accents has neither."""
        data = json.loads(raw)
        scope = data.get("scope") or {}
        return cls(**{**data, "allowed_domains": tuple(data["allowed_domains"]),
                      "keywords": tuple(data.get("keywords", ())),
                      "scope": Scope(scope.get("organisations", "all"), tuple(scope.get("names", ())),
                                     tuple(scope.get("sectors", ())))})

    def serves_host(self, host: str) -> bool:
        """Whether ``host`` (``name`` or ``name:port`` of a page's origin) is one of the slot's
        domains; a domain named without a port stands for it on any port."""
        host = host.lower()
        return any(host == d or (":" not in d and host.rsplit(":", 1)[0] == d) for d in self.allowed_domains)


def _check_fields(body: dict) -> None:
    unknown = set(body) - FIELDS
    if unknown:
        raise ValidationFailed(f"unknown field: {sorted(unknown)[0]}", sorted(unknown)[0])
    domains = body.get("allowed_domains")
    if not isinstance(domains, list) or not domains or len(domains) > 20 or not all(
            isinstance(d, str) and _DOMAIN.fullmatch(d.lower()) for d in domains):
        raise ValidationFailed("allowed_domains: 1 to 20 host names such as werkenbij.example.nl", "allowed_domains")
    site = body.get("site", "x")
    if not isinstance(site, str) or not 0 < len(site) <= 100:
        raise ValidationFailed("site: a name of at most 100 characters", "site")
    if body.get("language") not in (None, "nl", "en"):
        raise ValidationFailed("language: nl, en or absent", "language")
    size = body.get("size", "responsive")
    if not isinstance(size, str) or size not in SIZES:
        raise ValidationFailed(f"size: one of {[s.name for s in AD_SIZES]}", "size")
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


def parse_slot(slot_id: str, body: Any) -> Slot:
    if not isinstance(slot_id, str) or not _SLOT_ID.fullmatch(slot_id):
        raise ValidationFailed(SLOT_ID_RULE, "id")
    if not isinstance(body, dict):
        raise ValidationFailed("a slot is a JSON object", None)
    _check_fields(body)
    scope, accent = parse_scope(body.get("scope")), parse_accent(body.get("accent"))
    keywords, description = body.get("keywords", []), body.get("description", "")
    refuse_identifiers(keywords, description)
    return Slot(slot_id, body.get("site", slot_id), tuple(d.lower() for d in body["allowed_domains"]),
                body.get("language"), body.get("size", "responsive"), tuple(keywords), description,
                body.get("fallback"), scope, accent)


def refuse_identifiers(keywords: list[str], description: str) -> None:
    """Keywords and description become the context of the ads readers see, so they are checked as
    a render's context is: no e-mail address, phone number or other personal identifier. The site's
    name is the employer's own, like a vacancy's text, and is not."""
    fields = [(f"keywords[{i}]", k) for i, k in enumerate(keywords)] + [("description", description)]
    for name, value in fields:
        hits = find_identifiers(value)
        if hits:
            raise IdentifierRefused(f"'{name}' holds {LABELS[hits[0].kind]}; Plainsight never accepts "
                                    "personal identifiers.", name)


class Restriction(Protocol):
    """Which vacancies a render may consider beyond the approved ones (a slot's scope): ``key``
    tells rankings apart in the decision cache, ``mask`` flags the positions of an index."""

    @property
    def key(self) -> Hashable: ...

    def mask(self, index: VacancyIndex) -> np.ndarray: ...


def main_sectors(index: VacancyIndex, sectors: list[str]) -> np.ndarray:
    """Each position's strongest sector, as an index into ``sectors`` (-1: none), from the
    postings alone (no vacancy is unpacked). Ties go to the sector listed first."""
    best = np.full(index.size, -1, dtype=np.int32)
    strongest = np.zeros(index.size, dtype=np.float64)
    for number, sector in enumerate(sectors):
        posting = index.postings.get(sector)
        if posting is None:
            continue
        ids, weights = posting
        stronger = weights > strongest[ids]
        strongest[ids[stronger]] = weights[stronger]
        best[ids[stronger]] = number
    return best


def scope_mask(index: VacancyIndex, scope: Scope, organisation_of: Callable[[int], str],
               all_sectors: list[str]) -> np.ndarray:
    """Which positions of ``index`` a slot of ``scope`` may show. ``organisation_of(position)``
    gives a vacancy's ``organisation_key``; ``all_sectors`` are the taxonomy's sectors, in order."""
    allowed = index.expires != -np.inf
    if scope.organisations != "all":
        keys = scope.keys()
        named = np.zeros(index.size, dtype=bool)
        for pos in np.flatnonzero(allowed).tolist():
            named[pos] = organisation_of(pos) in keys
        allowed &= named if scope.organisations == "only" else ~named
    if scope.sectors:
        best = main_sectors(index, all_sectors)
        wanted = [all_sectors.index(s) for s in scope.sectors if s in all_sectors]
        allowed &= np.isin(best, wanted)
    return allowed
