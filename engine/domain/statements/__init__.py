"""Statements about the person, removed whole from free-text job interests before anything else.

Age and birth year, family and care duties, pregnancy, health and disability, sexuality, gender
identity, origin, religion, political opinion, union membership and a criminal record are never
stored, matched, echoed or signed into a link (GDPR Art. 9 and 10; no profiling on protected
grounds). The text is cut into clauses (``clauses``), each clause is judged (``judge``) and a
statement goes as a whole clause — with the clauses that only carry it on ("..., but still very
fit", "(they/them)") — so no fragment ("van 45", "ik ben") is left, and the interest reads as if
the statement had never been written: the ranking with and without it is the same.
"""

from __future__ import annotations

from dataclasses import dataclass

from engine.domain.statements.clauses import Piece, join, split
from engine.domain.statements.judge import Reading, get_judge
from engine.domain.statements.lexicon import CATEGORIES

__all__ = ["CATEGORIES", "Cleaned", "drop_statements"]


@dataclass(frozen=True)
class Cleaned:
    text: str
    dropped: tuple[str, ...]  # categories, in the order of CATEGORIES; never the words


def drop_statements(text: str) -> Cleaned:
    """The text without the clauses that are statements about a person; and which kinds went."""
    pieces = _described(split(text))
    if not pieces:
        return Cleaned(text.strip(), ())
    readings = _readings(pieces)
    drop = [bool(r.categories) for r in readings]
    _carry(pieces, readings, drop)
    found = {c for r, gone in zip(readings, drop, strict=True) if gone for c in r.categories}
    if not any(drop):
        return Cleaned(text.strip(), ())
    return Cleaned(join(pieces, [not gone for gone in drop]), tuple(c for c in CATEGORIES if c in found))


def _described(pieces: list[Piece]) -> list[Piece]:
    """A description of the person inside a clause about the work is a clause of its own: "muslim
    nurse" and "As a woman in tech" say two things, and only the first is about the person."""
    the_judge, out = get_judge(), []
    for piece in pieces:
        cut = the_judge.cut(piece.text)
        if cut is None:
            out.append(piece)
        else:
            out.append(Piece(piece.text[:cut].rstrip(), piece.before, piece.depth, piece.turn))
            out.append(Piece(piece.text[cut:], " ", piece.depth, turn=True, after=piece.after))
    return out


def _readings(pieces: list[Piece]) -> list[Reading]:
    """Each clause judged; a bracket reads with its host, "en/and" pieces with each other, so
    "tolk Turks en Arabisch" and "(gevangeniswezen)" after an occupation stay about the work."""
    the_judge = get_judge()
    occupational = [the_judge.occupational(p.text) for p in pieces]
    readings = []
    for i, piece in enumerate(pieces):
        context = False
        if i and (piece.opens or piece.depth) and piece.depth > pieces[i - 1].depth:
            context = occupational[i - 1]
        if i and piece.conjoined:
            context = context or occupational[i - 1]
        if i + 1 < len(pieces) and pieces[i + 1].conjoined:
            context = context or occupational[i + 1]
        readings.append(the_judge.read(piece.text, context))
    return readings


def _carry(pieces: list[Piece], readings: list[Reading], drop: list[bool]) -> None:
    """Clauses that only carry a statement on go with it: what follows it after a comma, a
    conjunction or a bracket without saying anything about the work ("..., otherwise healthy",
    "..., dus geen zwaar tillen", "(they/them)"), and the words a bracketed statement annotates
    ("Voornaam in paspoort wijkt af (transgender)")."""
    for i in range(1, len(pieces)):
        piece, reading = pieces[i], readings[i]
        if drop[i] or not drop[i - 1] or piece.strong or piece.turn:
            continue
        consequence = piece.before.strip(" ,").lower() in ("dus", "so", "daarom", "maar", "but")
        annotates = piece.depth > pieces[i - 1].depth and reading.mentions
        if not reading.interest or annotates or (consequence and reading.negative and not reading.schedule):
            drop[i] = True
    for i in range(1, len(pieces)):
        host = i - 1
        if readings[i].categories and pieces[i].depth > pieces[host].depth and not drop[host] \
                and not readings[host].interest:
            drop[host] = True
