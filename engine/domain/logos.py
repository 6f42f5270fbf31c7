"""Organisations' logos as the engine keeps them: where a posting says its logo is, the name it is
kept under, and the check every fetched file passes before it is kept.

A logo is fetched once, at import, by the engine (never by a reader's browser), decoded with
Pillow, and kept as a small PNG: what cannot be decoded as a raster image (an SVG, an HTML page
that says it is an image, a file too large or too many pixels) is refused.
"""

from __future__ import annotations

import hashlib
import io
import re
import warnings
from typing import Any

from PIL import Image, ImageOps, UnidentifiedImageError

from engine.domain.slots import organisation_key

LOGO_PIXELS = 96  # the longest side kept: twice the largest the ads show, for sharp screens
MAX_BYTES = 2_000_000  # of the file as fetched
MAX_SOURCE_PIXELS = 16_000_000  # width x height before decoding: a decompression bomb is refused unread
FORMATS = frozenset({"PNG", "JPEG", "GIF", "WEBP"})
_HTTP_URL = re.compile(r"https?://[^\s/]+\S*\Z")


class LogoRefused(ValueError):
    """A fetched file that is not kept as a logo, and why."""


def logo_digest(organisation: str) -> str:
    """The name a logo is kept and served under: a hash of the organisation's name as slots
    compare it, so every vacancy of an organisation shows the same logo."""
    return hashlib.sha256(organisation_key(organisation).encode()).hexdigest()[:24]


def logo_sources(payload: Any) -> dict[str, str]:
    """organisation name -> logo URL, for every posting in ``payload`` (one object, a list or an
    ``@graph``) whose ``hiringOrganization.logo`` is an http(s) URL or an ImageObject with one."""
    items = payload.get("@graph", payload) if isinstance(payload, dict) else payload
    found: dict[str, str] = {}
    for item in items if isinstance(items, list) else [items]:
        org = item.get("hiringOrganization") if isinstance(item, dict) else None
        if not isinstance(org, dict) or not isinstance(org.get("name"), str) or not org["name"].strip():
            continue
        logo = org.get("logo")
        if isinstance(logo, dict):
            logo = logo.get("contentUrl") or logo.get("url")
        if isinstance(logo, str) and len(logo) <= 2000 and _HTTP_URL.match(logo.strip()):
            found[org["name"].strip()] = logo.strip()
    return found


def checked_logo(data: bytes) -> bytes:
    """``data`` as a logo: decoded as a raster image of a known format, at most ``LOGO_PIXELS``
    on its longest side, as PNG (its transparency kept); else ``LogoRefused``."""
    if len(data) > MAX_BYTES:
        raise LogoRefused("file too large")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as probe:
                if probe.format not in FORMATS:
                    raise LogoRefused(f"not a logo format: {probe.format}")
                if probe.width * probe.height > MAX_SOURCE_PIXELS:
                    raise LogoRefused("too many pixels")
                probe.verify()
            with Image.open(io.BytesIO(data)) as image:
                image.seek(0)  # an animation's first frame
                still = ImageOps.exif_transpose(image).convert("RGBA")
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombWarning,
            Image.DecompressionBombError) as exc:
        if isinstance(exc, LogoRefused):
            raise
        raise LogoRefused("not an image") from exc
    still.thumbnail((LOGO_PIXELS, LOGO_PIXELS), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    still.save(out, format="PNG", optimize=True)
    return out.getvalue()
