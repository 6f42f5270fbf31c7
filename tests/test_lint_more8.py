"""Inclusive-language check: wording added for the eighth development batch (issue 14) — a faith's papers,
a faith named and shut out, no faith wanted, a fast worked through without adjustment, a faith's values
demanded, prayer needs turned away, union membership asked or shut out, singles as the target group, no
children, one life stage only, an age cap with youth pay as its reason, an age group preferred, long
service and experienced people turned away, a generation aimed at the candidate — and the context that keeps
look-alikes unflagged: a birth date for the payroll once hired, a native level said not to be required,
religious dress offered by the employer, a sex with a
shelter's ground stated, a generation the candidate trains, an idiom with "jong". The
sentences are written for these tests, not taken from the sets."""

from __future__ import annotations

import pytest

from engine.domain.lint import lint
from tests.lint_helpers import assert_flagged


@pytest.mark.parametrize(("text", "language", "category", "words"), [
    # faith
    ("Stuur een kopie van je doopakte mee met je cv.", "nl", "religion", "doopakte"),
    ("A baptism certificate is part of the application.", "en", "religion", "baptism certificate"),
    ("Mormons need not apply for this warehouse job.", "en", "religion", "Mormons"),
    ("Jehova's getuigen komen niet in aanmerking.", "nl", "religion", "Jehova's getuigen"),
    ("Voor het magazijn zoeken we bij voorkeur iemand zonder geloof.", "nl", "religion", "iemand zonder geloof"),
    ("We'd prefer someone with no religious affiliation.", "en", "religion", "someone with no religious"),
    ("Tijdens de vastenmaand werk je gewoon door, zonder aangepaste pauzes.", "nl", "religion",
     "Tijdens de vastenmaand"),
    ("Islamitische waarden zijn een vereiste, ook in de bezorgdienst.", "nl", "religion",
     "Islamitische waarden zijn een vereiste"),
    ("Our courier firm runs on biblical values and we expect every employee to live by them.", "en", "religion",
     "expect every employee to live by them"),
    ("Staff who want prayer rooms should look elsewhere.", "en", "religion", "want prayer rooms"),
    # union membership
    ("Tell us if you are a member of a labour union.", "en", "other", "member of a labour union"),
    ("Vermeld of je lid bent van de vakbond.", "nl", "other", "lid bent van de vakbond"),
    ("Members of a trade union will not be considered.", "en", "other", "Members of a trade union"),
    ("Leden van de vakbond nemen wij niet aan.", "nl", "other", "Leden van de vakbond"),
    # family
    ("Ideal for singles who can travel at short notice.", "en", "family", "singles"),
    ("Singles gezocht voor ons team op het cruiseschip.", "nl", "family", "Singles"),
    ("You have no kids, so evenings and weekends are no problem.", "en", "family", "no kids"),
    # age
    ("Scholieren only: het is een bijbaan in de avond.", "nl", "age", "Scholieren only"),
    ("Only students can apply for this bar job.", "en", "age", "Only students"),
    ("Wij betalen jeugdloon, dus tot 21 jaar.", "nl", "age", "tot 21 jaar"),
    ("We pay the youth rate, so under-20s only.", "en", "age", "under-20s"),
    ("Over-50s need not apply.", "en", "age", "Over-50s"),
    ("Under-25s preferred for our summer crew.", "en", "age", "Under-25s preferred"),
    ("Worked in the trade for 20+ years? This isn't the job for you.", "en", "age",
     "Worked in the trade for 20+ years"),
    ("Experienced candidates will not be considered for this trainee post.", "en", "age", "Experienced candidates"),
    ("Doorgewinterde krachten komen niet in aanmerking.", "nl", "age", "Doorgewinterde krachten"),
    ("Je bent opgegroeid met social media en snapt TikTok.", "nl", "age", "opgegroeid met social media"),
    ("We want a new generation of engineers in the workshop.", "en", "age", "new generation of engineers"),
    ("Een nieuwe generatie op de werkvloer: dat zoeken we.", "nl", "age", "nieuwe generatie op de werkvloer"),
    # a sex without a stated ground stays a finding
    ("We hire female support workers only.", "en", "gender", "female"),
    # discouragement by age
    ("Applicants over 50 will likely find the shifts too long.", "en", "age", "over 50"),
])
def test_flagged(text: str, language: str, category: str, words: str) -> None:
    assert_flagged(text, language, category, words)


@pytest.mark.parametrize(("text", "language"), [
    ("We vragen je geboortedatum pas na indiensttreding, voor de loonadministratie.", "nl"),
    ("Your date of birth is needed after you start, for payroll only.", "en"),
    ("Native-like Dutch is not required; B2 is enough.", "en"),
    ("Hoofddoeken in de bedrijfskleur zijn op aanvraag beschikbaar.", "nl"),
    ("Hijabs in our uniform colour are available on request.", "en"),
    ("Als mentor train je de nieuwe generatie verkopers.", "nl"),
    ("You'll coach a new generation of engineers on site.", "en"),
    ("Jong geleerd is oud gedaan, dus we leren iedereen het vak.", "nl"),
    ("Singles, couples and families all stay at our resort.", "en"),
    ("We sell singles and albums on vinyl.", "en"),
    ("Our tennis club runs singles and doubles on Sundays.", "en"),
    ("Ook studenten zijn welkom om te solliciteren.", "nl"),
    ("Je mag gebedspauzes nemen; er is een stille ruimte.", "nl"),
    ("Lidmaatschap van een vakbond is niet nodig.", "nl"),
    ("Our courier firm is a new generation of delivery service.", "en"),
    ("Je hoeft geen lid te zijn van een vakbond.", "nl"),
    # a sex with its lawful ground stated
    ("Our refuge for survivors of domestic abuse hires female support workers only.", "en"),
    ("Voor de vrouwenopvang zoeken we een vrouwelijke hulpverlener.", "nl"),
])
def test_look_alikes_pass(text: str, language: str) -> None:
    findings, _ = lint(text, language)
    assert findings == [], findings
