"""Held-out corpus 58: patient relations, risk management and medical-legal correspondence around an admission.

MIMIC-IV-Note-shaped documents that a hospital's patient-relations, risk-management, health-information
and legal offices write or receive about one admission. Most identifiers are masked as ``___``; shifted
dates (2100-2200) are left in and never labelled; about 58% of the notes carry 1-4 identifiers that
escaped masking (the labelled spans); 5% are heavy notes (many ``___``, no plants).

Document kinds (``DOCUMENT_KINDS``):

- discharge: ``grievance_intake`` (patient grievance / complaint intake form), ``advocate_call_log``
  (patient-advocate call log), ``adverse_event_disclosure`` (disclosure-of-adverse-event conversation
  note), ``incident_followup`` (risk-management incident follow-up), ``peer_review_referral`` (medical
  staff peer-review referral form), ``mm_case_summary`` (morbidity-and-mortality case summary),
  ``records_subpoena_response`` (attorney records request and subpoena response from HIM),
  ``letter_of_protection`` (letter of protection and the business office's note), ``liability_claim``
  (insurer professional-liability claim correspondence), ``ethics_consult`` (ethics consultation note),
  ``ama_lwbs`` (against-medical-advice / left-without-being-seen documentation), ``capacity_guardianship``
  (decision-making capacity and guardianship note);
- radiology: ``rad_amended_report`` (discrepancy / amended report), ``rad_outside_overread``
  (outside-film over-read), ``rad_peer_review`` (radiology peer-review discrepancy worksheet),
  ``rad_critical_result`` (report with a critical-result communication addendum), ``rad_injury_survey``
  (injury-documentation imaging with a legal chain-of-custody note), ``rad_incidental_tracking``
  (incidental-finding follow-up tracking addendum).

Label policy (the project's, copied): PERSON is one span per name (given and family together, titles
outside); LOCATION is a place below state level (a street line is STREET_ADDRESS; town and ZIP are
separate spans; states and countries are never labelled, and "New York" alone is the state); ORGANIZATION
is a named hospital, practice, pharmacy (a chain's store too), agency, school or employer, never a generic
department, and never a drug maker, biotech or trial sponsor named as such (a jail, prison or court is one;
a payer or insurer named as such is not). DATE_REAL_YEAR is a whole date carrying a year 1900-2030 (a bare
year is not labelled; a device, drug or lot expiry date is not labelled; a death date is). AGE_OVER_89
labels the digits of ages >= 90. DEVICE_ID is a device serial (for a GS1 UDI only the (21) serial) or a
hospital asset tag; lot, GTIN, REF, model and expiry are not identifiers. A toll-free phone number (800,
888, 877, 866, 855, 844, 833) is a public line: never labelled; a device maker's or vendor's toll-free fax
neither, a practice's toll-free fax is FAX. ACCOUNT covers account, encounter, incident/run, accession,
order, requisition, claim and specimen numbers, and a vendor's call or session id for the patient's
encounter; HEALTH_PLAN member, subscriber and policy ids (an employer's group number is not the member's
id: leave it unlabelled); LICENSE medical, nursing, EMS, DEA and driver's licences and a clinician's NPI.
Spans hold the value only: cue words ("Dr.", "MRN:", "pager", "Fax", "SN", "plate", "Acct") and
credentials ("MD", "RN") stay outside.

Conventions of this corpus on top of the policy: a law firm is a practice, so ORGANIZATION; courts,
police departments, county protective-services and social-services agencies are ORGANIZATION; the
professional-liability carrier and health plans are insurers named as such (unlabelled); federal
regulators, accreditors and registries (FDA, CMS, The Joint Commission, NPDB) and their public websites
and hotlines are unlabelled; court index and docket numbers, grievance case numbers and certified-mail
tracking numbers have no category and are always written masked; the patient's own liability policy is
never written; a death date written "Expired <date>" is labelled, while an "EXP"/"Use by" date on a lot or
device is not; an organisation is drawn to fit its slot (a law firm on a letterhead, a court for a petition).
Look-alikes (returned, never labelled): eponyms, scores and classifications, drug and
device brands, makers, NDCs, lot/REF/model numbers, expiry dates, shifted dates, bare years, ages under
90, doses, software versions, statute sections, public hotlines and websites, generic departments, group
numbers, US states and countries.

Written blind: I read only the brief (bench/holdout_corpus_task.md), ``lqs_clinical/synth/holdout_measure.py``,
the first 45 lines of ``lqs_clinical/synth/notes.py``, ``pyproject.toml``, ``/work/shared/reference/*.md``
and the PyHealth note-shaped samples with ``SOURCES.md`` under ``/work/shared/data/``. No detector code,
rule file, other corpus, test or benchmark was opened, and the detector was never run.
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Callable

from lqs_clinical.synth import holdout_measure
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

# --------------------------------------------------------------------------------------------------
# Deterministic plan (Weyl sequences: the per-category counts are stable and spread evenly)
# --------------------------------------------------------------------------------------------------

_HEAVY_EVERY = 20
_PLANT_CUT = 0.6105  # of the non-heavy notes -> ~58% of all notes
_RAD_SHARE = 0.45


def _frac(x: float) -> float:
    return x - int(x)


def _is_heavy(seed: int, i: int) -> bool:
    return (i + 7 * seed) % _HEAVY_EVERY == 0


def _plan(seed: int, i: int) -> list[str]:
    """Categories planted in note i (empty: not planted or heavy)."""
    if _is_heavy(seed, i):
        return []
    if _frac(seed * 0.5772156649015329 + i * 0.6180339887498949) >= _PLANT_CUT:
        return []
    n = 1 + int(_frac(seed * 0.3819660112501051 + i * 0.7320508075688772) * 4)
    return [CATEGORIES[int(_frac(seed * 0.1415926535897932 + (4 * i + j) * 0.7548776662466927) * len(CATEGORIES))]
            for j in range(n)]


# --------------------------------------------------------------------------------------------------
# Surrogate values (fictitious)
# --------------------------------------------------------------------------------------------------

_FIRST = (
    "Dolores", "Ignatius", "Marisol", "Teodoro", "Priyanka", "Obadiah", "Wen", "Ximena", "Lucinda", "Rashid",
    "Benedetta", "Kwame", "Henrietta", "Anselm", "Yesenia", "Thaddeus", "Mireille", "Casimir", "Oluwaseun",
    "Genevieve", "Ezekiel", "Rosalind", "Bartholomew", "Nadezhda", "Tobiah", "Imelda", "Florian", "Zainab",
    "Cornelius", "Magdalena", "Augustin", "Perpetua", "Leopold", "Soraya", "Evander", "Philippa", "Dashiell",
    "Concepcion", "Lazarus", "Antonella", "Wendell", "Hyun-woo", "Briony", "Silvestre", "Odalys", "Jarvis",
    "Marguerite", "Emeka", "Ottoline", "Radomir", "Thuy", "Ambrose", "Keziah", "Fintan", "Lorraine", "Sven",
    "Abimbola", "Clemente", "Honora", "Desmond",
)
_LAST = (
    "Quackenbush", "Okonkwo-Reyes", "Van Slyke", "Delacroix", "Abernathy", "Szczepanski", "Oyelaran",
    "Mancuso", "Thibodeaux", "Hargrove", "Nakashima", "Vanderpool", "Castellano", "Fennimore", "Lindqvist",
    "Brannigan", "Achterberg", "Mwangi", "Pettibone", "Ruggiero", "Schermerhorn", "Tolliver", "Wojcik",
    "Yarborough", "Zelinski", "Olmstead", "DeGroat", "Krishnamurthy", "Battaglia", "Cavanaugh", "Esposito-Lane",
    "Halloran", "Ingersoll", "Jablonski", "Kowalczyk", "Lachapelle", "McGillicuddy", "Nwachukwu", "Ostrander",
    "Pelletier", "Quintanilla", "Rensselaer", "Sokolowski", "Tremblay", "Underhill", "Vasquez-Moran", "Whitcomb",
    "Yablonsky", "Zimmerle", "Barentsen", "Crandall", "Dunleavy", "Eckhardt", "Fitzsimmons", "Guerrero",
    "Haverkamp", "Ivanova", "Kleinfelter", "Loughlin", "Mastroianni",
)
_TOWNS = (
    "Cohoes", "Watervliet", "Rensselaer Falls", "Oneonta", "Gloversville", "Tarrytown", "Peekskill", "Kingston",
    "Saugerties", "Hudson Falls", "Ballston Spa", "Schenectady", "Amsterdam", "Canajoharie", "Little Falls",
    "Herkimer", "Cobleskill", "Catskill", "Coxsackie", "Ravena", "Delmar", "Voorheesville", "Clifton Park",
    "Mechanicville", "Hoosick Falls", "Granville", "Whitehall", "Ticonderoga", "Plattsburgh", "Malone",
    "Ogdensburg", "Massena", "Potsdam", "Canton", "Lowville", "Boonville", "Rome", "Oneida", "Cazenovia",
    "Norwich", "Sidney", "Walton", "Margaretville", "Ellenville", "Liberty", "Monticello", "Port Jervis",
    "Middletown", "Newburgh", "Beacon", "Pittsfield", "Bennington", "North Adams",
)
_STREETS = (
    "Quail", "Elk", "Delaware", "Van Rensselaer", "Schuyler", "Ontario", "Lark", "Dove", "Hawk", "Partridge",
    "Western", "Washington", "Madison", "Morton", "Clinton", "Hamilton", "Livingston", "Manning", "Mohawk",
    "Sand Creek", "Fuller", "Krumkill", "Whitehall", "Menands", "Orchard", "Sycamore", "Tamarack", "Birch Hill",
    "Old Stage", "Mill Pond", "Ridgewood", "Cedar Swamp", "Tollgate", "Cooper", "Pell", "Wolf",
)
_SUFFIX = ("Street", "St", "St.", "Avenue", "Ave", "Ave.", "Road", "Rd", "Lane", "Ln", "Drive", "Boulevard",
           "Blvd", "Terrace", "Court", "Ct", "Place", "Way", "Turnpike", "Extension")
_ORG_GROUPS: dict[str, tuple[str, ...]] = {
    "hospital": ("Brookhollow General Hospital", "St. Adelind Medical Center", "Ravenkill Memorial Hospital",
                 "Tamsin Valley Regional Medical Center", "Mercy Crossing Hospital", "Harrowgate Community Hospital",
                 "Saint Columba's Hospital", "Oxbow Valley Medical Center"),
    "nursing": ("Linden Ridge Rehabilitation and Nursing", "Cedarwick Manor Skilled Nursing Facility",
                "The Willows at Pell Lake", "Birchfield Hospice and Palliative Care", "Hearthstone Assisted Living"),
    "practice": ("Eastbrook Family Medicine", "Quarry Hill Orthopedics, PC", "Northgate Internal Medicine Associates",
                 "Sablewood Pediatrics", "Cold Brook Dialysis Center", "Maplecrest Urgent Care",
                 "Hollis Lane Imaging Associates", "Upper Valley Radiology Group", "Kinderhook Behavioral Health "
                 "Clinic",
                 "Ostrander Home Care Services", "Riverbend Open MRI"),
    "pharmacy": ("Dunmore Pharmacy", "Pell Street Apothecary", "Kestrel Drug & Surgical"),
    "law": ("Okafor & Lindqvist, LLP", "Brannigan Tuller Weiss PLLC", "Law Offices of Marisol Quintanilla",
            "Halloran & Ostrander", "Delgado Sterne & Marchetti LLP", "Vanterpool Injury Law, PLLC"),
    "agency": ("Kessling County Adult Protective Services", "Marlow County Department of Social Services",
               "Kessling County Office for the Aging"),
    "police": ("Ardmore Police Department", "Tolland Fire Department", "Sheriff's Office of Marlow County",
               "Village of Ravena Police", "Fenwick Ambulance Corps"),
    "court": ("Kessling County Surrogate's Court", "Harlow City Court", "Ardmore County Jail",
              "Greywater Correctional Facility"),
    "employer": ("Westvale Central School District", "Corrigan Freight Lines", "Ridgeway Paper Company"),
}
_ORG_GROUPS["facility"] = _ORG_GROUPS["hospital"] + _ORG_GROUPS["nursing"] + _ORG_GROUPS["practice"][6:9]
_ORGS = tuple(dict.fromkeys(x for g in _ORG_GROUPS.values() for x in g))
_WHO = ("daughter", "son", "wife", "husband", "niece", "nephew", "granddaughter", "sister", "brother",
        "partner", "neighbor", "health care agent", "court-appointed guardian", "stepson", "daughter-in-law")
_UNITS = ("7 North Medicine", "5 West Surgery", "MICU", "SICU", "CCU", "4 East Telemetry", "ED Pod B",
          "Labor & Delivery", "6 South Ortho", "PACU", "Geri-psych 3B", "Observation Unit")
_TOLL = ("800", "888", "877", "866", "855", "844", "833")
_AREA = ("518", "315", "607", "716", "914", "845", "212", "347", "631", "413", "802", "585", "929", "646", "973")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_LET = "ABCDEFGHJKLMNPRSTUVWXYZ"  # no I, O, Q


def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _l(r: random.Random, n: int) -> str:
    return "".join(r.choice(_LET) for _ in range(n))


def _phone_value(r: random.Random, toll: bool = False) -> str:
    a = r.choice(_TOLL) if toll else r.choice(_AREA)
    ex, ln = str(r.randint(201, 989)), _d(r, 4)
    return r.choice((f"({a}) {ex}-{ln}", f"{a}-{ex}-{ln}", f"{a}.{ex}.{ln}", f"{a} {ex} {ln}",
                     f"1-{a}-{ex}-{ln}", f"+1 {a} {ex} {ln}", f"{a}{ex}{ln}", f"({a}){ex}-{ln}"))


def _person(r: random.Random) -> str:
    f, la = r.choice(_FIRST), r.choice(_LAST)
    k = r.randrange(10)
    if k < 5:
        return f"{f} {la}"
    if k == 5:
        return f"{la}, {f}"
    if k == 6:
        return f"{f} {r.choice(_LET)}. {la}"
    if k == 7:
        return f"{f[0]}. {la}"
    if k == 8:
        return f"{f.upper()} {la.upper()}"
    return f"{la.upper()}, {f}"


def _date_real(r: random.Random, lo: int = 1926, hi: int = 2024) -> str:
    y = r.randint(lo, hi)
    m, d = r.randint(1, 12), r.randint(1, 28)
    mon = _MONTHS[m - 1]
    return r.choice((
        f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{mon} {d}, {y}", f"{mon[:3]}. {d}, {y}",
        f"{d} {mon[:3]} {y}", f"{d:02d}-{mon[:3].upper()}-{y}", f"{m:02d}.{d:02d}.{y}", f"{mon} {d} {y}",
        f"{d} {mon} {y}", f"{m}-{d}-{y}",
    ))


def _street(r: random.Random) -> str:
    s = f"{r.randint(2, 9890)} {r.choice(_STREETS)} {r.choice(_SUFFIX)}"
    k = r.randrange(6)
    if k == 0:
        s += f", Apt {r.randint(1, 40)}{r.choice('ABCDEF')}"
    elif k == 1:
        s += f" Unit {r.randint(1, 12)}"
    elif k == 2:
        s += f", Suite {r.randint(100, 950)}"
    return s


def _zip(r: random.Random) -> str:
    z = r.choice(("12", "13", "14", "10", "11", "01", "05")) + _d(r, 3)
    return z + f"-{_d(r, 4)}" if r.random() < 0.3 else z


def _email(r: random.Random) -> str:
    f, la = r.choice(_FIRST).lower().replace("-", ""), r.choice(_LAST).lower().replace(" ", "").replace("-", "")
    dom = r.choice(("gmail.com", "yahoo.com", "outlook.com", "optonline.net", "nycap.rr.com", "icloud.com",
                    "okaforlindqvist.com", "btw-law.com", "hallorano.com", "aol.com", "brightpost.net"))
    return r.choice((f"{f}.{la}@{dom}", f"{f[0]}{la}{r.randint(1, 99)}@{dom}", f"{la}.{f}@{dom}",
                     f"{f}_{la[:4]}{r.randint(10, 1999)}@{dom}"))


def _url(r: random.Random) -> str:
    f, la = r.choice(_FIRST).lower().replace("-", ""), r.choice(_LAST).lower().replace(" ", "").replace("-", "")
    return r.choice((
        f"https://www.facebook.com/{f}.{la}.{r.randint(1, 99)}",
        f"www.{la}{r.choice(_LAST).lower().replace(' ', '').replace('-', '')}law.com",
        f"https://www.gofundme.com/f/help-{f}-{la}-recover",
        f"https://portal.brookhollowgeneral.org/records/req?id={_d(r, 7)}",
        f"http://{f}{la}.wordpress.com/my-hospital-stay",
        f"https://www.youtube.com/watch?v={_l(r, 4)}{_d(r, 3)}{_l(r, 4).lower()}",
        f"https://x.com/{f}_{la[:5]}",
        f"https://share.hollislaneimaging.com/s/{_l(r, 3).lower()}{_d(r, 6)}",
        f"www.instagram.com/{la}.{f}",
    ))


def _ip(r: random.Random) -> str:
    k = r.randrange(4)
    if k == 0:
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k == 1:
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k == 2:
        return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"
    return f"{r.choice((24, 47, 67, 68, 69, 71, 72, 73, 74, 96, 98, 100, 108, 172, 184, 208))}." \
           f"{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def _ssn(r: random.Random) -> str:
    a = r.randint(1, 665)
    a = a if a != 666 else 667
    g, s = r.randint(1, 99), r.randint(1, 9999)
    return r.choice((f"{a:03d}-{g:02d}-{s:04d}", f"{a:03d} {g:02d} {s:04d}", f"{a:03d}{g:02d}{s:04d}"))


def _mrn(r: random.Random) -> str:
    return r.choice((_d(r, 7), _d(r, 8), r.choice("HKMB") + _d(r, 7), "00" + _d(r, 6), _d(r, 9), _l(r, 2) + _d(r, 6)))


def _account(r: random.Random) -> str:
    return r.choice((
        "E" + _d(r, 9), _d(r, 10), f"INC-{_d(r, 6)}", f"CL{_d(r, 8)}", f"{_d(r, 3)}-{_d(r, 6)}-{_d(r, 2)}",
        f"RM{_d(r, 2)}-{_d(r, 5)}", "V" + _d(r, 8), _d(r, 8), f"S{_d(r, 2)}-{_d(r, 5)}", f"{_l(r, 2)}{_d(r, 7)}",
        f"NF-{_d(r, 3)}-{_d(r, 5)}", f"OR{_d(r, 9)}",
    ))


def _health_plan(r: random.Random) -> str:
    return r.choice((
        _l(r, 3) + _d(r, 9), _l(r, 1) + _d(r, 8), _l(r, 2) + _d(r, 5) + _l(r, 1), f"{_d(r, 9)}-{_d(r, 2)}",
        _d(r, 11), f"{_l(r, 3)}{_d(r, 3)}-{_d(r, 4)}-{_d(r, 2)}", "1" + _d(r, 3) + _l(r, 2) + _d(r, 5),
    ))


def _license(r: random.Random) -> str:
    return r.choice((
        "1" + _d(r, 9), "1" + _d(r, 9), str(r.randint(180000, 319999)), _l(r, 2) + _d(r, 7),
        f"{_d(r, 3)} {_d(r, 3)} {_d(r, 3)}", _d(r, 9), str(r.randint(500000, 799999)), f"{_l(r, 1)}{_d(r, 6)}",
    ))


def _device(r: random.Random) -> str:
    return r.choice((
        _l(r, 2) + _d(r, 7), f"{_d(r, 4)}-{_d(r, 5)}", _d(r, 8) + _l(r, 1), f"BME-{_d(r, 6)}", _d(r, 10),
        f"{_l(r, 3)}{_d(r, 5)}{_l(r, 1)}", f"AT{_d(r, 6)}", f"{_d(r, 2)}{_l(r, 2)}{_d(r, 6)}",
    ))


def _vehicle(r: random.Random, k: int | None = None) -> str:
    k = r.randrange(5) if k is None else k
    if k == 0:
        return f"{_l(r, 3)}-{_d(r, 4)}"
    if k == 1:
        return f"{_l(r, 3)} {_d(r, 4)}"
    if k == 2:
        vin = r.choice("12345JKLSW") + _l(r, 2) + "".join(r.choice(_LET + "0123456789") for _ in range(14))
        return vin
    if k == 3:
        return f"{_d(r, 4)}{_l(r, 2)}"
    return f"N{r.randint(100, 999)}{_l(r, 2)}"


_VALUES: dict[str, Callable[[random.Random], str]] = {
    "PHONE": _phone_value, "FAX": _phone_value, "PAGER": lambda r: r.choice((
        f"{r.randint(2, 8)}-{_d(r, 4)}", _d(r, 5), _d(r, 4), _phone_value(r), f"{_d(r, 3)}-{_d(r, 4)}")),
    "EMAIL": _email, "URL": _url, "IP_ADDRESS": _ip, "SSN": _ssn, "MRN": _mrn, "ACCOUNT": _account,
    "HEALTH_PLAN": _health_plan, "LICENSE": _license, "ZIP": _zip, "STREET_ADDRESS": _street,
    "DATE_REAL_YEAR": _date_real, "AGE_OVER_89": lambda r: str(r.randint(90, 104)), "DEVICE_ID": _device,
    "VEHICLE_ID": _vehicle, "PERSON": _person, "LOCATION": lambda r: r.choice(_TOWNS),
    "ORGANIZATION": lambda r: r.choice(_ORGS),
}

_SUBVALUES: dict[str, Callable[[random.Random], str]] = {
    "dob": lambda r: _date_real(r, 1926, 2006), "recent": lambda r: _date_real(r, 2008, 2024),
    "npi": lambda r: r.choice("12") + _d(r, 9), "dea": lambda r: r.choice("ABFM") + _l(r, 1) + _d(r, 7),
    "statelic": lambda r: str(r.randint(150000, 329999)) if r.random() < 0.6 else f"{r.randint(400000, 799999)}",
    "dl": lambda r: r.choice((f"{_d(r, 3)} {_d(r, 3)} {_d(r, 3)}", _d(r, 9), f"{_l(r, 1)}{_d(r, 7)}")),
    "plate": lambda r: _vehicle(r, r.choice((0, 1, 3))), "vin": lambda r: _vehicle(r, 2),
    "tail": lambda r: _vehicle(r, 4),
}


def _sub_value(r: random.Random, cat: str, sub: str) -> str:
    if cat == "ORGANIZATION":
        return r.choice(_ORG_GROUPS[sub])
    return _SUBVALUES[sub](r)

# --------------------------------------------------------------------------------------------------
# Look-alikes
# --------------------------------------------------------------------------------------------------

_EPONYMS = (
    "Glasgow Coma Scale", "Hunt and Hess", "Lewy body", "Foley catheter", "Swan-Ganz", "Morse Fall Scale",
    "Braden score", "Richmond Agitation-Sedation Scale", "Confusion Assessment Method", "Appelbaum criteria",
    "Jonsen four-box", "Swiss cheese model", "Clavien-Dindo", "Fleischner Society", "Bosniak", "BI-RADS",
    "LI-RADS", "TI-RADS", "Lung-RADS", "RADPEER", "Salter-Harris", "Schatzker", "Garden classification",
    "Colles fracture", "Hill-Sachs", "Morison's pouch", "Kerley B lines", "Hampton's hump", "Westermark sign",
    "Beers Criteria", "Caprini score", "Wells score", "CHA2DS2-VASc", "Stevens-Johnson syndrome",
    "Takotsubo", "Guillain-Barre", "Wernicke encephalopathy", "Whipple procedure", "Roux-en-Y",
    "Hartmann procedure", "Trendelenburg", "Seldinger technique", "Parkinson disease", "Alzheimer disease",
    "Mini-Cog", "Montreal Cognitive Assessment", "Virchow triad", "Chance fracture", "Segond fracture",
    "Baker cyst",
)
_BRANDS = (
    "Eliquis", "Xarelto", "Coumadin", "Lovenox", "Narcan", "Dilaudid", "Ativan", "Haldol", "Seroquel", "Zosyn",
    "Pyxis MedStation", "Omnicell", "BD Alaris", "Sigma Spectrum", "Bair Hugger", "Vocera", "Epic Haiku",
    "Cerner PowerChart", "PowerScribe 360", "Sectra PACS", "Visage 7", "RL6 Solutions", "Datix", "Tegaderm",
    "Philips IntelliVue", "GE Revolution CT", "Siemens SOMATOM", "Hologic Selenia", "Hill-Rom Centrella",
    "Stryker InTouch", "Zoll X Series", "LIFEPAK 15", "Omnipaque 350", "Isovue-370", "Gadavist", "Medtronic",
    "Baxter", "Pfizer", "Kardex", "Purell",
)
EPONYMS_AND_BRANDS: tuple[str, ...] = _EPONYMS + _BRANDS

_STATES = ("New York", "New Jersey", "Connecticut", "Vermont", "Massachusetts", "Pennsylvania", "Florida",
           "Puerto Rico", "Canada", "Jamaica", "Dominican Republic", "Poland", "Guatemala", "Ohio")
_DEPTS = ("Patient Relations", "Risk Management", "Health Information Management", "Office of General Counsel",
          "Quality and Patient Safety", "Department of Radiology", "Emergency Department", "Social Work",
          "Ethics Committee", "Medical Staff Office", "Patient Financial Services", "Biomedical Engineering",
          "Nursing Administration", "Pharmacy Department", "Interpreter Services")
_INSURERS = ("Hudson Keystone Mutual", "Empire Casualty Reciprocal", "Northstar Professional Liability Trust",
             "Medicare Part A", "Medicaid Managed Care", "Ironbridge Health Plan", "Lakeshore Indemnity")
_HOTLINES = ("1-800-FDA-1088", "1-800-368-1019", "1-800-222-1222", "1-800-804-5447", "1-866-505-6633",
             "1-888-729-3384", "1-877-696-6775")
_PUBLIC_WEB = ("www.fda.gov/medwatch", "www.hhs.gov/ocr", "www.cms.gov", "www.jointcommission.org",
               "www.npdb.hrsa.gov", "www.health.ny.gov", "www.ahrq.gov", "www.cdc.gov")


class _Ctx:
    """Per-note builder state: the random stream, markers and the look-alikes used."""

    def __init__(self, r: random.Random, heavy: bool):
        self.r = r
        self.heavy = heavy
        self.looks: list[str] = []

    # markers --------------------------------------------------------------------------------------
    def m(self, cat: str, sub: str = "") -> str:
        return f"\x00{cat}~{sub}\x00" if sub else f"\x00{cat}\x00"

    # look-alikes ----------------------------------------------------------------------------------
    def la(self, s: str) -> str:
        self.looks.append(s)
        return s

    def eponym(self, *pool: str) -> str:
        return self.la(self.r.choice(pool or _EPONYMS))

    def brand(self, *pool: str) -> str:
        return self.la(self.r.choice(pool or _BRANDS))

    def state(self) -> str:
        return self.la(self.r.choice(_STATES))

    def dept(self) -> str:
        return self.la(self.r.choice(_DEPTS))

    def insurer(self) -> str:
        return self.la(self.r.choice(_INSURERS))

    def hotline(self) -> str:
        return self.la(self.r.choice(_HOTLINES))

    def web(self) -> str:
        return self.la(self.r.choice(_PUBLIC_WEB))

    def sd(self) -> str:
        """A shifted date (2100-2200), never labelled."""
        r = self.r
        y, m, d = r.randint(2110, 2195), r.randint(1, 12), r.randint(1, 28)
        s = r.choice((f"{y}-{m:02d}-{d:02d}", f"{m:02d}/{d:02d}/{y}", f"{_MONTHS[m - 1]} {d}, {y}",
                      f"{d:02d}-{_MONTHS[m - 1][:3].upper()}-{y}", f"{m}/{d}/{y}"))
        return self.la(s)

    def t(self) -> str:
        r = self.r
        return r.choice((f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}",
        f"{r.randint(0, 23):02d}{r.randint(0, 59):02d}",
                         f"{r.randint(1, 12)}:{r.randint(0, 59):02d} {r.choice(('AM', 'PM', 'am', 'pm'))}"))

    def age_under(self) -> str:
        a = self.r.randint(19, 88)
        return self.la(self.r.choice((f"{a}-year-old", f"{a} y/o", f"{a}yo", f"age {a}")))

    def bare_year(self) -> str:
        y = self.r.randint(1950, 2019)
        return self.la(self.r.choice((f"since {y}", f"in {y}", f"({y} revision)", f"circa {y}")))

    def expiry(self) -> str:
        r = self.r
        y, m, d = r.randint(2025, 2029), r.randint(1, 12), r.randint(1, 28)
        return self.la(r.choice((f"EXP {y}-{m:02d}-{d:02d}", f"Exp. {m:02d}/{d:02d}/{y}", f"Use by {d:02d} "
                                 f"{_MONTHS[m - 1][:3].upper()} {y}", f"EXP {y}-{m:02d}", f"expiry {m:02d}/{y}")))

    def lot(self) -> str:
        r = self.r
        return self.la(r.choice((f"Lot {r.randint(1, 9)}{_l(r, 1)}{_d(r, 4)}", f"LOT# {_d(r, 6)}{_l(r, 1)}",
                                 f"lot {_l(r, 2)}{_d(r, 5)}")))

    def ref(self) -> str:
        r = self.r
        return self.la(r.choice((f"REF {_d(r, 4)}-{_d(r, 2)}", f"REF {_l(r, 2)}{_d(r, 4)}", f"model {_d(r, 4)}",
                                 f"Model {_l(r, 1)}{_d(r, 3)}")))

    def ndc(self) -> str:
        r = self.r
        return self.la(f"NDC {_d(r, 5)}-{_d(r, 3)}-{_d(r, 2)}" if r.random() < 0.5 else
                       f"NDC {_d(r, 4)}-{_d(r, 4)}-{_d(r, 2)}")

    def group_no(self) -> str:
        r = self.r
        return self.la(r.choice((f"Group # {_d(r, 6)}-{_d(r, 4)}", f"Grp {_d(r, 5)}", f"group no. "
        f"{_l(r, 2)}{_d(r, 5)}")))

    def version(self) -> str:
        r = self.r
        return self.la(f"v{r.randint(2, 11)}.{r.randint(0, 9)}.{r.randint(0, 30)}")

    def fill(self, tpl: str) -> str:
        """Format a template's non-identifying placeholders."""
        r = self.r
        return tpl.format(t=self.t(), d=self.sd() if "{d}" in tpl else "", who=r.choice(_WHO),
                          unit=r.choice(_UNITS), n=r.randint(2, 9), v="{v}")


