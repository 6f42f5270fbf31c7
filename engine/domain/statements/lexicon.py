"""What a statement about the person is made of, per category, in Dutch and English: reviewed data.

Everything here is written normalised: lower case, accents stripped ("syrie", "patient"),
hyphens between letters read as spaces ("stay at home", "52 year old"). Three kinds of entry:

- ``PHRASES``: regular expressions that are statements wherever they stand, even next to an
  occupation ("lid van de FNV", "born in 1964", "ik ben 5 maanden zwanger").
- ``TERMS``: words and short phrases that say who someone is ("moslim", "reuma", "transgender").
  Alone in a clause they are a statement; in a clause about the work ("tolk Arabisch",
  "verpleegkundige oncologie", "trade union organiser") only when tied to the person by a frame
  ("ik ben", "mijn zoon met", "as a"). Words of six letters or more also match with one typo.
- ``BOUND``: words too common to mean anything alone ("bi", "ms", "links", a country name);
  they count only when a frame ties them to the person ("ik heb MS", "I'm from Ghana").
- ``STEMS``: parts of Dutch and English compounds ("hoogzwanger", "vakbondslid"); a compound whose
  head is an occupation ("vakbondsjurist", "zwangerschapsgymnastiek") is work, not a statement.

The category names are the API's (``dropped_statements``): never the words themselves.
"""

from __future__ import annotations

from engine.domain.statements import glossary
from engine.domain.statements.idioms import IDIOMS
from engine.domain.statements.parts import (  # noqa: F401 - the judge reads NUMBER_WORD here
    AGE,
    CODE_PAIR,
    COUNT,
    DECADES,
    KIDS,
    ME,
    NOT_AGE,
    NOT_CLIENT,
    NUMBER_WORD,
    PARENT,
    PARTIES,
    RELATIVES,
    SPOUSE,
    UNIONS,
)

CATEGORIES = ("age", "family", "pregnancy", "health", "sexuality", "gender_identity", "origin",
              "religion", "political", "union", "criminal_record")


