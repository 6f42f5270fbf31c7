"""Classification codes a feed may give for a vacancy's occupation, mapped to the taxonomy.

A ``JobPosting`` can say what the job is in a standard's code (``occupationalCategory``): an
ISCO-08 unit group ("2221"), an ESCO occupation (a URI; mapped only when the pipelines were
built with an ESCO download, see ``engine.nlp.esco``) or an O*NET-SOC code ("29-1141.00"). The
pipelines carry the table this module computes, keyed ``isco:<code>`` and ``onet:<major group>``.

An ISCO unit group gives the broadest occupations filed under it; a group with none gives the
sector that every occupation of its nearest wider group shares, and nothing when they differ.
O*NET is read by its major group only, and only where that group lies in one of our sectors.
"""

from __future__ import annotations

import re
from typing import Any

from engine.domain.taxonomy.isco import UNIT_GROUPS
from engine.domain.taxonomy.model import Taxonomy

# O*NET-SOC major groups whose occupations lie in one sector of ours (management, business
# operations, personal care and the like span several, and say nothing here).
ONET_MAJOR_SECTORS = {
    "15": "sector.ict", "17": "sector.engineering", "19": "sector.science", "21": "sector.social_work",
    "23": "sector.legal", "25": "sector.education", "27": "sector.creative", "29": "sector.healthcare",
    "31": "sector.healthcare", "33": "sector.security", "35": "sector.hospitality", "37": "sector.facility",
    "41": "sector.sales", "43": "sector.admin", "45": "sector.agriculture", "47": "sector.construction",
    "49": "sector.engineering", "51": "sector.manufacturing", "53": "sector.transport", "55": "sector.security",
}


def code_table(taxonomy: Taxonomy) -> dict[str, list[str]]:
    """``isco:<group>`` and ``onet:<major>`` -> the concepts each stands for."""
    sectors = _group_sectors(taxonomy)
    table: dict[str, list[str]] = {}
    for code in sorted(UNIT_GROUPS):
        found = list(taxonomy.for_isco(code))
        if not found:
            wider = next((sectors[code[:n]] for n in (3, 2) if code[:n] in sectors), None)
            found = [wider] if wider else []
        if found:
            table[f"isco:{code}"] = found
    table.update({f"isco:{group}": [sector] for group, sector in sectors.items()})
    table.update({f"onet:{major}": [sector] for major, sector in ONET_MAJOR_SECTORS.items() if sector in taxonomy})
    return table


def _group_sectors(taxonomy: Taxonomy) -> dict[str, str]:
    """Minor, sub-major and major ISCO groups whose filed occupations all lie in one sector."""
    seen: dict[str, set[str | None]] = {}
    for code, concepts in taxonomy.isco_index.items():
        for concept in concepts:
            sector = taxonomy.sector_of(concept)
            for n in (1, 2, 3):
                seen.setdefault(code[:n], set()).add(sector.id if sector else None)
    return {group: only for group, found in sorted(seen.items())
            if len(found) == 1 and (only := next(iter(found))) is not None}


_ISCO_RE = re.compile(r"(?:esco/isco/C|(?<![\w.-]))([0-9]{4})(?![\w-])")
_ESCO_RE = re.compile(r"data\.europa\.eu/esco/occupation/([0-9a-fA-F-]{36})")
_ONET_RE = re.compile(r"(?<![\w.-])([0-9]{2})-[0-9]{4}(?:\.[0-9]{2})?(?![\w-])")


def occupation_codes(category: str | None) -> tuple[str, ...]:
    """The codes a posting's ``occupationalCategory`` gives, as the table keys them: ``isco:2221``
    (an ISCO-08 unit group, also written as an ESCO ISCO URI), ``esco:<uuid>`` (an ESCO
    occupation) and ``onet:29`` (the major group of an O*NET-SOC code such as "29-1141.00")."""
    if not category:
        return ()
    found = [(m.start(), f"isco:{m.group(1)}") for m in _ISCO_RE.finditer(category) if m.group(1) in UNIT_GROUPS]
    found += [(m.start(), f"esco:{m.group(1).lower()}") for m in _ESCO_RE.finditer(category)]
    found += [(m.start(), f"onet:{m.group(1)}") for m in _ONET_RE.finditer(category)]
    return tuple(dict.fromkeys(code for _, code in sorted(found)))


def named_text(value: Any) -> Any:
    """A posting's named thing as text: a ``CategoryCode`` keeps its code beside its name
    ("2221 Nursing professionals"), a credential is its category or level; a list item by item.
    Anything else is returned as it is, for the posting's checks to judge."""
    if isinstance(value, list):
        return [named_text(v) if isinstance(v, dict) else v for v in value]
    keys = ("codeValue", "name", "credentialCategory", "educationalLevel")
    parts = [str(value[k]) for k in keys if isinstance(value.get(k), str | int)] if isinstance(value, dict) else []
    return " ".join(parts) or value
