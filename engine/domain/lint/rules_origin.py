"""Origin, language and religion (AWGB), and sexual orientation (AWGB, as ``other``): descent and
nationality, "echte Hollander", a mother tongue or an accent instead of a language level, a faith
without a lawful ground (a denominational school, pastoral care and churches have one)."""

from __future__ import annotations

from engine.domain.lint.model import Policy, Rule, alt, rule
from engine.domain.lint.words import (
    DEMONYM_NL,
    NATIONALITY_EN,
    NATIONALITY_NL,
    NATIONALS,
    RELIGION_ADJ_EN,
    RELIGION_ADJ_NL,
    RELIGION_LAWFUL,
    RELIGION_PERSON_EN,
    RELIGION_PERSON_NL,
    WORKER_EN,
    WORKER_NL,
)

_ORIGIN = ("Afkomst is nooit een eis; noem de kennis of vaardigheid die het werk vraagt.",
           "Origin is never a requirement; name the knowledge or skill the work needs.")
_NATIONALITY = ("Vraag naar een werkvergunning als de wet dat eist, niet naar nationaliteit.",
                "Ask for the right to work where the law requires it, not for a nationality.")
_NATIVE = ("Vraag om een taalniveau: 'uitstekende beheersing van het Nederlands (C1)'.",
           "Ask for a language level: 'excellent command of English (C1)'.")
_ACCENT = ("Vraag om verstaanbaarheid, niet om (geen) accent: 'je bent goed verstaanbaar aan de telefoon'.",
           "Ask to be clearly understood, not for (no) accent: 'you speak clearly on the phone'.")
_RELIGION = ("Geloof is alleen een eis bij een wettige grond (bijzonder onderwijs, pastoraat); laat het anders weg.",
             "Faith is a requirement only on a lawful ground (a faith school, pastoral care); otherwise leave it out.")
_DRESS = ("Noem alleen kledingeisen met een objectieve grond (veiligheid, hygiëne), voor iedereen gelijk.",
          "State dress rules only on an objective ground (safety, hygiene), the same for everyone.")
_LIVES = ("Woonplaats of wijk is geen eis; noem hooguit de reistijd of standplaats.",
          "Where someone lives is no requirement; at most state the location or travel time.")
_SEXUALITY = ("Seksuele gerichtheid is nooit een eis.", "Sexual orientation is never a requirement.")


def _inflected(adjective: str) -> str:
    """A Dutch adjective and its -e form: "pools|poolse", "europees|europese", "autochtoon|autochtone"."""
    if adjective.endswith("ees"):
        return f"{adjective}|{adjective[:-3]}ese"
    if adjective.endswith(("oon", "aan")):
        return f"{adjective}|{adjective[:-3]}{adjective[-2]}ne"
    if adjective.endswith("ies"):
        return f"{adjective}|{adjective[:-1]}ze|{adjective}e"
    return f"{adjective}|{adjective}e"


NAT_NL = alt(form for adjective in NATIONALITY_NL for form in _inflected(adjective).split("|"))
NAT = alt([NAT_NL, *NATIONALITY_EN])
NATS = rf"{NAT}(?:\s*(?:,|/|of|en|or|and)\s*{NAT})*"
WORKERS = alt([*WORKER_NL, *WORKER_EN])
LANGUAGES = (r"(?:english|dutch|german|french|spanish|italian|polish|arabic|turkish|chinese|mandarin|portuguese"
             r"|russian|nederlands|nederlandse|engels|engelse|duits|duitse|frans|franse|spaans|spaanse|pools|poolse"
             r"|arabisch|turks|italiaans|fries|vlaams|british|american|flemish)")
RELIGION_ADJ = alt([*RELIGION_ADJ_NL, *RELIGION_ADJ_EN])
INSTITUTION = (r"(?:school\w*|basisschool|scholengemeenschap|organisatie\w*|instelling\w*|stichting\w*|vereniging\w*"
               r"|omroep\w*|kerk\w*|gemeente\w*|ziekenhuis\w*|zorginstelling\w*|identiteit|waarden|values|ethos"
               r"|feestdagen|holidays|traditie\w*|tradition\w*|charit\w*|organi[sz]ation\w*|foundation\w*"
               r"|hospital\w*|communit\w*|faith\w*|church\w*|college\w*|universit\w*|hogeschool|signatuur|grondslag"
               r"|levensbeschouwing|principles|principes|normen|norms|zorg|care|onderwijs|education|cultuur|culture"
               r"|geloof|religie|religion|ethics|ethiek|feest\w*|festival\w*|patiënt\w*|patient\w*|cliënt\w*|client\w*"
               r"|leerling\w*|pupils?|students?|klant\w*|customers?|bewoner\w*|residents?|dienst\w*|services?"
               r"|voedsel|food|keuken|cuisine|uitgever\w*|publish\w*|media|leven|life|ethos|bedrijf|company|financ\w*"
               r"|bankier\w*|banking|recht|law|markt|market)")