PHRASES: dict[str, tuple[str, ...]] = {
    "age": (
        rf"\b{ME}:? (?:volgend jaar |next year |binnenkort |soon |dit jaar |this year |straks |in \w+ )?"
        r"(?:wel al |toch al |inmiddels |intussen |al |pas |nu |bijna |ruim |net |zelf |just |already |nearly "
        r"|almost |only |now |over )?"
        rf"(?:een |a )?{AGE}\b(?! ?[-/]){NOT_AGE}",
        rf"\b{AGE} ?(?:jaar|jr|years?|yrs?|y/o|y\.o\.?|yo)\.? ?(?:oud|old|jong|young)\b",
        rf"\b{ME} (?:de |the )?(?:boven|over|above|voorbij|past|onder|under) (?:de |the )?{AGE}\b"
        rf"|\b(?:de|the) {AGE} (?:gepasseerd|voorbij|passed)\b|\b(?:geboren|born|geb\.?)(?: in)? '\d\d\b",
        rf"\b{AGE} ?(?:y/o|y\.o\.?|yo|yrs old|jarige?|year old|jaar oud)\b",
        rf"\bdie (?:al |nu |pas )?{AGE}(?: jaar)?(?: oud)? (?:is|wordt)\b",
        r"\b(?:geboren|born|geb\.?)(?: (?:in|op|on))? (?:\d{1,2}[-/. ]\d{1,2}[-/. ]|\d{1,2} \w+ )?(?:19|20)\d\d\b",
        r"(?:\b(?:19|20)\d\d|'\d\d) (?:geboren|born)\b",
        r"\b(?:geboortejaar|geboortedatum|date of birth|birth year|year of birth|dob)\b",
        r"\b(?:bouwjaar|bj|jaargang|lichting|class of|vintage) '?(?:19|20)?\d\d\b"
        r"(?! ?(?:-|–|/|tot|to|t/m|en|and) ?'?\d)"  # "bouwjaar 1955-1975": the cars' years
        r"|\b(?:too old|te oud|too young|te jong)\b",
        r"^\(?(?:19[3-9]\d|200\d)\)?$|°\s?(?:\d{1,2}[-/. ]\d{1,2}[-/. ])?(?:19|20)\d\d\b",
        r"\b(?:op mijn leeftijd|at my age|(?<!niet )(?<!not )(?:mijn leeftijd|my age)"
        r"|in (?:my|his|her|mijn) (?:twenties"
        r"|thirties|forties"
        r"|fifties|sixties|seventies)|(?:thirty|forty|fifty|sixty)[- ]something)\b",
        r"\b(?:leeftijd|age)\b ?:? ?\d{2}\b",
        rf"\b(?:begin|midden|mid|eind|halverwege|early|late) (?:de )?{DECADES}\b",
        r"\b(?:twenty|thirty|forty|fifty|sixty|seventy|[2-7]0)[ -]?ish\b",
        rf"\b(?:mijn|my|m'n|our|onze|his|her|zijn|haar) (?:\w+ )?{RELATIVES} (?:van|of|aged|is|die|who is) "
        r"(?:\d{1,2}|" + NUMBER_WORD + r")\b(?! (?:tot|to|-) \d)",
        rf"\b(?:mijn|my|m'n|our|onze) (?:\d{{1,2}}|{NUMBER_WORD}) ?(?:year old|jarige) {RELATIVES}\b",
    ),
    "family": (
        r"\b(?:stay at home|thuisblijf|thuisblijvende) ?(?:mum|mom|mother|dad|father|parent|moeder|vader|ouder)\b"
        rf"|\b(?:mijn|my|m'n) {SPOUSE} (?:is (?:\w+ ){{0,3}}overleden|passed away|died)\b|\buit huis geplaatst\b"
        r"|\b(?:grew up|opgegroeid) in (?:care|foster care|een pleeggezin|pleeggezinnen)\b"
        rf"|\bsingle (?:with|met) (?:\w+ )?(?:\w+ )?{KIDS}",
        rf"\b(?:ik heb|heb|i have|i've got|i have got|we have|we hebben|wij hebben|he has|she has|hij heeft"
        rf"|zij heeft|ze heeft) (?:\w+ ){{0,2}}{KIDS}\b(?! van \d| (?:of|from|aged) \d)",
        rf"(?<!with )(?<!met )(?<!for )(?<!voor )\b{COUNT} (?:\w+ ){{0,2}}{KIDS}\b(?! van \d| (?:of|from|aged) \d)",
        rf"\b(?:geen|no|zonder|without) (?:\w+ )?(?:{KIDS}|relatie|relationship|partner)\b",
        rf"\b(?:alleenstaande?|single|werkende|working|jonge|young|stay at home|thuisblijf|thuisblijvende?"
        rf"|fulltime|full time|gescheiden|divorced) {PARENT}\b",
        rf"\b{PARENT} (?:van|of|to) (?:een |a |twee |two |drie |three |\d+ )?(?:\w+ )?(?:\w+|{KIDS})",
        rf"\b(?:ik ben|i'm|im|i am|ben|as an?|als) (?:een |a |an )?(?:\w+ )?(?:{PARENT}|mantelzorger|carer"
        r"|caregiver|huisvrouw|huisman|housewife|homemaker|stay at home)\b(?! (?:tongue|tong|taal|language|company"
        r"|bedrijf|board))",
        rf"\b(?:mijn|my) (?:\w+ )?{SPOUSE} (?:en|and) (?:ik|mij|i|me)\b",
        r"\b(?:zorg|zorgen|care|caring|carer|mantelzorger|mantelzorg|look after|looking after) (?:voor|for|of) "
        r"(?:mijn|my|onze|our|m'n)\b",
        r"\b(?:mijn|my|m'n) (?:\w+ )?(?:kinderen|kids|children|kindjes|gezin|family|baby)\b",
        r"\b(?:ik heb|heb|i have|i've got|we have|we hebben) (?:een |a )?(?:\w+ )?(?:gezin|family)\b"
        r"(?! (?:business|bedrijf))",
        r"\b(?:kinderopvang|oppas|childcare|child care) (?:is )?(?:geregeld|regeld|sorted|arranged|in place)\b",
        r"\b(?:got married|getrouwd)\b",
        rf"^(?:mijn |my |m'n )?{KIDS} (?:van|of|aged|zijn|are) \d{{1,2}}(?: (?:en|and|&) \d{{1,2}})?"
        r"(?: (?:jaar|years?)(?: oud| old)?)?$",
        rf"\b(?:mijn|my|m'n) (?:\w+ )?{RELATIVES}\b",
        r"\b(?:ik heb|heb|i have|i've got|i've|we have|we hebben) (?:een |a |an )?(?:\d{1,2} ?(?:year old|jarige)"
        r"|peuter|kleuter|dreumes|toddler|newborn|tiener|teenager)\b",
        r"\b(?:ik heb|heb|i have|i've got|i've) (?:een |a )?(?:vaste |steady )?(?:vriend|vriendin|boyfriend|girlfriend"
        r"|partner|relatie|relationship|husband|wife|man|vrouw|echtgenoot|echtgenote)\b"
        r"(?! (?:met|with|van|of|bij|at)\b)",
        r"\b(?:school ?run|naar school brengen|to school and back|kinderen ophalen"
        r"|pick up (?:the|my) (?:kids|children))\b",
    ),
    "pregnancy": (
        r"\b(?:ik ben|ben|i'm|im|i am|she is|she's|ze is|zij is|is) (?:\w+ ){0,3}(?:zwanger|pregnant)\b",
        r"\bexpecting (?:a|our|my|her|their|the) (?:\w+ )?(?:baby|child|kid|little one)\b",
        r"\b(?:i'm|im|i am|we're|we are|she's|she is|my wife is|my partner is) expecting(?:$| (?:in|a baby|baby"
        r"|a child|twins|a boy|a girl|our|my|her|their|soon|again|(?:a|our|my|her) (?:first|second|third|little)))",
        r"\b(?:baby on the way|having a baby|krijg(?:en)? een (?:baby|kindje)|(?:een )?(?:kindje|baby) op komst"
        r"|blijde verwachting)\b",
        r"\b(?:in verwachting|zwanger worden|get pregnant|getting pregnant|trying for a baby|kinderwens"
        r"|trying to conceive)\b",
        r"\b\d{1,2} (?:weeks|weken) (?:zwanger|pregnant)\b|\bexpecting (?:\w+ ){0,2}(?:baby|child|kid|twins)\b",
        r"\b(?:just had|recently had|have just had|i had|we had|heb net|hebben net|kreeg|kregen) "
        r"(?:a|our|my|een|ons|onze|mijn)? ?(?:baby|kindje|newborn|first child|tweede kind|second child)\b"
        r"|\b(?:newborn|pasgeboren)\b",
    ),
    "health": (
        r"\b(?:mijn|my|m'n) (?:knie|knieen|rug|schouders?|heupen?|knees?|back|shoulders?|hips?|nek|neck|polsen|wrists?)"
        r" (?:zijn|is|are|gaan|doen|doet|willen|wil) (?:op|kapot|versleten|shot|gone|bad|knackered|niet meer|pijn"
        r"|playing up)\b|\b(?:versleten|kapotte|bad|dodgy) (?:knie|knieen|rug|knees?|back|heupe?n?|hips?)\b",
        r"\b(?:last van|problemen met|problems with|trouble with|klachten aan|door|vanwege|because of|due to"
        r"|with) (?:mijn|me|my|m'n) (?:rug|knie|knieen"
        r"|schouder|nek|back|knee|knees|shoulder|neck|hart|heart|gezondheid|health|psyche)\b",
        r"\b(?:on the (?:autism )?spectrum|in remissie|in remission|in therapie|in therapy|afgekeurd)\b",
        r"\b(?:ik slik|slik ik|ik gebruik|i take|i'm on|im on|i am on|ik zit aan de) (?:\w+ )?(?:medicatie|medicijnen"
        r"|medication|meds|pills|pillen|insuline|insulin|antidepressiva|antidepressants|lithium|methadon|methadone"
        r"|ritalin|\w*(?:fenidaat|phenidate|azepam|xetine|pram|prazol))\b|\bik slik\b",
        NOT_CLIENT + r"\b(?:met|with) ms\b(?! (?:office|word|excel|teams|dynamics|sql|project|access|outlook"
        r"|powerpoint|azure|windows|365|navision|certified|certificering|certificaat|certification))",
        r"\b(?:loop|lopen|walk|walks|walking|ga) (?:\w+ )?(?:met|with|on) (?:een |a |twee |two )?(?:krukken|crutches"
        r"|rollator|stok|wandelstok|stick|walking stick|cane|prothese|prosthesis)\b",
    ),
    "sexuality": (
        r"\b(?:coming out|came out|uit de kast)\b|\bstraight (?:white |black )?(?:guy|man|woman|girl|dude|male"
        r"|female)\b",
        r"\b(?:ik val op|val op|i'm attracted to|im attracted to|attracted to|i only date|i date|i'm into|into|i love"
        r"|ik hou van|ik houd van|ik ben gek op) "
        r"(?:\w+ )?(?:mannen|vrouwen|jongens|meisjes|meiden|beide|allebei|men|women|guys|girls|both)\b",
    ),
    "gender_identity": (
        r"^(?:als|as an?) (?:\w+ ){0,2}(?:vrouw|man|woman|female|male|meisje|jongen|girl|guy|lady)\b",
        r"\b(?:ik ben|i'm|im|i am|ben) (?:\w+ ){0,3}(?:vrouw|man|woman|female|male|guy|girl|lady|meisje|jongen)\b",
        r"\b(?:assigned|toegewezen) (?:\w+ )?(?:male|female|man|vrouw|boy|girl|jongen|meisje) (?:at|bij) (?:birth"
        r"|de geboorte)\b",
        r"\b(?:they/them|she/her|he/him|hen/die|die/hen|zij/haar|hij/hem|ze/hun|pronouns|voornaamwoorden)\b",
        r"\b(?:gender affirming|geslachtsbevestigende?|genderbevestigende?|in transitie|transitioning) ?",
        r"\b(?:mijn|my|m'n|after my|since my|na mijn|sinds mijn|mid) (?:\w+ )?(?:transitie|transition)\b"
        r"|\b(?:m to f|f to m|male to female|female to male|man naar vrouw|vrouw naar man|sex change"
        r"|geslachtsverandering)\b",
        r"\b(?:als|as an?) (?:man|vrouw|jongen|meisje|boy|girl) geboren\b"
        r"|\bborn (?:as )?(?:an? )?(?:male|female|boy|girl|man|woman)\b",
    ),
    "origin": (
        r"\b(?:black|zwarte|white|witte) (?:woman|man|person|vrouw|persoon|women|men|guy|girl|dude|male|female)\b",
        r"\b(?:born and raised|geboren en getogen)\b",
        rf"\b(?:ik ben|ben|i'm|im|i am|half) (?:half )?{CODE_PAIR}\b",
        r"\b(?:van|of) \w+ (?:afkomst|komaf|origin|descent|heritage)\b",
        r"\b(?:from an?|met een|with an?) (?:\w+ ){1,2}(?:background|achtergrond|roots|wortels)\b|\b(?:vanuit|uit|from)"
        r" \w+(?: \w+)? (?:hierheen|naar hier|naar nederland|here|to the netherlands) (?:gekomen|gevlucht|verhuisd"
        r"|came|moved|fled)\b",
        r"\b(?:huidskleur|skin colou?r|(?:donkere|dark|black|bruine|brown|getinte|zwarte) (?:huid|skin))\b",
    ),
    "religion": (
        r"\b(?:jehovah'?s? witness|getuige van jehova|jehova)\b",
        r"\b(?:ik bid|i pray|ik vast|i fast|ik ga naar de (?:kerk|moskee|synagoge)"
        r"|i go to (?:church|mosque|synagogue))\b",
        r"^(?:geloof|religie|religion|faith)\s*:",
        r"\b(?:ik eet|eet ik|i eat|i only eat|i keep|ik eet alleen|we eat) (?:\w+ )?(?:halal|kosher|koosjer)\b",
        r"\b(?:mijn|my|m'n) (?:\w+ )?(?:geloof|faith|religie|religion|godsdienst|belief)\b",
        r"\b(?:i observe|i keep|ik houd|ik hou|ik doe mee aan|i take part in) (?:de |the )?(?:ramadan|sabbath|sjabbat"
        r"|shabbat|lent|vasten|vastenmaand)\b|\b(?:strictly|strict|streng|practising|practicing|praktiserende?"
        r"|devout|vroom|vrome) (?:\w+ )?(?:reformed|gereformeerde?|christen|christian|moslim|muslim|catholic"
        r"|katholieke?|jew|jewish|joodse?|hindu|hindoe|sikh|anglican|orthodox)\b",
    ),
    "political": (
        rf"\b(?:lid|member|kaderlid|partijlid|leden) (?:van|of) (?:de |het |the |a )?(?:\w+ ){{0,2}}{PARTIES}\b",
        rf"\b{PARTIES} (?:member|lid|voter|kiezer|stemmer|supporter|aanhanger|councillor|councilor|raadslid"
        r"|gemeenteraadslid|wethouder|kamerlid|candidate|kandidaat|volunteer|vrijwilliger|activist)\b",
        rf"\b(?:councillor|councilor|raadslid|wethouder|kandidaat|candidate|volunteer|vrijwilliger) (?:for|voor|namens"
        rf"|van|bij) (?:the |de |het )?{PARTIES}\b|\b(?:zit|zat|zitting) in de (?:fractie|gemeenteraad|provinciale"
        r" staten|tweede kamer)\b",
        rf"\b(?:ik stem|stem|stemde|stemmen|i vote|voted|vote|i voted) (?:op |for )?(?:{PARTIES}|links|rechts|left"
        r"|right|brexit|leave|remain|trump)\b",
        r"\b(?:took part|take part|taking part|participated|deelgenomen|doe mee|join|joined) (?:in |aan )?(?:\w+ ){0,4}"
        r"(?:protests?|demonstrations?|demonstraties?|marches|betogingen?|acties)\b",
        r"^(?:politiek|politics|political views?|partij|party)\s*:|\bpolitieke? (?:voorkeur|kleur|overtuiging)\b"
        r"|\bpolitical (?:views|opinions?|beliefs)\b",
        r"\b(?:i'm|im|i am|ik ben|ben|am) (?:politically |politiek |heel |very |erg |nogal |quite |fairly )?(?:links"
        r"|rechts|left|right|linkse|rechtse)(?:$| (?:wing|leaning|georienteerd|minded|of (?:centre|center)"
        r"|van het midden|in politics|politically|politiek))|\b(?:left|right) wing\b"
        r"|\blinks(?:e)? (?:activist|partij)\b",
        r"\b(?:politiek actief|politically active|politiek betrokken|politically engaged|ik demonstreer|i demonstrate"
        r"|i protest|ik protesteer|ik voer campagne|i campaign|i canvass|i'm campaigning)\b",
        rf"\b(?:i support|i back|ik steun|ik ben aanhanger van|i'm a supporter of|fan van|fan of) (?:the |de |het )?"
        rf"(?:\w+ ){{0,2}}{PARTIES}\b",
    ),
    "union": (
        rf"\b(?:lid|member|kaderlid|leden) (?:van |of |bij )?(?:de |het |the |a |an )?(?:\S+ ){{0,2}}{UNIONS}\b",
        r"\b(?:been|zit|zat|actief|active) (?:\w+ )?in (?:de|the) (?:union|vakbond)\b",
        rf"\b(?:i'm|im|i am|ik zit|ik ben|zit|been) (?:al jaren |already |long )?(?:in|bij|with) (?:de |the )?"
        rf"{UNIONS}\b"
        rf"|\baangesloten bij (?:de |het )?(?:\w+ ){{0,2}}{UNIONS}\b",
        rf"\b{UNIONS} (?:member|lid|rep|representative|steward|kaderlid)\b",
        r"\b(?:took part|take part|participated|joined|went on|was on|deelgenomen|meegedaan) (?:in |aan )?(?:\w+ ){0,4}"
        r"(?:strike|strikes|staking|stakingen|walkout)\b",
        r"\b(?:shop steward|meegestaakt|gestaakt|ik staak|on strike)\b",
    ),
    "criminal_record": (
        r"\bex ?(?:con|offender|prisoner|gedetineerde|gedetineerd|crimineel|criminal|gevangene|bajesklant)\b"
        r"|\b(?:zit|zat) vast\b|\bgezeten voor\b|\b(?:did|doing) time\b|\bna de (?:bak|bajes|gevangenis)\b",
        r"\b(?:geen|no|zonder|without) (?:vog|verklaring omtrent (?:het )?gedrag)\b|\bvog (?:geweigerd|afgewezen)\b",
        r"\bserved (?:\w+ ){0,2}(?:years?|months?|time|sentence)\b|\b(?:got|just got) out of (?:jail|prison)\b",
        r"\b(?:uit de gevangenis|zat vast|vastgezeten|heb gezeten|clean record)\b",
        r"\b(?:rijden onder invloed|drunk driving|drink driving|justitiele documentatie)\b",
        r"\b(?:uit de|in de) (?:bak|bajes|nor|lik)\b|\b(?:gevangenis|jeugdgevangenis|jeugdinrichting|pi \w+|bak|bajes"
        r"|nor) (?:gezeten|beland)\b|\b(?:verleden|ervaring|aanraking|problemen) (?:heb |had )?met (?:justitie"
        r"|de politie|politie)\b|\bjustitieel verleden\b|\b(?:been|gone) through the (?:criminal )?justice system\b"
        r"|\bsuspended sentence\b"
        r"|\bvoorwaardelijke (?:straf|gevangenisstraf|celstraf)\b|\byoung offenders?\b|\bjeugddetentie\b"
        r"|\bvog ?(?:probleem|problemen|issue)\b|\bproblemen met (?:mijn|de|een) vog\b",
        r"\b(?:vog|certificate of conduct|verklaring omtrent (?:het )?gedrag)\b(?: \w+){0,3} (?:refused|denied"
        r"|rejected|turned down|geweigerd|afgewezen|niet (?:gekregen|afgegeven))\b",
        r"\b(?:i have|i've got|i've|ik heb) (?:a |an |een )?(?:criminal |police |justitieel )?(?:record|verleden)\b"
        r"(?! (?:of|in|for|van|label|store|shop|company|bedrijf))",
        r"\b(?:i'm|im|i am|ik ben|ik zit|ik loop) (?:\w+ )?(?:on tag|aan de enkelband|on licen[cs]e|on parole"
        r"|on probation|in detentie|voorwaardelijk vrij)\b",
    ),
}

