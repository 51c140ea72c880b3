"""Held-out corpus 80: environmental and housing health around an admission.

MIMIC-IV-Note-shaped discharge and radiology notes about the home a patient comes from and goes
back to: childhood lead poisoning case management, asthma home-visit assessments, housing-code and
healthy-homes inspection reports pasted into the chart, mold, pest and carbon-monoxide exposures,
landlord and property-manager correspondence, 311 and code-enforcement complaint logs, utility
shut-off protection letters (medical certificates for electric and gas service), environmental
health department referrals, heat-illness and cold-exposure admissions, and the radiology reports
that quote them. Most identifiers are ``___``; unmasked dates are shifted into 2100-2200 and never
labelled; about 57-59% of notes carry 1-4 identifiers that escaped masking; 5% are heavy (many
``___``, no plants).

Document kinds (``DOCUMENT_KINDS``): discharge-type ``lead_case_management``,
``asthma_home_visit``, ``housing_inspection``, ``landlord_correspondence``, ``complaint_log``,
``utility_certificate``, ``eh_referral``, ``heat_illness``, ``cold_exposure``, ``co_exposure``,
``mold_pest_social_work``; radiology-type ``rad_kub_lead``, ``rad_long_bone_lead``,
``rad_chest_asthma``, ``rad_brain_co``, ``rad_hrct_mold``, ``rad_extremity_cold``,
``rad_ct_head_heat``.

Label policy (as the brief gives it): PERSON is one span per name (given and family together,
titles outside); LOCATION is a place below state level (a street line is STREET_ADDRESS; town and
ZIP are separate spans; states and countries are never labelled, and "New York" alone is the
state); ORGANIZATION is a named hospital, practice, pharmacy (a chain's store too), agency, school
or employer, never a generic department, and never a drug maker, biotech or trial sponsor named as
such (a jail, prison or court is one; a payer or insurer named as such is not). DATE_REAL_YEAR is
a whole date carrying a year 1900-2030 (a bare year is not labelled; a device, drug or lot expiry
date is not labelled; a death date is). AGE_OVER_89 labels the digits of ages >= 90. DEVICE_ID is a
device serial (for a GS1 UDI only the (21) serial) or a hospital asset tag; lot, GTIN, REF, model
and expiry are not identifiers. A toll-free phone number (800, 888, 877, 866, 855, 844, 833) is a
public line: never labelled; a device maker's or vendor's toll-free fax neither, a practice's
toll-free fax is FAX. ACCOUNT covers account, encounter, incident/run, accession, order,
requisition, claim and specimen numbers, and a vendor's call or session id for the patient's
encounter; HEALTH_PLAN member, subscriber and policy ids (an employer's group number is not the
member's id: leave it unlabelled); LICENSE medical, nursing, EMS, DEA and driver's licences and a
clinician's NPI. Spans hold the value only: cue words ("Dr.", "MRN:", "pager", "Fax", "SN",
"plate", "Acct") and credentials ("MD", "RN") stay outside.

Label choices of this corpus beyond the brief:
- every IP address, private (a home Wi-Fi CO alarm, IAQ sensor, thermostat) or public (a portal
  login), IPv4 or IPv6, is IP_ADDRESS;
- a utility account number, a 311 service-request number, a code-enforcement or housing
  inspection case number, a healthy-homes inspection number, a lead case number, a landlord's
  maintenance work-order number for the patient's unit, a poison-center case number and a fire
  department incident number are ACCOUNT, like encounter, accession, order and specimen numbers;
- county and city health departments, housing authorities, landlord and property-management
  companies, utility companies, clinics, hospitals, legal aid societies, community action
  (weatherization) agencies, exterminators, a parent's employer, schools, daycares, a poison
  center and a fire department are ORGANIZATION;
- a street line (with its apartment or unit when written together) is one STREET_ADDRESS; towns,
  neighbourhoods, counties and named housing developments or apartment complexes are LOCATION; a
  bare apartment designation with no street is written masked;
- a home-program loaner's property tag (HEPA purifier, dehumidifier) is read as an asset tag,
  DEVICE_ID, as are serials of CO alarms, nebulizers, concentrators and purifiers given to the
  patient; a car's plate or VIN in a CO or cold-exposure story is VEHICLE_ID;
- a Medicaid CIN, Child Health Plus member id, Medicare MBI and plan member/policy ids are
  HEALTH_PLAN; the employer group number next to them is an unlabelled look-alike;
- unlabelled look-alikes: parcel (SBL) numbers, building permit numbers, EPA/HUD/CFR/NYCRR/PMC
  section numbers, EPA firm certification numbers, blood lead values, XRF readings, dust-wipe
  results, COHb percentages, CO ppm readings, core temperatures, meter and alarm model numbers,
  GTINs, lots, REFs, NDCs, expiry dates, shifted dates, bare years (pre-1978 housing), ages under
  90, asthma control scores, software versions, public hotlines (311, Poison Help, the lead
  information line), public bodies' websites, regulators and programmes (EPA, HUD, CDC, Public
  Service Commission, HEAP, Section 8, Medicaid), generic departments, US states and countries;
- masked (written ``___``, no category): HEAP and SNAP case numbers, a lead risk assessor's
  individual certification number, housing-court index numbers.

- a death date is DATE_REAL_YEAR like any whole real-year date; an inhaler, NDC or CO-alarm sensor
  expiry date is an unlabelled look-alike even when it carries a real year.

Written blind: I read only the brief (bench/holdout_corpus_task.md), holdout_measure.py, the first
45 lines of synth/notes.py, pyproject.toml, the start of /work/shared/reference/known-data-issues.md,
and the masked PyHealth note-shaped samples with SOURCES.md under /work/shared/data/ (listing those
two shared folders, outside the repository). No detector code, rule file, other corpus, test or
history was opened, no repository directory was listed, no git command but the final add and commit
was run, and the detector was never run.
"""

from __future__ import annotations

import math
import random
import re
import sys

from lqs_clinical.synth import holdout_measure
from lqs_clinical.synth.notes import LabelledNote

# --------------------------------------------------------------------------------------------------
# Deterministic sequences (Weyl); content variation from random.Random(f"...{seed}:{i}")
# --------------------------------------------------------------------------------------------------

_HEAVY_EVERY = 20


def _frac(x: float) -> float:
    return x - math.floor(x)


def _is_heavy(seed: int, i: int) -> bool:
    return i % _HEAVY_EVERY == seed % _HEAVY_EVERY


def _is_radiology(seed: int, i: int) -> bool:
    return _frac(i * 0.3819660112501051 + seed * 0.2113) < 0.45


def _is_planted(seed: int, i: int) -> bool:
    return (not _is_heavy(seed, i)) and _frac(i * 0.7548776662466927 + seed * 0.0917) < 0.612


def _n_spans(seed: int, i: int) -> int:
    return 1 + int(_frac(i * 0.5698402909980532 + seed * 0.3271) * 4)


# weighted category cycle (theme emphasis on accounts, organisations, addresses, people, dates)
_CAT_CYCLE = (
    "PHONE", "FAX", "PAGER", "EMAIL", "URL", "IP_ADDRESS", "SSN", "MRN", "ACCOUNT", "HEALTH_PLAN",
    "LICENSE", "ZIP", "STREET_ADDRESS", "DATE_REAL_YEAR", "AGE_OVER_89", "DEVICE_ID", "VEHICLE_ID",
    "PERSON", "LOCATION", "ORGANIZATION",
    "ACCOUNT", "ACCOUNT", "ORGANIZATION", "ORGANIZATION", "STREET_ADDRESS", "PERSON", "DATE_REAL_YEAR",
    "PHONE", "LOCATION", "IP_ADDRESS", "FAX", "HEALTH_PLAN",
)


def _categories(seed: int, i: int) -> list[str]:
    n = _n_spans(seed, i)
    return [_CAT_CYCLE[int(_frac((4 * i + k) * 0.6180339887498949 + seed * 0.4411) * len(_CAT_CYCLE))]
            for k in range(n)]


_DC_KINDS = (
    "lead_case_management", "asthma_home_visit", "housing_inspection", "landlord_correspondence",
    "complaint_log", "utility_certificate", "eh_referral", "heat_illness", "cold_exposure", "co_exposure",
    "mold_pest_social_work",
)
_RAD_KINDS = (
    "rad_kub_lead", "rad_long_bone_lead", "rad_chest_asthma", "rad_brain_co", "rad_hrct_mold",
    "rad_extremity_cold", "rad_ct_head_heat",
)
DOCUMENT_KINDS = _DC_KINDS + _RAD_KINDS


def document_kind(seed: int, i: int) -> str:
    pool = _RAD_KINDS if _is_radiology(seed, i) else _DC_KINDS
    return pool[int(_frac(i * 0.7320508075688772 + seed * 0.1237) * len(pool))]


# --------------------------------------------------------------------------------------------------
# Look-alikes (never labelled)
# --------------------------------------------------------------------------------------------------

EPONYMS_AND_BRANDS = (
    # eponyms and named signs/scores
    "Burton line", "Fanconi", "Osborn wave", "Kussmaul", "Glasgow Coma Scale", "Wells score",
    "Babinski", "Parkland formula", "Wernicke", "Asthma Control Test", "Childhood ACT", "Bezold",
    # drug and device brands
    "Chemet", "Calcium Disodium Versenate", "BAL in Oil", "ProAir HFA", "Ventolin", "Flovent HFA",
    "Qvar RediHaler", "Singulair", "Pulmicort Respules", "Xopenex", "Symbicort", "Dupixent",
    "AeroChamber Plus", "Pari LC Sprint", "Kidde KN-COPP-3", "First Alert CO605", "Niton XL3t",
    "Viken Pb200i", "LeadCare II", "Masimo Rad-57", "Honeywell HPA300", "Levoit Core 300",
    "Bair Hugger", "Arctic Sun", "Tylenol", "Motrin", "Zofran", "Slow Fe", "Ferrous sulfate",
    "Protimeter Mini", "Fluke 975", "Advair Diskus", "Xolair", "Coleman", "Generac GP3500",
    # regulations, standards, programmes, public bodies (unlabelled)
    "24 CFR Part 35", "40 CFR 745", "10 NYCRR 67-1", "16 NYCRR 11.5", "NFPA 720", "UL 2034",
    "PMC 304.13", "PMC 305.3", "RPL 235-b", "Section 8", "HEAP", "EPA", "HUD", "CDC",
    "Public Service Commission", "Medicaid",
    # public lines and websites
    "1-800-424-5323", "1-800-222-1222", "1-800-638-2772", "311", "www.epa.gov/lead",
    "www.hud.gov/healthyhomes", "www.cdc.gov/lead-prevention", "www.airnow.gov",
    "www.weather.gov/safety/heat",
    # states, countries, lead sources
    "New York", "Vermont", "New Jersey", "Pennsylvania", "Mexico", "Guatemala", "Bangladesh",
    "Ghana", "Georgia", "azarcon", "greta", "kohl", "surma",
)