# where someone comes from: regions and the countries most named in vacancies (Dutch and English)
REGIONS = (r"(?:(?:eastern|western|southern|northern|central|oost|west|zuid|noord|midden)[- ]?(?:europe|europa|africa"
           r"|afrika|asia|azië)|europe|europa|africa|afrika|asia|azië|(?:the\s+)?middle\s+east|(?:het\s+)?midden-oosten"
           r"|latin\s+america|latijns-amerika|(?:the\s+|de\s+)?balkans?|abroad|(?:het\s+)?buitenland|outside\s+(?:the\s+)?"
           r"(?:eu|europe|netherlands|uk)|buiten\s+(?:de\s+eu|europa|nederland)|poland|romania|bulgaria|morocco|turkey"
           r"|syria|ukraine|russia|india|china|pakistan|nigeria|ghana|somalia|eritrea|afghanistan|iran|iraq|suriname"
           r"|indonesia|(?:the\s+)?philippines|albania|serbia|bosnia|kosovo|polen|roemenië|bulgarije|marokko|turkije"
           r"|syrië|oekraïne|rusland|somalië|irak|indonesië|(?:de\s+)?filipijnen|albanië|servië|bosnië|(?:de\s+)?antillen)")
# where from is about goods, clients or a work permit, not the candidate's origin
ORIGIN_LAWFUL = (r"\b(?:klant\w*|client\w*|customer\w*|partner\w*|leverancier\w*|supplier\w*|import\w*|export\w*"
                 r"|product\w*|goods|goederen|shipment\w*|zending\w*|visa|visum|sponsor\w*|work\s+permit\w*"
                 r"|werkvergunning\w*|verblijfsvergunning\w*|right\s+to\s+work|tewerkstellingsvergunning|twv)\b")
# run once per text, before the rules that need a nationality, a demonym or its people
NAT_PRESENT = "|".join(word.replace(r"\w", "")
                       for word in (*NATIONALITY_EN, *DEMONYM_NL, *NATIONALS, *NAT_NL[3:-1].split("|")))
FAITH = ("christ|kathol|cathol|protest|gerefor|hervorm|evangel|islam|moslim|muslim|jood|joden|jew|hindu|hindoe|boeddh"
         "|buddh|sikh|gelovig|religi|kerk|church|athe|god|born-again")

# the majority's descent: naming it singles people out even in a welcome ("we welcome applicants of Dutch descent")
# the writer speaking of themself ("I'm a practising Christian", "ik ben lid van de partij"): no demand on a candidate
FIRST_PERSON = r"(?-i:\bI\b|\bI'm\b|\bI’m\b)|\b(?:ik|mijn|my)\b"
MAJORITY = (r"(?:nederlandse|hollandse|westerse|west-europese|europese|noord-europese|blanke|autochtone|dutch|western"
            r"|west(?:ern)?\s+european|european|northern\s+european|white|british|english|caucasian|scandinavian)")

# looks of a thing, not of a person ("a Scandinavian look for the interior")
_NOT_A_PERSON = (r"\b(?:product\w*|design\w*|interieur\w*|interior\w*|furniture|meubel\w*|style|stijl|menu|dish\w*"
                 r"|gerecht\w*|architect\w*|building\w*|gebouw\w*)\b")
# a lawful ground for asking a nationality: defence and security vetting
_CLEARANCE = (r"\b(?:veiligheidsonderzoek|security\s+clearance|defensie|defen[cs]e|krijgsmacht|army|aivd|vetting"
              r"|veiligheidsmachtiging)\b")
# membership said not to matter ("Lidmaatschap van een vakbond is niet nodig", "not required")
_NOT_ASKED = (r"\b(?:niet\s+(?:nodig|verplicht|vereist|noodzakelijk)|not\s+(?:required|necessary|needed|mandatory"
              r"|expected)|no\s+need|hoeft\s+niet|optional|optioneel|vrijwillig\w*|voluntary)\b")

