"""What the JSON endpoints answer, as pydantic models: the OpenAPI document is generated from them.

The views build their answers themselves (``as_dict`` of the services, plain dicts); these models
only describe them, and ``tests/test_openapi_contract.py`` checks real answers against them, so a
field added, dropped or retyped in a view fails a test instead of drifting from the document.
Every model forbids undocumented fields. A plain type is a required field; ``T | None`` is
always there but may be null; ``opt(T)`` may be left out (and is never null). Each answer
carries one real example from the demo catalogue (long strings cut). The models are declared
with ``pydantic.create_model``, a few fields a line, to keep some seventy of them readable as a table.
Request bodies that views parse by hand (kill switch, slots, bid requests) are described at the end.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, create_model
from pydantic.json_schema import SkipJsonSchema

from engine.config import Settings
from engine.domain.lint import CATEGORIES as LINT_CATEGORIES
from engine.domain.pacing import BidSetting  # noqa: F401 - a request body the document shows (PUT .../bid)
from engine.domain.privacy import records_of_processing
from engine.services.transparency import PUBLICATION_CATEGORY, REGISTER_FIELDS

Lang = Literal["nl", "en"]
# engine.domain.slots.AD_SIZES, spelled out for the type checker (tests/test_slot_scope.py checks they agree)
Size = Literal["300x250", "336x280", "728x90", "320x50", "320x100", "300x600", "160x600", "responsive"]
OptStr = str | None
SKIP: Any = SkipJsonSchema[None]  # type: ignore[misc]  # (an Annotated form to mypy)


def _no_default(schema: dict[str, Any]) -> None:
    schema.pop("default", None)


def opt(kind: Any, **constraints: Any) -> tuple[Any, Any]:
    """A field an answer may leave out (never null): not required, and no default in the schema."""
    return kind | SKIP, Field(None, json_schema_extra=_no_default, **constraints)


def req(kind: Any, **constraints: Any) -> tuple[Any, Any]:
    """A required field with constraints or a description."""
    return kind, Field(..., **constraints)


def model(title: str, doc: str | None = None, example: dict | None = None, /, **fields: Any) -> type[BaseModel]:
    """A response model; ``example`` (one real answer) goes into its schema's ``examples``."""
    config = ConfigDict(extra="forbid", json_schema_extra={"examples": [example]} if example else None)
    spec: dict[str, Any] = {key: value if isinstance(value, tuple) else (value, ...) for key, value in fields.items()}
    return create_model(title, __config__=config, __doc__=doc, __module__=__name__, **spec)


# --- pieces of the examples ----------------------------------------------------------------------
AT = "2026-12-03T08:28:17+00:00"
REASON = {"signal": "preferences", "input": "zorg", "matched": "Ziekenhuis", "concept": "sector.healthcare",
          "weight": 0.775, "kind": "concept"}
EXPLANATION = {
    "summary": "Je ziet deze vacature omdat je interesse ‘zorg’ past bij ‘Ziekenhuis’ in deze vacature. We gebruiken "
               "geen cookies, browsegeschiedenis, apparaat-ID's, IP-adres of demografische gegevens.",
    "signals_used": [{"signal": "preferences.interests", "value": "zorg"},
                     {"signal": "context.keywords", "value": ["zorg"]}],
    "signals_not_used": [{"signal": "cookies", "label": "cookies"},
                         {"signal": "preferences_token", "reason": "token_unknown",
                          "label": "onbekend, verlopen of gewist; alleen de context is gebruikt"}],
    "reasons": [REASON], "url": "https://ads.example.nl/why/.eJxVUMtOwzAQ_JXVXrikUaiEinLmUk7ckKh6cJ1J4ja1I3tTUKpK_Qz4vX4"}
AD = {"vacancy_id": "demo-001", "language": "nl", "headline": "Hart voor de zorg? Verpleegkundige Interne Geneeskunde",
      "body": "Ziekenhuis Domstede zoekt een collega in Utrecht. Fulltime.", "cta": "Bekijk de vacature",
      "advertiser": "Ziekenhuis Domstede", "template": "nl/interest-1", "score": 0.5393, "explanation": EXPLANATION,
      "click_url": "https://ads.example.nl/c/eyJmIjp7InYiOiJkZW1vLTAwMSIsInQiOiJzZWN0b3IuaGVhbHRoY2FyZSJ9LCJlIjoyMDgyMH0.hHs0"}
