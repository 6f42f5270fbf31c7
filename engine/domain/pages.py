"""Pages read for context: what may be fetched (the crawl policy) and what is read from one.

The worker stores what a page says about itself — title, description, keywords, language,
text — never anything about who asked.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from bs4 import BeautifulSoup

from engine.domain.jobposting import strip_html

MAX_TEXT = 20_000
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
NAT64 = ipaddress.IPv6Network("64:ff9b::/96")  # RFC 6052: the IPv4 address in the last 32 bits
LOCAL_NAT64 = ipaddress.IPv6Network("64:ff9b:1::/48")  # RFC 8215: a network's own translator, never fetched


class FetchRefused(ValueError):
    """A URL or response the crawler will not touch; the message says why."""


def resolve(host: str, port: int) -> list[str]:
    """The addresses the system resolver gives for ``host`` (its own name for an IP literal)."""
    return [str(info[4][0]) for info in socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)]


def embedded_ipv4(ip: IPAddress) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 form carries and reaches: IPv4-mapped, 6to4 (``2002::/16``), NAT64
    (``64:ff9b::/96``) or IPv4-compatible (``::a.b.c.d``). A refused IPv4 address stays refused
    in any of them."""
    if isinstance(ip, ipaddress.IPv4Address):
        return None
    if ip.ipv4_mapped or ip.sixtofour:
        return ip.ipv4_mapped or ip.sixtofour
    if ip in NAT64 or 1 < int(ip) < 2**32:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


@dataclass(frozen=True)
class CrawlPolicy:
    allowed_domains: frozenset[str]
    allow_private: bool = False
    max_bytes: int = 1_000_000
    timeout: float = 5.0
    max_redirects: int = 3
    # the name service (tests give a fixed table); the fetch connects only to what it answered
    resolver: Callable[[str, int], list[str]] = field(default=resolve, compare=False)

    def domain_allowed(self, host: str) -> bool:
        host = host.lower().rstrip(".")
        return any(host == d or host.endswith("." + d) for d in self.allowed_domains)

    def check(self, url: str) -> tuple[str, ...]:
        """Refuse what we must not fetch, before any connection is made; else the addresses checked,
        which are the only ones the fetch may connect to (a second lookup could answer otherwise:
        DNS rebinding)."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchRefused("only http(s) URLs")
        if parts.username or parts.password:
            raise FetchRefused("no credentials in URLs")
        if not self.domain_allowed(parts.hostname):
            raise FetchRefused(f"{parts.hostname} is not an allowed site domain")
        port = parts.port or (443 if parts.scheme == "https" else 80)
        try:
            addresses = sorted(set(self.resolver(parts.hostname, port)))
        except (OSError, UnicodeError) as exc:
            raise FetchRefused(f"{parts.hostname} does not resolve") from exc
        if not addresses:
            raise FetchRefused(f"{parts.hostname} does not resolve")
        for address in addresses:
            if self.refused(ipaddress.ip_address(address.split("%")[0])):
                raise FetchRefused(f"{parts.hostname} resolves to a non-public address")
        return tuple(addresses)

    def refused(self, ip: IPAddress) -> bool:
        """Whether an address is out of bounds: judged by the IPv4 address it carries, if any."""
        inner = embedded_ipv4(ip)
        if inner is not None:
            return self.refused(inner)
        # link-local (cloud metadata), multicast and reserved addresses: never, in any setting
        never = ip.is_link_local or ip.is_multicast or ip.is_reserved or ip.is_unspecified or ip in LOCAL_NAT64
        return never or (not ip.is_global and not (self.allow_private and (ip.is_loopback or ip.is_private)))


def read_page(html: str) -> dict:
    """What a page says about itself: title, description, keywords, language and text."""
    soup = BeautifulSoup(html, "html.parser")
    for node in soup(["script", "style", "template", "noscript", "nav", "footer", "form"]):
        node.decompose()

    def meta(name: str) -> str:
        tag = soup.find("meta", attrs={"name": name}) or soup.find("meta", attrs={"property": f"og:{name}"})
        content = tag.get("content") if tag else None  # a list only for multi-valued attributes
        return content.strip() if isinstance(content, str) else ""

    lang = soup.html.get("lang") if soup.html else None
    language = lang[:2].lower() if isinstance(lang, str) else ""
    keywords = [k.strip() for k in meta("keywords").split(",") if k.strip()][:50]
    body = soup.find("main") or soup.find("article") or soup.body or soup
    return {k: v for k, v in {
        "title": (soup.title.get_text(" ", strip=True) if soup.title else "")[:500],
        "text": (meta("description") + " " + strip_html(str(body)))[:MAX_TEXT].strip(),
        "keywords": [k[:100] for k in keywords],
        "language": language if language in ("nl", "en") else None,
    }.items() if v}
