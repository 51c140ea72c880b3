"""Held-out corpus 21: travel medicine, infectious disease and public health notes.

Imitates MIMIC-IV-Note discharge summaries and radiology reports about returning travellers,
migrants, seasonal farm workers, international students and tourists treated for malaria,
tuberculosis, dengue, measles, mpox, foodborne outbreaks (STEC, Salmonella, Shigella, Campylobacter),
amebic liver abscess and typhoid fever, with interpreters, consulate contacts, contact-tracing
narratives, chest films / CT for cavitary TB and abdominal ultrasound for liver abscess.
Identifiers are masked as ``___`` and dates are shifted into 2100-2200, except in about 58 % of
the notes where de-identification missed one to four identifiers (some of them multi-field lines,
e.g. a street address with its town and ZIP); those invented values are labelled with the exact
span of the identifying value only. About 5 % of the notes are heavily masked and carry no plants.

Written blind: the author read only ``holdout_measure.py``, the first lines of
``lqs_clinical/synth/notes.py`` (``CATEGORIES``, ``NOTE_COLUMNS``, ``LabelledNote``), the MIMIC-IV
schema and known-data-issues references, the fully masked sample notes and ``pyproject.toml``;
nothing of the detector, its rules, its tests or the other held-out corpora.

Labelling conventions (HIPAA Safe Harbor): cue words ("Dr.", "MRN", "pager", "plate", titles) stay
outside spans; a street address, its town (LOCATION) and its ZIP are three spans and the state is not
labelled; countries, regions and public bodies (CDC, WHO, the state health department, a consulate,
CDC hotlines) are not labelled; insurers are not labelled and employer group numbers are not labelled;
dates are labelled only with a real year 1900-2030 (never shifted 21xx dates, bare years or
durations); ages only from 90 up. No foreign postcodes, passport numbers, accession, order,
specimen, study or claim numbers appear in the text at all.

Look-alikes that are never labelled: flight numbers, strain / genotype / clade names, gene targets,
Ct values, parasite densities, vaccine and drug lot numbers, scanner and device models, software
versions, dose reports, room and bed numbers, blood pressures, ages under 90, shifted dates, bare
years, eponyms (Ziehl-Neelsen, Koplik, Faget, Ghon, Pott, Kernig, Glasgow, Foley, Whipple,
Parkinson, Lewy, Hunt and Hess...), brand-name drugs, public hotlines and public web sites.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from lqs_clinical.synth.holdout_measure import measure, report
from lqs_clinical.synth.notes import LabelledNote

Part = str | tuple[str, str]
Sent = list[Part]

# --------------------------------------------------------------------------------------------------
# Invented surrogate pools
# --------------------------------------------------------------------------------------------------

_FIRST = (
    "Adaeze", "Chukwuemeka", "Oluwaseun", "Kwabena", "Abena", "Nkechi", "Tendai", "Wanjiru", "Kiptoo",
    "Fatoumata", "Mamadou", "Aissatou", "Yohannes", "Selamawit", "Hamid", "Farzaneh", "Dariush", "Leila",
    "Anjali", "Siddharth", "Ravindra", "Meenakshi", "Harpreet", "Gurpreet", "Minh", "Huong", "Ngoc Anh",
    "Jae-won", "Seo-yeon", "Haruto", "Yui", "Xiaoming", "Meiling", "Lucía", "Joaquín", "Ximena",
    "Guadalupe", "Marisol", "Edgar", "Rosalinda", "Teodoro", "Inés", "Bartosz", "Agnieszka", "Oksana",
    "Bohdan", "Svitlana", "Ioana", "Mihai", "Giorgos", "Eleni", "Sigrid", "Saoirse", "Ciarán",
    "Rhiannon", "Tavita", "Losana", "Kalani", "Wilner", "Rosemène", "Jean-Baptiste", "Mirlande", "Thiago",
    "Luana", "Ayşe", "Emre", "Nasra", "Abdirahman", "Priyanka", "Lakshmi", "Ramón", "Esperanza",
)
_LAST = (
    "Okonkwo", "Adeyemi", "Mensah", "Boateng", "Mwangi", "Kiprono", "Chikwanha", "Diallo", "Traoré",
    "Keita", "Tesfaye", "Gebremedhin", "Haile", "Rahimi", "Karimi", "Venkataraman", "Chaudhary",
    "Raghunathan", "Sandhu", "Grewal", "Nguyen", "Tran", "Pham", "Huynh", "Park", "Choi", "Takahashi",
    "Morimoto", "Liang", "Zhou", "Gutiérrez", "Villaseñor", "Castañeda", "Ochoa", "Arriaga", "Quispe",
    "Mamani", "Wiśniewska", "Kowalczyk", "Kovalenko", "Shevchenko", "Popescu", "Dumitrescu", "Papadakis",
    "Lindqvist", "Haugland", "O'Sullivan", "Fa'alogo", "Tuilagi", "Kahananui", "Begay", "Yazzie",
    "Rosenthal", "Abernathy", "Whitcombe", "Delacroix", "Beaumont", "Pierre-Louis", "Jean-Charles",
    "Desrosiers", "Cavalcanti", "Nascimento", "Yılmaz", "Demir", "Warsame", "Farah", "Iyer", "Subramanian",
    "Montoya", "Figueroa", "Achterberg", "Van der Merwe",
)

# country: (towns/cities below state level, interpreter languages, phone pattern, address style)
_CTRY: dict[str, tuple[tuple[str, ...], tuple[str, ...], str, str]] = {
    "Nigeria": (("Ibadan", "Enugu", "Owerri", "Abeokuta", "Ilorin"), ("Yoruba", "Igbo"), "+234 80# ### ####", "en"),
    "Ghana": (("Kumasi", "Tamale", "Cape Coast", "Sunyani"), ("Twi", "Ewe"), "+233 24 ### ####", "en"),
    "Sierra Leone": (("Kenema", "Makeni", "Koidu"), ("Krio",), "+232 76 ######", "en"),
    "Cameroon": (("Douala", "Bamenda", "Bafoussam"), ("French",), "+237 6## ## ## ##", "fr"),
    "Côte d'Ivoire": (("Bouaké", "Yamoussoukro", "Korhogo"), ("French", "Dioula"), "+225 07 ## ## ## ##", "fr"),
    "Uganda": (("Gulu", "Mbarara", "Jinja"), ("Luganda", "Acholi"), "+256 77# ######", "en"),
    "Guinea": (("Kankan", "Labé", "Nzérékoré"), ("Pular", "French"), "+224 62# ## ## ##", "fr"),
    "Haiti": (("Les Cayes", "Gonaïves", "Jacmel", "Cap-Haïtien"), ("Haitian Creole",), "+509 3# ## ####", "fr"),
    "Philippines": (("Iloilo City", "Tacloban", "Dagupan", "Cebu City"), ("Tagalog", "Ilocano"),
                    "+63 9## ### ####", "en"),
    "India": (("Vellore", "Ludhiana", "Madurai", "Guntur", "Kochi"), ("Tamil", "Punjabi", "Telugu", "Malayalam"),
              "+91 9#### #####", "in"),
    "Vietnam": (("Can Tho", "Da Nang", "Hai Phong", "Nha Trang"), ("Vietnamese",), "+84 9# ### ####", "vn"),
    "Guatemala": (("Huehuetenango", "Quetzaltenango", "Cobán"), ("K'iche'", "Mam", "Spanish"), "+502 5### ####",
                  "es"),
    "Ethiopia": (("Gondar", "Bahir Dar", "Jimma", "Dire Dawa"), ("Amharic", "Tigrinya", "Oromo"),
                 "+251 91 ### ####", "en"),
    "Somalia": (("Kismayo", "Baidoa", "Beledweyne"), ("Somali",), "+252 61 ### ####", "en"),
    "Peru": (("Iquitos", "Chiclayo", "Trujillo"), ("Spanish", "Quechua"), "+51 9## ### ###", "es"),
    "Ukraine": (("Kharkiv", "Lviv", "Zaporizhzhia"), ("Ukrainian",), "+380 67 ### ## ##", "ua"),
    "Mexico": (("Tapachula", "Zamora", "Irapuato", "Culiacán", "Oaxaca de Juárez"), ("Spanish",),
               "+52 1 ## #### ####", "es"),
    "Nepal": (("Pokhara", "Biratnagar", "Butwal"), ("Nepali",), "+977 98## ######", "en"),
    "Dominican Republic": (("Santiago de los Caballeros", "San Francisco de Macorís", "La Romana"), ("Spanish",),
                           "+1 809 ### ####", "es"),
    "Brazil": (("Recife", "Fortaleza", "Manaus", "Governador Valadares"), ("Portuguese",), "+55 81 9####-####",
               "pt"),
    "Thailand": (("Chiang Mai", "Udon Thani", "Krabi"), ("Thai",), "+66 8# ### ####", "en"),
    "Colombia": (("Cali", "Barranquilla", "Cúcuta"), ("Spanish",), "+57 3## ### ####", "es"),
    "Bangladesh": (("Sylhet", "Chattogram", "Khulna"), ("Bengali", "Sylheti"), "+880 17## ######", "en"),
    "Honduras": (("San Pedro Sula", "La Ceiba", "Choluteca"), ("Spanish",), "+504 9### ####", "es"),
    "Romania": (("Cluj-Napoca", "Iași", "Constanța"), ("Romanian",), "+40 7## ### ###", "en"),
    "Pakistan": (("Faisalabad", "Hyderabad", "Gujranwala", "Sialkot"), ("Urdu", "Punjabi"), "+92 3## #######",
                 "en"),
    "Democratic Republic of the Congo": (("Mbandaka", "Goma", "Kikwit"), ("Lingala", "French"),
                                         "+243 81# ### ###", "fr"),
    "Spain": (("Valencia", "Málaga", "Bilbao"), ("Spanish",), "+34 6## ### ###", "es"),
    "Egypt": (("Luxor", "Aswan", "Hurghada"), ("Arabic",), "+20 10# ### ####", "en"),
}
_UK_TOWNS = ("Leicester", "Bradford", "Luton", "Croydon")

# (town or neighbourhood, state, ZIP prefix)
_US_TOWNS = (
    ("Brockton", "MA", "024"), ("Framingham", "MA", "017"), ("Lowell", "MA", "018"), ("Revere", "MA", "021"),
    ("Everett", "MA", "021"), ("Fitchburg", "MA", "014"), ("Holyoke", "MA", "010"), ("Chicopee", "MA", "010"),
    ("Lynn", "MA", "019"), ("New Bedford", "MA", "027"), ("Fall River", "MA", "027"), ("Pawtucket", "RI", "028"),
    ("Central Falls", "RI", "028"), ("Lewiston", "ME", "042"), ("Nashua", "NH", "030"), ("Immokalee", "FL", "341"),
    ("Homestead", "FL", "330"), ("Yakima", "WA", "989"), ("Wenatchee", "WA", "988"), ("Salinas", "CA", "939"),
    ("Watsonville", "CA", "950"), ("Storm Lake", "IA", "505"), ("Marshalltown", "IA", "501"),
    ("Dalton", "GA", "307"), ("Hazleton", "PA", "182"), ("Worthington", "MN", "561"), ("Dodge City", "KS", "678"),
    ("Greeley", "CO", "806"), ("East Boston", "MA", "021"), ("Dorchester", "MA", "021"), ("Mattapan", "MA", "021"),
    ("Jackson Heights", "NY", "113"), ("Sunset Park", "NY", "112"), ("Washington Heights", "NY", "100"),
    ("Little Haiti", "FL", "331"),
)
_US_STREETS = (
    "Bennington", "Quarry Hill", "Cottage", "Orchard Grove", "Wachusett", "Saratoga", "Hancock", "Pleasant Valley",
    "Lafayette", "Chadwick", "Marlborough", "Dunmore", "Ridgecrest", "Pemberton", "Tremont", "Sumner", "Bayview",
    "Linwood", "Hawthorne", "Cedar Knoll", "Prospect", "Meridian", "Brookside", "Juniper",
)
_US_SUFFIX = ("St", "Street", "Ave", "Avenue", "Rd", "Road", "Dr", "Ln", "Ter", "Ct", "Pl", "Blvd", "Way", "Cir")

_ORG_WORK = (
    "Brightwater Poultry Processing", "Harborline Seafood Packers", "Valle Verde Nurseries", "Kessler Orchards",
    "Tri-County Dairy Cooperative", "Northstar Fulfillment Center", "Blue Heron Cleaning Services",
    "Granite Ridge Construction", "Sunfield Mushroom Farm", "Copper Kettle Bakery", "Lakeview Meatpacking",
    "Atlantic Cold Storage", "Greenleaf Hydroponics", "Bellwether Home Care Agency",
)
_ORG_FOOD = (
    "Golden Lotus Restaurant", "Taqueria El Farolito Azul", "Mama Efua's Kitchen", "Saigon Pearl Noodle House",
    "Casa Oaxaqueña", "The Tandoor Garden", "Little Manila Bakeshop", "Habesha Star Café", "Pho Lotus Bay",
    "Sabor Catracho Pupusería", "Dosa Junction", "Kismet Grill & Kabob",
)
_ORG_SCHOOL = (
    "Eastfield Community College", "Alder Creek Middle School", "St. Columba Academy",
    "Riverbend International Language Institute", "Harwood Elementary School", "Pemberton State University",
    "Northgate Technical High School", "Wexley College of Nursing",
)
_ORG_DORM = ("Carrow Hall", "Thornfield Residence Hall", "Wexley International House", "Ashgrove Hall")
_ORG_CHURCH = (
    "Bethel Ethiopian Evangelical Church", "Iglesia Pentecostal Monte Horeb", "St. Brigid's Parish",
    "Igreja Batista Nova Vida", "Holy Trinity Ukrainian Catholic Church", "Masjid Al-Huda",
    "Eglise Baptiste Bon Berger", "Sri Murugan Temple", "Grace Harvest Filipino Fellowship",
)
_ORG_HOSP = (
    "Mercy Ridge Regional Hospital", "Saint Lazarus Medical Center", "Northshore Community Health Center",
    "Lakeshore Migrant Health Clinic", "Bayside Family Medicine", "Valley Crossroads Urgent Care",
    "Holy Family Mission Hospital", "Clínica Santa Teresa", "Sunrise Diagnostic Centre",
    "Hospital Regional San Lucas",
)
_ORG_REHAB = (
    "Hillcrest Rehabilitation & Nursing Center", "Cedar Hollow Skilled Nursing Facility",
    "Welcome Home Medical Respite", "Harbor Light Family Shelter", "Maplewood Transitional Care",
)
_ORG_PHARM = ("Pinewood Community Pharmacy", "Farmacia La Esperanza", "Corner Drug of Riverside", "Medway Apothecary")

_FOREIGN_STREET = {
    "en": ("House {n}, Mission Road", "{n} Station Road", "{n} Zion Street", "Plot {n}, Market Road",
           "{n} Palm Avenue", "{n} Airport Road"),
    "fr": ("{n} rue des Palmiers", "{n} avenue de la Paix", "{n} rue du Marché", "{n} rue de l'Église"),
    "es": ("Calle Morelos {n}", "Avenida Las Palmas {n}", "Calle Hidalgo {n}", "3a Calle {n}-27",
           "Calle Los Almendros {n}"),
    "pt": ("Rua das Flores, {n}", "Avenida Boa Viagem, {n}", "Rua São Bento, {n}"),
    "in": ("No. {n}, Temple Street", "No. {n}, Car Street", "Door No. {n}, Bazaar Road"),
    "vn": ("{n} Tran Phu Street", "{n} Le Loi Street", "{n} Hai Ba Trung Street"),
    "ua": ("vul. Sadova {n}", "vul. Lisova {n}", "prosp. Myru {n}"),
}

_SCANNERS = (
    ("Siemens SOMATOM Force", "VB20A"), ("GE Revolution CT", "version 4.2.1"), ("Canon Aquilion ONE", "V10.6"),
    ("Philips Incisive CT", "4.1.2.15"), ("Siemens SOMATOM go.Top", "VA40"),
)
_US_MACHINES = (
    ("GE LOGIQ E10", "R3.1.2"), ("Philips EPIQ Elite", "9.0.3"), ("Canon Aplio i800", "v6.0"),
    ("Siemens ACUSON Sequoia", "VA20"),
)
_DEVICES = (
    ("dual-chamber pacemaker", "Medtronic Azure XT DR MRI SureScan"),
    ("dual-chamber pacemaker", "Abbott Assurity MRI"),
    ("single-chamber ICD", "Boston Scientific Perciva MRI"),
    ("insulin pump", "Tandem t:slim X2"),
    ("cochlear implant", "Cochlear Nucleus CI622"),
    ("implantable loop recorder", "Medtronic LINQ II"),
)
_HOTLINES = (
    "the CDC Malaria Hotline (770-488-7788)", "the CDC Emergency Operations Center (770-488-7100)",
    "Poison Control (1-800-222-1222)", "CDC-INFO (800-232-4636)",
)
_PUBLIC_SITES = ("www.cdc.gov/travel", "wwwnc.cdc.gov/travel/destinations", "www.who.int/travel-advice",
                 "www.cdc.gov/malaria", "www.cdc.gov/tb")
_AIRLINES = ("UA", "DL", "AA", "ET", "TK", "KL", "AF", "LH", "QR", "EK", "B6", "AV", "CM", "BA")

_EPONYM_PMH_OLD = (
    "Parkinson disease, on carbidopa-levodopa", "Lewy body dementia (mild)",
    "s/p Whipple procedure for ampullary adenoma ({yrs})", "SAH (Hunt and Hess grade 2) s/p coiling ({yrs})",
    "Paget disease of bone", "Dupuytren contracture",
)
_EPONYM_PMH = (
    "Hashimoto thyroiditis", "Bell's palsy {yr}, resolved", "Guillain-Barré syndrome ({yrs}), full recovery",
    "Crohn disease, in remission", "Graves disease s/p RAI", "Raynaud phenomenon", "Wolff-Parkinson-White s/p "
    "ablation", "Meniere disease",
)
_GEN_PMH = (
    "Hypertension", "Type 2 diabetes mellitus (HbA1c {x:6.4-9.8}%)", "Latent TB infection, never treated",
    "Sickle cell trait", "Asthma, mild intermittent", "Chronic hepatitis B (HBeAg negative), not on treatment",
    "Hyperlipidemia", "GERD", "Depression/PTSD, followed by behavioral health", "Iron deficiency anemia",
    "Strongyloides, treated with ivermectin", "HIV on ART (CD4 {n:350-900}, viral load undetectable)",
    "Obesity (BMI {n:31-41})", "Nephrolithiasis", "Migraine",
)

# --------------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------------

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def _pat(r: random.Random, pattern: str) -> str:
    """'#' digit, '@' letter (no I/O), '%' letter or digit."""
    out = []
    for ch in pattern:
        if ch == "#":
            out.append(r.choice("0123456789"))
        elif ch == "@":
            out.append(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        elif ch == "%":
            out.append(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789"))
        else:
            out.append(ch)
    return "".join(out)


def _name(r: random.Random, style: str | None = None) -> str:
    first, last = r.choice(_FIRST), r.choice(_LAST)
    style = style or r.choice(("full", "full", "full", "last_first", "init"))
    if style == "full":
        return f"{first} {last}"
    if style == "last_first":
        return f"{last}, {first}"
    if style == "init":
        return f"{first[0]}. {last}"
    if style == "first":
        return first
    return last


def _us_phone(r: random.Random) -> str:
    area = r.choice(("617", "508", "781", "978", "413", "774", "857", "339", "351", "401", "603", "207", "718",
                     "347", "305", "239", "509", "831", "712", "706"))
    ex = f"{r.randint(2, 9)}{r.randint(0, 9)}{r.randint(0, 9)}"
    if ex[1:] == "11" or ex == "555":
        ex = "472"
    last = f"{r.randint(0, 9999):04d}"
    return r.choice((f"({area}) {ex}-{last}", f"{area}-{ex}-{last}", f"{area}.{ex}.{last}", f"{area} {ex} {last}",
                     f"+1 {area}-{ex}-{last}"))


def _intl_phone(r: random.Random, country: str) -> str:
    if country == "United Kingdom":
        return _pat(r, r.choice(("+44 7### ######", "+44 7### ### ###")))
    num = _pat(r, _CTRY[country][2])
    if r.random() < 0.15 and num.startswith("+"):
        num = "011 " + num[1:]
    return num


def _pager(r: random.Random) -> str:
    return r.choice((_pat(r, "#####"), _pat(r, "#-####"), _pat(r, "(617) 63#-####"), _pat(r, "4####")))


def _ssn(r: random.Random) -> str:
    area = r.randint(1, 899)
    while area == 666:
        area = r.randint(1, 899)
    g, s = r.randint(1, 99), r.randint(1, 9999)
    sep = r.choice(("-", "-", "-", " "))
    return f"{area:03d}{sep}{g:02d}{sep}{s:04d}"


def _mrn(r: random.Random) -> str:
    return r.choice((_pat(r, "#######"), _pat(r, "########"), _pat(r, "00-##-##-##"), _pat(r, "@#######"),
                     _pat(r, "##-###-###")))


def _account(r: random.Random) -> str:
    return r.choice((_pat(r, "A00########"), _pat(r, "##########"), _pat(r, "E-########"), _pat(r, "##-####-####"),
                     _pat(r, "V000######")))


def _mbi(r: random.Random) -> str:
    letters = "ACDEFGHJKMNPQRTUVWXY"
    alnum = letters + "0123456789"
    c = [str(r.randint(1, 9)), r.choice(letters), r.choice(alnum), str(r.randint(0, 9)), r.choice(letters),
         r.choice(alnum), str(r.randint(0, 9)), r.choice(letters), r.choice(letters), str(r.randint(0, 9)),
         str(r.randint(0, 9))]
    s = "".join(c)
    return s if r.random() < 0.5 else f"{s[:4]}-{s[4:7]}-{s[7:]}"


def _health_plan(r: random.Random) -> str:
    return r.choice((_pat(r, "1000########"), _pat(r, "@@@#########"), _pat(r, "W#########"),
                     _pat(r, "TRV-###-####-##"), _pat(r, "@#######-01")))


def _dea(r: random.Random) -> str:
    d = [r.randint(0, 9) for _ in range(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return r.choice("ABFGM") + r.choice("ABCDEFGHJKLMNPRSTW") + "".join(map(str, d)) + str(check)


def _npi(r: random.Random) -> str:
    base = [1] + [r.randint(0, 9) for _ in range(8)]
    digits = [8, 0, 8, 4, 0] + base
    total = 0
    for k, dgt in enumerate(reversed(digits)):
        v = dgt * 2 if k % 2 == 0 else dgt
        total += v - 9 if v > 9 else v
    return "".join(map(str, base)) + str((10 - total % 10) % 10)


def _license(r: random.Random) -> tuple[str, str]:
    """(cue, number) for a person's licence."""
    return r.choice((
        ("DEA #", _dea(r)), ("NPI", _npi(r)), ("DEA", _dea(r)), ("MA RN license no.", _pat(r, "RN22#####")),
        ("driver's license", _pat(r, "S########")), ("CDL #", _pat(r, "D###-####-####")),
        ("state medical license", _pat(r, "2####")), ("NPI #", _npi(r)),
    ))


