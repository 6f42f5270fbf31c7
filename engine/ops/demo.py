"""``make run``'s local demo: the address it serves on, the demo slots of every ad size (framed by
that address), and the banner that tells a newcomer where everything is.

``python -m engine.ops.demo slots`` creates or replaces the demo slots; gunicorn.conf.py prints
``banner()`` once, when the server is ready, if ``make run`` asked for it (``PLAINSIGHT_DEMO_BANNER``).
Everything follows ``GUNICORN_BIND`` (else ``PORT``, else 8000) and ``ENGINE_PUBLIC_URL``, so a
demo on another port works the same.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from urllib.parse import urlsplit

from engine.services.slots import SlotService
from engine.web.api.start import DEMO_KEYWORDS, DEMO_SITE, demo_slots
from engine.web.app import create_app
from engine.web.runtime import services

DEFAULT_PORT = "8000"
BANNER_VARIABLE = "PLAINSIGHT_DEMO_BANNER"  # set by `make run` only: a production server prints no token
DEMO_WHO = "demo"  # who the audit trail names for the demo slots


def bind_address(environ: Mapping[str, str] | None = None) -> str:
    """Where gunicorn listens: ``GUNICORN_BIND``, else loopback on ``PORT`` (8000)."""
    environ = os.environ if environ is None else environ
    return environ.get("GUNICORN_BIND") or f"127.0.0.1:{environ.get('PORT') or DEFAULT_PORT}"


def local_url(environ: Mapping[str, str] | None = None) -> str:
    """The address a browser on this machine opens: the public URL when one is set, else the bind
    address (a wildcard bind is reached through loopback)."""
    environ = os.environ if environ is None else environ
    if environ.get("ENGINE_PUBLIC_URL"):
        return environ["ENGINE_PUBLIC_URL"].rstrip("/")
    host, _, port = bind_address(environ).rpartition(":")
    host = "127.0.0.1" if host in ("", "0.0.0.0", "[::]", "::") else host  # noqa: S104 - a name, not a bind
    return f"http://{host}:{port}"


def frame_domains(environ: Mapping[str, str] | None = None) -> list[str]:
    """The hosts that may frame the demo slots: this machine on the served port (a CSP host without
    a port means the scheme's default port only) and the public URL's host."""
    port = bind_address(environ).rpartition(":")[2]
    public = urlsplit(local_url(environ)).netloc.lower()
    domains = [f"localhost:{port}", f"127.0.0.1:{port}", public, "localhost", "127.0.0.1"]
    return list(dict.fromkeys(domains))  # in order, once each


def put_demo_slots(slots: SlotService, domains: list[str]) -> list[str]:
    """Create or replace the demo slot of every ad size; their ids, in the order of the sizes."""
    made = []
    for slot_id, size in demo_slots():
        slots.put(slot_id, {"site": DEMO_SITE, "allowed_domains": domains, "size": size,
                            "keywords": list(DEMO_KEYWORDS)}, DEMO_WHO)
        made.append(slot_id)
    return made


def banner(token: str | None, environ: Mapping[str, str] | None = None) -> str:
    """What ``make run`` prints once the server answers: where each kind of user goes, and the
    admin token to sign in to the studio with."""
    url = local_url(environ)
    rows = [("Start page", f"{url}/"),
            ("Studio (marketeers)", f"{url}/studio/login"),
            ("Preferences (candidates)", f"{url}/preferences"),
            ("Transparency", f"{url}/transparency"),
            ("Demo career site", f"{url}/demo"),
            ("API description", f"{url}/openapi.json")]
    width = max(len(name) for name, _ in rows)
    lines = ["", "Plainsight is running.", ""]
    lines += [f"  {name:<{width}}  {link}" for name, link in rows]
    if token:
        lines += ["", "  Sign in to the studio as 'admin' with this admin token (also the management API's",
                  "  bearer token; kept in ENGINE_DATA_DIR/admin_token unless ENGINE_ADMIN_TOKEN is set):", "",
                  f"    {token}"]
    else:
        lines += ["", "  No admin token is set (ENGINE_ADMIN_TOKEN): the studio's 'admin' cannot sign in."]
    lines += ["", "  Stop with Ctrl-C.", ""]
    return "\n".join(lines)


def print_banner(environ: Mapping[str, str] | None = None) -> bool:
    """Print the banner to the terminal if ``make run`` asked for it; whether it did."""
    environ = os.environ if environ is None else environ
    if environ.get(BANNER_VARIABLE) != "1":
        return False
    print(banner(environ.get("ENGINE_ADMIN_TOKEN"), environ), file=sys.stderr, flush=True)
    return True


def main(argv: list[str]) -> int:
    if argv[1:] != ["slots"]:
        print("usage: python -m engine.ops.demo slots", file=sys.stderr)
        return 2
    app = create_app()  # the same settings as the server's: make run exports them
    made = put_demo_slots(services(app).slots, frame_domains())
    print(f"demo slots {', '.join(made)}: framed by {', '.join(frame_domains())}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