# --------------------------------------------------------------------------------------------------
# Generic plant templates ({v} is the value; the rest is non-identifying)
# "D" = discharge-type documents, "R" = radiology documents
# --------------------------------------------------------------------------------------------------

_T: dict[str, dict[str, tuple[str, ...]]] = {
    "PERSON": {
        "D": (
            "Complainant: {v} ({who})", "Spoke by phone with the patient's {who}, {v}, who states nobody told the "
            "family about the fall until the next morning.", "| Contact | {v} | {who} | listed in chart |",
            "cc: {v}, Esq.", "Electronically signed by: {v}, RN, Patient Advocate  {d} {t}",
            "Pt's {who}\n{v} called again re: the bill and the missing hearing aids.",
            "Attending of record: Dr. {v}", "Witness to conversation: {v} (nurse manager, {unit})",
            "Per risk mgr {v} the event was entered as a near miss.", "Referred by: {v}    Dept: Quality",
            "Dear Mr. {v}:", "Respectfully,\n\n{v}\nSenior Claims Representative",
            "Pt requested that her {who} {v} be allowed to pick up the copies.", "spoke w/ dtr {v} re: complaint",
            "Interpreter present for the meeting: {v} (Spanish), staff interpreter.",
            "Prepared by ..... {v}, JD, Associate Counsel", "Ms. {v} asked that all letters go to her {who}.",
            "ADDENDUM ({d}): message left for {v}; will retry tomorrow.",
            "Reviewer:    {v}, MD        Date reviewed: {d}",
        ),
        "R": (
            "Findings discussed with Dr. {v} by telephone at {t} on {d}; read-back confirmed.",
            "Over-read requested by {v}, NP, on behalf of the surgical team.", "Original interpretation: Dr. {v}",
            "RADIOLOGIST: {v}", "Technologist: {v}, RT(R)(CT)",
            "I have personally reviewed the images and agree with the amended findings.  {v}, MD",
            "Result acknowledged by {v} (covering resident) in the critical-results log.",
            "Outside report authored by {v}, DO.", "Dictated by: {v}     Transcribed: {d} {t}",
            "Referring: {v} (PCP)", "Discrepancy reviewed with the original reader, Dr. {v}, at {t}.",
            "Second reader\n{v} concurs.",
        ),
    },
    "MRN": {
        "D": (
            "MRN: {v}", "Med Rec #{v}", "Unit No:   {v}", "MR# {v}", "| MRN | {v} |", "Re: medical record no. {v}",
            "Patient ID.......... {v}", "pt id {v} (verified x2)", "Hospital MRN {v}; prior MRN merged.",
            "Record number: {v}", "[EHR] MRN={v} status=ACTIVE",
        ),
        "R": (
            "MRN: {v}", "Outside facility MRN: {v} (from CD label)", "PACS patient ID {v}", "Med Rec No. {v}",
            "Patient ID: {v}  Sex: F", "MR# {v} reconciled after import.",
        ),
    },
    "ACCOUNT": {
        "D": (
            "Incident report #: {v}", "Event ID {v}", "Claim No. {v}", "Encounter {v}", "Acct {v}",
            "Our claim number: {v}", "| Visit acct | {v} |", "Interpreter session ID {v} (video, Mandarin).",
            "Billing account {v} placed on hold pending the grievance review.", "EMS run # {v}",
            "Specimen {v} was not sent to pathology (see event narrative).", "No-fault claim #{v}",
            "[RL] evt_id={v} status=OPEN owner=___", "Encounter no.\n{v}", "Order number {v} was discontinued in "
            "error.",
        ),
        "R": (
            "Accession: {v}", "ACC# {v}", "Order #{v}", "Req {v}", "Comparison accession {v}",
            "Outside accession {v} imported.", "Requisition no. {v}", "Encounter {v}",
        ),
    },
    "HEALTH_PLAN": {
        "D": (
            "Member ID: {v}", "Subscriber ID {v}", "Policy no. {v} (health)", "Medicaid CIN {v}", "| Member # | {v} |",
            "Insured's ID Number ....... {v}", "Health plan member {v}; plan notified of the lien.",
            "Mbr ID: {v}", "Subscriber #{v} (patient is the subscriber)",
        ),
        "R": ("Prior authorization on file, member ID {v}.", "Member #: {v}", "Subscriber ID {v} verified at "
        "scheduling."),
    },
    "LICENSE": {
        "D": (
            "NPI: {v|npi}", "NYS License # {v|statelic}", "DEA {v|dea}", "Lic. no. {v|statelic}", "Driver's license "
            "{v|dl} (copy attached to the authorization).", "Reviewer NPI {v|npi}", "RN license {v|statelic}",
            "| NPI | {v|npi} |", "Prescriber DEA #: {v|dea}", "Practitioner license ....... {v}", "EMT cert "
            "{v|statelic}",
            "Attending's DEA\n{v|dea} (on the controlled-substance log)",
        ),
        "R": ("Interpreting radiologist NPI {v|npi}", "NPI {v|npi}", "Lic # {v}", "Ordering NPI: {v|npi}"),
    },
    "SSN": {
        "D": (
            "SSN: {v}", "Social Security No. {v}", "SS# {v}", "Claimant SSN {v}", "| SSN | {v} |",
            "soc sec {v} (per authorization form)", "Last known SSN: {v}",
        ),
        "R": ("Outside CD label shows SSN {v}; do not propagate.", "SSN {v} (registration)"),
    },
    "PHONE": {
        "D": (
            "Callback: {v}", "tel {v}", "Phone (cell): {v}", "Reachable at {v} after 5 pm.", "| Phone | {v} |",
            "Ph: {v}", "Direct line {v}", "Left VM at {v} at {t}.", "Contact number ......... {v}",
            "T {v}", "Home #{v}", "Pt's {who} can be reached at\n{v}",
        ),
        "R": ("Called report to the floor at {v} ({t}).", "Reading room tel {v}", "Ordering office phone {v}",
              "Outside facility film library: {v}"),
    },
    "FAX": {
        "D": (
            "Fax: {v}", "FAX {v}", "Fax back to {v}", "Please fax the certification to {v}.", "F {v}",
            "| Fax | {v} |", "fax# {v}", "Facsimile: {v}",
        ),
        "R": ("Report faxed to the referring office at {v}.", "Fax {v} (ordering practice)",
              "Outside films requested by fax, {v}."),
    },
    "PAGER": {
        "D": ("pager {v}", "pgr {v}", "beeper {v}", "paged the covering hospitalist at {v} at {t}",
              "On-call risk manager pager: {v}", "| Pager | {v} |"),
        "R": ("Ordering provider paged at {v} ({t}) - no callback.", "Pager {v} (neuro IR fellow)",
              "Repaged {v} at {t}; answered."),
    },
    "EMAIL": {
        "D": ("Email: {v}", "Emailed the complainant at {v}.", "<{v}>", "Reply-To: {v}", "| Email | {v} |",
              "e-mail {v}", "Sent from: {v}", "email addr on file ({v}) bounced."),
        "R": ("Report copy requested to {v}.", "Outside images shared by {v}."),
    },
    "URL": {
        "D": ("The {who} posted a review at {v}", "See {v}", "Firm website: {v}", "fundraiser page {v}",
              "Portal link sent: {v}", "Social media post flagged by Marketing: {v}", "link: {v}"),
        "R": ("Images shared via link {v}", "Outside image viewer: {v}"),
    },
    "IP_ADDRESS": {
        "D": ("Access from workstation IP {v}", "src={v}", "| {t} | {v} | CHART_OPEN | ___ |",
              "Portal logins from {v} (external).", "AUDIT|{d} {t}|user=___|ws_ip={v}|action=VIEW_NOTES",
              "remote host {v}"),
        "R": ("DICOM push from {v} (AE title ___).", "Study routed from modality at {v}.", "Viewer session from {v}"),
    },
    "ZIP": {
        "D": ("ZIP {v}", "___, NY {v}", "Zip code: {v}", "| ZIP | {v} |", "postal code {v}", "___ NY  {v}"),
        "R": ("Patient ZIP {v} (registration)", "___, NY {v}"),
    },
    "STREET_ADDRESS": {
        "D": ("Mailing address: {v}", "{v}\n___, NY ___", "Lives at {v} with her {who}.", "Return records to: {v}",
              "Address on file ..... {v}", "| Address | {v} |", "home: {v} (2nd floor walk-up)"),
        "R": ("Patient address {v} (returned mail)", "Mobile unit performed study at {v}."),
    },
    "LOCATION": {
        "D": ("resides in {v}", "Transferred from a nursing home in {v}.", "City: {v}", "{v}, NY ___",
              "The family drove in from {v} for the meeting.", "| Town | {v} |", "Fell at home in {v}; EMS on scene."),
        "R": ("Outside study performed in {v}.", "Patient transferred from {v} with images on CD.",
              "Mobile imaging stop: {v}"),
    },
    "ORGANIZATION": {
        "D": ("Transferred from {v|facility}.", "Records also requested from {v|facility}.", "Counsel: {v|law}",
              "APS referral made to {v|agency}.", "| Facility | {v|facility} |", "Employer: {v|employer}",
              "Pharmacy: {v|pharmacy}", "Copy to {v} per the authorization.", "Follow-up with {v|practice} in 1 week.",
              "Police report requested from\n{v|police}.", "Patient was brought from {v|court} in custody.",
              "Discharge prescriptions sent to {v|pharmacy}, store #___."),
        "R": ("Outside images from {v|facility}.", "Comparison: prior study from {v|facility}.",
              "Referring facility: {v|facility}", "Report copy to {v|practice}."),
    },
    "DATE_REAL_YEAR": {
        "D": ("DOB: {v|dob}", "Date of incident: {v|recent}", "Date of loss {v|recent}", "d.o.b. {v|dob}",
              "Dates of service requested: {v|recent} through ___", "Date of death: {v|recent}",
              "Patient's date of birth ({v|dob}) confirmed with the {who}.", "born {v|dob}", "| DOB | {v|dob} |",
              "DOI: {v|recent}", "Letter dated {v|recent} received {d}.", "Expired {v|recent} at 04:10 per the "
              "death certificate."),
        "R": ("Comparison: outside CT dated {v|recent}.", "DOB {v|dob}", "Prior study of {v|recent} not available "
              "for comparison.", "Outside exam date: {v|recent}"),
    },
    "AGE_OVER_89": {
        "D": ("Patient is a {v}-year-old who lives alone.", "{v} y/o, lives with {who}", "age {v}", "Age: {v}",
              "Pt is {v}yo and hard of hearing.", "aged {v} at the time of the event", "({v} F)"),
        "R": ("INDICATION: {v} year old with fall.", "{v}M with hip pain after a fall.", "HISTORY: {v}-year-old woman, "
              "found down.", "Age {v}"),
    },
    "DEVICE_ID": {
        "D": ("pump SN {v}", "asset tag {v}", "serial {v}", "S/N: {v}", "| Device | SN {v} | sequestered |",
              "Biomed tag # {v}", "bed serial no. {v}", "UDI (01)00885403{gtin}(17)270930(21){v}"),
        "R": ("Portable unit asset tag {v}", "Injector serial {v}", "Detector SN {v} sent for service."),
    },
    "VEHICLE_ID": {
        "D": ("plate {v|plate}", "VIN {v|vin}", "Left in a private vehicle (plate {v|plate}).",
              "Insured vehicle VIN: {v|vin}", "EMS unit plate {v|plate}", "| Vehicle | {v} |", "Lic plate# {v|plate}",
              "Ambulance tag {v|plate} noted on the run sheet.", "Medevac tail no. {v|tail}"),
        "R": ("MVC: driver of vehicle plate {v|plate} per EMS.", "Air medical tail number {v|tail}."),
    },
}


