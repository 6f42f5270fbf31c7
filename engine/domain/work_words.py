"""Words of work: a page that uses several of them is about jobs, staff or working life, not
only about a thing a job also deals with (a hospital series, a truck game, a recipe).

Versioned data, reviewed like code. Forms are folded as ``normalise.fold`` folds them (lower
case, no diacritics, no hyphens). Words that are as common outside working life ("team",
"training", "role", "contract", "course") are left out on purpose: a football report has a
team, a film has roles. "Werk" and "work" are in: common, but one of two a page needs.
"""

from __future__ import annotations

import re
from functools import lru_cache

from engine.domain.normalise import fold

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", re.UNICODE)


@lru_cache(maxsize=1024)
def folded_words(text: str) -> tuple[str, ...]:
    """The words of ``text`` folded, as the work-word counts read them. Two judgments of every
    request count them on the same page (is it about work; is it short), and a page's text comes
    back with later requests: it is read once."""
    return tuple(fold(w) for w in _WORD.findall(text))

_DUTCH = """
vacature vacatures sollicitatie sollicitaties solliciteren solliciteer sollicitant sollicitanten
werk werken werkt werkte werkten baan banen bijbaan bijbanen werkgever werkgevers werkgeverschap werknemer werknemers
personeel personeelstekort personeelstekorten personeelsleden arbeidsmarkt arbeidsvoorwaarden
arbeidscontract cao salaris salarissen loon lonen uurloon brutoloon loonschaal functie functies
functieomschrijving beroep beroepen beroepsgroep beroepsopleiding beroepspraktijk vakgebied
vakmensen vakman vakvrouw vakkracht vakkrachten medewerker medewerkers collega collegas collega's
werkvloer werkdag werkdagen werkweek werkdruk werkervaring werkzaamheden werkplek werkplekken
werkzoekende werkzoekenden dienstverband dienstrooster rooster roosters ploegendienst
ploegendiensten nachtdienst nachtdiensten avonddienst avonddiensten weekenddienst weekenddiensten
fulltime parttime deeltijd voltijd zzp zzper zzp'er zzp'ers zzpers uitzendbureau uitzendkracht
uitzendkrachten detachering stage stages stagiair stagiairs stageplek stageplekken bbl
omscholing bijscholing herregistratie certificering vakbond vakbonden ondernemingsraad carriere
loopbaan instroom uitstroom ziekteverzuim verzuim werving recruiter recruiters inwerken
inwerkperiode proeftijd overuren leidinggevende leidinggevenden teamleider teamleiders
vakopleiding praktijkervaring arbeidsmigranten vacatureruimte openstaande aannemen
"""

_ENGLISH = """
work works working worked job jobs vacancy vacancies hiring hire hires hired recruit recruits recruiting recruitment
recruiter recruiters employer employers employee employees employment unemployment staff
staffing understaffed workforce worker workers shortage shortages salary salaries wage wages
payroll career careers colleague colleagues coworker coworkers workplace workplaces workload
shift shifts nightshift nightshifts overtime apprenticeship apprenticeships apprentice
apprentices trainee trainees traineeship internship internships qualification qualifications
certification certifications licence licences union unions labour labor freelance freelancer
freelancers fulltime parttime vocational profession professions occupation occupational
onboarding headcount supervisor supervisors frontline duties responsibilities upskilling
reskilling
"""

WORK_WORDS: frozenset[str] = frozenset((_DUTCH + _ENGLISH).split())

# Dutch words of work that are everyday English words of another meaning ("stage" is an
# internship in Dutch, a phase or a platform in English; "rooster" a schedule, a cockerel): on a
# page declared English they are not words of work.
DUTCH_FALSE_FRIENDS: frozenset[str] = frozenset("stage stages rooster roosters".split())

# Words that frame a page as a work of entertainment or its review: a game, a film, a series, a
# novel, a concert, a board game. Such a page names occupations as its story or its theme (a
# truck simulator, a hospital tycoon game, a kitchen drama), not as work the reader could do;
# its topic alone is no link to claim. Read in the title and keywords only, where a page says
# what it is. "season"/"seizoen" is left out: restaurants cook with the season, support has a
# peak season. Compounds ending in these words count too ("managementgame", "filmrecensie").
ENTERTAINMENT_WORDS: frozenset[str] = frozenset("""
    review reviews reviewed recensie recensies gerecenseerd episode episodes aflevering
    afleveringen trailer film films movie movies speelfilm tvserie streaming netflix novel
    roman romans simulator simulatie gameplay game games videogame videogames bordspel
    boardgame documentaire documentary musical toneel toneelstuk concert album theater
    televisie television tv tvprogramma sitcom realityshow talkshow
""".split())
ENTERTAINMENT_ENDINGS = ("game", "games", "review", "recensie", "film", "serie", "spel")

# Words of learning at school or university: a page that uses more of them than words of work is
# about studying (homework, an exam, an open day, a programme's admissions). Its professions are
# school subjects and study choices ("biologie", "verpleegkunde", "data science"), not work on
# offer. Words a teacher's vacancy also uses as readily as a pupil's page ("opleiding", "course",
# "degree", "school") are left out.
STUDY_WORDS: frozenset[str] = frozenset("""
    huiswerk examen examens eindexamen eindexamens tentamen tentamens proefwerk toets toetsen
    studiekeuze studiekeuzes brugklas havo vwo vmbo gymnasium collegegeld lesrooster studenten
    leerlingen hbo mbo universiteit homework revision revise exam exams gcse gcses curriculum
    syllabus admissions tuition semester students pupils undergraduate undergraduates
""".split())

# Endings of a term that names what a job does or deals with, not the person who does it:
# gardening, tuinieren, biologie, verpleegkunde, techniek, reparatie, agriculture, tourism. A
# page that is not about work uses such a word for its own hobby, school subject or news.
ACTIVITY_ENDINGS = ("ing", "en", "kunde", "logie", "logy", "istry", "nomy", "nomie", "ics", "iek", "isme",
                    "ism", "ture", "tuur", "atie", "itie", "sie", "gie", "mie", "pie")
NOT_ACTIVITY_ENDINGS = ("ling", "lingen")  # leerling, kwekeling: a person
AGENT_ENDINGS = ("er", "eur", "or", "ist", "ant", "ent", "ier", "man", "ige", "ster", "es")


def names_activity(words: str, terms: frozenset[str]) -> bool:
    """Do ``words`` (as the page wrote them) name an activity, field or object of an occupation
    rather than the person: a term of it, one word ("tuinieren", "biology") or an English
    "<object> <-ing>" pair ("dairy farming"), whose form says so. A plural of a person
    ("verpleegkundigen") is no term itself; a "<person> <field>" term ("docent biologie",
    "chauffeur bezorging") names the person."""
    form = fold(words)
    if form not in terms:
        return False
    parts = form.split()
    if len(parts) == 2 and parts[1].endswith("ing") and not parts[0].endswith(AGENT_ENDINGS):
        return True
    return len(parts) == 1 and form.endswith(ACTIVITY_ENDINGS) and not form.endswith(NOT_ACTIVITY_ENDINGS)
