"""JobPosting JSON-LD: what is required, what is read, what is cleaned."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from engine.domain.jobposting import PostingError, iter_postings, parse_posting, strip_html


def posting(**overrides) -> dict:
    base = {
        "@context": "https://schema.org", "@type": "JobPosting",
        "identifier": {"@type": "PropertyValue", "name": "Test", "value": "t-1"},
        "title": "Verpleegkundige", "description": "Wij zoeken een verpleegkundige voor de afdeling.",
        "datePosted": "2026-11-01", "hiringOrganization": {"@type": "Organization", "name": "Zorg BV"},
        "jobLocation": {"@type": "Place", "address": {"addressLocality": "Utrecht", "addressCountry": "NL"}},
    }
    base.update(overrides)
    return {k: v for k, v in base.items() if v is not None}


def never(text: str) -> None:
    raise AssertionError("language detection should not be needed")


def test_minimal_posting_is_read() -> None:
    vacancy = parse_posting(posting(inLanguage="nl"), never)
    assert vacancy.id == "t-1"
    assert vacancy.organization == "Zorg BV"
    assert vacancy.locations[0].locality == "Utrecht"
    assert vacancy.language == "nl" and not vacancy.language_detected


@pytest.mark.parametrize("missing", ["title", "description", "datePosted", "hiringOrganization",
                                     "jobLocation", "identifier"])
def test_required_fields(missing: str) -> None:
    with pytest.raises(PostingError) as error:
        parse_posting(posting(**{missing: None}, inLanguage="nl"), never)
    assert error.value.field.startswith(missing)


def test_telecommute_needs_no_location() -> None:
    vacancy = parse_posting(posting(jobLocation=None, jobLocationType="TELECOMMUTE", inLanguage="en"), never)
    assert vacancy.remote and vacancy.locations == ()


def test_identifier_as_plain_string() -> None:
    assert parse_posting(posting(identifier="abc-9", inLanguage="nl"), never).id == "abc-9"


def test_description_html_is_stripped_and_scripts_dropped() -> None:
    raw = "<p>Werk in de <strong>zorg</strong>&nbsp;&amp; meer.</p><script>alert(1)</script><ul><li>32 uur</li></ul>"
    vacancy = parse_posting(posting(description=raw, inLanguage="nl"), never)
    assert vacancy.description == "Werk in de zorg & meer. 32 uur"
    assert "alert" not in vacancy.description


def test_strip_html_keeps_plain_text() -> None:
    assert strip_html("  a   b\n c ") == "a b c"


def test_language_is_detected_when_absent() -> None:
    english = posting(title="Nurse", description="We are looking for a nurse who wants to join our team.")
    vacancy = parse_posting(english, lambda text: "en" if "looking" in text else None)
    assert vacancy.language == "en" and vacancy.language_detected


def test_undetectable_language_is_rejected() -> None:
    with pytest.raises(PostingError) as error:
        parse_posting(posting(), lambda text: None)
    assert error.value.field == "inLanguage"


def test_valid_through_date_means_end_of_that_day_in_amsterdam() -> None:
    vacancy = parse_posting(posting(validThrough="2026-12-31", inLanguage="nl"), never)
    expires = datetime.fromtimestamp(vacancy.expires_at(), UTC)
    assert expires.isoformat().startswith("2026-12-31T22:59:59")  # 23:59:59.999 CET
    assert vacancy.is_live(datetime(2026, 12, 31, 22, 0, tzinfo=UTC))
    assert not vacancy.is_live(datetime(2026, 12, 31, 23, 0, tzinfo=UTC))


def test_valid_through_before_posted_is_refused() -> None:
    with pytest.raises(PostingError):
        parse_posting(posting(validThrough="2026-10-01", inLanguage="nl"), never)


def test_a_date_past_the_end_of_time_is_refused_not_a_crash() -> None:
    # found by fuzzing: the end of 9999-12-31 overflowed (OverflowError, a 500 on import)
    with pytest.raises(PostingError) as error:
        parse_posting(posting(validThrough="9999-12-31", inLanguage="nl"), never)
    assert error.value.field == "validThrough"
    assert parse_posting(posting(validThrough="9999-12-30", inLanguage="nl"), never).is_live(datetime.now(UTC))


def test_salary_and_employment_type() -> None:
    vacancy = parse_posting(posting(
        inLanguage="nl", employmentType=["PART_TIME", "FULL_TIME"],
        baseSalary={"@type": "MonetaryAmount", "currency": "EUR",
                    "value": {"@type": "QuantitativeValue", "minValue": 2800, "maxValue": 3900,
                              "unitText": "MONTH"}}), never)
    assert vacancy.employment_types == ("PART_TIME", "FULL_TIME")
    assert (vacancy.salary.minimum, vacancy.salary.maximum, vacancy.salary.unit) == (2800, 3900, "MONTH")


@pytest.mark.parametrize("bad", [
    {"employmentType": "SOMETIMES"},
    {"baseSalary": {"currency": "euro", "value": 10}},
    {"baseSalary": {"currency": "EUR", "value": {"minValue": 10, "maxValue": 5}}},
    {"url": "javascript:alert(1)"},
    {"identifier": "has spaces in it"},
    {"datePosted": "yesterday"},
    {"title": "x" * 201},
])
def test_bad_values_are_refused(bad: dict) -> None:
    with pytest.raises(PostingError):
        parse_posting(posting(inLanguage="nl", **bad), never)


def test_graph_list_and_single_object() -> None:
    one = posting()
    assert iter_postings(one) == [one]
    assert iter_postings([one, one]) == [one, one]
    assert iter_postings({"@context": "https://schema.org", "@graph": [one]}) == [one]
    with pytest.raises(PostingError):
        iter_postings({"@graph": "nope"})


def test_skills_as_defined_terms_or_text() -> None:
    terms = [{"@type": "DefinedTerm", "name": "Python"}, {"@type": "DefinedTerm", "name": "SQL"}]
    assert parse_posting(posting(inLanguage="en", skills=terms), never).skills == "Python, SQL"
    assert parse_posting(posting(inLanguage="en", skills="Python"), never).skills == "Python"
    with pytest.raises(PostingError):
        parse_posting(posting(inLanguage="en", skills=[{"@type": "DefinedTerm"}]), never)
