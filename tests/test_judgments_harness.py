"""The scorers of ``make eval`` on tiny hand-written answers, with figures worked out by hand.

The real sets are never read here (and ../shared is never needed): each scorer gets a few cases
whose right figure is obvious, so a scorer that counts the wrong thing fails.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

import pytest

from engine.ops.judgments import identifiers, inclusive, occupations, relevance, statements
from engine.ops.judgments.cli import main
from engine.ops.judgments.figures import Rate, Share, Shares, share, table
from engine.ops.judgments.identifiers import ValueSeen
from engine.ops.judgments.inclusive import Found, Gold, SentenceSeen
from engine.ops.judgments.occupations import OccupationSeen
from engine.ops.judgments.relevance import AdSeen, InterestSeen, PageSeen
from engine.ops.judgments.sets import items
from engine.ops.judgments.statements import Statement, TextSeen


def _ad(vacancy: str, language: str = "nl", claims: bool = True) -> AdSeen:
    return AdSeen(vacancy, language, claims)


def _page(pid: str, fitting: bool, ads: list[AdSeen], fits: Iterable[str] = (), related: Iterable[str] = (),
          language: str = "nl", bid: bool | None = None) -> PageSeen:
    return PageSeen(pid, language, fitting, frozenset(fits), frozenset(related), tuple(ads), bid)


def test_figures_print_their_counts() -> None:
    assert str(Share(1, 3)) == "33.3% (1/3)"
    assert str(Share(0, 0)) == "— (0)"
    assert str(Rate(2, 5, "ads")) == "2 (40.0 per 100 ads)"
    assert share([True, False, True, True]) == Share(3, 4)
    assert str(Shares((("nl", Share(1, 2)), ("en", Share(3, 4))))) == "nl 50% of 2 · en 75% of 4"
    lines = table("T", {"held-out": {"a": Share(1, 2)}, "development": {"a": Share(1, 1), "b": 0.5}}).splitlines()
    assert lines[2].split() == ["a", "50.0%", "(1/2)", "100.0%", "(1/1)"]
    assert lines[3].split() == ["b", "—", "0.500"]


def test_an_ad_claims_a_link_unless_open_copy_without_concepts() -> None:
    open_ad = {"template": "nl/open-2", "explanation": {"reasons": [{"concept": None}]}}
    assert relevance.situation("nl/context-12") == "context"
    assert not relevance.claims_link(open_ad)
    assert relevance.claims_link({**open_ad, "explanation": {"reasons": [{"concept": "occ.nurse"}]}})
    assert relevance.claims_link({"template": "en/interest-1", "explanation": {"reasons": []}})


def test_relevance_figures_of_five_pages() -> None:
    pages = [
        _page("p1", True, [_ad("A"), _ad("C"), _ad("B", "en")], fits={"A"}, related={"B"}),  # C: false claim
        _page("p2", True, [], fits={"D"}),  # not served
        _page("p3", True, [_ad("F", claims=False)], fits={"E"}),  # first ad does not fit; no claim
        _page("p4", False, [], bid=False),
        _page("p5", False, [_ad("G", "en")], language="en", bid=True),  # every claim off-topic is false
    ]
    rows = relevance.score_pages(pages)
    assert rows["false link claims"] == Rate(2, 5, "ads")
    assert rows["fitting pages served"] == Share(2, 3)
    assert rows["first ad fits (fitting pages served)"] == Share(1, 2)
    assert rows["off-topic: no ad (render)"] == Share(1, 2)
    assert rows["off-topic: no bid (OpenRTB)"] == Share(1, 2)
    assert rows["ads in the page's language"] == Share(4, 5)


def test_interest_hits_need_every_ad_acceptable_and_silence_only_when_nothing_is() -> None:
    seen = [InterestSeen("i1", "nl", frozenset({"A", "B"}), (_ad("A"),)),
            InterestSeen("i2", "en", frozenset({"A"}), (_ad("A"), _ad("C", "en"))),
            InterestSeen("i3", "nl", frozenset(), ()),
            InterestSeen("i4", "nl", frozenset({"A"}), ())]
    rows = relevance.score_interests(seen)
    assert rows["interests: every ad acceptable"] == Share(2, 4)
    assert rows["interest ads in the interest's language"] == Share(2, 3)


def test_a_bid_request_carries_the_page_and_nothing_else() -> None:
    page = {"id": "x", "language": "nl", "context": {"url": "https://a.example/b", "title": "T",
                                                     "keywords": ["zorg", "ic"], "text": "lang verhaal"}}
    request = relevance.bid_request(page)
    assert request["site"] == {"page": "https://a.example/b",
                               "content": {"title": "T", "keywords": "zorg,ic", "language": "nl"}}
    assert "user" not in request and "device" not in request


def test_statement_words_skip_function_words_and_words_of_the_interest() -> None:
    assert statements.span_words("ik werk als kok en ben 60", ("kok",)) == {"werk", "60"}  # als, ben: function
    assert statements.without_spans("Kok, ik ben 60, in Utrecht", ["ik ben 60"]) == "Kok, , in Utrecht"
    # a contraction's tail is no word of the statement: "I'm" may stay in what is kept
    assert statements.span_words("I'm a gay man", ()) == {"gay", "man"}
    gone = TextSeen("s", "en", (Statement("sexuality", "I'm a gay man"),), (), "I'm looking for events work")
    assert statements.removed_whole(gone.statements[0], gone)
    left = TextSeen("s", "en", (Statement("sexuality", "I'm a gay man"),), (), "I'm gay, looking for events work")
    assert not statements.removed_whole(left.statements[0], left)
    addiction = Statement("health", "ben verslaafd geweest aan alcohol")
    for stored, whole in (("zoek werk, ben zelf dakloos geweest", True), ("zoek werk, ben geweest aan alcohol", False)):
        assert statements.removed_whole(addiction, TextSeen("s", "nl", (addiction,), (), stored)) is whole


def test_statement_figures_of_four_items() -> None:
    seen = [
        TextSeen("s1", "nl", (Statement("age", "Ik ben 58 jaar"),), ("werk als boekhouder",),
                 "zoek werk als boekhouder"),
        TextSeen("s2", "en", (Statement("pregnancy", "I am pregnant"), Statement("age", "I am 40")), ("Nurse",),
                 "Nurse, 40"),  # pregnancy gone, "40" of the age survives
        TextSeen("s3", "nl", (Statement("religion", "ik ben moslim"),), ("kok",), None),  # 422: removed, not kept
        TextSeen("s4", "en", (Statement("sexuality", "I am gay"),), (), "I am gay"),  # nothing to keep
    ]
    rows = statements.score_statements(seen)
    assert rows["removed whole: all"] == Share(3, 5)
    assert (rows["removed whole: nl"], rows["removed whole: en"]) == (Share(2, 2), Share(1, 3))
    assert (rows["removed whole: age"], rows["removed whole: sexuality"]) == (Share(1, 2), Share(0, 1))
    assert rows["kept: all"] == Share(2, 3)
    assert (rows["kept: nl"], rows["kept: en"]) == (Share(1, 2), Share(1, 1))
    assert (rows["kept: age"], rows["kept: religion"], rows["kept: sexuality"]) == (Share(2, 2), Share(0, 1),
                                                                                      Share(0, 0))


def test_lookalikes_and_rankings() -> None:
    seen = [TextSeen("l1", "nl", (), ("werken met ouderen",), "Werken met ouderen"),
            TextSeen("l2", "en", (), ("union organiser",), "organiser"),
            TextSeen("l3", "en", (), ("midwife",), None)]
    rows = statements.score_lookalikes(seen)
    assert (rows["look-alikes kept: all"], rows["look-alikes kept: nl"], rows["look-alikes kept: en"]) == (
        Share(1, 3), Share(1, 1), Share(0, 2))
    pairs = [((200, ["a", "b"]), (200, ["a", "b"])), ((200, ["a", "b"]), (200, ["b", "a"])), ((422, []), (422, []))]
    assert statements.rankings_unchanged(pairs) == Share(2, 3)


def test_identifying_parts_of_a_url_and_echoes() -> None:
    assert identifiers.identifying_parts("https://example.nl/adres?postcode=1012AB&huisnummer=12") == [
        "https://example.nl/adres?postcode=1012AB&huisnummer=12", "1012AB"]
    assert "sanne@kpn.nl" in identifiers.identifying_parts("werkenbij.example.nl/reageer?email=sanne@kpn.nl")
    url = "https://example.com/u/john.smith%40gmail.com/applications"
    assert identifiers.echoes('{"value": "https://example.com/u/john.smith%40gmail.com"}', url)
    assert not identifiers.echoes('{"value": "https://example.com/u"}', url)


def test_identifier_figures() -> None:
    refused = {"status": 422, "code": "identifier_refused"}
    values = [
        ValueSeen("v1", "interests", ("email",), ("a@b.nl",), **refused),  # type: ignore[arg-type]
        ValueSeen("v2", "interests", ("phone",), ("0612345678",), 422, "special_category_refused"),
        ValueSeen("v3", "location", ("postcode_house",), ("3511 GE 8",), **refused),  # type: ignore[arg-type]
        ValueSeen("v4", "interests", (), (), 201),
        ValueSeen("v5", "location", (), (), **refused),  # type: ignore[arg-type]
        ValueSeen("v6", "url", ("url_identifier",), ("https://example.nl/profiel/0612345678",), 200,
                  explanations=('{"value": "https://example.nl/profiel/0612345678"}',)),
        ValueSeen("v7", "url", ("url_identifier",), ("https://example.nl/form?bsn=816492736",), 200,
                  explanations=('{"value": "https://example.nl/form"}',)),
        ValueSeen("v8", "url", (), (), 200),
        ValueSeen("v9", "url", ("url_identifier",), ("https://example.nl/?mail=a%40b.nl",), 422),
    ]
    rows = identifiers.score(values)
    assert rows["identifier values refused: all"] == Share(2, 3)
    assert rows["identifier values refused: phone"] == Share(0, 1)
    assert rows["identifier values refused: postcode_house"] == Share(1, 1)
    assert (rows["look-alikes accepted: interests"], rows["look-alikes accepted: location"]) == (Share(1, 1),
                                                                                                 Share(0, 1))
    assert rows["look-alikes accepted: all"] == Share(1, 2)
    assert rows["URL identifiers not echoed in explanations"] == Share(2, 3)
    assert rows["URL identifiers: ads served (explanations checked)"] == Share(2, 3)
    assert rows["URL look-alikes rendered (200)"] == Share(1, 1)


def _at(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def _sentence(sid: str, language: str, text: str, gold: list[tuple[str, str, str]],
              found: list[tuple[str, str]]) -> SentenceSeen:
    return SentenceSeen(sid, language,
                        tuple(Gold(c, s, inclusive.occurrences(text, span)) for c, s, span in gold),
                        tuple(Found(c, _at(text, words)) for c, words in found))


def test_lint_figures_of_five_sentences() -> None:
    t1, t3 = "Wij zoeken een jonge collega van max 30 jaar.", "Well-groomed appearance required, he must be strong."
    sentences = [
        _sentence("t1", "nl", t1, [("age", "hard", "jonge"), ("age", "hard", "max 30 jaar")],
                  [("age", "max 30 jaar")]),
        _sentence("t2", "nl", "Een jong bedrijf.", [], [("age", "jong")]),
        _sentence("t3", "en", t3, [("appearance", "soft", "Well-groomed appearance"), ("gender", "hard", "he must")],
                  [("other", "Well-groomed"), ("age", "he must")]),
        _sentence("t4", "en", "Great salary.", [], []),
        _sentence("t5", "en", "Native English speaker.", [("language", "hard", "Native English speaker")], []),
    ]
    rows = inclusive.score(sentences)
    assert (rows["sentences flagged, precision: en"], rows["sentences flagged, recall: en"]) == (Share(1, 1),
                                                                                                 Share(1, 2))
    assert (rows["sentences flagged, precision: nl"], rows["sentences flagged, recall: nl"]) == (Share(1, 2),
                                                                                                 Share(1, 1))
    assert (rows["hard findings caught: en"], rows["hard findings caught: nl"]) == (Share(1, 2), Share(1, 2))
    assert rows["sentences flagged, precision: all"] == Share(2, 3)
    assert rows["hard findings caught: all"] == Share(2, 4)
    assert rows["same-category recall: age"] == Shares((("en", Share(0, 0)), ("nl", Share(1, 2)),
                                                        ("all", Share(1, 2))))
    assert rows["same-category recall: appearance"].parts[0] == ("en", Share(1, 1))  # type: ignore[union-attr]
    assert rows["same-category recall: gender"].parts[2] == ("all", Share(0, 1))  # type: ignore[union-attr]
    assert rows["appearance counted as"] == "gender or other"
    assert rows["gold categories the API never answered"] == "appearance, gender, language"


def test_appearance_keeps_its_own_category_when_the_api_answers_it() -> None:
    assert inclusive.category_mapping({"appearance"}, {"appearance", "age"})["appearance"] == {"appearance"}
    assert inclusive.occurrences("ab ab", "ab") == ((0, 2), (3, 5))
    assert inclusive.overlaps((0, 3), (2, 5)) and not inclusive.overlaps((0, 2), (2, 5))


def test_occupation_figures() -> None:
    concepts = [{"concept": "occ.nurse", "field": "title"}, {"concept": "sector.x", "field": "description"},
                {"concept": "occ.y"}]
    assert occupations.title_concepts(concepts) == {"occ.nurse", "occ.y"}
    assert occupations.title_concepts(None) == frozenset()
    seen = [OccupationSeen("o1", "2", frozenset({"a"}), frozenset({"a"})),
            OccupationSeen("o2", "2", frozenset({"b"}), frozenset({"c"})),
            OccupationSeen("o3", "7", frozenset(), frozenset({"d"})),
            OccupationSeen("o4", "7", frozenset(), frozenset())]
    rows = occupations.score(seen)
    assert (rows["Dutch titles with a concept"], rows["English titles with a concept"]) == (Share(2, 4), Share(3, 4))
    assert rows["Dutch and English concepts meet"] == Share(1, 4)
    assert rows["ISCO major group 2"] == Shares((("nl", Share(2, 2)), ("en", Share(2, 2)), ("meet", Share(1, 2))))
    assert rows["ISCO major group 7"] == Shares((("nl", Share(0, 2)), ("en", Share(1, 2)), ("meet", Share(0, 2))))


def test_esco_labels_are_read_by_their_header(tmp_path: Path) -> None:
    (tmp_path / occupations.ESCO_FILE).write_text(
        "conceptUri,iscoGroup,preferredLabel_nl,preferredLabel_en,altLabels_nl,altLabels_en\n"
        "u1,2654,inspiciënt,technical director,,\nu2,8121,,metal drawing machine operator,,\n"
        "u3,0110,officier,officer,,\n", encoding="utf-8")
    entries = occupations.esco_entries(tmp_path)
    assert [(e.major_group, e.titles["nl"], e.titles["en"]) for e in entries] == [
        ("2", "inspiciënt", "technical director"), ("0", "officier", "officer")]
    (tmp_path / occupations.ESCO_FILE).write_text("uri,label\nu1,x\n", encoding="utf-8")
    with pytest.raises(ValueError, match="lacks the columns"):
        occupations.esco_entries(tmp_path)


def test_eval_esco_without_the_directory_says_so_and_succeeds(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--esco", str(tmp_path / "absent")]) == 0
    assert "is missing" in capsys.readouterr().out


def test_a_set_file_is_read_with_its_later_batch(tmp_path: Path) -> None:
    """A development set grows by batches from other writers: ``more_<name>`` and ``more3_<name>``
    beside a set file are read after it, in order, under their own key or ``items``; a file
    without a later batch is read alone, and another set's batches are not mixed in."""
    (tmp_path / "sentences.json").write_text(json.dumps({"sentences": [{"id": "a"}, {"id": "b"}]}))
    (tmp_path / "more3_sentences.json").write_text(json.dumps({"sentences": [{"id": "d"}]}))
    (tmp_path / "more_sentences.json").write_text(json.dumps({"items": [{"id": "c"}]}))
    (tmp_path / "pages.json").write_text(json.dumps({"pages": [{"id": "p"}]}))
    (tmp_path / "more_values.json").write_text(json.dumps({"items": [{"id": "v"}]}))
    assert [i["id"] for i in items(tmp_path / "sentences.json", "sentences")] == ["a", "b", "c", "d"]
    assert [i["id"] for i in items(tmp_path / "pages.json", "pages")] == ["p"]