TERMS: dict[str, tuple[str, ...]] = {
    "age": ("vijftiger", "veertiger", "dertiger", "zestiger", "twintiger", "zeventiger", "gepensioneerd",
            "gepensioneerde", "pensioen", "retired", "retiree", "pensioner", "aow", "aow'er", "oudere werknemer",
            "older worker", "senior citizen", "oudere werkzoekende", "older jobseeker", "plusser", "plussers",
            "50 plus", "55 plus", "60 plus", "65 plus", "50 plusser", "vijftigplus", "vervroegd pensioen",
            "early retirement"),
    "family": ("getrouwd", "gehuwd", "married", "gescheiden", "divorced", "weduwe", "weduwnaar", "widow", "widowed",
               "widower", "samenwonend", "cohabiting", "alleenstaand", "alleenstaande", "mantelzorger",
               "mantelzorg", "huisvrouw", "huisman", "housewife", "homemaker", "tweeling", "twins", "verloofd",
               "fiance", "fiancee", "pleegouder", "pleegmoeder", "pleegvader", "foster parent", "foster carer",
               "co ouderschap", "coouderschap", "co parenting", "co parent", "omgangsregeling",
               "school run", "ouderschapsverlof", "parental leave", "zorgverlof", "carers leave", "carer's leave",
               "pleegkind", "foster child", "kostwinner", "breadwinner"),
    "pregnancy": ("zwanger", "zwangere", "zwangerschap", "pregnant", "pregnancy", "bevallen", "bevalling",
                  "ivf", "icsi", "miskraam", "miscarriage", "borstvoeding", "breastfeeding", "kolven",
                  "uitgerekend", "due in", "kraamtijd", "maternity", "maternity leave", "pregnancy leave",
                  "zwangerschapsverlof", "bevallingsverlof"),
    "health": ("ziek", "chronisch ziek", "ziekte", "reuma", "reumatisch", "artrose", "diabetes", "diabeet",
               "diabetic", "suikerziekte", "burnout", "burn out", "overspannen", "depressie", "depressief",
               "depression", "depressed", "angststoornis", "anxiety", "paniekaanvallen", "ptss", "ptsd", "adhd",
               "autisme", "autism", "autistisch", "autistic", "autist", "asperger", "dyslexie", "dyslexia",
               "dyslectisch", "dyslexic", "dyscalculie", "dyscalculia", "wia", "wao", "wajong", "wajonger",
               "arbeidsongeschikt", "arbeidsbeperking", "beperking", "handicap", "gehandicapt", "disabled",
               "disability", "invalide", "rolstoel", "rolstoelgebruiker", "wheelchair", "doof", "dove", "deaf",
               "slechthorend", "hard of hearing", "blind", "slechtziend", "visually impaired", "ngt", "bipolair",
               "bipolar", "schizofrenie", "schizophrenia", "psychose", "psychosis", "ocd", "epilepsie",
               "epilepsy", "multiple sclerose", "multiple sclerosis", "ms patient", "kanker", "cancer", "chemo",
               "chemotherapie", "chemotherapy", "leukemie", "leukemia", "hiv", "hiv positive", "hiv positief",
               "aids", "hepatitis", "long covid", "post covid", "fibromyalgie", "fibromyalgia", "hernia",
               "rugklachten", "migraine", "astma", "asthma", "copd", "parkinson", "alzheimer", "hartinfarct",
               "heart attack", "hersenletsel", "brain injury", "amputatie", "amputee", "prothese", "verslaafd",
               "verslaving",
               "addicted", "addiction", "alcoholic", "alcoholist", "herstellende", "medicatie", "medication",
               "meds", "medicijnen", "antidepressiva", "mental health",
               "psychische klachten", "mental illness", "chronic illness", "chronic pain", "chronische pijn",
               "dementie", "dementia", "down syndrome", "syndroom van down", "crohn", "lupus", "endometriose",
               "gehoorapparaat", "hearing aid", "verstandelijke beperking", "chronically ill",
               "lichamelijke beperking", "partially sighted", "partially deaf", "hearing impaired", "visueel beperkt",
               "stoma", "krukken", "crutches", "rollator", "wandelstok", "walking stick", "scootmobiel",
               "mobility scooter", "neurodivergent", "heart condition", "hartaandoening", "hartklachten",
               "heart problems", "niet aangeboren hersenletsel", "medical condition", "health condition",
               "health issues", "health problems", "gezondheidsproblemen", "medische aandoening"),
    "sexuality": ("homo", "homoseksueel", "homosexueel", "homosexual", "homofiel", "gay", "lesbisch", "lesbienne",
                  "lesbian", "biseksueel", "bisexual", "bi sexual", "bi seksueel", "queer", "hetero",
                  "heteroseksueel", "heterosexual", "pansexual", "panseksueel", "aseksueel", "asexual",
                  "aromantic", "lhbti", "lhbtiq", "lhbt", "lgbt", "lgbtq", "lgbtqia", "lgbtqi"),
    "gender_identity": ("transgender", "transman", "transvrouw", "transwoman", "trans woman", "trans man",
                        "trans vrouw", "trans persoon", "trans person", "transsexual", "transseksueel",
                        "non binary", "nonbinary", "non binair", "nonbinair", "enby", "agender", "genderfluid",
                        "gender fluid", "genderqueer", "intersex", "intersekse", "interseksueel", "ftm", "mtf",
                        "gender non conforming", "gender nonconforming", "niet binair", "genderneutraal"),
    "origin": ("migratieachtergrond", "migrantenachtergrond", "migration background", "migrant background",
               "afkomst", "afkomstig", "descent", "heritage", "nationaliteit", "nationality", "staatsburger",
               "vluchteling", "refugee", "asielzoeker", "asylum seeker", "statushouder",
               "status holder", "newcomer", "azc", "asielzoekerscentrum", "asylum centre", "asylum center", "migrant",
               "immigrant", "expat", "allochtoon", "allochtone", "nieuwkomer",
               "inburgering", "ingeburgerd", "verblijfsvergunning", "residence permit", "work permit",
               "werkvergunning", "tweede generatie", "second generation", "eerste generatie", "first generation",
               "roma", "sinti", "bicultureel", "biculturele", "person of colour", "person of color",
               "marokkaans", "marokkaanse", "marokkaan", "moroccan", "turks", "turkse", "turk", "turkish",
               "surinaams", "surinaamse", "surinamer", "surinamese", "antilliaans", "antilliaanse", "antilliaan",
               "hindoestaans", "hindoestaanse", "hindoestaan", "syrisch", "syrische", "syrier", "syrian",
               "eritrees", "eritrese", "eritreeer", "eritrean", "pools", "poolse", "polish", "indian", "indiaas",
               "indiase", "indonesisch", "indonesische", "indonesian", "nigeriaans", "nigeriaanse", "nigerian",
               "ghanees", "ghanese", "ghanaian", "koerdisch", "koerdische", "koerd", "kurdish", "kurd", "iraaks",
               "iraakse", "iraqi", "iraans", "iraanse", "iranian", "afghaans", "afghaanse", "afghan", "somalisch",
               "somalische", "somali", "oekraiens", "oekraiense", "ukrainian", "braziliaans", "braziliaanse",
               "brazilian", "chinees", "chinese", "vietnamees", "vietnamese", "filipijns", "filipino",
               "pakistaans", "pakistani", "egyptisch", "egyptian", "roemeens", "romanian", "bulgaars",
               "bulgarian", "hongaars", "hungarian", "litouws", "lithuanian", "russisch", "russian",
               "kaapverdiaans", "latino", "latina", "hispanic", "aziatisch", "asian", "arab", "arabier"),
    "religion": ("moslim", "moslima", "muslim", "muslima", "islamitisch", "islamitische", "islam", "christen",
                 "christian", "christelijk", "christelijke", "katholiek", "katholieke", "rooms katholiek",
                 "catholic", "protestant", "protestants", "protestantse", "gereformeerd", "gereformeerde",
                 "hervormd", "hervormde", "evangelisch", "evangelische", "evangelical", "baptist", "joods",
                 "joodse", "jood", "jewish", "jew", "orthodox", "hindoe", "hindu", "hindoeistisch", "sikh",
                 "boeddhist", "boeddhistisch", "buddhist", "atheist", "atheistisch", "agnost", "agnostic",
                 "gelovig", "gelovige", "religious", "religieus", "mormoon", "mormon", "hoofddoek", "hijab",
                 "headscarf", "niqab", "boerka", "keppel", "keppeltje", "kippa", "kippah", "yarmulke", "sluier",
                 "tulband", "turban", "sjabbat", "sabbat",
                 "shabbat", "sabbath", "ramadan", "gebedsruimte", "prayer room", "parish", "parochie", "kerk",
                 "church", "moskee", "mosque", "synagoge", "synagogue", "afvallig", "bekeerd",
                 "converted", "pinkstergemeente", "gebed", "prayer", "praying", "anglican", "anglicaans",
                 "anglicaanse", "methodist", "pentecostal", "quaker", "born again", "wedergeboren", "vastenmaand",
                 "fasting month", "iftar", "suikerfeest", "offerfeest", "eid", "diwali"),
    "political": ("communist", "communistisch", "socialist", "socialistisch", "anarchist", "anarchistisch",
                  "libertarian", "libertair", "conservatief", "conservative", "feminist",
                  "feministe", "activist", "activiste", "extinction rebellion", "black lives matter", "zionist",
                  "nationalist", "populist", "marxist", "fascist", "brexit", "brexiteer", "remainer", "voter",
                  "kiezer", "demonstrant", "pro palestine", "pro palestina", "pro israel", "pvv", "vvd", "d66",
                  "cda", "pvda", "groenlinks", "bbb", "sgp", "christenunie", "pvdd", "ja21", "fvd", "bij1",
                  "tory", "tories", "ukip", "green party", "republican", "democrat", "maga",
                  "communisten", "socialisten", "ncpn"),
    "union": ("vakbond", "vakbondslid", "vakbondsleden", "union", "unions", "trade union", "unionist",
              "trade unionist", "vakbondsman", "vakbondsvrouw", "fnv", "cnv", "aob",
              "vnv", "unison", "gmb", "kaderlid", "staking", "stakingen",               "union rep", "shop steward"),
    "criminal_record": ("strafblad", "criminal record", "veroordeling", "veroordeeld", "convicted", "conviction",
                        "gevangenis",
                        "prison", "jail", "bajes", "gedetineerd", "gedetineerde", "detentie", "offender",
                        "vrijgelaten", "enkelband", "ankle tag", "ankle monitor", "taakstraf", "werkstraf",
                        "community service", "reclassering", "probation", "parole", "dui", "misdrijf", "criminal",
                        "released", "relased",
                        "vrijgekomen", "ex gedetineerde", "oud gedetineerde"),
}

