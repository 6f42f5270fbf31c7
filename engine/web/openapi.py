"""The OpenAPI 3.1 document of every endpoint, with request schemas taken from the models."""

from __future__ import annotations

import re
from typing import Any

from engine.store.apikeys import DEFAULT_RATE, NAME
from engine.domain.signals import MatchRequest, PreferencesCreate, PreferencesPatch, RenderRequest

ERROR = {"$ref": "#/components/schemas/Error"}
REASON = {"$ref": "#/components/schemas/Reason"}


def _json(schema: dict) -> dict:
    return {"application/json": {"schema": schema}}


def _errors(*codes: int) -> dict:
    text = {400: "Malformed JSON or wrong content type", 401: "Missing or wrong admin token",
            404: "Not found", 413: "Body too large", 422: "Invalid field or identifier refused",
            409: "Exists already", 429: "Too many requests",
            503: "Management disabled (no admin token configured)"}
    return {str(c): {"description": text[c], "content": _json(ERROR)} for c in codes}


def _schema(model: Any) -> dict:
    return model.model_json_schema(ref_template="#/components/schemas/{model}")


def openapi_document() -> dict:
    match_schema, render_schema = _schema(MatchRequest), _schema(RenderRequest)
    create_schema, patch_schema = _schema(PreferencesCreate), _schema(PreferencesPatch)
    defs = {**match_schema.pop("$defs", {}), **render_schema.pop("$defs", {}),
            **create_schema.pop("$defs", {}), **patch_schema.pop("$defs", {})}
    token = [{"name": "token", "in": "path", "required": True, "schema": {"type": "string"}}]
    html = {"text/html": {"schema": {"type": "string"}}}
    form = {"application/x-www-form-urlencoded": {"schema": {"type": "object"}}}
    reason = {"type": "object", "properties": {
        "signal": {"type": "string", "enum": ["preferences", "context"]},
        "input": {"type": "string"}, "matched": {"type": ["string", "null"]},
        "concept": {"type": ["string", "null"]}, "weight": {"type": "number"},
        "kind": {"type": "string"}}}
    admin = [{"bearer": []}]
    return with_quotas({
        "openapi": "3.1.0",
        "info": {"title": "Plainsight", "version": "1.0.0",
                 "description": "Personalised vacancy ads from context and consented preferences; "
                                "no cookies, no identifiers, every ad explained."},
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
            "schemas": {
                **defs,
                "MatchRequest": match_schema,
                "RenderRequest": render_schema,
                "PreferencesCreate": create_schema,
                "PreferencesPatch": patch_schema,
                "Reason": reason,
                "Error": {"type": "object", "required": ["error"], "properties": {"error": {
                    "type": "object", "required": ["code", "message", "field"], "properties": {
                        "code": {"type": "string"}, "message": {"type": "string"},
                        "field": {"type": ["string", "null"]}}}}},
            },
        },
        "paths": {
            "/healthz": {"get": {"summary": "Ready to serve", "responses": {"200": {
                "description": "Status of models, store and index", "content": _json({"type": "object"})}}}},
            "/openapi.json": {"get": {"summary": "This document", "responses": {"200": {
                "description": "OpenAPI 3.1", "content": _json({"type": "object"})}}}},
            "/metrics": {"get": {
                "summary": "Prometheus metrics: requests, matches, no-bids, caches, store errors, index",
                "description": "Bearer ENGINE_METRICS_TOKEN or the admin token. Prometheus text, or "
                               "OpenMetrics when the Accept header asks for it. No label names a person.",
                "security": admin,
                "responses": {"200": {"description": "Metrics", "content": {
                                  "text/plain": {"schema": {"type": "string"}},
                                  "application/openmetrics-text": {"schema": {"type": "string"}}}},
                              "401": {"description": "Missing or wrong token", "content": _json(ERROR)},
                              "503": {"description": "Metrics disabled (no metrics or admin token configured)",
                                      "content": _json(ERROR)}}}},
            "/v1/vacancies": {"post": {
                "summary": "Import schema.org JobPosting JSON-LD (object, list or @graph)",
                "security": admin,
                "requestBody": {"required": True, "content": _json({"type": ["object", "array"]})},
                "responses": {"200": {"description": "Imported ids and per-index rejections",
                                      "content": _json({"type": "object", "properties": {
                                          "imported": {"type": "integer"},
                                          "ids": {"type": "array", "items": {"type": "string"}},
                                          "rejected": {"type": "array", "items": {"type": "object"}}}})},
                              **_errors(400, 401, 413, 422, 503)}}},
            "/v1/vacancies/{vacancy_id}": {
                "parameters": [{"name": "vacancy_id", "in": "path", "required": True,
                                "schema": {"type": "string"}}],
                "get": {"summary": "A stored vacancy with the concepts found in it", "security": admin,
                        "responses": {"200": {"description": "The vacancy",
                                              "content": _json({"type": "object"})},
                                      **_errors(401, 404, 503)}},
                "delete": {"summary": "Remove a vacancy", "security": admin,
                           "responses": {"204": {"description": "Removed"}, **_errors(401, 404, 503)}}},
            "/v1/match": {"post": {
                "summary": "Rank live vacancies for preferences and/or page context",
                "requestBody": {"required": True, "content": _json({"$ref": "#/components/schemas/MatchRequest"})},
                "responses": {"200": {"description": "Matches, best first, with reasons",
                                      "content": _json({"type": "object", "properties": {"matches": {
                                          "type": "array", "items": {"type": "object", "properties": {
                                              "vacancy_id": {"type": "string"},
                                              "score": {"type": "number", "minimum": 0, "maximum": 1},
                                              "reasons": {"type": "array", "items": REASON}}}}}})},
                              **_errors(400, 413, 422)}}},
            "/v1/render": {"post": {
                "summary": "Ad copy for the best matches, each with its explanation",
                "requestBody": {"required": True, "content": _json({"$ref": "#/components/schemas/RenderRequest"})},
                "responses": {"200": {"description": "Ads", "content": _json({"type": "object", "properties": {
                    "ads": {"type": "array", "items": {"type": "object", "properties": {
                        "vacancy_id": {"type": "string"}, "language": {"type": "string"},
                        "headline": {"type": "string", "maxLength": 60},
                        "body": {"type": "string", "maxLength": 140},
                        "cta": {"type": "string", "maxLength": 25},
                        "click_url": {"type": "string"}, "html": {"type": "string"},
                        "explanation": {"type": "object"}}}}}})},
                              **_errors(400, 413, 422)}}},
            "/v1/preferences": {"post": {
                "summary": "Store preferences a candidate gives with consent; returns the token once",
                "requestBody": {"required": True, "content": _json({"$ref": "#/components/schemas/PreferencesCreate"})},
                "responses": {"201": {"description": "Token, expiry, consent receipt, personal link",
                                      "content": _json({"type": "object"})}, **_errors(400, 413, 422, 429)}}},
            "/v1/preferences/{token}": {
                "parameters": token,
                "get": {"summary": "Everything stored for the token, with the consent receipt",
                        "responses": {"200": {"description": "Export", "content": _json({"type": "object"})},
                                      **_errors(404)}},
                "patch": {"summary": "Change preferences; renew: true extends the retention",
                          "requestBody": {"required": True,
                                          "content": _json({"$ref": "#/components/schemas/PreferencesPatch"})},
                          "responses": {"200": {"description": "Export after the change",
                                                "content": _json({"type": "object"})}, **_errors(400, 404, 422)}},
                "delete": {"summary": "Erase at once", "responses": {"204": {"description": "Erased"},
                                                                     **_errors(404)}}},
            "/v1/privacy/records": {"get": {"summary": "Record of processing (GDPR Art. 30) with live settings",
                                            "responses": {"200": {"description": "Record",
                                                                  "content": _json({"type": "object"})}}}},
            "/preferences": {
                "get": {"summary": "Preference page (nl/en, no JavaScript, no cookie)",
                        "responses": {"200": {"description": "HTML form", "content": html}}},
                "post": {"summary": "Preference form submission", "requestBody": {"content": form},
                         "responses": {"201": {"description": "Token shown once", "content": html},
                                       "422": {"description": "Form with the error", "content": html},
                                       "429": {"description": "Form with the error (rate limited)",
                                               "content": html}}}},
            "/preferences/mine": {
                "get": {"summary": "View one's preferences (token in the query)",
                        "responses": {"200": {"description": "HTML", "content": html},
                                      "404": {"description": "Gone", "content": html}}},
                "post": {"summary": "Change one's preferences", "requestBody": {"content": form},
                         "responses": {"200": {"description": "HTML", "content": html},
                                       "404": {"description": "Gone", "content": html},
                                       "422": {"description": "Form with the error", "content": html}}}},
            "/preferences/mine/erase": {"post": {"summary": "Erase one's preferences",
                                                 "requestBody": {"content": form},
                                                 "responses": {"200": {"description": "HTML", "content": html}}}},
            "/openrtb2/bid": {"post": {
                "summary": "OpenRTB 2.6 bidder (header x-openrtb-version: 2.6): context only, identity ignored",
                "parameters": [{"name": "x-openrtb-version", "in": "header", "required": False,
                                "schema": {"type": "string", "default": "2.6"}}],
                "requestBody": {"required": True, "content": _json({"type": "object", "required": ["id", "imp"]})},
                "responses": {"200": {"description": "Bid response (Native 1.2 or HTML adm, privacy link, DSA)",
                                      "content": _json({"type": "object"})},
                              "204": {"description": "No bid"}, **_errors(400, 413, 422)}}},
            "/embed/{slot_id}": {"get": {
                "summary": "The ad page inside a career site's iframe (no script; CSP frame-ancestors per slot)",
                "parameters": [{"name": "slot_id", "in": "path", "required": True, "schema": {"type": "string"}},
                               *[{"name": n, "in": "query", "required": False, "schema": {"type": "string"}}
                                 for n in ("title", "desc", "lang")]],
                "responses": {"200": {"description": "HTML", "content": html}, **_errors(404)}}},
            "/embed.js": {"get": {"summary": "Optional script: tells the iframe the host page's title, "
                                             "description and language (no cookies, no storage)",
                                  "responses": {"200": {"description": "JavaScript"}}}},
            "/.well-known/gpc.json": {"get": {"summary": "Global Privacy Control support",
                                              "responses": {"200": {"description": "GPC",
                                                                    "content": _json({"type": "object"})}}}},
            "/v1/slots/{slot_id}": {
                "parameters": [{"name": "slot_id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "put": {"summary": "Create or replace a slot: allowed_domains, language, size, keywords",
                        "security": admin, "requestBody": {"required": True, "content": _json({"type": "object"})},
                        "responses": {"200": {"description": "Slot and its snippet",
                                              "content": _json({"type": "object"})}, **_errors(400, 401, 422, 503)}},
                "get": {"summary": "A slot and its snippet", "security": admin,
                        "responses": {"200": {"description": "Slot", "content": _json({"type": "object"})},
                                      **_errors(401, 404, 503)}},
                "delete": {"summary": "Remove a slot", "security": admin,
                           "responses": {"204": {"description": "Removed"}, **_errors(401, 404, 503)}}},
            "/v1/stats": {"get": {
                "summary": "Impressions and clicks per vacancy x topic x day and per slot x day; cells below k "
                           "suppressed", "security": admin,
                "parameters": [{"name": n, "in": "query", "required": False, "schema": {"type": "string",
                                                                                         "format": "date"}}
                               for n in ("from", "to")],
                "responses": {"200": {"description": "Aggregates", "content": _json({"type": "object"})},
                              **_errors(401, 422, 503)}}},
            "/v1/lint": {"post": {
                "summary": "Inclusive-language check (nl/en): findings with category, span, severity, suggestion",
                "requestBody": {"required": True, "content": _json({
                    "type": "object", "required": ["text"],
                    "properties": {"text": {"type": "string"}, "language": {"enum": ["nl", "en"]}}})},
                "responses": {"200": {"description": "Findings (empty for neutral text)",
                                      "content": _json({"type": "object"})}, **_errors(400, 413, 422)}}},
            "/transparency": {"get": {"summary": "How the engine works (HTML, nl/en via Accept-Language or ?lang)",
                                      "responses": {"200": {"description": "HTML", "content": html}}}},
            "/transparency.json": {"get": {"summary": "The same, as JSON, with Algoritmeregister fields",
                                           "responses": {"200": {"description": "Document",
                                                                 "content": _json({"type": "object"})}}}},
            "/v1/decisions": {"get": {"summary": "The decision log as JSON Lines (hash-chained)", "security": admin,
                                      "responses": {"200": {"description": "JSON Lines",
                                                            "content": {"application/x-ndjson": {"schema": {
                                                                "type": "string"}}}},
                                                    **_errors(401, 503)}}},
            "/v1/decisions/verify": {"get": {"summary": "Verify the decision log's hash chain", "security": admin,
                                             "responses": {"200": {"description": "Result",
                                                                   "content": _json({"type": "object"})},
                                                           **_errors(401, 503)}}},
            "/v1/fairness/exposure": {"get": {
                "summary": "Exposure of vacancies by sector across context topics (aggregates, k-suppressed)",
                "security": admin,
                "parameters": [{"name": n, "in": "query", "required": False,
                                "schema": {"type": "string", "format": "date"}} for n in ("from", "to")],
                "responses": {"200": {"description": "Exposure", "content": _json({"type": "object"})},
                              **_errors(401, 422, 503)}}},
            "/c/{token}": {"get": {"summary": "Signed click: redirects to the vacancy's own URL",
                                   "parameters": [{"name": "token", "in": "path", "required": True,
                                                   "schema": {"type": "string"}}],
                                   "responses": {"302": {"description": "To the vacancy"},
                                                 **_errors(404)}}},
            "/why/{token}": {"get": {"summary": "Signed 'why this ad?' page (HTML)",
                                     "parameters": [{"name": "token", "in": "path", "required": True,
                                                     "schema": {"type": "string"}}],
                                     "responses": {"200": {"description": "HTML page",
                                                           "content": {"text/html": {"schema": {"type": "string"}}}},
                                                   **_errors(404)}}},
            "/v1/oversight": {"get": {"summary": "Approvals, pauses, template revisions and the kill switch",
                                      "security": admin,
                                      "responses": {"200": {"description": "State",
                                                            "content": _json({"type": "object"})},
                                                    **_errors(401, 503)}}},
            "/v1/oversight/kill-switch": {"put": {
                "summary": "Stop (on: true) or resume all serving; recorded in the audit trail", "security": admin,
                "requestBody": {"required": True, "content": _json({
                    "type": "object", "required": ["on"],
                    "properties": {"on": {"type": "boolean"}, "reason": {"type": "string", "maxLength": 500}}})},
                "responses": {"200": {"description": "State", "content": _json({"type": "object"})},
                              **_errors(400, 401, 422, 503)}}},
            **{f"/v1/vacancies/{{vacancy_id}}/{action}": {"post": {
                "summary": f"{action.capitalize()} a vacancy as it is now; recorded in the audit trail",
                "security": admin,
                "parameters": [{"name": "vacancy_id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {"200": {"description": "Its status", "content": _json({"type": "object"})},
                              **_errors(401, 404, 503)}}} for action in ("approve", "pause")},
            "/v1/audit": {"get": {
                "summary": "The audit trail of human oversight, newest first", "security": admin,
                "parameters": [{"name": "limit", "in": "query", "required": False,
                                "schema": {"type": "integer", "minimum": 1, "maximum": 1000}},
                               {"name": "before", "in": "query", "required": False, "schema": {"type": "string"}},
                               {"name": "action", "in": "query", "required": False, "schema": {"type": "string"}}],
                "responses": {"200": {"description": "Entries", "content": _json({"type": "object"})},
                              **_errors(401, 422, 503)}}},
            **studio_paths(),
            **apikey_paths(),
        },
    })


# Partners' API keys: the public ad endpoints take an optional X-Api-Key (its own quota) and
# answer 429 with Retry-After over their quota; the keys are managed with the admin token.
QUOTA_ROUTES = (("/v1/match", "post"), ("/v1/render", "post"), ("/openrtb2/bid", "post"),
                ("/embed/{slot_id}", "get"), ("/v1/lint", "post"))
API_KEY_HEADER = {"name": "X-Api-Key", "in": "header", "required": False, "schema": {"type": "string"},
                  "description": "A partner's API key, for its own quota. Optional: without it the request is "
                                 "served in the quota everyone without a key shares (per slot for embeds)."}


def with_quotas(document: dict) -> dict:
    document["components"]["securitySchemes"]["apiKey"] = {"type": "apiKey", "in": "header", "name": "X-Api-Key"}
    for path, method in QUOTA_ROUTES:
        operation = document["paths"][path][method]
        operation["security"] = [{}, {"apiKey": []}]  # optional: public without a key
        operation["parameters"] = [*operation.get("parameters", []), API_KEY_HEADER]
        operation["responses"].update({
            "401": {"description": "Wrong or revoked X-Api-Key (send none to be served without a key)",
                    "content": _json(ERROR)},
            "429": {"description": "Over the quota of the key, the slot or the keyless callers; code rate_limited",
                    "headers": {"Retry-After": {"description": "Seconds until the quota has room again",
                                                "schema": {"type": "integer", "minimum": 1}}},
                    "content": _json(ERROR)}})
    return document


def apikey_paths() -> dict:
    admin = [{"bearer": []}]
    record = {"type": "object", "properties": {"name": {"type": "string"}, "rate": {"type": "string"},
                                               "created_at": {"type": "string", "format": "date-time"}}}
    return {
        "/v1/apikeys": {
            "post": {"summary": "Issue a partner's API key; the key is in this response only (a keyed hash is "
                                "stored)", "security": admin,
                     "requestBody": {"required": True, "content": _json({
                         "type": "object", "required": ["name"], "additionalProperties": False,
                         "properties": {"name": {"type": "string", "pattern": NAME.pattern},
                                        "rate": {"type": "string", "default": DEFAULT_RATE,
                                                 "examples": ["600/second", "10000/hour"]}}})},
                     "responses": {"201": {"description": "The key, shown once, with its name, rate and time",
                                           "content": _json({**record, "properties": {
                                               **record["properties"], "key": {"type": "string"}}})},
                                   **_errors(400, 401, 409, 413, 422, 503)}},
            "get": {"summary": "Issued keys: names, rates and creation times, never the keys", "security": admin,
                    "responses": {"200": {"description": "Keys", "content": _json({
                        "type": "object", "properties": {"apikeys": {"type": "array", "items": record}}})},
                                  **_errors(401, 503)}}},
        "/v1/apikeys/{name}": {
            "parameters": [{"name": "name", "in": "path", "required": True, "schema": {"type": "string"}}],
            "delete": {"summary": "Revoke a key: it answers 401 from then on", "security": admin,
                       "responses": {"204": {"description": "Revoked"}, **_errors(401, 404, 503)}}},
    }


# The marketeers' studio: HTML pages for a signed-in browser (cookie on /studio only). Forms
# post with a CSRF token; without a session, pages redirect to the sign-in page and other
# requests answer 401. Errors are HTML pages for browsers and the JSON error shape otherwise.
STUDIO_ROUTES = (
    ("/studio/login", "get", "Sign-in page"),
    ("/studio/login", "post", "Sign in (form: name, password); sets the studio session cookie"),
    ("/studio/logout", "post", "Sign out"),
    ("/studio/", "get", "Overview: vacancies by status, kill switch, recent audit entries"),
    ("/studio/vacancies", "get", "Vacancy list with search and filters (q, language, sector, status, expiring)"),
    ("/studio/vacancies/decide", "post", "Approve or pause selected vacancies"),
    ("/studio/vacancies/{vacancy_id}", "get", "One vacancy with the concepts found in it and language findings"),
    ("/studio/vacancies/{vacancy_id}/preview", "get", "Its ads across sample pages, personas, languages, formats"),
    ("/studio/import", "get", "Upload form for a JSON-LD file"),
    ("/studio/import", "post", "Start an import (multipart file)"),
    ("/studio/import/{job_id}", "get", "Import progress and per-posting errors"),
    ("/studio/import/{job_id}.json", "get", "Import progress as JSON"),
    ("/studio/simulate", "get", "Simulation form"),
    ("/studio/simulate", "post", "Ranking and ads for any page text and interests (not counted)"),
    ("/studio/samples", "get", "Sample pages and personas for previews"),
    ("/studio/samples", "post", "Save or reset the samples"),
    ("/studio/templates", "get", "Copy templates with their status"),
    ("/studio/templates/new", "get", "Editor for a new template variant"),
    ("/studio/templates/{language}/{variant}", "get", "Template editor with validation and preview"),
    ("/studio/templates/{language}/{variant}", "post", "Save a draft, approve, pause or discard"),
    ("/studio/templates/{language}/{variant}/check", "get", "Back to the editor (links on a checked page)"),
    ("/studio/templates/{language}/{variant}/check", "post", "Validate and preview a template (stores nothing)"),
    ("/studio/kill-switch", "post", "Stop or resume all serving"),
    ("/studio/audit", "get", "The audit trail"),
    ("/studio/lint", "get", "Inclusive-language panel"),
    ("/studio/lint", "post", "Check a text (stores nothing)"),
    ("/studio/stats", "get", "Charts and tables of k-suppressed counts"),
    ("/studio/stats.csv", "get", "CSV export (by=day|vacancy|topic|vacancy_topic_day)"),
    ("/studio/assets/{filename}", "get", "The studio's stylesheet and script"),
)


def studio_paths() -> dict:
    paths: dict[str, dict] = {}
    for path, method, summary in STUDIO_ROUTES:
        params = [{"name": name, "in": "path", "required": True, "schema": {"type": "string"}}
                  for name in re.findall(r"{(\w+)}", path)]
        paths.setdefault(path, {})[method] = {
            "summary": summary, "tags": ["studio"], "parameters": params,
            "responses": {"200": {"description": "HTML page (or JSON/CSV where named)"},
                          "303": {"description": "Redirect after a form"},
                          **_errors(401, 404, 422)}}
    return paths
