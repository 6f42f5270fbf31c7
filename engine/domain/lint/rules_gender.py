"""Gender (AWGB, WGB m/v): gendered job titles without the other form, "man"/"vrouw" and pronouns
for the candidate, exclusions and preferences, pregnancy, and gender-coded wording (soft)."""

from __future__ import annotations

import re

from engine.domain.lint.model import Policy, Rule, alt, rule, rx
from engine.domain.lint.words import (
    CODED_NOT_BEFORE,
    FEMALE_TITLES_EN,
    FEMALE_TITLES_NL,
    FEMININE_EN,
    FEMININE_NL,
    MALE_TITLES_EN,
    MALE_TITLES_NL,
    MASCULINE_EN,
    MASCULINE_NL,
    PERSON_FEMALE_EN,
    PERSON_FEMALE_NL,
    PERSON_MALE_EN,
    PERSON_MALE_NL,
    TITLE_PAIRS,
    WEAK_CODED_EN,
    WEAK_CODED_NL,
)

_TITLE = ("Gebruik een neutrale functienaam of noem beide vormen met (m/v/x): 'verkoper (m/v/x)', "
          "'gastheer/gastvrouw'.", "Use a gender-neutral job title: 'server', 'salesperson', 'chair'.")
_PERSON = ("Spreek iedereen aan: 'een collega', 'iemand die…', niet een man of een vrouw.",
           "Address everyone: 'a colleague', 'someone who…', not a man or a woman.")
_PRONOUN = ("Spreek de lezer aan met 'je' in plaats van 'hij' of 'zij'.",
            "Address the reader as 'you' instead of 'he' or 'she'.")
_SEX = ("Sta open voor iedereen, ongeacht geslacht; noem alleen wat het werk vraagt.",
        "Be open to everyone, whatever their sex; name only what the work requires.")
_PREGNANCY = ("Zwangerschap mag nooit een reden zijn om iemand uit te sluiten; beschrijf de planning of de taken.",
              "Pregnancy may never exclude anyone; describe the schedule or the tasks.")
_MASCULINE = ("Mannelijk gekleurd woord: vul aan of kies een neutraler woord ('resultaatgericht', 'neemt "
              "beslissingen').", "Masculine-coded word: balance it or choose a neutral one ('results-focused').")
_WEAK = ("Gekleurd woord: beschrijf het gedrag dat het werk vraagt in plaats van een karaktertrek.",
         "Coded word: describe the behaviour the work needs instead of a personality trait.")
_FEMININE = ("Vrouwelijk gekleurd woord: vul aan of kies een neutraler woord ('met aandacht voor mensen').",
             "Feminine-coded word: balance it or choose a neutral one ('attentive to people').")

PLURAL = r"(?:s|es|en|nen|sen)?"
PERSONS = alt([PERSON_FEMALE_NL, PERSON_MALE_NL, PERSON_FEMALE_EN, PERSON_MALE_EN])
TITLES = alt([*FEMALE_TITLES_NL, *MALE_TITLES_NL, *FEMALE_TITLES_EN, *MALE_TITLES_EN])
# every gendered title ends in one of these (a cheap test before the long title pattern runs)
TITLE_HEADS = ("ster|esse|ess|vrouw|dame|meisje|meid|man|men|boy|girl|maid|lad|heer|jongen|knecht|broeder|zuster|trice"
               "|euse|ière|iste|aire|ente|ares|eres|erin|juf|gentlem|guy|housewi|kokkin|usherette|aviatrix|comedienne")
PRONOUNS = r"(?:hij|zij|ze|hem|haar|zijn|he|she|him|her|his|hers|s/he|\(s\)he)"
# a person word or pronoun, for telling a pair ("hij of zij", "man of vrouw") from a lone form
PAIRABLE = rx(rf"(?:{PERSONS}|{PRONOUNS}|vrouwelijke?|mannelijke?|females?|males?|sons?|zo(?:o|n)en|zoon|daughters?"
               r"|dochters?|brothers?|broers?|sisters?|zus(?:sen)?)")
