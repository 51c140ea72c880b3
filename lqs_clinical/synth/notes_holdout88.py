"""Held-out corpus 88: assisted reproduction, gamete donation, surrogacy and adoption around an admission.

MIMIC-IV-Note-shaped discharge and radiology notes about fertility treatment and family building that
meets the hospital: an OHSS or ectopic admission after IVF, the clinic's stimulation and embryology
records pasted into the chart, sperm and egg bank donor paperwork, embryo storage and shipping logs,
gestational-carrier agency case files, a delivery admission for a gestational carrier with parentage
orders, newborn placement and adoption notes, PGT requisitions, and the matching imaging.

Document kinds (``DOCUMENT_KINDS``; note type in brackets):
``ohss_admission`` [discharge], ``ectopic_after_ivf`` [discharge], ``stim_cycle_flowsheet`` [discharge],
``embryology_lab_record`` [discharge], ``donor_bank_paperwork`` [discharge], ``cryo_shipping_log``
[discharge], ``gc_agency_case_file`` [discharge], ``gc_delivery_admission`` [discharge],
``newborn_placement_sw`` [discharge], ``pgt_requisition_result`` [discharge], ``adoption_clinic_visit``
[discharge], ``pelvic_us_ohss`` [radiology], ``tvus_pul_ectopic`` [radiology], ``hsg`` [radiology],
``follicle_monitoring_us`` [radiology], ``saline_sonohysterogram`` [radiology], ``ob_us_carrier``
[radiology], ``neonatal_head_us`` [radiology], ``chest_imaging_ohss`` [radiology], ``le_venous_duplex``
[radiology].

Labelling conventions for this theme's numbers and bodies:
- ACCOUNT: a clinic's stimulation or frozen-transfer cycle id, an embryology accession, a trophectoderm
  biopsy specimen id, a PGT requisition, a sperm- or egg-bank donor id (the donor is a person), a
  surrogacy agency's case number, a carrier-compensation escrow account, an embryo storage agreement
  number, a dry-shipper or courier tracking number, an adoption agency's case file number, a
  hospital encounter, order or claim number.
- MRN: a hospital's or a fertility clinic's chart number and a newborn's medical record number.
- DEVICE_ID: cryotank, dewar, dry-shipper, data-logger and time-lapse-incubator serials, the (21)
  serial of a GS1 UDI, a hospital asset tag (pump, fetal monitor, breast pump).
- VEHICLE_ID: a courier van's or ambulance's plate, a neonatal transport VIN, a parked car's plate.
- HEALTH_PLAN: member, subscriber and policy ids, including a carrier's surrogacy policy, a fertility
  benefit member number and a newborn's Medicaid CIN; an employer group number stays unlabelled.
- LICENSE: NPIs, medical, nursing and DEA numbers and driver's licences used to verify a donor or
  carrier.
- ORGANIZATION: fertility clinics, sperm and egg banks, surrogacy and adoption agencies, law firms,
  courts, PGT and reference laboratories, cryo-courier companies, hospitals, pharmacies, employers and
  schools.  LOCATION: towns, counties, neighbourhoods and cities abroad (countries and states never).
- URL: only person-specific addresses (a donor's profile page, a carrier's blog, a family's profile
  book, a shared album or fundraiser); public bodies' websites stay unlabelled.
- Written masked (``___``, no category): court parentage-order and adoption dockets, birth-certificate
  numbers, home-study approval numbers and embryologists' board certificates.
- Unlabelled look-alikes: storage positions (tank, canister, cane, goblet, straw colour), cycle
  ordinals ("cycle 3", "FET #2"), embryo grades (4AA, 5AB), follicle sizes, hormone values, drug and
  media brands, drug and device makers, lab QC and media lot numbers, REF and GTIN, expiry dates,
  NDCs, SART, CDC, ASRM, FDA, HFEA, CLIA, AATB, the Hague Convention and ICPC, payers named as such
  (Progyny, Aetna, Cigna), public toll-free hotlines and payer lines, states and countries.

Label policy: PERSON is one span per name (given and family together, titles outside); LOCATION is a
place below state level (a street line is STREET_ADDRESS; town and ZIP are separate spans; states and
countries are never labelled, and "New York" alone is the state); ORGANIZATION is a named hospital,
practice, pharmacy (a chain's store too), agency, school or employer, never a generic department, and
never a drug maker, biotech or trial sponsor named as such (a jail, prison or court is one; a payer or
insurer named as such is not). DATE_REAL_YEAR is a whole date carrying a year 1900-2030 (a bare year is
not labelled; a device, drug or lot expiry date is not labelled; a death date is). AGE_OVER_89 labels
the digits of ages >= 90. DEVICE_ID is a device serial (for a GS1 UDI only the (21) serial) or a
hospital asset tag; lot, GTIN, REF, model and expiry are not identifiers. A toll-free phone number
(800, 888, 877, 866, 855, 844, 833) is a public line: never labelled; a device maker's or vendor's
toll-free fax neither, a practice's toll-free fax is FAX. ACCOUNT covers account, encounter,
incident/run, accession, order, requisition, claim and specimen numbers, and a vendor's call or
session id for the patient's encounter; HEALTH_PLAN member, subscriber and policy ids (an employer's
group number is not the member's id: leave it unlabelled); LICENSE medical, nursing, EMS, DEA and
driver's licences and a clinician's NPI. Spans hold the value only: cue words ("Dr.", "MRN:",
"pager", "Fax", "SN", "plate", "Acct") and credentials ("MD", "RN") stay outside.

Written blind: I read only the corpus brief, ``lqs_clinical/synth/holdout_measure.py``, the first 45
lines of ``lqs_clinical/synth/notes.py``, ``pyproject.toml``, ``/work/shared/data/SOURCES.md`` and the
PyHealth synthetic note-shaped samples under ``/work/shared/data/note-shaped-samples/`` (after listing
``/work/shared/reference/``, ``/work/shared/data/`` and that samples folder, outside the repository). No
detector code, rule file, other corpus, other test or history was read, no repository directory was
listed, and the detector was never run.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Callable

from lqs_clinical.synth import holdout_measure
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

# --------------------------------------------------------------------------------------------------
# Sequences (Weyl) deciding heavy / planted / categories, so totals are stable
# --------------------------------------------------------------------------------------------------

_PHI = 0.6180339887498949
_SQRT2 = 0.41421356237309515
_PLASTIC = 0.7548776662466927
_PLANT_RATE = 0.6105  # of the non-heavy notes: 0.95 * 0.6105 ~ 0.58


def _frac(x: float) -> float:
    return x - math.floor(x)


def _is_heavy(i: int) -> bool:
    return i % 20 == 11


def _is_planted(seed: int, i: int) -> bool:
    return (not _is_heavy(i)) and _frac(i * _PHI + seed * 0.1372) < _PLANT_RATE


def _plant_categories(seed: int, i: int) -> list[str]:
    k = 1 + int(_frac(i * _SQRT2 + seed * 0.29) * 4)
    return [CATEGORIES[int(_frac((i * 4 + j) * _PLASTIC + seed * 0.0833) * len(CATEGORIES))] for j in range(k)]


# --------------------------------------------------------------------------------------------------
# Surrogate values (fictitious)
# --------------------------------------------------------------------------------------------------

_GIVEN = (
    "Dana", "Renata", "Priyanka", "Tomasz", "Ifeoma", "Marisol", "Keziah", "Anneliese", "Joaquín", "Yusuf",
    "Hollis", "Sunniva", "Teodora", "Malik", "Bronwyn", "Esperanza", "Caius", "Naledi", "Wren", "Dmitri",
    "Lucinda", "Haruto", "Saoirse", "Thandiwe", "Emeric", "Zofia", "Ravi", "Delphine", "Gideon", "Inès",
    "Bartholomew", "Kalani", "Mireille", "Soren", "Ayasha", "Fenella", "Obadiah", "Leocadia", "Nkechi", "Rosalind",
    "Pilar", "Anders", "Chidera", "Margit", "Lorcan", "Yesenia", "Ottilie", "Benedikt", "Farah", "Cosmo",
)
_FAMILY = (
    "Okafor", "Quiñones-Vidal", "Brandvold", "Achterberg", "Nakashima", "Villaseñor", "Ostrowski", "Fairbairn",
    "Delacroix-Hume", "Mwangi", "Castellanos", "Haverkamp", "Oyelaran", "Lindqvist", "Abernathy", "Tsvetkova",
    "Pellegrino", "Whitcombe", "Adeyemi", "Szabo", "Kowalczyk", "Rosenthal-Iyer", "Bergström", "McAllister",
    "Figueroa", "Dunleavy", "Ndiaye", "Sorensen", "Takahashi", "Vandermeer", "Oduya", "Prendergast", "Ainsworth",
    "Balakrishnan", "Huxtable", "Marchetti", "Yilmaz", "Gallo", "O'Riordan", "Esposito-Kahn", "Winterbourne",
    "Achebe-Lund", "Mortensen", "Carvalho", "Petrossian", "Ibarra", "Kaczmarek", "Thistlewood", "Nwosu", "Ferreira",
)
_TOWNS = (
    "Marlow Heights", "East Penfield", "Brantwood", "Kittering Falls", "Saugerbrook", "Oriskany Flats",
    "Linden Hollow", "Port Achard", "Westmere", "Halsey Corners", "Fenwick Station", "North Tarrow",
    "Amberly Junction", "Glen Ellery", "Quarry Mills", "Seneca Point", "Ravenhurst", "Tillman's Landing",
    "Bexley Green", "South Harrowgate", "Cold Brook", "Maple Ridge", "Pinecrest Park", "Alder Bay",
    "Vosburgh", "Lower Caddis", "Mount Orrin", "Ellicott Mills",
)
_COUNTIES = ("Kessler County", "Albright County", "Tarrow County", "Oswell County", "Dunmoor County")
_ABROAD = (
    "Guadalajara", "Lyon", "Bengaluru", "Tbilisi", "Kharkiv", "Cali", "Valencia", "Oaxaca", "Toulouse", "Almaty",
    "Medellín", "Cebu City", "Addis Ababa", "Chișinău",
)
_ORGS = {
    "clinic": ("Lakeshore Fertility Partners", "Brightwater Reproductive Center", "Halcyon Fertility Institute",
               "Crescent Reproductive Associates", "Northfield Center for Fertility", "Sablewood Fertility Clinic",
               "Aurora Fertility & Reproductive Medicine", "Greyfriars Fertility Group"),
    "bank": ("Northgate Cryobank", "Cascadia Sperm Bank", "Ovum Vault Donor Egg Bank", "Heritage Gamete Bank",
             "Blue Heron Egg Donation Program", "Fairhaven Cryobank", "Lumen Donor Egg Network"),
    "agency": ("Bright Cradle Surrogacy", "Meridian Family Building", "Tandem Path Surrogacy Agency",
               "Lantern House Surrogacy", "Circle of Hands Gestational Services", "Wildflower Surrogacy Partners"),
    "adopt": ("Open Arms Adoption Services", "Wellspring Family Adoption Agency", "Harbor Light Child Placement",
              "Cornerstone Adoptions", "Little Acorn Adoption Network"),
    "law": ("Thornquist & Aldana LLP", "Brennan Okoye Family Law", "Vasquez-Lowe Reproductive Law Group",
            "Hartigan & Sole, PLLC"),
    "court": ("Kessler County Family Court", "Albright County Surrogate's Court", "Tarrow County Superior Court",
              "Oswell County Probate Court"),
    "lab": ("Helix Point Genetics", "Cobalt Genomics Laboratory", "Northstar PGT Laboratory",
            "Genovia Diagnostics", "Juniper Embryo Genetics"),
    "courier": ("CryoRunner Logistics", "Polar Lane Cryo Transport", "Frostline Specimen Couriers",
                "Nitrogen Express Couriers"),
    "hosp": ("St. Brigid Regional Medical Center", "Mercy Lakes Hospital", "Westmere General Hospital",
             "Kittering Falls Memorial Hospital", "Ravenhurst Women's & Children's Hospital",
             "Our Lady of the Dunes Hospital"),
    "pharm": ("Fairway Specialty Pharmacy", "Apothecare Fertility Pharmacy", "Walgreens #04412",
              "CVS Pharmacy #2231", "Linden Hollow Drug"),
    "employer": ("Dunmore Logistics", "Brantwood Elementary School", "Halvorsen Tool & Die",
                 "Quarry Mills Central School District", "Pemberton Credit Union", "Saugerbrook Distribution Center"),
}
_AREA = (
    "212", "315", "347", "413", "508", "516", "518", "585", "607", "614", "617", "631", "646", "716", "718",
    "732", "845", "860", "914", "973", "201", "203", "267", "302", "410", "412", "484", "570", "610", "724",
)
_TOLLFREE = ("800", "888", "877", "866", "855", "844", "833")
_STREETS = (
    "Larchmont Ave", "Quarry Ridge Road", "W. Holloway St.", "Cobbler's Lane", "Tamarack Drive", "Old Mill Rd",
    "Birchwood Terrace", "Harbor View Blvd", "Sycamore Court", "N. Pleasant Street", "Ferncliff Way",
    "County Route 9", "Whitlock Parkway", "Greenbriar Circle", "Orchard Hill Rd.", "E. Main St",
)
_LOWER = "abcdefghijkmnopqrstuvwxyz"
_UP = "ABCDEFGHJKLMNPRSTUVWXYZ"
_VINCH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _u(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(_UP) for _ in range(n))


def _person(rng: random.Random) -> str:
    g, f = rng.choice(_GIVEN), rng.choice(_FAMILY)
    r = rng.random()
    if r < 0.55:
        return f"{g} {f}"
    if r < 0.7:
        return f"{g} {rng.choice(_UP)}. {f}"
    if r < 0.85:
        return f"{f.upper()}, {g.upper()}"
    if r < 0.93:
        return f"{f}, {g}"
    return f"{g[0]}. {f}"


def _phone_fmt(rng: random.Random, a: str) -> str:
    e, n = str(rng.randint(201, 989)), _d(rng, 4)
    return rng.choice((
        f"({a}) {e}-{n}", f"{a}-{e}-{n}", f"{a}.{e}.{n}", f"+1 {a} {e} {n}", f"1-{a}-{e}-{n}", f"{a} {e} {n}",
        f"({a}){e}-{n}", f"{a}{e}{n}", f"+1-{a}-{e}-{n}",
    ))


def _phone(rng: random.Random) -> str:
    return _phone_fmt(rng, rng.choice(_AREA))


def _tollfree(rng: random.Random) -> str:
    a = rng.choice(_TOLLFREE)
    e, n = str(rng.randint(201, 989)), _d(rng, 4)
    return rng.choice((f"1-{a}-{e}-{n}", f"({a}) {e}-{n}", f"{a}.{e}.{n}", f"{a}-{e}-{n}"))


def _fax_tf(rng: random.Random) -> str:
    return _tollfree(rng)


def _pager(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.3:
        return f"{rng.randint(2, 8)}{_d(rng, 4)}"
    if r < 0.55:
        return f"{rng.randint(2, 9)}-{_d(rng, 4)}"
    if r < 0.75:
        return f"{rng.randint(201, 989)}-{_d(rng, 4)}"
    return _phone(rng)


def _email(rng: random.Random) -> str:
    g = rng.choice(_GIVEN).lower().replace("í", "i").replace("è", "e").replace("ñ", "n").replace("ö", "o")
    f = rng.choice(_FAMILY).lower().replace("'", "").replace("ñ", "n").replace("ö", "o")
    f = f.replace("-", "")
    user = rng.choice((f"{g}.{f}", f"{g[0]}{f}{rng.randint(1, 99)}", f"{f}.{g}", f"{g}_{f[:4]}",
                       f"{g}{f}.family", f"gc.{g}{rng.randint(70, 99)}", f"{f}{g[0]}"))
    dom = rng.choice(("gmail.com", "outlook.com", "yahoo.com", "icloud.com", "brightcradle.org",
                      "tandempath-surrogacy.com", "northgatecryo.com", "openarmsadopt.org", "proton.me",
                      "lakeshorefertility.net", "hartigansole.law"))
    return f"{user}@{dom}"


def _url_kind(kind: str) -> Callable[[random.Random], str]:
    def gen(rng: random.Random) -> str:
        f = rng.choice(_FAMILY).lower().replace("'", "").replace("ñ", "n").replace("ö", "o").replace("-", "")
        g = rng.choice(_GIVEN).lower().replace("í", "i").replace("è", "e")
        tok = "".join(rng.choice(_LOWER + "0123456789" + _UP) for _ in range(10))
        options = {
            "donor": (f"https://donors.northgatecryo.com/profile/{_d(rng, 5)}",
                      f"https://www.lumendonoreggs.com/donors/{g}-{_d(rng, 4)}",
                      f"https://cascadiaspermbank.org/donor?id={_d(rng, 5)}"),
            "social": (f"www.facebook.com/{g}.{f}.gc", f"https://www.instagram.com/{g}_{f}_carrier",
                       f"https://www.tiktok.com/@{g}{f[:3]}{_d(rng, 2)}"),
            "album": (f"https://photos.app.goo.gl/{tok}", f"https://www.icloud.com/sharedalbum/#{tok}",
                      f"https://drive.google.com/file/d/{tok}{_d(rng, 4)}/view"),
            "blog": (f"https://{f}family.wordpress.com/our-surrogacy-journey", f"http://{g}carries.blogspot.com",
                     f"https://www.{f}{g[:3]}journey.net"),
            "fund": (f"https://gofund.me/{tok[:8].lower()}", f"https://www.gofundme.com/f/help-the-{f}-family-grow"),
            "adopt": (f"http://www.{g}and{f}adopt.com",
                      f"https://profiles.openarmsadopt.org/families/{f}-{_d(rng, 3)}"),
            "portal": (f"https://portal.lakeshorefertility.net/msg/thread/{_d(rng, 6)}",
                       f"https://mychart.stbrigid.org/results/{_d(rng, 8)}"),
        }[kind]
        return rng.choice(options)
    return gen


def _url(rng: random.Random) -> str:
    return _url_kind(rng.choice(("donor", "social", "album", "blog", "fund", "adopt", "portal")))(rng)


def _ip(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.3:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if r < 0.55:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if r < 0.7:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return f"{rng.randint(23, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def _ssn(rng: random.Random) -> str:
    a = rng.choice([x for x in range(1, 900) if x != 666])
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    return rng.choice((f"{a:03d}-{g:02d}-{s:04d}", f"{a:03d} {g:02d} {s:04d}", f"{a:03d}{g:02d}{s:04d}"))


def _mrn(rng: random.Random) -> str:
    return rng.choice((
        f"{_d(rng, 8)}", f"MR{_d(rng, 7)}", f"{rng.randint(1, 9)}-{_d(rng, 3)}-{_d(rng, 3)}", f"LFC-{_d(rng, 6)}",
        f"E{_d(rng, 7)}", f"BB{_d(rng, 7)}", f"{_u(rng, 2)}{_d(rng, 6)}", f"00{_d(rng, 6)}",
    ))


def _acct(kind: str) -> Callable[[random.Random], str]:
    def gen(rng: random.Random) -> str:
        if kind == "cycle":
            return rng.choice((f"IVF-{_d(rng, 5)}", f"C{rng.randint(10, 29)}-{_d(rng, 5)}", f"FET{_d(rng, 6)}",
                               f"{_d(rng, 4)}-R{_d(rng, 2)}", f"STIM/{_d(rng, 6)}"))
        if kind == "donor":
            return rng.choice((f"{_d(rng, 5)}", f"ND-{_d(rng, 4)}", f"ED{_d(rng, 5)}{rng.choice(_UP)}",
                               f"{_u(rng, 3)}{_d(rng, 4)}", f"D-{_d(rng, 3)}-{_d(rng, 3)}"))
        if kind == "case":
            return rng.choice((f"BCS-GC-{_d(rng, 5)}", f"GC{rng.randint(18, 29)}{_d(rng, 4)}", f"SUR-{_d(rng, 6)}",
                               f"{_u(rng, 2)}-{_d(rng, 4)}-{_u(rng, 1)}", f"M{_d(rng, 7)}"))
        if kind == "escrow":
            return rng.choice((f"{_d(rng, 4)}-{_d(rng, 4)}-{_d(rng, 4)}", f"ESC-{_d(rng, 7)}", f"{_d(rng, 10)}"))
        if kind == "req":
            return rng.choice((f"REQ{_d(rng, 7)}", f"PGT-{_d(rng, 6)}-{rng.choice(_UP)}", f"{_u(rng, 2)}{_d(rng, 8)}",
                               f"R-{_d(rng, 4)}-{_d(rng, 4)}"))
        if kind == "accession":
            return rng.choice((f"EMB-{_d(rng, 6)}", f"AL{_d(rng, 7)}", f"{rng.randint(10, 29)}-EM-{_d(rng, 5)}",
                               f"A{_d(rng, 9)}"))
        if kind == "tracking":
            return rng.choice((f"CRX{_d(rng, 10)}", f"{_d(rng, 4)} {_d(rng, 4)} {_d(rng, 4)}",
                               f"1Z{_u(rng, 3)}{_d(rng, 3)}{_u(rng, 2)}{_d(rng, 8)}", f"PL-{_d(rng, 9)}"))
        if kind == "encounter":
            return rng.choice((f"V{_d(rng, 11)}", f"ENC{_d(rng, 8)}", f"{_d(rng, 9)}", f"HAR-{_d(rng, 7)}"))
        if kind == "claim":
            return rng.choice((f"CLM-{_d(rng, 8)}", f"{_d(rng, 5)}-{_d(rng, 5)}", f"C{_d(rng, 11)}"))
        if kind == "adopt":
            return rng.choice((f"OA-{rng.randint(18, 29)}-{_d(rng, 4)}", f"AF{_d(rng, 6)}",
                               f"{_d(rng, 3)}/{_d(rng, 5)}",
                               f"HL-{_d(rng, 5)}"))
        if kind == "specimen":
            return rng.choice((f"TE-{_d(rng, 5)}-{rng.randint(1, 9):02d}", f"S{_d(rng, 8)}",
                               f"{_d(rng, 6)}.{rng.randint(1, 6)}"))
        if kind == "order":
            return rng.choice((f"{_d(rng, 8)}", f"ORD{_d(rng, 7)}", f"O-{_d(rng, 4)}-{_d(rng, 4)}"))
        if kind == "storage":
            return rng.choice((f"SA-{_d(rng, 6)}", f"{_d(rng, 3)}-{_d(rng, 5)}", f"CS{_d(rng, 7)}"))
        return f"{_d(rng, 9)}"
    return gen


def _plan(rng: random.Random) -> str:
    return rng.choice((
        f"{_u(rng, 3)}{_d(rng, 9)}", f"W{_d(rng, 4)} {_d(rng, 5)}", f"H-{_d(rng, 8)}",
        f"{_d(rng, 10)}-0{rng.randint(1, 4)}",
        f"{_u(rng, 3)} {_d(rng, 3)} {_d(rng, 2)} {_d(rng, 4)}", f"{_u(rng, 2)}{_d(rng, 5)}{_u(rng, 1)}",
        f"U{_d(rng, 4)}{_d(rng, 4)}{_d(rng, 2)}", f"FB-{_d(rng, 7)}",
    ))


def _medicaid(rng: random.Random) -> str:
    return f"{_u(rng, 2)}{_d(rng, 5)}{_u(rng, 1)}"


def _npi(rng: random.Random) -> str:
    return f"{rng.choice('12')}{_d(rng, 9)}"


def _medlic(rng: random.Random) -> str:
    return rng.choice((f"{rng.randint(2, 3)}{_d(rng, 5)}", f"0{_d(rng, 6)}", f"MD.{_d(rng, 6)}"))


def _dea(rng: random.Random) -> str:
    return f"{rng.choice('ABFM')}{rng.choice(_UP)}{_d(rng, 7)}"


def _dl(rng: random.Random) -> str:
    return rng.choice((f"{_d(rng, 3)} {_d(rng, 3)} {_d(rng, 3)}", f"{_d(rng, 9)}",
                       f"{rng.choice(_UP)}{_d(rng, 4)}-{_d(rng, 5)}-{_d(rng, 5)}", f"{rng.choice(_UP)}{_d(rng, 7)}"))


def _rnlic(rng: random.Random) -> str:
    return rng.choice((f"{_d(rng, 6)}", f"RN{_d(rng, 6)}", f"{_d(rng, 3)}-{_d(rng, 3)}"))


def _zip(rng: random.Random) -> str:
    z = f"{rng.randint(1, 149):03d}{_d(rng, 2)}"
    return z if rng.random() < 0.8 else f"{z}-{_d(rng, 4)}"


def _street(rng: random.Random) -> str:
    s = f"{rng.randint(2, 9899)} {rng.choice(_STREETS)}"
    r = rng.random()
    if r < 0.2:
        s += f", Apt {rng.randint(1, 9)}{rng.choice('ABCD')}"
    elif r < 0.3:
        s += f" Unit {rng.randint(101, 940)}"
    return s


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def _date_in(rng: random.Random, y0: int, y1: int) -> str:
    y, m, d = rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28)
    mon = _MONTHS[m - 1]
    return rng.choice((
        f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{mon} {d}, {y}", f"{d} {mon[:3]} {y}",
        f"{d:02d}-{mon[:3].upper()}-{y}", f"{mon[:3]}. {d} {y}", f"{d:02d}.{m:02d}.{y}", f"{d} {mon} {y}",
    ))


def _date_event(rng: random.Random) -> str:
    return _date_in(rng, 2012, 2029)


def _date_dob(rng: random.Random) -> str:
    return _date_in(rng, 1976, 2005)


def _date_death(rng: random.Random) -> str:
    return _date_in(rng, 1988, 2026)


def _age(rng: random.Random) -> str:
    return str(rng.randint(90, 104))


def _serial(rng: random.Random) -> str:
    return rng.choice((
        f"CT-{_d(rng, 8)}", f"{_d(rng, 2)}{_u(rng, 2)}{_d(rng, 4)}", f"TW{_d(rng, 4)}-{_d(rng, 4)}",
        f"D{_d(rng, 7)}{rng.choice(_UP)}", f"{_u(rng, 3)}{_d(rng, 6)}", f"SC{_d(rng, 2)}-{_d(rng, 5)}",
        f"{_d(rng, 10)}", f"LG{_d(rng, 6)}",
    ))


def _asset(rng: random.Random) -> str:
    return rng.choice((f"BME-{_d(rng, 6)}", f"{_d(rng, 7)}", f"AT{_d(rng, 5)}", f"{_u(rng, 2)}-{_d(rng, 5)}"))


def _udi_serial(rng: random.Random) -> str:
    return rng.choice((f"{_d(rng, 9)}", f"SN{_d(rng, 7)}", f"{_u(rng, 2)}{_d(rng, 8)}"))


def _plate(rng: random.Random) -> str:
    return rng.choice((
        f"{_u(rng, 3)}-{_d(rng, 4)}", f"{_u(rng, 3)} {_d(rng, 4)}", f"{rng.randint(1, 9)}{_u(rng, 3)}{_d(rng, 3)}",
        f"{_d(rng, 3)}-{_u(rng, 3)}", f"{_u(rng, 2)}{_d(rng, 5)}", f"AMB-{_d(rng, 4)}",
    ))


def _vin(rng: random.Random) -> str:
    return f"{rng.choice('12345')}{rng.choice(_UP)}{''.join(rng.choice(_VINCH) for _ in range(9))}{_d(rng, 6)}"


def _loc_town(rng: random.Random) -> str:
    return rng.choice(_TOWNS + _COUNTIES)


def _loc_abroad(rng: random.Random) -> str:
    return rng.choice(_ABROAD)


def _org(kind: str) -> Callable[[random.Random], str]:
    return lambda rng: rng.choice(_ORGS[kind])


def _org_any(rng: random.Random) -> str:
    return rng.choice(_ORGS[rng.choice(sorted(_ORGS))])


_GENS: dict[str, Callable[[random.Random], str]] = {
    "phone": _phone, "fax": _phone, "fax_tf": _fax_tf, "pager": _pager, "email": _email, "url": _url, "ip": _ip,
    "ssn": _ssn, "mrn": _mrn, "plan": _plan, "medicaid": _medicaid, "npi": _npi, "medlic": _medlic, "dea": _dea,
    "dl": _dl, "rnlic": _rnlic, "zip": _zip, "street": _street, "date": _date_event, "dob": _date_dob,
    "death": _date_death, "age": _age, "serial": _serial, "asset": _asset, "udi": _udi_serial, "plate": _plate,
    "vin": _vin, "person": _person, "town": _loc_town, "abroad": _loc_abroad, "org": _org_any,
}
for _k in ("cycle", "donor", "case", "escrow", "req", "accession", "tracking", "encounter", "claim", "adopt",
           "specimen", "order", "storage"):
    _GENS[_k] = _acct(_k)
for _k in _ORGS:
    _GENS["org_" + _k] = _org(_k)
for _k in ("donor", "social", "album", "blog", "fund", "adopt", "portal"):
    _GENS["url_" + _k] = _url_kind(_k)

# default generator when a header slot is filled
_SLOT_GEN = {"PERSON": "person", "MRN": "mrn", "DATE_REAL_YEAR": "dob", "ORGANIZATION": "org_hosp",
             "ACCOUNT": "encounter", "LOCATION": "town"}

# --------------------------------------------------------------------------------------------------
# Planting templates: (where, text with {v}, generator). where: a = anywhere, t = near top, e = end
# Extra look-alike placeholders: {grp} group number, {tf} toll-free line, {gtin}, {lot}
# --------------------------------------------------------------------------------------------------

_T: dict[str, list[tuple[str, str, str]]] = {
    "PHONE": [
        ("a", "Carrier's cell (best after 6 pm): {v}", "phone"),
        ("a", "Intended parent 1 (___) can be reached at {v}; prefers text messages.", "phone"),
        ("a", "Called the embryology lab direct line {v} to confirm thaw time; confirmed 0830.", "phone"),
        ("a", "| Contact | Gestational carrier | {v} | mobile |", "phone"),
        ("a", "Agency case manager ph {v} x204 (leave message with intake).", "phone"),
        ("e", "Questions after discharge: call the REI nurse line at {v} on weekdays, or return to the ED.", "phone"),
        ("a", "PHONE:{v}", "phone"),
        ("a", "Emergency contact: ___ (spouse)     Home tel. {v}", "phone"),
        ("a", "Pt's husband called from {v} requesting an update; identity verified with two identifiers.", "phone"),
        ("a", "Spoke w/ surrogate's partner by phone ({v}) -- aware of plan, will bring car seat.", "phone"),
        ("t", "CALLBACK# {v}  -- left VM re: beta hCG result", "phone"),
        ("a", "Adoptive mother contact number\n{v}", "phone"),
        ("a", "Phnoe: {v} (cell)", "phone"),
        ("a", "Birth mother asked that the agency use only this number: {v}. Do not call the home line.", "phone"),
        ("a", "INTENDED PARENTS ......... ___ / ___\n  mobile ................ {v}", "phone"),
    ],
    "FAX": [
        ("t", "FAX COVER SHEET -- to: REI office -- fax {v} -- pages: 4 -- CONFIDENTIAL", "fax"),
        ("a", "Records faxed to the fertility clinic at {v} on ___.", "fax"),
        ("a", "Fax: {v}", "fax"),
        ("e", "Please fax the signed consent back to {v} (secure line, staffed M-F).", "fax"),
        ("a", "| Agency fax | {v} |", "fax"),
        ("a", "sent via efax to {v}, confirmation received 14:02", "fax"),
        ("a", "F: {v}", "fax"),
        ("a", "Faxed PGT results to the referring REI office ({v}).", "fax"),
        ("e", "-- Transmitted from {v} -- page 2 of 3 --", "fax"),
        ("a", "Our clinic's toll-free fax for outside records: {v}.", "fax_tf"),
        ("a", "Adoption agency requests discharge summary by facsimile to {v}.", "fax"),
        ("a", "Fx {v} (attn: donor coordinator)", "fax"),
    ],
    "PAGER": [
        ("a", "REI fellow on call, pager {v}.", "pager"),
        ("a", "Page the L&D charge RN at {v} with any concerns overnight.", "pager"),
        ("e", "Signed: ___, MD (pgr {v})", "pager"),
        ("a", "NICU transport team beeper: {v}", "pager"),
        ("a", "| On-call embryologist | pager | {v} |", "pager"),
        ("a", "Paged GYN resident at {v} at 0215; returned call promptly.", "pager"),
        ("a", "Pager# {v}", "pager"),
        ("a", "beeper {v} (social work, weekends)", "pager"),
        ("e", "Reading radiologist available by pager {v} until 1900.", "pager"),
        ("a", "MFM consult -- p. {v}", "pager"),
    ],
    "EMAIL": [
        ("a", "Intended parents' preferred email: {v}", "email"),
        ("a", "Donor coordinator ({v}) confirmed release of the donor medical records.", "email"),
        ("a", "E-mail: {v}", "email"),
        ("a", "| email | {v} |", "email"),
        ("a", "Per email from {v}, the shipment will arrive Thursday before noon.", "email"),
        ("e", "cc: {v}", "email"),
        ("e", "Reply to {v} with questions about the agreement.", "email"),
        ("a", "From: {v}\nSent: ___\nSubject: RE: embryo transfer timing", "email"),
        ("a", "emial {v}", "email"),
        ("a", "Carrier requests that updates go to her personal address <{v}>, not the agency.", "email"),
    ],
    "URL": [
        ("a", "Intended parents shared a photo album link ({v}) with the carrier.", "url_album"),
        ("a", "Donor profile: {v}", "url_donor"),
        ("a", "Carrier keeps a public blog about the journey at {v}; SW discussed privacy with her.", "url_blog"),
        ("a", "Fundraiser page: {v}", "url_fund"),
        ("a", "Adoptive family profile book is hosted at {v}", "url_adopt"),
        ("a", "| link | {v} |", "url"),
        ("e", "Shared drive: {v}", "url_album"),
        ("a", "Portal message link {v} (patient-specific) copied into the note.", "url_portal"),
        ("a", "Pt showed staff her social media page ({v}) with ultrasound photos posted.", "url_social"),
    ],
    "IP_ADDRESS": [
        ("a", "Telehealth consult connected from {v} (video, 38 min).", "ip"),
        ("a", "Portal access log: login from IP {v} at ___.", "ip"),
        ("a", "EmbryoScope viewer workstation {v} -- time-lapse export completed.", "ip"),
        ("a", "Tank alarm gateway at {v} reported LN2 level low at 0312; resolved by on-call embryologist.", "ip"),
        ("a", "| remote host | {v} |", "ip"),
        ("a", "src={v} user=___ action=VIEW_RESULT", "ip"),
        ("a", "e-signature audit trail: signer IP {v}", "ip"),
        ("e", "Report delivered to PACS node {v}.", "ip"),
        ("a", "Ultrasound cart uploaded via DICOM from {v}.", "ip"),
    ],
    "SSN": [
        ("a", "Donor SSN: {v} (verified against ID)", "ssn"),
        ("a", "Social Security #  {v}", "ssn"),
        ("a", "| SSN | {v} |", "ssn"),
        ("a", "Carrier's social security number ({v}) was written on the agency intake form; agency reminded "
              "not to send SSNs by fax.", "ssn"),
        ("a", "SS# {v}", "ssn"),
        ("t", "Guarantor SSN {v}", "ssn"),
        ("a", "soc sec no.\n{v}", "ssn"),
    ],
    "MRN": [
        ("t", "MRN: {v}", "mrn"),
        ("a", "Newborn MRN {v} (Baby Girl ___), linked to the carrier's chart for the delivery only.", "mrn"),
        ("a", "Fertility clinic chart # {v}", "mrn"),
        ("a", "Carrier's hospital record {v}; the intended parents have no record here.", "mrn"),
        ("a", "| MRN | {v} |", "mrn"),
        ("t", "Unit No:  {v}", "mrn"),
        ("a", "Med Rec #{v}", "mrn"),
        ("a", "pt id {v}", "mrn"),
        ("e", "Patient: ___  ({v})", "mrn"),
    ],
    "ACCOUNT": [
        ("a", "Stimulation cycle {v} (antagonist protocol) per clinic flowsheet.", "cycle"),
        ("a", "Sperm donor #{v} from the bank; ID-release donor, CMV negative.", "donor"),
        ("a", "Egg donor ID {v} -- cohort of 8 mature oocytes shipped vitrified.", "donor"),
        ("a", "Agency case number {v}", "case"),
        ("a", "Escrow account {v} funded for carrier compensation and medical expenses.", "escrow"),
        ("a", "PGT-A requisition {v} submitted with 4 trophectoderm biopsies.", "req"),
        ("a", "Embryology accession {v}", "accession"),
        ("a", "Dry shipper tracking no. {v}; signature required on receipt.", "tracking"),
        ("t", "Visit/encounter #: {v}", "encounter"),
        ("a", "Claim {v} denied (infertility exclusion); appeal in process.", "claim"),
        ("a", "Adoption agency file {v}", "adopt"),
        ("a", "| Specimen | {v} | TE biopsy | ___ |", "specimen"),
        ("a", "Order #{v} -- US PELVIS TRANSVAGINAL", "order"),
        ("e", "Acct {v}", "encounter"),
        ("a", "Frozen embryos are held under storage agreement {v}; storage fees are current.", "storage"),
        ("a", "FET cycle ID\n{v}", "cycle"),
        ("a", "DONOR NO.    {v}", "donor"),
    ],
    "HEALTH_PLAN": [
        ("a", "Carrier's surrogacy-specific policy, member ID {v}; group {grp} is her employer's.", "plan"),
        ("a", "Medicaid CIN {v} (newborn, pending linkage).", "medicaid"),
        ("a", "Subscriber ID: {v}", "plan"),
        ("a", "| Insurance | member # | {v} |", "plan"),
        ("a", "Intended parents' plan excludes surrogacy; fertility benefit member no. {v} covers PGT only.", "plan"),
        ("a", "policy# {v}", "plan"),
        ("a", "Ins ID {v}   Grp {grp}", "plan"),
        ("e", "Coverage verified: member {v}, eligibility active. Payer line {tf}.", "plan"),
        ("a", "Newborn added to intended father's policy; dependent ID {v} issued by the plan.", "plan"),
    ],
    "LICENSE": [
        ("e", "Electronically signed by ___, MD   NPI {v}", "npi"),
        ("a", "Ordering provider NPI: {v}", "npi"),
        ("a", "Transferring physician ___ (med. lic. {v})", "medlic"),
        ("a", "DEA# {v}", "dea"),
        ("a", "Carrier's driver's license {v} checked at registration.", "dl"),
        ("a", "| Embryo transfer MD | NPI | {v} |", "npi"),
        ("a", "RN license no. {v} (agency nurse, float pool)", "rnlic"),
        ("a", "Donor identity verified by driver license {v}; photo matches.", "dl"),
        ("a", "Medical license # {v}", "medlic"),
        ("e", "prescriber NPI={v}", "npi"),
    ],
    "ZIP": [
        ("a", "Ship-to ZIP {v}", "zip"),
        ("a", "Carrier resides in ___, ZIP {v}; about 40 min from the hospital.", "zip"),
        ("a", "Address: ___, ___ {v}", "zip"),
        ("a", "| zip | {v} |", "zip"),
        ("a", "Zip code {v}", "zip"),
        ("a", "Adoptive family moved to zip {v} last spring.", "zip"),
        ("a", "Mailing: ___\n___, NY {v}", "zip"),
    ],
    "STREET_ADDRESS": [
        ("a", "Ship to: Embryology Laboratory, {v}, ___", "street"),
        ("a", "Carrier's home address: {v}", "street"),
        ("a", "Home visit completed at {v} (adoptive home); nursery set up.", "street"),
        ("a", "| Address | {v} |", "street"),
        ("a", "Addr {v}", "street"),
        ("a", "Intended parents are renting a short-term apartment at {v} near the hospital.", "street"),
        ("a", "Adress: {v}", "street"),
        ("e", "Return to: Donor Services, {v}", "street"),
    ],
    "DATE_REAL_YEAR": [
        ("a", "Oocyte retrieval performed {v}; 14 oocytes retrieved.", "date"),
        ("a", "Embryos vitrified on {v} (day 5 and day 6).", "date"),
        ("a", "Gestational carrier agreement executed {v}.", "date"),
        ("a", "Donor DOB: {v}", "dob"),
        ("a", "| Vitrified | {v} | 2 blastocysts |", "date"),
        ("a", "Pre-birth parentage order signed {v}; docket ___.", "date"),
        ("a", "Date of placement: {v}", "date"),
        ("a", "Birth mother's consent to adoption signed {v}; revocation period explained.", "date"),
        ("a", "Prior HSG {v} showed bilateral fill and spill.", "date"),
        ("e", "Dictated {v} 1422", "date"),
        ("a", "Child's date of birth {v} (per orphanage records)", "dob"),
        ("a", "Maternal grandmother died {v} (ovarian ca).", "death"),
        ("a", "D.O.B.\n{v}", "dob"),
    ],
    "AGE_OVER_89": [
        ("a", "Intended mother's grandmother, {v}, will be a support person after delivery.", "age"),
        ("a", "Family history: maternal great-grandmother alive at {v} years.", "age"),
        ("a", "Kinship placement was considered with the birth mother's grandmother (age {v}); declined.", "age"),
        ("a", "Pt lives with her {v} y/o grandfather, whom she helps care for.", "age"),
        ("a", "Adoptive father's mother, a {v}-year-old retired nurse, attended the placement meeting.", "age"),
        ("a", "Social: carrier's household includes her husband, two children and her {v} yo grandmother.", "age"),
        ("a", "| Household | great-grandmother | {v} |", "age"),
        ("a", "FHx: paternal grandfather with prostate ca, living, {v}.", "age"),
    ],
    "DEVICE_ID": [
        ("a", "Cryotank serial {v} (storage tank 4).", "serial"),
        ("a", "Dry shipper SN {v}, validated hold time 10 days.", "serial"),
        ("a", "Dewar s/n {v} received with temperature logger intact.", "serial"),
        ("a", "Time-lapse incubator serial no. {v}, slide position 3.", "serial"),
        ("a", "Data logger {v} showed no excursion above -150 C during transit.", "serial"),
        ("a", "UDI (01){gtin}(17)270331(10){lot}(21){v}", "udi"),
        ("a", "Infusion pump asset tag {v} returned to biomed.", "asset"),
        ("a", "Fetal monitor asset #{v} removed from room.", "asset"),
        ("a", "| Device | LN2 storage dewar | SN | {v} |", "serial"),
        ("a", "Hospital-grade breast pump, serial {v}, sent home with the carrier for milk expression.", "asset"),
    ],
    "VEHICLE_ID": [
        ("a", "Courier van plate {v} logged at the loading dock with the embryo shipper.", "plate"),
        ("a", "Transferred by ALS ambulance (plate {v}).", "plate"),
        ("a", "Carrier's car (tag {v}) moved from the ED lot; security notified.", "plate"),
        ("a", "Neonatal transport vehicle VIN {v}", "vin"),
        ("a", "| Vehicle | {v} |", "plate"),
        ("a", "Parking validation issued to intended parents, license plate {v}.", "plate"),
        ("a", "Shipment handed to driver; vehicle {v}, seal intact.", "vin"),
    ],
    "PERSON": [
        ("a", "Intended parents {v} and ___ present at bedside.", "person"),
        ("a", "Gestational carrier: {v}", "person"),
        ("a", "Embryologist: {v}", "person"),
        ("e", "{v}, LCSW", "person"),
        ("e", "Dictated by: Dr. {v}", "person"),
        ("a", "Agency case manager {v} updated by phone.", "person"),
        ("a", "| Witness | {v} |", "person"),
        ("a", "Known donor ({v}, sister of the intended mother) completed FDA screening.", "person"),
        ("a", "Attorney for intended parents: {v}, Esq.", "person"),
        ("a", "Per Ms. {v}, the birth mother has chosen an open adoption.", "person"),
        ("a", "Reviewed with fellow {v}\nand attending.", "person"),
        ("e", "cc: {v} (adoption caseworker)", "person"),
    ],
    "LOCATION": [
        ("a", "Carrier lives in {v}, about an hour from the hospital.", "town"),
        ("a", "Intended parents traveled from {v} (Spain) for the delivery.", "abroad"),
        ("a", "Embryos shipped from the clinic in {v} to our lab.", "town"),
        ("a", "Child born in {v}; in orphanage care until 14 months.", "abroad"),
        ("a", "| Residence | {v} |", "town"),
        ("a", "Home study completed by a licensed agency in {v}.", "town"),
        ("a", "Pt was visiting family in {v} when the pain began.", "town"),
        ("a", "Town: {v}", "town"),
    ],
    "ORGANIZATION": [
        ("a", "Referred from {v} for OHSS management.", "org_clinic"),
        ("a", "Donor oocytes obtained from {v}.", "org_bank"),
        ("a", "Surrogacy agency: {v}", "org_agency"),
        ("a", "Parentage order issued by {v}.", "org_court"),
        ("a", "Embryos stored at {v} since retrieval.", "org_clinic"),
        ("a", "Adoption agency ({v}) social worker present for placement.", "org_adopt"),
        ("a", "PGT-A performed by {v}; 3 euploid, 1 mosaic.", "org_lab"),
        ("a", "Shipment carried by {v}; chain of custody form attached.", "org_courier"),
        ("a", "| Legal | {v} |", "org_law"),
        ("a", "Carrier works at {v}; FMLA paperwork completed.", "org_employer"),
        ("a", "Fertility medications dispensed by {v}.", "org_pharm"),
        ("e", "Intended parents' counsel: {v}", "org_law"),
        ("a", "Transferred from {v} ED.", "org_hosp"),
        ("a", "Donor sperm vials purchased from {v}.", "org_bank"),
    ],
}

# --------------------------------------------------------------------------------------------------
# Look-alikes (never labelled)
# --------------------------------------------------------------------------------------------------

EPONYMS_AND_BRANDS = (
    "Gonal-f", "Follistim AQ", "Menopur", "Ovidrel", "Lupron", "Cetrotide", "ganirelix", "Crinone",
    "Endometrin", "Prometrium", "Delestrogen", "Estrace", "Novarel", "Pregnyl", "letrozole", "cabergoline",
    "Lovenox", "RhoGAM", "Pitocin", "Methergine", "Cytotec", "Zofran", "albumin 25%", "G-TL", "Global Total",
    "SAGE 1-Step", "G-1 PLUS", "Cryotop", "Rapid-i", "CSCM-NXC", "Vit Kit-Freeze", "Vit Kit-Thaw", "EmbryoScope+",
    "Geri+", "PureSperm", "Wallace catheter", "Kitazato", "Vitrolife", "Irvine Scientific", "CooperSurgical",
    "Hamilton Thorne", "Taylor-Wharton", "Chart MVE", "Voluson E10", "Philips EPIQ 7", "Gardner grading",
    "Asherman syndrome", "Doppler", "Kallmann syndrome", "Apgar", "Papile grade", "Foley catheter",
    "Rotterdam criteria", "Golan classification", "Bishop score", "Kleihauer-Betke", "Rh-negative",
    "SART", "CDC", "ASRM", "FDA", "HFEA", "CLIA", "AATB", "Hague Convention", "ICPC", "Progyny", "Aetna",
    "Cigna", "EMD Serono", "Ferring", "Organon", "New York", "California", "Illinois", "Oregon", "Mexico",
    "Colombia", "Ukraine", "Canada", "India", "Reproductive Endocrinology and Infertility", "Labor and Delivery",
    "Maternal-Fetal Medicine", "Social Work", "Embryology Laboratory", "Omnipaque 300", "Dandy-Walker",
    "Virchow triad", "Wells score", "Trendelenburg", "Pfannenstiel", "Fallopian", "Pap smear",
)
_WEBSITES = ("www.cdc.gov/art", "www.sart.org", "reproductivefacts.org", "www.fda.gov/medwatch",
             "www.childwelfare.gov", "www.postpartum.net")
_HOTLINES = (
    "Postpartum Support International HelpLine 1-800-944-4773",
    "988 Suicide & Crisis Lifeline (call or text 988)",
    "National Domestic Violence Hotline 1-800-799-7233",
)


class _Look:
    """Collects the look-alikes a builder writes."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.items: list[str] = []

    def __call__(self, s: str) -> str:
        self.items.append(s)
        return s

    def brand(self, *names: str) -> str:
        return self(self.rng.choice(names))

    def sdate(self) -> str:
        r = self.rng
        return self(f"{r.randint(2105, 2195)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}")

    def sdate_us(self) -> str:
        r = self.rng
        return self(f"{r.randint(1, 12)}/{r.randint(1, 28)}/{r.randint(2105, 2195)}")

    def lot(self) -> str:
        r = self.rng
        return self(r.choice((f"LT{_d(r, 4)}-{r.choice('ABC')}", f"{_d(r, 6)}", f"QC-{_d(r, 4)}{r.choice('XYZ')}",
                              f"{r.choice('KMNP')}{_d(r, 5)}")))

    def expiry(self) -> str:
        r = self.rng
        y, m = r.randint(2025, 2029), r.randint(1, 12)
        return self(r.choice((f"{y}-{m:02d}-{r.randint(1, 28):02d}", f"{m:02d}/{y}", f"{y}-{m:02d}")))

    def ndc(self) -> str:
        r = self.rng
        return self(f"{_d(r, 5)}-{_d(r, 4)}-{_d(r, 2)}")

    def ref(self) -> str:
        r = self.rng
        return self(r.choice((f"REF {_d(r, 5)}", f"REF K-{_u(r, 4)}-{_d(r, 4)}", f"Cat# {_d(r, 5)}")))

    def grp(self) -> str:
        r = self.rng
        return self(r.choice((f"{_d(r, 6)}", f"G{_d(r, 5)}", f"{_d(r, 5)}-{_d(r, 3)}")))

    def tollfree(self) -> str:
        return self(_tollfree(self.rng))

    def gtin(self) -> str:
        return self("0" + _d(self.rng, 13))

    def grade(self) -> str:
        r = self.rng
        return self(f"{r.choice('3456')}{r.choice('ABC')}{r.choice('ABC')}")

    def age(self) -> str:
        return self(f"{self.rng.randint(24, 46)}-year-old")

    def state(self) -> str:
        return self(self.rng.choice(("New York", "California", "Illinois", "Oregon")))

    def country(self) -> str:
        return self(self.rng.choice(("Mexico", "Colombia", "Ukraine", "Canada", "India")))


