"""Held-out corpus 22 (written blind): occupational medicine, rehabilitation, veterans' and sports medicine.

What it imitates
----------------
MIMIC-IV-Note-shaped discharge summaries (``Name: ___  Unit No: ___`` header, the usual sections) and
radiology reports (``EXAMINATION / INDICATION / TECHNIQUE / COMPARISON / FINDINGS / IMPRESSION``) in which
identifiers are normally masked as ``___`` and dates are shifted into 2100-2200. The clinical content is
themed: work injuries (ladder falls, press crush, lifting injuries, forklift crush, roof falls), work
restrictions, functional-capacity evaluations and return-to-work plans; inpatient rehabilitation (stroke,
TBI, spinal cord injury, amputation, deconditioning) with PT/OT/SLP summaries and FIM scores; veterans'
admissions (PTSD, blast TBI, amputee care, burn-pit and Agent Orange exposure, elderly WWII/Korea
veterans); sports medicine for school and college athletes (ACL, concussion, exertional heat stroke and
rhabdomyolysis, shoulder instability); occupational lung disease; and radiology (MRI knee, shoulder and
spine, occupational chest films with ILO classification, concussion head CT, hand films).

In about 58% of the notes de-identification failed for one to four identifiers: the invented value is left
in the text and labelled with the exact span of the identifying value (cue words such as "Dr.", "MRN:",
"Coach", "pager" stay outside). 5% of notes are heavily masked (more ``___``, over-masked eponyms) and carry
no plants. Non-PHI look-alikes are never labelled: OSHA/NIOSH/NCAA, public hotlines (Veterans Crisis Line
988, Poison Control), public .gov sites, CPT and ICD-10 codes, lifting limits, range-of-motion degrees,
Borg/RPE, MET levels, jersey numbers, shoe sizes, FIM scores, ILO classification (1/0 q/t), blood
pressures, scanner models and software versions, implant/prosthesis model names, lot numbers, room/bed
numbers, military rank/unit designations, eponyms (Lachman, Glasgow, Ottawa ankle rules, Rancho Los
Amigos, Philadelphia collar, Hunt and Hess, Lewy body, Parkinson...), ages under 90, bare years,
shifted 21xx dates. No accession, order, specimen, study-subject, claim or service numbers appear at all.

Labelling conventions (HIPAA Safe Harbor): see the category comments in ``_value``; PERSON is any
person's name (title, "Dr." and roles outside), STREET_ADDRESS is house number + street (+ unit),
the city is a separate LOCATION span, the ZIP a separate ZIP span, the state is never labelled;
DATE_REAL_YEAR only for dates carrying a real year 1900-2030 (never bare years or shifted dates);
AGE_OVER_89 only the number (or number words) of an age of 90 or more.

Design: every note is a pure function of (seed, i) (``random.Random`` seeded with a string). Which notes
carry plants, and which categories, comes from a per-seed design table over blocks of 600 notes, so that
on any 600-note block every category has exactly 42 planted spans and PERSON / LOCATION / ORGANIZATION /
DATE_REAL_YEAR 84 (1008 spans in 348 notes).

Written blind: the author read only ``lqs_clinical/synth/holdout_measure.py``, the first ~40 lines of
``lqs_clinical/synth/notes.py`` (CATEGORIES, NOTE_COLUMNS, LabelledNote), the shared MIMIC-IV schema and
known-data-issues references, the masked note-shaped samples and ``pyproject.toml``; nothing of the
detector, its rules, its tests or the other hold-out corpora, and the detector was never run on this corpus
while it was written. All names, places, organisations and numbers are invented surrogates.
"""

from __future__ import annotations

import random
import re
from functools import lru_cache

from lqs_clinical.synth.holdout_measure import measure, report
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

Chunk = tuple[str, str | None]

# --------------------------------------------------------------------------------------------------
# Design table: which notes carry plants, and which categories (exact per 600-note block)
# --------------------------------------------------------------------------------------------------

_BLOCK = 600
_K_COUNTS = ((1, 39), (2, 80), (3, 107), (4, 122))  # 348 planted notes, 1008 planted spans
_N_PLANTED = sum(c for _, c in _K_COUNTS)
_N_HEAVY = 30
_ROUNDS = 42
BIG = ("PERSON", "LOCATION", "ORGANIZATION", "DATE_REAL_YEAR")
DISCHARGE_ONLY = ("VEHICLE_ID",)
_P_DISCHARGE = 0.462  # with VEHICLE_ID notes forced to discharge, about half the notes are discharge


@lru_cache(maxsize=32)
def _design(seed: int, block: int) -> tuple[tuple[int, ...], tuple[tuple[str, ...], ...]]:
    r = random.Random(f"holdout22-design|{seed}|{block}")
    perm = list(range(_BLOCK))
    r.shuffle(perm)
    seq: list[str] = []
    for _ in range(_ROUNDS):
        rnd = list(CATEGORIES) + list(BIG)
        r.shuffle(rnd)
        seq += rnd
    ks = [k for k, c in _K_COUNTS for _ in range(c)]
    r.shuffle(ks)
    table: list[list[str]] = []
    pos = 0
    for k in ks:
        table.append(seq[pos:pos + k])
        pos += k
    # a small category at most once per note (swap duplicates with another note; counts unchanged)
    for a, row in enumerate(table):
        for j, c in enumerate(row):
            if c in BIG or row.index(c) == j:
                continue
            done = False
            for b in [*range(a + 1, len(table)), *range(a)]:
                other = table[b]
                if c in other:
                    continue
                for q, d in enumerate(other):
                    if d not in row:
                        row[j], other[q] = d, c
                        done = True
                        break
                if done:
                    break
    return tuple(perm), tuple(tuple(row) for row in table)


def _profile(seed: int, i: int) -> tuple[str, tuple[str, ...]]:
    """("planted", categories) | ("heavy", ()) | ("clean", ())."""
    perm, table = _design(seed, i // _BLOCK)
    u = perm[i % _BLOCK]
    if u < _N_PLANTED:
        return "planted", table[u]
    if u < _N_PLANTED + _N_HEAVY:
        return "heavy", ()
    return "clean", ()


# --------------------------------------------------------------------------------------------------
# Surrogate pools (invented; many cultures; no generic placeholder names)
# --------------------------------------------------------------------------------------------------

_FIRST_M = (
    "Tomasz", "Declan", "Oluwaseun", "Yusuf", "Dmitri", "Mateo", "Kwame", "Hiroshi", "Bjorn", "Ravi",
    "Aurelio", "Wojciech", "Tariq", "Magnus", "Obinna", "Emeka", "Gaspard", "Halvard", "Lorcan", "Nikolai",
    "Osvaldo", "Quang", "Teodoro", "Valentin", "Zbigniew", "Darnell", "Tyrell", "Brantley", "Kayden",
    "Maddox", "Wendell", "Dewayne", "Bryce", "Colton", "Deshawn", "Hemi", "Sione", "José", "Søren", "Keoni",
    "Jarrah", "Anselm", "Ikaika", "Rustam", "Benedikt", "Arturo", "Fintan", "Kofi",
)
_FIRST_F = (
    "Adaeze", "Rukhsana", "Marisol", "Ingrid", "Priyanka", "Leilani", "Siobhan", "Fatoumata", "Esperanza",
    "Nkechi", "Soledad", "Nalani", "Ximena", "Caoimhe", "Anouk", "Delphine", "Imani", "Mireille", "Pilar",
    "Rosalind", "Saoirse", "Ulrike", "Wairimu", "Yesenia", "Rashida", "Shonda", "Jolene", "Lavonne",
    "Krystal", "Mackenzie", "Aroha", "Renée", "Zoë", "Thanh", "Oksana", "Marguerite", "Bernadette",
    "Ifeoma", "Kalinda", "Dagny", "Yolanda", "Maelle",
)
_LAST = (
    "Adeyemi", "Kowalczyk", "Haddad", "Oyelaran", "Brzezinski", "Szabo", "Thibodeaux", "Villanueva",
    "Abernathy", "Castellanos", "Desrosiers", "Eriksen", "Gallagher", "Hakimi", "Iwasaki", "Jablonski",
    "Kariuki", "Lindqvist", "Nwachukwu", "O'Shaughnessy", "Petrosyan", "Quintero", "Rautio", "Sandoval",
    "Tshabalala", "Umarov", "Vukovic", "Wojcik", "Yilmaz", "Zamora", "Balogun", "Chakraborty", "Dunleavy",
    "Etxeberria", "Figueroa", "Grabowski", "Hollingsworth", "Ibarra", "Kapoor", "Laliberte", "Mwangi",
    "Okonkwo", "Pelletier", "Rasmussen", "Trujillo", "Ulloa", "Whitcomb", "Yazzie", "Begay", "Tsosie",
    "Kealoha", "Fonoti", "Tuilagi", "Achterberg", "Boateng", "Cheruiyot", "Dlamini", "Esposito",
    "Hurtubise", "Jankowski", "Kovalenko", "Lemieux", "Marchetti", "Nakashima", "Ostrowski", "Przybylski",
    "Ramaswamy", "Delacroix-Baptiste", "Nguyen-Tran", "MacGillivray", "Van der Berg", "St. Germain",
)
# (town, state, first three digits of a ZIP in that area)
_TOWNS = (
    ("Marlinton", "WV", "249"), ("Chillicothe", "OH", "456"), ("Tonawanda", "NY", "141"),
    ("Opelousas", "LA", "705"), ("Kearney", "NE", "688"), ("Pocatello", "ID", "832"),
    ("Ishpeming", "MI", "498"), ("Wahpeton", "ND", "580"), ("Bogalusa", "LA", "704"),
    ("Hazleton", "PA", "182"), ("Shamokin", "PA", "178"), ("Dubuque", "IA", "520"),
    ("Muskogee", "OK", "744"), ("Yakima", "WA", "989"), ("Nacogdoches", "TX", "759"),
    ("Valdosta", "GA", "316"), ("Hattiesburg", "MS", "394"), ("Kalispell", "MT", "599"),
    ("Laramie", "WY", "820"), ("Chicopee", "MA", "010"), ("Woonsocket", "RI", "028"),
    ("Lewiston", "ME", "042"), ("Rutland", "VT", "057"), ("Keene", "NH", "034"),
    ("Torrington", "CT", "067"), ("Paducah", "KY", "420"), ("Bluefield", "WV", "247"),
    ("Owensboro", "KY", "423"), ("Gallup", "NM", "873"), ("Elko", "NV", "898"),
    ("Klamath Falls", "OR", "976"), ("Eureka", "CA", "955"), ("Fond du Lac", "WI", "549"),
    ("Mankato", "MN", "560"), ("Joplin", "MO", "648"), ("Salina", "KS", "674"),
    ("Texarkana", "AR", "718"), ("Rocky Mount", "NC", "278"), ("Danville", "VA", "245"),
    ("Cumberland", "MD", "215"), ("Vineland", "NJ", "083"), ("Anniston", "AL", "362"),
    ("Hilo", "HI", "967"), ("Fairbanks", "AK", "997"), ("Durango", "CO", "813"),
    ("Cedar City", "UT", "847"), ("Prescott", "AZ", "863"), ("Terre Haute", "IN", "478"),
    ("Peoria", "IL", "616"), ("Sumter", "SC", "291"), ("Lufkin", "TX", "759"), ("Minot", "ND", "587"),
)
_COUNTIES = (
    "Schuylkill County", "Lackawanna County", "Cabell County", "Tuscarawas County", "Ouachita Parish",
    "Hidalgo County", "Aroostook County", "Kanawha County", "Yavapai County", "Luzerne County",
    "Harlan County", "McDowell County", "Boone County", "Tazewell County", "Carbon County",
)
_HOODS = ("Fishtown", "Pilsen", "Bywater", "Dorchester", "Little Haiti", "Corktown", "Barrio Logan",
          "Germantown", "Five Points", "Old North End")
_FOREIGN = ("Cuenca", "Tarnów", "Kumasi", "Gyumri", "Visakhapatnam", "Cebu City", "Oaxaca", "Eldoret",
            "Tampere", "Bacolod", "Huế", "Enugu", "Lviv", "Mazatlán", "Jaffna", "Pokhara", "Ponce", "Hargeisa")
_CORNERS = ("Tremont and Kessler", "5th and Larkin", "Canal and Foundry", "Mill and Water Streets",
            "Grand and Pulaski")
_STREETS = (
    "Cobb Hollow", "Quarry Bend", "Tamarack", "Kessler", "Ferncliff", "Old Mill Pond", "Sawyer Ridge",
    "Larkspur", "Heron Marsh", "Brickyard", "Shagbark", "Foundry", "Cutler Farm", "Bittersweet", "Canal",
    "Blue Spruce", "Wickersham", "Slate Run", "Dutch Hollow", "Lantern Hill", "Orchard Knoll", "Pulaski",
    "Goshen", "Tannery", "Yellow Birch", "Cinder", "Pettibone",
)
_SUFFIXES = ("Rd", "Road", "St", "Street", "Ave", "Avenue", "Ln", "Lane", "Dr", "Drive", "Ct", "Terrace",
             "Pike", "Way", "Circle", "Blvd")
_ORGS = {
    "employer": (
        "Tri-Valley Pallet & Crate", "Hollis Ridge Poultry", "Brennan-Vance Steel Erectors",
        "Copperline Logistics", "Sable Creek Mining Co.", "Northgate Roofing LLC", "Greystone Precast",
        "Kettering Lumber Mill", "Blue Heron Home Care", "Lakeshore Packaging Corp.", "Redtail Freight Lines",
        "Marquette Tool & Die", "Pinebrook Meat Processing", "Ashgrove Demolition", "Crestline Drywall",
        "Dunmore Glass Works", "Halvorsen Dairy", "Silver Birch Landscaping", "Stillwater Fulfillment Center",
        "Ortega Brothers Masonry", "Keystone Rail Services", "Wabash Foundry & Pattern",
    ),
    "union": (
        "Ironworkers Local 417", "IBEW Local 2317", "Teamsters Local 948", "UFCW Local 1596",
        "Laborers' Local 1184", "Sheet Metal Workers Local 317", "Carpenters Local 2264",
        "Operating Engineers Local 861",
    ),
    "school": (
        "Tamarack Valley High School", "St. Brendan's Academy", "Millbrook Regional High School",
        "Northern Plains State University", "Eastfield Community College", "Bishop Kearns Catholic High School",
        "Coldwater Falls Middle School", "Halcyon Ridge College", "Western Prairie Technical College",
        "Ridgeline Christian Academy", "Lower Saucon Valley High School",
    ),
    "va": (
        "Harlan Creek VA Medical Center", "Cascadia Heights VA Medical Center", "Birch Lake VAMC",
        "Sandhill Prairie VA Medical Center", "Mesa Verde Heights VA Medical Center",
        "Kittredge VA Outpatient Clinic", "Bannock Falls VA Medical Center",
    ),
    "rehab": (
        "Stonebridge Rehabilitation Hospital", "Pinecrest Skilled Nursing", "Meadowlark Acute Rehab",
        "Cedar Hollow Nursing & Rehabilitation", "Larchmont Transitional Care", "Whitfield Manor",
    ),
    "clinic": (
        "Bayfront Orthopaedic Associates", "Summit Occupational Health Partners", "Kinetic Edge Physical Therapy",
        "Ridgecrest Work Hardening Center", "Greenbriar Spine & Pain", "Mill Race Family Practice",
        "Prairie Gate Sports Medicine", "Oxbow Hand Therapy",
    ),
    "img": ("Hartwell Imaging Center", "Northshore Open MRI", "Valley Diagnostic Radiology",
            "Tri-County Imaging Associates", "Bellmont Advanced Imaging"),
    "pharmacy": ("Lindell Family Pharmacy", "Harmon's Corner Drug", "Riverside Apothecary", "Okemo Valley Pharmacy"),
    "church": ("St. Casimir Parish", "Greater Mount Olive Baptist Church", "Iglesia Rios de Agua Viva",
               "Holy Trinity Ukrainian Catholic Church", "Bethany Lutheran Church"),
}
_EMAIL_DOMAINS = ("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com",
                  "protonmail.com", "comcast.net", "att.net")
_AREA = ("304", "413", "570", "606", "419", "716", "337", "308", "208", "906", "701", "985", "563", "918",
         "509", "936", "229", "601", "406", "307", "207", "802", "603", "860", "270", "505", "928", "775",
         "541", "707", "814", "724", "269", "320")
_NUM_WORDS = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three", 94: "ninety-four",
              95: "ninety-five", 96: "ninety-six", 97: "ninety-seven", 98: "ninety-eight", 99: "ninety-nine"}
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")

