"""The public account of how the engine works, generated from the live configuration and the
model metadata — with the fields of the Dutch Algoritmeregister publication standard, so a
public-sector employer can file it as it is."""

from __future__ import annotations

from typing import Any

from engine.config import Settings
from engine.nlp.analyzer import Analyzer
from engine.domain.privacy import SIGNALS_NEVER_USED
from engine.store.stats import RETENTION_DAYS
from engine.domain.taxonomy import Taxonomy

# The fields this document fills, after the Algoritmeregister publication standard.
REGISTER_FIELDS = (
    "name", "organization", "description_short", "type", "category", "status", "goal", "impact",
    "proportionality", "lawful_basis", "decision_making_process", "human_intervention", "risk_management",
    "provider", "source_data", "methods_and_models", "monitoring", "performance_standard",
    "objection_procedure", "contact_email", "website", "begin_date", "standard_version",
)

_TEXT = {
    "purpose": {
        "nl": "Vacatureadvertenties tonen die passen bij de pagina waarop ze verschijnen, en bij voorkeuren "
              "die een kandidaat zelf met toestemming opgaf — zonder iemand te volgen.",
        "en": "Show vacancy ads that fit the page they appear on, and preferences a candidate chose to give "
              "with consent — without tracking anyone."},
    "how": {
        "nl": "Onze eigen taalmodellen (spaCy) vinden beroepen, vaardigheden en sectoren uit een tweetalige "
              "taxonomie in de tekst van de pagina en in opgegeven interesses. Vacatures met dezelfde of "
              "verwante begrippen scoren hoger; plaats, uren, thuiswerken en taal herschikken. Sjablonen "
              "schrijven de advertentie; elke advertentie legt uit waarom ze getoond wordt.",
        "en": "Our own language pipelines (spaCy) find occupations, skills and sectors of a bilingual taxonomy "
              "in the page's text and in stated interests. Vacancies with the same or related concepts score "
              "higher; place, hours, remote work and language re-rank. Templates write the ad; every ad "
              "explains why it is shown."},
    "oversight": {
        "nl": "Marketeers houden toezicht in de studio: ze bekijken vooraf elke advertentie met score, uitleg en "
              "sjabloon, keuren vacatures en tekstsjablonen goed of pauzeren ze (alleen goedgekeurde worden "
              "getoond), passen sjablonen aan na een controle op lengte, feiten en inclusieve taal, en kunnen met "
              "een noodstop alles direct stilleggen. Advertentietekst met een harde bevinding in de taalcheck "
              "wacht op een mens. Elke actie staat in een logboek (wie, wat, wanneer). Er worden geen besluiten "
              "over personen genomen.",
        "en": "Marketeers oversee the engine in the studio: they preview every ad with its score, explanation and "
              "template, approve or pause vacancies and copy templates (only approved ones are served), edit "
              "templates after a check of length, facts and inclusive language, and can stop all serving at once "
              "with a kill switch. Ad copy with a hard finding of the language check waits for a person. Every "
              "action is recorded in an audit trail (who, what, when). No decisions about people are taken."},
}


def transparency(settings: Settings, taxonomy: Taxonomy, analyzer: Analyzer, language: str = "en") -> dict[str, Any]:
    nl = language == "nl"
    never = [labels[language] for _, labels in SIGNALS_NEVER_USED]
    models = analyzer.versions
    document = {
        "purpose": _TEXT["purpose"][language],
        "how_matching_works": _TEXT["how"][language],
        "signals_used": {
            "context": ["url (zonder query)" if nl else "url (without query)", "title", "keywords", "text",
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
        "human_oversight": _TEXT["oversight"][language],
        "contact": settings.controller,
    }
    document["algoritmeregister"] = {
        "name": "Plainsight vacatureadvertenties",
        "organization": settings.controller,
        "description_short": _TEXT["purpose"]["nl"],
        "type": "Regelgebaseerd en taalmodel (geen zelflerend profiel)",
        "category": ["Werk en inkomen"],
        "status": "In gebruik",
        "goal": _TEXT["purpose"]["nl"],
        "impact": "Bepaalt welke vacature een lezer als advertentie ziet; neemt geen besluit over personen.",
        "proportionality": "Alleen paginacontext en vrijwillig opgegeven voorkeuren; geen cookies, profielen of "
                           "identificatoren.",
        "lawful_basis": "AVG art. 6 lid 1 onder a (toestemming) voor opgeslagen voorkeuren; art. 6 lid 1 onder f "
                        "voor context zonder persoonsgegevens.",
        "decision_making_process": _TEXT["how"]["nl"],
        "human_intervention": _TEXT["oversight"]["nl"],
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
    }
    return document
