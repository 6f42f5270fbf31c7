"""The rules on the facts a copy template prints: each optional fact guarded, the required
placeholders present, literal text within the limits (also rendered for sample vacancies), and
no excluding wording.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from jinja2 import TemplateError, nodes

from engine.domain.copy.checks import BLOCKS, SAMPLE_VALUES, SIGNALS, ParsedTemplate, Problem, reference
from engine.domain.copy.problems import Phrase, problem
from engine.domain.copy.writer import (
    ALWAYS_VARIABLES,
    COPY_TESTS,
    LIMITS,
    OPTIONAL_FACTS,
    OPTIONAL_VARIABLES,
    SITUATIONS,
    copy_environment,
    fits,
    render_blocks,
    vacancy_facts,
)
from engine.domain.i18n import N_
from engine.domain.jobposting import Vacancy
from engine.domain.lint import lint

# --- d. availability and guards -------------------------------------------------------------------


def check_availability(parsed: ParsedTemplate) -> list[Problem]:
    """A variable serving never passes in this situation is an error, guarded or not."""
    situation = parsed.name.situation
    available = ALWAYS_VARIABLES[situation] + OPTIONAL_VARIABLES[situation]
    problems, seen = [], set()
    for name, block in parsed.blocks.items():
        for node in block.find_all(nodes.Name):
            if node.name in SIGNALS and node.name not in available and node.name not in seen:
                seen.add(node.name)
                where = ", ".join(s for s in SITUATIONS if node.name in ALWAYS_VARIABLES[s] + OPTIONAL_VARIABLES[s])
                problems.append(problem("error", "unavailable_variable",
                                        N_("line %(line)s: %(name)s is never available in %(situation)s "
                                           "templates (only in: %(where)s)."),
                                        name, node.lineno, name=node.name, situation=situation, where=where))
    return problems


def check_guards(parsed: ParsedTemplate) -> list[Problem]:
    """An optional fact is printed or tested only where ``is defined`` has made sure it is there."""
    optional = {f"job.{fact}" for fact in OPTIONAL_FACTS} | set(OPTIONAL_VARIABLES[parsed.name.situation])
    problems = []
    for name, block in parsed.blocks.items():
        seen = set()
        for ref, line, in_test in _unguarded(block.body, frozenset(), optional):
            if (ref, line) in seen:
                continue
            seen.add((ref, line))
            text = (N_("line %(line)s: %(fact)s may be missing from a vacancy: wrap it in %(guard)s "
                       "(%(test)s alone fails when it is missing).") if in_test else
                    N_("line %(line)s: %(fact)s may be missing from a vacancy: wrap it in %(guard)s."))
            problems.append(problem("error", "unguarded_optional", text, name, line, fact=ref,
                                    guard=f"{{% if {ref} is defined %}}…{{% endif %}}", test=f"{{% if {ref} %}}"))
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
    if isinstance(node, nodes.Test) and node.name in COPY_TESTS and reference(node.node):
        return  # asking whether it is there is always safe
    if isinstance(node, nodes.And):
        yield from _unguarded_uses(node.left, guarded, optional, in_test)
        yield from _unguarded_uses(node.right, guarded | _when_true(node.left), optional, in_test)
        return
    if isinstance(node, nodes.Or):
        yield from _unguarded_uses(node.left, guarded, optional, in_test)
        yield from _unguarded_uses(node.right, guarded | _when_false(node.left), optional, in_test)
        return
    ref = reference(node)
    if ref is not None:
        if ref in optional and ref not in guarded:
            yield ref, node.lineno, in_test
        return
    for child in node.iter_child_nodes():
        yield from _unguarded_uses(child, guarded, optional, in_test)


def _when_true(test: nodes.Node) -> frozenset[str]:
    """References a test proves defined when it holds."""
    if isinstance(test, nodes.Test) and test.name == "defined" and (ref := reference(test.node)):
        return frozenset({ref})
    if isinstance(test, nodes.Not):
        return _when_false(test.node)
    if isinstance(test, nodes.And):
        return _when_true(test.left) | _when_true(test.right)
    if isinstance(test, nodes.Or):
        return _when_true(test.left) & _when_true(test.right)
    return frozenset()


def _when_false(test: nodes.Node) -> frozenset[str]:
    """References a test proves defined when it fails."""
    if isinstance(test, nodes.Test) and test.name == "undefined" and (ref := reference(test.node)):
        return frozenset({ref})
    if isinstance(test, nodes.Not):
        return _when_true(test.node)
    if isinstance(test, nodes.And):
        return _when_false(test.left) & _when_false(test.right)
    if isinstance(test, nodes.Or):
        return _when_false(test.left) | _when_false(test.right)
    return frozenset()


# --- e. required placeholders ---------------------------------------------------------------------


def check_required(parsed: ParsedTemplate) -> list[Problem]:
    """The copy names the job and the employer, and speaks to the signal that matched."""
    printed = _printed(parsed)
    problems = [problem("error", "missing_placeholder", N_("%(placeholder)s is not used: every ad names it."),
                        placeholder=f"{{{{ {ref} }}}}")
                for ref in ("job.title", "job.organization") if ref not in printed]
    situation = parsed.name.situation
    signals = ALWAYS_VARIABLES[situation] + OPTIONAL_VARIABLES[situation]
    if signals and not printed & set(signals):
        problems.append(problem("error", "missing_placeholder",
                                N_("A %(situation)s template must use %(signals)s: the copy should speak to what "
                                   "matched."), situation=situation, signals=_either(signals)))
    return problems


def _either(names: Sequence[str]) -> Phrase | str:
    """``topic``, or ``interest or topic``: the names a template may choose from."""
    if len(names) < 2:
        return ", ".join(names)
    return Phrase(N_("%(some)s or %(last)s"), {"some": ", ".join(names[:-1]), "last": names[-1]})


def _printed(parsed: ParsedTemplate) -> set[str]:
    printed = set()
    for block in parsed.blocks.values():
        for output in block.find_all(nodes.Output):
            for part in output.nodes:
                printed |= {ref for node in (part, *part.find_all(nodes.Expr)) if (ref := reference(node))}
    return printed


# --- f. length ------------------------------------------------------------------------------------


def check_literal_length(parsed: ParsedTemplate) -> list[Problem]:
    """Even with every placeholder empty and the shortest branches, the fixed text must fit."""
    problems = []
    for name, block in parsed.blocks.items():
        text = _squash(_shortest(block.body))
        if len(text) > LIMITS[name]:
            problems.append(problem("error", "over_limit",
                                    N_("The fixed text of %(part)s alone has %(length)s characters, over the "
                                       "limit of %(limit)s: \"%(fixed)s\"."),
                                    name, part=name, length=len(text), limit=LIMITS[name], fixed=text))
        elif _can_be_empty(block.body):
            problems.append(problem("error", "empty_block", N_("The block %(part)s can come out empty."),
                                    name, part=name))
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


def check_samples(parsed: ParsedTemplate, samples: Sequence[Vacancy]) -> list[Problem]:
    """How often serving would skip this variant for real vacancies: a warning, an error if always."""
    name, language = str(parsed.name), parsed.name.language
    template = copy_environment({name: parsed.source}).get_template(name)
    situation = parsed.name.situation
    values = {var: SAMPLE_VALUES[var][language] for var in ALWAYS_VARIABLES[situation] + OPTIONAL_VARIABLES[situation]}
    failing = dict.fromkeys(BLOCKS, 0)
    skipped = 0
    concerned: list[str] = []
    for vacancy in samples:
        try:
            parts = render_blocks(template, {**values, "job": vacancy_facts(vacancy, language)})
        except (TemplateError, KeyError) as exc:
            return [problem("error", "render_failed", N_("Cannot render for sample vacancy %(vacancy)s: %(reason)s"),
                            vacancy=vacancy.id, reason=exc)]
        if not fits(parts):
            skipped += 1
            concerned.append(f"{vacancy.title} ({vacancy.id})")
        for block, text in zip(BLOCKS, parts, strict=True):
            failing[block] += not text or len(text) > LIMITS[block]
    if not skipped:
        return []
    detail = ", ".join(f"{block}: {count}" for block, count in failing.items() if count)
    severity = "error" if skipped == len(samples) else "warning"
    return [problem(severity, "sample_overflow",
                    N_("%(skipped)s of %(total)s sample vacancies (%(share)s) would break a length limit or leave "
                       "a block empty (%(detail)s); serving skips this variant for them: %(vacancies)s."),
                    skipped=skipped, total=len(samples), share=skipped / len(samples), detail=detail,
                    vacancies=_listed(concerned))]


def _listed(names: Sequence[str], most: int = 5) -> Phrase | str:
    """The first few names, and how many more: a warning says which vacancies it concerns."""
    shown = "; ".join(names[:most])
    return shown if len(names) <= most else Phrase(N_("%(shown)s; and %(more)s more"),
                                                   {"shown": shown, "more": len(names) - most})


# --- g. inclusive language ------------------------------------------------------------------------


def check_language(parsed: ParsedTemplate) -> list[Problem]:
    """The fixed text is linted like a vacancy: hard findings refuse the template, soft ones warn."""
    problems = []
    for name, block in parsed.blocks.items():
        findings, _ = lint(_squash(_all_text(block.body)), parsed.name.language)
        for finding in findings:
            severity, code = ("error", "lint_hard") if finding.severity == "hard" else ("warning", "lint_soft")
            problems.append(problem(severity, code, N_("\"%(quote)s\" (%(category)s): %(suggestion)s"), name,
                                    quote=finding.text, category=finding.category, suggestion=finding.suggestion))
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
