"""Synthetic MIMIC-IV-Note-shaped notes with planted residual identifiers (labelled ground truth).

Shares no code with the probe (``lqs_clinical.notes``): the ground truth here is independent of the
detectors, or the tests comparing the two would prove nothing.

Two disjoint *families* of planting templates and surrogate values:

- ``"calibration"`` — used by :func:`write_note_module` and to measure the detectors' recall and
  false-positive rate for the calibrated (Rogan–Gladen) residual rate;
- ``"evaluation"`` — different sentence templates, clinical filler, names, places, hospitals and
  identifier formats; never used to tune or calibrate, only to report recall/precision honestly.

Everything is deterministic from the seed (``random.Random``; no global state).
"""

from __future__ import annotations

import csv
import io
import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from lqs_clinical.synth.gz import reproducible_gzip

CATEGORIES = (
    "PHONE", "FAX", "PAGER", "EMAIL", "URL", "IP_ADDRESS", "SSN", "MRN", "ACCOUNT", "HEALTH_PLAN",
    "LICENSE", "ZIP", "STREET_ADDRESS", "DATE_REAL_YEAR", "AGE_OVER_89", "DEVICE_ID", "VEHICLE_ID",
    "PERSON", "LOCATION", "ORGANIZATION",
)
NOTE_COLUMNS = ("note_id", "subject_id", "hadm_id", "note_type", "note_seq", "charttime", "storetime", "text")


@dataclass
class LabelledNote:
    note_type: str  # "discharge" | "radiology"
    text: str
    spans: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, category)


# --------------------------------------------------------------------------------------------------
# Surrogate values per family (fictitious; disjoint between families)
# --------------------------------------------------------------------------------------------------

_SURROGATES = {
    "calibration": {
        "first": ["John", "Mary", "Robert", "Linda", "Michael", "Susan", "David", "Karen", "James",
                  "Nancy", "William", "Patricia", "Thomas", "Barbara", "Richard", "Elizabeth"],
        "last": ["Smith", "Johnson", "Williams", "Brown", "Miller", "Davis", "Wilson", "Anderson",
                 "Taylor", "Moore", "Jackson", "Martin", "Thompson", "Robinson", "Clark", "Lewis"],
        "city": ["Springfield", "Worcester", "Lowell", "Brockton", "Quincy", "Lynn", "Newton",
                 "Somerville", "Framingham", "Haverhill", "Waltham", "Malden"],
        "street": ["Maple", "Oak", "Pine", "Cedar", "Elm", "Washington", "Lincoln", "Highland"],
        "suffix": ["Street", "Avenue", "Road", "St", "Ave"],
        "hospital": ["Saint Mary Hospital", "Lakeside Medical Center", "Riverside General Hospital",
                     "North Shore Medical Center", "Greenfield Community Hospital"],
        "domain": ["gmail.com", "yahoo.com", "comcast.net"],
        "web": ["mychart-portal", "carepartners", "heartclinic"],
        "state": ["MA", "NH", "RI"],
        "dir": ["N.", "S", "E", "W."],
        "abbr": ["Ct", "Ln", "Dr", "Pl", "St"],
        "unit": ["Apt", "Unit", "#"],
        "far_city": ["Tulsa", "Boise", "Santa Fe", "Chattanooga", "Wichita", "Albuquerque"],
        "facility": ["Golden Pond Hospice", "Maple Grove Manor", "Sunny Acres Nursing Home",
                     "Brookside Rehabilitation Center", "Lakeview Medical Group"],
    },
    "evaluation": {
        "first": ["Gregory", "Deborah", "Kenneth", "Sharon", "Raymond", "Cynthia", "Harold",
                  "Janice", "Walter", "Gloria", "Eugene", "Theresa", "Leonard", "Marilyn", "Stanley"],
        "last": ["Gallagher", "Novak", "Fitzgerald", "Kowalski", "Donnelly", "Sullivan", "Marchetti",
                 "Okafor", "Lindqvist", "Hernandez", "Bergstrom", "Delaney", "Petrov", "Castillo"],
        "city": ["Fitchburg", "Pittsfield", "Taunton", "Leominster", "Chicopee", "Attleboro",
                 "Gloucester", "Marlborough", "Peabody", "Everett", "Scranton", "Dayton", "Tucson",
                 "Albany", "Syracuse", "Savannah", "Flagstaff", "Duluth", "Allentown", "Toledo"],
        "street": ["Chestnut", "Birch", "Summer", "Prospect", "Pleasant", "Franklin", "Hawthorne"],
        "suffix": ["Lane", "Drive", "Court", "Terrace", "Road", "Boulevard"],
        "hospital": ["Hillcrest Regional Hospital", "Bayview Memorial Hospital",
                     "Mount Carmel Medical Center", "Blue Hills Rehabilitation Hospital",
                     "Holy Cross Hospital"],
        "domain": ["outlook.com", "aol.com", "verizon.net"],
        "web": ["patientgateway", "familycare-online", "rehabnetwork"],
        "state": ["CT", "ME", "VT", "NY"],
        "dir": ["NE", "West", "SW", "E"],
        "abbr": ["Blvd", "Pkwy", "Ter", "Cir", "Ave."],
        "unit": ["Suite", "Apt.", "Fl"],
        "far_city": ["Omaha", "Spokane", "Des Moines", "Little Rock", "Knoxville", "Sarasota"],
        "facility": ["Cedar Hills Rehabilitation Center", "Harbor Point Medical Group", "Hope House",
                     "Willow Creek Hospice", "Evergreen Manor"],
    },
}