# --------------------------------------------------------------------------------------------------
# Shared pieces
# --------------------------------------------------------------------------------------------------


def _dc_header(rng: random.Random, lk: _Look, service: str, allergies: str | None = None) -> str:
    al = allergies or rng.choice(("No Known Allergies / Adverse Drug Reactions", "Penicillins", "Sulfa (Sulfonamide "
                                  "Antibiotics)", "latex", "Codeine"))
    return (f"Name:  [[PERSON]]                  Unit No:   [[MRN]]\n\n"
            f"Admission Date:  ___              Discharge Date:   ___\n\n"
            f"Date of Birth:  [[DATE_REAL_YEAR]]             Sex:   F\n\n"
            f"Service: {service}\n\nAllergies:\n{al}\n\nAttending: [[PERSON]].")


def _rad_header(rng: random.Random, exam: str, indication: str) -> str:
    tech = rng.choice(("Grayscale and color Doppler images were obtained.",
                       "Transabdominal and transvaginal imaging with grayscale, color and spectral Doppler.",
                       "Routine protocol per departmental standard."))
    comp = rng.choice(("___.", "None.", "Prior study dated ___.",
                       "Outside images from [[ORGANIZATION:org_clinic]] not available for direct comparison."))
    return f"EXAMINATION:  {exam}\n\nINDICATION:  {indication}\n\nTECHNIQUE:  {tech}\n\nCOMPARISON:  {comp}"