# Fixed non-PHI strings that appear in the filler (never inside a labelled span; used by the tests)
LOOKALIKES = (
    "OSHA", "NIOSH", "NCAA", "Veterans Crisis Line", "dial 988", "1-800-321-6742", "www.osha.gov", "www.va.gov",
    "www.cdc.gov/niosh", "838255", "Lokomat", "Biodex System 4", "AlterG", "Jamar grip", "Borg RPE", "METs",
    "ILO", "profusion 1/0", "Glasgow Coma Scale", "Rancho Los Amigos", "Ottawa ankle rules", "Philadelphia collar",
    "Lachman", "McMurray", "Spurling", "Tinel", "Hoffmann", "Babinski", "Romberg", "Hunt and Hess", "Lewy bodies",
    "Parkinson", "Foley", "Whipple", "Guillain-Barre", "Osgood-Schlatter", "Bankart", "Hill-Sachs", "Segond",
    "Hawkins-Kennedy", "Neer", "Airborne Division", "Marines", "MAGNETOM", "SIGNA", "Ingenia", "SOMATOM", "C-Leg",
    "SynchroMed", "Proclaim XR", "Azure XT DR", "CPT 97750", "CPT 97110", "97530", "SCAT5", "ImPACT", "FIM (",
    "Berg Balance", "Tdap, lot", "(lot ", "Room ", "Bed ", "Rm ", "employer group ", "MOS ", "jersey #",
    "firmware 4.2.1", "3M 1860", "F43.12", "M51.16", "J62.8", "PCL-5", "PHQ-9", "CTDIvol", "syngo MR",
)

# --------------------------------------------------------------------------------------------------
# Note object: persona, value generation, rendering
# --------------------------------------------------------------------------------------------------

_MARK = re.compile(r"\{([A-Za-z_0-9]+)(?::(\w+))?\}")
_CACHED = (("PERSON", "hname"), ("PERSON", "ptname"), ("LOCATION", "city"), ("ZIP", ""),
           ("ORGANIZATION", "employer"), ("ORGANIZATION", "school"), ("ORGANIZATION", "va"),
           ("DATE_REAL_YEAR", "hdob"), ("DATE_REAL_YEAR", "dob"), ("MRN", ""), ("MRN", "hunit"),
           ("AGE_OVER_89", "open"), ("AGE_OVER_89", "pt"), ("ORGANIZATION", "union"))


def _d(r: random.Random, k: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(k))


class _Note:
    def __init__(self, seed: int, i: int) -> None:
        self.r = random.Random(f"holdout22|{seed}|{i}")
        self.todo: list[str] = []
        self.cache: dict[tuple[str, str], str] = {}
        self.fcache: dict[str, str] = {}
        r = self.r
        self.male = r.random() < 0.62
        self.first = r.choice(_FIRST_M if self.male else _FIRST_F)
        self.last = r.choice(_LAST)
        self.town = r.choice(_TOWNS)
        self.base = r.randint(2110, 2195)
        self.age = r.randint(24, 86)
        self.rel_male = False
        self.occupation = "laborer"
        self.heavy = False
        self.old = False
        self.inj: dict[str, object] = {}
        self.rad_extra: list[str] = []
        self.ctx = ""
        self.ind = ""
        self.spec: dict = {}
        self.has_comparison_plant = False

    # ---------------------------------------------------------------- identifiers (labelled values)
    def value(self, cat: str, var: str) -> str:
        key = (cat, var)
        if key in _CACHED and key in self.cache:
            return self.cache[key]
        if cat == "DATE_REAL_YEAR" and var in ("dob", "hdob") and ("DATE_REAL_YEAR", "dob") in self.cache:
            return self.cache[("DATE_REAL_YEAR", "dob")]
        v = self._value(cat, var)
        if key in _CACHED:
            self.cache[key] = v
            if cat == "DATE_REAL_YEAR":
                self.cache[("DATE_REAL_YEAR", "dob")] = v
        return v

    def _name(self, male: bool | None = None) -> tuple[str, str]:
        r = self.r
        if male is None:
            male = r.random() < 0.5
        return r.choice(_FIRST_M if male else _FIRST_F), r.choice(_LAST)

    def _phone(self) -> str:
        r = self.r
        a, x, n = r.choice(_AREA), r.randint(212, 989), _d(r, 4)
        while x in (555, 411, 911, 611):
            x = r.randint(212, 989)
        fmt = r.random()
        if fmt < 0.35:
            return f"({a}) {x}-{n}"
        if fmt < 0.7:
            return f"{a}-{x}-{n}"
        if fmt < 0.82:
            return f"{a}.{x}.{n}"
        if fmt < 0.92:
            return f"+1 {a}-{x}-{n}"
        return f"1-{a}-{x}-{n}"

    def _date(self, lo: int, hi: int) -> str:
        r = self.r
        y, m, d = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
        f = r.randrange(9)
        if f == 0:
            return f"{m:02d}/{d:02d}/{y}"
        if f == 1:
            return f"{m}/{d}/{y}"
        if f == 2:
            return f"{_MONTHS[m - 1]} {d}, {y}"
        if f == 3:
            return f"{d} {_MONTHS[m - 1]} {y}"
        if f == 4:
            return f"{_MONTHS[m - 1][:3]} {d} {y}"
        if f == 5:
            return f"{y}-{m:02d}-{d:02d}"
        if f == 6:
            return f"{d:02d}-{_MONTHS[m - 1][:3].upper()}-{y}"
        if f == 7:
            return f"{m:02d}-{d:02d}-{y}"
        return f"{d:02d}.{m:02d}.{y}"

    def _value(self, cat: str, var: str) -> str:
        r = self.r
        if cat == "PERSON":  # any person's name; titles, "Dr.", roles stay outside the span
            if var in ("hname", "ptname"):
                f = r.random()
                if f < 0.4:
                    return f"{self.last}, {self.first}"
                if f < 0.75:
                    return f"{self.first} {self.last}"
                if f < 0.9:
                    return f"{self.last.upper()}, {self.first.upper()}"
                return f"{self.first} {r.choice('ABCDEFGHJKLMNPRSTW')}. {self.last}"
            if var == "ptfirst":
                return self.first
            if var in ("relfirst", "relfull"):
                first, last = self._name(self.rel_male)
                return first if var == "relfirst" else f"{first} {self.last if r.random() < 0.6 else last}"
            first, last = self._name()
            if var in ("last", "coach"):
                return last
            if var == "first":
                return first
            if var == "init":
                return f"{first[0]}. {last}"
            return f"{first} {last}"
        if cat == "LOCATION":  # below state level: town, county, neighbourhood, foreign city, street corner
            if var == "city":
                return self.town[0]
            if var == "county":
                return r.choice(_COUNTIES)
            if var == "hood":
                return r.choice(_HOODS)
            if var == "foreign":
                return r.choice(_FOREIGN)
            if var == "corner":
                return r.choice(_CORNERS)
            return r.choice(_TOWNS)[0]
        if cat == "ORGANIZATION":
            return r.choice(_ORGS[var or "clinic"])
        if cat in ("PHONE", "FAX"):
            return self._phone()
        if cat == "PAGER":
            f = r.random()
            if f < 0.4:
                return f"{r.randint(1, 9)}-{_d(r, 4)}"
            if f < 0.75:
                return f"{r.randint(2, 9)}{_d(r, 4)}"
            return self._phone()
        if cat == "EMAIL":
            first, last = self._name() if var in ("other", "work") else (self.first, self.last)
            user = re.sub(r"[^a-z]", "", (first[0] + last).lower().replace("ø", "o").replace("é", "e"))
            g = r.random()
            if g < 0.35:
                user = re.sub(r"[^a-z.]", "", f"{first}.{last}".lower().replace("ø", "o").replace("é", "e"))
            elif g < 0.7:
                user += _d(r, 2)
            if var == "work":
                org = re.sub(r"[^a-z]", "", r.choice(_ORGS["employer"]).split()[0].lower())
                return f"{user}@{org}{r.choice(['.com', 'co.com', 'inc.com'])}"
            return f"{user}@{r.choice(_EMAIL_DOMAINS)}"
        if cat == "URL":  # patient-specific pages only
            fl = re.sub(r"[^a-z]", "", self.first.lower().replace("ø", "o").replace("é", "e").replace("ë", "e"))
            he = "his" if self.male else "her"
            ll = re.sub(r"[^a-z]", "", self.last.lower())
            code = "".join(r.choice("ABCDEFGHJKMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789") for _ in range(8))
            opts = {
                "hudl": (f"https://www.hudl.com/profile/{_d(r, 8)}/{fl}-{ll}", f"www.hudl.com/profile/{_d(r, 8)}"),
                "fund": (f"https://www.gofundme.com/f/help-{fl}-{ll}-recover",
                         f"https://www.caringbridge.org/visit/{fl}{ll}", f"gofundme.com/f/{fl}-{ll}-back-on-{he}-feet"),
                "hep": (f"https://hep.kineticedgept.com/p/{code}", f"https://www.medbridgego.com/access/{code[:6]}"),
                "dash": (f"https://fit.summitocchealth.com/u/{fl}.{ll}", f"https://mychart.stonebridgerehab.org/"
                         f"patient/{_d(r, 7)}"),
                "blog": (f"https://{fl}{ll}rebuilds.blogspot.com", f"www.{fl}{ll}.net",
                         f"https://medium.com/@{fl}{ll}{_d(r, 2)}"),
                "share": (f"https://share.hartwellimaging.com/v/{code}", f"https://images.valleydiagrad.com/s/{code}"),
            }
            return r.choice(opts[var or "fund"])
        if cat == "IP_ADDRESS":
            if r.random() < 0.12:
                return (f"2601:{r.randint(16, 4095):x}:{r.randint(256, 65535):x}:{r.randint(1, 4095):x}"
                        f"::{r.randint(2, 255):x}")
            first = r.choice((24, 50, 64, 66, 67, 68, 69, 71, 73, 74, 75, 76, 96, 97, 98, 99, 107, 108, 173, 174))
            return f"{first}.{r.randint(1, 254)}.{r.randint(0, 254)}.{r.randint(2, 254)}"
        if cat == "SSN":
            area = r.choice([r.randint(1, 665), r.randint(667, 899)])
            sep = "-" if r.random() < 0.85 else " "
            return f"{area:03d}{sep}{r.randint(1, 99):02d}{sep}{r.randint(1, 9999):04d}"
        if cat == "MRN":  # medical record / unit / patient numbers
            f = r.random()
            if f < 0.5:
                return _d(r, 8).lstrip("0") or "4471902"
            if f < 0.8:
                return "00" + _d(r, 6)
            return f"{r.choice('MVH')}{_d(r, 7)}"
        if cat == "ACCOUNT":  # billing / account / encounter / FIN numbers
            f = r.random()
            if f < 0.45:
                return f"{r.randint(1, 9)}{_d(r, 10)}"
            if f < 0.75:
                return f"{_d(r, 2)}-{_d(r, 7)}"
            return f"E{_d(r, 9)}"
        if cat == "HEALTH_PLAN":  # member/subscriber/policy/Medicare/Medicaid ids of the person
            if var == "mbi":
                al = "ACDEFGHJKMNPQRTUVWXY"
                an = al + "0123456789"
                v = (f"{r.randint(1, 9)}{r.choice(al)}{r.choice(an)}{r.randint(0, 9)}-{r.choice(al)}"
                     f"{r.choice(an)}{r.randint(0, 9)}-{r.choice(al)}{r.choice(al)}{_d(r, 2)}")
                return v if r.random() < 0.6 else v.replace("-", "")
            if var == "medicaid":
                return r.choice([f"{r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}"
                                 f"{_d(r, 5)}{r.choice('ABCDEFGH')}", _d(r, 10)])
            return r.choice([f"{''.join(r.choice('BCDFGHJKLMNPQRSTVWXYZ') for _ in range(3))}{_d(r, 9)}",
                             f"W{_d(r, 9)}", f"{_d(r, 3)}{r.choice('ABCDEFGH')}{_d(r, 5)}-0{r.randint(1, 4)}"])
        if cat == "LICENSE":  # driver's / professional licence, DEA, NPI of a person
            if var == "dea":
                d = [r.randint(0, 9) for _ in range(6)]
                chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
                return f"{r.choice('ABFGM')}{r.choice('ABCDEFGHJKLMNPRSTW')}{''.join(map(str, d))}{chk}"
            if var == "npi":
                body = [1] + [r.randint(0, 9) for _ in range(8)]
                digits = [8, 0, 8, 4, 0] + body
                tot = 0
                for k, dgt in enumerate(reversed(digits)):
                    dd = dgt * 2 if k % 2 == 0 else dgt
                    tot += dd - 9 if dd > 9 else dd
                return "".join(map(str, body)) + str((10 - tot % 10) % 10)
            if var == "prof":
                return r.choice([f"{_d(r, 6)}", f"{r.choice(['PT', 'OT', 'RN', 'AT'])}{_d(r, 6)}",
                                 f"{r.randint(1, 9)}{_d(r, 6)}"])
            return r.choice([f"{r.choice('SDFKLM')}{_d(r, 8)}", _d(r, 9), f"{r.choice('ABCDEFGHJ')}{_d(r, 3)}-"
                             f"{_d(r, 3)}-{_d(r, 3)}-{_d(r, 3)}", f"{_d(r, 3)} {_d(r, 3)} {_d(r, 3)}"])
        if cat == "ZIP":
            z = self.town[2] + _d(r, 2)
            return z if r.random() < 0.8 else f"{z}-{_d(r, 4)}"
        if cat == "STREET_ADDRESS":
            num = r.choice([str(r.randint(2, 99)), str(r.randint(100, 999)), str(r.randint(1000, 9899))])
            pre = r.choice(["", "", "", "N. ", "W. ", "South ", "E "])
            s = f"{num} {pre}{r.choice(_STREETS)} {r.choice(_SUFFIXES)}"
            u = r.random()
            if u < 0.15:
                s += f", Apt {r.randint(1, 4)}{r.choice('ABCD')}"
            elif u < 0.25:
                s += f" Unit {r.randint(1, 12)}"
            elif u < 0.3:
                s += f", Lot {r.randint(3, 64)}"
            return s
        if cat == "DATE_REAL_YEAR":
            if var in ("dob", "hdob"):  # consistent with the persona's age (real-world years)
                return self._date(max(1900, 2023 - self.age), 2024 - self.age)
            if var in ("doi", "hadm"):
                return self._date(2014, 2024)
            if var == "future":
                return self._date(2025, 2027)
            return self._date(1962, 2013)
        if cat == "AGE_OVER_89":  # the number or number words only
            a = self.age if self.age >= 90 and var != "rel" else r.randint(90, 99)
            if var in ("open", "pt"):
                self.age = a
            if r.random() < 0.2 and a in _NUM_WORDS:
                w = _NUM_WORDS[a]
                return w.capitalize() if var == "open" else w
            return str(a)
        if cat == "DEVICE_ID":  # serial numbers of the patient's implants/devices
            return r.choice([f"{''.join(r.choice('NPRVXZ') for _ in range(3))}{_d(r, 6)}{r.choice('HRS')}",
                             f"{r.randint(1, 9)}{r.choice('CDK')}{_d(r, 2)}-{_d(r, 6)}",
                             f"{r.choice(['SN', 'RZB', 'PLX'])}{_d(r, 7)}", f"{_d(r, 2)}{r.choice('AB')}{_d(r, 5)}"])
        if cat == "VEHICLE_ID":
            if var == "vin":
                al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
                wmi = r.choice(["1FT", "1GC", "3C6", "2T3", "5FN", "1HG", "1FM", "3GN", "4T1", "1C4"])
                return wmi + "".join(r.choice(al) for _ in range(5)) + r.choice("0123456789X") + \
                    r.choice("EFGHJKLMN") + r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + _d(r, 6)
            lt = "ABCDEFGHJKLMNPRSTUVWXYZ"
            return r.choice([f"{r.randint(1, 9)}{r.choice(lt)}{r.choice(lt)}{r.choice(lt)}{_d(r, 3)}",
                             f"{r.choice(lt)}{r.choice(lt)}{r.choice(lt)}-{_d(r, 4)}",
                             f"{_d(r, 3)} {r.choice(lt)}{r.choice(lt)}{r.choice(lt)}",
                             f"{r.choice(lt)}{r.choice(lt)}{_d(r, 2)}{r.choice(lt)}{_d(r, 2)}"])
        raise KeyError(cat)

    # ---------------------------------------------------------------- filler values (never labelled)
    def fill(self, name: str, var: str) -> str:
        r = self.r
        he = "he" if self.male else "she"
        if name == "he":
            return he
        if name == "He":
            return he.capitalize()
        if name == "his":
            return "his" if self.male else "her"
        if name == "His":
            return "His" if self.male else "Her"
        if name == "him":
            return "him" if self.male else "her"
        if name == "man":
            return "man" if self.male else "woman"
        if name == "sex":
            return "M" if self.male else "F"
        if name == "sexword":
            return "male" if self.male else "female"
        if name in ("side", "Side"):
            s = self.fcache.setdefault("side", r.choice(["right", "left"]))
            return s.capitalize() if name == "Side" else s
        if name == "SIDE":
            return self.fcache.setdefault("side", r.choice(["right", "left"])).upper()
        if name == "relation":
            opts = (["wife", "partner", "daughter", "son", "mother", "brother", "sister"] if self.male
                    else ["husband", "partner", "daughter", "son", "mother", "sister", "brother"])
            if self.age >= 75:
                opts = [o for o in opts if o != "mother"] + ["daughter", "son", "niece"]
            elif self.age < 40:
                opts = [o for o in opts if o not in ("daughter", "son")] + ["mother", "father"]
            rel = r.choice(opts)
            self.rel_male = rel in ("husband", "son", "brother", "father") or (rel == "partner" and r.random() < 0.5)
            return rel
        if name == "occupation":
            return self.occupation
        if name == "aocc":
            return ("an " if self.occupation[0] in "aeiouAEIOU" else "a ") + self.occupation
        if name == "n":  # {n:lo_hi}
            lo, hi = (int(x) for x in var.split("_"))
            return str(r.randint(lo, hi))
        if name == "t":  # tenths {t:lo_hi}
            lo, hi = (int(x) for x in var.split("_"))
            return f"{r.randint(lo, hi) / 10:.1f}"
        if name == "lb":
            return str(r.choice([5, 10, 15, 20, 25, 30, 35, 40, 50]))
        if name == "sd":  # shifted date
            return f"{self.base}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
        if name == "sdus":
            return f"{r.randint(1, 12)}/{r.randint(1, 28)}/{self.base}"
        if name == "time":
            h, m = r.randint(0, 23), r.choice(range(0, 60, 1))
            return f"{h:02d}:{m:02d}" if r.random() < 0.5 else f"{(h % 12) or 12}:{m:02d} {'am' if h < 12 else 'pm'}"
        if name == "st":
            return self.town[1]
        if name == "ptage":  # patient age when it is not an identifier (< 90), else masked
            if self.age >= 90 or self.heavy or r.random() < 0.55:
                return "___"
            return str(self.age)
        if name == "bp":
            return f"{r.randint(104, 158)}/{r.randint(58, 94)}"
        if name == "vitals":
            t = r.randint(970, 1004) / 10
            return (f"T {t:.1f} HR {r.randint(56, 104)} BP {r.randint(104, 158)}/{r.randint(58, 94)} "
                    f"RR {r.randint(12, 20)} SpO2 {r.randint(93, 100)}% {r.choice(['RA', 'RA', '2L NC'])}")
        if name == "language":
            return r.choice(["Spanish", "Vietnamese", "Haitian Creole", "Polish", "Portuguese", "Somali",
                             "Arabic", "Nepali", "Karen", "Ukrainian"])
        if name == "sport":
            return self.fcache.setdefault("sport", r.choice(["football", "soccer", "basketball", "wrestling",
                                                              "lacrosse", "volleyball", "ice hockey", "rugby"]))
        if name == "position":
            return r.choice(["starter", "reserve", "team captain", "walk-on", "scholarship athlete"])
        if name == "jersey":
            return f"#{r.randint(1, 99)}"
        if name == "year":
            return r.choice(["freshman", "sophomore", "junior", "senior", "redshirt sophomore"])
        if name == "scanner":
            return r.choice(["Siemens MAGNETOM Skyra 3T (software syngo MR E11)",
                             "GE SIGNA Premier 3.0T (software DV29.1)",
                             "Philips Ingenia Elition X 3.0T (release R5.7.1)",
                             "Siemens MAGNETOM Sola 1.5T (software syngo MR XA51)",
                             "Canon Vantage Orian 1.5T (software V10.0)"])
        if name == "ct":
            return r.choice(["GE Revolution CT", "Siemens SOMATOM Force", "Canon Aquilion ONE PRISM",
                             "Philips Incisive CT (software 5.0.2)"])
        if name == "room":
            return r.choice([f"Room {r.randint(2, 9)}{r.randint(10, 40)}", f"Rm {r.randint(2, 9)}{_d(r, 2)}-"
                             f"{r.choice('AB')}", f"Bed {r.randint(1, 24)}"])
        if name == "lot":
            return f"{r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{_d(r, 4)}{r.choice('ABCDEFGH')}{r.choice('ABCDEFGH')}"
        raise KeyError(name)

    # ---------------------------------------------------------------- rendering
    def render(self, tpl: str, primary: str | None = None, forced: tuple[tuple[str, str], ...] = ()) -> list[Chunk]:
        out: list[Chunk] = []
        last = 0
        prim_done = False
        for m in _MARK.finditer(tpl):
            if m.start() > last:
                out.append((tpl[last:m.start()], None))
            name, var = m.group(1), m.group(2) or ""
            if name in CATEGORIES:
                plant = False
                if (name, var) in forced:
                    plant = True
                elif primary == name and not prim_done:
                    plant = prim_done = True
                elif primary is not None and name in self.todo:
                    self.todo.remove(name)
                    plant = True
                out.append((self.value(name, var), name) if plant else ("___", None))
            else:
                out.append((self.fill(name, var), None))
            last = m.end()
        if last < len(tpl):
            out.append((tpl[last:], None))
        return out


