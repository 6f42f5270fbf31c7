"""The composition root: build the engine's parts, stores and services once per process, by
keyword, and hand the services to the views.

This is the only place that constructs stores. Views reach the engine through ``services()``:
a small container of use-case services (plus the settings), never the stores themselves.
"""

from __future__ import annotations

import logging
import secrets
import sys
from dataclasses import dataclass, replace
from pathlib import Path

from flask import Flask, current_app

from engine.config import TEMPLATES_DIR, ConfigError, Settings
from engine.domain.copy.desk import CopyDesk
from engine.domain.copy.writer import Copywriter
from engine.domain.links import LinkSigner
from engine.domain.places import Gazetteer
from engine.domain.relevance import Floor
from engine.domain.taxonomy import Taxonomy, load_taxonomy
from engine.nlp.analyzer import Analyzer, load_pipelines
from engine.nlp.lint import Lexicon
from engine.services.accounts import AccountService, ProofPolicy
from engine.services.ads import AdService
from engine.services.apikeys import ApiKeyService
from engine.services.bidder import Bidder
from engine.services.bidding import BiddingService
from engine.services.health import HealthService
from engine.services.lint import LintService
from engine.services.logos import LogoService
from engine.services.oversight import OversightService
from engine.services.preferences import PreferenceService
from engine.services.preview import PreviewService
from engine.services.render import Plainsight
from engine.services.reports import ReportService
from engine.services.slots import SlotService
from engine.services.templates import TemplateService
from engine.services.transparency import TransparencyService
from engine.services.vacancies import VacancyService
from engine.store.accounts import Accounts
from engine.store.apikeys import ApiKeys, Quotas
from engine.store.audit import AuditTrail
from engine.store.bidding import BidBook
from engine.store.catalogue import Catalogue
from engine.store.client import Store, open_store
from engine.store.decisions import DecisionLog
from engine.store.imports import ImportJobs
from engine.store.index import IndexHolder
from engine.store.logos import LogoStore
from engine.store.oversight import Oversight, OversightHolder
from engine.store.pages import PageContexts
from engine.store.preferences import PreferenceStore
from engine.store.ratelimit import AnonymousLimiter
from engine.store.samples import SampleStore
from engine.store.slots import PageViews, SlotDomains, SlotStore
from engine.store.stats import Stats

log = logging.getLogger(__name__)
EXTENSION = "plainsight.runtime"
STORE_EXTENSION = "plainsight.store"


@dataclass(frozen=True, kw_only=True)
class Runtime:
    """What the views reach: the settings and one service per use case."""

    settings: Settings
    ads: AdService                # match, render, embed, bid, click, "why this ad?"
    vacancies: VacancyService     # the catalogue: import, read, delete, the studio's list
    preferences: PreferenceService
    oversight: OversightService   # approvals, kill switch, audit, decision log, fairness
    templates: TemplateService    # copy templates under oversight
    previews: PreviewService      # the studio's previews, simulator and samples
    slots: SlotService
    logos: LogoService            # organisations' logos, fetched at import and served by the engine
    bidding: BiddingService       # what vacancies bid on the ad networks, and their budgets
    apikeys: ApiKeyService        # partners' keys and the quotas of the ad endpoints
    accounts: AccountService      # studio sign-in and users
    reports: ReportService
    transparency: TransparencyService
    lint: LintService
    health: HealthService

    def close(self) -> None:
        """Stop the background writers: for a process (or a test) whose Redis goes away for good,
        so they do not keep retrying it."""
        self.ads.close()


@dataclass(frozen=True, kw_only=True)
class _Parts:
    """What is loaded from disk once: taxonomy, pipelines, places and copy templates."""

    taxonomy: Taxonomy
    analyzer: Analyzer
    gazetteer: Gazetteer
    copydesk: CopyDesk
    copywriter: Copywriter


@dataclass(frozen=True, kw_only=True)
class _Stores:
    catalogue: Catalogue
    index: IndexHolder
    audit: AuditTrail
    oversight: Oversight
    oversight_state: OversightHolder
    preferences: PreferenceStore
    preference_limiter: AnonymousLimiter
    slots: SlotStore
    pages: PageContexts
    apikeys: ApiKeys
    quotas: Quotas
    stats: Stats
    decisions: DecisionLog
    accounts: Accounts
    login_limiter: AnonymousLimiter
    imports: ImportJobs
    samples: SampleStore
    bids: BidBook
    logos: LogoStore


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


TEST_PUBLIC_URL = "http://localhost"  # the tests' fixed public URL (their client's own host)
LOCAL_PUBLIC_URL = "http://127.0.0.1:8000"  # outside gunicorn and the tests: where `make run` listens


