"""Held-out corpus 81: agricultural and farmworker health around an admission.

MIMIC-IV-Note-shaped discharge and radiology notes about farmworkers and farm families: migrant and
community health center visits, pesticide exposure and the state pesticide programme's illness
reports, heat illness in field work, farm machinery and livestock injuries, H-2A and seasonal
workers, grower-provided housing and labour camps, crew leaders and farm labour contractors, dairy
and packing-house work, outreach-van visits, workers' compensation first reports and poison-center
consults, plus the radiology reports that quote them. Most identifiers are ``___``; unmasked dates
are shifted into 2100-2199; about 58% of the notes carry 1-4 identifiers that escaped masking and 5%
are heavily masked (no plants).

Document kinds (20; 11 discharge-type, 9 radiology):
  discharge: chc_transfer (health-center visit quoted in a discharge summary), pesticide_dc
  (organophosphate/carbamate poisoning), heat_illness_dc (exertional heat stroke, rhabdomyolysis),
  machinery_dc (PTO, auger, tractor roll-over), livestock_dc (dairy and cattle injuries),
  pesticide_report (pasted state pesticide illness report/referral), wc_first_report (pasted
  workers' compensation first report of injury), poison_consult (poison-center consult record),
  outreach_van (outreach-van visit log at a labour camp), housing_sw (social-work note on grower
  housing, crew leaders, H-2A), packing_hp (packing-house/dairy ED-to-floor H&P).
  radiology: rad_chest_exposure, rad_hand_machinery, rad_head_ladder, rad_abd_livestock,
  rad_renal_heat, rad_outside_import (outside images from a health center, pasted PACS text),
  rad_cspine_rollover, rad_addendum (critical-result communication addendum), rad_tb_screen
  (arrival chest film for seasonal workers).

Label policy (as the brief states it):
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
"Acct") and credentials ("MD", "RN") stay outside. Every IP address, private or public, is
IP_ADDRESS.

Label choices for this theme (following the brief's earlier decisions):
- farms, growers, ranches, dairies, orchards, nurseries, packing houses and farm labour contractors
  named as businesses are employers: ORGANIZATION; so are migrant/community health centers, hospitals,
  pharmacies, poison centers, county health departments and county agricultural commissioners'
  offices (local agencies). Federal and state regulators and programmes (EPA, OSHA, NIOSH, USDA, the
  Department of Labor, a state pesticide-regulation department, the Worker Protection Standard,
  SENSOR-Pesticides) stay unlabelled, as do workers' compensation carriers (payers).
- a named labour camp or grower housing complex is a place where the patient lives: LOCATION (like
  an encampment); its street line is STREET_ADDRESS; towns and counties are LOCATION.
- crew leaders (mayordomos), foremen, growers, outreach workers and clinicians are PERSON.
- workers' compensation claim and first-report numbers, state pesticide-illness report and referral
  numbers, county agricultural-commissioner episode numbers, poison-center case numbers, lab
  accession/specimen numbers (cholinesterase) and health-center visit numbers: ACCOUNT.
  Medicaid/emergency-Medicaid and plan member ids: HEALTH_PLAN. Health-center chart numbers: MRN.
- a tractor's or ATV's PIN/VIN, a crew bus's or outreach van's plate: VEHICLE_ID; tractor, ATV and
  implement model numbers stay unlabelled. A wearable heat-stress sensor's or analyser's serial and
  an asset tag: DEVICE_ID.
- written masked (no HIPAA category here): H-2A visa, passport, I-94 and alien numbers, consular
  (matricula) ids, employee badge numbers, pesticide-applicator certificates and farm labour
  contractor certificates, housing unit numbers.
- unlabelled look-alikes: EPA registration and establishment numbers, active ingredients and product
  brands, equipment models, crop, block and field codes, H-2A as a visa class, DOL ETA job-order case
  numbers and an employer's FEIN (an employer's, public), group numbers, cattle ear-tag numbers (an
  animal's), public hotlines (Poison Help, NPIC) and public agencies' websites, lot numbers, NDCs,
  expiry dates, shifted dates, bare years, ages under 90, scores and eponyms, US states ("New York"
  included) and home countries or Mexican states (Oaxaca, Guatemala, Jamaica).
- a pharmacy, chain store included (Walgreens, CVS Pharmacy, Rite Aid, a farmacia), is ORGANIZATION.

Written blind: I read only the brief (bench/holdout_corpus_task.md), holdout_measure.py, the first 45
lines of notes.py, pyproject.toml, /work/shared/reference/*.md and the masked note-shaped samples
under /work/shared/data/ (with SOURCES.md). No detector code, rule file, other corpus, test or history
was opened, and the detector was never run.
"""

from __future__ import annotations

import math
import random
import string
import sys
from collections.abc import Callable

from lqs_clinical.synth import holdout_measure
from lqs_clinical.synth.notes import LabelledNote

Part = tuple[str, str | None]

# --------------------------------------------------------------------------------------------------
# Scheduling: kinds, heavy notes, plants and categories all come from Weyl sequences of (seed, i)
# --------------------------------------------------------------------------------------------------

_A_KIND = math.sqrt(7) % 1
_A_PLANT = (math.sqrt(5) - 1) / 2
_A_NSPAN = math.sqrt(2) % 1
_A_CAT = math.sqrt(3) % 1

_CAT_WEIGHTS = (
    ("PERSON", 8), ("ORGANIZATION", 7), ("LOCATION", 6), ("DATE_REAL_YEAR", 6), ("ACCOUNT", 6),
    ("PHONE", 5), ("MRN", 4), ("HEALTH_PLAN", 4), ("STREET_ADDRESS", 4), ("ZIP", 3), ("LICENSE", 3),
    ("VEHICLE_ID", 3), ("DEVICE_ID", 3), ("IP_ADDRESS", 3), ("FAX", 3), ("EMAIL", 2), ("URL", 2),
    ("SSN", 2), ("AGE_OVER_89", 2), ("PAGER", 2),
)
_CAT_WHEEL = tuple(c for c, w in _CAT_WEIGHTS for _ in range(w))


def _frac(x: float) -> float:
    return x - math.floor(x)


def _is_heavy(seed: int, i: int) -> bool:
    return i % 20 == (seed * 7 + 3) % 20


def _is_planted(seed: int, i: int) -> bool:
    return not _is_heavy(seed, i) and _frac(i * _A_PLANT + seed * 0.2817) < 0.6105


def _n_spans(seed: int, i: int) -> int:
    u = _frac(i * _A_NSPAN + seed * 0.3719)
    return 1 if u < 0.36 else 2 if u < 0.66 else 3 if u < 0.88 else 4


def _categories(seed: int, i: int) -> list[str]:
    if not _is_planted(seed, i):
        return []
    return [_CAT_WHEEL[int(_frac((i * 4 + j) * _A_CAT + seed * 0.5773) * len(_CAT_WHEEL))]
            for j in range(_n_spans(seed, i))]


# --------------------------------------------------------------------------------------------------
# Look-alike pools (never labelled)
# --------------------------------------------------------------------------------------------------

