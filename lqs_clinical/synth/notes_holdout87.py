"""Held-out corpus 87: medical cannabis, dispensaries and psychedelic-assisted therapy around an admission.

MIMIC-IV-Note-shaped discharge summaries and radiology reports in which most identifiers are ``___``,
unmasked dates are shifted into 2100-2200 (never labelled), about 57-59% of the notes carry 1-4
identifiers that escaped masking, and 5% are heavy notes (many ``___``, no plants).

Document kinds (discharge): cannabinoid hyperemesis admission (``chs_discharge``), paediatric edible
ingestion with a poison-center call (``peds_edible``), state medical-cannabis registry and
certifying-provider letter (``registry_certification``), dispensary purchase records and product labels
in the medication reconciliation (``dispensary_medrec``), workplace drug test and MRO letter
(``mro_letter``), psilocybin service-center session with an adverse reaction (``psilocybin_adverse``),
ketamine-assisted therapy clinic note (``ketamine_clinic``), MDMA-assisted therapy trial participant
(``mdma_trial``), social-work note with a caregiver designation (``caregiver_sw``), cannabis-induced
psychosis after concentrates (``cannabis_psychosis``). Document kinds (radiology): CT abdomen/pelvis
(``ct_abdomen``), head CT after a fall (``ct_head_fall``), chest imaging for vaping lung injury
(``cxr_vaping``), right-upper-quadrant ultrasound (``us_ruq``), paediatric imaging after an edible
(``peds_imaging``), outside-film over-read and addendum after a crash (``rad_addendum``).

Label policy (the project's): PERSON is one span per name (given and family together, titles outside);
LOCATION is a place below state level (a street line is STREET_ADDRESS; town and ZIP are separate spans;
states and countries are never labelled, and "New York" alone is the state); ORGANIZATION is a named
hospital, practice, pharmacy (a chain's store too), agency, school or employer, never a generic
department, and never a drug maker, biotech or trial sponsor named as such (a jail, prison or court is
one; a payer or insurer named as such is not). DATE_REAL_YEAR is a whole date carrying a year 1900-2030
(a bare year is not labelled; a device, drug or lot expiry date is not labelled; a death date is).
AGE_OVER_89 labels the digits of ages >= 90. DEVICE_ID is a device serial (for a GS1 UDI only the (21)
serial) or a hospital asset tag; lot, GTIN, REF, model and expiry are not identifiers. A toll-free phone
number (800, 888, 877, 866, 855, 844, 833) is a public line: never labelled; a device maker's or
vendor's toll-free fax neither, a practice's toll-free fax is FAX. ACCOUNT covers account, encounter,
incident/run, accession, order, requisition, claim and specimen numbers, and a vendor's call or session
id for the patient's encounter; HEALTH_PLAN member, subscriber and policy ids (an employer's group number
is not the member's id: leave it unlabelled); LICENSE medical, nursing, EMS, DEA and driver's licences
and a clinician's NPI. Spans hold the value only: cue words ("Dr.", "MRN:", "pager", "Fax", "SN",
"plate", "Acct") and credentials ("MD", "RN") stay outside.

Theme-specific choices in this corpus:

- ACCOUNT: dispensary order, receipt/transaction and loyalty-rewards account numbers; poison-center case
  numbers; drug-test specimen ids and custody-and-control form (CCF) numbers; police crash-report
  numbers; a telehealth certification vendor's session id; hospital encounter, radiology accession and
  order numbers; claim numbers (a denied ketamine claim).
- HEALTH_PLAN: insurer, Medicaid and Medicare member/subscriber/policy ids; an employer's group number is
  an unlabelled look-alike.
- LICENSE: certifying physicians' and nurse practitioners' state licences, NPIs and DEA numbers, an
  MRO's licence, a psilocybin facilitator's licence (a state-issued practitioner licence) and a
  patient's driver's licence scanned at the dispensary door.
- Masked (written ``___``, never planted, no category): the patient's state medical-cannabis registry
  id/card number and its expiry, a caregiver's registry card number, the certifying provider's cannabis
  programme registration number and trial participant (subject) numbers.
- ORGANIZATION: dispensaries (medical "compassion centers", provisioning centers), psilocybin service
  centers, ketamine and certification clinics, hospitals, poison centers, drug-testing laboratories and
  MRO services, employers, schools and daycares, sheriff's offices and police departments, pharmacies.
- Unlabelled: cannabis brands, cultivators and processors named as product makers (treated like drug
  makers), trial sponsors, drug makers, state programmes and regulators (Oregon Psilocybin Services,
  the Cannabis Control Commission, the Office of Cannabis Management, registries), platforms (METRC,
  BioTrack, Weedmaps, Leafly, Dutchie), a dispensary's facility licence number, METRC package tags,
  certificate-of-analysis and lab test-batch numbers, lot numbers, NDCs, product expiry dates, strain
  names (some look like people's names), cannabinoid names, THC/CBD percentages, doses in mg, public
  hotlines (Poison Help, 988, SAMHSA) and public bodies' websites.
- URL: only pages tied to the patient or a clinician (portal, order-tracking, booking, telehealth room,
  image-share and consent links); public bodies' websites are look-alikes. EMAIL, PHONE, FAX, PAGER,
  IP_ADDRESS (private or public), SSN, MRN, VEHICLE_ID (plates, VINs of crash and delivery vehicles),
  DEVICE_ID (vaporizer, infusion-pump, breathalyser, lockbox, monitor serials and asset tags) as usual.

Written blind: I read only the corpus brief (bench/holdout_corpus_task.md),
``lqs_clinical/synth/holdout_measure.py``, the first 45 lines of ``lqs_clinical/synth/notes.py``,
``pyproject.toml``, ``/work/shared/reference/*.md`` and the masked PyHealth note-shaped samples (and
SOURCES.md) under ``/work/shared/data/``. No detector code, rule file, other corpus, test, benchmark or
history was read, and the detector was never run.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from lqs_clinical.synth import holdout_measure
from lqs_clinical.synth.notes import LabelledNote

# --------------------------------------------------------------------------------------------------
# Deterministic sequences (Weyl): note type, kind, plant decision, span count, categories
# --------------------------------------------------------------------------------------------------

_PHI = 0.6180339887498949
_SQRT2 = 0.4142135623730951
_SQRT3 = 0.7320508075688772
_SQRT7 = 0.6457513110645906
_SQRT13 = 0.6055512754639891
_E = 0.7182818284590451

_WEYL_CATS = (
    "PHONE", "FAX", "PAGER", "EMAIL", "URL", "IP_ADDRESS", "SSN", "MRN", "ACCOUNT", "HEALTH_PLAN",
    "LICENSE", "ZIP", "STREET_ADDRESS", "DATE_REAL_YEAR", "AGE_OVER_89", "DEVICE_ID", "VEHICLE_ID",
    "PERSON", "LOCATION", "ORGANIZATION",
)


def _frac(x: float) -> float:
    return x - int(x)


def _is_heavy(i: int) -> bool:
    return i % 20 == 11


def _is_radiology(seed: int, i: int) -> bool:
    return _frac(i * _PHI + seed * _E) < 0.45


def _is_planted(seed: int, i: int) -> bool:
    return not _is_heavy(i) and _frac(i * _SQRT3 + seed * 0.1234567) < 0.6105


def _n_spans(seed: int, i: int) -> int:
    return 1 + int(_frac(i * _SQRT7 + seed * 0.3141592) * 4)


def _categories(seed: int, i: int) -> list[str]:
    if not _is_planted(seed, i):
        return []
    return [_WEYL_CATS[int(_frac((i * 4 + j) * _SQRT13 + seed * 0.577215) * 20)] for j in range(_n_spans(seed, i))]


# --------------------------------------------------------------------------------------------------
# Surrogate values (fictitious)
# --------------------------------------------------------------------------------------------------

_FIRST = (
    "Marisol", "Dwayne", "Keiko", "Tobias", "Rosalind", "Emeka", "Priya", "Wendell", "Ingrid", "Mateo",
    "Latoya", "Casimir", "Yesenia", "Hollis", "Anneliese", "Darnell", "Fiona", "Rashid", "Corinne",
    "Bartholomew", "Svetlana", "Quentin", "Nadia", "Ezekiel", "Giselle", "Thaddeus", "Imogen", "Lucien",
    "Beatriz", "Oluwaseun", "Harriet", "Desmond", "Esperanza", "Florian", "Juniper", "Kwame", "Lorelei",
    "Mordecai", "Noelani", "Percival", "Rutger", "Saoirse", "Tamsin", "Ulrich", "Vivienne", "Winifred",
)
_LAST = (
    "Okonkwo", "Vasquez-Reyes", "Lindqvist", "Brannigan", "Thistlewood", "Nakashima", "Oyelaran",
    "Pettibone", "Castellanos", "Halvorsen", "Abernathy", "Kowalczyk", "Delacroix", "Fairweather",
    "Gundersen", "Haddad", "Iwasaki", "Jaramillo", "Kittredge", "Lachance", "Mbeki", "Nordstrom",
    "Ostrowski", "Prudhomme", "Quintero", "Rasmussen", "Szabo", "Trevino", "Underhill", "Vanterpool",
    "Wojcik", "Yarborough", "Zielinski", "Achterberg", "Bellweather", "Crowfoot", "Dunleavy", "Eberhardt",
    "Fennimore", "Gallardo", "Hightower", "Ignatowski", "MacCallum", "O'Shaughnessy", "Pemberton",
)
_TOWNS = (
    "Eugene", "Bend", "Medford", "Ashland", "Corvallis", "Hillsboro", "Pueblo", "Greeley", "Durango",
    "Grand Junction", "Kalamazoo", "Traverse City", "Ypsilanti", "Lansing", "Worcester", "Pittsfield",
    "Northampton", "Brockton", "Missoula", "Bozeman", "Santa Fe", "Las Cruces", "Flagstaff", "Tacoma",
    "Olympia", "Spokane", "Burlington", "Bangor", "Klamath Falls", "Roseburg", "Grants Pass",
    "Fort Collins", "Longmont", "Trinidad", "Muskegon", "Marquette", "Holyoke", "Springfield",
    "Lane County", "Deschutes County", "Washtenaw County", "Larimer County", "Whittier",
    "Sellwood", "Five Points", "Hood River", "Sisters", "Gunnison", "Salida", "Petoskey",
)
_STREET_NAMES = (
    "Cedar Hollow", "Alder", "Willamette", "Juniper Ridge", "Old Mill", "Tamarack", "Sagebrush",
    "Larkspur", "Riverside", "Quail Run", "Huckleberry", "Osprey", "Foxglove", "Pinyon", "Maple Grove",
    "Whitcomb", "Birchwood", "Stonecrop", "Harvest Moon", "Kingfisher", "Bramble", "Redtail",
)
_STREET_SUFFIX = ("St", "St.", "Ave", "Avenue", "Rd", "Road", "Dr", "Drive", "Ln", "Lane", "Way", "Ct", "Blvd",
                  "Pl", "Terrace", "Loop")
_DISPENSARIES = (
    "Harbor Leaf Dispensary", "Verdant Path Apothecary", "Cedar & Sage Cannabis Co.", "High Desert Remedies",
    "Three Rivers Compassion Center", "Northside Provisioning Center", "Beacon Hill Wellness Dispensary",
    "Rooted Earth Medical Dispensary", "Sweetgrass Provisions", "Lakeshore Remedy House",
    "Foothill Medicinals", "Copper Kettle Dispensary", "Tidewater Therapeutic Cannabis",
)
_SERVICE_CENTERS = (
    "Juniper Hollow Service Center", "Silver Fern Psilocybin Center", "Evergreen Threshold Healing",
    "Quiet Canyon Psilocybin Services", "Driftwood Retreat Service Center",
)
_CLINICS = (
    "Clearwater Ketamine Institute", "Northstar Infusion Clinic", "Bright Harbor Mental Wellness",
    "Canna-Care Evaluations", "Evergreen Certification Clinic", "Tall Pines Integrative Psychiatry",
    "Lumen Trauma Therapy Associates",
)
_HOSPITALS = (
    "St. Brendan Medical Center", "Mercy Ridge Hospital", "Riverbend Community Hospital",
    "Holloway Memorial Hospital", "Sacred Pines Regional Medical Center", "Good Shepherd Hospital",
    "Valley View Children's Hospital", "Cascade Heights Medical Center",
)
_POISON_CENTERS = (
    "Cascade Regional Poison Center", "Great Lakes Poison & Drug Information Center",
    "Rocky Ridge Poison Center", "Tri-State Poison Control Center",
)
_LABS = (
    "Pinnacle Forensic Toxicology", "Keystone Occupational Labs", "Meridian Drug Testing Laboratory",
    "ClearPath MRO Services", "Summit Occupational Health",
)
_EMPLOYERS = (
    "Pelletier Freight Lines", "Columbia Gorge Aluminum", "Redwood Transit Authority", "Halvorsen Construction",
    "Bayside Unified School District", "Northwind Logistics", "Ironwood Timber Company",
)
_SCHOOLS = (
    "Lakeview Middle School", "Tamarack Elementary School", "Kingsley Montessori Academy",
    "Little Acorns Daycare", "Bright Beginnings Child Care",
)
_AGENCIES = (
    "Deschutes County Sheriff's Office", "Ashland Police Department", "Larimer County Sheriff's Office",
    "Kalamazoo Department of Public Safety", "Pittsfield Police Department",
)
_PHARMACIES = ("Walgreens", "CVS Pharmacy", "Rite Aid", "Fred Meyer Pharmacy", "Bartell Drugs",
               "Hollis Family Pharmacy")
_ALL_ORGS = _DISPENSARIES + _SERVICE_CENTERS + _CLINICS + _HOSPITALS + _POISON_CENTERS + _LABS + _EMPLOYERS \
    + _SCHOOLS + _AGENCIES + _PHARMACIES

_AREAS = (503, 541, 971, 458, 303, 719, 970, 720, 517, 616, 734, 231, 413, 508, 617, 781, 406, 505, 575,
          928, 253, 360, 509, 802, 207, 248, 269, 989)
_TOLL_FREE = ("800", "888", "877", "866", "855", "844", "833")
_EMAIL_DOMAINS = ("gmail.com", "yahoo.com", "outlook.com", "proton.me", "icloud.com", "hotmail.com",
                  "comcast.net", "aol.com", "harborleafrx.com", "juniperhollow.org", "clearwaterket.com",
                  "cascadepoison.org", "clearpathmro.net", "stbrendan.org")
_WEB_DOMAINS = ("harborleafrx.com", "juniperhollow.org", "clearwaterket.com", "canna-care-evals.com",
                "stbrendan.org", "mercyridge-imaging.net", "northstarinfusion.com", "greenlinkorders.co",
                "evergreen-cert.health", "tidewatercannabis.net")
_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _a(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(_LETTERS) for _ in range(n))


def _person(rng: random.Random) -> str:
    f, last = rng.choice(_FIRST), rng.choice(_LAST)
    form = rng.randrange(7)
    if form == 0:
        return f"{last}, {f}"
    if form == 1:
        return f"{f} {rng.choice(_LETTERS)}. {last}"
    if form == 2:
        return f"{f.upper()} {last.upper()}"
    if form == 3:
        return f"{f} {last}-{rng.choice(_LAST).split('-')[0]}"
    return f"{f} {last}"


def _phone_parts(rng: random.Random) -> tuple[str, str, str]:
    area = str(rng.choice(_AREAS))
    ex = rng.randint(201, 989)
    while ex % 100 == 11 or ex == 555:
        ex = rng.randint(201, 989)
    return area, str(ex), _d(rng, 4)


def _phone(rng: random.Random) -> str:
    a, e, ln = _phone_parts(rng)
    forms = ("({a}) {e}-{l}", "{a}-{e}-{l}", "{a}.{e}.{l}", "{a} {e} {l}", "+1 {a}-{e}-{l}", "1-{a}-{e}-{l}",
             "({a}){e}-{l}", "{a}/{e}-{l}", "+1 ({a}) {e} {l}")
    return rng.choice(forms).format(a=a, e=e, l=ln)


def _tollfree_fax(rng: random.Random) -> str:
    return f"1-{rng.choice(_TOLL_FREE)}-{rng.randint(201, 989)}-{_d(rng, 4)}"


def _pager(rng: random.Random) -> str:
    form = rng.randrange(5)
    if form == 0:
        return _d(rng, 5)
    if form == 1:
        return f"{rng.randint(1, 9)}-{_d(rng, 4)}"
    if form == 2:
        a, e, ln = _phone_parts(rng)
        return f"({a}) {e}-{ln}"
    if form == 3:
        return f"{rng.randint(201, 989)}-{_d(rng, 4)}"
    return f"{rng.randint(2, 9)}{_d(rng, 3)}"


def _email(rng: random.Random) -> str:
    f, last = rng.choice(_FIRST).lower(), rng.choice(_LAST).lower().replace("'", "").replace("-", "")
    form = rng.randrange(5)
    local = (f"{f}.{last}", f"{f[0]}{last}{rng.randint(1, 99)}", f"{last}_{f}", f"{f}{last[:3]}{_d(rng, 3)}",
             f"{f}.{last[0]}+rx")[form]
    return f"{local}@{rng.choice(_EMAIL_DOMAINS)}"


def _url(rng: random.Random) -> str:
    dom = rng.choice(_WEB_DOMAINS)
    f, last = rng.choice(_FIRST).lower(), rng.choice(_LAST).lower().replace("'", "").replace("-", "")
    tok = "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(8))
    forms = (
        f"https://portal.{dom}/patient/{tok}",
        f"https://{dom}/orders/{_d(rng, 7)}?t={tok}",
        f"www.{dom}/book/{f}-{last}",
        f"https://telehealth.{dom}/room/{tok[:4]}-{tok[4:]}",
        f"http://{dom}/track?id={_d(rng, 9)}",
        f"https://{dom}/u/{f}{last}{rng.randint(1, 99)}/consent",
        f"https://share.{dom}/studies/{tok}{_d(rng, 3)}",
    )
    return rng.choice(forms)


def _ip(rng: random.Random) -> str:
    form = rng.randrange(6)
    if form == 0:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if form == 1:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if form == 2:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if form == 3:
        groups = [f"{rng.randint(0, 65535):x}" for _ in range(4)]
        return f"2601:{groups[0]}:{groups[1]}:{groups[2]}::{groups[3]}"
    return f"{rng.choice((24, 67, 73, 98, 104, 162, 174, 199, 208))}.{rng.randint(0, 255)}." \
           f"{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def _ssn(rng: random.Random) -> str:
    area = rng.randint(1, 899)
    while area == 666:
        area = rng.randint(1, 899)
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    sep = rng.choice(("-", "-", " ", ""))
    return f"{area:03d}{sep}{g:02d}{sep}{s:04d}"


def _mrn(rng: random.Random) -> str:
    form = rng.randrange(6)
    return (_d(rng, 8), f"{_d(rng, 2)}-{_d(rng, 3)}-{_d(rng, 3)}", f"E{_d(rng, 7)}", f"{_d(rng, 4)}-{_d(rng, 4)}",
            f"{rng.randint(1, 9)}{_d(rng, 6)}", f"K{_d(rng, 2)}{_a(rng, 1)}{_d(rng, 5)}")[form]


def _order(rng: random.Random) -> str:
    return rng.choice((f"HL-{_d(rng, 7)}", f"W-{_d(rng, 5)}-{_a(rng, 1)}", _d(rng, 8), f"{_a(rng, 2)}{_d(rng, 6)}",
                       f"{_d(rng, 3)}-{_d(rng, 4)}-{_d(rng, 2)}"))


def _loyalty(rng: random.Random) -> str:
    return rng.choice((f"{_d(rng, 4)} {_d(rng, 4)} {_d(rng, 4)}", f"RW{_d(rng, 8)}", f"{_d(rng, 10)}"))


def _pc_case(rng: random.Random) -> str:
    return rng.choice((f"PC-{_d(rng, 4)}-{_d(rng, 4)}", f"{_d(rng, 9)}", f"{_a(rng, 3)}{_d(rng, 7)}",
                       f"{rng.randint(1, 9)}{_d(rng, 2)}-{_d(rng, 6)}"))


def _specimen(rng: random.Random) -> str:
    return rng.choice((_d(rng, 10), f"{_a(rng, 1)}{_d(rng, 7)}", f"{_d(rng, 7)}",
                       f"{_d(rng, 3)} {_d(rng, 3)} {_d(rng, 4)}"))


def _encounter(rng: random.Random) -> str:
    return rng.choice((f"{_d(rng, 7)}-{_d(rng, 2)}", f"V{_d(rng, 9)}", _d(rng, 10), f"ENC{_d(rng, 8)}"))


def _accession(rng: random.Random) -> str:
    return rng.choice((f"RA{_d(rng, 8)}", f"{_d(rng, 4)}-{_d(rng, 5)}", f"CT{_a(rng, 1)}{_d(rng, 6)}", _d(rng, 9)))


def _claim(rng: random.Random) -> str:
    return rng.choice((f"CLM{_d(rng, 10)}", f"{_d(rng, 2)}{_a(rng, 1)}{_d(rng, 9)}", f"{_d(rng, 4)}-{_d(rng, 6)}"))


def _police(rng: random.Random) -> str:
    return rng.choice((f"R{_d(rng, 2)}-{_d(rng, 6)}", f"{_a(rng, 2)}{_d(rng, 7)}", f"{_d(rng, 8)}"))


def _session(rng: random.Random) -> str:
    return f"{_a(rng, 2)}{rng.randint(1, 9)}-{_d(rng, 2)}{_a(rng, 1)}{rng.randint(1, 9)}-{_d(rng, 4)}"


def _receipt(rng: random.Random) -> str:
    return rng.choice((f"TX-{_a(rng, 1)}{_d(rng, 7)}", f"{_d(rng, 6)}/{_d(rng, 3)}", f"R{_d(rng, 9)}"))


def _member(rng: random.Random) -> str:
    form = rng.randrange(6)
    if form == 0:
        return f"{_a(rng, 3)}{_d(rng, 9)}"
    if form == 1:
        return f"{_a(rng, 2)}{_d(rng, 5)}{_a(rng, 1)}"
    if form == 2:  # MBI-like
        return (f"{rng.randint(1, 9)}{_a(rng, 1)}{rng.choice(_LETTERS + '0123456789')}{rng.randint(0, 9)}-"
                f"{_a(rng, 1)}{rng.choice(_LETTERS + '0123456789')}{rng.randint(0, 9)}-{_a(rng, 2)}{_d(rng, 2)}")
    if form == 3:
        return f"W{_d(rng, 10)}"
    if form == 4:
        return f"{_a(rng, 3)} {_d(rng, 7)}-0{rng.randint(1, 4)}"
    return f"{_d(rng, 3)}{_a(rng, 2)}{_d(rng, 6)}"


def _npi(rng: random.Random) -> str:
    return "1" + _d(rng, 9)


def _dea(rng: random.Random) -> str:
    return rng.choice("ABFM") + rng.choice(_LETTERS) + _d(rng, 7)


def _med_license(rng: random.Random) -> str:
    return rng.choice((f"{_d(rng, 7)}", f"L-{_d(rng, 6)}", f"{_d(rng, 2)}-{_d(rng, 7)}", f"C{_d(rng, 5)}",
                       f"{_d(rng, 2)}{_a(rng, 2)}{_d(rng, 8)}"))


def _facilitator(rng: random.Random) -> str:
    return rng.choice((f"PSF-{_d(rng, 7)}", f"FAC{_d(rng, 6)}", f"{_d(rng, 3)}-{_d(rng, 5)}-F"))


def _drivers(rng: random.Random) -> str:
    return rng.choice((f"{_a(rng, 1)}{_d(rng, 3)}-{_d(rng, 4)}-{_d(rng, 4)}", _d(rng, 7), f"{_d(rng, 9)}",
                       f"{_a(rng, 1)}{_d(rng, 8)}"))


def _license_any(rng: random.Random) -> str:
    return rng.choice((_npi, _dea, _med_license))(rng)


def _zip(rng: random.Random) -> str:
    base = rng.choice((97, 80, 81, 48, 49, 1, 2, 59, 87, 98))
    z = f"{base:02d}{_d(rng, 3)}"
    return z if rng.random() < 0.75 else f"{z}-{_d(rng, 4)}"


def _street(rng: random.Random) -> str:
    num = rng.randint(3, 24999)
    name = rng.choice(_STREET_NAMES)
    suf = rng.choice(_STREET_SUFFIX)
    form = rng.randrange(7)
    if form == 0:
        return f"{num} {rng.choice(('N.', 'SE', 'NW', 'W.', 'East'))} {name} {suf}"
    if form == 1:
        return f"{num} {name} {suf}, Apt {rng.randint(1, 30)}{rng.choice('ABCD')}"
    if form == 2:
        return f"{num} {name} {suf} Unit {rng.randint(1, 240)}"
    if form == 3:
        return f"PO Box {rng.randint(12, 9999)}"
    if form == 4:
        return f"{num} {name.upper()} {suf.upper().rstrip('.')}"
    return f"{num} {name} {suf}"


def _date(rng: random.Random, lo: int = 2012, hi: int = 2025) -> str:
    y, m, dd = rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)
    mon = _MONTHS[m - 1]
    forms = (f"{m:02d}/{dd:02d}/{y}", f"{m}/{dd}/{y}", f"{y}-{m:02d}-{dd:02d}", f"{mon} {dd}, {y}",
             f"{mon[:3]} {dd}, {y}", f"{dd} {mon[:3]} {y}", f"{dd:02d}-{mon[:3].upper()}-{y}",
             f"{m:02d}-{dd:02d}-{y}", f"{mon[:3]}. {dd} {y}", f"{dd} {mon} {y}")
    return rng.choice(forms)


def _dob(rng: random.Random) -> str:
    return _date(rng, 1931, 2019)


def _age(rng: random.Random) -> str:
    return str(rng.choice((90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 104)))


def _device(rng: random.Random) -> str:
    return rng.choice((f"{_a(rng, 3)}{rng.randint(1, 9)}{_a(rng, 1)}{_d(rng, 7)}",
                       f"{_d(rng, 4)}-{_a(rng, 1)}{_d(rng, 4)}", f"{_a(rng, 2)}-{_d(rng, 7)}",
                       f"{_a(rng, 1)}{_d(rng, 8)}", f"{_d(rng, 2)}{_a(rng, 2)}{_d(rng, 6)}",
                       f"{_a(rng, 3)}-{_d(rng, 6)}"))


def _plate(rng: random.Random) -> str:
    return rng.choice((f"{rng.randint(1, 9)}{_a(rng, 3)}{_d(rng, 3)}", f"{_a(rng, 3)}-{_d(rng, 4)}",
                       f"{_a(rng, 3)} {_d(rng, 3)}", f"{_d(rng, 3)} {_a(rng, 3)}", f"{_a(rng, 2)}{_d(rng, 5)}"))


def _vin(rng: random.Random) -> str:
    return "".join(rng.choice(_VIN_CHARS) for _ in range(17))


def _vehicle(rng: random.Random) -> str:
    return _vin(rng) if rng.random() < 0.35 else _plate(rng)


def _town(rng: random.Random) -> str:
    return rng.choice(_TOWNS)


def _org(pool: tuple[str, ...]) -> Callable[[random.Random], str]:
    return lambda rng: rng.choice(pool)


_GEN: dict[str, Callable[[random.Random], str]] = {
    "person": _person, "phone": _phone, "tfax": _tollfree_fax, "pager": _pager, "email": _email, "url": _url,
    "ip": _ip, "ssn": _ssn, "mrn": _mrn, "order": _order, "loyalty": _loyalty, "pccase": _pc_case,
    "specimen": _specimen, "encounter": _encounter, "accession": _accession, "claim": _claim,
    "police": _police, "session": _session, "receipt": _receipt, "member": _member, "npi": _npi, "dea": _dea,
    "medlic": _med_license, "facil": _facilitator, "dl": _drivers, "lic": _license_any, "zip": _zip,
    "street": _street, "date": _date, "dob": _dob, "age": _age, "device": _device, "plate": _plate,
    "vin": _vin, "vehicle": _vehicle, "town": _town, "disp": _org(_DISPENSARIES), "svc": _org(_SERVICE_CENTERS),
    "clinic": _org(_CLINICS), "hosp": _org(_HOSPITALS), "poison": _org(_POISON_CENTERS), "lab": _org(_LABS),
    "employer": _org(_EMPLOYERS), "school": _org(_SCHOOLS), "agency": _org(_AGENCIES),
    "pharm": _org(_PHARMACIES), "anyorg": _org(_ALL_ORGS),
}

# --------------------------------------------------------------------------------------------------
# Plant templates: (context, position, text with one {V}, generator). context: any / ds / rad;
# position: head / body / tail. The same templates are written masked (value ___) in every note.
# --------------------------------------------------------------------------------------------------

_T = tuple[str, str, str, str]
_TEMPLATES: dict[str, list[_T]] = {
    "PERSON": [
        ("any", "body", "Discussed with Dr. {V} by phone; agrees with the plan.", "person"),
        ("ds", "body", "Certifying provider: {V}, DO (program registration no. ___)", "person"),
        ("ds", "body", "Designated caregiver on the registry: {V} (mother); caregiver card ___.", "person"),
        ("ds", "body", "Facilitator {V} remained with the patient for the whole session.", "person"),
        ("rad", "tail", "Findings discussed with {V}, PA-C, at ___ by telephone.", "person"),
        ("rad", "tail", "Dictated by: {V}, MD\nSigned: ___", "person"),
        ("ds", "body", "| Dispensary agent | {V} | ___ |", "person"),
        ("ds", "body", "Poison specialist {V} called back; recommended 6 h observation.", "person"),
        ("ds", "body", "Pt's sister\n{V} is health care proxy.", "person"),
        ("any", "tail", "cc: {V}", "person"),
        ("ds", "tail", "ENTERED BY: {V} [___]", "person"),
        ("any", "body", "Referred by Dr.{V} (outside psychiatrist).", "person"),
        ("rad", "head", "REFERRING PHYSICIAN:  {V}", "person"),
        ("ds", "body", "MRO of record      {V}, DO", "person"),
    ],
    "LOCATION": [
        ("ds", "body", "Lives in {V} with partner; works nights at ___.", "town"),
        ("ds", "body", "Purchased at the {V} location of the dispensary.", "town"),
        ("any", "body", "EMS found the pt at a rest stop outside {V}.", "town"),
        ("rad", "head", "INDICATION:  Fall at home in {V}, ate THC gummies per family.", "town"),
        ("any", "body", "Transferred from ___ Hospital in {V} for higher level of care.", "town"),
        ("ds", "body", "Psilocybin session held at a licensed service center in {V}.", "town"),
        ("ds", "body", "City/Town: {V}    State: ___    ZIP: ___", "town"),
        ("ds", "body", "Moved here from {V} last spring.", "town"),
        ("any", "body", "| Residence | {V} |", "town"),
        ("rad", "body", "Outside study performed in\n{V}, images pushed to PACS.", "town"),
        ("ds", "body", "grew up in {V}, first used cannabis at 14", "town"),
    ],
    "ORGANIZATION": [
        ("ds", "body", "Products purchased from {V} on ___ (receipt scanned to media tab).", "disp"),
        ("ds", "body", "Poison center: {V}; case # ___", "poison"),
        ("ds", "body", "Employer: {V} (safety-sensitive position).", "employer"),
        ("ds", "body", "Specimen confirmed at {V} by GC-MS.", "lab"),
        ("ds", "body", "Session at {V}, a licensed psilocybin service center.", "svc"),
        ("any", "body", "Transferred from {V} ED after initial CT.", "hosp"),
        ("rad", "head", "COMPARISON:  Outside CT from {V} dated ___.", "hosp"),
        ("ds", "body", "Ketamine infusions at {V} since ___, last one 2 days PTA.", "clinic"),
        ("ds", "body", "Child attends {V}; staff noticed drowsiness after lunch.", "school"),
        ("any", "body", "Brought in by {V} after a single-vehicle crash.", "agency"),
        ("ds", "body", "Preferred pharmacy: {V}, ___ St.", "pharm"),
        ("ds", "tail", "Letter on file from {V} certifying qualifying condition.", "clinic"),
        ("rad", "tail", "Report copied to {V}.", "anyorg"),
        ("ds", "body", "| Dispensary | {V} | ___ |", "disp"),
    ],
    "STREET_ADDRESS": [
        ("ds", "body", "Address: {V}, ___, ___ ___", "street"),
        ("ds", "body", "Dispensary address on receipt: {V}", "street"),
        ("ds", "body", "Lives at {V}; lives alone, no stairs.", "street"),
        ("rad", "head", "Location of injury: {V} (per EMS run sheet).", "street"),
        ("ds", "tail", "Mailing address\n{V}\n___", "street"),
        ("any", "body", "| Address | {V} |", "street"),
        ("ds", "body", "Service center located at {V}, suite ___.", "street"),
        ("ds", "body", "Registry card was mailed to {V}.", "street"),
        ("ds", "body", "Home addr: {V}", "street"),
        ("ds", "body", "Delivery drop-off   {V}", "street"),
    ],
    "ZIP": [
        ("ds", "body", "City/State/ZIP: ___, ___ {V}", "zip"),
        ("any", "body", "home zip {V}", "zip"),
        ("ds", "body", "ZIP code {V} on the registry application.", "zip"),
        ("ds", "body", "Dispensary delivers within ZIP {V} only.", "zip"),
        ("any", "body", "Pt lives in ___ (ZIP {V}), about 40 min away.", "zip"),
        ("rad", "head", "Referring clinic zip code: {V}", "zip"),
        ("ds", "body", "| Zip | {V} |", "zip"),
        ("ds", "tail", "___, OR  {V}", "zip"),
    ],
    "DATE_REAL_YEAR": [
        ("ds", "body", "Registry card issued {V}; renewal due ___.", "date"),
        ("ds", "body", "Certification visit {V} (telehealth).", "date"),
        ("ds", "body", "Last purchase {V} per dispensary records.", "date"),
        ("any", "body", "Collected: {V} 07:42", "date"),
        ("ds", "body", "Date of service: {V}", "date"),
        ("rad", "head", "COMPARISON:  CT abdomen {V}.", "date"),
        ("any", "head", "DOB: {V}", "dob"),
        ("ds", "body", "Father died {V} (overdose).", "date"),
        ("ds", "body", "Preparation session {V}; administration session ___.", "date"),
        ("any", "tail", "Electronically signed {V} 14:02", "date"),
        ("ds", "body", "| {V} | flower 3.5 g | $35.00 |", "date"),
        ("rad", "body", "Prior head CT\n{V} showed no acute findings.", "date"),
    ],
    "AGE_OVER_89": [
        ("rad", "head", "INDICATION:  {V} year old woman s/p fall after THC gummy.", "age"),
        ("any", "body", "Pt is {V}yo, uses a THC/CBD tincture for arthritis.", "age"),
        ("ds", "body", "Age: {V}", "age"),
        ("ds", "body", "Grandmother ({V}) keeps edibles in her purse.", "age"),
        ("any", "body", "{V}-year-old male with new confusion.", "age"),
        ("ds", "body", "Lives with husband, aged {V}, who is her caregiver.", "age"),
        ("rad", "head", "HISTORY:  Patient age {V} y, head strike.", "age"),
        ("ds", "body", "The patient is a {V} y/o retired teacher.", "age"),
    ],
    "DEVICE_ID": [
        ("ds", "body", "Vaporizer serial {V} kept by family.", "device"),
        ("ds", "body", "Infusion pump SN: {V}", "device"),
        ("ds", "body", "BP cuff asset tag {V} (clinic loaner).", "device"),
        ("rad", "head", "Scanner: ___ (asset tag {V})", "device"),
        ("rad", "body", "Portable unit serial no. {V}", "device"),
        ("any", "body", "UDI {UDIHEAD}(21){V}", "device"),
        ("ds", "body", "Pulse oximeter S/N {V} sent home with pt.", "device"),
        ("ds", "body", "Breathalyzer serial no. {V} (post-accident test).", "device"),
        ("ds", "body", "Smart lockbox device ID\n{V}", "device"),
        ("rad", "tail", "Injector serial {V}; contrast given without incident.", "device"),
    ],
    "VEHICLE_ID": [
        ("any", "body", "Pt was the driver; vehicle plate {V} per police report.", "plate"),
        ("ds", "body", "Tag: {V} (OR)", "plate"),
        ("any", "body", "VIN {V} listed on the crash report.", "vin"),
        ("ds", "body", "Ride-share pickup: gray sedan, plate {V}.", "plate"),
        ("rad", "head", "INDICATION:  MVC, driver of car {V} per EMS, GCS 14.", "vehicle"),
        ("ds", "body", "Delivery van license plate {V}.", "plate"),
        ("any", "body", "| Vehicle | {V} |", "vehicle"),
        ("ds", "body", "Company truck (plate {V}) towed from scene.", "plate"),
    ],
    "ACCOUNT": [
        ("ds", "body", "Dispensary order #{V}", "order"),
        ("ds", "body", "Loyalty/rewards acct {V}", "loyalty"),
        ("ds", "body", "Poison center case number {V}.", "pccase"),
        ("ds", "body", "Specimen ID {V}; split specimen retained.", "specimen"),
        ("ds", "body", "Federal CCF # {V}", "specimen"),
        ("any", "head", "Encounter: {V}", "encounter"),
        ("rad", "head", "Accession: {V}", "accession"),
        ("rad", "head", "ORDER NO.  {V}", "order"),
        ("ds", "body", "Claim {V} denied (ketamine not covered).", "claim"),
        ("ds", "body", "Receipt/Transaction: {V}", "receipt"),
        ("any", "body", "Police report no. {V}", "police"),
        ("ds", "body", "Telehealth session id {V}", "session"),
        ("ds", "tail", "Billing acct:{V}", "encounter"),
    ],
    "HEALTH_PLAN": [
        ("ds", "body", "Medicaid ID {V}", "member"),
        ("any", "body", "Member ID: {V}   Group: {GROUP}", "member"),
        ("ds", "body", "Subscriber no. {V}", "member"),
        ("ds", "body", "Policy {V} (ketamine infusions out of network).", "member"),
        ("rad", "head", "Insurance: ___  member {V}", "member"),
        ("ds", "body", "| Plan ID | {V} |", "member"),
        ("any", "body", "Medicare MBI {V}", "member"),
        ("ds", "tail", "Ins. subscriber #\n{V}", "member"),
    ],
    "LICENSE": [
        ("any", "tail", "NPI {V}", "npi"),
        ("ds", "body", "DEA {V}", "dea"),
        ("ds", "body", "Facilitator license #{V}", "facil"),
        ("ds", "tail", "Lic. {V}", "medlic"),
        ("ds", "body", "Driver's license {V} scanned at the dispensary door.", "dl"),
        ("ds", "tail", "MRO license no. {V}", "medlic"),
        ("rad", "tail", "Radiologist NPI: {V}", "npi"),
        ("ds", "body", "RN lic {V}", "medlic"),
        ("ds", "body", "Certifying physician license {V} verified on the state lookup.", "lic"),
    ],
    "SSN": [
        ("ds", "body", "SSN: {V}", "ssn"),
        ("ds", "body", "Social Security # {V}", "ssn"),
        ("ds", "body", "SS# {V} (donor form)", "ssn"),
        ("any", "body", "| SSN | {V} |", "ssn"),
        ("ds", "body", "registry application lists social {V}", "ssn"),
        ("rad", "head", "Pt ID/SSN: {V}", "ssn"),
    ],
    "MRN": [
        ("any", "head", "MRN: {V}", "mrn"),
        ("ds", "head", "Unit No:  {V}", "mrn"),
        ("ds", "body", "Medical record # {V}", "mrn"),
        ("rad", "head", "MR#: {V}", "mrn"),
        ("ds", "body", "clinic chart no. {V}", "mrn"),
        ("any", "body", "Hosp no {V}", "mrn"),
        ("rad", "head", "PATIENT ID  {V}", "mrn"),
    ],
    "PHONE": [
        ("ds", "body", "Mother's cell {V}", "phone"),
        ("ds", "body", "Call back at {V}", "phone"),
        ("ds", "body", "Dispensary phone {V}", "phone"),
        ("any", "body", "Tel: {V}", "phone"),
        ("ds", "body", "Facilitator reachable at {V} after hours.", "phone"),
        ("rad", "tail", "Critical result called to the ordering team at {V}.", "phone"),
        ("any", "body", "Ph {V}", "phone"),
        ("ds", "body", "Contact: ___ ({V})", "phone"),
    ],
    "FAX": [
        ("any", "body", "Fax: {V}", "phone"),
        ("ds", "body", "Please fax MRO results to {V}", "phone"),
        ("ds", "tail", "F: {V}", "phone"),
        ("ds", "body", "Registry certification faxed to {V}.", "phone"),
        ("rad", "tail", "Report faxed to referring office {V}.", "phone"),
        ("ds", "tail", "Return fax for the clinic (toll-free): {V}", "tfax"),
    ],
    "PAGER": [
        ("any", "body", "pager {V}", "pager"),
        ("ds", "body", "beeper {V}", "pager"),
        ("ds", "tail", "pgr {V}", "pager"),
        ("ds", "body", "Page {V} with questions.", "pager"),
        ("rad", "tail", "Dr ___ paged at {V}.", "pager"),
        ("any", "tail", "p. {V}", "pager"),
    ],
    "EMAIL": [
        ("ds", "body", "email {V}", "email"),
        ("ds", "body", "Patient email on the registry application: {V}", "email"),
        ("ds", "body", "Receipt emailed to {V}", "email"),
        ("any", "tail", "E: {V}", "email"),
        ("ds", "body", "Contact facilitator at {V}", "email"),
        ("rad", "tail", "Report sent to {V}", "email"),
    ],
    "URL": [
        ("ds", "body", "Telehealth link {V}", "url"),
        ("ds", "body", "order tracking: {V}", "url"),
        ("ds", "body", "Booking page: {V}", "url"),
        ("any", "body", "Patient portal record: {V}", "url"),
        ("rad", "tail", "Images shared via {V}", "url"),
        ("ds", "body", "Consent signed at\n{V}", "url"),
    ],
    "IP_ADDRESS": [
        ("any", "body", "Login from IP {V}", "ip"),
        ("ds", "body", "Registry portal audit: submitted from {V}", "ip"),
        ("ds", "body", "Telehealth session IP {V}", "ip"),
        ("rad", "tail", "PACS node {V}", "ip"),
        ("ds", "body", "Order placed online from {V}.", "ip"),
        ("any", "body", "device IP: {V}", "ip"),
    ],
}

# --------------------------------------------------------------------------------------------------
# Look-alikes (never labelled)
# --------------------------------------------------------------------------------------------------

_STRAINS = ("Blue Dream", "Sour Diesel", "Girl Scout Cookies", "Granddaddy Purple", "OG Kush", "Durban Poison",
            "Northern Lights", "Jack Herer", "Harlequin", "Pineapple Express", "Wedding Cake", "Gelato",
            "Charlotte's Web", "Green Crack", "Maui Wowie", "Trainwreck", "Cannatonic")
_BRANDS = ("Kiva Camino gummies", "Wana Sour Gummies", "Select Elite cartridge", "Stiiizy pod", "PAX Era",
           "Wyld gummies", "Incredibles bar", "Camino Midnight Blueberry", "1906 Drops", "Dixie Elixir")
_CANNABINOIDS = ("delta-9-tetrahydrocannabinol", "delta-8-THC", "THCA", "CBN", "CBG", "THC-COOH",
                 "11-hydroxy-THC", "cannabidiol")
_RX = ("Epidiolex", "Marinol", "dronabinol", "Syndros", "nabilone", "Cesamet", "Spravato", "esketamine",
       "ondansetron", "haloperidol", "capsaicin cream", "lorazepam", "olanzapine")
_EPONYMS = ("Murphy sign", "McBurney point", "Glasgow Coma Scale", "Morison pouch", "Mallory-Weiss tear",
            "Boerhaave syndrome", "Wernicke encephalopathy", "Hounsfield units", "Fleischner Society",
            "Couinaud segment", "Romberg", "Glisson capsule", "Virchow node")
_SCORES = ("CIWA-Ar", "PHQ-9", "GAD-7", "CAPS-5", "MADRS", "C-SSRS", "COWS", "RASS", "BPRS", "CUDIT-R")
_STATES = ("Oregon", "Colorado", "Michigan", "Massachusetts", "New York", "Montana", "New Mexico", "Canada")
_PROGRAMS = ("Oregon Psilocybin Services", "Oregon Medical Marijuana Program", "Cannabis Control Commission",
             "Office of Cannabis Management", "Cannabis Regulatory Agency", "Medical Marijuana Registry",
             "Oregon Health Authority", "DEA", "FDA", "SAMHSA")
_MAKERS = ("MAPS Public Benefit Corporation", "Compass Pathways", "Jazz Pharmaceuticals", "Janssen",
           "Lucerna Therapeutics", "Cresco Labs", "Curaleaf")
_PLATFORMS = ("METRC", "BioTrack", "Weedmaps", "Leafly", "Dutchie")
_HOTLINES = ("Poison Help line 1-800-222-1222", "988 Suicide & Crisis Lifeline",
             "SAMHSA National Helpline 1-800-662-4357", "Fireside Project line 6-2-FIRESIDE")
_GOVURLS = ("www.oregon.gov/psilocybin", "www.cdc.gov/cannabis", "poisonhelp.hrsa.gov", "masscannabiscontrol.com",
            "cannabis.ny.gov", "www.michigan.gov/cra")

EPONYMS_AND_BRANDS: tuple[str, ...] = (_STRAINS + _BRANDS + _CANNABINOIDS + _RX + _EPONYMS + _SCORES + _STATES
                                       + _PROGRAMS + _MAKERS + _PLATFORMS + _HOTLINES + _GOVURLS)


def _metrc(rng: random.Random) -> str:
    return "1A40" + "".join(rng.choice("0123456789ABCDEF") for _ in range(6)) + "000" + _d(rng, 11)


_LOOK: dict[str, Callable[[random.Random], str]] = {
    "STRAIN": lambda r: r.choice(_STRAINS),
    "BRAND": lambda r: r.choice(_BRANDS),
    "CANNABINOID": lambda r: r.choice(_CANNABINOIDS),
    "RX": lambda r: r.choice(_RX),
    "EPONYM": lambda r: r.choice(_EPONYMS),
    "SCORE": lambda r: r.choice(_SCORES),
    "STATE": lambda r: r.choice(_STATES),
    "PROGRAM": lambda r: r.choice(_PROGRAMS),
    "MAKER": lambda r: r.choice(_MAKERS),
    "PLATFORM": lambda r: r.choice(_PLATFORMS),
    "HOTLINE": lambda r: r.choice(_HOTLINES),
    "GOVURL": lambda r: r.choice(_GOVURLS),
    "METRC": lambda r: f"package tag {_metrc(r)}",
    "BATCH": lambda r: r.choice((f"COA #LB-{_d(r, 4)}-{_d(r, 4)}", f"test batch HB-{_d(r, 2)}-{_d(r, 4)}",
                                 f"lab batch {_a(r, 3)}{_d(r, 5)}")),
    "LOT": lambda r: r.choice((f"Lot {_d(r, 2)}{_a(r, 1)}{_d(r, 3)}", f"LOT {_a(r, 2)}{_d(r, 5)}",
                               f"lot# {_d(r, 6)}")),
    "NDC": lambda r: f"NDC {_d(r, 5)}-{_d(r, 4)}-{_d(r, 2)}",
    "EXP": lambda r: r.choice((f"EXP {r.randint(2024, 2029)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
                               f"Exp. {r.randint(1, 12):02d}/{r.randint(1, 28):02d}/{r.randint(2024, 2029)}",
                               f"Expires {r.randint(1, 12)}/{r.randint(2024, 2029)}",
                               f"Best by {r.randint(1, 12):02d}/{r.randint(2025, 2029)}")),
    "SHIFT": lambda r: r.choice((f"{r.randint(1, 12):02d}/{r.randint(1, 28):02d}/{r.randint(2110, 2195)}",
                                 f"{r.randint(2110, 2195)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}")),
    "YEAR": lambda r: f"since {r.randint(1998, 2024)}",
    "AGEU": lambda r: f"{r.randint(2, 88)}-year-old",
    "MG": lambda r: f"{r.choice((2.5, 5, 10, 20, 25, 50, 100))} mg",
    "PCT": lambda r: f"THC {r.randint(12, 31)}.{r.randint(0, 9)}%",
    "CBDPCT": lambda r: f"CBD {r.randint(0, 18)}.{r.randint(0, 9)}%",
    "VER": lambda r: f"v{r.randint(2, 9)}.{r.randint(0, 19)}.{r.randint(0, 9)}",
    "GROUP": lambda r: f"{_d(r, 7)}-{r.choice(('A', 'B', '01', '10'))}",
    "DISPLIC": lambda r: f"facility license {r.choice(('DO', 'MMTC', 'RD', 'PC'))}-{_d(r, 5)}",
    "PROTO": lambda r: f"protocol {r.choice(('MDMA', 'PSI', 'KET'))}-{_d(r, 3)}",
    "TFFAX": lambda r: f"lab client-services fax 1-{r.choice(_TOLL_FREE)}-{r.randint(201, 989)}-{_d(r, 4)}",
    "GTIN": lambda r: f"GTIN 00{_d(r, 12)}",
    "UDIHEAD": lambda r: f"(01)00{_d(r, 12)}(17){r.randint(25, 29)}{r.randint(1, 12):02d}30(10)LT{_d(r, 4)}",
    "REF": lambda r: f"REF {_a(r, 2)}-{_d(r, 4)}",
}

_FILL_RE = re.compile(r"\{([A-Z]+)\}|\[\[(.+?)\]\]")


def _fill(rng: random.Random, s: str, la: list[str]) -> str:
    def rep(m: re.Match[str]) -> str:
        if m.group(2) is not None:
            la.append(m.group(2))
            return m.group(2)
        key = m.group(1)
        val = _LOOK[key](rng)
        la.append(val)
        return val

    return _FILL_RE.sub(rep, s)


# --------------------------------------------------------------------------------------------------
# Discharge kinds: section texts (markers {KEY} and [[literal]] are look-alikes, ___ is masked PHI)
# --------------------------------------------------------------------------------------------------

_DS_COMMON: dict[str, list[str]] = {
    "allergies": ["Patient recorded as having No Known Allergies to Drugs", "codeine", "sulfa (rash)",
                  "penicillins / shellfish", "haloperidol (dystonia)"],
    "pmh": [
        "1. Anxiety disorder\n2. GERD\n3. Chronic low back pain\n4. Migraine without aura",
        "- PTSD (military sexual trauma)\n- Major depressive disorder, recurrent\n- Tobacco use",
        "Cannabis use disorder, moderate. Irritable bowel syndrome. Prior cholecystectomy.",
        "Hypertension, osteoarthritis of both knees, insomnia, remote {STRAIN} use",
        "Epilepsy (on {RX} as a child), asthma, ADHD",
    ],
    "exam": [
        "VS: T 98.1 HR 104 BP 142/88 RR 18 SpO2 98% RA\nGen: diaphoretic, actively retching\n"
        "Abd: soft, diffusely tender, no rebound, negative [[Murphy sign]]\nNeuro: A&Ox3, no focal deficits",
        "Vitals: 97.9 88 118/72 16 99%\nHEENT: dry mucous membranes\nCV: RRR no m/r/g\nAbd: mild epigastric "
        "tenderness, no tenderness at [[McBurney point]]\nSkin: no rash",
        "GEN: drowsy but arousable, [[Glasgow Coma Scale]] 14 (E3V5M6)\nPupils 5 mm, reactive\n"
        "Ext: warm, well perfused",
        "T 99.0, P 112, BP 151/94, R 20, O2 97%\nMental status: anxious, tangential, denies SI/HI\n"
        "Neuro: [[Romberg]] negative, gait steady",
    ],
    "results": [
        "___ 06:10AM BLOOD WBC-11.2 RBC-4.71 Hgb-14.3 Hct-42.9 Plt-301\n___ 06:10AM BLOOD Glucose-121 "
        "UreaN-24 Creat-1.3 Na-133 K-3.1 Cl-92 HCO3-31\nLipase 28. Urine tox positive for cannabinoids "
        "(THC-COOH > 100 ng/mL), negative for opiates.",
        "Serum tox: ethanol negative, APAP negative, salicylate negative.\nUrine drug screen: cannabinoids "
        "POSITIVE, amphetamines negative, benzodiazepines negative.\nLactate 2.4 -> 1.1.",
        "BMP: Na 124 (nadir) -> 135, K 3.8, Cr 0.7. Serum osm 262, urine osm 540.\nTSH 1.2. ECG: sinus "
        "tachycardia, QTc 448.",
        "CBC unremarkable. LFTs: AST 31, ALT 44, Alk phos 88, Tbili 0.6. UA: ketones 2+, SG 1.030.",
    ],
    "dispo": ["Home", "Home With Service", "Extended Care", "Home with parents", "Inpatient psychiatry (voluntary)"],
    "condition": [
        "Mental Status: Clear and coherent.\nLevel of Consciousness: Alert and interactive.\n"
        "Activity Status: Ambulatory - Independent.",
        "Mental Status: Confused - sometimes.\nLevel of Consciousness: Lethargic but arousable.\n"
        "Activity Status: Ambulatory - requires assistance or aid (walker or cane).",
    ],
    "followup": ["___", "Follow up with your PCP ___ within 1 week.\n___",
                 "Department: ___\nWhen: ___ at 10:40 AM\nWith: ___\nBuilding: ___\nCampus: ___"],
}

_DS_EXTRAS_COMMON: list[str] = [
    "Review of Systems:\nPositive for nausea, cyclic vomiting, relief with hot showers. Negative for "
    "hematemesis, melena, fever. No chest pain. Full 10-point ROS otherwise negative.",
    "Substance Use:\nCannabis: daily, {PCT} flower and concentrates {YEAR}; last use the morning of "
    "admission. Alcohol: socially. Tobacco: none. Screened with [[CUDIT-R]] (score 19).",
    "Family History:\nMother with depression; father with alcohol use disorder. No seizures.",
    "Counseling:\nDiscussed that the [[988 Suicide & Crisis Lifeline]] is available 24/7 and the "
    "[[Poison Help line 1-800-222-1222]] for any accidental ingestion at home. Written materials from "
    "{GOVURL} provided.",
    "Code status: Full code (confirmed with patient).\nHCP: ___ (___) ___",
    "Assessment:\nDifferential for the vomiting included [[Boerhaave syndrome]] (no pneumomediastinum) and "
    "[[Wernicke encephalopathy]] (thiamine given empirically). Withdrawal monitored with {SCORE}; the "
    "{EPONYM} was not relevant here.",
    "Social:\nMoved from {STATE} {YEAR}; the medical card from that state is not honored here. Uses the "
    "{HOTLINE} when cravings are strong. Alcohol screening ([[CIWA-Ar]], [[COWS]] not indicated).",
    "Sedation:\n[[RASS]] 0 at discharge. Prior records from {STATE} and {STATE} requested; the patient "
    "was told of [[SAMHSA National Helpline 1-800-662-4357]].",
    "Pharmacy note:\nPatient states edibles were {BRAND} ({MG} THC per piece). {CANNABINOID} content per "
    "label; {BATCH}. Reviewed interaction of THC with {RX}.",
    "Nutrition:\nTolerating clears, advanced to low-fat diet. Weight down 4 kg from last visit on {SHIFT}.",
    "Education:\nSafe storage of cannabis products (locked, out of reach, original child-resistant "
    "packaging). Dispensary receipts show products are tracked in [[METRC]]; the patient could not recall "
    "the strain beyond \"{STRAIN}\".",
]

_DS_KINDS: dict[str, dict[str, list[str]]] = {
    "chs_discharge": {
        "service": ["MEDICINE", "GASTROENTEROLOGY"],
        "cc": ["intractable nausea and vomiting", "cyclic vomiting, abdominal pain", "N/V x 3 days"],
        "proc": ["None", "EGD (normal mucosa, no [[Mallory-Weiss tear]])"],
        "hpi": [
            "___ year old with daily cannabis use {YEAR} who presents with 3 days of intractable emesis "
            "and diffuse abdominal pain relieved only by hot showers. Reports using {STRAIN} flower ({PCT}) "
            "and vape cartridges several times daily. Similar episodes x4 in the past year, each resolving "
            "after several days. Denies hematemesis. In the ED received {RX} and IV fluids without relief; "
            "improved after haloperidol 5 mg IV and topical [[capsaicin cream]].",
            "Pt is a {AGEU} man with cannabis hyperemesis syndrome, multiple prior ED visits (last {SHIFT}), "
            "here with recurrent vomiting. He uses dabs of {STRAIN} shatter and {BRAND}. He holds a medical "
            "card (registry ID ___, exp ___) under the [[Oregon Medical Marijuana Program]] for chronic pain. "
            "Denies other drugs. CT A/P in the ED without acute pathology.",
        ],
        "course": [
            "# Cannabinoid hyperemesis syndrome: Treated with IVF, haloperidol, [[capsaicin cream]] to the "
            "abdomen and scheduled {RX}. Symptoms resolved by HD3. Counseled extensively that the only "
            "definitive treatment is cessation; pt ambivalent but agreed to outpatient [[SAMHSA]]-listed "
            "program referral.\n# Hypokalemia / contraction alkalosis: repleted, resolved.\n"
            "# AKI: Cr 1.3 -> 0.9 with fluids.",
            "Admitted to medicine. Lipase and LFTs normal. RUQ US without cholelithiasis. Received "
            "droperidol x1 with good effect. QTc monitored (448 -> 431). Tolerated regular diet by "
            "discharge. Will follow up with GI. Explained that {CANNABINOID}-heavy products and high-"
            "potency concentrates ({PCT}) are the most common culprits.",
        ],
        "meds_adm": ["1. Omeprazole 20 mg PO daily\n2. Cannabis (dispensary products, see below)",
                     "None (cannabis daily per patient)"],
        "meds_dc": ["1. Ondansetron 4 mg PO Q8H PRN nausea\n2. Capsaicin 0.075% cream apply to abdomen PRN\n"
                    "3. Omeprazole 20 mg PO daily",
                    "1. Famotidine 20 mg PO BID\n2. Hydroxyzine 25 mg PO Q6H PRN anxiety"],
        "dx": ["Cannabinoid hyperemesis syndrome\nHypokalemia\nAcute kidney injury, prerenal",
               "Cannabis hyperemesis syndrome\nCannabis use disorder, moderate"],
        "instr": ["You were admitted with severe vomiting caused by regular cannabis use (cannabinoid "
                  "hyperemesis syndrome). The symptoms are likely to return if you keep using cannabis, "
                  "including products labelled high-{CANNABINOID} or \"{STRAIN}\". Hot showers help but do "
                  "not treat the cause."],
        "extras": [
            "Dispensary products at home (per patient photos of labels):\n- {STRAIN} flower, {PCT}, "
            "{CBDPCT}, {METRC}, {EXP}\n- {BRAND}, {MG} THC per piece, {LOT}\n- Live resin cartridge, "
            "{BATCH}",
            "GI consult: Agree with CHS. No indication for gastric emptying study. Avoid opioids. Consider "
            "tricyclic if recurrent episodes despite abstinence.",
        ],
    },
    "peds_edible": {
        "service": ["PEDIATRICS", "PEDIATRIC ICU"],
        "cc": ["lethargy after possible edible ingestion", "unresponsiveness", "ataxia, somnolence"],
        "proc": ["None"],
        "hpi": [
            "___ year old previously healthy child brought in by parents after being found drowsy and "
            "unsteady. A bag of {BRAND} belonging to a relative was found open; up to 4 pieces ({MG} THC "
            "each) unaccounted for. Parents called the [[Poison Help line 1-800-222-1222]] and were "
            "advised to come in. In the ED: GCS 11, HR 138, mild hypotonia, pupils dilated.",
            "Toddler found by grandmother chewing on \"{STRAIN}\" chocolate bar ({MG} per square, 10 squares, "
            "{LOT}). Became sleepy within 1 h. EMS glucose 92. No trauma. The package label lists "
            "{CANNABINOID} and the manufacturer [[Incredibles bar]]; {METRC}.",
        ],
        "course": [
            "Admitted to the PICU for airway monitoring given somnolence. No respiratory depression; "
            "never required intubation. Urine drug screen positive for cannabinoids. Mental status normal "
            "by 18 h. Child protective services report not required per SW assessment of accidental "
            "exposure; safe storage counseling provided. Poison center followed up twice.",
            "Observed on the floor with continuous pulse oximetry. Remained protecting airway. Tolerated "
            "PO by the evening. Discussed child-resistant packaging and locked storage; family will keep "
            "all cannabis products in a lockbox.",
        ],
        "meds_adm": ["None", "Cetirizine 5 mg daily"],
        "meds_dc": ["None", "Cetirizine 5 mg daily"],
        "dx": ["Accidental cannabis (THC edible) ingestion, pediatric", "Cannabis toxicity, unintentional"],
        "instr": ["Your child was observed after eating a THC edible. Keep all cannabis products locked up. "
                  "If this happens again call the [[Poison Help line 1-800-222-1222]] right away."],
        "extras": [
            "Poison center consult (phone):\nSpecialist in poison information: ___\nCase #: ___\n"
            "Recommendations: supportive care, observe until back to baseline, no decontamination, no role "
            "for activated charcoal after 1 h. Expect peak effect 2-4 h after ingestion of {CANNABINOID}.",
            "Product label (photo in media):\n{BRAND} | {MG} THC/serving | 10 servings | {BATCH} | {EXP}\n"
            "Produced by [[Cresco Labs]] | {DISPLIC}",
        ],
    },
    "registry_certification": {
        "service": ["MEDICINE", "ONCOLOGY"],
        "cc": ["refractory nausea on chemotherapy; medical cannabis certification", "chronic pain, fall"],
        "proc": ["None"],
        "hpi": [
            "___ year old with metastatic pancreatic cancer admitted for pain control and nausea. Pt asks "
            "about renewing the state medical cannabis card; previously certified for cancer and severe "
            "nausea. Has tried {RX} and [[Marinol]] (dronabinol, {NDC}) with partial benefit. Uses a "
            "1:1 tincture ({MG} THC / {MG} CBD) from a dispensary at night.",
            "{AGEU} woman with fibromyalgia and chronic neuropathic pain, admitted after a mechanical fall. "
            "Uses {STRAIN} vape nightly under a medical card (registry no. ___, card expires ___). Daughter "
            "is her registered caregiver.",
        ],
        "course": [
            "Pain controlled with scheduled acetaminophen and oxycodone. The palliative team completed the "
            "certification paperwork for the [[Medical Marijuana Registry]] at the patient's request; the "
            "certifying clinician documented the qualifying condition and a bona fide relationship. The "
            "patient did not use cannabis on the unit per hospital policy.",
            "No fracture on imaging. PT cleared for home. Discussed that cannabis is a federally scheduled "
            "substance ([[DEA]]) and that the hospital does not dispense it; family will bring no products.",
        ],
        "meds_adm": ["1. Oxycodone 5 mg PO Q6H PRN\n2. Dronabinol 2.5 mg PO BID\n3. Senna 8.6 mg BID"],
        "meds_dc": ["1. Oxycodone 5 mg PO Q6H PRN\n2. Dronabinol 2.5 mg PO BID\n3. Olanzapine 2.5 mg QHS"],
        "dx": ["Metastatic pancreatic adenocarcinoma\nCancer-related pain\nChemotherapy-induced nausea",
               "Fall without fracture\nFibromyalgia"],
        "instr": ["Your medical cannabis certification was completed. Do not drive after using cannabis. "
                  "Keep products in the original packaging."],
        "extras": [
            "CERTIFICATION LETTER (scanned)\nTo the {PROGRAM}:\nI certify that my patient, ___, DOB ___, "
            "has a qualifying medical condition (cancer; severe nausea) and may benefit from the medical "
            "use of cannabis. Recommended: oral/sublingual tincture, max {MG} THC per day.\nPractitioner "
            "registration: ___  Signature: ___",
            "Registry paperwork checklist:\n[x] Patient application   [x] Proof of residency   "
            "[ ] Caregiver designation\n[x] Fee waiver (Medicaid)   Card no. ___   Status: pending\n"
            "Checked against {GOVURL}",
        ],
    },
    "dispensary_medrec": {
        "service": ["MEDICINE", "ORTHOPAEDICS"],
        "cc": ["syncope", "hip fracture after fall", "palpitations after edible"],
        "proc": ["None", "Right hip hemiarthroplasty"],
        "hpi": [
            "___ year old on a medical cannabis program presenting with syncope at home. Medication "
            "reconciliation with the patient's dispensary purchase history (printed from the dispensary "
            "portal) shows frequent high-potency edible purchases. Took two pieces of {BRAND} ({MG} each) "
            "1 h before the event, with her usual {RX}.",
            "{AGEU} man admitted after a fall at home; family reports he started using a {STRAIN} tincture "
            "for sleep and arthritis. He brought all products; pharmacy completed a full reconciliation "
            "including cannabinoid products.",
        ],
        "course": [
            "Orthostatic on admission; improved with fluids. Telemetry without arrhythmia. Counseled on "
            "avoiding combination of {CANNABINOID} edibles with sedatives. Pharmacy reviewed interactions "
            "(CYP2C19/3A4) with clobazam and warfarin.",
            "Hip fracture repaired HD2. Post-op delirium managed non-pharmacologically. Cannabis products "
            "sent home with family.",
        ],
        "meds_adm": ["1. Lisinopril 10 mg daily\n2. Zolpidem 5 mg QHS\n3. Cannabis edibles (see dispensary "
                     "record)", "1. Warfarin 5 mg daily\n2. THC/CBD tincture nightly"],
        "meds_dc": ["1. Lisinopril 5 mg daily\n2. Melatonin 3 mg QHS", "1. Warfarin 4 mg daily\n"
                    "2. Acetaminophen 650 mg Q6H PRN"],
        "dx": ["Syncope, orthostatic\nCannabis edible use", "Right femoral neck fracture\nDelirium, resolved"],
        "instr": ["Please avoid combining edibles with sleeping pills. Bring all products, including "
                  "dispensary products, to every appointment."],
        "extras": [
            "DISPENSARY PURCHASE HISTORY (patient printout)\nDate       | Product                 | THC  "
            "| Qty\n{SHIFT} | {STRAIN} 3.5 g         | {PCT} | 1\n___ | {BRAND}  | {MG}/pc | 2\n"
            "___ | Tincture 1:1 30 mL       | {MG}/mL | 1\nTracked in {PLATFORM}; {DISPLIC}",
            "PRODUCT LABELS (transcribed by pharmacy):\n1) {STRAIN} pre-roll 1 g - {PCT} / {CBDPCT} - "
            "{METRC} - {BATCH}\n2) {BRAND} - {MG} THC per piece - {LOT} - {EXP}\n3) [[Epidiolex]] "
            "100 mg/mL (Rx, {NDC}) - not a dispensary product",
            "Cannabis reconciliation per [[Leafly]] strain page the patient showed us: \"{STRAIN}\" "
            "(hybrid). Patient also uses [[Weedmaps]] to order; software {VER}.",
        ],
    },
    "mro_letter": {
        "service": ["SURGERY", "ORTHOPAEDICS", "MEDICINE"],
        "cc": ["hand laceration at work", "crush injury, post-accident drug test", "forklift collision"],
        "proc": ["Washout and repair of right hand laceration", "None"],
        "hpi": [
            "___ year old forklift operator injured at work when a pallet shifted. Employer requested a "
            "post-accident drug test. Reports a medical cannabis card and uses {STRAIN} vape at night only, "
            "never at work. Collection done in the ED under chain of custody.",
            "{AGEU} commercial driver in a low-speed yard collision, brought in for wrist pain. Urine "
            "collected for a [[DOT]] post-accident test per employer's program ({PROGRAM} rules do not "
            "apply to federal testing).",
        ],
        "course": [
            "Laceration repaired by hand surgery. Drug test: immunoassay positive for cannabinoids, confirmed "
            "THC-COOH 87 ng/mL (cutoff 15 ng/mL) by GC-MS. Medical cannabis use is not a legitimate medical "
            "explanation under federal rules; result verified positive by the MRO.",
            "Wrist fracture splinted. Urine sent to a certified lab; result pending at discharge. Patient "
            "informed that the MRO will call him.",
        ],
        "meds_adm": ["None"],
        "meds_dc": ["1. Cephalexin 500 mg QID x5 days\n2. Ibuprofen 600 mg Q6H PRN"],
        "dx": ["Right hand laceration with tendon involvement", "Distal radius fracture, nondisplaced"],
        "instr": ["Keep the splint dry. Your employer's drug-test results go to the MRO, not to this "
                  "hospital."],
        "extras": [
            "MRO VERIFICATION LETTER (scanned)\nDonor: ___   Donor ID: ___\nReason for test: Post-accident"
            "\nPanel: [[SAMHSA-5]]  Result: POSITIVE - marijuana metabolite (THC-COOH)\nVerified by: ___, DO, "
            "MRO   Date verified: ___\nTPA: see {TFFAX}",
            "Chain of custody: split specimen, temp in range (94 F), seal intact. Federal CCF copy 2 to "
            "MRO. Lab: [[SAMHSA]]-certified. Method: immunoassay then GC-MS, {VER} LIMS.",
        ],
    },
    "psilocybin_adverse": {
        "service": ["PSYCHIATRY", "MEDICINE"],
        "cc": ["agitation and chest pain after psilocybin session", "persistent anxiety after psilocybin"],
        "proc": ["None"],
        "hpi": [
            "___ year old with treatment-resistant depression who took 25 mg psilocybin (mushroom product, "
            "{BATCH}) at a licensed service center under the {PROGRAM} framework. About 2 h in became "
            "agitated, hypertensive (182/104) and reported chest tightness; the facilitator called 911. "
            "No other substances per patient. Used the [[Fireside Project line 6-2-FIRESIDE]] once before.",
            "{AGEU} woman with PTSD seen 3 days after an administration session for persistent derealization "
            "and insomnia. Preparation session was completed; the dose was 3.5 g of dried product "
            "(labelled {MG} psilocybin), {LOT}.",
        ],
        "course": [
            "Troponin negative x2. ECG sinus tachycardia without ischemia. Agitation resolved with lorazepam "
            "1 mg PO and a quiet room; facilitator remained at bedside initially. Psychiatry saw the patient: "
            "no psychosis, no SI. [[C-SSRS]] negative. Discharged to a friend.",
            "Derealization improved over 48 h with sleep restoration (trazodone). Integration session "
            "scheduled with the service center. Reported to the program's adverse-event line; no other "
            "action needed.",
        ],
        "meds_adm": ["1. Sertraline (tapered off 2 weeks prior per service center screening)", "None"],
        "meds_dc": ["1. Trazodone 50 mg QHS PRN x7 days", "1. Lorazepam 0.5 mg PO BID PRN x3 days"],
        "dx": ["Acute adverse reaction to psilocybin (hypertension, anxiety)", "Hallucinogen persisting "
               "perception, transient"],
        "instr": ["Avoid further psilocybin sessions until cleared by your psychiatrist."],
        "extras": [
            "SERVICE CENTER TRANSFER NOTE (faxed)\nClient: ___   Client no.: ___\nProduct: psilocybin "
            "mushroom, {BATCH}, tested by a licensed lab\nDose: 25 mg   Start: 10:05   Event: 12:10\n"
            "Facilitator: ___   License: ___\nCenter license: ___ (not the facilitator's)",
            "Screening per {PROGRAM}: client information form, [[PHQ-9]] 21 at screening, [[GAD-7]] 15, "
            "lithium and tramadol excluded. Regulator site {GOVURL}.",
        ],
    },
    "ketamine_clinic": {
        "service": ["MEDICINE", "PSYCHIATRY"],
        "cc": ["hypertensive urgency during ketamine infusion", "prolonged dissociation after ketamine"],
        "proc": ["None"],
        "hpi": [
            "___ year old with treatment-resistant depression receiving IV ketamine (0.5 mg/kg over 40 min) "
            "at an outpatient ketamine clinic, 6th infusion. BP rose to 196/110 with headache; clinic sent "
            "the patient to the ED. Also on [[Spravato]] previously ({MG} intranasal), stopped for cost.",
            "{AGEU} man with PTSD on ketamine-assisted psychotherapy (IM ketamine plus therapy) who remained "
            "dissociated and vomited 3 h after the session. Ride home could not be arranged.",
        ],
        "course": [
            "BP normalized with labetalol 10 mg IV x1 and rest. CT head negative. No end-organ damage. "
            "Clinic notified; recommended pre-treatment clonidine and lower dose.",
            "Dissociation resolved within 5 h. Ondansetron for nausea. Urine drug screen negative except "
            "ketamine (expected). Discussed with the infusion clinic prescriber.",
        ],
        "meds_adm": ["1. Bupropion XL 300 mg daily\n2. Ketamine infusions weekly (clinic)"],
        "meds_dc": ["1. Bupropion XL 300 mg daily\n2. Clonidine 0.1 mg PO pre-infusion"],
        "dx": ["Hypertensive urgency related to ketamine infusion", "Ketamine-associated dissociation"],
        "instr": ["Do not drive for 24 h after any ketamine treatment. Bring this summary to the clinic."],
        "extras": [
            "KETAMINE CLINIC FLOWSHEET (pasted)\nTime | BP | HR | SpO2 | [[MADRS]] / dissociation\n"
            "0 min | 128/80 | 76 | 99 | baseline\n20 min | 168/96 | 92 | 98 | CADSS 22\n40 min | 196/110 | 98 "
            "| 98 | infusion stopped\nPump model: {REF}; tubing {LOT}",
            "Prior auth note: ketamine infusions are off-label and not covered; [[esketamine]] ([[Janssen]], "
            "{NDC}) was covered but stopped. Patient paying out of pocket.",
        ],
    },
    "mdma_trial": {
        "service": ["MEDICINE", "NEUROLOGY"],
        "cc": ["hyponatremia and confusion after MDMA-assisted therapy session", "hyperthermia"],
        "proc": ["None"],
        "hpi": [
            "___ year old enrolled in an MDMA-assisted therapy trial for PTSD ({PROTO}, sponsor "
            "{MAKER}; participant no. ___). During the experimental session (120 mg + 60 mg supplemental) "
            "drank about 4 L water; in the evening developed headache, vomiting and confusion. Sodium "
            "121 on arrival.",
            "{AGEU} veteran in a phase 3 MDMA trial ({PROTO}) with temperature 39.4 C and agitation 5 h "
            "after dosing at the study site. [[CAPS-5]] at baseline 44. Study team accompanied the patient.",
        ],
        "course": [
            "Hyponatremia corrected with fluid restriction and 3% saline boluses; sodium rose <8 mEq/L/24 h. "
            "Mental status normal by HD2. Sponsor safety reporting completed by the site PI; study drug "
            "unblinded as MDMA.",
            "Active cooling, benzodiazepines, IV fluids. CK peaked at 3,410. No rhabdo-related AKI. "
            "Investigators informed; participant withdrawn from further sessions.",
        ],
        "meds_adm": ["1. Prazosin 2 mg QHS (held per protocol)"],
        "meds_dc": ["1. Prazosin 2 mg QHS (resume)"],
        "dx": ["Hyponatremia (MDMA-associated)", "Hyperthermia, drug-induced"],
        "instr": ["Contact the study team before any further study visit. Limit fluids to 1.5 L/day until "
                  "your labs are checked."],
        "extras": [
            "RESEARCH NOTE: IND held by {MAKER}; {PROTO}; participant id ___ (masked); randomization ___. "
            "Serious adverse event form faxed to sponsor safety at {TFFAX}.",
        ],
    },
    "caregiver_sw": {
        "service": ["MEDICINE", "NEUROLOGY", "ONCOLOGY"],
        "cc": ["seizure, breakthrough", "failure to thrive", "ALS progression"],
        "proc": ["PEG placement", "None"],
        "hpi": [
            "___ year old with Lennox-Gastaut syndrome on [[Epidiolex]] (cannabidiol, {NDC}) and a "
            "dispensary CBD oil (\"{STRAIN}\", {CBDPCT}) admitted with seizure cluster. Mother is the "
            "designated medical cannabis caregiver and administers all doses.",
            "{AGEU} with ALS admitted with aspiration pneumonia. Uses a THC/CBD tincture for spasticity "
            "under a medical card; son is the registered caregiver and buys products.",
        ],
        "course": [
            "Seizures controlled with lorazepam and a clobazam increase. Neurology advised against "
            "unregulated CBD products due to variable content; mother will continue [[Epidiolex]] only. "
            "Social work met family (see note).",
            "Antibiotics completed. PEG placed. Hospice discussion held; family elects home with hospice.",
        ],
        "meds_adm": ["1. Cannabidiol (Epidiolex) 10 mg/kg/day\n2. Clobazam 10 mg BID"],
        "meds_dc": ["1. Cannabidiol (Epidiolex) 10 mg/kg/day\n2. Clobazam 15 mg BID"],
        "dx": ["Lennox-Gastaut syndrome with seizure cluster", "ALS; aspiration pneumonia"],
        "instr": ["Give only the prescription cannabidiol. Do not give store-bought CBD oil."],
        "extras": [
            "SOCIAL WORK NOTE\nMet with mother, who is the patient's designated caregiver on the state "
            "registry (caregiver card ___; patient card ___). Caregiver may possess and administer products "
            "for the patient. Discussed school nurse administration plan and safe storage. Family receives "
            "Medicaid; transportation arranged.",
            "Caregiver designation form (copy): Patient: ___  Caregiver: ___  Relationship: parent  "
            "Designation date: ___  Registry: {PROGRAM}",
        ],
    },
    "cannabis_psychosis": {
        "service": ["PSYCHIATRY"],
        "cc": ["paranoia and auditory hallucinations", "agitation, bizarre behavior"],
        "proc": ["None"],
        "hpi": [
            "___ year old with heavy daily use of high-potency concentrates (dabs, wax, {PCT} flower) "
            "brought by police after standing in traffic, convinced that dispensary staff were tracking "
            "him through the {PLATFORM} package tags. No prior psychiatric history.",
            "{AGEU} woman with new paranoia after switching to [[delta-8-THC]] vapes bought at a gas "
            "station and a {BRAND}; reports voices commenting on her.",
        ],
        "course": [
            "Started olanzapine 10 mg QHS. [[BPRS]] 54 -> 31 over 9 days. Insight improved. Counseled that "
            "continued high-potency cannabis use increases relapse risk. Linked to early psychosis program.",
            "Symptoms resolved within 72 h of abstinence; antipsychotic stopped. Diagnosis: cannabis-induced "
            "psychotic disorder. Motivational interviewing; outpatient referral.",
        ],
        "meds_adm": ["None"],
        "meds_dc": ["1. Olanzapine 10 mg PO QHS", "None"],
        "dx": ["Cannabis-induced psychotic disorder", "Cannabis use disorder, severe"],
        "instr": ["Avoid cannabis and THC vapes. Return for any voices or thoughts of harming yourself; "
                  "call the [[988 Suicide & Crisis Lifeline]]."],
        "extras": [
            "Collateral: roommate reports daily dabbing of {STRAIN} wax. Products bought at several "
            "dispensaries; receipts reviewed. Also bought \"{CANNABINOID}\" products online.",
            "Legal: Patient on a 72-hour hold initially, converted to voluntary. No charges filed.",
        ],
    },
}

# --------------------------------------------------------------------------------------------------
# Radiology kinds
# --------------------------------------------------------------------------------------------------

_RAD_KINDS: dict[str, dict[str, list[str]]] = {
    "ct_abdomen": {
        "exam": ["CT ABD & PELVIS WITH CONTRAST", "CT ABDOMEN AND PELVIS WITHOUT CONTRAST"],
        "indication": ["___ year old man with cyclic vomiting, daily cannabis use, eval for obstruction",
                       "___ year old woman with abdominal pain and emesis, r/o appendicitis"],
        "technique": ["Multidetector CT of the abdomen and pelvis with 100 mL Omnipaque 350 IV. Coronal and "
                      "sagittal reformats.", "Helical CT from the lung bases to the pubic symphysis without "
                      "IV contrast."],
        "findings": [
            "LOWER CHEST: Lung bases clear. No pleural effusion.",
            "HEPATOBILIARY: Liver homogeneous, 18 [[Hounsfield units]] fatty change not seen; no lesion in "
            "[[Couinaud segment]] 7. Gallbladder normal. No biliary dilatation.",
            "PANCREAS: Normal. No peripancreatic stranding.",
            "GI: Stomach distended with fluid. Small bowel normal caliber. Appendix normal. No free air.",
            "PELVIS: Bladder unremarkable. No free fluid in the pelvis or [[Morison pouch]].",
            "BONES: No suspicious lesion.",
        ],
        "impression": ["No acute intra-abdominal process. Fluid-distended stomach, nonspecific, in keeping "
                       "with the clinical history of vomiting.", "Normal appendix. No obstruction."],
        "extras": ["DOSE: DLP 612 mGy-cm. CTDIvol 11.4 mGy.",
                   "NOTE: Protocol per department; contrast {LOT}, {EXP}."],
    },
    "ct_head_fall": {
        "exam": ["CT HEAD W/O CONTRAST", "CT HEAD AND C-SPINE WITHOUT CONTRAST"],
        "indication": ["___ year old woman, fall after eating a THC edible, head strike, on apixaban",
                       "___ year old man, unwitnessed fall, cannabis intoxication, eval for bleed"],
        "technique": ["Contiguous axial images of the brain without contrast. Bone and soft tissue "
                      "algorithms. Sagittal/coronal reformats."],
        "findings": [
            "No acute intracranial hemorrhage, edema, mass effect or large territory infarct.",
            "Ventricles and sulci are prominent, compatible with age-related volume loss. Periventricular "
            "white matter hypodensities, likely chronic small vessel ischemic disease.",
            "Right frontal scalp hematoma without underlying fracture. Paranasal sinuses clear.",
            "C-SPINE: Alignment maintained. No fracture. Multilevel degenerative disc disease, worst at "
            "C5-6.",
        ],
        "impression": ["No acute intracranial abnormality. Right frontal scalp hematoma.",
                       "No acute fracture of the cervical spine."],
        "extras": ["Recommend clinical correlation; no follow-up imaging needed per [[Fleischner Society]] "
                   "(incidental 3 mm lung apex nodule).", "DLP 1041 mGy-cm."],
    },
    "cxr_vaping": {
        "exam": ["CHEST (PA AND LAT)", "CT CHEST WITHOUT CONTRAST", "CHEST (PORTABLE AP)"],
        "indication": ["___ year old with cough, dyspnea, daily THC cartridge vaping ({BRAND}), eval EVALI",
                       "___ year old with hypoxia after using illicit THC cartridges, r/o pneumonia"],
        "technique": ["PA and lateral views of the chest.", "Volumetric non-contrast CT of the chest with "
                      "1.25 mm reconstructions."],
        "findings": [
            "Bilateral patchy ground-glass opacities with subpleural sparing, lower lobe predominant.",
            "No pleural effusion or pneumothorax. Heart size normal. Mediastinal contours normal; no "
            "[[Virchow node]] palpable per clinician.",
            "No focal consolidation. Mild bronchial wall thickening.",
            "Small bilateral pleural effusions. No lymphadenopathy.",
        ],
        "impression": ["Bilateral ground-glass opacities with subpleural sparing; in the setting of vaping "
                       "THC products ({CANNABINOID} cartridges, vitamin E acetate suspected), findings are "
                       "compatible with EVALI.", "No acute cardiopulmonary process."],
        "extras": ["Cartridge brought by family: {BRAND}, {METRC} (legal product) and an unlabelled "
                   "cartridge.", "Reported to the health department per CDC guidance ({GOVURL})."],
    },
    "us_ruq": {
        "exam": ["LIVER OR GALLBLADDER US (SINGLE ORGAN)", "ABDOMEN US (COMPLETE STUDY)"],
        "indication": ["___ year old with epigastric pain and vomiting, cannabis user, eval gallstones",
                       "___ year old, RUQ pain, elevated ALT, r/o cholecystitis"],
        "technique": ["Grayscale and color Doppler ultrasound of the abdomen."],
        "findings": [
            "LIVER: Normal echotexture. No focal lesion. [[Glisson capsule]] smooth. Portal vein patent with "
            "hepatopetal flow.",
            "GALLBLADDER: No stones or wall thickening. Sonographic [[Murphy sign]] negative.",
            "CBD: 3 mm. No intrahepatic ductal dilatation.",
            "PANCREAS: Head and body unremarkable; tail obscured by bowel gas.",
            "KIDNEYS: Right 10.8 cm, left 11.2 cm. No hydronephrosis.",
        ],
        "impression": ["Normal right upper quadrant ultrasound.", "No cholelithiasis or cholecystitis."],
        "extras": ["Study performed on portable unit; software {VER}."],
    },
    "peds_imaging": {
        "exam": ["CT HEAD W/O CONTRAST (PEDIATRIC)", "ABDOMEN (SUPINE AND UPRIGHT) PEDIATRIC"],
        "indication": ["___ year old child with somnolence after suspected THC edible ingestion, r/o "
                       "intracranial process", "___ year old with vomiting after eating gummies, r/o foreign "
                       "body or obstruction"],
        "technique": ["Low-dose pediatric protocol, axial images with reformats.",
                      "Supine and upright frontal radiographs of the abdomen."],
        "findings": [
            "No intracranial hemorrhage, mass effect or hydrocephalus. Gray-white differentiation preserved.",
            "Normal bowel gas pattern. No radiopaque foreign body. No free air.",
            "Visualized lung bases clear. Osseous structures normal for age.",
            "Mastoid air cells and paranasal sinuses clear.",
        ],
        "impression": ["Normal head CT.", "No radiopaque foreign body; nonobstructive bowel gas pattern."],
        "extras": ["Clinical note: ingestion of {BRAND}; [[Poison Help line 1-800-222-1222]] consulted by "
                   "the ED.", "Dose: CTDIvol 14 mGy (pediatric protocol {VER})."],
    },
    "rad_addendum": {
        "exam": ["CT C-SPINE W/O CONTRAST (OUTSIDE FILMS, SECOND OPINION)", "CT TORSO TRAUMA (ADDENDUM)"],
        "indication": ["___ year old driver in a single-vehicle crash, reportedly impaired (THC), "
                       "outside study for over-read", "___ year old, MVC, tox positive for cannabinoids"],
        "technique": ["Outside images loaded to PACS and reviewed. Quality diagnostic."],
        "findings": [
            "Nondisplaced fracture of the right C6 lamina. No malalignment. Prevertebral soft tissues normal.",
            "Small left pneumothorax, unchanged. Nondisplaced left 5th and 6th rib fractures.",
            "Grade II splenic laceration without active extravasation. Small perisplenic hematoma.",
            "No aortic injury. No pelvic fracture.",
        ],
        "impression": ["ADDENDUM: On review, right C6 lamina fracture not described in the outside report. "
                       "Findings discussed with the trauma team.", "Stable small left pneumothorax; grade II "
                       "splenic laceration."],
        "extras": ["Outside report referenced the [[Glasgow Coma Scale]] of 14 at the scene.",
                   "Toxicology (ED): THC-COOH positive; blood ethanol negative. {CANNABINOID} not quantified."],
    },
}

DOCUMENT_KINDS: tuple[str, ...] = tuple(_DS_KINDS) + tuple(_RAD_KINDS)

_RAD_EXTRAS_COMMON: list[str] = [
    "CLINICAL INFORMATION:  Per the requisition, the patient reports heavy cannabis use ({STRAIN}, {PCT}) "
    "and occasional {BRAND}. No prior imaging available at this institution.",
    "NOTE:  This examination was protocolled by the radiology resident and reviewed by the attending. "
    "Contrast: none or as above. Reporting software {VER}.",
    "RECOMMENDATION(S):  Clinical correlation. No dedicated follow-up imaging is required for the findings "
    "above unless symptoms persist.",
    "COMMUNICATION:  Preliminary findings were placed in the ED dashboard by ___ at ___.",
    "ADDITIONAL HISTORY:  Recently moved from {STATE}; prior imaging there not available. {EPONYM} "
    "mentioned on the requisition is not assessable on this study.",
]

_Part = str | tuple[str, str]
_Block = list[_Part]
_Parts = tuple[list[_Block], list[_Block], list[_Block], list[str]]


def _pick(rng: random.Random, spec: dict[str, list[str]], key: str, la: list[str]) -> str:
    return _fill(rng, rng.choice(spec[key]), la)


def _ds_blocks(rng: random.Random, kind: str, la: list[str]) -> _Parts:
    spec = _DS_KINDS[kind]
    c = _DS_COMMON
    sex = rng.choice("MF")
    head = [
        [f"Name:  ___{' ' * rng.randint(6, 18)}Unit No:   ___"],
        [f"Admission Date:  ___{' ' * rng.randint(6, 14)}Discharge Date:   ___"],
        [f"Date of Birth:  ___{' ' * rng.randint(6, 13)}Sex:   {sex}"],
        [f"Service: {rng.choice(spec['service'])}"],
        [f"Allergies:\n{_pick(rng, c, 'allergies', la)}"],
        ["Attending: ___."],
    ]
    body = [
        [f"Chief Complaint:\n{_pick(rng, spec, 'cc', la)}"],
        [f"Major Surgical or Invasive Procedure:\n{_pick(rng, spec, 'proc', la)}"],
        [f"History of Present Illness:\n{_pick(rng, spec, 'hpi', la)}"],
        [f"Past Medical History:\n{_pick(rng, c, 'pmh', la)}"],
        [f"Social History:\n{rng.choice(('___', 'Lives with ___. Works as ___.', 'Lives alone; see HPI.'))}"],
        [f"Physical Exam:\n{_pick(rng, c, 'exam', la)}"],
        [f"Pertinent Results:\n{_pick(rng, c, 'results', la)}"],
        [f"Brief Hospital Course:\n{_pick(rng, spec, 'course', la)}"],
        [f"Medications on Admission:\n{_pick(rng, spec, 'meds_adm', la)}"],
        [f"Discharge Medications:\n{_pick(rng, spec, 'meds_dc', la)}"],
    ]
    tail = [
        [f"Discharge Disposition:\n{_pick(rng, c, 'dispo', la)}"],
        [f"Discharge Diagnosis:\n{_pick(rng, spec, 'dx', la)}"],
        [f"Discharge Condition:\n{_pick(rng, c, 'condition', la)}"],
        [f"Discharge Instructions:\n{_pick(rng, spec, 'instr', la)}"],
        [f"Followup Instructions:\n{_pick(rng, c, 'followup', la)}"],
    ]
    extras = list(spec["extras"]) + list(_DS_EXTRAS_COMMON)
    rng.shuffle(extras)
    return head, body, tail, extras


def _rad_blocks(rng: random.Random, kind: str, la: list[str]) -> _Parts:
    spec = _RAD_KINDS[kind]
    sep = rng.choice(("  ", " ", "   "))
    head = [
        [f"EXAMINATION:{sep}{rng.choice(spec['exam'])}"],
        [f"INDICATION:{sep}{_pick(rng, spec, 'indication', la)}"],
        [f"TECHNIQUE:{sep}{_pick(rng, spec, 'technique', la)}"],
        [f"COMPARISON:{sep}{rng.choice(('___.', 'None.', '___ CT.', 'Outside study ___.'))}"],
    ]
    finds = list(spec["findings"])
    k = rng.randint(max(2, len(finds) - 2), len(finds))
    chosen = finds[:k]
    body: list[_Block] = [["FINDINGS:"]] + [[_fill(rng, f, la)] for f in chosen]
    tail = [[f"IMPRESSION:\n\n{_pick(rng, spec, 'impression', la)}"]]
    extras = list(spec["extras"]) + list(_RAD_EXTRAS_COMMON)
    rng.shuffle(extras)
    return head, body, tail, extras


_KINDS: dict[str, tuple[str, Callable[[random.Random, str, list[str]], _Parts]]] = {
    **{k: ("discharge", _ds_blocks) for k in _DS_KINDS},
    **{k: ("radiology", _rad_blocks) for k in _RAD_KINDS},
}


def document_kind(seed: int, i: int) -> str:
    """The document kind of note i for this seed (Weyl sequences, stable across processes)."""
    pool = tuple(_RAD_KINDS) if _is_radiology(seed, i) else tuple(_DS_KINDS)
    return pool[int(_frac(i * _SQRT2 + seed * 0.3819660) * len(pool))]


def _render(rng: random.Random, template: str, value: str | None, cat: str, la: list[str]) -> _Block:
    pre, post = template.split("{V}")
    pre, post = _fill(rng, pre, la), _fill(rng, post, la)
    if value is None:
        return [pre + "___" + post]
    return [pre, (value, cat), post]


def _label_of(block: _Block) -> str | None:
    first = block[0] if isinstance(block[0], str) else ""
    m = re.match(r"([A-Z][A-Z ]+):", first)
    return m.group(1) if m else None


def _assemble(blocks: list[_Block], joiner: str) -> tuple[str, list[tuple[int, int, str]]]:
    out: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    for bi, block in enumerate(blocks):
        if bi:
            out.append(joiner)
            pos += len(joiner)
        for part in block:
            if isinstance(part, str):
                out.append(part)
                pos += len(part)
            else:
                value, cat = part
                spans.append((pos, pos + len(value), cat))
                out.append(value)
                pos += len(value)
    return "".join(out), spans


def _place(rng: random.Random, pos: str, block: _Block, head: list[_Block], body: list[_Block],
           tail: list[_Block]) -> None:
    if pos == "head":
        label = _label_of(block)
        same = [k for k, b in enumerate(head)
                if label is not None and _label_of(b) == label and all(isinstance(p, str) for p in b)]
        if same:
            head[same[0]] = block
        else:
            head.insert(rng.randint(2, len(head)), block)
    elif pos == "tail":
        if rng.random() < 0.6:
            tail.append(block)
        else:
            tail.insert(rng.randint(0, len(tail)), block)
    else:
        r = rng.random()
        if r < 0.45 and body:
            target = body[rng.randrange(1 if len(body) > 1 else 0, len(body))]
            target.append(rng.choice(("\n", "\n", " ", "  ")))
            target.extend(block)
        else:
            body.insert(rng.randint(1, len(body)), block)


def _choose_template(rng: random.Random, cat: str, ctx: str, used: set[str]) -> tuple[str, str, str]:
    options = [t for t in _TEMPLATES[cat] if t[0] in (ctx, "any") and t[2] not in used]
    if not options:
        options = [t for t in _TEMPLATES[cat] if t[0] in (ctx, "any")]
    _, pos, text, gen = rng.choice(options)
    used.add(text)
    return pos, text, gen


def _build(seed: int, i: int) -> tuple[LabelledNote, list[str], str]:
    """(note, look-alikes present in it, "heavy" | "normal") for note i of this seed."""
    rng = random.Random(f"holdout87:{seed}:{i}")
    kind = document_kind(seed, i)
    heavy = _is_heavy(i)
    note_type, builder = _KINDS[kind]
    ctx = "rad" if note_type == "radiology" else "ds"
    la: list[str] = []
    head, body, tail, extras = builder(rng, kind, la)
    used: set[str] = set()
    for cat in _categories(seed, i):
        pos, text, gen = _choose_template(rng, cat, ctx, used)
        _place(rng, pos, _render(rng, text, _GEN[gen](rng), cat, la), head, body, tail)
    joiner = "\n\n" if ctx == "ds" else rng.choice(("\n\n", "\n \n"))
    n_masked = rng.randint(1, 3)
    for _ in range(n_masked):
        cat = rng.choice(_WEYL_CATS)
        pos, text, _gen = _choose_template(rng, cat, ctx, used)
        _place(rng, pos, _render(rng, text, None, cat, la), head, body, tail)
    if heavy:
        want = 25 + rng.randint(0, 8)
        while _assemble(head + body + tail, joiner)[0].count("___") < want:
            cat = rng.choice(_WEYL_CATS)
            pos, text, _gen = _choose_template(rng, cat, ctx, used)
            _place(rng, pos, _render(rng, text, None, cat, la), head, body, tail)
    target = rng.randint(1250, 3900)
    for extra in extras:
        if len(_assemble(head + body + tail, joiner)[0]) >= target:
            break
        la_extra: list[str] = []
        block: _Block = [_fill(rng, extra, la_extra)]
        trial = body[:]
        trial.insert(len(trial) if ctx == "rad" and rng.random() < 0.7 else rng.randint(1, len(trial)), block)
        if len(_assemble(head + trial + tail, joiner)[0]) > 4400:
            continue
        body[:] = trial
        la.extend(la_extra)
    text, spans = _assemble(head + body + tail, joiner)
    seen: list[str] = []
    for x in la:
        if x not in seen and x in text:
            seen.append(x)
    return LabelledNote(note_type, text, spans), seen, "heavy" if heavy else "normal"


def holdout87_note(seed: int, i: int) -> LabelledNote:
    return _build(seed, i)[0]


def holdout87_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout87_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = holdout_measure.measure(
        holdout87_corpus, argv, "Held-out corpus 87 (medical cannabis, dispensaries, psychedelic-assisted therapy)")
    holdout_measure.report("holdout87", args, notes, hits, res)


if __name__ == "__main__":
    main()
