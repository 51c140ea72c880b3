"""Held-out corpus 38: cardiology and cardiac procedures, as MIMIC-IV-Note-shaped text.

Document kinds (``DOCUMENT_KINDS``): inpatient cardiology consults, cardiology clinic letters,
heart-failure clinic notes, cath-lab procedure reports with stent/device stickers,
electrophysiology study and ablation reports, pacemaker/ICD interrogation printouts, cardiac
rehabilitation notes, anticoagulation-clinic notes, LVAD/transplant evaluation paperwork and
cardiac-surgery referral letters (note_type "discharge"); transthoracic echo, TEE, coronary CT
angiography, cardiac MRI and stress-test reports with ECG stage tables (note_type "radiology").
Layouts mix narrative prose, section headers, ``|`` tables and aligned columns, "Label: value"
forms, pasted lists, signatures, addenda, machine-generated headers, copy-forwarded text and the
usual typos and abbreviations.

Masking follows MIMIC-IV-Note: identifiers are ``___``; dates that were not masked are shifted into
2100-2200 and never labelled. About 57% of the notes carry 1-4 identifiers that escaped masking
(planted and labelled); about 5% are "heavy" notes (many ``___``, nothing planted). Which notes
carry plants, how many, and of which category all follow low-discrepancy (Weyl) sequences of the
note index, so per-category counts are stable from seed to seed; the seed moves the offsets, the
values, the layout and the contexts.

Labelling conventions: only the exact value is labelled; cue words ("Dr.", "MRN:", "pager",
"Fax", "SN", "plate", "Acct") and credentials ("MD", "RN", "NP") stay outside the span. PERSON is
one span per name (given and family together, titles outside). LOCATION is a place below state
level; a street line is STREET_ADDRESS; town and ZIP are separate spans; states and countries are
never labelled. ORGANIZATION is a named hospital, practice, nursing home, school, employer or
agency, never a generic department name. DATE_REAL_YEAR is a whole date with a real year
1900-2030 (a death date too), never a bare year and never a device, drug or lot expiry date.
AGE_OVER_89 labels the digits of an age >= 90. DEVICE_ID is a device serial number (for a GS1
UDI only the (21) serial part); lot, GTIN, REF, model and expiry are look-alikes. Every note also
carries non-PHI look-alikes, returned by ``_build`` and never labelled: eponyms, drug and device
brands, lot/NDC/REF/model/GTIN numbers, expiry dates, shifted dates, bare years, ages under 90,
scores, doses, software versions, public hotlines and public bodies' websites, generic department
names, US states and countries.

Written blind: the only things read to write this corpus were
``lqs_clinical/synth/holdout_measure.py``, the first 45 lines of ``lqs_clinical/synth/notes.py``
(CATEGORIES, LabelledNote), ``/work/shared/reference/*.md`` (MIMIC-IV schema, known data issues),
the masked note-shaped samples under ``/work/shared/data/note-shaped-samples/`` with
``/work/shared/data/SOURCES.md``, and ``pyproject.toml`` (plus the file names, not the contents, of
``lqs_clinical/synth/`` and ``tests/``, to pick unused names). No detector code, pattern list, other
corpus, test or benchmark was read, and the detector was never run on this corpus.
"""

from __future__ import annotations

import math
import random
import re
import unicodedata

from lqs_clinical.synth.holdout_measure import measure, report
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

# --------------------------------------------------------------------------------------------------
# Pools of invented surrogate values
# --------------------------------------------------------------------------------------------------

_GIVEN = (
    "Margaret", "Eileen", "Declan", "Siobhan", "Fergus", "Brendan", "Maureen", "Nora", "Callum", "Ailsa",
    "Wendell", "Harriet", "Clement", "Agnes", "Lionel", "Beatrice", "Horace", "Winifred", "Desmond", "Muriel",
    "Everett", "Lucille", "Roland", "Dolores", "Garrett", "Rosalind", "Guadalupe", "Esperanza", "Rafael",
    "José", "Rosario", "Ximena", "Anselmo", "Graciela", "Teodoro", "Amparo", "Leonel", "Inês", "João",
    "Conceição", "Jean-Baptiste", "Marie-Claire", "Wislande", "Fritznel", "Guerline", "Jocelyne",
    "Oluwaseun", "Chinedu", "Adaeze", "Kwabena", "Ama", "Yaw", "Folasade", "Babajide", "Nnamdi", "Abena",
    "Tesfaye", "Meseret", "Wanjiru", "Abdirahman", "Halima", "Kiprono", "Youssef", "Rania", "Khalil",
    "Samira", "Farid", "Leila", "Dariush", "Shirin", "Hamid", "Nasrin", "Tariq", "Zainab", "Priyanka",
    "Venkatesh", "Lakshmi", "Arjun", "Meenakshi", "Sandeep", "Harpreet", "Gurdeep", "Anjali", "Rajesh",
    "Sunita", "Tahmina", "Imran", "Wei", "Xiaoling", "Jun", "Haruto", "Yuki", "Minseo", "Jae-won",
    "Hyun-woo", "Mei-Ling", "Kenji", "Chiharu", "Thanh", "Huong", "Minh", "Lan", "Rosalinda", "Jericho",
    "Maricel", "Somchai", "Kanya", "Tomasz", "Agnieszka", "Bogdan", "Oksana", "Dmitri", "Svetlana",
    "Miroslav", "Zuzana", "Wojciech", "Halina", "Radek", "Sigrid", "Torbjørn", "Henrik", "Ingeborg", "Lars",
    "Anneliese", "Dieter", "Maarten", "Femke", "Wilhelmina", "Gunnar", "Spiros", "Eleni", "Theodora",
    "Konstantinos", "Giuseppe", "Carmela", "Vittorio", "Rosaria", "Annunziata", "Mordechai", "Shoshana",
    "Avraham", "Yael", "Chaim", "Rivka", "Aaliyah", "DeShawn", "Latoya", "Tyrone", "Keisha", "Jamal",
    "Marisol", "Kai", "Tatum", "Bryce", "Colby", "Skylar", "Thaddeus", "Cornelius", "Ezekiel", "Ophelia",
    "Philomena", "Bartholomew", "Orla", "Padraig", "Aoife", "Lorcan", "Mairead", "Benedikt", "Ulrike",
    "Ngozi", "Emeka", "Chiamaka", "Aminata", "Mamadou", "Fatoumata", "Ousmane", "Bich", "Quang", "Hoa",
)

_FAMILY = (
    "Okafor", "Mensah", "Adeyemi", "Nwosu", "Boateng", "Asante", "Owusu", "Diallo", "N'Diaye", "Traoré",
    "Kamara", "Gebremedhin", "Mwangi", "Otieno", "Abdi", "Haddad", "Al-Khatib", "Nasser", "Khoury",
    "Farahani", "Tehrani", "Moradi", "Rahimi", "Hashemi", "Chaudhry", "Raghunathan", "Venkataraman",
    "Subramanian", "Iyer", "Bhattacharya", "Mukherjee", "Deshpande", "Kulkarni", "Sandhu", "Grewal",
    "Dhillon", "Siddiqui", "Qureshi", "Rahman", "Hossain", "Nakamura", "Takahashi", "Fujimoto", "Hayashi",
    "Matsuda", "Kobayashi", "Yamaguchi", "Zhang", "Liu", "Huang", "Zhao", "Xu", "Guo", "Lin", "Tsai",
    "Park", "Choi", "Jeong", "Kang", "Yoon", "Nguyen", "Tran", "Pham", "Vo", "Huynh", "Dang", "Bui",
    "Santos", "dos Santos", "Ferreira", "Gonçalves", "Medeiros", "Tavares", "Carvalho", "Barbosa",
    "Monteiro", "Rodrigues", "Gutiérrez", "Villanueva", "Ochoa", "Quintero", "Echeverría", "Zamora",
    "Bustamante", "Arellano", "Cisneros", "de la Cruz", "del Valle", "Fuentes", "Saldívar", "Pérez-Molina",
    "Jean-Louis", "Pierre-Louis", "Baptiste", "Célestin", "Desrosiers", "Toussaint", "Alcindor",
    "Kowalczyk", "Wiśniewski", "Zieliński", "Nowak", "Dąbrowski", "Kovalenko", "Shevchenko", "Petrenko",
    "Ivanova", "Sokolov", "Horvath", "Novotný", "Dvořák", "Varga", "Szabo", "Lindqvist", "Sundberg",
    "Halvorsen", "Bergström", "Johansen", "Østergaard", "van der Meulen", "van Dijk", "de Groot",
    "Vermeulen", "Brouwer", "Hoekstra", "Schreiber", "Vogel", "Hartmann", "Krause", "Baumgartner",
    "Eichhorn", "Papadopoulos", "Christodoulou", "Georgiou", "Antonakos", "Rossi", "Esposito", "Bianchi",
    "Romano", "Colombo", "Ferraro", "Marchetti", "De Luca", "Caruso", "Lombardi", "Greco", "Levy", "Cohen",
    "Rosenblum", "Friedman", "Abramowitz", "Goldberg", "O'Donovan", "O'Sullivan", "McGillicuddy",
    "MacLeod", "Fitzgerald", "Kavanagh", "Gallagher", "Donnelly", "Whelan", "Brennan", "Dunleavy",
    "Ashworth", "Pemberton", "Thistlethwaite", "Hargreaves", "Whitlock", "Fairbanks", "Ellsworth",
    "Pennington", "Blackwood", "Aldridge", "Holloway", "Crenshaw", "Washington", "Jefferson", "Freeman",
    "Oyelaran", "Abernathy", "Merriweather", "Stallworth", "Booker", "Gaines", "Pettaway", "Singletary",
    "Tafoya", "Yazzie", "Begay", "Tsosie", "Kealoha", "Kahananui", "Fonoti", "Tuilagi", "Reyes-Ocampo",
    "Achterberg", "Mbeki", "Onyango", "Wolde", "Demissie", "Sarkissian", "Hovsepian", "Der Boghossian",
    "Yilmaz", "Demir", "Aydın", "Kaczmarek", "Lewandowska", "Mahoney", "Quigley", "Rafferty", "Tierney",
    "Cormier", "Thibodeau", "Boudreau", "Arsenault", "LeBlanc", "Gagnon", "Paquette", "Ouellette",
    "Vasquez-Lind", "Ramaswamy", "Chakraborty", "Ebrahimi", "Sadeghi", "Bakr", "Mansour", "Saleh",
)

_SAINTS = (
    "Brendan", "Casimir", "Ottilie", "Ambrose", "Hedwig", "Columba", "Gerard", "Brigid", "Anselm",
    "Scholastica", "Wenceslas", "Adalbert", "Lucia", "Remigius", "Cyril", "Kilian", "Dymphna", "Isidore",
)

_PLACE_ROOTS = (
    "Ashby", "Bellmere", "Brackley", "Calder", "Cobbold", "Dunmore", "Wyndham", "Eastbrook", "Fairhollow",
    "Fenwick", "Glenhaven", "Grafton", "Halvern", "Harrow", "Hollis", "Ivybridge", "Kestrel", "Lanford",
    "Larkmoor", "Linden", "Marrowby", "Meadowvale", "Millbrook", "Tisbury", "Oakhurst", "Saybridge",
    "Pelham", "Pinecrest", "Merrion", "Redwater", "Rowan", "Saxonburg", "Avenell", "Stonebridge",
    "Tamworth", "Thistlewood", "Calloway", "Dunnock", "Wexley", "Ardmoor", "Whitcombe", "Willowmere",
    "Wrenfield", "Yarrow", "Alderbrook", "Birchwick", "Corran", "Dovecote", "Elmstead", "Foxcroft",
    "Heathmoor", "Inverloch", "Kingsmere", "Lowick", "Mossgiel", "Netherby", "Penhallow", "Quillan",
    "Ravensworth", "Sallow", "Tarrant", "Umberleigh", "Westerly", "Yelverton", "Zennor", "Amesfield",
    "Bramhope", "Chillingham", "Darrow", "Eskdale", "Farrowby", "Gorsedene", "Hathersage", "Islip",
)

_PLACE_FORMS = (
    "{r}", "{r}", "{r} Falls", "East {r}", "North {r}", "West {r}", "South {r}", "{r} Heights",
    "{r} Center", "{r} Mills", "Port {r}", "Mount {r}", "{r} Junction", "{r} County", "Lower {r}",
    "{r} Harbor", "{r} Village", "{r} Springs", "{r} Crossing", "Upper {r}",
)

_PLACE_EXTRA = (
    "Cobb's Landing", "Fort Hadley", "Mission Flats", "Quarry Hill", "Old Saybridge", "Pelham Ford",
    "Vale of Dunnock", "Kettle Cove", "Hawthorn Bluff", "St. Brigid's Point", "Larrabee County",
    "Essel County", "Marsh End", "Goose Hollow", "Little Rowan", "Ten Mile Bridge", "Bayside Flats",
    "Cedar Knolls Estates", "Whitby-on-Sallow", "Oxbow Bend", "Dorrance Square", "Mill Reach",
)

_STREETS = (
    "Larkspur", "Old Mill", "Hadley", "Juniper", "Quarry Hill", "Tamarack", "Beacon", "Chestnut",
    "Wolcott", "Prospect", "Orchard", "Fenwick", "Sumner", "Sycamore", "Bellevue", "Ridgecrest",
    "Harbor View", "Canal", "Linnaean", "Pleasant", "Coolidge", "Marlowe", "Birch Hollow", "Kimball",
    "Pemberton", "Whitney", "Granite", "Cottage", "Foundry", "Depot", "Highland", "Lantern",
    "Meetinghouse", "Cranberry", "Saltmarsh", "Ledgewood", "Packard", "Tremont Hill", "Ocean",
    "Riverbend", "Winthrop", "Elm", "Walnut", "Maple Glen", "Starling Pond", "Kestrel",
)
_STREET_TYPES = ("St", "Street", "Ave", "Avenue", "Rd", "Road", "Ln", "Lane", "Drive", "Ct", "Court", "Way",
                 "Terrace", "Pl", "Blvd", "Circle", "Hwy", "Pkwy")


def _build_pools() -> tuple[tuple[str, ...], tuple[str, ...]]:
    r = random.Random("h38:pools")
    places = set(_PLACE_EXTRA)
    for root in _PLACE_ROOTS:
        for form in r.sample(_PLACE_FORMS, 4):
            places.add(form.format(r=root))
    places_t = tuple(sorted(places))
    orgs: set[str] = set()
    org_forms = (
        "{p} Regional Medical Center", "{p} Community Hospital", "{p} Heart & Vascular Institute",
        "{p} Cardiology Associates", "{f} & {g} Cardiology", "{f} Cardiovascular Group",
        "{p} Family Medicine", "{p} Nursing and Rehabilitation Center", "{p} Senior Living",
        "{p} Visiting Nurse Association", "{p} Health Center", "St. {s} Hospital", "St. {s}'s Medical Center",
        "{p} Middle School", "{f} Freight Lines", "{f} Construction Co.", "{p} Savings Bank",
        "{p} Public Schools", "{p} Fire Department", "{f} Pharmacy", "{p} Cardiac Rehab Center",
        "{p} Medical Group", "{p} Ambulance Service", "{p} Heart Center", "{f} Heart Clinic",
        "{p} Manor Nursing Home", "{f} Internal Medicine, P.C.", "{p} Housing Authority",
        "{p} Council on Aging", "{f} Brothers Landscaping", "{p} Transit Authority", "{p} Hospice",
    )
    while len(orgs) < 420:
        form = r.choice(org_forms)
        root = r.choice(_PLACE_ROOTS)
        p = root if r.random() < 0.6 else r.choice(places_t)
        fam = r.choice(_FAMILY)
        if " " in fam or not fam.isascii():
            fam = r.choice(("Halvorsen", "Okafor", "Lindqvist", "Pemberton", "Mensah", "Whitlock", "Iyer"))
        g = r.choice(("Ashworth", "Kulkarni", "Brennan", "Nakamura", "Ferreira", "Haddad", "Novak"))
        orgs.add(form.format(p=p, f=fam, g=g, s=r.choice(_SAINTS)))
    return places_t, tuple(sorted(orgs))


_PLACES, _ORGS = _build_pools()
_MED_WORDS = ("Medical", "Hospital", "Heart", "Cardio", "Health Center", "Family Medicine", "Internal Medicine",
              "Nursing", "Rehab", "Visiting Nurse", "Senior Living", "Hospice", "Medical Group")
_MED_ORGS = tuple(o for o in _ORGS if any(w in o for w in _MED_WORDS))
_PHARMACIES = tuple(o for o in _ORGS if o.endswith("Pharmacy"))
_WORK_ORGS = tuple(o for o in _ORGS if o not in _MED_ORGS and o not in _PHARMACIES)

# --------------------------------------------------------------------------------------------------
# Look-alikes: eponyms, brands, departments, states, countries, public bodies
# --------------------------------------------------------------------------------------------------

