"""The OpenAPI 3.1 document, generated: schemas from the pydantic models of requests (the ones the
views parse with) and answers (``engine.web.schemas``), operations from one table below.

Nothing in here restates a field: a model changes, the document follows. Each operation names
its request model and, per status, its answer model; error statuses answer ``ErrorBody``. Every
operation carries a real example (request, answer, or path parameter where nothing has a body).
``tests/test_openapi_contract.py`` checks real answers and the examples against this document.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import JsonSchemaMode, models_json_schema

from engine.domain.consent import CONSENT_TEXT_VERSION, PURPOSE
from engine.domain.signals import MatchRequest, PreferencesCreate, PreferencesPatch, RenderRequest
from engine.web import schemas as s
from engine.web.api.apikeys import ApiKeyCreate
from engine.web.api.lint import LintRequest
from engine.web.api.oversight import ApprovalRequest
from engine.web.openapi_studio import STUDIO_ROUTES

REF = "#/components/schemas/{model}"
ADMIN: tuple[dict, ...] = ({"bearer": []},)
STRING = {"type": "string"}


@dataclass(frozen=True)
class Raw:
    """A body that is not one of the models: media type -> example (HTML, text, JSON-LD, forms)."""

    description: str
    examples: dict[str, Any]
    schema: dict | None = None  # default: a string


@dataclass(frozen=True)
class Op:
    method: str
    path: str
    id: str
    summary: str
    tag: str
    ok: dict[int, Any]  # status -> answer model, Raw, or a description (no body: 204, 302, 303)
    errors: tuple[int, ...] = ()
    body: Any = None  # request model or Raw
    example: Any = None  # the request body's example (for a model)
    security: tuple[dict, ...] = ()
    params: tuple[dict, ...] = ()
    description: str | None = None
    body_required: bool = True


# status -> (description, a real error of that status)
ERRORS = {
    400: ("Malformed JSON or wrong content type", "malformed_json", "the body is not valid JSON (Expecting value: "
          "line 1 column 1 (char 0))", None),
    401: ("Missing or wrong admin token", "unauthorized", "Send the admin token as 'Authorization: Bearer <token>'.",
          None),
    403: ("Refused for this account", "four_eyes", "admin-token imported or last edited what is to be approved "
          "(demo-051: age “max. 35 jaar”); with ENGINE_FOUR_EYES another account must approve it.", None),
    404: ("Not found", "not_found", "No preferences for this token: unknown, expired or erased.", "token"),
    409: ("Exists already", "apikey_exists", "a key named 'partner' exists; revoke it first", "name"),
    413: ("Body too large", "body_too_large", "The request body is larger than this endpoint accepts.", None),
    422: ("Invalid field or identifier refused", "invalid_field", "limit may be at most 20", "limit"),
    429: ("Too many requests", "rate_limited", "Too many preference sets from here; try again later.", None),
    503: ("Management disabled (no admin token configured)", "management_disabled",
          "The management API is disabled: set ENGINE_ADMIN_TOKEN.", None),
}
HTML = "<!doctype html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n<title>Plainsight</title>"


def form(**fields: str) -> Raw:
    return Raw("Form fields", {"application/x-www-form-urlencoded": fields}, {"type": "object"})


PARAM_EXAMPLES = {"vacancy_id": "demo-001", "slot_id": "werkenbij-zorg", "name": "partner",
                  "token": "w_qZTWTv4Fo2vYDHTEV-GgVv1lf0Bylo", "job_id": "3748cadbb1cdbb66", "language": "nl",
                  "variant": "interest-1"}  # no file name: the fuzzer's client leaves a served file open
SIGNED = "eyJmIjp7InYiOiJkZW1vLTAwMSIsInQiOiJzZWN0b3IuaGVhbHRoY2FyZSJ9LCJlIjoyMDgyMH0.hHs0yxzCt_E_910TyId0vL8p5nY"


def page(description: str = "HTML page") -> Raw:
    return Raw(description, {"text/html": HTML})


def query(name: str, schema: dict | None = None, example: Any = None) -> dict:
    param = {"name": name, "in": "query", "required": False, "schema": schema or STRING}
    return param if example is None else {**param, "example": example}


DATES = (query("from", {"type": "string", "format": "date"}, "2026-11-03"),
         query("to", {"type": "string", "format": "date"}, "2026-12-03"))
POSTING = {"@context": "https://schema.org", "@type": "JobPosting",
           "identifier": {"@type": "PropertyValue", "name": "Ziekenhuis Domstede", "value": "demo-001"},
           "title": "Verpleegkundige Interne Geneeskunde", "description": "<p>Op de afdeling Interne Geneeskunde …</p>",
           "datePosted": "2026-10-14", "validThrough": "2027-02-28", "inLanguage": "nl", "employmentType": "FULL_TIME",
           "hiringOrganization": {"@type": "Organization", "name": "Ziekenhuis Domstede",
                                  "sameAs": "https://www.ziekenhuisdomstede.example"},
           "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Utrecht",
                                                         "postalCode": "3511 GE", "addressCountry": "NL"}},
           "url": "https://werkenbij.ziekenhuisdomstede.example/vacatures/verpleegkundige-interne-geneeskunde"}
CONTEXT = {"url": "https://www.example.nl/zorg", "title": "Werken in de zorg", "keywords": ["zorg"], "language": "nl"}

OPERATIONS = (
    Op("get", "/healthz", "healthz", "Ready to serve", "system", {200: s.Health}),
    Op("get", "/openapi.json", "openapi", "This document", "system", {200: s.OpenApiDocument}),
    Op("get", "/metrics", "metrics", "Prometheus metrics: requests, matches, no-bids, caches, store errors, index",
       "system", {200: Raw("Metrics", {
           "text/plain": "# HELP plainsight_http_requests_total HTTP requests answered, by route, method and status",
           "application/openmetrics-text": "# TYPE plainsight_http_requests counter\n# EOF"})}, (401, 503),
       security=ADMIN, description="Bearer ENGINE_METRICS_TOKEN or the admin token. Prometheus text, or OpenMetrics "
                                   "when the Accept header asks for it. No label names a person."),
    Op("post", "/v1/vacancies", "importVacancies", "Import schema.org JobPosting JSON-LD (object, list or @graph)",
       "vacancies", {200: s.ImportResult}, (400, 401, 413, 422, 503), security=ADMIN,
       body=Raw("JSON-LD", {"application/json": POSTING}, {"type": ["object", "array"]})),
    Op("get", "/v1/vacancies/{vacancy_id}", "getVacancy", "A stored vacancy with the concepts found in it",
       "vacancies", {200: s.VacancyDetail}, (401, 404, 503), security=ADMIN),
    Op("delete", "/v1/vacancies/{vacancy_id}", "deleteVacancy", "Remove a vacancy", "vacancies", {204: "Removed"},
       (401, 404, 503), security=ADMIN),
    Op("post", "/v1/vacancies/{vacancy_id}/approve", "approveVacancy",
       "Approve a vacancy as it is now; recorded in the audit trail", "oversight", {200: s.VacancyStatus},
       (400, 401, 403, 404, 422, 503), ApprovalRequest, {"reason": "The age limit is the legal minimum for serving "
                                                        "alcohol; checked with legal."},
       security=ADMIN, body_required=False,
       description="A vacancy with hard inclusive-language findings needs a `reason` (422 `reason_required` "
                   "without one); with ENGINE_FOUR_EYES the account that imported it may not approve it "
                   "(403 `four_eyes`)."),
    Op("post", "/v1/vacancies/{vacancy_id}/pause", "pauseVacancy",
       "Pause a vacancy as it is now; recorded in the audit trail", "oversight", {200: s.VacancyStatus},
       (401, 404, 503), security=ADMIN),
    Op("post", "/v1/match", "match", "Rank live vacancies for preferences and/or page context", "ads",
       {200: s.MatchResponse}, (400, 413, 422), MatchRequest,
       {"preferences": {"interests": "zorg", "location": "Utrecht"}, "context": CONTEXT, "limit": 5}),
    Op("post", "/v1/render", "render", "Ad copy for the best matches, each with its explanation", "ads",
       {200: s.RenderResponse}, (400, 413, 422), RenderRequest, {"context": CONTEXT, "format": "native", "count": 1}),
    Op("post", "/v1/lint", "lint", "Inclusive-language check (nl/en): findings with category, span, severity, "
       "suggestion", "ads", {200: s.LintResponse}, (400, 413, 422), LintRequest,
       {"text": "Wij zoeken een jonge collega, max 35 jaar.", "language": "nl"}),
    Op("post", "/openrtb2/bid", "bid", "OpenRTB 2.6 bidder (header x-openrtb-version: 2.6): context only, identity "
       "ignored", "openrtb", {200: s.BidResponse, 204: "No bid"}, (400, 413, 422), s.BidRequest,
       {"id": "r1", "imp": [{"id": "1", "banner": {"w": 300, "h": 250}}],
        "site": {"page": "https://www.example.nl/zorg", "content": {"title": "Werken in de zorg", "language": "nl"}}},
       params=({"name": "x-openrtb-version", "in": "header", "required": False,
                "schema": {"type": "string", "default": "2.6"}, "example": "2.6"},
               query("billing", {"type": "string", "enum": ["burl", "nurl"], "default": "burl"}, "burl"))),
    Op("get", "/openrtb2/{kind}/{token}", "notice", "Signed win (nurl), billing (burl) or loss (lurl) notice: "
       "counts once per bid", "openrtb", {204: "Counted, or a replay"}, (404,), params=(
           query("price", example="1.25"), query("loss", example="102"))),
    Op("put", "/v1/vacancies/{vacancy_id}/bid", "putBid", "Set a vacancy's CPM or CPC bid and daily budget", "openrtb",
       {200: s.VacancyBid}, (400, 401, 404, 422, 503), s.BidSetting, {"model": "cpc", "price": 0.8, "daily_budget": 40},
       ADMIN),
    Op("get", "/v1/vacancies/{vacancy_id}/bid", "getBid", "A vacancy's bid (default: ENGINE_BID_CPM) and its day",
       "openrtb", {200: s.VacancyBid}, (401, 404, 503), security=ADMIN),
    Op("delete", "/v1/vacancies/{vacancy_id}/bid", "deleteBid", "Back to the default CPM, no budget", "openrtb",
       {204: "Removed"}, (401, 404, 503), security=ADMIN),
    Op("post", "/v1/preferences", "createPreferences", "Store preferences a candidate gives with consent; returns "
       "the token once", "preferences", {201: s.PreferencesCreated}, (400, 413, 422, 429), PreferencesCreate,
       {"preferences": s.STATED, "language": "nl",
        "consent": {"given": True, "purpose": PURPOSE, "text_version": CONSENT_TEXT_VERSION}}),
    Op("get", "/v1/preferences/{token}", "exportPreferences", "Everything stored for the token, with the consent "
       "receipt", "preferences", {200: s.PreferencesExport}, (404,)),
    Op("patch", "/v1/preferences/{token}", "changePreferences", "Change preferences; renew: true extends the "
       "retention", "preferences", {200: s.PreferencesChanged}, (400, 404, 422), PreferencesPatch,
       {"preferences": {"interests": "ICT"}, "renew": True}),
    Op("delete", "/v1/preferences/{token}", "erasePreferences", "Erase at once", "preferences", {204: "Erased"},
       (404,)),
    Op("get", "/v1/privacy/records", "privacyRecords", "Record of processing (GDPR Art. 30) with live settings",
       "privacy", {200: s.ProcessingRecords}),
    Op("get", "/preferences", "preferencesPage", "Preference page (nl/en, no JavaScript, no cookie)", "pages",
       {200: page("HTML form")}),
    Op("post", "/preferences", "submitPreferences", "Preference form submission", "pages",
       {201: page("Token shown once"), 422: page("Form with the error"),
        429: page("Form with the error (rate limited)")}, body=form(interests="zorg", location="Utrecht",
                                                                      hours="parttime", consent="yes")),
    Op("get", "/preferences/mine", "myPreferencesPage", "View one's preferences (token in the query)", "pages",
       {200: page(), 404: page("Gone")}),
    Op("post", "/preferences/mine", "changeMyPreferences", "Change one's preferences", "pages",
       {200: page(), 404: page("Gone"), 422: page("Form with the error")},
       body=form(token=PARAM_EXAMPLES["token"], interests="ICT", location="Utrecht", renew="yes")),
    Op("post", "/preferences/mine/erase", "eraseMyPreferences", "Erase one's preferences", "pages", {200: page()},
       body=form(token=PARAM_EXAMPLES["token"])),
    Op("get", "/transparency", "transparencyPage", "How the engine works (HTML, nl/en via Accept-Language or ?lang)",
       "privacy", {200: page()}),
    Op("get", "/", "startPage", "Start page: where each kind of user goes (nl/en, no cookie)", "pages", {200: page()}),
    Op("get", "/demo", "demoCareerSite", "Demo career site: a demo slot of every ad size", "embed", {200: page()}),
    Op("get", "/transparency.json", "transparency", "The same, as JSON, with Algoritmeregister fields", "privacy",
       {200: s.Transparency}),
    Op("get", "/.well-known/gpc.json", "gpc", "Global Privacy Control support", "privacy", {200: s.Gpc}),
    Op("get", "/c/{token}", "click", "Signed click: redirects to the vacancy's own URL", "links",
       {302: "To the vacancy"}, (404,), params=({"name": "token", "in": "path", "required": True, "schema": STRING,
                                                 "example": SIGNED},)),
    Op("get", "/why/{token}", "why", "Signed 'why this ad?' page (HTML)", "links", {200: page()}, (404,),
       params=({"name": "token", "in": "path", "required": True, "schema": STRING, "example": SIGNED},)),
    Op("get", "/embed/{slot_id}", "embed", "The ad page inside a career site's iframe (no script; CSP "
       "frame-ancestors per slot)", "embed", {200: page()}, (404,),
       params=(query("title", example="Werken in de zorg"), query("desc"), query("lang", example="nl"),
               query("pv", example="k3j9x0q2m8w1z7p4"))),  # the page view's nonce: its slots show different ads
    Op("get", "/logos/{digest}.png", "logo", "An organisation's logo, fetched and checked at import", "embed",
       {200: Raw("PNG", {"image/png": ""})}, (404,), params=({"name": "digest", "in": "path", "required": True,
                                                              "schema": STRING, "example": "0" * 24},)),
    Op("get", "/embed.js", "embedScript", "Optional script: tells the iframe the host page's title, description and "
       "language (no cookies, no storage)", "embed", {200: Raw("JavaScript", {"text/javascript": "/* Plainsight "
                                                                               "embed */\n(function () { … })();"})}),
    Op("put", "/v1/slots/{slot_id}", "putSlot", "Create or replace a slot: allowed_domains, language, size, keywords",
       "embed", {200: s.SlotSaved}, (400, 401, 422, 503), s.SlotRequest,
       {k: v for k, v in s.SLOT.items() if k != "id"}, ADMIN),
    Op("get", "/v1/slots/{slot_id}", "getSlot", "A slot and its snippet", "embed", {200: s.SlotRead},
       (401, 404, 503), security=ADMIN),
    Op("delete", "/v1/slots/{slot_id}", "deleteSlot", "Remove a slot", "embed", {204: "Removed"}, (401, 404, 503),
       security=ADMIN),
    Op("get", "/v1/stats", "stats", "Impressions and clicks per vacancy x topic x day and per slot x day; cells below "
       "k suppressed", "oversight", {200: s.StatsReport}, (401, 422, 503), security=ADMIN, params=DATES),
    Op("get", "/v1/decisions", "decisions", "The decision log as JSON Lines (hash-chained)", "oversight",
       {200: Raw("JSON Lines", {"application/x-ndjson": '{"batch": "1796286644858-0", "endpoint": "render", '
                                                        '"rank": 1, "score": 0.3719, "vacancy": "demo-001"}\n'})},
       (401, 503), security=ADMIN),
    Op("get", "/v1/decisions/verify", "verifyDecisions", "Verify the decision log's HMAC chain; with a checkpoint "
       "from a worker's log, also which of the batches it saw are missing", "oversight",
       {200: s.VerifyResult}, (401, 422, 503), security=ADMIN, params=(query(
           "checkpoint", {"type": "string"},
           '{"count":12,"last":"9f86d081884c7d65...","time":"2026-12-03T08:00:00+00:00","sig":"5e884898da28..."}'),)),
    Op("get", "/v1/fairness/exposure", "exposure", "Exposure of vacancies by sector across context topics "
       "(aggregates, k-suppressed)", "oversight", {200: s.Exposure}, (401, 422, 503), security=ADMIN, params=DATES),
    Op("get", "/v1/oversight", "oversight", "Approvals, pauses, template revisions and the kill switch", "oversight",
       {200: s.OversightState}, (401, 503), security=ADMIN),
    Op("put", "/v1/oversight/kill-switch", "killSwitch", "Stop (on: true) or resume all serving; recorded in the "
       "audit trail", "oversight", {200: s.OversightState}, (400, 401, 422, 503), s.KillSwitchRequest,
       {"on": False, "reason": "incident resolved"}, ADMIN),
    Op("get", "/v1/audit", "audit", "The audit trail of human oversight, newest first", "oversight",
       {200: s.AuditLog}, (401, 422, 503), security=ADMIN,
       params=(query("limit", {"type": "integer", "minimum": 1, "maximum": 1000}, 100),
               query("before", example="1796286497395-0"), query("action", example="kill_switch.on"))),
    Op("post", "/v1/apikeys", "issueApiKey", "Issue a partner's API key; the key is in this response only (a keyed "
       "hash is stored)", "apikeys", {201: s.ApiKeyIssued}, (400, 401, 409, 413, 422, 503), ApiKeyCreate,
       {"name": "partner", "rate": "600/second"}, ADMIN),
    Op("get", "/v1/apikeys", "listApiKeys", "Issued keys: names, rates and creation times, never the keys",
       "apikeys", {200: s.ApiKeyList}, (401, 503), security=ADMIN),
    Op("delete", "/v1/apikeys/{name}", "revokeApiKey", "Revoke a key: it answers 401 from then on", "apikeys",
       {204: "Revoked"}, (401, 404, 503), security=ADMIN),
)

def studio_answer(path: str) -> Any:
    if path.endswith(".json"):
        return s.ImportJob
    if path.endswith(".csv"):
        return Raw("CSV", {"text/csv": "day,impressions,clicks\n2026-12-03,12,\n"})
    if "/assets/" in path:
        return Raw("Stylesheet or script", {"text/css": ":root{color-scheme:light dark}",
                                            "text/javascript": "document.documentElement.classList.add('js');"})
    return page()


def studio_answers(method: str, path: str) -> dict[int, Any]:
    answers = {200: studio_answer(path), 303: "Redirect after a form"}
    if (method, path) == ("post", "/studio/login"):
        answers[429] = s.SignInThrottled
    return answers


STUDIO = tuple(Op(method, path, "studio_" + method + "_" + (re.sub(r"\W+", "_", path[8:]).strip("_") or "home"),
                  summary, "studio", studio_answers(method, path), (401, 404, 422))
               for path, method, summary in STUDIO_ROUTES)

# Partners' API keys: the public ad endpoints take an optional X-Api-Key (its own quota) and
# answer 429 with Retry-After over their quota; the keys are managed with the admin token.
QUOTA_OPERATIONS = {"match", "render", "bid", "embed", "lint"}
API_KEY_HEADER = {"name": "X-Api-Key", "in": "header", "required": False, "schema": STRING,
                  "description": "A partner's API key, for its own quota. Optional: without it the request is "
                                 "served in the quota everyone without a key shares (per slot for embeds)."}


def error(status: int, ref: dict, description: str | None = None, code: str | None = None,
          message: str | None = None) -> dict:
    text, real_code, real_message, field = ERRORS.get(status, (description, code, message, None))
    body = {"error": {"code": code or real_code, "message": message or real_message, "field": field}}
    return {"description": description or text, "content": {"application/json": {"schema": ref, "example": body}}}


def quota_responses(ref: dict) -> dict:
    return {
        "401": error(401, ref, "Wrong or revoked X-Api-Key (send none to be served without a key)", "invalid_api_key",
                     "The X-Api-Key is not a valid key (wrong or revoked); send none to be served without one."),
        "429": {**error(429, ref, "Over the quota of the key, the slot or the keyless callers; code rate_limited",
                        message="Too many requests for this key, slot or endpoint; retry after the number of "
                                "seconds in Retry-After."),
                "headers": {"Retry-After": {"description": "Seconds until the quota has room again",
                                            "schema": {"type": "integer", "minimum": 1}, "example": 2}}}}


def media(answer: Any, refs: dict, examples: dict) -> dict:
    """The response (or request body) object for a model, a Raw body or a bare description."""
    if isinstance(answer, str):
        return {"description": answer}
    if isinstance(answer, Raw):
        return {"description": answer.description, "content": {
            kind: {"schema": answer.schema or STRING, "example": value} for kind, value in answer.examples.items()}}
    name = answer.__name__
    return {"description": (answer.__doc__ or name).strip(),
            "content": {"application/json": {"schema": refs[name], "example": examples[name]}}}


def parameters(op: Op) -> list[dict]:
    given = {p["name"] for p in op.params}
    found = [{"name": name, "in": "path", "required": True, "schema": STRING}
             for name in re.findall(r"{(\w+)}", op.path) if name not in given]
    return [*({**p, "example": PARAM_EXAMPLES[p["name"]]} if p["name"] in PARAM_EXAMPLES else p for p in found),
            *op.params]


def operation(op: Op, refs: dict, examples: dict) -> dict:
    out: dict[str, Any] = {"operationId": op.id, "summary": op.summary, "tags": [op.tag],
                           "parameters": parameters(op), "responses": {
                               **{str(status): media(answer, refs, examples) for status, answer in op.ok.items()},
                               **{str(status): error(status, refs["ErrorBody"]) for status in op.errors}}}
    if op.description:
        out["description"] = op.description
    if op.security:
        out["security"] = list(op.security)
    if isinstance(op.body, Raw):
        out["requestBody"] = {**media(op.body, refs, examples), "required": "application/json" in op.body.examples}
        del out["requestBody"]["description"]
    elif op.body is not None:
        out["requestBody"] = {"required": op.body_required, "content": {"application/json": {
            "schema": refs[op.body.__name__], "example": op.example}}}
    if op.id in QUOTA_OPERATIONS:
        out["security"] = [{}, {"apiKey": []}]  # optional: public without a key
        out["parameters"].append(API_KEY_HEADER)
        out["responses"].update(quota_responses(refs["ErrorBody"]))
    return out


def schemas(ops: tuple[Op, ...]) -> tuple[dict, dict, dict]:
    """Every model the operations name, as components: (refs by name, component schemas, their examples)."""
    wanted: dict[type[BaseModel], JsonSchemaMode] = {s.ErrorBody: "serialization"}
    for op in ops:
        if isinstance(op.body, type):
            wanted[op.body] = "validation"
        wanted.update((answer, "serialization") for answer in op.ok.values() if isinstance(answer, type))
    refs, defs = models_json_schema(list(wanted.items()), ref_template=REF)
    components = defs["$defs"]
    for schema in components.values():
        schema.pop("examples", None)  # one place for them: the operations' media types
    examples = {model.__name__: model.model_config["json_schema_extra"]["examples"][0]  # type: ignore[index]
                for model in wanted if isinstance(model.model_config.get("json_schema_extra"), dict)}
    return {key[0].__name__: ref for key, ref in refs.items()}, components, examples


@lru_cache(maxsize=1)
def _document() -> dict:
    ops = (*OPERATIONS, *STUDIO)
    refs, components, examples = schemas(ops)
    paths: dict[str, dict] = {}
    for op in ops:
        paths.setdefault(op.path, {})[op.method] = operation(op, refs, examples)
    return {
        "openapi": "3.1.0",
        "info": {"title": "Plainsight", "version": "1.0.0",
                 "description": "Personalised vacancy ads from context and consented preferences; "
                                "no cookies, no identifiers, every ad explained."},
        "components": {"securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"},
                                           "apiKey": {"type": "apiKey", "in": "header", "name": "X-Api-Key"}},
                       "schemas": components},
        "paths": paths,
    }


def openapi_document() -> dict:
    """The document (built once; a copy each time, as callers such as Schemathesis change what they get)."""
    return copy.deepcopy(_document())
