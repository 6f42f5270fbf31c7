"""Inclusive-language check for vacancy text, in Dutch and English.

Flags wording that excludes or discriminates — age, gender, origin and language, religion, health
and disability, family status, appearance — each finding with its category, span, severity, a
suggestion in the text's language and the equal-treatment act it falls under (``ground``).
``hard`` findings are requirements that discriminate (WGBL, WGBH/CZ, AWGB, WGB m/v); ``soft``
ones are words that put people off without excluding them outright: gender-coded wording (the
idea of Gaucher, Friesen & Kay 2011, with our own word lists for both languages), "young team"
culture, vague grooming words.

Context decides: a requirement about the candidate is a finding; the same words about clients,
pupils, the company, a product or pay are not ("een jong bedrijf", "kinderen van 0 tot 18 jaar"
in youth care, a minimum age the law sets). The package: ``words`` (word lists), ``rules_*``
(patterns per ground), ``context`` (candidate or not), ``check`` (running them). This part is
pure Python so the copy desk can use it; ``engine/nlp/lint.py`` adds spaCy's lexicon on top
(lemmas of inflected coded words, and misspelled trigger words read as the trigger).

Figures on the development sets only (tests/data/dev/lint; the held-out set is never looked at).
Sentence precision / sentence recall / recall of hard findings, per language, as
engine/ops/judgments/inclusive.py scores them:

* Written against sentences.json, then checked once, blind, on more_sentences.json (420 sentences):
  nl 0.90 / 0.86 / 0.81, en 0.87 / 0.88 / 0.83. Tuned on its even half, checked blind on the odd
  half: nl 0.90 / 0.86 / 0.84, en 0.85 / 0.85 / 0.81. Since tuned on both sets, so the 1.00 below
  is no estimate for text nobody here wrote: expect the blind figures, somewhat higher.
* What each part adds (sentences.json | more_sentences.json, nl / en):
  patterns and word lists alone: P 0.79 / 0.75 | 0.72 / 0.76, R 1.00 / 1.00 | 0.99 / 0.99;
  + context (about the candidate or not, pairs like "gastheer/gastvrouw", lawful grounds):
  P 1.00 everywhere, R unchanged; + spaCy lemmas: no change on these sets (it finds inflections
  the lists lack, "domineerde", "koppiger", "fiercer"); + spaCy lexicon for misspellings
  ("Vrouwlijke", "nativ"): R 0.99 -> 1.00 on more_sentences.json.
* Third batch, more3_sentences.json (400 sentences written blind by someone who never saw the rules),
  before tuning on it: P 0.96 / 0.98, R 0.92 / 0.90, hard caught 0.91 / 0.88 (nl / en); the other two
  batches were at 1.00 except one appearance finding filed as age ("fresh faces"). Tuned on it by
  construction, not by sentence: family (care duties and "childcare responsibilities", planning a
  family or a pregnancy, single parents, civil status asked for, "met jonge kinderen … liever niet"),
  health ("not take any medication", pre-existing conditions, "medische voorgeschiedenis", never an
  injury, a clean bill of health; a good condition with the task as its reason is no finding),
  disability ("niet geschikt voor mensen in een rolstoel", "can't accommodate"), appearance (feet and
  inches, "be over 6ft", build and physique, personal grooming), gender ("juf", "jongeman",
  colloquial "tante"/"griet", a few coded words), origin ("applicants from Eastern Europe", UK/EU
  nationals), "the Queen's English", age ("max. 5 jr", graduated within the last N years, a team's
  average age), religion ("lid van een protestantse kerk"); context: "verwachten"/"expect" asks of
  the candidate, "populair bij" is about clients, "vallen af"/"worden afgewezen"/"liever niet."
  exclude, "we especially welcome"/"under-represented" include, a question runs on into a sentence
  that answers it with an encouragement or an exclusion, young beside experienced and capitalised
  names ("Young Talent programme") are no age finding. After: 1.00 on all three batches, which is a
  fit, not an estimate; on 88 sentences of our own (not from the sets, partly used to tune the last
  round) misses went 7/54 -> 1/54 and false alarms 6/34 -> 3/34.
* Fourth batch, more4_sentences.json (300 sentences, half look-alikes, written blind), before tuning on it:
  P 0.94 / 0.96, R 0.87 / 0.89, hard caught 0.82 / 0.92 (nl / en; age nl 0.68); the other three batches at
  1.00. Tuned on it by construction (tests/test_lint_indirect.py, sentences of our own): indirect age (the
  start of a career or a whole career ahead, "in de bloei van je leven", "frisse kracht", "net-afgestudeerd",
  "niet te lang uit de schoolbanken", an age "rond de 25", a bare "max 30" list item, an average age "we want
  to keep that way"); gender (a preference "liefst m"/"voorkeur: vrouw", compound titles "kassajuffrouw",
  "vrachtwagenchauffeuse", "moederfiguur", "a real alpha"); health (allergies, "het ontbreken van"/"absence
  of" a condition, "of sound mind and body"); family (pregnancy or baby plans, a stable home situation, "not
  having children", "being single"); appearance ("Mooie, goed verzorgde dame", clean-cut, photos asked with
  the application); origin (a good or a deprived neighbourhood, a name of an origin, "a true local");
  religion ("Christian faith required", keeping religious days shut out, "atheists preferred"). Context:
  "is een pré"/"is an advantage" asks of the candidate; a third person described ("your manager is a young
  founder"), the ages of a target group, a character in an advert ("played by an actor"), a care trait aimed
  at the residents ("oog voor onze bewoners"), a faith adjective before a subject or a compound
  ("islamitische financieringsprincipes"), and a nationality offered beside a work permit are no findings;
  "alleen mensen …" is no sex ("men"). After: 1.00 on all four batches (a fit); on the 2,300 dev statement,
  relevance and identifier texts no finding changed.
* Fifth batch, more5_sentences.json (300 sentences from job boards, half look-alikes, written blind), before
  tuning on it: P 0.93 / 0.93, R 0.92 / 0.88, hard caught 0.91 / 0.84 (nl / en; health en 0.57, other en
  0.40); the other four batches at 1.00. Tuned on it by construction (tests/test_lint_grounds.py, sentences
  of our own). False alarms first: "slim"/"slank" only said of a person (not "slank design", "slim-fit"; Dutch
  "slim" is clever), the ages the present team spans ("collega's tussen 22 en 64"), a role in an advert or
  a sex the law allows ("intimate personal care", "Equality Act Sch. 9") for age, sex and looks, a medical
  for professional drivers (Code 95), a joke taken back ("… grapje!"); in context, an exclusion word no
  longer reaches across a colon or means "geen probleem/not an issue", a care verb after "wanted to" is the
  work, "voor …" does not reach back across a comma. Then misses: political opinion and parties ("don't
  hire Democrats", "share our political views"), union activists, prayer shut out, a faith, health or the
  number of children asked to be stated, sick days counted as a limit, clothing sizes ("maatje 38", "UK
  size 8–10"), a full-figure photo, hearing aids and walking aids, "100% valide", home duties, "English must
  be your first language", plural accents, "zijn gemiddeld 25 jaar", "liefst" opening a clause, a person
  word before "team" ("hostess team"), "jongen persoon" (young), "vechter"; diabetes is health, not
  disability. After: 1.00 on all five batches (a fit); the two sentences left with another category are a
  label conflict (being pregnant is ``gender`` in the earlier batches, ``family`` here). On the 2,740 other
  dev texts two findings changed (a job seeker's "alleenstaande vader", now also family; Dutch "slim" gone).
* Sixth development batch, more6_sentences.json (320 sentences, 120 of them look-alikes, written blind), before
  tuning on it: P 0.97 / 0.94 (85/88, 88/94), R 0.85 / 0.88 (85/100, 88/100), hard caught 0.82 / 0.83 (78/95,
  80/96) (nl / en); the other five batches at 1.00. Tuned on it by construction (tests/test_lint_more6.py,
  sentences of our own). Misses: Dutch -ster titles in general ("boekhoudster"; a consonant before -ster, not a
  star or "venster"), one sex marked after a title ("(m)"), a mother's manner ("moederlijke uitstraling", hard),
  two ages ("16 of 17 jaar"), how old a degree may be or how long since graduation, a labour-market starter
  sought, "not looking for seasoned veterans", long experience shut out ("10+ years … will not be considered"),
  fitting in with a team of twenty-somethings (hard), a sickness record at an earlier job, health asked as a
  question ("vermeld of je … hebt"), a psychiatric or medical past excluded, a clean medical history, "knap om
  te zien", a clothing size named as the requirement, a couple hired as one and a "family man" (family),
  looks or descent of the majority (a "welcome" to "applicants of Dutch descent" is a preference), "natives
  only", a practising believer, no leave for religious holidays, party membership, "digital-native", "kordaat";
  in context: "seeks", "we're after" and a client's wish passed on by an agency ask of the candidate, "niet te
  reageren", "niet mogelijk", "not set up for" exclude, a dash ends a clause, "klantenservice" or
  "klantvriendelijk" are no clients, a third-person candidate who reports to a manager is the "he" after it,
  "whether" is inclusive only with "or". False alarms: "hij, zij of hen", representatief/presentable said of a
  showroom or clothing, clients' ages ("aimed at customers aged 16 to 24"), a young fleet, a young
  professionals network, "caring responsibilities" offered for, a nationality the law requires. After: 1.00 on
  all six batches (a fit); the three sentences left with another category are label conflicts (a wish for
  children is ``gender`` here, ``family`` before). On the 8,404 other dev texts 8 findings changed, all in job
  seekers' own words ("Boekhoudster met 10 jr ervaring", "Practising Christian", "(man)" now its own span).
* Seventh development batch, more7_sentences.json (300 sentences, 120 of them look-alikes, written blind), before
  tuning on it: P 0.93 / 0.93 (79/85, 75/81), R 0.88 / 0.83 (79/90, 75/90), hard caught 0.84 / 0.76 (75/89, 67/88),
  each also with hard severity (nl / en); look-alikes passed 108/120; the other six batches at 1.00. Tuned on it by
  construction (tests/test_lint_more7.py, sentences of our own; form-like fields in ``rules_labels``, health and
  disability moved to ``rules_health``). Misses: requirements written as a form (a sex as a field's value, "Vereist:
  v,", a lone sex letter between separators, an age beside a sex in a title's brackets, "25/35 jr", a birth date as
  the limit, "English (native)" in a language list, an aside capping experience), a long working life shut out, a
  first job or a degree just finished, "uitsluitend voor" is asked of the candidate, fitting in by age, student life
  as the culture (soft) and a team of digital natives (soft), a condition put on older applicants only, the
  employer's own medical, a clean sickness record, a long-term condition, adjustments refused, a disability to be
  declared, disability benefits (Wajong, WIA) as disability, parents of children shut out ("niet voor jou" excludes),
  looking like an origin and someone of an origin's looks, a nationality by birth, dual nationals, union and party
  membership, "Straight, married men" (a kind of person "makes the best" is a preference), neat teeth. False alarms:
  the age range of clients, a capitalised "Under 30s Programme", "gezond" before an adjective, a native level with
  its CEFR grade, alumni's "class of", a generation as a market, a company "geboren en getogen", a title of someone
  already in post ("assistant to the chairman"), membership "niet nodig", a photo for a pass on the first day, an
  experience range "of meer"; a dash or bar between fields ends the phrase. After: 1.00 on all seven batches (a
  fit), every hard finding with hard severity, look-alikes 120/120. On the 11,196 other dev texts one finding
  changed (a job seeker's "member of Unite union"). The new rules cost about 3 % on a 13,000-word page.
* Eighth development batch, more8_sentences.json (280 sentences, 110 of them look-alikes, written blind), before
  tuning on it (rules only, without the lexicon): P 0.94 / 0.93 (72/77, 71/76), R 0.85 / 0.84 (72/85, 71/85), hard
  caught 0.83 / 0.81 (66/80, 65/80), each also with hard severity (nl / en); look-alikes passed 100/110; the other
  seven batches unchanged. Tuned on it by construction (tests/test_lint_more8.py, sentences of our own; faith,
  union and family additions in ``rules_belief``). Misses: a faith's papers (baptism certificate), a faith named
  and shut out, someone without a faith wanted, a fast worked through without adjustment, a faith's values
  demanded in a firm without a religious identity, prayer needs turned away, union membership asked ("whether
  you belong to") or its members shut out, "singles" as the target group, "geen kindjes", one life stage only
  ("Students only"), an age cap with youth pay as its reason, "under-21s preferred", long service in the trade
  and experienced people turned away, "grew up with a smartphone", a new generation as staff; in context,
  "nemen we niet aan", "liever niet aan", "look elsewhere", "will find … too demanding" and "isn't the role for
  you" exclude. False alarms: a birth date asked after hiring for the payroll, a native level said not to be
  required, religious dress offered by the employer or "geen enkel probleem", "jong geleerd", a new generation
  the candidate trains, a sex with a women's shelter or the equal-treatment act as its ground. After: P 0.99 /
  0.98 (82/83, 82/84), R 0.96 / 0.96 (82/85), hard caught 0.96 / 0.96 (77/80), look-alikes 107/110. Left: a
  retiree group that shuts others out, "real bro", "echte krijger", "secretaresse" for a role, "LGBTQ+ candidates"
  discouraged, a party's activists, "gast … zijn" (he for the candidate), "Working mums" filed as family and a
  pregnancy-plans question as gender (label conflicts with earlier batches); false alarms "chairwoman" of a board
  in post, a pregnancy met with accommodation, "fresh graduates" in a team's range.
* Ninth development batch, more9_sentences.json (200 Dutch sentences, 40 Flemish, 70 look-alikes, written blind),
  before tuning on it (rules only): sentences flagged 120 of 130 with findings, false alarms 6/70, hard caught
  112/124 (111 with hard severity); the other batches unchanged. Tuned on it by construction
  (tests/test_lint_more9.py, sentences of our own): feminine -es titles ("kosteres"), an age range with "à", young
  children asked with "heeft u", a majority nationality "van origine", church membership "lid is van", people
  who "passen niet in ons bedrijf", a height written "1m70", a clothing size ("maatje 36-38"); false alarms:
  young animals and plants, a mother or father "van de eigenaar", the one who held the post before ("onze vorige
  kapster", and a pronoun about her), religious dress "is prima", a family-plans question answered with leave
  we offer. After: flagged 126/130, false alarms 0/70, hard caught 120/124 (119 with hard severity). Left:
  "vriendelijke mevrouw" asked in a question, "frisse mensen" (and "frisse kracht", soft in earlier batches,
  hard here), "afgestudeerde van dit jaar", an age range without "jaar" ("iemand van 17 tot 21").
* Speed: about 3 ms (rules) and 4 ms (with the lexicon) for a 100-word sentence after warm-up on a
  quiet machine; the lexicon loads once per process (about 3 s).
"""

from __future__ import annotations

from engine.domain.lint.check import RULES, Lemmatize, lint
from engine.domain.lint.model import CATEGORIES, GROUNDS, LAWS, Finding
from engine.domain.lint.spelling import Known

__all__ = ["CATEGORIES", "GROUNDS", "LAWS", "RULES", "Finding", "Known", "Lemmatize", "lint"]