_STENTS = ("Xience Sierra", "Resolute Onyx", "Synergy XD", "Orsiro", "Promus ELITE", "Onyx Frontier")
_BALLOONS = ("Emerge", "NC Trek", "Euphora", "Sapphire II", "NC Emerge", "AngioSculpt")
_WIRES = ("Runthrough NS", "BMW Universal", "Sion Blue", "Fielder XT", "Grand Slam")
_GUIDES = ("Judkins Left 4", "Judkins Right 4", "Amplatz Left 1", "EBU 3.5", "Tiger II")
_CLOSURE = ("Angio-Seal", "Perclose ProGlide", "TR Band", "Mynx", "StarClose")
_PACERS = (("Medtronic", "Azure XT DR"), ("Medtronic", "Micra AV"), ("Boston Scientific", "Accolade MRI"),
           ("Abbott", "Assurity MRI"), ("Biotronik", "Edora 8 DR-T"), ("Medtronic", "Cobalt XT DR"),
           ("Boston Scientific", "Resonate EL ICD"), ("Abbott", "Gallant DR"), ("Medtronic", "Evera MRI XT"),
           ("Biotronik", "Acticor 7 VR-T"), ("Abbott", "Gallant HF CRT-D"), ("Medtronic", "Claria MRI CRT-D"))
_REMOTE = {"Medtronic": "CareLink", "Boston Scientific": "LATITUDE", "Abbott": "Merlin.net",
           "Biotronik": "Home Monitoring"}
_ABL_CATH = ("ThermoCool SmartTouch SF", "TactiCath SE", "IntellaNav MiFi OI", "QDOT Micro", "PulseSelect",
             "Arctic Front Advance Pro", "FARAPULSE")
_MAPPING = ("CARTO 3", "EnSite X", "Rhythmia HDx")
_ECHO_MACHINES = ("Philips EPIQ CVx", "GE Vivid E95", "Siemens Acuson SC2000", "Philips Affiniti 70")
_CT_SCANNERS = ("Siemens Somatom Force", "GE Revolution CT", "Canon Aquilion ONE", "Philips Spectral CT 7500")
_MR_SCANNERS = ("Siemens Magnetom Sola", "GE SIGNA Artist", "Philips Ingenia Ambition")
_CONTRAST_ECHO = ("Definity", "Optison", "Lumason")
_CONTRAST_CT = ("Omnipaque 350", "Visipaque 320", "Isovue 370")
_CONTRAST_MR = ("Gadavist", "Dotarem", "MultiHance", "Clariscan")
_STRESS_AGENTS = ("Lexiscan", "Adenoscan")
_MCS = ("HeartMate 3", "Impella CP", "Impella 5.5", "CardioMEMS", "LifeVest", "Watchman FLX", "MitraClip G4",
        "Sapien 3 Ultra", "Evolut FX")
_DRUG_BRANDS = ("Entresto", "Eliquis", "Xarelto", "Pradaxa", "Coumadin", "Jantoven", "Brilinta", "Plavix",
                "Effient", "Lipitor", "Crestor", "Repatha", "Praluent", "Leqvio", "Jardiance", "Farxiga",
                "Lasix", "Bumex", "Aldactone", "Coreg", "Toprol XL", "Multaq", "Tikosyn", "Ranexa",
                "Nitrostat", "Kerendia", "Inpefa", "Camzyos", "Vyndamax")
_SOFTWARE = ("TomTec Arena", "syngo.via", "Circle cvi42", "Xeleris", "Mac-Lab", "CardioLab", "Merge Hemo",
             "PaceArt Optima", "MUSE", "EchoPAC", "IntelliSpace Cardiovascular", "Cardiac Suite")
_EPONYMS = ("Doppler", "Holter", "Bruce protocol", "Duke treadmill score", "Simpson biplane", "Swan-Ganz",
            "Valsalva", "Levine", "Killip class", "NYHA class", "Wolff-Parkinson-White", "Brugada", "Mobitz",
            "Wenckebach", "Takotsubo", "Dressler", "Kussmaul", "Austin Flint", "Judkins", "Amplatz",
            "Seldinger", "Allen test", "Bazett", "Fridericia", "Agatston", "Borg", "Bentall", "Cox-Maze",
            "Ross procedure", "Trendelenburg", "Marfan", "Ebstein", "Eisenmenger", "Fontan", "Carpentier",
            "Rentrop", "Osborn", "Heyde syndrome", "Quincke", "Framingham", "Foley", "Graves", "Lown",
            "Friedewald", "Hakki", "Gorlin", "Sellers", "Kerley B", "Beck triad", "Libman-Sacks",
            "Fleischner", "TIMI", "TIMI 3")
_DEPARTMENTS = ("Cardiology clinic", "Heart Failure Clinic", "Cath Lab", "EP lab", "Echo Lab", "Cardiac Rehab",
                "Anticoagulation Service", "Device Clinic", "Cardiac Surgery", "Nuclear Cardiology",
                "Cardiac MRI Lab", "Structural Heart Program", "Advanced Heart Failure Program", "CCU",
                "Vascular Medicine", "Social Work", "Pharmacy", "Cardiac Imaging")
_STATES = ("Massachusetts", "MA", "New Hampshire", "NH", "Rhode Island", "RI", "Vermont", "VT",
           "Connecticut", "Maine")
_COUNTRIES = ("Portugal", "Haiti", "Cape Verde", "Vietnam", "Brazil", "Ireland", "Nigeria",
              "Dominican Republic", "India", "Poland", "Greece", "Lebanon", "Ethiopia", "China")
_PUBLIC_SITES = ("www.cdc.gov", "www.fda.gov/medwatch", "medlineplus.gov", "www.nhlbi.nih.gov",
                 "www.medicare.gov", "www.cms.gov", "millionhearts.hhs.gov", "www.mass.gov/rmv",
                 "clinicaltrials.gov")
_PUBLIC_LINES = ("1-800-FDA-1088", "1-800-MEDICARE", "1-800-232-4636", "988", "911", "1-800-222-1222")

EPONYMS_AND_BRANDS = tuple(dict.fromkeys(
    _STENTS + _BALLOONS + _WIRES + _GUIDES + _CLOSURE + tuple(b for b, _ in _PACERS)
    + tuple(m for _, m in _PACERS) + tuple(_REMOTE.values()) + _ABL_CATH + _MAPPING + _ECHO_MACHINES
    + _CT_SCANNERS + _MR_SCANNERS + _CONTRAST_ECHO + _CONTRAST_CT + _CONTRAST_MR + _STRESS_AGENTS + _MCS
    + _DRUG_BRANDS + _SOFTWARE + _EPONYMS + ("CoaguChek XS", "GE MAC 5500", "Zio XT", "On-X", "OptiCross",
                                                "Eagle Eye Platinum", "SoundStar", "AcuNav", "Medicaid")
))

# --------------------------------------------------------------------------------------------------
# Document kinds and the low-discrepancy plan
# --------------------------------------------------------------------------------------------------

_DISCHARGE_KINDS = ("cardiology_consult", "clinic_letter", "hf_clinic_note", "cath_lab_report",
                    "ep_ablation_report", "device_interrogation", "cardiac_rehab_note", "anticoag_clinic_note",
                    "lvad_transplant_eval", "surgery_referral_letter")
_LETTER_LIKE = ("clinic_letter", "surgery_referral_letter", "device_interrogation", "lvad_transplant_eval")
_RADIOLOGY_KINDS = ("tte_report", "tee_report", "coronary_cta", "cardiac_mri", "stress_test_report")
DOCUMENT_KINDS = _DISCHARGE_KINDS + _RADIOLOGY_KINDS
_KIND_WEIGHTS = tuple([5.5] * len(_DISCHARGE_KINDS) + [9.0] * len(_RADIOLOGY_KINDS))

_CAT_WEIGHTS = {c: 3.75 for c in CATEGORIES}
_CAT_WEIGHTS.update({"PERSON": 13.0, "LOCATION": 9.0, "ORGANIZATION": 9.0, "DATE_REAL_YEAR": 9.0})

_A_ROLE = math.sqrt(11) - 3          # 0.3166...
_A_K = math.sqrt(3) - 1              # 0.7320...
_A_CAT = (math.sqrt(5) - 1) / 2      # 0.6180...
_A_KIND = math.sqrt(7) - 2           # 0.6457...
_HEAVY_SHARE = 0.05
_PLANT_SHARE = 0.575
_K_CUM = ((0.30, 1), (0.65, 2), (0.87, 3), (1.01, 4))


def _frac(x: float) -> float:
    return x - math.floor(x)


def _off(seed: int, name: str) -> float:
    return random.Random(f"h38:off:{name}:{seed}").random()


def _weighted(u: float, names: tuple[str, ...], weights: tuple[float, ...]) -> str:
    total = sum(weights)
    acc = 0.0
    for name, w in zip(names, weights, strict=True):
        acc += w / total
        if u < acc:
            return name
    return names[-1]


def _role(seed: int, i: int) -> str:
    u = _frac(i * _A_ROLE + _off(seed, "role"))
    if u < _HEAVY_SHARE:
        return "heavy"
    return "planted" if u < _HEAVY_SHARE + _PLANT_SHARE else "clean"


def _n_plants(seed: int, i: int) -> int:
    if _role(seed, i) != "planted":
        return 0
    u = _frac(i * _A_K + _off(seed, "k"))
    return next(k for c, k in _K_CUM if u < c)


_ORD_CACHE: dict[int, list[int]] = {}


def _ordinal(seed: int, i: int) -> int:
    """Plants in notes 0..i-1 (a pure function of seed and i; cached prefix sums)."""
    sums = _ORD_CACHE.setdefault(seed, [0])
    while len(sums) <= i:
        j = len(sums) - 1
        sums.append(sums[-1] + _n_plants(seed, j))
    return sums[i]


def _plant_categories(seed: int, i: int) -> list[str]:
    k = _n_plants(seed, i)
    if not k:
        return []
    start = _ordinal(seed, i)
    off = _off(seed, "cat")
    names = tuple(CATEGORIES)
    weights = tuple(_CAT_WEIGHTS[c] for c in names)
    return [_weighted(_frac((start + j) * _A_CAT + off), names, weights) for j in range(k)]


def document_kind(seed: int, i: int) -> str:
    """The document kind of note i (a Weyl sequence of the index, weighted ~55% discharge)."""
    return _weighted(_frac(i * _A_KIND + _off(seed, "kind")), DOCUMENT_KINDS, _KIND_WEIGHTS)


# --------------------------------------------------------------------------------------------------
# Value generators (one per category; many shapes each)
# --------------------------------------------------------------------------------------------------

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_MON_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec")
_AREA = ("413", "508", "617", "774", "978", "603", "401", "860", "207", "802", "518", "716", "585", "914",
         "845", "203", "475", "339", "351", "781", "857", "347", "929", "646")


def _ascii(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and c.isalnum())


def _v_person(r: random.Random, hint: str = "") -> str:
    g, f = r.choice(_GIVEN), r.choice(_FAMILY)
    mid = r.choice("ABCDEFGHJKLMNPRSTW")
    if hint == "fam":
        shape = r.choice(("f", "f", "gf", "Gf", "gmf"))
    elif hint == "full":
        shape = r.choice(("gf", "gf", "gmf", "Gf", "fg", "gff"))
    else:
        shape = r.choice(("gf", "gf", "gf", "gmf", "Gf", "GMf", "fg", "gff", "FG", "f", "g"))
    if shape == "gf":
        return f"{g} {f}"
    if shape == "gmf":
        return f"{g} {mid}. {f}"
    if shape == "Gf":
        return f"{g[0]}. {f}"
    if shape == "GMf":
        return f"{g[0]}.{mid}. {f}"
    if shape == "fg":
        return f"{f}, {g}"
    if shape == "gff":
        f2 = r.choice([x for x in _FAMILY if " " not in x and "-" not in x])
        f1 = f if (" " not in f and "-" not in f) else "Mensah"
        return f"{g} {f1}-{f2}"
    if shape == "FG":
        return f"{f.upper()}, {g.upper()}"
    if shape == "f":
        return f[0].upper() + f[1:]
    return g


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _v_phone(r: random.Random, ext: bool = True) -> str:
    a, e, n = r.choice(_AREA), str(r.randint(201, 989)), _digits(r, 4)
    shape = r.choice((
        f"({a}) {e}-{n}", f"{a}-{e}-{n}", f"{a}.{e}.{n}", f"{a} {e} {n}", f"1-{a}-{e}-{n}",
        f"+1 {a} {e} {n}", f"+1 ({a}) {e}-{n}", f"({a}){e}-{n}", f"{a}/{e}-{n}", f"{a}{e}{n}",
        f"1 ({a}) {e}-{n}", f"{a}-{e}-{n}",
    ))
    if ext and r.random() < 0.22:
        shape += r.choice((f" x{_digits(r, 3)}", f" ext. {_digits(r, 4)}", f" ext {_digits(r, 3)}",
                           f" X{_digits(r, 2)}"))
    return shape


def _v_pager(r: random.Random) -> str:
    return r.choice((
        f"{r.randint(2, 9)}-{_digits(r, 4)}", str(r.randint(10000, 99999)), f"{r.randint(200, 989)}-{_digits(r, 4)}",
        _v_phone(r, ext=False), f"{r.randint(1, 9)}{_digits(r, 3)}", f"({r.choice(_AREA)}) "
                                                                     f"{r.randint(201, 989)}-{_digits(r, 4)}",
    ))


def _v_email(r: random.Random) -> str:
    g, f = _ascii(r.choice(_GIVEN)).lower(), _ascii(r.choice(_FAMILY)).lower()
    local = r.choice((f"{g[0]}{f}", f"{g}.{f}", f"{f}.{g}", f"{g}_{f}{r.randint(40, 99)}", f"{f}{r.randint(1, 99)}",
                      f"{g}{f[0]}", f"dr.{f}", f"{g[0]}.{f}", f"hf.nurse.{f}", f"{g}-{f}"))
    practice = _ascii(r.choice(_PLACE_ROOTS)).lower()
    domain = r.choice((f"{practice}heart.com", f"{practice}cardio.net", f"{practice}cardiology.org",
                       f"{f}heartclinic.com", "gmail.com", "yahoo.com", "comcast.net", "verizon.net", "aol.com",
                       "outlook.com", "icloud.com", "protonmail.com", f"{practice}vna.org", f"{practice}rehab.com"))
    return f"{local}@{domain}"


def _v_url(r: random.Random) -> str:
    f = _ascii(r.choice(_FAMILY)).lower()
    g = _ascii(r.choice(_GIVEN)).lower()
    p = _ascii(r.choice(_PLACE_ROOTS)).lower()
    host = r.choice((f"{f}cardiology.com", f"{p}heart.org", f"dr{f}.com", f"{p}cardiacrehab.com",
                     f"{g}{f}heartjourney.blogspot.com", f"{p}cardiovascular.net", f"{f}-{p}-heart.com",
                     f"{g}{f}.me", f"{p}valvecenter.com", f"{f}familypractice.net"))
    path = r.choice(("", "", "/patients", "/forms/hf-diary.pdf", "/portal/login", "/rehab", "/contact",
                     "/anticoag-log", "/2nd-opinion", "/blog/my-lvad"))
    scheme = r.choice(("www.", "https://www.", "http://", "https://", "", "portal."))
    return f"{scheme}{host}{path}"


def _v_ip(r: random.Random) -> str:
    return r.choice((
        f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"{r.randint(64, 223)}.{r.randint(1, 254)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
    ))


def _v_ssn(r: random.Random) -> str:
    area = r.randint(1, 899)
    area = 667 if area == 666 else area
    a, g, s = f"{area:03d}", f"{r.randint(1, 99):02d}", f"{r.randint(1, 9999):04d}"
    return r.choice((f"{a}-{g}-{s}", f"{a}-{g}-{s}", f"{a} {g} {s}", f"{a}{g}{s}"))


def _v_mrn(r: random.Random) -> str:
    return r.choice((
        _digits(r, 7).lstrip("0") or "7", str(r.randint(10000000, 99999999)), f"00{_digits(r, 6)}",
        f"{r.choice('ABHKTZ')}{_digits(r, 7)}", f"{_digits(r, 3)}-{_digits(r, 3)}-{_digits(r, 3)}",
        f"{r.choice(('HV', 'CH', 'BW', 'QX'))}{_digits(r, 6)}", f"{_digits(r, 2)}-{_digits(r, 5)}",
    ))


def _v_account(r: random.Random) -> str:
    return r.choice((
        _digits(r, 11), f"E{_digits(r, 8)}", f"V{_digits(r, 7)}", f"CTA-{_digits(r, 7)}", f"ORD-{_digits(r, 7)}",
        f"R-{_digits(r, 6)}", f"SP-{_digits(r, 5)}-{r.randint(1, 9)}", f"{_digits(r, 4)} {_digits(r, 4)} "
                                                                       f"{_digits(r, 4)}",
        f"HAR{_digits(r, 7)}", f"ECH{_digits(r, 8)}", f"{_digits(r, 9)}-{_digits(r, 2)}",
    ))


