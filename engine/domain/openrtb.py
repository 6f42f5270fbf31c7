"""OpenRTB 2.6 (and 2.5) bid requests in, bid responses out — context only.

Identity in a request (``user``, device and advertising ids, IP addresses, ``site.ref``,
precise coordinates) is dropped at the door: never read, logged or stored; the response's
``ext.ignored`` names the classes that were present. Unknown fields are tolerated. A page title or
keyword holding a personal identifier (an e-mail address, phone number, …) is dropped as well, and
``site.page`` loses its query and any path segment carrying one: a bid request is not refused for
what the publisher's page says, but none of it is read.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import islice
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from engine.domain.errors import MalformedRequest, ValidationFailed
from engine.domain.identifiers import find_identifiers, strip_url

SEAT = "plainsight"
CURRENCY = "EUR"
CAREERS = "IAB4"  # IAB Content Taxonomy 1.0: Careers — what every vacancy ad is about
MAX_IMPS = 10
MIN_TMAX_MS = 10  # no answer of ours crosses a network in less: a shorter tmax is declined at once
# No-bid reason codes (OpenRTB 2.6, list "No-Bid Reason Codes") a no-bid with a body carries
NBR_INVALID_REQUEST = 2
NBR_INSUFFICIENT_TIME = 15
# Identity classes: dropped, never read. (path, where it sits)
IDENTITY_PATHS = (
    ("user", ("user",)), ("device.ifa", ("device", "ifa")), ("device.ip", ("device", "ip")),
    ("device.ipv6", ("device", "ipv6")), ("device.didsha1", ("device", "didsha1")),
    ("device.didmd5", ("device", "didmd5")), ("device.dpidsha1", ("device", "dpidsha1")),
    ("device.dpidmd5", ("device", "dpidmd5")), ("device.macsha1", ("device", "macsha1")),
    ("device.macmd5", ("device", "macmd5")), ("device.ua", ("device", "ua")), ("device.sua", ("device", "sua")),
    ("device.geo.lat", ("device", "geo", "lat")), ("device.geo.lon", ("device", "geo", "lon")),
    ("device.geo.zip", ("device", "geo", "zip")), ("device.geo.city", ("device", "geo", "city")),
    ("site.ref", ("site", "ref")), ("source.ext.schain", ("source", "ext", "schain")),
)
# IAB Content Taxonomy 1.0 tier-1 categories -> words our taxonomy knows, as page keywords.
IAB_TOPICS = {
    "IAB1": "media", "IAB2": "auto's", "IAB3": "sales", "IAB5": "education", "IAB6": "childcare",
    "IAB7": "healthcare", "IAB8": "hospitality", "IAB10": "gardening", "IAB11": "government",
    "IAB13": "finance", "IAB14": "social work", "IAB15": "science", "IAB16": "animal care",
    "IAB17": "sport", "IAB18": "fashion", "IAB19": "software", "IAB20": "transport",
    "IAB21": "real estate", "IAB22": "retail",
}
ISO3_TO_ISO2 = {"NLD": "NL", "BEL": "BE", "DEU": "DE", "GBR": "GB", "FRA": "FR", "LUX": "LU"}
NATIVE_DATA = {1: "sponsored", 2: "desc", 12: "ctatext"}


@dataclass(frozen=True)
class Slot:
    """One impression we can fill: a native ad with these limits, or an HTML banner of a size."""

    imp_id: str
    kind: str  # "native" or "banner"
    floor: float
    width: int | None = None
    height: int | None = None
    assets: tuple[dict, ...] = ()
    native_version: str = "1.2"


@dataclass(frozen=True)
class BidContext:
    request_id: str
    slots: tuple[Slot, ...]
    context: dict[str, Any]
    ignored: tuple[str, ...]
    blocked_categories: frozenset[str] = frozenset()
    blocked_domains: frozenset[str] = frozenset()
    dsa: dict[str, Any] | None = None
    currencies: tuple[str, ...] = ()
    notes: list[str] = field(default_factory=list)
    tmax: int | None = None  # milliseconds the exchange waits for an answer
    no_imp_id: bool = False  # not one imp had an id: nothing could be bid on, whatever we had

    def blocks_careers(self) -> bool:
        """``bcat`` names Careers or one of its subcategories (IAB4-5 is Job Search)."""
        return any(c == CAREERS or c.startswith(CAREERS + "-") for c in self.blocked_categories)

    def blocks_domain(self, domain: str | None) -> bool:
        """``badv`` names the advertiser's domain or one it belongs to."""
        return domain is not None and any(domain == d or domain.endswith("." + d) for d in self.blocked_domains)


