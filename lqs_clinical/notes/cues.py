"""Cue rules of the NER tier (``pii_rules/cues.yaml``): names, places and facilities found by the
words around them rather than by spaCy.

A small English model reads capitalisation as evidence, so lower-case names ("spoke w/ dr.
nwosu"), ALL-CAPS report lines ("DISCUSSED WITH DR. SANTANGELO") and hospital abbreviations
("presented to RUH ED") escape it; the blind held-out corpora showed these as most of the NER
tier's misses. A cue rule names the context, and a dictionary test on the captured words keeps
ordinary English out ("daughter lives nearby" is not a name). Rules are data so that a site can
add its own cues without touching code.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from lqs_clinical import yamlio
from lqs_clinical.errors import UserError
from lqs_clinical.notes.table_regex import table_column_of
from lqs_clinical.resources import data_path

_CATEGORIES = ("PERSON", "LOCATION", "ORGANIZATION")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


_SENTENCE_END = re.compile(r"\b(\w+)\.[ \t]+(?=[A-Z])")
_ABBREVIATIONS = frozenset({"st", "mt", "ft", "dr", "ste", "jr", "sr", "mr", "mrs", "ms", "prof", "inc", "co", "corp"})


@dataclass(frozen=True)
class CueRule:
    name: str
    category: str
    regex: re.Pattern
    unknown: int
    exclude: frozenset[str]
    heads: frozenset[str] = frozenset()  # a span ending in one of these needs no unknown word...
    generic: frozenset[str] = frozenset()  # ...if some other word is not generic ("Outside Hospital")
    initials: bool = False  # initials alone ("Son J.B.") are a name after this cue
    mask_after: bool = False  # a mask right after the span does not make it masked context
    fallback: str | None = None  # the category when the span has no head word ("films from Kettle Cove")
    retype: bool = False  # the cue may correct the model's category for the same words
    retype_place: bool = False  # ...only where the model read the same words as a place (round 51)
    places: bool = False  # a listed place (pii_rules/places_us.txt, places_world.txt) needs no unknown word
    listed: bool = False  # only a listed place counts: the cue ("in") is too weak to name an unlisted word

    @property
    def strong(self) -> bool:
        """The cue alone says what the words are (a title, or a rule allowed to correct the model)."""
        return self.unknown == 0 or self.retype

    def category_of(self, words: list[str], unknown: int, place: bool = False) -> str | None:
        """The category the captured words are evidence of, or None when they name nobody."""
        if not words:
            return None
        if not any(len(w) > 1 for w in words):
            return self.category if self.initials else None
        low = [w.lower() for w in words]
        if self.heads and any(low[i] in self.heads and low[i + 1] in ("of", "for") for i in range(len(low) - 2)):
            return self.category  # a head then its town or charge: "Corner Drug of Ware", "Home for the Aged"
        if self.fallback and len(low) > 2 and "at" in low[1:-1]:
            return self.category  # a town has no "at" inside: "The Willows at Quabbin"
        if self.heads and low[-1] in self.heads:
            if len(low) > 1 and any(w not in self.heads and w not in self.generic for w in low[:-1]):
                return self.category
            if self.places and place:
                return self.fallback or self.category  # a listed town with a suffix: "West Point"
            return None  # "Outside Hospital", "Rehab": a head alone names nobody
        if self.listed:  # a listed place, dictionary word or not ("in Yakima"); nothing else
            return (self.fallback or self.category) if place else None
        if self.fallback and unknown >= self.unknown and self.heads and any(w in self.heads for w in low[1:-1]):
            return self.category  # a facility word inside the name: "Stillwater Dialysis Unit" is no town
        if unknown >= self.unknown or (self.places and place):
            return self.fallback or self.category
        return None


@dataclass(frozen=True)
class CueRules:
    rules: tuple[CueRule, ...]
    trim: frozenset[str]

    def find(self, text: str, known: Callable[[str], bool],
             is_place: Callable[[str], bool] | None = None) -> list[tuple[int, int, str, CueRule]]:
        """(start, end, category, rule) of every cue hit; ``known(word)`` says a lower-cased word
        is ordinary English or an allow-listed clinical term, ``is_place(span)`` that a span is a
        listed place (for rules with ``places``)."""
        out = []
        for rule in self.rules:
            for m in rule.regex.finditer(text):
                g = next((g for g in range(1, (m.re.groups or 0) + 1) if m.start(g) >= 0), 1)
                s, e = m.span(g)  # the first group that took part: one per branch of a table rule
                s, e = self._trimmed(text, s, e)
                s, e = self._sentence_cut(text, s, e)
                if e <= s or not (text[s].isalnum() or text[s] in "'’"):
                    continue  # trimmed down to what followed the cue's own evidence ("grade I. Dermoscopy")
                span = text[s:e]
                if "_" in span or span.lower() in rule.exclude:
                    continue
                words = _WORD.findall(span)
                unknown = sum(1 for w in words if not self.known(w.lower(), known))
                place = (rule.places or rule.listed) and is_place is not None and is_place(span)
                category = rule.category_of(words, unknown, place)
                if category is None:
                    continue
                prior = next((i for i, o in enumerate(out) if o[:3] == (s, e, category)), None)
                if prior is None:
                    out.append((s, e, category, rule))
                elif rule.strong and not out[prior][3].strong:  # two rules, one span: keep the stronger cue
                    out[prior] = (s, e, category, rule)
        # a span inside a longer one of the same category is the same name read short ("New Hope Baptist Church"
        # inside "Greater New Hope Baptist Church"): keep the longer
        return [o for o in out if not any(p[2] == o[2] and p[0] <= o[0] and o[1] <= p[1] and p[:2] != o[:2]
                                          for p in out)]

    def _sentence_cut(self, text: str, s: int, e: int) -> tuple[int, int]:
        """A name ends at a sentence end: "worked at Greater Hope Baptist Church. Fall from ..." keeps
        the church ("St. Brigid's" and "Dr." are abbreviations, not ends)."""
        for m in _SENTENCE_END.finditer(text, s, e):
            if len(m.group(1)) > 1 and m.group(1).lower() not in _ABBREVIATIONS:  # not an initial ("K. Ben-David")
                return self._trimmed(text, s, m.start() + len(m.group(1)))
        return s, e

    def known(self, word: str, known: Callable[[str], bool]) -> bool:
        """A dictionary word, an inflection of one ("trended", "reports"), or cue noise."""
        if word in self.trim or known(word):
            return True
        for suffix, repl in (("'s", ""), ("’s", ""), ("s", ""), ("es", ""), ("ed", ""), ("ed", "e"), ("ing", ""),
                             ("ing", "e"), ("ies", "y"), ("ied", "y"), ("ly", "")):
            if word.endswith(suffix) and len(word) > len(suffix) + 2 and known(word[: -len(suffix)] + repl):
                return True
        for suffix in ("ed", "ing"):  # a doubled final consonant: "flagged", "stopped", "planning"
            stem = word[: -len(suffix)]
            if word.endswith(suffix) and len(stem) > 2 and stem[-1] == stem[-2] and known(stem[:-1]):
                return True
        parts = word.split("-")  # a compound of known words: "over-read", "follow-up", "re-check"
        return len(parts) > 1 and all(p and (p in ("re", "co", "pre", "non") or self.known(p, known)) for p in parts)

    def _trimmed(self, text: str, s: int, e: int) -> tuple[int, int]:
        """Drop cue-noise words at either end ("YOUNG AT" -> "YOUNG", "at greywater …" ->
        "greywater …") and trailing punctuation."""
        while True:
            first = _WORD.search(text, s, e)
            if first is None or first.group().lower() not in self.trim or (
                    len(first.group()) == 1 and text[first.end():first.end() + 1] == "."):
                break  # (an initial is no pronoun: "Charge RN: I. Castellanos")
            s = first.end()
            while s < e and text[s] in " \t":
                s += 1
        while e > s:
            words = list(_WORD.finditer(text, s, e))
            if not words:
                return s, s
            last = words[-1]
            if last.group().lower() in self.trim and len(words) > 1:
                e = words[-2].end()
                continue
            if last.group().lower() in self.trim:
                return s, s
            return s, last.end()
        return s, e


def _words(value: object) -> frozenset[str]:
    """Lower-cased words of a list that may nest aliased lists one or more deep: a rule extends a shared
    list as ``heads: [*facility_heads, fisheries, freight]`` instead of copying it."""
    if isinstance(value, list | tuple):
        return frozenset().union(*(_words(v) for v in value)) if value else frozenset()
    return frozenset() if value is None else frozenset({str(value).lower()})


_FRAGMENT = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")


def _expand(regex: str, fragments: dict[str, str], heads: frozenset[str], where: str) -> str:
    """Fill ``{NAME}`` from the file's ``fragments`` (nested ones too) and ``{HEADS}`` from the rule's own head words
    (capitalised, longest first), so a list that a rule's regex and its word tests both need is written once:
    the credentials after a name, the states after a town, the suffixes that make a word a town."""
    def fill(m: re.Match) -> str:
        name = m.group(1)
        if name == "HEADS":
            if not heads:
                raise UserError(f"{where}: the regex uses {{HEADS}} but the rule has no heads")
            words = sorted(heads, key=lambda w: (-len(w), w))
            return "(?:" + "|".join(re.escape(w[:1].upper() + w[1:]) for w in words) + ")"
        if name not in fragments:
            raise UserError(f"{where}: unknown fragment {{{name}}}; define it under 'fragments:'")
        return fragments[name]

    for _ in range(10):
        regex, n = _FRAGMENT.subn(fill, regex)
        if n == 0:
            return regex
    raise UserError(f"{where}: fragments nest more than 10 deep (a fragment that names itself?)")


def _category(value: object, where: str) -> str:
    if str(value) not in _CATEGORIES:
        raise UserError(f"{where}: category must be one of {', '.join(_CATEGORIES)}")
    return str(value)


def _source(entry: dict, where: str) -> str:
    """The rule's ``regex``, or its ``table_column: {header, value}`` written out (one branch per column)."""
    table = entry.get("table_column")
    if table is None:
        return str(entry["regex"])
    return table_column_of(table, where)