RECEIPT = {"purpose": "vacancy_matching", "text_version": "2026-11-25", "language": "nl",
           "lawful_basis": "GDPR Art. 6(1)(a): consent", "given_at": AT, "expires_at": "2027-03-03T08:28:17+00:00",
           "retention_days": 90, "withdraw": "DELETE /v1/preferences/<token> or the erase button of the personal link"}
STATED = {"interests": "zorg", "location": "Utrecht", "hours": "parttime", "remote": True, "language": "nl"}
EXPORT = {"preferences": STATED, "receipt": RECEIPT, "created_at": AT, "updated_at": AT,
          "expires_at": "2027-03-03T08:28:17+00:00"}
REJECTION = {"index": 2, "code": "invalid_posting", "error": "title is required", "field": "title"}
VACANCY = {"id": "demo-001", "title": "Verpleegkundige Interne Geneeskunde", "date_posted": "2026-10-22T00:00:00+02:00",
           "description": "Op de afdeling Interne Geneeskunde van Ziekenhuis Domstede zorg je voor patiënten …",
           "organization": "Ziekenhuis Domstede", "language": "nl", "language_detected": False,
           "valid_through": "2027-03-08T23:59:59+01:00", "organization_url": "https://www.ziekenhuisdomstede.example",
           "url": "https://werkenbij.ziekenhuisdomstede.example/vacatures/verpleegkundige-interne-geneeskunde",
           "locations": [{"locality": "Utrecht", "region": "Utrecht", "postal_code": "3511 GE", "country": "NL"}],
           "remote": False, "employment_types": ["FULL_TIME"], "industry": "Gezondheidszorg",
           "salary": {"currency": "EUR", "unit": "MONTH", "minimum": 3500.0, "maximum": 5000.0},
           "occupational_category": "2221 Verpleegkundigen", "skills": "mbo-4 of hbo-V, BIG-registratie",
           "work_hours": "36 uur per week"}
SLOT = {"id": "werkenbij-zorg", "site": "Werken bij de zorg", "allowed_domains": ["werkenbij.example.nl"],
        "language": "nl", "size": "300x250", "keywords": ["zorg"],
        "description": "Werken in de zorg: verpleging, verzorging en thuiszorg", "fallback": None,
        "scope": {"organisations": "exclude", "names": ["Zorggroep Concurrent"], "sectors": ["sector.healthcare"]},
        "accent": "#0b6e4f"}
SNIPPET = ('<div data-plainsight-slot="werkenbij-zorg" data-width="300" data-height="250"></div>\n<noscript><iframe '
           'src="https://ads.example.nl/embed/werkenbij-zorg" width="300" height="250"></iframe></noscript>')
APIKEY = {"name": "partner", "rate": "100/second", "created_at": AT}
RANGE = {"k": 10, "from": "2026-11-03", "to": "2026-12-03"}
BID = {"id": "1-demo-001", "impid": "1", "price": 1.5, "crid": "demo-001/nl/context-1", "cat": ["IAB4"], "cattax": 1,
       "adm": '{"ver": "1.2", "assets": [{"id": 1, "title": {"text": "Lees je graag over de zorg?"}}], "link": …}',
       "adomain": ["werkenbij.ziekenhuisdomstede.example"], "language": "nl",
       "nurl": "https://ads.example.nl/openrtb2/win/eyJmIjp7InYiOiJkZW1vLTAwMSJ9fQ.x1?price=${AUCTION_PRICE}",
       "burl": "https://ads.example.nl/openrtb2/bill/eyJmIjp7InYiOiJkZW1vLTAwMSJ9fQ.x2?price=${AUCTION_PRICE}",
       "lurl": "https://ads.example.nl/openrtb2/loss/eyJmIjp7InYiOiJkZW1vLTAwMSJ9fQ.x3?price=${AUCTION_PRICE}"
               "&loss=${AUCTION_LOSS}",
       "ext": {"privacy": "https://ads.example.nl/why/.eJxNkDFPwzAQhf_K6RaWJAoVIJSZpUxsSFQdrs6LY5rake0E",
               "explanation": "Je ziet deze vacature omdat de pagina die je leest gaat over de zorg. …"}}
