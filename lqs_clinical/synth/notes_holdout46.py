"""Held-out corpus 46: burn, plastic and hand surgery — burn-unit, graft/flap, tissue-bank, hyperbaric,
hand-therapy, clinical-photography, injury-history, protective-referral and imaging notes.

Document kinds (note type in brackets):

- ``burn_admission`` [discharge] — burn-unit admission H&P with a Lund and Browder TBSA chart and the
  Parkland resuscitation calculation;
- ``burn_daily`` [discharge] — burn ICU daily progress note with an hourly fluid-resuscitation flowsheet;
- ``graft_opnote`` [discharge] — excision and split-thickness skin-graft operative note;
- ``flap_opnote`` [discharge] — pedicled / free flap operative note with flap-monitoring orders;
- ``tissue_tracking`` [discharge] — tissue-bank allograft / xenograft / dermal-substitute tracking record;
- ``hbo_log`` [discharge] — hyperbaric oxygen treatment session log;
- ``hand_therapy`` [discharge] — hand-therapy evaluation and splinting (orthosis) note;
- ``photo_consent`` [discharge] — clinical photo-documentation consent with a photography log;
- ``occ_injury`` [discharge] — occupational injury history / workers'-compensation first report;
- ``scene_history`` [discharge] — domestic and vehicle fire injury circumstances (EMS/fire/police hand-off);
- ``protective_referral`` [discharge] — child-protection or adult-protective referral for suspicious burns;
- ``burn_clinic`` [discharge] — outpatient burn-clinic follow-up (scar, garments, return to work);
- ``burn_discharge`` [discharge] — MIMIC-style discharge summary of a burn admission;
- ``xr_hand`` [radiology] — hand and wrist radiographs;
- ``cta_flap`` [radiology] — CT angiography for flap planning (perforator mapping, run-off);
- ``cxr_inhalation`` [radiology] — chest radiographs after inhalation injury;
- ``fluoro_hardware`` [radiology] — intra-operative fluoroscopy for hand / wrist hardware;
- ``bone_scan_frostbite`` [radiology] — three-phase bone scintigraphy for frostbite / burn viability;
- ``us_flap_doppler`` [radiology] — duplex / Doppler ultrasound of a flap pedicle or limb veins.

Labelling conventions (label policy of the residual-identifier probe):

PERSON is one span per name (given and family together, titles outside); LOCATION is a place below
state level (a street line is STREET_ADDRESS; town and ZIP are separate spans; states and countries
are never labelled); ORGANIZATION is a named hospital, practice, agency, school or employer, never a
generic department. DATE_REAL_YEAR is a whole date carrying a year 1900–2030 (a bare year is not
labelled; a device, drug or lot expiry date is not labelled; a death date is). AGE_OVER_89 labels the
digits of ages ≥ 90. DEVICE_ID is a device serial (for a GS1 UDI only the (21) serial); lot, GTIN,
REF, model and expiry are not identifiers. ACCOUNT covers account, encounter, incident/run,
accession, order, requisition, claim and specimen numbers; HEALTH_PLAN member, subscriber and policy
ids (an employer's group number is not the member's id: leave it unlabelled); LICENSE medical, nursing, EMS,
DEA and driver's licences and a clinician's NPI. Spans hold the value only: cue
words ("Dr.", "MRN:", "pager", "Fax", "SN", "plate", "Acct") and credentials ("MD", "RN") stay outside.

Theme-specific decisions, taken under that policy:

- a graft's tissue id, a tissue bank's donor id, a graft lot and a product REF are product
  traceability numbers printed on every package from that donation (like a lot number): never
  labelled, returned as look-alikes; the recipient's MRN in the same record is MRN;
- a tissue bank, graft supplier or device maker named on a product label (AlloSource, MTF Biologics,
  Kerecis, KCI ...) is a brand, not an ORGANIZATION; a named hospital, employer, fire department,
  police department, sheriff's office, protective-services agency, school or practice is;
- fire-department incident numbers, EMS run numbers, police report numbers, protective-services
  intake numbers, workers'-compensation claim numbers, photo and imaging accession numbers are ACCOUNT;
  a workers'-compensation policy number and a health-plan member / Medicaid id are HEALTH_PLAN; an
  employer's group number is unlabelled;
- a clinician's or therapist's NPI, state licence, DEA number and a driver's licence are LICENSE;
- serials of negative-pressure wound devices, infusion pumps, hyperbaric chambers, dermatomes, cameras,
  portable imaging units and the (21) serial of an implanted plate's UDI are DEVICE_ID; a vehicle's
  plate or VIN is VEHICLE_ID;
- HL7-style ``FAMILY^GIVEN`` names are one PERSON span; a scene address's street line, town and ZIP are
  three spans; a named county is a LOCATION;
- not labelled: TBSA percentages, Parkland / Brooke volumes and rates, mesh ratios, scores (rBaux, ABSI,
  Vancouver Scar Scale), doses, drug / dressing / device brands, eponyms, lot, REF, NDC, GTIN and
  model numbers, expiry dates (even with real years), shifted dates (2100+), bare years, ages under 90,
  public hotlines (Poison Help, Childhelp) and public bodies' websites, generic departments, states
  and countries.

Written blind: I read only this corpus's brief (``bench/holdout_corpus_task.md``),
``lqs_clinical/synth/holdout_measure.py``, the first 45 lines of ``lqs_clinical/synth/notes.py``,
``/work/shared/reference/*.md``, ``/work/shared/data/SOURCES.md`` and the PyHealth synthetic
note-shaped samples, and ``pyproject.toml``. I did not read the detector, its rule files, any other
corpus, test or benchmark, and never ran the detector on this corpus (a ``git status`` run before
writing showed the names, not the contents, of files others were editing).
"""

# ruff: noqa: E501  (a template module: note templates are kept one block per line)

from __future__ import annotations

import random
import re
from collections.abc import Callable
from datetime import date, timedelta

from lqs_clinical.synth import holdout_measure
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

# --------------------------------------------------------------------------------------------------
# Deterministic plan: heavy notes by index, planted notes and categories from Weyl sequences
# --------------------------------------------------------------------------------------------------

_PHI = 0.6180339887498949  # golden ratio conjugate: which notes carry plants
_ROOT2 = 0.41421356237309515  # sqrt(2) - 1: note type
_ROOT3 = 0.7320508075688772  # sqrt(3) - 1: kind within the note type
_ROOT7 = 0.6457513110645907  # sqrt(7) - 2: category of each planted span
_PLANT_SHARE = 0.6105  # of the non-heavy notes (0.95 * 0.6105 = 58%)
_RADIOLOGY_SHARE = 0.45

_CAT_WEIGHTS = {c: 1.0 for c in CATEGORIES}
_CAT_WEIGHTS.update({"PERSON": 3.0, "ORGANIZATION": 2.0, "DATE_REAL_YEAR": 2.0, "LOCATION": 1.5})
_CAT_CUM: list[tuple[float, str]] = []
_acc = 0.0
for _c in CATEGORIES:
    _acc += _CAT_WEIGHTS[_c]
    _CAT_CUM.append((_acc, _c))
_CAT_TOTAL = _acc


def _category(seed: int, g: int) -> str:
    u = ((g * _ROOT7) + seed * 0.2718281828) % 1.0 * _CAT_TOTAL
    for bound, cat in _CAT_CUM:
        if u < bound:
            return cat
    return _CAT_CUM[-1][1]


def _is_heavy(seed: int, i: int) -> bool:
    return (i + 7 * seed) % 20 == 3


def _plan(seed: int, i: int) -> list[str]:
    if _is_heavy(seed, i):
        return []
    if ((i * _PHI) + seed * 0.137) % 1.0 >= _PLANT_SHARE:
        return []
    rng = random.Random(f"{seed}:{i}:plan")
    n = rng.choices((1, 2, 3, 4), weights=(30, 35, 22, 13))[0]
    return [_category(seed, 4 * i + j) for j in range(n)]


# --------------------------------------------------------------------------------------------------
# Surrogate pools (fictitious)
# --------------------------------------------------------------------------------------------------

_FIRST = (
    "Irena", "DeShawn", "Marisol", "Tobias", "Anjali", "Kwame", "Svetlana", "Hollis", "Priya", "Mateo",
    "Yesenia", "Bartholomew", "Leota", "Ngozi", "Cormac", "Fatima", "Ignatius", "Rosalind", "Thanh",
    "Wendell", "Oksana", "Lucius", "Imani", "Rafael", "Greta", "Dmitri", "Soledad", "Ezekiel", "Kiona",
    "Percival", "Hyun-woo", "Marguerite", "Osvaldo", "Tamsin", "Abdirahman", "Delphine", "Ulysses",
    "Xiomara", "Radovan", "Beatrix", "Lonnie", "Shanice", "Augustin", "Maribel", "Vikram", "Eulalia",
    "Jarrell", "Noemi", "Kenji", "Philippa", "Zoltan", "Aurelia", "Cletus", "Naomi", "Ramón", "Inés",
    "Bogdan", "Charmaine", "Tadeo", "Wilhelmina", "Obadiah", "Lakshmi", "Fintan", "Gwendolyn",
)
_LAST = (
    "Kowalczyk", "Pettigrew", "Okonkwo", "Lindqvist", "Harrowgate", "Villanueva", "Abernathy", "Szymanski",
    "Delacroix", "Nakamura", "Fairweather", "Obuya", "Castellano", "Thorsby", "McAllister", "Quintanilla",
    "Brzezinski", "Ravensworth", "Nwachukwu", "Haverford", "Oyelaran", "Kettleborough", "Espinoza",
    "Van der Meer", "Gallagher", "Pruitt", "Tran", "Hollenbeck", "Achterberg", "Mbeki", "Carvalho",
    "Stroud", "Yilmaz", "Dumitrescu", "Featherstone", "O'Rourke", "Lachance", "Winterbottom", "Iwasaki",
    "Mendelsohn", "Bergström", "Kuznetsov", "Adeyemi", "Blackwood", "Pellegrino", "Sandoval", "Whitcombe",
    "Zielinski", "Moreau", "Ferreira", "Haddad", "Ostrowski", "Cunningham", "Trujillo", "Vasquez-Ortega",
    "Ebersole", "Mukherjee", "Rasmussen", "Dorsey", "Threlkeld", "Amankwah", "Szabo", "Gutierrez-Lam",
)
_TOWNS = (
    "Millersport", "Chillicothe", "Gallipolis", "Wapakoneta", "Coshocton", "Bucyrus", "Zanesville",
    "Ironton", "Hagerstown", "Altoona", "Tupelo", "Muskogee", "Pine Bluff", "Dothan", "Kingsport",
    "Elizabethtown", "Paducah", "Beckley", "Bluefield", "Terre Haute", "Kokomo", "Kankakee", "Ottumwa",
    "Mankato", "Eau Claire", "Oshkosh", "Saginaw", "Kalamazoo", "Lake Charles", "Texarkana", "Odessa",
    "Yakima", "Walla Walla", "Klamath Falls", "Twin Falls", "Pocatello", "Casper", "Grand Junction",
    "Las Cruces", "Flagstaff", "Visalia", "Redding", "Tuppers Plains", "Nelsonville", "McArthur",
    "Cambridge Springs", "Punxsutawney", "Ashtabula", "Conneaut", "Marietta", "Logan", "Athens",
)
_COUNTIES = (
    "Muskingum County", "Tioga County", "Vinton County", "Meigs County", "Clearfield County",
    "Pike County", "Scioto County", "Lawrence County", "Jefferson County", "Crawford County",
    "Hocking County", "Perry County", "Gallia County", "Somerset County",
)
_NEIGHBORHOODS = ("East Liberty", "Fishtown", "Over-the-Rhine", "Lincoln Heights", "Hazelwood", "Old Brooklyn")
_STREETS = (
    "Tamarack", "Old Furnace", "Cobblestone", "Sycamore Ridge", "Quarry", "Lick Run", "Hemlock Hollow",
    "Ironworks", "Mill Race", "Chestnut", "Kiln", "Foundry", "Coal Bank", "Sugar Camp", "Depot",
    "Blue Heron", "Wolf Pen", "Salt Lick", "Orchard View", "Canal", "Tannery", "Bellflower",
)
_SUFFIX = ("St", "Rd", "Ave", "Ln", "Ct", "Drive", "Pike", "Blvd", "Way", "Hollow Rd", "Street", "Road")
_AREAS = ("740", "614", "304", "412", "570", "606", "918", "662", "334", "423", "270", "812", "765",
          "319", "507", "715", "920", "989", "269", "337", "432", "509", "541", "208", "307", "970", "575")
_SAINTS = ("Brendan's", "Agatha", "Casimir", "Hedwig", "Jude Thaddeus", "Scholastica", "Walburga")
_BIZ = (
    "Die Casting", "Roofing", "Asphalt Paving", "Welding & Fabrication", "Metal Finishing",
    "Poultry Processing", "Industrial Coatings", "Foundry", "Grain Cooperative", "Pallet Company",
    "Tire & Auto", "Plating Works", "Landscaping", "Commercial Kitchens", "Glassworks", "Rendering",
    "Galvanizing", "Boiler Service", "Propane Delivery", "Sawmill",
)
_BIZ_END = ("", "", " LLC", " Inc.", " Co.", " & Sons", " Corp.")
_STATES = ("Ohio", "Pennsylvania", "West Virginia", "Kentucky", "Indiana", "Michigan", "Texas", "Oregon")
_STATE_AB = ("OH", "PA", "WV", "KY", "IN", "MI", "TX", "OR", "ID", "WY", "NM", "AR", "MS", "AL", "TN")
_COUNTRIES = ("Guatemala", "Mexico", "Honduras", "Ukraine", "Nepal", "Somalia", "Vietnam")
_DOMAINS = ("gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com", "protonmail.com")

_CUE_CS = {"Dr", "MD", "RN", "DO", "SN", "NPI", "MRN", "PA", "NP", "OTR", "CHT", "RRT", "DPT", "LCSW"}
_CUE_CI = {"pager", "pgr", "fax", "phone", "tel", "cell", "email", "plate", "tag", "vin", "serial",
           "acct", "account", "claim", "policy", "member", "license", "lic", "dob", "mrn", "npi", "dea",
           "zip", "ssn", "accession", "incident", "report", "sn", "md", "rn"}


def _clean(code: str) -> bool:
    """No letter run of a code-like value may read as a cue word or credential."""
    for tok in re.findall(r"[A-Za-z]+", code):
        if tok in _CUE_CS or tok.lower() in _CUE_CI:
            return False
    return True


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _nz(rng: random.Random, n: int) -> str:
    return rng.choice("123456789") + _d(rng, n - 1)


