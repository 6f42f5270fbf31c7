"""The public account of how the engine works, generated from the live configuration and the
model metadata — with the fields of the Dutch Algoritmeregister publication standard, so a
public-sector employer can file it as it is."""

from __future__ import annotations

from typing import Any

from engine.config import Settings
from engine.domain.i18n import N_, translations
from engine.domain.privacy import SIGNALS_NEVER_USED, records_of_processing
from engine.domain.taxonomy import Taxonomy
from engine.nlp.analyzer import Analyzer
from engine.store.stats import RETENTION_DAYS

# The fields this document fills, after the Algoritmeregister publication standard.
REGISTER_FIELDS = (
    "name", "organization", "description_short", "type", "category", "status", "goal", "impact",
    "proportionality", "lawful_basis", "decision_making_process", "human_intervention", "risk_management",
    "provider", "source_data", "methods_and_models", "monitoring", "performance_standard",
    "objection_procedure", "contact_email", "website", "begin_date", "standard_version", "publication_category",
)

# The register's publication category in the wording of the AI Act (Regulation (EU) 2024/1689).
# Candidates' stated preferences target the ads, and nothing turns them off: every match and
# render request may carry them, and /v1/preferences stores them. So the engine is always an AI
# system "intended to be used for the recruitment or selection of natural persons, in particular
# to place targeted job advertisements" (Annex III, point 4(a)): high-risk under Article 6(2).
PUBLICATION_CATEGORY: dict[str, Any] = {
    "value": "high_risk_ai_system",
    "label": {"nl": "Hoog-risico AI-systeem", "en": "High-risk AI system"},
    "description": {
        "nl": "Een AI-systeem dat bedoeld is om te worden gebruikt voor de werving of selectie van natuurlijke "
              "personen, met name voor het plaatsen van gerichte vacatures: Plainsight richt "
              "vacatureadvertenties op de voorkeuren die kandidaten zelf opgeven.",
        "en": "An AI system intended to be used for the recruitment or selection of natural persons, in "
              "particular to place targeted job advertisements: Plainsight targets job ads at the preferences "
              "candidates state themselves.",
    },
    "legal_reference": {
        "nl": "Verordening (EU) 2024/1689 (AI-verordening), artikel 6, lid 2, en bijlage III, punt 4, onder a",
        "en": "Regulation (EU) 2024/1689 (AI Act), Article 6(2) and Annex III, point 4(a)",
        "url": "https://eur-lex.europa.eu/eli/reg/2024/1689/oj",
    },
}

PURPOSE = N_("Show vacancy ads that fit the page they appear on, and preferences a candidate chose to give "
             "with consent — without tracking anyone.")
HOW = N_("Our own language pipelines (spaCy) find occupations, skills and sectors of a bilingual taxonomy "
         "in the page's text and in stated interests. Vacancies with the same or related concepts score "
         "higher; place, hours, remote work and language re-rank. Templates write the ad; every ad "
         "explains why it is shown.")
OVERSIGHT = N_("Marketeers oversee the engine in the studio: they preview every ad with its score, explanation "
               "and template, approve or pause vacancies and copy templates (only approved ones are served), "
               "edit templates after a check of length, facts and inclusive language, and can stop all serving "
               "at once with a kill switch. Ad copy with a hard finding of the language check waits for a "
               "person. Every action is recorded in an audit trail (who, what, when). No decisions about "
               "people are taken.")


def transparency(settings: Settings, taxonomy: Taxonomy, analyzer: Analyzer, language: str = "en") -> dict[str, Any]:
    _, dutch = translations(language).gettext, translations("nl").gettext  # the register is Dutch
    never = [labels[language] for _signal, labels in SIGNALS_NEVER_USED]
    models = analyzer.versions
    document = {
        "purpose": _(PURPOSE),
        "how_matching_works": _(HOW),
        "signals_used": {
            "context": [_("url (without query)"), "title", "keywords", "text",
                        "language", "region (coarse)"],
            "stated_preferences": ["interests", "location", "hours", "remote", "language"],
        },
        "signals_never_used": never,
        "versions": {"taxonomy": taxonomy.version, "concepts": len(taxonomy), "pipelines": models},
        "retention": {
            "stated_preferences_days": settings.preferences_retention_days,
            "signed_links_days": settings.link_ttl_days,
            "aggregate_counts_days": RETENTION_DAYS,
            "page_analysis_hours": settings.crawl_ttl_hours,
            "match_and_render_requests": "not stored",
        },
        "human_oversight": _(OVERSIGHT),
        "contact": settings.controller,
        "publication_category": PUBLICATION_CATEGORY,
    }
    document["algoritmeregister"] = {
        "name": "Plainsight vacatureadvertenties",
        "organization": settings.controller,
        "description_short": dutch(PURPOSE),
        "type": "Regelgebaseerd en taalmodel (geen zelflerend profiel)",
        "category": ["Werk en inkomen"],
        "status": "In gebruik",
        "goal": dutch(PURPOSE),
        "impact": "Bepaalt welke vacature een lezer als advertentie ziet; neemt geen besluit over personen.",
        "proportionality": "Alleen paginacontext en vrijwillig opgegeven voorkeuren; geen cookies, profielen of "
                           "identificatoren.",
        "lawful_basis": "AVG art. 6 lid 1 onder a (toestemming) voor opgeslagen voorkeuren; art. 6 lid 1 onder f "
                        "voor context zonder persoonsgegevens.",
        "decision_making_process": dutch(HOW),
        "human_intervention": dutch(OVERSIGHT),
        "risk_management": "Bijzondere persoonsgegevens worden geweigerd en uitspraken over de persoon uit vrije "
                           "tekst verwijderd; een tegenfeitelijke test bewaakt dat rangschikkingen niet veranderen.",
        "provider": "Plainsight",
        "source_data": f"Vacatures (schema.org JobPosting) van de werkgever; taxonomie {taxonomy.version} "
                       f"({len(taxonomy)} begrippen).",
        "methods_and_models": ", ".join(f"{lang}: {name}" for lang, name in sorted(models.items())),
        "monitoring": "Geaggregeerde vertoningen en klikken per vacature, onderwerp en dag; cellen onder "
                      f"k = {settings.stats_k} worden onderdrukt.",
        "performance_standard": "nDCG@5 op een gelabelde tweetalige evaluatieset, vergeleken met BM25 (README).",
        "objection_procedure": "Voorkeuren inzien, wijzigen of wissen via de persoonlijke link; Sec-GPC of DNT "
                               "betekent: alleen context.",
        "contact_email": "privacy@plainsight.example",
        "website": settings.public_url or "/transparency",
        "begin_date": "2026-11-25",
        "standard_version": "1.0",
        "publication_category": PUBLICATION_CATEGORY["label"]["nl"],  # the register's own (Dutch) value
    }
    return document


class TransparencyService:
    """The public account of the engine and the record of processing, from the live settings."""

    def __init__(self, *, settings: Settings, taxonomy: Taxonomy, analyzer: Analyzer) -> None:
        self.settings = settings
        self.taxonomy = taxonomy
        self.analyzer = analyzer

    def document(self, language: str = "en") -> dict[str, Any]:
        return transparency(self.settings, self.taxonomy, self.analyzer, language)

    def records(self) -> dict[str, Any]:
        """The record of processing activities (GDPR Art. 30)."""
        return records_of_processing(self.settings)
