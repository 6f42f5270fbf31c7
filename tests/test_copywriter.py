"""Ad copy: within limits, deterministic, several variants, nothing the vacancy does not say."""

from __future__ import annotations

import pytest

from engine.config import TEMPLATES_DIR
from engine.domain.copy.writer import LIMITS, SITUATIONS, Copywriter, format_money, vacancy_facts
from engine.domain.jobposting import Location, Salary, Vacancy
from engine.domain.taxonomy import load_taxonomy
from engine.web.runtime import get_runtime


@pytest.fixture(scope="module")
def writer() -> Copywriter:
    return Copywriter(TEMPLATES_DIR / "copy", load_taxonomy())


def vacancy(**overrides) -> Vacancy:
    base = {"id": "v-1", "title": "Verpleegkundige", "description": "…", "date_posted": "2026-11-01",
            "organization": "Zorggroep Noord", "language": "nl",
            "locations": (Location(locality="Assen"),)}
    base.update(overrides)
    return Vacancy(**base)


def all_copies(app, writer: Copywriter):
    for item in get_runtime(app).vacancies.index.current().items:
        for language in ("nl", "en"):
            for situation in SITUATIONS:
                concept = next(iter(item.weights), None)
                yield item.vacancy, writer.write(item.vacancy, language, situation, concept)


def test_every_demo_copy_respects_the_limits(app, writer: Copywriter) -> None:
    count = 0
    for _, copy in all_copies(app, writer):
        count += 1
        assert len(copy.headline) <= LIMITS["headline"], copy
        assert len(copy.body) <= LIMITS["body"], copy
        assert len(copy.cta) <= LIMITS["cta"], copy
        assert copy.headline and copy.body and copy.cta
    assert count >= 40 * 2 * 3


def test_copy_states_no_salary_or_hours_the_vacancy_lacks(app, writer: Copywriter) -> None:
    for job, copy in all_copies(app, writer):
        text = f"{copy.headline} {copy.body}".lower()
        if job.salary is None:
            assert "€" not in text and "salar" not in text, (job.id, copy)
        if not {"PART_TIME", "FULL_TIME"} & set(job.employment_types) or len(job.employment_types) > 1:
            assert "parttime" not in text and "fulltime" not in text or "parttime" in job.title.lower(), copy


def test_several_variants_are_used_and_choice_is_stable(app, writer: Copywriter) -> None:
    used = {copy.template for _, copy in all_copies(app, writer)}
    for language in ("nl", "en"):
        for situation in SITUATIONS:
            assert len({t for t in used if t.startswith(f"{language}/{situation}-")}) >= 2, (language, situation)
    job = vacancy()
    first = writer.write(job, "nl", "interest", "occ.nurse")
    assert all(writer.write(job, "nl", "interest", "occ.nurse") == first for _ in range(5))


def test_interest_copy_speaks_to_the_field(writer: Copywriter) -> None:
    copies = {writer.write(vacancy(id=f"v-{i}"), "nl", "interest", "sector.healthcare").headline
              for i in range(30)}
    assert any("de zorg" in headline for headline in copies)


def test_salary_variant_only_with_a_salary(writer: Copywriter) -> None:
    paid = vacancy(salary=Salary("EUR", "MONTH", 2800, 3900))
    texts = {writer.write(paid.__class__(**{**paid.__dict__, "id": f"p{i}"}), "nl", "interest", "occ.nurse").body
             for i in range(40)}
    assert any("€ 2.800–€ 3.900 per maand" in t for t in texts)


def test_long_title_falls_back_within_limits(writer: Copywriter) -> None:
    job = vacancy(title="Zeer ervaren senior verpleegkundige voor de afdeling interne geneeskunde en cardiologie",
                  organization="Stichting Samenwerkende Ziekenhuizen in het Noorden van het Land en Omstreken")
    copy = writer.write(job, "nl", "open", None)
    assert len(copy.headline) <= 60 and len(copy.body) <= 140


@pytest.mark.parametrize(("amount", "language", "expected"), [
    (2800, "nl", "€ 2.800"), (2800, "en", "€2,800"), (14.5, "nl", "€ 14,50"), (14.5, "en", "€14.50"),
])
def test_money_format(amount: float, language: str, expected: str) -> None:
    assert format_money(amount, language, "EUR") == expected


def test_facts_leave_out_what_is_missing() -> None:
    facts = vacancy_facts(vacancy(locations=(), remote=True), "en")
    assert facts["place"] == "remote" and "salary" not in facts and "hours" not in facts


def test_html_ad_escapes_vacancy_text_and_is_self_contained(fresh_app) -> None:
    from tests.conftest import ADMIN
    from tests.test_catalogue import posting

    client = fresh_app.test_client()
    client.post("/v1/vacancies", json=posting("esc", title='Verpleegkundige < 3 jaar & "top"',
                                              hiringOrganization={"name": "Zorg & Co <b>"}), headers=ADMIN)
    ad = client.post("/v1/render", json={"preferences": {"interests": "verpleegkundige"}, "format": "html"}
                     ).json["ads"][0]
    html = ad["html"]
    assert "&lt; 3" in html and "&amp;" in html and "&#34;top&#34;" in html
    assert "<script" not in html and "<img" not in html and "src=" not in html
    assert "http" not in html.replace(ad["click_url"], "").replace(ad["explanation"]["url"], "")
    assert "Waarom deze advertentie?" in html