# --------------------------------------------------------------------------------------------------
# Surrogate pools (fictitious)
# --------------------------------------------------------------------------------------------------

_GIVEN = (
    "Maria", "Keisha", "Darnell", "Tomasz", "Aaliyah", "Jorge", "Nadia", "Kwame", "Bridget", "Hector",
    "Mei", "Oluwaseun", "Svetlana", "Tyrone", "Rosa", "Imani", "Dmitri", "Fatima", "Brendan", "Lakshmi",
    "Gustavo", "Noor", "Chantal", "Pavel", "Yesenia", "Marcus", "Ingrid", "Rashid", "Colleen", "Thuy",
    "Desmond", "Graciela", "Wojciech", "Ama", "Lorenzo", "Shanice",
)
_FAMILY = (
    "Okafor", "Delgado", "Kowalczyk", "Brennan", "Nguyen", "Abernathy", "Rosario", "Haddad", "Petrov",
    "Washington", "Mensah", "Castellano", "Szymanski", "O'Rourke", "Baptiste", "Villanueva", "Lindqvist",
    "Achebe", "Morrissey", "Quiñones", "Kaminski", "Farouk", "Holloway", "Tremblay", "Vasquez-Ortiz",
    "Chaudhry", "Fitzgerald", "DiNapoli", "Oyelaran", "Sokolowski", "McAllister", "Pham", "Gutierrez",
)
_TOWNS = (
    "Schenectady", "Cohoes", "Watervliet", "Rensselaer", "Amsterdam", "Gloversville", "Utica", "Rome",
    "Oneonta", "Kingston", "Newburgh", "Middletown", "Poughkeepsie", "Binghamton", "Elmira", "Ithaca",
    "Auburn", "Oswego", "Watertown", "Plattsburgh", "Glens Falls", "Catskill", "Little Falls", "Herkimer",
    "Ogdensburg", "Massena", "Jamestown", "Olean", "Lockport", "Geneva", "Batavia", "Johnstown",
)
_NEIGHBOURHOODS = (
    "Hamilton Hill", "West Hill", "Lansingburgh", "Bellevue", "Cornell Hill", "Vale", "Mont Pleasant",
    "East Utica", "Midtown Kingston", "North Troy",
)
_COMPLEXES = (
    "Riverside Gardens", "Lincoln Court Apartments", "Ridgewood Terrace", "Schuyler Towers",
    "Hillcrest Homes", "Maplewood Village", "Carver Court", "Orchard Park Apartments",
)
_COUNTIES = (
    "Fulton County", "Schoharie County", "Herkimer County", "Otsego County", "Greene County",
    "Columbia County", "Montgomery County", "Washington County",
)
_ORGS = (
    "Rensselaer County Department of Health", "Fulton County Public Health", "Schoharie County Health Department",
    "Oneida County Health Dept", "Ulster County DOH", "Montgomery County Public Health Services",
    "Capital Hills Housing Authority", "Mohawk Valley Municipal Housing Authority", "Riverbend Housing Authority",
    "Maple Crest Property Management", "Hudson Ridge Realty LLC", "Greylock Residential Group",
    "Kinderhook Rentals Inc.", "Tall Pines Apartments LLC", "Brightwater Realty Partners",
    "Stonegate Property Services", "Mohawk Valley Gas & Electric", "Lakeshore Power Cooperative",
    "Twin Rivers Energy", "North Country Electric & Gas", "Arbor Hill Family Health Center",
    "Northside Pediatrics", "St. Brendan's Medical Center", "Mercy Glen Hospital",
    "Kateri Community Health Center", "Valley View Pediatric Associates", "Capital District Legal Aid Society",
    "Mohawk Valley Community Action Agency", "BugOut Exterminating", "Empire Battery Recycling",
    "Garnet Roofing & Demolition", "Pine Street Elementary School", "Little Acorns Daycare",
    "Central Region Poison Center", "Cohoes Fire Department", "Gloversville Fire Dept.",
)
_STREETS = (
    "Lark", "Clinton", "Division", "Genesee", "Elm", "Swan", "Second", "Congress", "Hoosick", "Ferry",
    "Mohawk", "Bleecker", "Lafayette", "Union", "Liberty", "Mill", "Canal", "Prospect", "Chestnut",
    "Ontario", "Bradford", "Eagle", "Hudson", "Van Rensselaer", "Sixth",
)
_SUFFIX = ("St", "Street", "Ave", "Avenue", "Rd", "Blvd", "Pl", "Ter", "Dr", "St.", "Ave.")
_UNITS = ("Apt 2", "Apt 3R", "#4B", "Unit 12", "2nd Fl", "Fl 3 rear", "Apt. B", "Apt 1L", "Unit C",
          "# 7", "Apt 5F", "lower", "upper")
_AREAS = ("518", "315", "585", "716", "607", "845", "914", "631", "347", "929", "838", "680")
_MAIL_DOMAINS = ("capitalhillsha.org", "maplecrestpm.com", "mvge-utility.com", "rensco-health.org",
                 "northsidepeds.net", "gmail.com", "yahoo.com", "hudsonridgerealty.net", "outlook.com",
                 "greylockres.com", "twinriversenergy.com", "cdlegalaid.org")
_URL_HOSTS = ("tenant.maplecrestpm.com", "www.hudsonridgerealty.net", "portal.mvge-utility.com",
              "myaccount.twinriversenergy.com", "greylockres.com", "service.stonegateps.com",
              "ridgewoodterrace-apts.com", "app.tallpinesllc.com", "www.kinderhookrentals.com")
_PLATE_LETTERS = "BCFGHJKLPTVWXYZ"  # no vowels, M, N, R, S, D: no cue words by chance


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _person(r: random.Random) -> str:
    g, f = r.choice(_GIVEN), r.choice(_FAMILY)
    shape = r.randrange(6)
    if shape == 0:
        return f"{g} {r.choice('ABCDEHJKLMRST')}. {f}"
    if shape == 1:
        return f"{f}, {g}"
    if shape == 2:
        return f"{g[0]}. {f}"
    return f"{g} {f}"


def _surname_or_full(r: random.Random) -> str:
    return r.choice(_FAMILY) if r.random() < 0.45 else f"{r.choice(_GIVEN)} {r.choice(_FAMILY)}"


def _phone(r: random.Random) -> str:
    a, line = r.choice(_AREAS), r.randint(100, 199)
    shape = r.randrange(8)
    return (
        f"({a}) 555-{line:04d}", f"{a}-555-{line:04d}", f"{a}.555.{line:04d}", f"+1 {a} 555 {line:04d}",
        f"1-{a}-555-{line:04d}", f"{a} 555-{line:04d}", f"{a}555{line:04d}", f"({a})555-{line:04d}",
    )[shape]


def _tollfree(r: random.Random) -> str:
    return f"1-{r.choice(('888', '877', '866', '855'))}-555-{r.randint(100, 199):04d}"


def _pager(r: random.Random) -> str:
    shape = r.randrange(4)
    if shape == 0:
        return f"{r.randint(2, 9)}-{_digits(r, 4)}"
    if shape == 1:
        return f"{r.randint(10000, 99999)}"
    if shape == 2:
        return f"{r.randint(1000, 9999)}"
    return _phone(r)


def _email(r: random.Random) -> str:
    g, f = r.choice(_GIVEN).lower(), r.choice(_FAMILY).lower().replace("'", "").replace("ñ", "n")
    shape = r.randrange(4)
    local = (f"{g}.{f}", f"{g[0]}{f}{r.randint(1, 99)}", f"{f}_{g[0]}", f"{g}{f[:3]}.rentals")[shape]
    return f"{local}@{r.choice(_MAIL_DOMAINS)}"


def _url(r: random.Random) -> str:
    host = r.choice(_URL_HOSTS)
    path = r.choice(("/portal/ticket/", "/workorder?id=", "/myaccount/", "/tenant/", "/maintenance/req/", "/c/"))
    scheme = r.choice(("https://", "http://", "", "https://"))
    if host.startswith("www.") and scheme == "":
        return f"{host}{path}{_digits(r, r.randint(4, 8))}"
    return f"{scheme or 'https://'}{host}{path}{_digits(r, r.randint(4, 8))}"


def _ip(r: random.Random) -> str:
    shape = r.randrange(6)
    if shape == 0:
        return f"192.168.{r.randint(0, 9)}.{r.randint(2, 254)}"
    if shape == 1:
        return f"10.{r.randint(0, 60)}.{r.randint(0, 255)}.{r.randint(2, 254)}"
    if shape == 2:
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}"
    if shape == 5:
        return (f"2600:{r.randint(0x1000, 0xffff):x}:{r.randint(0x100, 0xfff):x}:"
                f"{r.randint(0x10, 0xffff):x}::{r.randint(1, 0xff):x}")
    first = r.choice((24, 47, 66, 68, 69, 71, 72, 73, 74, 96, 98, 104, 107, 173, 184))
    return f"{first}.{r.randint(1, 254)}.{r.randint(0, 255)}.{r.randint(2, 254)}"


def _ssn(r: random.Random) -> str:
    a = r.randint(101, 665)
    b, c = r.randint(10, 99), r.randint(1000, 9999)
    return r.choice((f"{a:03d}-{b:02d}-{c:04d}", f"{a:03d} {b:02d} {c:04d}", f"{a:03d}-{b:02d}-{c:04d}",
                     f"{a:03d}{b:02d}{c:04d}"))


def _mrn(r: random.Random) -> str:
    shape = r.randrange(4)
    if shape == 0:
        return _digits(r, 7)
    if shape == 1:
        return "00" + _digits(r, 7)
    if shape == 2:
        return f"{_digits(r, 2)}-{_digits(r, 2)}-{_digits(r, 3)}"
    return f"{r.randint(10000000, 99999999)}"