def _dc_tail(rng: random.Random, lk: _Look) -> str:
    hot = rng.random()
    line = ""
    if hot < 0.35:
        line = "\nSupport resources (public lines): " + lk(rng.choice(_HOTLINES)) + "."
    elif hot < 0.6:
        line = f"\nPatient education: {lk(rng.choice(_WEBSITES))} (public information)."
    return ("Discharge Disposition:\n" + rng.choice(("Home", "Home With Service", "Home with family")) +
            "\n\nDischarge Condition:\nMental Status: Clear and coherent.\nLevel of Consciousness: Alert and "
            "interactive.\nActivity Status: Ambulatory - Independent.\n\nFollowup Instructions:\n___" + line)


def _filler_dc(rng: random.Random, lk: _Look) -> list[str]:
    pool = [
        "Medications on Admission:\nThe Preadmission Medication list is accurate and complete.\n1. Prenatal "
        "vitamin 1 tab PO daily\n2. " + lk.brand("Estrace", "Delestrogen") + " per clinic protocol",
        "Social History:\n___\nLives with partner. No tobacco, rare alcohol before treatment, none since. Works "
        "full time. Supportive family nearby.",
        "Family History:\nMother with hypothyroidism. No known thrombophilia. No family history of early "
        "menopause or " + lk.brand("Kallmann syndrome", "Asherman syndrome") + ".",
        f"Physical Exam:\nVS: T {rng.randint(976, 1004) / 10}, HR {rng.randint(64, 118)}, BP {rng.randint(92, 134)}/"
        f"{rng.randint(54, 86)}, RR {rng.randint(14, 24)}, SpO2 {rng.randint(93, 100)}% RA\nGen: "
        f"{rng.choice(('NAD, well appearing', 'uncomfortable, nontoxic', 'tired appearing, conversant'))}\nCV: RRR\n"
        f"Pulm: {rng.choice(('CTAB', 'decreased breath sounds at the right base', 'clear'))}\nAbd: "
        + rng.choice(("soft, mildly distended, non-peritoneal", "distended, fluid wave, diffusely tender",
                      "soft, tender in the lower quadrants")) + "\nExt: no calf tenderness",
        "Pertinent Results:\n" + lk.sdate() + f" 06:10AM BLOOD WBC-{rng.randint(60, 190) / 10} RBC-4.61 "
        f"Hgb-{rng.randint(98, 158) / 10} Hct-{rng.randint(30, 49)}.{rng.randint(0, 9)} "
        f"Plt Ct-{rng.randint(150, 520)}\n"
        f"BLOOD Glucose-{rng.randint(70, 130)} UreaN-12 Creat-0.{rng.randint(5, 9)} Na-{rng.randint(128, 141)} "
        f"K-4.2 Cl-101 HCO3-23\nBLOOD ALT-22 AST-19 Albumin-{rng.randint(24, 42) / 10}",
        "Discharge Instructions:\nYou were admitted to the hospital for monitoring. Please weigh yourself daily "
        "and call if you gain more than 2 pounds in a day, have trouble breathing, or your urine output drops. "
        "Continue your medications as prescribed and keep your follow-up appointment.",
    ]
    return pool


