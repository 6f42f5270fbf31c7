"""More terms of the lexicon (``lexicon``), kept apart so that module stays readable: reviewed data,
normalised like it.

Written against the sixth development batch (``more6_statements.json``): descriptions that stand
right before an occupation ("Genderqueer graphic designer"), Flemish and American unions, US
records ("felony"), faiths named by their church ("Seventh-day Adventist") and marital status said
the other way round ("unmarried"). Each is a word a person uses of themselves, never a field of work.
"""

from __future__ import annotations

TERMS: dict[str, tuple[str, ...]] = {
    "age": ("50plus", "55plus", "60plus", "65plus", "50plusser", "55plusser", "60plusser"),
    "family": ("unmarried", "ongehuwd", "ongetrouwd", "eenoudergezin"),
    "gender_identity": ("transfem", "transmasc", "transfemme", "transmasculine", "transfeminine", "trans femme",
                        "trans fem", "trans masc", "trans feminine", "trans masculine"),
    "religion": ("adventist", "adventisten", "zevendedags adventist", "zevendedagsadventist",
                 "sabbatarian", "nun", "monk", "monnik", "kloosterzuster", "kloosterling"),
    "health": ("ex verslaafde", "ex addict", "former addict", "recovering addict", "ex junkie", "verslaafde"),
    "union": ("abvv", "acv", "aclvb", "ibew", "seiu", "teamster", "vakbondsafgevaardigde"),
    "political": ("jovd",),
    "criminal_record": ("felony", "felon", "felonies", "misdemeanor", "misdemeanour"),
}

# Words that say who someone is, and so before an occupation describe the writer ("Genderqueer
# graphic designer", "non-binary nurse"), added to the judge's personal adjectives.
PERSONAL = frozenset("genderqueer nonbinary genderfluid agender intersex transfem transmasc bisexual biseksuele "
                     "pansexual sikh hindu hindoe hindoestaanse boeddhist buddhist boeddhistische atheist "
                     "50plus 55plus 60plus 65plus".split()) | {"ex con", "ex gedetineerde", "ex verslaafde",
                                                             "ex addict", "ex offender", "ex prisoner"}