def _template(B: _Ctx, cat: str, kind_type: str) -> tuple[str, str | None]:
    """A filled template line (value still as ``{v}``) and the organisation subtype it asks for."""
    tpl = B.r.choice(_T[cat][kind_type])
    if "{gtin}" in tpl:
        tpl = tpl.replace("{gtin}", _d(B.r, 6))
    sub = re.search(r"\{v\|(\w+)\}", tpl)
    if sub:
        tpl = tpl.replace(sub.group(0), "{v}")
    return B.fill(tpl), sub.group(1) if sub else None


# --------------------------------------------------------------------------------------------------
# Builders: each returns a list of blocks containing markers
# --------------------------------------------------------------------------------------------------

_HEADER_KINDS = frozenset(("grievance_intake", "adverse_event_disclosure", "incident_followup", "peer_review_referral",
                           "mm_case_summary", "ethics_consult", "ama_lwbs", "capacity_guardianship"))
_SERVICES = ("MEDICINE", "SURGERY", "ORTHOPAEDICS", "NEUROLOGY", "PSYCHIATRY", "EMERGENCY", "CARDIOTHORACIC")


def _hdr_dc(B: _Ctx, service: str) -> str:
    m = B.m
    return (f"Name:  {m('PERSON')}                  Unit No:   {m('MRN')}\n\n"
            f"Admission Date:  ___              Discharge Date:   ___\n\n"
            f"Date of Birth:  {m('DATE_REAL_YEAR', 'dob')}             Sex:   {B.r.choice('MF')}\n\n"
            f"Service: {service}")


