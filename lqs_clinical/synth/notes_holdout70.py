"""Held-out corpus 70: sports, athletics and mass-gathering event medicine around an admission.

MIMIC-IV-Note-shaped discharge and radiology notes about patients who reached the hospital from a marathon or
triathlon medical tent, a stadium or arena first-aid station, a concert or festival medical post, a high-school or
college athletic training room, a team physician, a ski patrol or a race course, with the event paperwork pasted in.

Document kinds (``DOCUMENT_KINDS``):

- discharge: ``marathon_tent_heat`` (exertional heat stroke from the finish-line tent), ``triathlon_swim_arrest``
  (cardiac arrest in the swim leg, ICD), ``stadium_first_aid`` (first-aid station log, fan with chest pain),
  ``festival_medical_post`` (concert or festival post, toxicity and hyperthermia), ``athletic_trainer_report``
  (high-school trainer's injury report, cervical injury), ``concussion_rtp_letter`` (concussion protocol and
  return-to-play letter), ``team_physician_consult`` (college team physician, exertional collapse),
  ``ski_patrol_incident`` (patrol incident report, trauma admission), ``event_ems_run_sheet`` (event EMS run sheet,
  exercise-associated hyponatremia), ``race_course_incident`` (bike-leg or trail-race crash report);
- radiology: ``rad_ct_head_concussion``, ``rad_ct_cspine_collision``, ``rad_mri_knee``, ``rad_chest_post_race``,
  ``rad_extremity_radiograph``, ``rad_ct_trauma_ski``, ``rad_cardiac_mri_athlete``.

Label policy: PERSON is one span per name (given and family together, titles outside); LOCATION is a place below
state level (a street line is STREET_ADDRESS; town and ZIP are separate spans; states and countries are never
labelled, and "New York" alone is the state); ORGANIZATION is a named hospital, practice, pharmacy (a chain's store
too), agency, school or employer, never a generic department, and never a drug maker, biotech or trial sponsor named
as such (a jail, prison or court is one; a payer or insurer named as such is not). DATE_REAL_YEAR is a whole date
carrying a year 1900-2030 (a bare year is not labelled; a device, drug or lot expiry date is not labelled; a death
date is). AGE_OVER_89 labels the digits of ages >= 90. DEVICE_ID is a device serial (for a GS1 UDI only the (21)
serial) or a hospital asset tag; lot, GTIN, REF, model and expiry are not identifiers. A toll-free phone number
(800, 888, 877, 866, 855, 844, 833) is a public line: never labelled; a device maker's or vendor's toll-free fax
neither, a practice's toll-free fax is FAX. ACCOUNT covers account, encounter, incident/run, accession, order,
requisition, claim and specimen numbers, and a vendor's call or session id for the patient's encounter;
HEALTH_PLAN member, subscriber and policy ids (an employer's group number is not the member's id: leave it
unlabelled); LICENSE medical, nursing, EMS, DEA and driver's licences and a clinician's NPI. Spans hold the value
only: cue words ("Dr.", "MRN:", "pager", "Fax", "SN", "plate", "Acct") and credentials ("MD", "RN") stay outside.

Conventions of this corpus for what the policy leaves open:

- a named high school, college, athletic club, youth league, team's organisation (club or LLC), event organiser,
  race-management company, festival promoter, event-medical contractor, ski resort (as the patrol's employer),
  ambulance service, fire department or pharmacy is ORGANIZATION; a team's bare mascot is never written;
- a venue name (stadium, arena, amphitheater, speedway, fairgrounds, field house, ski mountain, state park) is a
  place below state level, so LOCATION, and so is the venue's town or county; a venue's street line is
  STREET_ADDRESS; a named event is never written with its town (events are described generically; a generic
  fundraiser series such as "Polar Plunge" is an unlabelled look-alike);
- race bib numbers, ticket, wristband and section/row/seat numbers, age-group brackets (all under 90), finish and
  split times, mile markers, aid-station numbers, unit call signs ("Medic 12", "Gator 3") and radio channels are
  left unlabelled and returned as look-alikes;
- event medical incident numbers, tent patient-encounter numbers, EMS run and PCR numbers, CAD numbers, athletic
  accident claim numbers and an interpreter vendor's session id are ACCOUNT; a school's secondary athletic-accident
  policy number and Medicaid ids are HEALTH_PLAN, an employer or school group number is not;
- athlete ids (governing-body membership numbers, school athlete or student ids) have no category: they appear only
  masked (``___``); an athletic-training-room EMR record number is MRN;
- a state athletic-trainer licence and an EMT or paramedic certification number are LICENSE (clinician and EMS
  licences), as are driver's licences found on a runner;
- ambulance plates, a patient's car plate, a race car's VIN, a medical helicopter's tail number and a snowmobile
  registration are VEHICLE_ID; an AED, ICD, insulin pump, mechanical-CPR device or monitor serial and a hospital or
  athletic-department asset tag are DEVICE_ID;
- a personal fundraising, training-log or activity-tracker URL is URL; public bodies' websites are not;
- sports governing bodies (NCAA, NFHS, USA Triathlon, USATF, World Athletics, FIS, National Ski Patrol, NATA),
  device and drug makers, concussion-test names and scores, public hotlines (988, poison help) and toll-free event
  information lines are unlabelled look-alikes; a relative's death date is DATE_REAL_YEAR.

Written blind: I read only the corpus brief (bench/holdout_corpus_task.md), lqs_clinical/synth/holdout_measure.py,
the first 45 lines of lqs_clinical/synth/notes.py, pyproject.toml, /work/shared/reference/*.md and the masked
PyHealth note-shaped samples and SOURCES.md under /work/shared/data/. I read no detector code, rule file, other
corpus, test or benchmark, and never ran the detector.
"""

from __future__ import annotations

import math
import random
import re
import string
from collections.abc import Callable

from lqs_clinical.synth import holdout_measure
from lqs_clinical.synth.notes import LabelledNote

# --------------------------------------------------------------------------------------------------
# Look-alike pools (never labelled)
# --------------------------------------------------------------------------------------------------

_EPONYMS = (
    "Lachman test", "McMurray test", "Thessaly test", "Spurling maneuver", "Hawkins-Kennedy test", "Neer sign",
    "Ottawa ankle rules", "Canadian C-spine rule", "Glasgow Coma Scale", "Osgood-Schlatter", "Segond fracture",
    "Jones fracture", "Lisfranc", "Salter-Harris II", "Maisonneuve", "Hill-Sachs lesion", "Bankart lesion",
    "Colles fracture", "Bennett fracture", "Wolff-Parkinson-White", "Brugada pattern", "Kehr sign", "Battle sign",
    "Romberg", "Babinski", "Hoffmann sign", "Lhermitte sign", "Torg-Pavlov ratio", "Hounsfield units",
    "Monro-Kellie", "Tommy John", "Schatzker", "Weber B", "Hodgkin", "Kernig sign",
)
_BRANDS = (
    "Philips HeartStart FRx", "ZOLL AED Plus", "Powerheart G5", "LUCAS 3", "Ferno scoop", "SAM Splint",
    "Sager splint", "Kendrick Extrication Device", "Riddell SpeedFlex", "Schutt F7", "Bauer Re-Akt", "DonJoy",
    "Aircast", "ImPACT", "SCAT6", "King-Devick", "BESS", "VOMS", "Buffalo Concussion Treadmill Test", "Gatorade",
    "Pedialyte", "Garmin Forerunner", "Apple Watch", "WHOOP strap", "Dexcom G7", "Omnipod 5", "EpiPen",
    "ProAir HFA", "Toradol", "Zofran", "Tylenol", "Narcan", "i-STAT", "Bair Hugger", "Arctic Sun",
    "Medtronic", "Boston Scientific", "Abbott", "Stryker", "Omnipaque 350", "Gadavist", "MAGNETOM Vida",
    "Revolution CT", "ImageTrend Elite", "Epic", "Hudl", "ROKA wetsuit", "Polar Plunge",
)
EPONYMS_AND_BRANDS: tuple[str, ...] = _EPONYMS + _BRANDS

_GOV = (
    "NCAA", "NFHS", "USA Triathlon", "USATF", "World Athletics", "FIS", "National Ski Patrol", "NATA", "AMSSM",
    "ACSM", "US Ski & Snowboard", "USA Hockey", "U.S. Soccer", "World Rugby", "AHA", "USA Cycling",
)
_SITES = (
    "cdc.gov/headsup", "www.nfhs.org", "www.ncaa.org/sport-science-institute", "heat.gov", "www.weather.gov",
    "www.heart.org/cpr", "www.nata.org", "poisonhelp.hrsa.gov",
)
_HOTLINES = (
    "988 Suicide & Crisis Lifeline", "Poison Help 1-800-222-1222", "event info line 1-877-462-7236",
    "1-800-QUIT-NOW", "nurse line 1-866-903-4411", "SAMHSA helpline 1-800-662-4357",
)
_STATES = (
    "Vermont", "Colorado", "Utah", "New York", "Massachusetts", "Oregon", "Hawaii", "Minnesota", "Idaho",
    "New Hampshire", "Maine", "Montana", "California", "Ohio",
)
_COUNTRIES = ("Kenya", "Canada", "Ethiopia", "Mexico", "Norway", "Japan", "Brazil")

# --------------------------------------------------------------------------------------------------
# Surrogate pools for planted values
# --------------------------------------------------------------------------------------------------

_FIRST = (
    "Jordan", "Maya", "Tobias", "Priya", "Devon", "Keisha", "Liam", "Amara", "Mateo", "Hannah", "Rashid", "Colette",
    "Emeka", "Sofia", "Declan", "Yuki", "Marisol", "Trevor", "Anika", "Bashir", "Camila", "Owen", "Ngozi", "Elias",
    "Brianna", "Kwame", "Leona", "Dmitri", "Harper", "Santiago", "Ingrid", "Jamal", "Rosalind", "Tariq", "Greta",
    "Malik", "Fiona", "Hiroshi", "Esperanza", "Callum", "Nadia", "Rocco", "Talia", "Wendell", "Zainab", "Quinn",
    "Beatriz", "Cormac", "Delphine", "Ezra", "Farah", "Gideon", "Imani", "Jasper", "Kiara", "Lorenzo", "Mireille",
    "Nico", "Oona", "Pavel", "Renata", "Silas", "Thea", "Uriel", "Vivian", "Wyatt", "Xiomara", "Yosef", "Zora",
    "Aidan", "Bronwyn", "Cyrus", "Dagny", "Everett", "Lucia", "Tenzin", "Odessa", "Ramon", "Siobhan", "Augustin",
)
_LAST = (
    "Whitlock", "Okafor", "Lindqvist", "Brannigan", "Castellanos", "Nakamura", "Petrakis", "Hollister", "Adeyemi",
    "Kowalczyk", "Marchetti", "Thibodeaux", "Haverford", "Osei", "Vantongeren", "Delacroix", "Fairbanks",
    "Kincaid", "Mbeki", "Szymanski", "Quintero", "Rasmussen", "Abernathy", "Yilmaz", "Gallagher", "Pemberton",
    "Achterberg", "Soto", "Ferreira", "Halvorsen", "Iwu", "Jablonski", "Kaminski", "Lombardi", "Mulcahy",
    "Nwachukwu", "O'Halloran", "Prendergast", "Rutledge", "Sandoval", "Tremblay", "Underhill", "Valdivia",
    "Wojcik", "Xu", "Yablonsky", "Zimmerman", "Beaumont", "Cardenas", "Dunleavy", "Eriksen", "Fitzgerald",
    "Gutierrez", "Hakimi", "Ibarra", "Jorgensen", "Kovac", "Lachance", "MacLeod", "Novak", "Oyelaran", "Pham",
    "Quist", "Reinholt", "Stavros", "Tanaka", "Urquhart", "Voss", "Winslow", "Acheampong", "Birch", "Costa",
    "de la Cruz", "Esposito", "Faulkner", "Grimaldi", "Hartigan", "Ivanova", "Juarez", "Keane", "Lutz", "Moreau",
)
_TOWNS = (
    "Saranac Lake", "Millbrook", "Port Alden", "East Harlow", "Glenville", "Castleton", "Hopkinton", "Kettering",
    "Brookfield", "Marbury", "Ridgefield", "Westbrook", "Fairhaven", "Cold Spring", "Tupper Lake", "North Conway",
    "Stowe", "Winooski", "Lake Placid", "Keene Valley", "Greenfield", "Amesbury", "Oak Harbor", "Bend",
    "Flagstaff", "Estes Park", "Park City", "Steamboat Springs", "Ketchum", "Duluth", "Ames", "Chapel Hill",
    "Boone", "Kailua-Kona", "Coeur d'Alene", "Placerville", "Truckee", "Mammoth Lakes", "Bozeman", "Missoula",
    "Ithaca", "Oneonta", "Hanover", "Brattleboro", "Camden", "Bar Harbor", "Lenox", "Sandusky", "Galena",
    "Marquette", "Traverse City", "Schroon Lake", "Old Forge", "Wells River", "Danbury", "Loveland",
)
_VENUE_PRE = (
    "Hollis", "Tamarack", "Riverfront", "Bayshore", "Granite Ridge", "Pine Hollow", "Veterans Memorial", "Kessler",
    "Lakeshore", "Eastfield", "Harborview", "Summit Valley", "Whitman", "Osprey", "Red Hawk", "Silver Creek",
    "Ironwood", "Blue Heron", "Crestview", "Northway", "Dunmore", "Cobblestone", "Sycamore", "Falcon Crest",
)
_VENUE_SUF = (
    "Stadium", "Arena", "Field House", "Amphitheater", "Speedway", "Fairgrounds", "Ice Center", "Sports Complex",
    "Coliseum", "Velodrome", "Mountain", "Pavilion", "Ballpark", "Natatorium", "State Park", "Motor Speedway",
)
_COUNTIES = ("Essex", "Franklin", "Hamilton", "Warren", "Ulster", "Berkshire", "Summit", "Larimer", "Blaine",
             "Routt", "Clallam", "Tompkins")
