"""Ad copy from Jinja2 copy templates: per language and situation, several variants each.

A variant only sees the vacancy facts that exist (``StrictUndefined``), so a template that
mentions a salary is skipped for a vacancy without one — the copy never states what the
vacancy does not say. The variant is picked by a stable hash, so a request renders the same
way every time, and a variant that would break a length limit is passed over.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, Template, TemplateError

from engine.jobposting import Vacancy
from engine.taxonomy import Taxonomy

LIMITS = {"headline": 60, "body": 140, "cta": 25}
SITUATIONS = ("interest", "context", "open")
LANGUAGES = ("nl", "en")
_SPACES = re.compile(r"\s+")
_UNIT_WORDS = {
    "nl": {"HOUR": "per uur", "DAY": "per dag", "WEEK": "per week", "MONTH": "per maand", "YEAR": "per jaar"},
    "en": {"HOUR": "an hour", "DAY": "a day", "WEEK": "a week", "MONTH": "a month", "YEAR": "a year"},
}
_REMOTE = {"nl": "op afstand", "en": "remote"}
_REMOTELY = {"nl": "op afstand", "en": "remotely"}


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
        facts["where"] = f"in {facts['place']}"
    elif vacancy.remote:
        facts["place"] = _REMOTE[language]
        facts["where"] = _REMOTELY[language]
    if vacancy.remote:
        facts["remote"] = True
    types = set(vacancy.employment_types) & {"FULL_TIME", "PART_TIME"}
    if len(types) == 1:
        facts["hours"] = {"FULL_TIME": "fulltime", "PART_TIME": "parttime"}[types.pop()]
    salary = vacancy.salary
    if salary is not None:
        unit = _UNIT_WORDS[language][salary.unit]
        low, high = salary.minimum, salary.maximum
        if low is not None and high is not None and high != low:
            facts["salary"] = f"{format_money(low, language, salary.currency)}–" \
                              f"{format_money(high, language, salary.currency)} {unit}"
        else:
            facts["salary"] = f"{format_money(low if low is not None else high, language, salary.currency)} {unit}"
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
        env = Environment(loader=FileSystemLoader(str(templates_dir)), undefined=StrictUndefined,
                          autoescape=False)  # noqa: S701 - plain text; ads/ad.html escapes it
        self.variants: dict[tuple[str, str], list[tuple[str, Template]]] = {}
        for lang in LANGUAGES:
            for situation in SITUATIONS:
                names = sorted(p.stem for p in (templates_dir / lang).glob(f"{situation}-*.txt"))
                if not names:
                    raise FileNotFoundError(f"no copy templates for {lang}/{situation}")
                self.variants[(lang, situation)] = [
                    (f"{lang}/{name}", env.get_template(f"{lang}/{name}.txt")) for name in names]

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
              concept_id: str | None = None) -> Copy:
        """Copy for one vacancy in ``language``, speaking to the signal that matched."""
        values = {"job": vacancy_facts(vacancy, language)}
        topic = self.topic(concept_id, language)
        if topic:
            values["topic"] = topic
        label = self.label(concept_id, language)
        if label and self.taxonomy[concept_id].type == "occupation":
            values["interest"] = label
        if situation != "open" and "topic" not in values:
            situation = "open"
        variants = self.variants[(language, situation)]
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
            context = template.new_context(values)
            parts = tuple(_SPACES.sub(" ", "".join(template.blocks[name](context))).strip()
                          for name in ("headline", "body", "cta"))
        except (TemplateError, KeyError):
            return None  # the variant needs a fact this vacancy does not have
        if any(not text or len(text) > LIMITS[name] for name, text in zip(LIMITS, parts, strict=True)):
            return None
        return parts