RULES: tuple[Rule, ...] = (
    # origin and nationality
    rule("origin", "hard", rf"\b(?:of|van)\s+(?:\w+\s+)?{MAJORITY}\s+(?:afkomst|origine|komaf|herkomst|origin|descent"
         r"|heritage|extraction|ancestry|roots|wortels)\b"
         # a person of the majority "van origine" ("een Vlaming van origine", "Nederlanders van afkomst")
         r"|\b(?:nederlander|hollander|vlaming|belg|europeaan|westerling|autochtoon)(?:s|en)?\s+van\s+(?:\w+\s+)?"
         r"(?:afkomst|origine|komaf|herkomst)\b", _ORIGIN, Policy.ALWAYS,
         unless=r"\b(?:ongeacht|regardless|irrespective|no\s+matter|whatever|welke|any|elke|iedere?|every|all|alle"
                r"|klant\w*|client\w*|customer\w*|bewoner\w*|resident\w*|patiënt\w*|patient\w*|product\w*)\b",
         requires="afkomst|origine|komaf|herkomst|origin|descent|heritage|extraction|ancestry|roots|wortels",
         name="majority descent"),
    # looks of an origin: "a Western European appearance", "Nederlands uiterlijk", "European-looking"
    rule("origin", "hard", rf"\b(?:{NATS})[\s-]+(?:appearance|uiterlijk|looks|features|gelaatstrekken|complexion)\b"
         rf"|\b{NAT}[- ]looking\b", _ORIGIN, Policy.CUED,
         unless=_NOT_A_PERSON,
         requires="appearance|uiterlijk|looks|features|gelaatstrekken|complexion|looking", name="looks of an origin"),
    # "een Nederlands uitziende medewerker", "Europees ogend" (the lookahead skips every other word cheaply)
    rule("origin", "hard", rf"\b(?=[\w-]+\s+(?:uitziend|ogend)e?\b){NAT}\s+(?:uitziend|ogend)e?\b", _ORIGIN,
         Policy.CUED, unless=_NOT_A_PERSON, requires="uitziend|ogend", name="looking like an origin"),
    # a person of an origin's looks, whatever the work ("for the product demo we need someone of Asian appearance")
    rule("origin", "hard", rf"\b(?:someone|somebody|anyone|person|people|candidates?|applicants?|staff|iemand|mensen"
         rf"|personen|kandidat\w*|kandidaat|medewerker\w*)\s+(?:of|with|van|met)\s+(?:an?\s+|een\s+)?(?:{NATS})[\s-]+"
         r"(?:appearance|uiterlijk|looks?|features|gelaatstrekken|complexion)\b", _ORIGIN, Policy.ALWAYS,
         requires="appearance|uiterlijk|look|features|gelaatstrekken|complexion", name="someone of an origin's looks"),
    # a nationality by birth or a second one shut out: "Dutch by birth", "Nederlander van geboorte", "no dual nationals"
    # (the lookahead skips every word not followed by the phrase before the long list of nationalities is tried)
    rule("origin", "hard", rf"\b(?=[\w-]+(?:\s+[\w-]+)?\s+(?:by\s+(?:birth|descent)|from\s+birth|van\s+geboorte)\b)"
         rf"(?:{NAT}|{alt(DEMONYM_NL)})\s+(?:by\s+(?:birth|descent)|from\s+birth|van\s+geboorte)\b", _ORIGIN,
         unless=rf"{_CLEARANCE}|{FIRST_PERSON}", requires="birth|geboorte|descent",
         name="nationality by birth"),
    rule("origin", "hard", r"\b(?:dual|double|dubbele)\s+(?:nationals?|nationality|nationaliteit|citizens?|citizenship"
         r"|passports?|paspoort\w*)\b", _ORIGIN, Policy.EXCLUDES, unless=_CLEARANCE, requires="dual|double|dubbele",
         name="dual nationals excluded"),
    rule("origin", "hard", rf"\b(?:(?:van|of|met|with|uit|from)\s+(?:een\s+|a\s+|an\s+)?)?{NATS}\s+(?:afkomst"
         rf"|origine|komaf|herkomst|origin|descent|heritage|extraction|roots|wortels|ancestry|achtergrond"
         rf"|background)\b",
         _ORIGIN,
         requires="afkomst|origine|komaf|herkomst|origin|descent|heritage|extraction|roots|wortels|ancestry"
                  "|achtergrond|background", name="descent"),
    rule("origin", "hard", rf"\b(?:from|uit|afkomstig\s+uit|coming\s+from|(?:born|geboren)\s+in)\s+"
         rf"(?:the\s+|het\s+)?{REGIONS}\b", _ORIGIN, Policy.EXCLUDES, unless=ORIGIN_LAWFUL,
         requires="from|uit|born|geboren", name="coming from"),
    rule("origin", "hard", rf"\b(?:only|alleen|uitsluitend|enkel|preferably|bij\s+voorkeur)\s+(?:\w+\s+){{0,3}}?"
         rf"(?:from|uit|afkomstig\s+uit)\s+(?:the\s+|het\s+)?{REGIONS}\b", _ORIGIN, unless=ORIGIN_LAWFUL,
         requires="from|uit", name="only from"),
    rule("origin", "hard", r"\b(?:migratie|migranten|migrant|immigratie|immigranten|bi-?culturele?|niet-westerse?)"
         r"\s*-?\s*achtergrond\b|\b(?:migration|migrant|immigrant|non-western|ethnic(?:\s+minority)?)\s+"
         r"(?:background|heritage)\b|\b(?:autochto(?:on|ne|nen)|allochto(?:on|ne|nen)|etnisch\w*|etniciteit|ethnic\w*"
         r"|ras|race|racial|huidskleur|skin\s+colou?r|kaukasisch\w*|caucasian|blanke|(?:white|black)\s+(?:british"
         r"|candidates?|applicants?|people|only|person|m[ae]n|wom[ae]n))\b", _ORIGIN,
         requires="achtergrond|background|heritage|autochto|allochto|etni|ethnic|ras|race|racial|huidskleur|skin"
                  "|kaukas|caucas|blank|white|black", name="ethnicity"),
    rule("origin", "hard", r"\b(?:buitenlanders|allochtonen|immigranten|migranten|vluchtelingen|asielzoekers"
         r"|statushouders|expats|foreigners|immigrants|migrants|refugees|non-natives?|niet-nederlanders|non-dutch"
         r"|nieuwkomers|newcomers|arbeidsmigranten)\b", _ORIGIN, Policy.EXCLUDES,
         requires="buitenland|allochto|immigr|migrant|vluchteling|asielzoeker|statushouder|expat|foreign|refugee"
                  "|native|nederlanders|dutch|nieuwkomer|newcomer", name="foreigners excluded"),
    rule("origin", "hard", rf"\b(?:echte?|rasechte?|geboren|true|real|proper|born)\s+(?:{alt(DEMONYM_NL)}s?"
         rf"|{NAT_NL}\s+\w+|brit|englishman|dutchman|dutchie|local\s+(?:boy|girl|lad)|locals?\b(?!\s+(?:\w+\s+)?(?:knowledge|market\w*|feel"
         rf"|vibe|flavou?r|taste|favourite|gem|business\w*|partner\w*|product\w*|hero\w*|expert\w*|time|news|food"
         rf"|produce|beer|ingredients?|suppliers?|history)\b))\b|\bborn\s+and\s+(?:bred|raised)"
         r"\b|\bgeboren\s+en\s+getogen\b(?!\s+(?:\w+\s+)?(?:bedrijf|familiebedrijf|onderneming|zaak|merk|company|business"
         r"|firm|brand|product)\b)", _ORIGIN,
         requires="echt|rasecht|geboren|true|real|proper|born", name="one of us"),
    rule("origin", "hard", rf"\b(?:alleen|uitsluitend|enkel|only|geen|no|bij\s+voorkeur|preferably)\s+(?:\w+\s+)?"
         rf"{alt(NATIONALS)}\b|\b{alt(NATIONALS)}\s+(?:only|preferred|gezocht|wanted|bij\s+voorkeur|hebben\s+de\s+"
         r"voorkeur)\b|\b(?:(?:je\s+bent|jij\s+bent|ben\s+je|you\s+are|you're|must\s+be|moet\s+\w+\s+zijn|be)\s+"
         rf"(?:een\s+|a\s+|an\s+)?(?:echte\s+|real\s+|true\s+)?)(?:{alt(DEMONYM_NL)}|{NAT})\b(?![-\w])"
         r"(?!\s*(?:(?:or|and|of|en)\s+\w+\s*)?[- ]?(?:speaking|sprekend|talig))", _ORIGIN,
         requires=NAT_PRESENT, name="nationals only"),
    rule("origin", "hard", r"\b[\w]+-(?:born|bred)\b|\b(?:geboren|born)\s+(?:en\s+getogen\s+|and\s+(?:raised|bred)\s+)?"
         r"in\s+(?:the\s+)?(?-i:[A-Z])[\w-]+|\bin\s+(?-i:[A-Z])[\w-]+\s+geboren\b", _ORIGIN,
         unless=r"\b(?:19|20)\d\d\b", requires="born|bred|geboren", name="born in"),
    rule("other", "hard", r"\b(?:uit|from|wonend\s+in|woonachtig\s+in|living\s+in|residents\s+of)\s+(?:de\s+|the\s+)?"
         r"(?:wijk\s+|buurt\s+|postcode(?:gebied)?\s+|area\s+|district\s+)?(?:(?-i:[A-Z])[\w-]+|\d{4})"
         r"(?:[- ](?-i:[A-Z])[\w-]+)*|\b(?:wijken|buurten|postcodes?|postcodegebieden|neighbou?rhoods?|areas|districts)"
         r"\b", ("Woonplaats of wijk is geen eis; noem hooguit de reistijd of standplaats.",
                 "Where someone lives is no requirement; at most state the location or travel time."),
         Policy.EXCLUDES,
         requires="uit|from|wonend|woonachtig|living|residents|wijk|buurt|postcode|neighbo|area"
                  "|district", name="where someone lives"),
    rule("origin", "hard", r"\b(?:from|uit|living\s+in|lives\s+in|live\s+in|wonend\s+in|woont\s+in|woonachtig\s+in)\s+"
         r"(?:a|an|een|the|de)\s+(?:good|nice|decent|respectable|better|posh|quiet|goede|nette|betere|fatsoenlijke"
         r"|rustige|keurige)\s+(?:neighbou?rhood|area|part\s+of\s+town|buurt|wijk|postcode|address|adres)\b", _LIVES,
         requires="from|uit|living|lives|live|wonend|woont|woonachtig", name="good neighbourhood"),
    rule("origin", "hard", r"\b(?:achterstands|probleem|kracht|aandachts|vogelaar|prachtwijk|focus)wijk(?:en)?\b"
         r"|\b(?:deprived|rough|bad|poor|problem|troubled|disadvantaged)\s+(?:neighbou?rhoods?|areas?|estates?"
         r"|postcodes?|parts\s+of\s+town)\b", _LIVES, Policy.EXCLUDES,
         requires="wijk|neighbo|area|estate|postcode|town", name="neighbourhood excluded"),
    rule("origin", "hard", rf"\b(?:{NAT}|[\w]+[- ]sounding|typisch\s+\w+|typically\s+\w+)\s+(?:klinkende\s+)?"
         r"(?:name|naam|achternaam|surname|last\s+name|family\s+name)\b(?!\s+(?:for|of|voor|van)\b)"
         rf"|\b{NAT}[- ]klinkende\s+(?:\w*naam)\b", _ORIGIN, Policy.CUED,
         unless=r"\b(?:product\w*|app|apps|brand|merk\w*|domein\w*|domain|files?|bestand\w*|label\w*|variabel\w*"
                r"|variables?|fields?|veld\w*|species|soort\w*|plant\w*|dish\w*|gerecht\w*)\b",
         requires="name|naam", name="name of an origin"),
    rule("origin", "hard", rf"\b{NATS}\s+(?:{WORKERS})\b", _ORIGIN, Policy.CUED,
         unless=r"\b(?:tolk\w*|vertal\w*|interpret\w*|translat\w*|docent\w*|teacher\w*|leraar|lessen|klanten|clients"
                r"|customers|markt|market)\b", requires=NAT_PRESENT, name="nationality of the worker"),
    rule("origin", "hard", rf"\b(?:de\s+)?{NAT_NL}\s+nationaliteit\b|\b(?:{NAT}|(?-i:UK|U\.K\.|US|U\.S\.|USA|EU"
         rf"|EEA|EER))\s+(?:nationality|citizenship|nationals?"
         r"|citizens?|passport(?:\s+holders?)?|paspoort)\b|\bnationaliteit\s*:\s*\w+", _NATIONALITY, Policy.CUED,
         unless=r"\b(?:veiligheidsonderzoek|security\s+clearance|defensie|defen[cs]e|krijgsmacht|army|aivd|vog\b|mod"
                r"|legal(?:ly)?\s+(?:requirement|required)|required\s+by\s+law|by\s+law|wettelijk\w*|statutory"
                r"|vetting|veiligheidsmachtiging)\b"
                r"|(?<!\bno )(?<!\bgeen )(?<!\bnot )\b(?:valid\s+|geldige\s+)?(?:work|werk|residence|verblijfs)[\s-]?"
                r"(?:permit|vergunning)\w*\s+(?:or|of)\b|\b(?:or|of)\s+(?:a\s+|een\s+)?(?:valid\s+|geldige\s+)?(?:work"
                r"|werk|residence|verblijfs)[\s-]?(?:permit|vergunning)",
         requires="nationalit|citizen|national|passport|paspoort", name="nationality"),
    # language: a level, not a mother tongue or an accent
    rule("language", "hard", rf"(?<!near-)(?<!near )(?<!digital )\bnative(?:[- ](?:level|like))?\s+(?:{LANGUAGES}\s+)?"
         rf"(?:speakers?|speaking|speech|tongue|proficiency|fluency|command|level|language|{LANGUAGES})\b"
         rf"|\b{LANGUAGES}[- ]native\b|\bnative[- ]level\b|\bmother[- ]tongue\b|\bas\s+(?:a|your|their|his|her)\s+"
         rf"first[- ]language\b|\bfirst[- ]language\s+(?:speakers?|{LANGUAGES})\b|\b{LANGUAGES}\s+(?:is|as|must\s+be"
         r"|should\s+be|moet|dient)\s+(?:your|their|his|her|je|jouw|uw)\s+(?:first|eerste)\s+(?:language|taal)\b|\bmoedertaal\w*|\b(?:als|is\s+je|is\s+jouw)\s+eerste\s+taal\b|\b(?:like|as)\s+a\s+native(?:\s+speaker)?\b|\b(?:nederlandstalig|engelstalig"
         r"|english-speaking)\s+(?:opgegroeid"
         r"|opgevoed|raised|upbringing)\b|\bopgegroeid\s+(?:met|in)\s+(?:het\s+)?\w+\s+als\s+(?:eerste\s+)?taal\b",
         # a level named with its CEFR grade is a level ("Native-level German (C2)", "op moedertaalniveau (C2)")
         _NATIVE, unless=r"\b(?:native[- ]level|moedertaalniveau)\b[^.;]{0,30}?\b[BC][12]\b(?![^.;]*\bnative\s+speak)"
         r"|\bnative[- ](?:level|like)\s+(?:\w+\s+)?(?:isn'?t|is\s+not)\s+(?:required|necessary|needed)\b",
         requires="native|moedertaal|mother|first|talig|speaking|opgegroeid|taal", name="native speaker"),
    # native speakers only or preferred: "Natives only", "alleen moedertaalsprekers"
    rule("language", "hard", r"\b(?:natives?|native\s+speakers?|moedertaalsprekers?)\s+(?:only|preferred|gezocht"
         r"|bij\s+voorkeur|hebben\s+de\s+voorkeur)\b|\b(?:only|alleen|uitsluitend|enkel|preferably|bij\s+voorkeur)\s+"
         r"(?:\w+\s+)?(?:natives|native\s+speakers?|moedertaalsprekers?)\b", _NATIVE,
         requires="native|moedertaal", name="natives only"),
    rule("language", "hard", r"\b(?:nt2(?:-?ers?|-?sprekers?)?|anderstalig\w*|non-native\w*|second[- ]language\s+"
         r"speakers?|inburgeraars?|niet-moedertaalsprekers?)\b", _NATIVE, Policy.EXCLUDES,
         requires="nt2|anderstalig|native|second|inburger|moedertaal", name="non-natives excluded"),
    rule("language", "hard", r"\b(?:[\w]+[- ]sounding|native|local|lokaal|lokale|regionaal|regionale|plat|platte"
         r"|dialect\w*|posh|bekakt\w*|deftig\w*|\w+)\s+(?:\w+\s+)?(?:accent|tongval|uitspraak|pronunciation)\b"
         r"(?!\s+(?:op|on)\b)|\b(?:accent|tongval"
         r"|dialect)\b(?=[^.;]{0,25}\b(?:vereist|required|must|moet|verplicht|niet\s+gewenst|not\s+accepted))",
         _ACCENT, Policy.CUED, requires="accent|tongval|uitspraak|pronunciation|dialect", name="accent wanted"),
    rule("language", "hard", r"\baccent(?:loos|loze|vrij|vrije|-?free|less)\b|\b(?:zonder|without|free\s+of|no|geen"
         r"|nauwelijks|minimal|neutraal|neutrale|neutral|standard|standaard|regional|regionaal|regionale|buitenlands"
         rf"|buitenlandse|foreign|zwaar|zware|heavy|strong|sterk|sterke|herkenbaar|herkenbare|local|lokaal|lokale"
         rf"|{LANGUAGES}|{NAT})\s+(?:(?:\w+)\s+)?accent(?:s|en)?\b(?!\s+(?:op|on)\b)|\bunaccented\b"
         rf"|\balgemeen\s+beschaafd\s+nederlands\b|\b(?:queen|king)['’]s\s+english\b|\b(?:bbc|oxford)\s+english\b"
         r"|\bABN\b(?!\s*-?\s*amro)|\breceived\s+pronunciation\b", _ACCENT,
         requires="accent|abn|pronunciation|beschaafd|english", name="accent"),
    # religion
    # a faith before a noun of the candidate; not before an institution, a subject or a market, also in a compound
    # ("islamitische financieringsprincipes", "christelijke basisschool")
    rule("religion", "hard", rf"\b{RELIGION_ADJ}\s+(?![a-z]*{INSTITUTION}\b)(?:[a-z]\w+)\b", _RELIGION,
         unless=RELIGION_LAWFUL,
         requires=FAITH, name="faith of the candidate"),
    rule("religion", "hard", rf"\b(?:je\s+bent|jij\s+bent|ben\s+je|bent\s+u|you\s+are|you're|be|being|als)\s+(?:een\s+"
         rf"|a\s+|an\s+)?(?:(?:praktiserend|belijdend|gelovig|practi[sc]ing|devout|committed)\w*\s+)?"
         rf"{RELIGION_PERSON_NL}|\b(?:je\s+bent|jij\s+bent|ben\s+je|you\s+are|you're|be)\s+(?:een\s+|a\s+|an\s+)?"
         rf"(?:(?:\w+\s+)?){RELIGION_PERSON_EN}\b|\b(?:gelovig|religieus|religious|god-?fearing"
         rf"|devout)\b(?=\s*(?:[,.;!?]|$|en\b|and\b))"
         rf"|\b{RELIGION_ADJ}\s+(?:faith|geloof|belief|beliefs|overtuiging|levensovertuiging)\b(?=[^.;]{{0,30}}\b(?:required"
         r"|vereist|verplicht|essential|must|een\s+eis|noodzakelijk|preferred|gewenst)\b)"
         r"|\blid\s+(?:is\s+|bent\s+|zijn\s+)?van\s+(?:een|de)\s+(?:\w+\s+)?(?:kerk|kerkgenootschap|moskee|geloofsgemeenschap)\b"
         r"|\bkerkelijk\s+(?:betrokken"
         r"|meelevend|actief)\b|\bchurch\s+members?\b|\bmember\s+of\s+(?:a|the)\s+(?:\w+\s+)?(?:church(?!\s+(?:council"
         r"|board|committee))|congregation|mosque"
         r"|synagogue)\b|\b(?:share|deel|delen|onderschrijf|onderschrijft)\s+(?:our|onze|ons|het)\s+(?:faith|geloof"
         r"|christian\s+values|christelijke\s+waarden|religieuze\s+overtuiging)\b", _RELIGION, unless=RELIGION_LAWFUL,
         requires="christ|kathol|cathol|protest|gerefor|hervorm|evangel|islam|moslim|muslim|jood|joden|jew|hindu"
                  "|hindoe|boeddh|buddh|sikh|gelovig|religi|kerk|church|athe|god|devout|believ|congregation|mosque"
                  "|synagog|moskee|geloof|faith|belief|overtuiging|born", name="believer"),
    # a practising or devout believer sought: "een praktiserend christen", "a devout Muslim"
    rule("religion", "hard", rf"\b(?:praktiserend|belijdend|overtuigd|devout|practi[sc]ing|committed|born-again)e?\s+"
         rf"(?:{RELIGION_PERSON_NL}|{RELIGION_PERSON_EN}|christian|muslim|jew|hindu|sikh|catholic|buddhist)\b",
         _RELIGION, unless=rf"{RELIGION_LAWFUL}|{FIRST_PERSON}", requires=FAITH, name="practising believer"),
    rule("religion", "hard", r"\b(?:state|vermeld|noem|include|mention|disclose|declare|give|geef|list|indicate)\s+"
         r"(?:(?:\w+\s+){0,3}?(?:je|jouw|uw|your)\s+)(?:religion|faith|religie|geloof|godsdienst|geloofsovertuiging"
         r"|levensovertuiging|religious\s+(?:affiliation|beliefs?|denomination)|denomination|kerkgenootschap|kerkelijke"
         r"\s+gezindte)\b", _RELIGION, unless=RELIGION_LAWFUL, requires="religi|faith|geloof|godsdienst|overtuiging"
         "|denomination|kerk", name="faith asked"),
    # prayer shut out: "je bidt niet tijdens werktijd", "no prayer breaks", "bidden is niet toegestaan"
    rule("religion", "hard", r"\b(?:bid|bidt|bidden)\s+(?:je\s+|jij\s+|u\s+)?(?:niet|nooit)\b|\b(?:niet|geen|nooit)\s+"
         r"(?:\w+\s+){0,2}?(?:bidden|gebed(?:en|s\w+)?)\b|\b(?:no|not|never|don't|do\s+not|without)\s+(?:\w+\s+){0,2}?"
         r"(?:pray(?:ing|s)?|prayers?(?:\s+(?:breaks?|times?|rooms?))?)\b|\b(?:gebed\w*|bidden|prayers?(?:\s+breaks?)?"
         r"|praying)\s+(?:\w+\s+){0,4}?(?:niet\s+(?:toegestaan|mogelijk|toegelaten)|verboden|not\s+(?:allowed|permitted"
         r"|possible)|prohibited|forbidden)\b", _RELIGION, unless=RELIGION_LAWFUL,
         requires="bid|gebed|pray", name="prayer shut out"),
    rule("religion", "hard", r"\b(?:attend\w*|go(?:es)?\s+to|bezoek\w*|ga(?:at)?\s+naar|naar\s+de)\s+(?:the\s+|de\s+"
                             r"|a\s+|een\s+)?"
         r"(?:church|mass|mosque|synagogue|temple|kerk|mis|moskee|synagoge|tempel|kerkdienst\w*|church\s+services?)"
         r"\b|\b(?:kerkgang\w*|churchgoing|church-going|sunday\s+worship|zondagsrust)\b", _RELIGION,
         unless=RELIGION_LAWFUL,
         requires="church|mass|mosque|synagog|temple|kerk|mis|moskee|tempel|sunday|zondag", name="religious practice"),
    # keeping a faith's days or rules, shut out: "must not observe religious holidays", "geen ramadan houden"
    rule("religion", "hard", r"\b(?:observ\w*|celebrat\w*|keep\w*|practi[cs]\w*|vier\w*|houd\w*|hou)\s+(?:\w+\s+)?"
         r"(?:religious|religieuze|islamitische|joodse|christelijke|hindoeïstische|muslim|jewish|christian|hindu)\s+"
         r"(?:holidays?|feestdagen|feasts?|rules|regels|voorschriften|dietary\s+laws)|\b(?:religious|religieuze"
         r"|islamitische|joodse|christelijke)\s+(?:feestdagen|voorschriften)\s+(?:\w+\s+)?(?:vieren|houden|in\s+acht"
         r"\s+nemen|naleven)|\b(?:observ\w*|keep\w*|houd\w*|fast\w*|vast\w*)\s+(?:\w+\s+){0,2}?(?:ramadan|sabbath"
         r"|sabbat|shabbat|vastenmaand)\b", _RELIGION, Policy.EXCLUDES,
         requires="religi|islam|jood|joods|christ|hindu|hindoe|muslim|jewish|ramadan|sabbat|shabbat|vastenmaand",
         name="religious days excluded"),
    # no leave for them: "no exceptions for religious holidays", "geen vrij op islamitische feestdagen"
    rule("religion", "hard", r"\b(?:no|geen|zonder|without)\s+(?:exceptions?|uitzondering\w*|time\s+off|days?\s+off"
         r"|vrij\w*|leave|verlof)\s+(?:for|voor|op|bij|during|tijdens|on)\s+(?:\w+\s+)?(?:(?:religious|religieuze|islamitische|joodse|christelijke"
         r"|hindoeïstische|muslim|jewish|christian|hindu)\s+(?:holidays?|feestdagen|festivals?|feasts?|observances?)"
         r"|ramadan|sabbath|sabbat|shabbat|suikerfeest|offerfeest|eid|diwali|yom\s+kippur)\b", _RELIGION, Policy.ALWAYS,
         requires="exception|uitzondering|time off|off|vrij|leave|verlof", name="no leave for religious days"),
    rule("religion", "hard", rf"\b(?:{RELIGION_PERSON_NL}|{RELIGION_PERSON_EN})\s+(?:only|preferred|gezocht|wanted"
         rf"|bij\s+voorkeur|hebben\s+(?:de\s+)?voorkeur|gaan\s+voor)\b|\b(?:alleen|uitsluitend|enkel|only|preferably"
         rf"|bij\s+voorkeur)\s+(?:\w+\s+)?(?:{RELIGION_PERSON_NL}|{RELIGION_PERSON_EN})\b", _RELIGION,
         unless=RELIGION_LAWFUL, requires=FAITH + "|believ|kerkganger", name="one faith only"),
    rule("religion", "hard", rf"\b(?:{RELIGION_PERSON_NL}|{RELIGION_PERSON_EN})\b", _RELIGION, Policy.EXCLUDES,
         unless=RELIGION_LAWFUL, requires=FAITH, name="faith excluded"),
    rule("religion", "hard", r"\b(?:hoofddoek\w*|headscar(?:f|ves)|hijab\w*|niqaa?b|boerka|burqa|boerkini|keppel\w*"
         r"|kippah|yarmulke|tulband\w*|turban\w*|kruisje\w*|crucifix\w*|religieuze\s+(?:uitingen|symbolen|kleding"
         r"|kenmerken|tekens|hoofdbedekking)|geloofs(?:uitingen|symbolen)|religious\s+(?:symbols?|dress|clothing"
         r"|attire|expression|head\s?coverings?|jewel+ery)|levensbeschouwelijke\s+uitingen)\b", _DRESS,
         unless=r"\bneutraliteit\w*|\bneutrality|\b(?:zijn|is)\s+(?:(?!niet\b)\w+\s+){0,2}(?:welkom|toegestaan|prima|oké"
                r"|geen\s+(?:enkel\s+)?probleem)|\b(?:available|verkrijgbaar|beschikbaar)\s+(?:on|op)\s+"
                r"(?:request|aanvraag|verzoek)|\bop\s+(?:aanvraag|verzoek)\s+(?:beschikbaar|verkrijgbaar)|\bare\s+(?:(?!not\b)\w+\s+)?(?:welcome|allowed|fine)|\bno\s+problem"
                r"|\bgeen\s+probleem|\bveiligheid\w*"
                r"|\bsafety|\bhygiën\w*|\bhygien\w*",
         requires="hoofddoek|headsca|hijab|niqa|boerka|burqa|boerkini|keppel|kippah|yarmulke|tulband|turban|kruisje"
                  "|crucifix|religi|geloofs|levensbeschouw", name="religious dress"),
    # union membership, political opinion, social benefits: AWGB grounds and their proxies
    rule("other", "hard", r"\b(?:vakbond\w*|vakbondslid\w*|trade\s+unions?|union\s+(?:members?\w*|activists?"
         r"|organi[sz]ers?|reps?|representatives?|officials?|sympathi[sz]ers?|supporters?)|unioni[sz]ed|shop\s+stewards?|labou?r\s+unions?"
         r"|fnv|cnv|politie?ke?\s+(?:partij|voorkeur|overtuiging|kleur)|political\s+(?:party|views|affiliation"
         r"|opinions?)|(?:democrats?|republicans?|tories|conservatives|liberals|socialists|communists|leftists|lefties"
         r"|right-wingers|left-wingers|(?:labour|tory|democrat|republican|trump|biden)\s+(?:voters|supporters)"
         r"|(?:links|rechts)e\s+(?:mensen|types|stemmers|kiezers)|\w+-(?:stemmers|kiezers|aanhangers)))"
         r"\b", ("Lidmaatschap van een vakbond of politieke overtuiging is nooit een eis.",
                 "Union membership or political opinion is never a requirement."), Policy.EXCLUDES,
         unless=_NOT_ASKED,
         requires="vakbond|union|fnv|cnv|politi|steward|democrat|republican|tories|conservative|liberal|socialist"
                  "|communist|left|right-wing|voter|supporter|links|rechts|stemmer|kiezer|aanhanger", name="union"),
    # union membership asked: "Je bent lid van de FNV", "union membership required"
    rule("other", "hard", r"\b(?:lid(?:maatschap)?|members?(?:hip)?)\s+(?:van|of)\s+(?:de\s+|een\s+|the\s+|a\s+)?"
         r"(?:\w+\s+)?(?:vakbond\w*|fnv|cnv|(?:trade\s+|labou?r\s+)?unions?)\b|\b(?:union|vakbonds)[\s-]?(?:membership|lidmaatschap)\b",
         ("Lidmaatschap van een vakbond of politieke overtuiging is nooit een eis.",
          "Union membership or political opinion is never a requirement."), Policy.CUED,
         unless=rf"{_NOT_ASKED}|{FIRST_PERSON}", requires="vakbond|fnv|cnv|union", name="union membership asked"),
    # a political opinion required: "must share our conservative political views", "onderschrijf onze politieke visie"
    rule("other", "hard", r"\b(?:share|shares|sharing|deel|deelt|delen|onderschrijf\w*|support|aanhang\w*)\s+"
         r"(?:our|onze|ons|the|de|het|my|mijn)\s+(?:\w+\s+)?(?:political|politieke?)\s+(?:views?|beliefs?|opinions?|convictions?|values"
         r"|ideas|ideeën|overtuiging\w*|standpunt\w*|visie|kleur|voorkeur)\b|\b(?:political|politieke?)\s+(?:views?"
         r"|beliefs?|opinions?|convictions?|leanings?|overtuiging\w*|voorkeur|kleur)\b(?=[^.;]{0,30}\b(?:required|vereist"
         r"|verplicht|essential|must|een\s+eis|noodzakelijk|preferred|gewenst)\b)",
         ("Lidmaatschap van een vakbond of politieke overtuiging is nooit een eis.",
          "Union membership or political opinion is never a requirement."),
         unless=r"\b(?:ongeacht|regardless|irrespective|neutraal|neutral\w*|campaign\w*|campagne\w*|fractie\w*"
                r"|parliament\w*|kamerlid|wethouder|councillor)\b",
         requires="politi", name="political opinion"),
    # membership of a party asked: "Membership of the Conservative Party is expected of all staff"
    rule("other", "hard", r"\b(?:members?(?:hip)?|lid(?:maatschap)?|leden|card-carrying\s+members?)\s+(?:of|van)\s+"
         r"(?:the\s+|de\s+|een\s+|a\s+)?(?!third\b|derde\b|external\b|externe\b)(?:[\w-]+\s+){0,2}?"
         r"(?:party|parties|partij|partijen)\b|\bpartijlid\w*",
         ("Lidmaatschap van een vakbond of politieke overtuiging is nooit een eis.",
          "Union membership or political opinion is never a requirement."), Policy.CUED,
         unless=r"\b(?:fractie\w*|parliament\w*|kamerlid|wethouder|councillor|campaign\w*|campagne\w*|ongeacht"
                rf"|regardless|irrespective)\b|{FIRST_PERSON}", requires="party|parties|partij",
         name="party membership"),
    rule("other", "hard", r"\b(?:uitkering\w*|bijstand\w*|wajong\w*|ww-?ers?|wia\b|on\s+benefits|benefit\s+claimants?"
         r"|welfare\s+recipients?|langdurig\s+werklo\w*|long-term\s+unemployed|werklozen|unemployed)\b",
         ("Sluit niemand uit om een uitkering of werkloosheid; noem wat het werk vraagt.",
          "Exclude no one for being on benefits or out of work; name what the work needs."), Policy.EXCLUDES,
         requires="uitkering|bijstand|wajong|ww|wia|benefit|welfare|werklo|unemployed", name="benefits"),
    # sexual orientation
    rule("other", "hard", r"\b(?:heteroseksue\w*|heterosexual\w*|homoseksue\w*|homosexual\w*|lesbisch\w*|lesbian\w*"
         r"|biseksue\w*|bisexual\w*|seksuele\s+(?:geaardheid|gerichtheid|voorkeur)|sexual\s+orientation|geaardheid"
         r"|hetero|homo's|gays?|straight(?:,?\s+\w+)?\s+(?:m[ae]n|wom[ae]n|candidates?|people|persons?))\b", _SEXUALITY,
         requires="seksue|sexual|lesbi|geaard|hetero|homo|gay|straight", name="sexual orientation"),
)
