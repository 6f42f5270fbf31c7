"""The hours a week a vacancy offers, as numbers: "Magazijnmedewerker (32-40 uur)", "workHours:
24 tot 32 uur per week", "36 hours a week".

schema.org's ``employmentType`` says only FULL_TIME or PART_TIME, and employers tick FULL_TIME
for 32-40 hours; a reader who wants "zo'n 32 uur" fits that job. The numbers decide where both
sides have them (``matching.fits_stated_facts``). Read from ``workHours`` first, then the title,
then the description, where only hours said to be per week count: "binnen 24 uur reactie",
"24 uur per dag" and "40 uur opleiding" are not a working week.
"""

from __future__ import annotations

import re

FULL_TIME_FROM = 36  # hours a week: fewer is part-time (a Dutch full-time week is 36-40)
HOURS_SLACK = 2.0    # "24 uur" still fits a job of 26; people round what they say
MIN_WEEKLY, MAX_WEEKLY = 4.0, 60.0  # outside this, a number of hours is not a working week
_NUM = r"(\d{1,2}(?:[.,]5)?)"
_UNIT = r"(?:uur|uren|u|hours?|hrs?|h)\b"
_TO = r"\s*(?:-|–|—|tot|to|t/m|à|a|of|or|en|and)\s*"  # "32 of 40 uur": either is offered
_WEEK = r"(?:\s*(?:per|a|p\.?|in\s+de|each|every)\s*(?:week|wk|w)\b\.?|\s*p\.?w\.?(?!\w))"
_NOT_WEEKLY = re.compile(r"^\s*(?:per|a|een|in\s+de|each)\s+(?:dag|day|maand|month|jaar|year|dienst|shift)\b", re.I)
_BEFORE_NOT_WEEKLY = re.compile(r"\b(?:binnen|within|in|na|after|om|at|by|24/)\s*$", re.I)
_RANGE = re.compile(rf"(?<![\d:/.,]){_NUM}(?:\s*{_UNIT})?{_TO}{_NUM}\s*{_UNIT}({_WEEK})?", re.I)
_SINGLE = re.compile(rf"(?<![\d:/.,\-–]){_NUM}\s*{_UNIT}({_WEEK})?", re.I)


def _number(text: str) -> float:
    return float(text.replace(",", "."))


def _found(text: str, weekly_only: bool) -> tuple[float, float] | None:
    """The first range, else the first single number of hours in ``text`` that is a week's."""
    for pattern, week_group in ((_RANGE, 3), (_SINGLE, 2)):
        for m in pattern.finditer(text):
            if _NOT_WEEKLY.match(text, m.end()) or _BEFORE_NOT_WEEKLY.search(text[:m.start()]):
                continue
            if weekly_only and not m.group(week_group):
                continue
            numbers = [_number(g) for g in m.groups()[:week_group - 1] if g]
            low, high = min(numbers), max(numbers)
            if MIN_WEEKLY <= low and high <= MAX_WEEKLY:
                return low, high
    return None


def weekly_hours(work_hours: str | None, title: str, description: str) -> tuple[float, float] | None:
    """(fewest, most) hours a week the vacancy offers, or None when it does not say in numbers."""
    for text, weekly_only in ((work_hours, False), (title, False), (description, True)):
        if text:
            found = _found(text, weekly_only)
            if found is not None:
                return found
    return None
