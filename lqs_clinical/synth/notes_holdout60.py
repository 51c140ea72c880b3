"""Held-out corpus 60: stroke network, telestroke and neurosurgery.

A comprehensive stroke centre (the hub) and its hub-and-spoke telestroke network, written as
MIMIC-IV-Note-shaped text: most identifiers are ``___``, unmasked dates are shifted into 2100-2200
and never labelled, about 58% of notes carry 1-4 identifiers that escaped masking, and 5% are heavy
notes (many ``___``, no plants).

Document kinds (note_type "discharge"):
  telestroke_consult, thrombolysis_decision, thrombectomy_transfer, neuro_icu_progress,
  craniotomy_op_note, evd_shunt_op_note, spine_op_note, neuronav_implant_log,
  gwtg_registry_abstraction, coordinator_followup_call, driving_rtw_letter, stroke_discharge_summary
Document kinds (note_type "radiology"):
  code_stroke_ct_cta, ct_perfusion, mri_brain_stroke, cerebral_angiography, shunt_series,
  postop_head_ct, spine_postop_imaging, carotid_duplex

Labelling conventions (the label policy):
PERSON is one span per name (given and family together, titles outside); LOCATION is a place below
state level (a street line is STREET_ADDRESS; town and ZIP are separate spans; states and countries
are never labelled, and "New York" alone is the state); ORGANIZATION is a named hospital, practice,
pharmacy (a chain's store too), agency, school or employer, never a generic department, and never a
drug maker, biotech or trial sponsor named as such (a jail, prison or court is one; a payer or
insurer named as such is not). DATE_REAL_YEAR is a whole date carrying a year 1900-2030 (a bare year
is not labelled; a device, drug or lot expiry date is not labelled; a death date is). AGE_OVER_89
labels the digits of ages >= 90. DEVICE_ID is a device serial (for a GS1 UDI only the (21) serial) or
a hospital asset tag; lot, GTIN, REF, model and expiry are not identifiers. A toll-free phone number
(800, 888, 877, 866, 855, 844, 833) is a public line: never labelled; a device maker's or vendor's
toll-free fax neither, a practice's toll-free fax is FAX. ACCOUNT covers account, encounter,
incident/run, accession, order, requisition, claim and specimen numbers, and a vendor's call or
session id for the patient's encounter; HEALTH_PLAN member, subscriber and policy ids (an employer's
group number is not the member's id: leave it unlabelled); LICENSE medical, nursing, EMS, DEA and
driver's licences and a clinician's NPI. Spans hold the value only: cue words ("Dr.", "MRN:",
"pager", "Fax", "SN", "plate", "Acct") and credentials ("MD", "RN") stay outside.

Corpus-specific choices under that policy: a telestroke vendor's session id and a transfer-centre
case number are ACCOUNT; a helicopter tail number, an ambulance plate and a patient's VIN are
VEHICLE_ID; a shunt valve's or ICP monitor's serial and a telestroke cart's asset tag are DEVICE_ID;
a county is a LOCATION; an EMS agency is an ORGANIZATION; Medicare MBIs and Medicaid CINs are
HEALTH_PLAN; device makers (Medtronic, Stryker, Codman, Brainlab ...), drug makers (Genentech),
payers, the GWTG registry, AHA/ASA guidance, public websites and toll-free lines stay unlabelled.

Written blind: I read only the corpus brief (bench/holdout_corpus_task.md),
lqs_clinical/synth/holdout_measure.py, the first 45 lines of lqs_clinical/synth/notes.py,
pyproject.toml, /work/shared/data/SOURCES.md, a few of the masked PyHealth note-shaped samples and
the top of /work/shared/reference/known-data-issues.md. No detector code, rule file, other corpus,
test or history was read, and the detector was never run on this corpus.
"""

# ruff: noqa: E501  (long clinical template strings)
from __future__ import annotations

import math
import random
import re
import sys
from collections.abc import Callable

from lqs_clinical.synth import holdout_measure
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

Part = str | tuple[str, str]

# --------------------------------------------------------------------------------------------------
# Deterministic schedule (Weyl sequences on the index, so totals are stable)
# --------------------------------------------------------------------------------------------------
_PHI = 0.6180339887498949
_R1 = 0.7548776662466927   # 1 / plastic number
_R2 = 0.5698402909980532   # 1 / plastic number ** 2
_S2 = 0.41421356237309515  # sqrt(2) - 1
_HEAVY_RESIDUE = 13
_PLANT_RATE = 0.58 / 0.95
_RADIOLOGY_RATE = 0.45


def _frac(x: float) -> float:
    return x - math.floor(x)


def _is_heavy(i: int) -> bool:
    return i % 20 == _HEAVY_RESIDUE


def _is_planted(seed: int, i: int) -> bool:
    return not _is_heavy(i) and _frac(i * _PHI + seed * 0.3183098861837907) < _PLANT_RATE


def _category(seed: int, i: int, j: int) -> str:
    return CATEGORIES[int(_frac((4 * i + j) * _S2 + seed * 0.2360679774997897) * len(CATEGORIES))]


# --------------------------------------------------------------------------------------------------
# Small helpers for filler
# --------------------------------------------------------------------------------------------------
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTHS_LONG = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December")


class _Opt(str):
    """A filler block that may be dropped to keep a note under the length limit."""


def _lk(la: list[str], s: str) -> str:
    la.append(s)
    return s


def _sd(rng: random.Random, la: list[str] | None = None) -> str:
    """A shifted (2100-2200) date: never labelled."""
    y, m, d = rng.randint(2105, 2195), rng.randint(1, 12), rng.randint(1, 28)
    f = rng.randrange(6)
    s = (f"{y}-{m:02d}-{d:02d}", f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{_MONTHS[m - 1]} {d}, {y}",
         f"{d:02d}-{_MONTHS[m - 1]}-{y}", f"{d} {_MONTHS_LONG[m - 1]} {y}")[f]
    if la is not None:
        la.append(s)
    return s


def _tm(rng: random.Random) -> str:
    return f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"


def _clock(minutes: int, colon: bool = True) -> str:
    minutes %= 24 * 60
    return f"{minutes // 60:02d}:{minutes % 60:02d}" if colon else f"{minutes // 60:02d}{minutes % 60:02d}"


def _age_phrase(rng: random.Random, la: list[str], sex: str | None = None) -> str:
    sex = sex or rng.choice(["woman", "man", "female", "male"])
    r = rng.random()
    if r < 0.6:
        return f"___ year old {sex}"
    age = rng.randint(38, 88)
    if r < 0.8:
        return _lk(la, f"{age}-year-old") + f" {sex}"
    return _lk(la, f"{age} y/o") + f" {sex}"


def _side(rng: random.Random) -> tuple[str, str]:
    return ("left", "right") if rng.random() < 0.5 else ("right", "left")


def _pick(rng: random.Random, la: list[str], pool: tuple[str, ...] | list[str]) -> str:
    return _lk(la, rng.choice(pool))


_TOLL_FREE = ("1-888-478-7653", "1-800-242-8721", "(877) 318-4420", "1-866-905-2271", "800-633-8766",
              "1-855-762-4432", "(844) 227-9011", "1-833-604-1180", "888.226.4747")
_PUBLIC_WEB = ("www.stroke.org", "https://www.cdc.gov/stroke/", "www.ninds.nih.gov", "https://clinicaltrials.gov",
               "www.heart.org/en/health-topics/stroke", "https://www.nia.nih.gov", "www.medlineplus.gov")
_STATES = ("New York", "Vermont", "Massachusetts", "Pennsylvania", "Connecticut", "New Jersey", "Ohio", "Florida")
_COUNTRIES = ("Canada", "Poland", "Jamaica", "India", "Ireland", "the Dominican Republic", "Vietnam")
_PMH = ("hypertension", "atrial fibrillation on apixaban (Eliquis)", "atrial fibrillation on rivaroxaban (Xarelto)",
        "type 2 diabetes on metformin", "hyperlipidemia on Lipitor", "prior TIA", "CKD stage 3a",
        "OSA on CPAP", "coronary disease s/p DES on Plavix", "heart failure (EF 35%)", "migraine with aura",
        "active tobacco use", "remote breast cancer", "peripheral arterial disease", "PFO (untreated)")
_OCCL = ("left M1 MCA", "right M1 MCA", "left ICA terminus", "right ICA terminus", "left proximal M2 (superior division)",
         "right proximal M2 (inferior division)", "mid basilar artery", "left tandem cervical ICA / M1",
         "right P1 PCA", "left distal M1 / MCA bifurcation")
_NIH_ITEMS = ("1a LOC", "1b LOC questions", "1c LOC commands", "2 Best gaze", "3 Visual fields", "4 Facial palsy",
              "5a Motor arm L", "5b Motor arm R", "6a Motor leg L", "6b Motor leg R", "7 Limb ataxia",
              "8 Sensory", "9 Best language", "10 Dysarthria", "11 Extinction/inattention")
_NIH_MAX = (3, 2, 2, 2, 3, 3, 4, 4, 4, 4, 2, 2, 3, 2, 2)


def _nihss(rng: random.Random, la: list[str], style: int | None = None) -> tuple[str, int]:
    sev = rng.random()
    vals = [min(mx, max(0, int(rng.random() * (mx + 1) * sev * 1.3))) for mx in _NIH_MAX]
    total = sum(vals)
    style = rng.randrange(3) if style is None else style
    if style == 0:
        rows = [f"  {name:<24}{v}" for name, v in zip(_NIH_ITEMS, vals, strict=True)]
        txt = "NIHSS:\n" + "\n".join(rows) + f"\n  {'TOTAL':<24}{total}"
    elif style == 1:
        txt = "NIHSS | " + " | ".join(f"{name.split()[0]}={v}" for name, v in zip(_NIH_ITEMS, vals, strict=True))
        txt += f" | total {total}"
    else:
        txt = (f"NIHSS {total} (LOC {vals[0]}/{vals[1]}/{vals[2]}, gaze {vals[3]}, VF {vals[4]}, face {vals[5]}, "
               f"arm {vals[6]}/{vals[7]}, leg {vals[8]}/{vals[9]}, ataxia {vals[10]}, sens {vals[11]}, "
               f"lang {vals[12]}, dysarthria {vals[13]}, neglect {vals[14]})")
    _lk(la, f"NIHSS {total}") if style == 2 else None
    return txt, total


# --------------------------------------------------------------------------------------------------
# Surrogate identifier values (fictitious)
# --------------------------------------------------------------------------------------------------
_FIRST = ("Anneliese", "Tomasz", "Marisol", "Dwayne", "Priyanka", "Oluwaseun", "Keiko", "Bartholomew", "Rosalind",
          "Desmond", "Ilse", "Mirela", "Quentin", "Yusuf", "Henrike", "Caoimhe", "Leopold", "Svetlana", "Jovan",
          "Thandiwe", "Ravi", "Ignatius", "Beatriz", "Casimir", "Odette", "Lachlan", "Fenella", "Emeka", "Soraya",
          "Wendell", "Gunnar", "Philippa", "Akosua", "Radomir", "Delphine", "Hollis", "Ximena", "Teodor",
          "Marguerite", "Ezekiel", "Noor", "Cormac", "Ludmila", "Tobiah", "Agnieszka", "Florentino")
_LAST = ("Korvath", "Vantreese", "Oduya", "Lindqvist", "Abernathy-Cole", "Szymanski", "Okonkwo", "Haverford",
         "Delacroix-Ruiz", "Pettibone", "Nakashima", "Brannigan", "Quiroga", "Volkmann", "Achterberg", "McTavish",
         "Oyelaran", "Castellanos", "Dunleavy", "Hrabowski", "Fairweather", "Ekwueme", "Marchetti", "Strzelecki",
         "Van Dusen", "O'Halloran", "Thibodeaux", "Raghunathan", "Kowalczyk", "Bellweather", "Iwasaki",
         "Mbeki-Tran", "Gallardo", "Sorensen", "Whitcombe", "Zelenko", "Amundsen", "Ferreira-Blum", "Lachapelle",
         "Tennant", "Wojcik", "Adebayo", "Ostrowski", "Duquesne")
_TOWNS = ("Cobleskill", "Gloversville", "Oneonta", "Saranac Lake", "Malone", "Ticonderoga", "Walton", "Norwich",
          "Herkimer", "Little Falls", "Johnstown", "Canajoharie", "Sidney", "Delhi", "Margaretville", "Catskill",
          "Hudson", "Coxsackie", "Granville", "Whitehall", "Bennington", "Pittsfield", "North Adams", "Rutland",
          "Schoharie County", "Delaware County", "Otsego County", "Greene County", "Fulton County",
          "Middleburgh", "Stamford", "Richfield Springs", "Cooperstown", "Hoosick Falls", "Cambridge",
          "Ballston Spa", "Fort Plain", "Tupper Lake", "Lake Placid", "Warrensburg")
_HOSP_SUFFIX = ("Regional Hospital", "Memorial Hospital", "Community Hospital", "Medical Center", "Health Center",
                "Area Hospital")
_HOSP_OTHER = ("St. Brigid's Hospital", "Our Lady of the Valley Medical Center", "Bassett-Hollow Community Hospital",
               "Mercy of the Mohawk Hospital", "Saint Casimir Medical Center", "Adirondack Lakes Hospital",
               "Valley Falls Memorial", "Tri-Town Medical Center")
_PRACTICE = ("Mohawk Valley Neurology Associates", "Catskill Family Practice", "Adirondack Spine & Pain, PLLC",
             "Riverbend Internal Medicine", "Greene Primary Care Partners", "Kinderhook Cardiology Group",
             "Upstate Neurosurgical Associates", "Schoharie Valley Family Health", "North Country Vascular, P.C.")
_PHARM = ("Kinney Drugs", "Price Chopper Pharmacy", "CVS Pharmacy", "Walgreens", "Hometown Apothecary",
          "Rite Aid Pharmacy", "Delhi Village Pharmacy", "Medicine Shoppe of Walton")
_EMPLOYER = ("Tessaro Precision Machining", "Mohawk Valley Community College", "Schoharie Central School District",
             "Greene County Highway Department", "Hannaford Supermarkets", "Amsterdam Police Department",
             "Corning Glassworks Outlet", "Adirondack Trailways", "Otsego Manor Nursing Home",
             "SUNY Delhi", "Stewart's Shops", "Oneonta City School District", "Fulton County Sheriff's Office")
_EMS = ("Cobleskill Volunteer Ambulance Corps", "Delaware County EMS", "Adirondack AirCare", "Mohawk Ambulance Service",
        "Northway Rescue Squad", "Greene County Paramedics", "LifeGuard Air 4 / Valley Air Medical")
_REHAB = ("Sunnyview Rehabilitation Hospital", "Pineview Skilled Nursing", "The Pines at Catskill",
          "Wesley Health Care Center", "Lakeshore Acute Rehab", "Ferncliff Nursing Home")
_STREETS = ("Orchard", "Van Rensselaer", "Pearl", "Mill Pond", "Schoolhouse", "Quarry", "Maple Ridge", "Division",
            "Lark", "Church", "Kinderhook", "Fox Hollow", "Hawthorne", "Glenwood", "Cider Mill", "Bleecker",
            "Tamarack", "Old Stage", "Sacandaga", "Bridge")
_SUFFIX = ("St", "Street", "Ave", "Avenue", "Rd", "Road", "Ln", "Lane", "Dr", "Blvd", "Ct", "Way", "Pl", "Terrace")
_DOMAINS = ("ridgelineneuro.org", "mohawkhealth.net", "gmail.com", "yahoo.com", "outlook.com", "cobleskillregional.org",
            "tessaroprecision.com", "catskillfp.com", "upstatensa.org", "aol.com", "icloud.com", "valleycsc.org")