# Planting templates: "{CAT}" placeholders are filled with a surrogate of that category and labelled.
_PLANT = {
    "calibration": {
        "PHONE": ["Please call the clinic at {PHONE} with any questions.",
                  "Patient's daughter can be reached at {PHONE}."],
        "FAX": ["Records were faxed to fax {FAX} on request.", "Fax: {FAX}"],
        "PAGER": ["Page the covering resident at pager {PAGER} if concerns.",
                  "Contact Dr. ___ (pager #{PAGER})."],
        "EMAIL": ["She asked that results be sent to {EMAIL}.", "Email: {EMAIL}"],
        "URL": ["Instructions are available at {URL}.", "See {URL} for the diet handout."],
        "IP_ADDRESS": ["Images pushed from workstation {IP_ADDRESS} to PACS."],
        "SSN": ["SSN: {SSN}", "Social security number {SSN} on file."],
        "MRN": ["MRN: {MRN}", "Unit No: {MRN}"],
        "ACCOUNT": ["Account #: {ACCOUNT}", "Billing account number {ACCOUNT}."],
        "HEALTH_PLAN": ["Medicare ID {HEALTH_PLAN}.", "Insurance member ID: {HEALTH_PLAN}"],
        "LICENSE": ["DEA # {LICENSE}", "Prescriber license number {LICENSE}."],
        "ZIP": ["Home address zip code {ZIP}."],
        "STREET_ADDRESS": ["Patient lives at {STREET_ADDRESS} with her husband.",
                           "Discharged to home at {STREET_ADDRESS}."],
        "DATE_REAL_YEAR": ["Last colonoscopy on {DATE_REAL_YEAR} was normal.",
                           "Prior CT from {DATE_REAL_YEAR} reviewed."],
        "AGE_OVER_89": ["Patient is a {AGE_OVER_89} woman with a history of CHF.",
                        "This {AGE_OVER_89} man presented with confusion."],
        "DEVICE_ID": ["Pacemaker serial number {DEVICE_ID} interrogated.",
                      "ICD S/N: {DEVICE_ID}"],
        "VEHICLE_ID": ["He was the driver of the car, license plate {VEHICLE_ID}.",
                       "Vehicle VIN {VEHICLE_ID} noted in the EMS report."],
        "PERSON": ["Discussed with Dr. {PERSON} from cardiology.",
                   "Her son {PERSON} will pick her up.", "Seen with attending {PERSON}."],
        "LOCATION": ["She lives alone in {LOCATION} and walks with a cane.",
                     "Transferred by ambulance from {LOCATION}."],
        "ORGANIZATION": ["Transferred from {ORGANIZATION} for further care.",
                         "Follows with cardiology at {ORGANIZATION}."],
        "_MULTI": ["Lives at {STREET_ADDRESS}, {LOCATION}, {STATE} {ZIP}."],
        # real-world formats (variants after ":" pick the value format)
        "_REAL": ["Mailing address {STREET_ADDRESS:abbr}.", "Send bills to {STREET_ADDRESS:box}.",
                  "Lives in a trailer at {STREET_ADDRESS:route}.", "Last seen {DATE_REAL_YEAR:real}.",
                  "INDICATION: {AGE_OVER_89:sex} with fall, eval for fracture.",
                  "Driver's license {LICENSE:real} on file.", "Account: {ACCOUNT:real}",
                  "Call her cell {PHONE:bare} after 5pm.", "MRN: {MRN:real}",
                  "Portal {URL:bare} reviewed.", "Monitor at {IP_ADDRESS:v6} streamed data.",
                  "Car VIN {VEHICLE_ID:vin}; plate {VEHICLE_ID:plate}.",
                  "She will follow up with cardiology in {LOCATION:far}.",
                  "He moved from {LOCATION:far} in the spring.",
                  "Discharged to {ORGANIZATION:facility} for comfort care.",
                  # second wave: nursing/ED/consult/social-work formats
                  "Daughter lives abroad, phone {PHONE:intl}.", "Clinic line {PHONE:ext} for refills.",
                  "Covering intern pager {PAGER:short}.", "Night float pg #{PAGER:pg}.",
                  "RN license #{LICENSE:rn} on the shift log.", "Prescriber DEA {LICENSE:dea} on the script.",
                  "Prescriptions sent to {ORGANIZATION:pharmacy}.", "He works at {ORGANIZATION:employer} as a clerk.",
                  "Dialyzes MWF at {ORGANIZATION:dialysis}.", "Lives at {STREET_ADDRESS:rural} with wife.",
                  "Summer home at {STREET_ADDRESS:foreign}.", "Patient is a {AGE_OVER_89:words} woman.",
                  "Accession #: {ACCOUNT:accession}", "Medicare MBI {HEALTH_PLAN:mbi}.",
                  "MassHealth {HEALTH_PLAN:medicaid} active.", "EMS noted car plate {VEHICLE_ID:digits}.",
                  "Discussed with Dr. {PERSON:mac} today.", "Interpreter: {PERSON:comma}",
                  "Update given to son {PERSON:mac} at bedside.", "Seen with Dr. {PERSON:world}.",
                  "Grew up in {LOCATION:abroad} before emigrating.", "Moved from {LOCATION:multi} last year."],
    },
    "evaluation": {
        "PHONE": ["Tel. {PHONE} (home).", "Wife's cell number is {PHONE}.",
                  "Follow-up appointment line: {PHONE}"],
        "FAX": ["Please send the summary by facsimile to {FAX}.", "Office fax number {FAX}"],
        "PAGER": ["Beeper {PAGER}", "Renal fellow on call, pgr {PAGER}."],
        "EMAIL": ["Contact via e-mail {EMAIL} for scheduling.", "Patient email is {EMAIL}"],
        "URL": ["Online portal {URL} was reviewed with the family.", "Link: {URL}"],
        "IP_ADDRESS": ["Study transferred from host {IP_ADDRESS}."],
        "SSN": ["Soc Sec No {SSN}", "SSN {SSN} verified at registration."],
        "MRN": ["Medical record number: {MRN}", "MR# {MRN}"],
        "ACCOUNT": ["Acct no. {ACCOUNT}", "Hospital account {ACCOUNT} was updated."],
        "HEALTH_PLAN": ["Medicaid number {HEALTH_PLAN}", "Health plan subscriber ID {HEALTH_PLAN}."],
        "LICENSE": ["Driver's license {LICENSE} copied by registration.", "NPI {LICENSE}"],
        "ZIP": ["Mailing ZIP {ZIP} confirmed."],
        "STREET_ADDRESS": ["Home: {STREET_ADDRESS}.", "VNA will visit at {STREET_ADDRESS} tomorrow."],
        "DATE_REAL_YEAR": ["Underwent knee replacement {DATE_REAL_YEAR} without complications.",
                           "Echo dated {DATE_REAL_YEAR} showed EF 55%."],
        "AGE_OVER_89": ["Pt is {AGE_OVER_89} and lives independently.",
                        "A {AGE_OVER_89} female admitted after a fall."],
        "DEVICE_ID": ["Insulin pump device ID {DEVICE_ID}.", "Defibrillator serial # {DEVICE_ID}"],
        "VEHICLE_ID": ["Per police, plate number {VEHICLE_ID}.", "VIN: {VEHICLE_ID}"],
        "PERSON": ["Case reviewed with {PERSON}, NP.", "Health care proxy is {PERSON} (niece).",
                   "Signed out to Dr. {PERSON}."],
        "LOCATION": ["Originally from {LOCATION}, moved here last year.",
                     "Was visiting family in {LOCATION} when symptoms began."],
        "ORGANIZATION": ["Outside records from {ORGANIZATION} were obtained.",
                         "Will go to rehab at {ORGANIZATION}."],
        "_MULTI": ["Address: {STREET_ADDRESS}, {LOCATION} {STATE} {ZIP}"],
        "_REAL": ["Resides at {STREET_ADDRESS:abbr} with spouse.", "Mail: {STREET_ADDRESS:box}",
                  "Farm on {STREET_ADDRESS:route}.", "Prior MI {DATE_REAL_YEAR:real}, stented.",
                  "HISTORY: {AGE_OVER_89:sex} s/p fall.", "DL {LICENSE:real}", "Acct {ACCOUNT:real}",
                  "Contact phone {PHONE:bare}", "MRN {MRN:real}", "See {URL:bare} for the log.",
                  "Gateway {IP_ADDRESS:v6} logged the upload.", "Vehicle identification {VEHICLE_ID:vin}.",
                  "Police noted license plate {VEHICLE_ID:plate}.", "Family lives in {LOCATION:far} and will visit.",
                  "Recently relocated to {LOCATION:far}.", "Will transfer to {ORGANIZATION:facility} tomorrow.",
                  # second wave: nursing/ED/consult/social-work formats
                  "Brother overseas reachable at {PHONE:intl}", "Office {PHONE:ext}.",
                  "Surgery resident beeper {PAGER:short}", "Pager {PAGER:ten} (hospitalist).",
                  "LPN # {LICENSE:rn}", "DL {LICENSE:dl} scanned.",
                  "Meds filled at {ORGANIZATION:pharmacy}.", "Employed by {ORGANIZATION:employer} for 20 years.",
                  "Attends {ORGANIZATION:dialysis} three days a week.", "Address: {STREET_ADDRESS:rural}",
                  "Family home {STREET_ADDRESS:foreign}.", "She is {AGE_OVER_89:words} and still drives.",
                  "ACCESSION NUMBER: {ACCOUNT:accession}", "MBI: {HEALTH_PLAN:mbi}",
                  "Tufts member {HEALTH_PLAN:hp}", "Police: plate {VEHICLE_ID:digits} towed.",
                  "Spoke with Dr. {PERSON:mac} by phone.", "Signed by: {PERSON:comma}",
                  "Daughter {PERSON:world} at bedside.", "Case discussed with {PERSON:world}, NP.",
                  "Born in {LOCATION:abroad}, emigrated as a child.", "Son lives in {LOCATION:multi}."],
    },
}

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"]


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _alnum(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(n))