def _b_grievance(B: _Ctx) -> list[str]:
    r, m = B.r, B.m
    via = r.choice(("telephone", "patient portal message", "letter", "in person at the front desk",
                    "email to the CEO's office", "comment card"))
    cat = r.choice(("Care/treatment", "Communication", "Billing", "Privacy", "Staff attitude", "Discharge planning",
                    "Lost belongings", "Access to interpreter"))
    narratives = (
        f"Caller states her {r.choice(_WHO)} waited more than 40 minutes for pain medication after asking "
        f"three times; the call light was 'turned off without anyone coming in'. She also reports the "
        f"{B.brand('Dilaudid', 'Narcan', 'Ativan')} order was changed without explanation.",
        "Complainant reports that the patient's dentures and both hearing aids went missing during the "
        "transfer from the ED to the floor. Belongings list on admission documents 'upper/lower dentures'.",
        "Patient feels he was discharged too early; he returned to the ED 2 days later with the same "
        "symptoms and was readmitted. He believes no one listened to his concerns about his breathing.",
        "Patient states that a staff member who is also her neighbor looked at her chart and told others "
        "about her diagnosis. She requests an audit of who accessed her record.",
        f"Family reports the patient fell in the bathroom overnight and was not told until the morning. "
        f"Chart shows {B.eponym('Morse Fall Scale', 'Braden score')} documented on admission; bed alarm status "
        f"unclear.",
        "Patient's family says no interpreter was offered during the consent discussion and the patient "
        "signed a form she did not understand.",
        "Complainant disputes an ED facility charge; states she was told the visit would be covered and "
        "received a bill for the full amount.",
    )
    outcome = r.choice(("written apology and explanation", "bill adjustment", "meeting with the unit manager",
                        "return of belongings or reimbursement", "audit of record access", "staff education"))
    blocks = [
        f"{B.dept().upper()} - GRIEVANCE / COMPLAINT INTAKE",
        f"Grievance #: ___     Received: {B.sd()} {B.t()} via {via}\n"
        f"Complainant: {m('PERSON')}     Relationship: {r.choice(_WHO)}\n"
        f"Patient: {m('PERSON')}     MRN: {m('MRN')}     DOB: {m('DATE_REAL_YEAR', 'dob')}\n"
        f"Unit at time of event: {r.choice(_UNITS)}     Admission: ___ to ___",
        f"Category (CMS): {cat}\nClassification: {r.choice(('Grievance', 'Complaint (resolved at point of service)'))}",
        "Narrative (complainant's words where possible):\n" + r.choice(narratives),
        f"Desired outcome: {outcome}.",
        f"Contact preference: phone {m('PHONE')} / email {m('EMAIL')}\nMailing: {m('STREET_ADDRESS')}, "
        f"{m('LOCATION')}, NY {m('ZIP')}",
        f"Acknowledgement letter due within 7 days (by {B.sd()}); written response within 30 days.\n"
        f"Assigned to: {m('PERSON')}, Patient Relations Specialist",
    ]
    if r.random() < 0.5:
        blocks.append(f"Complainant also states she has contacted the state health department complaint line "
                      f"({B.hotline()}) and posted about the stay online. Public information given: {B.web()}.")
    return blocks


def _b_call_log(B: _Ctx) -> list[str]:
    r, m = B.r, B.m
    summaries = (
        "Caller upset about visiting hours; explained policy", "Requested copy of itemized bill",
        "Asked for update on fall investigation", "Reports pt still without hearing aids",
        "Wants meeting with attending", "LVM, no answer", "Confirmed meeting time with unit manager",
        "Discussed interpreter availability", "Relayed apology from nurse manager", "Asked about records release",
        "Requests change of room (roommate noise)", "Complained about cold food trays",
        "Concerned about new " + B.brand("Seroquel", "Haldol", "Ativan") + " order",
        "Escalated to Risk (possible injury)", "Closed - complainant satisfied",
    )
    rows = []
    for _ in range(r.randint(4, 8)):
        rows.append(f"| {B.sd()} | {B.t()} | {r.choice(('IN', 'OUT', 'IN', 'VM'))} | {r.choice(_WHO)} | "
                    f"{r.choice(summaries)} | ___ |")
    blocks = [
        "PATIENT ADVOCATE CALL LOG",
        f"Patient: {m('PERSON')}   MRN {m('MRN')}   Current unit: {r.choice(_UNITS)}\n"
        f"Primary caller: {m('PERSON')} ({r.choice(_WHO)})   Callback {m('PHONE')}",
        "| Date | Time | Dir | Contact | Summary | Advocate |\n|---|---|---|---|---|---|\n" + "\n".join(rows),
        f"Open items:\n- Belongings search ({B.dept()})\n- Bill review (account {m('ACCOUNT')})\n"
        f"- Follow-up call in {r.randint(2, 5)} business days",
    ]
    if r.random() < 0.5:
        blocks.append(f"Note: caller is hard of hearing; use the relay service. Patient on {B.brand()} "
                      f"{r.choice(('5 mg BID', '20 mg daily', '40 mg SC daily', '2.5 mg BID'))}; med questions "
                      f"routed to {B.dept()}.")
    return blocks


def _b_disclosure(B: _Ctx) -> list[str]:
    r, m = B.r, B.m
    events = (
        ("Medication error", "a tenfold overdose of heparin infusion was programmed on the "
         + B.brand("BD Alaris", "Sigma Spectrum") + " pump and ran for about 2 hours"),
        ("Retained foreign object", "a surgical sponge was left in the abdomen and removed at a second operation"),
        ("Fall with injury", "the patient fell while walking to the bathroom and sustained a hip fracture "
         "(" + B.eponym("Garden classification", "Colles fracture") + " on imaging)"),
        ("Delayed diagnosis", "a pulmonary nodule described on a prior CT was not followed up"),
        ("Wrong-site procedure (near miss)", "a procedure was started on the wrong side and stopped before incision"),
        ("Pressure injury", "a stage 3 sacral pressure injury developed; " + B.eponym("Braden score") + " was 12"),
    )
    ev, desc = r.choice(events)
    blocks = [
        "DISCLOSURE OF ADVERSE EVENT - CONVERSATION NOTE (CANDOR)",
        f"Event type: {ev}\nDate/time of conversation: {B.sd()} {B.t()}\nLocation: family conference room, "
        f"{r.choice(_UNITS)}",
        f"Present:\n- Attending physician: Dr. {m('PERSON')}\n- Nurse manager: {m('PERSON')}\n"
        f"- {B.dept()}: {m('PERSON')}\n- Patient and {r.choice(_WHO)} ({m('PERSON')})\n"
        f"- Interpreter: ___ (ID ___)",
        f"Facts disclosed: We explained that {desc}. We described what is known and what is still being reviewed.",
        r.choice((
            "An apology was offered: 'We are sorry this happened.' The family asked whether it could happen to "
            "someone else; we explained that a root cause analysis is under way.",
            "The team apologized. The patient asked who would pay for the additional care; a billing hold was "
            "explained. The " + r.choice(_WHO) + " asked for a written summary.",
        )),
        f"Next steps: event review using the {B.eponym('Swiss cheese model')}-style analysis; billing hold on "
        f"account {m('ACCOUNT')}; single point of contact {m('PERSON')} at {m('PHONE')}.",
        f"Reported internally as event {m('ACCOUNT')} on {B.sd()}.",
    ]
    return blocks


def _b_incident(B: _Ctx) -> list[str]:
    r, m = B.r, B.m
    dev = B.brand("BD Alaris", "Sigma Spectrum", "Hill-Rom Centrella", "Bair Hugger", "Zoll X Series",
                  "Philips IntelliVue", "LIFEPAK 15")
    timeline = "\n".join(f"{B.t()}  {x}" for x in r.sample((
        "Alarm reported by RN; infusion stopped", "Rapid response called", "Patient assessed; vitals stable",
        "Device removed from service and tagged", "Attending notified", "Family notified by phone",
        "Pharmacy verified order", "Biomed picked up device", "Charge nurse completed event report",
        f"{B.eponym('Glasgow Coma Scale')} 14, returned to 15 within 1 h",
    ), r.randint(4, 7)))
    blocks = [
        f"{B.dept().upper()} - INCIDENT FOLLOW-UP",
        f"Event ID: {m('ACCOUNT')}    Reported: {B.sd()} {B.t()}    Reporter: {m('PERSON')}, RN\n"
        f"Event type: "
        f"{r.choice(('Device malfunction', 'Medication', 'Fall', 'Skin/pressure', 'Behavioral', 'Lab specimen'))}"
        f"    Harm: NCC MERP category {r.choice('CDEFG')}",
        f"Device involved: {dev}, SN {m('DEVICE_ID')}; {B.ref()}; {B.lot()}; {B.expiry()}\n"
        f"Sequestered by {B.dept()} with asset tag {m('DEVICE_ID')}.",
        "Timeline:\n" + timeline,
        r.choice((
            "Contributing factors: two similar concentrations stocked in the " + B.brand("Pyxis MedStation", "Omnicell")
            + "; drug library not updated; night staffing 1:6.",
            "Contributing factors: bed exit alarm off; patient on " + B.brand("Seroquel", "Ativan", "Haldol")
            + "; non-skid socks not applied.",
            "Contributing factors: manual double-check skipped during shift change; barcode scanner down.",
        )),
        f"Actions: device returned to manufacturer ({B.brand('Baxter', 'Medtronic')}) for analysis; vendor fax "
        f"{B.la('(800) ' + str(r.randint(201, 989)) + '-' + _d(r, 4))}; MedWatch report considered "
        f"({B.web()}, {B.la('1-800-FDA-1088')}).",
    ]
    return blocks


