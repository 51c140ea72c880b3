"""Held-out corpus 75: hospital security, patient valuables and workplace violence around an admission.

MIMIC-IV-Note shaped notes (most identifiers ``___``, unmasked dates shifted into 2100-2200 and never
labelled) in which ~58% of notes carry 1-4 identifiers that escaped masking; 5% are heavy notes (many
``___``, no plants).

Document kinds (note type in brackets):
  security_incident_report [discharge]     hospital security incident report (code grey, assault, elopement)
  behavioural_emergency [discharge]        code white / behavioural emergency response nursing note
  restraint_seclusion [discharge]          restraint and seclusion order, monitoring flowsheet, 1-hour face-to-face
  valuables_inventory [discharge]          patient belongings and valuables inventory (envelope, cashier safe, bags)
  lost_and_found [discharge]               lost and found claim / release log
  weapons_screening [discharge]            ED weapons screening, metal-detector log, confiscated items
  police_custody_handoff [discharge]       police hold, officer handoff and custody release note
  trespass_visitor_restriction [discharge] trespass notice and visitor restriction / flag review
  staff_assault_employee_health [discharge] staff-assault report and employee health follow-up
  discharge_summary_security [discharge]   discharge summary of an admission with security events
  ct_head_face_assault [radiology]         CT head / maxillofacial after assault
  hand_xray_punch [radiology]              hand radiographs after a punch (boxer's fracture)
  foreign_body_search [radiology]          abdominal radiograph / CT for ingested or concealed objects
  chest_trauma_altercation [radiology]     chest radiograph / CT chest after an altercation
  cspine_after_takedown [radiology]        CT cervical spine after a physical hold or takedown
  staff_injury_imaging [radiology]         employee imaging after a bite, kick or wrist twist by a patient

Label policy (the brief's, copied):
PERSON is one span per name (given and family together, titles outside); LOCATION is a place below
state level (a street line is STREET_ADDRESS; town and ZIP are separate spans; states and countries
are never labelled, and "New York" alone is the state); ORGANIZATION is a named hospital, practice, pharmacy (a
chain's store too), agency, school or employer, never a generic department, and never a drug maker, biotech or trial
sponsor named as such (a jail, prison or court is one; a payer or insurer named as such is not). DATE_REAL_YEAR is a
whole date carrying a year 1900-2030 (a bare year is not labelled; a device, drug or lot expiry date is not labelled;
a death date is). AGE_OVER_89 labels the digits of ages >= 90. DEVICE_ID is a device serial (for a GS1 UDI only the
(21) serial) or a hospital asset tag; lot, GTIN, REF, model and expiry are not identifiers. A toll-free phone number
(800, 888, 877, 866, 855, 844, 833) is a public line: never labelled; a device maker's or vendor's toll-free fax
neither, a practice's toll-free fax is FAX. ACCOUNT covers account, encounter, incident/run, accession, order,
requisition, claim and specimen numbers, and a vendor's call or session id for the patient's encounter; HEALTH_PLAN
member, subscriber and policy ids (an employer's group number is not the member's id: leave it unlabelled); LICENSE
medical, nursing, EMS, DEA and driver's licences and a clinician's NPI. Spans hold the value only: cue words ("Dr.",
"MRN:", "pager", "Fax", "SN", "plate", "Acct") and credentials ("MD", "RN") stay outside.

Choices of this corpus:
- a security incident or report number, a valuables envelope number, a property receipt or cashier-safe deposit
  receipt number, a lost-and-found log entry and a workers' compensation claim number of the patient are ACCOUNT; a
  police report, complaint or case number is ACCOUNT;
- a patient's car plate or VIN is VEHICLE_ID;
- a police department, sheriff's office, state police troop, jail, court, security contractor, locksmith company,
  outside hospital, employer or pharmacy is ORGANIZATION; payers (Fidelis Care, MVP, ...) are not;
- a badge number of a hospital security officer or police officer is masked (``___``, no category);
- a locker number, a safe-deposit box slot, a room or bed number, a property-bag colour or count, a code name
  (Code Grey, Code White, "Dr. Strong"), a camera id and a radio channel are unlabelled look-alikes;
- a patient's cell-phone IMEI, a watch or hearing-aid serial in the valuables list, an implant serial and a hospital
  asset tag (duress pendant, panic button, wand) are DEVICE_ID;
- a driver's licence number found in the wallet is LICENSE; a Medicaid CIN or plan member id is HEALTH_PLAN;
- a restraint or seclusion order's clinical scores (BVC, RASS, Broset), doses, NDCs, lot and REF numbers are
  look-alikes.

Written blind: I read only the corpus brief (bench/holdout_corpus_task.md), lqs_clinical/synth/holdout_measure.py,
the first 45 lines of lqs_clinical/synth/notes.py, pyproject.toml, /work/shared/reference/*.md (a glance at the
known-data-issues file), /work/shared/data/SOURCES.md and the synthetic note-shaped samples under
/work/shared/data/note-shaped-samples/. No detector code, rule file, other corpus, other test, benchmark or history
was read, and the detector was never run.
"""

# ruff: noqa: E501  (long pick-lists of clinical phrasing are kept on one line)
from __future__ import annotations

import random
import sys
from collections.abc import Callable

from lqs_clinical.synth import holdout_measure
from lqs_clinical.synth.notes import LabelledNote

Part = str | tuple[str, str]

# --------------------------------------------------------------------------------------------------
# Look-alike vocabulary (eponyms, brands, scales, public lines, public bodies, states, countries)
# --------------------------------------------------------------------------------------------------

EPONYMS_AND_BRANDS = (
    "Haldol", "Ativan", "Zyprexa Zydis", "Geodon", "Benadryl", "Ketalar", "Narcan", "Precedex", "Seroquel",
    "Posey", "Segufix", "Humane Restraint", "Pyxis MedStation", "Omnicell", "Garrett PD 6500i", "Evolv Express",
    "CEIA HI-PE", "Garrett SuperWand", "Motorola APX 6000", "Axon Body 3", "Vocera", "Ziploc", "Apple Watch",
    "iPhone 13", "Samsung Galaxy A14", "Fitbit Charge", "Oticon", "Invisalign", "Glasgow Coma Scale",
    "Richmond Agitation-Sedation Scale", "Broset Violence Checklist", "CIWA-Ar", "Columbia Suicide Severity Rating",
    "Colles fracture", "Smith fracture", "Bennett fracture", "Rolando fracture", "Boxer's fracture",
    "Le Fort II", "Battle sign", "Tinel sign", "Finkelstein test", "Monteggia", "Galeazzi", "Salter-Harris II",
    "Chance fracture", "Jefferson fracture", "Hangman's fracture", "Mallory-Weiss", "Boerhaave", "Foley",
    "Hounsfield units", "Waters view", "Caldwell view", "Brewerton view", "Gustilo", "Kocher", "Wernicke",
    "Korsakoff", "Mallampati", "Tdap (Boostrix)", "Tubersol", "Heplisav-B", "Engerix-B", "Truvada", "Isovue-300",
    "Omnipaque 350", "Gastrografin", "Philips IntelliSpace PACS", "Epic Haiku", "Synapse 7", "Dr. Strong",
    "Fidelis Care", "MVP Health Care", "Excellus BCBS", "Medicare Part B", "Joint Commission", "OSHA 300 log",
    "www.osha.gov", "www.cdc.gov/niosh", "www.jointcommission.org", "988 Suicide & Crisis Lifeline",
    "1-800-799-7233", "1-800-222-1222", "1-888-692-9355", "New York", "Vermont", "Massachusetts", "Connecticut",
    "Puerto Rico", "Dominican Republic", "Canada", "Jamaica",
)

_DRUGS = ("Haldol", "Ativan", "Zyprexa Zydis", "Geodon", "Benadryl", "Ketalar", "Precedex", "Seroquel")
_RESTRAINT_BRANDS = ("Posey", "Segufix", "Humane Restraint")
_SCREEN_BRANDS = ("Garrett PD 6500i", "Evolv Express", "CEIA HI-PE", "Garrett SuperWand")
_GEAR = ("Motorola APX 6000", "Axon Body 3", "Vocera")
_PHONES_BR = ("iPhone 13", "Samsung Galaxy A14")
_WEAR = ("Apple Watch", "Fitbit Charge")
_SCALES = ("Glasgow Coma Scale", "Richmond Agitation-Sedation Scale", "Broset Violence Checklist", "CIWA-Ar",
           "Columbia Suicide Severity Rating")
_HAND_EP = ("Boxer's fracture", "Bennett fracture", "Rolando fracture", "Colles fracture", "Smith fracture",
            "Salter-Harris II", "Galeazzi", "Monteggia")
_FACE_EP = ("Le Fort II", "Le Fort II")
_VIEWS = ("Waters view", "Caldwell view")
_SPINE_EP = ("Chance fracture", "Jefferson fracture", "Hangman's fracture")
_GI_EP = ("Mallory-Weiss", "Boerhaave", "Gastrografin")
_MISC_EP = ("Tinel sign", "Finkelstein test", "Brewerton view", "Gustilo", "Kocher", "Wernicke", "Korsakoff",
            "Mallampati", "Foley", "Hounsfield units")
_VACC = ("Tdap (Boostrix)", "Tubersol", "Heplisav-B", "Engerix-B", "Truvada")
_CONTRAST = ("Isovue-300", "Omnipaque 350")
_SOFT = ("Epic Haiku", "Pyxis MedStation", "Omnicell")
_PACS = ("Philips IntelliSpace PACS", "Synapse 7")
_PAYERS = ("Fidelis Care", "MVP Health Care", "Excellus BCBS", "Medicare Part B")
_PUBLIC = ("www.osha.gov", "www.cdc.gov/niosh", "www.jointcommission.org", "Joint Commission", "OSHA 300 log")
_HOTLINES = ("988 Suicide & Crisis Lifeline", "1-800-799-7233", "1-800-222-1222", "1-888-692-9355")
_STATES = ("New York", "Vermont", "Massachusetts", "Connecticut", "Puerto Rico")
_COUNTRIES = ("Dominican Republic", "Canada", "Jamaica")
_CODES = ("Code Grey", "Code White", "Code Silver", "Code Purple", "Code Strong", "Dr. Strong")

