"""Held-out corpus 89: medical tourism, med spas and cosmetic procedures around an admission.

MIMIC-IV-Note-shaped notes about patients admitted with complications of cosmetic or bariatric surgery done
abroad (abdominoplasty, BBL, liposuction, breast implants, sleeve gastrectomy, facelift), of med-spa filler,
toxin and laser treatments, and the paperwork that travels with them: translated operative notes from foreign
clinics, a medical-tourism facilitator's itinerary, hotel recovery houses, wound-care follow-up, financing and
payment plans, complaints to a state board, and the radiology of the admission.

Document kinds (``DOCUMENT_KINDS``):

- discharge-type: ``tourism_discharge`` (discharge summary after surgery abroad), ``sleeve_leak_discharge``
  (sleeve gastrectomy leak after bariatric surgery abroad), ``translated_op_note`` (a foreign clinic's operative
  note with a certified translation, pasted from the Media tab), ``facilitator_itinerary`` (case-management note
  with the facilitator's itinerary pasted in), ``medspa_consult`` (dermatology/plastics consult for a filler or
  laser complication at a med spa), ``wound_followup`` (wound clinic visit), ``financing_note`` (financial
  counselling: payment plan, lender, travel insurance), ``complaint_note`` (patient relations / social work:
  complaint to a state board, MedWatch), ``ed_recovery_house`` (ED note, arrival from a hotel recovery house),
  ``id_consult`` (infectious diseases consult, rapidly growing mycobacteria, public-health report);
- radiology-type: ``ct_collection`` (CT abdomen/pelvis for collections), ``cta_pe`` (CT pulmonary angiogram after
  a long-haul flight), ``us_soft_tissue`` (soft-tissue ultrasound: filler nodule, gluteal or abdominal collection),
  ``duplex_le`` (lower-extremity venous duplex), ``mri_implant`` (breast MRI for implant integrity, with the
  implant card), ``ugi_sleeve`` (fluoroscopic upper GI after sleeve gastrectomy), ``ir_drain`` (image-guided drain).

Label policy (as the brief gives it):
PERSON is one span per name (given and family together, titles outside); LOCATION is a place below state level
(a street line is STREET_ADDRESS; town and ZIP are separate spans; states and countries are never labelled, and
"New York" alone is the state); ORGANIZATION is a named hospital, practice, pharmacy (a chain's store too), agency,
school or employer, never a generic department, and never a drug maker, biotech or trial sponsor named as such (a
jail, prison or court is one; a payer or insurer named as such is not). DATE_REAL_YEAR is a whole date carrying a
year 1900-2030 (a bare year is not labelled; a device, drug or lot expiry date is not labelled; a death date is).
AGE_OVER_89 labels the digits of ages >= 90. DEVICE_ID is a device serial (for a GS1 UDI only the (21) serial) or a
hospital asset tag; lot, GTIN, REF, model and expiry are not identifiers. A toll-free phone number (800, 888, 877,
866, 855, 844, 833) is a public line: never labelled; a device maker's or vendor's toll-free fax neither, a
practice's toll-free fax is FAX. ACCOUNT covers account, encounter, incident/run, accession, order, requisition,
claim and specimen numbers, and a vendor's call or session id for the patient's encounter; HEALTH_PLAN member,
subscriber and policy ids (an employer's group number is not the member's id: leave it unlabelled); LICENSE
medical, nursing, EMS, DEA and driver's licences and a clinician's NPI. Spans hold the value only: cue words
("Dr.", "MRN:", "pager", "Fax", "SN", "plate", "Acct") and credentials ("MD", "RN") stay outside.

Choices for this theme's numbers and names:

- a foreign clinic's patient file / chart number (expediente, historia clinica, dosya/hasta no, "clinic chart
  no.") is MRN; a foreign clinic's visit, protocol, folio or invoice (factura, fatura) number is ACCOUNT;
- a facilitator's or travel agency's booking reference, an airline record locator (PNR), a recovery-house or hotel
  reservation confirmation, a financing / payment-plan / loan account, a card number, a travel-insurance claim, a
  state-board complaint number, culture/specimen and accession numbers and hospital encounter/account numbers are
  ACCOUNT;
- a travel-medical or complication-insurance policy or certificate number is HEALTH_PLAN, like an insurer's member
  id, a Medicaid id or an MBI; a group number is not labelled;
- an injector's RN/NP licence, a physician's state licence, a Mexican cedula profesional or Colombian registro
  medico (medical licences abroad), an NPI, a DEA number and a driver's licence are LICENSE; an esthetician's or
  laser technician's certificate and a board-certification id are written masked (``___``);
- an implant's, wound VAC's, pain pump's or med-spa laser's serial, a UDI's (21) serial and a hospital asset tag
  are DEVICE_ID; implant REF/LOT/GTIN, filler lot numbers, NDCs and expiry dates are not labelled;
- an air ambulance's tail number, a recovery-house shuttle's or rental car's plate and a VIN are VEHICLE_ID;
  airline flight numbers are not labelled;
- foreign clinics and hospitals, med spas, US practices and hospitals, facilitators and travel agencies, recovery
  houses and hotels, lenders (medical-credit companies), wound clinics, pharmacies, county health departments, law
  firms and employers are ORGANIZATION; filler, toxin, implant and device makers, travel insurers and payers, the
  state medical board, the FDA, the CDC and the State Department are not labelled;
- foreign cities, neighbourhoods and US towns are LOCATION, a foreign street line STREET_ADDRESS and a foreign
  five-digit postcode ZIP; countries, US states and a country's capital named as a fact about that country
  ("capital Ankara") are not labelled;
- a crowdfunding campaign page, a booking-portal link with the booking in it, a shared photo folder, a social
  post or a WhatsApp click-to-chat link is URL; public bodies' websites (fda.gov, cdc.gov, travel.state.gov) are not;
- a coordinator's WhatsApp number and a foreign clinic's or recovery house's phone are PHONE; public toll-free
  lines (MedWatch, Poison Help, the State Department's overseas line, a lender's customer service) are not labelled.

Written blind: I read only the brief (``bench/holdout_corpus_task.md``), ``lqs_clinical/synth/holdout_measure.py``,
the first 45 lines of ``lqs_clinical/synth/notes.py``, ``pyproject.toml``, the top 40 lines of
``/work/shared/reference/known-data-issues.md`` (a ``wc -c`` over ``reference/*.md`` showed its two file names),
``/work/shared/data/SOURCES.md`` and four masked samples (two discharge, two radiology) of
``/work/shared/data/note-shaped-samples/pyhealth-synthetic/``. No detector code, rule file, other corpus, other
test or history was read, no git command but the final add and commit was run, and the detector was never run.
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Callable

from lqs_clinical.synth import holdout_measure
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

Piece = str | tuple[str, str]

# phrase lists used by the builders
_T1 = ["Patient recorded as having No Known Allergies to Drugs", "cefazolin", "Penicillins", "sulfa (rash)", "latex"]
_T2 = ["Incision and drainage, washout", "IR drain placement", "Debridement of abdominal wound"]
_T3 = ["fluctuant collection above the Scarpa fascia", "erythema 12 x 8 cm", "central wound separation 4 cm"]
_T4 = [
    "10 x 6 cm rim-enhancing collection deep to the flap",
    "multiple subcutaneous collections",
    "fat necrosis without drainable collection",
]
_T5 = ["MSSA", "Pseudomonas aeruginosa", "pending", "no growth at 48 h; AFB pending"]
_T6 = ["EGD with endoscopic stent", "Diagnostic laparoscopy, washout, drain placement", "IR drainage of LUQ abscess"]
_T7 = ["contrast extravasation at the proximal staple line", "no leak; narrowing at the incisura"]
_T8 = [
    "blanching then livedo",
    "dusky discoloration",
    "severe pain and a mottled patch",
    "blurred vision for 10 minutes",
]
_T9 = [
    "abdominal wound dehiscence",
    "gluteal wound after abscess drainage",
    "umbilical necrosis",
    "T-junction breakdown after abdominoplasty",
]
_T10 = [
    "syncope in the shower",
    "drain output 600 mL bright red",
    "shortness of breath and pleuritic pain",
    "confusion and fever",
]
_T11 = ["showed bilateral segmental PE", "negative for PE", "showed fat embolism pattern?"]
_T12 = [
    "Bilateral subcutaneous fat grafts with scattered oil cysts; no intramuscular fat.",
    "Heterogeneous fluid in the right gluteal subcutaneous fat, 6 cm.",
    "Fat necrosis without drainable collection.",
]
_T13 = ["Small amount of free fluid.", "No free fluid.", "Uterus and adnexa unremarkable."]
_T14 = [
    "Abdominal wall collection deep to the flap, compatible with infected seroma/abscess.",
    "Large seroma without signs of infection.",
    "Morel-Lavallée-type collection of the flank.",
]
_T15 = [
    "Postsurgical fat-grafting changes of the buttocks.",
    "No intraperitoneal collection.",
    "Findings discussed with the ordering team.",
]
_T16 = [
    "Filling defects in the right lower lobe segmental and subsegmental arteries.",
    "Saddle embolus extending into both main pulmonary arteries.",
    "No filling defect to the subsegmental level.",
    "Bilateral lobar and segmental emboli.",
]
_T17 = [
    "Peripheral wedge-shaped opacity in the right lower lobe, possible infarct.",
    "Dependent atelectasis.",
    "Bilateral ground-glass opacities, a pattern that can be seen with fat embolism.",
]
_T18 = ["Bilateral subpectoral implants, intact contours.", "Postsurgical changes of mastopexy.", "Unremarkable."]
_T19 = ["Acute pulmonary emboli as above.", "No pulmonary embolism.", "Acute PE with right heart strain."]
_T20 = ["One has a thick hyperemic rim.", "No internal vascularity.", "Adjacent fat is echogenic."]
_T21 = ["Overlying edema (cobblestoning).", "Oil cysts from fat grafting.", "Tracking toward the incision."]
_T22 = ["Peripheral hyperemia.", "No internal flow.", "Normal arterial flow in the adjacent vessels."]
_T23 = ["subcutaneous edema", "no Baker cyst", "lymphedema pattern of the thigh after liposuction"]
_T24 = ["Linguine sign indicating intracapsular rupture.", "Intact; radial folds only.", "Teardrop sign; keyhole sign."]
_T25 = ["Intact.", "Extracapsular silicone in the lateral breast.", "Periprosthetic fluid, 1.4 cm."]
_T26 = ["narrow to cefazolin when cultures final", "AFB cultures; hold empiric NTM therapy", "no additional recs"]
_T27 = [
    "Follow-up imaging in 1-2 weeks after drainage.",
    "Correlate with cultures.",
    "Clinical follow-up.",
    "Surgical consultation as clinically indicated.",
]

# --------------------------------------------------------------------------------------------------
# Plant schedule (Weyl sequences: stable counts per seed)
# --------------------------------------------------------------------------------------------------

_WEIGHTS = {
    "PERSON": 12,
    "ORGANIZATION": 10,
    "DATE_REAL_YEAR": 10,
    "ACCOUNT": 9,
    "LOCATION": 7,
    "PHONE": 6,
    "MRN": 5,
    "STREET_ADDRESS": 5,
    "ZIP": 4,
    "HEALTH_PLAN": 4,
    "LICENSE": 4,
    "DEVICE_ID": 4,
    "EMAIL": 3,
    "FAX": 3,
    "AGE_OVER_89": 3,
    "VEHICLE_ID": 3,
    "URL": 2,
    "IP_ADDRESS": 2,
    "SSN": 2,
    "PAGER": 2,
}
_CUM: list[tuple[float, str]] = []
_acc = 0.0
for _c in CATEGORIES:
    _acc += _WEIGHTS[_c] / 100.0
    _CUM.append((_acc, _c))


def _frac(x: float) -> float:
    return x - int(x)


def _weyl(seed: int, k: int, a: float, b: float) -> float:
    return _frac((k + 1) * a + seed * b)


def _is_heavy(seed: int, i: int) -> bool:
    return (i + 3 * seed) % 20 == 0


def _plant_categories(seed: int, i: int) -> list[str]:
    if _is_heavy(seed, i):
        return []
    if _weyl(seed, i, 0.7548776662466927, 0.5698402909980532) >= 0.6105:
        return []
    n = 1 + int(_weyl(seed, i, 0.41421356237309515, 0.3183098861837907) * 4)
    cats = []
    for j in range(n):
        u = _weyl(seed, 4 * i + j, 0.3819660112501051, 0.7071067811865476)
        for edge, cat in _CUM:
            if u < edge:
                cats.append(cat)
                break
        else:
            cats.append(_CUM[-1][1])
    return cats


# --------------------------------------------------------------------------------------------------
# Surrogate pools (fictitious)
# --------------------------------------------------------------------------------------------------

_US_GIVEN = [
    "Keisha",
    "Marisol",
    "Tiffany",
    "Yesenia",
    "Brittany",
    "Latoya",
    "Jasmine",
    "Crystal",
    "Vanessa",
    "Alejandra",
    "Monique",
    "Shanice",
    "Dominique",
    "Karina",
    "Stephanie",
    "Ebony",
    "Rosa",
    "Gabriela",
    "Ashley",
    "Nicole",
    "Precious",
    "Tamika",
    "Danielle",
    "Imani",
    "Sade",
    "Carmen",
    "Leticia",
    "Maribel",
    "Kendra",
    "Aaliyah",
    "Derrick",
    "Marcus",
    "Jamal",
    "Luis",
    "Terrence",
    "Omar",
    "Victor",
    "Curtis",
    "Renata",
    "Joyce",
    "Hazel",
    "Wendell",
    "Bernadette",
    "Lourdes",
    "Giselle",
    "Trina",
]
_US_FAMILY = [
    "Washington",
    "Okafor",
    "Delgado",
    "Batista",
    "Thibodeaux",
    "Nwosu",
    "Castellanos",
    "Pruitt",
    "Fairweather",
    "Abernathy",
    "McCray",
    "Villalobos",
    "Oyelaran",
    "Gutiérrez",
    "Quiñones",
    "Hollingsworth",
    "Bankole",
    "Espinal",
    "Marchetti",
    "Kowalczyk",
    "Pham",
    "Nguyen",
    "Haddad",
    "Rosenthal",
    "Iverson",
    "Lindqvist",
    "Abara",
    "Turnbull",
    "Zamora",
    "Achterberg",
    "Ferreira",
    "Lozano",
    "Baptiste",
    "Dubois",
    "Whitlock",
    "Greer",
    "Montez",
    "Cardenas",
    "Osei",
    "St. Fleur",
    "O'Donnell",
    "Van Buskirk",
    "Mahoney",
    "Tran",
    "Boateng",
    "Szymanski",
]
_US_MIDDLE = "ABCDEFGHJKLMNPRSTW"

_DEST = {
    "mx": dict(
        country=["Mexico", "México"],
        capital="Mexico City",
        cc="+52",
        cities=[
            "Tijuana",
            "Mexicali",
            "Cancún",
            "Guadalajara",
            "Monterrey",
            "Puerto Vallarta",
            "Los Algodones",
            "Ciudad Juárez",
            "Nuevo Progreso",
            "Mazatlán",
            "Zapopan",
            "Rosarito",
        ],
        nbhd=[
            "Zona Río",
            "Zona Hotelera",
            "Colonia Cacho",
            "Playas de Tijuana",
            "Colonia Providencia",
            "Chapultepec Norte",
        ],
        given=[
            "Alejandro",
            "Mauricio",
            "Juan Pablo",
            "Luz Marina",
            "Rodrigo",
            "Paola",
            "Esteban",
            "Ximena",
            "Héctor Iván",
            "Beatriz",
            "Arturo",
            "Guadalupe",
        ],
        family=[
            "Ibarra",
            "Bañuelos",
            "Alcántara",
            "Peralta",
            "Solís",
            "Urrutia",
            "Villaseñor",
            "Garza",
            "Treviño",
            "Zepeda",
            "Cervantes",
            "Orozco",
        ],
        clinic=[
            "Clínica Estética Bellavista",
            "Hospital Ángel del Pacífico",
            "Centro Médico Zona Río Norte",
            "Clínica Divina Silueta",
            "Instituto de Cirugía Plástica Bajamar",
            "Clínica Renova Cuerpo",
            "Hospital Premier Costa Norte",
            "Clínica San Telmo de Especialidades",
        ],
        lang="es",
        fx="MXN",
    ),
    "co": dict(
        country=["Colombia"],
        capital="Bogotá",
        cc="+57",
        cities=["Medellín", "Cali", "Barranquilla", "Cartagena", "Pereira", "Bucaramanga", "Envigado", "Sabaneta"],
        nbhd=["El Poblado", "Laureles", "Ciudad Jardín", "Bocagrande", "Castillogrande", "El Peñón"],
        given=[
            "Andrés",
            "Sebastián",
            "Catalina",
            "Valentina",
            "Germán",
            "Luz Marina",
            "Mauricio",
            "Juliana",
            "Felipe",
            "Natalia",
        ],
        family=[
            "Restrepo",
            "Vélez",
            "Ochoa",
            "Arango",
            "Castaño",
            "Zuluaga",
            "Montoya",
            "Londoño",
            "Salazar",
            "Barrientos",
            "Echeverri",
            "Cifuentes",
        ],
        clinic=[
            "Clínica Estética Los Laureles",
            "Clínica Esculpe",
            "Centro de Cirugía Plástica Santa María del Río",
            "Clínica Silhueta Dorada",
            "Unidad Quirúrgica El Tesoro",
            "Clínica Reina Sofía de Estética",
        ],
        lang="es",
        fx="COP",
    ),
    "do": dict(
        country=["Dominican Republic", "the Dominican Republic"],
        capital="Santo Domingo",
        cc="+1",
        cities=[
            "Santiago de los Caballeros",
            "Punta Cana",
            "La Romana",
            "Puerto Plata",
            "San Pedro de Macorís",
            "Higüey",
        ],
        nbhd=["Los Jardines Metropolitanos", "Cerros de Gurabo", "Bávaro", "Villa Olga", "Ensanche Julia"],
        given=["Rafael", "Yokasta", "Ramón Antonio", "Milagros", "Wilkin", "Yudelka", "Francisco", "Altagracia"],
        family=["Espaillat", "Almonte", "Tejada", "Peña Gómez", "Báez", "Rosario", "Polanco", "Guzmán"],
        clinic=[
            "Centro Estético Caribeño",
            "Clínica Dr. Almánzar de Cirugía",
            "Instituto Quirúrgico Bávaro",
            "Clínica Cuerpo Perfecto del Cibao",
            "Centro Médico Las Palmeras",
        ],
        lang="es",
        fx="DOP",
    ),
    "tr": dict(
        country=["Turkey", "Türkiye"],
        capital="Ankara",
        cc="+90",
        cities=["Istanbul", "Antalya", "Izmir", "Bursa", "Alanya", "Muğla"],
        nbhd=["Şişli", "Ataşehir", "Kadıköy", "Lara", "Konyaaltı", "Bakırköy", "Karşıyaka"],
        given=[
            "Emre",
            "Mehmet Ali",
            "Zeynep",
            "Burak",
            "Elif",
            "Serkan",
            "Ayşe",
            "Onur",
            "Deniz",
            "Gökhan",
            "Selin",
            "Cem",
        ],
        family=[
            "Yıldırım",
            "Kaya",
            "Demir",
            "Öztürk",
            "Aydın",
            "Çelik",
            "Şahin",
            "Arslan",
            "Koç",
            "Erdem",
            "Polat",
            "Karaca",
        ],
        clinic=[
            "Özel Akdeniz Estetik Hastanesi",
            "Boğaziçi Aesthetic Clinic",
            "Özel Lale Cerrahi Tıp Merkezi",
            "Marmara Park Estetik",
            "Özel Sahil Hastanesi",
            "Anadolu Vita Aesthetic Center",
        ],
        lang="tr",
        fx="TRY",
    ),
    "cr": dict(
        country=["Costa Rica"],
        capital="San José",
        cc="+506",
        cities=["Escazú", "Heredia", "Alajuela", "Santa Ana", "Liberia", "Curridabat"],
        nbhd=["San Rafael de Escazú", "Lindora", "Guachipelín", "Trejos Montealegre"],
        given=["Adrián", "Mariela", "Esteban", "Kattia", "Randall", "Marianela"],
        family=["Jiménez", "Vargas", "Mora", "Solano", "Quesada", "Chaves", "Araya"],
        clinic=[
            "Clínica Estética Lindora",
            "Hospital Vida Plena",
            "Centro Quirúrgico Escazú Norte",
            "Clínica Bella Forma",
        ],
        lang="es",
        fx="CRC",
    ),
    "th": dict(
        country=["Thailand"],
        capital="Bangkok",
        cc="+66",
        cities=["Phuket", "Chiang Mai", "Pattaya", "Hua Hin", "Udon Thani"],
        nbhd=["Patong", "Nimmanhaemin", "Kathu", "Jomtien"],
        given=["Somchai", "Nattaporn", "Kittipong", "Siriporn", "Anan", "Pimchanok"],
        family=["Srisuk", "Wongsawat", "Chaiyaporn", "Rattanakorn", "Boonmee", "Thongchai"],
        clinic=[
            "Andaman Cosmetic Surgery Hospital",
            "Lanna Aesthetic Institute",
            "Siam Shoreline Clinic",
            "Kathu Beauty Surgery Center",
        ],
        lang="en",
        fx="THB",
    ),
}
_DEST_KEYS = ["mx", "mx", "mx", "co", "co", "do", "do", "tr", "tr", "cr", "th"]

_US_TOWNS = [
    "Pico Rivera",
    "Kissimmee",
    "Hialeah Gardens",
    "Pflugerville",
    "Lawrenceville",
    "Brownsville",
    "Laredo",
    "Chula Vista",
    "Sugar Land",
    "Round Rock",
    "Cicero",
    "Perth Amboy",
    "Lake Elsinore",
    "Palmdale",
    "Stone Mountain",
    "Riverdale",
    "Decatur",
    "Katy",
    "Missouri City",
    "Passaic",
    "Yonkers",
    "Hempstead",
    "Waukegan",
    "Miramar",
    "Homestead",
    "Conroe",
    "Edinburg",
    "McAllen",
    "Pharr",
    "Mesquite",
    "Garland",
    "Channelview",
    "San Ysidro",
    "El Centro",
    "Calexico",
    "Yuma",
    "Pembroke Pines",
    "Snellville",
    "Irvington",
    "Elizabethtown",
    "Baytown",
    "Cutler Bay",
    "Lithonia",
    "Bolingbrook",
    "Fontana",
]
_STATES = [
    "Texas",
    "TX",
    "California",
    "CA",
    "Florida",
    "FL",
    "Georgia",
    "GA",
    "Arizona",
    "AZ",
    "Illinois",
    "IL",
    "New Jersey",
    "NJ",
    "New York",
    "NY",
]
_STATE_ABBR = ["TX", "CA", "FL", "GA", "AZ", "IL", "NJ", "NY"]
_STREET_NAMES = [
    "Calloway",
    "Orange Blossom",
    "Magnolia Bend",
    "Westheimer",
    "Bissonnet",
    "Candler",
    "Redbud",
    "Flamingo",
    "Coral Reef",
    "Pecan Hollow",
    "Lantana",
    "Sycamore Ridge",
    "Old Spanish",
    "Bellaire",
    "Palm Vista",
    "Kingsley",
    "Meadowlark",
    "Juniper Creek",
    "Harbor Light",
    "Tamarind",
]
_STREET_SUFFIX = ["St", "Street", "Dr", "Drive", "Ave", "Avenue", "Blvd", "Ln", "Ct", "Way", "Rd", "Trl", "Pkwy", "Cir"]

_ORG = {
    "hosp": [
        f"{a} {b}"
        for a in [
            "St. Brendan's",
            "Lakewood Crest",
            "Mercy Ridge",
            "Palmetto Bay",
            "Sundown Valley",
            "Harbor Point",
            "Cedar Grove",
            "North Ridge",
            "Bayfront",
            "Good Shepherd Coastal",
            "Rio Grande Valley Baptist",
        ]
        for b in ["Medical Center", "Regional Hospital", "Community Hospital", "General Hospital"]
    ],
    "spa": [
        f"{a} {b}"
        for a in [
            "Glow Theory",
            "Velvet",
            "Luminous Skin",
            "Aura Bella",
            "Sculpt & Sip",
            "Pure Radiance",
            "Bare Bloom",
            "Desert Rose",
            "The Injectables Lounge",
            "Skinfinity",
            "Rosewater",
        ]
        for b in ["Med Spa", "Medical Spa", "Aesthetics & Laser", "MedSpa", "Wellness Studio"]
    ],
    "facil": [
        f"{a} {b}"
        for a in [
            "SurgiVoyage",
            "Bisturí Travel",
            "MediJourney",
            "Passport Contour",
            "TummyTrip",
            "Silhouette Abroad",
            "Sana Viajes",
            "Estetik Tur",
            "CuerpoGo",
            "Doll House Travel",
        ]
        for b in ["Concierge", "Partners LLC", "Medical Travel", "Tours", "Health Travel Agency"]
    ],
    "rh": [
        f"{a} {b}"
        for a in [
            "Casa Renacer",
            "Villa Sanar",
            "Casa Esperanza",
            "Dulce Recuperación",
            "Mariposa",
            "Sheltered Palms",
            "Şifa Konak",
            "Casa Lirio",
            "Brisa Suave",
        ]
        for b in ["Recovery House", "Recovery Suites", "Casa de Recuperación", "Aftercare Residence"]
    ],
    "hotel": [
        "Hotel Marqués del Río",
        "Hotel Real del Parque Norte",
        "Palmera Grand Hotel",
        "Hotel Boutique La Ceiba",
        "Park Liva Suites",
        "Otel Sahil Konak",
        "Hotel Mirador de Laureles",
        "Suites Bahía Azul",
        "Hotel Jardín Colonial",
        "Kathu Garden Residence",
    ],
    "lender": [
        f"{a} {b}"
        for a in ["Ardent", "Brightline", "FlexCare", "Contour", "Pivot", "Summit Grove", "Lumen"]
        for b in ["Patient Lending", "Patient Finance", "Medical Credit", "Cosmetic Financing LLC"]
    ],
    "wound": [
        f"{a} {b}"
        for a in ["Lakeshore", "Riverbend", "Palm Coast", "Tri-County", "Southgate", "Bayou City"]
        for b in ["Wound & Hyperbaric Center", "Wound Care Clinic", "Advanced Wound Institute"]
    ],
    "pharm": [
        "Walgreens #{n}",
        "CVS Pharmacy #{n}",
        "Farmacia San Rafael",
        "Riverbend Apothecary",
        "Kroger Pharmacy #{n}",
        "H-E-B Pharmacy #{n}",
        "Farmacia Guadalupana",
        "Eczane Yeşilyurt",
    ],
    "health": [
        f"{a} {b}"
        for a in [
            "Harris County",
            "Dallas County",
            "Maricopa County",
            "Miami-Dade County",
            "Fulton County",
            "Hidalgo County",
            "San Diego County",
            "Passaic County",
        ]
        for b in ["Public Health", "Health Department", "Department of Public Health"]
    ],
    "employer": [
        "Sunbelt Logistics",
        "Ridgeway Elementary School",
        "Mid-South Distribution",
        "Coastal Title & Escrow",
        "Parkview Dental Group",
        "Tri-State Trucking",
        "Lone Star Call Center",
        "Bayview Unified School District",
        "Gulf Freight Partners",
        "Sandoval Home Health",
    ],
    "practice": [
        f"{a} {b}"
        for a in [
            "Magnolia",
            "Northshore",
            "Peachtree Hills",
            "Allen & Kowalski",
            "Bellaire",
            "Coastal Bend",
            "Desert Sky",
        ]
        for b in ["Plastic Surgery", "Plastic Surgery Associates", "Aesthetic Surgery Center", "Dermatology & Laser"]
    ],
    "law": [
        "Delgado & Pryce LLP",
        "Marchand Whitfield PLLC",
        "Okoro Law Group",
        "Brandt, Salas & Reyes",
        "Hartigan Injury Law",
    ],
}

_PNR_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _letters(r: random.Random, n: int) -> str:
    return "".join(r.choice(_PNR_LETTERS) for _ in range(n))


def _mix(r: random.Random, n: int) -> str:
    s = [r.choice(_PNR_LETTERS + "23456789") for _ in range(n)]
    s[r.randrange(n)] = r.choice("23456789")
    return "".join(s)


# --------------------------------------------------------------------------------------------------
# Value generators
# --------------------------------------------------------------------------------------------------


def _person(r: random.Random, sub: str | None, ctx: dict) -> str:
    d = ctx["dest"]
    if sub in ("abroad", "dr") and r.random() < (0.85 if sub == "abroad" else 0.45):
        g, f = r.choice(d["given"]), r.choice(d["family"])
        if d is _DEST["co"] or d is _DEST["mx"]:
            if r.random() < 0.5:
                f2 = r.choice([x for x in d["family"] if x != f])
                return f"{g} {f} {f2}"
        if sub == "dr" and r.random() < 0.3:
            return f
        return f"{g} {f}"
    g, f = r.choice(_US_GIVEN), r.choice(_US_FAMILY)
    if sub == "dr" and r.random() < 0.35:
        return f
    style = r.randrange(9)
    if style == 0:
        return f"{g} {r.choice(_US_MIDDLE)}. {f}"
    if style == 1:
        return f"{f}, {g}"
    if style == 2:
        return f"{g} {f}".upper()
    if style == 3:
        f2 = r.choice([x for x in _US_FAMILY if x != f and " " not in x and "'" not in x])
        return f"{g} {f}-{f2}" if " " not in f else f"{g} {f}"
    return f"{g} {f}"


def _org(r: random.Random, sub: str | None, ctx: dict) -> str:
    if sub == "clinic":
        return r.choice(ctx["dest"]["clinic"])
    if sub is None:
        sub = r.choice(["hosp", "spa", "facil", "rh", "hotel", "practice", "wound"])
    name = r.choice(_ORG[sub])
    return name.replace("{n}", _digits(r, r.choice([4, 5])))


def _location(r: random.Random, sub: str | None, ctx: dict) -> str:
    if sub == "foreign":
        return r.choice(ctx["dest"]["cities"])
    if sub == "nbhd":
        return r.choice(ctx["dest"]["nbhd"])
    return r.choice(_US_TOWNS)


def _street(r: random.Random, sub: str | None, ctx: dict) -> str:
    if sub == "pobox":
        return r.choice(["PO Box ", "P.O. Box ", "P O Box "]) + str(r.randint(100, 98999))
    if sub == "foreign":
        k = [k for k, v in _DEST.items() if v is ctx["dest"]][0]
        if k == "mx":
            s = r.choice(
                [
                    "Blvd. Agua Caliente",
                    "Paseo de los Héroes",
                    "Av. Tulum",
                    "Calle Segunda",
                    "Av. Revolución",
                    "Blvd. Sánchez Taboada",
                    "Av. Kukulcán Km",
                ]
            )
            out = f"{s} {r.randint(10, 10999)}"
            return out + (f", Int. {r.randint(1, 40)}" if r.random() < 0.4 else "")
        if k == "co":
            return (
                f"{r.choice(['Carrera', 'Calle', 'Cra.', 'Cl.', 'Diagonal', 'Transversal'])} "
                f"{r.randint(2, 99)}{r.choice(['', '', 'A', 'B'])} # {r.randint(1, 99)}-{r.randint(10, 99)}"
                + (f", Cons. {r.randint(101, 1204)}" if r.random() < 0.4 else "")
            )
        if k == "tr":
            s = r.choice(["Halaskargazi Cad.", "Tekelioğlu Cad.", "Atatürk Bulvarı", "Bağdat Cad.", "Cumhuriyet Cad."])
            return f"{s} No: {r.randint(1, 320)}" + (f" D: {r.randint(1, 24)}" if r.random() < 0.5 else "")
        if k == "do":
            s = r.choice(
                ["Av. Juan Pablo Duarte", "Calle Del Sol", "Av. 27 de Febrero", "Av. Barceló", "Calle Restauración"]
            )
            return f"{s} {r.randint(3, 480)}" + (f", Local {r.randint(1, 30)}" if r.random() < 0.3 else "")
        if k == "cr":
            return f"Calle {r.randint(1, 40)}, Avenida {r.randint(1, 20)}, Casa {r.randint(1, 90)}"
        road = r.choice(["Thepkrasattri", "Nimmanhaemin", "Sukhumvit"])
        return f"{r.randint(10, 299)}/{r.randint(1, 60)} Moo {r.randint(1, 9)}, {road} Rd"
    num = str(r.randint(100, 24999))
    pre = r.choice(["", "", "", "N. ", "S ", "W. ", "East "])
    out = f"{num} {pre}{r.choice(_STREET_NAMES)} {r.choice(_STREET_SUFFIX)}"
    u = r.random()
    if u < 0.2:
        out += f", Apt {r.randint(1, 40)}{r.choice('ABCD')}"
    elif u < 0.3:
        out += f" Unit {r.randint(100, 2299)}"
    elif u < 0.36:
        out += f" #{r.randint(2, 420)}"
    return out


def _zip(r: random.Random, sub: str | None, ctx: dict) -> str:
    if sub == "foreign":
        return f"{r.randint(1000, 99999):05d}"
    z = r.choice(
        [
            r.randint(7001, 8999),
            r.randint(30002, 34999),
            r.randint(60004, 60899),
            r.randint(75001, 79999),
            r.randint(85001, 86599),
            r.randint(90001, 96199),
            r.randint(10451, 14999),
        ]
    )
    out = f"{z:05d}"
    if r.random() < 0.22:
        out += f"-{r.randint(1, 9999):04d}"
    return out


_US_AREAS = [
    "713",
    "832",
    "281",
    "305",
    "786",
    "954",
    "404",
    "678",
    "770",
    "214",
    "469",
    "956",
    "210",
    "619",
    "323",
    "909",
    "312",
    "773",
    "718",
    "347",
    "973",
    "201",
    "602",
    "480",
    "915",
    "520",
    "407",
    "689",
]


def _us_phone(r: random.Random) -> str:
    a, b, c = r.choice(_US_AREAS), str(r.randint(201, 989)), _digits(r, 4)
    return r.choice(
        [
            f"({a}) {b}-{c}",
            f"{a}-{b}-{c}",
            f"{a}.{b}.{c}",
            f"+1 {a} {b} {c}",
            f"{a}{b}{c}",
            f"1-{a}-{b}-{c}",
            f"({a}){b}-{c}",
            f"{a} {b} {c}",
        ]
    )


def _foreign_phone(r: random.Random, ctx: dict) -> str:
    k = [k for k, v in _DEST.items() if v is ctx["dest"]][0]
    if k == "mx":
        a = r.choice(["664", "998", "33", "81", "686", "322"])
        return r.choice(
            [
                f"+52 {a} {_digits(r, 3)} {_digits(r, 4)}",
                f"+52 ({a}) {_digits(r, 3)}-{_digits(r, 4)}",
                f"+52 1 {a} {_digits(r, 7)}",
                f"(01{a}) {_digits(r, 3)} {_digits(r, 4)}",
            ]
        )
    if k == "co":
        return r.choice(
            [
                f"+57 3{r.randint(0, 2)}{r.randint(0, 9)} {_digits(r, 3)} {_digits(r, 4)}",
                f"+57 (604) {_digits(r, 3)} {_digits(r, 4)}",
                f"(+57) 31{r.randint(0, 9)}-{_digits(r, 7)}",
            ]
        )
    if k == "tr":
        return r.choice(
            [
                f"+90 5{r.randint(30, 55)} {_digits(r, 3)} {_digits(r, 2)} {_digits(r, 2)}",
                f"0212 {_digits(r, 3)} {_digits(r, 2)} {_digits(r, 2)}",
                f"+90 (242) {_digits(r, 3)} {_digits(r, 4)}",
            ]
        )
    if k == "do":
        a = r.choice(["809", "829", "849"])
        return r.choice(
            [
                f"+1 ({a}) {r.randint(201, 989)}-{_digits(r, 4)}",
                f"{a}-{r.randint(201, 989)}-{_digits(r, 4)}",
                f"1 {a} {r.randint(201, 989)} {_digits(r, 4)}",
            ]
        )
    if k == "cr":
        return r.choice(
            [f"+506 {r.choice('2678')}{_digits(r, 3)}-{_digits(r, 4)}", f"(506) {_digits(r, 4)} {_digits(r, 4)}"]
        )
    return r.choice(
        [f"+66 76 {_digits(r, 3)} {_digits(r, 3)}", f"+66 8{r.randint(1, 9)} {_digits(r, 3)} {_digits(r, 4)}"]
    )


def _phone(r: random.Random, sub: str | None, ctx: dict) -> str:
    if sub == "foreign":
        return _foreign_phone(r, ctx)
    if sub == "tf":
        tf = r.choice(["800", "888", "877", "866", "855", "844", "833"])
        return r.choice(
            [
                f"1-{tf}-{r.randint(201, 989)}-{_digits(r, 4)}",
                f"({tf}) {r.randint(201, 989)}-{_digits(r, 4)}",
                f"{tf}.{r.randint(201, 989)}.{_digits(r, 4)}",
            ]
        )
    return _us_phone(r)


def _pager(r: random.Random, sub: str | None, ctx: dict) -> str:
    u = r.random()
    if u < 0.4:
        return _digits(r, 5).lstrip("0").rjust(5, "4")
    if u < 0.55:
        return f"{r.randint(2, 9)}-{_digits(r, 4)}"
    if u < 0.65:
        return f"{r.randint(30, 99)}{_digits(r, 3)}"
    return _us_phone(r)


def _email(r: random.Random, sub: str | None, ctx: dict) -> str:
    if sub == "coord":
        user = r.choice(
            ["coordinacion", "pacientes", "hasta.iliskileri", "care.team", "concierge", "aftercare", "internacional"]
        ) + r.choice(["", "", str(r.randint(1, 9)), "." + r.choice(_US_GIVEN).lower()])
        dom = r.choice(
            [
                "bisturitravel.mx",
                "surgivoyage.com",
                "esculpe-clinica.co",
                "akdenizestetik.com.tr",
                "casarenacer.com.mx",
                "medijourney.travel",
                "bellavista-estetica.mx",
                "cuerpogo.com",
            ]
        )
        return f"{user}@{dom}"
    g, f = r.choice(_US_GIVEN).lower(), r.choice(_US_FAMILY).lower().replace(" ", "").replace("'", "")
    f = f.replace("á", "a").replace("é", "e").replace("í", "i").replace("ó", "o").replace("ú", "u").replace("ñ", "n")
    user = r.choice(
        [
            f"{g}.{f}",
            f"{g}{f}{r.randint(1, 99)}",
            f"{g[0]}{f}",
            f"{g}_{f[:4]}{r.randint(70, 99)}",
            f"{g}{r.choice(['bbl', 'snatched', 'glowup', 'tummy'])}{r.randint(20, 30)}",
        ]
    )
    dom = r.choice(["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com", "protonmail.com"])
    return f"{user}@{dom}"


def _url(r: random.Random, sub: str | None, ctx: dict) -> str:
    g = r.choice(_US_GIVEN).lower()
    u = {"crowd": 0, "portal": 1, "drive": 2, "social": r.choice([3, 4]), "wa": 5, "clinic": 6}.get(
        sub or "", r.randrange(7)
    )
    if u == 0:
        return f"https://www.gofundme.com/f/help-{g}-recover-after-surgery-{r.randint(10, 99)}"
    if u == 1:
        return f"https://portal.surgivoyage.com/booking/{_mix(r, 6)}/itinerary"
    if u == 2:
        return f"https://drive.google.com/drive/folders/1{_mix(r, 10)}{_letters(r, 6).lower()}{_digits(r, 5)}"
    if u == 3:
        return f"www.instagram.com/{g}{r.choice(['.bbl.journey', '_recovery', '.tummytuck'])}"
    if u == 4:
        return f"https://www.tiktok.com/@{g}{r.randint(10, 99)}/video/73{_digits(r, 17)}"
    if u == 5:
        return f"https://wa.me/{r.choice(['52664', '57300', '90532', '1809'])}{_digits(r, 7)}"
    return f"http://fotos.clinica-bellavista.mx/pacientes/{_digits(r, 6)}/postop"


def _ip(r: random.Random, sub: str | None, ctx: dict) -> str:
    u = r.random()
    if u < 0.2:
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if u < 0.3:
        return f"192.168.{r.randint(0, 20)}.{r.randint(2, 254)}"
    if u < 0.45:
        return f"2806:{r.randint(256, 4095):x}:{r.randint(1, 65535):x}:{r.randint(1, 4095):x}::{r.randint(1, 255):x}"
    first = r.choice([187, 189, 181, 88, 78, 201, 173, 24, 71, 99])
    return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def _ssn(r: random.Random, sub: str | None, ctx: dict) -> str:
    a, b, c = r.randint(101, 665), r.randint(10, 99), r.randint(1000, 9999)
    return r.choice([f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}", f"{a}-{b}-{c}"])


def _mrn(r: random.Random, sub: str | None, ctx: dict) -> str:
    if sub == "foreign":
        return r.choice(
            [
                f"{_digits(r, 6)}",
                f"HC-{_digits(r, 7)}",
                f"EXP{_digits(r, 5)}/{r.randint(10, 99)}",
                f"{r.randint(1, 9)}.{_digits(r, 3)}.{_digits(r, 3)}",
                f"{_letters(r, 2)}{_digits(r, 6)}",
            ]
        )
    return r.choice(
        [
            _digits(r, 7),
            _digits(r, 8),
            f"M{_digits(r, 7)}",
            f"{_digits(r, 3)}-{_digits(r, 2)}-{_digits(r, 2)}",
            f"E{_digits(r, 9)}",
            f"00{_digits(r, 6)}",
        ]
    )


def _account(r: random.Random, sub: str | None, ctx: dict) -> str:
    if sub is None:
        sub = r.choice(["enc", "booking", "fin", "claim", "specimen", "invoice", "conf", "complaint"])
    if sub == "enc":
        return r.choice(
            [_digits(r, 10), f"HAR{_digits(r, 9)}", f"V{_digits(r, 8)}", f"{_digits(r, 4)}-{_digits(r, 6)}"]
        )
    if sub == "acc":
        return r.choice(
            [
                f"CT{_digits(r, 7)}",
                f"RAD-{_digits(r, 8)}",
                f"{_digits(r, 9)}",
                f"US{_digits(r, 6)}",
                f"A{_digits(r, 3)}-{_digits(r, 5)}",
            ]
        )
    if sub == "booking":
        return r.choice(
            [
                f"SVG-{_mix(r, 6)}",
                f"BK {_digits(r, 6)}",
                f"MJ{_digits(r, 5)}-{_letters(r, 2)}",
                f"PC/{_digits(r, 4)}/{_letters(r, 3)}",
                f"TT{_digits(r, 7)}",
            ]
        )
    if sub == "pnr":
        return _mix(r, 6)
    if sub == "fin":
        return r.choice(
            [
                f"{_digits(r, 4)}-{_digits(r, 4)}-{_digits(r, 4)}-{_digits(r, 4)}",
                f"{_digits(r, 4)} {_digits(r, 4)} {_digits(r, 4)} {_digits(r, 4)}",
                f"LN-{_digits(r, 8)}",
                f"PP{_digits(r, 9)}",
                f"{_digits(r, 12)}",
            ]
        )
    if sub == "complaint":
        return r.choice(
            [
                f"MBC-{r.randint(19, 29)}-{_digits(r, 5)}",
                f"{r.randint(19, 29)}-{_digits(r, 4)}-MB",
                f"C{_digits(r, 7)}",
                f"BRD{_digits(r, 6)}",
                f"{_digits(r, 3)}-{_digits(r, 6)}",
            ]
        )
    if sub == "specimen":
        return r.choice(
            [
                f"W{r.randint(19, 29)}-{_digits(r, 6)}",
                f"M{_digits(r, 8)}",
                f"AFB-{_digits(r, 6)}",
                f"S{r.randint(19, 29)}{_digits(r, 6)}",
                f"{_digits(r, 2)}-MB-{_digits(r, 5)}",
            ]
        )
    if sub == "claim":
        return r.choice(
            [
                f"CLM {_digits(r, 4)}-{_digits(r, 4)}",
                f"TI{_digits(r, 9)}",
                f"{_digits(r, 11)}",
                f"CL-{_mix(r, 5)}-{_digits(r, 3)}",
            ]
        )
    if sub == "invoice":
        return r.choice(
            [
                f"A-{_digits(r, 7)}",
                f"GIB{r.randint(2019, 2029)}{_digits(r, 9)}",
                f"F{_digits(r, 6)}",
                f"FAC-{_digits(r, 5)}",
                f"{_letters(r, 3)}{_digits(r, 8)}",
            ]
        )
    if sub == "conf":
        return r.choice([_digits(r, 8), f"RC{_digits(r, 6)}", _mix(r, 8), _digits(r, 9)])
    if sub == "order":
        return r.choice([f"ORD{_digits(r, 8)}", _digits(r, 9), f"{_digits(r, 3)}-{_digits(r, 7)}"])
    return _digits(r, 10)


def _health_plan(r: random.Random, sub: str | None, ctx: dict) -> str:
    if sub is None:
        sub = r.choice(["member", "member", "medicaid", "travel", "compl", "mbi"])
    if sub == "member":
        return r.choice(
            [
                f"{_letters(r, 3)}{_digits(r, 9)}",
                f"W{_digits(r, 9)}",
                f"{_digits(r, 11)}",
                f"{_letters(r, 1)}{_digits(r, 8)}{r.randint(1, 9)}",
                f"U{_digits(r, 7)}-{_digits(r, 2)}",
            ]
        )
    if sub == "medicaid":
        return r.choice([f"{_letters(r, 2)}{_digits(r, 5)}{_letters(r, 1)}", f"{_digits(r, 9)}", f"5{_digits(r, 9)}"])
    if sub == "travel":
        return r.choice(
            [f"TRV-{_digits(r, 8)}", f"{_letters(r, 2)}{_digits(r, 7)}", f"GTM{_digits(r, 6)}-{_digits(r, 2)}"]
        )
    if sub == "compl":
        return r.choice([f"CC-{_digits(r, 7)}", f"{_letters(r, 3)}/{_digits(r, 6)}", f"CSX{_digits(r, 8)}"])
    a = f"{r.randint(1, 9)}{_letters(r, 1)}{r.choice(_PNR_LETTERS + '0123456789')}{r.randint(0, 9)}"
    b = f"{_letters(r, 1)}{r.choice(_PNR_LETTERS + '0123456789')}{r.randint(0, 9)}"
    c = f"{_letters(r, 2)}{r.randint(10, 99)}"
    return r.choice([f"{a}-{b}-{c}", f"{a}{b}{c}"])


def _license(r: random.Random, sub: str | None, ctx: dict) -> str:
    if sub is None:
        sub = r.choice(["npi", "rn", "md", "dea", "dl", "abroad"])
    if sub == "npi":
        return r.choice("12") + _digits(r, 9)
    if sub == "rn":
        return r.choice(
            [f"RN{_digits(r, 6)}", _digits(r, 6), f"NP-{_digits(r, 5)}", f"{_digits(r, 7)}", f"AP{_digits(r, 6)}"]
        )
    if sub == "md":
        return r.choice(
            [
                f"G{_digits(r, 5)}",
                f"ME{_digits(r, 5)}",
                f"MD.{_digits(r, 7)}",
                f"{_letters(r, 1)}{_digits(r, 4)}",
                f"{_digits(r, 6)}",
            ]
        )
    if sub == "dea":
        return f"{r.choice('ABFM')}{_letters(r, 1)}{_digits(r, 7)}"
    if sub == "dl":
        return r.choice(
            [
                f"{_letters(r, 1)}{_digits(r, 3)}-{_digits(r, 4)}-{_digits(r, 4)}",
                f"{_digits(r, 8)}",
                f"{_letters(r, 1)}{_digits(r, 7)}",
                f"{_letters(r, 1)}{_digits(r, 3)} {_digits(r, 3)} {_digits(r, 2)} {_digits(r, 3)}",
            ]
        )
    return r.choice(
        [_digits(r, 7), _digits(r, 8), f"{_digits(r, 2)}-{_digits(r, 6)}", f"{r.randint(1, 9)}-{_digits(r, 5)}"]
    )


_MONTHS = [
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
]
_MESES = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]
_AYLAR = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"]


def _fmt_date(r: random.Random, y: int, m: int, d: int, style: str | None = None) -> str:
    style = style or r.choice(["mdy", "mdy0", "iso", "long", "short", "dmy_long", "dmon", "mdy_dash", "dot"])
    mon = _MONTHS[m - 1]
    return {
        "mdy": f"{m}/{d}/{y}",
        "mdy0": f"{m:02d}/{d:02d}/{y}",
        "iso": f"{y}-{m:02d}-{d:02d}",
        "long": f"{mon} {d}, {y}",
        "short": f"{mon[:3]} {d}, {y}",
        "dmy_long": f"{d} {mon} {y}",
        "dmon": f"{d:02d}-{mon[:3]}-{y}",
        "mdy_dash": f"{m:02d}-{d:02d}-{y}",
        "dot": f"{d:02d}.{m:02d}.{y}",
        "es": f"{d} de {_MESES[m - 1]} de {y}",
        "tr": f"{d} {_AYLAR[m - 1]} {y}",
        "dmy": f"{d:02d}/{m:02d}/{y}",
        "slash_iso": f"{y}/{m:02d}/{d:02d}",
        "short_nocomma": f"{mon[:3]} {d} {y}",
    }[style]


def _date(r: random.Random, sub: str | None, ctx: dict) -> str:
    y = r.randint(1931, 1999) if sub == "dob" else r.randint(2018, 2029)
    m, d = r.randint(1, 12), r.randint(1, 28)
    if sub == "es":
        return _fmt_date(r, y, m, d, r.choice(["es", "dmy", "dot"]))
    if sub == "tr":
        return _fmt_date(r, y, m, d, r.choice(["tr", "dot"]))
    if sub == "death":
        y = r.randint(2018, 2029)
    return _fmt_date(
        r,
        y,
        m,
        d,
        r.choice(
            [
                "mdy",
                "mdy0",
                "iso",
                "long",
                "short",
                "dmy_long",
                "dmon",
                "mdy_dash",
                "slash_iso",
                "short_nocomma",
                "mdy0",
            ]
        ),
    )


def _age(r: random.Random, sub: str | None, ctx: dict) -> str:
    return str(r.choice([90, 90, 91, 91, 92, 92, 93, 94, 95, 96, 97, 98, 99, 101, 102]))


def _device(r: random.Random, sub: str | None, ctx: dict) -> str:
    if sub is None:
        sub = r.choice(["implant", "vac", "tag", "laser", "pump", "udi"])
    if sub == "implant":
        return r.choice(
            [
                f"{_digits(r, 8)}-{_digits(r, 3)}",
                f"{_digits(r, 9)}",
                f"{_letters(r, 2)}{_digits(r, 7)}",
                f"{_digits(r, 2)}{_letters(r, 1)}{_digits(r, 6)}",
            ]
        )
    if sub == "vac":
        return r.choice([f"WVK{_digits(r, 7)}", f"{_letters(r, 4)}{_digits(r, 5)}", f"V{_digits(r, 8)}"])
    if sub == "tag":
        return r.choice([f"BME-{_digits(r, 6)}", f"{_digits(r, 6)}", f"AT{_digits(r, 7)}", f"CE {_digits(r, 5)}"])
    if sub == "laser":
        return r.choice(
            [
                f"GL{r.randint(1, 9)}{_letters(r, 1)}{_digits(r, 6)}",
                f"{_letters(r, 3)}-{_digits(r, 5)}-{_letters(r, 1)}",
                f"{_digits(r, 4)}{_letters(r, 2)}{_digits(r, 4)}",
            ]
        )
    if sub == "pump":
        return r.choice([f"{_digits(r, 7)}", f"QP{_digits(r, 6)}", f"{_letters(r, 1)}{_digits(r, 5)}{_letters(r, 1)}"])
    return r.choice([_digits(r, 10), f"{_letters(r, 1)}{_digits(r, 9)}", _mix(r, 10)])


def _vehicle(r: random.Random, sub: str | None, ctx: dict) -> str:
    if sub is None:
        sub = r.choice(["plate", "plate", "tail", "vin", "mxplate"])
    if sub == "tail":
        return r.choice(
            [
                f"N{r.randint(10, 999)}{_letters(r, 2)}",
                f"N{r.randint(1000, 9999)}{_letters(r, 1)}",
                f"XA-{_letters(r, 3)}",
                f"N{r.randint(100, 99999)}",
            ]
        )
    if sub == "vin":
        s = "".join(r.choice(_VIN_CHARS) for _ in range(17))
        return r.choice("1234") + s[1:]
    if sub == "mxplate":
        return r.choice(
            [
                f"{_letters(r, 3)}-{_digits(r, 3)}-{_letters(r, 1)}",
                f"{_letters(r, 2)}-{_digits(r, 4)}",
                f"{_letters(r, 1)}{_digits(r, 4)}{_letters(r, 2)}",
            ]
        )
    return r.choice(
        [
            f"{r.randint(1, 9)}{_letters(r, 3)}{_digits(r, 3)}",
            f"{_letters(r, 3)}-{_digits(r, 4)}",
            f"{_letters(r, 3)} {_digits(r, 4)}",
            f"{_letters(r, 2)}{_digits(r, 1)}-{_letters(r, 1)}{_digits(r, 2)}",
            f"{_digits(r, 3)} {_letters(r, 3)}",
        ]
    )


_GEN: dict[str, Callable[[random.Random, str | None, dict], str]] = {
    "PERSON": _person,
    "ORGANIZATION": _org,
    "LOCATION": _location,
    "STREET_ADDRESS": _street,
    "ZIP": _zip,
    "PHONE": _phone,
    "FAX": _phone,
    "PAGER": _pager,
    "EMAIL": _email,
    "URL": _url,
    "IP_ADDRESS": _ip,
    "SSN": _ssn,
    "MRN": _mrn,
    "ACCOUNT": _account,
    "HEALTH_PLAN": _health_plan,
    "LICENSE": _license,
    "DATE_REAL_YEAR": _date,
    "AGE_OVER_89": _age,
    "DEVICE_ID": _device,
    "VEHICLE_ID": _vehicle,
}

# --------------------------------------------------------------------------------------------------
# Plant contexts. Flags before "::": ^ header, $ footer, ~ inline (appended to a prose line),
# R radiology only, D discharge-type only. {V} / {V:sub} is the planted value; other {X} are look-alikes.
# --------------------------------------------------------------------------------------------------

_CTX: dict[str, list[str]] = {
    "PERSON": [
        "Surgeon of record abroad: Dr. {V:abroad} (credentials not verifiable from here).",
        "D~::She was accompanied by her sister, {V}, who is staying nearby.",
        "D::Facilitator coordinator: {V:abroad} -- reached by WhatsApp on {SD}.",
        "D::| Injector | {V}, NP | verified by phone |",
        "$::Electronically signed by: {V}, MD on {SD} 14:22",
        "D::Emergency contact: {V} (husband), phone ___",
        "~::Interpreter {V} (Spanish, in person) was present for the entire discussion.",
        "R::Dictated by: {V}, MD     Resident: ___",
        "R::Findings discussed by telephone with Dr. {V:dr} at 16:40 on {SD}, who acknowledged receipt.",
        "D::Translator's certification: I, {V}, certify that the foregoing is a true and complete translation.",
        "cc: {V}, PA-C (wound clinic)",
        "D::Recovery house manager:\n{V:abroad}",
        '~::Per pt the operation was done by a "Dr. {V:abroad}" whom she found on Instagram.',
        "ATTENDING OF RECORD.......{V}",
        "D::Pt's daughter {V} is health care proxy.",
        "~::Case d/w Dr {V:dr} (plastics), who agrees with washout.",
        "Ordering provider: {V}",
        "R::Technologist: {V}, RT(R)(CT)",
        "R::Wet read by {V}, MD (teleradiology) -- see final.",
        "D::Caregiver at the recovery house -- {V:abroad} -- provided a handwritten drain log.",
        "D::Anesthesiologist (per outside record): {V:abroad}",
        "D$::-- {V}, LCSW",
        "D::Pt seen with medical student {V}.",
        "D::PCP: Dr. {V:dr}",
    ],
    "ORGANIZATION": [
        "Procedure performed at {V:clinic} on {SD} (outside records scanned to Media tab).",
        "D~::She booked the package through {V:facil}, which arranged airport pickup and nursing visits.",
        "D::Post-op stay: {V:rh} x {N} nights.",
        "~::Filler was injected at {V:spa} about 6 hours before presentation.",
        "Transferred from: {V:hosp}",
        "R::Outside images from {V:hosp} were loaded to PACS for comparison.",
        "D::Financing through {V:lender}; pt reports balance outstanding.",
        "D::Pharmacy: {V:pharm}",
        "D::Referred to {V:wound} for NPWT follow-up.",
        "| Clinic | {V:clinic} | ___ |",
        "D::Case reported to {V:health} (communicable disease unit) per ID.",
        "D::Hotel: {V:hotel}, room ___",
        "D::Employer: {V:employer} (FMLA paperwork requested)",
        "Outside facility..........{V:hosp}",
        "D^::OUTSIDE RECORD -- {V:clinic} -- CERTIFIED TRANSLATION",
        "~::Her local plastic surgeon at {V:practice} declined to take over post-operative care.",
        "D::Attorney: ___ ({V:law}) requested records.",
        "R::Prior outside study from {V:clinic} (CD, no report) reviewed.",
        "D::Discharged to {V:rh}, then flew home.",
        "D~::Prescriptions sent to {V:pharm}.",
        "Med spa: {V:spa}",
        "D::Facilitator / agency: {V:facil}",
        "D::Follow-up: {V:wound}, wound RN visit on ___",
    ],
    "LOCATION": [
        "~::She traveled to {V:foreign}, {CTRY}, for a combined abdominoplasty and BBL.",
        "D::Lives in {V} with ___.",
        "Place of surgery: {V:foreign} ({CTRY})",
        "D~::The recovery house was in the {V:nbhd} area, a short drive from the clinic.",
        "| City | {V:foreign} |",
        "Return flight {FL} from {V:foreign} via ___.",
        "D::Pt resides in {V}; PCP ___.",
        "R::Outside CT was performed in {V:foreign} ___ days post-op (report in Spanish).",
        "Brought by EMS from a hotel in {V}.",
        "Travel hx: {V:foreign} ({CTRY}) x 3 weeks; returned ___.",
        "D~::There is no wound clinic close to her home in {V}.",
        "D::Ciudad / City: {V:foreign}",
        "D::Barrio: {V:nbhd}",
        "D::Home town:\n{V}",
        "~::She drove back across the border from {V:foreign} the day after surgery.",
    ],
    "STREET_ADDRESS": [
        "Address: {V}, ___, ___ ___",
        "D::Recovery house address: {V:foreign}",
        "D::Dirección: {V:foreign}, ___",
        "D::Mailing address on file -- {V}",
        "| Address | {V} |",
        "D~::She is staying with her cousin at {V} until the drains are out.",
        "Clinic address (letterhead): {V:foreign}",
        "D::Send records to: ___, {V:pobox}",
        "D::Discharge destination: home ({V}).",
        "D::Adress: {V}",
        "D::Pickup point for the transport van: {V}",
        "R::Patient address on requisition: {V}",
        "R::Outside imaging center: {V:foreign}",
        "D::Home:\n{V}",
    ],
    "ZIP": [
        "ZIP: {V}",
        "___, {ST} {V}",
        "D::Home zip code {V} (outside the home-health service area).",
        "| ZIP | {V} |",
        "C.P. {V:foreign}",
        "D~::The home-health agency does not cover zip {V}.",
        "D::Billing ZIP (financing application): {V}",
        "R::Requisition ZIP {V}",
        "zip- {V}",
        "Postal code {V:foreign} ({CTRY})",
    ],
    "PHONE": [
        "Pt cell: {V}",
        "D::Coordinator WhatsApp {V:foreign}",
        "Clinic phone (discharge packet): {V:foreign}",
        "D~::Her husband can be reached at {V}.",
        "| Phone | {V} |",
        "Tel. {V:foreign}",
        "D::Recovery house landline: {V:foreign}",
        "Callback #: {V}",
        "Contact (home).........{V}",
        "Best contact number\n{V}",
        "ph: {V}",
        "Teléfono: {V:foreign}",
        "R::Critical result called to the ordering team, callback {V}.",
    ],
    "FAX": [
        "Fax: {V}",
        "D~::Please fax the operative records to {V} (wound clinic).",
        "Fax {V:foreign}",
        "F: {V}",
        "| Fax | {V} |",
        "Practice toll-free fax {V:tf}",
        "fax no. {V}",
        "Records request faxed to {V} on {SD}.",
        "R::Report faxed to the referring office at {V}.",
        "D::Faks: {V:foreign}",
    ],
    "PAGER": [
        "Plastics on call, pager {V}",
        "pgr {V}",
        "Page {V} with questions.",
        "beeper: {V}",
        "IR fellow (pager# {V})",
        "| Pager | {V} |",
        "R::Results paged to {V} at 02:10.",
        "Contact: surgery PA, pager {V}",
    ],
    "EMAIL": [
        "Email: {V}",
        "D~::Photos were e-mailed by the patient to {V}.",
        "D::Coordinator e-mail {V:coord}",
        "| E-mail | {V} |",
        "D::Correo: {V:coord}",
        "D::Reply-To: {V:coord}",
        "D::From: ___ <{V}>",
        "D::Preferred contact via email ({V}).",
        "D::E-posta: {V:coord}",
        "R::Outside images link e-mailed from {V}",
    ],
    "URL": [
        "D::Crowdfunding page: {V:crowd}",
        "D~::She showed us her post-op video ({V:social}).",
        "D::Booking portal link: {V:portal}",
        "Photos shared via {V:drive}",
        "| Link | {V} |",
        "D::Review posted at\n{V:social}",
        "R::Outside images shared via {V:drive}",
        "D::WhatsApp click-to-chat link for the coordinator: {V:wa}",
        "Outside clinic photo folder: {V:clinic}",
    ],
    "IP_ADDRESS": [
        "D::Video visit audit: client IP {V}, duration 14 min",
        "D::Portal login from {V} at 03:12",
        "Upload source IP: {V}",
        "| IP | {V} |",
        "D~::The foreign surgeon's video follow-up connected from {V}.",
        "R::Remote read workstation {V}",
    ],
    "SSN": [
        "SSN: {V}",
        "SS# {V}",
        "D::Social Security No. {V} (financing application)",
        "| SSN | {V} |",
        "D~::She gave SSN {V} for the charity-care screen.",
        "ssn- {V}",
    ],
    "MRN": [
        "MRN: {V}",
        "Expediente No. {V:foreign}",
        "Historia clínica: {V:foreign}",
        "Dosya No: {V:foreign}",
        "Outside MRN {V} (transferring hospital)",
        "| MRN | {V} |",
        "Medical record #{V}",
        "R::Pt ID: {V}",
        "D::Clinic chart no. {V:foreign} (per translated op note)",
        "~::Old records are under MRN {V}.",
    ],
    "ACCOUNT": [
        "Acct #: {V:enc}",
        "Encounter {V:enc}",
        "R::Accession: {V:acc}",
        "R::Acc# {V:acc}",
        "D::Booking ref: {V:booking}",
        "D::Airline record locator {V:pnr}",
        "D::Financing account {V:fin}",
        "D::Payment plan acct {V:fin}",
        "D::State board complaint number {V:complaint}",
        "Wound culture specimen {V:specimen}",
        "D::Travel insurance claim # {V:claim}",
        "D::Factura / Invoice No. {V:invoice}",
        "D::Recovery house reservation confirmation {V:conf}",
        "D::| Booking | {V:booking} |",
        "AFB culture accession {V:specimen}",
        "Order # {V:order}",
        "R::Prior exam accession {V:acc}",
        "D~::The board acknowledged her complaint ({V:complaint}) by letter.",
        "D::Folio {V:invoice}",
        "D::Card on file for the deposit: {V:fin}",
    ],
    "HEALTH_PLAN": [
        "Member ID: {V:member}  Group {GRP}",
        "Medicaid ID {V:medicaid}",
        "D::Travel medical policy {V:travel}",
        "D::Complication insurance certificate no. {V:compl}",
        "| Member ID | {V:member} |",
        "Subscriber ID {V:member}",
        "MBI {V:mbi}",
        "Policy #: {V:travel}",
        "D~::Her plan (member {V:member}) denied the cosmetic-complication admission.",
    ],
    "LICENSE": [
        "NPI {V:npi}",
        "RN lic. {V:rn}",
        "D::Injector license (per med spa records): {V:rn}",
        "D::DEA {V:dea}",
        "D::Driver's license: {V:dl}",
        "D::Cédula profesional {V:abroad}",
        "Med. license #{V:md}",
        "| License | {V:rn} |",
        "D~::The state board lookup shows license {V:md} as active.",
        "R::Interpreting radiologist NPI: {V:npi}",
        "D::Registro médico {V:abroad}",
    ],
    "DATE_REAL_YEAR": [
        "Date of surgery (abroad): {V}",
        "DOB: {V:dob}",
        "Fecha de cirugía: {V:es}",
        "Ameliyat tarihi: {V:tr}",
        "~::She flew home on {V}, four days after surgery.",
        "D::Complaint filed {V}.",
        "| Procedure date | {V} |",
        "Filler injected on {V}",
        "D::Loan agreement dated {V}",
        "R::Comparison: outside CT {V} (report only).",
        "Date of birth\n{V:dob}",
        "Returned to the US {V} on flight {FL}.",
        "D::Mother died {V:death} (PE after surgery).",
    ],
    "AGE_OVER_89": [
        "Age: {V}",
        "{V} y/o F s/p lower blepharoplasty abroad",
        "~::Pt is a {V}-year-old man who had a facelift abroad.",
        "R::Patient age {V}.",
        "| Age | {V} |",
        "D~::Her grandmother, aged {V}, travelled with her.",
        "D::Grandmother ({V} yrs) accompanied the patient.",
    ],
    "DEVICE_ID": [
        "Implant card: REF {REF} / LOT {LOT} / SN {V:implant}",
        "S/N: {V}",
        "Wound VAC serial {V:vac}",
        "Infusion pump asset tag {V:tag}",
        "UDI (01){GTIN}(17){YYMMDD}(10){LOT}(21){V:udi}",
        "D::Laser unit serial number {V:laser} (med spa incident form)",
        "| Serial | {V} |",
        "R::Left implant serial {V:implant} (outside implant card).",
        "Pain pump SN {V:pump} removed intact.",
        "Tissue expander S/N {V:implant}",
    ],
    "VEHICLE_ID": [
        "Air ambulance tail number {V:tail}",
        "D::Van plate {V:plate}",
        "D::Recovery house shuttle (plate {V:mxplate})",
        "D::Rental car: plate {V:plate}",
        "D::VIN {V:vin}",
        "D::| Vehicle | {V:plate} |",
        "R::Arrived by air ambulance ({V:tail}) from abroad; portable technique.",
        "~::The repatriation jet ({V:tail}) landed at ___ at 22:40.",
    ],
}

_COMBOS: list[str] = [
    "Address: {STREET_ADDRESS}, {LOCATION}, {ST} {ZIP}",
    "Home address:\n{STREET_ADDRESS}\n{LOCATION}, {ST} {ZIP}",
    "Dirección: {STREET_ADDRESS:foreign}, {LOCATION:foreign}, C.P. {ZIP:foreign}, {CTRY}",
    "$::Electronically signed: {PERSON}, MD   NPI {LICENSE:npi}",
    "{PERSON}, RN (lic. {LICENSE:rn})",
    "Tel {PHONE} | Fax {FAX}",
    "Emergency contact: {PERSON} ({PHONE})",
    "{ORGANIZATION:clinic} -- tel. {PHONE:foreign}",
    "| {ORGANIZATION:facil} | booking {ACCOUNT:booking} | {DATE_REAL_YEAR} |",
    "Dr. {PERSON:abroad}, {ORGANIZATION:clinic}, {LOCATION:foreign}",
]

_COMBO_CATS = {
    "STREET_ADDRESS",
    "LOCATION",
    "ZIP",
    "PERSON",
    "LICENSE",
    "PHONE",
    "FAX",
    "ORGANIZATION",
    "ACCOUNT",
    "DATE_REAL_YEAR",
}

# --------------------------------------------------------------------------------------------------
# Look-alikes
# --------------------------------------------------------------------------------------------------

EPONYMS_AND_BRANDS = [
    "Juvederm Voluma",
    "Juvederm Ultra XC",
    "Restylane Lyft",
    "Restylane Kysse",
    "Radiesse",
    "Sculptra",
    "Botox Cosmetic",
    "Dysport",
    "Xeomin",
    "Daxxify",
    "Kybella",
    "Hylenex",
    "Belotero Balance",
    "RHA 4",
    "CoolSculpting",
    "Morpheus8",
    "Fraxel",
    "PicoSure",
    "VASER",
    "Renuvion",
    "BodyTite",
    "Ultherapy",
    "Emsculpt",
    "Mentor MemoryGel",
    "Natrelle Inspira",
    "Sientra",
    "Motiva Ergonomix",
    "Allergan",
    "Galderma",
    "Merz",
    "Jackson-Pratt",
    "Blake drain",
    "Prevena",
    "V.A.C. Ulta",
    "ON-Q",
    "Exparel",
    "Lovenox",
    "Xarelto",
    "Eliquis",
    "Zosyn",
    "Bactrim",
    "Tigecycline",
    "Amikacin",
    "Clarithromycin",
    "Imipenem",
    "Fitzpatrick",
    "Glogau",
    "Baker grade",
    "Pfannenstiel",
    "Scarpa fascia",
    "Virchow triad",
    "Wells score",
    "Caprini score",
    "Morel-Lavallée",
    "Mondor disease",
    "Tyndall effect",
    "Clavien-Dindo",
    "Hounsfield",
    "Ziehl-Neelsen",
    "Kinyoun",
    "Mycobacterium abscessus",
    "Mycobacterium fortuitum",
    "Roux-en-Y",
    "Trendelenburg",
    "Valsalva",
    "Doppler",
    "Homans sign",
    "MedWatch",
    "Smart Traveler Enrollment Program",
    "Omnipaque 350",
    "Isovue-370",
    "Gastrografin",
    "Aquilion ONE",
    "Syngo.via",
    "Spanx",
    "Aquacel Ag",
    "Tegaderm",
    "Dermabond",
    "Marena",
]

_FILLERS = [
    "Juvederm Voluma",
    "Juvederm Ultra XC",
    "Restylane Lyft",
    "Restylane Kysse",
    "Radiesse",
    "Sculptra",
    "Belotero Balance",
    "RHA 4",
]
_TOXINS = ["Botox Cosmetic", "Dysport", "Xeomin", "Daxxify"]
_ENERGY = ["CoolSculpting", "Morpheus8", "Fraxel", "PicoSure", "Renuvion", "BodyTite", "Ultherapy", "Emsculpt"]
_IMPLANTS = ["Mentor MemoryGel", "Natrelle Inspira", "Sientra", "Motiva Ergonomix"]
_TOLLFREE = [
    "1-800-FDA-1088 (MedWatch)",
    "1-800-222-1222 (Poison Help)",
    "1-888-407-4747 (State Dept., overseas)",
    "800-232-4636 (CDC-INFO)",
    "1-866-893-3111 (lender customer service)",
    "1-877-411-0930 (implant maker)",
    "1-855-228-6744 (travel insurer assistance)",
    "1-844-220-7193 (state board complaint line)",
]
_PUBLIC_WEB = [
    "www.fda.gov/medwatch",
    "wwwnc.cdc.gov/travel",
    "travel.state.gov",
    "step.state.gov",
    "www.cdc.gov/medical-tourism",
    "www.accessdata.fda.gov/scripts/cdrh/cfdocs/cfmaude/search.cfm",
]
_AIRLINES = ["AA", "UA", "DL", "AM", "Y4", "VB", "CM", "AV", "TK", "B6", "NK", "WN", "F9", "TG", "G3"]


def _la(ctx: dict, s: str) -> str:
    ctx["la"].append(s)
    return s


def _sd(r: random.Random, ctx: dict) -> str:
    y, m, d = r.randint(2101, 2199), r.randint(1, 12), r.randint(1, 28)
    return _la(ctx, _fmt_date(r, y, m, d, r.choice(["mdy", "mdy0", "iso", "short", "dmy_long"])))


def _flight(r: random.Random, ctx: dict) -> str:
    return _la(ctx, f"{r.choice(_AIRLINES)} {r.randint(12, 2999)}")


def _lot(r: random.Random, ctx: dict) -> str:
    return _la(
        ctx,
        r.choice(
            [f"{_letters(r, 1)}{_digits(r, 5)}", f"{_digits(r, 7)}", f"{_digits(r, 2)}{_letters(r, 1)}{_digits(r, 4)}"]
        ),
    )


def _expiry(r: random.Random, ctx: dict) -> str:
    y, m, d = r.randint(2024, 2030), r.randint(1, 12), r.randint(1, 28)
    return _la(ctx, r.choice([f"{y}-{m:02d}-{d:02d}", f"{m:02d}/{y}", f"{y}-{m:02d}", f"{m:02d}/{d:02d}/{y}"]))


def _misc(name: str, sub: str | None, r: random.Random, ctx: dict) -> str:
    if name == "SD":
        return _sd(r, ctx)
    if name == "FL":
        return _flight(r, ctx)
    if name == "CTRY":
        return _la(ctx, r.choice(ctx["dest"]["country"]))
    if name == "ST":
        return _la(ctx, r.choice(_STATE_ABBR))
    if name == "GRP":
        return _la(ctx, r.choice([f"{_digits(r, 6)}", f"GRP-{_digits(r, 5)}", f"{_letters(r, 1)}{_digits(r, 5)}"]))
    if name == "LOT":
        return _lot(r, ctx)
    if name == "REF":
        return _la(
            ctx,
            r.choice(
                [
                    f"SRF-{r.randint(150, 650)}",
                    f"{r.randint(350, 354)}-{r.randint(1000, 8000)}BC",
                    f"HP-{r.randint(200, 600)}",
                    f"SCX-{r.randint(200, 800)}Q",
                ]
            ),
        )
    if name == "GTIN":
        return _la(ctx, f"0{_digits(r, 13)}")
    if name == "YYMMDD":
        return _la(ctx, f"{r.randint(25, 31)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}")
    if name == "N":
        return str(r.randint(5, 21))
    raise KeyError(name)


_PH = re.compile(r"\{([A-Z_]+)(?::([a-z]+))?\}")


def _render(
    tmpl: str, cat: str | None, fills: dict[str, str], r: random.Random, ctx: dict, placed: list[str]
) -> list[Piece]:
    """Pieces for one template; ``fills`` maps category -> True when it is to be planted here."""
    out: list[Piece] = []
    pos = 0
    for m in _PH.finditer(tmpl):
        out.append(tmpl[pos : m.start()])
        name, sub = m.group(1), m.group(2)
        pos = m.end()
        c = cat if name == "V" else name
        if c in _GEN:
            if fills.get(c):
                v = _GEN[c](r, sub, ctx)
                out.append((v, c))
                placed.append(c)
                fills[c] = False
            else:
                out.append("___")
        else:
            out.append(_misc(name, sub, r, ctx))
    out.append(tmpl[pos:])
    return [p for p in out if p != ""]


# --------------------------------------------------------------------------------------------------
# Document assembly
# --------------------------------------------------------------------------------------------------


class _Slot:
    """A line that is masked (``___``) unless a plant of ``cat`` is placed in it."""

    def __init__(self, cat: str, tmpl: str):
        self.cat, self.tmpl = cat, tmpl


class _Sec:
    def __init__(self, lines: list, plant: bool = True, optional: bool = False):
        self.lines = list(lines)
        self.plant, self.optional = plant, optional
        self.has_plant = False


def _render_sections(secs: list[_Sec]) -> tuple[str, list[tuple[int, int, str]]]:
    parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    n = 0
    for si, sec in enumerate(secs):
        if si:
            parts.append("\n\n")
            n += 2
        for li, line in enumerate(sec.lines):
            if li:
                parts.append("\n")
                n += 1
            if isinstance(line, _Slot):
                line = [line.tmpl]
            elif isinstance(line, str):
                line = [line]
            for p in line:
                if isinstance(p, tuple):
                    spans.append((n, n + len(p[0]), p[1]))
                    parts.append(p[0])
                    n += len(p[0])
                else:
                    parts.append(p)
                    n += len(p)
    return "".join(parts), spans


def _L(*pieces: Piece) -> list[Piece]:
    return list(pieces)


def _split_flags(t: str) -> tuple[str, str]:
    if "::" in t[:5]:
        f, body = t.split("::", 1)
        return f, body
    return "", t


def _place(secs: list[_Sec], pieces: list[Piece], flags: str, r: random.Random) -> None:
    if "^" in flags:
        sec = secs[0]
        sec.lines.insert(r.randint(1, max(1, len(sec.lines))), pieces)
        sec.has_plant = True
        return
    if "$" in flags:
        sec = secs[-1]
        sec.lines.append(pieces)
        sec.has_plant = True
        return
    cands = [s for s in secs[1:] if s.plant] or secs
    if "~" in flags:
        prose = [
            (s, k)
            for s in cands
            for k, ln in enumerate(s.lines)
            if ln
            and isinstance(ln[-1], str)
            and ln[-1].endswith(".")
            and len(ln[-1]) > 70
            and not ln[-1].lstrip().startswith(("-", "|"))
        ]
        story = [(s, k) for s, k in prose if _first_line(s).startswith(_STORY)]
        if story or prose:
            s, k = r.choice(story or prose)
            s.lines[k] = s.lines[k] + [" "] + pieces
            s.has_plant = True
            return
    sec = r.choice(cands)
    if len(sec.lines) > 1 and r.random() < 0.3:
        sec.lines.insert(1, pieces)
    else:
        sec.lines.append(pieces)
    sec.has_plant = True


_STORY = (
    "INDICATION",
    "CLINICAL HISTORY",
    "HPI",
    "History of Present Illness",
    "Summary",
    "Discussion",
    "Situation",
    "Interval history",
    "Reason",
    "Brief Hospital Course",
    "ED course",
    "Epidemiology",
    "Outside course",
    "Psychosocial",
    "Assessment",
)


def _finish_lines(secs: list[_Sec], plants: dict[str, int], r: random.Random, ctx: dict, placed: list[str]) -> None:
    """Resolve slots: fill some with pending plants, mask the rest."""
    for sec in secs:
        for k, ln in enumerate(sec.lines):
            if isinstance(ln, _Slot):
                fills = {}
                if plants.get(ln.cat, 0) > 0 and r.random() < 0.4:
                    fills[ln.cat] = True
                    plants[ln.cat] -= 1
                    sec.has_plant = True
                sec.lines[k] = _render(ln.tmpl, ln.cat, fills, r, ctx, placed)
            elif isinstance(ln, str):
                sec.lines[k] = [ln]


# --------------------------------------------------------------------------------------------------
# Clinical filler helpers
# --------------------------------------------------------------------------------------------------

_PROCS = [
    "abdominoplasty with flank liposuction",
    "Brazilian butt lift (gluteal fat grafting) with 360 liposuction",
    "mommy makeover (abdominoplasty, mastopexy with implants)",
    "liposuction of abdomen, back and arms",
    "abdominoplasty and BBL",
    "breast augmentation with round silicone implants",
    "brachioplasty and thigh lift",
    "facelift with lower blepharoplasty",
    'lipo-abdominoplasty ("lipo 360") with fat transfer',
]


def _fitz(r: random.Random) -> str:
    return f"Fitzpatrick skin type {r.choice(['II', 'III', 'IV', 'V', 'VI'])}"


def _age_lookalike(r: random.Random, ctx: dict) -> str:
    a = r.randint(22, 71)
    return _la(ctx, r.choice([f"{a}-year-old", f"{a} year old", f"{a} yo", f"{a} y.o.", f"{a} y/o"]))


def _bare_year(r: random.Random, ctx: dict) -> str:
    return _la(ctx, f"in {r.randint(2004, 2016)}")


def _country_fact(r: random.Random, ctx: dict) -> str:
    d = ctx["dest"]
    c = d["country"][0]
    _la(ctx, d["capital"])
    return _la(
        ctx,
        r.choice(
            [
                f"CDC Travelers' Health page reviewed for {c} (capital {d['capital']}): hepatitis A and typhoid "
                f"advised.",
                f"Destination country: {c}; capital {d['capital']}; currency {d['fx']}.",
                f"Country facts sheet: {c} -- capital {d['capital']}, US embassy services listed online.",
            ]
        ),
    )


def _tollfree(r: random.Random, ctx: dict) -> str:
    return _la(ctx, r.choice(_TOLLFREE))


def _web(r: random.Random, ctx: dict) -> str:
    return _la(ctx, r.choice(_PUBLIC_WEB))


def _vitals(r: random.Random) -> str:
    return (
        f"T {r.choice(['98.4', '99.1', '100.9', '101.8', '102.6', '97.9'])}  HR {r.randint(72, 128)}  "
        f"BP {r.randint(92, 148)}/{r.randint(52, 92)}  RR {r.randint(14, 26)}  SpO2 {r.randint(89, 100)}% "
        f"{r.choice(['RA', '2L NC', 'RA'])}"
    )


def _labs(r: random.Random) -> str:
    return (
        f"WBC-{r.randint(6, 24)}.{r.randint(0, 9)}* Hgb-{r.randint(7, 13)}.{r.randint(0, 9)}* "
        f"Hct-{r.randint(22, 40)}.{r.randint(0, 9)} Plt-{r.randint(150, 520)}\n"
        f"Na-{r.randint(131, 144)} K-{r.randint(3, 5)}.{r.randint(0, 9)} Cr-{r.randint(0, 1)}.{r.randint(5, 9)} "
        f"Lactate-{r.randint(0, 4)}.{r.randint(1, 9)} CRP-{r.randint(8, 280)} D-dimer-{r.randint(300, 4800)}"
    )


def _masked_block(r: random.Random) -> _Sec:
    rows = [
        "Outside records index (scanned, Media tab):",
        "| Document | From | Date | Contact |",
        "| Operative note (Spanish) | ___ | ___ | ___ |",
        "| Anesthesia record | ___ | ___ | ___ |",
        "| Discharge instructions | ___ | ___ | ___ |",
        "| Itinerary / booking | ___ | ___ | ___ |",
        "| Recovery house drain log | ___ | ___ | ___ |",
        "| Invoice / receipt | ___ | ___ | ___ |",
        "Patient: ___   DOB: ___   MRN: ___   Acct: ___",
        "Facilitator: ___   Coordinator: ___   Phone: ___",
    ]
    return _Sec(rows[: r.randint(8, 10)], plant=False)


def _ds_header(r: random.Random, service: str, sex: str) -> _Sec:
    return _Sec(
        [
            _Slot("PERSON", "Name:  {V}                  Unit No:   ___"),
            "",
            _Slot("DATE_REAL_YEAR", "Admission Date:  {V}              Discharge Date:   ___"),
            "",
            _Slot("DATE_REAL_YEAR", "Date of Birth:  {V:dob}             Sex:   " + sex),
            "",
            f"Service: {service}",
            "",
            f"Allergies:\n{r.choice(_T1)}",
            "",
            _Slot("PERSON", "Attending: {V:dr}."),
        ],
        plant=False,
    )


def _rad_header(r: random.Random, exam: str) -> _Sec:
    return _Sec(
        [
            f"EXAMINATION:  {exam}",
            "",
            _Slot("ACCOUNT", "Accession: {V:acc}"),
        ],
        plant=False,
    )


# --------------------------------------------------------------------------------------------------
# Builders: each returns (sections, optional filler pool)
# --------------------------------------------------------------------------------------------------


def _b_tourism_discharge(r: random.Random, ctx: dict) -> list[_Sec]:
    proc = r.choice(_PROCS)
    comp = r.choice(
        [
            "infected seroma",
            "abdominal wall abscess",
            "wound dehiscence with fat necrosis",
            "gluteal abscess",
            "umbilical necrosis with cellulitis",
            "symptomatic anemia and seroma",
        ]
    )
    return [
        _ds_header(r, "PLASTIC SURGERY", "F"),
        _Sec(["Chief Complaint:", f"fever and drainage after {proc} abroad"], plant=False),
        _Sec(
            [
                "Major Surgical or Invasive Procedure:",
                f"{r.choice(_T2)}"
                f" on ___; {r.choice(['NPWT (V.A.C. Ulta) placement', 'Prevena incisional VAC', 'packing'])}",
            ]
        ),
        _Sec(
            [
                "History of Present Illness:",
                f"{_age_lookalike(r, ctx)} woman who underwent {proc} in ___ on ___ through a medical-tourism "
                f"package. She flew home on postoperative day {r.randint(3, 9)} on {_flight(r, ctx)}, wearing a "
                f"{_la(ctx, 'Marena')} stage 1 garment. Over the following week she noted increasing "
                f"{r.choice(['swelling', 'drainage', 'pain and redness'])} of the "
                f"{r.choice(['lower abdomen', 'flanks', 'buttocks'])}.",
                f"She was given oral {r.choice(['cephalexin', 'ciprofloxacin', 'amoxicillin-clavulanate'])} by the "
                f"clinic by message. In the ED she was febrile and the incision was draining purulent fluid.",
                f"Prior cosmetic history: liposuction {_bare_year(r, ctx)} in ___.",
            ]
        ),
        _Sec(
            [
                "Past Medical History:",
                r.choice(
                    [
                        "Obesity (BMI 31.8), prediabetes",
                        "Anemia, anxiety",
                        "Hypothyroidism, prior C-section (Pfannenstiel)",
                        "Asthma, GERD",
                    ]
                ),
            ]
        ),
        _Sec(["Social History:", "___", f"Travel: {_country_fact(r, ctx)}"], optional=True),
        _Sec(
            [
                "Physical Exam:",
                _vitals(r),
                f"Abd: {r.choice(_T3)}, {r.choice(['drain site purulent', 'no crepitus', 'tender to palpation'])}.",
                f"Skin: {_fitz(r)}; healing liposuction port sites.",
            ]
        ),
        _Sec(
            [
                "Pertinent Results:",
                _labs(r),
                f"CT A/P ___: {r.choice(_T4)}.",
                f"Wound cx: {r.choice(_T5)}.",
            ]
        ),
        _Sec(
            [
                "Brief Hospital Course:",
                f"Pt admitted to plastics for {comp}. Started on "
                f"{r.choice(['vancomycin and Zosyn', 'cefazolin', 'Zosyn'])}"
                f" and taken for washout on hospital day {r.randint(1, 3)}. Clavien-Dindo grade "
                f"{r.choice(['II', 'IIIa', 'IIIb'])}. Caprini score {r.randint(5, 9)}; Lovenox 40 mg daily for DVT "
                f"prophylaxis. Wound care teaching done with family.",
                "Outside records were requested from the clinic; a partial operative note was received in Spanish.",
            ]
        ),
        _Sec(
            [
                "Discharge Medications:",
                f"1. {r.choice(['Cephalexin 500 mg PO QID', 'Bactrim DS 1 tab PO BID', 'Linezolid 600 mg PO BID'])} x "
                f"{r.randint(7, 14)} days",
                "2. Acetaminophen 650 mg PO Q6H PRN",
                f"3. {r.choice(['Oxycodone 5 mg PO Q6H PRN', 'Ibuprofen 600 mg PO Q8H PRN'])}",
                "4. Lovenox 40 mg SC daily x 14 days",
            ],
            optional=True,
        ),
        _Sec(
            [
                "Discharge Disposition:",
                r.choice(["Home With Service", "Home"]),
                "",
                "Discharge Diagnosis:",
                comp,
                "",
                "Discharge Condition:",
                "Mental Status: Clear and coherent.\nActivity Status: Ambulatory - Independent.",
            ]
        ),
        _Sec(
            [
                "Discharge Instructions:",
                "Keep the wound VAC on at all times. Do not fly for at least 2 weeks. Return for fever > 101.5F, "
                "chest pain or shortness of breath.",
                "",
                "Followup Instructions:",
                "___",
            ]
        ),
    ]


def _b_sleeve_leak(r: random.Random, ctx: dict) -> list[_Sec]:
    return [
        _ds_header(r, "ACUTE CARE SURGERY", r.choice(["F", "M"])),
        _Sec(["Chief Complaint:", "abdominal pain, tachycardia after sleeve gastrectomy abroad"], plant=False),
        _Sec(
            [
                "Major Surgical or Invasive Procedure:",
                f"{r.choice(_T6)}",
            ]
        ),
        _Sec(
            [
                "History of Present Illness:",
                f"{_age_lookalike(r, ctx)} with BMI {r.randint(38, 52)} who underwent laparoscopic sleeve gastrectomy "
                f"in ___ ({r.randint(6, 19)} days ago) as a self-pay package arranged online. Discharged from the "
                f"clinic on POD {r.randint(2, 4)}, stayed in a hotel, and flew home on {_flight(r, ctx)}.",
                f"Presents with LUQ pain, fevers and HR {r.randint(110, 135)}. No outside discharge summary; "
                f"photos of a handwritten medication list show enoxaparin and omeprazole.",
                f"Prior bariatric evaluation in the US {_bare_year(r, ctx)} was not covered by insurance.",
            ]
        ),
        _Sec(["Past Medical History:", "OSA on CPAP, HTN, T2DM (A1c 7.9), GERD"]),
        _Sec(
            ["Physical Exam:", _vitals(r), "Abd: port sites c/d/i, LUQ tenderness with guarding, JP-type drain absent."]
        ),
        _Sec(
            [
                "Pertinent Results:",
                _labs(r),
                f"UGI (Gastrografin): {r.choice(_T7)}.",
                f"CT: {r.choice(['7 cm LUQ collection with gas', 'left pleural effusion and perisplenic fluid'])}.",
            ]
        ),
        _Sec(
            [
                "Brief Hospital Course:",
                f"Outside ON-Q pump catheter removed on arrival. Made NPO, started on "
                f"{r.choice(['Zosyn and fluconazole', 'meropenem and micafungin'])}. Proximal "
                f"staple-line leak managed with "
                f"{r.choice(['endoscopic stent', 'IR drain and TPN', 'laparoscopic washout'])}. "
                f"Nutrition consulted for TPN via PICC. Clavien-Dindo IIIb. Tolerated Stage 2 bariatric diet by "
                f"discharge.",
                "Patient counselled that the outside surgeon should be informed; she agreed to share records.",
            ]
        ),
        _Sec(
            [
                "Discharge Medications:",
                "1. Pantoprazole 40 mg PO BID",
                "2. Ursodiol 300 mg PO BID",
                "3. Eliquis 2.5 mg PO BID x 28 days",
                "4. Bariatric multivitamin chewable daily",
            ],
            optional=True,
        ),
        _Sec(
            [
                "Discharge Disposition:",
                "Home With Service",
                "",
                "Discharge Diagnosis:",
                "Staple-line leak after sleeve gastrectomy",
                "",
                "Followup Instructions:",
                "___",
            ]
        ),
        _Sec([f"Public resources given: {_tollfree(r, ctx)}; {_web(r, ctx)}"], optional=True),
    ]


def _b_translated_op(r: random.Random, ctx: dict) -> list[_Sec]:
    es = ctx["dest"]["lang"] != "tr"
    proc = r.choice(_PROCS)
    hdr = _Sec(
        [
            "OUTSIDE RECORD -- TRANSLATION (scanned to Media tab)",
            _Slot("ORGANIZATION", "Facility: {V:clinic}"),
            _Slot("MRN", ("Expediente: {V:foreign}" if es else "Dosya No: {V:foreign}")),
            _Slot("DATE_REAL_YEAR", ("Fecha: {V:es}" if es else "Tarih: {V:tr}")),
            _Slot("PERSON", ("Cirujano: Dr. {V:abroad}" if es else "Cerrah: Op. Dr. {V:abroad}")),
            "Paciente / Patient: ___",
        ],
        plant=False,
    )
    return [
        hdr,
        _Sec(
            [
                "Translator's note: original in "
                + ("Spanish" if es else "Turkish")
                + "; handwritten portions marked [illegible]. Units converted where stated."
            ]
        ),
        _Sec(
            [
                "PREOPERATIVE DIAGNOSIS: Lipodystrophy of abdomen and flanks; gluteal hypoplasia; diastasis recti.",
                f"PROCEDURE: {proc}.",
                f"ANESTHESIA: "
                f"{r.choice(['general balanced', 'epidural plus sedation', 'total intravenous anesthesia'])}.",
                f"ASA {r.choice(['I', 'II'])}. {_fitz(r)}. BMI {r.randint(26, 34)}.{r.randint(0, 9)}.",
            ]
        ),
        _Sec(
            [
                "DESCRIPTION OF PROCEDURE:",
                f"Patient in prone position; tumescent infiltration with {r.randint(4, 9)} L of solution (lidocaine, "
                f"epinephrine). Power-assisted liposuction with VASER of back and flanks, aspirate "
                f"{r.randint(2500, 6500)} mL. Fat decanted and grafted {r.randint(400, 900)} mL per buttock "
                f"[translator: plane not stated]. Patient turned supine; low transverse incision, plication of the "
                f"rectus diastasis with 0 Prolene, flap advanced, umbilicus transposed. Two Blake drain placed.",
                f"{r.choice(['Exparel 266 mg', 'Bupivacaine 0.25% 30 mL', 'ON-Q catheter, bupivacaine'])} infiltrated. "
                f"Closure with 3-0 Monocryl and Dermabond. Estimated blood loss {r.randint(300, 1500)} mL. "
                f"Tranexamic acid given. Garment applied.",
                "Drains removed on day ___ per handwritten addendum [illegible].",
            ]
        ),
        _Sec(
            [
                "POSTOPERATIVE INDICATIONS (translated):",
                f"Enoxaparin 40 mg daily x {r.randint(5, 10)} days. Ciprofloxacin 500 mg BID. Lymphatic massage "
                f"daily at the recovery house. Avoid sitting on buttocks 3 weeks (use BBL pillow). Do not fly before "
                f"day {r.randint(5, 10)}.",
            ]
        ),
        _Sec(
            [
                f"Implants / materials: {r.choice(_IMPLANTS)} {r.choice(['350', '375', '400', '450'])} cc, "
                f"LOT {_lot(r, ctx)}, EXP {_expiry(r, ctx)}"
                if r.random() < 0.5
                else f"Materials: Prolene 0, Monocryl 3-0, Blake drain 15 Fr, LOT {_lot(r, ctx)}"
            ]
        ),
        _Sec(
            [
                "Translator's certification on file. Receiving team note: translation reviewed on ___ by plastics; "
                "plane of fat injection could not be determined from the record."
            ]
        ),
    ]


def _b_itinerary(r: random.Random, ctx: dict) -> list[_Sec]:
    f1, f2 = _flight(r, ctx), _flight(r, ctx)
    return [
        _Sec(
            [
                "CASE MANAGEMENT NOTE",
                _Slot("PERSON", "Patient: {V}"),
                _Slot("MRN", "MRN: {V}"),
                "Reason: discharge planning after cosmetic surgery complication; outside itinerary reviewed.",
            ],
            plant=False,
        ),
        _Sec(
            [
                "Summary:",
                f"Pt purchased an all-inclusive package (surgery, recovery house, airport transfers, 2 nurse visits) "
                f"through a facilitator. She paid a deposit by card and the balance in cash at the clinic. Package did "
                f"not include complication coverage. She is now readmitted here POD {r.randint(8, 20)}.",
            ]
        ),
        _Sec(
            [
                "Itinerary (copied from the facilitator's PDF):",
                "| Day | Item | Detail |",
                f"| 1 | Outbound flight | {f1}, seat ___ |",
                "| 1 | Airport pickup | driver ___ |",
                "| 2 | Pre-op labs, consult | clinic ___ |",
                "| 3 | Surgery | ___ |",
                "| 4-10 | Recovery house | room ___ |",
                f"| 11 | Return flight | {f2} |",
            ]
        ),
        _Sec(
            [
                "Booking details:",
                _Slot("ACCOUNT", "Booking reference: {V:booking}"),
                _Slot("ORGANIZATION", "Facilitator: {V:facil}"),
                _Slot("PHONE", "Coordinator: ___ {V:foreign}"),
            ]
        ),
        _Sec(
            [
                "Assessment / plan:",
                "Discussed with patient that the facilitator is not a health care provider and cannot manage "
                "complications. Patient consents to release of the outside records. Home health referral for wound "
                f"care placed. Advised to avoid air travel for 4 weeks given DVT risk (Caprini score "
                f"{r.randint(5, 9)}).",
                f"Public information given: {_tollfree(r, ctx)}; {_web(r, ctx)}.",
            ]
        ),
        _Sec([f"Travel notes: {_country_fact(r, ctx)}"], optional=True),
        _Sec(["Time spent: 45 minutes. CM will follow."]),
    ]


def _b_medspa(r: random.Random, ctx: dict) -> list[_Sec]:
    filler = r.choice(_FILLERS)
    tox = r.choice(_TOXINS)
    en = r.choice(_ENERGY)
    laser = r.random() < 0.35
    return [
        _Sec(
            [
                "DERMATOLOGY CONSULT NOTE" if r.random() < 0.5 else "PLASTIC SURGERY CONSULT",
                _Slot("PERSON", "Requesting: Dr. {V:dr}"),
                "Reason for consult: "
                + (
                    "burn after energy-based treatment at a med spa"
                    if laser
                    else "suspected vascular occlusion after filler"
                ),
            ],
            plant=False,
        ),
        _Sec(
            [
                "HPI:",
                (
                    f"{_age_lookalike(r, ctx)} woman who had a {en} session at a med spa on ___ and developed "
                    f"blistering "
                    f"and pain of the treated area within hours. Device settings per the spa: "
                    f"{r.randint(10, 60)} J/cm2, {r.randint(1, 3)} passes."
                    if laser
                    else f"{_age_lookalike(r, ctx)} woman who received {filler} "
                    f"{r.choice(['1 mL', '0.5 mL', '2 syringes'])} to the "
                    f"{r.choice(['nasolabial folds', 'lips', 'tear troughs', 'nose (non-surgical rhinoplasty)'])} and "
                    f"{tox} {r.choice([20, 24, 40, 50])} units to the glabella on ___ at a med spa."
                ),
                f"She noted {r.choice(_T8)}"
                f" and the injector advised warm compresses. Presented to the ED ___ hours later.",
                f"She has had fillers {_bare_year(r, ctx)} without problems.",
            ]
        ),
        _Sec(
            [
                "Product information (from the spa's treatment record):",
                "| Product | Lot | Exp | Amount |",
                f"| {filler} | {_lot(r, ctx)} | exp {_expiry(r, ctx)} | {r.choice(['1.0 mL', '0.8 mL', '1.2 mL'])} |",
                f"| {tox} | {_lot(r, ctx)} | exp {_expiry(r, ctx)} | {r.choice([20, 30, 44])} units |",
                "Injector credentials: ___ (esthetician certificate ___ per the spa).",
                "Makers named on the labels: " + r.choice(["Allergan", "Galderma", "Merz"]) + ".",
            ]
        ),
        _Sec(
            [
                "Exam:",
                f"{_fitz(r)}; Glogau {r.choice(['II', 'III'])}.",
                (
                    f"Well-demarcated partial-thickness burn {r.randint(2, 9)} x {r.randint(2, 6)} cm with grid "
                    f"pattern."
                    if laser
                    else f"Reticulated violaceous patch along the "
                    f"{r.choice(['angular', 'supratrochlear', 'superior labial'])} "
                    f"artery territory; capillary refill delayed. Tyndall effect absent. Visual acuity "
                    f"20/{r.choice([20, 25, 30])}."
                ),
                "No Nikolsky sign. No vesicles in a dermatomal pattern.",
            ]
        ),
        _Sec(
            [
                "Assessment and plan:",
                (
                    "Second-degree burn after energy-based device; silver sulfadiazine vs. Aquacel Ag, photos, avoid "
                    "sun."
                    if laser
                    else f"Probable vascular occlusion. Hylenex {r.choice([300, 450, 600, 1500])} units injected in "
                    f"the affected "
                    f"territory with improvement in capillary refill. Aspirin 325 mg, warm compresses, ophthalmology "
                    f"aware."
                ),
                f"Report to MedWatch encouraged ({_la(ctx, '1-800-FDA-1088')}; {_la(ctx, 'www.fda.gov/medwatch')}).",
                "Follow-up in dermatology clinic in 48-72 h.",
            ]
        ),
    ]


def _b_wound(r: random.Random, ctx: dict) -> list[_Sec]:
    L, W, D = r.randint(2, 14), r.randint(1, 8), r.randint(1, 5)
    return [
        _Sec(
            [
                "WOUND CARE CLINIC -- FOLLOW-UP VISIT",
                _Slot("PERSON", "Patient: {V}"),
                _Slot("DATE_REAL_YEAR", "Visit date: {V}"),
                "Referring: ___",
            ],
            plant=False,
        ),
        _Sec(
            [
                "Interval history:",
                f"Seen for {r.choice(_T9)}"
                f" after cosmetic surgery abroad. NPWT changes 3x/week by home health. Reports less drainage, pain "
                f"{r.randint(1, 6)}/10. Completed "
                f"{r.choice(['cephalexin', 'linezolid', 'clarithromycin and amikacin'])}.",
            ]
        ),
        _Sec(
            [
                "Wound assessment:",
                "| Site | L x W x D (cm) | Bed | Exudate | Periwound |",
                f"| {r.choice(['Lower abdomen', 'R buttock', 'Umbilicus', 'L flank'])} | {L} x {W} x {D} | "
                f"{r.randint(50, 95)}% granulation | {r.choice(['scant', 'moderate', 'small'])} serous | intact |",
                f"Undermining {r.randint(0, 4)} cm at 12 o'clock. No tunneling. Photographs in Media.",
                f"Prior: {L + r.randint(1, 4)} x {W + r.randint(0, 3)} x {D + 1} on {_sd(r, ctx)}.",
            ]
        ),
        _Sec(
            [
                "Procedure:",
                f"Selective sharp debridement of {r.randint(2, 20)} sq cm of slough to bleeding tissue. "
                f"NPWT reapplied (black foam, -125 mmHg continuous). Tegaderm window to periwound.",
            ]
        ),
        _Sec(
            [
                "Plan:",
                f"Continue NPWT, change M/W/F. Protein {r.randint(80, 120)} g/day. Compression garment "
                f"({_la(ctx, 'Spanx')} not "
                "adequate; medical-grade garment advised). Return in 1 week; consider delayed primary closure by "
                "plastics.",
                "Supplies: V.A.C. Ulta canisters, Aquacel Ag rope.",
            ]
        ),
        _Sec(
            [f"Pt education: signs of infection; avoid smoking. Hotline for supplies: {_tollfree(r, ctx)}"],
            optional=True,
        ),
    ]


def _b_financing(r: random.Random, ctx: dict) -> list[_Sec]:
    return [
        _Sec(
            [
                "FINANCIAL COUNSELING NOTE",
                _Slot("PERSON", "Patient: {V}"),
                _Slot("ACCOUNT", "Hospital account: {V:enc}"),
            ],
            plant=False,
        ),
        _Sec(
            [
                "Situation:",
                f"Inpatient admission for complications after elective cosmetic surgery abroad. Pt's commercial plan "
                f"excludes complications of cosmetic procedures; denial letter dated {_sd(r, ctx)} received. Employer "
                f"group number {_misc('GRP', None, r, ctx)} noted on the card (not the member id).",
            ]
        ),
        _Sec(
            [
                "Debts reported by patient:",
                "| Creditor | Type | Balance |",
                f"| Cosmetic lender | installment loan | ${r.randint(3, 14)},{r.randint(100, 999)} |",
                f"| Credit card | deposit to facilitator | ${r.randint(1, 4)},{r.randint(100, 999)} |",
                f"| Outside clinic | cash balance | {r.randint(2, 9)},{r.randint(100, 999)} USD |",
                f"Lender customer service: {_tollfree(r, ctx)}.",
            ]
        ),
        _Sec(
            [
                "Travel insurance:",
                "Pt bought a travel medical policy at booking; its exclusions list elective surgery. Claim submitted "
                "anyway at pt's request; insurer's assistance line given. Complication-insurance product offered "
                "by the clinic -- certificate copy requested.",
            ]
        ),
        _Sec(
            [
                "Plan:",
                f"Screened for financial assistance (household of {r.randint(1, 6)}, income ~{r.randint(120, 380)}% "
                f"FPL). "
                "Application packet provided. Payment plan offered for the balance after assistance. Pt was told "
                "not to use a new medical credit card for this bill.",
            ]
        ),
        _Sec(["Counselor: ___  ext ___"]),
    ]


def _b_complaint(r: random.Random, ctx: dict) -> list[_Sec]:
    return [
        _Sec(
            ["PATIENT RELATIONS / SOCIAL WORK NOTE", _Slot("PERSON", "Pt: {V}"), _Slot("MRN", "MRN {V}")], plant=False
        ),
        _Sec(
            [
                "Reason:",
                "Pt requests help filing complaints about (1) a med spa injector in this state and (2) the clinic "
                "abroad that performed her surgery.",
            ]
        ),
        _Sec(
            [
                "Discussion:",
                "Explained that the state medical board handles physicians and the board of nursing handles RN/NP "
                "injectors; an esthetician's certificate (___) falls under the cosmetology board. The state board "
                "cannot act on a surgeon licensed abroad; the facilitator is not licensed by any US body.",
                f"Helped pt complete the online complaint; MedWatch report for the filler also filed "
                f"({_web(r, ctx)}). Pt reported the device/event as described in MAUDE guidance.",
                f"Pt also asked about the State Department: {_tollfree(r, ctx)}, {_web(r, ctx)}; the Smart Traveler "
                "Enrollment Program was explained for future travel.",
                f"Pt is {r.choice(['tearful', 'angry but organized', 'calm'])}; screened for depression (PHQ-9 "
                f"{r.randint(3, 17)}); 988 given.",
            ]
        ),
        _Sec(
            [
                "Documents collected:",
                "- translated operative note (Media)",
                "- photos sent by the recovery house",
                "- receipts and the financing agreement",
                "- screenshots of WhatsApp chats with the coordinator",
            ]
        ),
        _Sec(["Plan:", "SW to follow weekly. Pt may consult an attorney; list of legal aid given."]),
        _Sec([f"Country info given: {_country_fact(r, ctx)}"], optional=True),
    ]


def _b_ed(r: random.Random, ctx: dict) -> list[_Sec]:
    return [
        _Sec(
            [
                "EMERGENCY DEPARTMENT PROVIDER NOTE",
                _Slot("DATE_REAL_YEAR", "Arrival: {V} 23:41"),
                "Mode of arrival: EMS (private transport van per pt)",
            ],
            plant=False,
        ),
        _Sec(
            [
                "HPI:",
                f"{_age_lookalike(r, ctx)} female brought from a hotel-based recovery house POD {r.randint(2, 12)} "
                f"after {r.choice(_PROCS)}. Caregiver reports "
                f"{r.choice(_T10)}."
                f" She arrived on {_flight(r, ctx)} two days ago. Wells score {r.randint(3, 7)}.",
                "Recovery house provides 'nursing' by aides; no licensed RN on site per caregiver.",
            ]
        ),
        _Sec(
            [
                "Exam:",
                _vitals(r),
                f"Abdomen: binder in place, {r.choice(['two drains', 'one drain', 'no drains'])}, "
                f"{r.choice(['tense ecchymotic flank', 'serosanguinous output', 'incision intact'])}. Calves "
                f"{r.choice(['symmetric', 'L > R swelling'])}; Homans sign not relied on.",
            ]
        ),
        _Sec(
            [
                "ED course:",
                f"{_labs(r)}",
                f"CTA chest {r.choice(_T11)}. "
                f"Given {r.choice(['2 units PRBC', 'heparin bolus and infusion', '2 L LR'])}. Plastics and ICU "
                f"consulted.",
                f"Public numbers given to caregiver: {_tollfree(r, ctx)}.",
            ]
        ),
        _Sec(
            [
                "Disposition:",
                r.choice(["Admit to SICU", "Admit to medicine", "Admit to plastic surgery"]),
                "Critical care time 45 min.",
            ]
        ),
        _Sec([f"Travel: {_country_fact(r, ctx)}"], optional=True),
    ]


def _b_id(r: random.Random, ctx: dict) -> list[_Sec]:
    org = r.choice(["Mycobacterium abscessus", "Mycobacterium fortuitum", "rapidly growing mycobacteria"])
    return [
        _Sec(
            [
                "INFECTIOUS DISEASES CONSULT",
                _Slot("PERSON", "Consultant: {V}, MD"),
                "Question: chronic draining sinus tracts after cosmetic surgery abroad",
            ],
            plant=False,
        ),
        _Sec(
            [
                "HPI:",
                f"{_age_lookalike(r, ctx)} woman with {r.choice(_PROCS)} abroad ~{r.randint(6, 14)} weeks ago, now "
                f"with multiple painful nodules and draining tracts despite "
                f"{r.choice(['cephalexin', 'two courses of Bactrim', 'doxycycline'])}. "
                f"AFB smear (Kinyoun) from the drainage {r.choice(['positive', 'negative', 'pending'])}; "
                f"Ziehl-Neelsen on tissue pending.",
            ]
        ),
        _Sec(
            [
                "Epidemiology:",
                "Clusters of NTM infections after cosmetic surgery abroad have been reported; public health asks for "
                "notification of cases and of the clinic name and dates.",
                f"{_country_fact(r, ctx)}",
            ]
        ),
        _Sec(
            [
                "Exam:",
                _vitals(r),
                f"{r.randint(3, 9)} erythematous nodules over {r.choice(['flanks', 'abdomen', 'buttocks'])}, two with "
                f"sinus tracts.",
            ]
        ),
        _Sec(["Assessment:", f"Probable {org} surgical-site infection."]),
        _Sec(
            [
                "Recommendations:",
                "1. Debridement with tissue for AFB culture and susceptibilities.",
                f"2. Start Imipenem + Amikacin + {r.choice(['Tigecycline', 'Clarithromycin (pending erm41)'])} after "
                f"cultures.",
                "3. Baseline audiogram, ECG (QTc), CBC, LFTs weekly.",
                "4. PICC; OPAT referral.",
                "5. Report to the local health department; CDC notified per their request.",
                f"6. Expected duration {r.randint(3, 6)}-{r.randint(6, 12)} months.",
            ]
        ),
    ]


def _b_ct(r: random.Random, ctx: dict) -> list[_Sec]:
    return [
        _rad_header(r, "CT ABDOMEN AND PELVIS WITH CONTRAST"),
        _Sec(
            [
                f"INDICATION:  ___ year old woman s/p {r.choice(_PROCS)} abroad ___ days ago with fever and "
                "abdominal wall swelling // eval for collection"
            ]
        ),
        _Sec(
            [
                "TECHNIQUE:  MDCT images of the abdomen and pelvis after IV Omnipaque 350 (100 mL). Coronal and "
                f"sagittal reformats. Scanner: {r.choice(['Aquilion ONE', 'Revolution CT'])}; post-processing "
                f"Syngo.via.",
                f"DOSE:  CTDIvol {r.randint(8, 19)}.{r.randint(0, 9)} mGy; DLP {r.randint(400, 1100)} mGy-cm.",
            ]
        ),
        _Sec(["COMPARISON:  ___"]),
        _Sec(
            [
                "FINDINGS:",
                f"ABDOMINAL WALL: Status post abdominoplasty. "
                f"{r.choice(['A rim-enhancing', 'A thin-walled', 'A loculated'])} "
                f"fluid collection deep to the abdominal flap measures {r.randint(4, 18)} x {r.randint(3, 9)} x "
                f"{r.randint(2, 6)} cm (density {r.randint(5, 28)} Hounsfield units). "
                f"{r.choice(['Locules of gas are present.', 'No gas.', 'Surrounding fat stranding.'])}",
                f"GLUTEAL REGION: {r.choice(_T12)}",
                "LIVER, GALLBLADDER, PANCREAS, SPLEEN, ADRENALS: Unremarkable.",
                "KIDNEYS: Symmetric enhancement. No hydronephrosis.",
                "BOWEL: No obstruction. No free air beyond expected postoperative change.",
                f"PELVIS: {r.choice(_T13)}",
                "VESSELS: Patent. No venous thrombus in the visualized IVC or iliac veins.",
                "BONES: No acute abnormality.",
            ]
        ),
        _Sec(
            [
                "IMPRESSION:",
                f"1. {r.choice(_T14)}",
                f"2. {r.choice(_T15)}",
            ]
        ),
        _Sec(
            ["Reporting software PACS 7.4.2. Dictated with speech recognition; minor errors may be present."],
            optional=True,
        ),
    ]


def _b_cta(r: random.Random, ctx: dict) -> list[_Sec]:
    return [
        _rad_header(r, "CTA CHEST (PE PROTOCOL)"),
        _Sec(
            [
                f"INDICATION:  ___ year old woman with dyspnea and tachycardia after a {r.randint(5, 14)}-hour flight "
                f"home "
                f"following {r.choice(_PROCS)} abroad // PE?",
                f"Wells score {r.randint(4, 8)}; D-dimer {r.randint(900, 6000)}.",
            ]
        ),
        _Sec(
            [
                "TECHNIQUE:  Helical CT of the chest after IV Isovue-370 timed to the pulmonary arteries. MIP "
                f"reconstructions. DLP {r.randint(250, 600)} mGy-cm."
            ]
        ),
        _Sec(["COMPARISON:  None available."]),
        _Sec(
            [
                "FINDINGS:",
                f"PULMONARY ARTERIES: {r.choice(_T16)}",
                f"RV/LV ratio {r.randint(8, 15) / 10:.1f}. "
                f"{r.choice(['Reflux of contrast into the IVC.', 'No septal bowing.'])}",
                f"LUNGS: {r.choice(_T17)}",
                "PLEURA: Small bilateral effusions." if r.random() < 0.5 else "PLEURA: No effusion.",
                "MEDIASTINUM: No lymphadenopathy.",
                f"BREASTS: {r.choice(_T18)}",
                "UPPER ABDOMEN: Postoperative edema of the anterior abdominal wall.",
            ]
        ),
        _Sec(
            [
                "IMPRESSION:",
                f"1. {r.choice(_T19)}",
                "2. Virchow triad risk factors noted clinically (surgery, long-haul flight, compression garment).",
            ]
        ),
    ]


def _b_us(r: random.Random, ctx: dict) -> list[_Sec]:
    filler = r.random() < 0.4
    return [
        _rad_header(r, "ULTRASOUND SOFT TISSUE " + ("FACE" if filler else r.choice(["ABDOMINAL WALL", "BUTTOCKS"]))),
        _Sec(
            [
                "INDICATION:  "
                + (
                    f"Nodules after {r.choice(_FILLERS)} injection at a med spa; r/o abscess vs granuloma"
                    if filler
                    else f"Swelling after {r.choice(_PROCS)} abroad; r/o seroma, abscess"
                )
            ]
        ),
        _Sec(["TECHNIQUE:  High-frequency linear transducer, grayscale and color Doppler."]),
        _Sec(
            [
                "FINDINGS:",
                (
                    f"In the {r.choice(['left nasolabial', 'upper lip', 'right tear trough', 'chin'])} region there "
                    f"are "
                    f"{r.randint(1, 4)} anechoic to hypoechoic pseudocystic deposits up to {r.randint(3, 14)} mm, "
                    "consistent with hyaluronic acid filler. "
                    f"{r.choice(_T20)}"
                    if filler
                    else f"Complex fluid collection in the subcutaneous tissues measuring {r.randint(3, 16)} x "
                    f"{r.randint(2, 8)} x "
                    f"{r.randint(1, 5)} cm with "
                    f"{r.choice(['internal septations', 'mobile debris', 'no internal flow'])}. "
                    f"{r.choice(_T21)}"
                ),
                f"Doppler: {r.choice(_T22)}",
                "No foreign body other than the expected filler."
                if filler
                else "Fascia intact. No intramuscular collection.",
            ]
        ),
        _Sec(
            [
                "IMPRESSION:",
                (
                    "Filler deposits; "
                    + r.choice(
                        [
                            "one with inflammatory change, possible abscess.",
                            "no abscess.",
                            "findings suggest granulomatous reaction.",
                        ]
                    )
                )
                if filler
                else r.choice(
                    [
                        "Seroma amenable to aspiration.",
                        "Complex collection, possible abscess.",
                        "Fat necrosis, no drainable fluid.",
                    ]
                ),
            ]
        ),
        _Sec(["Note: Doppler and grayscale images archived. Sonographer: ___, RDMS."], optional=True),
    ]


def _b_duplex(r: random.Random, ctx: dict) -> list[_Sec]:
    side = r.choice(["LEFT", "RIGHT", "BILATERAL"])
    pos = r.random() < 0.5
    return [
        _rad_header(r, f"{side} LOWER EXTREMITY VENOUS DUPLEX"),
        _Sec(
            [
                f"INDICATION:  Calf swelling after a long-haul flight home from cosmetic surgery abroad "
                f"({_flight(r, ctx)}); "
                f"Caprini score {r.randint(5, 10)}."
            ]
        ),
        _Sec(
            [
                "TECHNIQUE:  Grayscale, color and spectral Doppler of the deep veins from the common femoral to the "
                "calf veins with compression and augmentation."
            ]
        ),
        _Sec(
            [
                "FINDINGS:",
                "| Segment | Compressible | Flow | Thrombus |",
                "| CFV | yes | phasic | none |",
                f"| FV | {'no' if pos else 'yes'} | {'absent' if pos else 'phasic'} | "
                f"{'occlusive' if pos else 'none'} |",
                f"| POP | {'partial' if pos else 'yes'} | {'diminished' if pos else 'phasic'} | "
                f"{'nonocclusive' if pos else 'none'} |",
                "| PTV/PERO | yes | present | none |",
                "Valsalva response normal at the CFV. Superficial veins patent.",
                f"Soft tissues: {r.choice(_T23)}.",
            ]
        ),
        _Sec(
            [
                "IMPRESSION:",
                "Acute DVT of the femoral and popliteal veins." if pos else "No DVT in the examined segments.",
            ]
        ),
        _Sec(
            [f"Vascular lab accreditation statement. Reading software v{r.randint(3, 9)}.{r.randint(0, 9)}."],
            optional=True,
        ),
    ]


def _b_mri(r: random.Random, ctx: dict) -> list[_Sec]:
    imp = r.choice(_IMPLANTS)
    return [
        _rad_header(r, "MRI BILATERAL BREASTS WITHOUT CONTRAST (IMPLANT PROTOCOL)"),
        _Sec(
            [
                f"INDICATION:  Breast augmentation abroad; asymmetry and pain; Baker grade "
                f"{r.choice(['II', 'III', 'IV'])} "
                "capsular contracture clinically. Implant card provided by the patient."
            ]
        ),
        _Sec(
            [
                "IMPLANT CARD (per patient):",
                f"{imp} {r.choice(['smooth round', 'textured anatomical', 'round'])}, "
                f"{r.choice(['325', '375', '425', '500'])} cc, "
                f"REF {_misc('REF', None, r, ctx)}, LOT {_lot(r, ctx)}, Use by {_expiry(r, ctx)}",
                f"Manufacturer ({r.choice(['Allergan', 'Sientra'])}) product support {_tollfree(r, ctx)}.",
            ]
        ),
        _Sec(["TECHNIQUE:  Multiplanar T2, STIR, silicone-selective and water-suppressed sequences at 1.5T."]),
        _Sec(
            [
                "FINDINGS:",
                f"Bilateral {r.choice(['subglandular', 'subpectoral', 'dual-plane'])} silicone implants.",
                f"RIGHT: {r.choice(_T24)}",
                f"LEFT: {r.choice(_T25)}",
                f"No axillary silicone adenopathy. "
                f"{r.choice(['No mass.', 'Mondor disease is not imaged.', 'Fat necrosis at the inframammary fold.'])}",
            ]
        ),
        _Sec(
            [
                "IMPRESSION:",
                r.choice(
                    [
                        "Intracapsular rupture of the right implant.",
                        "Intact implants; capsular thickening.",
                        "Left extracapsular rupture; recommend surgical consultation.",
                        "Periprosthetic fluid; consider aspiration to exclude BIA-ALCL.",
                    ]
                ),
            ]
        ),
    ]


def _b_ugi(r: random.Random, ctx: dict) -> list[_Sec]:
    leak = r.random() < 0.5
    return [
        _rad_header(r, "UPPER GI SERIES (WATER-SOLUBLE), POST SLEEVE"),
        _Sec(
            [f"INDICATION:  Sleeve gastrectomy abroad {r.randint(5, 20)} days ago; tachycardia, LUQ pain. Eval leak."]
        ),
        _Sec(
            [
                f"TECHNIQUE:  Gastrografin {r.randint(60, 150)} mL orally followed by thin barium. Fluoroscopy time "
                f"{r.randint(1, 4)}.{r.randint(0, 9)} min; {r.randint(10, 90)} mGy."
            ]
        ),
        _Sec(
            [
                "FINDINGS:",
                "Scout: surgical staple line in the LUQ; no free air.",
                (
                    "Contrast extravasation from the proximal staple line near the angle of His, tracking to a "
                    f"{r.randint(2, 7)} cm collection."
                    if leak
                    else "No leak. Mild narrowing at the incisura angularis."
                ),
                f"Esophagus: {r.choice(['normal caliber', 'mild dysmotility', 'small sliding hiatal hernia'])}.",
                "Contrast passes into the duodenum and jejunum. No Roux-en-Y anatomy.",
                "Trendelenburg and upright views obtained.",
            ]
        ),
        _Sec(
            [
                "IMPRESSION:",
                "Proximal staple-line leak after sleeve gastrectomy."
                if leak
                else "No leak; mild narrowing at the incisura.",
            ]
        ),
    ]


def _b_ir(r: random.Random, ctx: dict) -> list[_Sec]:
    return [
        _rad_header(
            r,
            f"{r.choice(['CT', 'US'])}-GUIDED DRAINAGE OF {r.choice(['ABDOMINAL WALL', 'GLUTEAL', 'LUQ'])} COLLECTION",
        ),
        _Sec(["INDICATION:  Collection after cosmetic/bariatric surgery abroad; fever."]),
        _Sec(
            [
                "PROCEDURE DETAILS:",
                "Informed consent obtained (interpreter used). Timeout performed. Local 1% lidocaine; moderate "
                "sedation "
                f"with midazolam {r.randint(1, 4)} mg and fentanyl {r.randint(50, 150)} mcg; intraservice time "
                f"{r.randint(15, 50)} minutes.",
                f"A {r.choice([8, 10, 12, 14])} Fr locking pigtail catheter was placed with the Seldinger technique. "
                f"{r.randint(40, 900)} mL of {r.choice(['purulent', 'serosanguinous', 'turbid yellow'])} fluid "
                f"aspirated; "
                "samples sent for Gram stain, culture, AFB and fungal culture.",
                "Catheter secured and connected to bulb suction.",
            ]
        ),
        _Sec(["FINDINGS:", f"Residual collection {r.randint(0, 3)} cm after aspiration. No complication."]),
        _Sec(["IMPRESSION:", "Successful image-guided drain placement. Flush 10 mL NS q8h; drain clinic in 1 week."]),
        _Sec(["Devices: drainage catheter LOT " + _lot(r, ctx) + ", EXP " + _expiry(r, ctx) + "."]),
    ]


def _x_ros(r: random.Random, ctx: dict) -> _Sec:
    pos = r.sample(
        [
            "fever",
            "chills",
            "abdominal pain",
            "drainage from incision",
            "dyspnea",
            "calf pain",
            "dizziness on standing",
            "nausea",
            "poor appetite",
            "buttock numbness",
            "palpitations",
        ],
        3,
    )
    return _Sec(
        [
            "Review of Systems:",
            f"(+) {', '.join(pos)}.",
            "(-) headache, vision change, hematuria, rash elsewhere. All other systems reviewed and negative.",
        ],
        optional=True,
    )


def _x_meds(r: random.Random, ctx: dict) -> _Sec:
    meds = r.sample(
        [
            "Omeprazole 20 mg PO daily",
            "Sertraline 50 mg PO daily",
            "Levothyroxine 75 mcg PO daily",
            "Ferrous sulfate 325 mg PO daily",
            "Xarelto 10 mg PO daily (started abroad)",
            "Ciprofloxacin 500 mg PO BID (outside rx)",
            "Arnica tablets (OTC)",
            "Oral contraceptive",
            "Albuterol HFA 2 puffs PRN",
            "Metformin 500 mg PO BID",
            "Bromelain (supplement)",
        ],
        4,
    )
    return _Sec(["Medications on Admission:"] + [f"{k + 1}. {m}" for k, m in enumerate(meds)], optional=True)


def _x_family(r: random.Random, ctx: dict) -> _Sec:
    return _Sec(
        [
            "Family History:",
            f"Mother {r.randint(50, 84)} with {r.choice(['HTN', 'DM2', 'breast cancer', 'DVT after hip surgery'])}; "
            f"father {r.choice(['deceased (MI)', 'alive, CAD', 'unknown'])}. No known clotting disorder.",
        ],
        optional=True,
    )


def _x_timeline(r: random.Random, ctx: dict) -> _Sec:
    d = r.randint(2, 6)
    return _Sec(
        [
            "Outside course (reconstructed from messages and receipts):",
            f"- {_sd(r, ctx)}: consult and pre-op labs at the clinic (Hgb {r.randint(10, 13)}.{r.randint(0, 9)}).",
            f"- next day: surgery, {r.randint(4, 9)} hours; overnight stay, discharged to the recovery house.",
            f"- POD {d}: drains removed by the recovery house aide; lymphatic massage daily.",
            f"- POD {d + r.randint(1, 4)}: flew home; pain and swelling increased during the flight.",
            f"- {_sd(r, ctx)}: presented to our ED.",
        ],
        optional=True,
    )


def _x_education(r: random.Random, ctx: dict) -> _Sec:
    return _Sec(
        [
            "Patient and family education:",
            "Discussed the risks of surgery abroad, including infection with unusual organisms, clots after long "
            "flights and limited follow-up. Encouraged her to keep all outside records, implant cards and "
            f"receipts. Public resources: {_web(r, ctx)}; {_tollfree(r, ctx)}; Smart Traveler Enrollment Program "
            "for any future trip. Teach-back done; she verbalized "
            "understanding.",
        ],
        optional=True,
    )


def _x_drain(r: random.Random, ctx: dict) -> _Sec:
    return _Sec(
        [
            "Drain and garment care:",
            f"Strip the {r.choice(['Jackson-Pratt', 'Blake drain'])} tubing twice daily and record output; call "
            f"if > {r.choice([50, 75, 100])} mL/day or cloudy. Wear the compression garment 23 h/day for "
            f"{r.randint(4, 8)} weeks. Sleep with "
            f"{r.choice(['the BBL pillow', 'head of bed elevated', 'knees flexed'])}.",
        ],
        optional=True,
    )


def _x_labtable(r: random.Random, ctx: dict) -> _Sec:
    rows = ["| Date | WBC | Hgb | Plt | CRP |"]
    for _ in range(r.randint(2, 4)):
        rows.append(
            f"| {_sd(r, ctx)} | {r.randint(5, 22)}.{r.randint(0, 9)} | {r.randint(7, 13)}.{r.randint(0, 9)} | "
            f"{r.randint(150, 520)} | {r.randint(5, 240)} |"
        )
    return _Sec(["Trended labs:"] + rows, optional=True)


def _x_consults(r: random.Random, ctx: dict) -> _Sec:
    return _Sec(
        [
            "Consultants:",
            f"- Plastic surgery: {r.choice(['bedside debridement', 'serial exams, no OR', 'washout and NPWT'])}.",
            f"- ID: {r.choice(_T26)}.",
            f"- Nutrition: protein {r.randint(1, 2)}.{r.randint(0, 5)} g/kg/day; vitamin C and zinc.",
            f"- Social work: {r.choice(['financial concerns', 'coping', 'transportation to wound clinic'])}.",
        ],
        optional=True,
    )


def _x_psych(r: random.Random, ctx: dict) -> _Sec:
    return _Sec(
        [
            "Psychosocial:",
            f"Works full time; {r.choice(['two children at home', 'lives alone', 'lives with partner'])}. Chose "
            f"surgery "
            f"abroad because of cost (quoted {r.randint(3, 9)},{r.randint(100, 999)} USD vs. a much higher local "
            f"price). "
            f"PHQ-2 {r.randint(0, 4)}. Body-image concerns discussed; no SI.",
        ],
        optional=True,
    )


def _x_travel(r: random.Random, ctx: dict) -> _Sec:
    return _Sec(
        [
            "Travel history:",
            _country_fact(r, ctx),
            f"Flights {_flight(r, ctx)} and {_flight(r, ctx)}; total travel time ~{r.randint(4, 16)} h. "
            "No compression stockings; no anticoagulation during the flight.",
        ],
        optional=True,
    )


def _x_r_history(r: random.Random, ctx: dict) -> _Sec:
    return _Sec(
        [
            "CLINICAL HISTORY:",
            f"Procedure abroad as above, {r.randint(5, 40)} days ago. "
            f"{r.choice(['Fever to 102.', 'Rising WBC.', 'New pain and swelling.', 'Drainage from incision.'])} "
            f"Creatinine {r.randint(0, 1)}.{r.randint(5, 9)}; eGFR > 60.",
        ],
        optional=True,
    )


def _x_r_more(r: random.Random, ctx: dict) -> _Sec:
    return _Sec(
        [
            "ADDITIONAL FINDINGS:",
            f"Lung bases: {r.choice(['minimal dependent atelectasis', 'clear', 'small left effusion'])}.",
            f"Lymph nodes: "
            f"{r.choice(['no pathologic adenopathy', 'reactive inguinal nodes up to 1.2 cm', 'subcentimeter nodes'])}.",
            f"Osseous structures: "
            f"{r.choice(['no aggressive lesion', 'degenerative change of the lumbar spine', 'unremarkable'])}.",
            f"Subcutaneous tissues: {r.choice(['postsurgical edema', 'liposuction cannula tracts', 'oil cysts'])}.",
        ],
        optional=True,
    )


def _x_r_rec(r: random.Random, ctx: dict) -> _Sec:
    return _Sec(
        [
            "RECOMMENDATION(S):",
            f"{r.choice(_T27)} If outside images become available, please send them for comparison.",
        ],
        optional=True,
    )


def _x_r_notify(r: random.Random, ctx: dict) -> _Sec:
    return _Sec(
        [
            "NOTIFICATION:",
            "The findings were discussed with ___ by ___ on the telephone on ___ at ___, 2 minutes after "
            "discovery of the findings.",
        ],
        optional=True,
    )


def _x_r_contrast(r: random.Random, ctx: dict) -> _Sec:
    return _Sec(
        [
            "CONTRAST / IV:",
            f"{r.choice(['Omnipaque 350', 'Isovue-370'])} {r.randint(60, 120)} mL via {r.choice([18, 20, 22])} g "
            f"right antecubital IV, lot {_lot(r, ctx)}. No extravasation. Patient weight {r.randint(52, 118)} kg.",
        ],
        optional=True,
    )


def _x_r_outside(r: random.Random, ctx: dict) -> _Sec:
    return _Sec(
        [
            "OUTSIDE IMAGING:",
            f"Patient brought a CD from the clinic abroad dated {_sd(r, ctx)}; images could not be imported. A "
            "paper report (not in English) describes a 'seroma' without measurements.",
        ],
        optional=True,
    )


def _x_r_attest(r: random.Random, ctx: dict) -> _Sec:
    return _Sec(
        [
            "I have personally reviewed the images and agree with the report. Dictated with speech recognition; "
            f"software v{r.randint(10, 14)}.{r.randint(0, 9)}.{r.randint(0, 9)}."
        ],
        optional=True,
    )


def _x_t_anesthesia(r: random.Random, ctx: dict) -> _Sec:
    rows = ["ANESTHESIA RECORD (translated, abbreviated):", "| Time | BP | HR | SpO2 | Note |"]
    for h in range(r.randint(3, 5)):
        rows.append(
            f"| {8 + h}:{r.choice(['00', '15', '30', '45'])} | {r.randint(88, 135)}/{r.randint(48, 85)} | "
            f"{r.randint(60, 118)} | {r.randint(94, 100)} | "
            f"{r.choice(['induction', 'prone', 'supine', 'fat grafting', 'closure', '-'])} |"
        )
    rows.append(
        f"Fluids: crystalloid {r.randint(2, 7)} L. Urine output {r.randint(200, 1400)} mL. Cell saver not used."
    )
    return _Sec(rows, optional=True)


def _x_t_log(r: random.Random, ctx: dict) -> _Sec:
    return _Sec(
        [
            "RECOVERY HOUSE NURSING LOG (photographed, translated):",
            f"Day 1: drains {r.randint(80, 300)} / {r.randint(60, 250)} mL, serosanguinous. Tramadol given.",
            "Day 2: massage started. Patient dizzy when standing; Hgb not checked.",
            f"Day 3: drains {r.randint(40, 200)} / {r.randint(30, 180)} mL. Shower assisted.",
            f"Day {r.randint(4, 6)}: drains removed by aide. Garment size changed.",
        ],
        optional=True,
    )


def _x_t_labs(r: random.Random, ctx: dict) -> _Sec:
    return _Sec(
        [
            "PRE-OPERATIVE LABS (clinic laboratory, translated units):",
            f"Hemoglobin {r.randint(10, 14)}.{r.randint(0, 9)} g/dL; platelets {r.randint(150, 420)} x10^3; "
            f"INR {r.choice(['0.9', '1.0', '1.1'])}; glucose {r.randint(70, 130)} mg/dL; beta-hCG negative. "
            f"Sample date {_sd(r, ctx)}. Chest X-ray 'normal' (no image).",
        ],
        optional=True,
    )


def _x_f_package(r: random.Random, ctx: dict) -> _Sec:
    return _Sec(
        [
            "Package as sold (facilitator's quote):",
            f"- surgery and surgeon's fee ({r.randint(3, 7)},{r.randint(100, 999)} USD)",
            f"- {r.randint(5, 12)} nights recovery house, meals, lymphatic massage x{r.randint(3, 10)}",
            "- airport transfers, one post-op nurse visit, compression garments (2)",
            "- NOT included: complications, readmission, blood transfusion, return flights",
        ],
        optional=True,
    )


def _x_m_photos(r: random.Random, ctx: dict) -> _Sec:
    return _Sec(
        [
            "Photo documentation:",
            f"{r.randint(4, 12)} clinical photographs obtained with consent and uploaded to the media tab. "
            "Patient's own photos from the spa (taken immediately after treatment) reviewed on her phone; they "
            "show early blanching that was not recognized at the time.",
        ],
        optional=True,
    )


def _x_m_prior(r: random.Random, ctx: dict) -> _Sec:
    return _Sec(
        [
            "Prior aesthetic treatments (per patient):",
            f"- {r.choice(_TOXINS)} every 3-4 months {_bare_year(r, ctx)} onward",
            f"- {r.choice(_FILLERS)} to lips x{r.randint(1, 4)}",
            f"- {r.choice(_ENERGY)} x{r.randint(1, 6)} sessions",
            "- Kybella to submental fat (no complication)",
        ],
        optional=True,
    )


_KIND_X = {
    "tourism_discharge": [
        _x_ros,
        _x_meds,
        _x_family,
        _x_timeline,
        _x_education,
        _x_drain,
        _x_labtable,
        _x_consults,
        _x_psych,
        _x_travel,
    ],
    "sleeve_leak_discharge": [
        _x_ros,
        _x_meds,
        _x_family,
        _x_timeline,
        _x_education,
        _x_labtable,
        _x_consults,
        _x_psych,
        _x_travel,
    ],
    "translated_op_note": [_x_t_anesthesia, _x_t_log, _x_t_labs],
    "facilitator_itinerary": [_x_timeline, _x_psych, _x_education, _x_f_package, _x_travel],
    "medspa_consult": [_x_ros, _x_meds, _x_m_photos, _x_m_prior],
    "wound_followup": [_x_meds, _x_labtable, _x_education, _x_drain, _x_psych, _x_timeline],
    "financing_note": [_x_psych, _x_timeline, _x_f_package],
    "complaint_note": [_x_timeline, _x_psych, _x_education, _x_m_prior, _x_f_package],
    "ed_recovery_house": [_x_ros, _x_meds, _x_family, _x_timeline, _x_labtable, _x_consults],
    "id_consult": [_x_ros, _x_meds, _x_timeline, _x_labtable, _x_consults, _x_education],
}


_X_DS = [_x_ros, _x_meds, _x_family, _x_timeline, _x_education, _x_drain, _x_labtable, _x_consults, _x_psych, _x_travel]
_X_RR = [_x_r_history, _x_r_more, _x_r_rec, _x_r_notify, _x_r_contrast, _x_r_outside, _x_r_attest]
_X_POS = {
    _x_t_anesthesia: "late",
    _x_t_log: "late",
    _x_t_labs: "early",
    _x_f_package: "early",
    _x_m_photos: "late",
    _x_m_prior: "early",
    _x_ros: "early",
    _x_meds: "early",
    _x_family: "early",
    _x_timeline: "early",
    _x_psych: "early",
    _x_travel: "early",
    _x_labtable: "late",
    _x_consults: "late",
    _x_education: "end",
    _x_drain: "end",
    _x_r_history: "early",
    _x_r_contrast: "mid",
    _x_r_outside: "mid",
    _x_r_more: "late",
    _x_r_rec: "end",
    _x_r_notify: "end",
    _x_r_attest: "end",
}


def _first_line(sec: _Sec) -> str:
    ln = sec.lines[0] if sec.lines else ""
    return (
        ln.tmpl
        if isinstance(ln, _Slot)
        else (ln if isinstance(ln, str) else "".join(p if isinstance(p, str) else p[0] for p in ln))
    )


def _find(secs: list[_Sec], prefixes: tuple[str, ...], default: int) -> int:
    for k, sec in enumerate(secs):
        if _first_line(sec).startswith(prefixes):
            return k
    return default


def _insert_extra(secs: list[_Sec], fn: Callable, note_type: str, r: random.Random, ctx: dict) -> None:
    sec = fn(r, ctx)
    pos = _X_POS[fn]
    n = len(secs)
    if note_type == "radiology":
        if pos == "early":
            k = _find(secs, ("INDICATION",), 0) + 1
        elif pos == "mid":
            k = _find(secs, ("FINDINGS", "PROCEDURE DETAILS"), n)
        elif pos == "late":
            k = _find(secs, ("IMPRESSION",), n)
        else:
            k = n
    else:
        if pos == "early":
            k = r.randint(2, max(2, n // 2))
        elif pos == "late":
            k = r.randint(max(2, n // 2), max(2, n - 1))
        else:
            k = max(2, n - 1)
    secs.insert(min(k, n), sec)


_EXTRA_DS = [
    "Addendum: Outside photographs reviewed with the patient; consent for clinical photography on file.",
    "Interpreter services: telephonic interpreter used for portions of this encounter (vendor session id ___).",
    "Patient education: risks of combining procedures and of flying within two weeks of abdominal surgery "
    "reviewed; written materials in Spanish and English provided.",
    "Medication reconciliation: outside medications reviewed from photographs of the boxes; enoxaparin "
    "course completed, ciprofloxacin stopped.",
]
_EXTRA_RR = [
    "Radiation dose reduction techniques (automated exposure control, iterative reconstruction) were used.",
    "Attestation: I have personally reviewed the images and agree with the findings as documented.",
    "Outside CD could not be imported (proprietary viewer); the report accompanying it was not translated.",
    "Recommendation: correlate with clinical exam and outside operative details when available.",
]

_KINDS: dict[str, tuple[str, Callable[[random.Random, dict], list[_Sec]]]] = {
    "tourism_discharge": ("discharge", _b_tourism_discharge),
    "sleeve_leak_discharge": ("discharge", _b_sleeve_leak),
    "translated_op_note": ("discharge", _b_translated_op),
    "facilitator_itinerary": ("discharge", _b_itinerary),
    "medspa_consult": ("discharge", _b_medspa),
    "wound_followup": ("discharge", _b_wound),
    "financing_note": ("discharge", _b_financing),
    "complaint_note": ("discharge", _b_complaint),
    "ed_recovery_house": ("discharge", _b_ed),
    "id_consult": ("discharge", _b_id),
    "ct_collection": ("radiology", _b_ct),
    "cta_pe": ("radiology", _b_cta),
    "us_soft_tissue": ("radiology", _b_us),
    "duplex_le": ("radiology", _b_duplex),
    "mri_implant": ("radiology", _b_mri),
    "ugi_sleeve": ("radiology", _b_ugi),
    "ir_drain": ("radiology", _b_ir),
}
DOCUMENT_KINDS = tuple(_KINDS)
_DS_KINDS = [k for k, v in _KINDS.items() if v[0] == "discharge"]
_RR_KINDS = [k for k, v in _KINDS.items() if v[0] == "radiology"]


def document_kind(seed: int, i: int) -> str:
    pick = random.Random(f"holdout89-kind:{seed}:{i}")
    if _weyl(seed, i, 0.6180339887498949, 0.1370) < 0.45:
        return _RR_KINDS[pick.randrange(len(_RR_KINDS))]
    return _DS_KINDS[pick.randrange(len(_DS_KINDS))]


def _pick_template(cat: str, note_type: str, r: random.Random) -> str:
    ok = []
    for t in _CTX[cat]:
        flags, _ = _split_flags(t)
        if "R" in flags and note_type != "radiology":
            continue
        if "D" in flags and note_type == "radiology":
            continue
        ok.append(t)
    return r.choice(ok)


def _build(seed: int, i: int) -> tuple[LabelledNote, list[str], str]:
    r = random.Random(f"holdout89:{seed}:{i}")
    kind = document_kind(seed, i)
    note_type, builder = _KINDS[kind]
    heavy = _is_heavy(seed, i)
    cats = _plant_categories(seed, i)
    ctx = {"dest": _DEST[r.choice(_DEST_KEYS)], "la": []}
    secs = builder(r, ctx)
    pool = list(_X_RR if note_type == "radiology" else _KIND_X[kind])
    r.shuffle(pool)
    target = r.randint(1250, 2600) if note_type == "radiology" else r.randint(1500, 3900)
    while pool and len(_render_sections(secs)[0]) + 150 < target:
        _insert_extra(secs, pool.pop(), note_type, r, ctx)
    placed: list[str] = []
    pending: dict[str, int] = {}
    for c in cats:
        pending[c] = pending.get(c, 0) + 1
    # slots first (header, signature lines), then combos, then single contexts
    _finish_lines(secs, pending, r, ctx, placed)
    if sum(pending.values()) >= 2 and r.random() < 0.45:
        order = list(range(len(_COMBOS)))
        r.shuffle(order)
        for k in order:
            tmpl = _COMBOS[k]
            need = {m.group(1) for m in _PH.finditer(tmpl) if m.group(1) in _GEN}
            have = {c for c in need if pending.get(c, 0) > 0}
            if len(have) >= 2:
                fills = {c: True for c in have}
                flags, body = _split_flags(tmpl)
                pieces = _render(body, None, fills, r, ctx, placed)
                for c in have:
                    pending[c] -= 1
                _place(secs, pieces, flags, r)
                break
    for c in cats:
        if pending.get(c, 0) <= 0:
            continue
        pending[c] -= 1
        flags, body = _split_flags(_pick_template(c, note_type, r))
        pieces = _render(body, c, {c: True}, r, ctx, placed)
        _place(secs, pieces, flags, r)
    if heavy:
        secs.insert(1, _masked_block(r))
    extras = _EXTRA_RR if note_type == "radiology" else _EXTRA_DS
    text, spans = _render_sections(secs)
    k = 0
    while len(text) < 1100:
        secs.append(_Sec([[extras[(k + i) % len(extras)]]], plant=False, optional=True))
        k += 1
        text, spans = _render_sections(secs)
    while len(text) > 4500:
        drop = [j for j, s in enumerate(secs) if s.optional and not s.has_plant]
        if not drop:
            break
        secs.pop(drop[-1])
        text, spans = _render_sections(secs)
    if heavy:
        while text.count("___") < 25:
            secs.insert(1, _Sec([["Contact: ___  Phone: ___  Email: ___  Address: ___"]], plant=False))
            text, spans = _render_sections(secs)
    # look-alikes present and never inside a span
    cands = list(dict.fromkeys([b for b in EPONYMS_AND_BRANDS if b in text] + ctx["la"]))
    looks = []
    for s in cands:
        if not s or s not in text:
            continue
        ok = True
        start = text.find(s)
        while start >= 0:
            if any(start < e and start + len(s) > b for b, e, _ in spans):
                ok = False
                break
            start = text.find(s, start + 1)
        if ok:
            looks.append(s)
    return LabelledNote(note_type, text, spans), looks, ("heavy" if heavy else "normal")


def holdout89_note(seed: int, i: int) -> LabelledNote:
    return _build(seed, i)[0]


def holdout89_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout89_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = holdout_measure.measure(
        holdout89_corpus, argv, "Held-out corpus 89 (medical tourism, med spas, cosmetic surgery): detector recall"
    )
    holdout_measure.report("holdout89", args, notes, hits, res)


if __name__ == "__main__":
    main(sys.argv[1:])
