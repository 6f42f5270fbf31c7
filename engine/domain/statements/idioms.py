"""Statements said indirectly: euphemisms, reasons and asides ("given my record", "I'm not as young
as I used to be", "my better half is expecting"). Reviewed data, normalised like the lexicon
(``lexicon``), added to its phrases: each is a statement wherever it stands.

Written against the fifth development batch (``more5_statements.json``: LinkedIn and CV styles,
recruiter e-mails, varied Englishes), each pattern a family of phrasings rather than one sentence.
"""

from __future__ import annotations

from engine.domain.statements.parts import AGE, COUNT, KIDS, PARTIES, UNIONS

_MY = r"(?:my|mijn|m'n)"
# "because" parts a clause, so "because of my MS" arrives as "of my MS"
_BECAUSE = r"(?:because of|due to|despite|given|owing to|vanwege|door|ondanks|gezien|^of|^to)"

IDIOMS: dict[str, tuple[str, ...]] = {
    "age": (
        r"\b(?:not as young as i used to be|niet meer de jongste|no spring chicken|getting on a bit"
        r"|close to retirement|near(?:ing)? retirement|bijna met pensioen|almost retired|semi retired)\b",
        rf"\b(?:hit|hitting|reached|reaching|being|nu ik|now that i'?ve hit) {AGE}\b(?! ?(?:uur|hours|km|%))",
        rf"^(?:at|op) {AGE}\b",
        rf"\b(?:inmiddels|intussen|ik ben|i'm|im|i am|now) {AGE} ?\+",
    ),
    "family": (
        rf"^(?:with|met) (?:{COUNT}|a|an|een) (?:\w+ )?{KIDS}\b",
    ),
    "pregnancy": (
        r"\b(?:my|mijn|m'n) (?:better half|other half|wederhelft) is (?:expecting|pregnant|zwanger|in verwachting)\b",
        r"\bi (?:had|have had|gave birth to) (?:\w+ )?(?:babies|baby|children|kids)(?: of my own)?\b"
        r"|\bheb (?:\w+ )?(?:kinderen|baby's) gekregen\b",
    ),
    "health": (
        rf"\b{_BECAUSE} {_MY} (?:ms|ptsd|ptss|adhd|add|back|rug|health|gezondheid|condition|aandoening|disability"
        r"|beperking|illness|ziekte|hearing|gehoor|sight|zicht)\b",
        r"\b(?:i'm|im|i am|ik ben|ben) (?:\w+ )?(?:in recovery|in herstel|herstellende)\b|\bhearing impairment\b"
        r"|\bin herstel (?:ben|zijn|is)\b",
    ),
    "criminal_record": (
        rf"\b{_BECAUSE} {_MY} (?:criminal |police )?(?:record|past|verleden|strafblad)\b",
        r"\b(?:did|done|spent|served) (?:\w+ ){0,3}(?:inside|in prison|in jail|behind bars)\b"
        r"|\b(?:troubles?|problems?|run ins?|brushes?) with the law\b|\bproblemen met de wet\b"
        r"|\bserving (?:time|a sentence|a prison sentence)\b",
        r"\b(?:i have|i've got|i got|i received|heb|kreeg) (?:a |an |een )?(?:police )?(?:caution|conviction"
        r"|strafbeschikking)\b|\b(?:shoplifting|winkeldiefstal)\b",
    ),
    "gender_identity": (
        r"\bi (?:have )?transitioned\b|\b(?:ben|heb) (?:\w+ )?(?:getransitioneerd|in transitie gegaan)\b",
    ),
    "political": (
        r"\bcard carrying member\b|\bpartijkaart\b|\b(?:campaigned|campaigning|canvassed|canvassing) for\b",
        rf"\b(?:organiser|organizer|worker|volunteer|activist|member|candidate) for (?:the |de )?(?:\w+ ){{0,3}}"
        rf"{PARTIES}\b|\b{PARTIES} (?:worker|organiser|organizer|kandidaat)\b",
    ),
    "union": (
        rf"\b(?:former|ex|oud|voormalig) {UNIONS} (?:\w+ )?(?:secretary|secretaris|chair|voorzitter|rep|steward"
        r"|official|bestuurder|kaderlid)\b",
    ),
}
