"""The copywriter for the copy templates that are approved right now.

Marketeers approve, pause and edit templates in the studio; each worker rebuilds its
copywriter when the set of approved sources changes, and forgets the copy it wrote with the
old set. Generated copy is checked for inclusive language once per distinct copy.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable, Mapping
from functools import lru_cache

from engine.domain.copy.templates import load_repo_sources
from engine.domain.copy.writer import Copy, Copywriter
from engine.domain.jobposting import Vacancy
from engine.domain.lint import Finding, lint
from engine.domain.oversight import OversightState
from engine.domain.taxonomy import Taxonomy

WriteCopy = Callable[[Vacancy, str, str, "str | None"], "Copy | None"]


def copy_findings(copy: Copy) -> tuple[Finding, ...]:
    """Inclusive-language findings in what a reader would see of this copy."""
    findings, _ = lint(f"{copy.headline}\n{copy.body}\n{copy.cta}", copy.language)
    return tuple(findings)


class CopyDesk:
    def __init__(self, templates_dir, taxonomy: Taxonomy, cache_size: int = 4096) -> None:  # noqa: ANN001 - Path
        self.repo_sources: Mapping[str, str] = load_repo_sources(templates_dir)
        self.taxonomy = taxonomy
        self.cache_size = cache_size
        self._lock = threading.Lock()
        self._fingerprint: str | None = None
        self._write: WriteCopy  # set by the first use() below: no fingerprint matches yet
        self._state_version: int | None = None
        self.findings = lru_cache(maxsize=cache_size)(copy_findings)
        self.use(dict(self.repo_sources))

    def use(self, sources: Mapping[str, str]) -> WriteCopy:
        """Switch to ``sources`` (name -> template) unless they are the ones in use."""
        digest = hashlib.sha256(repr(sorted(sources.items())).encode()).hexdigest()
        with self._lock:
            if digest != self._fingerprint:
                writer = Copywriter.from_sources(sources, self.taxonomy, require_all=False)
                self._write = lru_cache(maxsize=self.cache_size)(writer.write)
                self._fingerprint = digest
            return self._write

    def writer_for(self, state: OversightState | None) -> WriteCopy:
        if state is None or state.version == self._state_version:
            return self._write
        write = self.use(state.served_sources(self.repo_sources))
        self._state_version = state.version
        return write

    def has_hard_finding(self, copy: Copy) -> bool:
        return any(f.severity == "hard" for f in self.findings(copy))
