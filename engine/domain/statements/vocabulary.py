"""The words around a statement: who it is about (frames) and what is about the work: reviewed data.

Normalised like the lexicon (lower case, no accents, hyphens between letters read as spaces).
The occupation vocabulary is this list plus the occupations and sectors of the taxonomy
(``engine/domain/taxonomy/data``), less any word the lexicon holds: "tolk", "verpleegkundige",
"organiser" mark a clause as being about the work, so "tolk Arabisch" is an interest.
"""

from __future__ import annotations

_RELATIVE = (r"(?:man|vrouw|partner|zoon|dochter|kind|broer|zus|zuster|vader|moeder|pa|ma|dad|mum|mom|son|daughter"
             r"|brother|sister|husband|wife|father|mother|buurman|buurvrouw|neighbour|neighbor|friend|vriend|vriendin"
             r"|oom|tante|neef|nicht|opa|oma|cousin|uncle|aunt|grandson|granddaughter|kleinzoon|kleindochter"
             r"|boyfriend|girlfriend|child|kid|nephew|niece|grandmother|grandfather|stiefzoon|stiefdochter|stepson"
             r"|stepdaughter|echtgenoot|echtgenote|spouse|schoonzoon|schoondochter|collega|colleague)")

# "Namens mijn broer:", "On behalf of my neighbour –": who the interest is for, never the interest.
BEHALF = (rf"^(?:voor|namens|for|on behalf of|in name of) (?:mijn|my|m'n|onze|our|een|a|an) (?:\w+ )?{_RELATIVE}s?"
          r"(?: (?:van|of) \w+)?$")

# A frame ties what follows to a person: the writer ("ik ben", "I have", "als") or someone close to
# them ("mijn zoon", "who is"). What follows within a few words, with no occupation between, is
# said about that person.
PERSON_FRAMES = (
    r"\b(?:ik ben|ik was|ik heb|ik had|ik zit|ik lijd|ik kom|ik voel me|ik identificeer me als|ik word|ik draag"
    r"|i'm|im|i am|i was|i have|i've|i had|i suffer|i identify as|i live with|i wear|i've been"
    r"|diagnosed with|gediagnosticeerd met|lijd aan|suffer from|suffering from|last van|zelf|myself|mezelf)\b",
    r"^(?:ben|heb|had|zit|was|am|als|as an?|being|draag|wear|wearing)\b",
    rf"\b(?:mijn|my|m'n|onze|our|zijn|haar|his|her) (?:\w+ )?{_RELATIVE}s?\b",
    r"\b(?:he's|she's|he is|she is|hij is|zij is|ze is|who is|who's|who has|die is|die heeft|hij heeft|zij heeft"
    r"|ze heeft|he has|she has|they are|they're|we're|we are|wij zijn|we zijn)\b",
    r"\b(?:mij|me)$|\bbegeleidt (?:mij|me)\b",
    # a Dutch subordinate clause puts the verb last: "aangezien ik slechtziend ben", "omdat mijn man MS heeft"
    r"\b(?:omdat|aangezien|doordat|want|nu|sinds|zolang|mits) (?:ik|hij|zij|ze|mijn \w+|m'n \w+)\b",
)

# Frames that tie only one category's words to the person.
CATEGORY_FRAMES: dict[str, tuple[str, ...]] = {
    "origin": (r"\b(?:from|uit|vanuit|born in|geboren in|raised in|grew up in|grown up in"
               r"|opgegroeid in|gevlucht uit|fled|fled from|roots in"
               r"|afkomstig|nationaliteit|nationality|citizen|national)\b",),
    "political": (r"\b(?:lid|member|stem|vote|voted|voter|kiezer|actief|active|supporter|aanhanger|bestuur|board"
                  r"|councillor|councilor|raadslid|gemeenteraadslid|wethouder|afdeling|branch)\b",),
    "union": (r"\b(?:lid|member|kaderlid|aangesloten|belong|belongs|ledenlijst)\b",),
    "religion": (r"\b(?:eet|eat|eats|keep|keeps)\b",),
    "health": (r"\b(?:heb|have|has|heeft|had)\b",),
    "sexuality": (r"\b(?:ben|am|is)\b",),
}