def _phone(rng: random.Random, family: str) -> str:
    a, b, c = f"{rng.randint(201, 989)}", f"555-{_digits(rng, 4)}"[:3], _digits(rng, 4)
    b = f"{rng.randint(200, 999)}"
    if family == "calibration":
        return rng.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}"])
    return rng.choice([f"{a}.{b}.{c}", f"+1 {a} {b} {c}", f"1-{a}-{b}-{c}"])


_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"  # no I, O, Q


def _real_value(cat: str, variant: str, rng: random.Random, fam: str) -> str:
    """Real-world identifier formats (abbreviated addresses, PO boxes, VINs, licences...)."""
    s = _SURROGATES[fam]
    cal = fam == "calibration"
    wave2 = _wave2_value(cat, variant, rng, cal)
    if wave2 is not None:
        return wave2
    if cat == "STREET_ADDRESS":
        if variant == "box":
            box = rng.choice(["PO Box", "P.O. Box"] if cal else ["PO BOX", "Post Office Box"])
            return f"{box} {rng.randint(10, 9999)}"
        if variant == "route":
            road = rng.choice(["State Route", "Route"] if cal else ["Highway", "County Road", "Hwy"])
            return f"{rng.randint(100, 9999)} {road} {rng.randint(1, 199 if cal else 99)}"
        unit = f" {rng.choice(s['unit'])} {rng.randint(1, 40)}{rng.choice(['', 'B'])}" if rng.random() < 0.5 else ""
        return f"{rng.randint(1, 9999)} {rng.choice(s['dir'])} {rng.choice(s['street'])} {rng.choice(s['abbr'])}{unit}"
    if cat == "DATE_REAL_YEAR":
        y, m, d = rng.randint(1940, 2024), rng.randint(1, 12), rng.randint(1, 28)
        mon = _MONTHS[m - 1]
        if cal:
            return rng.choice([f"{m:02d}.{d:02d}.{y}", f"{m:02d}/{y}", f"{d}-{mon[:3]}-{y}", f"{mon} {y}"])
        return rng.choice([f"{d:02d}.{m:02d}.{y}", f"{m}/{y}", f"{d:02d}-{mon[:3].upper()}-{y}", f"{mon[:3]}. {y}",
                           f"{y}/{m:02d}/{d:02d}"])
    if cat == "AGE_OVER_89":
        a = rng.randint(90, 104)
        return f"{a}{rng.choice('MF')}" if cal else f"{a} {rng.choice('MF')}"
    if cat == "LICENSE":
        return (f"{rng.choice('DSMP')}{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}" if cal
                else f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}")
    if cat == "ACCOUNT":
        return f"HAR{_digits(rng, 8)}" if cal else f"{rng.choice('ABK')}-{_digits(rng, 7)}"
    if cat == "PHONE":
        return f"{rng.randint(201, 989)}{rng.randint(200, 999)}{_digits(rng, 4)}"
    if cat == "MRN":
        return (f"{_digits(rng, 2)}-{_digits(rng, 3)}-{_digits(rng, 3)}" if cal
                else f"00-{_digits(rng, 3)}-{_digits(rng, 4)}")
    if cat == "URL":
        w = rng.choice(s["web"])
        return f"{w}.com/visit/{_digits(rng, 3)}" if cal else f"portal.{w}.net/login"
    if cat == "IP_ADDRESS":
        groups = [f"{rng.randint(0, 65535):x}" for _ in range(8)]
        return ":".join(groups) if cal else f"fe80::{groups[0]}:{groups[1]}:{groups[2]}"
    if cat == "VEHICLE_ID":
        if variant == "vin":
            return "".join(rng.choice(_VIN_CHARS) for _ in range(17))
        letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
        return (f"{''.join(rng.choice(letters) for _ in range(3))} {_digits(rng, 4)}" if cal
                else f"{rng.randint(1, 9)}{''.join(rng.choice(letters) for _ in range(3))}{_digits(rng, 3)}")
    if cat == "LOCATION":
        return rng.choice(s["far_city"])
    if cat == "ORGANIZATION":
        return rng.choice(s["facility"])
    raise ValueError(cat)


