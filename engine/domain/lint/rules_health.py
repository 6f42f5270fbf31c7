"""Health and disability (WGBH/CZ): good health, a clean medical past, sickness records, medical checks,
conditions and disabilities shut out. Tasks ("je tilt tot 23 kilo"), medicals the law requires (drivers,
pilots, divers), clients with a condition and health offered as a benefit are not findings."""

from __future__ import annotations

from engine.domain.lint.model import Policy, Rule, rule

_HEALTH = ("Noem de taken die het werk vraagt ('je tilt tot 20 kg', 'je werkt in ploegen'), niet gezondheid.",
           "Name the tasks the job involves ('lifting up to 20 kg', 'shift work'), not health.")
_FIT = ("Beschrijf de fysieke taken concreet in plaats van 'fit'.", "Describe the physical tasks instead of 'fit'.")
_MEDICAL = ("Een medische keuring mag alleen als de wet of bijzondere functie-eisen het vragen; noem die grond.",
            "A medical check is allowed only where the law or specific job demands require it; name that ground.")
_DISABILITY = ("Een beperking sluit niemand uit: noem de taken en bied aanpassingen aan.",
               "A disability excludes no one: name the tasks and offer adjustments.")

NOT_ABOUT_CANDIDATE = (r"\b(?:bieden|biedt|offer\w*|aandacht\s+voor|investeren|invest\w*|vitaliteit\w*|wellbeing"
                       r"|well-being|welzijn|programma|programme|program|abonnement|subscription|budget|vergoeding"
                       r"|allowance|insurance|verzekering\w*|regeling|scheme|gezonde\s+(?:voeding|lunch|leefstijl)"
                       r"|healthy\s+(?:food|lunch|lifestyle))\b")
# a number of days or weeks off sick ("een week ziek", "3 sick days", "vijf ziektedagen")
_COUNT = r"(?:\d{1,3}|een|één|twee|drie|vier|vijf|zes|zeven|tien|a|an|one|two|three|four|five|six|seven|ten)"
_SICK_DAYS = (r"(?:(?:ziekte|verzuim|sick(?:ness)?)[\s-]?(?:dagen|days?|leave|meldingen|periodes?)"
              r"|(?:dag|dagen|week|weken|maand|maanden|days?|weeks?|months?)\s+(?:\w+\s+){0,2}?(?:ziek\w*|verzuim\w*|sick|ill|absent|off\s+sick))")
MEDICAL_LAWFUL = (r"\b(?:wettelijk\w*|wet\b|wetgeving|by\s+law|legally|law\b|statutory|required\s+(?:by|for)"
                  r"|vereist\s+voor|zoals\s+vereist|verplicht\s+voor|certifica\w*|class\s+\d|klasse\s+\d|luchtvaart\w*"
                  r"|aviation|pilot\w*|piloot|verkeersleider\w*|duiker\w*|divers?\b|arbo\w*|wmk|rijbewijs\w*"
                  r"|licen[cs]e\w*|cbr|zeevaart|seafar\w*|offshore|keuringsplicht|beroepschauffeur\w*|code\s*95|rijgeschiktheid"
                  r"|beroepsvervoer|vakbekwaamheid|(?:commercial|professional)\s+drivers?|dot|hgv|lgv|cpc)\b")
# a physical demand with its reason ("een goede conditie is nodig, omdat je de hele dag loopt")
CONDITION_FOR_TASK = (r"\b(?:conditie|shape|condition)\b[^.;]{0,80}\b(?:omdat|want|aangezien|because|since|as\s+you"
                      r"|as\s+the\s+(?:job|role|work))\b")
DISABILITY = (r"(?:(?:arbeids|functie|lichamelijke\s+|verstandelijke\s+|fysieke\s+|medische\s+|visuele\s+|auditieve\s+"
              r"|psychische\s+|zichtbare\s+)?beperking(?:en)?|handicap(?:s)?|gehandicapt\w*|invalide\w*|mindervalide\w*"
              r"|rolstoel\w*|dyslect\w*|dyslexi\w*|autis\w*|adhd|doof|doven|dove|slechthorend\w*|blind(?:en|e)?"
              r"|slechtziend\w*|visueel\s+beperkt\w*|epilep\w*|stotter\w*|disabilit\w*|disabled"
              r"|hearing\s+aids?|gehoorapparaat\w*|prothese\w*|prosthe\w*|krukken|crutches|walking\s+(?:sticks?|aids?|frames?)"
              r"|handicapped|wheelchairs?(?:\s+users?)?|deaf\w*|hard\s+of\s+hearing|visually\s+impaired"
              r"|hearing\s+impair\w*"
              r"|impairments?|learning\s+difficult\w*|special\s+needs|neurodivergen\w*|chronisch\s+ziek\w*"
              r"|mental\s+illness\w*"
              r"|psychische\s+(?:ziekte|stoornis|problemen)\w*|psychiatrische\s+\w+"
              r"|chronically\s+ill|mentally\s+ill|psychische\s+aandoening\w*)")
