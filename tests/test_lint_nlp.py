"""The inclusive-language check with spaCy's lexicon (engine.nlp.lint): misspelled trigger words
and inflections the word lists do not hold, and the spans still point into the original text."""

from __future__ import annotations

import pytest

from engine.domain.lint import lint
from engine.domain.normalise import within_one_edit
from engine.nlp.lint import Lexicon, lint_text

LEXICON = Lexicon()  # the tables load once for this module's tests


@pytest.mark.parametrize(("text", "language", "category", "words"), [
    ("Vrouwlijke kandidaten hebben de voorkeur.", "nl", "gender", "Vrouwlijke"),
    ("Must be nativ English speaker!!", "en", "language", "nativ English speaker"),
    ("Je bent jnoger dan 40 en hebt rijbewijs B.", "nl", "age", "jnoger dan 40"),
])
def test_a_misspelled_trigger_is_read_as_the_trigger(text: str, language: str, category: str, words: str) -> None:
    assert not [f for f in lint(text, language)[0] if f.category == category]  # the word lists alone miss it
    findings, _ = lint_text(text, language, LEXICON)
    [finding] = [f for f in findings if f.category == category]
    assert text[finding.start:finding.end] == finding.text and words in finding.text


@pytest.mark.parametrize(("text", "language"), [
    ("You will work longer hours in the high season.", "en"),  # "longer" is a word, not "jonger" misspelled
    ("Je hebt een valid rijbewijs en een eigen auto.", "nl"),
    ("Wij helpen gezinnen met jonge kinderen bij de opvoeding.", "nl"),
    ("Je woont al je hele leven in Brabant en kent de streek.", "nl"),  # a name is never respelled
])
def test_real_words_and_names_are_never_respelled(text: str, language: str) -> None:
    assert lint_text(text, language, LEXICON)[0] == []


def test_an_inflection_the_lists_miss_is_found_by_its_lemma() -> None:
    text = "Je bent koppiger dan je collega's en laat niemand aan het woord."
    assert lint(text, "nl")[0] == []
    [finding] = lint_text(text, "nl", LEXICON)[0]
    assert (finding.category, finding.text, finding.severity) == ("gender", "koppiger", "soft")


def test_the_lexicon_knows_both_languages() -> None:
    assert LEXICON.known("kandidaten") and LEXICON.known("longer") and not LEXICON.known("vrouwlijke")
    assert LEXICON.lemmatize("domineerde", "nl") == "domineren" and LEXICON.lemmatize("fiercer", "en") == "fierce"


@pytest.mark.parametrize(("a", "b", "near"), [
    ("tusen", "tussen", True), ("nativ", "native", True), ("betwen", "between", True), ("jnoger", "jonger", True),
    ("longer", "jonger", True), ("vrouwlijke", "vrouwelijk", False), ("kandidaat", "kandidaten", False),
])
def test_one_edit(a: str, b: str, near: bool) -> None:
    assert within_one_edit(a, b) is near