def _account(r: random.Random, sub: str) -> str:
    if sub == "utility":
        return r.choice((f"{_digits(r, 4)} {_digits(r, 4)} {_digits(r, 4)}",
                         f"{_digits(r, 4)}-{_digits(r, 3)}-{_digits(r, 3)}",
                         _digits(r, 11), f"{_digits(r, 5)}-{_digits(r, 5)}"))
    if sub == "sr":
        return r.choice((_digits(r, 9), f"SR-{_digits(r, 8)}", f"311-{_digits(r, 7)}"))
    if sub == "ce":
        return r.choice((f"CE-{r.randint(18, 26)}-{_digits(r, 5)}", f"CEB{_digits(r, 6)}",
                         f"HC-{_digits(r, 4)}-{r.choice('ABCD')}"))
    if sub == "lead":
        return r.choice((f"LP{_digits(r, 6)}", f"EBLL-{_digits(r, 5)}", f"{_digits(r, 3)}-{_digits(r, 4)}L"))
    if sub == "hh":
        return r.choice((f"HHI-{_digits(r, 5)}", f"HH{_digits(r, 7)}", f"INSP-{_digits(r, 6)}"))
    if sub == "acc":
        return r.choice((f"RAD{_digits(r, 8)}", _digits(r, 10), f"CT-{_digits(r, 7)}", f"MR{_digits(r, 7)}"))
    if sub == "wo":
        return r.choice((f"WO-{_digits(r, 6)}", _digits(r, 5), f"MNT{_digits(r, 5)}"))
    if sub == "pcc":
        return r.choice((f"PC{_digits(r, 8)}", f"{_digits(r, 2)}-{_digits(r, 6)}"))
    if sub == "fd":
        return r.choice((f"FD{_digits(r, 7)}", f"{_digits(r, 4)}-{_digits(r, 5)}"))
    return r.choice((_digits(r, 9), f"E{_digits(r, 9)}", f"{_digits(r, 3)}-{_digits(r, 6)}", f"V{_digits(r, 8)}"))


def _health_plan(r: random.Random) -> str:
    shape = r.randrange(5)
    up = _PLATE_LETTERS
    if shape == 0:
        return f"{r.choice(up)}{r.choice(up)}{_digits(r, 5)}{r.choice(up)}"
    if shape == 1:
        return f"{r.choice(up)}{r.choice(up)}{r.choice(up)}{_digits(r, 9)}"
    if shape == 2:
        return f"{_digits(r, 4)}-{_digits(r, 5)}-{_digits(r, 2)}"
    if shape == 3:
        return (f"{r.randint(1, 9)}{r.choice(up)}{r.choice(up + '0123456789')}{r.randint(0, 9)}-"
                f"{r.choice(up)}{r.choice(up + '0123456789')}{r.randint(0, 9)}-"
                f"{r.choice(up)}{r.choice(up)}{_digits(r, 2)}")
    return f"{r.choice(up)}{_digits(r, 10)}"


def _license(r: random.Random, sub: str) -> str:
    if sub == "npi":
        return f"{r.choice('12')}{_digits(r, 9)}"
    if sub == "dea":
        return f"{r.choice('ABFM')}{r.choice('BCGHKLPTW')}{_digits(r, 7)}"
    if sub == "dl":
        return r.choice((f"{_digits(r, 3)} {_digits(r, 3)} {_digits(r, 3)}", _digits(r, 9)))
    return f"{r.randint(100000, 339999)}"


def _zip(r: random.Random) -> str:
    z = f"{r.randint(120, 149)}{_digits(r, 2)}"
    return z if r.random() < 0.75 else f"{z}-{_digits(r, 4)}"


def _street(r: random.Random) -> str:
    n = r.randint(3, 1899)
    d = r.choice(("", "", "", "W. ", "E. ", "N. ", "South "))
    s = f"{n} {d}{r.choice(_STREETS)} {r.choice(_SUFFIX)}"
    u = r.random()
    if u < 0.35:
        return f"{s}, {r.choice(_UNITS)}"
    if u < 0.6:
        return f"{s} {r.choice(_UNITS)}"
    return s


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def _date(r: random.Random) -> str:
    y, m, d = r.randint(1938, 2025), r.randint(1, 12), r.randint(1, 28)
    shape = r.randrange(8)
    mon = _MONTHS[m - 1]
    return (
        f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{mon} {d}, {y}", f"{mon[:3]} {d} {y}", f"{y}-{m:02d}-{d:02d}",
        f"{d:02d}-{mon[:3]}-{y}", f"{d} {mon} {y}", f"{m}-{d}-{y}",
    )[shape]


def _recent_date(r: random.Random) -> str:
    y, m, d = r.randint(2015, 2025), r.randint(1, 12), r.randint(1, 28)
    mon = _MONTHS[m - 1]
    return r.choice((f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{mon} {d}, {y}", f"{y}-{m:02d}-{d:02d}",
                     f"{d:02d}-{mon[:3]}-{y}", f"{mon[:3]}. {d}, {y}"))


def _device(r: random.Random) -> str:
    shape = r.randrange(5)
    if shape == 0:
        return f"{r.choice(('KD', 'FA', 'LV', 'HP'))}{_digits(r, 4)}-{_digits(r, 5)}"
    if shape == 1:
        return f"{r.choice('ABCDEFGHJK')}{_digits(r, 2)}{r.choice('LMNPRSTUVWXY')}{_digits(r, 7)}"
    if shape == 2:
        return _digits(r, 8) + r.choice("ABCDEFGH")
    if shape == 3:
        return f"{_digits(r, 2)}{r.choice('BCFGH')}{r.choice('JKLPTVWXYZ')}{_digits(r, 6)}"
    return f"{r.choice(('P', 'R', 'E'))}{_digits(r, 10)}"


def _asset(r: random.Random) -> str:
    return r.choice((f"BME-{_digits(r, 6)}", f"HHP{_digits(r, 5)}", f"AT{_digits(r, 7)}", f"LOAN-{_digits(r, 4)}"))


def _plate(r: random.Random) -> str:
    shape = r.randrange(4)
    letters = "".join(r.choice(_PLATE_LETTERS) for _ in range(3))
    if shape == 0:
        return f"{letters}-{_digits(r, 4)}"
    if shape == 1:
        return f"{letters} {_digits(r, 4)}"
    if shape == 2:
        return f"{r.randint(1, 9)}{letters}{_digits(r, 3)}"
    return f"{letters}{_digits(r, 4)}"


def _vin(r: random.Random) -> str:
    chars = _PLATE_LETTERS + "0123456789"
    return r.choice("1245JKW") + "".join(r.choice(chars) for _ in range(10)) + _digits(r, 6)


def _location(r: random.Random) -> str:
    x = r.random()
    if x < 0.5:
        return r.choice(_TOWNS)
    if x < 0.68:
        return r.choice(_NEIGHBOURHOODS)
    if x < 0.86:
        return r.choice(_COMPLEXES)
    return r.choice(_COUNTIES)


# --------------------------------------------------------------------------------------------------
# Plant templates: (category) -> list of (template, value-maker); "{v}" marks the value
# --------------------------------------------------------------------------------------------------

def _v_acct(sub: str):
    return lambda r: _account(r, sub)


def _v_lic(sub: str):
    return lambda r: _license(r, sub)