def _filler_peds(rng: random.Random, lk: _Look) -> list[str]:
    return [
        f"Physical Exam:\nVS: T {rng.randint(976, 1024) / 10}, HR {rng.randint(110, 165)}, RR {rng.randint(28, 48)}, "
        f"SpO2 {rng.randint(95, 100)}% RA\nGen: {rng.choice(('alert, consolable', 'thin, irritable', 'vigorous'))}"
        "\nHEENT: AFOSF, red reflex present bilaterally\nCV: RRR, no murmur\nAbd: soft, no HSM\nSkin: no "
        "bruising, no rash",
        "Immunizations:\n" + rng.choice(("Hepatitis B vaccine given in the nursery.", "Foreign records reviewed; "
                                         "catch-up schedule started per CDC tables.")),
        "Family History:\nUnknown (adoption). Birth-family medical history form " +
        rng.choice(("completed by the birth mother, non-contributory.", "not available.")),
        "Discharge Instructions:\nFeed every 2-3 hours. Keep follow-up with the pediatrician within 48 hours of "
        "discharge. Call for fever over 100.4, poor feeding, fewer wet diapers, or lethargy.",
        f"Pertinent Results:\n{lk.sdate()} 07:40AM BLOOD WBC-{rng.randint(60, 190) / 10} Hgb-"
        f"{rng.randint(90, 190) / 10} Plt Ct-{rng.randint(150, 450)}\nBilirubin total {rng.randint(20, 140) / 10} "
        "(low-intermediate risk zone)",
    ]


