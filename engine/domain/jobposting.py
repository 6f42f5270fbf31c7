"""schema.org ``JobPosting`` JSON-LD in, a checked ``Vacancy`` out.

We require what Google for Jobs requires (title, description, datePosted, hiringOrganization,
jobLocation or ``jobLocationType: TELECOMMUTE``) plus an identifier, because a vacancy we
cannot name, place or date is one we cannot explain to a reader.
"""

from __future__ import annotations

import html
import re
from contextlib import suppress
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, Literal, cast, overload
from zoneinfo import ZoneInfo

from bs4 import BeautifulSoup

from engine.domain.jobposting_messages import REQUIRED
from engine.domain.taxonomy.codes import named_text

LOCAL_TZ = ZoneInfo("Europe/Amsterdam")
MAX_POSTINGS = 20_000
_ID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:\-]{0,127}\Z")  # \Z: "$" would pass a trailing newline
_HTTP_URL = re.compile(r"https?://[^\s/]+\S*\Z")
_CURRENCY = re.compile(r"[A-Z]{3}\Z")
_SPACE_RE = re.compile(r"\s+")
EMPLOYMENT_TYPES = frozenset({"FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY", "INTERN",
                              "VOLUNTEER", "PER_DIEM", "OTHER"})
SALARY_UNITS = frozenset({"HOUR", "DAY", "WEEK", "MONTH", "YEAR"})
LIMITS = {"title": 200, "description": 60_000, "organization": 200, "text": 2_000}


class PostingError(ValueError):
    """One posting breaks a rule; ``field`` is the JSON path inside that posting. ``message`` is
    English, made from ``template`` (one of ``jobposting_messages.MESSAGES``, which says it in Dutch)."""

    def __init__(self, template: str, field: str | None = None, **values: object) -> None:
        self.template, self.field = template, field
        self.values = {"field": field, **values}
        self.message = template % self.values
        super().__init__(self.message)


@dataclass(frozen=True)
class Location:
    locality: str | None = None
    region: str | None = None
    postal_code: str | None = None
    country: str | None = None

    def label(self) -> str:
        return self.locality or self.region or self.postal_code or self.country or ""


@dataclass(frozen=True)
class Salary:
    currency: str
    unit: str
    minimum: float | None = None
    maximum: float | None = None


@dataclass(frozen=True)
class Vacancy:
    id: str
    title: str
    description: str
    date_posted: str
    organization: str
    language: str
    language_detected: bool = False
    valid_through: str | None = None  # ISO 8601 with offset
    organization_url: str | None = None
    url: str | None = None
    locations: tuple[Location, ...] = ()
    remote: bool = False
    employment_types: tuple[str, ...] = ()
    salary: Salary | None = None
    industry: str | None = None
    occupational_category: str | None = None
    skills: str | None = None
    work_hours: str | None = None

    def expires_at(self) -> float | None:
        return datetime.fromisoformat(self.valid_through).timestamp() if self.valid_through else None

    def is_live(self, now: datetime) -> bool:
        return self.is_live_at(now.timestamp())

    def is_live_at(self, timestamp: float) -> bool:
        expires = self.expires_at()
        return expires is None or expires > timestamp

    def to_dict(self) -> dict[str, Any]:
        # by hand, not dataclasses.asdict: its deep copy was half the cost of building an index
        data = dict(self.__dict__)
        data["locations"] = [dict(location.__dict__) for location in self.locations]
        data["salary"] = dict(self.salary.__dict__) if self.salary else None
        data["employment_types"] = list(self.employment_types)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Vacancy:
        data = dict(data)
        data["locations"] = tuple(Location(**loc) for loc in data.get("locations", ()))
        data["salary"] = Salary(**data["salary"]) if data.get("salary") else None
        data["employment_types"] = tuple(data.get("employment_types", ()))
        return cls(**data)


def iter_postings(payload: Any) -> list[Any]:
    """One object, a list, or ``{"@graph": [...]}`` -> the list of candidate postings."""
    if isinstance(payload, dict) and "@graph" in payload:
        payload = payload["@graph"]
        if not isinstance(payload, list):
            raise PostingError("@graph must be a list of JobPosting objects", "@graph")
    items = payload if isinstance(payload, list) else [payload]
    if len(items) > MAX_POSTINGS:
        raise PostingError("at most %(limit)s postings per request", None, limit=MAX_POSTINGS)
    return items


