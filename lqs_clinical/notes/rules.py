"""Load the probe's rules from ``pii_rules/`` (pattern recognizers, NER allow-lists)."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from lqs_clinical import yamlio
from lqs_clinical.errors import UserError
from lqs_clinical.notes.table_regex import table_column_of
from lqs_clinical.resources import data_path

PATTERN_CATEGORIES = (
    "PHONE", "FAX", "PAGER", "EMAIL", "URL", "IP_ADDRESS", "SSN", "MRN", "ACCOUNT", "HEALTH_PLAN",
    "LICENSE", "ZIP", "STREET_ADDRESS", "DATE_REAL_YEAR", "AGE_OVER_89", "DEVICE_ID", "VEHICLE_ID",
)
NER_CATEGORIES = ("PERSON", "LOCATION", "ORGANIZATION")
ALL_CATEGORIES = PATTERN_CATEGORIES + NER_CATEGORIES

_PLACEHOLDER = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")  # never a quantifier ({2,3}), which has no letter


@dataclass(frozen=True)
class PatternRule:
    name: str
    category: str
    regex: str  # RE2 / Python-common syntax, placeholders expanded


@dataclass(frozen=True)
class ShadowRule:
    """Hits of ``regex`` are also hits of ``category``'s generic rule: subtract them there."""

    name: str
    category: str
    regex: str


@dataclass(frozen=True)
class PatternRules:
    mask: str
    mask_glue: str
    rules: tuple[PatternRule, ...]
    shadows: tuple[ShadowRule, ...]
    over_masking: tuple[tuple[str, str], ...]
    digest: str = field(default="")
    # HIPAA's "any other unique identifying number": counted only in text no rule, shadow,
    # not-identifier or deferred pattern matched (first rule wins, see ``claim_regexes``)
    catch_all: tuple[PatternRule, ...] = ()
    not_identifiers: tuple[tuple[str, str], ...] = ()  # (name, regex): win over the catch-all, count nothing
    # not-identifiers (``before_deferred: true``) that win over the deferred patterns too: claimed before they read
    deferred_rulings: tuple[tuple[str, str], ...] = ()
    # patterns marked ``defer: true``: counted only in text no rule, shadow or ruling (``deferred_rulings``)
    # matched, so an identifier they read that another rule reads too counts once, whatever the two readings' spans
    deferred: tuple[PatternRule, ...] = ()

    def claim_regexes(self) -> list[str]:
        """What a deferred pattern runs after: every rule, shadow and ruling on a deferred reading, in file
        order. Text any of them matches is masked first, so a deferred hit is never a second count of an
        identifier a rule found, nor one a shadow or a ruling has ruled out."""
        return [r.regex for r in self.rules] + [s.regex for s in self.shadows] + [rx for _, rx in self.deferred_rulings]

    def catch_claim_regexes(self) -> list[str]:
        """What the catch-all runs after, beyond :meth:`claim_regexes`: the not-identifiers and the deferred
        patterns, so a catch-all hit is never a second count of what they read or ruled out either."""
        return [rx for _, rx in self.not_identifiers] + [r.regex for r in self.deferred]


def _rules_dir(rules_dir: Path | None) -> Path:
    return Path(rules_dir) if rules_dir is not None else data_path("pii_rules")


def _read_yaml(path: Path) -> dict:
    try:
        data = yamlio.read(path)
    except FileNotFoundError as err:
        raise UserError(f"{path}: rules file not found; reinstall lqs-clinical or pass a rules folder") from err
    except yaml.YAMLError as err:
        raise UserError(f"{path}: not valid YAML ({type(err).__name__}); fix the file") from err
    if not isinstance(data, dict):
        raise UserError(f"{path}: expected a mapping at the top level")
    return data


