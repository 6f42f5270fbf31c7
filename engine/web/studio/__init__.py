"""The marketeers' studio: server-rendered pages behind a sign-in, the only place with a cookie.

Views stay thin: they parse a form, call the engine (oversight, catalogue, preview, stats) and
render a template from ``templates/studio/``.
"""

from flask import Blueprint

bp = Blueprint("studio", __name__, url_prefix="/studio", static_folder="static",
               static_url_path="/assets")

from engine.web.studio import (  # noqa: E402 - the views register themselves on bp
    auth,
    catalogue,
    control,
    copy_templates,
    previews,
    reports,
    session,
)

__all__ = ["bp", "auth", "catalogue", "control", "copy_templates", "previews", "reports", "session"]