_AREA = ("518", "607", "315", "845", "413", "802", "914", "716", "585", "347", "929", "838")
_TF_AREA = ("800", "888", "877", "866", "855", "844")
_VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _v_person(rng: random.Random) -> str:
    f, last = rng.choice(_FIRST), rng.choice(_LAST)
    k = rng.randrange(8)
    if k == 0:
        return f"{last}, {f}"
    if k == 1:
        return f"{f} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {last}"
    if k == 2:
        return f"{f[0]}. {last}"
    if k == 3:
        return f"{last.upper()}, {f.upper()}"
    return f"{f} {last}"


def _v_person_full(rng: random.Random) -> str:
    return f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"


def _v_surname(rng: random.Random) -> str:
    return rng.choice(_LAST)


def _phone_fmt(rng: random.Random, area: str) -> str:
    ex = str(rng.randint(201, 989))
    ln = _digits(rng, 4)
    k = rng.randrange(7)
    return (f"({area}) {ex}-{ln}", f"{area}-{ex}-{ln}", f"{area}.{ex}.{ln}", f"{area} {ex} {ln}",
            f"+1 {area} {ex} {ln}", f"{area}{ex}{ln}", f"({area}){ex}-{ln}")[k]


def _v_phone(rng: random.Random) -> str:
    return _phone_fmt(rng, rng.choice(_AREA))


def _v_tf_fax(rng: random.Random) -> str:
    a = rng.choice(_TF_AREA)
    return rng.choice([f"1-{a}-{rng.randint(201, 989)}-{_digits(rng, 4)}", f"({a}) {rng.randint(201, 989)}-{_digits(rng, 4)}"])


def _v_pager(rng: random.Random) -> str:
    k = rng.randrange(5)
    if k == 0:
        return f"{rng.randint(2, 9)}-{_digits(rng, 4)}"
    if k == 1:
        return str(rng.randint(30000, 89999))
    if k == 2:
        return str(rng.randint(1000, 9999))
    if k == 3:
        return f"{rng.choice(_AREA)}-{rng.randint(201, 989)}-{_digits(rng, 4)}"
    return f"{rng.randint(2, 9)}{rng.randint(0, 9)}-{_digits(rng, 3)}"


def _v_email(rng: random.Random) -> str:
    f, last = rng.choice(_FIRST).lower(), re.sub(r"[^a-z]", "", rng.choice(_LAST).lower())
    k = rng.randrange(5)
    user = (f"{f}.{last}", f"{f[0]}{last}", f"{last}{rng.randint(2, 99)}", f"{f}_{last[:4]}", f"{last}.{f[0]}")[k]
    return f"{user}@{rng.choice(_DOMAINS)}"


def _v_url(rng: random.Random) -> str:
    tok = "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(rng.randint(6, 10)))
    dom = rng.choice(("ridgelineneuro.org", "valleycsc.org", "mohawkhealth.net", "cobleskillregional.org",
                      "upstatensa.org"))
    k = rng.randrange(5)
    if k == 0:
        return f"https://tele.{dom}/session/{tok}"
    if k == 1:
        return f"https://portal.{dom}/mychart/msg/{tok}"
    if k == 2:
        name = re.sub(r"[^a-z]", "", rng.choice(_FIRST).lower())
        return f"www.gofundme.com/f/{name}-{re.sub(r'[^a-z]', '', rng.choice(_LAST).lower())}-stroke-recovery"
    if k == 3:
        return f"https://imageshare.{dom}/v/{tok}"
    return f"http://pacs-web.{dom}:8080/viewer?study={tok}"


def _v_ip(rng: random.Random) -> str:
    k = rng.randrange(4)
    if k == 0:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if k == 1:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if k == 2:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return f"{rng.choice((63, 74, 108, 146, 204))}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def _v_ssn(rng: random.Random) -> str:
    a, b, c = rng.randint(101, 665), rng.randint(10, 99), rng.randint(1001, 9999)
    return rng.choice([f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}"])


def _v_mrn(rng: random.Random) -> str:
    k = rng.randrange(4)
    if k == 0:
        return str(rng.randint(1000000, 9999999))
    if k == 1:
        return f"00{rng.randint(100000, 999999)}"
    if k == 2:
        return f"{rng.choice('EHKM')}{rng.randint(1000000, 9999999)}"
    return f"{rng.randint(10, 99)}-{rng.randint(100000, 999999)}"


def _v_account(rng: random.Random) -> str:
    k = rng.randrange(7)
    if k == 0:
        return f"CT{rng.randint(1000000, 9999999)}"
    if k == 1:
        return f"RAD-{rng.randint(10000000, 99999999)}"
    if k == 2:
        return f"E{rng.randint(1000000000, 9999999999)}"
    if k == 3:
        return f"TC-{rng.randint(21, 29)}-{rng.randint(10000, 99999)}"
    if k == 4:
        return "TS-" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(3)) + str(rng.randint(1000, 9999))
    if k == 5:
        return f"{rng.randint(600000000, 699999999)}"
    return f"HAR{rng.randint(10000000, 99999999)}"


def _v_mbi(rng: random.Random) -> str:
    al = "ACDEFGHJKMNPQRTUVWXY"
    an = al + "0123456789"
    s = (str(rng.randint(1, 9)) + rng.choice(al) + rng.choice(an) + str(rng.randint(0, 9)) + "-" + rng.choice(al)
         + rng.choice(an) + str(rng.randint(0, 9)) + "-" + rng.choice(al) + rng.choice(al) + _digits(rng, 2))
    return s if rng.random() < 0.6 else s.replace("-", "")


def _v_cin(rng: random.Random) -> str:
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return rng.choice(L) + rng.choice(L) + _digits(rng, 5) + rng.choice(L)


def _v_member(rng: random.Random) -> str:
    k = rng.randrange(5)
    if k == 0:
        return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + _digits(rng, 9)
    if k == 1:
        return f"W{_digits(rng, 4)} {_digits(rng, 5)}"
    if k == 2:
        return f"{rng.choice(('ZGP', 'YLH', 'QMK'))} {_digits(rng, 4)} {_digits(rng, 4)}"
    if k == 3:
        return _v_mbi(rng)
    return f"{_digits(rng, 9)}-0{rng.randint(1, 3)}"


def _v_npi(rng: random.Random) -> str:
    return f"{rng.choice('12')}{_digits(rng, 9)}"


def _v_dea(rng: random.Random) -> str:
    return rng.choice("ABFM") + rng.choice("ABCDEFGHKLMNOPRSTW") + _digits(rng, 7)


def _v_statelic(rng: random.Random) -> str:
    return rng.choice([str(rng.randint(200000, 349999)), f"{rng.randint(200000, 349999)}-1", f"0{rng.randint(100000, 999999)}"])


def _v_dl(rng: random.Random) -> str:
    d = _digits(rng, 9)
    return rng.choice([d, f"{d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}"])


def _v_license(rng: random.Random) -> str:
    return rng.choice([_v_npi, _v_dea, _v_statelic])(rng)


def _v_zip(rng: random.Random) -> str:
    z = f"{rng.choice(('12', '13', '01', '05'))}{_digits(rng, 3)}"
    return z if rng.random() < 0.75 else f"{z}-{_digits(rng, 4)}"


def _v_street(rng: random.Random) -> str:
    k = rng.randrange(6)
    n = rng.randint(3, 2999)
    if k == 0:
        return f"{n} State Route {rng.randint(7, 145)}"
    if k == 1:
        return f"{n} County Rd {rng.randint(2, 58)}"
    st = f"{rng.choice(_STREETS)} {rng.choice(_SUFFIX)}"
    if k == 2:
        return f"{n} {rng.choice(('N.', 'S.', 'E.', 'W.'))} {st}"
    if k == 3:
        return f"{n} {st}, Apt {rng.randint(1, 6)}{rng.choice('ABCD')}"
    return f"{n} {st}"


def _v_date(rng: random.Random, lo: int = 1931, hi: int = 2029) -> str:
    y, m, d = rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)
    k = rng.randrange(8)
    return (f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{_MONTHS_LONG[m - 1]} {d}, {y}", f"{d:02d}-{_MONTHS[m - 1]}-{y}",
            f"{y}-{m:02d}-{d:02d}", f"{d} {_MONTHS_LONG[m - 1]} {y}", f"{_MONTHS[m - 1]} {d} {y}",
            f"{m:02d}.{d:02d}.{y}")[k]


def _v_dob(rng: random.Random) -> str:
    return _v_date(rng, 1926, 1990)


def _v_recent_date(rng: random.Random) -> str:
    return _v_date(rng, 2008, 2026)


def _v_age(rng: random.Random) -> str:
    return str(rng.choice((90, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 101, 103)))


def _v_device(rng: random.Random) -> str:
    k = rng.randrange(5)
    if k == 0:
        return f"{rng.randint(1, 9)}{rng.choice('JKMRT')}{rng.choice('JKMRT')}{_digits(rng, 6)}"
    if k == 1:
        return f"SR{_digits(rng, 5)}"
    if k == 2:
        return f"BME-{_digits(rng, 7)}"
    if k == 3:
        return f"NV-{rng.randint(10, 99)}X{_digits(rng, 4)}"
    return f"C{_digits(rng, 4)}-{_digits(rng, 4)}"


def _v_serial(rng: random.Random) -> str:
    return rng.choice([f"{rng.randint(1, 9)}{rng.choice('JKMRT')}{rng.choice('JKMRT')}{_digits(rng, 6)}",
                       f"SR{_digits(rng, 5)}", f"C{_digits(rng, 4)}-{_digits(rng, 4)}", f"HK{_digits(rng, 6)}"])


def _v_asset(rng: random.Random) -> str:
    return rng.choice([f"BME-{_digits(rng, 7)}", f"NV-{rng.randint(10, 99)}X{_digits(rng, 4)}", f"AT{_digits(rng, 6)}",
                       f"CE {_digits(rng, 5)}"])


def _v_tail(rng: random.Random) -> str:
    return f"N{rng.randint(100, 9999)}{rng.choice(('', 'L', 'MV', 'AC', 'LF', 'H'))}"


def _v_plate(rng: random.Random) -> str:
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return rng.choice([f"{rng.choice(L)}{rng.choice(L)}{rng.choice(L)}-{_digits(rng, 4)}",
                       f"{rng.choice(L)}{rng.choice(L)}{rng.choice(L)} {_digits(rng, 4)}", f"{_digits(rng, 5)}-AM"])


def _v_vin(rng: random.Random) -> str:
    return rng.choice("12345JKW") + "".join(rng.choice(_VIN_CH) for _ in range(16))


def _v_vehicle(rng: random.Random) -> str:
    return rng.choice([_v_tail, _v_plate, _v_vin])(rng)


def _v_town(rng: random.Random) -> str:
    return rng.choice(_TOWNS)


def _v_hosp(rng: random.Random) -> str:
    if rng.random() < 0.35:
        return rng.choice(_HOSP_OTHER)
    town = rng.choice([t for t in _TOWNS if "County" not in t])
    return f"{town} {rng.choice(_HOSP_SUFFIX)}"


def _v_org(rng: random.Random) -> str:
    return rng.choice([_v_hosp, lambda r: r.choice(_PRACTICE), lambda r: r.choice(_PHARM),
                       lambda r: r.choice(_EMPLOYER), lambda r: r.choice(_EMS), lambda r: r.choice(_REHAB)])(rng)


_VALUE: dict[str, Callable[[random.Random], str]] = {
    "PHONE": _v_phone, "FAX": _v_phone, "tf_fax": _v_tf_fax, "PAGER": _v_pager, "EMAIL": _v_email, "URL": _v_url,
    "IP_ADDRESS": _v_ip, "SSN": _v_ssn, "MRN": _v_mrn, "ACCOUNT": _v_account, "HEALTH_PLAN": _v_member,
    "mbi": _v_mbi, "cin": _v_cin, "LICENSE": _v_license, "npi": _v_npi, "dea": _v_dea, "statelic": _v_statelic,
    "dl": _v_dl, "ZIP": _v_zip, "STREET_ADDRESS": _v_street, "DATE_REAL_YEAR": _v_recent_date, "dob": _v_dob,
    "AGE_OVER_89": _v_age, "DEVICE_ID": _v_device, "serial": _v_serial, "asset": _v_asset,
    "VEHICLE_ID": _v_vehicle, "tail": _v_tail, "plate": _v_plate, "vin": _v_vin, "PERSON": _v_person,
    "full": _v_person_full, "surname": _v_surname, "LOCATION": _v_town, "ORGANIZATION": _v_org, "hosp": _v_hosp,
    "practice": lambda r: r.choice(_PRACTICE), "pharm": lambda r: r.choice(_PHARM),
    "employer": lambda r: r.choice(_EMPLOYER), "ems": lambda r: r.choice(_EMS), "rehab": lambda r: r.choice(_REHAB),
}