def _b_peer(B: _Ctx) -> list[str]:
    r, m = B.r, B.m
    triggers = ("Unplanned return to OR within 48 hours", "Death within 24 hours of admission",
                "Transfer to ICU within 24 hours of admission", "Patient complaint regarding physician conduct",
                "Readmission within 7 days", "Delay in diagnosis identified on radiology discrepancy")
    blocks = [
        "MEDICAL STAFF PEER REVIEW REFERRAL\nCONFIDENTIAL - privileged under " + B.la("Education Law 6527")
        + " and " + B.la("Public Health Law 2805-m"),
        f"Referral source: {B.dept()}\nTrigger: {r.choice(triggers)}\nDate referred: {B.sd()}",
        f"Practitioner under review: {m('PERSON')}, {r.choice(('MD', 'DO', 'NP', 'PA-C'))}\n"
        f"NPI {m('LICENSE', 'npi')}    Department: "
        f"{r.choice(('Surgery', 'Medicine', 'Emergency Medicine', 'OB/GYN', 'Anesthesia'))}",
        f"Case: MRN {m('MRN')}   admission ___   encounter {m('ACCOUNT')}",
        "Summary of concern:\n" + r.choice((
            f"Post-op day 1 tachycardia and falling hemoglobin; {B.eponym('Clavien-Dindo')} IIIb complication; "
            "return to OR delayed about 6 hours.",
            f"Anticoagulation with {B.brand('Eliquis', 'Xarelto', 'Coumadin', 'Lovenox')} continued despite a "
            f"documented fall; {B.eponym('CHA2DS2-VASc', 'Caprini score', 'Wells score')} recorded.",
            "Patient left the ED after a prolonged wait; returned with a perforated appendix.",
        )),
        f"Reviewer assigned: Dr. {m('PERSON')} (NYS lic. {m('LICENSE', 'statelic')})\nReview due: {B.sd()}\n"
        "Scoring: 1 = appropriate, 2 = minor opportunity, 3 = major opportunity, 4 = care inappropriate",
    ]
    return blocks


def _b_mm(B: _Ctx) -> list[str]:
    r, m = B.r, B.m
    blocks = [
        f"MORBIDITY & MORTALITY CONFERENCE - CASE SUMMARY\nDepartment of "
        f"{r.choice(('Surgery', 'Medicine', 'Anesthesiology'))}"
        f"    Conference date: {B.sd()}",
        f"Presenter: Dr. {m('PERSON')} (PGY-{r.randint(2, 5)})    Faculty: Dr. {m('PERSON')}",
        f"Patient: {m('AGE_OVER_89')} year old {r.choice(('man', 'woman'))} admitted with "
        + r.choice(("small bowel obstruction", "hip fracture after a fall", "sepsis from a urinary source",
                    "upper GI bleed on anticoagulation", "perforated diverticulitis")) + ".",
        "Course: " + r.choice((
            f"Underwent {B.eponym('Hartmann procedure', 'Whipple procedure', 'Roux-en-Y')}; post-operative "
            "course complicated by anastomotic leak and septic shock.",
            f"Developed delirium ({B.eponym('Confusion Assessment Method')} positive) treated with "
            f"{B.brand('Haldol', 'Seroquel')}; aspiration on hospital day 3.",
            f"Presented with subarachnoid hemorrhage, {B.eponym('Hunt and Hess')} grade {r.randint(2, 4)}; "
            "rebleed after a delayed transfer to neuro IR.",
            f"Received {B.brand('Zosyn')} late; lactate 4.1; {B.eponym('Takotsubo', 'Stevens-Johnson syndrome')} "
            "considered in the differential.",
        )),
        f"Outcome: died on hospital day {r.randint(2, 14)}.  Date of death: {m('DATE_REAL_YEAR', 'recent')}",
        f"Classification: {r.choice(('preventable', 'potentially preventable', 'not preventable'))}; "
        f"{B.eponym('Clavien-Dindo')} grade {r.choice(('IVa', 'IVb', 'V'))}.",
        "Teaching points:\n1. Early recognition of deterioration.\n2. Goals-of-care conversation earlier.\n"
        f"3. Review of {B.eponym('Beers Criteria')} medications in older adults.",
    ]
    return blocks


def _b_records(B: _Ctx) -> list[str]:
    r, m = B.r, B.m
    blocks = [
        f"{B.dept().upper()} - RELEASE OF INFORMATION\nRequest type: "
        + r.choice(("Subpoena duces tecum", "Attorney request with HIPAA authorization", "Judicial subpoena "
                    "(so-ordered)", "Records request - no-fault carrier")),
        f"Requesting party: {m('PERSON')}, Esq.\n{m('ORGANIZATION', 'law')}\n{m('STREET_ADDRESS')}\n"
        f"{m('LOCATION')}, NY {m('ZIP')}\nPhone {m('PHONE')}   Fax {m('FAX')}   Email {m('EMAIL')}",
        f"Court / Index No.: ___ / ___\nPatient: {m('PERSON')}   DOB {m('DATE_REAL_YEAR', 'dob')}   MRN {m('MRN')}\n"
        "Dates of service requested: ___ through ___",
        f"Authorization reviewed: valid ({B.la('45 CFR 164.508')}); behavioral-health and HIV information "
        "excluded absent specific consent.",
        f"Records produced: {r.randint(40, 900)} pages plus imaging on CD; certification under "
        f"{B.la('CPLR 3122-a')} attached. Fee: $0.75/page.",
        f"Response mailed {B.sd()} via certified mail (tracking ___). Copy retained in {B.dept()}.",
    ]
    if r.random() < 0.5:
        blocks.append(f"Note: requester is located in {B.state()}; out-of-state subpoena must be domesticated "
                      "before production.")
    return blocks


def _b_lop(B: _Ctx) -> list[str]:
    r, m = B.r, B.m
    blocks = [
        f"{m('ORGANIZATION', 'law')}\n{m('STREET_ADDRESS')}\n{m('LOCATION')}, NY {m('ZIP')}\nTel {m('PHONE')}   Fax "
        f"{m('FAX')}",
        f"{B.sd()}\n\nTo: {B.dept()}\nRe: LETTER OF PROTECTION\nOur client: {m('PERSON')}\nDOB: "
        f"{m('DATE_REAL_YEAR', 'dob')}\n"
        f"Account: {m('ACCOUNT')}\nDate of injury: ___",
        "To whom it may concern:\n\nThis firm represents the above-named client for injuries sustained in a "
        + r.choice(("motor vehicle collision", "slip and fall at a grocery store", "workplace accident",
                    "dog bite")) + ". We agree to protect your outstanding charges from any settlement or "
        "judgment obtained on the client's behalf, and ask that you refrain from collection activity while "
        "the matter is pending.",
        f"Health plan: {B.insurer()}, member ID {m('HEALTH_PLAN')} ({B.group_no()}).\n"
        f"Vehicle involved: plate {m('VEHICLE_ID', 'plate')}.",
        f"Very truly yours,\n\n{m('PERSON')}, Esq.",
        f"--- {B.dept()} note ({B.sd()}): LOP logged; account placed in legal hold; statements suppressed for "
        f"{r.randint(60, 180)} days.",
    ]
    return blocks


def _b_claim(B: _Ctx) -> list[str]:
    r, m = B.r, B.m
    blocks = [
        f"{B.insurer().upper()}\nProfessional Liability Claims\nToll-free claims line {B.hotline()}",
        f"{B.sd()}\n\n{B.dept()}\nRe: Potential claim\nClaimant: {m('PERSON')}\nClaim No.: {m('ACCOUNT')}\n"
        f"Date of occurrence: {m('DATE_REAL_YEAR', 'recent')}\nPolicy: ___",
        "Dear Risk Manager:\n\nWe acknowledge receipt of your report of a potential claim arising from the "
        "above admission. " + r.choice((
            "The claimant's counsel has served a notice of claim; please preserve all records, audit trails, "
            "monitor data and device logs.",
            "A demand letter was received alleging failure to diagnose; please forward the complete chart.",
            "The claimant alleges a pressure injury developed during the stay; photographs are requested.",
        )),
        f"Claimant's counsel: {m('PERSON')}, {m('ORGANIZATION', 'law')}, {m('PHONE')}.",
        f"Reserve set; defense counsel to be assigned. Please do not discuss the matter with the claimant. "
        f"Incident report {m('ACCOUNT')} referenced.",
        f"Sincerely,\n\n{m('PERSON')}\nSenior Claims Specialist, {B.insurer()}",
    ]
    return blocks


def _b_ethics(B: _Ctx) -> list[str]:
    r, m = B.r, B.m
    blocks = [
        "ETHICS CONSULTATION NOTE",
        f"Requested by: {m('PERSON')}, RN, {r.choice(_UNITS)}    Date: {B.sd()}",
        "Ethical question: " + r.choice((
            "Is it ethically permissible to withhold dialysis at the request of the health care agent?",
            "Should a time-limited trial of mechanical ventilation continue when the family disagrees?",
            "May the team honor a prior refusal of blood products in an incapacitated patient?",
            "Who is the appropriate surrogate when two siblings disagree?",
        )),
        f"Patient: {m('AGE_OVER_89')} y/o with advanced "
        + B.eponym("Lewy body", "Alzheimer disease", "Parkinson disease") + " dementia, admitted with aspiration "
        "pneumonia; currently lacks capacity.",
        f"Surrogate: health care agent {m('PERSON')} ({r.choice(_WHO)}) per proxy dated ___; tel {m('PHONE')}.",
        f"Analysis ({B.eponym('Jonsen four-box')}): medical indications, patient preferences, quality of life, "
        "contextual features reviewed with the team and family.",
        "Recommendations:\n1. Continue goals-of-care meeting within 48 h.\n2. Palliative care consult.\n"
        "3. Document the surrogate's substituted judgment.",
        f"Consultant: {m('PERSON')}, PhD, {B.dept()}",
    ]
    return blocks


def _b_ama(B: _Ctx) -> list[str]:
    r, m = B.r, B.m
    lwbs = r.random() < 0.4
    blocks = [
        "EMERGENCY DEPARTMENT - " + ("LEFT WITHOUT BEING SEEN" if lwbs else "LEFT AGAINST MEDICAL ADVICE"),
        f"Patient: {m('PERSON')}    MRN {m('MRN')}    Encounter {m('ACCOUNT')}\nTriage: ESI {r.randint(2, 4)} at "
        f"{B.t()}; chief complaint: " + r.choice(("chest pain", "abdominal pain", "head injury after a fall",
                                                   "shortness of breath", "syncope")),
    ]
    if lwbs:
        blocks.append(f"Patient called for room placement at {B.t()} and {B.t()}; not in waiting room. Security "
                      "reviewed cameras: patient left by the ambulance bay.")
        blocks.append(f"Callback attempted at {m('PHONE')} at {B.t()}: no answer; voicemail left with "
                      f"instructions to return. Letter mailed to {m('STREET_ADDRESS')}.")
    else:
        blocks.append("Patient stated he wanted to leave to care for his dog. Risks explained, including death, "
                      "disability and worsening of his condition. Alternatives offered.")
        blocks.append(f"Capacity: alert, oriented, able to repeat back risks ({B.eponym('Appelbaum criteria')}). "
                      f"{B.eponym('Glasgow Coma Scale')} 15. {B.age_under()}.")
        blocks.append(f"AMA form {r.choice(('signed', 'refused to sign; witnessed by charge RN'))}. Left with his "
                      f"{r.choice(_WHO)} in a private vehicle, plate {m('VEHICLE_ID', 'plate')}.")
    blocks.append(f"Welfare check requested via {m('ORGANIZATION', 'police')} at {B.t()}.")
    return blocks


def _b_capacity(B: _Ctx) -> list[str]:
    r, m = B.r, B.m
    blocks = [
        "PSYCHIATRY CONSULTATION-LIAISON - DECISION-MAKING CAPACITY / GUARDIANSHIP",
        f"Reason: capacity to refuse "
        f"{r.choice(('discharge to a skilled nursing facility', 'amputation', 'dialysis', 'placement'))}",
        f"Patient: {m('AGE_OVER_89')}-year-old {r.choice(('man', 'woman'))}, lives alone at {m('STREET_ADDRESS')}, "
        f"{m('LOCATION')}.",
        f"Cognition: {B.la(r.choice(('MoCA 14/30', 'MoCA 17/30', 'MoCA 11/30')))}; "
        f"{B.la(r.choice(('Mini-Cog 1/5', 'Mini-Cog 2/5')))}; "
        f"{B.eponym('Confusion Assessment Method', 'Montreal Cognitive Assessment', 'Mini-Cog')} reviewed.",
        f"Assessment ({B.eponym('Appelbaum criteria')}): unable to appreciate the consequences of returning home; "
        "cannot manipulate information rationally. Lacks capacity for this decision.",
        f"Plan: Article 81 guardianship petition to be filed in {m('ORGANIZATION', 'court')}; APS case worker "
        f"{m('PERSON')} of {m('ORGANIZATION', 'agency')} involved; temporary guardian {m('PERSON')} ({m('PHONE')}).",
        f"Social history: emigrated from {B.state()} {B.bare_year()}; widowed; {r.choice(_WHO)} visits weekly.",
    ]
    return blocks