def _v_health_plan(r: random.Random) -> str:
    up = "ABCDEFGHJKMNPQRTUVWXY"

    def mbi() -> str:
        return (f"{r.randint(1, 9)}{r.choice(up)}{r.choice(up + '0123456789')}{r.randint(0, 9)}-"
                f"{r.choice(up)}{r.choice(up + '0123456789')}{r.randint(0, 9)}-{r.choice(up)}{r.choice(up)}"
                f"{r.randint(0, 9)}{r.randint(0, 9)}")

    return r.choice((
        "".join(r.choice(up) for _ in range(3)) + _digits(r, 9), f"{_digits(r, 8)}-0{r.randint(1, 4)}",
        f"HPN-{_digits(r, 4)}-{_digits(r, 4)}", f"W{_digits(r, 4)} {_digits(r, 5)}", f"{_digits(r, 6)}-{_digits(r, 4)}",
        f"ZGP {_digits(r, 3)} {_digits(r, 3)} {_digits(r, 2)}", mbi(), mbi(), f"{r.choice(up)}{_digits(r, 10)}",
    ))


def _v_license(r: random.Random, hint: str = "") -> str:
    up = "ABCEFGHJKLMPRSTUVWXYZ"
    dea = (f"{r.choice('ABFM')}{r.choice(up)}{_digits(r, 7)}",)
    prof = (str(r.randint(100000, 299999)), f"0{_digits(r, 6)}", f"L-{_digits(r, 6)}",
            f"{r.choice(up)}{_digits(r, 2)}-{_digits(r, 5)}")
    dl = (f"S{_digits(r, 3)}-{_digits(r, 4)}-{_digits(r, 4)}", f"S{_digits(r, 8)}",
          f"D{_digits(r, 3)} {_digits(r, 4)} {_digits(r, 4)}", f"{r.choice(up)}{r.choice(up)}{_digits(r, 7)}")
    return r.choice({"dea": dea, "prof": prof, "dl": dl}.get(hint, dea + prof + dl))


def _v_device(r: random.Random) -> str:
    up = "ABCDEFGHJKLMPQTVWXYZ"
    return r.choice((
        "".join(r.choice(up) for _ in range(3)) + _digits(r, 6) + r.choice(up),
        f"{r.choice(up)}{r.choice(up)}{r.choice(up)} {_digits(r, 6)} {r.choice(up)}", _digits(r, 6), _digits(r, 8),
        f"{r.choice(up)}{_digits(r, 4)}-{_digits(r, 4)}", f"{r.choice(up)}{r.choice(up)}{_digits(r, 5)}{r.choice(up)}",
        f"{r.choice(up)}-{_digits(r, 6)}", f"{_digits(r, 4)}-{_digits(r, 4)}-{_digits(r, 2)}",
    ))


def _v_vehicle(r: random.Random, hint: str = "") -> str:
    up = "ABCDEFGHJKLMNPRSTUVWXYZ"
    vin_chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = r.choice(("1HG", "2T1", "3FA", "5YJ", "JTD", "WBA", "1FT", "KNA", "1G1", "4T1", "JHM", "WVW"))
    vin = (wmi + "".join(r.choice(vin_chars) for _ in range(5)) + r.choice("0123456789X")
           + r.choice("ABCDEFGHJKLMNPRSTVWXY123456789") + r.choice(vin_chars) + _digits(r, 6))
    if hint == "vin":
        return vin
    plates = (
        f"{r.randint(1, 9)}{''.join(r.choice(up) for _ in range(3))}{_digits(r, 3)}",
        f"{r.randint(1, 9)}{r.choice(up)}{r.choice(up)}-{r.choice(up)}{_digits(r, 2)}",
        f"{''.join(r.choice(up) for _ in range(3))} {_digits(r, 4)}", f"{r.randint(1, 9)}{r.choice(up)}{r.choice(up)} "
                                                                      f"{_digits(r, 3)}",
        f"{_digits(r, 3)}-{''.join(r.choice(up) for _ in range(3))}",
    )
    return r.choice(plates) if hint == "plate" else r.choice(plates + (vin, vin))


def _v_zip(r: random.Random) -> str:
    z = r.choice((f"0{r.randint(1001, 2791)}", f"0{r.randint(3031, 6928)}", f"{r.randint(10001, 14925)}"))
    if r.random() < 0.2:
        z += f"-{_digits(r, 4)}"
    return z


def _v_street(r: random.Random) -> str:
    num = r.choice((str(r.randint(2, 99)), str(r.randint(100, 999)), str(r.randint(1000, 9999)),
                    f"{r.randint(10, 99)}-{r.choice('ABC')}", f"{r.randint(1, 60)}{r.choice('AB')}"))
    name = r.choice(_STREETS)
    d = r.choice(("", "", "", "W. ", "E. ", "North ", "S. "))
    st = f"{num} {d}{name} {r.choice(_STREET_TYPES)}"
    u = r.random()
    if u < 0.15:
        st += f", Apt {r.randint(1, 9)}{r.choice('ABCD')}"
    elif u < 0.25:
        st += f" Unit {r.randint(1, 40)}"
    elif u < 0.3:
        st += f" #{r.randint(2, 12)}"
    return st


def _v_date(r: random.Random, hint: str = "") -> str:
    lo, hi = {"dob": (1922, 1975), "recent": (1998, 2024), "death": (1990, 2024)}.get(hint, (1985, 2025))
    y, m, d = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
    sfx = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th")
    return r.choice((
        f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{_MONTHS[m - 1]} {d}, {y}",
        f"{_MON_ABBR[m - 1]}. {d}, {y}" if m != 5 else f"May {d}, {y}", f"{d} {_MONTHS[m - 1]} {y}",
        f"{d:02d}-{_MON_ABBR[m - 1][:3].upper()}-{y}", f"{m:02d}-{d:02d}-{y}", f"{d:02d}.{m:02d}.{y}",
        f"{_MONTHS[m - 1]} {d}{sfx}, {y}", f"{_MON_ABBR[m - 1][:3]} {d} {y}",
    ))


def _value(r: random.Random, cat: str, hint: str = "") -> str:
    if cat == "PERSON":
        return _v_person(r, hint)
    if cat == "LOCATION":
        return r.choice(_PLACES)
    if cat == "ORGANIZATION":
        return r.choice({"med": _MED_ORGS, "work": _WORK_ORGS, "pharm": _PHARMACIES}.get(hint, _ORGS))
    if cat == "DATE_REAL_YEAR":
        return _v_date(r, hint)
    if cat == "AGE_OVER_89":
        return str(r.choice((90, 91, 91, 92, 92, 93, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 104)))
    if cat == "PHONE":
        return _v_phone(r)
    if cat == "FAX":
        return _v_phone(r, ext=False)
    if cat == "PAGER":
        return _v_pager(r)
    if cat == "EMAIL":
        return _v_email(r)
    if cat == "URL":
        return _v_url(r)
    if cat == "IP_ADDRESS":
        return _v_ip(r)
    if cat == "SSN":
        return _v_ssn(r)
    if cat == "MRN":
        return _v_mrn(r)
    if cat == "ACCOUNT":
        return _v_account(r)
    if cat == "HEALTH_PLAN":
        return _v_health_plan(r)
    if cat == "LICENSE":
        return _v_license(r, hint)
    if cat == "DEVICE_ID":
        return _v_device(r)
    if cat == "VEHICLE_ID":
        return _v_vehicle(r, hint)
    if cat == "ZIP":
        return _v_zip(r)
    if cat == "STREET_ADDRESS":
        return _v_street(r)
    raise ValueError(cat)


# --------------------------------------------------------------------------------------------------
# Generic contexts for escaped identifiers: whole lines ("L") and sentences inside prose ("P")
# --------------------------------------------------------------------------------------------------

_LINE_CTX: dict[str, tuple[str, ...]] = {
    "PHONE": ("Phone: {v}", "Pt cell: {v}", "Home #: {v} (preferred)", "{v} - daughter, ok to leave VM",
              "Callback {v}", "Contact | ___ (son) | {v}", "Tel. {v}", "Best # to reach pt is {v}",
              "Emergency contact: ___ (wife) {v}", "Telephone encounter from {v}", "H: {v}  W: ___",
              "Reached pt at {v}",
        '| Daughter | ___ | {v} |', '{v} (cell) / ___ (home)', 'Ph {v}', 'Contact number: {v} - '
                                                                         'wife', 'Notify: ___ @ {v}', 'Tel:{v}'),
    "FAX": ("Fax: {v}", "FAX {v}", "F: {v}", "Fax # {v} (PCP office)", "cc via fax to {v}",
            "Return completed form by fax {v}", "Tel ___ | Fax {v}", "Fax no. {v}, attn: ___", "{v} (fax)",
        '| Fax | {v} |', 'fx {v}', 'Fax to: {v} (outside cardiology)', 'Send records -> {v}', 'F {v} / T ___'),
    "PAGER": ("Pager: {v}", "pgr {v}", "Fellow on call ___, pager {v}", "Beeper #{v}", "Page {v} with results",
              "EP fellow p{v}", "Contact: cardiology fellow (pager {v})", "Covering NP / pgr {v}",
        '| On-call fellow | pager {v} |', 'Pgr: {v}', '{v} (pager, 24h)', 'Cath attending beeper {v}'),
    "EMAIL": ("Email: {v}", "E-mail {v}", "pt email on file: {v}", "Secure msg to {v}", "Reply to: {v}",
              "{v} (daughter)", "Send log to {v}",
        '| Email | {v} |', '<{v}>', 'Contact e-mail: {v}', 'Portal login / {v}', 'From: ___ <{v}>'),
    "URL": ("Website: {v}", "Patient forms: {v}", "Online scheduling {v}", "Practice site - {v}", "{v}",
            "Diary template: {v}",
        '| Web | {v} |', 'More info at {v} (practice '
                         'page)', 'Link: {v}', 'Visit {v} / call ___', '(see {v})', 'Online BP log: {v}'),
    "IP_ADDRESS": ("Workstation IP: {v}", "Exported by host {v}", "Remote monitor gateway {v}",
                   "Source AE: CARDIO_WS3 / "
                   "{v}", "Printed from {v} on ___", "DICOM node {v}:104", "{v} (reading station)",
        '| Host | {v} |', 'Node: ECHO2 ({v})', 'Upload from {v} OK', 'Remote session from {v} closed'),
    "SSN": ("SSN: {v}", "Soc Sec # {v}", "SS#: {v}", "Social security no. {v}", "Subscriber SSN {v}",
            "| SSN | {v} |",
        'Social Security Number: {v}', 'SSN/TIN {v}', 'Pt SSN: {v} (verified w/ card)', 'SS no {v} / DOB ___',
        'Guarantor SSN {v}', '{v} (SSN on file)'),
    "MRN": ("MRN: {v}", "MR# {v}", "Med Rec #: {v}", "Patient ID {v}", "Chart no. {v}", "Hosp # {v}",
            "ID: {v}  Sex: ___", "Outside MRN {v} (merged)",
        '| MRN | {v} |', 'Unit No: {v}', '(MRN {v})', 'Pt: ___ / {v}', 'Hospital # {v} - old chart'),
    "ACCOUNT": ("Acct: {v}", "Account # {v}", "Encounter: {v}", "Visit # {v}", "Accession No. {v}",
                "Order #: {v}", "Req {v}", "Specimen ID {v}", "HAR {v}", "Billing acct {v}",
        '| Accession | {v} |', 'Enc # {v}', '(acct {v})', 'Visit/Acct: ___ / {v}', 'Requisition: {v}'),
    "HEALTH_PLAN": ("Member ID: {v}", "Subscriber #: {v}", "Policy No. {v}", "Group # {v}", "Medicare MBI {v}",
                    "Ins ID {v}", "Plan: ___  ID {v}", "Secondary ins / member {v}",
        '| Member ID | {v} |', 'Subscriber ID {v} '
                               '(self)', 'Insurance: ___ / {v}', 'Medicaid ID {v}', 'MBI: {v}', '(policy {v})'),
    "LICENSE": ("License #: {v}", "DEA# {v}", "Lic. no {v}", "State license {v}", "DEA {v}",
                "Driver's license: {v}", "RN lic {v}", "Prescriber DEA: {v}",
        '| DEA | {v} |', '<<MA>> lic. {v}', 'Prescriber license {v} / NPI '
                                            '___', 'DL# {v}', 'Board cert / lic {v}', '(DEA {v})'),
    "DEVICE_ID": ("Serial Number: {v}", "SN: {v}", "S/N {v}", "Ser# {v}", "Device serial {v}", "Pump ID {v}",
                  "Generator SN {v}", "UDI: (01)<<{gtin}>>(17){yymmdd}(10)<<{lot}>>(21){v}",
        '| Serial | {v} |', 'Explanted gen / SN {v}', 'Implantable loop recorder <<LINQ II>> SN '
                                                      '{v}', '(serial {v})', 'Monitor S/N: {v}'),
    "VEHICLE_ID": ("Plate: {v}", "Vehicle plate # {v}", "VIN: {v}", "Lic plate {v} (parking validation)",
                   "Van VIN {v}", "Car: grey sedan, plate {v}",
        '| Plate | {v} |', 'Parking: {v} (lot C)', 'Reg. plate {v} / ___', 'Vehicle VIN {v}', '{v} - plate on '
                                                                                              'handicap '
                                                                                              'placard', 'Tag # {v}'),
    "ZIP": ("ZIP: {v}", "___, <<MA>> {v}", "Home zip {v}", "Postal code {v}", "___ <<NH>> {v}",
        '| ZIP | {v} |', 'Zip code: {v}', '___ ___, <<RI>> {v}', 'Mailing ZIP {v} (PO box '
                                                                 '___)', '(zip {v})', 'Home ___ ___ {v}'),
    "STREET_ADDRESS": ("Address: {v}", "{v}", "Home: {v}, ___", "Mail to {v}", "Street: {v}",
                       "Lives at {v}, ___ <<MA>>",
        '| Address | {v} |', 'Street address: {v}', '{v} / ___, <<NH>>', 'Home address {v} (2nd floor)',
        'Pick-up at {v}', 'Send to: {v}, ___'),
    "DATE_REAL_YEAR": ("DOB: {v}", "Date of Birth: {v}", "Implant date: {v}", "Prior study: {v}",
                       "Signed {v} 14:22", "{v} - phone f/u", "Last visit {v}", "Date: {v}",
                       "Report printed {v}",
        '| {v} | INR 2.6 | no change |', 'DOS: {v}', '({v})', 'Expired: {v}', 'Seen {v} / ___', 'Prior ECG {v}'),
    "AGE_OVER_89": ("Age: {v}", "Age/Sex: {v} / F", "{v} yo M", "Pt age {v}", "AGE {v}Y",
        '| Age | {v} |', 'Age (yrs): {v}', '({v} y/o)'),
    "PERSON": ("Attending: Dr. {v}", "cc: {v}, MD", "Electronically signed by {v}, NP", "PCP: Dr. {v}",
               "HCP: {v} (daughter)", "{v}, RN", "Interpreter: {v}", "Sonographer: {v}, RDCS",
               "Referring: {v}", "Emergency contact: {v}", "Dictated by ___ / {v}", "Seen with {v} (fellow)",
        '| Operator | {v} |', '/{v}/', '({v}, daughter)', 'Pt: {v}', 'Transcribed by {v}', '{v}'),
    "LOCATION": ("Lives in: {v}", "City: {v}", "Town: {v}, <<MA>>", "Residence: {v}", "Transfer from ___ in {v}",
                 "Place of birth: {v}", "{v} - home",
        '| Town | {v} |', 'Hometown - {v}', '({v})', 'Residence: ___ / {v}', 'EMS from {v}'),
    "ORGANIZATION": ("Referring facility: {v}", "PCP office: {v}", "Transferred from {v}", "Rehab: {v}",
                     "Employer: {v}", "Discharged to {v}", "Outside hospital: {v}", "{v} / ___",
        '| Facility | {v} |', '({v})', 'SNF: {v}', 'Employer / {v}', 'School: {v}'),
}