def strip_html(text: str) -> str:
    """Plain text of an HTML fragment: tags and scripts gone, entities decoded, spaces folded."""
    if "<" not in text and "&" not in text:
        return _SPACE_RE.sub(" ", text).strip()
    soup = BeautifulSoup(text, "html.parser")
    for node in soup(["script", "style", "template", "iframe", "object", "noscript"]):
        node.decompose()
    return _SPACE_RE.sub(" ", html.unescape(soup.get_text(" "))).strip()


@overload
def _text(value: Any, field_name: str, *, required: Literal[True], limit: int | None = None) -> str: ...
@overload
def _text(value: Any, field_name: str, *, required: bool = False, limit: int | None = None) -> str | None: ...
def _text(value: Any, field_name: str, *, required: bool = False, limit: int | None = None) -> str | None:
    """Plain text from a text-ish field; with ``required`` it is never ``None`` (it raises instead)."""
    if value is None or value == "":
        if required:
            raise PostingError(REQUIRED, field_name)
        return None
    if isinstance(value, dict) and isinstance(value.get("name"), str):
        value = value["name"]  # a DefinedTerm or similar named thing
    if isinstance(value, list):
        names = [v.get("name") if isinstance(v, dict) else v for v in value]
        if all(isinstance(v, str) for v in names):
            value = ", ".join(cast(list[str], names))  # all() above does not narrow for mypy
    if not isinstance(value, str):
        raise PostingError("%(field)s must be text", field_name)
    cleaned = strip_html(value)
    if required and not cleaned:
        raise PostingError("%(field)s is empty", field_name)
    limit = limit or LIMITS["text"]
    if len(cleaned) > limit:
        raise PostingError("%(field)s is longer than %(limit)s characters", field_name, limit=limit)
    return cleaned or None


def _identifier(raw: dict) -> str:
    ident = raw.get("identifier")
    if isinstance(ident, dict):
        ident = ident.get("value")
    if isinstance(ident, int | float) and not isinstance(ident, bool):
        ident = str(ident)
    if not isinstance(ident, str) or not ident.strip():
        raise PostingError("identifier (a string, or a PropertyValue with a value) is required",
                           "identifier")
    ident = ident.strip()
    if not _ID_RE.fullmatch(ident):
        raise PostingError("identifier may hold letters, digits and . _ : - (at most 128)",
                           "identifier")
    return ident


def _parse_moment(value: Any, field_name: str, *, end_of_day: bool) -> datetime:
    if value is None or value == "":  # missing, not malformed
        raise PostingError(REQUIRED, field_name)
    if not isinstance(value, str):
        raise PostingError("%(field)s must be an ISO 8601 date", field_name)
    try:
        if len(value) == 10:
            day = date.fromisoformat(value)
            moment = datetime.combine(day + timedelta(days=1) if end_of_day else day, time(), LOCAL_TZ)
            moment = moment - timedelta(microseconds=1) if end_of_day else moment
        else:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
            moment = moment if moment.tzinfo else moment.replace(tzinfo=LOCAL_TZ)
        moment.timestamp()  # a moment past year 9999 in UTC could never be compared or served
    except ValueError as exc:
        raise PostingError("%(field)s is not an ISO 8601 date: %(value)s", field_name, value=repr(value[:40])) from exc
    except OverflowError:
        raise PostingError("%(field)s is out of range: %(value)s", field_name, value=repr(value[:40])) from None
    return moment


def _organization(raw: dict) -> tuple[str, str | None]:
    org = raw.get("hiringOrganization")
    if isinstance(org, str):
        return _text(org, "hiringOrganization", required=True, limit=LIMITS["organization"]), None
    if not isinstance(org, dict):
        raise PostingError("hiringOrganization (an Organization with a name) is required",
                           "hiringOrganization")
    name = _text(org.get("name"), "hiringOrganization.name", required=True,
                 limit=LIMITS["organization"])
    url = org.get("sameAs") or org.get("url")
    return name, _url(url, "hiringOrganization.sameAs") if url else None


