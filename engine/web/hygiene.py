"""HTTP hygiene for every response: body limits, privacy headers, and never a cookie."""

from __future__ import annotations

from flask import Flask, Response, request

PUBLIC_BODY_LIMIT = 64 * 1024
MANAGEMENT_BODY_LIMIT = 16 * 1024 * 1024
MANAGEMENT_ENDPOINTS = frozenset({"vacancies.import_vacancies", "studio.import_upload"})
STUDIO_COOKIE = "ps_studio"
API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'"
PAGE_CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; "
            "form-action 'self'; frame-ancestors 'none'; base-uri 'none'")


def _limit_body() -> None:
    if request.endpoint not in MANAGEMENT_ENDPOINTS:
        request.max_content_length = PUBLIC_BODY_LIMIT


def _privacy_headers(response: Response) -> Response:
    # No route of the engine has a reason to set a cookie, but the studio's sign-in: drop any
    # other that slipped in (and any studio cookie that is not scoped to /studio).
    cookies = response.headers.getlist("Set-Cookie")
    if cookies:
        response.headers.pop("Set-Cookie", None)
        if request.blueprint == "studio":
            for cookie in cookies:
                if _is_studio_cookie(cookie):
                    response.headers.add("Set-Cookie", cookie)
    headers = response.headers
    headers.setdefault("Referrer-Policy", "no-referrer")
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("Permissions-Policy", "browsing-topics=(), interest-cohort=()")
    is_html = response.mimetype == "text/html"
    headers.setdefault("Content-Security-Policy", PAGE_CSP if is_html else API_CSP)
    headers.setdefault("Cache-Control", "no-store")
    return response


def _is_studio_cookie(header: str) -> bool:
    attributes = {part.strip().split("=", 1)[0].lower(): part.strip() for part in header.split(";")[1:]}
    return (header.startswith(STUDIO_COOKIE + "=") and attributes.get("path") == "Path=/studio"
            and {"httponly", "secure", "samesite"} <= attributes.keys()
            and attributes["samesite"].lower() == "samesite=strict")


def init_app(app: Flask) -> None:
    app.before_request(_limit_body)
    app.after_request(_privacy_headers)
