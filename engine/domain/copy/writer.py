"""Ad copy from Jinja2 copy templates: per language and situation, several variants each.

A variant only sees the vacancy facts that exist (``StrictUndefined``): a template guards an
optional fact with ``is defined``, and one that does not is skipped for a vacancy without it —
the copy never states what the vacancy does not say. The variant is picked by a stable hash,
so a request renders the same way every time, and a variant that would break a length limit
is passed over.

Templates are compiled in a Jinja2 sandbox from a name -> source mapping (``nl/interest-2``),
so edited templates from the studio can be swapped in at run time; ``engine.domain.copy.templates``
validates a template against the constants below before it is stored.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from jinja2 import DictLoader, StrictUndefined, Template, TemplateError
from jinja2.sandbox import SandboxedEnvironment

from engine.domain.jobposting import Vacancy
from engine.domain.taxonomy import Taxonomy

LIMITS = {"headline": 60, "body": 140, "cta": 25}
SITUATIONS = ("interest", "context", "open")
LANGUAGES = ("nl", "en")
# The facts ``vacancy_facts`` gives: the first two always, the others only when the vacancy has them.
ALWAYS_FACTS = ("title", "organization")
# ``place`` is the name alone ("Utrecht"), ``in_place`` the phrase ("in Utrecht", "remotely"), so
# "Werken {{ job.in_place }}" and "{{ job.title }}, {{ job.place }}" both compose; ``where`` is the
# older name of ``in_place``, kept for the templates that use it.
OPTIONAL_FACTS = ("place", "in_place", "where", "hours", "salary", "remote")
FACTS = ALWAYS_FACTS + OPTIONAL_FACTS
# Variables beside ``job`` that ``write`` passes per situation: always, or only sometimes.
ALWAYS_VARIABLES = {"interest": ("topic",), "context": ("topic",), "open": ()}
OPTIONAL_VARIABLES = {"interest": ("interest",), "context": (), "open": ()}
# All a copy template may do beyond printing: the sandbox offers nothing else.
COPY_FILTERS = ("capitalize", "lower", "upper", "title", "trim")
COPY_TESTS = ("defined", "undefined")
_NAME = re.compile(r"(?P<language>[a-z]+)/(?P<situation>[a-z]+)-(?P<variant>[1-9][0-9]{0,3})")
_SPACES = re.compile(r"\s+")
_UNIT_WORDS = {
    "nl": {"HOUR": "per uur", "DAY": "per dag", "WEEK": "per week", "MONTH": "per maand", "YEAR": "per jaar"},
    "en": {"HOUR": "an hour", "DAY": "a day", "WEEK": "a week", "MONTH": "a month", "YEAR": "a year"},
}
_REMOTE = {"nl": "op afstand", "en": "remote"}
_REMOTELY = {"nl": "op afstand", "en": "remotely"}


class CopyTemplateError(ValueError):
    """A copy template set that cannot be used: a bad name, a missing situation, a broken template."""


class TemplateName(NamedTuple):
    language: str
    situation: str
    variant: int

    def __str__(self) -> str:
        return f"{self.language}/{self.situation}-{self.variant}"


def parse_name(name: str) -> TemplateName:
    """``"nl/interest-2"`` -> ``("nl", "interest", 2)``; names come from the studio, so refuse anything else."""
    match = _NAME.fullmatch(name) if isinstance(name, str) else None
    if match is None:
        raise CopyTemplateError(f"{name!r} is not a copy template name: expected language/situation-N, "
                                f"e.g. 'nl/interest-2'")
    if match["language"] not in LANGUAGES:
        raise CopyTemplateError(f"{name!r}: language must be one of {', '.join(LANGUAGES)}")
    if match["situation"] not in SITUATIONS:
        raise CopyTemplateError(f"{name!r}: situation must be one of {', '.join(SITUATIONS)}")
    return TemplateName(match["language"], match["situation"], int(match["variant"]))


def load_sources(templates_dir: Path) -> dict[str, str]:
    """Name -> source of the ``{language}/{situation}-N.txt`` files under ``templates_dir``."""
    return {f"{lang}/{path.stem}": path.read_text(encoding="utf-8")
            for lang in LANGUAGES for path in sorted((templates_dir / lang).glob("*.txt"))}


def copy_environment(sources: Mapping[str, str] | None = None) -> SandboxedEnvironment:
    """The one Jinja2 environment for copy: sandboxed, strict, with only the allowed filters and tests.

    Templates become untrusted input once marketeers edit them, so even a template that slipped
    past validation can reach no globals, no private attributes and no other filters.
    """
    env = SandboxedEnvironment(loader=DictLoader(dict(sources or {})), undefined=StrictUndefined,
                               autoescape=False)  # noqa: S701 - plain text; ads/ad.html escapes it
    env.filters = {name: env.filters[name] for name in COPY_FILTERS}
    env.tests = {name: env.tests[name] for name in COPY_TESTS}
    env.globals.clear()
    return env


def compile_variants(sources: Mapping[str, str], require_all: bool = True
                     ) -> dict[tuple[str, str], list[tuple[str, Template]]]:
    """Compiled variants per (language, situation), in numeric variant order; every pair needs one
    unless ``require_all`` is off (marketeers may pause every variant of a situation)."""
    names = sorted(parse_name(name) for name in sources)
    env = copy_environment(sources)
    variants: dict[tuple[str, str], list[tuple[str, Template]]] = {
        (lang, situation): [] for lang in LANGUAGES for situation in SITUATIONS}
    for name in names:
        try:
            template = env.get_template(str(name))
        except (TemplateError, SyntaxError, RecursionError) as exc:
            raise CopyTemplateError(f"{name}: {exc}") from exc
        variants[(name.language, name.situation)].append((str(name), template))
    for (lang, situation), found in variants.items():
        if not found and require_all:
            raise CopyTemplateError(f"no copy templates for {lang}/{situation}")
    return variants


def render_blocks(template: Template, values: Mapping[str, object]) -> tuple[str, str, str]:
    """Headline, body and cta with spaces collapsed; raises when the template needs a missing value."""
    context = template.new_context(dict(values))
    headline, body, cta = (_SPACES.sub(" ", "".join(template.blocks[name](context))).strip() for name in LIMITS)
    return headline, body, cta


def fits(parts: tuple[str, str, str]) -> bool:
    """True when no block is empty and each stays within its limit."""
    return all(text and len(text) <= LIMITS[name] for name, text in zip(LIMITS, parts, strict=True))


@dataclass(frozen=True)
class Copy:
    language: str
    headline: str
    body: str
    cta: str
    template: str  # e.g. "nl/interest-2"
    situation: str


def format_money(amount: float, language: str, currency: str) -> str:
    symbol = "€" if currency == "EUR" else currency + " "
    whole = amount == int(amount)
    text = f"{amount:,.0f}" if whole else f"{amount:,.2f}"
    if language == "nl":
        text = text.replace(",", "_").replace(".", ",").replace("_", ".")
        return f"{symbol} {text}" if symbol == "€" else f"{symbol}{text}"
    return f"{symbol}{text}"


def vacancy_facts(vacancy: Vacancy, language: str) -> dict[str, object]:
    """The facts a template may use; a fact the vacancy lacks is simply absent."""
    facts: dict[str, object] = {"title": vacancy.title, "organization": vacancy.organization}
    if vacancy.locations and vacancy.locations[0].label():
        facts["place"] = vacancy.locations[0].label()
        facts["in_place"] = facts["where"] = f"in {facts['place']}"
    elif vacancy.remote:
        facts["place"] = _REMOTE[language]
        facts["in_place"] = facts["where"] = _REMOTELY[language]
    if vacancy.remote:
        facts["remote"] = True
    types = set(vacancy.employment_types) & {"FULL_TIME", "PART_TIME"}
    if len(types) == 1:
        facts["hours"] = {"FULL_TIME": "fulltime", "PART_TIME": "parttime"}[types.pop()]
    salary = vacancy.salary
    if salary is not None:
        unit = _UNIT_WORDS[language][salary.unit]
        low, high = salary.minimum, salary.maximum
        amount = low if low is not None else high
        if low is not None and high is not None and high != low:
            facts["salary"] = f"{format_money(low, language, salary.currency)}–" \
                              f"{format_money(high, language, salary.currency)} {unit}"
        elif amount is not None:  # parse_posting never makes a Salary without any amount
            facts["salary"] = f"{format_money(amount, language, salary.currency)} {unit}"
    return facts


def _fit(text: str, limit: int) -> str:
    """Shorten at a word boundary with an ellipsis (used only for the last-resort copy)."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:-–")
    return cut + "…"