# --- radiology ------------------------------------------------------------------------------------

_EXAMS = (
    ("CT ABDOMEN AND PELVIS WITH IV CONTRAST", "abd"), ("CT HEAD WITHOUT CONTRAST", "head"),
    ("CHEST (PA AND LAT)", "chest"), ("CTA CHEST (PE PROTOCOL)", "chest"), ("MRI LUMBAR SPINE WITHOUT CONTRAST",
    "spine"),
    ("CT CHEST WITHOUT CONTRAST", "chest"), ("RIGHT HIP AND PELVIS RADIOGRAPHS", "hip"),
    ("CT CERVICAL SPINE WITHOUT CONTRAST", "spine"), ("US ABDOMEN LIMITED", "abd"), ("MRI BRAIN WITH AND WITHOUT "
    "CONTRAST", "head"),
)


def _findings(B: _Ctx, region: str) -> tuple[str, str]:
    r = B.r
    size = r.choice(("6 mm", "8 mm", "9 mm", "1.4 cm", "2.1 cm", "11 mm"))
    if region == "abd":
        pool = ["The liver is normal in size without a focal lesion.", "The gallbladder contains layering sludge "
                "without wall thickening.", "The pancreas and spleen are unremarkable.",
                f"{size} left renal lesion, {B.eponym('Bosniak')} IIF.",
                f"Trace free fluid in {B.eponym(chr(77) + 'orison' + chr(39) + 's pouch')}.",
                "The appendix is dilated to 11 mm with periappendiceal fat stranding.",
                "No free intraperitoneal air.", "Colonic diverticulosis without diverticulitis.",
                "Small hiatal hernia.", f"The bladder is decompressed around a {B.eponym('Foley catheter')}.",
                "Atherosclerotic calcification of the abdominal aorta without aneurysm."]
        imp = r.choice(("Acute appendicitis without abscess.", "Indeterminate left renal lesion; nonemergent MRI.",
                        "No acute abdominal or pelvic abnormality.", "Small hiatal hernia; otherwise unremarkable."))
    elif region == "head":
        pool = ["No acute intracranial hemorrhage, mass effect or midline shift.", "Periventricular white matter "
                "hypodensities, consistent with chronic small vessel ischemic disease.",
                f"Generalized volume loss; ? {B.eponym('Lewy body', 'Alzheimer disease', 'Parkinson disease')} per "
                "history.", "Small left frontal scalp hematoma without an underlying fracture.",
                "The paranasal sinuses and mastoid air cells are clear.", "Old right cerebellar lacunar infarct.",
                "The ventricles are proportionate to the sulci.", "No abnormal enhancement.",
                f"No subarachnoid blood to grade ({B.eponym('Hunt and Hess')} not applicable)."]
        imp = r.choice(("No acute intracranial abnormality.", "Scalp hematoma; no fracture or hemorrhage.",
                        "Chronic microangiopathic change."))
    elif region == "chest":
        sign = B.eponym("Kerley B lines", "Hampton" + chr(39) + "s hump", "Westermark sign")
        pool = [f"{size} right upper lobe nodule.", "No focal consolidation.", "Small left pleural effusion with "
                "adjacent atelectasis.", "Heart size normal; mediastinal contours unremarkable.", f"{sign} not seen.",
                "Filling defect in a right lower lobe segmental pulmonary artery.", "No pneumothorax.",
                "Enteric tube tip in the stomach.", "Mild centrilobular emphysema.", "Healed left rib fractures."]
        imp = r.choice((f"Pulmonary nodule; follow-up per {B.eponym('Fleischner Society', 'Lung-RADS')} guidance.",
                        "Segmental pulmonary embolism on the right.", "Small left effusion; no pneumothorax."))
    elif region == "spine":
        pool = ["Vertebral body heights are maintained.", "L4-L5 broad-based disc bulge with moderate canal narrowing.",
                f"No {B.eponym('Chance fracture', 'Salter-Harris')} type injury.", "Alignment is maintained.",
                "Facet arthropathy at L5-S1.", "No epidural collection.", "Prevertebral soft tissues are normal."]
        imp = r.choice(("Degenerative change without acute fracture.", "No acute fracture or malalignment."))
    else:
        pool = [f"Subcapital femoral neck fracture ({B.eponym('Garden classification')} III).",
                f"{B.eponym('Segond fracture', 'Schatzker', 'Colles fracture', 'Hill-Sachs')} pattern not present.",
                "Diffuse osteopenia.", "Mild degenerative narrowing of the hip joint.", "No dislocation.",
                "Vascular calcifications."]
        imp = r.choice(("Displaced right femoral neck fracture.", "No acute fracture; osteopenia."))
    return " ".join(r.sample(pool, min(len(pool), r.randint(4, 7)))), imp


def _technique(B: _Ctx) -> str:
    r = B.r
    return (f"TECHNIQUE: {B.brand('GE Revolution CT', 'Siemens SOMATOM', 'Hologic Selenia')}; "
            f"{B.brand('Omnipaque 350', 'Isovue-370', 'Gadavist')} {r.randint(50, 120)} mL IV ({B.lot()}, "
            f"{B.expiry()}). DLP {r.randint(180, 1400)} mGy-cm.")


def _rad_top(B: _Ctx, exam: str, reason: str) -> list[str]:
    r, m = B.r, B.m
    age = m("AGE_OVER_89") if r.random() < 0.45 else "___"
    sex = r.choice(("woman", "man", "F", "M"))
    if "CT" in exam:
        tech = _technique(B) if "CONTRAST" in exam and "WITHOUT" not in exam else (
            f"TECHNIQUE:  Axial images without IV contrast on a {B.brand('GE Revolution CT', 'Siemens SOMATOM')}; "
            "multiplanar reformats.")
    elif "MRI" in exam:
        tech = (f"TECHNIQUE:  Multiplanar, multisequence MRI; {B.brand('Gadavist')} "
                f"{r.randint(5, 15)} mL IV where indicated ({B.lot()}).")
    elif "US" in exam:
        tech = "TECHNIQUE:  Grayscale and color Doppler images of the right upper quadrant."
    else:
        tech = f"TECHNIQUE:  {r.choice(('Two views', 'Three views', 'AP and lateral views', 'Portable AP view'))}."
    comp = r.choice(("COMPARISON:  None.", "COMPARISON:  ___.", f"COMPARISON:  {B.sd()}.",
                     f"COMPARISON:  Outside study dated {m('DATE_REAL_YEAR', 'recent')}."))
    return [f"EXAMINATION:  {exam}", f"INDICATION:  {age} year old {sex} with {reason}.", tech, comp]


def _b_rad_amended(B: _Ctx) -> list[str]:
    r, m = B.r, B.m
    exam, reg = r.choice(_EXAMS)
    f, i = _findings(B, reg)
    top = _rad_top(B, exam, r.choice(("abdominal pain", "fall", "cough", "back pain", "confusion", "trauma")))
    return [
        top[0] + f"\n\n*** AMENDED REPORT ***  ({B.sd()} {B.t()})",
        "REASON FOR AMENDMENT: " + r.choice((
            "Discrepancy identified on quality review; a finding was omitted from the original report.",
            "Laterality error in the original impression corrected.", "Dictation (speech recognition) error in "
            f"the original report ({B.brand('PowerScribe 360')} {B.version()}).",
            "Addendum requested by the referring team after review of the outside films.",
        )),
        *top[1:],
        f"FINDINGS:\n\n{f}",
        "ORIGINAL IMPRESSION (superseded):  " + r.choice(("No acute abnormality.", "Right-sided finding as above.",
                                                          "Limited study; no definite acute process.")),
        f"AMENDED IMPRESSION:\n\n{i}",
        f"The change was communicated to Dr. {m('PERSON')} at {B.t()} on {B.sd()}; the patient's "
        f"{r.choice(('PCP', 'attending', 'surgeon'))} will notify the patient. {B.dept()} informed of the discrepancy.",
    ]


def _b_rad_overread(B: _Ctx) -> list[str]:
    r, m = B.r, B.m
    exam, reg = r.choice(_EXAMS)
    f, i = _findings(B, reg)
    return [
        f"OUTSIDE FILM OVER-READ (SECOND OPINION INTERPRETATION)\nEXAMINATION:  {exam} (outside)",
        f"Outside facility: {m('ORGANIZATION', 'facility')}\nOutside accession: {m('ACCOUNT')}   Outside MRN: "
        f"{m('MRN')}\n"
        f"Outside study date: {m('DATE_REAL_YEAR', 'recent')}   Imported: {B.sd()} into "
        f"{B.brand('Sectra PACS', 'Visage 7')}",
        "CLINICAL QUESTION:  " + r.choice((
            "second opinion requested by the patient", "pre-transfer review", "surgical planning",
            "litigation review requested by counsel through the Office of General Counsel")) + ".",
        "MEDIA:  " + r.choice(("One CD, readable; " + str(r.randint(2, 9)) + " series.", "Two CDs; one unreadable.",
                               "Cloud share; DICOM complete.")) + " Outside report "
        + r.choice(("available", "not provided")) + ".",
        f"FINDINGS:\n\n{f}",
        "COMPARISON WITH OUTSIDE REPORT:  " + r.choice((
            "Concordant.", "Discordant - the outside report does not mention the finding above.",
            "Minor discrepancy without clinical significance.")),
        f"IMPRESSION:\n\n{i}",
        "This over-read is based on images of outside origin; image quality and completeness cannot be verified.",
    ]


def _b_rad_peer(B: _Ctx) -> list[str]:
    r, m = B.r, B.m
    exam, reg = r.choice(_EXAMS)
    f, i = _findings(B, reg)
    score = r.choice(("1", "2a", "2b", "3a", "3b"))
    sig = "concur" if score == "1" else "not clinically significant" if score.endswith("a") else "clinically "
    "significant"
    return [
        f"{B.eponym('RADPEER').upper()} PEER REVIEW WORKSHEET - {B.dept()}",
        f"Accession: {m('ACCOUNT')}    Exam: {exam}    Read date: {B.sd()}\nSelection: "
        + r.choice(("random", "prospective (comparison study)", "referral from clinician", "M&M conference")),
        f"Original reader: {m('PERSON')}    Reviewer: ___",
        f"Score: {score}  ({sig})",
        f"Original findings summary:\n{f}",
        f"Original impression: {i}",
        "Reviewer comment: " + r.choice(("Missed on the prior read.", "Described but not carried to the impression.",
                                         "Agree.", "Size under-measured.")),
        f"Referred to departmental QA committee: {r.choice(('yes', 'no'))}. Workflow: "
        f"{B.brand('PowerScribe 360', 'Visage 7', 'Sectra PACS')} peer module {B.version()}.",
        "Peer review records are confidential and not part of the medical record.",
    ]


def _b_rad_critical(B: _Ctx) -> list[str]:
    r, m = B.r, B.m
    exam, reg = r.choice(_EXAMS)
    f, i = _findings(B, reg)
    anticoag = B.brand("Eliquis", "Xarelto", "Coumadin")
    top = _rad_top(B, exam, r.choice(("dyspnea", f"head strike on {anticoag}", "hypoxia", "abdominal pain")))
    return [
        *top,
        f"FINDINGS:\n\n{f}",
        f"IMPRESSION:\n\n{i}",
        "ADDENDUM - CRITICAL RESULT COMMUNICATION\n"
        f"Attempt 1: paged ordering provider at {m('PAGER')} at {B.t()} - no response.\n"
        f"Attempt 2: called unit at {m('PHONE')} at {B.t()}.\n"
        f"Result read back by {m('PERSON')} at {B.t()} via {B.brand('Vocera', 'Epic Haiku')}.",
        "Delay exceeded the 60-minute policy target; event entered for review.",
    ]


def _b_rad_injury(B: _Ctx) -> list[str]:
    r, m = B.r, B.m
    exam, tech = r.choice((("SKELETAL SURVEY", "Standard skeletal survey protocol, 21 images."),
                           ("CT HEAD AND CERVICAL SPINE WITHOUT CONTRAST", "Axial CT without contrast with sagittal "
                            "and coronal reformats."),
                           ("BILATERAL WRISTS AND FOREARMS", "PA, lateral and oblique views.")))
    return [
        f"EXAMINATION:  {exam}",
        f"HISTORY:  {m('AGE_OVER_89')}-year-old woman from {m('ORGANIZATION', 'nursing')} found on the floor; "
        f"multiple bruises "
        "of different ages. Evaluate for occult injury.",
        f"TECHNIQUE:  {tech}",
        "COMPARISON:  " + r.choice(("None available.", "___", f"{B.sd()} (chest radiograph).")),
        "FINDINGS:  " + r.choice((
            f"Healing fractures of the left 6th-8th ribs with callus. Acute distal radius fracture "
            f"({B.eponym('Colles fracture')}). No {B.eponym('Chance fracture')}.",
            f"Small left frontal scalp hematoma. No intracranial hemorrhage. "
            f"{B.eponym('Baker cyst', 'Segond fracture')} "
            "incidentally noted.",
            "Periosteal reaction along the right humeral shaft. Old compression deformity of T11. No acute "
            "intracranial finding.",
        )),
        "IMPRESSION:  " + r.choice(("Injuries of different ages; findings reported to the attending physician and "
                                    "social work.", "Acute fracture as above; pattern raises concern for "
                                    "non-accidental injury.")),
        f"MEDICO-LEGAL NOTE: images copied to CD for {m('ORGANIZATION', 'police')} (case ___) under chain-of-custody "
        f"form; "
        f"released by {m('PERSON')} at {B.t()}. {B.dept()} notified.",
    ]