_PROSE_CTX: dict[str, tuple[str, ...]] = {
    "PHONE": ("Pt's wife can be reached at {v}.", "Called pt at {v}, no answer, left message.",
              "Results to be phoned to the home number ({v}).", "Niece (HCP) phone {v}.",
              "Please call {v} with questions.", "Son called from {v} to report the ICD shock.",
        'Her number is {v}.', 'Reached at {v} after two tries.'),
    "FAX": ("Report faxed to PCP at {v}.", "Please fax the signed order to {v}.",
            "Records requested from the outside hospital, fax {v}.", "Outside ECG received by fax from {v}.",
        'Consult note will go by fax ({v}).'),
    "PAGER": ("Please page the covering fellow at {v} for any arrhythmia.", "Cath lab RN paged at {v}.",
              "Call the on-call EP fellow via pager {v} if shocks occur.", "Surgical team (page {v}) aware.",
        'The covering NP carries pager {v}.'),
    "EMAIL": ("Daughter prefers updates by email ({v}).", "Device reports are forwarded to {v} monthly.",
              "Questions may be sent to {v}.", "Pt emailed photos of the leg swelling from {v}.",
        'Sent the log to {v} as requested.'),
    "URL": ("Instructions for the HF diary were printed from {v}.", "Pt found the practice via {v}.",
            "Rehab exercise videos are posted at {v}.", "She keeps her BP log on her blog {v}.",
        'Her cardiologist posts handouts at {v}.', 'Our practice page ({v}) has the diary '
                                                   'form.', 'He follows the exercise plan on {v}.'),
    "IP_ADDRESS": ("Transmission received from home monitor at {v}.",
                   "Images were pushed to PACS from {v} after the study.", "Reading station {v} was used.",
        'The study was reprocessed on {v}.'),
    "SSN": ("Disability paperwork lists his social security number as {v}.",
            "Pt provided SSN {v} for the registry form.",
        'SSN on the SSDI award letter reads {v}.', 'The social security number ({v}) was verified for '
                                                   'Medicare.', 'Registrar entered SSN {v} in error; corrected.'),
    "MRN": ("Outside records are filed under medical record number {v}.", "Prior echo under old MRN {v} was merged.",
        'He is also known under unit number {v}.'),
    "ACCOUNT": ("The charge was posted to account {v}.", "Cath lab order {v} was entered by the fellow.",
                "Lab requisition {v} went with the specimen.", "See accession {v} for the outside CT.",
        'The encounter number is {v}.'),
    "HEALTH_PLAN": ("Prior authorization submitted under member ID {v}.",
                    "Coverage verified, policy {v}, copay applies.",
                    "The secondary plan (subscriber no. {v}) will be billed.",
        'Insurer ID card shows {v}.'),
    "LICENSE": ("Ordering physician DEA number {v} printed on the script.",
                "Driver's license {v} was copied for the parking permit.",
                "Verified the nurse's license {v} with the board.",
        'The license on file ({v}) expires soon.', 'Prescriber DEA {v} was verified.'),
    "DEVICE_ID": ("The explanted generator (serial {v}) was returned to the manufacturer.",
                  "Home monitor paired with implant serial no. {v}.", "Recall notice matched device serial {v}.",
        'The pump controller serial is {v}.'),
    "VEHICLE_ID": ("He drove himself in, plate {v}, despite the driving restriction.",
                   "Security moved the car with plate {v} from the ambulance bay.",
                   "Handicap placard was linked to vehicle {v}.", "The transport van (VIN {v}) was late.",
        'Valet ticket lists the car as {v}.', 'Pt sleeps in his car (plate {v}) some nights.'),
    "ZIP": ("She lives in the {v} zip code near the clinic.", "Rehab site chosen closest to zip {v}.",
        'Mail returned; correct ZIP is {v}.', 'Nearest rehab to {v} is 12 miles.'),
    "STREET_ADDRESS": ("Pt lives at {v} on the second floor.", "VNA to visit the home at {v}.",
                       "Forms were mailed to {v}.",
        'Ambulance dispatched to {v}.', 'She moved to {v} last month.', 'Home visit at {v}: stairs x2 flights.'),
    "DATE_REAL_YEAR": ("Comparison is made to the outside echo of {v}.", "He had CABG on {v} at ___.",
                       "Her husband expired on {v}.", "Last ICD shock was on {v}.", "Ablation was done {v}.",
        'Wife expired {v} of a stroke.', 'Last seen in clinic {v}.'),
    "AGE_OVER_89": ("At {v} years old the pt still lives independently.", "The patient is a {v}-year-old.",
                    "Given age ({v}), conservative management was favored.", "Mother is alive at {v}.",
        'Her sister, age {v}, helps with meds.'),
    "PERSON": ("Discussed with Dr. {v} who agrees.", "Her son {v} was present for the visit.",
               "Seen and examined with {v}, PA-C.", "Case reviewed with {v} (fellow).",
               "Pt's neighbor {v} drives him to rehab.", "Per {v} the pt missed two doses.",
        'Translator {v} assisted by phone.', '{v} (son) will bring him back.'),
    "LOCATION": ("He lives alone in {v}.", "She was visiting family in {v} when symptoms began.",
                 "Pt recently moved from {v}.", "EMS picked him up in {v}.", "Works as a bus driver in {v}.",
        'He grew up in {v}.', 'Plans to winter near {v}.'),
    "ORGANIZATION": ("Outside cath at {v} showed 3VD.", "He will attend cardiac rehab at {v}.",
                     "She works in the cafeteria at {v}.", "Records obtained from {v}.",
                     "Transferred from {v} for higher level of care.",
        'Her PCP is at {v}.', 'He retired from {v} in the spring.'),
}

_HEAVY_LINES = ("___ ___ (___) ___", "cc: ___; ___; ___", "Contact: ___ ___ at ___", "___, ___ ___ ___",
                "Forwarded to ___ / ___ / ___", "Address: ___, ___, ___ ___", "Ins: ___  ID ___  Grp ___",
                "___ ___, ___ - ___", "Ref: ___ (___), ___", "Acct ___  MRN ___  Enc ___")
_HEAVY_SENT = ("Seen with ___ (___) on ___ at ___.", "Pt's ___ ___ called from ___.",
               "Transferred from ___ on ___ by ___.", "Discussed with Dr. ___ and Dr. ___ on ___.",
               "Lives in ___ with ___ and ___.", "Records from ___ (___) reviewed ___.")

# --------------------------------------------------------------------------------------------------
# Note builder
# --------------------------------------------------------------------------------------------------

_TOKEN = re.compile(r"<<(.+?)>>|\[\[(.+?)\]\]")


class _Doc:
    """Collects text, spans and look-alikes. ``w`` understands ``<<look-alike>>``, ``[[CAT]]`` /
    ``[[CAT:hint]]`` (a masked slot unless a plant was assigned to it), ``[[+L]]`` / ``[[+P]]``
    (insertion points for escaped identifiers in their own line / sentence contexts)."""

    def __init__(self, slot_plants: dict | None = None, point_plants: dict | None = None,
                 heavy_rng: random.Random | None = None) -> None:
        self.parts: list[str] = []
        self.n = 0
        self.spans: list[tuple[int, int, str]] = []
        self.values: list[str] = []
        self.look: list[str] = []
        self.slots: list[tuple[str, str]] = []
        self.points: list[str] = []
        self.slot_plants = slot_plants or {}
        self.point_plants = point_plants or {}
        self.heavy_rng = heavy_rng
        self._cur: tuple[str, str] | None = None

    def _raw(self, s: str) -> None:
        self.parts.append(s)
        self.n += len(s)

    def _val(self, value: str, cat: str) -> None:
        self.spans.append((self.n, self.n + len(value), cat))
        self.values.append(value)
        self._raw(value)

    def la(self, s: str) -> str:
        """A look-alike token for use inside w() text."""
        return f"<<{s}>>"

    def w(self, text: str) -> None:
        pos = 0
        for m in _TOKEN.finditer(text):
            self._raw(text[pos:m.start()])
            if m.group(1) is not None:
                self.look.append(m.group(1))
                self._raw(m.group(1))
            else:
                self._slot(m.group(2))
            pos = m.end()
        self._raw(text[pos:])

    def _slot(self, tok: str) -> None:
        if tok == "=":
            assert self._cur is not None
            self._val(*self._cur)
            return
        if tok in ("+L", "+P"):
            idx = len(self.points)
            self.points.append(tok[1])
            if self.heavy_rng is not None:
                hr = self.heavy_rng
                if tok == "+L":
                    for line in hr.sample(_HEAVY_LINES, hr.randint(2, 4)):
                        self._raw(line + "\n")
                else:
                    self._raw(" " + hr.choice(_HEAVY_SENT))
            for tpl, value, cat in self.point_plants.get(idx, []):
                self._cur = (value, cat)
                body = tpl.replace("{v}", "[[=]]")
                self.w(body + "\n" if tok == "+L" else " " + body)
                self._cur = None
            return
        cat, _, hint = tok.partition(":")
        assert cat in CATEGORIES, cat
        idx = len(self.slots)
        self.slots.append((cat, hint))
        plant = self.slot_plants.get(idx)
        if plant is not None:
            self._val(plant, cat)
        else:
            self._raw("___")

    def text(self) -> str:
        return "".join(self.parts)


# --------------------------------------------------------------------------------------------------
# Shared clinical filler (look-alikes marked with << >>)
# --------------------------------------------------------------------------------------------------


def _shifted(r: random.Random, style: int | None = None) -> str:
    y, m, d = r.randint(2105, 2195), r.randint(1, 12), r.randint(1, 28)
    style = r.randint(0, 4) if style is None else style
    date = (f"{y}-{m:02d}-{d:02d}", f"{m:02d}/{d:02d}/{y}", f"{_MON_ABBR[m - 1][:3]} {d}, {y}",
            f"{m}/{d}/{y}", f"{d:02d}-{_MON_ABBR[m - 1][:3].upper()}-{y}")[style]
    return f"<<{date}>>"  # a shifted date is a look-alike


def _lot(r: random.Random) -> str:
    return r.choice((f"{_digits(r, 2)}{r.choice('ABCDEFGH')}{_digits(r, 3)}", f"W{_digits(r, 5)}",
                     _digits(r, 10), f"L{_digits(r, 4)}-{_digits(r, 2)}", f"{r.choice('FGKM')}{_digits(r, 7)}"))


def _gtin(r: random.Random) -> str:
    return "00" + r.choice(("643169", "885074", "802526", "850003", "613994")) + _digits(r, 6)


def _expiry(r: random.Random) -> str:
    y, m = r.randint(2025, 2029), r.randint(1, 12)
    return r.choice((f"{y}-{m:02d}-{r.randint(1, 28):02d}", f"{y}-{m:02d}", f"{m:02d}/{y}",
                     f"{r.randint(1, 28):02d}-{_MON_ABBR[m - 1][:3].upper()}-{y}"))


def _yymmdd(r: random.Random) -> str:
    return f"{r.randint(25, 29)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"


def _ref(r: random.Random) -> str:
    return r.choice((f"{_digits(r, 7)}-{_digits(r, 2)}", f"H{_digits(r, 9)}", f"{r.choice('ABCDW')}{_digits(r, 2)}"
                     f"{r.choice('ABDR')}{_digits(r, 2)}", f"EX{_digits(r, 4)}", f"{_digits(r, 4)}-{_digits(r, 3)}"))


def _ndc(r: random.Random) -> str:
    return r.choice((f"{_digits(r, 4)}-{_digits(r, 4)}-{_digits(r, 2)}",
                     f"{_digits(r, 5)}-{_digits(r, 3)}-{_digits(r, 2)}",
                     f"{_digits(r, 5)}-{_digits(r, 4)}-{_digits(r, 1)}"))


def _version(r: random.Random) -> str:
    return r.choice((f"{r.randint(1, 12)}.{r.randint(0, 9)}.{r.randint(0, 30)}",
                     f"{r.randint(1, 9)}.{r.randint(0, 9)}.{r.randint(0, 40)}.{r.randint(1, 250)}",
                     f"{r.randint(100, 240)}", f"{r.randint(2, 8)}.{r.randint(0, 9)}"))


def _bare_year(r: random.Random) -> str:
    return str(r.randint(1968, 2024))


def _age_u90(r: random.Random) -> str:
    return str(r.randint(34, 88))


def _sex(r: random.Random) -> tuple[str, str, str, str]:
    return r.choice((("M", "man", "he", "his"), ("F", "woman", "she", "her")))


_PMH = ("HTN", "HLD", "T2DM on insulin", "CAD s/p PCI to LAD", "paroxysmal AF", "HFrEF", "HFpEF", "CKD stage 3b",
        "OSA on CPAP", "PAD s/p L SFA stent", "prior CVA", "severe AS", "moderate MR", "COPD", "hypothyroidism",
        "obesity (BMI 36)", "remote tobacco use", "CHB s/p PPM", "NSVT", "LV thrombus", "cardiac amyloidosis",
        "HOCM", "bicuspid AV", "prior DVT", "anemia of CKD", "gout")
_MEDS = ("aspirin 81 mg PO daily", "atorvastatin 80 mg PO qHS", "metoprolol succinate ({b}) 50 mg daily",
         "carvedilol 12.5 mg PO BID", "sacubitril-valsartan ({b}) 49/51 mg BID", "apixaban ({b}) 5 mg BID",
         "rivaroxaban 20 mg with dinner", "warfarin ({b}) 5 mg daily except 2.5 mg Mon/Fri",
         "furosemide ({b}) 40 mg PO daily", "torsemide 20 mg daily", "spironolactone 25 mg daily",
         "empagliflozin ({b}) 10 mg daily", "clopidogrel 75 mg daily", "ticagrelor ({b}) 90 mg BID",
         "amiodarone 200 mg daily", "dofetilide 250 mcg BID", "isosorbide mononitrate 30 mg daily",
         "nitroglycerin 0.4 mg SL PRN", "lisinopril 10 mg daily", "amlodipine 5 mg daily",
         "ezetimibe 10 mg daily", "potassium chloride 20 mEq daily", "digoxin 0.125 mg daily",
         "hydralazine 25 mg TID", "ranolazine ({b}) 500 mg BID", "evolocumab ({b}) 140 mg SC q2wk")
_MED_BRANDS = {"metoprolol": "Toprol XL", "sacubitril": "Entresto", "apixaban": "Eliquis", "warfarin": "Coumadin",
               "furosemide": "Lasix", "empagliflozin": "Jardiance", "ticagrelor": "Brilinta", "ranolazine": "Ranexa",
               "evolocumab": "Repatha"}


def _med_lines(r: random.Random, n: int) -> str:
    out = []
    for k, m in enumerate(r.sample(_MEDS, n), 1):
        if "{b}" in m:
            brand = _MED_BRANDS[m.split()[0].split("-")[0]]
            m = m.replace("{b}", f"<<{brand}>>") if r.random() < 0.6 else m.replace(" ({b})", "")
        m = re.sub(r"\d[\d./]* (?:mg|mcg|mEq)", lambda x: f"<<{x.group(0)}>>", m, count=1)
        out.append(f"{k}. {m}")
    return "\n".join(out)


def _vitals(r: random.Random) -> str:
    return (f"BP {r.randint(96, 168)}/{r.randint(52, 96)}  HR {r.randint(48, 112)}  RR {r.randint(12, 22)}  "
            f"SpO2 {r.randint(91, 100)}% {r.choice(('RA', '2L NC', 'RA'))}  Wt {r.randint(52, 131)}.{r.randint(0, 9)} "
            "kg")


def _labs(r: random.Random) -> str:
    return (f"Na {r.randint(129, 144)} K {r.randint(33, 54) / 10} Cr {r.randint(62, 260) / 100} BUN {r.randint(9, 71)} "
            f"Hgb {r.randint(84, 158) / 10} BNP {r.randint(40, 4200)} hs-TnT {r.randint(4, 180)}")


def _ecg(r: random.Random) -> str:
    rhythm = r.choice(("sinus rhythm", "sinus bradycardia", "atrial fibrillation", "atrial flutter 2:1",
                       "A-paced, V-sensed", "sinus tachycardia"))
    return (f"{rhythm} at {r.randint(48, 124)}, PR {r.randint(140, 260)} ms, QRS {r.randint(82, 168)} ms, "
            f"QTc ({r.choice(('<<Bazett>>', '<<Fridericia>>'))}) {r.randint(400, 512)} ms")


def _common_la(r: random.Random) -> str:
    """A sentence carrying mixed look-alikes (public sites/hotlines, state, country, year, age)."""
    return r.choice((
        f"Reviewed MedWatch reporting ({r.choice(('<<www.fda.gov/medwatch>>', '<<1-800-FDA-1088>>'))}).",
        f"Education handout from <<{r.choice(_PUBLIC_SITES)}>> given.",
        f"Pt born in <<{r.choice(_COUNTRIES)}>>, moved to <<{r.choice(_STATES)}>> in <<{_bare_year(r)}>>.",
        "Crisis line <<988>> and poison control <<1-800-222-1222>> reviewed per protocol.",
        f"Brother had MI at <<age {_age_u90(r)}>>; father died at <<age {_age_u90(r)}>>.",
        f"Quit smoking in <<{_bare_year(r)}>>. Medicare info: <<1-800-MEDICARE>> / <<www.medicare.gov>>.",
        f"CDC-INFO <<1-800-232-4636>> for vaccine questions; flu shot given <<{_bare_year(r)}>> season.",
        f"Driving guidance per <<{r.choice(_STATES)}>> rules (<<www.mass.gov/rmv>>).",
    ))


