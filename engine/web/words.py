"""Values as people read them: numbers, percentages, dates and codes in the page's language.

The engine keeps machine values (``0.1443``, ``2026-11-05T14:03:02.123456+00:00``,
``FULL_TIME``, ``vacancy.approve``, ``datePosted``); pages show words. Numbers and dates go
through Babel with the page's locale, so Dutch pages write ``14,4%`` and ``5 nov 2026``; codes
go through the one gettext catalogue. Every helper takes the language explicitly: studio
templates pass ``g.lang``, the candidate's pages their ``language``. An unknown code is shown as
it is, never hidden: a new action or field stays visible until it gets a word.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any

from babel import Locale
from babel.dates import format_date, format_skeleton, format_time
from babel.numbers import format_currency, format_decimal, format_percent
from flask import Blueprint

from engine.domain.i18n import N_, translations
from engine.domain.jobposting import LOCAL_TZ
from engine.domain.jobposting_messages import posting_message

LOCALES = {"nl": "nl_NL", "en": "en_GB"}  # en_GB: day-first dates, as the Dutch readers expect
EMPLOYMENT_TYPES = {
    "FULL_TIME": N_("Full time"), "PART_TIME": N_("Part time"), "CONTRACTOR": N_("Freelance"),
    "TEMPORARY": N_("Temporary"), "INTERN": N_("Internship"), "VOLUNTEER": N_("Volunteer"),
    "PER_DIEM": N_("Per day"), "OTHER": N_("Other"),
}
# the codes a match reason carries (``engine.domain.matching``), and what a reader calls them
REASON_KINDS = {"concept": N_("topic"), "location": N_("place"), "hours": N_("hours"),
                "remote": N_("working from home"), "language": N_("language"), "region": N_("region")}
VALUES = {"parttime": N_("part-time"), "fulltime": N_("full-time"), "remote": N_("working from home"),
          "TELECOMMUTE": N_("working from home"), "nl": N_("Dutch"), "en": N_("English"), **EMPLOYMENT_TYPES}
CONCEPT_TYPES = {"occupation": N_("occupation"), "skill": N_("skill"), "sector": N_("sector")}
SALARY_UNITS = {"HOUR": N_("per hour"), "DAY": N_("per day"), "WEEK": N_("per week"),
                "MONTH": N_("per month"), "YEAR": N_("per year")}
AUDIT_ACTIONS = {
    "vacancy.approve": N_("Vacancy approved"), "vacancy.pause": N_("Vacancy paused"),
    "vacancy.import": N_("Vacancies imported"), "template.save_draft": N_("Template draft saved"),
    "template.approve": N_("Template approved"), "template.pause": N_("Template paused"),
    "template.discard_draft": N_("Template draft discarded"), "kill_switch.on": N_("Kill switch on"),
    "kill_switch.off": N_("Kill switch off"), "samples.update": N_("Samples changed"),
    "samples.reset": N_("Samples reset"), "sign_in": N_("Signed in"), "sign_out": N_("Signed out"),
    "account.add": N_("Account added"), "account.remove": N_("Account removed"),
    "apikey.add": N_("API key added"), "apikey.revoke": N_("API key revoked"),
    "slot.create": N_("Slot created"), "slot.edit": N_("Slot changed"), "slot.remove": N_("Slot removed"),
    "bid.set": N_("Bid set"), "bid.reset": N_("Bid back to the default"),
}
AUDIT_KINDS = {"vacancy": N_("Vacancies"), "template": N_("Copy templates"), "kill_switch": N_("Kill switch"),
               "samples": N_("Samples"), "sign_in": N_("Sign-ins"), "account": N_("Accounts"),
               "slot": N_("Slots"), "bid": N_("Bids")}
AUDIT_DETAILS = {
    "title": N_("title"), "reason": N_("reason"), "findings": N_("findings"), "revision": N_("revision"),
    "draft_sha256": N_("draft fingerprint"), "imported": N_("imported"), "rejected": N_("rejected"),
    "rate": N_("requests per second"), "contexts": N_("sample pages"), "personas": N_("personas"),
    "site": N_("site"), "size": N_("size"), "model": N_("pay per"), "price": N_("price"),
    "daily_budget": N_("daily budget"),
}
# JobPosting fields (schema.org names) as a marketeer knows them
FIELDS = {
    "@type": N_("type"), "@graph": N_("list of postings"), "identifier": N_("identifier"), "title": N_("title"),
    "description": N_("description"), "datePosted": N_("date posted"), "validThrough": N_("valid through"),
    "hiringOrganization": N_("employer"), "hiringOrganization.name": N_("employer name"),
    "hiringOrganization.sameAs": N_("employer website"), "jobLocation": N_("place of work"),
    "jobLocationType": N_("remote work"), "address": N_("address"), "addressLocality": N_("town"),
    "addressRegion": N_("province"), "postalCode": N_("postcode"), "addressCountry": N_("country"),
    "employmentType": N_("employment type"), "baseSalary": N_("salary"), "currency": N_("currency"),
    "value": N_("amount"), "minValue": N_("minimum"), "maxValue": N_("maximum"), "unitText": N_("salary period"),
    "inLanguage": N_("language"), "url": N_("link"), "industry": N_("industry"),
    "occupationalCategory": N_("occupation"), "occupational_category": N_("occupation"), "skills": N_("skills"),
    "workHours": N_("working hours"),
    "email": N_("e-mail address"), "telephone": N_("phone number"), "applicationContact": N_("application contact"),
}


def locale(language: str) -> Locale:
    return Locale.parse(LOCALES.get(language, LOCALES["nl"]))


def gettext(language: str) -> Callable[[str], str]:
    return translations(language if language in LOCALES else "nl").gettext


def number(value: float | int | None, language: str, digits: int = 2) -> str:
    """``12345.5`` -> ``12.345,5`` (nl) or ``12,345.5`` (en); None (suppressed) -> an em dash."""
    if value is None:
        return "—"
    return format_decimal(round(value, digits), locale=locale(language))


def percent(ratio: float | None, language: str) -> str:
    """A ratio as a percentage to one decimal in the locale's own pattern: ``0.1443`` -> ``14,4%``."""
    if ratio is None:
        return "—"
    place = locale(language)
    pattern = place.percent_formats[None].pattern.replace("0%", "0.0%").replace("0\u00a0%", "0.0\u00a0%")
    return format_percent(ratio, format=pattern, locale=place)