_TEMPLATES: dict[str, list[tuple[str, object]]] = {
    "PHONE": [
        ("Landlord's cell: {v} (texts only, per mother)", _phone),
        ("Property manager ___ can be reached at {v}; left VM x2 re: no heat.", _phone),
        ("| Contact          | Property manager | {v} |", _phone),
        ("Call-back #  {v}", _phone),
        ("Mom asks that the lead nurse call her at {v} after 3 pm (works days).", _phone),
        ("ph# {v} (home landline, shared with ___)", _phone),
        ("Superintendent ___ -- tel {v}", _phone),
        ("Code enforcement officer ___ returned our call from {v}.", _phone),
        ("Reached pt's daughter by phone at\n{v} to confirm the heat was restored.", _phone),
        ("Best number:{v}", _phone),
        ("HOME VISIT SCHEDULING ........ {v}", _phone),
        ("Do not give the family the public line 1-800-424-5323 for case updates; the nurse's direct line is {v}.",
         _phone),
        ("Utility customer service rep ___ gave a callback number, {v} ext. 4412.", _phone),
        ("Phone (cell):\t{v}", _phone),
        ("CHW texted mom at {v} a photo of the HEPA filter instructions.", _phone),
        ("Tenant association contact ___, tel. {v} -- organizing a 311 group complaint.", _phone),
    ],
    "FAX": [
        ("Fax completed certificate to {v} (utility medical certificate unit).", _phone),
        ("fx: {v}", _phone),
        ("F {v}    P ___", _phone),
        ("Please fax the XRF summary to {v}, attn: ___.", _phone),
        ("| Fax              | {v} |", _phone),
        ("Referral faxed to environmental health at {v} on ___.", _phone),
        ("Clinic fax (toll-free): {v}", lambda r: _tollfree(r)),
        ("Pediatric practice fax line {v} -- send BLL results there, not to the lab's 800 number.",
         lambda r: _tollfree(r)),
        ("Fax #:{v}", _phone),
        ("faxed to Legal Aid intake {v}, confirmation sheet scanned to media", _phone),
        ("Return this form by facsimile to {v}.", _phone),
        ("Send the signed certificate by fax\n{v}", _phone),
        ("FAX -> {v} (code enforcement, attn ___)", _phone),
    ],
    "PAGER": [
        ("Peds resident on call, pager {v}", _pager),
        ("pgr {v}", _pager),
        ("Paged {v} at 0214 re: COHb result.", _pager),
        ("Toxicology fellow (p) {v}", _pager),
        ("Beeper: {v}", _pager),
        ("| On-call          | ___ | pager {v} |", _pager),
        ("Contact the lead team via pager #{v}.", _pager),
        ("Reading room pager {v} for questions.", _pager),
        ("beeper# {v} (hyperbaric tech)", _pager),
        ("Page the asthma educator at\n{v} before discharge.", _pager),
    ],
    "EMAIL": [
        ("Landlord email on file: {v}", _email),
        ("Property mgmt e-mail {v} (pt forwarded photos of the bathroom mold)", _email),
        ("Copied {v} on the reasonable-accommodation letter.", _email),
        ("email: <{v}>", _email),
        ("Sent: ___\nTo: {v}\nSubject: RE: ceiling leak / mold apt ___", _email),
        ("| Email            | {v} |", _email),
        ("From: ___ <{v}>", _email),
        ("The inspector asked that photos be sent to {v}.", _email),
        ("Mother's email {v} -- prefers Spanish-language materials.", _email),
        ("e-mail --> {v}", _email),
    ],
    "URL": [
        ("Tenant portal: {v} (pt submitted 3 work orders there)", _url),
        ("Photos uploaded at {v}; general guidance printed from www.epa.gov/lead.", _url),
        ("See {v} for the landlord's maintenance history (printed copy scanned).", _url),
        ("Payment-plan link sent by the utility: {v}", _url),
        ("ref: {v}", _url),
        ("Status page {v} -- login required, not a public site.", _url),
        ("| Portal           | {v} |", _url),
        ("Mother showed the request on her phone ({v}); HUD guidance at www.hud.gov/healthyhomes.", _url),
        ("link:\n{v}", _url),
    ],
    "IP_ADDRESS": [
        ("IAQ sensor gateway at {v} stopped reporting on ___.", _ip),
        ("Smart thermostat log (pasted): last sync from {v}, setpoint 68F, indoor 51F.", _ip),
        ("Telehealth home visit connected from {v}; video dropped twice.", _ip),
        ("CO monitor hub IP {v}", _ip),
        ("remote spirometry upload src={v} status=OK fw 3.2.1", _ip),
        ("| Wi-Fi CO alarm   | {v} | online |", _ip),
        ("Portal audit: login from IP {v} (patient's mother).", _ip),
        ("Air purifier app showed local address {v}; filter life 12%.", _ip),
        ("[sync] host {v} -> iface OK", _ip),
        ("Pasted from the sensor vendor's export:\n  device_ip={v}  pm25=38  rh=71%", _ip),
    ],
    "SSN": [
        ("SSN: {v} (required on the utility hardship form)", _ssn),
        ("Social Security #  {v}", _ssn),
        ("soc sec no. {v}", _ssn),
        ("| SSN              | {v} |", _ssn),
        ("Pt's SS# {v} was written on the HEAP application copy scanned into media.", _ssn),
        ("Head of household SSN {v}", _ssn),
        ("Applicant's Social Security Number:\n{v}", _ssn),
    ],
    "MRN": [
        ("MRN: {v}", _mrn),
        ("Sibling's MRN {v} -- also had a venous BLL drawn today.", _mrn),
        ("MR#{v}", _mrn),
        ("Chart no. {v}", _mrn),
        ("| MRN              | {v} |", _mrn),
        ("Hospital number {v} (legacy system)", _mrn),
        ("Patient ID: {v}    Accession: ___", _mrn),
        ("Medical record # {v} (mother's chart, same household exposure)", _mrn),
    ],
    "ACCOUNT": [
        ("Utility account # {v} (electric and gas)", _v_acct("utility")),
        ("Acct {v} -- shut-off notice received", _v_acct("utility")),
        ("311 service request #{v} (no heat) still open.", _v_acct("sr")),
        ("SR no.: {v}", _v_acct("sr")),
        ("Code enforcement case {v}", _v_acct("ce")),
        ("Notice of violation, case # {v}, reinspection in 30 days", _v_acct("ce")),
        ("Lead case no. {v}", _v_acct("lead")),
        ("Healthy Homes inspection # {v}", _v_acct("hh")),
        ("Encounter #: {v}", _v_acct("enc")),
        ("Accession {v}", _v_acct("acc")),
        ("Order # {v}", _v_acct("enc")),
        ("Blood lead specimen ID {v}", _v_acct("lead")),
        ("Claim no. {v}", _v_acct("enc")),
        ("Interpreter session ID {v} (Spanish, video)", _v_acct("enc")),
        ("Poison center case # {v}", _v_acct("pcc")),
        ("Fire dept incident no. {v} -- CO 212 ppm at the door", _v_acct("fd")),
        ("Landlord work order {v} (closed without repair per tenant)", _v_acct("wo")),
        ("| Acct             | {v} |", _v_acct("utility")),
        ("| Complaint #      | {v} | open |", _v_acct("sr")),
        ("ACC#  {v}", _v_acct("acc")),
    ],
    "HEALTH_PLAN": [
        ("Medicaid CIN {v}", _health_plan),
        ("Member ID: {v}   Group: 40071-B", _health_plan),
        ("Plan subscriber no. {v}", _health_plan),
        ("| Insurance        | Medicaid managed care | ID {v} |", _health_plan),
        ("policy # {v}", _health_plan),
        ("Medicare MBI {v}", _health_plan),
        ("Child Health Plus member {v}", _health_plan),
        ("Ins ID:{v}", _health_plan),
        ("Medicaid ID\n{v}", _health_plan),
    ],
    "LICENSE": [
        ("Certifying physician: ___, MD, NY lic. {v}", _v_lic("ny")),
        ("NPI {v}", _v_lic("npi")),
        ("Signed ___, NP -- NPI: {v}", _v_lic("npi")),
        ("DEA # {v}", _v_lic("dea")),
        ("RN license {v}", _v_lic("ny")),
        ("| Provider         | ___ | NPI {v} |", _v_lic("npi")),
        ("Physician's license number: {v} (required by the utility)", _v_lic("ny")),
        ("Pt's NYS driver license {v} was used as ID at the cooling center.", _v_lic("dl")),
        ("EMT cert # {v}", _v_lic("ny")),
        ("Lic#{v}", _v_lic("ny")),
    ],
    "ZIP": [
        ("ZIP {v}", _zip),
        ("___, NY {v}", _zip),
        ("Zip code: {v}", _zip),
        ("Residence zip {v} is on the county's high-risk lead list.", _zip),
        ("| ZIP              | {v} |", _zip),
        ("Mailing: ___  ___ NY  {v}", _zip),
        ("postal code {v}", _zip),
    ],
    "STREET_ADDRESS": [
        ("Home address: {v}, ___, NY ___", _street),
        ("Lives at {v} (two-family house built 1915).", _street),
        ("Property: {v}", _street),
        ("| Address          | {v} |", _street),
        ("Inspection site ........ {v}", _street),
        ("Family relocated temporarily to {v} (grandmother's).", _street),
        ("Landlord's office at {v}", _street),
        ("Pt was found down in the basement apartment at\n{v}", _street),
        ("Service address on the utility bill: {v}", _street),
        ("adress: {v}", _street),
        ("Re: {v} -- notice of violation", _street),
    ],
    "DATE_REAL_YEAR": [
        ("Date of inspection: {v}", _recent_date),
        ("DOB: {v}", _date),
        ("Shut-off notice dated {v}", _recent_date),
        ("First elevated BLL on {v}.", _recent_date),
        ("The family moved into the unit on {v}.", _recent_date),
        ("| {v} | 311 complaint filed | open |", _recent_date),
        ("Father died {v} in a house fire.", _date),
        ("Certificate effective {v} for 30 days.", _recent_date),
        ("Lease signed {v}", _recent_date),
        ("{v}: landlord notified in writing", _recent_date),
        ("letter dated {v}", _recent_date),
        ("Prior admission for hypothermia {v}.", _recent_date),
    ],
    "AGE_OVER_89": [
        ("{v} y/o great-grandmother also lives in the unit.", lambda r: str(r.randint(90, 104))),
        ("Pt is a {v}-year-old woman found in her apartment without heat.", lambda r: str(r.randint(90, 103))),
        ("Age: {v}", lambda r: str(r.randint(90, 106))),
        ("aged {v}, lives alone on the 3rd floor, no AC", lambda r: str(r.randint(90, 101))),
        ("{v}yo M, heat advisory day, found by neighbor", lambda r: str(r.randint(90, 99))),
        ("Household: pt (4), mother (27), great-grandfather ({v})", lambda r: str(r.randint(90, 100))),
        ("| Age              | {v} |", lambda r: str(r.randint(90, 102))),
        ("the {v} year old tenant upstairs also had a headache", lambda r: str(r.randint(90, 98))),
    ],
    "DEVICE_ID": [
        ("Home nebulizer SN {v}", _device),
        ("CO alarm issued by the program, serial {v}", _device),
        ("HEPA purifier (Levoit Core 300) S/N: {v}", _device),
        ("UDI (01)00884521160223(17)270630(10)LT4471(21){v}", _device),
        ("Asset tag {v}", _asset),
        ("Portable O2 concentrator serial no. {v}", _device),
        ("| Home spirometer  | SN {v} |", _device),
        ("Loaned dehumidifier, property tag {v}", _asset),
        ("Serial:{v}", _device),
        ("BiPAP s/n {v} (pt worried about losing power)", _device),
    ],
    "VEHICLE_ID": [
        ("Car left running in the attached garage, plate {v}.", _plate),
        ("Vehicle: 2009 sedan, NY plate {v}", _plate),
        ("VIN {v}", _vin),
        ("Police noted the van (lic plate {v}) where pt had been sleeping.", _plate),
        ("| Vehicle          | {v} |", _plate),
        ("tag# {v}", _plate),
        ("The generator was in the bed of a pickup, VIN\n{v}", _vin),
    ],
    "PERSON": [
        ("Landlord: {v}", _person),
        ("Property manager {v} states repairs are scheduled.", _person),
        ("Dr. {v} (lead clinic) agrees with chelation.", _surname_or_full),
        ("{v}, RN, lead case manager", _person),
        ("Spoke with mother, {v}, at bedside.", _person),
        ("Inspector {v} (code enforcement) cited 4 violations.", _surname_or_full),
        ("| CHW              | {v} |", _person),
        ("Signed: {v}, MD", _person),
        ("Mr. {v} (superintendent) let the inspector in.", _surname_or_full),
        ("cc: {v}, Esq.", _person),
        ("per {v} from the utility's medical certificate unit", _person),
        ("Electronically signed by {v} on ___", _person),
    ],
    "LOCATION": [
        ("Family lives in {v}, in a pre-1978 two-family house.", _location),
        ("Pt is from {v}; moved here last winter.", _location),
        ("Town: {v}", lambda r: r.choice(_TOWNS)),
        ("Housing complex: {v}", lambda r: r.choice(_COMPLEXES)),
        ("The cooling center in {v} was closed that weekend.", _location),
        ("| City             | {v} |", lambda r: r.choice(_TOWNS)),
        ("Transferred from an outside ED in {v}.", lambda r: r.choice(_TOWNS)),
        ("Found in an encampment near {v}.", _location),
        ("Residing at {v} (public housing development).", lambda r: r.choice(_COMPLEXES)),
        ("lives in the {v} section, older housing stock", lambda r: r.choice(_NEIGHBOURHOODS)),
        ("County of residence: {v}", lambda r: r.choice(_COUNTIES)),
    ],
    "ORGANIZATION": [
        ("Referral sent to {v}.", lambda r: r.choice(_ORGS)),
        ("Landlord: {v}", lambda r: r.choice(_ORGS[9:16])),
        ("Utility: {v} (regulated by the Public Service Commission)", lambda r: r.choice(_ORGS[16:20])),
        ("{v} inspected the unit and issued a notice of violation.", lambda r: r.choice(_ORGS[:9])),
        ("| Agency           | {v} |", lambda r: r.choice(_ORGS[:9])),
        ("PCP at {v}", lambda r: r.choice(_ORGS[20:26])),
        ("Transferred from {v} ED.", lambda r: r.choice(_ORGS[22:24])),
        ("Father works at {v} -- take-home lead dust suspected.", lambda r: r.choice(_ORGS[29:31])),
        ("Legal referral: {v}", lambda r: _ORGS[26]),
        ("Child attends {v}; school nurse notified.", lambda r: r.choice(_ORGS[31:33])),
        ("Management company -- {v}", lambda r: r.choice(_ORGS[9:16])),
        ("Weatherization via {v}", lambda r: _ORGS[27]),
        ("The {v} medical certificate unit confirmed receipt.", lambda r: r.choice(_ORGS[16:20])),
        ("Called {v}; CO readings documented at the scene.", lambda r: r.choice(_ORGS[33:])),
        ("Exterminator: {v} (gel bait, no foggers)", lambda r: _ORGS[28]),
    ],
}


