"""Small pure functions that keep identifiers out: what is refused and what is never used."""

from __future__ import annotations

from typing import Any

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


def normalise_key(key: str) -> str:
    return "".join(ch for ch in key.lower() if ch not in "_-. ")


def find_identifier(value: Any, path: str = "", max_depth: int = 32) -> str | None:
    """JSON path of the first identity field anywhere in ``value``, or None."""
    stack = [(value, path, 0)]
    while stack:
        node, where, depth = stack.pop(0)
        if depth > max_depth:
            return where or None
        if isinstance(node, dict):
            for key, child in node.items():
                child_path = f"{where}.{key}" if where else str(key)
                if isinstance(key, str) and normalise_key(key) in IDENTITY_KEYS:
                    return child_path
                stack.append((child, child_path, depth + 1))
        elif isinstance(node, list):
            stack.extend((child, f"{where}[{i}]", depth + 1) for i, child in enumerate(node))
    return None
