"""Age (WGBL): ages and ranges, "jong"/"young" for the candidate, maximum experience, birth years,
recent graduates and school leavers, retirement. Minimum ages the law sets (alcohol, driving
licences, working hours) and ages of clients, pupils or an audience are not findings."""

from __future__ import annotations

from engine.domain.lint.model import DIGITS, Policy, Rule, rule

_AGE = ("Vraag naar wat iemand kan of weet, niet naar leeftijd.",
        "Ask for what someone can do or knows, not for an age.")
_TEAM = ("Beschrijf de sfeer zonder leeftijd: 'een betrokken, energiek team'.",
         "Describe the culture without age: 'an energetic, close-knit team'.")
_EXPERIENCE = ("Noem de minimale ervaring die nodig is, geen maximum: 'minimaal 2 jaar ervaring'.",
               "State the minimum experience needed, not a maximum: 'at least 2 years of experience'.")
_GRADUATE = ("Noem het niveau of de kennis die nodig is, niet wanneer iemand afstudeerde.",
             "Name the level or knowledge needed, not when someone graduated.")
_BIRTH = ("Vraag niet naar geboortejaar of leeftijd; die zeggen niets over geschiktheid.",
          "Do not ask for a birth year or age; they say nothing about fitness for the job.")
_RETIRE = ("Laat de afstand tot het pensioen weg; vraag naar wat iemand kan.",
           "Leave out how far someone is from retirement; ask what they can do.")

# an age a vacancy might name, in figures or words
N = (r"(?:1[5-9]|[2-6]\d|7[0-5]|achttien|negentien|(?:\w+en)?(?:twintig|dertig|veertig|vijftig|zestig)"
     r"|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty)(?:-\w+)?)")
N0 = r"\d{1,2}"  # the start of a range may be any age
BETWEEN = r"(?:tus+en|tusen|tussn|tusse|betwe+n|betwen|bewteen)"  # with the usual misspellings
AGES = DIGITS + ("|achttien|negentien|twintig|dertig|veertig|vijftig|zestig|eighteen|nineteen|twenty|thirty|forty"
                 "|fifty|sixty")
MIN_N = r"(?:2[1-9]|[3-6]\d)"  # minimum ages above what the law sets for work
NUMBER = (r"(?:\d{1,2}|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|a|an|one|two|three|four|five|six"
          r"|seven|eight|nine|ten)")
UNIT = r"(?:\s*(?:jaar|jr\.?|years?|yrs?\.?)(?:\s+(?:oud|old|of age))?)"
NOT_AMOUNT = (r"(?!\s*(?:uur|hours?|u\b|euro|eur\b|€|%|procent|percent|kg|kilo\w*|km|m\b|cm|minut\w*|min\b|mensen"
              r"|people|persons|medewerkers|employees|werknemers|fte|dagen|days|weken|weeks|maanden|months|x\b|keer"
              r"|times|stuks|pieces|jaar\s+(?:\w+\s+)?(?:ervaring|werkervaring|in dienst|bestaan|garantie)"
              r"|years?\s+(?:of|experience|in|at)|[.,]\d|\d|€|\$))")
LEGAL = (r"\b(?:wet\w*|wettelijk\w*|by law|legal\w*|law\b|laws\b|statutory|vereist voor|verplicht voor"
         r"|required (?:by|for)|as required|rijbewijs\w*|licen[cs]e\w*|certifica\w*|verzekering\w*|insurance"
         r"|alcohol\w*|drank\w*"
         r"|horecawet|arbeidstijdenwet|cao|collective agreement|vanwege de wet|tachograaf|code 95)\b")
WHOLE_WORKFORCE = r"\b(?:1\d|2[01])\s*(?:-|–|tot|to|en|and)\s*(?:6\d|7\d)\b"  # "van 19 tot 63": everyone, not a limit
# the ages the team spans now, from young to near retirement ("ons team bestaat uit collega's tussen 22 en 64 jaar")
TEAM_SPAN = (r"\b(?:team|ploeg|collega's|colleagues|medewerkers|employees|staff|workforce|personeel)\b[^.;]{0,40}?"
             r"\b(?:1\d|2\d|3[0-5])\s*(?:-|–|tot|to|en|and)\s*(?:5[5-9]|6\d|7\d)\b")
# young beside old or experienced: no one is left out ("jonge én ervaren collega's", "young and old")
BALANCED = (r"\b(?:jong|jonge|jonger|young|younger)\s+(?:en|én|and|&)\s+(?:(?:meer\s+|more\s+)?ervaren|oud|oudere?"
            r"|experienced|old|older|senior|seasoned)\b")
# a name inside a sentence: "Young" or "Jong" capitalised before another capitalised word ("our Young Talent
# programme", "Jong Ajax")
NAMED = r"(?<=[\w,] )(?-i:(?:Young|Jong|Jonge)\s+[A-Z][a-z])"
# people other than the candidate whose age a vacancy may name ("leeftijd van de doelgroep: 12-18 jaar")
CLIENTS = (r"(?:cliënt\w*|client\w*|patiënt\w*|patient\w*|bewoner\w*|residents?|leerling\w*|pupils?|students?|klant\w*"
           r"|customers?|users?|gebruiker\w*|visitors?|bezoeker\w*|deelnemer\w*|participants?|doelgroep\w*"
           r"|target\s+group|audience|publiek|kinderen|children|jongeren|jeugd\w*)")
AGE_OF_OTHERS = (rf"\b(?:leeftijd\w*|ages?)(?:\s+(?:range|bracket|group|groups|limit))?\s+(?:van|of)\s+"
                 rf"(?:de\s+|het\s+|onze\s+|the\s+|our\s+)?{CLIENTS}")
# a third person the sentence describes: "your manager is a young founder", "onze oprichter is jong"
SOMEONE_ELSE = (r"\b(?:jouw|je|uw|your|onze|ons|our|de|the|het)\s+(?:\w+\s+)?(?:manager|leidinggevende|\w*leider"
                r"|lead|leader|baas|boss|directeur|director|ceo|founder|oprichter|eigenaar|owner|supervisor|mentor|coach|voorganger"
                r"|predecessor|opdrachtgever|collega|colleague)s?\s+(?:is|was|zijn|are|were)\s+(?:\w+\s+){0,3}$")