# --------------------------------------------------------------------------------------------------
# Plant templates: (note types "b"/"d"/"r", placement "t"/"m"/"e", text with {V}, value key or None)
# Other placeholders: {M} ___, {D} shifted date, {T} time, {G} group number, {TF} toll-free line,
# {LOT} lot number, {EXP} expiry date, {VALVE} valve brand. Look-alikes they insert are recorded.
# --------------------------------------------------------------------------------------------------
_T = tuple[str, str, str, str | None]
_TEMPLATES: dict[str, list[_T]] = {
    "PHONE": [
        ("d", "m", "Daughter {M} (HCP) can be reached at {V}; prefers calls after 3 pm.", None),
        ("d", "m", "Spoke ED callback: {V} (ask for the charge RN).", None),
        ("b", "e", "Critical result called to {M} at {T}, callback number {V}.", None),
        ("d", "e", "Contacts:\n  Home ph ........ {V}\n  Cell ........... {M}\n  Stroke line .... {TF}", None),
        ("d", "m", "| Role | Name | Contact |\n|---|---|---|\n| Caregiver | {M} | {V} |\n| PCP | {M} | {M} |", None),
        ("d", "m", "Pt states best number is now {V} (old number on file disconnected).", None),
        ("b", "t", "Ordering provider: {M}    Ph: {V}", None),
        ("d", "m", "Left voicemail x2 at {V}; no return call as of {D}.", None),
        ("r", "e", "Preliminary read phoned to spoke ED ({M}) at {V} at {T}; read-back confirmed.", None),
        ("d", "m", "son's cell -\n{V}", None),
        ("b", "e", "If questions pls call reading room @ {V}", None),
        ("d", "e", "Transfer RN direct line tel. {V} (not the general {TF}).", None),
        ("r", "t", "Referring ED phone:{V}", None),
    ],
    "FAX": [
        ("d", "e", "cc: PCP {M} via fax {V}", None),
        ("d", "e", "Fax completed letter to {V} (Attn: HR, {M}).", None),
        ("b", "e", "Report faxed to ordering office, fax# {V}, at {T}.", None),
        ("d", "t", "FAX COVER -- TO: {M} Neurology   FAX: {V}   PAGES: 4", None),
        ("d", "m", "Spoke records faxed from {V} (received 11 pages).", None),
        ("r", "e", "Copy to: {M}, MD -- F: {V}", None),
        ("d", "e", "Fx {V}", None),
        ("d", "m", "| Rehab intake | phone {M} | fax | {V} |", None),
        ("d", "e", "Practice toll-free fax {V} (confirmed with office manager).", "tf_fax"),
        ("b", "e", "Outside practice fax:\n{V}", None),
        ("r", "t", "Send final to fax {V}", None),
    ],
    "PAGER": [
        ("b", "e", "Please page neurosurgery resident on call, pager {V}, with any change.", None),
        ("d", "m", "Stroke fellow pgr {V}", None),
        ("r", "e", "Discussed with neuro-IR fellow (p. {V}) at {T}.", None),
        ("d", "e", "{M} NP, beeper {V}", None),
        ("d", "m", "Code stroke pager #{V} activated at {T}.", None),
        ("b", "t", "Contact: neuro ICU attending -- Pager: {V}", None),
        ("d", "m", "| NSGY chief | pgr | {V} |\n| Stroke attending | pgr | {M} |", None),
        ("r", "e", "Page {V} for STAT reads after 2300.", None),
        ("d", "e", "Covering: {M} (pager{SP}{V})", None),
    ],
    "EMAIL": [
        ("d", "e", "Questions: email the stroke coordinator {M} at {V}.", None),
        ("d", "m", "Pt's daughter requested records be sent to {V}", None),
        ("b", "e", "Images shared to {V} for outside review.", None),
        ("d", "t", "From: {V}\nSent: {D} {T}\nSubject: RE: transfer {M}", None),
        ("d", "e", "e-mail: {V}", None),
        ("d", "m", "Employer HR contact: {M} <{V}>", None),
        ("r", "e", "Report distribution: {V}; {M}", None),
        ("d", "m", "Emial from wife ({V}) forwarded to chart.", None),
        ("d", "e", "Send the driving medical form to pt at {V} once signed.", None),
    ],
    "URL": [
        ("b", "e", "Telestroke session recording: {V}", None),
        ("d", "m", "Pt uploads home BP log via portal link {V}", None),
        ("r", "e", "Outside images available at {V} (link expires in 7 days).", None),
        ("d", "e", "Video visit link sent: {V}", None),
        ("b", "m", "Key images: {V}", None),
        ("d", "m", "Family set up a fundraising page ({V}) and asked that it not be shared.", None),
        ("d", "t", "Source doc: {V}", None),
        ("r", "t", "Viewer link <{V}>", None),
    ],
    "IP_ADDRESS": [
        ("b", "e", "Images pushed from spoke PACS node {V} (AE title SPOKE_CT1).", None),
        ("d", "m", "Telestroke cart IP {V} - reconnect required x1 at {T}.", None),
        ("r", "t", "Modality: CT2 / host {V}", None),
        ("b", "e", "[sys] DICOM C-STORE from {V}:104 status=0000 (success)", None),
        ("d", "e", "Audit: chart opened from workstation {V}.", None),
        ("r", "e", "Viz LVO relay source {V}", None),
        ("d", "m", "| Cart | StrokeCart-3 | IP | {V} |\n| Codec | H.264 | bitrate | 1.5 Mbps |", None),
        ("b", "e", "Navigation station network address {V} (static).", None),
    ],
    "SSN": [
        ("d", "t", "SSN: {V}", None),
        ("d", "m", "Disability paperwork (SS# {V}) completed for short-term leave.", None),
        ("d", "m", "| SSN | {V} |\n| DOB | {M} |", None),
        ("d", "e", "Social Security No. {V} verified by registration.", None),
        ("r", "t", "Pt ID (SSN) {V}", None),
        ("d", "m", "social {V} per face sheet", None),
        ("b", "t", "SS#:{V}", None),
    ],
    "MRN": [
        ("b", "t", "MRN: {V}", None),
        ("d", "t", "Spoke MRN {V} / Hub MRN {M}", None),
        ("b", "t", "Name:  {M}                  Unit No:   {V}", None),
        ("r", "t", "MR# {V}    Acc: {M}", None),
        ("d", "m", "Outside records filed under medical record number {V}.", None),
        ("d", "m", "| MRN | {V} | DOB | {M} |", None),
        ("b", "e", "Merged duplicate chart; surviving MRN {V}.", None),
        ("d", "t", "Pt: {M} (MRN{SP}{V})", None),
        ("r", "t", "Patient ID ....... {V}", None),
    ],
    "ACCOUNT": [
        ("r", "t", "Accession: {V}", None),
        ("r", "t", "ACC # {V}", None),
        ("b", "t", "Encounter: {V}", None),
        ("d", "m", "Transfer Center case {V} opened at {T}.", None),
        ("d", "m", "Teleneurology session ID {V} (vendor log)", None),
        ("b", "e", "Order #{V} -- CTA head/neck", None),
        ("d", "m", "Claim no. {V} pended for prior auth.", None),
        ("d", "m", "Specimen {V} to pathology (frozen section).", None),
        ("b", "e", "Requisition: {V}", None),
        ("d", "m", "EMS run # {V}", None),
        ("d", "m", "Acct: {V}", None),
        ("d", "m", "Interpreter vendor call ID {V} (Polish, video).", None),
    ],
    "HEALTH_PLAN": [
        ("d", "t", "Insurance: Medicare A/B, MBI {V}", "mbi"),
        ("d", "m", "Member ID {V} ({G} -- employer plan)", None),
        ("d", "m", "Medicaid CIN {V}", "cin"),
        ("d", "m", "| Payer | {M} | Subscriber ID | {V} |", None),
        ("b", "t", "Policy #: {V}", None),
        ("d", "e", "Prior auth submitted under member {V}.", None),
        ("r", "t", "Ins ID {V}", None),
        ("d", "m", "secondary coverage ID: {V}", None),
    ],
    "LICENSE": [
        ("b", "e", "Electronically signed: {M}, MD   NPI {V}", "npi"),
        ("d", "e", "DEA: {V}", "dea"),
        ("d", "m", "Paramedic {M} (NYS EMS cert {V}) gave report at bedside.", "statelic"),
        ("d", "e", "License #{V}", "statelic"),
        ("d", "m", "Pt's driver license no. {V} -- surrendered voluntarily per pt.", "dl"),
        ("r", "e", "Interpreting radiologist NPI: {V}", "npi"),
        ("d", "e", "{M}, RN  lic {V}", "statelic"),
        ("d", "m", "| Teleneurologist | {M} | NY Lic | {V} |", "statelic"),
        ("d", "e", "Prescriber NPI/DEA: {V} / {M}", "npi"),
        ("d", "m", "DL#: {V} (per pt wallet)", "dl"),
    ],
    "ZIP": [
        ("d", "m", "Home: {M} {M} St, {M}, NY {V}", None),
        ("d", "e", "Mail to {M}, PO Box {M}, {M} {V}", None),
        ("b", "t", "Pt ZIP {V}", None),
        ("d", "m", "Lives alone in a rural area ({V}), 40 min from the spoke ED.", None),
        ("d", "m", "| Zip | {V} |\n| County | {M} |", None),
        ("r", "t", "Pt addr on req: {M}, {V}", None),
        ("d", "m", "zip code {V} - outside primary service area", None),
    ],
    "STREET_ADDRESS": [
        ("d", "m", "Discharge to home at {V}, {M} (lives with spouse).", None),
        ("d", "m", "Address: {V}\n         {M}, NY {M}", None),
        ("d", "e", "EMS picked up pt at {V} (found by neighbor).", None),
        ("b", "t", "Pt address: {V}, {M}", None),
        ("d", "m", "| Street | {V} |\n| Town | {M} |", None),
        ("d", "m", "Mailed letter to {V} per pt request.", None),
        ("r", "t", "Ref. addr {V}", None),
        ("d", "m", "Scene: {V} -- fall at home", None),
    ],
    "DATE_REAL_YEAR": [
        ("d", "m", "Prior stroke {V} (outside records), residual mild aphasia.", None),
        ("d", "t", "DOB: {V}", "dob"),
        ("d", "m", "Pt expired on {V} at {T}; family at bedside.", None),
        ("b", "m", "Comparison: outside MRI dated {V}.", None),
        ("d", "e", "Letter dated {V}", None),
        ("d", "m", "| Prior VP shunt | {V} | {M} |", None),
        ("d", "m", "Previous craniotomy on {V} at {M}.", None),
        ("r", "t", "Exam date: {V}", None),
        ("d", "m", "Date of birth\n{V}", "dob"),
        ("r", "m", "COMPARISON: CT head {V} (outside).", None),
    ],
    "AGE_OVER_89": [
        ("b", "t", "{V}-year-old woman with sudden aphasia.", None),
        ("d", "m", "Pt is {V} yo, lives independently, mRS 1 at baseline.", None),
        ("b", "m", "Age: {V}", None),
        ("d", "m", "Given age ({V}) and frailty, family declined thrombectomy.", None),
        ("r", "t", "INDICATION: {V} y/o M with fall on apixaban, r/o bleed.", None),
        ("d", "m", "| Age | {V} |", None),
        ("d", "m", "Nonagenarian (age {V}) with good premorbid function.", None),
        ("d", "m", "Aged {V}; still drives locally per family.", None),
        ("r", "t", "HISTORY: {V} year old with new left weakness.", None),
    ],
    "DEVICE_ID": [
        ("d", "m", "Programmable valve {VALVE}, SN {V}, set to 1.5.", "serial"),
        ("d", "m", "UDI (01){GTIN}(17)27{EXPMD}(10){LOT}(21){V}", "serial"),
        ("b", "e", "Telestroke cart asset tag {V}", "asset"),
        ("d", "m", "| Camino ICP monitor | S/N | {V} |", "serial"),
        ("d", "m", "ICP bolt serial {V}", "serial"),
        ("r", "m", "Shunt valve (serial no. {V} per op note) appears intact.", "serial"),
        ("b", "e", "Scanner asset #{V}", "asset"),
        ("d", "m", "Nicardipine via Alaris pump asset {V}.", "asset"),
        ("d", "m", "Navigation reference array s/n: {V}", "serial"),
    ],
    "VEHICLE_ID": [
        ("d", "m", "Rotor-wing transport, tail {V}, wheels up {T}.", "tail"),
        ("d", "m", "ALS ambulance (plate {V}) departed spoke at {T}.", "plate"),
        ("d", "m", "Pt's car, VIN {V}, left in the ED lot; family to retrieve.", "vin"),
        ("d", "m", "| Aircraft | {V} | ETA | {T} |", "tail"),
        ("b", "e", "Transport unit reg. {V}", None),
        ("d", "m", "MVC: driver of vehicle {V} per police report.", "vin"),
        ("r", "t", "Hx: transferred by air ({V}) from spoke.", "tail"),
        ("d", "m", "Helicopter {V} grounded for weather -> ground ALS instead.", "tail"),
    ],
    "PERSON": [
        ("d", "m", "Discussed with daughter {V} (HCP) by phone.", None),
        ("b", "e", "Dictated by: {V}, MD", None),
        ("b", "t", "Attending: {V}", None),
        ("d", "m", "Spoke ED physician Dr. {V} presented the case.", "surname"),
        ("d", "e", "-- {V}, RN, Stroke Coordinator", None),
        ("r", "e", "Findings discussed with Dr. {V} at {T}.", None),
        ("d", "m", "| Transfer accepted by | {V} |\n| Time | {T} |", None),
        ("d", "m", "pt's husband, {V}, at bedside", "full"),
        ("d", "e", "Sincerely,\n\n{V}\nVascular Neurology", "full"),
        ("d", "m", "Circulating RN: {V}; Scrub: {M}", None),
        ("b", "e", "Addendum ({D} {T}) by {V}: no change to impression.", None),
    ],
    "LOCATION": [
        ("d", "m", "Pt was at a family gathering in {V} when symptoms began.", None),
        ("d", "m", "Lives in {V}, about 50 miles from the hub.", None),
        ("b", "t", "Referring site: {M} ED, {V}", None),
        ("d", "m", "Transferred from {V} by ground.", None),
        ("d", "m", "| Home town | {V} |", None),
        ("r", "t", "HISTORY: fall at home in {V}, on warfarin.", None),
        ("d", "m", "Will follow up at the outreach clinic in {V}.", None),
        ("d", "m", "Returned from a trip to {V} last week.", None),
    ],
    "ORGANIZATION": [
        ("d", "m", "Outside hospital: {V} (spoke), door time {T}.", "hosp"),
        ("d", "m", "Pt works at {V}; FMLA forms requested.", "employer"),
        ("b", "t", "Referring facility: {V}", "hosp"),
        ("d", "e", "Rx sent to {V} on {M} St.", "pharm"),
        ("d", "m", "Discharged to {V} for rehab.", "rehab"),
        ("r", "e", "Outside study from {V} reviewed on PACS.", "hosp"),
        ("d", "m", "| Spoke | {V} | tele cart 2 |", "hosp"),
        ("d", "m", "EMS agency: {V}", "ems"),
        ("d", "m", "Follows with {V} for primary care.", "practice"),
        ("d", "m", "Employer: {V} (return-to-work letter requested).", "employer"),
    ],
}

_VALVES = ("Codman Certas Plus", "Codman Hakim", "Medtronic Strata II", "Aesculap proGAV 2.0", "Sophysa Polaris")


def _fill(rng: random.Random, template: str, value: str, la: list[str]) -> list[Part]:
    """Turn a template into parts with the value as a labelled part; other placeholders are filled."""
    parts: list[Part] = []
    pos = 0
    for m in re.finditer(r"\{(\w+)\}", template):
        parts.append(template[pos:m.start()])
        key = m.group(1)
        if key == "V":
            parts.append((value, ""))
        elif key == "M":
            parts.append("___")
        elif key == "D":
            parts.append(_sd(rng, la))
        elif key == "T":
            parts.append(_tm(rng))
        elif key == "SP":
            parts.append(rng.choice([" ", ": ", " #", "- "]))
        elif key == "G":
            parts.append(_lk(la, f"Group {rng.randint(100, 99999):05d}"))
        elif key == "TF":
            parts.append(_lk(la, rng.choice(_TOLL_FREE)))
        elif key == "LOT":
            parts.append(_lk(la, f"L{_digits(rng, 6)}"))
        elif key == "GTIN":
            parts.append(_lk(la, "00643169" + _digits(rng, 6)))
        elif key == "EXPMD":
            parts.append(f"{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}")
        elif key == "VALVE":
            parts.append(_lk(la, rng.choice(_VALVES)))
        else:  # pragma: no cover - template typo
            raise KeyError(key)
        pos = m.end()
    parts.append(template[pos:])
    return [p for p in parts if p != ""]


def _plant(rng: random.Random, cat: str, note_type: str, la: list[str]) -> tuple[list[Part], str]:
    code = "r" if note_type == "radiology" else "d"
    options = [t for t in _TEMPLATES[cat] if t[0] in ("b", code)]
    kinds, place, text, vkey = rng.choice(options)
    value = _VALUE[vkey or cat](rng)
    parts = _fill(rng, text, value, la)
    return [(p[0], cat) if isinstance(p, tuple) else p for p in parts], place


# --------------------------------------------------------------------------------------------------
# Document builders: each returns blocks (str, _Opt(str) for droppable filler)
# --------------------------------------------------------------------------------------------------
Block = str | list[Part]


def _exp(rng: random.Random, la: list[str]) -> str:
    y, m, d = rng.randint(2025, 2029), rng.randint(1, 12), rng.randint(1, 28)
    return _lk(la, rng.choice([f"Exp {y}-{m:02d}-{d:02d}", f"EXP {m:02d}/{d:02d}/{y}", f"exp. {d:02d}-{_MONTHS[m - 1]}-{y}",
                               f"Expiry {y}-{m:02d}", f"Use by (exp) {m:02d}/{d:02d}/{y}"]))


def _lot(rng: random.Random, la: list[str]) -> str:
    return _lk(la, rng.choice([f"Lot {_digits(rng, 7)}", f"LOT {rng.choice('ABCHK')}{_digits(rng, 6)}",
                               f"lot# {_digits(rng, 2)}{rng.choice('KMPX')}{_digits(rng, 4)}"]))


def _ref(rng: random.Random, la: list[str]) -> str:
    return _lk(la, rng.choice([f"REF {rng.randint(10, 99)}-{rng.randint(1000, 9999)}", f"REF {_digits(rng, 6)}",
                               f"Cat. {rng.choice('ABCDKM')}{_digits(rng, 5)}"]))