# people a pronoun may be about other than the candidate
REFERENTS = (r"\b(?:je|jouw|your|de|the|onze|our|een|a|an|met|with|aan|to|jullie|bij)\s+(?!nieuwe\b|new\b)"
             r"(?:\w+\s+)?(?:manager\w*|leidinggevende\w*|teamleider\w*|team\s*lead\w*|teamlead\w*|directeur\w*"
             r"|director\w*"
             r"|mentor\w*|coach\w*|begeleider\w*|eigenaar\w*|owner\w*|oprichter\w*|founder\w*|ceo|cfo|cto|coo|baas"
             r"|boss\w*|supervisor\w*|chef|head\s+of|hoofd\s+\w+|collega|colleague|directie|management)\b"
             r"|\b(?:cliënt\w*|client\w*|klant\w*"
             r"|customer\w*|patiënt\w*|patient\w*|bewoner\w*|resident\w*|kind|child|leerling\w*|pupil\w*|student\w*"
             r"|moeder\w*|mother\w*|vader\w*|father\w*|partner\w*|opdrachtgever\w*|voorganger\w*|predecessor\w*"
             r"|buddy|praktijkopleider\w*|recruiter\w*|contactpersoon|contact\s+person|gast|guest\w*|bezoeker\w*"
             r"|visitor\w*|docent\w*|teacher\w*|trainer\w*)\b"
             # the one who held the post before ("onze vorige secretaresse gaat met pensioen; haar taken …")
             r"|\b(?:onze|ons|de|het|our|the)\s+(?:vorige|huidige|vertrekkende|previous|current|former|outgoing"
             r"|departing|retiring)\s+\w+"
             # a story about someone who works here ("she founded the company", "hij begon als stagiair")
             r"|\b(?:he|she|hij|zij)\s+(?:\w+\s+)?(?:founded|joined|started|began|was|had|came|grew|became|built"
             r"|created"
             r"|opened|leads|richtte|begon|startte|kwam|werd|opende|bouwde|groeide)\b")


# a care trait aimed at the people cared for is the job's skill ("een zorgzame collega die oog heeft voor onze
# bewoners"), not a trait of the person
CARE_FOR_CLIENTS = (r"\b(?:oog|aandacht|attention|an\s+eye)\s+(?:\w+\s+){0,2}?(?:voor|for|to)\s+(?:onze\s+|de\s+|our\s+"
                    r"|the\s+)?(?:bewoners|cliënten|patiënten|residents|clients|patients|gasten|guests|zorgvragers)\b")


# a sex the law lets an employer ask for: a genuine occupational requirement named as such, or intimate care
# ("Equality Act Sch. 9 exemption", "wezenlijke en bepalende beroepsvereiste"), or a shelter's residents
# who fled violence
LAWFUL_SEX = (r"\b(?:equality\s+act|sch(?:edule|\.)?\s*9|(?:genuine\s+)?occupational\s+requirement|beroepsvereiste"
              r"|intimate\s+(?:personal\s+)?care|intieme\s+(?:persoonlijke\s+)?verzorging"
              # the ground stated: a shelter for women who fled violence, the act that allows it named
              r"|women'?s\s+(?:shelter|refuge)|vrouwenopvang\w*|huiselijk\s+geweld|domestic\s+(?:violence|abuse)"
              r"|equal\s+treatment\s+(?:law|act)|wet\s+gelijke\s+behandeling)\b")