_MORE: dict[str, list[tuple[str, object]]] = {
    "PHONE": [("Lanlord ph: {v}", _phone), ("PROPERTY MGR      {v}", _phone),
              ("CONTACT_PHONE={v};PREF=TEXT", _phone), ("The heat-line callback went to {v}, not to 311.", _phone)],
    "FAX": [("FAX:  {v}   ATTN: medical certificate unit", _phone), ("Fx#{v}", _phone),
            ("Pls fax signed form back to\n{v}  (lead program)", _phone)],
    "PAGER": [("PAGER.......{v}", _pager), ("on call: ___ / pgr: {v}", _pager)],
    "EMAIL": [("EMAIL_ADDR: {v}", _email), ("reply-to {v}", _email)],
    "URL": [("Ticket URL {v} [external]", _url)],
    "IP_ADDRESS": [("CO alarm cloud log: 87 ppm event, src_ip {v}", _ip), ("WAN IP of the home router: {v}", _ip)],
    "SSN": [("SS#:{v}", _ssn), ("SOCIAL SEC   {v}", _ssn)],
    "MRN": [("MRN#  {v}  (peds)", _mrn), ("Unit number {v} (sibling)", _mrn)],
    "ACCOUNT": [("HH insp ref={v}", _v_acct("hh")), ("Acount no {v} (from the bill copy)", _v_acct("utility")),
                ("Electric acct# {v}", _v_acct("utility")), ("CASE_ID={v}|STATUS=OPEN|TYPE=LEAD", _v_acct("lead")),
                ("RE: Service Request {v}", _v_acct("sr")), ("Accession #: {v}", _v_acct("acc"))],
    "HEALTH_PLAN": [("Medicaid # {v} (CIN)", _health_plan), ("SUBSCRIBER ID     {v}", _health_plan)],
    "LICENSE": [("NPI# {v}", _v_lic("npi")), ("NYS RN lic no. {v}", _v_lic("ny"))],
    "ZIP": [("___ NY,{v}", _zip), ("zip: {v} (lead high-risk)", _zip)],
    "STREET_ADDRESS": [("ADDRESS       {v}", _street), ("Unit inspected: {v} -- rear stairs unsafe", _street),
                       ("tenant @ {v}", _street)],
    "DATE_REAL_YEAR": [("Date of service {v}", _recent_date), ("Inspected on {v}; reinspect 30d", _recent_date),
                       ("D.O.B. {v}", _date), ("Date of death: {v}", _date)],
    "AGE_OVER_89": [("Pt {v} years old, lives alone w/o AC", lambda r: str(r.randint(90, 100))),
                    ("AGE/SEX: {v}/F", lambda r: str(r.randint(90, 104)))],
    "DEVICE_ID": [("Dev SN# {v}", _device), ("EQUIPMENT: CO alarm  S/N {v}  MODEL Kidde KN-COPP-3", _device)],
    "VEHICLE_ID": [("Reg. plate: {v}", _plate), ("license plate #{v}", _plate)],
    "PERSON": [("Lanlord name: {v}", _person), ("Spoke w/ {v} (property mgr)", _person),
               ("Case manager: {v}, MPH", _person), ("INSPECTOR    {v}", _person),
               ("Ordering provider: Dr. {v}", _surname_or_full)],
    "LOCATION": [("lives in an older walk-up in {v}", _location), ("City/Town: {v}", lambda r: r.choice(_TOWNS)),
                 ("moved from {v} to a family shelter", _location)],
    "ORGANIZATION": [("Housing authority: {v}", lambda r: r.choice(_ORGS[6:9])),
                     ("Property mgmt co {v} did not respond.", lambda r: r.choice(_ORGS[9:16])),
                     ("Electric/gas provider {v}", lambda r: r.choice(_ORGS[16:20])),
                     ("Lead program at {v} following.", lambda r: r.choice(_ORGS[:6])),
                     ("Referring clinic: {v}", lambda r: r.choice(_ORGS[20:26]))],
}
for _cat, _extra in _MORE.items():
    _TEMPLATES[_cat].extend(_extra)

# --------------------------------------------------------------------------------------------------
# Document assembly
# --------------------------------------------------------------------------------------------------