@lru_cache(maxsize=8)
def load_pattern_rules(rules_dir: Path | None = None) -> PatternRules:
    path = _rules_dir(rules_dir) / "patterns.yaml"
    raw = path.read_bytes() if path.exists() else b""
    data = _read_yaml(path)
    frags: dict[str, str] = dict(data.get("fragments") or {})

    def expand(rx: str, where: str) -> str:
        for _ in range(5):
            new = _PLACEHOLDER.sub(lambda m: frags[m.group(1)] if m.group(1) in frags else m.group(0), rx)
            if new == rx:
                break
            rx = new
        left = _PLACEHOLDER.search(rx)
        if left:
            raise UserError(f"{path}: rule {where!r} uses undefined fragment {left.group(1)!r}")
        try:
            re.compile(rx, re.ASCII)
        except re.error as err:
            raise UserError(f"{path}: rule {where!r} has an invalid regex ({err.msg})") from err
        return rx

    def regex_of(rec: dict, key: str, where: str) -> str | None:
        """``key`` (``regex``/``shadow_regex``) as written, or a table column's (``table_column``/
        ``shadow_table_column``: ``{header, value}``) written out by ``table_column_regex``."""
        table = rec.get(key.replace("regex", "table_column"))
        if table is None:
            return rec.get(key)
        return table_column_of(table, f"{path}: rule {where!r}")

    rules: list[PatternRule] = []
    deferred: list[PatternRule] = []
    shadows: list[ShadowRule] = []
    for rec in data.get("recognizers") or []:
        cat = rec.get("supported_entity")
        if cat not in PATTERN_CATEGORIES:
            raise UserError(f"{path}: recognizer {rec.get('name')!r} has unknown category {cat!r}")
        for pat in rec.get("patterns") or []:
            rx = regex_of(pat, "regex", pat["name"])
            if rx is None:
                raise UserError(f"{path}: pattern {pat['name']!r} needs regex or table_column")
            (deferred if pat.get("defer") else rules).append(PatternRule(pat["name"], cat, expand(rx, pat["name"])))
        for target in rec.get("shadows") or []:
            pats = rec.get("patterns") or []
            rx = regex_of(rec, "shadow_regex", rec.get("name")) or (
                regex_of(pats[0], "regex", pats[0]["name"]) if len(pats) == 1 else None)
            if rx is None:
                raise UserError(f"{path}: recognizer {rec.get('name')!r} needs shadow_regex")
            shadows.append(ShadowRule(f"{rec['name']}->{target}", target, expand(rx, rec["name"])))
    over = tuple((o["name"], expand(o["regex"], o["name"])) for o in data.get("over_masking") or [])
    catch: list[PatternRule] = []
    for rec in data.get("catch_all") or []:
        if rec.get("supported_entity") not in PATTERN_CATEGORIES:
            raise UserError(f"{path}: catch-all rule {rec.get('name')!r} has unknown category "
                            f"{rec.get('supported_entity')!r}")
        catch.append(PatternRule(rec["name"], rec["supported_entity"], expand(rec["regex"], rec["name"])))
    not_ids = tuple((o["name"], expand(o["regex"], o["name"])) for o in data.get("not_identifiers") or []
                    if not o.get("before_deferred"))
    rulings = tuple((o["name"], expand(o["regex"], o["name"])) for o in data.get("not_identifiers") or []
                    if o.get("before_deferred"))
    return PatternRules(
        mask=data.get("mask", "_{3,}"),
        mask_glue=data["mask_glue"],
        rules=tuple(rules),
        shadows=tuple(shadows),
        over_masking=over,
        digest=hashlib.sha256(raw).hexdigest()[:16],
        catch_all=tuple(catch),
        deferred=tuple(deferred),
        deferred_rulings=rulings,
        not_identifiers=not_ids,
    )