def _letters(rng: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _code(rng: random.Random, make: Callable[[], str]) -> str:
    for _ in range(50):
        v = make()
        if _clean(v):
            return v
    return make()


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")


def _fmt_date(rng: random.Random, y: int, m: int, d: int, style: int | None = None) -> str:
    s = rng.randrange(9) if style is None else style
    mon = _MONTHS[m - 1]
    if s == 0:
        return f"{m:02d}/{d:02d}/{y}"
    if s == 1:
        return f"{m}/{d}/{y}"
    if s == 2:
        return f"{mon} {d}, {y}"
    if s == 3:
        return f"{d} {mon[:3]} {y}"
    if s == 4:
        return f"{y}-{m:02d}-{d:02d}"
    if s == 5:
        return f"{mon[:3]}. {d}, {y}"
    if s == 6:
        return f"{d:02d}-{mon[:3].upper()}-{y}"
    if s == 7:
        return f"{m:02d}.{d:02d}.{y}"
    return f"{mon[:3]} {d} {y}"


# ---- value generators per category ---------------------------------------------------------------


def _g_person(rng: random.Random, style: str | None = None) -> str:
    f, last = rng.choice(_FIRST), rng.choice(_LAST)
    s = style or rng.choice(("full", "full", "full", "mid", "lf", "init", "hyph", "LF"))
    if s == "mid":
        return f"{f} {rng.choice('ABCDEGHJKLMNPRSTW')}. {last}"
    if s == "lf":
        return f"{last}, {f}"
    if s == "LF":
        return f"{last.upper()}, {f.upper()}"
    if s == "init":
        return f"{f[0]}. {last}"
    if s == "hyph":
        other = rng.choice([x for x in _LAST if " " not in x and "-" not in x and x != last])
        return f"{f} {last}-{other}" if " " not in last and "-" not in last else f"{f} {last}"
    if s == "hl7":
        return f"{last.upper()}^{f.upper()}"
    if s == "last":
        return last
    return f"{f} {last}"


def _g_org(rng: random.Random, style: str | None = None) -> str:
    s = style or rng.choice(("hosp", "employer", "employer", "fire", "police", "agency", "practice", "school"))
    town, county, sur = rng.choice(_TOWNS), rng.choice(_COUNTIES), rng.choice(_LAST)
    if s == "hosp":
        return rng.choice((
            f"{town} Regional Medical Center", f"{town} Memorial Hospital", f"{town} Community Hospital",
            f"St. {rng.choice(_SAINTS)} Medical Center", f"{sur} Memorial Hospital", f"{town} General Hospital",
            f"{town} Health System", f"St. {rng.choice(_SAINTS)} Hospital",
        ))
    if s == "employer":
        return rng.choice((
            f"{sur} {rng.choice(_BIZ)}{rng.choice(_BIZ_END)}", f"{town} {rng.choice(_BIZ)}{rng.choice(_BIZ_END)}",
            f"{sur}'s Family Diner", f"{town} Steel Treating{rng.choice(_BIZ_END)}",
        ))
    if s == "fire":
        return rng.choice((
            f"{town} Fire Department", f"{town} Township Fire & Rescue", f"{town} Volunteer Fire Company",
            f"{county} Fire District {rng.randint(2, 9)}", f"{town} Fire-Rescue",
        ))
    if s == "police":
        return rng.choice((f"{town} Police Department", f"{county} Sheriff's Office", f"{town} Police Dept."))
    if s == "agency":
        return rng.choice((
            f"{county} Children Services", f"{county} Job and Family Services",
            f"{county} Adult Protective Services", f"{county} Department of Social Services",
        ))
    if s == "school":
        return rng.choice((f"{town} Elementary School", f"{sur} Middle School", f"{town} Montessori Academy"))
    if s == "practice":
        return rng.choice((
            f"{town} Hand & Upper Extremity Associates", f"{sur} Plastic Surgery", f"{town} Orthopaedic & Hand Center",
            f"{town} Wound and Hyperbaric Institute", f"{sur} & {rng.choice(_LAST)} Hand Specialists",
        ))
    return f"{town} Regional Medical Center"


def _g_location(rng: random.Random, style: str | None = None) -> str:
    s = style or rng.choice(("town", "town", "town", "town", "county", "hood"))
    if s == "county":
        return rng.choice(_COUNTIES)
    if s == "hood":
        return rng.choice(_NEIGHBORHOODS)
    return rng.choice(_TOWNS)


def _g_street(rng: random.Random, style: str | None = None) -> str:
    s = rng.randrange(7)
    name = rng.choice(_STREETS)
    if s == 0:
        return f"{rng.randint(10, 9899)} {name} {rng.choice(_SUFFIX)}"
    if s == 1:
        return f"{rng.randint(100, 4999)} {rng.choice('NSEW')} {name} {rng.choice(_SUFFIX)} Apt {rng.randint(1, 30)}{rng.choice('ABCD')}"
    if s == 2:
        return f"{rng.choice('NW')}{rng.randint(1000, 9999)} County Road {rng.choice(('K', 'JJ', '12', '45A'))}"
    if s == 3:
        return f"{rng.randint(1, 999)} {name} {rng.choice(_SUFFIX)}, Lot {rng.randint(1, 80)}"
    if s == 4:
        return f"{rng.randint(1000, 39999)} State Route {rng.randint(7, 772)}"
    if s == 5:
        return f"{rng.randint(2, 299)} {rng.choice(('1st', '2nd', '3rd', '4th', '14th', '27th'))} {rng.choice(('St', 'Ave'))} {rng.choice(('NE', 'SW', 'N', ''))}".strip()
    return f"{rng.randint(10, 999)} {name.upper()} {rng.choice(('RD', 'ST', 'AVE', 'LN'))}"


def _g_zip(rng: random.Random, style: str | None = None) -> str:
    z = f"{rng.randint(10, 99)}{_d(rng, 3)}"
    return z if rng.random() < 0.8 else f"{z}-{_d(rng, 4)}"


def _g_phone(rng: random.Random, style: str | None = None) -> str:
    a, e, n = rng.choice(_AREAS), rng.randint(201, 989), rng.randint(0, 9999)
    s = rng.randrange(7)
    if s == 0:
        return f"({a}) {e}-{n:04d}"
    if s == 1:
        return f"{a}-{e}-{n:04d}"
    if s == 2:
        return f"{a}.{e}.{n:04d}"
    if s == 3:
        return f"+1 {a} {e} {n:04d}"
    if s == 4:
        return f"1-{a}-{e}-{n:04d}"
    if s == 5:
        return f"({a}){e}-{n:04d}"
    return f"{a} {e} {n:04d}"


def _g_pager(rng: random.Random, style: str | None = None) -> str:
    s = rng.randrange(5)
    if s == 0:
        return f"{rng.randint(1, 9)}-{_d(rng, 4)}"
    if s == 1:
        return _nz(rng, 5)
    if s == 2:
        return _g_phone(rng)
    if s == 3:
        return _nz(rng, 4)
    return f"{_nz(rng, 3)}-{_d(rng, 4)}"


def _g_email(rng: random.Random, style: str | None = None) -> str:
    f, last = rng.choice(_FIRST), rng.choice(_LAST)
    f = re.sub(r"[^a-z]", "", f.lower().replace("é", "e").replace("ó", "o"))
    last = re.sub(r"[^a-z]", "", last.lower().replace("ö", "o"))
    local = rng.choice((f"{f}.{last}", f"{f[0]}{last}", f"{last}{_d(rng, 2)}", f"{f}_{last[:4]}"))
    dom = rng.choice(_DOMAINS) if rng.random() < 0.5 else rng.choice((
        f"{rng.choice(_TOWNS).lower().replace(' ', '')}burn.org", f"{last}roofing.com",
        f"{rng.choice(_TOWNS).lower().replace(' ', '')}fd.gov", f"{rng.choice(_TOWNS).lower().replace(' ', '')}-hand.com",
    ))
    return f"{local}@{dom}"


def _g_url(rng: random.Random, style: str | None = None) -> str:
    t = rng.choice(_TOWNS).lower().replace(" ", "")
    s = {"photo": rng.choice((0, 4)), "pacs": 1, "employer": 2, "claim": 3}.get(style or "", rng.randrange(5))
    if s == 0:
        return f"https://photos.{t}burn.org/case/{_nz(rng, 6)}"
    if s == 1:
        return f"http://pacs.{t}rmc.local/viewer?acc={_nz(rng, 8)}"
    if s == 2:
        return f"www.{rng.choice(_LAST).lower().replace(' ', '').replace(chr(39), '')}diecasting.com/safety"
    if s == 3:
        return f"https://portal.{t}-comp.com/claims/{_nz(rng, 7)}"
    return f"https://share.{t}health.org/s/{_letters(rng, 4, 'abcdefghjkmnpqrstuvwxyz')}{_d(rng, 4)}"


def _g_ip(rng: random.Random, style: str | None = None) -> str:
    s = rng.randrange(4)
    if s == 0:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if s == 1:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if s == 2:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return f"{rng.choice((73, 98, 174, 66, 24))}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def _g_ssn(rng: random.Random, style: str | None = None) -> str:
    a = rng.choice([x for x in range(101, 899) if x != 666])
    g, s = rng.randint(10, 99), rng.randint(1, 9999)
    st = rng.randrange(4)
    if st == 0:
        return f"{a}-{g:02d}-{s:04d}"
    if st == 1:
        return f"{a} {g:02d} {s:04d}"
    if st == 2:
        return f"{a}{g:02d}{s:04d}"
    return f"{a}-{g:02d}-{s:04d}"


def _g_mrn(rng: random.Random, style: str | None = None) -> str:
    s = rng.randrange(5)
    if s == 0:
        return _nz(rng, 8)
    if s == 1:
        return "00" + _nz(rng, 7)
    if s == 2:
        return _code(rng, lambda: _letters(rng, 2) + _nz(rng, 7))
    if s == 3:
        return f"{_nz(rng, 3)}-{_d(rng, 2)}-{_d(rng, 2)}"
    return _nz(rng, 7)


def _g_account(rng: random.Random, style: str | None = None) -> str:
    s = style or rng.choice(("enc", "fire", "police", "claim", "acc", "intake", "run"))
    yy = rng.randint(15, 25)
    if s == "enc":
        return rng.choice((_nz(rng, 10), _nz(rng, 9)))
    if s == "fire":
        return rng.choice((f"{yy}-{_d(rng, 7)}", f"F{yy}{_d(rng, 6)}", f"{yy}{_d(rng, 6)}"))
    if s == "police":
        return rng.choice((f"{yy}-{_nz(rng, 6)}", f"CR{_nz(rng, 8)}", f"{yy}PD{_d(rng, 5)}", f"{yy}-{_d(rng, 3)}-{_d(rng, 4)}"))
    if s == "claim":
        return rng.choice((f"WC{yy}-{_nz(rng, 6)}", f"{_nz(rng, 4)}-{_d(rng, 5)}-{_d(rng, 2)}", _nz(rng, 11),
                           f"{_letters(rng, 3, 'BCFGHKXZ')}{_nz(rng, 8)}"))
    if s == "acc":
        return rng.choice((f"{_letters(rng, 1, 'ACEGX')}{_nz(rng, 7)}", f"{_nz(rng, 8)}", f"CT{_nz(rng, 7)}",
                           f"IMG-{_nz(rng, 6)}"))
    if s == "intake":
        return rng.choice((f"{_nz(rng, 7)}", f"I-{_nz(rng, 7)}", f"{yy}-CPS-{_d(rng, 5)}"))
    return rng.choice((f"{yy}-{_d(rng, 5)}", f"R{_nz(rng, 7)}"))


def _g_plan(rng: random.Random, style: str | None = None) -> str:
    s = style or rng.choice(("member", "medicaid", "wc", "member"))
    if s == "medicaid":
        return rng.choice((_nz(rng, 12), f"{_nz(rng, 4)} {_d(rng, 4)} {_d(rng, 4)}", f"MC{_nz(rng, 9)}"))
    if s == "wc":
        return rng.choice((f"WCP{_nz(rng, 7)}", f"{_nz(rng, 7)}-{_d(rng, 2)}", f"WC{_d(rng, 2)}-{_nz(rng, 6)}"))
    return _code(rng, lambda: rng.choice((f"{_letters(rng, 3)}{_nz(rng, 9)}", f"W{_nz(rng, 9)}",
                                          f"{_nz(rng, 3)}{_letters(rng, 1)}{_d(rng, 5)}",
                                          f"{_letters(rng, 2)}{_d(rng, 4)}-{_d(rng, 4)}")))


def _npi(rng: random.Random) -> str:
    body = rng.choice("12") + _d(rng, 8)
    digits = [int(c) for c in "80840" + body]
    total = 0
    for k, dgt in enumerate(reversed(digits)):
        if k % 2 == 0:
            dgt *= 2
            dgt = dgt - 9 if dgt > 9 else dgt
        total += dgt
    return body + str((10 - total % 10) % 10)


def _dea(rng: random.Random) -> str:
    first = rng.choice("ABFGM")
    second = rng.choice("BCEHKLPTWY")
    d = [int(c) for c in _d(rng, 6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return _code(rng, lambda: first + second + "".join(map(str, d)) + str(check))


def _g_license(rng: random.Random, style: str | None = None) -> str:
    s = style or rng.choice(("npi", "npi", "state", "dea", "dl", "nurse"))
    if s == "npi":
        return _npi(rng)
    if s == "dea":
        return _dea(rng)
    if s == "dl":
        return rng.choice((f"{_letters(rng, 1)}{_d(rng, 3)}-{_d(rng, 4)}-{_d(rng, 4)}", f"{_letters(rng, 2, 'BCHKRTWZ')}{_nz(rng, 6)}",
                           _nz(rng, 9), f"{_letters(rng, 1)}{_nz(rng, 8)}"))
    if s == "nurse":
        return rng.choice((_nz(rng, 7), f"{_nz(rng, 3)}.{_d(rng, 6)}", f"R{_nz(rng, 6)}"))
    if s == "ot":
        return rng.choice((f"OT{_nz(rng, 5)}", f"{_nz(rng, 2)}.{_d(rng, 6)}", f"{_nz(rng, 6)}"))
    return rng.choice((f"{_nz(rng, 2)}.{_d(rng, 6)}", f"{_letters(rng, 1, 'ACGL')}{_nz(rng, 5)}",
                       f"{_nz(rng, 4)}{_d(rng, 6)}", f"{_nz(rng, 2)}-{_d(rng, 5)}"))


def _g_date(rng: random.Random, style: str | None = None) -> str:
    if style == "dob":
        y = rng.randint(1926, 2020)
    elif style == "death":
        y = rng.randint(2008, 2025)
    else:
        y = rng.randint(1998, 2025)
    return _fmt_date(rng, y, rng.randint(1, 12), rng.randint(1, 28))


def _g_age(rng: random.Random, style: str | None = None) -> str:
    return str(rng.choice((90, 91, 91, 92, 93, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 104)))


def _g_device(rng: random.Random, style: str | None = None) -> str:
    s = rng.randrange(6)
    if s == 0:
        return _code(rng, lambda: _letters(rng, 3) + _nz(rng, 7))
    if s == 1:
        return f"{_nz(rng, 4)}-{_d(rng, 5)}"
    if s == 2:
        return _nz(rng, 9)
    if s == 3:
        return _code(rng, lambda: f"{_letters(rng, 1)}{_nz(rng, 2)}{_letters(rng, 1)}{_d(rng, 5)}")
    if s == 4:
        return _code(rng, lambda: f"{_letters(rng, 2)}{_d(rng, 2)}-{_d(rng, 6)}")
    return _code(rng, lambda: f"{_nz(rng, 2)}{_letters(rng, 2)}{_d(rng, 6)}")


def _g_vehicle(rng: random.Random, style: str | None = None) -> str:
    s = style or rng.choice(("plate", "plate", "plate", "vin"))
    if s == "vin":
        alpha = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        return _code(rng, lambda: rng.choice("12345JKW") + "".join(rng.choice(alpha) for _ in range(10)) + _d(rng, 6))
    k = rng.randrange(5)
    if k == 0:
        return _code(rng, lambda: f"{_letters(rng, 3)} {_d(rng, 4)}")
    if k == 1:
        return _code(rng, lambda: f"{rng.randint(1, 9)}{_letters(rng, 3)}{_d(rng, 3)}")
    if k == 2:
        return _code(rng, lambda: f"{_letters(rng, 3)}-{_d(rng, 4)}")
    if k == 3:
        return _code(rng, lambda: f"{_letters(rng, 2)} {_nz(rng, 5)}")
    return _code(rng, lambda: f"{_nz(rng, 2)}{_letters(rng, 1)}{_d(rng, 3)}")  # motorcycle


_GEN: dict[str, Callable[[random.Random, str | None], str]] = {
    "PERSON": _g_person, "ORGANIZATION": _g_org, "LOCATION": _g_location, "STREET_ADDRESS": _g_street,
    "ZIP": _g_zip, "PHONE": _g_phone, "FAX": _g_phone, "PAGER": _g_pager, "EMAIL": _g_email, "URL": _g_url,
    "IP_ADDRESS": _g_ip, "SSN": _g_ssn, "MRN": _g_mrn, "ACCOUNT": _g_account, "HEALTH_PLAN": _g_plan,
    "LICENSE": _g_license, "DATE_REAL_YEAR": _g_date, "AGE_OVER_89": _g_age, "DEVICE_ID": _g_device,
    "VEHICLE_ID": _g_vehicle,
}

# --------------------------------------------------------------------------------------------------
# Look-alikes (never labelled)
# --------------------------------------------------------------------------------------------------

EPONYMS_AND_BRANDS = (
    # eponyms, scores and named signs
    "Lund and Browder", "Parkland formula", "modified Brooke", "rule of nines", "Allen test", "Finkelstein",
    "Dupuytren", "Kanavel signs", "Tinel sign", "Phalen test", "Froment sign", "Jamar dynamometer",
    "Semmes-Weinstein", "Moberg pick-up", "Kapandji", "Vancouver Scar Scale", "POSAS", "revised Baux",
    "ABSI", "Jackson's zones", "Curling ulcer", "Marjolin ulcer", "Kirschner wires", "Bennett fracture",
    "boxer's fracture", "Gilula arcs", "Kienbock", "Colles", "Bruner incisions", "Kleinert protocol",
    "Doppler", "Meek micrografting", "Humby knife", "Zimmer dermatome", "Padgett dermatome", "Tanner mesher",
    "Glasgow Coma Scale", "Braden", "Berlin criteria", "TEN-4-FACESp", "Volkmann",
    # drugs, dressings, grafts and devices (brands)
    "Silvadene", "Sulfamylon", "Acticoat", "Mepilex Ag", "Aquacel Ag", "Xeroform", "Adaptic", "Integra",
    "Biobrane", "Suprathel", "MatriDerm", "ReCell", "Kerecis", "EpiFix", "NovoSorb BTM", "AlloDerm",
    "EZ Derm", "AlloSource", "MTF Biologics", "NexoBrid", "Santyl", "Vashe", "Dakin's", "Versajet",
    "V.A.C. ULTA", "KCI", "Prevena", "Tisseel", "Artiss", "Coban", "Tubigrip", "Kerlix", "Jobst",
    "Mepiform", "Medihoney", "Alaris", "Sigma Spectrum", "Sechrist 3300H", "Perry Sigma 34",
    "GEM Coupler", "Cook-Swartz", "Synthes", "Acumed", "Medartis APTUS", "Omnipaque 350", "Tc-99m MDP",
    "Canon EOS R6", "Nikon D7500", "Epic Haiku", "PowerScribe 360", "Albutein 5%", "oxandrolone",
    "Lactated Ringer's", "calcium gluconate gel", "hydroxocobalamin", "Cyanokit", "Pedi-Boot",
    "Acuson Sequoia", "Omega3 Wound",
)

_HOTLINES = (
    "Poison Help 1-800-222-1222", "Childhelp National Child Abuse Hotline 1-800-422-4453",
    "Eldercare Locator 1-800-677-1116", "988 Suicide & Crisis Lifeline", "dial 711 (relay)",
)
_PUBLIC_SITES = ("www.osha.gov", "www.cdc.gov/niosh", "ameriburn.org", "www.childwelfare.gov", "www.uhms.org",
                 "www.fda.gov/medwatch")
_GENERIC_DEPTS = ("Burn ICU", "Occupational Therapy", "Plastic Surgery clinic", "Social Work", "Wound Care Team",
                  "Case Management", "Hyperbaric Medicine", "Respiratory Therapy", "Rehab Services")


def _shift_year(rng: random.Random) -> int:
    base = getattr(rng, "shift_base", None)
    return rng.randint(2110, 2195) if base is None else base + rng.choice((0, 0, 0, 1, -1))


def _lk_shift(rng: random.Random) -> str:
    y, m, d = _shift_year(rng), rng.randint(1, 12), rng.randint(1, 28)
    return _fmt_date(rng, y, m, d, rng.choice((0, 1, 2, 4, 4, 4, 6)))


def _lk_shiftdt(rng: random.Random) -> str:
    y, m, d = _shift_year(rng), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice((f"{y}-{m:02d}-{d:02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
                       f"{m:02d}/{d:02d}/{y} {rng.randint(0, 23):02d}{rng.randint(0, 59):02d}"))


def _lk_yo(rng: random.Random) -> str:
    a = rng.randint(19, 89)
    return rng.choice((f"{a}-year-old", f"{a} yo", f"{a} y/o", f"age {a}", f"{a} year old"))


def _lk_child(rng: random.Random) -> str:
    return rng.choice((f"{rng.randint(2, 16)}-year-old", f"{rng.randint(7, 23)}-month-old", f"{rng.randint(2, 12)} yo"))


def _lk_lot(rng: random.Random) -> str:
    return rng.choice((f"Lot {_nz(rng, 2)}{_letters(rng, 1)}{_d(rng, 4)}", f"LOT# {_d(rng, 4)}-{_letters(rng, 1)}{_d(rng, 1)}",
                       f"lot no. {_letters(rng, 1)}{_d(rng, 6)}", f"Lot {_d(rng, 6)}-{_d(rng, 2)}"))


def _lk_ref(rng: random.Random) -> str:
    return rng.choice((f"REF {_nz(rng, 5)}", f"Cat# {_d(rng, 4)}-{_d(rng, 2)}", f"REF {_letters(rng, 3)}{_d(rng, 3)}/US",
                       f"Model {_letters(rng, 2)}-{_d(rng, 3)}"))


def _lk_exp(rng: random.Random) -> str:
    y, m, d = rng.randint(2025, 2029), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice((f"Exp {y}-{m:02d}-{d:02d}", f"EXP {m:02d}/{d:02d}/{y}", f"Expires {y}-{m:02d}-{d:02d}",
                       f"use by {y}-{m:02d}-{d:02d}", f"Exp. {m:02d}/{y}"))


def _lk_graft(rng: random.Random) -> str:
    return rng.choice((f"{_nz(rng, 2)}{_d(rng, 5)}-{_d(rng, 3)}", f"TB{_nz(rng, 7)}-{_d(rng, 2)}",
                       f"{_nz(rng, 4)}-{_d(rng, 4)}-{_d(rng, 3)}"))


def _lk_donor(rng: random.Random) -> str:
    return rng.choice((f"{_nz(rng, 4)}-{_d(rng, 2)}-{_d(rng, 3)}", f"D{_nz(rng, 8)}", f"{_nz(rng, 2)}{_letters(rng, 2, 'ABCDEFGH')}{_d(rng, 5)}"))


def _lk_group(rng: random.Random) -> str:
    return rng.choice((f"Group # {_nz(rng, 6)}", f"Grp {_letters(rng, 2, 'GKX')}-{_nz(rng, 5)}", f"group no. {_nz(rng, 7)}"))


def _lk_ndc(rng: random.Random) -> str:
    return f"NDC {_d(rng, 5)}-{_d(rng, 3)}-{_d(rng, 2)}"


def _lk_gtin(rng: random.Random) -> str:
    return f"(01){_d(rng, 14)}"


def _lk_version(rng: random.Random) -> str:
    return rng.choice((f"PowerScribe 360 v{rng.randint(3, 4)}.{rng.randint(0, 9)}", f"build {rng.randint(10, 12)}.{rng.randint(0, 9)}.{rng.randint(0, 30)}",
                       f"firmware {rng.randint(1, 6)}.{rng.randint(0, 9)}{rng.randint(0, 9)}", f"Epic Haiku {rng.randint(9, 11)}.{rng.randint(0, 5)}"))


def _lk_tbsa(rng: random.Random) -> str:
    return f"{rng.randint(2, 60)}{rng.choice(('', '.5'))}% TBSA"


def _lk_score(rng: random.Random) -> str:
    return rng.choice((f"revised Baux {rng.randint(40, 120)}", f"ABSI {rng.randint(3, 11)}", f"GCS {rng.randint(8, 15)}",
                       f"Vancouver Scar Scale {rng.randint(2, 11)}/13", f"Braden {rng.randint(10, 20)}"))


_LOOK_GEN: dict[str, Callable[[random.Random], str]] = {
    "shift": _lk_shift, "shiftdt": _lk_shiftdt, "yo": _lk_yo, "child": _lk_child, "lot": _lk_lot, "ref": _lk_ref,
    "exp": _lk_exp, "graft": _lk_graft, "donor": _lk_donor, "group": _lk_group, "ndc": _lk_ndc, "gtin": _lk_gtin,
    "version": _lk_version, "tbsa": _lk_tbsa, "score": _lk_score,
    "hotline": lambda r: r.choice(_HOTLINES), "site": lambda r: r.choice(_PUBLIC_SITES),
    "dept": lambda r: r.choice(_GENERIC_DEPTS), "state": lambda r: r.choice(_STATES),
    "country": lambda r: r.choice(_COUNTRIES), "year": lambda r: f"in {r.randint(1968, 2019)}",
}

# --------------------------------------------------------------------------------------------------
# Template rendering: <<CAT:style>> plant, <<?CAT:style|alt>> optional slot, <<=gen>> look-alike,
# <<_>> mask, [[text]] literal look-alike
# --------------------------------------------------------------------------------------------------

_TOKEN = re.compile(r"<<([^<>]+)>>|\[\[(.+?)\]\]", re.S)
Seg = str | tuple


class _Ctx:
    def __init__(self, rng: random.Random, plan: list[str]):
        self.rng = rng
        self.pending = list(plan)

    def take(self, cat: str, p: float = 0.45) -> bool:
        if cat in self.pending and self.rng.random() < p:
            self.pending.remove(cat)
            return True
        return False


def _expand(ctx: _Ctx, key: str) -> list[Seg]:
    rng = ctx.rng
    if key in ("_", "___"):
        return ["___"]
    if key.startswith("="):
        return [("L", _LOOK_GEN[key[1:]](rng))]
    if key.startswith("?"):
        body, _, alt = key[1:].partition("|")
        cat, _, style = body.partition(":")
        if ctx.take(cat):
            return [("V", _GEN[cat](rng, style or None), cat)]
        return _expand(ctx, alt or "_") if alt != "-" else []
    cat, _, style = key.partition(":")
    return [("V", _GEN[cat](rng, style or None), cat)]


def _render(ctx: _Ctx, tmpl: str) -> list[Seg]:
    out: list[Seg] = []
    pos = 0
    for m in _TOKEN.finditer(tmpl):
        out.append(tmpl[pos:m.start()])
        if m.group(2) is not None:
            out.append(("L", m.group(2)))
        else:
            out.extend(_expand(ctx, m.group(1)))
        pos = m.end()
    out.append(tmpl[pos:])
    return [s for s in out if s != ""]


def _seg_len(segs: list[Seg]) -> int:
    return sum(len(s) if isinstance(s, str) else len(s[1]) for s in segs)


# --------------------------------------------------------------------------------------------------
# Shared clinical helpers
# --------------------------------------------------------------------------------------------------


def _sex(rng: random.Random) -> tuple[str, str, str]:
    return rng.choice((("M", "male", "man"), ("F", "female", "woman")))


_MECH = (
    ("flame", "clothing ignited while burning brush with gasoline"),
    ("flame", "flash fire when lighting a propane grill that had been left on"),
    ("scald", "spilled a pot of boiling water from the stovetop"),
    ("scald", "hot cooking oil splashed from a deep fryer"),
    ("contact", "fell against a wood-burning stove after a syncopal episode"),
    ("electrical", "contact with a 7,200 V distribution line while trimming a tree"),
    ("chemical", "splash of concentrated hydrofluoric acid while cleaning aluminum"),
    ("flame", "house fire; found by family in a smoke-filled bedroom"),
    ("molten metal", "splash of molten aluminum over the boot and lower leg"),
    ("flame", "vehicle fire after a single-car collision"),
    ("friction", "road rash with friction burn after a motorcycle low-side crash"),
    ("steam", "steam release from a pressure cooker lid"),
)
_OCC_MECH = (
    "splash of molten aluminum over the boot top while skimming dross",
    "arc flash while racking out a 480 V breaker",
    "hydrofluoric acid soaked through a torn glove during rust removal",
    "hand drawn into a heated press roller (crush-burn)",
    "steam line gasket failure in the boiler room",
    "fryer oil ignited while filtering at closing time",
    "torch-applied roofing membrane ignited his sleeve",
    "contact with a 7,200 V line while operating a bucket truck",
    "cement (alkali) burn to both knees after kneeling in wet concrete",
    "flash fire igniting solvent vapors while welding in a tank",
)
_REGIONS = ("Head", "Neck", "Ant trunk", "Post trunk", "R buttock", "L buttock", "Genitalia", "R U arm",
            "L U arm", "R L arm", "L L arm", "R hand", "L hand", "R thigh", "L thigh", "R leg", "L leg",
            "R foot", "L foot")


def _lund_browder(rng: random.Random) -> tuple[str, float]:
    rows = rng.sample(_REGIONS, rng.randint(4, 7))
    lines = [f"{'Region':<12}{'SPT':>6}{'DPT':>6}{'FT':>6}"]
    total = 0.0
    for r in rows:
        a, b, c = rng.choice((0, 0, 0.5, 1, 2)), rng.choice((0, 0.5, 1, 2, 3, 4)), rng.choice((0, 0, 0, 1, 2))
        total += b + c
        lines.append(f"{r:<12}{a:>6}{b:>6}{c:>6}")
    total = max(total, 2.0)
    return "\n".join(lines), total


def _flowsheet(rng: random.Random, rate: int) -> str:
    sep = rng.choice(("|", " | "))
    head = sep.join(("Hr", "LR mL/h", "UOP mL", "MAP", "HR", "CVP"))
    rows = [head]
    r = rate
    for h in range(1, rng.randint(5, 8)):
        uop = rng.randint(18, 75)
        if uop < 30:
            r = int(r * 1.2)
        elif uop > 55:
            r = int(r * 0.9)
        rows.append(sep.join((f"{h:>2}", str(r), str(uop), str(rng.randint(58, 92)), str(rng.randint(88, 134)),
                              str(rng.randint(4, 14)))))
    return "\n".join(rows)


def _header(rng: random.Random, sex: str, service: str, allergy: str) -> str:
    return (
        f"Name:  <<?PERSON:LF|_>>                  Unit No:   <<?MRN|_>>\n\n"
        f"Admission Date:  <<=shift>>              Discharge Date:   <<_>>\n\n"
        f"Date of Birth:  <<?DATE_REAL_YEAR:dob|_>>             Sex:   {sex}\n\n"
        f"Service: {service}\n\nAllergies:\n{allergy}\n\nAttending: <<?PERSON|_>>, MD."
    )


_ALLERGIES = ("No Known Allergies / Adverse Drug Reactions", "Sulfa (Sulfonamide Antibiotics)", "morphine",
              "Penicillins", "latex", "Codeine / adhesive tape")

# --------------------------------------------------------------------------------------------------
# Document builders: each returns blocks (template, optional)
# --------------------------------------------------------------------------------------------------

Block = tuple[str, bool]


def _b_burn_admission(rng: random.Random) -> list[Block]:
    sex, sexw, _ = _sex(rng)
    kind, how = rng.choice(_MECH)
    chart, total = _lund_browder(rng)
    wt = rng.randint(48, 121)
    vol = int(4 * wt * total)
    return [
        (_header(rng, sex, "BURN SURGERY", rng.choice(_ALLERGIES)), False),
        (f"Chief Complaint:\n{kind} burn, [[{total:g}% TBSA]]\n\nMajor Surgical or Invasive Procedure:\n"
         f"{rng.choice(('bedside escharotomy R arm', 'none', 'fiberoptic bronchoscopy', 'intubation for airway protection'))}", False),
        (f"History of Present Illness:\n<<?AGE_OVER_89|_>> year old {sexw} who sustained a {kind} injury on <<?DATE_REAL_YEAR|=shift>> "
         f"({how}). Brought by EMS from the scene to <<?ORGANIZATION:hosp|_>> and transferred to the [[Burn ICU]] "
         f"for definitive care. Received {rng.randint(500, 2500)} mL [[Lactated Ringer's]] prior to arrival. "
         f"Singed nasal hairs {rng.choice(('present', 'absent'))}, carbonaceous sputum {rng.choice(('present', 'absent'))}, "
         f"COHb {rng.randint(1, 28)}%.", False),
        (f"TBSA estimate ([[Lund and Browder]] chart, verified by two examiners):\n{chart}\n"
         f"Total partial + full thickness: {total:g}%  (first-degree excluded; [[Jackson's zones]] reassessed at 48 h; [[rule of nines]] gave {total + rng.choice((-2, 1, 3)):g}%)", False),
        (f"Resuscitation: [[Parkland formula]] 4 mL x {wt} kg x {total:g}% = {vol:,} mL over 24 h; "
         f"half ({vol // 2:,} mL) in the first 8 h from time of injury -> start LR at {vol // 16:,} mL/h, titrate to UOP "
         f"0.5 mL/kg/h ({wt // 2} mL/h). ([[modified Brooke]] would give {int(2 * wt * total):,} mL.)  Albumin rescue ([[Albutein 5%]]) if rate exceeds {int(vol / 16 * 1.5):,} mL/h.", False),
        (f"Past Medical History:\n{rng.choice(('HTN, DM2 on metformin', 'COPD on 2 L home O2, active smoker', 'EtOH use disorder', 'none', 'seizure disorder on levetiracetam'))}\n\n"
         f"Social History:\n<<_>>\n\nFamily History:\nNoncontributory", True),
        (f"Physical Exam:\nT 36.{rng.randint(1, 9)} HR {rng.randint(88, 132)} BP {rng.randint(96, 158)}/{rng.randint(52, 94)} "
         f"RR {rng.randint(14, 28)} SpO2 {rng.randint(90, 100)}%  Wt {wt} kg\nBurns: mixed partial thickness with "
         f"{rng.choice(('leathery insensate full-thickness areas', 'blistered weeping wounds', 'circumferential eschar'))}; "
         f"[[Doppler]] signals present distally. [[Glasgow Coma Scale]] {rng.randint(9, 15)}. Scores: [[revised Baux]] {rng.randint(40, 130)}, [[ABSI]] {rng.randint(3, 12)}.", False),
        ("Assessment/Plan:\n- Fluids as above, hourly UOP, foley\n- Wounds: [[Silvadene]] to trunk, [[Xeroform]] to face, "
         "[[Mepilex Ag]] to hands\n- Tetanus updated; nutrition consult, [[oxandrolone]] when stable\n- Consult <<=dept>> and "
         "<<=dept>>", False),
        (f"Pertinent Results:\n<<=shiftdt>> WBC-{rng.randint(5, 22)}.{rng.randint(0, 9)} Hgb-{rng.randint(10, 19)}.{rng.randint(0, 9)} "
         f"Lactate-{rng.randint(1, 6)}.{rng.randint(0, 9)} CK-{rng.randint(90, 9000)}", True),
    ]


def _b_burn_daily(rng: random.Random) -> list[Block]:
    wt = rng.randint(50, 118)
    total = rng.randint(12, 55)
    rate = int(4 * wt * total / 16)
    return [
        (f"BURN ICU PROGRESS NOTE   HD# {rng.randint(1, 9)}   <<=shift>>\nPatient: <<?PERSON:LF|_>>   MRN <<?MRN|_>>   Bed ___\n"
         f"Author: <<?PERSON|_>>, {rng.choice(('MD', 'PA-C', 'NP', 'DO'))} (burn fellow, pager <<?PAGER|_>>)", False),
        (f"S: {rng.choice(('Pain controlled on ketamine/fentanyl infusions.', 'Overnight hypotension responded to LR bolus.', 'Tolerating tube feeds at goal.', 'Febrile to 38.9, pan-cultured.'))} "
         f"[[{total}% TBSA]] {rng.choice(('flame', 'scald', 'flash'))} burn, post-burn day {rng.randint(1, 3)}.", False),
        (f"Fluid resuscitation flowsheet ([[Parkland formula]] target {int(4 * wt * total):,} mL/24h; start {rate} mL/h):\n"
         f"{_flowsheet(rng, rate)}\n24h in {rng.randint(5, 16)},{rng.randint(100, 999)} mL / out {rng.randint(1, 4)},{rng.randint(100, 999)} mL; "
         f"I/O ratio {rng.randint(2, 6)}.{rng.randint(0, 9)}", False),
        (f"Infusions: LR via {rng.choice(('[[Alaris]] pump channel A', '[[Sigma Spectrum]] pump', '[[Alaris]] large-volume pump'))} (unit SN <<?DEVICE_ID|_>>); "
         f"albumin 5% at {rng.randint(25, 100)} mL/h; norepinephrine {rng.choice(('off', '0.04 mcg/kg/min'))}.\n"
         f"Bladder pressure {rng.randint(8, 24)} mmHg.  Vent: PRVC {rng.randint(380, 520)}/{rng.randint(14, 26)}/PEEP {rng.randint(5, 12)}/FiO2 {rng.randint(30, 80)}%", False),
        (f"Wounds: {rng.choice(('dressings changed with [[Sulfamylon]] soaks', 'hydrotherapy then [[Sulfamylon]] soaks', 'quarter-strength [[Dakin' + chr(39) + 's]] to the back', '[[Aquacel Ag]] to the trunk, [[Santyl]] to the heel eschar'))}; hands in "
         f"[[Acticoat]]; face [[Bacitracin]] ointment and [[Xeroform]].  Eschar separating at margins.  <<=score>>", False),
        (f"Labs <<=shiftdt>>: Na {rng.randint(130, 149)} K {rng.randint(3, 5)}.{rng.randint(0, 9)} Cr {rng.randint(0, 2)}.{rng.randint(1, 9)} "
         f"Alb {rng.randint(1, 3)}.{rng.randint(0, 9)} Lactate {rng.randint(1, 5)}.{rng.randint(0, 9)}", True),
        ("Plan: continue titration per protocol (goal UOP 30-50 mL/h), consider [[Albutein 5%]] rescue if I/O > 1.2 "
         "mL/kg/%TBSA; OR for excision and [[Integra]] on <<=shift>>.  Family updated by phone (___).", False),
    ]


def _b_graft_opnote(rng: random.Random) -> list[Block]:
    mesh = rng.choice(("1:1", "1.5:1", "2:1", "3:1", "4:1"))
    thick = rng.choice(("0.008", "0.010", "0.012", "0.014"))
    area = rng.randint(150, 2400)
    return [
        ("OPERATIVE REPORT\n\nDate of operation: <<?DATE_REAL_YEAR|=shift>>\nSurgeon: <<?PERSON|_>>, MD, FACS\n"
         "Assistant(s): <<?PERSON:init|_>>, MD; ___, PA-C\nAnesthesia: general endotracheal", False),
        (f"Preoperative diagnosis: deep partial and full-thickness burns, [[{rng.randint(5, 45)}% TBSA]]\n"
         f"Procedure:\n1. Tangential excision of {area} cm2 burn wound ({rng.choice(('R arm and hand', 'anterior trunk', 'bilateral thighs', 'L leg and foot'))})\n"
         f"2. Split-thickness autograft, {thick} in, meshed {mesh} ([[Tanner mesher]])\n"
         f"3. {rng.choice(('Application of [[Integra]] dermal template', 'Temporary coverage with cadaveric allograft ([[AlloSource]])', 'Application of [[NovoSorb BTM]]', 'Placement of [[Biobrane]]', '[[Meek micrografting]] 1:6 over widely meshed allograft', '[[ReCell]] autologous skin cell suspension over the interstices', 'Coverage of donor site with [[Suprathel]]', 'Single-stage [[MatriDerm]] under the autograft'))}", False),
        (f"Details: after timeout, wounds {rng.choice(('excised with a [[Humby knife]] and [[Versajet]]', 'previously debrided with [[NexoBrid]] were refreshed with a [[Humby knife]]', 'excised sequentially with a [[Humby knife]]'))} to punctate bleeding. "
         f"Hemostasis with epinephrine-soaked lap pads and [[Tisseel]]. Donor site harvested from the "
         f"{rng.choice(('left thigh', 'right thigh', 'back', 'scalp'))} with the {rng.choice(('[[Zimmer dermatome]]', '[[Padgett dermatome]]'))} "
         f"(handpiece S/N <<?DEVICE_ID|_>>; blade <<=lot>>) at {thick} in. Graft secured with staples and "
         f"[[Artiss]] spray; bolstered with [[Xeroform]] and [[Kerlix]].", False),
        (f"Negative pressure: {rng.choice(('[[V.A.C. ULTA]] ([[KCI]])', '[[V.A.C. ULTA]]', '[[Prevena]] incisional system'))} at -{rng.choice((75, 100, 125))} mmHg continuous over [[Adaptic]] "
         f"(unit serial: <<?DEVICE_ID|_>>, <<=ref>>).  Donor site dressed with [[Mepilex Ag]].", False),
        (f"EBL {rng.randint(100, 1800)} mL. Transfused {rng.randint(0, 4)} u PRBC. Specimens: none.  "
         f"Implants/tissue logged in the tracking record (<<=lot>>, <<=exp>>).", False),
        (f"Postoperative plan: graft check POD 4-5, immobilize with {rng.choice(('volar splint', 'knee immobilizer', 'Pedi-Boot'))}; "
         f"OT/PT when cleared; continue [[oxandrolone]].\nDictated <<=shiftdt>> by <<?PERSON|_>>, MD", True),
    ]


def _b_flap_opnote(rng: random.Random) -> list[Block]:
    flap = rng.choice(("anterolateral thigh (ALT) free flap", "radial forearm free flap", "groin pedicled flap",
                       "reverse sural artery flap", "latissimus dorsi free muscle flap", "posterior interosseous artery flap"))
    return [
        ("OPERATIVE NOTE - RECONSTRUCTIVE MICROSURGERY\nPatient: <<?PERSON:LF|_>>   MRN: <<?MRN|_>>\n"
         "Date: <<=shift>>   Surgeon: <<?PERSON|_>>, MD   Co-surgeon: ___, MD", False),
        (f"Indication: exposed {rng.choice(('extensor tendons dorsum of hand', 'tibia after electrical injury', 'elbow joint', 'calcaneus'))} "
         f"after {rng.choice(('electrical', 'flame', 'contact', 'crush-avulsion'))} injury; {rng.choice(('zig-zag [[Bruner incisions]] for exposure', 'prior escharotomy scars', 'wound bed debrided x2'))}.  Preop [[Allen test]] "
         f"{rng.choice(('normal', 'normal, refill < 5 s', 'delayed ulnar filling'))}; CTA reviewed.", False),
        (f"Procedure: {flap}, {rng.randint(6, 14)} x {rng.randint(4, 9)} cm; recipient vessels "
         f"{rng.choice(('radial artery end-to-side, cephalic vein', 'anterior tibial artery and venae comitantes', 'thoracodorsal'))}. "
         f"Venous anastomosis with [[GEM Coupler]] {rng.choice(('2.5', '3.0', '3.5'))} mm (<<=lot>>); arterial with 9-0 nylon. "
         f"[[Cook-Swartz]] implantable [[Doppler]] probe placed (monitor serial <<?DEVICE_ID|_>>). Ischemia time {rng.randint(40, 110)} min.", False),
        (f"Donor site closed primarily over drain / STSG meshed [[1.5:1]].  Heparin {rng.choice(('5000 u SQ q8h', 'none'))}; "
         f"aspirin 81 mg.  EBL {rng.randint(80, 600)} mL.", False),
        ("Flap monitoring orders: checks q1h x 24h then q2h (color, cap refill, turgor, [[Doppler]], temperature).  "
         "Notify plastics on call <<?PAGER|___>> for any change.  Keep room warm, avoid pressure on pedicle; "
         "[[Braden]] reassessed.", False),
        ("Attestation: I was present for the entire microvascular portion.  <<?PERSON|_>>, MD  <<=shiftdt>>", True),
    ]


def _b_tissue_tracking(rng: random.Random) -> list[Block]:
    rows = []
    for _ in range(rng.randint(2, 4)):
        prod = rng.choice(("Cryopreserved split-thickness allograft", "[[EZ Derm]] porcine xenograft", "[[Kerecis]] [[Omega3 Wound]]",
                           "[[AlloDerm]] RTM", "[[Integra]] bilayer 4x10 in", "[[EpiFix]] amniotic membrane", "[[MTF Biologics]] meshed allograft"))
        rows.append(f"| {prod} | [[{_lk_graft(rng)}]] | [[Donor {_lk_donor(rng)}]] | [[{_lk_lot(rng)}]] | [[{_lk_exp(rng)}]] | "
                    f"{rng.randint(2, 10)}x{rng.randint(5, 30)} cm | {rng.choice(('implanted', 'implanted', 'wasted - contaminated', 'returned'))} |")
    return [
        (f"TISSUE / IMPLANT TRACKING RECORD (FDA 21 CFR 1271 / AATB)\nRecipient: <<?PERSON:LF|_>>   Recipient MRN: <<?MRN|_>>\n"
         f"Procedure date: <<=shift>>   OR room {rng.randint(1, 18)}   Encounter: <<?ACCOUNT:enc|_>>", False),
        (f"Tissue bank / supplier: [[{rng.choice(('AlloSource', 'MTF Biologics', 'Kerecis'))}]]  (tissue ids and donor ids below are "
         f"{rng.choice(('consignment', 'ordered', 'stock'))})\n| Product | Tissue ID | Donor ID | Lot | Expiry | Size | Disposition |\n"
         f"|---|---|---|---|---|---|---|\n" + "\n".join(rows), False),
        (f"Storage: {rng.choice(('-80 C freezer', 'liquid nitrogen vapor phase', 'room temperature, dry'))}; temperature log reviewed, "
         f"thawed per package insert at <<=shiftdt>>.  Package integrity intact.  Rinsed x{rng.randint(2, 3)} in NS.", False),
        ("Verified by (circulating RN): <<?PERSON|_>>, RN   Implanting surgeon: <<?PERSON|_>>, MD\n"
         "Recipient adverse reaction reporting: notify supplier within 24 h and [[www.fda.gov/medwatch]] if serious.", False),
        ("Tissue utilization card returned to supplier; copy to chart.  Donor eligibility determined by supplier; "
         "recipient not given donor information.", True),
    ]


def _b_hbo_log(rng: random.Random) -> list[Block]:
    ind = rng.choice(("carbon monoxide poisoning", "compromised STSG", "threatened free flap", "crush injury / compartment syndrome",
                      "necrotizing soft tissue infection", "radiation injury"))
    rows = ["Tx# | Date | Profile | Pre BP | Post BP | Pre BG | Air breaks | Tolerance"]
    day0 = date(_shift_year(rng), rng.randint(1, 12), rng.randint(1, 28))
    for t in range(1, rng.randint(4, 7)):
        rows.append(f"{t:>3} | [[{(day0 + timedelta(days=t - 1)).isoformat()}]] | {rng.choice(('2.4 ATA x 90', '2.0 ATA x 120', '2.8 ATA (TT9)', '3.0 ATA x 90'))} | "
                    f"{rng.randint(100, 160)}/{rng.randint(60, 95)} | {rng.randint(100, 160)}/{rng.randint(60, 95)} | "
                    f"{rng.randint(90, 240)} | {rng.choice(('2x5 min', '3x5 min', 'none'))} | {rng.choice(('good', 'ear discomfort, resolved', 'anxious'))}")
    return [
        (f"HYPERBARIC OXYGEN THERAPY - SESSION LOG\nPatient: <<?PERSON:LF|_>>   Acct <<?ACCOUNT:enc|_>>   Indication: {ind}\n"
         f"Ordering physician: <<?PERSON|_>>, MD (UHMS-certified)", False),
        (f"Chamber: [[{rng.choice(('Sechrist 3300H', 'Perry Sigma 34'))}]] monoplace, serial no. <<?DEVICE_ID|_>>; "
         f"{rng.choice(('100% O2 pressurized', 'air-pressurized with O2 via hood'))}. Safety checklist completed: no "
         f"[[Medihoney]], petroleum dressings removed, grounding strap on.  <<=version>>", False),
        ("\n".join(rows), False),
        (f"TcPO2 (periwound, 2.4 ATA): {rng.randint(80, 600)} mmHg; sea-level air {rng.randint(10, 45)} mmHg.  "
         f"Myringotomy {rng.choice(('not required', 'tubes placed by ENT'))}.  Blood glucose pre-dive > 100 confirmed.", False),
        (f"Safety director: <<?PERSON|_>>, CHT  Operator: ___, CHT\n"
         f"Next session <<=shift>> {rng.randint(7, 15)}:00.  Total planned {rng.choice((10, 20, 30, 40))} treatments.", False),
        ("Patient educated re: barotrauma, claustrophobia, oxygen toxicity seizures.  Questions answered.", True),
    ]


def _b_hand_therapy(rng: random.Random) -> list[Block]:
    side = rng.choice(("R", "L"))
    rows = [f"{'Joint':<10}{'AROM':>10}{'PROM':>10}"]
    for j in ("MCP", "PIP", "DIP", "Wrist ext", "Wrist flex"):
        a = rng.randint(10, 80)
        rows.append(f"{j:<10}{f'0-{a}':>10}{f'0-{a + rng.randint(0, 20)}':>10}")
    return [
        (f"OUTPATIENT HAND THERAPY - EVALUATION / ORTHOSIS\nPatient: <<?PERSON|_>>   DOB: <<?DATE_REAL_YEAR:dob|_>>\n"
         f"Referring surgeon: <<?PERSON|_>>, MD   Dx: {rng.choice(('dorsal hand burn s/p STSG', 'flexor tendon repair zone II', 'Dupuytren contracture s/p fasciectomy', 'metacarpal fracture s/p ORIF', 'De Quervain tenosynovitis'))} ({side})", False),
        (f"Subjective: <<=yo>> {rng.choice(('carpenter', 'line cook', 'welder', 'student', 'retired teacher'))}; pain {rng.randint(0, 8)}/10; "
         f"goals: return to work, grip tools.  Lives with ___.", False),
        (f"Objective ({side} hand):\n" + "\n".join(rows) + f"\nGrip ([[Jamar dynamometer]], pos II) {rng.randint(8, 90)} lb vs {rng.randint(40, 110)} lb contralateral; "
         f"[[Kapandji]] {rng.randint(4, 10)}/10; [[Semmes-Weinstein]] {rng.choice(('2.83 normal', '3.61 diminished light touch', '4.31'))}.", False),
        (f"Special tests: [[Finkelstein]] {rng.choice(('positive', 'negative'))}; [[Allen test]] patent both arteries; "
         f"[[Tinel sign]] {rng.choice(('negative', 'positive at carpal tunnel'))}; [[Phalen test]] {rng.choice(('negative', 'positive at 40 s'))}; "
         f"[[Froment sign]] {rng.choice(('absent', 'present'))}; [[Moberg pick-up]] {rng.randint(9, 40)} s; no [[Kanavel signs]]; no [[Volkmann]] posture; [[Dupuytren]] cords "
         f"{rng.choice(('absent', 'palpable ring finger'))}.", False),
        (f"Orthosis: custom thermoplastic {rng.choice(('volar resting hand (intrinsic-plus / safe position)', 'dorsal blocking (wrist 20 flex, MCP 50 flex)', 'forearm-based thumb spica', 'hand-based ulnar gutter'))}; "
         f"wear schedule {rng.choice(('at night and between exercises', 'full-time except hygiene', 'night only'))}.  "
         f"Edema: [[Coban]] wraps and [[Tubigrip]]; scar: [[Mepiform]] silicone. Protocol: [[Kleinert protocol]] modified.", False),
        (f"Plan: {rng.randint(2, 3)}x/week x {rng.randint(4, 8)} weeks.  <<=score>> \nTherapist: <<?PERSON|_>>, OTR/L, CHT   "
         f"Lic. <<?LICENSE:ot|_>>", False),
        ("HEP issued: tendon glides, blocking, composite fist, wrist tenodesis; demonstrated independently.", True),
    ]


def _b_photo_consent(rng: random.Random) -> list[Block]:
    rows = ["Img | Site | View | Scale | Time"]
    for k in range(1, rng.randint(4, 7)):
        rows.append(f"{k:02d} | {rng.choice(('R hand dorsum', 'face', 'ant trunk', 'L thigh donor', 'graft, POD 5', 'flap'))} | "
                    f"{rng.choice(('AP', 'oblique', 'close-up', 'lateral'))} | ruler | <<=shiftdt>>")
    return [
        (f"CONSENT FOR CLINICAL PHOTOGRAPHY AND PHOTO-DOCUMENTATION\nPatient: <<?PERSON|_>>   MRN: <<?MRN|_>>\n"
         f"Person giving consent: {rng.choice(('patient', 'parent/guardian', 'health care POA'))} <<?PERSON|_>>", False),
        ("I consent to photographs of my wounds for (check) [x] medical record  [x] treatment planning  "
         "[ ] teaching  [ ] publication (identifying features masked).  Images are stored in the medical record "
         "and are not to be kept on personal devices.  I may withdraw consent for future images at any time.", False),
        ("Signature: ___________   Date: <<=shift>>   Witness: <<?PERSON:init|_>>, RN", False),
        (f"CLINICAL PHOTOGRAPHY LOG\nCamera: [[{rng.choice(('Canon EOS R6', 'Nikon D7500'))}]] (asset tag ___, S/N <<?DEVICE_ID|_>>) / "
         f"[[Epic Haiku]] on unit iPhone\n" + "\n".join(rows), False),
        ("Uploaded from workstation <<?IP_ADDRESS|___>> to media tab; photo accession <<?ACCOUNT:acc|_>>.  "
         "Images reviewed by <<=dept>>; color calibration card in frame.", False),
        ("Photographer note: patient declined facial photos today; consent for face to be revisited at next visit.", True),
    ]


def _b_occ_injury(rng: random.Random) -> list[Block]:
    job = rng.choice(("furnace tender", "roofer", "line cook", "lineman", "maintenance welder", "chemical operator",
                      "poultry plant sanitation worker", "landscaper", "press operator"))
    return [
        (f"OCCUPATIONAL INJURY HISTORY / WORKERS' COMPENSATION FIRST REPORT\nInjured worker: <<?PERSON:LF|_>>  "
         f"SSN: <<?SSN|_>>\nDate of injury: <<?DATE_REAL_YEAR|=shift>>   Time: {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}", False),
        ("Employer: <<?ORGANIZATION:employer|_>>\nWorksite address: <<?STREET_ADDRESS|_>>, <<?LOCATION|_>>, ___ <<?ZIP|_>>\n"
         "Supervisor: <<?PERSON|_>>  Ph <<?PHONE|_>>", False),
        (f"Job title: {job}; {rng.randint(1, 30)} years in trade.  Mechanism: {rng.choice(_OCC_MECH)}.  PPE worn: "
         f"{rng.choice(('FR clothing and face shield', 'gloves only', 'none reported', 'aluminized apron, no spats'))}. "
         f"SDS reviewed (<<=site>>); [[calcium gluconate gel]] applied on site {rng.choice(('yes', 'no', 'n/a'))}.", False),
        ("Workers' comp: claim # <<?ACCOUNT:claim|_>>   policy <<?HEALTH_PLAN:wc|_>>   adjuster ___  (employer health plan "
         "<<=group>> not billed)", False),
        (f"OSHA recordable: yes (days away).  Work status: off work until re-evaluated in [[Plastic Surgery clinic]]; "
         f"restrictions: no use of {rng.choice(('R hand', 'L hand', 'both hands'))}, no heat exposure.  <<=tbsa>>", False),
        (f"Prior injuries: {rng.choice(('R carpal tunnel release', 'flash burn to face', 'L index fingertip amputation', 'none since a minor scald'))} "
         f"<<=year>>.  Smoker: {rng.choice(('yes, 1 ppd', 'no', 'quit'))}.", True),
    ]


def _b_scene_history(rng: random.Random) -> list[Block]:
    veh = rng.random() < 0.5
    story = (f"{rng.choice(('Restrained driver', 'Unhelmeted motorcyclist', 'Passenger'))}; vehicle "
             f"{rng.choice(('caught fire after striking a utility pole', 'rolled into a ditch and ignited', 'low-side crash, leg pinned under exhaust'))}. "
             f"Vehicle: {rng.choice(('silver pickup', 'black sedan', 'motorcycle', 'minivan'))}, plate <<?VEHICLE_ID|_>>."
             if veh else
             f"{rng.choice(('Kitchen fire', 'Space-heater fire in bedroom', 'Garage fire while refueling mower', 'Trailer fire'))}; "
             f"smoke detectors {rng.choice(('absent', 'present, not functioning', 'present'))}.")
    return [
        ("INJURY CIRCUMSTANCES - BURN/TRAUMA INTAKE\nPatient: <<?PERSON|_>>   Age: <<?AGE_OVER_89|_>>   Arrival: <<=shiftdt>>", False),
        (f"Scene: <<?STREET_ADDRESS|_>>, <<?LOCATION|_>>  (<<=state>>)\n{story}", False),
        (f"Fire department: <<?ORGANIZATION:fire|_>>  incident # <<?ACCOUNT:fire|_>>; EMS run # <<?ACCOUNT:run|_>>.  "
         f"Extrication {rng.randint(0, 35)} min.  Police: <<?ORGANIZATION:police|_>> report <<?ACCOUNT:police|_>>", False),
        (f"Prehospital: {rng.choice(('2 L LR', '1 L NS', 'no fluids', 'intubated on scene'))}; {rng.choice(('[[hydroxocobalamin]] ([[Cyanokit]]) 5 g given', 'no cyanide antidote'))}; "
         f"transported by {rng.choice(('ground', 'rotor wing', 'fixed wing'))}.  <<=tbsa>> estimated by EMS "
         f"([[rule of nines]]).", False),
        (f"Witness/family: <<?PERSON|_>> ({rng.choice(('wife', 'neighbor', 'son', 'roommate'))}), phone <<?PHONE|_>>.\n"
         f"Toxicology: EtOH {rng.randint(0, 280)} mg/dL.  Other occupants: {rng.choice(('none', 'two, treated at scene', 'one fatality'))}.", False),
        (f"Fire marshal notified per protocol; arson investigation {rng.choice(('pending', 'not indicated'))}.  "
         f"Poison center consulted (<<=hotline>>).", True),
    ]


def _b_protective_referral(rng: random.Random) -> list[Block]:
    child = rng.random() < 0.6
    who = "<<=child>> child" if child else "elder (___ year old) with dementia"
    pattern = rng.choice(("sharply demarcated stocking-glove immersion scald, spared flexural creases",
                          "multiple 8 mm round cratered burns on the back consistent with cigarettes",
                          "patterned contact burn matching a clothes iron on the forearm",
                          "doughnut-hole sparing of the buttocks"))
    agency = "child protective services" if child else "adult protective services"
    return [
        (f"SOCIAL WORK / PROTECTIVE SERVICES REFERRAL - SUSPECTED NON-ACCIDENTAL BURN\nPatient: <<?PERSON|_>>  "
         f"MRN <<?MRN|_>>  DOB <<?DATE_REAL_YEAR:dob|_>>\nReferral to: <<?ORGANIZATION:agency|_>> ({agency})", False),
        (f"Concern: {who} with {pattern}.  History given by caregiver (<<?PERSON|_>>) "
         f"{rng.choice(('inconsistent with developmental stage', 'changed between interviews', 'delayed presentation by 2 days'))}.  "
         f"[[TEN-4-FACESp]] bruising screen {rng.choice(('positive', 'negative'))}; skeletal survey {rng.choice(('ordered', 'negative'))}.", False),
        ("Report made by phone to intake at <<=shiftdt>>; intake # <<?ACCOUNT:intake|_>>; caseworker <<?PERSON|_>> "
         "(ph <<?PHONE|_>>, fax <<?FAX|_>>).  Law enforcement: <<?ORGANIZATION:police|_>>, report <<?ACCOUNT:police|_>>.", False),
        ("Home address on file: <<?STREET_ADDRESS|_>>, <<?LOCATION|_>> <<?ZIP|_>>.  Other children/adults in home: ___.", False),
        (f"Safety plan: no discharge until agency clears placement; 1:1 sitter; visits supervised.  Resources given: "
         f"{'[[Childhelp National Child Abuse Hotline 1-800-422-4453]]; [[www.childwelfare.gov]]' if child else '[[Eldercare Locator 1-800-677-1116]]'}.", False),
        ("Mandated reporter: <<?PERSON|_>>, LCSW  <<=shift>>", True),
    ]


def _b_burn_clinic(rng: random.Random) -> list[Block]:
    return [
        (f"BURN CLINIC - OUTPATIENT FOLLOW-UP\nPatient: <<?PERSON|_>>   Visit: <<=shift>>   Provider: <<?PERSON|_>>, "
         f"{rng.choice(('MD', 'NP', 'PA-C'))}", False),
        (f"Interval: {rng.randint(2, 40)} weeks after STSG to {rng.choice(('R hand', 'face/neck', 'bilateral legs', 'anterior chest'))} "
         f"(meshed [[{rng.choice(('1.5:1', '2:1', '1:1'))}]]). Itch {rng.randint(0, 10)}/10 on [[hydroxyzine]]/gabapentin.  "
         f"Returned to work at <<?ORGANIZATION:employer|_>> {rng.choice(('light duty', 'full duty', 'not yet'))}.", False),
        (f"Exam: grafts 100% stable, hypertrophic scarring {rng.choice(('mild', 'moderate', 'along mesh interstices'))}; "
         f"[[Vancouver Scar Scale]] {rng.randint(2, 11)}/13; [[POSAS]] patient {rng.randint(10, 50)}.  "
         f"First web space contracture {rng.choice(('none', 'mild', 'band present'))}.  "
         f"{rng.choice(('Chronic open area in old scar biopsied to exclude [[Marjolin ulcer]].', 'No chronic wounds; no concern for [[Marjolin ulcer]].', 'Scar supple.'))}", False),
        (f"Plan: custom pressure garments ([[Jobst]]) 23 h/day, refit q3 months; silicone ([[Mepiform]]); "
         f"fractional CO2 laser consult; hand therapy at <<?ORGANIZATION:practice|_>>.  Sunscreen.  "
         f"Return {rng.choice(('6 weeks', '3 months', '4 weeks'))}.", False),
        ("Garment vendor delivery address: <<?STREET_ADDRESS|_>>, <<?LOCATION|_>> <<?ZIP|_>>  Phone: <<?PHONE|_>>", False),
        ("Pt reminded of [[Silvadene]] discontinuation; moisturizer BID.  Scar massage taught.  <<=score>>", True),
    ]


def _b_burn_discharge(rng: random.Random) -> list[Block]:
    sex, sexw, _ = _sex(rng)
    kind, how = rng.choice(_MECH)
    tbsa = f"[[{rng.randint(3, 58)}{rng.choice(('', '.5'))}% TBSA]]"
    return [
        (_header(rng, sex, "PLASTIC SURGERY / BURN", rng.choice(_ALLERGIES)), False),
        (f"Chief Complaint:\n{kind} burn\n\nMajor Surgical or Invasive Procedure:\n<<=shift>> excision and STSG; "
         f"<<=shift>> {rng.choice(('[[Integra]] application', 'allograft', 'flap coverage', 'hand escharotomy'))}", False),
        (f"History of Present Illness:\n___ year old {sexw} with {how}.  Admitted to [[Burn ICU]] with {tbsa}; "
         f"resuscitated by [[Parkland formula]] (total {rng.randint(6, 24)},{rng.randint(100, 999)} mL first 24 h).", False),
        (f"Brief Hospital Course:\n# Burns: excised and grafted x{rng.randint(1, 4)}; take {rng.randint(85, 100)}%.  "
         f"Donor sites healed with [[Mepilex Ag]].\n# Inhalation: {rng.choice(('none', 'grade 1 on bronchoscopy, extubated HD 3', 'heparin/NAC nebs'))}.\n"
         f"# Nutrition: {rng.choice(('tube feeds then oral', 'oral with supplements'))}; [[oxandrolone]] 10 mg BID.\n"
         f"# Pain: weaned to oral oxycodone/acetaminophen.", False),
        (f"Discharge Medications:\n1. Acetaminophen 1000 mg PO q8h\n2. Oxycodone 5 mg PO q6h PRN\n3. Hydroxyzine 25 mg PO q6h PRN itch\n"
         f"4. Bacitracin topical BID\n5. {rng.choice(('Oxandrolone 10 mg BID', 'Multivitamin daily', 'Docusate 100 mg BID'))}", True),
        (f"Discharge Disposition:\n{rng.choice(('Home with Service', 'Home', 'Extended Care'))}\n\nDischarge Diagnosis:\n"
         f"{kind} burn; {tbsa}\n\nDischarge Instructions:\nKeep grafts moisturized, wear garments, call for fever.", False),
        ("Followup Instructions:\nBurn clinic ___ ; hand therapy ___ ; PCP ___", False),
    ]


# ---- radiology ----------------------------------------------------------------------------------


_XR_HAND = (
    ("punch injury, ? boxer fracture",
     "Transverse fracture of the fifth metacarpal neck with 35 degrees of volar angulation ([[boxer's fracture]]). "
     "No intra-articular extension.", "Fifth metacarpal neck fracture with volar angulation."),
    ("FOOSH, snuffbox tenderness",
     "No displaced fracture. [[Gilula arcs]] intact; scapholunate interval 2 mm. Scaphoid waist is incompletely "
     "seen on the ulnar-deviated view; no lucent line.", "No acute fracture. If snuffbox pain persists, repeat "
     "scaphoid views or MRI in 10-14 days."),
    ("thumb hyperextension, pain at base",
     "Intra-articular fracture at the base of the first metacarpal with a small volar-ulnar fragment and dorsoradial "
     "subluxation of the shaft ([[Bennett fracture]]).", "Bennett fracture-subluxation."),
    ("electrical contact burn, eval for fracture and gas",
     "Soft tissue swelling and subcutaneous gas along the dorsum without radiopaque foreign body. No fracture. No "
     "periosteal reaction.", "Subcutaneous gas in the dorsal hand; correlate clinically for necrotizing infection "
     "versus post-debridement air."),
    ("dorsal hand burn with contracture, s/p pinning",
     "Two [[Kirschner wires]] traverse the fourth metacarpal and hold the PIP joints in extension. Flexion contracture "
     "at the small finger PIP joint. No [[Kienbock]] pattern at the lunate.", "Postoperative changes without hardware "
     "complication."),
    ("suspected flexor sheath infection, [[Kanavel signs]] positive",
     "Fusiform soft tissue swelling of the index finger. No bony erosion, gas or foreign body. Joint spaces preserved.",
     "Soft tissue swelling of the index finger without osseous abnormality. Radiographs are insensitive for early "
     "osteomyelitis."),
    ("[[Dupuytren]] contracture, pre-op",
     "Flexion posture of the ring and small fingers at the MCP and PIP joints. Bones are diffusely osteopenic. No "
     "erosive change.", "Flexion contractures consistent with the clinical history; no osseous abnormality."),
)


def _b_xr_hand(rng: random.Random) -> list[Block]:
    side = rng.choice(("RIGHT", "LEFT"))
    ind, find, imp = rng.choice(_XR_HAND)
    views = rng.choice(("HAND (PA,LAT & OBLIQUE)", "WRIST(3 + VIEWS)", "FINGER(S) 2+ VIEWS", "HAND AND WRIST 4 VIEWS"))
    return [
        (f"EXAMINATION:  {views} {side}\n\nINDICATION:  <<?AGE_OVER_89|_>> year old {rng.choice(('man', 'woman'))} "
         f"with {ind}.  // ? fx", False),
        (f"TECHNIQUE:  {rng.choice(('Three', 'Four', 'Two'))} views of the {side.lower()} {views.split('(')[0].split()[0].lower()}"
         f"{rng.choice(('.', ', splint in place.', '; dressings limit detail.'))}\n\nCOMPARISON:  <<?DATE_REAL_YEAR|=shift>> "
         f"outside films (<<?ORGANIZATION:hosp|_>>), not available for direct comparison.", False),
        (f"FINDINGS:\n{find}  Soft tissues: {rng.choice(('dressing material over the dorsum', 'edema', 'unremarkable', 'skin staples from graft fixation'))}.  "
         f"Distal radioulnar joint {rng.choice(('congruent', 'normally aligned'))}.", False),
        (f"IMPRESSION:\n{imp}", False),
        ("Wet read communicated to <<?PERSON|_>> (hand surgery) at <<=shiftdt>>.", True),
    ]


def _b_cta_flap(rng: random.Random) -> list[Block]:
    rows = ["Perforator | Side | Row | Dist from umbilicus | Caliber | Course"]
    for _ in range(rng.randint(2, 4)):
        rows.append(f"P{rng.randint(1, 6)} | {rng.choice(('R', 'L'))} | {rng.choice(('medial', 'lateral'))} | "
                    f"{rng.randint(1, 6)} cm {rng.choice(('inf', 'sup'))}, {rng.randint(1, 5)} cm lat | "
                    f"{rng.choice(('1.2', '1.5', '2.0', '0.9'))} mm | {rng.choice(('short intramuscular', 'long intramuscular', 'septocutaneous'))}")
    return [
        (f"EXAMINATION:  CTA {rng.choice(('ABDOMEN AND PELVIS (PERFORATOR MAPPING)', 'BILAT LOWER EXTREMITY RUNOFF', 'UPPER EXTREMITY (R)'))}\n\n"
         f"INDICATION:  ___ year old with {rng.choice(('soft tissue defect after electrical burn', 'planned DIEP reconstruction', 'planned fibula/ALT free flap', 'prior crush injury, planning radial forearm flap'))}. "
         f"Ordering: <<?PERSON|_>>, MD (NPI <<?LICENSE:npi|_>>)", False),
        (f"TECHNIQUE:  Helical CT angiography after {rng.choice((80, 100, 120))} mL [[Omnipaque 350]] IV; 0.625 mm reconstructions, "
         f"MIP and VR.  DLP {rng.randint(300, 1400)} mGy-cm.\n\nCOMPARISON:  None.", False),
        ("\n".join(rows), False),
        (f"FINDINGS:  Three-vessel runoff {rng.choice(('bilaterally', 'on the right; peroneal occluded on the left'))}.  "
         f"Descending branch of the lateral circumflex femoral artery is {rng.choice(('normal in caliber', 'small'))}. "
         f"No arterial injury in the zone of injury.  Superficial veins patent.", False),
        ("IMPRESSION:\n1. Dominant perforator as tabulated; suitable for flap.\n2. No vascular injury.", False),
        ("Accession <<?ACCOUNT:acc|_>>.  Final report by <<?PERSON|_>>, MD at <<=shiftdt>>.  <<=version>>", True),
    ]


def _b_cxr_inhalation(rng: random.Random) -> list[Block]:
    return [
        (f"EXAMINATION:  CHEST (PORTABLE AP)\n\nINDICATION:  ___ year old {rng.choice(('man', 'woman'))} with inhalation injury "
         f"after {rng.choice(('house fire', 'enclosed-space fire', 'vehicle fire', 'industrial explosion'))}, intubated.  "
         f"Eval ETT, infiltrates.  Portable unit serial <<?DEVICE_ID|_>>", False),
        (f"COMPARISON:  <<=shift>>\n\nFINDINGS:\nEndotracheal tube tip {rng.randint(2, 6)} cm above the carina.  "
         f"Enteric tube courses below the diaphragm.  {rng.choice(('Right IJ', 'Left subclavian', 'Right femoral (not imaged)'))} central line "
         f"{rng.choice(('tip in the SVC', 'tip at cavoatrial junction'))}.", False),
        (f"{rng.choice(('Patchy bilateral perihilar opacities, new since prior, may reflect inhalation injury or edema.', 'Diffuse bilateral airspace opacities meeting [[Berlin criteria]] in the appropriate clinical setting.', 'Lungs are clear.', 'Left lower lobe atelectasis.'))} "
         f"{rng.choice(('No pneumothorax.', 'Small right effusion.', 'No effusion or pneumothorax.'))}  Cardiomediastinal silhouette "
         f"{rng.choice(('normal', 'stable'))}.  Burn dressings project over the chest wall.", False),
        (f"IMPRESSION:\n1. Lines and tubes as above.\n2. {rng.choice(('Findings concerning for evolving ARDS.', 'No acute cardiopulmonary process.', 'Bilateral opacities, likely inhalational injury.'))}", False),
        ("Findings discussed with the [[Burn ICU]] team (<<?PERSON|_>>) by phone at <<=shiftdt>>.", True),
    ]


def _b_fluoro_hardware(rng: random.Random) -> list[Block]:
    return [
        (f"EXAMINATION:  FLUOROSCOPY IN OR (NO RADIOLOGIST)\n\nINDICATION:  ___ year old with "
         f"{rng.choice(('fifth metacarpal fracture', 'dorsally angulated distal radius ([[Colles]]) fracture', 'proximal phalanx fracture', 'scaphoid waist fracture', 'Bennett fracture'))} "
         f"{rng.choice(('after a crush injury at work', 'after motorcycle crash', 'with overlying burn'))}.  ORIF.", False),
        (f"TECHNIQUE:  {rng.randint(3, 14)} intraoperative spot images; fluoroscopy time {rng.randint(1, 9)}.{rng.randint(0, 9)} s; "
         f"dose {rng.randint(0, 3)}.{rng.randint(1, 9)} mGy.  Mini C-arm (serial <<?DEVICE_ID|_>>).", False),
        (f"FINDINGS:  Images demonstrate placement of {rng.choice(('a [[Synthes]] 2.0 mm locking plate', 'an [[Acumed]] volar plate', 'a [[Medartis APTUS]] 1.5 mm plate', 'a headless compression screw'))} "
         f"with {rng.randint(3, 8)} screws; {rng.choice(('two [[Kirschner wires]]', 'no K-wires'))}.  Anatomic alignment.  "
         f"Final images saved to PACS.", False),
        (f"Implant log: UDI <<=gtin>>(17)2{rng.randint(6, 9)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}(10)[[{_letters(rng, 1)}{_d(rng, 5)}]]"
         f"(21)<<?DEVICE_ID|_>>; <<=ref>>; <<=lot>>", False),
        ("IMPRESSION:\nIntraoperative fluoroscopic guidance for ORIF.  Please refer to operative note by <<?PERSON|_>>, MD.", False),
    ]


def _b_bone_scan(rng: random.Random) -> list[Block]:
    return [
        (f"EXAMINATION:  NM BONE SCAN THREE PHASE (HANDS/FEET)\n\nINDICATION:  ___ year old with "
         f"{rng.choice(('grade 3-4 frostbite of both feet', 'frostbite of the R hand digits after exposure', 'electrical burn, assess digit viability'))}; "
         f"{rng.choice(('received tPA', 'iloprost started', 'no thrombolysis'))}.", False),
        (f"RADIOPHARMACEUTICAL:  {rng.choice(('24.6', '25.1', '20.3', '22.8'))} mCi [[Tc-99m MDP]] IV.  "
         f"<<=lot>> (radiopharmacy).\n\nTECHNIQUE:  Flow, blood pool and 3-hour delayed images; SPECT/CT of the feet.", False),
        (f"FINDINGS:\nFlow and blood pool: absent perfusion to {rng.choice(('the distal phalanges of the right 2nd-5th toes', 'the left great toe and second toe', 'the right index and long fingertips'))}. "
         f"Delayed: corresponding photopenia, consistent with nonviable bone.  Remaining digits show preserved uptake.", False),
        (f"IMPRESSION:\nNonviable bone as described; demarcation level {rng.choice(('at the PIP joints', 'proximal phalanges', 'mid-distal phalanges'))}.  "
         f"Repeat imaging in 7 days may be considered.", False),
        ("Report faxed to referring service: <<?FAX|_>>.  Read by <<?PERSON|_>>, MD.", True),
    ]


def _b_us_flap_doppler(rng: random.Random) -> list[Block]:
    return [
        (f"EXAMINATION:  DUPLEX {rng.choice(('ARTERIAL FLAP PEDICLE', 'VENOUS UPPER EXTREMITY (R)', 'VENOUS LOWER EXTREMITY BILAT'))}\n\n"
         f"INDICATION:  ___ year old, POD {rng.randint(1, 9)} {rng.choice(('ALT free flap to forearm', 'radial forearm flap', 'latissimus flap to leg'))}; "
         f"{rng.choice(('loss of implantable Doppler signal', 'flap congestion', 'arm swelling, eval DVT'))}.", False),
        ("TECHNIQUE:  Grayscale, color and spectral Doppler ([[Acuson Sequoia]], probe 18L6; unit <<?DEVICE_ID|___>>).\n\n"
         "COMPARISON:  <<?DATE_REAL_YEAR|=shift>>", False),
        (f"FINDINGS:\nPedicle artery: {rng.choice(('triphasic flow, PSV 45 cm/s', 'monophasic flow, PSV 18 cm/s', 'no flow'))}.  "
         f"Venae comitantes: {rng.choice(('patent and compressible', 'nonocclusive thrombus in one vein', 'patent'))}.  "
         f"{rng.choice(('No fluid collection.', 'Small hematoma 2.1 x 0.8 cm adjacent to the anastomosis.', 'Subcutaneous edema.'))}", False),
        (f"IMPRESSION:\n{rng.choice(('Patent pedicle.', 'Findings concerning for venous compromise; plastic surgery notified.', 'No DVT.'))}", False),
        ("Critical result called to <<?PERSON|_>> (plastics) at <<=shiftdt>>, read back.  <<=version>>", True),
    ]


_KINDS: dict[str, tuple[str, Callable[[random.Random], list[Block]]]] = {
    "burn_admission": ("discharge", _b_burn_admission),
    "burn_daily": ("discharge", _b_burn_daily),
    "graft_opnote": ("discharge", _b_graft_opnote),
    "flap_opnote": ("discharge", _b_flap_opnote),
    "tissue_tracking": ("discharge", _b_tissue_tracking),
    "hbo_log": ("discharge", _b_hbo_log),
    "hand_therapy": ("discharge", _b_hand_therapy),
    "photo_consent": ("discharge", _b_photo_consent),
    "occ_injury": ("discharge", _b_occ_injury),
    "scene_history": ("discharge", _b_scene_history),
    "protective_referral": ("discharge", _b_protective_referral),
    "burn_clinic": ("discharge", _b_burn_clinic),
    "burn_discharge": ("discharge", _b_burn_discharge),
    "xr_hand": ("radiology", _b_xr_hand),
    "cta_flap": ("radiology", _b_cta_flap),
    "cxr_inhalation": ("radiology", _b_cxr_inhalation),
    "fluoro_hardware": ("radiology", _b_fluoro_hardware),
    "bone_scan_frostbite": ("radiology", _b_bone_scan),
    "us_flap_doppler": ("radiology", _b_us_flap_doppler),
}
DOCUMENT_KINDS = tuple(_KINDS)
_RAD_KINDS = tuple(k for k, (t, _) in _KINDS.items() if t == "radiology")
_DIS_KINDS = tuple(k for k, (t, _) in _KINDS.items() if t == "discharge")


def document_kind(seed: int, i: int) -> str:
    u = ((i * _ROOT2) + seed * 0.377) % 1.0
    v = ((i * _ROOT3) + seed * 0.591) % 1.0
    kinds = _RAD_KINDS if u < _RADIOLOGY_SHARE else _DIS_KINDS
    return kinds[min(int(v * len(kinds)), len(kinds) - 1)]


# --------------------------------------------------------------------------------------------------
# Plant snippets: (scope, template maker); scope "any" | "dis" | "rad"; exactly one unconditional plant
# --------------------------------------------------------------------------------------------------

Snip = tuple[str, Callable[[random.Random], str]]


def _cred(rng: random.Random) -> str:
    return rng.choice(("MD", "DO", "PA-C", "NP", "RN", "OTR/L, CHT", "PT, DPT", "RRT", "LCSW", "MD, FACS", "CHT"))


_SNIPS: dict[str, list[Snip]] = {
    "PERSON": [
        ("any", lambda r: f"Discussed with <<PERSON>>, {_cred(r)}, who agrees with the plan."),
        ("any", lambda r: f"Electronically signed by: <<PERSON:LF>>  {_cred(r)}  <<=shiftdt>>"),
        ("dis", lambda r: f"Pt's {r.choice(('mother', 'daughter', 'husband', 'sister', 'grandson'))} <<PERSON>> at bedside; "
                          f"updated on graft take and <<=tbsa>> estimate."),
        ("dis", lambda r: "Emergency contact:\n<<PERSON:lf>> (" + r.choice(("spouse", "son", "guardian")) + ")   Ph: <<?PHONE|_>>"),
        ("any", lambda r: "| Verified by | <<PERSON>> | " + _cred(r) + " |"),
        ("rad", lambda r: "Findings communicated to Dr. <<PERSON>> by telephone at <<=shiftdt>>, read back confirmed."),
        ("rad", lambda r: "Technologist: <<PERSON:init>> RT(R)    Radiologist: ___"),
        ("any", lambda r: "cc: <<PERSON>>, OTR/L, CHT; ___, MD; [[Wound Care Team]]"),
        ("dis", lambda r: "Interpreter (" + r.choice(("Spanish", "Vietnamese", "Somali", "K'iche'")) + ") used: <<PERSON>>, ID ___"),
        ("any", lambda r: "MSH|^~\\&|EPIC|BURN||<<=shiftdt>>||ORU^R01\nPID|1||___^^^MR||<<PERSON:hl7>>||___|" + r.choice("MF")),
        ("dis", lambda r: "ADDENDUM: patient seen and examined with resident; agree with findings.  -- <<PERSON:mid>>, MD"),
        ("any", lambda r: "Attending of record changed to Dr <<PERSON:last>> (covering for Dr. ___)."),
    ],
    "ORGANIZATION": [
        ("dis", lambda r: "Transferred from <<ORGANIZATION:hosp>> after initial resuscitation and escharotomy."),
        ("dis", lambda r: "Employer: <<ORGANIZATION:employer>>  (" + r.choice(("notified", "WC carrier on file", "no contact yet")) + ")"),
        ("dis", lambda r: "First responders: <<ORGANIZATION:fire>>; " + r.choice(("extricated by crew", "no extrication needed")) + "."),
        ("any", lambda r: "Outside films from <<ORGANIZATION:hosp>> were reviewed on CD; no report available."),
        ("dis", lambda r: "Referral faxed to <<ORGANIZATION:agency>> on <<=shift>>."),
        ("dis", lambda r: "Will continue hand therapy closer to home at <<ORGANIZATION:practice>>."),
        ("dis", lambda r: "Works as a " + r.choice(("line cook", "welder", "roofer", "dishwasher")) + " at <<ORGANIZATION:employer>>, " + str(r.randint(2, 60)) + " h/week."),
        ("dis", lambda r: "Child attends <<ORGANIZATION:school>>; school nurse to be contacted for dressing changes."),
        ("any", lambda r: "Report received from <<ORGANIZATION:police>> regarding the incident."),
        ("rad", lambda r: "Prior imaging performed at\n<<ORGANIZATION:hosp>>; images imported to PACS."),
        ("any", lambda r: "| Facility | <<ORGANIZATION:hosp>> |"),
    ],
    "LOCATION": [
        ("dis", lambda r: "Lives in <<LOCATION>> with " + r.choice(("wife and two children", "roommate", "elderly parents", "alone")) + "."),
        ("any", lambda r: "Transfer by helicopter from <<LOCATION>> (" + str(r.randint(20, 160)) + " miles)."),
        ("dis", lambda r: "Fire occurred at a hunting cabin outside <<LOCATION>>, <<=state>>."),
        ("any", lambda r: "| Scene town | <<LOCATION>> |"),
        ("rad", lambda r: "Outside CT performed at an urgent care in <<LOCATION>>; images imported."),
        ("dis", lambda r: "Recently moved from <<LOCATION>>; originally from <<=country>>."),
        ("any", lambda r: "Home town: <<LOCATION>>   State: <<=state>>"),
    ],
    "STREET_ADDRESS": [
        ("dis", lambda r: "Scene address: <<STREET_ADDRESS>>, <<?LOCATION|_>>"),
        ("dis", lambda r: "Injury occurred in the detached garage at <<STREET_ADDRESS>>."),
        ("any", lambda r: "Mail results to: <<STREET_ADDRESS>>\n<<?LOCATION|_>>, ___ <<?ZIP|_>>"),
        ("dis", lambda r: "Workplace: <<?ORGANIZATION:employer|_>>, <<STREET_ADDRESS>>"),
        ("any", lambda r: "| Address | <<STREET_ADDRESS>> |"),
    ],
    "ZIP": [
        ("any", lambda r: "<<?LOCATION|_>>, " + r.choice(_STATE_AB) + " <<ZIP>>"),
        ("dis", lambda r: "Zip code: <<ZIP>> (garment vendor service area)"),
        ("any", lambda r: "Patient home ZIP <<ZIP>> per registration."),
        ("dis", lambda r: "Scene: ___, ___ <<ZIP>>"),
    ],
    "PHONE": [
        ("any", lambda r: "Call back number: <<PHONE>>"),
        ("dis", lambda r: "Wife's cell <<PHONE>>, prefers text."),
        ("dis", lambda r: "Employer safety officer (___) can be reached at <<PHONE>>."),
        ("any", lambda r: "Tel: <<PHONE>>   Fax: <<?FAX|_>>"),
        ("dis", lambda r: "Pt may be reached at\n<<PHONE>> after 5 pm."),
        ("rad", lambda r: "Ordering clinic phone <<PHONE>>."),
    ],
    "FAX": [
        ("any", lambda r: "Fax results to <<FAX>>, attn burn coordinator."),
        ("any", lambda r: "F: <<FAX>>"),
        ("dis", lambda r: "Work status form faxed to the case manager at <<FAX>>."),
        ("rad", lambda r: "Report faxed to <<FAX>> at <<=shiftdt>>."),
    ],
    "PAGER": [
        ("any", lambda r: "Burn fellow pager <<PAGER>>"),
        ("any", lambda r: "Questions: page <<PAGER>> (plastics on call)."),
        ("dis", lambda r: "p. <<PAGER>>"),
        ("rad", lambda r: "Resident paged at <<PAGER>>; callback received."),
        ("dis", lambda r: "Hand fellow on call -- pgr <<PAGER>>"),
    ],
    "EMAIL": [
        ("any", lambda r: "Photos sent securely to <<EMAIL>> for tumor/flap board."),
        ("dis", lambda r: "Patient email: <<EMAIL>>"),
        ("dis", lambda r: "Employer HR contact e-mail <<EMAIL>>."),
        ("rad", lambda r: "Please send final read to <<EMAIL>>."),
    ],
    "URL": [
        ("any", lambda r: "Images uploaded to <<URL:photo>>"),
        ("dis", lambda r: "Employer SDS link: <<URL:employer>> (see also <<=site>>)"),
        ("rad", lambda r: "Key images: <<URL:pacs>>"),
        ("dis", lambda r: "Claim portal: <<URL:claim>>"),
    ],
    "IP_ADDRESS": [
        ("any", lambda r: "Workstation <<IP_ADDRESS>>"),
        ("rad", lambda r: "DICOM push from <<IP_ADDRESS>> (AE title BURNCAM" + str(r.randint(1, 9)) + ") failed; resent."),
        ("dis", lambda r: "Photo upload source IP: <<IP_ADDRESS>>"),
        ("any", lambda r: "[system] session from host <<IP_ADDRESS>> locked after 15 min."),
    ],
    "SSN": [
        ("dis", lambda r: "SSN: <<SSN>>"),
        ("any", lambda r: "Social Security # <<SSN>> (per WC form)"),
        ("dis", lambda r: "| SSN | <<SSN>> |"),
        ("rad", lambda r: "Outside CD labelled with SS# <<SSN>>; identity confirmed with two identifiers."),
    ],
    "MRN": [
        ("any", lambda r: "MRN <<MRN>>"),
        ("dis", lambda r: "Outside hospital MRN: <<MRN>>"),
        ("rad", lambda r: "Med Rec #: <<MRN>>   Loc: [[Burn ICU]]"),
        ("any", lambda r: "Unit No:  <<MRN>>"),
        ("dis", lambda r: "PID|1||<<MRN>>^^^BURN^MR||___"),
    ],
    "ACCOUNT": [
        ("any", lambda r: "Encounter # <<ACCOUNT:enc>>"),
        ("dis", lambda r: "FD incident no. <<ACCOUNT:fire>>"),
        ("dis", lambda r: "Police report # <<ACCOUNT:police>>"),
        ("dis", lambda r: "WC claim <<ACCOUNT:claim>>"),
        ("rad", lambda r: "Accession: <<ACCOUNT:acc>>"),
        ("any", lambda r: "Order #<<ACCOUNT:enc>>"),
        ("dis", lambda r: "CPS intake <<ACCOUNT:intake>> (per hotline worker)"),
        ("dis", lambda r: "EMS run number <<ACCOUNT:run>>"),
        ("rad", lambda r: "ACC# <<ACCOUNT:acc>>   Order: ___"),
    ],
    "HEALTH_PLAN": [
        ("any", lambda r: "Member ID: <<HEALTH_PLAN:member>>   (<<=group>>, employer plan)"),
        ("dis", lambda r: "Medicaid # <<HEALTH_PLAN:medicaid>>"),
        ("dis", lambda r: "WC policy no. <<HEALTH_PLAN:wc>>"),
        ("rad", lambda r: "Prior auth for CTA obtained; subscriber ID <<HEALTH_PLAN:member>>."),
        ("any", lambda r: "| Insurance ID | <<HEALTH_PLAN>> |"),
    ],
    "LICENSE": [
        ("any", lambda r: "NPI: <<LICENSE:npi>>"),
        ("dis", lambda r: "Prescriber DEA <<LICENSE:dea>>"),
        ("dis", lambda r: "Driver's license <<LICENSE:dl>> (" + r.choice(_STATE_AB) + ") used to confirm identity."),
        ("dis", lambda r: "___, RN  lic # <<LICENSE:nurse>>"),
        ("rad", lambda r: "Ordering provider NPI <<LICENSE:npi>>"),
        ("dis", lambda r: "Therapist license no. <<LICENSE:ot>>"),
        ("any", lambda r: "State medical license: <<LICENSE:state>>"),
    ],
    "DATE_REAL_YEAR": [
        ("dis", lambda r: "Date of injury: <<DATE_REAL_YEAR>>"),
        ("any", lambda r: "DOB <<DATE_REAL_YEAR:dob>>"),
        ("dis", lambda r: "Prior scald burn treated at an outside hospital on <<DATE_REAL_YEAR>>."),
        ("any", lambda r: "Signed <<DATE_REAL_YEAR>> 14:07"),
        ("dis", lambda r: "Spouse deceased <<DATE_REAL_YEAR:death>> (house fire)."),
        ("rad", lambda r: "COMPARISON:  Outside hand films dated <<DATE_REAL_YEAR>>."),
        ("any", lambda r: "| DOI | <<DATE_REAL_YEAR>> |"),
    ],
    "AGE_OVER_89": [
        ("any", lambda r: "Patient is a <<AGE_OVER_89>>-year-old " + r.choice(("man", "woman")) + "."),
        ("dis", lambda r: "Lives with her husband (age <<AGE_OVER_89>>) who could not manage dressings."),
        ("rad", lambda r: "Pt age: <<AGE_OVER_89>>"),
        ("dis", lambda r: "Elderly (<<AGE_OVER_89>> yo) with cooking-related sleeve ignition."),
    ],
    "DEVICE_ID": [
        ("dis", lambda r: "NPWT unit ([[V.A.C. ULTA]]) SN <<DEVICE_ID>> sent home with patient."),
        ("any", lambda r: "Infusion pump serial <<DEVICE_ID>> removed from service (" + r.choice(("alarm", "occlusion")) + ")."),
        ("dis", lambda r: "UDI <<=gtin>>(21)<<DEVICE_ID>>"),
        ("dis", lambda r: "Camera s/n <<DEVICE_ID>>"),
        ("rad", lambda r: "Portable DR unit S/N: <<DEVICE_ID>>"),
        ("dis", lambda r: "Dermatome handpiece serial #<<DEVICE_ID>> returned to SPD."),
    ],
    "VEHICLE_ID": [
        ("dis", lambda r: "Vehicle plate <<VEHICLE_ID:plate>> (" + r.choice(_STATE_AB) + ") per EMS."),
        ("any", lambda r: "VIN <<VEHICLE_ID:vin>> (vehicle fire)"),
        ("dis", lambda r: "Motorcycle tag # <<VEHICLE_ID:plate>>; rider unhelmeted."),
        ("rad", lambda r: "Clinical hx: car fire, vehicle lic. plate <<VEHICLE_ID:plate>> per trauma sheet."),
    ],
}

# heavy (over-masked) blocks and padding filler (no plants, optional)


def _heavy_block(rng: random.Random, note_type: str) -> str:
    if note_type == "radiology":
        lines = ["DISTRIBUTION / CALLBACK LOG:"]
        for _ in range(rng.randint(9, 12)):
            lines.append(f"  ___ ___ ({rng.choice(('ordering', 'resident', 'attending', 'PCP', 'tech'))})  ph ___  fax ___")
        return "\n".join(lines)
    lines = ["CARE TEAM / CONTACTS:"]
    for role in rng.sample(("Attending", "Burn fellow", "Resident", "Primary RN", "OT", "PT", "SW", "Case mgr",
                            "Dietitian", "Chaplain", "Emergency contact", "PCP"), rng.randint(9, 12)):
        lines.append(f"  {role}: ___ ___   pager ___   ph ___")
    return "\n".join(lines)


_PAD_ICU = (
    "Nursing: dressing changes done with premedication; wounds clean, no purulence.  [[Vashe]] soaks to hands; "
    "donor sites dry under [[Mepilex Ag]].  Turned q2h; heels offloaded in boots.  Skin: [[Braden]] score reviewed "
    "each shift; pressure injury prevention bundle in place.",
    "Nutrition: indirect calorimetry pending; goal 30 kcal/kg and 2 g/kg protein; vitamin C, zinc and "
    "[[oxandrolone]] per protocol.  Weight trend reviewed; prealbumin trending up.  Post-pyloric feeding tube "
    "confirmed on film; feeds held 6 h before OR only.",
    "Pain/sedation: multimodal regimen including ketamine and dexmedetomidine; procedural sedation for "
    "dressing changes.  CPOT 2-3.  Anxiety addressed with scheduled low-dose benzodiazepine taper; sleep "
    "hygiene and daytime mobilization encouraged.",
    "Rehab: OT fabricated splints; PT ambulated in hall; positioning to prevent axillary and neck contracture "
    "(shoulders abducted 90 degrees, neck in slight extension, ankles at neutral in a [[Pedi-Boot]]).  "
    "See <<=dept>> note.",
    "Infection: no signs of invasive wound infection; quantitative biopsies not sent.  Line day counts reviewed.  "
    "Topicals rotated per [[Burn ICU]] protocol ([[Silvadene]] -> [[Sulfamylon]]).  Watch for [[Curling ulcer]]: "
    "on PPI prophylaxis.",
    "Respiratory: lung-protective ventilation, HOB > 30 degrees, chlorhexidine oral care, daily SAT/SBT.  "
    "Nebulized heparin and N-acetylcysteine alternating q4h for inhalation injury; bronchoscopy PRN for casts.",
    "Psychosocial: <<=dept>> following; acute stress symptoms screened (PCL-5 pending).  Peer support "
    "visitor from the burn survivor network offered.  Chaplain visited.  Family meeting held; questions answered.",
    "Wound description: anterior trunk graft 95% adherent, small interstices open; lateral thigh donor site "
    "re-epithelialized.  Hand grafts with no shear; fingers in intrinsic-plus splint.  Photos uploaded to "
    "media tab per protocol.",
    "Endocrine/metabolic: insulin infusion for glucose 140-180; hypermetabolism managed with propranolol "
    "titrated to HR reduction of 20%.  [[oxandrolone]] with weekly LFTs.  Temperature of room kept at 30 C.",
    "Education: reviewed signs of graft loss, infection and itching; sun avoidance for 12 months; no soaking "
    "in tubs or pools until fully healed; moisturize twice daily.  Teach-back completed with patient and family.",
    "Heme: Hgb stable after excision; transfusion threshold 7 g/dL.  DVT prophylaxis with enoxaparin dosed by "
    "anti-Xa level.  Platelets recovering after the expected post-burn nadir.",
    "Renal/fluids: creatinine at baseline; free-water deficit corrected slowly.  Sodium 146 -> 141.  "
    "Insensible losses estimated at (25 + %TBSA) x BSA mL/h; maintenance adjusted accordingly.",
)
_PAD_OUT = (
    "Home program reviewed: scar massage 5 minutes, 3-4 times daily with fragrance-free moisturizer; stretch to "
    "end range and hold 30 seconds; protect grafts from sun with SPF 50 and clothing for 12-18 months.",
    "Itch remains the main complaint at night; cool compresses, antihistamine at bedtime, and short nails "
    "advised.  Sleep 6-7 h.  Mood screened (PHQ-2 negative); burn survivor support group information given.",
    "Return-to-work discussion: currently on restrictions (no gloves-off handling of hot or caustic materials, no "
    "lifting > 10 lb with the affected hand).  Work status form completed and given to patient.",
    "Garments: measured for custom pressure garments; interim [[Tubigrip]] and [[Coban]] until delivery.  "
    "Wear 23 h/day, wash daily, replace every 3 months or with weight change.",
    "Skin: healed areas dry with small open blisters from shear; no cellulitis.  Silicone gel sheeting "
    "([[Mepiform]]) to hypertrophic areas at night.  Avoid tight jewelry and watches on the affected side.",
    "Function: independent with ADLs except fasteners and jar opening; adaptive equipment (built-up handles, "
    "button hook) issued.  Driving deferred until grip and ROM adequate and off opioids.",
    "Medication review: weaned off opioids; acetaminophen and ibuprofen as needed.  No tobacco; nicotine "
    "replacement offered given effect on wound healing and graft/flap perfusion.",
    "Patient education provided verbally and in writing; interpreter not needed.  Patient verbalized "
    "understanding and agrees with the plan.  Questions answered; knows how to reach the clinic.",
)
_PAD_ADMIN = (
    "This form is part of the legal medical record.  Copies may be released only as permitted by law and "
    "hospital policy.  Original retained in Health Information Management.",
    "Documentation completed contemporaneously.  Late entries are marked as such.  Corrections are made by "
    "single-line strike-through with initials and time.",
    "Scanned into the electronic record; original paper form retained for 30 days, then shredded per the "
    "records-retention policy.",
    "Reviewed with the patient/representative, who had the opportunity to ask questions.  Reading level and "
    "language needs assessed; no interpreter required.",
    "Quality/safety: event reviewed at the daily safety huddle; no immediate hazard to other patients or staff "
    "identified.  Follow-up assigned to the unit manager.",
    "Distribution: chart copy; copy to patient on request; copy to the referring clinician.  Not for release "
    "to third parties without authorization.",
)
_PAD_RAD = (
    "Radiation dose reduction techniques including automated exposure control, adjustment of the mA and/or kV "
    "according to patient size, and iterative reconstruction were used for this examination.",
    "This study was reviewed in conjunction with the clinical history provided; correlation with physical "
    "examination and, where indicated, short-interval follow-up imaging is recommended.",
    "Report generated with voice recognition software; minor transcription errors may be present.  <<=version>>",
    "ADDITIONAL FINDINGS:  Overlying dressings, monitoring leads and splint material partially obscure fine "
    "detail.  Soft tissue edema is noted in the region of the known burn.  No radiopaque foreign body.",
    "CLINICAL INFORMATION (from order):  Burn/plastic surgery patient; please compare with prior study and "
    "comment on interval change.  Patient unable to follow positioning instructions due to pain and dressings.",
    "LIMITATIONS:  Suboptimal positioning because of bulky dressings, contracture and immobilization; a "
    "follow-up study after dressing removal may improve evaluation if clinically warranted.",
    "NOTE:  Images were obtained with shielding as appropriate.  The technologist reports the patient tolerated "
    "the examination; no contrast reaction.  Preliminary findings were available on PACS before final sign-off.",
    "PROTOCOL:  Performed per departmental protocol for the stated indication.  Post-processing on an "
    "independent workstation (3D/MIP) was supervised by the interpreting physician.",
    "RECOMMENDATION(S):  Correlate with the surgical team's clinical assessment.  No further imaging is "
    "required unless symptoms change.  Results are available to the care team in the electronic record.",
)

# --------------------------------------------------------------------------------------------------
# Assembly
# --------------------------------------------------------------------------------------------------

_PAD_BY_KIND = {
    "hand_therapy": _PAD_OUT, "burn_clinic": _PAD_OUT, "occ_injury": _PAD_OUT + _PAD_ADMIN,
    "photo_consent": _PAD_ADMIN, "tissue_tracking": _PAD_ADMIN, "protective_referral": _PAD_ADMIN + _PAD_OUT[7:],
    "hbo_log": _PAD_ADMIN + _PAD_OUT[6:], "scene_history": _PAD_ICU[:7] + _PAD_ADMIN[:2],
}
_MIN_LEN, _MAX_LEN = 1150, 4450


def _build(seed: int, i: int) -> tuple[LabelledNote, list[str], str]:
    rng = random.Random(f"{seed}:{i}")
    rng.shift_base = rng.randint(2110, 2194)  # one date shift per patient, as in MIMIC
    kind = document_kind(seed, i)
    note_type, builder = _KINDS[kind]
    heavy = _is_heavy(seed, i)
    plan = _plan(seed, i)
    ctx = _Ctx(rng, plan)
    raw_blocks = builder(rng)
    blocks: list[tuple[list[Seg], bool]] = [(_render(ctx, t), opt) for t, opt in raw_blocks]
    scope = "rad" if note_type == "radiology" else "dis"
    while ctx.pending:
        cat = ctx.pending.pop(0)
        options = [fn for sc, fn in _SNIPS[cat] if sc in ("any", scope)]
        segs = _render(ctx, rng.choice(options)(rng))
        blocks.insert(rng.randint(1, len(blocks)), (segs, False))
    if heavy:
        blocks.insert(rng.randint(1, len(blocks)), ([_heavy_block(rng, note_type)], False))
    pads = list(_PAD_RAD if note_type == "radiology" else _PAD_BY_KIND.get(kind, _PAD_ICU))
    rng.shuffle(pads)

    def total() -> int:
        return sum(_seg_len(b) for b, _ in blocks) + 2 * (len(blocks) - 1)

    target = rng.randint(_MIN_LEN + 150, 3300)
    while total() < target and pads:
        blocks.insert(rng.randint(min(2, len(blocks) - 1), len(blocks) - 1), (_render(ctx, pads.pop()), True))
    while total() > _MAX_LEN:
        drop = [k for k, (b, opt) in enumerate(blocks) if opt and not any(isinstance(s, tuple) and s[0] == "V" for s in b)]
        if not drop:
            break
        del blocks[drop[-1]]
    text_parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    looks: list[str] = []
    pos = 0
    for k, (segs, _) in enumerate(blocks):
        if k:
            text_parts.append("\n\n")
            pos += 2
        for s in segs:
            if isinstance(s, str):
                text_parts.append(s)
                pos += len(s)
            elif s[0] == "V":
                spans.append((pos, pos + len(s[1]), s[2]))
                text_parts.append(s[1])
                pos += len(s[1])
            else:
                looks.append(s[1])
                text_parts.append(s[1])
                pos += len(s[1])
    text = "".join(text_parts)
    if heavy:
        n_mask = text.count("___")
        extra = []
        while n_mask < 25:
            extra.append("___ ___ ___ ___ ___")
            n_mask += 5
        if extra:
            text += "\n\n" + "\n".join(extra)
    seen: set[str] = set()
    uniq = [x for x in looks if not (x in seen or seen.add(x))]
    return LabelledNote(note_type, text, sorted(spans)), uniq, ("heavy" if heavy else "normal")


def holdout46_note(seed: int, i: int) -> LabelledNote:
    return _build(seed, i)[0]


def holdout46_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout46_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = holdout_measure.measure(
        holdout46_corpus, argv, "Held-out corpus 46 (burn, plastic and hand surgery): detector recall/precision")
    holdout_measure.report("holdout46", args, notes, hits, res)


if __name__ == "__main__":
    main()