def _k_telestroke(rng: random.Random, la: list[str]) -> list[Block]:
    s, o = _side(rng)
    lkw = rng.randint(0, 1380)
    door = lkw + rng.randint(35, 190)
    start = door + rng.randint(6, 24)
    dec = start + rng.randint(8, 28)
    plat = rng.choice(("InTouch Lite 4", "Teladoc Vantage", "Caregility iObserver", "InTouch TV-Pro", "Zoom for Healthcare"))
    viewer = rng.choice(("Viz.ai", "RAPID", "the spoke PACS (Vitrea)", "Brainomix e-ASPECTS", "Aidoc"))
    nih, total = _nihss(rng, la)
    aspects = rng.randint(5, 10)
    occl = rng.choice([x for x in _OCCL if s in x or "basilar" in x] + ["no large vessel occlusion"] * 2)
    pmh = ", ".join(rng.sample(_PMH, rng.randint(2, 4)))
    deficit = f"{o} face/arm weakness" + (" and expressive aphasia" if s == "left" else " with {s} gaze deviation and neglect")
    deficit = deficit.replace("{s}", s)
    core, pen = rng.randint(0, 45), rng.randint(40, 190)
    eligible = rng.random() < 0.55
    weight = rng.randint(52, 128)
    if eligible:
        agent = rng.choice(["tenecteplase (TNKase) 0.25 mg/kg", "alteplase (Activase) 0.9 mg/kg"])
        lytic = (f"1. IV thrombolysis recommended: {agent}, weight {weight} kg. Bolus given at spoke at "
                 f"{_clock(dec + rng.randint(3, 15))}. Door-to-needle {dec - door + rng.randint(3, 15)} min.")
    else:
        reason = rng.choice(["outside the treatment window (LKW > 4.5 h, no wake-up MRI available at spoke)",
                             "apixaban taken this morning (last dose < 48 h)", "rapidly improving, non-disabling deficit",
                             "GI bleed requiring transfusion 2 weeks ago", "INR 2.8 on warfarin"])
        lytic = f"1. Not a candidate for IV thrombolysis: {reason}."
    evt = ("2. LVO on CTA with favorable perfusion profile: candidate for mechanical thrombectomy. Transfer to hub "
           "accepted; neuro-IR notified." if "no large" not in occl else
           "2. No LVO: no indication for endovascular therapy.")
    blocks: list[Block] = [
        "TELESTROKE CONSULTATION NOTE\n"
        f"Spoke site: ___ Emergency Dept        Hub: ___ Comprehensive Stroke Center\n"
        f"Date of service: {_sd(rng, la)}    Request received {_clock(door + 4)} from ___, DO (spoke ED)\n"
        "Teleneurologist: ___, MD (vascular neurology)",
        f"Modality: synchronous two-way audio/video via {plat}; spoke RN ___ at bedside assisting with the exam. "
        f"Images reviewed remotely on {viewer}. Patient identity confirmed with two identifiers.",
        f"HPI: {_age_phrase(rng, la)} with PMH of {pmh}, last known well at {_clock(lkw)}, found with {deficit}. "
        f"Brought by EMS ({rng.choice(['stroke pre-notification given', 'no pre-notification', 'BE-FAST positive'])}) "
        f"to the spoke ED at {_clock(door)}. POC glucose {rng.randint(88, 260)} mg/dL. Arrival BP "
        f"{rng.randint(140, 215)}/{rng.randint(70, 120)}. Premorbid mRS {rng.randint(0, 2)}.",
        nih,
        "Imaging (personally reviewed):\n"
        f"- NCCT head: no intracranial hemorrhage; ASPECTS {aspects}"
        + rng.choice(["; hyperdense MCA sign.", "; no early ischemic change.", "; chronic small vessel disease."])
        + f"\n- CTA head/neck: {occl}.\n"
        f"- CTP: core (rCBF<30%) {core} mL, Tmax>6s {pen} mL, mismatch ratio {round(pen / max(core, 1), 1)}.",
        f"Assessment: acute ischemic stroke, {s} hemispheric syndrome, NIHSS {total}.",
        "Recommendations:\n" + lytic + "\n" + evt + "\n"
        "3. BP goal < 185/110 before and < 180/105 after thrombolysis (labetalol or Cardene drip).\n"
        "4. NPO until bedside swallow screen; HOB 30 degrees; neuro checks per protocol.\n"
        "5. Hold antithrombotics for 24 h if lytic given; repeat CT at 24 h.",
        "Time metrics:\n"
        f"  LKW ............ {_clock(lkw)}\n  Spoke door ..... {_clock(door)}\n"
        f"  Video start .... {_clock(start)}\n  Decision ....... {_clock(dec)}",
        _Opt("Discussed risks and benefits of thrombolysis (symptomatic ICH roughly 3-6%, angioedema, systemic "
             "bleeding) with the patient and family at the spoke via video; they agreed with the plan."),
        _Opt(f"Telehealth attestation: patient located at the spoke ED ({rng.choice(_STATES[:4])}); provider at hub. "
             f"Total consult time {rng.randint(18, 55)} minutes, of which critical care {rng.randint(15, 40)} minutes."),
    ]
    return blocks


def _k_thrombolysis(rng: random.Random, la: list[str]) -> list[Block]:
    tnk = rng.random() < 0.6
    wt = rng.randint(48, 135)
    door = rng.randint(0, 1400)
    ct = door + rng.randint(8, 25)
    bolus = ct + rng.randint(10, 40)
    if tnk:
        dose = min(25.0, round(wt * 0.25, 1))
        drug = (f"Agent: tenecteplase ({rng.choice(['TNKase', 'TNKase 50 mg kit'])}), 0.25 mg/kg, max 25 mg\n"
                f"Weight {wt} kg ({rng.choice(['stated', 'bed scale', 'estimated'])}) -> dose {dose} mg IV push over 5 s")
        kit = f"TNKase (Genentech) NDC 50242-038-01, {_lot(rng, la)}, {_exp(rng, la)}"
    else:
        tot = min(90.0, round(wt * 0.9, 1))
        drug = (f"Agent: alteplase (Activase), 0.9 mg/kg, max 90 mg\nWeight {wt} kg -> total {tot} mg: bolus "
                f"{round(tot * 0.1, 1)} mg over 1 min, infusion {round(tot * 0.9, 1)} mg over 60 min")
        kit = f"Activase 100 mg vial NDC 50242-085-27, {_lot(rng, la)}, {_exp(rng, la)}"
    bp = f"{rng.randint(150, 184)}/{rng.randint(70, 104)}"
    rows = [("Age >= 18", "yes"), ("LKW within 4.5 h", "yes"), (f"BP < 185/110 (now {bp})",
            rng.choice(["yes", "yes after labetalol 10 mg IV"])), ("Glucose > 50 mg/dL", "yes"),
            ("No ICH / large hypodensity on CT", "confirmed"), ("Platelets > 100K", rng.choice(["yes", "pending - not required"])),
            ("INR <= 1.7", rng.choice(["1.0", "1.1", "not on warfarin, not awaited"])),
            ("No DOAC within 48 h", "yes"), ("No major surgery within 14 d", "yes"), ("No GI/GU bleed within 21 d", "yes"),
            ("No ischemic stroke within 3 months", "yes"), ("No intra-axial neoplasm / AVM", "yes")]
    table = "| Criterion | Status |\n|---|---|\n" + "\n".join(f"| {a} | {b} |" for a, b in rows)
    consent = rng.choice([
        "Consent: risks (sICH approx 3-7%, angioedema, systemic bleeding) and expected benefit discussed with patient, "
        "who has capacity and agrees.",
        "Consent: patient aphasic, no surrogate reachable; treated under emergency presumption per hospital policy.",
        "Consent: discussed with wife ___ by phone; she agrees. Time of discussion documented below.",
    ])
    return [
        f"THROMBOLYSIS DECISION / ORDER DOCUMENTATION\nDate: {_sd(rng, la)}   Location: ___ ED (spoke)   "
        f"Stroke team: ___, MD; ___, RN",
        f"Clinical summary: {_age_phrase(rng, la)} with acute {rng.choice(['aphasia and right hemiparesis', 'left hemiparesis', 'dysarthria and ataxia', 'right hemianopia'])}, "
        f"disabling deficit. {_nihss(rng, la, 2)[0]}. Non-contrast CT without hemorrhage; "
        f"{_lk(la, 'ASPECTS ' + str(rng.randint(6, 10)))}.",
        "Inclusion / exclusion checklist:\n" + table,
        drug,
        f"Drug: {kit}. Double-checked by second RN at bedside.",
        consent,
        f"Times: door {_clock(door)} | CT read {_clock(ct)} | bolus {_clock(bolus)} | DTN {bolus - door} min"
        + (" (goal met)" if bolus - door <= 60 else " (delay: BP control)"),
        "Post-thrombolysis orders: neuro checks and vitals q15 min x 2 h, q30 min x 6 h, then q1h to 24 h; BP < 180/105; "
        "no antiplatelet or anticoagulant for 24 h; no arterial puncture at noncompressible site; repeat NCCT at 24 h "
        "or for any decline. Monitor for orolingual angioedema"
        + (" (on lisinopril)." if rng.random() < 0.4 else "."),
        _Opt("Reference: 2019 AHA/ASA guideline for early management of acute ischemic stroke; tenecteplase use per "
             "network protocol (v3)."),
        _Opt(f"Pharmacy verification: {rng.choice(['done', 'done remotely by tele-pharmacist'])}; waste documented "
             f"({rng.randint(1, 25)} mg discarded)."),
    ]


def _k_transfer(rng: random.Random, la: list[str]) -> list[Block]:
    occl = rng.choice(_OCCL[:8])
    req = rng.randint(0, 1400)
    mode = rng.choice(["rotor wing (helicopter)", "ground ALS critical care", "fixed wing", "ground ALS, air declined (weather)"])
    eta = rng.randint(18, 95)
    _, total = _nihss(rng, la)
    return [
        "TRANSFER CENTER -- INTERFACILITY TRANSFER REQUEST\nService: Stroke / Neuro-Interventional (thrombectomy)\n"
        f"Request received: {_sd(rng, la)} {_clock(req)}   Call recorded: yes",
        "Referring facility: ___ (telestroke spoke)    Referring MD: ___    Callback: ___\n"
        "Accepting physician(s): ___ (neuro-IR), ___ (stroke)    Bed: Neuro IR suite -> Neuro ICU ___",
        f"Reason: {occl} occlusion on CTA, NIHSS {total}, LKW {_clock(req - rng.randint(60, 300))}. "
        + rng.choice(["TNK given at spoke prior to transfer.", "Alteplase infusing, pump to travel with patient.",
                      "Not a lytic candidate (on DOAC).", "Wake-up stroke, CTP mismatch favorable."]),
        f"Transport: {mode}; crew RN/paramedic; ETA {eta} min. Weather {rng.choice(['VFR', 'marginal VFR', 'IFR - aircraft declined'])}.",
        f"Images: pushed via {rng.choice(['Viz.ai', 'PACS image exchange', 'RAPID', 'CD with patient'])}; CTA reviewed by accepting "
        f"physician at {_clock(req + rng.randint(4, 15))}.",
        "Pre-transfer checklist:\n[x] two large-bore IVs\n[x] BP < 180/105 (post-lytic)\n[x] NPO, HOB 30\n"
        f"[{rng.choice('x ')}] Foley\n[x] copy of records and MAR\n[ ] intubation (not required, GCS {rng.randint(9, 15)})",
        f"EMTALA: transfer is for a higher level of care not available at spoke; accepting physician verified capacity. "
        f"Door-in-door-out at spoke {rng.randint(38, 160)} min.",
        _Opt(f"Transfer center main line {rng.choice(_TOLL_FREE)}; network outreach coordinator updates spoke on "
             "outcome within 24 h."),
        _Opt(f"Post-transfer: arrived hub {_clock(req + eta + rng.randint(20, 50))}; groin puncture "
             f"{_clock(req + eta + rng.randint(55, 90))}; see angiography report."),
    ]


def _k_neuro_icu(rng: random.Random, la: list[str]) -> list[Block]:
    day = rng.randint(1, 14)
    dx = rng.choice(["aSAH", "ICH", "malignant MCA", "post-EVT"])
    if dx == "aSAH":
        hx = (f"Aneurysmal SAH ({_lk(la, 'Hunt and Hess')} {rng.randint(2, 4)}, {_lk(la, 'modified Fisher')} "
              f"{rng.randint(2, 4)}) from {rng.choice(['AComm', 'left PComm', 'right MCA bifurcation', 'basilar tip'])} "
              f"aneurysm, s/p {rng.choice(['coiling', 'clipping', 'Pipeline Flex embolization'])}. SAH day {day}.")
        spec = (f"Nimotop (nimodipine) 60 mg q4h; TCD today: MCA mean velocity {rng.randint(80, 190)} cm/s, "
                f"{_lk(la, 'Lindegaard ratio')} {round(rng.uniform(1.8, 4.5), 1)}; Na goal 140-145.")
    elif dx == "ICH":
        hx = (f"{rng.choice(['Left', 'Right'])} {rng.choice(['basal ganglia', 'thalamic', 'lobar parietal'])} ICH, "
              f"volume {rng.randint(8, 55)} mL (ABC/2), ICH score {rng.randint(1, 4)}, anticoagulation reversed with Kcentra. Day {day}.")
        spec = f"SBP goal < 140 (Cleviprex off since {_clock(rng.randint(0, 1400))}); Keppra 500 mg BID x 7 days."
    elif dx == "malignant MCA":
        hx = f"Malignant {rng.choice(['left', 'right'])} MCA infarction s/p decompressive hemicraniectomy, POD {day}."
        spec = "Helmet when OOB; bone flap stored in abdominal pocket vs bone bank (see op note); 3% saline off."
    else:
        hx = f"{rng.choice(_OCCL[:6])} occlusion s/p thrombectomy, {_lk(la, 'eTICI ' + rng.choice(['2b', '2c', '3']))}, day {day}."
        spec = "Post-EVT SBP < 160; groin site soft, distal pulses 2+; start aspirin once 24 h CT stable."
    icp = rng.random() < 0.5
    return [
        f"NEURO ICU PROGRESS NOTE    {_sd(rng, la)}\nAttending: ___   Fellow: ___   Resident: ___",
        f"ID/HPI: {_age_phrase(rng, la)} with {hx}",
        "24h events: " + rng.choice(["none; EVD clamp trial started.", "brief SBP 180s treated with labetalol.",
                                     "febrile to 38.6, cultures sent.", "new left pronator drift, CTA negative for vasospasm.",
                                     "extubated 10:00 without issue."]),
        f"Exam: GCS {rng.randint(7, 15)}{rng.choice(['', 'T'])}. Pupils {rng.randint(2, 4)} mm brisk, NPi "
        f"{round(rng.uniform(3.2, 4.8), 1)} (NeurOptics). {rng.choice(['Follows commands x4.', 'Localizes R, withdraws L.', 'Mild right pronator drift.'])}"
        + (f"\nICP {rng.randint(4, 24)} mmHg, CPP {rng.randint(58, 95)} via {rng.choice(['EVD (open at 10 cm H2O)', 'Camino bolt', 'Licox/ICP bolt'])}; "
           f"output {rng.randint(40, 260)} mL/24h." if icp else ""),
        "Plan by system:\n"
        f"Neuro: {spec}\n"
        f"CV: MAP goal > {rng.choice([65, 80, 90])}; {rng.choice(['off pressors', 'norepinephrine 4 mcg/min', 'labetalol PRN'])}.\n"
        f"Resp: {rng.choice(['RA, sats 96%', 'vent PRVC 450/14/5/30%', '2L NC'])}. Pulm toilet.\n"
        f"Renal/FEN: Na {rng.randint(134, 149)}; {rng.choice(['NS at 75 mL/h', 'salt tabs 1 g TID', 'fluid restriction lifted'])}.\n"
        f"Heme/ID: heparin SQ 5000 q8h {rng.choice(['started', 'held pre-procedure'])}; {rng.choice(['no antibiotics', 'cefazolin periop'])}.\n"
        "Dispo: remains in Neuro ICU.",
        _Opt(f"Family updated at bedside; goals of care: full code. {_lk(la, 'Glasgow Coma Scale')} trend reviewed with family."),
        _Opt(f"Critical care time {rng.randint(30, 75)} min exclusive of procedures."),
    ]


