"""The pieces the lexicon's phrases are built from: ages written out, the words for relatives,
unions and parties, and the people a job is for. Normalised like the lexicon (``lexicon``)."""

from __future__ import annotations

# Ages written out (Dutch and English), 15-99.
_TENS_NL = "twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig"
_UNITS_NL = "een|twee|drie|vier|vijf|zes|zeven|acht|negen"
_TENS_EN = "twenty|thirty|fou?rty|fifty|sixty|seventy|eighty|ninety"
NUMBER_WORD = (rf"(?:(?:{_UNITS_NL})e?n)?(?:{_TENS_NL})|vijftien|zestien|zeventien|achttien|negentien"
               rf"|(?:{_TENS_EN})(?: (?:one|two|three|four|five|six|seven|eight|nine))?"
               r"|fifteen|sixteen|seventeen|eighteen|nineteen")
AGE = rf"(?:1[4-9]|[2-9]\d|[2-9]x|{NUMBER_WORD})"  # "4x jaar": forty-something
# What a number may be followed by when it is not an age.
NOT_AGE = (r"(?! ?(?:uur|u\b|hours?|hrs|h\b|dagen|days?|maanden|months?|weken|weeks?|procent|percent|%|euro"
            r"|eur|km|keer|times|kilo|kg|jaar (?:ervaring|werkervaring|in|bij|als|geleden)|years? (?:of )?"
            r"(?:experience|in|at|as|ago)))")
ME = r"(?:ik ben|ben|ik word|word|i'm|im|i am|am|i'll be|i turn(?:ed)?|he's|she's|he is|she is|hij is|zij is|ze is"
ME += r"|who's|who is|is|die is|turned|turns|leeftijd|age|aged)"
KIDS = (r"(?:kinderen|kinders|kindjes|kids|children|childs|kind|child|kindje|zoon|zonen|zoons|dochter|dochters|son"
         r"|sons|daughter|daughters|baby|babys|tweeling|twins|kleinkinderen|grandchildren|stiefkinderen|stepchildren"
         r"|teenagers?|tieners?|pubers?|peuters?|kleuters?|toddlers?|zoontjes?|dochtertjes?|little (?:boy|girl)s?)")
PARENT = (r"(?:moeder|vader|ouder|mama|papa|mam|pap|mum|mom|mother|dad|father|parent|oma|opa|grandmother|grandfather"
           r"|grandma|grandpa|grandad|granddad|granny|nan|nana|grootmoeder|grootvader|stiefmoeder|stiefvader"
           r"|stepmother|stepfather|stepmum|stepdad)")
COUNT = r"(?:\d+|een|twee|drie|vier|vijf|zes|zeven|one|two|three|four|five|six|seven)"
SPOUSE = r"(?:man|vrouw|partner|vriend|vriendin|husband|wife|boyfriend|girlfriend|spouse|echtgenoot|echtgenote)"
RELATIVES = rf"(?:{SPOUSE}|{KIDS}|{PARENT}|parents|ouders|grandparents|grootouders|in laws|schoonouders)"
DECADES = (r"(?:twintig|dertig|veertig|vijftig|zestig|zeventig|twenties|thirties|forties|fifties|sixties"
            r"|seventies|20s|30s|40s|50s|60s|70s)")
UNIONS = (r"(?:vakbond|bond|(?<!credit )union"  # a credit union is a bank
          r"|fnv|cnv|aob|vnv|unison|gmb|unite|vcp|de unie|nvj|aslef|rmt|rcn|usdaw|cwu|pcs|fbu"
          r"|teamsters"
           r"|nuj|neu|nasuwt|ucu|bma|verdi|ver di|abvakabo|nvlt|fnv \w+|cnv \w+"
          # Flemish, American and more British unions: "ABVV", "IBEW", "Prospect", "NU'91"
          r"|abvv|acv|aclvb|acod|bbtk|ibew|seiu|uaw|ufcw|afscme|afl cio|prospect|nu'91|nu 91"
          # a union named by its trade: "de bouwbond", "de politiebond", "de onderwijsbond"
          r"|(?:bouw|metaal|horeca|politie|onderwijs|ambtenaren|vervoers|diensten|industrie|voedings|agrarische"
          r"|zorg|marechaussee|artsen|journalisten|kunstenaars|musici)bond)")
PARTIES = (r"(?:pvv|vvd|sp|d66|cda|pvda|groenlinks|bbb|sgp|christenunie|pvdd|volt|ja21|fvd|denk|nsc|bij1|50plus"
            r"|partij voor de dieren|forum voor democratie|labour|tory|tories|conservatives|lib dems?|green party"
            r"|ukip|reform uk|snp|democrats?|republicans?|partij|party|greens|ncpn|lib dem|libdems|liberal democrats"
            r"|plaid cymru|sinn fein|dup|groenlinks pvda|gl pvda"
            # Flemish parties and the parties' youth wings: "N-VA", "Vlaams Belang", "JOVD", "Young Labour"
            r"|n va|vlaams belang|cd&v|open vld|vooruit|jovd|cdja|djs|jonge socialisten|jonge democraten"
            r"|young labour|young conservatives)")

# Country codes that say where someone is from when two are paired: "ik ben NL/TR", "I'm UK/NG"; none
# that is also a word or a job's abbreviation ("HR/IT", "in/out").
_CODE = (r"(?:nl|be|tr|ma|sr|cw|aw|pl|de|fr|es|pt|gb|uk|us|cn|vn|ph|pk|eg|dz|tn|sy|iq|ir|af|et|er|ng|gh|ua|ru"
         r"|ro|bg|hu|br|co|ve|cv|ke|za|tz|ug|cd|cm|sn|ml|ly|ye|lb|jo|ps|il|gr|rs|ba|mk|xk|lt|lv|ee|sk|cz|ch"
         r"|ie|dk|se|fi|jp|kr|th|sg|au|nz|ca|mx|ar|cl|pe|ec|bo|py|uy|cu|ht|jm|tt|gy|bd|lk|np|mm)")
CODE_PAIR = rf"{_CODE}(?: ?/ ?{_CODE})+"

# "met MS" is the writer's, unless it follows the people the work is for ("een vrouw met MS").
_CLIENTS = ("vrouw", "man", "mensen", "persoon", "personen", "person", "people", "client", "clienten", "clients",
            "patient", "patienten", "patients", "kind", "kinderen", "child", "children", "jongere", "jongeren",
            "volwassenen", "adults", "bewoners", "residents", "ouderen")
NOT_CLIENT = "".join(rf"(?<!\b{noun} )" for noun in _CLIENTS)