def _b_rad_incidental(B: _Ctx) -> list[str]:
    r, m = B.r, B.m
    return [
        "EXAMINATION:  CT CHEST WITHOUT CONTRAST",
        f"INDICATION:  ___ year old with {r.choice(('trauma', 'cough', 'weight loss', 'pre-op evaluation'))}.",
        f"TECHNIQUE:  Low-dose axial images on a {B.brand('Siemens SOMATOM', 'GE Revolution CT')}.",
        "COMPARISON:  None.",
        f"FINDINGS:  {r.choice(('8 mm', '9 mm', '12 mm'))} solid nodule in the right upper lobe. "
        f"{B.eponym('Lung-RADS', 'TI-RADS', 'LI-RADS', 'BI-RADS')} category {r.choice(('3', '4A', '4B'))} by analogy. "
        "No lymphadenopathy. Mild emphysema.",
        f"IMPRESSION:  Pulmonary nodule; the {B.eponym('Fleischner Society')} recommends follow-up CT in 3 months.",
        "ADDENDUM - INCIDENTAL FINDING FOLLOW-UP TRACKING (Quality)\n"
        f"Letter mailed to the patient at {m('STREET_ADDRESS')}, {m('LOCATION')} {m('ZIP')}: "
        f"{r.choice(('returned undeliverable', 'no response', 'delivered'))}.\n"
        f"PCP office {m('ORGANIZATION', 'practice')} notified by fax {m('FAX')} on {B.sd()}.\n"
        "No follow-up imaging found after 6 months; case referred to Risk Management.",
    ]


_KINDS: dict[str, tuple[str, Callable[[_Ctx], list[str]]]] = {
    "grievance_intake": ("discharge", _b_grievance),
    "advocate_call_log": ("discharge", _b_call_log),
    "adverse_event_disclosure": ("discharge", _b_disclosure),
    "incident_followup": ("discharge", _b_incident),
    "peer_review_referral": ("discharge", _b_peer),
    "mm_case_summary": ("discharge", _b_mm),
    "records_subpoena_response": ("discharge", _b_records),
    "letter_of_protection": ("discharge", _b_lop),
    "liability_claim": ("discharge", _b_claim),
    "ethics_consult": ("discharge", _b_ethics),
    "ama_lwbs": ("discharge", _b_ama),
    "capacity_guardianship": ("discharge", _b_capacity),
    "rad_amended_report": ("radiology", _b_rad_amended),
    "rad_outside_overread": ("radiology", _b_rad_overread),
    "rad_peer_review": ("radiology", _b_rad_peer),
    "rad_critical_result": ("radiology", _b_rad_critical),
    "rad_injury_survey": ("radiology", _b_rad_injury),
    "rad_incidental_tracking": ("radiology", _b_rad_incidental),
}
DOCUMENT_KINDS: tuple[str, ...] = tuple(_KINDS)
_DC_KINDS = tuple(k for k, (t, _) in _KINDS.items() if t == "discharge")
_RAD_KINDS = tuple(k for k, (t, _) in _KINDS.items() if t == "radiology")


def document_kind(seed: int, i: int) -> str:
    if _frac(seed * 0.2360679774997898 + i * 0.4142135623730951) < _RAD_SHARE:
        return _RAD_KINDS[int(_frac(seed * 0.7182818284590452 + i * 0.6457513110645906) * len(_RAD_KINDS))]
    return _DC_KINDS[int(_frac(seed * 0.7182818284590452 + i * 0.6457513110645906) * len(_DC_KINDS))]


# --------------------------------------------------------------------------------------------------
# Filler paragraphs (non-identifying; look-alikes)
# --------------------------------------------------------------------------------------------------

def _f_conf(B: _Ctx) -> str:
    return ("CONFIDENTIALITY NOTICE: This document is a quality-assurance record prepared at the direction of "
            f"{B.dept()} and is privileged under {B.la('Education Law 6527')}. Do not file in the medical record.")


def _f_meds(B: _Ctx) -> str:
    r = B.r
    return (f"Medications reviewed: {B.brand('Eliquis', 'Xarelto', 'Coumadin', 'Lovenox')} "
            f"{r.choice(('5 mg BID', '20 mg daily', '40 mg SC daily'))}; {B.brand('Seroquel', 'Haldol', 'Ativan')} "
            f"{r.choice(('25 mg qHS', '0.5 mg PRN', '1 mg q6h PRN'))}; {B.ndc()} on the MAR.")


def _f_regs(B: _Ctx) -> str:
    return (f"Regulatory reference: CMS Conditions of Participation ({B.la('42 CFR 482.13')}) and the hospital's "
            f"policy on patient rights; public guidance at {B.web()}.")


def _f_state(B: _Ctx) -> str:
    return (f"Patient's home state listed as {B.state()}; out-of-state correspondence handled by {B.dept()}. "
            f"Public line given to the family: {B.hotline()}.")


def _f_scores(B: _Ctx) -> str:
    r = B.r
    return (f"Risk scores at time of event: {B.eponym('Morse Fall Scale')} {r.randint(25, 95)}, "
            f"{B.eponym('Braden score')} {r.randint(9, 20)}, "
            f"{B.eponym('Richmond Agitation-Sedation Scale')} {r.choice(('-1', '0', '+1', '+2'))}.")


def _f_history(B: _Ctx) -> str:
    return (f"Prior history: "
    f"{B.eponym('Stevens-Johnson syndrome', 'Guillain-Barre', 'Wernicke encephalopathy', 'Takotsubo')}"
            f" {B.bare_year()}; {B.age_under()} at first diagnosis per family; former smoker {B.bare_year()}.")


def _f_lines(B: _Ctx) -> str:
    return (f"Lines/devices during the stay: {B.eponym('Foley catheter')}, {B.eponym('Swan-Ganz')} (removed), "
            f"PICC placed by {B.eponym('Seldinger technique')}; dressing {B.brand('Tegaderm')}; "
            f"warming with {B.brand('Bair Hugger')}.")


def _f_docs(B: _Ctx) -> str:
    return (f"Documentation reviewed in {B.brand('Epic Haiku', 'Cerner PowerChart')} and the event system "
            f"({B.brand('RL6 Solutions', 'Datix')} {B.version()}). No {B.brand('Kardex')} entries found. "
            f"Hand hygiene audit ({B.brand('Purell')} dispenser counts) attached.")


def _f_vte(B: _Ctx) -> str:
    r = B.r
    return (f"VTE prophylaxis: {B.eponym('Caprini score')} {r.randint(2, 9)}; "
            f"{B.eponym('Virchow triad')} risk factors present; {B.eponym('Wells score')} {r.randint(0, 6)}.")


def _f_interp(B: _Ctx) -> str:
    return (f"Interpreter services: {B.la('Language Line')} audio interpreter offered; the family preferred to "
            f"interpret. Patient born in {B.state()}.")


def _f_recall(B: _Ctx) -> str:
    r = B.r
    return (f"Recall check: {B.brand('Medtronic', 'Baxter', 'Pfizer')} notice reviewed; affected {B.lot()} not "
            f"used on this patient. {B.ref()}. Maker's toll-free fax "
            f"{B.la('888-' + str(r.randint(201, 989)) + '-' + _d(r, 4))}.")


def _f_pain(B: _Ctx) -> str:
    return (f"Pain regimen: {B.brand('Dilaudid')} 0.5 mg IV q3h PRN, {B.brand('Narcan')} at bedside; "
            f"{B.brand('Zosyn')} 3.375 g q8h. Dispensed from {B.brand('Pyxis MedStation', 'Omnicell')}.")


def _f_hold(B: _Ctx) -> str:
    return (f"Litigation hold issued by {B.dept()}: preserve central-station strips "
            f"({B.brand('Philips IntelliVue')}), {B.brand('Pyxis MedStation', 'Omnicell')} transaction logs, "
            f"{B.brand('Vocera')} call logs and bed-exit data ({B.brand('Hill-Rom Centrella', 'Stryker InTouch')}).")


def _f_vitals(B: _Ctx) -> str:
    r = B.r
    return (f"Vital signs at the time of the event: T {r.randint(360, 392) / 10} HR {r.randint(52, 138)} "
            f"BP {r.randint(78, 182)}/{r.randint(40, 98)} RR {r.randint(12, 32)} SpO2 {r.randint(84, 100)}% "
            f"on {r.choice(('RA', '2L NC', '4L NC', 'NRB'))}.")


def _f_labs(B: _Ctx) -> str:
    r = B.r
    return (f"Labs around the event: INR {r.randint(9, 61) / 10}, Hgb {r.randint(62, 139) / 10} "
            f"(from {r.randint(95, 150) / 10}), lactate {r.randint(8, 62) / 10}, Na {r.randint(124, 149)}, "
            f"Cr {r.randint(5, 40) / 10}.")


def _f_staff(B: _Ctx) -> str:
    return (f"Staff interviewed: charge nurse, primary RN, unit clerk and the covering resident (names withheld "
            f"under peer-review privilege). Statements filed with {B.dept()}.")


def _f_followup(B: _Ctx) -> str:
    r = B.r
    return (f"Follow-up: {B.dept()} to call the family in {r.randint(2, 7)} business days; letter template "
            f"PR-{r.randint(1, 19):02d}; case to remain open until the review is complete ({B.sd()}).")


def _f_dcsum(B: _Ctx) -> str:
    r = B.r
    return ("Discharge summary excerpt:\nDischarge Disposition: "
            + r.choice(("Home", "Home With Service", "Extended Care", "Expired", "Left AMA")) + "\n"
            "Discharge Condition: Mental Status: "
            + r.choice(("Clear and coherent.", "Confused - sometimes.", "Confused - always.")) + "\n"
            f"Activity Status: "
            f"{r.choice(('Ambulatory - Independent.', 'Out of Bed with assistance to chair.', 'Bedbound.'))}")




def _r_dose(B: _Ctx) -> str:
    r = B.r
    return (f"Dose report: CTDIvol {r.randint(3, 40)}.{r.randint(0, 9)} mGy. Scanner "
            f"{B.brand('GE Revolution CT', 'Siemens SOMATOM')} software {B.version()}.")


def _r_guidance(B: _Ctx) -> str:
    return (f"Recommendations follow the {B.eponym('Fleischner Society')} guidance {B.bare_year()} and the "
            f"{B.eponym('BI-RADS', 'LI-RADS', 'TI-RADS', 'Lung-RADS')} lexicon where applicable.")


def _r_peer(B: _Ctx) -> str:
    return f"Discrepancy scoring per {B.eponym('RADPEER')}. Reference: {B.web()}."


def _r_monitor(B: _Ctx) -> str:
    return (f"Monitoring during sedation: {B.brand('Philips IntelliVue')}; patient on "
            f"{B.brand('Eliquis', 'Xarelto', 'Coumadin')}; {B.age_under()} per requisition. {B.ndc()}.")


def _r_patterns(B: _Ctx) -> str:
    return (f"Additional: {B.eponym('Hill-Sachs', 'Salter-Harris', 'Schatzker', 'Segond fracture')} pattern "
            f"excluded. {B.eponym('Trendelenburg')} positioning for the line check. Findings flagged in "
            f"{B.brand('PowerScribe 360', 'Sectra PACS')}.")


def _r_contrast(B: _Ctx) -> str:
    return (f"Contrast reaction protocol available; premedication not required. Injector {B.ref()}; "
            f"{B.lot()}; {B.expiry()}.")


def _r_outside(B: _Ctx) -> str:
    return (f"Outside disc from {B.state()} imported; DICOM tags reconciled by {B.dept()}. Portable unit "
            f"{B.brand('Hologic Selenia', 'Stryker InTouch', 'Zoll X Series', 'LIFEPAK 15')}.")


def _r_limits(B: _Ctx) -> str:
    r = B.r
    return ("LIMITATIONS: " + r.choice(("Motion artifact degrades the posterior fossa.", "Patient unable to raise "
            "arms; streak artifact.", "Portable technique; rotated.", "Suboptimal bolus timing.")))


def _r_prelim(B: _Ctx) -> str:
    return (f"A preliminary interpretation was issued by the resident at {B.t()}; the final report was signed "
            f"at {B.t()}. Differences between the two are described above.")


def _r_policy(B: _Ctx) -> str:
    return ("Critical and unexpected findings are communicated per departmental policy; a closed-loop "
            f"acknowledgement is required within 60 minutes. Report generated in {B.brand('PowerScribe 360')} "
            f"{B.version()}.")


_RAD_FILLERS = (_r_dose, _r_guidance, _r_peer, _r_monitor, _r_patterns, _r_contrast, _r_outside,
                _r_limits, _r_prelim, _r_policy)


def _x_griev_invest(B: _Ctx) -> str:
    r = B.r
    return ("Investigation summary: the unit manager reviewed the chart and interviewed the staff involved. "
            f"Call-light and bed-exit logs ({B.brand('Hill-Rom Centrella', 'Vocera')}) were pulled for the shift. "
            f"Finding: {r.choice(('substantiated', 'partially substantiated', 'not substantiated'))}. "
            "Service recovery offered: " + r.choice(("parking vouchers", "meal tickets", "none", "bill review")) + ".")


