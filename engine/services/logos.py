"""Organisations' logos: asked for at import, served by the engine, named in ads by the engine's
own public URL, so a reader's browser never calls a third party for one."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from engine.domain.logos import logo_digest, logo_sources
from engine.store.logos import LogoStore

DIGEST = re.compile(r"[0-9a-f]{24}\Z")


class LogoService:
    def __init__(self, *, store: LogoStore, public_url: str) -> None:
        self.store = store
        self.public_url = public_url
        self._digest = lru_cache(maxsize=4096)(logo_digest)  # the render path asks per ad

    def request_from(self, payload: Any) -> int:
        """Queue a fetch of every logo the payload's postings name (once per address); how many."""
        return sum(self.store.request(name, url) for name, url in logo_sources(payload).items())

    def url_for(self, organisation: str) -> str | None:
        """The engine's URL of the organisation's logo, when it has one."""
        digest = self._digest(organisation)
        return f"{self.public_url}/logos/{digest}.png" if digest in self.store.known() else None

    def png(self, digest: str) -> bytes | None:
        return self.store.png(digest) if DIGEST.fullmatch(digest) else None
