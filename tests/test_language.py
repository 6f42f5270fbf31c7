from __future__ import annotations

import pytest

from engine.domain.language import detect_language


@pytest.mark.parametrize(("text", "expected"), [
    ("Wij zoeken een enthousiaste collega voor ons team in Utrecht.", "nl"),
    ("We are looking for an enthusiastic colleague to join our team.", "en"),
    ("Je werkt samen met de verpleegkundigen op de afdeling.", "nl"),
    ("You will work with the nurses on the ward.", "en"),
    ("nurse", None),
    ("klantenservice, thuiswerken, 36 uur", "nl"),
    ("marketing, remote, 24-32 hours", "en"),
    ("IT of klantenservice, thuiswerken", "nl"),
    ("", None),
])
def test_detect_language(text: str, expected: str | None) -> None:
    assert detect_language(text) == expected


def test_default_when_unclear() -> None:
    assert detect_language("Python SQL", default="nl") == "nl"