# Words that stand for the people a job is for: "begeleider mensen met autisme", "youth worker for
# refugees" — a condition or origin after them describes the clients, not the writer.
TARGET_GROUPS = frozenset(
    "mensen people persons personen adults volwassenen kinderen children kids jongeren youth young ouderen elderly "
    "older clients clienten client patienten patients patient families gezinnen vrouwen women mannen men "
    "vluchtelingen refugees statushouders migranten migrants gedetineerden prisoners offenders students studenten "
    "leerlingen pupils residents bewoners doelgroep cliënten survivors moeders mothers vaders fathers ouders parents "
    "baby's babies zwangeren pregnant_women nieuwkomers newcomers tieners teenagers tienermoeders pubers "
    "adolescents".split())

# A question whether the employer takes on people such as the writer: "do you accept people with a
# record?", "nemen jullie ook mensen met een strafblad aan?" — the people are the writer, not clients.
ASKS_FOR_SELF = (r"\b(?:do|would|will|does|can|could) (?:you|u|they|your company|employers) (?:\w+ )?"
                 r"(?:accept|hire|take|employ|consider|allow|work with)\b"
                 r"|\b(?:nemen|neemt|accepteren|accepteert|willen|wil) (?:jullie|u|ze|werkgevers) (?:ook |wel )?"
                 r"(?:mensen|iemand|personen)\b")

# Nouns that make a word of origin or belief before them about a thing: "Indian cuisine", "Jewish school".
THINGS = frozenset("cuisine keuken restaurant food eten gerechten market markt school basisschool church kerk "
                    "community gemeenschap culture cultuur studies history geschiedenis literature literatuur "
                    "language taal organisation organization organisatie club vereniging shop winkel supermarket "
                    "supermarkt bakery bakkerij newspaper krant broadcaster omroep charity stichting toko slagerij "
                    "snackbar catering takeaway service services dienst diensten centre center centrum team "
                    "department afdeling sector unit ward clinic kliniek godsdienst godsdienstonderwijs religion "
                    "religie theology theologie les lessen onderwijs education kunst art muziek music recht law "
                    "studie discrimination discriminatie equality gelijkheid rights rechten relations relaties "
                    "negotiations onderhandelingen overleg liaison affairs zaken bar pub cafe hotel magazine "
                    "tijdschrift nightclub sauna".split())

# What a union job is: work under a union contract ("union jobs", "union work", "union site"), sought
# like any other work; the word says nothing about the writer's membership.
UNION_WORKPLACES = frozenset("job jobs work werk shop shops position positions site sites contractor contractors "
                             "rates wages scale crew crews".split())

# Occupations and roles beyond the taxonomy, and the heads of compounds that make them
# ("GGZ-verpleegkundige", "vakbondsjurist", "zwangerschapsgymnastiek", "dementiezorg").
OCCUPATIONS = frozenset(
    "tolk vertaler translator interpreter docent leraar lerares leerkracht teacher lecturer instructor instructeur "
    "trainer coach adviseur adviser advisor consultant consulent counsellor counselor therapist therapeut officer "
    "nurse verpleegkundige verpleger verzorgende verzorger begeleider woonbegeleider worker werker medewerker "
    "assistent assistente assistant coordinator coördinator coordinater organiser organizer bestuurder jurist lawyer "
    "advocaat paralegal arts doctor psychologist psycholoog chaplain pastor koster researcher onderzoeker analist "
    "analyst engineer developer ontwikkelaar technician technicus specialist manager caseworker voorlichter "
    "clerk driver chauffeur planner inspector inspecteur agent trainee stagiair intern kok cook chef bediening "
    "receptionist receptioniste secretaresse boekhouder accountant monteur elektricien electrician loodgieter "
    "plumber schilder timmerman lasser kapper kapster barista bartender verkoper verkoopmedewerker sales "
    "magazijnmedewerker beveiliger guard logopedist fysiotherapeut midwife verloskundige kraamverzorgende "
    "helpline staff patrol marketeer designer ontwerper tester administrator beheerder operator bouwer hovenier "
    "gardener cleaner schoonmaker porter helpdesk support imam rabbi rabbijn priester priest pastoor dominee "
    "predikant delivery bezorging bezorger koerier courier official officials verger consultancy consulting "
    "tutor hulp".split())