@dataclass(frozen=True)
class NerRules:
    allow_tokens: frozenset[str]  # lower-case single words never part of an identifier (eponyms, drugs...)
    drug_tokens: frozenset[str]  # the single words of allow_drugs*.txt: a brand in brackets after one is no name
    allow_phrases: frozenset[str]  # multi-word/hyphenated terms; a span overlapping one in the note is dropped
    deny_locations: frozenset[str]  # gazetteer: capitalised occurrences are LOCATION hits
    places: frozenset[str]  # places_us/places_world, lower case: a place after a place cue even if also a word
    common_words: frozenset[str]  # capitalised sentence starters: a span made only of these is dropped
    facility_words: frozenset[str]  # a span holding one of these is a facility (ORGANIZATION)
    not_below_state: frozenset[str]  # states and countries: not PHI under Safe Harbor
    public_bodies: frozenset[str]  # public programmes and agencies: their offices identify nobody
    person_titles: frozenset[str]
    value_labels: frozenset[str]  # header fields whose value on the same line names a service, never a person
    device_makers: frozenset[str]  # device and scanner makers: the capitalised words after one name a product
    document_words: frozenset[str]  # a facility-like span holding one is a document's title, not a provider
    company_words: frozenset[str]  # a span ending in one is a drug maker or trial sponsor, no provider or employer
    payer_labels: frozenset[str]  # a name right after one of these and a colon is a payer, no provider or employer
    min_score: float
    entity_mapping: tuple[tuple[str, str], ...]
    digest: str


@lru_cache(maxsize=8)
def load_ner_rules(rules_dir: Path | None = None) -> NerRules:
    d = _rules_dir(rules_dir)
    path = d / "ner.yaml"
    data = _read_yaml(path)
    allow_tokens: set[str] = set()
    drug_tokens: set[str] = set()
    allow_phrases: set[str] = {p.lower() for p in data.get("allow_phrases") or []}
    common: set[str] = set()
    for f in sorted(d.glob("allow_*.txt")):
        if f.name.startswith("allow_common"):
            common.update(w.split("#", 1)[0].strip().lower() for w in f.read_text(encoding="utf-8").splitlines())
            continue
        for line in f.read_text(encoding="utf-8").splitlines():
            line = line.split("#", 1)[0].strip().lower()
            if line:
                (allow_phrases if (" " in line or "-" in line) else allow_tokens).add(line)
                if f.name.startswith("allow_drugs") and " " not in line and "-" not in line:
                    drug_tokens.add(line)
    # the digest keys the stored calibration: every file that changes what the NER tier reports
    cues = [d / "cues.yaml"] if (d / "cues.yaml").exists() else []
    places = [f for f in (d / "places_us.txt", d / "places_world.txt") if f.exists()]
    raw = b"".join(p.read_bytes() for p in [path, *cues, *places, *sorted(d.glob("allow_*.txt")),
                                            *sorted(d.glob("deny_*.txt"))])
    return NerRules(
        allow_tokens=frozenset(allow_tokens),
        drug_tokens=frozenset(drug_tokens),
        allow_phrases=frozenset(allow_phrases),
        common_words=frozenset(common - {""}),
        deny_locations=frozenset(_plain_lines(d / "deny_locations.txt")),
        places=frozenset(x.lower() for f in ("places_us.txt", "places_world.txt") for x in _plain_lines(d / f)),
        facility_words=frozenset(w.lower() for w in data.get("facility_words") or []),
        not_below_state=frozenset(w.lower() for w in data.get("not_below_state") or []),
        public_bodies=frozenset(w.lower() for w in data.get("public_bodies") or []),
        person_titles=frozenset(w.lower() for w in data.get("person_titles") or []),
        value_labels=frozenset(w.lower() for w in data.get("value_labels") or []),
        device_makers=frozenset(w.lower() for w in data.get("device_makers") or []),
        document_words=frozenset(w.lower() for w in data.get("document_words") or []),
        company_words=frozenset(w.lower() for w in data.get("company_words") or []),
        payer_labels=frozenset(w.lower() for w in data.get("payer_labels") or []),
        min_score=float(data.get("min_score", 0.5)),
        entity_mapping=tuple((data.get("model_to_presidio_entity_mapping") or {}).items()),
        digest=hashlib.sha256(raw).hexdigest()[:16],
    )


def _plain_lines(path: Path) -> list[str]:
    if not path.exists():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return out
