"""The explanation every ad carries: what was used, what never is, and the match's reasons."""

from __future__ import annotations

from dataclasses import dataclass, field

from engine.domain.i18n import N_, translations
from engine.domain.matching import Match, Reason
from engine.domain.privacy import SIGNALS_NEVER_USED
from engine.domain.signals import ContextSignals, Preferences
from engine.domain.understanding import Understood

TEXT_EXCERPT = 80


@dataclass(frozen=True)
class Explanation:
    summary: str
    signals_used: tuple[dict, ...]
    signals_not_used: tuple[dict, ...]
    reasons: tuple[dict, ...]
    url: str | None = None
    understood: tuple[dict, ...] = ()  # "plaats: Groningen (uit je tekst)": field, value, the words

    def as_dict(self) -> dict:
        data = {"summary": self.summary, "signals_used": list(self.signals_used),
                "signals_not_used": list(self.signals_not_used), "reasons": list(self.reasons),
                "url": self.url}
        if self.understood:
            data["understood"] = list(self.understood)
        return data


@dataclass(frozen=True)
class Notes:
    """Facts about the request the explanation must mention (e.g. a token that has lapsed)."""

    not_used: tuple[tuple[str, str], ...] = ()  # (signal, reason code)
    understood: tuple[Understood, ...] = ()  # facts read from the interest text
    extra: dict = field(default_factory=dict)


_NOT_USED_REASONS = {
    "token_unknown": N_("unknown, expired or erased; only the context was used"),
    "store_unavailable": N_("could not be read just now (an outage); only what was sent along was used"),
    "not_used_for_ranking": N_("given, but not used"),
    "objection_gpc": N_("not used: your browser sends Global Privacy Control (Sec-GPC)"),
    "objection_dnt": N_("not used: your browser sends Do Not Track (DNT)"),
    "page_not_read_yet": N_("the page is still being read; until then only its address counts"),
    "pages_not_read": N_("this server does not read pages; only the address counts"),
    "personal_statement_ignored": N_("statements about yourself (such as age, family or health) were ignored"),
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
    _ = translations(language).gettext
    concept = next((r for r in reasons if r.kind == "concept"), None)
    place = next((r for r in reasons if r.kind == "location"), None)
    parts = []
    if concept is not None and concept.signal == "preferences":
        parts.append(_("your interest %(interest)s fits %(matched)s in this vacancy")
                     % {"interest": _quote(concept.input), "matched": _quote(concept.matched)})
    elif concept is not None:
        parts.append(_("the page you are reading is about %(topic)s") % {"topic": topic or concept.input})
    if place is not None and place.matched == "remote":  # a remote job is near nothing, it is anywhere
        parts.append(_("it can be done from home, wherever you live"))
    elif place is not None:
        parts.append(_("it is near the place you chose (%(place)s)") % {"place": place.input})
    if not parts:
        parts.append(_("the vacancy fits what you stated"))
    because = parts[0]
    if len(parts) == 2:  # what the ad speaks to, and the place
        because = _("%(first)s and %(second)s") % {"first": parts[0], "second": parts[1]}
    return _("You see this vacancy because %(reasons)s. We use no cookies, browsing history, device "
             "identifiers, IP address or demographics.") % {"reasons": because}


def explain(match: Match, language: str, prefs: Preferences | None, ctx: ContextSignals | None,
            topic: str | None, notes: Notes, url: str | None = None) -> Explanation:
    _ = translations(language).gettext
    not_used = [{"signal": sid, "label": labels[language]} for sid, labels in SIGNALS_NEVER_USED]
    for signal, code in notes.not_used:
        not_used.append({"signal": signal, "label": _(_NOT_USED_REASONS[code]), "reason": code})
    return Explanation(
        summary=summarise(language, match.reasons, topic),
        signals_used=tuple(signals_given(prefs, ctx)),
        signals_not_used=tuple(not_used),
        reasons=tuple(r.as_dict() for r in match.reasons),
        url=url,
        understood=tuple(u.as_dict() for u in notes.understood),
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
