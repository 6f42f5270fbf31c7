"""Identifiers in values (issue 14): refused in interests and places, never echoed from a URL.

Interests and locations go through ``POST /v1/preferences``: a value with an identifier must be
refused with ``identifier_refused``, a look-alike must be stored. A page URL goes through
``POST /v1/render``; the ad's explanation shows the signals it used, so it must not show the
identifier the URL carried. The render also gets a neutral job title, so that ads (and with them
explanations) are served at all; how many were served is reported next to the echo figure.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, unquote, unquote_plus, urlsplit

from engine.ops.judgments.api import EngineApi
from engine.ops.judgments.figures import Rows, group_by, share
from engine.ops.judgments.sets import EvalSet, items

REFUSED_CODE = "identifier_refused"
URL_FIELD = "url"
TITLE = {"nl": "Werken in de zorg", "en": "Working in healthcare"}
MIN_PART = 6  # a URL piece shorter than this (a page number, "88") names nobody on its own


@dataclass(frozen=True)
class ValueSeen:
    """What the API did with one value: its status and error code, and the explanations served."""

    id: str
    field: str
    kinds: tuple[str, ...]
    spans: tuple[str, ...]
    status: int
    code: str | None = None
    explanations: tuple[str, ...] = ()

    @property
    def refused(self) -> bool:
        return self.status == 422 and self.code == REFUSED_CODE


def identifying_parts(span: str) -> list[str]:
    """The span, and for a URL also its path segments and query values that could name a person
    (a digit or an @, at least MIN_PART long): an explanation that shows the URL without its query
    still echoes an identifier in its path."""
    parts = [span]
    if "/" in span or "?" in span:
        split = urlsplit(span if "//" in span else f"//{span}")
        pieces = [unquote(segment) for segment in split.path.split("/")]
        pieces += [value for _, value in parse_qsl(split.query)]
        parts += [p for p in pieces if len(p) >= MIN_PART and (any(c.isdigit() for c in p) or "@" in p)]
    return parts


def echoes(explanation: str, span: str) -> bool:
    """Whether an explanation's text shows the identifier, as written or URL-decoded."""
    text = explanation.lower()
    decoded = unquote_plus(text)
    return any(part.lower() in text or part.lower() in decoded for part in identifying_parts(span))


def echo_free(seen: ValueSeen) -> bool:
    """No explanation served for the value shows any of its identifiers."""
    return not any(echoes(explanation, span) for explanation in seen.explanations for span in seen.spans)


def score(values: list[ValueSeen]) -> Rows:
    """Refusals per kind and acceptance of look-alikes for fields; echoes for URLs, reported apart."""
    fields = [v for v in values if v.field != URL_FIELD]
    urls = [v for v in values if v.field == URL_FIELD]
    with_id = [v for v in fields if v.kinds]
    rows: Rows = {"identifier values refused: all": share(v.refused for v in with_id)}
    for kind in sorted({kind for v in with_id for kind in v.kinds}):
        rows[f"identifier values refused: {kind}"] = share(v.refused for v in with_id if kind in v.kinds)
    for field_name, group in group_by(fields, lambda v: v.field).items():
        rows[f"look-alikes accepted: {field_name}"] = share(v.status == 201 for v in group if not v.kinds)
    rows["look-alikes accepted: all"] = share(v.status == 201 for v in fields if not v.kinds)
    if urls:
        rows["URL identifiers not echoed in explanations"] = share(echo_free(v) for v in urls if v.kinds)
        rows["URL identifiers: ads served (explanations checked)"] = share(bool(v.explanations)
                                                                           for v in urls if v.kinds)
        rows["URL look-alikes rendered (200)"] = share(v.status == 200 for v in urls if not v.kinds)
    return rows


def _explanation_text(ad: dict[str, Any]) -> str:
    """The explanation as text, without its own signed link (a token, not an echo)."""
    explanation = {k: v for k, v in (ad.get("explanation") or {}).items() if k != "url"}
    return json.dumps(explanation, ensure_ascii=False)


def observe(api: EngineApi, item: dict[str, Any]) -> ValueSeen:
    """Send a value where its field goes: preferences for interests and places, render for a URL."""
    kinds = tuple(i["kind"] for i in item["identifiers"])
    spans = tuple(i["span"] for i in item["identifiers"])
    if item["field"] == URL_FIELD:
        context = {"url": item["text"], "title": TITLE.get(item["language"], TITLE["en"])}
        status, ads = api.render({"context": context, "count": 3})
        return ValueSeen(item["id"], URL_FIELD, kinds, spans, status,
                         explanations=tuple(_explanation_text(ad) for ad in ads))
    status, _, code = api.store_preferences({item["field"]: item["text"]})
    return ValueSeen(item["id"], item["field"], kinds, spans, status, code)


def run(api: EngineApi, eval_set: EvalSet) -> Rows:
    """Every value of the set, each through the API of its field."""
    return score([observe(api, item) for item in items(eval_set.identifiers, "items")])