REGISTER = {name: "…" for name in REGISTER_FIELDS} | {
    "name": "Plainsight vacatureadvertenties", "organization": "Plainsight (demo)", "category": ["Werk en inkomen"],
    "status": "In gebruik", "provider": "Plainsight", "website": "/transparency", "begin_date": "2026-11-25",
    "methods_and_models": "en: plainsight_en-1.0.0, nl: plainsight_nl-1.0.0", "standard_version": "1.0",
    "publication_category": "Hoog-risico AI-systeem"}
TRANSPARENCY = {
    "purpose": "Show vacancy ads that fit the page they appear on, and preferences a candidate chose to give …",
    "how_matching_works": "Our own language pipelines (spaCy) find occupations, skills and sectors …",
    "signals_used": {"context": ["url (without query)", "title", "keywords", "text", "language", "region (coarse)"],
                     "stated_preferences": ["interests", "location", "hours", "remote", "language"]},
    "signals_never_used": ["cookies", "browsing history", "device identifiers", "IP address"],
    "versions": {"taxonomy": "45b8bb9aec80", "concepts": 1046,
                 "pipelines": {"nl": "plainsight_nl-1.0.0", "en": "plainsight_en-1.0.0"}},
    "retention": {"stated_preferences_days": 90, "signed_links_days": 30, "aggregate_counts_days": 400,
                  "page_analysis_hours": 24, "match_and_render_requests": "not stored"},
    "human_oversight": "Marketeers oversee the engine in the studio: they preview every ad with its score …",
    "contact": "Plainsight (demo)", "algoritmeregister": REGISTER, "publication_category": PUBLICATION_CATEGORY}

# Each model is a value typed Any: mypy takes ``list[Reason]`` for a type only if Reason is one.
# --- errors ----------------------------------------------------------------------------------------
ErrorDetail: Any = model("ErrorDetail", code=req(str, description="A stable code: invalid_field, not_found …"),
                         message=str, field=req(OptStr, description="The JSON path, parameter or header at fault"))
ErrorBody: Any = model("ErrorBody", "Every 4xx and 5xx answer: one error with a stable code.", error=ErrorDetail)
ProofChallenge: Any = model(
    "ProofChallenge", "Work asked before the next sign-in attempt: the first decimal counter whose SHA-256 of "
    "'<nonce>:<counter>' starts with `bits` zero bits, sent as proof_answer with proof_token = token.",
    token=str, nonce=str, bits=req(int, ge=0, le=30), expires=req(int, description="Unix time"))
SignInThrottled: Any = model(
    "SignInThrottled", "The account is over its failed sign-in limit: this client may try again with the proof of "
    "work (a slower answer, never a lockout).",
    {"error": {"code": "rate_limited", "message": "Too many failed sign-ins for this account: send the proof of "
               "work under 'proof' …", "field": "name"},
     "proof": {"token": "20.1796300000.3f9c2a1b7d4e5f60.0c1d2e3f405162738495a6b7c8d9eaf0",
               "nonce": "3f9c2a1b7d4e5f60", "bits": 20, "expires": 1796300000}},
    error=ErrorDetail, proof=ProofChallenge)

# --- matching, rendering, the language check -------------------------------------------------------
Reason: Any = model("Reason", signal=Literal["preferences", "context"], input=str, matched=OptStr, concept=OptStr,
                    weight=float, kind=Literal["concept", "location", "hours", "remote", "language", "region"])
SignalUsed: Any = model("SignalUsed", signal=str, value=str | bool | list[str])
SignalNotUsed: Any = model("SignalNotUsed", signal=str, label=str,
                           reason=opt(str, description="Why a signal that was sent was not used"))
Understood: Any = model("Understood", field=req(str, description="location, radius_km, hours or remote"),
                        value=str, words=req(str, description="The reader's own words it was read from"))
