"""The consent a candidate gives for stated preferences: its one purpose, the version of the
text they agreed to, and the lawful basis (GDPR Art. 6(1)(a)). Kept apart so the privacy
record, the store and the pages quote the same words."""

from __future__ import annotations

PURPOSE = "vacancy_matching"
CONSENT_TEXT_VERSION = "2026-11-25"
LAWFUL_BASIS = "GDPR Art. 6(1)(a): consent"