def money(amount: float | None, currency: str, language: str) -> str:
    """``3200, "EUR"`` -> ``€ 3.200`` (nl) or ``€3,200`` (en); cents only when there are any."""
    if amount is None:
        return "—"
    place = locale(language)
    pattern = place.currency_formats["standard"].pattern
    if float(amount).is_integer():
        pattern = pattern.replace(".00", "")
    return format_currency(amount, currency, format=pattern, locale=place, currency_digits=False)


def _as_datetime(value: str | date | datetime) -> datetime | date:
    if isinstance(value, str):
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        return parsed.date() if len(value) == 10 else parsed
    return value


def day(value: str | date | datetime | None, language: str, form: str = "medium") -> str:
    """A date, day first: ``5 nov 2026``; ``form="short"`` without the year (``5 nov``, a chart axis)."""
    if not value:
        return "—"
    when = _as_datetime(value)
    if isinstance(when, datetime):
        when = (when.astimezone(LOCAL_TZ) if when.tzinfo else when).date()
    if form == "short":
        return format_skeleton("dMMM", when, locale=locale(language))
    return format_date(when, form, locale=locale(language))


def moment(value: str | datetime | None, language: str) -> str:
    """A timestamp in Dutch time to the minute: ``5 nov 2026 15:03`` (no seconds, no microseconds)."""
    if not value:
        return "—"
    parsed = _as_datetime(value)
    if not isinstance(parsed, datetime):
        return day(parsed, language)
    parsed = parsed.astimezone(LOCAL_TZ) if parsed.tzinfo else parsed
    place = locale(language)
    return f"{format_date(parsed, 'medium', locale=place)} {format_time(parsed, 'short', locale=place)}"