_EPONYM_SENTS = (
    "Prior <<Holter>>: <<Mobitz>> I (<<Wenckebach>>) at night, asymptomatic.",
    "No pericardial rub to suggest <<Dressler>> syndrome.", "No <<Kussmaul>> sign; JVP flat.",
    "Hx of surgical <<Cox-Maze>> IV with LAA clip.", "Childhood <<Ross procedure>> for congenital AS.",
    "Positioned in reverse <<Trendelenburg>> for the procedure.", "Known <<Ebstein>> anomaly, followed by ACHD.",
    "No <<Eisenmenger>> physiology.", "ACHD hx: none (no <<Fontan>>, no repaired TOF).",
    "No <<Osborn>> waves on ECG.", "GI bleeding from AVMs with AS (<<Heyde syndrome>>) considered.",
    "No <<Quincke>> pulses.", "10-yr <<Framingham>> risk {n}%.", "<<Foley>> removed POD 1.",
    "Hx of <<Graves>> disease s/p RAI (possible AF trigger).", "PVC burden {n}%, <<Lown>> grade 2.",
    "LDL (<<Friedewald>>) 1{n} mg/dL.", "AVA by <<Hakki>> formula 0.{n} cm2.", "AVA by <<Gorlin>> formula 0.{n} cm2.",
    "<<Sellers>> grade 2 AI on aortography.", "CXR with <<Kerley B>> lines.", "No <<Beck triad>>.",
    "Hx SLE; r/o <<Libman-Sacks>> endocarditis.", "<<Swan-Ganz>>: RA 1{n}, PCWP 2{n}, CI 1.9.",
    "<<Killip class>> II on arrival.", "<<NYHA class>> III symptoms.", "Type 1 <<Brugada>> pattern excluded.",
    "<<Marfan>> features absent.", "Strain with <<Valsalva>> reduced the LVOT gradient.",
    "On <<{drug}>> and <<{drug2}>> at home.", "Pharmacy switched <<{drug}>> to generic.",
    "Prior <<{mcs}>> evaluation noted.", "Monitor: <<Zio XT>> x14 days, then <<LINQ II>> if negative.",
    "Prior cath: <<Judkins>> catheters, <<Amplatz>> needed for the RCA.",
)


def _eponym_sents(r: random.Random, k: int) -> str:
    out = []
    for t in r.sample(_EPONYM_SENTS, k):
        d1, d2 = r.sample(_DRUG_BRANDS, 2)
        out.append(t.format(n=r.randint(2, 9), drug=d1, drug2=d2, mcs=r.choice(_MCS)))
    return " ".join(out)


def _copy_forward(r: random.Random) -> str:
    return r.choice((
        "*** Copied forward from note of ___ - please verify ***\n",
        "[copied from prior visit ___, unchanged]\n",
        "-- text below imported from previous encounter (___) --\n",
    ))


def _sec_followup(r: random.Random) -> str:
    dept = r.choice(("CARDIAC SERVICES", "CARDIOLOGY", "HEART FAILURE", "ELECTROPHYSIOLOGY", "CARDIAC SURGERY"))
    return (f"Followup Instructions:\nDepartment: {dept}\nWhen: "
            f"{r.choice(('MONDAY', 'TUESDAY', 'THURSDAY', 'FRIDAY'))} ___ "
            f"at {r.randint(1, 11)}:{r.choice(('00', '20', '40'))} {r.choice(('AM', 'PM'))}\nWith: [[PERSON:full]], "
            "MD [___]\n"
            f"Building: ___ Bldg ___\nCampus: {r.choice(('EAST', 'WEST'))}     Best Parking: ___ Garage\n[[+L]]\n")


def _sec_instructions(r: random.Random) -> str:
    items = r.sample((
        "Weigh yourself every morning; call if weight goes up more than 3 lbs in 1 day or 5 lbs in 1 week.",
        "Do not drive for 1 week after the procedure (6 months after an ICD shock, per state rules).",
        "Do not lift more than 10 lbs with the arm on the side of the device for 4 weeks.",
        "Keep the groin/wrist site clean and dry; a small bruise is normal.",
        "Take your blood thinner every day at the same time. Do not stop it unless told by the clinic.",
        "Limit salt to 2 grams per day and fluids to 2 liters per day.",
        "Call 911 for chest pain not relieved by one nitroglycerin tablet.",
        "Bring your medication list and pill bottles to every appointment.",
    ), r.randint(3, 5))
    return ("Discharge Instructions:\nDear Mr./Ms. ___,\nIt was a pleasure taking care of you at ___. "
            "You were seen by the <<" + r.choice(_DEPARTMENTS[:8]) + ">>.[[+P]]\n"
            + "\n".join(f"- {t}" for t in items) + "\nSincerely, your ___ care team\n\n")


def _sec_medrec(r: random.Random) -> str:
    rows = []
    for m in r.sample(_MEDS, r.randint(3, 5)):
        name = m.split(" (")[0].split(" ")[0]
        dose = re.search(r"\d[\d./]* (?:mg|mcg|mEq)", m)
        rows.append(f"| {name:<22} | {dose.group(0) if dose else '--':<10} | PO | "
                    f"{r.choice(('daily', 'BID', 'qHS', 'TID', 'PRN')):<5} | "
                    f"{r.choice(('continue', 'changed', 'new', 'stopped'))} |")
    return ("Medication reconciliation\n| Medication | Dose | Route | Freq | Status |\n|---|---|---|---|---|\n"
            + "\n".join(rows) + f"\nReconciled by ___ on {_shifted(r)}.\n[[+L]]\n")


def _sec_ros(r: random.Random) -> str:
    neg = r.sample(("fevers", "chills", "cough", "hemoptysis", "melena", "BRBPR", "dysuria", "focal weakness",
                    "rash", "claudication", "presyncope", "orthopnea", "PND", "abd pain"), 6)
    return (f"ROS: positive for {r.choice(('DOE', 'fatigue', 'palpitations', 'LE swelling', 'chest pressure'))}; "
            f"negative for {', '.join(neg)}. All other systems reviewed and neg.[[+P]]\n\n")


def _sec_coding(r: random.Random) -> str:
    codes = r.sample(("I48.19", "I50.22", "I25.10", "I35.0", "I44.2", "Z95.0", "Z79.01", "I21.4", "I47.2",
                      "I42.0", "E85.82", "Z95.811"), 3)
    cpt = r.sample(("93306", "93312", "93458", "92928", "93653", "93288", "93296", "93798", "75574", "75561",
                    "78452", "93015", "99244", "99214"), 2)
    return (f"Coding: ICD-10 <<{codes[0]}>>, <<{codes[1]}>>, <<{codes[2]}>>; CPT <<{cpt[0]}>>, <<{cpt[1]}>>. "
            f"Time spent {r.choice((25, 40, 45, 60, 75))} min, >50% counseling/coordination.\n\n")


def _sec_results_call(r: random.Random) -> str:
    return (f"Results communication: findings reviewed with ___ by phone at {r.randint(7, 20)}:{r.randint(10, 59)} "
            f"on ___; pt verbalized understanding. Teach-back used.[[+P]]\n\n")


def _sec_notify(r: random.Random) -> str:
    return (f"NOTIFICATION:  The findings were discussed with Dr. [[PERSON:fam]] by ___ on the telephone on ___ "
            f"at {r.randint(7, 20)}:{r.randint(10, 59)}, {r.randint(2, 40)} minutes after discovery of the "
            "findings.\n\n")


def _sec_history(r: random.Random) -> str:
    sx = _sex(r)
    return (f"CLINICAL HISTORY:  ___ year old {sx[1]} with {', '.join(r.sample(_PMH, 3))}, now with "
            f"{r.choice(('worsening dyspnea', 'new LBBB', 'syncope', 'atypical chest pain', 'elevated BNP'))}. "
            f"Question {r.choice(('LV function', 'valve disease', 'ischemia', 'infiltrative CMP', 'thrombus'))}."
            f"[[+P]]\n\n")


def _sec_recommend(r: random.Random) -> str:
    return ("RECOMMENDATION(S):  " + r.choice((
        "Clinical correlation and follow-up imaging in 6-12 months.",
        "Consider cardiology referral for further management; see <<" + r.choice(_PUBLIC_SITES) + ">>.",
        "Repeat study after 3 months of GDMT to reassess LVEF before ICD decision.",
        "Correlate with invasive angiography if symptoms persist.",
    )) + "[[+P]]\n\n")


def _sec_dose_table(r: random.Random) -> str:
    rows = [f"{name:<12}{r.choice((80, 100, 120)):<6}{r.randint(40, 600):<7}{r.randint(2, 40)}.{r.randint(0, 9):<8}"
            f"{r.randint(10, 600)}" for name in r.sample(("Topogram", "Ca score", "CTA", "Test bolus", "Delayed"), 3)]
    return "Dose report\nSeries      kVp   mAs    CTDIvol  DLP\n" + "\n".join(rows) + "\n\n"


def _sec_disclaimer(r: random.Random) -> str:
    return r.choice((
        "This report was generated with voice recognition software; transcription errors may occur.\n",
        "Final report. Preliminary read by ___ was reviewed and agreed with, with edits.\n",
        f"Images available on PACS. Software <<{r.choice(_SOFTWARE)}>> build <<{_version(r)}>>.\n",
    ))


def _sec_priors(r: random.Random) -> str:
    rows = [f"  {_shifted(r, 1):<16}{t:<28}"
            f"{r.choice(('LVEF ' + str(r.randint(20, 65)) + '%', 'no change', 'see report', 'outside - ___'))}"
            for t in r.sample(("TTE", "TEE", "CTA coronary", "SPECT MPI", "Cardiac MRI", "Cath", "Holter 48 h",
                               "CXR PA/LAT"), r.randint(2, 4))]
    return "PRIOR STUDIES (auto-populated)\n" + "\n".join(rows) + "\n[[+L]]\n"


def _sec_vitals_rad(r: random.Random) -> str:
    return (f"Procedure vitals: pre {r.randint(100, 160)}/{r.randint(55, 95)}, HR {r.randint(50, 110)}; "
            f"post {r.randint(100, 160)}/{r.randint(55, 95)}, HR {r.randint(50, 110)}. SpO2 {r.randint(92, 100)}% "
            f"throughout. eGFR {r.randint(28, 95)} mL/min/1.73m2 (creatinine {r.randint(60, 220) / 100} mg/dL). "
            "Premedication: "
            f"{r.choice(('none', 'prednisone 50 mg x3 + diphenhydramine (contrast allergy)', 'metoprolol'))}."
            "[[+P]]\n\n")


def _tail(r: random.Random, radiology: bool, ct: bool = False, letter: bool = False) -> str:
    if radiology:
        pool = (_sec_recommend, _sec_notify, _sec_results_call, _sec_coding, _sec_priors, _sec_vitals_rad)
        pool += (_sec_dose_table,) if ct else ()
        chosen = [_sec_history] + r.sample(pool, r.randint(2, 4))
        return "\n" + "".join(f(r) for f in chosen) + _eponym_sents(r, 2) + "\n" + _sec_disclaimer(r)
    pool = (_sec_medrec, _sec_ros, _sec_coding, _sec_results_call)
    if not letter:
        pool += (_sec_followup, _sec_instructions)
    chosen = r.sample(pool, r.randint(2, 4))
    out = "\n" + "".join(f(r) for f in chosen) + "Other: " + _eponym_sents(r, 2) + "\n"
    if r.random() < 0.3:
        out += _copy_forward(r) + f"Prior A/P: {', '.join(r.sample(_PMH, 3))} - stable, continue meds.\n"
    return out


# Phrase options used by the document kinds (hoisted to keep lines short)
_ALLERGY_OPTS = (
    'Patient recorded as having No Known Allergies to Drugs', 'amiodarone', 'iodinated contrast',
    'Penicillins / lisinopril (angioedema)',
)
_CONSULT_PLAN1_OPTS = (
    'Rate control with metoprolol tartrate 25 mg q6h', 'Trend troponin, TTE',
    'Telemetry, TTE, consider monitor (<<Zio XT>>)',
)
_CONSULT_PLAN2_OPTS = (
    'Start apixaban 5 mg BID if no bleeding', 'Diuresis w/ IV furosemide 40 mg BID', 'Hold beta-blocker',
)
_LETTER_REASON_OPTS = ('exertional dyspnea', 'a murmur', 'palpitations', 'follow-up of CAD', 'pre-operative evaluation')
_LETTER_INTERVAL_OPTS = (
    'stable exercise tolerance', 'two episodes of presyncope', 'worsening DOE, NYHA class III', 'no angina',
)
_LETTER_MURMUR_OPTS = (
    'III/VI late-peaking systolic murmur', 'soft II/VI systolic murmur',
    'diastolic blowing murmur (<<Austin Flint>>?)',
)
_HF_GDMT_OPTS = (
    'uptitrate <<Entresto>> to 97/103 mg BID', 'add <<Farxiga>> 10 mg daily', 'increase carvedilol to 25 mg BID',
)
_CATH_INDICATION_OPTS = (
    'NSTEMI', 'unstable angina', 'abnormal stress test', 'STEMI - inferior', 'pre-TAVR coronary eval',
)
_CATH_ACCESS_OPTS = ('R radial 6Fr (<<Allen test>> normal)', 'R CFA 6Fr, micropuncture <<Seldinger>>', 'L radial 5Fr')
_EP_FINDINGS_OPTS = (
    'Dual AV nodal physiology with AH jump; echo beats.', 'CTI-dependent flutter by entrainment (PPI-TCL 12 ms).',
    'All 4 PVs with sharp potentials.', 'Earliest activation RVOT septal, -32 ms pre-QRS.',
)
_EP_ENDPOINT_OPTS = (
    'Bidirectional block confirmed.', 'Entrance and exit block in all PVs.', 'Non-inducible on isoproterenol.',
)
_DEVICE_EPISODE_OPTS = (
    'none', '2 NSVT, longest 9 beats', '1 VF treated, 35 J shock successful', '14 AHRE, longest 3 h',
)
_DEVICE_REVIEW_OPTS = (
    'Normal device function.', 'Approaching ERI - schedule gen change.', 'AF burden up, notify primary cardiologist.',
)
_REHAB_SYMPTOM_OPTS = (
    'less fatigue', 'mild DOE on hills', 'chest tightness once at home, relieved by <<Nitrostat>>',
    'knee pain limiting TM',
)
_LVAD_RECOMMENDATION_OPTS = (
    'acceptable psychosocial candidate', 'acceptable with conditions', 'needs further caregiver planning',
)
_TTE_LV_OPTS = (
    'Normal LV wall thickness and cavity size.', 'Severe global LV hypokinesis.',
    'Apical ballooning (<<Takotsubo>> pattern).', 'Mild symmetric LVH.',
)
_TTE_COMPARISON_OPTS = (
    'Compared with the prior study (images reviewed) of ___, no change.', 'No prior for comparison.',
)
_TEE_INDICATION_OPTS = (
    'pre-DCCV, r/o LAA thrombus', 'endocarditis, r/o vegetation', 'pre-<<MitraClip G4>> MR assessment',
    'pre-<<Watchman FLX>> LAA sizing', 'stroke, r/o PFO',
)
_TEE_SEPTUM_OPTS = (
    'intact by color Doppler and agitated saline', 'PFO with R-to-L shunt with <<Valsalva>>',
    'lipomatous hypertrophy',
)
_TEE_IMPRESSION_OPTS = (
    'No LA/LAA thrombus; successful DCCV.', 'Vegetation consistent with endocarditis.',
    'Anatomy suitable for transcatheter therapy.',
)
_CCTA_INDICATION_OPTS = (
    'atypical chest pain', 'equivocal stress test', 'pre-TAVR planning', 'anomalous coronary suspected',
)
_CCTA_LAD_OPTS = (
    'mild (25-49%) mixed plaque proximal', 'moderate (50-69%) stenosis mid',
    'severe (70-99%) proximal with high-risk features', 'normal',
)
_CCTA_EXTRA_OPTS = ('no pericardial effusion', 'ascending aorta 4.1 cm', '5 mm RUL nodule - <<Fleischner>> f/u')
_CCTA_PLAN_OPTS = ('Recommend preventive therapy.', 'Consider functional testing or ICA.', 'No further testing needed.')
_CMR_INDICATION_OPTS = (
    'Non-ischemic CMP, eval for infiltrative disease', 'Myocarditis?', 'Viability before revascularization',
    'HCM risk stratification', 'suspected cardiac sarcoid',
)
_CMR_LGE_OPTS = (
    'none', 'mid-wall septal (non-ischemic)', 'subendocardial LAD territory >50% transmural',
    'diffuse subendocardial, nulling difficult (amyloid pattern)', 'patchy RV insertion point',
)
_CMR_IMPRESSION_OPTS = (
    'Findings suggest cardiac amyloidosis; recommend PYP scan.', 'Non-ischemic CMP without scar.',
    'Viable myocardium in LAD territory.', 'HCM with extensive LGE (>15% LV mass).',
)
_STRESS_INDICATION_OPTS = (
    'chest pain', 'DOE', 'pre-op', 'known CAD, new symptoms', 'return to work clearance for [[ORGANIZATION:work]]',
)
_STRESS_IMPRESSION_OPTS = (
    'Negative for ischemia at adequate workload.', 'Positive ECG response; moderate inferior ischemia.',
    'Non-diagnostic (submaximal HR).',
)


def _prior_cath(r: random.Random) -> str:
    stent = r.choice(_STENTS)
    return r.choice(("non-obstructive CAD", f"2 <<{stent}>> stents to LAD", "CTO of RCA w/ collaterals"))


def _letter_plan(r: random.Random) -> str:
    prom = f"{r.randint(2, 9)}.{r.randint(0, 9)}"
    return r.choice((f"Severe AS, symptomatic: refer for TAVR evaluation (<<STS PROM {prom}%>>)",
                     "CAD stable, continue GDMT", "PAF: continue anticoagulation"))