# --------------------------------------------------------------------------------------------------
# Surrogate values (fictitious)
# --------------------------------------------------------------------------------------------------

_FIRST = ("Darnell", "Kestrel", "Marisol", "Thaddeus", "Oksana", "Reuben", "Lavinia", "Desmond", "Priyanka",
          "Colm", "Yesenia", "Barnaby", "Tamsin", "Ignatius", "Rosalind", "Emeka", "Svetlana", "Quentin",
          "Ludmila", "Jarrett", "Philippa", "Anselm", "Wilhelmina", "Tobias", "Nkechi", "Ferris", "Giselle",
          "Hollis", "Imogen", "Cornelius", "Delphine", "Evander", "Jovita", "Kasimir", "Leontyne", "Mordecai")
_LAST = ("Okonkwo", "Vasquez-Bell", "Przybylski", "Halvorsen", "McKittrick", "Abernathy", "Szymanski", "Delacroix",
         "Fairweather", "Tomczak", "Obuya", "Lindqvist", "Castellano", "Winterbottom", "Achterberg", "Nakagawa",
         "O'Driscoll", "Petrakis", "Quarles", "Rautenberg", "Sandoval", "Trevelyan", "Underhill", "Villanueva",
         "Wozniak", "Yardley", "Zielinski", "Baptiste", "Cardenas", "Dunleavy", "Esposito", "Gallagher-Reyes",
         "Hargreaves", "Ingersoll", "Kowalczyk", "Mbeki")
_TOWNS = ("Cohoes", "Watervliet", "Schenectady", "Amsterdam", "Saratoga Springs", "Glens Falls", "Kingston",
          "Catskill", "Ballston Spa", "Mechanicville", "Guilderland", "Delmar", "Clifton Park", "Latham",
          "Voorheesville", "Niskayuna", "Johnstown", "Gloversville", "Cobleskill", "Oneonta", "Herkimer",
          "Hoosick Falls", "Green Island", "East Greenbush", "Castleton-on-Hudson", "Ravena", "Scotia",
          "Arbor Hill", "Lansingburgh", "Wynantskill")
_STREETS = ("Delaware Ave", "Central Avenue", "River St.", "Hoosick Street", "Congress St", "Quail Street",
            "Lark Street", "Madison Ave.", "Erie Boulevard", "Ontario Street", "Morton Ave", "Second Avenue",
            "Sacandaga Rd", "Van Rensselaer Blvd", "Washington Ave Ext", "Pawling Avenue", "Fuller Road",
            "Old Niskayuna Rd", "Mohawk Drive", "Tibbits Ave")
_POLICE = ("Cohoes Police Department", "Watervliet Police Dept.", "Schenectady Police Department",
           "Albany County Sheriff's Office", "Rensselaer County Sheriff's Office", "Saratoga County Sheriff",
           "Colonie Police Department", "New York State Police Troop G", "Glens Falls PD", "Amsterdam Police Dept",
           "Niskayuna Police Department", "Guilderland PD", "SUNY Albany University Police")
_SECURITY_CO = ("Bastion Guard Services", "Hudson Shield Protective LLC", "Allied Universal", "Securitas USA",
                "Northgate Patrol Inc.", "Sentinel Event Staffing")
_LOCKSMITH = ("Capital District Lock & Safe", "Keyes Brothers Locksmith", "Pioneer Lock and Key",
              "Mohawk Valley Locksmiths")
_HOSPITALS = ("St. Brendan's Medical Center", "Hawthorne Regional Hospital", "Mohawk Valley General Hospital",
              "Sacandaga Memorial Hospital", "Lansing Falls Community Hospital", "Saint Adalbert Hospital",
              "Capital Heights Behavioral Health Center")
_JAILS = ("Rensselaer County Jail", "Schenectady County Correctional Facility", "Troy City Court",
          "Cohoes City Court", "Albany County Correctional Facility")
_EMPLOYERS = ("Quarry Ridge Distribution", "Helderberg Paving Co.", "Northway Auto Body", "Kinderhook Creamery",
              "Tri-City Valet Parking")
_PHARM = ("CVS Pharmacy #4471", "Walgreens #10392", "Hannaford Pharmacy Latham", "Kinney Drugs Scotia")

_ORG_POOLS = {"police": _POLICE, "sec": _SECURITY_CO, "lock": _LOCKSMITH, "hosp": _HOSPITALS, "jail": _JAILS,
              "emp": _EMPLOYERS, "pharm": _PHARM}

_AREA = ("518", "315", "607", "845", "716", "585", "914", "413", "802")
_MAIL = ("gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com", "hotmail.com", "nycap.rr.com")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_MON3 = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_PLATE_L = "ABCDEFGHJKLMNPRSTUVWXYZ"


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _letters(r: random.Random, n: int) -> str:
    return "".join(r.choice(_PLATE_L) for _ in range(n))


def _person(r: random.Random, titled: bool = False) -> str:
    f, last = r.choice(_FIRST), r.choice(_LAST)
    if titled:
        return r.choice((f"{f} {last}", f"{f[0]}. {last}", f"{f} {r.choice(_PLATE_L)}. {last}"))
    return r.choice((f"{f} {last}", f"{last}, {f}", f"{f[0]}. {last}", f"{last.upper()}, {f}",
                     f"{f} {r.choice(_PLATE_L)}. {last}", f"{f} {last}"))


def _phone(r: random.Random) -> str:
    a, b, c = r.choice(_AREA), f"{r.randint(2, 9)}{_digits(r, 2)}", _digits(r, 4)
    return r.choice((f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"+1 {a} {b} {c}", f"{a}{b}{c}",
                     f"1-{a}-{b}-{c}", f"{a} {b} {c}"))


def _fax(r: random.Random) -> str:
    if r.random() < 0.12:
        return f"{r.choice(('888', '877', '866'))}-{r.randint(2, 9)}{_digits(r, 2)}-{_digits(r, 4)}"
    return _phone(r)


def _pager(r: random.Random) -> str:
    return r.choice((f"{r.randint(2, 9)}-{_digits(r, 4)}", _digits(r, 5), _digits(r, 4),
                     f"{r.choice(_AREA)}-{r.randint(2, 9)}{_digits(r, 2)}-{_digits(r, 4)}", f"#{_digits(r, 5)}"[1:]))


def _email(r: random.Random) -> str:
    f, last = r.choice(_FIRST).lower(), r.choice(_LAST).lower().replace("'", "").replace("-", "")
    return r.choice((f"{f}.{last}@{r.choice(_MAIL)}", f"{f[0]}{last}{_digits(r, 2)}@{r.choice(_MAIL)}",
                     f"{last}_{f}@{r.choice(_MAIL)}", f"{f}{r.randint(70, 99)}@{r.choice(_MAIL)}"))


def _url(r: random.Random) -> str:
    f, last = r.choice(_FIRST).lower(), r.choice(_LAST).lower().replace("'", "").replace("-", "")
    return r.choice((f"https://www.facebook.com/{f}.{last}.{_digits(r, 4)}", f"instagram.com/{f[0]}_{last}_{_digits(r, 2)}",
                     f"https://gofund.me/{_digits(r, 2)}a{_digits(r, 3)}e{_digits(r, 2)}",
                     f"www.tiktok.com/@{f}.{last[0]}.{_digits(r, 2)}", f"https://x.com/{last}{f[:3]}{_digits(r, 3)}",
                     f"youtube.com/@{f}{last}live"))


def _ip(r: random.Random) -> str:
    k = r.random()
    if k < 0.3:
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k < 0.5:
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k < 0.65:
        return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k < 0.9:
        return f"{r.randint(24, 98)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    return f"2601:{r.randint(16, 4095):x}:{r.randint(4096, 65535):x}:{r.randint(16, 65535):x}::{r.randint(1, 255):x}"


