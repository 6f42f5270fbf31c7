"""The rules on a copy template's form: size, syntax, structure and expressions — each a function
from a parsed template to its problems. The rules on the facts it prints are in ``fact_checks``;
``engine.domain.copy.templates`` runs both in order.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass

from jinja2 import TemplateError, nodes

from engine.domain.copy.writer import (
    ALWAYS_VARIABLES,
    COPY_FILTERS,
    COPY_TESTS,
    FACTS,
    LIMITS,
    OPTIONAL_VARIABLES,
    SITUATIONS,
    TemplateName,
    copy_environment,
)

MAX_SOURCE = 2_000
BLOCKS = tuple(LIMITS)
# Longish but real taxonomy phrases, so a sample render is not kinder than serving would be.
SAMPLE_VALUES = {"topic": {"nl": "de energietransitie", "en": "safety and security"},
                 "interest": {"nl": "verpleegkundige", "en": "social worker"}}
# what matched, as a template sees it: topic and interest, from the situation tables in copywriter
SIGNALS = tuple(dict.fromkeys(var for situation in SITUATIONS
                               for var in ALWAYS_VARIABLES[situation] + OPTIONAL_VARIABLES[situation]))
_VARIABLES = ("job", *SIGNALS)
_TAGS: dict[type[nodes.Node], str] = {
    nodes.Extends: "extends", nodes.Include: "include", nodes.Import: "import", nodes.FromImport: "from",
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
class ParsedTemplate:
    name: TemplateName
    source: str
    tree: nodes.Template
    blocks: Mapping[str, nodes.Block]


# --- a. size and syntax ---------------------------------------------------------------------------


def check_size(source: str) -> list[Problem]:
    if len(source) <= MAX_SOURCE:
        return []
    return [Problem("error", "source_too_long",
                    f"The template has {len(source):,} characters; at most {MAX_SOURCE:,} are allowed.")]


def check_compiles(parsed: ParsedTemplate) -> list[Problem]:
    """What passed the rules must also compile, or serving could not load the template set."""
    try:
        copy_environment({"t": parsed.source}).get_template("t")
    except (TemplateError, SyntaxError, RecursionError) as exc:
        return [Problem("error", "syntax_error", f"The template cannot be compiled: {exc}")]
    return []


# --- b. structure ---------------------------------------------------------------------------------


def check_structure(parsed: ParsedTemplate) -> list[Problem]:
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
    for wanted in BLOCKS:
        if wanted not in names:
            problems.append(Problem("error", "missing_block",
                                    f"The block '{wanted}' is missing: write {{% block {wanted} %}}…{{% endblock %}}.",
                                    wanted))
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


def check_raw(parsed: ParsedTemplate) -> list[Problem]:
    return [Problem("error", "disallowed_tag", f"line {line}: {{% raw %}} is not allowed in copy templates.",
                    line=line)
            for line, kind, _ in copy_environment().lex(parsed.source) if kind == "raw_begin"]


# --- c. expressions -------------------------------------------------------------------------------


def check_expressions(parsed: ParsedTemplate) -> list[Problem]:
    """Only the known variables and facts, allowed filters and tests, and no calls."""
    return [problem for name, block in parsed.blocks.items()
            for expr, in_test in _expressions(block.body) for problem in _expression_problems(expr, name, in_test)]


def _expressions(body: Sequence[nodes.Node]) -> Iterator[tuple[nodes.Node, bool]]:
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
        if reference(node) is None:
            return error("unknown_attribute", f"{_describe(node)} is not allowed: the only attributes are "
                                              f"{_fact_list()}.")
        return []
    if isinstance(node, nodes.Call):
        return error("function_call", f"{_describe(node)} calls a function; copy templates may not call anything.")
    if isinstance(node, nodes.Filter):  # node.node is None only in a {% filter %} block, refused earlier
        inner = _expression_problems(node.node, block, in_test) if node.node is not None else []
        return _helper_problems(node, block) + inner
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


def reference(node: nodes.Node) -> str | None:
    """``job.place``, ``job["place"]``, ``topic``, ``interest`` as one name each; None for anything else."""
    if isinstance(node, nodes.Name) and node.name in SIGNALS:
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
