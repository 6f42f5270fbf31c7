"""Validate a copy template before it is stored (the rules are in ``checks``), and preview one
template for one vacancy.

Marketeers edit copy templates in the studio, so a template is untrusted input. A template
passes only if it is plain ad copy: the three blocks, facts printed through a few filters and
guarded by ``is defined`` when a vacancy may lack them, literal text within the length limits
and free of excluding wording. Everything a template may use is defined once, in
``engine.domain.copy.writer``; this module only reads those constants.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from jinja2 import TemplateError, TemplateSyntaxError, nodes

from engine.domain.copy.checks import (
    MAX_SOURCE,
    SAMPLE_VALUES,
    ParsedTemplate,
    Problem,
    check_compiles,
    check_expressions,
    check_raw,
    check_size,
    check_structure,
)
from engine.domain.copy.fact_checks import (
    check_availability,
    check_guards,
    check_language,
    check_literal_length,
    check_required,
    check_samples,
)
from engine.domain.copy.problems import problem
from engine.domain.copy.writer import (
    ALWAYS_VARIABLES,
    LIMITS,
    OPTIONAL_VARIABLES,
    CopyTemplateError,
    TemplateName,
    copy_environment,
    fits,
    load_sources,
    parse_name,
    render_blocks,
    vacancy_facts,
)
from engine.domain.i18n import N_
from engine.domain.jobposting import Vacancy

__all__ = ["MAX_SOURCE", "SAMPLE_VALUES", "CopyTemplateError", "Problem", "TemplateName", "load_repo_sources",
           "parse_name", "render_preview", "validate_template"]


# run in this order; each returns the problems it found
RULES: tuple[Callable[[ParsedTemplate], list[Problem]], ...] = (
    check_structure, check_raw, check_expressions, check_availability, check_guards, check_required,
    check_literal_length, check_language)


def load_repo_sources(templates_dir: Path) -> dict[str, str]:
    """Name -> source of the repo's copy templates: the baseline the studio's edits start from."""
    return load_sources(templates_dir)


def validate_template(name: str, source: str, samples: Sequence[Vacancy] = ()) -> list[Problem]:
    """Every problem with ``source`` as template ``name``; store it only when none is an error.

    Raises ``CopyTemplateError`` (a ``ValueError``) when ``name`` itself is not a template name.
    With ``samples``, the template is also rendered for each vacancy to see how often it overflows.
    """
    template_name = parse_name(name)
    problems = check_size(source)
    if problems:
        return problems
    try:
        tree = copy_environment().parse(source)
        blocks = {node.name: node for node in tree.body if isinstance(node, nodes.Block) and node.name in LIMITS}
        parsed = ParsedTemplate(template_name, source, tree, blocks)
        for rule in RULES:
            problems += rule(parsed)
    except TemplateSyntaxError as exc:
        return [problem("error", "syntax_error", N_("line %(line)s: %(reason)s"), line=exc.lineno, reason=exc.message)]
    except RecursionError:  # the parser and the rules recurse; only absurd nesting gets here
        return [problem("error", "syntax_error", N_("The template is nested too deeply."))]
    if not any(p.severity == "error" for p in problems):
        problems += check_compiles(parsed)
    if samples and not any(p.severity == "error" for p in problems):
        problems += check_samples(parsed, samples)
    return problems


def render_preview(name: str, source: str, vacancy: Vacancy, topic: str | None = None,
                   interest: str | None = None) -> tuple[str, str, str] | None:
    """Headline, body and cta exactly as serving would show them, or None when serving would skip
    this variant for ``vacancy`` (a missing fact, a refused attribute, an empty or too long block).

    ``topic`` defaults to a sample phrase where the situation always has one; ``interest`` is used
    only in the interest situation. Raises ``CopyTemplateError`` when the source does not compile.
    """
    template_name = parse_name(name)
    try:
        template = copy_environment({name: source}).get_template(name)
    except (TemplateError, SyntaxError, RecursionError) as exc:
        raise CopyTemplateError(f"{name}: {exc}") from exc
    situation, language = template_name.situation, template_name.language
    given = {"topic": topic, "interest": interest}
    values = {var: given[var] or SAMPLE_VALUES[var][language] for var in ALWAYS_VARIABLES[situation]}
    values |= {var: value for var in OPTIONAL_VARIABLES[situation] if (value := given[var])}
    try:
        parts = render_blocks(template, {**values, "job": vacancy_facts(vacancy, template_name.language)})
    except (TemplateError, KeyError):
        return None
    return parts if fits(parts) else None
