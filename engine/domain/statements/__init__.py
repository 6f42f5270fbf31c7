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

import re
from dataclasses import dataclass

from engine.domain.statements.clauses import Piece, join, split
from engine.domain.statements.cuts import find_cut
from engine.domain.statements.judge import Reading, get_judge
from engine.domain.statements.lexicon import CATEGORIES
from engine.domain.statements.vocabulary import BEHALF, FAITH_ROLES, FRAME_WORDS, META
from engine.domain.statements.words import normalise

__all__ = ["CATEGORIES", "Cleaned", "drop_statements"]

_WORK_VERBS = frozenset("werk werken work working".split())
_EMPLOYERS = frozenset("bond vakbond union unions kerk church partij party organisatie organisation organization "
                       "vereniging stichting werkgever employer bedrijf company".split())  # "... als de FNV": such as
_META = re.compile(META)
_EMPTY = FRAME_WORDS | {"dat", "that", "this", "dit", "en", "and", "ook", "also", "too", "ja", "yes", "nee", "no",
                        "just", "so", "you", "know", "well", "anyway", "btw"}
_BEHALF = re.compile(BEHALF)  # who the interest is for ("Namens mijn broer:") goes too, as no kind


@dataclass(frozen=True)
class Cleaned:
    text: str
    dropped: tuple[str, ...]  # categories, in the order of CATEGORIES; never the words


def drop_statements(text: str) -> Cleaned:
    """The text without the clauses that are statements about a person; and which kinds went."""
    pieces = _described(split(text))
    if not pieces:
        return Cleaned(text.strip(), ())
    if pieces[0].slug:
        pieces = _compounded(pieces)
    readings = _readings(pieces)
    drop = [bool(r.categories) or bool(_BEHALF.match(normalise(p.text))) for p, r in zip(pieces, readings, strict=True)]
    found: set[str] = set()
    if pieces[0].slug:
        found = _slug_statements(pieces, drop)
    else:
        _carry(pieces, readings, drop)
    found |= {c for r, gone in zip(readings, drop, strict=True) if gone for c in r.categories}
    if not any(drop):  # the text as written, but for separators left without a clause ("kok, , chauffeur")
        return Cleaned(join(pieces, [True] * len(pieces)), ())
    return Cleaned(join(pieces, [not gone for gone in drop]), tuple(c for c in CATEGORIES if c in found))


def _described(pieces: list[Piece]) -> list[Piece]:
    """A description of the person inside a clause about the work is a clause of its own: "muslim
    nurse", "As a woman in tech" and "Zoek werk als kok ik ben moslima" say two things, and only
    one is about the person (``cuts``)."""
    the_judge, out = get_judge(), []
    for piece in pieces:
        cut = None if piece.slug else find_cut(the_judge, piece.text)
        while cut is not None:
            out.append(Piece(piece.text[:cut].rstrip(), piece.before, piece.depth, piece.turn))
            piece = Piece(piece.text[cut:], " ", piece.depth, turn=True, after=piece.after)
            cut = find_cut(the_judge, piece.text)
        out.append(piece)
    return out


def _compounded(atoms: list[Piece]) -> list[Piece]:
    """Of a hyphenated text, the words that make an occupation together stay one ("LHBTI-voorlichter"),
    unless the first says who someone is ("zwanger-zorg")."""
    the_judge, out = get_judge(), [atoms[0]]
    for atom in atoms[1:]:
        joined, first = normalise(out[-1].text + atom.text), normalise(out[-1].text)
        if joined.isalpha() and the_judge.is_occupation(joined) and (first,) not in the_judge.identity_terms:
            out[-1] = Piece(f"{out[-1].text}-{atom.text}", out[-1].before, slug=True)
        else:
            out.append(atom)
    return out


def _slug_statements(atoms: list[Piece], drop: list[bool]) -> set[str]:
    """In a hyphenated text a statement may span two words ("sp-lid", "draag-hoofddoek"), and the
    words that only tie a statement to the person ("ik-ben-58", "union-member", "ex-gedetineerde")
    go with it, on either side."""
    the_judge, found = get_judge(), set()
    for i in range(len(atoms) - 1):
        if drop[i] or drop[i + 1]:
            continue
        pair = the_judge.read(f"{atoms[i].text} {atoms[i + 1].text}")
        if pair.categories:
            drop[i] = drop[i + 1] = True
            found |= set(pair.categories)
    changed = True
    while changed:
        changed = False
        for i, atom in enumerate(atoms):
            beside = (i and drop[i - 1]) or (i + 1 < len(atoms) and drop[i + 1])
            if not drop[i] and beside and normalise(atom.text) in FRAME_WORDS:
                drop[i] = changed = True
    return found


