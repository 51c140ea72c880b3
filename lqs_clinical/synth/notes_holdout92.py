"""Held-out corpus 92: tuberculosis control and public-health case management around an admission.

MIMIC-IV-Note-shaped notes (most identifiers already ``___``; unmasked dates shifted into 2100-2200
and never labelled) in which about 58% of notes carry 1-4 identifiers that escaped masking and 5% are
heavy (many ``___``, no plants). Document kinds:

- discharge: reportable-disease case report (RVCT-style), health-department TB clinic visit note,
  directly observed therapy log (in-person and video DOT), contact-investigation roster, airborne
  isolation / discharge-clearance letter, immunization-registry (IIS) query pasted into the chart,
  state public-health laboratory mycobacteriology report (smear, NAAT, culture, susceptibility,
  genotyping, IGRA), civil-surgeon and Class B (B-waiver) follow-up, health-officer order, TB admission
  discharge summary with public-health coordination;
- radiology: chest radiograph for TB clearance, CT chest read in airborne isolation, chest radiograph
  for a Class B / Form I-693 follow-up, batch chest radiographs for a contact investigation, follow-up
  chest radiograph on DOT, ultrasound-guided lymph-node biopsy for AFB, MRI spine for Pott disease.

Label policy. PERSON is one span per name (given and family together, titles outside); LOCATION is a
place below state level (a street line is STREET_ADDRESS; town and ZIP are separate spans; states and
countries are never labelled, and "New York" alone is the state); ORGANIZATION is a named hospital,
practice, pharmacy (a chain's store too), agency, school or employer, never a generic department, and
never a drug maker, biotech or trial sponsor named as such (a jail, prison or court is one; a payer or
insurer named as such is not). DATE_REAL_YEAR is a whole date carrying a year 1900-2030 (a bare year is
not labelled; a device, drug or lot expiry date is not labelled; a death date is). AGE_OVER_89 labels
the digits of ages >= 90. DEVICE_ID is a device serial (for a GS1 UDI only the (21) serial) or a
hospital asset tag; lot, GTIN, REF, model and expiry are not identifiers. A toll-free phone number
(800, 888, 877, 866, 855, 844, 833) is a public line: never labelled; a device maker's or vendor's
toll-free fax neither, a practice's toll-free fax is FAX. ACCOUNT covers account, encounter,
incident/run, accession, order, requisition, claim and specimen numbers, and a vendor's call or session
id for the patient's encounter; HEALTH_PLAN member, subscriber and policy ids (an employer's group
number is not the member's id: leave it unlabelled); LICENSE medical, nursing, EMS, DEA and driver's
licences and a clinician's NPI. Spans hold the value only: cue words ("Dr.", "MRN:", "pager", "Fax",
"SN", "plate", "Acct") and credentials ("MD", "RN") stay outside.

Conventions of this corpus for identifiers the policy does not name. ACCOUNT: state and county
surveillance case numbers, contact-investigation numbers, public-health-laboratory accession and
specimen numbers, video-DOT session ids, interpreter call ids, IIS query message-control ids,
encounter, order and claim numbers. MRN: hospital record numbers, a TB clinic's chart number and the
immunization registry's client id. HEALTH_PLAN: Medicaid CIN, Medicare MBI, ADAP and commercial member
ids. LICENSE: NPI, state medical and nursing licences, DEA numbers, EMT certificates, driver's licences.
DEVICE_ID: loaner VDOT phone IMEIs, tablet and smart-pill-bottle serials, room-pressure monitor, PAPR
and HEPA unit serials and asset tags. VEHICLE_ID: outreach-van and patients' plates, VINs. ORGANIZATION:
hospitals, county health departments and their chest clinics, named laboratories, shelters, jails,
courts, employers, schools, pharmacies (a chain's store too), EMS agencies, civil surgeons' practices and
panel physicians' clinics abroad. LOCATION: towns, neighbourhoods, parks and yards near encampments and
cities abroad (countries never). Always masked (``___``, no category): A-numbers, passports, visas,
USCIS receipts, EDN record numbers, health-officer order and court index numbers, shelter bed numbers.
MRN also covers an EMPI number. Never labelled (look-alikes): the CDC, USCIS, IOM, WHO, the Division of
Global Migration Health, the state TB programme and state laboratory named generically, payers named as
such, drug and test makers, VDOT platforms and pill-bottle brands, genotype codes (GENType, spoligotype,
MIRU-VNTR), lot numbers, expiry dates, ICD-10 and CPT codes, public toll-free lines and public bodies'
websites, an employer's group number.

Written blind: the author read only this brief's reading list -- lqs_clinical/synth/holdout_measure.py,
the first 45 lines of lqs_clinical/synth/notes.py, /work/shared/reference/mimic-iv-schema.md and
known-data-issues.md, the masked note-shaped samples and SOURCES.md under /work/shared/data, and
pyproject.toml -- and no detector code, rule file, other corpus, test, benchmark or history.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from datetime import date, timedelta

from lqs_clinical.synth import holdout_measure
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

# --------------------------------------------------------------------------------------------------
# Surrogate values (fictitious)
# --------------------------------------------------------------------------------------------------

_GIVEN = (
    "Marisol", "Tenzin", "Abdirahman", "Rosalinda", "Jean-Baptiste", "Thanh", "Priya", "Bishnu", "Hawa",
    "Efrain", "Lucia", "Wendell", "Maribel", "Dawit", "Sokha", "Imelda", "Rigoberto", "Fatuma", "Ngozi",
    "Darnell", "Oksana", "Kiran", "Aurelio", "Mei-Ling", "Josefina", "Tomasz", "Yusuf", "Bernadette",
    "Luz", "Htoo", "Nirmala", "Esperanza", "Kwame", "Lakshmi", "Mohamed", "Ruth", "Dolores", "Anselmo",
    "Pema", "Farida", "Gideon", "Yesenia", "Quang", "Rachelle", "Teodoro", "Ifeoma", "Sabitri", "Edwige",
    "Marcus", "Consolata", "Hamza", "Lorna", "Benedicto", "Alma", "Phuong", "Rukhsana", "Silvio", "Tamar",
    "Ximena", "Wilner",
)
_FAMILY = (
    "Arce", "Dorjee", "Warsame", "Castellanos", "Pierre-Louis", "Tran", "Raghunathan", "Gurung", "Conteh",
    "Villatoro", "Okafor", "Brannigan", "Mesfin", "Chhay", "Dimaculangan", "Quispe", "Haji", "Lindqvist",
    "Kowalczyk", "Adeyemi", "Bautista", "Sherpa", "Tesfaye", "Nguyen", "Magar", "Jean-Louis", "Osei",
    "Santamaria", "Lam", "O'Rourke", "Banerjee", "Tamang", "Hussein", "Delacroix", "Esquivel", "Mwangi",
    "Rahman", "Pacheco", "Kaczmarek", "Thapa", "Fofana", "Cardenas", "Yilmaz", "Bui", "Dufresne",
    "Abubakar", "Galeano", "Petrosyan", "Rivas", "Ssempala", "Ortiz-Bello", "Kurtz", "Moua", "Xiong",
    "Achterberg", "Domingo", "Balogun", "Funes", "Ibarra", "Zewdie",
)
_INITIALS = "ABCDEFGHJKLMNPRSTW"
_AREAS = ("315", "518", "607", "716", "585", "845", "914", "631", "347", "929", "718", "646", "212", "516",
          "680", "838", "934", "332")
_TOWNS = (
    "Utica", "Rome", "Amsterdam", "Gloversville", "Oneonta", "Cortland", "Elmira", "Ithaca", "Auburn",
    "Oswego", "Fulton", "Massena", "Ogdensburg", "Saranac Lake", "Malone", "Catskill", "Kingston",
    "Newburgh", "Middletown", "Port Jervis", "Peekskill", "Ossining", "Hempstead", "Freeport", "Riverhead",
    "Patchogue", "Jamestown", "Olean", "Lockport", "Tonawanda", "Batavia", "Canandaigua", "Corning",
    "Hornell", "Norwich", "Cobleskill", "Herkimer", "Little Falls", "Schenectady", "Troy", "Cohoes",
    "Watertown", "Plattsburgh", "Glens Falls", "Binghamton", "Johnson City", "Endicott", "Poughkeepsie",
    "Beacon", "Haverstraw", "Spring Valley", "Brentwood", "Central Islip", "Wyandanch", "Mount Vernon",
    "New Rochelle", "Yonkers",
)
_HOODS = ("Jackson Heights", "Corona", "Flushing", "Sunset Park", "Washington Heights", "Mott Haven",
          "Elmhurst", "Woodside", "Kensington", "Bensonhurst", "Richmond Hill", "Parkchester", "Cornhill",
          "the Lower East Side", "Inwood")
_ORIGINS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("Philippines", ("Quezon City", "Cebu City"), "Makati Panel Physicians Clinic"),
    ("Haiti", ("Port-au-Prince", "Cap-Haitien"), "Petion-Ville Panel Physicians Office"),
    ("Nepal", ("Kathmandu", "Pokhara", "Damak"), "Baneshwor Panel Clinic"),
    ("Ethiopia", ("Addis Ababa", "Dire Dawa"), "Bole Migration Health Clinic"),
    ("Vietnam", ("Ho Chi Minh City", "Hai Phong"), "Saigon Visa Medical Center"),
    ("Somalia", ("Mogadishu", "Hargeisa"), "Hodan Panel Clinic"),
    ("Bangladesh", ("Dhaka", "Chittagong"), "Gulshan Panel Physicians"),
    ("Burma", ("Yangon", "Mandalay"), "Kamayut Panel Clinic"),
    ("Ukraine", ("Lviv", "Kharkiv"), "Podil Medical Panel Office"),
    ("Nigeria", ("Lagos", "Ibadan"), "Ikoyi Panel Physicians"),
    ("India", ("Chennai", "Ludhiana"), "Anna Nagar Panel Clinic"),
    ("Ecuador", ("Guayaquil", "Cuenca"), "Urdesa Panel Clinic"),
    ("Liberia", ("Monrovia",), "Sinkor Panel Clinic"),
    ("Honduras", ("San Pedro Sula", "Tegucigalpa"), "Colonia Palmira Panel Clinic"),
    ("Guatemala", ("Quetzaltenango",), "Vista Hermosa Panel Clinic"),
    ("Dominican Republic", ("Santiago de los Caballeros",), "Naco Panel Physicians"),
    ("Mexico", ("Ciudad Juarez", "Guadalajara"), "Chamizal Panel Clinic"),
    ("Bhutan", ("Thimphu",), "Changzamtok Panel Clinic"),
)
_ABROAD = tuple(c for _, cities, _ in _ORIGINS for c in cities)
_SITES = ("Bleecker Street Park", "Riverside Flats", "Harbor Point", "Chestnut Hill Park", "Mill Race Park",
          "Lower Canal Landing", "Oriskany Creek", "Kessler Yard")
_STREETS = (
    "Genesee St", "Bleecker Street", "Oriskany Blvd", "Elm Ave", "Lafayette Rd", "Mohawk Terrace",
    "Kemble St", "Court Street", "Whitesboro St", "Lark Street", "Central Ave", "Hamilton Pl",
    "Broadway", "Walnut Street", "Varick St", "Dudley Ave", "Chenango Street", "Cherry Lane",
    "Front St", "Seneca Turnpike", "Erie Blvd E", "Tulip Ave", "Roosevelt Ave", "Linden Blvd",
    "Main St", "Jay Street", "State St", "Pearl Street", "Commercial Dr", "Second Avenue",
)
_HOSPITALS = (
    "Mercy Hollow Medical Center", "Kessick Valley Hospital", "St. Adalbert's Hospital",
    "Larkfield General Hospital", "Tamarack Regional Medical Center", "Lower Mohawk Community Hospital",
    "Bridgewater Memorial Hospital", "Holloway-Pratt University Hospital", "Eastbrook Medical Center",
    "Our Lady of Consolation Hospital", "Glenhaven Medical Center", "Northfield Presbyterian Hospital",
)
_HDS = ("Oswell County Department of Health", "Tamarack County Health Department", "Harlow County Public Health",
        "Kessick County DOH", "Lenape County Department of Health", "Grafton County Health Department",
        "Mohegan County Health Services")
_CLINICS = ("Bellamy Street Chest Clinic", "Eastside Chest Center", "Oswell County TB Clinic",
            "Riverbend Community Health Center", "Tamarack Chest Clinic", "Harlow Family Health Center",
            "Lakeshore Pulmonary Associates")
_SHELTERS = ("Crossroads Men's Shelter", "Saint Brigid's Family Residence", "Harbor Light Mission",
             "Open Door Drop-In Center", "Safe Haven of Kessick", "Bethany House")
_JAILS = ("Oswell County Correctional Facility", "Tamarack County Jail", "Lenape County Holding Center",
          "Harlow County Detention Center")
_EMPLOYERS = ("Northstar Poultry Processing", "Brightwater Nail Salon", "Valley Fresh Packing Co.",
              "Kessick Laundry Services", "Golden Lotus Restaurant", "Atlas Home Health Aides",
              "Glenmere Nursing and Rehabilitation Center", "Pinecrest Adult Home", "Delvecchio Construction",
              "Sunrise Warehouse Logistics", "Maple Leaf Dairy Farm", "Greenfield Apple Orchards")
_SCHOOLS = ("Jefferson Heights Middle School", "Roosevelt Early Learning Center", "Mohawk Valley Community College",
            "Little Sprouts Daycare", "St. Casimir Elementary School", "Lincoln-Douglass High School",
            "Kessick State College")
_PHARMS = ("Corner Drug Pharmacy", "Halvorsen Pharmacy", "Main Street Apothecary", "Walgreens", "Kinney Drugs",
           "Genesee Community Pharmacy")
_CSPRACT = ("Lakeview Immigration Medical Services", "Harbor Civil Surgeon Associates", "Ridgeway Family Practice",
            "Eastgate Medical Group", "Kessick Immigration Physicals")
_PANEL = tuple(p for _, _, p in _ORIGINS)
_LABS = ("Northeast Reference Laboratories", "Quadrant Diagnostics", "Tri-County Public Health Laboratory",
         "Kessick Regional Lab")
_COURTS = ("Oswell County Supreme Court", "Tamarack County Court", "Harlow City Court", "Lenape County Supreme Court")
_EMS = ("Mohawk Ambulance Service", "Kessick Volunteer Ambulance Corps", "TransCare Regional EMS",
        "Lenape County EMS")
_STAFF_DOMAINS = ("oswellcountyny.gov", "tamarackhealth.org", "kessickvalley.org", "harlowpublichealth.net",
                  "mercyhollow.org", "lenapecounty.gov")
_PT_DOMAINS = ("gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_ALNUM = "ABCDEFGHJKLMNPRSTUVWXYZ23456789"
_VINCH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"

# --------------------------------------------------------------------------------------------------
# Look-alikes (never labelled)
# --------------------------------------------------------------------------------------------------

_TEST_BRANDS = ("QuantiFERON-TB Gold Plus", "T-SPOT.TB", "Tubersol", "Aplisol", "GeneXpert MTB/RIF Ultra",
                "BACTEC MGIT 960", "GenoType MTBDRplus", "Lowenstein-Jensen", "Middlebrook 7H11")
_DRUG_BRANDS = ("Priftin", "Rifadin", "Nydrazid", "Myambutol", "Sirturo", "Trecator", "Zyvox", "Levaquin",
                "Avelox", "Seromycin", "Paser granules", "Rifamate", "Rifater")
_EPONYMS = ("Ghon focus", "Ranke complex", "Pott disease", "Rasmussen aneurysm", "Poncet disease", "Simon foci",
            "Langhans giant cells", "Ziehl-Neelsen stain", "Kinyoun stain", "Koch's bacillus", "Addison disease",
            "Stevens-Johnson syndrome", "Lady Windermere syndrome", "Kerley B lines", "Fleischner Society",
            "Hounsfield units", "Snellen chart", "Ishihara plates", "Amsler grid", "Mantoux technique",
            "Horner syndrome", "Seldinger technique")
_KIT_BRANDS = ("3M Versaflo", "PortaCount", "Wisepill", "SOMATOM Force", "Aquilion ONE", "Omnipaque 350",
               "Gadavist", "Isovue-370", "emocha", "SureAdhere", "Vantage Elan", "Definium 656", "PowerScribe 360")
_MAKERS = ("Sanofi Pasteur", "Qiagen", "Oxford Immunotec", "Cepheid", "Becton Dickinson", "Lupin")
_BODIES = ("Centers for Disease Control and Prevention", "USCIS", "Division of Global Migration Health",
           "World Health Organization", "International Organization for Migration", "Medicaid", "Medicare",
           "Child Health Plus", "Harborline Health Plan")
_PUBLIC = ("1-800-232-4636", "1-888-364-4723", "800-342-9871", "www.cdc.gov/tb", "https://www.cdc.gov/tb/hcp/",
           "www.who.int/tb", "www.uscis.gov/i-693")
_DEPTS = ("Infection Prevention", "Employee Health", "Health Information Management", "Pulmonary clinic",
          "Case Management", "the state TB program", "state public health laboratory", "Radiology Department")
_STATES = ("New York", "New Jersey", "Pennsylvania", "Connecticut", "Vermont", "Massachusetts")
_COUNTRIES = tuple(c for c, _, _ in _ORIGINS)

EPONYMS_AND_BRANDS: tuple[str, ...] = tuple(sorted(set(
    _TEST_BRANDS + _DRUG_BRANDS + _EPONYMS + _KIT_BRANDS + _MAKERS + _BODIES + _PUBLIC + _DEPTS + _STATES
    + _COUNTRIES)))

_LK = re.compile(r"\[\[(.+?)\]\]")

# --------------------------------------------------------------------------------------------------
# Value generators
# --------------------------------------------------------------------------------------------------


def _person(r: random.Random) -> str:
    g, f = r.choice(_GIVEN), r.choice(_FAMILY)
    k = r.randrange(8)
    if k == 0:
        return f"{f}, {g}"
    if k == 1:
        return f"{g} {r.choice(_INITIALS)}. {f}"
    if k == 2:
        return f"{f.upper()}, {g.upper()}"
    if k == 3:
        return f"{g} {f} {r.choice(_FAMILY)}"
    if k == 4:
        return f"{g.upper()} {f.upper()}"
    return f"{g} {f}"


def _person_lf(r: random.Random) -> str:
    f, g = r.choice(_FAMILY), r.choice(_GIVEN)
    return r.choice((f"{f}, {g}", f"{f.upper()}, {g}", f"{f.upper()}, {g.upper()}", f"{f}, {g} {r.choice(_INITIALS)}."))


def _phone(r: random.Random) -> str:
    a, b, c = r.choice(_AREAS), r.randint(201, 989), r.randint(0, 9999)
    return (f"({a}) {b}-{c:04d}", f"{a}-{b}-{c:04d}", f"{a}.{b}.{c:04d}", f"+1 {a} {b} {c:04d}", f"1-{a}-{b}-{c:04d}",
            f"{a} {b} {c:04d}", f"({a}){b}-{c:04d}", f"{a}/{b}-{c:04d}")[r.randrange(8)]


def _pager(r: random.Random) -> str:
    k = r.randrange(5)
    if k == 0:
        return f"{r.randint(2, 9)}-{r.randint(1000, 9999)}"
    if k == 1:
        return f"{r.randint(10000, 99999)}"
    if k == 2:
        return f"{r.randint(201, 989)}-{r.randint(1000, 9999)}"
    if k == 3:
        return f"{r.randint(1000, 9999)}"
    return _phone(r)


def _clean(s: str) -> str:
    return re.sub(r"[^a-z]", "", s.lower())


def _email_staff(r: random.Random) -> str:
    g, f = _clean(r.choice(_GIVEN)), _clean(r.choice(_FAMILY))
    local = r.choice((f"{g}.{f}", f"{g[0]}{f}", f"{f}.{g[0]}", f"{g}_{f}", f"{f}{g[0]}{r.randint(1, 9)}"))
    return f"{local}@{r.choice(_STAFF_DOMAINS)}"


def _email_pt(r: random.Random) -> str:
    g, f = _clean(r.choice(_GIVEN)), _clean(r.choice(_FAMILY))
    local = r.choice((f"{g}.{f}{r.randint(1, 99)}", f"{g}{f}", f"{f}_{g}{r.randint(60, 99)}", f"{g[0]}.{f}",
                      f"{g}{r.randint(100, 9999)}"))
    return f"{local}@{r.choice(_PT_DOMAINS)}"


def _email(r: random.Random) -> str:
    return _email_staff(r) if r.random() < 0.5 else _email_pt(r)


def _tok(r: random.Random, lo: int = 6, hi: int = 10) -> str:
    return "".join(r.choice(_ALNUM) for _ in range(r.randint(lo, hi)))


def _url_vdot(r: random.Random) -> str:
    k = r.randrange(3)
    if k == 0:
        return f"https://vdot.{r.choice(_STAFF_DOMAINS)}/s/{_tok(r)}"
    if k == 1:
        return f"https://join.{r.choice(_STAFF_DOMAINS)}/dot/{_tok(r, 8, 12).lower()}"
    return f"vdot.{r.choice(_STAFF_DOMAINS)}/enroll?u={r.randint(100000, 999999)}"


def _url_social(r: random.Random) -> str:
    g, f = _clean(r.choice(_GIVEN)), _clean(r.choice(_FAMILY))
    k = r.randrange(4)
    if k == 0:
        return f"facebook.com/{g}.{f}.{r.randint(1, 99)}"
    if k == 1:
        return f"www.instagram.com/{g}_{f}{r.randint(1, 999)}"
    if k == 2:
        return f"https://www.tiktok.com/@{g}{f}{r.randint(1, 99)}"
    return f"https://m.facebook.com/profile.php?id={r.randint(100000000000, 999999999999)}"


def _url_portal(r: random.Random) -> str:
    k = r.randrange(3)
    if k == 0:
        return f"https://portal.{r.choice(_STAFF_DOMAINS)}/mychart/pt/{r.randint(1000000, 9999999)}"
    if k == 1:
        return f"http://ci.{r.choice(_STAFF_DOMAINS)}/roster?case={r.randint(100000, 999999)}"
    return f"https://{r.choice(_STAFF_DOMAINS)}/dotcal/{_tok(r, 10, 12).lower()}"


def _url(r: random.Random) -> str:
    return r.choice((_url_vdot, _url_social, _url_portal))(r)


def _ip(r: random.Random) -> str:
    k = r.randrange(6)
    if k == 0:
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k == 1:
        return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k == 2:
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k == 3:
        return f"2600:{r.randint(4096, 65535):x}:{r.randint(4096, 65535):x}::{r.randint(1, 4095):x}"
    first = r.choice((24, 66, 68, 71, 74, 98, 108, 173, 209))
    return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def _ssn(r: random.Random) -> str:
    a = r.randint(101, 665)
    g, s = r.randint(1, 99), r.randint(1, 9999)
    return (f"{a:03d}-{g:02d}-{s:04d}", f"{a:03d} {g:02d} {s:04d}", f"{a:03d}{g:02d}{s:04d}",
            f"{a:03d}-{g:02d}-{s:04d}")[r.randrange(4)]


def _mrn(r: random.Random) -> str:
    k = r.randrange(4)
    if k == 0:
        return f"{r.randint(1000000, 99999999)}"
    if k == 1:
        return f"00{r.randint(1000000, 9999999)}"
    if k == 2:
        return f"M{r.randint(100000, 9999999)}"
    return f"{r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(1, 9)}"


def _chart(r: random.Random) -> str:
    return r.choice((f"TB-{r.randint(10000, 99999)}", f"C{r.randint(100000, 999999)}",
                     f"{r.randint(1000, 9999)}-TBC", f"{r.randint(100000, 999999)}"))


def _iis(r: random.Random) -> str:
    return r.choice((f"{r.randint(1000000000, 9999999999)}", f"IIS{r.randint(1000000, 9999999)}",
                     f"{r.randint(10000000, 99999999)}"))


def _case(r: random.Random) -> str:
    return r.choice((f"{r.randint(1000000, 99999999)}", f"TB-{r.randint(100000, 999999)}",
                     f"CD{r.randint(1000000, 9999999)}",
                     f"{r.choice('NKTLH')}{r.randint(10, 99)}-{r.randint(10000, 99999)}",
                     f"RVCT-{r.randint(10000, 99999)}"))


def _acc(r: random.Random) -> str:
    return r.choice((f"M{r.randint(10, 99)}-{r.randint(100000, 999999)}", f"PHL{r.randint(1000000, 9999999)}",
                     f"W{r.randint(1000000, 9999999)}", f"{r.randint(10, 99)}MB{r.randint(10000, 99999)}",
                     f"AFB-{r.randint(100000, 999999)}"))


def _spec(r: random.Random) -> str:
    return r.choice((f"SP-{r.randint(1000000, 9999999)}", f"{r.randint(10000000, 99999999)}",
                     f"S{r.randint(100000, 999999)}-{r.randint(1, 3)}", f"SPT{r.randint(10000, 99999)}"))


def _enc(r: random.Random) -> str:
    return r.choice((f"E{r.randint(100000000, 999999999)}", f"{r.randint(3000000000, 3999999999)}",
                     f"ENC-{r.randint(1000000, 9999999)}", f"V{r.randint(1000000, 9999999)}"))


def _vdot(r: random.Random) -> str:
    return r.choice((f"vs-{_tok(r, 8, 8).lower()}", f"SES-{r.randint(10000, 99999)}-{r.choice('ABCDEFGH')}",
                     f"{_tok(r, 4, 4)}-{_tok(r, 4, 4)}-{_tok(r, 4, 4)}", f"V{r.randint(1000000, 9999999)}"))


def _ci(r: random.Random) -> str:
    return r.choice((f"CI-{r.randint(1000, 9999)}-{r.randint(1, 40):02d}", f"CI{r.randint(100000, 999999)}",
                     f"{r.randint(100, 999)}-CI-{r.randint(1000, 9999)}"))


def _claim(r: random.Random) -> str:
    return r.choice((f"CLM-{r.randint(10000000, 99999999)}", f"{r.randint(100000000000, 999999999999)}",
                     f"{r.randint(1000, 9999)}-{r.randint(100000, 999999)}"))


def _interp(r: random.Random) -> str:
    return r.choice((f"{r.randint(1000000, 9999999)}", f"LL-{r.randint(100000, 999999)}",
                     f"VRI{r.randint(10000000, 99999999)}"))


def _qry(r: random.Random) -> str:
    return r.choice((f"QRY{r.randint(10000000, 99999999)}", f"{r.randint(100000000000, 999999999999)}",
                     f"Q-{_tok(r, 6, 6)}-{r.randint(10, 99)}"))


def _order(r: random.Random) -> str:
    return r.choice((f"ORD{r.randint(1000000, 9999999)}", f"{r.randint(10000000, 99999999)}",
                     f"RQ-{r.randint(100000, 999999)}"))


def _account(r: random.Random) -> str:
    return r.choice((_case, _acc, _spec, _enc, _vdot, _ci, _claim, _order))(r)


def _cin(r: random.Random) -> str:
    u = "ABCDEFGHJKLMNPRSTVWXYZ"
    return f"{r.choice(u)}{r.choice(u)}{r.randint(10000, 99999)}{r.choice(u)}"


def _mbi(r: random.Random) -> str:
    al = "ACDEFGHJKMNPQRTUVWXY"
    an = al + "0123456789"
    s = (f"{r.randint(1, 9)}{r.choice(al)}{r.choice(an)}{r.randint(0, 9)}",
         f"{r.choice(al)}{r.choice(an)}{r.randint(0, 9)}",
         f"{r.choice(al)}{r.choice(al)}{r.randint(0, 9)}{r.randint(0, 9)}")
    return "-".join(s) if r.random() < 0.5 else "".join(s)


def _member(r: random.Random) -> str:
    return r.choice((f"{r.choice(('XJH', 'ZHP', 'KNY', 'W', 'H'))}{r.randint(100000000, 999999999)}",
                     f"{r.randint(100000000, 999999999)}-{r.randint(1, 3):02d}",
                     f"{_tok(r, 3, 3)}{r.randint(1000000, 9999999)}"))


def _adap(r: random.Random) -> str:
    return r.choice((f"A{r.randint(1000000, 9999999)}", f"{r.randint(100000, 999999)}-AD"))


def _plan_id(r: random.Random) -> str:
    return r.choice((_cin, _mbi, _member, _adap))(r)


def _npi(r: random.Random) -> str:
    return f"{r.choice('12')}{r.randint(0, 999999999):09d}"


def _mdlic(r: random.Random) -> str:
    n = r.randint(180000, 330000)
    return r.choice((f"{n}", f"{n:07d}", f"0{n}", f"{n // 1000}-{n % 1000:03d}"))


def _rnlic(r: random.Random) -> str:
    n = r.randint(500000, 780000)
    return r.choice((f"{n}", f"{n}-1", f"0{n}", f"{n // 1000} {n % 1000:03d}"))


def _dea(r: random.Random) -> str:
    return f"{r.choice('ABFM')}{r.choice('ABCDEFGHKLMNPRSTW')}{r.randint(1000000, 9999999)}"


def _dl(r: random.Random) -> str:
    a, b, c = r.randint(100, 999), r.randint(100, 999), r.randint(100, 999)
    return r.choice((f"{a} {b} {c}", f"{a}{b}{c}", f"{r.choice('ABDHKMSW')}{a}{b}{c % 100:02d}"))


def _emt(r: random.Random) -> str:
    return r.choice((f"{r.randint(100000, 999999)}", f"EMT-{r.randint(10000, 99999)}"))


def _license(r: random.Random) -> str:
    return r.choice((_npi, _mdlic, _rnlic, _dea, _dl, _emt))(r)


def _zip(r: random.Random) -> str:
    z = f"1{r.randint(0, 4)}{r.randint(0, 999):03d}"
    return z if r.random() < 0.75 else f"{z}-{r.randint(1, 9999):04d}"


def _street(r: random.Random) -> str:
    n = r.randint(2, 2899)
    s = r.choice(_STREETS)
    k = r.randrange(7)
    if k == 0:
        return f"{n} {s}, Apt {r.randint(1, 6)}{r.choice('ABCDF')}"
    if k == 1:
        return f"{n}-{r.choice('AB')} {s}"
    if k == 2:
        return f"{n} {s} #{r.randint(2, 40)}"
    if k == 3:
        return f"{n} {r.choice(('W.', 'E.', 'N.', 'S.'))} {s}"
    if k == 4:
        return f"{n} {s.upper()}"
    return f"{n} {s}"


def _date(r: random.Random, lo: int = 1948, hi: int = 2024) -> str:
    y, m, d = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
    mon = _MONTHS[m - 1]
    return (f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{mon} {d}, {y}", f"{d} {mon[:3]} {y}",
            f"{d:02d}-{mon[:3].upper()}-{y}", f"{mon[:3]} {d} {y}", f"{m:02d}-{d:02d}-{y}")[r.randrange(8)]


def _dob(r: random.Random) -> str:
    return _date(r, 1926, 2008)


def _event_date(r: random.Random) -> str:
    return _date(r, 1995, 2024)


def _age(r: random.Random) -> str:
    return str(r.randint(90, 104))


def _serial(r: random.Random) -> str:
    return r.choice((f"{_tok(r, 3, 3)}-{r.randint(10000, 99999)}",
                     f"{r.randint(10, 99)}{_tok(r, 2, 2)}{r.randint(10000, 99999)}",
                     f"{_tok(r, 4, 4)}-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}",
                     f"SER{r.randint(100000, 999999)}",
                     f"{r.randint(100000000, 999999999)}"))


def _imei(r: random.Random) -> str:
    d = f"35{r.randint(0, 9999999999999):013d}"
    return d if r.random() < 0.6 else f"{d[:2]}-{d[2:8]}-{d[8:14]}-{d[14]}"


def _asset(r: random.Random) -> str:
    return r.choice((f"BME-{r.randint(10000, 99999)}", f"{r.randint(100000, 999999)}",
                     f"HEPA{r.randint(100, 999)}-{r.randint(10, 99)}",
                     f"AT{r.randint(1000000, 9999999)}"))


def _device(r: random.Random) -> str:
    return r.choice((_serial, _imei, _asset))(r)


def _plate(r: random.Random) -> str:
    u = "ABCDEFGHJKLMNPRSTUVWXYZ"
    a = "".join(r.choice(u) for _ in range(3))
    return r.choice((f"{a}-{r.randint(1000, 9999)}", f"{a} {r.randint(1000, 9999)}", f"{a}{r.randint(1000, 9999)}",
                     f"{r.randint(10, 99)}{a[:2]}{r.randint(100, 999)}", f"{r.randint(10000, 99999)}-MA"))


def _vin(r: random.Random) -> str:
    v = "".join(r.choice(_VINCH) for _ in range(11))
    return f"{r.choice('12345JKW')}{v[:7]}{r.randint(0, 9)}{v[7:]}{r.randint(10000, 99999)}"[:17]


def _vehicle(r: random.Random) -> str:
    return _vin(r) if r.random() < 0.3 else _plate(r)


def _town(r: random.Random) -> str:
    return r.choice(_TOWNS)


def _abroad(r: random.Random) -> str:
    return r.choice(_ABROAD)


def _hood(r: random.Random) -> str:
    return r.choice(_HOODS + _TOWNS[:12])


def _site(r: random.Random) -> str:
    return r.choice(_SITES)


def _place(r: random.Random) -> str:
    return r.choice((_town, _town, _abroad, _hood, _site))(r)


def _org(r: random.Random) -> str:
    return r.choice(r.choice((_HOSPITALS, _HDS, _CLINICS, _SHELTERS, _JAILS, _EMPLOYERS, _SCHOOLS, _PHARMS,
                              _CSPRACT, _LABS, _COURTS)))


def _pick(pool: tuple[str, ...]) -> Callable[[random.Random], str]:
    return lambda r: r.choice(pool)


_GEN: dict[str, Callable[[random.Random], str]] = {
    "person": _person, "person_lf": _person_lf, "phone": _phone, "pager": _pager, "email": _email,
    "email_staff": _email_staff, "email_pt": _email_pt, "url": _url, "url_vdot": _url_vdot,
    "url_social": _url_social, "url_portal": _url_portal, "ip": _ip, "ssn": _ssn, "mrn": _mrn,
    "chart": _chart, "iis": _iis, "case": _case, "acc": _acc, "spec": _spec, "enc": _enc, "vdot": _vdot,
    "ci": _ci, "claim": _claim, "interp": _interp, "qry": _qry, "order": _order, "account": _account,
    "cin": _cin, "mbi": _mbi, "member": _member, "adap": _adap, "plan": _plan_id, "npi": _npi,
    "mdlic": _mdlic, "rnlic": _rnlic, "dea": _dea, "dl": _dl, "emt": _emt, "license": _license, "zip": _zip,
    "street": _street, "date": _date, "dob": _dob, "edate": _event_date, "age": _age, "serial": _serial,
    "imei": _imei, "asset": _asset, "device": _device, "plate": _plate, "vin": _vin, "vehicle": _vehicle,
    "town": _town, "abroad": _abroad, "hood": _hood, "site": _site, "place": _place, "org": _org,
    "hosp": _pick(_HOSPITALS), "hd": _pick(_HDS), "clinic": _pick(_CLINICS), "shelter": _pick(_SHELTERS),
    "jail": _pick(_JAILS), "employer": _pick(_EMPLOYERS), "school": _pick(_SCHOOLS), "pharm": _pick(_PHARMS),
    "cs": _pick(_CSPRACT), "panel": _pick(_PANEL), "lab": _pick(_LABS), "court": _pick(_COURTS),
    "ems": _pick(_EMS),
}

# --------------------------------------------------------------------------------------------------
# Look-alike values generated per note
# --------------------------------------------------------------------------------------------------


def _sdate(r: random.Random) -> str:
    y, m, d = r.randint(2110, 2195), r.randint(1, 12), r.randint(1, 28)
    return (f"{y}-{m:02d}-{d:02d}", f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{_MONTHS[m - 1]} {d}, "
        f"{y}")[r.randrange(4)]


def _sdate_run(r: random.Random, n: int) -> list[str]:
    """n consecutive-ish shifted dates in one format (a log's date column)."""
    day = date(r.randint(2110, 2195), r.randint(1, 12), r.randint(1, 28))
    fmt = r.randrange(3)
    out = []
    for _ in range(n):
        out.append((f"{day.year}-{day.month:02d}-{day.day:02d}", f"{day.month}/{day.day}/{day.year}",
                    f"{day.month:02d}/{day.day:02d}/{day.year}")[fmt])
        day += timedelta(days=r.choice((1, 1, 1, 2, 3)))
    return out


def _expiry(r: random.Random) -> str:
    y, m, d = r.randint(2024, 2029), r.randint(1, 12), r.randint(1, 28)
    return (f"{y}-{m:02d}-{d:02d}", f"{m:02d}/{d:02d}/{y}", f"{m:02d}/{y}")[r.randrange(3)]


def _lot(r: random.Random) -> str:
    return r.choice((f"C{r.randint(1000, 9999)}AA", f"{r.randint(100000, 999999)}", f"L{r.randint(10000, 99999)}B",
                     f"{_tok(r, 2, 2)}{r.randint(1000, 9999)}"))


def _gentype(r: random.Random) -> str:
    return r.choice((f"G{r.randint(10000, 29999)}", f"PCR{r.randint(10000, 39999):05d}", f"GENType "
        f"G{r.randint(1000, 9999):05d}"))


def _spoligo(r: random.Random) -> str:
    return "".join(r.choice("01234567") if k > 9 else "7" for k in range(15))


def _miru(r: random.Random) -> str:
    return "".join(str(r.randint(1, 7)) for _ in range(24))


# --------------------------------------------------------------------------------------------------
# Generic contexts for identifiers that did not land in a kind's own fields
# --------------------------------------------------------------------------------------------------

_GENERIC: dict[str, tuple[tuple[str, str], ...]] = {
    "PHONE": (
        ("Patient's cell for VDOT reminders (confirmed at bedside): {V}\n", "phone"),
        ("| Best contact number | {V} | texts preferred, Spanish |\n", "phone"),
        ("Outreach called the sister at {V}; voicemail full, letter sent to last known address.\n", "phone"),
        ("  Tel:{V}   (home landline, shared with roommates)\n", "phone"),
        ("Alternate contact -- cousin ___ -- ph# {V}\n", "phone"),
        ("Employer's HR office {V} called about the work-clearance letter; spoke with ___.\n", "phone"),
        ("Pt reachable on WhatsApp at {V} while visiting family abroad; [[the state TB program]] notified.\n", "phone"),
        ("Contact information updated in the TB registry: mobile\n{V} (new prepaid phone, old one lost).\n", "phone"),
        ("Nurse line for the county chest clinic: {V} (weekdays 8-4); after hours [[1-888-364-4723]].\n", "phone"),
    ),
    "FAX": (
        ("Please fax the signed clearance to {V} (attn: TB program nurse).\n", "phone"),
        ("fax# {V}\n", "phone"),
        ("F: {V}   |   cover sheet: ___ pages\n", "phone"),
        ("Results faxed to the civil surgeon's office at {V} at the patient's request.\n", "phone"),
        ("Facsimile: {V} -- confirm receipt by phone\n", "phone"),
        ("Return the completed RVCT by fax ({V}); do not e-mail PHI.\n", "phone"),
        ("Clinic FAX:{V}\n", "phone"),
        ("Susceptibility results to be faxed to the ordering clinic, fax no. {V}.\n", "phone"),
    ),
    "PAGER": (
        ("Page the TB control physician on call: pager {V}\n", "pager"),
        ("ID fellow (pgr {V}) aware of smear result.\n", "pager"),
        ("Beeper {V} -- infection prevention, nights and weekends\n", "pager"),
        ("Reached ___ via pager #{V} at 14:20; agrees with isolation plan.\n", "pager"),
        ("Reading room paged the covering resident at {V} regarding the cavity.\n", "pager"),
        ("P: {V}\n", "pager"),
        ("On-call contact: pgr. {V} (ask the operator to overhead if no callback)\n", "pager"),
    ),
    "EMAIL": (
        ("Send the DOT calendar to the nurse case manager: {V}\n", "email_staff"),
        ("e-mail: {V}\n", "email"),
        ("Pt asked that VDOT invitations go to {V} instead of SMS.\n", "email_pt"),
        ("cc: {V}\n", "email_staff"),
        ("Secure message with the lab PDF sent to {V} (encrypted).\n", "email_staff"),
        ("Contact by email ({V}) per patient preference; no listed phone.\n", "email_pt"),
        ("Daughter's email for appointment reminders -- {V}\n", "email_pt"),
    ),
    "URL": (
        ("VDOT enrollment link sent by text: {V}\n", "url_vdot"),
        ("Contact located via social media profile {V}; outreach worker sent a message.\n", "url_social"),
        ("Patient portal link (proxy access for daughter): {V}\n", "url_portal"),
        ("Outreach noted the contact posts from {V} -- used only to confirm current town.\n", "url_social"),
        ("Session replay: {V}\n", "url_vdot"),
        ("Link to the patient's DOT calendar: {V} (do not forward)\n", "url_portal"),
        ("Roster entry (county CI module): {V}\n", "url_portal"),
    ),
    "IP_ADDRESS": (
        ("[audit] VDOT upload accepted from {V} (mobile network)\n", "ip"),
        ("IIS web-service request logged; client IP {V}\n", "ip"),
        ("Last portal login from {V}; flagged for out-of-state access.\n", "ip"),
        ("src={V} dst=___ action=ALLOW app=vdot-upload\n", "ip"),
        ("Video visit connected from address {V} (patient's home Wi-Fi).\n", "ip"),
        ("Remote reading workstation {V} used for the preliminary read.\n", "ip"),
    ),
    "SSN": (
        ("SSN: {V} (needed for the Medicaid application, verified by the financial counselor)\n", "ssn"),
        ("Soc. Sec. # {V}\n", "ssn"),
        ("RVCT item 'Social Security Number' completed: {V}.\n", "ssn"),
        ("| SSN | {V} |\n", "ssn"),
        ("Patient recited SS number {V} for identity check before DOT enrollment.\n", "ssn"),
        ("social security no {V} on the incentive gift-card log\n", "ssn"),
    ),
    "MRN": (
        ("Hospital MRN {V} linked to the TB registry record.\n", "mrn"),
        ("MR#:{V}\n", "mrn"),
        ("Chart number at the county TB clinic: {V}\n", "chart"),
        ("Medical record no. {V} (merged with a prior registration)\n", "mrn"),
        ("EMPI {V}\n", "mrn"),
        ("IIS client ID {V} (registry match, score 0.97)\n", "iis"),
        ("| Unit No | {V} |\n", "mrn"),
    ),
    "ACCOUNT": (
        ("State case number {V} assigned in the surveillance system.\n", "case"),
        ("Accession {V} -- culture, [[state public health laboratory]]\n", "acc"),
        ("Encounter #{V}\n", "enc"),
        ("VDOT session id: {V}\n", "vdot"),
        ("Contact investigation no. {V} opened by the county.\n", "ci"),
        ("Specimen ID {V} (sputum, induced)\n", "spec"),
        ("Claim {V} submitted for the IGRA.\n", "claim"),
        ("Interpreter call ID {V} (Nepali, video)\n", "interp"),
        ("Order {V} -- [[QuantiFERON-TB Gold Plus]], 4 tubes\n", "order"),
        ("Acct: {V}\n", "enc"),
    ),
    "HEALTH_PLAN": (
        ("Medicaid CIN {V}\n", "cin"),
        ("Medicare MBI: {V}\n", "mbi"),
        ("Member ID {V} (managed Medicaid)\n", "member"),
        ("ADAP enrollment no. {V}\n", "adap"),
        ("Subscriber ID {V}; group 004471 (employer plan through the poultry plant)\n", "member"),
        ("| Insurance ID | {V} |\n", "plan"),
        ("Policy #{V} -- student health plan\n", "member"),
    ),
    "LICENSE": (
        ("NPI {V}\n", "npi"),
        ("RN lic. {V}\n", "rnlic"),
        ("DEA# {V}\n", "dea"),
        ("NYS license no. {V}\n", "mdlic"),
        ("Driver's license {V} shown as ID at DOT intake.\n", "dl"),
        ("EMT cert {V} (transport crew lead)\n", "emt"),
        ("Ordering provider NPI:{V}\n", "npi"),
    ),
    "ZIP": (
        ("ZIP {V}\n", "zip"),
        ("Residence ZIP code {V} falls inside the county's cluster-review zone.\n", "zip"),
        ("___, [[New York]] {V}\n", "zip"),
        ("| ZIP | {V} |\n", "zip"),
        ("Zip:{V}\n", "zip"),
        ("Mailing ZIP changed to {V} after the move.\n", "zip"),
    ),
    "STREET_ADDRESS": (
        ("Field DOT site: {V} (side door, ring twice)\n", "street"),
        ("Home address on file: {V}\n", "street"),
        ("Outreach visit at {V}; no answer, door hanger left.\n", "street"),
        ("Mailing address: {V}, ___\n", "street"),
        ("| Residence | {V} |\n", "street"),
        ("Patient moved to {V} (basement unit) -- household list updated.\n", "street"),
    ),
    "DATE_REAL_YEAR": (
        ("Prior TST documented {V} (15 mm, not treated).\n", "edate"),
        ("Date of US arrival: {V}\n", "edate"),
        ("BCG given in infancy; foreign card dated {V}.\n", "dob"),
        ("DOB: {V}\n", "dob"),
        ("Previous TB treatment completed {V} per the patient's card.\n", "edate"),
        ("Date of death (index case's spouse): {V}\n", "edate"),
        ("Panel physician exam on {V}.\n", "edate"),
    ),
    "AGE_OVER_89": (
        ("Household includes the patient's grandmother, age {V}, bed-bound.\n", "age"),
        ("Contact is a {V}-year-old man on the same nursing-home wing.\n", "age"),
        ("| Age | {V} |\n", "age"),
        ("Age: {V} yrs\n", "age"),
        ("Oldest contact {V} y/o, dementia; chest film only (no IGRA).\n", "age"),
        ("Pt is {V} years old and declined bronchoscopy.\n", "age"),
    ),
    "DEVICE_ID": (
        ("Loaner VDOT phone IMEI {V}\n", "imei"),
        ("Portable HEPA unit asset tag {V} placed in the room.\n", "asset"),
        ("Room pressure monitor SN {V} alarm tested, -2.5 Pa.\n", "serial"),
        ("PAPR blower serial {V} issued to transport staff.\n", "serial"),
        ("Smart pill bottle ([[Wisepill]]) serial {V}\n", "serial"),
        ("Tablet S/N {V} returned at treatment completion.\n", "serial"),
    ),
    "VEHICLE_ID": (
        ("Outreach van plate {V}\n", "plate"),
        ("Field DOT given in the patient's car, plate {V}, parked at the worksite.\n", "plate"),
        ("Transport ambulance plate {V}\n", "plate"),
        ("Patient lives in a camper, VIN {V}; DOT delivered on site.\n", "vin"),
        ("Truck VIN {V} -- patient is a long-haul driver; route plan discussed.\n", "vin"),
        ("Car reg. {V} (patient drives himself to clinic DOT)\n", "plate"),
    ),
    "PERSON": (
        ("TB nurse case manager: {V}, RN\n", "person"),
        ("Outreach worker {V} observed the dose.\n", "person"),
        ("Spoke with the patient's wife, {V}, by phone.\n", "person"),
        ("Index case: {V}\n", "person"),
        ("Interpreter {V} present throughout.\n", "person"),
        ("Dr. {V} (TB control) agrees with the plan.\n", "person"),
        ("-- {V}, MD, County TB Control Physician\n", "person"),
    ),
    "LOCATION": (
        ("Patient lived in {V} until last month, then moved in with relatives.\n", "town"),
        ("Born in {V}; arrived in the United States as a teenager.\n", "abroad"),
        ("Travel: visited family in {V} for 3 months.\n", "abroad"),
        ("Worksite is in {V}; employer notified with consent.\n", "town"),
        ("Stays at an encampment near {V}; outreach to bring DOT there.\n", "site"),
        ("| Town | {V} |\n", "town"),
        ("Lives in {V} with five others in a two-bedroom apartment.\n", "hood"),
    ),
    "ORGANIZATION": (
        ("Employer: {V} (notified with patient's consent)\n", "employer"),
        ("Discharged to {V} with DOT arranged there.\n", "shelter"),
        ("Case reported to {V} on hospital day 1.\n", "hd"),
        ("Previously evaluated at {V} for cough.\n", "hosp"),
        ("Medications dispensed by {V} in DOT packets.\n", "pharm"),
        ("Child attends {V}; school nurse contacted for contact screening.\n", "school"),
        ("Recently released from {V}; jail medical records requested.\n", "jail"),
    ),
}

_DEFAULT_GEN = {
    "PHONE": "phone", "FAX": "phone", "PAGER": "pager", "EMAIL": "email", "URL": "url", "IP_ADDRESS": "ip",
    "SSN": "ssn", "MRN": "mrn", "ACCOUNT": "account", "HEALTH_PLAN": "plan", "LICENSE": "license", "ZIP": "zip",
    "STREET_ADDRESS": "street", "DATE_REAL_YEAR": "date", "AGE_OVER_89": "age", "DEVICE_ID": "device",
    "VEHICLE_ID": "vehicle", "PERSON": "person", "LOCATION": "place", "ORGANIZATION": "org",
}


class _W:
    """Accumulates text, labelled spans and look-alikes; fills identifier fields from the plan."""

    def __init__(self, rng: random.Random, plan: list[str]) -> None:
        self.r = rng
        self.plan = list(plan)
        self.parts: list[str] = []
        self.n = 0
        self.spans: list[tuple[int, int, str]] = []
        self.look: list[str] = []
        self.note_type = "discharge"
        self.used: set[str] = set()

    def t(self, s: str) -> None:
        self.parts.append(s)
        self.n += len(s)

    def lk(self, s: str) -> None:
        if len(s) >= 5:
            self.look.append(s)
        self.t(s)

    def tx(self, s: str) -> None:
        for k, seg in enumerate(_LK.split(s)):
            if seg:
                (self.lk if k % 2 else self.t)(seg)

    def lab(self, value: str, cat: str) -> None:
        start = self.n
        self.t(value)
        self.spans.append((start, self.n, cat))

    def f(self, cat: str, gen: str | None = None, p: float = 1.0, masked: str = "___") -> bool:
        """A field that may hold category `cat`: the value if planned (with probability p), else `masked`."""
        if cat in self.plan and (p >= 1.0 or self.r.random() < p):
            self.plan.remove(cat)
            self.lab(_GEN[gen or _DEFAULT_GEN[cat]](self.r), cat)
            return True
        self.tx(masked)
        return False

    def fv(self, cat: str, value: str, p: float = 1.0, masked: str = "___") -> bool:
        """Like f, with the value chosen by the caller (kept consistent with the rest of the note)."""
        if cat in self.plan and (p >= 1.0 or self.r.random() < p):
            self.plan.remove(cat)
            self.lab(value, cat)
            return True
        self.tx(masked)
        return False

    def generic(self, cat: str) -> None:
        tpl, gen = self.r.choice(_GENERIC[cat])
        before, after = tpl.split("{V}")
        self.tx(before)
        self.lab(_GEN[gen](self.r), cat)
        self.tx(after)

    def spill(self, p: float = 0.3) -> None:
        if self.plan and self.r.random() < p:
            self.generic(self.plan.pop(0))

    def flush(self) -> None:
        while self.plan:
            self.generic(self.plan.pop(0))

    def text(self) -> str:
        return "".join(self.parts)


_DS_EXTRA = (
    "Barriers to adherence: two jobs with rotating shifts; prefers early-morning VDOT; phone shared with a spouse. "
    "Plan: loaner phone and data plan through the program.\n",
    "Education in the patient's language: how TB spreads, why treatment lasts months, what the DOT worker does, "
    "which side effects to report (yellow eyes, dark urine, rash, blurred vision, numbness). Teach-back completed.\n",
    "Incentives and enablers: grocery cards at DOT milestones, bus passes for clinic visits, meal voucher on clinic "
    "days.\n",
    "Infection control at home: mask for the patient in shared spaces, bedroom window open, no new visitors and no "
    "visits to infants or the frail elderly until the program clears the patient.\n",
    "Interactions reviewed: rifampin lowers methadone, hormonal contraceptive, warfarin, azole and many "
    "antiretroviral levels; back-up contraception advised; methadone programme told to expect a dose increase.\n",
    "Monitoring: monthly weight and symptom review; visual acuity and colour vision while on ethambutol; LFTs monthly "
    "if baseline abnormal, HIV, hepatitis B/C, alcohol use or pregnancy; sputum monthly until two consecutive "
    "negative cultures.\n",
    "Reminder: report any readmission, move out of county, travel or incarceration to the TB program within one "
    "business day so DOT is not interrupted.\n",
    "Nutrition: weight below ideal; high-calorie supplement twice daily; referral to a food pantry programme.\n",
    "Completion criteria: the regimen is counted in doses, not calendar months; doses missed are added at the end "
    "and the completion date is recalculated by the case manager.\n",
)
_RAD_EXTRA = (
    "CLINICAL INFORMATION (TB program requisition):  cough for weeks, fevers, night sweats; HIV status documented; "
    "prior TB treatment denied; IGRA report attached.\n",
    "TECHNOLOGIST NOTE:  Patient masked throughout; images acquired in the isolation-capable room; room left vacant "
    "for the posted air-exchange time before the next patient.\n",
    "Classification per the program's reporting form: normal / abnormal, consistent with TB / abnormal, not "
    "consistent with TB / old healed TB.\n",
    "COMMUNICATION:  Preliminary findings were visible in PACS when the TB program queried the study.\n",
    "Outside comparison images imported under the program's image-sharing agreement; no discrepancy with the "
    "outside report.\n",
    "Radiation dose and contrast records are in the dose registry; no contrast reaction.\n",
)


_LK_SENTENCES = (
    "Differential considered: [[Addison disease]] (AM cortisol normal) and [[Poncet disease]] for the arthralgias; "
    "NTM with a [[Lady Windermere syndrome]] pattern less likely given a positive NAAT.\n",
    "The family asked whether this is the '[[Koch's bacillus]]' illness a grandfather had; explained curable TB.\n",
    "Ethambutol baseline: [[Amsler grid]] normal, [[Snellen chart]] 20/20; no [[Horner syndrome]] from the nodes.\n",
    "Respirator program: staff fit-tested with [[PortaCount]]; [[3M Versaflo]] PAPRs for those who fail N95 fit.\n",
    "Products in use: [[Tubersol]] by [[Sanofi Pasteur]], [[QuantiFERON-TB Gold Plus]] by "
    "[[Qiagen]], [[T-SPOT.TB]] by [[Oxford Immunotec]], Xpert cartridges by [[Cepheid]], MGIT tubes by "
    "[[Becton Dickinson]], generic isoniazid from [[Lupin]].\n",
    "Coverage: [[Medicaid]] managed care; [[Medicare]] Part D is not billed for program-supplied TB drugs; siblings "
    "eligible for [[Child Health Plus]]; [[Harborline Health Plan]] denied the IGRA and an appeal was filed.\n",
    "Guidance reviewed: [[Centers for Disease Control and Prevention]] ([[www.cdc.gov/tb]]) and "
    "[[World Health Organization]] consolidated guidelines ([[www.who.int/tb]]).\n",
    "The panel exam abroad was done by the [[International Organization for Migration]]; [[USCIS]] is not told of "
    "treatment status; [[Division of Global Migration Health]] receives the EDN worksheet.\n",
    "Interjurisdictional notices sent for contacts in [[New Jersey]], [[Pennsylvania]] and [[Connecticut]]; one "
    "contact has since moved to [[Vermont]] and one to [[Massachusetts]].\n",
    "Copies: [[Employee Health]], [[Infection Prevention]], [[Pulmonary clinic]] and [[Case Management]]; "
    "release of records through [[Health Information Management]].\n",
    "Public information lines: CDC-INFO [[1-800-232-4636]]; state TB hotline [[1-888-364-4723]]; after-hours "
    "[[800-342-9871]]; Form I-693 instructions at [[www.uscis.gov/i-693]].\n",
    "Treatment history abroad included [[Rifamate]] and [[Rifater]]; current supply of [[Nydrazid]] and "
    "[[Myambutol]] through the program; [[Priftin]] reserved for 3HP contacts.\n",
    "Second-line drugs on hold pending susceptibility: [[Sirturo]], [[Zyvox]], [[Levaquin]], [[Trecator]], "
    "[[Seromycin]] and [[Paser granules]] are not started.\n",
)
_LK_RAD = (
    "No [[Kerley B lines]]. [[Fleischner Society]] nodule guidance does not apply in known tuberculosis.\n",
    "Images forwarded to the [[Radiology Department]] archive; comparison with [[PowerScribe 360]] templates.\n",
    "Prior primary infection pattern ([[Ghon focus]], [[Ranke complex]], [[Simon foci]]) described for the "
    "program's classification.\n",
    "Mobile screening equipment: [[Definium 656]] and [[Vantage Elan]] detectors; CT on [[SOMATOM Force]] or "
    "[[Aquilion ONE]]; contrast [[Omnipaque 350]], [[Isovue-370]] or [[Gadavist]].\n",
)


def _extra(w: _W, k: int | None = None) -> None:
    pool = [p for p in (_RAD_EXTRA if w.note_type == "radiology" else _DS_EXTRA) if p not in w.used]
    for para in w.r.sample(pool, min(len(pool), w.r.randint(1, 3) if k is None else k)):
        w.used.add(para)
        w.t("\n" + para)
    if k is None and w.r.random() < 0.6:
        pool = _LK_SENTENCES + (_LK_RAD if w.note_type == "radiology" else ())
        w.tx(w.r.choice(pool))


def _age_field(w: _W, lo: int = 19, hi: int = 88, p: float = 1.0) -> None:
    w.f("AGE_OVER_89", "age", p=p, masked="___" if w.r.random() < 0.6 else str(w.r.randint(lo, hi)))


def _sd(w: _W) -> str:
    return f"[[{_sdate(w.r)}]]"


def _sd_pair(w: _W, lo: int, hi: int) -> tuple[str, str]:
    """Two shifted dates in order, lo-hi days apart, as look-alikes."""
    r = w.r
    a = date(r.randint(2110, 2195), r.randint(1, 12), r.randint(1, 28))
    b = a + timedelta(days=r.randint(lo, hi))
    fmt = r.randrange(3)

    def one(d: date) -> str:
        return (f"{d.year}-{d.month:02d}-{d.day:02d}", f"{d.month}/{d.day}/{d.year}",
                f"{_MONTHS[d.month - 1]} {d.day}, {d.year}")[fmt]

    return f"[[{one(a)}]]", f"[[{one(b)}]]"


def _c(w: _W, *options: str) -> str:
    return w.r.choice(options)


# --------------------------------------------------------------------------------------------------
# Shared clinical fragments
# --------------------------------------------------------------------------------------------------

_REGIMENS = (
    "isoniazid 300 mg, rifampin 600 mg, pyrazinamide 1500 mg, ethambutol 1200 mg daily; pyridoxine 25 mg",
    "RIPE by weight (INH 5 mg/kg, RIF 10 mg/kg, PZA 25 mg/kg, EMB 15 mg/kg) with vitamin B6",
    "[[Rifater]] 5 tablets + ethambutol 1200 mg once daily, pyridoxine 50 mg",
    "[[Rifamate]] 2 capsules + pyrazinamide 2000 mg + [[Myambutol]] 1600 mg daily",
    "[[Nydrazid]] 300 mg, [[Rifadin]] 600 mg, pyrazinamide 1500 mg, ethambutol 800 mg daily",
    "isoniazid 900 mg, rifampin 600 mg, PZA 3000 mg, EMB 2000 mg three times weekly by DOT",
)
_LTBI = (
    "3HP: isoniazid 900 mg + rifapentine ([[Priftin]]) 900 mg weekly x 12 doses",
    "4R: rifampin ([[Rifadin]]) 600 mg daily x 4 months",
    "3HR: isoniazid 300 mg + rifampin 600 mg daily x 3 months",
    "6H: isoniazid 300 mg daily with pyridoxine 25 mg x 6 months",
)
_MDR = (
    "BPaLM: bedaquiline ([[Sirturo]]) 200 mg TIW, pretomanid 200 mg, linezolid ([[Zyvox]]) 600 mg, "
    "moxifloxacin ([[Avelox]]) 400 mg daily",
    "levofloxacin ([[Levaquin]]) 750 mg, ethionamide ([[Trecator]]) 500 mg, cycloserine ([[Seromycin]]) 500 mg, "
    "[[Paser granules]] 4 g BID",
)
_CXR = (
    "right upper lobe cavity 3.1 cm with surrounding consolidation and tree-in-bud nodularity",
    "bilateral upper lobe fibronodular opacities without cavitation",
    "calcified left hilar node and peripheral granuloma ([[Ranke complex]]), otherwise clear",
    "miliary pattern of innumerable 1-2 mm nodules",
    "left pleural effusion, moderate; no parenchymal cavity",
    "right paratracheal adenopathy with minimal RLL airspace disease",
)
_RISKS = (
    "homelessness within the past year", "congregate setting (shelter)", "diabetes mellitus", "HIV infection",
    "non-US-born", "resident of a correctional facility in the past year", "injection drug use",
    "excess alcohol use", "TNF-alpha inhibitor therapy", "end-stage renal disease", "prior LTBI not treated",
    "contact of an infectious case", "occupational exposure (health care worker)",
)
_LANGS = ("Nepali", "Tagalog", "Haitian Creole", "Somali", "Spanish", "Vietnamese", "Amharic", "Karen", "Bengali",
          "Ukrainian", "Dzongkha", "K'iche'")


def _country(w: _W) -> str:
    return f"[[{w.r.choice(_COUNTRIES)}]]"


def _dheader(w: _W, service: str) -> None:
    w.t("Name:  ")
    w.f("PERSON", "person", p=0.4)
    w.t("                  Unit No:   ")
    w.f("MRN", "mrn", p=0.5)
    w.t("\n\nAdmission Date:  ___              Discharge Date:   ___\n\nDate of Birth:  ")
    w.f("DATE_REAL_YEAR", "dob", p=0.35)
    w.t(f"             Sex:   {_c(w, 'M', 'F')}\n\nService: {service}\n\n")


def _rfooter(w: _W) -> None:
    k = w.r.randrange(3)
    if k == 0:
        w.t("\nDictated by: ")
        w.f("PERSON", "person", p=0.5)
        w.t(", MD   Signed electronically: ___\n")
    elif k == 1:
        w.tx(f"\n[[PowerScribe 360]] v4.{w.r.randint(0, 9)} -- final report, signed ___ at ___\n")
    else:
        w.t("\nAttending radiologist: ___ (I have personally reviewed the images and agree with the report.)\n")


# --------------------------------------------------------------------------------------------------
# Document builders: discharge-type
# --------------------------------------------------------------------------------------------------


def _b_case_report(w: _W) -> None:
    r = w.r
    w.t(_c(w, "REPORTABLE COMMUNICABLE DISEASE -- CASE REPORT\n", "COMMUNICABLE DISEASE REPORT (hospital reporter "
                                                                  "copy)\n",
           "CONFIDENTIAL CASE REPORT -- TUBERCULOSIS\n"))
    w.t(_c(w, "Condition: Tuberculosis, verified case (RVCT initial)\n", "Condition: TB disease, pulmonary -- "
        "laboratory confirmed\n",
           "Condition: Tuberculosis (suspected, now confirmed)\n"))
    w.t("-" * 62 + "\n")
    w.t("State case no.: ")
    w.f("ACCOUNT", "case", p=0.6)
    w.t("    County case no.: ___\n")
    w.t("Reporting facility: ")
    w.f("ORGANIZATION", "hosp", p=0.5)
    w.tx(f"\nReporter: ___, [[{_c(w, 'Infection Prevention', 'Employee Health', 'Case Management')}]]   phone ")
    w.f("PHONE", "phone", p=0.6)
    w.t("  /  fax ")
    w.f("FAX", "phone")
    w.t("\n\nPATIENT\n  Name (last, first): ")
    w.f("PERSON", "person_lf")
    w.t("\n  Date of birth: ")
    w.f("DATE_REAL_YEAR", "dob", p=0.6)
    w.t("   Age: ")
    _age_field(w)
    w.t(f"   Sex at birth: {_c(w, 'M', 'F')}\n  Residence: ")
    w.f("STREET_ADDRESS", "street")
    w.t(", ")
    w.f("LOCATION", "town", p=0.6)
    w.tx(", [[New York]] ")
    w.f("ZIP", "zip")
    w.tx(f"\n  Country of birth: {_country(w)}   Month-year of arrival in US: ___\n  Insurance id: ")
    w.f("HEALTH_PLAN", _c(w, "cin", "member", "mbi"))
    w.t("   SSN: ")
    w.f("SSN", "ssn")
    w.t("\n\n")
    w.spill()
    w.tx("CLINICAL\n  Site(s): "
         + _c(w, "pulmonary", "pulmonary and pleural", "pulmonary + cervical lymph node", "laryngeal and pulmonary")
         + "\n")
    w.tx(f"  Sputum AFB smear: {_c(w, '1+', '2+', '3+', '4+', 'scant')} (auramine-rhodamine, confirmed by "
         f"[[{_c(w, 'Ziehl-Neelsen stain', 'Kinyoun stain')}]])\n")
    w.tx(f"  NAAT: [[GeneXpert MTB/RIF Ultra]] MTB detected {_c(w, 'high', 'medium', 'low', 'very low')}; rifampin "
         f"resistance {_c(w, 'not detected', 'not detected', 'indeterminate')}\n")
    w.tx("  Culture: pending at the [[state public health laboratory]], accession ")
    w.f("ACCOUNT", "acc")
    w.tx(f"\n  IGRA: [[QuantiFERON-TB Gold Plus]] positive, TB1-Nil {r.uniform(0.4, 9.9):.2f} IU/mL\n")
    w.tx(f"  Chest imaging: {_c(w, *_CXR)}\n")
    w.tx(f"  HIV: {_c(w, 'negative', 'negative (4th generation)', 'positive, CD4 212', 'declined, re-offered')}   "
         f"HbA1c {r.uniform(5.1, 11.8):.1f}%\n")
    w.tx(f"  Risk factors: {', '.join(r.sample(_RISKS, 3))}\n")
    w.tx(f"  Initial regimen started {_sd(w)}: {_c(w, *_REGIMENS)}\n")
    w.tx(f"  Administration: "
         f"{_c(w, 'DOT, in person', 'video DOT after discharge', 'DOT in hospital, then field DOT')}\n\n")
    w.spill()
    w.t("REPORTED TO\n  ")
    w.f("ORGANIZATION", "hd")
    w.tx(f" -- TB Control, by electronic laboratory report and telephone on {_sd(w)}\n")
    w.tx("  ICD-10: [[A15.0]] (TB of lung, bacteriologically confirmed)\n")
    w.t(_c(w, "  Notes: patient agrees to DOT; household of 5 including 2 children under 5 -- window prophylaxis.\n",
           "  Notes: works night shift in food processing; employer contact deferred until consent obtained.\n",
           "  Notes: stays between a shelter and a friend's couch; outreach needed before discharge.\n"))
    _extra(w)
    w.flush()
    w.tx(f"\nForm completed by ___ for [[{_c(w, 'Infection Prevention', 'Health Information Management')}]]; "
         f"questions to the state TB line [[{_c(w, '1-888-364-4723', '800-342-9871')}]].\n")


def _b_clinic_visit(w: _W) -> None:
    r = w.r
    w.t("COUNTY CHEST CLINIC -- TB CASE MANAGEMENT VISIT\n")
    w.f("ORGANIZATION", _c(w, "clinic", "hd"), p=0.5)
    w.t("\n\n")
    total = r.choice((6, 6, 9, 12))
    month = r.randint(1, total - 1)
    w.t(f"Visit: monthly monitoring, month {month} of {total}   Clinic chart #: ")
    w.f("MRN", "chart", p=0.6)
    w.t("   Hospital MRN: ___\nPatient: ")
    w.f("PERSON", "person", p=0.5)
    lang = _c(w, *_LANGS)
    w.t(f"   Interpreter: {lang}, {_c(w, 'video', 'telephone', 'in person')} (call ID ")
    w.f("ACCOUNT", "interp", p=0.6)
    w.t(")\n\n")
    w.t("S: " + _c(w, "Cough much improved, no night sweats, appetite back. ",
                   "Mild nausea after doses, takes with crackers. Denies jaundice or dark urine. ",
                   "Tingling in both feet x 1 week; has been skipping B6. ",
                   "Reports blurry vision at distance since last week. "))
    w.t(_c(w, "Missed 2 doses while at a relative's.\n", "No missed doses per log.\n",
           "Wants to return to work; asks about clearance letter.\n"))
    wt = r.uniform(44, 92)
    w.tx(f"O: Wt {wt:.1f} kg (diagnosis {wt - r.uniform(0.5, 6):.1f} kg). T 36.{r.randint(4, 9)}, HR "
         f"{r.randint(62, 104)}. "
         f"Visual acuity ([[Snellen chart]]) 20/{_c(w, '20', '25', '30', '40')} OU; [[Ishihara plates]] "
         f"{r.randint(10, 14)}/14.\n")
    w.t(f"   Labs: AST {r.randint(14, 160)}, ALT {r.randint(11, 190)}, T bili {r.uniform(0.2, 2.4):.1f}, "
        f"Cr {r.uniform(0.5, 1.6):.2f}, uric acid {r.uniform(3.1, 10.4):.1f}\n")
    w.tx(f"   Sputum (month {month}): AFB smear {_c(w, 'negative', 'negative', 'rare AFB', '1+')}, culture "
         f"{_c(w, 'no growth at 6 weeks', 'pending', 'positive MTB complex', 'no growth at 8 weeks')}; specimen ")
    w.f("ACCOUNT", "spec")
    w.t("\n")
    if "AGE_OVER_89" in w.plan and w.r.random() < 0.5:
        w.t("   Pt ")
        w.f("AGE_OVER_89", "age")
        w.t(" y/o -- geriatric dosing and fall risk reviewed with pharmacy.\n")
    w.spill()
    dx = _c(w, "Pulmonary TB", "Pleural TB", "Pulmonary TB, culture-positive", "Smear-negative pulmonary TB")
    w.tx(f"A/P: {dx}, "
         f"{_c(w, 'responding to therapy', 'slow response', 'converted at week 6', 'not yet converted')}.\n")
    w.tx(f"  - Continue {_c(w, *(_REGIMENS + _MDR))}\n")
    w.tx(_c(w, "  - Hepatotoxicity: ALT < 3x ULN, continue; repeat LFTs in 2 weeks.\n",
            "  - Peripheral neuropathy: resume pyridoxine 50 mg; monofilament exam normal.\n",
            "  - Vision: refer to ophthalmology; hold ethambutol if acuity drops 2 lines or color vision declines.\n",
            "  - Hyperuricemia from PZA, asymptomatic; no treatment.\n"))
    w.tx("  - " + _c(w, "Continue VDOT via [[emocha]]", "Continue field DOT 5x/week",
                     "Switch to VDOT ([[SureAdhere]]) after 2 weeks of stable in-person DOT",
                     "Clinic DOT Mon-Fri, self-administered weekends") + "\n")
    w.t("  - Medications dispensed by ")
    w.f("ORGANIZATION", "pharm", p=0.5)
    w.t(" in weekly DOT packets.\n")
    w.tx(f"  - Next visit {_sd(w)}; sputum x3 before visit.\n\n")
    w.spill()
    _extra(w)
    w.flush()
    w.t("Case manager: ")
    w.f("PERSON", "person")
    w.t(", RN   pager ")
    w.f("PAGER", "pager")
    w.t("   ")
    w.f("EMAIL", "email_staff", masked="e-mail on file")
    w.tx(f"\nPhysician: ___, MD -- clinic line ___; state TB consult line "
         f"[[{_c(w, '1-888-364-4723', '800-342-9871')}]]\n")


def _b_dot_log(w: _W) -> None:
    r = w.r
    vdot = r.random() < 0.6
    w.t("DIRECTLY OBSERVED THERAPY (DOT) LOG" + (" -- VIDEO DOT\n" if vdot else " -- FIELD / CLINIC DOT\n"))
    w.t("Patient: ")
    w.f("PERSON", "person", p=0.4)
    w.tx(f"   Regimen: {_c(w, *(_REGIMENS + _LTBI[:1]))}\n")
    planned = r.choice((40, 56, 62, 182, 120, 78))
    w.tx(f"DOT start {_sd(w)}; doses planned {planned}; platform "
         f"{_c(w, '[[emocha]] v3.8', '[[SureAdhere]] (async)', 'in-person only', '[[Wisepill]] + phone check')}\n")
    if vdot:
        w.t("Enrolled device IMEI: ")
        w.f("DEVICE_ID", "imei", p=0.6)
        w.t("   Enrollment link: ")
        w.f("URL", "url_vdot", p=0.6)
        w.t("\n")
    else:
        w.t("Field site: ")
        w.f("STREET_ADDRESS", "street", p=0.6)
        w.t("   Outreach van: plate ")
        w.f("VEHICLE_ID", "plate", p=0.6)
        w.t("\n")
    w.t("\n| Date | Dose # | Mode | Observer | Session / note |\n|---|---|---|---|---|\n")
    rows = r.randint(6, 9)
    n0 = r.randint(1, planned - rows)
    for k, day in enumerate(_sdate_run(r, rows)):
        mode = _c(w, "VDOT", "VDOT", "field", "clinic") if vdot else _c(w, "field", "clinic", "field")
        w.tx(f"| [[{day}]] | {n0 + k} | {mode} | ")
        w.f("PERSON", "person", p=0.3)
        w.t(" | ")
        if mode == "VDOT":
            w.f("ACCOUNT", "vdot", p=0.4, masked=_c(w, "___", "swallow confirmed", "late upload, accepted"))
        else:
            w.t(_c(w, "all pills observed", "nausea, took with food", "___", "patient not home, returned 15:40"))
        w.t(" |\n")
    missed = r.randint(0, 4)
    w.t(f"\nMissed doses this period: {missed}. ")
    if missed:
        w.t(_c(w, "Reminder texts sent; missed doses added to the end of the regimen.\n",
               "Discussed barriers (work hours); DOT moved to 6 am.\n",
               "Missed while the phone's data ran out; hotspot issued.\n"))
    else:
        w.t(_c(w, "Eligible to continue VDOT.\n", "Adherence excellent; incentive card given.\n"))
    w.spill(0.5)
    w.t("[audit] last upload from ")
    w.f("IP_ADDRESS", "ip", p=0.7, masked=_c(w, "___", "(not captured)"))
    w.tx(f" at 07:{r.randint(10, 59)}; app build [[{_c(w, 'emocha', 'SureAdhere')}]] "
         f"{r.randint(3, 6)}.{r.randint(0, 9)}.{r.randint(0, 20)}\n")
    w.tx("Side effects checklist: "
         + _c(w, "none", "nausea", "rash, mild, no mucosal involvement ([[Stevens-Johnson syndrome]] features absent)",
              "orange urine -- expected") + "\n")
    w.spill()
    _extra(w)
    w.flush()
    w.t("\nDOT worker: ")
    w.f("PERSON", "person", p=0.6)
    w.t("  /  supervisor ___, RN  /  contact ")
    w.f("PHONE", "phone", p=0.6)
    w.t("\n")


def _b_contact_roster(w: _W) -> None:
    r = w.r
    w.t("CONTACT INVESTIGATION -- ROSTER AND PRIORITIZATION\n")
    w.t("CI no.: ")
    w.f("ACCOUNT", "ci", p=0.6)
    w.t("   Index case: ")
    w.f("PERSON", "person", p=0.4)
    w.tx(f" (smear {_c(w, '3+', '2+', '1+', 'negative, culture positive')}, cavitary: {_c(w, 'yes', 'no')})\n")
    a, b = _sd_pair(w, 100, 140)
    w.tx(f"Infectious period: {a} to {b} (3 months before symptom onset to effective treatment)\n")
    w.t("Settings: household (")
    w.f("STREET_ADDRESS", "street", p=0.4)
    w.t("); workplace (")
    w.f("ORGANIZATION", _c(w, "employer", "school"), p=0.6)
    w.t("); congregate (")
    w.f("ORGANIZATION", "shelter", p=0.6)
    w.t(") in ")
    w.f("LOCATION", _c(w, "town", "hood"), p=0.6)
    w.t("\n\n # | Name                    | Age | Setting    | Priority | TST/IGRA           | CXR      | Window Rx\n")
    w.t("---+-------------------------+-----+------------+----------+--------------------+----------+----------\n")
    for k in range(r.randint(5, 8)):
        w.t(f"{k + 1:2d} | ")
        got = w.f("PERSON", "person", p=0.35)
        w.t(" " * (0 if got else 21) + " | ")
        w.f("AGE_OVER_89", "age", p=0.4, masked=_c(w, "___", str(r.randint(1, 88))))
        setting = _c(w, "household", "household", "work", "shelter", "car pool", "church")
        prio = "high" if setting in ("household", "car pool") else _c(w, "medium", "low")
        res = _c(w, "IGRA pos", "IGRA neg", "TST 0 mm", "TST 14 mm", "pending", "IGRA indeterm.", "T-SPOT pos")
        w.t(f" | {setting:10} | {prio:8} | {res:18} | {_c(w, 'normal', 'pending', 'abn -> CT', 'n/a'):8} | "
            f"{_c(w, 'yes (<5 y)', 'no', 'n/a', 'declined')}\n")
    w.tx("\nTesting: [[QuantiFERON-TB Gold Plus]] preferred for BCG-vaccinated contacts; [[T-SPOT.TB]] if "
         "lymphopenic; TST by [[Mantoux technique]] ([[Tubersol]] 5 TU) for children under 2.\n")
    w.tx(f"Window prophylaxis for contacts under 5: {_c(w, *_LTBI)}. Retest 8-10 weeks after last exposure "
         f"({_sd(w)}).\n")
    w.spill(0.5)
    w.t("Household phone for scheduling: ")
    w.f("PHONE", "phone", p=0.6)
    w.t("\n")
    w.t(_c(w, "Workplace screening event to be held on site; employer agreed to paid leave for testing days.\n",
           "Shelter residents sharing the dormitory wing listed by bed log (bed numbers ___).\n",
           "Two contacts live out of county -- referred through the state TB program interjurisdictional form.\n"))
    w.spill()
    _extra(w)
    w.flush()
    w.t("\nPrepared by ")
    w.f("PERSON", "person", p=0.6)
    w.t(", public health nurse; reviewed with the TB control physician.\n")


def _b_isolation_letter(w: _W) -> None:
    w.f("ORGANIZATION", _c(w, "hd", "hosp"), p=0.4, masked="___ [letterhead]")
    w.t("\nTB Control Program\n\n")
    w.tx(_c(w, "AIRBORNE INFECTION ISOLATION -- RELEASE AND CLEARANCE LETTER\n",
            "TB DISCHARGE CLEARANCE -- NON-INFECTIOUS DETERMINATION\n",
            "RETURN-TO-SETTING LETTER (tuberculosis)\n"))
    w.tx(f"Date: {_sd(w)}\n\nTo: ")
    w.f("ORGANIZATION", _c(w, "shelter", "employer", "school", "jail"), p=0.6)
    w.t("\n    Attn: ___\n\nRe: ")
    w.f("PERSON", "person", p=0.6)
    w.t("     DOB: ")
    w.f("DATE_REAL_YEAR", "dob", p=0.6)
    w.t("\n\n")
    w.t("To whom it may concern:\n\nThe person named above was admitted and cared for in an airborne infection "
        "isolation room (negative pressure, 12 air changes per hour; room-pressure monitor SN ")
    w.f("DEVICE_ID", "serial", p=0.4)
    w.t(") and has been followed by our TB program. ")
    w.tx(f"As of {_sd(w)} the patient meets our criteria to be considered non-infectious:\n")
    w.tx("  1. three consecutive sputum AFB smears negative (auramine-rhodamine), collected at least 8 hours apart, "
         "one early morning;\n")
    w.tx(f"  2. at least {_c(w, '14', '14', '21')} days of effective multidrug therapy taken under direct "
         f"observation;\n")
    w.tx("  3. clinical improvement (afebrile, cough decreasing);\n  4. drug-susceptible isolate "
         f"({_c(w, 'INH and RIF susceptible', 'pan-susceptible', 'rpoB wild type by [[GenoType MTBDRplus]]')}).\n\n")
    w.spill(0.4)
    w.t(_c(w, "The patient may return to the congregate setting and to work. ", "The patient may return to school and "
        "to "
           "the household, including the young children. ", "The patient may use public transportation and return to "
           "the residence. "))
    w.t("Treatment continues by DOT through ")
    w.f("ORGANIZATION", "clinic", p=0.5)
    w.t("; a missed-dose pattern would be reported to us and could change this determination. No special "
        "precautions (masks, separate dishes, separate laundry) are needed in the setting.\n")
    w.t("The patient will live at ")
    w.f("STREET_ADDRESS", "street", p=0.5, masked="the address on file")
    w.t(" in ")
    w.f("LOCATION", _c(w, "town", "hood"), p=0.6)
    w.t(".\n\n")
    w.spill()
    w.t("Please direct questions to the TB program at ")
    w.f("PHONE", "phone", p=0.6)
    w.t(" (fax ")
    w.f("FAX", "phone", p=0.7)
    w.tx(f"). General information: [[{_c(w, 'www.cdc.gov/tb', 'https://www.cdc.gov/tb/hcp/')}]].\n")
    _extra(w)
    w.flush()
    w.t("\nSincerely,\n\n")
    w.f("PERSON", "person", p=0.8)
    w.t(", MD, MPH\nTB Control Physician   NPI ")
    w.f("LICENSE", "npi", p=0.7)
    w.t("\n")


def _b_iis_query(w: _W) -> None:
    r = w.r
    w.t("IMMUNIZATION INFORMATION SYSTEM (IIS) -- QUERY / RESPONSE (pasted into chart)\n")
    w.tx(f"Query sent {_sd(w)} 14:{r.randint(10, 59)} by ___; message control ID ")
    w.f("ACCOUNT", "qry", p=0.6)
    w.t("; source ")
    w.f("IP_ADDRESS", "ip", p=0.6)
    w.t("\n")
    w.t(f"MSH|^~\\&|EHR|___|IIS|___|{r.randint(2110, 2195)}0314142200||QBP^Q11^QBP_Q11|___|P|2.5.1\n")
    w.t("QPD|Z34^Request Immunization History^CDCPHINVS|___|___^^^^MR||___^___||___|\n")
    w.t(f"RCP|I|{r.randint(5, 20)}^RD&Records&HL70126\n\n")
    w.t("RESPONSE SUMMARY (1 match)\n  IIS client ID: ")
    w.f("MRN", "iis", p=0.6)
    w.t("\n  Patient: ")
    w.f("PERSON", _c(w, "person", "person_lf"), p=0.5)
    w.t("   DOB: ")
    w.f("DATE_REAL_YEAR", "dob", p=0.6)
    w.t("\n  Address on IIS record: ")
    w.f("STREET_ADDRESS", "street", p=0.5)
    w.t(", ")
    w.f("ZIP", "zip", p=0.7)
    w.t("\n\n  Vaccine              | Date         | Source\n")
    w.tx(f"  BCG                  | infancy      | foreign record, {_country(w)} (scar present)\n")
    w.tx(f"  MMR                  | [[{_sdate(r)}]]   | historical\n")
    w.tx(f"  Tdap                 | [[{_sdate(r)}]]   | administered, lot [[{_lot(r)}]]\n")
    w.tx(f"  Influenza, IIV4      | [[{_sdate(r)}]]   | administered at ___\n")
    w.tx(f"  PPD (TST) [[Tubersol]] 5 TU | [[{_sdate(r)}]] | lot [[{_lot(r)}]] exp [[{_expiry(r)}]], read 48 h: "
         f"{r.choice((0, 5, 8, 11, 14, 17))} mm\n\n")
    w.spill(0.4)
    w.tx("Interpretation: BCG history does not change IGRA interpretation; a recent live vaccine (MMR, varicella) can "
         "blunt the TST, so place the TST the same day or wait 4 weeks. [[Aplisol]] and [[Tubersol]] are not "
         "interchangeable for serial testing.\n")
    w.tx("Plan: " + _c(w, "IGRA today", "two-step TST for baseline (health care job)", "no TST; IGRA already positive",
                       "MMR due after LTBI evaluation") + ".\n")
    w.t(_c(w, "Registry record updated with the TST result and the foreign BCG dose.\n",
           "Duplicate IIS records found and flagged for merge.\n", "Consent for IIS data sharing on file.\n"))
    w.spill()
    _extra(w)
    w.flush()
    w.t("\nReviewed by ")
    w.f("PERSON", "person", p=0.6)
    w.t(", RN   (")
    w.f("EMAIL", "email_staff", p=0.8)
    w.t(")\n")


def _b_phl_report(w: _W) -> None:
    r = w.r
    w.t(_c(w, "STATE PUBLIC HEALTH LABORATORY -- MYCOBACTERIOLOGY REPORT\n", "MYCOBACTERIOLOGY / TB LABORATORY REPORT "
        "(final)\n",
           "PUBLIC HEALTH LABORATORY RESULT -- M. tuberculosis complex\n"))
    w.t("Performing lab: ")
    w.f("ORGANIZATION", "lab", p=0.4, masked=_c(w, "[[state public health laboratory]]", "___"))
    w.t("\nAccession: ")
    w.f("ACCOUNT", "acc", p=0.6)
    w.t("    Submitter specimen ID: ")
    w.f("ACCOUNT", "spec", p=0.5)
    w.t("\nSubmitter: ")
    w.f("ORGANIZATION", "hosp", p=0.5)
    w.t("   Ordering: ___, MD (NPI ")
    w.f("LICENSE", "npi", p=0.6)
    w.t(")\nPatient: ")
    w.f("PERSON", "person_lf", p=0.5)
    w.t("   DOB ")
    w.f("DATE_REAL_YEAR", "dob", p=0.5)
    w.t("   Age ")
    _age_field(w, p=0.7)
    spec = _c(w, "sputum, expectorated", "sputum, induced", "BAL, RUL", "lymph node aspirate", "pleural fluid")
    got, rec = _sd_pair(w, 1, 4)
    w.tx(f"\nSpecimen: {spec}  collected {got}  received {rec}\n\n")
    w.tx(f"AFB smear (fluorochrome): {_c(w, 'positive 2+', 'positive 3+', 'negative', 'positive 1+')}\n")
    w.tx(f"NAAT ([[GeneXpert MTB/RIF Ultra]]): MTB {_c(w, 'DETECTED', 'DETECTED', 'NOT DETECTED')}; rpoB "
         f"{_c(w, 'wild type', 'wild type', 'mutation detected')}\n")
    w.tx(f"Culture: [[BACTEC MGIT 960]] positive day {r.randint(8, 28)}; [[Lowenstein-Jensen]] slant "
         f"{_c(w, 'positive week 3', 'pending', 'positive week 4')}; [[Middlebrook 7H11]] plate for purity\n")
    w.tx("Identification: Mycobacterium tuberculosis complex (DNA probe)\n\n")
    w.t("SUSCEPTIBILITY (MGIT, critical concentrations)\n")
    for drug, conc in (("Isoniazid", "0.1"), ("Isoniazid", "0.4"), ("Rifampin", "1.0"), ("Ethambutol", "5.0"),
                       ("Pyrazinamide", "100")):
        w.t(f"  {drug:13} {conc:>5} ug/mL   {_c(w, 'S', 'S', 'S', 'R') if drug == 'Isoniazid' else 'S'}\n")
    w.tx(f"Molecular (line probe, [[GenoType MTBDRplus]]): katG {_c(w, 'WT', 'S315T')}, inhA "
         f"{_c(w, 'WT', 'WT', 'c-15t')}\n\n")
    w.spill(0.4)
    w.t("GENOTYPING (surveillance use; not for clinical decisions)\n")
    w.tx(f"  GENType: [[{_gentype(r)}]]   spoligotype: [[{_spoligo(r)}]]\n")
    w.tx(f"  24-locus MIRU-VNTR: [[{_miru(r)}]]   lineage: "
         f"{_c(w, '4 (Euro-American)', '2 (East Asian)', '1 (Indo-Oceanic)', '3 (East African-Indian)')}\n")
    w.tx(f"  WGS: {_c(w, 'within 5 SNPs of 2 isolates in county cluster', 'no close genomic match', 'pending')}\n\n")
    w.tx(f"IGRA ([[QuantiFERON-TB Gold Plus]]): Nil {r.uniform(0.01, 0.4):.2f}  TB1-Nil {r.uniform(0.0, 6):.2f}  "
         f"TB2-Nil {r.uniform(0.0, 6):.2f}  Mitogen-Nil >10  -> {_c(w, 'POSITIVE', 'NEGATIVE', 'INDETERMINATE')}\n")
    w.tx(f"  CPT [[86480]]; tubes lot [[{_lot(r)}]] exp [[{_expiry(r)}]]\n")
    w.spill()
    _extra(w)
    w.flush()
    w.t("\nReported to: ")
    w.f("ORGANIZATION", "hd", p=0.6)
    w.t(" TB program; results also to the submitter by fax ")
    w.f("FAX", "phone", p=0.7)
    w.t(".\nLaboratory director: ")
    w.f("PERSON", "person", p=0.5)
    w.t(", PhD   Lab phone ")
    w.f("PHONE", "phone", p=0.6)
    w.t("\n")


def _origin(w: _W) -> tuple[str, str, str]:
    country, cities, panel = w.r.choice(_ORIGINS)
    return country, w.r.choice(cities), panel


def _b_civil_surgeon(w: _W) -> None:
    country, city, panel = _origin(w)
    w.t(_c(w, "CLASS B TB FOLLOW-UP EVALUATION (B1 notification)\n", "CIVIL SURGEON / B-WAIVER TB FOLLOW-UP\n",
           "IMMIGRANT TB FOLLOW-UP -- EDN CLASS B1\n"))
    w.t("Practice: ")
    w.f("ORGANIZATION", "cs", p=0.5)
    w.t("   Civil surgeon: Dr. ")
    w.f("PERSON", "person", p=0.5)
    w.t(" (lic. ")
    w.f("LICENSE", "mdlic", p=0.6)
    w.t(")\n")
    w.tx("Notification: Electronic Disease Notification (EDN) record ___ received from the "
         f"[[Division of Global Migration Health]] via the county on {_sd(w)}; A-number ___, passport ___ (kept in "
         "the immigration file only).\n")
    w.tx(f"Pre-departure exam: panel physician in [[{country}]], ")
    w.fv("ORGANIZATION", panel, p=0.5)
    w.t(", ")
    w.fv("LOCATION", city, p=0.7)
    w.tx(f"; CXR {_c(w, 'fibrotic RUL scarring', 'calcified granuloma', 'minimal apical pleural thickening')}; "
         f"sputum smears x3 negative, cultures x3 negative (8 weeks); classified TB Class B1, pulmonary.\n")
    w.tx(f"Prior treatment: "
         f"{_c(w, 'none reported', 'treated 6 months in country, completed', 'unknown, card lost')}.\n\n")
    w.spill()
    w.t("US EVALUATION\n  Identity verified (driver's licence ")
    w.f("LICENSE", "dl", p=0.5)
    w.tx(f"); interpreter {_c(w, *_LANGS)} by phone.\n")
    w.tx(f"  IGRA: [[{_c(w, 'QuantiFERON-TB Gold Plus', 'T-SPOT.TB')}]] "
         f"{_c(w, 'positive', 'positive', 'negative', 'indeterminate')}.\n")
    w.tx("  CXR (PA/lat) today: "
         + _c(w, "stable RUL fibrotic scarring, no cavity", "calcified granuloma ([[Ghon focus]]), no active disease",
              "new LUL nodule 9 mm -> CT recommended") + ".\n")
    w.tx(f"  Symptoms: {_c(w, 'none', 'none', 'mild cough 2 weeks, sputum x3 collected')}.\n")
    w.tx(f"  Assessment: "
         f"{_c(w, 'LTBI, prior TB excluded', 'inactive TB, old healed', 'TB disease not excluded; sputum pending')}.\n")
    w.tx(f"  Plan: {_c(w, *_LTBI)}; LFTs baseline; follow-up in the chest clinic.\n\n")
    w.tx("Form I-693: TB component completed per the CDC Technical Instructions for Civil Surgeons; USCIS receipt ___ "
         "(not recorded here). EDN follow-up worksheet returned to the county.\n")
    w.t("Patient lives in ")
    w.f("LOCATION", _c(w, "town", "hood"), p=0.6)
    w.t("; phone ")
    w.f("PHONE", "phone", p=0.5)
    w.t("; insurance member id ")
    w.f("HEALTH_PLAN", _c(w, "cin", "member"), p=0.7)
    w.t(".\n")
    w.spill()
    _extra(w)
    w.flush()
    w.tx("\nWorksheet faxed to the county TB program (fax ")
    w.f("FAX", "phone", p=0.7)
    w.tx(f"); copy to patient. Questions: [[{_c(w, 'www.uscis.gov/i-693', 'www.cdc.gov/tb')}]]\n")


def _b_officer_order(w: _W) -> None:
    w.t("ORDER OF THE LOCAL HEALTH OFFICER\n")
    w.f("ORGANIZATION", "hd", p=0.5, masked="___ Department of Health")
    w.t("\nOrder No. ___   (index no. ___)\n\n")
    kind = _c(w, "DIRECTLY OBSERVED THERAPY", "ISOLATION AT HOME", "DETENTION FOR ISOLATION IN A HOSPITAL")
    w.t(f"ORDER FOR {kind} -- TUBERCULOSIS\n\nIn the matter of: ")
    w.f("PERSON", "person", p=0.6)
    w.t(", date of birth ")
    w.f("DATE_REAL_YEAR", "dob", p=0.6)
    w.t(", residing at ")
    w.f("STREET_ADDRESS", "street", p=0.6)
    w.t(", ")
    w.f("LOCATION", "town", p=0.6)
    w.t(".\n\n")
    w.tx("WHEREAS the respondent has active pulmonary tuberculosis confirmed by culture (state accession ")
    w.f("ACCOUNT", "acc", p=0.5)
    w.tx(f") and was sputum smear positive on {_sd(w)};\n")
    w.tx("WHEREAS the respondent "
         + _c(w, "left the hospital against medical advice while infectious",
              "has missed 9 of the last 20 DOT doses despite incentives and enablers",
              "declined to remain in the airborne isolation room") + ";\n")
    w.t("WHEREAS less restrictive measures (voluntary DOT, incentives, housing and transport help) were offered and "
        "documented;\n\nIT IS HEREBY ORDERED that the respondent:\n")
    w.t(_c(w, "  1. take each dose of anti-tuberculosis medication under direct observation of staff designated by "
              "the health officer, at the clinic or a field site;\n",
           "  1. remain at home, receive no visitors other than household members, and not use public transit "
           "until released in writing;\n",
           "  1. be detained at "))
    if w.parts[-1].endswith("at "):
        w.f("ORGANIZATION", "hosp", p=0.6)
        w.t(" in an airborne infection isolation room until no longer infectious;\n")
    w.t("  2. provide sputum specimens when requested;\n  3. keep all clinic appointments.\n\n")
    w.spill(0.4)
    w.t("This order takes effect on service and remains in force until the health officer certifies completion of "
        "treatment. Failure to comply may result in a petition to ")
    w.f("ORGANIZATION", "court", p=0.6, masked="the court")
    w.t(" for enforcement. The respondent may request a hearing and may be represented by counsel.\n\n")
    w.t("Served by: ")
    w.f("PERSON", "person", p=0.5)
    w.tx(", public health sanitarian, with assistance of the ")
    w.f("ORGANIZATION", "jail", p=0.3, masked="sheriff's office")
    w.tx(f", on {_sd(w)} at ___ hours.\n")
    w.spill()
    _extra(w)
    w.flush()
    w.t("\n")
    w.f("PERSON", "person", p=0.7)
    w.t(", MD, MPH\nCommissioner / Health Officer   tel. ")
    w.f("PHONE", "phone", p=0.6)
    w.tx("\ncc: TB program file; respondent; counsel ___; [[the state TB program]]\n")


def _b_discharge_summary(w: _W) -> None:
    r = w.r
    _dheader(w, "MEDICINE")
    w.tx(f"Allergies:\n{_c(w, 'No Known Allergies / Adverse Drug Reactions', 'sulfa (rash)', 'penicillin')}\n\n")
    w.t("Attending: ___.\n\nChief Complaint:\ncough, weight loss, night sweats\n\n")
    w.t("Major Surgical or Invasive Procedure:\n" + _c(w, "sputum induction x3", "bronchoscopy with "
        "BAL", "none") + "\n\n")
    w.t("History of Present Illness:\n")
    _age_field(w, p=0.5)
    w.tx(f" year old {_c(w, 'man', 'woman')} born in {_country(w)}, in the US {r.randint(2, 30)} years, with "
         f"{r.randint(2, 5)} months of productive cough, {r.randint(4, 15)} kg weight loss and drenching night sweats. "
         f"Seen at ")
    w.f("ORGANIZATION", "hosp", p=0.4, masked="an outside urgent care")
    w.tx(f" and given azithromycin without improvement. CXR: {_c(w, *_CXR)}. Placed in airborne isolation in the "
         f"ED.\n\n")
    w.tx(f"Past Medical "
         f"History:\n{_c(w, 'Type 2 diabetes', 'HIV on ART', 'none', 'alcohol use disorder', 'ESRD on HD')}; "
         f"LTBI {_c(w, 'never treated', 'unknown', 'treated (6H) abroad')}\n\n")
    w.t("Social History:\n")
    w.t(_c(w, "Lives with spouse and 3 children. Works at ", "Shelter resident for 8 months; day labour at ",
           "Lives with 6 roommates; works at "))
    w.f("ORGANIZATION", _c(w, "employer", "employer", "shelter"), p=0.5)
    w.t(". No IVDU. " + _c(w, "Former smoker.", "Drinks 4-6 beers daily.", "Never smoker.") + "\n\n")
    w.spill()
    w.tx(f"Pertinent Results:\nSputum AFB x3: {_c(w, '3+, 3+, 2+', '1+, negative, 1+', '2+, 2+, 1+')}. "
         f"[[GeneXpert MTB/RIF Ultra]] MTB detected, rif resistance not detected. HIV {_c(w, 'negative', 'positive')}. "
         f"HbA1c {r.uniform(5.2, 12):.1f}. AST {r.randint(15, 80)} ALT {r.randint(12, 90)}.\n\n")
    w.t("Brief Hospital Course:\n")
    w.tx(f"# Pulmonary TB: started {_c(w, *_REGIMENS)} on {_sd(w)}. Tolerated without hepatotoxicity. "
         + _c(w, "Smears converted to negative by day 16.",
              "Still smear positive at discharge; discharged home to isolation with health department approval.",
              "Three negative smears on days 18-20.") + "\n")
    w.tx("# Public health coordination: case reported to ")
    w.f("ORGANIZATION", "hd", p=0.6, masked="the county health department")
    w.tx(" on admission. TB nurse ")
    w.f("PERSON", "person", p=0.5)
    w.t(" (")
    w.f("PHONE", "phone", p=0.5)
    w.tx(") met the patient; DOT to begin the day after discharge at ")
    w.f("ORGANIZATION", "clinic", p=0.5, masked="the chest clinic")
    w.t(". Household contacts to be evaluated.\n")
    w.tx("# " + _c(w, "Diabetes: insulin glargine started.", "HIV: ART continued; rifabutin substituted for rifampin.",
                   "Malnutrition: nutrition consult, supplements.", "Alcohol use: thiamine, no withdrawal.") + "\n\n")
    w.spill()
    w.tx(f"Discharge Medications:\n1. {_c(w, *_REGIMENS)}\n2. pyridoxine 50 mg daily\n\n")
    w.t("Discharge Disposition:\nHome" + _c(w, " with Service", "", " (shelter, TB program clearance letter "
                                                                    "given)") + "\n\n")
    w.t("Discharge Diagnosis:\nPulmonary tuberculosis, smear positive\n\nDischarge Condition:\nMental Status: Clear "
        "and coherent.\nActivity Status: Ambulatory - Independent.\n\nDischarge Instructions:\n")
    w.t("Take every dose with the DOT worker. Wear a mask around others until the health department says you no longer "
        "need one. Call your TB nurse for yellow eyes, rash, vision changes or vomiting.\n\n")
    _extra(w)
    w.flush()
    w.t("Followup Instructions:\nTB clinic in 1 week; sputum x3 at month 2.\n")


# --------------------------------------------------------------------------------------------------
# Document builders: radiology-type
# --------------------------------------------------------------------------------------------------


def _requisition(w: _W, title: str) -> None:
    """Referral block from the TB program pasted above a radiology report."""
    w.t(f"{title}\n  Referring program: ")
    w.f("ORGANIZATION", _c(w, "hd", "clinic", "cs"), p=0.5)
    w.t("\n  Requisition: ")
    w.f("ACCOUNT", _c(w, "order", "enc"), p=0.5)
    w.t("   Callback: ")
    w.f("PHONE", "phone", p=0.4)
    w.t("\n  Patient: ")
    w.f("PERSON", "person", p=0.4)
    w.t("   MRN ")
    w.f("MRN", "mrn", p=0.5)
    w.t("\n\n")


def _r_cxr_clearance(w: _W) -> None:
    r = w.r
    _requisition(w, _c(w, "TB PROGRAM IMAGING REFERRAL", "REFERRAL -- TB CLEARANCE FILM", "PUBLIC HEALTH REFERRAL "
        "(CXR)"))
    w.t(_c(w, "EXAMINATION:  CHEST (PA AND LAT)\n\n", "EXAMINATION:  CHEST (PA, LAT) -- TB clearance\n\n",
           "CHEST RADIOGRAPH, 2 VIEWS\n\n"))
    w.t("INDICATION:  ")
    _age_field(w)
    w.t(f" year old {_c(w, 'man', 'woman')} with ")
    reason = r.randrange(4)
    if reason == 0:
        w.t("positive IGRA on pre-employment screening for ")
        w.f("ORGANIZATION", "employer", p=0.6, masked="a nursing home")
        w.t(".")
    elif reason == 1:
        w.t("shelter-entry TB screening (")
        w.f("ORGANIZATION", "shelter", p=0.6, masked="shelter")
        w.t("); cough 1 week.")
    elif reason == 2:
        w.t("completion of LTBI therapy, new cough, evaluate for active TB.")
    else:
        w.t("clearance before return to school; household contact of a smear-positive case.")
    w.t("\n\nTECHNIQUE:  PA and lateral views of the chest.\n\nCOMPARISON:  ")
    w.tx(_c(w, "None.", f"Outside radiograph of {_sd(w)} (report only).", "___."))
    w.t("\n\nFINDINGS:\n\n")
    w.tx(_c(w, "The lungs are clear without consolidation, cavitation or nodularity. ",
            f"A calcified {r.randint(3, 9)} mm granuloma in the right mid lung with a calcified right hilar node "
            "([[Ranke complex]]) reflects prior primary infection. No cavity. ",
            "Biapical pleural-parenchymal scarring, symmetric and unchanged in appearance from the outside report. ",
            "Faint nodular opacity in the left apex, partly obscured by the first rib and clavicle. "))
    w.t("No pleural effusion or pneumothorax. Hilar and mediastinal contours are normal. Heart size is normal. "
        "Visualized osseous structures are unremarkable.\n\n")
    w.spill(0.4)
    w.t("IMPRESSION:\n\n")
    w.tx(_c(w, "No radiographic evidence of active pulmonary tuberculosis.",
            "Healed primary complex ([[Ghon focus]] and calcified node). No evidence of active disease.",
            "Left apical opacity indeterminate; apical lordotic view or CT recommended before clearance.",
            "Stable apical scarring; no finding to suggest active tuberculosis."))
    w.t("\n\n")
    w.t("NOTIFICATION:  Result communicated to ")
    w.f("PERSON", "person", p=0.5)
    w.t(" of the TB program by telephone ")
    w.f("PHONE", "phone", p=0.5, masked="___")
    w.tx(f" on {_sd(w)} at ___.\n")
    w.spill()
    _extra(w)
    w.flush()
    _rfooter(w)


def _r_ct_chest(w: _W) -> None:
    r = w.r
    w.t("EXAMINATION:  CT CHEST WITH CONTRAST\n\n")
    w.t("INDICATION:  ")
    _age_field(w)
    w.tx(f" year old with smear-positive pulmonary TB, hemoptysis {_c(w, '20 mL', 'streaks', '100 mL')}; evaluate for "
         "cavitation and [[Rasmussen aneurysm]].  Patient in airborne isolation.\n\n")
    w.t("INFECTION CONTROL:  Transported from AIIR wearing a surgical mask; staff in N95/PAPR (blower SN ")
    w.f("DEVICE_ID", "serial", p=0.4)
    w.tx(f"). Scanner room closed for {_c(w, '35', '46', '69')} minutes after the study for air exchange; portable "
         "HEPA asset tag ")
    w.f("DEVICE_ID", "asset", p=0.5)
    w.t(" running in room.\n\n")
    w.tx(f"TECHNIQUE:  Helical CT of the chest after {r.choice((60, 75, 80))} mL "
         f"[[{_c(w, 'Omnipaque 350', 'Isovue-370')}]] "
         f"(lot [[{_lot(r)}]], exp [[{_expiry(r)}]]) on a [[{_c(w, 'SOMATOM Force', 'Aquilion ONE')}]]. "
         f"CTDIvol {r.uniform(4, 12):.1f} mGy; DLP {r.randint(180, 520)} mGy-cm.\n\n")
    w.t("COMPARISON:  Chest radiograph ___.\n\nFINDINGS:\n\n")
    w.tx(f"LUNGS:  Thick-walled cavity in the "
         f"{_c(w, 'apical-posterior left upper lobe', 'posterior right upper lobe', 'superior segment RLL')} "
         f"measuring {r.uniform(1.8, 6.2):.1f} x {r.uniform(1.5, 4.9):.1f} cm with an air-fluid level. Extensive "
         f"tree-in-bud "
         "nodularity in both upper lobes consistent with endobronchial spread. No pseudoaneurysm along the cavity "
         "wall.\n")
    w.tx(f"MEDIASTINUM:  Necrotic right paratracheal node {r.randint(10, 24)} mm with central low attenuation "
         f"({r.randint(8, 25)} [[Hounsfield units]]).\n")
    w.t("PLEURA:  " + _c(w, "No effusion.", "Small loculated right effusion.", "Apical pleural thickening.") + "\n")
    w.t("UPPER ABDOMEN:  Unremarkable. BONES: No lytic lesion.\n\n")
    w.spill(0.4)
    w.t("IMPRESSION:\n\n1. Cavitary upper-lobe disease with bronchogenic spread, compatible with active tuberculosis.\n"
        "2. Necrotic mediastinal adenopathy.\n3. No bronchial or pulmonary artery pseudoaneurysm identified.\n\n")
    w.t("Critical result phoned to ")
    w.f("PERSON", "person", p=0.6)
    w.t(" (ID fellow, pager ")
    w.f("PAGER", "pager", p=0.7)
    w.tx(f") on {_sd(w)}.\n")
    w.spill()
    _extra(w)
    w.flush()
    _rfooter(w)


def _r_cxr_classb(w: _W) -> None:
    _requisition(w, "CIVIL SURGEON REFERRAL -- CLASS B FOLLOW-UP")
    w.t("EXAMINATION:  CHEST (PA AND LAT)\n\nINDICATION:  ")
    _age_field(w)
    country, city, panel = _origin(w)
    w.tx(f" year old recent arrival from [[{country}]] with Class B1 TB notification; evaluate for active TB "
         "(Form I-693 / EDN follow-up).\n\nCOMPARISON:  Pre-departure film from the panel physician in ")
    w.fv("LOCATION", city, p=0.6)
    w.t(" (")
    w.fv("ORGANIZATION", panel, p=0.5, masked="panel site")
    w.tx(f"), dated {_sd(w)}, digital copy via the EDN attachment.\n\n")
    w.t("FINDINGS:\n\n")
    w.tx(_c(w, "Fibronodular scarring in the right upper lobe with volume loss and upward hilar retraction, unchanged "
               "from the pre-departure film. No new consolidation or cavity.",
            "Stable 6 mm calcified granuloma in the left lower lung. Lungs otherwise clear.",
            "Biapical pleural thickening. A new ill-defined 1.1 cm nodule in the left upper lobe is not seen on the "
            "pre-departure film.",
            "Linear scarring at the right apex ([[Simon foci]] pattern) without change."))
    w.t(" No effusion. Normal heart size.\n\nIMPRESSION:\n\n")
    w.tx(_c(w, "Stable fibrotic changes; no radiographic evidence of progression. Correlate with sputum cultures.",
            "No active disease.", "New left upper lobe nodule; recommend CT chest and sputum AFB x3."))
    w.t("\n\n")
    w.spill(0.5)
    w.tx("Note: the panel film was obtained under the CDC Technical Instructions; images were compared side by side.\n"
         "Report sent to the civil surgeon by fax ")
    w.f("FAX", "phone", p=0.7)
    w.t(" and to the county TB program.\n")
    w.spill()
    _extra(w)
    w.flush()
    _rfooter(w)


def _r_contact_batch(w: _W) -> None:
    r = w.r
    w.t("CONTACT INVESTIGATION -- BATCH CHEST RADIOGRAPHS (screening clinic)\n")
    w.t("Investigation no.: ")
    w.f("ACCOUNT", "ci", p=0.6)
    w.t("   Site: ")
    w.f("ORGANIZATION", _c(w, "employer", "school", "shelter"), p=0.5)
    w.t("\nIndication for all: IGRA-positive or symptomatic contacts of an infectious pulmonary case.\n"
        "Technique: PA views (lateral when indicated), portable unit on site.\n\n")
    for k in range(r.randint(3, 5)):
        w.t(f"CONTACT {k + 1}: ")
        w.f("PERSON", "person", p=0.35)
        w.t(", ")
        w.f("AGE_OVER_89", "age", p=0.4, masked=_c(w, "___", str(r.randint(6, 88))))
        w.t(" y, ")
        w.t(_c(w, "IGRA positive.", "TST 16 mm.", "cough 3 weeks.", "HIV positive, IGRA negative."))
        w.t("\n  Findings: ")
        w.tx(_c(w, "Lungs clear. No adenopathy.", "Right hilar fullness; lateral view shows a nodal contour -> CT.",
                "Calcified granuloma left base; no active disease.", "Patchy RUL opacity -> sputum x3, refer to "
                                                                     "clinic.",
                "Normal chest."))
        w.t("\n")
        w.spill(0.2)
    w.t("\nIMPRESSION:  See individual findings above. Contacts with abnormal films referred to the chest clinic the "
        "same week; normal films with positive IGRA referred for LTBI treatment.\n")
    w.tx(f"Mobile unit: [[{_c(w, 'Definium 656', 'Vantage Elan')}]] detector, asset ")
    w.f("DEVICE_ID", "asset", p=0.5)
    w.t("; unit parked at ")
    w.f("STREET_ADDRESS", "street", p=0.5, masked="the site")
    w.t(" (vehicle plate ")
    w.f("VEHICLE_ID", "plate", p=0.6)
    w.t(").\n")
    w.spill()
    _extra(w)
    w.flush()
    _rfooter(w)


def _r_cxr_followup(w: _W) -> None:
    r = w.r
    if r.random() < 0.6:
        _requisition(w, _c(w, "DOT PROGRAM IMAGING REQUEST", "TB CLINIC REFERRAL -- MONTH 2 FILM"))
    w.t("EXAMINATION:  CHEST (PA AND LAT)\n\nINDICATION:  ")
    _age_field(w)
    w.tx(f" year old on DOT for pulmonary TB, month {r.randint(2, 6)} of therapy ({_c(w, *_REGIMENS)}); assess "
         f"response.\n\n")
    a, b = _sd_pair(w, 1, 9)
    w.tx(f"COMPARISON:  {a} (at diagnosis) and CT chest {b}.\n\nFINDINGS:\n\n")
    w.tx(_c(w, "The right upper lobe cavity has decreased from 3.4 to 1.6 cm with thinner walls. Surrounding "
               "consolidation has largely cleared; residual linear scarring.",
            "Interval improvement of bilateral upper-lobe nodular opacities. No new cavity.",
            "Left pleural effusion has decreased from moderate to small. No new parenchymal disease.",
            "Persistent cavitation without interval change despite therapy."))
    w.t(" No pneumothorax. Cardiomediastinal silhouette normal.\n\nIMPRESSION:\n\n")
    w.t(_c(w, "Radiographic improvement on therapy.", "Stable to slightly improved.",
           "No radiographic improvement at month 2; correlate with sputum culture conversion and adherence.") + "\n\n")
    w.spill(0.4)
    w.t("ADDITIONAL HISTORY (from DOT program):\n  Adherence ")
    w.t(f"{r.randint(78, 100)}% of observed doses; ")
    w.tx(_c(w, "VDOT via [[emocha]]", "field DOT", "clinic DOT", "VDOT via [[SureAdhere]]"))
    w.t("; session reviewed ")
    w.f("ACCOUNT", "vdot", p=0.5)
    w.t(".\n  Sputum culture month 2: " + _c(w, "negative", "pending", "positive") + ". Weight gain ")
    w.t(f"{r.uniform(0.5, 7):.1f} kg.\n  Program contact: ")
    w.f("EMAIL", "email_staff", p=0.6)
    w.t("\n")
    w.spill()
    _extra(w)
    w.flush()
    _rfooter(w)


def _r_node_biopsy(w: _W) -> None:
    r = w.r
    w.t("EXAMINATION:  ULTRASOUND-GUIDED CORE BIOPSY, LEFT CERVICAL LYMPH NODE\n\nINDICATION:  ")
    _age_field(w)
    w.tx(" year old with matted left level V nodes and fevers; IGRA positive; rule out TB lymphadenitis (scrofula) "
         "vs lymphoma.\n\n")
    w.t("CONSENT:  Risks, benefits and alternatives discussed with the patient through a ")
    w.tx(f"{_c(w, *_LANGS)} interpreter (session ")
    w.f("ACCOUNT", "interp", p=0.5)
    w.t("); written consent obtained.\n\n")
    w.tx(f"PROCEDURE:  Time-out performed. Lidocaine 1% local. Under real-time ultrasound, {r.randint(3, 5)} passes "
         "with an 18-gauge core needle ([[Seldinger technique]] not required). Hemostasis by compression.\n"
         f"Device: biopsy gun lot [[{_lot(r)}]], exp [[{_expiry(r)}]]; ultrasound unit asset ")
    w.f("DEVICE_ID", "asset", p=0.4)
    w.t(".\n\n")
    w.t("SPECIMENS:\n  1. cores in saline (NOT formalin) for AFB smear, NAAT and mycobacterial culture -- to the ")
    w.f("ORGANIZATION", "lab", p=0.4, masked="[[state public health laboratory]]")
    w.t(", accession ")
    w.f("ACCOUNT", "acc", p=0.6)
    w.tx("\n  2. cores in formalin for histology (granulomas, [[Langhans giant cells]], caseation)\n")
    w.t("  3. flow cytometry\n\n")
    w.spill(0.4)
    w.t("FINDINGS:  Conglomerate hypoechoic nodes with central necrosis and a small peripheral collection, "
        "3.1 x 2.2 cm. No sinus tract.\n\nCOMPLICATIONS:  None.\n\nIMPRESSION:\n\n")
    w.t("Successful ultrasound-guided core biopsy of the left cervical nodal mass; specimens sent for mycobacterial "
        "studies and histology.\n\n")
    w.t("Results to be followed by ")
    w.f("PERSON", "person", p=0.5)
    w.t(" at the chest clinic (fax ")
    w.f("FAX", "phone", p=0.6)
    w.t(").\n")
    w.spill()
    _extra(w)
    w.flush()
    _rfooter(w)


def _r_mri_spine(w: _W) -> None:
    r = w.r
    w.t("EXAMINATION:  MRI THORACIC AND LUMBAR SPINE WITH AND WITHOUT CONTRAST\n\nINDICATION:  ")
    _age_field(w)
    w.tx(" year old with back pain, weight loss and positive IGRA, concern for spinal tuberculosis "
         "([[Pott disease]]).\n\n")
    w.tx(f"TECHNIQUE:  Sagittal T1, T2, STIR; axial T2; post-contrast T1 fat-sat after {r.uniform(5, 9):.1f} mL "
         f"[[Gadavist]] (lot [[{_lot(r)}]]).\n\nSAFETY SCREEN:  No implanted device. ")
    w.t("Patient's loaner VDOT phone (IMEI ")
    w.f("DEVICE_ID", "imei", p=0.5)
    w.t(") secured in a Zone III locker.\n\n")
    lv = _c(w, "T9-T10", "T11-T12", "T12-L1", "L1-L2")
    w.t(f"COMPARISON:  CT abdomen/pelvis ___.\n\nFINDINGS:\n\nAt {lv} there is destruction of the adjacent endplates "
        "with relative preservation of the disc early on, now partially involved, and a rim-enhancing paraspinal "
        f"abscess measuring {r.uniform(2, 7):.1f} cm extending under the anterior longitudinal ligament. "
        f"{_c(w, 'Mild', 'Moderate', 'No')} epidural extension; the cord is "
        f"{_c(w, 'normal in signal', 'mildly compressed without signal change')}. "
        f"Gibbus deformity {_c(w, 'absent', 'early')}. Bilateral psoas {_c(w, 'abscesses', 'edema')}.\n\n")
    w.spill(0.4)
    w.t("IMPRESSION:\n\n")
    w.tx(f"1. {lv} spondylodiscitis with paraspinal and psoas abscesses, most consistent with tuberculous "
         f"spondylitis.\n"
         "2. Recommend CT-guided aspiration for AFB culture and susceptibility before steroids or surgery.\n\n")
    w.t("Discussed with ")
    w.f("PERSON", "person", p=0.6)
    w.t(" (spine surgery, pager ")
    w.f("PAGER", "pager", p=0.6)
    w.tx(f") on {_sd(w)}. Transfer to ")
    w.f("ORGANIZATION", "hosp", p=0.4, masked="a tertiary center")
    w.t(" under discussion; transport by ")
    w.f("ORGANIZATION", "ems", p=0.4, masked="ALS ambulance")
    w.t(".\n")
    w.spill()
    _extra(w)
    w.flush()
    _rfooter(w)


# --------------------------------------------------------------------------------------------------
# Assembly
# --------------------------------------------------------------------------------------------------

_KINDS: dict[str, tuple[str, Callable[[_W], None]]] = {
    "case_report": ("discharge", _b_case_report),
    "tb_clinic_visit": ("discharge", _b_clinic_visit),
    "dot_log": ("discharge", _b_dot_log),
    "contact_roster": ("discharge", _b_contact_roster),
    "isolation_clearance_letter": ("discharge", _b_isolation_letter),
    "iis_query": ("discharge", _b_iis_query),
    "phl_lab_report": ("discharge", _b_phl_report),
    "civil_surgeon_followup": ("discharge", _b_civil_surgeon),
    "health_officer_order": ("discharge", _b_officer_order),
    "discharge_summary": ("discharge", _b_discharge_summary),
    "cxr_tb_clearance": ("radiology", _r_cxr_clearance),
    "ct_chest_isolation": ("radiology", _r_ct_chest),
    "cxr_class_b": ("radiology", _r_cxr_classb),
    "contact_cxr_batch": ("radiology", _r_contact_batch),
    "cxr_dot_followup": ("radiology", _r_cxr_followup),
    "us_node_biopsy": ("radiology", _r_node_biopsy),
    "mri_spine_pott": ("radiology", _r_mri_spine),
}
DOCUMENT_KINDS: tuple[str, ...] = tuple(_KINDS)
_RAD = tuple(k for k, (t, _) in _KINDS.items() if t == "radiology")
_DIS = tuple(k for k, (t, _) in _KINDS.items() if t == "discharge")

_PHI = 0.6180339887498949
_P1, _P2 = 0.7548776662466927, 0.5698402909980532


def document_kind(seed: int, i: int) -> str:
    u = ((i + 1) * 0.4142135623730950 + seed * 0.2360679774997897) % 1.0
    pool = _RAD if u < 0.45 else _DIS
    return random.Random(f"holdout92:{seed}:{i}:kind").choice(pool)


def _plan(seed: int, i: int) -> tuple[str, list[str]]:
    if (i + 7 * seed) % 20 == 11:
        return "heavy", []
    u = ((i + 1) * _P1 + seed * 0.3247179572447460) % 1.0
    if u >= 0.611:
        return "normal", []
    v = ((i + 1) * _P2 + seed * 0.1213203435596426) % 1.0
    n = (1, 1, 2, 2, 3, 4)[int(v * 6)]
    cats = [CATEGORIES[int((((4 * i + j) + 1) * _PHI + seed * 0.4142135623730950) % 1.0 * len(CATEGORIES))]
            for j in range(n)]
    return "normal", cats


_HEAVY_HEAD = (
    "Name:  ___                  Unit No:   ___\n\nAdmission Date:  ___              Discharge Date:   ___\n\n"
    "Date of Birth:  ___             Sex:   ___\n\nAttending: ___.   PCP: ___   Phone: ___\n"
    "Address: ___, ___, ___ ___   Emergency contact: ___ (___) ___\n"
    "Registry export (identifiers suppressed):\n"
    "| ___ | ___ | ___ | ___ | ___ |\n| ___ | ___ | ___ | ___ | ___ |\n| ___ | ___ | ___ | ___ | ___ |\n\n"
)

def _build(seed: int, i: int) -> tuple[LabelledNote, list[str], str]:
    rng = random.Random(f"holdout92:{seed}:{i}")
    kind = document_kind(seed, i)
    note_type, builder = _KINDS[kind]
    heavy, plan = _plan(seed, i)
    w = _W(rng, plan)
    w.note_type = note_type
    if heavy == "heavy":
        w.t(_HEAVY_HEAD)
    builder(w)
    while w.n < 1150:
        _extra(w, 1)
    assert not w.plan
    return LabelledNote(note_type, w.text(), list(w.spans)), list(w.look), heavy


def holdout92_note(seed: int, i: int) -> LabelledNote:
    return _build(seed, i)[0]


def holdout92_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout92_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = holdout_measure.measure(
        holdout92_corpus, argv,
        "Held-out corpus 92 (tuberculosis control and public-health case management), written blind.")
    holdout_measure.report("holdout92", args, notes, hits, res)


if __name__ == "__main__":
    main()
