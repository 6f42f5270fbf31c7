"""Words the interest-text reader needs: spellings it folds together, place names that are also
everyday words, and everyday words that lie one typo away from a place name.

Kept apart from ``interest_text`` so the rules there stay readable; everything here is data.
"""

from __future__ import annotations

import re

# Spellings (lower case, one token as the reader splits text) read as one canonical word.
CANON: dict[str, str] = {
    "part-time": "parttime", "parttimer": "parttime", "part-timer": "parttime",
    "deeltijd": "parttime", "deeltijds": "parttime", "parttijd": "parttime",
    "full-time": "fulltime", "fulltimer": "fulltime", "full-timer": "fulltime",
    "voltijd": "fulltime", "voltijds": "fulltime", "fulltijd": "fulltime",
    "pt": "parttime", "ft": "fulltime",  # "pt baan", "remote only, ft" (lower case only: CASED)
    "uur": "uur", "uren": "uur", "u": "uur", "h": "uur", "hr": "uur", "hrs": "uur",
    "hour": "uur", "hours": "uur", "uurtjes": "uur",
    "km": "km", "kms": "km", "kilometer": "km", "kilometers": "km", "kilometre": "km",
    "kilometres": "km",
    "min": "min", "mins": "min", "minuten": "min", "minutes": "min", "minute": "min",
    "minuut": "min", "minuutjes": "min",
    "weekend": "weekend", "weekends": "weekend", "weekenden": "weekend", "zaterdag": "weekend",
    "zaterdagen": "weekend", "zaterdags": "weekend", "zondag": "weekend", "zondagen": "weekend",
    "zondags": "weekend", "saturday": "weekend", "saturdays": "weekend", "sunday": "weekend",
    "sundays": "weekend", "weekenddiensten": "weekend", "weekenddienst": "weekend",
    "weekendwerk": "weekend", "weekendbaan": "weekendjob", "weekendbaantje": "weekendjob",
    "weekendjob": "weekendjob", "weekendbaantjes": "weekendjob",
    "avond": "evening", "avonden": "evening", "avonds": "evening", "avonddienst": "evening",
    "avonddiensten": "evening", "avondwerk": "evening", "evening": "evening",
    "evenings": "evening", "avondje": "evening",
    "nacht": "night", "nachten": "night", "nachts": "night", "nachtdienst": "night",
    "nachtdiensten": "night", "nachtwerk": "night", "night": "night", "nights": "night",
    "nightshift": "night", "nightshifts": "night", "overnight": "night",
    "overdag": "day", "daytime": "day", "dagdienst": "day", "dagdiensten": "day",
    "remote": "remote", "remotely": "remote", "thuiswerken": "remote", "thuiswerk": "remote",
    "thuiswerker": "remote", "telewerken": "remote", "wfh": "remote", "homeoffice": "remote",
    "hybride": "hybrid", "hybrid": "hybrid", "hybridly": "hybrid",
    "on-site": "onsite", "onsite": "onsite", "in-person": "onsite", "op-locatie": "onsite",
    "engelstalig": "lang_en", "engelstalige": "lang_en", "english-speaking": "lang_en",
    "english-language": "lang_en", "engelssprekend": "lang_en", "engelssprekende": "lang_en",
    "nederlandstalig": "lang_nl", "nederlandstalige": "lang_nl", "dutch-speaking": "lang_nl",
    "dutch-language": "lang_nl", "nederlandssprekend": "lang_nl",
    "duitstalig": "lang_de", "duitstalige": "lang_de", "german-speaking": "lang_de",
    "rondom": "rond", "around": "rond", "near": "rond", "nearby": "rond", "nabij": "rond",
    "omstreken": "omgeving", "surroundings": "omgeving", "regio": "regio", "region": "regio",
    "area": "regio", "dichtbij": "rond", "buurt": "buurt",
    "only": "alleen", "uitsluitend": "alleen", "enkel": "alleen", "exclusively": "alleen",
    "except": "behalve", "zonder": "geen", "without": "geen", "no": "geen", "not": "geen",
    "niet": "geen", "never": "geen", "nooit": "geen",
    "about": "ongeveer", "approximately": "ongeveer", "approx": "ongeveer", "circa": "ongeveer",
    "ca": "ongeveer", "zo'n": "ongeveer",
    "maximaal": "max", "maximum": "max", "hooguit": "max", "hoogstens": "max",
    "minimaal": "minst", "minimum": "minst", "minstens": "minst", "least": "minst",
    "within": "binnen", "dagen": "dag", "days": "dag", "day": "dag",
}

