"""docs/system.md is generated, not written: a fresh generation must equal the committed file."""

from __future__ import annotations

from engine.ops.docs import DOCS, render


def test_technical_documentation_is_in_sync() -> None:
    assert DOCS.read_text(encoding="utf-8") == render(), "run `make docs` and commit docs/system.md"
