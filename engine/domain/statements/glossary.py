"""More terms of the lexicon (``lexicon``), kept apart so that module stays readable: reviewed data,
normalised like it.

Written against the sixth development batch (``more6_statements.json``): descriptions that stand
right before an occupation ("Genderqueer graphic designer"), Flemish and American unions, US
records ("felony"), faiths named by their church ("Seventh-day Adventist") and marital status said
the other way round ("unmarried"). Each is a word a person uses of themselves, never a field of work.
"""

from __future__ import annotations

TERMS: dict[str, tuple[str, ...]] = {
    "age": ("50plus", "55plus", "60plus", "65plus", "50plusser", "55plusser", "60plusser", "aower", "aow er", "aow'er",
            "pensioner", "oap", "school leaver", "schoolverlater"),
    "family": ("unmarried", "ongehuwd", "ongetrouwd", "eenoudergezin"),
    "gender_identity": ("transfem", "transmasc", "transfemme", "transmasculine", "transfeminine", "trans femme",
                        "trans fem", "trans masc", "trans feminine", "trans masculine"),
    "religion": ("reformatorisch", "adventist", "adventisten", "zevendedags adventist", "zevendedagsadventist",
                 "sabbatarian", "nun", "monk", "monnik", "kloosterzuster", "kloosterling"),
    "health": ("ex verslaafde", "ex addict", "former addict", "recovering addict", "ex junkie", "verslaafde"),
    "union": ("abvv", "acv", "aclvb", "ibew", "seiu", "teamster", "vakbondsafgevaardigde"),
    "political": ("jovd", "lefty", "leftie", "linkse rakker", "rechtse bal", "tory voter", "labour voter"),
    # a right to stay says where someone is from: "settled status", "op een kennismigrantenvisum"
    "origin": ("settled status", "pre settled status", "skilled worker visa", "kennismigrantenvisum", "kennismigrant",
               "irish traveller", "traveller background", "mixed race", "vlaming", "antilliaans",
               "antilliaanse", "refugee status", "asielstatus", "verblijfsstatus"),
    "pregnancy": ("ivf", "ivf traject", "borstvoeding", "breastfeeding", "kolven"),
    "criminal_record": ("felony", "felon", "felonies", "misdemeanor", "misdemeanour", "on licence",
                        "on parole", "hmp"),
}

# Words that say who someone is, and so before an occupation describe the writer ("Genderqueer
# graphic designer", "non-binary nurse"), added to the judge's personal adjectives.
PERSONAL = frozenset("genderqueer nonbinary genderfluid agender intersex transfem transmasc bisexual biseksuele "
                     "pansexual sikh hindu hindoe hindoestaanse boeddhist buddhist boeddhistische atheist "
                     "50plus 55plus 60plus 65plus".split()) | {"ex con", "ex gedetineerde", "ex verslaafde",
                                                             "ex addict", "ex offender", "ex prisoner"}