_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
_MBI_L = "ACDEFGHJKMNPQRTUVWXY"  # MBI letters (no S L O I B Z)
_WAVE2 = {  # (calibration values, evaluation values)
    "pharmacy": (["Walgreens Pharmacy", "CVS Pharmacy", "Maple Street Pharmacy"],
                 ["Rite Aid Pharmacy", "Brookline Apothecary", "Osco Pharmacy"]),
    "employer": (["Home Depot", "Raytheon", "Stop & Shop"], ["Market Basket", "Liberty Mutual", "Dunkin Donuts"]),
    "dialysis": (["Fresenius Kidney Care Malden", "DaVita Lowell Dialysis", "Northside Dialysis Center"],
                 ["Sunrise Adult Day Program", "Elder Service Day Health", "Bayside Kidney Center"]),
    "mac": (["MacLeod", "McAllister", "O'Brien"], ["MacDougall", "O'Sullivan", "DiNapoli"]),
    "comma": (["Nguyen, Thanh", "Okafor, Chidi", "Kowalczyk, Anna"], ["Okonkwo, Adaeze", "Tran, Minh", "Haddad, Rami"]),
    "world": (["Raghunathan", "Oluwaseun Adeyemi", "Xiaoling Zhou"], ["Nkechi Obi", "Siddharth Iyer", "Núñez"]),
    "abroad": (["Kraków", "Gdańsk", "São Paulo", "Guadalajara"], ["Łódź", "Bogotá", "Düsseldorf", "Port-au-Prince"]),
    "multi": (["Sioux Falls", "Baton Rouge", "Grand Rapids"], ["Cedar Rapids", "Fort Wayne", "Santa Rosa"]),
}


def _wave2_value(cat: str, variant: str, rng: random.Random, cal: bool) -> str | None:
    """Second-wave formats (international phones, short pagers, MBIs, spelled ages...)."""
    if variant in _WAVE2:
        return rng.choice(_WAVE2[variant][0 if cal else 1])
    d = lambda n: _digits(rng, n)  # noqa: E731
    if variant == "intl":
        return (rng.choice([f"+44 20 {d(4)} {d(4)}", f"+353 1 {d(3)} {d(4)}"]) if cal
                else rng.choice([f"+91 {d(5)} {d(5)}", f"011 52 33 {d(4)} {d(4)}"]))
    if variant == "ext":
        return (f"617-{rng.randint(200, 999)}-{d(4)} ext. {d(3)}" if cal
                else f"({rng.randint(201, 989)}) {rng.randint(200, 999)}-{d(4)} x{d(4)}")
    if variant == "short":
        return f"{rng.randint(1, 9)}-{d(4)}"
    if variant == "pg":
        return d(5)
    if variant == "ten":
        return f"{rng.randint(201, 989)}{rng.randint(200, 999)}{d(4)}"
    if variant == "rn":
        return f"RN-{d(7)}" if cal else d(6)
    if variant == "dea":
        return f"{rng.choice('ABFM')}{rng.choice(_LETTERS)}{d(7)}"
    if variant == "dl":
        return f"{rng.choice('FKS')}{d(7)}"
    if variant == "rural":
        return (rng.choice([f"RR {rng.randint(1, 9)} Box {rng.randint(1, 400)}",
                            f"Rural Route {rng.randint(1, 9)}, Box {rng.randint(1, 400)}"]) if cal
                else rng.choice([f"HC {rng.randint(10, 80)} Box {rng.randint(1, 400)}",
                                 f"{rng.randint(10, 999)} W. Route {rng.randint(1, 99)} #{rng.randint(1, 30)}"]))
    if variant == "foreign":
        return (rng.choice([f"{rng.randint(1, 99)} Rue de la Paix", f"Calle Mayor {rng.randint(1, 99)}"]) if cal
                else rng.choice([f"Via Roma {rng.randint(1, 99)}", f"{rng.randint(1, 99)} Avenida Reforma",
                                 f"Hauptstrasse {rng.randint(1, 99)}"]))
    if variant == "words":
        ones = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
        return (rng.choice([f"ninety-{rng.choice(ones)} year old", "one hundred and one year old"]) if cal
                else rng.choice([f"ninety-{rng.choice(ones)}", f"ninety {rng.choice(ones)}"]))
    if variant == "accession":
        return d(8) if cal else f"CT{d(8)}"
    if variant == "mbi":
        mbi = (f"{rng.randint(1, 9)}{rng.choice(_MBI_L)}{rng.choice(_MBI_L + '0123456789')}{d(1)}"
               f"{rng.choice(_MBI_L)}{rng.choice(_MBI_L + '0123456789')}{d(1)}"
               f"{rng.choice(_MBI_L)}{rng.choice(_MBI_L)}{d(2)}")
        return f"{mbi[:4]}-{mbi[4:7]}-{mbi[7:]}" if cal else mbi
    if variant == "medicaid":
        return d(12)
    if variant == "hp":
        return f"HP-{d(7)}"
    if variant == "digits":
        return f"{d(3)}-{''.join(rng.choice(_LETTERS) for _ in range(3))}" if cal else \
            f"{d(1)} {''.join(rng.choice(_LETTERS) for _ in range(3))}{d(2)}"
    return None


