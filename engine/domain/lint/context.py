"""Context: is a match about the candidate, or about clients, pupils, the company, a product, pay?

The same words discriminate in one sentence and describe the work in the next: "kinderen van 0 tot
18 jaar" are the clients of youth care, "jonge ouders" the users of an app, "een jong bedrijf" the
employer, "hun moeders" the clients of maternity care. Without a parser, three cheap signals do
most of the work, each checked on the sentence a match stands in:

* the noun right after an adjective ("jong bedrijf", "young families", "pregnant clients");
* a preposition or possessive right before a person word ("voor jonge ouders", "hun moeders");
* which kind of cue comes last before the match: one that asks something of the candidate ("je
  bent", "must be", "wij zoeken", "kandidaten") or one that describes the work or the offer
  ("je begeleidt", "teach", "onze cliënten", "salaris", "we offer").
"""

from __future__ import annotations

import re
from bisect import bisect_right

from engine.domain.lint.model import Policy, Rule, rx

# a sentence ends at . ! ? ; or a line break, but not inside "max. 35", "i.v.m. zwaar", "1,80 m"
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[^a-z0-9])|\n+")

CANDIDATE_CUE = rx(
    r"\b(?:je bent|jij bent|ben je|ben jij|bent u|u bent|je hebt|jij hebt|heb je|heb jij|hebt u|je moet|moet je"
    r"|moet u|je mag|je beschikt|je draagt|je spreekt|je woont|je heeft|zoeken (?:we|wij)|we zoeken|wij zoeken|zoekt"
    r"|zoeken een|gezocht|kandidat\w*|kandidaat|sollicitant\w*|ideaal|ideale|geschikt voor|bedoeld voor|perfect voor"
    r"|leeftijd|vereist\w*|eis|eisen|voorwaarde\w*|verplicht|bij voorkeur|voorkeur|idealiter|alleen|uitsluitend"
    r"|profiel|ideally|(?<!\w )(?:het\s+)?liefst"  # "liefst" opening a clause
    r"|you are|you're|are you|you must|you should|you will be|you'll be|you have|you've|have you|must be"
    r"|must have|should be|must not|looking for|seeking|seeks|we seek|we need|we want|hiring|recruiting|wanted"
    r"|(?:we're|we\s+are|is)\s+after"
    # a kind of person called the best at the job is a preference ("married men make the best reps")
    r"|(?:make|makes|maken|are|zijn)\s+(?:the|de)\s+(?:best|beste)"
    # an agency passing on its client's wish asks it of the candidate ("Op verzoek van de klant: …")
    r"|op\s+(?:verzoek|wens)\s+van\s+(?:de\s+|onze\s+)?(?:klant|opdrachtgever)|at\s+(?:the\s+|our\s+)?"
    r"(?:client|customer)['’]s\s+request|(?:client|klant|opdrachtgever)\s+(?:prefers|wants|wishes|requires|asks"
    r"|wil|wenst|vraagt|eist)"
    r"|candidate\w*|applicant\w*|ideal|suitable for|perfect for|aimed at|only|preferred|preferably|required"
    r"|requirement\w*|must|age|position|vacature|functie|role|verwacht(?:en)?|expect(?:s|ed)?"
    # a nominal requirement: "… is een pré", "… is an advantage"
    r"|(?:is|zijn|are)\s+(?:een\s+|a\s+|an\s+)?(?:pr[ée]|plus|pluspunt|voordeel|advantage|asset|bonus|must))\b")