def _get(obj: Any, *path: str) -> Any:
    for key in path:
        if not isinstance(obj, dict):
            return None
        obj = obj.get(key)
    return obj


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    if isinstance(value, list):
        return [v.strip() for v in value if isinstance(v, str) and v.strip()]
    return []


def _without_identifiers(keywords: Iterable[str], limit: int = 50) -> list[str]:
    """The first ``limit`` keywords that hold no personal identifier (read lazily: a request may
    carry thousands)."""
    return list(islice((k for k in keywords if not find_identifiers(k)), limit))


def ignored_identity(request: dict) -> tuple[str, ...]:
    return tuple(name for name, path in IDENTITY_PATHS if _get(request, *path) is not None)


def page_without_query(page: Any) -> str | None:
    if not isinstance(page, str) or not page.strip():
        return None
    try:
        parts = urlsplit(page.strip())
    except ValueError:  # e.g. an unclosed IPv6 bracket
        return None
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return strip_url(urlunsplit((parts.scheme, parts.netloc, parts.path, "", "")))


def _native_assets(native: dict) -> tuple[tuple[dict, ...], str] | None:
    """The assets we must fill, or None when the slot wants something we never serve (images)."""
    raw = native.get("request")
    try:
        spec = json.loads(raw) if isinstance(raw, str) else raw
    except ValueError:
        return None
    if isinstance(spec, dict) and isinstance(spec.get("native"), dict):
        spec = spec["native"]
    if not isinstance(spec, dict) or not isinstance(spec.get("assets"), list):
        return None
    assets = []
    for asset in spec["assets"][:20]:
        if not isinstance(asset, dict) or "id" not in asset:
            continue
        required = asset.get("required") == 1
        if isinstance(asset.get("title"), dict):
            assets.append({"id": asset["id"], "kind": "title", "len": asset["title"].get("len"),
                           "required": required})
        elif isinstance(asset.get("data"), dict) and isinstance(asset["data"].get("type"), int) \
                and asset["data"]["type"] in NATIVE_DATA:
            assets.append({"id": asset["id"], "kind": NATIVE_DATA[asset["data"]["type"]],
                           "len": asset["data"].get("len"), "required": required})
        elif required:
            return None  # an image, video or data type we do not make
    return tuple(assets), str(spec.get("ver") or native.get("ver") or "1.2")


def _slots(request: dict) -> tuple[Slot, ...]:
    slots = []
    for imp in request["imp"][:MAX_IMPS]:
        if not isinstance(imp, dict) or not isinstance(imp.get("id"), str):
            continue
        floor = imp.get("bidfloor") or 0.0
        currency = imp.get("bidfloorcur") or CURRENCY
        if not isinstance(floor, int | float) or not 0 <= floor < 1e9 or currency != CURRENCY:
            continue  # a floor is a price: never below 0, and one that high we never meet (nor fits a float)
        if isinstance(imp.get("native"), dict):
            parsed = _native_assets(imp["native"])
            if parsed is not None:
                slots.append(Slot(imp["id"], "native", float(floor), assets=parsed[0], native_version=parsed[1]))
                continue
        banner = imp.get("banner")
        if isinstance(banner, dict):
            width, height = banner.get("w"), banner.get("h")
            formats = banner.get("format") if isinstance(banner.get("format"), list) else []
            if not (isinstance(width, int) and isinstance(height, int)) and formats and isinstance(formats[0], dict):
                width, height = formats[0].get("w"), formats[0].get("h")
            if isinstance(width, int) and isinstance(height, int) and width > 0 and height > 0:
                slots.append(Slot(imp["id"], "banner", float(floor), width=width, height=height))
    return tuple(slots)


def _region(device: Any) -> str | None:
    country = _get(device, "geo", "country")
    region = _get(device, "geo", "region")
    if not isinstance(country, str):
        return None
    iso2 = ISO3_TO_ISO2.get(country.upper(), country.upper() if len(country) == 2 else None)
    if iso2 is None:
        return None
    if isinstance(region, str) and region.strip():
        code = region.strip().upper()
        code = code if code.startswith(f"{iso2}-") else f"{iso2}-{code}"
        if len(code) <= 6:
            return code
    return iso2


