"""Held-out corpus 71: rural, frontier and tribal health around an admission.

MIMIC-IV-Note-shaped notes from Indian Health Service and tribal hospitals, critical access
hospitals (CAHs), frontier clinics and the hubs they transfer to: most identifiers are ``___``,
unmasked dates are shifted into 2100-2200 and never labelled, ~58% of notes carry 1-4 identifiers
that escaped masking, and 5% are heavy (many ``___``, no plants).

Document kinds (note type in brackets):

- ``ihs_discharge`` [discharge] IHS / tribal hospital discharge summary;
- ``cah_transfer`` [discharge] critical access hospital inter-facility transfer summary;
- ``prc_referral`` [discharge] Purchased/Referred Care (PRC) authorization and referral note;
- ``chr_home_visit`` [discharge] community health representative (CHR) post-discharge home visit;
- ``telehealth_consult`` [discharge] hub-and-spoke telemedicine consult (tele-stroke, tele-ICU, tele-cardiology);
- ``transport_record`` [discharge] fixed-wing / rotor / long-distance ground transfer record;
- ``frontier_clinic`` [discharge] frontier clinic (PA/NP) encounter ending in admission;
- ``med_rec_mail_order`` [discharge] discharge medication reconciliation with mail-order refills;
- ``exposure_consult`` [discharge] well-water / agricultural exposure consult;
- ``swing_bed`` [discharge] CAH swing-bed admission and discharge summary;
- ``telerad_ct`` [radiology] teleradiology CT read for a CAH (preliminary and final);
- ``frontier_ultrasound`` [radiology] frontier clinic ultrasound (OB, FAST, RUQ) with remote review;
- ``transfer_overread`` [radiology] over-read of outside transfer imaging at the receiving hub;
- ``remote_cxr`` [radiology] CAH portable chest radiograph read remotely;
- ``mobile_imaging`` [radiology] visiting mobile MRI / CT coach study;
- ``telerad_addendum`` [radiology] teleradiology discrepancy addendum and critical-result log.

Label policy (copied from the brief):
PERSON is one span per name (given and family together, titles outside); LOCATION is a place below
state level (a street line is STREET_ADDRESS; town and ZIP are separate spans; states and countries
are never labelled, and "New York" alone is the state); ORGANIZATION is a named hospital, practice,
pharmacy (a chain's store too), agency, school or employer, never a generic department, and never a
drug maker, biotech or trial sponsor named as such (a jail, prison or court is one; a payer or
insurer named as such is not). DATE_REAL_YEAR is a whole date carrying a year 1900-2030 (a bare
year is not labelled; a device, drug or lot expiry date is not labelled; a death date is).
AGE_OVER_89 labels the digits of ages >= 90. DEVICE_ID is a device serial (for a GS1 UDI only the
(21) serial) or a hospital asset tag; lot, GTIN, REF, model and expiry are not identifiers. A
toll-free phone number (800, 888, 877, 866, 855, 844, 833) is a public line: never labelled; a
device maker's or vendor's toll-free fax neither, a practice's toll-free fax is FAX. ACCOUNT covers
account, encounter, incident/run, accession, order, requisition, claim and specimen numbers, and a
vendor's call or session id for the patient's encounter; HEALTH_PLAN member, subscriber and policy
ids (an employer's group number is not the member's id: leave it unlabelled); LICENSE medical,
nursing, EMS, DEA and driver's licences and a clinician's NPI. Spans hold the value only: cue words
("Dr.", "MRN:", "pager", "Fax", "SN", "plate", "Acct") and credentials ("MD", "RN") stay outside.

Label choices of this corpus beyond the policy:

- Tribal enrollment numbers and CIB (Certificate of Degree of Indian Blood) numbers are written
  masked (``___``) and have no category. Tribes and nations (Navajo Nation, Oglala Sioux Tribe,
  ...), the Indian Health Service, the PRC programme as such, HRSA, CMS, EPA and other federal or
  tribal public bodies stay unlabelled.
- A tribal clinic, a chapter-house health station, an IHS or tribal hospital, a CAH, a hub
  hospital, a tribal or county ambulance service, an air-ambulance operator, a teleradiology or
  telehealth group, a mail-order or local pharmacy, a dialysis unit, a care centre, a home-health
  agency, a county or tribal health department, a tribal police department or sheriff's office, a
  school, and an employer (feedlot, farm co-op, ranch, grain elevator, cattle company) is
  ORGANIZATION.
- A named town, village, pueblo, chapter, county, borough or reservation is LOCATION; the span holds
  the whole name including a generic head word that belongs to it ("Apache County",
  "Pine Ridge Reservation", "Lukachukai Chapter", "Zuni Pueblo").
- A rural route, HC box, P.O. box or BIA / tribal route line with a house number or mile marker is
  STREET_ADDRESS, and so are home-finding directions that locate the patient's house (road + mile
  marker or landmark + house count, e.g. "BIA Rte 12 mile 7, 3rd house past the chapter house"),
  one span from the road to the house; an unnamed "the chapter house" alone is not labelled.
- PRC authorization and referral numbers, telehealth platform session ids, flight incident and
  ground run numbers, radiology accession numbers, mail-order order and prescription numbers,
  claim, requisition and specimen numbers are ACCOUNT.
- AHCCCS / state Medicaid ids, Medicare MBIs and private-plan member, subscriber or policy ids are
  HEALTH_PLAN; group numbers stay unlabelled.
- Aircraft tail numbers, ambulance and private vehicle plates and VINs are VEHICLE_ID; aircraft
  and vehicle models (Pilatus PC-12, King Air 200, Bell 407) are look-alikes.
- Telemedicine cart, portable ultrasound and CT scanner asset tags and serials of home oxygen
  concentrators, insulin pumps and implanted devices are DEVICE_ID.
- A chapter house's or neighbour's phone where the family takes messages is PHONE (not toll-free).
- NREMT / EMT and paramedic certificate numbers are LICENSE.
- Interpreters', CHRs', pilots' and family members' names are PERSON.
- Toll-free public lines (Poison Help, 988, vendors' toll-free lines), public websites (ihs.gov,
  cdc.gov, epa.gov) and drug / device makers are look-alikes.

Written blind: I read only the corpus brief (bench/holdout_corpus_task.md),
``lqs_clinical/synth/holdout_measure.py``, the first 45 lines of ``lqs_clinical/synth/notes.py``,
``pyproject.toml``, the start of ``/work/shared/reference/known-data-issues.md``,
``/work/shared/data/SOURCES.md`` and a few of the PyHealth synthetic note-shaped samples. I did not
read the detector, its rules, any other corpus, any other test or any history, and never ran the
detector.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable

from lqs_clinical.synth import holdout_measure
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

Part = tuple[str, str | None]

# --------------------------------------------------------------------------------------------------
# Surrogate values (fictitious)
# --------------------------------------------------------------------------------------------------

_FIRST = (
    "Delbert",
    "Marlene",
    "Roberta",
    "Ambrose",
    "Loretta",
    "Virgil",
    "Darlene",
    "Lorenzo",
    "Winona",
    "Calvin",
    "Geraldine",
    "Leland",
    "Rosalind",
    "Elvira",
    "Harlan",
    "Tamsin",
    "Orville",
    "Bernadine",
    "Wilfred",
    "Sharlene",
    "Emmett",
    "Philomena",
    "Duane",
    "Ardith",
    "Jolene",
    "Thurman",
    "Celestine",
    "Merle",
    "Lavonne",
    "Rudy",
    "Nadine",
    "Vernon",
    "Evangeline",
    "Floyd",
    "Raylene",
    "Sonny",
    "Ione",
    "Kateri",
    "Lucinda",
    "Eldon",
    "Marvella",
    "Tobias",
    "Shandiin",
    "Nizhoni",
    "Ahiga",
    "Tayanita",
    "Wanbli",
    "Chayton",
    "Oksana",
    "Ignatius",
    "Perpetua",
    "Augustin",
    "Reva",
    "Dwayne",
    "Cordelia",
)
_LAST = (
    "Begay",
    "Yazzie",
    "Tsosie",
    "Benally",
    "Etsitty",
    "Manygoats",
    "Two Bulls",
    "Brings Plenty",
    "Iron Shell",
    "Runs Above",
    "Yellow Horse",
    "Kills Enemy",
    "Honanie",
    "Lomayestewa",
    "Quetawki",
    "Lucero",
    "Chavarria",
    "Tafoya",
    "Ayagalria",
    "Kasayulie",
    "Kingbird",
    "Morsette",
    "Gourneau",
    "Wolfchild",
    "Bird Rattler",
    "Old Coyote",
    "Plenty Hoops",
    "Lente",
    "Vigil",
    "Gallegos",
    "Archuleta",
    "Chee",
    "Lapahie",
    "Skenandore",
    "Hardesty",
    "Voss",
    "Pruett",
    "Kessler",
    "Lindqvist",
    "Haugen",
    "Brekke",
    "Tso",
    "Nakai",
    "Sandoval",
    "Bitsui",
    "Lee-Sampson",
    "Spotted Elk",
    "Red Owl",
    "Standing Bear",
    "Oyenque",
    "Naranjo",
    "Kaskalla",
    "Nashoba",
    "O'Dell",
    "McCaffery",
    "Thorvaldsen",
    "Whitebird",
)
_TOWNS = (
    "Chinle",
    "Kayenta",
    "Tuba City",
    "Crownpoint",
    "Shiprock",
    "Ganado",
    "Lukachukai",
    "Teec Nos Pos",
    "Many Farms",
    "Tsaile",
    "Pinon",
    "Rough Rock",
    "Kyle",
    "Wanblee",
    "Porcupine",
    "Eagle Butte",
    "Dupree",
    "Fort Yates",
    "Cannon Ball",
    "Lame Deer",
    "Busby",
    "Lodge Grass",
    "Pryor",
    "Browning",
    "Heart Butte",
    "Hays",
    "Lodge Pole",
    "Poplar",
    "Wolf Point",
    "Belcourt",
    "Dunseith",
    "Sells",
    "Whiteriver",
    "Cibecue",
    "San Carlos",
    "Peach Springs",
    "Supai",
    "Hotevilla",
    "Polacca",
    "Kykotsmovi",
    "Dulce",
    "Mescalero",
    "Fort Duchesne",
    "Owyhee",
    "Fort Hall",
    "Nixon",
    "Schurz",
    "Ethete",
    "Fort Washakie",
    "Bethel",
    "Kotzebue",
    "Hooper Bay",
    "Chevak",
    "Aniak",
    "Toksook Bay",
    "Quinhagak",
    "Unalakleet",
    "Fort Yukon",
    "Emmonak",
    "Neah Bay",
    "Taholah",
    "Lapwai",
    "Kamiah",
    "Ponemah",
    "Lac du Flambeau",
    "Gallup",
    "Farmington",
    "Rapid City",
    "Havre",
    "Glasgow",
    "Cut Bank",
    "Mobridge",
    "Winnemucca",
    "Elko",
    "Riverton",
    "Lander",
)
_PUEBLOS = (
    "Zuni Pueblo",
    "Laguna Pueblo",
    "Acoma Pueblo",
    "Santo Domingo Pueblo",
    "Ohkay Owingeh",
    "Jemez Pueblo",
    "Isleta Pueblo",
    "Taos Pueblo",
)
_CHAPTERS = (
    "Lukachukai Chapter",
    "Rough Rock Chapter",
    "Tohatchi Chapter",
    "Red Mesa Chapter",
    "Dennehotso Chapter",
    "Kaibeto Chapter",
    "Chilchinbeto Chapter",
    "Nazlini Chapter",
    "Coyote Canyon Chapter",
    "Sweetwater Chapter",
)
_COUNTIES = (
    "Apache County",
    "McKinley County",
    "Oglala Lakota County",
    "Dewey County",
    "Big Horn County",
    "Glacier County",
    "Roosevelt County",
    "Rolette County",
    "Sioux County",
    "San Juan County",
    "Navajo County",
    "Blaine County",
    "Fremont County",
    "Ziebach County",
    "Yukon-Koyukuk Borough",
    "Northwest Arctic Borough",
    "Rosebud County",
    "Coconino County",
)
_RESERVATIONS = (
    "Pine Ridge Reservation",
    "Rosebud Reservation",
    "Standing Rock Reservation",
    "Wind River Reservation",
    "Fort Belknap Reservation",
    "Fort Peck Reservation",
    "Cheyenne River Reservation",
    "Turtle Mountain Reservation",
    "Fort Apache Reservation",
    "Duck Valley Reservation",
    "Uintah and Ouray Reservation",
)

_ORG_CLINIC = (
    "Red Mesa Indian Health Center",
    "Whitewater Canyon Tribal Clinic",
    "Sweetgrass Tribal Health Center",
    "Pinon Ridge Health Station",
    "Rough Rock Chapter Health Station",
    "Little Eagle Health Station",
    "Two Rivers Tribal Health Clinic",
    "Yukon Flats Subregional Clinic",
    "Tundra View Village Clinic",
    "Dry Creek Frontier Clinic",
    "Coyote Springs Community Clinic",
    "Blue Gap Health Station",
    "Sand Wash Family Clinic",
    "Otter Creek Village Clinic",
    "Buffalo Gap Indian Health Center",
)
_ORG_HOSP = (
    "Sagebrush Valley Critical Access Hospital",
    "Cedar Mesa Community Hospital",
    "Antelope Flats Memorial Hospital",
    "Painted Buttes Critical Access Hospital",
    "Juniper Springs Medical Center",
    "Prairie Wind Community Hospital",
    "Bitterroot Crossing CAH",
    "Mountain Crossing Regional Medical Center",
    "High Plains Regional Medical Center",
    "St. Brendan Regional Medical Center",
    "Rio Grande University Hospital",
    "Northern Plains Medical Center",
    "Canyon de Oro Indian Hospital",
    "Black Hills Service Unit Hospital",
    "Kuskokwim Regional Hospital",
    "Bear Paw Indian Hospital",
    "Salt Cedar Indian Medical Center",
    "Ponderosa Regional Health",
)
_ORG_EMPLOYER = (
    "Many Farms Community School",
    "Red Mesa Feedlot",
    "Hatch Valley Chile Cooperative",
    "Black Butte Grain Elevator",
    "Tri-County Sugar Beet Co-op",
    "Sweetwater Ranch",
    "Pinon Unified School",
    "Cottonwood Day School",
    "Bar T Cattle Company",
)
_ORG_AGENCY = (
    "Apache County Health Department",
    "Lame Deer Tribal Police Department",
    "Painted Desert Dialysis",
    "Prairie Rose Care Center",
    "Wind River Home Health",
    "Big Horn County Sheriff's Office",
    "Rolette County Public Health",
)
_ORG_PHARM = (
    "Mesa Rx Mail Service Pharmacy",
    "Four Winds Mail Order Pharmacy",
    "Kestrel Home Delivery Pharmacy",
    "Thrifty Corner Pharmacy",
    "Trading Post Drug",
    "Plains Mail Pharmacy Services",
)
_ORG_TELE = (
    "Basin Teleradiology Partners",
    "Summit Remote Radiology Group",
    "Open Range Teleradiology",
    "Prairie Tele-ICU Center",
    "Mountain Crossing TeleStroke Network",
    "Northern Lights Telehealth",
)
_ORG_AIR = (
    "High Desert AirMed",
    "Bighorn Air Medical",
    "Tundra Air Medevac",
    "Chinle Volunteer Ambulance",
    "Canyon Country Ambulance",
    "Big Horn Valley EMS",
    "Frontier Fixed Wing Services",
)

_AREA = (
    "505",
    "575",
    "928",
    "406",
    "701",
    "605",
    "907",
    "307",
    "208",
    "435",
    "918",
    "580",
    "715",
    "218",
    "775",
    "520",
    "970",
    "360",
)
_ZIP3 = (
    "865",
    "860",
    "873",
    "874",
    "877",
    "575",
    "576",
    "577",
    "592",
    "594",
    "595",
    "583",
    "585",
    "995",
    "996",
    "825",
    "832",
    "840",
    "894",
    "855",
    "859",
    "983",
    "545",
    "566",
)
_EMAIL_DOM = (
    "sagebrushcah.org",
    "redmesaihc.org",
    "twoeaglehealth.net",
    "frontier-clinic.us",
    "mesarx-mail.com",
    "gmail.com",
    "yahoo.com",
    "outlook.com",
    "basintelerad.com",
    "tribalhealth-chr.org",
    "hotmail.com",
    "ykdelta-health.org",
    "plainsmail.net",
    "icloud.com",
)
_URL_HOST = (
    "telehealth.sagebrushcah.org",
    "portal.redmesaihc.org",
    "visit.northernlightstele.com",
    "mychart.mtncrossing.org",
    "share.basintelerad.com",
    "www.givefund.me",
    "images.openrangetr.net",
    "chr.tribalhealth-chr.org",
    "meet.prairieteleicu.com",
    "refill.mesarx-mail.com",
)

_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
_ALNUM = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

# Look-alikes that are never labelled (each is used somewhere in the corpus).
EPONYMS_AND_BRANDS = (
    "Murphy's sign",
    "Kussmaul respirations",
    "Cheyne-Stokes",
    "Wells score",
    "Babinski",
    "Glasgow Coma Scale",
    "Trendelenburg",
    "Valsalva",
    "Homans sign",
    "Ranson criteria",
    "Child-Pugh",
    "Apgar",
    "Bishop score",
    "Leopold maneuvers",
    "Naegele's rule",
    "Foley",
    "Swan-Ganz",
    "Morison's pouch",
    "Kerley B lines",
    "Virchow's triad",
    "Hampton's hump",
    "Westermark sign",
    "Chiari network",
    "Hounsfield units",
    "Bosniak",
    "BI-RADS",
    "Fleischner",
    "TNKase",
    "Activase",
    "CroFab",
    "Anavip",
    "Protopam",
    "Lantus",
    "Humalog",
    "Eliquis",
    "Xarelto",
    "Jardiance",
    "Ozempic",
    "Lasix",
    "Coumadin",
    "Narcan",
    "Keppra",
    "Zofran",
    "Augmentin",
    "Rocephin",
    "Bactrim",
    "Tamiflu",
    "Paxlovid",
    "Dexcom G7",
    "FreeStyle Libre 3",
    "Omnipod 5",
    "Butterfly iQ+",
    "Philips Lumify",
    "GE Vscan Air",
    "Sonosite PX",
    "Zoll X Series",
    "LUCAS 3",
    "Hamilton T1",
    "EZ-IO",
    "Broselow tape",
    "Pilatus PC-12",
    "King Air 200",
    "Bell 407",
    "Inogen One G5",
    "Omnipaque 350",
    "Isovue-370",
    "Medtronic",
    "Novo Nordisk",
    "Navajo Nation",
    "Oglala Sioux Tribe",
    "Cheyenne River Sioux Tribe",
    "Crow Tribe",
    "Blackfeet Nation",
    "Indian Health Service",
    "www.ihs.gov",
    "https://www.cdc.gov/hantavirus",
    "epa.gov/privatewells",
    "1-800-222-1222",
    "988 Suicide & Crisis Lifeline",
    "Emergency Department",
    "Purchased/Referred Care office",
    "Blue Cross",
    "Medicaid",
    "Arizona",
    "New Mexico",
    "South Dakota",
    "Montana",
    "Alaska",
    "Mexico",
    "Canada",
    "Epic",
    "Cerner",
    "RPMS",
    "Sectra",
    "Vocera",
)

# --------------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------------


def _frac(x: float) -> float:
    return x - math.floor(x)


_PHI = (math.sqrt(5) - 1) / 2
_SQ2 = math.sqrt(2) - 1
_SQ3 = math.sqrt(3) - 1
_SQ7 = math.sqrt(7) - 2


class _Ctx:
    def __init__(self, rng: random.Random, heavy: bool):
        self.rng = rng
        self.heavy = heavy
        self.la: list[str] = []

    def pick(self, seq):
        return self.rng.choice(seq)

    def look(self, s: str) -> str:
        self.la.append(s)
        return s

    # dynamic look-alikes ------------------------------------------------------------------------
    def shifted(self) -> str:
        r = self.rng
        y, m, d = r.randint(2105, 2195), r.randint(1, 12), r.randint(1, 28)
        fmt = r.randrange(3)
        s = f"{y}-{m:02d}-{d:02d}" if fmt == 0 else (f"{m}/{d}/{y}" if fmt == 1 else f"{m:02d}/{d:02d}/{y}")
        return self.look(s)

    def lot(self) -> str:
        code = "".join(self.rng.choice(_ALNUM) for _ in range(self.rng.randint(5, 8)))
        return self.look(f"{self.pick(('Lot', 'LOT', 'lot #', 'Lot:'))} {code}")

    def ndc(self) -> str:
        r = self.rng
        return self.look(f"NDC {r.randint(1000, 99999):05d}-{r.randint(100, 9999):04d}-{r.randint(1, 99):02d}")

    def expiry(self) -> str:
        r = self.rng
        y, m, d = r.randint(2025, 2029), r.randint(1, 12), r.randint(1, 28)
        v = self.pick(
            (
                f"Exp {y}-{m:02d}",
                f"exp. {m:02d}/{d:02d}/{y}",
                f"Expires {y}-{m:02d}-{d:02d}",
                f"EXP {_MON[m - 1]} {y}",
                f"use by {m}/{d}/{y}",
            )
        )
        return self.look(v)

    def ref(self) -> str:
        r = self.rng
        return self.look(
            self.pick(
                (
                    f"REF {r.randint(10, 99)}-{r.randint(1000, 9999)}",
                    f"Model {self.pick(('EX', 'CX', 'TX', 'PX'))}-{r.randint(100, 990)}",
                    f"REF {self.pick(_LETTERS)}{r.randint(10000, 99999)}",
                )
            )
        )

    def age_young(self) -> str:
        a = self.rng.randint(10, 88)
        return self.look(self.pick((f"{a}-year-old", f"{a} y/o", f"{a} yo", f"age {a}")))

    def version(self) -> str:
        r = self.rng
        return self.look(
            f"{self.pick(('PACS', 'firmware', 'software', 'app'))} "
            f"v{r.randint(1, 12)}.{r.randint(0, 9)}.{r.randint(0, 30)}"
        )

    def group(self) -> str:
        return self.look(f"Group {self.pick(('#', 'No.', ''))}{self.rng.randint(1000, 999999):06d}".replace("  ", " "))

    def bare_year(self, prefix: str = "since") -> str:
        return self.look(f"{prefix} {self.rng.randint(1965, 2019)}")


def _mask_name() -> str:
    return "___"


# --------------------------------------------------------------------------------------------------
# Value generators
# --------------------------------------------------------------------------------------------------


def _name(c: _Ctx) -> str:
    r = c.rng
    f, last = r.choice(_FIRST), r.choice(_LAST)
    k = r.random()
    if k < 0.12:
        return f"{f} {r.choice(_LETTERS)}. {last}"
    if k < 0.2:
        return f"{f[0]}. {last}"
    if k < 0.26:
        return f"{last.upper()}, {f.upper()}" if " " not in last else f"{f} {last}"
    return f"{f} {last}"


def _phone_num(c: _Ctx, toll_free: bool = False) -> str:
    r = c.rng
    a = r.choice(("866", "877", "888", "855")) if toll_free else r.choice(_AREA)
    e, n = f"{r.randint(2, 9)}{r.randint(0, 9)}{r.randint(0, 9)}", f"{r.randint(0, 9999):04d}"
    fmt = r.randrange(8)
    return (
        f"({a}) {e}-{n}",
        f"{a}-{e}-{n}",
        f"{a}.{e}.{n}",
        f"{a} {e} {n}",
        f"1-{a}-{e}-{n}",
        f"+1 {a} {e} {n}",
        f"{a}{e}{n}",
        f"({a}){e}-{n}",
    )[fmt]


def _pager(c: _Ctx) -> str:
    r = c.rng
    k = r.randrange(5)
    if k == 0:
        return f"{r.randint(1000, 9999)}"
    if k == 1:
        return f"{r.randint(10000, 99999)}"
    if k == 2:
        return f"{r.randint(2, 9)}-{r.randint(1000, 9999)}"
    if k == 3:
        return f"{r.randint(100, 999)}"
    return _phone_num(c)


def _email(c: _Ctx) -> str:
    r = c.rng
    f, last = r.choice(_FIRST).lower(), r.choice(_LAST).lower().replace(" ", "").replace("'", "")
    local = r.choice(
        (f"{f}.{last}", f"{f[0]}{last}", f"{last}.{f[0]}", f"{f}{last}{r.randint(1, 99)}", f"{f}_{last}", f"chr.{last}")
    )
    return f"{local}@{r.choice(_EMAIL_DOM)}"


def _url(c: _Ctx) -> str:
    r = c.rng
    h = r.choice(_URL_HOST)
    tok = "".join(r.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(r.randint(6, 10)))
    path = r.choice(
        (
            f"visit/{tok}",
            f"room/{r.choice(_LAST).lower().replace(' ', '-')}-{r.randint(10, 999)}",
            f"chart?pt={r.randint(100000, 9999999)}",
            f"s/{tok}",
            f"help-{r.choice(_FIRST).lower()}-{tok[:4]}",
            f"study/{tok}/viewer",
            f"rx/{r.randint(1000000, 9999999)}",
        )
    )
    scheme = r.choice(("https://", "https://", "http://", ""))
    if not scheme and not h.startswith("www."):
        scheme = "https://"
    return f"{scheme}{h}/{path}"


def _ip(c: _Ctx) -> str:
    r = c.rng
    k = r.randrange(6)
    if k == 0:
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k == 1:
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k == 2:
        return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k == 3:
        return f"fd{r.randint(0, 255):02x}:{r.randint(0, 65535):x}:{r.randint(0, 65535):x}::{r.randint(1, 4095):x}"
    first = r.choice((63, 64, 66, 71, 97, 104, 148, 205, 209))
    return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def _ssn(c: _Ctx) -> str:
    r = c.rng
    a = r.choice([x for x in range(101, 899) if x != 666])
    g, s = r.randint(1, 99), r.randint(1, 9999)
    sep = r.choice(("-", "-", "-", " ", ""))
    return f"{a:03d}{sep}{g:02d}{sep}{s:04d}"


def _mrn(c: _Ctx) -> str:
    r = c.rng
    k = r.randrange(6)
    if k == 0:
        return f"{r.randint(100000, 999999)}"
    if k == 1:
        return f"{r.randint(1000000, 99999999)}"
    if k == 2:
        return f"{r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(10, 99)}"
    if k == 3:
        return f"{r.choice(('CH', 'KY', 'SR', 'PR', 'FY', 'BL'))}{r.randint(10000, 999999)}"
    if k == 4:
        return f"{r.randint(0, 99999):06d}"
    return f"{r.randint(100, 999)}-{r.randint(1000, 9999)}"


def _account(c: _Ctx, kind: str) -> str:
    r = c.rng
    yy = r.randint(18, 26)
    if kind == "prc":
        return r.choice(
            (
                f"PRC-{yy}-{r.randint(10000, 99999)}",
                f"{r.randint(2019, 2026)}-{r.randint(100000, 999999)}",
                f"A{r.randint(1000000, 9999999)}",
                f"PRC{yy}{r.randint(1000, 9999)}",
            )
        )
    if kind == "acc":
        return r.choice(
            (
                f"{r.choice(('CT', 'US', 'CR', 'MR', 'DX'))}{r.randint(10000000, 99999999)}",
                f"TR-{yy}{r.randint(10, 12)}-{r.randint(10000, 99999)}",
                f"{r.randint(1000000, 99999999)}",
                f"A{yy}-{r.randint(100000, 999999)}",
            )
        )
    if kind == "flight":
        return r.choice(
            (
                f"FLT-{yy}-{r.randint(1000, 9999)}",
                f"{yy}-{r.randint(10000, 99999)}",
                f"R{r.randint(100000, 999999)}",
                f"AM{yy}{r.randint(10000, 99999)}",
            )
        )
    if kind == "session":
        return r.choice(
            (
                f"VS-{''.join(r.choice(_LETTERS) for _ in range(3))}-{r.randint(10000, 99999)}",
                f"{r.randint(100000000, 999999999)}",
                f"TS{r.randint(1000000, 9999999)}",
            )
        )
    if kind == "rx":
        return r.choice(
            (
                f"{r.randint(1000000, 9999999)}",
                f"M{r.randint(1000000, 9999999)}",
                f"MO-{r.randint(10000000, 99999999)}",
                f"{r.randint(100, 999)}-{r.randint(100000, 999999)}",
            )
        )
    return r.choice(
        (
            f"{r.randint(10000000, 999999999)}",
            f"E{r.randint(1000000, 9999999)}",
            f"{r.randint(1000, 9999)}-{r.randint(1000, 9999)}",
            f"CLM{r.randint(100000, 9999999)}",
            f"S{yy}-{r.randint(10000, 99999)}",
        )
    )


def _plan(c: _Ctx) -> tuple[str, str]:
    r = c.rng
    k = r.randrange(6)
    if k == 0:
        return "AHCCCS ID", f"A{r.randint(10000000, 99999999)}"
    if k == 1:
        mbi = (
            f"{r.randint(1, 9)}{r.choice(_LETTERS)}{r.choice(_ALNUM)}{r.randint(0, 9)}-"
            f"{r.choice(_LETTERS)}{r.choice(_ALNUM)}{r.randint(0, 9)}-{r.choice(_LETTERS)}{r.choice(_LETTERS)}"
            f"{r.randint(10, 99)}"
        )
        return r.choice(("Medicare MBI", "MBI", "Medicare #")), mbi
    if k == 2:
        return r.choice(("Medicaid ID", "Medicaid #", "SD Medicaid")), f"{r.randint(100000000, 999999999)}"
    if k == 3:
        return r.choice(
            ("Member ID", "Member #", "Mbr ID")
        ), f"{r.choice(('XJH', 'BCM', 'TWH', 'ZQP'))}{r.randint(100000000, 999999999)}"
    if k == 4:
        return r.choice(
            ("Subscriber ID", "Subscriber #")
        ), f"{r.randint(10000, 99999)}{r.choice(_LETTERS)}{r.randint(100, 999)}"
    return r.choice(
        ("Policy #", "Policy no.", "policy")
    ), f"{r.choice(_LETTERS)}{r.choice(_LETTERS)}-{r.randint(1000000, 9999999)}"


def _license(c: _Ctx) -> tuple[str, str, str]:
    """(cue, value, kind) with kind in clinician / rn / ems / driver."""
    r = c.rng
    k = r.randrange(7)
    if k in (0, 6):
        cue = r.choice(("NPI", "NPI#", "NPI:", "npi"))
        return cue, f"1{r.randint(100000000, 999999999)}", "clinician"
    if k == 1:
        cue = r.choice(("Lic #", "State lic.", "Medical license"))
        return cue, f"{r.choice(('', 'L', 'G', 'C-'))}{r.randint(1000, 99999)}", "clinician"
    if k == 2:
        cue = r.choice(("RN lic", "RN License #", "nursing lic."))
        return cue, f"{r.choice(('', 'R', 'N'))}{r.randint(100000, 999999)}", "rn"
    if k == 3:
        cue = r.choice(("DEA", "DEA#", "DEA no."))
        return cue, f"{r.choice('ABFM')}{r.choice(_LETTERS)}{r.randint(1000000, 9999999)}", "clinician"
    if k == 4:
        cue = r.choice(("Paramedic lic.", "EMS license", "NREMT #"))
        return cue, f"{r.choice(('P', 'E', '', 'P-'))}{r.randint(10000, 999999)}", "ems"
    cue = r.choice(("Driver's license", "DL#", "driver lic"))
    return cue, f"{r.choice(_LETTERS)}{r.randint(1000000, 99999999)}", "driver"


def _zip(c: _Ctx) -> str:
    r = c.rng
    z = f"{r.choice(_ZIP3)}{r.randint(0, 99):02d}"
    return z if r.random() < 0.75 else f"{z}-{r.randint(0, 9999):04d}"


def _street(c: _Ctx) -> str:
    r = c.rng
    k = r.randrange(11)
    if k == 0:
        return f"HC {r.randint(10, 89)} Box {r.randint(10, 4999)}"
    if k == 1:
        return f"HC-{r.randint(10, 89)}, Box {r.randint(10, 999)}{r.choice(('', '', 'A', 'B'))}"
    if k == 2:
        return f"Rural Route {r.randint(1, 6)} Box {r.randint(10, 999)}"
    if k == 3:
        return f"RR {r.randint(1, 6)} Box {r.randint(10, 999)}"
    if k == 4:
        return f"P.O. Box {r.randint(10, 4999)}"
    if k == 5:
        return f"PO Box {r.randint(10, 4999)}"
    if k == 6:
        return f"{r.randint(10, 9999)} BIA Route {r.randint(2, 99)}"
    if k == 7:
        return f"BIA Rte {r.randint(2, 99)}, mile marker {r.randint(1, 60)}{r.choice(('', '.5', '.2'))}"
    if k == 8:
        ordn = r.choice(("2nd", "3rd", "4th", "5th", "first", "second", "third"))
        lm = r.choice(
            (
                "the chapter house",
                "the water tank",
                "the cattle guard",
                "the old trading post",
                "the windmill",
                "the church",
            )
        )
        rd = r.choice(
            (
                f"N-{r.randint(1, 99)} mile {r.randint(1, 40)}",
                f"BIA {r.randint(2, 99)} mile {r.randint(1, 40)}",
                f"Hwy {r.randint(12, 491)} MM {r.randint(5, 250)}",
            )
        )
        return f"{rd}, {ordn} house past {lm}"
    if k == 9:
        roads = (
            "Eagle Feather Loop",
            "Sage Hen Rd",
            "Buffalo Trail",
            "Cottonwood Dr",
            "Mission Rd",
            "Agency Loop",
            "Juniper Ln",
            "Tribal Housing Rd",
        )
        return f"{r.randint(10, 999)} {r.choice(roads)}"
    return f"{r.randint(100, 39999)} {r.choice(('County Road', 'CR', 'Old Hwy', 'Rte'))} {r.randint(2, 900)}"


def _date(c: _Ctx, lo: int = 1920, hi: int = 2026) -> str:
    r = c.rng
    y, m, d = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
    k = r.randrange(7)
    return (
        f"{m}/{d}/{y}",
        f"{m:02d}/{d:02d}/{y}",
        f"{y}-{m:02d}-{d:02d}",
        f"{_MONTHS[m - 1]} {d}, {y}",
        f"{d} {_MON[m - 1]} {y}",
        f"{d:02d}-{_MON[m - 1]}-{y}",
        f"{_MON[m - 1]}. {d}, {y}",
    )[k]


def _device(c: _Ctx) -> str:
    r = c.rng
    k = r.randrange(6)
    if k == 0:
        return f"{r.choice(('PJN', 'RNB', 'BWT', 'PZR'))}{r.randint(100000, 999999)}{r.choice(('H', 'S', ''))}"
    if k == 1:
        return f"{r.choice(('CAH', 'TM', 'IHS', 'BIO'))}-{r.randint(100, 99999):05d}"
    if k == 2:
        body = "".join(r.choice(_ALNUM) for _ in range(r.randint(7, 11)))
        return body + str(r.randint(0, 9))
    if k == 3:
        return f"{r.randint(10, 99)}{r.choice(_LETTERS)}{r.randint(100000, 999999)}"
    if k == 4:
        return f"SR{r.randint(1000000, 9999999)}"
    return f"{r.choice(_LETTERS)}{r.choice(_LETTERS)}{r.randint(1000, 9999)}-{r.randint(100, 999)}"


def _tail(c: _Ctx) -> str:
    r = c.rng
    return f"N{r.randint(1, 999)}{r.choice(_LETTERS)}{r.choice(('', r.choice(_LETTERS)))}"


def _plate(c: _Ctx) -> str:
    r = c.rng
    k = r.randrange(4)
    if k == 0:
        return f"{r.randint(100, 999)}{r.choice(_LETTERS)}{r.choice(_LETTERS)}{r.choice(_LETTERS)}"
    if k == 1:
        return f"{r.choice(_LETTERS)}{r.choice(_LETTERS)}{r.choice(_LETTERS)}-{r.randint(1000, 9999)}"
    if k == 2:
        return f"{r.randint(1, 99)}-{r.randint(1000, 9999)}"
    return f"EX {r.randint(1000, 99999)}"


def _vin(c: _Ctx) -> str:
    r = c.rng
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return (
        r.choice("1345")
        + r.choice(("FD", "GC", "FT", "C6", "GT"))
        + "".join(r.choice(chars) for _ in range(5))
        + str(r.randint(0, 9))
        + "".join(r.choice(chars) for _ in range(2))
        + f"{r.randint(0, 999999):06d}"
    )


def _location(c: _Ctx) -> str:
    k = c.rng.random()
    if k < 0.55:
        return c.pick(_TOWNS)
    if k < 0.67:
        return c.pick(_PUEBLOS)
    if k < 0.77:
        return c.pick(_CHAPTERS)
    if k < 0.9:
        return c.pick(_COUNTIES)
    return c.pick(_RESERVATIONS)


# --------------------------------------------------------------------------------------------------
# Plant snippets: (parts, mode) with exactly one labelled part; mode "block" or "line"
# --------------------------------------------------------------------------------------------------


def _p(pre: str, val: str, cat: str, post: str = "") -> list[Part]:
    return [(pre, None), (val, cat), (post, None)]


def _plant(c: _Ctx, cat: str, ntype: str) -> tuple[list[Part], str]:
    r = c.rng
    rad = ntype == "radiology"
    if cat == "PHONE":
        v = _phone_num(c)
        opts = [
            ("CHR contact cell ", " (coverage is spotty past the mesa, text first).", "block"),
            ("Phone:        ", "", "line"),
            ("| Home (shared landline) | ", " |", "line"),
            ("No phone at the home; messages can be left at the chapter house, ", ".", "block"),
            ("Call-back # for family: ", "", "line"),
            ("Spoke with receiving charge RN at the hub (", ") at 0215, report given.", "block"),
            ("Reach daughter ___ at ", " or through the CHR program.", "block"),
            ("tel. ", " (cell)", "line"),
            ("Neighbor's line if no answer --\n", ", ask for the family.", "block"),
            ("phnoe ", "  <-- pt prefers afternoons", "line"),
            (
                "Referring clinician reachable at ",
                " for questions about this study." if rad else " during clinic hours.",
                "block",
            ),
            ("Cntct #  ", "", "line"),
            (
                "Critical result called to the ordering PA at ",
                "; read-back confirmed." if rad else "; acknowledged.",
                "block",
            ),
        ]
        pre, post, mode = r.choice(opts)
        return _p(pre, v, cat, post), mode
    if cat == "FAX":
        toll = r.random() < 0.12
        v = _phone_num(c, toll_free=toll)
        if toll:
            pre, post, mode = r.choice(
                [
                    ("Tribal Health PRC office (", " fax) needs the signed referral before the visit.", "block"),
                    ("Return PRC packet to the service unit PRC desk, fax ", ".", "block"),
                ]
            )
            return [(pre, None), (v, cat), (post, None)], mode
        opts = [
            ("Fax: ", "", "line"),
            ("Please fax the final report to the clinic at ", "." if rad else " with the discharge summary.", "block"),
            ("F: ", "", "line"),
            ("secure fax -> ", "", "line"),
            ("Records faxed to PCP office at ", " on " + c.shifted() + ".", "block"),
            ("| Fax | ", " |", "line"),
            ("Fax# ", " (attn: PRC clerk)", "line"),
            ("Send the PRC authorization by facsimile to ", "; the clinic has no e-fax.", "block"),
            ("fx ", "", "line"),
            ("Mail-order pharmacy requires the new prescription by fax at ", ".", "block"),
        ]
        pre, post, mode = r.choice(opts)
        return _p(pre, v, cat, post), mode
    if cat == "PAGER":
        v = _pager(c)
        opts = [
            ("Flight nurse pager ", "", "line"),
            ("Paged the on-call hospitalist (pgr ", ") at 0340, no callback for 20 min.", "block"),
            ("Reader on call via pager ", " for wet reads overnight." if rad else ".", "block"),
            ("beeper ", " -- ", "line"),
            ("Pager #: ", "", "line"),
            ("(p) ", "", "line"),
            ("If questions please page ", " (transfer center RN).", "block"),
            ("pg ", " / Vocera", "line"),
        ]
        pre, post, mode = r.choice(opts)
        if post == " -- ":
            post = " -- remote reader on call"
        return _p(pre, v, cat, post), mode
    if cat == "EMAIL":
        v = _email(c)
        opts = [
            ("Email: ", "", "line"),
            ("Granddaughter prefers appointment reminders by email (", ").", "block"),
            ("Key images sent to ", " per the referring PA." if rad else " per the family.", "block"),
            ("<", ">", "line"),
            ("e-mail ", "", "line"),
            ("CHR coordinator: ", "", "line"),
            ("Questions re: this read -> ", "", "line"),
            ("Discharge packet emailed to the patient's son at ", " because the mail takes 2 weeks.", "block"),
        ]
        pre, post, mode = r.choice(opts)
        return _p(pre, v, cat, post), mode
    if cat == "URL":
        v = _url(c)
        opts = [
            ("Video visit link: ", "", "line"),
            ("Family set up a fundraiser (", ") to cover lodging near the hub.", "block"),
            ("Images available at ", " for 30 days." if rad else ".", "block"),
            ("join: ", "", "line"),
            ("Refill portal for this patient: ", "", "line"),
            ("Tele-consult recording stored at\n", "", "block"),
            ("Link sent by text: ", " (expires after visit)", "line"),
        ]
        pre, post, mode = r.choice(opts)
        return _p(pre, v, cat, post), mode
    if cat == "IP_ADDRESS":
        v = _ip(c)
        opts = [
            ("Telemedicine cart IP ", "", "line"),
            ("DICOM push received from ", " over the VPN, transfer 14 min due to bandwidth.", "block"),
            ("VPN endpoint ", " dropped twice during the consult.", "block"),
            ("[", "] session reconnect x2", "line"),
            ("source node: ", "", "line"),
            ("Ultrasound images forwarded from the clinic workstation (", ").", "block"),
            ("Host ", " -- low bandwidth satellite link", "line"),
        ]
        pre, post, mode = r.choice(opts)
        return _p(pre, v, cat, post), mode
    if cat == "SSN":
        v = _ssn(c)
        opts = [
            ("SSN: ", "", "line"),
            ("SS# ", "", "line"),
            ("Social Security no. ", " (needed for the alternate resource screen)", "line"),
            ("| SSN | ", " |", "line"),
            ("Patient SSN (required on PRC form): ", "", "line"),
            ("soc sec ", "", "line"),
            ("Medicaid application started; pt's SSN ", " verified with the benefits coordinator.", "block"),
        ]
        pre, post, mode = r.choice(opts)
        return _p(pre, v, cat, post), mode
    if cat == "MRN":
        v = _mrn(c)
        opts = [
            ("HRN: ", "", "line"),
            ("IHS HRN ", "", "line"),
            ("MRN ", "", "line"),
            ("Chart #", "", "line"),
            ("Unit No:  ", "", "line"),
            ("Health Record No. ", " (service unit)", "line"),
            ("Outside MRN ", " from the referring CAH was merged on arrival.", "block"),
            ("| HRN | ", " |", "line"),
            ("Med Rec #: ", "", "line"),
        ]
        pre, post, mode = r.choice(opts)
        return _p(pre, v, cat, post), mode
    if cat == "ACCOUNT":
        kind = r.choice(("prc", "acc" if rad else "prc", "flight", "session", "rx", "other"))
        v = _account(c, kind)
        opts = {
            "prc": [
                ("PRC Auth #: ", ""),
                ("Purchased/Referred Care authorization ", " approved, priority 1."),
                ("PRC ref no. ", " (valid 30 days)"),
                ("| PRC authorization | ", " |"),
            ],
            "acc": [
                ("Accession: ", ""),
                ("Acc # ", ""),
                ("ACCESSION NUMBER ", ""),
                ("Outside accession ", " imported."),
            ],
            "flight": [
                ("Flight incident # ", ""),
                ("Run # ", ""),
                ("Transport ID ", " (dispatch)"),
                ("Air medical run number ", " logged at lift-off."),
            ],
            "session": [
                ("Telehealth session ID ", ""),
                ("Vendor session # ", " (video dropped at 12 min)"),
                ("Tele-ICU call ID ", ""),
            ],
            "rx": [
                ("Mail-order order #", " shipped UPS to the HC box."),
                ("Rx # ", ""),
                ("Refill order no. ", " -- 90-day supply"),
            ],
            "other": [
                ("Encounter #", ""),
                ("Claim no. ", " (PRC)"),
                ("Acct ", ""),
                ("Requisition ", ""),
                ("Specimen ID ", ""),
            ],
        }[kind]
        pre, post = r.choice(opts)
        mode = "line" if not post or post.startswith((" |", " (")) else "block"
        return _p(pre, v, cat, post), mode
    if cat == "HEALTH_PLAN":
        cue, v = _plan(c)
        opts = [
            (f"{cue}: ", "", "line"),
            (f"{cue} ", "", "line"),
            (f"Alternate resource confirmed -- {cue} ", "; PRC is payer of last resort.", "block"),
            (f"| {cue} | ", " |", "line"),
            (f"Benefits coordinator enrolled pt; {cue} ", " active as of this admission.", "block"),
        ]
        pre, post, mode = r.choice(opts)
        parts = _p(pre, v, cat, post)
        if r.random() < 0.3:
            parts.append((f"  ({c.group()})", None))
        return parts, mode
    if cat == "LICENSE":
        cue, v, kind = _license(c)
        opts = [(f"{cue} ", "", "line"), (f"| {cue} | ", " |", "line")]
        if kind == "clinician":
            opts += [
                (f"Signing clinician ___, {cue} ", "", "line"),
                (f"Reading radiologist credentials on file ({cue} ", ")." if rad else ").", "block"),
                (f"Prescriber {cue} ", " on the mail-order script.", "block"),
            ]
        elif kind == "rn":
            opts += [(f"Flight RN ___, {cue} ", "", "line"), (f"Presenting RN at the spoke, {cue} ", "", "line")]
        elif kind == "ems":
            opts += [
                (f"Flight paramedic ___, {cue} ", "", "line"),
                (f"Volunteer ambulance crew lead ___ ({cue} ", ") gave report.", "block"),
            ]
        else:
            opts += [(f"Pt's {cue} ", " used as ID for PRC eligibility.", "block")]
        pre, post, mode = r.choice(opts)
        return _p(pre, v, cat, post), mode
    if cat == "ZIP":
        v = _zip(c)
        st = r.choice(("AZ", "NM", "SD", "MT", "ND", "AK", "WY", "ID", "UT", "NV"))
        opts = [
            (f"___, {st} ", "", "line"),
            ("ZIP ", "", "line"),
            (f"Mailing: PO Box ___, ___ {st}  ", "", "line"),
            ("zip code ", " (PRC residency check: inside the CHSDA)", "line"),
            (f"Lives in ___ ({st} ", "), about 90 miles from the nearest hospital.", "block"),
            ("| ZIP | ", " |", "line"),
        ]
        pre, post, mode = r.choice(opts)
        return _p(pre, v, cat, post), mode
    if cat == "STREET_ADDRESS":
        v = _street(c)
        opts = [
            ("Address: ", "", "line"),
            ("Mailing: ", ", ___", "line"),
            ("Directions to home (no 911 address): ", ".", "block"),
            ("Lives at ", " with her grandson; no running water.", "block"),
            ("| Address | ", " |", "line"),
            ("Home: ", "  (no street name; use directions)", "line"),
            ("CHR found the home at ", " after two wrong turns.", "block"),
            ("Addr ", "", "line"),
        ]
        pre, post, mode = r.choice(opts)
        return _p(pre, v, cat, post), mode
    if cat == "DATE_REAL_YEAR":
        ctx = r.randrange(9)
        if ctx == 0:
            v = _date(c, 1924, 2008)
            opts = [
                ("DOB: ", "", "line"),
                ("Date of Birth:  ", "", "line"),
                ("born ", "", "line"),
                ("| DOB | ", " |", "line"),
            ]
        elif ctx == 1:
            v = _date(c, 2010, 2026)
            opts = [("Date of death: ", "", "line"), ("Pt's husband passed away ", "; she now lives alone.", "block")]
        elif ctx == 2:
            v = _date(c, 2005, 2026)
            opts = [
                ("Prior PRC denial dated ", " (unauthorized ER visit) was appealed.", "block"),
                ("Comparison: outside CT of ", "." if rad else "", "line"),
            ]
        elif ctx == 3:
            v = _date(c, 2010, 2026)
            opts = [("Last seen by the CHR on ", ".", "block"), ("Signed ", "", "line")]
        elif ctx == 4:
            v = _date(c, 1990, 2026)
            opts = [("s/p cholecystectomy at the hub ", ".", "block"), ("Tdap ", "", "line")]
        else:
            v = _date(c, 1930, 2026)
            opts = [
                ("Date: ", "", "line"),
                ("Dictated ", "", "line"),
                ("Admit date ", "", "line"),
                ("Previous admission ", " for DKA.", "block"),
                ("| Prior study | ", " |", "line"),
            ]
        pre, post, mode = r.choice(opts)
        return _p(pre, v, cat, post), mode
    if cat == "AGE_OVER_89":
        v = str(r.randint(90, 106))
        opts = [
            ("Elder, ", " years of age, lives alone in a hogan without electricity.", "block"),
            ("Age: ", "", "line"),
            ("Pt is a ", "-year-old grandmother.", "block"),
            ("", " y/o F, Diné speaking only", "line"),
            ("aged ", ", per CHR", "line"),
            ("", "yo male, transferred for higher level of care.", "block"),
            ("Per family she turned ", " last winter.", "block"),
            ("| Age | ", " |", "line"),
            ("HISTORY: ", " year old with fall." if rad else " yr old, weakness", "line"),
        ]
        pre, post, mode = r.choice(opts)
        return _p(pre, v, cat, post), mode
    if cat == "DEVICE_ID":
        v = _device(c)
        k = r.randrange(8)
        if k == 0:
            r2 = c.rng
            gtin = f"(01)00{r2.randint(10**11, 10**12 - 1)}"
            exp = f"(17){r2.randint(26, 29)}{r2.randint(1, 12):02d}{r2.randint(1, 28):02d}"
            lot = f"(10){''.join(r2.choice(_ALNUM) for _ in range(6))}"
            c.look(gtin)
            c.look(lot)
            return [(f"UDI {gtin}{exp}{lot}(21)", None), (v, cat), ("", None)], "line"
        opts = [
            ("SN ", "", "line"),
            ("Serial: ", "", "line"),
            ("Asset tag ", " (telemedicine cart)", "line"),
            ("Home O2 concentrator S/N ", f" ({c.pick(('Inogen One G5', 'Medtronic unit'))}; DME via PRC)", "line"),
            ("Insulin pump serial ", " interrogated before transfer.", "block"),
            ("Portable ultrasound asset # ", "", "line"),
            ("ICD serial no. ", f", {c.ref()}", "line"),
        ]
        pre, post, mode = r.choice(opts)
        return _p(pre, v, cat, post), mode
    if cat == "VEHICLE_ID":
        k = r.randrange(5)
        if k <= 1:
            v = _tail(c)
            opts = [
                (f"Aircraft: {c.pick(('Pilatus PC-12', 'King Air 200', 'Bell 407'))}, tail ", "", "line"),
                ("Fixed wing ", " departed the CAH airstrip at 0412.", "block"),
                ("A/C reg ", "", "line"),
            ]
        elif k <= 3:
            v = _plate(c)
            opts = [
                ("Ambulance plate ", "", "line"),
                ("Unit 7 (plate ", ") met the aircraft at the strip.", "block"),
                ("Pt's pickup, plate ", ", was found off the BIA road by tribal police.", "block"),
                ("| Plate | ", " |", "line"),
            ]
        else:
            v = _vin(c)
            opts = [("VIN ", "", "line"), ("Rollover vehicle VIN ", " per the crash report.", "block")]
        pre, post, mode = r.choice(opts)
        return _p(pre, v, cat, post), mode
    if cat == "PERSON":
        v = _name(c)
        opts = [
            ("Dr. ", " (hub neurologist) reviewed by video.", "block"),
            ("CHR ", " will visit within 72 hours.", "block"),
            ("Daughter ", " is the primary caregiver.", "block"),
            ("Attending: ", ", MD", "line"),
            ("Flight RN: ", "", "line"),
            ("Signed: ", ", PA-C", "line"),
            ("Spoke with ", " (son) by phone, who agrees with transfer.", "block"),
            ("Interpreter: ", " (Navajo), in person", "line"),
            ("Reading radiologist: ", ", MD", "line"),
            ("cc: ", ", FNP", "line"),
            ("Pilot ", " held for weather at the pass.", "block"),
            ("Electronically signed by ", " on " + c.shifted(), "line"),
        ]
        pre, post, mode = r.choice(opts)
        if v.isupper():
            pre, post, mode = "Patient: ", "", "line"
        return _p(pre, v, cat, post), mode
    if cat == "LOCATION":
        v = _location(c)
        opts = [
            ("Lives in ", ", about a 2-hour drive on dirt roads to the CAH.", "block"),
            ("Transported by ground from ", " over the pass.", "block"),
            ("Home community: ", "", "line"),
            ("| Community | ", " |", "line"),
            ("Referred from the health station in ", ".", "block"),
            ("Family drove 140 miles from ", " to be at bedside.", "block"),
            ("resides near ", " (hauls water)", "line"),
            ("Study performed at the satellite site in ", " and sent for remote read." if rad else ".", "block"),
        ]
        pre, post, mode = r.choice(opts)
        return _p(pre, v, cat, post), mode
    if cat == "ORGANIZATION":
        k = r.randrange(6)
        if k == 0:
            v = c.pick(_ORG_PHARM)
            opts = [("Refills via ", " (mail order, 10-14 days to the HC box).", "block"), ("Pharmacy: ", "", "line")]
        elif k == 1:
            v = c.pick(_ORG_TELE)
            opts = [("Read by ", "." if rad else " by video.", "block"), ("Remote reader: ", "", "line")]
        elif k == 2:
            v = c.pick(_ORG_AIR)
            opts = [("Transport by ", ".", "block"), ("Agency: ", "", "line")]
        elif k == 3:
            v = c.pick(_ORG_EMPLOYER)
            opts = [
                ("Works at ", "; exposure history reviewed.", "block"),
                ("Employer: ", "", "line"),
                ("School nurse at ", " sent the student in.", "block"),
            ]
            if v.endswith("School"):
                opts = opts[2:]
            else:
                opts = opts[:2]
        elif k == 4:
            v = c.pick(_ORG_AGENCY)
            opts = [
                ("Referred by ", ".", "block"),
                ("Notified ", " per protocol.", "block"),
                ("| Agency | ", " |", "line"),
            ]
        else:
            v = c.pick(_ORG_HOSP + _ORG_CLINIC)
            opts = [
                ("Transferred from ", " for higher level of care.", "block"),
                ("Referring facility: ", "", "line"),
                ("| Facility | ", " |", "line"),
                ("Follow up at ", " in 1 week.", "block"),
                ("Images received from ", ".", "block"),
            ]
        pre, post, mode = r.choice(opts)
        return _p(pre, v, cat, post), mode
    raise ValueError(cat)


# --------------------------------------------------------------------------------------------------
# Clinical filler
# --------------------------------------------------------------------------------------------------

_SCENARIOS = (
    dict(
        cc="chest pain",
        dx="Inferior STEMI s/p tenecteplase at the CAH",
        hpi="Substernal pressure for 90 min while hauling water; ECG at the CAH showed inferior ST elevation. "
        "Given TNKase weight-based, aspirin 324 mg, heparin bolus; cath lab over 3 hours away.",
        course="Reperfusion criteria met at 90 min. Transferred for pharmaco-invasive PCI; RCA stent x1. "
        "Eliquis not started; discharged on ticagrelor 90 mg BID and atorvastatin 80 mg.",
    ),
    dict(
        cc="right-sided weakness",
        dx="Acute ischemic stroke, left MCA",
        hpi="Last known well 0630; family found pt unable to speak. Tele-stroke consult NIHSS 11, CT head without "
        "hemorrhage; Activase given at the spoke within the window.",
        course="Ground transfer over the pass (elevation 9,800 ft) for thrombectomy evaluation; no LVO on CTA. "
        "Speech improved; discharged with home PT through the tribal program.",
    ),
    dict(
        cc="vomiting, abdominal pain",
        dx="Diabetic ketoacidosis, new-onset type 1 diabetes",
        hpi="Polyuria and polydipsia for 2 weeks, Kussmaul respirations on arrival; pH 7.08, bicarbonate 6, "
        "anion gap 28.",
        course="Insulin infusion per protocol, gap closed at 16 h; transitioned to Lantus and Humalog; "
        "Dexcom G7 started, diabetes educator visit arranged at the clinic.",
    ),
    dict(
        cc="snake bite",
        dx="Crotalid envenomation, left hand",
        hpi="Bitten by a rattlesnake while moving firewood; progressive swelling to the forearm, platelets 64.",
        course="CroFab 6 vials then maintenance; swelling halted, platelets recovered. The CAH had only 4 vials "
        "on hand; Anavip sent by air from the hub.",
    ),
    dict(
        cc="fever, myalgia, dyspnea",
        dx="Suspected hantavirus cardiopulmonary syndrome",
        hpi="Cleaning a mouse-infested shed 3 weeks ago; fever, thrombocytopenia and hemoconcentration, "
        "bilateral infiltrates. Public health notified (see https://www.cdc.gov/hantavirus).",
        course="Flown to a hub with ECMO capability; supportive care, no ECMO required; serology pending.",
    ),
    dict(
        cc="infant blue color",
        dx="Methemoglobinemia from nitrate-contaminated well water",
        hpi="Infant fed formula reconstituted with water from an unregulated livestock well; cyanosis, SpO2 85% "
        "on room air unresponsive to oxygen, methemoglobin 24%.",
        course="Methylene blue 1 mg/kg with resolution. Family counselled; epa.gov/privatewells handout given; "
        "bottled water through the WIC office.",
    ),
    dict(
        cc="sweating, vomiting after spraying",
        dx="Organophosphate poisoning, occupational",
        hpi="Farmworker mixing pesticide without gloves; miosis, bradycardia, bronchorrhea.",
        course="Atropine titrated to dry secretions, Protopam infusion; decontamination at the CAH bay. "
        "Poison Help (1-800-222-1222) consulted.",
    ),
    dict(
        cc="leg swelling, fatigue",
        dx="CKD stage 3b, possible arsenic and uranium exposure from well water",
        hpi="Household drinks from an unregulated well near abandoned mine workings; creatinine 2.1 from 1.4 "
        "a year ago.",
        course="Renal ultrasound without obstruction; environmental health to sample the well; nephrology "
        "follow-up by telehealth.",
    ),
    dict(
        cc="pelvic pain after rollover",
        dx="Tractor rollover with pelvic ring fracture",
        hpi="Pinned under a tractor for about 2 hours before a neighbor found him; hypotensive at the scene, "
        "pelvic binder applied by the volunteer ambulance.",
        course="2 units PRBC at the CAH, fixed-wing transfer to the trauma center; external fixation, then "
        "inpatient rehab.",
    ),
    dict(
        cc="headache, visual changes at 35 weeks",
        dx="Preeclampsia with severe features",
        hpi="G3P2 at 35w2d by Naegele's rule, BP 172/114, 3+ proteinuria; no OB coverage at the CAH.",
        course="Magnesium sulfate and labetalol, transported 180 miles by ground with an RN escort; delivered "
        "by cesarean at the hub, Apgar 8/9.",
    ),
    dict(
        cc="cough, hypoxia",
        dx="Community-acquired pneumonia with acute hypoxic respiratory failure",
        hpi="Wood-stove heated home; productive cough 5 days, SpO2 84% on RA, CURB-65 of 3.",
        course="Rocephin and azithromycin; weaned to 2 L; discharged with home oxygen (Inogen One G5) arranged "
        "through PRC.",
    ),
    dict(
        cc="found down in the cold",
        dx="Accidental hypothermia and frostbite of the feet",
        hpi="Vehicle stuck in snow on an unpaved road overnight; core temperature 29.8 C on arrival.",
        course="Active rewarming, no arrhythmia; tPA for frostbite not given (over 24 h). Podiatry follow-up.",
    ),
    dict(
        cc="tremor, hallucinations",
        dx="Alcohol withdrawal with acute pancreatitis",
        hpi="Last drink 2 days prior; lipase 1,480; CIWA 22.",
        course="Phenobarbital protocol, IV fluids, diet advanced; naltrexone started and the tribal behavioral "
        "health program contacted; Narcan kit given.",
    ),
    dict(
        cc="swelling and fever in the groin",
        dx="Bubonic plague (Yersinia pestis), confirmed",
        hpi="Tender inguinal bubo after handling a dead prairie dog; fever 39.6 C.",
        course="Gentamicin then doxycycline; state lab confirmation; contacts given prophylaxis by the county.",
    ),
    dict(
        cc="burning eyes and cough",
        dx="Anhydrous ammonia inhalation injury",
        hpi="Hose failure while fertilizing; eye irrigation at the scene, stridor on arrival.",
        course="Intubated before transfer, extubated day 3; ophthalmology saw corneal abrasions.",
    ),
)

_EXAM = (
    "Vitals: T 37.9 HR 104 BP 98/62 RR 22 SpO2 91% RA. GCS 15. No Babinski. Murphy's sign negative.",
    "Gen: ill-appearing, speaking full sentences. Lungs with crackles at the right base; no Kerley B lines on film.",
    "Abd soft, mild epigastric tenderness, no rebound; Homans sign negative bilaterally.",
    "Neuro: Glasgow Coma Scale 14 (E4V4M6), pupils equal, no Cheyne-Stokes pattern.",
    "Ext: 2+ pitting edema to the shins; capillary refill 3 s; no Valsalva-induced murmur change.",
)

_SOCIAL = (
    "Social: lives with extended family; hauls water twice a week; wood stove heat; no running water or "
    "electricity at the home. Speaks Diné and English; a family member interprets for an elder.",
    "Social: ranches cattle; former uranium mill worker; quit tobacco {bare}. Ceremonial tobacco use only.",
    "Social: lives in a village reachable only by air or snowmachine in winter; subsistence fishing and hunting.",
    "Social: works seasonal farm labor; exposure to pesticides and dust; drinks from an unregulated well.",
    "Social: lives on a ranch 40 miles of gravel from the nearest paved road; cell coverage only on the ridge.",
)

_FOLLOWUP = (
    "Follow-up: CHR home visit within 72 h; primary care at the tribal clinic in 1 week; PRC referral for "
    "specialty care submitted (see Purchased/Referred Care office).",
    "Follow-up: telehealth visit with the hub specialist in 2 weeks; labs drawn at the health station and "
    "couriered; mail-order refills set up.",
    "Follow-up: public health nurse to check home oxygen setup; Medicaid application with the benefits "
    "coordinator; transportation via the tribal van.",
    "Follow-up: return to the Emergency Department for worsening symptoms; the nearest ED is 70 miles away, "
    "call 911 or the tribal EMS dispatch early.",
)

_MEDS = (
    "metformin 1000 mg PO BID",
    "Lantus 22 units SC qHS",
    "Humalog sliding scale with meals",
    "lisinopril 10 mg daily",
    "atorvastatin 80 mg qHS",
    "Eliquis 5 mg BID",
    "Xarelto 20 mg daily with supper",
    "Jardiance 10 mg daily",
    "Ozempic 0.5 mg weekly",
    "Lasix 40 mg daily",
    "Coumadin per INR clinic",
    "Keppra 500 mg BID",
    "Zofran 4 mg q8h PRN",
    "Augmentin 875 mg BID x 5 days",
    "Bactrim DS BID x 7 days",
    "Tamiflu 75 mg BID x 5 days",
    "Paxlovid per renal dosing",
    "Narcan 4 mg nasal spray, 1 kit",
    "aspirin 81 mg daily",
    "ticagrelor 90 mg BID",
)


def _discharge_header(c: _Ctx, service: str) -> str:
    sex = c.pick(("M", "F"))
    return (
        f"Name:  ___                  Unit No:   ___\n\nAdmission Date:  ___              Discharge Date:   ___\n\n"
        f"Date of Birth:  ___             Sex:   {sex}\n\nService: {service}\n\n"
        "Allergies:\n"
        f"{c.pick(('No Known Allergies / Adverse Drug Reactions', 'Penicillins', 'sulfa (rash)', 'shellfish, iodine'))}"
        f"\n\nAttending: ___."
    )


def _meds_block(c: _Ctx, title: str = "Discharge Medications:") -> str:
    meds = c.rng.sample(_MEDS, c.rng.randint(3, 6))
    return title + "\n" + "\n".join(f"{k + 1}. {m}" for k, m in enumerate(meds))


def _social(c: _Ctx) -> str:
    s = c.pick(_SOCIAL)
    if "{bare}" in s:
        s = s.replace("{bare}", c.bare_year())
    return s


def _scen(c: _Ctx) -> dict:
    return c.pick(_SCENARIOS)


def _hpi_line(c: _Ctx) -> str:
    a = c.rng.randint(10, 88)
    age = c.look(c.pick((f"{a}-year-old", f"{a} y/o", f"{a} yo", f"{a} yr old")))
    return (
        f"This {age} {c.pick(('woman', 'man', 'patient', 'elder'))} from ___ presented to the "
        f"{c.pick(('CAH', 'health station', 'IHS hospital', 'frontier clinic'))} after a "
        f"{c.rng.randint(35, 190)}-mile drive."
    )


# --------------------------------------------------------------------------------------------------
# Document builders: each returns a list of (text, removable) blocks
# --------------------------------------------------------------------------------------------------

Blocks = list[tuple[str, bool]]


def _b_ihs_discharge(c: _Ctx) -> Blocks:
    s = _scen(c)
    return [
        (_discharge_header(c, c.pick(("MEDICINE", "FAMILY MEDICINE", "PEDIATRICS", "SURGERY"))), False),
        (f"Chief Complaint:\n{s['cc']}", False),
        (f"History of Present Illness:\n{_hpi_line(c)} {s['hpi']}", False),
        (
            "Past Medical History:\n"
            + c.pick(
                (
                    "Type 2 diabetes, HTN, obesity.",
                    "COPD, prior TB treated.",
                    "None known; seen rarely at the clinic.",
                    "HTN, CKD 3a, gout.",
                )
            ),
            True,
        ),
        (_social(c), True),
        ("Physical Exam:\n" + " ".join(c.rng.sample(_EXAM, 2)), True),
        (f"Brief Hospital Course:\n{s['course']}", False),
        (_meds_block(c), True),
        (f"Discharge Diagnosis:\n{s['dx']}", False),
        (
            "Discharge Disposition:\n"
            + c.pick(("Home with service (CHR)", "Home", "Swing bed at the CAH", "Extended care facility")),
            False,
        ),
        (c.pick(_FOLLOWUP), True),
        (
            "Discharge Instructions:\nIf the road is closed or the phone is out, go to the chapter house health "
            "station or flag down the tribal police. Tribal enrollment #: ___ (on file).",
            True,
        ),
    ]


def _b_cah_transfer(c: _Ctx) -> Blocks:
    s = _scen(c)
    return [
        (
            "CRITICAL ACCESS HOSPITAL -- INTERFACILITY TRANSFER SUMMARY\nSending facility: ___    Receiving: ___\n"
            "Accepting physician: ___    Transfer center ref: ___",
            False,
        ),
        (
            f"Reason for transfer: {s['dx']}; needs services not available at a 25-bed CAH (no cath lab, no "
            "neurosurgery, no ICU beyond 4 monitored beds).",
            False,
        ),
        (f"HPI: {_hpi_line(c)} {s['hpi']}", False),
        ("Exam at departure: " + c.pick(_EXAM), True),
        (
            "Interventions at CAH:\n- "
            + "\n- ".join(
                c.rng.sample(
                    [
                        "2 large-bore IVs",
                        "EZ-IO right tibia after failed peripheral access",
                        "Foley to gravity",
                        "LUCAS 3 on standby",
                        "Zoll X Series pads placed",
                        "Broselow tape used for dosing",
                        "Hamilton T1 for transport ventilation",
                        "tetanus updated",
                        "labs sent; results pending at transfer",
                    ],
                    4,
                )
            ),
            True,
        ),
        (
            "Mode: "
            + c.pick(
                (
                    "fixed wing (weather ceiling above minimums)",
                    "ground ALS over the pass, chains on",
                    "rotor to the airstrip then fixed wing",
                    "ground BLS with RN escort",
                )
            )
            + f". Estimated transport time {c.rng.randint(2, 6)} h.",
            False,
        ),
        (
            f"EMTALA: certification of risks/benefits signed by pt. Receiving facility accepted at ___. "
            f"Copies of chart, imaging CD ({c.lot()} media) and MAR sent with crew.",
            True,
        ),
        (_meds_block(c, "Medications given prior to transfer:"), True),
        ("Family: notified; will drive separately (road closures possible).", True),
    ]


def _b_prc_referral(c: _Ctx) -> Blocks:
    s = _scen(c)
    return [
        (
            "PURCHASED/REFERRED CARE (PRC) REFERRAL AND AUTHORIZATION\nService Unit: ___   Referral type: "
            + c.pick(("Emergency notification (72 h)", "Routine", "Urgent inpatient", "Follow-up specialty")),
            False,
        ),
        (
            "Tribal affiliation: "
            + c.pick(
                ("Navajo Nation", "Oglala Sioux Tribe", "Cheyenne River Sioux Tribe", "Crow Tribe", "Blackfeet Nation")
            )
            + " (enrollment verified; number masked)",
            True,
        ),
        (
            "Patient: ___   HRN: ___   Tribal enrollment #: ___   CIB on file: yes\nResidency: within the "
            "PRC delivery area (verified)   Alternate resources screened: "
            + c.pick(("Medicaid", "Medicare", "Blue Cross (employer)", "none")),
            False,
        ),
        (f"Clinical justification: {s['dx']}. {s['hpi']}", False),
        (
            "Medical priority: "
            + c.pick(("Level I -- emergent/acutely urgent", "Level II -- preventive", "Level I -- inpatient, transfer"))
            + ". Notification received within 72 hours of admission to a non-IHS facility.",
            False,
        ),
        (
            "Requested services: "
            + c.pick(
                (
                    "inpatient stay and PCI at hub",
                    "air transport and inpatient care",
                    "outpatient nephrology x3 visits",
                    "home oxygen DME x 12 months",
                    "rehab admission 14 days",
                )
            ),
            False,
        ),
        (
            "Committee review " + c.shifted() + ": approved pending alternate resource determination; payer of "
            "last resort applies. Indian Health Service funds obligated.",
            True,
        ),
        (
            "Note to vendor: claims must include the authorization number; unauthorized services are the "
            "patient's responsibility only if the 72-hour notice was missed.",
            True,
        ),
        ("Reviewed by PRC clerk ___ and Chief Medical Officer ___.", False),
    ]


def _b_chr_home_visit(c: _Ctx) -> Blocks:
    s = _scen(c)
    bp = f"{c.rng.randint(104, 168)}/{c.rng.randint(60, 98)}"
    return [
        (
            "COMMUNITY HEALTH REPRESENTATIVE -- HOME VISIT (post-discharge)\nCHR: ___     Visit #: ___ of 4     "
            "Mileage: " + str(c.rng.randint(18, 140)) + " mi round trip",
            False,
        ),
        (f"Reason: follow-up after hospitalization for {s['dx'][0].lower() + s['dx'][1:]}.", False),
        (
            "Home: "
            + c.pick(
                (
                    "hogan and trailer, wood stove, no running water",
                    "HUD home, propane heat, well water",
                    "cabin, generator power, water hauled from the chapter well",
                    "frame house, electricity, cistern",
                )
            )
            + ". Road: "
            + c.pick(("washboard dirt, impassable when wet", "gravel, 4WD in winter", "snowmachine trail only"))
            + ".",
            False,
        ),
        (
            f"Vitals: BP {bp}, HR {c.rng.randint(58, 108)}, glucose {c.rng.randint(88, 310)} by meter "
            f"(strips {c.expiry()}).",
            False,
        ),
        (
            "Medications: pill box filled with the client; "
            + c.pick(_MEDS)
            + " and "
            + c.pick(_MEDS)
            + " present; mail-order refill not yet arrived, called the pharmacy.",
            True,
        ),
        (
            "Education: "
            + c.pick(
                (
                    "low-salt diet with traditional foods",
                    "foot care and daily checks",
                    "signs of stroke (BE FAST) in Diné and English",
                    "safe water storage, boil advisory",
                )
            ),
            True,
        ),
        ("Client concerns: transportation to the 2-week appointment; CHR will arrange the tribal van.", True),
        (c.pick(_FOLLOWUP), True),
        ("Supervisor review: ___   Data entered in RPMS by ___.", False),
    ]


def _b_telehealth(c: _Ctx) -> Blocks:
    s = _scen(c)
    return [
        (
            "TELEMEDICINE CONSULTATION -- "
            + c.pick(("TELE-STROKE", "TELE-ICU", "TELE-CARDIOLOGY", "TELE-TOXICOLOGY"))
            + "\nHub: ___     Spoke: ___     Presenter at spoke: ___, RN",
            False,
        ),
        (
            "Consent: verbal consent for video consultation obtained; a family member interpreted. Platform: "
            "encrypted video, " + c.version() + "; audio dropped twice.",
            False,
        ),
        (f"Question: {s['dx']} -- management and need for transfer.", False),
        (f"History (via presenter): {_hpi_line(c)} {s['hpi']}", False),
        ("Video exam: " + c.pick(_EXAM) + f" NIHSS {c.rng.randint(0, 18)}.", True),
        (
            "Imaging reviewed: CT images pushed from the spoke; no hemorrhage; "
            + c.pick(("Hounsfield units normal in the basal ganglia", "dense MCA sign absent", "no midline shift"))
            + ".",
            True,
        ),
        (
            "Recommendations:\n1. "
            + c.pick(
                (
                    "Activase 0.9 mg/kg, 10% bolus",
                    "TNKase single bolus",
                    "hold anticoagulation",
                    "continue atropine titration",
                )
            )
            + "\n2. Transfer to the hub; "
            + c.pick(("fixed wing requested", "ground ALS acceptable", "weather hold -- keep at spoke"))
            + "\n3. Repeat neuro checks q15 min.",
            False,
        ),
        ("Time on video: " + str(c.rng.randint(22, 75)) + " min. Spoke physician: ___.", True),
    ]


def _b_transport(c: _Ctx) -> Blocks:
    s = _scen(c)
    alt = c.rng.randint(6000, 11000)
    return [
        (
            "AIR / GROUND MEDICAL TRANSPORT RECORD\nCrew: ___ (flight RN), ___ (flight paramedic), ___ (pilot)\n"
            "Sending: ___   Receiving: ___",
            False,
        ),
        (
            "Mission: "
            + c.pick(
                (
                    "fixed wing, CAH airstrip to hub",
                    "ground ALS, 212 mi, two mountain passes",
                    "rotor to a rendezvous at the highway then fixed wing",
                    "village strip to regional hospital, then jet to the city",
                )
            )
            + f". Cabin altitude {alt} ft; "
            + c.pick(("Pilatus PC-12", "King Air 200", "Bell 407"))
            + ".",
            False,
        ),
        (f"Dx: {s['dx']}.", False),
        ("Times: dispatch 0212, at bedside 0405, depart 0431, arrive 0655 (shifted " + c.shifted() + ").", True),
        ("Assessment en route: " + c.pick(_EXAM), True),
        (
            "Interventions: "
            + ", ".join(
                c.rng.sample(
                    [
                        "Hamilton T1 SIMV",
                        "norepinephrine infusion",
                        "Zoll X Series monitoring",
                        "Swan-Ganz not present",
                        "Foley output 40 mL/h",
                        "warm blankets, Bair Hugger",
                    ],
                    3,
                )
            )
            + ".",
            True,
        ),
        (
            "Weather: "
            + c.pick(
                (
                    "icing at altitude, diverted once",
                    "crosswind at the strip, delayed 40 min",
                    "snow on the pass, chains on",
                    "clear",
                )
            )
            + ".",
            True,
        ),
        (
            "Handoff given to the receiving ICU RN at bedside. Patient belongings: 1 bag, ceremonial bundle "
            "kept with pt.",
            False,
        ),
    ]


def _b_frontier_clinic(c: _Ctx) -> Blocks:
    s = _scen(c)
    return [
        (
            "FRONTIER CLINIC ENCOUNTER\nProvider: ___, PA-C (supervising physician by phone: ___)\n"
            "Clinic hours: Tue/Thu only; no on-site lab beyond i-STAT; nearest hospital "
            + str(c.rng.randint(60, 190))
            + " mi.",
            False,
        ),
        (f"CC: {s['cc']}", False),
        (f"HPI: {_hpi_line(c)} {s['hpi']}", False),
        ("Exam: " + " ".join(c.rng.sample(_EXAM, 2)), True),
        (
            "Point of care: i-STAT "
            + c.pick(("Na 131, K 5.8, glucose 412", "lactate 4.1", "Hgb 8.2", "troponin positive"))
            + f" (cartridge {c.lot()}, {c.expiry()}).",
            True,
        ),
        ("Assessment: " + s["dx"] + ". Requires admission.", False),
        (
            "Plan: called the transfer line; accepted; "
            + c.pick(
                (
                    "volunteer ambulance en route (ETA 75 min)",
                    "family to drive -- declined ambulance, AMA risks explained",
                    "fixed wing to the local strip",
                )
            )
            + ". Notified PRC within 72 h.",
            False,
        ),
        (_social(c), True),
    ]


def _b_med_rec(c: _Ctx) -> Blocks:
    rows = []
    for m in c.rng.sample(_MEDS, c.rng.randint(4, 7)):
        act = c.pick(("continue", "NEW", "changed", "STOP"))
        sup = c.pick(("mail order 90d", "clinic pharmacy", "hub pharmacy 7d bridge", "mail order 30d"))
        rows.append(f"| {m:<34} | {act:<8} | {sup:<22} |")
    return [
        ("DISCHARGE MEDICATION RECONCILIATION\nPharmacist: ___, PharmD   Patient: ___   HRN: ___", False),
        ("Source of pre-admission list: pill bottles brought by family, mail-order pharmacy profile, RPMS.", False),
        (
            "| Medication                         | Action   | Supply                 |\n"
            "|------------------------------------|----------|------------------------|\n" + "\n".join(rows),
            False,
        ),
        (
            f"Insulin: {c.pick(('Lantus', 'Humalog'))} pens {c.ndc()}, {c.lot()}, {c.expiry()}. Cold-chain for "
            "mail order: ships Mon-Tue only; ice packs; the HC box is 30 miles from home -- CHR to pick up.",
            True,
        ),
        ("Bridge supply: 14 days dispensed at discharge because mail order takes 10-14 days to the village.", False),
        (
            "Counselling in Diné via interpreter; teach-back done. Narcan kit provided. Pt asked about "
            + c.pick(("Ozempic availability", "Paxlovid interactions", "Jardiance cost", "Dexcom G7 sensors"))
            + ".",
            True,
        ),
        (
            "Manufacturer assistance: "
            + c.pick(
                (
                    "Novo Nordisk patient assistance for insulin -- not needed, IHS supply",
                    "Medtronic supplies via DME vendor",
                )
            )
            + ".",
            True,
        ),
    ]


def _b_exposure(c: _Ctx) -> Blocks:
    s = _scen(c)
    return [
        (
            "ENVIRONMENTAL / OCCUPATIONAL EXPOSURE CONSULT\nRequested by: ___   Consultant: ___ (toxicology, by "
            "telehealth)",
            False,
        ),
        (f"Reason: {s['dx']}.", False),
        (
            "Exposure history: "
            + c.pick(
                (
                    "household water from an unregulated well 0.5 mi from abandoned uranium mine workings; "
                    "livestock share the source",
                    "nitrate run-off from a feedlot upstream of the family's shallow well",
                    "pesticide mixing and loading without PPE for 3 seasons; no cholinesterase baseline",
                    "grain dust and anhydrous ammonia on the family farm; hay bale handling",
                    "arsenic naturally present in groundwater; water hauled from the chapter well since the "
                    "pump failed",
                )
            )
            + ".",
            False,
        ),
        (
            "Prior testing: well water last tested "
            + c.bare_year("in")
            + "; result unknown to family. Sample kit from epa.gov/privatewells and the tribal EPA office.",
            True,
        ),
        (
            "Labs: "
            + c.pick(
                (
                    "urine arsenic speciation pending",
                    "RBC cholinesterase 42% of normal",
                    "methemoglobin 24% -> 2%",
                    "urine uranium sent to reference lab",
                )
            )
            + ".",
            True,
        ),
        (
            "Recommendations: stop use of the well for drinking and formula; bottled water via the WIC program; "
            "notify the county; repeat labs in 4 weeks; occupational follow-up.",
            False,
        ),
        (_social(c), True),
    ]


def _b_swing_bed(c: _Ctx) -> Blocks:
    s = _scen(c)
    return [
        (_discharge_header(c, "SWING BED (SKILLED)"), False),
        (
            "Reason for swing-bed admission: skilled nursing and therapy after "
            f"{s['dx'][0].lower() + s['dx'][1:]} at the hub; "
            "closer to family than the hub rehab unit.",
            False,
        ),
        ("Skilled needs: daily PT/OT, IV antibiotics via PICC, wound care, glycemic management.", False),
        (
            "Course: PT " + str(c.rng.randint(5, 21)) + " sessions; gait improved from wheelchair to walker 150 ft. "
            "Family taught transfers. "
            + c.pick(("Bishop score not applicable.", "Braden score 16.", "Morse fall score 45.")),
            True,
        ),
        (_meds_block(c), True),
        (
            "Discharge: home with CHR and home health; DME (walker, shower chair) through PRC; "
            "Inogen One G5 concentrator delivered.",
            False,
        ),
        (_social(c), True),
        (c.pick(_FOLLOWUP), True),
    ]


# Radiology ---------------------------------------------------------------------------------------


def _rad_header(c: _Ctx, exam: str) -> str:
    return (
        f"EXAMINATION:  {exam}\n\nINDICATION:  ___ year old with "
        + c.pick(
            (
                "fall from horse",
                "MVC rollover on unpaved road",
                "sudden headache",
                "abdominal pain, fever",
                "dyspnea, hypoxia",
                "vaginal bleeding at ___ weeks",
                "trauma, hypotension",
            )
        )
        + ".  ___"
    )


def _b_telerad_ct(c: _Ctx) -> Blocks:
    exam = c.pick(
        (
            "CT HEAD WITHOUT CONTRAST",
            "CT ABDOMEN/PELVIS WITH IV CONTRAST",
            "CTA HEAD AND NECK",
            "CT CERVICAL SPINE WITHOUT CONTRAST",
            "CT CHEST PE PROTOCOL",
        )
    )
    return [
        (_rad_header(c, exam), False),
        (
            "TELERADIOLOGY PRELIMINARY READ for a critical access hospital; final read to follow. Images received "
            "via VPN (" + c.version() + ").",
            False,
        ),
        (
            "TECHNIQUE:  Helical acquisition on a 16-slice scanner ("
            + c.ref()
            + "). DLP "
            + str(c.rng.randint(300, 1800))
            + " mGy-cm.  COMPARISON:  ___.",
            False,
        ),
        (
            "FINDINGS:\n"
            + c.pick(
                (
                    "No intracranial hemorrhage, mass effect or midline shift. Gray-white differentiation preserved. "
                    "Attenuation 34 Hounsfield units in the basal ganglia.",
                    "Hyperdense left MCA. Early loss of insular ribbon. ASPECTS 8.",
                    "Small hemoperitoneum in Morison's pouch. Splenic laceration grade III without active "
                    "extravasation.",
                    "Filling defects in the right lower lobe segmental arteries; Hampton's hump and no "
                    "Westermark sign on scout.",
                    "Nondisplaced fracture of C6 lamina; prevertebral soft tissues normal.",
                )
            ),
            False,
        ),
        (
            "Incidental: "
            + c.pick(
                (
                    "6 mm solid nodule, Fleischner follow-up per guideline.",
                    "Bosniak II renal cyst.",
                    "Chiari network-like structure in the RA on partial view.",
                    "None.",
                )
            ),
            True,
        ),
        (
            "IMPRESSION:\n1. "
            + c.pick(
                (
                    "No acute intracranial abnormality.",
                    "Acute left MCA territory infarct.",
                    "Grade III splenic injury; transfer recommended.",
                    "Acute pulmonary emboli.",
                    "C6 lamina fracture.",
                )
            )
            + "\n2. Findings discussed with the CAH physician.",
            False,
        ),
        ("Prelim issued " + c.shifted() + " 0322. Reader licensed in the originating state.", True),
    ]


def _b_frontier_us(c: _Ctx) -> Blocks:
    probe = c.pick(("Butterfly iQ+", "Philips Lumify", "GE Vscan Air", "Sonosite PX"))
    return [
        (
            _rad_header(
                c,
                c.pick(
                    (
                        "ULTRASOUND OB LIMITED",
                        "FAST EXAM",
                        "ULTRASOUND RUQ",
                        "ULTRASOUND RENAL",
                        "ULTRASOUND LOWER EXTREMITY VENOUS",
                    )
                ),
            ),
            False,
        ),
        (
            f"Performed at the frontier clinic by the PA with a handheld probe ({probe}); stored clips reviewed "
            "remotely. Limited study; no sonographer on site.",
            False,
        ),
        (
            "FINDINGS:\n"
            + c.pick(
                (
                    "Single live intrauterine pregnancy, cephalic; FHR 148; biometry ~35 weeks by Leopold "
                    "maneuvers and "
                    "BPD; placenta posterior, no previa. AFI 9 cm.",
                    "No free fluid in Morison's pouch, splenorenal or pelvic views. No pericardial effusion.",
                    "Gallbladder with shadowing stones, wall 5 mm, sonographic Murphy's sign positive. CBD 5 mm.",
                    "Bilateral renal size normal; cortical echogenicity increased; no hydronephrosis.",
                    "Noncompressible right common femoral vein with echogenic thrombus; Wells score 3.",
                )
            ),
            False,
        ),
        (
            "Image quality: "
            + c.pick(("limited by habitus", "adequate", "limited by bandwidth -- clips compressed"))
            + f". Probe {c.ref()}, {c.version()}.",
            True,
        ),
        (
            "IMPRESSION:\n"
            + c.pick(
                (
                    "Live IUP; recommend formal growth scan at hub.",
                    "Negative FAST.",
                    "Acute calculous cholecystitis likely.",
                    "Medical renal disease.",
                    "Acute right femoral DVT.",
                )
            ),
            False,
        ),
        (
            "Remote reviewer recommendations sent back through the telehealth platform; patient to be transferred "
            "if the clinic cannot arrange follow-up within 24 h.",
            True,
        ),
    ]


def _b_overread(c: _Ctx) -> Blocks:
    return [
        (
            _rad_header(
                c,
                c.pick(
                    (
                        "OUTSIDE CT HEAD -- SECOND OPINION",
                        "OUTSIDE CT ABDOMEN/PELVIS OVER-READ",
                        "OUTSIDE CHEST RADIOGRAPH OVER-READ",
                        "OUTSIDE CT C-SPINE OVER-READ",
                    )
                ),
            ),
            False,
        ),
        (
            "Images from the referring critical access hospital loaded from CD (" + c.lot() + ") and the image-sharing "
            "exchange at the receiving hub. Outside report reviewed: ___.",
            False,
        ),
        (
            "FINDINGS:\n"
            + c.pick(
                (
                    "Agree with no intracranial hemorrhage. Additional finding: small right frontal contusion "
                    "not described.",
                    "Agree with splenic laceration; additionally a left renal laceration with perinephric hematoma.",
                    "Disagree: the 'infiltrate' represents atelectasis; no Kerley B lines; no effusion.",
                    "Agree with C6 fracture; also subtle C7 spinous process fracture.",
                )
            ),
            False,
        ),
        (
            "Comparison limited by the absence of thin sections; recommend repeat with thin reconstructions "
            "only if clinically indicated (transfer dose already " + str(c.rng.randint(400, 1900)) + " mGy-cm).",
            True,
        ),
        (
            "IMPRESSION:\nOver-read "
            + c.pick(("concordant", "with minor discrepancy", "with major discrepancy"))
            + " with the outside preliminary report. Discrepancy entered into peer review.",
            False,
        ),
        ("Note: outside DICOM headers contained ___ which were masked on import.", True),
    ]


def _b_remote_cxr(c: _Ctx) -> Blocks:
    return [
        (_rad_header(c, c.pick(("CHEST (PORTABLE AP)", "CHEST PA AND LATERAL", "CHEST AP SUPINE (TRAUMA)"))), False),
        (
            "Portable radiograph obtained by the CAH's single on-call rad tech, transmitted for remote interpretation."
            " COMPARISON: " + c.shifted() + ".",
            False,
        ),
        (
            "FINDINGS:\n"
            + c.pick(
                (
                    "Right lower lobe consolidation with air bronchograms. No effusion. Heart size normal.",
                    "Bilateral interstitial and alveolar opacities with Kerley B lines; small effusions. "
                    "Consider hantavirus "
                    "in the appropriate exposure context.",
                    "ET tube 4 cm above the carina. OG tube in the stomach. No pneumothorax.",
                    "Hyperinflation; no focal consolidation; old granulomatous disease.",
                )
            ),
            False,
        ),
        (
            "Lines/tubes: "
            + c.pick(
                (
                    "none",
                    "Swan-Ganz absent; right IJ tip at the cavoatrial junction",
                    "EZ-IO noted over the tibia on scout",
                )
            )
            + ".",
            True,
        ),
        (
            "IMPRESSION:\n"
            + c.pick(
                (
                    "Right lower lobe pneumonia.",
                    "Pulmonary edema pattern.",
                    "Satisfactory tube positions.",
                    "No acute cardiopulmonary process.",
                )
            ),
            False,
        ),
        ("Communication: preliminary result relayed to the CAH physician by phone; final report sent to RPMS.", True),
    ]


def _b_mobile(c: _Ctx) -> Blocks:
    return [
        (
            _rad_header(
                c,
                c.pick(
                    (
                        "MRI LUMBAR SPINE WITHOUT CONTRAST (MOBILE UNIT)",
                        "MRI BRAIN WITH AND WITHOUT CONTRAST (MOBILE UNIT)",
                        "CT CHEST LOW DOSE SCREENING (MOBILE COACH)",
                        "MRI KNEE (MOBILE UNIT)",
                    )
                ),
            ),
            False,
        ),
        (
            "Study performed in the visiting mobile imaging coach parked at the CAH (monthly rotation). "
            f"1.5T magnet, {c.version()}. Gadolinium {c.lot()}, {c.expiry()}.",
            False,
        ),
        (
            "FINDINGS:\n"
            + c.pick(
                (
                    "L4-5 broad-based disc bulge with moderate foraminal narrowing. No cauda equina compression.",
                    "No acute infarct. Scattered T2 hyperintensities, chronic small vessel disease. No "
                    "enhancing lesion.",
                    "6 mm solid RUL nodule, Lung-RADS 3. Coronary calcification. Emphysema.",
                    "Complex tear of the medial meniscus posterior horn; ACL intact.",
                )
            ),
            False,
        ),
        (
            "Patient tolerated the study; traveled "
            + str(c.rng.randint(40, 160))
            + " miles for the slot. Claustrophobia "
            "managed with coaching.",
            True,
        ),
        (
            "IMPRESSION:\n"
            + c.pick(
                (
                    "Degenerative change as above.",
                    "No acute intracranial abnormality.",
                    "Lung-RADS 3; 6-month follow-up when the coach returns.",
                    "Medial meniscal tear.",
                )
            ),
            False,
        ),
        ("Report routed to the ordering clinic; follow-up scheduling coordinated by PRC if hub imaging needed.", True),
    ]


def _b_telerad_addendum(c: _Ctx) -> Blocks:
    return [
        (
            _rad_header(
                c,
                c.pick(
                    (
                        "CT HEAD WITHOUT CONTRAST -- ADDENDUM",
                        "CT ABDOMEN/PELVIS -- ADDENDUM",
                        "CHEST RADIOGRAPH -- ADDENDUM",
                    )
                ),
            ),
            False,
        ),
        ("ADDENDUM (final read differs from the overnight teleradiology preliminary):", False),
        (
            "Preliminary: "
            + c.pick(("no acute abnormality", "small bowel obstruction", "no pneumothorax"))
            + ".  Final: "
            + c.pick(
                (
                    "subtle acute subdural hematoma along the left convexity, 4 mm",
                    "appendicitis with periappendiceal abscess",
                    "small apical pneumothorax on the right",
                )
            )
            + ".",
            False,
        ),
        (
            "CRITICAL RESULT COMMUNICATION LOG\nCall placed: " + c.shifted() + " 0745   Recipient role: CAH physician\n"
            "Read-back: yes   Method: phone (first attempt failed -- landline down, satellite phone used)",
            False,
        ),
        (
            "Discrepancy category: "
            + c.pick(("2 (minor)", "3 (clinically significant)", "major"))
            + ". Peer review ticket opened with the teleradiology group QA.",
            True,
        ),
        (
            "Recommendations: "
            + c.pick(("repeat CT in 6 h or transfer", "surgical consult at the hub", "chest tube per clinical status"))
            + ". Weather hold at the CAH noted by the clinician.",
            True,
        ),
    ]


_KINDS: dict[str, tuple[str, Callable[[_Ctx], Blocks]]] = {
    "ihs_discharge": ("discharge", _b_ihs_discharge),
    "cah_transfer": ("discharge", _b_cah_transfer),
    "prc_referral": ("discharge", _b_prc_referral),
    "chr_home_visit": ("discharge", _b_chr_home_visit),
    "telehealth_consult": ("discharge", _b_telehealth),
    "transport_record": ("discharge", _b_transport),
    "frontier_clinic": ("discharge", _b_frontier_clinic),
    "med_rec_mail_order": ("discharge", _b_med_rec),
    "exposure_consult": ("discharge", _b_exposure),
    "swing_bed": ("discharge", _b_swing_bed),
    "telerad_ct": ("radiology", _b_telerad_ct),
    "frontier_ultrasound": ("radiology", _b_frontier_us),
    "transfer_overread": ("radiology", _b_overread),
    "remote_cxr": ("radiology", _b_remote_cxr),
    "mobile_imaging": ("radiology", _b_mobile),
    "telerad_addendum": ("radiology", _b_telerad_addendum),
}
DOCUMENT_KINDS = tuple(_KINDS)
_BY_TYPE = {t: tuple(k for k, (nt, _) in _KINDS.items() if nt == t) for t in ("discharge", "radiology")}

# Extra filler (removable), drawn to reach a target length
_EXTRA_DISCHARGE = (
    "Nursing: {ambulated in the hall with a walker|up to chair x{2-4} with assist|independent in room}; family at "
    "bedside; {traditional healer visit accommodated per patient request|smudging done outside per policy|"
    "ceremony at home planned after discharge}.",
    "Case management: PRC notified within 72 hours; alternate resources reviewed ({Medicaid, Medicare|Medicaid|"
    "Blue Cross through an employer|none found}); lodging for family at the hub {arranged through the patient's "
    "tribe|at a family house near the hub|not available -- family slept in the truck}.",
    "Transportation: {no vehicle at home|one truck shared by {3-6} households|vehicle broken down}; the tribal "
    "transit van runs {Mon/Wed/Fri|Tue/Thu|twice a month}; the round trip to the hub is about {3-9} hours in good "
    "weather.",
    "Pharmacy: mail-order refills arrive at the {HC box|P.O. box|village store}; insulin must be kept cold -- "
    "cooler with ice packs; the post office is {8-60} miles from the home.",
    "Public health: case reported to the county and the tribal health department; {contact tracing|home visit|"
    "household testing} by the public health nurse.",
    "Water: household uses {an unregulated livestock well|a cistern filled from the chapter well|water hauled "
    "in barrels}; advised bottled water for drinking and formula; see epa.gov/privatewells for testing "
    "information.",
    "Language: prefers {Diné|Lakota|Yup'ik|Crow|Blackfeet|Spanish}; interpreter used for consent and discharge "
    "teaching; teach-back confirmed.",
    "Telehealth: follow-up scheduled by video at the {chapter house health station|tribal clinic|school clinic "
    "room}, which has reliable internet; home has {no broadband|satellite only|cell signal on the ridge only}.",
    "Weather: {a winter storm|a flash flood|a blizzard|a washout} closed the {pass|road|airstrip} for {6-40} h; "
    "discharge delayed until it reopened.",
    "Labs: Hgb {9-14}.{0-9}, WBC {4-16}.{0-9}, Plt {110-390}, Na {128-144}, K {3-5}.{0-9}, Cr {0-2}.{1-9}, "
    "glucose {80-380}, A1c {5-13}.{0-9}%.",
    "Resources: www.ihs.gov for PRC eligibility; Indian Health Service facility locator given to family.",
    "Behavioral health: screened PHQ-9 of {2-16}; 988 Suicide & Crisis Lifeline information given; tribal "
    "behavioral health follow-up arranged.",
    "Insurance: {Blue Cross through a spouse's employer listed as primary; Medicaid secondary|Medicaid only|"
    "Medicare Part A/B, no Part D|uninsured -- Medicaid application started}; PRC payer of last resort.",
    "Devices: {home glucose meter and Dexcom G7|FreeStyle Libre 3 reader|Omnipod 5 started at the hub|"
    "glucometer only, strips from mail order}; {CPAP at home, no power some nights|home oxygen via Inogen One G5|"
    "no DME}.",
    "Documentation: scanned outside records into {Cerner|Epic} at the hub and RPMS at the service unit; some "
    "pages illegible after fax.",
    "Risk review: {Virchow's triad present after the long drive|Wells score {0-4}}; {Ranson criteria {0-3} on "
    "admission labs|Child-Pugh {A|B}}; {last mobile mammogram BI-RADS {1-2}|no prior screening}.",
    "Transport note: brief Trendelenburg positioning for hypotension during loading; resolved with {250-1000} mL "
    "fluids.",
    "Licensure: the remote specialists are licensed in {Arizona and New Mexico|South Dakota and Montana|Alaska}; "
    "the CAH credentials them by proxy.",
    "Work history: seasonal farm labor in {Mexico|Canada|Mexico and Canada} before returning to the family ranch.",
    "Nutrition: {commodity foods program|traditional foods -- mutton, blue corn, fry bread|subsistence salmon and "
    "seal oil|garden and canned foods}; the nearest full grocery is {30-140} miles away.",
    "Elder care: {grandson helps with chores|lives alone, CHR checks weekly|daughter moved home to help}; "
    "wood hauled by the {chapter|family|tribal elder program}.",
    "Vaccines: influenza and COVID offered; {declined|given|deferred to the CHR home visit}; Tdap up to date per RPMS.",
)

_EXTRA_RADIOLOGY = (
    "Protocol: weight-based contrast, {60-100} mL Omnipaque 350, power injector {2-4} mL/s through a {18|20|22} g "
    "{left|right} AC line; no extravasation.",
    "Dose: CTDIvol {8-60} mGy; DLP {200-1800} mGy-cm; {Isovue-370 used for the CTA portion|no contrast given}.",
    "Image transfer: study compressed losslessly before transmission over the {satellite|microwave|T1} link; "
    "{100-900} images received, {none missing|{1-9} missing and re-sent}.",
    "Quality: {motion artifact on the first series|streak artifact from arms down|beam hardening posterior "
    "fossa}; {repeat series obtained after coaching through an interpreter|diagnostic nonetheless}.",
    "Comparison: no prior imaging at this facility; the hub archive was queried and {no prior study was "
    "found|a prior study could not be retrieved|an old radiograph was available only as a scanned film}.",
    "Reader note: interpreted remotely on a credentialed diagnostic workstation; {monitors calibrated per "
    "department QA|voice recognition errors possible}.",
    "Clinical context from the CAH physician by phone: {long extrication|ejected from vehicle|kicked by a "
    "horse|fall from a roof}, GCS {13-15} at the scene, {hemodynamically stable|tachycardic} on arrival.",
    "Technologist: one on-call technologist covers x-ray, CT and lab at night; patient scanned {on the "
    "backboard|in a c-collar|supine}.",
    "Contrast safety: eGFR {35-110}; no prior reaction; metformin hold per policy.",
    "Pregnancy screen: {negative urine hCG documented by the CAH before the study|male patient, not applicable}.",
    "Follow-up imaging recommendations entered in the tracking list; follow-up is coordinated through PRC "
    "because the patient lives {60-240} miles from the hub.",
    "Scanner: {16|32|64}-slice CT installed with a rural health grant; the CAH has no MRI, visiting coach "
    "{monthly|every 6 weeks}.",
    "Limitations: {portable technique, rotated patient|overlying backboard and monitoring leads|patient "
    "habitus|limited inspiration}.",
    "Weather: {a winter storm|a dust storm|an ice storm} closed the {pass|airstrip} for {4-30} h; the patient "
    "remained at the CAH pending transfer.",
    "Licensure: the remote readers are licensed in {Arizona and New Mexico|South Dakota and Montana|Alaska}; "
    "the CAH credentials them by proxy.",
    "Imaging exchange: images shared through the Sectra image exchange; the CAH's PACS {is on Epic at the hub "
    "side|is a standalone archive|syncs nightly}.",
    "Prior outside report: {not available|scanned copy received by fax, partially legible|verbal report only}.",
)


def _fill(c: _Ctx, template: str) -> str:
    """Expand {a|b|c} choices and {lo-hi} integers (innermost first)."""
    s = template
    while True:
        close = s.find("}")
        if close < 0:
            return s
        open_ = s.rfind("{", 0, close)
        body = s[open_ + 1 : close]
        if "|" not in body and "-" in body and body.replace("-", "").isdigit():
            lo, hi = (int(x) for x in body.split("-"))
            rep = str(c.rng.randint(lo, hi))
        else:
            rep = c.rng.choice(body.split("|"))
        s = s[:open_] + rep + s[close + 1 :]


def _heavy_block(c: _Ctx) -> str:
    lines = [
        "CONTACTS / ROUTING (system-generated)",
        "Patient: ___   HRN: ___   DOB: ___   Tribal enrollment #: ___",
        "Address: ___, ___, ___ ___   Phone: ___   Alt phone: ___ (chapter house)",
        "Emergency contact: ___ (___)   Phone: ___",
        "CHR: ___   PCP: ___   Referring: ___   Accepting: ___",
        "PRC auth: ___   Payer ID: ___   Mail-order pharmacy: ___   Rx #: ___",
        "Transport: ___   Tail/plate: ___   Run #: ___",
        "cc: ___, ___; fax ___",
    ]
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------------
# Assembly
# --------------------------------------------------------------------------------------------------


def _is_heavy(seed: int, i: int) -> bool:
    return i % 20 == (seed * 7 + 3) % 20


def _is_planted(seed: int, i: int) -> bool:
    return not _is_heavy(seed, i) and _frac(i * _PHI + seed * 0.3183) < 0.6105


def _note_type(seed: int, i: int) -> str:
    return "radiology" if _frac(i * _SQ2 + seed * 0.2718) < 0.45 else "discharge"


def document_kind(seed: int, i: int) -> str:
    t = _note_type(seed, i)
    kinds = _BY_TYPE[t]
    return kinds[int(_frac(i * _SQ3 + seed * 0.1129) * len(kinds))]


def _categories(seed: int, i: int, n: int) -> list[str]:
    return [CATEGORIES[int(_frac(seed * 0.5772 + (i * 4 + j) * _SQ7 + j * _PHI) * len(CATEGORIES))] for j in range(n)]


def _build(seed: int, i: int) -> tuple[LabelledNote, list[str], str]:
    rng = random.Random(f"holdout71:{seed}:{i}")
    heavy = _is_heavy(seed, i)
    c = _Ctx(rng, heavy)
    kind = document_kind(seed, i)
    ntype, builder = _KINDS[kind]
    blocks: Blocks = builder(c)
    target = rng.randint(1150, 2900 if ntype == "discharge" else 2000)
    extras = list(_EXTRA_DISCHARGE if ntype == "discharge" else _EXTRA_RADIOLOGY)
    rng.shuffle(extras)
    while sum(len(b) + 2 for b, _ in blocks) < target and extras:
        pos = rng.randint(1, len(blocks) - (ntype == "radiology"))
        blocks.insert(pos, (_fill(c, extras.pop()), True))
    while sum(len(b) + 2 for b, _ in blocks) > 3500:
        idx = [k for k, (_, rem) in enumerate(blocks) if rem]
        if not idx:
            break
        blocks.pop(idx[-1])
    parts_blocks: list[list[Part]] = [[(b, None)] for b, _ in blocks]
    if heavy:
        parts_blocks.insert(rng.randint(1, len(parts_blocks)), [(_heavy_block(c), None)])
        parts_blocks.append([("Signed: ___, ___ / ___   Pager ___   Fax ___   Email ___", None)])
    elif _is_planted(seed, i):
        n = rng.choices((1, 2, 3, 4), weights=(40, 30, 20, 10))[0]
        for cat in _categories(seed, i, n):
            parts, mode = _plant(c, cat, ntype)
            if mode == "line":
                k = rng.randrange(len(parts_blocks))
                parts_blocks[k] = parts_blocks[k] + [("\n", None)] + parts
            else:
                parts_blocks.insert(rng.randint(1, len(parts_blocks)), parts)
    text_parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    for bi, blk in enumerate(parts_blocks):
        if bi:
            text_parts.append("\n\n")
            pos += 2
        for txt, cat in blk:
            if cat is not None:
                spans.append((pos, pos + len(txt), cat))
            text_parts.append(txt)
            pos += len(txt)
    text = "".join(text_parts) + "\n"
    looks = [s for s in dict.fromkeys(c.la) if s in text]
    looks += [s for s in EPONYMS_AND_BRANDS if s in text and s not in looks]
    return LabelledNote(ntype, text, spans), looks, "heavy" if heavy else "normal"


def holdout71_note(seed: int, i: int) -> LabelledNote:
    return _build(seed, i)[0]


def holdout71_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout71_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = holdout_measure.measure(
        holdout71_corpus, argv, "Held-out corpus 71 (rural, frontier and tribal health around an admission)"
    )
    holdout_measure.report("holdout71", args, notes, hits, res)


if __name__ == "__main__":
    main()
