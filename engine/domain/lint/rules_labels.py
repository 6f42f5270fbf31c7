"""Requirements written as a form: a label and its value ("Geslacht: man", "Profiel – m – 25/35 jr",
"DOB: after 01/01/1996", "Languages: English (native)", "Experience: 0–2 yrs (more will not be
considered)"). The value means nothing without its label, so the finding spans both; the prose
rules miss these because a bare letter or number has no sentence around it to judge."""

from __future__ import annotations

from engine.domain.lint.model import Policy, Rule, rule
from engine.domain.lint.rules_age import MIN_N, N
from engine.domain.lint.rules_gender import LAWFUL_SEX
from engine.domain.lint.rules_origin import LANGUAGES

_SEX = ("Sta open voor iedereen, ongeacht geslacht; noem alleen wat het werk vraagt.",
        "Be open to everyone, whatever their sex; name only what the work requires.")
_AGE = ("Vraag naar wat iemand kan of weet, niet naar leeftijd.",
        "Ask for what someone can do or knows, not for an age.")
_BIRTH = ("Vraag niet naar geboortejaar of leeftijd; die zeggen niets over geschiktheid.",
          "Do not ask for a birth year or age; they say nothing about fitness for the job.")
_EXPERIENCE = ("Noem de minimale ervaring die nodig is, geen maximum: 'minimaal 2 jaar ervaring'.",
               "State the minimum experience needed, not a maximum: 'at least 2 years of experience'.")
_NATIVE = ("Vraag om een taalniveau: 'uitstekende beheersing van het Nederlands (C1)'.",
           "Ask for a language level: 'excellent command of English (C1)'.")

SEX_VALUE = r"(?:m|v|f|w|man|vrouw|male|female|men|women|heer|dame)"
_DASH = r"[-–—|•·]"
# a lone sex letter between the separators of a profile line: "Profiel – m – 25/35 jr" (a cheap test first)
_LONE_LETTER = tuple(f"{dash} {letter} {dash2}" for dash in "-–—|•·" for letter in "mfvw" for dash2 in "-–—|•·")

RULES: tuple[Rule, ...] = (
    # "Geslacht: man", "Sex: female (client preference)", "Geslacht (m/v): m": a field filled in with one sex; the
    # words after it (a client's wish) change nothing
    rule("gender", "hard", rf"\b(?:geslacht|gender|sex)\s*(?:\(\s*[mvfwx](?:\s*/\s*[mvfwx])+\s*\)\s*)?:\s*{SEX_VALUE}"
         r"\b(?![/.\w])", _SEX, Policy.ALWAYS, unless=LAWFUL_SEX, requires="geslacht|gender|sex", name="sex field"),
    # a requirement label with one sex as its first value: "Required: M, 21–28, forklift licence"
    rule("gender", "hard", r"\b(?:required|requirements?|vereist|vereisten|eisen|eis|profiel|profile|wanted|gezocht"
         r"|kandidaat|candidate)\s*:\s*(?:m|v|f|w|man|vrouw|male|female)\s*(?=[,;/–—|]|\s-\s)", _SEX, Policy.ALWAYS,
         unless=LAWFUL_SEX, requires="required|requirement|vereist|eis|profiel|profile|wanted|gezocht|kandida",
         name="sex first in a requirement line"),
    rule("gender", "hard", rf"(?<![\d.,])\s{_DASH}\s+(?:m|v|f|w)\s+{_DASH}(?=\s)", _SEX, Policy.ALWAYS,
         unless=LAWFUL_SEX, requires="|".join(_LONE_LETTER), name="sex between separators"),
    # an age beside a sex in a title's brackets: "Vertegenwoordiger (man, 30+)", "(v, 25-35)"
    rule("age", "hard", rf"\(\s*(?:{SEX_VALUE}\s*[,/;]\s*)(?:{MIN_N}\s*\+|{N}\s*[-–]\s*{N}|(?:max\.?|<|tot|under"
         rf"|onder)\s*{N})\s*(?:jaar|jr\.?|yrs?|years)?\s*\)|\(\s*(?:{MIN_N}\s*\+|{N}\s*[-–]\s*{N})\s*(?:jaar|jr\.?"
         rf"|yrs?|years)?\s*[,/;]\s*{SEX_VALUE}\s*\)", _AGE, Policy.ALWAYS, requires="(", name="age in a profile"),
    # a birth date as the limit: "DOB: after 01/01/1996", "Geboortedatum: na 1-1-1995"
    rule("age", "hard", r"\b(?:dob|d\.o\.b\.?|geb\.|geboortedatum|geboren|born|date\s+of\s+birth|birth\s?date)\s*:?\s*"
         r"(?:na|voor|vóór|vanaf|tussen|niet\s+voor|after|before|from|since|between|not\s+before)\s+"
         r"\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*(?:19|20)?\d\d\b", _BIRTH, Policy.ALWAYS,
         requires="dob|d.o.b|geb|born|birth", name="birth date limit"),
    # a mother tongue in a list of languages: "Languages: English (native), Dutch (fluent)"
    rule("language", "hard", rf"\b{LANGUAGES}\s*\(\s*(?:native(?:\s+speaker)?|moedertaal|mother\s+tongue"
         r"|first\s+language|eerste\s+taal)\s*\)", _NATIVE, Policy.ALWAYS,
         requires="(native|( native|(moedertaal|( moedertaal|(mother|( mother|(first|( first|(eerste|( eerste",
         name="native in a list"),
    # an aside that caps the experience asked: "Experience: 0–2 yrs (more will not be considered)", "Werkervaring:
    # 0-3 jaar (meer is helaas te veel)"
    rule("age", "hard", r"\b(?:werkervaring|ervaring|experience)\b[^.;()]{0,30}?\b(?:jaar|jr|years?|yrs)\.?\s*"
         r"[(,–—-]\s*(?:(?:more|meer|langer|longer|anything\s+(?:more|over|above)|daarboven|above\s+that)\b[^.;)]{0,40}?"
         r"\b(?:not|niet|te\s+veel|too\s+(?:much|many|senior)|geen|no)\b[^.;)]*)", _EXPERIENCE, Policy.ALWAYS,
         requires="ervaring|experience", name="experience capped in an aside"),
)