def _filler_rad(rng: random.Random, lk: _Look) -> list[str]:
    return [
        "NOTIFICATION:  The findings were discussed with the ordering clinician by the radiologist at the time "
        "of interpretation, and read back was confirmed.",
        "ADDENDUM:  On further review of the cine clips, no additional findings. The impression is unchanged.",
        "RECOMMENDATION(S):  Clinical correlation. Follow-up imaging as clinically indicated; ACR Appropriateness "
        "Criteria reviewed.",
        f"Study performed on {lk.brand('Voluson E10', 'Philips EPIQ 7')} system. Images archived in PACS. "
        "Sonographer notes reviewed.",
        "CLINICAL INFORMATION (from requisition):  Fertility treatment history per referring team. Current "
        f"medications include {lk.brand('Estrace', 'Crinone', 'Endometrin', 'Lovenox', 'cabergoline')}. Pregnancy "
        "status as documented in the order. Contrast allergy: none reported.",
        "SONOGRAPHER WORKSHEET:  Patient identity verified with two identifiers. Chaperone present for the "
        "transvaginal portion. Probe high-level disinfected after use (log on file). Patient tolerated the "
        "examination without difficulty.",
        "PRELIMINARY REPORT:  A preliminary read was provided to the clinical team by the resident on duty. "
        "There is no significant discrepancy between the preliminary and final interpretation.",
        f"DOSE / QUALITY:  Image quality adequate. {lk.brand('Doppler')} settings optimized for low-flow "
        "detection. No technical limitation except patient habitus.",
    ]


# --------------------------------------------------------------------------------------------------
# Builders: each returns (blocks, look-alikes); blocks may carry [[CATEGORY]] slots (default "___")
# --------------------------------------------------------------------------------------------------


def _b_ohss(rng: random.Random, lk: _Look) -> list[str]:
    gon = lk.brand("Gonal-f", "Follistim AQ")
    trig = lk.brand("Ovidrel", "Lupron", "Novarel", "Pregnyl")
    e2 = f"{rng.randint(3200, 7900):,}"
    n = rng.randint(18, 34)
    return [
        _dc_header(rng, lk, "OBSTETRICS/GYNECOLOGY"),
        "Chief Complaint:\nabdominal distension, nausea, shortness of breath",
        "Major Surgical or Invasive Procedure:\n" + rng.choice((
            "Ultrasound-guided paracentesis (2.8 L)", "None", "Transvaginal culdocentesis ___")),
        f"History of Present Illness:\n___ G0 undergoing IVF at [[ORGANIZATION:org_clinic]], s/p controlled ovarian "
        f"stimulation with {gon} 225 IU and {lk.brand('Menopur')} 75 IU daily, {lk.brand('Cetrotide', 'ganirelix')} "
        f"from stim day 6, triggered with {trig}. Peak E2 {e2} pg/mL. Oocyte retrieval on ___ yielded {n} oocytes. "
        "Freeze-all was planned. Over 3 days she developed progressive bloating, 4 kg weight gain, early satiety "
        "and dyspnea on exertion. Presented to the ED with abdominal girth increase and oliguria. Meets criteria "
        f"for moderate to severe OHSS ({lk('Golan classification')}).",
        "Past Medical History:\nPCOS by " + lk("Rotterdam criteria") + ", no prior surgery. cycle " +
        str(rng.randint(1, 4)) + " of IVF.",
        f"Brief Hospital Course:\nAdmitted to GYN. Strict I/Os, daily weights and abdominal girth. Started "
        f"{lk('cabergoline')} 0.5 mg daily x 8 days and prophylactic {lk('Lovenox')} 40 mg SC daily given "
        f"hemoconcentration (Hct 47). Received {lk('albumin 25%')} x2 for low urine output. Paracentesis on "
        "hospital day 2 with symptomatic relief. Electrolytes monitored, Na nadir 131. No thrombosis. Tolerated "
        "diet, ambulating, urine output improved. Discharged with close REI follow-up; embryos were "
        "vitrified (no fresh transfer). Follow up in " + lk("Reproductive Endocrinology and Infertility") +
        " clinic in 1 week.",
        "Discharge Medications:\n1. Cabergoline 0.5 mg PO daily for 5 more days\n2. Enoxaparin 40 mg SC daily "
        "x 2 weeks\n3. " + lk("Zofran") + " (ondansetron) 4 mg PO q8h PRN nausea",
        "Discharge Diagnosis:\nOvarian hyperstimulation syndrome, moderate-severe\nAscites\nHemoconcentration",
    ]