def _hf_icd(r: random.Random) -> str:
    model = r.choice(_PACERS)[1]
    return r.choice((f"has <<{model}>>, last interrogation ok", "not a candidate",
                     "wearing <<LifeVest>> until EF recheck"))


def _referral_reason(r: random.Random) -> str:
    syntax = r.randint(23, 45)
    return r.choice((f"multivessel CAD, <<SYNTAX {syntax}>>", "severe symptomatic MR (<<Carpentier>> II)",
                     "ascending aortic aneurysm 5.4 cm", "severe AS with bicuspid valve"))


# --------------------------------------------------------------------------------------------------
# Document kinds
# --------------------------------------------------------------------------------------------------


def _k_consult(r: random.Random, d: _Doc) -> None:
    sx = _sex(r)
    pmh = r.sample(_PMH, r.randint(3, 6))
    reason = r.choice(("new AF with RVR", "troponin elevation", "syncope", "pre-op risk stratification",
                       "acute decompensated HF", "wide complex tachycardia", "new murmur", "chest pain"))
    dept = r.choice(_DEPARTMENTS[:3])
    d.w(f"Name:  ___                  Unit No:   [[MRN]]\n\nAdmission Date:  ___              Discharge Date:   ___\n\n"
        f"Date of Birth:  [[DATE_REAL_YEAR:dob]]             Sex:   {sx[0]}\n\n"
        f"Service: {r.choice(('MEDICINE', 'SURGERY', 'ORTHOPAEDICS', 'NEUROLOGY', 'ONCOLOGY'))}\n\n"
        f"Allergies:\n{r.choice(_ALLERGY_OPTS)}\n\n"
        "Attending: [[PERSON:full]].\n\n[[+L]]"
        f"CARDIOLOGY CONSULT NOTE ({d.la(dept)})\n"
        f"Requesting physician: Dr. [[PERSON:fam]] ({r.choice(('hospitalist', 'ortho', 'neuro ICU', 'gen surg'))})\n"
        f"Reason for consult: {reason}\n\n"
        f"HPI: [[AGE_OVER_89]] y/o {sx[1]} with {', '.join(pmh)} who was admitted to ___ for "
        f"{r.choice(('hip fracture', 'pneumonia', 'GI bleed', 'UTI', 'COPD exacerbation', 'elective colectomy'))}. "
        f"Cardiology consulted for {reason}. {sx[2].capitalize()} c/o "
        f"{r.choice(('DOE x2 blocks', 'intermittent palpitations', 'orthopnea (3 pillows)', 'no chest pain'))}, "
        f"denies PND.[[+P]]\n"
        f"Prior cath [[DATE_REAL_YEAR:recent]] at [[ORGANIZATION:med]] with {_prior_cath(r)}. "
        f"{_common_la(r)}[[+P]]\n\n"
        f"PMH:\n" + "\n".join(f"- {p}" for p in pmh) + "\n\n"
        f"Social: Lives with [[PERSON]] ({r.choice(('wife', 'husband', 'daughter', 'partner'))}) in [[LOCATION]]. "
        f"Retired {r.choice(('machinist', 'teacher', 'nurse', 'bus driver', 'postal worker'))}. "
        f"EtOH {r.choice(('none', 'rare', '2 beers/day'))}.\n"
        f"FHx: father MI at <<age {_age_u90(r)}>>, sister with <<{r.choice(('Marfan', 'Brugada', 'HOCM'))}>>?\n\n"
        f"Meds:\n{_med_lines(r, r.randint(4, 7))}\n\n"
        f"Exam: {_vitals(r)}\nJVP {r.randint(6, 16)} cm, {r.choice(('RRR', 'irreg irreg'))}, "
        f"{r.choice(('III/VI SEM at RUSB', 'no m/r/g', 'II/VI holosystolic murmur at apex'))} "
        f"(<<Levine>> grade), {r.choice(('no edema', '2+ LE edema', 'trace edema'))}.[[+P]]\n\n"
        f"Labs: {_labs(r)}\nECG: {_ecg(r)}\n\n"
        f"Assessment/Plan:\n[[AGE_OVER_89]] yo with {reason}. <<CHA2DS2-VASc {r.randint(2, 7)}>>, <<HAS-BLED "
        f"{r.randint(1, 4)}>>.\n"
        f"1. {r.choice(_CONSULT_PLAN1_OPTS)}\n"
        f"2. {r.choice(_CONSULT_PLAN2_OPTS)}\n"
        f"3. Will follow. Please page with questions.[[+P]]\n\n[[+L]]"
        "[[PERSON:full]], MD\nCardiology fellow, pager [[PAGER]]\nSeen and discussed with attending Dr. "
        "[[PERSON:fam]]\n[[+L]]")
    if r.random() < 0.4:
        d.w(f"\nADDENDUM {_shifted(r)}: TTE read - LVEF {r.randint(20, 65)}%, no effusion.[[+P]]\n")


def _k_letter(r: random.Random, d: _Doc) -> None:
    sx = _sex(r)
    d.w("[[ORGANIZATION:med]]\n[[STREET_ADDRESS]]\n[[LOCATION]], <<" + r.choice(_STATES[:2]) + ">> [[ZIP]]\n"
        "Tel [[PHONE]]   Fax [[FAX]]\n[[URL]]\n\n"
        f"{_shifted(r, r.choice((1, 2)))}\n\n"
        "Dr. [[PERSON:full]]\n[[ORGANIZATION:med]]\n[[+L]]\n"
        "RE: [[PERSON:full]]   DOB: [[DATE_REAL_YEAR:dob]]   MRN: [[MRN]]\n\n"
        "Dear Dr. [[PERSON:fam]],\n\n"
        f"Thank you for referring this pleasant [[AGE_OVER_89]]-year-old {sx[1]} whom I saw today in the "
        f"<<{r.choice(('Cardiology clinic', 'Heart Failure Clinic', 'Structural Heart Program'))}>> for "
        f"{r.choice(_LETTER_REASON_OPTS)}. "
        f"As you know, {sx[2]} has a history of {', '.join(r.sample(_PMH, 4))}.[[+P]]\n\n"
        f"Since the last visit {sx[2]} reports {r.choice(_LETTER_INTERVAL_OPTS)}. "
        f"{_common_la(r)}[[+P]]\n\n"
        f"On examination {_vitals(r)}. {r.choice(('Lungs clear.', 'Bibasilar crackles.', 'Clear lungs, no edema.'))} "
        f"A {r.choice(_LETTER_MURMUR_OPTS)} was heard.\n\n"
        f"ECG today: {_ecg(r)}.\nEcho ({_shifted(r)}): LVEF {r.randint(25, 65)}%, AVA {r.randint(6, 14) / 10} cm2, "
        f"mean gradient {r.randint(12, 58)} mmHg.\n\n"
        f"Current medications:\n{_med_lines(r, r.randint(4, 6))}\n\n"
        f"Impression and plan:\n- {_letter_plan(r)}\n"
        f"- Repeat TTE in 6 months; labs with your office.[[+P]]\n\n"
        "Please do not hesitate to contact me with any questions.\n\nSincerely,\n\n"
        f"[[PERSON:full]], MD, {r.choice(('FACC', 'FASE', 'FHRS'))}\n"
        f"<<{r.choice(_DEPARTMENTS[:3])}>>\n[[+L]]cc: [[PERSON]]\n")


def _k_hf(r: random.Random, d: _Doc) -> None:
    sx = _sex(r)
    rows = []
    for _ in range(r.randint(4, 6)):
        rows.append(f"| {_shifted(r, 1)} | {r.randint(70, 110)}.{r.randint(0, 9)} | "
                    f"{r.randint(90, 140)}/{r.randint(50, 85)} | "
                    f"{r.randint(55, 95)} | {r.choice(('none', '1+', '2+', 'trace'))} |")
    d.w(f"HEART FAILURE CLINIC - PROGRESS NOTE\nVisit date: {_shifted(r)}   Provider: [[PERSON]], NP\n"
        f"Patient: ___   MRN [[MRN]]   Age [[AGE_OVER_89]]\n[[+L]]\n"
        f"S: [[AGE_OVER_89]] yo {sx[1]} w/ HFrEF (LVEF {r.randint(15, 38)}%), "
        f"{r.choice(('ischemic', 'non-ischemic', 'chemo-related', 'amyloid'))} CMP, "
        f"NYHA class {r.choice(('II', 'II-III', 'III'))}, here for GDMT titration. "
        "Home weights stable per daughter [[PERSON]]. "
        f"{r.choice(('Denies orthopnea.', 'Sleeps on 2 pillows.', 'Some PND last wk.'))}[[+P]]\n"
        f"Remote PA pressures via <<CardioMEMS>>: mean {r.randint(14, 34)} mmHg.[[+P]]\n\n"
        "Home log (pasted from pt's diary):\n| Date | Wt (kg) | BP | HR | Edema "
        "|\n|---|---|---|---|---|\n" + "\n".join(rows) +
        "\n\n[[+L]]"
        f"O: {_vitals(r)}\nJVP {r.randint(5, 14)} cm, {r.choice(('no hepatojugular reflux', '+HJR'))}, "
        f"{r.choice(('S3 present', 'no S3'))}.\n"
        f"Labs: {_labs(r)}\n\n"
        f"Meds:\n{_med_lines(r, r.randint(5, 7))}\n\n"
        f"A/P:\n1. HFrEF - {r.choice(_HF_GDMT_OPTS)}; "
        "K/Cr in 1 wk.[[+P]]\n2. Diuretic: "
        f"{r.choice(('furosemide 40 mg daily, extra 40 mg for wt gain >1 kg', 'torsemide 20 mg daily'))}.\n"
        f"3. ICD: {_hf_icd(r)}.\n"
        f"4. Education: 2 g Na diet, 2 L fluid. Handout <<{r.choice(_PUBLIC_SITES)}>>. {_common_la(r)}\n\n"
        "HF nurse line [[PHONE]]. Pharmacy: [[ORGANIZATION:pharm]].\nRTC 4 wks w/ Dr. [[PERSON:fam]].\n[[+L]]"
        "-- [[PERSON]], NP\n")
    if r.random() < 0.35:
        d.w("\n" + _copy_forward(r) + f"Prior plan: continue GDMT, wt check, BMP. LVEF {r.randint(15, 35)}% on echo "
                                      f"{_shifted(r)}.\n")


def _k_cath(r: random.Random, d: _Doc) -> None:
    stent = r.choice(_STENTS)
    lines = []
    for _ in range(r.randint(2, 4)):
        item = r.choice((f"<<{stent}>> {r.choice(('2.5', '3.0', '3.5', '4.0'))} x "
                         f"{r.choice((12, 15, 18, 23, 28, 33))} mm",
                         f"<<{r.choice(_BALLOONS)}>> {r.choice(('2.0', '2.5', '3.0'))} x {r.choice((12, 15, 20))} mm",
                         f"<<{r.choice(_WIRES)}>> 0.014 in x 190 cm", f"<<{r.choice(_GUIDES)}>> 6Fr"))
        lines.append(f"{item:<38} REF <<{_ref(r)}>>  LOT <<{_lot(r)}>>  EXP <<{_expiry(r)}>>")
    d.w(f"CARDIAC CATHETERIZATION LABORATORY REPORT\n{'=' * 44}\nProcedure date: {_shifted(r)}   Case #: [[ACCOUNT]]\n"
        f"Patient: ___   MRN: [[MRN]]   DOB: ___   Age: [[AGE_OVER_89]]\n[[+L]]\n"
        "STAFF\n| Role | Name |\n|---|---|\n| Primary operator | [[PERSON:full]] |\n| Fellow | [[PERSON]] |\n"
        "| Scrub | ___ |\n| Circulating RN | [[PERSON]] |\n| Recorder (RCIS) | ___ |\n\n"
        f"INDICATION: {r.choice(_CATH_INDICATION_OPTS)}. "
        f"Referred from [[ORGANIZATION:med]].[[+P]]\n\n"
        "PROCEDURES: Left heart cath, selective coronary angiography, "
        f"{r.choice(('PCI of mid LAD', 'PCI of prox RCA', 'IVUS-guided PCI of LCx', 'FFR of LAD'))}.\n"
        f"Access: {r.choice(_CATH_ACCESS_OPTS)}. "
        f"Closure: <<{r.choice(_CLOSURE)}>>.\n"
        f"Sedation: midazolam 2 mg, fentanyl 50 mcg. Heparin <<{r.choice((70, 80, 100))} units/kg>>.\n"
        f"Contrast: <<{r.choice(_CONTRAST_CT)}>> {r.randint(60, 240)} mL. Fluoro {r.randint(4, 38)}.{r.randint(0, 9)} "
        "min, "
        f"Air kerma {r.randint(300, 2600)} mGy.\n\n"
        f"FINDINGS:\nLM: {r.choice(('normal', '20% distal'))}\nLAD: "
        f"{r.choice(('90% mid stenosis', '70% proximal, <<TIMI>> 2 flow', 'mild luminal irregularities'))}\n"
        f"LCx: {r.choice(('50% OM1', 'normal', 'CTO with <<Rentrop>> grade 2 collaterals'))}\nRCA: "
        f"{r.choice(('dominant, 40% mid', '99% proximal thrombotic', 'normal'))}\n"
        f"LVEDP {r.randint(8, 32)} mmHg.[[+P]]\n\n"
        "DEVICES USED (scanned stickers):\n" + "\n".join(lines) + "\n"
        f"IVUS console <<{r.choice(('OptiCross', 'Eagle Eye Platinum'))}>> SN [[DEVICE_ID]]\n"
        f"UDI (01)<<{_gtin(r)}>>(17){_yymmdd(r)}(10)<<{_lot(r)}>>\n[[+L]]\n"
        f"RESULT: <<TIMI 3>> flow, 0% residual. No complications. EBL minimal.\n"
        "PLAN: DAPT with aspirin + "
        f"{r.choice(('<<Brilinta>> 90 mg BID', 'clopidogrel 75 mg daily', '<<Effient>> 10 mg daily'))} "
        f"x12 mo; high-intensity statin; cardiac rehab referral. <<SYNTAX score {r.randint(8, 33)}>>.[[+P]]\n\n"
        f"Report generated by <<{r.choice(('Mac-Lab', 'Merge Hemo', 'CardioLab'))}>> <<v{_version(r)}>>\n"
        "Electronically signed: [[PERSON:full]], MD\n[[+L]]")


def _k_ep(r: random.Random, d: _Doc) -> None:
    arr = r.choice(("typical atrial flutter", "paroxysmal AF", "AVNRT", "PVCs from RVOT", "persistent AF",
                    "orthodromic AVRT (<<Wolff-Parkinson-White>>)"))
    cath = r.choice(_ABL_CATH)
    d.w(f"ELECTROPHYSIOLOGY STUDY AND CATHETER ABLATION\nDate of procedure: {_shifted(r)}\n"
        f"Name: ___        Unit No: [[MRN]]       Enc: [[ACCOUNT]]\n"
        "Electrophysiologist: Dr. [[PERSON:full]]\nFellow: [[PERSON]]\nAnesthesia: [[PERSON]], CRNA\n[[+L]]\n"
        f"Indication: symptomatic {arr}, failed {r.choice(('<<Multaq>>', 'flecainide', '<<Tikosyn>>', 'metoprolol'))}. "
        f"Pt is a [[AGE_OVER_89]] yo with <<CHA2DS2-VASc {r.randint(1, 6)}>>.[[+P]]\n\n"
        f"Catheters: <<{cath}>> (REF <<{_ref(r)}>>, lot <<{_lot(r)}>>), decapolar CS, quadripolar His/RV.\n"
        f"Mapping: <<{r.choice(_MAPPING)}>> software <<v{_version(r)}>>, workstation [[IP_ADDRESS]]\n"
        f"ICE: <<{r.choice(('SoundStar', 'AcuNav'))}>> 8Fr, no effusion.\n\n"
        "BASELINE INTERVALS\n"
        f"  Rhythm     {r.choice(('SR', 'AF', 'AFL'))}\n  CL         {r.randint(520, 1100)} ms\n  PR         "
        f"{r.randint(140, 240)} ms\n"
        f"  QRS        {r.randint(80, 130)} ms\n  AH         {r.randint(60, 130)} ms\n  HV         "
        f"{r.randint(35, 62)} ms\n\n"
        f"Findings: {r.choice(_EP_FINDINGS_OPTS)}"
        f"[[+P]]\nAblation: {r.randint(6, 70)} lesions, total RF time {r.randint(4, 55)} min, "
        f"CF {r.randint(8, 25)} g, <<ablation index {r.randint(380, 550)}>>. {r.choice(_EP_ENDPOINT_OPTS)}\n\n"
        f"Complications: none. Heparin ACT {r.randint(300, 390)} s. Protamine given. {_common_la(r)}[[+P]]\n\n"
        f"Plan: resume {r.choice(('<<Eliquis>> 5 mg BID', '<<Xarelto>> 20 mg', 'warfarin'))} tonight; PPI 6 wks; "
        f"f/u <<{r.choice(('EP lab', 'Device Clinic', 'Cardiology clinic'))}>> 3 mo with <<Holter>>.\n\n[[+L]]"
        "Attestation: I was present for the entire procedure. [[PERSON:full]], MD\n")
    if r.random() < 0.35:
        d.w(f"\nAddendum ({_shifted(r)}): groin checked, no hematoma. Called pt's wife.[[+P]]\n[[+L]]")