def resolve_public_url(settings: Settings) -> str:
    """The base of every link in an ad or a snippet, never the request's Host header (which
    anyone can forge). Under gunicorn it must be configured; the tests use a fixed one; the
    command line and the development server the local address of ``make run``."""
    if settings.public_url:
        return settings.public_url.rstrip("/")
    if settings.testing:
        return TEST_PUBLIC_URL
    if "gunicorn" in sys.modules:
        raise ConfigError("ENGINE_PUBLIC_URL is not set: refusing to put links in ads that would break on "
                          "a partner's page (make run sets it for you)")
    log.warning("ENGINE_PUBLIC_URL is not set: links in ads and snippets point at %s", LOCAL_PUBLIC_URL)
    return LOCAL_PUBLIC_URL


def _load_parts(settings: Settings) -> _Parts:
    taxonomy = load_taxonomy()
    analyzer = Analyzer(pipelines=load_pipelines(settings.models_dir), cache_size=settings.analysis_cache_size)
    if analyzer.taxonomy_version != taxonomy.version:
        raise ConfigError(f"the pipelines in {settings.models_dir} were built from another taxonomy "
                          f"({analyzer.taxonomy_version} != {taxonomy.version}); run `make models`")
    return _Parts(taxonomy=taxonomy, analyzer=analyzer, gazetteer=Gazetteer.load(),
                  copydesk=CopyDesk(templates_dir=TEMPLATES_DIR / "copy", taxonomy=taxonomy,
                                    cache_size=settings.analysis_cache_size),
                  copywriter=Copywriter(templates_dir=TEMPLATES_DIR / "copy", taxonomy=taxonomy))


def _crawl_domains(settings: Settings) -> frozenset[str]:
    return frozenset(d.strip().lower() for d in settings.crawl_domains.split(",") if d.strip())


def _open_stores(settings: Settings, store: Store, parts: _Parts, secret_key: str) -> _Stores:
    """Every store, over one client; the index and the oversight state are read once here."""
    client, refresh = store.client, settings.index_refresh_seconds
    catalogue = Catalogue(client=client, analyzer=parts.analyzer, taxonomy_version=parts.taxonomy.version)
    index = IndexHolder(catalogue=catalogue, taxonomy=parts.taxonomy, gazetteer=parts.gazetteer,
                        refresh_seconds=refresh)
    index.rebuild()
    audit = AuditTrail(client=client)
    slots = SlotStore(client=client, audit=audit)
    apikeys = ApiKeys(client=client, secret_key=secret_key, audit=audit, cache_seconds=refresh)
    oversight = Oversight(client=client, audit=audit, auto_approve=settings.auto_approve,
                          repo_templates=parts.copydesk.repo_sources)
    oversight_state = OversightHolder(oversight=oversight, refresh_seconds=refresh)
    oversight_state.reload()
    return _Stores(
        catalogue=catalogue, index=index, audit=audit, oversight=oversight, oversight_state=oversight_state,
        preferences=PreferenceStore(client=client, secret_key=secret_key,
                                    retention_days=settings.preferences_retention_days),
        preference_limiter=AnonymousLimiter(client=client, secret_key=secret_key,
                                            rate=settings.preferences_rate_limit, namespace="preferences"),
        slots=slots,
        pages=PageContexts(client=client, allowed=_crawl_domains(settings),
                           allow_private=settings.crawl_allow_private, ttl_seconds=settings.crawl_ttl_hours * 3600,
                           slot_domains=SlotDomains(slots, refresh).domains),
        apikeys=apikeys,
        quotas=Quotas(client=client, keys=apikeys, anonymous_rate=settings.anonymous_rate_limit,
                      slot_rate=settings.slot_rate_limit, breaker=store.breaker),
        stats=Stats(client=client, k=settings.stats_k),
        decisions=DecisionLog(client=client, retention_days=settings.decision_retention_days,
                              max_entries=settings.decision_max_entries,
                              key=settings.decision_log_key or secret_key,
                              checkpoint_seconds=settings.decision_checkpoint_minutes * 60),
        accounts=Accounts(client=client, secret_key=secret_key, audit=audit, admin_token=settings.admin_token,
                          session_seconds=settings.studio_session_hours * 3600,
                          device_seconds=settings.studio_device_days * 86400),
        login_limiter=AnonymousLimiter(client=client, secret_key=secret_key,
                                       rate=settings.studio_login_rate_limit, namespace="studio-login"),
        imports=ImportJobs(client=client, catalogue=catalogue, audit=audit),
        samples=SampleStore(client=client, audit=audit),
        bids=BidBook(client=client, audit=audit, refresh_seconds=refresh, breaker=store.breaker),
        logos=LogoStore(client=client, allow_private=settings.crawl_allow_private),
    )


