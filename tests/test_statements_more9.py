"""Statements written the ways the ninth development batch showed, in forms written for these tests
(not copied from the batch): an age told as "well over"; recovery told by time sober or clean, by
treatment or as being physically challenged; a pregnancy told by its count, in slang, by surrogacy
or as a family planned; caste and tribe; a politician's fan and parties abroad; unions abroad, their
subs and a strike led; a tag or a detention. Beside each class the look-alikes that stay as written
(age groups, addiction work, surrogacy law, tribal and caste studies, campaigns, strike cover)."""

from __future__ import annotations

import pytest

from engine.domain.statements import drop_statements


@pytest.mark.parametrize(("text", "kind"), [
    ("Forklift driver. Well over 55 these days.", "age"),
    ("Joiner. Sober for two years now.", "health"),
    ("Barista. I'm clean since last spring.", "health"),
    ("Porter. On methadone, stable.", "health"),
    ("Data entry. I am physically handicapped.", "health"),
    ("Roofer. My wife is expecting our second.", "pregnancy"),
    ("Receptionist. Preggers, due soon.", "pregnancy"),
    ("Teaching assistant. Trying for a baby.", "pregnancy"),
    ("Driver. Yoruba by tribe.", "origin"),
    ("Clerk. OBC category.", "origin"),
    ("Copywriter. Big Sanders supporter.", "political"),
    ("Accountant. PDP ward coordinator.", "political"),
    ("Rigger. MUA member.", "union"),
    ("Nurse. Still paying my Unison subs.", "union"),
    ("Picker. Organised a walkout last year.", "union"),
    ("Chef. On a tag until June.", "criminal_record"),
    ("Security. Arrested by police once.", "criminal_record"),
])
def test_ninth_batch_statements_go(text: str, kind: str) -> None:
    cleaned = drop_statements(text)
    assert kind in cleaned.dropped
    assert cleaned.text == text.split(".")[0] + "."


@pytest.mark.parametrize("text", [
    "Activities coordinator for an over 60s club.",
    "Addiction counsellor at a methadone clinic.",
    "Family lawyer specialising in surrogacy agreements.",
    "Researcher on tribal land rights.",
    "Campaign organiser for a climate charity.",
    "Temp cover during the strike season, logistics.",
    "Short contracts only, event staffing.",
    "Retail security, tagging stock and CCTV.",
])
def test_ninth_batch_lookalikes_stay(text: str) -> None:
    assert drop_statements(text).text == text
