"""The studio's answer to an approval that needs more than a click: the hard language findings
with a field for the reason, or the four-eyes refusal (``engine.services.approval`` holds the
rules; API clients of the studio get the JSON error instead)."""

from __future__ import annotations

from flask import Response, request

from engine.services.approval import MAX_REASON, MIN_REASON, FourEyesRefused, ReasonRequired
from engine.web.studio.session import page, wants_html


def approval_page(refusal: ReasonRequired | FourEyesRefused, action: str, back: str,
                  hidden: list[tuple[str, str]]) -> Response:
    """Ask for the reason (200 the first time, 422 when the one sent is missing or too short), or
    say who may not approve it (403). ``hidden``: the form fields to send again with the reason."""
    if not wants_html():
        raise refusal
    four_eyes = isinstance(refusal, FourEyesRefused)
    submitted = request.form.get("confirm") == "1"  # sent from this page, not the first click
    status = 403 if four_eyes else 422 if submitted else 200
    return page("approve.html", status, flagged=refusal.flagged, four_eyes=four_eyes, action=action, back=back,
                hidden=hidden, reason=request.form.get("reason", "")[:MAX_REASON], refused=submitted and not four_eyes,
                min_reason=MIN_REASON, max_reason=MAX_REASON)