_POOLS: dict[str, tuple[str, ...]] = {
    "ingredient": ("chlorpyrifos", "malathion", "paraquat dichloride", "glyphosate", "mancozeb", "abamectin",
                   "imidacloprid", "methomyl", "carbaryl", "1,3-dichloropropene", "chloropicrin",
                   "metam sodium", "dimethoate", "acephate", "zeta-cypermethrin", "oxamyl", "copper hydroxide"),
    "product": ("Roundup PowerMAX", "Gramoxone SL 2.0", "Lorsban Advanced", "Sevin XLR Plus", "Lannate LV",
                "Telone II", "Vapam HL", "Agri-Mek SC", "Admire Pro", "Dithane F-45", "Vydate L",
                "Mustang Maxx", "Kocide 3000", "Orthene 97"),
    "epa": ("EPA Reg. No. 524-549", "EPA Reg. No. 100-1431", "EPA Reg. No. 62719-591", "EPA Reg No 264-333",
            "EPA Reg. No. 352-384", "EPA Reg. No. 5481-428", "EPA Reg. No. 279-3426", "EPA Reg. #62719-32",
            "EPA Reg. No. 70506-36", "EPA Est. No. 5905-GA-1", "EPA Est. 39578-TX-1", "EPA Reg. No. 100-1075"),
    "equipment": ("John Deere 5075E", "Kubota M7060", "New Holland T4.75", "Massey Ferguson 4707",
                  "Polaris Ranger 570", "Case IH Farmall 75C", "Bobcat S650", "Vermeer 504 R", "Kuhn GMD 3511",
                  "Honda FourTrax Rancher", "Mahindra 2638"),
    "ppe": ("3M 6200 half-face respirator", "Tyvek 400 coveralls", "N95", "nitrile gloves", "OV/P100 cartridges",
            "chemical-resistant apron"),
    "drug": ("atropine", "pralidoxime (Protopam)", "ondansetron (Zofran)", "lactated Ringer's", "cefazolin",
             "Keflex", "Bactrim DS", "Ativan", "Unasyn", "vancomycin"),
    "analgesic": ("acetaminophen (Tylenol)", "ibuprofen (Motrin)", "oxycodone 5 mg", "lidocaine 5% patch",
                  "ketorolac (Toradol)", "Dilaudid PCA"),
    "otc": ("Alka-Seltzer", "Vicks VapoRub", "Pepto-Bismol", "Tylenol", "Advil", "Sal de Uvas Picot", "Tdap"),
    "eponym": ("Glasgow Coma Scale", "FOUR score", "Gustilo-Anderson IIIA", "Gustilo-Anderson II", "Tscherne grade 2",
               "Kanavel signs", "Allen test", "Colles fracture", "Smith fracture", "Barton fracture", "Tinel sign",
               "NEXUS criteria", "Canadian C-spine Rule", "Chance fracture", "Morel-Lavallee lesion", "Kehr sign",
               "seat-belt sign", "Canadian CT Head Rule", "PECARN"),
    "misc": ("Kestrel 5400 WBGT meter", "lactated Ringer solution", "normal saline", "amlodipine 10 mg",
             "lisinopril 20 mg",
             "chlorthalidone 12.5 mg", "methylprednisolone 125 mg", "ipratropium", "Decadron 10 mg", "Alaris 8015"),
    "hotline": ("Poison Help line 1-800-222-1222", "NPIC 1-800-858-7378", "OSHA 1-800-321-6742",
                "1-800-222-1222", "1 (800) 858-7378", "988 Suicide & Crisis Lifeline"),
    "agency": ("EPA", "OSHA", "NIOSH", "USDA", "Department of Labor Wage and Hour Division",
               "Worker Protection Standard", "SENSOR-Pesticides", "CDC", "HRSA",
               "state Department of Pesticide Regulation", "state workers' compensation board"),
    "web": ("www.epa.gov/pesticide-worker-safety", "npic.orst.edu", "www.osha.gov/heat", "www.cdc.gov/niosh",
            "seasonaljobs.dol.gov", "www.dol.gov/agencies/whd/agriculture/h2a"),
    "visa": ("H-2A", "H-2A visa", "H-2A (agricultural)", "MSAW"),
    "program": ("I-9", "seasonal agricultural worker", "migrant and seasonal farmworker", "Farmworker Justice",
                "Migrant Clinicians Network"),
    "crop": ("Thompson Seedless", "Honeycrisp", "Bing cherries", "Valencia oranges", "Roma tomatoes", "romaine",
             "blueberries", "sweet potatoes", "strawberries", "Vidalia onions", "bell peppers"),
    "field": ("Block 14-C", "Field 7B", "Ranch Block 22N", "block 31-A", "field 12 north", "Row 118",
              "Plot NW-6"),
    "place": ("Oaxaca", "Guatemala", "Jamaica", "Haiti", "Mexico", "Michoacan", "Guerrero", "Chiapas",
              "Honduras", "Veracruz"),
    "state": ("California", "Florida", "Washington", "North Carolina", "Texas", "Oregon", "Idaho", "Georgia",
              "Michigan", "New York"),
    "poc": ("Accu-Chek Guide", "Test-mate ChE 400", "Masimo Rad-97", "Kestrel 5400 Heat Stress Tracker",
            "Hemocue Hb 201+", "Omron HEM-907XL", "Abbott i-STAT"),
    "icu": ("Philips IntelliVue MX450", "Zoll X Series", "Bair Hugger", "Arctic Sun 5000", "Alaris 8015"),
    "scanner": ("Siemens SOMATOM go.Top", "GE Optima XR220amx", "Carestream DRX-Revolution", "GE LOGIQ E10",
                "Canon Aquilion ONE", "Fujifilm FDR Go PLUS"),
    "software": ("PACS v7.2.1", "NextGen 6.2023.1", "eClinicalWorks v12", "OCHIN Epic", "Powerscribe 360 v4.0",
                 "Synapse 5.7", "HL7 v2.5.1"),
}
EPONYMS_AND_BRANDS: tuple[str, ...] = tuple(dict.fromkeys(s for pool in _POOLS.values() for s in pool))

# --------------------------------------------------------------------------------------------------
# Surrogate values (fictitious)
# --------------------------------------------------------------------------------------------------

_GIVEN = ("Evaristo", "Wilner", "Desmond", "Juan Carlos", "Ubaldo", "Fidencio", "Marvin", "Jean-Robert", "Odilon",
          "Tomas", "Kwame", "Delroy", "Nazario", "Efrain", "Rigoberto", "Anselmo", "Lucio", "Maria Guadalupe",
          "Rosalba", "Yesenia", "Marisol", "Nadege", "Petrona", "Cleotilde", "Sherika", "Araceli", "Itzel", "Dulce",
          "Imelda", "Lourdes", "Heriberto", "Porfirio", "Wendell", "Clive", "Baltazar", "Yolanda", "Ingrid",
          "Hollis", "Dwayne", "Teodora", "Abelardo", "Celestino", "Fabiola", "Reinaldo", "Verlie", "Augustin")
_FAMILY = ("Ramirez Cruz", "Ochoa", "Joseph", "Campbell", "Tzul", "Velasco", "Hernandez", "Pierre-Louis", "Mendoza",
           "Chavez", "Bautista", "Lopez Santiz", "Xiloj", "Brown", "Nunez", "Saint-Fleur", "Guzman", "Reyes",
           "Cortez", "Whitfield", "Lindqvist", "Okafor", "Matias", "Pascual", "Domingo", "Alvarado", "Quiroz",
           "McAllister", "Tecum", "Baptiste", "Ventura", "Garnica", "Holloway", "Zavala", "Solis Mejia", "Etienne",
           "Kowalczyk", "Barajas", "Ixcoy", "Thibodeaux", "Arriaga", "Cisneros", "Pennington", "Ajanel")
_TOWNS = ("Immokalee", "Salinas", "Yakima", "Watsonville", "Delano", "Woodburn", "Belle Glade", "Homestead", "Arvin",
          "Mendota", "Huron", "Othello", "Wapato", "Hood River", "Pahokee", "Plant City", "Dimmitt", "Hereford",
          "Mount Olive", "Faison", "Dos Palos", "Parlier", "Lamont", "Wasco", "Firebaugh", "Sunnyside",
          "Mattawa", "Dinuba", "Orange Cove", "Brawley", "Calexico", "Guadalupe", "Lake Wales", "Apopka",
          "Lyons", "Vidalia", "Quincy", "Royal City", "Prosser", "Hermiston", "Nyssa", "Caldwell", "Greenfield",
          "King City", "Soledad", "Gonzales", "Live Oak", "Linden", "Ruskin", "Wimauma", "Newton Grove")
_COUNTIES = ("Tulare", "Kern", "Fresno", "Monterey", "Yakima", "Grant", "Collier", "Hendry", "Palm Beach",
             "Sampson", "Duplin", "Imperial", "Stanislaus", "Madera", "Umatilla", "Hillsborough", "Toombs",
             "Canyon", "Skagit", "Hidalgo", "Parmer", "Deaf Smith")
_CAMPS = ("Campo Las Palmas", "Harvest Village", "Rancho Seco Camp", "Campo San Isidro", "Orchard View Housing",
          "Farm Labor Center Linnell", "Campo Nuevo Amanecer", "Sunrise Labor Camp", "Camp 9 Bunkhouses",
          "Vivienda El Mirador", "Los Pinos Housing", "Cherry Flats Cabins", "Palm Row Labor Camp",
          "Mesa Grande Dormitories", "Campo La Esperanza", "Tobacco Road Barracks")
_FARM_A = ("Sunridge", "Blue Heron", "Ochoa Brothers", "Lone Cypress", "Hermanos Velasco", "Twin Oaks",
           "Golden Furrow", "Cedar Bottom", "Big Slough", "Los Altos", "Kettle Creek", "Mesa Verde", "Red Barn",
           "Harvest Moon", "Pacheco Family", "Delta Sweet", "Whitewater", "Mirasol", "Three Rivers", "Sandhill",
           "Cottonwood", "San Benito Valley", "Tierra Fina", "Buckhorn", "Seven Oaks", "Quail Run")
_FARM_B = ("Farms", "Dairy", "Orchards", "Packing Co.", "Growers", "Ranch", "Berry Farm", "Harvesting LLC",
           "Nursery", "Produce Inc.", "Farm Labor Contracting", "Citrus Co-op", "Vineyards", "Cattle Co.",
           "Ag Services", "Fresh Pack")
_ORG_FIXED = ("Valle del Sol Farmworker Health Center", "Clinica Campesina de la Costa", "Tri-County Migrant Health",
              "Sun Harvest Community Health Center", "Rio Bravo Family Health", "Lake Country Migrant Clinic",
              "Cascadia Farmworker Clinic", "Westside Family Health Services", "Clinica del Pueblo de Arvin",
              "Greenfield Community Health Center", "Orchard Valley Medical Center",
              "San Joaquin Valley Regional Medical Center", "Palmetto Glades Hospital", "Sampson Regional Hospital",
              "Central Valley Regional Poison Center", "Farmacia La Esperanza", "Farmacia San Judas Tadeo",
              "Walgreens", "CVS Pharmacy", "Tulare County Agricultural Commissioner",
              "Kern County Public Health", "Collier County Health Department", "Yakima Valley Memorial",
              "Immokalee Medical Outreach", "Coastal Plains Poison Information Center", "Skagit Regional Clinics",
              "Mountain West Burn Center", "Golden Plains Occupational Health", "Lowcountry Agromedicine Clinic")
_PHARMACIES = ("Farmacia La Esperanza", "Farmacia San Judas Tadeo", "Walgreens", "CVS Pharmacy", "Rite Aid",
               "Botica del Valle", "Farmacia Guadalupana")
_EMAIL_DOM = ("gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "valledelsolchc.org", "tricountymigrant.org",
              "sunridgefarms.com", "bluherondairy.net", "campesina-costa.org", "ochoabros-ag.com", "icloud.com")
