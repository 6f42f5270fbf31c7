"""Word lists of the inclusive-language check, Dutch and English (regex fragments, matched
case-insensitively). Versioned with the code and reviewed like code: a word added here is
flagged in every vacancy, so each list says what belongs in it.

The gender-coded lists follow the idea of Gaucher, Friesen & Kay (2011) — wording that reads as
masculine or feminine puts part of the readers off — but are our own, for both languages, and
leave out words that vacancies use for neutral skills ("ambitieus", "zelfstandig", "analytical",
"driven"): those would flag half of all vacancies and teach writers to ignore the check.
"""

from __future__ import annotations

# --- gender-coded traits (soft) -----------------------------------------------------------------
# lemma -> inflected forms as one regex fragment; the lemma side is what a lemmatiser may find
MASCULINE_NL = {
    "dominant": r"dominant(?:e|er|ere|st|ste)?", "domineren": r"domine(?:ren|ert|rend|rende|ant)",
    "dominantie": r"dominantie", "competitief": r"competitie(?:f|ve|ver|ve)",
    "assertief": r"assertie(?:f|ve|ver)", "agressief": r"agressie(?:f|ve|ver)",
    "daadkrachtig": r"daadkrachtig(?:e|er|ere|st|ste)?", "daadkracht": r"daadkracht",
    "doortastend": r"doortastend(?:e|er|heid)?", "besluitvaardig": r"besluitvaardig(?:e|er|heid)?",
    "onverschrokken": r"onverschrokken(?:heid)?", "strijdlustig": r"strijdlust(?:ig|ige)?",
    "vechtlust": r"vechtlust(?:ig|ige)?", "kordaat": r"korda(?:at|te|ter)",
    "vechter": r"vechter(?:s|stype|smentaliteit)?", "koppig": r"koppig(?:e|heid)?", "stoer": r"stoer(?:e|der)?",
    "onverzettelijk": r"onverzettelijk(?:e|heid)?", "meedogenloos": r"meedogenlo(?:os|ze)",
    "winnaar": r"winnaar(?:s|smentaliteit|stype)?", "killerinstinct": r"killers?[- ]?(?:instinct|mentaliteit)",
    "bikkel": r"bikkel(?:s|hard|harde)?", "krachtpatser": r"krachtpatser", "haantje": r"haantje",
    "doorzetter": r"doorzetter(?:s)?", "autoritair": r"autoritair(?:e)?", "eerzuchtig": r"eerzuchtig(?:e)?",
    "zelfverzekerd": r"zelfverzekerd(?:e|heid)?", "hard": r"keihard(?:e)?",
    "mannetjesputter": r"mannetjesputter(?:s)?", "macho": r"macho(?:'s)?", "vaderfiguur": r"vaderfigu(?:ur|ren)",
}
MASCULINE_EN = {
    "aggressive": r"aggressive(?:ly|ness)?", "assertive": r"assertive(?:ly|ness)?",
    "dominant": r"dominan(?:t|ce)", "dominate": r"dominat(?:e|es|ed|ing)", "domineering": r"domineering",
    "competitive": r"competitive(?:ly|ness)?", "decisive": r"decisive(?:ly|ness)?",
    "fearless": r"fearless(?:ly|ness)?", "headstrong": r"headstrong", "self-reliant": r"self[- ]relian(?:t|ce)",
    "self-sufficient": r"self[- ]sufficien(?:t|cy)", "forceful": r"forceful(?:ly)?", "ruthless": r"ruthless(?:ly)?",
    "stubborn": r"stubborn", "fierce": r"fierce(?:ly)?", "hard-nosed": r"hard[- ]nosed",
    "thick-skinned": r"thick[- ]skinned", "strong-willed": r"strong[- ]willed",
    "killer": r"killers?(?!\s+(?:app|feature|product))(?:\s+instinct)?",
    # "a real alpha", not "an alpha version"
    "alpha": r"alpha (?:male|personality|type|dog|wolf)s?|(?:(?<=\ba )|(?<=\breal )|(?<=\btrue )|(?<=\bthe ))alpha"
             r"(?!\s*[-.]?\s*(?:version|release|test\w*|phase|stage|build|channel|particles?|radiation|level|value"
             r"|blend\w*|program\w*|software|product|site|\d))",
    "father figure": r"father[- ]figure",
    "rockstar": r"rock ?stars?|\w+-rock ?stars?", "bubbly": r"bubbly", "ninja": r"ninjas?", "warrior": r"warriors?",
    "battle-hardened": r"battle[- ](?:hardened|tested)", "outspoken": r"outspoken",
    "courageous": r"courageous", "winner": r"winners?|winning mentality|win at all costs",
    "testosterone": r"(?:high|full)[- ]testosterone|testosterone[- ](?:fuel+ed|driven|charged|heavy)",
    "macho": r"macho", "manly": r"manly",
}
FEMININE_NL = {
    "zorgzaam": r"zorgza(?:am|me|mer|amheid)", "meelevend": r"meelevend(?:e|heid)?",
    "zachtaardig": r"zachtaardig(?:e|heid)?", "zachtmoedig": r"zachtmoedig(?:e)?",
    "warmhartig": r"warmhartig(?:e|heid)?", "moederlijk": r"moederlijk(?:e)?",
    "moederfiguur": r"moederfigu(?:ur|ren)|moederkloek", "teder": r"teder(?:e|heid)?",
    "lief": r"(?<=\bbent )lief|lieve (?:persoonlijkheid|meid|vrouw|dame|collega)", "empathisch": r"empathisch(?:e)?",
    "aanhankelijk": r"aanhankelijk(?:e)?", "meegaand": r"meegaand(?:e)?", "volgzaam": r"volgza(?:am|me)",
    "onderdanig": r"onderdanig(?:e)?", "invoelend": r"invoelend(?:e)?",
    "gezellig": r"(?<=\bbent )(?:een )?gezellig(?:e)?|gezellige (?:collega|meid|dame|vrouw|persoonlijkheid|type)(?!'s)",
}
FEMININE_EN = {
    "nurturing": r"nurtur(?:ing|er|e)", "sympathetic": r"sympathetic", "compassionate": r"compassionate",
    "gentle": r"gentle(?:ness)?", "warm-hearted": r"warm[- ]hearted", "affectionate": r"affectionate",
    "motherly": r"motherly|maternal|mother[- ]figure|mother[- ]hen",
    "empathetic": r"empath(?:etic|ic)", "soft-spoken": r"soft[- ]spoken",
    "submissive": r"submissive", "tender-hearted": r"tender[- ]hearted",
    # not a care duty ("caring responsibilities") nor the work ("caring for")
    "caring": r"caring(?! (?:for|about|after|responsibilit\w*|duties|commitments|roles?|leave|tasks)\b)",
}
# weakly coded: only where the sentence asks something of the candidate ("you are supportive")
WEAK_CODED_EN = {"supportive": r"supportive", "ambitious": r"ambitious", "bubbly": r"bubbly",
                 "sweet": r"sweet(?=\s*(?:[,.;]|and\b))", "cheerful": r"cheerful",
                 "tough": r"tough(?=\s*(?:[,.;]|and\b))"}