Explanation: Any = model("Explanation", summary=str, signals_used=list[SignalUsed],
                         signals_not_used=list[SignalNotUsed], reasons=list[Reason],
                         url=req(OptStr, description="The signed 'why this ad?' page"),
                         understood=opt(list[Understood], description="Facts read from the interest text"))
Ad: Any = model("Ad", vacancy_id=str, language=Lang, headline=req(str, max_length=60), body=req(str, max_length=140),
                cta=req(str, max_length=25), advertiser=str, click_url=str, template=str, score=req(float, ge=0, le=1),
                explanation=Explanation, html=opt(str, description="The ad as a page: for format html only"))
Note: Any = model("Note", code=str, message=str)
RenderResponse: Any = model("RenderResponse", "Ads, best first, each with its explanation; no ads and a note when "
                            "nothing fits well enough.", {"ads": [AD]}, ads=list[Ad], notes=opt(list[Note]))
Match: Any = model("Match", vacancy_id=str, score=req(float, ge=0, le=1), reasons=list[Reason])
MatchResponse: Any = model("MatchResponse", "Matches, best first, with their reasons.",
                           {"matches": [{"vacancy_id": "demo-001", "score": 0.8305, "reasons": [REASON]}]},
                           matches=list[Match])
LintFinding: Any = model(
    "LintFinding", category=Literal[LINT_CATEGORIES], start=int, end=int, text=str, severity=Literal["hard", "soft"],
    suggestion=req(str, description="A rewrite, in the language the text was checked in"),
    ground=req(str, description="The Dutch equal-treatment act(s) the category falls under: WGBL (age), WGBH/CZ "
                                "(disability, chronic illness), AWGB (origin, nationality, religion, civil status, "
                                "sexual orientation), WGB m/v (sex); language and appearance are indirect grounds"))
LintResponse: Any = model("LintResponse", "Findings: empty for neutral text.", {"language": "nl", "findings": [
    {"category": "age", "start": 30, "end": 41, "text": "max 35 jaar", "severity": "hard",
     "suggestion": "Vraag naar wat iemand kan of weet, niet naar leeftijd.", "ground": "WGBL"}]},
    language=Lang, findings=list[LintFinding])

# --- preferences -----------------------------------------------------------------------------------
StatedPreferences: Any = model("StatedPreferences", "What the candidate stated; what was not stated is left out.",
                               interests=opt(str), location=opt(str), hours=opt(Literal["parttime", "fulltime"]),
                               remote=opt(bool), language=opt(Lang))
ConsentReceipt: Any = model("ConsentReceipt", purpose=str, text_version=str, language=Lang, lawful_basis=str,
                            given_at=str, expires_at=str, retention_days=int, withdraw=str, renewed=opt(bool))
EXPORT_FIELDS = {"preferences": StatedPreferences, "receipt": ConsentReceipt, "created_at": str, "updated_at": str,
                 "expires_at": str}
PreferencesCreated: Any = model(
    "PreferencesCreated", "The token (shown once), the consent receipt and the personal link.",
    {"token": "w_qZTWTv4Fo2vYDHTEV-GgVv1lf0Bylo", "expires_at": "2027-03-03T08:28:17+00:00", "receipt": RECEIPT,
     "manage_url": "https://ads.example.nl/preferences/mine?token=w_qZTWTv4Fo2vYDHTEV-GgVv1lf0Bylo",
     "dropped_statements": ["family"], "preferences": STATED},
    token=str, expires_at=str, receipt=ConsentReceipt, manage_url=str, preferences=StatedPreferences,
    dropped_statements=req(list[str], description="Kinds of statement about the person that were removed"))
PreferencesExport: Any = model("PreferencesExport", "Everything stored for the token (GDPR Art. 15 and 20).", EXPORT,
                               **EXPORT_FIELDS)
PreferencesChanged: Any = model("PreferencesChanged", "The export after the change, and what was dropped from it.",
                                {**EXPORT, "receipt": {**RECEIPT, "renewed": True}, "dropped_statements": []},
                                **EXPORT_FIELDS, dropped_statements=list[str])

