"""Wire the engine's parts once per process and hand them to the views."""

from __future__ import annotations

import logging
import secrets
import sys
from dataclasses import dataclass
from pathlib import Path

from flask import Flask, current_app

from engine import TEMPLATES_DIR
from engine.store.accounts import Accounts
from engine.store.apikeys import ApiKeys, Quotas
from engine.store.audit import AuditTrail
from engine.services.bidder import Bidder
from engine.store.catalogue import Catalogue
from engine.config import ConfigError, Settings
from engine.domain.copy.desk import CopyDesk
from engine.domain.copy.writer import Copywriter
from engine.jobs.crawler import PageContexts
from engine.store.decisions import DecisionLog
from engine.store.imports import ImportJobs
from engine.domain.index import IndexHolder
from engine.domain.links import LinkSigner
from engine.nlp.analyzer import Analyzer, load_pipelines
from engine.store.oversight import Oversight, OversightHolder
from engine.domain.places import Gazetteer
from engine.store.preferences import PreferenceStore
from engine.store.ratelimit import AnonymousLimiter
from engine.store.samples import SampleStore
from engine.services.render import Plainsight
from engine.store.slots import SlotStore
from engine.store.stats import Stats
from engine.store.client import get_store
from engine.domain.taxonomy import Taxonomy, load_taxonomy

log = logging.getLogger(__name__)
EXTENSION = "plainsight.runtime"


@dataclass(frozen=True)
class Runtime:
    settings: Settings
    taxonomy: Taxonomy
    analyzer: Analyzer
    catalogue: Catalogue
    index: IndexHolder
    service: Plainsight
    signer: LinkSigner
    preferences: PreferenceStore
    preference_limiter: AnonymousLimiter
    bidder: Bidder
    stats: Stats
    slots: SlotStore
    decisions: DecisionLog
    decision_versions: str  # the taxonomy and pipeline versions every log entry carries, serialised once
    audit: AuditTrail
    oversight: Oversight
    oversight_state: OversightHolder
    copydesk: CopyDesk
    accounts: Accounts
    login_limiter: AnonymousLimiter
    imports: ImportJobs
    samples: SampleStore
    apikeys: ApiKeys
    quotas: Quotas

    def close(self) -> None:
        """Stop the background writers: for a process (or a test) whose Redis goes away for good,
        so they do not keep retrying it."""
        self.stats.stop()
        self.decisions.stop()

    def log_decision(self, endpoint: str, ads: list, preference_kinds: list[str]) -> None:
        """Count the impressions and log the decision: aggregates and kinds, never identifiers."""
        if not ads:
            return
        topics = sorted({ad.topic for ad in ads if ad.topic})
        self.decisions.record(endpoint, ads, topics, preference_kinds, self.decision_versions)


def resolve_secret_key(settings: Settings) -> str:
    """The configured key; outside gunicorn, one generated once and kept in the data dir."""
    if settings.secret_key:
        return settings.secret_key
    if "gunicorn" in sys.modules and not settings.testing:
        raise ConfigError("ENGINE_SECRET_KEY is not set: refusing to sign links with a "
                          "throw-away key in production (make run generates one for you)")
    path = Path(settings.data_dir) / "secret_key"
    if path.exists():
        return path.read_text().strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    path.write_text(key)
    path.chmod(0o600)
    return key


def init_app(app: Flask, settings: Settings) -> Runtime:
    taxonomy = load_taxonomy()
    analyzer = Analyzer(load_pipelines(settings.models_dir), settings.analysis_cache_size)
    if analyzer.taxonomy_version != taxonomy.version:
        raise ConfigError(f"the pipelines in {settings.models_dir} were built from another taxonomy "
                          f"({analyzer.taxonomy_version} != {taxonomy.version}); run `make models`")
    gazetteer = Gazetteer.load()
    catalogue = Catalogue(get_store(app).client, analyzer, taxonomy.version)
    holder = IndexHolder(catalogue, taxonomy, gazetteer, settings.index_refresh_seconds)
    holder.rebuild()
    secret_key = resolve_secret_key(settings)
    signer = LinkSigner(secret_key, settings.link_ttl_days * 86400, settings.public_url)
    client, breaker = get_store(app).client, get_store(app).breaker
    preferences = PreferenceStore(client, secret_key, settings.preferences_retention_days)
    limiter = AnonymousLimiter(client, secret_key, settings.preferences_rate_limit, "preferences")
    slots = SlotStore(client)
    pages = PageContexts(client, frozenset(d.strip().lower() for d in settings.crawl_domains.split(",") if d.strip()),
                         settings.crawl_allow_private, settings.crawl_ttl_hours * 3600, slots.all_domains)
    audit = AuditTrail(client)
    apikeys = ApiKeys(client, secret_key, audit, settings.index_refresh_seconds)
    copydesk = CopyDesk(TEMPLATES_DIR / "copy", taxonomy, settings.analysis_cache_size)
    oversight = Oversight(client, audit, settings.auto_approve, copydesk.repo_sources)
    oversight_state = OversightHolder(oversight, settings.index_refresh_seconds)
    oversight_state.reload()
    service = Plainsight(analyzer, taxonomy, gazetteer, holder,
                         Copywriter(TEMPLATES_DIR / "copy", taxonomy), signer, TEMPLATES_DIR,
                         resolve_token=preferences.lookup, cache_size=settings.analysis_cache_size,
                         pages=pages, oversight=oversight_state, copydesk=copydesk, breaker=breaker)
    runtime = Runtime(settings, taxonomy, analyzer, catalogue, holder, service, signer, preferences, limiter,
                      Bidder(service, settings.bid_cpm), Stats(client, settings.stats_k), slots,
                      DecisionLog(client, settings.decision_retention_days, settings.decision_max_entries),
                      DecisionLog.versions_fragment({"taxonomy_version": taxonomy.version,
                                                     "models": analyzer.versions}),
                      audit, oversight, oversight_state, copydesk,
                      Accounts(client, secret_key, audit, settings.admin_token, settings.studio_session_hours * 3600),
                      AnonymousLimiter(client, secret_key, settings.studio_login_rate_limit, "studio-login"),
                      ImportJobs(client, catalogue, audit), SampleStore(client, audit), apikeys,
                      Quotas(client, apikeys, settings.anonymous_rate_limit, settings.slot_rate_limit, breaker))
    app.extensions[EXTENSION] = runtime
    return runtime


def get_runtime(app: Flask | None = None) -> Runtime:
    return (app or current_app).extensions[EXTENSION]