OCCUPATION_SUFFIXES = (
    "kundige", "werker", "docent", "leraar", "adviseur", "adviser", "advisor", "consulent", "coach", "begeleider",
    "therapeut", "assistent", "assistente", "bestuurder", "jurist", "advocaat", "arts", "zorg", "wezen",
    "gymnastiek", "monteur", "chauffeur", "medewerker", "specialist", "analist", "officer", "verzorgende",
    "verzorger", "instructeur", "trainer", "deskundige", "recht", "beleid", "onderzoeker", "voorlichter",
    "coordinator", "manager", "nurse", "worker", "teacher", "bewaarder", "bewaker", "ambtenaar", "beambte",
    "agent", "personeel", "begeleiding", "yoga", "les", "lessen", "cursus", "training",
)

# A work frame makes what follows the subject of the job: "werken met ouderen", "working with".
WORK_FRAMES = (r"\b(?:werken (?:graag |het liefst )?met|werk (?:graag |het liefst )?met|working with|work with"
               r"|begeleiding van|begeleider van|support for"
               r"|voor mensen met|for people with|for adults with|for children with|specialised in"
               r"|gespecialiseerd in)\b|\b(?:bij|at|for|voor) (?:een|a) (?:\w+ )?(?:bond|vakbond|union"
               r"|kerk|church|moskee|mosque|partij|party|synagoge|synagogue|parochie|parish)\b")

# Words that make a clause about the job sought (so a clause next to a statement stays).
INTEREST = frozenset(
    "werk werken baan baantje bijbaan bijbaantje job jobs work role roles position positions post functie vacature "
    "stage internship apprenticeship traineeship opleiding zoek zoekt zoeken looking seek seeking seeks want wants "
    "wil interesse interested interest beschikbaar available inzetbaar fulltime parttime full part uur uren hours "
    "hrs dagen days remote thuiswerk thuis home overdag nights nachten nachtdienst avonddienst avond avonden "
    "weekend weekends ploegendienst shifts shift diensten flexibel flexible relocate verhuizen regio area omgeving "
    "buurt uitdaging challenge carriere career slag salaris salary contract tijdelijk temporary permanent freelance "
    "zzp dichtbij close dagdienst dagdiensten daytime dayshift spreek spreekt speak speaks vloeiend fluent fluently "
    "tweetalig bilingual talen languages werkplek workplace anywhere overal zone zones location locatie "
    "commute contracts contracten nulurencontract oproepcontract flexcontract uitzendcontract".split()) | frozenset(
    # what the person brings to the work: "met VCA", "3 yrs exp", "MIG/TIG certified"
    "vca rijbewijs certificaat certificate certified gecertificeerd license licence licensed ervaring "
    "werkervaring experience exp ervaren experienced cscs sia bhv ehbo registered geregistreerd".split())