def read_bid_request(request: Any) -> BidContext:
    """What a bid request says about the page and the slots — and nothing about the person."""
    if not isinstance(request, dict):
        raise MalformedRequest("a bid request is a JSON object", code="malformed_request")
    if not isinstance(request.get("id"), str) or not request["id"]:
        raise ValidationFailed("id (a string) is required", "id")
    if not isinstance(request.get("imp"), list) or not request["imp"]:
        raise ValidationFailed("imp (a non-empty list) is required", "imp")
    place = request.get("site") if isinstance(request.get("site"), dict) else request.get("app")
    place = place if isinstance(place, dict) else {}
    content = place.get("content")
    content = content if isinstance(content, dict) else {}
    cattax = place.get("cattax", 1)
    categories = _strings(place.get("cat")) + _strings(place.get("pagecat")) + _strings(content.get("cat"))
    topics = [IAB_TOPICS[c.split("-")[0]] for c in categories if cattax == 1 and c.split("-")[0] in IAB_TOPICS]
    keywords = (_strings(content.get("keywords")) + _strings(content.get("kwarray")) + _strings(place.get("keywords"))
                + _strings(place.get("kwarray")) + topics)
    title = content.get("title") if isinstance(content.get("title"), str) else None
    if title and len(title) <= 500 and find_identifiers(title):  # a longer one is refused as it was
        title = None
    language = content.get("language") or _get(request, "device", "language")
    language = language.lower()[:2] if isinstance(language, str) else None
    context = {k: v for k, v in {
        "url": page_without_query(place.get("page")),
        "title": title,
        "keywords": _without_identifiers(dict.fromkeys(k[:100] for k in keywords)) or None,
        "language": language if language in ("nl", "en") else None,
        "region": _region(request.get("device")),
    }.items() if v}
    dsa = _get(request, "regs", "ext", "dsa")
    tmax = request.get("tmax")
    return BidContext(
        request_id=request["id"][:200],
        slots=_slots(request),
        context=context,
        ignored=ignored_identity(request),
        blocked_categories=frozenset(_strings(request.get("bcat"))),
        blocked_domains=frozenset(d.lower() for d in _strings(request.get("badv"))),
        dsa=dsa if isinstance(dsa, dict) else None,
        currencies=tuple(_strings(request.get("cur"))),
        tmax=tmax if isinstance(tmax, int) and not isinstance(tmax, bool) and 0 < tmax < 10**6 else None,
        no_imp_id=not any(isinstance(imp, dict) and isinstance(imp.get("id"), str) for imp in request["imp"]),
    )


def domain_of(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


def fit(text: str, limit: Any) -> str:
    if not isinstance(limit, int) or limit <= 0 or len(text) <= limit:
        return text
    if limit < 2:
        return text[:limit]
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return (cut or text[: limit - 1]) + "…"


def no_bid(request_id: str, reason: int, ignored: tuple[str, ...] = ()) -> dict[str, Any]:
    """A no-bid with a body: an empty seatbid and the reason code, for a reason the exchange can
    act on (a plain no-bid is an empty HTTP 204)."""
    return {"id": request_id, "seatbid": [], "cur": CURRENCY, "nbr": reason,
            "ext": {"ignored": list(ignored), "signals_used": []}}


def native_markup(slot: Slot, ad: dict, click_url: str, privacy_url: str) -> str:
    """A Native 1.2 response object (as the string ``adm`` carries)."""
    values = {"title": ad["headline"], "desc": ad["body"], "ctatext": ad["cta"], "sponsored": ad["advertiser"]}
    assets = []
    for asset in slot.assets:
        text = fit(values[asset["kind"]], asset["len"])
        if asset["kind"] == "title":
            assets.append({"id": asset["id"], "title": {"text": text}})
        else:
            assets.append({"id": asset["id"], "data": {"value": text}})
    return json.dumps({"ver": "1.2", "assets": assets, "link": {"url": click_url}, "privacy": privacy_url},
                      ensure_ascii=False)


def dsa_extension(requested: dict | None, advertiser: str, our_domain: str) -> dict | None:
    """The IAB DSA transparency object: who the ad is for, who paid, and that only context
    (user parameter 2, basic advertising) was applied — never profiling (1) or precise geo (3)."""
    if requested is None:
        return None
    pubrender = requested.get("pubrender")
    return {"behalf": advertiser[:100], "paid": advertiser[:100],
            "transparency": [{"domain": our_domain, "dsaparams": [2]}],
            "adrender": 0 if pubrender == 2 else 1}
