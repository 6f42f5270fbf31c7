"""Statements about who a person is — age, family, health, disability, gender, origin, religion,
sexual orientation, union or political membership — are dropped from free-text interests
before anything stores or matches them (GDPR Art. 9; no profiling on protected grounds).

The patterns are data: reviewed like code, in both languages, each tied to its category. What
matters is that a dropped statement leaves the rest of the interest untouched, so the ranking
for an interest with such a statement equals the ranking without it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_I_AM_NL = r"(?:ik ben|als)(?: een| de)?"
_I_AM_EN = r"(?:i(?:'| a)?m|i am|as)(?: an?| the)?"
_NUMBER_NL = r"(?:een|twee|drie|vier|vijf|zes|\d+)"
_NUMBER_EN = r"(?:a|one|two|three|four|five|six|\d+)"

PATTERNS: dict[str, tuple[str, ...]] = {
    "age": (
        r"\bik ben (?:al |pas |nu )?\d{1,2}(?: jaar)?(?: oud)?\b",
        r"\b\d{1,2} jaar(?: oud)?\b",
        r"\b(?:dertig|veertig|vijftig|zestig|\d0)[ -]?plussers?\b",
        r"\b(?:dertiger|veertiger|vijftiger|zestiger)s?\b",
        r"\bop mijn leeftijd\b",
        r"\b(?:oudere|jonge) (?:werknemer|werkzoekende|kandidaat)\b",
        r"\bgepensioneerde?\b",
        r"\bi(?:'m| am) (?:already |just |now )?\d{1,2}(?: years old)?\b",
        r"\b\d{1,2} years? old\b",
        r"\baged? \d{1,2}\b",
        r"\bover (?:40|50|60)\b",
        r"\b(?:thirty|forty|fifty|sixty)[- ]something\b",
        r"\bat my age\b",
        r"\bretired\b",
    ),
    "family": (
        rf"\b{_I_AM_NL} (?:alleenstaande |jonge |werkende )?(?:moeder|vader|ouder|mama|papa)\b"
        rf"(?: (?:van|met) (?:\w+ ){{0,2}}kind(?:eren|je|jes)?)?",
        rf"\b(?:ik heb|met) {_NUMBER_NL} (?:jonge |kleine |schoolgaande )?kind(?:eren|je|jes)?\b",
        r"\bzwanger(?:schap)?\b",
        r"\b(?:getrouwd|gescheiden|weduwe|weduwnaar)\b",
        r"\bmijn (?:man|vrouw|partner|kinderen|kids)\b",
        rf"\b{_I_AM_EN} (?:single |young |working )?(?:mother|father|mom|mum|dad|parent)\b"
        rf"(?: (?:of|with) (?:\w+ ){{0,2}}(?:kids|children|child))?",
        rf"\bi have {_NUMBER_EN} (?:young |small )?(?:kids|children|child)\b",
        r"\bpregnan(?:t|cy)\b",
        r"\b(?:married|divorced|widowed)\b",
        r"\bmy (?:husband|wife|partner|kids|children)\b",
    ),
    "health": (
        r"\bik ben (?:chronisch )?ziek\b",
        r"\b(?:met|heb|had) (?:een |last van )?(?:burn-?out|depressie|diabetes|kanker|chronische ziekte"
        r"|hernia|reuma|long covid)\b",
        r"\barbeidsongeschikt\b",
        r"\bi(?:'m| am) (?:chronically )?(?:ill|sick)\b",
        r"\b(?:with|have|had) (?:a )?(?:burn-?out|depression|diabetes|cancer|chronic illness|long covid)\b",
    ),
    "disability": (
        r"\bik ben (?:gehandicapt|invalide|doof|blind|slechtziend|slechthorend|autistisch)\b",
        r"\b(?:met|heb) (?:een )?(?:beperking|handicap|autisme|adhd|arbeidsbeperking)\b",
        r"\brolstoel(?:gebruiker)?\b",
        r"\bwajong(?:er)?\b",
        r"\bi(?:'m| am) (?:disabled|deaf|blind|autistic|partially sighted)\b",
        r"\b(?:with|have) (?:a )?(?:disability|handicap|autism|adhd)\b",
        r"\bwheelchair(?: user)?\b",
    ),
    "gender": (
        rf"\b{_I_AM_NL} (?:vrouw|man|transgender|transvrouw|transman|non-binair)\b",
        rf"\b{_I_AM_EN} (?:woman|man|female|male|transgender|trans woman|trans man|non-binary)\b",
    ),
    "origin": (
        rf"\b{_I_AM_NL} (?:marokkaan|turk|pool|surinamer|antilliaan|syriër|eritreeër|migrant|vluchteling"
        r"|statushouder|allochtoon|nieuwkomer|expat)(?:se)?\b",
        r"\b(?:van |met (?:een )?)?\w+(?:se|sche) (?:afkomst|achtergrond|nationaliteit)\b",
        r"\bmijn (?:afkomst|nationaliteit|achtergrond)\b",
        rf"\b{_I_AM_EN} (?:migrant|refugee|immigrant|polish|moroccan|turkish|syrian|foreigner)\b",
        r"\bof \w+ (?:origin|descent|background|nationality)\b",
    ),
    "religion": (
        rf"\b{_I_AM_NL} (?:moslim|christen|jood|hindoe|boeddhist|katholiek|protestant)(?:s|se)?\b",
        r"\b(?:hoofddoek|ramadan|mijn geloof)\b",
        rf"\b{_I_AM_EN} (?:muslim|christian|jew|hindu|buddhist|catholic|protestant)\b",
        r"\b(?:headscarf|hijab|my faith|my religion)\b",
    ),
    "sexual_orientation": (
        rf"\b{_I_AM_NL} (?:homo|lesbisch|lesbienne|biseksueel|homoseksueel|queer)\b",
        rf"\b{_I_AM_EN} (?:gay|lesbian|bisexual|queer|homosexual)\b",
    ),
    "membership": (
        r"\b(?:vakbondslid|lid van (?:de |het )?(?:vakbond|fnv|cnv|vvd|pvv|sp|d66|cda|pvda|groenlinks|bbb"
        r"|partij))\b",
        r"\b(?:union member|member of (?:the |a )?(?:union|trade union|\w+ party))\b",
    ),
}

_COMPILED = tuple((category, re.compile(pattern, re.IGNORECASE))
                  for category, patterns in PATTERNS.items() for pattern in patterns)
_LEFTOVER = re.compile(r"\s+([,.;:!?])|^[\s,.;:!?]+|[\s,;:]+$")
_SPACES = re.compile(r"\s{2,}")
_LEADING_CONJUNCTION = re.compile(r"^(?:en|and|maar|but|dus|so)\b[\s,]*", re.IGNORECASE)


@dataclass(frozen=True)
class Cleaned:
    text: str
    dropped: tuple[str, ...]  # categories, in the order of the table; never the words


def drop_sensitive(text: str) -> Cleaned:
    """The text without statements about the person; and which kinds were dropped."""
    dropped: list[str] = []
    for category, pattern in _COMPILED:
        text, count = pattern.subn(" ", text)
        if count and category not in dropped:
            dropped.append(category)
    if dropped:
        text = _LEFTOVER.sub(lambda m: m.group(1) or "", _SPACES.sub(" ", text)).strip(" ,;:")
        text = _LEADING_CONJUNCTION.sub("", text)
    return Cleaned(text, tuple(dropped))