# A remark about telling, not about the work: beside a statement it goes with it ("ik ben bi, dat
# wil ik gewoon even eerlijk zeggen", "I'm a Sikh, in case that matters", "voor de duidelijkheid").
META = (r"\b(?:if|in case) (?:that|it|this) (?:matters|helps|is relevant)\b|\bin case (?:\w+ ){0,4}matters\b"
        r"|\b(?:als|mocht) (?:dat|het) (?:\w+ )?(?:uitmaakt|uit maakt|relevant is|belangrijk is)\b"
        r"|\bvoor de duidelijkheid\b|^(?:lang geleden|long ago|years ago|jaren geleden|al lang geleden)$"
        r"|\b(?:for|just so) (?:the record|you know|what it'?s worth|transparency)\b"
        r"|\b(?:might|may) as well (?:say|tell|mention|be honest)\b|\b(?:eerlijk|open|openlijk|gewoon) (?:\w+ )?"
        r"(?:zeggen|vertellen|melden|noemen|gezegd|verteld|gemeld|vermeld)\b"
        r"|\b(?:wanted|want|wanna) to (?:mention|say|be (?:honest|upfront|open))\b"
        r"|^(?:to be honest|to be upfront|eerlijk gezegd|btw|trouwens|zeg ik er maar even bij|ja echt|yes really"
        r"|echt waar|no joke|seriously|serieus|haha|lol)$"
        r"|^(?:hope|hoop) (?:that'?s|thats|that is|dat is|dat het) (?:ok|okay|fine|alright|goed|oke|ok is)$"
        r"|\bif you (?:catch my drift|know what i mean)\b")

# Schedule and place words: what a negative consequence ("dus liever geen ploegendienst") keeps.
SCHEDULE = frozenset(
    "fulltime parttime uur uren hours hrs dagen days remote thuiswerk overdag nights nachten nachtdienst "
    "avonddienst avond avonden weekend weekends ploegendienst shifts shift diensten flexibel flexible regio area "
    "omgeving dagdienst dagdiensten daytime dayshift ochtend ochtenden morning mornings middag middagen afternoon "
    "afternoons evening evenings maandag dinsdag woensdag donderdag vrijdag zaterdag zondag monday tuesday "
    "wednesday thursday friday saturday sunday vrijdagmiddag vrijdagavond vrij off verlof leave thuis home weekdays "
    "weekday werkdagen doordeweeks finish start schooltijden schooluren".split())

NEGATIONS = frozenset("geen niet no not never nooit cannot can't kan zonder without".split())

# A clause made of one of these and a colon is a label: "Leeftijd: 56", "Politiek: links".
LABELS = frozenset(
    "leeftijd age nationaliteit nationality politiek politics religie religion geloof geslacht gender ps "
    "gezondheid health burgerlijke staat achtergrond background afkomst origin".split()) | {
    "over mij", "about me", "about myself", "persoonlijk", "personal", "personalia", "prive", "privé", "private",
    "persoonlijke gegevens", "personal details", "personal info"}

# A form field whose label names the kind of statement: its value is one, whatever it says
# ("Strafblad: nee", "Kinderen: 4", "Party: Labour", "Gender: female (trans)").
CATEGORY_LABELS = {
    **dict.fromkeys(("leeftijd", "age", "geboortejaar", "year of birth", "geboortedatum", "date of birth"), "age"),
    **dict.fromkeys(("kinderen", "children", "kids", "burgerlijke staat", "marital status", "civil status",
                     "gezinssituatie", "family"), "family"),
    **dict.fromkeys(("zwanger", "pregnant", "zwangerschap", "pregnancy"), "pregnancy"),
    **dict.fromkeys(("gezondheid", "health", "handicap", "beperking", "disability", "medisch", "medical"), "health"),
    **dict.fromkeys(("seksualiteit", "sexuality", "geaardheid", "orientation", "sexual orientation"), "sexuality"),
    **dict.fromkeys(("gender", "geslacht", "genderidentiteit", "gender identity", "pronouns"), "gender_identity"),
    **dict.fromkeys(("afkomst", "origin", "nationaliteit", "nationality", "etniciteit", "ethnicity", "roots"),
                    "origin"),
    **dict.fromkeys(("religie", "religion", "geloof", "faith"), "religion"),
    **dict.fromkeys(("partij", "party", "politiek", "politics", "political views"), "political"),
    **dict.fromkeys(("vakbond", "union", "lid vakbond"), "union"),
    **dict.fromkeys(("strafblad", "criminal record", "vog", "justitieel verleden"), "criminal_record"),
}
LABELS = LABELS | CATEGORY_LABELS.keys()