def _serial(r: random.Random) -> str:
    return r.choice((_pat(r, "@@@######@"), _pat(r, "@@@ ######"), _pat(r, "######-####"), _pat(r, "@@#%-%#%%-#%%@"),
                     _pat(r, "SN######")))


def _plate(r: random.Random) -> str:
    return r.choice((_pat(r, "#@@@##"), _pat(r, "#@@@ ###"), _pat(r, "@@@-####"), _pat(r, "#@@@###"),
                     _pat(r, "@@# ###")))


def _vin(r: random.Random) -> str:
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    vals = {**{str(k): k for k in range(10)}, **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
            **dict(zip("JKLMN", range(1, 6), strict=True)), "P": 7, "R": 9,
            **dict(zip("STUVWXYZ", range(2, 10), strict=True))}
    weights = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
    v = [r.choice("1234") + r.choice("FGHNT") + r.choice(chars)] + [r.choice(chars) for _ in range(14)]
    s = list("".join(v))
    s[9] = r.choice("MNPRST")
    total = sum(vals[ch] * w for ch, w in zip(s, weights, strict=True))
    chk = total % 11
    s[8] = "X" if chk == 10 else str(chk)
    return "".join(s)


def _ip(r: random.Random) -> str:
    first = r.choice((24, 50, 66, 71, 73, 76, 98, 107, 174, 181, 186, 189, 196, 197, 201, 41, 102, 117))
    return f"{first}.{r.randint(1, 254)}.{r.randint(0, 254)}.{r.randint(1, 254)}"


def _email(r: random.Random, name: str | None = None) -> str:
    if name is None or " " not in name or "," in name or "." in name:
        name = f"{r.choice(_FIRST)} {r.choice(_LAST)}"
    first, last = name.split(" ", 1)
    tr = str.maketrans("áéíóúñçşıüãôëèïś", "aeiouncsiuaoeeis")
    f = re.sub(r"[^a-z]", "", first.lower().translate(tr))
    la = re.sub(r"[^a-z]", "", last.lower().translate(tr))
    dom = r.choice(("gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "yahoo.com.mx", "icloud.com",
                    "protonmail.com", "yahoo.co.uk"))
    return r.choice((f"{f}.{la}{r.randint(1, 99)}@{dom}", f"{f[0]}{la}@{dom}", f"{f}_{la}@{dom}",
                     f"{la}.{f}{r.randint(1970, 2005)}@{dom}"))


def _url(r: random.Random, name: str) -> str:
    first = re.sub(r"[^a-z]", "", name.split(" ")[0].lower()) or "family"
    tok = _pat(r, "%%%%%%%%%%").lower()
    return r.choice((
        f"https://www.gofundme.com/f/help-bring-{first}-home",
        f"https://www.gofundme.com/f/{first}-medical-fund-{r.randint(10, 99)}",
        f"https://portal.riverbendhealth.org/visit/{tok}",
        f"https://telehealth.northgatecare.net/join/{tok}",
        f"https://photos.app.goo.gl/{_pat(r, '%%%%%%%%%%%%')}",
        f"www.facebook.com/{first}.{r.randint(1000, 9999)}",
        f"https://imgshare.lakeshore-rad.net/s/{tok}",
    ))


def _real_date(r: random.Random, lo: int, hi: int) -> str:
    y, m, d = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
    mon = _MONTHS[m - 1]
    return r.choice((
        f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{mon} {d}, {y}", f"{d} {mon[:3]} {y}",
        f"{d:02d}.{m:02d}.{y}", f"{mon[:3]}-{d:02d}-{y}", f"{d}-{mon[:3]}-{y}",
    ))


_ONES = ("", "-one", "-two", "-three", "-four", "-five", "-six", "-seven", "-eight", "-nine")


def _old_age(r: random.Random) -> str:
    a = r.randint(90, 99) if r.random() < 0.9 else r.randint(100, 104)
    if r.random() < 0.2 and a < 100:
        return "ninety" + _ONES[a - 90]
    return str(a)


def _fmt_sd(r: random.Random, d: date) -> str:
    return r.choice((d.isoformat(), d.isoformat(), f"{d.month:02d}/{d.day:02d}/{d.year}"))


def _bp(r: random.Random) -> str:
    return f"{r.randint(92, 158)}/{r.randint(52, 94)}"


_TOK = re.compile(r"\{(\w+)(?::([\d.]+)-([\d.]+))?\}")
_LOCAL = ("tourist", "volunteer")  # US residents travelling abroad


def _lang(c: _Ctx) -> str:
    return "English" if c.ptype in _LOCAL else _CTRY[c.country][1][0]


# --------------------------------------------------------------------------------------------------
# Context
# --------------------------------------------------------------------------------------------------

@dataclass
class _Ctx:
    pr: random.Random  # plan (plants)
    tr: random.Random  # text
    kind: str
    scen: str
    sex: str
    age: int
    country: str
    ptype: str
    heavy: bool = False
    base: date = date(2150, 1, 1)
    home: tuple[str, str, str] | None = None
    slots: dict[str, list[Sent]] = field(default_factory=dict)
    hdr: dict[str, Sent] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)

    def add(self, slot: str, *parts: Part) -> None:
        self.slots.setdefault(slot, []).append(list(parts))

    def f(self, s: str) -> str:
        """Fill a text template (never produces identifiers)."""
        r, heavy = self.tr, self.heavy

        def rep(m: re.Match) -> str:
            k, a, b = m.groups()
            if k == "n":
                return str(r.randint(int(a), int(b)))
            if k == "x":
                return f"{r.uniform(float(a), float(b)):.1f}"
            if k in ("sd", "sdep", "sret"):
                if heavy and r.random() < 0.7:
                    return "___"
                lo, hi = {"sd": (0, 30), "sdep": (30, 70), "sret": (3, 14)}[k]
                return _fmt_sd(r, self.base - timedelta(days=r.randint(lo, hi)))
            if k == "time":
                return f"{r.randint(1, 12)}:{r.randint(0, 59):02d} {r.choice(('AM', 'PM'))}"
            if k == "fl":
                return "___" if heavy else f"{r.choice(_AIRLINES)} {r.randint(3, 1999)}"
            if k == "room":
                return r.choice((f"{r.randint(4, 14)}-{r.randint(101, 260)}",
                                 f"{r.randint(1100, 1460)}-{'AB'[r.randint(0, 1)]}", f"{r.randint(301, 960)}"))
            if k == "lot":
                return _pat(r, r.choice(("@@####", "@###@@", "#@@##@", "@@@#####")))
            if k == "yr":
                return "___" if heavy else str(r.randint(1994, 2023))
            if k == "yrs":
                return str(r.randint(2110, 2185))
            if k == "bp":
                return _bp(r)
            if k == "country":
                return "___" if heavy and r.random() < 0.6 else self.country
            if k == "lang":
                return _lang(self)
            if k == "hotline":
                return r.choice(_HOTLINES)
            if k == "site":
                return r.choice(_PUBLIC_SITES)
            if k == "age":
                return "___" if heavy else str(self.age)
            pron = {"he": ("he", "she"), "He": ("He", "She"), "his": ("his", "her"), "His": ("His", "Her"),
                    "him": ("him", "her"), "man": ("man", "woman"), "MF": ("M", "F")}
            if k in pron:
                return pron[k][self.sex == "F"]
            raise KeyError(k)

        return _TOK.sub(rep, s)


