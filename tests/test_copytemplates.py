"""Copy template validation: the repo's templates pass, each rule refuses what it is for, the sandbox holds."""

from __future__ import annotations

import pytest
from jinja2.exceptions import SecurityError

from engine.config import TEMPLATES_DIR
from engine.domain.copy.templates import (
    MAX_SOURCE,
    CopyTemplateError,
    Problem,
    load_repo_sources,
    parse_name,
    render_preview,
    validate_template,
)
from engine.domain.copy.writer import (
    ALWAYS_FACTS,
    FACTS,
    LANGUAGES,
    SITUATIONS,
    Copywriter,
    copy_environment,
    vacancy_facts,
)
from engine.domain.jobposting import Location, Salary, Vacancy, iter_postings, parse_posting
from engine.domain.taxonomy import load_taxonomy

REPO = load_repo_sources(TEMPLATES_DIR / "copy")


def vacancy(**overrides) -> Vacancy:
    base = {"id": "v-1", "title": "Kok", "description": "…", "date_posted": "2026-11-01",
            "organization": "Hotel Zuid", "language": "nl", "locations": (Location(locality="Assen"),)}
    base.update(overrides)
    return Vacancy(**base)


def template(headline: str = "Werken in {{ topic }}", body: str = "{{ job.title }} bij {{ job.organization }}.",
             cta: str = "Lees meer", before: str = "", after: str = "") -> str:
    return (f"{before}{{% block headline %}}{headline}{{% endblock %}}\n{{% block body %}}{body}{{% endblock %}}\n"
            f"{{% block cta %}}{cta}{{% endblock %}}\n{after}")


def codes(problems: list[Problem], severity: str = "error") -> set[str]:
    return {p.code for p in problems if p.severity == severity}


@pytest.fixture(scope="module")
def demo_vacancies(demo_payload: dict) -> list[Vacancy]:
    return [parse_posting(raw, lambda text: "nl") for raw in iter_postings(demo_payload)]


@pytest.fixture(scope="module")
def taxonomy():
    return load_taxonomy()


# --- names ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "expected"), [
    ("nl/interest-2", ("nl", "interest", 2)), ("en/open-1", ("en", "open", 1)),
    ("en/context-10", ("en", "context", 10)),
])
def test_parse_name(name: str, expected: tuple) -> None:
    parsed = parse_name(name)
    assert parsed == expected and str(parsed) == name


@pytest.mark.parametrize("name", ["nl/interest-0", "nl/interest-02", "de/open-1", "nl/closed-1", "nl/interest",
                                  "nl/open-1.txt", "../nl/open-1", "nl/open-1/x", "NL/open-1", "", "nl/open--1"])
def test_parse_name_refuses_anything_else(name: str) -> None:
    with pytest.raises(ValueError, match="nl/interest-2|language must be|situation must be"):
        parse_name(name)


def test_validate_refuses_a_bad_name() -> None:
    with pytest.raises(ValueError):
        validate_template("nl/banner-1", template())


# --- the repo's templates -------------------------------------------------------------------------