# an age range right after the clients it is about ("campaigns aimed at young customers aged 16 to 24")
CLIENTS_AGED = (rf"\b(?:aimed\s+at|for|voor|gericht\s+op|met|with|aan|to|serving|bedien\w*)\s+(?:\w+\s+){{0,2}}?"
                rf"{CLIENTS}\s+(?:aged|ages|van|tussen|between|from|of)?\s*$")
# an age, "of"/"or", another age: the cheap test before the rule for two ages ("16 of 17 jaar")
AGE_OR_AGE = "|".join(f"{d} {word} " for d in "0123456789" for word in ("of", "or")) + (
    "|tig of |ty or |tien of |teen or ")
# a group of the company named after its young members ("our young professionals network is open to all")
YOUNG_GROUP = (r"\b(?:young|jonge)\s+(?:professionals?|talent|leaders?|employees?|staff|medewerkers)[\s-]+"
               r"(?:network|netwerk|programme|program|programma|community|club|event\w*|forum|platform|awards?|council)\b")
NEUTRAL_AGE = r"\b(?:geen|no|zonder|without)\s+(?:\w+\s+)?(?:leeftijdsgrens|age limit|maximumleeftijd|maximum age)\b"

# "ons jonge team", "a young, fun crew": the culture (soft, the rule above), not a demand on the candidate
_NOT_TEAM = (r"(?!(?:jong\w*|young|youthful|jeugdig\w*)(?:,?\s+(?:en\s+|and\s+|&\s+)?\w+){0,2}?\s+(?:team|teams|club"
             r"|crew|bende|ploeg|groep|group|culture|cultuur|sfeer|vibe|werkomgeving|squad|tribe|collega's|colleagues"
             r"|organisatie)\b)")