# --------------------------------------------------------------------------------------------------
# Scenario content (no identifiers; many look-alikes)
# --------------------------------------------------------------------------------------------------

_PTYPES = ("vfr", "migrant", "worker", "student", "tourist", "volunteer")

_INTRO = {
    "vfr": ("was born in {country} and has lived in the US for {n:6-25} years; returned {n:4-12} days ago from a "
            "{n:2-6}-week trip visiting family in ___, {country}."),
    "migrant": ("arrived in the US {n:2-11} months ago from {country}, traveling overland for several weeks before "
                "crossing at the southern border; currently in a shelter program."),
    "worker": ("is a seasonal agricultural worker on an H-2A visa from {country} who arrived for the season "
               "{n:3-12} weeks ago and lives in employer-provided housing with {n:6-24} other workers."),
    "student": ("is an international graduate student from {country} living in university housing, who returned "
                "{n:5-16} days ago from a visit home."),
    "tourist": ("returned {n:3-10} days ago from a vacation of {n:8-21} days in {country}."),
    "volunteer": ("returned {n:5-20} days ago after {n:2-9} months of volunteer work with a faith-based group in "
                  "{country}."),
}

_TRAVEL_LINES = (
    "- Itinerary: departed {sdep} on {fl}, returned {sret} via {fl} (connection in ___)",
    "- Pre-travel consultation: {pre}",
    "- Malaria chemoprophylaxis: {proph}",
    "- Vaccines: {vax}",
    "- Exposures: {expo}",
    "- Accommodation: {acc}",
)
_ROUTE_LINES = (
    "- Route: left {country} on {sdep}, overland through Central America and Mexico",
    "- Crossed the border on {sret}; processed and released to a shelter program",
    "- Exposures en route: crowded shelters, river crossings, untreated water",
    "- Vaccines: {vax}",
    "- Prior TB screening: none documented",
)
_PRE = ("none", "none (last-minute trip)", "seen at a travel clinic", "declined", "unknown")
_PROPH = ("none", "none", "atovaquone-proguanil (Malarone), stopped early", "doxycycline, missed doses",
          "not indicated for itinerary", "chloroquine bought locally")
_VAX = ("none documented", "typhoid (Vivotif) lot {lot}; hepatitis A", "yellow fever {yrs} (card seen)",
        "MMR x1 in childhood per family", "Tdap; hepatitis A/B (Twinrix) lot {lot}", "Typhim Vi lot {lot}",
        "JYNNEOS x1 (lot {lot})", "unknown, no records")
_EXPO = ("fresh-water swimming, mosquito bites, street food", "farm animals, unpasteurized cheese",
         "sick contacts in household (cough)", "tap water and ice, salads", "dog bite (no PEP)",
         "large religious gathering", "cared for a relative with chronic cough", "daytime mosquito bites")
_ACC = ("family home, no bed nets", "hostels and guesthouses", "dormitory-style shelter", "hotel with air conditioning",
        "rural village, latrine, well water")

_SOCIAL_LINES = (
    "Tobacco: {tob}", "EtOH: {etoh}", "Illicits: denies", "Primary language: {lang}; interpreter used for all "
    "encounters", "Lives with: ___", "Occupation: {job}", "Insurance: {ins}", "Immigration: {imm}",
    "Came to the US in {yr}.", "Pets: none", "Sexual history: {sexh}",
)
_SOCIAL_LINES_US = tuple(x for x in _SOCIAL_LINES if not x.startswith(("Primary", "Came", "Immigration")))
_TOB = ("never", "former, quit {yr}", "1/2 ppd x {n:5-20} years", "chews betel nut", "never; hookah occasionally")
_ETOH = ("none", "socially", "rare", "2-3 beers on weekends")
_JOBS = ("line cook", "poultry plant worker", "apple picker", "warehouse associate", "home health aide",
         "graduate student (engineering)", "construction laborer", "housekeeper", "rideshare driver",
         "nursing assistant", "fisherman", "dairy milker", "teacher (on leave)", "retired")
_INS = ("MassHealth", "uninsured - emergency Medicaid application started", "employer plan", "student health plan",
        "travel medical insurance", "Medicare", "Health Safety Net")
_IMM = ("asylum applicant", "lawful permanent resident", "H-2A visa", "F-1 student visa", "US citizen",
        "humanitarian parole", "tourist visa")
_SEXH = ("monogamous", "not currently sexually active", "men who have sex with men, {n:1-4} partners in past 3 weeks",
         "declined to discuss")

_MASKED_HPI = (
    "History obtained with the help of {lang} interpreter ___, in person.",
    "Transferred from ___ for further management.",
    "Seen by Dr. ___ at ___ on ___ and referred in.",
    "Stayed mostly in ___ with relatives.",
    "Records from ___ reviewed.",
)
_MASKED_SOCIAL = (
    "Lives with ___ in ___.", "Works at ___ as a {job}.", "Emergency contact: ___ (___) ___",
    "Health care proxy: ___", "Attends ___ (church) weekly.",
)
_FAMILY = ("Mother with hypertension. Father deceased (unknown cause).", "Brother treated for TB in {country}.",
           "Noncontributory.", "Grandmother with 'lung disease' in the household.", "Mother with diabetes.",
           "No family history of malignancy.")

_DC_CONDITION = (
    "Mental Status: Clear and coherent.\nLevel of Consciousness: Alert and interactive.\n"
    "Activity Status: Ambulatory - Independent.",
    "Mental Status: Clear and coherent.\nLevel of Consciousness: Alert and interactive.\n"
    "Activity Status: Ambulatory - requires assistance or aid (walker or cane).",
)

_S: dict[str, dict] = {}

_S["malaria"] = dict(
    countries=("Nigeria", "Ghana", "Sierra Leone", "Cameroon", "Côte d'Ivoire", "Uganda", "Guinea", "Haiti"),
    service="MEDICINE",
    cc=("Fevers, rigors, headache after travel", "Fever x {n:3-7} days", "Positive malaria smear at urgent care"),
    proc=("None", "PICC line placement", "None"),
    hpi=(
        "{He} did not take malaria chemoprophylaxis and had no pre-travel visit.",
        "Reports {n:3-7} days of fevers to {x:102.0-104.6}F with rigors, frontal headache, myalgias and "
        "{n:2-5} loose non-bloody stools daily.",
        "Flew home on {fl} connecting to {fl}, landing {sd}.",
        "Seen at an urgent care on {sd} and told {he} had a viral syndrome.",
        "No confusion, seizures, dark urine or bleeding.",
        "Slept without a bed net; recalls many mosquito bites.",
        "Had 'malaria' as a child, treated with injections.",
        "Took acetaminophen with transient relief.",
    ),
    ed=("In the ED, T {x:101.2-104.4} HR {n:102-134} BP {bp} RR {n:16-26} SpO2 {n:93-99}% RA. Giemsa-stained thin "
        "smear showed P. falciparum ring forms with parasitemia {x:0.4-7.5}%. Given acetaminophen and 1L LR."),
    exam=("GEN: ill-appearing, diaphoretic, rigoring", "HEENT: mild scleral icterus, MMM dry",
          "CV: tachycardic, regular, no murmur", "LUNGS: clear bilaterally",
          "ABD: soft, spleen tip palpable {n:1-4} cm below costal margin, no Murphy sign",
          "NEURO: A&Ox3, Glasgow Coma Scale 15, Kernig and Brudzinski signs negative", "SKIN: no petechiae"),
    labs=("WBC-{x:3.0-8.2} RBC-{x:3.1-4.6} Hgb-{x:8.9-13.2} Hct-{x:27.0-39.0} Plt Ct-{n:18-110}",
          "Glucose-{n:68-140} UreaN-{n:12-48} Creat-{x:0.8-2.9} Na-{n:128-139} K-{x:3.2-4.6} HCO3-{n:16-25}",
          "ALT-{n:28-140} AST-{n:35-180} LD(LDH)-{n:280-890} TotBili-{x:1.1-4.9} Hapto-<10",
          "Lactate-{x:1.0-3.9} G6PD: normal"),
    micro=("Thick/thin smears (Giemsa): Plasmodium falciparum, parasitemia {x:0.4-7.5}% (approx {n:20-310},000 "
           "parasites/uL), no gametocytes",
           "BinaxNOW Malaria antigen: POSITIVE (HRP2 band)",
           "Malaria PCR (State Public Health Laboratory): P. falciparum confirmed",
           "Blood cultures x2: no growth to date", "Dengue NS1: negative"),
    imaging=("CXR: no consolidation or edema.", "RUQ US: splenomegaly {x:13.1-17.5} cm, no abscess."),
    course=(
        "# Severe P. falciparum malaria: Parasitemia >5% with hyperbilirubinemia met WHO criteria for severe "
        "malaria. IV artesunate 2.4 mg/kg given at 0, 12 and 24 hours, followed by a full course of "
        "artemether-lumefantrine (Coartem) 4 tablets BID x 3 days with fatty food. Parasitemia {x:0.1-1.4}% at "
        "24h and undetectable by day 3. {hotline} was contacted for guidance.",
        "# Thrombocytopenia: nadir {n:18-60}K without bleeding; no transfusion.",
        "# AKI: creatinine peaked at {x:1.4-3.1} and improved with isotonic fluids. Foley removed hospital day 2.",
        "# Post-artesunate delayed hemolysis: CBC, LDH and haptoglobin weekly x 4 weeks arranged.",
        "# Public health: reported to the state Department of Public Health as required.",
    ),
    meds_adm=("None", "Ibuprofen PRN", "Lisinopril 10 mg PO daily"),
    meds_dc=("Artemether-Lumefantrine 20 mg-120 mg 4 TAB PO BID to complete 6 doses",
             "Acetaminophen 650 mg PO Q6H:PRN fever", "Ondansetron 4 mg PO Q8H:PRN nausea"),
    dx=("Severe Plasmodium falciparum malaria", "Thrombocytopenia", "Acute kidney injury", "Hyperbilirubinemia"),
    instr=("You were admitted with malaria, an infection spread by mosquitoes. You were treated with intravenous "
           "artesunate and then Coartem tablets. Take Coartem with milk or a fatty meal.",
           "Return for fever, dark urine, yellow eyes or confusion.",
           "Before any future trip please visit a travel clinic for preventive medication; see {site}."),
    rad=("us_spleen", "cxr_ards"),
)

_S["tb"] = dict(
    countries=("Philippines", "India", "Vietnam", "Haiti", "Guatemala", "Ethiopia", "Somalia", "Peru", "Ukraine",
               "Mexico", "Nepal"),
    service="MEDICINE",
    cc=("Cough x {n:2-5} months, weight loss, night sweats", "Hemoptysis", "Abnormal chest x-ray"),
    proc=("Bronchoscopy with BAL", "None", "Sputum induction x3"),
    hpi=(
        "Reports productive cough for {n:2-5} months with {n:8-30} lb unintentional weight loss, drenching night "
        "sweats and {n:1-3} episodes of blood-streaked sputum.",
        "No known TB contacts, although an uncle in the household was treated for 'lung disease'.",
        "Received BCG as a child (scar L deltoid).",
        "Had a positive QuantiFERON at the I-693 civil surgeon exam but the follow-up chest x-ray was not done.",
        "Shares a room with {n:2-6} people.",
        "Denies HIV risk factors; last HIV test unknown.",
        "Placed on airborne isolation in negative-pressure room {room} on arrival to the floor.",
        "No fevers measured at home; appetite poor.",
    ),
    ed=("In the ED, T {x:98.6-101.9} HR {n:88-118} BP {bp} RR {n:16-24} SpO2 {n:92-99}% RA. CXR with right upper "
        "lobe cavitary opacity; three sputum samples collected; admitted on airborne precautions."),
    exam=("GEN: thin, temporal wasting, NAD", "HEENT: no oral thrush", "NECK: R supraclavicular LN 1.5 cm, nontender",
          "LUNGS: amphoric breath sounds and crackles R apex", "CV: RRR, no m/r/g", "ABD: soft, NT",
          "SKIN: BCG scar L deltoid", "EXT: no clubbing"),
    labs=("WBC-{x:5.2-12.8} Hgb-{x:9.8-13.9} Plt-{n:260-520} ESR-{n:40-110} CRP-{x:18.0-96.0}",
          "Na-{n:130-140} K-{x:3.5-4.8} Creat-{x:0.6-1.1} Alb-{x:2.6-3.9} HbA1c-{x:5.2-9.9}%",
          "ALT-{n:12-44} AST-{n:14-40} AlkPhos-{n:60-140} TBili-{x:0.2-0.9}",
          "HIV-1/2 Ag/Ab: negative; HBsAg negative; HCV Ab negative"),
    micro=("Sputum AFB smear x3 (auramine-rhodamine, confirmed Ziehl-Neelsen): 2+, 1+, 1+",
           "Xpert MTB/RIF Ultra: MTB DETECTED MEDIUM; rpoB (rifampin resistance) NOT detected",
           "Line probe assay (MTBDRplus): katG and inhA promoter wild-type; IS6110 PCR positive",
           "QuantiFERON-TB Gold Plus: POSITIVE (TB1 {x:1.2-9.8}, TB2 {x:1.4-10.0} IU/mL)",
           "AFB culture (MGIT): M. tuberculosis complex at {n:11-19} days; susceptibilities pending"),
    imaging=("CXR: RUL thick-walled cavity {x:2.1-4.8} cm with tree-in-bud opacities.",
             "CT chest: cavitary RUL consolidation, calcified R hilar node (Ranke complex); no Rasmussen aneurysm."),
    course=(
        "# Active pulmonary TB, smear positive: started RIPE on {sd} - rifampin 600 mg, isoniazid 300 mg, "
        "pyrazinamide 1500 mg, ethambutol 1200 mg daily with pyridoxine 25 mg. Baseline visual acuity and "
        "Ishihara color testing normal.",
        "# Infection control: remained on airborne isolation; cleared for discharge home (no new susceptible "
        "household members) with home isolation until cleared by the TB clinic.",
        "# Public health: reported to the state TB program and the local board of health; DOT arranged through "
        "the TB clinic; household contacts (n={n:2-7}) referred for IGRA testing and chest x-ray.",
        "# Hemoptysis: small volume, resolved; no Rasmussen aneurysm on CTA; no evidence of Pott disease.",
        "# Newly diagnosed diabetes: HbA1c elevated; metformin started, diabetes education given.",
    ),
    meds_adm=("None", "Multivitamin", "Omeprazole 20 mg PO daily"),
    meds_dc=("RifAMPin 600 mg PO DAILY", "Isoniazid 300 mg PO DAILY", "Pyrazinamide 1500 mg PO DAILY",
             "Ethambutol 1200 mg PO DAILY", "Pyridoxine 25 mg PO DAILY", "MetFORMIN 500 mg PO BID"),
    dx=("Active pulmonary tuberculosis, smear positive, rifampin-susceptible by Xpert", "Malnutrition",
        "Type 2 diabetes mellitus, new"),
    instr=("You were diagnosed with tuberculosis of the lungs. Take all four TB medicines every day; a nurse from "
           "the TB clinic will watch you take them (DOT). Your urine and tears may turn orange from rifampin.",
           "Stay home and do not have visitors until the TB clinic says you are no longer contagious.",
           "Call if you have yellow eyes, abdominal pain, vision changes or rash."),
    rad=("cxr_tb", "ct_tb"),
)

