"""Free text cut into clauses and put back together without some of them.

A statement is removed as a clause, never as a word, so the text is first cut where people
separate thoughts: commas, semicolons, full stops, colons, brackets, dashes, slashes, bullets,
newlines, "en/and/maar/but/dus/so", and before the turn to what is sought ("Als 63-jarige | zoek
ik ..."). Each piece keeps the separator in front of it, so what remains is joined back with the
strongest separator that stood between two kept pieces, and brackets stay balanced.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from engine.domain.statements.vocabulary import BINOMIALS, CONJUNCTIONS, LABELS, PRONOUNS, RELATIVE_STARTS, TURNS

_CONJUNCTION = "|".join(re.escape(c) for c in sorted(CONJUNCTIONS, key=len, reverse=True) if c[0].isalpha())
_ABBREVIATIONS = "".join(rf"(?<!\b{a})" for a in ("geb", "bijv", "bv", "evt", "ca", "nr", "etc", "vs", "incl", "excl",
                                                   "dr", "mr", "mrs", "ms", "st", "jr", "vgl", "resp", "max", "min"))
_SEPARATOR = re.compile(
    r"\s*\r?\n\s*(?:[-*•·]\s+)?"  # a newline, perhaps starting a bullet
    r"|\s*[;|•·]+\s*"
    r"|\s+[-–—]+\s+|\s*[–—]+\s*"  # dashes between words (not the hyphen inside one)
    r"|\s+/+\s+|(?<=[^\W\d_]{5})/(?=[^\W\d_]{5})"  # "werk / forklift", "Schilder/behanger"
    rf"|{_ABBREVIATIONS}(?<=[^\W\d_]{{2}})[.!?]+(?:\s+|$)|(?<=[\d)])[.!?]+(?:\s+|$)"  # a sentence ends (not "y.o.")
    r"|\s*:\s+|\s*,+\s*|\s*\(\s*|\s*\)"
    rf"|\s+(?:{_CONJUNCTION}|&|\+)\s+",
    re.IGNORECASE)
_BULLET = re.compile(r"^\s*(?:[-*•·]\s+)?")
_LEADING = re.compile(rf"^(?:(?:{_CONJUNCTION}|ps)\s+)+", re.IGNORECASE)
_TURN = re.compile(rf"\s+(?=(?:{TURNS})\b)", re.IGNORECASE)
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")
_RANK = ("\n", ".", "?", "!", ";", "|", "•", "·", "–", "—", " - ", ":", "/", ",")
_WRITTEN = {"\n": "\n", "|": " | ", "•": " • ", "·": " · ", "–": " – ", "—": " — ", " - ": " - ", "/": " / "}


@dataclass
class Piece:
    """One clause and the separator written before it."""

    text: str
    before: str
    depth: int = 0  # inside brackets
    turn: bool = False  # split before "zoek/looking/..." rather than at a separator
    after: str = ""  # what ends the text after the last clause

    @property
    def strong(self) -> bool:
        """A separator that ends a thought: what follows is not a continuation of what went before."""
        bare = self.before.replace("(", "").replace(")", "").strip(" ")
        return bool(bare) and bare[0] not in ",&+" and not _is_conjunction(bare)

    @property
    def conjoined(self) -> bool:
        """Joined by "en/and/&": one coordination, read together for what it is about."""
        return self.before.strip().lower() in ("en", "and", "&", "+", "én")

    @property
    def opens(self) -> bool:
        return "(" in self.before


def _is_conjunction(text: str) -> bool:
    return bool(re.fullmatch(rf"(?:{_CONJUNCTION}|én|&|\+)", text.strip(), re.IGNORECASE))


def split(text: str) -> list[Piece]:
    """The clauses of a text, each with the separator before it; labels and relative clauses joined."""
    pieces: list[Piece] = []
    depth, before = 0, ""
    bullet = _BULLET.match(text)
    start = bullet.end() if bullet else 0
    before = text[:start]
    for match in _SEPARATOR.finditer(text, start):
        if match.end() == match.start():
            continue
        clause = text[start:match.start()]
        if clause.strip():
            _add(pieces, clause, before, depth)
            before = match.group()
        else:
            before += clause + match.group()
        depth = max(0, depth + match.group().count("(") - match.group().count(")"))
        start = match.end()
    if text[start:].strip():
        _add(pieces, text[start:], before, depth)
    elif pieces:
        pieces[-1].after = before + text[start:]
    return _joined(pieces)


def _add(pieces: list[Piece], clause: str, before: str, depth: int) -> None:
    """A clause, its leading conjunction moved into the separator, cut again at a turn."""
    space = len(clause) - len(clause.lstrip())
    before, clause = before + clause[:space], clause[space:]
    lead = _LEADING.match(clause)
    if lead and lead.end() < len(clause):
        before, clause = before + clause[:lead.end()], clause[lead.end():]
    cut = 0
    for turn in _TURN.finditer(clause):
        previous = _WORD.findall(clause[cut:turn.start()])
        if previous and previous[-1].lower() not in PRONOUNS:
            pieces.append(Piece(clause[cut:turn.start()], before, depth, turn=cut > 0))
            before, cut = clause[turn.start():turn.end()], turn.end()
    pieces.append(Piece(clause[cut:], before, depth, turn=cut > 0))


def _joined(pieces: list[Piece]) -> list[Piece]:
    """A label and its value ("Leeftijd: 56"), a relative clause and its noun ("mijn man, die 60 is"),
    and "my wife and I" are one clause each."""
    out: list[Piece] = []
    for piece in pieces:
        if out and _belongs_to_previous(out[-1], piece):
            last = out[-1]
            out[-1] = Piece(last.text + piece.before + piece.text, last.before, last.depth, last.turn, piece.after)
        else:
            out.append(piece)
    return out


def _belongs_to_previous(previous: Piece, piece: Piece) -> bool:
    words = _WORD.findall(piece.text.lower())
    if not words:
        return True
    if ":" in piece.before and previous.text.strip().lower() in LABELS:
        return True
    if words[0] in RELATIVE_STARTS and piece.before.strip() == "," and not piece.turn:
        return True
    last = _WORD.findall(previous.text.lower())
    return piece.conjoined and bool(last) and (last[-1], words[0]) in BINOMIALS


def join(pieces: list[Piece], keep: list[bool]) -> str:
    """The kept clauses, each pair joined by the strongest separator that stood between them (the
    separator as written when nothing between them went)."""
    out, pending, dropped_between, started = "", "", False, False
    for piece, kept in zip(pieces, keep, strict=True):
        pending += piece.before
        if not kept:
            dropped_between = True
            continue
        if not started:
            out = (pending if not dropped_between else _opening(pending)) + piece.text
        else:
            out += (_separator(pending) if dropped_between else pending) + piece.text
        pending, dropped_between, started = "", False, True
    if started and pieces:
        tail = pending + pieces[-1].after
        out += tail if not dropped_between else _end(tail)
    return _balanced(out.strip()).strip()


def _end(tail: str) -> str:
    """What ends the text when its last clauses went: a full stop stays, a comma does not."""
    bare = tail.rstrip()
    return bare[-1] if bare.endswith((".", "!", "?")) else ""


def _separator(between: str) -> str:
    """Of what stood between two kept clauses, the strongest separator; brackets kept balanced."""
    opens, closes = between.count("("), between.count(")")
    if opens > closes:
        return " ("
    if closes > opens:
        return ")" + _strongest(between[between.rindex(")") + 1:])
    return _strongest(re.sub(r"\([^()]*\)", " ", between))


def _strongest(between: str) -> str:
    """The separator that breaks the thought most, written the usual way; else the last conjunction."""
    for mark in _RANK:
        if mark in between:
            if mark == "/" and " /" not in between:
                return "/"
            return _WRITTEN.get(mark, f"{mark} ")
    words = _WORD.findall(between)
    return f" {words[-1]} " if words else " "


def _opening(before: str) -> str:
    return "(" if before.count("(") > before.count(")") else ""


def _balanced(text: str) -> str:
    """No bracket left open or closed on its own."""
    depth, out = 0, []
    for char in text:
        if char == ")" and depth == 0:
            continue
        depth += (char == "(") - (char == ")")
        out.append(char)
    return "".join(out) + ")" * depth