def _opnote_header(rng: random.Random, la: list[str], pre: str, post: str, proc: str) -> str:
    return (f"OPERATIVE REPORT\nDate of surgery: {_sd(rng, la)}\nPREOPERATIVE DIAGNOSIS: {pre}\n"
            f"POSTOPERATIVE DIAGNOSIS: {post}\nPROCEDURE: {proc}\nSURGEON: ___, MD   ASSISTANT: ___ (PGY-{rng.randint(2, 7)})\n"
            f"ANESTHESIA: {rng.choice(['General endotracheal', 'General, arterial line', 'GA with TIVA for neuromonitoring'])}\n"
            f"EBL: {rng.randint(50, 900)} mL   FLUIDS: {rng.randint(800, 3200)} mL crystalloid   COMPLICATIONS: none apparent")


def _k_craniotomy(rng: random.Random, la: list[str]) -> list[Block]:
    s, _ = _side(rng)
    var = rng.randrange(4)
    if var == 0:
        pre = f"Malignant {s} MCA infarction with mass effect"
        proc = f"{s.capitalize()} decompressive hemicraniectomy and duraplasty"
        body = (f"A large reverse question-mark incision was made. A {rng.randint(12, 15)} x {rng.randint(10, 13)} cm bone flap "
                "was elevated and the temporal squama rongeured to the middle fossa floor. Dura opened in stellate fashion; "
                f"brain was tense. Duraplasty with {_lk(la, 'DuraGen')} onlay. Flap placed in the bone bank.")
    elif var == 1:
        pre = f"Ruptured {s} MCA bifurcation aneurysm"
        proc = f"{s.capitalize()} pterional craniotomy for clip ligation of aneurysm"
        body = (f"Head fixed in {_lk(la, 'Mayfield')} pins, rotated 30 degrees. Pterional craniotomy; {_lk(la, 'Sylvian fissure')} split "
                f"under the microscope. Aneurysm dome exposed; temporary clip on M1 for {rng.randint(2, 6)} min; permanent "
                f"{_lk(la, 'Yasargil')} clip applied. ICG videoangiography confirmed branch patency and aneurysm exclusion.")
    elif var == 2:
        pre = "Cerebellar infarction with fourth ventricular compression"
        proc = "Suboccipital craniectomy, C1 laminectomy and duraplasty; right frontal EVD"
        body = ("Prone in pins. Midline incision inion to C2. Suboccipital craniectomy and C1 laminectomy. Infarcted "
                "cerebellar tissue was soft and swollen; partial resection of necrotic tissue. Y-shaped durotomy, "
                "expansile duraplasty. EVD placed at Kocher's point beforehand, opening pressure 28 cm H2O.")
    else:
        pre = f"{s.capitalize()} frontal lobar hemorrhage"
        proc = "Image-guided craniotomy for evacuation of intracerebral hemorrhage"
        body = (f"Registration with {_lk(la, rng.choice(['Brainlab Curve', 'StealthStation S8']))} (accuracy "
                f"{round(rng.uniform(0.8, 2.2), 1)} mm). Small craniotomy over the clot; corticectomy via trans-sulcal route "
                f"with tubular retractor. Approx. {rng.randint(30, 70)} mL clot evacuated; hemostasis with Surgicel and Floseal.")
    implants = rng.sample(["titanium plates/screws (KLS Martin)", f"{_lk(la, 'DuraGen')} 5x5 cm", "Surgicel Fibrillar",
                           "Floseal 5 mL", "Tisseel fibrin sealant", "titanium mesh", "none"], 2)
    return [
        _opnote_header(rng, la, pre, pre + " (same)", proc),
        f"IMPLANTS: {', '.join(implants)}\nSPECIMENS: {rng.choice(['none', 'clot for pathology', 'cerebellar tissue'])}\n"
        f"DRAINS: {rng.choice(['subgaleal Jackson-Pratt', 'none', 'EVD'])}",
        f"INDICATIONS: {_age_phrase(rng, la)} with {pre.lower()}. Risks including death, stroke, infection, "
        "need for further surgery and cranioplasty were discussed with the health care proxy, who consented.",
        "DESCRIPTION OF PROCEDURE: Patient identified in pre-op holding; timeout performed. Antibiotics within 60 min "
        "of incision. " + body + " Hemostasis obtained. Galea closed with 2-0 Vicryl, skin with staples. Sponge and "
        "needle counts correct x2.",
        f"The attending surgeon was present and scrubbed for the entire procedure. Post-op: Neuro ICU, "
        f"SBP < {rng.choice([140, 160])}, CT head in 6 h, {_lk(la, 'Keppra')} 500 mg BID.",
        _Opt("Neuromonitoring: none. Estimated time of temporary occlusion recorded by circulating RN; no changes on "
             "near-infrared spectroscopy."),
    ]


def _k_evd_shunt(rng: random.Random, la: list[str]) -> list[Block]:
    shunt = rng.random() < 0.55
    if shunt:
        valve = rng.choice(_VALVES)
        setting = rng.choice(["1.5", "1.0", "120 mm H2O", "setting 4", "5/20 cm H2O"])
        return [
            _opnote_header(rng, la, "Communicating hydrocephalus after SAH (shunt-dependent)", "Same",
                           f"Right {rng.choice(['frontal', 'parieto-occipital'])} ventriculoperitoneal shunt placement"),
            f"IMPLANTS: {_lk(la, valve)} programmable valve ({_ref(rng, la)}, {_lot(rng, la)}), "
            f"{_lk(la, 'Bactiseal')} ventricular catheter ({_lot(rng, la)}), peritoneal catheter 90 cm. "
            f"Valve set at {setting} and confirmed with the programmer.",
            "INDICATIONS: failed EVD weaning x2 with ventriculomegaly on CT; consent from patient/proxy.",
            "PROCEDURE: Supine, head turned left, shoulder roll. Curvilinear incision; burr hole with perforator. "
            f"Ventricular catheter passed {rng.choice(['using Brainlab navigation', 'freehand toward the ipsilateral medial canthus'])}, "
            f"CSF clear, opening pressure {rng.randint(8, 26)} cm H2O. Catheter tunneled to the abdomen; general surgery "
            "(___) placed the peritoneal catheter laparoscopically. Distal runoff confirmed.",
            "Post-op: shunt series today; X-ray valve setting check after any MRI. Pt given valve card.",
            _Opt("Valve card: model, setting and manufacturer support line recorded; magnetic field caution reviewed."),
        ]
    loc = rng.choice(["right", "left"])
    return [
        f"PROCEDURE NOTE -- EXTERNAL VENTRICULAR DRAIN PLACEMENT (bedside, Neuro ICU)\nDate: {_sd(rng, la)}  Time: {_tm(rng)}",
        f"Indication: {rng.choice(['acute obstructive hydrocephalus from IVH', 'aSAH with hydrocephalus, HH 3', 'cerebellar stroke with 4th ventricle effacement'])}. "
        "Consent: emergent, two-physician. Timeout performed.",
        f"Technique: {loc} Kocher's point identified (11 cm posterior to nasion, 3 cm lateral to midline). Prepped "
        f"with chlorhexidine. Twist drill craniostomy; catheter passed to {rng.choice(['6', '6.5', '7'])} cm at the skin "
        f"aiming toward the ipsilateral medial canthus and tragus. Opening pressure {rng.randint(12, 38)} cm H2O, CSF "
        f"{rng.choice(['blood-tinged', 'frankly bloody', 'xanthochromic', 'clear'])}. Catheter ({_lk(la, 'Bactiseal')}, "
        f"{_lot(rng, la)}) tunneled, secured and connected to {rng.choice(['Integra', 'Medtronic Duet', 'Codman'])} drainage system.",
        f"Operator: ___ (neurosurgery resident), supervised by ___. Drain set: open at {rng.choice([10, 15, 20])} cm H2O above tragus. Passes: {rng.randint(1, 2)}. EBL minimal.",
        "Post-procedure CT ordered to confirm tip position. Cefazolin not continued (per protocol).",
        _Opt(f"CSF sent: cell count, glucose, protein, culture ({rng.choice(['tube 1 and 4', 'tube 4'])})."),
    ]


def _k_spine(rng: random.Random, la: list[str]) -> list[Block]:
    var = rng.randrange(3)
    if var == 0:
        lv = rng.choice(["C5-6", "C4-5, C5-6", "C6-7"])
        pre, proc = f"Cervical spondylotic myelopathy {lv}", f"Anterior cervical discectomy and fusion {lv}"
        body = ("Smith-Robinson approach; platysma divided; carotid sheath retracted laterally. Discectomy under the "
                "microscope, PLL resected, foraminotomies bilaterally. PEEK cage packed with allograft; anterior plate.")
        imp = [f"{_lk(la, 'Medtronic')} PEEK cage 6 mm ({_ref(rng, la)}, {_lot(rng, la)})",
               f"anterior plate 22 mm ({_lot(rng, la)}, {_exp(rng, la)})"]
    elif var == 1:
        lv = rng.choice(["L4-5", "L3-4, L4-5", "L5-S1"])
        pre, proc = f"Lumbar stenosis with spondylolisthesis {lv}", f"Laminectomy and instrumented fusion {lv} (TLIF)"
        body = (f"Prone on a {_lk(la, 'Jackson table')}. {_lk(la, 'O-arm')} spin for navigation. Pedicle screws placed "
                f"bilaterally; laminectomy with {_lk(la, 'Kerrison')} rongeurs; TLIF cage with local autograft.")
        imp = [f"pedicle screws 6.5 x 45 mm x4 ({_lk(la, rng.choice(['CD Horizon Solera', 'Globus Creo', 'Stryker Xia']))}, "
               f"{_lot(rng, la)})", f"rods 5.5 mm x2 ({_ref(rng, la)})", f"TLIF cage 10 mm ({_lot(rng, la)}, {_exp(rng, la)})"]
    else:
        lv = rng.choice(["T10", "C7-T1", "L1"])
        pre, proc = f"Epidural abscess / compressive lesion at {lv}", f"Decompressive laminectomy {lv}"
        body = ("Midline incision; subperiosteal exposure; laminectomy with high-speed drill (Midas Rex) and Kerrison. "
                "Epidural phlegmon evacuated and sent for culture. Thecal sac pulsatile at the end.")
        imp = ["none"]
    return [
        _opnote_header(rng, la, pre, pre, proc),
        "IMPLANTS:\n" + "\n".join(f"  - {x}" for x in imp),
        f"NEUROMONITORING: SSEP/MEP {rng.choice(['stable throughout', 'transient 50% MEP drop with retraction, recovered', 'baseline only'])} "
        "(remote neurophysiologist ___).",
        f"INDICATIONS: {_age_phrase(rng, la)} with progressive {rng.choice(['gait instability and hand clumsiness', 'neurogenic claudication', 'leg weakness'])}; "
        "failed conservative care. Risks including durotomy, C5 palsy, infection, nonunion, paralysis discussed.",
        f"DESCRIPTION: Timeout. {body} Final fluoroscopy/imaging confirmed hardware position. Vancomycin powder in wound. "
        "Layered closure; Dermabond.",
        f"DISPOSITION: PACU then floor. {rng.choice(['Collar for comfort.', 'No brace.', 'TLSO when OOB.'])} "
        "Ambulate POD 0-1. Hold antiplatelets 5 days.",
        _Opt(f"Implant records scanned into the implant log (see separate entry). {rng.choice(['Cell saver not used.', 'Cell saver returned 180 mL.'])}"),
    ]


def _k_navlog(rng: random.Random, la: list[str]) -> list[Block]:
    system = rng.choice(["Brainlab Curve 2 / Cranial 3.1.4", "StealthStation S8 / Synergy Cranial 2.2.8",
                         "Brainlab Kick EM / Spine & Trauma 3D 1.7", "Mazor X Stealth Edition 5.1"])
    rms = round(rng.uniform(0.6, 2.4), 1)
    rows = []
    for item in rng.sample(["DuraGen 5x7.5 cm", "Burr hole cover 18 mm (KLS Martin)", "Plate, 2-hole straight (Synthes)",
                            "Screw 1.5 x 4 mm self-drilling", "Surgicel Snow 2x4", "Floseal 10 mL", "Tisseel 4 mL",
                            "Bactiseal EVD catheter", "Camino ICP kit 110-4B", "Titanium mesh 60x60"], rng.randint(3, 5)):
        rows.append(f"| {item} | {_ref(rng, la)} | {_lot(rng, la)} | {_exp(rng, la)} | {rng.randint(1, 4)} |")
    return [
        f"INTRAOPERATIVE NAVIGATION AND IMPLANT LOG\nOR {rng.randint(1, 14)}   Case date {_sd(rng, la)}   Surgeon ___   "
        "Nav tech ___",
        f"System: {_lk(la, system)}\nDataset: MRI T1 post-Gd 1 mm isotropic ({_sd(rng, la)}) fused with CT 0.625 mm; "
        f"fusion checked visually (ventricles, falx).",
        f"Registration: {rng.choice(['surface matching (z-touch laser)', 'paired-point, 6 adhesive fiducials', 'intraop CT auto-registration'])}; "
        f"RMS error {rms} mm. Landmark checks: nasion, tragus L/R, {rng.choice(['midline suture', 'inion', 'lateral canthus'])} -- within 2 mm.",
        f"Reference array: {rng.choice(['Mayfield-mounted', 'skull post', 'iliac pin'])}; re-registration x{rng.randint(0, 2)}. "
        f"Accuracy re-verified at dural opening: {round(rms + rng.uniform(0, 1.2), 1)} mm (brain shift noted).",
        "Implant / biologic log:\n| Item | REF | LOT | EXP | Qty |\n|---|---|---|---|---|\n" + "\n".join(rows),
        f"Implant count reconciled with circulating RN at {_tm(rng)}. Stickers placed on the implant record.",
        _Opt(f"Software: build {_lk(la, f'{rng.randint(3, 5)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}.{rng.randint(100, 999)}')}; "
             "export of screenshots to PACS completed."),
        _Opt("Sterility: all items checked for package integrity and expiry before opening; no recalled lots on the "
             "manufacturer's list."),
    ]


def _k_gwtg(rng: random.Random, la: list[str]) -> list[Block]:
    lytic = rng.random() < 0.45
    evt = rng.random() < 0.4
    dtn = rng.randint(22, 95)
    fields = [
        ("Arrival mode", rng.choice(["EMS from scene", "Private transport", "Transfer from another hospital"])),
        ("EMS pre-notification", rng.choice(["Yes", "No", "N/A"])),
        ("Last known well", f"{_sd(rng, la)} {_tm(rng)}"),
        ("Initial NIHSS", str(rng.randint(0, 28))),
        ("Brain imaging within 25 min", rng.choice(["Yes", "No"])),
        ("IV thrombolytic", "Yes (tenecteplase)" if lytic else "No"),
        ("Door-to-needle", f"{dtn} min" if lytic else "N/A"),
        ("Documented reason for no thrombolytic", "N/A" if lytic else rng.choice(
            ["Outside window", "Mild/non-disabling", "Anticoagulated", "Patient/family refusal"])),
        ("EVT performed", "Yes" if evt else "No"),
        ("Final reperfusion", rng.choice(["eTICI 2b", "eTICI 2c", "eTICI 3"]) if evt else "N/A"),
        ("Door-in-door-out (transfer)", f"{rng.randint(45, 190)} min"),
        ("VTE prophylaxis by end of day 2", rng.choice(["Yes", "Yes (SCDs)", "Documented reason"])),
        ("Antithrombotic by end of day 2", "Yes"),
        ("Discharged on statin", rng.choice(["Yes - atorvastatin 80 mg", "Yes - rosuvastatin 20 mg", "Documented reason"])),
        ("AF/flutter: anticoagulation at d/c", rng.choice(["Yes (Eliquis)", "N/A", "Yes (Xarelto)"])),
        ("Dysphagia screen before oral intake", "Yes"),
        ("Stroke education", "Yes"),
        ("Assessed for rehabilitation", "Yes"),
        ("Discharge disposition", rng.choice(["Home", "Acute rehab", "SNF", "Hospice", "Expired"])),
        ("mRS at discharge", str(rng.randint(0, 5))),
    ]
    style = rng.randrange(2)
    if style == 0:
        form = "\n".join(f"{k + ':':<40}{v}" for k, v in fields)
    else:
        form = "| Field | Value |\n|---|---|\n" + "\n".join(f"| {k} | {v} |" for k, v in fields)
    return [
        "STROKE REGISTRY ABSTRACTION -- Get With The Guidelines-Stroke (PMT)\n"
        f"Record status: {rng.choice(['Complete', 'In progress', 'Locked for quarter'])}   Abstraction date: {_sd(rng, la)}   "
        "Abstractor: ___",
        f"Final clinical diagnosis: {rng.choice(['Ischemic stroke', 'TIA', 'ICH', 'SAH', 'Stroke not otherwise specified'])}; "
        f"etiology ({_lk(la, 'TOAST')}): {rng.choice(['cardioembolism', 'large artery atherosclerosis', 'small vessel', 'cryptogenic', 'other determined'])}.",
        form,
        f"Measures: STK-1 through STK-10 and Target: Stroke Phase III metrics computed by the tool; "
        f"{rng.choice(['all core measures met', 'missed STK-6 (no statin, no reason documented)', 'DTN > 60 min flagged for review'])}.",
        _Opt("Abstractor note: times taken from the telestroke consult and the ED flowsheet; when conflicting, the "
             "earliest documented time was used per the registry coding instructions."),
        _Opt(f"Quarterly data submitted to the registry; benchmark report due {_sd(rng, la)}. Questions to the "
             "quality department via the internal help desk."),
    ]


