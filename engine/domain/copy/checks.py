"""The rules on a copy template's form: size, syntax, structure and expressions — each a function
from a parsed template to its problems. The rules on the facts it prints are in ``fact_checks``;
``engine.domain.copy.templates`` runs both in order.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from jinja2 import TemplateError, nodes

from engine.domain.copy.problems import Phrase, Problem, problem
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
from engine.domain.i18n import N_

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
_EXPRESSIONS = {nodes.CondExpr: N_("an inline 'if … else'"), nodes.Compare: N_("a comparison"),
                nodes.Concat: "'~'", nodes.BinExpr: N_("arithmetic"), nodes.UnaryExpr: N_("arithmetic"),
                nodes.List: N_("a list"), nodes.Tuple: N_("a tuple"), nodes.Dict: N_("a dict"),
                nodes.Slice: N_("a slice")}
# template code quoted in messages: a value, so no translator has to escape its '%'
_IF, _OUTPUT = "{% if %}", "{{ … }}"


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
    return [problem("error", "source_too_long",
                    N_("The template has %(length)s characters; at most %(most)s are allowed."),
                    length=len(source), most=MAX_SOURCE)]


def check_compiles(parsed: ParsedTemplate) -> list[Problem]:
    """What passed the rules must also compile, or serving could not load the template set."""
    try:
        copy_environment({"t": parsed.source}).get_template("t")
    except (TemplateError, SyntaxError, RecursionError) as exc:
        return [problem("error", "syntax_error", N_("The template cannot be compiled: %(reason)s"), reason=exc)]
    return []


# --- b. structure ---------------------------------------------------------------------------------


def check_structure(parsed: ParsedTemplate) -> list[Problem]:
    """Only the three blocks at the top; inside them only text, ``{{ … }}`` and ``{% if %}``."""
    problems = []
    for node in parsed.tree.body:
        if isinstance(node, nodes.Block) or _is_blank(node):
            continue
        if isinstance(node, (nodes.Output, nodes.If)):
            problems.append(problem("error", "text_outside_blocks",
                                    N_("line %(line)s: text or output outside the blocks %(blocks)s; only "
                                       "comments and whitespace may stand there."),
                                    line=node.lineno, blocks=", ".join(BLOCKS)))
        else:
            problems.append(_disallowed_tag(node, None))
    names = [node.name for node in parsed.tree.body if isinstance(node, nodes.Block)]
    for wanted in BLOCKS:
        if wanted not in names:
            problems.append(problem("error", "missing_block", N_("The block '%(name)s' is missing: write %(example)s."),
                                    wanted, name=wanted, example=f"{{% block {wanted} %}}…{{% endblock %}}"))
    for name in sorted(set(names) - set(BLOCKS)):
        problems.append(problem("error", "unknown_block", N_("Unknown block '%(name)s': only %(blocks)s are used."),
                                name, name=name, blocks=", ".join(BLOCKS)))
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
    return problem("error", "disallowed_tag",
                   N_("line %(line)s: %(tag)s is not allowed in copy templates; use only %(allowed)s and "
                      "%(output)s inside the blocks."),
                   block, node.lineno, tag=f"{{% {tag} %}}", allowed="{% if %}/{% elif %}/{% else %}", output=_OUTPUT)


def check_raw(parsed: ParsedTemplate) -> list[Problem]:
    return [problem("error", "disallowed_tag", N_("line %(line)s: %(tag)s is not allowed in copy templates."),
                    line=line, tag="{% raw %}")
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

    def error(code: str, text: str, **values: object) -> list[Problem]:
        return [problem("error", code, text, block, line, **values)]

    if isinstance(node, (nodes.Const, nodes.TemplateData)):
        return []
    if isinstance(node, nodes.Name):
        if node.name == "job":
            return error("unknown_attribute", N_("line %(line)s: job on its own cannot be used; use one of its "
                                                 "facts: %(facts)s."), facts=_fact_list())
        if node.name not in _VARIABLES:
            return error("unknown_variable", N_("line %(line)s: unknown variable '%(name)s': only %(names)s exist."),
                         name=node.name, names=", ".join(_VARIABLES))
        return []
    if isinstance(node, (nodes.Getattr, nodes.Getitem)):
        if reference(node) is None:
            return error("unknown_attribute", N_("line %(line)s: %(expression)s is not allowed: the only attributes "
                                                 "are %(facts)s."), expression=_describe(node), facts=_fact_list())
        return []
    if isinstance(node, nodes.Call):
        return error("function_call", N_("line %(line)s: %(expression)s calls a function; copy templates may not "
                                         "call anything."), expression=_describe(node))
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
        return error("disallowed_expression", N_("line %(line)s: 'and', 'or', 'not' and 'is' belong in %(test)s "
                                                 "tests, not in %(output)s."), test=_IF, output=_OUTPUT)
    what = next((label for kind, label in _EXPRESSIONS.items() if isinstance(node, kind)), type(node).__name__)
    return error("disallowed_expression", N_("line %(line)s: %(what)s is not allowed; print facts and use %(test)s "
                                             "instead."), what=Phrase(what), test=_IF)


def _helper_problems(node: nodes.Filter | nodes.Test, block: str) -> list[Problem]:
    """A filter or test must be on the allow-list and take no arguments."""
    code, kind, allowed = (("disallowed_filter", N_("filter"), COPY_FILTERS) if isinstance(node, nodes.Filter)
                           else ("disallowed_test", N_("test"), COPY_TESTS))
    if node.name not in allowed:
        return [problem("error", code, N_("line %(line)s: the %(kind)s '%(name)s' is not allowed; allowed: "
                                          "%(allowed)s."),
                        block, node.lineno, kind=Phrase(kind), name=node.name, allowed=", ".join(allowed))]
    if node.args or node.kwargs or node.dyn_args or node.dyn_kwargs:
        return [problem("error", "disallowed_expression",
                        N_("line %(line)s: the %(kind)s '%(name)s' takes no arguments here."),
                        block, node.lineno, kind=Phrase(kind), name=node.name)]
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
