"""What the studio shows before anything is served: one vacancy's ads across sample pages,
personas, languages and formats, and a simulation of any page and interests.

Nothing here counts an impression or a click, or writes to the decision log: previews are
not serving. Ads carry a direct link to the vacancy instead of the counting click link.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from engine.domain.copy.writer import LANGUAGES
from engine.domain.explain import Notes
from engine.domain.jobposting import Vacancy
from engine.domain.matching import Match
from engine.domain.oversight import OversightState
from engine.domain.signals import MatchRequest, to_signals, validate
from engine.services.render import WITHHELD_SPARE, Ad, Decision, Plainsight
from engine.services.vacancies import VacancyService
from engine.store.oversight import OversightHolder
from engine.store.samples import Samples, SampleStore, parse_samples


@dataclass(frozen=True)
class PreviewAd:
    ad: Ad
    withheld: bool     # a hard inclusive-language finding waits for a person's approval
    findings: tuple    # inclusive-language findings in the copy


@dataclass(frozen=True)
class PreviewRow:
    sample_kind: str   # "context" or "persona"
    sample_name: str
    match: Match | None  # None: the vacancy is unknown or expired
    ads: dict[str, PreviewAd | None]  # language -> the ad in that language (None: no approved template)


def _preview_ad(service: Plainsight, match: Match, decision: Decision, language: str) -> PreviewAd | None:
    """None when no approved template can write copy for this situation."""
    situation, concept = service.copy_key(match)
    copy = service.write_copy(match.item.vacancy, language, situation, concept, decision.oversight)
    if copy is None:
        return None
    ad = service.ad_for(match, decision, "html", copy=copy, language=language, count_clicks=False)
    findings = service.copydesk.findings(copy) if service.copydesk else ()
    return PreviewAd(ad, service.withheld(copy, match.item, decision.oversight), tuple(findings))


def preview_vacancy(service: Plainsight, vacancy_id: str, samples: Samples,
                    now: float | None = None) -> list[PreviewRow]:
    """For every sample: the vacancy's score, reasons and its ad in every language."""
    now = time.time() if now is None else now
    state = service.oversight.current() if service.oversight else None
    rows = []
    for kind, name, request in samples.requests():
        match = service.score_one(vacancy_id, request, now)
        ads: dict[str, PreviewAd | None] = {}
        if match is not None:
            prefs, ctx = to_signals(request)
            decision = Decision([match], prefs, ctx, Notes(), state)
            ads = {language: _preview_ad(service, match, decision, language) for language in LANGUAGES}
        rows.append(PreviewRow(kind, name, match, ads))
    return rows


@dataclass(frozen=True)
class Simulation:
    decision: Decision
    ads: list[PreviewAd]  # in ranking order, withheld ones included and marked
    killed: bool


def simulate(service: Plainsight, request: MatchRequest, count: int, now: float | None = None) -> Simulation:
    """The ranking and ads serving would produce for this page and these interests."""
    decision = service.decide(request.model_copy(update={"limit": count + WITHHELD_SPARE}), now)
    killed = decision.oversight is not None and decision.oversight.kill is not None
    ads = []
    for match in decision.matches:
        preview = _preview_ad(service, match, decision, service.ad_language(match, decision))
        if preview is not None:
            ads.append(preview)
        if sum(not a.withheld for a in ads) == count:
            break
    return Simulation(decision, ads, killed)


@dataclass(frozen=True)
class VacancyPreview:
    vacancy: Vacancy
    rows: list[PreviewRow]
    state: OversightState


class PreviewService:
    """The studio's previews and simulator, and the sample pages and personas they use."""

    def __init__(self, *, plainsight: Plainsight, vacancies: VacancyService, samples: SampleStore,
                 state: OversightHolder) -> None:
        self.plainsight = plainsight
        self.vacancies = vacancies
        self.samples = samples
        self.state = state

    def preview(self, vacancy_id: str) -> VacancyPreview:
        record = self.vacancies.get(vacancy_id)
        rows = preview_vacancy(self.plainsight, vacancy_id, self.samples.get())
        return VacancyPreview(record.vacancy, rows, self.state.current())

    def simulate(self, body: dict[str, Any], count: int) -> Simulation:
        """``body`` is checked exactly as the API checks a match request."""
        return simulate(self.plainsight, validate(MatchRequest, body), count)

    def current_samples(self) -> Samples:
        return self.samples.get()

    def save_samples(self, data: dict[str, Any], who: str) -> None:
        """Check every sample before any is stored: a refused set stores nothing."""
        self.samples.save(parse_samples(data), who)

    def reset_samples(self, who: str) -> None:
        self.samples.reset(who)
