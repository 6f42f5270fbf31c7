"""The template checker speaks the page's language: its findings stay English in the API and are
said in Dutch on a Dutch studio page (through the one catalogue), numbers in Dutch form, and an
English template checked on a Dutch page still gets Dutch findings."""

from __future__ import annotations

import re

import pytest
from flask import Flask

from engine.domain.copy.problems import Phrase
from engine.domain.copy.templates import MAX_SOURCE, validate_template
from engine.domain.i18n import translations
from engine.web.runtime import get_runtime
from tests.studio_helpers import sign_in
from tests.test_copytemplates import template, vacancy

SYNTAX = "{% block headline %}{{ topic }{% endblock %}"
UNKNOWN_FACT = template(body="{{ job.title }} {{ job.organization }} {{ job.nonsense }}")
OVERLONG = template(headline="{{ topic }}" + "a" * 70)


@pytest.mark.parametrize(("source", "english", "dutch"), [
    (SYNTAX, "line 1: ", "regel 1: de template is niet te lezen ("),
    (UNKNOWN_FACT, "job.nonsense is not allowed: the only attributes are",
     "job.nonsense is niet toegestaan: de enige gegevens zijn"),
    (OVERLONG, "over the limit of 60", "boven de grens van 60"),
    ("x" * (MAX_SOURCE + 1), "The template has 2,001 characters; at most 2,000",
     "De template heeft 2.001 tekens; er mogen er hoogstens 2.000"),
])
def test_each_finding_is_english_in_the_api_and_dutch_when_said_in_dutch(source: str, english: str,
                                                                         dutch: str) -> None:
    problem = next(p for p in validate_template("en/context-1", source) if p.severity == "error")
    assert english in problem.message and english in problem.as_dict()["message"]
    assert problem.said("en") == problem.message
    assert dutch in problem.said("nl") and english not in problem.said("nl")


def test_the_length_warning_lists_its_vacancies_in_dutch_with_a_dutch_share() -> None:
    samples = [vacancy(id=f"v{i}", title="x" * 61 if i < 7 else "kort") for i in range(8)]
    [warning] = validate_template("nl/context-1", template(headline="{{ job.title }} {{ topic }}"), samples)
    assert warning.message.startswith("7 of 8 sample vacancies (88%)") and "; and 2 more" in warning.message
    said = warning.said("nl")
    assert said.startswith("Bij 7 van de 8 voorbeeldvacatures (88%)"), said
    assert f"{'x' * 61} (v0)" in said and "; en nog 2" in said and "more" not in said


def test_every_checker_message_has_dutch_words() -> None:
    """A msgid without a Dutch entry would reach a Dutch page in English without anyone noticing."""
    sources = [SYNTAX, UNKNOWN_FACT, OVERLONG, "{% for x in y %}{% endfor %}", "{% raw %}{% endraw %}",
               template(body="{{ job.title }} {{ job.organization }} {{ job.salary }}"),
               template(body="{{ job.title }} {{ job.organization }} {{ job.title|upper(1) }}")]
    catalogue = translations("nl")
    for source in sources:
        for problem in validate_template("nl/context-1", source):
            assert problem.phrase is not None
            assert catalogue.gettext(problem.phrase.text) != problem.phrase.text, problem.phrase.text
            assert isinstance(problem.phrase, Phrase)


def test_a_dutch_studio_page_shows_the_checker_in_dutch(fresh_app: Flask) -> None:
    client = fresh_app.test_client()
    csrf = sign_in(client)
    source = get_runtime(fresh_app).templates.copydesk.repo_sources["en/open-1"]
    bad = source.replace("{% endblock %}", "{{ job.nonsense }}{% endblock %}", 1)
    for language, wanted, unwanted in (("nl", "is niet toegestaan", "is not allowed"),
                                       ("en", "is not allowed", "is niet toegestaan")):
        check = client.post(f"/studio/templates/en/open-1/check?lang={language}",
                            data={"csrf": csrf, "fragment": "1", "source": bad})
        text = re.sub(r"\s+", " ", check.get_data(as_text=True))
        assert 'id="template-problems"' in text and wanted in text and unwanted not in text, text[:2000]
