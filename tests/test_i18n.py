"""One catalogue for every sentence people read: complete, current, compiled, and escaped in HTML."""

from __future__ import annotations

import gettext
import io

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from jinja2 import DictLoader, Environment, select_autoescape

from engine.domain import i18n
from tests.conftest import ROOT

PO = i18n.CATALOGUE_DIR / "nl" / "LC_MESSAGES" / "messages.po"
MO = PO.with_suffix(".mo")


def _catalogue() -> Catalog:
    with PO.open("rb") as source:
        return read_po(source, locale="nl")


def _key(message_id: str | tuple[str, ...], context: str | None) -> tuple[str | None, str]:
    return context, message_id if isinstance(message_id, str) else message_id[0]


def test_every_message_has_a_dutch_translation_that_is_not_fuzzy() -> None:
    catalogue = _catalogue()
    messages = [m for m in catalogue if m.id]
    assert len(messages) > 250
    untranslated = [m.id for m in messages if not (m.string if isinstance(m.string, str) else all(m.string))]
    assert untranslated == [], "run `make translations` and translate these"
    assert [m.id for m in messages if m.fuzzy] == [], "review these guesses and remove their fuzzy flag"
    problems = [(message.id, [str(e) for e in errors]) for message, errors in catalogue.check()]
    assert problems == [], "a translation must keep the %(name)s placeholders of its message"


def test_the_catalogue_holds_exactly_the_messages_of_the_code_and_templates() -> None:
    with (ROOT / "babel.cfg").open(encoding="utf-8") as cfg:
        method_map, options_map = parse_mapping_cfg(cfg)
    found = {_key(message, context)
             for _file, _line, message, _comments, context in extract_from_dir(
                 ROOT, method_map, options_map, keywords=DEFAULT_KEYWORDS)}
    kept = {_key(m.id, m.context) for m in _catalogue() if m.id}
    assert sorted(found - kept, key=str) == [], "new text: run `make translations` and translate it"
    assert sorted(kept - found, key=str) == [], "text no longer used: run `make translations`"


def test_the_committed_mo_is_the_compiled_po() -> None:
    compiled = io.BytesIO()
    write_mo(compiled, _catalogue())
    compiled.seek(0)
    with MO.open("rb") as committed:
        assert gettext.GNUTranslations(committed)._catalog == gettext.GNUTranslations(compiled)._catalog, \
            "run `make translations` and commit messages.mo"


def test_english_is_the_message_and_dutch_comes_from_the_catalogue() -> None:
    assert i18n.translations("en").gettext("Pages") == "Pages"
    assert i18n.translations("nl").gettext("Pages") == "Pagina's"
    assert i18n.translations("nl").pgettext("navigation", "Copy templates") == "Teksten"
    assert i18n.translations("nl").gettext("Copy templates") == "Tekstsjablonen"
    with pytest.raises(ValueError, match="no catalogue"):
        i18n.translations("de")


def test_templates_translate_per_render_and_escape_messages_and_values() -> None:
    env = Environment(loader=DictLoader({"t.html": '{{ _("Pages") }} {{ _("decided by %(who)s", who=who) }}',
                                         "t.txt": '{{ _("Pages") }}'}),
                      autoescape=select_autoescape(["html"]))
    i18n.install(env)
    page = env.get_template("t.html")
    assert page.render(language="nl", who="<b>") == "Pagina&#39;s besluit van &lt;b&gt;"
    assert page.render(language="en", who="Ann") == "Pages decided by Ann"
    assert env.get_template("t.txt").render(language="nl") == "Pagina's"  # no HTML, no escaping