# Short forms read so only as written in lower case: "PT" is a personal trainer, "FT" a newspaper.
CASED: frozenset[str] = frozenset({"pt", "ft"})

# Canonical words a typo may reach (edit distance 1 from 5 letters, 2 from 9): the hours words
# people misspell most. Schedule words are left out on purpose: "avonden" is one letter from
# "vonden" and "nachten" from "wachten".
FUZZY_KEYWORDS: dict[str, str] = {
    "parttime": "parttime", "fulltime": "fulltime", "deeltijd": "parttime",
    "voltijd": "fulltime", "thuiswerken": "remote", "engelstalig": "lang_en",
    "nederlandstalig": "lang_nl",
}

# Words that may stand right before a place ("in Best", "rond Ede", "km van Epe", "or Leiden").
PLACE_CUES = frozenset({
    "in", "rond", "omgeving", "regio", "buurt", "bij", "te", "van", "vanuit", "uit", "naar",
    "to", "of", "or", "from", "en", "and", "binnen",
})

# Place names that are everyday Dutch or English words ("dieren" = animals, "best", "made",
# "goes", "leiden" = to lead, "houten" = wooden): read as a place only when written with a
# capital right after a cue word, and never reached by a typo.
COMMON_WORD_NAMES = frozenset(
    "axel balk bergen best borne buitenpost delft dieren doorn duiven echt flushing gieten goes"
    " goor grave gulpen haren hoorn horst houten huizen kampen leek leiden losser made putten"
    " rijen sluis stein tegelen vries weert".split())

# A place name plus one of these is its adjective or demonym ("Haagse", "Utrechtse",
# "Groninger"), never a typo of the place.
NAME_SUFFIXES = ("s", "se", "sche", "er", "ers", "e")

# First parts of hyphenated names ("Zuid-Holland"), which may be typed apart and misspelt.
NAME_PREFIXES = frozenset({"noord", "zuid", "oost", "west", "nieuw", "oud", "sint"})

# Words said around a place or a wish that mean nothing on their own; trimmed from the rest.
CONNECTORS = frozenset({
    "in", "of", "or", "en", "and", "van", "bij", "te", "near", "ergens", "somewhere",
    "anywhere", "max", "maximaal", "binnen", "within", "to", "naar", "het", "per", "week",
    "liefst", "preferably", "graag", "please", "aub", "ok", "okay", "fine", "prima", "mag",
    "ook", "zijn", "are", "is", "zou", "ideaal", "ideal", "rond", "around", "alleen", "only",
    "zo'n", "ongeveer", "about",
})

# Openings that say "I am looking for" and nothing about the work.
OPENINGS = (
    "hallo", "hoi", "hi", "hello", "hey", "goedemiddag", "goedemorgen",
    "ik ben op zoek naar", "ik ben op zoek", "ik zoek", "zoek", "op zoek naar",
    "i am looking for", "i'm looking for", "im looking for", "looking for", "looking",
    "werk gezocht", "gezocht",
)

# Phrasings, as regular expressions over the canonical words above joined by single spaces
# ("max 25km" reads "max 25 km", "part-time" reads "parttime", "24-32u" reads "24 - 32 uur").
NUM = r"\d+(?:\.\d+)?"
RADIUS_QUALIFIER = (r"binnen(?: een straal van)?|max(?: \.)?|tot|up to|less than|minder dan"
                    r"|no more than|not more than|straal van|radius of")
TRAVEL_MODES = (
    r"(?P<mode>(?P<bike>fietsen|fiets|cycling|bike|by bike|met de fiets)|(?P<foot>lopen|lopend"
    r"|walking|on foot|te voet)|reizen|reistijd|travel|travelling|traveling|rijden|drive"
    r"|driving|by car|met de auto|auto|ov|commute|commuting)")
SPEEDS_KMH = {"bike": 15, "foot": 5, "other": 60}
RADIUS_KM = (rf"(?:(?:{RADIUS_QUALIFIER}) )?(?P<n>{NUM}) km"
             r"(?: (?:radius|straal|reisafstand|afstand|rond|van|vanaf|vanuit|of|from))?")