# --------------------------------------------------------------------------------------------------
# Planting templates: (category, kinds "d"/"r"/"dr", scenarios or None, section, template)
# Header-like slots use section "hdr": the marker lives in the fixed header / opening line.
# --------------------------------------------------------------------------------------------------

_T: tuple[tuple[str, str, tuple[str, ...] | None, str, str], ...] = (
    # PERSON
    ("PERSON", "d", None, "hdr", "{PERSON:hname}"),
    ("PERSON", "d", None, "hdr", "{PERSON:hatt}"),
    ("PERSON", "d", ("work",), "hpi", "His foreman, {PERSON:full}, shut down the line and called EMS from the site."),
    ("PERSON", "d", ("work",), "hpi", "Per co-worker {PERSON:first}, who witnessed the event, there was no loss of "
                                      "consciousness."),
    ("PERSON", "d", ("work", "lung"), "social", "Supervisor {PERSON:full} is aware of the injury and has offered "
                                                "modified duty at {ORGANIZATION:employer}."),
    ("PERSON", "d", ("work", "lung"), "social", "Union steward {PERSON:full} ({ORGANIZATION:union}) accompanied the "
                                                "patient and helped complete the incident report."),
    ("PERSON", "d", ("sport",), "hpi", "Evaluated on the sideline by the team athletic trainer, {PERSON:full}, ATC, "
                                       "who activated the emergency action plan."),
    ("PERSON", "d", ("sport",), "social", "Plays {sport} ({position}) for {ORGANIZATION:school}; Coach "
                                          "{PERSON:coach} has been updated with the patient's written permission."),
    ("PERSON", "d", None, "social", "Lives with {his} {relation}, {PERSON:relfirst}, who will assist after discharge."),
    ("PERSON", "d", None, "social", "Health care proxy is {his} {relation}, {PERSON:relfull}."),
    ("PERSON", "d", None, "course", "Physical therapy evaluation by {PERSON:init}, PT, on hospital day 2: ambulated "
                                    "150 ft with a rolling walker, contact guard."),
    ("PERSON", "d", None, "course", "A professional {language} interpreter, {PERSON:full}, was present for the "
                                    "family meeting and the discharge teaching."),
    ("PERSON", "d", None, "followup", "Follow up with Dr. {PERSON:last} in Occupational Medicine in 2 weeks for "
                                      "work status review."),
    ("PERSON", "d", None, "followup", "Dr. {PERSON:full} (physiatry) will see {him} in clinic after discharge."),
    ("PERSON", "d", ("vet",), "social", "Followed by VA social worker {PERSON:full}; lives with {his} {relation}."),
    ("PERSON", "d", ("rehab",), "course", "Swallow: modified barium swallow with {PERSON:full}, CCC-SLP, showed "
                                          "trace penetration with thin liquids and no aspiration."),
    ("PERSON", "d", ("rehab", "vet"), "dispo", "Transportation home arranged with {his} {relation} "
                                               "{PERSON:relfull}."),
    ("PERSON", "r", None, "top", "Patient: {PERSON:ptname}"),
    ("PERSON", "r", None, "notification", "Findings discussed with Dr. {PERSON:last} by telephone at {time}."),
    ("PERSON", "r", None, "indication", "Ordered by Dr. {PERSON:full} (occupational medicine)."),
    ("PERSON", "r", ("sport_r",), "indication", "Injured during a game per athletic trainer {PERSON:full}."),
    ("PERSON", "r", None, "addendum", "Results reviewed with the patient's {relation}, {PERSON:relfull}, at the "
                                      "patient's request."),
    ("PERSON", "r", None, "comparison", "Outside report signed by Dr. {PERSON:full} was also reviewed."),
    ("PERSON", "r", ("ilo",), "findings", "Classified by B reader {PERSON:init}, MD."),
    # LOCATION
    ("LOCATION", "d", None, "social", "Lives in {LOCATION:city}; two-story home, 12 steps to the bedroom with one "
                                      "rail."),
    ("LOCATION", "d", ("work",), "hpi", "The injury occurred at a job site in {LOCATION:other}."),
    ("LOCATION", "d", None, "social", "Originally from {LOCATION:foreign}; moved to the US as a young adult."),
    ("LOCATION", "d", ("lung", "vet", "work"), "social", "Grew up on a farm in {LOCATION:county}."),
    ("LOCATION", "d", None, "hpi", "Initially taken to an outside hospital in {LOCATION:other} and transferred for "
                                   "higher level of care."),
    ("LOCATION", "d", ("vet",), "social", "Receives primary care at the community-based outpatient clinic in "
                                          "{LOCATION:other}."),
    ("LOCATION", "d", None, "dispo", "Discharged to a skilled nursing and rehabilitation facility in "
                                     "{LOCATION:other}."),
    ("LOCATION", "d", ("vet", "rehab"), "social", "Until this admission {he} was staying at the shelter at "
                                                  "{LOCATION:corner}."),
    ("LOCATION", "d", None, "social", "Lives in the {LOCATION:hood} neighborhood with {his} {relation}."),
    ("LOCATION", "r", None, "comparison", "Outside radiographs from {ORGANIZATION:img} in {LOCATION:other} were "
                                          "reviewed."),
    ("LOCATION", "r", ("work_r",), "indication", "Injured at a work site in {LOCATION:other}."),
    ("LOCATION", "r", None, "top", "Address: {STREET_ADDRESS}, {LOCATION:city}, {st} {ZIP}"),
    ("LOCATION", "r", ("ilo",), "indication", "Exposure history is from years of work in {LOCATION:county}."),
    ("LOCATION", "r", None, "addendum", "A CD of the images was mailed to the patient in {LOCATION:city} at "
                                        "{his} request."),
    # ORGANIZATION
    ("ORGANIZATION", "d", ("work", "lung"), "social", "Works as {aocc} at {ORGANIZATION:employer}."),
    ("ORGANIZATION", "d", ("work",), "instr", "Your employer ({ORGANIZATION:employer}) has confirmed that light-duty "
                                              "work is available."),
    ("ORGANIZATION", "d", ("work", "lung"), "social", "Member of {ORGANIZATION:union} for many years."),
    ("ORGANIZATION", "d", ("sport",), "hpi", "{He} is a {year} {sport} player at {ORGANIZATION:school}."),
    ("ORGANIZATION", "d", ("vet",), "hpi", "Transferred from {ORGANIZATION:va} for further management."),
    ("ORGANIZATION", "d", ("vet",), "followup", "Polytrauma/amputation clinic at {ORGANIZATION:va} in 3 weeks."),
    ("ORGANIZATION", "d", ("rehab", "vet", "work"), "dispo", "Discharged to {ORGANIZATION:rehab} for continued "
                                                             "therapy."),
    ("ORGANIZATION", "d", None, "instr", "Outpatient therapy at {ORGANIZATION:clinic}, three times a week."),
    ("ORGANIZATION", "d", None, "dispo", "Prescriptions sent to {ORGANIZATION:pharmacy}."),
    ("ORGANIZATION", "d", None, "social", "Active member of {ORGANIZATION:church}; the congregation is helping with "
                                          "meals and rides."),
    ("ORGANIZATION", "d", ("work",), "hpi", "Seen the same day at {ORGANIZATION:clinic} (occupational health) and "
                                            "referred to the ED."),
    ("ORGANIZATION", "r", None, "comparison", "Prior outside study from {ORGANIZATION:img} dated {sd}."),
    ("ORGANIZATION", "r", ("sport_r",), "indication", "Athlete at {ORGANIZATION:school}; injured in a game."),
    ("ORGANIZATION", "r", ("work_r",), "indication", "Employer: {ORGANIZATION:employer}."),
    ("ORGANIZATION", "r", None, "addendum", "Report sent to {ORGANIZATION:clinic} at the patient's request."),
    ("ORGANIZATION", "r", None, "top", "Referring facility: {ORGANIZATION:clinic}"),
    # DATE_REAL_YEAR
    ("DATE_REAL_YEAR", "d", None, "hdr", "{DATE_REAL_YEAR:hdob}"),
    ("DATE_REAL_YEAR", "d", None, "hdr", "{DATE_REAL_YEAR:hadm}"),
    ("DATE_REAL_YEAR", "d", ("work", "sport"), "hpi", "Date of injury: {DATE_REAL_YEAR:doi}."),
    ("DATE_REAL_YEAR", "d", ("work", "lung"), "hpi", "{He} was first hurt on the job on {DATE_REAL_YEAR:doi} and has "
                                                     "had intermittent symptoms since."),
    ("DATE_REAL_YEAR", "d", ("vet",), "social", "Separated from active duty on {DATE_REAL_YEAR:old}."),
    ("DATE_REAL_YEAR", "d", ("work", "rehab"), "course", "A functional capacity evaluation on {DATE_REAL_YEAR:doi} "
                                                         "had placed {him} at a light physical demand level."),
    ("DATE_REAL_YEAR", "d", None, "pmh", "Prior surgery: {Side} knee arthroscopy ({DATE_REAL_YEAR:old})"),
    ("DATE_REAL_YEAR", "d", ("work", "sport"), "followup", "Tentative return-to-work/return-to-play date "
                                                          "{DATE_REAL_YEAR:future}, pending clearance."),
    ("DATE_REAL_YEAR", "r", None, "top", "DOB: {DATE_REAL_YEAR:dob}"),
    ("DATE_REAL_YEAR", "r", None, "comparison", "Outside study dated {DATE_REAL_YEAR:doi}."),
    ("DATE_REAL_YEAR", "r", ("work_r", "sport_r"), "indication", "Injured on {DATE_REAL_YEAR:doi}."),
    ("DATE_REAL_YEAR", "r", None, "addendum", "Prior outside study from {DATE_REAL_YEAR:doi} was obtained and "
                                              "compared; no change to the impression."),
    # AGE_OVER_89 (scenarios restricted so that the persona can be that old)
    ("AGE_OVER_89", "dr", None, "hdr", "{AGE_OVER_89:open}"),
    ("AGE_OVER_89", "d", None, "course", "Given {his} age ({AGE_OVER_89:pt}), the goals of care were revisited with "
                                         "the family."),
    ("AGE_OVER_89", "d", None, "social", "Widowed; {his} {AGE_OVER_89:rel}-year-old sister lives nearby and calls "
                                         "daily."),
    ("AGE_OVER_89", "d", ("vet",), "hpi", "At {AGE_OVER_89:pt}, {he} is one of the last members of {his} unit "
                                          "association still attending reunions."),
    ("AGE_OVER_89", "r", None, "indication", "Patient is {AGE_OVER_89:pt} years old and lives in assisted living."),
    # DEVICE_ID
    ("DEVICE_ID", "d", ("rehab",), "pmh", "T10 incomplete SCI with intrathecal baclofen pump (Medtronic SynchroMed "
                                          "II, serial {DEVICE_ID})"),
    ("DEVICE_ID", "d", ("rehab", "vet"), "pmh", "{Side} transfemoral amputation; microprocessor knee (Ottobock C-Leg "
                                                "4), SN {DEVICE_ID}"),
    ("DEVICE_ID", "d", ("work", "vet", "rehab"), "pmh", "Spinal cord stimulator (Abbott Proclaim XR) for failed back "
                                                        "surgery syndrome, IPG serial {DEVICE_ID}"),
    ("DEVICE_ID", "d", ("vet", "lung"), "course", "Audiology replaced the {side} hearing aid (serial {DEVICE_ID}) "
                                                  "issued through the VA."),
    ("DEVICE_ID", "d", ("sport",), "course", "Home bone growth stimulator (Exogen) dispensed, unit serial "
                                             "{DEVICE_ID}."),
    ("DEVICE_ID", "d", ("vet", "rehab", "lung"), "pmh", "Dual-chamber pacemaker (Medtronic Azure XT DR), serial "
                                                        "no. {DEVICE_ID}"),
    ("DEVICE_ID", "d", ("work", "sport"), "course", "Cold-compression unit (Game Ready) issued for home use, device "
                                                    "serial {DEVICE_ID}; return to the DME vendor in 4 weeks."),
    ("DEVICE_ID", "r", ("knee", "shoulder", "spine"), "technique", "MR safety: implanted device serial "
                                                                   "{DEVICE_ID} verified against the implant card; "
                                                                   "MR Conditional, scanned in Normal Operating "
                                                                   "Mode."),
    ("DEVICE_ID", "r", ("spine",), "findings", "Stimulator generator in the {side} flank (serial {DEVICE_ID} per "
                                               "the implant card) with leads terminating at T9."),
    ("DEVICE_ID", "r", ("knee", "shoulder", "spine"), "addendum", "Implant registry confirms device serial "
                                                                  "{DEVICE_ID}; no change to the MR safety "
                                                                  "assessment."),
    ("DEVICE_ID", "r", ("ilo",), "findings", "Left chest wall pacemaker generator (serial {DEVICE_ID} per the "
                                             "patient's device card) with leads in the right atrium and ventricle."),
    ("DEVICE_ID", "r", ("head",), "findings", "Right cochlear implant (serial {DEVICE_ID} per the device card) "
                                              "causes streak artifact over the temporal lobe."),
    ("DEVICE_ID", "r", None, "addendum", "Requisition lists an implanted neurostimulator, serial {DEVICE_ID}; not in "
                                         "the field of view."),
    # VEHICLE_ID (discharge only)
    ("VEHICLE_ID", "d", ("rehab", "vet"), "social", "Drives a modified minivan with hand controls (VIN "
                                                    "{VEHICLE_ID:vin})."),
    ("VEHICLE_ID", "d", ("work",), "hpi", "Restrained driver of a company box truck (plate {VEHICLE_ID:plate}) that "
                                          "was rear-ended on the highway."),
    ("VEHICLE_ID", "d", None, "dispo", "Disability parking placard application completed for vehicle plate "
                                       "{VEHICLE_ID:plate}."),
    ("VEHICLE_ID", "d", ("rehab", "vet", "work"), "course", "Driver rehabilitation assessment done in the "
                                                            "patient's own vehicle (VIN {VEHICLE_ID:vin})."),
    ("VEHICLE_ID", "d", None, "social", "{His} pickup (license plate {VEHICLE_ID:plate}) remains in the visitor "
                                        "garage; security has been notified."),
    # PHONE
    ("PHONE", "d", None, "social", "Emergency contact: {his} {relation} {PERSON:relfirst}, cell {PHONE}."),
    ("PHONE", "d", ("work", "lung"), "course", "Work status discussed with the supervisor at {PHONE}; modified duty "
                                               "is available."),
    ("PHONE", "d", None, "social", "Home phone {PHONE}; prefers calls after 3 pm."),
    ("PHONE", "d", ("sport",), "social", "Parent contact (mother) {PHONE}."),
    ("PHONE", "d", None, "followup", "Patient asks that appointment reminders go to {his} {relation}'s cell, "
                                     "{PHONE}."),
    ("PHONE", "r", None, "top", "Patient contact: {PHONE}"),
    ("PHONE", "r", None, "notification", "The patient was called at {PHONE} and advised to follow up with the "
                                         "ordering provider."),
    ("PHONE", "r", None, "addendum", "Unable to reach the ordering provider; message left for the patient at "
                                     "{PHONE}."),
    # FAX
    ("FAX", "d", ("work",), "followup", "Work status form faxed to the employer's HR office, fax {FAX}."),
    ("FAX", "d", None, "instr", "Please have your disability paperwork faxed to {FAX} (attention "
                                "{PERSON:full})."),
    ("FAX", "d", ("rehab", "vet"), "dispo", "Facility fax for transfer paperwork: {FAX}."),
    ("FAX", "d", ("sport",), "followup", "Clearance letter faxed to the athletic department at {FAX}."),
    ("FAX", "r", None, "top", "Fax results to: {FAX}"),
    ("FAX", "r", None, "addendum", "Report faxed to {ORGANIZATION:clinic} at {FAX}."),
    ("FAX", "r", None, "notification", "Preliminary report faxed to the referring office (fax {FAX})."),
    # PAGER
    ("PAGER", "r", None, "notification", "Findings discussed with Dr. {PERSON:last} (pager {PAGER}) at {time}."),
    ("PAGER", "r", None, "addendum", "Please page the reading radiologist at {PAGER} with questions."),
    ("PAGER", "d", None, "course", "Neurosurgery resident Dr. {PERSON:last}, pgr {PAGER}, evaluated on arrival."),
    ("PAGER", "d", None, "followup", "Questions before the clinic visit: page the rehab resident on call, beeper "
                                     "{PAGER}."),
    ("PAGER", "d", None, "course", "Acute pain service consulted (pager {PAGER})."),
    # EMAIL
    ("EMAIL", "d", None, "social", "Prefers communication by e-mail: {EMAIL}."),
    ("EMAIL", "d", ("work", "lung"), "followup", "FCE report to be emailed to the nurse case manager, "
                                                 "{PERSON:full} ({EMAIL:work})."),
    ("EMAIL", "d", ("sport",), "instr", "Coach {PERSON:coach} requested updates at {EMAIL:other}; the patient "
                                        "consented to release of return-to-play status only."),
    ("EMAIL", "d", None, "instr", "A copy of these instructions was sent to {EMAIL} at your request."),
    ("EMAIL", "r", None, "addendum", "Patient requested that an electronic copy of this report be sent to {EMAIL}."),
    ("EMAIL", "r", None, "top", "Copy to: {EMAIL}"),
    # URL
    ("URL", "d", ("sport",), "social", "Shared {his} recruiting profile ({URL:hudl}) and worries about {his} "
                                       "scholarship."),
    ("URL", "d", None, "social", "Family started a fundraising page ({URL:fund}) to cover lost wages."),
    ("URL", "d", None, "instr", "Your home exercise program is posted on your personal page: {URL:hep}"),
    ("URL", "d", None, "course", "Daily step counts reviewed on the patient's personal dashboard link {URL:dash}."),
    ("URL", "d", ("rehab", "vet", "work"), "social", "Writes about {his} recovery on a personal blog ({URL:blog})."),
    ("URL", "r", None, "addendum", "Outside images were retrieved from the patient's personal share link "
                                   "{URL:share}."),
    ("URL", "r", None, "comparison", "Prior images provided by the patient via {URL:share}."),
    # IP_ADDRESS
    ("IP_ADDRESS", "d", None, "course", "Video follow-up audit: the patient joined from IP {IP_ADDRESS}."),
    ("IP_ADDRESS", "d", None, "social", "Uses a home remote-monitoring hub (gateway IP {IP_ADDRESS})."),
    ("IP_ADDRESS", "d", None, "followup", "Telehealth visit scheduled; portal log shows last login from "
                                          "{IP_ADDRESS}."),
    ("IP_ADDRESS", "r", None, "technique", "Outside DICOM uploaded by the patient from {IP_ADDRESS} via the image "
                                           "exchange portal."),
    ("IP_ADDRESS", "r", None, "addendum", "Patient-uploaded prior study received from IP {IP_ADDRESS}."),
    # SSN
    ("SSN", "d", ("vet",), "social", "Eligibility verified with the VA using SSN {SSN}."),
    ("SSN", "d", None, "dispo", "Short-term disability form completed (SSN {SSN})."),
    ("SSN", "d", None, "followup", "Social Security disability application started; SSN on file {SSN}."),
    ("SSN", "r", None, "top", "SSN: {SSN}"),
    ("SSN", "r", None, "addendum", "Outside requisition lists social security number {SSN}."),
    # MRN
    ("MRN", "d", None, "hdr", "{MRN:hunit}"),
    ("MRN", "d", None, "followup", "Outside records (MRN {MRN}) from {ORGANIZATION:rehab} were requested."),
    ("MRN", "d", ("vet",), "course", "VA medical record number {MRN} reviewed for prior imaging."),
    ("MRN", "d", None, "dispo", "Hospital medical record no. {MRN} on the transfer packet."),
    ("MRN", "r", None, "top", "MRN: {MRN}"),
    ("MRN", "r", None, "comparison", "Outside study (patient no. {MRN}) from {ORGANIZATION:img}."),
    # ACCOUNT
    ("ACCOUNT", "d", None, "dispo", "Billing account {ACCOUNT} to be billed to the employer's carrier."),
    ("ACCOUNT", "d", None, "followup", "Encounter FIN {ACCOUNT} for the follow-up visit."),
    ("ACCOUNT", "d", None, "dispo", "Acct #{ACCOUNT} referred to financial counseling."),
    ("ACCOUNT", "r", None, "top", "Acct: {ACCOUNT}"),
    ("ACCOUNT", "r", None, "top", "Encounter #: {ACCOUNT}"),
    # HEALTH_PLAN (insurer names and employer group numbers are not labelled)
    ("HEALTH_PLAN", "d", None, "social", "Insurance: commercial PPO, member ID {HEALTH_PLAN}, employer group "
                                         "{n:100000_999999}."),
    ("HEALTH_PLAN", "d", ("vet", "rehab", "lung"), "dispo", "Medicare MBI {HEALTH_PLAN:mbi} verified for SNF "
                                                            "coverage."),
    ("HEALTH_PLAN", "d", None, "dispo", "Medicaid ID {HEALTH_PLAN:medicaid}; prior authorization submitted."),
    ("HEALTH_PLAN", "d", ("sport",), "social", "Secondary coverage through the school's student-athlete accident "
                                               "policy, policy no. {HEALTH_PLAN}."),
    ("HEALTH_PLAN", "r", None, "top", "Member ID: {HEALTH_PLAN}"),
    ("HEALTH_PLAN", "r", None, "top", "Ins: Medicare  MBI {HEALTH_PLAN:mbi}"),
    # LICENSE
    ("LICENSE", "d", ("work", "lung"), "social", "Holds a Class A CDL (no. {LICENSE}); may not drive commercially "
                                                 "until cleared."),
    ("LICENSE", "d", None, "course", "Identity confirmed at registration with driver's license {LICENSE}."),
    ("LICENSE", "d", None, "meds", "Prescriber DEA {LICENSE:dea}."),
    ("LICENSE", "d", None, "followup", "Work restrictions signed by Dr. {PERSON:full}, NPI {LICENSE:npi}."),
    ("LICENSE", "d", ("rehab", "work", "sport"), "course", "Therapy plan of care certified by {PERSON:init}, "
                                                           "license {LICENSE:prof}."),
    ("LICENSE", "r", None, "notification", "Electronically signed: Dr. {PERSON:full}, NPI {LICENSE:npi}."),
    ("LICENSE", "r", None, "top", "Driver's license: {LICENSE}"),
    # ZIP
    ("ZIP", "d", None, "social", "Home ZIP code {ZIP}; nearest outpatient therapy is 45 minutes away."),
    ("ZIP", "d", None, "social", "Lives at {STREET_ADDRESS}, {LOCATION:city}, {st} {ZIP}."),
    ("ZIP", "r", None, "top", "Address: {STREET_ADDRESS}, {LOCATION:city}, {st} {ZIP}"),
    ("ZIP", "r", None, "addendum", "Copy of the images mailed to the patient's home (ZIP {ZIP})."),
    # STREET_ADDRESS
    ("STREET_ADDRESS", "d", None, "social", "Lives alone in a second-floor walk-up at {STREET_ADDRESS} in "
                                            "{LOCATION:city}."),
    ("STREET_ADDRESS", "d", ("work",), "hpi", "Injury occurred at the job site, {STREET_ADDRESS}, {LOCATION:other}."),
    ("STREET_ADDRESS", "d", None, "dispo", "Discharged home to {STREET_ADDRESS}, {LOCATION:city}, {st} {ZIP}."),
    ("STREET_ADDRESS", "r", None, "top", "Address: {STREET_ADDRESS}, {LOCATION:city}, {st} {ZIP}"),
    ("STREET_ADDRESS", "r", None, "addendum", "Images mailed to {STREET_ADDRESS}, {LOCATION:city}."),
)