def _k_followup_call(rng: random.Random, la: list[str]) -> list[Block]:
    who = rng.choice(["patient", "wife (caregiver)", "son (HCP)", "daughter, with patient on speaker"])
    mrs = rng.randint(0, 4)
    bp = f"{rng.randint(112, 158)}/{rng.randint(64, 94)}"
    return [
        f"STROKE COORDINATOR -- {rng.choice(['30-DAY', '7-DAY', '90-DAY'])} POST-DISCHARGE TELEPHONE FOLLOW-UP\n"
        f"Call date: {_sd(rng, la)}   Attempt {rng.randint(1, 3)} of 3   Spoke with: {who}",
        f"Index admission: {rng.choice(['ischemic stroke s/p TNK', 'ischemic stroke s/p thrombectomy', 'TIA', 'ICH'])} at the hub; "
        f"discharged to {rng.choice(['home', 'acute rehab, now home', 'SNF'])}.",
        f"Function: mRS {mrs} by structured interview "
        f"({rng.choice(['walks without aid', 'walks with cane', 'needs help with bathing', 'mostly bed-chair'])}).",
        f"Medications reviewed: {rng.choice(['aspirin 81 mg + Plavix 75 mg (DAPT x 21 days)', 'Eliquis 5 mg BID', 'Xarelto 20 mg daily', 'aspirin 81 mg'])}, "
        f"{rng.choice(['atorvastatin 80 mg', 'Crestor 20 mg', 'Lipitor 40 mg'])}, {rng.choice(['lisinopril 10 mg', 'amlodipine 5 mg', 'losartan 50 mg'])}. "
        f"Adherent: {rng.choice(['yes', 'missed 2 doses', 'yes (pill box)'])}. Home BP average {bp}.",
        "Symptoms: " + rng.choice(["no new weakness, numbness or speech change.", "occasional dizziness on standing, advised to report.",
                                   "fatigue and low mood -- PHQ-2 positive, PCP notified.", "one fall without injury."]),
        "Education reinforced: BE FAST warning signs; call 911 immediately for new symptoms; BP and glucose targets; "
        f"smoking cessation ({rng.choice(['N/A', 'quitline referral made', 'quit at discharge'])}).",
        f"Appointments: stroke clinic {_sd(rng, la)}; {rng.choice(['PT/OT 2x/week', 'speech therapy', 'cardiology for 30-day monitor'])}. "
        f"Readmission/ED visit since discharge: {rng.choice(['none', 'none', 'ED visit for UTI'])}.",
        _Opt(f"Resources given: stroke support group (monthly), stroke association helpline {_TOLL_FREE[0]}, "
             f"{rng.choice(_PUBLIC_WEB[:3])}."),
        _Opt(f"Registry: 90-day mRS entered; next call scheduled {_sd(rng, la)}. Coordinator: ___, RN."),
    ]


def _k_letter(rng: random.Random, la: list[str]) -> list[Block]:
    rtw = rng.random() < 0.5
    job = rng.choice(["school bus driver (CDL)", "machinist", "elementary school teacher", "registered nurse",
                      "warehouse supervisor", "accountant", "highway maintenance worker", "home health aide"])
    weeks = rng.randint(2, 12)
    intro = (f"{_sd(rng, la)}\n\nRE: ___   DOB: ___\n\nTo whom it may concern,\n\n"
             f"I am the treating vascular neurologist for the above patient, who was admitted to our Comprehensive Stroke "
             f"Center on ___ with {rng.choice(['a small left MCA ischemic stroke', 'a right thalamic lacunar infarct', 'a left occipital infarct', 'a transient ischemic attack', 'a right MCA stroke treated with thrombectomy'])}.")
    if rtw:
        body = [
            f"Return to work: the patient works as a {job}. From a neurological standpoint the patient may return on "
            f"a graded schedule starting in {weeks} weeks: {rng.choice(['4 hours/day for 2 weeks, then full days', 'half days x 1 week', 'light duty for 4 weeks'])}.",
            "Restrictions: " + rng.choice(["no commercial driving until cleared by the medical examiner (FMCSA rules).",
                                           "no work at heights or with power tools for 4 weeks.", "frequent breaks for fatigue; no night shifts for 1 month.",
                                           "no lifting > 20 lb for 2 weeks (groin access site)."]),
            "Please contact our office with the employer's job description if further detail is needed for FMLA or "
            "short-term disability paperwork.",
        ]
    else:
        body = [
            f"Driving: I have advised the patient not to drive for at least {rng.choice(['one month', 'four weeks', 'three months', 'six months'])} "
            f"following the event, consistent with AHA/ASA guidance and {rng.choice(_STATES)} requirements for drivers.",
            f"Visual fields ({_lk(la, 'Humphrey 24-2')}): {rng.choice(['full', 'right homonymous quadrantanopia -- not fit to drive', 'mild inferior defect'])}. "
            f"Cognition: {_lk(la, 'MoCA ' + str(rng.randint(18, 30)) + '/30')}.",
            "Before resuming, I recommend a formal on-road evaluation with a certified driver rehabilitation "
            "specialist (CDRS). Commercial driving is not permitted at this time.",
        ]
    return [intro] + body + [
        "Sincerely,\n\n___, MD\nVascular Neurology, ___ Comprehensive Stroke Center",
        _Opt(f"Enclosure: medical report form ({rng.choice(['MV-80L', 'driver medical statement', 'employer fitness-for-duty form'])}), "
             "completed pages 1-2."),
    ]


def _k_discharge(rng: random.Random, la: list[str]) -> list[Block]:
    sx = rng.choice(["F", "M"])
    s, o = _side(rng)
    proc = rng.choice(["Mechanical thrombectomy (eTICI 2b)", "IV tenecteplase", "none", "Decompressive hemicraniectomy",
                       "TEE; loop recorder (Reveal LINQ) implantation"])
    return [
        f"Name:  ___                  Unit No:   ___\n\nAdmission Date:  ___              Discharge Date:   ___\n\n"
        f"Date of Birth:  ___             Sex:   {sx}\n\nService: NEUROLOGY\n\nAllergies:\n"
        f"{rng.choice(['No Known Allergies / Adverse Drug Reactions', 'Penicillins', 'iodinated contrast (hives)', 'Sulfa'])}\n\nAttending: ___.",
        f"Chief Complaint:\n{rng.choice([f'{o} sided weakness', 'word-finding difficulty', 'acute vertigo and imbalance', 'facial droop'])}\n\n"
        f"Major Surgical or Invasive Procedure:\n{proc}",
        f"History of Present Illness:\n{_age_phrase(rng, la)} with {', '.join(rng.sample(_PMH, 3))} transferred from a telestroke "
        f"spoke (___) with {o} hemiparesis and {'aphasia' if s == 'left' else 'neglect'}. NIHSS {rng.randint(3, 24)} on arrival. "
        f"CTA showed {rng.choice([x for x in _OCCL if s in x])} occlusion.",
        f"Brief Hospital Course:\n# {s.capitalize()} MCA ischemic stroke: {proc.lower()}. MRI confirmed {s} MCA territory infarct. "
        f"Etiology felt {rng.choice(['cardioembolic (paroxysmal AF on telemetry)', 'large artery atherosclerosis', 'cryptogenic (ESUS)'])}. "
        f"LDL {rng.randint(55, 190)}, A1c {round(rng.uniform(5.2, 9.8), 1)}%. TTE: EF {rng.randint(30, 65)}%, no thrombus.\n"
        "# Dysphagia: passed bedside swallow screen day 2; advanced to regular diet.\n"
        f"# HTN: permissive HTN first 24 h, then home meds resumed.",
        f"Social History:\nBorn in {rng.choice(_COUNTRIES)}, {_lk(la, f'moved to the US in {rng.randint(1965, 2015)}')}. "
        f"Lives with ___ in a ___ home. {rng.choice(['Retired', 'Works full time', 'On disability'])}. "
        f"Tobacco: {rng.choice(['never', 'former, quit ___', '1 ppd'])}. EtOH: {rng.choice(['social', 'none', '2-3 beers/day'])}.",
        f"Discharge Medications:\n1. {rng.choice(['Apixaban 5 mg PO BID', 'Aspirin 81 mg PO daily', 'Clopidogrel 75 mg PO daily'])}\n"
        "2. Atorvastatin 80 mg PO QHS\n3. Lisinopril 10 mg PO daily\n4. Senna 8.6 mg PO BID PRN",
        f"Discharge Disposition:\n{rng.choice(['Home With Service', 'Extended Care', 'Home'])}\n\nDischarge Diagnosis:\n"
        f"Acute ischemic stroke, {s} MCA\n\nDischarge Condition:\nMental Status: Clear and coherent.\n"
        f"Activity Status: {rng.choice(['Ambulatory - Independent', 'Ambulatory - requires assistance or aid (walker or cane)', 'Out of Bed with assistance to chair or wheelchair'])}.",
        "Followup Instructions:\n___",
        _Opt("Discharge Instructions:\nYou were hospitalized for a stroke. Call 911 for BE FAST symptoms (balance, eyes, "
             "face, arm, speech, time). Take your medicines every day and keep your follow-up appointments."),
    ]


# --- radiology ---------------------------------------------------------------------------------------

def _rad_header(rng: random.Random, la: list[str], exam: str, ind: str) -> str:
    who = rng.choice(["ORDERING PHYSICIAN:  ___", "REFERRING:  ___ (___)", "Clinical contact: ___, pager ___",
                      "Requested by ___ (telestroke)", "ORDERED BY:  ___, MD"])
    return (f"EXAMINATION:  {exam}\n\nINDICATION:  {ind}\n{who}\n\n"
            f"COMPARISON:  {rng.choice(['None.', 'None available.', f'Outside CT {_sd(rng, la)} (images imported).', f'{_sd(rng, la)}.'])}")


def _dose(rng: random.Random) -> str:
    return (f"DOSE:  Acquisition sequence:\n   1) Spiral Acquisition {round(rng.uniform(3, 6), 1)} s, {round(rng.uniform(15, 40), 1)} cm; "
            f"CTDIvol = {round(rng.uniform(8, 60), 1)} mGy (Head) DLP = {round(rng.uniform(300, 1800), 1)} mGy-cm.\n"
            f" Total DLP (Head) = {round(rng.uniform(400, 2600), 0):.0f} mGy-cm.")


def _k_ct_code(rng: random.Random, la: list[str]) -> list[Block]:
    s, o = _side(rng)
    occl = rng.choice([x for x in _OCCL if s in x] + ["none"])
    aspects = rng.randint(5, 10)
    return [
        _rad_header(rng, la, "CT HEAD W/O CONTRAST; CTA HEAD AND NECK (CODE STROKE)",
                    f"{_age_phrase(rng, la)} with acute {o} weakness, LKW {rng.randint(1, 9)} h, NIHSS {rng.randint(2, 26)} // eval hemorrhage, LVO"),
        f"TECHNIQUE:  Non-contrast axial CT of the head, followed by CTA of the head and neck after {rng.randint(60, 90)} mL "
        f"{rng.choice(['Omnipaque 350', 'Isovue 370', 'Visipaque 320'])} on a {rng.choice(['Siemens SOMATOM Force', 'GE Revolution CT', 'Canon Aquilion ONE'])}. "
        "MIP and 3D reformats on an independent workstation.",
        _dose(rng),
        "FINDINGS:\nNONCONTRAST HEAD: No intracranial hemorrhage. "
        + rng.choice([f"Loss of gray-white differentiation in the {s} insula and lentiform nucleus.",
                      f"Hyperdense {s} MCA.", "No acute territorial infarct.", "Chronic lacunes in the bilateral basal ganglia."])
        + f" ASPECTS {aspects}. Ventricles and sulci age-appropriate. No midline shift.\n"
        f"CTA NECK: {rng.choice(['Patent carotid and vertebral arteries without stenosis by NASCET criteria.', f'Calcified plaque at the {s} ICA origin with 60% stenosis (NASCET).', 'Dominant left vertebral artery.'])}\n"
        f"CTA HEAD: {'Abrupt cutoff of the ' + occl + ' with ' + rng.choice(['good', 'moderate', 'poor']) + ' collaterals (Tan score 2).' if occl != 'none' else 'No large vessel occlusion. Circle of Willis complete.'}",
        "IMPRESSION:\n1. No intracranial hemorrhage.\n"
        f"2. {('Occlusion of the ' + occl + '.') if occl != 'none' else 'No LVO.'}\n3. ASPECTS {aspects}.",
        f"NOTIFICATION:  Findings discussed with ___ (telestroke) by ___ via telephone at {_tm(rng)}, "
        f"{rng.randint(1, 9)} minutes after discovery.",
        _Opt("Note: automated LVO detection software flagged this study; final interpretation as above."),
    ]


def _k_ctp(rng: random.Random, la: list[str]) -> list[Block]:
    core, tmax = rng.randint(0, 80), rng.randint(0, 220)
    mism = max(tmax - core, 0)
    ver = rng.choice(["RAPID 5.2.2", "RAPID 5.0.4", "Viz CTP 2.1", "Olea Sphere 3.0"])
    return [
        _rad_header(rng, la, "CT PERFUSION BRAIN", f"{_age_phrase(rng, la)} wake-up stroke, {rng.choice(_OCCL)} occlusion on CTA // penumbra"),
        f"TECHNIQUE:  Dynamic perfusion CT through {rng.choice(['8', '16'])} cm coverage after a {rng.randint(35, 45)} mL bolus. "
        f"Post-processing with {_lk(la, ver)} (automated, deconvolution).",
        _dose(rng),
        f"FINDINGS:\n  CBF < 30% .............. {core} mL\n  Tmax > 6 s ............. {tmax} mL\n"
        f"  Mismatch volume ........ {mism} mL\n  Mismatch ratio ......... {round(tmax / max(core, 1), 1)}\n"
        f"  Tmax > 10 s ............ {rng.randint(0, tmax)} mL\n  HIR .................... {round(rng.uniform(0.1, 0.7), 2)}\n"
        "Arterial input and venous output functions adequate. Mild motion on frames 18-22.",
        "IMPRESSION:\n" + (f"Target mismatch profile (core {core} mL, mismatch {mism} mL) meeting DEFUSE-3 criteria."
                           if core < 70 and mism >= 15 and tmax / max(core, 1) >= 1.8 else
                           "No target mismatch profile by automated criteria; correlate clinically."),
        _Opt("Perfusion maps are estimates; artifact from prior infarct or hypoperfusion may affect volumes."),
    ]


