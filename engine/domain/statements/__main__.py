"""Rebuild ``real_words.txt``: ``python -m engine.domain.statements`` (see ``realwords``)."""

from __future__ import annotations

from engine.domain.statements.judge import get_judge
from engine.domain.statements.realwords import REAL_WORDS, build_real_words, load_real_words
from engine.domain.statements.words import Mender


def main() -> None:
    """The mender without the present list decides which real words it would change."""
    mender = get_judge().mender
    plain = Mender(mender.kind, mender.known - load_real_words())
    REAL_WORDS.write_text("\n".join(build_real_words(plain)) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