class Copywriter:
    def __init__(self, templates_dir: Path, taxonomy: Taxonomy) -> None:
        self.taxonomy = taxonomy
        self.variants = compile_variants(load_sources(templates_dir))

    @classmethod
    def from_sources(cls, sources: Mapping[str, str], taxonomy: Taxonomy, require_all: bool = True) -> Copywriter:
        """A writer over name -> source templates, so the studio can swap in edited copy at run time.
        Without ``require_all``, a situation without any template writes no copy (``write`` gives None)."""
        writer = cls.__new__(cls)
        writer.taxonomy = taxonomy
        writer.variants = compile_variants(sources, require_all)
        return writer

    def topic(self, concept_id: str | None, language: str) -> str | None:
        if not concept_id or concept_id not in self.taxonomy:
            return None
        sector = self.taxonomy.sector_of(concept_id)
        return sector.topic[language] if sector else None

    def label(self, concept_id: str | None, language: str) -> str | None:
        if not concept_id or concept_id not in self.taxonomy:
            return None
        return self.taxonomy[concept_id].label(language)

    def write(self, vacancy: Vacancy, language: str, situation: str,
              concept_id: str | None = None) -> Copy | None:
        """Copy for one vacancy in ``language``, speaking to the signal that matched; None when no
        template for the situation is approved (then no ad may be written)."""
        values: dict[str, object] = {"job": vacancy_facts(vacancy, language)}
        topic = self.topic(concept_id, language)
        if topic:
            values["topic"] = topic
        label = self.label(concept_id, language)
        if label and concept_id and self.taxonomy[concept_id].type == "occupation":
            values["interest"] = label
        if situation != "open" and "topic" not in values:
            situation = "open"
        variants = self.variants[(language, situation)]
        if not variants:
            return None
        start = zlib.crc32(f"{vacancy.id}|{situation}|{concept_id}".encode()) % len(variants)
        for offset in range(len(variants)):
            name, template = variants[(start + offset) % len(variants)]
            parts = self._render(template, values)
            if parts is not None:
                return Copy(language, *parts, template=name, situation=situation)
        return Copy(language, _fit(vacancy.title, LIMITS["headline"]),
                    _fit(f"{vacancy.organization}", LIMITS["body"]),
                    "Bekijk vacature" if language == "nl" else "View vacancy",
                    template=f"{language}/fallback", situation=situation)

    @staticmethod
    def _render(template: Template, values: dict) -> tuple[str, str, str] | None:
        try:
            parts = render_blocks(template, values)
        except (TemplateError, KeyError):
            return None  # the variant needs a fact this vacancy does not have
        return parts if fits(parts) else None
