"""Held-out corpus 69: military and veterans' health around a civilian admission.

Active-duty service members, reservists, National Guard members and veterans admitted to a civilian
hospital: TRICARE authorizations, line-of-duty (LOD) paperwork, unit commander and first-sergeant
notifications, medical evaluation board and profile paperwork, VA community-care referrals and
authorizations, VA hospital transfers, veterans' service officers, DD-214 and disability-rating letters,
outside military treatment facility (MTF) records, plus ordinary discharge summaries and radiology reports.

Document kinds (note type in brackets):
- ``ad_discharge`` [discharge]: discharge summary for an active-duty member (training injury, heat illness,
  rhabdomyolysis, motor-vehicle crash on post).
- ``tricare_auth`` [discharge]: case-management / utilisation note on TRICARE notification and authorization.
- ``lod_memo`` [discharge]: line-of-duty determination documentation for a reservist or Guard member.
- ``command_notify`` [discharge]: social-work note on unit commander and first-sergeant notification.
- ``meb_profile`` [discharge]: profile (DA 3349) and medical evaluation board / IDES paperwork.
- ``va_cc_referral`` [discharge]: VA community-care referral and authorization for a veteran.
- ``va_transfer`` [discharge]: inter-facility transfer summary to a VA medical center.
- ``vso_rating`` [discharge]: social-work note on the veterans' service officer, DD-214 and rating letter.
- ``mtf_records`` [discharge]: outside-records review from a military treatment facility.
- ``rad_ct_head`` [radiology]: non-contrast CT head after blast exposure, fall or crash.
- ``rad_cxr`` [radiology]: portable / two-view chest radiograph.
- ``rad_mri_lspine`` [radiology]: MRI lumbar spine requested for a profile or MEB.
- ``rad_outside_read`` [radiology]: second read of outside images sent from an MTF or VA.
- ``rad_ct_trauma`` [radiology]: CT chest/abdomen/pelvis after a training or vehicle accident.
- ``rad_xr_stress`` [radiology]: foot / tibia radiographs for a stress fracture in training.
- ``rad_us_duplex`` [radiology]: venous duplex ultrasound after a long deployment flight.

Label policy (copied from the brief):
PERSON is one span per name (given and family together, titles outside); LOCATION is a place below
state level (a street line is STREET_ADDRESS; town and ZIP are separate spans; states and countries
are never labelled, and "New York" alone is the state); ORGANIZATION is a named hospital, practice, pharmacy
(a chain's store too), agency, school or employer, never a generic department, and never a drug maker,
biotech or trial sponsor named as such (a jail, prison or court is one; a payer or insurer named as such is
not). DATE_REAL_YEAR is a whole date carrying a year 1900-2030 (a bare year is not labelled; a device, drug or
lot expiry date is not labelled; a death date is). AGE_OVER_89 labels the digits of ages >= 90. DEVICE_ID is a
device serial (for a GS1 UDI only the (21) serial) or a hospital asset tag; lot, GTIN, REF, model and expiry
are not identifiers. A toll-free phone number (800, 888, 877, 866, 855, 844, 833) is a public line: never
labelled; a device maker's or vendor's toll-free fax neither, a practice's toll-free fax is FAX. ACCOUNT covers
account, encounter, incident/run, accession, order, requisition, claim and specimen numbers, and a vendor's
call or session id for the patient's encounter; HEALTH_PLAN member, subscriber and policy ids (an employer's
group number is not the member's id: leave it unlabelled); LICENSE medical, nursing, EMS, DEA and driver's
licences and a clinician's NPI. Spans hold the value only: cue words ("Dr.", "MRN:", "pager", "Fax", "SN",
"plate", "Acct") and credentials ("MD", "RN") stay outside.

Labelling conventions for this theme (where the policy leaves room):
- Ranks and ratings ("SSG", "1SG", "LTC", "HM2", "GySgt") are titles: outside the PERSON span; alone they are
  look-alikes. Pay grades ("E-5", "O-3"), MOS / AFSC codes and unit designations ("HHC, 1-87 IN",
  "3rd Bn, 8th Marines", "192nd MP Bn") are never labelled (a unit is a subdivision of the employer, like a
  generic department).
- DoD ID / EDIPI numbers and military service numbers have no category: they are written masked (``___``),
  never planted, as earlier corpora did with student, passport and non-driver ID numbers.
- A VA claim (C-file) number, a TRICARE or VA community-care referral / authorization number, an LOD case
  number and an IDES / MEB case number are the patient's claim or case numbers: ACCOUNT.
- A VA Integration Control Number (ICN) and an MTF or VA local patient number are record numbers: MRN.
- A TRICARE DoD Benefits Number (DBN), a Medicare MBI (TRICARE For Life), a CHAMPVA, US Family Health Plan or
  civilian-employer plan member id is HEALTH_PLAN; group numbers stay unlabelled.
- A named VA medical center, CBOC, Vet Center, military hospital or base clinic, a county veterans' service
  office, a VFW / American Legion / DAV / AMVETS post or chapter, a civilian hospital, pharmacy store, school or
  a reservist's civilian employer is ORGANIZATION. The national bodies and programmes (VA, DoD, the Defense
  Health Agency, the service branches, TRICARE and its plans, Community Care Network, MISSION Act, DEERS) and
  the payers / third-party administrators (Humana Military, TriWest, Optum Serve) stay unlabelled.
- A base, post, camp or air base ("Fort Cavazos", "Camp Lejeune", "Joint Base Lewis-McChord"), a town, county
  or an overseas camp is LOCATION; a barracks room line, on-post quarters, PSC / CMR / Unit-Box line or PO Box is
  STREET_ADDRESS; an APO / FPO ZIP is ZIP (the "AE"/"AP" state code is not labelled).
- A DSN number (7 digits) of a person or clinic is PHONE; military time ("0430 hrs") is a look-alike.
- An ETS (expiration of term of service) date, a separation date, date of injury, rating-decision date or
  death date is the person's date: DATE_REAL_YEAR. YYYYMMDD dates (DD-214 blocks) are labelled when real-year.
- Public crisis and advice lines (988 press 1, text 838255, Military OneSource, TRICARE Nurse Advice Line) and
  public websites (va.gov, tricare.mil) are look-alikes; a fundraiser page, shared scan link or personal
  profile URL is URL.

Written blind: I read only the brief (bench/holdout_corpus_task.md), lqs_clinical/synth/holdout_measure.py, the
first 45 lines of lqs_clinical/synth/notes.py, pyproject.toml, /work/shared/reference/*.md and the masked
PyHealth note-shaped samples (with SOURCES.md) under /work/shared/data/. No detector code, rule file, other
corpus, test or history was opened, and the detector was never run.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable

from lqs_clinical.synth import holdout_measure
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

Part = str | tuple[str, str]
Block = list[Part]

# --------------------------------------------------------------------------------------------------
# Weyl sequences: which notes are heavy / planted, how many spans, which categories, which kind
# --------------------------------------------------------------------------------------------------
_A_KIND = 0.6180339887498949
_A_PLANT = 0.7548776662466927
_A_NSPAN = 0.4142135623730951
_A_CAT = 0.5698402909980532
_B_SEED = 0.7320508075688772

_CAT_WEIGHTS = (
    ("PERSON", 15), ("DATE_REAL_YEAR", 10), ("ORGANIZATION", 11), ("LOCATION", 9), ("PHONE", 6), ("MRN", 5),
    ("ACCOUNT", 7), ("HEALTH_PLAN", 5), ("LICENSE", 4), ("ZIP", 4), ("STREET_ADDRESS", 4), ("AGE_OVER_89", 3),
    ("DEVICE_ID", 4), ("VEHICLE_ID", 3), ("FAX", 3), ("PAGER", 3), ("EMAIL", 3), ("URL", 2), ("IP_ADDRESS", 2),
    ("SSN", 3),
)
_CAT_TOTAL = sum(w for _, w in _CAT_WEIGHTS)


def _frac(x: float) -> float:
    return x - int(x)


def _category(seed: int, i: int, j: int) -> str:
    u = _frac((4 * i + j + 1) * _A_CAT + seed * _B_SEED) * _CAT_TOTAL
    acc = 0
    for cat, w in _CAT_WEIGHTS:
        acc += w
        if u < acc:
            return cat
    return _CAT_WEIGHTS[-1][0]


def _is_heavy(i: int) -> bool:
    return i % 20 == 13


def _n_spans(seed: int, i: int) -> int:
    """0 for unplanted notes, else 1-4."""
    if _is_heavy(i):
        return 0
    if _frac(i * _A_PLANT + seed * 0.3090169943749474) >= 0.6105:
        return 0
    u = _frac(i * _A_NSPAN + seed * 0.2360679774997897)
    return 1 if u < 0.34 else 2 if u < 0.64 else 3 if u < 0.85 else 4


# --------------------------------------------------------------------------------------------------
# Values (fictitious)
# --------------------------------------------------------------------------------------------------
_FIRST = (
    "Marcus", "Tanisha", "Derek", "Alondra", "Wesley", "Keisha", "Brandon", "Yesenia", "Colton", "Mireille",
    "Dante", "Shelby", "Tremaine", "Ngozi", "Cody", "Rosalind", "Jarrett", "Ximena", "Harlan", "Destiny",
    "Efrain", "Kaylee", "Lamar", "Priyanka", "Travis", "Imani", "Quentin", "Brianna", "Luis", "Oksana",
    "Raymond", "Haruto", "Jasmine", "Dmitri", "Latoya", "Garrett", "Vanessa", "Tobias", "Marisol", "Emeka",
    "Bethany", "Rigoberto", "Chantal", "Darnell", "Felicity", "Anh", "Reginald", "Svetlana", "Kendrick", "Ofelia",
    "Wyatt", "Simone", "Bao", "Courtney", "Ezequiel", "Antoinette", "Duc", "Harriet", "Mateo", "Winona",
)
_LAST = (
    "Delgado", "Okafor", "Brenner", "Castellanos", "Whitfield", "Nakamura", "Pruitt", "Abernathy", "Villanueva",
    "Oyelaran", "Harlow", "Kowalczyk", "Redbird", "Tran", "Szabo", "Mbeki", "Lindqvist", "Fairweather", "Quiñones",
    "Ashby", "Holloway", "Petrakis", "Ruelas", "Dunmore", "Gallagher", "Ibarra", "Yazzie", "Merriweather", "Chu",
    "Obuya", "Tolliver", "Rasmussen", "Espinoza", "Kincaid", "Boateng", "Lutz", "Ferreira", "Haddad", "Voss",
    "Stroud", "Amankwah", "Bellamy", "Cordero", "Dobbins", "Eklund", "Faleolo", "Gutierrez", "Hargrove",
    "Iwasaki", "Jankowski", "Kealoha", "Lemieux", "Mulcahy", "Nwosu", "Ostrowski", "Pimentel", "Rutledge",
    "Sandoval", "Thibodeaux", "Underhill", "Valdivia", "Wojcik", "Yarbrough", "Zamora",
)
_TWO_PART = ("De La Cruz", "St. Pierre", "Van Buskirk", "O'Rourke", "Mac Leod", "Dos Santos")
_RANKS = (
    "SGT", "SSG", "SFC", "1SG", "MSG", "CPT", "MAJ", "LTC", "COL", "1LT", "SPC", "PFC", "Cpl", "LCpl", "GySgt",
    "SSgt", "TSgt", "MSgt", "SrA", "A1C", "HM2", "HM3", "PO1", "CDR", "LCDR", "Lt Col", "CW2", "SGM",
)
_TOWNS = (
    "Fayetteville", "Killeen", "Clarksville", "Watertown", "Hinesville", "Colorado Springs", "Junction City",
    "Oceanside", "Lakewood", "Copperas Cove", "Sierra Vista", "Oak Harbor", "Havelock", "Niceville", "Dothan",
    "Lawton", "Spring Lake", "Harker Heights", "Oak Grove", "Radcliff", "Leesville", "Grovetown", "Sumter",
    "Goldsboro", "Raeford", "Hope Mills", "Elizabethtown", "Manhattan", "DuPont", "Fountain", "Evans",
    "Jacksonville", "Beaufort", "Warner Robins", "Hampton", "Minot",
)
_BASES = (
    "Fort Liberty", "Fort Bragg", "Fort Campbell", "Fort Cavazos", "Fort Hood", "Fort Drum", "Fort Stewart",
    "Fort Carson", "Fort Bliss", "Fort Riley", "Camp Lejeune", "Camp Pendleton", "Joint Base Lewis-McChord",
    "Joint Base San Antonio", "Naval Station Norfolk", "Schofield Barracks", "Eglin Air Force Base",
    "Nellis AFB", "Camp Shelby", "Camp Atterbury", "Fort Polk", "Fort Johnson", "Fort Sill", "Fort Gordon",
    "Fort Eisenhower", "Fort Leonard Wood", "Seymour Johnson AFB", "Minot AFB", "Fort Moore",
)
_ABROAD = ("Camp Arifjan", "Camp Buehring", "Camp Humphreys", "Al Udeid", "Camp Lemonnier", "Grafenwoehr",
           "Vilseck", "Baumholder", "Kaiserslautern", "Okinawa", "Bagram", "Vicenza")
_COUNTIES = ("Cumberland County", "Onslow County", "Bell County", "Montgomery County", "Jefferson County",
             "Liberty County", "Geary County", "Pierce County", "El Paso County", "Harnett County",
             "Hoke County", "Craven County", "Coryell County", "Vernon Parish")
_STREETS = ("Raeford Rd", "Hay St", "Bragg Blvd", "Reilly Road", "Fort Campbell Blvd", "Rancier Ave",
            "Trimble Rd", "Western Blvd", "Gate 5 Rd", "Bastogne Dr", "Normandy Dr", "Yadkin Rd", "Skibo Rd",
            "Lejeune Blvd", "Stan Schlueter Loop", "Veterans Memorial Blvd", "Academy Blvd", "Old Ironsides Ave",
            "Grant Ave", "Hood Rd", "Patton Ave", "Carentan Ct", "Ardennes St", "Pershing Loop")
_ZIPS = ("28303", "28304", "28311", "28390", "76541", "76542", "76522", "42223", "37042", "13601", "13602",
         "31313", "80913", "80916", "79916", "79925", "66441", "28540", "28546", "92054", "92057", "98433",
         "98499", "78234", "23511", "23503", "36301", "73501", "71446", "30813", "29150", "27534", "58701",
         "32578", "88001", "85635", "98277", "28532")
_APO_ZIPS = ("09096", "09354", "09180", "09714", "09630", "96205", "96271", "96373", "96349", "09366")
_VA_TOWNS = ("Fayetteville", "Durham", "Salisbury", "Asheville", "Temple", "Waco", "Nashville", "Murfreesboro",
             "Syracuse", "Augusta", "Dublin", "Tacoma", "Spokane", "Biloxi", "Tuskegee", "Columbia", "Hampton",
             "Leavenworth", "Fargo", "Cheyenne", "Loma Linda", "Gainesville", "Tomah", "Beckley", "Togus")
_HONOREES = ("Harlan D. Mercer", "Alvin C. York", "Charlie Norwood", "Olin E. Teague", "Wm. Jennings Bryan Dorn",
             "Ralph H. Johnson", "Clement J. Zablocki", "Jesse Brown", "Hunter Holmes McGuire", "Oscar G. Johnson",
             "Aleda E. Lutz", "Harry S. Truman", "Jack C. Montgomery", "John J. Pershing")
_MTF = ("Womack Army Medical Center", "Carl R. Darnall Army Medical Center", "Blanchfield Army Community Hospital",
        "Madigan Army Medical Center", "Brooke Army Medical Center", "Naval Medical Center Camp Lejeune",
        "Naval Hospital Camp Pendleton", "Winn Army Community Hospital", "Evans Army Community Hospital",
        "Irwin Army Community Hospital", "William Beaumont Army Medical Center", "Guthrie Army Health Clinic",
        "Reynolds Army Health Clinic", "Bayne-Jones Army Community Hospital", "Eisenhower Army Medical Center",
        "Walter Reed National Military Medical Center", "Landstuhl Regional Medical Center",
        "Brian D. Allgood Army Community Hospital", "Tripler Army Medical Center", "Naval Medical Center Portsmouth",
        "Keesler Medical Center", "Mike O'Callaghan Military Medical Center", "Naval Branch Health Clinic Cherry Point",
        "Robinson Health Clinic", "Joel Health and Dental Clinic", "Clark Health Clinic")
_CIVIL_HOSP = ("Sandhills Regional Medical Center", "Cape Harbor Medical Center", "Mercy Clarksville Hospital",
               "St. Brendan's Hospital", "Central Texas Methodist Hospital", "Holloway Creek Regional Hospital",
               "Samaritan North Country Hospital", "Coastal Carolina Baptist Hospital", "Pikes Peak Memorial Hospital",
               "Lakewood Valley Medical Center", "Tri-County Orthopaedic Associates", "Piedmont Spine & Pain Clinic",
               "Red Clay Family Medicine", "Harbor View Behavioral Health", "Blue Ridge Sleep Center")
_EMPLOYERS = ("Halvorsen Freight Lines", "Pinecrest Elementary School", "Carolina Tire & Auto",
              "Duncan County Sheriff's Office", "Tri-State Power Cooperative", "Lakeside Middle School",
              "Meridian Logistics", "Sutter Creek Fire Department", "Blue Heron Poultry", "Keystone Rail Services",
              "Central Valley Community College", "Harbor Point Shipyard", "Mesa Ridge High School")
_PHARM = ("CVS Pharmacy #2218", "Walgreens #4471", "Walmart Pharmacy 10-3382", "Harris Teeter Pharmacy #155",
          "Kroger Pharmacy #617", "H-E-B Pharmacy #088", "Publix Pharmacy #1290")
_POSTS = ("VFW Post {n}", "American Legion Post {n}", "DAV Chapter {n}", "AMVETS Post {n}", "VFW Post {n} Auxiliary",
          "Marine Corps League Detachment {n}", "Vietnam Veterans of America Chapter {n}")

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_MON = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")

_AREA = ("910", "919", "252", "254", "931", "315", "912", "719", "915", "785", "760", "253", "210", "757",
         "334", "580", "337", "706", "803", "701", "850", "575", "520", "360", "843", "478", "502", "270")


def _caps(r: random.Random, k: int) -> str:
    return "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(k))


def _digits(r: random.Random, k: int) -> str:
    return str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(k - 1))


def _person(r: random.Random) -> str:
    f, m = r.choice(_FIRST), r.choice("ABCDEFGHJKLMNPRSTW")
    last = r.choice(_TWO_PART) if r.random() < 0.07 else r.choice(_LAST)
    if r.random() < 0.08:
        last = f"{last}-{r.choice(_LAST)}"
    style = r.randrange(9)
    if style == 0:
        return f"{f} {m}. {last}"
    if style == 1:
        return f"{last.upper()}, {f.upper()} {m}"
    if style == 2:
        return f"{last}, {f}"
    if style == 3:
        return f"{f[0]}. {last}"
    if style == 4:
        return f"{last.upper()}, {f.upper()}"
    return f"{f} {last}"


def _phone(r: random.Random) -> str:
    a, b, c = r.choice(_AREA), f"{r.randint(201, 989)}", f"{r.randint(0, 9999):04d}"
    style = r.randrange(7)
    if style == 0:
        return f"({a}) {b}-{c}"
    if style == 1:
        return f"{a}.{b}.{c}"
    if style == 2:
        return f"+1 {a} {b} {c}"
    if style == 3:
        return f"{a}{b}{c}"
    if style == 4:
        return f"1-{a}-{b}-{c}"
    if style == 5:
        return f"({a}){b}-{c}"
    return f"{a}-{b}-{c}"


def _dsn(r: random.Random) -> str:
    return f"{r.randint(221, 987)}-{r.randint(0, 9999):04d}"


def _real_date(r: random.Random, lo: int = 1930, hi: int = 2026) -> str:
    y, mo, d = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
    style = r.randrange(9)
    if style == 0:
        return f"{mo:02d}/{d:02d}/{y}"
    if style == 1:
        return f"{mo}/{d}/{y}"
    if style == 2:
        return f"{y}-{mo:02d}-{d:02d}"
    if style == 3:
        return f"{d:02d} {_MON[mo - 1]} {y}"
    if style == 4:
        return f"{d:02d}{_MON[mo - 1]}{y}"
    if style == 5:
        return f"{_MONTHS[mo - 1]} {d}, {y}"
    if style == 6:
        return f"{d} {_MONTHS[mo - 1]} {y}"
    if style == 7:
        return f"{y}{mo:02d}{d:02d}"
    return f"{d}-{_MON[mo - 1].title()}-{y}"


def _shifted(r: random.Random) -> str:
    y, mo, d = r.randint(2101, 2199), r.randint(1, 12), r.randint(1, 28)
    style = r.randrange(3)
    if style == 0:
        return f"{y}-{mo:02d}-{d:02d}"
    if style == 1:
        return f"{mo:02d}/{d:02d}/{y}"
    return f"{d:02d} {_MON[mo - 1]} {y}"


def _org(r: random.Random, what: str = "care") -> str:
    """A named organisation of one sort: care (VA / MTF / civilian facility), post, employer, pharmacy."""
    if what == "post":
        post = r.choice(_POSTS).format(n=r.randint(4, 12999))
        return r.choice((post, post, f"{r.choice(_COUNTIES)} Veterans Service Office"))
    if what == "employer":
        return r.choice(_EMPLOYERS)
    if what == "pharmacy":
        return r.choice(_PHARM)
    kind = r.randrange(8)
    if kind == 0:
        return f"{r.choice(_VA_TOWNS)} VA Medical Center"
    if kind == 1:
        return r.choice((f"{r.choice(_HONOREES)} VA Medical Center", f"{r.choice(_HONOREES)} Veterans' Hospital",
                         f"{r.choice(_VA_TOWNS)} VAMC", f"{r.choice(_VA_TOWNS)} VA Health Care System"))
    if kind == 2:
        return r.choice((f"{r.choice(_VA_TOWNS)} VA Clinic", f"{r.choice(_VA_TOWNS)} Vet Center",
                         f"{r.choice(_TOWNS)} CBOC", f"{r.choice(_TOWNS)} VA Community Based Outpatient Clinic"))
    if kind in (3, 4, 5):
        return r.choice(_MTF)
    if kind == 6:
        return r.choice(_CIVIL_HOSP)
    return f"{r.choice(_BASES)} Troop Medical Clinic"


def _location(r: random.Random, what: str = "any") -> str:
    if what == "base":
        return r.choice(_BASES)
    if what == "town":
        return r.choice(_TOWNS)
    if what == "abroad":
        return r.choice(_ABROAD)
    if what == "home":
        return r.choice(_TOWNS) if r.random() < 0.8 else r.choice(_COUNTIES)
    if what == "training":
        return r.choice(_BASES) if r.random() < 0.8 else r.choice(_ABROAD)
    u = r.random()
    if u < 0.42:
        return r.choice(_BASES)
    if u < 0.78:
        return r.choice(_TOWNS)
    if u < 0.9:
        return r.choice(_ABROAD)
    return r.choice(_COUNTIES)


def _street(r: random.Random) -> str:
    style = r.randrange(8)
    if style == 0:
        return f"Bldg {r.randint(1100, 9899)}, Rm {r.randint(101, 349)}"
    if style == 1:
        return f"PSC {r.randint(100, 999)} Box {r.randint(1, 9999)}"
    if style == 2:
        return f"Unit {r.randint(2000, 31999)} Box {r.randint(1, 999)}"
    if style == 3:
        return f"CMR {r.randint(400, 499)} Box {r.randint(100, 4999)}"
    if style == 4:
        return f"PO Box {r.randint(10, 89999)}"
    if style == 5:
        return f"{r.randint(10, 9899)} {r.choice(_STREETS)}, Apt {r.randint(1, 40)}{r.choice('ABCD')}"
    if style == 6:
        return f"{r.randint(1, 799)} {r.choice(_STREETS)} Lot {r.randint(1, 120)}"
    return f"{r.randint(100, 19999)} {r.choice(_STREETS)}"


def _zip(r: random.Random) -> str:
    u = r.random()
    if u < 0.25:
        return r.choice(_APO_ZIPS)
    z = r.choice(_ZIPS)
    return f"{z}-{r.randint(1000, 9999)}" if u > 0.8 else z


def _ssn(r: random.Random) -> str:
    a, b, c = r.randint(101, 665), r.randint(10, 99), r.randint(1000, 9999)
    sep = r.choice(("-", "-", " ", ""))
    return f"{a}{sep}{b}{sep}{c}"


def _mrn(r: random.Random) -> tuple[str, str]:
    style = r.randrange(6)
    if style == 0:
        return r.choice(("VA ICN", "ICN", "Integration Control No.")), f"10{_digits(r, 8)}V{_digits(r, 6)}"
    if style == 1:
        return r.choice(("MRN", "MRN:", "Med Rec #")), f"{r.randint(0, 9)}{_digits(r, 7)}"
    if style == 2:
        return r.choice(("MTF register no.", "MHS GENESIS MRN", "MTF MRN")), f"{_caps(r, 1)}{_digits(r, 8)}"
    if style == 3:
        return r.choice(("Unit No:", "Unit #", "Hospital No.")), _digits(r, 7)
    if style == 4:
        return r.choice(("VistA patient ID", "VA local ID", "station MRN")), f"{r.randint(500, 699)}-{_digits(r, 7)}"
    return r.choice(("CMRN", "Patient ID", "EMPI")), f"E{_digits(r, 9)}"


def _account(r: random.Random) -> tuple[str, str]:
    style = r.randrange(9)
    if style == 0:
        return r.choice(("VA claim no.", "C-file #", "VA file number", "claim number")), _digits(r, r.choice((8, 9)))
    if style == 1:
        return r.choice(("Referral #", "VA referral number", "CC referral ID", "SEOC referral")), \
            f"VA{r.randint(0, 9)}{_digits(r, 9)}"
    if style == 2:
        return r.choice(("TRICARE auth #", "Authorization no.", "Humana Military auth", "Auth/Referral #")), \
            f"{_digits(r, 4)}{r.randint(0, 9)}{_caps(r, 1)}{_digits(r, 5)}"
    if style == 3:
        return r.choice(("LOD case", "LOD case no.", "LOD #")), f"{r.choice(('AR', 'NG', 'AF', 'USN'))}-{_digits(r, 6)}"
    if style == 4:
        return r.choice(("IDES case #", "MEB case number", "PEB case ID")), f"M{_digits(r, 7)}"
    if style == 5:
        return r.choice(("Encounter #", "Enc:", "Visit number", "FIN")), _digits(r, r.choice((9, 10)))
    if style == 6:
        return r.choice(("Accession", "Acc #", "Accession No.")), f"{_caps(r, 2)}{_digits(r, 7)}"
    if style == 7:
        return r.choice(("Acct", "Account #", "Billing acct")), f"{_digits(r, 3)}-{_digits(r, 6)}"
    return r.choice(("Order #", "Req #", "Specimen ID")), f"{_caps(r, 1)}{_digits(r, 8)}"


def _plan(r: random.Random) -> tuple[str, str]:
    style = r.randrange(6)
    if style == 0:
        return r.choice(("DoD Benefits Number", "DBN", "TRICARE DBN")), _digits(r, 11)
    if style == 1:
        c = r.choice
        mbi = (f"{r.randint(1, 9)}{_caps(r, 1)}{c('ACDEFGHJK0123456789')}{r.randint(0, 9)}-"
               f"{_caps(r, 1)}{c('ACDEFGHJK0123456789')}{r.randint(0, 9)}-{_caps(r, 2)}{r.randint(10, 99)}")
        return r.choice(("Medicare MBI", "MBI", "Medicare ID")), mbi
    if style == 2:
        return r.choice(("CHAMPVA member no.", "CHAMPVA ID")), f"CV{_digits(r, 9)}"
    if style == 3:
        return r.choice(("USFHP member ID", "US Family Health Plan ID")), f"{_digits(r, 10)}"
    if style == 4:
        return r.choice(("Member ID", "Subscriber ID", "Policy #")), f"{_caps(r, 3)}{_digits(r, 9)}"
    return r.choice(("Medicaid CIN", "Medicaid ID")), f"{_caps(r, 2)}{_digits(r, 5)}{_caps(r, 1)}"


def _license(r: random.Random) -> tuple[str, str]:
    style = r.randrange(6)
    if style == 0:
        return r.choice(("NPI", "NPI:", "NPI #")), f"{r.choice('12')}{_digits(r, 9)}"
    if style == 1:
        return r.choice(("DEA", "DEA #", "DEA Reg.")), f"{r.choice('ABFGM')}{_caps(r, 1)}{_digits(r, 7)}"
    if style == 2:
        return r.choice(("NC medical license", "TX license no.", "state license", "Lic#")), \
            f"{r.choice(('', 'MD-', 'L'))}{_digits(r, r.choice((5, 6)))}"
    if style == 3:
        return r.choice(("RN license", "nursing lic.", "RN#")), f"{r.choice(('RN', ''))}{_digits(r, 6)}"
    if style == 4:
        return r.choice(("NREMT", "EMT-P cert", "paramedic credential")), f"{r.choice('EP')}{_digits(r, 7)}"
    return r.choice(("driver's license", "DL#", "Driver Lic")), f"{_caps(r, 1)}{_digits(r, 4)}-{_digits(r, 5)}"


def _device(r: random.Random) -> tuple[list[Part], str]:
    """(lead-in parts before the value, value)."""
    style = r.randrange(6)
    if style == 0:
        return [L(r.choice(("Phonak Audeo", "Oticon More 1"))), " hearing aid (VA-issued), ",
                r.choice(("SN ", "S/N: ", "serial "))], _digits(r, 10)
    if style == 1:
        return [L(r.choice(("ResMed AirSense 10", "Philips DreamStation 2"))), " CPAP, ",
                r.choice(("SRN ", "serial # ", "SN: "))], f"{_digits(r, 11)}"
    if style == 2:
        tag = f"{r.choice(('BME', 'A', ''))}{_digits(r, 6)}"
        return [r.choice(("Biomed asset tag ", "Asset #", "BME tag "))], tag
    if style == 3:
        gt = f"(01)0088{_digits(r, 10)}"
        return [L(gt), L(f"(17)27{r.randint(10, 12)}{r.randint(10, 28)}"), L(f"(10){_caps(r, 1)}{_digits(r, 4)}"),
                "(21)"], f"{_caps(r, 2)}{_digits(r, 7)}"
    if style == 4:
        return [L(r.choice(("Medtronic Azure XT DR", "Boston Scientific Accolade"))), " pacemaker, SN "], \
            f"{_caps(r, 3)}{_digits(r, 6)}{_caps(r, 1)}"
    return [L(r.choice(("Ossur Pro-Flex LP", "Ottobock Genium X3"))), " prosthesis (VA prosthetics), serial no. "], \
        f"{_digits(r, 2)}{_caps(r, 2)}{_digits(r, 6)}"


def _vehicle(r: random.Random) -> tuple[str, str]:
    style = r.randrange(5)
    if style == 0:
        return r.choice(("plate", "tag #", "NC plate", "license plate")), f"{_caps(r, 3)}-{_digits(r, 4)}"
    if style == 1:
        vin = "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(8))
        return r.choice(("VIN", "VIN:", "vehicle VIN")), f"{r.choice('1234')}{_caps(r, 2)}{vin}{_digits(r, 6)}"
    if style == 2:
        return r.choice(("tail number", "aircraft N-number", "helicopter tail")), f"N{_digits(r, 3)}{_caps(r, 2)}"
    if style == 3:
        return r.choice(("Purple Heart plate", "veteran plate", "Disabled Veteran tag")), \
            f"{r.choice(('PH', 'DV', 'VET'))} {_digits(r, 4)}"
    return r.choice(("ambulance plate", "unit plate")), f"{_caps(r, 2)}{_digits(r, 5)}"


def _email(r: random.Random) -> str:
    f, last = r.choice(_FIRST).lower(), r.choice(_LAST).lower().replace("ñ", "n")
    m = r.choice("abcdeghjklmnprstw")
    style = r.randrange(5)
    if style == 0:
        return f"{f}.{m}.{last}.mil@army.mil"
    if style == 1:
        return f"{f}.{last}{r.randint(2, 9)}.mil@us.af.mil"
    if style == 2:
        return f"{f}.{last}@va.gov"
    if style == 3:
        return f"{f}{last[0]}{r.randint(70, 99)}@gmail.com"
    return f"{last}.{f}@usmc.mil"


def _url(r: random.Random) -> str:
    f, last = r.choice(_FIRST).lower(), r.choice(_LAST).lower().replace("ñ", "n").replace("'", "")
    style = r.randrange(5)
    if style == 0:
        return f"https://www.gofundme.com/f/help-{f}-{last}-recover"
    if style == 1:
        return f"https://www.caringbridge.org/visit/{f}{last}{r.randint(1, 99)}"
    if style == 2:
        return f"https://drive.google.com/file/d/1{_caps(r, 6)}{_digits(r, 5)}x{_caps(r, 4)}/view"
    if style == 3:
        return f"www.facebook.com/{f}.{last}.{r.randint(10, 999)}"
    return f"https://www.linkedin.com/in/{f}-{last}-{_digits(r, 4)}"


def _ip(r: random.Random) -> str:
    style = r.randrange(3)
    if style == 0:
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if style == 1:
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    return f"{r.choice((68, 71, 98, 104, 173, 199))}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def L(s: str) -> tuple[str, str]:  # noqa: N802 - a look-alike part
    return ("L", s)


def S(cat: str, s: str) -> tuple[str, str]:  # noqa: N802 - a labelled span part
    return (cat, s)


# --------------------------------------------------------------------------------------------------
# Look-alikes (never labelled)
# --------------------------------------------------------------------------------------------------
_TRICARE_PLANS = ("TRICARE Prime", "TRICARE Select", "TRICARE Reserve Select", "TRICARE For Life",
                  "TRICARE Prime Remote")
_VA_FORMS = ("VA Form 10-10EZ", "VA Form 21-526EZ", "VA Form 21-0781", "VA Form 10-7080", "VA Form 21-0966",
             "VA Form 10-2850c")
_DD_FORMS = ("DD Form 214", "DD Form 261", "DA Form 2173", "DA Form 3349", "DD Form 2795", "DD Form 2796",
             "AF Form 469", "NAVMED 6100/1")
_MOS = ("MOS 11B", "MOS 68W", "MOS 88M", "MOS 12B", "MOS 0311", "AFSC 3P0X1", "MOS 25B", "MOS 35F")
_UNITS = ("HHC, 1-87 IN", "B Co, 2-502 IN", "3rd Bn, 8th Marines", "192nd MP Bn", "A Btry, 1-5 FA",
          "528th Sustainment Bde", "1-118th FA (NCARNG)", "HSC 2-3 AVN", "4th MEU", "20th Engineer Bde",
          "Det 1, 145th AW")
_GRADES = ("E-4", "E-5", "E-6", "E-7", "O-3", "O-4", "W-2")
_CRISIS = ("Veterans Crisis Line: dial 988, press 1", "text 838255", "Military OneSource 1-800-342-9647",
           "TRICARE Nurse Advice Line 1-800-874-2273", "VA Caregiver Support Line 1-855-260-3274")
_PUBLIC_WEB = ("www.va.gov/communitycare", "https://www.tricare.mil", "www.veteranscrisisline.net",
               "www.militaryonesource.mil", "milConnect")
_PROGRAMS = ("MISSION Act", "PACT Act", "Community Care Network", "DEERS", "IDES", "PULHES", "Humana Military",
             "TriWest", "Optum Serve", "Joint Longitudinal Viewer", "MHS GENESIS", "AHLTA")
_EPONYMS = ("Glasgow Coma Scale", "Ottawa ankle rules", "Canadian CT Head Rule", "Salter-Harris", "Hill-Sachs",
            "Bankart", "Foley catheter", "Babinski", "Romberg", "Lachman", "McMurray", "Spurling", "Hoffmann sign",
            "Chiari I", "Kerley B lines", "Morison pouch", "Baker cyst", "Lisfranc", "Segond fracture",
            "Schmorl node", "Modic type 1", "Wells score", "Virchow triad", "Homans sign", "Jones fracture",
            "Tillaux", "Brugada", "Monteggia")
_BRANDS = ("Omnipaque 350", "Isovue-370", "Gadavist", "Keppra", "Lovenox", "Eliquis", "Zofran", "Toradol",
           "Narcan", "Seroquel", "Zoloft", "Xarelto", "Siemens SOMATOM Force", "GE Revolution CT", "Philips Ingenuity",
           "Aircast walking boot", "Stryker", "LifeVest", "Dexcom G7")

EPONYMS_AND_BRANDS = (_EPONYMS + _BRANDS + _TRICARE_PLANS + _VA_FORMS + _DD_FORMS + _MOS + _UNITS + _CRISIS
                      + _PUBLIC_WEB + _PROGRAMS)


def _rank(r: random.Random) -> str:
    return r.choice(_RANKS)


def _mil_time(r: random.Random) -> str:
    return f"{r.randint(0, 23):02d}{r.choice(('00', '15', '30', '45', '10', '52'))}"


def _age_under(r: random.Random) -> int:
    return r.randint(19, 88)


# --------------------------------------------------------------------------------------------------
# Plant templates: each returns one block holding exactly one labelled span
# --------------------------------------------------------------------------------------------------
def _p_person(r: random.Random, rad: bool) -> Block:
    n = _person(r)
    rk = _rank(r)
    common: list[Block] = [
        ["Dictated by: ", S("PERSON", n), ", MD\nTranscribed: ___ ", _mil_time(r)],
        ["Electronically signed by ", S("PERSON", n), r.choice((", DO", ", MD", ", PA-C", ", NP")), " on ___"],
        ["Accepting physician at the VA: Dr. ", S("PERSON", n), " (hospitalist)."],
    ]
    ds: list[Block] = [
        ["Unit commander notified: ", rk if r.random() < 0.5 else "CPT", " ", S("PERSON", n), " (", L(r.choice(_UNITS)),
         "), by phone at ", _mil_time(r), " hrs."],
        ["First sergeant ", S("PERSON", n), " called the unit floor; will relay to the rear detachment."],
        ["1SG: ", S("PERSON", n), "   | Cdr: ___   | Rear D NCOIC: ___"],
        ["Spouse at bedside (", S("PERSON", n), "), asking about ", L(r.choice(_TRICARE_PLANS)), " coverage."],
        ["VSO ", S("PERSON", n), " from the county office will help file ", L(r.choice(_VA_FORMS)), "."],
        ["Pt states his squad leader, ", rk, " ", S("PERSON", n), ", drove him to the ED after the ruck."],
        ["Sponsor: ", S("PERSON", n), " (", L(r.choice(_GRADES)), ", ", L(r.choice(_MOS)), ")"],
        ["ADDENDUM: Discussed with the case manager ", S("PERSON", n), " re: bed status."],
        ["PCM at the MTF: ", S("PERSON", n), r.choice((", MD", " (Capt, USAF)", ", FNP")), "."],
        ["Emergency contact -- mother, ", S("PERSON", n), ".  Phone on file."],
        ["per ", rk, " ", S("PERSON", n), " the LOD packet goes to the battalion S1 tomorrow"],
    ]
    rd: list[Block] = [
        ["Rad tech: ", S("PERSON", n), "    Reading resident: ___"],
        ["Findings discussed with ", S("PERSON", n), " by telephone at ", _mil_time(r), " hrs."],
        ["Ordering: ", rk, " ", S("PERSON", n), ", flight surgeon (outside MTF)"],
    ]
    return r.choice(common + (rd if rad else ds))


def _p_date(r: random.Random, rad: bool) -> Block:
    dob = _real_date(r, 1931, 2005)
    ev = _real_date(r, 2004, 2026)
    opts: list[Block] = [
        ["DOB: ", S("DATE_REAL_YEAR", dob), "   Sex: ", r.choice("MF")],
        ["Date of injury: ", S("DATE_REAL_YEAR", ev), " (IDT weekend drill, ", L(r.choice(_UNITS)), ")."],
        ["DD-214 block 12b (separation date): ", S("DATE_REAL_YEAR", ev)],
        ["ETS ", S("DATE_REAL_YEAR", _real_date(r, 2024, 2030)), "; pt worried the profile will delay it."],
        ["VA rating decision dated ", S("DATE_REAL_YEAR", ev), ", combined evaluation 70 percent."],
        ["Father (Korea-era veteran) died ", S("DATE_REAL_YEAR", _real_date(r, 1985, 2024)), " at the VA CLC."],
        ["Outside study dated ", S("DATE_REAL_YEAR", ev), " was reviewed for comparison."],
        ["Born ", S("DATE_REAL_YEAR", dob), " -- per the ", L(r.choice(_DD_FORMS)), " in the packet."],
        ["Last PHA ", S("DATE_REAL_YEAR", ev), " -- deployable at that time."],
        ["| Profile start | ", S("DATE_REAL_YEAR", ev), " | temporary, 90 days |"],
        ["Entered active duty ", S("DATE_REAL_YEAR", _real_date(r, 1966, 2022)), "."],
    ]
    if rad:
        opts = [opts[0], opts[6], ["Prior exam: ", S("DATE_REAL_YEAR", ev), " (outside MTF)."]]
    return r.choice(opts)


def _p_org(r: random.Random, rad: bool) -> Block:
    care = _org(r, "care")
    opts: list[Block] = [
        ["Transferred from ", S("ORGANIZATION", care), " for higher level of care."],
        ["Referring facility: ", S("ORGANIZATION", care)],
        ["Comparison images pushed from ", S("ORGANIZATION", care), " PACS."],
    ]
    if rad:
        opts.append(["Outside CT from ", S("ORGANIZATION", care), ", read by their radiologist."])
    else:
        opts += [
            ["Records requested from ", S("ORGANIZATION", care), " via ", L(r.choice(_PROGRAMS[9:])), "."],
            ["Follow-up: ", S("ORGANIZATION", care), ", appointment ___."],
            ["Accepting facility ........ ", S("ORGANIZATION", care)],
            ["Pt was seen last month at ", S("ORGANIZATION", care), " for the same complaint."],
            ["He is a member of ", S("ORGANIZATION", _org(r, "post")), " and a volunteer driver there."],
            ["Claim help: ", S("ORGANIZATION", _org(r, "post")), " (service officer on Tuesdays)."],
            ["Civilian employer: ", S("ORGANIZATION", _org(r, "employer")), " (USERRA letter requested)."],
            ["Meds to be filled at ", S("ORGANIZATION", _org(r, "pharmacy")), "; ", L(r.choice(_TRICARE_PLANS)),
             " copay explained."],
        ]
    return r.choice(opts)


def _p_location(r: random.Random, rad: bool) -> Block:
    opts: list[Block] = [
        ["Injury occurred during a field exercise at ", S("LOCATION", _location(r, "training")), "."],
        ["MEDEVAC from the ", S("LOCATION", _location(r, "base")), " range complex; en route ", _mil_time(r), " hrs."],
    ]
    if rad:
        opts.append(["History: rollover at ", S("LOCATION", _location(r, "base")), " training area."])
    else:
        opts += [
            ["Stationed at ", S("LOCATION", _location(r, "base")), "; lives off post with spouse."],
            ["Redeployed from ", S("LOCATION", _location(r, "abroad")), " ___ weeks ago."],
            ["Home of record: ", S("LOCATION", _location(r, "home"))],
            ["Pt lives in ", S("LOCATION", _location(r, "home")), ", about 70 miles from the nearest VA facility."],
            ["Drill site ........ ", S("LOCATION", _location(r, "training"))],
            ["Transport arranged to ", S("LOCATION", _location(r, "town")), " by family vehicle."],
        ]
    return r.choice(opts)


def _p_phone(r: random.Random, rad: bool) -> Block:
    if r.random() < 0.2:
        return [r.choice(("Unit staff duty (DSN) ", "Rear D: DSN ", "Clinic DSN: ")), S("PHONE", _dsn(r))]
    p = _phone(r)
    opts: list[Block] = [
        ["1SG cell: ", S("PHONE", p)],
        ["Spouse can be reached at ", S("PHONE", p), " (cell)."],
        ["Call-back # ", S("PHONE", p), "; do not use ", L(r.choice(_CRISIS[2:4])), " for results."],
        ["VSO office tel ", S("PHONE", p), "."],
        ["Tel: ", S("PHONE", p), "  |  Fax: ___"],
        ["Reading room phone ", S("PHONE", p), " for questions."],
        ["Home phone ", S("PHONE", p), "; crisis resources given (", L(r.choice(_CRISIS[:2])), ")."],
    ]
    if rad:
        opts = [opts[5], opts[4]]
    return r.choice(opts)


def _p_fax(r: random.Random, rad: bool) -> Block:
    p = _phone(r)
    return r.choice([
        ["Fax records to ", S("FAX", p), " attn: referral management."],
        ["Fax: ", S("FAX", p)],
        ["Community care office fax ", S("FAX", p), " (not ", L(r.choice(_CRISIS[3:])), ")."],
        ["F: ", S("FAX", p), "   P: ___"],
        ["faxed LOD packet to ", S("FAX", p), " at ", _mil_time(r)],
    ])


def _p_pager(r: random.Random, rad: bool) -> Block:
    short = (f"{r.randint(10000, 99999)}", f"{r.randint(2, 8)}-{r.randint(1000, 9999)}")
    p = _phone(r) if r.random() < 0.5 else r.choice(short)
    return r.choice([
        ["Page the trauma fellow at ", S("PAGER", p), " with questions."],
        ["pgr ", S("PAGER", p)],
        ["Pager: ", S("PAGER", p), " (on-call radiology)"],
        ["beeper #", S("PAGER", p), " after hours"],
        ["Call team pager ", S("PAGER", p), " if pt leaves AMA."],
    ])


def _p_email(r: random.Random, rad: bool) -> Block:
    e = _email(r)
    return r.choice([
        ["Unit POC email: ", S("EMAIL", e)],
        ["Send the LOD memo to ", S("EMAIL", e), " (encrypt, DoD SAFE)."],
        ["CC: ", S("EMAIL", e), "; ", L(r.choice(_PUBLIC_WEB[:2]))],
        ["Spouse prefers email -- ", S("EMAIL", e), "."],
        ["Results also sent to <", S("EMAIL", e), ">"],
        ["| VSO email | ", S("EMAIL", e), " |"],
    ])


def _p_url(r: random.Random, rad: bool) -> Block:
    u = _url(r)
    return r.choice([
        ["Family set up a fundraiser: ", S("URL", u), " (SW aware)."],
        ["DD-214 scan shared by the pt at ", S("URL", u)],
        ["Updates posted at ", S("URL", u), "; public info at ", L(r.choice(_PUBLIC_WEB[:4])), "."],
        ["Link provided by family: ", S("URL", u)],
        ["SW note: the wife's page (", S("URL", u), ") lists the ward; asked her to remove it."],
        ["| Family contact link | ", S("URL", u), " |"],
    ])


def _p_ip(r: random.Random, rad: bool) -> Block:
    ip = _ip(r)
    return r.choice([
        ["Images received via DICOM push from ", S("IP_ADDRESS", ip), " (outside MTF node)."],
        ["VVC session log: client IP ", S("IP_ADDRESS", ip), ", audio dropped twice."],
        ["[sys] upload from ", S("IP_ADDRESS", ip), " ok; PACS build 7.3.12"],
        ["Telehealth kiosk address ", S("IP_ADDRESS", ip), "."],
        ["Remote access log -- src=", S("IP_ADDRESS", ip), " user=___ action=view"],
    ])


def _p_ssn(r: random.Random, rad: bool) -> Block:
    s = _ssn(r)
    return r.choice([
        ["Sponsor SSN: ", S("SSN", s), "   DoD ID: ___"],
        ["SSN ", S("SSN", s), " (pt provided for the VA claim)"],
        ["Soc. Sec. No. ", S("SSN", s)],
        ["| SSN | ", S("SSN", s), " | EDIPI | ___ |"],
        ["last name / SSN: ___ / ", S("SSN", s)],
    ])


def _p_mrn(r: random.Random, rad: bool) -> Block:
    cue, v = _mrn(r)
    return r.choice([
        [cue, " ", S("MRN", v)],
        ["Patient identifiers: ", cue, " ", S("MRN", v), "; DoD ID ___"],
        ["(", cue, " ", S("MRN", v), ")"],
        [cue, ".......", S("MRN", v)],
    ])


def _p_account(r: random.Random, rad: bool) -> Block:
    cue, v = _account(r)
    return r.choice([
        [cue, " ", S("ACCOUNT", v)],
        ["Auth/claim tracking: ", cue, " ", S("ACCOUNT", v), "; ", L(r.choice(_TRICARE_PLANS)), "."],
        ["| ", cue, " | ", S("ACCOUNT", v), " | status: pending |"],
        ["Please reference ", cue, " ", S("ACCOUNT", v), " on all correspondence."],
        [cue, ": ", S("ACCOUNT", v), "   (", L(r.choice(_VA_FORMS)), " attached)"],
    ])


def _p_plan(r: random.Random, rad: bool) -> Block:
    cue, v = _plan(r)
    grp = f"Group {_digits(r, 6)}"
    if cue in ("Member ID", "Subscriber ID", "Policy #"):
        return r.choice([
            ["Secondary: civilian employer plan, ", cue, " ", S("HEALTH_PLAN", v), ", ", L(grp), "."],
            ["Other health insurance (OHI): ", cue, ": ", S("HEALTH_PLAN", v), "  ", L(grp)],
        ])
    if cue in ("DoD Benefits Number", "DBN", "TRICARE DBN"):
        return r.choice([
            ["Coverage: ", L(r.choice(_TRICARE_PLANS)), ", ", cue, " ", S("HEALTH_PLAN", v)],
            ["| ", cue, " | ", S("HEALTH_PLAN", v), " | verified in ", L("DEERS"), " |"],
        ])
    if cue in ("Medicare MBI", "MBI", "Medicare ID"):
        return r.choice([
            ["Primary Medicare (", cue, " ", S("HEALTH_PLAN", v), "), secondary ", L("TRICARE For Life"), "."],
            [cue, ": ", S("HEALTH_PLAN", v)],
        ])
    return r.choice([[cue, ": ", S("HEALTH_PLAN", v)], ["Insurance -- ", cue, " ", S("HEALTH_PLAN", v)]])


def _p_license(r: random.Random, rad: bool) -> Block:
    cue, v = _license(r)
    return r.choice([
        ["Attending ___, MD  ", cue, " ", S("LICENSE", v)],
        [cue, ": ", S("LICENSE", v)],
        ["Ordering provider ___ (", cue, " ", S("LICENSE", v), ")"],
        ["Signed: ___, flight surgeon; ", cue, " ", S("LICENSE", v)],
    ])


_ZIP_STATE = {"28": "NC", "27": "NC", "76": "TX", "78": "TX", "79": "TX", "42": "KY", "37": "TN", "13": "NY",
              "31": "GA", "30": "GA", "80": "CO", "66": "KS", "92": "CA", "98": "WA", "23": "VA", "36": "AL",
              "73": "OK", "71": "LA", "29": "SC", "58": "ND", "32": "FL", "88": "NM", "85": "AZ"}


def _p_zip(r: random.Random, rad: bool) -> Block:
    z = _zip(r)
    if z.startswith("09"):
        return r.choice([["Mailing: Unit ___ Box ___, APO AE ", S("ZIP", z)],
                         ["APO AE ", S("ZIP", z), " (forwarding address on file)"]])
    if z.startswith("96"):
        return [r.choice(("FPO AP ", "APO AP ")), S("ZIP", z)]
    st = _ZIP_STATE[z[:2]]
    return r.choice([
        ["Address: ___, ___, ", st, " ", S("ZIP", z)],
        ["ZIP ", S("ZIP", z), " -- outside the 30-minute drive-time standard."],
        ["___ ", st, "  ", S("ZIP", z)],
        ["Home ZIP code: ", S("ZIP", z), " (", st, ")"],
    ])


def _p_street(r: random.Random, rad: bool) -> Block:
    s = _street(r)
    return r.choice([
        ["Lives at ", S("STREET_ADDRESS", s), ", ___."],
        ["Address: ", S("STREET_ADDRESS", s), "\n___, ___ ___"],
        ["Barracks: ", S("STREET_ADDRESS", s), " (roommate checks on him)"],
        ["Mail DD-214 copy to ", S("STREET_ADDRESS", s), "."],
        ["| Address | ", S("STREET_ADDRESS", s), " |"],
    ])


def _p_age(r: random.Random, rad: bool) -> Block:
    a = str(r.randint(90, 104))
    return r.choice([
        [S("AGE_OVER_89", a), "-year-old WWII veteran from the VA CLC."],
        ["Pt is a ", S("AGE_OVER_89", a), " y/o Korean War veteran, ", L("TRICARE For Life"), "."],
        ["Age: ", S("AGE_OVER_89", a)],
        ["HISTORY: ", S("AGE_OVER_89", a), " year old man, veteran, fall at home."],
        ["Widow of a Marine, aged ", S("AGE_OVER_89", a), ", CHAMPVA beneficiary."],
    ])


def _p_device(r: random.Random, rad: bool) -> Block:
    lead, v = _device(r)
    return lead + [S("DEVICE_ID", v)] + [r.choice((".", " -- MRI conditional per card.", "", " (in chart)."))]


def _p_vehicle(r: random.Random, rad: bool) -> Block:
    cue, v = _vehicle(r)
    return r.choice([
        ["MVC on post, POV ", cue, " ", S("VEHICLE_ID", v), ", driver restrained."],
        ["Arrived by air, ", cue, " ", S("VEHICLE_ID", v), "."],
        ["Vehicle: ", cue, " ", S("VEHICLE_ID", v)],
        ["Parked in visitor lot ", cue, " ", S("VEHICLE_ID", v), " -- security notified."],
    ])


_PLANTERS: dict[str, Callable[[random.Random, bool], Block]] = {
    "PERSON": _p_person, "DATE_REAL_YEAR": _p_date, "ORGANIZATION": _p_org, "LOCATION": _p_location,
    "PHONE": _p_phone, "FAX": _p_fax, "PAGER": _p_pager, "EMAIL": _p_email, "URL": _p_url,
    "IP_ADDRESS": _p_ip, "SSN": _p_ssn, "MRN": _p_mrn, "ACCOUNT": _p_account, "HEALTH_PLAN": _p_plan,
    "LICENSE": _p_license, "ZIP": _p_zip, "STREET_ADDRESS": _p_street, "AGE_OVER_89": _p_age,
    "DEVICE_ID": _p_device, "VEHICLE_ID": _p_vehicle,
}
assert set(_PLANTERS) == set(CATEGORIES)


# --------------------------------------------------------------------------------------------------
# Clinical filler
# --------------------------------------------------------------------------------------------------
def _ds_header(r: random.Random, service: str) -> Block:
    allergy = r.choice(("No Known Allergies / Adverse Drug Reactions", "Penicillins", "sulfa (hives)",
                        "morphine (itching)", "shellfish / iodine"))
    return [f"Name:  ___                  Unit No:   ___\n\nAdmission Date:  ___              Discharge Date:   ___\n\n"
            f"Date of Birth:  ___             Sex:   {r.choice('MMMF')}\n\nService: {service}\n\n"
            f"Allergies:\n{allergy}\n\n"
            "Attending: ___."]


def _ad_line(r: random.Random) -> Block:
    return [f"___ year old active duty ___ ({r.choice(('Army', 'USMC', 'Air Force', 'Navy', 'Army National Guard'))}, ",
            L(r.choice(_GRADES)), ", ", L(r.choice(_MOS)), ", ", L(r.choice(_UNITS)), ")"]


def _meds(r: random.Random) -> Block:
    pool = [("Keppra", "500 mg PO BID x 7 days"), ("Lovenox", "40 mg SC daily while inpatient"),
            ("Zofran", "4 mg IV q8h PRN nausea"), ("Toradol", "15 mg IV q6h x 48h"), ("Eliquis", "5 mg PO BID"),
            ("Xarelto", "15 mg PO BID x 21 days"), ("Seroquel", "25 mg PO qHS PRN"), ("Zoloft", "50 mg PO daily"),
            ("Narcan", "4 mg nasal spray, dispensed")]
    r.shuffle(pool)
    anticoag = [p for p in pool if p[0] in ("Lovenox", "Eliquis", "Xarelto")]
    pool = [p for p in pool if p[0] not in ("Lovenox", "Eliquis", "Xarelto")] + anticoag[:1]
    r.shuffle(pool)
    out: Block = ["Discharge Medications:\n"]
    for k, (b, d) in enumerate(pool[: r.randint(3, 5)]):
        out += [f"{k + 1}. ", L(b), f" {d}\n"]
    k = len(out) // 3 + 1
    out += [f"{k}. acetaminophen 650 mg PO q6h PRN pain\n", f"{k + 1}. prazosin 1 mg PO qHS (nightmares)"]
    return out


_COURSES = (
    "Pt developed exertional rhabdomyolysis after a 12-mile ruck march in heat category 4. CK peaked at 48,210 on "
    "hospital day 2 and trended down with aggressive IV fluids (LR at 250 mL/h). Creatinine peaked 1.6 and returned "
    "to 1.0. No compartment syndrome; serial exams by ortho were benign.",
    "Admitted to the trauma service after a rollover of a tactical vehicle. FAST negative. Left distal radius "
    "fracture reduced and splinted in the ED; ORIF performed on hospital day 1 without complication. Pain controlled "
    "with scheduled acetaminophen and short course of oxycodone, bowel regimen given.",
    "Heat stroke during a field exercise: core temperature 41.2 C on arrival, cold-water immersion started by the "
    "medics and continued in the ED. Transient AST/ALT elevation, platelets nadir 98. Mental status normalised "
    "within 6 hours. Heat injury profile to follow per service regulation.",
    "Parachute landing fall with right tibial plateau fracture (Schatzker II). Underwent ORIF; TDWB RLE for 6 weeks. "
    "DVT prophylaxis with enoxaparin; PT cleared for crutches and stairs.",
    "Blast exposure on a demolition range with brief LOC. Glasgow Coma Scale 14 on arrival, 15 by hospital day 1. "
    "CT head negative. MACE 2 score 24/30 on day 1. Symptoms of headache and photophobia improved; TBI clinic "
    "follow-up and graduated return-to-duty protocol recommended.",
    "Admitted with chest pain after a PT test; troponin negative x3, ECG without Brugada pattern, TTE with normal EF "
    "(60%) and no HCM. Exercise stress test negative. Likely musculoskeletal.",
    "Veteran admitted with community-acquired pneumonia and COPD exacerbation; burn pit exposure history noted "
    "(eligible under the PACT Act screening). Treated with ceftriaxone/azithromycin then oral step-down, "
    "prednisone taper. Ambulatory saturation 91% on room air at discharge.",
    "Alcohol withdrawal managed with a symptom-triggered CIWA protocol; maximum score 18 on hospital day 2. "
    "Thiamine and folate given. Behavioral health consulted; PTSD symptoms and nightmares noted, started on "
    "prazosin. Pt agreed to the substance use program at his next duty station.",
)

_DISPO = (
    "Discharge Disposition:\nHome with Service\n\nDischarge Condition:\nMental Status: Clear and coherent.\n"
    "Level of Consciousness: Alert and interactive.\nActivity Status: Ambulatory - Independent.",
    "Discharge Disposition:\nHome\n\nDischarge Condition:\nMental Status: Clear and coherent.\n"
    "Level of Consciousness: Alert and interactive.\nActivity Status: Ambulatory - requires assistance or aid "
    "(walker or cane).",
    "Discharge Disposition:\nExtended Care\n\nFacility:\n___\n\nDischarge Condition:\nMental Status: Confused - "
    "sometimes.\nActivity Status: Out of Bed with assistance to chair or wheelchair.",
)


def _instructions(r: random.Random) -> Block:
    return ["Discharge Instructions:\nYou were admitted after ", r.choice(("a training injury", "a fall", "a crash",
                                                                          "heat illness", "a pneumonia")),
            ". Do not return to full duty until cleared. If you have thoughts of harming yourself call the ",
            L(_CRISIS[0]), " or ", L(_CRISIS[1]), " (", L(r.choice(_PUBLIC_WEB[2:4])), "). Questions after hours: ",
            L(_CRISIS[3]), "."]


def _followup(r: random.Random) -> Block:
    return ["Followup Instructions:\n___\nPCM at the MTF within 72 hours (", L(r.choice(_TRICARE_PLANS)),
            " referral on file). Bring this summary and the ", L(r.choice(_DD_FORMS)), "."]


def _pmh(r: random.Random) -> str:
    items = r.sample(["PTSD", "mTBI (___)", "tinnitus", "obstructive sleep apnea on CPAP", "lumbar DDD",
                      "right ACL reconstruction", "asthma (exercise induced)", "hyperlipidemia", "migraine",
                      "GERD", "depression", "bilateral pes planus"], 4)
    return "Past Medical History:\n" + "\n".join(f"- {x}" for x in items)


def _social(r: random.Random) -> Block:
    yrs = r.randint(2, 24)
    return ["Social History:\n", L(r.choice(("SSG", "SFC", "1SG", "GySgt", "HM2", "SrA"))), " with ", f"{yrs} years of "
            "service; deployments x", str(r.randint(1, 5)), " (", str(r.randint(2003, 2011)), ", ",
            str(r.randint(2012, 2021)), "). Tobacco: dip. EtOH: weekends. Lives with ___. DoD ID ___."]


def _exam(r: random.Random) -> str:
    return (f"Physical Exam:\nVS: T {r.choice(('98.1', '99.0', '100.4', '97.7'))} HR {r.randint(58, 118)} "
            f"BP {r.randint(100, 150)}/{r.randint(58, 92)} RR {r.randint(12, 24)} SpO2 {r.randint(92, 100)}% RA\n"
            "Gen: NAD, fit-appearing\nHEENT: PERRL, EOMI\nNeuro: A&Ox3, Romberg negative, no Babinski, Hoffmann sign "
            "absent, strength 5/5 throughout\nMSK: McMurray negative bilaterally\nExt: warm, no edema")


def _labs(r: random.Random) -> str:
    return (f"Pertinent Results:\n___ {_mil_time(r)} BLOOD WBC-{r.randint(4, 16)}.{r.randint(0, 9)} "
            f"Hgb-{r.randint(9, 16)}.{r.randint(0, 9)} Plt-{r.randint(98, 420)}\n"
            f"___ {_mil_time(r)} BLOOD Glucose-{r.randint(72, 180)} UreaN-{r.randint(8, 30)} "
            f"Creat-{r.randint(6, 18) / 10} Na-{r.randint(132, 146)} K-{r.randint(33, 52) / 10} "
            f"CK(CPK)-{r.randint(180, 52000)}")


def _heavy_block(r: random.Random) -> str:
    rows = ["Patient identifiers (DEERS verification):",
            "Name: ___   DoD ID: ___   DBN: ___   Sponsor: ___",
            "Sponsor SSN: ___   Rank/grade: ___   Unit: ___",
            "Home address: ___, ___, ___ ___",
            "Phone: ___   Alt: ___   Email: ___",
            "Emergency contact: ___ (___), phone ___",
            "Unit commander: ___   1SG: ___   DSN ___",
            "PCM: ___ at ___   Fax ___",
            "VA ICN: ___   Claim no.: ___   VSO: ___",
            "Referral #: ___   Auth #: ___   Encounter: ___",
            "DOB: ___   Date of injury: ___   ETS: ___"]
    return "\n".join(rows)


# --------------------------------------------------------------------------------------------------
# Document builders: (blocks, optional extra blocks)
# --------------------------------------------------------------------------------------------------
Built = tuple[list[Block], list[Block]]


def _b_ad_discharge(r: random.Random) -> Built:
    service = r.choice(("ORTHOPAEDICS", "MEDICINE", "TRAUMA SURGERY", "NEUROSURGERY"))
    cc = r.choice(("exertional rhabdomyolysis", "left wrist injury after vehicle rollover", "heat stroke",
                   "right knee injury, parachute landing", "headache after blast exposure", "chest pain after PT"))
    blocks: list[Block] = [
        _ds_header(r, service),
        [f"Chief Complaint:\n{cc}\n\nMajor Surgical or Invasive Procedure:\n"
         f"{r.choice(('none', 'ORIF left distal radius', 'ORIF right tibial plateau', 'none'))}"],
        ["History of Present Illness:\n"] + _ad_line(r) + [
            f" brought in by unit medics at {_mil_time(r)} hrs. ", r.choice(_COURSES[:6]).split(". ")[0] + "."],
        [_pmh(r)], _social(r), [_exam(r)], [_labs(r)],
        ["Brief Hospital Course:\n", r.choice(_COURSES[:6])],
        _meds(r), [r.choice(_DISPO)], _instructions(r), _followup(r),
    ]
    extra: list[Block] = [
        ["Duty status: temporary profile (", L("DA Form 3349"), ") for 30 days; no run, no ruck, no weapons ",
         "qualification. Command notified per hospital policy for active duty admissions."],
        ["Family History:\nFather with CAD at 58. Mother with type 2 diabetes."],
        ["Prior history: anterior shoulder dislocation during combatives with ", L("Hill-Sachs"), " and ",
         L("Bankart"), " lesions, repaired; ", L("Stryker"), " anchors seen on the prior films."],
        ["Imaging: CT head negative per ", L("Canadian CT Head Rule"), " workup; knee exam with negative ",
         L("Lachman"), " on the contralateral side."],
    ]
    return blocks, extra


def _b_tricare_auth(r: random.Random) -> Built:
    plan = r.choice(_TRICARE_PLANS)
    blocks: list[Block] = [
        _ds_header(r, r.choice(("MEDICINE", "SURGERY", "ORTHOPAEDICS"))),
        ["Case Management -- TRICARE notification\n\nBeneficiary category: ", r.choice(("ADSM", "ADFM", "retiree",
                                                                                         "NGR on orders")),
         "\nPlan: ", L(plan), "\nRegional contractor: ", L(r.choice(("Humana Military", "TriWest"))),
         "\nNotification of inpatient admission submitted within 24 hours of the ___ admission."],
        ["Utilization review: InterQual criteria met for acute inpatient level of care on day 1 and day 2. "
         "Continued-stay review sent ___. Concurrent review due every 72 hours. Non-availability statement "
         "not required. ", L("DEERS"), " eligibility verified; DoD ID ___ (masked)."],
        ["| Item | Status |\n|---|---|\n| Inpatient notification | submitted " + _mil_time(r) + " hrs |\n"
         "| Referral from PCM | on file |\n| Sponsor DEERS update | via milConnect |\n"
         "| Post-acute SNF auth | pending |\n| DME (rolling walker) | approved |"],
        ["Discharge planning: pt to follow up with the PCM; network specialist referral needed for ortho. "
         "Pharmacy: TRICARE retail network or home delivery; 90-day supply for maintenance meds."],
        _instructions(r), _followup(r),
    ]
    extra: list[Block] = [["Brief Hospital Course:\n", r.choice(_COURSES)], [_labs(r)], _meds(r)]
    return blocks, extra


def _b_lod(r: random.Random) -> Built:
    blocks: list[Block] = [
        _ds_header(r, r.choice(("ORTHOPAEDICS", "MEDICINE", "TRAUMA SURGERY"))),
        ["Line of Duty documentation (", L("DA Form 2173"), " / ", L("DD Form 261"), ")\n\n"
         "Member status: ", r.choice(("drilling reservist, IDT weekend", "Army National Guard on AT orders",
                                      "Title 10 orders", "Title 32 orders", "USAR, en route to drill")),
         "\nUnit: ", L(r.choice(_UNITS)), "\nDuty status at time of injury: present for duty"],
        ["Mechanism: ", r.choice(("fell from a vehicle tailgate while loading gear", "rolled ankle on the obstacle "
                                  "course", "crushed hand in a howitzer breech", "heat illness during ruck",
                                  "MVC while traveling directly to drill")),
         f" at approximately {_mil_time(r)} hrs. Blood alcohol: not detected. Urine drug screen negative. "
         "No evidence of misconduct or gross negligence."],
        ["Medical opinion: injury incurred in line of duty -- Yes (informal). Command to complete the "
         "investigating officer section if required. Incapacitation pay / medical continuation may apply."],
        ["Brief Hospital Course:\n", r.choice(_COURSES[:5])],
        [_exam(r)], _followup(r),
    ]
    extra: list[Block] = [[_pmh(r)], _meds(r), [r.choice(_DISPO)]]
    return blocks, extra


def _b_command(r: random.Random) -> Built:
    blocks: list[Block] = [
        _ds_header(r, r.choice(("MEDICINE", "PSYCHIATRY", "TRAUMA SURGERY"))),
        ["Social Work -- Command notification\n\nPt is an active duty member (", L(r.choice(_GRADES)), ", ",
         L(r.choice(_MOS)), "). Per ", L("DoDI 6490.08"), ", command notification is limited to the minimum "
         "necessary. Pt consented to notification of the unit commander and first sergeant."],
        [f"At {_mil_time(r)} hrs SW spoke with the company commander (___) and the first sergeant (___). "
         "Command informed of admission, expected length of stay 3-5 days and duty limitations. No diagnosis "
         "details disclosed beyond duty impact. Rear detachment will bring uniform and ID card."],
        ["Safety: pt denies SI/HI. Crisis resources reviewed: ", L(_CRISIS[0]), "; ", L(_CRISIS[2]), ". "
         "Unit to arrange a sponsor for transport; no POV driving for 2 weeks."],
        ["Family: spouse deployed; children with grandparents. Family readiness group contacted with pt consent."],
        ["Brief Hospital Course:\n", r.choice(_COURSES[4:])],
        _followup(r),
    ]
    extra: list[Block] = [[_pmh(r)], _social(r), _meds(r)]
    return blocks, extra


def _b_meb(r: random.Random) -> Built:
    blocks: list[Block] = [
        _ds_header(r, r.choice(("ORTHOPAEDICS", "NEUROLOGY", "MEDICINE"))),
        ["Profile / MEB documentation\n\n", L("PULHES"), f": 1 {r.randint(1, 3)} {r.randint(1, 3)} 1 1 "
         f"{r.randint(1, 3)}\nProfile: ", r.choice(("temporary (T3), 90 days", "permanent P3 (L)",
                                                     "temporary T2, 30 days")),
         "\nForm: ", L("DA Form 3349"), "\nMOS retention review: ", r.choice(("initiated", "not indicated yet"))],
        ["Functional limitations: no running, no jumping, no ruck over 25 lb, may walk at own pace and distance, "
         "no wear of body armor > 2 h. Cannot perform the ACFT events (plank alternate allowed)."],
        ["Referral into ", L("IDES"), " recommended if not expected to meet retention standards within 12 months. "
         "Narrative summary (NARSUM) to be drafted by the MTF provider; ", L("VA Form 21-0781"),
         " may be filed for the PTSD claim."],
        ["Brief Hospital Course:\n", r.choice(_COURSES)],
        [_exam(r)], _followup(r),
    ]
    extra: list[Block] = [[_pmh(r)], [_labs(r)], ["MRI lumbar spine: L4-5 disc protrusion with ", L("Modic type 1"),
                                                  " endplate change; see radiology."]]
    return blocks, extra


def _b_va_cc(r: random.Random) -> Built:
    blocks: list[Block] = [
        _ds_header(r, r.choice(("MEDICINE", "CARDIOLOGY", "ORTHOPAEDICS", "UROLOGY"))),
        ["VA Community Care -- referral and authorization\n\nEligibility: ", r.choice((
            "drive time > 30 minutes (primary care)", "wait time > 28 days (specialty)", "best medical interest",
            "service not available at the VA facility")), " under the ", L("MISSION Act"), ".\nNetwork: ",
         L("Community Care Network"), " (", L(r.choice(("Optum Serve", "TriWest"))), ")."],
        ["Emergency notification: the VA was notified within 72 hours of the ED presentation through the "
         "emergency care reporting portal. Episode of care: ", r.choice(("cardiology consult and treatment",
                                                                         "orthopaedic surgery", "urology")),
         f", {r.randint(2, 8)} visits authorized for 180 days. ", L("VA Form 10-7080"), " on file."],
        ["Service-connected conditions: tinnitus 10%, lumbosacral strain 20%, PTSD 50% (awarded ",
         str(r.randint(2009, 2023)), "). Copay exempt for SC care."],
        ["Brief Hospital Course:\n", r.choice(_COURSES[5:])],
        _meds(r), _instructions(r), _followup(r),
    ]
    extra: list[Block] = [[_pmh(r)], [_labs(r)], ["Public info for the veteran: ", L("www.va.gov/communitycare"),
                                                  "; enrollment via ", L("VA Form 10-10EZ"), "."]]
    return blocks, extra


def _b_va_transfer(r: random.Random) -> Built:
    blocks: list[Block] = [
        _ds_header(r, r.choice(("MEDICINE", "NEUROLOGY", "PSYCHIATRY"))),
        ["Transfer Summary\n\nReason for transfer: veteran requests care in the VA system; accepted by the VA "
         "transfer coordinator. Bed assigned ___. Transport: BLS ambulance, departing approx. ",
         _mil_time(r), " hrs."],
        [f"Veteran, served {r.randint(3, 22)} years (", r.choice(("Army", "USMC", "Navy", "Air Force")), ", ",
         L(r.choice(_MOS)), "), combat deployments x", str(r.randint(1, 4)), ". Presented with ",
         r.choice(("syncope", "new atrial fibrillation", "pneumonia", "alcohol withdrawal", "suicidal ideation, "
                   "voluntary")), ". Hemodynamically stable for transfer."],
        ["Brief Hospital Course:\n", r.choice(_COURSES[5:])],
        ["Pending at transfer: blood cultures x2 (no growth to date), TSH. Code status: full. Records and imaging "
         "sent on disc and via ", L("Joint Longitudinal Viewer"), "."],
        _meds(r), [r.choice(_DISPO)],
    ]
    extra: list[Block] = [[_pmh(r)], [_exam(r)], [_labs(r)]]
    return blocks, extra


def _b_vso(r: random.Random) -> Built:
    blocks: list[Block] = [
        _ds_header(r, r.choice(("MEDICINE", "PSYCHIATRY", "GERIATRICS"))),
        ["Social Work -- veterans' benefits\n\nVeteran requested help with a disability claim. A veterans' service "
         "officer from the county office will meet him after discharge. Pt brought a copy of his ",
         L("DD Form 214"), " (character of service: honorable; masked service number ___)."],
        ["Current rating letter: combined ", str(r.choice((30, 40, 50, 60, 70, 80, 90, 100))),
         " percent; ", r.choice(("P&T status pending", "not permanent and total", "TDIU claim discussed")),
         ". Intent to file (", L("VA Form 21-0966"), ") submitted; ", L("VA Form 21-526EZ"),
         " to follow with the PACT Act toxic-exposure questions."],
        ["Caregiver: spouse, eligible for the caregiver program; ", L(_CRISIS[4]), " given."],
        ["Brief Hospital Course:\n", r.choice(_COURSES[6:])],
        _instructions(r), _followup(r),
    ]
    extra: list[Block] = [[_pmh(r)], _meds(r), [r.choice(_DISPO)]]
    return blocks, extra


def _b_mtf(r: random.Random) -> Built:
    blocks: list[Block] = [
        _ds_header(r, r.choice(("MEDICINE", "ORTHOPAEDICS", "NEUROSURGERY"))),
        ["Outside records review (military treatment facility)\n\nSource: ", L(r.choice(("MHS GENESIS", "AHLTA"))),
         " printout and ", L("Joint Longitudinal Viewer"), ". Immunizations current (anthrax series, smallpox, "
         "influenza). Last PHA: ___. Deployment health assessments (", L("DD Form 2795"), ", ",
         L("DD Form 2796"), ") on file."],
        ["Prior problems: mTBI x2 (___), lumbar strain, tinnitus. Audiogram with H2 profile. Prior imaging: MRI "
         "L-spine ___ with disc bulge at L4-5. Prior labs: HbA1c 5.4%, LDL 128."],
        ["| Record | Date | Source |\n|---|---|---|\n| TBI screen (MACE 2) | ___ | BAS |\n| Audiogram | ___ | MTF |\n"
         "| Sleep study | ___ | network |"],
        ["Brief Hospital Course:\n", r.choice(_COURSES)],
        [_exam(r)], _followup(r),
    ]
    extra: list[Block] = [[_pmh(r)], _meds(r), [_labs(r)]]
    return blocks, extra


def _generic_ds(r: random.Random) -> list[Block]:
    return [
        ["Review of Systems:\nPositive for fatigue and poor sleep. Negative for fevers, chest pain, hematochezia. "
         "All other systems reviewed and negative."],
        [f"Code status: Full code (confirmed with patient). Diet: regular, encourage fluids {r.randint(2, 4)} L/day. "
         "Activity: as tolerated with the restrictions above."],
        ["Nutrition: BMI ", f"{r.randint(21, 34)}.{r.randint(0, 9)}", ". Body composition standards discussed; "
         "dietitian handout provided."],
        ["Behavioral health screen: PHQ-9 ", str(r.randint(0, 19)), ", PC-PTSD-5 ", str(r.randint(0, 5)),
         ", AUDIT-C ", str(r.randint(0, 9)), ". Lethal means counseling completed (firearms stored at the unit "
         "arms room / gun lock provided)."],
        [f"Transitional issues:\n- repeat BMP in {r.randint(3, 7)} days\n- confirm profile paperwork reached "
         "the unit\n- hearing conservation follow-up\n- consider sleep study if snoring persists"],
        ["Family History:\nNo premature CAD. Grandfather with ", L("Wolff-Parkinson-White"),
         "-type preexcitation, otherwise noncontributory."],
        ["Devices: ", L(r.choice(("Dexcom G7", "LifeVest"))), " removed and returned to the family before imaging; "
         "no implanted devices."],
    ]


def _generic_rad(r: random.Random) -> list[Block]:
    return [
        [f"Radiation dose: CTDIvol {r.randint(8, 60)}.{r.randint(0, 9)} mGy. Dose-reduction techniques (automated "
         "exposure control, iterative reconstruction) were used."],
        ["Clinical information provided by the ordering provider was limited; the patient reports a prior "
         "deployment-related injury. Correlate with the outside records when available."],
        ["Technologist note: patient tolerated the exam well. Metal screening completed; shrapnel history "
         "reviewed with the radiologist before the exam. No jewelry or body armor inserts."],
        ["Structured findings code: ACR category 2 (benign). Recommendation tracking: none required."],
        ["Results were released to the ordering service and will be available to the MTF through the "
         "health information exchange. Images are retained per policy."],
    ]


def _rad_tail(r: random.Random) -> Block:
    return [f"NOTE: critical result communicated by the radiologist to ___ at {_mil_time(r)} hrs, "
            "read back confirmed."]


def _rad_contrast(r: random.Random) -> Block:
    agent = r.choice(("Omnipaque 350", "Isovue-370"))
    exp = f"{r.randint(1, 12):02d}/{r.randint(1, 28):02d}/{r.randint(2026, 2028)}"
    lot = f"{_caps(r, 2)}{_digits(r, 5)}"
    return [f"TECHNIQUE: Helical CT after {r.randint(80, 120)} mL IV ", L(agent), f" (lot {lot}, ",
            L(f"exp {exp}"), f"). DLP {r.randint(400, 1900)} mGy-cm. Scanner: ",
            L(r.choice(("Siemens SOMATOM Force", "GE Revolution CT", "Philips Ingenuity"))), "."]


def _b_rad_ct_head(r: random.Random) -> Built:
    blocks: list[Block] = [
        ["EXAMINATION:  CT HEAD W/O CONTRAST Q111 CT HEAD"],
        ["INDICATION:  ___ year old ", r.choice(("man", "woman")), " active duty with ",
         r.choice(("blast exposure on range, brief LOC", "fall from a vehicle, headache", "MVC on post, amnesia")),
         "; ", L("Canadian CT Head Rule"), " positive. Evaluate for hemorrhage."],
        [f"TECHNIQUE:  Contiguous axial images of the brain without contrast. Total DLP {r.randint(700, 1200)} "
         "mGy-cm. Scanner: ", L(r.choice(("Siemens SOMATOM Force", "GE Revolution CT"))), "."],
        ["COMPARISON:  ___."],
        ["FINDINGS:\n\nThere is no evidence of acute intracranial hemorrhage, edema, mass effect or acute large "
         "territorial infarction. The ventricles and sulci are normal in size and configuration for age. "
         "Gray-white matter differentiation is preserved. No extra-axial collection.\n\nThe visualized paranasal "
         "sinuses, mastoid air cells and middle ear cavities are clear. There is no calvarial fracture. "
         "Small left frontal scalp hematoma. Orbits unremarkable. Cerebellar tonsils at the foramen magnum, no ",
         L("Chiari I"), " malformation."],
        ["IMPRESSION:\n\n1. No acute intracranial abnormality.\n2. Small left frontal scalp hematoma without "
         "underlying fracture.\n3. If symptoms persist, MRI brain with SWI may be considered per TBI pathway."],
    ]
    extra: list[Block] = [_rad_tail(r), ["Clinical decision support: ", L("Glasgow Coma Scale"), " 14 reported by "
                                         "EMS at ", _mil_time(r), " hrs."]]
    return blocks, extra


def _b_rad_cxr(r: random.Random) -> Built:
    blocks: list[Block] = [
        ["EXAMINATION:  CHEST (PA AND LAT)" if r.random() < 0.5 else "EXAMINATION:  CHEST (PORTABLE AP)"],
        ["INDICATION:  ___ year old ", r.choice(("veteran", "service member", "reservist")), " with ",
         r.choice(("cough and fever, burn pit exposure history", "chest pain after PT test",
                   "hypoxia after blast exposure", "dyspnea after long flight home")), ". Evaluate for pneumonia."],
        ["TECHNIQUE:  Chest PA and lateral.\n\nCOMPARISON:  Outside radiograph dated ", L(_shifted(r)), "."],
        ["FINDINGS:\n\nThe lungs are well expanded. There is ", r.choice(("a right lower lobe consolidation",
                                                                          "no focal consolidation",
                                                                          "mild bibasilar atelectasis")),
         ". No pleural effusion or pneumothorax. No ", L("Kerley B lines"), ". The cardiomediastinal "
         "silhouette is within normal limits. Hilar contours are normal. There are no acute osseous "
         "abnormalities; old healed left clavicle fracture. Support devices: none. Surgical clips in the right "
         "upper quadrant."],
        ["IMPRESSION:\n\nFindings as above. Recommend follow-up radiograph in 6-8 weeks after treatment to document "
         "resolution, especially given deployment-related exposure history (PACT Act screening)."],
    ]
    extra: list[Block] = [_rad_tail(r), ["Addendum: the lateral view was repeated due to motion. "
                                         "Findings unchanged. Dose within reference levels."],
                          ["Deployment exposure questionnaire reviewed; no change to the interpretation."]]
    return blocks, extra


def _b_rad_mri_lspine(r: random.Random) -> Built:
    blocks: list[Block] = [
        ["EXAMINATION:  MRI LUMBAR SPINE W/O CONTRAST"],
        ["INDICATION:  ___ year old soldier with chronic low back pain and right L5 radiculopathy, on temporary "
         "profile (", L("DA Form 3349"), "); imaging requested for the medical evaluation board. ",
         L("Spurling"), " negative; straight leg raise positive on the right."],
        ["TECHNIQUE:  Sagittal T1, T2 and STIR; axial T2 from L1 to S1. 1.5 T. No ", L("Gadavist"),
         " given.\n\nCOMPARISON:  Radiographs ___."],
        ["FINDINGS:\n\nAlignment is normal. Vertebral body heights are preserved. ", L("Schmorl node"),
         " at the L2 superior endplate. ", L("Modic type 1"), " endplate change at L4-5.\n\n"
         "L3-4: Mild disc bulge, no stenosis.\nL4-5: Right paracentral disc protrusion contacting the "
         "traversing right L5 nerve root; mild right lateral recess narrowing. Mild facet arthropathy.\n"
         "L5-S1: Small annular fissure, no neural impingement.\n\nThe conus terminates at L1 and is normal in "
         "signal. Paraspinal musculature unremarkable."],
        ["IMPRESSION:\n\n1. L4-5 right paracentral disc protrusion contacting the right L5 nerve root.\n"
         "2. Mild degenerative changes elsewhere as above."],
    ]
    extra: list[Block] = [["Prepared for the ", L("IDES"), " packet at the request of the MTF; report released to the "
                           "patient portal."], _rad_tail(r)]
    return blocks, extra


def _b_rad_outside(r: random.Random) -> Built:
    blocks: list[Block] = [
        ["EXAMINATION:  OUTSIDE FILMS SECOND READ -- CT " + r.choice(("CHEST", "ABDOMEN/PELVIS", "CERVICAL SPINE"))],
        ["INDICATION:  Second interpretation of an outside study performed at a military treatment facility prior to "
         "transfer. ___ year old with trauma while deployed; strategic aeromedical evacuation (outside report "
         "unavailable)."],
        ["TECHNIQUE:  Outside DICOM images uploaded to PACS. Image quality adequate. Dates on the outside images "
         "are ", L(_shifted(r)), ".\n\nCOMPARISON:  None available locally."],
        ["FINDINGS:\n\nHealing fractures of the right 5th through 7th ribs laterally with callus. Small residual "
         "right hemothorax, decreased from the prior outside exam. No pneumothorax. Retained metallic fragments in "
         "the right posterior chest wall soft tissues, stable. Heart size normal. No pericardial effusion.\n\n"
         "Limited upper abdomen: Liver laceration (segment 6) healing, no active extravasation on these images. "
         "Spleen intact."],
        ["IMPRESSION:\n\n1. Healing right rib fractures and small residual hemothorax.\n2. Retained fragments, "
         "stable. MRI safety screening required before any MRI.\n3. Agree with the outside preliminary read."],
    ]
    extra: list[Block] = [["Note: outside measurements were recalibrated; differences < 2 mm are not significant."],
                          _rad_tail(r)]
    return blocks, extra


def _b_rad_ct_trauma(r: random.Random) -> Built:
    blocks: list[Block] = [
        ["EXAMINATION:  CT TORSO WITH CONTRAST (TRAUMA PROTOCOL)"],
        ["INDICATION:  ___ year old ", r.choice(("male", "female")), " s/p ",
         r.choice(("tactical vehicle rollover", "fall from a rappel tower", "MVC, restrained driver",
                   "parachute malfunction")), ". FAST negative. Evaluate for injury."],
        _rad_contrast(r),
        ["COMPARISON:  None.\n\nFINDINGS:\n\nCHEST: No pneumothorax. Small right pulmonary contusion. No aortic "
         "injury. No mediastinal hematoma.\n\nABDOMEN: Grade II splenic laceration without active extravasation. "
         "Small perisplenic hematoma. Trace fluid in ", L("Morison pouch"), ". Liver, pancreas, kidneys and "
         "adrenals intact. Bowel without wall thickening or free air.\n\nPELVIS: No free fluid in the pelvis. "
         "Bladder intact with ", L("Foley catheter"), " in place.\n\nBONES: Nondisplaced left L2 transverse "
         "process fracture. No pelvic ring disruption."],
        ["IMPRESSION:\n\n1. Grade II splenic laceration, no active bleeding.\n2. Right pulmonary contusion.\n"
         "3. Left L2 transverse process fracture."],
    ]
    extra: list[Block] = [_rad_tail(r), ["Preliminary read provided by the night radiologist; no discrepancy with "
                                         "the final report."]]
    return blocks, extra


def _b_rad_xr_stress(r: random.Random) -> Built:
    site = r.choice(("RIGHT FOOT", "LEFT FOOT", "LEFT TIBIA/FIBULA", "RIGHT TIBIA/FIBULA"))
    blocks: list[Block] = [
        [f"EXAMINATION:  {site} (3 VIEWS)"],
        ["INDICATION:  ___ year old trainee, week ", str(r.randint(3, 9)), " of basic combat training, with "
         "activity-related pain after road marches. Evaluate for stress fracture. ", L("Ottawa ankle rules"),
         " negative."],
        ["COMPARISON:  None.\n\nFINDINGS:\n\nThere is faint periosteal reaction along the ",
         r.choice(("second metatarsal shaft", "posteromedial tibial diaphysis", "third metatarsal neck")),
         " without a discrete fracture line. No ", L("Jones fracture"), " of the fifth metatarsal base. "
         "No ", L("Lisfranc"), " malalignment. Joint spaces preserved. Soft tissues unremarkable. "
         "Bone mineralization normal. Accessory navicular incidentally noted. Growth plates closed."],
        ["IMPRESSION:\n\nEarly stress reaction suspected. If clinically indicated, MRI is more sensitive. "
         "Protected weight bearing in an ", L("Aircast walking boot"), " per the clinic."],
    ]
    extra: list[Block] = [["Note: the trainee's drill sergeant was not present during the exam; chaperone offered."],
                          _rad_tail(r), ["Calcaneal pitch normal. No ", L("Salter-Harris"),
                                         " injury (skeletally mature)."],
                          ["Proximal tibia partially included: no ", L("Segond fracture"), ", no ", L("Tillaux"),
                           " or ", L("Monteggia"), "-type pattern to suggest an occult injury elsewhere."]]
    return blocks, extra


def _b_rad_us_duplex(r: random.Random) -> Built:
    side = r.choice(("LEFT", "RIGHT", "BILATERAL"))
    blocks: list[Block] = [
        [f"EXAMINATION:  VENOUS DUPLEX {side} LOWER EXTREMITY"],
        ["INDICATION:  ___ year old returning from deployment (", str(r.randint(14, 22)), " hour military charter "
         "flight) with calf swelling. ", L("Wells score"), " ", str(r.randint(1, 4)), ". Evaluate for DVT. ",
         L("Homans sign"), " equivocal."],
        ["TECHNIQUE:  Grayscale, color and spectral Doppler of the deep veins from the common femoral to the "
         "popliteal and calf veins.\n\nCOMPARISON:  None."],
        ["FINDINGS:\n\nThere is ", r.choice(("occlusive thrombus in the left popliteal and posterior tibial veins",
                                             "normal compressibility of all deep veins",
                                             "non-occlusive thrombus in the right femoral vein")),
         ". Normal phasic flow in the common femoral veins bilaterally. A ", L("Baker cyst"), " measuring "
         f"{r.randint(2, 5)}.{r.randint(0, 9)} cm is noted. Superficial veins unremarkable. No "
         "subcutaneous edema."],
        ["IMPRESSION:\n\nFindings as above. Anticoagulation per the clinical team (",
         L(r.choice(("Eliquis", "Xarelto"))),
         " discussed). Deployment-related risk factors noted (", L("Virchow triad"), ")."],
    ]
    extra: list[Block] = [_rad_tail(r), ["Ultrasound unit: asset on file. Sonographer ___ (RDMS)."]]
    return blocks, extra


DOCUMENT_KINDS = (
    "ad_discharge", "tricare_auth", "lod_memo", "command_notify", "meb_profile", "va_cc_referral", "va_transfer",
    "vso_rating", "mtf_records",
    "rad_ct_head", "rad_cxr", "rad_mri_lspine", "rad_outside_read", "rad_ct_trauma", "rad_xr_stress", "rad_us_duplex",
)
_KINDS: dict[str, tuple[str, Callable[[random.Random], Built]]] = {
    "ad_discharge": ("discharge", _b_ad_discharge), "tricare_auth": ("discharge", _b_tricare_auth),
    "lod_memo": ("discharge", _b_lod), "command_notify": ("discharge", _b_command),
    "meb_profile": ("discharge", _b_meb), "va_cc_referral": ("discharge", _b_va_cc),
    "va_transfer": ("discharge", _b_va_transfer), "vso_rating": ("discharge", _b_vso),
    "mtf_records": ("discharge", _b_mtf),
    "rad_ct_head": ("radiology", _b_rad_ct_head), "rad_cxr": ("radiology", _b_rad_cxr),
    "rad_mri_lspine": ("radiology", _b_rad_mri_lspine), "rad_outside_read": ("radiology", _b_rad_outside),
    "rad_ct_trauma": ("radiology", _b_rad_ct_trauma), "rad_xr_stress": ("radiology", _b_rad_xr_stress),
    "rad_us_duplex": ("radiology", _b_rad_us_duplex),
}
_RAD_KINDS = tuple(k for k in DOCUMENT_KINDS if _KINDS[k][0] == "radiology")
_DS_KINDS = tuple(k for k in DOCUMENT_KINDS if _KINDS[k][0] == "discharge")
_RAD_SHARE = 0.45


def document_kind(seed: int, i: int) -> str:
    u = _frac((i + 1) * _A_KIND + seed * 0.1415926535897932)
    if u < _RAD_SHARE:
        return _RAD_KINDS[int(u / _RAD_SHARE * len(_RAD_KINDS))]
    return _DS_KINDS[int((u - _RAD_SHARE) / (1 - _RAD_SHARE) * len(_DS_KINDS))]


def _blen(b: Block) -> int:
    return sum(len(p) if isinstance(p, str) else len(p[1]) for p in b)


def _build(seed: int, i: int) -> tuple[LabelledNote, list[str], str]:
    r = random.Random(f"h69:{seed}:{i}")
    kind = document_kind(seed, i)
    note_type, builder = _KINDS[kind]
    rad = note_type == "radiology"
    heavy = _is_heavy(i)
    blocks, extra = builder(r)
    n = _n_spans(seed, i)
    plants = [_PLANTERS[_category(seed, i, j)](r, rad) for j in range(n)]
    for p in plants:
        blocks.insert(r.randint(1, len(blocks)), p)
    if heavy:
        blocks.insert(1, [_heavy_block(r)])
        blocks.append(["Addendum: ___ called ___ at ___; copy to ___ and ___; cc ___ (___)."])
    target = r.randint(1150, 3600)
    r.shuffle(extra)
    generic = _generic_rad(r) if rad else _generic_ds(r)
    r.shuffle(generic)
    extra += generic
    total = sum(_blen(b) + 2 for b in blocks)
    for b in extra:
        if total >= target:
            break
        blocks.insert(len(blocks) - 1, b)
        total += _blen(b) + 2
    pad = 0
    while total < 1150:
        b = ["Addendum: ", r.choice(("reviewed with the attending; no change to the plan.",
                                      "images re-reviewed at the request of the clinical team; no change.",
                                      "patient questions answered; plan unchanged."))]
        blocks.insert(len(blocks) - 1, b)
        total += _blen(b) + 2
        pad += 1
    text_parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    looks: list[str] = []
    pos = 0
    for k, b in enumerate(blocks):
        if k:
            text_parts.append("\n\n")
            pos += 2
        for p in b:
            if isinstance(p, str):
                s = p
            else:
                tag, s = p
                if tag == "L":
                    if s not in looks:
                        looks.append(s)
                else:
                    spans.append((pos, pos + len(s), tag))
            text_parts.append(s)
            pos += len(s)
    text = "".join(text_parts) + "\n"
    looks += [w for w in EPONYMS_AND_BRANDS if w in text and w not in looks]
    return LabelledNote(note_type, text, spans), looks, "heavy" if heavy else "normal"


def holdout69_note(seed: int, i: int) -> LabelledNote:
    return _build(seed, i)[0]


def holdout69_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout69_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = holdout_measure.measure(
        holdout69_corpus, argv, "Held-out corpus 69 (military and veterans' health), written blind")
    holdout_measure.report("holdout69", args, notes, hits, res)


if __name__ == "__main__":
    main(sys.argv[1:])
