"""Checks on copy templates before they are stored, and a preview of one template for one vacancy.

Marketeers edit copy templates in the studio, so a template is untrusted input. A template
passes only if it is plain ad copy: the three blocks, facts printed through a few filters and
guarded by ``is defined`` when a vacancy may lack them, literal text within the length limits
and free of excluding wording. Everything a template may use is defined once, in
``engine.domain.copy.writer``; this module only reads those constants.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from jinja2 import TemplateError, TemplateSyntaxError, nodes

from engine.domain.copy.writer import (
    ALWAYS_VARIABLES,
    COPY_FILTERS,
    COPY_TESTS,
    FACTS,
    LIMITS,
    OPTIONAL_FACTS,
    OPTIONAL_VARIABLES,
    SITUATIONS,
    CopyTemplateError,
    TemplateName,
    copy_environment,
    fits,
    load_sources,
    parse_name,
    render_blocks,
    vacancy_facts,
)
from engine.domain.jobposting import Vacancy
from engine.domain.lint import lint

__all__ = ["MAX_SOURCE", "SAMPLE_VALUES", "CopyTemplateError", "Problem", "TemplateName", "load_repo_sources",
           "parse_name", "render_preview", "validate_template"]

MAX_SOURCE = 2_000
BLOCKS = tuple(LIMITS)
# Longish but real taxonomy phrases, so a sample render is not kinder than serving would be.
SAMPLE_VALUES = {"topic": {"nl": "de energietransitie", "en": "safety and security"},
                 "interest": {"nl": "verpleegkundige", "en": "social worker"}}
# what matched, as a template sees it: topic and interest, from the situation tables in copywriter
_SIGNALS = tuple(dict.fromkeys(var for situation in SITUATIONS
                               for var in ALWAYS_VARIABLES[situation] + OPTIONAL_VARIABLES[situation]))
_VARIABLES = ("job", *_SIGNALS)
_TAGS = {nodes.Extends: "extends", nodes.Include: "include", nodes.Import: "import", nodes.FromImport: "from",
         nodes.Macro: "macro", nodes.Assign: "set", nodes.AssignBlock: "set", nodes.For: "for",
         nodes.CallBlock: "call", nodes.FilterBlock: "filter", nodes.With: "with",
         nodes.ScopedEvalContextModifier: "autoescape", nodes.Block: "block", nodes.If: "if"}
_EXPRESSIONS = {nodes.CondExpr: "an inline 'if … else'", nodes.Compare: "a comparison", nodes.Concat: "'~'",
                nodes.BinExpr: "arithmetic", nodes.UnaryExpr: "arithmetic", nodes.List: "a list",
                nodes.Tuple: "a tuple", nodes.Dict: "a dict", nodes.Slice: "a slice"}


@dataclass(frozen=True)
class Problem:
    """One finding on a template: an ``error`` refuses it, a ``warning`` is for the marketeer to weigh."""

    severity: str  # "error" | "warning"
    code: str
    message: str
    block: str | None = None
    line: int | None = None

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class _Parsed:
    name: TemplateName
    source: str
    tree: nodes.Template
    blocks: Mapping[str, nodes.Block]


def load_repo_sources(templates_dir: Path) -> dict[str, str]:
    """Name -> source of the repo's copy templates: the baseline the studio's edits start from."""
    return load_sources(templates_dir)


def validate_template(name: str, source: str, samples: Sequence[Vacancy] = ()) -> list[Problem]:
    """Every problem with ``source`` as template ``name``; store it only when none is an error.

    Raises ``CopyTemplateError`` (a ``ValueError``) when ``name`` itself is not a template name.
    With ``samples``, the template is also rendered for each vacancy to see how often it overflows.
    """
    template_name = parse_name(name)
    problems = _check_size(source)
    if problems:
        return problems
    try:
        tree = copy_environment().parse(source)
        blocks = {node.name: node for node in tree.body if isinstance(node, nodes.Block) and node.name in LIMITS}
        parsed = _Parsed(template_name, source, tree, blocks)
        for rule in _RULES:
            problems += rule(parsed)
    except TemplateSyntaxError as exc:
        return [Problem("error", "syntax_error", f"line {exc.lineno}: {exc.message}", line=exc.lineno)]
    except RecursionError:  # the parser and the rules recurse; only absurd nesting gets here
        return [Problem("error", "syntax_error", "The template is nested too deeply.")]
    if not any(p.severity == "error" for p in problems):
        problems += _check_compiles(parsed)
    if samples and not any(p.severity == "error" for p in problems):
        problems += _check_samples(parsed, samples)
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
    values |= {var: given[var] for var in OPTIONAL_VARIABLES[situation] if given[var]}
    try:
        parts = render_blocks(template, {**values, "job": vacancy_facts(vacancy, template_name.language)})
    except (TemplateError, KeyError):
        return None
    return parts if fits(parts) else None


# --- a. size and syntax ---------------------------------------------------------------------------


def _check_size(source: str) -> list[Problem]:
    if len(source) <= MAX_SOURCE:
        return []
    return [Problem("error", "source_too_long",
                    f"The template has {len(source):,} characters; at most {MAX_SOURCE:,} are allowed.")]


def _check_compiles(parsed: _Parsed) -> list[Problem]:
    """What passed the rules must also compile, or serving could not load the template set."""
    try:
        copy_environment({"t": parsed.source}).get_template("t")
    except (TemplateError, SyntaxError, RecursionError) as exc:
        return [Problem("error", "syntax_error", f"The template cannot be compiled: {exc}")]
    return []


# --- b. structure ---------------------------------------------------------------------------------


def _check_structure(parsed: _Parsed) -> list[Problem]:
    """Only the three blocks at the top; inside them only text, ``{{ … }}`` and ``{% if %}``."""
    problems = []
    for node in parsed.tree.body:
        if isinstance(node, nodes.Block) or _is_blank(node):
            continue
        if isinstance(node, (nodes.Output, nodes.If)):
            problems.append(Problem("error", "text_outside_blocks",
                                    f"line {node.lineno}: text or output outside the blocks "
                                    f"{', '.join(BLOCKS)}; only comments and whitespace may stand there.",
                                    line=node.lineno))
        else:
            problems.append(_disallowed_tag(node, None))
    names = [node.name for node in parsed.tree.body if isinstance(node, nodes.Block)]
    for block in BLOCKS:
        if block not in names:
            problems.append(Problem("error", "missing_block",
                                    f"The block '{block}' is missing: write {{% block {block} %}}…{{% endblock %}}.",
                                    block))
    for name in sorted(set(names) - set(BLOCKS)):
        problems.append(Problem("error", "unknown_block",
                                f"Unknown block '{name}': only {', '.join(BLOCKS)} are used.", name))
    for name, block in parsed.blocks.items():
        problems += [_disallowed_tag(node, name) for node in _statements(block.body)
                     if not isinstance(node, (nodes.Output, nodes.If))]
    return problems


def _is_blank(node: nodes.Node) -> bool:
    return isinstance(node, nodes.Output) and all(
        isinstance(part, nodes.TemplateData) and not part.data.strip() for part in node.nodes)


def _statements(body: Sequence[nodes.Node]) -> Iterator[nodes.Node]:
    """Every statement in ``body``, looking inside if/elif/else but not inside refused tags."""
    for node in body:
        yield node
        if isinstance(node, nodes.If):
            yield from _statements(node.body)
            for branch in node.elif_:
                yield from _statements(branch.body)
            yield from _statements(node.else_)


def _disallowed_tag(node: nodes.Node, block: str | None) -> Problem:
    tag = _TAGS.get(type(node), type(node).__name__.lower())
    return Problem("error", "disallowed_tag",
                   f"line {node.lineno}: {{% {tag} %}} is not allowed in copy templates; "
                   f"use only {{% if %}}/{{% elif %}}/{{% else %}} and {{{{ … }}}} inside the blocks.",
                   block, node.lineno)


def _check_raw(parsed: _Parsed) -> list[Problem]:
    return [Problem("error", "disallowed_tag", f"line {line}: {{% raw %}} is not allowed in copy templates.",
                    line=line)
            for line, kind, _ in copy_environment().lex(parsed.source) if kind == "raw_begin"]


# --- c. expressions -------------------------------------------------------------------------------


def _check_expressions(parsed: _Parsed) -> list[Problem]:
    """Only the known variables and facts, allowed filters and tests, and no calls."""
    return [problem for name, block in parsed.blocks.items()
            for expr, in_test in _expressions(block.body) for problem in _expression_problems(expr, name, in_test)]


def _expressions(body: Sequence[nodes.Node]) -> Iterator[tuple[nodes.Expr, bool]]:
    """The top expression of every ``{{ … }}`` and every if test in ``body``, and whether it is a test."""
    for node in _statements(body):
        if isinstance(node, nodes.Output):
            yield from ((part, False) for part in node.nodes if not isinstance(part, nodes.TemplateData))
        elif isinstance(node, nodes.If):
            yield node.test, True
            yield from ((branch.test, True) for branch in node.elif_)


def _expression_problems(node: nodes.Node, block: str, in_test: bool) -> list[Problem]:
    """Problems in one expression; ``and``, ``or``, ``not`` and tests only make sense in an if."""
    line = node.lineno

    def error(code: str, message: str) -> list[Problem]:
        return [Problem("error", code, f"line {line}: {message}", block, line)]

    if isinstance(node, (nodes.Const, nodes.TemplateData)):
        return []
    if isinstance(node, nodes.Name):
        if node.name == "job":
            return error("unknown_attribute", f"job on its own cannot be used; use one of its facts: "
                                              f"{_fact_list()}.")
        if node.name not in _VARIABLES:
            return error("unknown_variable", f"unknown variable '{node.name}': only "
                                             f"{', '.join(_VARIABLES)} exist.")
        return []
    if isinstance(node, (nodes.Getattr, nodes.Getitem)):
        if _reference(node) is None:
            return error("unknown_attribute", f"{_describe(node)} is not allowed: the only attributes are "
                                              f"{_fact_list()}.")
        return []
    if isinstance(node, nodes.Call):
        return error("function_call", f"{_describe(node)} calls a function; copy templates may not call anything.")
    if isinstance(node, nodes.Filter):
        return _helper_problems(node, block) + _expression_problems(node.node, block, in_test)
    if in_test and isinstance(node, nodes.Test):
        return _helper_problems(node, block) + _expression_problems(node.node, block, in_test)
    if in_test and isinstance(node, nodes.Not):
        return _expression_problems(node.node, block, in_test)
    if in_test and isinstance(node, (nodes.And, nodes.Or)):
        return _expression_problems(node.left, block, in_test) + _expression_problems(node.right, block, in_test)
    if isinstance(node, (nodes.Test, nodes.Not, nodes.And, nodes.Or)):
        return error("disallowed_expression", "'and', 'or', 'not' and 'is' belong in {% if %} tests, not in {{ … }}.")
    what = next((label for kind, label in _EXPRESSIONS.items() if isinstance(node, kind)), type(node).__name__)
    return error("disallowed_expression", f"{what} is not allowed; print facts and use {{% if %}} instead.")


def _helper_problems(node: nodes.Filter | nodes.Test, block: str) -> list[Problem]:
    """A filter or test must be on the allow-list and take no arguments."""
    kind, allowed = ("filter", COPY_FILTERS) if isinstance(node, nodes.Filter) else ("test", COPY_TESTS)
    if node.name not in allowed:
        return [Problem("error", f"disallowed_{kind}", f"line {node.lineno}: the {kind} '{node.name}' is not "
                                                       f"allowed; allowed: {', '.join(allowed)}.", block, node.lineno)]
    if node.args or node.kwargs or node.dyn_args or node.dyn_kwargs:
        return [Problem("error", "disallowed_expression",
                        f"line {node.lineno}: the {kind} '{node.name}' takes no arguments here.", block, node.lineno)]
    return []


def _reference(node: nodes.Node) -> str | None:
    """``job.place``, ``job["place"]``, ``topic``, ``interest`` as one name each; None for anything else."""
    if isinstance(node, nodes.Name) and node.name in _SIGNALS:
        return node.name
    if isinstance(node, nodes.Getattr):
        attr = node.attr
    elif isinstance(node, nodes.Getitem) and isinstance(node.arg, nodes.Const):
        attr = node.arg.value
    else:
        return None
    is_job = isinstance(node.node, nodes.Name) and node.node.name == "job"
    return f"job.{attr}" if is_job and attr in FACTS else None


def _describe(node: nodes.Node) -> str:
    if isinstance(node, nodes.Name):
        return node.name
    if isinstance(node, nodes.Const):
        return repr(node.value)
    if isinstance(node, nodes.Getattr):
        return f"{_describe(node.node)}.{node.attr}"
    if isinstance(node, nodes.Getitem):
        key = repr(node.arg.value) if isinstance(node.arg, nodes.Const) else "…"
        return f"{_describe(node.node)}[{key}]"
    if isinstance(node, nodes.Call):
        return f"{_describe(node.node)}()"
    if isinstance(node, nodes.Filter) and node.node is not None:
        return f"{_describe(node.node)}|{node.name}"
    return "an expression"


def _fact_list() -> str:
    return ", ".join(f"job.{fact}" for fact in FACTS)


# --- d. availability and guards -------------------------------------------------------------------


def _check_availability(parsed: _Parsed) -> list[Problem]:
    """A variable serving never passes in this situation is an error, guarded or not."""
    situation = parsed.name.situation
    available = ALWAYS_VARIABLES[situation] + OPTIONAL_VARIABLES[situation]
    problems, seen = [], set()
    for name, block in parsed.blocks.items():
        for node in block.find_all(nodes.Name):
            if node.name in _SIGNALS and node.name not in available and node.name not in seen:
                seen.add(node.name)
                where = ", ".join(s for s in SITUATIONS if node.name in ALWAYS_VARIABLES[s] + OPTIONAL_VARIABLES[s])
                problems.append(Problem("error", "unavailable_variable",
                                        f"line {node.lineno}: {node.name} is never available in {situation} "
                                        f"templates (only in: {where}).", name, node.lineno))
    return problems


def _check_guards(parsed: _Parsed) -> list[Problem]:
    """An optional fact is printed or tested only where ``is defined`` has made sure it is there."""
    optional = {f"job.{fact}" for fact in OPTIONAL_FACTS} | set(OPTIONAL_VARIABLES[parsed.name.situation])
    problems = []
    for name, block in parsed.blocks.items():
        seen = set()
        for ref, line, in_test in _unguarded(block.body, frozenset(), optional):
            if (ref, line) in seen:
                continue
            seen.add((ref, line))
            hint = f" ({{% if {ref} %}} alone fails when it is missing)" if in_test else ""
            problems.append(Problem("error", "unguarded_optional",
                                    f"line {line}: {ref} may be missing from a vacancy: wrap it in "
                                    f"{{% if {ref} is defined %}}…{{% endif %}}{hint}.", name, line))
    return problems


def _unguarded(body: Sequence[nodes.Node], guarded: frozenset[str],
               optional: set[str]) -> Iterator[tuple[str, int, bool]]:
    for node in body:
        if isinstance(node, nodes.Output):
            for part in node.nodes:
                yield from _unguarded_uses(part, guarded, optional, False)
        elif isinstance(node, nodes.If):
            yield from _unguarded_uses(node.test, guarded, optional, True)
            yield from _unguarded(node.body, guarded | _when_true(node.test), optional)
            rest = guarded | _when_false(node.test)
            for branch in node.elif_:
                yield from _unguarded_uses(branch.test, rest, optional, True)
                yield from _unguarded(branch.body, rest | _when_true(branch.test), optional)
                rest |= _when_false(branch.test)
            yield from _unguarded(node.else_, rest, optional)


def _unguarded_uses(node: nodes.Node, guarded: frozenset[str], optional: set[str],
                    in_test: bool) -> Iterator[tuple[str, int, bool]]:
    """Uses of optional references in one expression; ``and``/``or`` guard their right side."""
    if isinstance(node, nodes.Test) and node.name in COPY_TESTS and _reference(node.node):
        return  # asking whether it is there is always safe
    if isinstance(node, nodes.And):
        yield from _unguarded_uses(node.left, guarded, optional, in_test)
        yield from _unguarded_uses(node.right, guarded | _when_true(node.left), optional, in_test)
        return
    if isinstance(node, nodes.Or):
        yield from _unguarded_uses(node.left, guarded, optional, in_test)
        yield from _unguarded_uses(node.right, guarded | _when_false(node.left), optional, in_test)
        return
    ref = _reference(node)
    if ref is not None:
        if ref in optional and ref not in guarded:
            yield ref, node.lineno, in_test
        return
    for child in node.iter_child_nodes():
        yield from _unguarded_uses(child, guarded, optional, in_test)


def _when_true(test: nodes.Node) -> frozenset[str]:
    """References a test proves defined when it holds."""
    if isinstance(test, nodes.Test) and test.name == "defined" and _reference(test.node):
        return frozenset({_reference(test.node)})
    if isinstance(test, nodes.Not):
        return _when_false(test.node)
    if isinstance(test, nodes.And):
        return _when_true(test.left) | _when_true(test.right)
    if isinstance(test, nodes.Or):
        return _when_true(test.left) & _when_true(test.right)
    return frozenset()


def _when_false(test: nodes.Node) -> frozenset[str]:
    """References a test proves defined when it fails."""
    if isinstance(test, nodes.Test) and test.name == "undefined" and _reference(test.node):
        return frozenset({_reference(test.node)})
    if isinstance(test, nodes.Not):
        return _when_true(test.node)
    if isinstance(test, nodes.And):
        return _when_false(test.left) & _when_false(test.right)
    if isinstance(test, nodes.Or):
        return _when_false(test.left) | _when_false(test.right)
    return frozenset()


# --- e. required placeholders ---------------------------------------------------------------------


def _check_required(parsed: _Parsed) -> list[Problem]:
    """The copy names the job and the employer, and speaks to the signal that matched."""
    printed = _printed(parsed)
    problems = [Problem("error", "missing_placeholder", f"{{{{ {ref} }}}} is not used: every ad names it.")
                for ref in ("job.title", "job.organization") if ref not in printed]
    situation = parsed.name.situation
    signals = ALWAYS_VARIABLES[situation] + OPTIONAL_VARIABLES[situation]
    if signals and not printed & set(signals):
        problems.append(Problem("error", "missing_placeholder",
                                f"A {situation} template must use {' or '.join(signals)}: the copy should speak "
                                f"to what matched."))
    return problems


def _printed(parsed: _Parsed) -> set[str]:
    printed = set()
    for block in parsed.blocks.values():
        for output in block.find_all(nodes.Output):
            for part in output.nodes:
                printed |= {ref for node in (part, *part.find_all(nodes.Expr)) if (ref := _reference(node))}
    return printed


# --- f. length ------------------------------------------------------------------------------------


def _check_literal_length(parsed: _Parsed) -> list[Problem]:
    """Even with every placeholder empty and the shortest branches, the fixed text must fit."""
    problems = []
    for name, block in parsed.blocks.items():
        text = _squash(_shortest(block.body))
        if len(text) > LIMITS[name]:
            problems.append(Problem("error", "over_limit",
                                    f"The fixed text of {name} alone has {len(text)} characters, over the limit "
                                    f"of {LIMITS[name]}: \"{text}\".", name))
        elif _can_be_empty(block.body):
            problems.append(Problem("error", "empty_block", f"The block {name} can come out empty.", name))
    return problems


def _shortest(body: Sequence[nodes.Node]) -> str:
    parts = []
    for node in body:
        if isinstance(node, nodes.Output):
            parts += [_literal(part) for part in node.nodes]
        elif isinstance(node, nodes.If):
            branches = [node.body, *(branch.body for branch in node.elif_), node.else_]
            parts.append(min((_shortest(branch) for branch in branches), key=lambda text: len(_squash(text))))
    return "".join(parts)


def _literal(node: nodes.Node) -> str:
    if isinstance(node, nodes.TemplateData):
        return node.data
    return str(node.value) if isinstance(node, nodes.Const) else ""


def _can_be_empty(body: Sequence[nodes.Node]) -> bool:
    """True when some branch prints neither text nor a value (every value a template may print is non-empty)."""
    for node in body:
        if isinstance(node, nodes.Output) and any(_literal(part).strip() or not isinstance(part, nodes.Literal)
                                                  for part in node.nodes):
            return False
        if isinstance(node, nodes.If) and not any(_can_be_empty(branch) for branch in
                                                  (node.body, *(b.body for b in node.elif_), node.else_)):
            return False
    return True


def _squash(text: str) -> str:
    return " ".join(text.split())


def _check_samples(parsed: _Parsed, samples: Sequence[Vacancy]) -> list[Problem]:
    """How often serving would skip this variant for real vacancies: a warning, an error if always."""
    name, language = str(parsed.name), parsed.name.language
    template = copy_environment({name: parsed.source}).get_template(name)
    situation = parsed.name.situation
    values = {var: SAMPLE_VALUES[var][language] for var in ALWAYS_VARIABLES[situation] + OPTIONAL_VARIABLES[situation]}
    failing = dict.fromkeys(BLOCKS, 0)
    skipped = 0
    for vacancy in samples:
        try:
            parts = render_blocks(template, {**values, "job": vacancy_facts(vacancy, language)})
        except (TemplateError, KeyError) as exc:
            return [Problem("error", "render_failed", f"Cannot render for sample vacancy {vacancy.id}: {exc}")]
        skipped += not fits(parts)
        for block, text in zip(BLOCKS, parts, strict=True):
            failing[block] += not text or len(text) > LIMITS[block]
    if not skipped:
        return []
    detail = ", ".join(f"{block}: {count}" for block, count in failing.items() if count)
    severity = "error" if skipped == len(samples) else "warning"
    return [Problem(severity, "sample_overflow",
                    f"{skipped} of {len(samples)} sample vacancies ({skipped / len(samples):.0%}) would break a "
                    f"length limit or leave a block empty ({detail}); serving skips this variant for them.")]


# --- g. inclusive language ------------------------------------------------------------------------


def _check_language(parsed: _Parsed) -> list[Problem]:
    """The fixed text is linted like a vacancy: hard findings refuse the template, soft ones warn."""
    problems = []
    for name, block in parsed.blocks.items():
        findings, _ = lint(_squash(_all_text(block.body)), parsed.name.language)
        for finding in findings:
            severity, code = ("error", "lint_hard") if finding.severity == "hard" else ("warning", "lint_soft")
            problems.append(Problem(severity, code, f"\"{finding.text}\" ({finding.category}): "
                                                    f"{finding.suggestion}", name))
    return problems


def _all_text(body: Sequence[nodes.Node]) -> str:
    """All fixed text of every branch; a placeholder counts as a word break."""
    parts = []
    for node in body:
        if isinstance(node, nodes.Output):
            parts += [_literal(part) if isinstance(part, (nodes.TemplateData, nodes.Const)) else " "
                      for part in node.nodes]
        elif isinstance(node, nodes.If):
            branches = [node.body, *(branch.body for branch in node.elif_), node.else_]
            parts += [f" {_all_text(branch)} " for branch in branches]
    return "".join(parts)


_RULES: tuple[Callable[[_Parsed], list[Problem]], ...] = (
    _check_structure, _check_raw, _check_expressions, _check_availability, _check_guards, _check_required,
    _check_literal_length, _check_language)
