"""Copy templates under human oversight: list, edit as a draft, check, approve, pause, discard.

An edit is saved as a draft beside the live template; serving only changes when someone
approves it. Validation runs against live vacancies before anything is stored, so a refused
edit stores nothing, and an approval checks the draft again (the catalogue may have changed).
"""

from __future__ import annotations

from dataclasses import dataclass

from engine.domain.copy.desk import CopyDesk
from engine.domain.copy.templates import parse_name, render_preview, validate_template
from engine.domain.copy.writer import LANGUAGES, SITUATIONS, Copywriter
from engine.domain.errors import NotFound, ValidationFailed
from engine.domain.oversight import TemplateDecision
from engine.domain.taxonomy import Taxonomy
from engine.services.approval import Flagged, audit_note, check_approval, template_findings
from engine.services.fairness import vacancy_sectors
from engine.store.audit import AuditEntry, AuditTrail
from engine.store.index import IndexHolder
from engine.store.oversight import Oversight, OversightHolder

PREVIEW_VACANCIES = 4
VALIDATION_SAMPLES = 200
HISTORY = 10  # audit entries on a template's page


@dataclass(frozen=True)
class Editor:
    """A template in the editor: the text being edited, what serves now, and what a check found."""

    name: str
    source: str
    decision: TemplateDecision
    status_now: str
    live: str | None
    problems: list
    previews: list
    history: list[AuditEntry]


class TemplateService:
    def __init__(self, *, store: Oversight, state: OversightHolder, copydesk: CopyDesk, copywriter: Copywriter,
                 index: IndexHolder, taxonomy: Taxonomy, audit: AuditTrail, four_eyes: bool = False) -> None:
        self.store = store
        self.state = state
        self.copydesk = copydesk
        self.copywriter = copywriter
        self.index = index
        self.taxonomy = taxonomy
        self.audit = audit
        self.four_eyes = four_eyes

    @staticmethod
    def full_name(language: str, variant: str) -> str:
        name = f"{language}/{variant}"
        try:
            parse_name(name)
        except ValueError as exc:
            raise NotFound(str(exc), "name") from None
        return name

    def rows(self) -> list[tuple[str, TemplateDecision, str, bool]]:
        """(name, decision, status, from the repository) of every template, in name order."""
        state = self.state.current()
        sources = state.template_sources(self.copydesk.repo_sources)
        names = sorted(set(sources) | set(state.templates), key=parse_name)
        return [(name, state.template(name), state.template_status(name), name in self.copydesk.repo_sources)
                for name in names]

    def new(self, language: str, situation: str) -> Editor:
        """A fresh variant of a situation, starting from the repository's first one."""
        if language not in LANGUAGES or situation not in SITUATIONS:
            raise ValidationFailed("choose a language (nl, en) and a situation (interest, context, open)",
                                   "situation")
        state = self.state.current()
        sources = state.template_sources(self.copydesk.repo_sources)
        taken = set(sources) | set(state.templates)
        variant = next(n for n in range(1, 1000) if f"{language}/{situation}-{n}" not in taken)
        return self.editor(f"{language}/{situation}-{variant}", sources.get(f"{language}/{situation}-1", ""))

    def edit(self, language: str, variant: str) -> Editor:
        """A known template in the editor: its draft if it has one, else what serves."""
        name = self.full_name(language, variant)
        self._known(name)
        state = self.state.current()
        decision = state.template(name)
        source = decision.draft if decision.draft is not None else state.template_sources(
            self.copydesk.repo_sources)[name]
        return self.editor(name, source)

    def editor(self, name: str, source: str, problems: list | None = None, previews: list | None = None) -> Editor:
        state = self.state.current()
        if problems is None:
            problems, previews = self.check(name, source)
        return Editor(name, source, state.template(name), state.template_status(name),
                      state.template_sources(self.copydesk.repo_sources).get(name), problems, previews or [],
                      self.audit.entries(HISTORY, target=name))

    def check(self, name: str, source: str) -> tuple[list, list]:
        """Problems, and sample copy when the template compiles (stores nothing)."""
        problems = validate_template(name, source, [i.vacancy for i in self._samples(parse_name(name)[0])])
        compiles = not any(p.severity == "error" and p.code == "syntax_error" for p in problems)
        return problems, self._previews(name, source) if compiles else []

    def act(self, name: str, action: str | None, source: str, who: str, reason: str | None = None) -> Editor | None:
        """Save a draft, approve, pause or discard; the editor with its problems when refused.
        Approving a template whose text has hard language findings needs ``reason``."""
        if action == "save":
            refused = self._refusal(name, source)
            if refused is not None:
                return refused
            self.store.save_draft(name, source, who)
        elif action in ("approve", "pause", "discard"):
            self._known(name)
            if action == "approve":
                editor = self._approve(name, who, reason)
                if editor is not None:
                    return editor
            elif action == "pause":
                self.store.pause_template(name, who)
            else:
                self.store.discard_draft(name, who)
        else:
            self._known(name)
            raise ValidationFailed("choose save, approve, pause or discard", "action")
        self.state.reload()
        return None

    def _approve(self, name: str, who: str, reason: str | None) -> Editor | None:
        state = self.state.current()
        draft = state.template(name).draft
        if draft is not None:  # checked again: the catalogue (and so the length check) may have changed
            refused = self._refusal(name, draft)
            if refused is not None:
                return refused
        going_live = draft if draft is not None else state.template_sources(self.copydesk.repo_sources).get(name, "")
        flagged = self.flagged(name, going_live)
        kept = check_approval(flagged, who, reason, self.four_eyes)
        self.store.approve_template(name, who, audit_note(kept, flagged[0].findings) if kept else None)
        return None

    def flagged(self, name: str, source: str) -> list[Flagged]:
        """The template, with who last edited it, when the text going live has hard language findings.
        (A draft with one is refused when saved; a live text can gain one when the check grows.)"""
        findings = template_findings(source, parse_name(name)[0])
        if not findings:
            return []
        return [Flagged("template", name, name, findings, self.store.editors("template", [name]).get(name))]

    def _refusal(self, name: str, source: str) -> Editor | None:
        """The editor showing why ``source`` cannot be stored, or None when it can."""
        problems, previews = self.check(name, source)
        if any(p.severity == "error" for p in problems):
            return self.editor(name, source, problems, previews)
        return None

    def _known(self, name: str) -> None:
        state = self.state.current()
        if not (name in state.template_sources(self.copydesk.repo_sources) or name in state.templates):
            raise NotFound(f"no copy template {name}", "name")

    def _samples(self, language: str) -> list:
        """Live vacancies in the template's language: what the template will meet when serving."""
        items = [i for i in self.index.current().items if i.vacancy.language == language]
        return items[:VALIDATION_SAMPLES]

    def _previews(self, name: str, source: str) -> list[tuple[object, object]]:
        language, situation, _ = parse_name(name)
        items = self._samples(language)[:PREVIEW_VACANCIES]
        sectors = vacancy_sectors(items, self.taxonomy)
        out: list[tuple[object, object]] = []
        for item in items:
            topic = self.copywriter.topic(sectors[item.vacancy.id], language) if situation != "open" else None
            try:
                out.append((item.vacancy, render_preview(name, source, item.vacancy, topic=topic)))
            except ValueError:  # a template that does not compile: validation reports why
                return []
        return out