def _plainsight(settings: Settings, store: Store, parts: _Parts, stores: _Stores, signer: LinkSigner,
                logos: LogoService) -> Plainsight:
    return Plainsight(analyzer=parts.analyzer, taxonomy=parts.taxonomy, gazetteer=parts.gazetteer,
                      index=stores.index, copywriter=parts.copywriter, signer=signer, templates_dir=TEMPLATES_DIR,
                      resolve_token=stores.preferences.lookup, cache_size=settings.analysis_cache_size,
                      pages=stores.pages, oversight=stores.oversight_state, copydesk=parts.copydesk,
                      breaker=store.breaker, logo_url=logos.url_for, floor=Floor(
                          context_strength=settings.relevance_floor, work_words=settings.relevance_work_words,
                          strong_strength=settings.relevance_strong,
                          interest_strength=settings.relevance_interest_floor))


def _compose(settings: Settings, store: Store, parts: _Parts, stores: _Stores, signer: LinkSigner) -> Runtime:
    """The services over the stores: each gets exactly the stores its use case needs."""
    s, taxonomy = stores, parts.taxonomy
    logos = LogoService(store=s.logos, public_url=settings.public_url)
    plainsight = _plainsight(settings, store, parts, stores, signer, logos)
    slots = SlotService(store=s.slots, page_views=PageViews(s.slots.client), taxonomy=taxonomy)
    lexicon = Lexicon()  # the lint's lemma tables, loaded on a worker's first check
    vacancies = VacancyService(catalogue=s.catalogue, index=s.index, imports=s.imports, oversight=s.oversight_state,
                               audit=s.audit, taxonomy=taxonomy, lexicon=lexicon, logos=logos)
    versions = DecisionLog.versions_fragment({"taxonomy_version": taxonomy.version,
                                              "models": parts.analyzer.versions})
    return Runtime(
        settings=settings,
        ads=AdService(plainsight=plainsight, slots=slots, signer=signer, stats=s.stats, decisions=s.decisions,
                      bidder=Bidder(service=plainsight, signer=signer, book=s.bids, cpm=settings.bid_cpm),
                      decision_versions=versions, max_limit=settings.max_limit, book=s.bids),
        vacancies=vacancies,
        preferences=PreferenceService(store=s.preferences, limiter=s.preference_limiter,
                                      public_url=settings.public_url),
        oversight=OversightService(store=s.oversight, state=s.oversight_state, vacancies=vacancies, index=s.index,
                                   audit=s.audit, decisions=s.decisions, stats=s.stats, taxonomy=taxonomy,
                                   plainsight=plainsight, four_eyes=settings.four_eyes),
        templates=TemplateService(store=s.oversight, state=s.oversight_state, copydesk=parts.copydesk,
                                  copywriter=parts.copywriter, index=s.index, taxonomy=taxonomy, audit=s.audit,
                                  four_eyes=settings.four_eyes),
        previews=PreviewService(plainsight=plainsight, vacancies=vacancies, samples=s.samples,
                                state=s.oversight_state),
        slots=slots,
        logos=logos,
        bidding=BiddingService(book=s.bids, index=s.index, default_cpm=settings.bid_cpm),
        apikeys=ApiKeyService(store=s.apikeys, quotas=s.quotas),
        accounts=AccountService(store=s.accounts, limiter=s.login_limiter, audit=s.audit,
                                proof=ProofPolicy(key=s.accounts.proof_key, bits=settings.studio_proof_bits)),
        reports=ReportService(stats=s.stats, index=s.index),
        transparency=TransparencyService(settings=settings, taxonomy=taxonomy, analyzer=parts.analyzer),
        lint=LintService(lexicon=lexicon),
        health=HealthService(store=store, index=s.index, oversight=s.oversight_state, analyzer=parts.analyzer,
                             taxonomy=taxonomy, plainsight=plainsight),
    )


def init_app(app: Flask, settings: Settings) -> Runtime:
    store = app.extensions[STORE_EXTENSION] = open_store(settings)
    parts = _load_parts(settings)
    secret_key = resolve_secret_key(settings)
    settings = replace(settings, public_url=resolve_public_url(settings))  # every link is absolute
    stores = _open_stores(settings, store, parts, secret_key)
    signer = LinkSigner(secret_key=secret_key, ttl_seconds=settings.link_ttl_days * 86400,
                        base_url=settings.public_url)
    runtime = _compose(settings, store, parts, stores, signer)
    app.extensions[EXTENSION] = runtime
    return runtime


def get_runtime(app: Flask | None = None) -> Runtime:
    return (app or current_app).extensions[EXTENSION]


def services(app: Flask | None = None) -> Runtime:
    """The services of ``app`` (default: the current one): what a view calls."""
    return get_runtime(app)


def get_store(app: Flask | None = None) -> Store:
    return (app or current_app).extensions[STORE_EXTENSION]