_AREA = ("559", "209", "831", "509", "239", "863", "956", "970", "616", "919", "252", "208", "541", "760", "661",
         "805", "936", "915", "575", "561", "912", "229", "910", "360", "813", "407")
_VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice(string.digits) for _ in range(n))


def _L(r: random.Random, n: int) -> str:
    return "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def _phone(r: random.Random) -> str:
    a, x, y = r.choice(_AREA), str(r.randint(2, 9)) + _d(r, 2), _d(r, 4)
    return r.choice((f"({a}) {x}-{y}", f"{a}-{x}-{y}", f"{a}.{x}.{y}", f"+1 {a} {x} {y}", f"{a}{x}{y}",
                     f"({a}){x}-{y}", f"1-{a}-{x}-{y}", f"{a} {x} {y}"))


def _person(r: random.Random) -> str:
    g, f = r.choice(_GIVEN), r.choice(_FAMILY)
    form = r.random()
    if form < 0.55:
        return f"{g} {f}"
    if form < 0.75:
        return f"{f}, {g}"
    if form < 0.88:
        return f"{g} {f}".upper()
    return f"{g.split()[0][0]}. {f}"


def _org(r: random.Random) -> str:
    if r.random() < 0.5:
        return r.choice(_ORG_FIXED)
    return f"{r.choice(_FARM_A)} {r.choice(_FARM_B)}"


def _location(r: random.Random) -> str:
    u = r.random()
    if u < 0.6:
        return r.choice(_TOWNS)
    if u < 0.78:
        return f"{r.choice(_COUNTIES)} County"
    return r.choice(_CAMPS)


def _street(r: random.Random) -> str:
    n = r.randint(12, 39999)
    name = r.choice(("Grant Line", "Packinghouse", "Sugar Mill", "Rancho Verde", "Orchard", "Cotton Gin", "Levee",
                     "Canal Bank", "Mustang", "Pecan Grove", "Tobacco Barn", "Citrus", "Dairy"))
    return r.choice((
        f"{n} Avenue {r.randint(100, 460)}", f"{n} Road {r.randint(20, 220)}", f"{n} County Road {r.randint(2, 99)}",
        f"Rural Route {r.randint(1, 9)}, Box {r.randint(10, 999)}",
        f"{n} Calle {r.choice(('Rosales', 'Obregon', 'Juarez', 'Hidalgo'))}", f"{n} {r.choice('NSEW')} {name} Rd",
        f"{r.randint(10, 999)} {r.choice(('Main', 'Second', 'Pine', 'Elm', 'Lincoln'))} St Apt {r.randint(1, 40)}",
        f"{n} Old {r.choice(('Highway 99', 'Immokalee Hwy', 'Sunnyside Hwy', 'Farm Rd'))}", f"{n} {name} Lane",
        f"{r.randint(100, 9999)} SR {r.randint(20, 99)}"))


def _date(r: random.Random) -> str:
    y, m, dd = r.randint(1931, 2029), r.randint(1, 12), r.randint(1, 28)
    mon = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")[m - 1]
    mes = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre")[m - 1]
    return r.choice((f"{m:02d}/{dd:02d}/{y}", f"{m}/{dd}/{y}", f"{y}-{m:02d}-{dd:02d}", f"{mon} {dd}, {y}",
                     f"{dd} {mon[:3]} {y}", f"{dd} de {mes} de {y}", f"{m:02d}-{dd:02d}-{y}", f"{mon[:3]}. {dd}, {y}",
                     f"{dd}.{m:02d}.{y}"))


def _value(cat: str, r: random.Random) -> str:
    if cat in ("PHONE", "FAX"):
        return _phone(r)
    if cat == "PAGER":
        return r.choice((f"{r.randint(2, 9)}{_d(r, 2)}-{_d(r, 4)}", _d(r, 4), _d(r, 5), f"({r.choice(_AREA)}) "
                         f"{r.randint(2, 9)}{_d(r, 2)}-{_d(r, 4)}", f"{_d(r, 2)}-{_d(r, 3)}"))
    if cat == "EMAIL":
        g, f = r.choice(_GIVEN).split()[0].lower(), r.choice(_FAMILY).split()[0].lower().replace("-", "")
        local = r.choice((f"{g}.{f}", f"{g[0]}{f}", f"{g}{f}{_d(r, 2)}", f"{f}.{g}{r.randint(1, 99)}", f"{g}_{f}"))
        return f"{local}@{r.choice(_EMAIL_DOM)}"
    if cat == "URL":
        return r.choice((f"https://portal.{r.choice(('valledelsolchc', 'tricountymigrant', 'sunharvestchc'))}.org/"
                         f"visit/{_d(r, 6)}", f"www.facebook.com/{r.choice(_GIVEN).split()[0].lower()}."
                         f"{r.choice(_FAMILY).split()[0].lower()}.{_d(r, 3)}", f"https://mychart.orchardvalleymc.org"
                         f"/p/{_L(r, 2)}{_d(r, 5)}",
                         f"telehealth.campesina-costa.org/room/{_L(r, 3).lower()}-{_d(r, 4)}",
                         f"https://pesticide-report.example-county.gov/case/{_d(r, 5)}",
                         f"www.instagram.com/{r.choice(_FAMILY).split()[0].lower()}_{_d(r, 4)}"))
    if cat == "IP_ADDRESS":
        u = r.random()
        if u < 0.3:
            return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        if u < 0.55:
            return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"
        if u < 0.7:
            return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        if u < 0.9:
            return f"{r.choice((24, 50, 66, 71, 98, 108, 174, 206))}.{r.randint(1, 254)}.{r.randint(0, 255)}." \
                   f"{r.randint(1, 254)}"
        return f"2600:1700:{r.randint(4096, 65535):x}:{r.randint(16, 4095):x}::{r.randint(2, 255):x}"
    if cat == "SSN":
        a = r.choice([x for x in range(1, 900) if x != 666])
        g, s = r.randint(1, 99), r.randint(1, 9999)
        return r.choice((f"{a:03d}-{g:02d}-{s:04d}", f"{a:03d} {g:02d} {s:04d}", f"{a:03d}{g:02d}{s:04d}"))
    if cat == "MRN":
        return r.choice((_d(r, 7), _d(r, 8), f"{_L(r, 2)}-{_d(r, 6)}", f"CHC{_d(r, 6)}", f"00{_d(r, 6)}",
                         f"{_d(r, 3)}-{_d(r, 4)}", f"M{_d(r, 7)}"))
    if cat == "ACCOUNT":
        return r.choice((f"WC{_d(r, 8)}", f"{_d(r, 2)}-{_d(r, 6)}", f"PIR-{_d(r, 2)}-{_d(r, 5)}",
                         f"{_L(r, 2)}{_d(r, 7)}",
                         _d(r, 10), f"E{_d(r, 9)}", f"{_d(r, 4)}-{_L(r, 1)}-{_d(r, 4)}", f"CLM-{_d(r, 3)}-{_d(r, 5)}",
                         f"PC{_d(r, 8)}", f"ACC{_d(r, 7)}", f"{_L(r, 1)}{_d(r, 2)}-{_d(r, 6)}"))
    if cat == "HEALTH_PLAN":
        mbi = f"{r.randint(1, 9)}{_L(r, 1)}{r.choice(_VIN_CH)}{r.randint(0, 9)}{_L(r, 1)}{r.choice(_VIN_CH)}" \
              f"{r.randint(0, 9)}{_L(r, 2)}{_d(r, 2)}"
        return r.choice((f"{_d(r, 8)}{_L(r, 1)}", f"{_L(r, 1)}{_d(r, 8)}", mbi, f"{mbi[:4]}-{mbi[4:7]}-{mbi[7:]}",
                         f"{_L(r, 3)}{_d(r, 9)}", f"{_d(r, 9)}-{_d(r, 2)}", f"{_L(r, 2)}{_d(r, 5)}{_L(r, 1)}"))
    if cat == "LICENSE":
        return r.choice((f"{_L(r, 1)}{_d(r, 7)}", f"{_L(r, 1)}{_d(r, 3)}-{_d(r, 3)}-{_d(r, 2)}-{_d(r, 3)}-{_d(r, 1)}",
                         f"1{_d(r, 9)}", f"{_d(r, 6)}", f"{_L(r, 1)} {_d(r, 5)}", f"WDL{_L(r, 2)}{_d(r, 4)}{_L(r, 2)}",
                         f"{_L(r, 2)}{_d(r, 7)}", f"{_d(r, 8)}"))
    if cat == "ZIP":
        z = r.choice(("93", "95", "98", "34", "33", "27", "28", "99", "97", "79", "78", "31", "83"))
        z += _d(r, 3)
        return z if r.random() < 0.75 else f"{z}-{_d(r, 4)}"
    if cat == "STREET_ADDRESS":
        return _street(r)
    if cat == "DATE_REAL_YEAR":
        return _date(r)
    if cat == "AGE_OVER_89":
        return str(r.randint(90, 104))
    if cat == "DEVICE_ID":
        return r.choice((f"HS{_d(r, 7)}", f"{_L(r, 3)}-{_d(r, 7)}", f"{_L(r, 1)}{_d(r, 1)}{_L(r, 1)}{_d(r, 7)}",
                         f"BME{_d(r, 6)}", f"{_d(r, 4)}-{_d(r, 4)}-{_L(r, 2)}", f"K{_d(r, 9)}", f"AT-{_d(r, 5)}"))
    if cat == "VEHICLE_ID":
        u = r.random()
        if u < 0.35:
            return "".join(r.choice(_VIN_CH) for _ in range(17))
        if u < 0.5:
            return f"1{r.choice(('LV', 'PY', 'M0', 'BM'))}{''.join(r.choice(_VIN_CH) for _ in range(14))}"
        return r.choice((f"{r.randint(1, 9)}{_L(r, 3)}{_d(r, 3)}", f"{_L(r, 3)} {_d(r, 4)}", f"{_L(r, 2)}{_d(r, 1)}-"
                         f"{_d(r, 2)}{_L(r, 1)}", f"{_d(r, 3)} {_L(r, 3)}",
                         f"{_L(r, 1)}{_d(r, 2)}{_L(r, 2)}{_d(r, 2)}"))
    if cat == "PERSON":
        return _person(r)
    if cat == "LOCATION":
        return _location(r)
    if cat == "ORGANIZATION":
        return _org(r)
    raise ValueError(cat)


