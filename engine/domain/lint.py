"""Inclusive-language check for vacancy text, in Dutch and English.

Flags wording that excludes or discriminates — age, gender, origin and language, health and
disability, family status — each finding with its category, span, severity and a suggestion.
``hard`` findings are requirements that discriminate (Dutch AWGB/WGBL, EU equal treatment);
``soft`` ones are words that put people off without excluding them outright. Gender-coded
word lists follow the idea of Gaucher, Friesen & Kay (2011), written here for both languages.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from engine.domain.language import detect_language

CATEGORIES = ("age", "gender", "origin", "language", "health", "disability", "family", "other")


@dataclass(frozen=True)
class Rule:
    category: str
    severity: str
    pattern: re.Pattern
    suggestion: dict[str, str]
    languages: tuple[str, ...] = ("nl", "en")


@dataclass(frozen=True)
class Finding:
    category: str
    start: int
    end: int
    text: str
    severity: str
    suggestion: str

    def as_dict(self) -> dict:
        return asdict(self)


def _rule(category: str, severity: str, pattern: str, nl: str, en: str, languages=("nl", "en")) -> Rule:  # noqa: ANN001
    return Rule(category, severity, re.compile(pattern, re.IGNORECASE), {"nl": nl, "en": en}, tuple(languages))


_AGE_NL = "Vraag naar wat iemand kan of weet, niet naar leeftijd."
_AGE_EN = "Ask for what someone can do or knows, not for an age."
_GENDER_TITLE_NL = "Gebruik een neutrale functienaam of voeg (m/v/x) toe."
_GENDER_TITLE_EN = "Use a gender-neutral job title."

RULES: tuple[Rule, ...] = (
    # age
    _rule("age", "hard", r"\b(?:max(?:imaal|\.)?|hoogstens|niet ouder dan|tot)\s*\d{2}\s*jaar(?: oud)?\b", _AGE_NL, _AGE_EN),
    _rule("age", "hard", r"\btussen (?:de )?\d{2} en \d{2} jaar\b", _AGE_NL, _AGE_EN),
    _rule("age", "hard", r"\b(?:leeftijd|age)\s*(?:tot|:|up to|under|below)?\s*\d{2}\s*(?:-|tot|to)\s*\d{2}\b",
          _AGE_NL, _AGE_EN),
    _rule("age", "hard", r"\b(?:under|below|no older than|not older than|maximum age(?: of)?)\s*\d{2}\b", _AGE_NL, _AGE_EN),
    _rule("age", "hard", r"\baged (?:between )?\d{2}\s*(?:-|to|and)\s*\d{2}\b", _AGE_NL, _AGE_EN),
    _rule("age", "soft", r"\b(?:jong|jonge)(?: en (?:dynamisch|enthousiast))? (?:team|collega'?s?|bedrijf|club)\b",
          "Beschrijf de sfeer zonder leeftijd: 'een betrokken team'.", "Describe the culture without age."),
    _rule("age", "soft", r"\byoung(?: and (?:dynamic|energetic|vibrant))? (?:team|company|people|colleagues)\b",
          "Beschrijf de sfeer zonder leeftijd.", "Describe the culture without age: 'an energetic team'."),
    _rule("age", "soft", r"\b(?:jong en dynamisch|young and dynamic|digital natives?|jonge honden)\b", _AGE_NL, _AGE_EN),
    _rule("age", "hard", r"\b(?:(?:must be|you are|you're) a recent graduate|recent graduates? only"
          r"|net afgestudeerd (?:moet|vereist)|pas afgestudeerden)\b",
          "Noem het niveau of de kennis die nodig is, niet het moment van afstuderen.",
          "Name the level or knowledge needed, not when someone graduated."),
    _rule("age", "soft", r"\b(?:oudere|older) (?:werknemers|kandidaten|workers|candidates) (?:niet|need not|not)\b",
          _AGE_NL, _AGE_EN),
    # gender: titles and pronouns
    _rule("gender", "soft", r"\b(?:verpleegster|secretaresse|schoonmaakster|verkoopster|serveerster|kassière"
          r"|gastvrouw|kapster|lerares|directrice|receptioniste|huishoudster|werkster|stewardess|hostess)s?\b",
          _GENDER_TITLE_NL, _GENDER_TITLE_EN),
    _rule("gender", "soft", r"\b(?:salesman|salesmen|chairman|foreman|workman|repairman|handyman|fireman|policeman"
          r"|cameraman|businessman|waitress|saleswoman|cleaning lady)\b", _GENDER_TITLE_NL, _GENDER_TITLE_EN),
    _rule("gender", "soft", r"\((?:m/v|v/m|m/f|f/m)\)", "Gebruik (m/v/x) of laat het weg.", "Use (m/f/x) or leave it out."),
    _rule("gender", "hard", r"\b(?:alleen|uitsluitend) (?:mannen|vrouwen|mannelijke|vrouwelijke)\b|\b(?:men|women|male|female)"
          r" (?:only|applicants only)\b|\bwe zoeken een (?:man|vrouw)\b|\bwe are looking for a (?:man|woman)\b",
          "Sta open voor iedereen, ongeacht gender.", "Be open to everyone, whatever their gender."),
    _rule("gender", "soft", r"\b(?:hij|zijn) (?:is|heeft|moet|kan|werkt)\b|\bhe (?:is|has|must|will|can)\b"
          r"|\bhis (?:own|team|role)\b", "Spreek de lezer aan met 'je'.", "Address the reader as 'you'."),
    # gender-coded words (Gaucher, Friesen & Kay 2011, idea; our own bilingual lists)
    _rule("gender", "soft", r"\b(?:dominante?|competitie[fv]e?|competitive|assertie[fv]e?|assertive|agressie[fv]e?"
          r"|aggressive|daadkrachtige?|ambitieu[sz]e?|ambitious|strijdlustige?|driven|gedreven|fearless|onverschrokken"
          r"|self-reliant|headstrong|rockstar|ninja|killer instinct|doorzetter)\b",
          "Mannelijk gekleurd woord: vul aan of kies een neutraler woord ('resultaatgericht').",
          "Masculine-coded word: balance it or choose a neutral one ('results-focused')."),
    _rule("gender", "soft", r"\b(?:zorgzaam|zorgzame|nurturing|meelevende?|sympathetic|warmhartige?|gentle"
          r"|zachtaardige?|affectionate|gevoelige?|sensitive)\b",
          "Vrouwelijk gekleurd woord: vul aan of kies een neutraler woord.",
          "Feminine-coded word: balance it or choose a neutral one."),
    # origin and language
    _rule("language", "hard", r"\bnative(?:[- ]level)? (?:english |dutch |german )?speakers?\b|\b(?:english|dutch|german) native\b"
          r"|\bnative (?:english|dutch|german)\b",
          "Vraag om een niveau: 'uitstekende beheersing van het Engels (C1)'.",
          "Ask for a level: 'excellent command of English (C1)'."),
    _rule("language", "hard", r"\b(?:nederlands|engels|duits) als moedertaal\b|\bmoedertaal (?:nederlands|engels|duits)\b"
          r"|\bmoedertaalspreker\b",
          "Vraag om een niveau: 'uitstekende beheersing van het Nederlands (C1)'.",
          "Ask for a level of Dutch (e.g. C1), not a mother tongue."),
    _rule("language", "soft", r"\b(?:accentloos|zonder accent|without an? accent|accent-free)\b",
          "Vraag om verstaanbaarheid, niet om een accent.", "Ask to be clearly understood, not for no accent."),
    _rule("origin", "hard", r"\b(?:nederlandse|westerse|europese) (?:afkomst|achtergrond|origine)\b"
          r"|\b(?:dutch|western|european) (?:origin|descent|background)\b|\bautochto(?:on|ne)\b",
          "Afkomst is nooit een eis.", "Origin is never a requirement."),
    _rule("origin", "hard", r"\b(?:nederlandse|dutch) nationaliteit (?:vereist|verplicht|is een vereiste)\b"
          r"|\b(?:dutch|british|eu) (?:nationality|citizenship) (?:required|only)\b|\bonly (?:dutch|eu) (?:nationals|citizens)\b",
          "Vraag naar een werkvergunning als de wet dat eist, niet naar nationaliteit.",
          "Ask for a right to work where the law requires it, not for a nationality."),
    # health and disability
    _rule("health", "hard", r"\b(?:in goede gezondheid|goede gezondheid (?:is )?vereist|kerngezond|in good health"
          r"|good health (?:is )?required|no (?:health|medical) (?:issues|conditions|problems)|geen (?:gezondheids ?|medische )(?:problemen|klachten))\b",
          "Noem de taken die het werk vraagt ('je tilt tot 20 kg'), niet gezondheid.",
          "Name the tasks the job involves ('lifting up to 20 kg'), not health."),
    _rule("health", "soft", r"\b(?:fysiek fit|physically fit|fit and healthy|fit en gezond)\b",
          "Beschrijf de fysieke taken concreet.", "Describe the physical tasks concretely."),
    _rule("disability", "hard", r"\b(?:geen (?:beperking|handicap)|zonder (?:beperking|handicap)|able-bodied"
          r"|no disabilit(?:y|ies)|without (?:a )?disabilit(?:y|ies)|not (?:suitable|open) for (?:people with )?disabilit(?:y|ies))\b",
          "Een beperking sluit niemand uit; noem de taken en bied aanpassingen.",
          "A disability excludes no one; name the tasks and offer adjustments."),
    # family
    _rule("family", "hard", r"\b(?:geen (?:kinderen|gezin|kinderwens)|zonder kinderen|no (?:children|kids|family commitments"
          r"|family obligations)|without (?:children|kids|family (?:commitments|obligations))|childless)\b",
          "Gezinssituatie is nooit een eis; noem de werktijden.", "Family status is never a requirement; state the hours."),
    _rule("family", "soft", r"\b(?:ongebonden|ongetrouwd|unmarried)\b",
          "Noem de beschikbaarheid die nodig is, niet de gezinssituatie.",
          "State the availability needed, not family status."),
    # other
    _rule("other", "soft", r"\b(?:representatief uiterlijk|goed verzorgd uiterlijk|attractive appearance"
          r"|good-looking|well-groomed appearance)\b",
          "Noem de omgangsvormen die nodig zijn, niet het uiterlijk.", "Name the manners needed, not looks."),
)


def lint(text: str, language: str | None = None) -> tuple[list[Finding], str]:
    """Findings in ``text`` (sorted by position) and the language used to phrase suggestions."""
    language = language or detect_language(text, default="nl") or "nl"
    findings = []
    for rule in RULES:
        for match in rule.pattern.finditer(text):
            findings.append(Finding(rule.category, match.start(), match.end(), match.group(0), rule.severity,
                                    rule.suggestion[language]))
    findings.sort(key=lambda f: (f.start, -f.end, f.category))
    # one finding per span: overlapping matches of the same category collapse to the widest
    kept: list[Finding] = []
    for finding in findings:
        if kept and finding.category == kept[-1].category and finding.start < kept[-1].end:
            continue
        kept.append(finding)
    return kept, language