# --- the catalogue, imports and oversight ----------------------------------------------------------
Rejection: Any = model("Rejection", index=int, code=str, error=str, field=OptStr)
ImportResult: Any = model("ImportResult", "Imported ids and, per posting index, why a posting was not imported.",
                          {"imported": 2, "ids": ["demo-001", "demo-002"], "rejected": [REJECTION]},
                          imported=int, ids=list[str], rejected=list[Rejection])
ImportJob: Any = model("ImportJob", "A studio import's progress.", {
    "id": "3748cadbb1cdbb66", "status": "done", "filename": "feed.jsonld", "who": "admin", "started_at": AT,
    "finished_at": AT, "total": 3, "valid": 2, "done": 2, "imported": 2, "percent": 100, "rejected": [REJECTION]},
    id=str, status=Literal["running", "done", "failed"], filename=str, who=str, started_at=str, finished_at=opt(str),
    error=opt(str, description="The failure's type, when the status is failed"), total=int, valid=int, done=int,
    imported=int, percent=req(int, ge=0, le=100), rejected=list[Rejection])
Location: Any = model("Location", locality=OptStr, region=OptStr, postal_code=OptStr, country=OptStr)
Salary: Any = model("Salary", currency=str, unit=str, minimum=float | None, maximum=float | None)
Vacancy: Any = model("Vacancy", id=str, title=str, description=str, date_posted=str, organization=str, language=str,
                     language_detected=bool, valid_through=OptStr, organization_url=OptStr, url=OptStr,
                     locations=list[Location], remote=bool, employment_types=list[str], salary=Salary | None,
                     industry=OptStr, occupational_category=OptStr, skills=OptStr, work_hours=OptStr)
FoundConcept: Any = model("FoundConcept", concept=str, weight=float, term=str, text=str, field=str)
VacancyDetail: Any = model("VacancyDetail", "The stored vacancy with the concepts found in it, strongest first.", {
    "vacancy": VACANCY, "taxonomy_version": "45b8bb9aec80", "concepts": [
        {"concept": "occ.nurse", "weight": 1.0, "term": "verpleegkundige", "text": "Verpleegkundige",
         "field": "title"}]},
    vacancy=Vacancy, concepts=list[FoundConcept], taxonomy_version=str)
VacancyStatus: Any = model("VacancyStatus", "The vacancy's status after the decision.",
                           {"vacancy_id": "demo-001", "status": "approved"},
                           vacancy_id=str, status=Literal["approved", "paused", "pending"])
KillSwitchOn: Any = model("KillSwitchOn", by=str, at=str, reason=str)
VacancyDecision: Any = model("VacancyDecision", status=Literal["approved", "paused"], by=str, at=str)
TemplateState: Any = model("TemplateState", status=Literal["approved", "paused"] | None, revision=int, has_draft=bool,
                           by=OptStr, at=OptStr)
OversightState: Any = model(
    "OversightState", "Approvals, pauses, template revisions and the kill switch (null: serving).",
    {"version": 3, "auto_approve": True, "kill_switch": {"by": "admin-token", "at": AT, "reason": "incident"},
     "vacancies": {"demo-001": {"status": "approved", "by": "admin-token", "at": AT}},
     "templates": {"nl/interest-1": {"status": "approved", "revision": 2, "has_draft": False, "by": "admin",
                                     "at": AT}}},
    version=int, auto_approve=bool, kill_switch=KillSwitchOn | None, vacancies=dict[str, VacancyDecision],
    templates=dict[str, TemplateState])
AuditEntry: Any = model("AuditEntry", id=str, at=str, who=str, action=str, target=str, detail=dict[str, Any])
AuditLog: Any = model("AuditLog", "Audit entries, newest first.", {"entries": [
    {"id": "1796286497395-0", "at": AT, "who": "admin-token", "action": "kill_switch.on", "target": "serving",
     "detail": {"reason": "incident"}}]}, entries=list[AuditEntry])
VerifyResult: Any = model("VerifyResult", "Whether the decision log's hash chain is whole, and where it breaks if not.",
                          {"entries": 12, "ok": True, "broken_at": None, "reason": None},
                          entries=int, ok=bool, broken_at=OptStr, reason=OptStr)

