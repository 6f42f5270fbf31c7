"""Sample pages and personas the studio previews every vacancy's ads against.

The defaults are versioned data (``engine/data/studio_samples.json``); marketeers may replace
them in the studio, and the replacement is stored in Redis with an audit entry. Each sample is
checked like a real match request, so a preview shows exactly what serving would do.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from pydantic import Field

from engine.config import DATA_DIR
from engine.domain.errors import ValidationFailed
from engine.domain.signals import ContextIn, MatchRequest, PreferencesIn, validate
from engine.store.audit import AuditTrail
from engine.store.client import RedisClient
from engine.store.keys import Keys

DEFAULTS = DATA_DIR / "studio_samples.json"
MAX_SAMPLES = 12


class SampleContext(ContextIn):
    name: str = Field(min_length=1, max_length=60)
    kind: str = Field("page", min_length=1, max_length=30)
    text: str | None = Field(None, max_length=5000)


class SamplePersona(PreferencesIn):
    name: str = Field(min_length=1, max_length=60)


@dataclass(frozen=True)
class Samples:
    contexts: tuple[SampleContext, ...]
    personas: tuple[SamplePersona, ...]

    def requests(self) -> list[tuple[str, str, MatchRequest]]:
        """(kind of sample, its name, the request it stands for): contexts, then personas."""
        out = []
        for ctx in self.contexts:
            data = ctx.model_dump(exclude={"name", "kind"}, exclude_none=True)
            out.append(("context", ctx.name, MatchRequest.model_validate({"context": data})))
        for persona in self.personas:
            data = persona.model_dump(exclude={"name"}, exclude_none=True)
            out.append(("persona", persona.name, MatchRequest.model_validate({"preferences": data})))
        return out

    def as_dict(self) -> dict[str, Any]:
        return {"contexts": [c.model_dump(exclude_none=True) for c in self.contexts],
                "personas": [p.model_dump(exclude_none=True) for p in self.personas]}


def parse_samples(data: Any) -> Samples:
    """Check samples as the API checks requests: identifiers and special categories refused."""
    if not isinstance(data, dict):
        data = {}
    contexts = data.get("contexts") or []
    personas = data.get("personas") or []
    if len(contexts) > MAX_SAMPLES or len(personas) > MAX_SAMPLES:
        raise ValidationFailed(f"at most {MAX_SAMPLES} sample pages and {MAX_SAMPLES} personas", "contexts")
    return Samples(
        tuple(validate(SampleContext, _blank_to_none(c)) for c in contexts),
        tuple(validate(SamplePersona, _blank_to_none(p)) for p in personas))


def _blank_to_none(item: Any) -> Any:
    if not isinstance(item, dict):
        return item
    return {key: value for key, value in item.items() if value not in ("", None)}


class SampleStore:
    def __init__(self, client: RedisClient, audit: AuditTrail) -> None:
        self.client = client
        self.audit = audit

    def defaults(self) -> Samples:
        data = json.loads(DEFAULTS.read_text(encoding="utf-8"))
        return parse_samples(data)

    def get(self) -> Samples:
        raw = self.client.get(Keys.studio_samples)
        return parse_samples(json.loads(raw)) if raw else self.defaults()

    def save(self, samples: Samples, who: str) -> None:
        pipe = self.client.pipeline(transaction=True)
        pipe.set(Keys.studio_samples, json.dumps(samples.as_dict(), ensure_ascii=False))
        self.audit.add(pipe, who, "samples.update", "samples",
                       {"contexts": len(samples.contexts), "personas": len(samples.personas)})
        pipe.execute()

    def reset(self, who: str) -> None:
        pipe = self.client.pipeline(transaction=True)
        pipe.delete(Keys.studio_samples)
        self.audit.add(pipe, who, "samples.reset", "samples")
        pipe.execute()