# Words before which a clause turns to what is sought: "Als 63-jarige | zoek ik ...".
TURNS = (r"zoek|zoekt|zoeken|wil|wilt|willen|looking|seek|seeking|seeks|search|searching|want|wants|need|needs"
         r"|i'd|i would|i search|i'm searching|i am searching|keen on|keen to"
         r"|is looking|are looking|is seeking|is op zoek|zijn op zoek|would like|wants to"
         r"|i want|i seek|i need|i'm looking|i am looking|werk ik|zoek ik|wil ik|ben ik op zoek|zoeken we|zoeken wij"
         r"|op zoek|interested|interesse|beschikbaar|available|graag")
PRONOUNS = frozenset("ik i i'm im we wij we're ze zij hij he she they they're you je jij u men die who niet not ook "
                     "also nog still really graag liefst ben am is are zijn was were".split())
# Pairs that "en/and" does not part: "born and raised", "my wife and I".
BINOMIALS = frozenset(
    [("born", "raised"), ("geboren", "getogen"), ("bred", "raised"), ("fit", "gezond"), ("gezond", "fit"),
     ("fit", "healthy"), ("healthy", "fit"), ("fit", "well")]
    + [(who, proud) for who in ("bi", "gay", "queer", "homo", "lesbisch", "lesbian") for proud in ("trots", "proud")]
    + [(me, my) for me in ("me", "i", "ik", "mij") for my in ("my", "mijn", "m'n")]
    + [(spouse, me) for spouse in ("man", "vrouw", "partner", "husband", "wife", "vriend", "vriendin", "boyfriend",
                                   "girlfriend") for me in ("i", "ik", "me", "mij")])
RELATIVE_STARTS = frozenset("die dat who who's whose which wat".split())
CONJUNCTIONS = ("en", "and", "maar", "but", "dus", "so", "&", "+", "even though", "although", "hoewel",
                "omdat", "because", "hence", "therefore", "daarom")
CONSEQUENCE = frozenset("dus so daarom therefore hence maar but".split())

# Words that only tie a statement to a person: next to one in a hyphenated text they go with it
# ("ik-ben-58", "union-member", "ex-gedetineerde", "draag-hoofddoek").
FRAME_WORDS = frozenset(
    "ik i i'm im ben am is was heb have has had mijn my m'n zelf myself me mij lid member members leden kaderlid ex "
    "draag draagt wear wears wearing gebruik use uses met with als as een a an de het the van of voor for".split())

# Roles that care for, treat or teach people: a condition in brackets or a list beside one is the
# subject of the work ("begeleider (autisme)"); beside any other work it is the writer's ("tuinman (ADHD)").
# Roles whose faith is the work: a belief right before one names the post, not the writer ("Muslim
# chaplain", "katholieke pastoraal werker").
FAITH_ROLES = frozenset("chaplain chaplains aalmoezenier geestelijk pastor pastoor pastoraal imam rabbi rabbijn "
                        "priester priest dominee predikant koster verger minister vicar deacon diaken "
                        "reverend".split())

CARE_ROLES = ("begeleider", "begeleiding", "coach", "therapeut", "therapist", "verpleegkundige", "nurse", "verzorgende",
              "verzorger", "zorg", "care", "docent", "leraar", "lerares", "teacher", "tutor", "trainer", "counsellor",
              "counselor", "consulent", "arts", "doctor", "psycholoog", "psychologist", "specialist", "pedagoog",
              "ggz", "assistent", "assistant", "worker", "werker", "hulpverlener", "behandelaar", "deskundige")