def _b_ectopic(rng: random.Random, lk: _Look) -> list[str]:
    hcg = f"{rng.randint(900, 6400):,}"
    side = rng.choice(("left", "right"))
    return [
        _dc_header(rng, lk, "GYNECOLOGY"),
        "Chief Complaint:\nvaginal bleeding and " + side + " lower quadrant pain after embryo transfer",
        "Major Surgical or Invasive Procedure:\nLaparoscopic " + side + " salpingectomy",
        f"History of Present Illness:\n___ G2P0010 s/p frozen embryo transfer (FET #{rng.randint(1, 3)}) of a single "
        f"{lk.grade()} euploid blastocyst on ___, on {lk.brand('Crinone', 'Endometrin', 'Prometrium')} and "
        f"{lk.brand('Estrace', 'Delestrogen')} support. Serial beta hCG rose suboptimally (from 212 to {hcg}). "
        "TVUS at the clinic showed no intrauterine gestational sac and a complex adnexal mass. Presented with "
        "worsening pain and shoulder-tip pain.",
        "Past Medical History:\nPrior chlamydia. HSG ___ with " + side + " hydrosalpinx. " +
        lk.brand("Rh-negative") + " -> received " + lk("RhoGAM") + " 300 mcg.",
        "Brief Hospital Course:\nHemodynamically stable on arrival. Hgb 11.4 -> 10.1. Given rising hCG, the "
        "adnexal mass and free fluid, proceeded to diagnostic laparoscopy: " + side + " ampullary ectopic, "
        "hemoperitoneum ~300 mL, salpingectomy performed. Contralateral tube normal. Pathology confirmed "
        "chorionic villi. Post-op course uncomplicated, pain controlled with oral agents. Weekly hCG to zero "
        "arranged with the REI clinic. Remaining vitrified embryos remain in storage at [[ORGANIZATION:org_clinic]] "
        f"(canister {rng.randint(1, 9)}, cane {lk(rng.choice('ABCDEF') + '-' + str(rng.randint(1, 20)))}).",
        "Discharge Medications:\n1. Ibuprofen 600 mg PO q6h PRN\n2. Acetaminophen 1000 mg PO q8h PRN\n3. Stop "
        "progesterone and estradiol.\n4. " + lk("Zofran") + " 4 mg ODT PRN",
        "Discharge Diagnosis:\nRuptured " + side + " tubal ectopic pregnancy after IVF-FET",
    ]


def _b_stim(rng: random.Random, lk: _Look) -> list[str]:
    gon = lk.brand("Gonal-f", "Follistim AQ")
    men = lk("Menopur")
    ant = lk.brand("Cetrotide", "ganirelix")
    y = rng.randint(2110, 2190)
    m = rng.randint(1, 11)
    rows = []
    e2 = rng.randint(40, 120)
    for k, day in enumerate((1, 4, 6, 8, 10, 11)):
        e2 = int(e2 * rng.uniform(1.6, 2.2))
        lead = "-" if day < 6 else f"{rng.randint(12, 21)}/{rng.randint(11, 19)}/{rng.randint(10, 18)}"
        rows.append(f"| S{day:<2} | {y}-{m:02d}-{k * 2 + 3:02d} | {rng.choice((150, 225, 300)):>3} | "
                    f"{75 if day > 1 else 0:>3} | {'Y' if day >= 6 else '-'} | {e2:>5} | {lead:<10} |")
    lk(f"{y}-{m:02d}-03")
    return [
        _dc_header(rng, lk, "REPRODUCTIVE ENDOCRINOLOGY"),
        "Reason for record:\nOutside fertility clinic stimulation flowsheet imported at admission for "
        "evaluation of pelvic pain 4 days after retrieval.",
        f"Protocol: antagonist, {gon} ({lk('EMD Serono')}) + {men} ({lk('Ferring')}), {ant} started S6 "
        f"({lk('Organon')} ganirelix if substituted), {lk('letrozole')} co-treatment, dual trigger. "
        f"AMH {rng.randint(10, 70) / 10} ng/mL, AFC {rng.randint(8, 30)}. "
        f"BMI {rng.randint(190, 330) / 10}. This is stimulation cycle "
        f"{rng.randint(1, 4)} (retrieval #{rng.randint(1, 3)}).",
        "| Day | Date       | FSH | hMG | Ant | E2    | Lead (mm)  |\n"
        "|-----|------------|-----|-----|-----|-------|------------|\n" + "\n".join(rows),
        f"Trigger: {lk.brand('Ovidrel', 'Lupron', 'Novarel')} at 2130 on S11. Retrieval 36 h later: "
        f"{rng.randint(8, 22)} oocytes, {rng.randint(6, 16)} MII. Follicles >= {lk(str(rng.randint(14, 18)) + ' mm')}"
        " counted at trigger.",
        "Medication lots (pharmacy dispense record): " + gon + " pen lot " + lk.lot() + ", exp " + lk.expiry() +
        "; NDC " + lk.ndc() + ". Dispensed via [[ORGANIZATION:org_pharm]].",
        "Assessment: Pelvic pain most consistent with enlarged post-stimulation ovaries; no torsion on Doppler. "
        "Mild OHSS. Outpatient management with REI follow-up. Payer prior auth by " +
        lk.brand("Progyny", "Aetna", "Cigna") + " on file (benefit questions to the payer line " + lk.tollfree() + ").",
    ]


def _b_embryology(rng: random.Random, lk: _Look) -> list[str]:
    n = rng.randint(4, 7)
    rows = []
    for k in range(1, n + 1):
        g = lk.grade() if rng.random() < 0.7 else "arrested"
        disp = rng.choice(("biopsied, vitrified", "vitrified", "biopsied, vitrified", "transferred",
                           "discarded (poor quality)" if g[0] == "3" else "vitrified"))
        if g == "arrested":
            disp = "discarded (arrested)"
        rows.append(f"E{k:<2}  2PN   {rng.choice(('8c gr1', '7c gr2', '6c gr2', '10c gr1', '4c gr3'))}   "
                    f"{g:<8}  {disp}")
    return [
        _dc_header(rng, lk, "REPRODUCTIVE ENDOCRINOLOGY"),
        "EMBRYOLOGY LABORATORY RECORD (pasted from clinic LIS at transfer of care)",
        f"Retrieval: [[DATE_REAL_YEAR:date]]   Oocytes: {rng.randint(8, 20)}   MII: {rng.randint(6, 14)}   "
        f"Insemination: ICSI ({lk('Hamilton Thorne')} laser-assisted hatching) \nCulture: "
        f"{lk.brand('G-TL', 'Global Total', 'SAGE 1-Step', 'G-1 PLUS')} in "
        f"{lk.brand('EmbryoScope+', 'Geri+')} time-lapse incubator, 5% O2. Sperm prep: {lk('PureSperm')} gradient.",
        "Grading per " + lk("Gardner grading") + ".\nEmb  D1    D3       D5/6      Disposition\n" + "\n".join(rows),
        f"Vitrification: {lk.brand('Cryotop', 'Rapid-i')} devices with "
        f"{lk.brand('Vit Kit-Freeze', 'CSCM-NXC')} (media lot "
        f"{lk.lot()}, exp {lk.expiry()}). Stored in tank {rng.randint(1, 6)}, canister {rng.randint(1, 9)}, "
        f"goblet {lk(rng.choice(('yellow', 'blue', 'green', 'red')))} (storage positions).",
        f"QC: incubator pH 7.2{rng.randint(2, 9)}, temp 37.0 C, media QC lot {lk.lot()} passed mouse embryo assay. "
        f"Lab is {lk('CAP')}-accredited and {lk('CLIA')}-certified; outcomes reported to {lk('SART')} and the "
        f"{lk('CDC')}.",
        f"Consumables: OPU needle {lk('Kitazato')} 17G; culture oil {lk('Vitrolife')} OVOIL; thaw kit "
        f"{lk('Vit Kit-Thaw')} ({lk('Irvine Scientific')}); transfer with {lk('Wallace catheter')} "
        f"({lk('CooperSurgical')}).",
        "Witnessing: double-witnessed at each step. Embryologist: [[PERSON]]  Witness: [[PERSON]]",
        "Clinical note: patient admitted on day 5 for OHSS symptoms; fresh transfer cancelled and all "
        "blastocysts vitrified. Plan FET in a later cycle.",
    ]


def _b_donor(rng: random.Random, lk: _Look) -> list[str]:
    sperm = rng.random() < 0.5
    what = "sperm" if sperm else "oocyte"
    return [
        _dc_header(rng, lk, "REPRODUCTIVE ENDOCRINOLOGY"),
        f"DONOR {what.upper()} DOCUMENTATION -- scanned to chart on [[DATE_REAL_YEAR:date]]",
        f"Donor type: {'anonymous ID-release' if sperm else 'frozen donor egg cohort'}. Donor eligibility "
        f"determination per {lk('FDA')} 21 CFR 1271 subpart C: ELIGIBLE. Bank is registered with the FDA and "
        f"accredited by the {lk('AATB')}.",
        f"Donor summary: {lk.age()} at donation, blood type O+, CMV IgG negative, carrier screening 283 genes -- "
        f"carrier for 1 condition (partner screened negative). Height 5'9\". Education: college. Ancestry listed as "
        f"{lk.country()}.",
        f"{'Vials' if sperm else 'Oocytes'}: {rng.randint(2, 6) if sperm else rng.randint(6, 8)} "
        f"{'ICI/IUI-ready vials' if sperm else 'MII oocytes on ' + lk('Cryotop') + ' devices'}, "
        f"{'post-thaw motility' if sperm else 'expected survival'} {rng.randint(30, 60) if sperm else 90}% "
        f"(bank QC). Straws colour-coded {lk(rng.choice(('white', 'pink', 'lilac')))}"
        ".",
        "Recipient consent: Signed. Genetic counseling completed. Family limit policy reviewed. Donor-conceived "
        "child may request identity at 18.",
        f"Shipped in {lk('Taylor-Wharton')} vapor shipper; arrival temperature verified. Bank toll-free line "
        f"{lk.tollfree()} for recipient questions.",
        "Hospital note: recipient admitted for ___ after IUI; donor records reviewed for infectious screening "
        "results, all negative (HIV-1/2, HBV, HCV, HTLV, syphilis, CT/GC NAT).",
    ]


def _b_shipping(rng: random.Random, lk: _Look) -> list[str]:
    n = rng.randint(1, 6)
    return [
        _dc_header(rng, lk, "REPRODUCTIVE ENDOCRINOLOGY"),
        "EMBRYO STORAGE / SHIPPING -- CHAIN OF CUSTODY (attached to admission for planned FET at this center)",
        f"Contents: {n} vitrified blastocyst(s) on {lk.brand('Cryotop', 'Rapid-i')}, {lk.grade()} and "
        f"{lk.grade()}. Origin: [[ORGANIZATION:org_clinic]]. Destination: this "
        "hospital's " + lk("Embryology Laboratory") + ".",
        f"Shipper: {lk('Chart MVE')} vapor dry shipper, charged {lk.sdate()} 0900, hold time verified. "
        f"{lk('Taylor-Wharton')} storage dewar on arrival. Shipping date [[DATE_REAL_YEAR:date]].\nTank position "
        f"on receipt: tank {rng.randint(1, 5)} / canister {rng.randint(1, 8)} / cane "
        f"{lk(rng.choice('ABCDEFG') + '-' + str(rng.randint(1, 24)))}.",
        "Checkpoints:\n  Released by sending lab ....... [[PERSON]] (embryologist)\n  Received by courier .......... "
        "[[ORGANIZATION:org_courier]]\n"
        "  Received by our lab .......... ___ (two-person verification)\n  Temp on arrival .............. "
        f"-{rng.randint(185, 196)} C",
        f"LN2 top-up log: dewar level {rng.randint(60, 95)}% after fill; LN2 supplier lot {lk.lot()}.",
        "Notes: patient and partner consent for transport on file. Disposition consent (donation/discard) "
        "reviewed. Storage fees are the patient's responsibility after 1 year.",
    ]


def _b_gc_case(rng: random.Random, lk: _Look) -> list[str]:
    return [
        _dc_header(rng, lk, "OBSTETRICS"),
        "GESTATIONAL CARRIER -- AGENCY CASE FILE SUMMARY (for L&D pre-registration)",
        f"Carrier: [[PERSON]], G3P3003, {lk.age()}, prior uncomplicated vaginal deliveries x3. Pregnancy via "
        "transfer of "
        "one euploid embryo created with the intended parents' gametes. Carrier is not genetically related.",
        "Agreement: gestational carrier agreement in place; independent counsel for each party. Pre-birth "
        f"parentage order obtained (docket ___). Jurisdiction: {lk.state()}. International intended parents from "
        f"{lk.country()} -- {lk('Hague Convention')} not applicable (no adoption).",
        "Birth plan: intended parents in delivery room (max 2). Carrier does not wish to hold the infant. "
        "Carrier will pump colostrum for the newborn for 2 weeks. Newborn to room with intended parents; "
        "separate room requested.",
        "Insurance: carrier's own plan excludes surrogacy; a surrogacy-specific policy purchased; newborn "
        "to go on intended parents' plan at birth. Group number ___.",
        "Psych screening completed by agency (MMPI-2 normal). Carrier's partner supportive. Social work to "
        "see on admission to confirm the discharge plan (infant discharged to intended parents).\nAgency: "
        "[[ORGANIZATION:org_agency]]    Case manager: [[PERSON]]    Agency case #: [[ACCOUNT:case]]",
        f"Prenatal: NIPT low risk. Anatomy scan normal. GDM screen passed. {lk('Rh-negative')}: no. "
        f"{lk('Pap smear')} current. Carrier screening followed {lk('ASRM')} recommendations; the intended "
        f"parents' home clinic follows {lk('HFEA')} rules.",
    ]