# Too common alone: they count only when a frame ties them to the person.
BOUND: dict[str, tuple[str, ...]] = {
    "health": ("ms", "cvs", "add", "stroke", "patient", "patiente", "ill", "sick", "prep", "nah", "aandoening", "sober",
               "recovering", "survivor"),
    "sexuality": ("bi", "straight"),
    "gender_identity": ("trans", "female", "male", "transitie", "transition"),
    "religion": ("halal", "kosher", "koosjer", "geloof", "faith"),
    "origin": ("black", "zwart", "zwarte", "wit", "white", "getint", "nederlandse", "dutch", "national", "citizen",
               "syrie", "syria", "eritrea", "nigeria", "ghana", "indonesie", "indonesia", "oekraine", "ukraine",
               "marokko", "morocco", "turkije", "turkey", "polen", "poland", "india", "suriname", "curacao",
               "aruba", "antillen", "afghanistan", "irak", "iraq", "iran", "somalie", "somalia", "ethiopie",
               "ethiopia", "soedan", "sudan", "china", "vietnam", "filipijnen", "philippines", "pakistan",
               "bangladesh", "egypte", "egypt", "algerije", "algeria", "tunesie", "tunisia", "koerdistan",
               "kurdistan", "brazilie", "brazil", "colombia", "venezuela", "roemenie", "romania", "bulgarije",
               "bulgaria", "hongarije", "hungary", "litouwen", "lithuania", "rusland", "russia", "kaapverdie",
               "congo", "kenia", "kenya", "jemen", "yemen", "libie", "libya", "sri lanka", "nepal", "nederland",
               "netherlands", "holland"),
    # Party names only: "left", "right", "green" and "party" say nothing alone ("I'm right for this role",
    # "active in green energy"); a political leaning is a phrase ("ik ben links", "I'm left-wing").
    "political": ("sp", "volt", "denk", "nsc", "reform", "labour"),  # "construction labour" is work
    "union": ("unite", "bond", "strike", "striking", "picket"),
    "criminal_record": ("fraude", "fraud", "crime", "theft", "diefstal"),
}

