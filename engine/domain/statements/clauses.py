"""Free text cut into clauses and put back together without some of them.

A statement is removed as a clause, never as a word, so the text is first cut where people
separate thoughts: commas, semicolons, full stops, colons, brackets of any shape, dashes, slashes,
bullets, newlines, emoji and emoticons, "en/and/maar/but/dus/so", and before the turn to what is
sought ("Als 63-jarige | zoek ik ..."); a text of words tied by hyphens alone ("retail-ik-ben-58")
is cut at its hyphens. Each piece keeps the separator in front of it, so what remains is joined back
with the strongest separator that stood between two kept pieces, and brackets stay balanced.

Separators with nothing between them, or left hanging at either end, are tidied whether or not a
statement went: "kok, , chauffeur" reads as "kok, chauffeur" and "dakdekker|" as "dakdekker", so
the text with a statement dropped here and the same text with the statement cut out by hand are
the same text, and rank the same.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from engine.domain.statements.vocabulary import BINOMIALS, CONJUNCTIONS, LABELS, PRONOUNS, RELATIVE_STARTS, TURNS

_CONJUNCTION = "|".join(re.escape(c) for c in sorted(CONJUNCTIONS, key=len, reverse=True) if c[0].isalpha())
_ABBREVIATIONS = "".join(rf"(?<!\b{a})" for a in ("geb", "bijv", "bv", "evt", "ca", "nr", "etc", "vs", "incl", "excl",
                                                   "dr", "mr", "mrs", "ms", "st", "jr", "vgl", "resp", "max", "min"))
# Emoji, dingbats, arrows and other pictographs, with the joiners and selectors that build them.
_PICTURES = r"[\u2190-\u21ff\u2300-\u23ff\u25a0-\u27bf\u2900-\u297f\u2b00-\u2bff\U0001f000-\U0001faff\u200d\ufe0f]"
_SEPARATOR = re.compile(
    r"\s*\r?\n\s*(?:[-*•·]\s+)?"  # a newline, perhaps starting a bullet
    r"|\s*[;|•·]+\s*"
    r"|(?<=[^\W_])-\s+-(?=[^\W_])"  # an emptied slot between hyphenated words ("construction- -32h")
    r"|\s+[-–—]+\s+|\s*[–—]+\s*"  # dashes between words (not the hyphen inside one)
    r"|\s+/+\s+|(?<=[^\W\d_]{5})/(?=[^\W\d_]{5})"  # "werk / forklift", "Schilder/behanger"
    rf"|{_ABBREVIATIONS}(?<=[^\W\d_]{{2}})[.!?]+(?:\s+|$)|(?<=[\d)])[.!?]+(?:\s+|$)"  # a sentence ends (not "y.o.")
    r"|(?<!\w)\s*[:;]-?[()DPp](?!\w)\s*"  # an emoticon, before its brackets are read as brackets
    r"|\s*:\s+|\s*,+\s*|\s*[([{]\s*|\s*[)\]}]"
    rf"|\s*{_PICTURES}+\s*"  # emoji and pictographs stand between thoughts like bullets ("kok 🙂 ik ben ...")
    rf"|\s+(?:{_CONJUNCTION}|&|\+)\s+"
    r"|\s+(?:since|want|aangezien|sinds|nu|now that|nu dat)\s+(?=(?:i|i'm|i've|i'd|ik|we|wij)\b)",  # a reason
    re.IGNORECASE)
_SLUG = re.compile(r"[^\W_]+(?:-[^\W_]+)+")  # "construction-union-member-32h": words tied by hyphens alone
_OPENS, _CLOSES = "([{", ")]}"
_BULLET = re.compile(r"^\s*(?:[-*•·]\s+|-+(?=[^\W\d_]))?")  # "- kok", and "-factory" where a word went
_MARKS = r"[\s.,;:!?|/\\*•·+&>\-–—]"
# What may lead a clause without being part of it: separators and conjunctions ("and . Hope ...").
_JUNK = re.compile(rf"(?:\s+|{_MARKS}+(?=\s|$)|\b(?:{_CONJUNCTION}|én|ps)(?!\w)(?={_MARKS}|$))*",
                   re.IGNORECASE)  # not the dot of ".NET"
_SLOT = re.compile(r"-\s+-")
_TRAILING = re.compile(rf"{_MARKS}*$")
_TURN = re.compile(rf"\s+(?=(?:{TURNS})\b)", re.IGNORECASE)
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")
# Conjunctions that lead into a reason or a concession: with the clause they led gone, they lead nothing.
_REASONS = frozenset("omdat because although hoewel".split())
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
    slug: bool = False  # one of the words of a text tied by hyphens alone
    emptied: bool = False  # an empty clause stood before it ("kok, , chauffeur", "kok ( ) chauffeur")

    @property
    def strong(self) -> bool:
        """A separator that ends a thought: what follows is not a continuation of what went before."""
        bare = self.before.strip(" " + _OPENS + _CLOSES)
        return bool(bare) and bare[0] not in ",&+" and not _is_conjunction(bare)

    @property
    def conjoined(self) -> bool:
        """Joined by "en/and/&": one coordination, read together for what it is about."""
        return self.before.strip().lower() in ("en", "and", "&", "+", "én")

    @property
    def opens(self) -> bool:
        return any(bracket in self.before for bracket in _OPENS)


def _is_conjunction(text: str) -> bool:
    return bool(re.fullmatch(rf"(?:{_CONJUNCTION}|én|&|\+)", text.strip(), re.IGNORECASE))


def split(text: str) -> list[Piece]:
    """The clauses of a text, each with the separator before it; labels and relative clauses joined.
    A text of words tied by hyphens alone ("retail-ik-ben-58") is cut at its hyphens."""
    if _SLUG.fullmatch(text.strip()):
        atoms = text.strip().split("-")
        return [Piece(atom, "-" if i else "", slug=True) for i, atom in enumerate(atoms)]
    text, trailing = _tail_off(text)
    pieces: list[Piece] = []
    depth, before = 0, ""
    bullet = _BULLET.match(text)
    start = bullet.end() if bullet else 0
    before = text[:start]
    emptied = False
    for match in _SEPARATOR.finditer(text, start):
        if match.end() == match.start():
            continue
        clause = text[start:match.start()]
        if _content(clause):
            _add(pieces, clause, before, depth, emptied or (bool(pieces) and _junk(clause)))
            before, emptied = match.group(), bool(_SLOT.fullmatch(match.group()))
        else:
            emptied = emptied or (bool(pieces) and _empty_between(before, match.group()))
            before += clause + match.group()
        depth = max(0, depth + _count(match.group(), _OPENS) - _count(match.group(), _CLOSES))
        start = match.end()
    if _content(text[start:]):
        _add(pieces, text[start:], before, depth, emptied or (bool(pieces) and _junk(text[start:])))
    elif pieces:
        pieces[-1].after = before + text[start:]
    if pieces:
        pieces[-1].after += trailing
    return _joined(pieces)


def _tail_off(text: str) -> tuple[str, str]:
    """The text and the separators it ends with, apart ("customer service work +")."""
    at = _TRAILING.search(text).start()  # type: ignore[union-attr]
    return text[:at], text[at:]


def _empty_between(before: str, separator: str) -> bool:
    """Two separators with nothing between them, not a bracket closing before a comma or one
    opening after it: where a clause once stood ("kok, , chauffeur", "kok ( ) chauffeur")."""
    return not (before.strip() and all(c in _CLOSES for c in before.strip())) \
        and not all(c in _OPENS for c in separator.strip() or " ")


def _content(clause: str) -> bool:
    """Whether a clause says anything: more than separators and conjunctions ("and", "- -")."""
    return bool(clause[_JUNK.match(clause).end():].strip())  # type: ignore[union-attr]


def _junk(clause: str) -> bool:
    """Separators left at the start of a clause, where one before it was taken out ("- - nachtdienst")."""
    lead = _JUNK.match(clause).group()  # type: ignore[union-attr]
    return bool(re.sub(r"[\w\s]", "", lead))


def _add(pieces: list[Piece], clause: str, before: str, depth: int, emptied: bool = False) -> None:
    """A clause, its leading separators and conjunction moved into the separator, cut again at a turn."""
    space = _JUNK.match(clause).end()  # type: ignore[union-attr]
    before, clause = before + clause[:space], clause[space:]
    cut = 0
    for turn in _TURN.finditer(clause):
        previous = _WORD.findall(clause[cut:turn.start()])
        if previous and previous[-1].lower() not in PRONOUNS:
            pieces.append(Piece(clause[cut:turn.start()], before, depth, turn=cut > 0, emptied=emptied and cut == 0))
            before, cut = clause[turn.start():turn.end()], turn.end()
    pieces.append(Piece(clause[cut:], before, depth, turn=cut > 0, emptied=emptied and cut == 0))


def _joined(pieces: list[Piece]) -> list[Piece]:
    """A label and its value ("Leeftijd: 56"), a relative clause and its noun ("mijn man, die 60 is"),
    and "my wife and I" are one clause each."""
    out: list[Piece] = []
    for piece in pieces:
        if out and _belongs_to_previous(out[-1], piece):
            last = out[-1]
            out[-1] = Piece(last.text + piece.before + piece.text, last.before, last.depth, last.turn, piece.after,
                            emptied=last.emptied)
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
    listed = any("\n" in piece.before for piece in pieces)
    for piece, kept in zip(pieces, keep, strict=True):
        pending += piece.before
        dropped_between = dropped_between or piece.emptied
        if not kept:
            dropped_between = True
            continue
        if not started:
            out = (pending if not dropped_between and not _loose_start(pending, listed)
                   else _opening(pending)) + piece.text
        else:
            out += (_separator(pending) if dropped_between else pending) + piece.text
        pending, dropped_between, started = "", False, True
    if started and pieces:
        tail = pending + pieces[-1].after
        if not dropped_between and not _loose(tail):
            out += tail
        else:  # a bracket the kept text left open closes before the full stop: "(PIW'er)." not "(PIW'er.)"
            out = _balanced(out.rstrip()) + _end(tail)
    return _balanced(out.strip()).strip()


def _loose(tail: str) -> bool:
    """Separators left hanging at the end ("dakdekker|", "kok. ."), not a full stop or a bracket."""
    bare = tail.strip()
    return " " in bare or (bool(bare) and not all(c in ".!?" + _CLOSES for c in bare))


def _loose_start(before: str, listed: bool) -> bool:
    """Separators left hanging at the start (", en zoek werk", "- - kok"), not a bracket, nor the
    bullet of a list with an item on each line."""
    bare = before.strip()
    return bool(bare) and not ((listed and bare in ("-", "*", "•", "·")) or all(c in _OPENS for c in bare))


def _end(tail: str) -> str:
    """What ends the text when its last clauses went: a full stop stays, a comma does not."""
    bare = tail.rstrip()
    return bare[-1] if bare.endswith((".", "!", "?")) else ""


def _separator(between: str) -> str:
    """Of what stood between two kept clauses, the strongest separator; brackets kept balanced."""
    opens, closes = _count(between, _OPENS), _count(between, _CLOSES)
    if opens > closes:
        return " " + _last(between, _OPENS)
    if closes > opens:
        at = max(between.rfind(bracket) for bracket in _CLOSES)
        return between[at] + _strongest(between[at + 1:])
    return _strongest(re.sub(r"\([^()]*\)|\[[^\[\]]*\]|\{[^{}]*\}", " ", between))


def _strongest(between: str) -> str:
    """The separator that breaks the thought most, written the usual way; else the last conjunction."""
    if between.startswith("-") and not between.strip("- "):
        return "-"  # between the words of a hyphenated text
    for mark in _RANK:
        if mark in between:
            if mark == "/" and " /" not in between:
                return "/"
            return _WRITTEN.get(mark, f"{mark} ")
    pictures = re.search(f"{_PICTURES}+", between)
    if pictures:
        return f" {pictures.group()} "
    words = _WORD.findall(between)
    if words and words[-1].lower() in _REASONS:
        return ", "  # the reason went with the statement: "lasser | omdat ik 58 ben | liefst dagdienst"
    return f" {words[-1]} " if words else " "


def _opening(before: str) -> str:
    return _last(before, _OPENS) if _count(before, _OPENS) > _count(before, _CLOSES) else ""


def _count(text: str, brackets: str) -> int:
    return sum(text.count(bracket) for bracket in brackets)


def _last(text: str, brackets: str) -> str:
    return text[max(text.rfind(bracket) for bracket in brackets)]


def _balanced(text: str) -> str:
    """No bracket left open or closed on its own."""
    stack: list[str] = []
    out = []
    for char in text:
        if char in _CLOSES:
            if not stack or stack[-1] != _OPENS[_CLOSES.index(char)]:
                continue
            stack.pop()
        elif char in _OPENS:
            stack.append(char)
        out.append(char)
    return "".join(out) + "".join(_CLOSES[_OPENS.index(bracket)] for bracket in reversed(stack))