# a medical of the employer's own, not one the law requires: "onze eigen medische keuring", "pass our own medical"
OWN_MEDICAL = (r"\b(?:pass|passing|undergo|slagen\s+voor|doorstaan|ondergaan)\s+(?:a\s+|an\s+|our\s+|the\s+|onze\s+"
               r"|een\s+|de\s+)?(?:own\s+|eigen\s+|company\s+|in-house\s+|interne\s+)?(?:medical|medische\s+keuring|keuring"
               r"|health\s+check|gezondheidskeuring)\b|\b(?:our|onze)\s+(?:own|eigen)\s+(?:medical|medische\s+keuring"
               r"|keuring|gezondheidskeuring|health\s+(?:check|screening))\b")

RULES: tuple[Rule, ...] = (
    # health
    rule("health", "soft", r"\b(?:fysiek|lichamelijk|physically)\s+fit\b|\bfit\s+(?:en|and|&)\s+(?:gezond|healthy)\b",
         _FIT, unless=NOT_ABOUT_CANDIDATE, requires="fit", name="fit"),
    rule("health", "hard", r"\b(?:kerngezond\w*|clean\s+bill\s+of\s+health|(?:in\s+)?(?:een\s+)?(?:goede|uitstekende"
         r"|perfecte|prima|optimale)\s+"
         r"(?:lichamelijke\s+|fysieke\s+|psychische\s+|mentale\s+)?(?:gezondheid|conditie)|(?:in\s+)?(?:good|excellent"
         r"|perfect|sound|robust|full|optimal|great)\s+(?:physical\s+|mental\s+)?(?:health|shape)|(?:fysiek|lichamelijk"
         r"|psychisch|mentaal|geestelijk|physically|mentally)\s+(?:(?:en|and|&)\s+(?:fysiek|lichamelijk|psychisch"
         r"|mentaal|geestelijk|physically|mentally)\s+)?(?:gezond\w*|healthy|stabiel\w*|stable|sound)|of\s+sound\s+(?:mind|body)"
         r"(?:\s+(?:and|&)\s+(?:mind|body))?)\b", _HEALTH,
         unless=rf"{NOT_ABOUT_CANDIDATE}|{CONDITION_FOR_TASK}",
         requires="gezond|health|conditie|shape|stabiel|stable|sound", name="good health"),
    rule("health", "hard", r"\b(?:je\s+bent|jij\s+bent|ben\s+je|bent\s+u|u\s+bent|you\s+are|you're|are\s+you|be)\s+"
         r"(?:\w+\s+){0,2}?(?:gezonde?|healthy)\b(?!\s+(?:\w+\s+)?(?:eten|food|lunch|leefstijl|lifestyle|bezig))"
         # "gezond nieuwsgierig", "gezond kritisch": an adverb before an adjective
         r"(?!\s+\w+(?:ig|isch|ief|ieus|baar|zaam|lijk)\b)"
         r"|\bgezonde\s+(?:kandidaat|medewerker|persoon|collega|man|vrouw|jongen|meid|dame)\b|\bhealthy\s+(?:person"
         r"|individual|candidate|applicant|m[ae]n|wom[ae]n)\b", _HEALTH, requires="gezond|healthy", name="healthy"),
    rule("health", "hard", r"\b(?:geen|zonder|no|without|free\s+(?:of|from)|vrij\s+van|(?:het\s+)?ontbreken\s+van"
         r"|afwezigheid\s+van|absence\s+of|never\s+had|(?:not|never|niet"
         r"|nooit)\s+(?:take|taking|use|using|be\s+on|on|gebruik\w*|slik\w*|neem\w*)(?:\s+any)?)\s+(?:[\w-]+\s+){0,2}?"
         r"(?:(?:medische|gezondheids|lichamelijke|fysieke|psychische|chronische|rug|knie|nek|schouder|hart|long"
         r"|psychiatrische|mentale)\s*-?\s*(?:klachten|problemen|beperkingen|aandoeningen|ziekten|ziektes|ziekte|verleden"
         r"|voorgeschiedenis"
         r"|historie|geschiedenis)|\w*klachten|\w*aandoening(?:en)?|allergie(?:ën|en|s)?|allerg(?:y|ies)|chronische\s+ziekte\w*|ziekte(?:verzuim|verleden"
         r"|geschiedenis|historie|dagen)|verzuim\w*|burn-?out\w*|depressie\w*|medicijn\w*|medicatie\w*|(?:health"
         r"|medical|mental[- ]health|psychological|psychiatric|back|heart|chronic|physical)\s+(?:issues?|conditions?"
         r"|problems?|complaints?|illness(?:es)?|history|limitations?)|(?:history|record)\s+of\s+(?:\w+\s+){0,3}?"
         r"(?:illness\w*|sickness|absence|absenteeism|injur\w*|depression|burn-?out|mental\w*|medical|disease\w*"
         r"|back\s+problems)|sick(?:ness)?\s+(?:days|leave|record|absence)|medication|illness(?:es)?|chronic\s+"
         r"(?:illness\w*|disease\w*|conditions?)|pre-?existing\s+(?:\w+\s+)?conditions?"
         r"|(?:bestaande|chronische)\s+aandoening\w*)\b", _HEALTH,
         requires="geen|zonder|no|without|free|vrij|never|not|niet|nooit|ontbreken|afwezigheid|absence",
         name="no health problems"),
    rule("health", "hard", r"\b(?:100\s*%\s*(?:gezond|fit|healthy|inzetbaar|belastbaar)|topfit\w*|kerngezond\w*"
         r"|(?:clean|spotless|unblemished|blanco|schone?|smetteloze?)\s+(?:medical|health|medische|gezondheids|sick(?:ness)?"
         r"|absence|verzuim|ziekte(?:verzuim)?)\s*"
         r"(?:history|record|past|verleden|voorgeschiedenis|historie|dossier)"
         r"|(?:nooit|never)\s+(?:\w+\s+){0,2}?(?:ziek|sick|ill|\w+blessure\w*|(?:back|knee|neck|shoulder|sports?)\s+"
         r"injur\w*|(?:rug|knie|nek|schouder|hart|gezondheids)klachten|burn-?out)|(?:suffer\w*|lijd\w*)\s+(?:from|aan)\s+(?:any\s+|een\s+"
         r"|enige\s+)?"
         r"(?:\w+\s+)?(?:illness\w*|condition|disease|ziekte\w*|aandoening\w*|klachten))\b", _HEALTH,
         requires="100|topfit|kerngezond|nooit|never|suffer|lijd|clean|spotless|unblemished|blanco|schon|smetteloze",
         name="fit as a fiddle"),
    # a sickness record from an earlier job: "je verzuimpercentage", "sick days in previous job: fewer than 3"
    rule("health", "hard", r"\b(?:je|jouw|your|uw)\s+(?:\w+\s+)?(?:verzuim\w*|ziekteverzuim\w*|ziektedagen"
         r"|ziekmeldingen|sick(?:ness)?\s+(?:days|record|absences?)|absence\s+(?:record|rate)|attendance\s+record)\b"
         r"|\b(?:verzuim\w*|ziekteverzuim\w*|ziektedagen|ziekmeldingen|sick(?:ness)?\s+(?:days|absences?|leave)"
         r"|absences?)\s+(?:\w+\s+){0,2}?(?:bij|in|at|with)\s+(?:je\s+|jouw\s+|your\s+|uw\s+|the\s+|de\s+|a\s+|een\s+)?"
         r"(?:vorige|previous|last|former|huidige|current|laatste|eerdere)\s+(?:werkgever|job|employer|baan|functie"
         r"|role|position|werkgevers|jobs|employers)\b", _HEALTH,
         unless=r"\b(?:bieden|biedt|offer\w*|paid|betaald|doorbetaal\w*|vergoed\w*|entitle\w*|recht\s+op|allowance"
                r"|regeling|scheme|policy|beleid|krijg\w*|receive\w*)\b",
         requires="verzuim|ziektedag|ziekmeld|sick|absence|attendance", name="sickness record"),
    rule("health", "hard", r"\b(?:(?:niet|zelden|weinig)\s+(?:vaak\s+)?(?:ziek|verzuim\w*)|(?:rarely|seldom|never"
                           r"|not\s+"
         r"often)\s+(?:(?:off\s+)?sick|ill|absent)|laag\s+(?:ziekte)?verzuim\w*|low\s+(?:sickness\s+)?absen\w*"
         r"|(?:100\s*%|volledig|fully)\s+(?:belastbaar|inzetbaar|arbeidsgeschikt|fit\s+for\s+work)"
         # a count of sick days as a limit: "niet langer dan een week ziek", "no more than 3 sick days"
         rf"|(?:(?:niet|no|not)\s+)?(?:langer|meer|more|longer|fewer|less|minder)\s+(?:dan|than)\s+{_COUNT}\s+"
         rf"(?:\w+\s+)?{_SICK_DAYS}|(?:max(?:imaal|imum|\.)?|hooguit|hoogstens|at\s+most|up\s+to|tot)\s+{_COUNT}\s+"
         rf"(?:\w+\s+)?{_SICK_DAYS})\b", _HEALTH,
         Policy.CUED, unless=r"\b(?:bieden|biedt|offer\w*|paid|betaald|doorbetaal\w*|vergoed\w*|entitle\w*|recht\s+op"
                             r"|allowance|regeling|scheme|policy|beleid|krijg\w*|get|receive\w*)\b",
         requires="ziek|verzuim|sick|ill|absent|absen|belastbaar|inzetbaar|arbeidsgeschikt"
                  "|fit for work", name="rarely sick"),
    # health asked to be disclosed: "please disclose any medical conditions", "vermeld eventuele aandoeningen"
    rule("health", "hard", r"\b(?:disclose|declare|list|state|mention|tell\s+us\s+(?:about|of)"
         r"|inform\s+us\s+(?:about|of)|vermeld|meld|noem)\s+(?:any|all|your|je|jouw|uw|eventuele|alle)\s+(?:\w+\s+)?(?:medical\s+(?:conditions?"
         r"|history|issues|problems)|health\s+(?:conditions?|problems|issues)|illness\w*|medication\w*|diagnos\w*"
         r"|medische\s+\w+|gezondheids\w+|ziekte\w*|aandoening\w*|medicijn\w*|medicatie|diagnose\w*)"
         # asked as a question: "vermeld in je sollicitatie of je chronische aandoeningen hebt"
         r"|\b(?:vermeld|meld|noem|geef\s+(?:\w+\s+){0,3}?aan|laat\s+(?:\w+\s+){0,3}?weten|state|indicate|tell\s+us|let\s+us\s+know"
         r"|mention|disclose|declare)\b[^.;]{0,40}?\b(?:of|whether|if)\s+(?:je|jij|u|you)\s+(?:\w+\s+){0,2}?"
         r"(?:medische\s+\w+|gezondheids\w+|\w*aandoening\w*|\w*ziekte\w*|\w*klachten|medicijn\w*|medicatie"
         r"|(?:medical|health|mental[- ]health)\s+(?:conditions?|issues|problems)|conditions?|illness\w*|medication)",
         _HEALTH, unless=r"\b(?:adjust\w*|aanpassing\w*|accommodat\w*|so\s+(?:that\s+)?we\s+can|zodat\s+(?:we|wij)"
                         r"|voluntar\w*|vrijwillig\w*|optional|hoeft\s+niet|not\s+required|no\s+need|patient\w*"
                         r"|patiënt\w*|cliënt\w*|client\w*)\b",
         requires="disclose|declare|list|state|mention|tell us|inform us|vermeld|meld|noem|let us know|indicate|geef"
                  "|laat", name="health disclosed"),
    rule("health", "hard", r"\b(?:medische\s+(?:keuring|verklaring|gegevens|historie|geschiedenis|vragenlijst|check"
                           r"|test"
         r"|informatie)|gezondheidsverklaring|gezondheidsvragenlijst|gezondheidsgegevens|health\s+(?:declaration"
         r"|questionnaire|check|screening|records?|information)|medical\s+(?:history|records?|questionnaire|declaration"
         r"|check|screening|examination|exam|test|information|assessment)|keuringsarts|pre-employment\s+(?:medical"
         r"|health))\b", _MEDICAL,
         # not asked, or records the work handles ("you keep medical records", "je beheert medische gegevens")
         unless=rf"{MEDICAL_LAWFUL}|\b(?:geen|no|zonder|without|not)\s+(?:\w+\s+)?(?:medische|medical|health"
                r"|gezondheids|pre-employment)\w*|\b(?:handl\w*|manag\w*|maintain\w*|keep\w*|updat\w*|process\w*"
                r"|archiv\w*|beheer\w*|bijhoud\w*|verwerk\w*|registr\w*|invoer\w*|houdt?\s+(?:\w+\s+){0,3}bij)\b",
         requires="medisch|medical|gezondheid|health|keuring|pre-employment", name="medical check"),
    rule("health", "hard", r"\b(?:burn-?out\w*|depressie\w*|depression|antidepress\w*|ziekteverleden|verzuimverleden"
         r"|rugklachten"
         r"|hernia|reuma\w*|rheumat\w*|kanker|cancer|hiv|aids|diabet\w*|suikerziek\w*|hart(?:klachten|patiënt\w*)|heart\s+(?:condition|disease)"
         r"|ziekte\s+van\s+\w+|(?:chronische|chronic)\s+(?:ziekte|illness|disease|pijn|pain)\w*|overspannen\w*"
         r"|long[- ]term\s+(?:health\s+|medical\s+)?(?:conditions?|illness\w*)|langdurig\w*\s+(?:ziek\w*|aandoening\w*)"
         r"|psychische\s+klachten|mental\s+health\s+(?:issues|problems|conditions)"
         r"|(?:psychiatrisch|psychisch|medisch)e?\s+(?:verleden|voorgeschiedenis|achtergrond|historie)"
         r"|(?:psychiatric|mental[- ]health|medical)\s+(?:history|past|record|background))\b", _HEALTH, Policy.EXCLUDES,
         name="condition excluded"),
    # disability
    rule("disability", "hard", rf"\b{DISABILITY}\b", _DISABILITY, Policy.EXCLUDES,
         unless=r"(?<!not )(?<!cannot be )(?<!can't be )(?<!niet )(?<!geen )(?<!cannot )(?<!can't )(?<!unable to )"
                r"(?<!not able to )\b(?:toegankelijk\w*|accessible"
                r"|aanpassing\w*|adjustments?|accommodat\w*|banenafspraak"
                r"|participatiewet|ongeacht|regardless)\b", name="disability excluded"),
    rule("disability", "hard", r"\b(?:able[- ]bodied|(?:100\s*%\s*|volledig|lichamelijk|fysiek|helemaal"
                               r"|volkomen)\s*valide|valide\s+(?:kandidaten"
                               r"|medewerkers"
         r"|personen|mensen)|non-disabled|niet\s+gehandicapt)\b", _DISABILITY,
         requires="bodied|valide|disabled|gehandicapt", name="able-bodied"),
    rule("health", "hard", OWN_MEDICAL, _MEDICAL, Policy.ALWAYS, unless=rf"{MEDICAL_LAWFUL}|\beasa\b",
         requires="medical|keuring|health check", name="own medical"),
    # adjustments refused: "able to work without adjustments", "aanpassingen aan de werkplek zijn niet mogelijk"
    rule("disability", "hard", r"\b(?:work|werken|function\w*|functioneren|perform|presteren)\s+(?:\w+\s+){0,3}?"
         r"(?:without|zonder)\s+(?:any\s+)?(?:\w+\s+)?(?:adjustments|aanpassingen|accommodations|voorzieningen)\b"
         r"|\b(?:no|geen)\s+(?:\w+\s+)?(?:adjustments|aanpassingen|accommodations)\s+(?:can|will|kunnen|worden|zijn"
         r"|are)\b", _DISABILITY, Policy.ALWAYS,
         requires="adjustment|aanpassing|accommodation|voorziening", name="no adjustments"),
    # a disability asked to be stated ("please declare any disability on the form"), unless to arrange adjustments
    rule("disability", "hard", r"\b(?:disclose|declare|list|state|mention|tell\s+us\s+(?:about|of)|vermeld|meld"
         r"|noem)\s+(?:any|all|your|je|jouw|uw|eventuele|alle)\s+(?:\w+\s+)?(?:disabilit\w*|beperking\w*|handicap\w*)",
         _DISABILITY, unless=r"\b(?:adjust\w*|aanpassing\w*|accommodat\w*|voluntar\w*|vrijwillig\w*|optional)\b",
         requires="disabilit|beperking|handicap", name="disability disclosed"),
    # disability benefits as a proxy: "Geen Wajong of WIA", "no one on incapacity benefit"
    rule("disability", "hard", r"\b(?:wajong\w*|wia|wao|arbeidsongeschikt\w*|incapacity\s+benefits?)\b", _DISABILITY,
         Policy.EXCLUDES, requires="wajong|wia|wao|arbeidsongeschikt|incapacity", name="disability benefit excluded"),
)