# --- aggregates (cells counted fewer than k times are null and named in ``suppressed``) ------------
CELL = {"impressions": int | None, "clicks": int | None, "suppressed": list[Literal["impressions", "clicks"]]}
RANGE_FIELDS = {"k": int, "first": req(str, alias="from"), "last": req(str, alias="to")}
VacancyTopicDay: Any = model("VacancyTopicDay", day=str, vacancy_id=str, topic=str, **CELL)
SlotDay: Any = model("SlotDay", day=str, slot=str, **CELL)
StatsReport: Any = model("StatsReport", "Impressions and clicks per vacancy x topic x day and per slot x day.", {
    **RANGE, "by_slot_day": [], "by_vacancy_topic_day": [
        {"day": "2026-12-03", "vacancy_id": "demo-001", "topic": "sector.healthcare", "impressions": 12,
         "clicks": None, "suppressed": ["clicks"]}]},
    **RANGE_FIELDS, by_vacancy_topic_day=list[VacancyTopicDay], by_slot_day=list[SlotDay])
SectorExposure: Any = model("SectorExposure", sector=str, impressions=int, share=req(float, ge=0, le=1),
                            by_context_topic=dict[str, int])
Exposure: Any = model("Exposure", "Exposure by vacancy sector across context topics; suppressed cells counted.", {
    **RANGE, "suppressed_cells": 3, "by_sector": [{"sector": "sector.healthcare", "impressions": 12, "share": 1.0,
                                                   "by_context_topic": {"sector.healthcare": 12}}]},
    **RANGE_FIELDS, suppressed_cells=int, by_sector=list[SectorExposure])

# --- embeds and API keys ---------------------------------------------------------------------------
SlotScope: Any = model("SlotScope", "Whose vacancies the slot shows: only or all but the organisations named "
                       "(none: all), in the sectors named (none: every sector).",
                       organisations=Literal["all", "only", "exclude"], names=list[str], sectors=list[str])
SlotSettings: Any = model("SlotSettings", id=str, site=str, allowed_domains=list[str], language=Lang | None, size=Size,
                          keywords=list[str], description=str, fallback=OptStr, scope=SlotScope, accent=OptStr)
SlotSaved: Any = model("SlotSaved", "The slot's id and the snippet a site owner pastes.",
                       {"slot": "werkenbij-zorg", "snippet": SNIPPET}, slot=str, snippet=str)
SlotRead: Any = model("SlotRead", "The slot and its snippet.", {"slot": SLOT, "snippet": SNIPPET},
                      slot=SlotSettings, snippet=str)
ApiKey: Any = model("ApiKey", name=str, rate=str, created_at=str)
ApiKeyIssued: Any = model("ApiKeyIssued", "The key, in this answer only, with its name, rate and time.",
                          {**APIKEY, "key": "psk_ZzNc3peKz2InG8RJCG7rFrxqSWvgGzW2bGHJOzaf3ag"},
                          name=str, rate=str, created_at=str, key=str)
ApiKeyList: Any = model("ApiKeyList", "Issued keys: names, rates and times, never the keys.", {"apikeys": [APIKEY]},
                        apikeys=list[ApiKey])

# --- OpenRTB ---------------------------------------------------------------------------------------
DsaTransparency: Any = model("DsaTransparency", domain=str, dsaparams=list[int])
Dsa: Any = model("Dsa", behalf=str, paid=str, transparency=list[DsaTransparency], adrender=Literal[0, 1])
BidExt: Any = model("BidExt", privacy=str, explanation=str,
                    dsa=opt(Dsa, description="When the request asked for DSA transparency"))
