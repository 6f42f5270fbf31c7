"""A finding on a copy template, said in any language through the one gettext catalogue.

The template checker runs in the domain and does not know who reads its findings: the API
answers in English, the studio in its user's language, which need not be the template's. So a
finding keeps its English ``message`` (the API's and the logs') and also the msgid and values it
was made from, and ``said(language)`` writes it again in the reader's language. Values follow
the page's conventions there: whole numbers and shares through Babel (``2.000``, ``50%`` in
Dutch), a ``Phrase`` (a word or clause of the message's own) translated in turn; everything else,
such as a fact's name or a piece of template code, stays as it is.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from babel.numbers import format_decimal, format_percent

from engine.domain.i18n import translations

_LOCALES = {"nl": "nl_NL", "en": "en_GB"}


@dataclass(frozen=True)
class Phrase:
    """A msgid with its values: ``said`` translates it and fills it in."""

    text: str
    values: Mapping[str, object] = field(default_factory=dict)

    def said(self, language: str) -> str:
        words = {name: _word(value, language) for name, value in self.values.items()}
        translated = translations(language).gettext(self.text)
        return translated % words if words else translated


def _word(value: object, language: str) -> str:
    """A value as the reader of ``language`` writes it: ints as numbers, floats as shares."""
    if isinstance(value, Phrase):
        return value.said(language)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    if isinstance(value, float):
        return format_percent(value, locale=_LOCALES[language])
    return format_decimal(value, locale=_LOCALES[language])


@dataclass(frozen=True)
class Problem:
    """One finding on a template: an ``error`` refuses it, a ``warning`` is for the marketeer to weigh.

    ``message`` is English; ``said(language)`` is the same finding in the reader's language."""

    severity: str  # "error" | "warning"
    code: str
    message: str
    block: str | None = None
    line: int | None = None
    phrase: Phrase | None = field(default=None, compare=False, repr=False)

    def as_dict(self) -> dict:
        """The API's form: English, without the msgid it was made from."""
        return {"severity": self.severity, "code": self.code, "message": self.message,
                "block": self.block, "line": self.line}

    def said(self, language: str) -> str:
        return self.phrase.said(language) if self.phrase is not None else self.message


def problem(severity: str, code: str, text: str, block: str | None = None, line: int | None = None,
            **values: object) -> Problem:
    """A finding from a msgid (marked with ``N_``) and its values; ``line`` is a value too."""
    phrase = Phrase(text, {**values, "line": line} if line is not None else values)
    return Problem(severity, code, phrase.said("en"), block, line, phrase)