def _value(cat: str, rng: random.Random, fam: str) -> str:
    s = _SURROGATES[fam]
    cal = fam == "calibration"
    if cat in ("PHONE", "FAX"):
        return _phone(rng, fam)
    if cat == "PAGER":
        return rng.choice([_digits(rng, 5), _phone(rng, fam)]) if cal else rng.choice(
            [_digits(rng, 5), f"{_digits(rng, 1)}-{_digits(rng, 4)}"])
    if cat == "EMAIL":
        f, last = rng.choice(s["first"]).lower(), rng.choice(s["last"]).lower()
        return f"{f}.{last}{rng.randint(1, 99)}@{rng.choice(s['domain'])}" if cal else \
            f"{f[0]}{last}_{rng.randint(1, 9)}@{rng.choice(s['domain'])}"
    if cat == "URL":
        w = rng.choice(s["web"])
        return f"https://www.{w}.org/patient/{_digits(rng, 4)}" if cal else f"www.{w}.com/login"
    if cat == "IP_ADDRESS":
        return ".".join(str(rng.randint(1, 254)) for _ in range(4))
    if cat == "SSN":
        a, b, c = _digits(rng, 3), _digits(rng, 2), _digits(rng, 4)
        a = str(rng.randint(100, 665))
        return f"{a}-{b}-{c}" if cal else rng.choice([f"{a} {b} {c}", f"{a}-{b}-{c}"])
    if cat == "MRN":
        return _digits(rng, 7) if cal else _digits(rng, 8)
    if cat == "ACCOUNT":
        return _digits(rng, 9) if cal else f"{_digits(rng, 4)}-{_digits(rng, 5)}"
    if cat == "HEALTH_PLAN":
        return (f"{rng.randint(1, 9)}{_alnum(rng, 3)}-{_alnum(rng, 3)}-{_alnum(rng, 4)}" if cal
                else f"{rng.choice('XYZW')}{rng.choice('JKLM')}{_digits(rng, 9)}")
    if cat == "LICENSE":
        return (f"{rng.choice('ABFM')}{rng.choice('CDGKRS')}{_digits(rng, 7)}" if cal
                else rng.choice([f"S{_digits(rng, 8)}", _digits(rng, 10)]))
    if cat == "ZIP":
        return f"0{rng.randint(1000, 2799)}" if cal else f"0{rng.randint(3000, 6999)}-{_digits(rng, 4)}"
    if cat == "STREET_ADDRESS":
        return f"{rng.randint(1, 999)} {rng.choice(s['street'])} {rng.choice(s['suffix'])}"
    if cat == "DATE_REAL_YEAR":
        y, m, d = rng.randint(1950, 2022), rng.randint(1, 12), rng.randint(1, 28)
        if cal:
            return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{_MONTHS[m - 1]} {d}, {y}"])
        return rng.choice([f"{y}-{m:02d}-{d:02d}", f"{d} {_MONTHS[m - 1][:3]} {y}",
                           f"in {_MONTHS[m - 1]} {y}"])
    if cat == "AGE_OVER_89":
        a = rng.randint(90, 104)
        return rng.choice([f"{a} year old", f"{a}-year-old"]) if cal else rng.choice(
            [f"{a} yo", f"{a} y/o", f"{a} years old"])
    if cat == "DEVICE_ID":
        return f"PM{_digits(rng, 7)}" if cal else f"{_alnum(rng, 3)}{_digits(rng, 6)}"
    if cat == "VEHICLE_ID":
        if rng.random() < 0.5:
            return f"{rng.randint(1, 9)}{_alnum(rng, 2)}{rng.choice('ABCDEFGHJ')}{_digits(rng, 3)}" if cal \
                else f"{_alnum(rng, 3)}-{_digits(rng, 4)}"
        return "1" + _alnum(rng, 10) + _digits(rng, 6)
    if cat == "PERSON":
        return f"{rng.choice(s['first'])} {rng.choice(s['last'])}" if rng.random() < 0.7 \
            else rng.choice(s["last"])
    if cat == "LOCATION":
        return rng.choice(s["city"])
    if cat == "ORGANIZATION":
        return rng.choice(s["hospital"])
    raise ValueError(cat)


def _fill(template: str, rng: random.Random, fam: str) -> tuple[str, list[tuple[int, int, str]]]:
    """Fill placeholders; ``in {DATE}`` style values keep the label on the date only."""
    out, spans, i = [], [], 0
    pos = 0
    while True:
        j = template.find("{", i)
        if j < 0:
            out.append(template[i:])
            break
        k = template.index("}", j)
        out.append(template[i:j])
        pos += j - i
        cat, _, variant = template[j + 1:k].partition(":")
        if variant:
            val = _real_value(cat, variant, rng, fam)
            out.append(val)
            spans.append((pos, pos + len(val), cat))
        elif cat == "STATE":
            val = rng.choice(_SURROGATES[fam]["state"])
            out.append(val)
        else:
            val = _value(cat, rng, fam)
            out.append(val)
            start = pos + (3 if val.startswith("in ") else 0)
            spans.append((start, pos + len(val), cat))
        pos += len(val)
        i = k + 1
    return "".join(out), spans


# --------------------------------------------------------------------------------------------------
# Clinical filler (no identifiers) — eponyms, drugs, devices, vitals ratios, scores, masks
# --------------------------------------------------------------------------------------------------