# scenarios
_DIS_SCEN = ("work", "rehab", "vet", "sport", "lung")
_DIS_W = (30, 22, 22, 16, 10)
_RAD_SCEN = ("knee", "shoulder", "spine", "ilo", "head", "hand")
_RAD_W = (20, 17, 20, 16, 14, 13)
_OLD_OK = {"d": ("rehab", "vet"), "r": ("shoulder", "spine", "ilo", "head", "hand")}


def _pool(cat: str, kind: str, scen: str, ctx: str = "") -> list[tuple[str, str]]:
    return [(sec, tpl) for c, kinds, scens, sec, tpl in _T
            if c == cat and kind in kinds and (scens is None or scen in scens or ctx in scens)]


# --------------------------------------------------------------------------------------------------
# Clinical filler
# --------------------------------------------------------------------------------------------------

_WORK_INJ = (
    dict(cc="Fall from ladder at work",
         proc="Open reduction internal fixation, {side} distal radius (volar locking plate)",
         occ=("electrician", "commercial painter", "HVAC technician", "sign installer"),
         hpi="fell about {n:6_14} feet from an extension ladder while working overhead and landed on an "
             "outstretched {side} hand",
         exam="{Side} wrist: dorsal swelling with dinner-fork deformity, radial pulse 2+, median, ulnar and radial "
              "sensation intact; Tinel sign negative at the carpal tunnel.",
         img="Wrist radiographs: intra-articular distal radius fracture with {n:15_30} degrees of dorsal tilt and "
             "{n:3_7} mm of radial shortening.",
         course="Underwent ORIF with a volar locking plate on hospital day 1 without complication; placed in a "
                "volar splint; OT started edema control and tendon glides.",
         dx="{Side} intra-articular distal radius fracture",
         restr="No lifting more than 1 lb with the {side} hand, no ladder or scaffold work, no vibrating tools."),
    dict(cc="{Side} hand crush injury",
         proc="Irrigation and debridement, K-wire fixation of index and middle finger proximal phalanx fractures",
         occ=("press operator", "machinist", "stamping-line operator"),
         hpi="had the {side} hand caught in a {n:40_200}-ton stamping press when the light curtain was bypassed",
         exam="{Side} hand: dorsal lacerations over the index and middle fingers, cap refill < 2 s in all digits, "
              "2-point discrimination 5 mm; unable to flex the index finger fully.",
         img="Hand radiographs: displaced transverse fractures of the index and middle proximal phalanges; no "
             "radiopaque foreign body.",
         course="Taken to the OR by hand surgery for I&D and pinning; cefazolin for 24 hours; hand therapy made a "
                "forearm-based safe-position splint.",
         dx="Crush injury {side} hand with open P1 fractures of the index and middle fingers",
         restr="Keep the splint on, no use of the {side} hand at work, no press work until cleared by hand surgery."),
    dict(cc="Low back pain with {side} leg radiation after lifting at work",
         proc="{Side} L4-L5 microdiscectomy",
         occ=("warehouse picker", "certified nursing assistant", "delivery driver", "home health aide"),
         hpi="felt a pop in the low back while lifting a {n:60_120} lb load from floor level, followed by "
             "shooting pain down the {side} leg",
         exam="Back: paraspinal tenderness L4-S1; straight leg raise positive on the {side} at {n:30_50} degrees; "
              "EHL 4-/5 on the {side}; patellar reflexes 2+, Achilles 1+ on the {side}; Babinski absent.",
         img="MRI L-spine: {side} paracentral L4-L5 extrusion contacting the traversing L5 root.",
         course="Failed conservative management with worsening foot drop; underwent microdiscectomy on hospital "
                "day 2; ambulating independently on POD 1; PT cleared for home.",
         dx="Lumbar disc extrusion L4-L5 with {side} L5 radiculopathy (M51.16)",
         restr="No lifting more than 10 lb, no repetitive bending or twisting, alternate sitting and standing "
               "every 30 minutes."),
    dict(cc="{Side} shoulder pain and weakness",
         proc="Arthroscopic {side} rotator cuff repair (double row) and subacromial decompression",
         occ=("lineman", "ironworker", "drywall installer", "rigger"),
         hpi="felt sudden pain in the {side} shoulder while pulling cable overhead and could not raise the arm "
             "afterwards",
         exam="{Side} shoulder: active forward flexion {n:60_100} degrees, passive 160 degrees; positive drop-arm "
              "and Jobe (empty can) tests; Hawkins-Kennedy and Neer signs positive; Speed test negative.",
         img="MRI {side} shoulder: full-thickness supraspinatus tear with {n:10_25} mm retraction.",
         course="Admitted for pain control after arthroscopic repair; interscalene catheter removed POD 1; sling "
                "with abduction pillow.",
         dx="Traumatic full-thickness {side} supraspinatus tear",
         restr="Sling at all times for 6 weeks, no use of the {side} arm at work, no overhead reaching."),
    dict(cc="{Side} foot crush injury (forklift)",
         proc="ORIF {side} Lisfranc fracture-dislocation",
         occ=("warehouse associate", "dock worker", "forklift operator"),
         hpi="had the {side} foot run over by a loaded forklift on the loading dock",
         exam="{Side} foot: midfoot swelling and plantar ecchymosis; compartments soft; DP pulse 2+; pain with "
              "passive toe extension absent.",
         img="Foot radiographs and CT: {side} Lisfranc fracture-dislocation with fleck sign.",
         course="Swelling allowed ORIF on hospital day 3; compartment checks negative; non-weight-bearing in a "
                "splint; PT taught crutch gait and stairs.",
         dx="{Side} Lisfranc fracture-dislocation",
         restr="Strict non-weight-bearing on the {side} foot, seated work only, no driving commercial vehicles."),
    dict(cc="Fall from roof",
         proc="T12-L2 posterior spinal fusion",
         occ=("roofer", "framing carpenter", "gutter installer"),
         hpi="fell about {n:12_20} feet from a pitched roof without fall protection and landed on {his} back",
         exam="Spine: tenderness at the thoracolumbar junction; motor 5/5 throughout the lower extremities; rectal "
              "tone intact; no saddle anesthesia.",
         img="CT T/L-spine: L1 burst fracture with {n:20_40}% retropulsion and {n:15_30} degrees of kyphosis.",
         course="Posterior instrumented fusion T12-L2 on hospital day 1; TLSO when out of bed; Foley removed POD 2 "
                "and voided; PT cleared for home with a rolling walker.",
         dx="L1 burst fracture without neurologic deficit",
         restr="No lifting more than 10 lb, no bending or twisting, TLSO when upright, no roof or ladder work."),
    dict(cc="{Side} forearm laceration at work",
         proc="Repair of {side} FDS and FDP tendons zone V and median nerve neurorrhaphy",
         occ=("meat cutter", "poultry deboner", "line worker"),
         hpi="sustained a deep laceration to the {side} volar forearm when a boning knife slipped on the line",
         exam="{Side} forearm: 6 cm volar laceration; unable to flex the index and middle DIP/PIP joints; decreased "
              "sensation in the median distribution; Phalen not tested.",
         img="Forearm radiographs: no fracture, no retained metal fragment.",
         course="Repaired in the OR; dorsal blocking splint; hand therapy started early protected motion (modified "
                "Duran protocol).",
         dx="Laceration {side} forearm with flexor tendon and median nerve injury",
         restr="No use of the {side} hand at work, keep the dorsal blocking splint on, no knife work."),
)