def _word(table: Mapping[str, str], code: str, language: str) -> str:
    return gettext(language)(table[code]) if code in table else code


def employment_type(code: str, language: str) -> str:
    return _word(EMPLOYMENT_TYPES, code, language)


def reason_kind(code: str, language: str) -> str:
    return _word(REASON_KINDS, code, language)


def plain_value(value: object, language: str) -> str:
    """A stated or matched value in words (``parttime``, ``TELECOMMUTE``, ``nl``, ``True``)."""
    if isinstance(value, bool):
        return gettext(language)(N_("yes") if value else N_("no"))
    return _word(VALUES, value, language) if isinstance(value, str) else str(value)


def concept_type(code: str, language: str) -> str:
    return _word(CONCEPT_TYPES, code, language)


def salary_unit(code: str, language: str) -> str:
    return _word(SALARY_UNITS, code, language)


def audit_action(code: str, language: str) -> str:
    return _word(AUDIT_ACTIONS, code, language)


def audit_kind(code: str, language: str) -> str:
    return _word(AUDIT_KINDS, code, language)


def audit_detail(key: str, language: str) -> str:
    return _word(AUDIT_DETAILS, key, language)


def field_name(path: str | None, language: str) -> str:
    """A JSON path of a posting in words: ``jobLocation[0].address.addressLocality`` -> ``town``."""
    if not path:
        return "—"
    if path in FIELDS:
        return _word(FIELDS, path, language)
    last = path.rsplit(".", 1)[-1].split("[", 1)[0]
    return _word(FIELDS, last, language) if last in FIELDS else path


def _rule(message: str, language: str) -> str | None:
    """A posting's English error as the same rule in ``language`` (None: not one of its rules)."""
    found = posting_message(message)
    if found is None:
        return None
    template, values = found
    shown = {name: field_name(value, language) if name == "field" else value for name, value in values.items()}
    return gettext(language)(template) % shown


def posting_error(rejection: Mapping[str, Any], language: str) -> str:
    """Why a posting was not imported, in ``language``; the English text when no words are known."""
    if rejection.get("code") == "identifier_refused":
        return gettext(language)(PERSONAL_DATA) % {"field": field_name(rejection.get("field"), language)}
    message = str(rejection.get("error", ""))
    return _rule(message, language) or message


PERSONAL_DATA = N_("%(field)s looks like personal data (an e-mail address or phone number); postings must not "
                   "hold any.")
# what a person can do about a refusal, by its code (the API's English message names the fields)
ERRORS = {
    "consent_required": N_("Tick the consent box to save your preferences: without your consent we keep nothing."),
    "identifier_refused": N_("Leave out e-mail addresses, phone numbers and other personal details: we never keep "
                             "them."),
    "special_category_refused": N_("Leave out anything about health, religion, origin or other sensitive matters: "
                                   "we never keep it."),
    "rate_limited": N_("Too many attempts from here. Please try again later."),
}


def error_text(error: Any, language: str) -> str:
    """An ``EngineError`` as a sentence in ``language``: by its code, as a posting's rule, or its
    own message when the catalogue has it (else the English message, never nothing)."""
    code = getattr(error, "code", "")
    if code in ERRORS:
        return gettext(language)(ERRORS[code])
    message = str(getattr(error, "message", error))
    return _rule(message, language) or gettext(language)(message)


FILTERS: dict[str, Callable[..., str]] = {
    "number": number, "percent": percent, "day": day, "moment": moment, "money": money,
    "employment_type": employment_type, "salary_unit": salary_unit, "concept_type": concept_type,
    "reason_kind": reason_kind, "plain_value": plain_value, "audit_action": audit_action,
    "audit_kind": audit_kind, "audit_detail": audit_detail, "field_name": field_name,
    "posting_error": posting_error, "error_text": error_text,
}


def register(bp: Blueprint) -> None:
    """Offer the helpers to every template of the app (the studio's and the candidate's pages) as
    filters: ``{{ row.ctr | percent(g.lang) }}``."""
    for name, function in FILTERS.items():
        bp.add_app_template_filter(function, name)
