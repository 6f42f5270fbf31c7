"""What a match or render request may say, checked, and turned into the domain's signals.

Only contextual signals and preferences a reader chose to state exist here; a request that
carries an identifier is refused before any of this runs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, Any, Literal, TypeVar
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator
from pydantic_core import PydanticCustomError

from engine.domain.errors import IdentifierRefused, ValidationFailed
from engine.domain.identifiers import LABELS, find_identifiers, strip_url
from engine.domain.privacy import find_identifier, find_special_category
from engine.domain.sensitive import drop_sensitive
from engine.domain.slots import SLOT_ID_PATTERN, SLOT_ID_RULE, valid_slot_id

_REGION_RE = re.compile(r"[A-Z]{2}(-[A-Z0-9]{1,3})?\Z")  # \Z: "$" would pass a trailing newline
Language = Literal["nl", "en"]
Model = TypeVar("Model", bound=BaseModel)
MAX_LIMIT_NOTE = "At most the engine's ENGINE_MAX_LIMIT; above it a 422 names that maximum"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


IDENTIFIER_ERROR = "identifier_refused"  # the pydantic error type ``validate`` turns into IdentifierRefused


def refuse_identifiers(value: str | list[str] | None) -> str | list[str] | None:
    """A field validator for what a reader (or a page shown to one) wrote: an e-mail address,
    phone number, BSN, IBAN, postcode with house number or a URL carrying one is refused, never
    stored or echoed. The error names the kind, never the value."""
    for index, text in enumerate([value] if isinstance(value, str) else value or []):
        hits = find_identifiers(text)
        if hits:
            raise PydanticCustomError(IDENTIFIER_ERROR, "holds {label}; Plainsight never accepts personal identifiers",
                                      {"label": LABELS[hits[0].kind], "kind": hits[0].kind,
                                       "index": None if isinstance(value, str) else index})
    return value


class PreferencesIn(_Strict):
    interests: str | None = Field(None, max_length=1000)
    location: str | None = Field(None, max_length=100)
    radius_km: float | None = Field(None, ge=1, le=300, description="How far from `location` a job may be")
    hours: Literal["parttime", "fulltime"] | None = None
    remote: bool | None = None
    language: Language | None = None

    _no_identifiers = field_validator("interests", "location")(refuse_identifiers)


class ContextIn(_Strict):
    url: str | None = Field(None, max_length=2048)
    title: str | None = Field(None, max_length=500)
    text: str | None = Field(None, max_length=30_000)
    keywords: list[Annotated[str, Field(max_length=100)]] | None = Field(None, max_length=50)
    language: Language | None = None
    region: str | None = Field(None, max_length=6)
    time: str | None = Field(None, max_length=40)

    _no_identifiers = field_validator("title", "text", "keywords")(refuse_identifiers)

    @field_validator("url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        """A page URL is not refused for what it carries: the path segments and query parameters
        holding an identifier are cut off here, before it is cached, queued, crawled or shown."""
        if value is not None:
            parts = urlsplit(value)
            if parts.scheme not in ("http", "https") or not parts.netloc:
                raise ValueError("must be an http(s) URL")
            value = strip_url(value)
        return value

    @field_validator("region")
    @classmethod
    def _iso_region(cls, value: str | None) -> str | None:
        if value is not None and not _REGION_RE.fullmatch(value):
            raise ValueError("must be an ISO 3166 code such as NL or NL-UT")
        return value

    @field_validator("time")
    @classmethod
    def _iso_time(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                raise ValueError("must be an ISO 8601 date-time") from None
        return value


class MatchRequest(_Strict):
    preferences: PreferencesIn | None = None
    preferences_token: str | None = Field(None, min_length=1, max_length=200)
    context: ContextIn | None = None
    # at most the configured maximum (ENGINE_MAX_LIMIT), checked by ``validate``: one number, one message
    limit: int = Field(5, ge=1, description=MAX_LIMIT_NOTE)

    @model_validator(mode="after")
    def _something_to_go_on(self) -> MatchRequest:
        if self.preferences is None and self.preferences_token is None and self.context is None:
            raise ValueError("give at least one of preferences, preferences_token or context")
        return self


class ConsentIn(_Strict):
    given: bool
    purpose: str = Field(max_length=64)
    text_version: str = Field(max_length=32)


class PreferencesCreate(_Strict):
    preferences: PreferencesIn
    consent: ConsentIn | None = None
    language: Language | None = None


class PreferencesPatch(_Strict):
    preferences: PreferencesIn | None = None
    renew: bool = False


class RenderRequest(MatchRequest):
    format: Literal["text", "native", "html"] = "native"
    count: int = Field(1, ge=1, description=MAX_LIMIT_NOTE)
    slot: str | None = Field(None, pattern=SLOT_ID_PATTERN, max_length=63,
                             description="A career site's slot: only what its scope allows, counted for the slot")

    @field_validator("slot", mode="before")
    @classmethod
    def _slot_id(cls, value: Any) -> Any:
        """The rule every slot id follows, in the words the slot API uses (not the bare pattern)."""
        if isinstance(value, str) and not valid_slot_id(value):
            raise ValueError(SLOT_ID_RULE)
        return value


@dataclass(frozen=True)
class Preferences:
    """What a reader chose to tell us, for this request only unless they stored it."""

    interests: str | None = None
    location: str | None = None
    hours: str | None = None
    remote: bool | None = None
    language: str | None = None
    radius_km: float | None = None  # with ``location``; else the default radius around a town
    # hours a week in numbers ("16 tot 28 uur"), read from the interest text; with ``hours``
    hours_min: float | None = None
    hours_max: float | None = None

    def is_empty(self) -> bool:
        return not any((self.interests, self.location, self.hours, self.remote, self.language))


@dataclass(frozen=True)
class ContextSignals:
    """What the page the ad appears on says about itself; coarse region and time at most."""

    url: str | None = None
    title: str | None = None
    text: str | None = None
    keywords: tuple[str, ...] = ()
    language: str | None = None
    region: str | None = None
    time: str | None = None

    def is_empty(self) -> bool:
        return not any((self.url, self.title, self.text, self.keywords))


def _field_path(loc: tuple) -> str | None:
    parts = [p for p in loc if not (isinstance(p, str) and p in ("function-after", "function-before"))]
    path = ""
    for part in parts:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path or None


def validate(model: type[Model], body: Any, max_limit: int | None = None) -> Model:
    """Refuse identifiers first (they get their own code), then check the schema."""
    where = find_identifier(body)
    if where is not None:
        raise IdentifierRefused(
            f"'{where}' looks like an identifier; Plainsight never accepts personal identifiers.",
            where)
    where = find_special_category(body)
    if where is not None:
        raise ValidationFailed(
            f"'{where}' asks for a special category of personal data or a demographic; "
            "Plainsight never accepts those.", where, code="special_category_refused")
    if not isinstance(body, dict):
        raise ValidationFailed("the request body must be a JSON object", None)
    try:
        parsed = model.model_validate(body)
    except ValidationError as exc:
        errors = exc.errors()
        refused = [e for e in errors if e["type"] == IDENTIFIER_ERROR]
        if refused:
            raise _identifier_refused(refused[0]) from None
        error = errors[0]
        field = _field_path(tuple(error["loc"]))
        message = error["msg"].removeprefix("Value error, ")
        if error["type"] == "extra_forbidden":
            message = "unknown field: only the documented fields are accepted"
        raise ValidationFailed(f"{field or 'body'}: {message}", field) from None
    for name in ("limit", "count"):
        if max_limit is not None and getattr(parsed, name, 0) > max_limit:
            raise ValidationFailed(f"{name} may be at most {max_limit}", name)
    return parsed


def _identifier_refused(error: Any) -> IdentifierRefused:
    """The error for a value holding an identifier, with the field's path (and the item's index)."""
    field = _field_path(tuple(error["loc"])) or "body"
    index = (error.get("ctx") or {}).get("index")
    field += "" if index is None else f"[{index}]"
    return IdentifierRefused(f"'{field}' {error['msg']}.", field)


def preferences_from(model: PreferencesIn) -> tuple[Preferences, tuple[str, ...]]:
    """Stated preferences with statements about the person dropped from the interests."""
    data = model.model_dump()
    dropped: tuple[str, ...] = ()
    if data.get("interests"):
        cleaned = drop_sensitive(data["interests"])
        data["interests"], dropped = cleaned.text or None, cleaned.dropped
    return Preferences(**data), dropped


def to_signals(request: MatchRequest) -> tuple[Preferences | None, ContextSignals | None]:
    prefs = preferences_from(request.preferences)[0] if request.preferences else None
    ctx = None
    if request.context:
        data = request.context.model_dump()
        data["keywords"] = tuple(data.get("keywords") or ())
        ctx = ContextSignals(**data)
    return prefs, ctx
