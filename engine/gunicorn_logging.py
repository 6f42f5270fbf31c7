"""gunicorn's access logger, with tokens in paths redacted.

The access log format (gunicorn.conf.py) already leaves out address, agent, referer and query;
this also keeps preference tokens and signed link tokens, which sit in paths, out of the log.
"""

from __future__ import annotations

import re

from gunicorn.glogging import Logger

_TOKEN_PATHS = re.compile(r"^(/v1/preferences/|/c/|/why/)[^/]+")


def redact_path(path: str) -> str:
    return _TOKEN_PATHS.sub(r"\1[redacted]", path)


class RedactingLogger(Logger):
    def atoms(self, resp, req, environ, request_time):  # noqa: ANN001, ANN201 - gunicorn's signature
        atoms = super().atoms(resp, req, environ, request_time)
        for key in ("U", "r"):
            if key in atoms:
                atoms[key] = redact_path(atoms[key]) if key == "U" else _redact_request_line(atoms[key])
        return atoms


def _redact_request_line(line: str) -> str:
    method, _, rest = line.partition(" ")
    path, _, protocol = rest.partition(" ")
    return f"{method} {redact_path(path.split('?')[0])} {protocol}".strip()