WEAK_CODED_NL = {"ambitieus": r"ambitieu(?:s|ze)", "behulpzaam": r"behulpza(?:am|me)", "gezellig": r"gezellig(?:e)?",
                 "lief": r"lief|lieve", "zacht": r"zachte?(?=\s*(?:[,.;]|en\b))", "stoer": r"stoere?"}
# where these words describe the business, not a person
CODED_NOT_BEFORE = (r"(?:salar\w*|sala?ris|loon|lonen|pay|package|pakket|compensation|remuneration|rates?|prices?"
                    r"|prijz\w*|arbeidsvoorwaarden|beloning|benefits|wages?|advantage|edge|voordeel|market\w*|markt\w*"
                    r"|position|positie|player|speler|landscape|sector|branche|industry|field|sport\w*|tarie\w*"
                    r"|offer|aanbod|vergoeding)")

# --- gendered job titles and person words (hard without the other form) -------------------------
FEMALE_TITLES_NL = (
    r"verpleegster", r"\w*verzorgster", r"\w*verkoopster", r"\w*schoonmaakster", r"\w*medewerkster", r"werkster",
    r"\w*kapster", r"\w*serveerster", r"huishoudster", r"\w*begeleidster", r"\w*bezorgster", r"\w*leidster",
    r"opvoedster", r"naaister", r"inpakster", r"strijkster", r"sorteerster", r"invalster", r"onderzoekster",
    r"voorlichtster", r"verslaggeefster", r"voorzitster", r"bestuurster", r"\w*lerares", r"onderwijzeres",
    r"danseres", r"zangeres", r"kosteres", r"priesteres", r"boerin", r"kokkin", r"\w*secretaresse", r"directrice",
    r"inspectrice",
    r"redactrice", r"ambassadrice", r"administratrice", r"presentatrice", r"coördinatrice", r"masseuse",
    r"coiffeuse", r"\w*chauffeuse", r"kassière", r"caissière", r"receptioniste", r"telefoniste", r"\w*typiste",
    r"stagiaire", r"\w*assistente", r"studente", r"consulente", r"hostess", r"stewardess", r"vroedvrouw",
    r"\w*zuster", r"\w*juffrouw", r"\w*juf", r"juffen", r"\w*meisje", r"(?!me)\w+vrouw", r"\w+dame",
    r"huisvrouw",
    r"barvrouw", r"serveuse", r"kamermeid", r"dienstmeid", r"winkeljuffrouw",
)
MALE_TITLES_NL = (
    r"vakman", r"timmerman", r"tuinman", r"klusjesman", r"zakenman", r"barman", r"brandweerman", r"politieman",
    r"stuurman", r"cameraman", r"geluidsman", r"opperman", r"sportman", r"bootsman", r"melkman", r"voorman",
    r"werkman", r"wachtsman", r"koopman", r"vuilnisman", r"\w*knecht", r"\w+jongen",
    r"gastheer", r"zaalheer", r"verpleegbroeder", r"\w*broeder", r"schoolmeester", r"bakkersgezel",
    r"kraanman", r"vrachtman",
)
FEMALE_TITLES_EN = (
    r"waitress", r"hostess", r"stewardess", r"actress", r"seamstress", r"headmistress", r"manageress",
    r"saleswoman", r"businesswoman", r"chairwoman", r"spokeswoman", r"forewoman", r"policewoman", r"craftswoman",
    r"\w*girl", r"cleaning lady", r"tea lady", r"dinner lady", r"lollipop lady", r"\w*maid", r"housewife",
    r"housewives", r"\w*woman", r"\w*women", r"usherette", r"aviatrix", r"comedienne", r"proprietress",
    r"laundress", r"governess", r"nursemaid", r"sales ?lady", r"lady",
)
MALE_TITLES_EN = (
    r"salesman", r"salesmen", r"chairman", r"chairmen", r"foreman", r"foremen", r"workman", r"workmen",
    r"repairman", r"repairmen", r"handyman", r"handymen", r"fireman", r"firemen", r"policeman", r"policemen",
    r"cameraman", r"businessman", r"businessmen", r"deliveryman", r"delivery man", r"warehouseman",
    r"craftsman", r"craftsmen", r"tradesman", r"tradesmen", r"serviceman", r"doorman", r"barman", r"barmen",
    r"milkman", r"postman", r"fisherman", r"draftsman", r"draughtsman", r"linesman", r"groundsman",
    r"headmaster", r"spokesman", r"stockman", r"signalman", r"middleman", r"journeyman", r"cleaning man",
    r"\w*boy", r"\w*boys", r"gentleman", r"gentlemen", r"guys?", r"lads?",
    r"landlord", r"storeman", r"yardman", r"maintenance man", r"odd[- ]job man",
)
# male and female forms of the same job: either alone is a gendered title; both together are not
TITLE_PAIRS = {
    "waiter": "waitress", "host": "hostess", "steward": "stewardess", "actor": "actress", "gastheer": "gastvrouw",
    "juf": "meester", "juffen": "meesters", "jongeman": "jongedame", "jongemannen": "jongedames",
}
PERSON_FEMALE_NL = (r"(?:vrouw(?:en)?|dame(?:s)?|meid(?:en)?|meisje(?:s)?|moeder(?:s)?|mama's?|moeke|huisvrouw(?:en)?"
                    r"|tante(?:s)?|griet(?:en)?|jongedame(?:s)?)")