OTHER_CUE = rx(
    r"\b(?:begeleid\w*|ondersteun\w*|verzorg(?:t|en)\b|geef\w* (?:\w+ ){0,2}les|les (?:aan|geven)|onderwijs\w*"
    r"|behandel\w*|help(?:t|en)?|adviseer\w*|bedien\w*|werk(?:t|en)? met|zorg(?:t|en)? voor|doelgroep\w*"
    r"|cliënt\w*|client\w*|klant\w*|patiënt\w*|patient\w*|bewoner\w*|residents?\b|leerling\w*|pupil\w*|cursist\w*"
    r"|deelnemer\w*|participant\w*|bezoeker\w*|visitor\w*|customer\w*|users?|gebruiker\w*|audience|publiek"
    r"|members?|leden|target group|support(?:s|ing)?|care (?:for|of)|caring for|look(?:s|ing)? after"
    r"|teach\w*|tutor\w*|assist(?:s|ing)?|serv(?:e|es|ing)|guid(?:e|es|ing)|treat\w*|advis\w*"
    r"|market(?:s|ing)? (?:\w+ ){0,3}to|sell(?:s|ing)? (?:\w+ ){0,3}to|work(?:s|ing)? with|design\w* (?:\w+ )?for"
    r"|loon|lonen|salaris\w*|wages?|salary|pay|jeugdloon|bieden|biedt|offer\w*|bij ons werken|gemengd\w*"
    r"|mixed|divers\w*|geeft\b.{0,30}\baan|speaks?\s+to|appeals?\s+to|spreekt\s+\w+\s+aan|richt\w* zich op|gericht op"
    r"|target\w*|focus\w* on|specialise\w* in|populair\s+bij|geliefd\s+bij|popular\s+(?:with|among)|loved\s+by"
    r"|specializ\w* in|gespecialiseerd in|founders?|oprichters?|investors?|investeerders?|eigenaren|owners?"
    r"|management|directie|board|bestuur|mentor\w*|coach(?:es|t|en)?|train(?:s|t|en)?|opgericht|founded|started by"
    r"|begonnen|team\s+(?:van|of|met|with)|(?:ons|onze|our|the|het|de)\s+(?:product\w*|app|apps|platform|software|tool"
    r"|service|dienst\w*|merk|brand|bedrijf|company|organisatie|organi[sz]ation|winkel\w*|shop|store|fleet|vloot"
    r"|wagenpark|machinepark|machines|equipment|vans|trucks|vehicles|voertuigen|gebouw|building|pand|showroom))\b")
# verbs of care and teaching that end a Dutch clause ("waar je moeders en baby's verzorgt")
OTHER_VERB = rx(r"\b(?:begeleid\w*|ondersteun\w*|verzorg(?:t|en)|behandel\w*|help(?:t|en)|adviseer\w*|bedien\w*"
                r"|onderwijs\w*|verpleeg(?:t|en|de|den)|coach(?:t|en)|train(?:t|en)|opvang\w*|vangt\s+\w+\s+op)\b")
# nouns after an adjective that make it about the business or its clients, not the candidate
OTHER_NOUN = rx(
    r"(?:bedrijf\w*|organisatie\w*|onderneming\w*|start-?ups?|scale-?ups?|bureau|merk\w*|label|kantoor|publiek"
    r"|doelgroep\w*|ouders|gezin\w*|kinderen|kind|kids|volwassenen|bewoner\w*"
    r"|(?:klant|cliënt|patiënt)(?!\w*(?:vriendelijk|gericht|service|contact|tevreden))\w*"
    r"|leerling\w*|markt\w*|land|economie|sector|product\w*|company|companies|business\w*|firm|organi[sz]ation\w*"
    r"|brand\w*|agency|audiences?|fintech|tech|techbedrijf|webshop|studio|restaurant|hotel|winkel|store|shop|famil\w*|parents|children|child|adults|customers?|clients?|patients?|residents?"
    r"|learners?|pupils?|market\w*|industry|country|offenders|carers|users?|people's|organism|werkgever|employer"
    r"|team|teams|studenten|students|shoppers?|consumers?|consumenten|kopers|buyers|fans|followers|volgers"
    r"|leeftijdsgeno\w*|doelgroepen|jeugd|generation|generatie|museum|school\w*"
    # the young of animals and plants, young wine or cheese ("je verzorgt de jonge dieren", "young plants")
    r"|dier\w*|plant\w*|kalf\w*|kalveren|lam|lammeren|lammetjes|veulen\w*|biggen|pups?|puppies|kuikens?|bomen|boompjes"
    r"|wijn\w*|kaas|kazen|animals?|plants?|trees?|seedlings?|calves|lambs?|foals?|piglets|chicks|wines?|cheeses?"
    r"|'s|’s)$")
