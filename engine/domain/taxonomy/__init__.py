"""The bilingual occupation/skill/sector taxonomy: data in ``data/``, loaded and checked here."""

from engine.domain.taxonomy.model import Concept, Taxonomy, TaxonomyError, load_taxonomy

__all__ = ["Concept", "Taxonomy", "TaxonomyError", "load_taxonomy"]
