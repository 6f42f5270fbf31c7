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

Seventh development batch (``more7_statements.json``, 240 statements, 80 look-alikes): removed whole
205 -> 240 of 240, kept 190 -> 196 of 200, look-alikes kept 77 -> 80 of 80, the earlier batches
unchanged (more5 141 -> 142 kept on the way). Classes added: text-message Dutch ("k ben", "mn
vrouw"), an age glued to its unit ("58j", "62y") or put last ("dat ik 61 ben"), a new thought after
"ben 57", a statement word right before a role ("ex-con | welder", "Indian origin | nurse", "hindu |
vegetarian cook") and a statement phrase glued after the work ("... 24u pw | zwanger van de 2e"),
questions and hedges led into the statement ("maakt het uit dat", "hopelijk is", "do you accept
people with"), health told as good health ("fit and healthy"), a religious reason for a day off,
"politiek links", a political refugee, a vote for the Greens, unions named by trade ("bouwbond"),
strike leaders and dues, "identify as", gender presentation, two mums or dads, "2nd gen", paired
country codes ("NL/TR"), "bajesverleden", "on tag till"; and what stays work: "construction
labour", a car's build years ("bouwjaar 1955-1975"), clients who are teenagers, "trade union
relations", qualifications beside a statement ("met VCA", "3 yrs exp").

Eighth development batch (``more8_statements.json``, 207 statements, 70 look-alikes): removed whole
153 -> 176, kept 175 -> 175 of 180, look-alikes kept 69 -> 69 of 70, the earlier batches unchanged.
Classes added (``_MORE8`` and ``glossary``): "turning 60", a decade of birth, a pension in sight
("approaching retirement", "tot mijn AOW"), "scholier van 16", exams just sat, "AOW'er" and
"pensioner"; a right to stay ("settled status", a skilled worker visa, "kennismigrant"), "kom niet
van hier", "originally Nigerian", "came over on"; protests, petitions and a party's local branch,
"lefty"; a pregnancy by its weeks, IVF, breastfeeding, leave ahead; a wedding of one's own; time
served and a trade learned inside, "on licence", "HMP". Left: consequences after "so"/"dus" (a rule
cut work wishes such as "dus liefst zittend werk" in earlier batches) and "en"-clauses with the
subject left out.

Ninth development batch (``more9_statements.json``, 175 statements, 60 look-alikes): removed whole
133 -> 152, kept 144 -> 144 of 150, look-alikes kept 51 -> 51 of 60, the earlier batches unchanged.
Classes added (``_MORE9``): "well over 60"; recovery by time or treatment ("sober 3 years", "now
that I'm clean", "on methadone", "in recovery from") and "physically challenged"; a pregnancy by its
count ("expecting our third"), slang, surrogacy or a family planned; "X by tribe", caste categories
("SC category"); a politician's fan, parties and unions abroad (BJP, APC, CFMEU, SIPTU), union subs,
a strike led; a tag, a detention, a release; and "contracts" as a word of the work wish. Left:
consequences after "so" and "and" clauses that carry a statement on, look-alikes with health terms
in lists beside a role ("HIV testing", "bipolar patients"), and faith or union courses as work.
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
        # an age glued to its unit, beside the work: "schilder 58j", "bezorger 17jr", "driver 62y"
        r"\b(?:1[4-9]|[2-9]\d)(?:j|jr|jr\.|y|yo|yr|yrs)\b(?! ?(?:exp|ervaring|werkervaring|experience|in|at|bij|als|as"
        r"|of|van|ago|geleden)\b)",
        rf"\bdie (?:zelf |ook )?(?:al |nu |pas )?(?:in de |begin |eind )?{AGE}(?: jaar)?(?: oud)? (?:is|wordt)\b",
        # the Dutch subordinate clause puts the verb last: "maakt het uit dat ik 61 ben?", "omdat ik al 58 ben"
        rf"(?:\b(?:dat|omdat|aangezien|nu|want|hoewel) |^)(?:ik|hij|zij|ze) (?:al |pas |nu |bijna |net |inmiddels )?"
        rf"{AGE}(?: jaar)?(?: oud)? (?:ben|is|word|wordt)\b",
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
        r"\bzwanger van (?:de|het|onze|ons|mijn|m'n|een) (?:\w+ )?(?:\d+e|tweede|derde|vierde|eerste|kind|kindje"
        r"|baby|tweeling)\b",
    ),
    "health": (
        rf"\b{_BECAUSE} {_MY} (?:ms|ptsd|ptss|adhd|add|back|rug|health|gezondheid|condition|aandoening|disability"
        r"|beperking|illness|ziekte|hearing|gehoor|sight|zicht)\b",
        r"\b(?:i'm|im|i am|ik ben|ben) (?:\w+ )?(?:in recovery|in herstel|herstellende)\b|\bhearing impairment\b"
        r"|\bin herstel (?:ben|zijn|is)\b",
        rf"\b(?:{RELATIVES})(?:'s| is) (?:\w+ )?(?:poorly|unwell|ill|sick|ziek|terminally ill|seriously ill)\b",
        # health told as good health: "fit and healthy", "kerngezond", "in good health"
        r"\b(?:fit (?:and|en|&) (?:healthy|gezond|well)|(?:healthy|gezond) (?:and|en|&) fit|kerngezond"
        r"|in (?:good|perfect|excellent|prima|goede|perfecte) (?:health|gezondheid)|goed gezond|no health (?:issues"
        r"|problems)|geen (?:gezondheidsklachten|gezondheidsproblemen|lichamelijke klachten))\b"
        r"|\b(?:1[4-9]|[2-9]\d) (?:jaar|jr|j|years?|yrs?) (?:en |and )?(?:gezond|healthy|fit)\b",
    ),
    "origin": (
        r"\b(?:originally|oorspronkelijk) (?:from|uit|afkomstig uit) (?!a |an |the |een |de |het )\w+"
        r"|\b(?:black|white|mixed race|zwarte|witte) (?:british|brit|african|caribbean|american|dutch|nederlander"
        r"|nederlandse)\b",
        r"\b(?:2nd|3rd|2e|3e|2de|3de|second|third|tweede|derde) (?:gen|generation|generatie)\b"
        r"|\b(?:native american|first nations|aboriginal|inheemse?)"
        r"(?! (?:art|kunst|studies|affairs|languages?|talen))\b",
        r"\b(?:living|lived|resident|wonend|woonachtig|ik woon|woon) (?:in (?:the )?\w+|here|hier) (?:for |since |al "
        r"|sinds )?\d+ (?:years|yrs|jaar)\b",
    ),
    "sexuality": (
        r"\bnot the marrying(?: an?)?(?: (?:woman|man|girl|guy|lady))? (?:type|kind)\b|\bfriend of dorothy\b|"
        r"\b(?:bi|gay|queer|homo|lesbisch|lesbian) (?:en|and) (?:trots|proud)\b|\bout at work\b"
        r"|\bhide who i am\b|\b(?:twee|two) (?:vaders|moeders|mama's|papa's|dads|mums|moms|mothers|fathers)\b"
        r"|\b(?:same sex|zelfde geslacht|same gender) (?:couple|stel|partner|relationship|relatie|marriage|huwelijk)\b"
        r"|\b(?:homostel|gay couple|lesbian couple|lesbisch stel)\b"
        r"|\b(?:niet|not) (?:hoeven )?(?:te )?verbergen wie ik ben\b",
    ),
    "religion": (
        r"\b(?:sundays?|zondags?|fridays?|vrijdag\w*|saturdays?|zaterdag\w*|days?|dagen|vrij|off|time off)"
        r" (?:\w+ ){0,2}(?:for|voor|vanwege|because of|to go to|om naar) (?:the |de |het |my |mijn )?(?:mass|de mis|mis"
        r"|church|kerk|mosque|moskee|prayers?|gebed|vrijdaggebed|synagogue|synagoge|sjabbat|shabbat|sabbath|sabbat"
        r"|church service|kerkdienst|eid|suikerfeest|offerfeest|diwali|yom kippur|holy days|religious holidays"
        r"|feestdagen van mijn geloof)\b",
        r"\b(?:hijab|headscarf|turban|tulband|hoofddoek|keppel|kippah|niqab)[ -]?(?:wearing|dragende|dragend)\b",
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
        r"\b(?:heb|hebben|had|ik heb) (?:\w+ ){1,2}gezeten\b(?! (?:in|op|bij|aan|als|voor|with|in de) (?!de (?:bak"
        r"|bajes|gevangenis|cel|nor)))|\bon (?:an? )?(?:electronic )?(?:tag|curfew) (?:till|until|tot|for|since)\b"
        r"|\b(?:bajes|gevangenis|justitieel|crimineel|strafrechtelijk) ?verleden\b|\b(?:criminal|prison) past\b"
        # what a record is followed by: "maar ben veranderd", "but I've changed" as a clause of its own
        r"|^(?:maar |but )?(?:ik |i )?(?:ben|am|have|'ve|i've|i'm) (?:\w+ )?(?:veranderd|changed|reformed|gebeterd"
        r"|een ander mens|a changed (?:man|woman|person)|a different person)$",
        r"\b(?:i have|i've got|i got|i received|heb|kreeg) (?:a |an |een )?(?:police )?(?:caution|conviction"
        r"|strafbeschikking)\b|\b(?:shoplifting|winkeldiefstal)\b",
    ),
    "gender_identity": (
        r"\bi (?:have )?transitioned\b|\b(?:ben|heb) (?:\w+ )?(?:getransitioneerd|in transitie gegaan)\b",
        r"\bgender recognition certificate\b|\b(?:mijn|my|m'n) (?:oude|old|birth|vorige|former) (?:naam|name)\b"
        r"|\bdeadname\b|\b(?:identificeer|identificeert|identify|identifies) (?:me |mij |mezelf |myself )?"
        r"(?:niet |not )?(?:als|as) (?:\w+ ){0,2}(?:man|vrouw|male|female|woman|either|neither|beide|geen van beide"
        r"|non binary|nonbinary|niet binair)\b|\b(?:er )?(?:vrouwelijk|mannelijk|feminine|masculine|androgyn|androgyne"
        r"|androgynous) (?:uitzie|uit zie|uitzien|uitziet|uit|overkom|overkomt|look|looking|present|presenting)\b"
        r"|\b(?:look|looks|present|presents|presenting|pass|passes) (?:as )?(?:\w+ )?(?:feminine|masculine"
        r"|androgynous|female|male)\b"
        r"|\b(?:id|passport|paspoort|papers|papieren|documents) (?:still )?(?:says?|zegt|staat op) "
        r"(?:male|female|man|vrouw|m|f)\b",
    ),
    "political": (
        r"\bcard carrying member\b|\bpartijkaart\b|\b(?:campaigned|campaigning|canvassed|canvassing) for\b"
        r"|\b(?:left|right|links|rechts) (?:leaning|georienteerd)\b|\b(?:remain|leave|brexit) (?:voter|supporter)\b"
        r"|\b(?:politiek|politically) (?:links|rechts|left|right|linkse|rechtse|conservatief|conservative"
        r"|progressief|progressive)\b|\b(?:politieke? vluchteling|political refugee|political asylum|politiek asiel"
        r"|political prisoner|politieke gevangene)\b",
        rf"\b(?:i vote|i voted|ik stem|ik stemde|stem|vote|voted) (?:op |for )?(?:green|groen|the greens|{PARTIES})\b",
        rf"\b(?:organiser|organizer|worker|volunteer|activist|member|candidate) for (?:the |de )?(?:\w+ ){{0,3}}"
        rf"{PARTIES}\b|\b{PARTIES} (?:worker|organiser|organizer|kandidaat)\b"
        rf"|\b(?:{PARTIES}|green) (?:local |lokale |city |town |county |parish |district )?"
        r"(?:councillor|councilor|raadslid|candidate|kandidaat)\b",
    ),
    "union": (
        rf"\b(?:former|ex|oud|voormalig) {UNIONS} (?:\w+ )?(?:secretary|secretaris|chair|voorzitter|rep|steward"
        r"|official|bestuurder|kaderlid)\b",
        rf"\b{UNIONS} (?:organi[sz]er|rep|steward|official|bestuurder|kaderlid|activist) (?:previously|formerly"
        r"|in the past|for years|vroeger|eerder|jarenlang)\b|\b(?:stakingsleider|stakingsleiding|stakingscomite"
        r"|strike leader|strike committee|picket line)\b|\b(?:betaal|pay) (?:\w+ )?(?:contributie|union dues|dues)\b",
        rf"\b{UNIONS} card carrying\b|\bcard carrying {UNIONS}\b|\b(?:syndicaal|syndicale) (?:afgevaardigde"
        r"|delegee|militant)\b|\bvakbondsafgevaardigde\b",
    ),
}

# Eighth development batch: what is said around a statement rather than the statement word itself.
_MORE8: dict[str, tuple[str, ...]] = {
    "age": (
        rf"\bturning {AGE}\b(?! ?(?:uur|hours|km|%|year olds|jarigen))|\bborn in the (?:early |mid |late )?"
        r"(?:fifties|sixties|seventies|eighties|nineties|50s|60s|70s|80s|90s)\b"
        r"|\bgeboren (?:in|eind|begin|midden) (?:de )?jaren (?:vijftig|zestig|zeventig|tachtig|negentig"
        r"|50|60|70|80|90)\b",
        r"\b(?:approaching|close to|nearing) (?:my )?(?:retirement|pension|state pension)(?: age)?\b"
        r"|\b(?:tegen|richting|bijna aan) (?:mijn |m'n )?(?:pensioen|aow)\b|\btot (?:mijn|m'n) (?:aow|pensioen)\b",
        rf"^(?:scholier|student|leerling|pupil|studente|jongen|meisje|man|vrouw) van {AGE}\b"
        r"(?! ?(?:uur|u\b|hours|jaar (?:ervaring|werkervaring)))",
        r"\bjust (?:finished|done|left|sat) (?:my )?(?:gcses|a levels|eindexamen|examens|havo|vmbo|vwo|sixth form)\b",
        r"\b(?:early |vervroegd )?(?:retirement|retired|met pensioen) (?:\w+ ){0,4}(?:at|op) (?:1[4-9]|[2-9]\d)\b",
    ),
    "origin": (
        r"\b(?:kom|ben) niet van hier\b|\bnot from (?:round |around )?here\b|\boriginally \w+(?:an|ese|ian|ish)\b",
        r"\bcame (?:over|here|to (?:the )?\w+) (?:\w+ ){0,2}(?:from|on an? |as an? (?:refugee|asylum))",
    ),
    "political": (
        r"\b(?:signed|sign|signing) (?:\w+ ){0,3}petitions?\b"
        r"|\b(?:campaigned|campaigning|protested|protesting|marched|marching|demonstrated) (?:against|for)\b"
        r"|\b(?:demonstreer|demonstreerde|demonstreren|protesteer|protesteerde) (?:\w+ ){0,2}(?:voor|tegen)\b"
        r"|\bloop (?:\w+ )?mee (?:in|met|bij) (?:\w+ ){0,2}(?:\w*demonstratie\w*|\w*mars|protest\w*)\b",
        rf"\b(?:local |lokale )?(?:{PARTIES}|reform) (?:branch|afdeling|chapter|constituency party)\b",
    ),
    "pregnancy": (
        r"\b\d+ (?:weeks|weken|wks) (?:along|gone|onderweg)\b|\bthe bump\b|\bmijn buik\b"
        r"|\b(?:paternity|maternity|vaderschaps|zwangerschaps|bevallings|ouderschaps) ?(?:leave|verlof)"
        r" (?:coming up|starts|starting|from|until|tot|vanaf|in)\b",
    ),
    "family": (
        r"\b(?:getting married|get married|ga trouwen|gaan trouwen|trouw in|bruiloft van mezelf)\b",
    ),
    "criminal_record": (
        r"\b(?:did|done|served|zat) \d+ (?:months|years|yrs|maanden|jaar) (?:for|inside|voor)\b"
        r"|\b(?:learn(?:ed|t)|picked up) (?:\w+ ){0,3}(?:inside|in prison|in jail|in hmp)\b",
    ),
}
# Ninth development batch: recovery told by time or treatment, a pregnancy told by its count or slang,
# named unions and parties abroad, caste and tribe, and a record told by a tag or a detention.
_MORE9: dict[str, tuple[str, ...]] = {
    "age": (rf"\b(?:well|way|just) over {AGE}\b(?! ?(?:uur|hours|km|%|year olds|s\b))",),
    "health": (
        r"\bsober (?:for )?(?:\d+|a|one|two|three|four|five|six) (?:years?|yrs|months?|weeks?)\b"
        r"|\b(?:i'm|im|i am|been|now) (?:clean|sober) (?:since\b|(?:for )?(?:\d|a |one |two |three ))"
        r"|^now that (?:i'm|im|i am) (?:clean|sober)\b|\bin recovery from\b|\bon (?:a )?methadone\b"
        r"|\b(?:i am|i'm|im) physically (?:challenged|handicapped|disabled)\b",
    ),
    "pregnancy": (
        r"\b(?:is|are|we're|were|she's) expecting (?:our|her|my) (?:first|second|third|fourth|\d+(?:st|nd|rd|th))\b"
        r"|\b(?:preggo|preggers|up the duff)\b|\bas (?:a|her|their|his) surrogate\b"
        r"|\b(?:planning|trying for|try for) (?:a family|a baby|another baby|kids)\b",
    ),
    "origin": (
        r"\b\w+ by (?:tribe|caste)\b|\b(?:belongs?|belonging) to (?:the )?(?:sc|st|obc|\w+ (?:caste|tribe))\b"
        r"|\b(?:sc|st|obc) (?:category|caste|candidate)\b",
    ),
    "political": (
        r"\b(?:corbyn|trump|farage|starmer|sanders|obama|modi|maga) (?:fan|supporter|voter)\b"
        r"|\b(?:bjp|apc|pdp|anc|aap|congress party) (?:youth wing|member|ward|coordinator|supporter|mahila)\b"
        r"|\b(?:member|coordinator|agent|supporter|chairman) (?:of|for) (?:the )?(?:bjp|apc|pdp|anc|aap)\b",
    ),
    "union": (
        r"\b(?:cfmeu|siptu|amwu|awu|mua|etu|nteu|unifor|cupe|ufcw) (?:member|rep|delegate|organiser)\b"
        rf"|\b(?:paying|pay) (?:my )?(?:{UNIONS} |union )subs\b"
        r"|\b(?:led|organised|organized|ran) (?:the|a) (?:strike|walkout)\b",
    ),
    "criminal_record": (
        r"\b(?:tagged|on a tag|on tag) (?:at the moment|for now|currently|till|until)\b"
        r"|\b(?:detained|arrested) by (?:the )?police\b|\breleased (?:from (?:hmp|prison|jail)|without charge)\b",
    ),
}
IDIOMS = {category: IDIOMS.get(category, ()) + _MORE8.get(category, ()) + _MORE9.get(category, ())
          for category in {*IDIOMS, *_MORE8, *_MORE9}}
