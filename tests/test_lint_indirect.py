"""Inclusive-language check: indirect wording added for the fourth development batch (issue 14) —
rough ages, the start of a career, a "fresh" worker, preferences for one sex, compound titles,
euphemisms for health, family, origin and faith — each with look-alikes that must stay unflagged.
The sentences are written for these tests, not taken from the development sets."""

from __future__ import annotations

import pytest

from engine.domain.lint import lint
from tests.lint_helpers import assert_flagged


@pytest.mark.parametrize(("text", "language", "category", "words"), [
    # age, indirectly
    ("Deze traineeship is bedoeld voor iemand aan het begin van de loopbaan.", "nl", "age", "begin van de loopbaan"),
    ("Perfect for someone at the start of their career.", "en", "age", "start of their career"),
    ("Wij zoeken een frisse kracht voor de afdeling inkoop.", "nl", "age", "frisse kracht"),
    ("Je bent net-gediplomeerd en wil leren.", "nl", "age", "net-gediplomeerd"),
    ("Je komt pas kort geleden uit de collegebanken.", "nl", "age", "kort geleden uit de collegebanken"),
    ("You are not long out of university.", "en", "age", "not long out of university"),
    ("Ideal candidate is a graduate of around 25.", "en", "age", "around 25"),
    ("Functie-eisen:\n- mbo 4\n- max 35", "nl", "age", "max 35"),
    ("Average age in the team is 26 and we'd like to keep it that way.", "en", "age", "keep it that way"),
    ("Wij zoeken een jonge ondernemer voor onze franchise.", "nl", "age", "jonge"),
    ("You have your whole career ahead of you.", "en", "age", "whole career ahead"),
    ("Je bent net twintig geworden.", "nl", "age", "twintig"),
    ("Je bent in de bloei van je leven.", "nl", "age", "bloei van je leven"),
    ("You have many working years ahead of you.", "en", "age", "working years ahead"),
    ("Wij zoeken een ervaren vrachtwagenchauffeuse.", "nl", "gender", "vrachtwagenchauffeuse"),
    ("You're a true local.", "en", "origin", "true local"),
    # gender: a preference for one sex, compound titles, coded figures
    ("Liefst een vrouw voor deze functie.", "nl", "gender", "Liefst een vrouw"),
    ("Voorkeur: m", "nl", "gender", "Voorkeur: m"),
    ("Broodjeszaak zoekt een lunchjuffrouw.", "nl", "gender", "lunchjuffrouw"),
    ("You'll be a mother figure to the team.", "en", "gender", "mother figure"),
    ("Je bent een echte vaderfiguur voor de jongens.", "nl", "gender", "vaderfiguur"),
    ("He is a true alpha leader.", "en", "gender", "alpha"),
    # health, family, appearance
    ("Geen allergieën voor katten of honden.", "nl", "health", "allergieën"),
    ("Absence of chronic illness is required.", "en", "health", "chronic illness"),
    ("Je hebt geen gezondheidsbeperkingen.", "nl", "health", "gezondheidsbeperkingen"),
    ("You are of sound mind and body.", "en", "health", "sound mind"),
    ("Not having children is a plus.", "en", "family", "children"),
    ("Being single is an advantage.", "en", "family", "single"),
    ("Je hebt geen zwangerschapsplannen.", "nl", "family", "zwangerschapsplannen"),
    ("No baby plans for the next two years, please.", "en", "family", "baby plans"),
    ("Your home situation must allow evening shifts.", "en", "family", "home situation"),
    ("A stable home life is a must.", "en", "family", "stable home life"),
    ("Mooie, slanke meiden gezocht voor de beurs.", "nl", "appearance", "Mooie"),
    ("A clean-cut appearance suits this role.", "en", "appearance", "clean-cut"),
    ("Photos required with your application.", "en", "appearance", "Photos required"),
    # origin and faith
    ("Je woont in een goede buurt.", "nl", "origin", "goede buurt"),
    ("Applicants must have a British-sounding name.", "en", "origin", "British-sounding name"),
    ("Je hebt een typisch Nederlandse achternaam.", "nl", "origin", "Nederlandse achternaam"),
    ("Atheists preferred.", "en", "religion", "Atheists"),
    ("Bij voorkeur katholieken.", "nl", "religion", "katholieken"),
    ("No applicants from deprived areas.", "en", "origin", "deprived areas"),
    ("A Christian faith is essential for this role.", "en", "religion", "Christian faith"),
    ("Staff must not observe Ramadan during shifts.", "en", "religion", "observe Ramadan"),
    ("No work permit or visa sponsorship; EU citizens only.", "en", "origin", "EU citizens"),
])
def test_indirect_wording_is_flagged(text: str, language: str, category: str, words: str) -> None:
    assert_flagged(text, language, category, words)


