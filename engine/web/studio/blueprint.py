"""The studio's blueprint object alone, so each view module can register on it without the
package importing its own modules back."""

from flask import Blueprint

bp = Blueprint("studio", __name__, url_prefix="/studio", static_folder="static",
               static_url_path="/assets")