PERSON_MALE_NL = (r"(?:man(?:nen)?|heer|heren|jongen(?:s)?|kerel(?:s)?|vent(?:en)?|gozer(?:s)?|vader(?:s)?"
                  r"|jongem[ae]n(?:nen)?)")
PERSON_FEMALE_EN = r"(?:wom[ae]n|lad(?:y|ies)|girls?|mums?|moms?|mothers?|gals?|females?)"
PERSON_MALE_EN = r"(?:m[ae]n|gentlem[ae]n|guys?|lads?|boys?|fathers?|dads?|males?|chaps?|blokes?)"

# --- origin --------------------------------------------------------------------------------------
NATIONALITY_NL = (
    r"nederlands", r"hollands", r"westers", r"europees", r"west-europees", r"noord-europees", r"oost-europees",
    r"zuid-europees", r"marokkaans", r"turks", r"surinaams", r"antilliaans", r"pools", r"roemeens", r"bulgaars",
    r"afrikaans", r"aziatisch", r"arabisch", r"chinees", r"indiaas", r"indonesisch", r"moluks", r"kaapverdisch",
    r"syrisch", r"oekraïens", r"russisch", r"duits", r"belgisch", r"vlaams", r"brits", r"engels", r"frans",
    r"spaans", r"italiaans", r"portugees", r"grieks", r"hongaars", r"tsjechisch", r"slowaaks", r"litouws",
    r"lets", r"ests", r"filipijns", r"thais", r"vietnamees", r"japans", r"koreaans", r"iraans", r"irakees",
    r"afghaans", r"somalisch", r"eritrees", r"ethiopisch", r"nigeriaans", r"ghanees", r"braziliaans", r"kaukasisch",
    r"blank", r"autochtoon", r"allochtoon", r"fries", r"limburgs", r"brabants", r"zeeuws", r"gronings",
    r"twents", r"amsterdams", r"rotterdams", r"buitenlands", r"niet-westers", r"niet-nederlands",
)
NATIONALITY_EN = (
    r"dutch", r"western", r"european", r"west european", r"western european", r"northern european",
    r"eastern european", r"southern european", r"moroccan", r"turkish", r"surinamese", r"antillean", r"polish",
    r"romanian", r"bulgarian", r"african", r"asian", r"arab", r"arabic", r"chinese", r"indian", r"indonesian",
    r"syrian", r"ukrainian", r"russian", r"german", r"belgian", r"flemish", r"british", r"english", r"french",
    r"spanish", r"italian", r"portuguese", r"greek", r"hungarian", r"czech", r"slovak", r"lithuanian", r"latvian",
    r"estonian", r"filipino", r"thai", r"vietnamese", r"japanese", r"korean", r"iranian", r"iraqi", r"afghan",
    r"somali", r"eritrean", r"ethiopian", r"nigerian", r"ghanaian", r"brazilian", r"caucasian", r"white",
    r"black", r"anglo-saxon", r"scandinavian", r"nordic", r"irish", r"scottish", r"american", r"canadian",
    r"australian", r"latin american", r"hispanic", r"middle eastern", r"north african", r"foreign", r"non-western",
)
DEMONYM_NL = (
    r"nederlander", r"hollander", r"brabander", r"amsterdammer", r"rotterdammer", r"limburger", r"fries",
    r"groninger", r"tukker", r"zeeuw", r"utrechter", r"hagenaar", r"drent", r"twentenaar", r"west-fries",
    r"achterhoeker", r"kaaskop", r"europeaan", r"westerling",
)
NATIONALS = (
    r"belgen", r"nederlanders", r"hollanders", r"polen", r"marokkanen", r"turken", r"roemenen", r"bulgaren",
    r"duitsers", r"britten", r"engelsen", r"fransen", r"syriërs", r"surinamers", r"antillianen", r"afrikanen",
    r"aziaten", r"europeanen", r"oost-europeanen", r"westerlingen", r"chinezen", r"indiërs", r"arabieren",
    r"oekraïners", r"russen", r"belgians", r"poles", r"moroccans", r"turks", r"romanians", r"bulgarians",
    r"germans", r"brits", r"britons", r"englishmen", r"europeans", r"eastern europeans", r"westerners", r"africans",
    r"asians", r"arabs", r"indians", r"chinese people", r"dutch people", r"dutch nationals", r"locals",
    r"ukrainians", r"russians", r"syrians", r"americans",
)
# person words a nationality or religion may describe when the candidate is meant
WORKER_NL = (r"arbeidskracht(?:en)?", r"kracht(?:en)?", r"medewerker(?:s)?", r"werknemer(?:s)?", r"kandidat(?:en)?",
             r"kandidaat", r"sollicitant(?:en)?", r"collega(?:'s)?", r"perso(?:on|nen)", r"mensen", r"jongen(?:s)?",
             r"meid(?:en)?", r"vrouw(?:en)?", r"m[ae]n(?:nen)?", r"dame(?:s)?", r"heer", r"heren",
             r"chauffeur(?:s)?", r"vak(?:man|mensen|lieden)", r"arbeider(?:s)?", r"werkers?", r"personeel",
             r"boekhouder(?:s)?", r"receptionist(?:e|en)?", r"verkoper(?:s)?", r"monteur(?:s)?", r"schilder(?:s)?",
             r"kok(?:s)?", r"timmerm[ae]n", r"schoonmaker(?:s)?", r"bouwvakker(?:s)?", r"oppas(?:sen)?",
             r"nanny's", r"au[- ]pair(?:s)?", r"stagiair(?:s|e)?", r"type")