# a Dutch female title made with -ster from a verb ("boekhoudster", "medewerkster", "oppasster"): the stem ends in a
# consonant; not a star ("filmster", "kerstster") nor "venster", "monster", "meester", "minister" (the lookahead skips
# every word without "ster" at its end cheaply)
FEMALE_STER_NL = (r"\b(?=[a-zà-ÿ]*?sters?\b)[a-zà-ÿ]+(?<![aeiouyà-ÿ])(?<!ven)(?<!mon)(?<!ham)(?<!ek)(?<!film)"
                  r"(?<!pop)(?<!rock)(?<!gang)(?<!young)(?<!hip)(?<!road)(?<!lob)(?<!morgen)(?<!kerst)(?<!pool)(?<!david)(?<!michelin)"
                  r"(?<!spin)(?<!dump)(?<!tip)(?<!prank)(?<!fraud)(?<!team)(?<!speed)(?<!trick)(?<!pun)(?<!mob)"
                  r"(?<!poll)(?<!song)(?<!ring)ster(?:s)?\b")
# one sex marked after a title: "Vertegenwoordiger (m)", "Verkoopster (v)", "Driver (male)"; not a unit ("lengte (m)")
SEX_MARK = (r"(?<=[a-zà-ÿ])(?<!lengte)(?<!hoogte)(?<!breedte)(?<!diepte)(?<!omzet)(?<!afstand)(?<!height)(?<!length)"
            r"(?<!width)(?<!depth)(?<!distance)(?<!revenue)(?<!\bin)(?<!\bper)\s*\((?:m|v|w|f|h|man|vrouw|male|female"
            r"|men|women)\)")
# a mother's or father's manner asked of the candidate is a sex asked for, not a trait ("moederlijke uitstraling")
PARENT_MANNER = (r"\b(?:moederlijke?|vaderlijke?|motherly|fatherly|maternal|paternal)\s+(?:uitstraling|type|persoon"
                 r"|figuur|verschijning|presence|figure|person|vibe|look|appearance)\b")
# a third-person candidate reporting to a manager: the pronoun after it is the candidate ("The successful candidate
# will report to the COO; he will …"), not the manager
CANDIDATE_REPORTS = (r"\b(?:the|de|het|our|onze)\s+(?:\w+\s+)?(?:candidate|applicant|kandidaat|sollicitant|appointee"
                     r"|post-?holder|jobholder|hire)\s+(?:\w+\s+){0,2}?(?:reports?|reporting|rapporteert|answers)\s+"
                     r"(?:\w+\s+)?(?:to|aan|into)\b")


# someone already in post whom the candidate assists or reports to ("an executive assistant to the chairman",
# "je rapporteert aan de voorman"): the title is theirs, not the vacancy's
STAFF_BEFORE = (r"\b(?:assistant|assistent\w*|secretary|secretaris|secretaresse|pa|rechterhand|right[- ]hand|reports?"
                r"|reporting|rapporteer\w*|rapporteert|alongside|naast|werkt\s+samen\s+met|work(?:s|ing)?\s+(?:closely\s+)?"
                r"with)\s+(?:(?:to|for|of|van|aan|voor)\s+)?(?:the|our|de|het|onze|your|je|jouw)\s+(?:[\w-]+\s+)?$"
                # the one who held the post before or holds it now ("onze vorige kapster, Ans, gaat met pensioen")
                r"|\b(?:the|our|de|het|onze|ons)\s+(?:vorige|huidige|vertrekkende|oude|previous|current|former|outgoing"
                r"|departing|retiring)\s+$")


# a mother or father of someone named ("de moeder van de eigenaar bakt de taarten") is a relative, not the one sought
KIN_OF_SOMEONE = (r"(?!(?:(?<=moeder)|(?<=vader)|(?<=moeders)|(?<=vaders)|(?<=mother)|(?<=father))\s+(?:van|of)\s+"
                  r"(?:de|het|onze|ons|mijn|zijn|haar|the|our|my|his|her)\b)")


def _referents_unless(candidate_reports: str) -> str:
    """Someone else a pronoun is about, unless the candidate, named in the third person, reports to them."""
    return rf"\A(?![\s\S]*{candidate_reports})[\s\S]*?(?:{REFERENTS})"


def _coded(*lists: dict[str, str]) -> str:
    return rf"\b{alt(form for forms in lists for form in forms.values())}\b(?!\s+{CODED_NOT_BEFORE}\b)"


