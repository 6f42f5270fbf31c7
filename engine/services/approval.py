"""A person stands behind discriminating copy.

Approving a vacancy or copy template with a hard inclusive-language finding (``engine.domain.lint``:
wording that excludes, such as "max. 35 jaar") is a deliberate act: the approver sees every
finding and writes why it may go out all the same, and that reason is kept with the approval in
the audit trail. With four eyes (``ENGINE_FOUR_EYES``) the account that imported or last edited
it may not approve it: a second person must. Approving without hard findings stays one click.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from jinja2 import TemplateError, nodes

from engine.domain.copy.writer import copy_environment
from engine.domain.errors import EngineError, ValidationFailed
from engine.domain.jobposting import Vacancy
from engine.domain.lint import Finding, lint
from engine.services.vacancy_list import copy_fact_findings

MIN_REASON = 10  # characters, after trimming: "ok" or "fine" is no reason
MAX_REASON = 1000


@dataclass(frozen=True)
class Flagged:
    """Something to approve that has hard findings: a vacancy or a copy template."""

    kind: str  # vacancy | template
    target: str  # the vacancy's id or the template's name
    title: str
    findings: tuple[Finding, ...]
    editor: str | None = None  # the account that imported or last edited it, when known


def _described(flagged: list[Flagged]) -> str:
    return "; ".join(f"{item.target}: " + ", ".join(f"{f.category} \u201c{f.text}\u201d" for f in item.findings)
                     for item in flagged)[:600]


class ReasonRequired(ValidationFailed):
    """Hard findings and no reason (or too short a one): the approval waits for one."""

    code = "reason_required"

    def __init__(self, flagged: list[Flagged], given: bool) -> None:
        super().__init__(f"Approving copy with hard inclusive-language findings needs a written reason of at least "
                         f"{MIN_REASON} characters ({_described(flagged)}).", "reason")
        self.flagged = flagged
        self.given = given  # a reason was sent, but too short


class FourEyesRefused(EngineError):
    """Four eyes: the account that imported or last edited it may not approve it."""

    status, code = 403, "four_eyes"

    def __init__(self, flagged: list[Flagged], who: str) -> None:
        super().__init__(f"{who} imported or last edited what is to be approved ({_described(flagged)}); with "
                         "ENGINE_FOUR_EYES another account must approve it.")
        self.flagged = flagged
        self.who = who


def _unique(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    """Hard findings, one per category and wording (a title's finding recurs in the ad's facts)."""
    seen: dict[tuple[str, str], Finding] = {}
    for finding in findings:
        if finding.severity == "hard":
            seen.setdefault((finding.category, finding.text.casefold()), finding)
    return tuple(seen.values())


def vacancy_findings(vacancy: Vacancy) -> tuple[Finding, ...]:
    """Hard findings in what a vacancy shows: its title and description, and the facts its ads quote."""
    texts = (vacancy.title or "", vacancy.description or "")
    return _unique([*(f for text in texts for f in lint(text, vacancy.language)[0]), *copy_fact_findings(vacancy)])


def template_findings(source: str, language: str) -> tuple[Finding, ...]:
    """Hard findings in the fixed text of a copy template: the words it writes around the facts."""
    try:
        tree = copy_environment().parse(source)
    except (TemplateError, RecursionError):  # a template that does not parse is refused by validation
        return ()
    parts = [part.data if isinstance(part, nodes.TemplateData) else str(part.value)
             for output in tree.find_all(nodes.Output) for part in output.nodes
             if isinstance(part, nodes.TemplateData | nodes.Const)]
    return _unique(lint(" ".join(" ".join(parts).split()), language)[0])


def check_approval(flagged: list[Flagged], who: str, reason: str | None, four_eyes: bool) -> str | None:
    """The reason to keep with the approval (None: nothing flagged, one click is enough).

    Four eyes is checked first: there is no point in asking for a reason the account may not give."""
    if not flagged:
        return None
    own = [item for item in flagged if item.editor == who]
    if four_eyes and own:
        raise FourEyesRefused(own, who)
    text = " ".join((reason or "").split())
    if len(text) < MIN_REASON:
        raise ReasonRequired(flagged, given=bool(text))
    return text[:MAX_REASON]


def audit_note(reason: str, findings: Iterable[Finding]) -> dict[str, Any]:
    """What the audit entry of the approval keeps: the reason, and the findings it overrode."""
    return {"reason": reason, "findings": ", ".join(f"{f.category}: {f.text}" for f in findings)}