Bid: Any = model("Bid", id=str, impid=str, price=float, crid=str, adomain=list[str], cat=list[str], cattax=int,
                 adm=req(str, description="A Native 1.2 response object (JSON text) or the HTML ad"), language=Lang,
                 nurl=req(str, description="Win notice (signed; ${AUCTION_PRICE} filled in by the exchange)"),
                 burl=req(str, description="Billing notice (signed): counts the impression, or the win notice does "
                                           "for an exchange that calls /openrtb2/bid?billing=nurl"),
                 lurl=req(str, description="Loss notice (signed; ${AUCTION_PRICE}, ${AUCTION_LOSS})"),
                 ext=BidExt, w=opt(int, description="Banner slots only"), h=opt(int, description="Banner slots only"))
SeatBid: Any = model("SeatBid", seat=str, bid=list[Bid])
BidResponseExt: Any = model("BidResponseExt", signals_used=list[str],
                            ignored=req(list[str], description="Identity fields the request carried; none were read"))
BidResponse: Any = model(
    "BidResponse", "Native 1.2 or HTML markup, the privacy link and, when asked, DSA transparency. Each vacancy bids "
    "its own CPM (a CPC as the CPM it is worth) within its daily budget, paced evenly over the UTC day; bidfloor, "
    "bcat, badv, cur and tmax are honoured. A plain no-bid (nothing fits; blocked; a floor, currency or format we "
    "cannot meet) is an empty 204; a no-bid the exchange can act on is this body with an empty seatbid and nbr. "
    "Every bid carries signed nurl, burl and lurl; burl counts the impression, or nurl when the exchange calls "
    "/openrtb2/bid?billing=nurl (an exchange without billing notices).",
    {"id": "r1", "cur": "EUR", "ext": {"ignored": ["user"], "signals_used": ["language", "title", "url"]},
     "seatbid": [{"seat": "plainsight", "bid": [BID]}]},
    id=str, seatbid=list[SeatBid], cur=Literal["EUR"], ext=BidResponseExt,
    nbr=opt(Literal[2, 15], description="A no-bid with a body (seatbid empty): 2 no imp had an id; 15 tmax below "
                                        "10 ms or gone by when the request's turn came. Any other no-bid: empty 204"))
BidToday: Any = model("BidToday", day=str, spent=req(float, description="EUR spent today (UTC)"),
                      allowance=req(float | None, description="What even pacing allows by now; null: no budget"),
                      bidding=req(bool, description="Below the line of even spending: bids now"),
                      bid_cpm=req(float, description="The CPM offered now (a CPC times the expected click rate)"),
                      impressions=req(int, description="Billed"), clicks=int, wins=int, losses=int)
VACANCY_BID = {"vacancy_id": "demo-001", "model": "cpc", "price": 0.8, "daily_budget": 40.0, "default": False,
               "today": {"day": "2026-12-03", "spent": 12.4, "allowance": 14.17, "bidding": True, "bid_cpm": 1.6,
                         "impressions": 5210, "clicks": 15, "wins": 5302, "losses": 9310}}
VacancyBid: Any = model(
    "VacancyBid", "A vacancy's bid on the ad networks (default: the engine's CPM, no budget) and its day so far.",
    VACANCY_BID, vacancy_id=str, model=Literal["cpm", "cpc"], price=float, daily_budget=float | None,
    default=req(bool, description="No bid of its own: ENGINE_BID_CPM, without a budget"), today=BidToday)

# --- the system, transparency and privacy ----------------------------------------------------------
Health: Any = model("Health", "Status of models, store and index.", {
    "status": "ok", "store": "up", "vacancies": 50, "catalogue_version": 1,
    "models": {"nl": "plainsight_nl-1.0.0", "en": "plainsight_en-1.0.0"}, "taxonomy_version": "45b8bb9aec80"},
    status=Literal["ok", "degraded"], store=Literal["up", "down"], vacancies=int, catalogue_version=int,
    models=dict[str, str], taxonomy_version=str)
Gpc: Any = model("Gpc", "Global Privacy Control support.", {"gpc": True, "lastUpdate": "2026-11-25"},
                 gpc=bool, lastUpdate=str)
SignalsInUse: Any = model("SignalsInUse", context=list[str], stated_preferences=list[str])
Versions: Any = model("Versions", taxonomy=str, concepts=int, pipelines=dict[str, str])
Retention: Any = model("Retention", stated_preferences_days=int, signed_links_days=int, aggregate_counts_days=int,
                       page_analysis_hours=int, match_and_render_requests=str)