def _ssn(r: random.Random) -> str:
    a, b, c = f"{r.randint(1, 665):03d}", f"{r.randint(1, 99):02d}", f"{r.randint(1, 9999):04d}"
    return r.choice((f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}", f"{a}-{b}-{c}"))


def _mrn(r: random.Random) -> str:
    return r.choice((_digits(r, 7), f"{r.randint(1, 9)}{_digits(r, 7)}", f"{_digits(r, 2)}-{_digits(r, 2)}-{_digits(r, 3)}",
                     f"H{_digits(r, 8)}", f"00{_digits(r, 6)}"))


def _account(r: random.Random, t_idx: int = 0) -> str:
    sec = (f"SEC-{_digits(r, 2)}-{_digits(r, 5)}", f"IR{_digits(r, 7)}", f"SIR {_digits(r, 6)}")
    env = (f"VE-{_digits(r, 6)}", f"ENV {_digits(r, 2)}-{_digits(r, 4)}", _digits(r, 6))
    prop = (f"PR{_digits(r, 5)}", f"{_digits(r, 3)}-{_digits(r, 3)}", f"DR-{_digits(r, 5)}")
    pol = (f"P{_digits(r, 2)}-{_digits(r, 6)}", f"{_digits(r, 2)}-{_digits(r, 6)}", f"CR {_digits(r, 7)}")
    enc = (_digits(r, 10), f"E{_digits(r, 9)}")
    acc = (f"A{_digits(r, 8)}", f"{_letters(r, 2)}{_digits(r, 6)}")
    order = (_digits(r, 8), f"ORD-{_digits(r, 7)}")
    wc = (f"WC-{_digits(r, 7)}", f"{_digits(r, 3)}-{_digits(r, 2)}-{_digits(r, 5)}")
    lf = (f"LF{_digits(r, 4)}-{_letters(r, 1)}", f"LF-{_digits(r, 5)}")
    pools = (sec, env, prop, pol, sec, enc, acc, order, wc, lf, pol, prop, sec, sec, env, pol)
    return r.choice(pools[t_idx])


def _plan(r: random.Random) -> str:
    return r.choice((f"{_letters(r, 2)}{_digits(r, 5)}{_letters(r, 1)}", f"{_letters(r, 3)}{_digits(r, 9)}",
                     f"{_digits(r, 4)} {_digits(r, 4)} {_digits(r, 2)}", f"{_letters(r, 1)}{_digits(r, 8)}-0{r.randint(1, 4)}",
                     f"{r.randint(1, 9)}{_letters(r, 2)}{r.randint(1, 9)}-{_letters(r, 2)}{_digits(r, 1)}-{_letters(r, 1)}{_digits(r, 2)}"))


def _licence_value(r: random.Random, kind: str) -> str:
    if kind == "dl":
        return r.choice((f"{_digits(r, 3)} {_digits(r, 3)} {_digits(r, 3)}", _digits(r, 9), f"{_digits(r, 3)}-{_digits(r, 3)}-{_digits(r, 3)}"))
    if kind == "rn":
        return r.choice((f"{r.randint(5, 8)}{_digits(r, 5)}", f"RN{_digits(r, 6)}"))
    if kind == "npi":
        return f"1{_digits(r, 9)}"
    return f"{r.choice('ABFM')}{_letters(r, 1)}{_digits(r, 7)}"


def _zip(r: random.Random) -> str:
    z = f"{r.choice(('120', '121', '122', '123', '128', '130', '134'))}{_digits(r, 2)}"
    return z if r.random() < 0.75 else f"{z}-{_digits(r, 4)}"


def _street(r: random.Random) -> str:
    n = r.randint(2, 2899)
    s = r.choice(_STREETS)
    return r.choice((f"{n} {s}", f"{n} {s}, Apt {r.randint(1, 9)}{r.choice('ABCD')}", f"{n} {s} Unit {r.randint(1, 40)}",
                     f"{n}{r.choice(('', '', 'A', 'B'))} {s}", f"{n} {s} #{r.randint(1, 30)}"))


def _real_date(r: random.Random) -> str:
    y, m, d = r.randint(1931, 2029), r.randint(1, 12), r.randint(1, 28)
    return r.choice((f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{_MONTHS[m - 1]} {d}, {y}",
                     f"{d}-{_MON3[m - 1]}-{y}", f"{_MON3[m - 1]} {d} {y}", f"{d} {_MONTHS[m - 1]} {y}",
                     f"{m:02d}-{d:02d}-{y}"))


def _imei(r: random.Random) -> str:
    v = f"35{_digits(r, 13)}"
    return r.choice((v, f"{v[:2]}-{v[2:8]}-{v[8:14]}-{v[14]}", f"{v[:2]} {v[2:8]} {v[8:14]} {v[14]}"))


def _serial(r: random.Random) -> str:
    return r.choice((f"{_letters(r, 1)}{_digits(r, 2)}{_letters(r, 2)}{_digits(r, 1)}{_letters(r, 3)}{_digits(r, 2)}",
                     f"G{_digits(r, 1)}{_letters(r, 2)}{_digits(r, 2)}{_letters(r, 4)}", f"{_digits(r, 10)}",
                     f"SZ{_digits(r, 7)}", f"{_letters(r, 3)}{_digits(r, 6)}{_letters(r, 1)}"))


def _asset(r: random.Random) -> str:
    return r.choice((f"AT-{_digits(r, 8)}", f"BME {_digits(r, 5)}", f"SEC{_digits(r, 6)}", f"{_digits(r, 6)}-DP"))


def _plate(r: random.Random) -> str:
    return r.choice((f"{_letters(r, 3)}-{_digits(r, 4)}", f"{_letters(r, 3)} {_digits(r, 4)}", f"{_letters(r, 3)}{_digits(r, 4)}",
                     f"{r.randint(1, 9)}{_letters(r, 2)} {_digits(r, 3)}", f"{_letters(r, 2)}-{_digits(r, 5)}"))


def _vin(r: random.Random) -> str:
    return f"{r.choice('12345J')}{''.join(r.choice(_VIN_CH) for _ in range(16))}"


# --------------------------------------------------------------------------------------------------
# Shifted dates and other unlabelled fragments
# --------------------------------------------------------------------------------------------------


def _sdate(r: random.Random) -> str:
    y, m, d = r.randint(2110, 2195), r.randint(1, 12), r.randint(1, 28)
    return r.choice((f"{y}-{m:02d}-{d:02d}", f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{_MON3[m - 1]} {d}, {y}"))


def _time(r: random.Random) -> str:
    return r.choice((f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}", f"{r.randint(0, 23):02d}{r.randint(0, 59):02d}h",
                     f"{r.randint(1, 12)}:{r.randint(0, 59):02d} {r.choice(('AM', 'PM'))}"))


class _Ctx:
    def __init__(self, r: random.Random, heavy: bool) -> None:
        self.r = r
        self.heavy = heavy
        self.look: list[str] = []

    def la(self, s: str) -> str:
        self.look.append(s)
        return s

    def pick(self, pool) -> str:
        return self.r.choice(pool)

    def pla(self, pool) -> str:
        return self.la(self.r.choice(pool))

    def sd(self) -> str:
        return self.la(_sdate(self.r))

    def t(self) -> str:
        return _time(self.r)

    def code(self) -> str:
        return self.pla(_CODES)

    def room(self) -> str:
        return self.la(self.r.choice((f"Room {self.r.randint(2, 9)}{self.r.choice('ABCDEW')}-{self.r.randint(1, 40)}",
                                      f"bed {self.r.randint(1, 36)}{self.r.choice('AB')}",
                                      f"ED bay {self.r.randint(1, 28)}", f"Rm {self.r.randint(201, 989)}")))

    def locker(self) -> str:
        return self.la(self.r.choice((f"locker {self.r.randint(1, 120)}", f"Locker #{self.r.randint(1, 120)}",
                                      f"safe box {self.r.randint(1, 60)}", f"slot {self.r.choice('ABCDEF')}{self.r.randint(1, 24)}")))

    def cam(self) -> str:
        return self.la(self.r.choice((f"CAM-{self.r.randint(1, 9)}{self.r.choice('NSEW')}-{self.r.randint(1, 40):02d}",
                                      f"camera {self.r.randint(1, 6)}W-{self.r.randint(1, 30)}",
                                      f"Cam {self.r.randint(100, 399)}")))

    def lot(self) -> str:
        return self.la(self.r.choice((f"LOT {self.r.randint(1, 9)}{_letters(self.r, 2)}{_digits(self.r, 4)}",
                                      f"lot# {_digits(self.r, 6)}{_letters(self.r, 1)}")))

    def ndc(self) -> str:
        return self.la(f"NDC {_digits(self.r, 5)}-{_digits(self.r, 4)}-{_digits(self.r, 2)}")

    def exp(self) -> str:
        y, m = self.r.randint(2025, 2029), self.r.randint(1, 12)
        return self.la(self.r.choice((f"EXP {y}-{m:02d}", f"exp {m:02d}/{y}", f"Exp. {y}-{m:02d}-{self.r.randint(1, 28):02d}")))

    def ref(self) -> str:
        return self.la(f"REF {self.r.randint(100, 999)}-{_digits(self.r, 3)}")

    def ver(self) -> str:
        return self.la(f"v{self.r.randint(2, 14)}.{self.r.randint(0, 9)}.{self.r.randint(0, 20)}")


# --------------------------------------------------------------------------------------------------
# Plant templates: "@@" marks the value; {T} time, {D} shifted date, {R} room/bed, {C} code name
# --------------------------------------------------------------------------------------------------

_TPL: dict[str, list[str]] = {
    "PERSON": [
        "Security officer responded; patient's brother @@ was escorted off the unit at {T}.",
        "VISITOR RESTRICTION: @@ (ex-partner) is NOT to be given information or access to {R}.",
        "Belongings released to patient's daughter, @@, who signed the property receipt.",
        "Witness   | @@ | visitor | statement taken {T}",
        "Reported by: @@, RN",
        "Electronically signed by Dr. @@ on {D} {T}",
        "Per Officer @@ (badge ___), patient remains in custody pending arraignment.",
        "Emergency contact: @@ (mother), phone ___",
        "cc: @@ NP, Employee Health",
        "Restraint order verified and co-signed by @@ (LIP) at {T}.",
        "Trespass notice served in person on @@ by hospital security, copy to file.",
        "Assailant identified by two staff members as @@; police notified.",
        "Addendum {T}: spoke with sister\n@@ who will pick up the patient's keys and wallet.",
        "Security supervisor on duty - @@ (radio ch 3)",
        "Injured employee: @@, PCA, {R}",
        "[Visitor Mgmt] BLOCKED: @@ | reason=threats to staff | by=___",
        "pt's son (@@) arrived yelling at triage, asked to leave",
    ],
    "LOCATION": [
        "Patient was brought in by police from @@ after an altercation outside a convenience store.",
        "Pt states he was jumped near the bus terminal in @@ around {T}.",
        "Lives with a roommate in @@; roommate is also on the visitor restriction list.",
        "Per officer, patient to be transported to the holding center in @@ after clearance.",
        "City: @@    State: NY    ZIP: ___",
        "Ex-partner resides in @@ - order of protection on file with security.",
        "Found property (wallet) to be mailed to the patient's home in @@.",
        "SOCIAL: unhoused, sleeps in a car parked in @@ most nights.",
        "Incident location per police narrative: parking lot of a bar in @@.",
    ],
    "ORGANIZATION": [
        "Patient arrived in custody of @@; officer remained at bedside.",
        "Outside contractor @@ re-keyed the unit doors after the master key ring went missing.",
        "Comparison: outside CT from @@ dated {D}.",
        "Police agency: @@ | Report #: ___",
        "Employer: @@ (night shift) - workers' comp paperwork started.",
        "Patient to be released to @@ upon medical clearance.",
        "1:1 sitter / security watch coverage provided by @@ per contract.",
        "Transferred from @@ ED for psychiatric evaluation after assaulting triage staff.",
        "Discharge prescriptions e-prescribed to @@.",
        "Safe opened by @@ technician after the combination was lost.",
    ],
    "ACCOUNT": [
        "Security Incident Report #@@ filed by the responding officer.",
        "Valuables envelope no. @@ sealed in front of two witnesses and placed in the cashier safe.",
        "Property receipt @@ given to patient (yellow copy).",
        "Police report number: @@",
        "Incident | @@ | {C} | {T}",
        "Encounter #: @@",
        "Accession No: @@",
        "Order #@@ CT HEAD W/O CONTRAST",
        "Workers' compensation claim @@ opened for the injured employee.",
        "Lost & found log entry @@ - claimed {D}.",
        "Police complaint no. @@ (assault 2nd).",
        "Deposit receipt @@ issued for cash and cards placed in the cashier's safe.",
        "SEC INCIDENT ID..............@@",
        "[SECURITY-RMS] evt=@@ type=ASSAULT_STAFF pri=2 status=CLOSED",
        "Valuables env\n#@@ - contents verified by cashier at {T}.",
        "Rpt#@@ (police, supplemental to follow)",
    ],
    "HEALTH_PLAN": [
        "Insurance: Medicaid - CIN @@",
        "Member ID: @@ ({PAYER})",
        "Subscriber # @@ ; group ___",
        "Plan | {PAYER} | ID @@",
        "Primary coverage {PAYER}, member no. @@, verified by registration.",
    ],
    "LICENSE": [
        "Driver's license (NY) @@ found in wallet; retained in valuables envelope.",
        "Photo ID checked by security: NYS DL @@",
        "Nurse on restraint: ___, RN, NYS license @@",
        "Ordering provider NPI @@",
        "Prescriber DEA @@ (discharge Rx)",
        "Officer verified identity against license no. @@ before releasing property.",
    ],
    "ZIP": [
        "Address on file: ___, ___, NY @@",
        "ZIP: @@",
        "Mail returned property to ___ Street, ___ NY @@.",
        "Home ZIP @@ (for trespass notice mailing)",
    ],
    "STREET_ADDRESS": [
        "Home address: @@, ___, NY ___",
        "Incident occurred outside @@ (patient's residence) per police narrative.",
        "Unclaimed property to be delivered to @@.",
        "Respondent's address on the order of protection: @@",
    ],
    "DATE_REAL_YEAR": [
        "DOB: @@",
        "Prior trespass notice issued @@ remains in effect.",
        "Previous {C} involving this patient on @@.",
        "Order of protection dated @@, expiration ___.",
        "Tetanus last given @@ per NYSIIS.",
        "Comparison: @@ outside hand films.",
        "Date of injury: @@",
        "prior ED visit for assault @@ -> see old records",
        "Banned from campus since\n@@ (see trespass file).",
        "Father deceased @@ (per patient, anniversary triggered agitation).",
    ],
    "AGE_OVER_89": [
        "@@ year old woman with dementia, agitated, struck a CNA during AM care.",
        "Age: @@",
        "pt is a @@yo M on the delirium pathway, pulled at staff",
        "Roommate (@@ y/o) relocated to {R} after the incident.",
        "INDICATION: @@-year-old female, fall during restraint application.",
    ],
    "DEVICE_ID": [
        "{PHONE_BR} (IMEI @@) placed in valuables envelope.",
        "{WEAR}, serial @@, gold band - inventoried.",
        "Hearing aid (L), {OTICON} SN @@, kept at bedside per patient request.",
        "Panic button asset tag @@ tested after the incident - functional.",
        "Duress pendant asset # @@ issued to RN for the shift.",
        "Pacemaker card in wallet: serial @@.",
        "UDI (01)00643169007222(17)270331(21)@@",
        "Handheld wand {WAND} asset @@ used for the search.",
    ],
    "VEHICLE_ID": [
        "Patient's vehicle (plate @@) towed from the ambulance bay.",
        "Car keys secured; vehicle plate @@ recorded, parked in visitor garage level 2.",
        "VIN @@ (from the tow slip)",
        "Vehicle | grey sedan | NY @@",
        "Parking services booted vehicle @@ per security request.",
        "Plate#@@ - car left running at the ED entrance, keys to security.",
        "tow co. notified; lic plate\n@@ (blue pickup)",
    ],
    "PHONE": [
        "Contact daughter at @@.",
        "Call-back number for the investigating officer: @@",
        "Patient's cell: @@",
        "ph:@@ (wife)",
        "Tel @@ (claimant, lost & found)",
        "Left voicemail for the patient's brother at @@ re: property pickup.",
    ],
    "FAX": [
        "Trespass notice faxed to police records at @@.",
        "Fax: @@",
        "Employee health forms faxed to @@ (occupational medicine practice).",
    ],
    "PAGER": [
        "Page security supervisor at pager @@.",
        "Psych C/L pager @@",
        "Restraint questions: call pg @@",
    ],
    "EMAIL": [
        "Claimant email: @@",
        "Incident summary emailed to @@ at the family's request.",
        "Daughter prefers contact via @@ for property questions.",
    ],
    "URL": [
        "Threatening post at @@ screenshotted by security and forwarded to police.",
        "Patient livestreamed part of the altercation (@@).",
        "Family fundraiser page for bail and towing costs: @@",
    ],
    "IP_ADDRESS": [
        "Guest Wi-Fi log: the patient's tablet at @@ was blocked after harassing messages.",
        "Threat email originated from IP @@ per information security.",
        "Remote login to the patient's account from @@ flagged by IT.",
    ],
    "SSN": [
        "SSN: @@",
        "Social security card (# @@) found in wallet - placed in envelope.",
        "SS# @@",
    ],
    "MRN": [
        "MRN: @@",
        "Unit No: @@",
        "Med Rec # @@",
        "Pt ID @@ (wristband scanned at the weapons screen)",
    ],
}
_ORG_ROLE = ("police", "lock", "hosp", "police", "emp", "jail", "sec", "hosp", "pharm", "lock")


def _value(r: random.Random, cat: str, t_idx: int) -> str:
    if cat == "PERSON":
        return _person(r, titled=t_idx in (5, 6))
    if cat == "LOCATION":
        return r.choice(_TOWNS)
    if cat == "ORGANIZATION":
        return r.choice(_ORG_POOLS[_ORG_ROLE[t_idx]])
    if cat == "LICENSE":
        return _licence_value(r, ("dl", "dl", "rn", "npi", "dea", "dl")[t_idx])
    if cat == "DEVICE_ID":
        return (_imei(r), _serial(r), _serial(r), _asset(r), _asset(r), _serial(r), _serial(r), _asset(r))[t_idx]
    if cat == "VEHICLE_ID":
        return _vin(r) if t_idx == 2 or r.random() < 0.15 else _plate(r)
    if cat == "AGE_OVER_89":
        return str(r.randint(90, 104))
    if cat == "ACCOUNT":
        return _account(r, t_idx)
    gen = {"PHONE": _phone, "FAX": _fax, "PAGER": _pager, "EMAIL": _email, "URL": _url, "IP_ADDRESS": _ip,
           "SSN": _ssn, "MRN": _mrn, "HEALTH_PLAN": _plan, "ZIP": _zip,
           "STREET_ADDRESS": _street, "DATE_REAL_YEAR": _real_date}[cat]
    return gen(r)


def _fill(c: _Ctx, s: str) -> str:
    for key, fn in (("{T}", c.t), ("{D}", c.sd), ("{R}", c.room), ("{C}", c.code),
                    ("{PAYER}", lambda: c.pla(_PAYERS)), ("{PHONE_BR}", lambda: c.pla(_PHONES_BR)),
                    ("{WEAR}", lambda: c.pla(_WEAR)), ("{OTICON}", lambda: c.la("Oticon")),
                    ("{WAND}", lambda: c.la("Garrett SuperWand"))):
        while key in s:
            s = s.replace(key, fn(), 1)
    return s


def _plant(c: _Ctx, cat: str) -> list[Part]:
    tpls = _TPL[cat]
    k = c.r.randrange(len(tpls))
    pre, post = tpls[k].split("@@")
    val = _value(c.r, cat, k)
    return [_fill(c, pre), (val, cat), _fill(c, post)]


# --------------------------------------------------------------------------------------------------
# Section helpers
# --------------------------------------------------------------------------------------------------


def _dc_header(c: _Ctx, service: str) -> str:
    sex = c.pick(("M", "F"))
    return (f"Name:  ___                  Unit No:   ___\n\nAdmission Date:  ___              Discharge Date:   ___\n\n"
            f"Date of Birth:  ___             Sex:   {sex}\n\nService: {service}\n\nAllergies:\n"
            f"{c.pick(('Patient recorded as having No Known Allergies to Drugs', 'haloperidol (dystonia)', 'penicillin', 'latex', 'sulfa'))}\n\n"
            f"Attending: ___.")


def _form_header(c: _Ctx, title: str) -> str:
    return (f"{title}\n{'=' * len(title)}\nPatient: ___        MRN: ___        DOB: ___\n"
            f"Location: {c.room()}      Date: {c.sd()}      Time: {c.t()}\n"
            f"Completed by: ___ (Security Officer, badge #___)")


def _heavy_block(c: _Ctx) -> str:
    return ("MASKED CONTACT / PERSONNEL BLOCK\n"
            "Patient name: ___   MRN: ___   Acct: ___   DOB: ___\n"
            "Home address: ___, ___, NY ___   Phone: ___   Alt phone: ___\n"
            "Emergency contact: ___ (___)   Phone: ___\n"
            "Responding officers: ___ (badge ___), ___ (badge ___), ___ (badge ___)\n"
            "Police agency: ___   Report #: ___   Officer: ___\n"
            "Valuables envelope #: ___   Property receipt: ___   Vehicle plate: ___\n"
            "Witnesses: ___; ___; ___   Supervisor: ___   Employee Health: ___")


def _vitals(c: _Ctx) -> str:
    r = c.r
    return (f"T {r.randint(970, 1004) / 10} HR {r.randint(62, 128)} BP {r.randint(104, 178)}/{r.randint(58, 104)} "
            f"RR {r.randint(12, 26)} SpO2 {r.randint(92, 100)}% RA")


_DOSE = {"Haldol": ("5 mg IM", "2 mg IV"), "Ativan": ("2 mg IM", "1 mg IV"), "Zyprexa Zydis": ("10 mg ODT", "5 mg ODT"),
         "Geodon": ("20 mg IM", "10 mg IM"), "Benadryl": ("50 mg IM", "25 mg PO"), "Ketalar": ("4 mg/kg IM", "1 mg/kg IV"),
         "Precedex": ("0.4 mcg/kg/h", "0.7 mcg/kg/h"), "Seroquel": ("25 mg PO", "50 mg PO")}


def _meds(c: _Ctx) -> str:
    d1, d2 = c.pla(_DRUGS), c.pla(_DRUGS)
    return (f"PRN given: {d1} {c.pick(_DOSE[d1])} at {c.t()}, "
            f"{d2} {c.pick(_DOSE[d2])} at {c.t()} ({c.ndc()}, {c.lot()}, {c.exp()}).")


def _sign(c: _Ctx) -> str:
    return c.pick((f"___, RN  {c.t()}", f"Signed: ___ MD / ___ RN   {c.sd()}",
                   f"Electronically signed by ___ on {c.sd()} at {c.t()}", "-- ___, Security Supervisor (badge ___)"))


# --------------------------------------------------------------------------------------------------
# Builders (discharge type)
# --------------------------------------------------------------------------------------------------


def _b_incident(c: _Ctx) -> list[str]:
    code = c.code()
    return [
        _form_header(c, c.pick(("HOSPITAL SECURITY INCIDENT REPORT", "Security Incident Report", "PUBLIC SAFETY - INCIDENT"))),
        f"Incident type: {c.pick(('Assault on staff', 'Aggressive visitor', 'Patient elopement attempt', 'Threats / verbal abuse'))}\n"
        f"Code called: {code} at {c.t()}   Responders on scene: {c.r.randint(2, 6)}   Video: {c.cam()} (retained 30 days)",
        "NARRATIVE:\n"
        f"At approximately {c.t()} security was called overhead ({code}) to {c.room()} for a ___ year old patient "
        f"who was shouting, throwing a meal tray and threatening to hit nursing staff. Officer ___ (badge ___) and "
        f"Officer ___ (badge ___) arrived within {c.r.randint(1, 4)} minutes. Verbal de-escalation was attempted for "
        f"about {c.r.randint(3, 15)} minutes. Patient then swung at the charge nurse, striking her left forearm. "
        f"A team hold was applied per policy and the patient was placed in {c.pla(_RESTRAINT_BRANDS)} four-point "
        f"restraints on the physician's order. {c.pla(_SCALES)} documented by nursing before and after.",
        f"Injuries: staff - contusion L forearm, referred to Employee Health; patient - none visible. "
        f"Belongings removed from the room and logged; phone and wallet moved to {c.locker()}.",
        f"Follow-up: {c.pla(_PUBLIC)} reportable? Reviewed by supervisor - entered in the {c.la('OSHA 300 log')} if "
        f"lost time. Police {c.pick(('notified, declined to respond', 'on scene, report pending', 'not notified per staff wishes'))}.",
        f"Radio channel: {c.la('TAC ' + str(c.r.randint(1, 9)))}   Body-worn camera: {c.pla(_GEAR)} activated.",
        _sign(c),
    ]


def _b_behav(c: _Ctx) -> list[str]:
    code = c.code()
    return [
        _dc_header(c, c.pick(("MEDICINE", "PSYCHIATRY", "EMERGENCY MEDICINE", "GERIATRICS"))),
        f"BEHAVIOURAL EMERGENCY RESPONSE NOTE ({code})\nCalled: {c.t()}   Team arrived: {c.t()}   Cleared: {c.t()}",
        f"Situation: ___ year old patient on hospital day {c.r.randint(1, 9)} with {c.pick(('alcohol withdrawal', 'delirium', 'acute psychosis', 'TBI', 'stimulant intoxication'))} "
        f"became acutely agitated, pulled out IV, and threatened staff with a {c.pick(('chair', 'IV pole', 'broken phone charger', 'food tray'))}. "
        f"{c.pla(_SCALES[2:3] + _SCALES[1:2])} score elevated. {c.la('CIWA-Ar')} last {c.r.randint(8, 26)}.",
        f"Interventions: environment cleared, sitter called, security at door. {_meds(c)}",
        f"Vitals after: {_vitals(c)}. Patient calmer after {c.r.randint(10, 45)} min, accepted water and a sandwich.",
        "Debrief held with staff; no staff injuries reported. Visitors asked to step out; one visitor declined and "
        f"was escorted to the lobby by security. {c.pla(_SOFT)} alert added to the chart ({c.ver()}).",
        f"Plan: continue 1:1 observation, reassess q1h, psychiatry consult placed, {c.pla(_HOTLINES)} information given "
        f"to family.",
        _sign(c),
    ]


def _b_restraint(c: _Ctx) -> list[str]:
    rows = "\n".join(
        f"{c.t():>9} | {c.pick(('4-pt', '2-pt', 'seclusion', '4-pt', 'released'))} | circ/skin {c.pick(('WNL', 'WNL', 'redness L wrist'))} "
        f"| fluids offered {c.pick(('Y', 'Y', 'refused'))} | RASS {c.pick(('+3', '+2', '+1', '0', '-1'))}"
        for _ in range(c.r.randint(4, 7)))
    return [
        _dc_header(c, c.pick(("PSYCHIATRY", "MEDICINE", "NEUROLOGY"))),
        f"RESTRAINT / SECLUSION DOCUMENTATION\nType: {c.pick(('violent / self-destructive', 'non-violent medical'))}   "
        f"Device: {c.pla(_RESTRAINT_BRANDS)} soft limb restraints {c.ref()}\nOrder time: {c.t()}   Order expires: 4 h (adult)",
        f"Reason: imminent risk of harm to others after patient punched a security officer and bit a PCA. Less restrictive "
        f"measures tried: verbal de-escalation, PRN offered, quiet room ({c.room()}).",
        f"ONE-HOUR FACE-TO-FACE EVALUATION (completed at {c.t()}): patient agitated but oriented x2, airway intact, "
        f"no injury from hold. {c.la('Richmond Agitation-Sedation Scale')} +2. Continue restraint, reassess in 1 hour.",
        "MONITORING FLOWSHEET\n     Time | status | circ/skin | fluids | RASS\n" + rows,
        f"{_meds(c)}",
        f"Release criteria met at {c.t()}; debrief with patient held. Seclusion room video {c.cam()} reviewed by the "
        f"nurse manager.",
        _sign(c),
    ]


def _b_valuables(c: _Ctx) -> list[str]:
    items = [
        f"Cash                        ${c.r.randint(3, 480)}.{c.r.randint(0, 99):02d}   counted x2",
        f"Cell phone                  {c.pla(_PHONES_BR)}, cracked screen",
        f"Watch                       {c.pla(_WEAR)}",
        f"Wallet                      brown leather, {c.r.randint(1, 6)} cards, photo ID",
        f"Jewelry                     {c.pick(('yellow-metal ring', 'chain w/ cross pendant', 'stud earrings x2', 'wedding band'))}",
        f"Keys                        ring of {c.r.randint(2, 9)}, car fob",
        f"Dental                      {c.la('Invisalign')} trays in case (kept at bedside)",
        f"Medications from home       {c.pla(_DRUGS)} bottle - sent to pharmacy",
    ]
    c.r.shuffle(items)
    return [
        _form_header(c, c.pick(("PATIENT BELONGINGS & VALUABLES INVENTORY", "Valuables / Property Inventory", "PROPERTY LIST - ADMISSION"))),
        "ITEM                        DESCRIPTION\n" + "\n".join(items[: c.r.randint(4, 7)]),
        f"Clothing: {c.r.randint(1, 3)} patient property bag(s), {c.pick(('blue', 'white', 'clear'))} bag tag, stored in "
        f"{c.locker()}. Shoes and belt held by security (ligature risk).",
        f"Valuables envelope #___ sealed at {c.t()} in presence of patient and two witnesses (___ RN, ___ PCA) and "
        f"placed in the cashier safe ({c.locker()}). Patient {c.pick(('signed', 'unable to sign - two-staff witness', 'refused to sign'))}.",
        "Hospital is not responsible for items kept at bedside (dentures, glasses, hearing aids). Patient was "
        f"offered {c.la('Ziploc')}-style denture cup and labelled case.",
        f"Release: ___  Released to: ___  Date: {c.sd()}  Witness: ___",
        _sign(c),
    ]


def _b_lost(c: _Ctx) -> list[str]:
    return [
        _form_header(c, c.pick(("LOST AND FOUND - CLAIM / RELEASE", "Lost & Found Log", "SECURITY LOST PROPERTY RECORD"))),
        f"Item found: {c.pick(('black backpack', 'wallet', 'phone in case', 'pair of glasses', 'hearing aid case', 'house keys'))} "
        f"found by EVS in {c.room()} at {c.t()} after patient transfer. Turned in to the security office and logged; "
        f"bin {c.locker()}.",
        f"Contents: {c.pick(('phone', 'cards', 'cash', 'medication bottle'))}, {c.pick(('charger', 'lighter', 'receipts', 'keys'))}, "
        f"{c.pla(_PHONES_BR)}. Cash counted by two officers. Medications ({c.pla(_DRUGS)}) sent to pharmacy for destruction.",
        "Claim: caller described the item correctly (colour, brand, case). Identity checked at the desk with photo ID. "
        "Claimant: ___   Relationship: ___   Phone: ___",
        f"Retention: unclaimed property held 90 days then donated or destroyed per policy; camera {c.cam()} footage "
        f"reviewed for a disputed item.",
        f"Notes: patient states a {c.pla(_WEAR)} is still missing; search of the ED, {c.room()} and the linen chute "
        f"negative. Complaint routed to patient relations.",
        _sign(c),
    ]


def _b_weapons(c: _Ctx) -> list[str]:
    return [
        _form_header(c, c.pick(("ED WEAPONS SCREENING LOG", "Weapons Screening / Contraband", "ENTRY SCREENING - CONFISCATION"))),
        f"Screening: walk-through {c.pla(_SCREEN_BRANDS)} alarm at the ambulance entrance at {c.t()}; secondary search "
        f"with {c.la('Garrett SuperWand')} by Officer ___ (badge ___).",
        f"Items found: {c.pick(('folding knife 3-inch blade', 'box cutter', 'brass knuckles', 'pepper spray', 'hypodermic needles x4'))}, "
        f"{c.pick(('lighter', 'screwdriver', 'taser', 'razor blade in wallet'))}, naloxone kit ({c.la('Narcan')} 4 mg nasal) "
        f"returned to patient. No firearm.",
        f"Disposition: items placed in evidence bag and locked in {c.locker()}; {c.pick(('released to police', 'to be returned at discharge', 'destroyed per policy'))}. "
        f"Patient cooperative after explanation; placed in {c.room()} with sitter.",
        f"Screening statistics this shift: {c.r.randint(40, 260)} screened, {c.r.randint(0, 9)} items confiscated. "
        f"Software {c.ver()}. Camera {c.cam()} covers the lane.",
        f"Note: patient later requested the knife back, stating it is for work; told it will be handled at discharge "
        f"with police present if required. {c.pla(_HOTLINES)} card offered.",
        _sign(c),
    ]


def _b_police(c: _Ctx) -> list[str]:
    return [
        _dc_header(c, c.pick(("EMERGENCY MEDICINE", "SURGERY", "MEDICINE", "TRAUMA"))),
        f"POLICE CUSTODY / OFFICER HANDOFF NOTE\nPatient arrived in handcuffs at {c.t()} accompanied by Officer ___ "
        f"(badge ___) and Officer ___ (badge ___). Custody status: {c.pick(('under arrest', 'police hold', 'mental hygiene arrest (MHL 9.41)', 'in custody - corrections'))}.",
        f"Medical: ___ year old with {c.pick(('facial lacerations', 'suspected hand fracture', 'intoxication', 'chest pain after taser deployment'))} "
        f"after {c.pick(('an arrest', 'a fight', 'a vehicle pursuit', 'a struggle with officers'))}. {_vitals(c)}. GCS 15 "
        f"({c.la('Glasgow Coma Scale')}).",
        f"Handoff: officers rotated at {c.t()}; relief officer ___ (badge ___). Handcuff to bed rail removed for exam "
        f"and reapplied. Belongings held by police: phone, wallet. Hospital property inventory done for clothing only "
        f"({c.locker()}).",
        "Privacy: police given only information needed for custody; no copy of records released without a subpoena "
        "or authorisation. Patient asked that family not be told of location.",
        f"Disposition: medically cleared at {c.t()}, discharged to police custody. Return precautions written for "
        f"the correctional medical staff. Tdap given ({c.la('Tdap (Boostrix)')}, {c.lot()}).",
        _sign(c),
    ]


def _b_trespass(c: _Ctx) -> list[str]:
    return [
        _form_header(c, c.pick(("TRESPASS NOTICE / VISITOR RESTRICTION", "Visitor Restriction Review", "NOTICE OF TRESPASS"))),
        f"Background: visitor for a patient in {c.room()} became verbally abusive at the nursing station, threw a cup of "
        f"coffee and threatened to 'come back with friends'. {c.code()} called at {c.t()}.",
        "Action: individual escorted off campus by security. Verbal and written trespass notice served; banned from all "
        f"campus buildings for {c.pick(('6 months', '1 year', '2 years'))}. Photo added to the security desk binder and "
        f"the visitor badge system ({c.pla(_SOFT)}).",
        f"Patient visitor list: restricted to {c.r.randint(1, 3)} named visitors, password required. Patient agreed. "
        f"Flag placed in the chart. Camera {c.cam()} footage preserved.",
        "If the individual returns: call security (x4444), do not engage, police to be called for trespass. Staff "
        f"reminded of {c.pla(_PUBLIC)} workplace violence guidance.",
        f"Review date: {c.sd()}. Reviewed with nurse manager and social work; domestic violence resources "
        f"({c.la('1-800-799-7233')}) given to patient privately.",
        _sign(c),
    ]


def _b_employee(c: _Ctx) -> list[str]:
    return [
        _form_header(c, c.pick(("EMPLOYEE HEALTH - STAFF ASSAULT FOLLOW-UP", "Staff Injury / Assault Report", "OCCUPATIONAL HEALTH VISIT"))),
        f"Employee: ___ ({c.pick(('RN', 'PCA', 'security officer', 'ED tech', 'unit clerk'))}), ___ years of service. "
        f"Injury at {c.t()} on unit while caring for a patient during a {c.code()}.",
        f"Mechanism: {c.pick(('bitten on the R forearm, skin broken', 'punched in the face', 'kicked in the abdomen', 'wrist twisted during hold', 'scratched on the neck'))}. "
        f"Exam: {c.pick(('2 cm bite wound, no tendon involvement', 'nasal tenderness, no septal hematoma', 'mild wrist swelling, snuffbox non-tender', 'superficial abrasions'))}. "
        f"{c.pla(_MISC_EP)} negative.",
        f"Exposure protocol (bite/blood): source patient consented to HIV/HBV/HCV testing. Employee hep B surface Ab "
        f"{c.pick(('immune', 'non-immune - dose of ' + c.pla(_VACC) + ' given'))}. PEP {c.pick(('not indicated', 'offered and declined', 'started: ' + c.la('Truvada')))}. "
        f"{c.ndc()}.",
        f"Work status: {c.pick(('full duty', 'modified duty x 1 week', 'off work 3 days'))}. EAP referral made. "
        f"Reported in the {c.la('OSHA 300 log')}; incident review scheduled.",
        f"Employee chose {c.pick(('to file', 'not to file'))} a police report. Security liaison ___ offered escort to car "
        f"for 2 weeks.",
        _sign(c),
    ]


def _b_dcsum(c: _Ctx) -> list[str]:
    return [
        _dc_header(c, c.pick(("MEDICINE", "PSYCHIATRY", "SURGERY", "NEUROLOGY"))),
        f"Chief Complaint:\n{c.pick(('agitation', 'alcohol withdrawal', 'assault', 'altered mental status', 'overdose'))}",
        f"History of Present Illness:\n___ year old {c.pick(('man', 'woman'))} brought by EMS after "
        f"{c.pick(('an assault at a bar', 'being found confused in a parking garage', 'a fall while intoxicated', 'an argument with a neighbour'))}. "
        f"On arrival agitated; weapons screening positive for a pocket knife, which was secured. {c.pla(_SCALES)} used.",
        f"Brief Hospital Course:\nHospital day {c.r.randint(1, 3)}: {c.code()} called for aggression; brief 4-point "
        f"restraint ({c.pla(_RESTRAINT_BRANDS)}) for {c.r.randint(30, 180)} minutes, released without injury. Treated "
        f"for withdrawal. A visitor restriction was placed after a family member threatened staff. Valuables kept in "
        f"the cashier safe; returned at discharge and signed for.",
        f"Pertinent Results:\nWBC {c.r.randint(40, 140) / 10} Hgb {c.r.randint(95, 160) / 10} Na {c.r.randint(130, 146)} "
        f"EtOH {c.r.randint(0, 320)} CK {c.r.randint(80, 4800)}",
        f"Discharge Medications:\n1. {c.pla(_DRUGS)} as needed\n2. thiamine 100 mg daily\n3. folic acid 1 mg daily",
        f"Discharge Disposition:\n{c.pick(('Home', 'Home with services', 'Police custody', 'Inpatient psychiatry'))}\n\n"
        f"Followup Instructions:\nPCP in 1 week; {c.pla(_HOTLINES)} if in crisis. Last updated {c.sd()}.",
    ]


# --------------------------------------------------------------------------------------------------
# Builders (radiology type)
# --------------------------------------------------------------------------------------------------


def _rad_head(c: _Ctx, exam: str, ind: str) -> str:
    return (f"EXAMINATION:  {exam}\n\nINDICATION:  ___ year old {c.pick(('man', 'woman', 'patient'))} {ind}  "
            f"Evaluate for {c.pick(('fracture', 'acute injury', 'hemorrhage', 'foreign body'))}.\n\n"
            f"TECHNIQUE:  {c.pick(('Routine protocol.', 'Helical acquisition, multiplanar reformats.', 'Three views.', 'Two views.'))} "
            f"DLP {c.r.randint(180, 1900)} mGy-cm.\n\nCOMPARISON:  {c.pick(('None.', 'Prior study dated ' + c.sd() + '.', 'Outside images not available.'))}")


def _rad_tail(c: _Ctx) -> str:
    return c.pick((f"Findings discussed with the ordering clinician by telephone at {c.t()}.",
                   f"Reviewed on {c.pla(_PACS)} {c.ver()}.", "Attending radiologist ___ has reviewed the images.",
                   f"Preliminary read by resident ___ at {c.t()}; agree."))


def _r_head(c: _Ctx) -> list[str]:
    return [
        _rad_head(c, c.pick(("CT HEAD W/O CONTRAST", "CT HEAD AND MAXILLOFACIAL W/O CONTRAST", "CT SINUS/MANDIBLE/MAXILLOFACIAL")),
                  c.pick(("assaulted with fists, LOC.", "struck with a bottle during an altercation.",
                          "head strike during a behavioural emergency takedown.", "punched by another patient on the unit."))),
        f"FINDINGS:\n\nNo acute intracranial hemorrhage, mass effect or midline shift. Gray-white differentiation "
        f"preserved. Ventricles normal in size. Attenuation {c.r.randint(28, 42)} {c.la('Hounsfield units')} in the "
        f"basal ganglia. {c.pick(('Left', 'Right'))} periorbital soft tissue swelling with a {c.r.randint(4, 18)} mm hematoma.",
        f"Facial bones: {c.pick(('Nondisplaced fracture of the left nasal bone.', 'Minimally depressed fracture of the anterior wall of the right maxillary sinus with hemosinus.', 'No facial fracture.', 'Fracture of the right zygomatic arch.'))} "
        f"No {c.pla(_FACE_EP)} pattern. Orbits intact; globes normal. Mandible and TMJs intact. Coronal reformats "
        f"simulate a {c.pla(_VIEWS)}.",
        f"Mastoid air cells clear; no {c.la('Battle sign')}-type postauricular hematoma. Dental: {c.pick(('fracture of tooth 8', 'no dental injury', 'missing tooth 9, socket empty'))}.",
        f"IMPRESSION:\n\n1. No acute intracranial abnormality.\n2. {c.pick(('Nasal bone fracture.', 'Facial soft tissue swelling without fracture.', 'Maxillary sinus wall fracture.'))}",
        _rad_tail(c),
    ]


def _r_hand(c: _Ctx) -> list[str]:
    ep = c.pla(_HAND_EP)
    return [
        _rad_head(c, c.pick(("HAND (PA, LAT & OBLIQUE) RIGHT", "HAND 3+ VIEWS LEFT", "FINGER(S) 2+ VIEWS RIGHT")),
                  c.pick(("punched a wall during a code grey.", "punched a security officer.", "hand injury after striking another person.",
                          "swelling over 5th MCP after a fight."))),
        f"FINDINGS:\n\nThere is a {c.pick(('transverse', 'oblique', 'comminuted'))} fracture of the {c.pick(('fifth', 'fourth', 'fifth', 'third'))} "
        f"metacarpal neck with {c.r.randint(15, 55)} degrees of volar angulation, consistent with a {ep}. "
        f"No intra-articular extension. Other metacarpals and phalanges intact.",
        f"Soft tissue swelling over the dorsal hand. {c.pick(('A 2 mm radiopaque density in the soft tissues over the MCP joint, possibly a tooth fragment (fight bite).', 'No radiopaque foreign body.', 'Tiny air locule dorsal to the fourth MCP - correlate for laceration.'))}",
        f"Carpal alignment normal. Distal radius and ulna intact; no {c.pla(_HAND_EP)}. Bone mineralization normal.",
        f"IMPRESSION:\n\n{c.pick(('Fifth metacarpal neck fracture with volar angulation.', 'Fourth and fifth metacarpal fractures.', 'No acute fracture.'))} "
        f"Recommend hand surgery follow-up; antibiotics if fight-bite suspected.",
        _rad_tail(c),
    ]


def _r_fb(c: _Ctx) -> list[str]:
    return [
        _rad_head(c, c.pick(("ABDOMEN (SUPINE & ERECT)", "CT ABDOMEN/PELVIS W/O CONTRAST", "KUB 1 VIEW", "CHEST AND ABDOMEN FOREIGN BODY SURVEY")),
                  c.pick(("in police custody, suspected ingestion of drug packets.", "on suicide watch, reportedly swallowed a razor blade.",
                          "swallowed batteries while in seclusion.", "possible concealed object prior to transfer to jail."))),
        f"FINDINGS:\n\n{c.pick(('Multiple ovoid, uniform densities in the colon, each about 3 cm, consistent with ingested packets.', 'A linear metallic foreign body projects over the left upper quadrant, likely within the stomach.', 'Two round metallic densities with a double-ring (halo) sign in the stomach, consistent with button batteries.', 'No radiopaque foreign body identified.'))}",
        f"Bowel gas pattern {c.pick(('nonobstructive', 'normal', 'with mildly dilated small bowel loops'))}. No free air. "
        f"No evidence of {c.pla(_GI_EP)}-type perforation. Oral contrast ({c.pla(_CONTRAST)}) {c.pick(('not given', 'given'))}.",
        f"External artifacts: {c.pick(('hospital gown snaps', 'ECG leads', 'belly-chain from police restraints', 'metallic zipper'))} over the pelvis; "
        f"handcuffs project over the wrists. Visualized lung bases clear.",
        f"IMPRESSION:\n\n{c.pick(('Findings consistent with ingested foreign bodies as above; surgery and GI notified.', 'No radiopaque foreign body.', 'Probable gastric razor blade - endoscopy consult.'))} "
        f"Follow-up film in {c.r.randint(6, 24)} hours if conservative management.",
        _rad_tail(c),
    ]


def _r_chest(c: _Ctx) -> list[str]:
    return [
        _rad_head(c, c.pick(("CHEST (PA & LAT)", "CHEST (PORTABLE AP)", "CT CHEST W/ CONTRAST", "RIB SERIES LEFT")),
                  c.pick(("kicked in the chest during an altercation.", "chest pain after being restrained prone.",
                          "stabbed with a pen in the waiting room.", "taser barbs, chest wall pain."))),
        f"FINDINGS:\n\nLungs are clear. No pneumothorax or pleural effusion. {c.pick(('Acute nondisplaced fracture of the left 6th rib laterally.', 'No displaced rib fracture.', 'Subcutaneous emphysema along the right chest wall.', 'Two small metallic barbs project over the left anterior chest wall.'))}",
        f"Cardiomediastinal silhouette normal. No widening to suggest aortic injury. Contrast: {c.pla(_CONTRAST)} "
        f"{c.r.randint(60, 100)} mL, {c.lot()}.",
        f"Osseous structures: thoracic spine alignment preserved; no {c.pla(_SPINE_EP)}. Old healed clavicle fracture.",
        f"IMPRESSION:\n\n{c.pick(('No acute cardiopulmonary process.', 'Left rib fracture without pneumothorax.', 'Retained taser probes, no pneumothorax.'))}",
        _rad_tail(c),
    ]


def _r_cspine(c: _Ctx) -> list[str]:
    return [
        _rad_head(c, c.pick(("CT C-SPINE W/O CONTRAST", "CT CERVICAL SPINE", "MR CERVICAL SPINE W/O CONTRAST")),
                  c.pick(("neck pain after a prone takedown by security.", "fell during restraint application, neck pain.",
                          "choked and thrown to the ground by another patient.", "neck injury during police arrest."))),
        f"FINDINGS:\n\nAlignment is normal. Vertebral body heights are maintained. No acute fracture; no "
        f"{c.pla(_SPINE_EP)} or {c.pla(_SPINE_EP)}. Prevertebral soft tissues normal ({c.r.randint(3, 6)} mm at C2).",
        f"Degenerative change: {c.pick(('mild disc space narrowing at C5-6', 'uncovertebral spurring C4-7', 'none significant'))}. "
        f"Canal and foramina patent. Lung apices clear.",
        f"Soft tissues: {c.pick(('no hematoma', 'mild swelling of the posterior paraspinal soft tissues', 'cervical collar artifact'))}. "
        f"{c.pick(('Vocal cords symmetric.', 'Hyoid and thyroid cartilage intact.'))}",
        "IMPRESSION:\n\nNo acute cervical spine fracture or malalignment. If persistent symptoms or neurologic deficit, "
        "MRI is recommended.",
        _rad_tail(c),
    ]


def _r_staff(c: _Ctx) -> list[str]:
    return [
        _rad_head(c, c.pick(("WRIST (3+ VIEWS) LEFT", "FOREARM (AP & LAT) RIGHT", "NASAL BONES", "KNEE (3 VIEWS) RIGHT")),
                  c.pick(("hospital employee, wrist twisted by a patient during a hold. Employee Health referral.",
                          "nurse bitten on the forearm by a patient.", "security officer kicked in the knee.",
                          "PCA punched in the nose by a confused patient."))),
        f"FINDINGS:\n\n{c.pick(('No acute fracture or dislocation.', 'Nondisplaced fracture of the scaphoid waist.', 'Small dorsal triquetral avulsion fragment.', 'Soft tissue swelling, no fracture.'))} "
        f"{c.pla(_HAND_EP)} excluded. Joint spaces preserved.",
        f"Soft tissues: {c.pick(('no radiopaque foreign body (tooth fragment) at the bite site', 'swelling dorsally', 'no gas'))}. "
        f"{c.pick(('Scaphoid views recommended if snuffbox tenderness persists.', 'Clinical correlation for ligamentous injury.'))} "
        f"{c.pla(_MISC_EP)} correlation per clinical note.",
        "Workers' compensation imaging - report copied to Employee Health. Do not release to supervisor without the "
        "employee's authorisation.",
        f"IMPRESSION:\n\n{c.pick(('No acute osseous injury.', 'Scaphoid fracture; thumb spica and orthopedic follow-up.', 'Triquetral avulsion fracture.'))}",
        _rad_tail(c),
    ]


# --------------------------------------------------------------------------------------------------
# Extra sections (added until a note reaches its drawn length)
# --------------------------------------------------------------------------------------------------


def _x_debrief(c: _Ctx) -> str:
    return (f"STAFF DEBRIEF ({c.t()}):\nWhat happened: escalation over {c.pick(('discharge plans', 'a denied cigarette break', 'visiting hours', 'a missing phone charger'))}. "
            f"What went well: early call for help, clear team leader, {c.code()} response within {c.r.randint(1, 5)} min. "
            f"What to improve: {c.pick(('room sweep for loose objects', 'earlier PRN offer', 'radio dead zone near the elevator', 'sitter handoff'))}. "
            f"Attendees: ___, ___, ___.")


def _x_patient_statement(c: _Ctx) -> str:
    return (f"Patient statement (in own words): \"{c.pick(('They took my stuff and nobody told me where it went.', 'I did not hit anybody, I was defending myself.', 'I want to leave, you cannot keep me here.', 'Somebody stole my watch in the ER.'))}\" "
            f"Patient {c.pick(('calm', 'tearful', 'guarded', 'loud but redirectable'))} during interview; capacity assessment deferred to the attending.")


def _x_notify(c: _Ctx) -> str:
    return ("NOTIFICATIONS\n"
            f"  Nurse manager ......... ___ at {c.t()}\n"
            f"  Administrator on call . ___ at {c.t()}\n"
            f"  Attending ............. ___ at {c.t()}\n"
            f"  Police ................ {c.pick(('declined', 'called', 'n/a', 'on scene'))}\n"
            f"  Family ................ {c.pick(('patient declined', 'left message', 'n/a'))}")


def _x_env(c: _Ctx) -> str:
    return (f"Environment of care: room sweep completed at {c.t()}; removed {c.pick(('cords', 'plastic bags', 'utensils', 'a belt'))} and "
            f"{c.pick(('shoelaces', 'a glass vase', 'extra linens', 'a phone charger'))}. Ligature-resistant room not available; "
            f"{c.room()} used with a sitter. Panic alarm tested. {c.pla(('Motorola APX 6000', 'Vocera'))} radios checked on channel "
            f"{c.r.randint(1, 8)}.")


def _x_exam(c: _Ctx) -> str:
    return (f"Physical Exam:\nVitals: {_vitals(c)}\nGeneral: {c.pick(('agitated', 'sleeping, arousable', 'calm, cooperative', 'pacing'))}\n"
            f"HEENT: {c.pick(('abrasion L cheek', 'no trauma', 'periorbital swelling R'))}\nExtremities: "
            f"{c.pick(('restraint sites without skin breakdown', 'R hand swollen over 5th MCP', 'no edema'))}\n"
            f"Neuro: A&O x{c.r.randint(1, 3)}, moves all extremities; {c.la('Glasgow Coma Scale')} {c.r.randint(13, 15)}")


def _x_policy(c: _Ctx) -> str:
    return (f"Policy reference: Workplace Violence Prevention Program ({c.la('Joint Commission')} standard), "
            f"restraint policy rev. {c.r.randint(2, 9)}; see also {c.pla(('www.osha.gov', 'www.cdc.gov/niosh', 'www.jointcommission.org'))}. "
            f"Out-of-state visitors from {c.pla(_STATES)} and {c.pla(_COUNTRIES)} follow the same visitor rules.")


def _x_social(c: _Ctx) -> str:
    return (f"Social History:\nPatient {c.pick(('lives alone', 'lives with partner', 'is unhoused', 'lives with parents'))}; moved from "
            f"{c.pla(_COUNTRIES)} {c.r.randint(2, 30)} years ago. Tobacco {c.r.randint(0, 2)} ppd. Etoh daily. "
            f"Insurance: {c.pla(_PAYERS)} (ID ___). Age at first arrest ___. Family in {c.pla(_STATES)}.")


def _x_risk(c: _Ctx) -> str:
    return (f"Risk screen: {c.la('Broset Violence Checklist')} {c.r.randint(0, 6)}/6 (confusion {c.r.randint(0, 1)}, irritability "
            f"{c.r.randint(0, 1)}, boisterousness {c.r.randint(0, 1)}, threats {c.r.randint(0, 1)}). "
            f"{c.la('Columbia Suicide Severity Rating')}: {c.pick(('no risk', 'low risk', 'moderate - sitter ordered'))}. "
            f"Violence flag {c.pick(('added', 'continued', 'reviewed, not needed'))} in the chart.")


def _x_addendum(c: _Ctx) -> str:
    return (f"ADDENDUM {c.sd()} {c.t()}: {c.pick(('Property reconciled with the patient; nothing missing.', 'Patient requested copy of the incident report - referred to risk management.', 'Follow-up call with the injured employee; pain improving.', 'Video from ' + c.cam() + ' saved to the evidence drive.'))} "
            f"Reviewed by ___.")


_DC_EXTRA = (_x_debrief, _x_patient_statement, _x_notify, _x_env, _x_exam, _x_policy, _x_social, _x_risk,
             _x_addendum)


def _y_history(c: _Ctx) -> str:
    return (f"CLINICAL HISTORY:  ___ {c.pick(('M', 'F'))} brought by police / security after an altercation. "
            f"{c.pick(('Pain and swelling.', 'Intoxicated, limited history.', 'Reports loss of consciousness.', 'Uncooperative with exam.'))} "
            f"{c.la('Age ' + str(c.r.randint(19, 86)))}.")


def _y_dose(c: _Ctx) -> str:
    return (f"Dose report: CTDIvol {c.r.randint(8, 60)} mGy; total DLP {c.r.randint(200, 1800)} mGy-cm. Scanner software "
            f"{c.ver()}. Contrast {c.lot()} ({c.la('Omnipaque 350')} not used unless stated).")


def _y_limit(c: _Ctx) -> str:
    return (f"Limitations: patient {c.pick(('in handcuffs', 'restrained', 'moving', 'in a cervical collar'))}; images "
            f"{c.pick(('mildly degraded by motion', 'adequate', 'limited on the lateral view'))}. Security officer present in "
            f"the scanner room ({c.room()}) during the exam; officer shielded.")


def _y_recommend(c: _Ctx) -> str:
    return (f"RECOMMENDATION(S):  {c.pick(('Follow-up radiographs in 10-14 days.', 'Clinical correlation.', 'Orthopedic / hand surgery referral.', 'No further imaging needed.'))} "
            f"Case logged for the trauma registry; {c.pla(_PACS)} key images flagged.")


def _y_notify(c: _Ctx) -> str:
    return (f"NOTIFICATION:  The findings were discussed by Dr. ___ with Dr. ___ on the telephone on {c.sd()} at "
            f"{c.t()}, {c.r.randint(2, 30)} minutes after discovery of the findings.")


def _y_incidental(c: _Ctx) -> str:
    return (f"ADDITIONAL FINDINGS:  {c.pick(('Old healed fracture of the right distal radius.', 'Incidental 4 mm nodule, no follow-up needed.', 'Degenerative change.', 'Ossicle, normal variant.'))} "
            f"{c.pla(_MISC_EP)} correlation was suggested by the clinical team; not assessable radiographically.")


def _y_tech(c: _Ctx) -> str:
    return (f"Technologist note: {c.pick(('patient escorted by two officers', 'sitter present', 'patient in soft restraints', 'positioning limited'))}; "
            f"{c.pick(('lead apron offered to officer', 'exam repeated once for motion', 'no contrast given'))}. Room {c.r.randint(1, 9)} "
            f"scanner, {c.la('Hounsfield units')} calibration phantom passed this morning.")


_RAD_EXTRA = (_y_history, _y_dose, _y_limit, _y_recommend, _y_notify, _y_incidental, _y_tech)


_Builder = Callable[[_Ctx], list[str]]

_KINDS: dict[str, tuple[str, _Builder]] = {
    "security_incident_report": ("discharge", _b_incident),
    "behavioural_emergency": ("discharge", _b_behav),
    "restraint_seclusion": ("discharge", _b_restraint),
    "valuables_inventory": ("discharge", _b_valuables),
    "lost_and_found": ("discharge", _b_lost),
    "weapons_screening": ("discharge", _b_weapons),
    "police_custody_handoff": ("discharge", _b_police),
    "trespass_visitor_restriction": ("discharge", _b_trespass),
    "staff_assault_employee_health": ("discharge", _b_employee),
    "discharge_summary_security": ("discharge", _b_dcsum),
    "ct_head_face_assault": ("radiology", _r_head),
    "hand_xray_punch": ("radiology", _r_hand),
    "foreign_body_search": ("radiology", _r_fb),
    "chest_trauma_altercation": ("radiology", _r_chest),
    "cspine_after_takedown": ("radiology", _r_cspine),
    "staff_injury_imaging": ("radiology", _r_staff),
}
DOCUMENT_KINDS = tuple(_KINDS)

# 40-slot cycle: 18 radiology slots (45%), 22 discharge slots
_DC = [k for k, v in _KINDS.items() if v[0] == "discharge"]
_RAD = [k for k, v in _KINDS.items() if v[0] == "radiology"]
_CYCLE = tuple(_DC + _DC + _DC[:2] + _RAD * 3)
assert len(_CYCLE) == 40

# weighted category wheel (Weyl sequence over it)
_WHEEL = (("ACCOUNT",) * 4 + ("PERSON",) * 4 + ("ORGANIZATION",) * 3 + ("DATE_REAL_YEAR",) * 3 + ("VEHICLE_ID",) * 2
          + ("DEVICE_ID",) * 2 + ("LOCATION",) * 2
          + ("PHONE", "FAX", "PAGER", "EMAIL", "URL", "IP_ADDRESS", "SSN", "MRN", "HEALTH_PLAN", "LICENSE", "ZIP",
             "STREET_ADDRESS", "AGE_OVER_89"))
_PHI = 0.6180339887498949
_SQRT2 = 0.4142135623730951

_HEAVY_SLOTS = frozenset((3, 24, 47, 66, 88))
_PLANT_SLOTS = frozenset(sorted((s for s in range(100) if s not in _HEAVY_SLOTS), key=lambda s: (s * 53) % 100)[:58])


def _slot(seed: int, i: int) -> int:
    return (i * 37 + seed * 11) % 100


def _plan_for(seed: int, i: int) -> tuple[bool, list[str]]:
    s = _slot(seed, i)
    if s in _HEAVY_SLOTS:
        return True, []
    if s not in _PLANT_SLOTS:  # 58 of the 95 non-heavy slots carry plants
        return False, []
    n = 1 + int(((i + seed * 0.5) * _SQRT2 % 1.0) * 4)
    cats = [_WHEEL[int((((i * 4 + j) * _PHI + seed * 0.2357) % 1.0) * len(_WHEEL))] for j in range(n)]
    return False, cats


def document_kind(seed: int, i: int) -> str:
    return _CYCLE[(i * 11 + seed * 7) % len(_CYCLE)]


def _assemble(parts: list[Part]) -> tuple[str, list[tuple[int, int, str]]]:
    out: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    for p in parts:
        if isinstance(p, tuple):
            spans.append((pos, pos + len(p[0]), p[1]))
            out.append(p[0])
            pos += len(p[0])
        else:
            out.append(p)
            pos += len(p)
    return "".join(out), spans


def _build(seed: int, i: int) -> tuple[LabelledNote, list[str], str]:
    r = random.Random(f"holdout75:{seed}:{i}")
    heavy, cats = _plan_for(seed, i)
    kind = document_kind(seed, i)
    note_type, builder = _KINDS[kind]
    c = _Ctx(r, heavy)
    base = builder(c)
    clinical = base[0].startswith("Name:")
    extras = [fn for fn in (_RAD_EXTRA if note_type == "radiology" else _DC_EXTRA)
              if clinical or fn not in (_x_exam, _x_social)]
    r.shuffle(extras)
    target = r.randint(1250, 2700)
    while extras and sum(len(b) for b in base) < target:
        fn = extras.pop()
        if fn is _x_addendum:
            base.append(fn(c))
        elif note_type == "discharge":
            base.insert(r.randint(max(1, len(base) // 2), len(base) - 1), fn(c))
        else:
            base.insert(1 if fn is _y_history else len(base) - 2, fn(c))
    sections: list[list[Part]] = [[s] for s in base]
    if heavy:
        sections.insert(r.randint(1, len(sections) - 1), [_heavy_block(c)])
    for cat in cats:
        sections.insert(r.randint(1, len(sections)), _plant(c, cat))
    parts: list[Part] = []
    for k, sec in enumerate(sections):
        if k:
            parts.append(r.choice(("\n\n", "\n\n", "\n", "\n \n")))
        parts.extend(sec)
    parts.append("\n")
    text, spans = _assemble(parts)
    look: list[str] = []
    for la in dict.fromkeys(c.look):
        if la in look or la not in text:
            continue
        start, ok = 0, True
        while (k := text.find(la, start)) >= 0:
            if any(s < k + len(la) and k < e for s, e, _ in spans):
                ok = False
                break
            start = k + 1
        if ok:
            look.append(la)
    return LabelledNote(note_type, text, spans), look, "heavy" if heavy else "normal"


def holdout75_note(seed: int, i: int) -> LabelledNote:
    return _build(seed, i)[0]


def holdout75_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout75_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = holdout_measure.measure(
        holdout75_corpus, argv, "Held-out corpus 75 (blind): hospital security, valuables and workplace violence")
    holdout_measure.report("holdout75", args, notes, hits, res)


if __name__ == "__main__":
    main(sys.argv[1:])