# (within the clause: "gezocht voor modezaak, fulltime, stuur cv met pasfoto" asks for the photo)
_PREP_BEFORE = rx(r"\b(?:hun|their|voor|aan|for|about|over|van onze|of our|tussen|among)\s+"
                  r"(?!(?:iemand|someone|somebody|anyone|kandidat|candidate|sollicitant|applicant)\w*\s)"
                  r"(?:[^\s,;:—–]+\s+){0,2}$")  # a dash ends the clause too
_CANDIDATE_PREP = rx(r"\b(?:ideaal|geschikt|perfect|ideal|suitable|bedoeld|open|aimed|zoek(?:en|t)?|look(?:s|ing)?"
                     r"|uitsluitend|alleen|enkel|only|exclusively|reserved|gereserveerd"
                     r"|search\w*|seeking)\s+(?:voor|for|to|at|naar)\s+(?:\S+\s+){0,2}$")
# "met of zonder beperking", "with or without": no exclusion
# a word that shuts out, at most four words back in the same clause (not across a colon: "Leeftijd is geen issue:
# ook 55-plussers …"), not in "geen probleem"/"not an issue"; "geen X of mensen met een Y" counts for Y
EXCLUDED_BEFORE = rx(r"(?<!\bmet of )(?<!\bwith or )(?<!\ben )(?<!\band )\b(?:geen|zonder|no|without|niet|not|non"
                     r"|nooit|never|may not|cannot|can't|mag geen|mogen geen|must not|free of|vrij van"
                     r"|(?:don't|do\s+not|doesn't|does\s+not|won't|will\s+not|never)\s+(?:hire|employ|take\s+on"
                     r"|recruit|accept|consider|want))\b"
                     r"(?!\s+(?:an?\s+)?(?:probleem|issue|bezwaar|belemmering|problem|obstacle|barrier|bar)\b)"
                     r"(?:[^\w:]+\w+){0,4}(?:\s+(?:mensen|people|personen|persons|kandidaten|candidates|applicants"
                     r"|iemand|anyone|someone)\s+(?:met|with)(?:\s+(?:een|a|an))?)?[^\w:]*$|\b(?:niet\s+(?:geschikt|bedoeld)\s+voor|ongeschikt\s+voor|not\s+suitable"
                     r"\s+for|unsuitable\s+for|(?:cannot|can't|unable\s+to|niet)\s+(?:accommodate|plaatsen)"
                     r"|(?:isn't|is\s+not|aren't|are\s+not|not)\s+(?:set\s+up|equipped)\s+for"
                     r"|niet\s+(?:ingericht|uitgerust)\s+(?:op|voor)|(?:isn't|is\s+not|is\s+niet|not)\s+(?:for|voor)\s+"
                     r"(?:you|jou|u))\b"
                     r"(?:\W+\w+){0,6}\W*$")