Bilingual: Any = model("Bilingual", nl=str, en=str)
LegalReference: Any = model("LegalReference", nl=str, en=str, url=str)
PublicationCategory: Any = model(
    "PublicationCategory", "The register's publication category in the AI Act's wording: a machine value, the "
    "category and why, in Dutch and English, and the legal reference.", PUBLICATION_CATEGORY,
    value=req(Literal["high_risk_ai_system", "impactful_algorithm", "other_algorithm"],
              description="high_risk_ai_system: stated preferences target the ads (AI Act Annex III, point 4(a))"),
    label=Bilingual, description=Bilingual, legal_reference=LegalReference)
Transparency: Any = model(
    "Transparency", "How the engine works, with the fields of the Algoritmeregister publication standard.",
    TRANSPARENCY, purpose=str, how_matching_works=str, signals_used=SignalsInUse, signals_never_used=list[str],
    versions=Versions, retention=Retention, human_oversight=str, contact=str, publication_category=PublicationCategory,
    algoritmeregister=req(dict[str, str | list[str]], json_schema_extra={
        "required": list(REGISTER_FIELDS), "propertyNames": {"enum": list(REGISTER_FIELDS)}}))
ProcessingActivity: Any = model("ProcessingActivity", name=str, purpose=str, lawful_basis=str,
                                consent_text_version=opt(str), categories_of_data=list[str],
                                categories_of_data_subjects=list[str], special_categories=opt(str), stored=str,
                                retention=str)
PrivacySettings: Any = model("PrivacySettings", preferences_retention_days=int, preferences_rate_limit=str,
                             link_ttl_days=int)
ProcessingRecords: Any = model(
    "ProcessingRecords", "The record of processing activities (GDPR Art. 30), with the live settings.",
    records_of_processing(Settings()),  # the example: what the code answers with the default settings
    controller=str, processing_activities=list[ProcessingActivity], recipients=list[str], transfers_outside_eea=str,
    never_collected=list[str], logs=str, security_measures=list[str], rights=dict[str, str], settings=PrivacySettings)
OpenApiDocument: Any = model(
    "OpenApiDocument", "This document, modelled at its top level (the OpenAPI 3.1 schema describes the rest).",
    {"openapi": "3.1.0", "info": {"title": "Plainsight", "version": "1.0.0"}, "paths": {}, "components": {}},
    openapi=req(str, pattern=r"^3\.1\."), info=dict[str, Any], paths=dict[str, Any], components=dict[str, Any])


# --- request bodies the views parse by hand (the views stay the authority on what is refused) -----
class KillSwitchRequest(BaseModel):
    on: bool = Field(description="true stops all serving, false resumes it")
    reason: str = Field("", max_length=500)


class SlotScopeRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    organisations: Literal["all", "only", "exclude"] = "all"
    names: list[str] = Field([], max_length=50, description="Organisations as their vacancies name them")
    sectors: list[str] = Field([], max_length=30, description="Sector ids such as sector.healthcare")


class SlotRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    site: str | SkipJsonSchema[None] = Field(None, min_length=1, max_length=100, json_schema_extra=_no_default)
    allowed_domains: list[str] = Field(min_length=1, max_length=20)
    language: Lang | None = None
    size: Size = "responsive"
    keywords: list[str] = Field([], max_length=20)
    description: str = Field("", max_length=500, description="What the site is about: the slot's own context")
    fallback: str | None = Field(None, max_length=200, description="A vacancy id shown when nothing fits, or null")
    scope: SlotScopeRequest | None = Field(None, description="Whose vacancies the slot shows; absent: all of them")
    accent: str | None = Field(None, pattern=r"^#([0-9a-fA-F]{3}){1,2}$",
                               description="The call to action's colour, #rrggbb; null: the engine's own")


class BidRequest(BaseModel):
    """OpenRTB 2.5/2.6: the page and the slots are read; identity fields are ignored, never read."""

    model_config = ConfigDict(extra="allow")
    id: str = Field(min_length=1)
    imp: list[dict[str, Any]] = Field(min_length=1)