RULES: tuple[Rule, ...] = (
    rule("gender", "hard", rf"\b{TITLES}{PLURAL}\b", _TITLE, pairs=True, requires=TITLE_HEADS, person=True,
         before_unless=STAFF_BEFORE, name="gendered title"),
    rule("gender", "hard", rf"\b(?:alleen|uitsluitend|enkel|only|just)\s+(?:\w+\s+)?(?:{PERSONS}\b"
         rf"|(?:vrouwelijke|mannelijke|female|male)\w*)|\b(?:{PERSONS}|females?|males?)\s+only\b|\b(?:geen|no|not)\s+{PERSONS}\b"
         r"|\b(?:van\s+het\s+)?(?:mannelijk|vrouwelijk)e?\s+geslacht\b|\b(?:geslacht|gender|sex)\s*:\s*(?:m|v|f"
         r"|man|vrouw|male|female)\b|\b(?:liefst|liever|bij\s+voorkeur|voorkeur\s*:?|preferably|preference\s*:?)\s+"
         r"(?:een\s+|a\s+)?(?:m|v|f|w|man|vrouw|male|female|heer|dame)\b(?![/.\w])", _SEX,
         requires="alleen|uitsluitend|enkel|only|just|geen|no|not|geslacht|gender|sex|liefst|liever|voorkeur|prefer",
         unless=LAWFUL_SEX, name="one sex only"),
    rule("gender", "hard", rf"\b{PERSONS}\b{KIN_OF_SOMEONE}", _PERSON, pairs=True, person=True, unless=LAWFUL_SEX,
         name="man or woman"),
    rule("gender", "hard", r"\b(?:vrouwelijk|mannelijk|female|male)e?\b(?!-)", _SEX, pairs=True,
         unless=LAWFUL_SEX, requires="vrouwelijk|mannelijk|female|male", name="female or male"),
    rule("gender", "hard", r"\b(?:transgender\w*|non-?binai?r\w*|non-?binary|trans\s+(?:people|persons|personen"
         r"|mensen))\b", _SEX, Policy.EXCLUDES, requires="trans|binair|binar|binary", name="gender identity excluded"),
    rule("gender", "hard", r"\bhij\b|\bhem(?:zelf)?\b|\b(?:zij|ze)\b(?=\s+(?:is|heeft|kan|zal|wil|mag|moet|wordt|was"
         r"|had|\w{2,}t)\b)(?!\s+(?:niet|met|tot|dat|wat|het|echt|toch|ooit|wel|uit|tijdens|gewoon|ontzettend"
         r"|alleen|elkaar|zelf|eigenlijk|dus|vast|best)\b)|\b(?:zijn|haar)\b(?=\s+(?:eigen|werk|werkzaamheden|taken"
         r"|team|ervaring|kennis|rijbewijs|auto|verantwoordelijkheid|collega's|klanten|leidinggevende|functie|rol|cv"
         r"|diploma|opleiding|kwaliteiten|talenten|uren|agenda|planning|carrière|loopbaan)\b)", _PRONOUN, Policy.ALWAYS,
         before_unless=_referents_unless(CANDIDATE_REPORTS), pairs=True, requires="hij|hem|zij|ze|zijn|haar",
         language="nl", name="pronoun nl"),
    # not an acronym ("HIS", a GP's information system), not a story ("she founded the company")
    rule("gender", "hard", r"\b(?!(?-i:[A-Z]{2,}\b))(?:he|him|himself|his|she|her|hers|herself)\b"
         r"(?!\s+(?:\w+\s+)?(?:founded|joined|started|began|was|had|came|grew|became|built|created|opened)\b)",
         _PRONOUN, Policy.ALWAYS,
         before_unless=_referents_unless(CANDIDATE_REPORTS), pairs=True, requires="he|him|his|she|her", language="en",
         name="pronoun en"),
    rule("gender", "hard", r"\b(?:zwanger(?:e|en)?|zwangerschap(?:pen)?|pregnan(?:t|cy|cies)|zwangerschapsverlof"
         r"|maternity\s+leave|bevallingsverlof)\b", _PREGNANCY, Policy.CUED,
         unless=r"\b(?:bieden|biedt|offer\w*|recht\s+op|entitled|vergoeding|regeling|aanvulling|top-up|supplement)\b",
         requires="zwanger|pregnan|maternity|bevalling", name="pregnancy"),
    rule("gender", "hard", FEMALE_STER_NL, _TITLE, pairs=True, requires="ster", person=True, language="nl",
         before_unless=STAFF_BEFORE, name="female -ster title"),
    rule("gender", "hard", SEX_MARK, _SEX, Policy.ALWAYS, requires="(m)|(v)|(w)|(f)|(h)|man)|vrouw)|male)|men)",
         name="one sex marked"),
    rule("gender", "hard", PARENT_MANNER, _SEX, requires="moeder|vader|mother|father|maternal|paternal",
         unless=CARE_FOR_CLIENTS, name="a mother's manner"),
    rule("gender", "soft", _coded(MASCULINE_NL, MASCULINE_EN), _MASCULINE, name="masculine-coded"),
    rule("gender", "soft", _coded(FEMININE_NL, FEMININE_EN), _FEMININE, unless=CARE_FOR_CLIENTS, name="feminine-coded"),
    rule("gender", "soft", _coded(WEAK_CODED_NL, WEAK_CODED_EN), _WEAK, Policy.CUED,
         name="weakly coded"),
)