@pytest.mark.parametrize(("text", "language"), [
    ("Een frisse wind waait door onze organisatie.", "nl"),
    ("Wij begeleiden studenten aan het begin van hun loopbaan.", "nl"),
    ("Our mentoring programme supports staff at the start of their career.", "en"),
    ("Whether you are at the start of your career or already experienced, apply.", "en"),
    ("- max 40 uur", "nl"),
    ("We have offices in around 25 countries.", "en"),
    ("The average age in our fleet: 6 years", "en"),
    ("The average age of our residents is 84, and we want to keep it that way healthy.", "en"),
    ("Leeftijd van de deelnemers: 16-23 jaar.", "nl"),
    ("Onze oprichter is een jonge ondernemer.", "nl"),
    ("Your team lead is a young designer with ten years in games.", "en"),
    ("Kassajuffrouw/kassamedewerker (m/v/x) gezocht", "nl"),
    ("The alpha version ships in May.", "en"),
    ("The waitress in the film is played by our owner.", "en"),
    ("Je bent zorgzaam en hebt oog voor onze bewoners.", "nl"),
    ("Our recipes contain no allergens.", "en"),
    ("We offer support with pregnancy plans and family planning leave.", "en"),
    ("We take your home situation into account with flexible hours.", "en"),
    ("Clean-cut edges on every panel.", "en"),
    ("Product photos required for the catalogue.", "en"),
    ("Photos required for each listing you create.", "en"),
    ("Our office is in a nice neighbourhood.", "en"),
    ("You will work with youth from deprived neighbourhoods.", "en"),
    ("EU passport or valid work permit required.", "en"),
    ("Christian values guide our care.", "en"),
    ("Kennis van islamitisch bankieren is een pré.", "nl"),
    ("We observe all religious holidays in our planning.", "en"),
    ("Mooie producten voor mooie mensen.", "nl"),
    ("Alleen mensen met een rijbewijs B.", "nl"),
    ("Use the English name of each product in the catalogue.", "en"),
    ("You will translate the Dutch product names into English.", "en"),
    ("Catholics and Protestants alike visit our museum.", "en"),
    ("We source local produce from nearby farms.", "en"),
    ("Our bar has a real local feel.", "en"),
    ("Being single-minded about quality is an advantage.", "en"),
    ("Lack of sleep is common among new parents, our main users.", "en"),
])
def test_indirect_lookalikes_are_not_flagged(text: str, language: str) -> None:
    assert lint(text, language)[0] == []


def test_a_young_team_is_culture_not_a_demand_on_the_candidate() -> None:
    """The young-team rule is soft and wins over the hard "jong" inside it; a young candidate asked
    for in the same sentence is still hard (found by the studio's browser test after the fourth and
    fifth batches' rules made "ons jonge team" hard)."""
    for text in ("Voor ons jonge team zoeken wij een kok.", "Join our young, fun crew as a chef."):
        assert [f.severity for f in lint(text)[0]] == ["soft"], text
    both = lint("Wij zoeken een jonge kok voor ons jonge team.")[0]
    assert [(f.severity, f.text) for f in both] == [("hard", "jonge"), ("soft", "jonge team")]