# --------------------------------------------------------------------------------------------------
# Contexts for planted values ("{v}" is the value; cue words stay outside it)
# --------------------------------------------------------------------------------------------------

_CTX: dict[str, tuple[str, ...]] = {
    "PERSON": (
        "Crew leader (mayordomo): {v}, reached by phone ___.\n",
        "Per foreman {v}, pt was found sitting under the trailer shade, confused.\n",
        "Accompanied by cousin {v} who also works the same crew.\n",
        "| Emergency contact | {v} | hermano | cell ___ |\n",
        "Outreach worker ............ {v}\n",
        "Discussed with Dr. {v} (poison center toxicologist) by phone.\n",
        "Electronically signed by: {v}, MD on ___ at ___\n",
        "-- {v}, RN, migrant health outreach\n",
        "Grower/owner {v} drove the patient in the ranch pickup.\n",
        "Contratista: {v} (farm labor contractor) -- no cert # on file\n",
        "Dictated by {v}, NP   Transcribed ___\n",
        "Interpreter (Mixteco) {v} present for the\nentire encounter.\n",
        "Report called to {v}, PA-C, at ___.\n",
        "Wife {v} at bedside; speaks Haitian Creole only.\n",
        "Referring clinician: Dra. {v}\n",
        "Supervisor on the packing line ({v}) states he was wearing gloves.\n",
        "pt brought in by the mayordomo\n{v} who waited in the lobby\n",
        "Radiology resident: {v} / attending ___\n",
        "Crew Leader Name:{v}\n",
    ),
    "ORGANIZATION": (
        "Transferred from {f} after initial decontamination.\n",
        "Employer: {e}   (H-2A employer of record)\n",
        "He picks for {e} through a contractor; paid by the bin.\n",
        "| Referring site | {f} |\n",
        "Seen 2 days earlier at {f} for headache and nausea.\n",
        "Prescriptions sent to {p} per pt preference.\n",
        "Rx e-prescribed to {p} (open late, Spanish-speaking staff).\n",
        "Consulted {f}; recommendations below.\n",
        "Empleador / Employer ..... {e}\n",
        "Report faxed to {f} for pesticide episode follow-up.\n",
        "Outside films received on CD from {f}.\n",
        "Works at {e}, milking / packing shift 0200-1000.\n",
        "Follow up: {f} within 1 week.\n",
        "Housing provided by {e} per H-2A contract.\n",
        "cc: {v}\n",
        "Pt is employd by {e} (pickng crew 4) per registration\n",
        "records req from\n{f} -- pending\n",
        "| Employer | {e} | FEIN on file |\n",
        "Copy to: {f} (PCP of record)\n",
    ),
    "LOCATION": (
        "Lives in {v} during harvest, returns south in November.\n",
        "Housing: {v} (grower-provided), 8 men per unit.\n",
        "| Town | {v} |\n",
        "Exposure occurred in an orchard outside {v}.\n",
        "Vive en {v} con su esposa e hijos.\n",
        "Outreach van stop: {v}, Tuesday evening.\n",
        "Transported by county EMS from {v}.\n",
        "Residence ......... {v}\n",
        "Follows the crop: Florida in winter, then {v} for cherries.\n",
        "Pt states the drift came from the field next to {v}.\n",
        "Camp:{v}\n",
        "lives out by\n{v} in a trailer the grower provides\n",
    ),
    "DATE_REAL_YEAR": (
        "DOB: {v}\n",
        "Fecha de nacimiento: {v}\n",
        "Date of injury (per FROI): {v}\n",
        "Arrived on H-2A contract {v}; contract end ___.\n",
        "| Date of birth | {v} |\n",
        "Last cholinesterase baseline drawn {v} at the occupational clinic.\n",
        "Tetanus: last dose {v} per health center record.\n",
        "Died {v} at the scene per family (brother of the pt, same crew).\n",
        "Date of exposure ......... {v}\n",
        "Hired on {v} as a sorter.\n",
        "born {v} in Oaxaca\n",
        "DOI {v} / RTW ___\n",
        "fecha del accidente: {v}\n",
    ),
    "ACCOUNT": (
        "Workers' comp claim #: {v}\n",
        "State pesticide illness report no. {v} (referral sent)\n",
        "Poison center case {v}\n",
        "| Accession | {v} |\n",
        "Accession number: {v}\n",
        "Cholinesterase specimen ID {v} sent to reference lab.\n",
        "Ag Commissioner episode # {v}\n",
        "First report of injury no.: {v}\n",
        "Encounter {v} (outreach van)\n",
        "Acct: {v}\n",
        "Visit no. {v} -- sliding fee scale, category B\n",
        "Order #{v} RBC cholinesterase / plasma pseudocholinesterase\n",
        "Pesticide episode referral ref:{v}\n",
        "Claim\nnumber {v} (carrier ___)\n",
    ),
    "PHONE": (
        "Crew leader cell: {v}\n",
        "Tel. del mayordomo: {v}\n",
        "| Contact phone | {v} |\n",
        "Call the health center nurse line at {v} with questions.\n",
        "Pt's phone (WhatsApp): {v}\n",
        "Grower office ph {v}\n",
        "Phone ............ {v}\n",
        "Reached the wife at {v}; she will bring his papers.\n",
        "Callback:{v}\n",
        "Poison center specialist direct line {v}\n",
        "cel. {v} (esposa)\n",
        "Crew leader can be reached at\n{v} after 6 pm.\n",
    ),
    "MRN": (
        "MRN: {v}\n",
        "Health center chart #{v}\n",
        "| MRN | {v} |\n",
        "Outside MR# {v} (migrant clinic)\n",
        "Unit No:   {v}\n",
        "Medical record number ....... {v}\n",
        "Expediente: {v}\n",
        "CHC chart no.{v} (outside)\n",
    ),
    "HEALTH_PLAN": (
        "Emergency Medicaid ID: {v}\n",
        "Medicaid # {v} (active through season)\n",
        "| Member ID | {v} |\n",
        "Member ID {v}, group ___ (employer group, per card)\n",
        "Medi-Cal BIC {v}\n",
        "Medicare MBI: {v}\n",
        "Subscriber ID .... {v}\n",
        "Policy no. {v} (patient's own marketplace plan)\n",
        "Medicaid\nID {v} -- emergency Medicaid only\n",
    ),
    "STREET_ADDRESS": (
        "Address: {v}\n",
        "Lives at {v} (labor camp, unit ___).\n",
        "| Street | {v} |\n",
        "Dirección: {v}\n",
        "Home address ........ {v}\n",
        "Injury location: dairy barn at {v}\n",
        "Van parked at {v} behind the packing shed.\n",
        "Mailing address (c/o crew leader): {v}\n",
        "Dirección de la vivienda:\n{v}\n",
    ),
    "ZIP": (
        "ZIP: {v}\n",
        "| ZIP | {v} |\n",
        "Código postal {v}\n",
        "Home ZIP code {v} (for the pesticide report)\n",
        "Zip .... {v}\n",
        "zip:{v}\n",
    ),
    "LICENSE": (
        "Driver's license: {v}\n",
        "NPI {v}\n",
        "Attending NPI: {v}\n",
        "| Lic. | {v} |\n",
        "RN license # {v}\n",
        "Paramedic lic. {v}\n",
        "DEA {v}\n",
        "CDL/DL no. {v} (pt drives the crew van)\n",
        "Transporting medic lic #{v}\n",
    ),
    "VEHICLE_ID": (
        "Tractor PIN: {v}\n",
        "Crew bus plate {v} (farm labor contractor)\n",
        "| Vehicle | VIN {v} |\n",
        "ATV VIN {v}, rolled in the ditch.\n",
        "Outreach van plate: {v}\n",
        "Pickup tag {v} noted by deputy on scene.\n",
        "Vehicle ID ..... {v}\n",
        "Tractor serial/PIN\n{v} (from the ROPS decal)\n",
    ),
    "DEVICE_ID": (
        "Heat-stress sensor serial {v} (worn by pt, data downloaded)\n",
        "Pulse oximeter SN: {v}\n",
        "| Asset tag | {v} |\n",
        "Portable cholinesterase analyzer S/N {v}\n",
        "UDI (01)00884838003411(17)270430(10)LT2210(21){v}\n",
        "Insulin pump serial no. {v}\n",
        "Asset #{v} (cooling blanket)\n",
        "Wearable heat monitor (loaned by the grower) ser. no {v}\n",
    ),
    "IP_ADDRESS": (
        "Images pushed from {v} (outside PACS node).\n",
        "| Source IP | {v} |\n",
        "Telehealth session from IP {v}\n",
        "Van tablet IP address: {v}\n",
        "DICOM sender AE_CHC01 at {v} port 104\n",
        "host={v} user=outreach01\n",
        "Study routed via gateway {v} (teleradiology)\n",
    ),
    "FAX": (
        "Fax: {v}\n",
        "Please fax records to the health center at {v}.\n",
        "| Fax | {v} |\n",
        "Faxed FROI to employer at {v}\n",
        "Fax ....... {v}\n",
        "Fx {v} (poison center)\n",
        "Please fax\nFROI to {v} attn claims\n",
    ),
    "EMAIL": (
        "Email: {v}\n",
        "Pt prefers email {v} for appointment reminders.\n",
        "| E-mail | {v} |\n",
        "Correo: {v}\n",
        "Employer HR contact {v}\n",
        "e-mail del mayordomo {v}\n",
    ),
    "URL": (
        "Portal link: {v}\n",
        "Images available at {v}\n",
        "Family reached via {v}\n",
        "| Link | {v} |\n",
        "Video visit: {v}\n",
        "Pesticide report submitted online: {v}\n",
    ),
    "SSN": (
        "SSN: {v}\n",
        "SS# {v} (per WC form)\n",
        "| SSN | {v} |\n",
        "Social Security no. {v}\n",
        "Seguro social: {v}\n",
    ),
    "AGE_OVER_89": (
        "Lives with his {v}-year-old grandmother in the camp.\n",
        "Patient is a {v} year old retired grower.\n",
        "Age: {v}\n",
        "| Age | {v} |\n",
        "Edad: {v} años\n",
        "{v}yo F, farm owner, fell from the hay wagon.\n",
        "Mother ({v} y/o) depends on him for care.\n",
        "a {v}-year-old grower who still drives the tractor\n",
    ),
    "PAGER": (
        "Pager: {v}\n",
        "Page the surgery resident at {v} with concerns.\n",
        "| Pager | {v} |\n",
        "Beeper {v}\n",
        "p. {v} (tox fellow)\n",
        "Ortho on call, pgr {v}\n",
    ),
}