_S["dengue"] = dict(
    countries=("Dominican Republic", "Brazil", "Thailand", "Philippines", "India", "Mexico", "Colombia", "Bangladesh",
               "Honduras", "Vietnam"),
    service="MEDICINE",
    cc=("Fever, rash and body aches", "Fever and low platelets after travel", "Fever, headache, gum bleeding"),
    proc=("None",),
    hpi=(
        "Reports {n:3-6} days of high fever, severe retro-orbital headache, arthralgias and a diffuse blanching "
        "rash with islands of sparing.",
        "Gum bleeding when brushing and one episode of epistaxis.",
        "Daytime mosquito bites; stayed in a guesthouse without screens.",
        "Took ibuprofen at home, stopped on admission.",
        "Returned on {fl} on {sd}.",
        "No prior dengue infection known; travel companion also febrile.",
        "Developed abdominal pain and vomiting x{n:2-5} on the day of admission.",
    ),
    ed=("In the ED, T {x:100.4-103.8} HR {n:90-124} BP {bp} SpO2 {n:95-100}% RA; tourniquet test positive "
        "({n:12-30} petechiae per square inch)."),
    exam=("GEN: flushed, uncomfortable", "HEENT: conjunctival injection, petechiae on soft palate",
          "ABD: mild RUQ tenderness, no rebound, liver edge palpable", "SKIN: confluent erythematous rash with "
          "white islands, petechiae on forearms", "EXT: no edema"),
    labs=("WBC-{x:1.8-4.2} Hgb-{x:12.0-16.9} Hct-{x:38.0-50.5} Plt Ct-{n:14-92}",
          "ALT-{n:40-250} AST-{n:60-420} Alb-{x:2.9-4.0} PTT-{x:30.0-44.0} INR-{x:1.0-1.4}",
          "Na-{n:131-140} Creat-{x:0.6-1.2} Lactate-{x:0.8-2.4}"),
    micro=("Dengue NS1 antigen: POSITIVE", "Dengue RT-PCR (CDC DENV-1-4): DENV-{n:1-4} detected, Ct {x:18.0-33.0}",
           "Dengue IgM negative (day 4), IgG positive - suggests secondary infection",
           "Malaria smears x3 negative; chikungunya and Zika PCR negative", "Blood cultures: no growth"),
    imaging=("RUQ US: gallbladder wall thickening {n:5-9} mm, small perihepatic ascites.",
             "CXR: small bilateral pleural effusions."),
    course=(
        "# Dengue with warning signs (abdominal pain, mucosal bleeding, rising hematocrit): managed with cautious "
        "isotonic crystalloid, strict I/O and hematocrit q6h through the critical phase (days 4-6 of illness). "
        "NSAIDs avoided.",
        "# Thrombocytopenia: platelets nadired at {n:11-45}K on hospital day {n:2-4}; no transfusion; recovering "
        "at discharge.",
        "# Plasma leakage: small effusions and gallbladder wall edema on US, resolved clinically.",
        "# Public health: reported to DPH; counseled that a second dengue infection can be more severe.",
    ),
    meds_adm=("None", "Ibuprofen PRN (stopped)", "Oral contraceptive"),
    meds_dc=("Acetaminophen 650 mg PO Q6H:PRN fever/pain (max 3 g/day)", "Ondansetron 4 mg PO Q8H:PRN"),
    dx=("Dengue fever with warning signs, DENV RT-PCR positive", "Thrombocytopenia", "Transaminitis"),
    instr=("You had dengue fever. Avoid ibuprofen, naproxen and aspirin for two weeks.",
           "Return for bleeding, black stools, severe abdominal pain, fainting or persistent vomiting.",
           "Use insect repellent for one week so mosquitoes here do not pick up the virus."),
    rad=("us_dengue", "cxr_effusion"),
)

_S["measles"] = dict(
    countries=("Romania", "Ukraine", "Pakistan", "India", "Ethiopia", "Philippines", "Nigeria"),
    service="MEDICINE",
    cc=("Fever, cough and rash", "Rash and conjunctivitis"),
    proc=("None",),
    hpi=(
        "Prodrome of fever to {x:102.0-104.8}F, cough, coryza and conjunctivitis for {n:3-4} days, followed by a "
        "maculopapular rash that began at the hairline and spread downward.",
        "Unvaccinated; family declined MMR in childhood.",
        "Recent travel to {country} during an active outbreak, returned on {fl}.",
        "Koplik spots seen on the buccal mucosa by the ED physician.",
        "Was in the ED waiting room for about {n:2-5} hours before being masked and roomed.",
        "Photophobia but no neck stiffness, seizures or confusion.",
    ),
    ed=("In the ED, T {x:101.8-104.6} HR {n:98-128} BP {bp} SpO2 {n:91-98}% RA. Airborne isolation started after "
        "triage; Infection Control paged."),
    exam=("GEN: ill-appearing", "HEENT: bilateral nonpurulent conjunctivitis; Koplik spots on buccal mucosa",
          "LUNGS: scattered crackles bilaterally", "SKIN: confluent erythematous maculopapular rash face, trunk, "
          "proximal extremities", "NEURO: nonfocal"),
    labs=("WBC-{x:2.4-5.1} (lymphopenia) Hgb-{x:11.5-14.8} Plt-{n:110-240}",
          "ALT-{n:30-140} AST-{n:30-160} Na-{n:131-139} Creat-{x:0.5-1.0}", "Vitamin A (retinol): low"),
    micro=("Measles IgM: POSITIVE; IgG negative",
           "Measles RT-PCR (NP swab and urine, State Public Health Laboratory): POSITIVE, genotype {geno}",
           "Respiratory viral panel: negative for influenza A H3N2 / H1N1pdm09, RSV, SARS-CoV-2",
           "Blood cultures: no growth"),
    imaging=("CXR: bilateral perihilar interstitial opacities.",),
    course=(
        "# Measles: airborne isolation in negative-pressure room {room} through 4 days after rash onset. "
        "Vitamin A 200,000 IU PO daily x 2 doses.",
        "# Exposure investigation: Infection Control and the local board of health notified; ED waiting room "
        "exposure window identified ({n:2-5} hours on {sd}); exposed staff without presumptive evidence of "
        "immunity excluded days 5-21.",
        "# Post-exposure prophylaxis: MMR within 72 hours or immune globulin within 6 days offered to "
        "susceptible contacts (MMR II lot {lot}).",
        "# Pneumonia: bilateral infiltrates; treated for superimposed bacterial pneumonia with ceftriaxone then "
        "cefpodoxime.",
    ),
    meds_adm=("None",),
    meds_dc=("Cefpodoxime 200 mg PO Q12H x {n:3-5} more days", "Acetaminophen 650 mg PO Q6H:PRN"),
    dx=("Measles (rubeola), laboratory confirmed", "Measles pneumonitis with possible bacterial superinfection"),
    instr=("You had measles. You are contagious until 4 days after the rash started; stay home until then.",
           "Everyone in your home should check that they have had two doses of MMR vaccine."),
    rad=("cxr_measles",),
)

_S["mpox"] = dict(
    countries=("Spain", "Brazil", "Democratic Republic of the Congo", "Colombia", "Thailand", "Mexico"),
    service="MEDICINE",
    cc=("Painful rash and swollen lymph nodes", "Rectal pain", "Painful genital lesions"),
    proc=("None",),
    hpi=(
        "Painful umbilicated vesiculopustular lesions on the {site2} for {n:4-10} days, preceded by fever and "
        "tender inguinal lymphadenopathy.",
        "Recent travel to {country} where {he} attended a large festival.",
        "Reports {n:2-4} sexual partners in the preceding 3 weeks; partner notification discussed.",
        "Not vaccinated with JYNNEOS.",
        "Severe rectal pain with tenesmus and small-volume bloody discharge.",
        "On HIV PrEP (emtricitabine/tenofovir) with occasional missed doses.",
    ),
    ed=("In the ED, T {x:99.0-102.4} HR {n:80-112} BP {bp}. Lesions unroofed and swabbed x3 in the ED."),
    exam=("GEN: uncomfortable", "SKIN: {n:8-40} umbilicated pustules at different stages on {site2}",
          "LN: tender bilateral inguinal lymphadenopathy", "RECTAL: deferred given pain; perianal ulcers"),
    labs=("WBC-{x:5.0-12.0} Hgb-{x:11.8-15.2} Plt-{n:160-350}", "Creat-{x:0.7-1.1} ALT-{n:12-60}",
          "HIV-1 RNA <20 copies/mL; CD4 {n:250-900} cells/uL"),
    micro=("Orthopoxvirus (non-variola) PCR: DETECTED; clade {clade} confirmed at the State Public Health Laboratory",
           "RPR non-reactive; GC/CT NAAT (rectal, pharyngeal, urine) negative; HSV-1/2 and VZV PCR negative"),
    imaging=("CT pelvis: rectal wall thickening with perirectal stranding; no abscess.",),
    course=(
        "# Mpox with proctitis: pain control with scheduled acetaminophen, oxycodone PRN, sitz baths and stool "
        "softeners. Tecovirimat (TPOXX) 600 mg PO BID x 14 days obtained through the CDC expanded access IND, "
        "taken with a fatty meal.",
        "# Infection control: contact and droplet precautions; lesions covered at discharge.",
        "# Public health: case reported; contacts referred for JYNNEOS post-exposure vaccination (lot {lot}).",
        "# HIV: continue bictegravir/emtricitabine/tenofovir alafenamide (Biktarvy).",
    ),
    meds_adm=("Biktarvy 1 TAB PO DAILY", "Emtricitabine-Tenofovir (PrEP) 1 TAB PO DAILY"),
    meds_dc=("Tecovirimat 600 mg PO BID x {n:9-12} more days", "Docusate 100 mg PO BID", "Senna 8.6 mg PO BID:PRN",
             "Lidocaine 5% ointment TP TID:PRN"),
    dx=("Mpox (clade II) with proctitis", "Inguinal lymphadenopathy"),
    instr=("You had mpox. Keep lesions covered and avoid close contact until all scabs have fallen off and new "
           "skin has formed.", "Take TPOXX with a meal that has fat in it."),
    rad=("ct_proctitis",),
)

_S["foodborne"] = dict(
    countries=("Mexico", "Peru", "Egypt", "India", "Dominican Republic", "Guatemala"),
    service="MEDICINE",
    cc=("Bloody diarrhea", "Diarrhea, vomiting and fever", "Abdominal cramps and bloody stools"),
    proc=("None",),
    hpi=(
        "Onset of crampy abdominal pain and {n:6-15} watery then bloody stools per day starting {n:1-3} days after "
        "a family gathering.",
        "Several other attendees became ill with similar symptoms.",
        "Ate undercooked ground beef, raw sprouts and a chicken dish at the event.",
        "No recent antibiotics; no sick contacts before the event.",
        "Decreased urine output over the past day.",
    ),
    ed=("In the ED, T {x:98.4-102.1} HR {n:92-126} BP {bp}; 2L NS given; stool studies sent."),
    exam=("GEN: dry mucous membranes, fatigued", "ABD: diffusely tender, worst in RLQ, no peritoneal signs",
          "RECTAL: gross blood on glove", "SKIN: no petechiae or jaundice"),
    labs=("WBC-{x:9.0-19.5} Hgb-{x:10.5-15.0} Plt Ct-{n:70-310}",
          "Creat-{x:0.8-2.6} UreaN-{n:14-52} Na-{n:130-140} K-{x:2.9-4.4} HCO3-{n:15-24}",
          "LDH-{n:180-620} Haptoglobin-{n:10-120} Peripheral smear: {smear}"),
    micro=("BioFire FilmArray GI panel: {gi} DETECTED",
           "Stool culture: {organism}; isolate forwarded to the State Public Health Laboratory for WGS",
           "Shiga toxin 1/2 EIA: {stx}", "C. difficile PCR: negative", "Blood cultures: no growth"),
    imaging=("CT A/P: diffuse wall thickening of the ascending and transverse colon with pericolonic stranding.",),
    course=(
        "# Infectious colitis ({organism}): antibiotics and antimotility agents avoided pending Shiga toxin "
        "results; aggressive isotonic hydration; daily CBC, LDH and creatinine to monitor for HUS.",
        "# Outbreak investigation: case interviewed by the local board of health; 7-day food history obtained; "
        "reported to CDC via the state.",
        "# Food handler exclusion: household members who handle food excluded until two negative stool cultures.",
        "# Hypokalemia: repleted.",
    ),
    meds_adm=("None", "Loperamide PRN (stopped)"),
    meds_dc=("Acetaminophen 650 mg PO Q6H:PRN", "Oral rehydration solution as directed"),
    dx=("Acute bloody diarrhea - {organism}", "Acute kidney injury, prerenal", "Hypokalemia"),
    instr=("Drink plenty of fluids. Wash hands carefully and do not prepare food for others until cleared.",
           "Return for decreased urination, unusual bruising, pale skin or confusion."),
    rad=("ct_colitis",),
)