_PAIR_AFTER = re.compile(r"\s*(?:/|,|\bof\b|\bor\b|\ben\b|\band\b|&|-)\s*(?:een\s+|a\s+|an\s+|\d+\s+)?([\w()/-]+)")
_PAIR_BEFORE = re.compile(r"([\w()/-]+)\s*(?:/|,|\bof|\bor|\ben|\band|&|-)\s*(?:een\s+|a\s+|an\s+|\d+\s+)?$")
_INCLUSIVE_MARK = re.compile(r"\s*\((?:[mvfwh]\s*/\s*)+[xd]\)|\s*\((?:[mvfwhx]\s*/\s*)*[xd](?:\s*/\s*[mvfwh])+\)"
                             r"|\s*\((?:all genders|alle genders|iedereen|m/v/x|v/m/x|x/v/m|m/f/x|m/w/d)\)", re.I)


def _other_form(word: str, other: str) -> bool:
    """"gastheer"/"gastvrouw", "verkoper"/"verkoopster", "waiter"/"waitress"; "man"/"vrouw", "he"/"she".
    A "-man" title pairs only with a "-woman" or "-person" form ("salesman / sales exec" is no pair)."""
    word, other = word.lower(), other.lower()
    if TITLE_PAIRS.get(word) == other or TITLE_PAIRS.get(other) == word:
        return True
    if word.endswith(("man", "men")) and not word.endswith(("woman", "women")):
        return other.endswith(("woman", "women", "person", "people", "vrouw", "vrouwen", "dame", "dames"))
    if other[:3] == word[:3] and other != word:
        return True
    return bool(PAIRABLE.fullmatch(word) and PAIRABLE.fullmatch(other))


def paired(sentence: str, start: int, end: int) -> bool:
    """Whether the gendered word at ``start:end`` stands beside its other form or an (m/v/x)."""
    word, after, before = sentence[start:end], sentence[end:end + 40], sentence[max(0, start - 40):start]
    if _INCLUSIVE_MARK.match(after) or before.lower().endswith(("(s)", "s/")):
        return True
    if (match := _PAIR_AFTER.match(after)) and _other_form(word, match.group(1).strip("()/")):
        return True
    match = _PAIR_BEFORE.search(before)
    return bool(match and _other_form(word, match.group(1).strip("()/")))