def test_repo_sources_are_every_copy_file() -> None:
    files = {f"{p.parent.name}/{p.stem}" for p in (TEMPLATES_DIR / "copy").glob("*/*.txt")}
    assert set(REPO) == files and len(files) == 20
    assert REPO["nl/open-3"] == (TEMPLATES_DIR / "copy" / "nl" / "open-3.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(REPO))
def test_repo_template_validates_clean(name: str) -> None:
    assert validate_template(name, REPO[name]) == []


@pytest.mark.parametrize("name", sorted(REPO))
def test_repo_template_with_demo_samples_has_at_most_overflow_warnings(name: str, demo_vacancies) -> None:
    problems = validate_template(name, REPO[name], demo_vacancies)
    assert not codes(problems), problems
    assert codes(problems, "warning") <= {"sample_overflow"}


@pytest.mark.parametrize("name", sorted(REPO))
def test_repo_template_renders_for_a_vacancy_with_only_the_required_facts(name: str) -> None:
    bare = vacancy(locations=(), remote=False)
    assert set(vacancy_facts(bare, "nl")) == set(ALWAYS_FACTS)
    parts = render_preview(name, REPO[name], bare)
    assert parts is not None
    assert "Kok" in " ".join(parts) and "Hotel Zuid" in " ".join(parts)


def test_guarded_salary_shows_only_when_known() -> None:
    source = REPO["nl/interest-2"]
    paid = vacancy(salary=Salary("EUR", "MONTH", 2800, 3900))
    assert render_preview("nl/interest-2", source, paid, interest="kok") == (
        "Werken als kok?", "Kok bij Hotel Zuid, Assen. Salaris € 2.800–€ 3.900 per maand.", "Lees meer")
    assert render_preview("nl/interest-2", source, vacancy(locations=()), topic="de horeca") == (
        "Werken in de horeca?", "Kok bij Hotel Zuid.", "Lees meer")


def test_fact_names_match_what_vacancy_facts_gives() -> None:
    full = vacancy(remote=True, employment_types=("PART_TIME",), salary=Salary("EUR", "HOUR", 14.5))
    assert set(vacancy_facts(full, "en")) == set(FACTS)


# --- each rule refuses what it is for -------------------------------------------------------------


@pytest.mark.parametrize(("name", "source", "expected"), [
    ("nl/context-1", "x" * (MAX_SOURCE + 1), "source_too_long"),
    ("nl/context-1", template(headline="Werken in {{ topic }"), "syntax_error"),
    ("nl/context-1", template(body="{% if job.hours is defined %}{{ job.title }} bij {{ job.organization }}"),
     "syntax_error"),
    ("nl/context-1", template().replace("{% block cta %}Lees meer{% endblock %}", ""), "missing_block"),
    ("nl/context-1", template(after="{% block footer %}x{% endblock %}"), "unknown_block"),
    ("nl/context-1", template(after="Hallo!"), "text_outside_blocks"),
    ("nl/context-1", template(after="{{ job.title }}"), "text_outside_blocks"),
    ("nl/context-1", template(before='{% extends "nl/open-1" %}'), "disallowed_tag"),
    ("nl/context-1", template(cta='{% include "nl/open-1" %}Lees meer'), "disallowed_tag"),
    ("nl/context-1", template(before='{% import "nl/open-1" as x %}'), "disallowed_tag"),
    ("nl/context-1", template(before="{% macro m() %}x{% endmacro %}"), "disallowed_tag"),
    ("nl/context-1", template(cta="{% set x = 1 %}Lees meer"), "disallowed_tag"),
    ("nl/context-1", template(cta="{% for i in [1] %}!{% endfor %}Lees meer"), "disallowed_tag"),
    ("nl/context-1", template(cta="{% filter upper %}!{% endfilter %}Lees meer"), "disallowed_tag"),
    ("nl/context-1", template(cta="{% raw %}{{ Lees meer }}{% endraw %}"), "disallowed_tag"),
    ("nl/context-1", template(cta="Lees meer, {{ user }}"), "unknown_variable"),
    ("nl/context-1", template(cta="Lees {{ job.__class__ }}"), "unknown_attribute"),
    ("nl/context-1", template(cta="Mail {{ job.email }}"), "unknown_attribute"),
    ("nl/context-1", template(cta="Lees {{ job['__class__'] }}"), "unknown_attribute"),
    ("nl/context-1", template(cta="Lees {{ topic.upper }}"), "unknown_attribute"),
    ("nl/context-1", template(cta="Lees {{ job }}"), "unknown_attribute"),
    ("nl/context-1", template(headline="{{ ''.__class__.__mro__ }} {{ topic }}"), "unknown_attribute"),
    ("nl/context-1", template(headline="{{ cycler.__init__.__globals__ }} {{ topic }}"), "unknown_attribute"),
    ("nl/context-1", template(body="{{ job.title|format }} bij {{ job.organization }}"), "disallowed_filter"),
    ("nl/context-1", template(body="{{ job.title|attr('x') }} bij {{ job.organization }}"), "disallowed_filter"),
    ("nl/context-1", template(body="{{ job.title|truncate(5) }} bij {{ job.organization }}"), "disallowed_filter"),
    ("nl/context-1", template(body="{{ job.title|trim('x') }} bij {{ job.organization }}"), "disallowed_expression"),
    ("nl/context-1", template(body="{{ job.title.upper() }} bij {{ job.organization }}"), "function_call"),
    ("nl/context-1", template(cta="{{ range(10) }}"), "function_call"),
    ("nl/context-1", template(cta="{% if job.title is sameas job.title %}Nu{% endif %} Lees meer"), "disallowed_test"),
    ("nl/context-1", template(cta="{{ 'Lees' if job.title else 'Kijk' }} meer"), "disallowed_expression"),
    ("nl/context-1", template(cta="{% if job.title == 'Kok' %}Nu{% endif %} Lees meer"), "disallowed_expression"),
    ("nl/context-1", template(cta="Lees {{ job.title ~ job.organization }}"), "disallowed_expression"),
    ("nl/context-1", template(cta="Lees {{ not job.title }}"), "disallowed_expression"),
    ("nl/context-1", template(cta="Lees {{ job.title is defined }}"), "disallowed_expression"),
    ("nl/context-1", template(cta="{{ " + "(" * 300 + "job.title" + ")" * 300 + " }}"), "syntax_error"),
    ("nl/context-1", template(cta="Lees{% if " + "not " * 420 + "job.title is defined %} meer{% endif %}"),
     "syntax_error"),
    ("nl/context-1", template(body="{{ job.title }} bij {{ job.organization }}. Salaris {{ job.salary }}."),
     "unguarded_optional"),
    ("nl/context-1", template(body="{{ job.title }} bij {{ job.organization }}, {{ job['place'] }}."),
     "unguarded_optional"),
    ("nl/context-1", template(body="{{ job.title }} bij {{ job.organization }}"
                                   "{% if job.salary %} {{ job.salary }}{% endif %}"), "unguarded_optional"),
    ("nl/context-1", template(body="{{ job.title }} bij {{ job.organization }}{% if job.salary is defined or "
                                   "job.hours is defined %} {{ job.salary }}{% endif %}"), "unguarded_optional"),
    ("nl/context-1", template(headline="{% if job.place is defined %}Hier{% endif %} {{ topic }}",
                              body="{{ job.title }} bij {{ job.organization }} in {{ job.place }}"),
     "unguarded_optional"),
    ("nl/interest-1", template(headline="Werken als {{ interest }}?"), "unguarded_optional"),
    ("nl/open-1", template(), "unavailable_variable"),
    ("nl/open-1", template(headline="{% if topic is defined %}{{ topic }}{% else %}Vacature{% endif %}"),
     "unavailable_variable"),
    ("nl/context-1", template(headline="{% if interest is defined %}{{ interest }}{% endif %} {{ topic }}"),
     "unavailable_variable"),
    ("nl/context-1", template(body="Werk bij {{ job.organization }}."), "missing_placeholder"),
    ("nl/context-1", template(body="{{ job.title }}, kom werken!"), "missing_placeholder"),
    ("nl/interest-1", template(headline="Een nieuwe baan?"), "missing_placeholder"),
    ("nl/interest-1", template(headline="{% if topic is defined %}Een nieuwe{% endif %} baan?"),
     "missing_placeholder"),
    ("nl/context-1", template(headline="Werken in {{ topic }}? " + "Heel veel tekst " * 4), "over_limit"),
    ("nl/context-1", template(cta="Lees meer " * 3), "over_limit"),
    ("nl/context-1", template(cta=""), "empty_block"),
    ("nl/context-1", template(cta="{% if job.hours is defined %}Lees meer{% endif %}"), "empty_block"),
    ("nl/context-1", template(body="{{ job.title }} bij {{ job.organization }}. Max. 35 jaar."), "lint_hard"),
    ("nl/context-1", template(body="{{ job.title }} bij {{ job.organization }}. Alleen vrouwen."), "lint_hard"),
    ("en/context-1", template(headline="Into {{ topic }}? Under 30?"), "lint_hard"),
    ("en/context-1", template(body="{{ job.title }} at {{ job.organization }}. Native English speakers."),
     "lint_hard"),
])
def test_each_rule_refuses_its_bad_template(name: str, source: str, expected: str) -> None:
    problems = validate_template(name, source)
    assert codes(problems) == {expected}, problems
    assert all(p.message for p in problems)


def test_a_soft_lint_finding_is_a_warning_with_the_words_and_the_suggestion() -> None:
    problems = validate_template("en/context-1", template(body="{{ job.title }} at {{ job.organization }}: "
                                                               "young and dynamic team."))
    assert [(p.severity, p.code, p.block) for p in problems] == [("warning", "lint_soft", "body")]
    assert '"young and dynamic team"' in problems[0].message
    assert "Describe the culture without age" in problems[0].message


def test_a_hard_lint_finding_names_the_words_and_the_suggestion() -> None:
    [problem] = validate_template("nl/open-1", template(headline="{{ job.title }} (max. 35 jaar)"))
    assert (problem.severity, problem.code, problem.block) == ("error", "lint_hard", "headline")
    assert '"max. 35 jaar"' in problem.message and "niet naar leeftijd" in problem.message


@pytest.mark.parametrize("body", [
    "{% if job.salary is defined %}{{ job.salary }}{% endif %}",
    "{% if job['salary'] is defined %}{{ job['salary'] }}{% endif %}",
    "{% if job.salary is undefined %}Salaris volgt{% else %}{{ job.salary }}{% endif %}",
    "{% if not job.salary is defined %}Salaris volgt{% else %}{{ job.salary|upper }}{% endif %}",
    "{% if job.salary is defined and job.hours is defined %}{{ job.salary }}, {{ job.hours }}{% endif %}",
    "{% if job.salary is defined and job.salary %}{{ job.salary }}{% endif %}",
    "{% if job.hours is defined %}{{ job.hours }}{% elif job.salary is defined %}{{ job.salary }}{% endif %}",
    "{% if job.hours is undefined %}x{% elif job.salary is defined %}{{ job.hours }} {{ job.salary }}{% endif %}",
])
def test_a_guarded_optional_fact_passes(body: str) -> None:
    source = template(body="{{ job.title }} bij {{ job.organization }}. " + body)
    assert validate_template("nl/context-1", source) == []


def test_a_guarded_interest_passes_in_an_interest_template() -> None:
    source = template(headline="{% if interest is defined %}Werken als {{ interest }}?{% else %}Werken in "
                               "{{ topic }}?{% endif %}")
    assert validate_template("nl/interest-1", source) == []
    assert validate_template("nl/interest-1", template(headline="Werken als {% if interest is defined %}"
                                                                "{{ interest }}{% endif %}?")) == []


def test_truthiness_is_not_a_guard_and_the_message_says_why() -> None:
    [problem] = validate_template("nl/context-1", template(body="{{ job.title }} bij {{ job.organization }}"
                                                                "{% if job.salary %}: {{ job.salary }}{% endif %}"))
    assert problem.code == "unguarded_optional" and problem.block == "body"
    assert "job.salary may be missing from a vacancy" in problem.message
    assert "{% if job.salary is defined %}…{% endif %}" in problem.message
    assert "alone fails" in problem.message
    # and that is what serving does: with StrictUndefined the test itself raises
    assert render_preview("nl/context-1", template(body="{{ job.title }} bij {{ job.organization }}"
                                                        "{% if job.salary %}: {{ job.salary }}{% endif %}"),
                          vacancy()) is None


def test_problems_carry_the_line_and_serialise() -> None:
    [problem] = validate_template("nl/context-1", "{% block headline %}{{ topic }}{% endblock %}\n"
                                                  "{% block body %}{{ job.title }} {{ job.organization }}\n"
                                                  "{{ job.salary }}{% endblock %}\n{% block cta %}Kijk{% endblock %}")
    assert problem.as_dict() == {
        "severity": "error", "code": "unguarded_optional", "block": "body", "line": 3,
        "message": "line 3: job.salary may be missing from a vacancy: wrap it in "
                   "{% if job.salary is defined %}…{% endif %}."}
    [syntax] = validate_template("nl/context-1", "{# ok #}\n\n{% block headline %}{{ topic }{% endblock %}")
    assert (syntax.code, syntax.line) == ("syntax_error", 3)


def test_the_literal_limit_counts_the_shortest_branch_without_placeholders() -> None:
    assert validate_template("nl/context-1", template(headline="{{ topic }}" + "a" * 60)) == []
    [problem] = validate_template("nl/context-1", template(headline="{{ topic }}" + "a" * 61))
    assert (problem.code, problem.block) == ("over_limit", "headline") and "61 characters" in problem.message
    short_else = "{% if job.hours is defined %}" + "b" * 70 + "{% else %}Kort{% endif %} {{ topic }}"
    assert validate_template("nl/context-1", template(headline=short_else)) == []
    both_long = "{% if job.hours is defined %}" + "b" * 70 + "{% else %}" + "c" * 61 + "{% endif %}{{ topic }}"
    assert codes(validate_template("nl/context-1", template(headline=both_long))) == {"over_limit"}


def test_sample_overflow_is_a_warning_with_the_share_and_an_error_when_always() -> None:
    source = template(headline="{{ job.title }}", body="{{ job.organization }} zoekt versterking.")
    short, long = vacancy(id="a"), vacancy(id="b", title="x" * 61)
    assert validate_template("nl/open-1", source, [short, short]) == []
    [warning] = validate_template("nl/open-1", source, [short, long])
    assert (warning.severity, warning.code) == ("warning", "sample_overflow")
    assert warning.message.startswith("1 of 2 sample vacancies (50%)") and "headline: 1" in warning.message
    [error] = validate_template("nl/open-1", source, [long, long])
    assert (error.severity, error.code) == ("error", "sample_overflow")


def test_samples_render_with_a_realistic_topic() -> None:
    # 43 characters of fixed text fit alone, but not with "de energietransitie" (19) in it
    source = template(headline="Heb jij hart voor {{ topic }}? Kom dan bij ons werken!")
    assert validate_template("nl/context-1", source) == []
    assert codes(validate_template("nl/context-1", source, [vacancy()])) == {"sample_overflow"}


# --- the writer over a mapping --------------------------------------------------------------------


def test_from_sources_writes_what_the_directory_writer_writes(demo_vacancies, taxonomy) -> None:
    from_dir = Copywriter(TEMPLATES_DIR / "copy", taxonomy)
    from_map = Copywriter.from_sources(dict(REPO), taxonomy)
    assert {k: [n for n, _ in v] for k, v in from_map.variants.items()} == \
           {k: [n for n, _ in v] for k, v in from_dir.variants.items()}
    count = 0
    for job in demo_vacancies:
        for language in LANGUAGES:
            for situation in SITUATIONS:
                for concept in (None, "occ.nurse", "sector.healthcare"):
                    assert from_map.write(job, language, situation, concept) == \
                           from_dir.write(job, language, situation, concept)
                    count += 1
    assert count == 50 * 2 * 3 * 3


def test_variants_sort_by_number_and_every_situation_needs_one(taxonomy) -> None:
    sources = dict(REPO)
    sources["nl/open-10"] = sources["nl/open-2"]
    writer = Copywriter.from_sources(sources, taxonomy)
    assert [name for name, _ in writer.variants[("nl", "open")]] == ["nl/open-1", "nl/open-2", "nl/open-3",
                                                                     "nl/open-10"]
    del sources["en/context-1"], sources["en/context-2"], sources["en/context-3"]
    with pytest.raises(CopyTemplateError, match="no copy templates for en/context"):
        Copywriter.from_sources(sources, taxonomy)
    with pytest.raises(CopyTemplateError, match="not a copy template name"):
        Copywriter.from_sources({**REPO, "nl/open": "x"}, taxonomy)


def test_the_runtime_environment_has_only_the_allowed_filters(taxonomy) -> None:
    with pytest.raises(CopyTemplateError, match="nl/open-1"):
        Copywriter.from_sources({**REPO, "nl/open-1": template(cta="{{ job.title|format }}")}, taxonomy)


# --- the sandbox at render time -------------------------------------------------------------------


@pytest.mark.parametrize("expression", ["''.__class__.__mro__", "job.__class__", "job.title.__class__",
                                        "job.items.__self__"])
def test_the_sandbox_refuses_dunder_attributes_at_render_time(expression: str) -> None:
    with pytest.raises(SecurityError):
        copy_environment().from_string(f"{{{{ {expression} }}}}").render(job={"title": "Kok"})


def test_the_sandbox_offers_no_globals() -> None:
    for name in ("range", "cycler", "joiner", "namespace", "lipsum", "dict"):
        assert name not in copy_environment().globals


def test_an_unvalidated_hostile_template_is_skipped_not_served(taxonomy) -> None:
    hostile = template(headline="{{ job.title.__class__.__mro__ }}", body="{{ job.organization }}")
    sources = {**REPO, "nl/open-1": hostile, "nl/open-2": hostile, "nl/open-3": hostile}
    copy = Copywriter.from_sources(sources, taxonomy).write(vacancy(), "nl", "open")
    assert copy.template == "nl/fallback" and "class" not in copy.headline
    assert render_preview("nl/open-1", hostile, vacancy()) is None


# --- the preview ----------------------------------------------------------------------------------


def test_preview_renders_like_serving() -> None:
    assert render_preview("nl/open-3", REPO["nl/open-3"], vacancy()) == ("Hotel Zuid zoekt jou", "Kok in Assen.",
                                                                         "Bekijk de vacature")
    assert render_preview("en/context-3", REPO["en/context-3"], vacancy(remote=True, locations=()),
                          topic="hospitality") == ("Vacancy: Kok", "Want to work in hospitality too? Hotel Zuid "
                                                                   "is hiring remotely.", "View the vacancy")
    # the sample topic stands in where the situation always has one
    headline, _, _ = render_preview("en/interest-3", REPO["en/interest-3"], vacancy())
    assert headline == "Your next step in safety and security"


def test_preview_is_none_when_serving_would_skip_the_variant() -> None:
    assert render_preview("nl/open-1", REPO["nl/open-1"], vacancy(title="x" * 61)) is None
    with pytest.raises(CopyTemplateError):
        render_preview("nl/open-1", "{% block headline %}{{ x }{% endblock %}", vacancy())