def _b_gc_delivery(rng: random.Random, lk: _Look) -> list[str]:
    apg = f"{rng.randint(7, 9)}/{rng.randint(8, 9)}"
    return [
        _dc_header(rng, lk, "OBSTETRICS"),
        "Chief Complaint:\nspontaneous labor at 39w2d (gestational carrier)",
        "Major Surgical or Invasive Procedure:\n" + rng.choice((
            "Spontaneous vaginal delivery", "Repeat low transverse cesarean section via " + lk("Pfannenstiel") +
            " incision")),
        f"History of Present Illness:\n___ G4P3003 gestational carrier at 39w2d by IVF dating (day 5 transfer) "
        f"presents with regular contractions. {lk('Bishop score')} 8 on arrival. GBS negative.",
        f"Brief Hospital Course:\nLabor progressed with epidural. {lk('Pitocin')} augmentation. Delivered a "
        f"liveborn infant, Apgars {apg} ({lk('Apgar')}), weight {rng.randint(2800, 3900)} g. EBL "
        f"{rng.randint(250, 900)} mL; {lk('Methergine')} x1 and {lk('Cytotec')} 800 mcg for uterine atony on "
        f"{lk('Labor and Delivery')}. Placenta to pathology. Intended "
        "parents present. Per the pre-birth parentage order (docket ___), the intended parents are the legal "
        "parents; hospital birth certificate worksheet completed with their names (certificate no. ___). "
        "Carrier chose not to breastfeed; she is pumping for the infant at her request.",
        "Newborn disposition: newborn chart in the intended parents' names per legal; wristbands issued to the "
        "intended parents. Infant discharged home with the intended parents on DOL 2.",
        f"Postpartum: Hgb 10.2. {lk('Rh-negative')} status: negative; {lk('Kleihauer-Betke')} not indicated. "
        "Carrier emotionally well, debriefed with SW. Postpartum depression screening negative (EPDS 4).",
        "Discharge Medications:\n1. Ibuprofen 600 mg PO q6h PRN\n2. Docusate 100 mg PO BID\n3. Iron 325 mg PO daily",
        "Discharge Diagnosis:\nTerm delivery, gestational carrier pregnancy\nPostpartum hemorrhage, mild",
    ]


def _b_placement(rng: random.Random, lk: _Look) -> list[str]:
    return [
        _dc_header(rng, lk, "NEWBORN MEDICINE"),
        "SOCIAL WORK NOTE -- NEWBORN PLACEMENT (ADOPTION)",
        f"Infant born [[DATE_REAL_YEAR:date]] at {rng.randint(36, 40)}w to a {lk.age()} birth mother who made an "
        "adoption "
        "plan prenatally with [[ORGANIZATION:org_adopt]]. Birth father identified, notified per state law; ___.",
        f"Legal: birth mother's consent cannot be signed until 48 h after delivery per {lk.state()} law. "
        f"{lk('ICPC')} clearance required because the adoptive family lives out of state; interim placement "
        "with the adoptive parents pending. Adoption docket ___. Home study approved (approval no. ___).",
        "Hospital plan: adoptive parents given a room on the unit; birth mother consented to their access to "
        "the infant and to their receiving medical information. Birth mother declined to see the infant "
        "again before discharge; this was honoured. Chaplain visit offered.",
        f"Newborn: Apgars 8/9, {lk('Ballard')} 38 weeks, feeding formula well, hearing screen "
        "passed, HBV vaccine given. Prenatal exposures: none reported; urine tox negative.",
        f"Resources provided to birth mother: post-placement counseling, {lk(rng.choice(_HOTLINES))}.",
        lk("Social Work") + " will follow until discharge. Infant to be discharged to the adoptive parents with "
        "agency "
        "representative present once the hospital release form is signed.",
    ]


def _b_pgt(rng: random.Random, lk: _Look) -> list[str]:
    n = rng.randint(3, 6)
    res = []
    for k in range(1, n + 1):
        res.append(f"  Embryo {k}  | D{rng.choice((5, 6))} | {lk.grade()} | "
                   + rng.choice(("euploid", "euploid", "aneuploid (+16)", "low-level mosaic (chr 2)", "no result",
                                 "aneuploid (-22)")))
    return [
        _dc_header(rng, lk, "REPRODUCTIVE ENDOCRINOLOGY"),
        "PGT REQUISITION AND RESULT (scanned)\nRequisition #: [[ACCOUNT:req]]     Lab: [[ORGANIZATION:org_lab]]",
        f"Test ordered: {rng.choice(('PGT-A', 'PGT-A + PGT-M (CFTR)', 'PGT-SR'))}. Indication: recurrent pregnancy "
        f"loss / advanced maternal age ({lk.age()} at retrieval). Biopsy kit REF {lk.ref()}, kit lot {lk.lot()}, "
        f"expiry {lk.expiry()}.",
        "Trophectoderm biopsies (5-8 cells each) tubed in PBS, shipped on dry ice. Lab policy: results in 10 "
        "business days.",
        "RESULTS\n  Embryo   | Day | Grade | Result\n" + "\n".join(res),
        "Comment: mosaic embryo transfer only after genetic counseling. Results reported to ordering REI. "
        "NGS platform, sensitivity for whole-chromosome aneuploidy >98%.",
        "Clinical context: results reviewed during admission for ___; patient wished to discuss transfer "
        f"options. Counselor referral placed. Patient education: {lk(rng.choice(_WEBSITES))}.",
    ]


def _b_adopt_clinic(rng: random.Random, lk: _Look) -> list[str]:
    months = rng.randint(9, 40)
    return [
        _dc_header(rng, lk, "PEDIATRICS"),
        "Chief Complaint:\nfever and poor feeding in a recently adopted child (international adoption)",
        f"History of Present Illness:\n{months}-month-old adopted from {lk.country()} ___ weeks ago, arrived via "
        f"{lk('Hague Convention')} process. Orphanage records sparse; birth date estimated. Admitted with fever, "
        "diarrhea and weight loss. Prior care at a children's home in [[LOCATION:abroad]].",
        "Post-arrival screening (per AAP international adoption guidance): CBC, lead, TSH, hepatitis B/C, "
        "HIV, syphilis, TB IGRA, stool O&P x3, Giardia antigen. Immunization titers drawn; records "
        "incomplete.",
        f"Growth: weight < 3rd percentile, length 10th. Developmental screen shows gross motor delay. "
        f"{lk('Apgar')} and birth weight unknown.",
        "Brief Hospital Course:\nStool positive for Giardia; treated. Hemoglobin 9.4, iron deficiency, started "
        "iron. Lead 4. TB IGRA negative. Rehydrated, feeding improved. Adoptive parents educated; early "
        "intervention referral placed.",
        "Discharge Diagnosis:\nGiardiasis\nIron deficiency anemia\nGrowth faltering, post-institutional care",
    ]


def _rad(rng: random.Random, lk: _Look, exam: str, ind: str, findings: str, impression: str) -> list[str]:
    return [_rad_header(rng, exam, ind), "FINDINGS:\n\n" + findings, "IMPRESSION:\n\n" + impression]


def _b_us_ohss(rng: random.Random, lk: _Look) -> list[str]:
    r = (rng.randint(70, 120), rng.randint(50, 90), rng.randint(50, 90))
    left = (rng.randint(65, 115), rng.randint(45, 85), rng.randint(45, 85))
    return _rad(rng, lk, "PELVIS, NON-OBSTETRIC; TRANSABDOMINAL AND TRANSVAGINAL",
                "___ year old woman 4 days after oocyte retrieval [[DATE_REAL_YEAR:date]] with bloating and dyspnea; "
                "eval for OHSS "
                "and torsion.",
                f"The uterus measures {rng.randint(70, 90)} x {rng.randint(35, 50)} x {rng.randint(40, 55)} mm. "
                f"Endometrium {rng.randint(6, 14)} mm, trilaminar. No intrauterine gestational sac.\n\n"
                f"Right ovary is markedly enlarged, {r[0]} x {r[1]} x {r[2]} mm, with multiple enlarged "
                "follicles/corpora lutea (\"spoke-wheel\"). Arterial and venous "
                f"{lk('Doppler')} waveforms are present.\n\nLeft ovary {left[0]} x {left[1]} x {left[2]} mm, "
                "similar appearance, with preserved flow.\n\nModerate free fluid in the pelvis extending to "
                "Morison's pouch and the paracolic gutters. Largest pocket 6.2 cm. No hemoperitoneum.",
                "1.  Bilaterally enlarged multicystic ovaries with moderate ascites, consistent with ovarian "
                "hyperstimulation in the clinical context.\n2.  Arterial and venous flow to both ovaries; no "
                "sonographic evidence of torsion, although flow does not exclude intermittent torsion.")


def _b_tvus_ectopic(rng: random.Random, lk: _Look) -> list[str]:
    side = rng.choice(("left", "right"))
    return _rad(rng, lk, "US PELVIS TRANSVAGINAL, EARLY OB",
                f"___ year old woman s/p IVF embryo transfer, beta hCG {rng.randint(1200, 5200):,}, pain and "
                "bleeding, no IUP on clinic scan; eval ectopic.",
                f"Uterus anteverted. Endometrial stripe {rng.randint(8, 18)} mm with a small amount of fluid; no "
                f"intrauterine gestational sac or yolk sac.\n\nIn the {side} adnexa, separate from the ovary, "
                f"there is a {rng.randint(14, 34)} x {rng.randint(12, 28)} mm heterogeneous mass with a "
                "peripheral ring of vascularity (\"ring of fire\") on color Doppler. The ipsilateral ovary "
                "contains a corpus luteum.\n\nContralateral ovary normal. Moderate echogenic free fluid in the "
                "cul-de-sac, tracking into the " + side + " paracolic gutter.",
                f"1.  {side.capitalize()} adnexal mass separate from the ovary with echogenic free fluid, "
                "highly suspicious for ectopic pregnancy, possibly ruptured, in this IVF patient. Heterotopic "
                "pregnancy excluded: no intrauterine pregnancy.\n2.  Findings communicated to the GYN team.")


def _b_hsg(rng: random.Random, lk: _Look) -> list[str]:
    return _rad(rng, lk, "HYSTEROSALPINGOGRAM",
                "___ year old woman with primary infertility, pre-IVF workup; evaluate tubal patency.",
                f"A {lk('Foley catheter')} (5 Fr balloon) was placed in the cervical canal under sterile "
                f"technique. {lk('Omnipaque 300')} ({rng.randint(8, 20)} mL) was instilled under intermittent "
                "fluoroscopy. Fluoroscopy time 0.6 minutes.\n\nThe uterine cavity is normal in contour without "
                "filling defect or synechiae; no evidence of " + lk('Asherman syndrome') + ". The " +
                lk('Fallopian') + " tubes are visualized bilaterally. " + rng.choice((
                    "There is free intraperitoneal spill from both tubes.",
                    "The left tube fills and spills freely; the right tube is dilated distally without spill, "
                    "consistent with hydrosalpinx.",
                    "Proximal occlusion on the right; left spills freely.")),
                "1.  Normal uterine cavity.\n2.  Tubal findings as above; correlate with REI for IVF planning. "
                "Patient tolerated the procedure well; pre-procedure urine hCG negative.")


def _b_follicle(rng: random.Random, lk: _Look) -> list[str]:
    rt = sorted((rng.randint(10, 21) for _ in range(rng.randint(3, 7))), reverse=True)
    lt = sorted((rng.randint(10, 21) for _ in range(rng.randint(3, 7))), reverse=True)
    return _rad(rng, lk, "US PELVIS TRANSVAGINAL (FOLLICLE MONITORING)",
                f"___ year old woman on stimulation day {rng.randint(6, 11)} of IVF with "
                f"{lk.brand('Gonal-f', 'Follistim AQ')} and {lk('Menopur')}; inpatient after ED visit for pain.",
                "Endometrium " + str(rng.randint(7, 13)) + " mm, trilaminar pattern.\n\nRight ovary follicles "
                "(mm): " + ", ".join(map(str, rt)) + ".\nLeft ovary follicles (mm): " + ", ".join(map(str, lt)) +
                ".\n\nTotal follicles >= " + lk("14 mm") + ": " + str(sum(1 for x in rt + lt if x >= 14)) +
                ". Trace free fluid. Ovarian flow preserved bilaterally.",
                "1.  Multifollicular ovaries appropriate for the stimulation day. No torsion.\n2.  Measurements "
                "forwarded to the REI team for trigger timing.")