_S["liver_abscess"] = dict(
    countries=("Mexico", "India", "Guatemala", "Bangladesh", "Honduras", "Nepal"),
    service="MEDICINE",
    cc=("Right upper quadrant pain and fever", "Fever and RUQ pain x {n:1-3} weeks"),
    proc=("Ultrasound-guided aspiration of liver abscess (IR)", "None"),
    hpi=(
        "{n:1-3} weeks of RUQ pain radiating to the right shoulder, fevers, anorexia and {n:5-15} lb weight loss; "
        "no diarrhea.",
        "Lived in {country} until {n:2-12} months ago.",
        "No alcohol use; no prior biliary disease.",
        "Pain worse with deep inspiration.",
        "Bowel habits normal; no travel since arrival.",
    ),
    ed=("In the ED, T {x:100.8-103.2} HR {n:96-122} BP {bp}; RUQ US showed a {x:5.0-9.5} cm hypoechoic hepatic "
        "lesion."),
    exam=("GEN: uncomfortable", "ABD: tender hepatomegaly, point tenderness over right lower intercostal spaces, "
          "Murphy sign negative", "LUNGS: decreased breath sounds R base", "SKIN: no jaundice"),
    labs=("WBC-{x:12.0-22.0} Hgb-{x:10.0-13.5} Plt-{n:250-480}", "ALT-{n:30-120} AST-{n:25-110} AlkPhos-{n:150-410} "
          "TBili-{x:0.5-2.0} Alb-{x:2.5-3.6}", "CRP-{x:80.0-240.0} Lipase-{n:20-60}"),
    micro=("Entamoeba histolytica serology (EIA): POSITIVE", "Stool O&P x3 negative; E. histolytica antigen negative",
           "Echinococcus serology negative", "Blood cultures: no growth",
           "Aspirate: 'anchovy paste', culture no growth"),
    imaging=("US: {x:5.0-9.5} cm hypoechoic lesion segment VII with low-level internal echoes.",
             "CT A/P: solitary rim-enhancing lesion R lobe; small R pleural effusion."),
    course=(
        "# Amebic liver abscess: metronidazole (Flagyl) 750 mg PO TID x 10 days, to be followed by paromomycin "
        "(Humatin) 25-35 mg/kg/day divided TID x 7 days for luminal clearance.",
        "# Given size and risk of rupture, IR performed ultrasound-guided aspiration of {n:80-400} mL of "
        "'anchovy paste' fluid; bacterial culture no growth.",
        "# Reactive R pleural effusion: no tap; monitor.",
    ),
    meds_adm=("None",),
    meds_dc=("MetroNIDAZOLE 750 mg PO TID x {n:5-8} more days", "Paromomycin 500 mg PO TID x 7 days after "
             "metronidazole", "Acetaminophen 650 mg PO Q6H:PRN"),
    dx=("Amebic liver abscess", "Reactive right pleural effusion"),
    instr=("You had a liver abscess caused by an ameba. Avoid alcohol while taking metronidazole.",
           "Return for worsening abdominal pain, fever or shortness of breath."),
    rad=("us_abscess", "ct_abscess"),
)

_S["typhoid"] = dict(
    countries=("Pakistan", "India", "Bangladesh", "Nepal"),
    service="MEDICINE",
    cc=("Fever x {n:8-16} days after travel", "Persistent fever and abdominal pain"),
    proc=("None", "PICC line placement"),
    hpi=(
        "Stepwise rising fever for {n:8-16} days with headache, abdominal pain and constipation, then loose stools.",
        "Visited family for a wedding; ate street food and drank untreated water.",
        "Did not receive typhoid vaccine before travel.",
        "Treated locally with a few days of an unknown oral antibiotic without improvement.",
        "Dry cough; no dysuria.",
    ),
    ed=("In the ED, T {x:102.6-104.2} with HR {n:78-92} (relative bradycardia, Faget sign) and BP {bp}."),
    exam=("GEN: toxic-appearing", "ABD: mildly distended, diffusely tender, hepatosplenomegaly",
          "SKIN: a few faint salmon-colored blanching macules on the abdomen (rose spots)",
          "NEURO: apathetic, nonfocal"),
    labs=("WBC-{x:3.1-7.0} Hgb-{x:10.2-13.6} Plt-{n:80-190}", "ALT-{n:60-220} AST-{n:70-260} TBili-{x:0.6-1.8}",
          "Na-{n:129-138} Creat-{x:0.7-1.3}"),
    micro=("Blood cultures 2/2: Salmonella enterica serovar Typhi",
           "Susceptibilities: resistant to ampicillin, TMP-SMX, chloramphenicol, ciprofloxacin and ceftriaxone "
           "(XDR); susceptible to azithromycin and meropenem", "Malaria smears x3 negative"),
    imaging=("CT A/P: hepatosplenomegaly, terminal ileal wall thickening, mesenteric lymphadenopathy, no free air.",),
    course=(
        "# XDR typhoid fever: empiric ceftriaxone changed to meropenem 1 g IV q8h, then azithromycin 1 g PO "
        "daily to complete 14 days after defervescence.",
        "# No signs of intestinal perforation or GI bleeding on serial exams.",
        "# Public health: case reported; household contacts with food-handling jobs require stool clearance; "
        "Typbar-TCV discussed for family before future travel.",
    ),
    meds_adm=("None",),
    meds_dc=("Azithromycin 1000 mg PO DAILY x {n:6-10} more days", "Acetaminophen 650 mg PO Q6H:PRN"),
    dx=("Typhoid fever (Salmonella Typhi), extensively drug resistant", "Transaminitis"),
    instr=("You had typhoid fever. Finish all of the azithromycin. Wash hands after using the bathroom and before "
           "preparing food.", "Return if fever comes back or for severe abdominal pain."),
    rad=("ct_typhoid",),
)

_SCEN_KEYS = tuple(_S)

# Radiology studies: (title, technique, findings, impression, indication)
_RAD = {
    "cxr_tb": ("CHEST (PA AND LAT)", "Chest PA and lateral.",
               ("There is a thick-walled cavity in the right upper lobe measuring {x:2.1-4.8} x {x:1.8-3.9} cm with "
                "surrounding consolidation.",
                "Patchy nodular and tree-in-bud opacities in the right lower lobe suggest endobronchial spread.",
                "Calcified right hilar lymph node and calcified peripheral nodule (Ranke complex).",
                "No pleural effusion or pneumothorax.", "Heart size is normal.",
                "Small calcified apical nodules (Simon foci).", "Mediastinal contours are unremarkable.",
                "No acute osseous abnormality; no paraspinal mass to suggest Pott disease."),
               ("Right upper lobe cavitary lesion with endobronchial spread, highly concerning for active "
                "tuberculosis.", "Recommend airborne isolation and sputum AFB.", "Stigmata of prior granulomatous "
                "infection."),
               "cough, weight loss, night sweats // eval for cavitary TB"),
    "ct_tb": ("CT CHEST W/O CONTRAST", "Multidetector CT of the chest without IV contrast; axial, coronal and "
              "sagittal reformats.",
              ("Right upper lobe thick-walled cavity measuring {x:2.5-5.2} cm with air-fluid level absent.",
               "Centrilobular nodules in a tree-in-bud pattern in the right lower and middle lobes.",
               "Calcified right paratracheal and hilar lymph nodes; calcified Ghon focus in the right lower lobe.",
               "No pulmonary artery pseudoaneurysm (Rasmussen aneurysm) identified.", "No pericardial effusion.",
               "Trace right pleural effusion.", "Limited upper abdomen unremarkable.",
               "Thoracic spine without destructive change."),
              ("Findings consistent with active post-primary tuberculosis with endobronchial spread.",
               "No Rasmussen aneurysm."),
              "hemoptysis, positive QuantiFERON // cavity? extent?"),
    "us_spleen": ("US ABDOMEN COMPLETE", "Grayscale and color Doppler ultrasound of the abdomen.",
                  ("The liver is normal in size and echotexture without focal lesion.", "The spleen is enlarged "
                   "measuring {x:13.1-17.5} cm without focal lesion or subcapsular collection.",
                   "Gallbladder is normal without stones or wall thickening.", "CBD measures {n:2-5} mm.",
                   "Pancreas is obscured by bowel gas.", "Kidneys are normal in size without hydronephrosis.",
                   "No ascites."),
                  ("Splenomegaly, no splenic infarct or rupture.",),
                  "malaria, thrombocytopenia, LUQ pain // splenic rupture?"),
    "cxr_ards": ("CHEST (PORTABLE AP)", "Portable AP chest radiograph.",
                 ("Lung volumes are low.", "New bilateral hazy airspace opacities, perihilar predominant.",
                  "No large pleural effusion or pneumothorax.", "Cardiomediastinal silhouette is stable.",
                  "Right PICC tip in the low SVC."),
                 ("Bilateral airspace opacities, pulmonary edema versus early ARDS in the setting of severe malaria.",),
                 "severe falciparum malaria, new hypoxia // edema? ARDS?"),
    "us_dengue": ("US ABDOMEN LIMITED (RUQ)", "Grayscale and color Doppler images of the right upper quadrant.",
                  ("Gallbladder wall is diffusely thickened measuring {n:5-9} mm without stones or pericholecystic "
                   "fluid; sonographic Murphy sign negative.", "Small volume perihepatic and pelvic ascites.",
                   "Liver is mildly enlarged measuring {x:16.0-18.5} cm, normal echotexture.",
                   "Small right pleural effusion.", "Main portal vein patent with hepatopetal flow."),
                  ("Gallbladder wall thickening, ascites and right pleural effusion, consistent with plasma "
                   "leakage in dengue.",),
                  "dengue with warning signs, abdominal pain // plasma leakage?"),
    "cxr_effusion": ("CHEST (PA AND LAT)", "Chest PA and lateral.",
                     ("Small bilateral pleural effusions, new.", "No focal consolidation.", "Heart size normal.",
                      "No pneumothorax.", "Osseous structures intact."),
                     ("Small bilateral pleural effusions.",), "dengue, dyspnea // effusions?"),
    "cxr_measles": ("CHEST (PA AND LAT)", "Chest PA and lateral.",
                    ("Bilateral perihilar interstitial opacities with peribronchial cuffing.",
                     "Patchy opacity at the left base may reflect superimposed consolidation.",
                     "No pleural effusion or pneumothorax.", "Heart size normal.", "Hilar contours are normal."),
                    ("Bilateral interstitial opacities compatible with viral pneumonitis; left basilar opacity "
                     "could reflect superimposed bacterial pneumonia.",),
                    "measles, cough, hypoxia // pneumonia?"),
    "ct_proctitis": ("CT ABD AND PELVIS WITH CONTRAST", "MDCT of the abdomen and pelvis after IV contrast.",
                     ("Circumferential rectal wall thickening measuring up to {n:8-14} mm with perirectal fat "
                      "stranding.", "Enlarged bilateral inguinal lymph nodes up to {x:1.5-2.6} cm.",
                      "No perirectal or perianal abscess.", "Liver, spleen, pancreas and adrenals unremarkable.",
                      "No free air or free fluid.", "Bladder is decompressed."),
                     ("Proctitis with inguinal lymphadenopathy; no abscess.",), "mpox, severe rectal pain // abscess?"),
    "ct_colitis": ("CT ABD AND PELVIS WITH CONTRAST", "MDCT of the abdomen and pelvis after IV contrast.",
                   ("Diffuse wall thickening of the ascending and transverse colon with pericolonic fat stranding.",
                    "No pneumatosis or portal venous gas.", "Appendix is normal.", "Small volume pelvic free fluid.",
                    "Kidneys enhance symmetrically without hydronephrosis.", "No abscess."),
                   ("Infectious colitis involving the right and transverse colon.",),
                   "bloody diarrhea, abdominal pain // colitis? perforation?"),
    "us_abscess": ("US ABDOMEN LIMITED (LIVER)", "Grayscale and color Doppler images of the liver.",
                   ("Single rounded hypoechoic lesion in hepatic segment VII measuring {x:5.0-9.5} x {x:4.0-8.0} x "
                    "{x:4.0-8.0} cm with low-level internal echoes and posterior acoustic enhancement.",
                    "No internal vascularity.", "Lesion abuts the hepatic capsule.",
                    "No biliary ductal dilatation; CBD {n:3-5} mm.", "Small right pleural effusion.",
                    "Spleen normal at {x:9.0-12.0} cm."),
                   ("Solitary hepatic abscess, given history an amebic abscess is favored.",),
                   "fever, RUQ pain, recent immigrant // liver abscess?"),
    "ct_abscess": ("CT ABD AND PELVIS WITH CONTRAST", "MDCT of the abdomen and pelvis after IV contrast.",
                   ("Solitary {x:5.0-9.5} cm rim-enhancing fluid collection in the right hepatic lobe with a thin "
                    "peripheral zone of edema.", "Small right pleural effusion with adjacent atelectasis.",
                    "No biliary dilatation.", "Spleen, pancreas, adrenals unremarkable.", "No ascites."),
                   ("Right hepatic abscess, amenable to percutaneous aspiration.",),
                   "liver abscess, E histolytica serology pending // size, drainage?"),
    "ct_typhoid": ("CT ABD AND PELVIS WITH CONTRAST", "MDCT of the abdomen and pelvis after IV contrast.",
                   ("Hepatosplenomegaly; spleen measures {x:13.0-16.0} cm.", "Mural thickening of the terminal ileum "
                    "and cecum.", "Numerous enlarged mesenteric lymph nodes up to {x:1.1-1.9} cm.",
                    "No free intraperitoneal air or drainable collection.", "Gallbladder unremarkable."),
                   ("Terminal ileitis with mesenteric adenopathy and hepatosplenomegaly, compatible with enteric "
                    "fever; no perforation.",),
                   "Salmonella Typhi bacteremia, abdominal pain // perforation?"),
}

_FILL_EXTRA = {
    "geno": ("D8", "B3"), "clade": ("IIb", "II", "Ib"), "site2": ("genitals", "perianal area", "hands and face",
                                                               "trunk and genitals"),
    "gi": ("Shiga-like toxin-producing E. coli (STEC) stx1/stx2", "Salmonella",
           "Shigella/Enteroinvasive E. coli (EIEC)", "Campylobacter (C. jejuni/C. coli/C. upsaliensis)"),
    "organism": ("E. coli O157:H7", "Salmonella Enteritidis", "Shigella sonnei", "Campylobacter jejuni"),
    "stx": ("POSITIVE (stx2)", "negative", "negative", "negative"), "smear": ("rare schistocytes", "no schistocytes"),
    "pre": _PRE, "proph": _PROPH, "vax": _VAX, "expo": _EXPO, "acc": _ACC,
    "tob": _TOB, "etoh": _ETOH, "job": _JOBS, "ins": _INS, "imm": _IMM, "sexh": _SEXH,
}


_LINKED = ("gi", "organism", "stx")  # one organism per note


def _lc(x: str) -> str:
    """Lower-case the first letter of a diagnosis unless it starts an abbreviation (E. coli, HIV)."""
    return x[0].lower() + x[1:] if len(x) > 1 and x[1].islower() else x


def _ff(c: _Ctx, s: str) -> str:
    """Template fill including per-note choices from _FILL_EXTRA (fixed per note via c.hdr cache)."""

    def rep(m: re.Match) -> str:
        k = m.group(1)
        if k in _LINKED:
            if "choice:bug" not in c.hdr:
                c.hdr["choice:bug"] = [str(c.tr.randrange(len(_FILL_EXTRA["organism"])))]
            return _FILL_EXTRA[k][int(str(c.hdr["choice:bug"][0]))]
        if k in _FILL_EXTRA:
            key = "choice:" + k
            if key not in c.hdr:
                c.hdr[key] = [c.tr.choice(_FILL_EXTRA[k])]
            return str(c.hdr[key][0])
        return m.group(0)

    s = _TOK.sub(rep, s)
    s = _TOK.sub(rep, s)  # choices may contain {lot} etc.
    return c.f(s)


# --------------------------------------------------------------------------------------------------
# Planting events (one per residual identifier; some lines leak several fields)
# --------------------------------------------------------------------------------------------------

def _pick(c: _Ctx, variants: list[str]) -> str | None:
    free = [v for v in variants if v not in c.used]
    if not free:
        return None
    v = c.pr.choice(free)
    c.used.add(v)
    return v


def _city(c: _Ctx) -> str:
    return c.pr.choice(_CTRY[c.country][0])


def _us_town(c: _Ctx) -> tuple[str, str, str]:
    """The patient's US home town (one per note)."""
    if c.home is None:
        c.home = c.pr.choice(_US_TOWNS)
    return c.home


