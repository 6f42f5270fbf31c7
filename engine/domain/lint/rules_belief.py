"""Faith, union membership and family status asked of the candidate in ways the rules of
``rules_origin`` and ``rules_body`` do not reach (eighth development batch): a faith's papers or
its members by name, work through a fast with no adjustment, a faith's values demanded by a firm
without a religious identity, union membership asked as a question, and "singles" as the target
group. Kept apart because ``rules_origin`` is near the 400-line limit."""

from __future__ import annotations

from engine.domain.lint.model import Policy, Rule, rule
from engine.domain.lint.words import RELIGION_LAWFUL

_RELIGION = ("Geloof is alleen een eis bij een wettige grond (bijzonder onderwijs, pastoraat); laat het anders weg.",
             "Faith is a requirement only on a lawful ground (a faith school, pastoral care); otherwise leave it out.")
_UNION = ("Lidmaatschap van een vakbond of politieke overtuiging is nooit een eis.",
          "Union membership or political opinion is never a requirement.")
_FAMILY = ("Gezinssituatie is geen eis; noem de beschikbaarheid die het werk vraagt.",
           "Family status is no requirement; state the availability the work needs.")

RULES: tuple[Rule, ...] = (
    # a faith's papers asked: "een kopie van je doopbewijs", "a baptism certificate"
    rule("religion", "hard", r"\b(?:doopbewijs\w*|doopakte\w*|doopattest\w*|baptism(?:al)?\s+certificates?"
         r"|certificates?\s+of\s+baptism|belijdenisbewijs\w*|attestatie\w*)\b", _RELIGION, Policy.ALWAYS,
         unless=RELIGION_LAWFUL, requires="doop|baptism|belijdenis|attestatie", name="faith papers"),
    # members of a faith named by name, shut out or sought: "We don't hire Jehovah's Witnesses"
    rule("religion", "hard", r"\b(?:jehovah'?s?|jehova'?s)[\s-]+(?:witness(?:es)?|getuigen?)\b|\b(?:mormons?|mormonen"
         r"|scientologists?|scientologen|quakers?|zevendedagsadventisten|seventh-day\s+adventists?)\b", _RELIGION,
         Policy.EXCLUDES, unless=RELIGION_LAWFUL, requires="jehov|mormon|scientolog|quaker|adventist",
         name="faith named"),
    # no faith wanted in a person: "iemand zonder geloofsovertuiging", "someone with no religious beliefs"
    rule("religion", "hard", r"\b(?:iemand|someone|kandida\w*|candidates?|applicants?|mensen|people|collega\w*"
         r"|medewerker\w*|staff)\s+(?:zonder|without|with\s+no)\s+(?:(?:religieuze|levensbeschouwelijke|religious)\s+)?"
         r"(?:geloofsovertuiging|geloof|religie|religion|faith|beliefs?|affiliation)\b", _RELIGION, Policy.ALWAYS,
         unless=rf"{RELIGION_LAWFUL}|\b(?:ongeacht|regardless|irrespective|with\s+or\s+without|met\s+of\s+zonder)\b",
         requires="geloof|religi|faith|belief", name="no faith wanted"),
    # a fast worked through with no adjustment: "full days during Ramadan without adjusted hours"
    rule("religion", "hard", r"\b(?:during|tijdens)\s+(?:the\s+|de\s+)?(?:ramadan|vastenmaand|lent|sabbath|shabbat"
         r"|sabbat)\b(?=[^.;]{0,60}\b(?:without|zonder|no|geen)\s+(?:\w+\s+)?(?:adjust\w*|aangepast\w*|aanpassing\w*"
         r"|exceptions?|uitzondering\w*|changes?)\b)", _RELIGION, Policy.ALWAYS,
         requires="ramadan|vastenmaand|lent|sabbat|shabbat", name="fast without adjustment"),
    # a faith's values demanded of all staff: "Christelijke normen en waarden zijn een vereiste",
    # "built on Christian values, and we require all staff to share them"
    rule("religion", "hard", r"\b(?:christelijke|islamitische|joodse|bijbelse|religieuze)\s+(?:normen\s+en\s+waarden"
         r"|waarden(?:\s+en\s+normen)?|levensovertuiging)\s+(?:zijn|is)\s+(?:een\s+)?(?:vereiste|eis|verplicht\w*"
         r"|voorwaarde)\b|\b(?:christian|biblical|islamic|jewish|religious|faith)\s+values\b[^.;]{0,40}?\b(require\w*"
         r"|expect\w*)\s+(?:all\s+|our\s+|every\s+)?(?:staff|employees?|colleagues?|candidates?|applicants?|you)\s+to"
         r"\s+(?:share|embrace|live\s+by|uphold)\s+(?:them|these|those|it)\b", _RELIGION, Policy.ALWAYS,
         unless=RELIGION_LAWFUL, requires="christ|islam|jood|joods|bijbel|biblical|religi|jewish|faith",
         name="faith values demanded"),
    # prayer needs turned away: "Applicants who need prayer breaks should look elsewhere"
    rule("religion", "hard", r"\b(?:need|needs|want|require|behoefte\s+hebt\s+aan|nodig\s+hebt?)\s+(?:\w+\s+)?"
         r"(?:prayer\s+(?:breaks?|times?|rooms?)|gebedspauze\w*|gebedsruimte|tijd\s+om\s+te\s+bidden)\b",
         _RELIGION, Policy.ALWAYS, unless=RELIGION_LAWFUL, requires="prayer|gebed|bidden", name="prayer needs"),
    # union membership asked as a question: "whether you belong to a trade union", "of je lid bent van een vakbond"
    rule("other", "hard", r"\b(?:whether|if|of)\s+(?:you|je|u|jij)\s+(?:(?:belong|belonged)\s+to"
         r"|(?:are|were)\s+(?:a\s+)?members?\s+of|lid\s+(?:bent|was|bent\s+geweest)\s+van)\s+(?:a\s+|the\s+|een\s+|de\s+)?(?:\w+\s+)?"
         r"(?:trade\s+|labou?r\s+)?(?:unions?|vakbond\w*)\b", _UNION, Policy.ALWAYS,
         requires="union|vakbond", name="union asked"),
    # union members shut out: "Leden van een vakbond nemen we liever niet aan", "union members need not apply"
    rule("other", "hard", r"\b(?:leden|members)\s+(?:van|of)\s+(?:a\s+|the\s+|een\s+|de\s+)?(?:\w+\s+)?"
         r"(?:trade\s+|labou?r\s+)?(?:unions?|vakbond\w*)\b", _UNION, Policy.EXCLUDES,
         requires="union|vakbond", name="union members excluded"),
    # singles as the target group: "Flexible singles wanted", "Perfect voor singles die …" (not "singles, couples
    # and families", not a record or a tennis match)
    rule("family", "hard", r"\bsingles\b(?!\s*(?:,|/|en|and|of|or)\s+(?:\w+\s+)?(?:couples|stellen|gezinnen|families"
         r"|paren))(?=\s+(?:wanted|gezocht|die|who|only|preferred|welkom|welcome|met|with|zonder|without)\b)"
         r"|\b(?:perfect|ideal|ideaal|geschikt|suits?)\s+(?:for|voor)\s+singles\b(?!\s*(?:,|/|en|and|of|or)\s)"
         r"|\b(?:\w+\s+)?singles\s+(?:wanted|gezocht|only|preferred)\b", _FAMILY, Policy.ALWAYS,
         unless=r"\b(?:tennis|badminton|squash|padel|hitlijst|charts?|album\w*|record\w*|songs?|nummers?)\b"
                r"|\b(?:couples|stellen|gezinnen|families)\b",
         requires="singles", name="singles"),
    # no children wanted, in a diminutive too: "Je hebt geen kindjes", "no kids"
    rule("family", "hard", r"\b(?:je\s+hebt|you\s+have|heb\s+je|have\s+you\s+got)\s+(?:nog\s+)?(?:geen|no)\s+"
         r"(?:kindjes|kinderen|kids|children|kroost)\b", _FAMILY, Policy.ALWAYS,
         requires="kind|kids|children|kroost", name="no children"),
)