def _k_device(r: random.Random, d: _Doc) -> None:
    maker, model = r.choice(_PACERS)
    batt = r.choice(("OK", "OK", "ERI", "RRT"))
    d.w(f"===== <<{maker}>> <<{_REMOTE[maker]}>> TRANSMISSION REPORT =====\n"
        f"Report generated: {_shifted(r, 0)} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}  Software "
        f"<<{_version(r)}>>\n"
        "Patient: [[PERSON]]                 Patient ID: [[MRN]]\nDOB: ___        Clinic: <<Device Clinic>>\n"
        f"Device: <<{model}>>  Model <<{_ref(r)}>>   Serial: [[DEVICE_ID]]\n"
        "Implant date: [[DATE_REAL_YEAR:recent]]   Implanting MD: [[PERSON]]\n[[+L]]"
        "LEADS\n  Chamber  Model            Serial           Implanted\n"
        f"  RA       <<{r.choice(('5076', '7741', 'Tendril STS 2088TC', 'Solia S 53'))}>>   [[DEVICE_ID]]       ___\n"
        f"  RV       <<{r.choice(('6935M', '0672', 'Durata 7122Q', 'Protego DF4'))}>>   [[DEVICE_ID]]       ___\n\n"
        "MEASUREMENTS          RA        RV        LV\n"
        f"  Sensing (mV)        {r.randint(10, 50) / 10:<9} {r.randint(40, 200) / 10:<9} "
        f"{r.choice(('--', str(r.randint(50, 200) / 10)))}\n"
        f"  Impedance (ohm)     {r.randint(350, 700):<9} {r.randint(350, 900):<9} "
        f"{r.choice(('--', str(r.randint(400, 1100))))}\n"
        f"  Threshold (V@ms)    {r.randint(5, 15) / 10}@0.4    {r.randint(5, 20) / 10}@0.4    --\n"
        f"  HV impedance        --        {r.randint(40, 90)} ohm\n\n"
        f"Battery: {batt}, longevity {r.randint(1, 11)}.{r.randint(0, 9)} yrs. Mode "
        f"{r.choice(('DDDR 60', 'VVIR 50', 'DDD 60/130', 'AAI<=>DDD'))}.\n"
        f"Pacing: A {r.randint(0, 99)}%  V {r.randint(0, 99)}%.  AT/AF burden {r.randint(0, 40)}.{r.randint(0, 9)}%.\n"
        f"Episodes: {r.choice(_DEVICE_EPISODE_OPTS)}.\n"
        "Transmission source: home monitor [[IP_ADDRESS]]\n[[+L]]\n"
        f"Clinician review: {r.choice(_DEVICE_REVIEW_OPTS)} "
        f"Pt is [[AGE_OVER_89]] and lives in [[LOCATION]].[[+P]] {_common_la(r)}[[+P]]\n"
        "Reviewed by [[PERSON]], RN, CCDS   Device clinic tel [[PHONE]]\n[[+L]]")


def _k_rehab(r: random.Random, d: _Doc) -> None:
    rows = []
    for s in range(r.randint(3, 6)):
        rows.append(f"{r.randint(8, 30) + s:>3}   {_shifted(r, 3):<15} "
                    f"{r.choice(('TM', 'NuStep', 'bike', 'arm erg')):<8}"
                    f"{r.randint(20, 65) / 10:<6}{r.randint(82, 140):<6}{r.randint(100, 165)}/"
                    f"{r.randint(55, 90):<6}{r.randint(11, 15)}")
    d.w(f"CARDIAC REHABILITATION - PHASE II PROGRESS NOTE\nSite: [[ORGANIZATION:med]]   Session date {_shifted(r)}\n"
        "Pt: ___  MRN [[MRN]]  Referring: Dr. [[PERSON:fam]]\n[[+L]]\n"
        f"Dx: {r.choice(('s/p CABG x3', 's/p PCI for NSTEMI', 'HFrEF', 's/p AVR (<<Bentall>>)', 'stable angina'))}. "
        f"Session #{r.randint(8, 36)} of 36.\n"
        f"Pt reports {r.choice(_REHAB_SYMPTOM_OPTS)}.[[+P]]\n"
        f"Exercise Rx: 30-45 min, RPE 11-13 (<<Borg>> scale), THR {r.randint(95, 125)}-{r.randint(126, 140)} bpm.\n\n"
        "Sess  Date        Mode    METs  HR    BP          RPE\n" + "\n".join(rows) + "\n\n"
        f"Resting: {_vitals(r)}\nTelemetry: "
        f"{r.choice(('SR, occasional PVCs', 'SR, no ectopy', 'AF, rate controlled'))}.\n"
        "Education today: "
        f"{r.choice(('heart-healthy diet', 'stress mgmt', 'medication adherence', 'home exercise'))}. "
        f"{_common_la(r)}[[+P]]\n"
        "Transportation: [[PERSON]] drives; parking pass for plate [[VEHICLE_ID:plate]]\n"
        "Emergency contact: [[PERSON]] [[PHONE]]\n[[+L]]\n"
        f"Goals: 6MWT {r.randint(250, 520)} m -> {r.randint(300, 600)} m; return to work at [[ORGANIZATION:work]]. "
        f"Pt is [[AGE_OVER_89]] and lives in [[LOCATION]].[[+P]]\n\n"
        f"[[PERSON]], {r.choice(('RN', 'MS, CEP', 'RCEP'))}   <<Cardiac Rehab>>\n[[+L]]")


def _k_anticoag(r: random.Random, d: _Doc) -> None:
    rows = []
    for _ in range(r.randint(4, 7)):
        rows.append(f"| {_shifted(r, 1)} | {r.randint(14, 42) / 10} | "
                    f"{r.choice(('5 mg daily', '5 mg exc 2.5 Mon/Fri', '7.5 mg daily', '2.5 mg daily'))} | "
                    f"{r.choice(('no change', 'hold x1', 'increase 10%', 'decrease 5%'))} | ___ |")
    lotv, exp = _lot(r), _expiry(r)
    d.w(f"ANTICOAGULATION CLINIC - WARFARIN MANAGEMENT\n<<Anticoagulation Service>>   Visit {_shifted(r)}\n"
        "Patient ___   Unit No. [[MRN]]   Phone encounter: [[PHONE]]\n[[+L]]\n"
        "Indication: "
        f"{r.choice(('AF (<<CHA2DS2-VASc 5>>)', 'mechanical MVR (<<On-X>>)', 'LV thrombus', 'recurrent DVT/PE'))}. "
        f"Goal INR {r.choice(('2.0-3.0', '2.5-3.5'))}. Drug: warfarin (<<{r.choice(('Coumadin', 'Jantoven'))}>>).\n"
        f"POC INR by <<CoaguChek XS>>, strip lot <<{lotv}>> exp <<{exp}>>: {r.randint(12, 48) / 10}\n\n"
        "INR log\n| Date | INR | Dose | Change | Initials |\n|---|---|---|---|---|\n" + "\n".join(rows) + "\n\n"
        "Interval hx: "
        f"{r.choice(('started amoxicillin', 'missed 2 doses', 'more greens in diet', 'no bleeding/bruising'))}. "
        f"Per daughter [[PERSON]] pillbox filled weekly.[[+P]]\n"
        f"Bleeding risk: <<HAS-BLED {r.randint(1, 5)}>>. Age [[AGE_OVER_89]].[[+P]]\n"
        f"Plan: {r.choice(('continue current dose', 'hold tonight then resume', 'increase weekly dose to 40 mg'))}; "
        f"recheck INR {_shifted(r, 2)}.\n"
        "Rx sent to [[ORGANIZATION:pharm]].\n[[+L]]\n"
        f"{_common_la(r)} Med guide NDC <<{_ndc(r)}>>.[[+P]]\n"
        "Pharmacist: [[PERSON]], PharmD   cc: Dr. [[PERSON:fam]]\n[[+L]]")


def _k_lvad(r: random.Random, d: _Doc) -> None:
    sx = _sex(r)
    d.w("ADVANCED HEART FAILURE PROGRAM - LVAD / TRANSPLANT EVALUATION\nPsychosocial assessment (Social Work)\n"
        f"Date: {_shifted(r)}   Evaluator: [[PERSON]], LICSW\n[[+L]]\n"
        "DEMOGRAPHICS\nPatient: ___                 DOB: [[DATE_REAL_YEAR:dob]]\n"
        "Address: [[STREET_ADDRESS]], [[LOCATION]], <<" + r.choice(_STATES) + ">> [[ZIP]]\n"
        "Home phone: [[PHONE]]   Email: [[EMAIL]]\nSSN: [[SSN]]   MRN: [[MRN]]\n\n"
        "INSURANCE\n  Primary:   ___            Member ID [[HEALTH_PLAN]]   Group [[HEALTH_PLAN]]\n"
        "  Secondary: <<Medicaid>>      ID ___\n\n"
        f"HISTORY: [[AGE_OVER_89]] yo {sx[1]} with {r.choice(('ischemic', 'non-ischemic dilated', 'familial'))} CMP, "
        f"<<INTERMACS profile {r.randint(2, 5)}>>, on milrinone {r.randint(25, 50) / 100} mcg/kg/min. "
        f"Being evaluated for <<HeartMate 3>> as {r.choice(('bridge to transplant', 'destination therapy'))}.[[+P]]\n\n"
        "SUPPORT / CAREGIVERS\n"
        f"Primary caregiver: [[PERSON]] ({r.choice(('spouse', 'daughter', 'son', 'partner'))}), works at "
        "[[ORGANIZATION:work]].\n"
        "Secondary caregiver: [[PERSON]] (sibling), lives in [[LOCATION]].\n"
        "Both attended the caregiver class. "
        f"{r.choice(('Plan 24/7 coverage x 6 wks.', 'Caregiver availability limited on weekends.'))}[[+P]]\n\n"
        "TRANSPORTATION / HOUSING\n"
        f"Home is {r.randint(8, 140)} miles from the center; "
        f"{r.choice(('2-story', 'single-floor', 'apartment w/ elevator'))}; grounded outlets checked. "
        "Car registered, plate [[VEHICLE_ID:plate]]. Driver's license [[LICENSE:dl]].[[+P]]\n\n"
        f"SUBSTANCE / ADHERENCE: {r.choice(('no tobacco since', 'quit EtOH in', 'no cannabis since'))} "
        f"<<{_bare_year(r)}>>. "
        f"<<SIPAT score {r.randint(8, 40)}>>. {_common_la(r)}\n\n"
        f"FINANCES: {r.choice(('on SSDI', 'employed part time', 'retired, pension'))}. Employer: "
        "[[ORGANIZATION:work]].[[+P]]\n\n"
        f"RECOMMENDATION: {r.choice(_LVAD_RECOMMENDATION_OPTS)}. "
        f"Will present at selection committee (listing if approved).\n[[+L]]"
        "Signed: [[PERSON:full]], LICSW\n")


def _k_referral(r: random.Random, d: _Doc) -> None:
    sx = _sex(r)
    d.w("REFERRAL FOR CARDIAC SURGERY CONSULTATION\n"
        "To: <<Cardiac Surgery>>, [[ORGANIZATION:med]]\n"
        "From: [[PERSON:full]], MD, [[ORGANIZATION:med]]\nPhone [[PHONE]]  |  Fax [[FAX]]  |  [[EMAIL]]\n"
        f"Date sent: {_shifted(r)}   Urgency: {r.choice(('routine', 'urgent (inpatient)', 'expedited'))}\n[[+L]]\n"
        "Patient: ___   DOB ___   Age [[AGE_OVER_89]]   MRN [[MRN]]\nInsurance ___, member [[HEALTH_PLAN]]\n\n"
        f"Reason: {_referral_reason(r)}; "
        f"heart team recommends surgical evaluation. <<STS PROM {r.randint(1, 9)}.{r.randint(0, 9)}%>>, "
        f"<<EuroSCORE II {r.randint(1, 8)}.{r.randint(0, 9)}%>>.\n\n"
        f"History: {sx[2]} has {', '.join(r.sample(_PMH, 4))}. Cath {_shifted(r)} at [[ORGANIZATION:med]]: "
        f"{r.choice(('LM 60%, LAD 80%, RCA CTO', 'LAD 90% prox, LCx 70%', 'no significant CAD'))}.[[+P]]\n"
        f"Echo: LVEF {r.randint(30, 65)}%, {r.choice(('severe MR, flail P2', 'AVA 0.7 cm2', 'moderate AI'))}.[[+P]]\n\n"
        f"Medications:\n{_med_lines(r, r.randint(4, 6))}\n\n"
        f"Allergies: {r.choice(('NKDA', 'heparin (HIT)', 'sulfa'))}\n"
        "Social: lives with [[PERSON]] in [[LOCATION]]; "
        f"{r.choice(('independent ADLs', 'uses cane', 'still working'))}.[[+P]]\n"
        f"{_common_la(r)}\n\nAttached: cath images (CD), echo report, labs, ECG.\n"
        "Please contact my office at [[PHONE]] to schedule. Thank you.\n\n[[PERSON:full]], MD\n[[+L]]")


def _echo_table(r: random.Random) -> str:
    rows = [("LVEF (<<Simpson biplane>>)", f"{r.randint(20, 70)}%", ">= 55%"),
            ("LVIDd", f"{r.randint(38, 70) / 10} cm", "4.2-5.8 cm"),
            ("IVSd", f"{r.randint(7, 18) / 10} cm", "0.6-1.0 cm"),
            ("LA vol index", f"{r.randint(20, 70)} mL/m2", "< 34 mL/m2"),
            ("E/e' avg", f"{r.randint(6, 22)}", "< 14"),
            ("TAPSE", f"{r.randint(10, 28) / 10} cm", ">= 1.7 cm"),
            ("RVSP", f"{r.randint(20, 70)} mmHg", "< 35 mmHg"),
            ("AV peak vel", f"{r.randint(12, 52) / 10} m/s", "< 2.0 m/s"),
            ("AV mean grad", f"{r.randint(4, 58)} mmHg", ""),
            ("AVA (VTI)", f"{r.randint(6, 30) / 10} cm2", "")]
    out = ["MEASUREMENTS", f"{'Parameter':<28}{'Value':<14}Normal"]
    for a, b, c in r.sample(rows, r.randint(6, 9)):
        out.append(f"{a:<28}{b:<14}{c}")
    return "\n".join(out)


def _k_tte(r: random.Random, d: _Doc) -> None:
    d.w("PATIENT/TEST INFORMATION:\n"
        "Indication: "
        f"{r.choice(('Dyspnea', 'Murmur', 'Pre-op', 'Syncope', 'CHF', 'AF', 'Chemo cardiotox monitoring'))}. "
        f"Ordering MD: [[PERSON]]\n"
        f"Height: (in) {r.randint(58, 76)}\nWeight (lb): {r.randint(110, 280)}\nBSA (m2): {r.randint(150, 240) / 100} "
        "m2\n"
        f"BP (mm Hg): {r.randint(95, 170)}/{r.randint(50, 95)}\nHR (bpm): {r.randint(48, 115)}\n"
        f"Status: {r.choice(('Outpatient', 'Inpatient'))}\nDate/Time: ___ at "
        f"{r.randint(7, 17)}:{r.choice(('00', '15', '30', '45'))}\n"
        "Test: TTE (Complete)\nDoppler: Full <<Doppler>> and color Doppler\n"
        f"Contrast: {r.choice(('None', '<<' + r.choice(_CONTRAST_ECHO) + '>> lot <<' + _lot(r) + '>>'))}\n"
        f"Technical Quality: {r.choice(('Adequate', 'Suboptimal', 'Good'))}\n"
        "Accession: [[ACCOUNT]]   Age: [[AGE_OVER_89]]\n"
        f"Machine: <<{r.choice(_ECHO_MACHINES)}>>   Station [[IP_ADDRESS]]\n[[+L]]\n"
        f"{_echo_table(r)}\n\n"
        "INTERPRETATION:\n\nFindings:\n\n"
        f"LEFT ATRIUM: {r.choice(('Normal LA size.', 'Moderately dilated LA.', 'Severe LA enlargement.'))}\n"
        f"LEFT VENTRICLE: {r.choice(_TTE_LV_OPTS)}[[+P]]\n"
        "AORTIC VALVE: "
        f"{r.choice(('Trileaflet, mildly thickened.', 'Severely calcified; severe AS.', 'Bicuspid AV.'))}\n"
        f"MITRAL VALVE: {r.choice(('Mild MR.', 'Moderate (2+) MR.', 'MAC; no MS.'))}\n"
        f"PERICARDIUM: {r.choice(('No pericardial effusion.', 'Small effusion without tamponade physiology.'))}\n\n"
        "Conclusions:\n"
        f"The left ventricular ejection fraction is {r.randint(20, 70)}%. {r.choice(_TTE_COMPARISON_OPTS)} "
        "Prior outside TTE [[DATE_REAL_YEAR:recent]] at [[ORGANIZATION:med]].[[+P]]\n\n"
        f"{_common_la(r)}[[+P]]\n"
        "Sonographer: [[PERSON]], RDCS\nElectronically signed by [[PERSON:full]], MD, interpreting physician "
        f"(<<{r.choice(('Echo Lab', 'Cardiac Imaging'))}>>) on {_shifted(r)}\n[[+L]]")


