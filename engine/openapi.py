"""The OpenAPI 3.1 document of every endpoint, with request schemas taken from the models."""

from __future__ import annotations

from typing import Any

from engine.signals import MatchRequest, RenderRequest

ERROR = {"$ref": "#/components/schemas/Error"}
REASON = {"$ref": "#/components/schemas/Reason"}


def _json(schema: dict) -> dict:
    return {"application/json": {"schema": schema}}


def _errors(*codes: int) -> dict:
    text = {400: "Malformed JSON or wrong content type", 401: "Missing or wrong admin token",
            404: "Not found", 413: "Body too large", 422: "Invalid field or identifier refused",
            503: "Management disabled (no admin token configured)"}
    return {str(c): {"description": text[c], "content": _json(ERROR)} for c in codes}


def _schema(model: Any) -> dict:
    return model.model_json_schema(ref_template="#/components/schemas/{model}")


def openapi_document() -> dict:
    match_schema, render_schema = _schema(MatchRequest), _schema(RenderRequest)
    defs = {**match_schema.pop("$defs", {}), **render_schema.pop("$defs", {})}
    reason = {"type": "object", "properties": {
        "signal": {"type": "string", "enum": ["preferences", "context"]},
        "input": {"type": "string"}, "matched": {"type": ["string", "null"]},
        "concept": {"type": ["string", "null"]}, "weight": {"type": "number"},
        "kind": {"type": "string"}}}
    admin = [{"bearer": []}]
    return {
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
        },
    }