_FILLER = {
    "calibration": [
        "Vitals: T 98.6 HR 88 BP 132/78 RR 18 O2 sat 96% on 2L NC.",
        "BP 145/92, HR 110, RR 25/100 on the ventilator settings, FiO2 40%.",
        "Pain 5/10, improved with Tylenol and oxycodone.",
        "Foley catheter placed and removed on hospital day 2.",
        "Swan-Ganz catheter showed PCWP 18 mmHg.",
        "Glasgow Coma Scale 15 on arrival, NIHSS 2.",
        "Hunt and Hess grade 3 subarachnoid hemorrhage, Fisher grade 4.",
        "History of Parkinson disease on carbidopa-levodopa.",
        "Neurology felt findings consistent with Lewy body dementia.",
        "Status post Whipple procedure for pancreatic adenocarcinoma.",
        "Murphy's sign negative; no rebound or guarding.",
        "Continued on metoprolol succinate 50 mg daily and lisinopril 10 mg daily.",
        "Started on Lasix 40 mg IV BID with good diuresis.",
        "Coumadin held for INR 3.4; restarted at 2.5 mg.",
        "Vancomycin and Zosyn started for presumed HCAP.",
        "Keppra 500 mg BID for seizure prophylaxis.",
        "Eliquis 5 mg BID for atrial fibrillation, CHA2DS2-VASc 4.",
        "Na 138 K 4.1 Cl 101 HCO3 24 BUN 18 Cr 1.1 Glu 132.",
        "WBC 12.4 Hgb 9.8 Hct 29.5 Plt 245.",
        "Chest x-ray with left lower lobe opacity.",
        "PICC line placed in the right basilic vein.",
        "Seen by Physical Therapy, cleared for home with services.",
        "Patient was seen by ___ and ___ in the ED.",
        "MELD 18, Child-Pugh class B.",
        "Echo with EF 35%, moderate MR, mild TR.",
        "Hospital course complicated by C. diff colitis treated with PO vancomycin.",
        "Creutzfeldt-Jakob disease was considered but RT-QuIC was negative.",
        "Admitted to the MICU for BiPAP.",
        "Discharged on Plavix 75 mg daily and atorvastatin 80 mg.",
        "Flomax 0.4 mg qhs for BPH.",
        # hard negatives: MIMIC lab lines, generic drugs, eponyms, shifted (2100+) dates, ratios
        "___ 06:15AM BLOOD WBC-8.9 RBC-5.59 Hgb-12.5 Hct-42.0 MCV-89 MCH-28.1 MCHC-31.9 RDW-13.5 Plt Ct-245",
        "___ 05:40AM BLOOD Glucose-112 UreaN-18 Creat-0.9 Na-139 K-4.2 Cl-101 HCO3-26 AnGap-12",
        "Started apixaban 5 mg BID; continued baclofen 10 mg TID and levetiracetam 500 mg BID.",
        "Nimodipine 60 mg q4h for vasospasm prophylaxis.",
        "Denies EtOH, tobacco or illicit drug use.",
        "Hoehn and Yahr stage 3, on carbidopa-levodopa.",
        "Repeat CT on 03/14/2135 and MRI 2136-02-11 were stable; seen ___ 2135.",
        "T 99F, HR 88, BP 128/76, RR 16, SpO2 97/RA.",
        # second-wave hard negatives: languages, countries, labels, eponyms, public URLs
        "Speaks Haitian Creole; interpreter used for consent.",
        "Emigrated from Ghana; family in Nigeria.",
        "Dispo: home with services.",
        "Resp: CTAB, no distress. Access: R IJ CVL, site clean.",
        "History of Tommy John surgery; Sjögren syndrome on Plaquenil.",
        "Vaccine information sheet from www.cdc.gov/vaccines given.",
        "Morse fall scale 45; bed alarm on. Rm 12 for isolation.",
        "Hyponatremia resolved with fluid restriction.",
        "2+ pitting edema; +2 DTRs bilaterally; ECOG 1.",
        # third-wave hard negatives (MIMIC shorthand): vitals/urinalysis lines, trends, problem lists,
        # staging systems and eponym devices
        "Wt: 91.2 kg  Ht: 170 cm  BMI 31.6",
        "___ 08:30AM URINE Blood-SM Nitrite-POS Protein-30 Glucose-NEG Ketone-NEG Urobiln-NEG pH-5.5 Leuks-MOD",
        "Trended Cr from 1.8 to 1.2 with gentle IVF.",
        "Problems:\n- Glaucoma\n- Gout\n- Hypothyroidism\n- Nephrolithiasis\n",
        "DLBCL, Ann Arbor stage IIIB, s/p R-CHOP x6.",
        "#AFib: rate controlled on diltiazem, CHA2DS2-VASc 3.",
        "Graves' disease s/p RAI, now on levothyroxine.",
        "Echo EF 40% with LVH; Greenfield filter placed for recurrent DVT.",
        "#Gout: continued allopurinol.\n#Anemia: Hgb stable.",
    ],
    "evaluation": [
        "On exam: afebrile, P 72, BP 118/64, R 16, SpO2 99% RA.",
        "Intubated with settings AC 450/14/5/50%.",
        "Kussmaul respirations noted, anion gap 24.",
        "Positive Babinski on the left, Romberg sign absent.",
        "Known Crohn's disease on Humira, last flare two years ago.",
        "Hodgkin lymphoma in remission after ABVD.",
        "Bell's palsy resolved with prednisone.",
        "Roux-en-Y gastric bypass in the remote past.",
        "Alzheimer's dementia, baseline oriented x1.",
        "Cheyne-Stokes breathing observed overnight.",
        "Guillain-Barre syndrome suspected; IVIG started.",
        "Wells score 6, CTA negative for PE.",
        "Given Zofran and Protonix; tolerating a regular diet.",
        "Home meds: Synthroid 88 mcg, Norvasc 5 mg, Lipitor 40 mg, Januvia 100 mg.",
        "Heparin drip titrated to PTT 60-80.",
        "Dilaudid PCA weaned to PO Percocet.",
        "Pleurx catheter drained 800 mL.",
        "Ranson criteria 3 at 48 hours.",
        "Tube feeds via Dobhoff at goal 60 mL/hr.",
        "Platelets 150-4000 range per the lab reference.",
        "Seen by Occupational Therapy and Speech and Swallow.",
        "Bilateral lower extremity edema 2+, JVP 10 cm.",
        "Troponin 0.04, CK-MB 3, BNP 1450.",
        "ABG 7.32/48/85 on 3L.",
        "Nissen fundoplication in the past for GERD.",
        "Seen by the ___ team; recommendations appreciated.",
        "Ativan CIWA scale, scores 4-8.",
        "Dual chamber Medtronic pacemaker, functioning normally.",
        "Apgar history not applicable; APACHE II 22.",
        "Followed by Hematology/Oncology for MGUS.",
        "___ 07:20AM BLOOD WBC-11.2 RBC-3.98 Hgb-10.1 Hct-31.7 MCV-92 MCH-30.4 MCHC-33.0 RDW-15.1 Plt Ct-312",
        "___ 04:55AM BLOOD PT-13.9 PTT-31.2 INR(PT)-1.3 Plt Ct-187",
        "Nimodipine, levetiracetam and pantoprazole continued; rivaroxaban held.",
        "Baclofen and tizanidine for spasticity; gabapentin titrated.",
        "Social: denies EtOH; former smoker.",
        "Braden score 14, Morse fall scale 45.",
        "Last admission 2148-07-02; follow-up scheduled for 11/2149.",
        "Tmax 100.4F, BP 142/88, I/O 1200/850.",
        # second-wave hard negatives: languages, countries, labels, eponyms, public URLs
        "Somali interpreter present; patient speaks some English.",
        "Recently visited Senegal and Mali; no sick contacts.",
        "Dispo: rehab vs home pending PT.",
        "Guillain-Barré syndrome excluded by LP.",
        "Handout from medlineplus.gov reviewed; see nih.gov for trials.",
        "Neuro: A&O x3. GI: soft, nontender.",
        "Russian-speaking; son interprets at visits.",
        "Travel advice per who.int/travel reviewed with the family.",
        # third-wave hard negatives (MIMIC shorthand): vitals/urinalysis lines, trends, problem lists,
        # staging systems and eponym devices
        "Wt: 68.9 kg (admit wt 72.4 kg), I/Os even.",
        "___ 11:05PM URINE RBC-12 WBC->50 Bacteri-MANY Yeast-NONE Epi-2 Leuks-LG Nitrite-NEG",
        "Trended Cr, peaked at 2.6, down to 1.5 by discharge.",
        "PMH:\n- Macular degeneration\n- Gout\n- Glaucoma\n- Osteoarthritis\n",
        "Follicular lymphoma, Ann Arbor IIA; watchful waiting per Heme/Onc.",
        "AFib with RVR on arrival; EtOH level negative.",
        "Hashimoto's thyroiditis; Addison's disease on hydrocortisone.",
        "Echo: EF 45%, mild AS; s/p Greenfield filter.",
        "- CAD s/p CABG\n- Barrett's esophagus\n- Depression\n",
    ],
}

