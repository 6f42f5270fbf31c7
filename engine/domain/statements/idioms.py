"""Statements said indirectly: euphemisms, reasons and asides ("given my record", "I'm not as young
as I used to be", "my better half is expecting"). Reviewed data, normalised like the lexicon
(``lexicon``), added to its phrases: each is a statement wherever it stands.

Written against the fifth development batch (``more5_statements.json``: LinkedIn and CV styles,
recruiter e-mails, varied Englishes), each pattern a family of phrasings rather than one sentence.

Sixth development batch (``more6_statements.json``, 236 statements, 80 look-alikes): removed whole
195 -> 234, kept 170 -> 179 of 180, look-alikes kept 77 -> 80, the earlier batches unchanged (more5
153 -> 154 and 140 -> 141 kept on the way). Classes added: a run-on statement cut from a clause
that is only about the work ("bar work im bi"), conditions ("as long as", "mits") led into the cut,
the Dutch subordinate frame ("omdat ik doof ben"), ordinal decades and "op mijn 63e", "currently
expecting" and "in family way", a relative's illness ("mum's poorly"), "gay and proud", an old name
on papers, "X-born" and heritage pairs ("Mexican-American", "Black British") before a role,
"originally from", Flemish, American and youth-wing unions and parties, "felony", offences "for
possession", and what a credit union, a union job or "LHBTI-jongeren" are (``glossary`` holds
the new terms).
"""

from __future__ import annotations

from engine.domain.statements.parts import AGE, COUNT, KIDS, PARTIES, RELATIVES, UNIONS

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
        r"\bin (?:my|his|her|mijn|zijn|haar) (?:fifth|sixth|seventh|eighth|vijfde|zesde|zevende|achtste) (?:decade"
        r"|decennium)\b|\b(?:al )?een dagje ouder\b|\bniet meer zo jong\b",
        rf"\b(?:op|at) (?:mijn|m'n|my) {AGE}(?:e|ste|th)\b",
    ),
    "family": (
        rf"^(?:with|met) (?:{COUNT}|a|an|een) (?:\w+ )?{KIDS}\b",
    ),
    "pregnancy": (
        r"\b(?:my|mijn|m'n) (?:better half|other half|wederhelft) is (?:expecting|pregnant|zwanger|in verwachting)\b",
        r"\bi (?:had|have had|gave birth to) (?:\w+ )?(?:babies|baby|children|kids)(?: of my own)?\b"
        r"|\bheb (?:\w+ )?(?:kinderen|baby's) gekregen\b",
        r"^(?:currently |now |also )?expecting$|\bcurrently expecting\b(?! (?:to|that|an? (?:offer|call|reply)))"
        r"|\bin (?:the )?family way\b|\b(?:after|post|na) (?:my |the |mijn |de )?(?:delivery|bevalling)$",
    ),
    "health": (
        rf"\b{_BECAUSE} {_MY} (?:ms|ptsd|ptss|adhd|add|back|rug|health|gezondheid|condition|aandoening|disability"
        r"|beperking|illness|ziekte|hearing|gehoor|sight|zicht)\b",
        r"\b(?:i'm|im|i am|ik ben|ben) (?:\w+ )?(?:in recovery|in herstel|herstellende)\b|\bhearing impairment\b"
        r"|\bin herstel (?:ben|zijn|is)\b",
        rf"\b(?:{RELATIVES})(?:'s| is) (?:\w+ )?(?:poorly|unwell|ill|sick|ziek|terminally ill|seriously ill)\b",
    ),
    "origin": (
        r"\b(?:originally|oorspronkelijk) (?:from|uit|afkomstig uit) (?!a |an |the |een |de |het )\w+"
        r"|\b(?:black|white|mixed race|zwarte|witte) (?:british|brit|african|caribbean|american|dutch|nederlander"
        r"|nederlandse)\b",
        r"\b(?:living|lived|resident|wonend|woonachtig|ik woon|woon) (?:in (?:the )?\w+|here|hier) (?:for |since |al "
        r"|sinds )?\d+ (?:years|yrs|jaar)\b",
    ),
    "sexuality": (
        r"\bnot the marrying(?: an?)?(?: (?:woman|man|girl|guy|lady))? (?:type|kind)\b|\bfriend of dorothy\b|"
        r"\b(?:bi|gay|queer|homo|lesbisch|lesbian) (?:en|and) (?:trots|proud)\b|\bout at work\b"
        r"|\bhide who i am\b|\b(?:niet|not) (?:hoeven )?(?:te )?verbergen wie ik ben\b",
    ),
    "criminal_record": (
        rf"\b{_BECAUSE} {_MY} (?:criminal |police )?(?:record|past|verleden|strafblad)\b",
        r"\b(?:did|done|spent|served) (?:\w+ ){0,3}(?:inside|in prison|in jail|behind bars)\b"
        r"|\b(?:troubles?|problems?|run ins?|brushes?) with the law\b|\bproblemen met de wet\b"
        r"|\bserving (?:time|a sentence|a prison sentence)\b"
        r"|\b(?:history|issues|trouble|past) with the (?:law|police)\b|\bturned my life around\b"
        r"|\b(?:problemen|moeilijkheden|aanvaringen) (?:gehad |gekregen )?met (?:het gerecht|justitie|de wet)\b",
        r"\b(?:caution|conviction|convicted|arrested|charged|nicked|opgepakt|veroordeeld) (?:\w+ )?(?:for|voor) "
        r"(?:possession|assault|theft|burglary|drugs?|dealing|fraud|drink driving|drunk driving|dui|bezit|mishandeling"
        r"|diefstal|inbraak|fraude)\b|\btag (?:comes|is coming|came|is) off\b",
        r"\b(?:i have|i've got|i got|i received|heb|kreeg) (?:a |an |een )?(?:police )?(?:caution|conviction"
        r"|strafbeschikking)\b|\b(?:shoplifting|winkeldiefstal)\b",
    ),
    "gender_identity": (
        r"\bi (?:have )?transitioned\b|\b(?:ben|heb) (?:\w+ )?(?:getransitioneerd|in transitie gegaan)\b",
        r"\bgender recognition certificate\b|\b(?:mijn|my|m'n) (?:oude|old|birth|vorige|former) (?:naam|name)\b"
        r"|\bdeadname\b|\b(?:id|passport|paspoort|papers|papieren|documents) (?:still )?(?:says?|zegt|staat op) "
        r"(?:male|female|man|vrouw|m|f)\b",
    ),
    "political": (
        r"\bcard carrying member\b|\bpartijkaart\b|\b(?:campaigned|campaigning|canvassed|canvassing) for\b"
        r"|\b(?:left|right|links|rechts) (?:leaning|georienteerd)\b|\b(?:remain|leave|brexit) (?:voter|supporter)\b",
        rf"\b(?:organiser|organizer|worker|volunteer|activist|member|candidate) for (?:the |de )?(?:\w+ ){{0,3}}"
        rf"{PARTIES}\b|\b{PARTIES} (?:worker|organiser|organizer|kandidaat)\b",
    ),
    "union": (
        rf"\b(?:former|ex|oud|voormalig) {UNIONS} (?:\w+ )?(?:secretary|secretaris|chair|voorzitter|rep|steward"
        r"|official|bestuurder|kaderlid)\b",
        rf"\b{UNIONS} card carrying\b|\bcard carrying {UNIONS}\b|\b(?:syndicaal|syndicale) (?:afgevaardigde"
        r"|delegee|militant)\b|\bvakbondsafgevaardigde\b",
    ),
}