EXCLUDED_AFTER = rx(
    r"\b(?:(?:komen|kunnen|worden|zijn|mogen|kan|wordt|is)\s+(?:\w+\s+){0,2}?niet|niet\s+(?:in aanmerking|geschikt"
    r"|welkom|aangenomen|uitgenodigd|voor\s+(?:jou|u)\b)|ongeschikt|uitgesloten"
    r"|need not|needn't|not (?:be )?(?:considered|eligible"
    r"|accepted|suitable|welcome|hired|invited|apply)|will not|won't|cannot|can't|are excluded|excluded"
    r"|unsuitable|not open|not for|do not apply|don't apply|hoeven niet|niet te (?:solliciteren|reageren)"
    r"|(?:is|zijn)\s+(?:\w+\s+){0,4}?niet\s+(?:mogelijk|toegestaan)|(?:is|are)\s+(?:\w+\s+){0,3}?not\s+(?:possible"
    r"|allowed|permitted)"
    r"|vall?(?:en|t)\s+(?:\w+\s+)?af|(?:worden|wordt)\s+(?:\w+\s+)?afgewezen"
    # "… passen niet in ons bedrijf", "… don't fit in our company": shut out as not fitting in
    r"|pas(?:t|sen)\s+(?:\w+\s+)?niet\s+(?:in|bij)\s+(?:ons|onze|het|de|dit|deze)"
    r"|(?:do\s+not|don't|does\s+not|doesn't)\s+fit\s+(?:in|into)\s+(?:our|the|this)"
    r"|(?:will\s+be|are|is)\s+(?:\w+\s+)?(?:rejected|disqualified|turned\s+down)"
    r"|(?:will|would|shall|zal|zullen|leidt\s+tot|leiden\s+tot)\s+(?:\w+\s+)?(?:disqualify|exclude|rule\s+out"
    r"|uitsluiten|uitsluiting|diskwalificatie|afwijzing)|reden\s+(?:tot|voor)\s+afwijzing"
    r"|grounds?\s+for\s+(?:rejection|exclusion|disqualification))\b"
    # "…, dus liever niet.": a preference against, closing the sentence
    r"|\b(?:liever|rather|preferably)\s+n(?:iet|ot)\s*(?:[.!;)]|$|aan\b|in\s+dienst\b)"
    # "… nemen we niet aan", "should look elsewhere": turned away in other words
    # discouraged: "will probably find the pace too demanding", "isn't the role for you", "zul je het te zwaar vinden"
    r"|\bwill\s+(?:\w+\s+)?find\s+(?:\w+\s+){0,3}too\s+\w+|\bisn'?t\s+(?:the\s+|a\s+)?(?:role|job|position"
    r"|place)\s+for\s+you|\bzul(?:t|len)?\s+(?:je|u|jij)?\s*(?:\w+\s+){0,3}te\s+zwaar\s+vinden"
    r"|\b(?:nemen|neem)\s+(?:we|wij|ik)\s+(?:\w+\s+)?niet\s+aan\b|\blook\s+elsewhere\b|\bzoek\w*\s+(?:\w+\s+)?elders\b")
INCLUSIVE = rx(
    r"\b(?:ongeacht|regardless|irrespective|no matter|of any age|alle leeftijden|all ages|alle achtergronden"
    r"|all backgrounds|equal opportunit\w*|gelijke kansen|verwelkom\w*|we welcome|welcome applications"
    r"|moedig\w* (?:\w+ ){0,4}aan|aangemoedigd|encourag\w*|iedereen|everyone|ook (?:\w+ ){0,5}welkom|also welcome"
    r"|are also|van harte uit|nadrukkelijk uit|inclusi(?:ve|e)|non-discriminat\w*|discrimin\w*|equally|evenzeer"
    r"|alike|diversity|diversiteit|we value|wij waarderen|(?:zijn|are)\s+(?:\w+\s+){0,2}(?:welkom|welcome)"
    r"|ook\b[^.;]{0,60}\bwelkom|whether\b[^.;]{0,60}\bor|of je nu|zowel\b[^.;]*\bals"  # "whether …" only with "or …"
    r"|(?:we|wij)\s+(?:\w+\s+)?(?:welcome|verwelkom\w*)|under-?represented|ondervertegenwoordigd"
    r"|maakt\s+(?:\w+\s+)?niet\s+uit|doesn't\s+matter|does\s+not\s+matter|speelt\s+geen\s+rol|plays\s+no\s+(?:part"
    r"|role)"
    r"|irrelevant|niet\s+belangrijk|not\s+important)\b")

