"""Pages read for context: what may be fetched (the crawl policy) and what is read from one.

The worker stores what a page says about itself — title, description, keywords, language,
text — never anything about who asked.
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

from bs4 import BeautifulSoup

from engine.domain.jobposting import strip_html

MAX_TEXT = 20_000


class FetchRefused(ValueError):
    """A URL or response the crawler will not touch; the message says why."""


@dataclass(frozen=True)
class CrawlPolicy:
    allowed_domains: frozenset[str]
    allow_private: bool = False
    max_bytes: int = 1_000_000
    timeout: float = 5.0
    max_redirects: int = 3

    def domain_allowed(self, host: str) -> bool:
        host = host.lower().rstrip(".")
        return any(host == d or host.endswith("." + d) for d in self.allowed_domains)

    def check(self, url: str) -> None:
        """Refuse what we must not fetch, before any connection is made."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchRefused("only http(s) URLs")
        if parts.username or parts.password:
            raise FetchRefused("no credentials in URLs")
        if not self.domain_allowed(parts.hostname):
            raise FetchRefused(f"{parts.hostname} is not an allowed site domain")
        port = parts.port or (443 if parts.scheme == "https" else 80)
        try:
            addresses = {info[4][0] for info in socket.getaddrinfo(parts.hostname, port, proto=socket.IPPROTO_TCP)}
        except OSError as exc:
            raise FetchRefused(f"{parts.hostname} does not resolve") from exc
        for address in addresses:
            ip = ipaddress.ip_address(str(address).split("%")[0])  # typeshed: str, or int for AF_PACKET
            # link-local (cloud metadata), multicast and reserved addresses: never, in any setting
            never = ip.is_link_local or ip.is_multicast or ip.is_reserved or ip.is_unspecified
            if never or (not ip.is_global and not (self.allow_private and (ip.is_loopback or ip.is_private))):
                raise FetchRefused(f"{parts.hostname} resolves to a non-public address")


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
