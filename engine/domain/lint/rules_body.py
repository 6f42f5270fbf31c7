"""Family and civil status (AWGB) and appearance (indirectly sex, origin or religion: AWGB, WGB m/v).
Health and disability are in ``rules_health``. Offers to parents, clothing provided and a dress code
for safety or hygiene are not findings."""

from __future__ import annotations

from engine.domain.lint.model import DIGITS, Policy, Rule, rule

_FAMILY = ("Gezinssituatie is nooit een eis; noem de werktijden of de reisdagen.",
           "Family status is never a requirement; state the hours or the travel.")
_CIVIL = ("Burgerlijke staat is nooit een eis; noem de beschikbaarheid die nodig is.",
          "Civil status is never a requirement; state the availability needed.")
_LOOKS = ("Noem de omgangsvormen of kledingregels die nodig zijn, niet het uiterlijk.",
          "Name the manners or dress code needed, not looks.")
_BODY = ("Lichaamsbouw, lengte of gewicht zijn alleen een eis als het werk dat aantoonbaar vraagt; noem de taak.",
         "Build, height or weight are a requirement only where the work demonstrably needs it; name the task.")
_PHOTO = ("Vraag niet om een foto; die zegt niets over geschiktheid en opent de deur voor vooroordelen.",
          "Do not ask for a photo; it says nothing about fitness for the job and invites bias.")