WORKER_EN = (r"workers?", r"staff", r"candidates?", r"applicants?", r"employees?", r"people", r"persons?",
             r"individuals?", r"colleagues?", r"drivers?", r"nann(?:y|ies)", r"au[- ]pairs?", r"cleaners?",
             r"labou?rers?", r"receptionists?", r"accountants?", r"bookkeepers?", r"nurses?", r"carers?",
             r"assistants?", r"m[ae]n", r"wom[ae]n", r"guys?", r"lads?", r"girls?", r"boys?", r"team members?",
             r"hires?", r"recruits?", r"salespe(?:rson|ople)", r"engineers?", r"developers?", r"chefs?", r"cooks?")

# --- religion ------------------------------------------------------------------------------------
RELIGION_ADJ_NL = (r"christelijk(?:e)?", r"katholiek(?:e)?", r"rooms-katholiek(?:e)?", r"protestants(?:e)?",
                   r"gereformeerd(?:e)?", r"hervormd(?:e)?", r"evangelisch(?:e)?", r"islamitisch(?:e)?",
                   r"moslim", r"joods(?:e)?", r"hindoe(?:ïstisch|istisch)?(?:e)?", r"boeddhistisch(?:e)?",
                   r"gelovig(?:e)?", r"religieu(?:s|ze)", r"kerkelijk(?:e)?", r"atheïstisch(?:e)?",
                   r"niet-gelovig(?:e)?")