RADIUS_TIME = (
    rf"(?:(?P<q>{RADIUS_QUALIFIER}) )?(?:(?P<n>{NUM}) min|(?:een |an )?(?P<half>half (?:an )?uur"
    r"|halfuur)|(?:een |an )?(?P<quarter>kwartier)|(?P<hour>een|an) uur)"
    rf"(?: {TRAVEL_MODES})?(?: (?P<to>van|vanaf|vanuit|of|from))?")
PER_WEEK = r"(?P<w> (?:per week|a week|in de week|per wk|pw|p / w|weekly|p \. w \.?))?"
HOURS_RANGE = (rf"(?:(?:tussen|between|van|from) )?(?P<a>{NUM}) (?:uur )?"
               rf"(?:-|–|tot|to|a|à|en|and|t / m) (?P<b>{NUM}) uur{PER_WEEK}")
HOURS_ONE = (r"(?:(?P<q>max(?: \.)?|tot|up to|minst|at minst|ten minst|min|ongeveer|rond) )?"
             rf"(?P<a>{NUM}) uur{PER_WEEK}")
NOT_WEEKLY = r" (?:per|a|each|in de|een) (?:dag|maand|month|jaar|year)(?!\S)"
CLOCK_OR_DEADLINE = frozenset({"binnen", "om", "at", "na", "after", "in", "by", "voor", "before"})
FTE = rf"(?P<a>{NUM}) fte"
DAYS = (r"(?P<a>[1-7]|een|twee|drie|vier|vijf|one|two|three|four|five) dag"
        r" (?:per week|a week|in de week|per wk|pw|in the week)")
DAY_COUNT = {"een": 1, "one": 1, "twee": 2, "two": 2, "drie": 3, "three": 3, "vier": 4,
             "four": 4, "vijf": 5, "five": 5}
HOURS_LABEL = r"(?P<l>parttime|fulltime)|(?P<pf>part|full) time"
SCHEDULE = (
    r"(?:(?P<neg>geen|(?:alles )?behalve|liever geen|rather geen)"
    r" (?:(?:in|op|at|de|het|the|during) ){0,2})?(?:' s )?"
    r"(?P<tag>weekendjob|weekend(?P<job> job| jobs| baan| baantje)?|evening|night|day"
    r"|during the dag|dag (?:shift|shifts|diensten|dienst))"
    r"(?: (?:shift|shifts|diensten|dienst|werk|work|uren))?(?P<only> alleen)?")
REMOTE_NO = (r"geen (?:remote|hybrid|thuis werken)|onsite|op locatie|on site|op kantoor"
             r"|in the office|in office|on location|in person|op de werkvloer")
HYBRID = r"hybrid|(?:deels|gedeeltelijk|partly|partially) (?:thuis|remote|from home)"
REMOTE = (r"(?:(?:fully|volledig|helemaal|full|100 %) )?(?:remote|thuis werken|(?:werken )?"
          r"vanuit (?:huis|thuis)|van huis uit|(?:work |working )?from home|op afstand)")
LANGUAGE = (
    r"lang_(?P<t>en|nl|de)|(?P<en>english speaking|in english|in het engels|engels sprekende?)"
    r"|(?P<nl>dutch speaking|in dutch|in het nederlands|nederlands sprekende?)")
# The words before a place that go with it ("in", "rond", "in de buurt van"), and after it.
NEAR_BEFORE = (
    r"(?<!\S)(?:(?:(?:in de|in the|of|en|or|and|ergens|somewhere) )?(?:buurt|rond|omgeving"
    r"|regio|close to)(?: (?:van|of|to))?|(?:(?:ergens|somewhere|anywhere) )?(?:in|bij|te)) $")
NEAR_AFTER = r" (?:(?:of|en|and|or|e) )?(?:omgeving|regio|e \. o \.|eo)(?!\S)"
NEAR_WORDS = r"buurt|rond|omgeving|regio|close|eo|e \. o"

# How text is cut: numbers ("0,6"), "'s-Hertogenbosch", words with inner hyphens or apostrophes,
# and single marks.
PIECES = r"\d+(?:[.,]\d+)?|'s-?[^\W\d_]+(?:-[^\W\d_]+)*|[^\W\d_]+(?:['’-][^\W\d_]+)*|[^\s\w]"
OPENING = r"^(?:[\W_]*(?:" + "|".join(map(re.escape, OPENINGS)) + r")(?![\w'])[\W_]*)+"

