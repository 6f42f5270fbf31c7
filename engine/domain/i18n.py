"""Every sentence people read, Dutch and English, through one gettext catalogue (Babel).

The msgids are the English text, so English needs no catalogue; the Dutch lives in
``engine/translations/nl/LC_MESSAGES/messages.po``. ``make translations`` extracts the messages
of ``engine/**.py`` and ``templates/**.html`` (``babel.cfg``), updates the ``.po`` and compiles
it to the ``messages.mo`` read here. The ``.mo`` is committed rather than compiled at start-up:
a worker then reads one file and needs neither the compiler nor write access to the package,
and ``tests/test_i18n.py`` fails when it no longer matches its ``.po``.

Messages are plain text, never HTML: a template escapes them like any other value. Values go in
as ``%(name)s``. In Python: ``_ = translations(language).gettext``, then ``_("...") % values``;
in a template: ``{{ _("...", name=value) }}``. A message that two places translate differently
takes a context: ``pgettext("navigation", "Import")``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import cast

from babel.support import NullTranslations, Translations
from jinja2 import Environment, pass_context
from jinja2.runtime import Context
from markupsafe import escape

LANGUAGES = ("nl", "en")
SOURCE_LANGUAGE = "en"  # the msgids
DOMAIN = "messages"
CATALOGUE_DIR = Path(__file__).resolve().parent.parent / "translations"

LanguageOf = Callable[[Context], str]


def N_(message: str) -> str:  # noqa: N802 - the name gettext's tools look for
    """Marks a message for extraction where it is only translated later (a table of labels)."""
    return message


@cache
def translations(language: str) -> NullTranslations:
    """The catalogue of ``language``, read once per process. A missing catalogue is an error,
    not English in disguise: Dutch readers would otherwise get English without anyone noticing."""
    if language == SOURCE_LANGUAGE:
        return NullTranslations()
    if language not in LANGUAGES:
        raise ValueError(f"no catalogue for the language {language!r}; there is one for {LANGUAGES}")
    with (CATALOGUE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.mo").open("rb") as catalogue:
        return Translations(catalogue, domain=DOMAIN)


def template_language(context: Context) -> str:
    """By default a template speaks the ``language`` it is rendered with."""
    return context["language"]


def install(env: Environment, language_of: LanguageOf = template_language) -> None:
    """Give ``env`` the ``jinja2.ext.i18n`` extension (``_``, ``gettext``, ``ngettext``,
    ``pgettext``), translating each render into the language ``language_of`` finds in its
    context: one environment serves Dutch and English side by side, with no state shared
    between requests or threads."""
    env.add_extension("jinja2.ext.i18n")

    def text(context: Context, translated: str) -> str:
        return escape(translated) if context.eval_ctx.autoescape else translated

    @pass_context
    def gettext(context: Context, message: str) -> str:
        return text(context, translations(language_of(context)).gettext(message))

    @pass_context
    def ngettext(context: Context, singular: str, plural: str, n: int) -> str:
        return text(context, translations(language_of(context)).ngettext(singular, plural, n))

    @pass_context
    def pgettext(context: Context, message_context: str, message: str) -> str:
        # Babel types pgettext as str | object (its lookup sentinel), yet it always returns text
        return text(context, cast(str, translations(language_of(context)).pgettext(message_context, message)))

    env.install_gettext_callables(  # type: ignore[attr-defined]  # added by the extension
        gettext, ngettext, newstyle=True, pgettext=pgettext)