_RAD_FILLER = {
    "calibration": [
        "The heart size is normal. The mediastinal and hilar contours are unremarkable.",
        "There is no pleural effusion or pneumothorax.",
        "Endotracheal tube terminates 4 cm above the carina.",
        "Nasogastric tube courses below the diaphragm.",
        "Small left basilar atelectasis.",
        "Right IJ central venous catheter tip in the mid SVC.",
        "No acute intracranial hemorrhage, mass effect or large territorial infarct.",
        "Grayscale and color Doppler images of the carotids were obtained.",
        "Subarachnoid hemorrhage along the left sylvian fissure, unchanged since 2135.",
        "Gallbladder is distended with sludge; sonographic Murphy sign is negative.",
    ],
    "evaluation": [
        "Cardiomediastinal silhouette within normal limits.",
        "Lungs are clear without focal consolidation.",
        "Degenerative changes of the thoracic spine.",
        "Swan-Ganz catheter tip projects over the right pulmonary artery.",
        "Liver is echogenic consistent with fatty infiltration.",
        "No hydronephrosis. Kidneys measure 10.8 and 11.2 cm.",
        "Chronic microvascular ischemic changes are seen.",
        "Impella device in expected position.",
        "TECHNIQUE: Grayscale, color and spectral Doppler of the lower extremity veins.",
        "Subarachnoid blood in the basal cisterns; compared with 04/2151.",
    ],
}

_OVERMASK = ["consistent with ___ body dementia.", "___ sign was positive.",
             "___ and ___ grade 2 aneurysmal SAH.", "history of ___ disease.", "___ syndrome suspected."]


def _discharge_skeleton(rng: random.Random, fam: str, body: list[str]) -> list[str]:
    svc = rng.choice(["MEDICINE", "SURGERY", "NEUROLOGY", "CARDIOTHORACIC", "ORTHOPAEDICS"])
    sex = rng.choice(["M", "F"])
    return [
        "Name:  ___                  Unit No:   ___\n",
        "Admission Date:  ___              Discharge Date:   ___\n",
        "Date of Birth:  ___             Sex:   " + sex + "\n",
        "Service: " + svc + "\n",
        "Allergies: \n" + rng.choice(["Patient recorded as having No Known Allergies to Drugs",
                                      "Penicillins / Sulfa (Sulfonamide Antibiotics)"]) + "\n",
        "Attending: ___.\n",
        "Chief Complaint:\n" + rng.choice(["shortness of breath", "fall", "chest pain", "confusion",
                                           "abdominal pain"]) + "\n",
        "History of Present Illness:\n" + f"Mr./Ms. ___ is a ___ year old {'man' if sex == 'M' else 'woman'} "
        "with history of HTN, HLD who presents with the above. " + " ".join(body[:3]) + "\n",
        "Past Medical History:\n" + " ".join(body[3:5]) + "\n",
        "Social History:\n___\n",
        "Physical Exam:\n" + " ".join(body[5:7]) + "\n",
        "Brief Hospital Course:\n" + " ".join(body[7:]) + "\n",
        "Discharge Disposition:\n" + rng.choice(["Home", "Home With Service", "Extended Care"]) + "\n",
        "Discharge Instructions:\nDear Mr./Ms. ___,\nIt was a pleasure taking care of you at ___.\n",
        "Followup Instructions:\n___\n",
    ]


def _assemble(parts: list[str]) -> str:
    return "\n".join(parts)


def _make_note(rng: random.Random, fam: str, note_type: str, plants: list[str],
               overmask: bool) -> LabelledNote:
    """Build one note; ``plants`` is a list of categories (or "_MULTI") to plant, in order."""
    filler = _FILLER[fam] if note_type == "discharge" else _RAD_FILLER[fam]
    n_body = rng.randint(9, 14) if note_type == "discharge" else rng.randint(3, 6)
    body = [rng.choice(filler) for _ in range(n_body)]
    if overmask:
        body.insert(rng.randint(0, len(body)), rng.choice(_OVERMASK))
    planted: list[tuple[str, list[tuple[int, int, str]]]] = []
    for cat in plants:
        if cat != "_MULTI" and rng.random() < 0.35:  # a real-world format of the same category, when the family has one
            real = [t for t in _PLANT[fam]["_REAL"] if "{" + cat + ":" in t]
            if real:
                planted.append(_fill(rng.choice(real), rng, fam))
                continue
        planted.append(_fill(rng.choice(_PLANT[fam][cat]), rng, fam))
    # insert planted sentences into the body at random positions (marker objects keep spans)
    slots: list[object] = list(body)
    for item in planted:
        slots.insert(rng.randint(0, len(slots)), item)
    flat: list[object] = slots
    if note_type == "discharge":
        texts = [s if isinstance(s, str) else s for s in flat]
        # skeleton consumes body strings by position; keep tuples as they are
        parts = _discharge_skeleton_with_items(rng, fam, texts)
    else:
        head = rng.choice(["EXAMINATION:  CHEST (PORTABLE AP)", "EXAMINATION:  CT HEAD W/O CONTRAST",
                           "EXAMINATION:  LIVER OR GALLBLADDER US (SINGLE ORGAN)"])
        parts = [head + "\n", "INDICATION:  ___ year old woman with dyspnea  // eval for effusion\n",
                 "COMPARISON:  ___\n", "FINDINGS: \n", *flat, "\nIMPRESSION: \n",
                 rng.choice(["No acute cardiopulmonary process.", "No acute intracranial abnormality.",
                             "Stable examination."])]
    text_parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    prev = "\n"
    for p in parts:
        sep = "" if prev.endswith("\n") else " "
        text_parts.append(sep)
        pos += len(sep)
        if isinstance(p, tuple):
            s, sp = p
            spans.extend((a + pos, b + pos, c) for a, b, c in sp)
            text_parts.append(s)
            pos += len(s)
            prev = s
        else:
            prev = p
            text_parts.append(p)
            pos += len(p)
    return LabelledNote(note_type, "".join(text_parts), spans)


def _discharge_skeleton_with_items(rng: random.Random, fam: str, items: list[object]) -> list[object]:
    skel = _discharge_skeleton(rng, fam, [f"{{B{i}}}" for i in range(len(items))])
    out: list[object] = []
    for line in skel:
        # split each skeleton line on body placeholders, substituting the real items
        cur = line
        while "{B" in cur:
            j = cur.index("{B")
            k = cur.index("}", j)
            if cur[:j]:
                out.append(cur[:j])
            out.append(items[int(cur[j + 2:k])])
            cur = cur[k + 1:]
            if cur.startswith(" "):
                cur = cur[1:]
        if cur:
            out.append(cur)
    return out