_SPORT = (
    dict(cc="{Side} knee injury during {sport}",
         proc="{Side} ACL reconstruction (bone-patellar tendon-bone autograft) and partial lateral meniscectomy",
         hpi="planted and pivoted during a {sport} game, felt a pop and could not return to play; immediate "
             "effusion",
         exam="{Side} knee: moderate effusion; Lachman 2B; pivot shift positive; McMurray positive laterally; "
              "anterior drawer 2+; ROM 5-95 degrees.",
         img="MRI {side} knee: complete ACL tear with lateral femoral condyle and posterolateral tibial plateau "
             "bone bruises; lateral meniscus radial tear.",
         course="Reconstruction performed; cryotherapy and CPM 0-60 degrees; quad sets and straight leg raises "
                "started POD 0; hinged brace locked in extension for ambulation.",
         dx="{Side} ACL rupture with lateral meniscus tear",
         restr="Brace locked in extension when walking; no running, cutting or jumping until cleared (typically 9 "
               "months)."),
    dict(cc="Concussion with loss of consciousness during {sport}",
         proc="None",
         hpi="had a helmet-to-helmet collision, lost consciousness for about {n:10_60} seconds, and was confused "
             "on the sideline; GCS 14 on EMS arrival",
         exam="Neuro: GCS 15, oriented x3; slow to answer; Romberg sway; tandem gait with 2 errors; pupils equal; "
              "no focal deficit; Spurling negative and full painless neck ROM.",
         img="CT head: no acute intracranial hemorrhage.",
         course="Observed overnight for persistent vomiting; SCAT5 symptom score {n:20_60}/132 on arrival, "
                "improving; King-Devick {n:48_70}.{n:0_9} s (baseline 41 s); no imaging abnormality.",
         dx="Concussion with brief loss of consciousness",
         restr="No sport, physical education or weight training; graduated return-to-learn first, then the "
               "6-stage return-to-play protocol only after symptom-free and cleared by a physician."),
    dict(cc="Collapse during preseason conditioning",
         proc="None",
         hpi="collapsed after the third of six 300-yard shuttle runs on a hot afternoon (WBGT {n:86_92} F); "
             "rectal temperature {n:104_107}.{n:0_9} F on the field and was cold-water immersed before transport",
         exam="Initially confused, GCS 13 improving to 15; tachycardic; diffuse muscle tenderness; urine dark.",
         img="CXR: clear lungs.",
         course="Exertional heat stroke with rhabdomyolysis: CK peaked at {n:18_90},{n:100_999} U/L; aggressive IV "
                "fluids; creatinine peaked at {t:13_24} and normalized; sickle cell screen negative.",
         dx="Exertional heat stroke with rhabdomyolysis",
         restr="No practice or conditioning until labs normalize and heat-tolerance clearance; gradual 14-day "
               "heat acclimatization on return."),
    dict(cc="{Side} shoulder dislocation during {sport}",
         proc="Arthroscopic {side} Bankart repair",
         hpi="sustained a second anterior {side} shoulder dislocation making a tackle; reduced on the field",
         exam="{Side} shoulder: positive apprehension and relocation tests; sulcus sign 1+; axillary nerve "
              "sensation intact; Hill-Sachs not palpable.",
         img="MR arthrogram: anterior-inferior labral tear (Bankart lesion) with a small Hill-Sachs lesion.",
         course="Arthroscopic Bankart repair with three suture anchors; sling; PT protocol given.",
         dx="Recurrent anterior {side} shoulder instability with Bankart lesion",
         restr="Sling for 4 weeks, no contact sport for 5-6 months; follow the shoulder stabilization protocol."),
)

_REHAB = (
    dict(cc="Functional decline after left MCA stroke", dx="Left MCA ischemic stroke with right hemiparesis "
         "and aphasia", old=True,
         hpi="admitted to acute rehabilitation after a left MCA ischemic stroke treated with thrombectomy, with "
             "right hemiparesis and expressive aphasia"),
    dict(cc="Traumatic brain injury after fall from scaffold", dx="Traumatic brain injury (subdural hematoma "
         "and contusions), Rancho Los Amigos level VII at discharge", old=False,
         hpi="admitted to acute rehabilitation after a fall from a scaffold with a left subdural hematoma and "
             "bifrontal contusions; Rancho Los Amigos level IV on admission"),
    dict(cc="Incomplete spinal cord injury", dx="Traumatic incomplete SCI, NLI T10, ASIA Impairment Scale C",
         old=False,
         hpi="admitted to acute rehabilitation after a T10 fracture-dislocation from a fall at work, ASIA "
             "Impairment Scale C, with a neurogenic bladder managed by intermittent catheterization"),
    dict(cc="{Side} transtibial amputation", dx="{Side} transtibial amputation (diabetic foot infection)",
         old=True,
         hpi="admitted to acute rehabilitation after a {side} transtibial amputation for a non-healing diabetic "
             "foot ulcer with osteomyelitis"),
    dict(cc="Deconditioning after prolonged ICU stay", dx="ICU-acquired weakness; critical illness polyneuropathy",
         old=True,
         hpi="admitted to acute rehabilitation after a 3-week ICU stay for septic shock with critical illness "
             "polyneuropathy"),
    dict(cc="Guillain-Barre syndrome", dx="Guillain-Barre syndrome (AIDP), improving", old=False,
         hpi="admitted to acute rehabilitation after IVIG for Guillain-Barre syndrome with ascending weakness"),
    dict(cc="Aneurysmal subarachnoid hemorrhage", dx="Aneurysmal SAH (Hunt and Hess grade 3) s/p coiling of an "
         "AComm aneurysm; cognitive-communication deficit", old=False,
         hpi="admitted to acute rehabilitation after a Hunt and Hess grade 3 subarachnoid hemorrhage from an "
             "anterior communicating artery aneurysm, treated with endovascular coiling"),
    dict(cc="{Side} hip fracture", dx="{Side} intertrochanteric hip fracture s/p cephalomedullary nail",
         old=True,
         hpi="admitted to acute rehabilitation after a mechanical fall at home with a {side} intertrochanteric hip "
             "fracture treated with a cephalomedullary nail"),
)

_VET = (
    dict(cc="PTSD with suicidal ideation", dx="Post-traumatic stress disorder, chronic (F43.12); alcohol use "
         "disorder, moderate", lo=24, hi=75,
         hpi="presented with worsening nightmares, hypervigilance and passive suicidal ideation around the "
             "anniversary of a convoy IED attack; PCL-5 score {n:45_70}"),
    dict(cc="Residual limb pain and prosthetic fit", dx="{Side} transfemoral amputation with residual limb "
         "neuroma and socket-related skin breakdown", lo=24, hi=75,
         hpi="blast-related {side} transfemoral amputee with residual limb pain and skin breakdown from a "
             "poorly fitting socket"),
    dict(cc="Dyspnea on exertion (burn pit exposure)", dx="Constrictive bronchiolitis, suspected deployment-"
         "related; PACT Act toxic exposure screening positive", lo=24, hi=62,
         hpi="reports progressive exertional dyspnea since deployment; lived near open burn pits for 11 months"),
    dict(cc="Falls and cognitive decline", dx="Dementia with Lewy bodies; recurrent falls; orthostatic "
         "hypotension", lo=70, hi=104,
         hpi="Korean War Army veteran with Parkinsonism and fluctuating cognition, admitted after three falls in "
             "two weeks; visual hallucinations of people in the room"),
    dict(cc="Community-acquired pneumonia", dx="Community-acquired pneumonia; chronic kidney disease stage 3b; "
         "Agent Orange-related type 2 diabetes", lo=66, hi=95,
         hpi="Vietnam-era Army veteran (Agent Orange exposure, 1968-1969) admitted with fever, productive cough "
             "and a right lower lobe infiltrate"),
    dict(cc="Failure to thrive", dx="Failure to thrive; hip osteoarthritis; hearing loss", lo=88, hi=104,
         hpi="World War II Navy veteran from the Community Living Center admitted with poor oral intake and "
             "weight loss of 6 kg over two months"),
)

_LUNG = (
    dict(cc="Progressive dyspnea", dx="Silicosis (J62.8) with progressive massive fibrosis, ILO 2/3 q/r",
         occ=("countertop fabricator", "sandblaster", "foundry worker", "tunnel miner"),
         hpi="progressive dyspnea after {n:8_25} years of dry-cutting engineered stone without respiratory "
             "protection"),
    dict(cc="Shortness of breath and cough", dx="Coal workers' pneumoconiosis with chronic bronchitis",
         occ=("underground coal miner", "roof bolter", "continuous-miner operator"),
         hpi="progressive dyspnea and black sputum after {n:15_35} years underground"),
    dict(cc="Occupational asthma exacerbation", dx="Occupational asthma (isocyanate) exacerbation",
         occ=("auto-body painter", "spray-foam insulation installer", "polyurethane line worker"),
         hpi="wheeze and chest tightness that improve on weekends and worsen within hours of spraying "
             "isocyanate-based paint"),
    dict(cc="Pleural effusion", dx="Benign asbestos pleural effusion; pleural plaques",
         occ=("pipefitter", "shipyard insulator", "boilermaker"),
         hpi="new left pleural effusion; worked with asbestos insulation for about {n:10_30} years before 1985"),
)