_SAINTS = ("Brendan", "Agnes", "Lucian", "Columba", "Vincent", "Cecilia", "Bartholomew", "Monica", "Jude")
_ORG_NAME = _VENUE_PRE + ("Mercer", "Hawthorne", "Alder", "Kinsley", "Bellwether", "Quarry Hill", "Stonebridge",
                          "Fenwick", "Larchmont", "Wexford", "Copper Basin", "Juniper")
_STREETS = (
    "Larkspur", "Fenwick", "Quarry", "Tamarack", "Old Mill", "Sumner", "Birchwood", "Kettle Pond", "Orchard",
    "Depot", "Ridgeline", "Stadium", "Fairground", "Church", "Hawthorne", "Elm", "Chestnut", "Lakeview",
    "Ski Hill", "Bridle Path", "Cobb", "Greeley", "Saw Mill", "Brook",
)
_ST_SUF = ("Street", "St", "St.", "Road", "Rd", "Rd.", "Avenue", "Ave", "Ave.", "Lane", "Ln", "Drive", "Dr",
           "Way", "Court", "Ct", "Circle", "Terrace", "Parkway", "Blvd")
_AREAS = ("212", "315", "413", "518", "603", "607", "617", "716", "802", "845", "914", "207", "303", "385",
          "406", "435", "503", "541", "612", "719", "808", "919", "970", "208", "508", "774", "978", "347")
_TOLLFREE = ("800", "888", "877", "866", "855", "844", "833")
_MAIL = ("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net", "hotmail.com",
         "protonmail.com")
_SCHOOL_DOM = ("whitmanhs.org", "tamarack.k12.ny.us", "alderstate.edu", "bayshoreortho.com", "kinsley.edu",
               "northwayathletics.org", "crestviewrfc.org", "mercer-ems.org", "hollisacademy.org")


def _frac(x: float) -> float:
    return x - math.floor(x)


class _Ctx:
    """Random source plus the look-alikes written into one note."""

    def __init__(self, r: random.Random, note_type: str) -> None:
        self.r = r
        self.note_type = note_type
        self.look: list[str] = []

    def lk(self, s: str) -> str:
        self.look.append(s)
        return s

    def pick(self, seq):
        return self.r.choice(seq)

    def rint(self, a: int, b: int) -> int:
        return self.r.randint(a, b)

    # ---- fillers (all returned as look-alikes unless they are masks or plain words)
    def sd(self) -> str:
        y, m, d = self.rint(2110, 2196), self.rint(1, 12), self.rint(1, 28)
        f = self.rint(0, 3)
        s = (f"{y}-{m:02d}-{d:02d}", f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}",
             f"{_MONTHS[m - 1]} {d}, {y}")[f]
        return self.lk(s)

    def tm(self) -> str:
        return f"{self.rint(5, 22):02d}:{self.rint(0, 59):02d}"

    def age(self, lo: int, hi: int) -> str:
        if self.r.random() < 0.55:
            return "___ year old"
        a = self.rint(lo, hi)
        return self.lk(self.pick((f"{a}-year-old", f"{a} year old", f"{a} yo", f"{a} y/o", f"{a}yo")))

    def bib(self) -> str:
        return self.lk(f"{self.pick(('Bib', 'bib #', 'BIB', 'bib no.'))} {self.rint(101, 38999)}")

    def seat(self) -> str:
        return self.lk(f"Sec {self.rint(101, 338)}, Row {self.pick(string.ascii_uppercase[:22])}, "
                       f"Seat {self.rint(1, 28)}")

    def ticket(self) -> str:
        return self.lk(f"ticket {self.pick(('#', 'no. ', ''))}{self.rint(10, 99)}-{self.rint(1000000, 9999999)}")

    def ft(self) -> str:
        return self.lk(f"{self.rint(2, 6)}:{self.rint(0, 59):02d}:{self.rint(0, 59):02d}")

    def mile(self) -> str:
        return self.lk(self.pick((f"mile {self.rint(3, 25)}", f"mile marker {self.rint(3, 25)}",
                                  f"km {self.rint(5, 41)}", f"aid station {self.rint(2, 14)}")))

    def wbgt(self) -> str:
        return self.lk(self.pick((f"WBGT {self.rint(24, 31)}.{self.rint(0, 9)} °C",
                                  f"heat index {self.rint(92, 112)} °F",
                                  f"WBGT {self.rint(76, 89)} °F")))

    def unit(self) -> str:
        return self.lk(self.pick((f"Medic {self.rint(2, 40)}", f"Gator {self.rint(1, 9)}",
                                  f"Bike Team {self.rint(1, 6)}",
                                  f"Ambulance {self.rint(11, 89)}", f"Rescue {self.rint(1, 12)}")))

    def radio(self) -> str:
        return self.lk(f"radio channel {self.rint(1, 16)}")

    def gov(self, *names: str) -> str:
        return self.lk(self.pick(names or _GOV))

    def site(self, *names: str) -> str:
        return self.lk(self.pick(names or _SITES))

    def hot(self) -> str:
        return self.lk(self.pick(_HOTLINES))

    def state(self) -> str:
        return self.lk(self.pick(_STATES))

    def country(self) -> str:
        return self.lk(self.pick(_COUNTRIES))

    def epo(self, *names: str) -> str:
        return self.lk(self.pick(names) if names else self.pick(_EPONYMS))

    def brand(self, *names: str) -> str:
        return self.lk(self.pick(names) if names else self.pick(_BRANDS))

    def lot(self) -> str:
        return self.lk(f"Lot {self.rint(1000, 9999)}{self.pick('ABCDKX')}")

    def exp(self) -> str:
        y, m = self.rint(2025, 2030), self.rint(1, 12)
        return self.lk(self.pick((f"EXP {y}-{m:02d}", f"Exp {m:02d}/{y}", f"exp. {y}-{m:02d}-{self.rint(1, 28):02d}")))

    def ndc(self) -> str:
        return self.lk(f"NDC {self.rint(1000, 69999):05d}-{self.rint(100, 999)}-{self.rint(10, 99)}")

    def ref(self) -> str:
        return self.lk(f"REF {self.rint(1000, 9999)}-{self.rint(1000, 9999)}-{self.rint(10, 99)}")

    def ver(self) -> str:
        return self.lk(self.pick((f"v{self.rint(2, 6)}.{self.rint(0, 9)}.{self.rint(0, 20)}",
                                  f"build {self.rint(10, 30)}.{self.rint(1, 12)}")))

    def grp(self) -> str:
        return self.lk(f"group {self.pick(('#', 'no. ', ''))}{self.rint(10000, 999999)}")

    def bracket(self) -> str:
        lo = self.pick((15, 18, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80))
        return self.lk(f"{self.pick('MF')}{lo}-{lo + 4} age group")

    def year(self, style: str = "season") -> str:
        y = self.rint(1996, 2024)
        return self.lk({"season": self.pick((f"the {y} season", f"{y} season", f"fall {y}")),
                        "class": f"class of {self.rint(2024, 2029)}",
                        "since": self.pick((f"in {y}", f"since {y}", f"around {y}"))}[style])

    def times(self, k: int) -> list[str]:
        t = self.rint(6 * 60, 19 * 60)
        out = []
        for _ in range(k):
            out.append(f"{t // 60:02d}:{t % 60:02d}")
            t += self.rint(3, 25)
        return out


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_MON3 = tuple(m[:3] for m in _MONTHS)

# --------------------------------------------------------------------------------------------------
# Planted values, per category
# --------------------------------------------------------------------------------------------------


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice(string.digits) for _ in range(n))