def _k_tee(r: random.Random, d: _Doc) -> None:
    probe = r.choice(("X8-2t", "6VT-D", "Z6Ms"))
    d.w("TRANSESOPHAGEAL ECHOCARDIOGRAPHY REPORT\n"
        f"Study date: {_shifted(r)}   Location: {r.choice(('<<Echo Lab>>', 'CCU', '<<EP lab>>'))}\n"
        "Referring: Dr. [[PERSON:fam]]   Performing: [[PERSON:full]]\nAccession # [[ACCOUNT]]\n[[+L]]\n"
        f"Indication: {r.choice(_TEE_INDICATION_OPTS)}\n"
        f"Consent: obtained from patient; witnessed by [[PERSON]], RN.[[+P]]\n"
        f"Sedation: {r.choice(('propofol by anesthesia', 'midazolam 3 mg + fentanyl 75 mcg'))}; topical lidocaine; "
        f"probe <<{probe}>> SN [[DEVICE_ID]] passed without difficulty.\n\n"
        "FINDINGS\n"
        f"LAA: {r.choice(('no thrombus', 'dense spontaneous echo contrast, no thrombus', 'thrombus 1.1 x 0.8 cm'))}; "
        f"emptying velocity {r.randint(12, 70)} cm/s.\n"
        f"Interatrial septum: {r.choice(_TEE_SEPTUM_OPTS)}.\n"
        f"Mitral: {r.choice(('mild MR', 'severe MR, P2 flail, EROA 0.5 cm2', 'mobile 8 mm vegetation on A2'))}.\n"
        f"Aortic: {r.choice(('trileaflet, no AI', 'moderate AI', 'bioprosthesis well seated'))}.\n"
        f"Aorta: {r.choice(('simple atheroma', 'grade IV mobile atheroma arch', 'normal'))}.[[+P]]\n\n"
        f"Post-TEE DCCV: {r.choice(('200 J biphasic x1 to sinus rhythm', 'not performed', '150 J then 200 J, SR'))}.\n"
        "Pt age [[AGE_OVER_89]]; recovered in PACU, discharged with [[PERSON]].\n[[+L]]\n"
        f"IMPRESSION: {r.choice(_TEE_IMPRESSION_OPTS)} "
        f"{_common_la(r)}[[+P]]\n\n"
        "Images archived from [[IP_ADDRESS]] to PACS.\nInterpreting physician: [[PERSON:full]], MD\n[[+L]]")


def _k_ccta(r: random.Random, d: _Doc) -> None:
    score = r.choice((0, r.randint(1, 99), r.randint(100, 399), r.randint(400, 2400)))
    d.w("EXAMINATION:  CTA CORONARY ARTERIES WITH CONTRAST AND CALCIUM SCORING\n\n"
        f"INDICATION:  [[AGE_OVER_89]] year old {r.choice(('man', 'woman'))} with {r.choice(_CCTA_INDICATION_OPTS)}. "
        "Referring: [[PERSON]].[[+P]]\n\n"
        f"TECHNIQUE:  Prospectively ECG-triggered acquisition on <<{r.choice(_CT_SCANNERS)}>>. "
        f"Metoprolol {r.choice((25, 50, 100))} mg PO and nitroglycerin 0.8 mg SL given. HR during scan "
        f"{r.randint(48, 72)} bpm. "
        f"<<{r.choice(_CONTRAST_CT)}>> {r.randint(50, 110)} mL (lot <<{_lot(r)}>>, exp <<{_expiry(r)}>>).\n"
        f"DOSE:  DLP {r.randint(80, 900)} mGy-cm; CTDIvol {r.randint(3, 40)}.{r.randint(0, 9)} mGy.\n"
        f"Post-processing: <<{r.choice(('syngo.via', 'TomTec Arena', 'IntelliSpace Cardiovascular'))}>> "
        f"<<v{_version(r)}>> on [[IP_ADDRESS]].\n\n"
        "COMPARISON:  ___ ; outside images from [[ORGANIZATION:med]] dated [[DATE_REAL_YEAR:recent]].\n\n"
        f"FINDINGS:\nCoronary calcium score (<<Agatston>>): <<{score} AU>> (MESA percentile {r.randint(1, 99)}).\n"
        f"Dominance: {r.choice(('right', 'left', 'co-dominant'))}.\n"
        f"LM: {r.choice(('normal', 'minimal (<25%) calcified plaque'))}\n"
        f"LAD: {r.choice(_CCTA_LAD_OPTS)}\n"
        f"LCx: {r.choice(('normal', 'minimal plaque', 'mild stenosis OM1'))}\n"
        f"RCA: {r.choice(('normal', 'mild calcified plaque', 'moderate mid stenosis'))}\n"
        f"Non-coronary: {r.choice(_CCTA_EXTRA_OPTS)}.[[+P]]\n\n"
        "IMPRESSION:\n1. <<CAD-RADS "
        f"{r.choice(('0', '1', '2', '3', '4A', '4B'))}>>{r.choice(('', '/P1', '/P2', '/HRP'))}.\n"
        f"2. <<Calcium score {score}>>.\n3. {r.choice(_CCTA_PLAN_OPTS)} "
        f"{_common_la(r)}[[+P]]\n\n[[+L]]"
        "Accession: [[ACCOUNT]]\nDictated by: [[PERSON:full]], MD  /  Resident: [[PERSON]]\n[[+L]]")


def _k_cmr(r: random.Random, d: _Doc) -> None:
    maker, model = r.choice(_PACERS)
    d.w("EXAMINATION:  MRI CARDIAC WITH AND WITHOUT CONTRAST (STRESS/VIABILITY)\n\n"
        f"INDICATION:  {r.choice(_CMR_INDICATION_OPTS)}. "
        "Pt age [[AGE_OVER_89]].[[+P]]\n\n"
        f"TECHNIQUE:  1.5T <<{r.choice(_MR_SCANNERS)}>>. Cine SSFP, T1/T2 mapping, perfusion with "
        f"<<{r.choice(_STRESS_AGENTS)}>>, LGE. <<{r.choice(_CONTRAST_MR)}>> {r.randint(5, 15)} mL (NDC "
        f"<<{_ndc(r)}>>).\n"
        f"Device: MR-conditional <<{maker}>> <<{model}>>, serial [[DEVICE_ID]], programmed to "
        f"{r.choice(('DOO 80', 'VOO 70', 'MRI SureScan mode'))} and back; monitored by [[PERSON]], RN.[[+P]]\n\n"
        "COMPARISON:  TTE ___ ; CMR [[DATE_REAL_YEAR:recent]] at [[ORGANIZATION:med]].\n\n"
        "FINDINGS:\n"
        f"LV:  EDV index {r.randint(60, 160)} mL/m2, LVEF {r.randint(18, 68)}%, max wall thickness {r.randint(8, 31)} "
        "mm.\n"
        f"RV:  RVEF {r.randint(25, 60)}%.\n"
        f"Native T1 {r.randint(950, 1180)} ms (normal < 1050), ECV {r.randint(22, 55)}%, T2 {r.randint(42, 62)} ms.\n"
        f"LGE:  {r.choice(_CMR_LGE_OPTS)}.\n"
        f"Perfusion: {r.choice(('no inducible defect', 'inducible defect inferolateral', 'not performed'))}.\n"
        f"Extracardiac: {r.choice(('small bilateral effusions', 'none', 'hepatic cyst'))}.[[+P]]\n\n"
        f"IMPRESSION:\n{r.choice(_CMR_IMPRESSION_OPTS)} "
        f"{_common_la(r)}[[+P]]\n\n"
        f"Analysis: <<Circle cvi42>> <<v{_version(r)}>>, exported from [[IP_ADDRESS]].\n[[+L]]"
        "Accession [[ACCOUNT]]   Reader: [[PERSON:full]], MD\n")


def _k_stress(r: random.Random, d: _Doc) -> None:
    nuc = r.random() < 0.5
    stages = []
    for s in range(1, r.randint(3, 5) + 1):
        stages.append(f"| {s} | {3 * s}:00 | {1.7 + 0.8 * (s - 1):.1f} | {10 + 2 * (s - 1)} | {r.randint(90, 175)} | "
                      f"{r.randint(120, 210)}/{r.randint(60, 95)} | "
                      f"{r.choice(('0.0', '-0.5', '-1.0 hz', '-1.5 dn', '0.5 up'))} |")
    d.w(f"{'NUCLEAR ' if nuc else ''}EXERCISE STRESS TEST REPORT\n"
        f"Test date: {_shifted(r)}   Protocol: <<Bruce protocol>>   Lab: "
        f"<<{r.choice(('Nuclear Cardiology', 'Cardiology clinic'))}>>\n"
        "Pt: ___   MRN [[MRN]]   Age [[AGE_OVER_89]]   Sex ___\n"
        f"Ordering: [[PERSON]]   Supervising: [[PERSON]], NP\n[[+L]]\n"
        f"INDICATION: {r.choice(_STRESS_INDICATION_OPTS)}. "
        f"Target HR {r.randint(120, 150)} (85% of age-predicted).[[+P]]\n"
        f"Resting ECG: {_ecg(r)}.\n\n"
        "STAGE TABLE (<<GE MAC 5500>> export)\n| Stage | Time | MPH | Grade % | HR | BP | ST (mm) "
        "|\n|---|---|---|---|---|---|---|\n"
        + "\n".join(stages) + "\n"
        f"| Rec 3 min | -- | -- | -- | {r.randint(80, 120)} | {r.randint(110, 170)}/{r.randint(60, 90)} | 0.0 |\n\n"
        f"Exercise time {r.randint(3, 13)}:{r.randint(10, 59)}, {r.randint(4, 14)}.{r.randint(0, 9)} METs. "
        f"Stopped for {r.choice(('fatigue', 'dyspnea', 'leg pain', 'target HR achieved', '2 mm ST depression'))}. "
        f"<<Duke treadmill score>> (<<DTS {r.choice(('+5', '-3', '+9', '-11', '0'))}>>).[[+P]]\n\n"
        + (f"NUCLEAR: Tc-99m sestamibi rest {r.randint(8, 12)}.{r.randint(0, 9)} mCi / stress "
           f"{r.randint(25, 33)}.{r.randint(0, 9)} mCi. "
           f"Processed on <<Xeleris>> <<v{_version(r)}>>. <<SSS {r.randint(0, 14)}>>, <<SRS {r.randint(0, 6)}>>. "
           f"TID {r.randint(95, 130) / 100}. Gated EF {r.randint(35, 75)}%.[[+P]]\n\n" if nuc else "")
        + f"IMPRESSION: {r.choice(_STRESS_IMPRESSION_OPTS)} "
        f"{_common_la(r)}[[+P]]\n\n[[+L]]"
        "ECG cart [[IP_ADDRESS]]; report printed by <<MUSE>>.\nInterpreted by [[PERSON:full]], MD\n")


_KIND_FUNCS = {
    "cardiology_consult": _k_consult, "clinic_letter": _k_letter, "hf_clinic_note": _k_hf,
    "cath_lab_report": _k_cath, "ep_ablation_report": _k_ep, "device_interrogation": _k_device,
    "cardiac_rehab_note": _k_rehab, "anticoag_clinic_note": _k_anticoag, "lvad_transplant_eval": _k_lvad,
    "surgery_referral_letter": _k_referral, "tte_report": _k_tte, "tee_report": _k_tee,
    "coronary_cta": _k_ccta, "cardiac_mri": _k_cmr, "stress_test_report": _k_stress,
}

# --------------------------------------------------------------------------------------------------
# Building a note
# --------------------------------------------------------------------------------------------------

def _occurrences(text: str, needle: str) -> list[int]:
    """Start offsets of needle in text where it is not glued to a letter or digit on either side."""
    out, k = [], text.find(needle)
    while k >= 0:
        before = text[k - 1] if k else " "
        after = text[k + len(needle)] if k + len(needle) < len(text) else " "
        if not (before.isalnum() and needle[0].isalnum()) and not (after.isalnum() and needle[-1].isalnum()):
            out.append(k)
        k = text.find(needle, k + 1)
    return out


def _look_clash(text: str, spans: list[tuple[int, int, str]], look: list[str]) -> bool:
    if not spans:
        return False
    values = {text[s:e] for s, e, _ in spans}
    for la in set(look):
        if la in values:
            return True
        for k in _occurrences(text, la):
            if any(k < e and k + len(la) > s for s, e, _ in spans):
                return True
    return False


def _context_hint(cat: str, tpl: str) -> str:
    """Value shape that fits a generic context (a surname after "Dr.", a VIN after "VIN", ...)."""
    low = tpl.lower()
    if cat == "PERSON":
        return "fam" if "Dr. {v}" in tpl else ""
    if cat == "VEHICLE_ID":
        return "vin" if "vin" in low else "plate" if ("plate" in low or "tag" in low) else ""
    if cat == "LICENSE":
        return "dea" if "dea" in low else "dl" if ("driver" in low or "dl#" in low) else "prof"
    if cat == "ORGANIZATION":
        if any(w in low for w in ("employer", "works", "retired", "school")):
            return "work"
        return "med"
    return ""


def _fill(u: str, r: random.Random) -> str:
    return u.replace("{gtin}", _gtin(r)).replace("{lot}", _lot(r)).replace("{yymmdd}", _yymmdd(r))


def _attempt(seed: int, i: int, attempt: int, kind: str, role: str, cats: list[str]) -> _Doc:
    tag = f"h38:{seed}:{i}" if attempt == 0 else f"h38:{seed}:{i}:retry{attempt}"
    base = _KIND_FUNCS[kind]

    def func(r: random.Random, d: _Doc) -> None:
        base(r, d)
        d.w(_tail(r, kind in _RADIOLOGY_KINDS, kind == "coronary_cta", kind in _LETTER_LIKE))
    if role == "heavy":
        doc = _Doc(heavy_rng=random.Random(tag + ":heavy"))
        func(random.Random(tag), doc)
        return doc
    probe = _Doc()
    func(random.Random(tag), probe)
    if not cats:
        return probe
    vr = random.Random(tag + ":plants")
    slot_plants: dict[int, str] = {}
    point_plants: dict[int, list[tuple[str, str, str]]] = {}
    for cat in cats:
        own = [k for k, (c, _) in enumerate(probe.slots) if c == cat and k not in slot_plants]
        if own and vr.random() < 0.55:
            k = vr.choice(own)
            slot_plants[k] = _value(vr, cat, probe.slots[k][1])
            continue
        k = vr.randrange(len(probe.points))
        pool = _LINE_CTX[cat] if probe.points[k] == "L" else _PROSE_CTX[cat]
        tpl = _fill(vr.choice(pool), vr)
        hint = _context_hint(cat, tpl)
        point_plants.setdefault(k, []).append((tpl, _value(vr, cat, hint), cat))
    doc = _Doc(slot_plants, point_plants)
    func(random.Random(tag), doc)
    return doc


def _build_full(seed: int, i: int) -> tuple[LabelledNote, list[str], str, list[str]]:
    kind = document_kind(seed, i)
    role = _role(seed, i)
    cats = _plant_categories(seed, i)
    for attempt in range(40):
        doc = _attempt(seed, i, attempt, kind, role, cats)
        text = doc.text()
        order = sorted(range(len(doc.spans)), key=lambda k: doc.spans[k])
        spans = [doc.spans[k] for k in order]
        if not _look_clash(text, spans, doc.look) and 1100 <= len(text) <= 4500:
            note_type = "discharge" if kind in _DISCHARGE_KINDS else "radiology"
            look = list(dict.fromkeys(doc.look))
            return (LabelledNote(note_type, text, spans), look, "heavy" if role == "heavy" else "normal",
                    [doc.values[k] for k in order])
    raise RuntimeError(f"holdout38: could not build note {seed}/{i}")


def _build(seed: int, i: int) -> tuple[LabelledNote, list[str], str]:
    """(note, look-alike strings, "heavy" | "normal") for note i of the corpus with this seed."""
    note, look, role, _ = _build_full(seed, i)
    return note, look, role


def holdout38_note(seed: int, i: int) -> LabelledNote:
    return _build(seed, i)[0]


def holdout38_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout38_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = measure(
        holdout38_corpus, argv,
        "Held-out corpus 38 (written blind): cardiology and cardiac procedures - consults, clinic letters, "
        "cath/EP/device reports, rehab and anticoagulation notes, LVAD paperwork, echo/CT/MRI/stress reports.")
    report("holdout38", args, notes, hits, res)


if __name__ == "__main__":
    main()