_MEDS = {
    "work": ("Acetaminophen 650 mg PO Q6H:PRN pain", "Oxycodone (Immediate Release) 5 mg PO Q4H:PRN severe pain",
             "Cyclobenzaprine 5 mg PO TID:PRN muscle spasm", "Gabapentin 300 mg PO TID",
             "Meloxicam 7.5 mg PO DAILY", "Senna 8.6 mg PO BID:PRN constipation", "Docusate Sodium 100 mg PO BID",
             "Enoxaparin Sodium 40 mg SC DAILY Duration: 14 Days", "Lidocaine 5% Patch 1 PTCH TD QAM",
             "Cephalexin 500 mg PO Q6H Duration: 5 Days", "Ibuprofen 600 mg PO Q8H:PRN pain"),
    "sport": ("Acetaminophen 1000 mg PO Q8H", "Ibuprofen 600 mg PO Q6H:PRN pain",
              "Oxycodone (Immediate Release) 5 mg PO Q6H:PRN severe pain (max 3 days)",
              "Aspirin 81 mg PO BID (DVT prophylaxis x 4 weeks)", "Ondansetron 4 mg PO Q8H:PRN nausea",
              "Docusate Sodium 100 mg PO BID", "Melatonin 3 mg PO QHS:PRN sleep"),
    "rehab": ("Baclofen 10 mg PO TID", "Tizanidine 2 mg PO QHS", "Enoxaparin Sodium 40 mg SC DAILY",
              "Sertraline 50 mg PO DAILY", "Polyethylene Glycol 17 g PO DAILY", "Bisacodyl 10 mg PR QHS",
              "Tamsulosin 0.4 mg PO QHS", "Atorvastatin 80 mg PO QPM", "Aspirin 81 mg PO DAILY",
              "Metoprolol Tartrate 25 mg PO BID", "Insulin Glargine 18 Units SC QHS", "Amantadine 100 mg PO BID",
              "Methylphenidate 5 mg PO BID (8 am and noon)"),
    "vet": ("Prazosin 2 mg PO QHS", "Sertraline 100 mg PO DAILY", "Gabapentin 600 mg PO TID",
            "Duloxetine 60 mg PO DAILY", "Naltrexone 50 mg PO DAILY", "Carbidopa-Levodopa (25-100) 1 TAB PO TID",
            "Rivastigmine 4.6 mg/24 hr patch TD DAILY", "Midodrine 5 mg PO TID", "Tamsulosin 0.4 mg PO QHS",
            "Metformin 500 mg PO BID", "Albuterol Inhaler 2 PUFF IH Q4H:PRN wheeze",
            "Ceftriaxone 1 g IV Q24H (completed)", "Mirtazapine 7.5 mg PO QHS"),
    "lung": ("Albuterol Inhaler 2 PUFF IH Q4H:PRN wheeze", "Tiotropium Bromide 1 CAP IH DAILY",
             "Fluticasone-Salmeterol Diskus (250/50) 1 INH IH BID", "Prednisone 40 mg PO DAILY Duration: 5 Days",
             "Guaifenesin ER 600 mg PO Q12H", "Omeprazole 20 mg PO DAILY", "Oxygen 2 L NC with exertion"),
}


def _labs(n: _Note) -> list[str]:
    r = n.r
    t = n.fill("time", "")
    return [
        f"___ {t} BLOOD WBC-{r.randint(45, 138) / 10:.1f} RBC-{r.randint(380, 560) / 100:.2f} "
        f"Hgb-{r.randint(98, 162) / 10:.1f} Hct-{r.randint(300, 480) / 10:.1f} MCV-{r.randint(80, 98)} "
        f"Plt Ct-{r.randint(140, 420)}",
        f"___ {t} BLOOD Glucose-{r.randint(78, 188)} UreaN-{r.randint(7, 32)} Creat-{r.randint(5, 16) / 10:.1f} "
        f"Na-{r.randint(133, 145)} K-{r.randint(34, 51) / 10:.1f} Cl-{r.randint(96, 108)} "
        f"HCO3-{r.randint(21, 30)} AnGap-{r.randint(8, 16)}",
    ]


def _fim(n: _Note) -> str:
    r = n.r
    items = ("Eating", "Grooming", "Bathing", "UB dressing", "LB dressing", "Toileting", "Bladder", "Bowel",
             "Bed/chair transfer", "Toilet transfer", "Tub transfer", "Walk/wheelchair", "Stairs",
             "Comprehension", "Expression", "Social interaction", "Problem solving", "Memory")
    adm = [r.randint(1, 5) for _ in items]
    dis = [min(7, a + r.randint(0, 3)) for a in adm]
    pairs = ", ".join(f"{it} {a}->{d}" for it, a, d in zip(items, adm, dis, strict=True))
    return (f"FIM (admission->discharge): {pairs}. Motor {sum(adm[:13])}->{sum(dis[:13])}/91, cognitive "
            f"{sum(adm[13:])}->{sum(dis[13:])}/35, total {sum(adm)}->{sum(dis)}/126.")


def _fce(n: _Note) -> str:
    r = n.r
    return (f"Functional capacity evaluation (CPT 97750, {r.randint(4, 8)} units): floor-to-waist lift "
            f"{r.choice([20, 25, 30, 35, 40])} lb occasionally, {r.choice([10, 15, 20])} lb frequently; carry "
            f"{r.choice([20, 25, 30])} lb x 50 ft; push/pull {r.randint(40, 90)} lbf; sitting tolerance "
            f"{r.choice([20, 30, 45, 60])} min; Borg RPE {r.randint(11, 16)}/20 at the end of the treadmill stage "
            f"({r.randint(45, 82) / 10:.1f} METs); Jamar grip {r.randint(22, 48)} kg / {r.randint(20, 46)} kg with "
            f"coefficient of variation {r.randint(5, 14)}% (consistent effort). Overall physical demand level: "
            f"{r.choice(['light', 'light-medium', 'medium', 'sedentary'])} (DOT).")


def _pre(n: _Note, kind: str, scen: str) -> None:
    """Scenario facts needed before the plants are written (occupation, injury, age)."""
    r = n.r
    if kind == "r" or scen == "vet":
        n.occupation = r.choice(["warehouse associate", "machinist", "roofer", "nursing assistant", "welder",
                                 "miner", "line cook", "carpenter", "school bus driver", "postal carrier"])
    if not n.old:
        lo, hi = {"work": (19, 64), "lung": (46, 86), "rehab": (22, 88), "vet": (24, 62), "sport": (15, 22),
                  "knee": (15, 62), "shoulder": (17, 72), "spine": (22, 70), "ilo": (34, 80), "head": (16, 70),
                  "hand": (18, 64)}[scen]
        if not (scen == "vet" and n.age >= 70):
            n.age = r.randint(lo, hi)
    elif scen == "vet":
        n.age = r.randint(90, 101)
    if kind == "r":
        spec = _RAD["cspine"] if scen == "spine" and r.random() < 0.4 else _RAD[scen]
        opts = [x for x in spec["ind"] if not (n.old and ("{sport}" in x or "tackle" in x))]
        n.spec, n.ind = spec, r.choice(opts)
        n.ctx = ("sport_r" if "{sport}" in n.ind or "tackle" in n.ind else
                 "work_r" if "work" in n.ind or "scaffold" in n.ind or scen == "ilo" else "other")
        return
    if scen == "work":
        n.inj = r.choice(_WORK_INJ)
    elif scen == "sport":
        n.inj = r.choice(_SPORT)
    elif scen == "rehab":
        n.inj = r.choice([x for x in _REHAB if x["old"] or not n.old])
        n.occupation = r.choice(["bus driver", "machinist", "school custodian", "bookkeeper", "welder",
                                 "electrician", "home health aide"])
    elif scen == "vet":
        n.inj = r.choice([x for x in _VET if x["lo"] <= n.age <= x["hi"]])
    else:
        n.inj = r.choice(_LUNG)
    if "occ" in n.inj:
        n.occupation = r.choice(n.inj["occ"])  # type: ignore[arg-type]


def _dis_filler(n: _Note, scen: str) -> tuple[dict[str, object], dict[str, list[str]]]:
    """Header facts and, per section, filler templates (masked markers allowed)."""
    r = n.r
    s: dict[str, list[str]] = {k: [] for k in ("cc", "proc", "hpi", "pmh", "social", "fam", "exam", "results",
                                                 "course", "meds_adm", "meds", "dispo", "dx", "cond", "instr",
                                                 "followup")}
    open_age = "{AGE_OVER_89:open}" if n.age >= 90 or n.old else "{ptage}"
    if scen == "work":
        inj = n.inj
        service = r.choice(["ORTHOPAEDICS", "ORTHOPAEDICS", "PLASTIC", "NEUROSURGERY", "SURGERY"])
        s["cc"].append(inj["cc"])
        s["proc"].append(inj["proc"])
        s["hpi"] += [f"{open_age} year old right-hand-dominant {{occupation}} who on ___ {inj['hpi']}.",
                     "Incident reported to the employer the same day; the event is an OSHA-recordable injury.",
                     r.choice(["Denies prior injury to this area.", "Had a similar but milder episode two years "
                               "ago that resolved with PT.", "No head strike, no loss of consciousness."]),
                     "Tetanus updated in the ED (Tdap, lot {lot}).", "Pain {n:5_9}/10 on arrival."]
        s["exam"] += ["VS: {vitals}", inj["exam"], "Neuro: alert and oriented; strength otherwise 5/5; "
                      "sensation intact to light touch."]
        s["results"] += _labs(n) + [inj["img"]]
        s["course"] += [inj["course"], "Pain controlled with a multimodal regimen; transitioned to oral "
                        "medications by hospital day {n:2_4}.",
                        "Occupational medicine consulted: discussed work restrictions, the NIOSH lifting equation "
                        "for the patient's usual task (recommended weight limit {n:18_30} lb), and a plan for a "
                        "functional capacity evaluation before full duty.",
                        "DVT prophylaxis with enoxaparin while inpatient; no events."]
        if r.random() < 0.6:
            s["course"].append(_fce(n))
        s["dx"].append(inj["dx"])
        s["instr"] += ["Work restrictions: " + inj["restr"], "You may return to modified duty when the restrictions "
                       "above can be accommodated; bring the work status form to your employer.",
                       "Workplace safety concerns can be reported to OSHA at 1-800-321-6742 or www.osha.gov.",
                       "Call your surgeon for fever > 101.5 F, increasing redness, drainage, or numbness."]
        s["pmh"] += r.sample(["Hypertension", "Hyperlipidemia", "Obesity (BMI {n:30_38})", "Tobacco use, 1 ppd",
                              "Prior {side} ankle sprain", "GERD", "Type 2 diabetes (A1c {t:62_84}%)"], 3)
        s["social"] += ["Works as {aocc}, {n:2_25} years in the trade; usual job requires lifting up to "
                        "{n:40_100} lb, climbing and overhead work.",
                        r.choice(["Smokes about half a pack a day.", "Never smoker.", "Quit smoking in 2015."]),
                        "Alcohol: a few beers on weekends. No drug use."]
    elif scen == "sport":
        inj = n.inj
        service = r.choice(["ORTHOPAEDICS", "ORTHOPAEDICS", "NEUROSURGERY", "MEDICINE"])
        s["cc"].append(inj["cc"])
        s["proc"].append(inj["proc"])
        s["hpi"] += [f"{{ptage}} year old {{year}} {{sport}} player (jersey {{jersey}}, {{position}}) who "
                     f"{inj['hpi']}.", "No prior injury to this area. Baseline ImPACT on file from preseason.",
                     "Ottawa ankle rules negative in the ED; no neck pain; cleared the cervical spine clinically."]
        s["exam"] += ["VS: {vitals}", inj["exam"], f"Shoe size {r.choice(['9', '10.5', '11', '11.5', '12', '13'])} "
                      "per the equipment manager for custom orthotics." if r.random() < 0.5 else
                      "Gait antalgic on crutches."]
        s["results"] += _labs(n) + [inj["img"]]
        s["course"] += [inj["course"], "Sports medicine reviewed NCAA and state association return-to-play "
                        "requirements with the patient and family.",
                        "Isokinetic testing (Biodex System 4) will be repeated at 4 and 6 months: goal quadriceps "
                        "limb symmetry index > 90% at 60 deg/s and single-leg hop LSI > 90%."]
        s["dx"].append(inj["dx"])
        s["instr"] += ["Activity: " + inj["restr"], "Cardio on a stationary bike as tolerated; VO2-based "
                       "conditioning plan from the strength coach only after clearance.",
                       "Return to the ED for worsening headache, repeated vomiting, weakness or numbness."]
        s["pmh"] += r.sample(["Asthma, exercise-induced", "ADHD", "Prior concussion (x1)", "Osgood-Schlatter "
                              "disease (resolved)", "None"], 2)
        s["social"] += ["Full-time student; lives in a dormitory during the season.", "No tobacco, alcohol or "
                        "drugs. No supplements other than creatine."]
    elif scen == "rehab":
        inj = n.inj
        service = "PHYSICAL MEDICINE & REHABILITATION"
        s["cc"].append(inj["cc"])
        s["proc"].append("None")
        s["hpi"] += [f"{open_age} year old {{man}} {inj['hpi']}.", "Pre-morbid: independent in ADLs and "
                     "community ambulation without a device; drove.", "Transferred from the acute service on ___."]
        s["exam"] += ["VS: {vitals}", "Neuro: strength {n:2_4}/5 in the affected limbs; Modified Ashworth 1+ at the "
                      "elbow flexors; sensation decreased to pinprick; Hoffmann negative; Babinski upgoing on the "
                      "affected side." if r.random() < 0.6 else "Residual limb: well-healed incision, no "
                      "erythema; shrinker in place; hip flexion contracture {n:5_15} degrees.",
                      "Cognition: MoCA {n:16_28}/30; follows 2-step commands."]
        s["results"] += _labs(n)
        s["course"] += ["Participated in 3 hours of therapy a day, 5 days a week (PT, OT, SLP).",
                        "PT: Berg Balance {n:18_40}->{n:38_54}/56; 10-m walk {t:3_9}->{t:6_12} m/s; 6-minute walk "
                        "{n:60_180}->{n:180_360} m with a {rw}; Lokomat gait training x{n:6_14} sessions (body-weight "
                        "support 30%, guidance force 70%) then AlterG treadmill.".replace(
                            "{rw}", r.choice(["rolling walker", "hemi-walker", "quad cane", "single-point cane"])),
                        "OT: ADL retraining with a reacher and sock aid; tub transfer bench; home safety "
                        "evaluation recommended grab bars.", _fim(n),
                        "Bowel and bladder: timed voiding; Foley removed on rehab day {n:2_5}; post-void residuals "
                        "under 150 mL."]
        if inj["cc"].startswith("Traumatic"):
            s["course"].append("Cognition: Rancho Los Amigos level progressed from IV to VII; Glasgow Coma Scale "
                               "15 throughout; amantadine for arousal and attention.")
        s["dx"].append(inj["dx"])
        s["instr"] += ["Continue the home exercise program daily. Use your walker at all times.",
                       "Fall precautions. Do not drive until cleared by your physician.",
                       "Outpatient PT/OT/SLP 2-3 times a week."]
        s["pmh"] += r.sample(["Hypertension", "Type 2 diabetes", "Atrial fibrillation (CHA2DS2-VASc {n:2_5})",
                              "Chronic kidney disease stage 3a", "Depression", "Obstructive sleep apnea on CPAP",
                              "s/p Whipple procedure for a pancreatic neuroendocrine tumor"], 3)
        s["social"] += ["Former {occupation}; retired." if n.old else "Works as {aocc}.",
                        "Home: single-level ranch, 3 steps to enter with rail." if r.random() < 0.5 else
                        "Home: apartment with elevator access.", "Remote tobacco; no alcohol."]
    elif scen == "vet":
        inj = n.inj
        service = r.choice(["MEDICINE", "PSYCHIATRY", "PHYSICAL MEDICINE & REHABILITATION", "MEDICINE"])
        s["cc"].append(inj["cc"])
        s["proc"].append("None")
        s["hpi"] += [f"{open_age} year old {{man}}, {inj['hpi']}.", "Screened with the C-SSRS; Veterans Crisis "
                     "Line information (dial 988, then press 1) provided."]
        if n.age >= 88:
            s["social"] += [r.choice(["Served in the Army 1951-1953 in Korea; discharged as a Corporal.",
                                      "Served in the Navy in the Pacific 1943-1946 as a machinist's mate.",
                                      "Served in the Army Air Forces 1944-1946; later a postal carrier for 30 "
                                      "years."]), "Lives in the Community Living Center; wheelchair for distances."]
            s["exam"] += ["VS: {vitals}", "General: frail, hard of hearing (bilateral aids); oriented to self "
                          "and place.", "Neuro: masked facies, cogwheel rigidity, shuffling gait; no tremor at rest."]
        elif n.age >= 65:
            s["social"] += [r.choice(["Vietnam-era Army veteran (1968-1970), 1st Cavalry Division; later a "
                                      "lineman for 30 years.", "Served in the Marine Corps 1966-1969 (III MAF); "
                                      "retired machinist.", "Navy 1970-1974 aboard a destroyer; retired "
                                      "electrician."]), "Service-connected {n:3_9}0% (hearing loss, tinnitus, "
                            "diabetes under the Agent Orange presumption).", "Lives with {his} {relation}."]
            s["exam"] += ["VS: {vitals}", "Lungs: crackles at the right base; egophony.", "Ext: trace edema; "
                          "monofilament sensation absent at the toes bilaterally."]
        else:
            unit = r.choice(["the 101st Airborne Division", "1st Battalion, 5th Marines", "the 10th Mountain "
                             "Division", "a Navy Seabee battalion", "the 82nd Airborne Division",
                             "a National Guard transportation company"])
            mos = r.choice(["11B", "88M", "0311", "68W", "12B"])
            rank = r.choice(["a SGT (E-5)", "a SSG (E-6)", "a SPC (E-4)", "a Cpl (E-4)"])
            s["social"] += [f"Served {{n:4_12}} years with {unit} (MOS {mos}), deployments to Iraq and "
                            f"Afghanistan; separated as {rank}.",
                            "Service-connected {n:3_9}0% (PTSD, tinnitus, lumbosacral strain).",
                            "Blast exposures x{n:2_5} with brief alteration of consciousness (mTBI)."]
            s["exam"] += ["VS: {vitals}", "Mental status: guarded, hypervigilant; denies active suicidal "
                          "ideation; PHQ-9 {n:10_24}.", "Residual limb: 2 cm area of skin breakdown over the "
                          "distal femur; Tinel sign positive over a palpable neuroma." if "amput" in str(inj["dx"])
                          else "Lungs: scattered end-expiratory wheeze; no crackles."]
        s["results"] += _labs(n)
        if "burn pit" in str(inj["cc"]):
            s["results"].append("PFTs: FEV1 {t:18_36} L ({n:55_85}% predicted), FVC {t:28_48} L, DLCO {n:55_90}%; "
                                "cardiopulmonary exercise test peak {t:55_85} METs.")
        s["course"] += ["Seen by the PACT team; Whole Health coaching offered.",
                        "Prosthetics: socket adjusted; new gel liner; C-Leg settings reviewed by the prosthetist."
                        if "amput" in inj["dx"] else "Medications reconciled; fall precautions; PT and OT "
                        "evaluations.", "Audiology: bilateral high-frequency sensorineural hearing loss; aids "
                        "cleaned and reprogrammed (firmware 4.2.1)."]
        s["dx"].append(inj["dx"])
        s["instr"] += ["If you are in crisis, call the Veterans Crisis Line: dial 988 then press 1, or text "
                       "838255. More information: www.va.gov.", "Keep your appointments with your PACT team.",
                       "Avoid alcohol while taking these medications."]
        s["pmh"] += r.sample(["PTSD", "Tinnitus", "Chronic low back pain", "Hypertension", "Obstructive sleep "
                              "apnea", "Hyperlipidemia", "Benign prostatic hyperplasia"], 3)
    else:  # lung
        inj = n.inj
        service = "MEDICINE"
        s["cc"].append(inj["cc"])
        s["proc"].append(r.choice(["None", "Thoracentesis", "Bronchoscopy with BAL"]))
        s["hpi"] += [f"{open_age} year old former {{occupation}} with {inj['hpi']}.", "Exposure history obtained "
                     "in detail; respirator use was inconsistent; fit testing (3M 1860 N95) only in recent years.",
                     "Dyspnea mMRC grade {n:2_4}."]
        s["exam"] += ["VS: {vitals}", "Lungs: fine bibasilar crackles; no clubbing." if r.random() < 0.5 else
                      "Lungs: diffuse expiratory wheeze, prolonged expiratory phase.",
                      "CV: regular rate and rhythm; JVP not elevated; no edema."]
        s["results"] += _labs(n) + ["PFTs: FEV1 {t:12_30} L ({n:40_75}% predicted), FVC {t:20_40} L "
                                    "({n:50_85}%), DLCO {n:35_70}%.", "Chest film ILO classification 1/1 q/t, "
                                    "pleural plaques absent." if r.random() < 0.5 else
                                    "HRCT: upper-lobe predominant centrilobular nodules with eggshell hilar "
                                    "node calcification."]
        s["course"] += ["Treated with bronchodilators and a short steroid course; 6-minute walk SpO2 nadir "
                        "{n:84_90}% qualifying for ambulatory oxygen.", "Occupational history reported to the "
                        "state surveillance program; NIOSH resources (www.cdc.gov/niosh) given to the patient.",
                        "Counseled on removal from further exposure; vocational rehabilitation referral."]
        s["dx"].append(inj["dx"])
        s["instr"] += ["Use oxygen with exertion and sleep. No smoking.", "Avoid further dust and fume exposure; "
                       "discuss job accommodation with your employer."]
        s["pmh"] += r.sample(["COPD", "Hypertension", "Former smoker, 20 pack-years", "GERD", "Latent TB "
                              "(treated)", "Osteoarthritis of the knees"], 3)
        s["social"] += ["Worked as {aocc} for many years; now on medical leave.", "Quit tobacco 5 years ago."]

    s["fam"].append(r.choice(["Father with MI at 58; mother with COPD.", "Non-contributory.", "Mother with "
                              "Parkinson disease; brother with type 2 diabetes.", "No family history of sudden "
                              "cardiac death."]))
    meds = r.sample(_MEDS[scen], min(len(_MEDS[scen]), r.randint(4, 7)))
    adm = r.sample(meds, min(len(meds), r.randint(1, 3)))
    s["meds_adm"] += [f"{k}. {m}" for k, m in enumerate(adm, 1)] if scen != "sport" else ["None"]
    s["meds"] += [f"{k}. {m}" for k, m in enumerate(meds, 1)]
    s["dispo"].append(r.choice(["Home", "Home With Service", "Extended Care", "Home"]) if scen != "rehab"
                      else r.choice(["Home With Service", "Home", "Extended Care"]))
    s["cond"] += ["Mental Status: Clear and coherent.", "Level of Consciousness: Alert and interactive.",
                  r.choice(["Activity Status: Ambulatory - requires assistance or aid (walker or cane).",
                            "Activity Status: Ambulatory - Independent.",
                            "Activity Status: Out of Bed with assistance to chair or wheelchair."])]
    s["followup"].append("___")
    s["results"].append(r.choice(["Vaccination record: influenza given this admission (lot {lot}).",
                                  "Discharge bed: {room} on the rehab unit." if scen == "rehab" else
                                  "ECG: sinus rhythm, normal intervals.", "UA: negative."]))
    s["course"].append(r.choice([
        "Billing: CPT 97110 (therapeutic exercise) and 97530 (therapeutic activities) documented by therapy.",
        "BP {bp} at discharge; HR in the 70s.",
        "Diet: regular; tolerated well.",
        "Stayed in {room}; roommate issues resolved.",
    ]))
    allergies = r.choice(["No Known Allergies / Adverse Drug Reactions", "Penicillins", "Codeine", "Sulfa "
                          "(Sulfonamide Antibiotics)", "latex", "Morphine"])
    return {"service": service, "allergies": allergies}, s