# Everyday Dutch and English words within the typo distance of a place name (not one of the
# names above). They are never read as a misspelt place. Listed from wordfreq 3.1.1: every
# word with a Zipf frequency of at least 2.5 in Dutch or English, 5 letters or more, that is
# not itself a name or a name's adjective and lies within the typo distance of a name of 5
# letters or more; "gravenhage", "gravenzande" and "zealand" are kept out as real spellings.
NOT_PLACES = frozenset("""
aalter aandringen aarden aardenburg almaar alsmaar armere aspen assed assent asser asses asset
asten baard baarden baars baart baren barger barns bassen bedel bedwingen beelen beethoven begum
beiden belde belemmerd belemmert bellen beloningen belsen benthuizen berger berkum beschoten
beulen blade bladed bladen blader blades blaren boden bommel bommen booger borden border borer
borgen borges brabantia brachten bread brede brenda brielse broden brommen bruinvissen buidel
bundel burger capelle cleveland corden dachten dassen debiet debit deelde deere deuren dienen
diepen dieten dieven dimmen dingen doden drente drenth drentsche drentse drongen dronken drukten
drummen drunken dungen dwongen earns eefde eelke eerde elsen emden emmer emmet essen estland
evenaar evere forger foxtel freda fronten gabrielle garen gassen gedrongen geelen geert geilen
geist gelde gelden gelders geleden geleend gelegen gelezen gemeen gemept gemerkt goden gollum
gorcum goude grachten grauw grimbergen groninger groningers groningse group grout haamstede
haarden haarle haastrecht harbinger hards hares haringen harlem harms harnas harps hatter
haulerwijk heden heere heeren heerenberg heersen heist heleen hellingen helmand helsen hemert
hemmen hengel hengels hennep herbergen heusden hoest holden holen hollen hollum holst holte
holtes holton hoofddoek hoofddoel horden horns hosten huist hurst huurlingen iersel jaren jassen
jochem joden jongen jouwe kapellen karen kassen katendrecht keerde keppel kiemen klaren knits
koerden koest kommen krachten krachtens kralingen kruijswijk kruisingen laden lagen laken
landingen lanen larsen larven lasse lassen laten lauren lazen leerde leeuwarder lemme lemmet
lennep leren leuningen lijmen lijnrecht linschoten lisle lissa loden lommer longen loodrecht
loren losse luisteren maarn maarsbergen maassen maren matrassen meerde melde memmen menlo meppen
middelbare middlebury moerassen moest molten montfort moordrecht mourik naalden nederhemert
nederland niekerk noden noordelijk onderwater oogstfeest oomen oorden oorschot oosterwijk
oostkapelle opdrachten orden ossen oudenburg oudheusden ought overschot paarden pakhuizen paren
passen peilen penningen posterholt raakte raapte raden rassen reden reist remmen remmer riemen
riessen rijlessen rodenburg rodent rodeo roder rodin roeden roest rogen roken rolden ronden
rondingen rosen rotherham rouen roven royen rozen rozendaal runen sassen schaden schaken schalen
schamen schapen scharen schaven scheveningse schoonheden shits skits sleek sleeuwijk slijmen
slits smeek smeren smits sneak sneed sneep sneer snoek soeren sommen spanningen spits steek
steenderen steenrijke steentijd stompwijk stuiteren suits tassen tegel telde tello temmen tepel
teteringen tidewater tilbury tongen toure trachten trachtten trainingen treuzelen trouw ubbergen
uitbuiten uithuilen uitpluizen units valls vandenberg varen veered veerle veers veerse veert
veilen velde velden velen velgen vellen velzen venhuizen vennep verbergen verdringen verneuken
verre verschoten veurne vials vierden vinnen vodden voeden voerden voerendaal vollenhoven vonden
voorbarig voorschot voren vorken vormden vormen vrachten vrouw waals waalse waarden wageningse
waren warns warnsveld wassen wasteland watergangen waterwegen weelde weeps weest weigerden
wemmel wendingen werden werkenden westerbeek westerwolde wetland wezel wezen wieden wierde
wieringen wierpen wilsum wisse wisselaar woeden woest woorden worden yarns youre zandhoven
zeelandia zegeningen zeikt zeilen zeilt zeiss zemst zendingen zoden zongen zwijgrecht zwoele
zwolse
""".split())