RELIGION_PERSON_NL = (r"(?:christen(?:en)?|katholiek(?:en)?|protestant(?:en)?|moslim(?:s)?|jood|joden|hindoe(?:s)?"
                      r"|boeddhist(?:en)?|atheïst(?:en)?|gelovige(?:n)?|kerkganger(?:s)?)")
RELIGION_ADJ_EN = (r"christian", r"catholic", r"roman catholic", r"protestant", r"evangelical", r"muslim",
                   r"islamic", r"jewish", r"hindu", r"buddhist", r"sikh", r"religious", r"church-?going",
                   r"god-?fearing", r"atheist", r"born-again")
RELIGION_PERSON_EN = (r"(?:christians?|catholics?|protestants?|muslims?|jews|hindus?|buddhists?|sikhs?|atheists?"
                      r"|believers?|churchgoers?)")
# a lawful ground for religion: denominational schools, pastoral care, churches themselves
RELIGION_LAWFUL = (r"(?:school|onderwijs|identiteit|ethos|grondslag|signatuur|geestelijk\w* verzorg\w*|pastora\w*"
                   r"|pastor|predikant|dominee|imam|priester|chaplain\w*|spiritual care|levensbeschouw\w*"
                   r"|(?:onze|our|deze|this)\s+(?:kerk|church|parochie|parish|moskee|mosque|synagoge|synagogue)"
                   r"|kerkgenootschap|faith-based|jeugdwerk\w* (?:van|of) (?:de|the) (?:kerk|church)"
                   r"|denominational|godsdienst\w*|catechese|religious education|theolog\w*|neutraliteitsbeleid"
                   r"|neutrality policy|ongeacht|regardless|all faiths|alle geloven|iedere? (?:geloof|religie))")