def _readings(pieces: list[Piece]) -> list[Reading]:
    """Each clause judged; a bracket reads with its host, "en/and" pieces with each other, so
    "tolk Turks en Arabisch" and "(gevangeniswezen)" after an occupation stay about the work."""
    the_judge = get_judge()
    texts = [p.text for p in pieces]
    for i in range(1, len(pieces)):  # "ik werk | graag met ex-gedetineerden", "bij een bond | als de FNV":
        last = normalise(texts[i - 1]).rsplit(" ", 1)[-1]  # the work frame spans the turn
        first = normalise(pieces[i].text).split(" ", 1)[0]
        faith_post = not set(normalise(texts[i - 1]).split()).isdisjoint(FAITH_ROLES)  # "Imam … | zoekt moskee"
        if pieces[i].turn and (last in _WORK_VERBS or faith_post
                               or (last in _EMPLOYERS and first in ("als", "zoals", "like"))):
            texts[i] = f"{texts[i - 1]} {texts[i]}"
    occupational = [the_judge.occupational(text) for text in texts]
    cares = [the_judge.cares(p.text) for p in pieces]
    readings = []
    for i, piece in enumerate(pieces):
        context = False
        if i and (piece.opens or piece.depth) and piece.depth > pieces[i - 1].depth:
            context = occupational[i - 1]
        if i and (piece.conjoined or _in_series(pieces, i)):  # "kerk, moskee of synagoge" after the work
            context = context or occupational[i - 1]
        if _listed(pieces, i, cares):  # an item of a list of fields of work: "- jeugdzorg\n- reclassering"
            context = context or (i > 0 and occupational[i - 1]) or (i + 1 < len(pieces) and occupational[i + 1])
        if i + 1 < len(pieces) and pieces[i + 1].conjoined:
            context = context or occupational[i + 1]
        caring = (i > 0 and cares[i - 1]) or (i + 1 < len(pieces) and cares[i + 1])
        readings.append(the_judge.read(texts[i], context, caring))
    return readings


def _in_series(pieces: list[Piece], i: int) -> bool:
    """A short item after a comma, "of"/"or" or a slash: the next of a series the clause before began."""
    return pieces[i].before.strip(" ").lower() in (",", "/", "of", "or", ", of", ", or") \
        and len(pieces[i].text.split()) <= 4


def _listed(pieces: list[Piece], i: int, cares: list[bool]) -> bool:
    """A short item of a list: one item on a line, or after a comma beside a role that cares for
    people ("verpleegkundige, dementie"; "kok, diabetes" is the cook's)."""
    after = pieces[i + 1].before if i + 1 < len(pieces) else ""
    if len(pieces[i].text.split()) > 3:
        return False
    if "\n" in pieces[i].before + after:
        return True
    return ("," in pieces[i].before and i > 0 and cares[i - 1]) or ("," in after and cares[i + 1])


def _carry(pieces: list[Piece], readings: list[Reading], drop: list[bool]) -> None:
    """Clauses that only carry a statement on go with it: what follows it after a comma, a
    conjunction or a bracket without saying anything about the work ("..., otherwise healthy",
    "..., dus geen zwaar tillen", "(they/them)"), and the words a bracketed statement annotates
    ("Voornaam in paspoort wijkt af (transgender)")."""
    for i in range(1, len(pieces)):
        piece, reading = pieces[i], readings[i]
        if drop[i] or not drop[i - 1] or piece.strong or piece.turn:
            continue
        if i + 1 < len(pieces) and pieces[i + 1].turn and not pieces[i + 1].strong:
            continue  # the start of a sentence that goes on ("direct | beschikbaar") is not carried
        consequence = piece.before.strip(" ,").lower() in ("dus", "so", "daarom", "maar", "but")
        # a bracket on a statement names no work: "Als vakbondslid (al jaren aangesloten)"
        annotates = piece.depth > pieces[i - 1].depth and (reading.mentions or not (reading.occupational
                                                                                   or reading.schedule))
        if not reading.interest or annotates or (consequence and reading.negative and not reading.schedule):
            drop[i] = True
    for i in range(1, len(pieces)):
        host = i - 1
        if readings[i].categories and pieces[i].depth > pieces[host].depth and not drop[host] \
                and not readings[host].interest:
            drop[host] = True
    for _ in range(2):  # "..., in case that matters": a remark on telling goes with it, and so does
        for i in range(len(pieces)):  # a clause of nothing but "dat"/"that" left between
            beside = (i > 0 and drop[i - 1]) or (i + 1 < len(pieces) and drop[i + 1])
            if beside and not drop[i]:
                _drop_remark(pieces, drop, i)


def _drop_remark(pieces: list[Piece], drop: list[bool], i: int) -> None:
    """Drop clause ``i`` when it is a remark on telling, read with the clauses that only turn it
    on ("wil dat | graag gewoon kunnen zeggen"), or holds nothing but "dat"/"that"."""
    end, flat = i, normalise(pieces[i].text)
    while end + 1 < len(pieces) and pieces[end + 1].turn and not pieces[end + 1].strong and not drop[end + 1]:
        end += 1
        flat += " " + normalise(pieces[end].text)
    if _META.search(flat):
        drop[i:end + 1] = [True] * (end + 1 - i)
    elif set(normalise(pieces[i].text).split()) <= _EMPTY:
        drop[i] = True