# Radiology: findings lines; "{key}" slots pick one (finding, impression or "") option from subs.
_RAD = {
    "knee": dict(
        exam="MRI OF THE {SIDE} KNEE WITHOUT CONTRAST",
        ind=("twisting injury playing {sport}, effusion, evaluate ACL and menisci", "knee pain after a fall from "
             "a loading dock at work, evaluate internal derangement", "locking and medial joint line pain, "
             "evaluate meniscal tear"),
        tech="Multiplanar, multisequence MR images of the {side} knee were obtained on a {scanner} without "
             "intravenous contrast: sagittal PD, sagittal PD fat-saturated, coronal T1, coronal and axial PD "
             "fat-saturated.",
        find=("Menisci: {mm}", "Ligaments: {lig}", "Extensor mechanism: quadriceps and patellar tendons intact; "
              "medial patellofemoral ligament intact.", "Cartilage: {cart}", "Bone marrow: {bm}",
              "Other: {eff} joint effusion. {cyst}"),
        subs={"mm": (("complex tear of the posterior horn of the medial meniscus extending to the inferior "
                      "articular surface; lateral meniscus intact.", "Complex tear of the posterior horn of the "
                      "medial meniscus."),
                     ("radial tear of the body of the lateral meniscus; medial meniscus intact.",
                      "Radial tear of the body of the lateral meniscus."),
                     ("both menisci intact without tear.", "")),
              "lig": (("complete tear of the anterior cruciate ligament with a horizontal residual stump; PCL "
                       "buckled but intact; MCL grade 2 sprain; LCL and posterolateral corner intact.",
                       "Complete ACL tear. Grade 2 MCL sprain."),
                      ("ACL and PCL intact; MCL grade 1 sprain; LCL complex intact.", "Low-grade MCL sprain; "
                       "cruciate ligaments intact."),
                      ("high-grade partial tear of the ACL; small Segond fracture fragment at the lateral tibial "
                       "plateau.", "High-grade partial ACL tear with a Segond fracture.")),
              "cart": (("patellar cartilage with grade 2 fissuring at the median ridge; femorotibial cartilage "
                        "preserved.", ""),
                       ("focal full-thickness chondral defect of the weight-bearing medial femoral condyle "
                        "measuring {n:6_12} mm.", "Full-thickness chondral defect of the medial femoral condyle."),
                       ("preserved in all three compartments.", "")),
              "bm": (("bone bruises of the lateral femoral condyle and posterolateral tibial plateau in a pivot-shift "
                      "pattern.", "Pivot-shift bone bruise pattern."),
                     ("no fracture or marrow edema.", ""),
                     ("subchondral edema of the medial femoral condyle without fracture line.", "")),
              "eff": (("Large", "Large joint effusion."), ("Moderate", ""), ("Small", "")),
              "cyst": (("Baker's cyst measuring {n:15_40} x {n:5_15} mm.", ""), ("No popliteal cyst. Hoffa's fat "
                       "pad unremarkable.", ""), ("Sequela of prior Osgood-Schlatter disease at the tibial "
                       "tubercle.", ""))},
        extra=("The popliteal neurovascular bundle is unremarkable.", "The iliotibial band is intact.",
               "No loose body is identified in the suprapatellar recess.", "The proximal tibiofibular joint is "
               "normal.", "Pes anserine bursa is not distended."),
        default="No internal derangement of the knee."),
    "shoulder": dict(
        exam="MRI {SIDE} SHOULDER WITHOUT CONTRAST",
        ind=("pain and weakness after pulling cable overhead at work, evaluate rotator cuff", "recurrent anterior "
             "dislocation, evaluate labrum", "posterior shoulder pain with overhead activity"),
        tech="Multiplanar, multisequence MR images of the {side} shoulder were obtained on a {scanner}: axial, "
             "oblique coronal and oblique sagittal proton density and T2 fat-saturated sequences.",
        find=("Rotator cuff: {cuff}", "Biceps: long head tendon located in the bicipital groove without tear.",
              "Labrum: {lab}", "Acromioclavicular joint: {ac}", "Bone marrow: {bm}",
              "Glenohumeral cartilage is preserved. Small joint effusion."),
        subs={"cuff": (("full-thickness tear of the supraspinatus measuring {n:8_20} mm AP with {n:10_30} mm "
                        "retraction; muscle bulk preserved (Goutallier grade 1).", "Full-thickness supraspinatus "
                        "tear with retraction as described, without muscle atrophy."),
                       ("partial-thickness articular-sided tear of the supraspinatus involving about 40% of tendon "
                        "thickness.", "Partial-thickness articular-sided supraspinatus tear."),
                       ("tendinosis of the supraspinatus without tear.", "Supraspinatus tendinosis without tear.")),
              "lab": (("anterior-inferior labral tear with a displaced fragment (Bankart lesion).", "Bankart "
                       "lesion."),
                      ("SLAP type II tear extending from 10 to 2 o'clock.", "Type II SLAP tear."),
                      ("intact.", "")),
              "ac": (("moderate arthrosis with inferior osteophytes; type II acromion (Bigliani).",
                      "Moderate AC joint arthrosis."), ("mild degenerative change; type I acromion.", "")),
              "bm": (("Hill-Sachs impaction of the posterolateral humeral head.", "Hill-Sachs lesion."),
                     ("no fracture.", ""), ("small cysts at the greater tuberosity.", ""))},
        extra=("The subacromial-subdeltoid bursa contains a small amount of fluid.", "The deltoid and teres minor "
               "are normal in bulk and signal.", "No paralabral cyst; the suprascapular notch is clear.",
               "The axillary pouch is not thickened."),
        default="No rotator cuff tear."),
    "spine": dict(
        exam="MRI LUMBAR SPINE WITHOUT CONTRAST",
        ind=("low back pain radiating to the {side} leg after lifting at work, evaluate disc herniation",
             "foot drop on the {side}, evaluate L4-L5", "persistent axial pain despite PT, work injury"),
        tech="Sagittal T1, T2 and STIR and axial T2 images of the lumbar spine were obtained on a {scanner}.",
        find=("Alignment: normal lordosis; no listhesis.", "Vertebral bodies: heights maintained; {modic}",
              "Conus: normal signal; terminates at L1.", "{lvl1}", "{lvl2}",
              "Paraspinal soft tissues: unremarkable. {tarlov}"),
        subs={"lvl1": (("L4-L5: {side} paracentral disc extrusion migrating inferiorly, contacting the traversing "
                        "{side} L5 nerve root; moderate {side} subarticular stenosis.", "{Side} paracentral L4-L5 "
                        "extrusion contacting the traversing {side} L5 root."),
                       ("L5-S1: {side} foraminal protrusion abutting the exiting L5 root.", "{Side} L5-S1 foraminal "
                        "protrusion abutting the exiting L5 root."),
                       ("L5-S1: broad-based disc bulge with an annular fissure; mild bilateral foraminal narrowing.",
                        "L5-S1 disc bulge with annular fissure; no nerve root compression.")),
              "lvl2": (("L3-L4: mild facet arthropathy; no stenosis.", ""), ("L2-L3: normal.", ""),
                       ("L1-L2: small Schmorl's node; no stenosis.", "")),
              "modic": (("Modic type 1 endplate changes at L4-L5.", "Modic type 1 endplate change at L4-L5."),
                        ("no marrow edema.", ""), ("Schmorl's nodes at L1 and L2.", "")),
              "tarlov": (("Incidental Tarlov cyst at S2.", ""), ("", ""), ("Kidneys unremarkable on the "
                         "localizer images.", ""))},
        extra=("The sacroiliac joints are partially imaged and unremarkable.", "No epidural collection.",
               "The visualized retroperitoneum is unremarkable.", "T12-L1 and L1-L2: no disc herniation."),
        default="No high-grade spinal canal stenosis."),
    "cspine": dict(
        exam="MRI CERVICAL SPINE WITHOUT CONTRAST",
        ind=("neck pain and {side} arm paresthesias after a fall at work, Spurling positive",
             "neck pain with {side} C6 radicular symptoms, overhead work",
             "stinger/burner symptoms after a tackle, evaluate cord and foramina"),
        tech="Sagittal T1, T2 and STIR and axial T2 and gradient-echo images were obtained on a {scanner}.",
        find=("Alignment: straightening of the normal lordosis; no listhesis.", "Vertebral bodies: heights "
              "maintained; no marrow edema.", "Cord: normal caliber and signal from the cervicomedullary junction "
              "to T2.", "{lvl1}", "{lvl2}", "Paraspinal soft tissues: unremarkable."),
        subs={"lvl1": (("C5-C6: disc osteophyte complex with moderate {side} neural foraminal narrowing; no cord "
                        "compression.", "Moderate {side} C5-C6 foraminal narrowing."),
                       ("C6-C7: {side} foraminal disc protrusion contacting the exiting C7 root.", "{Side} C6-C7 "
                        "foraminal protrusion contacting the exiting C7 root."),
                       ("C4-C5: central protrusion effacing the ventral CSF without cord signal change.",
                        "C4-C5 central protrusion without cord compression.")),
              "lvl2": (("C3-C4: mild uncovertebral hypertrophy.", ""), ("C7-T1: normal.", ""),
                       ("C6-C7: small central protrusion without cord contact.", ""))},
        extra=("The craniocervical junction is normal.", "Prevertebral soft tissues are not thickened.",
               "Vertebral artery flow voids are preserved.", "No ligamentous edema on STIR."),
        default="No cord signal abnormality."),
    "ilo": dict(
        exam="CHEST (PA AND LAT), ILO-CLASSIFIED SURVEILLANCE READ",
        ind=("{n:12_35} years of silica exposure, surveillance film", "an underground coal mining history, "
             "surveillance radiograph", "asbestos exposure as a pipefitter, evaluate for pleural plaques"),
        tech="Digital PA and lateral chest radiographs. Classification by a NIOSH-certified B reader according to "
             "the ILO International Classification of Radiographs of Pneumoconioses (2022 revision), using the ILO "
             "standard digital images on a medical-grade monitor.",
        find=("Image quality: {n:1_2}.", "Parenchymal abnormalities: {par}", "Large opacities: {lo}",
              "Pleural abnormalities: {pl}", "Symbols: {sym}.",
              "Heart size normal. No pleural effusion or pneumothorax. No acute consolidation."),
        subs={"par": (("small opacities present; primary shape/size q, secondary t; zones R upper and middle, L "
                       "upper and middle; profusion 1/0.", "Small rounded opacities, ILO profusion 1/0 q/t."),
                      ("small opacities present; primary p, secondary q; upper and middle zones bilaterally; "
                       "profusion 1/1.", "Small rounded opacities, ILO profusion 1/1 p/q."),
                      ("small opacities present; primary r, secondary q; profusion 2/1.", "Small rounded "
                       "opacities, ILO profusion 2/1 r/q."),
                      ("no small opacities (profusion 0/0).", "No parenchymal abnormality consistent with "
                       "pneumoconiosis (0/0).")),
              "lo": (("none.", ""), ("size A in the right upper zone.", "Large opacity category A."),),
              "pl": (("circumscribed pleural thickening (plaque), chest wall in profile, right, width a, extent 1; "
                      "calcification of the diaphragm.", "Calcified pleural plaques."),
                     ("none.", ""), ("costophrenic angle obliteration on the left.", "Left costophrenic angle "
                                     "obliteration.")),
              "sym": (("es, hi", "Eggshell calcification of hilar nodes."), ("ax", ""), ("none", ""),
                      ("hi", ""))},
        extra=("Osseous structures are intact.", "The mediastinal contours are normal.", "No free air beneath "
               "the diaphragm.", "The trachea is midline.", "Pleural thickening, diffuse: none.",
               "Other abnormalities: none.", "Comments: the worker need not see a personal physician because of "
               "the comments section.", "Cardiac silhouette normal; no aortic calcification."),
        default="No acute cardiopulmonary process."),
    "head": dict(
        exam="CT HEAD WITHOUT CONTRAST",
        ind=("helmet-to-helmet collision with brief LOC during {sport}, GCS 14", "fall from scaffold with "
             "headache, evaluate for hemorrhage", "new headache and dizziness with prior blast exposure"),
        tech="Contiguous axial images of the brain were obtained on a {ct} without contrast. Coronal and sagittal "
             "reformats were reviewed. DOSE: CTDIvol = {n:42_58}.{n:0_9} mGy (Head); DLP = {n:780_1190}.{n:0_9} "
             "mGy-cm.",
        find=("There is no evidence of acute intracranial hemorrhage, edema, mass effect or infarction.",
              "Gray-white matter differentiation is preserved. Ventricles and sulci are {vent}",
              "Basal cisterns are patent.", "{sinus}", "The orbits and mastoid air cells are clear."),
        subs={"vent": (("normal in size and configuration.", ""), ("mildly prominent, age-appropriate.", "")),
              "sinus": (("No calvarial fracture. Mild mucosal thickening in the maxillary sinuses.", ""),
                        ("No calvarial fracture. The paranasal sinuses are clear.", ""),
                        ("Small left frontal scalp hematoma without underlying fracture.", "Left frontal scalp "
                         "hematoma without fracture."))},
        extra=("No extra-axial collection.", "The calvarium and skull base are intact on bone windows.",
               "The visualized upper cervical spine is unremarkable.", "No hyperdense vessel sign."),
        default="No acute intracranial abnormality."),
    "hand": dict(
        exam="{SIDE} HAND AND WRIST, THREE VIEWS EACH",
        ind=("crush injury in a stamping press at work", "laceration from a band saw at work, evaluate for "
             "fracture or foreign body", "punched a wall, evaluate fifth metacarpal"),
        tech="PA, oblique and lateral views of the {side} hand and PA, oblique and lateral views of the {side} "
             "wrist. Splint material partially obscures fine bony detail on the lateral views.",
        find=("{fx}", "Joint spaces are preserved. No dislocation.", "{fb}",
              "Soft tissue swelling over the dorsum of the hand.", "Bone mineralization is normal."),
        subs={"fx": (("Comminuted fracture of the distal phalangeal tuft of the index finger.", "Comminuted tuft "
                      "fracture of the index finger."),
                     ("Transverse fracture of the fifth metacarpal neck with {n:25_45} degrees of volar angulation "
                      "(boxer's fracture).", "Fifth metacarpal neck fracture with volar angulation."),
                     ("Displaced fractures of the index and middle proximal phalanges.", "Displaced index and "
                      "middle proximal phalangeal fractures.")),
              "fb": (("No radiopaque foreign body.", ""), ("A 3 mm metallic density in the thenar soft tissues.",
                     "3 mm metallic foreign body in the thenar soft tissues."),
                     ("No radiopaque foreign body; soft tissue gas consistent with the laceration.", ""))},
        extra=("Wrist: the carpal alignment is normal; the scapholunate interval is not widened.", "Wrist: the "
               "distal radius and ulna are intact; ulnar variance is neutral.", "No periosteal reaction.",
               "No erosions or chondrocalcinosis.", "The pronator fat pad is not displaced.", "The thumb "
               "metacarpophalangeal and interphalangeal joints are normal.", "The scaphoid is intact on the "
               "dedicated views; no scaphoid waist lucency."),
        default="No acute fracture."),
}


