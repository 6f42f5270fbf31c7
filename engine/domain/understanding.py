"""What a reader's free text says besides the job they want — place, distance, hours, remote
work — read into the same preferences the structured fields set. An explicit field always wins
over the text, and the explanation shows what was understood, in the reader's own words.

A province named like its capital is passed on as "provincie Utrecht" (plain "Utrecht" would
resolve to the city); remote work the reader wrote with no place is a requirement
(``remote_only``), while the structured ``remote`` field stays a wish that re-ranks."""

from __future__ import annotations

from dataclasses import dataclass, replace

from engine.domain.interest_text import read_interest
from engine.domain.places import Gazetteer, Place
from engine.domain.signals import Preferences


@dataclass(frozen=True)
class Understood:
    """One fact read from the interest text: ``field`` as the API names it, the value as
    understood, and the words it was read from."""

    field: str
    value: str
    words: str

    def as_dict(self) -> dict[str, str]:
        return {"field": self.field, "value": self.value, "words": self.words}


def understand(prefs: Preferences, gazetteer: Gazetteer) -> tuple[Preferences, tuple[Understood, ...]]:
    """``prefs`` with the facts its interest text states filled in where no field was given,
    and the interest reduced to the job wish; and what was understood."""
    if not prefs.interests:
        return prefs, ()
    facts = read_interest(prefs.interests, gazetteer)
    found: list[Understood] = []
    changes: dict[str, object] = {"interests": facts.rest or None}
    if prefs.location is None and facts.place is not None:
        name = _place_name(facts.place, gazetteer)
        changes["location"] = name
        found.append(Understood("location", name, facts.words_for("place") or name))
        if facts.radius_km is not None and prefs.radius_km is None:
            changes["radius_km"] = facts.radius_km
            found.append(Understood("radius_km", f"{facts.radius_km:g}", facts.words_for("radius_km") or ""))
    if prefs.hours is None and facts.hours is not None:
        changes["hours"] = facts.hours
        # the words the kind of hours was read from: hours, else the fte, days or weekends it was implied by
        said = next((w for w in map(facts.words_for, ("hours", "fte", "days", "schedule")) if w), facts.hours)
        found.append(Understood("hours", facts.hours, said))
        if facts.hours_min is not None or facts.hours_max is not None:  # "24 uur": the number decides
            changes["hours_min"], changes["hours_max"] = facts.hours_min, facts.hours_max
    if prefs.remote is None and facts.remote is not None:
        changes["remote"] = facts.remote
        found.append(Understood("remote", str(facts.remote).lower(), facts.words_for("remote") or ""))
    return replace(prefs, **changes), tuple(found)  # type: ignore[arg-type]


def _place_name(place: Place, gazetteer: Gazetteer) -> str:
    """The name the location field resolves back to ``place``: a province named like its capital
    ("provincie Utrecht", "provincie Groningen") keeps the word, or it would become the city."""
    if place.is_province:
        found = gazetteer.resolve(place.name)
        if found is None or not found.is_province:
            return f"provincie {place.name}"
    return place.name


def remote_only(prefs: Preferences | None, understood: tuple[Understood, ...]) -> bool:
    """The reader wrote remote work as their own wish ("remote only", "thuiswerken, parttime")
    and named no place: a requirement, so on-site jobs are not shown. Hybrid written alone is no
    such wish (its remote fact carries no words of its own: ``understand``), and the structured
    ``remote`` field stays a wish that re-ranks."""
    if prefs is None or prefs.location or prefs.remote is not True:
        return False
    return any(u.field == "remote" and u.value == "true" and u.words for u in understood)