RULES: tuple[Rule, ...] = (
    # family and civil status
    rule("family", "hard", r"\b(?:kinderwens|(?:zwangerschaps|baby|gezins)(?:plan\w*|wens\w*)|(?:pregnancy|baby"
         r"|family)\s+plans|plans\s+for\s+(?:a\s+)?(?:pregnancy|baby)|gezinsuitbreiding|gezinsplanning|family\s+planning|plan\w*\s+(?:(?:for"
         r"|to\s+(?:have|start)|on\s+(?:having|starting))\s+(?:a\s+)?|a\s+)(?:family|children|kids|baby)"
         r"|start(?:ing)?\s+a\s+family|(?:wants?|wish)\s+(?:to\s+have\s+)?(?:children|kids)|(?:plan\w*|intend\w*"
         r"|want\w*|wish\w*|hop\w*)\s+to\s+(?:(?:get|become|fall)\s+pregnant|have\s+(?:a\s+baby|children|kids))|(?:van\s+plan|plannen|wens|wil|willen)\s+"
         r"(?:\w+\s+){0,5}?(?:zwanger\s+te\s+worden|kind(?:je|eren)?\s+te\s+(?:krijgen|nemen)|een\s+gezin"
         r"\s+te\s+(?:stichten|beginnen)))\b", _FAMILY,
         unless=r"\b(?:bieden|biedt|offer\w*|recht\s+op|entitled|vergoeding|regeling|verlof|leave|support\w*"
                r"|ondersteun\w*|fertilit\w*|vruchtbaarheid\w*|ivf)\b",
         requires="kinderwens|gezin|famil|plan|kids|children|want|wish|pregnan|zwanger|kind|baby",
         name="wish for children"),
    rule("family", "hard", r"\b(?:geen|zonder|no|without|free\s+(?:of|from)|vrij\s+van|not\s+hav(?:e|ing)"
         r"|(?:don't|do\s+not|doesn't|does\s+not)\s+have"
         r"(?:\s+any)?)\s+(?:\w+\s+){0,3}?(?:kinderen"
         r"|kids|children|gezin|family|gezins\w*|(?:family|child[- ]?care|caring|care|parental|gezins|zorg)[- ]"
         r"(?:commitments"
         r"|obligations|ties|responsibilities|duties)|zorgtaken|zorgverplichtingen"
         r"|mantelzorg\w*|caring\s+responsibilities|care\s+responsibilities|dependants|dependents|thuiswonende"
         r"\s+kinderen|(?:verplichtingen|obligations|commitments|responsibilities)\s+(?:thuis|at\s+home)"
         r"|(?:thuis|huiselijke|domestic|home)[- ]?(?:verplichtingen|obligations|commitments|responsibilities))\b"
         r"(?![- ](?:politics|business|owned|run|feel|vibe|atmosphere|sfeer|events?|days?|name))"
         r"|\b(?:kinderloos|kinderloze|childless)\b", _FAMILY,
         requires="kinder|kids|children|child|gezin|famil|zorgtaken|zorgverplicht|mantelzorg|caring|care|dependa"
                  "|dependen|verplichting|obligation|commitment|responsibilit", name="no children"),
    # the number of children asked for ("please state your marital status and number of children")
    rule("family", "hard", r"\b(?:state|vermeld\w*|noem|include|mention|give|geef|list|disclose|declare|provide"
         r"|indicate|opgeven|aangeven)\b[^.;]{0,60}?\b(?:number|aantal)\s+(?:of\s+)?(?:children|kids|kinderen|dependants"
         r"|dependents)\b|\b(?:how\s+many|hoeveel)\s+(?:children|kids|kinderen)\s+(?:you\s+have|do\s+you\s+have"
         r"|je\s+hebt|heb\s+je|u\s+heeft|hebt\s+u)\b", _FAMILY,
         unless=r"\b(?:per|groep\w*|groups?|klas\w*|class\w*|opvang\w*|childcare|daycare|nursery|capacit\w*"
                r"|pupils?|leerling\w*|cliënt\w*|client\w*)\b",
         requires="number|aantal|how many|hoeveel", name="number of children"),
    # "Heb je kinderen? Dan is deze functie niet geschikt.": a question about a family, answered with an exclusion
    rule("family", "hard", r"\b(?:heb\s+(?:je|jij)|hebt\s+(?:u|je|jij)|do\s+you\s+have|have\s+you\s+got)\s+(?:\w+\s+)?"
         r"(?:kinderen|kids|children|een\s+gezin|a\s+family)\b", _FAMILY, Policy.EXCLUDES,
         requires="kinder|kids|children|gezin|family", name="children excluded"),
    rule("family", "hard", r"\b(?:(?:met|with|have|heb|hebt|heeft|has)\s+(?:\w+\s+)?(?:schoolgaande|jonge|kleine"
         r"|thuiswonende"
         r"|volwassen|uitwonende|grown[- ]up|adult|older|young|small)\s+(?:kinderen|children|kids)|(?:grown[- ]up"
         r"|volwassen|uitwonende)\s+(?:kinderen|children|kids)|kinderopvang\s+(?:\w+\s+)?geregeld|oppas\s+(?:\w+\s+)?"
         r"geregeld|childcare\s+(?:\w+\s+)?(?:arranged|in\s+place|sorted))\b", _FAMILY, Policy.CUED,
         # "ervaring met jonge kinderen", "experience with young children": the work, not a family
         before_unless=r"\b(?:ervaring|experience|affinit\w*|werk\w*|work\w*|omgaan|dealing)\s+(?:\w+\s+)?$",
         requires="kinder|children|kids|oppas|childcare", name="children's age"),
    rule("family", "hard", r"\b(?:(?:single|alleenstaande)\s+(?:mothers?|fathers?|parents?|mums?|moms?|dads?|moeders?"
         r"|vaders?|ouders?)|ongebonden|ongetrouwd\w*|ongehuwd\w*|alleenstaand\w*|vrijgezel\w*|unmarried"
                           r"|unattached"
         r"|getrouwd\w*|gehuwd\w*|married|samenwonend\w*|cohabiting|divorced|weduw\w*|widow\w*)\b"
         r"|\b(?:being|to\s+be)\s+single\b(?!-)|\bsingle\b(?=\s*(?:[.,;!)]|$|and\b|or\b|en\b|candidates?|applicants?|people|persons?|m[ae]n"
         r"|wom[ae]n|status|without))", _CIVIL, Policy.CUED,
         name="civil status"),
    # a parent of children shut out: "Moeder van schoolgaande kinderen? Deze baan is niet voor jou."
    rule("family", "hard", r"\b(?:moeder|vader|ouder|mother|father|parent|mum|mom|dad)s?\s+(?:van|of)\s+(?:\w+\s+)?"
         r"(?:kinderen|children|kids|a\s+baby|een\s+baby)\b", _FAMILY, Policy.EXCLUDES,
         requires="kinder|children|kids|baby", name="parents excluded"),
    # "a family man", "een echte huisvader": a family asked for (and a sex, see rules_gender)
    rule("family", "hard", r"\bfamily[- ]m[ae]n\b|\b(?:huisvader|gezinsman|familieman|huisvaders|gezinsmannen)\b",
         _FAMILY, requires="family|huisvader|gezinsman|familieman", name="family man"),
    # a couple hired as one: civil status asked for ("een hetero stel voor onze B&B", "a married couple to run …")
    rule("family", "hard", r"\b(?:stel|stelletje|echtpaar|koppel|couple)\b(?=\s*(?:[.,;:!?)]|$)|\s+(?:voor|om|die|dat"
         r"|to|for|who|that|met|with|als|as)\b)|\b\w+echtpaar\b", _CIVIL, Policy.CUED,
         unless=r"\b(?:couple\s+of|stel\s+vragen)\b",
         # only a noun after an article ("een hetero stel"), not the verb ("stel voor", "stel die vraag")
         before_unless=r"\A(?![\s\S]*\b(?:een|a|an)\s+(?:[\w-]+\s+){0,2}$)",
         requires="stel |stel.|stel,|stelletje|echtpaar|koppel|couple", name="a couple"),
    # the status itself, asked for or named: about the candidate unless it is about others or an offer
    rule("family", "hard", r"\b(?:burgerlijke\s+staat|marital\s+status|civil\s+status|relationship\s+status"
         r"|gezinssituatie|thuissituatie|family\s+(?:situation|status)|(?:home|domestic)\s+(?:situation|circumstances)"
         r"|(?:stable|settled|stabiele|rustige)\s+(?:home|family|thuis|gezins)[- ]?(?:life|leven|basis|base))\b",
         _CIVIL,
         unless=r"\b(?:bieden|biedt|offer\w*|rekening\s+(?:\w+\s+)?met|into\s+account|account\s+of|regeling\w*|verlof"
                r"|leave|flexib\w*)\b",
         requires="staat|status|situatie|situation|circumstances|life|leven|basis|base", name="civil status asked"),
    # appearance
    rule("appearance", "soft", r"\b(?:(?:goed\s+|netjes\s+)?verzorgd\w*|representatie\w*|aantrekkelijk\w*|goed\w*"
         r"|net\w*|keurig\w*|mooi\w*|knap\w*|jeugdig\w*|onberispelijk\w*|stijlvol\w*|presentabel\w*|attractive"
         r"|pleasant|neat|smart|tidy|polished|immaculate|good|well[- ]groomed|presentable|clean|representative)\s+"
         r"(?:uiterlijk|voorkomen|verschijning|uitstraling|appearance|looks|image)\b"
         r"(?!\s+(?:of|van)\s+(?:the|our|your|its|de|het|onze|ons|je|jouw)\b)|\bverzorgde?\s+presentatie\b"
         r"|\bwell[- ](?:groomed|presented)|\b(?:goed|netjes|keurig)\s+verzorgd\b(?!\s+(?:door|by))"
         r"|\bgood[- ]looking\b|\battractive\b(?=\s*(?:[,.;]|and\b|en\b|(?:\w+\s+)?(?:appearance|look)))"
         r"|\baantrekkelijk\w*(?=\s*(?:[,.;]|en\b|and\b))|\bknap(?:pe)?\s+(?:uiterlijk|vrouw|man|meid|dame|jongen)\b"
         r"|\bmooie\s+(?:vrouw|meid|dame|verschijning)\b|\b(?:pretty|beautiful|handsome|sexy|photogenic"
         r"|fotogeniek\w*)\b|\b(?:immaculate|impeccable|excellent|high|neat|perfect|smart|good|onberispelijk\w*)\s+"
         r"(?:standards?\s+of\s+)?(?:personal\s+)?grooming\b(?!\s+(?:of|for|van)\b)|\bpersonal\s+grooming\b"
         r"|\bfresh[- ]fac(?:ed|es)\b|\bclean-cut\b(?!\s+(?:edges?|lines?|finish\w*|profiles?))"
         r"|\bfrisse?\s+(?:koppies|gezichten|gezicht|snoet\w*)\b",
         _LOOKS, unless=r"\b(?:bieden|biedt|offer\w*|salar\w*|package|pakket|arbeidsvoorwaarden)\b",
         requires="uiterlijk|voorkomen|verschijning|uitstraling|appearance|looks|image|representatie|presentab|groomed"
                  "|presented|verzorgd|looking|attractive|aantrekkelijk|knap|mooi|pretty|beautiful|handsome|sexy"
                  "|photogenic|fotogeniek|presentatie|grooming|fresh|fris|clean-cut", name="looks"),
    # "representatief", "presentable" alone: of a person, not of a thing the sentence names just before ("de showroom
    # er representatief uit laten zien", "keep the showroom looking presentable") or after ("representatieve
    # bedrijfskleding")
    rule("appearance", "soft", r"\brepresentatief\b(?!\s+(?:voor|for|sample))|\brepresentatieve\s+(?!steekproef|sample"
         r"|functie|rol\b|taken|taak|organisatie|vertegenwoordig\w*|(?:bedrijfs|werk)?kleding|kleren|uniform\w*|outfits?"
         r"|ruimte\w*|showroom\w*|winkel\w*|kantoor\w*|werkplek\w*|auto\w*|locatie\w*|omgeving\w*|steekproef\w*)\w+"
         r"|\bpresentab\w+", _LOOKS,
         unless=r"\b(?:bieden|biedt|offer\w*|verstrekt|verstrekken|provided|supplied|van\s+de\s+zaak)\b",
         before_unless=r"\b(?:showroom|winkel|zaak|kantoor|werkplek|ruimte|etalage|balie|receptie|stand|locatie|auto"
                       r"|bus|store|shop|office|premises|workspace|desk|area|space|display|counter|vehicle|van|site"
                       r"|venue|floor|kleding|clothing|uniform)\w{0,3}\s+(?:\S+\s+){0,3}$",
         requires="representatie|presentab", name="presentable"),
    # "knap om te zien", "easy on the eye": looks asked for
    rule("appearance", "hard", r"\b(?:knap|mooi|leuk|aantrekkelijk|lekker)\s+om\s+(?:te\s+)?(?:zien|aan\s+te\s+zien)\b"
         r"|\beasy\s+on\s+the\s+eyes?\b|\b(?:nice|good|pleasant)\s+to\s+look\s+at\b", _LOOKS, Policy.CUED,
         requires="om te zien|om aan te zien|on the eye|to look at",
         name="nice to look at"),
    # a size named as the requirement ("Confectiemaat 36-38 i.v.m. de bedrijfskleding"); sizes on offer are not
    rule("appearance", "hard", r"\b(?:confectiemaat|kledingmaat|dress\s+size|clothing\s+size)\s*:?\s*"
         r"(?:max(?:imaal|\.)?\s*)?(?:\d{1,2}|xx?s|s|small)\b(?:\s*(?:-|–|/|of|tot|or|to)\s*\d{1,2})?\b(?!\s*(?:t/m|tot\s+en\s+met"
         r"|through))", _BODY,
         unless=r"\b(?:beschikbaar|available|verkrijgbaar|provided|supplied|geleverd|alle\s+maten|all\s+sizes"
                r"|stock|voorraad|verkopen|verkoop|sell\w*|collecti\w*|kinderen|children|kids|baby\w*|geef|give|let\s+us"
                r"|laat\s+(?:\w+\s+)?weten|vermeld\w*|opgeven|doorgeven|bestel\w*|order\w*)\b",
         requires="maat|size", name="clothing size named"),
    rule("appearance", "hard", r"\b(?:slanke?(?=\s*(?:[,.;!)]|$|(?:en|and|&|or|of)\b))|slender"
         r"|petite|(?:zwaar\s+)?overgewicht\w*|overweight|obese|dikke\s+(?:mensen|personen)|bmi|lichaamsgewicht|body\s*"
         r"weight|gespierd\w*|muscular|athletic\s+build"
         r"|lichaamsbouw|(?:atletisch|athletic|sportief|stevig|fors|tenger|slank|goed|well|imposing|stocky|burly)[- ]?"
         r"(?:gebouwd|built"
         r"|build)|(?:atletisch\w*|athletic|sportie\w*|slank\w*|slim|imposing|stocky|burly|muscular|stevig\w*|fors\w*"
         r"|imposant\w*|indrukwekkend\w*)\s+(?:postuur|figuur|figure|build|lichaam|body|physique|frame|gestalte))\b"
         # a photo that shows the whole figure ("stuur een foto mee (volledig postuur)")
         r"|\b(?:foto(?:'s)?|photos?|pictures?|pics?)\b[^.;]{0,40}?\b(?:(?:volledig|heel|gehele?)\s+(?:postuur|figuur|lichaam)"
         r"|ten\s+voeten\s+uit|full[- ](?:length|body|figure))\b",
         _BODY,
         name="body"),
    # a clothing size asked of the candidate; not sizes on offer ("uniform in alle maten", "maat 50 t/m 128")
    rule("appearance", "hard", r"\b(?:confectiemaat|kledingmaat|dress\s+size|clothing\s+size|(?:kleding)?maat(?:je)?\s+"
         r"(?:3\d|4[0-4]|xx?s|s|small)\b(?:\s*(?:-|–|/|of|tot)\s*\d\d)?|(?:(?:uk|us|eu)\s+)?(?:dress\s+|clothing\s+)?"
         r"size\s+(?:\d{1,2}|xx?s|s|small|zero)\b(?:\s*(?:-|–|/|or|to)\s*\d{1,2})?)\b"
         r"(?!\s*(?:t/m|tot\s+en\s+met|through))", _BODY, Policy.CUED,
         unless=r"\b(?:beschikbaar|available|verkrijgbaar|verstrekt|provided|supplied|geleverd|alle\s+maten|all\s+sizes"
                r"|stock|voorraad|verkopen|verkoop|sell\w*|collecti\w*|kinderen|children|kids|baby\w*|team\s+size"
                r"|batch|sample|font|file|bestand\w*|screen|scherm\w*)\b",
         requires="maat|size", name="clothing size"),
    rule("appearance", "hard", r"\b(?:je\s+bent|jij\s+bent|ben\s+je|you\s+are|you're|are\s+you|be|must\s+be"
                               r"|should\s+be)"
         r"\s+(?:\w+\s+){0,2}?(?:knap|mooi|aantrekkelijk|attractive|pretty|handsome|good-looking|beautiful|slank"
         r"|lang|tall|blond\w*|brunette|sexy|petite)\b|\b(?:blond\w*|brunettes?|roodharig\w*|redheads?|haarkleur"
         r"|hair\s+colou?r|(?:donker|licht|blond)\s+haar|(?:dark|fair|light|blond)\s+hair|lichte\s+huid"
         r"|light[- ]skinned"
         r"|fair[- ]skinned|dark[- ]skinned)\b", _LOOKS, name="good looks"),
    # "slim" said of the candidate, in English text only (Dutch "slim" is clever)
    rule("appearance", "hard", r"\b(?:(?:you\s+are|you're|are\s+you|be|must\s+be|should\s+be)\s+"
         r"(?:\w+\s+){0,2}?)?slim\b(?=\s*(?:[,.;!)]|$|(?:and|&|or)\b))", _BODY, requires="slim", language="en",
         name="slim"),
    rule("appearance", "hard", r"\b(?:tall|lang(?:e)?|attractive|aantrekkelijke?|knap(?:pe)?|mooie?|pretty|handsome"
         r"|good-looking|beautiful|slanke?|slim|petite)\b(?=\s*(?:(?:and|en|,)\s*(?:[\w-]+\s+){1,2}|\s)(?:(?:young|jonge)\s+)?"
         r"(?:m[ae]n|wom[ae]n|lad(?:y|ies)|girls?|guys?|boys?|person|people|candidates?|hostess\w*|host\w*|staff"
         r"|receptionist\w*|models?|dames?|vrouw(?:en)?|heren|heer|meid(?:en)?|jongen(?:s)?|kandidat\w*|medewerk\w*"
         r"|gastvrouw\w*|hostesses|promot\w*|collega\w*))|\btall\b(?=\s+(?:and|en"
         r"|,))", _BODY, name="looks of a person"),
    # a clothing size asked of the candidate ("maatje 36", "confectiemaat max. 38", "dress size 8-10"); the uniform
    # is made to fit the one hired, never the other way round
    rule("appearance", "hard", r"\b(?:maatje|confectiemaat|kledingmaat|dress\s+size)\s+(?:max(?:imaal|imum|\.)?\s*"
         r"|tot\s+|up\s+to\s+)?\d{1,2}(?:\s*[-/–]\s*\d{1,2})?\b", _BODY, Policy.CANDIDATE,
         # the sizes the shop sells or the uniform comes in, not the wearer's
         unless=r"\b(?:alle\s+maten|all\s+sizes|elke\s+maat|every\s+size|verkrijgbaar|beschikbaar|available"
                r"|collectie|collection|assortiment|range|verkoop\w*|verkopen|sells?|selling|stock\w*"
                # a size passed on so the uniform can be ordered ("geef je kledingmaat door voor je uniform")
                r"|geef|geeft|doorgeven|door\s+voor|laat\s+(?:ons\s+)?weten|let\s+us\s+know|tell\s+us|bestel\w*|order\w*)\b",
         before_unless=r"\b(?:van|from|in)\s+$",
         requires="maatje|confectiemaat|kledingmaat|dress size", name="clothing size"),
    rule("appearance", "hard", r"\b(?:lengte|height|lichaamslengte)\s*:?\s*(?:van\s+|of\s+)?(?:minimaal\s+|min\.?\s+"
         r"|at\s+least\s+|minimum\s+|over\s+|above\s+)?(?:\d[\d,.]*\s*(?:m|cm|meter|ft|feet)\b|\d\s*['’]\s*\d{1,2}\b)"
         r"|\b(?:be|ben|bent|you're|you\s+are)\s+(?:over|above|at\s+least|minimaal|minstens|ten\s+minste|boven\s+de)"
         r"\s+(?:\d[,.]\d{1,2}\s*m(?:eter)?\b|1\d\d\s*cm\b|\d\s*(?:ft|feet|foot|'|’)(?:\s*\d{1,2}\b)?)"
         r"|\b(?:(?:minimaal|minstens|ten\s+minste|min\.?"
         r"|minimum|at\s+least|maximaal|max\.?)\s+)?(?:\d[,.]\d{1,2}\s*(?:m(?:eter)?)?|1\s*m\s*\d\d|1\d\d\s*cm|\d\s*(?:ft|feet|foot|')"
         r"\s*\d{0,2}\s*(?:in(?:ches)?|\"|'')?)\s+(?:(?:of|or)\s+)?(?:lang|langer|groot|groter|tall|taller)\b"
         r"|\b(?:je\s+weegt|you\s+weigh|weigh(?:s|ing)?|gewicht|weight)\s+(?:\w+\s+){0,3}?\d{2,3}\s*(?:kg|kilo|lbs?"
         r"|pounds)\b", _BODY,
         unless=r"\b(?:plafond\w*|ceiling\w*|stelling\w*|shel(?:f|ves)|racks?|ladders?|steiger\w*|scaffold\w*"
                r"|hekken|fences?|gebouw(?:en)?|buildings?|doorrijhoogte|clearance|lading|loads?|pallet\w*|dozen|boxes"
                r"|pakket\w*|parcels?|packages?|vehicles?|voertuig\w*|trucks?|kra(?:a|ne)n\w*|cranes?|til(?:t|len)|lift(?:s|ing)?)\b",
         requires=DIGITS, name="height and weight"),
    rule("appearance", "hard", r"\b(?:(?:geen|no|zonder|without|niet)\s+(?:\w+\s+){0,2}?)?(?:tatoeage\w*|tattoo\w*"
         r"|piercing\w*|baard\w*|beards?|bearded|snor|snorren|moustaches?|mustaches?|facial\s+hair|gezichtsbeharing"
         r"|dreadlocks|dreads|afro|rastas?|gekleurd\s+haar|dyed\s+hair|clean[- ]shaven|gladgeschoren|glad\s+geschoren"
         r"|kapsel\w*|hairstyles?|haardracht|make-?up|nagellak|nail\s+polish|lange\s+nagels)\b", _BODY,
         unless=r"\b(?:zijn|is)\s+(?:(?!niet\b)\w+\s+)?(?:welkom|toegestaan|geen\s+probleem)"
                r"|\bare\s+(?:(?!not\b)\w+\s+)?"
                r"(?:welcome|allowed|fine)|\bno\s+problem|\bgeen\s+probleem|\bhygiën\w*|\bhygien\w*|\bvoedselveiligheid"
                r"|\bfood\s+safety|\bhaarnet\w*|\bhairnet\w*|\bhaccp\b|\bveiligheid\w*|\bsafety|\bstudio\b"
                r"|\bshop\b|\bsalon\b", name="grooming"),
    rule("appearance", "hard", r"\b(?:(?:goed|mooi|recht|wit|verzorgd)\w*\s+gebit|(?:mooie|stralende|witte|rechte)\s+"
         r"(?:tanden|glimlach|lach)|(?:nette|verzorgde|gave|gezonde|goede)\s+tanden|(?:nice|good|straight|white|perfect"
         r"|bright|beautiful|great|neat|even|clean)\s+(?:teeth|smile))\b",
         _BODY, requires="gebit|tanden|glimlach|lach|teeth|smile", name="teeth"),
    rule("appearance", "soft", r"\b(?:(?:met|incl\.?|inclusief|plus|voorzien\s+van|including|with|include|attach|add"
         r"|send|stuur|voeg)\s+(?:\w+\s+){0,3}?(?:pas)?foto(?:'s)?|(?:recent\w*|een|a|your|je|uw)\s+(?:recent\w*\s+)?"
         r"(?:pas)?(?:foto|photo(?:graph)?|picture|headshot|selfie)|cv\s+(?:met|with)\s+foto|photo\s+(?:cv|resume"
         r"|résumé)|pasfoto|headshots?|selfies?|full[- ](?:length|body)\s+(?:photo(?:graph)?|picture)s?"
         r"|(?:cv|resume|résumé)\s*(?:\+|and|en|&|met|with|plus)\s*(?:a\s+|een\s+)?(?:recent\w*\s+)?(?:pas)?"
         r"(?:foto|photo|picture))\b|\b(?:pics?|photos?|foto(?:'s)?|pictures?|selfies?)\s+(?:\w+\s+)?(?:required|verplicht"
         r"|vereist|mandatory|please|gevraagd|welcome)\b(?=[^.;]{0,30}\b(?:application|apply\w*|sollicit\w*|cv|resume"
         r"|brief|letter|motivation|motivatie)\b)", _PHOTO,
         unless=r"\b(?:do\s+not|don't|never|niet|geen|zonder|without|no\s+need|anoniem\w*|anonym\w*|fotograa?f\w*"
                r"|fotografeer\w*|photograph(?:er|y|ing)|(?:maak|maakt|maken|neem|neemt|take|takes"
                r"|shoot|shoots|bewerk\w*|edit\w*|schiet\w*)\s+(?:\w+\s+){0,2}?(?:foto|photo|picture)|productfoto\w*"
                r"|product\s+photo\w*"
                # a photo for a pass, taken once hired ("een pasfoto voor je toegangspas maken we op je eerste werkdag")
                r"|toegangspas\w*|personeelspas\w*|werkpas\w*|badges?|id[- ]?(?:card|badge)s?"
                r"|access\s+(?:cards?|pass(?:es)?)|security\s+pass(?:es)?|eerste\s+werkdag|first\s+day|na\s+indiensttreding|once\s+hired)\b",
         requires="foto|photo|picture|headshot|selfie|pic", name="photo"),
)
