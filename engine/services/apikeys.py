"""Partners' API keys and the quotas of the public ad endpoints.

Keys are issued (shown once), listed and revoked here; every public ad request is counted
against its key, its slot or its endpoint family before the view runs.
"""

from __future__ import annotations

from engine.domain.errors import NotFound
from engine.store.apikeys import ApiKey, ApiKeys, Quotas, Verdict


class ApiKeyService:
    def __init__(self, *, store: ApiKeys, quotas: Quotas) -> None:
        self.store = store
        self.quotas = quotas

    def issue(self, name: str, rate: str, who: str) -> tuple[str, ApiKey]:
        """The new key (the only time it is ever shown) and its record."""
        return self.store.issue(name, rate, who)

    def all(self) -> list[ApiKey]:
        """Names, rates and creation times; never the keys."""
        return self.store.all()

    def revoke(self, name: str, who: str) -> None:
        if not self.store.revoke(name, who):
            raise NotFound(f"no API key named {name!r}", "name")

    def check_quota(self, family: str, api_key: str | None, slot: str | None, framed: bool = False) -> Verdict:
        """Count one request; the verdict says whether it may be served (fails open without a store).
        ``framed``: an embed a browser frames on a page of the slot's domains (its visitors' bucket)."""
        return self.quotas.check(family, api_key, slot, framed)

    def give_back(self, verdict: Verdict) -> None:
        """Uncount a request that was counted and then refused: only what is served counts."""
        self.quotas.give_back(verdict)