def _k_mri(rng: random.Random, la: list[str]) -> list[Block]:
    s, _ = _side(rng)
    return [
        _rad_header(rng, la, "MRI BRAIN WITHOUT CONTRAST; MRA HEAD",
                    f"{_age_phrase(rng, la)} with transient {rng.choice(['aphasia', 'right hand weakness', 'diplopia', 'vertigo'])} // infarct?"),
        f"TECHNIQUE:  {rng.choice(['3T GE SIGNA Premier', '1.5T Siemens MAGNETOM Aera', '3T Philips Ingenia'])}: sagittal T1, "
        "axial DWI/ADC, FLAIR, SWI, T2, coronal T2; 3D TOF MRA of the circle of Willis.",
        "FINDINGS:\n" + rng.choice([
            f"Restricted diffusion in the {s} MCA territory involving the insula and frontal operculum, with FLAIR signal "
            "(DWI-FLAIR match).",
            f"Punctate foci of restricted diffusion in the {s} centrum semiovale and posterior cortex, watershed pattern.",
            "No restricted diffusion. No acute infarct.",
            f"Acute infarct in the {s} lateral medulla (Wallenberg syndrome distribution)."])
        + f"\nFLAIR: periventricular white matter hyperintensities, {_lk(la, 'Fazekas grade ' + str(rng.randint(1, 3)))}.\n"
        f"SWI: {rng.choice(['no microhemorrhage', f'{rng.randint(2, 12)} lobar microbleeds, cerebral amyloid angiopathy possible', 'susceptibility vessel sign in the M2'])}.\n"
        f"MRA: {rng.choice(['patent intracranial arteries', f'{s} M1 moderate stenosis', f'recanalized {s} MCA after thrombectomy', 'fetal PCA origin on the right'])}.",
        "IMPRESSION:\n" + rng.choice([f"1. Acute {s} MCA infarct as above.", "1. No acute infarct.",
                                      "1. Small acute embolic infarcts; consider cardioembolic source."]) + "\n2. Chronic small vessel ischemic change.",
        _Opt("Dilated perivascular (Virchow-Robin) spaces in the basal ganglia, incidental."),
    ]


def _k_angio(rng: random.Random, la: list[str]) -> list[Block]:
    occl = rng.choice(_OCCL[:8])
    passes = rng.randint(1, 4)
    dev = rng.choice(["Solitaire X 6x40 stent retriever", "Trevo NXT 4x41 stent retriever", "Penumbra RED 72 aspiration catheter",
                      "EmboTrap III 5x37", "Sofia Plus 6F aspiration", "Vecta 71 aspiration catheter"])
    return [
        f"PROCEDURE:  Diagnostic cerebral angiography and mechanical thrombectomy\nDATE:  {_sd(rng, la)}\n"
        "OPERATORS:  ___ (attending), ___ (fellow)\n"
        f"ANESTHESIA:  {rng.choice(['moderate sedation', 'general anesthesia (intubated at spoke)', 'MAC'])}",
        f"INDICATION:  {_age_phrase(rng, la)} with {occl} occlusion, NIHSS {rng.randint(6, 28)}, "
        f"{rng.choice(['s/p TNK at spoke', 'not a lytic candidate', 's/p alteplase'])}.",
        f"ACCESS:  {rng.choice(['Right common femoral', 'Left radial (distal)', 'Right radial'])} artery, ultrasound guided, "
        f"{rng.choice(['8F', '6F', '9F'])} sheath. Heparin {rng.choice(['not given', '2000 units'])}.",
        f"TECHNIQUE:  {rng.choice(['Neuron MAX 088', 'Walrus balloon guide', 'FlowGate2 balloon guide'])} placed in the cervical ICA. "
        f"{rng.choice(['Phenom 21', 'Trevo Trak 21', 'Headway 21'])} microcatheter over a Synchro 2 wire across the occlusion. "
        f"{dev}; {passes} pass(es).",
        f"RESULT:  {_lk(la, 'eTICI ' + rng.choice(['2b50', '2b67', '2c', '3']))} reperfusion after pass {passes}. "
        f"{rng.choice(['No distal emboli.', 'Small emboli to ACA territory (new).', 'No extravasation.'])}",
        f"CONTRAST/RADIATION:  {rng.choice(['Visipaque 320', 'Omnipaque 300'])} {rng.randint(60, 240)} mL; fluoroscopy "
        f"{round(rng.uniform(8, 60), 1)} min; air kerma {rng.randint(300, 3200)} mGy; DAP {rng.randint(40, 400)} Gy-cm2.",
        f"CLOSURE:  {rng.choice(['Angio-Seal VIP 8F', 'Perclose ProGlide', 'TR Band', 'MynxGrip'])}. Distal pulses intact.\n"
        "COMPLICATIONS:  None.\nIMPRESSION:  Successful thrombectomy as above. Neuro ICU, SBP < 160.",
    ]


def _k_shunt_series(rng: random.Random, la: list[str]) -> list[Block]:
    valve = rng.choice(_VALVES)
    return [
        _rad_header(rng, la, "SHUNT SERIES (SKULL AP/LAT, CHEST AP, ABDOMEN AP)",
                    f"{_age_phrase(rng, la)} with VP shunt, {rng.choice(['headache and vomiting', 'post-op check', 'increased lethargy', 'setting check after MRI'])} // shunt integrity"),
        "TECHNIQUE:  Four radiographs as listed.",
        f"FINDINGS:\nA {rng.choice(['right frontal', 'right parietal', 'left frontal'])} approach ventricular catheter terminates "
        f"near the {rng.choice(['frontal horn of the right lateral ventricle', 'foramen of Monro', 'third ventricle'])}. "
        f"The {_lk(la, valve)} valve is projected over the {rng.choice(['right parietal', 'retroauricular', 'right frontal'])} calvarium; "
        f"the setting appears to be {rng.choice(['1.5', '2.0', '1.0', 'performance level 2', '100 mm H2O'])}.\n"
        "The tubing is continuous through the neck and chest without kink, fracture or disconnection.\n"
        f"The distal catheter {rng.choice(['coils freely in the right lower quadrant', 'terminates in the pelvis', 'coils in the left abdomen, redundant'])}.\n"
        f"Lungs: {rng.choice(['clear', 'mild bibasilar atelectasis', 'no pneumothorax'])}. Bowel gas pattern nonobstructive.",
        "IMPRESSION:\n" + rng.choice(["Intact shunt system without discontinuity.", "No evidence of shunt disconnection or fracture.",
                                      "Apparent discontinuity at the valve-distal tubing junction -- correlate; discussed with neurosurgery."]),
        _Opt("Note: valve setting should be confirmed with the manufacturer's programmer; radiographic reading is approximate."),
    ]


def _k_postop_ct(rng: random.Random, la: list[str]) -> list[Block]:
    s, _ = _side(rng)
    return [
        _rad_header(rng, la, "CT HEAD W/O CONTRAST",
                    f"{_age_phrase(rng, la)} POD {rng.randint(0, 3)} {rng.choice(['craniotomy for ICH evacuation', 'decompressive hemicraniectomy', 'EVD placement', 'aneurysm clipping', 'VP shunt'])} // post-op eval"),
        "TECHNIQUE:  Contiguous axial images through the brain without contrast. Coronal and sagittal reformats.",
        _dose(rng),
        "FINDINGS:\n" + f"Postsurgical changes of {s} {rng.choice(['frontal craniotomy', 'hemicraniectomy', 'pterional craniotomy with aneurysm clip', 'frontal burr hole'])}. "
        f"Expected pneumocephalus. {rng.choice(['Small extra-axial fluid collection, 6 mm.', 'No new hemorrhage.', 'Residual hematoma 12 mL, decreased.'])}\n"
        f"{rng.choice(['EVD tip at the foramen of Monro.', 'Ventricular catheter tip in the frontal horn.', 'No EVD.'])} "
        f"Midline shift {rng.randint(0, 11)} mm, {rng.choice(['unchanged', 'improved', 'slightly increased'])}. "
        f"{rng.choice(['Transcalvarial herniation through the defect.', 'No hydrocephalus.', 'Basal cisterns patent.'])}",
        "IMPRESSION:\n" + rng.choice(["Expected postoperative appearance.", "No acute complication.",
                                      "Slightly increased midline shift; no new hemorrhage. Discussed with neurosurgery."]),
        _Opt("No evidence of Duret hemorrhage or Kernohan's notch phenomenon."),
    ]


def _k_spine_img(rng: random.Random, la: list[str]) -> list[Block]:
    lv = rng.choice(["L4-5", "L5-S1", "C5-6", "C6-7", "L3-5"])
    ct = rng.random() < 0.4
    return [
        _rad_header(rng, la, f"{'CT' if ct else 'RADIOGRAPHS'} {'CERVICAL' if lv.startswith('C') else 'LUMBAR'} SPINE",
                    f"{_age_phrase(rng, la)} s/p fusion {lv} // hardware position"),
        f"TECHNIQUE:  {'Helical CT with sagittal and coronal reformats, metal artifact reduction (' + rng.choice(['Siemens SOMATOM Force', 'GE Revolution CT', 'Canon Aquilion ONE']) + ')' if ct else 'AP, lateral and flexion/extension views (' + rng.choice(['Carestream DRX-Evolution', 'Fujifilm FDR Visionary', 'Philips DigitalDiagnost']) + ')'}.",
        f"FINDINGS:\nStatus post {('anterior cervical discectomy and fusion' if lv.startswith('C') else 'posterior instrumented fusion')} at {lv}. "
        f"{rng.choice(['Interbody cage in satisfactory position.', 'Pedicle screws without lucency or fracture.', 'Anterior plate and screws intact.'])} "
        f"{rng.choice(['No listhesis.', 'Meyerding grade 1 anterolisthesis, unchanged.', 'No abnormal motion on flexion/extension.'])} {rng.choice(['Hardware consistent with the operative report (Globus Creo).', 'Rods and screws (CD Horizon Solera) intact.', 'No screw back-out.', 'Cage radiopaque markers in expected position.'])} "
        f"{rng.choice(['Prevertebral soft tissue swelling expected post-op.', 'Surgical drain in place.', 'Skin staples.'])}",
        "IMPRESSION:\n" + rng.choice(["Postoperative changes without hardware complication.",
                                      "Satisfactory alignment; early post-op appearance.", "Possible medial breach of the left L5 screw (CT recommended)."]),
        _Opt("Adjacent segment degenerative change, mild."),
    ]


def _k_duplex(rng: random.Random, la: list[str]) -> list[Block]:
    def row(name: str) -> str:
        return f"| {name} | {rng.randint(50, 420)} | {rng.randint(10, 140)} |"
    return [
        _rad_header(rng, la, "CAROTID DUPLEX ULTRASOUND, BILATERAL",
                    f"{_age_phrase(rng, la)} with {rng.choice(['TIA', 'left MCA stroke', 'amaurosis fugax', 'right hand weakness'])} // stenosis"),
        "TECHNIQUE:  Grayscale, color and spectral Doppler of the cervical carotid and vertebral arteries on a "
        f"{rng.choice(['Philips EPIQ 7', 'GE LOGIQ E10', 'Siemens ACUSON Sequoia'])} with a linear 9-3 MHz probe.",
        "FINDINGS (cm/s):\n| Segment | PSV | EDV |\n|---|---|---|\n" + "\n".join(
            row(n) for n in ("R CCA", "R ICA prox", "R ICA mid", "L CCA", "L ICA prox", "L ICA mid"))
        + f"\nICA/CCA ratio: R {round(rng.uniform(0.8, 4.5), 1)}, L {round(rng.uniform(0.8, 4.5), 1)}. Vertebral flow antegrade bilaterally.",
        f"Plaque: {rng.choice(['heterogeneous calcified plaque at the right bulb', 'smooth plaque left ICA origin', 'minimal intimal thickening'])}.",
        "IMPRESSION:\n" + rng.choice(["Right ICA 50-69% stenosis; left < 50% (SRU consensus criteria).",
                                      "No hemodynamically significant stenosis.", "Left ICA 70-99% stenosis; vascular surgery referral."]),
        _Opt("Velocities may be overestimated contralateral to a high-grade stenosis."),
    ]


# --------------------------------------------------------------------------------------------------
# Kinds, look-alikes, heavy masking, padding, assembly
# --------------------------------------------------------------------------------------------------
_KINDS: dict[str, tuple[str, Callable[[random.Random, list[str]], list[Block]]]] = {
    "telestroke_consult": ("discharge", _k_telestroke),
    "thrombolysis_decision": ("discharge", _k_thrombolysis),
    "thrombectomy_transfer": ("discharge", _k_transfer),
    "neuro_icu_progress": ("discharge", _k_neuro_icu),
    "craniotomy_op_note": ("discharge", _k_craniotomy),
    "evd_shunt_op_note": ("discharge", _k_evd_shunt),
    "spine_op_note": ("discharge", _k_spine),
    "neuronav_implant_log": ("discharge", _k_navlog),
    "gwtg_registry_abstraction": ("discharge", _k_gwtg),
    "coordinator_followup_call": ("discharge", _k_followup_call),
    "driving_rtw_letter": ("discharge", _k_letter),
    "stroke_discharge_summary": ("discharge", _k_discharge),
    "code_stroke_ct_cta": ("radiology", _k_ct_code),
    "ct_perfusion": ("radiology", _k_ctp),
    "mri_brain_stroke": ("radiology", _k_mri),
    "cerebral_angiography": ("radiology", _k_angio),
    "shunt_series": ("radiology", _k_shunt_series),
    "postop_head_ct": ("radiology", _k_postop_ct),
    "spine_postop_imaging": ("radiology", _k_spine_img),
    "carotid_duplex": ("radiology", _k_duplex),
}
DOCUMENT_KINDS: tuple[str, ...] = tuple(_KINDS)
_DIS_KINDS = tuple(k for k, (t, _) in _KINDS.items() if t == "discharge")
_RAD_KINDS = tuple(k for k, (t, _) in _KINDS.items() if t == "radiology")

EPONYMS_AND_BRANDS: tuple[str, ...] = (
    "Activase", "TNKase", "Genentech", "Eliquis", "Xarelto", "Lipitor", "Plavix", "Crestor", "Cardene", "Cleviprex",
    "Kcentra", "Keppra", "Nimotop", "InTouch Lite 4", "Teladoc Vantage", "Caregility iObserver", "InTouch TV-Pro",
    "Zoom for Healthcare", "Viz.ai", "Vitrea", "Brainomix e-ASPECTS", "Aidoc", "NeurOptics", "Camino", "Licox",
    "Pipeline Flex", "Hunt and Hess", "modified Fisher", "Lindegaard ratio", "Glasgow Coma Scale", "Mayfield",
    "Sylvian fissure", "Yasargil", "DuraGen", "Surgicel", "Floseal", "Tisseel", "KLS Martin", "Synthes",
    "Kocher's point", "Brainlab Curve", "StealthStation S8", "Bactiseal", "Integra", "Medtronic Duet",
    "Codman Certas Plus", "Codman Hakim", "Medtronic Strata II", "Aesculap proGAV 2.0", "Sophysa Polaris",
    "Smith-Robinson", "Jackson table", "Jackson-Pratt", "O-arm", "Kerrison", "CD Horizon Solera", "Globus Creo",
    "Stryker Xia", "Midas Rex", "Dermabond", "Mazor X Stealth Edition", "Vicryl", "TOAST",
    "Get With The Guidelines-Stroke", "Target: Stroke Phase III", "Humphrey 24-2", "MoCA", "Reveal LINQ",
    "Omnipaque 350", "Isovue 370", "Visipaque 320", "Siemens SOMATOM Force", "GE Revolution CT", "Canon Aquilion ONE",
    "NASCET", "Tan score", "Circle of Willis", "circle of Willis", "DEFUSE-3", "Olea Sphere 3.0", "GE SIGNA Premier",
    "Siemens MAGNETOM Aera", "Philips Ingenia", "Wallenberg syndrome", "Fazekas grade", "Virchow-Robin",
    "Solitaire X", "Trevo NXT", "Penumbra RED 72", "EmboTrap III", "Sofia Plus", "Neuron MAX 088",
    "Walrus balloon guide", "FlowGate2", "Phenom 21", "Trevo Trak 21", "Headway 21", "Synchro 2", "Angio-Seal VIP",
    "Perclose ProGlide", "TR Band", "MynxGrip", "foramen of Monro", "Duret hemorrhage", "Kernohan's notch",
    "SRU consensus criteria", "AHA/ASA", "BE FAST", "BE-FAST", "FMCSA", "MV-80L", "Alaris", "Vecta 71",
    "ICH score", "Philips EPIQ 7", "GE LOGIQ E10", "Siemens ACUSON Sequoia", "Carestream DRX-Evolution",
    "Fujifilm FDR Visionary", "Philips DigitalDiagnost", "Meyerding grade 1", "RAPID 5.2.2", "RAPID 5.0.4", "Viz CTP 2.1", "Brainlab Kick EM", "Synergy Cranial 2.2.8",
)
_AUTO_LOOKALIKES: tuple[str, ...] = EPONYMS_AND_BRANDS + _TOLL_FREE + _PUBLIC_WEB + _STATES + _COUNTRIES + (
    "NDC 50242-038-01", "NDC 50242-085-27", "Neuro ICU", "quality department", "TRANSFER CENTER", "Vascular Neurology",
    "vascular neurology", "Polish", "STK-1", "STK-6", "DTN > 60 min", "0.25 mg/kg", "0.9 mg/kg",
)