# --------------------------------------------------------------------------------------------------
# Builder helpers
# --------------------------------------------------------------------------------------------------


class _B:
    def __init__(self, rng: random.Random, heavy: bool):
        self.r = rng
        self.heavy = heavy
        self.looks: list[str] = []
        self.used: set[str] = set()

    def la(self, pool: str) -> str:
        s = self.r.choice(_POOLS[pool])
        self.looks.append(s)
        return s

    def look(self, s: str) -> str:
        self.looks.append(s)
        return s

    def c(self, *options: str) -> str:
        return self.r.choice(options)

    def pick(self, *options: str) -> str:
        return self.look(self.r.choice(options))

    def sdate(self) -> str:
        y, m, d = self.r.randint(2105, 2195), self.r.randint(1, 12), self.r.randint(1, 28)
        return self.r.choice((f"{y}-{m:02d}-{d:02d}", f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}"))

    def sdt(self) -> str:
        return f"{self.sdate()} {self.r.randint(0, 23):02d}:{self.r.randint(0, 59):02d}"

    def lot(self) -> str:
        return self.look(f"Lot {self.r.randint(1, 9)}{_L(self.r, 1)}{_d(self.r, 3)}")

    def ndc(self) -> str:
        return self.look(f"NDC {_d(self.r, 5)}-{_d(self.r, 3)}-{_d(self.r, 2)}")

    def expiry(self) -> str:
        y, m = self.r.randint(2025, 2029), self.r.randint(1, 12)
        return self.look(self.c(f"EXP {y}-{m:02d}-28", f"exp. {m:02d}/{y}", f"Exp {m:02d}/28/{y}"))

    def small_age(self) -> str:
        return self.look(self.c(f"{self.r.randint(19, 64)}-year-old", f"{self.r.randint(19, 64)} y/o"))


def _header(b: _B, service: str, sex: str) -> str:
    adm, dis = "___", "___"
    if not b.heavy and b.r.random() < 0.5:
        y, m, d = b.r.randint(2105, 2195), b.r.randint(1, 12), b.r.randint(1, 18)
        adm, dis = f"{y}-{m:02d}-{d:02d}", f"{y}-{m:02d}-{d + b.r.randint(1, 10):02d}"
    return (f"Name:  ___                  Unit No:   ___\n\nAdmission Date:  {adm}              Discharge Date:   "
            f"{dis}\n\n"
            f"Date of Birth:  ___             Sex:   {sex}\n\nService: {service}\n\n")


def _tail(b: _B) -> str:
    return b.c(
        "Discharge Condition:\nMental Status: Clear and coherent.\nLevel of Consciousness: Alert and interactive.\n"
        "Activity Status: Ambulatory - Independent.\n\n",
        "Discharge Condition:\nStable. Tolerating diet. Ambulating with steady gait.\n\n",
        "Condicion al alta: estable, caminando sin ayuda.\nDischarge Condition: stable.\n\n")


def _follow(b: _B) -> str:
    return b.c(
        f"Followup Instructions:\n___ health center in 1 week (sliding fee). Bring the {b.la('product')} label or a "
        f"photo of it.\n",
        "Followup Instructions:\nPCP at ___ within 7 days; occupational medicine ___.\n",
        f"Followup Instructions:\nClinic ___ on ___ at ___. {b.la('hotline')} for any new exposure.\n")


_FILLER = (
    "Work history: {visa} worker, third season; picks {crop} ({field}); paid piece rate; crew of ~30; water cooler "
    "at the edge of the field, shade trailer present per pt.\n\n",
    "Occupational: applies and mixes with a backpack sprayer; label of {prod} reviewed ({ing}); re-entry interval "
    "posted per {agency}. Wears {ppe} most days.\n\n",
    "Social History:\nLives in employer-provided housing ___; shares kitchen with ___ other workers. Speaks Spanish "
    "and some {lang}. No tobacco. Alcohol on weekends only. Sends money home to {place}; came up from "
    "{state} for this season. Enrolled with the "
    "{program} outreach list.\n\n",
    "Educational material in Spanish given (calor, agua, descanso, sombra). {web} reviewed with interpreter.\n\n",
    "Pertinent Results:\n{sd} 06:10AM BLOOD WBC-{wbc} Hgb-{hgb} Plt-{plt}\n{sd} 06:10AM BLOOD Glucose-{glu} "
    "UreaN-{bun} Creat-{cr} Na-{na} K-{k}\n{sd} CK(CPK)-{ck}\n\n",
    "Medications on Admission:\nNone. Occasionally {otc} from the tienda.\n\n",
    "Family History:\nNoncontributory. Father farmworker, 'problemas de los riñones'.\n\n",
    "Pain managed with {analgesic}. Seen by PT; cleared for home. Work note given: no field work until cleared by "
    "occupational clinic.\n\n",
    "Interpreter: Spanish (in person); pt also speaks {lang}. Teach-back done. Pt asked whether {agency} will "
    "contact his employer; explained confidentiality.\n\n",
)


def _pick_unused(b: _B, pool: tuple[str, ...]) -> str:
    free = [t for t in pool if t not in b.used]
    t = b.r.choice(free or list(pool))
    b.used.add(t)
    return t


def _filler(b: _B) -> str:
    r = b.r
    t = _pick_unused(b, _FILLER)
    return t.format(visa=b.la("visa"), crop=b.la("crop"), field=b.la("field"), prod=b.la("product"),
                    ing=b.la("ingredient"), agency=b.la("agency"), ppe=b.la("ppe"), program=b.la("program"),
                    lang=r.choice(("Mixteco", "Triqui", "Qanjobal", "K'iche'", "Haitian Creole")),
                    place=b.la("place"), state=b.la("state"), web=b.la("web"), sd=b.sdate(),
                    wbc=round(r.uniform(5, 19), 1),
                    hgb=round(r.uniform(11, 17), 1), plt=r.randint(140, 420), glu=r.randint(80, 240),
                    bun=r.randint(8, 60), cr=round(r.uniform(0.6, 4.2), 1), na=r.randint(129, 152),
                    k=round(r.uniform(3.0, 5.9), 1), ck=r.randint(180, 48000), otc=b.la("otc"),
                    analgesic=b.la("analgesic"))


_RAD_FILLER = (
    "CLINICAL INFORMATION (from order):\n  Occupation: farm laborer ({visa}); exposure: {ing}; crop: {crop}.\n"
    "  Interpreter: Spanish, via video.\n\n",
    "DOSE: CTDIvol {ctdi} mGy; DLP {dlp} mGy-cm. Contrast: {ml} mL Omnipaque 350, {lot}, {exp}.\n\n",
    "Technologist note: patient positioned with difficulty because of pain; PPE ({ppe}) removed and bagged in the "
    "ED before scanning per decontamination protocol.\n\n",
    "Prior outside report (transcribed from ___, dated {sd}): 'No acute cardiopulmonary process.'\n\n",
    "Communication: preliminary read posted to the ED tracking board at {sdt}. Workstation software {sw}.\n\n",
    "NOTE: history per ED triage -- worker states symptoms began in {crop} rows after re-entry; product "
    "{prod} ({epa}).\n\n",
)


def _rad_filler(b: _B) -> str:
    r = b.r
    return _pick_unused(b, _RAD_FILLER).format(
        visa=b.la("visa"), ing=b.la("ingredient"), crop=b.la("crop"), ctdi=round(r.uniform(4, 60), 1),
        dlp=r.randint(90, 1600), ml=r.choice((75, 90, 100)), lot=b.lot(), exp=b.expiry(), ppe=b.la("ppe"),
        sd=b.sdate(), sdt=b.sdt(), sw=b.la("software"), prod=b.la("product"), epa=b.la("epa"))


def _vitals(b: _B) -> str:
    r = b.r
    return (f"Temp: {round(r.uniform(97.5, 106.2), 1)} HR: {r.randint(54, 148)} BP: {r.randint(88, 168)}/"
            f"{r.randint(48, 98)} Resp: {r.randint(12, 32)} O2Sat: {r.randint(88, 100)}")


# ---------------------------------------------------------------- discharge builders


def _chc_transfer(b: _B) -> list[str]:
    sex = b.c("M", "F")
    return [
        _header(b, b.c("MEDICINE", "FAMILY MEDICINE"), sex),
        f"Allergies:\n{b.c('No Known Allergies / Adverse Drug Reactions', 'sulfa', 'penicillin')}\n\nAttending: "
        f"___.\n\n",
        "Chief Complaint:\n"
        f"{b.c('vomiting, dizziness after work in the fields', 'cough and fever, farmworker', 'hyperglycemia')}\n\n",
        f"History of Present Illness:\n___ year old {('man' if sex == 'M' else 'woman')} ({b.la('visa')} worker) "
        f"sent from the migrant health center where he/she was seen in the evening clinic. Health center note "
        f"(pasted):\n  > S: 'me siento muy cansado, no puedo comer' x3 days. Works {b.la('crop')}.\n  > O: "
        f"{_vitals(b)}\n"
        f"  > A/P: r/o dehydration vs infection; POC glucose {b.r.randint(180, 480)} on "
        f"{b.pick('Accu-Chek Guide', 'Abbott i-STAT')}; sent to ED.\n\n",
        f"Past Medical History:\nT2DM (dx at the {b.look(f'health center in {b.r.randint(2014, 2023)}')}), "
        f"on metformin irregularly.\nLatent TB, treated ({b.c('3HP', '4R')}).\n\n",
        _filler(b),
        f"Physical Exam:\n{_vitals(b)}\nDry mucous membranes. Callused hands. No focal deficit.\n\n",
        f"Brief Hospital Course:\nIV fluids ({b.pick('lactated Ringer solution', 'normal saline')}), insulin drip "
        f"briefly, transitioned to basal-bolus. "
        f"Diabetes teaching with interpreter. Health center pharmacy to fill at 340B pricing.\n\n",
        _filler(b),
        _tail(b),
        _follow(b),
    ]


def _pesticide_dc(b: _B) -> list[str]:
    ing = b.la("ingredient")
    return [
        _header(b, "MEDICINE / MICU", b.c("M", "F")),
        "Allergies:\nPatient recorded as having No Known Allergies to Drugs\n\nAttending: ___.\n\n",
        "Chief Complaint:\nnausea, vomiting, sweating, pinpoint pupils after field exposure\n\n",
        f"History of Present Illness:\n___ yo {b.la('visa')} worker who was thinning {b.la('crop')} when a "
        f"neighboring block was sprayed with {b.la('product')} ({ing}; {b.la('epa')}). Within 1 h developed "
        f"salivation, lacrimation, vomiting and diarrhea; crew leader ___ drove him to ___. Decontaminated "
        f"(clothes bagged). Given {b.pick('ondansetron (Zofran)', 'Ativan')} and "
        f"{b.c('atropine 2 mg IV x4', 'atropine 1 mg IV q5min x6')}.\n\n",
        f"Pertinent Results:\nRBC cholinesterase {b.r.randint(3, 9)} U/g Hb (ref 11-16); plasma ChE "
        f"{b.r.randint(400, 2100)} U/L on {b.sdate()}.\n\n",
        "Brief Hospital Course:\n# Cholinergic toxidrome -- atropinized to dry secretions; pralidoxime infusion "
        f"{b.c('500 mg/h', '8 mg/kg/h')} x36h. No intubation. {b.la('hotline')} consulted.\n"
        f"# Reporting -- physician report to the county and the state pesticide programme ({b.la('agency')}).\n\n",
        _filler(b),
        f"Discharge Medications:\nNone new. Antidote supply: pralidoxime {b.lot()} {b.expiry()}.\n\n",
        _tail(b),
        _follow(b),
    ]


def _heat_dc(b: _B) -> list[str]:
    r = b.r
    return [
        _header(b, "MEDICINE", b.c("M", "F")),
        "Allergies:\nNKDA\n\nAttending: ___.\n\n",
        "Chief Complaint:\nCollapse in the field, confusion, temp 106\n\n",
        f"History of Present Illness:\n___ y/o seasonal worker picking {b.la('crop')}; heat index "
        f"{r.randint(98, 115)} F, "
        f"WBGT {round(r.uniform(28, 33), 1)} C on the "
        f"{b.pick('Kestrel 5400 Heat Stress Tracker', 'Kestrel 5400 WBGT meter')}. Worked {r.randint(8, 11)} h with 2 "
        f"bottles of "
        f"water. Co-workers noted stumbling; found unresponsive by the rows. EMS core temp "
        f"{round(r.uniform(104, 107.4), 1)} F. "
        f"Cold-water immersion started in the field (tarp-assisted).\n\n",
        f"Physical Exam:\n{_vitals(b)}\nGCS {r.randint(9, 15)} ({b.pick('Glasgow Coma Scale', 'FOUR score')} "
        f"documented), cooled with {b.la('icu')}. Hot, dry skin.\n\n",
        _filler(b),
        f"Brief Hospital Course:\n# Exertional heat stroke - cooled to 38.9 C in 22 min.\n# Rhabdomyolysis - CK peak "
        f"{r.randint(9000, 98000)}; IV fluids; no dialysis.\n# AKI - Cr peak {round(r.uniform(2, 5.5), 1)} improved.\n"
        f"Heat-illness prevention discussed; employer notified that work restriction is needed ({b.la('agency')}).\n\n",
        _filler(b),
        _tail(b),
        _follow(b),
    ]


def _machinery_dc(b: _B) -> list[str]:
    r = b.r
    return [
        _header(b, b.c("ORTHOPAEDICS", "PLASTIC SURGERY / HAND", "TRAUMA SURGERY"), b.c("M", "M", "F")),
        f"Allergies:\n{b.c('NKDA', 'codeine')}\n\nAttending: ___.\n\n",
        f"Chief "
        f"Complaint:\n{b.c('left hand caught in PTO shaft', 'arm pulled into grain auger', 'tractor roll-over')}\n\n",
        "Major Surgical or Invasive Procedure:\nI&D, ORIF, revision amputation R index finger\n\n",
        f"History of Present Illness:\n{b.small_age()} man operating a {b.la('equipment')} with a rotary cutter; "
        f"sleeve caught by the unshielded PTO. Tourniquet by co-worker. Initial care at ___; transferred. "
        f"{b.pick('Gustilo-Anderson IIIA', 'Kanavel signs', 'Tinel sign', 'Allen test')} documented.\n\n",
        f"Brief Hospital Course:\nWashout x{r.randint(1, 3)}, {b.pick('cefazolin', 'Unasyn', 'vancomycin')} and "
        f"gentamicin, {b.la('analgesic')} for pain. Tetanus updated ({b.ndc()}).\n\n",
        _filler(b),
        f"Discharge Medications:\n1. cephalexin 500 mg QID x7d\n2. {b.la('analgesic')}\n\n",
        _tail(b),
        _follow(b),
    ]


def _livestock_dc(b: _B) -> list[str]:
    tag = b.look(f"840 003 {_d(b.r, 3)} {_d(b.r, 3)} {_d(b.r, 3)}")
    return [
        _header(b, b.c("TRAUMA SURGERY", "SURGERY"), b.c("M", "F")),
        "Allergies:\nNKDA\n\nAttending: ___.\n\n",
        "Chief Complaint:\nkicked / crushed by dairy cow in the milking parlor\n\n",
        f"History of Present Illness:\n___ yo dairy worker (milker, night shift) pinned against the stall rail by a "
        f"fresh cow (ear tag {tag}) at ___. Complains of L chest and abdominal pain. No LOC. Arrived by private "
        f"vehicle driven by the herd manager ___.\n\n",
        f"Physical Exam:\n{_vitals(b)}\nTender L lower ribs, "
        f"{b.pick('Kehr sign', 'Morel-Lavallee lesion', 'seat-belt sign')} considered and excluded.\n\n",
        "Brief Hospital Course:\nGrade II splenic laceration managed non-operatively; serial Hct stable. Rib fractures "
        f"7-9 with incentive spirometry. {b.la('analgesic')} for pain.\n\n",
        _filler(b),
        _tail(b),
        _follow(b),
    ]


def _pesticide_report(b: _B) -> list[str]:
    return [
        _header(b, "MEDICINE", b.c("M", "F")),
        "Allergies:\nNKDA\n\nAttending: ___.\n\nChief Complaint:\nskin and eye irritation after drift, headache\n\n",
        "History of Present Illness:\nCrew of ~20 exposed to drift while harvesting; ___ co-workers seen elsewhere. "
        f"Worker states the smell was like {b.c('rotten eggs', 'garlic')}.\n\n",
        "=== PESTICIDE ILLNESS / INJURY REPORT (pasted from state reporting form) ===\n"
        f"Report type ............ physician's first report\nDate received .......... {b.sdate()}\n"
        f"Product(s) ............. {b.la('product')}  {b.la('epa')}\nActive ingredient ...... {b.la('ingredient')}\n"
        f"Application ............ aerial / ground rig, {b.la('crop')} {b.la('field')}\nActivity at exposure ... "
        f"harvesting\n"
        f"Symptoms ............... eye irritation, headache, nausea\nPatient name ........... ___\n"
        f"Employer ............... ___\nRegulatory agency ...... {b.la('agency')}\n"
        "=== END FORM ===\n\n",
        _filler(b),
        "Brief Hospital Course:\nEyes irrigated; symptoms resolved within 24h. Cholinesterase normal.\n\n",
        _tail(b),
        _follow(b),
    ]


def _wc_first_report(b: _B) -> list[str]:
    return [
        _header(b, "ORTHOPAEDICS", b.c("M", "F")),
        "Allergies:\nNKDA\n\nAttending: ___.\n\nChief Complaint:\nfall from orchard ladder\n\n",
        f"History of Present Illness:\nFell ~{b.r.randint(6, 14)} ft from a 3-legged orchard ladder while picking "
        f"{b.la('crop')}. R wrist deformity ({b.pick('Colles fracture', 'Smith fracture', 'Barton fracture')}).\n\n",
        "--- EMPLOYER'S / PHYSICIAN'S FIRST REPORT OF OCCUPATIONAL INJURY (copy) ---\n"
        "| Field | Value |\n|---|---|\n| Employee | ___ |\n| Employer | ___ |\n"
        f"| Employer FEIN | {b.look(f'{_d(b.r, 2)}-{_d(b.r, 7)}')} |\n| Occupation | farm laborer ({b.la('visa')}) |\n"
        f"| Date of injury | {b.sdate()} |\n| Body part | right wrist |\n| Carrier | ___ |\n"
        f"| Group no. | {b.look(f'GRP-{_d(b.r, 5)}')} |\n"
        "--- end ---\n\n",
        _filler(b),
        f"Brief Hospital Course:\nClosed reduction, then ORIF distal radius. {b.la('analgesic')} PRN. Work status: no "
        f"use of "
        "R hand x6 weeks.\n\n",
        _tail(b),
        _follow(b),
    ]


def _poison_consult(b: _B) -> list[str]:
    return [
        _header(b, "MEDICINE", b.c("M", "F")),
        "Allergies:\nNKDA\n\nAttending: ___.\n\nChief Complaint:\ningestion of pesticide stored in a soda bottle\n\n",
        f"History of Present Illness:\nChild of farmworker family drank ~1 sip from an unlabeled bottle stored under "
        f"the camp sink; bottle later identified as {b.la('product')} ({b.la('ingredient')}).\n\n",
        "POISON CENTER CONSULT (pasted):\n"
        f"  Call time ....... {b.sdt()}\n  Substance ....... {b.la('ingredient')}, {b.la('epa')}\n"
        f"  Caller .......... ED RN at ___\n  Case no ......... ___\n  Recommendations: observe 6-12 h; decon; "
        f"{b.pick('atropine', 'pralidoxime (Protopam)')} if cholinergic; repeat ChE.\n  Public line "
        f"{b.la('hotline')}.\n\n",
        _filler(b),
        "Brief Hospital Course:\nObserved overnight without toxidrome. Safe storage counselling given in Spanish.\n\n",
        _tail(b),
        _follow(b),
    ]


def _outreach_van(b: _B) -> list[str]:
    r = b.r
    rows = "".join(f"| {b.sdate()} | BP {r.randint(110, 176)}/{r.randint(60, 104)} | glucose {r.randint(90, 330)} | "
                   f"{b.c('referred', 'education', 'flu shot')} |\n" for _ in range(r.randint(2, 4)))
    return [
        _header(b, "MEDICINE", b.c("M", "F")),
        "Allergies:\nNKDA\n\nAttending: ___.\n\nChief Complaint:\nchest pain, referred by outreach van\n\n",
        "History of Present Illness:\n___ yo seasonal worker seen at the evening outreach van at the camp; outreach "
        "log below pasted into the referral.\n\n",
        "OUTREACH VAN LOG\n| date | vitals | POC | action |\n|---|---|---|---|\n" + rows + "\n",
        f"Van equipment: {b.la('poc')}, {b.pick('Omron HEM-907XL', 'Hemocue Hb 201+')}; software "
        f"{b.la('software')}.\n\n",
        _filler(b),
        f"Brief Hospital Course:\nACS ruled out; stress test negative. BP regimen simplified. "
        f"{b.pick('amlodipine 10 mg', 'lisinopril 20 mg', 'chlorthalidone 12.5 mg')} from the 340B pharmacy.\n\n",
        _tail(b),
        _follow(b),
    ]


def _housing_sw(b: _B) -> list[str]:
    return [
        _header(b, "MEDICINE", b.c("M", "F")),
        "Allergies:\nNKDA\n\nAttending: ___.\n\nChief Complaint:\ncellulitis of the leg, unable to return to work\n\n",
        f"History of Present Illness:\n___ yo {b.la('visa')} worker from {b.la('place')} with leg cellulitis after "
        f"a cut from {b.c('a pruning shear', 'a tobacco knife', 'barbed wire')}.\n\n",
        "SOCIAL WORK NOTE:\nHousing is grower-provided (H-2A contract). Pt worried about losing housing if unable to "
        f"work; contract job order {b.look(f'H-300-{_d(b.r, 5)}-{_d(b.r, 6)}')} reviewed with the farmworker legal "
        f"aid advocate. Passport/visa held by pt (numbers not recorded here: ___). {b.la('web')}.\n"
        "Crew leader ___ aware of admission. Transportation back to camp arranged.\n\n",
        _filler(b),
        f"Brief Hospital Course:\nIV {b.pick('cefazolin', 'vancomycin', 'Unasyn')} then oral "
        f"{b.pick('Keflex', 'Bactrim DS')}. No abscess on US.\n\n",
        _tail(b),
        _follow(b),
    ]


def _packing_hp(b: _B) -> list[str]:
    return [
        _header(b, b.c("MEDICINE", "SURGERY"), b.c("M", "F")),
        "Allergies:\nNKDA\n\nAttending: ___.\n\n",
        f"Chief "
        f"Complaint:\n{b.c('ammonia leak in cold storage', 'forklift crush injury', 'chlorine wash splash to eyes')}"
        "\n\n",
        f"History of Present Illness:\n___ yo packing-house sorter (night shift) at ___. {b.c('Ammonia', 'Chlorine')} "
        f"exposure in the cold room; coughing, wheeze. Line stopped; plant EHS called. {b.la('agency')} notified by "
        f"employer.\n\n",
        f"Physical Exam:\n{_vitals(b)}\nDiffuse wheeze, conjunctival injection.\n\n",
        _filler(b),
        f"Brief Hospital Course:\nNebulized albuterol, "
        f"{b.pick('methylprednisolone 125 mg', 'ipratropium', 'Decadron 10 mg')}; CXR clear. Observed 24 h.\n\n",
        _tail(b),
        _follow(b),
    ]


# ---------------------------------------------------------------- radiology builders


def _rad(b: _B, exam: str, indication: str, technique: str, findings: str, impression: str) -> list[str]:
    return [
        f"EXAMINATION:  {exam}\n\n",
        f"INDICATION:  {indication}\n\n",
        f"TECHNIQUE:  {technique}\n\n",
        f"COMPARISON:  "
        f"{b.c('None.', 'Outside films from ___ (health center), ' + b.sdate() + '.', 'Prior ' + b.sdate() + '.')}\n\n",
        f"FINDINGS:\n\n{findings}\n\n",
        f"IMPRESSION:\n\n{impression}\n",
        f"Scanner: {b.la('scanner')}. Reporting: {b.la('software')}.\n",
    ]


def _rad_chest(b: _B) -> list[str]:
    return _rad(b, b.c("CT CHEST W/O CONTRAST", "CHEST (PA AND LAT)", "CHEST (PORTABLE AP)"),
                f"___ year old farmworker with {b.la('ingredient')} exposure ({b.la('product')}), hypoxia. "
                "Evaluate for pneumonitis / aspiration.",
                "Axial images at 1.25 mm; coronal and sagittal reformats. DLP ___ mGy-cm.",
                "Patchy ground-glass opacities in both lower lobes, more on the right. No pneumothorax. Small right "
                "pleural effusion. Heart size normal. The endotracheal tube terminates 4 cm above the carina. "
                "Enteric tube courses below the diaphragm.\n\nUpper abdomen: unremarkable.",
                "1. Bibasilar ground-glass opacities, could reflect aspiration or early chemical pneumonitis "
                f"given history of {b.la('ingredient')}.\n2. Lines and tubes as above.")


def _rad_hand(b: _B) -> list[str]:
    return _rad(b, b.c("HAND (PA, LAT & OBLIQUE) LEFT", "FOREARM (AP & LAT) RIGHT", "FINGER(S) 2+ VIEWS"),
                f"Hand caught in {b.c('PTO shaft', 'grain auger', 'hay baler')} of a {b.la('equipment')}. "
                "Evaluate fracture / foreign body.",
                "Three views of the hand.",
                f"Comminuted open fracture of the proximal phalanx of the index finger with soft tissue loss "
                f"({b.pick('Gustilo-Anderson IIIA', 'Gustilo-Anderson II', 'Tscherne grade 2')} per clinical team). "
                f"Radiopaque debris (soil / metal) in the soft "
                "tissue. No dislocation at the MCP joints. Carpal alignment maintained.",
                "Open comminuted proximal phalanx fracture with foreign bodies; surgical correlation.")


def _rad_head(b: _B) -> list[str]:
    return _rad(b, "CT HEAD W/O CONTRAST",
                f"Fall from orchard ladder picking {b.la('crop')}, + LOC, on aspirin.",
                "Contiguous axial images without contrast. Bone and soft tissue algorithms.",
                "No acute intracranial hemorrhage. Small left frontal scalp hematoma. No calvarial fracture. "
                f"Ventricles and sulci age-appropriate. Mastoid air cells clear. "
                f"{b.pick('Canadian CT Head Rule', 'PECARN')} criteria met for imaging.",
                "No acute intracranial abnormality. Left frontal scalp hematoma.")


def _rad_abd(b: _B) -> list[str]:
    tag = b.look(f"ear tag 840 003 {_d(b.r, 3)} {_d(b.r, 3)} {_d(b.r, 3)}")
    return _rad(b, "CT ABD & PELVIS WITH CONTRAST",
                f"Dairy worker crushed by cow ({tag}) in the parlor; LUQ pain.",
                "MDCT after 100 mL IV Omnipaque 350. Portal venous phase.",
                "Liver: no laceration. Spleen: 2.5 cm laceration at the inferior tip without active extravasation. "
                "Small perisplenic hematoma. Kidneys enhance symmetrically. No free air. Fractures of the left 8th "
                f"and 9th ribs. No {b.pick('Morel-Lavallee lesion', 'Chance fracture')}.",
                "AAST grade II splenic laceration, no active extravasation. Left rib fractures.")


def _rad_renal(b: _B) -> list[str]:
    return _rad(b, "RENAL U.S.",
                f"AKI after exertional heat stroke in the field (heat index {b.r.randint(99, 113)} F), CK "
                f"{b.r.randint(12000, 90000)}.",
                "Grayscale and color Doppler images of both kidneys.",
                f"Right kidney {round(b.r.uniform(10, 12.5), 1)} cm, left {round(b.r.uniform(10, 12.5), 1)} cm. "
                "Mildly increased cortical echogenicity bilaterally. No hydronephrosis. No stones. Bladder "
                "decompressed by Foley catheter.",
                "Echogenic kidneys consistent with medical renal disease / acute injury; no obstruction.")


def _rad_outside(b: _B) -> list[str]:
    return [
        "OUTSIDE IMAGE IMPORT / SECOND READ\n\n",
        f"Imported: {b.sdt()} via image exchange. {b.la('software')}.\n"
        "Originating facility: ___ (health center mobile x-ray). Media: CD-R.\n\n",
        f"INDICATION:  Farmworker with cough x 3 weeks, weight loss; arrived on {b.la('visa')} contract.\n\n",
        "FINDINGS:\n\nFrontal chest radiograph from the outside facility. Right upper lobe nodular opacities with a "
        "small cavity. No pleural effusion. Heart normal size. Hila not enlarged.\n\n",
        "IMPRESSION:\n\nRight upper lobe cavitary process; tuberculosis must be excluded. Airborne isolation "
        f"recommended; county TB control notified per {b.pick('CDC', 'HRSA')} guidance.\n",
        f"Import log: AET=CHC_MOBILE  SCU=OV_PACS  studies=1 images=2 "
        f"({b.pick('Fujifilm FDR Go PLUS', 'Carestream DRX-Revolution')}).\n",
    ]


def _rad_cspine(b: _B) -> list[str]:
    return _rad(b, "CT C-SPINE W/O CONTRAST",
                f"Tractor roll-over ({b.la('equipment')}, no ROPS), neck pain. "
                f"{b.pick('NEXUS criteria', 'Canadian C-spine Rule')} positive.",
                "Helical axial images with sagittal and coronal reformats.",
                "Nondisplaced fracture through the right lamina of C6. Alignment maintained. No prevertebral soft "
                "tissue swelling. Degenerative disc disease C5-6. Craniocervical junction intact.",
                "Nondisplaced right C6 laminar fracture. Recommend MRI if neurologic deficit.")


def _rad_addendum(b: _B) -> list[str]:
    base = _rad(b, b.c("CT ABD & PELVIS W/O CONTRAST", "CHEST (PORTABLE AP)"),
                f"Migrant worker, ___ yo, collapsed during {b.la('crop')} harvest.",
                "Per protocol.",
                "See original report. Unchanged findings.",
                "See addendum.")
    base.append(f"\nADDENDUM ({b.sdt()}):\nCritical finding (free air / pneumoperitoneum) discussed by telephone with "
                "the covering clinician at ___ (read-back confirmed). ED charge nurse aware.\n")
    return base


def _rad_tb(b: _B) -> list[str]:
    return _rad(b, "CHEST (PA ONLY)",
                f"Arrival screening for {b.la('visa')} seasonal workers; asymptomatic; IGRA positive.",
                "Single PA view (mobile unit).",
                "Lungs are clear. No cavitation or hilar adenopathy. Calcified granuloma left mid-lung. No effusion. "
                "Cardiomediastinal silhouette normal.",
                "No radiographic evidence of active tuberculosis. Calcified granuloma (old granulomatous disease).")


_KINDS: dict[str, tuple[str, Callable[[_B], list[str]]]] = {
    "chc_transfer": ("discharge", _chc_transfer),
    "pesticide_dc": ("discharge", _pesticide_dc),
    "heat_illness_dc": ("discharge", _heat_dc),
    "machinery_dc": ("discharge", _machinery_dc),
    "livestock_dc": ("discharge", _livestock_dc),
    "pesticide_report": ("discharge", _pesticide_report),
    "wc_first_report": ("discharge", _wc_first_report),
    "poison_consult": ("discharge", _poison_consult),
    "outreach_van": ("discharge", _outreach_van),
    "housing_sw": ("discharge", _housing_sw),
    "packing_hp": ("discharge", _packing_hp),
    "rad_chest_exposure": ("radiology", _rad_chest),
    "rad_hand_machinery": ("radiology", _rad_hand),
    "rad_head_ladder": ("radiology", _rad_head),
    "rad_abd_livestock": ("radiology", _rad_abd),
    "rad_renal_heat": ("radiology", _rad_renal),
    "rad_outside_import": ("radiology", _rad_outside),
    "rad_cspine_rollover": ("radiology", _rad_cspine),
    "rad_addendum": ("radiology", _rad_addendum),
    "rad_tb_screen": ("radiology", _rad_tb),
}
DOCUMENT_KINDS: tuple[str, ...] = tuple(_KINDS)


def document_kind(seed: int, i: int) -> str:
    return DOCUMENT_KINDS[int(_frac(i * _A_KIND + seed * 0.2191) * len(DOCUMENT_KINDS))]


_HEAVY = (
    "Patient: ___ ___   DOB: ___   MRN: ___   Acct: ___\n"
    "Employer: ___ (crew leader ___, cell ___); housing: ___ labor camp, unit ___, ___, ___ ___\n"
    "Emergency contact: ___ (___) ___   Interpreter: ___ (ID ___)\n"
    "Health center: ___   Chart: ___   Referred by: ___   Fax: ___\n"
    "WC claim: ___   Carrier adjuster: ___   Phone: ___\n"
    "Pesticide report no.: ___   Poison center case: ___   Specialist: ___\n\n"
)


def _build(seed: int, i: int) -> tuple[LabelledNote, list[str], str]:
    rng = random.Random(f"h81:{seed}:{i}")
    kind = document_kind(seed, i)
    note_type, builder = _KINDS[kind]
    heavy = _is_heavy(seed, i)
    b = _B(rng, heavy)
    blocks: list[list[Part]] = [[(s, None)] for s in builder(b)]
    if heavy:
        blocks.insert(1, [(_HEAVY, None)])
    target = rng.randint(1150, 1750) if note_type == "radiology" else rng.randint(1300, 2600)
    fill = _rad_filler if note_type == "radiology" else _filler
    pool = _RAD_FILLER if note_type == "radiology" else _FILLER
    while sum(len(p[0]) for blk in blocks for p in blk) < target and any(t not in b.used for t in pool):
        blocks.insert(rng.randint(max(2, len(blocks) // 3), len(blocks) - 1), [(fill(b), None)])
    for cat in _categories(seed, i):
        tmpl = rng.choice(_CTX[cat])
        if "{e}" in tmpl:
            pre, post = tmpl.split("{e}")
            value = f"{rng.choice(_FARM_A)} {rng.choice(_FARM_B)}"
        elif "{f}" in tmpl:
            pre, post = tmpl.split("{f}")
            value = rng.choice([o for o in _ORG_FIXED if o not in _PHARMACIES])
        elif "{p}" in tmpl:
            pre, post = tmpl.split("{p}")
            value = rng.choice(_PHARMACIES)
        else:
            pre, post = tmpl.split("{v}")
            value = _value(cat, rng)
        snippet: list[Part] = [(pre, None), (value, cat), (post, None)]
        blocks.insert(rng.randint(1, len(blocks) - 1), snippet)
    text, spans, pos = [], [], 0
    for blk in blocks:
        for s, cat in blk:
            if cat:
                spans.append((pos, pos + len(s), cat))
            text.append(s)
            pos += len(s)
    full = "".join(text)
    looks = list(dict.fromkeys(x for x in b.looks if x in full))
    return LabelledNote(note_type, full, spans), looks, "heavy" if heavy else "normal"


def holdout81_note(seed: int, i: int) -> LabelledNote:
    return _build(seed, i)[0]


def holdout81_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout81_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = holdout_measure.measure(
        holdout81_corpus, argv, "Held-out corpus 81 (agricultural and farmworker health), written blind")
    holdout_measure.report("holdout81", args, notes, hits, res)


if __name__ == "__main__":
    main(sys.argv[1:])