RULES: tuple[Rule, ...] = (
    # young-team culture first: it is soft, and wins over the hard "jong" inside it
    rule("age", "soft", r"\b(?:een\s+|a\s+)?(?:jong\w*|young|youthful|jeugdig\w*)(?:,?\s+(?:en\s+|and\s+|&\s+)?\w+)"
         r"{0,2}?\s+(?:team|teams|club|crew|bende|ploeg|groep|group|culture|cultuur|sfeer|vibe|werkomgeving|squad"
         r"|tribe|collega's|colleagues|honden|organisatie)\b", _TEAM, Policy.ALWAYS, unless=BALANCED,
         requires="jong|young|youth|jeugd",
         name="young team"),
    rule("age", "soft", rf"\b(?:gemiddelde\s+leeftijd|average\s+age)\b(?:\s+(?:\w+\s+){{0,4}}?(?:is|ligt|van|of"
         rf"|around|rond|onder|under|below)|\s+(?:in|of|van|binnen)\s+(?:\w+\s+){{0,2}}?\w+\s*:|\s*:)?"
         rf"(?:\s+(?:de|the|about|ongeveer|zo'n|circa|net|just))?\s+{N}\b", _TEAM,
         unless=r"\b(?:cliënt\w*|client\w*|patiënt\w*|patient\w*|bewoner\w*|residents?|leerling\w*|pupils?"
                r"|students?|klant\w*|customers?|users?|gebruiker\w*|visitors?|bezoeker\w*|deelnemer\w*|participants?"
                r"|doelgroep\w*|target\s+group|audience|publiek|kinderen|children|machines?|fleet|wagenpark|vloot"
                r"|equipment|apparatuur|vehicles?|voertuig\w*|trucks?|gebouw\w*|buildings?|install\w*|systems?"
                r"|systemen|assets?|materieel|portfolio)\b",
         requires="gemiddelde|average", name="average age"),
    rule("age", "soft", rf"\b(?:zijn|is|are|were|waren)\s+(?:\w+\s+)?(?:gemiddeld|on\s+average)\s+{N}\s*(?:jaar|jr\.?"
         rf"|years?)(?:\s+(?:oud|old|jong|young))?\b(?!\s+(?:\w+\s+)?(?:ervaring|werkervaring|experience|in\s+dienst|bij\s+ons"
         rf"|with\s+us|at\s+\w+|in\s+service|in\s+het\s+vak|in\s+the\s+(?:job|trade|field)))", _TEAM,
         unless=rf"\b{CLIENTS}\b|\b(?:machines?|fleet|wagenpark|vloot|equipment|apparatuur|vehicles?|voertuig\w*|trucks?"
                r"|gebouw\w*|buildings?|systems?|systemen|assets?|materieel)\b|\b(?:werken|work|working|werkt|works"
                r"|employed|in\s+dienst)\b"
                # the figure taken back: "… maar dat zegt niets over jou"
                r"|\bzegt\s+(?:\w+\s+)?niets|\bsays\s+nothing|\bdoesn't\s+(?:say|mean)\s+anything",
         requires="gemiddeld|average", name="average age of the team"),
    # an age in the team that is to stay as it is: "average age 27, and we want to keep it that way"
    rule("age", "hard", r"\b(?:leeftijd|age)\b[^.!?;]{0,60}?\b(?:(?:want|like|wish|aim|hope|plan)\s+to\s+keep\s+"
         r"(?:it|things|the\s+team|us)\s+(?:that\s+way|like\s+that|so|young)|keep\s+(?:it|the\s+team)\s+(?:that\s+way"
         r"|young)|houden\s+(?:we\s+)?(?:dat|het|dit)\s+(?:graag\s+|ook\s+)?zo"
         r"|(?:willen|wil)\s+(?:we|wij)\s+(?:\w+\s+)?zo\s+houden|jong\s+houden)\b", _AGE, Policy.ALWAYS,
         unless=rf"\b{CLIENTS}\b", requires="keep|houden", name="age kept as it is"),
    # fitting in with a team of one age is asked of the candidate: "Past je in ons team van twintigers?"
    rule("age", "hard", r"\b(?:pas(?:t)?\s+(?:je|jij)\s+(?:\w+\s+)?in|fit\s+(?:right\s+|straight\s+)?in(?:to)?"
         r"(?:\s+with)?)\s+(?:ons|onze|het|de|our|the|a|an|een)\s+(?:\w+\s+)?(?:team|ploeg|crew|club|groep|group)\s+"
         r"(?:van|of|met|with)\s+(?:\w+\s+)?(?:twintigers|dertigers|twenty-?somethings|young\s+people|jongeren"
         r"|youngsters|millennials)\b", _AGE, requires="twintig|dertig|twenty|young|jongeren|youngster|millennial",
         name="fit in with a team of one age"),
    rule("age", "soft", r"\b(?:(?:team|ploeg|crew|collega's|colleagues)\s+(?:van|of|is|are|zijn|bestaat uit)\s+"
         r"(?:\w+\s+){0,2}?(?:twintigers|dertigers|young people|jongeren|youngsters|millennials"
         r"|digital(?:e)?[\s-]+natives|gen(?:eration)?[- ]?z(?:'?ers)?|zoomers))\b", _TEAM,
         requires="twintig|dertig|young|jongeren|youngster|millennial|native|gen|zoomer",
         name="team of twenty-somethings"),
    # the workplace likened to student life ("het voelt hier als een studentenhuis", "think uni halls")
    rule("age", "soft", r"\b(?:als|like|think|net\s+een|just\s+like|zoals)\s+(?:in\s+)?(?:een\s+|a\s+|an\s+|the\s+"
         r"|de\s+|het\s+)?(?:\w+\s+)?(?:studentenhuis\w*|studentenvereniging\w*|studentenflat\w*|student\s+(?:house|halls|digs"
         r"|flat|dorm)s?|uni(?:versity)?\s+(?:halls|dorms?|days)|halls\s+of\s+residence|dorm(?:itory)?|frat(?:ernity)?\s+"
         r"house|sorority\s+house|campus\s+life)\b", _TEAM, Policy.ALWAYS,
         requires="student|uni|halls|dorm|frat|sorority|campus", name="student life"),
    # fitting in by age: "you'll fit right into our team age-wise", "je past qua leeftijd in ons team"
    rule("age", "hard", r"\b(?:fit\w*|pas(?:t|sen)?)\s+(?:\w+\s+){0,5}?(?:age-?wise|qua\s+leeftijd"
         r"|in\s+terms\s+of\s+age|wat\s+leeftijd\s+betreft)|\b(?:age-?wise|qua\s+leeftijd|in\s+terms\s+of\s+age|wat\s+leeftijd\s+betreft)\s+"
         r"(?:\w+\s+){0,2}?(?:fit\w*|pas(?:t|sen)?|in\s+(?:ons|onze|het|our|the)\s+(?:team|ploeg|crew))\b", _AGE,
         requires="agewise|age-wise|qua leeftijd|terms of age|leeftijd betreft", name="fit in by age"),
    # a condition put on older applicants only: "Ook 50-plussers mogen reageren, mits ze fit zijn"
    rule("age", "hard", rf"\b(?=\d\d\s*[+p-]|\w+-?plus|over-|ouder|older)(?:{N}\s*(?:\+|-?plus)(?:sers?|'ers|ers|ser)?"
         rf"|over-{N}'?s|ouderen|oudere\s+(?:kandidaten"
         r"|sollicitanten|medewerkers|werknemers)|older\s+(?:applicants|candidates|workers|people))(?!\w)[^.;]{0,40}?"
         r"\b(?:mits|provided\s+(?:that\s+)?|as\s+long\s+as|op\s+voorwaarde\s+dat|on\s+condition\s+that)\b[^.;]*", _AGE,
         Policy.ALWAYS, requires="mits|provided|as long as|voorwaarde|condition", name="a condition for older people"),
    # ages and ranges
    rule("age", "hard", rf"\b(?:aged\s+|leeftijd\s+)?{BETWEEN}\s+(?:de\s+|the\s+ages?\s+of\s+)?{N}\s*"
         rf"(?:en|and|-|–|tot|to|à)\s*{N}(?:{UNIT}|{NOT_AMOUNT})", _AGE,
         unless=rf"{WHOLE_WORKFORCE}|{AGE_OF_OTHERS}|{TEAM_SPAN}", requires=AGES, name="age between"),
    rule("age", "hard", rf"\b(?:van|from)\s+{N0}\s*(?:tot|to|-|–|à)\s*{N}{UNIT}"
         rf"|\b{N0}\s*(?:-|–|tot|to|en|and)\s*{N}{UNIT}|\b{N}\s*/\s*{N}{UNIT}"
         rf"|\b(?:aged|ages|leeftijd\w*|age)\s*:?\s*(?:van\s+|of\s+)?{N}\s*(?:-|–|to|and|tot|en)\s*{N}\b"
         rf"|(?:^|(?<=[,(:;–—]))\s*(?:1[6-9]|2\d|30)\s*[-–]\s*(?:[2-3]\d|4[0-5])(?=\s*(?:[,);.!]|$))", _AGE,
         unless=rf"{WHOLE_WORKFORCE}|{AGE_OF_OTHERS}|{TEAM_SPAN}", before_unless=CLIENTS_AGED,
         requires=AGES, name="age range"),
    # two ages to choose from: "scholieren van 16 of 17 jaar"
    rule("age", "hard", rf"\b{N}\s+(?:of|or)\s+{N}{UNIT}(?!\s+(?:\w+\s+)?(?:ervaring|werkervaring|experience"
         r"|in\s+dienst|geleden|ago|garantie))", _AGE, unless=rf"{AGE_OF_OTHERS}|{TEAM_SPAN}",
         before_unless=CLIENTS_AGED, requires=AGE_OR_AGE, name="one age or another"),
    rule("age", "hard", rf"\b(?:(?:niet|no|not)\s+ouder\s+(?:zijn\s+|worden\s+)?dan|(?:no|not|never)\s+older\s+than"
         rf"|jonger\s+(?:zijn\s+)?dan|younger\s+than|onder\s+de|beneden\s+de|under(?:\s+the\s+age\s+of)?|below(?:\s+the\s+age\s+of)?"
         rf"|(?:maximum|max\.?)\s+age(?:\s+of)?|maximumleeftijd(?:\s+van)?|leeftijdsgrens(?:\s+van)?"
         rf"|age\s+limit(?:\s+of)?|(?:leeftijd|age)\s*(?::\s*(?:max(?:imaal|imum|\.)?|tot|t/m|up to|under)?"
         rf"|(?:max(?:imaal|imum|\.)?|tot|t/m|up to|under)))\s*{N}(?!['’]?s\s+(?-i:[A-Z])[a-z])"
         rf"(?:{UNIT}|{NOT_AMOUNT})", _AGE, requires=AGES, name="maximum age"),
    rule("age", "hard", rf"\b(?:max(?:imaal|imum|\.)?|hoogstens|ten\s+hoogste|hooguit|uiterlijk|up\s+to|at\s+most"
         rf"|(?<!\d )(?<!\d)tot(?:\s+en\s+met)?|t/m|less\s+than|minder\s+dan)\s*{N}{UNIT}"
         rf"(?!\s+(?:\w+\s+)?(?:ervaring|werkervaring|experience|in dienst|of experience))", _AGE, requires=AGES,
         name="maximum age with unit"),
    rule("age", "hard", rf"\b(?:je\s+bent|ben\s+je|jij\s+bent|you\s+are|you're|be|zijn)\s+(?:max(?:imaal|imum|\.)?"
         rf"|hoogstens|hooguit|ten\s+hoogste|at\s+most|up\s+to|tot)\s*{N}\b{NOT_AMOUNT}"
         rf"|\b(?:be|bent|zijn|aged?)\s+{N}\s*[-–]\s*{N}\b{NOT_AMOUNT}", _AGE, requires=AGES, name="at most"),
    rule("age", "hard", rf"\b{N}{UNIT}?\s+(?:of|or|and)\s+(?:jonger|younger|under|below)\b"
         rf"|(?<=\()\s*(?:max(?:imaal|imum|\.)?|tot|up\s+to|under|onder|<)\s*{N}\s*(?:jaar|j|yrs?|years?)?(?=\s*\))"
         rf"|\b(?:max(?:imaal|imum|\.)?|tot|up\s+to)\s*{N}\s*(?:jaar|years?)?\s*(?=\))", _AGE, requires=AGES,
         name="or younger"),
    rule("age", "hard", rf"\b(?:over|ouder\s+dan|older\s+than|boven(?:\s+de)?|above|plus)\s+{N}\b"
         rf"|\b{N}\s*(?:\+|-?plus)(?:sers?|'ers|ers|ser)?(?!\w)|\bover-{N}'?s\b|\b(?:ouderen|senioren|oudere"
         rf"\s+\w+|older\s+(?:workers|people|candidates|applicants|employees)|seniors|oldies)\b", _AGE,
         Policy.EXCLUDES, requires=AGES + "|ouderen|senior|oudere|older|oldies", name="over an age, excluded"),
    rule("age", "hard", rf"\b(?:minimaal|minimum|minstens|ten\s+minste|tenminste|at\s+least|vanaf|from\s+the\s+age\s+of"
         rf"|over\s+the\s+age\s+of|aged|(?:bij voorkeur\s+)?ouder\s+dan|older\s+than)\s+(?:de\s+leeftijd\s+van\s+)?"
         rf"{MIN_N}(?:{UNIT}|\s*\+|{NOT_AMOUNT})(?!\s*(?:jaar|years?)?\s+(?:\w+\s+)?(?:ervaring|werkervaring"
         rf"|experience|in dienst|of experience))|\b{MIN_N}{UNIT}?\s+(?:of|or)\s+(?:ouder|older|over|above)\b",
         _AGE, Policy.CUED, unless=LEGAL, requires=AGES, name="minimum age"),
    rule("age", "hard", r"\b(?:leeftijdseis|leeftijdsgrens|leeftijdscategorie|age\s+requirement|maximumleeftijd"
         r"|maximum\s+age|age\s+limit|age\s+bracket|age\s+range)\b", _AGE, unless=f"{NEUTRAL_AGE}|{AGE_OF_OTHERS}",
         requires="leeftijd|age", name="age limit"),
    # maximum experience: an indirect age limit
    rule("age", "hard", rf"\b(?:max(?:imaal|imum|\.)?(?:\s+of)?|hoogstens|ten\s+hoogste|hooguit|niet\s+meer\s+dan"
         rf"|no\s+more\s+than|not\s+more\s+than|at\s+most|up\s+to|tot|less\s+than|minder\s+dan|fewer\s+than"
         rf"|under|onder\s+de|a\s+maximum\s+of)\s+{NUMBER}\s+(?:jaar|jr\.?|years?|yrs?)(?:'|’|’s|'s)?\s+"
         rf"(?:[\w-]+\s+){{0,2}}?(?:\w*ervaring|experience)", _EXPERIENCE, Policy.ALWAYS,
         unless=r"\b(?:of|or)\s+(?:\w+\s+)?(?:meer|more|langer|longer)\b", requires="ervaring|experience",
         name="maximum experience"),
    rule("age", "hard", rf"\b{NUMBER}\s*(?:-|–|tot|to|à)\s*{NUMBER}\s+(?:jaar|jr\.?|years?|yrs?)(?:'|’|’s|'s)?\s+"
         rf"(?:\w+\s+){{0,2}}?(?:\w*ervaring|experience)\b", _EXPERIENCE, Policy.ALWAYS,
         unless=r"\b(?:of|or)\s+(?:\w+\s+)?(?:meer|more|langer|longer)\b", requires="ervaring|experience",
         name="experience range"),
    rule("age", "hard", r"\b(?:geen|no|not|niet)\s+(?:(?:looking|searching)\s+for\s+|seeking\s+|hiring\s+|op\s+zoek"
         r"\s+naar\s+)?(?!(?:only|alleen|just|enkel|uitsluitend)\b)(?:\w+\s+)?(?:ervaren|experienced|seasoned|senior|oudere"
         r"|older)\s+(?:kandidat\w*|candidates?|applicants?|people|professionals?|krachten|mensen|medewerkers"
         r"|sollicitant\w*|staff|workers?|veterans?|hands|rotten|pros)\b|\b(?:geen|no|not)\s+(?:(?:looking|searching)\s+"
         r"for\s+|seeking\s+|hiring\s+|op\s+zoek\s+naar\s+)?(?:veterans|oudgedienden|old\s+hands|old-timers)\b",
         _EXPERIENCE, requires="ervaren|experienced|seasoned|senior|ouder|older|veteran|oudgedien|old",
         name="no experienced people"),
    # long experience shut out: "candidates with 10+ years of experience will not be considered"
    rule("age", "hard", r"\b(?:(?:meer|more)\s+(?:dan|than)\s+|over\s+|ruim\s+|upwards\s+of\s+)(?:\d{1,2}|vijf|zes"
         r"|zeven|acht|negen|tien|five|six|seven|eight|nine|ten|fifteen|twenty|vijftien|twintig)\s+(?:jaar|years?)(?:'|’|’s|'s)?"
         r"\s+(?:of\s+)?(?:[\w-]+\s+)?(?:\w*ervaring|experience)\b|\b\d{1,2}\s*\+\s*(?:jaar|years?)(?:'|’|’s|'s)?\s+"
         r"(?:of\s+)?(?:[\w-]+\s+)?(?:\w*ervaring|experience)\b", _EXPERIENCE, Policy.EXCLUDES,
         requires="ervaring|experience", name="long experience excluded"),
    rule("age", "soft", r"\b(?:overgekwalificeerd|overqualified|te\s+veel\s+(?:werk)?ervaring|too\s+much\s+experience"
         r"|too\s+experienced|te\s+ervaren)\b", _EXPERIENCE,
         requires="qualif|gekwalif|ervar|experien", name="overqualified"),
    # long working lives shut out: "This role isn't for you if you've been working for more than 5 years"
    rule("age", "hard", rf"\b(?:(?:been\s+)?work(?:ing|ed)|werk(?:t|end|zaam)|in\s+the\s+workforce|aan\s+het\s+werk"
         rf"|op\s+de\s+arbeidsmarkt)\s+(?:for\s+|al\s+)?(?:more|longer|meer|langer)\s+(?:than|dan)\s+{NUMBER}\s+"
         r"(?:years?|jaar)\b", _EXPERIENCE, Policy.EXCLUDES,
         requires="more than|longer than|meer dan|langer dan", name="working life too long"),
    # recent graduates and school leavers
    # the first job or a degree just finished, asked of the candidate ("You're in your first job or just finishing uni")
    rule("age", "hard", r"\b(?:you're|you\s+are|are\s+you|je\s+zit|zit\s+je|jij\s+zit|je\s+bent|ben\s+je)\s+"
         r"(?:nog\s+|still\s+|net\s+|just\s+)?in\s+(?:your|je|jouw)\s+(?:very\s+)?(?:first|eerste)\s+(?:job|baan|functie"
         r"|role|werkjaar|banen|jobs)\b|\b(?:just|net|pas)\s+(?:(?:finish|complet|graduat)\w*\s+(?:from\s+)?(?:your\s+"
         r"|je\s+)?(?:uni|university|college|studies|degree|school)|(?:je|jouw)\s+diploma\s+(?:op\s+zak|binnen|gehaald"
         r"|behaald)|(?:je|jouw)\s+(?:opleiding|studie)\s+(?:afgerond|voltooid))\b", _GRADUATE,
         requires="first|eerste|just|net|pas", name="first job or just graduated"),
    rule("age", "hard", r"\b(?:net|pas|recent(?:elijk)?|onlangs|kort\s*geleden|vers|kersvers)[\s-]+(?:afgestudeerd\w*"
         r"|gediplomeerd\w*|(?:van|uit)\s+(?:de\s+)?(?:school|schoolbanken|collegebanken|opleiding|universiteit"
         r"|hogeschool|uni|hbo|mbo))|\b(?:niet\s+(?:te\s+|zo\s+)?lang|kort)\s+(?:geleden\s+)?(?:uit|van)\s+(?:de\s+)?"
         r"(?:school|schoolbanken|collegebanken|opleiding|universiteit|hogeschool)\b|\bnot\s+(?:too\s+|so\s+)?long\s+"
         r"(?:out\s+of|since)\s+(?:school|college|uni\w*)"
         r"|\bpas-?afgestudeerd\w*|\bschoolverlater\w*|\b(?:recent|fresh|new|newly|young|latest)(?:ly)?\s+"
         r"(?:graduates?|grads?|graduated|qualified|school[- ]?leavers?|out\s+of\s+(?:school|college|uni\w*))"
         r"|\bschool[- ]?leavers?\b|\b(?:fresh|straight|right|just)\s+(?:out\s+of|from)\s+(?:school|college|uni\w*)"
         r"|\bclass\s+of\s+(?:19|20)\d\d(?:\s*(?:or|and|-|/)\s*(?:19|20)\d\d)?", _GRADUATE,
         unless=r"\b(?:any age|alle leeftijden|ongeacht|regardless|of all ages|reunions?|reünie\w*|alumni"
                r"|oud-leerlingen|oud-studenten)\b",
         requires="afgestudeerd|gediplomeerd|school|graduat|grad|grads|qualified|leaver|class of|uni|college|opleiding"
                  "|hbo|mbo", name="recent graduate"),
    rule("age", "hard", r"\b(?:afgestudeerd|gediplomeerd|graduated|graduating|diploma\s+(?:behaald|gehaald))\s+"
         r"(?:(?:in|na|sinds|vanaf|tussen|after|since|from|between|within|binnen|in\s+the\s+(?:last|past))\s+)"
         r"(?:(?:19|20)\d\d|(?:dit|vorig|afgelopen|this|last)\s+(?:jaar|year)|de\s+(?:afgelopen|laatste)\s+\w+\s+jaar"
         r"|(?:the\s+)?(?:last|past)\s+(?:\w+\s+)?(?:years?|months?)|(?:\w+\s+)?years?)(?:\s*(?:of|en|or|and|-)\s*(?:19|20)\d\d)?"
         r"|\bdiploma\s+(?:in|na|sinds)\s+(?:19|20)\d\d(?:\s*(?:of|en|or|and|-)\s*(?:19|20)\d\d)?"
         r"|\b(?:maximaal|hoogstens|niet\s+langer\s+dan|minder\s+dan|hooguit|binnen|no\s+more\s+than|less\s+than"
         r"|within|at\s+most)\s+(?:\w+\s+)?(?:jaar|years?)\s+(?:geleden\s+|ago\s+)?(?:afgestudeerd|gediplomeerd"
         r"|van\s+school|graduated|out\s+of\s+(?:school|university|college))|\b(?:afstudeerjaar|graduation\s+year)\b",
         _GRADUATE,
         requires="afgestudeerd|gediplomeerd|graduat|diploma|afstudeer|van school|out of", name="graduated when"),
    # how old the degree may be: "je diploma is maximaal een jaar oud", "finished their degree within the last
    # 24 months", "no more than 2 years since graduation" (three rules, each behind its own cheap pre-check)
    rule("age", "hard", r"\b(?:diploma|degree|opleiding|studie|qualification)\s+(?:is\s+|must\s+be\s+|mag\s+)?"
         r"(?:maximaal|hooguit|hoogstens|niet\s+ouder\s+dan|max\.?|no\s+(?:more|older)\s+than|not\s+older\s+than|at\s+most"
         r"|less\s+than|minder\s+dan)\s+\w+\s+(?:jaar|years?|maanden|months)\s+(?:oud|old)\b", _GRADUATE,
         requires="jaar oud|years old|year old|maanden oud|months old", name="degree age"),
    rule("age", "hard", r"\b(?:finished|completed|obtained|gained|earned|afgerond|behaald|gehaald)\s+(?:\w+\s+){0,2}?"
         r"(?:degree|studies|diploma|qualification|studie|opleiding)\s+(?:\w+\s+)?(?:within|in|binnen)\s+(?:the\s+|de\s+)?"
         r"(?:last|past|afgelopen|laatste)\s+\w+\s+(?:months?|years?|maanden|jaar)\b", _GRADUATE,
         requires="the last|the past|de afgelopen|de laatste", name="degree finished lately"),
    # ("within two years after graduation you lead a team" is a promise, not a limit: no "within" here)
    rule("age", "hard", r"\b(?:no\s+more\s+than|not\s+more\s+than|less\s+than|at\s+most|maximaal|hooguit"
         r"|hoogstens|niet\s+meer\s+dan|minder\s+dan)\s+\w+\s+(?:years?|months?|jaar|maanden)\s+(?:since|after"
         r"|from|na|sinds|vanaf)\s+(?:your\s+|their\s+|je\s+|jouw\s+|het\s+)?(?:graduation|graduating|graduated|degree"
         r"|afstuderen|diploma)\b", _GRADUATE,
         requires="graduat|afstuderen|degree|diploma", name="time since graduation"),
    # birth years and dates
    rule("age", "hard", r"\b(?:geboren|born)\s+(?:na|voor|vóór|tussen|in|vanaf|after|before|between|from|since)\s+"
         r"(?:de\s+jaren\s+|the\s+)?(?:'?\d0'?s|(?:19|20)\d\d'?s?|(?:jaren\s+)?'?\d0|negentig|tachtig|zeventig"
         r"|nineties|eighties|seventies)(?:\s*(?:en|and|of|or|-)\s*(?:19|20)\d\d)?"
         r"|\b(?:geboortejaar|geboortedatum|year\s+of\s+birth|date\s+of\s+birth|birth\s?date|birth\s+year)\b"
         r"|\b(?:vermeld|noem|state|include|mention|give|geef|with)\s+(?:ook\s+)?(?:je|jouw|uw|your)\s+"
         r"(?:leeftijd|age)\b", _BIRTH, Policy.ALWAYS,
         unless=r"\b(?:niet|not|no need|hoeft|hoef|don't|do not|never|nooit|zonder|without)\b"
                # asked only once hired, for the payroll: no part of choosing whom to hire
                r"|\bna\s+(?:je\s+|jouw\s+|uw\s+)?indiensttreding\b|\bafter\s+(?:you\s+(?:start|join)|hire|hiring"
                r"|joining|your\s+(?:start|first\s+day))\b|\bsalarisadministratie\b|\bpayroll\b",
         requires="geboren|born|geboorte|birth|leeftijd|age", name="birth year"),
    # young, and age brackets, for the candidate
    rule("age", "hard", _NOT_TEAM + r"\b(?:jong(?!\s+van\s+(?:geest|hart))|jonge|jongere"
         r"|jonger(?!\s+(?:zijn\s+)?dan)|jeugdig\w*"
         r"|youthful|young(?!\s+at\s+heart)|younger(?!\s+than)|youngsters?|jongelui|jongem[ae]n\w*|jongedame\w*"
         r"|jong\s+talent|jong\s+bloed|vers\s+bloed|young\s+blood|fresh\s+blood|jonge\s+honden|jonge\s+hond"
         r"|fresh[- ]fac(?:ed|es)|frisse?\s+(?:koppies|gezichten|gezicht|snoet\w*)|jonge\s+(?:koppies|gezichten)"
         r"|jonkies?|jongen(?=\s+(?:persoon|personen|mensen|medewerker\w*|kandida\w*|collega\w*|kracht\w*|werknemer\w*)))\b",
         _AGE,
         unless=rf"{BALANCED}|{NAMED}|{YOUNG_GROUP}|\bjong\s+geleerd\b", before_unless=SOMEONE_ELSE,
         requires="jong|jonk|young|youth|jeugd|bloed|blood|fresh|fris", person=True, name="young"),
    # indirect: a "fresh" worker, the start of a career, an age given roughly
    rule("age", "soft", r"\bfrisse?\s+(?:kracht(?:en)?|wind\s+van\s+jonge\s+\w+)\b|\bfresh\s+young\s+\w+", _AGE,
         requires="fris|fresh", name="fresh worker"),
    rule("age", "hard", r"\b(?:aan|in)\s+het\s+begin\s+van\s+(?:je|jouw|zijn|haar|hun|de|een|uw)\s+(?:\w+\s+)?"
         r"(?:carrière|loopbaan|werkende\s+leven)|\bat\s+the\s+(?:start|beginning|outset)\s+of\s+(?:your|their|his|her|a)\s+"
         r"(?:\w+\s+)?(?:career|working\s+life)|\bearly\s+in\s+(?:your|their|his|her)\s+career\b"
         r"|\bbegin\s+(?:je|jouw)\s+(?:carrière|loopbaan)\b|\b(?:je|jouw|your|their)\s+(?:hele|whole|entire)\s+"
         r"(?:carrière|loopbaan|werkende\s+leven|career|working\s+life)\s+(?:nog\s+)?(?:voor\s+(?:je|de\s+boeg)|ahead)\b"
         r"|\bin\s+de\s+bloei\s+van\s+(?:je|jouw|zijn|haar|het)\s+leven\b|\bin\s+the\s+prime\s+of\s+(?:your|their|his|her)"
         r"\s+life\b|\b(?:nog\s+)?(?:veel|vele|lange|jaren\s+aan)\s+(?:werkzame\s+|productieve\s+)?jaren\s+(?:voor\s+(?:je"
         r"|de\s+boeg)|te\s+gaan)\b|\b(?:many|long|plenty\s+of)\s+(?:working\s+|productive\s+)?years\s+ahead\b",
         _AGE,
         unless=r"\b(?:of\s+(?:je\s+)?(?:al|juist)|or\s+(?:already|well)|(?:en|and)\s+(?:ervaren|experienced|senior))\b",
         requires="begin|start|outset|early|hele|whole|entire|bloei|prime|jaren|years", name="start of a career"),
    rule("age", "hard", rf"\b(?:van|of|aged)\s+(?:rond\s+de|rondom\s+de|omstreeks|around|about|ongeveer|circa|ca\."
         rf"|zo'n)\s+{N}\b(?:{UNIT}|(?=\s*(?:[).,;!?]|$)))|\b(?:net|pas)\s+{N}\s+(?:jaar\s+)?geworden\b"
         rf"|\bjust\s+turned\s+{N}\b", _AGE, Policy.CUED, unless=AGE_OF_OTHERS, requires=AGES,
         name="age roughly"),
    # a starter on the labour market as the one sought (a "startersfunctie" or "a starter or an experienced hand" is
    # open to all)
    rule("age", "hard", r"\bstarters?\s+op\s+de\s+arbeidsmarkt\b|\b(?:arbeidsmarkt|labou?r[- ]market|job[- ]market)"
         r"[\s-]*(?:starters?|entrants?|newcomers?|nieuwkomers?)\b|\b(?:new|first-time)\s+entrants?\s+(?:to|into|on)\s+"
         r"the\s+(?:labou?r|job)\s+market\b", _AGE, Policy.CUED,
         unless=r"\b(?:ervaren|experienced|senior|herintreder\w*|returners?|career\s+changers?|zij-?instromer\w*)\b"
                r"|\b(?:of|or)\s+(?:\w+\s+){0,4}?(?:\w*ervaring|experience)\b",
         requires="arbeidsmarkt|market", name="labour-market starter"),
    # a list item that is nothing but a maximum ("✔ max 30", "- tot 35")
    rule("age", "hard", rf"(?:^|(?<=\n))[^\w\n]*(?:max(?:imaal|imum|\.)?|tot|t/m|up\s+to|under|onder\s+de)\s*{N}"
         r"\s*(?=\n|$)", _AGE, requires=AGES, name="maximum in a list"),
    rule("age", "hard", r"\b(?:jong\w*|young)\b[^.;!?]{0,30}?\b(?:van\s+leeftijd|qua\s+leeftijd|in\s+age|in\s+years)\b",
         _AGE, requires="jong|young", name="young in years"),
    rule("age", "hard", r"\b(?:jongeren|young\s+people)\b", _AGE, Policy.CUED,
         unless=r"\b(?:en|and|of|or)\s+(?:ouderen|older|professionals|ervaren|experienced|volwassenen|adults)\b"
                r"|\b(?:bijbaan|side job|part-?time|weekend|vakantie\w*|holiday|zaterdag\w*|saturday)\b",
         requires="jongeren|young", name="young people"),
    rule("age", "hard", r"\b(?:twintiger|dertiger|veertiger|vijftiger|zestiger)s?\b"
         r"|\b(?:in|begin|midden|eind|halverwege|late|early|mid)\s+(?:de\s+)?(?:twintig|dertig|veertig|vijftig)(?:er)?\b|\bin\s+(?:your|their|his|her|my|our"
         r"|the)\s+(?:early[\s-]+|mid[\s-]+|late[\s-]+)?(?:twenties|thirties|forties|fifties|20s|30s|40s|50s|20's"
         r"|30's)\b"
         r"|\b(?:mostly|mainly|all|vooral|voornamelijk)\s+(?:in\s+)?(?:their|hun)\s+(?:twenties|thirties|20s|30s)\b"
         r"|\b(?:twenty|thirty|forty)[- ]?something\w*|\b\d0[- ]somethings?\b|\bmillennials?\b|\bgen(?:eration)?[- ]?z"
         r"(?:'?ers)?\b|\bgeneratie\s+z\b|\bbabyboomers?\b|\b(?:van\s+)?middelbare\s+leeftijd\b|\bmiddle[- ]aged?\b"
         r"|\bdigital(?:e)?[\s-]+natives?\b", _AGE,
         # the bracket as a market ("Generation Z is our fastest-growing customer segment")
         unless=r"\b(?:is|are|zijn|vormt|vormen|form)\s+(?:our|onze|de|the|a|een)\s+(?:[\w-]+\s+){0,2}?(?:customer|klant"
                r"|doelgroep|target|market|markt|consument|consumer|audience|publiek|segment|koper|buyer)\w*",
         requires="twintig|dertig|veertig|vijftig|zestig|twent|thirt|fort|fift|0s|0's|something|millennial|gen|boomer"
                  "|middel|middle|native", name="age bracket"),
    rule("age", "hard", r"\b(?:mature|oudere|older|ervaren\s+oudere)\s+(?:gentlem[ae]n|lad(?:y|ies)|m[ae]n|wom[ae]n"
         r"|person|people|candidates?|applicants?|individuals?|kandidat\w*|kandidaat|sollicitant\w*|dame|heer|man"
         r"|vrouw|medewerker\w*|werknemer\w*|persoon)\b|\bmature\b(?=\s*(?:[,.;]|and\b))", _AGE, Policy.CUED,
         requires="mature|ouder|older", name="older candidate"),
    # retirement
    rule("age", "hard", r"\b(?:(?:nog\s+)?(?:minstens|minimaal|ten\s+minste|at\s+least)\s+\w+\s+(?:jaar|years?)\s+"
         r"(?:tot|voor|until|before|to)\s+(?:je|het|uw|your|the)?\s*(?:pensioen|retirement|aow)|(?:bijna|dicht\s+bij"
         r"|vlak\s+voor|kort\s+voor|near(?:ing)?|close\s+to|approaching)\s+(?:je|het|uw|your|the)?\s*(?:pensioen\w*"
         r"|retirement|aow)|pensioengerechtigd\w*|aow-?(?:gerechtigd\w*|leeftijd)|retirement\s+age"
         r"|(?:ver|far|lang|long)\s+(?:weg\s+)?(?:van|from|away\s+from)\s+(?:je|your|het|the|uw)?\s*"
         r"(?:pensioen|retirement|aow)|(?:nog\s+)?niet\s+aan\s+(?:je|het|uw)\s+pensioen|(?:jaar|years?)\s+(?:tot|until|before|to|left\s+(?:until|before))\s+(?:je|your|het|the|uw)?\s*"
         r"(?:pensioen|retirement|aow))\b", _RETIRE, requires="pensioen|retire|aow", name="retirement"),
    rule("age", "hard", r"\b(?:gepensioneerd\w*|retirees?|pensioners?|pensionado'?s|aow'?ers?|retired)\b", _RETIRE,
         Policy.EXCLUDES, requires="pensio|retire|aow", name="retirees excluded"),
    # only one life stage let in: "Early-career only", "Studenten only", "only students" (a student who may also
    # apply, "ook studenten", is no finding)
    rule("age", "hard", r"\b(?:early[- ]career|starters?|studenten|students?|scholieren|schoolgaande\s+jeugd)\s+only\b"
         r"|\b(?:only|alleen|uitsluitend|enkel)\s+(?:open\s+to\s+)?(?:students|studenten|scholieren)\b", _AGE,
         Policy.ALWAYS, requires="only|alleen|uitsluitend|enkel", name="one life stage only"),
    # an age cap with youth pay as its reason: "we betalen jeugdloon, dus max 20 jaar", "youth wage, so under-21s"
    rule("age", "hard", rf"\b(?:jeugdloon|jeugdlonen|youth\s+(?:minimum\s+)?(?:wage|rate|pay))\b[^.;]{{0,40}}?"
         rf"\b(?:dus|daarom|so|therefore|hence)\s+(?:(?:max(?:imaal|imum|\.)?|tot|onder\s+de|under|up\s+to)\s*{N}{UNIT}?"
         rf"|under-?{N}'?s)", _AGE, Policy.ALWAYS, requires="jeugdloon|youth", name="age cap for youth pay"),
    rule("age", "hard", rf"\b(?:under|over|onder|boven)-{N}'?s\s+(?:preferred|only|wanted|gezocht|bij\s+voorkeur)\b",
         _AGE, Policy.ALWAYS, requires="under-|over-|onder-|boven-", name="age group preferred"),
    # long service shut out: "If you've been in the industry for 15+ years, this isn't the role for you"
    rule("age", "hard", r"\b(?:been|worked|working|werkzaam|actief)\s+(?:in|within|binnen)\s+(?:the|this|de|het|dit"
         r"|deze)\s+(?:industry|field|sector|trade|profession|vak|branche)\s+(?:for\s+|voor\s+)?(?:more\s+than\s+"
         r"|over\s+|meer\s+dan\s+)?\d+\s*\+?\s*(?:years?|jaar)\b", _EXPERIENCE, Policy.EXCLUDES,
         requires="industry|field|sector|trade|profession|vak|branche", name="long service excluded"),
    # experienced people turned away: "seasoned professionals need not apply", "ervaren krachten hoeven niet"
    rule("age", "hard", r"\b(?:ervaren|experienced|seasoned|doorgewinterde)\s+(?:kandidat\w*|candidates?|applicants?"
         r"|people|professionals?|krachten|mensen|medewerkers|sollicitant\w*|staff|workers?|veterans?|pros)\b",
         _EXPERIENCE, Policy.EXCLUDES, unless=r"\b(?:not\s+only|niet\s+alleen|but\s+also|maar\s+ook)\b",
         requires="ervaren|experienced|seasoned|doorgewinterd",
         name="experienced excluded"),
    # a generation aimed at the candidate: "grew up with a smartphone", "een nieuwe generatie op de binnendienst"
    rule("age", "hard", r"\b(?:grew\s+up|grown\s+up|opgegroeid|opgegroeit)\s+(?:with|met)\s+(?:a\s+|an\s+|een\s+|the\s+"
         r"|het\s+)?(?:smartphones?|iphones?|internet|social\s+media|sociale\s+media|tablets?|ipads?|instagram|tiktok)"
         r"(?:\s+in\s+(?:hand|(?:your|je)\s+hand))?\b", _AGE, requires="grew|grown|opgegroei", name="grew up with"),
    # (a new generation the candidate trains is no finding: "leid jij de nieuwe generatie monteurs op")
    rule("age", "hard", r"\b(?:een\s+)?(?:nieuwe|jonge|new|young|next)\s+generat(?:ie|ion)\s+(?:(?:op|in|bij|on|at|in)"
         r"\s+(?:de|het|onze|ons|the|our)\s+(?:\w*dienst|afdeling\w*|team|werkvloer|department|floor|desk|kantoor"
         r"|office|shop\s+floor)|(?:of\s+|aan\s+)?(?:talent|engineers|medewerkers|collega's|colleagues|professionals"
         r"|staff|werknemers|employees|verkopers|monteurs|leaders|leiders))\b", _AGE, Policy.ALWAYS,
         unless=r"\b(?:leid\w*\s+(?:\w+\s+){0,5}op|opleid\w*|train\w*|mentor\w*|coach\w*|begeleid\w*|teach\w*"
                r"|develop\w*|ontwikkel\w*|inspir\w*|opvoed\w*|educat\w*)\b",
         requires="generat", name="new generation as staff"),
)