def _b_sis(rng: random.Random, lk: _Look) -> list[str]:
    return _rad(rng, lk, "SALINE INFUSION SONOHYSTEROGRAM",
                "___ year old woman before frozen embryo transfer, prior failed transfers; evaluate cavity.",
                "After sterile preparation a 5 Fr catheter was placed and sterile saline instilled during "
                "transvaginal imaging.\n\nThe endometrial cavity distends well. " + rng.choice((
                    "A 7 mm echogenic polyp arises from the posterior fundal wall.",
                    "No focal lesion, polyp or adhesion is seen.",
                    "A thin intracavitary band is seen in the lower uterine segment, suggesting a synechia.")) +
                " The myometrium is homogeneous. Ovaries normal; no hydrosalpinx.",
                "1.  Findings as above. Recommend hysteroscopic correlation before FET if a lesion is "
                "present.\n2.  No complication.")


def _b_ob_carrier(rng: random.Random, lk: _Look) -> list[str]:
    twins = rng.random() < 0.3
    ga = f"{rng.randint(18, 22)}w{rng.randint(0, 6)}d"
    return _rad(rng, lk, "OB ULTRASOUND, DETAILED ANATOMY" + (" (TWINS)" if twins else ""),
                f"___ year old gestational carrier, IVF pregnancy (day 5 transfer), {ga} by transfer dating; "
                "admitted for preterm contractions.",
                ("Dichorionic diamniotic twin gestation. " if twins else "Single live intrauterine gestation. ") +
                f"Biometry consistent with {ga}. EFW {rng.randint(250, 500)} g ({rng.randint(20, 70)}th "
                "percentile). Fetal heart rate " + str(rng.randint(135, 160)) + " bpm.\n\nAnatomy survey: head, "
                "face, spine, heart (4-chamber and outflow tracts), abdomen, kidneys, bladder and limbs "
                f"visualized and normal. No {lk('Dandy-Walker')} malformation. Placenta posterior, no previa. "
                f"Cervical length {rng.randint(22, 45)} mm transvaginally. AFI normal.",
                "1.  " + ("Dichorionic diamniotic twins" if twins else "Single live IUP") + " with normal "
                "anatomy.\n2.  Cervical length as above; correlate with " + lk("Maternal-Fetal Medicine") +
                ". Report to be shared with the "
                "intended parents per the carrier's written consent.")


def _b_head_us(rng: random.Random, lk: _Look) -> list[str]:
    return _rad(rng, lk, "US HEAD (NEONATAL), COMPLETE",
                f"Preterm infant at {rng.randint(26, 33)} weeks, IVF twin pregnancy via gestational carrier; "
                "screening for IVH.",
                "Images through the anterior fontanelle in coronal and sagittal planes.\n\nThe lateral "
                "ventricles are normal in size. " + rng.choice((
                    "No germinal matrix or intraventricular hemorrhage.",
                    f"Small right germinal matrix hemorrhage ({lk('Papile grade')} I).",
                    "Bilateral grade II intraventricular hemorrhage without ventriculomegaly.")) +
                " No periventricular echogenicity or cystic change. Midline structures normal. Extra-axial "
                "spaces normal. Resistive index in the ACA 0.7" + str(rng.randint(1, 9)) + ".",
                "1.  Findings as above. Follow-up head ultrasound in 1 week per NICU protocol.")


def _b_chest(rng: random.Random, lk: _Look) -> list[str]:
    return _rad(rng, lk, rng.choice(("CHEST (PA AND LAT)", "CTA CHEST WITH CONTRAST")),
                "___ year old woman admitted with severe OHSS, new dyspnea and pleuritic pain; eval effusion, "
                "PE.",
                rng.choice(("Moderate right and small left pleural effusions with adjacent atelectasis. ",
                            "Small bilateral pleural effusions. ")) +
                "No pneumothorax. Cardiomediastinal silhouette normal. " + rng.choice((
                    "No filling defect in the pulmonary arteries to the subsegmental level.",
                    "No focal consolidation.")) + " Upper abdomen shows ascites.\n\nPretest probability: " +
                lk("Wells score") + " 1.5. Hypercoagulable state noted in OHSS (" + lk("Virchow triad") + ").",
                "1.  Pleural effusions and ascites, consistent with OHSS.\n2.  No pulmonary embolism where "
                "assessed.")


def _b_duplex(rng: random.Random, lk: _Look) -> list[str]:
    side = rng.choice(("LEFT", "RIGHT", "BILATERAL"))
    return _rad(rng, lk, f"UNILAT/BILAT LOWER EXT VEINS ({side})",
                "___ year old woman with OHSS after IVF, leg swelling; on prophylactic enoxaparin.",
                "Grayscale, color and spectral Doppler evaluation of the common femoral, femoral, popliteal "
                "and calf veins. Compressibility and augmentation assessed.\n\n" + rng.choice((
                    "Normal compressibility, flow and augmentation in all veins examined.",
                    "Partially compressible right popliteal vein with a small non-occlusive thrombus.",
                    "Occlusive thrombus in the left common femoral vein extending into the femoral vein.")) +
                " " + lk("Trendelenburg") + " positioning not used.",
                "1.  Findings as above. Communicated to the GYN team.")


_KINDS: dict[str, tuple[str, Callable[[random.Random, _Look], list[str]]]] = {
    "ohss_admission": ("discharge", _b_ohss),
    "ectopic_after_ivf": ("discharge", _b_ectopic),
    "stim_cycle_flowsheet": ("discharge", _b_stim),
    "embryology_lab_record": ("discharge", _b_embryology),
    "donor_bank_paperwork": ("discharge", _b_donor),
    "cryo_shipping_log": ("discharge", _b_shipping),
    "gc_agency_case_file": ("discharge", _b_gc_case),
    "gc_delivery_admission": ("discharge", _b_gc_delivery),
    "newborn_placement_sw": ("discharge", _b_placement),
    "pgt_requisition_result": ("discharge", _b_pgt),
    "adoption_clinic_visit": ("discharge", _b_adopt_clinic),
    "pelvic_us_ohss": ("radiology", _b_us_ohss),
    "tvus_pul_ectopic": ("radiology", _b_tvus_ectopic),
    "hsg": ("radiology", _b_hsg),
    "follicle_monitoring_us": ("radiology", _b_follicle),
    "saline_sonohysterogram": ("radiology", _b_sis),
    "ob_us_carrier": ("radiology", _b_ob_carrier),
    "neonatal_head_us": ("radiology", _b_head_us),
    "chest_imaging_ohss": ("radiology", _b_chest),
    "le_venous_duplex": ("radiology", _b_duplex),
}
DOCUMENT_KINDS = tuple(_KINDS)


def document_kind(seed: int, i: int) -> str:
    return DOCUMENT_KINDS[(i * 7 + i // 20 + seed * 3) % len(DOCUMENT_KINDS)]


# --------------------------------------------------------------------------------------------------
# Assembly
# --------------------------------------------------------------------------------------------------

_SLOT_RE = re.compile(r"\[\[([A-Z_]+)(?::([a-z_]+))?\]\]")
_Part = str | tuple[str, ...]


def _parts(block: str) -> list[_Part]:
    out: list[_Part] = []
    pos = 0
    for m in _SLOT_RE.finditer(block):
        if m.start() > pos:
            out.append(block[pos:m.start()])
        out.append(("__slot__", m.group(1), m.group(2) or _SLOT_GEN[m.group(1)]))
        pos = m.end()
    if pos < len(block):
        out.append(block[pos:])
    return out


def _template_parts(rng: random.Random, lk: _Look, text: str, value: str, cat: str) -> list[_Part]:
    text = text.replace("{grp}", lk.grp()) if "{grp}" in text else text
    text = text.replace("{tf}", lk.tollfree()) if "{tf}" in text else text
    text = text.replace("{gtin}", lk.gtin()) if "{gtin}" in text else text
    text = text.replace("{lot}", lk.lot()) if "{lot}" in text else text
    before, _, after = text.partition("{v}")
    out: list[_Part] = []
    if before:
        out.append(before)
    out.append((value, cat))
    if after:
        out.append(after)
    return out


_HEAVY_LABELS = (
    ("Intended parent 1", "Intended mother", "IP1"), ("Intended parent 2", "Intended father", "IP2"),
    ("Gestational carrier", "Carrier", "GC"), ("Carrier partner", "Spouse of carrier", "GC partner"),
)


def _heavy_block(rng: random.Random) -> str:
    lines = ["REGISTRATION EXTRACT -- CONTACTS / CONSENTS / LEGAL"]
    for labels in _HEAVY_LABELS:
        lines.append(f"{rng.choice(labels)}: ___    DOB: ___    Phone: ___    Email: ___")
    lines += [
        "Agency: ___   Case manager: ___   Case #: ___   Fax: ___",
        "Attorney (IPs): ___   Attorney (GC): ___   Parentage order: ___",
        "Clinic: ___   Chart #: ___   Embryologist: ___",
        "Insurance: ___   Member ID: ___   Group: ___",
        "Address: ___, ___, ___ ___",
        "Pediatrician: ___   Phone: ___",
    ]
    return "\n".join(lines)


def _build(seed: int, i: int) -> tuple[LabelledNote, list[str], str]:
    rng = random.Random(f"holdout88:{seed}:{i}")
    kind = document_kind(seed, i)
    note_type, builder = _KINDS[kind]
    lk = _Look(rng)
    heavy = _is_heavy(i)
    blocks_s = builder(rng, lk)
    if note_type == "radiology":
        extra = _filler_rad(rng, lk)
    elif kind in ("adoption_clinic_visit", "newborn_placement_sw"):
        extra = _filler_peds(rng, lk)
    else:
        extra = _filler_dc(rng, lk)
    rng.shuffle(extra)
    # body length control: add optional sections until the base text is long enough
    target = rng.randint(1500, 2900) if note_type == "discharge" else rng.randint(1250, 2000)
    base_len = sum(len(b) + 2 for b in blocks_s)
    for blk in extra:
        if base_len >= target and base_len >= 1300:
            break
        blocks_s.insert(len(blocks_s) if note_type == "radiology" else max(1, len(blocks_s) - 1), blk)
        base_len += len(blk) + 2
    if note_type == "discharge":
        blocks_s.append(_dc_tail(rng, lk))
    if heavy:
        blocks_s.insert(1, _heavy_block(rng))
    blocks: list[list[_Part]] = [_parts(b) for b in blocks_s]
    if _is_planted(seed, i):
        for cat in _plant_categories(seed, i):
            slots = [(bi, pi) for bi, b in enumerate(blocks) for pi, p in enumerate(b)
                     if isinstance(p, tuple) and p[0] == "__slot__" and p[1] == cat]
            if slots and rng.random() < 0.35:
                bi, pi = rng.choice(slots)
                blocks[bi][pi] = (_GENS[blocks[bi][pi][2]](rng), cat)
                continue
            where, text, gen = rng.choice(_T[cat])
            newb = _template_parts(rng, lk, text, _GENS[gen](rng), cat)
            if where == "t":
                pos = 1
            elif where == "e":
                pos = len(blocks)
            else:
                pos = rng.randint(1, len(blocks))
            blocks.insert(pos, newb)
    text_parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    for bi, b in enumerate(blocks):
        if bi:
            sep = "\n\n" if rng.random() < 0.85 else "\n"
            text_parts.append(sep)
            pos += len(sep)
        for p in b:
            if isinstance(p, str):
                s = p
            elif p[0] == "__slot__":
                s = "___"
            else:
                s = p[0]
                spans.append((pos, pos + len(s), p[1]))
            text_parts.append(s)
            pos += len(s)
    text = "".join(text_parts)
    present: list[str] = []
    for x in lk.items:
        if x and x in text and x not in present:
            present.append(x)
    return LabelledNote(note_type, text, spans), present, "heavy" if heavy else "normal"


def holdout88_note(seed: int, i: int) -> LabelledNote:
    return _build(seed, i)[0]


def holdout88_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout88_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = holdout_measure.measure(
        holdout88_corpus, argv, "Held-out corpus 88 (blind): assisted reproduction, gamete donation, surrogacy "
        "and adoption")
    holdout_measure.report("holdout88", args, notes, hits, res)


if __name__ == "__main__":
    main()
