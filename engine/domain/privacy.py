"""Small pure functions that keep identifiers out: what is refused and what is never used."""

from __future__ import annotations

from collections import deque
from functools import lru_cache
from typing import Any

from engine.domain.consent import CONSENT_TEXT_VERSION, LAWFUL_BASIS, PURPOSE

# Compared after lowercasing and dropping "_", "-", "." and spaces, so userId, user-id and
# USER_ID are all caught.
IDENTITY_KEYS = frozenset({
    "userid", "uid", "user", "username", "cookie", "cookies", "cookieid", "deviceid", "device",
    "ifa", "idfa", "idfv", "gaid", "aaid", "adid", "advertisingid", "ip", "ipv4", "ipv6",
    "ipaddress", "clientip", "remoteaddr", "xforwardedfor", "email", "emailaddress", "mail",
    "phone", "phonenumber", "telephone", "mobile", "msisdn", "fingerprint", "buyeruid", "eids",
    "sessionid", "session", "clientid", "visitorid", "trackingid", "imei", "mac", "macaddress",
    "bsn", "ssn", "personid", "customerid", "candidateid", "memberid", "accountid", "login",
    "latlon", "geolocation", "gpslocation", "useragent",
})

# Fields for special categories of personal data (GDPR Art. 9) and demographics: never asked,
# never accepted. Compared like IDENTITY_KEYS.
SPECIAL_CATEGORY_KEYS = frozenset({
    "age", "dateofbirth", "dob", "birthdate", "birthday", "birthyear", "gender", "sex", "nationality",
    "ethnicity", "ethnic", "race", "origin", "religion", "belief", "faith", "health", "medical",
    "disability", "handicap", "sexualorientation", "orientation", "sexuality", "union", "tradeunion",
    "unionmembership", "political", "politics", "party", "pregnancy", "pregnant", "maritalstatus",
    "familystatus", "children", "politicalparty", "politicalaffiliation", "partymembership", "religiousbelief",
    "ethnicorigin", "racialorigin", "healthstatus", "sexlife",
})

# What the engine never uses, in the order an explanation lists it.
SIGNALS_NEVER_USED = (
    ("cookies", {"nl": "cookies", "en": "cookies"}),
    ("browsing_history", {"nl": "browsegeschiedenis", "en": "browsing history"}),
    ("device_identifiers", {"nl": "apparaat-ID's", "en": "device identifiers"}),
    ("ip_address", {"nl": "IP-adres", "en": "IP address"}),
    ("location_tracking", {"nl": "locatie volgen", "en": "location tracking"}),
    ("demographics", {"nl": "demografische gegevens (leeftijd, geslacht, afkomst)",
                      "en": "demographics (age, gender, origin)"}),
)


_KEY_MARKS = str.maketrans("", "", "_-. ")


@lru_cache(maxsize=4096)
def normalise_key(key: str) -> str:
    """'Device_ID' -> 'deviceid'. Memoised: every request's body repeats the same few key names."""
    return key.lower().translate(_KEY_MARKS)


def find_identifier(value: Any, path: str = "", max_depth: int = 32) -> str | None:
    """JSON path of the first identity field anywhere in ``value``, or None. Only key names: the
    values a reader typed are read for identifiers by ``identifiers.find_identifiers``, in the
    request models' validators (``signals.refuse_identifiers``)."""
    return find_key(value, IDENTITY_KEYS, path, max_depth)


def find_special_category(value: Any) -> str | None:
    """JSON path of the first special-category or demographic field, or None."""
    return find_key(value, SPECIAL_CATEGORY_KEYS)


def find_key(value: Any, keys: frozenset[str], path: str = "", max_depth: int = 32) -> str | None:
    stack = deque([(value, path, 0)])  # breadth first: the shallowest identity field is named
    while stack:
        node, where, depth = stack.popleft()
        if depth > max_depth:
            return where or None
        if isinstance(node, dict):
            for key, child in node.items():
                child_path = f"{where}.{key}" if where else str(key)
                if isinstance(key, str) and normalise_key(key) in keys:
                    return child_path
                stack.append((child, child_path, depth + 1))
        elif isinstance(node, list):
            stack.extend((child, f"{where}[{i}]", depth + 1) for i, child in enumerate(node))
    return None


def records_of_processing(settings: Any) -> dict[str, Any]:
    """The record of processing activities (GDPR Art. 30), with the live settings."""
    return {
        "controller": settings.controller,
        "processing_activities": [
            {
                "name": "Contextual vacancy ads",
                "purpose": "Show a vacancy that fits the page an ad appears on, with an explanation.",
                "lawful_basis": "GDPR Art. 6(1)(f): legitimate interest; no personal data is needed",
                "categories_of_data": ["page context: URL without query, title, keywords, text, language",
                                       "coarse region and time of the page view"],
                "categories_of_data_subjects": ["readers of pages that show an ad"],
                "stored": "nothing; rankings are computed in memory",
                "retention": "not stored",
            },
            {
                "name": "Stated preferences",
                "purpose": PURPOSE,
                "lawful_basis": LAWFUL_BASIS,
                "consent_text_version": CONSENT_TEXT_VERSION,
                "categories_of_data": ["interests (free text, statements about the person removed)",
                                       "preferred places", "hours", "remote work", "language"],
                "categories_of_data_subjects": ["job seekers who chose to state preferences"],
                "special_categories": "refused (Art. 9); statements of such facts are dropped before storage",
                "stored": "under a keyed hash of a random token; no name, e-mail, IP address or other identifier",
                "retention": f"{settings.preferences_retention_days} days, then erased automatically; "
                             "erasure on request is immediate",
            },
        ],
        "recipients": [],
        "transfers_outside_eea": "none",
        "never_collected": [sid for sid, _ in SIGNALS_NEVER_USED],
        "logs": "access logs hold time, method, path (tokens redacted), status, size and duration only",
        "security_measures": ["keyed hashes of tokens", "signed, expiring links", "no cookies",
                              "rate limits on a daily-rotating keyed hash, never the address"],
        "rights": {"access_and_portability": "GET /v1/preferences/<token>",
                   "rectification": "PATCH /v1/preferences/<token>",
                   "erasure_and_withdrawal": "DELETE /v1/preferences/<token>"},
        "settings": {"preferences_retention_days": settings.preferences_retention_days,
                     "preferences_rate_limit": settings.preferences_rate_limit,
                     "link_ttl_days": settings.link_ttl_days},
    }
