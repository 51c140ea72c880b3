"""Held-out corpus 86: wilderness medicine, search and rescue and national-park incidents around an admission.

MIMIC-IV-Note shaped notes (most identifiers already ``___``; unmasked dates shifted into 2100-2200 and never
labelled) in which about 58% of the notes carry 1-4 identifiers that escaped masking, and exactly 5% are "heavy"
notes (many ``___``, no plants). Categories of the planted identifiers come from a Weyl sequence over the note
index, so the per-category totals are stable.

Document kinds (17; 11 discharge-type, 6 radiology-type):

- ``sar_mission_report`` -- a county SAR team's mission report scanned into the chart (subject, reporting party,
  last known point, resources, timeline, team-medic findings);
- ``ranger_pcr`` -- a park ranger / EMS patient care report (run sheet, vitals table, crew, receiving facility);
- ``air_medical_transfer`` -- a helicopter hoist and air-medical transport record (aircraft, crew, hoist
  timeline, billing face sheet);
- ``avalanche_discharge`` -- discharge summary after an avalanche burial (transceiver search, hypothermia);
- ``lightning_discharge`` -- discharge summary after a lightning strike above treeline;
- ``frostbite_clinic`` -- frostbite clinic follow-up (Hennepin/Cauchy grading, iloprost, bone scan review);
- ``altitude_clinic`` -- altitude illness clinic note (HAPE/HACE, Lake Louise Score, pre-expedition plan);
- ``ski_patrol_report`` -- a ski area's patrol accident report with the ED hand-off;
- ``guide_statement`` -- an outfitter's or guide's written statement attached to the trauma H&P;
- ``incident_action_plan`` -- incident action plan pages (ICS 202/204/206 medical plan) filed with the admission;
- ``trailhead_casework`` -- case-management note about the vehicle at the trailhead, the backcountry permit,
  family contacts and belongings;
- ``ct_head_cspine`` -- CT head and cervical spine after a fall;
- ``frostbite_bone_scan`` -- three-phase Tc-99m bone scan of frostbitten digits;
- ``spine_films`` -- thoracolumbar spine radiographs / CT;
- ``chest_radiograph`` -- portable chest radiograph (HAPE, immersion, lightning);
- ``ct_trauma_cap`` -- CT chest/abdomen/pelvis for avalanche or fall trauma;
- ``extremity_films`` -- extremity radiographs (frostbitten hands, ski and climbing injuries).

Label policy (the detector's policy, copied from the brief):
PERSON is one span per name (given and family together, titles outside); LOCATION is a place below state level (a
street line is STREET_ADDRESS; town and ZIP are separate spans; states and countries are never labelled, and "New
York" alone is the state); ORGANIZATION is a named hospital, practice, pharmacy (a chain's store too), agency, school
or employer, never a generic department, and never a drug maker, biotech or trial sponsor named as such (a jail,
prison or court is one; a payer or insurer named as such is not). DATE_REAL_YEAR is a whole date carrying a year
1900-2030 (a bare year is not labelled; a device, drug or lot expiry date is not labelled; a death date is).
AGE_OVER_89 labels the digits of ages >= 90. DEVICE_ID is a device serial (for a GS1 UDI only the (21) serial) or a
hospital asset tag; lot, GTIN, REF, model and expiry are not identifiers. A toll-free phone number (800, 888, 877,
866, 855, 844, 833) is a public line: never labelled; a device maker's or vendor's toll-free fax neither, a
practice's toll-free fax is FAX. ACCOUNT covers account, encounter, incident/run, accession, order, requisition,
claim and specimen numbers, and a vendor's call or session id for the patient's encounter; HEALTH_PLAN member,
subscriber and policy ids (an employer's group number is not the member's id: leave it unlabelled); LICENSE
medical, nursing, EMS, DEA and driver's licences and a clinician's NPI. Spans hold the value only: cue words
("Dr.", "MRN:", "pager", "Fax", "SN", "plate", "Acct") and credentials ("MD", "RN") stay outside.

Conventions chosen for this corpus (where the brief leaves a choice):

- Places: towns, counties, national parks, forests and wilderness areas, peaks, passes, couloirs, lakes, creeks and
  drainages, trailheads, campgrounds, backcountry huts, ranger stations and named ski runs are LOCATION. The span
  is the whole proper name with its capitalised head word ("Ptarmigan Lake", "Quartz Creek Campground",
  "Sawmill Flat Ranger Station"); a lower-case generic word after the name ("the Hidden Falls trailhead") stays
  outside. GPS coordinates, UTM/USNG grid references and search-segment geometry are written masked (``___``, no
  category); search segment labels ("Segment 14B"), chair-lift numbers and campsite numbers are unlabelled.
- Organisations: county SAR teams and mountain-rescue groups, sheriff's offices, fire protection districts and
  ambulance services, air-medical operators, ski areas (as operators; "Ski Patrol" after the name is a generic
  department and stays outside), outfitters and guide services, lodges and other employers, hospitals, clinics
  and pharmacies are ORGANIZATION. Federal and national bodies (National Park Service, US Forest Service, Bureau of
  Land Management, National Weather Service, NOAA SARSAT, AFRCC, Civil Air Patrol), societies (Wilderness Medical
  Society, Mountain Rescue Association, National Ski Patrol) and payers stay unlabelled.
- ACCOUNT: SAR mission numbers, park incident/case numbers, CAD and dispatch incident numbers, PCR/run numbers,
  workers' compensation claim numbers (sheriff's case numbers would be ACCOUNT too; they are always masked here),
  air-medical flight request numbers, ski-patrol accident report numbers, backcountry permit and reservation
  numbers, radiology accession, encounter and claim numbers.
- DEVICE_ID: personal locator beacon (406 MHz) UINs, avalanche transceiver serials, satellite messenger IMEIs and
  ESNs, monitor/AED and warming-device serials, hospital asset tags and the (21) serial of a UDI.
- VEHICLE_ID: helicopter and aircraft tail numbers (N-numbers), trailhead and ambulance licence plates, VINs and
  snowmobile/OHV registration numbers. Radio call signs and unit designators ("Medic 3", "Ranger 412") stay
  unlabelled.
- LICENSE: EMT/paramedic state licences, National Registry numbers, pilot certificates, driver's licences, NPIs,
  DEA, medical and nursing licences. Guide and outfitter licences, hunting and fishing licences, avalanche-course
  and OEC certificate numbers, and ski season-pass numbers are written masked (``___``, no category).
- HEALTH_PLAN: health-plan member/subscriber ids, Medicaid ids, air-ambulance membership numbers and evacuation
  insurance policy numbers; group numbers stay unlabelled.
- URL: a patient's personal satellite-tracking (MapShare) page, shared trip map, blog, fundraiser or social
  profile; public bodies' websites (nps.gov, avalanche.org, weather.gov, recreation.gov) stay unlabelled.
- IP_ADDRESS: every IP address (private, CGNAT, documentation ranges, IPv6) in ePCR sync, PACS and teleconsult logs.
- Search dogs' names, radio frequencies and channels, ICS form numbers, avalanche danger ratings and sizes, route
  grades, elevations, model numbers, lots, NDCs, expiry dates and software versions are look-alikes.

Written blind: I read only the brief (``bench/holdout_corpus_task.md``), ``lqs_clinical/synth/holdout_measure.py``,
the first 45 lines of ``lqs_clinical/synth/notes.py``, ``pyproject.toml``, ``/work/shared/reference/*.md`` and the
PyHealth synthetic note-shaped samples (``discharge.csv``, ``radiology.csv``) with ``SOURCES.md`` under
``/work/shared/data/``. I read no detector code, rule file, other corpus, test or history, and never ran the
detector.
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Callable

from lqs_clinical.synth import holdout_measure
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

# --------------------------------------------------------------------------------------------------
# Look-alikes (never labelled)
# --------------------------------------------------------------------------------------------------

_EPONYMS = (
    "Lake Louise Score", "Glasgow Coma Scale", "Swiss staging", "Lichtenberg figures", "Osborn waves",
    "Parkland formula", "Ottawa ankle rules", "Canadian C-spine rule", "NEXUS criteria", "Hill-Sachs lesion",
    "Bankart lesion", "Segond fracture", "Chance fracture", "Jefferson fracture", "Colles fracture",
    "Maisonneuve fracture", "Lisfranc injury", "Salter-Harris II", "Weber B", "Denis three-column",
    "Stimson technique", "Cunningham technique", "Hennepin score", "Cauchy classification", "Stener lesion",
    "Kehr sign", "Beck triad", "Cushing reflex", "Battle sign", "AAST grade", "Hunt and Hess",
)
_BRANDS = (
    "Barryvox S", "Pieps DSP Pro", "BCA Tracker3", "AvaLung", "ResQLink 400", "inReach Mini 2", "SPOT Gen4",
    "Gamow bag", "Sked stretcher", "Stokes basket", "Bauman bag", "Cascade toboggan", "SAM Splint",
    "SAM Pelvic Sling", "Hare traction splint", "Kendrick Traction Device", "Bair Hugger", "Ready-Heat blanket",
    "LIFEPAK 15", "Zoll X Series", "EpiPen", "QuikClot", "CAT tourniquet", "Israeli bandage", "Bell 407",
    "Airbus H125", "AS350 B3", "UH-60 Black Hawk", "EC145", "Siemens SOMATOM", "GE Revolution CT",
    "Philips DigitalDiagnost", "CalTopo", "ImageTrend Elite", "Motorola APX 6000", "Diamox", "Decadron",
    "Adalat CC", "Toradol", "Zofran", "Ancef", "Silvadene", "Activase", "Boostrix", "Tylenol", "Motrin",
    "Keflex", "Technescan MDP", "Omnipaque 350",
)
_PUBLIC = (
    "National Park Service", "US Forest Service", "Bureau of Land Management", "National Weather Service",
    "NOAA SARSAT", "AFRCC", "Civil Air Patrol", "Wilderness Medical Society", "Mountain Rescue Association",
    "National Ski Patrol", "www.nps.gov", "avalanche.org", "weather.gov", "recreation.gov",
    "wwwnc.cdc.gov/travel", "1-800-222-1222", "988 Suicide & Crisis Lifeline", "1-888-555-0117",
    "(877) 555-0164",
)
_STATES = ("Montana", "Wyoming", "Colorado", "Idaho", "Utah", "Alaska", "Oregon", "Nevada", "New Mexico",
           "New York", "Washington State")
_COUNTRIES = ("Nepal", "Peru", "Canada", "Switzerland", "Tanzania", "Argentina", "Bolivia")
_DEPTS = ("Emergency Department", "Burn Unit", "Trauma Surgery", "Wound Care Clinic", "Physical Therapy",
          "Nuclear Medicine", "Orthopaedic Surgery", "Interventional Radiology")
_MISC = (
    "ICS 206", "ICS 204", "ICS 214", "ICS 202", "ICS-213", "Considerable (3)", "High (4)", "D2 R2", "D1.5 R1",
    "YDS 5.9", "Class 3 scramble", "WI4 ice", "Tac 2", "155.160 MHz", "155.205 MHz", "K9 Juniper", "K9 Tika",
    "Segment 14B", "Segment 7A", "Medic 3", "Ranger 412", "Chair 4", "Rescue 1",
)
EPONYMS_AND_BRANDS: tuple[str, ...] = _EPONYMS + _BRANDS + _PUBLIC + _STATES + _COUNTRIES + _DEPTS + _MISC

# --------------------------------------------------------------------------------------------------
# Surrogate values (fictitious)
# --------------------------------------------------------------------------------------------------

_FIRST = (
    "Ingrid", "Tomas", "Keanu", "Marisol", "Desmond", "Aurelia", "Bjorn", "Priya", "Wendell", "Colette", "Rafael",
    "Noor", "Lachlan", "Tamsin", "Emeka", "Greta", "Hollis", "Yusuf", "Marguerite", "Dashiell", "Soren", "Alejandra",
    "Thaddeus", "Kiri", "Ottilie", "Ravi", "Beatrix", "Cormac", "Leilani", "Anders", "Saoirse", "Mateo", "Ines",
    "Rowan", "Delphine", "Kwame", "Astrid", "Jorge", "Mei", "Fennimore", "Odalys", "Pavel", "Sunniva", "Ezekiel",
    "Harriet", "Tenzin", "Magnus", "Rosalind", "Ignatius", "Wren", "Caspian", "Lupita", "Hamish", "Yara", "Dmitri",
)
_LAST = (
    "Halvorsen", "Okonkwo", "Lindqvist", "Tafoya", "Brannigan", "Castellanos", "Whitcombe", "Nakagawa", "Delacroix",
    "Sorensen", "Achebe", "McAllister", "Oyelaran", "Vasquez", "Thistlewood", "Kowalczyk", "Ferreira", "Abernathy",
    "Rasmussen", "Quintero", "Haverkamp", "O'Rourke", "Pemberton", "Szabo", "Iwasaki", "Bergstrom", "Mbeki",
    "Lafferty", "Dunleavy", "Ostrowski", "Villanueva", "Holloway", "Aksoy", "Strand", "Ngata", "Rutledge",
    "Esposito", "Calloway", "Birkeland", "Thorvaldsen", "Mwangi", "Kessler", "Yazzie", "Begay", "Redhorse",
    "Lindgren", "Eckhardt", "Sandoval", "Weatherby", "Grayhawk", "Marchetti", "Ashdown", "Pruitt", "Zielinski",
)
_ORGS = {
    "hospital": ("St. Brendan Regional Medical Center", "Kettle Valley Hospital", "Two Rivers Memorial Hospital",
                 "Alpine Vista Medical Center", "Eastridge Community Hospital", "Mercy Peaks Hospital",
                 "Cedar Hollow Critical Access Hospital", "Bitterbrush General Hospital",
                 "Summit County Regional Burn Center", "Larch Valley Health"),
    "sar": ("Tamarack County Search and Rescue", "Highline Mountain Rescue", "Bitter Creek Nordic Rescue",
            "Crestone Alpine Rescue Team", "Ouzel Valley SAR", "Kettle Range Backcountry Rescue",
            "Saddle Butte Search & Rescue Unit"),
    "sheriff": ("Tamarack County Sheriff's Office", "Bitter Creek County Sheriff's Office",
                "Marmot County Sheriff's Department", "Kettle County Sheriff"),
    "air": ("Highline Flight Care", "Summit Air Ambulance", "RimRock Air Rescue", "Peak Air Medical",
            "Aerowest LifeLine", "Two Rivers AirLink"),
    "ski": ("Snowcrest Mountain Resort", "Powder Gulch Ski Area", "Wolverine Basin Ski Resort",
            "Larkspur Peak Resort", "Granite Bowl Ski Hill"),
    "outfitter": ("Lone Cairn Outfitters", "Talus and Tine Guide Service", "Skyline Mountain Guides",
                  "High Lonesome Packers", "Cataract River Expeditions", "Ouzel Alpine Guides",
                  "Windriver Llama Treks"),
    "clinic": ("Timberline Family Medicine", "Basin Urgent Care", "Ouzel Valley Clinic",
               "High Country Travel & Altitude Clinic", "Cedar Hollow Health Center", "Elkhorn Orthopedics"),
    "pharmacy": ("Basin Drug", "Walgreens", "Alpine Apothecary", "Tamarack Pharmacy", "Safeway Pharmacy"),
    "employer": ("Copper Ridge Lodge", "Yellow Pine Mining Co.", "Moraine Hut Association", "Bitterroot Timber LLC",
                 "Silvertip Backcountry Lodge", "Kettle Valley School District"),
    "ems": ("Coldwater Fire Protection District", "Saddle Butte Volunteer Ambulance", "Marmot Valley EMS",
            "Cedar Hollow Ambulance Service", "Harlow Rural Fire District"),
}
_PLACES = {
    "town": ("Cedar Hollow", "Elkhorn Springs", "Marmot Flats", "Saddle Butte", "Pine Gulch", "Coldwater",
             "Ridgeway Falls", "Harlow", "Tamarack", "Crestone Junction", "Larch Valley", "Quartzburg"),
    "county": ("Tamarack County", "Bitter Creek County", "Marmot County", "Kettle County"),
    "park": ("Granite Peaks National Park", "Silvertip Wilderness", "Kettle Range National Forest",
             "Ouzel Lakes Wilderness", "Crestone Basin Recreation Area"),
    "peak": ("Mount Aldous", "Sentinel Peak", "Granite Spire", "Twin Sisters Peak", "Ouzel Peak", "Mount Kessler",
             "Hightop Dome", "Wolverine Peak", "Mount Tilden"),
    "lake": ("Ptarmigan Lake", "Lower Tamarack Lake", "Silver Tarn", "Bluebird Lake", "Cirque Lake",
             "Upper Ouzel Lake"),
    "drainage": ("North Fork Elk Creek", "Cataract Canyon", "Sheep Gulch", "Lost Horse Canyon", "Boulder Creek",
                 "Middle Fork Quartz Creek"),
    "trailhead": ("Hidden Falls Trailhead", "Cottonwood Pass Trailhead", "Rattlesnake Gulch Trailhead",
                  "Bear Paw Trailhead", "Sawmill Flat Trailhead", "Elk Meadow Trailhead"),
    "trailhead_base": ("Hidden Falls", "Cottonwood Pass", "Rattlesnake Gulch", "Bear Paw", "Sawmill Flat",
                       "Elk Meadow"),
    "campground": ("Aspen Flat Campground", "Quartz Creek Campground", "Willow Bend Campground",
                   "Spruce Hollow Campground"),
    "ranger": ("Sawmill Flat Ranger Station", "Lost Horse Ranger Station", "Kintail Ranger Station",
               "Ouzel Lakes Ranger Station"),
    "pass": ("Highline Pass", "Granite Notch", "Ouzel Couloir", "Skyline Saddle", "Marmot Col"),
    "hut": ("Moraine Hut", "Skyline Hut", "Tamarack Yurt"),
    "run": ("Upper Wolverine", "Larkspur Glades", "Devil's Chute", "Lower Ptarmigan Bowl", "Cornice Traverse"),
}
_STREETS = ("Larkspur", "Old Forge", "Cutthroat", "Aspen Glen", "Wapiti", "Lodgepole", "Quarry", "Chokecherry",
            "Thimbleberry", "Bitterbrush", "Eagle Rock", "Hidden Valley", "Ponderosa", "Snowberry", "Juniper Ridge")
_SUFFIX = ("Road", "Rd", "Lane", "Ln", "Drive", "Dr.", "Street", "St", "Trail", "Way", "Court", "Loop")
_AREAS = ("406", "307", "970", "719", "435", "801", "208", "541", "509", "360", "775", "928", "505", "303", "480",
          "907", "253", "971", "385", "720")
_DIG = "0123456789"
_UP = "ABCDEFGHJKLMNPRTUVWXYZ"
_HEX = "0123456789ABCDEF"
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice(_DIG) for _ in range(n))


def _g_person(r: random.Random, sub: str | None) -> str:
    f, last = r.choice(_FIRST), r.choice(_LAST)
    k = r.randrange(12)
    if k < 5:
        return f"{f} {last}"
    if k == 5:
        return f"{last}, {f}"
    if k == 6:
        return f"{f} {r.choice(_UP)}. {last}"
    if k == 7:
        return f"{f[0]}. {last}"
    if k == 8:
        return f"{f.upper()} {last.upper()}"
    if k == 9:
        return f"{f} {last}-{r.choice(_LAST)}"
    if k == 10:
        return f"{f} {r.choice(['de la', 'van der', 'da', 'von'])} {r.choice(_LAST)}"
    return f"{last.upper()}, {f}"


def _g_phone(r: random.Random, sub: str | None) -> str:
    if sub == "iridium":
        return f"+8816 {_d(r, 4)} {_d(r, 4)}" if r.random() < 0.5 else f"+8816{_d(r, 8)}"
    a = r.choice(("800", "888", "877", "866", "855")) if sub == "tollfree" else r.choice(_AREAS)
    x, y = f"{r.randint(2, 9)}{_d(r, 2)}", _d(r, 4)
    return r.choice((f"({a}) {x}-{y}", f"{a}-{x}-{y}", f"{a}.{x}.{y}", f"+1 {a} {x} {y}", f"1-{a}-{x}-{y}",
                     f"({a}){x}-{y}", f"{a} {x} {y}", f"{a}/{x}-{y}"))


def _g_pager(r: random.Random, sub: str | None) -> str:
    k = r.randrange(5)
    if k == 0:
        return f"{r.randint(2, 9)}-{_d(r, 4)}"
    if k == 1:
        return f"{r.randint(2, 9)}{_d(r, 4)}"
    if k == 2:
        return f"{r.randint(2, 9)}{_d(r, 2)}-{_d(r, 4)}"
    return _g_phone(r, None)


def _slug(s: str) -> str:
    return re.sub(r"[^a-z]", "", s.lower())


def _g_email(r: random.Random, sub: str | None) -> str:
    f, last = _slug(r.choice(_FIRST)), _slug(r.choice(_LAST))
    if sub == "org":
        dom = r.choice(("tamaracksar.org", "lonecairnoutfitters.com", "snowcrestresort.com", "kvhospital.org",
                        "highlineflightcare.com", "ouzelalpineguides.com", "saddlebutteems.net"))
    else:
        dom = r.choice(("gmail.com", "yahoo.com", "outlook.com", "proton.me", "icloud.com", "fastmail.com",
                        "hotmail.com", "mail.com", "comcast.net"))
    return r.choice((f"{f}.{last}@{dom}", f"{f[0]}{last}{r.randint(1, 99)}@{dom}", f"{last}.{f}@{dom}",
                     f"{f}_{last[:4]}@{dom}", f"{f}{last}@{dom}", f"{f}.{last[0]}.{r.randint(70, 99)}@{dom}"))


def _g_url(r: random.Random, sub: str | None) -> str:
    f, last = _slug(r.choice(_FIRST)), _slug(r.choice(_LAST))
    code = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(5))
    return r.choice((
        f"https://share.garmin.com/{f.capitalize()}{last.capitalize()}", f"share.garmin.com/{last}{_d(r, 2)}",
        f"https://www.gofundme.com/f/help-{f}-{last}-heal", f"https://www.strava.com/activities/{_d(r, 10)}",
        f"https://www.instagram.com/{f}.{last}.outside", f"http://{f}{last}climbs.wordpress.com",
        f"https://caltopo.com/m/{code}", f"www.{last}{f[0]}adventures.blog/trip-{_d(r, 3)}",
        f"https://maps.findmespot.com/s/{code}{_d(r, 2)}", f"https://www.facebook.com/{f}.{last}.{_d(r, 3)}",
    ))


def _g_ip(r: random.Random, sub: str | None) -> str:
    k = r.randrange(7)
    if k == 0:
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k == 1:
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k == 2:
        return f"192.168.{r.randint(0, 20)}.{r.randint(2, 254)}"
    if k == 3:
        return f"100.{r.randint(64, 127)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k == 4:
        return f"{r.choice(('198.51.100', '203.0.113', '192.0.2'))}.{r.randint(1, 254)}"
    if k == 5:
        h = [f"{r.randint(1, 0xffff):x}" for _ in range(3)]
        return f"2001:db8:{h[0]}:{h[1]}::{h[2]}"
    return f"{r.randint(24, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def _g_ssn(r: random.Random, sub: str | None) -> str:
    a, b, c = f"{r.randint(101, 665):03d}", f"{r.randint(10, 99)}", f"{r.randint(1000, 9999)}"
    return r.choice((f"{a}-{b}-{c}", f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}"))


def _g_mrn(r: random.Random, sub: str | None) -> str:
    return r.choice((_d(r, 7), _d(r, 8), "00" + _d(r, 7), f"W{_d(r, 7)}", f"{_d(r, 2)}-{_d(r, 2)}-{_d(r, 3)}",
                     f"K{_d(r, 8)}", f"{_d(r, 3)}-{_d(r, 4)}"))


def _yy(r: random.Random) -> str:
    return f"{r.randint(17, 26)}"


def _g_account(r: random.Random, sub: str | None) -> str:
    sub = sub or r.choice(("mission", "incident", "cad", "pcr", "flight", "accession", "encounter", "permit",
                           "patrol", "claim"))
    y = _yy(r)
    forms = {
        "mission": (f"{y}-{_d(r, 4)}", f"M{y}-{_d(r, 3)}", f"{y}SAR{_d(r, 4)}", f"SAR-{y}-{_d(r, 3)}"),
        "incident": (f"{y}-{_d(r, 5)}", f"{r.choice(('GRPK', 'KTLR', 'SLVT'))}-{y}-{_d(r, 4)}", _d(r, 8)),
        "cad": (f"{y}{_d(r, 6)}", f"CAD-{_d(r, 7)}", f"E{y}-{_d(r, 5)}"),
        "pcr": (_d(r, 7), f"PCR{_d(r, 6)}", f"{y}-{_d(r, 6)}"),
        "flight": (f"FR-{_d(r, 6)}", f"{y}-{_d(r, 4)}-R", f"TX{_d(r, 7)}"),
        "accession": (_d(r, 8), f"RA{_d(r, 7)}", f"CT{y}-{_d(r, 5)}", f"NM{_d(r, 6)}"),
        "encounter": (_d(r, 10), f"V{_d(r, 9)}", f"E{_d(r, 8)}"),
        "permit": (f"BC{y}-{_d(r, 5)}", f"WP-{_d(r, 6)}", f"R{_d(r, 9)}", f"{y}-OVN-{_d(r, 4)}"),
        "patrol": (f"SP{y}-{_d(r, 4)}", _d(r, 5), f"IR-{_d(r, 5)}"),
        "claim": (_d(r, 11), f"CLM-{_d(r, 8)}", f"{y}{_d(r, 3)}A{_d(r, 5)}"),
    }
    return r.choice(forms[sub])


def _g_plan(r: random.Random, sub: str | None) -> str:
    sub = sub or r.choice(("member", "air", "evac", "medicaid"))
    forms = {
        "member": (f"{r.choice(('XHW', 'ZGP', 'YRM', 'JQB'))}{_d(r, 9)}", f"{_d(r, 9)}01", f"W{_d(r, 8)}",
                   f"{_d(r, 3)}-{_d(r, 3)}-{_d(r, 3)}"),
        "air": (f"AMC{_d(r, 8)}", f"{_d(r, 4)} {_d(r, 4)} {_d(r, 2)}", f"LFM-{_d(r, 6)}"),
        "evac": (f"GRX-{_d(r, 7)}", f"POL{_d(r, 8)}", f"EV{_d(r, 2)}-{_d(r, 6)}"),
        "medicaid": (f"{r.choice(_UP)}{_d(r, 8)}", f"M{_d(r, 10)}", f"{_d(r, 2)}{r.choice(_UP)}{_d(r, 6)}"),
    }
    return r.choice(forms[sub])


def _g_license(r: random.Random, sub: str | None) -> str:
    sub = sub or r.choice(("npi", "dea", "emt", "nremt", "dl", "pilot", "rn", "med"))
    forms = {
        "npi": (r.choice("12") + _d(r, 9),),
        "dea": (f"{r.choice('ABFM')}{r.choice(_UP)}{_d(r, 7)}",),
        "emt": (f"P-{_d(r, 5)}", f"EMS-{_d(r, 6)}", f"{_d(r, 2)}-{_d(r, 4)}P", f"AEMT{_d(r, 5)}"),
        "nremt": (f"{r.choice('EP')}{_d(r, 7)}", f"NRP{_d(r, 6)}"),
        "dl": (_d(r, 9), f"{_d(r, 3)}-{_d(r, 3)}-{_d(r, 3)}", f"D{_d(r, 3)}-{_d(r, 4)}-{_d(r, 4)}",
               f"{r.choice(_UP)}{_d(r, 8)}"),
        "pilot": (_d(r, 7), f"{_d(r, 4)}{_d(r, 3)}CP"),
        "rn": (f"R{_d(r, 6)}", _d(r, 6), f"N{_d(r, 7)}", f"RN{_d(r, 6)}"),
        "med": (f"MED-{_d(r, 5)}", f"ME{_d(r, 5)}", f"{_d(r, 5)}-M", f"L{_d(r, 6)}"),
    }
    return r.choice(forms[sub])


def _g_zip(r: random.Random, sub: str | None) -> str:
    z = r.choice(("59", "82", "83", "80", "81", "84", "97", "98", "99", "85", "87", "89")) + _d(r, 3)
    return f"{z}-{_d(r, 4)}" if r.random() < 0.2 else z


def _g_street(r: random.Random, sub: str | None) -> str:
    n = str(r.randint(3, 48999))
    k = r.randrange(9)
    if k == 0:
        return f"HC {r.randint(30, 89)} Box {r.randint(100, 9999)}"
    if k == 1:
        return f"{r.choice(('PO Box', 'P.O. Box'))} {r.randint(10, 9999)}"
    if k == 2:
        return f"{n} County Road {r.randint(1, 400)}"
    if k == 3:
        return f"{n} {r.choice(('N', 'S', 'E', 'W', 'North', 'West'))} {r.choice(_STREETS)} {r.choice(_SUFFIX)}"
    if k == 4:
        return f"{n} {r.choice(_STREETS)} {r.choice(_SUFFIX)}, {r.choice(('Apt', 'Unit', 'Ste'))} {r.randint(1, 40)}"
    if k == 5:
        return f"{n} Hwy {r.randint(2, 287)}"
    return f"{n} {r.choice(_STREETS)} {r.choice(_SUFFIX)}"


def _g_date(r: random.Random, sub: str | None) -> str:
    lo, hi = (1924, 2008) if sub == "dob" else (2009, 2029) if sub == "event" else (1930, 2029)
    y, m, dd = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
    mon = _MONTHS[m - 1]
    return r.choice((f"{m:02d}/{dd:02d}/{y}", f"{m}/{dd}/{y}", f"{y}-{m:02d}-{dd:02d}", f"{mon} {dd}, {y}",
                     f"{mon[:3]} {dd} {y}", f"{dd}-{mon[:3]}-{y}", f"{dd} {mon} {y}", f"{m:02d}-{dd:02d}-{y}",
                     f"{dd:02d}{mon[:3].upper()}{y}", f"{mon[:3]}. {dd}, {y}"))


def _g_age(r: random.Random, sub: str | None) -> str:
    return str(r.choice((90, 91, 91, 92, 93, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102)))


def _g_device(r: random.Random, sub: str | None) -> str:
    sub = sub or r.choice(("plb", "beacon", "imei", "monitor", "asset", "udi", "spot"))
    if sub == "plb":
        return r.choice(("2DCC", "ADCD", "2DD4", "BE4C", "9D06", "2E26")) + "".join(r.choice(_HEX) for _ in range(11))
    if sub == "beacon":
        return r.choice((f"{_d(r, 2)}{r.choice(_UP)}{_d(r, 7)}", _d(r, 8), f"T3-{_d(r, 6)}", f"B{_d(r, 9)}"))
    if sub == "imei":
        return r.choice(("30043" + _d(r, 10), "3534" + _d(r, 11), f"30043{_d(r, 1)}-{_d(r, 9)}"))
    if sub == "monitor":
        return r.choice((_d(r, 8), f"{_d(r, 2)}{r.choice(_UP)}{_d(r, 6)}", f"AR{_d(r, 7)}", f"{_d(r, 4)}-{_d(r, 5)}"))
    if sub == "asset":
        return r.choice((f"BME-{_d(r, 6)}", f"AT{_d(r, 6)}", f"CE {_d(r, 5)}", f"{_d(r, 6)}-BIO"))
    if sub == "udi":
        return f"{r.choice(_UP)}{r.choice(_UP)}{_d(r, 6)}"
    return f"0-{_d(r, 7)}"


def _g_vehicle(r: random.Random, sub: str | None) -> str:
    sub = sub or r.choice(("tail", "plate", "vin", "sled"))
    if sub == "tail":
        return r.choice((f"N{r.randint(10, 999)}{r.choice(_UP)}{r.choice(_UP)}", f"N{r.randint(1000, 99999)}",
                         f"N{r.randint(100, 9999)}{r.choice(_UP)}"))
    if sub == "plate":
        u = [r.choice(_UP) for _ in range(3)]
        return r.choice((f"{r.randint(1, 64)}-{_d(r, 4)}{u[0]}", f"{''.join(u)} {_d(r, 4)}",
                         f"{''.join(u)}-{_d(r, 3)}", f"{r.randint(1, 9)}{''.join(u)}{_d(r, 3)}"))
    if sub == "vin":
        alpha = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        return r.choice("12345JKW") + "".join(r.choice(alpha) for _ in range(10)) + _d(r, 6)
    return r.choice((f"{_d(r, 5)}-{r.choice(('SM', 'SN', 'OHV'))}", f"{r.choice(_UP)}{r.choice(_UP)}-{_d(r, 6)}",
                     f"{_d(r, 4)}{r.choice(_UP)}{r.choice(_UP)}"))


def _g_org(r: random.Random, sub: str | None) -> str:
    return r.choice(_ORGS[sub or r.choice(tuple(_ORGS))])


def _g_loc(r: random.Random, sub: str | None) -> str:
    return r.choice(_PLACES[sub or r.choice(("town", "peak", "lake", "drainage", "trailhead", "campground", "park"))])


_GEN: dict[str, Callable[[random.Random, str | None], str]] = {
    "PHONE": _g_phone, "FAX": _g_phone, "PAGER": _g_pager, "EMAIL": _g_email, "URL": _g_url, "IP_ADDRESS": _g_ip,
    "SSN": _g_ssn, "MRN": _g_mrn, "ACCOUNT": _g_account, "HEALTH_PLAN": _g_plan, "LICENSE": _g_license,
    "ZIP": _g_zip, "STREET_ADDRESS": _g_street, "DATE_REAL_YEAR": _g_date, "AGE_OVER_89": _g_age,
    "DEVICE_ID": _g_device, "VEHICLE_ID": _g_vehicle, "PERSON": _g_person, "LOCATION": _g_loc,
    "ORGANIZATION": _g_org,
}

# --------------------------------------------------------------------------------------------------
# Generic planting lines (for categories a document kind did not place itself)
# --------------------------------------------------------------------------------------------------

_GENERIC: dict[str, tuple[tuple[str, str | None], ...]] = {
    "PHONE": (("Callback for reporting party: {v}", None), ("Wife reached at {v} after the aircraft lifted.", None),
              ("| Emergency contact | {v} | mother |", None), ("Pt cell: {v} (ok to text)", None),
              ("Sat phone at base camp {v} -- intermittent, try after 1900.", "iridium"), ("Tel.{v}", None),
              ("Outfitter office ph  {v}, ask for the trip desk", None),
              ("Family contact updated: brother,\n{v}", None),
              ("Contact    home     {v}", None), ("RP called from {v} once back in cell coverage.", None),
              ("Pateint phnoe # {v}", None), ("Iridium handset {v} carried by trip leader", "iridium"),
              ("Contact:\n   cell {v}", None), ("ph# {v}", None), ("Phone  . . . . {v}", None),
              ("[ePCR] callback_number={v}", None), ("ADDENDUM: son called back from {v}", None)),
    "FAX": (("Fax records to {v} attn HIM.", None), ("F: {v}", None), ("Please fax the PCR to {v}.", None),
            ("Clinic fax (toll free): {v}", "tollfree"), ("| Fax | {v} |", None), ("fax# {v}", None),
            ("Outside films report received by fax from {v}", None), ("Faxed d/c summary to PCP at {v}.", None),
            ("FAX:{v}", None),
            ("Fax: {v} (HIM)", None), ("Sent via eFax to {v}; confirmation received.", None),
            ("RE: records request -- return fax {v}", None), ("Attn: referrals   F {v}", None)),
    "PAGER": (("Page ortho at {v} with questions.", None), ("pgr {v}", None), ("Radiology resident pager: {v}", None),
              ("beeper {v}", None), ("On-call trauma surgeon (pager {v}) notified.", None), ("| pager | {v} |", None),
              ("Wilderness medicine fellow, pager\n{v}", None), ("Burn team p. {v}", None),
              ("Page covering resident ({v})", None), ("ortho pgr#{v}", None), ("Pager {v} / spectralink", None),
              ("NP on call -- pager: {v}", None)),
    "EMAIL": (("Pt requests discharge paperwork sent to {v}", None), ("E-mail: {v}", None),
              ("Guide's email {v} (for follow-up statement).", None), ("Patrol director <{v}>", "org"),
              ("Contact via {v} while travelling.", None), ("| email | {v} |", None),
              ("SAR coordinator: {v}", "org"), ("emial {v}", None),
              ("[ePCR] contact_email={v}", None), ("Sent summary to {v} per pt request.", None),
              ("Guardian e-mail: {v}", None), ("Email\n  {v}", None)),
    "URL": (("Subject's tracking page {v} showed the last point near the saddle.", None),
            ("Family fundraiser: {v}", None), ("Trip plan shared by the subject: {v}", None),
            ("Pt's blog {v} documents prior ascents.", None),
            ("Activity link reviewed by IC for last track: {v}", None),
            ("Profile {v} (photos of the route posted the morning of the trip)", None),
            ("Link to route photos: {v}", None), ("[media] external link {v} attached by family", None),
            ("Trip blog post by pt at {v} reviewed for the timeline", None), ("GPS track exported to {v}", None)),
    "IP_ADDRESS": (("ePCR synced from {v} at 2214.", None), ("Teleconsult session origin IP {v}", None),
                   ("PACS import log: outside CD uploaded from host {v}", None),
                   ("Remote viewer login from {v} (satellite terminal at base).", None),
                   ("[audit] record opened 14:02 from {v}", None), ("inReach portal export, client IP {v}", None),
                   ("DICOM push from {v} accepted", None), ("Starlink terminal at the hut assigned {v}", None),
                   ("Portal message sent by pt from {v}", None), ("Telemetry relay gateway: {v}", None),
                   ("VPN session {v} (remote reader)", None), ("| Upload host | {v} |", None)),
    "SSN": (("SSN: {v}", None), ("Social Security # {v} (per air-ambulance billing face sheet)", None),
            ("SS#{v}", None), ("soc sec no. {v}", None), ("| SSN | {v} |", None), ("Guarantor SSN {v}", None),
            ("SSN (billing)  {v}", None), ("Soc Sec #: {v}", None), ("[registration] ssn={v}", None),
            ("Pateint SSN {v}", None)),
    "MRN": (("MRN: {v}", None), ("Unit No.  {v}", None), ("Med Rec# {v}", None), ("hospital number {v}", None),
            ("| MRN | {v} |", None), ("Pt ID {v}", None), ("record no. {v} at receiving facility", None),
            ("MNR {v}", None),
            ("[registration] mrn={v}", None), ("Outside MRN: {v}", None), ("MR# {v}", None),
            ("Medical record number\n{v}", None), ("Chart # {v}", None)),
    "ACCOUNT": (("Acct # {v}", "encounter"), ("Mission number {v}", "mission"), ("CAD incident {v}", "cad"),
                ("Encounter: {v}", "encounter"), ("Flight request {v}", "flight"), ("Accession no.: {v}", "accession"),
                ("Backcountry permit #{v}", "permit"), ("Claim {v} submitted for rotor transport", "claim"),
                ("PCR {v}", "pcr"), ("Park case incident no. {v}", "incident"),
                ("Patrol accident report {v}", "patrol"), ("| Incident # | {v} |", "incident"),
                ("[billing] account_no={v}", "encounter"), ("Visit #{v}", "encounter"), ("Run no. {v}", "pcr"),
                ("SAR mission ID: {v}", "mission"), ("Order # {v}", "accession"),
                ("Reservation {v} (backcountry)", "permit")),
    "HEALTH_PLAN": (("Member ID: {v}", "member"), ("Subscriber # {v}", "member"),
                    ("Air ambulance membership no. {v} (covers rotor transport)", "air"),
                    ("Evacuation insurance policy {v}", "evac"), ("Medicaid ID {v}", "medicaid"),
                    ("| Member | {v} | Group 44120 |", "member"), ("Ins ID {v}", "member"), ("policy # {v}", "evac"),
                    ("[registration] member_id={v}", "member"), ("Subscriber ID ..... {v}", "member"),
                    ("Ins. member {v}; group 50218 (employer)", "member"), ("Rescue membership card {v}", "air")),
    "LICENSE": (("NPI {v}", "npi"), ("DEA# {v}", "dea"), ("Paramedic lic. {v}", "emt"), ("NREMT {v}", "nremt"),
                ("DL {v}", "dl"), ("Driver's license no. {v} (found in pack)", "dl"),
                ("Pilot certificate {v}", "pilot"), ("State EMT cert {v}", "emt"), ("RN license {v}", "rn"),
                ("Medical license {v}", "med"),
                ("[crew] cert_no={v}", "emt"), ("Lic# {v}", "med"), ("EMS license {v}", "emt"),
                ("DEA {v} (controlled substance log)", "dea"), ("NPI: {v}", "npi")),
    "ZIP": (("ZIP {v}", None), ("Home ZIP: {v}", None), ("lives in ___, Montana {v}", None),
            ("Postal code {v}", None), ("| ZIP | {v} |", None), ("Mailing: ___, {v}", None),
            ("[registration] zip={v}", None), ("Zip code: {v}", None), ("Residence zip .... {v}", None)),
    "STREET_ADDRESS": (("Home address: {v}", None), ("Lives at {v} with spouse.", None),
                       ("Address on file {v}", None), ("Outfitter office: {v}", None),
                       ("Mail statements to {v}", None), ("| Address | {v} |", None),
                       ("[registration] addr1={v}", None), ("Address:\n  {v}", None),
                       ("Staying at {v} (rental cabin)", None), ("Home: {v}, ___", None)),
    "DATE_REAL_YEAR": (("DOB: {v}", "dob"), ("Date of incident {v}", "event"),
                       ("Prior frostbite injury {v} (same digits).", "event"), ("Last tetanus {v}", "event"),
                       ("Permit issued {v}", "event"), ("Signed {v}", "event"),
                       ("Previous HAPE episode on {v}.", "event"), ("D.O.B. {v}", "dob"),
                       ("[registration] dob={v}", "dob"), ("Date of injury: {v}", "event"),
                       ("Companion died {v} (per SAR report)", "event"), ("Birth date ....... {v}", "dob"),
                       ("Date signed: {v}", "event")),
    "AGE_OVER_89": (("Pt is a {v}-year-old retired smokejumper.", None), ("Age: {v}", None), ("{v} y/o", None),
                    ("aged {v}, lives independently", None), ("Subject age ({v} yo) per RP", None),
                    ("pt is {v} yrs", None),
                    ("age {v}", None), ("{v}yo", None), ("Age .......... {v}", None), ("[registration] age={v}", None)),
    "DEVICE_ID": (("PLB UIN {v}", "plb"), ("Avalanche transceiver SN {v}", "beacon"), ("inReach IMEI {v}", "imei"),
                  ("Monitor serial {v}", "monitor"), ("Asset tag {v}", "asset"), ("AED s/n {v}", "monitor"),
                  ("Warming unit serial no. {v}", "monitor"), ("SPOT ESN {v}", "spot"),
                  ("[telemetry] device_serial={v}", "monitor"), ("Beacon registration UIN: {v}", "plb"),
                  ("Pump asset # {v}", "asset"), ("Serial No.: {v}", "beacon"),
                  ("UDI (01)00850006251203(17)270630(10)L2291(21){v}", "udi")),
    "VEHICLE_ID": (("Helicopter {v} (Bell 407)", "tail"), ("Tail # {v}", "tail"),
                   ("Vehicle at trailhead: plate {v}", "plate"), ("VIN {v}", "vin"), ("Snowmobile reg. {v}", "sled"),
                   ("Ambulance plate {v}", "plate"), ("Aircraft {v}", "tail"),
                   ("[dispatch] unit_tail={v}", "tail"), ("Tag {v} (trailhead lot)", "plate"),
                   ("License plate\n{v}", "plate"),
                   ("Rotor {v} on scene", "tail"), ("Pickup VIN: {v}", "vin")),
    "PERSON": (("Spoke with {v} (wife).", None), ("Reporting party: {v}", None), ("Dictated by: {v}, MD", None),
               ("Guide {v} accompanied the patient.", None), ("cc: {v}", None), ("Incident commander {v}", None),
               ("Electronically signed by {v}, RN", None), ("Discussed with Dr. {v} at bedside.", None),
               ("[ePCR] crew_member={v}", None), ("Attending: {v}", None), ("Witness ........ {v}", None),
               ("Note written by {v}, RN", None), ("Contact person:\n  {v}", None)),
    "ORGANIZATION": (("Transferred from {v}.", "hospital"), ("Records requested from {v}.", "hospital"),
                     ("Employer: {v}", "employer"), ("Team: {v}", "sar"), ("Follow up at {v} in 1 week.", "clinic"),
                     ("Meds filled at {v}.", "pharmacy"), ("Guide service {v}", "outfitter"),
                     ("Responding agency: {v}", "ems"), ("Flight program: {v}", "air"),
                     ("[ePCR] destination={v}", "hospital"), ("Outside hospital: {v}", "hospital"),
                     ("Accepting facility ..... {v}", "hospital"), ("Pt works for {v}", "employer")),
    "LOCATION": (("Injury occurred near {v}.", "peak"), ("Last known point {v}", "lake"), ("Lives in {v}.", "town"),
                 ("Staged at {v}.", "trailhead"), ("Found below {v}.", "pass"), ("Home town: {v}", "town"),
                 ("County: {v}", "county"), ("Camped at {v} the night before.", "campground"),
                 ("[CAD] location={v}", "trailhead"), ("Trip origin: {v}", "town"), ("LKP ...... {v}", "lake"),
                 ("Incident location:\n  {v}", "peak"), ("Pt hiking from {v} toward the pass.", "campground")),
}

# --------------------------------------------------------------------------------------------------
# Note context
# --------------------------------------------------------------------------------------------------

_PHI = 0.6180339887498949
_SQ2 = 0.41421356237309515
_SQ3 = 0.7320508075688772
_PLASTIC = 0.32471795724474602
_HEAVY_RESIDUE = 11
_PLANT_CUT = 0.611


def _mark(cat: str, value: str) -> str:
    return f"\x01{cat}\x02{value}\x03"


class _Ctx:
    def __init__(self, r: random.Random, cats: list[str], heavy: bool) -> None:
        self.r = r
        self.pending = list(cats)
        self.heavy = heavy
        self.look: list[str] = []
        self.sex = r.choice(("F", "M"))
        self.noun = "woman" if self.sex == "F" else "man"
        self.pro = "She" if self.sex == "F" else "He"
        self.clock = r.randint(0, 22 * 60)

    def s(self, cat: str, sub: str | None = None, p: float = 0.7, masked: str = "___") -> str:
        """A slot: a planted value of ``cat`` if one is pending (with probability p), else the masked text."""
        if not self.heavy and cat in self.pending and self.r.random() < p:
            self.pending.remove(cat)
            return _mark(cat, _GEN[cat](self.r, sub))
        return masked

    def lk(self, x: str) -> str:
        self.look.append(x)
        return x

    def pick(self, pool: tuple[str, ...]) -> str:
        return self.lk(self.r.choice(pool))

    def sd(self) -> str:
        r = self.r
        y, m, dd = r.randint(2105, 2195), r.randint(1, 12), r.randint(1, 28)
        return self.lk(r.choice((f"{y}-{m:02d}-{dd:02d}", f"{m:02d}/{dd:02d}/{y}", f"{m}/{dd}/{y}",
                                 f"{dd}-{_MONTHS[m - 1][:3]}-{y}", f"{_MONTHS[m - 1][:3]} {dd}, {y}")))

    def sd_pair(self) -> tuple[str, str]:
        """Two consecutive shifted dates in one format (start and end of an operational period)."""
        r = self.r
        y, m, dd = r.randint(2105, 2195), r.randint(1, 12), r.randint(1, 27)
        fmt = r.randrange(3)
        out = []
        for day in (dd, dd + 1):
            out.append((f"{y}-{m:02d}-{day:02d}", f"{m:02d}/{day:02d}/{y}", f"{day}-{_MONTHS[m - 1][:3]}-{y}")[fmt])
        return self.lk(out[0]), self.lk(out[1])

    def hm(self) -> str:
        """The next clock time of the document (times advance through a note)."""
        self.clock += self.r.randint(3, 75)
        return f"{self.clock // 60 % 24:02d}{self.clock % 60:02d}"

    def elev(self) -> str:
        return self.lk(f"{self.r.randint(5, 14)},{self.r.randint(0, 99) * 10:03d} ft")

    def young_age(self) -> str:
        return self.lk(f"{self.r.randint(19, 84)}-year-old")

    def expiry(self) -> str:
        r = self.r
        y, m, dd = r.randint(2025, 2030), r.randint(1, 12), r.randint(1, 28)
        return self.lk(r.choice((f"{m:02d}/{dd:02d}/{y}", f"{y}-{m:02d}-{dd:02d}", f"{m:02d}/{y}")))

    def lot(self) -> str:
        r = self.r
        return self.lk(r.choice((f"Lot {_d(r, 2)}{r.choice(_UP)}{_d(r, 3)}", f"LOT {r.choice(_UP)}{_d(r, 5)}",
                                 f"lot# {_d(r, 6)}")))

    def ndc(self) -> str:
        r = self.r
        return self.lk(r.choice((f"NDC {_d(r, 5)}-{_d(r, 3)}-{_d(r, 2)}", f"NDC {_d(r, 4)}-{_d(r, 4)}-{_d(r, 2)}")))

    def version(self) -> str:
        r = self.r
        return self.lk(f"v{r.randint(2, 9)}.{r.randint(0, 12)}.{r.randint(0, 40)}")


def _ds_header(c: _Ctx, service: str, cc: str) -> list[str]:
    r = c.r
    allergy = r.choice(("No Known Allergies / Adverse Drug Reactions", "Penicillins", "sulfa (rash)",
                        "Codeine / latex", "Patient recorded as having No Known Allergies to Drugs"))
    return [
        f"Name:  {c.s('PERSON')}                  Unit No:   {c.s('MRN')}",
        "",
        f"Admission Date:  {c.s('DATE_REAL_YEAR', 'event', p=0.3)}              Discharge Date:   ___",
        "",
        f"Date of Birth:  {c.s('DATE_REAL_YEAR', 'dob')}             Sex:   {c.sex}",
        "",
        f"Service: {service}",
        "",
        "Allergies:",
        allergy,
        "",
        f"Attending: {c.s('PERSON', p=0.4)}.",
        "",
        "Chief Complaint:",
        cc,
        "",
    ]


def _ds_footer(c: _Ctx, dx: str, follow: str) -> list[str]:
    r = c.r
    return [
        "Discharge Disposition:",
        r.choice(("Home", "Home With Service", "Extended Care", "Home with family")),
        "",
        "Discharge Diagnosis:",
        dx,
        "",
        "Discharge Condition:",
        "Mental Status: Clear and coherent.",
        "Level of Consciousness: Alert and interactive.",
        f"Activity Status: {r.choice(('Ambulatory - Independent.', 'Ambulatory - requires assistance or aid.'))}",
        "\x04",
        "Followup Instructions:",
        follow,
    ]


def _heavy_block(c: _Ctx) -> list[str]:
    return [
        "",
        "CONTACT / NOTIFICATION LOG (scanned, 2 pages)",
        "Subject: ___        DOB: ___        Home: ___, ___ ___",
        "Reporting party: ___   ph ___   alt ___",
        "Spouse/partner: ___   ph ___",
        "IC: ___    Ops: ___    Plans: ___    Medical unit: ___",
        "Team leaders: ___, ___, ___",
        "Medic: ___ (lic ___)      Pilot: ___ (cert ___)",
        "Agency case #: ___     Mission #: ___     CAD: ___",
        "Vehicle: ___ plate ___        Permit: ___",
        "Receiving: ___   MRN ___   Acct ___",
        "Notified: ___ at ___; ___ at ___",
    ]


# --------------------------------------------------------------------------------------------------
# Discharge-type document kinds
# --------------------------------------------------------------------------------------------------

_REL = ("wife", "husband", "partner", "mother", "father", "son", "daughter", "hiking partner", "roommate", "sister")
_SUBJECT = ("Overdue hiker", "Injured climber", "Stranded backcountry skier", "Lost hunter", "Fallen scrambler",
            "Injured packer (horse wreck)", "Overdue trail runner", "Injured angler")


def _b_sar_mission(c: _Ctx) -> str:
    r = c.r
    plb = r.random() < 0.5
    sig = (f"{c.pick(('ResQLink 400', 'inReach Mini 2', 'SPOT Gen4'))} activated {c.hm()}; UIN "
           f"{c.s('DEVICE_ID', 'plb')}; alert relayed by {c.pick(('NOAA SARSAT', 'AFRCC'))}; registration "
           f"helpline {c.lk('1-888-555-0117')}, beacon maker's support fax {c.lk('(877) 555-0164')} (toll-free)"
           if plb else "none carried; cell phone last pinged ___")
    finding = r.choice((
        "open left tib/fib fracture, distal pulses present, splinted with a SAM Splint and padded",
        "suspected pelvic injury, SAM Pelvic Sling applied, vacuum mattress",
        "hypothermic (shivering stopped), Swiss staging II, wrapped in a Ready-Heat blanket and Bauman bag",
        "closed head injury with brief LOC, C-collar and full spinal motion restriction per NEXUS criteria",
        "right shoulder dislocation, reduced in the field by Cunningham technique after two attempts",
    ))
    air = r.random() < 0.6
    days = c.sd_pair()
    res = (f"{c.pick(('Airbus H125', 'Bell 407', 'UH-60 Black Hawk'))} from {c.s('ORGANIZATION', 'air')} "
           f"(tail {c.s('VEHICLE_ID', 'tail')}), 150 ft hoist" if air else
           f"litter carry-out with {c.pick(('Cascade toboggan', 'Stokes basket', 'Sked stretcher'))}, wheel")
    lines = [
        f"{c.s('ORGANIZATION', 'sar')} -- MISSION REPORT (scanned to chart, Media tab)",
        f"Mission #: {c.s('ACCOUNT', 'mission')}      Sheriff case: ___      Page 1 of 2",
        f"Type: {r.choice(_SUBJECT)}    Call-out: {days[0]} {c.hm()}    Stand-down: {days[1]} {c.hm()}",
        f"Requesting agency: {c.s('ORGANIZATION', 'sheriff')}   Land manager: "
        f"{c.pick(('National Park Service', 'US Forest Service', 'Bureau of Land Management'))}",
        "",
        "SUBJECT",
        f"  Name: {c.s('PERSON')}     Age: {c.s('AGE_OVER_89')}     Sex: {c.sex}",
        f"  Residence: {c.s('LOCATION', 'town')}, {c.pick(_STATES)}",
        f"  DOB {c.s('DATE_REAL_YEAR', 'dob', p=0.5)}   Home addr {c.s('STREET_ADDRESS', p=0.5)}   "
        f"ZIP {c.s('ZIP', p=0.5)}",
        f"  Experience: {r.choice(('experienced, solo', 'novice, first overnight', 'guided client', 'local'))}",
        f"  Tracking: {c.s('URL', p=0.6)} (shared with RP)",
        f"  Signalling: {sig}",
        "",
        "REPORTING PARTY",
        f"  {c.s('PERSON')} ({r.choice(_REL)}), callback {c.s('PHONE')}, e-mail {c.s('EMAIL', p=0.5)}",
        f"  Subject vehicle at trailhead: {r.choice(('silver Tacoma', 'green Forester', 'black 4Runner'))}, "
        f"plate {c.s('VEHICLE_ID', 'plate', p=0.6)}",
        "",
        "LAST KNOWN POINT",
        f"  {c.s('LOCATION', r.choice(('trailhead', 'lake', 'peak', 'pass')))}; coordinates ___ (WGS84); "
        f"elev {c.elev()}",
        "\x04",
        "RESOURCES",
        f"  Hasty teams x{r.randint(2, 5)}, {c.pick(('K9 Juniper', 'K9 Tika'))}, technical rope team, {res}.",
        f"  Comms: Command {c.pick(('155.160 MHz', '155.205 MHz'))}, {c.pick(('Tac 2', 'Rescue 1'))}; "
        f"mapping in {c.lk('CalTopo')}.",
        f"  Weather: {c.lk('National Weather Service')} spot forecast, wind {r.randint(10, 35)} g "
        f"{r.randint(36, 60)} mph, temp {r.randint(-5, 40)} F.",
        "",
        "NARRATIVE",
        f"{c.hm()}  IC {c.s('PERSON', p=0.5)} opened the mission; hasty teams assigned "
        f"{c.pick(('Segment 14B', 'Segment 7A'))} and the trail corridor.",
        f"{c.hm()}  Clue: footprints and a dropped glove at the {c.s('LOCATION', 'trailhead_base')} junction.",
        f"{c.hm()}  Voice contact with the subject in {c.s('LOCATION', 'drainage')}; "
        f"terrain {c.pick(('Class 3 scramble', 'YDS 5.9'))} above.",
        f"{c.hm()}  Team 2 at subject. Team medic: {finding}.",
        f"{c.hm()}  Vitals HR {r.randint(88, 128)}, RR {r.randint(14, 28)}, SpO2 {r.randint(84, 97)}%, "
        f"GCS {r.randint(13, 15)}; 50 mcg fentanyl IN, ondansetron 4 mg ODT.",
        f"{c.hm()}  Packaged; {('hoisted to aircraft' if air else 'carry-out began, 6 rotations')}.",
        "\x04",
        "DISPOSITION",
        f"  Care transferred to {c.s('ORGANIZATION', 'ems', p=0.5)} at the helispot; transported to "
        f"{c.s('ORGANIZATION', 'hospital')} {c.lk('Emergency Department')}.",
        f"  Report prepared by {c.s('PERSON')}, team medic (WEMT).  Reviewed: ___",
        "",
        "--- receiving facility admission excerpt ---",
        f"{c.pro} was admitted to {c.pick(('Trauma Surgery', 'Orthopaedic Surgery'))} after the rescue above. "
        f"Secondary survey per ATLS; {c.lk('Glasgow Coma Scale')} 15 on arrival. Core temperature "
        f"{r.randint(33, 36)}.{r.randint(0, 9)} C, rewarmed with a {c.lk('Bair Hugger')}. "
        f"Tdap ({c.lk('Boostrix')}) given.",
        "\x04",
    ]
    return "\n".join(lines)


def _b_ranger_pcr(c: _Ctx) -> str:
    r = c.r
    cc = r.choice(("ankle injury on trail", "fall from rock ledge", "near-drowning at lake outlet",
                   "chest pain at altitude", "dehydration / heat exhaustion", "bee sting anaphylaxis"))
    epi = cc.startswith("bee")
    tx = (f"{c.lk('EpiPen')} 0.3 mg IM lateral thigh ({c.lot()}, exp {c.expiry()}); diphenhydramine 50 mg PO"
          if epi else r.choice(("splinted, ice, ibuprofen 600 mg PO", "O2 4 L NC, 12-lead, ASA 324 mg chewed",
                                "NS 1 L IV, oral rehydration", "C-collar, vacuum splint, fentanyl 50 mcg IV")))
    rows = []
    for _ in range(3):
        rows.append(f"| {c.hm()} | {r.randint(70, 130)} | {r.randint(96, 168)}/{r.randint(52, 98)} | "
                    f"{r.randint(12, 26)} | {r.randint(88, 100)} | {r.randint(13, 15)} |")
    lines = [
        f"PATIENT CARE REPORT -- {c.s('LOCATION', 'park')} Emergency Medical Services",
        f"Run/Incident #: {c.s('ACCOUNT', 'pcr')}     Case incident: {c.s('ACCOUNT', 'incident', p=0.4)}",
        f"Unit: {c.pick(('Medic 3', 'Ranger 412'))}     Software: {c.lk('ImageTrend Elite')} {c.version()}",
        f"Dispatched: {c.sd()} {c.hm()}   On scene: {c.hm()}   Depart: {c.hm()}   At destination: {c.hm()}",
        f"Location: {c.s('LOCATION', 'campground')} site {r.randint(1, 60)}; grid ___",
        "",
        f"Pt name: {c.s('PERSON')}     DOB: {c.s('DATE_REAL_YEAR', 'dob')}     Age: {c.s('AGE_OVER_89')}"
        f"     Sex: {c.sex}",
        f"Address: {c.s('STREET_ADDRESS')}, ___ {c.s('ZIP')}",
        f"Phone: {c.s('PHONE')}     SSN: {c.s('SSN', p=0.5)}",
        f"ID verified: driver's license {c.s('LICENSE', 'dl', p=0.6)}   "
        f"Insurance: ___ ID {c.s('HEALTH_PLAN', 'member', p=0.6)}",
        "",
        f"Chief complaint: {cc}",
        f"HPI: {c.young_age() if r.random() < 0.5 else '___ year old'} visitor, {cc}; per bystander "
        f"{c.s('PERSON', p=0.5)} onset ~{r.randint(10, 90)} min before ranger arrival. "
        "Denies LOC. Hx per pt: HTN, on lisinopril.",
        "",
        "| Time | HR | BP | RR | SpO2 | GCS |",
        "|------|----|----|----|------|-----|",
        *rows,
        "\x04",
        f"Treatment: {tx}.",
        f"Assessment: {r.choice(('stable', 'improving', 'guarded'))}; {c.lk('Ottawa ankle rules')} positive"
        if "ankle" in cc else f"Assessment: {r.choice(('stable', 'improving', 'guarded'))}.",
        "",
        f"Crew: {c.s('PERSON')}, EMT-P, lic {c.s('LICENSE', 'emt')}; ___, WEMT",
        f"Monitor: {c.lk('LIFEPAK 15')} SN {c.s('DEVICE_ID', 'monitor')}",
        f"ePCR uploaded from field tablet {c.s('IP_ADDRESS', p=0.6)} at {c.hm()}",
        f"Receiving: {c.s('ORGANIZATION', 'hospital')} ED, report to ___ RN at {c.hm()}",
        f"Transport: {c.s('ORGANIZATION', 'ems', p=0.5)} ground unit, plate {c.s('VEHICLE_ID', 'plate', p=0.5)}",
        "\x04",
        f"Narrative: Called by {c.lk('Ranger 412') if r.random() < 0.3 else 'visitor center'} for {cc}. Found pt "
        "seated, alert, speaking full sentences. Skin warm/dry. Pupils PERRL. Moved to litter, loaded without "
        "incident. Pt belongings (daypack, trekking poles) with patient. Park law enforcement notified per "
        "protocol. No further care refused.",
        "",
        f"Resources given: Poison Help {c.lk('1-800-222-1222')}; park info {c.lk('www.nps.gov')}.",
        f"Signature: ___   Printed {c.sd()} {c.hm()}   Page 1 of 1",
        "\x04",
    ]
    return "\n".join(lines)


def _b_air_medical(c: _Ctx) -> str:
    r = c.r
    hoist = r.random() < 0.6
    lines = [
        "AIR MEDICAL TRANSPORT RECORD (outside record, imported)",
        f"Service: {c.s('ORGANIZATION', 'air')}    Aircraft: {c.pick(('Bell 407', 'Airbus H125', 'EC145', 'AS350 B3'))}"
        f" {c.s('VEHICLE_ID', 'tail')}    Base: ___",
        f"Flight request #: {c.s('ACCOUNT', 'flight')}    Requesting: {c.s('ORGANIZATION', 'sar', p=0.5)}",
        f"Scene: {c.s('LOCATION', r.choice(('peak', 'lake', 'drainage', 'pass')))}; LZ coordinates ___",
        f"Receiving: {c.s('ORGANIZATION', 'hospital')} (accepting {c.s('PERSON', p=0.5)})",
        "",
        f"Pt: {c.s('PERSON')}   Age {c.s('AGE_OVER_89')}   Wt {r.randint(48, 110)} kg (est)",
        f"Billing: air ambulance membership {c.s('HEALTH_PLAN', 'air')}; SSN {c.s('SSN')}",
        f"  Face sheet: DOB {c.s('DATE_REAL_YEAR', 'dob', p=0.5)} | {c.s('STREET_ADDRESS', p=0.5)} | "
        f"{c.s('LOCATION', 'town', p=0.5)} {c.s('ZIP', p=0.5)} | receiving MRN {c.s('MRN', p=0.5)}",
        "",
        "PATIENT HISTORY",
        f"  {r.choice(('Solo', 'Guided', 'Party of three'))} "
        f"{r.choice(('climber', 'backcountry skier', 'hunter', 'hiker'))}"
        f" injured about {r.randint(2, 14)} h before our arrival; ground team on scene for "
        f"{r.randint(1, 6)} h with {c.pick(('Sked stretcher', 'Stokes basket', 'Cascade toboggan'))} and vacuum "
        "mattress. PMH per pt: none; meds: none; allergies: NKDA. Last oral intake ___.",
        "",
        "MISSION TIMELINE",
        f"  {c.hm()} request   {c.hm()} lift   {c.hm()} on scene   {c.hm()} depart   {c.hm()} arrive",
        ("  Hoist: 150 ft single-hoist; flight medic inserted on hook, pt packaged in a screamer suit then "
         f"{c.pick(('Bauman bag', 'Stokes basket'))}; rotor wash managed, no spin." if hoist else
         "  Landed on snow at a prepared LZ; patient handed off by ground team in a vacuum mattress."),
        "\x04",
        "ASSESSMENT",
        "  " + r.choice(('Multi-system trauma after fall', 'HAPE, SpO2 61% on arrival',
                        'Avalanche burial, hypothermia'))
        + f"; {c.lk('Glasgow Coma Scale')} {r.randint(9, 15)}.",
        f"  Vitals HR {r.randint(60, 140)} BP {r.randint(80, 160)}/{r.randint(40, 95)} EtCO2 {r.randint(28, 44)}.",
        f"  Meds: ketamine {r.choice(('0.3', '0.5', '1'))} mg/kg IV, fentanyl {r.choice((25, 50, 75))} mcg, "
        f"{c.lk('Zofran')} 4 mg; TXA 1 g.",
        f"  Monitor {c.lk('Zoll X Series')} s/n {c.s('DEVICE_ID', 'monitor')}",
        "",
        "CREW",
        f"  Flight RN {c.s('PERSON')} (lic {c.s('LICENSE', 'rn')}); flight paramedic ___ "
        f"(NREMT {c.s('LICENSE', 'nremt', p=0.4)})",
        f"  Pilot ___ (certificate {c.s('LICENSE', 'pilot', p=0.3)}); hoist operator ___",
        "\x04",
        f"Dispatch contact {c.s('PHONE')}; comm center fax {c.s('FAX')}",
        f"Weather at lift: ceiling {r.randint(15, 90) * 100} ft, vis {r.randint(3, 10)} SM, "
        f"density altitude {c.elev()}.",
        "Hand-off given at bedside with written report; patient belongings (helmet, harness) with pt.",
        f"Record synced from aircraft tablet {c.s('IP_ADDRESS', p=0.6)} after landing.",
        "HANDOFF: Trauma team activated before arrival. Airway maintained without adjuncts; IV x2 in place; "
        f"{r.randint(500, 1500)} mL warmed crystalloid given en route. Pain {r.randint(2, 6)}/10 at handoff. "
        "Copy of this record to HIM; billing face sheet to follow.",
        "\x04",
    ]
    return "\n".join(lines)


def _b_avalanche(c: _Ctx) -> str:
    r = c.r
    mins = r.randint(6, 55)
    lines = _ds_header(c, "TRAUMA/SICU", "avalanche burial")
    lines += [
        "Major Surgical or Invasive Procedure:",
        r.choice(("none", "right chest tube", "ORIF left tibial plateau", "ECMO cannulation (VA), decannulated")),
        "",
        "History of Present Illness:",
        f"___ year old {c.noun} ski touring near {c.s('LOCATION', r.choice(('pass', 'peak', 'hut')))} was caught "
        f"and fully buried in a {c.pick(('D2 R2', 'D1.5 R1'))} avalanche (danger rated "
        f"{c.pick(('Considerable (3)', 'High (4)'))} on {c.lk('avalanche.org')}). Companions located "
        f"{'her' if c.sex == 'F' else 'him'} with a {c.pick(('Barryvox S', 'Pieps DSP Pro', 'BCA Tracker3'))} "
        f"transceiver (SN {c.s('DEVICE_ID', 'beacon')}) and probed; burial depth ~{r.randint(60, 180)} cm, "
        f"burial time ~{mins} min. Airway {'patent with air pocket' if mins < 30 else 'packed with snow'}. "
        f"Wearing an {c.lk('AvaLung')} that was not deployed.",
        f"Scene care by {c.s('ORGANIZATION', 'sar')}; flown by {c.s('ORGANIZATION', 'air', p=0.5)}. Core temp "
        f"on arrival {r.randint(26, 34)}.{r.randint(0, 9)} C ({c.lk('Swiss staging')} "
        f"{r.choice(('I', 'II', 'III'))}); K {r.randint(3, 6)}.{r.randint(0, 9)}.",
        "",
        "Past Medical History:",
        r.choice(("none", "asthma", "prior ACL reconstruction", "hypothyroidism")),
        "",
        "Social History:",
        f"Works at {c.s('ORGANIZATION', 'employer')}. Lives in {c.s('LOCATION', 'town')}. "
        "Avalanche course certificate ___. "
        f"Friends started a fundraiser ({c.s('URL', p=0.6)}).",
        "\x04",
        "Physical Exam:",
        f"T {r.randint(30, 36)}.{r.randint(0, 9)} HR {r.randint(40, 110)} BP {r.randint(80, 140)}/"
        f"{r.randint(40, 90)} RR {r.randint(8, 24)} SpO2 {r.randint(85, 99)}%",
        f"ECG: {c.lk('Osborn waves')} in V3-V4, sinus bradycardia.",
        "",
        "Pertinent Results:",
        f"WBC-{r.randint(5, 18)}.{r.randint(0, 9)} Hgb-{r.randint(9, 16)}.{r.randint(0, 9)} "
        f"Lactate-{r.randint(1, 9)}.{r.randint(0, 9)} CK-{r.randint(200, 9000)}",
        "CT torso: see radiology (rib fractures, small pneumothorax).",
        "",
        "Brief Hospital Course:",
        f"Actively rewarmed with warm IV fluids and a {c.lk('Bair Hugger')}; no arrhythmia. "
        f"{c.lk('AAST grade')} II splenic laceration managed non-operatively. "
        f"Companion was pronounced dead at the scene on {c.s('DATE_REAL_YEAR', 'event', p=0.5)}; chaplain "
        "and social work involved. Seen by psychiatry for acute stress.",
        f"Case reviewed with {c.s('PERSON', p=0.5)} (trauma) and the SAR team medic.",
        "\x04",
        "Discharge Medications:",
        f"1. Acetaminophen 1000 mg PO q8h ({c.lk('Tylenol')})",
        "2. Oxycodone 5 mg PO q6h PRN severe pain",
        f"3. Docusate 100 mg PO BID   {c.ndc()}",
        "",
    ]
    lines += _ds_footer(c, "Avalanche burial with hypothermia; rib fractures; splenic laceration",
                        f"{c.s('ORGANIZATION', 'clinic', p=0.5)} trauma clinic in 2 weeks; phone "
                        f"{c.s('PHONE', p=0.5)}")
    return "\n".join(lines)


def _b_lightning(c: _Ctx) -> str:
    r = c.r
    lines = _ds_header(c, "BURN/TRAUMA", "lightning strike")
    lines += [
        "History of Present Illness:",
        f"___ year old {c.noun} struck (side flash vs ground current) while descending "
        f"{c.s('LOCATION', r.choice(('peak', 'pass')))} above treeline during an afternoon thunderstorm. "
        "Brief LOC, then transient lower-extremity paralysis (keraunoparalysis) "
        f"that resolved within an hour. Group leader from {c.s('ORGANIZATION', 'outfitter')} began CPR-ready "
        f"assessment; patient breathing. {r.randint(2, 6)} others in the party with minor symptoms.",
        f"Evacuated by {c.s('ORGANIZATION', 'sar', p=0.5)} to the {c.s('LOCATION', 'trailhead_base')} "
        "trailhead, then ground ambulance.",
        "",
        "Physical Exam:",
        f"Fern-like erythema over the chest and left arm ({c.lk('Lichtenberg figures')}); left TM rupture; "
        f"superficial partial-thickness burns ~{r.randint(1, 6)}% TBSA (no {c.lk('Parkland formula')} "
        "resuscitation needed).",
        "Neuro: strength 5/5 x4 on arrival; pupils equal.",
        "\x04",
        "Pertinent Results:",
        f"CK {r.randint(150, 3000)}, troponin {r.choice(('<0.01', '0.03', '0.12'))}, UA negative for myoglobin.",
        "ECG: sinus, QTc 448; telemetry 24 h without events. CXR: clear (see radiology).",
        "",
        "Brief Hospital Course:",
        f"Admitted to the {c.lk('Burn Unit')} for telemetry and wound care; {c.lk('Silvadene')} then "
        "bacitracin to burns. ENT: TM perforation expected to heal, water precautions. Ophthalmology: no "
        "cataract at baseline; repeat in 6 months. Counselled on the 30/30 rule.",
        f"Employer notified: {c.s('ORGANIZATION', 'employer', p=0.5)}; workers' compensation claim "
        f"{c.s('ACCOUNT', 'claim', p=0.6)}. HR contact {c.s('EMAIL', 'org', p=0.5)}, work-status form faxed to "
        f"{c.s('FAX', p=0.5)}.",
        "\x04",
        "Medications on Admission:",
        "none",
        "",
        "Discharge Medications:",
        f"1. Ibuprofen 600 mg PO q6h PRN ({c.lk('Motrin')})",
        "2. Bacitracin topical BID to burns",
        "",
    ]
    lines += _ds_footer(c, "Lightning injury: cutaneous burns, TM rupture, transient keraunoparalysis",
                        f"{c.lk('Wound Care Clinic')} in 1 week; ENT in 4 weeks; questions to "
                        f"{c.s('PHONE', p=0.6)}")
    return "\n".join(lines)


def _b_frostbite(c: _Ctx) -> str:
    r = c.r
    day = r.randint(7, 42)
    lines = [
        f"{c.s('ORGANIZATION', 'clinic', p=0.5)} -- FROSTBITE CLINIC FOLLOW-UP",
        f"Patient: {c.s('PERSON')}     MRN: {c.s('MRN')}     Visit: {c.sd()}"
        f"     Encounter {c.s('ACCOUNT', 'encounter')}",
        f"Provider: {c.s('PERSON', p=0.5)}, MD   NPI {c.s('LICENSE', 'npi')}",
        "",
        "HISTORY",
        f"___ year old {c.noun} returns day {day} after frostbite of "
        f"{r.choice(('both hands', 'right foot, digits 1-5', 'left hand digits 2-5', 'both feet'))} sustained "
        f"during a {r.choice(('winter ascent', 'guided ice climb', 'overnight bivouac', 'snowmobile breakdown'))} "
        f"on {c.s('LOCATION', r.choice(('peak', 'pass', 'park')))}. "
        f"Guided by {c.s('ORGANIZATION', 'outfitter', p=0.5)}. "
        f"Rewarmed in 37-39 C water at the referring hospital; received {c.lk('iloprost')} x5 days"
        f"{' and ' + c.lk('Activase') + ' IA' if r.random() < 0.4 else ''}.",
        f"Prior cold injury: {r.choice(('none', 'frostnip only', 'yes'))}.",
        "",
        "EXAM",
        f"Digits graded by {c.lk('Cauchy classification')} {r.randint(1, 4)}; {c.lk('Hennepin score')} "
        f"{r.randint(5, 90)}. Demarcation {'evident' if day > 20 else 'not yet clear'}; dry eschar on tips, "
        "no purulence, cap refill >3 s distal to the DIP crease.",
        "Photos uploaded to the chart; wound photo consent signed. Patient also shared trip photos at "
        f"{c.s('URL', p=0.6)} showing the digits on day 1.",
        f"Burn surgery aware (pgr {c.s('PAGER', p=0.6)}); prior cold injury documented "
        f"{c.s('DATE_REAL_YEAR', 'event', p=0.5)}.",
        "\x04",
        "MEDICATIONS",
        f"- Ibuprofen 400 mg PO q12h ({c.lk('Motrin')}) -- anti-prostaglandin for frostbite",
        "- Aloe vera gel topically to blisters BID",
        "- Oxycodone 5 mg PO q6h PRN (dispensed #12)",
        "",
        "ROS: denies fever, chills, drainage. Sleep poor due to pain at night. Mood 'frustrated'. "
        "Numbness persists distally; paresthesias improving.",
        "",
        "IMAGING",
        f"Three-phase bone scan ({c.lk('Technescan MDP')}) reviewed: absent uptake in "
        f"{r.choice(('distal phalanges 3-4', 'tufts of digits 2-5', 'the distal hallux'))}. Accession "
        f"{c.s('ACCOUNT', 'accession', p=0.5)}.",
        "",
        "PLAN",
        "- Continue daily hydrotherapy and dry dressings; no debridement before demarcation (wait 6-12 weeks).",
        f"- {c.lk('Keflex')} only for cellulitis; tetanus up to date.",
        "- Smoking cessation discussed; avoid vasoconstrictors.",
        f"- OT for range of motion; refer {c.lk('Physical Therapy')}.",
        f"- Next visit in 2 weeks; fax notes to PCP at {c.s('FAX')}.",
        "\x04",
        f"Prescriptions sent to {c.s('ORGANIZATION', 'pharmacy')}. Patient prefers email: {c.s('EMAIL')}",
        f"Interval photo check by telehealth; patient connected from {c.s('IP_ADDRESS', p=0.6)}.",
        f"Electronically signed {c.sd()} {c.hm()}",
        "\x04",
    ]
    return "\n".join(lines)


def _b_altitude(c: _Ctx) -> str:
    r = c.r
    cond = r.choice(("HAPE", "HACE", "HAPE and moderate AMS", "severe AMS"))
    lines = _ds_header(c, "MEDICINE", f"{cond} after rapid ascent")
    lines += [
        "History of Present Illness:",
        f"___ year old {c.noun} ascended from {c.s('LOCATION', 'town')} to "
        f"{c.s('LOCATION', r.choice(('hut', 'peak', 'lake')))} ({c.elev()}) in {r.randint(1, 2)} days. "
        f"On night 2 developed dyspnea at rest, dry cough and ataxia; {c.lk('Lake Louise Score')} "
        f"{r.randint(5, 11)}. Guide from {c.s('ORGANIZATION', 'outfitter')} gave {c.lk('Decadron')} 8 mg and "
        f"started descent; treated in a {c.lk('Gamow bag')} for 1 h at the hut.",
        f"Previous altitude illness: {r.choice(('none', 'AMS in Peru', 'HAPE in Nepal'))}"
        f" (episode dated {c.s('DATE_REAL_YEAR', 'event', p=0.6)}). "
        f"Guide's sat phone {c.s('PHONE', 'iridium', p=0.6)}.",
        "",
        "Physical Exam:",
        f"SpO2 {r.randint(62, 84)}% RA -> {r.randint(90, 97)}% on 4 L; crackles R>L; tandem gait "
        f"{r.choice(('abnormal', 'normal'))}.",
        "",
        "Pertinent Results:",
        "CXR: patchy asymmetric opacities, normal heart size (see radiology). Echo: PASP 48.",
        "\x04",
        "Brief Hospital Course:",
        f"Supplemental O2, rest; {c.lk('Adalat CC')} 30 mg BID for {cond}. {c.lk('Diamox')} 125 mg BID "
        "restarted for the return trip. Resolved within 48 h.",
        f"Pre-travel counselling (next expedition to {c.pick(_COUNTRIES)}); see "
        f"{c.lk('wwwnc.cdc.gov/travel')} and {c.lk('Wilderness Medical Society')} guidance.",
        f"Expedition insurer contacted for repatriation; policy {c.s('HEALTH_PLAN', 'evac')}.",
        f"Video consult with the expedition physician (remote address {c.s('IP_ADDRESS', p=0.6)}) on day 2.",
        "\x04",
        "Discharge Medications:",
        "1. Acetazolamide 125 mg PO BID x 3 days",
        "2. Nifedipine ER 30 mg PO BID (carry only; use for recurrent HAPE)",
        "",
    ]
    lines += _ds_footer(c, f"{cond}; resolved", f"{c.s('ORGANIZATION', 'clinic')} altitude clinic before the next "
                        f"trip; contact {c.s('EMAIL', p=0.5)}")
    return "\n".join(lines)


def _b_ski_patrol(c: _Ctx) -> str:
    r = c.r
    inj = r.choice(("tibial plateau fracture", "boot-top tib/fib fracture", "skier's thumb (UCL)",
                    "anterior shoulder dislocation", "tree-well immersion", "collision with snowboarder"))
    lines = [
        f"{c.s('ORGANIZATION', 'ski')} Ski Patrol -- ACCIDENT / INCIDENT REPORT",
        f"Report #: {c.s('ACCOUNT', 'patrol')}     Season pass #: ___     Date: {c.sd()}  Time: {c.hm()}",
        f"Run: {c.s('LOCATION', 'run')}   Lift: {c.lk('Chair 4')}   "
        f"Snow: {r.choice(('packed powder', 'ice', 'wind crust'))}",
        f"Visibility: {r.choice(('flat light', 'good', 'snowing'))}   Ability: {r.choice(('beginner', 'expert'))}",
        "",
        f"Injured: {c.s('PERSON')}   Age: {c.s('AGE_OVER_89', p=0.6)}   Home: {c.s('LOCATION', 'town')}",
        f"Address: {c.s('STREET_ADDRESS')}  ZIP {c.s('ZIP')}",
        f"Phone {c.s('PHONE')}    E-mail {c.s('EMAIL', p=0.5)}",
        f"DOB {c.s('DATE_REAL_YEAR', 'dob', p=0.6)}    DL# {c.s('LICENSE', 'dl', p=0.6)}    "
        f"Helmet-cam clip: {c.s('URL', p=0.5)}",
        "",
        f"Mechanism / injury: {inj}.",
        f"Equipment: rental {'skis' if r.random() < 0.6 else 'snowboard'}, DIN {r.choice(('5.5', '7', '8.5'))}, "
        "helmet yes.",
        "Witness: ___ (statement attached)",
        "\x04",
        "Patroller: ___ (OEC cert ___)  Assisting: ___",
        f"Care: {r.choice(('splinted with a vacuum splint', 'Hare traction splint applied', 'sling and swathe'))}, "
        f"brought down by {c.pick(('Cascade toboggan', 'Akja'))} to the aid room.",
        f"Transported by {c.s('ORGANIZATION', 'ems')} to {c.s('ORGANIZATION', 'hospital')}; "
        f"vehicle plate {c.s('VEHICLE_ID', 'plate', p=0.4)}",
        "",
        f"{c.lk('National Ski Patrol')} aid room form attached. Patrol director: {c.s('PERSON', p=0.5)}",
        "\x04",
        "WITNESS STATEMENT (transcribed by patroller)",
        f"\"I was skiing behind {'her' if c.sex == 'F' else 'him'} on the groomer when {c.pro.lower()} caught an "
        "edge and went down hard near the trees. The binding didn't release. I waved at a lift operator and "
        "patrol came in maybe ten minutes.\" Witness contact ___.",
        "",
        "AID ROOM",
        f"Vitals HR {r.randint(70, 120)} BP {r.randint(100, 160)}/{r.randint(60, 95)} SpO2 {r.randint(92, 100)}%; "
        f"nitrous oxide/oxygen offered; {c.lk('SAM Splint')} reinforced. Parent/companion notified. "
        "Patient left the aid room by ambulance at ___.",
        "",
        "--- ED triage note (same encounter) ---",
        f"___ year old {c.noun} BIBA from ski area, {inj}. Pain 7/10. Neurovascularly intact distally. "
        f"{c.lk('Toradol')} 15 mg IV; films ordered ({c.lk('Segond fracture') if 'plateau' in inj else 'see report'}).",
        f"Encounter {c.s('ACCOUNT', 'encounter', p=0.5)}; insurance member {c.s('HEALTH_PLAN', 'member')}",
        "\x04",
    ]
    return "\n".join(lines)


def _b_guide_statement(c: _Ctx) -> str:
    r = c.r
    event, care = r.choice((
        ("the client's horse spooked at the creek crossing and rolled on the client's left leg",
         "stabilised the leg with a " + c.pick(("SAM Splint", "Kendrick Traction Device"))),
        ("the client slipped on wet rock while scrambling and fell about 15 feet onto talus",
         "held the head still and applied a " + c.pick(("SAM Pelvic Sling", "SAM Splint"))),
        ("the raft wrapped on a rock in a Class IV rapid and the client was swept into the hole",
         "got the client out of the water, into dry layers and a " + c.pick(("Ready-Heat blanket", "Bauman bag"))),
        ("the client became confused and unsteady at high camp and could not keep up",
         "gave oxygen and started the client down, with a " + c.pick(("Gamow bag", "Sked stretcher")) + " ready"),
    ))
    lines = [
        "STATEMENT OF GUIDE / OUTFITTER (scanned, attached to trauma H&P)",
        f"Outfitter: {c.s('ORGANIZATION', 'outfitter')}       Guide licence: ___",
        f"Office: {c.s('STREET_ADDRESS')}, {c.s('LOCATION', 'town', p=0.5)} {c.s('ZIP')}",
        f"Phone {c.s('PHONE')}   Email {c.s('EMAIL', 'org')}",
        "",
        f"Guide: {c.s('PERSON')}      Trip: {r.randint(3, 9)}-day trip, {c.s('LOCATION', 'park')}",
        f"Client: {c.s('PERSON')}, age {c.s('AGE_OVER_89')}, DOB {c.s('DATE_REAL_YEAR', 'dob', p=0.5)}",
        f"Client emergency contact: ___ {c.s('PHONE', p=0.5)}; client e-mail {c.s('EMAIL', p=0.5)}",
        f"Office fax {c.s('FAX', p=0.6)}; trip van plate {c.s('VEHICLE_ID', 'plate', p=0.5)}",
        f"Backcountry permit {c.s('ACCOUNT', 'permit')} (issued via {c.lk('recreation.gov')})",
        "",
        "ITINERARY",
        f"Day 1 trailhead to camp ({c.elev()}); Day 2 layover; Day 3 over the pass; Day 4-5 lakes basin; exit "
        f"via the {c.s('LOCATION', 'trailhead_base', p=0.5)} trailhead. Party: {r.randint(4, 9)} clients, "
        f"{r.choice(('one guide', 'two guides', 'three guides'))}, {r.randint(0, 8)} head of stock.",
        "Communications: satellite messenger, check-in each evening with the office.",
        "",
        "STATEMENT",
        f"On day {r.randint(2, 6)} of the trip, at about {c.hm()}, {event}. I reached the client within two "
        f"minutes. The client was awake and talking. I checked airway, breathing and bleeding, then {care}. "
        f"We activated our {c.pick(('inReach Mini 2', 'ResQLink 400'))} (IMEI {c.s('DEVICE_ID', 'imei')}) at "
        f"{c.hm()} and kept the client warm until the helicopter arrived at {c.hm()}.",
        f"I have a current wilderness first responder card and my company follows {c.lk('Wilderness Medical Society')} "
        "practice guidelines.",
        "\x04",
        f"Signed: {c.s('PERSON', p=0.5)}            Date: {c.s('DATE_REAL_YEAR', 'event', p=0.5)}",
        "",
        "--- Trauma H&P (excerpt) ---",
        f"Primary survey intact. Secondary: {r.choice(('L femur deformity', 'R wrist deformity', 'scalp laceration'))}."
        f" {c.lk('Canadian C-spine rule')} applied: imaging indicated. Imaging: CT head/C-spine, extremity films.",
        f"Admit to {c.lk('Orthopaedic Surgery')}; consent by patient; next of kin ___.",
        "\x04",
    ]
    return "\n".join(lines)


def _b_iap(c: _Ctx) -> str:
    r = c.r
    lines = [
        "INCIDENT ACTION PLAN -- pages filed with admission (ICS 202 / 204 / 206)",
        f"Incident name: ___      Incident #: {c.s('ACCOUNT', 'incident')}",
        "Operational period: {} 0600 to {} 1800".format(*c.sd_pair()),
        "",
        f"{c.lk('ICS 202')} OBJECTIVES",
        "1. Locate the missing subject within assigned segments; 2. Provide for responder safety;",
        "3. Pre-stage medical and air resources for rapid extraction.",
        "",
        f"{c.lk('ICS 206')} MEDICAL PLAN",
        "| Medical aid station | Location | Contact | Paramedics |",
        f"| Base camp aid | {c.s('LOCATION', r.choice(('trailhead', 'campground', 'ranger')))} | "
        f"{c.lk('Tac 2')} / {c.s('PHONE')} | Yes |",
        f"| Transportation | {c.s('ORGANIZATION', 'ems')} | ALS ground | Yes |",
        f"| Air | {c.s('ORGANIZATION', 'air', p=0.5)} | {c.pick(('Bell 407', 'EC145'))} "
        f"{c.s('VEHICLE_ID', 'tail', p=0.5)} | RN/Medic |",
        f"| Hospital | {c.s('ORGANIZATION', 'hospital')} | air {r.randint(12, 40)} min / ground "
        f"{r.randint(1, 3)}:{r.randint(10, 59)} | helipad Yes |",
        "Medical emergency procedures: report on Command, request air via IC, use hoist-capable aircraft only.",
        f"Prepared by (Medical Unit Leader): {c.s('PERSON')}    Approved by (Safety): ___",
        "\x04",
        f"{c.lk('ICS 204')} ASSIGNMENT LIST -- Division B",
        f"Team 3 ({c.s('ORGANIZATION', 'sar', p=0.6)}) -- {c.pick(('Segment 14B', 'Segment 7A'))}, "
        f"{c.s('LOCATION', 'drainage')}: grid search, 20 m spacing. {c.pick(('K9 Juniper', 'K9 Tika'))} "
        "with Team 4.",
        f"Subject: {c.s('PERSON', p=0.5)}, ___ year old, last seen at {c.s('LOCATION', 'lake', p=0.6)}; "
        f"carrying a PLB (UIN {c.s('DEVICE_ID', 'plb', p=0.6)}).",
        f"Subject vehicle located: plate {c.s('VEHICLE_ID', 'plate')}; registered to "
        f"{c.s('STREET_ADDRESS', p=0.5)}, ZIP {c.s('ZIP', p=0.5)}.",
        f"Subject DOB {c.s('DATE_REAL_YEAR', 'dob', p=0.5)}; subject's shared map {c.s('URL', p=0.6)}; "
        f"SAR coordinator pager {c.s('PAGER', p=0.6)}; logistics fax {c.s('FAX', p=0.5)}.",
        f"Frequencies: Command {c.lk('155.160 MHz')}; Tac {c.lk('155.205 MHz')}. Radios: {c.lk('Motorola APX 6000')}.",
        f"Weather ({c.lk('weather.gov')}): afternoon thunderstorms likely; freezing level {c.elev()}.",
        "\x04",
        f"{c.lk('ICS 214')} unit log excerpt: {c.hm()} subject located alive; {c.hm()} medical team at subject; "
        f"{c.hm()} hoist complete; {c.hm()} arrival at receiving hospital.",
        f"IAP distributed from the ICP laptop ({c.s('IP_ADDRESS', p=0.7)}) -- Page 3 of 7",
        "\x04",
    ]
    return "\n".join(lines)


def _b_trailhead_casework(c: _Ctx) -> str:
    r = c.r
    days = r.randint(1, 6)
    lines = [
        "CASE MANAGEMENT / SOCIAL WORK NOTE",
        f"Pt: {c.s('PERSON')}    MRN {c.s('MRN')}    Hospital day {days}",
        "",
        f"Pt admitted after {r.randint(2, 4)} nights missing in the backcountry; now medically stable. Met with "
        "pt and family to address practical needs after the rescue.",
        "",
        "VEHICLE",
        f"Pt's {r.choice(('grey Subaru Outback', 'white Toyota Tacoma', 'blue Honda CR-V', 'red Ford F-150'))} "
        f"remains at the {c.s('LOCATION', 'trailhead_base')} trailhead, plate {c.s('VEHICLE_ID', 'plate')}"
        f"{', VIN ' + c.s('VEHICLE_ID', 'vin') if r.random() < 0.4 else ''}. Ranger {c.s('PERSON', p=0.6)} at "
        f"{c.s('LOCATION', 'ranger')} agreed to hold it {r.randint(3, 10)} days; keys in pt belongings.",
        "",
        "PERMIT / PARK",
        f"Backcountry permit {c.s('ACCOUNT', 'permit')} was for the {c.s('LOCATION', 'lake', p=0.5)} zone "
        f"({r.randint(1, 4)} nights). Park case incident number {c.s('ACCOUNT', 'incident', p=0.5)} given to "
        f"family for the SAR cost letter. {c.lk('National Park Service')} does not bill for SAR.",
        "Hunting licence ___ and fishing licence ___ returned with belongings.",
        "\x04",
        "INSURANCE",
        f"Primary: commercial; member ID {c.s('HEALTH_PLAN', 'member')}, group 7741203 (employer).",
        f"Air ambulance bill pending; membership {c.s('HEALTH_PLAN', 'air', p=0.5)} per pt. Financial counselling "
        f"referral placed (SSN on file {c.s('SSN', p=0.6)}). Family fundraiser: {c.s('URL', p=0.6)}. "
        f"Sister's e-mail {c.s('EMAIL', p=0.6)}.",
        "",
        "CONTACTS",
        f"{r.choice(_REL).capitalize()}: {c.s('PERSON')}  {c.s('PHONE')}",
        f"Home: {c.s('STREET_ADDRESS')}, {c.s('LOCATION', 'town')}, {c.pick(_STATES)} {c.s('ZIP')}",
        f"Employer: {c.s('ORGANIZATION', 'employer')} (FMLA paperwork faxed to {c.s('FAX', p=0.5)})",
        "\x04",
        "BELONGINGS",
        f"Backpack, {c.pick(('inReach Mini 2', 'SPOT Gen4', 'ResQLink 400'))}, wallet (inventoried with security), "
        "trekking poles, wet clothing bagged. Firearm: none. Bear spray held by the ranger. Patient asked that "
        "the family take the pack home; release form signed.",
        "",
        "ASSESSMENT / PLAN",
        "Pt tearful but future-oriented; screened for acute stress, no SI. Crisis resources given "
        f"({c.lk('988 Suicide & Crisis Lifeline')}). Dog boarded by neighbour. Plan: family to retrieve vehicle, "
        "SW to follow until discharge.",
        "\x04",
    ]
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------------
# Radiology-type document kinds
# --------------------------------------------------------------------------------------------------


def _rad_notify(c: _Ctx) -> str:
    return (f"NOTIFICATION:  The findings were discussed with Dr. {c.s('PERSON')} by Dr. ___ on the telephone on "
            f"{c.sd()} at {c.r.randint(1, 12)}:{c.r.randint(10, 59)} "
            f"{c.r.choice(('AM', 'PM'))}, {c.r.randint(2, 25)} minutes after discovery of the findings.")


def _rad_indication(c: _Ctx, what: str) -> str:
    return f"INDICATION:  {c.s('AGE_OVER_89')} year old {c.noun} {what}"


_HISTORIES = (
    "Transferred from a critical access hospital after a prolonged backcountry extrication; initial outside "
    "imaging was limited to portable films. Pain and swelling worse since the field splint was applied.",
    "Helicopter hoist from steep terrain after an unwitnessed fall; the subject was found after an overnight "
    "search and was cold and dehydrated on arrival. Field splinting with a vacuum splint.",
    "Guided client who fell on a scree slope and was carried out by litter over six hours; received fentanyl "
    "and ketamine in the field. No prior imaging available at the time of this study.",
    "Ski touring accident with a tumbling fall through rocks; companion-rescued and flown out. The patient "
    "reports numbness that has improved since the accident. Prior surgery on the same side.",
)


def _rad_history(c: _Ctx) -> str:
    r = c.r
    return (f"CLINICAL HISTORY:  {r.choice(_HISTORIES)} Scene: {c.s('LOCATION', r.choice(('park', 'drainage')), p=0.5)}"
            f". Referring facility: {c.s('ORGANIZATION', 'hospital', p=0.5)}. "
            f"{c.lk('Glasgow Coma Scale')} {r.randint(13, 15)} on arrival.")


def _rad_wet_read(c: _Ctx) -> str:
    r = c.r
    return (f"WET READ: ___ ___ {c.sd()} {r.randint(1, 12)}:{r.randint(10, 59)} "
            f"{r.choice(('AM', 'PM'))}\n  "
            + r.choice(('No acute fracture identified on preliminary review.', 'Findings as below; see final.',
                        'Preliminary read called to the ED, final to follow.'))
            + f" Resident on call: ___ (pgr {c.s('PAGER', p=0.5)}).")


def _rad_recs(c: _Ctx) -> str:
    r = c.r
    return r.choice((
        "RECOMMENDATION(S):  Clinical correlation; follow-up imaging in 7-10 days if symptoms persist or if the "
        "initial exam was limited by splint material.",
        "RECOMMENDATION(S):  Consider MRI for ligamentous injury if pain persists after immobilisation. Outside "
        "images should be uploaded to PACS for comparison.",
        "RECOMMENDATION(S):  Orthopaedic follow-up. Weight-bearing views when clinically appropriate; compare "
        "with contralateral side if growth plates are open.",
    ))


def _rad_order_block(c: _Ctx) -> str:
    r = c.r
    k = r.randrange(4)
    if k == 0:
        return "\n".join((
            f"| Ordering provider | {c.s('PERSON', p=0.6)} | pager {c.s('PAGER', p=0.6)} |",
            f"| Callback          | {c.s('PHONE', p=0.6)} | fax {c.s('FAX', p=0.6)} |",
            f"| Patient           | MRN {c.s('MRN', p=0.6)} | DOB {c.s('DATE_REAL_YEAR', 'dob', p=0.6)} |",
        ))
    if k == 1:
        return "\n".join((
            "Outside study import --",
            f"  Sending facility ....... {c.s('ORGANIZATION', 'hospital', p=0.6)}",
            f"  Sending MRN ............ {c.s('MRN', p=0.6)}",
            f"  Sending accession ...... {c.s('ACCOUNT', 'accession', p=0.6)}",
            f"  Study date ............. {c.sd()}",
            f"  Import host ............ {c.s('IP_ADDRESS', p=0.6)}",
        ))
    if k == 2:
        return (f"Outside films were brought by the patient on CD from {c.s('ORGANIZATION', 'hospital', p=0.6)}; "
                f"the outside report was faxed from {c.s('FAX', p=0.6)}. Patient ID on the disc "
                f"{c.s('MRN', p=0.6)}, DOB {c.s('DATE_REAL_YEAR', 'dob', p=0.6)}.")
    return (f"Requisition (scanned): pt {c.s('PERSON', p=0.6)}   ins {c.s('HEALTH_PLAN', 'member', p=0.6)}   "
            f"home {c.s('STREET_ADDRESS', p=0.6)}, {c.s('ZIP', p=0.6)}   ph {c.s('PHONE', p=0.6)}")


def _rad_footer(c: _Ctx) -> str:
    k = c.r.randrange(4)
    if k == 0:
        return f"Accession: {c.s('ACCOUNT', 'accession')}     Ordering: {c.s('PERSON', p=0.5)}"
    if k == 1:
        return (f"Acc# {c.s('ACCOUNT', 'accession')}   Technologist: ___   "
                f"Portable unit asset {c.s('DEVICE_ID', 'asset', p=0.5)}")
    if k == 2:
        return (f"Requisition {c.s('ACCOUNT', 'accession', p=0.5)}   {c.lk('Radiology')} read by ___   "
                f"Referring: {c.s('PERSON', p=0.5)}")
    return (f"Exam ordered by ___ (pager {c.s('PAGER', p=0.6)}); acc {c.s('ACCOUNT', 'accession', p=0.6)}\n"
            f"Images pushed from modality {c.s('IP_ADDRESS', p=0.7)}; accession {c.s('ACCOUNT', 'accession', p=0.6)}")


def _b_ct_head(c: _Ctx) -> str:
    r = c.r
    mech = r.choice(("fall ~30 ft while climbing", "fall from horse on trail", "tumbling fall down a snow couloir",
                     "struck by rockfall, helmeted", "mountain bike crash on descent"))
    bleed = r.random() < 0.4
    lines = [
        "EXAMINATION:  CT HEAD AND C-SPINE W/O CONTRAST",
        "",
        _rad_indication(c, f"s/p {mech} at {c.s('LOCATION', r.choice(('peak', 'drainage', 'park')), p=0.6)}, "
                           "GCS 14, neck pain // ICH? C-spine fracture?"),
        "",
        _rad_history(c),
        "",
        "TECHNIQUE:  Contiguous axial images from the skull base through T2 on a "
        f"{c.pick(('Siemens SOMATOM', 'GE Revolution CT'))}"
        f" ({c.version()}); sagittal and coronal reformats. Imaging criteria met per the "
        f"{c.pick(('Canadian C-spine rule', 'NEXUS criteria'))}.",
        f"DOSE:  Total DLP {r.randint(900, 2200)}.{r.randint(0, 9)} mGy-cm; CTDIvol {r.randint(30, 70)} mGy.",
        "",
        _rad_order_block(c) if r.random() < 0.6 else "Order: see requisition.",
        "",
        f"COMPARISON:  {r.choice(('None.', 'Outside CT from the referring facility (images uploaded to PACS).'))}",
        "\x04",
        _rad_wet_read(c),
        "",
        "FINDINGS:",
        "HEAD:  " + ("Thin left frontal subdural hematoma, 4 mm, without midline shift. " if bleed else
                     "No intracranial hemorrhage, mass effect or large territorial infarct. ")
        + "Ventricles and sulci are normal for age. Left parietal scalp hematoma without underlying fracture. "
        + r.choice(("Mastoid air cells clear.", "Opacified right mastoid air cells; no temporal bone fracture.",
                    f"Right temporal bone fracture with mastoid fluid ({c.lk('Battle sign')} clinically).")),
        "Orbits and globes intact. Paranasal sinuses: mild mucosal thickening in the maxillary sinuses.",
        "C-SPINE:  " + r.choice((
            "Normal alignment. No acute fracture. Prevertebral soft tissues normal.",
            f"Nondisplaced fracture of the C1 anterior arch ({c.lk('Jefferson fracture')} pattern excluded).",
            "Nondisplaced C6 spinous process fracture. Alignment preserved.",
        )) + " Mild multilevel degenerative disc disease. No critical canal narrowing.",
        "Lung apices clear. Incidental thyroid nodule, 9 mm.",
        "",
        "IMPRESSION:",
        ("1. Small left frontal subdural hematoma without shift." if bleed else "1. No acute intracranial process.")
        + "\n2. See C-spine findings above.",
        "",
        _rad_notify(c),
        "\x04",
        _rad_footer(c),
        "\x04",
    ]
    return "\n".join(lines)


def _b_bone_scan(c: _Ctx) -> str:
    r = c.r
    mci = f"{r.randint(20, 27)}.{r.randint(0, 9)}"
    lines = [
        "EXAMINATION:  THREE PHASE BONE SCAN (HANDS/FEET)",
        "",
        _rad_indication(c, "with frostbite after "
                        + r.choice(('a winter bivouac', 'a summit attempt', 'a snowmobile breakdown'))
                        + f", day {r.randint(2, 10)}, s/p iloprost // tissue viability?"),
        "",
        f"CLINICAL HISTORY:  Rewarmed in the field and again at the referring hospital; exposure on "
        f"{c.s('LOCATION', r.choice(('peak', 'pass', 'hut')), p=0.5)} for about {r.randint(6, 30)} hours. "
        f"Treated with {c.lk('iloprost')} per protocol. Surgical planning for amputation level requested by the "
        f"{c.lk('Burn Unit')}.",
        "",
        _rad_order_block(c) if r.random() < 0.6 else "Order: NM bone scan, three phase.",
        "",
        f"RADIOPHARMACEUTICAL DATA:  {mci} mCi Tc-99m MDP ({c.lk('Technescan MDP')}, {c.lot()}, exp {c.expiry()}) "
        "IV, right antecubital vein.",
        "",
        "INTERPRETATION:  Flow images were obtained for 60 seconds, followed by blood pool images and 3-hour "
        "delayed images of the hands and feet. SPECT/CT of the feet was not performed.",
        "\x04",
        "FINDINGS:",
        "Flow and blood-pool phases show absent perfusion to the "
        + r.choice(('distal phalanges of digits 2-4', 'tufts of digits 2-5 bilaterally',
                    'distal hallux and second toe'))
        + ". Delayed images confirm absent tracer uptake in these segments, consistent with non-viable bone. "
        "Remaining digits show preserved or increased uptake.",
        f"No uptake abnormality in the wrists or midfoot. Findings correlate with {c.lk('Cauchy classification')} "
        "grade 3-4 injury. Hyperemia proximal to the demarcation is expected after rewarming.",
        "",
        "IMPRESSION:",
        "Non-viable distal segments as above; proximal segments viable. Repeat at day 7-10 may refine the level.",
        "",
        f"Scan performed at {c.s('ORGANIZATION', 'hospital')} {c.lk('Nuclear Medicine')}; outside images from "
        f"{c.s('ORGANIZATION', 'hospital', p=0.5)} reviewed.",
        f"Camera asset tag {c.s('DEVICE_ID', 'asset')}",
        "\x04",
        _rad_notify(c),
        "\x04",
    ]
    return "\n".join(lines)


def _b_spine_films(c: _Ctx) -> str:
    r = c.r
    lvl = r.choice(("T12", "L1", "L2", "T11"))
    lines = [
        f"EXAMINATION:  {r.choice(('T-L SPINE 2-3 VIEWS', 'CT T AND L SPINE W/O CONTRAST', 'L-SPINE (AP AND LAT)'))}",
        "",
        _rad_indication(c, "s/p "
                        + r.choice(('ski jump landing flat', 'paraglider crash', 'fall from ledge', 'sled collision'))
                        + f" with back pain; transferred by {c.s('ORGANIZATION', 'air', p=0.5)}"),
        "",
        _rad_history(c),
        "",
        _rad_order_block(c) if r.random() < 0.6 else "Order: see requisition.",
        "",
        "COMPARISON:  None.",
        "\x04",
        _rad_wet_read(c),
        "",
        "FINDINGS:",
        f"There is a compression deformity of {lvl} with approximately {r.randint(15, 50)}% anterior height loss. "
        + r.choice((f"Horizontal fracture through the posterior elements consistent with a {c.lk('Chance fracture')}.",
                    f"Posterior cortex intact; stable by the {c.lk('Denis three-column')} model.",
                    "Retropulsion of 3 mm narrows the canal mildly.")),
        "Remaining vertebral body heights are maintained. Pedicles intact on the AP view. Sacroiliac joints normal.",
        f"Spinal board and {c.lk('SAM Pelvic Sling')} in place on the initial images. Paraspinal soft tissues "
        "without hematoma. Visualised lower ribs intact.",
        "",
        "IMPRESSION:",
        f"{lvl} fracture as above; recommend CT/MRI correlation if not already performed.",
        "",
        _rad_recs(c),
        "",
        _rad_notify(c),
        _rad_footer(c),
        "\x04",
    ]
    return "\n".join(lines)


def _b_chest(c: _Ctx) -> str:
    r = c.r
    why = r.choice(("with hypoxia after rapid ascent // HAPE?", "s/p immersion at lake outlet // aspiration?",
                    "s/p lightning strike // pulmonary contusion?", "s/p avalanche burial // pneumothorax?"))
    lines = [
        "EXAMINATION:  CHEST (PORTABLE AP)",
        "",
        _rad_indication(c, why),
        "",
        f"CLINICAL HISTORY:  Evacuated from {c.s('LOCATION', r.choice(('hut', 'lake', 'campground')), p=0.5)} "
        f"by {c.s('ORGANIZATION', r.choice(('air', 'sar')), p=0.5)}; SpO2 {r.randint(62, 88)}% on room air at "
        f"the scene, {r.randint(88, 97)}% on 4 L. Received {c.pick(('Decadron', 'Adalat CC', 'Diamox'))} in the "
        "field.",
        "",
        f"TECHNIQUE:  Single portable AP view, {c.r.choice(('supine', 'semi-upright', 'upright'))}"
        f" on a {c.lk('Philips DigitalDiagnost')} detector.",
        f"COMPARISON:  Outside radiograph from {c.s('ORGANIZATION', 'hospital', p=0.6)} dated "
        f"{c.s('DATE_REAL_YEAR', 'event', p=0.5)}.",
        "\x04",
        _rad_order_block(c) if r.random() < 0.6 else "Order: portable, STAT.",
        "\x04",
        "FINDINGS:",
        r.choice((
            "Patchy, asymmetric airspace opacities in the right mid and lower zones with a normal cardiac "
            "silhouette, consistent with high-altitude pulmonary edema.",
            "Bilateral perihilar opacities, likely aspiration/edema. No pneumothorax.",
            "Lungs are clear. No pneumothorax. No rib fracture on this single view.",
            "Small right apical pneumothorax (~1 cm). Right 5th-7th lateral rib fractures.",
        )),
        "No large pleural effusion. Mediastinal contours normal. ET tube absent; enteric tube absent. "
        "External monitoring leads and a warming blanket overlie the chest. Osseous structures are grossly "
        "intact where visualised; the upper abdomen is unremarkable.",
        "",
        "IMPRESSION:",
        r.choice(("Findings compatible with HAPE.", "No acute cardiopulmonary process.",
                  "Small right pneumothorax; follow-up film advised.")),
        "",
        r.choice(("RECOMMENDATION(S):  Repeat radiograph after 24 h of oxygen and descent to document clearing.",
                  "RECOMMENDATION(S):  Follow-up PA and lateral radiograph in 4-6 weeks to document resolution.",
                  "RECOMMENDATION(S):  If hypoxia persists, CT pulmonary angiography could be considered.")),
        "",
        _rad_wet_read(c),
        "",
        _rad_notify(c),
        f"Read from outside the hospital network; session {c.s('IP_ADDRESS', p=0.6)} logged.",
        "\x04",
        _rad_footer(c),
        "\x04",
    ]
    return "\n".join(lines)


def _b_ct_trauma(c: _Ctx) -> str:
    r = c.r
    lines = [
        "EXAMINATION:  CT CHEST, ABDOMEN AND PELVIS WITH CONTRAST (TRAUMA)",
        "",
        _rad_indication(c, r.choice(('avalanche burial, extricated', 'fall ~40 ft from a cliff band',
                                     'horse wreck, rolled on'))
                        + f" near {c.s('LOCATION', r.choice(('pass', 'peak', 'drainage')), p=0.6)}; "
                        "hypotensive in the field // injuries?"),
        "",
        _rad_history(c),
        "",
        f"TECHNIQUE:  MDCT after {r.randint(80, 110)} mL {c.lk('Omnipaque 350')} IV ({c.lot()}); "
        "portal venous phase; reformats.",
        f"DOSE:  DLP {r.randint(700, 1600)} mGy-cm.",
        "",
        _rad_order_block(c) if r.random() < 0.6 else "Order: see requisition.",
        "",
        "COMPARISON:  None.",
        "\x04",
        "FINDINGS:",
        f"CHEST:  {r.choice(('Right 4th-8th rib fractures, 5th-7th segmental.', 'Left 3rd-6th rib fractures.'))} "
        f"{r.choice(('Small right pneumothorax.', 'No pneumothorax.'))} Bibasilar contusions.",
        "ABDOMEN:  " + r.choice(('Splenic laceration 2.5 cm deep without active extravasation',
                                 'Liver segment VI laceration 2 cm', 'No solid organ injury'))
        + f" ({c.lk('AAST grade')} per findings). Small hemoperitoneum in the pelvis. Kidneys enhance symmetrically.",
        f"PELVIS:  {r.choice(('Right superior and inferior pubic rami fractures.', 'No pelvic fracture.'))} "
        f"{c.lk('SAM Pelvic Sling')} at the level of the greater trochanters.",
        "Bones: see dedicated spine reformats.",
        "",
        "IMPRESSION:",
        "1. Rib fractures and pulmonary contusions as above.",
        "2. Solid organ findings as above; no active extravasation.",
        "",
        _rad_notify(c),
        f"Outside CD from {c.s('ORGANIZATION', 'hospital', p=0.5)} imported; acc {c.s('ACCOUNT', 'accession')}",
        "\x04",
    ]
    return "\n".join(lines)


_EXTREMITY = (
    ("HAND (3 VIEWS) BILATERAL", "Soft-tissue swelling of the distal digits without fracture; no soft-tissue gas. "
                                 "Periarticular osteopenia is not yet present. No acro-osteolysis."),
    ("KNEE (AP, LAT, OBLIQUE) LEFT", "Depressed lateral tibial plateau fracture; small avulsion off the lateral "
                                      "tibia (Segond fracture). Lipohemarthrosis on the cross-table lateral."),
    ("THUMB (3 VIEWS) RIGHT", "Small avulsion at the ulnar base of the proximal phalanx; possible Stener lesion "
                              "clinically. MCP joint widening on the stress view."),
    ("SHOULDER (3 VIEWS) RIGHT", "Anterior glenohumeral dislocation with a Hill-Sachs lesion; no Bankart lesion "
                                 "fragment seen. Post-reduction views concentric."),
    ("ANKLE (3 VIEWS) LEFT", "Distal fibular fracture at the syndesmosis (Weber B); medial clear space normal. "
                             "Maisonneuve fracture excluded on tib/fib views."),
    ("WRIST (3 VIEWS) LEFT", "Dorsally angulated distal radius fracture (Colles fracture) with ulnar styloid "
                             "avulsion. Carpal alignment preserved."),
    ("FOOT (3 VIEWS) RIGHT", "Widening between the first and second metatarsal bases (Lisfranc injury) with a "
                             "fleck sign. Soft-tissue swelling of the forefoot."),
)


def _b_extremity(c: _Ctx) -> str:
    r = c.r
    part, find = r.choice(_EXTREMITY)
    lines = [
        f"EXAMINATION:  {part}",
        "",
        _rad_indication(c, r.choice(('frostbite after bivouac', 'ski fall', 'climbing fall',
                                     'slip on ice at the trailhead'))
                        + f"; seen at {c.s('ORGANIZATION', r.choice(('ski', 'clinic')), p=0.6)} first // fracture?"),
        "",
        _rad_history(c),
        "",
        f"TECHNIQUE:  Three views; obtained through the field splint. Digital radiography ({c.version()}).",
        "",
        _rad_order_block(c) if r.random() < 0.6 else "Order: see requisition.",
        "",
        f"COMPARISON:  {r.choice(('None.', 'Outside films, no report available.'))}",
        "\x04",
        _rad_wet_read(c),
        "",
        "FINDINGS:",
        find,
        "Splint material obscures fine bony detail. No radiopaque foreign body. Joint spaces otherwise preserved.",
        "Post-splint views: alignment unchanged; the splint is well padded. Soft tissues otherwise unremarkable, "
        "without subcutaneous emphysema.",
        "",
        "IMPRESSION:",
        r.choice(("Fracture as above.", "As above.", "Findings as described; no additional fracture.")),
        "",
        _rad_recs(c),
        "",
        f"Referring: {c.s('PERSON')}   pager {c.s('PAGER')}",
        _rad_footer(c),
        "\x04",
    ]
    return "\n".join(lines)


_KINDS: dict[str, tuple[str, Callable[[_Ctx], str]]] = {
    "sar_mission_report": ("discharge", _b_sar_mission),
    "ranger_pcr": ("discharge", _b_ranger_pcr),
    "air_medical_transfer": ("discharge", _b_air_medical),
    "avalanche_discharge": ("discharge", _b_avalanche),
    "lightning_discharge": ("discharge", _b_lightning),
    "frostbite_clinic": ("discharge", _b_frostbite),
    "altitude_clinic": ("discharge", _b_altitude),
    "ski_patrol_report": ("discharge", _b_ski_patrol),
    "guide_statement": ("discharge", _b_guide_statement),
    "incident_action_plan": ("discharge", _b_iap),
    "trailhead_casework": ("discharge", _b_trailhead_casework),
    "ct_head_cspine": ("radiology", _b_ct_head),
    "frostbite_bone_scan": ("radiology", _b_bone_scan),
    "spine_films": ("radiology", _b_spine_films),
    "chest_radiograph": ("radiology", _b_chest),
    "ct_trauma_cap": ("radiology", _b_ct_trauma),
    "extremity_films": ("radiology", _b_extremity),
}
DOCUMENT_KINDS: tuple[str, ...] = tuple(_KINDS)
_DS_KINDS = tuple(k for k, (t, _) in _KINDS.items() if t == "discharge")
_RAD_KINDS = tuple(k for k, (t, _) in _KINDS.items() if t == "radiology")

# --------------------------------------------------------------------------------------------------
# Assembly
# --------------------------------------------------------------------------------------------------

_MARK_RE = re.compile("\x01([A-Z_0-9]+)\x02([^\x03]*)\x03")


def _plan(seed: int, i: int) -> tuple[str, bool, list[str]]:
    heavy = i % 20 == _HEAVY_RESIDUE
    planted = (not heavy) and ((i + 1) * _PHI + seed * 0.1379) % 1.0 < _PLANT_CUT
    cats: list[str] = []
    if planted:
        n = 1 + int(((i + 1) * _SQ3 + seed * 0.2917) % 1.0 * 4)
        cats = [CATEGORIES[int(((4 * i + k + 1) * _SQ2 + seed * 0.0731) % 1.0 * len(CATEGORIES))]
                for k in range(n)]
    radiology = ((i + 1) * _PLASTIC + seed * 0.0613) % 1.0 < 0.45
    kind = random.Random(f"holdout86:{seed}:{i}:kind").choice(_RAD_KINDS if radiology else _DS_KINDS)
    return kind, heavy, cats


def document_kind(seed: int, i: int) -> str:
    return _plan(seed, i)[0]


def _place_generic(c: _Ctx, raw: str) -> str:
    parts = raw.split("\x04")
    extra: dict[int, list[str]] = {}
    for cat in list(c.pending):
        tmpl, sub = c.r.choice(_GENERIC[cat])
        line = tmpl.replace("{v}", _mark(cat, _GEN[cat](c.r, sub)))
        gap = c.r.randint(1, len(parts) - 1) if len(parts) > 1 else len(parts)
        extra.setdefault(gap, []).append(line)
    c.pending.clear()
    out = [parts[0]]
    for g in range(1, len(parts) + 1):
        out.extend(f"{line}\n" for line in extra.get(g, []))
        if g < len(parts):
            out.append(parts[g])
    return "".join(out)


def _render(raw: str) -> tuple[str, list[tuple[int, int, str]]]:
    out: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = n = 0
    for m in _MARK_RE.finditer(raw):
        out.append(raw[pos:m.start()])
        n += m.start() - pos
        value = m.group(2)
        out.append(value)
        spans.append((n, n + len(value), m.group(1)))
        n += len(value)
        pos = m.end()
    out.append(raw[pos:])
    return "".join(out), spans


def _build(seed: int, i: int) -> tuple[LabelledNote, list[str], str]:
    kind, heavy, cats = _plan(seed, i)
    note_type, builder = _KINDS[kind]
    c = _Ctx(random.Random(f"holdout86:{seed}:{i}"), cats, heavy)
    raw = builder(c)
    if heavy:
        raw = raw.rstrip("\x04\n") + "\n" + "\n".join(_heavy_block(c)) + "\n"
    raw = re.sub(r"\n{3,}", "\n\n", _place_generic(c, raw))
    text, spans = _render(raw.rstrip("\n") + "\n")
    if len(spans) != len(cats):
        raise AssertionError(f"note {seed}:{i}: {len(spans)} spans for {len(cats)} planted categories")
    look = [x for x in dict.fromkeys(c.look) if x in text]
    look += [x for x in EPONYMS_AND_BRANDS if x in text and x not in look]
    return LabelledNote(note_type, text, spans), look, ("heavy" if heavy else "normal")


def holdout86_note(seed: int, i: int) -> LabelledNote:
    return _build(seed, i)[0]


def holdout86_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout86_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = holdout_measure.measure(
        holdout86_corpus, argv, "Held-out corpus 86 (blind): wilderness medicine, SAR and park incidents")
    holdout_measure.report("holdout86", args, notes, hits, res)


if __name__ == "__main__":
    main(sys.argv[1:])
