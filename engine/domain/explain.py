"""The explanation every ad carries: what was used, what never is, and the match's reasons."""

from __future__ import annotations

from dataclasses import dataclass, field

from engine.domain.matching import Match, Reason
from engine.domain.privacy import SIGNALS_NEVER_USED
from engine.domain.signals import ContextSignals, Preferences

TEXT_EXCERPT = 80


@dataclass(frozen=True)
class Explanation:
    summary: str
    signals_used: tuple[dict, ...]
    signals_not_used: tuple[dict, ...]
    reasons: tuple[dict, ...]
    url: str | None = None

    def as_dict(self) -> dict:
        return {"summary": self.summary, "signals_used": list(self.signals_used),
                "signals_not_used": list(self.signals_not_used), "reasons": list(self.reasons),
                "url": self.url}


@dataclass(frozen=True)
class Notes:
    """Facts about the request the explanation must mention (e.g. a token that has lapsed)."""

    not_used: tuple[tuple[str, str], ...] = ()  # (signal, reason code)
    extra: dict = field(default_factory=dict)


_NOT_USED_REASONS = {
    "token_unknown": {"nl": "onbekend, verlopen of gewist; alleen de context is gebruikt",
                      "en": "unknown, expired or erased; only the context was used"},
    "store_unavailable": {"nl": "tijdelijk niet te lezen (storing); alleen wat je meestuurde is gebruikt",
                          "en": "could not be read just now (an outage); only what was sent along was used"},
    "not_used_for_ranking": {"nl": "meegegeven, maar niet gebruikt", "en": "given, but not used"},
    "objection_gpc": {"nl": "niet gebruikt: je browser stuurt Global Privacy Control (Sec-GPC)",
                      "en": "not used: your browser sends Global Privacy Control (Sec-GPC)"},
    "objection_dnt": {"nl": "niet gebruikt: je browser stuurt Do Not Track (DNT)",
                      "en": "not used: your browser sends Do Not Track (DNT)"},
    "page_not_read_yet": {"nl": "de pagina wordt nog gelezen; tot dan telt alleen haar adres",
                          "en": "the page is still being read; until then only its address counts"},
    "pages_not_read": {"nl": "deze server leest geen pagina's; alleen het adres telt",
                       "en": "this server does not read pages; only the address counts"},
    "personal_statement_ignored": {
        "nl": "uitspraken over jezelf (zoals leeftijd, gezin of gezondheid) zijn genegeerd",
        "en": "statements about yourself (such as age, family or health) were ignored"},
}


def _excerpt(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= TEXT_EXCERPT else text[: TEXT_EXCERPT - 1].rsplit(" ", 1)[0] + "…"


def signals_given(prefs: Preferences | None, ctx: ContextSignals | None) -> list[dict]:
    used: list[dict] = []
    if prefs:
        for name in ("interests", "location", "hours", "remote", "language"):
            value = getattr(prefs, name)
            if value not in (None, ""):
                used.append({"signal": f"preferences.{name}", "value": value})
    if ctx:
        for name in ("url", "title", "keywords", "text", "language", "region"):
            value = getattr(ctx, name)
            if value:
                if name == "text":
                    value = _excerpt(value)
                elif name == "keywords":
                    value = list(value)
                used.append({"signal": f"context.{name}", "value": value})
    return used


def _quote(text: str | None) -> str:
    return f"‘{text}’" if text else ""


def summarise(language: str, reasons: tuple[Reason, ...], topic: str | None) -> str:
    """One or two plain sentences in the ad's language."""
    concept = next((r for r in reasons if r.kind == "concept"), None)
    place = next((r for r in reasons if r.kind == "location"), None)
    nl = language == "nl"
    parts = []
    if concept is not None and concept.signal == "preferences":
        parts.append(f"je interesse {_quote(concept.input)} past bij {_quote(concept.matched)} in deze vacature"
                     if nl else f"your interest {_quote(concept.input)} fits {_quote(concept.matched)} in this vacancy")
    elif concept is not None:
        about = topic or concept.input
        parts.append(f"de pagina die je leest gaat over {about}" if nl
                     else f"the page you are reading is about {about}")
    if place is not None:
        parts.append(f"de plek die je koos ({place.input}) dichtbij is" if nl
                     else f"it is near the place you chose ({place.input})")
    if not parts:
        parts.append("de vacature past bij wat je opgaf" if nl else "the vacancy fits what you stated")
    joined = (" en " if nl else " and ").join(parts)
    never = ("We gebruiken geen cookies, browsegeschiedenis, apparaat-ID's, IP-adres of "
             "demografische gegevens.") if nl else (
             "We use no cookies, browsing history, device identifiers, IP address or demographics.")
    lead = "Je ziet deze vacature omdat" if nl else "You see this vacancy because"
    return f"{lead} {joined}. {never}"


def explain(match: Match, language: str, prefs: Preferences | None, ctx: ContextSignals | None,
            topic: str | None, notes: Notes, url: str | None = None) -> Explanation:
    not_used = [{"signal": sid, "label": labels[language]} for sid, labels in SIGNALS_NEVER_USED]
    for signal, code in notes.not_used:
        not_used.append({"signal": signal, "label": _NOT_USED_REASONS[code][language], "reason": code})
    return Explanation(
        summary=summarise(language, match.reasons, topic),
        signals_used=tuple(signals_given(prefs, ctx)),
        signals_not_used=tuple(not_used),
        reasons=tuple(r.as_dict() for r in match.reasons),
        url=url,
    )


def why_facts(match: Match, language: str, explanation: Explanation) -> dict:
    """What the signed "why this ad?" link carries: the decision, not the person."""
    return {
        "v": match.vacancy_id,
        "l": language,
        "s": explanation.summary,
        "r": [[r.signal, r.input, r.matched, r.concept, r.weight, r.kind] for r in match.reasons[:4]],
        "u": [s["signal"] for s in explanation.signals_used],
    }