# the sentence after a question that answers it: an encouragement ("Heb je een migratieachtergrond? We moedigen je
# aan te reageren.") or an exclusion ("Do you have children? This role is not suitable for you."); a condition
# ("Ben je onder de 30? Dan ben je welkom.") is no encouragement
_ENCOURAGES = rx(r"\b(?:moedig\w*|aangemoedigd|encourag\w*|nadrukkelijk|especially|particularly|in\s+het\s+bijzonder"
                 r"|ongeacht|regardless)\b")
_CONDITION = rx(r"^\W*(?:dan|then|so|in\s+that\s+case|in\s+dat\s+geval)\b")
# leave the employer offers answers a question on family plans ("Gezinsuitbreiding? Wij bieden
# zwangerschapsverlof."): the offer, not a question put to the candidate
_OFFERS_LEAVE = rx(r"^\W*(?:wij|we)\s+(?:bieden|offer)\b[^.!?]{0,40}\b(?:\w*verlof|(?:\w+\s+)?leave)\b")


# a character in an advert, a film or a story, not the candidate ("the salesman in our TV ad is played by an actor",
# "actor wanted to play the role of a 60-year-old man"): age, sex and looks of a role are no finding
DEPICTED = rx(r"\b(?:played\s+by|gespeeld\s+door|vertolkt\s+door|(?:de|het|the)\s+(?:rol|role|personage|character)\s+"
              r"(?:van|of)|in\s+(?:onze|de|het|our|the|a|an"
              r"|een)\s+(?:\w+\s+){0,2}?(?:ad|advert\w*|commercial|reclame\w*|spot|campagne|campaign|film|movie|video|serie"
              r"|series|sitcom|play|toneelstuk|musical|story|verhaal|boek|book|novel|roman|script))\b(?!\s+(?:team|manager"
              r"|department|afdeling))")
# a joke taken back at once ("Wij zoeken een jonge hond... grapje!")
RETRACTED = rx(r"^\W{0,8}(?:\w+\W+){0,2}(?:grapje|geintje|just\s+kidding|only\s+joking|kidding|j/k)\b")