def _home_zip(c: _Ctx) -> str:
    """The patient's home ZIP (one per note, in the home town's range)."""
    if "home_zip" not in c.hdr:
        r = c.pr
        c.hdr["home_zip"] = [_us_town(c)[2] + _pat(r, "##") + (_pat(r, "-####") if r.random() < 0.2 else "")]
    return str(c.hdr["home_zip"][0])


def _rel(c: _Ctx) -> str:
    return c.pr.choice(("sister", "brother", "cousin", "wife", "husband", "son", "daughter", "uncle", "aunt",
                        "mother", "father", "roommate", "friend"))


def _ev_phone(c: _Ctx) -> bool:
    r = c.pr
    if c.kind == "radiology":
        v = _pick(c, ["r_callback", "r_wet"])
        if v == "r_callback":
            c.add("r_notif", "Referring clinician requests results be called to ", (_us_phone(r), "PHONE"), ".")
        elif v == "r_wet":
            c.add("r_ind", "wet read, please call ", (_us_phone(r), "PHONE"))
        return v is not None
    v = _pick(c, ["cell", "rel", "followup", "employer"] + ([] if c.ptype in _LOCAL else ["consulate"]))
    if v == "cell":
        c.add("social", "Best contact number: ", (_us_phone(r), "PHONE"), r.choice((" (cell)", " (mobile)", "")))
    elif v == "rel":
        abroad = r.random() < 0.7 and c.ptype not in _LOCAL
        ctry = c.country if abroad and r.random() < 0.8 else ("United Kingdom" if abroad else "")
        num = _intl_phone(r, ctry) if abroad else _us_phone(r)
        rel = _rel(c)
        where = f" in {ctry if ctry != 'United Kingdom' else 'the UK'}" if abroad else ""
        if r.random() < 0.5:
            c.add("social", f"Emergency contact: {rel}", where, ", ", (_name(r, "full"), "PERSON"), ", tel ",
                  (num, "PHONE"))
        else:
            c.add("social", f"Emergency contact is {c.f('{his}')} {rel}{where}, reachable at ", (num, "PHONE"), ".")
    elif v == "consulate":
        c.add("course", "A caseworker from the consulate of ", c.country, ", ", (_name(r, "full"), "PERSON"),
              ", is assisting with travel documents and can be reached on mobile ",
              (_intl_phone(r, c.country) if r.random() < 0.3 else _us_phone(r), "PHONE"), ".")
    elif v == "followup":
        c.add("followup", "The clinic nurse will call the patient at ", (_us_phone(r), "PHONE"),
              " to confirm the appointment.")
    elif v == "employer":
        c.add("ph", "Crew supervisor at the farm, reachable at ", (_us_phone(r), "PHONE"),
              ", was informed of work restrictions with the patient's permission.")
    return v is not None


def _ev_fax(c: _Ctx) -> bool:
    r = c.pr
    fx = _us_phone(r)
    if c.kind == "radiology":
        if _pick(c, ["r_fax"]) is None:
            return False
        c.add("r_end", "Report faxed to the referring clinic at ", (fx, "FAX"), " per request.")
        return True
    v = _pick(c, ["fu", "records", "tbclinic"])
    if v == "fu" and r.random() < 0.5:
        c.add("followup", "Travel and Tropical Medicine clinic - Phone: ___  Fax: ", (fx, "FAX"))
    elif v == "fu":
        c.add("followup", "Community health worker direct line ", (_us_phone(r), "PHONE"), ", fax ", (fx, "FAX"))
    elif v == "records":
        c.add("course", "Outside records were requested and arrived by fax from ", (fx, "FAX"), ".")
    elif v == "tbclinic":
        c.add("ph", "Referral form faxed to the TB clinic (fax ", (fx, "FAX"), ") on ",
              _fmt_sd(r, c.base + timedelta(days=r.randint(0, 3))), ".")
    return v is not None


def _ev_pager(c: _Ctx) -> bool:
    r = c.pr
    if c.kind == "radiology":
        if _pick(c, ["r_pager"]) is None:
            return False
        c.add("r_notif", "The covering ID fellow was paged at ", (_pager(r), "PAGER"), " with the findings.")
        return True
    v = _pick(c, ["idfellow", "team", "fu"])
    if v == "idfellow":
        c.add("course", "Please page the ID fellow (pager ", (_pager(r), "PAGER"), ") with culture results.")
    elif v == "team":
        c.add("instr", "Questions before your clinic visit can go to the inpatient team via the hospital operator, "
              "beeper ", (_pager(r), "PAGER"), ".")
    elif v == "fu":
        c.add("followup", "Infectious Disease fellow on call, pgr ", (_pager(r), "PAGER"))
    return v is not None


def _ev_email(c: _Ctx) -> bool:
    r = c.pr
    if c.kind == "radiology":
        if _pick(c, ["r_email"]) is None:
            return False
        c.add("r_end", "cc: ", (_email(r), "EMAIL"), " (referring NP)")
        return True
    v = _pick(c, ["pt", "advisor", "rel"])
    if v == "pt" and r.random() < 0.4:
        c.add("social", "Prefers communication by e-mail (", (_email(r), "EMAIL"), ") or text message to ",
              (_us_phone(r), "PHONE"), ".")
    elif v == "pt":
        c.add("social", "Prefers communication by e-mail: ", (_email(r), "EMAIL"))
    elif v == "advisor":
        nm = _name(r, "full")
        c.add("social", "International student advisor ", (nm, "PERSON"), " (", (_email(r, nm), "EMAIL"),
              ") is aware of the admission.")
    elif v == "rel":
        c.add("followup", "Patient asked that a copy of the instructions be sent to ", c.f("{his}"), " ", _rel(c),
              " at ", (_email(r), "EMAIL"), ".")
    return v is not None


def _ev_url(c: _Ctx) -> bool:
    r = c.pr
    nm = _name(r, "full")
    if c.kind == "radiology":
        if _pick(c, ["r_url"]) is None:
            return False
        c.add("r_comp", "Outside images reviewed through a patient-specific share link (",
              ("https://imgshare.lakeshore-rad.net/s/" + _pat(r, "%%%%%%%%%%").lower(), "URL"), ").")
        return True
    v = _pick(c, ["fund", "photos", "tele"])
    if v == "fund":
        slug = re.sub(r"[^a-z]", "", nm.split()[0].lower()) or "family"
        end = r.choice(("get-home", "medical-costs", "recover"))
        c.add("social", "Family has started an online fundraiser for repatriation costs (",
              (f"https://www.gofundme.com/f/help-{slug}-{end}", "URL"), ").")
    elif v == "photos":
        c.add("hpi", "Photos of the rash from day 1 were shared by the patient via ",
              (f"https://photos.app.goo.gl/{_pat(r, '%%%%%%%%%%%%')}", "URL"), ".")
    elif v == "tele":
        tok = _pat(r, "%%%%%%%%%%").lower()
        link = r.choice((f"https://telehealth.northgatecare.net/join/{tok}",
                         f"https://portal.riverbendhealth.org/visit/{tok}"))
        c.add("followup", "Personal video visit link: ", (link, "URL"))
    return v is not None


def _ev_ip(c: _Ctx) -> bool:
    r = c.pr
    if c.kind == "radiology":
        return False
    v = _pick(c, ["video", "portal"])
    if v == "video":
        c.add("hpi", "A telehealth visit on ", _fmt_sd(r, c.base - timedelta(days=r.randint(1, 5))),
              " was logged from the patient's home IP address ", (_ip(r), "IP_ADDRESS"), ".")
    elif v == "portal":
        c.add("social", "Patient portal activated; first login recorded from IP address ", (_ip(r), "IP_ADDRESS"), ".")
    return v is not None


def _ev_ssn(c: _Ctx) -> bool:
    r = c.pr
    if c.kind == "radiology":
        return False
    v = _pick(c, ["sw", "fc"])
    if v == "sw":
        c.add("course", "Social work assisted with the emergency Medicaid application (SSN ", (_ssn(r), "SSN"),
              " provided by patient).")
    elif v == "fc":
        c.add("social", r.choice(("SS#: ", "Social Security number: ", "SSN ")), (_ssn(r), "SSN"))
    return v is not None


def _ev_mrn(c: _Ctx) -> bool:
    r = c.pr
    if c.kind == "radiology":
        v = _pick(c, ["r_top", "r_outside"])
        if v == "r_top" and r.random() < 0.4 and "r_acct" not in c.used:
            c.used.add("r_acct")
            c.add("r_top", "MRN: ", (_mrn(r), "MRN"), "   Acct #: ", (_account(r), "ACCOUNT"))
        elif v == "r_top":
            c.add("r_top", "MRN: ", (_mrn(r), "MRN"))
        elif v == "r_outside":
            c.add("r_comp", "Outside CT on disc (outside MRN ", (_mrn(r), "MRN"), ") reviewed.")
        return v is not None
    v = _pick(c, ["unit", "outside", "fu"])
    if v == "unit":
        c.hdr["unit"] = [(_mrn(r), "MRN")]
    elif v == "outside":
        c.add("hpi", "Transfer records (their medical record number ", (_mrn(r), "MRN"), ") reviewed.")
    elif v == "fu":
        c.add("followup", "Bring this form to TB clinic; Med Rec #", (_mrn(r), "MRN"))
    return v is not None


def _ev_account(c: _Ctx) -> bool:
    r = c.pr
    if c.kind == "radiology":
        if _pick(c, ["r_acct"]) is None:
            return False
        c.add("r_top", "Acct #: ", (_account(r), "ACCOUNT"))
        return True
    v = _pick(c, ["fin", "billing"])
    if v == "fin":
        c.add("dispo", "Encounter/FIN: ", (_account(r), "ACCOUNT"))
    elif v == "billing":
        c.add("course", "Financial counseling met with the patient; hospital billing account ",
              (_account(r), "ACCOUNT"), " referred for free care screening.")
    return v is not None


def _ev_plan(c: _Ctx) -> bool:
    r = c.pr
    if c.kind == "radiology":
        if _pick(c, ["r_auth"]) is None:
            return False
        c.add("r_top", "Prior authorization obtained under member ID ", (_health_plan(r), "HEALTH_PLAN"))
        return True
    v = _pick(c, ["mh", "travel", "mbi", "student"])
    if v == "mh":
        c.add("social", "Insurance: MassHealth Standard, member ID ", (_pat(r, "1000########"), "HEALTH_PLAN"))
    elif v == "travel":
        c.add("course", "Travel medical insurance contacted for coverage; policy number ",
              (_pat(r, r.choice(("TRV-###-####-##", "@@@#########", "GT########"))), "HEALTH_PLAN"),
              ", group ", _pat(r, "00####"), ".")
    elif v == "mbi":
        c.add("social", "Medicare Beneficiary Identifier ", (_mbi(r), "HEALTH_PLAN"))
    elif v == "student":
        c.add("social", "Student health plan subscriber ID ", (_pat(r, r.choice(("W#########", "@@@#######"))),
                                                               "HEALTH_PLAN"), " (university group ",
              _pat(r, "######"), ")")
    return v is not None


def _ev_license(c: _Ctx) -> bool:
    r = c.pr
    if c.kind == "radiology":
        if _pick(c, ["r_npi"]) is None:
            return False
        c.add("r_top", "Ordering provider NPI: ", (_npi(r), "LICENSE"))
        return True
    v = _pick(c, ["prescriber", "driver", "nurse"])
    if v == "prescriber":
        cue, num = _license(r)
        if "driver" in cue or "CDL" in cue or "RN" in cue:
            cue, num = "DEA #", _dea(r)
        c.add("meds", f"Prescriber: Dr. ___  {cue} ", (num, "LICENSE"))
    elif v == "driver":
        if r.random() < 0.5:
            c.add("social", "Works as a long-haul truck driver (CDL #", (_pat(r, "D###-####-####"), "LICENSE"),
                  "); advised not to drive until cleared.")
        else:
            c.add("social", "Identity confirmed with driver's license ", (_pat(r, "S########"), "LICENSE"), ".")
    elif v == "nurse":
        c.add("ph", "Patient is a nurse (MA RN license ", (_pat(r, "RN22#####"), "LICENSE"),
              "); occupational health notified of possible patient exposures.")
    return v is not None


def _ev_zip(c: _Ctx) -> bool:
    if c.kind == "radiology":
        return False
    if _pick(c, ["zip"]) is None:
        return False
    z = _home_zip(c)
    c.add("ph", "Reported to the health department for the patient's home ZIP code ", (z, "ZIP"), ".")
    return True


def _ev_address(c: _Ctx) -> bool:
    r = c.pr
    if c.kind == "radiology":
        return False
    v = _pick(c, ["us", "temp"] + ([] if c.ptype in _LOCAL else ["foreign"]))
    if v in ("us", "temp"):
        if v == "us":
            (town, st, _), z = _us_town(c), _home_zip(c)
        else:
            town, st, zp = r.choice(_US_TOWNS)
            z = zp + _pat(r, "##") + (_pat(r, "-####") if r.random() < 0.2 else "")
        street = f"{r.randint(3, 2899)} {r.choice(_US_STREETS)} {r.choice(_US_SUFFIX)}"
        if r.random() < 0.45:
            street += r.choice((f" Apt {r.randint(1, 6)}{r.choice('ABCD')}", f" #{r.randint(1, 40)}",
                                f", Apt {r.randint(1, 30)}", f" Unit {r.randint(1, 4)}R"))
        parts: list[Part] = [(street, "STREET_ADDRESS")]
        if r.random() < 0.9:
            parts += [", ", (town, "LOCATION"), f", {st}"]
            if r.random() < 0.8:
                parts += [" ", (z, "ZIP")]
        cue = "Address: " if v == "us" else "Staying temporarily with relatives at "
        c.add("social", cue, *parts)
    elif v == "foreign":
        style = _CTRY[c.country][3]
        street = r.choice(_FOREIGN_STREET[style]).format(n=r.randint(2, 240))
        c.add("social", f"Permanent address in {c.country}: ", (street, "STREET_ADDRESS"), ", ", (_city(c), "LOCATION"))
    return v is not None


def _ev_date(c: _Ctx) -> bool:
    r = c.pr
    if c.kind == "radiology":
        v = _pick(c, ["r_comp", "r_dob"])
        if v == "r_comp":
            c.hdr["r_comp"] = ["Outside chest radiograph dated ", (_real_date(r, 2016, 2024), "DATE_REAL_YEAR"), "."]
        elif v == "r_dob":
            c.add("r_top", "DOB: ", (_real_date(r, 1932, 2004), "DATE_REAL_YEAR"))
        return v is not None
    v = _pick(c, ["dob", "adm", "arrival", "ppd", "mmr"])
    if v == "dob":
        c.hdr["dob"] = [(_real_date(r, 1932, 2005), "DATE_REAL_YEAR")]
    elif v == "adm":
        c.hdr["adm"] = [(_real_date(r, 2017, 2024), "DATE_REAL_YEAR")]
    elif v == "arrival":
        c.add("hpi", r.choice(("Arrived in the United States on ", "Entered the US on ", "Landed at the airport on ")),
              (_real_date(r, 2015, 2024), "DATE_REAL_YEAR"), ".")
    elif v == "ppd":
        c.add("pmh", "PPD placed at civil surgeon exam ", (_real_date(r, 2008, 2023), "DATE_REAL_YEAR"),
              f": {r.randint(11, 22)} mm induration")
    elif v == "mmr":
        c.add("pmh", "Single MMR dose documented ", (_real_date(r, 1970, 2019), "DATE_REAL_YEAR"), " (card from home)")
    return v is not None


