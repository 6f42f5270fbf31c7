"""Human oversight of what the engine serves (AI Act Art. 14 and 26): approvals, pauses, the
kill switch — each change written with its audit entry in one Redis transaction.

A vacancy or copy template is served only when approved. For a vacancy nobody decided on,
the ``auto_approve`` setting says which way it goes; copy templates in the repository passed
code review and count as approved, those made in the studio wait for a person. An explicit
pause always wins. An approval
covers the content a person saw: when a vacancy is re-imported with other content, its
approval lapses. Hard inclusive-language findings in generated copy are never covered by
auto-approval: those ads wait for a person (see ``Plainsight``).
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections.abc import Callable, Iterable, Mapping
from typing import Any, cast

import redis

from engine.domain.jobposting import Vacancy
from engine.domain.oversight import VACANCY_ACTIONS, KillSwitch, OversightError, OversightState, TemplateDecision
from engine.domain.vacancy import content_digest
from engine.store.audit import AuditTrail, now_iso
from engine.store.client import RedisClient
from engine.store.keys import Keys
from engine.store.refreshing import Refreshing

log = logging.getLogger(__name__)


def record_editors(pipe: redis.client.Pipeline, kind: str, names: Iterable[str], who: str) -> None:
    """Queue on ``pipe`` who last imported or edited ``names`` (``kind``: vacancy or template), for
    the four-eyes rule: written in the transaction of the import or edit itself."""
    mapping: dict[Any, Any] = {f"{kind}:{name}": who for name in names}
    if mapping:
        pipe.hset(Keys.oversight_editors, mapping=mapping)


class Oversight:
    """Reads and changes the oversight state in Redis."""

    def __init__(self, client: RedisClient, audit: AuditTrail, auto_approve: bool,
                 repo_templates: Iterable[str] = ()) -> None:
        self.client = client
        self.audit = audit
        self.auto_approve = auto_approve
        self.repo_templates = frozenset(repo_templates)

    def version(self) -> int:
        return int(self.client.get(Keys.oversight_version) or 0)

    def load(self) -> OversightState:
        with self.client.pipeline(transaction=True) as pipe:
            pipe.get(Keys.oversight_version)
            pipe.hgetall(Keys.vacancy_decisions)
            pipe.hgetall(Keys.template_decisions)
            pipe.get(Keys.kill_switch)
            version, vacancies, templates, kill = pipe.execute()
        return OversightState(
            version=int(version or 0), auto_approve=self.auto_approve,
            vacancies={vid: json.loads(raw) for vid, raw in vacancies.items()},
            templates={name: TemplateDecision(**json.loads(raw)) for name, raw in templates.items()},
            kill=KillSwitch(**json.loads(kill)) if kill else None, repo_templates=self.repo_templates)

    def _commit(self, who: str, action: str, target: str, detail: dict[str, Any],
                write: Callable[[redis.client.Pipeline], object]) -> None:
        pipe = self.client.pipeline(transaction=True)
        write(pipe)
        pipe.incr(Keys.oversight_version)
        self.audit.add(pipe, who, action, target, detail)
        pipe.execute()

    def editors(self, kind: str, names: Iterable[str]) -> dict[str, str]:
        """Who last imported or edited each of ``names`` (``kind``: vacancy or template), where known."""
        names = list(names)
        found = cast(list[str | None], self.client.hmget(Keys.oversight_editors, [f"{kind}:{name}" for name in names])
                     if names else [])  # decoded replies
        return {name: who for name, who in zip(names, found, strict=True) if who}

    def record_editors(self, kind: str, names: Iterable[str], who: str) -> None:
        """Remember who imported or edited ``names`` where nothing else is written with it."""
        pipe = self.client.pipeline(transaction=True)
        record_editors(pipe, kind, names, who)
        pipe.execute()

    def set_vacancies(self, vacancies: Iterable[Vacancy], action: str, who: str,
                      notes: Mapping[str, dict[str, Any]] | None = None) -> list[str]:
        """Approve or pause vacancies as they are now; one audit entry per vacancy, with its ``notes``
        (the reason for approving despite hard language findings, and those findings)."""
        if action not in VACANCY_ACTIONS:
            raise OversightError(f"unknown action {action!r}: use approve or pause", "action")
        status = VACANCY_ACTIONS[action]
        at = now_iso()
        pipe = self.client.pipeline(transaction=True)
        ids = []
        for vacancy in vacancies:
            decision = {"status": status, "by": who, "at": at, "digest": content_digest(vacancy)}
            pipe.hset(Keys.vacancy_decisions, vacancy.id, json.dumps(decision))
            self.audit.add(pipe, who, f"vacancy.{action}", vacancy.id,
                           {"title": vacancy.title, **(notes or {}).get(vacancy.id, {})})
            ids.append(vacancy.id)
        if ids:
            pipe.incr(Keys.oversight_version)
            pipe.execute()
        return ids

    def _template(self, name: str) -> TemplateDecision:
        raw = self.client.hget(Keys.template_decisions, name)
        return TemplateDecision(**json.loads(raw)) if raw else TemplateDecision()

    def _put_template(self, name: str, decision: TemplateDecision, who: str, action: str,
                      detail: dict[str, Any]) -> TemplateDecision:
        self._commit(who, f"template.{action}", name, detail,
                     lambda pipe: pipe.hset(Keys.template_decisions, name, decision.as_json()))
        return decision

    def save_draft(self, name: str, source: str, who: str) -> TemplateDecision:
        """Keep an edit beside the live template until someone approves it (the caller validates)."""
        current = self._template(name)
        decision = TemplateDecision(current.status, current.live, source, current.revision, who, now_iso())

        def write(pipe: redis.client.Pipeline) -> None:
            pipe.hset(Keys.template_decisions, name, decision.as_json())
            record_editors(pipe, "template", [name], who)

        self._commit(who, "template.save_draft", name,
                     {"draft_sha256": hashlib.sha256(source.encode()).hexdigest()[:16]}, write)
        return decision

    def approve_template(self, name: str, who: str, note: Mapping[str, Any] | None = None) -> TemplateDecision:
        """Put the draft (if any) live; ``note``: the reason and findings when it has hard findings."""
        current = self._template(name)
        live, revision = current.live, current.revision
        if current.draft is not None:
            live, revision = current.draft, current.revision + 1
        decision = TemplateDecision("approved", live, None, revision, who, now_iso())
        return self._put_template(name, decision, who, "approve", {"revision": revision, **(note or {})})

    def pause_template(self, name: str, who: str) -> TemplateDecision:
        current = self._template(name)
        decision = TemplateDecision("paused", current.live, current.draft, current.revision, who, now_iso())
        return self._put_template(name, decision, who, "pause", {"revision": current.revision})

    def discard_draft(self, name: str, who: str) -> TemplateDecision:
        current = self._template(name)
        if current.draft is None:
            raise OversightError(f"template {name} has no draft to discard", "name")
        decision = TemplateDecision(current.status, current.live, None, current.revision, who, now_iso())
        return self._put_template(name, decision, who, "discard_draft", {})

    def set_kill_switch(self, on: bool, who: str, reason: str = "") -> None:
        """Stop (or resume) all serving at once, in every worker within a refresh interval."""
        if on:
            switch = KillSwitch(who, now_iso(), reason.strip()[:500])
            self._commit(who, "kill_switch.on", "serving", {"reason": switch.reason},
                         lambda pipe: pipe.set(Keys.kill_switch, json.dumps(switch.__dict__)))
        else:
            self._commit(who, "kill_switch.off", "serving", {}, lambda pipe: pipe.delete(Keys.kill_switch))


class OversightHolder(Refreshing[OversightState]):
    """This worker's copy of the oversight state, re-read when its version changes.

    If Redis cannot be read, the last state keeps applying; a worker that never read it
    serves nothing (it cannot know what was approved)."""

    what = "oversight state"

    def __init__(self, oversight: Oversight, refresh_seconds: float,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.oversight = oversight
        super().__init__(OversightState(version=-1, auto_approve=False,
                                        kill=KillSwitch("engine", now_iso(), "oversight state not read yet")),
                         refresh_seconds, clock)

    def reload(self) -> OversightState:
        return self.replace(self.oversight.load())

    def catch_up(self, current: OversightState) -> OversightState:
        return self.oversight.load() if self.oversight.version() != current.version else current