_PAD: dict[str, tuple[str, ...]] = {
    "telestroke_consult": (
        "Spoke capabilities reviewed: CT and CTA available 24/7, CTP not available overnight; no on-site neurology or "
        "neurosurgery. Transfer agreement with the hub in place.",
        "Exam limitations: video exam of visual fields and sensation limited; bedside RN performed finger-to-nose and "
        "extinction testing on request.",
        "Spoke ED physician agreed with the plan; recommendations read back. Hub stroke team and neuro-IR paged at the "
        "time of the LVO finding.",
        "Follow-up: teleneurology to re-evaluate by video if not transferred within 2 h, or sooner for any decline of "
        "2 or more NIHSS points.",
    ),
    "thrombolysis_decision": (
        "Blood pressure management before bolus: labetalol 10 mg IV x1, repeat 10 mg x1; nicardipine infusion ready if "
        "BP remains above 185/110.",
        "Bleeding precautions: no IM injections, no NG tube or Foley for 4 h unless essential, pad side rails.",
        "Angioedema protocol at bedside: diphenhydramine 50 mg IV, famotidine 20 mg IV, methylprednisolone 125 mg IV; "
        "anesthesia for airway if progression.",
        "Symptomatic hemorrhage protocol: stop infusion, STAT NCCT, fibrinogen, cryoprecipitate 10 units, tranexamic "
        "acid 1 g IV, neurosurgery consult.",
    ),
    "thrombectomy_transfer": (
        "Medications en route: nicardipine 5 mg/h titrate to SBP < 180; ondansetron PRN; no sedation unless agitated.",
        "Family informed of transfer and given hub address and unit phone through the spoke social worker; one "
        "family member may ride along if space permits.",
        "Hub neuro-IR team activated at the time of acceptance; anesthesia notified for possible general anesthesia.",
        "If the patient deteriorates en route, crew to contact medical control and divert only for airway compromise.",
    ),
    "neuro_icu_progress": (
        "Lines: R radial arterial line day 3, L subclavian CVC day 3; both still indicated. Foley removed this AM.",
        "Nutrition: tube feeds at goal via Dobhoff; bowel regimen senna/docusate; glucose 140-180 on sliding scale.",
        "Prophylaxis: GI famotidine 20 mg BID; VTE SQ heparin; HOB 30 degrees; oral care per VAP bundle.",
        "Sedation: propofol off; RASS 0; CAM-ICU negative. Sleep hygiene and early mobility with PT/OT today.",
    ),
    "craniotomy_op_note": (
        "Positioning: all pressure points padded; eyes taped; sequential compression devices on both legs prior to "
        "induction; Foley and arterial line placed by anesthesia.",
        "Mannitol 1 g/kg and hyperventilation to PaCO2 33 were used at the time of bone flap elevation.",
        "Blood products: none transfused; cell saver not used. Tranexamic acid 1 g given at incision.",
    ),
    "evd_shunt_op_note": (
        "Orders: daily CSF cell count while EVD in place; drain clamped for transport and repositioning; notify "
        "neurosurgery for ICP > 20 for 5 min or output > 20 mL/h.",
        "Dressing: occlusive chlorhexidine-impregnated dressing; catheter sutured at two points; no routine dressing "
        "changes.",
        "Shunt teaching: patient and family taught signs of malfunction (headache, vomiting, lethargy) and infection.",
    ),
    "spine_op_note": (
        "Positioning: prone on gel rolls with all pressure points padded; arms tucked; eyes checked every 30 min.",
        "Antibiotics: cefazolin 2 g IV within 60 min of incision, redosed at 4 h. Vancomycin 1 g powder in the wound.",
        "Wound: layered closure with 0 Vicryl fascia, 2-0 Vicryl subcutaneous and running 3-0 Monocryl; Dermabond.",
    ),
    "neuronav_implant_log": (
        "Camera position: head of bed, 1.8 m from the reference array; line of sight confirmed before draping.",
        "Instrument calibration: pointer and suction instrument calibrated; awl-tap verified on the calibration block.",
        "Screenshots saved at each trajectory; export to PACS pending technologist review.",
    ),
    "gwtg_registry_abstraction": (
        "Coding note: LKW taken from the EMS run sheet; arrival time is the spoke ED triage time for transfers.",
        "Exclusion review: comfort measures only documented on day 1 = No; clinical trial participation = No.",
        "Data validation: 10% of records re-abstracted quarterly by a second abstractor; agreement 96%.",
        "Discharge medications reconciled against the AVS; statin intensity recorded as high.",
    ),
    "coordinator_followup_call": (
        "Caregiver strain screened; offered respite resources and the monthly caregiver group.",
        "Reviewed home safety: grab bars installed, rugs removed, night lights; walker at bedside.",
        "Advised to bring the BP log and pill bottles to the clinic visit; reviewed how to check BP correctly.",
        "Return precautions reviewed: sudden weakness, numbness, trouble speaking or seeing, severe headache.",
    ),
    "driving_rtw_letter": (
        "Current medications do not impair driving or work; the patient is not taking sedating medicines.",
        "The patient has no seizures since the stroke. If a seizure occurs, driving restrictions will change.",
        "I will re-evaluate at the 3-month stroke clinic visit and provide an update if requested.",
    ),
    "stroke_discharge_summary": (
        "Transitional Issues:\n- Follow up pending 30-day cardiac monitor\n- Recheck LFTs on high-intensity statin\n"
        "- Outpatient speech therapy",
        "Physical Exam at Discharge:\nAlert, oriented x3. Mild residual facial droop. Strength 4+/5 in the affected "
        "arm. Gait with rolling walker.",
        "Pertinent Results:\nWBC-7.2 Hgb-13.1 Plt-241 Na-139 K-4.1 Cr-0.9 Glucose-118 LDL-142 A1c-6.8 TSH-2.1",
        "Code status: Full code (confirmed). Contact: ___ (HCP).",
    ),
    "code_stroke_ct_cta": (
        "Additional findings: paranasal sinuses clear. Mastoid air cells clear. Thyroid homogeneous. Lung apices clear.",
        "Aortic arch: type II arch with mild calcified plaque. Origins of the great vessels patent.",
        "Venous structures: dural venous sinuses opacified on delayed images without filling defect.",
    ),
    "ct_perfusion": (
        "Qualitative maps: prolonged Tmax and decreased CBF in the corresponding territory; CBV relatively preserved.",
        "The volumes above are software estimates and should be interpreted with CTA and clinical findings.",
        "Perfusion source images reviewed for motion and truncation; the bolus curve is complete.",
    ),
    "mri_brain_stroke": (
        "Ventricles and sulci are within normal limits for age. No extra-axial collection. Orbits unremarkable.",
        "Flow voids present in the major intracranial arteries and dural venous sinuses.",
        "Paranasal sinuses with mild mucosal thickening. Mastoids clear.",
    ),
    "cerebral_angiography": (
        "Diagnostic runs: the contralateral ICA and the dominant vertebral artery were injected; no aneurysm.",
        "Post-procedure: sheath removed in the angio suite; groin checks q15 min x4; bed rest 2 h.",
        "Hemostasis confirmed; distal pulses palpable; neuro exam improved at the end of the procedure.",
    ),
    "shunt_series": (
        "Skull: no fracture. Burr hole at the catheter entry site. No abnormal calvarial thinning.",
        "Chest: cardiomediastinal silhouette normal. No pleural effusion.",
        "Abdomen: no free air on this supine view. Nonobstructive bowel gas pattern.",
    ),
    "postop_head_ct": (
        "Soft tissues: postoperative scalp swelling and staples. Orbits unremarkable.",
        "Ventricles: no interval change in size. No transependymal flow.",
        "Basal cisterns patent. Gray-white differentiation otherwise preserved.",
    ),
    "spine_postop_imaging": (
        "Vertebral body heights are maintained. No acute fracture. Disc spaces elsewhere preserved.",
        "Prevertebral soft tissues and paraspinal musculature without abnormal collection.",
        "Mild facet arthropathy at the adjacent levels, unchanged. No spondylolysis.",
        "Alignment: preserved lordosis. No interval subsidence of the interbody device.",
    ),
    "carotid_duplex": (
        "Color Doppler: no flow reversal. Spectral waveforms normal in contour in the CCA bilaterally.",
        "External carotid arteries patent bilaterally with high-resistance waveforms.",
        "Vertebral arteries: antegrade flow with normal waveforms; no subclavian steal pattern.",
    ),
}
_PAD_GENERIC: dict[str, tuple[str, ...]] = {
    "radiology": (
        "RECOMMENDATION(S):  Clinical correlation. Follow-up imaging as clinically indicated.",
        "Attending attestation: I have personally reviewed the images and agree with the findings and impression "
        "as written by the resident (___).",
        "Report status: FINAL. A preliminary report was issued at ___ by ___; there is no significant discrepancy "
        "between the preliminary and final interpretations.",
        "CLINICAL INFORMATION (from the order): see EHR. Ordering provider: ___ (___). Priority: STAT. Exam "
        "performed by ___ (technologist).",
        "Technologist note: patient tolerated the examination without complication; positioning limited by "
        "patient cooperation; no contrast reaction observed.",
        "This examination was compared with all available prior imaging in the institutional PACS and the regional "
        "image exchange; no further outside studies were located.",
    ),
    "discharge": (
        "Time spent: more than 30 minutes in documentation, review of outside records and coordination of care with "
        "the spoke and hub teams.",
        "This note was prepared in part with voice recognition software; occasional transcription errors may occur. "
        "Please contact the author with questions.",
        "Outside records reviewed: spoke ED note, EMS run sheet, medication list, imaging reports.",
    ),
}
_HEAVY_LINES = (
    "Name:  ___                  Unit No:   ___", "Admission Date:  ___   Discharge Date:  ___   Date of Birth:  ___",
    "Attending: ___   Fellow: ___   Resident: ___", "Spoke site: ___   Spoke MD: ___   Callback: ___",
    "PCP: ___ (___)   Ph: ___   Fax: ___", "HCP: ___ (___)   Cell: ___", "Transfer: ___ from ___ via ___ (unit ___)",
    "Address: ___ ___, ___, ___ ___", "Insurance: ___   Member ID: ___", "Referring: ___, ___ at ___",
    "Pharmacy: ___ (___ St)", "Employer: ___   Supervisor: ___", "Accession: ___   Order: ___",
    "cc: ___; ___; ___", "Signed: ___ ___ at ___",
)
_MIN_LEN, _MAX_LEN = 1150, 4450
_TARGET_DIS, _TARGET_RAD = (1400, 3300), (1200, 2100)


def _is_radiology(seed: int, i: int) -> bool:
    return _frac(i * _R1 + seed * 0.1234567891) < _RADIOLOGY_RATE


def document_kind(seed: int, i: int) -> str:
    pool = _RAD_KINDS if _is_radiology(seed, i) else _DIS_KINDS
    return pool[int(_frac(i * _R2 + seed * 0.2718281828) * len(pool))]


def _block_len(b: Block) -> int:
    return len(b) if isinstance(b, str) else sum(len(p) if isinstance(p, str) else len(p[0]) for p in b)


def _total_len(blocks: list[Block]) -> int:
    return sum(_block_len(b) for b in blocks) + 2 * (len(blocks) - 1)


def _heavy_block(rng: random.Random) -> str:
    return "\n".join(rng.sample(_HEAVY_LINES, 9))


def _build(seed: int, i: int) -> tuple[LabelledNote, list[str], str]:
    rng = random.Random(f"holdout60:{seed}:{i}")
    kind = document_kind(seed, i)
    note_type, builder = _KINDS[kind]
    la: list[str] = []
    blocks: list[Block] = list(builder(rng, la))
    heavy = _is_heavy(i)
    if heavy:
        blocks.insert(0, _heavy_block(rng))
        blocks.insert(len(blocks) // 2, "Addendum: ___ discussed with ___ (___) and ___; copy to ___ at ___.")
    if _is_planted(seed, i):
        prng = random.Random(f"holdout60:{seed}:{i}:plants")
        k = prng.choices((1, 2, 3, 4), weights=(38, 32, 20, 10))[0]
        for j in range(k):
            parts, place = _plant(prng, _category(seed, i, j), note_type, la)
            if place == "t":
                pos = prng.randint(0, 1)
            elif place == "e":
                pos = len(blocks) - prng.randint(0, 1)
            else:
                pos = prng.randint(1, max(1, len(blocks) - 1))
            blocks.insert(pos, parts)
    while _total_len(blocks) > _MAX_LEN and any(isinstance(b, _Opt) for b in blocks):
        idx = max(n for n, b in enumerate(blocks) if isinstance(b, _Opt))
        del blocks[idx]
    target = rng.randint(*(_TARGET_RAD if note_type == "radiology" else _TARGET_DIS))
    generic = list(_PAD_GENERIC[note_type])
    rng.shuffle(generic)
    kpad = list(_PAD[kind])
    rng.shuffle(kpad)
    while _total_len(blocks) < max(target, _MIN_LEN) and kpad:
        # kind-specific filler goes into the second half of the note
        blocks.insert(rng.randint(len(blocks) // 2 + 1, len(blocks)), kpad.pop())
    # attestations and boilerplate close the note: radiology up to the target, discharge only if still short
    floor = max(target, _MIN_LEN) if note_type == "radiology" else _MIN_LEN
    while _total_len(blocks) < floor and generic:
        blocks.append(generic.pop())
    text_parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    for n, b in enumerate(blocks):
        if n:
            text_parts.append("\n\n")
            pos += 2
        for p in [b] if isinstance(b, str) else b:
            if isinstance(p, str):
                text_parts.append(p)
                pos += len(p)
            else:
                spans.append((pos, pos + len(p[0]), p[1]))
                text_parts.append(p[0])
                pos += len(p[0])
    text = "".join(text_parts)
    la.extend(t for t in _AUTO_LOOKALIKES if t in text)
    looks = [x for x in dict.fromkeys(la) if x and x in text]
    return LabelledNote(note_type, text, spans), looks, "heavy" if heavy else "normal"


def holdout60_note(seed: int, i: int) -> LabelledNote:
    return _build(seed, i)[0]


def holdout60_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout60_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = holdout_measure.measure(
        holdout60_corpus, argv, "Held-out corpus 60 (stroke network, telestroke and neurosurgery): detector recall/precision")
    holdout_measure.report("holdout60", args, notes, hits, res)


if __name__ == "__main__":  # pragma: no cover
    main(sys.argv[1:])