def _ev_age(c: _Ctx) -> bool:
    r = c.pr
    v = _pick(c, ["intro", "contact"] if c.kind == "discharge" else ["intro"])
    if v == "intro":
        c.hdr["age"] = [(_old_age(r), "AGE_OVER_89")]
    elif v == "contact":
        rel = r.choice(("grandmother", "grandfather", "mother", "father", "great-aunt"))
        c.add("ph", f"Household contacts include {c.f('{his}')} {rel}, age ", (_old_age(r), "AGE_OVER_89"),
              ", who has had a chronic cough and was referred for evaluation.")
    return v is not None


def _ev_device(c: _Ctx) -> bool:
    r = c.pr
    kind, model = r.choice(_DEVICES)
    sn = _serial(r)
    if c.kind == "radiology":
        if _pick(c, ["r_dev"]) is None:
            return False
        kind, model = r.choice(_DEVICES[:3])
        c.add("r_find", f"Left chest wall {kind} with leads in the right atrium and right ventricle "
              f"(device card: {model}, serial ", (sn, "DEVICE_ID"), ").")
        return True
    if _pick(c, ["pmh"]) is None:
        return False
    c.add("pmh", f"{kind.capitalize()} ({model}; serial no. ", (sn, "DEVICE_ID"), ")")
    return True


def _ev_vehicle(c: _Ctx) -> bool:
    r = c.pr
    if c.kind == "radiology":
        return False
    v = _pick(c, ["car", "van", "truck"])
    if v == "car":
        c.add("social", f"Has been sleeping in {c.f('{his}')} car (", r.choice(("MA", "RI", "NH", "FL")), " plate ",
              (_plate(r), "VEHICLE_ID"), ") since losing housing.")
    elif v == "van":
        c.add("ph", "Workers were driven to the fields daily in a shared 15-passenger van (plate ",
              (_plate(r), "VEHICLE_ID"), "); all riders were listed as contacts.")
    elif v == "truck":
        c.add("ph", "Operates a food truck (VIN ", (_vin(r), "VEHICLE_ID"),
              ") at weekend events; the truck was taken out of service pending inspection.")
    return v is not None


def _ev_person(c: _Ctx) -> bool:
    r = c.pr
    if c.kind == "radiology":
        v = _pick(c, ["r_notif", "r_ref"] + ([] if c.ptype in _LOCAL else ["r_interp"]))
        if v == "r_notif":
            c.hdr["r_notif"] = ["The findings were discussed with Dr. ", (_name(r, "last"), "PERSON"), " by Dr. ",
                                (_name(r, r.choice(("full", "init"))), "PERSON"),
                                c.f(" on the telephone on {sd} at {time}, {n:5-40} minutes after discovery of "
                                    "the findings.")]
        elif v == "r_interp":
            c.add("r_tech", c.f("Exam performed with {lang} interpreter "), (_name(r, "full"), "PERSON"),
                  " present.")
        elif v == "r_ref":
            c.add("r_top", "Referring: ", (_name(r, r.choice(("full", "last_first"))), "PERSON"),
                  r.choice((", NP", ", MD", ", PA-C")))
        return v is not None
    local = c.ptype in _LOCAL
    v = _pick(c, ["name", "att", "rel", "contact", "consult", "fu"] + ([] if local else ["interp", "abroad"]))
    if v == "name":
        c.hdr["name"] = [(_name(r, "last_first"), "PERSON")]
    elif v == "att":
        c.hdr["att"] = [(_name(r, r.choice(("last_first", "full"))), "PERSON")]
    elif v == "interp":
        c.add("hpi", c.f("History obtained with the help of {lang} interpreter "), (_name(r, "full"), "PERSON"),
              r.choice((", in person.", ", by video.", ", by phone.")))
    elif v == "rel":
        c.add("social", f"Lives with {c.f('{his}')} {_rel(c)}, ", (_name(r, "full"), "PERSON"), ".")
    elif v == "contact":
        c.add("ph", f"{c.f('{His}')} {r.choice(('roommate', 'coworker', 'bunkmate', 'classmate'))} ",
              (_name(r, r.choice(("full", "first"))), "PERSON"),
              c.f(", who shares the same shift, developed fever on {sd} and was referred for evaluation."))
    elif v == "consult":
        c.add("course", "Case discussed with Dr. ", (_name(r, "last"), "PERSON"), " (Infectious Disease).")
    elif v == "fu":
        c.add("followup", "Follow up with Dr. ", (_name(r, r.choice(("init", "last", "full"))), "PERSON"),
              " in Travel and Tropical Medicine clinic in 1-2 weeks.")
    elif v == "abroad":
        c.add("hpi", "Records from the treating physician abroad, Dr. ", (_name(r, "full"), "PERSON"),
              ", were reviewed.")
    return v is not None


def _ev_location(c: _Ctx) -> bool:
    r = c.pr
    if c.kind == "radiology":
        v = _pick(c, ["r_from", "r_lived"])
        if v == "r_from":
            c.add("r_ind", "recently arrived from ", (_city(c), "LOCATION"), f", {c.country}")
        elif v == "r_lived":
            c.add("r_ind", "lived in ", (_city(c), "LOCATION"), " until this year")
        return v is not None
    v = _pick(c, ["stay", "lives", "itinerary", "wedding"] + ([] if c.ptype in _LOCAL else ["origin"]))
    if v == "stay":
        city = _city(c)
        others = [x for x in _CTRY[c.country][0] if x != city]
        if others and r.random() < 0.5:
            c.add("hpi", "Stayed mostly in ", (city, "LOCATION"), ", with a few days in a rural village outside ",
                  (r.choice(others), "LOCATION"), ".")
        else:
            c.add("hpi", "Stayed with family in ", (city, "LOCATION"), " for most of the trip.")
    elif v == "origin":
        c.add("social", "Originally from ", (_city(c), "LOCATION"), f", {c.country}.")
    elif v == "lives":
        town, st, _ = _us_town(c)
        c.add("social", "Lives in ", (town, "LOCATION"), r.choice((f", {st}", "")), " in a shared apartment.")
    elif v == "itinerary":
        t1, t2 = r.sample(_US_TOWNS, 2)
        c.add("ph", "This season worked near ", (t1[0], "LOCATION"), f", {t1[1]}, then near ", (t2[0], "LOCATION"),
              f", {t2[1]}.")
    elif v == "wedding":
        c.add("ph", "Attended a large wedding in ", (_city(c), "LOCATION"),
              c.f(" on {sd} during the incubation period."))
    return v is not None


def _ev_org(c: _Ctx) -> bool:
    r = c.pr
    if c.kind == "radiology":
        v = _pick(c, ["r_comp", "r_ind"])
        if v == "r_comp":
            c.add("r_comp", "Chest radiograph from ", (r.choice(_ORG_HOSP), "ORGANIZATION"), c.f(" dated {sd}."))
        elif v == "r_ind":
            c.add("r_ind", "transfer from ", (r.choice(_ORG_HOSP), "ORGANIZATION"))
        return v is not None
    v = _pick(c, ["work", "school", "tracing", "transfer", "dispo", "pharm"])
    if v == "work":
        c.add("social", f"Works as a {r.choice(_JOBS[:12])} at ", (r.choice(_ORG_WORK), "ORGANIZATION"), ".")
    elif v == "school":
        if r.random() < 0.5:
            c.add("social", "Student at ", (r.choice(_ORG_SCHOOL), "ORGANIZATION"), ", living in ",
                  (r.choice(_ORG_DORM), "ORGANIZATION"), ".")
        else:
            c.add("ph", "Attends ", (r.choice(_ORG_SCHOOL), "ORGANIZATION"),
                  "; the school nurse was notified of the exposure window.")
    elif v == "tracing":
        c.add("ph", "During the infectious period attended services at ", (r.choice(_ORG_CHURCH), "ORGANIZATION"),
              " and worked shifts at ", (r.choice(_ORG_FOOD), "ORGANIZATION"), ".")
    elif v == "transfer":
        c.add("hpi", "Transferred from ", (r.choice(_ORG_HOSP), "ORGANIZATION"), " for further management.")
    elif v == "dispo":
        c.hdr["facility"] = [(r.choice(_ORG_REHAB), "ORGANIZATION")]
    elif v == "pharm":
        c.add("followup", "Prescriptions sent to ", (r.choice(_ORG_PHARM), "ORGANIZATION"), ".")
    return v is not None


_EVENTS = {
    "PHONE": _ev_phone, "FAX": _ev_fax, "PAGER": _ev_pager, "EMAIL": _ev_email, "URL": _ev_url,
    "IP_ADDRESS": _ev_ip, "SSN": _ev_ssn, "MRN": _ev_mrn, "ACCOUNT": _ev_account, "HEALTH_PLAN": _ev_plan,
    "LICENSE": _ev_license, "ZIP": _ev_zip, "STREET_ADDRESS": _ev_address, "DATE_REAL_YEAR": _ev_date,
    "AGE_OVER_89": _ev_age, "DEVICE_ID": _ev_device, "VEHICLE_ID": _ev_vehicle, "PERSON": _ev_person,
    "LOCATION": _ev_location, "ORGANIZATION": _ev_org,
}
_W_DIS = {
    "PHONE": 0.7, "FAX": 0.7, "PAGER": 0.7, "EMAIL": 0.7, "URL": 0.8, "IP_ADDRESS": 3.4, "SSN": 3.0, "MRN": 0.7,
    "ACCOUNT": 0.7, "HEALTH_PLAN": 0.7, "LICENSE": 0.8, "ZIP": 1.1, "STREET_ADDRESS": 3.0, "DATE_REAL_YEAR": 1.5,
    "AGE_OVER_89": 0.8, "DEVICE_ID": 0.8, "VEHICLE_ID": 3.2, "PERSON": 1.5, "LOCATION": 0.6, "ORGANIZATION": 1.6,
}
_W_RAD = {
    "PHONE": 1.1, "FAX": 1.2, "PAGER": 1.2, "EMAIL": 1.2, "URL": 1.2, "MRN": 1.2, "ACCOUNT": 1.1,
    "HEALTH_PLAN": 1.1, "LICENSE": 1.2, "DATE_REAL_YEAR": 1.6, "AGE_OVER_89": 1.1, "DEVICE_ID": 1.2,
    "PERSON": 1.5, "LOCATION": 1.0, "ORGANIZATION": 1.6,
}


# First leaked identifier of a planted note: taken from these decks with a low-discrepancy index so that
# every category is planted a steady number of times per corpus; the others are drawn with the weights.
_DECK_DIS = (
    "PHONE", "FAX", "PAGER", "EMAIL", "URL", "IP_ADDRESS", "SSN", "MRN", "ACCOUNT", "HEALTH_PLAN", "LICENSE", "ZIP",
    "STREET_ADDRESS", "DATE_REAL_YEAR", "AGE_OVER_89", "DEVICE_ID", "VEHICLE_ID", "ORGANIZATION", "IP_ADDRESS",
    "SSN", "VEHICLE_ID", "STREET_ADDRESS", "ZIP",
)
_DECK_RAD = (
    "PHONE", "FAX", "PAGER", "EMAIL", "URL", "MRN", "ACCOUNT", "HEALTH_PLAN", "LICENSE", "DATE_REAL_YEAR",
    "AGE_OVER_89", "DEVICE_ID", "ORGANIZATION",
)


def _weyl(seed: int, i: int, alpha: float, salt: str) -> float:
    """Low-discrepancy number in [0, 1) for note i (a function of seed and i only)."""
    off = random.Random(f"holdout21|{seed}|{salt}").random()
    return (off + i * alpha) % 1.0


def _plan(c: _Ctx, n_events: int, first: str) -> None:
    weights = dict(_W_DIS if c.kind == "discharge" else _W_RAD)
    done = 0
    if _EVENTS[first](c):
        done += 1
    weights.pop(first, None)
    while done < n_events and weights:
        cats = list(weights)
        cat = c.pr.choices(cats, weights=[weights[k] for k in cats])[0]
        del weights[cat]
        if _EVENTS[cat](c):
            done += 1


# --------------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------------

def _mix(c: _Ctx, base: list[Sent], extra: list[Sent], keep_first: bool = True) -> list[Sent]:
    out = list(base)
    for s in extra:
        lo = 1 if keep_first and out else 0
        out.insert(c.tr.randint(lo, len(out)), s)
    return out


def _join(sents: list[Sent], sep: str) -> list[Part]:
    out: list[Part] = []
    for k, s in enumerate(sents):
        if k:
            out.append(sep)
        out.extend(s)
    return out


def _sample(c: _Ctx, pool: tuple[str, ...], k: int, ordered: bool = True) -> list[str]:
    k = max(0, min(k, len(pool)))
    idx = sorted(c.tr.sample(range(len(pool)), k)) if ordered else c.tr.sample(range(len(pool)), k)
    return [pool[j] for j in idx]


def _age_parts(c: _Ctx, style: str | None = None) -> list[Part]:
    r = c.tr
    noun = c.f("{man}")
    if "age" in c.hdr:
        v = c.hdr["age"]
        return list(v) + [r.choice((f" year old {noun}", f"-year-old {noun}", f" y/o {noun}"))]
    if c.heavy or r.random() < 0.4:
        return [f"___ year old {noun}"]
    a = str(c.age)
    return [r.choice((f"{a} year old {noun}", f"{a}-year-old {noun}", f"{a} y/o {c.f('{MF}')}", f"{a}{c.f('{MF}')}"))]