def _letters(r: random.Random, n: int, pool: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(r.choice(pool) for _ in range(n))


def _v_person(c: _Ctx, sub: str | None) -> str:
    r = c.r
    f, last = r.choice(_FIRST), r.choice(_LAST)
    k = r.random()
    if sub == "upper" or k > 0.94:
        return f"{last.upper()}, {f.upper()}"
    if k < 0.52:
        return f"{f} {last}"
    if k < 0.66:
        return f"{f} {r.choice('ABCDEFGHJKLMNPRSTW')}. {last}"
    if k < 0.76:
        return f"{last}, {f}"
    if k < 0.85:
        return f"{f[0]}. {last}"
    return f"{f} {last}-{r.choice(_LAST).replace(' ', '')}"


def _v_location(c: _Ctx, sub: str | None) -> str:
    r = c.r
    sub = sub or r.choice(("town", "town", "town", "venue", "venue", "county"))
    if sub == "town":
        return r.choice(_TOWNS)
    if sub == "county":
        return f"{r.choice(_COUNTIES)} County"
    return f"{r.choice(_VENUE_PRE)} {r.choice(_VENUE_SUF)}"


def _v_org(c: _Ctx, sub: str | None) -> str:
    r = c.r
    n, t = r.choice(_ORG_NAME), r.choice(_TOWNS)
    sub = sub or r.choice(("hosp", "school", "college", "club", "ems", "organiser", "practice", "team"))
    opts = {
        "hosp": (f"{t} General Hospital", f"St. {r.choice(_SAINTS)}'s Medical Center", f"{n} Memorial Hospital",
                 f"{n} Regional Medical Center", f"{t} Community Hospital", f"{n} Children's Hospital"),
        "school": (f"{t} High School", f"{n} Regional High School", f"{n} Academy", f"{t} Central School",
                   f"{n} Preparatory School", f"{t}-{r.choice(_TOWNS)} Union High School"),
        "college": (f"{n} State University", f"{n} College", f"University of {t}", f"{t} Community College",
                    f"{n} Institute of Technology"),
        "club": (f"{t} Striders Running Club", f"{n} Triathlon Club", f"{t} Youth Soccer Association",
                 f"{n} Nordic Ski Club", f"{t} Rugby Football Club", f"{n} Masters Swim Team",
                 f"{t} Little Rippers Hockey Association"),
        "ems": (f"{t} Volunteer Ambulance Corps", f"{n} EMS", f"{t} Fire Department", f"{n} Ambulance Service",
                f"{t} Rescue Squad", f"{n} Mobile Medical"),
        "organiser": (f"{n} Endurance Events LLC", f"{n} Race Management", f"{n} Festival Productions Inc.",
                      f"{n} Live Presents", f"{n} Multisport Inc.", f"{n} Event Medical Services"),
        "practice": (f"{n} Orthopedics & Sports Medicine", f"{n} Sports Concussion Clinic",
                     f"{t} Family Practice", f"{n} Physical Therapy", f"{n} Cardiology Associates",
                     f"{n} Bone & Joint"),
        "team": (f"{t} Hockey Club", f"{n} Baseball Club LLC", f"{t} FC", f"{n} Roller Derby League",
                 f"{t} Lumberjacks Minor League Baseball"),
        "ski": (f"{n} Mountain Resort", f"{n} Ski Area", f"{n} Basin Ski Resort"),
        "pharmacy": (f"{n} Pharmacy", f"{t} Apothecary", "CVS Pharmacy", "Walgreens", "Rite Aid",
                     f"{n} Drug"),
        "employer": (f"{n} Crowd Management", f"{n} Security Group", f"{n} Concessions Inc.",
                     f"{n} Staffing Partners", f"{t} Parks and Recreation Department"),
    }[sub]
    return r.choice(opts)


def _v_date(c: _Ctx, sub: str | None) -> str:
    r = c.r
    lo, hi = {"dob": (1931, 2012), "past": (1996, 2024), "recent": (2016, 2025)}.get(sub or "", (1950, 2025))
    y, m, d = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
    f = r.randrange(9)
    return (f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{_MONTHS[m - 1]} {d}, {y}", f"{_MON3[m - 1]} {d}, {y}",
            f"{d} {_MON3[m - 1]} {y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}-{_MON3[m - 1].upper()}-{y}",
            f"{m}-{d}-{y}", f"{_MON3[m - 1]}. {d}, {y}")[f]


def _v_age(c: _Ctx, sub: str | None) -> str:
    return str(c.r.choice((90, 90, 91, 91, 92, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102)))


def _phone(r: random.Random, area: str) -> str:
    ex, ln = r.randint(201, 989), r.randint(0, 9999)
    f = r.randrange(7)
    return (f"({area}) {ex}-{ln:04d}", f"{area}-{ex}-{ln:04d}", f"{area}.{ex}.{ln:04d}", f"+1 {area} {ex} {ln:04d}",
            f"1-{area}-{ex}-{ln:04d}", f"{area} {ex} {ln:04d}", f"({area}){ex}-{ln:04d}")[f]


def _v_phone(c: _Ctx, sub: str | None) -> str:
    return _phone(c.r, c.r.choice(_AREAS))


def _v_fax(c: _Ctx, sub: str | None) -> str:
    return _phone(c.r, c.r.choice(_TOLLFREE if sub == "tollfree" else _AREAS))


def _v_pager(c: _Ctx, sub: str | None) -> str:
    r = c.r
    f = r.randrange(5)
    return (f"{r.randint(1, 9)}-{r.randint(1000, 9999)}", f"{r.randint(10000, 99999)}", f"{r.randint(1000, 9999)}",
            _phone(r, r.choice(_AREAS)), f"{r.randint(100, 999)}-{r.randint(1000, 9999)}")[f]


def _v_email(c: _Ctx, sub: str | None) -> str:
    r = c.r
    f = r.choice(_FIRST).lower()
    last = re.sub(r"[^a-z]", "", r.choice(_LAST).lower())
    local = r.choice((f"{f}.{last}", f"{f[0]}{last}", f"{last}{f[0]}{r.randint(1, 99)}",
                      f"{f}_{last}{r.randint(70, 99)}",
                      f"coach.{last}", f"at.{last}", f"{f}{last[0]}.runs", f"{f}.{last}{r.randint(1, 9)}"))
    dom = r.choice(_MAIL + _SCHOOL_DOM)
    return f"{local}@{dom}"


def _v_url(c: _Ctx, sub: str | None) -> str:
    r = c.r
    f = r.choice(_FIRST).lower()
    last = re.sub(r"[^a-z]", "", r.choice(_LAST).lower())
    slug = r.choice((f"help-{f}-{last}-recover", f"{f}-{last}-recovery-fund", f"team{last}", f"{f}s-comeback"))
    return r.choice((
        f"https://www.gofundme.com/f/{slug}", f"www.caringbridge.org/visit/{f}{last}",
        f"https://www.strava.com/athletes/{r.randint(1000000, 99999999)}",
        f"strava.com/activities/{r.randint(1000000000, 9999999999)}",
        f"https://connect.garmin.com/modern/activity/{r.randint(100000000, 999999999)}",
        f"instagram.com/{f}.{last}.runs", f"https://{f}{last}.blogspot.com",
        f"https://results.{last}timing.com/athlete/{r.randint(10000, 99999)}",
        f"https://portal.{r.choice(_ORG_NAME).lower().replace(' ', '')}health.org/share/"
        f"{_letters(r, 10, 'abcdefghkmnpqrstuvwxyz23456789')}",
        f"www.{f}{last}.com/blog",
    ))


def _v_ip(c: _Ctx, sub: str | None) -> str:
    r = c.r
    f = r.randrange(4)
    if f == 0:
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if f == 1:
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if f == 2:
        return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"
    first = r.choice((24, 66, 73, 98, 104, 146, 162, 208))
    return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def _v_ssn(c: _Ctx, sub: str | None) -> str:
    r = c.r
    a, g, s = r.randint(101, 665), r.randint(10, 99), r.randint(1000, 9999)
    return r.choice((f"{a}-{g}-{s}", f"{a} {g} {s}", f"{a}{g}{s}"))


def _v_mrn(c: _Ctx, sub: str | None) -> str:
    r = c.r
    return r.choice((_digits(r, 8), f"00{_digits(r, 6)}", f"E{_digits(r, 8)}", f"MR-{_digits(r, 7)}",
                     f"HC{_digits(r, 7)}", _digits(r, 7), f"{r.randint(1, 9)}{_digits(r, 9)}", f"AT{_digits(r, 6)}"))


def _v_account(c: _Ctx, sub: str | None) -> str:
    r = c.r
    opts = {
        "enc": (f"ENC{_digits(r, 9)}", _digits(r, 10), f"V{_digits(r, 8)}", f"{_digits(r, 4)}-{_digits(r, 6)}"),
        "acc": (f"CT{_digits(r, 7)}", f"MR-{_digits(r, 8)}", f"RAD{_digits(r, 7)}", f"A{_digits(r, 9)}",
                f"XR-{_digits(r, 2)}-{_digits(r, 6)}"),
        "inc": (f"MED-{_digits(r, 2)}-{_digits(r, 4)}", f"T{r.randint(1, 9)}-{_digits(r, 5)}", f"INC{_digits(r, 7)}",
                f"{_digits(r, 2)}-{_digits(r, 6)}", f"SP-{_digits(r, 6)}", f"EMI{_digits(r, 6)}"),
        "run": (f"{_digits(r, 2)}-{_digits(r, 7)}", f"R{_digits(r, 8)}", f"PCR-{_digits(r, 8)}", _digits(r, 9),
                f"CAD{_digits(r, 9)}"),
        "claim": (f"CLM-{_digits(r, 9)}", f"AA{_digits(r, 8)}", f"{_digits(r, 3)}-{_digits(r, 7)}-{_digits(r, 2)}"),
        "spec": (f"S{_digits(r, 2)}-{_digits(r, 6)}", f"SPC{_digits(r, 8)}", f"{_digits(r, 2)}U{_digits(r, 7)}"),
        "session": (f"VRI-{_digits(r, 8)}", f"{_letters(r, 3)}{_digits(r, 9)}", f"{_digits(r, 6)}-{_digits(r, 4)}"),
    }
    sub = sub or r.choice(tuple(opts))
    return r.choice(opts[sub])


def _v_plan(c: _Ctx, sub: str | None) -> str:
    r = c.r
    opts = {
        "member": (f"{_letters(r, 3)}{_digits(r, 9)}", f"W{_digits(r, 9)}", f"{_letters(r, 3)} {_digits(r, 4)} "
                                                                            f"{_digits(r, 4)}",
                   f"{_digits(r, 9)}-0{r.randint(1, 4)}", f"{_letters(r, 1)}{_digits(r, 8)}0{r.randint(1, 9)}",
                   f"M{_digits(r, 10)}"),
        "medicaid": (f"{_letters(r, 2)}{_digits(r, 5)}{_letters(r, 1)}", f"{_digits(r, 11)}",
                     f"{r.randint(1, 9)}{_letters(r, 2)}{r.randint(1, 9)}-{_letters(r, 2)}{r.randint(1, 9)}-"
                     f"{_letters(r, 2)}{_digits(r, 2)}"),
        "student": (f"SAP-{_digits(r, 4)}-{_digits(r, 6)}", f"AI{_digits(r, 8)}",
                    f"{_digits(r, 3)}-{_digits(r, 5)}-{_digits(r, 2)}"),
    }
    sub = sub or r.choice(("member", "member", "medicaid", "student"))
    return r.choice(opts[sub])


def _v_license(c: _Ctx, sub: str | None) -> str:
    r = c.r
    opts = {
        "med": (_digits(r, 6), f"MD-{_digits(r, 7)}", f"A{_digits(r, 6)}", f"{_digits(r, 3)}.{_digits(r, 6)}",
                f"MD{_digits(r, 6)}"),
        "npi": (f"{r.choice('12')}{_digits(r, 9)}",),
        "dea": (f"{r.choice('ABFM')}{r.choice(string.ascii_uppercase)}{_digits(r, 7)}",),
        "ems": (f"P{_digits(r, 6)}", f"EMT-{_digits(r, 6)}", f"{_digits(r, 6)}", f"NR{_digits(r, 7)}"),
        "at": (f"{_digits(r, 4)}", f"AT{_digits(r, 5)}", f"{_digits(r, 3)}-{_digits(r, 4)}"),
        "dl": (f"{_letters(r, 1)}{_digits(r, 3)}-{_digits(r, 4)}-{_digits(r, 4)}", f"{_letters(r, 1)}{_digits(r, 7)}",
               _digits(r, 9), f"{_digits(r, 3)} {_digits(r, 3)} {_digits(r, 3)}", f"{_letters(r, 2)}{_digits(r, 6)}"),
    }
    sub = sub or r.choice(tuple(opts))
    return r.choice(opts[sub])


def _v_zip(c: _Ctx, sub: str | None) -> str:
    r = c.r
    z = f"{r.randint(1001, 99950):05d}"
    return z if r.random() < 0.8 else f"{z}-{r.randint(1, 9999):04d}"


def _v_street(c: _Ctx, sub: str | None) -> str:
    r = c.r
    num = r.choice((str(r.randint(2, 99)), str(r.randint(100, 999)), str(r.randint(1000, 19999))))
    st = f"{r.choice(_STREETS)} {r.choice(_ST_SUF)}"
    f = r.randrange(6)
    if f == 0:
        return f"{num} {r.choice(('N.', 'S.', 'E.', 'W.', 'North', 'West'))} {st}"
    if f == 1:
        return f"{num} {st}, {r.choice(('Apt', 'Apt.', 'Unit', '#'))} {r.randint(1, 40)}{r.choice(('', 'B', 'C'))}"
    if f == 2:
        return f"{num} {r.choice(('Route', 'County Road', 'State Route'))} {r.randint(3, 390)}"
    return f"{num} {st}"


def _v_device(c: _Ctx, sub: str | None) -> str:
    r = c.r
    return r.choice((
        f"{_letters(r, 1)}{_digits(r, 2)}{_letters(r, 1)}-{_digits(r, 5)}",
        f"{_letters(r, 3)}{_digits(r, 6)}{_letters(r, 1)}",
        f"{_digits(r, 2)}{_letters(r, 2)}{_digits(r, 6)}", f"BME-{_digits(r, 6)}", f"{_digits(r, 8)}",
        f"{_letters(r, 2)}{_digits(r, 7)}", f"X{_digits(r, 2)}{_letters(r, 1)}{_digits(r, 5)}",
        f"{_digits(r, 4)}-{_letters(r, 2)}{_digits(r, 4)}", f"PDM{_digits(r, 7)}",
    ))


def _v_vehicle(c: _Ctx, sub: str | None) -> str:
    r = c.r
    sub = sub or r.choice(("plate", "plate", "vin", "tail", "sled"))
    if sub == "plate":
        return r.choice((f"{_letters(r, 3)}-{_digits(r, 4)}", f"{r.randint(1, 9)}{_letters(r, 3)} {_digits(r, 3)}",
                         f"{_letters(r, 3)} {_digits(r, 4)}", f"{_digits(r, 3)} {_letters(r, 3)}",
                         f"AMB {_digits(r, 4)}", f"{_letters(r, 2)}{_digits(r, 5)}"))
    if sub == "vin":
        pool = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        return f"{r.choice('123459JKLSWYZ')}{''.join(r.choice(pool) for _ in range(9))}{_digits(r, 7)}"
    if sub == "tail":
        return f"N{r.randint(10, 999)}{_letters(r, 2)}"
    return r.choice((f"{_letters(r, 2)}{_digits(r, 4)}{_letters(r, 1)}", f"{_digits(r, 4)}-{_letters(r, 2)}"))


_VALUES: dict[str, Callable[[_Ctx, str | None], str]] = {
    "PHONE": _v_phone, "FAX": _v_fax, "PAGER": _v_pager, "EMAIL": _v_email, "URL": _v_url, "IP_ADDRESS": _v_ip,
    "SSN": _v_ssn, "MRN": _v_mrn, "ACCOUNT": _v_account, "HEALTH_PLAN": _v_plan, "LICENSE": _v_license,
    "ZIP": _v_zip, "STREET_ADDRESS": _v_street, "DATE_REAL_YEAR": _v_date, "AGE_OVER_89": _v_age,
    "DEVICE_ID": _v_device, "VEHICLE_ID": _v_vehicle, "PERSON": _v_person, "LOCATION": _v_location,
    "ORGANIZATION": _v_org,
}

# --------------------------------------------------------------------------------------------------
# Plant templates: (slot, note types, template, value subtype). Slot H = header, B = body, T = tail.
# Note types: "a" any, "d" discharge, "r" radiology. {v} is the planted value; other fields are fillers.
# --------------------------------------------------------------------------------------------------

_T = dict[str, list[tuple[str, str, str, str | None]]]
_TEMPLATES: _T = {
    "PERSON": [
        ("H", "d", "Event medical director on site: Dr. {v} ({radio})", None),
        ("H", "a", "Referring: {v}, ATC, LAT -- {m}", None),
        ("H", "r", "Ordering provider: {v}, MD (team physician)", None),
        ("H", "r", "REFERRING PHYSICIAN: DR. {v}", "upper"),
        ("B", "a", "Brought to the tent by a fellow runner, {v}, who saw the collapse near {mile}.", None),
        ("B", "d", "Collateral obtained by phone from the patient's parent, {v}, who had been told by the event "
                   "staff.", None),
        ("B", "d", "Per the head athletic trainer ({v}, LAT) the athlete was down on the field ~{n} seconds.", None),
        ("B", "d", "Ski patroller {v} (patrol no. {m}) packaged the patient in the toboggan and ran the sled to the "
                   "base clinic.", None),
        ("B", "d", "Social Hx: lives with partner\n{v}; works as a line cook; runs 40 mi/wk.", None),
        ("B", "d", "| Role | Name |\n|---|---|\n| Team physician | {v} |\n| AT | ___ |", None),
        ("B", "d", "Witness statement taken from spectator {v} ({seat}).", None),
        ("B", "a", "Coach {v} reports the player took a helmet-to-helmet hit on a kickoff return.", None),
        ("T", "a", "Dictated by: {v}\n{m}", None),
        ("T", "a", "Electronically signed: {v}, MD  {d} {t}", None),
        ("T", "r", "I, {v}, have personally reviewed the images and agree with the findings.", None),
        ("T", "d", "cc: {v}, head coach ({m})", None),
        ("T", "a", "Results phoned to {v} at {t} by ___.", None),
        ("T", "d", "Return-to-play letter to be co-signed by Dr {v} before Stage 6.", None),
        ("H", "d", "Emergency contact ........ {v} (father)", None),
    ],
    "LOCATION": [
        ("B", "a", "Collapsed about 200 m past the finish line in {v} on a humid morning ({wbgt}).", "town"),
        ("H", "d", "Event location: {v}", "venue"),
        ("B", "d", "EMS transported the patient from the first-aid station at {v} to our ED ({n} min).", "venue"),
        ("H", "r", "CLINICAL INFORMATION (requisition): transfer from {v}; skier vs tree.", "town"),
        ("B", "d", "Social History: lives in {v} with two roommates; junior on the cross-country team.", "town"),
        ("B", "a", "Injury occurred at {v} in minute {n} of a club match.", "venue"),
        ("T", "d", "Follow up with the sports medicine clinic in {v} in 1 week.", "town"),
        ("B", "d", "Patient was at a concert at {v} when friends noted confusion and rigidity.", "venue"),
        ("H", "a", "Venue: {v} | Gate C first-aid post | {seat}", "venue"),
        ("B", "d", "The race started in {v} and crossed into the next county at the halfway mark.", "town"),
        ("B", "r", "History: fall from chairlift at {v}, ~4 m onto packed snow.", "venue"),
        ("H", "d", "Incident county:\t{v}", "county"),
        ("T", "a", "Outside films from the urgent care in {v} reviewed.", "town"),
    ],
    "ORGANIZATION": [
        ("H", "a", "Referred by: {v} athletic training room", "school"),
        ("B", "d", "He is a junior linebacker at {v}.", "school"),
        ("B", "d", "She trains with the {v} and was pacing a teammate.", "club"),
        ("B", "d", "Transported by {v} ({unit}) with ALS intercept.", "ems"),
        ("B", "a", "Outside images from {v} were uploaded for comparison.", "hosp"),
        ("H", "d", "Employer: {v} (event security contractor)", "employer"),
        ("T", "d", "Medical coverage for the event was provided under contract by {v}.", "organiser"),
        ("B", "d", "Race organizer: {v}; the race director was notified of the transport.", "organiser"),
        ("T", "d", "Prescriptions sent to {v}.", "pharmacy"),
        ("T", "a", "Copy to team physician, {v}.", "practice"),
        ("H", "r", "Outside facility: {v}", "hosp"),
        ("B", "d", "The {v} patrol responded within 6 minutes.", "ski"),
        ("B", "d", "Plays defense for {v} (professional contract, employer-provided coverage).", "team"),
        ("B", "r", "INDICATION addendum: college soccer player, {v}, non-contact pivot injury.", "college"),
        ("T", "d", "Release of records to {v} sports medicine signed by the patient.", "college"),
    ],
    "DATE_REAL_YEAR": [
        ("H", "a", "DOB: {v}", "dob"),
        ("B", "d", "Prior concussion {v} (soccer, header); symptoms resolved in 10 days.", "past"),
        ("B", "d", "Brother died suddenly while playing basketball on {v}; autopsy showed HCM.", "past"),
        ("H", "d", "Date of injury: {v}", "recent"),
        ("T", "d", "Cleared for non-contact practice as of {v} pending repeat ImPACT.", "recent"),
        ("H", "r", "Comparison study from outside hospital dated {v}.", "past"),
        ("B", "a", "Last tetanus booster {v}.", "past"),
        ("B", "d", "Registration waiver signed {v} (pasted from the race system).", "recent"),
        ("T", "a", "Signed {v} {t}", "recent"),
        ("B", "d", "| Date of injury | {v} |\n| Mechanism | collision |", "recent"),
        ("H", "d", "Date of birth ....... {v}", "dob"),
        ("T", "r", "Prior MRI knee performed {v} at an outside facility.", "past"),
    ],
    "PHONE": [
        ("H", "d", "Parent/guardian cell: {v}", None),
        ("B", "d", "Mother can be reached at {v} (prefers text).", None),
        ("T", "a", "Questions: call the sports medicine office at {v}.", None),
        ("T", "r", "Critical result discussed by telephone with the team physician, callback {v}.", None),
        ("B", "d", "AT on site (___) reachable at\n{v} during practice hours.", None),
        ("H", "a", "Tel. {v}", None),
        ("B", "d", "| Coach | ___ | {v} |", None),
        ("B", "d", "Pt's roomate called from {v} to report he had not come home after the festival.", None),
        ("T", "d", "Race medical director cell {v} (do not give to participants).", None),
    ],
    "FAX": [
        ("T", "d", "Please fax the return-to-play clearance to {v} (athletic office).", None),
        ("T", "a", "Fax: {v}", None),
        ("H", "r", "Report also faxed to {v}, attn team physician.", None),
        ("T", "d", "Fx {v}", None),
        ("T", "d", "Clinic fax (toll-free): {v}", "tollfree"),
        ("T", "d", "Faxed to the school nurse at {v} on {d}.", None),
        ("T", "r", "F: {v}", None),
        ("T", "d", "Team physician office - tel ___ / fax {v}", None),
        ("H", "d", "Fax#:{v}", None),
    ],
    "PAGER": [
        ("T", "a", "Page the sports medicine fellow on call, pager {v}, with questions.", None),
        ("H", "d", "Team physician pgr: {v}", None),
        ("T", "r", "Wet read communicated to the ED attending (beeper {v}) at {t}.", None),
        ("B", "d", "Tent medical lead paged at {v} per the emergency action plan.", None),
        ("T", "d", "Ortho resident p{v}", None),
        ("T", "r", "Pager #{v}", None),
        ("B", "d", "Covering sports med attending reached via pgr\n{v} at {t}.", None),
        ("H", "a", "On-call radiology resident: ___  (pager {v})", None),
    ],
    "EMAIL": [
        ("T", "d", "Return-to-play paperwork emailed to the coach at {v}.", None),
        ("H", "d", "Parent email: {v}", None),
        ("B", "d", "Patient's sister sent photos of the helmet from {v}.", None),
        ("T", "a", "Contact: {v}", None),
        ("T", "r", "Images requested by the team AT ({v}) via secure e-mail.", None),
        ("B", "d", "Registration record lists e-mail\n{v}.", None),
        ("H", "a", "E-mail:  {v}", None),
        ("B", "d", "| Athletic director | ___ | {v} |", None),
    ],
    "URL": [
        ("B", "d", "Family has started a fundraising page ({v}) and asked that we not share updates.", None),
        ("T", "d", "Patient's training log shared via {v}.", None),
        ("B", "a", "Course GPS track uploaded by the patient at {v} shows the pace drop at {mile}.", None),
        ("T", "r", "Outside images retrieved from image-share link {v}", None),
        ("T", "d", "Portal link sent to patient: {v}", None),
        ("B", "d", "Teammate posted the collapse video to {v}; family aware.", None),
        ("T", "a", "Ref: athlete's public results page\n{v}", None),
        ("B", "d", "Patient's heart-rate trace ({v}) shows HR 212 at the time of collapse.", None),
    ],
    "IP_ADDRESS": [
        ("T", "r", "Images received from outside PACS node {v} (DICOM push).", None),
        ("T", "a", "[ePCR sync from tent tablet {v} at {t}]", None),
        ("H", "r", "Workstation: {v}", None),
        ("T", "d", "Telemetry gateway {v} - strip imported.", None),
        ("B", "d", "Wearable data imported from device hub at {v}.", None),
        ("T", "a", "Printed from host {v} by ___", None),
        ("B", "d", "Tent laptop (IP {v}) lost Wi-Fi; vitals were charted on paper for 40 min.", None),
        ("T", "r", "DICOM C-STORE from {v}:104 accepted.", None),
    ],
    "SSN": [
        ("H", "d", "SSN: {v}", None),
        ("B", "d", "Workers' compensation (event staff injured on duty); SSN on file {v}.", None),
        ("H", "a", "Soc Sec #{v}", None),
        ("T", "d", "Registration form (pasted): name ___  SS# {v}  shirt size M", None),
        ("B", "d", "| Field | Value |\n|---|---|\n| Social security no. | {v} |\n| Athlete ID | ___ |", None),
        ("T", "a", "SSN\n{v}", None),
        ("H", "d", "Guarantor: ___   Guarantor SSN: {v}", None),
    ],
    "MRN": [
        ("H", "a", "MRN: {v}", None),
        ("H", "r", "Patient ID: {v}", None),
        ("T", "d", "Outside MRN {v} (___ Medical Center).", None),
        ("B", "d", "Athletic training EMR record #{v} reviewed: two prior ankle sprains.", None),
        ("H", "d", "Unit No. (legacy): {v}", None),
        ("T", "r", "Med Rec No {v}", None),
        ("B", "d", "| MRN | {v} |\n| CSN | ___ |", None),
    ],
    "ACCOUNT": [
        ("H", "a", "Encounter #: {v}", "enc"),
        ("H", "r", "Accession: {v}", "acc"),
        ("B", "d", "Event medical incident no. {v} documented by the tent staff.", "inc"),
        ("B", "d", "EMS run number {v}; PCR attached.", "run"),
        ("T", "d", "Athletic accident insurance claim {v} opened.", "claim"),
        ("T", "a", "Lab requisition ___ / specimen {v}", "spec"),
        ("H", "d", "Race medical incident #: {v}", "inc"),
        ("T", "d", "Interpreter session ID {v} (video, Spanish).", "session"),
        ("T", "r", "ACC# {v}", "acc"),
        ("B", "d", "| Tent encounter no. | {v} |\n| Disposition | transported |", "inc"),
        ("T", "d", "Claim #: {v} (secondary athletic accident plan)", "claim"),
        ("B", "d", "CAD incident {v} (mutual aid request from the venue).", "run"),
    ],
    "HEALTH_PLAN": [
        ("H", "d", "Insurance: ___ PPO, member ID {v}, {grp}", "member"),
        ("B", "d", "Student-athlete covered by the school's secondary athletic accident policy, policy no. {v}.",
         "student"),
        ("T", "d", "Medicaid #: {v}", "medicaid"),
        ("H", "r", "Subscriber ID {v}", "member"),
        ("T", "d", "Prior auth for MRI submitted under member {v}.", "member"),
        ("B", "d", "| Payer | Member # |\n|---|---|\n| ___ | {v} |", "member"),
        ("T", "a", "Medicaid CIN {v}", "medicaid"),
        ("H", "d", "Secondary: school athletic accident plan  Policy#{v}", "student"),
        ("T", "d", "Subscr ID: {v}  (subscriber: father)", "member"),
    ],
    "LICENSE": [
        ("T", "d", "___, MD  Lic# {v}", "med"),
        ("T", "a", "NPI {v}", "npi"),
        ("T", "d", "DEA {v}", "dea"),
        ("B", "d", "Identity confirmed from the driver's license {v} found in the runner's belt pouch.", "dl"),
        ("T", "d", "Run sheet completed by ___, EMT-P, state cert #{v}.", "ems"),
        ("T", "d", "Athletic trainer license {v} (state), BOC certified.", "at"),
        ("T", "r", "Ordering NPI: {v}", "npi"),
        ("B", "d", "Paramedic ___ (state lic. {v}) gave 3% saline under standing orders.", "ems"),
        ("T", "d", "Medical license no.\n{v}", "med"),
    ],
    "ZIP": [
        ("H", "d", "Home: ___, ___ {v}", None),
        ("B", "d", "Patient lives in zip code {v}, about 40 min from the venue.", None),
        ("T", "a", "Mailing: ___ ___ {v}", None),
        ("H", "r", "Pt address (requisition): ___, ___  {v}", None),
        ("B", "d", "Lives with her grandparents (zip {v}); bus to school.", None),
        ("T", "d", "Home health referral: ___ ___ ___, ___ {v}-area agency", None),
        ("H", "d", "City/ST/ZIP:    ___ / ___ / {v}", None),
    ],
    "STREET_ADDRESS": [
        ("H", "d", "Address: {v}, ___, ___ ___", None),
        ("B", "d", "The race start was at {v}; the course follows the river path.", None),
        ("B", "d", "Collapse occurred in the parking lot outside {v}.", None),
        ("T", "d", "Mail clearance letter to {v}.", None),
        ("H", "a", "Incident address: {v}", None),
        ("B", "d", "He drove himself from the stadium to his apartment at\n{v} before calling 911.", None),
        ("H", "d", "Street ......... {v}", None),
        ("T", "r", "Requisition address line: {v}", None),
        ("B", "d", "| Venue address | {v} |", None),
    ],
    "AGE_OVER_89": [
        ("B", "a", "Of note, the patient is {v} years old and still completes a 5K walk each month.", None),
        ("H", "r", "INDICATION (requisition): {v} y/o F fall in stadium stairwell.", None),
        ("B", "d", "Spectator, age {v}, in the stands ({seat}) at the time of the event.", None),
        ("H", "d", "Age: {v}", None),
        ("B", "d", "At {v}, he was the oldest finisher of the senior games 5K.", None),
        ("B", "d", "A {v}-year-old race volunteer at the water station.", None),
        ("H", "a", "Pt age: {v} yrs", None),
        ("B", "d", "Grandmother (aged {v}) fainted in the bleachers during the same heat advisory.", None),
        ("T", "r", "Note: patient is {v}; osteopenia limits fracture detection.", None),
    ],
    "DEVICE_ID": [
        ("B", "d", "The on-course AED (Philips HeartStart FRx, SN {v}) delivered 2 shocks.", None),
        ("B", "a", "Dual-chamber ICD, serial {v}, interrogated without events.", None),
        ("T", "r", "Scanner asset tag {v}.", None),
        ("B", "d", "Insulin pump (Omnipod 5) PDM serial {v}; pump suspended during the race.", None),
        ("T", "d", "UDI (01){gtin}(17){udiexp}(10){udilot}(21){v}", None),
        ("H", "a", "Tablet asset #{v} (concussion testing)", None),
        ("B", "d", "LUCAS device s/n {v} used for 18 minutes of mechanical CPR.", None),
        ("T", "r", "Pacemaker/ICD (serial number {v}) placed in MRI-conditional mode before the scan.", None),
        ("B", "d", "| Device | Serial |\n|---|---|\n| cardiac monitor | {v} |", None),
        ("H", "d", "Dexcom G7 transmitter SN: {v}", None),
    ],
    "VEHICLE_ID": [
        ("B", "d", "Transported by ALS ambulance, plate {v}.", "plate"),
        ("B", "d", "Patrol snowmobile (reg. {v}) brought the toboggan to the base area.", "sled"),
        ("B", "d", "Medical helicopter {v} landed at the ski area base for transfer.", "tail"),
        ("B", "d", "Race car VIN {v} impacted the outside wall at turn 3.", "vin"),
        ("T", "d", "Patient's car (lic. plate {v}) left in the stadium lot; security notified.", "plate"),
        ("B", "a", "Struck by a course support vehicle, plate {v}, on the bike course.", "plate"),
        ("T", "d", "Ambulance: ___ Unit / Veh. plate\n{v}", "plate"),
        ("H", "r", "HISTORY (from EMS): rider vs truck (license plate {v}) at the crosswalk.", "plate"),
        ("B", "d", "Air medical tail no. {v} diverted for weather; ground transport instead.", "tail"),
    ],
}

_SLOT_FILLERS: dict[str, Callable[[_Ctx], str]] = {
    "m": lambda c: "___",
    "d": _Ctx.sd,
    "t": _Ctx.tm,
    "n": lambda c: str(c.rint(8, 45)),
    "seat": _Ctx.seat,
    "mile": _Ctx.mile,
    "wbgt": _Ctx.wbgt,
    "unit": _Ctx.unit,
    "radio": _Ctx.radio,
    "grp": _Ctx.grp,
    "lot": _Ctx.lot,
    "udilot": lambda c: c.lk(f"{c.rint(1000, 9999)}{c.pick('ABCDKX')}-{c.rint(10, 99)}"),
    "gtin": lambda c: c.lk(f"00{c.rint(10000000000, 99999999999)}{c.rint(0, 9)}"),
    "udiexp": lambda c: c.lk(f"{c.rint(26, 30)}{c.rint(1, 12):02d}{c.rint(1, 28):02d}"),
}


class _Fill(dict):
    def __init__(self, c: _Ctx) -> None:
        super().__init__(v="\x01")
        self.c = c

    def __missing__(self, key: str) -> str:
        val = _SLOT_FILLERS[key](self.c)
        self[key] = val
        return val


def _plant(c: _Ctx, cat: str) -> tuple[str, str, int, int]:
    """(slot, snippet text, span start, span end) for one planted value."""
    nt = "r" if c.note_type == "radiology" else "d"
    opts = [t for t in _TEMPLATES[cat] if t[1] in ("a", nt)]
    slot, _, tmpl, sub = c.pick(opts)
    text = tmpl.format_map(_Fill(c))
    value = _VALUES[cat](c, sub)
    s = text.index("\x01")
    return slot, text.replace("\x01", value), s, s + len(value)


# --------------------------------------------------------------------------------------------------
# Heavy-mask blocks (>= 25 ``___``)
# --------------------------------------------------------------------------------------------------

_HEAVY_DS = (
    "EVENT MEDICAL RECORD (pasted from race registration)",
    "Participant: ___   Bib: ___   Athlete ID: ___",
    "Emergency contact: ___ (___)   Phone: ___",
    "Address: ___, ___, ___ ___",
    "Team/club: ___   Coach: ___   School: ___",
    "Insurance: ___   Member ID: ___   Group: ___",
    "Tent arrival: ___   Tent departure: ___   Disposition: ___",
    "Treating clinician: ___, ___   Lic: ___",
    "Transport agency: ___   Unit: ___   Incident #: ___",
    "Receiving facility: ___   MRN: ___   Encounter: ___",
)
_HEAVY_RAD = (
    "REQUISITION (scanned)",
    "Patient: ___   MRN: ___   DOB: ___   Acc: ___",
    "Ordering: ___, ___   NPI: ___   Phone: ___   Fax: ___",
    "Referring team physician: ___   Practice: ___",
    "Outside facility: ___   Outside MRN: ___   Study date: ___",
    "Insurance: ___   Subscriber: ___   Auth #: ___",
    "Address: ___, ___, ___ ___",
    "Emergency contact: ___   Relationship: ___   Phone: ___",
    "Event: ___   Venue: ___   Incident #: ___",
)


def _heavy_block(c: _Ctx) -> str:
    lines = list(_HEAVY_RAD if c.note_type == "radiology" else _HEAVY_DS)
    head, rest = lines[0], lines[1:]
    c.r.shuffle(rest)
    return "\n".join([head, *rest])


# --------------------------------------------------------------------------------------------------
# Document builders: return text with @@H@@, @@B@@ and @@T@@ slot markers
# --------------------------------------------------------------------------------------------------


def _ds_header(c: _Ctx, service: str, allergies: str | None = None) -> str:
    sex = c.pick("MF")
    allergies = allergies or c.pick(("No Known Allergies / Adverse Drug Reactions", "Penicillins", "Sulfa (Sulfonamide "
                                     "Antibiotics)", "bee stings", "Codeine"))
    return (f"Name:  ___                  Unit No:   ___\n \nAdmission Date:  ___              Discharge Date:   ___\n"
            f" \nDate of Birth:  ___             Sex:   {sex}\n \nService: {service}\n \nAllergies: \n{allergies}\n"
            f" \nAttending: ___.\n@@H@@\n")


def _labs(c: _Ctx, heat: bool = False) -> str:
    na = c.rint(118, 131) if c.r.random() < 0.4 else c.rint(134, 146)
    ck = c.rint(900, 48000) if heat else c.rint(120, 4000)
    return (f"{c.sd()} 04:{c.rint(10, 59)}AM BLOOD WBC-{c.rint(6, 19)}.{c.rint(0, 9)} "
            f"Hgb-{c.rint(10, 16)}.{c.rint(0, 9)} "
            f"Plt-{c.rint(120, 380)}\n___ 04:{c.rint(10, 59)}AM BLOOD Glucose-{c.rint(70, 210)} UreaN-{c.rint(8, 40)} "
            f"Creat-{c.rint(0, 3)}.{c.rint(1, 9)} Na-{na} K-{c.rint(3, 5)}.{c.rint(0, 9)} Cl-{c.rint(90, 110)} "
            f"HCO3-{c.rint(14, 28)}\n___ 04:{c.rint(10, 59)}AM BLOOD ALT-{c.rint(20, 900)} AST-{c.rint(25, 1400)} "
            f"CK(CPK)-{ck}\n___ 05:{c.rint(10, 59)}AM BLOOD Lactate-{c.rint(1, 9)}.{c.rint(0, 9)}")


def _dc_footer(c: _Ctx, followup: str) -> str:
    return (f"Discharge Disposition:\n{c.pick(('Home', 'Home With Service', 'Extended Care'))}\n \n"
            "Discharge Condition:\nMental Status: Clear and coherent.\nLevel of Consciousness: Alert and "
            "interactive.\n"
            f"Activity Status: Ambulatory - Independent.\n \nFollowup Instructions:\n{followup}\n@@T@@\n")


def _k_marathon(c: _Ctx) -> str:
    temp = f"{c.rint(40, 42)}.{c.rint(0, 9)}"
    return (_ds_header(c, "MEDICINE") +
            f"\nChief Complaint:\ncollapse at {c.mile()} of a marathon, altered mental status\n \n"
            f"Major Surgical or Invasive Procedure:\nnone\n \nHistory of Present Illness:\n"
            f"{c.age(19, 64)} {c.pick(('man', 'woman'))}, recreational runner ({c.bib()}, {c.bracket()}), who became "
            f"confused and ataxic at {c.mile()} on a {c.wbgt()} morning. At the finish-line medical tent the rectal "
            f"temperature was {temp} °C; GCS {c.rint(9, 13)}. Cold-water immersion in the ice tub for "
            f"{c.rint(10, 22)} min "
            f"brought the temperature to 38.9 °C (cool first, transport second). {c.brand('Gatorade', 'Pedialyte')} "
            f"and 1 L NS given in the tent. The projected finish time on the tracker was {c.ft()}; the half split was "
            f"{c.ft()}. Transported by {c.unit()} to our ED.\n@@B@@\n \n"
            f"Past Medical History:\nexercise-induced bronchospasm ({c.brand('ProAir HFA')} PRN), no prior heat "
            "illness; "
            f"{c.epo('Tommy John')} (UCL) reconstruction in high school\n"
            f" \nSocial History:\nRuns with a local club (___). No tobacco. Occasional EtOH.\n \n"
            f"Family History:\nNo sudden cardiac death. Father with HTN.\n \nPhysical Exam:\n"
            f"Temp: 38.{c.rint(1, 9)} HR: {c.rint(100, 150)} BP: {c.rint(88, 130)}/{c.rint(40, 80)} RR: "
            f"{c.rint(18, 30)} "
            f"O2Sat: {c.rint(94, 100)}\nGen: diaphoretic, confused, oriented x1\nSkin: hot, flushed\n"
            f"Neuro: {c.epo('Romberg', 'Babinski')} deferred; moves all extremities\n \n"
            f"Pertinent Results:\n{_labs(c, heat=True)}\n \nBrief Hospital Course:\n"
            f"# Exertional heat stroke: core temperature normalised in the tent; mentation back to baseline by "
            f"hospital day 2.\n# Rhabdomyolysis / AKI: CK trended down with IV fluids; creatinine improved.\n"
            "# Transaminitis: peaked day 2, downtrending at discharge.\nRunning guidance per "
            f"{c.gov('ACSM', 'USATF', 'World Athletics', 'AMSSM')} "
            f"heat-illness consensus: no exercise until labs normal, then graded heat re-acclimatisation over "
            f"2 weeks.\n \nMedications on Admission:\nalbuterol PRN\n \nDischarge Medications:\n"
            f"1. Acetaminophen 650 mg PO Q6H:PRN pain ({c.brand('Tylenol')}); avoid NSAIDs until kidney function "
            f"normal\n \nDischarge Diagnosis:\nexertional heat stroke\nrhabdomyolysis\n \n"
            "Discharge Instructions:\nReturn for dark urine, confusion or fever. Heat safety: "
            f"{c.site('heat.gov', 'www.weather.gov')}.\n \n" +
            _dc_footer(c, "Sports medicine clinic in 1-2 weeks with repeat CK and LFTs."))


def _k_triathlon(c: _Ctx) -> str:
    return (_ds_header(c, "CARDIOLOGY") +
            f"\nChief Complaint:\nout-of-hospital cardiac arrest during triathlon swim\n \n"
            f"Major Surgical or Invasive Procedure:\ncoronary angiography; subcutaneous ICD placement\n \n"
            f"History of Present Illness:\n{c.age(30, 72)} {c.pick(('male', 'female'))} age-group triathlete "
            f"({c.bracket()}, {c.bib()}) who was seen floating face down about 300 m into the open-water swim. "
            f"Pulled onto a rescue board by water safety; pulseless. Bystander CPR began on the beach at "
            f"{c.tm()}; the {c.brand('ZOLL AED Plus', 'Powerheart G5', 'Philips HeartStart FRx')} advised shock x2 "
            f"with ROSC after ~{c.rint(6, 14)} minutes. Event EMS ({c.unit()}) intubated for airway protection.\n"
            f"@@B@@\n \nPast Medical History:\nhyperlipidemia; prior ECG read as possible "
            f"{c.epo('Wolff-Parkinson-White', 'Brugada pattern')} (never worked up)\n \n"
            f"Social History:\nMasters swimmer; raced in a {c.brand('ROKA wetsuit')}; did a {c.brand('Polar Plunge')} "
            f"fundraiser last winter; no tobacco.\n \n"
            f"Family History:\nUncle with sudden death at age {c.rint(38, 60)}.\n \n"
            f"Physical Exam:\nOn admission: intubated, sedated; HR {c.rint(70, 120)} BP "
            f"{c.rint(90, 140)}/{c.rint(50, 80)}\n"
            f"Lungs: coarse bilateral breath sounds (aspiration)\n \nPertinent Results:\n{_labs(c)}\n"
            f"Trop-T peak 0.{c.rint(10, 99)}\nTTE: EF {c.rint(40, 60)}%, no RWMA\nCath: non-obstructive CAD\n"
            f"Cardiac MRI: {c.pick(('patchy mid-wall LGE', 'no LGE', 'LGE at RV insertion points'))}\n \n"
            f"Brief Hospital Course:\nTargeted temperature management with {c.brand('Arctic Sun')} at 36 °C for 24 h; "
            f"extubated day 2, neurologically intact. EP recommended secondary-prevention ICD "
            f"({c.brand('Boston Scientific', 'Medtronic', 'Abbott')} S-ICD, {c.ref()}, {c.lot()}). Return to "
            f"competition to be decided with the sports cardiologist per {c.gov('USA Triathlon', 'ACSM', 'AMSSM')} "
            "/ AHA guidance; no solo open-water "
            f"swimming.\n \nDischarge Medications:\n1. Aspirin 81 mg daily\n2. Atorvastatin 40 mg daily\n"
            f"3. Metoprolol succinate 25 mg daily\n \nDischarge Diagnosis:\nVF arrest, resuscitated\naspiration "
            f"pneumonitis\n \nDischarge Instructions:\nNo driving for 6 months. Device clinic wound check.\n \n" +
            _dc_footer(c, "Device clinic 10 days; sports cardiology 4-6 weeks."))


def _k_stadium(c: _Ctx) -> str:
    ts = c.times(4)
    return (_ds_header(c, "CARDIOLOGY") +
            f"\nChief Complaint:\nchest pressure at a football game\n \nHistory of Present Illness:\n"
            f"{c.age(45, 86)} fan with HTN who developed substernal pressure in the third quarter ({c.seat()}, "
            f"{c.ticket()}). Walked with an usher to First-Aid Station 2 (Gate C concourse).\n\n"
            f"FIRST-AID STATION LOG (pasted)\n"
            f"  Time   Event                                  By\n"
            f"  {ts[0]}  arrived ambulatory, pain 6/10             EMT ___\n"
            f"  {ts[1]}  12-lead: 1 mm ST depression V4-V6        medic ___\n"
            f"  {ts[2]}  ASA 324 mg chewed, NTG 0.4 mg SL x1       medic ___\n"
            f"  {ts[3]}  transport via {c.unit()}                  ___\n\n"
            f"Heat and crowd: {c.wbgt()}; the station saw {c.rint(12, 60)} patients that day.\n@@B@@\n \n"
            f"Past Medical History:\nHTN, HLD, prediabetes\n \nSocial History:\nSeason-ticket holder; former smoker "
            f"(quit {c.year('since')}).\n \nPhysical Exam:\nBP {c.rint(130, 180)}/{c.rint(70, 100)} HR "
            f"{c.rint(60, 110)}\n"
            f"CV: RRR, no murmur\n \nPertinent Results:\n{_labs(c)}\nTrop-T 0.0{c.rint(2, 9)} -> "
            f"0.{c.rint(10, 60)}\n \n"
            f"Brief Hospital Course:\nNSTEMI. Heparin gtt, cath with DES to mid-LAD. Cardiac rehab referral. "
            f"{c.brand('Toradol')} avoided.\n \nDischarge Medications:\n1. Aspirin 81 mg\n2. Ticagrelor 90 mg BID\n"
            f"3. Atorvastatin 80 mg\n4. Metoprolol tartrate 25 mg BID\n \nDischarge Diagnosis:\nNSTEMI\n \n"
            f"Discharge Instructions:\nNo heavy lifting for 1 week. Lost ticket or belongings: "
            f"{c.lk('event info line 1-877-462-7236')}.\n \n" +
            _dc_footer(c, "Cardiology 2 weeks; PCP 1 week."))


def _k_festival(c: _Ctx) -> str:
    ts = c.times(4)
    return (_ds_header(c, "MEDICINE") +
            f"\nChief Complaint:\nagitation, hyperthermia at a music festival\n \nHistory of Present Illness:\n"
            f"{c.age(17, 38)} {c.pick(('man', 'woman'))} brought to the festival medical post (main stage, "
            f"{c.radio()}) by friends after reported ingestion of 'molly' and {c.rint(3, 7)} L of water over the "
            f"evening. Wristband {c.ticket()}. On arrival at the post: T {c.rint(39, 41)}.{c.rint(0, 9)} °C, HR "
            f"{c.rint(130, 170)}, jaw clenching, diaphoretic; POC Na {c.rint(119, 128)} by {c.brand('i-STAT')}. "
            f"Midazolam 5 mg IM given; ice packs; transported with {c.unit()} at {ts[2]}.\n@@B@@\n \n"
            f"MEDICAL POST RECORD\n| Time | HR | BP | T | GCS | Intervention |\n|---|---|---|---|---|---|\n"
            f"| {ts[0]} | {c.rint(130, 170)} | {c.rint(140, 190)}/{c.rint(80, 110)} | 40.1 | 13 | ice, midazolam |\n"
            f"| {ts[1]} | {c.rint(110, 150)} | {c.rint(120, 170)}/{c.rint(70, 100)} | 39.2 | 14 | handoff to EMS |\n"
            f" \nPast Medical History:\nADHD, no meds\n \nSocial History:\nStudent; festival camping weekend pass.\n"
            f" \nPhysical Exam:\nMydriasis, clonus absent, skin hot, {c.epo('Kernig sign')} negative\n \nPertinent "
            f"Results:\n{_labs(c, heat=True)}\n"
            f"Serum tox: positive MDMA; EtOH {c.rint(10, 120)}\n \nBrief Hospital Course:\n"
            f"MICU for hyperthermia and hyponatremia (fluid restriction, 3% saline bolus x1). Poison center consulted "
            f"({c.lk('Poison Help 1-800-222-1222')}). Counselled on harm reduction; "
            f"{c.lk(c.pick(('988 Suicide & Crisis Lifeline', 'SAMHSA helpline 1-800-662-4357')))} given.\n "
            "\nDischarge Medications:\nnone\n \n"
            f"Discharge Diagnosis:\nMDMA toxicity; exercise/ingestion-associated hyponatremia\n \n"
            f"Discharge Instructions:\nAvoid drug use; hydrate with electrolyte drinks, not water alone.\n \n" +
            _dc_footer(c, "PCP 1 week with BMP."))


def _k_at_report(c: _Ctx) -> str:
    return (_ds_header(c, "ORTHOPAEDICS", "No Known Allergies / Adverse Drug Reactions") +
            f"\nChief Complaint:\nbilateral arm burning and weakness after a tackle\n \n"
            f"ATHLETIC TRAINER INJURY REPORT (scanned, {c.gov('NFHS', 'NATA')} EAP form)\n"
            f"Sport: varsity football    Position: {c.pick(('LB', 'SS', 'RB', 'WR'))}    Athlete ID: ___\n"
            f"Mechanism: head-down tackle, axial load    Helmet: {c.brand('Riddell SpeedFlex', 'Schutt F7')}\n"
            f"On-field: transient bilateral upper-extremity paresthesia ~{c.rint(2, 15)} min; spine motion "
            f"restriction; facemask removed, helmet and shoulder pads left on per {c.gov('NATA', 'NFHS')} guidance.\n"
            f"AT: ___   Team physician: ___   EAP activated {c.tm()}\n@@B@@\n \nHistory of Present Illness:\n"
            f"{c.age(14, 18)} player transported from the game by {c.unit()}. Strength 4/5 bilateral deltoids "
            f"initially, now 5/5. {c.epo('Spurling maneuver', 'Lhermitte sign', 'Hoffmann sign')} negative.\n \n"
            f"Past Medical History:\nprior 'stingers' x2 ({c.year('season')})\n \nPhysical Exam:\nC-collar in "
            "place. No midline "
            f"tenderness after clearance. Sensation intact. Shoulders: {c.epo('Hawkins-Kennedy test', 'Neer sign')} "
            f"negative bilaterally.\n \nPertinent Results:\nCT C-spine: no fracture. MRI: "
            f"congenital narrowing, {c.epo('Torg-Pavlov ratio')} 0.{c.rint(70, 85)}; no cord signal change.\n \n"
            f"Brief Hospital Course:\nAdmitted for observation and MRI. No deficits. Neurosurgery: transient "
            f"neurapraxia; no contact until reviewed by spine clinic.\n \nDischarge Medications:\n"
            f"1. Ibuprofen 400 mg PO Q8H PRN\n \nDischarge Diagnosis:\ncervical cord neurapraxia\n \n"
            f"Discharge Instructions:\nNo football or contact sport until cleared in writing.\n \n" +
            _dc_footer(c, "Spine clinic 2 weeks; athletic trainer to hold the athlete from practice."))


def _k_concussion(c: _Ctx) -> str:
    sym = c.rint(10, 70)
    return (_ds_header(c, "NEUROLOGY") +
            f"\nChief Complaint:\nheadache, vomiting after a hockey collision\n \nHistory of Present Illness:\n"
            f"{c.age(13, 22)} player ({c.brand('Bauer Re-Akt')} helmet) struck the boards head-first. On the bench: "
            "confused, "
            f"{c.brand('SCAT6')} symptom severity {sym}/132; {c.brand('King-Devick')} "
            f"{c.rint(50, 80)}.{c.rint(0, 9)} s "
            f"(baseline {c.rint(38, 48)}.{c.rint(0, 9)} s); {c.brand('BESS')} {c.rint(10, 30)} errors. Vomited x2; "
            f"admitted for observation after CT negative.\n@@B@@\n \nPast Medical History:\nconcussion x1 "
            f"({c.year()}), migraine\n \nPhysical Exam:\nGCS 15, no focal deficit, {c.epo('Romberg')} positive\n"
            f"{c.epo('Battle sign')} absent\n \nBrief Hospital Course:\nObserved 24 h; symptoms improved with "
            f"{c.brand('Zofran')} and acetaminophen.\n \nCONCUSSION PROTOCOL / RETURN-TO-PLAY LETTER\n"
            f"To the athletic trainer and coaching staff at ___:\n"
            f"This athlete sustained a concussion on ___. Per the {c.gov('NFHS', 'NCAA', 'USA Hockey', 'AMSSM')} "
            "graduated return-to-sport strategy:\n"
            f"  Stage 1 symptom-limited activity       ......  complete when symptom-free\n"
            f"  Stage 2 light aerobic exercise         ......  24 h minimum per stage\n"
            f"  Stage 3 sport-specific exercise\n  Stage 4 non-contact drills\n"
            f"  Stage 5 full-contact practice (needs written clearance)\n  Stage 6 return to competition\n"
            f"Post-injury {c.brand('ImPACT')} ({c.ver()}): verbal memory {c.rint(60, 95)}, visual memory "
            f"{c.rint(55, 90)}, reaction time 0.{c.rint(55, 80)}; repeat when asymptomatic. {c.brand('VOMS')} "
            f"provoked symptoms; vestibular therapy referral. Academic accommodations: reduced screen time.\n"
            f"Resources: {c.site('cdc.gov/headsup', 'www.nfhs.org', 'www.ncaa.org/sport-science-institute')}.\n "
            "\nDischarge Diagnosis:\nconcussion without loss of consciousness\n \n" +
            _dc_footer(c, f"Sports concussion clinic 1 week; {c.brand('Buffalo Concussion Treadmill Test')} at "
                          f"that visit."))


def _k_team_phys(c: _Ctx) -> str:
    return (_ds_header(c, "MEDICINE") +
            f"\nChief Complaint:\ncollapse during conditioning drills\n \nHistory of Present Illness:\n"
            f"{c.age(18, 23)} college football player with sickle cell trait, first week of summer conditioning "
            f"({c.wbgt()}), collapsed after the {c.rint(8, 16)}th 110-yard sprint. The team physician noted "
            f"tachypnea, muscle pain without cramping, and normal core temperature ({c.rint(37, 38)}.{c.rint(0, 9)} °C "
            f"rectal), consistent with exertional collapse associated with sickle cell trait. O2 by NRB, EMS "
            f"activated via {c.radio()}.\n@@B@@\n \nTEAM PHYSICIAN CONSULT\nRe: exertional collapse, {c.gov('NCAA')} "
            f"screening positive for HbAS on file\nVitals on field: HR {c.rint(120, 160)}, RR {c.rint(28, 40)}, "
            f"SpO2 {c.rint(88, 95)}%\nImpression: ECAST vs exertional rhabdomyolysis; not heat stroke.\n \n"
            f"Past Medical History:\nsickle cell trait; {c.epo('Osgood-Schlatter')} as a teenager\n"
            f"Family History: mother treated for {c.epo('Hodgkin')} lymphoma\n \n"
            f"Social History:\nStudent-athlete, {c.year('class')}. No supplements per patient; uses a "
            f"{c.brand('WHOOP strap', 'Apple Watch', 'Garmin Forerunner')}.\n \nPertinent "
            f"Results:\n{_labs(c, heat=True)}\n"
            f"Urine: large blood, 0-2 RBC (myoglobinuria)\n \nBrief Hospital Course:\nAggressive IV fluids; CK peaked "
            f"day 2; no compartment syndrome. Nephrology followed AKI, resolved.\n \nDischarge Medications:\nnone\n"
            f" \nDischarge Diagnosis:\nexertional rhabdomyolysis; sickle cell trait\n \nDischarge Instructions:\n"
            f"Gradual return to conditioning with rest intervals; hydrate; stop at first symptoms.\n \n" +
            _dc_footer(c, "Team physician 1 week with CK; no conditioning tests until cleared."))


def _k_ski(c: _Ctx) -> str:
    return (_ds_header(c, "TRAUMA SURGERY") +
            f"\nChief Complaint:\nleft upper quadrant pain after skiing into a tree\n \n"
            f"SKI PATROL INCIDENT REPORT (transcribed)\nTrail rating: black diamond   Snow: packed powder   "
            f"Temp: -{c.rint(2, 15)} °C   Helmet: yes   Lift ticket/pass: {c.ticket()}\n"
            f"Patroller(s): ___, ___   Called in by: liftie at chair {c.rint(2, 9)}   Time of call: {c.tm()}\n"
            f"Findings: LUQ pain, L shoulder pain ({c.epo('Kehr sign')} +), HR {c.rint(100, 130)}\n"
            f"Care: spine assessment, {c.brand('Ferno scoop', 'SAM Splint', 'Kendrick Extrication Device')}, O2, "
            f"toboggan to base, handoff to {c.unit()}\n@@B@@\n \nHistory of Present Illness:\n{c.age(16, 70)} "
            f"{c.pick(('skier', 'snowboarder'))} visiting from {c.state()} who struck a tree at speed. FAST positive "
            f"at the outside ED; transferred.\n \nMajor Surgical or Invasive Procedure:\nsplenic artery "
            f"embolization (IR)\n \nPast Medical History:\nnone\n \nPhysical Exam:\nGCS 15, LUQ tenderness, "
            f"left rib 9-10 tenderness\n \nPertinent Results:\n{_labs(c)}\nCT: grade IV splenic laceration with "
            f"active extravasation; left 9th-10th rib fractures; no pneumothorax.\n \nBrief Hospital Course:\n"
            f"Hypothermic on arrival (35.{c.rint(0, 9)} °C), rewarmed with {c.brand('Bair Hugger')}; moved on a "
            f"{c.brand('Stryker')} stretcher to IR for embolization; serial Hgb stable; tolerated diet. "
            "Post-splenic embolization vaccines given.\n \n"
            f"Discharge Medications:\n1. Oxycodone 5 mg q4h PRN\n2. Acetaminophen 1 g q8h\n \nDischarge Diagnosis:\n"
            f"splenic laceration grade IV; rib fractures\n \nDischarge Instructions:\nNo skiing or contact sports "
            f"for 3 months; no air travel for 1 week.\n \n" + _dc_footer(c, "Trauma clinic 2 weeks."))


def _k_ems(c: _Ctx) -> str:
    ts = c.times(4)
    return (_ds_header(c, "MEDICINE") +
            f"\nChief Complaint:\nconfusion and seizure after a half marathon\n \n"
            f"EVENT EMS RUN SHEET (imported from {c.brand('ImageTrend Elite')} {c.ver()})\n"
            f"Unit: {c.unit()}    Agency: ___    Crew: ___ / ___\n"
            f"Dispatched {ts[0]}  On scene {ts[1]}  Transport {ts[2]}  At destination {ts[3]}\n"
            f"Location: finish corral, {c.mile()} medical tent    Patient: ___    {c.bib()}\n"
            f"Chief complaint: AMS    Primary impression: hyponatremia (suspected)\n"
            f"VITALS     HR   BP       RR  SpO2  GCS  BGL\n"
            f"  1st     {c.rint(90, 130)}  {c.rint(100, 150)}/{c.rint(60, 90)}   {c.rint(14, 26)}  {c.rint(93, 99)}%   "
            f"{c.rint(10, 14)}   {c.rint(80, 160)}\n"
            f"  2nd     {c.rint(80, 120)}  {c.rint(100, 150)}/{c.rint(60, 90)}   {c.rint(14, 24)}  "
            f"{c.rint(94, 100)}%   "
            f"{c.rint(11, 15)}   {c.rint(80, 160)}\n"
            f"Narrative: runner finished in {c.ft()} then became confused; drank at every "
            f"aid station. Generalized seizure x1 in tent, {c.rint(40, 120)} s. Tent {c.brand('i-STAT')} Na "
            f"{c.rint(116, 127)}: 100 mL 3% saline IV x1 per medical director. No fluids otherwise.\n@@B@@\n \n"
            f"History of Present Illness:\n{c.age(24, 66)} runner with exercise-associated hyponatremia as above.\n"
            f" \nPast Medical History:\nSSRI use (sertraline)\n \nPertinent Results:\n{_labs(c)}\nUrine Osm "
            f"{c.rint(300, 700)}\n \nBrief Hospital Course:\nICU 1 night; Na corrected {c.rint(6, 8)} mEq/L in 24 h "
            f"(limit respected). No further seizures. MRI brain: no ODS.\n \nDischarge Medications:\nsertraline "
            f"resumed\n \nDischarge Diagnosis:\nexercise-associated hyponatremia with seizure\n \n"
            f"Discharge Instructions:\nDrink to thirst during races; weigh before and after long runs. After-hours "
            f"resource: {c.hot()}.\n \n" +
            _dc_footer(c, "PCP in 3 days with BMP."))


def _k_course(c: _Ctx) -> str:
    leg = c.pick(("bike leg of a triathlon", "descent of a mountain trail race", "criterium bike race"))
    return (_ds_header(c, "TRAUMA SURGERY") +
            f"\nChief Complaint:\nfall on the {leg}\n \nRACE COURSE INCIDENT REPORT\n"
            f"Reported by: course marshal ___ ({c.radio()})   Course position: {c.mile()}\n"
            f"Participant: ___  {c.bib()}  {c.bracket()}   Timing split at last mat: {c.ft()}\n"
            f"Description: rider lost control on a wet descent at ~{c.rint(35, 60)} km/h; helmet cracked; "
            f"conscious; bike removed from course by marshals. {c.gov('USA Triathlon', 'USA Cycling', 'USATF')} "
            "official notified.\n"
            f"Medical response: {c.unit()} on scene {c.rint(3, 12)} min; c-collar, {c.brand('SAM Splint')}.\n@@B@@\n \n"
            f"History of Present Illness:\n{c.age(22, 75)} athlete with right shoulder pain and dyspnea.\n \n"
            f"Major Surgical or Invasive Procedure:\nright chest tube; ORIF right clavicle\n \n"
            f"Past Medical History:\n{c.epo('Colles fracture', 'Bennett fracture', 'Jones fracture')} (remote)\n \n"
            f"Physical Exam:\nRight clavicle deformity, road rash R flank, decreased BS right\n \n"
            f"Pertinent Results:\n{_labs(c)}\nCXR: right PTX ~{c.rint(20, 40)}%, displaced midshaft clavicle fx.\n \n"
            f"Brief Hospital Course:\nChest tube placed, removed day 3. ORIF day 2 (plate, {c.ref()}). Wounds "
            f"dressed; tetanus updated.\n \nDischarge Medications:\n1. Oxycodone 5 mg q6h PRN\n2. Acetaminophen\n"
            f" \nDischarge Diagnosis:\nright pneumothorax; right clavicle fracture\n \n"
            f"Discharge Instructions:\nNo cycling outdoors for 6 weeks; indoor trainer after 2 weeks if pain "
            f"allows.\n \n" + _dc_footer(c, "Ortho trauma 2 weeks with x-ray."))


def _rad_head(c: _Ctx, exam: str) -> str:
    return f"EXAMINATION:  {exam}\n@@H@@\n" + _rad_history(c)


def _rad_history(c: _Ctx) -> str:
    """Requisition / triage history pasted above the report (event context, look-alikes only)."""
    opts = (
        f"CLINICAL HISTORY (ED triage, {c.brand('Epic')} import): arrived from the event medical tent, "
        f"{c.bib()}; tent notes report {c.wbgt()} at the time of injury and GCS {c.rint(13, 15)} on the "
        f"{c.epo('Glasgow Coma Scale')}. Pain {c.rint(3, 9)}/10. Tetanus status unknown.",
        f"CLINICAL HISTORY: injured during a {c.gov()}-sanctioned event; seen first at the venue first-aid "
        f"station ({c.seat()}). Transported by {c.unit()}. No anticoagulants. Prior imaging: none in our system.",
        f"CLINICAL HISTORY: participant in a youth tournament ({c.bracket()}); athletic trainer sent game film "
        f"({c.brand('Hudl')}) showing the mechanism. Finish/clock time at injury {c.ft()}. Parent at bedside.",
        f"CLINICAL HISTORY: athlete visiting from {c.state()} for a race; arrived via the race medical team at "
        f"{c.tm()}. Splinted in the field ({c.brand('Sager splint', 'SAM Splint', 'Aircast')}). Allergic to "
        f"bee stings (carries {c.brand('EpiPen')}).",
        f"CLINICAL HISTORY: spectator/participant from a mass-gathering event (crowd ~{c.rint(8, 60)},000); "
        f"triaged at the festival medical post on {c.radio()}; {c.brand('Narcan')} not given. Type 1 diabetes "
        f"with {c.brand('Dexcom G7', 'Omnipod 5')}; glucose {c.rint(90, 240)} on arrival.",
    )
    return c.pick(opts) + "\n@@B@@\n"


_RAD_RECS = (
    "Clinical correlation and sports medicine follow-up.", "Follow-up imaging if symptoms persist beyond 2 weeks.",
    "No further imaging needed unless clinical change.",
    "Orthopedic and sports medicine follow-up; return-to-play per treating team.",
)
_RAD_NOTIFS = (
    "Findings communicated to the ED team by phone", "Wet read given to the trauma bay",
    "Preliminary read discussed with the ordering clinician", "Results posted; no critical findings",
)


def _rad_tail(c: _Ctx) -> str:
    return ("\nRECOMMENDATION(S):  "
            f"{c.pick(_RAD_RECS)}\n"
            f"NOTIFICATION:  {c.pick(_RAD_NOTIFS)} "
            f"at {c.tm()} on {c.sd()}, {c.rint(2, 40)} minutes after discovery.\n")


def _r_head(c: _Ctx) -> str:
    return (_rad_head(c, "CT HEAD W/O CONTRAST") +
            f"\nINDICATION:  {c.age(12, 45)} {c.pick(('man', 'woman', 'boy', 'girl'))} with head injury during "
            f"{c.pick(('ice hockey', 'football', 'lacrosse', 'soccer', 'a ski race'))}, vomiting, "
            f"{c.brand('SCAT6')} symptom score {c.rint(20, 90)}. // Eval for intracranial hemorrhage\n\n"
            f"TECHNIQUE:  Contiguous axial images of the brain were acquired without contrast on a "
            f"{c.brand('Revolution CT')} scanner. Coronal and sagittal reformats and bone algorithm images were "
            f"reviewed.\nDOSE:  CTDIvol: {c.rint(40, 60)}.{c.rint(0, 9)} mGy; DLP: {c.rint(700, 1100)} mGy-cm.\n\n"
            f"COMPARISON:  None available.\n\nFINDINGS: \n\nThere is no evidence of hemorrhage, edema, mass effect, "
            f"or acute large territorial infarction. The ventricles and sulci are normal in size and configuration "
            f"for age. The basal cisterns are patent. There is no midline shift or effacement to suggest "
            f"{c.epo('Monro-Kellie')} decompensation. Gray-white matter differentiation is preserved. "
            f"Mean attenuation of the brain parenchyma is within normal {c.epo('Hounsfield units')} range.\n\n"
            f"No calvarial or skull base fracture. Small left frontal scalp hematoma. The visualized paranasal "
            f"sinuses, mastoid air cells and middle ear cavities are clear. The orbits are unremarkable.\n\n"
            f"IMPRESSION: \n\n1. No acute intracranial abnormality.\n2. Left frontal scalp soft tissue swelling "
            f"without underlying fracture.\n3. CT does not exclude concussion; clinical follow-up per sports "
            f"concussion protocol.\n" + _rad_tail(c) + "@@T@@\n")


def _r_cspine(c: _Ctx) -> str:
    return (_rad_head(c, "CT C-SPINE W/O CONTRAST") +
            f"\nINDICATION:  {c.age(14, 30)} {c.pick(('football', 'rugby', 'wrestling', 'gymnastics'))} athlete "
            f"with axial load injury and transient bilateral paresthesias; helmet and shoulder pads in place. "
            f"{c.epo('Canadian C-spine rule')} high risk.\n\nTECHNIQUE:  Helical axial CT from the skull base "
            f"to T2 without contrast, sagittal and coronal reformats. Equipment left on per on-field protocol "
            f"causes mild streak artifact.\nDOSE:  DLP: {c.rint(300, 700)} mGy-cm.\n\nCOMPARISON:  None.\n\n"
            f"FINDINGS: \n\nAlignment is normal. No acute fracture. The odontoid is intact; lateral masses of C1 "
            f"are aligned with C2. Vertebral body heights are preserved. The AP diameter of the canal is "
            f"{c.rint(9, 13)} mm at C4 with a {c.epo('Torg-Pavlov ratio')} of 0.{c.rint(70, 90)}. No prevertebral "
            f"soft tissue swelling. No facet widening or perched facets. Mild disc bulges at C5-C6 without "
            f"significant canal narrowing. The lung apices are clear. Thyroid unremarkable.\n\n"
            f"IMPRESSION: \n\n1. No acute fracture or malalignment of the cervical spine.\n2. Developmentally "
            f"narrow canal; MRI recommended if neurologic symptoms persist or recur.\n" + _rad_tail(c) + "@@T@@\n")


def _r_knee(c: _Ctx) -> str:
    return (_rad_head(c, "MR KNEE W/O CONTRAST LEFT") +
            f"\nINDICATION:  {c.age(15, 40)} {c.pick(('soccer', 'basketball', 'ski', 'volleyball'))} player, "
            f"non-contact pivot, pop and effusion; {c.epo('Lachman test')} positive, "
            f"{c.epo('McMurray test', 'Thessaly test')} equivocal. Eval ACL.\n\nTECHNIQUE:  Multiplanar "
            f"multisequence MR of the left knee on a 3T {c.brand('MAGNETOM Vida')} without contrast.\n\n"
            f"COMPARISON:  Radiographs {c.sd()}.\n\nFINDINGS: \n\nLIGAMENTS: Complete tear of the anterior cruciate "
            f"ligament at the femoral attachment with anterior tibial translation. Posterior cruciate ligament "
            f"intact. MCL grade 1 sprain. LCL, biceps femoris and popliteus intact.\n\nMENISCI: Vertical "
            f"peripheral tear of the posterior horn of the lateral meniscus (ramp-type). Medial meniscus intact.\n\n"
            f"BONE: Kissing contusions of the lateral femoral condyle and posterolateral tibial plateau. Small "
            f"avulsion at the lateral tibial rim consistent with a {c.epo('Segond fracture')}.\n\n"
            f"No tibial plateau fracture ({c.epo('Schatzker')} classification not applicable).\n\nCARTILAGE: "
            "Preserved.\n\nOTHER: Moderate joint effusion. Extensor mechanism intact. No "
            f"{c.epo('Osgood-Schlatter')} changes.\n\nIMPRESSION: \n\n1. Complete ACL tear with pivot-shift "
            f"contusion pattern and Segond-type avulsion.\n2. Lateral meniscus posterior horn peripheral tear.\n"
            f"3. Grade 1 MCL sprain.\n" + _rad_tail(c) + "@@T@@\n")


def _r_chest(c: _Ctx) -> str:
    scen = c.pick(("post cardiac arrest at a marathon, intubated", "triathlete with dyspnea and hemoptysis after "
                   "the cold-water swim (?SIPE)", "collapse at the finish line, hypoxic"))
    return (_rad_head(c, "CHEST (PORTABLE AP)") +
            f"\nINDICATION:  {c.age(25, 75)} with {scen}. // Evaluate lines, edema, aspiration.\n\n"
            f"TECHNIQUE:  Portable AP upright and semi-upright chest radiograph.\n\nCOMPARISON:  Chest radiograph "
            f"{c.sd()} {c.tm()}.\n\nFINDINGS: \n\nEndotracheal tube tip is {c.rint(3, 6)} cm above the carina. "
            f"Enteric tube courses below the diaphragm with the tip in the stomach. Defibrillator pads "
            f"({c.brand('ZOLL AED Plus', 'Philips HeartStart FRx', 'LUCAS 3')}) overlie the chest. There are "
            "bilateral perihilar and dependent airspace opacities, "
            f"{c.pick(('right greater than left', 'left greater than right', 'symmetric'))}, "
            f"with peribronchial cuffing. Heart size is normal. No pneumothorax. Possible anterior rib fractures "
            f"on the left related to CPR. No large pleural effusion.\n\nIMPRESSION: \n\n1. Bilateral "
            f"airspace opacities, most consistent with pulmonary edema (swimming-induced or negative-pressure) or "
            f"aspiration in the appropriate setting.\n2. Support devices in standard position.\n3. Possible "
            f"CPR-related left anterior rib fractures.\n" + _rad_tail(c) + "@@T@@\n")


def _r_extremity(c: _Ctx) -> str:
    part, find = c.pick((
        ("ANKLE (AP, MORTISE & LAT) RIGHT",
         f"Oblique fracture of the distal fibula at the level of the syndesmosis ({c.epo('Weber B')}), with "
         f"medial clear space widening to {c.rint(5, 7)} mm. No {c.epo('Maisonneuve')} pattern on the included "
         f"proximal fibula. Fifth metatarsal base intact (no {c.epo('Jones fracture')})."),
        ("WRIST (3+ VIEWS) LEFT",
         f"Extra-articular distal radius fracture with dorsal angulation ({c.epo('Colles fracture')} pattern), "
         f"{c.rint(10, 25)} degrees. Ulnar styloid fracture. Scaphoid intact on scaphoid view."),
        ("SHOULDER (AP, GRASHEY, AXILLARY) RIGHT",
         f"Anterior glenohumeral dislocation with impaction of the posterolateral humeral head "
         f"({c.epo('Hill-Sachs lesion')}) and a small osseous {c.epo('Bankart lesion')}."),
        ("FOOT (AP, OBL & LAT) LEFT",
         f"Widening between the bases of the first and second metatarsals with a fleck sign, concerning for "
         f"{c.epo('Lisfranc')} injury. Weight-bearing views recommended."),
    ))
    return (_rad_head(c, part) +
            f"\nINDICATION:  {c.age(11, 80)} injured at "
            f"{c.pick(('a 10K road race', 'a stadium concert', 'a college game', 'a youth tournament'))}; "
            f"referred from the event first-aid station. {c.epo('Ottawa ankle rules', 'Salter-Harris II')} "
            f"considered.\n\nTECHNIQUE:  Standard radiographic views as listed.\n\nCOMPARISON:  None.\n\n"
            f"FINDINGS: \n\n{find}\n\nSoft tissue swelling overlies the injury. Bone mineralization is normal for "
            "age. No radiopaque foreign body. Joint spaces otherwise preserved. Splint material "
            f"({c.brand('SAM Splint', 'Aircast', 'DonJoy')}) "
            f"partially obscures fine bony detail; no additional fracture is identified through the splint. "
            f"Growth plates, where present, appear symmetric and without widening.\n\n"
            f"IMPRESSION: \n\n{find.split('.')[0]}.\nOrthopedic follow-up recommended.\n" + _rad_tail(c) + "@@T@@\n")


def _r_trauma(c: _Ctx) -> str:
    return (_rad_head(c, "CT CHEST/ABD/PELVIS WITH CONTRAST") +
            f"\nINDICATION:  {c.age(16, 70)} "
            f"{c.pick(('skier vs tree', 'snowboarder fall', 'motocross crash', 'race car wall impact'))}, "
            f"LUQ pain, tachycardic. // Solid organ injury?\n\nTECHNIQUE:  MDCT through the chest, abdomen and "
            f"pelvis after {c.rint(80, 110)} mL {c.brand('Omnipaque 350')} IV, arterial and portal venous "
            f"phases; delayed images through the kidneys.\nDOSE:  DLP {c.rint(900, 2000)} mGy-cm.\n\n"
            f"COMPARISON:  None.\n\nFINDINGS: \n\nCHEST: No pneumothorax. Minimal left basilar atelectasis. "
            f"Non-displaced fractures of the left 9th and 10th ribs laterally. Heart and great vessels unremarkable; "
            f"no mediastinal hematoma.\n\nABDOMEN: Grade {c.pick(('III', 'IV'))} splenic laceration extending to the "
            f"hilum with a focus of active arterial extravasation. Moderate perisplenic and pericolic hemoperitoneum. "
            f"Liver, pancreas, adrenals and kidneys intact. No free air.\n\nPELVIS: Small volume pelvic "
            f"hemoperitoneum. No pelvic fracture. Bladder intact.\n\nSPINE: No fracture.\n\n"
            f"IMPRESSION: \n\n1. High-grade splenic laceration with active extravasation; hemoperitoneum.\n"
            f"2. Left 9th-10th rib fractures.\nFindings discussed with the trauma team at {c.tm()}.\n" +
            _rad_tail(c) + "@@T@@\n")


def _r_cmr(c: _Ctx) -> str:
    return (_rad_head(c, "MR CARDIAC MORPHOLOGY AND FUNCTION W/WO CONTRAST") +
            f"\nINDICATION:  {c.age(16, 55)} competitive "
            f"{c.pick(('runner', 'rower', 'basketball player', 'cyclist', 'swimmer'))} "
            "with exertional syncope at a race; ECG with deep T-wave inversions. "
            f"{c.gov('NCAA', 'AHA', 'ACSM', 'NFHS')} pre-participation "
            f"screening flagged. // HCM vs athlete's heart vs myocarditis\n\nTECHNIQUE:  Cine SSFP, T1/T2 mapping, "
            f"first-pass perfusion and late gadolinium enhancement after {c.rint(6, 12)} mL {c.brand('Gadavist')} "
            f"on a 1.5T scanner.\n\nCOMPARISON:  Echocardiogram {c.sd()}.\n\nFINDINGS: \n\nLV end-diastolic volume "
            f"index {c.rint(90, 130)} mL/m2; LVEF {c.rint(52, 68)}%. Maximal wall thickness {c.rint(13, 22)} mm at the "
            f"basal anteroseptum with {c.pick(('asymmetric septal', 'apical', 'concentric'))} pattern. "
            f"{c.pick(('No', 'Mild', 'Patchy mid-wall'))} late gadolinium enhancement in the hypertrophied segments. "
            f"Native T1 {c.rint(980, 1080)} ms; ECV {c.rint(24, 32)}%. No systolic anterior motion of the mitral "
            f"valve at rest. RV size and function normal. No pericardial effusion. No "
            f"{c.epo('Wolff-Parkinson-White', 'Brugada pattern')}-related structural correlate.\n\n"
            f"IMPRESSION: \n\n1. Findings favor hypertrophic cardiomyopathy over physiologic athlete's heart "
            f"(wall thickness, pattern, LGE).\n2. No LVOT obstruction at rest.\nSports cardiology referral "
            f"recommended prior to any return to competition.\n" + _rad_tail(c) + "@@T@@\n")


_KINDS: dict[str, tuple[str, Callable[[_Ctx], str]]] = {
    "marathon_tent_heat": ("discharge", _k_marathon),
    "triathlon_swim_arrest": ("discharge", _k_triathlon),
    "stadium_first_aid": ("discharge", _k_stadium),
    "festival_medical_post": ("discharge", _k_festival),
    "athletic_trainer_report": ("discharge", _k_at_report),
    "concussion_rtp_letter": ("discharge", _k_concussion),
    "team_physician_consult": ("discharge", _k_team_phys),
    "ski_patrol_incident": ("discharge", _k_ski),
    "event_ems_run_sheet": ("discharge", _k_ems),
    "race_course_incident": ("discharge", _k_course),
    "rad_ct_head_concussion": ("radiology", _r_head),
    "rad_ct_cspine_collision": ("radiology", _r_cspine),
    "rad_mri_knee": ("radiology", _r_knee),
    "rad_chest_post_race": ("radiology", _r_chest),
    "rad_extremity_radiograph": ("radiology", _r_extremity),
    "rad_ct_trauma_ski": ("radiology", _r_trauma),
    "rad_cardiac_mri_athlete": ("radiology", _r_cmr),
}
DOCUMENT_KINDS: tuple[str, ...] = tuple(_KINDS)

# --------------------------------------------------------------------------------------------------
# Planning: Weyl sequences for note type, heavy/planted and categories (stable counts)
# --------------------------------------------------------------------------------------------------

_CAT_WEIGHTS = (
    ("PERSON", 12), ("ORGANIZATION", 9), ("LOCATION", 8), ("DATE_REAL_YEAR", 8), ("PHONE", 6), ("ACCOUNT", 6),
    ("MRN", 5), ("LICENSE", 5), ("HEALTH_PLAN", 4), ("STREET_ADDRESS", 4), ("ZIP", 4), ("EMAIL", 4),
    ("AGE_OVER_89", 4), ("DEVICE_ID", 4), ("VEHICLE_ID", 4), ("FAX", 3), ("PAGER", 3), ("URL", 3),
    ("IP_ADDRESS", 3), ("SSN", 3),
)
_CAT_TOTAL = sum(w for _, w in _CAT_WEIGHTS)


def _category(seed: int, k: int) -> str:
    u = _frac(0.5 + seed * 0.3183098861837907 + k * 0.7548776662466927) * _CAT_TOTAL
    for cat, w in _CAT_WEIGHTS:
        if u < w:
            return cat
        u -= w
    return _CAT_WEIGHTS[-1][0]


def _is_heavy(seed: int, i: int) -> bool:
    return i % 20 == (seed * 7 + 3) % 20


def _is_planted(seed: int, i: int) -> bool:
    return not _is_heavy(seed, i) and _frac(0.37 + seed * 0.1377 + i * 0.6180339887498949) < 0.611


def _is_radiology(seed: int, i: int) -> bool:
    return _frac(0.11 + seed * 0.2917 + i * 0.4142135623730951) < 0.45


def _plan(seed: int, i: int) -> tuple[random.Random, str, list[str], bool]:
    r = random.Random(f"holdout70:{seed}:{i}")
    note_type = "radiology" if _is_radiology(seed, i) else "discharge"
    kind = r.choice([k for k, (t, _) in _KINDS.items() if t == note_type])
    n = r.choices((1, 2, 3, 4), weights=(38, 32, 20, 10))[0]
    heavy = _is_heavy(seed, i)
    cats = [_category(seed, i * 4 + j) for j in range(n)] if _is_planted(seed, i) else []
    return r, kind, cats, heavy


def document_kind(seed: int, i: int) -> str:
    return _plan(seed, i)[1]


def _build(seed: int, i: int) -> tuple[LabelledNote, list[str], str]:
    r, kind, cats, heavy = _plan(seed, i)
    note_type, builder = _KINDS[kind]
    c = _Ctx(r, note_type)
    body = builder(c)
    slots: dict[str, list[tuple[str, int, int, str]]] = {"H": [], "B": [], "T": []}
    for cat in cats:
        slot, snippet, s, e = _plant(c, cat)
        slots[slot].append((snippet, s, e, cat))
    if heavy:
        slots[c.pick(("H", "T"))].append((_heavy_block(c), -1, -1, ""))
    text, spans = "", []
    for n_piece, piece in enumerate(re.split(r"@@([HBT])@@", body)):
        if n_piece % 2 == 0:
            text += piece
            continue
        entries = slots[piece]
        c.r.shuffle(entries)
        for k, (snippet, s, e, cat) in enumerate(entries):
            if k:
                text += "\n"
            if s >= 0:
                spans.append((len(text) + s, len(text) + e, cat))
            text += snippet
    if len(text) < 1150:
        text += (f"\n \nAddendum ({c.sd()}): images and report reviewed; no change to the impression. Patient "
                 f"instructed to avoid sport until cleared by sports medicine.\n")
    look = list(dict.fromkeys(x for x in c.look if x in text))
    return LabelledNote(note_type, text, sorted(spans)), look, "heavy" if heavy else "normal"


def holdout70_note(seed: int, i: int) -> LabelledNote:
    return _build(seed, i)[0]


def holdout70_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout70_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = holdout_measure.measure(
        holdout70_corpus, argv, "Held-out corpus 70 (sports, athletics and mass-gathering event medicine)")
    holdout_measure.report("holdout70", args, notes, hits, res)


if __name__ == "__main__":
    main()