def _url(value: Any, field_name: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, list) and value:
        value = value[0]
    if not isinstance(value, str) or not _HTTP_URL.fullmatch(value) or len(value) > 2000:
        raise PostingError("%(field)s must be an http(s) URL", field_name)
    return value


def _locations(raw: dict) -> tuple[tuple[Location, ...], bool]:
    remote = str(raw.get("jobLocationType", "")).upper() == "TELECOMMUTE"
    places = raw.get("jobLocation")
    if places is None:
        if remote:
            return (), True
        raise PostingError("jobLocation is required unless jobLocationType is TELECOMMUTE",
                           "jobLocation")
    places = places if isinstance(places, list) else [places]
    locations = []
    for i, place in enumerate(places[:20]):
        path = f"jobLocation[{i}]" if isinstance(raw.get("jobLocation"), list) else "jobLocation"
        address = place.get("address") if isinstance(place, dict) else None
        if isinstance(address, str):
            locations.append(Location(locality=_text(address, f"{path}.address")))
            continue
        if not isinstance(address, dict):
            raise PostingError("a jobLocation needs an address", f"{path}.address")
        country = address.get("addressCountry")
        if isinstance(country, dict):
            country = country.get("name")
        location = Location(
            locality=_text(address.get("addressLocality"), f"{path}.address.addressLocality", limit=100),
            region=_text(address.get("addressRegion"), f"{path}.address.addressRegion", limit=100),
            postal_code=_text(address.get("postalCode"), f"{path}.address.postalCode", limit=20),
            country=_text(country, f"{path}.address.addressCountry", limit=60),
        )
        if not (location.locality or location.region or location.postal_code):
            raise PostingError("an address needs addressLocality, addressRegion or postalCode",
                               f"{path}.address")
        locations.append(location)
    return tuple(locations), remote


def _employment_types(raw: dict) -> tuple[str, ...]:
    value = raw.get("employmentType")
    if value is None:
        return ()
    values = value if isinstance(value, list) else [value]
    out = []
    for item in values:
        if not isinstance(item, str) or item.upper().replace("-", "_") not in EMPLOYMENT_TYPES:
            raise PostingError("employmentType must be among %(allowed)s", "employmentType",
                               allowed=sorted(EMPLOYMENT_TYPES))
        out.append(item.upper().replace("-", "_"))
    return tuple(dict.fromkeys(out))


def _number(value: Any, field_name: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, str):
        try:
            value = float(value.replace(",", "."))
        except ValueError:
            raise PostingError("%(field)s must be a number", field_name) from None
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value < 1e9:
        raise PostingError("%(field)s must be a non-negative number", field_name)
    return float(value)


def _salary(raw: dict) -> Salary | None:
    salary = raw.get("baseSalary")
    if salary is None:
        return None
    if not isinstance(salary, dict):
        raise PostingError("baseSalary must be a MonetaryAmount", "baseSalary")
    currency = salary.get("currency") or "EUR"
    if not isinstance(currency, str) or not _CURRENCY.fullmatch(currency):
        raise PostingError("baseSalary.currency must be an ISO 4217 code", "baseSalary.currency")
    value = salary.get("value")
    unit = salary.get("unitText")
    if isinstance(value, dict):
        unit = value.get("unitText", unit)
        minimum = _number(value.get("minValue", value.get("value")), "baseSalary.value.minValue")
        maximum = _number(value.get("maxValue"), "baseSalary.value.maxValue")
    else:
        minimum, maximum = _number(value, "baseSalary.value"), None
    unit = (unit or "MONTH").upper() if isinstance(unit, str | type(None)) else None
    if unit not in SALARY_UNITS:
        raise PostingError("baseSalary unitText must be among %(allowed)s", "baseSalary.value.unitText",
                           allowed=sorted(SALARY_UNITS))
    if minimum is None and maximum is None:
        raise PostingError("baseSalary needs a value", "baseSalary.value")
    if minimum is not None and maximum is not None and maximum < minimum:
        raise PostingError("baseSalary maxValue is below minValue", "baseSalary.value.maxValue")
    return Salary(currency=currency, unit=unit, minimum=minimum, maximum=maximum)