def _discharge(c: _Ctx, verb: int) -> list[Part]:
    s, r, S = c.slots, c.tr, _S[c.scen]
    out: list[Part] = []
    e = out.extend
    hd = c.hdr
    name = hd.get("name", ["___"])
    unit = hd.get("unit", ["___"])
    adm = hd.get("adm", ["___"])
    dob = hd.get("dob", ["___"])
    e([" \nName:  ", *name, "                  Unit No:   ", *unit, "\n \nAdmission Date:  ", *adm,
       "              Discharge Date:   ___\n \nDate of Birth:  ", *dob, "             Sex:   ", c.f("{MF}"),
       "\n \nService: ", S["service"], "\n \nAllergies: \n",
       r.choice(("Patient recorded as having No Known Allergies to Drugs", "Penicillins", "Sulfa (Sulfonamide "
                 "Antibiotics)", "shellfish", "Codeine / Chloroquine")),
       "\n \nAttending: ", *hd.get("att", ["___"]), ".\n \n"])
    e(["Chief Complaint:\n", _ff(c, r.choice(S["cc"])), "\n \nMajor Surgical or Invasive Procedure:\n",
       r.choice(S["proc"]), "\n \n \nHistory of Present Illness:\n"])
    # HPI
    intro: Sent = [*_age_parts(c), " who ", c.f(_INTRO[c.ptype])]
    if c.heavy:
        intro = [f"___ year old {c.f('{man}')} who ", c.f(_INTRO[c.ptype]).replace(c.country, "___")]
    body = [[_ff(c, x)] for x in _sample(c, S["hpi"], 3 + verb)]
    mpool = _MASKED_HPI[1:] if c.ptype in _LOCAL else _MASKED_HPI
    for x in _sample(c, mpool, r.randint(0, 2 if c.heavy else 1)):
        body.insert(r.randint(0, len(body)), [_ff(c, x)])
    hpi = [intro, *_mix(c, body, s.get("hpi", []), keep_first=False)]
    if verb >= 1:
        hpi.append([_ff(c, S["ed"])])
    e(_join(hpi, " "))
    e(["\n"])
    # Travel history block
    if verb >= 1 or "travel" in s or r.random() < 0.5:
        pool = _ROUTE_LINES if c.ptype == "migrant" else _TRAVEL_LINES
        tl = [[_ff(c, x)] for x in _sample(c, pool, 2 + verb)]
        e(["\nTravel history:\n", *_join(_mix(c, tl, s.get("travel", []), False), "\n"), "\n"])
    # PMH
    pmh_pool = tuple(_GEN_PMH) + _EPONYM_PMH + (_EPONYM_PMH_OLD if c.age > 60 else ())
    pmh = [[_ff(c, "- " + x)] for x in _sample(c, pmh_pool, r.randint(1, 2 + verb), ordered=False)]
    pmh = _mix(c, pmh, [["- ", *x] for x in s.get("pmh", [])], False)
    e(["\n \nPast Medical History:\n", *_join(pmh, "\n"), "\n \nSocial History:\n"])
    # Social
    if c.heavy:
        soc = [["___"], *[[_ff(c, x)] for x in _sample(c, _MASKED_SOCIAL, 3)]]
    else:
        pool = _SOCIAL_LINES_US if c.ptype in _LOCAL else _SOCIAL_LINES
        soc = [[_ff(c, x)] for x in _sample(c, pool, 3 + verb)]
        if r.random() < 0.5:
            soc.insert(0, ["___"])
        if r.random() < 0.5:
            soc.append([_ff(c, r.choice(_MASKED_SOCIAL))])
    e(_join(_mix(c, soc, s.get("social", []), False), "\n"))
    e(["\n \nFamily History:\n", _ff(c, r.choice(_FAMILY)), "\n \nPhysical Exam:\nADMISSION EXAM:\n",
       c.f("VS: T {x:98.1-103.9} HR {n:72-128} BP {bp} RR {n:14-26} O2 sat {n:91-100}% RA"), "\n"])
    e(["\n".join(_ff(c, x) for x in _sample(c, S["exam"], 2 + 2 * verb)), "\n"])
    if verb >= 2:
        e(["\nDISCHARGE EXAM:\n", c.f("VS: T {x:97.6-99.4} HR {n:60-96} BP {bp} RR {n:14-18} {n:95-100}% RA"),
           "\nGEN: well-appearing, NAD\n"])
    # Results
    e(["\n \nPertinent Results:\nADMISSION LABS:\n"])
    e(["\n".join(_ff(c, x) for x in _sample(c, S["labs"], 2 + verb)), "\n\nMICROBIOLOGY:\n"])
    res = [[_ff(c, x)] for x in _sample(c, S["micro"], 2 + verb)]
    e(_join(_mix(c, res, s.get("results", []), False), "\n"))
    e(["\n\nIMAGING:\n", "\n".join(_ff(c, x) for x in S["imaging"]), "\n"])
    # Course
    e(["\n \nBrief Hospital Course:\n"])
    course_intro = [*_age_parts(c), c.f(" with recent travel to {country} admitted with ") if not c.heavy else
                    " with recent travel admitted with ", _lc(_ff(c, S["dx"][0])), "."]
    course = [[_ff(c, x)] for x in _sample(c, S["course"], 2 + verb)]
    course = _mix(c, course, s.get("course", []), False)
    e([*course_intro, "\n\n", *_join(course, "\n\n")])
    # Public health / contact investigation
    if "ph" in s or (verb >= 2 and r.random() < 0.5):
        ph_base = [[c.f("Index case interviewed on {sd} with the local board of health.")],
                   [c.f("{n:3-25} contacts identified; IGRA/symptom screening arranged.")]]
        e(["\n\nPUBLIC HEALTH / CONTACT INVESTIGATION:\n", *_join(_mix(c, ph_base, s.get("ph", [])), "\n")])
    e(["\n \nMedications on Admission:\n", r.choice(S["meds_adm"]), "\n \nDischarge Medications:\n"])
    meds = [f"{k + 1}. {_ff(c, m)}" for k, m in enumerate(S["meds_dc"])]
    e(["\n".join(meds)])
    for x in s.get("meds", []):
        e(["\n", *x])
    e(["\n \nDischarge Disposition:\n"])
    if "facility" in hd:
        e(["Extended Care\n \nFacility:\n", *hd["facility"]])
    else:
        e([r.choice(("Home", "Home With Service\n \nFacility:\n___", "Home"))])
    for x in s.get("dispo", []):
        e(["\n", *x])
    e(["\n \nDischarge Diagnosis:\nPrimary: ", _ff(c, S["dx"][0]), "\nSecondary:\n",
       "\n".join(_ff(c, x) for x in S["dx"][1:]), "\n \nDischarge Condition:\n", r.choice(_DC_CONDITION),
       "\n \nDischarge Instructions:\nDear ___,\n\n"])
    ins = [[_ff(c, x)] for x in S["instr"][: 1 + verb]]
    e(_join(_mix(c, ins, s.get("instr", [])), " "))
    e(["\n\nWe wish you a speedy recovery.\n\nSincerely,\nYour ___ Team\n \nFollowup Instructions:\n___"])
    for x in s.get("followup", []):
        e(["\n", *x])
    e(["\n"])
    return out


_RAD_EXTRA = {
    "cxr": ("No lines or tubes are seen.", "The osseous structures are intact.", "No subdiaphragmatic free air.",
            "Upper abdomen is unremarkable.", "The trachea is midline.", "No pulmonary vascular congestion.",
            "Costophrenic angles are sharp.", "Soft tissues are unremarkable."),
    "ctc": ("Thyroid is unremarkable.", "No axillary lymphadenopathy.", "Airways are patent to the segmental level.",
            "Esophagus is unremarkable.", "Heart size is normal; no coronary calcification.",
            "No suspicious osseous lesion.", "Great vessels are normal in caliber."),
    "us": ("The right kidney measures {x:9.8-11.9} cm and the left kidney {x:10.0-12.2} cm without hydronephrosis.",
           "The aorta and IVC are unremarkable where visualized.", "No ascites in the four quadrants.",
           "Hepatic veins and main portal vein are patent with normal waveforms.",
           "The pancreas is partially obscured by overlying bowel gas."),
    "cta": ("Lung bases are clear.", "Adrenal glands are normal.", "No retroperitoneal lymphadenopathy.",
            "Bones: no aggressive osseous lesion.", "Abdominal wall is unremarkable.",
            "The abdominal aorta is normal in caliber.", "Urinary bladder is unremarkable."),
}
_RAD_REC = {
    "tb": ("Recommend airborne isolation and three sputum samples for AFB smear, culture and NAAT per hospital TB "
           "policy.", "Findings should be reported to the state TB program if confirmed."),
    "malaria": ("Follow-up imaging as clinically indicated; avoid contact sports while splenomegaly persists.",),
    "dengue": ("Correlate with serial hematocrit and platelet counts.",),
    "measles": ("Patient imaged in airborne isolation; portable equipment cleaned per Infection Control.",),
    "mpox": ("No drainable collection; clinical follow-up.",),
    "foodborne": ("If worsening, repeat CT to evaluate for perforation or toxic megacolon.",),
    "liver_abscess": ("Amenable to percutaneous ultrasound-guided aspiration; IR consult placed.",
                      "Follow-up ultrasound in 2-4 weeks to document resolution."),
    "typhoid": ("Short-interval follow-up imaging if clinical concern for perforation.",),
}


def _radiology(c: _Ctx, verb: int) -> list[Part]:
    s, r, S = c.slots, c.tr, _S[c.scen]
    key = r.choice(S["rad"])
    title, tech, finds, imp, ind = _RAD[key]
    mod = "cxr" if key.startswith("cxr") else "ctc" if key in ("ct_tb",) else "us" if key.startswith("us") else "cta"
    out: list[Part] = []
    e = out.extend
    for x in s.get("r_top", []):
        e([*x, "\n"])
    if "r_top" in s:
        e(["\n"])
    if c.heavy:
        e(["Referring: ___, ___\n\n"])
    e([f"EXAMINATION:  {title}\n\nINDICATION:  ", *_age_parts(c), " with "])
    ctx = c.f("recent travel to {country}, ") if not c.heavy else "recent travel to ___, "
    e([ctx, ind])
    for x in s.get("r_ind", []):
        e(["; ", *x])
    if verb >= 1:
        hist = [_ff(c, x) for x in _sample(c, S["hpi"], 1 + verb)]
        e(["\n\nCLINICAL INFORMATION:  ", " ".join(hist)])
    e(["\n\nTECHNIQUE:  ", tech])
    for x in s.get("r_tech", []):
        e([" ", *x])
    if title.startswith("CT"):
        sc, ver = r.choice(_SCANNERS)
        e([f"\nImages acquired on a {sc} (software {ver})." if verb >= 1 or r.random() < 0.5 else ""])
        e([c.f("\n\nDOSE:  Acquisition sequence:\n   1) Spiral Acquisition {x:3.0-9.5} s, {x:30.0-52.0} cm; "
               "CTDIvol = {x:4.0-14.0} mGy (Body) DLP = {x:180.0-640.0} mGy-cm.\n Total DLP (Body) = {n:180-640} "
               "mGy-cm.")])
    elif title.startswith("US"):
        sc, ver = r.choice(_US_MACHINES)
        if verb >= 1 or r.random() < 0.5:
            e([f" Performed on a {sc} (software {ver})."])
    e(["\n\nCOMPARISON:  "])
    if "r_comp" in c.hdr:
        e(c.hdr["r_comp"])
    elif "r_comp" in s:
        e([r.choice(("Outside study.", "No prior imaging at this institution."))])
    else:
        e([r.choice(("None.", "___.", c.f("Chest radiograph from {sd}."), "Outside study, report not available."))])
    for x in s.get("r_comp", []):
        e([" ", *x])
    e(["\n\nFINDINGS: \n\n"])
    fs = [[_ff(c, x)] for x in _sample(c, finds, min(len(finds), 4 + verb))]
    fs += [[_ff(c, x)] for x in _sample(c, _RAD_EXTRA[mod], 1 + 2 * verb)]
    fs = _mix(c, fs, s.get("r_find", []), False)
    e(_join(fs, r.choice((" ", "\n")) if verb else " "))
    if (verb >= 2 or r.random() < 0.3) and mod == "cxr":
        e([c.f("\n\nPortable exam in negative-pressure room {room}, bed {n:1-2}; patient imaged upright.")])
    e(["\n\nIMPRESSION: \n\n"])
    e(["\n".join(f"{k + 1}. {_ff(c, x)}" if len(imp) > 1 else _ff(c, x) for k, x in enumerate(imp))])
    if verb >= 1:
        e(["\n\nRECOMMENDATION(S):  ", " ".join(_RAD_REC[c.scen][: verb])])
    if "r_notif" in c.hdr or "r_notif" in s or verb >= 2 or c.heavy:
        e(["\n\nNOTIFICATION:  "])
        if "r_notif" in c.hdr:
            e(c.hdr["r_notif"])
        else:
            e([c.f("The findings were discussed with ___, M.D. by ___, M.D. on the telephone on ___ at {time}, "
                   "{n:5-40} minutes after discovery of the findings.")])
        for x in s.get("r_notif", []):
            e([" ", *x])
    for x in s.get("r_end", []):
        e(["\n\n", *x])
    e(["\n"])
    return out


def _assemble(parts: list[Part]) -> tuple[str, list[tuple[int, int, str]]]:
    buf: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    for p in parts:
        if isinstance(p, tuple):
            v, cat = p
            spans.append((pos, pos + len(v), cat))
            buf.append(v)
            pos += len(v)
        else:
            buf.append(p)
            pos += len(p)
    return "".join(buf), spans


_EVENT_COUNTS = (1, 2, 3, 4)
_EVENT_WEIGHTS = (0.05, 0.17, 0.33, 0.45)


def holdout21_note(seed: int, i: int) -> LabelledNote:
    """Note ``i`` of corpus 21 for ``seed`` (deterministic, independent of the other notes)."""
    base = f"holdout21|{seed}|{i}"
    meta = random.Random(base + "|meta")
    kind = "discharge" if _weyl(seed, i, 2 ** 0.5, "kind") < 0.5 else "radiology"
    u = _weyl(seed, i, (5 ** 0.5 - 1) / 2, "plant")
    deck = _DECK_DIS if kind == "discharge" else _DECK_RAD
    first = deck[int(_weyl(seed, i, 3 ** 0.5, "deck") * len(deck))]
    heavy = u < 0.05
    planted = not heavy and u < 0.05 + 0.59
    scen = meta.choice(_SCEN_KEYS)
    country = meta.choice(_S[scen]["countries"])
    sex = "M" if meta.random() < 0.55 else "F"
    ptype = meta.choice(_PTYPES)
    age = meta.randint(19, 84) if ptype != "student" else meta.randint(20, 36)
    n_events = meta.choices(_EVENT_COUNTS, weights=_EVENT_WEIGHTS)[0]
    day0 = date(meta.randint(2110, 2190), meta.randint(1, 12), meta.randint(1, 28))
    levels = (3, 2, 1, 0) if kind == "discharge" else (0, 1, 2, 3)
    text, spans = "", []
    for verb in levels:
        c = _Ctx(pr=random.Random(base + "|plan"), tr=random.Random(f"{base}|text|{verb}"), kind=kind, scen=scen,
                 sex=sex, age=age, country=country, ptype=ptype, heavy=heavy, base=day0)
        if planted:
            _plan(c, n_events, first)
        builder = _discharge if kind == "discharge" else _radiology
        text, spans = _assemble(builder(c, verb))
        if (kind == "discharge" and len(text) <= 5900) or (kind == "radiology" and len(text) >= 1050):
            break
    return LabelledNote(note_type=kind, text=text, spans=spans)


def holdout21_corpus(seed: int, n: int) -> list[LabelledNote]:
    """The first ``n`` notes of corpus 21 for ``seed``."""
    return [holdout21_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = measure(
        holdout21_corpus, argv,
        "Held-out corpus 21 (blind): travel medicine, infectious disease and public health notes "
        "(malaria, TB, dengue, measles, mpox, foodborne outbreaks, liver abscess, typhoid).")
    report("holdout21", args, notes, hits, res)


if __name__ == "__main__":
    main()