class _Doc:
    def __init__(self, r: random.Random) -> None:
        self.r = r
        self.looks: list[str] = []

    def look(self, s: str) -> str:
        self.looks.append(s)
        return s

    def shifted(self) -> str:
        r = self.r
        y, m, d = r.randint(2105, 2195), r.randint(1, 12), r.randint(1, 28)
        return self.look(r.choice((f"{y}-{m:02d}-{d:02d}", f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}")))

    def bll(self) -> str:
        return self.look(f"{self.r.choice((3.8, 5.2, 7.9, 12.4, 18, 23, 31, 47.5, 52, 9.6))} mcg/dL")

    def xrf(self) -> str:
        return self.look(f"{self.r.choice(('0.4', '0.9', '1.0', '1.3', '2.7', '4.8', '7.1', '>9.9'))} mg/cm2")

    def expiry(self) -> str:
        r = self.r
        y, m = r.randint(2025, 2029), r.randint(1, 12)
        return self.look(r.choice((f"Exp {y}-{m:02d}", f"EXP {m:02d}/{y}", f"exp. {m}/28/{y}", f"Exp {y}-{m:02d}-28")))

    def lot(self) -> str:
        r = self.r
        return self.look(f"Lot {r.choice('ABCDEFGHK')}{r.randint(1, 9)}{r.choice('KLMNPRT')}{r.randint(10, 99)}")

    def ndc(self) -> str:
        return self.look(self.r.choice(("NDC 0173-0682-20", "NDC 59310-579-22", "NDC 0085-1341-01",
                                        "NDC 68180-963-01", "NDC 0487-9501-25")))

    def parcel(self) -> str:
        r = self.r
        return self.look(f"SBL {r.randint(10, 199)}.{r.randint(10, 99)}-{r.randint(1, 9)}-{r.randint(1, 60)}")

    def permit(self) -> str:
        return self.look(f"BP-{self.r.randint(20000, 99999)}")

    def firm_cert(self) -> str:
        return self.look(f"NAT-F{self.r.randint(100000, 299999)}-{self.r.randint(1, 4)}")


_ALLERGIES = ("No Known Allergies / Adverse Drug Reactions", "penicillin", "peanuts", "sulfa")


def _header(r: random.Random, service: str) -> str:
    return (f"Name:  ___                  Unit No:   ___\n\nAdmission Date:  ___              Discharge Date:   ___\n\n"
            f"Date of Birth:  ___             Sex:   {r.choice('MF')}\n\nService: {service}\n\n"
            f"Allergies:\n{r.choice(_ALLERGIES)}\n\n"
            f"Attending: ___.")


def _pick(r: random.Random, options: tuple[str, ...] | list[str], k: int) -> list[str]:
    return r.sample(list(options), min(k, len(options)))


# ---------------------------------------------------------------------------- discharge-type builders

def _b_lead(d: _Doc) -> list[str]:
    r = d.r
    age = r.randint(1, 6)
    src = r.choice(("imported spice (turmeric) from " + d.look("Georgia"), "a family remedy, " + d.look("azarcon"),
                    "glazed bean pot from " + d.look("Mexico"), "eye cosmetic (" + d.look("kohl") + ")",
                    d.look("surma") + " applied to the infant's eyes", "another remedy, " + d.look("greta")))
    return [
        _header(r, "PEDIATRICS"),
        "Chief Complaint:\nelevated blood lead level",
        f"History of Present Illness:\n___ is a {age} y/o with a venous BLL of {d.bll()} on routine screening "
        f"(capillary {d.bll()} on {d.shifted()}). Pica reported; chews window sills. Home is a rental built "
        f"{d.look(str(r.choice((1908, 1922, 1931, 1947, 1956, 1962))))}, pre-1978, with peeling paint on the "
        f"porch and stairwell. Possible secondary source: {src}.",
        f"Pertinent Results:\nZPP 112, ferritin 9, Hgb 9.8. KUB: radiopaque flecks in the colon. "
        f"Repeat venous BLL {d.bll()}.\nDense metaphyseal bands at the distal femora (a.k.a. lead lines; no "
        f"{d.look('Burton line')} in a toddler's gums). Urinalysis without glycosuria ({d.look('Fanconi')} "
        "picture excluded).",
        f"Brief Hospital Course:\nAdmitted for oral chelation with {d.look('Chemet')} (succimer) 350 mg/m2 "
        f"q8h x5 days then q12h x14 days; {d.look('Calcium Disodium Versenate')} not needed (no encephalopathy), "
        f"{d.look('BAL in Oil')} not given. Iron started ({d.look(r.choice(('Ferrous sulfate', 'Slow Fe')))}), "
        f"{d.ndc()}, {d.lot()}, {d.expiry()}. Discharge held until a lead-safe address was confirmed.",
        f"Environmental:\nCase reported to the county per {d.look('10 NYCRR 67-1')}; home environmental "
        f"investigation requested. XRF at the porch rail {d.xrf()}, window trough {d.xrf()}. Landlord given "
        f"a notice under {d.look('24 CFR Part 35')} (unit is {d.look('Section 8')}). Families can call "
        f"{d.look('1-800-424-5323')} for general information.",
        f"Social History:\nFamily moved to {d.look('New York')} from "
        f"{d.look(r.choice(('Vermont', 'New Jersey', 'Pennsylvania')))} "
        "last year; child in daycare 3 days a week (name ___).",
        "Discharge Disposition:\nHome (temporary relocation, grandmother's apartment)",
        "Followup Instructions:\nLead clinic in 2 weeks for repeat BLL; ___ case manager will visit.",
    ]


def _b_asthma(d: _Doc) -> list[str]:
    r = d.r
    act = r.randint(9, 24)
    rows = [
        ("Visible mold", r.choice(("yes - bathroom ceiling", "yes - child's bedroom wall", "no"))),
        ("Cockroaches", r.choice(("droppings under sink", "live, kitchen", "none seen"))),
        ("Mice", r.choice(("droppings in closet", "none", "gnawed bread bags"))),
        ("Carpet in bedroom", r.choice(("wall-to-wall", "none", "area rug"))),
        ("Gas stove used for heat", r.choice(("yes", "no", "occasionally"))),
        ("Smoking in home", r.choice(("no", "uncle smokes on porch", "yes"))),
        ("Moisture meter (wall)", d.look(f"{r.randint(18, 41)}% WME") + f" ({d.look('Protimeter Mini')})"),
    ]
    table = "\n".join(f"| {a:<24} | {b} |" for a, b in rows)
    return [
        _header(r, "PEDIATRICS"),
        "ASTHMA HOME-VISIT ASSESSMENT (pasted from community health worker note)",
        f"Visit #: {r.randint(1, 3)} of 3     Visit date: {d.shifted()}\n"
        f"{d.look('Asthma Control Test')}: {act}    {d.look('Childhood ACT')}: {r.randint(10, 25)}",
        "| Trigger                  | Finding |\n|--------------------------|---------|\n" + table,
        f"Medications reviewed: {d.look('Flovent HFA')} 44 mcg ({d.lot()}, {d.expiry()}) 2 puffs BID with "
        f"{d.look('AeroChamber Plus')}, {d.look('ProAir HFA')} PRN, {d.look('Singulair')} 4 mg qhs; sibling on "
        f"{d.look('Pulmicort Respules')}. Nebulizer ({d.look('Pari LC Sprint')}) "
        "cleaned incorrectly; demonstrated.",
        f"Supplies provided: {d.look('Levoit Core 300')} air purifier, allergen-proof mattress and pillow "
        "encasings, IPM bait stations, HEPA vacuum on loan, green cleaning kit.",
        "Education: integrated pest management, no bleach on porous drywall, run the bathroom fan, keep "
        f"humidity under 50%. Outdoor air alerts via {d.look('www.airnow.gov')}.",
        "Plan: referral to code enforcement for the roof leak; letter to landlord; follow-up visit in 4 weeks.",
    ]


def _b_inspection(d: _Doc) -> list[str]:
    r = d.r
    comps = _pick(r, ("Front door jamb", "Window sill, bedroom 2", "Porch rail", "Stair stringer",
                      "Kitchen baseboard", "Window trough, living rm", "Closet door"), 4)
    xrows = "\n".join(f"{c:<28}{r.choice(('intact', 'deteriorated', 'fair'))}      {d.xrf()}" for c in comps)
    return [
        _header(r, "MEDICINE"),
        "Social/Environmental History -- pasted HEALTHY HOMES / HOUSING CODE INSPECTION REPORT:",
        f"Inspection no.: ___   Parcel: {d.parcel()}   "
        f"Year built: {d.look(str(r.choice((1890, 1915, 1925, 1950, 1972))))}\n"
        f"Inspector: ___ (EPA risk assessor cert ___; firm cert {d.firm_cert()})\nInstrument: "
        f"{d.look('Niton XL3t')} XRF, {d.look(r.choice(('Viken Pb200i', 'Niton XL3t')))} calibration check passed.",
        "COMPONENT                   CONDITION        XRF\n" + xrows,
        f"Dust wipes: floor {d.look(str(r.randint(5, 80)) + ' ug/ft2')}, "
        f"sill {d.look(str(r.randint(40, 900)) + ' ug/ft2')} "
        f"(standards per {d.look('40 CFR 745')}).",
        f"VIOLATIONS CITED\n1. {d.look('PMC 304.13')} window, skylight and door frames -- deteriorated paint\n"
        f"2. {d.look('PMC 305.3')} interior surfaces -- water damage, visible mold approx 12 sq ft\n"
        "3. No CO alarm outside sleeping area (required under " + d.look("NFPA 720") + ")\n"
        f"4. Evidence of rodents (droppings, gnaw marks). Building permit on file {d.permit()}.",
        "Correction period: 30 days; reinspection scheduled. Owner advised lead-safe work practices "
        f"(RRP), interim controls per {d.look('24 CFR Part 35')}.",
        "Hospital course: admitted with wheeze and hypoxemia; improved on nebulized albuterol and steroids. "
        "Discharged with follow-up at the asthma clinic.",
    ]


def _b_landlord(d: _Doc) -> list[str]:
    r = d.r
    return [
        _header(r, "MEDICINE"),
        "SOCIAL WORK NOTE -- housing / landlord correspondence",
        "Pt and SW reviewed repeated requests for repairs (leak over bathroom, mold in bedroom closet, "
        "broken window lock, no heat overnight). Pt reports retaliation concerns; SW reviewed the warranty of "
        f"habitability ({d.look('RPL 235-b')}) and how to make a complaint to code enforcement via {d.look('311')}.",
        "Draft letter (pt approved):\n\"To the owner/manager of ___:\nI am writing on behalf of my patient, who "
        "lives in your building. Because of a documented medical condition (asthma requiring oral steroids), "
        "I am requesting as a reasonable accommodation that the water leak and mold be remediated promptly, "
        "that carpet in the child's bedroom be removed, and that pest control use integrated pest management "
        "rather than sprays or foggers. Please respond in writing within 14 days.\"",
        f"Pt also provided the landlord's {d.look('Section 8')} inspection failure letter dated {d.shifted()}; "
        f"the {d.look('HUD')} inspection standard cited mold and deteriorated paint.",
        f"Outcome: letter sent; pt will keep copies. Legal aid referral placed. HEAP emergency benefit "
        f"application (case ___) submitted; {d.look('HEAP')} decision pending.",
        "Plan: SW to follow as outpatient; pt knows to call the office if the landlord does not respond.",
    ]


def _b_complaints(d: _Doc) -> list[str]:
    r = d.r
    types = _pick(r, ("NO HEAT", "MOLD", "RODENTS", "ROACHES", "LEAK/CEILING", "PAINT - PEELING",
                      "NO HOT WATER", "SMOKE DETECTOR", "CO DETECTOR", "BED BUGS"), 5)
    status = ("CLOSED-NO ACCESS", "OPEN", "NOV ISSUED", "CLOSED-CORRECTED")
    rows = "\n".join(f"{d.shifted():<12} {t:<16} {r.choice(status)}"
                     for t in types)
    return [
        _header(r, "MEDICINE"),
        f"Per SW, the family printed their {d.look('311')} / code-enforcement complaint history (pasted as given):",
        "DATE         TYPE             STATUS\n" + rows,
        "Comments field (pasted):\n  *insp attempted, no access to unit, card left*\n  *owner says tenant refuses "
        "entry* \n  *NOV mailed; reinsp 30d*",
        f"Clinical: ___ y/o admitted for asthma exacerbation after 3 nights without heat; used oven and "
        f"space heater. COHb {d.look(str(r.choice((1.2, 2.1, 3.4, 6.8))) + '%')} (nonsmoker), not elevated for "
        f"hyperbaric therapy. Peak flow {r.randint(140, 320)} improved to {r.randint(300, 420)}.",
        f"Discharge meds: {d.look('Advair Diskus')} 100/50 BID, {d.look('Ventolin')} PRN, prednisone burst.",
        "Plan: SW will call code enforcement; family to use the warming center if the heat fails again. "
        f"HUD healthy-homes tips printed ({d.look('www.hud.gov/healthyhomes')}).",
    ]


def _b_utility(d: _Doc) -> list[str]:
    r = d.r
    dev = r.choice(("home oxygen concentrator", "nebulizer", "BiPAP", "electric wheelchair", "insulin refrigeration"))
    return [
        _header(r, "MEDICINE"),
        "MEDICAL CERTIFICATE -- RESIDENTIAL UTILITY SERVICE (copy filed to chart)",
        "To: Medical Certificate Unit, ___\nRe: Customer ___, service address ___\nAccount: ___",
        f"I certify that a resident of the above household has a serious medical condition, and that "
        f"termination of electric and/or gas service would seriously endanger that resident's health. "
        f"The resident depends on a {dev}. This certificate is submitted under {d.look('New York')} rules, "
        f"{d.look('16 NYCRR 11.5')} and is valid for 30 days; it may be renewed.",
        f"Diagnosis (plain language): severe persistent asthma / chronic respiratory failure.\n"
        f"Certifying clinician: ___, MD    License no.: ___    Phone: ___\nDate signed: {d.shifted()}",
        f"Notes: the utility is regulated by the {d.look('Public Service Commission')}; the family also "
        f"applied for {d.look('HEAP')}. Past-due balance ${r.randint(212, 2290)}.{r.randint(10, 99)}; a deferred "
        f"payment agreement was offered. Concentrator model {d.look('Inogen G5')}, vendor ___.",
        "Hospital course: admitted for hypercapnic respiratory failure after the power was shut off; "
        "BiPAP overnight, weaned to 2 L NC. Discharged after service restored.",
    ]


def _b_referral(d: _Doc) -> list[str]:
    r = d.r
    boxes = (("Elevated BLL (>= 3.5 mcg/dL)", True), ("Carbon monoxide exposure", False), ("Mold / moisture", True),
             ("Pests (roaches, mice, bed bugs)", False), ("No heat / no water", False), ("Asthma triggers", True))
    lines = "\n".join(f"[{'x' if b != (r.random() < 0.3) else ' '}] {a}" for a, b in boxes)
    return [
        _header(r, "PEDIATRICS"),
        "ENVIRONMENTAL HEALTH REFERRAL (faxed form, copy pasted)",
        "Referring clinician: ___        Phone: ___        Fax: ___\nChild: ___   DOB: ___   Guardian: ___",
        "Reason for referral (check all that apply):\n" + lines,
        f"Results: capillary {d.bll()} ({d.look('LeadCare II')}), venous {d.bll()} drawn {d.shifted()}.",
        "Home: rental, 2-family, built before 1978; child spends days at grandmother's (also older housing). "
        f"Parent's job: demolition/renovation -- take-home exposure possible. Country of birth: "
        f"{d.look(r.choice(('Bangladesh', 'Ghana', 'Guatemala')))}.",
        f"Requested: home environmental investigation, XRF and dust wipes, education, relocation assistance "
        f"if the unit fails. Regulation cited: {d.look('10 NYCRR 67-1')}. CDC guidance: "
        f"{d.look('www.cdc.gov/lead-prevention')}.",
        "Office use only: received ___  assigned ___  visit ___",
    ]


def _b_heat(d: _Doc) -> list[str]:
    r = d.r
    t = r.choice(("40.6", "41.2", "41.8", "42.1", "40.9"))
    return [
        _header(r, "MEDICINE"),
        "Chief Complaint:\naltered mental status, hyperthermia",
        f"History of Present Illness:\nFound confused in a top-floor apartment without air conditioning on the "
        f"third day of a heat advisory; windows painted shut. EMS core temp {d.look(t + ' C')}, "
        f"{d.look('Glasgow Coma Scale')} 11. Neighbors noted the building's fans were removed.",
        "Pertinent Results:\nCK 8,410 -> 2,200; Cr 2.1 -> 1.0; lactate 4.1; AST/ALT 310/188. ECG sinus tach. "
        f"Brief syncope at triage, thought vasovagal ({d.look('Bezold')}-Jarisch type); no "
        f"{d.look('Kussmaul')} breathing, ketones negative.",
        f"Brief Hospital Course:\nEvaporative cooling and ice packs in the ED, then {d.look('Arctic Sun')} to "
        "38.5 C. Fluids for rhabdomyolysis. Mental status normalized by day 2. Medications reviewed for "
        "anticholinergic load; diuretic held.",
        f"Social/Housing:\nNo AC; landlord prohibits window units. SW helped apply for a {d.look('HEAP')} "
        f"cooling assistance AC unit; cooling center list via {d.look('311')}; heat safety from "
        f"{d.look('www.weather.gov/safety/heat')}.",
        f"Discharge Medications:\n{d.look('Tylenol')} PRN (not for fever from heat illness), home meds.",
        "Discharge Instructions:\nDrink fluids, stay in a cooled space during heat alerts, check on neighbors.",
    ]


def _b_cold(d: _Doc) -> list[str]:
    r = d.r
    t = r.choice(("29.8", "31.4", "32.2", "30.6", "33.0"))
    return [
        _header(r, "SURGERY"),
        "Chief Complaint:\nhypothermia, frostbite of both feet",
        f"History of Present Illness:\nFound in an unheated apartment after gas service was shut off; core temp "
        f"{d.look(t + ' C')}, {d.look('Osborn wave')} on ECG. Had been using a charcoal grill indoors "
        f"for warmth two nights earlier (COHb {d.look(str(r.choice((4.1, 7.9, 11.0))) + '%')}).",
        f"Brief Hospital Course:\nActive external rewarming with {d.look('Bair Hugger')}, warm fluids. "
        "Frostbite: rapid rewarming in 40 C water, bullae debrided (clear), tPA considered but outside window; "
        f"iloprost given. Thiamine for possible {d.look('Wernicke')} (alcohol use). "
        f"{d.look('Wells score')} low, no DVT imaging. Tc-99m bone scan day 3 showed perfusion defects in digits 4-5. "
        f"Pain control: {d.look('Motrin')}, acetaminophen.",
        "Housing:\nSW confirmed the utility was notified by phone and a medical certificate faxed; emergency "
        f"{d.look('HEAP')} benefit pending. Building also had no heat per tenants' {d.look('311')} complaints.",
        "Discharge Disposition:\nHome with services (gas restored) vs. respite; plastic surgery follow-up "
        "for demarcation.",
    ]


def _b_co(d: _Doc) -> list[str]:
    r = d.r
    cohb = r.choice(("18.4", "24.0", "27.5", "31.2", "22.8"))
    src = r.choice((f"a portable generator ({d.look('Generac GP3500')}) running in the basement",
                    f"a camp stove ({d.look('Coleman')}) used for heat", "a cracked furnace heat exchanger",
                    "a car idling in the attached garage", "a blocked water-heater flue"))
    return [
        _header(r, "MEDICINE"),
        "Chief Complaint:\nheadache, nausea, family members with similar symptoms",
        f"History of Present Illness:\nSymptoms began overnight during a power outage; source was {src}. "
        f"Fire department measured CO at the door. SpCO by {d.look('Masimo Rad-57')} 22%; arterial COHb "
        f"{d.look(cohb + '%')}. No CO alarm in the unit (building lacks alarms required by {d.look('UL 2034')}/"
        f"{d.look('NFPA 720')}).",
        "Brief Hospital Course:\nHigh-flow oxygen via NRB, then one session of hyperbaric oxygen (2.8 ATA) "
        f"for syncope and COHb > 25%. Troponin peak 0.09. No burns ({d.look('Parkland formula')} not "
        f"applicable). Neuro exam nonfocal, {d.look('Babinski')} absent. "
        f"Nausea treated with {d.look('Zofran')}.",
        f"Environmental:\nSW contacted the landlord; a {d.look('First Alert CO605')} or "
        f"{d.look('Kidde KN-COPP-3')} alarm ({d.expiry()} on the sensor label) was provided before discharge. "
        f"Poison Help "
        f"{d.look('1-800-222-1222')} given to family. Product safety report line {d.look('1-800-638-2772')}.",
        "Discharge Instructions:\nDo not run generators indoors or in garages; return for confusion or headache.",
    ]


def _b_moldpest(d: _Doc) -> list[str]:
    r = d.r
    return [
        _header(r, "MEDICINE"),
        "CASE MANAGEMENT / SOCIAL WORK -- mold and pest exposure",
        f"Pt with hypersensitivity pneumonitis pattern on HRCT and recurrent wheeze; home has chronic leak and "
        f"visible mold in basement and bedroom. Moisture meter {d.look(str(r.randint(22, 45)) + '% WME')}. "
        f"Bed bugs treated x2 by the landlord's exterminator (heat treatment); roaches persist.",
        f"Thermal imaging by the inspector ({d.look('Fluke 975')} used for humidity) showed wet drywall "
        "behind the tub. Pt's child has eczema and asthma; on " + d.look("Dupixent") + " and "
        + d.look("Symbicort") + "; " + d.look("Xolair") + " was discussed. A " + d.look("Honeywell HPA300")
        + " purifier was delivered.",
        "Assessment: housing is directly affecting health. Options discussed: request for repairs in writing, "
        "code enforcement complaint, transfer request to the housing authority, legal aid.",
        f"Pest plan: integrated pest management, no foggers ({d.look('EPA')} guidance), seal entry points, "
        "fix leaks, remove clutter; gel bait and traps only.",
        "Plan: follow-up call next week; pt consented to information sharing with the housing agency.",
    ]


# ---------------------------------------------------------------------------- radiology builders

def _rad_frame(d: _Doc, exam: str, indication: str, technique: str, findings: list[str], impression: str) -> list[str]:
    r = d.r
    parts = [
        f"EXAMINATION:  {exam}",
        f"INDICATION:  {indication}",
        f"TECHNIQUE:  {technique}",
        f"COMPARISON:  {r.choice(('None.', 'Prior study dated ' + d.shifted() + '.', '___.'))}",
        "FINDINGS:\n\n" + "\n\n".join(findings),
        f"IMPRESSION:\n\n{impression}",
    ]
    if r.random() < 0.5:
        parts.append(f"NOTIFICATION:  Findings discussed with Dr. ___ by telephone on {d.shifted()} at "
                     f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}.")
    return parts


def _b_kub(d: _Doc) -> list[str]:
    r = d.r
    return _rad_frame(
        d, "ABDOMEN (SUPINE AND UPRIGHT)",
        f"___ year old with venous BLL {d.bll()}, pica, peeling paint in a pre-1978 rental; evaluate for "
        "ingested paint chips before chelation. History per lead case manager.",
        "Supine and upright AP views of the abdomen.",
        [f"Multiple punctate radiopaque densities are seen in the "
         f"{r.choice(('ascending colon', 'rectosigmoid', 'cecum and ascending colon'))}, "
         "compatible with ingested paint chips in this clinical setting.",
         "No dilated loops of bowel. No free air on the upright view. No pathologic calcification.",
         "Visualized osseous structures: dense transverse bands at the iliac crests, nonspecific.",
         "Lung bases clear."],
        "Radiopaque foreign material in the colon consistent with lead paint ingestion. Consider bowel "
        "decontamination before chelation per toxicology; repeat film after whole bowel irrigation.",
    )


def _b_longbone(d: _Doc) -> list[str]:
    return _rad_frame(
        d, "BILATERAL KNEES AND WRISTS, 2 VIEWS",
        f"Chronic lead exposure, BLL {d.bll()}; home XRF {d.xrf()} on window sills. Evaluate for lead lines.",
        "AP and lateral views of both knees; PA views of both wrists.",
        ["Dense transverse metaphyseal bands at the distal femora, proximal tibiae and fibulae, more prominent "
         "than expected at the fibula, which favors heavy metal deposition over normal growth recovery lines.",
         "Similar bands at the distal radii and ulnae. No fracture, periosteal reaction or rickets.",
         "Bone age appears normal for stated age."],
        "Lead lines at multiple metaphyses, consistent with chronic lead exposure over months. Correlate with "
        "serial blood lead levels.",
    )


def _b_cxr_asthma(d: _Doc) -> list[str]:
    r = d.r
    return _rad_frame(
        d, "CHEST (PA AND LAT)",
        f"Asthma exacerbation, wheeze and cough; home visit found mold and cockroaches; on {d.look('Qvar RediHaler')}"
        f" and {d.look('Xopenex')}. Evaluate for pneumonia.",
        "PA and lateral views of the chest.",
        [f"Lungs are {r.choice(('hyperinflated', 'mildly hyperinflated', 'well expanded'))} with peribronchial "
         "cuffing. No focal consolidation, effusion or pneumothorax.",
         "Cardiomediastinal silhouette normal. No pneumomediastinum.",
         "Osseous structures unremarkable."],
        "Hyperinflation and peribronchial thickening consistent with reactive airways disease. No pneumonia.",
    )


def _b_brain_co(d: _Doc) -> list[str]:
    r = d.r
    return _rad_frame(
        d, r.choice(("MRI BRAIN WITHOUT CONTRAST", "MR HEAD W/O CONTRAST", "CT HEAD WITHOUT CONTRAST")),
        f"Carbon monoxide poisoning (COHb {d.look(r.choice(('28.1', '33.4', '19.9')) + '%')}) from a generator "
        "in the basement of the family's rental; persistent confusion after hyperbaric oxygen.",
        f"Multiplanar multisequence imaging. DLP {d.look(str(r.randint(600, 1100)) + ' mGy-cm')} if CT.",
        ["Symmetric T2/FLAIR hyperintensity in the globi pallidi bilaterally with mild restricted diffusion.",
         "Patchy periventricular white matter signal abnormality; differential includes delayed "
         "post-hypoxic leukoencephalopathy in the appropriate clinical course.",
         "No hemorrhage, mass effect or hydrocephalus. Basal cisterns patent."],
        "Bilateral globus pallidus lesions, characteristic of carbon monoxide toxicity. Follow-up MRI in 4-6 weeks "
        "recommended if delayed neurologic sequelae develop.",
    )


def _b_hrct(d: _Doc) -> list[str]:
    r = d.r
    return _rad_frame(
        d, "CT CHEST WITHOUT CONTRAST (HIGH RESOLUTION)",
        "Chronic cough and dyspnea; extensive mold in the apartment per housing inspection; evaluate for "
        "hypersensitivity pneumonitis.",
        f"Thin-section axial images, inspiratory and expiratory, prone. "
        f"CTDIvol {d.look(str(r.randint(4, 9)) + '.2 mGy')}.",
        ["Diffuse centrilobular ground-glass nodules with mosaic attenuation and air trapping on expiratory "
         "images, upper and mid lung predominant.",
         "No honeycombing or traction bronchiectasis. No lymphadenopathy. Trace pericardial fluid.",
         "Upper abdomen unremarkable."],
        "Nonfibrotic hypersensitivity pneumonitis pattern; correlate with antigen exposure (home mold). "
        "Three-density pattern present.",
    )


def _b_extremity_cold(d: _Doc) -> list[str]:
    r = d.r
    return _rad_frame(
        d, r.choice(("BILATERAL FEET, 3 VIEWS", "RIGHT HAND, 3 VIEWS", "THREE PHASE BONE SCAN, FEET")),
        "Frostbite after exposure in an unheated apartment following utility shut-off; evaluate soft tissue "
        "and bone viability.",
        "Standard views. For scintigraphy, Tc-99m MDP with flow, blood pool and delayed images.",
        ["Soft tissue swelling of the distal digits without subcutaneous gas.",
         "No fracture or periostitis. No acro-osteolysis at this time.",
         f"{r.choice(('Absent', 'Decreased'))} tracer uptake in the distal phalanges of digits 4 and 5 on delayed "
         "images, indicating nonviable bone."],
        "Frostbite injury; scintigraphic findings suggest nonviability of distal digits 4-5. Recommend "
        "follow-up imaging to guide demarcation.",
    )


def _b_ct_head_heat(d: _Doc) -> list[str]:
    r = d.r
    return _rad_frame(
        d, "CT HEAD WITHOUT CONTRAST",
        f"Heat stroke, found down in an apartment without AC during a heat advisory; core temp "
        f"{d.look(r.choice(('41.6', '42.0', '40.8')) + ' C')}; altered mental status.",
        f"Axial helical CT of the head without contrast. DLP {d.look(str(r.randint(700, 1100)) + ' mGy-cm')}.",
        ["No acute intracranial hemorrhage, mass effect or midline shift.",
         "Gray-white differentiation preserved. No loss of the insular ribbon.",
         "Mild chronic small vessel ischemic change. Mastoid air cells and paranasal sinuses clear."],
        "No acute intracranial process. If mental status does not improve, MRI is more sensitive for "
        "cerebellar injury after heat stroke.",
    )


_KINDS = {
    "lead_case_management": ("discharge", _b_lead),
    "asthma_home_visit": ("discharge", _b_asthma),
    "housing_inspection": ("discharge", _b_inspection),
    "landlord_correspondence": ("discharge", _b_landlord),
    "complaint_log": ("discharge", _b_complaints),
    "utility_certificate": ("discharge", _b_utility),
    "eh_referral": ("discharge", _b_referral),
    "heat_illness": ("discharge", _b_heat),
    "cold_exposure": ("discharge", _b_cold),
    "co_exposure": ("discharge", _b_co),
    "mold_pest_social_work": ("discharge", _b_moldpest),
    "rad_kub_lead": ("radiology", _b_kub),
    "rad_long_bone_lead": ("radiology", _b_longbone),
    "rad_chest_asthma": ("radiology", _b_cxr_asthma),
    "rad_brain_co": ("radiology", _b_brain_co),
    "rad_hrct_mold": ("radiology", _b_hrct),
    "rad_extremity_cold": ("radiology", _b_extremity_cold),
    "rad_ct_head_heat": ("radiology", _b_ct_head_heat),
}

_DC_FILLER = (
    "Physical Exam:\nVS: T 98.4 HR 96 BP 112/70 RR 22 O2 95% RA. Lungs: scattered expiratory wheeze.",
    "Discharge Condition:\nMental Status: Clear and coherent.\nLevel of Consciousness: Alert and interactive.\n"
    "Activity Status: Ambulatory - Independent.",
    "Medications on Admission:\nThe Preadmission Medication list is accurate and complete.",
    "Family History:\nMother with asthma; sibling with elevated lead level last year.",
    "Social History:\n___",
    "Discharge Diagnosis:\nPrimary: as above. Secondary: housing instability, environmental exposure.",
)
_RAD_FILLER = (
    "Study reviewed with the attending radiologist.",
    "Exam quality: adequate; mild motion.",
    "RECOMMENDATION(S):  Clinical correlation. Follow-up as clinically indicated.",
    "ADDENDUM: Clinical history above was obtained from the ordering team's note, which quotes the home "
    "environmental assessment.",
    "CLINICAL HISTORY (from the requisition, verbatim): pt lives in older rental housing with a history of "
    "code complaints; family reports peeling paint, leaks and no heat at times. Ordering provider: ___.",
    "PRELIMINARY REPORT: Preliminary interpretation provided by the on-call resident ___ at ___; final "
    "report below agrees with the preliminary read except as noted.",
    "Dose/technique note: exposure parameters per departmental pediatric protocol where applicable; "
    "shielding not used per current guidance. Images stored to PACS.",
    "Communication: The environmental history was confirmed with the ordering clinician, who reported a "
    "pending home inspection by the local health department (name ___).",
    "Limitations: patient motion and body habitus limit evaluation of fine detail. A repeat study can be "
    "performed if clinically warranted.",
    "Electronically signed by: ___, MD on ___ at ___ (attending radiologist). Resident: ___.",
)
_HEAVY_BLOCK = (
    "Contacts (masked):\nLandlord: ___   Phone: ___   Fax: ___\nProperty manager: ___   Email: ___\n"
    "Utility: ___   Account: ___\nHealth department: ___   Case: ___\nAddress: ___, ___, NY ___\n"
    "Guardian: ___   Relationship: ___   Phone: ___\nPCP: ___   Clinic: ___   Fax: ___\n"
    "Inspector: ___   Complaint #: ___   Date: ___\nSchool/daycare: ___   Nurse: ___"
)


def _plant(r: random.Random, cat: str) -> tuple[str, str, str]:
    tpl, maker = r.choice(_TEMPLATES[cat])
    value = maker(r)  # type: ignore[operator]
    before, after = tpl.split("{v}")
    return before, value, after


def _build(seed: int, i: int) -> tuple[LabelledNote, list[str], str]:
    r = random.Random(f"h80:{seed}:{i}")
    kind = document_kind(seed, i)
    note_type, builder = _KINDS[kind]
    d = _Doc(r)
    sections: list[object] = list(builder(d))
    heavy = _is_heavy(seed, i)
    filler = _RAD_FILLER if note_type == "radiology" else _DC_FILLER
    if heavy:
        sections.insert(1 if note_type == "discharge" else 0, _HEAVY_BLOCK)
        sections.append("Electronically signed by ___ on ___ at ___. Cosigned ___. Pager ___.")
    cats = _categories(seed, i) if _is_planted(seed, i) else []
    for cat in cats:
        before, value, after = _plant(r, cat)
        pos = r.randint(1, len(sections))
        sections.insert(pos, (before, value, after, cat))
    # pad short notes with ordinary filler (no identifiers)
    def _length() -> int:
        return sum(len(s) if isinstance(s, str) else len("".join(s[:3])) for s in sections) + 2 * len(sections)

    spare = [f for f in filler if f not in sections]
    r.shuffle(spare)
    while _length() < 1250 and spare:
        sections.insert(r.randint(len(sections) - 1, len(sections)), spare.pop())
    text = ""
    spans: list[tuple[int, int, str]] = []
    for k, s in enumerate(sections):
        if k:
            text += r.choice(("\n\n", "\n\n", "\n", " \n\n"))
        if isinstance(s, str):
            text += s
        else:
            before, value, after, cat = s  # type: ignore[misc]
            text += before
            spans.append((len(text), len(text) + len(value), cat))
            text += value + after
    text += "\n"
    fixed = [w for w in EPONYMS_AND_BRANDS if re.search(rf"(?<![A-Za-z0-9]){re.escape(w)}(?![A-Za-z0-9])", text)]
    candidates = list(dict.fromkeys(list(d.looks) + fixed))
    looks = []
    for w in candidates:
        starts, j = [], text.find(w)
        while j >= 0:
            starts.append(j)
            j = text.find(w, j + 1)
        if starts and not any(a < e and a + len(w) > s for a in starts for s, e, _ in spans):
            looks.append(w)
    return LabelledNote(note_type, text, spans), looks, "heavy" if heavy else "normal"


def holdout80_note(seed: int, i: int) -> LabelledNote:
    return _build(seed, i)[0]


def holdout80_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout80_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = holdout_measure.measure(
        holdout80_corpus, argv, "Held-out corpus 80 (environmental and housing health): detector recall/precision")
    holdout_measure.report("holdout80", args, notes, hits, res)


if __name__ == "__main__":
    main(sys.argv[1:])