def _x_griev_letter(B: _Ctx) -> str:
    return (f"Resolution letter (excerpt):\n\"Dear {B.m('PERSON')}: Thank you for bringing your concerns to our "
            "attention. We have completed our review and want to share what we learned and the steps we are "
            "taking so that this does not happen again...\"")


def _x_call_escalation(B: _Ctx) -> str:
    return (f"Escalation: case forwarded to Risk Management on {B.sd()} after the caller used the words 'lawyer' "
            "and 'sue'. Advocate to continue as single point of contact; no admission of fault to be made by phone.")


def _x_call_notes(B: _Ctx) -> str:
    r = B.r
    return (f"Advocate notes: caller is {r.choice(('calm', 'tearful', 'angry', 'anxious'))}; prefers calls after "
            f"{r.randint(1, 6)} pm. Spanish-speaking mother also calls; use interpreter line. "
            f"Belongings search: {r.choice(('negative', 'dentures found in the ED', 'pending'))}.")


def _x_disc_doc(B: _Ctx) -> str:
    return (f"Documentation: disclosure noted in the medical record by the attending; the family was given the "
            f"{B.dept()} brochure. Follow-up meeting planned for {B.sd()}. Communication-and-resolution program "
            "criteria reviewed.")


def _x_disc_questions(B: _Ctx) -> str:
    r = B.r
    return ("Questions from the family:\n- " + "\n- ".join(r.sample((
        "Will this affect recovery?", "Who will pay for the extra days?", "Was anyone disciplined?",
        "Could it have been prevented?", "Can we see the event report?", "Why were we not told sooner?"), 3)))


def _x_inc_rca(B: _Ctx) -> str:
    return (f"Root cause analysis chartered {B.sd()}; team includes nursing, pharmacy and "
            f"{B.dept()}. Action plan: hard stop in the drug library, standard concentrations, repeat audit "
            f"in 90 days. Model used: {B.eponym('Swiss cheese model')}.")


def _x_inc_device(B: _Ctx) -> str:
    r = B.r
    return (f"Device history: last preventive maintenance {B.sd()}; firmware {B.version()}; {B.ref()}. "
            f"UDI (01)00{_d(r, 12)}(17){r.randint(25, 29)}{r.randint(1, 12):02d}28(10){_l(r, 2)}{_d(r, 4)}(21)"
            f"{B.m('DEVICE_ID')}.")


def _x_peer_committee(B: _Ctx) -> str:
    r = B.r
    return (f"Committee determination ({B.sd()}): level {r.randint(1, 4)}; "
            + r.choice(("no further action", "focused professional practice evaluation (FPPE)", "letter of "
                        "education", "referral to department chair")) + ". Practitioner response due in 14 days.")


def _x_peer_history(B: _Ctx) -> str:
    r = B.r
    return (f"Prior reviews for this practitioner: {r.randint(0, 3)} in 24 months; OPPE data within target. "
            f"Reportable to {B.la('NPDB')}: {r.choice(('no', 'not at this time'))}.")


def _x_mm_lit(B: _Ctx) -> str:
    return (f"Literature discussed: {B.eponym('Beers Criteria')} update {B.bare_year()}; failure-to-rescue "
            f"studies; early warning scores. Systems issues: night coverage, handoff tool, "
            f"{B.brand('Epic Haiku', 'Cerner PowerChart')} alert fatigue.")


def _x_mm_timeline(B: _Ctx) -> str:
    return ("Key timeline:\n" + "\n".join(f"HD{k}  {x}" for k, x in enumerate(B.r.sample((
        "Admitted from ED", "Rapid response", "Transfer to ICU", "Family meeting", "CT obtained",
        "Return to OR", "Comfort measures", "Pressors started"), 4), start=1)))


def _x_rec_withheld(B: _Ctx) -> str:
    return (f"Items withheld: psychotherapy notes; substance-use treatment records ({B.la('42 CFR Part 2')}); "
            "HIV-related information absent a specific release. Requester notified in writing.")


def _x_rec_affidavit(B: _Ctx) -> str:
    return (f"Custodian affidavit signed by {B.m('PERSON')} before a notary on {B.sd()}; produced records "
            "Bates-stamped and logged. Imaging released on CD with a DICOM viewer.")


def _x_lop_checklist(B: _Ctx) -> str:
    r = B.r
    return ("Business office checklist:\n[x] LOP on firm letterhead\n[x] Signed by attorney\n"
            f"[{r.choice(' x')}] Patient signature\n[{r.choice(' x')}] Assignment of benefits\n"
            f"[x] Copy to {B.dept()}")


def _x_claim_docs(B: _Ctx) -> str:
    return ("Documents requested:\n1. Complete chart including nursing flowsheets\n2. Audit trail\n"
            f"3. Monitor data ({B.brand('Philips IntelliVue')})\n4. Policies in effect at the time\n"
            "5. Incident report (privileged; do not produce)")


def _x_claim_reserve(B: _Ctx) -> str:
    r = B.r
    return (f"Reserve worksheet: indemnity ${r.randint(25, 900)},000; expense ${r.randint(10, 150)},000. "
            f"Carrier: {B.insurer()}. Claim line {B.hotline()}.")


def _x_eth_meeting(B: _Ctx) -> str:
    r = B.r
    return (f"Family meeting {B.sd()}: attended by the attending, palliative care, social work and the patient's "
            f"{r.choice(_WHO)}. Values history: patient 'never wanted machines'. Consensus reached: "
            f"{r.choice(('yes', 'partial', 'no'))}.")


def _x_ama_precautions(B: _Ctx) -> str:
    return ("Return precautions given verbally and in writing: chest pain, shortness of breath, fainting, "
            f"worsening pain. Prescriptions: none. Discharge paperwork printed from "
            f"{B.brand('Epic Haiku', 'Cerner PowerChart')}.")


def _x_ama_attest(B: _Ctx) -> str:
    return ("Physician attestation: I personally discussed the risks of leaving, including death. The patient "
            "verbalized understanding and was encouraged to return at any time.")


def _x_cap_collateral(B: _Ctx) -> str:
    r = B.r
    return (f"Collateral from the patient's {r.choice(_WHO)}: increasing forgetfulness, unpaid bills, stove left "
            f"on. Home care through {B.m('ORGANIZATION', 'practice')} stopped {B.bare_year()}.")


def _x_cap_recs(B: _Ctx) -> str:
    return ("Recommendations: 1) capacity to be reassessed if delirium clears; 2) continue "
            f"{B.brand('Seroquel', 'Haldol')} low dose at night only; 3) social work to coordinate with the guardian.")


def _x_rad_commun(B: _Ctx) -> str:
    return (f"Communication: findings entered in the results-tracking queue ({B.brand('PowerScribe 360')}); "
            f"{B.dept()} will confirm receipt.")


_EXTRAS: dict[str, tuple[Callable[[_Ctx], str], ...]] = {
    "grievance_intake": (_x_griev_invest, _x_griev_letter),
    "advocate_call_log": (_x_call_escalation, _x_call_notes),
    "adverse_event_disclosure": (_x_disc_doc, _x_disc_questions),
    "incident_followup": (_x_inc_rca, _x_inc_device),
    "peer_review_referral": (_x_peer_committee, _x_peer_history),
    "mm_case_summary": (_x_mm_lit, _x_mm_timeline),
    "records_subpoena_response": (_x_rec_withheld, _x_rec_affidavit),
    "letter_of_protection": (_x_lop_checklist,),
    "liability_claim": (_x_claim_docs, _x_claim_reserve),
    "ethics_consult": (_x_eth_meeting,),
    "ama_lwbs": (_x_ama_precautions, _x_ama_attest),
    "capacity_guardianship": (_x_cap_collateral, _x_cap_recs),
}
_CLINICAL_FILLERS = (_f_meds, _f_scores, _f_history, _f_lines, _f_vte, _f_vitals, _f_labs, _f_pain, _f_dcsum)
_ADMIN_FILLERS = (_f_conf, _f_regs, _f_state, _f_docs, _f_interp, _f_recall, _f_hold, _f_staff, _f_followup)
_ADMIN_ONLY = frozenset(("records_subpoena_response", "letter_of_protection", "liability_claim", "advocate_call_log"))


def _filler_pool(kind: str, kt: str) -> list[Callable[[_Ctx], str]]:
    if kt == "R":
        return [*_RAD_FILLERS, _x_rad_commun]
    pool = list(_ADMIN_FILLERS)
    if kind not in _ADMIN_ONLY:
        pool += _CLINICAL_FILLERS
    return pool


# --------------------------------------------------------------------------------------------------
# Assembly
# --------------------------------------------------------------------------------------------------

_SLOT = re.compile(r"\x00([A-Z_0-9]+)(?:~(\w+))?\x00")
_RENDER = re.compile(r"\x00([A-Z_0-9]+)(?:~\w+)?\x00|\x01(\d+)\x01")
_MAX_LEN = 4500


def _heavy_block(B: _Ctx) -> str:
    r = B.r
    lines = ["DISTRIBUTION / ROUTING:"]
    for _ in range(r.randint(6, 10)):
        lines.append(r.choice(("cc: ___ (___)", "___ - ___ / ___", "Copy: ___, ___, NY ___", "Tel ___  Fax ___",
                               "Reviewed by ___ on ___ at ___", "| ___ | ___ | ___ |", "Ref: ___ / ___")))
    return "\n".join(lines)


def _build(seed: int, i: int) -> tuple[LabelledNote, list[str], str]:
    r = random.Random(f"holdout58:{seed}:{i}")
    heavy = _is_heavy(seed, i)
    cats = _plan(seed, i)
    kind = document_kind(seed, i)
    note_type, builder = _KINDS[kind]
    kt = "R" if note_type == "radiology" else "D"
    B = _Ctx(r, heavy)
    blocks = builder(B)
    if kt == "D" and kind in _HEADER_KINDS and r.random() < 0.5:
        blocks.insert(0, _hdr_dc(B, r.choice(_SERVICES)))
    for extra in _EXTRAS.get(kind, ()):
        if r.random() < 0.7:
            blocks.insert(r.randint(min(3, len(blocks)), len(blocks)), extra(B))
    pool = _filler_pool(kind, kt)
    r.shuffle(pool)
    target = r.randint(1200, 2300) if kt == "R" else r.randint(1300, 2900)
    while pool and len("\n\n".join(blocks)) < target:
        blocks.insert(r.randint(min(2, len(blocks)), len(blocks)), pool.pop()(B))
    text = "\n\n".join(blocks)

    values: list[tuple[str, str]] = []
    for k, cat in enumerate(cats):
        value = _VALUES[cat](r)
        if cat == "FAX" and r.random() < 0.12:
            value = _phone_value(r, toll=True)
            tpl = B.r.choice(("Our practice's toll-free fax: {v}", "Fax (toll-free, office): {v}"))
            line = tpl.replace("{v}", f"\x01{k}\x01")
            values.append((value, cat))
            text = _insert(r, text, line)
            continue
        values.append((value, cat))
        slots = [mt for mt in _SLOT.finditer(text) if mt.group(1) == cat]
        if slots and r.random() < 0.6:
            mt = r.choice(slots)
            if mt.group(2):
                values[-1] = (_sub_value(r, cat, mt.group(2)), cat)
            text = text[:mt.start()] + f"\x01{k}\x01" + text[mt.end():]
        else:
            line, sub = _template(B, cat, kt)
            if sub:
                values[-1] = (_sub_value(r, cat, sub), cat)
            text = _insert(r, text, line.replace("{v}", f"\x01{k}\x01"))
    if heavy:
        text = text + "\n\n" + _heavy_block(B)
        while len(_SLOT.findall(text)) + text.count("___") < 25:
            text += "\n" + r.choice(("Signed: ___ ___", "Address: ___, ___, NY ___", "Ph ___ / Fax ___"))

    out: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    length = 0
    for mt in _RENDER.finditer(text):
        chunk = text[pos:mt.start()]
        out.append(chunk)
        length += len(chunk)
        if mt.group(1) is not None:
            out.append("___")
            length += 3
        else:
            value, cat = values[int(mt.group(2))]
            out.append(value)
            spans.append((length, length + len(value), cat))
            length += len(value)
        pos = mt.end()
    out.append(text[pos:])
    final = "".join(out)
    looks = sorted({s for s in B.looks if s in final})
    return LabelledNote(note_type, final, spans), looks, "heavy" if heavy else "normal"


def _insert(r: random.Random, text: str, line: str) -> str:
    """Insert a line at a paragraph boundary, a line boundary, or the end."""
    paras = [mt.start() for mt in re.finditer(r"\n\n", text)]
    lines = [mt.start() for mt in re.finditer(r"(?<!\n)\n(?!\n)", text)]
    u = r.random()
    if u < 0.65 and paras:
        p = r.choice(paras)
        return text[:p] + "\n\n" + line + text[p:]
    if u < 0.85 and lines:
        p = r.choice(lines)
        return text[:p] + "\n" + line + text[p:]
    return text + "\n\n" + line


# --------------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------------

def holdout58_note(seed: int, i: int) -> LabelledNote:
    return _build(seed, i)[0]


def holdout58_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout58_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> int:
    args, notes, hits, res = holdout_measure.measure(
        holdout58_corpus, argv,
        "Held-out corpus 58 (blind): patient relations, risk management and medical-legal correspondence")
    holdout_measure.report("holdout58", args, notes, hits, res)
    return 0


if __name__ == "__main__":
    sys.exit(main())