def labelled_corpus(seed: int, n_notes: int, family: str, *, plant_rate: float = 0.6,
                    radiology_share: float = 0.4, categories: tuple[str, ...] | None = None) -> list[LabelledNote]:
    """A labelled in-memory corpus of ``n_notes`` notes from one family.

    About ``plant_rate`` of the notes carry 1–3 planted identifiers (categories drawn uniformly,
    plus an occasional multi-part address); the rest are clean and measure false positives.
    """
    if family not in _PLANT:
        raise ValueError(f"unknown family {family!r}")
    rng = random.Random(f"{family}:{seed}")
    cats = list(categories or CATEGORIES)
    notes = []
    for _ in range(n_notes):
        nt = "radiology" if rng.random() < radiology_share else "discharge"
        plants: list[str] = []
        if rng.random() < plant_rate:
            plants = [rng.choice(cats) for _ in range(rng.randint(1, 3))]
            if categories is None and rng.random() < 0.1:
                plants.append("_MULTI")
        notes.append(_make_note(rng, family, nt, plants, overmask=rng.random() < 0.05))
    return notes


# --------------------------------------------------------------------------------------------------
# The MIMIC-IV-Note module writer
# --------------------------------------------------------------------------------------------------

def write_note_module(out_dir: Path, admissions: list[tuple[int, int, datetime]], *, seed: int,
                      defects: bool, fmt: str) -> dict:
    """Write ``out_dir/note/discharge.<fmt>`` and ``out_dir/note/radiology.<fmt>``.

    ``admissions`` holds (subject_id, hadm_id, admittime). One discharge summary per admission
    (note_type 'DS', plus an 'AD' addendum for ~5%), 1–2 radiology reports per admission ('RR')
    and a few outpatient reports with NULL hadm_id; note_id = ``{subject_id}-{note_type}-{note_seq}``
    (``-DS-``, ``-AD-``, ``-RR-``). With ``defects`` about 30% of notes carry
    planted residual identifiers (calibration family, every category). Returns the ground truth::

        {"discharge": {category: hits}, "radiology": {...}, "notes": {"discharge": n, "radiology": m}}
    """
    if fmt not in ("csv.gz", "parquet"):
        raise ValueError(f"unsupported format {fmt!r}")
    rng = random.Random(f"notes:{seed}")
    fam = "calibration"
    truth: dict = {"discharge": {c: 0 for c in CATEGORIES}, "radiology": {c: 0 for c in CATEGORIES}}
    rows: dict[str, list[tuple]] = {"discharge": [], "radiology": []}
    seqs: dict[tuple[int, str], int] = {}
    cycle = list(CATEGORIES)

    def add(kind: str, subject: int, hadm: int | None, ntype: str, when: datetime) -> None:
        plants: list[str] = []
        if defects and rng.random() < 0.3:
            plants = [rng.choice(cycle) for _ in range(rng.randint(1, 2))]
        note = _make_note(rng, fam, kind, plants, overmask=rng.random() < 0.03)
        for _, _, c in note.spans:
            truth[kind][c] += 1
        prefix = ntype  # note_id = {subject_id}-{note_type}-{note_seq}, as in MIMIC-IV-Note
        seq = seqs.get((subject, prefix), 0) + 1
        seqs[(subject, prefix)] = seq
        store = when + timedelta(minutes=rng.randint(5, 600))
        rows[kind].append((f"{subject}-{prefix}-{seq}", subject, hadm, ntype, seq, when, store, note.text))

    for subject, hadm, admit in admissions:
        for _ in range(rng.randint(1, 2)):
            add("radiology", subject, hadm, "RR", admit + timedelta(hours=rng.randint(1, 72)))
        disch = admit + timedelta(days=rng.randint(2, 9), hours=rng.randint(0, 12))
        add("discharge", subject, hadm, "DS", disch)
        if rng.random() < 0.05:
            add("discharge", subject, hadm, "AD", disch + timedelta(hours=6))
        if rng.random() < 0.1:
            add("radiology", subject, None, "RR", admit - timedelta(days=rng.randint(30, 300)))
    if defects:  # guarantee every category appears at least once in each note type
        subject, hadm, admit = admissions[0] if admissions else (10000001, 20000001, datetime(2150, 1, 1))
        for kind in ("discharge", "radiology"):
            missing = [c for c in CATEGORIES if truth[kind][c] == 0]
            while missing:
                plants = missing[:3]
                missing = missing[3:]
                note = _make_note(rng, fam, kind, plants, overmask=False)
                for _, _, c in note.spans:
                    truth[kind][c] += 1
                prefix = "DS" if kind == "discharge" else "RR"
                seq = seqs.get((subject, prefix), 0) + 1
                seqs[(subject, prefix)] = seq
                when = admit + timedelta(days=3)
                rows[kind].append((f"{subject}-{prefix}-{seq}", subject, hadm if kind == "discharge" else None,
                                   prefix, seq, when, when + timedelta(hours=1), note.text))
    note_dir = Path(out_dir) / "note"
    note_dir.mkdir(parents=True, exist_ok=True)
    for kind, data in rows.items():
        _write_table(note_dir / f"{kind}.{fmt}", data, fmt)
    truth["notes"] = {k: len(v) for k, v in rows.items()}
    return truth


def _fmt_ts(v: datetime) -> str:
    return v.strftime("%Y-%m-%d %H:%M:%S")


def _write_table(path: Path, data: list[tuple], fmt: str) -> None:
    if fmt == "csv.gz":
        with open(path, "wb") as raw, reproducible_gzip(raw) as gz, \
                io.TextIOWrapper(gz, encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, quotechar='"', doublequote=True, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
            w.writerow(NOTE_COLUMNS)
            for r in data:
                w.writerow([r[0], r[1], "" if r[2] is None else r[2], r[3], r[4], _fmt_ts(r[5]), _fmt_ts(r[6]),
                            r[7]])
        return
    import pyarrow as pa
    import pyarrow.parquet as pq

    cols = list(zip(*data, strict=True)) if data else [[] for _ in NOTE_COLUMNS]
    table = pa.table({
        "note_id": pa.array(cols[0], pa.string()),
        "subject_id": pa.array(cols[1], pa.int64()),
        "hadm_id": pa.array(cols[2], pa.int64()),
        "note_type": pa.array(cols[3], pa.string()),
        "note_seq": pa.array(cols[4], pa.int64()),
        "charttime": pa.array(cols[5], pa.timestamp("us")),
        "storetime": pa.array(cols[6], pa.timestamp("us")),
        "text": pa.array(cols[7], pa.string()),
    })
    pq.write_table(table, path, compression="zstd")