def _rad_filler(n: _Note, scen: str) -> dict[str, list[str]]:
    r = n.r
    spec = n.spec
    s: dict[str, list[str]] = {k: [] for k in ("top", "exam", "indication", "technique", "comparison",
                                                 "findings", "impression", "notification", "addendum")}
    open_age = "{AGE_OVER_89:open}" if n.old else "{ptage}"
    s["exam"].append(spec["exam"])
    s["indication"].append(f"{open_age} year old {{man}} with {n.ind}.")
    s["technique"].append(spec["tech"])
    s["comparison"].append(r.choice(["None.", "___.", "Radiographs from {sd}.", "Prior study from ___.",
                                     "Outside radiographs, date unknown."] if not n.has_comparison_plant else
                                    ["Radiographs from {sd}.", "Prior study from ___."]))
    imps: list[str] = []
    for line in spec["find"]:
        for key, opts in spec["subs"].items():
            if "{" + key + "}" in line:
                finding, imp = r.choice(opts)
                line = line.replace("{" + key + "}", finding)
                if imp:
                    imps.append(imp)
        s["findings"].append(line.strip())
    extra = list(spec["extra"])
    r.shuffle(extra)
    s["findings"] += extra[:r.randint(1, 3)]
    n.rad_extra = extra[3:]
    if not imps:
        imps.append(spec["default"])
    if r.random() < 0.3:
        imps.append(r.choice(["Clinical correlation is recommended.", "Follow-up as clinically indicated."]))
    s["impression"] += [f"{k}. {x}" for k, x in enumerate(imps, 1)]
    if r.random() < 0.45:
        s["notification"].append("The findings were discussed with Dr. ___ by Dr. ___ on the telephone on ___ at "
                                 "{time}, {n:5_40} minutes after discovery of the findings.")
    tail = ["Motion artifact slightly limits evaluation." if scen != "ilo" else "Film quality 1 (good).",
            "Patient imaged in a Philadelphia collar placed by EMS." if spec is _RAD["cspine"] or scen == "head"
            else "Images reviewed on the PACS workstation.",
            "Scanner: {ct}." if scen == "head" else "No prior examination of this region in PACS."]
    s["findings"].append(r.choice(tail))
    return s


# --------------------------------------------------------------------------------------------------
# Assembly
# --------------------------------------------------------------------------------------------------

_DIS_ORDER = (("cc", "Chief Complaint:"), ("proc", "Major Surgical or Invasive Procedure:"),
              ("hpi", "History of Present Illness:"), ("pmh", "Past Medical History:"),
              ("social", "Social History:"), ("fam", "Family History:"), ("exam", "Physical Exam:"),
              ("results", "Pertinent Results:"), ("course", "Brief Hospital Course:"),
              ("meds_adm", "Medications on Admission:"), ("meds", "Discharge Medications:"),
              ("dispo", "Discharge Disposition:"), ("dx", "Discharge Diagnosis:"), ("cond", "Discharge Condition:"),
              ("instr", "Discharge Instructions:"), ("followup", "Followup Instructions:"))
_PROSE = ("hpi", "social", "indication", "technique", "comparison", "notification", "addendum")
_RAD_ORDER = (("top", ""), ("exam", "EXAMINATION:"), ("indication", "INDICATION:"), ("technique", "TECHNIQUE:"),
              ("comparison", "COMPARISON:"), ("findings", "FINDINGS:"), ("impression", "IMPRESSION:"),
              ("notification", "NOTIFICATION:"), ("addendum", "ADDENDUM:"))
_HEADER = ("Name:  {PERSON:hname}                  Unit No:   {MRN:hunit}\n\n"
           "Admission Date:  {DATE_REAL_YEAR:hadm}              Discharge Date:   ___\n\n"
           "Date of Birth:  {DATE_REAL_YEAR:hdob}             Sex:   {sex}\n\n")
_OVERMASK = re.compile(r"\b(Lachman|McMurray|Glasgow|GLASGOW|Hunt|Hess|Lewy|Parkinson|Spurling|Tinel|Phalen|Jobe|"
                       r"Hawkins|Kennedy|Neer|Babinski|Romberg|Hoffmann|Bankart|Segond|Ottawa|Baker)\b")

Block = tuple[list[Chunk], bool]  # (chunks, removable)


def _assemble(kind: str, header: list[Chunk], order: tuple[tuple[str, str], ...],
              secs: dict[str, list[Block]]) -> tuple[str, list[tuple[int, int, str]]]:
    parts: list[Chunk] = list(header)
    for key, title in order:
        blocks = secs.get(key, [])
        if not blocks:
            continue
        body: list[Chunk] = []
        joiner = " " if key in _PROSE else "\n"
        for k, (chunks, _) in enumerate(blocks):
            if k:
                body.append((joiner, None))
            body += chunks
        if kind == "d":
            parts += [(f"{title}\n", None), *body, ("\n\n", None)]
        elif key == "top":
            parts += [*body, ("\n\n", None)]
        elif key in ("findings", "impression"):
            parts += [(f"{title}\n\n", None), *body, ("\n\n", None)]
        else:
            parts += [(f"{title}  ", None), *body, ("\n\n", None)]
    text_parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    for t, cat in parts:
        if cat is not None:
            spans.append((pos, pos + len(t), cat))
        text_parts.append(t)
        pos += len(t)
    text = "".join(text_parts).rstrip("\n") + "\n"
    return text, spans


def holdout22_note(seed: int, i: int) -> LabelledNote:
    """Note ``i`` of corpus 22 for ``seed`` (pure function of both)."""
    prof, cats = _profile(seed, i)
    n = _Note(seed, i)
    r = n.r
    n.heavy = prof == "heavy"
    kind = "d" if any(c in DISCHARGE_ONLY for c in cats) or r.random() < _P_DISCHARGE else "r"
    n.old = "AGE_OVER_89" in cats
    if n.old:
        scen = r.choice(_OLD_OK[kind])
        n.age = r.randint(90, 99)
    else:
        scen = r.choices(_DIS_SCEN if kind == "d" else _RAD_SCEN, _DIS_W if kind == "d" else _RAD_W)[0]
        if kind == "d" and scen == "vet" and r.random() < 0.3:
            n.age = r.randint(70, 88)
    _pre(n, kind, scen)

    # ---- plants
    n.todo = list(cats)
    forced: list[tuple[str, str]] = []
    placed: dict[str, list[list[Chunk]]] = {}
    used: list[str] = []
    for cat in cats:
        if cat not in n.todo:
            continue  # consumed as a secondary marker by an earlier template
        n.todo.remove(cat)
        pool = [p for p in _pool(cat, kind, scen, n.ctx) if p[1] not in used]
        if not pool:
            pool = _pool(cat, kind, scen, n.ctx) or [(sec, tpl) for c, ks, _, sec, tpl in _T
                                                     if c == cat and kind in ks]
        sec, tpl = r.choice(pool)
        if sec == "hdr" and (kind == "r" and cat != "AGE_OVER_89"):
            sec = "top"
        used.append(tpl)
        if sec == "hdr":
            m = _MARK.search(tpl)
            assert m is not None
            forced.append((m.group(1), m.group(2) or ""))
            continue
        placed.setdefault(sec, []).append(n.render(tpl, primary=cat))
    assert not n.todo, n.todo
    n.has_comparison_plant = "comparison" in placed

    # ---- filler
    if kind == "d":
        meta, fill = _dis_filler(n, scen)
        order = _DIS_ORDER
    else:
        meta, fill = {}, _rad_filler(n, scen)
        order = _RAD_ORDER
    # masked look-alike contexts: the same kinds of sentences with every identifier masked
    n_masked = r.randint(9, 13) if n.heavy else r.randint(1, 3)
    masked_pool = [(sec, tpl) for c, ks, scs, sec, tpl in _T
                   if kind in ks and sec != "hdr" and (scs is None or scen in scs or n.ctx in scs)
                   and tpl not in used]
    masked_pool = list(dict.fromkeys(masked_pool))
    for sec, tpl in r.sample(masked_pool, min(n_masked, len(masked_pool))):
        fill.setdefault(sec, []).append(tpl)
    secs: dict[str, list[Block]] = {}
    for key, tpls in fill.items():
        blocks: list[Block] = []
        for k, tpl in enumerate(tpls):
            chunks = n.render(tpl, forced=tuple(forced))
            if n.heavy:
                chunks = [(_OVERMASK.sub("___", t) if c is None and r.random() < 0.5 else t, c) for t, c in chunks]
            blocks.append((chunks, k > 0 and key not in ("cc", "proc", "dx", "meds", "followup")))
        secs[key] = blocks
    for sec, plist in placed.items():
        blocks = secs.setdefault(sec, [])
        for chunks in plist:
            lo = 1 if sec in ("hpi", "indication", "dispo", "followup", "technique") and blocks else 0
            blocks.insert(r.randint(lo, len(blocks)), (chunks, False))
    if kind == "d":
        hdr_tpl = _HEADER + (f"Service: {meta['service']}\n\nAllergies:\n{meta['allergies']}\n\n"
                             "Attending: {PERSON:hatt}.\n\n")
        header = n.render(hdr_tpl, forced=tuple(forced))
    else:
        header = []
    text, spans = _assemble(kind, header, order, secs)
    # keep notes between 1 and 6 KB: drop optional filler blocks if too long
    while len(text) > 6000:
        cands = [(k, j) for k, bl in secs.items() for j, (_, rem) in enumerate(bl) if rem]
        if not cands:
            break
        k, j = r.choice(cands)
        del secs[k][j]
        text, spans = _assemble(kind, header, order, secs)
    pad = [*n.rad_extra, "Images were reviewed on the PACS workstation.",
           "Visualized soft tissues are otherwise within normal limits.", "No additional abnormality is identified."]
    while len(text) < 1000 and kind == "r" and pad:
        secs["findings"].insert(len(secs["findings"]) - 1, ([(pad.pop(0), None)], True))
        text, spans = _assemble(kind, header, order, secs)
    return LabelledNote("discharge" if kind == "d" else "radiology", text, spans)


def holdout22_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout22_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = measure(
        holdout22_corpus, argv,
        "Held-out corpus 22 (blind): occupational medicine, rehabilitation, veterans and sports medicine notes")
    report("holdout22", args, notes, hits, res)


if __name__ == "__main__":
    main()
