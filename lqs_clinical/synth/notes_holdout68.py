"""Held-out corpus 68: child protection, foster care and paediatric social work around an admission.

MIMIC-IV-Note-shaped discharge and radiology notes written around a paediatric admission for suspected
non-accidental trauma, neglect or a placement change. Most identifiers are ``___``; unmasked dates are
shifted into 2100-2200 and never labelled; about 58% of the notes carry 1-4 identifiers that escaped
masking (labelled), 5% are "heavy" notes (many ``___``, no plants).

Document kinds (``DOCUMENT_KINDS``):

- discharge: ``cpt_consult`` (child-protection-team consultation), ``peds_discharge_summary`` (ordinary
  paediatric discharge summary after a NAT work-up), ``sw_psychosocial`` (social-work psychosocial
  assessment), ``cps_hotline_report`` (mandated-reporter hotline intake documentation),
  ``foster_placement_discharge`` (discharge to a foster home, placement paperwork),
  ``kinship_care_assessment`` (kinship-care / relative placement assessment), ``gal_court_letter``
  (guardian ad litem and family-court letter), ``school_daycare_contact`` (school and daycare collateral
  contacts), ``wic_ei_referral`` (WIC and early-intervention referral), ``safety_plan`` (safety plan);
- radiology: ``skeletal_survey`` (initial skeletal survey), ``followup_skeletal_survey`` (two-week
  follow-up survey), ``head_ct_nat`` (non-contrast head CT for suspected abusive head trauma),
  ``mri_brain_spine`` (MRI brain and whole spine), ``ct_abdomen_pelvis`` (CT for abusive abdominal
  trauma).

Label policy (as given to every held-out corpus):
PERSON is one span per name (given and family together, titles outside); LOCATION is a place below
state level (a street line is STREET_ADDRESS; town and ZIP are separate spans; states and countries
are never labelled, and "New York" alone is the state); ORGANIZATION is a named hospital, practice,
pharmacy (a chain's store too), agency, school or employer, never a generic department, and never a
drug maker, biotech or trial sponsor named as such (a jail, prison or court is one; a payer or insurer
named as such is not). DATE_REAL_YEAR is a whole date carrying a year 1900-2030 (a bare year is not
labelled; a device, drug or lot expiry date is not labelled; a death date is). AGE_OVER_89 labels the
digits of ages >= 90. DEVICE_ID is a device serial (for a GS1 UDI only the (21) serial) or a hospital
asset tag; lot, GTIN, REF, model and expiry are not identifiers. A toll-free phone number (800, 888,
877, 866, 855, 844, 833) is a public line: never labelled; a device maker's or vendor's toll-free fax
neither, a practice's toll-free fax is FAX. ACCOUNT covers account, encounter, incident/run,
accession, order, requisition, claim and specimen numbers, and a vendor's call or session id for the
patient's encounter; HEALTH_PLAN member, subscriber and policy ids (an employer's group number is not
the member's id: leave it unlabelled); LICENSE medical, nursing, EMS, DEA and driver's licences and a
clinician's NPI. Spans hold the value only: cue words ("Dr.", "MRN:", "pager", "Fax", "SN", "plate",
"Acct") and credentials ("MD", "RN") stay outside.

Labelling conventions for what the policy leaves open (this corpus):

- Case numbers: a hotline intake / report number (the report of one incident) and a police incident or
  report number are ACCOUNT (incident numbers), as are accession, encounter, order, specimen, claim and
  EMS run numbers. Family-court docket and petition numbers, ongoing CPS/DCF family case ids, state
  child-welfare person ids, foster-home licence numbers and social workers' licence numbers have no
  category here: they only ever appear masked (``___``).
- ORGANIZATION: a named court, county or town agency (department of social services, county CPS office,
  police department, sheriff's office, town health department), school, school district, daycare,
  early-intervention provider, local WIC clinic, foster-care agency, child advocacy center, DV shelter,
  hospital, practice, pharmacy or employer. Generic names stay unlabelled: "CPS", "DCF", "Child
  Protective Services", "the Child Protection Team", "Social Work", "Early Intervention", "WIC",
  "Medicaid", "the family court"; so do state-level registers and registries (the State Central
  Register, NYSIIS), payers and insurers (Fidelis Care, MVP Health Care, Healthfirst), drug, formula,
  vaccine and device makers.
- LOCATION: towns, villages and counties (the whole "X County"); a state after a town stays outside.
- AGE_OVER_89 only ever concerns great-grandparents, neighbours and other collaterals; children's and
  parents' ages are under 90 and unlabelled.
- DATE_REAL_YEAR: children's and parents' dates of birth, report, hearing and placement dates, a
  sibling's death date. Month-and-year forms are not used. Vaccine, formula and device expiry dates and
  GS1 (17) expiry fields stay unlabelled.
- DEVICE_ID: home apnea-monitor, pulse-oximeter and feeding-pump serials, a UDI's (21) serial, hospital
  asset tags on loaner equipment, scanner serials. VEHICLE_ID: licence plates and VINs (a parent's car,
  a county car, an ambulance).
- IP_ADDRESS: telehealth, patient-portal, chart-audit and reporting-portal addresses. URL: personal pages
  (social media, fundraisers, family blogs, an image-share link for the patient); public bodies'
  websites stay unlabelled.
- A practice's toll-free fax is FAX (one template, the practice named as such); public hotlines (Childhelp,
  the State Central Register's and Poison Help's 800 numbers, 988, 2-1-1) are look-alikes.
- A mobile-home "Lot 17" or "Apt 3B" is part of the STREET_ADDRESS span; "96yo" is written glued and only
  the digits are labelled.
- Heavy notes carry no plants; every other identifier slot in a note is ``___``. Categories come from a
  Weyl sequence over (note, slot), so per-category totals are stable; a look-alike is returned only if none
  of its occurrences touches a span.

Written blind: I read only the corpus brief (bench/holdout_corpus_task.md),
lqs_clinical/synth/holdout_measure.py, the first 45 lines of lqs_clinical/synth/notes.py,
pyproject.toml, /work/shared/reference/*.md and the masked PyHealth note-shaped samples (and SOURCES.md)
under /work/shared/data/. I did not read the detector, its rule files, any other corpus, any test or
benchmark, and never ran the detector on this corpus. One slip: a `git log --oneline | head -5` in the
worktree showed the five latest commit subject lines (no diffs, no files opened).
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Callable

from lqs_clinical.synth import holdout_measure
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

# --------------------------------------------------------------------------------------------------
# Look-alike vocabularies (never labelled)
# --------------------------------------------------------------------------------------------------

_RAD_EPONYMS = [
    "Salter-Harris II", "Salter-Harris II fracture", "classic metaphyseal lesion", "Wormian bones", "Caffey disease",
    "osteogenesis imperfecta",
    "Menkes disease", "glutaric aciduria type 1", "Chiari I malformation", "foramen of Monro", "sylvian fissure",
    "Gadavist", "Omnipaque 350", "SOMATOM Force", "Revolution CT", "PowerScribe 360", "Image Gently", "ALARA",
    "Risser 0",
]
_TOOLS = [
    "TEN-4-FACESp", "Pittsburgh Infant Brain Injury Score", "ASQ-3", "ASQ:SE-2", "M-CHAT-R/F",
    "Edinburgh Postnatal Depression Scale", "PHQ-9", "Bayley-4", "Denver II", "Glasgow Coma Scale", "Apgar",
    "Tanner stage 1", "CDC growth chart", "WHO growth standard", "Fenton chart", "SEEK Parent Questionnaire",
    "Protective Factors Survey", "CANS", "Structured Decision Making", "ACEs questionnaire",
]
_BRANDS = [
    "Similac Pro-Advance", "Enfamil NeuroPro", "Gerber Good Start", "Pedialyte", "Tylenol", "Motrin",
    "Poly-Vi-Sol", "D-Vi-Sol", "Aquaphor", "Desitin", "Zofran", "Keppra", "Bactrim", "Augmentin", "Pediarix",
    "Prevnar 20", "RotaTeq", "Vaxelis", "Engerix-B", "Beyfortus", "Graco SnugRide", "Pack 'n Play",
    "Masimo Rad-97", "SmartMonitor 2", "Kangaroo Joey", "Halo BassiNest", "Chicco KeyFit 30",
]
_STATUTES = [
    "Family Court Act Article 10", "Family Court Act § 1024", "Soc. Serv. Law § 413", "42 U.S.C. § 5106a",
    "CAPTA", "Title IV-E", "45 CFR § 1356.21", "Indian Child Welfare Act", "ICPC", "Adoption and Safe Families Act",
    "form LDSS-2221A", "HIPAA § 164.512(b)",
]
_PUBLIC = [
    "State Central Register", "NYSIIS", "Fidelis Care", "MVP Health Care", "Healthfirst", "Child Protection Team",
    "Child Protective Services", "Social Work", "Pediatric Radiology", "Early Intervention Program",
]
_HOTLINES = [
    "Childhelp National Child Abuse Hotline 1-800-422-4453", "State Central Register at 1-800-342-3720",
    "Poison Help line 1-800-222-1222", "National Domestic Violence Hotline 1-800-799-7233",
    "988 Suicide & Crisis Lifeline", "2-1-1 community helpline", "National Safe Haven Alliance 1-888-510-2229",
]
_WEBSITES = ["www.childwelfare.gov", "www.cdc.gov/ncbddd/actearly", "www.fns.usda.gov/wic", "ocfs.ny.gov",
             "www.healthychildren.org", "safetosleep.nichd.nih.gov"]
_PLACES_PUBLIC = ["New York", "Vermont", "Pennsylvania", "Guatemala", "Honduras", "Puerto Rico", "Dominican Republic"]

EPONYMS_AND_BRANDS: tuple[str, ...] = tuple(_RAD_EPONYMS + _TOOLS + _BRANDS + _STATUTES + _PUBLIC)

# --------------------------------------------------------------------------------------------------
# Surrogate values (fictitious)
# --------------------------------------------------------------------------------------------------

_CHILD_FIRST = [
    "Brynlee", "Kaiden", "Mateo", "Aaliyah", "Jaxon", "Zuri", "Nevaeh", "Elias", "Remy", "Oaklynn", "Tobias",
    "Marisol", "Dashiell", "Ines", "Kenji", "Amara", "Rowan", "Lucía", "Darnell", "Priya", "Kinsley", "Legend",
    "Ximena", "Bodhi", "Journee", "Thiago", "Saoirse", "Malachi", "Nayeli", "Ezekiel",
]
_ADULT_FIRST = [
    "Shawna", "Tremaine", "Kristen", "Dmitri", "Latoya", "Guadalupe", "Brandon", "Misty", "Ngozi", "Colm",
    "Rosalind", "Yusuf", "Heather", "Esperanza", "Terrence", "Krystal", "Wendell", "Fiona", "Anh", "Roberto",
    "Destiny", "Cody", "Marguerite", "Jamal", "Svetlana", "Hector", "Brianna", "Olusegun", "Tamsin", "Darius",
]
_LAST = [
    "Ostrander", "Vukovic", "McAfee", "O'Halloran", "Nakashima", "Abernathy", "Quintanilla", "Szymanski",
    "Thibodeaux", "Okonkwo", "Haverford", "Lindqvist", "Marchetti", "Pettaway", "Villanueva", "Zielinski",
    "Braddock", "Achterberg", "Fairweather", "Kowalczyk", "Rourke", "Oyelaran", "DeShields", "St. Clair",
    "Van der Meer", "Gutiérrez", "Nguyen", "Begay", "Holloway", "Mbatha", "Castellanos", "Pruitt", "Yazzie",
    "Kirkpatrick", "Ambrose", "Whitfield", "Dufresne", "Sokolov", "Tran", "Delacruz",
]
_INITIALS = "ABCDEFGHJKLMNPRSTW"
_TOWNS = [
    "Hollis Ferry", "Marrowgate", "East Quillan", "Port Aubrey", "Sallow Creek", "Fenwick Heights",
    "Cold Harbor Mills", "Larkspur Falls", "Brindle Falls", "Westmarch", "Tuller's Crossing", "North Edony",
    "Glen Ashby", "Carrow", "Dunmore Springs", "Kestrel Bay", "Ambry", "Oxbow Junction", "Lower Pellam",
    "Wickersham", "Mount Orrin", "Halden", "Bexley Hollow", "Corliss", "St. Ives Landing",
]
_COUNTIES = ["Oswin County", "Tessaly County", "Carrow County", "Pellam County", "Marrowgate County",
             "Edony County", "Ashby County", "Halden County"]
_STREETS = [
    "Larch Hollow", "Cobbler", "Ridgeview", "Mill", "Tanager", "Wexford", "Orchard Hill", "Pennycress",
    "Old Quarry", "Juniper", "Birchwood", "Canal", "Fairmount", "Hemlock", "Sycamore", "Ivy Glen", "Railroad",
    "Union", "Chestnut Ridge", "Foundry", "Kingfisher", "Lantern", "Pawling", "Greeley", "Depot",
]
_SUFFIX = ["Street", "St", "St.", "Avenue", "Ave", "Ave.", "Road", "Rd", "Lane", "Ln", "Drive", "Court", "Ct",
           "Terrace", "Way", "Blvd", "Place", "Pkwy", "Circle", "Extension"]
_ORGS = {
    "hospital": ["St. Brigid Children's Hospital", "Harlow Valley Medical Center", "Kestrel Bay Community Hospital",
                 "Mercy Ridge Hospital", "Oswin Memorial Hospital", "Fenwick Regional Medical Center",
                 "Larkspur Falls Children's Health", "Good Samaritan Hospital of Carrow"],
    "practice": ["Brindle Falls Pediatrics", "Sallow Creek Family Health Center", "Little Harbor Pediatric Associates",
                 "Northgate Children's Clinic", "Hollis Ferry Community Health Center", "Pellam Valley Pediatrics"],
    "agency": ["Oswin County Department of Social Services", "Tessaly County DSS", "Marrowgate County Child "
               "Protective Services", "Kestrel Bay Area DCF Office", "Carrow County Children and Family Services",
               "Hollis Ferry Department of Health", "Edony County Department of Family Services"],
    "court": ["Oswin County Family Court", "Tessaly County Family Court", "Hollis Ferry Juvenile Court",
              "Marrowgate County Surrogate's Court", "Pellam County Family Court", "Edony County Integrated Court"],
    "police": ["Brindle Falls Police Department", "Tessaly County Sheriff's Office", "Port Aubrey PD",
               "Glen Ashby Village Police", "Westmarch Police Dept.", "Carrow County Sheriff's Office"],
    "school": ["Pine Hollow Elementary School", "Westmarch Middle School", "Quillan Valley High School",
               "St. Cuthbert's Catholic School", "Larkspur Montessori", "Ridgeline Primary Academy",
               "North Edony Central School District", "Bexley Hollow Elementary"],
    "daycare": ["Little Acorns Learning Center", "Bumblebee Bunch Daycare", "Kiddie Kove Child Care",
                "Sunny Days Family Daycare", "Bright Horizons at Glen Ashby", "Tiny Treasures Early Learning",
                "Rainbow Bridge Head Start"],
    "ei": ["Stepping Stones Early Intervention", "Oswin County Early Intervention Program", "Tiny Steps Therapy Group",
           "Kestrel Bay Developmental Services"],
    "wic": ["Eastgate WIC Clinic", "Carrow Community Action WIC", "Sallow Creek WIC Site", "Halden Family WIC Office"],
    "pharmacy": ["CVS Pharmacy #2291", "Walgreens #0913", "Kestrel Bay Apothecary", "Rite Aid #10477",
                 "Corliss Family Pharmacy"],
    "foster": ["Harborlight Family Services", "New Pathways Foster Care", "Children's Home of Oswin County",
               "Good Shepherd Foster Network", "Lantern House Youth & Family Services"],
    "cac": ["Safe Harbor Child Advocacy Center", "Tessaly County Child Advocacy Center", "Bridges CAC of Pellam"],
    "employer": ["Marrowgate Poultry Processing", "Fenwick Distribution Center", "Quillan Valley Casino",
                 "Ambry Tool & Die"],
    "shelter": ["Hope House Family Shelter", "Pellam Haven DV Shelter", "Open Door Family Shelter"],
}
_AREA = ["518", "607", "315", "716", "585", "845", "914", "631", "347", "929", "413", "802", "203", "860", "570"]
_TOLLFREE = ["800", "888", "877", "866", "855", "844", "833"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]


def _frac(x: float) -> float:
    return x - math.floor(x)


def _digits(r: random.Random, n: int) -> str:
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def _phone_like(r: random.Random, area: str) -> str:
    ex = r.choice([str(r.randint(201, 989)), "555"])
    line = f"{r.randint(0, 9999):04d}" if ex != "555" else f"01{r.randint(0, 99):02d}"
    form = r.randrange(7)
    if form == 0:
        return f"({area}) {ex}-{line}"
    if form == 1:
        return f"{area}-{ex}-{line}"
    if form == 2:
        return f"{area}.{ex}.{line}"
    if form == 3:
        return f"+1 {area} {ex} {line}"
    if form == 4:
        return f"1-{area}-{ex}-{line}"
    if form == 5:
        return f"({area}){ex}-{line}"
    return f"{area}-{ex}-{line} x{r.randint(100, 4999)}"


def _g_phone(r: random.Random, v: str | None) -> str:
    return _phone_like(r, r.choice(_AREA))


def _g_fax(r: random.Random, v: str | None) -> str:
    if v == "tollfree":
        return _phone_like(r, r.choice(_TOLLFREE)).split(" x")[0]
    return _phone_like(r, r.choice(_AREA)).split(" x")[0]


def _g_pager(r: random.Random, v: str | None) -> str:
    form = r.randrange(5)
    if form == 0:
        return f"{r.randint(1, 9)}-{r.randint(1000, 9999)}"
    if form == 1:
        return str(r.randint(10000, 99999))
    if form == 2:
        return f"{r.randint(200, 989)}-{r.randint(1000, 9999)}"
    if form == 3:
        return _phone_like(r, r.choice(_AREA)).split(" x")[0]
    return f"{r.randint(1000, 9999)}"


def _g_email(r: random.Random, v: str | None) -> str:
    first = r.choice(_ADULT_FIRST).lower().replace("í", "i")
    last = re.sub(r"[^a-z]", "", r.choice(_LAST).lower().replace("é", "e"))
    if v == "work":
        dom = r.choice(["oswindss.org", "tessalycounty.gov", "harborlightfs.org", "kbdcf.org", "stbrigidchildrens.org",
                        "pellamfamilycourt.org", "pinehollow.k12.ny.us", "littleacornslc.com"])
        local = r.choice([f"{first}.{last}", f"{first[0]}{last}", f"{last}.{first[0]}", f"{first}_{last}"])
    else:
        dom = r.choice(["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com",
                        "protonmail.com"])
        local = r.choice([f"{first}.{last}{r.randint(1, 99)}", f"{first}{last[:3]}{r.randint(80, 2009)}",
                          f"{last}{first[0]}", f"mama.of.{r.randint(2, 5)}.{last}", f"{first}_{last}",
                          f"{first[0]}{last}.{r.randint(10, 99)}"])
    return f"{local}@{dom}"


def _slug(r: random.Random) -> str:
    a = r.choice(_CHILD_FIRST).lower().replace("í", "i")
    return r.choice([f"justice-for-baby-{a}", f"help-{a}-come-home", f"{a}s-recovery-fund",
                     f"support-the-{re.sub(r'[^a-z]', '', r.choice(_LAST).lower())}-family"])


def _g_url(r: random.Random, v: str | None) -> str:
    first = r.choice(_ADULT_FIRST).lower()
    last = re.sub(r"[^a-z]", "", r.choice(_LAST).lower().replace("é", "e"))
    form = r.randrange(8)
    if form == 0:
        return f"facebook.com/{first}.{last}.{r.randint(1, 40)}"
    if form == 1:
        return f"https://www.instagram.com/{first}_{last}_{r.randint(1, 99)}/"
    if form == 2:
        return f"https://www.gofundme.com/f/{_slug(r)}"
    if form == 3:
        return f"tiktok.com/@{first}{last[:4]}{r.randint(10, 999)}"
    if form == 4:
        return f"https://{last}familyfosters.blogspot.com"
    if form == 5:
        return f"https://www.youtube.com/@{first}{last}vlogs"
    if form == 6:
        return f"http://www.{last}family.net/photos/{first}"
    return f"https://imageshare.stbrigidchildrens.org/s/{r.choice('abcdefghkmnpqrstuvwxyz')}{_digits(r, 6)}"


def _g_ip(r: random.Random, v: str | None) -> str:
    form = r.randrange(5)
    if form == 0:
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if form == 1:
        return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if form == 2:
        return f"2600:{r.randint(1000, 9999):x}:{r.randint(16, 4095):x}:{r.randint(16, 65535):x}::{r.randint(1, 255):x}"
    return f"{r.randint(24, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def _g_ssn(r: random.Random, v: str | None) -> str:
    area = r.choice([r.randint(1, 665), r.randint(667, 899)])
    a, g, s = f"{area:03d}", f"{r.randint(1, 99):02d}", f"{r.randint(1, 9999):04d}"
    return r.choice([f"{a}-{g}-{s}", f"{a}-{g}-{s}", f"{a} {g} {s}", f"{a}{g}{s}"])


def _g_mrn(r: random.Random, v: str | None) -> str:
    form = r.randrange(5)
    if form == 0:
        return _digits(r, 1).replace("0", "4") + _digits(r, 6)
    if form == 1:
        return "E" + _digits(r, 7)
    if form == 2:
        return "MR" + _digits(r, 6)
    if form == 3:
        return f"{r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(10, 99)}"
    return "00" + _digits(r, 7)


def _g_account(r: random.Random, v: str | None) -> str:
    v = v or r.choice(["intake", "police", "acc", "enc", "order", "spec", "claim", "run"])
    if v == "intake":
        return r.choice([f"{r.randint(10, 99)}-{r.randint(100000, 999999)}", f"IN{_digits(r, 7)}",
                         f"{_digits(r, 4)} {_digits(r, 4)} {_digits(r, 2)}", f"SCR{_digits(r, 8)}"])
    if v == "police":
        return r.choice([f"{r.randint(22, 25)}-{r.randint(10000, 99999)}", f"BF{_digits(r, 7)}",
                         f"{r.randint(22, 25)}R{_digits(r, 6)}", f"IR-{_digits(r, 6)}"])
    if v == "acc":
        return r.choice([f"{r.choice(['RAD', 'XR', 'CT', 'MR'])}{_digits(r, 8)}", _digits(r, 9),
                         f"A{_digits(r, 7)}", f"{_digits(r, 3)}-{_digits(r, 5)}"])
    if v == "enc":
        return r.choice(["4" + _digits(r, 9), f"V{_digits(r, 8)}", f"HAR {_digits(r, 10)}"])
    if v == "order":
        return r.choice([f"ORD{_digits(r, 7)}", f"{_digits(r, 8)}", f"O-{_digits(r, 6)}"])
    if v == "spec":
        return f"{r.choice('ABCHS')}{r.randint(10, 99)}-{r.randint(1000, 99999)}"
    if v == "claim":
        return r.choice([_digits(r, 12), f"C{_digits(r, 11)}", f"{_digits(r, 4)}-{_digits(r, 6)}-{_digits(r, 2)}"])
    return r.choice([_digits(r, 7), f"EMS-{_digits(r, 6)}", f"R{_digits(r, 8)}"])


def _g_plan(r: random.Random, v: str | None) -> str:
    up = "ABCDEFGHJKLMNPRSTUVWXYZ"
    form = r.randrange(6)
    if form == 0:
        return f"{r.choice(up)}{r.choice(up)}{_digits(r, 5)}{r.choice(up)}"
    if form == 1:
        return f"ZGH{_digits(r, 9)}"
    if form == 2:
        return f"CHP{_digits(r, 9)}"
    if form == 3:
        return f"W{_digits(r, 9)}"
    if form == 4:
        return f"{_digits(r, 3)}-{_digits(r, 3)}-{_digits(r, 3)}-{r.randint(1, 9):02d}"
    return f"MCD{_digits(r, 8)}"


def _g_license(r: random.Random, v: str | None) -> str:
    v = v or r.choice(["npi", "dea", "dl", "rn", "md"])
    up = "ABCFGHJKMPRST"
    if v == "npi":
        return r.choice("12") + _digits(r, 9)
    if v == "dea":
        return f"{r.choice('ABFM')}{r.choice(up)}{_digits(r, 7)}"
    if v == "dl":
        return r.choice([f"{_digits(r, 3)} {_digits(r, 3)} {_digits(r, 3)}", _digits(r, 9),
                         f"{r.choice(up)}{_digits(r, 3)}-{_digits(r, 4)}-{_digits(r, 4)}",
                         f"{r.choice(up)}{_digits(r, 12)}"])
    if v == "rn":
        return r.choice([_digits(r, 6), f"{_digits(r, 6)}-1", f"N{_digits(r, 7)}"])
    return r.choice([_digits(r, 6), f"0{_digits(r, 6)}", f"{_digits(r, 6)}-{r.randint(1, 9)}"])


def _g_date(r: random.Random, v: str | None) -> str:
    if v == "parent":
        y = r.randint(1968, 2006)
    elif v == "child":
        y = r.randint(2008, 2025)
    else:
        y = r.randint(2016, 2026)
    m, d = r.randint(1, 12), r.randint(1, 28)
    form = r.randrange(8)
    if form == 0:
        return f"{m:02d}/{d:02d}/{y}"
    if form == 1:
        return f"{m}/{d}/{y}"
    if form == 2:
        return f"{y}-{m:02d}-{d:02d}"
    if form == 3:
        return f"{_MONTHS[m - 1]} {d}, {y}"
    if form == 4:
        return f"{d} {_MONTHS[m - 1]} {y}"
    if form == 5:
        return f"{_MONTHS[m - 1][:3]} {d} {y}"
    if form == 6:
        return f"{d:02d}-{_MONTHS[m - 1][:3]}-{y}"
    return f"{m:02d}.{d:02d}.{y}"


def _g_age(r: random.Random, v: str | None) -> str:
    return str(r.choice([90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 101, 102, 104]))


def _g_device(r: random.Random, v: str | None) -> str:
    up = "ABCDEFGHJKLMNPRTVWXY"
    if v == "asset":
        return r.choice([f"CHB-{_digits(r, 6)}", f"BME{_digits(r, 5)}", f"{_digits(r, 7)}",
                         f"AT-{_digits(r, 4)}-{r.choice(up)}"])
    if v == "udi":
        return r.choice([f"{r.choice(up)}{r.choice(up)}{_digits(r, 7)}", _digits(r, 9),
                         f"{_digits(r, 4)}{r.choice(up)}{_digits(r, 4)}"])
    return r.choice([f"{r.choice(up)}{r.choice(up)}{_digits(r, 4)}-{_digits(r, 4)}",
                     f"{r.randint(1, 9)}{r.choice(up)}{_digits(r, 7)}",
                     f"{_digits(r, 10)}", f"{r.choice(up)}{_digits(r, 8)}", f"CHB-{_digits(r, 6)}"])


def _g_vehicle(r: random.Random, v: str | None) -> str:
    up = "ABCDEFGHJKLMNPRSTUVWXYZ"
    vin = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    if v == "vin" or (v is None and r.random() < 0.3):
        return "".join(r.choice("12345") if k == 0 else r.choice(vin) for k in range(17))
    form = r.randrange(5)
    if form == 0:
        return f"{r.choice(up)}{r.choice(up)}{r.choice(up)}-{_digits(r, 4)}"
    if form == 1:
        return f"{r.choice(up)}{r.choice(up)}{r.choice(up)} {_digits(r, 4)}"
    if form == 2:
        return f"{r.randint(1, 9)}{r.choice(up)}{r.choice(up)}{r.choice(up)}{_digits(r, 3)}"
    if form == 3:
        return f"{r.choice(up)}{r.choice(up)}{r.choice(up)}{_digits(r, 4)}"
    return f"{_digits(r, 2)}{r.choice(up)}{_digits(r, 3)}"


def _g_person(r: random.Random, v: str | None) -> str:
    first = r.choice(_CHILD_FIRST + _ADULT_FIRST)
    last = r.choice(_LAST)
    if v == "last":
        return last
    forms = [f"{first} {last}", f"{first} {last}", f"{first} {r.choice(_INITIALS)}. {last}",
             f"{first} {last}-{r.choice(_LAST)}"]
    if v == "any":
        forms += [f"{last.upper()}, {first}", f"{first[0]}. {last}", f"{last}, {first} {r.choice(_INITIALS)}"]
    return r.choice(forms)


def _g_location(r: random.Random, v: str | None) -> str:
    if v == "county" or (v is None and r.random() < 0.2):
        return r.choice(_COUNTIES)
    return r.choice(_TOWNS)


def _g_street(r: random.Random, v: str | None) -> str:
    num = r.choice([str(r.randint(2, 98)), str(r.randint(100, 999)), str(r.randint(1000, 9899)),
                    f"{r.randint(10, 99)}-{r.randint(10, 60)}", f"{r.randint(2, 60)} 1/2"])
    pre = r.choice(["", "", "", "N. ", "South ", "E ", "West "])
    unit = r.choice(["", "", "", ", Apt 3B", " Apt. 2", " Unit 12", " #4", ", Lot 17", ", 2nd Fl", ", Apt. 1R"])
    return f"{num} {pre}{r.choice(_STREETS)} {r.choice(_SUFFIX)}{unit}"


def _g_zip(r: random.Random, v: str | None) -> str:
    z = f"{r.randint(10001, 14975):05d}" if r.random() < 0.7 else f"{r.randint(1001, 99950):05d}"
    return z if r.random() < 0.8 else f"{z}-{r.randint(1, 9999):04d}"


def _g_org(r: random.Random, v: str | None) -> str:
    v = v or r.choice(list(_ORGS))
    return r.choice(_ORGS[v])


_GEN: dict[str, Callable[[random.Random, str | None], str]] = {
    "PHONE": _g_phone, "FAX": _g_fax, "PAGER": _g_pager, "EMAIL": _g_email, "URL": _g_url, "IP_ADDRESS": _g_ip,
    "SSN": _g_ssn, "MRN": _g_mrn, "ACCOUNT": _g_account, "HEALTH_PLAN": _g_plan, "LICENSE": _g_license,
    "ZIP": _g_zip, "STREET_ADDRESS": _g_street, "DATE_REAL_YEAR": _g_date, "AGE_OVER_89": _g_age,
    "DEVICE_ID": _g_device, "VEHICLE_ID": _g_vehicle, "PERSON": _g_person, "LOCATION": _g_location,
    "ORGANIZATION": _g_org,
}

# --------------------------------------------------------------------------------------------------
# Planting snippets: one {V} each; tag "a" any note, "d" discharge-type, "r" radiology
# --------------------------------------------------------------------------------------------------

_SNIPPETS: dict[str, list[tuple[str, str]]] = {
    "PERSON": [
        ("a", "Child protection team attending: Dr. {V} (pager ___)."),
        ("d", "Foster mother, Ms. {V:last}, was present for discharge teaching and demonstrated safe-sleep "
              "positioning."),
        ("d", "DCF investigator {V} arrived at 15:40 and interviewed mother privately in the family room."),
        ("a", "Results called to {V}, RN, charge nurse, at 16:05; read-back confirmed."),
        ("d", "GAL:  {V}, Esq."),
        ("d", "| Kinship caregiver | {V} | maternal aunt | approved pending home study |"),
        ("d", "Per mother, the child's father ({V}) has not had contact since ___."),
        ("d", "Pt's older half-sibling {V} (age 6) was also seen in the ED and a skeletal survey was ordered."),
        ("a", "Electronically signed by:\n  {V:any}, MD  on ___ at 17:22"),
        ("r", "Discussed with Dr. {V} of the Child Protection Team at 11:42 on the date of the exam."),
        ("r", "Preliminary read by resident Dr {V:last}; I have reviewed the images and agree with the final report."),
        ("d", "Mother's boyfriend, identified as \"{V}\", was the sole caregiver at the time of the injury."),
        ("d", "Spoke w/ daycare director {V} by phone - no prior concerns noted at the center."),
        ("d", "Caseworker:   {V}   (Intake unit)"),
        ("d", "Plan reviewed with the maternal grandmother, Mrs. {V:last}, who will attend the team meeting."),
        ("d", "cc: {V}, CASA volunteer"),
        ("d", "School nurse {V} reported the child came to school with a bruise on the left cheek on ___."),
        ("a", "Interpreter {V} (Spanish, in person) used for the entire encounter."),
        ("d", "FOSTER PARENT(S): {V:any} / ___"),
        ("r", "Technologist: {V:any}"),
        ("d", "Addendum - spoke again w/ Det.\n{V} re: timeline; no change to plan."),
    ],
    "LOCATION": [
        ("d", "Family lives in {V} with mother, her partner and two half-siblings (ages 3 and 5)."),
        ("d", "Child was transferred from the community ED in {V}, NY after a 911 call by a neighbor."),
        ("d", "Kinship placement with maternal aunt in {V}, about 40 minutes from the hospital."),
        ("r", "Transferred from ___ Hospital ({V}) for pediatric radiology interpretation."),
        ("d", "Address on file: ___, {V}, New York ___"),
        ("d", "Petition to be filed in Family Court, {V:county}."),
        ("d", "Mother reports she moved from {V} to the current address ~3 months ago; prior CPS involvement there."),
        ("d", "Safety plan: child will stay at paternal grandmother's home in {V} until the hearing."),
        ("r", "Outside films from the {V} urgent care were reviewed for comparison."),
        ("d", "Residence:  {V}  (rural, well water, wood stove)"),
        ("d", "| Placement town | {V} |"),
        ("d", "Report was routed to the {V:county} office of CPS for a 24-hour response."),
        ("a", "Pt arrived by ambulance from {V} (approx. 35 miles)."),
        ("d", "Foster home is in {V}; child will need a new pediatrician closer to the placement."),
    ],
    "STREET_ADDRESS": [
        ("d", "Foster home address: {V}, ___, NY ___"),
        ("d", "Discharge to:\n    {V} (kinship home)\n    ___, NY ___"),
        ("d", "Home visit completed by caseworker at {V}; crib present, no working smoke detector."),
        ("d", "Mother's current address per intake: {V}. Phone: ___."),
        ("a", "Mailing address for records:  {V}"),
        ("d", "| Address | {V} |"),
        ("d", "Incident location: {V} (apartment of mother's boyfriend)."),
        ("d", "Police responded to {V} at ~02:10 for a welfare check."),
        ("r", "Patient address (from requisition): {V}"),
        ("d", "Father now staying at {V} per his probation officer."),
    ],
    "ZIP": [
        ("d", "Foster home:  ___ ___, ___, NY {V}"),
        ("d", "ZIP code {V} - eligible for the county's nurse home-visiting program."),
        ("a", "Pt zip: {V}"),
        ("d", "Mother relocated to the {V} area (per intake)."),
        ("d", "| ZIP | {V} |"),
        ("d", "Lives in zip {V}; nearest WIC clinic is 2 mi away."),
        ("r", "Req. addr: ___, ___ {V}"),
        ("d", "Kinship home (___, New York {V}) passed the emergency home check."),
    ],
    "ORGANIZATION": [
        ("d", "Report accepted by {V:agency} (screened in, 24-hour response)."),
        ("d", "Child attends {V:school}; teacher reports frequent absences and hunger at lunch."),
        ("a", "Transferred from {V:hospital} after head CT showed a subdural hemorrhage."),
        ("d", "Hearing scheduled at {V:court}; GAL appointed."),
        ("d", "Placement agency:  {V:foster}"),
        ("d", "Follow-up with the pediatrician at {V:practice} within 48 hours of discharge."),
        ("r", "Comparison: skeletal survey performed at {V:hospital} on ___."),
        ("r", "Outside CT from {V:hospital} uploaded to PACS and reviewed."),
        ("d", "Police: {V:police} notified; detective assigned (___)."),
        ("d", "Early Intervention referral faxed to {V:ei}."),
        ("d", "The daycare ({V:daycare}) confirmed the child was absent the day of the injury."),
        ("d", "| School | {V:school} | Grade 2 |"),
        ("d", "Forensic interview of the older sibling at {V:cac} on ___."),
        ("d", "Rx sent to {V:pharmacy} (pharmacy on file)."),
        ("d", "WIC: re-certification appointment made at {V:wic}."),
        ("d", "Mother works nights at {V:employer}; the child was left with the boyfriend."),
        ("d", "Mother and infant were previously at {V:shelter} for 6 weeks."),
        ("r", "Requested by: ___ (CPT), {V:hospital}"),
    ],
    "PHONE": [
        ("d", "Foster mother cell: {V}"),
        ("d", "Caseworker can be reached at {V} (desk) or via the hotline after hours."),
        ("d", "Kinship caregiver phone {V} - confirmed working at discharge."),
        ("d", "Call mother at {V} with the final results of the skeletal survey."),
        ("a", "Questions: call the pediatric reading room at {V}."),
        ("d", "| Daycare | ___ | {V} |"),
        ("r", "Critical result phoned to the CPT at {V} at 09:12."),
        ("d", "School nurse tel. {V}"),
        ("d", "Grandmother: ___  Ph#{V}"),
        ("d", "Fostre mom\ncell {V} (text ok)"),
    ],
    "FAX": [
        ("d", "Written report faxed to the county at {V}."),
        ("d", "Fax: {V}"),
        ("d", "Please fax the discharge summary to the foster care agency medical unit, fax {V}, attn: ___."),
        ("a", "Outside records received by fax from {V} (14 pages)."),
        ("d", "Fax # for the GAL's office: {V}"),
        ("d", "Records to the pediatric practice's toll-free fax {V:tollfree} (their main fax line)."),
        ("r", "Report auto-faxed to the referring clinician at {V}."),
        ("d", "| Fax | {V} |"),
    ],
    "PAGER": [
        ("a", "CPT attending pager {V}"),
        ("r", "Findings discussed with the on-call pediatric radiologist (pgr {V})."),
        ("d", "Page the child abuse pediatrician on call at {V} with any new disclosures."),
        ("d", "SW on call: beeper {V}"),
        ("a", "Contact: Peds Neurosurgery, pager #{V}"),
        ("d", "| CPT fellow | ___ | pgr {V} |"),
        ("r", "Radiology fellow paged ({V}) at 03:40 with the preliminary findings."),
    ],
    "EMAIL": [
        ("d", "Caseworker email: {V:work}"),
        ("d", "Foster mother prefers email ({V}) for appointment reminders."),
        ("d", "Copy of the letter sent to the GAL at {V:work}."),
        ("a", "Images requested by the outside radiologist; secure link sent to {V:work}."),
        ("d", "School counselor contact - {V:work}"),
        ("d", "<{V}> wrote: \"she has been absent 9 of the last 20 days\" (email forwarded by the school)."),
        ("d", "Mother's email on the EI intake form: {V}"),
    ],
    "URL": [
        ("d", "Mother's public social-media page ({V}) shows photos of the infant with a bruise, per police."),
        ("d", "Family has started a fundraiser at {V}; SW advised discretion regarding the child's information."),
        ("d", "Father posted a video of the child at {V}, which detectives have preserved."),
        ("d", "Foster family's blog ({V}) mentions the child by first name - caseworker notified."),
        ("r", "Outside images available at {V} (image-share link, expires in 7 days)."),
        ("d", "Screenshot from {V} added to the police file."),
    ],
    "IP_ADDRESS": [
        ("d", "Telehealth follow-up with foster mother; session connected from {V}."),
        ("d", "Chart-access audit (break-the-glass): access from workstation {V} by an unrelated user; privacy "
              "office notified."),
        ("r", "Images pushed from the outside PACS node {V} via VPN."),
        ("a", "Electronic report submitted through the state portal; client IP {V} logged."),
        ("d", "Mother's patient-portal login from {V} flagged after the custody change."),
        ("r", "Study retrieved from modality at {V} (DICOM C-MOVE)."),
    ],
    "SSN": [
        ("d", "Child's SSN for the Title IV-E eligibility packet: {V}"),
        ("d", "SSN:  {V}"),
        ("d", "Mother SSN {V} (for the Medicaid application)"),
        ("d", "| SSN | {V} |"),
        ("a", "Soc Sec # {V}"),
        ("d", "Father's social security number ({V}) given to the caseworker for the paternity petition."),
    ],
    "MRN": [
        ("a", "MRN: {V}"),
        ("d", "Twin sibling MRN {V} also evaluated - see separate note."),
        ("r", "Outside MRN {V} (referring hospital)."),
        ("d", "Mother's MRN {V} (L&D record reviewed for prenatal toxicology)."),
        ("r", "Pt ID {V}"),
        ("d", "Merged chart: old MRN #{V} retired."),
    ],
    "ACCOUNT": [
        ("d", "Hotline intake/report # {V:intake} (accepted for investigation)."),
        ("d", "Police incident no. {V:police}"),
        ("r", "Accession:  {V:acc}"),
        ("r", "Prior skeletal survey (acc. {V:acc}) compared."),
        ("d", "Encounter #{V:enc}"),
        ("a", "Order {V:order}: XR bone survey complete (child)."),
        ("d", "Specimen {V:spec} - urine drug screen sent for confirmatory testing."),
        ("d", "Claim {V:claim} (Medicaid) pended for placement change."),
        ("d", "EMS run number {V:run}"),
        ("d", "SCR call ID {V:intake}"),
        ("d", "Police report #{V:police} (Det. ___)."),
    ],
    "HEALTH_PLAN": [
        ("d", "Medicaid ID: {V}"),
        ("d", "Child enrolled in Medicaid managed care; member ID {V} (foster care benefit)."),
        ("d", "Insurance: CHIP, member # {V}; group ___."),
        ("d", "Subscriber ID {V} (father's employer plan) - coverage to be reviewed upon placement."),
        ("a", "Ins ID: {V}"),
        ("d", "Policy no. {V}"),
        ("d", "| Medicaid CIN | {V} |"),
    ],
    "LICENSE": [
        ("a", "NPI {V:npi}"),
        ("d", "Child abuse pediatrician: ___, MD, NPI: {V:npi}"),
        ("d", "Foster father's driver's license {V:dl} copied for the placement packet."),
        ("d", "SANE nurse ___, RN, lic. {V:rn}"),
        ("d", "DEA# {V:dea}"),
        ("r", "Interpreting radiologist NPI {V:npi}"),
        ("d", "Kinship caregiver DL # {V:dl} (identity verified)."),
        ("d", "Attending med. license no. {V:md}"),
    ],
    "DATE_REAL_YEAR": [
        ("d", "Child's DOB: {V:child}"),
        ("d", "A prior report to CPS on {V} was unfounded."),
        ("d", "Sibling died on {V} (SUID; autopsy findings ___)."),
        ("d", "Next court date: {V} at 9:30 AM."),
        ("d", "Placement date {V}"),
        ("a", "Mother DOB {V:parent}"),
        ("r", "Prior head CT dated {V} at the outside hospital."),
        ("d", "Last well-child visit {V}; immunizations up to date per NYSIIS."),
        ("d", "| DOB | {V:child} |"),
    ],
    "AGE_OVER_89": [
        ("d", "Maternal great-grandmother ({V} y/o) lives in the home but is not able to provide care."),
        ("d", "Kinship option: great-grandfather, age {V}, declined due to his health."),
        ("d", "The child's great-great-aunt, who is {V} years old, attended the family meeting by phone."),
        ("d", "GGM is {V}yo and uses a walker; not an appropriate sole caregiver."),
        ("d", "Collateral: a neighbor, a {V}-year-old widow, heard crying through the wall."),
        ("r", "History provided by the great-grandmother ({V} years old), who was babysitting at the time of "
              "the fall."),
        ("r", "Per the requisition, the child fell from the lap of a {V}-year-old great-grandparent."),
        ("d", "Household: mother (24 yo), infant, great-grandmother aged {V}."),
    ],
    "DEVICE_ID": [
        ("d", "Home apnea monitor (SmartMonitor 2), SN {V}, issued by the DME vendor."),
        ("d", "Loaner car bed, hospital asset tag {V:asset}, to be returned at follow-up."),
        ("r", "Portable unit used: asset #{V:asset}."),
        ("r", "Scanner serial {V} (service log reference)."),
        ("d", "Feeding pump (Kangaroo Joey) serial {V} sent home with the foster mother."),
        ("d", "Pump UDI (01)00884521150044(17)271130(10)LT2291(21){V:udi}"),
        ("a", "Pulse oximeter S/N {V}"),
    ],
    "VEHICLE_ID": [
        ("d", "Safety plan: father is not to transport the child; his vehicle (plate {V}) was reported to police."),
        ("d", "Infant was an unrestrained passenger; vehicle VIN {V:vin} per the police report."),
        ("d", "Transport to the foster home in a county vehicle, plate {V}, car seat checked by the CPS tech."),
        ("a", "Arrived by ___ ambulance (unit plate {V})."),
        ("r", "MVC: vehicle license plate {V} recorded by EMS."),
        ("d", "Mother's car, a gray sedan, NY reg {V}."),
    ],
}

# --------------------------------------------------------------------------------------------------
# Shared filler and look-alike pieces
# --------------------------------------------------------------------------------------------------


def _shifted(r: random.Random) -> str:
    y, m, d = r.randint(2110, 2196), r.randint(1, 12), r.randint(1, 28)
    return r.choice([f"{y}-{m:02d}-{d:02d}", f"{m}/{d}/{y}", f"{_MONTHS[m - 1]} {d}, {y}"])


def _expiry(r: random.Random) -> str:
    y, m, d = r.randint(2025, 2029), r.randint(1, 12), r.randint(1, 28)
    return r.choice([f"Exp {y}-{m:02d}-{d:02d}", f"EXP {m:02d}/{d:02d}/{y}", f"expires {_MONTHS[m - 1]} {d}, {y}"])


def _lot(r: random.Random) -> str:
    up = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return r.choice([f"{r.choice(up)}{_digits(r, 4)}{r.choice(up)}{r.choice(up)}", f"{_digits(r, 1)}{r.choice(up)}"
                     f"{r.choice(up)}{_digits(r, 2)}{r.choice(up)}{_digits(r, 1)}"])


def _vaccine_line(r: random.Random, L: list[str]) -> str:
    brand = r.choice(["Pediarix", "Prevnar 20", "RotaTeq", "Vaxelis", "Engerix-B", "Beyfortus"])
    lot = _lot(r)
    exp = _expiry(r)
    L.extend([brand, f"lot {lot}", exp])
    return f"{brand} given prior to discharge, lot {lot}, {exp}, left anterolateral thigh."


def _growth(r: random.Random, L: list[str]) -> str:
    chart = r.choice(["WHO growth standard", "CDC growth chart", "Fenton chart"])
    w = r.choice(["<1st", "2nd", "3rd", "5th", "10th", "25th"])
    h = r.choice(["15th", "40th", "50th", "75th", "97th", ">99th"])
    z = f"z {r.choice(['-', '+'])}{r.randint(0, 2)}.{r.randint(0, 9)}"
    L.extend([chart, z])
    return f"Growth ({chart}): weight {w} percentile, head circumference {h} percentile ({z})."


def _hotline(r: random.Random, L: list[str], report: bool = False) -> str:
    h = r.choice(_HOTLINES[:2] if report else _HOTLINES[2:])
    L.append(h)
    return h


def _pick(r: random.Random, L: list[str], pool: list[str], k: int = 1) -> list[str]:
    xs = r.sample(pool, k)
    L.extend(xs)
    return xs


def _under90(r: random.Random, L: list[str]) -> str:
    who = r.choice([("mother", 15, 38), ("father", 17, 45), ("maternal grandmother", 36, 62),
                    ("great-aunt", 55, 84), ("paternal grandfather", 41, 76)])
    age = r.randint(who[1], who[2])
    s = r.choice([f"{age}-year-old {who[0]}", f"{who[0]}, {age} yo", f"{who[0]} (age {age})"])
    L.append(s)
    return s


def _dis_header(r: random.Random, service: str = "PEDIATRICS") -> str:
    allergy = r.choice(["No Known Allergies / Adverse Drug Reactions", "amoxicillin (rash)", "Patient recorded as "
                        "having No Known Allergies to Drugs", "peanut"])
    return (f"Name:  ___                  Unit No:   @@F:MRN@@\n\n"
            f"Admission Date:  ___              Discharge Date:   ___\n\n"
            f"Date of Birth:  @@F:DATE_REAL_YEAR:child@@             Sex:   {r.choice('MF')}\n\n"
            f"Service: {service}\n\nAllergies:\n{allergy}\n\nAttending: @@F:PERSON@@.\n\n")


def _age_phrase(r: random.Random) -> str:
    return r.choice(["___ month old", "___ week old", "___ year old", "___ mo", "___ yo", "___-month-old"])


def _labs(r: random.Random) -> str:
    t = f"___ {r.randint(1, 11):02d}:{r.randint(0, 59):02d}{r.choice(['AM', 'PM'])}"
    hgb = round(r.uniform(8.4, 12.8), 1)
    return (f"{t} BLOOD WBC-{round(r.uniform(6, 17), 1)} RBC-{round(r.uniform(3.2, 4.6), 2)} Hgb-{hgb} "
            f"Hct-{round(hgb * 3, 1)} MCV-{r.randint(70, 88)} Plt-{r.randint(180, 620)}\n"
            f"{t} BLOOD PT-{round(r.uniform(11, 14), 1)} PTT-{r.randint(26, 38)} INR(PT)-1.{r.randint(0, 2)} "
            f"Fibrino-{r.randint(180, 320)}\n"
            f"{t} BLOOD ALT-{r.randint(12, 420)} AST-{r.randint(20, 460)} AlkPhos-{r.randint(120, 480)} "
            f"TotBili-0.{r.randint(2, 9)} Lipase-{r.randint(8, 310)}\n"
            f"{t} BLOOD Calcium-{round(r.uniform(8.8, 10.6), 1)} Phos-{round(r.uniform(4.5, 6.8), 1)} "
            f"Mg-2.{r.randint(0, 4)} 25VitD-{r.randint(14, 52)} PTH-{r.randint(12, 88)}\n"
            f"{t} URINE bnzodzp-NEG barbitr-NEG opiates-NEG cocaine-NEG amphetm-NEG mthdone-NEG\n")


def _dis_tail(r: random.Random, L: list[str]) -> str:
    return ("\nPertinent Results:\n" + _labs(r) + "\n"
            "Discharge Condition:\nMental Status: Clear and coherent (age-appropriate).\n"
            "Level of Consciousness: Alert and interactive.\nActivity Status: " +
            r.choice(["Ambulatory - Independent.", "Age-appropriate; not yet walking.", "Carried; spica cast."]) +
            "\n\nFollowup Instructions:\n___\n")


def _rad_tail(r: random.Random, L: list[str], cpts: tuple[str, ...]) -> str:
    cpt = r.choice(cpts)
    icd, desc = r.choice([("T76.12XA", "child physical abuse, suspected"),
                          ("T74.12XA", "child physical abuse, confirmed"),
                          ("T74.4XXA", "shaken infant syndrome"),
                          ("Z04.72", "examination following alleged child physical abuse")])
    L.extend([f"CPT {cpt}", icd])
    dose = (f"CTDIvol {round(r.uniform(4, 30), 1)} mGy, DLP {r.randint(80, 640)} mGy-cm" if r.random() < 0.5
            else f"{r.randint(14, 34)} exposures, total DAP {round(r.uniform(0.8, 6.5), 2)} uGy*m2")
    return (
        "\nNOTIFICATION:  The findings were discussed with ___ by ___ on the telephone on ___ at "
        f"{r.randint(7, 22)}:{r.randint(10, 59)}, {r.randint(3, 40)} minutes after discovery of the findings.\n\n"
        f"Coding: CPT {cpt}; ICD-10 {icd} ({desc}).\n"
        f"Dose: {dose}.\n"
        + r.choice(["This report may be requested in legal proceedings; requests go through Health Information "
                    "Management.\n",
                    "Chain of custody: images archived unaltered; outside copies provided on request of the "
                    "investigator only.\n",
                    "Note: pediatric radiology attending review performed per the suspected-abuse protocol.\n"])
    )


_INJURY = [
    "a left parietal skull fracture and a small subdural hematoma",
    "bruising of the left ear, neck and torso (TEN-4-FACESp positive)",
    "a spiral fracture of the right femur in a non-ambulatory infant",
    "healing posterior rib fractures found on a chest radiograph for cough",
    "a torn upper labial frenulum and facial bruising",
    "patterned burns to both feet in a stocking distribution",
    "failure to thrive with weight below the 1st percentile",
    "a lethargic presentation with bilateral retinal hemorrhages",
    "a transverse humeral fracture with an inconsistent history",
    "elevated transaminases (AST 412, ALT 388) and abdominal bruising",
]

_EXTRA_RAD = [
    "Technologist note: all views repeated where positioning was suboptimal; no additional radiation beyond protocol.",
    "The study was double-read by a second pediatric radiologist per departmental suspected-abuse policy.",
    "Images are retained in PACS without compression; the DICOM originals are preserved for forensic review.",
    "Limitations: motion on the lateral spine view; the lumbar vertebral bodies are incompletely assessed.",
]

_HEAVY_ROLES = ["Mother", "Father", "Mother's partner", "Maternal grandmother", "Paternal grandmother", "Foster mother",
                "Foster father", "Caseworker", "Casework supervisor", "GAL", "Daycare provider", "School nurse",
                "Detective", "Pediatrician", "EI coordinator"]


def _heavy_block(r: random.Random) -> str:
    lines = ["Collateral contacts (from the placement packet; verify before use):"]
    for role in r.sample(_HEAVY_ROLES, 7):
        lines.append(f"  {role}: ___ ___   tel ___   addr ___, ___ ___")
    lines.append("Court: ___ Family Court, docket ___; hearing ___ at ___. Intake # ___; case ___.")
    return "\n".join(lines) + "\n\n"


_EXTRA = [
    "Anticipatory guidance provided regarding infant crying, the Period of PURPLE Crying, and never shaking a baby.",
    "Safe-sleep counseling: alone, on the back, in a crib, with no bumpers, blankets or pillows.",
    "Team debrief held; staff support offered given the nature of the case.",
    "Medical photography completed with scale and color bar; images stored in the restricted media tab.",
    "Caregivers were informed that a report is mandated by law and is not an accusation.",
    "Ophthalmology to re-examine in 2-4 weeks if the child remains in the region.",
]

_CH0 = [
    'rolled off a couch (~18 inches) onto carpet',
    'was found with the bruise after a nap',
    'got the leg caught in the crib slats',
    'fell from a caregiver arms on the stairs',
]

_CH1 = [
    'no retinal hemorrhages',
    'multilayer retinal hemorrhages OU',
]

_CH2 = [
    'inadequate guardianship',
    'lacerations/bruises/welts',
    'fractures',
    'internal injuries',
    'lack of medical care',
    'inadequate food/clothing/shelter',
]

_CH3 = [
    'a subdural hemorrhage',
    'a skull fracture',
    'failure to thrive',
    'prematurity',
]

_CH4 = [
    'healing fractures of the posterior right 5th-7th ribs with callus',
    'no rib fracture',
    'acute fracture of the left 4th rib laterally',
]

_CH5 = [
    'no periosteal reaction',
    'periosteal new bone along the left tibia',
]

_CH6 = [
    'none',
    'subtle periosteal reaction of the right ulna, not seen before',
    'healing fracture of the left 9th rib, occult on the initial exam',
]

_CH7 = [
    'Mixed-density subdural collections over both convexities and along the falx',
    'Thin acute subdural hematoma along the right tentorium',
    'No intracranial hemorrhage',
]

_CH8 = [
    'nondisplaced linear fracture of the right parietal bone with overlying scalp swelling',
    'no fracture; normal sutures',
    'complex left parietal fracture crossing the suture',
]

_CH9 = [
    'bilateral subdural collections of differing signal, with bridging vein thrombosis at the vertex',
    'small acute right parietal subdural hematoma; no parenchymal injury',
    'restricted diffusion in the right parieto-occipital cortex (hypoxic-ischemic injury)',
]

_CH10 = [
    'posterior ligamentous complex injury at C1-C2 with a small retroclival hematoma',
    'spinal subdural blood in the lumbar thecal sac',
    'no ligamentous injury; cord normal',
]

_CH11 = [
    'laceration of the left lobe (segment 3), 2.1 cm, with small perihepatic hemorrhage',
    'normal',
    'subcapsular hematoma along segment 6',
]

_CH12 = [
    'transection at the neck with peripancreatic fluid',
    'normal',
    'edema of the head; lipase elevated clinically',
]

_CH13 = [
    'healing fracture of the right 10th rib posteriorly',
    'no fracture',
    'lumbar vertebral bodies normal',
]


# --------------------------------------------------------------------------------------------------
# Builders: return template text with @@S@@ slot lines and @@F:CAT[:variant]@@ inline fields
# --------------------------------------------------------------------------------------------------


def _b_cpt_consult(r: random.Random, L: list[str]) -> str:
    inj = r.choice(_INJURY)
    tools = _pick(r, L, ["TEN-4-FACESp", "Pittsburgh Infant Brain Injury Score", "Glasgow Coma Scale"], 2)
    eps = _pick(r, L, ["osteogenesis imperfecta", "Menkes disease", "glutaric aciduria type 1", "Caffey disease"], 2)
    hl = _hotline(r, L, report=True)
    u = _under90(r, L)
    return (
        _dis_header(r) + "Chief Complaint:\n" + r.choice(["bruising", "fussiness, poor feeding", "leg swelling",
                                                          "found unresponsive", "arm not moving"]) + "\n\n"
        "Major Surgical or Invasive Procedure:\nnone\n\n"
        "CHILD PROTECTION TEAM CONSULTATION\nRequesting service: ___ (Pediatric Hospital Medicine)\n"
        f"Reason for consult: {_age_phrase(r)} with {inj}; evaluate for physical abuse.\n\n"
        "History of Present Illness:\n"
        f"History obtained separately from the {u} and from ___. The caregivers' account is that the child "
        f"{r.choice(_CH0)}. "
        "No history of trauma was offered that accounts for the injuries. The child is not yet cruising.\n"
        "@@S@@\n"
        f"Past Medical History:\nBorn at ___ weeks; {_pick(r, L, ['Apgar'])[0]} scores 8 and 9. Newborn screen "
        f"normal. No bleeding history. {_pick(r, L, ['Tanner stage 1'])[0]}.\n\n"
        "Social History:\nLives with ___ and ___. Prior CPS history: ___. Household members screened with "
        f"the {_pick(r, L, ['SEEK Parent Questionnaire', 'ACEs questionnaire', 'Protective Factors Survey'])[0]}.\n"
        "@@S@@\n"
        f"Physical Exam:\n{tools[0]} and {tools[1]} documented. Skin: see body diagram. Frenula intact. "
        "Fontanelle soft and flat.\n"
        f"{_growth(r, L)}\n\n"
        "Pertinent Results:\nCBC, CMP, lipase, PT/INR, PTT, fibrinogen, von Willebrand panel, factor VIII and IX "
        f"sent. Skeletal survey: see report of {_shifted(r)}. Head CT: ___.\n"
        f"Ophthalmology (dilated exam): {r.choice(_CH1)}.\n\n"
        f"Assessment:\nFindings are concerning for inflicted injury. {eps[0]} and {eps[1]} are considered and "
        "are unlikely given the exam and labs.\n\n"
        f"Recommendations:\n1. Report made to the {hl}; written report to follow.\n"
        "2. Follow-up skeletal survey in 2 weeks.\n3. Screen siblings and other children in the home.\n"
        "4. No discharge until a safe disposition is confirmed with CPS.\n"
        "@@S@@\n"
        f"Signed: @@F:PERSON@@, MD, Child Abuse Pediatrics\n"
    )


def _b_discharge_summary(r: random.Random, L: list[str]) -> str:
    inj = r.choice(_INJURY)
    meds = _pick(r, L, ["Tylenol", "Motrin", "Poly-Vi-Sol", "D-Vi-Sol", "Keppra", "Aquaphor", "Zofran", "Augmentin",
                        "Bactrim", "Desitin"], 3)
    form = _pick(r, L, ["Similac Pro-Advance", "Enfamil NeuroPro", "Gerber Good Start", "Pedialyte"])[0]
    return (
        _dis_header(r) + "Chief Complaint:\n" + r.choice(["vomiting", "bruises", "swollen thigh", "seizure"]) + "\n\n"
        "Major Surgical or Invasive Procedure:\n" + r.choice(["none", "spica cast placement", "lumbar puncture"])
        + "\n\n"
        f"History of Present Illness:\n{_age_phrase(r)} previously healthy presents with {inj}. Seen first at "
        "___ and transferred for further evaluation.\n@@S@@\n"
        "Past Medical History:\nTerm, uncomplicated delivery. No prior admissions.\n\n"
        "Social History:\n___\n\nFamily History:\nNo bone disease, bleeding disorders or early hearing loss.\n\n"
        f"Physical Exam:\nT 37.1 HR 142 RR 34 SpO2 99% RA. {_growth(r, L)}\n\n"
        "Brief Hospital Course:\n"
        f"Admitted to the pediatric floor. The {_pick(r, L, ['Child Protection Team'])[0]} was consulted and a "
        "skeletal survey, head CT and labs were obtained. A report was made per protocol "
        f"({_pick(r, L, ['Soc. Serv. Law § 413', 'Family Court Act § 1024', '42 U.S.C. § 5106a'])[0]}). "
        f"Fed {form} 24 kcal/oz with good weight gain (+38 g/day). Ophthalmology exam on {_shifted(r)}.\n"
        "@@S@@\n"
        "Medications on Admission:\nNone.\n\nDischarge Medications:\n"
        f"1. {meds[0]} as directed\n2. {meds[1]}\n3. {meds[2]}\n\n"
        f"{_vaccine_line(r, L)}\n\n"
        "Discharge Disposition:\n" + r.choice(["Home With Service", "Foster care", "Kinship placement"]) + "\n\n"
        "Discharge Diagnosis:\n" + inj.split(" (")[0] + "\nconcern for physical abuse\n\n"
        "Discharge Condition:\nMental Status: at baseline for age. Activity: as tolerated.\n\n"
        "Discharge Instructions:\nReturn for vomiting, lethargy, new bruises or fever >101.5F.\n\n"
        "Followup Instructions:\n___\n@@S@@\n"
    )


def _b_sw_psychosocial(r: random.Random, L: list[str]) -> str:
    u = _under90(r, L)
    scr = _pick(r, L, ["Edinburgh Postnatal Depression Scale", "PHQ-9"])[0]
    pay = _pick(r, L, ["Fidelis Care", "MVP Health Care", "Healthfirst"])[0]
    place = _pick(r, L, _PLACES_PUBLIC)[0]
    return (
        _dis_header(r, "PEDIATRICS - SOCIAL WORK") + "SOCIAL WORK PSYCHOSOCIAL ASSESSMENT\n\n"
        f"Reason for referral: {_age_phrase(r)} admitted with {r.choice(_INJURY)}; CPT consulted.\n\n"
        f"Sources of information: chart review, interview with mother, interview with ___, call to "
        f"{_pick(r, L, ['Child Protective Services'])[0]} (worker ___). Referred by {_pick(r, L, ['Social Work'])[0]} "
        "intake.\n"
        "@@S@@\n"
        f"Family composition: {u}; ___ half-siblings (ages 2 and 7); mother's partner. Mother reports family "
        f"ties in {place} and limited supports locally.\n\n"
        f"Mental health / substance use: {scr} score {r.randint(4, 22)}. Mother endorses cannabis use; denies "
        "other substances. Partner with prior ___.\n\n"
        "Domestic violence: mother disclosed a push by the partner ___ weeks ago; she declined the shelter "
        f"referral but accepted the {_hotline(r, L)} number.\n"
        "@@S@@\n"
        f"Concrete needs: insurance is {pay} (Medicaid managed care; group number not applicable); car seat "
        f"provided; WIC active; SNAP case ___. Housing: ___.\n\n"
        "Assessment: multiple risk factors (young parent, DV, unstable housing) and few protective factors.\n\n"
        "Plan:\n- Continue to coordinate with the CPS caseworker; family meeting ___.\n"
        "- Provide resources for parenting classes and DV advocacy.\n- SW will follow daily.\n"
        "@@S@@\n"
        "___, LMSW\n"
        + _dis_tail(r, L)
    )


def _b_cps_hotline(r: random.Random, L: list[str]) -> str:
    hl = _hotline(r, L, report=True)
    st = _pick(r, L, ["Soc. Serv. Law § 413", "form LDSS-2221A", "CAPTA", "HIPAA § 164.512(b)"], 2)
    return (
        _dis_header(r) + "MANDATED REPORTER DOCUMENTATION - HOTLINE REPORT\n\n"
        f"Date/time of call: {_shifted(r)} at {r.randint(0, 23):02d}:{r.randint(0, 59):02d}\n"
        f"Line called: {hl}\nCall taker: ___ (operator ID ___)\n"
        "Report status: ___\nIntake #: @@F:ACCOUNT:intake@@\n\n"
        "Reporter: ___ (role: attending physician)\n"
        f"Subject child: ___, {_age_phrase(r)}\nParents/caregivers: ___; ___\n"
        "@@S@@\n"
        f"Allegations reported: {r.choice(_CH2)}, "
        f"{r.choice(['excessive corporal punishment', 'parent drug/alcohol misuse', 'inadequate supervision'])}.\n\n"
        f"Narrative given to the call taker:\n{_age_phrase(r)} brought to the ED with {r.choice(_INJURY)}. "
        "The history has changed twice. Sibling(s) in the home: ___.\n"
        "@@S@@\n"
        f"Written report ({st[0]}) to be submitted within 48 hours as required; disclosure of records to the "
        f"investigator is permitted under {st[1]}.\n\n"
        "Notification to parents: done by ___ in person.\n"
        "Immediate safety: child remains admitted; hospital hold not required at this time.\n"
        "@@S@@\n"
        "Documented by: @@F:PERSON@@\n"
        + _dis_tail(r, L)
    )


def _b_foster_discharge(r: random.Random, L: list[str]) -> str:
    gear = _pick(r, L, ["Graco SnugRide", "Chicco KeyFit 30"]) + _pick(r, L, ["Pack 'n Play", "Halo BassiNest"])
    form = _pick(r, L, ["Similac Pro-Advance", "Enfamil NeuroPro", "Gerber Good Start"])[0]
    stat = _pick(r, L, ["Title IV-E", "Adoption and Safe Families Act", "ICPC", "Indian Child Welfare Act",
                        "45 CFR § 1356.21"])[0]
    equip = _pick(r, L, ["SmartMonitor 2", "Kangaroo Joey", "Masimo Rad-97"])[0]
    return (
        _dis_header(r) + "DISCHARGE TO FOSTER CARE\n\n"
        "Legal status: child removed; temporary custody to the commissioner per the court order of ___ "
        f"(docket ___). {stat} requirements reviewed by the caseworker.\n\n"
        "Receiving caregiver(s): ___ and ___ (certified foster home, licence ___)\n"
        "@@S@@\n"
        "Discharge teaching completed with the foster parent(s):\n"
        f"- feeding: {form} 2-3 oz every 3 hours; spit-up precautions\n"
        f"- safe sleep in the {gear[1]}; rear-facing {gear[0]} checked at discharge\n"
        "- pain: acetaminophen 15 mg/kg every 6 hours as needed\n"
        f"- {_growth(r, L)}\n"
        f"- home equipment: {equip} reviewed with the foster parent; DME vendor to deliver.\n\n"
        f"{_vaccine_line(r, L)}\n\n"
        "Visitation: supervised visits with the parents at the agency only; no contact with ___ per the order of "
        "protection.\n"
        "@@S@@\n"
        "Follow-up:\n| Appointment | With | When |\n|---|---|---|\n"
        "| Comprehensive foster-care health assessment | ___ | within 30 days |\n"
        f"| Follow-up skeletal survey | {_pick(r, L, ['Pediatric Radiology'])[0]} | 2 weeks |\n"
        "| Orthopedics | ___ | ___ |\n"
        "@@S@@\n"
        f"Medical consent: the caseworker holds consent for routine care. Discharged {_shifted(r)} at 14:30.\n"
        "Discharging RN: ___\n"
    )


def _b_kinship(r: random.Random, L: list[str]) -> str:
    u = _under90(r, L)
    t = _pick(r, L, ["Structured Decision Making", "CANS"])[0]
    return (
        _dis_header(r) + "KINSHIP CARE ASSESSMENT (hospital SW, for the CPS caseworker)\n\n"
        f"Proposed kinship resource: {u}; relationship confirmed by the mother.\n"
        f"Household: ___ adults, ___ children. Criminal background / {_pick(r, L, ['State Central Register'])[0]} "
        "clearance: pending (___).\n"
        "@@S@@\n"
        "Home: ___-bedroom apartment; smoke and CO detectors reported; firearms: none reported.\n"
        "Caregiver health: hypertension, well controlled; able to lift a car seat; drives.\n"
        f"Supports: church community, {r.choice(['a sister nearby', 'adult children', 'a neighbor'])}.\n"
        "@@S@@\n"
        f"Safety assessment ({t}) completed with the caseworker; outcome: safe with a plan.\n"
        "Caregiver understands that the parents may have only supervised contact and agrees to the plan.\n"
        "Medicaid for the child continues; kinship guardianship assistance discussed "
        f"({_pick(r, L, ['Title IV-E'])[0]}).\n\n"
        "Training provided: safe sleep, car-seat use, signs of head injury, how to give the medications, when "
        "to call the pediatrician.\n\n"
        f"Concerns: the caregiver works days; daycare subsidy application started ({_shifted(r)}).\n"
        "@@S@@\n"
        "Recommendation: kinship placement appropriate pending clearances and court approval.\n"
        "Hospital social worker: ___, LCSW-R\n"
        + _dis_tail(r, L)
    )


def _b_gal_letter(r: random.Random, L: list[str]) -> str:
    art = _pick(r, L, ["Family Court Act Article 10", "Family Court Act § 1024"])[0]
    tools = _pick(r, L, ["ASQ-3", "ASQ:SE-2", "Bayley-4", "Denver II"], 2)
    return (
        _dis_header(r) + "LETTER TO THE ATTORNEY FOR THE CHILD / GUARDIAN AD LITEM\n\n"
        "Re: ___ (child), DOB ___\nDocket no.: ___\n\nDear ___:\n\n"
        f"You asked for a summary of the medical findings for the hearing under {art}. With the consent of "
        "the agency holding custody, I provide the following.\n"
        "@@S@@\n"
        f"1. Injuries identified: {r.choice(_INJURY)}; {r.choice(_INJURY)}.\n"
        "2. Work-up for medical mimics (bone health, coagulation, metabolic screen) was negative.\n"
        "3. The history provided does not explain the injuries.\n"
        f"4. Development: {tools[0]} and {tools[1]} within the typical range for age.\n"
        f"5. {_growth(r, L)}\n"
        "@@S@@\n"
        "In my opinion, to a reasonable degree of medical certainty, the findings are diagnostic of physical "
        "abuse. I am available to testify; please contact my office.\n\n"
        f"This letter contains protected health information disclosed under {_pick(r, L, ['HIPAA § 164.512(b)'])[0]}; "
        "do not redisclose.\n"
        "@@S@@\n"
        "Sincerely,\n\n@@F:PERSON@@, MD\nChild Abuse Pediatrics\nLicense: @@F:LICENSE:md@@\n"
        + _dis_tail(r, L)
    )


def _b_school_daycare(r: random.Random, L: list[str]) -> str:
    t = _pick(r, L, ["ASQ-3", "M-CHAT-R/F", "ASQ:SE-2"])[0]
    return (
        _dis_header(r) + "COLLATERAL CONTACTS - SCHOOL / DAYCARE (with the caseworker's consent)\n\n"
        "Purpose: corroborate the timeline of the injury and prior concerns.\n\n"
        "1) Daycare: ___ (director ___). By phone.\n"
        "   - Child attended ___ of the last 10 days; last day before admission: ___.\n"
        "   - Injury log: a bump on the forehead ___ (bumped into a shelf); parents signed.\n"
        f"   - Daycare completed a {t} in the spring; no concerns.\n"
        "@@S@@\n"
        "2) School (older sibling, grade 3): school nurse ___.\n"
        "   - 14 absences this year, 6 tardies; free lunch; frequently hungry on Mondays.\n"
        "   - The school made a prior report: ___ (outcome: ___).\n"
        "   - Sibling disclosed to the counselor that the mother's partner \"hits with a belt\".\n"
        "@@S@@\n"
        f"3) Immunization record obtained from NYSIIS (registry; {_pick(r, L, ['NYSIIS'])[0]} print dated "
        f"{_shifted(r)}); {_vaccine_line(r, L)}\n\n"
        "Information shared with the CPS caseworker the same day. The school will not release the child to "
        "anyone but the caseworker pending the hearing.\n"
        "@@S@@\n"
        f"Resources given: {_hotline(r, L)}; {_pick(r, L, _WEBSITES)[0]}.\n"
        + _dis_tail(r, L)
    )


def _b_wic_ei(r: random.Random, L: list[str]) -> str:
    tools = _pick(r, L, ["ASQ-3", "ASQ:SE-2", "M-CHAT-R/F", "Bayley-4"], 2)
    web = _pick(r, L, _WEBSITES, 2)
    form = _pick(r, L, ["Similac Pro-Advance", "Enfamil NeuroPro", "Gerber Good Start"])[0]
    return (
        _dis_header(r) + "REFERRALS: WIC AND EARLY INTERVENTION\n\n"
        f"Early Intervention (Part C): {_age_phrase(r)} with {r.choice(_CH3)} "
        f"- automatic eligibility considered. {tools[0]} at this admission: gross motor below cutoff; "
        f"{tools[1]} not completed.\n"
        "Referral form sent to the county EI program; service coordinator: ___.\n"
        "@@S@@\n"
        f"WIC: mother's certification current; formula prescription for {form} 24 kcal/oz (medical "
        "documentation form completed). The foster parent will need a new WIC certification for the child.\n"
        f"{_growth(r, L)}\n\n"
        f"Information for families: {web[0]} and {web[1]}.\n"
        "@@S@@\n"
        "Other referrals:\n- Nurse home visiting (Nurse-Family Partnership): declined by the mother.\n"
        f"- Audiology: newborn hearing screen passed; repeat after the head injury.\n"
        f"- Program: {_pick(r, L, ['Early Intervention Program'])[0]}, intake within 45 days of referral.\n"
        "@@S@@\n"
        f"Referral completed {_shifted(r)} by ___.\n"
        + _dis_tail(r, L)
    )


def _b_safety_plan(r: random.Random, L: list[str]) -> str:
    hl = _hotline(r, L)
    sdm = _pick(r, L, ["Structured Decision Making"])[0]
    return (
        _dis_header(r) + "SAFETY PLAN (reviewed with the caregivers and the CPS caseworker)\n\n"
        f"Identified danger: {r.choice(_INJURY)} while in the care of ___; perpetrator unknown.\n"
        f"Tool: {sdm} safety assessment - safe with a safety plan.\n\n"
        "Safety actions:\n"
        "1. The child will live with ___ (safety resource) until the investigation is complete.\n"
        "2. The mother's partner will have no unsupervised contact with any child in the home.\n"
        "3. Visits supervised by ___ only; no overnight visits.\n"
        "@@S@@\n"
        "4. Caregivers will keep all medical appointments (listed below) and sign releases.\n"
        f"5. In a crisis the caregivers will call 911 or the {hl}.\n"
        "6. Any violation of the plan will be reported to the caseworker the same day.\n"
        "@@S@@\n"
        "Monitoring: caseworker home visits ___ times per week; next review ___.\n"
        f"Signed by: mother ___, safety resource ___, caseworker ___, on {_shifted(r)}.\n\n"
        "Discharge Instructions:\nSee the safety plan above. Return for any new bruise, vomiting or sleepiness.\n"
        "@@S@@\n"
        f"{r.choice(_EXTRA)}\n"
        + _dis_tail(r, L)
    )


# radiology


_RAD_CLIN = [
    "Caregiver history: ___. Child protection team consulted prior to imaging.",
    "Ordered by the ED after consultation with the child abuse pediatrician on call; patient weight ___ kg.",
    "Transferred from an outside hospital; outside images were not available at the time of the exam.",
    "No sedation. Child immobilized with a vacuum bag and a parent was not present in the room.",
    "Request states: r/o NAT, sibling with prior fractures; CPS involved.",
]


def _rad_head(r: random.Random, exam: str) -> str:
    clin = " ".join(r.sample(_RAD_CLIN, 2))
    return (f"EXAMINATION:  {exam}\n\n"
            f"INDICATION:  {_age_phrase(r)} with {r.choice(_INJURY)}.  Evaluate for non-accidental trauma.\n\n"
            f"CLINICAL INFORMATION:  {clin}\n\n")


def _b_skeletal_survey(r: random.Random, L: list[str]) -> str:
    eps = (_pick(r, L, ["classic metaphyseal lesion", "Salter-Harris II fracture"])
           + _pick(r, L, ["osteogenesis imperfecta", "Caffey disease", "Menkes disease"])
           + _pick(r, L, ["Wormian bones"]))
    ig = _pick(r, L, ["Image Gently", "ALARA"])[0]
    return (
        _rad_head(r, "BONE SURVEY COMPLETE (CHILD)") + "Accession: @@F:ACCOUNT:acc@@\n\n"
        f"TECHNIQUE:  Skeletal survey per the ACR-SPR protocol: 21+ views including AP and lateral skull, "
        f"lateral spine, chest with bilateral obliques, and individual views of the long bones, hands and feet "
        f"({ig} settings).\n\nCOMPARISON:  ___.\n@@S@@\n"
        "FINDINGS:\n"
        f"Skull: {r.choice(['linear nondisplaced fracture of the left parietal bone', 'no fracture'])}; "
        f"{r.choice(['a few', 'several', 'no'])} {eps[2]} along the lambdoid suture.\n"
        f"Chest: {r.choice(_CH4)}.\n"
        f"Long bones: {eps[0]} of the distal right femur; {r.choice(_CH5)}.\n"
        "Hands and feet: normal.\nSpine and pelvis: normal alignment; vertebral body heights preserved.\n"
        f"Bone mineralization is normal; no features of {eps[1]}.\n"
        "@@S@@\n"
        "IMPRESSION:\n1. Multiple fractures of differing ages, highly specific for non-accidental trauma.\n"
        "2. Recommend follow-up skeletal survey in 10-14 days and head imaging if not already performed.\n"
        "@@S@@\n"
        f"Dictated {_shifted(r)} via {_pick(r, L, ['PowerScribe 360'])[0]}.  Radiologist: @@F:PERSON@@\n"
        + _rad_tail(r, L, ("77076",))
    )


def _b_followup_survey(r: random.Random, L: list[str]) -> str:
    eps = _pick(r, L, ["classic metaphyseal lesion", "Salter-Harris II", "Risser 0"], 2)
    return (
        "EXAMINATION:  FOLLOW-UP SKELETAL SURVEY (LIMITED, 15 VIEWS)\n\n"
        f"INDICATION:  {_age_phrase(r)} in foster care; initial survey ___ showed fractures. "
        "Follow-up per protocol.\n\n"
        f"CLINICAL INFORMATION:  {' '.join(r.sample(_RAD_CLIN, 2))}\n\n"
        "Accession: @@F:ACCOUNT:acc@@\n\n"
        "TECHNIQUE:  Follow-up survey omitting the skull and pelvis views, per protocol.\n\n"
        f"COMPARISON:  Initial skeletal survey dated {_shifted(r)}.\n@@S@@\n"
        "FINDINGS:\n"
        "Previously seen posterior rib fractures show mature callus, confirming the fractures and indicating "
        "healing of more than 2 weeks.\n"
        f"The {eps[0]} of the distal tibia now shows sclerosis along the metaphysis.\n"
        f"New: {r.choice(_CH6)}.\n"
        f"No {eps[1]} fracture pattern elsewhere. Soft tissues unremarkable.\n"
        "@@S@@\n"
        "IMPRESSION:\n1. Healing fractures as above, confirming injuries of different ages.\n"
        "2. Findings communicated to the Child Protection Team.\n"
        "@@S@@\n"
        f"I have personally reviewed the images. Final report signed {_shifted(r)}.\n"
        + _rad_tail(r, L, ("77075", "77077"))
    )


def _b_head_ct(r: random.Random, L: list[str]) -> str:
    ct = _pick(r, L, ["SOMATOM Force", "Revolution CT"])[0]
    _pick(r, L, ["foramen of Monro", "sylvian fissure", "Chiari I malformation"], 3)
    return (
        _rad_head(r, "CT HEAD W/O CONTRAST") + "Accession: @@F:ACCOUNT:acc@@   Ordering: @@F:PERSON@@\n\n"
        f"TECHNIQUE:  Multidetector CT of the head without contrast on a {ct}, pediatric low-dose protocol; "
        "3D reconstructions of the calvarium. DLP 312 mGy-cm.\n\nCOMPARISON:  None.\n@@S@@\n"
        "FINDINGS:\n"
        f"{r.choice(_CH7)}. "
        f"No midline shift. The ventricles are normal in size; the foramen of Monro is patent on "
        "both sides, the sylvian fissures are symmetric and there is no Chiari I malformation.\n"
        f"Calvarium: {r.choice(_CH8)}.\n"
        "Gray-white differentiation is preserved. Paranasal sinuses and mastoids are clear.\n"
        "@@S@@\n"
        "IMPRESSION:\n1. Findings as above; in the absence of an adequate history, concerning for abusive head "
        "trauma.\n2. Recommend MRI brain and cervical spine, skeletal survey and ophthalmology evaluation.\n"
        "@@S@@\n"
        "Findings discussed with the ordering clinician by telephone at the time of dictation.\n"
        + _rad_tail(r, L, ("70450",))
    )


def _b_mri(r: random.Random, L: list[str]) -> str:
    gad = _pick(r, L, ["Gadavist"])[0]
    ep = _pick(r, L, ["Chiari I malformation", "glutaric aciduria type 1", "Menkes disease"])[0]
    return (
        _rad_head(r, "MRI BRAIN AND WHOLE SPINE W/WO CONTRAST (SEDATED)") + "Accession: @@F:ACCOUNT:acc@@\n\n"
        "TECHNIQUE:  Multiplanar multisequence MRI of the brain including SWI, DWI and 3D T1, and of the "
        f"cervical, thoracic and lumbar spine including STIR, before and after {gad} 0.1 mL/kg.\n\n"
        f"COMPARISON:  Head CT {_shifted(r)}.\n@@S@@\n"
        "FINDINGS:\nBrain: "
        f"{r.choice(_CH9)}. "
        f"No features of {ep}. The enlarged extra-axial spaces are not benign given the blood products.\n"
        "Spine: "
        f"{r.choice(_CH10)}.\n"
        "@@S@@\n"
        "IMPRESSION:\n1. Findings are most consistent with abusive head trauma.\n"
        "2. Results discussed with the Child Protection Team.\n"
        "@@S@@\n"
        "Sedation by the pediatric sedation service; no complications.\n"
        + _rad_tail(r, L, ("70553", "72156"))
    )


def _b_ct_abd(r: random.Random, L: list[str]) -> str:
    con = _pick(r, L, ["Omnipaque 350"])[0]
    return (
        _rad_head(r, "CT ABDOMEN AND PELVIS WITH IV CONTRAST") + "Accession: @@F:ACCOUNT:acc@@\n\n"
        f"TECHNIQUE:  Helical CT of the abdomen and pelvis after {con} 2 mL/kg IV, portal venous phase; "
        f"weight-based dose ({_pick(r, L, ['Image Gently'])[0]}).\n\nCOMPARISON:  None.\n@@S@@\n"
        "FINDINGS:\nLiver: "
        f"{r.choice(_CH11)}.\n"
        f"Pancreas: {r.choice(_CH12)}.\n"
        "Duodenum: "
        f"{r.choice(['intramural hematoma of the third portion', 'normal caliber'])}.\nSpleen, kidneys and "
        "adrenals: normal. Small volume free fluid in the pelvis.\n"
        f"Bones: {r.choice(_CH13)}.\n"
        "@@S@@\n"
        "IMPRESSION:\n1. Solid organ and/or hollow viscus injury without a history of significant trauma is "
        "concerning for abusive abdominal trauma.\n2. Recommend skeletal survey if not done.\n"
        "@@S@@\n"
        "Preliminary findings were communicated to the pediatric surgery team at the time of the study.\n"
        + _rad_tail(r, L, ("74177",))
    )


_KINDS: dict[str, tuple[str, Callable[[random.Random, list[str]], str]]] = {
    "cpt_consult": ("discharge", _b_cpt_consult),
    "peds_discharge_summary": ("discharge", _b_discharge_summary),
    "sw_psychosocial": ("discharge", _b_sw_psychosocial),
    "cps_hotline_report": ("discharge", _b_cps_hotline),
    "foster_placement_discharge": ("discharge", _b_foster_discharge),
    "kinship_care_assessment": ("discharge", _b_kinship),
    "gal_court_letter": ("discharge", _b_gal_letter),
    "school_daycare_contact": ("discharge", _b_school_daycare),
    "wic_ei_referral": ("discharge", _b_wic_ei),
    "safety_plan": ("discharge", _b_safety_plan),
    "skeletal_survey": ("radiology", _b_skeletal_survey),
    "followup_skeletal_survey": ("radiology", _b_followup_survey),
    "head_ct_nat": ("radiology", _b_head_ct),
    "mri_brain_spine": ("radiology", _b_mri),
    "ct_abdomen_pelvis": ("radiology", _b_ct_abd),
}
DOCUMENT_KINDS: tuple[str, ...] = tuple(_KINDS)
_DIS_KINDS = [k for k, (t, _) in _KINDS.items() if t == "discharge"]
_RAD_KINDS = [k for k, (t, _) in _KINDS.items() if t == "radiology"]

# --------------------------------------------------------------------------------------------------
# Assembly
# --------------------------------------------------------------------------------------------------

_PHI = 0.6180339887498949
_MARK = re.compile(r"@@S@@\n|@@F:([A-Z_0-9]+)(?::([a-z]+))?@@")
_VAR = re.compile(r"\{V(?::([a-z]+))?\}")
_PLANT_P = 0.6105


def _is_heavy(i: int) -> bool:
    return i % 20 == 11


def _is_planted(seed: int, i: int) -> bool:
    return not _is_heavy(i) and _frac(i * 0.7548776662466927 + seed * 0.1123) < _PLANT_P


def document_kind(seed: int, i: int) -> str:
    rk = random.Random(f"h68-kind:{seed}:{i}")
    if _frac(i * 0.41421356237309503 + seed * 0.377) < 0.45:
        return rk.choice(_RAD_KINDS)
    return rk.choice(_DIS_KINDS)


def _plant_categories(seed: int, i: int) -> list[str]:
    if not _is_planted(seed, i):
        return []
    k = random.Random(f"h68-k:{seed}:{i}").choices([1, 2, 3, 4], weights=[34, 31, 20, 15])[0]
    return [CATEGORIES[int(_frac((4 * i + j + 1) * _PHI + seed * 0.2718281828) * len(CATEGORIES))]
            for j in range(k)]


def _build(seed: int, i: int) -> tuple[LabelledNote, list[str], str]:
    kind = document_kind(seed, i)
    note_type, builder = _KINDS[kind]
    heavy = _is_heavy(i)
    r = random.Random(f"h68:{seed}:{i}")
    rp = random.Random(f"h68-plant:{seed}:{i}")
    look: list[str] = []
    tpl = builder(r, look)
    marks = list(_MARK.finditer(tpl))
    n_slots = sum(1 for m in marks if m.group(1) is None)
    fields = [k for k, m in enumerate(marks) if m.group(1) is not None]
    field_assign: dict[int, str] = {}
    slot_assign: dict[int, list[tuple[str, str]]] = {}
    tag = "r" if note_type == "radiology" else "d"
    used: set[str] = set()
    for cat in _plant_categories(seed, i):
        free = [k for k in fields if marks[k].group(1) == cat and k not in field_assign]
        if free and rp.random() < 0.45:
            field_assign[free[0]] = cat
            continue
        pool = [s for t, s in _SNIPPETS[cat] if t in ("a", tag) and s not in used] or \
            [s for t, s in _SNIPPETS[cat] if t in ("a", tag)]
        snip = rp.choice(pool)
        used.add(snip)
        slot_assign.setdefault(rp.randrange(n_slots), []).append((cat, snip))

    out: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0

    def emit(s: str) -> None:
        nonlocal pos
        out.append(s)
        pos += len(s)

    def plant(cat: str, variant: str | None) -> None:
        value = _GEN[cat](rp, variant)
        spans.append((pos, pos + len(value), cat))
        emit(value)

    last = 0
    slot_no = 0
    for k, m in enumerate(marks):
        emit(tpl[last:m.start()])
        last = m.end()
        if m.group(1) is None:
            emit("\n")
            if heavy and slot_no == 0:
                emit(_heavy_block(r))
            for cat, snip in slot_assign.get(slot_no, []):
                v = _VAR.search(snip)
                assert v is not None
                emit(snip[:v.start()])
                plant(cat, v.group(1))
                emit(snip[v.end():] + "\n")
            if slot_no in slot_assign:
                emit("\n")
            slot_no += 1
        elif k in field_assign:
            plant(field_assign[k], m.group(2))
        else:
            emit("___")
    emit(tpl[last:])
    text = "".join(out)
    extra = random.Random(f"h68-extra:{seed}:{i}")
    pad = list(_EXTRA_RAD if note_type == "radiology" else _EXTRA)
    extra.shuffle(pad)
    while len(text) < 1150 and pad:
        text = text.rstrip("\n") + "\n\n" + pad.pop() + "\n"
    lookalikes = []
    for s in dict.fromkeys(look):
        occ = [mm.start() for mm in re.finditer(re.escape(s), text)]
        if occ and not any(o < e and o + len(s) > b for o in occ for b, e, _ in spans):
            lookalikes.append(s)
    return LabelledNote(note_type, text, spans), lookalikes, "heavy" if heavy else "normal"


def holdout68_note(seed: int, i: int) -> LabelledNote:
    return _build(seed, i)[0]


def holdout68_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout68_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = holdout_measure.measure(
        holdout68_corpus, argv, "Held-out corpus 68 (blind): child protection, foster care and paediatric social work")
    holdout_measure.report("holdout68", args, notes, hits, res)


if __name__ == "__main__":
    main()
