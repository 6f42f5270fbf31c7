"""The production server's log lines: gunicorn's logger with tokens in paths redacted, and the
log configuration of gunicorn and the engine's own loggers, as text or as JSON lines (``auto``:
text for a terminal, JSON for anything else).

The access log format (gunicorn.conf.py) already leaves out address, agent, referer and query.
For the path, an access line holds the template of the route the request took (its variable parts
``[redacted]``; ``unmatched`` when none did) and never the path itself: tokens sit in paths, and an
unknown URL can hold anything (an e-mail address), in any spelling (``//v1//preferences/...``).
gunicorn's own messages lose the client address and every quoted piece of the request (a request
line, an invalid header name); an error while handling a request is logged without its URI. A
JSON line holds time, level, logger, message, pid and only the fields named in ``SAFE_FIELDS``.
"""

from __future__ import annotations

import logging
import re
import traceback

from gunicorn.glogging import Logger
from pythonjsonlogger.json import JsonFormatter as LibraryJsonFormatter

from engine.config import resolve_log_format as resolve_format
from engine.web.hygiene import ROUTE_ENVIRON, UNMATCHED
from engine.web.metrics import ENDPOINT_ENVIRON, METHODS

_TOKENS_IN_TEXT = re.compile(r"(/v1/preferences/|/c/|/why/)[^/\s?#'\"]+")
_QUERY_IN_TEXT = re.compile(r"\?[^\s'\"]+")
_CLIENT_ADDRESS = re.compile(r" from ip=\S*?(?=: |$)")  # gunicorn: "Invalid request from ip=…: …"
# gunicorn quotes what it could not parse (%r): a request line, a header name, bytes; only an HTTP
# version is kept ("Invalid HTTP Version: 'HTTP/9'"), any other quoted piece may be anything
_QUOTED = re.compile(r"b?'(?:[^'\\]|\\.)*'" + r'|b?"(?:[^"\\]|\\.)*"')
_HTTP_VERSION = re.compile(r"b?['\"]HTTP/\d+(\.\d+)?['\"]")
# request-specific atoms a custom access_log_format could name: never written
_HIDDEN_ATOMS = ("h", "u", "f", "a", "q")
SAFE_FIELDS = ("time", "level", "logger", "message", "pid", "endpoint", "method", "path", "status", "bytes",
               "duration_ms", "exc_info", "stack_info")
TEXT_FORMATS = {
    "access": {"format": "%(message)s"},
    "error": {"format": "%(asctime)s [%(process)d] [%(levelname)s] %(message)s", "datefmt": "[%Y-%m-%d %H:%M:%S %z]"},
    "engine": {"format": "%(asctime)s [%(process)d] [%(levelname)s] %(name)s: %(message)s",
               "datefmt": "[%Y-%m-%d %H:%M:%S %z]"},
}


def redact_text(text: str) -> str:
    """A free-text message of gunicorn's without the client address, tokens in paths, queries or
    quoted pieces of the request."""
    text = _QUOTED.sub(_quoted, _CLIENT_ADDRESS.sub("", text))
    text = _TOKENS_IN_TEXT.sub(r"\1[redacted]", text)
    return _QUERY_IN_TEXT.sub("?[redacted]", text)


def _quoted(piece: re.Match) -> str:
    return piece.group(0) if _HTTP_VERSION.fullmatch(piece.group(0)) else "[redacted]"


class JsonFormatter(LibraryJsonFormatter):
    """One JSON object a line: time (UTC, ISO 8601), level, logger, message, pid and, of the
    fields a caller adds, only those in ``SAFE_FIELDS`` — anything else is left out, not trusted."""

    def __init__(self) -> None:
        super().__init__(["levelname", "name", "message", "process"], timestamp="time",
                         rename_fields={"levelname": "level", "name": "logger", "process": "pid"})

    def process_log_record(self, log_data: dict) -> dict:
        return {key: log_data[key] for key in SAFE_FIELDS if key in log_data}


def log_config(log_format: str, level: str = "info", access: bool = True) -> dict:
    """gunicorn's ``logconfig_dict``: the access log on stdout (``access`` False: none); gunicorn's
    own and the engine's loggers on stderr; ``log_format`` "json" (one object a line), "text", or
    "auto" (text when stderr is a terminal, else JSON)."""
    log_format = resolve_format(log_format)
    formatters = {name: {"()": JsonFormatter} if log_format == "json" else dict(text)
                  for name, text in TEXT_FORMATS.items()}
    handlers = {name: {"class": "logging.StreamHandler", "formatter": name,
                       "stream": "ext://sys.stdout" if name == "access" else "ext://sys.stderr"}
                for name in TEXT_FORMATS}
    return {
        "version": 1, "disable_existing_loggers": False, "formatters": formatters, "handlers": handlers,
        "loggers": {"gunicorn.access": {"level": "INFO" if access else "CRITICAL", "handlers": ["access"],
                                        "propagate": False},
                    "gunicorn.error": {"level": level.upper(), "handlers": ["error"], "propagate": False}},
        "root": {"level": "INFO", "handlers": ["engine"]},
    }


class RedactingLogger(Logger):
    def atoms(self, resp, req, environ, request_time):  # noqa: ANN001, ANN201 - gunicorn's signature
        """gunicorn's atoms with the route's template for the path (``U``, ``r``), a known method or
        ``other``, and nothing of the request's own headers, address, agent, referer or query."""
        atoms = {key: value for key, value in super().atoms(resp, req, environ, request_time).items()
                 if not key.endswith(("}i", "}e"))}
        method = atoms.get("m") if atoms.get("m") in METHODS else "other"
        route = environ.get(ROUTE_ENVIRON, UNMATCHED)
        atoms.update({key: "-" for key in _HIDDEN_ATOMS})
        atoms.update({"m": method, "U": route, "r": f"{method} {route} {atoms.get('H') or '-'}"})
        return atoms

    def access(self, resp, req, environ, request_time) -> None:  # noqa: ANN001 - gunicorn's signature
        """The access line as configured, with its safe parts also as fields (for JSON lines)."""
        if not self.access_log_enabled or not self.access_log.isEnabledFor(logging.INFO):
            return
        atoms = self.atoms(resp, req, environ, request_time)
        status = str(atoms["s"])
        fields = {"endpoint": environ.get(ENDPOINT_ENVIRON, UNMATCHED), "method": atoms["m"], "path": atoms["U"],
                  "status": int(status) if status.isdigit() else None, "bytes": atoms["B"],
                  "duration_ms": round(request_time.total_seconds() * 1000, 3)}
        try:
            self.access_log.info(self.cfg.access_log_format, self.atoms_wrapper_class(atoms), extra=fields)
        except Exception:  # noqa: BLE001 - as gunicorn's own: a bad format must not fail the request
            self.error(traceback.format_exc())

    def warning(self, msg, *args, **kwargs) -> None:  # noqa: ANN001, ANN002, ANN003 - logging's signature
        super().warning(redact_text(str(msg)), *args, **kwargs)

    def exception(self, msg, *args, **kwargs) -> None:  # noqa: ANN001, ANN002, ANN003 - logging's signature
        if isinstance(msg, str) and msg.startswith("Error handling request"):
            msg, args = "Error handling request (its URI is not logged)", ()  # gunicorn adds method and URI
        super().exception(msg, *(redact_text(a) if isinstance(a, str) else a for a in args), **kwargs)