def answers(following: str) -> bool:
    """Whether the sentence after a question belongs to its context (see ``_ENCOURAGES``)."""
    if EXCLUDED_AFTER.search(following) or _OFFERS_LEAVE.search(following):
        return True
    return bool(_ENCOURAGES.search(following)) and not _CONDITION.search(following)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence, in order."""
    spans, start = [], 0
    for end in _SENTENCE_END.finditer(text):
        spans.append((start, end.start()))
        start = end.end()
    spans.append((start, len(text)))
    return spans


def sentence_of(spans: list[tuple[int, int]], starts: list[int], position: int) -> tuple[int, int]:
    return spans[max(0, bisect_right(starts, position) - 1)]


def _next_words(after: str, count: int = 2) -> list[str]:
    return re.findall(r"[\w'’-]+", after)[:count]


def _other_noun(words: list[str], at: int) -> bool:
    """Whether ``words[at]`` is a noun of the business or its clients ("team", but not "team player")."""
    if at >= len(words) or not OTHER_NOUN.fullmatch(words[at]):
        return False
    return not (words[at] in ("team", "teams") and words[at + 1:at + 2] in (
        ["player"], ["players"], ["member"], ["members"], ["speler"], ["spelers"], ["lid"], ["leden"]))


_ADJECTIVE = re.compile(r"[\w-]+-[\w-]+|\w+(?:ing|ed|ive|ful|ende|ige|ische|lijke)")
_FIELD_BREAK = re.compile(r"\s[—–|]\s|;")
_WITH_BEFORE = rx(r"\b(?:met|with|naast|alongside|samen\s+met|together\s+with)\s+(?:\S+\s+){0,2}$")


def about_others(sentence: str, start: int, end: int, person: bool = False) -> bool:
    """Whether the words at ``start:end`` of ``sentence`` are about others than the candidate;
    a ``person`` word after "met"/"with" is someone the candidate works with."""
    after, before = sentence[end:end + 40], sentence[:start]
    if after.startswith(("'s", "’s")) or (sentence[start:end].lower().endswith("s") and after.startswith(("'", "’"))):
        return True
    # a dash or a bar between fields ends the phrase: "25/35 yrs — customer service" is no age of customers
    following = [word.lower() for word in _next_words(_FIELD_BREAK.split(after, maxsplit=1)[0], 4)]
    # "jong bedrijf", "young, fast-growing fintech", "jong en groeiend bedrijf"
    nouns = (2,) if following[:1] in (["en"], ["and"], ["&"]) else (0, 1) if _ADJECTIVE.fullmatch(
        following[0] if following else "") else (0,)
    # a person word before "team" names who is on it ("for our hostess team"): only the cues decide
    team_of = person and following[:1] in (["team"], ["teams"], ["crew"], ["ploeg"])
    if not team_of and any(_other_noun(following, at) for at in nouns):
        return True
    if not team_of and _PREP_BEFORE.search(before[-40:]) and not _CANDIDATE_PREP.search(before[-60:]):
        return True
    if person and _WITH_BEFORE.search(before[-40:]) and not _CANDIDATE_PREP.search(before[-60:]):
        return True
    clause = before[max(before.rfind(mark) for mark in ",;:(–—") + 1:]
    candidate, other = _last_cues(clause)
    if candidate < 0 and other < 0:
        # nothing before in this clause: a Dutch verb may come last ("waar je moeders verzorgt")
        rest = re.split(r"[,;:(–—]", sentence[end:], maxsplit=1)[0]
        if OTHER_VERB.search(rest) and not CANDIDATE_CUE.search(rest):
            return True
        candidate, other = _last_cues(before)
    return other > candidate


_TO = rx(r"\s+(?:to|om(?:\s+te)?|te)\s+")


def _last_cues(text: str) -> tuple[int, int]:
    """Where the last cue about the candidate and the last cue about others end (-1: none). A cue
    about others right after one about the candidate is what is asked for ("we want a team of …",
    "wij zoeken collega's …"), not someone else; unless it is the work itself ("wanted to support …")."""
    candidates = [m.end() for m in CANDIDATE_CUE.finditer(text)]
    candidate = max(candidates, default=-1)
    other = max((m.end() for m in OTHER_CUE.finditer(text)
                 if not any(0 <= m.start() - end <= 12 and not _TO.fullmatch(text[end:m.start()])
                            for end in candidates)), default=-1)
    return candidate, other


def excluded(sentence: str, start: int, end: int) -> bool:
    """Whether a word that shuts people out stands right before the match or anywhere after it."""
    return bool(EXCLUDED_BEFORE.search(sentence[max(0, start - 60):start]) or EXCLUDED_AFTER.search(sentence[end:]))


def allowed(rule: Rule, sentence: str, start: int, end: int) -> bool:
    """Whether ``rule``'s match at ``start:end`` of ``sentence`` may be reported (see ``Policy``)."""
    if rule.unless is not None and rule.unless.search(sentence):
        return False
    if RETRACTED.search(sentence[end:]):
        return False
    if rule.category in ("age", "gender", "appearance") and DEPICTED.search(sentence):
        return False
    if rule.policy is Policy.ALWAYS:
        return True
    if rule.policy is Policy.EXCLUDES:
        return excluded(sentence, start, end)
    if INCLUSIVE.search(sentence) and not excluded(sentence, start, end):
        return False
    if about_others(sentence, start, end, rule.person):
        return False
    if rule.policy is Policy.CUED:
        return bool(CANDIDATE_CUE.search(sentence) or excluded(sentence, start, end))
    return True
