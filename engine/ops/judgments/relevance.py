"""Relevance (issue 13): serve only what fits, and never claim a link that is not there.

An ad "claims a link" when its copy or its explanation says the vacancy has to do with the page:
a template of any situation but ``open`` (``<lang>/<situation>-<n>``), or a reason naming a
concept. A claim is false when the vacancy is neither a fit nor related for the page; on an
off-topic page every claim is false. Scoring works on what the API answered (``PageSeen``), so the
tests can score hand-written answers without an app.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from engine.ops.evaluation import evaluate, load_eval_set, mean
from engine.ops.judgments.api import EngineApi
from engine.ops.judgments.figures import Rate, Rows, share
from engine.ops.judgments.sets import EvalSet, items

OPEN_SITUATION = "open"
BANNER = {"w": 300, "h": 250}


@dataclass(frozen=True)
class AdSeen:
    vacancy_id: str
    language: str | None
    claims: bool


@dataclass(frozen=True)
class PageSeen:
    """One page's ads as rendered; ``bid`` is whether OpenRTB bid on it (None: not asked)."""

    id: str
    language: str
    fitting: bool
    fits: frozenset[str]
    related: frozenset[str]
    ads: tuple[AdSeen, ...]
    bid: bool | None = None
    refused: bool = False  # 422: the page text held a personal identifier, so nothing was shown


@dataclass(frozen=True)
class InterestSeen:
    id: str
    language: str
    acceptable: frozenset[str]
    ads: tuple[AdSeen, ...]


def situation(template: str) -> str:
    """``nl/context-2`` -> ``context``: the situation the copy was written for."""
    name = template.rsplit("/", 1)[-1]
    return name.rsplit("-", 1)[0] if "-" in name else name


def claims_link(ad: dict[str, Any]) -> bool:
    """Whether the ad tells the reader the vacancy is linked to the page or to their interests."""
    if situation(str(ad.get("template") or "")) != OPEN_SITUATION:
        return True
    reasons = (ad.get("explanation") or {}).get("reasons") or []
    return any(reason.get("concept") is not None for reason in reasons)


def ad_seen(ad: dict[str, Any]) -> AdSeen:
    return AdSeen(str(ad["vacancy_id"]), ad.get("language"), claims_link(ad))


def score_pages(pages: list[PageSeen]) -> Rows:
    """False claims, first-ad precision and reach on fitting pages, no-bids off-topic, language."""
    ads = [(page, ad) for page in pages for ad in page.ads]
    false = [ad for page, ad in ads if ad.claims and ad.vacancy_id not in page.fits | page.related]
    fitting = [page for page in pages if page.fitting]
    offtopic = [page for page in pages if not page.fitting]
    return {
        "false link claims": Rate(len(false), len(ads), "ads"),
        "fitting pages served": share(bool(page.ads) for page in fitting),
        "first ad fits (fitting pages served)": share(page.ads[0].vacancy_id in page.fits
                                                      for page in fitting if page.ads),
        "off-topic: no ad (render)": share(not page.ads for page in offtopic),
        "off-topic: no bid (OpenRTB)": share(not page.bid for page in offtopic if page.bid is not None),
        "ads in the page's language": share(ad.language == page.language for page, ad in ads),
        "pages refused: an identifier in the text": share(page.refused for page in pages),
    }


def interest_hit(seen: InterestSeen) -> bool:
    """Every ad acceptable; no ad at all is right only when nothing is acceptable."""
    if not seen.ads:
        return not seen.acceptable
    return all(ad.vacancy_id in seen.acceptable for ad in seen.ads)


def score_interests(interests: list[InterestSeen]) -> Rows:
    """Hits (every ad acceptable) and language of the ads for free-text interests."""
    return {
        "interests: every ad acceptable": share(interest_hit(seen) for seen in interests),
        "interest ads in the interest's language": share(ad.language == seen.language
                                                         for seen in interests for ad in seen.ads),
    }


def bid_request(page: dict[str, Any]) -> dict[str, Any]:
    """A minimal OpenRTB 2.6 request carrying what a page says about itself (no text: OpenRTB has none)."""
    context = page["context"]
    content = {"title": context.get("title"), "keywords": ",".join(context.get("keywords") or []),
               "language": context.get("language") or page.get("language")}
    return {"id": f"eval-{page['id']}", "imp": [{"id": "1", "banner": BANNER}], "cur": ["EUR"],
            "site": {"page": context.get("url"), "content": {k: v for k, v in content.items() if v}}}


def observe_page(api: EngineApi, page: dict[str, Any], fitting: bool) -> PageSeen:
    """Render a page as a publisher would; off-topic pages also go through the OpenRTB bidder."""
    status, ads = api.render({"context": page["context"], "count": 3, "format": "native"})
    refused = status == 422  # an identifier in the page's text: refused, so no ad (and no claim)
    if status != 200 and not refused:
        raise RuntimeError(f"render of page {page['id']} answered {status}")
    ads = [] if refused else ads
    bid = None if fitting else api.bid(bid_request(page)) == 200
    return PageSeen(page["id"], page.get("language") or page["context"].get("language"), fitting,
                    frozenset(page.get("fits") or {}), frozenset(page.get("related") or []),
                    tuple(ad_seen(ad) for ad in ads), bid, refused)


def observe_interest(api: EngineApi, interest: dict[str, Any]) -> InterestSeen:
    """A refusal (422) is no answer at all, which the scorer treats as an empty one."""
    _, ads = api.render({"preferences": {"interests": interest["text"]}, "count": 3})
    return InterestSeen(interest["id"], interest["language"], frozenset(interest.get("acceptable") or []),
                        tuple(ad_seen(ad) for ad in ads))


def match_quality(api: EngineApi, eval_set: EvalSet) -> Rows:
    """nDCG@5 of the engine and of the BM25 baseline, through engine.ops.evaluation as the docs do."""
    if eval_set.match_eval is None:
        return {}
    results = evaluate(api.runtime, load_eval_set(eval_set.match_eval))
    return {"nDCG@5 match_eval: engine": mean([r.engine for r in results]),
            "nDCG@5 match_eval: BM25 baseline": mean([r.bm25 for r in results])}


def run(api: EngineApi, eval_set: EvalSet) -> Rows:
    """Every page and interest of the set, then the nDCG figures where the set has them."""
    pages = [observe_page(api, page, True) for page in items(eval_set.fitting, "pages")]
    pages += [observe_page(api, page, False) for page in items(eval_set.offtopic, "pages")]
    interests = [observe_interest(api, interest) for interest in items(eval_set.interests, "interests")]
    return {**score_pages(pages), **score_interests(interests), **match_quality(api, eval_set)}