@lru_cache(maxsize=4)
def load_cue_rules(rules_dir: Path | None = None) -> CueRules:
    path = (Path(rules_dir) if rules_dir is not None else data_path("pii_rules")) / "cues.yaml"
    try:
        data = yamlio.read(path)
    except OSError as err:
        raise UserError(f"{path}: cannot read the NER cue rules ({err.strerror}); reinstall lqs-clinical") from None
    except yaml.YAMLError as err:
        raise UserError(f"{path}: not valid YAML ({type(err).__name__}); fix the file") from None
    fragments = {str(k): str(v) for k, v in (data.get("fragments") or {}).items()}
    rules = []
    for i, entry in enumerate(data.get("rules") or []):
        where = f"{path}: rules[{i}]"
        try:
            category = str(entry["category"])
            regex = re.compile(_expand(_source(entry, where), fragments, _words(entry.get("heads")), where))
        except KeyError as err:
            raise UserError(f"{where}: missing key {err.args[0]!r}") from None
        except re.error as err:
            raise UserError(f"{where}: invalid regular expression ({err.msg})") from None
        _category(category, where)
        if regex.groups < 1:
            raise UserError(f"{where}: the regex needs a capture group for the identifier")
        rules.append(CueRule(name=str(entry.get("name", f"cue{i}")), category=category, regex=regex,
                             unknown=int(entry.get("unknown", 1)),
                             exclude=_words(entry.get("exclude")),
                             heads=_words(entry.get("heads")),
                             generic=_words(entry.get("generic")),
                             initials=bool(entry.get("initials", False)),
                             mask_after=bool(entry.get("mask_after", False)),
                             fallback=_category(entry.get("fallback"), where) if entry.get("fallback") else None,
                             retype=bool(entry.get("retype", False)),
                             retype_place=bool(entry.get("retype_place", False)),
                             places=bool(entry.get("places", False)),
                             listed=bool(entry.get("listed", False))))
    return CueRules(rules=tuple(rules), trim=frozenset(str(w).lower() for w in data.get("trim") or []))