# Parts of compounds: "hoogzwanger", "zwangerschapsverlof", "vakbondslid", "pilotenvakbond".
STEMS: dict[str, tuple[str, ...]] = {
    "pregnancy": ("zwanger",),
    "health": ("reuma", "diabet", "epilep", "autis", "depress", "dementie", "-patient", "-patiente", "-patienten",
               "-aandoening", "-ziekte", "-letsel"),
    "sexuality": ("homoseks", "biseks", "lesbi"),
    "gender_identity": ("transgender",),
    "religion": ("moslim", "islamit", "katholiek", "joodse", "christen"),
    "political": ("activist", "partijlid"),
    "union": ("vakbond", "vakbonds"),
    "criminal_record": ("gevangenis", "gedetineer", "veroordeel", "strafblad"),
}

# Terms that also name a field of work: next to an occupation in a bracket or an "en/and" list
# they are its subject ("begeleider (autisme)", "tolk Turks en Arabisch"), not the writer's. Every
# other term there still describes the person ("kok (transgender)").
TOPICAL = frozenset(
    "autisme autism dementie dementia diabetes kanker cancer hiv aids verslaving addiction mental health ggz "
    "depressie depression epilepsie epilepsy beperking disability handicap doof deaf blind ngt islam "
    "geloof faith kerk church moskee mosque synagoge synagogue ramadan zwangerschap pregnancy maternity ivf "
    "borstvoeding breastfeeding bevalling inburgering refugee vluchteling statushouder "
    "status holder asielzoeker asylum seeker migrant immigrant expat turks turkish pools polish arab chinees "
    "chinese vakbond union unions trade union staking strike politiek gevangenis prison reclassering "
    "probation parole detentie crime criminal fraude fraud diefstal theft lhbti lhbtiq lhbt lgbt lgbtq lgbtqia "
    "lgbtqi adhd add dyslexie dyslexia burnout pensioen pension aow medicatie medication medicijnen rolstoel maternity "
    "wheelchair astma asthma copd plusser plussers vijftigplus ouderschapsverlof zorgverlof zwangerschapsverlof "
    "bevallingsverlof".split()) | {"50 plus", "55 plus", "60 plus", "65 plus", "50 plusser", "parental leave",
                                  "maternity leave", "carers leave", "carer's leave"}

# Statements said indirectly (``idioms``) count as phrases too.
PHRASES = {category: patterns + IDIOMS.get(category, ()) for category, patterns in PHRASES.items()}
TERMS = {category: terms + glossary.TERMS.get(category, ()) for category, terms in TERMS.items()}