def parse_posting(raw: Any, detect_language) -> Vacancy:  # noqa: ANN001 - callable(text)->str|None
    """Check one posting; ``detect_language`` fills in ``inLanguage`` when it is absent."""
    if not isinstance(raw, dict):
        raise PostingError("a posting must be a JSON object", None)
    kind = raw.get("@type", "JobPosting")
    if kind != "JobPosting" and not (isinstance(kind, list) and "JobPosting" in kind):
        raise PostingError("@type must be JobPosting", "@type")
    vacancy_id = _identifier(raw)
    title = _text(raw.get("title"), "title", required=True, limit=LIMITS["title"])
    description = _text(raw.get("description"), "description", required=True,
                        limit=LIMITS["description"])
    posted = _parse_moment(raw.get("datePosted"), "datePosted", end_of_day=False)
    valid_through = None
    if raw.get("validThrough") is not None:
        valid_through = _parse_moment(raw["validThrough"], "validThrough", end_of_day=True)
        if valid_through < posted:
            raise PostingError("validThrough is before datePosted", "validThrough")
    organization, organization_url = _organization(raw)
    locations, remote = _locations(raw)
    language = raw.get("inLanguage")
    detected = False
    if isinstance(language, dict):
        language = language.get("alternateName") or language.get("name")
    if language is not None:
        if not isinstance(language, str):
            raise PostingError("inLanguage must be a language code", "inLanguage")
        language = language.lower().split("-")[0]
    if language not in ("nl", "en"):
        if language is not None and language not in ("nederlands", "dutch", "english", "engels"):
            raise PostingError("inLanguage must be nl or en", "inLanguage")
        named = {"nederlands": "nl", "dutch": "nl", "english": "en", "engels": "en"}
        language = named.get(language or "") or detect_language(f"{title}. {description}")
        detected = True
        if language is None:
            raise PostingError("inLanguage is missing and the text is neither clearly Dutch nor English",
                               "inLanguage")
    return Vacancy(
        id=vacancy_id,
        title=title,
        description=description,
        date_posted=posted.isoformat(),
        organization=organization,
        organization_url=organization_url,
        language=language,
        language_detected=detected,
        valid_through=valid_through.isoformat() if valid_through else None,
        url=_url(raw.get("url"), "url"),
        locations=locations,
        remote=remote,
        employment_types=_employment_types(raw),
        salary=_salary(raw),
        industry=_text(raw.get("industry"), "industry"),
        occupational_category=_text(named_text(raw.get("occupationalCategory")), "occupationalCategory"),
        skills=_skills(raw),
        work_hours=_text(raw.get("workHours"), "workHours", limit=100),
    )


def _skills(raw: dict) -> str | None:
    """Skills, qualifications, education: each says what the job is (the last two never refused)."""
    parts = [_text(raw.get("skills"), "skills")]
    for key in ("qualifications", "educationRequirements"):
        with suppress(PostingError):
            parts.append(_text(named_text(raw.get(key)), key))
    return "; ".join(dict.fromkeys(p for p in parts if p))[:LIMITS["text"]] or None


def shift_dates(payload: Any, delta: timedelta) -> Any:
    """A copy of a catalogue with ``datePosted``/``validThrough`` moved by ``delta``.

    The demo catalogue was written on one day; shifting it to today keeps the demo (and the
    tests built on it) alive, with the expired postings still expired.
    """
    if isinstance(payload, list):
        return [shift_dates(item, delta) for item in payload]
    if not isinstance(payload, dict):
        return payload
    out = {}
    for key, value in payload.items():
        if key in ("datePosted", "validThrough") and isinstance(value, str):
            if len(value) == 10:
                value = (date.fromisoformat(value) + delta).isoformat()
            else:
                value = (datetime.fromisoformat(value.replace("Z", "+00:00")) + delta).isoformat()
        elif isinstance(value, dict | list):
            value = shift_dates(value, delta)
        out[key] = value
    return out
