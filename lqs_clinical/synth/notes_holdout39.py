"""Held-out corpus 39: inpatient psychiatry, addiction medicine and consultation-liaison psychiatry.

Document kinds (discharge-type): psychiatric admission evaluations, psychiatric discharge summaries,
involuntary-hold / commitment petitions with court paperwork, ECT treatment records (session tables),
medication-for-opioid-use-disorder clinic notes, alcohol/benzodiazepine detox flow notes, PDMP and
urine-toxicology reviews, consult-liaison notes from medical floors, neuropsychological testing reports,
safety plans, group-therapy / milieu notes and peer-recovery / housing referrals.  Radiology-type: head CT,
brain MRI, EEG reports, DaT / FDG nuclear-medicine scans and imaging addenda for first-episode psychosis.
Layouts mix narrative prose, section headers, ``|`` tables and aligned columns, ``Label: value`` forms,
pasted lists, signatures, addenda, machine-generated headers, copy-forwarded text and abbreviations.

Masking follows MIMIC-IV-Note: most identifiers are ``___``; dates that survive are shifted into 2100-2200
and are never labelled.  About 57% of notes carry 1-4 planted identifiers that "escaped" masking; about 5%
are "heavy" notes (many ``___``, no plants).  The category of the g-th plant of a corpus follows a Weyl
sequence over g (as do the heavy / planted / radiology decisions over the note index), so per-category
counts are stable across seeds.

Labelling conventions: only the exact value is labelled; cue words ("Dr.", "MRN:", "pager", "Fax", "SN",
"plate", "Acct", "DEA#") and credentials ("MD", "RN", "NP") stay outside the span.  PERSON is one span per
name; LOCATION is a place below state level (town, county, neighbourhood); a street line is STREET_ADDRESS
and a ZIP is its own span; states and countries are never labelled.  ORGANIZATION is a named hospital,
clinic, programme, school, employer or agency, never a generic department.  DATE_REAL_YEAR is a whole date
with a 1900-2030 year (bare years are not labelled); AGE_OVER_89 labels the digits of ages >= 90.  For a
GS1 UDI only the (21) serial is DEVICE_ID; lot, GTIN, REF, model and expiry are not identifiers, and an
expiry date is never labelled (a death date is).  Non-PHI look-alikes (eponyms, drug and device brands,
lot numbers, NDCs, REF/model numbers, expiry and shifted dates, bare years, ages under 90, scores, doses,
software versions, public hotlines and public-body websites, generic departments, states and countries)
are returned by :func:`_build` and never labelled.

Written blind: the only project files read were lqs_clinical/synth/holdout_measure.py, the first 45 lines
of lqs_clinical/synth/notes.py, pyproject.toml, /work/shared/reference/*.md and the masked note-shaped
samples under /work/shared/data/ (with SOURCES.md).  No detector code, pattern or allow list, other corpus,
test, benchmark, README or git history was read, and the detector was never run while writing this.
"""

from __future__ import annotations

import math
import random

from lqs_clinical.synth.holdout_measure import measure, report
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

# --------------------------------------------------------------------------------------------------
# Pools (invented, diverse origins)
# --------------------------------------------------------------------------------------------------

_FIRST = """
Adaeze Abdirahman Adriana Ahmad Aiko Alejandro Aleksandra Alinta Amara Amir Anahit Anders Angelica
Anouk Arjun Asha Astrid Babajide Barbara Beatriz Benedikt Bilal Bongani Brigid Camila Caoimhe Carmela
Cedric Chiamaka Chidi Chloe Ciaran Cosmin Dagny Dalia Damian Darnell Deandra Dmitri Dolores Donovan
Dung Eamon Efua Eilidh Elif Emeka Emilio Esperanza Eun-ji Fatima Fenna Fernando Florin Folasade
Gabriela Gaspard Gintaras Giselle Gwendolyn Habib Hamza Hana Haruto Hedda Hyun-woo Idris Ifeoma Ines
Ingrid Isidro Jacinta Jae-won Jamal Janelle Jaroslav Jasmin Javier Jean-Baptiste Jelena Jin Joaquim
Jolanta Jorge Jovana Kalani Kamala Karim Katarzyna Kenji Keziah Khadija Kiran Kwame Laila Lamar Laszlo
Leilani Lorcan Luciana Lucius Magdalena Mahmoud Malia Manon Marguerite Marisol Mateus Matteo Mei-Ling
Mercy Mikael Milagros Minh Mirela Moana Mohammed Nadia Naledi Natasha Nikolai Niamh Nnamdi Noor Obinna
Odalys Oksana Olamide Oluwaseun Omar Orla Oscar Padraig Paloma Parisa Pedro Priya Quang Quentin Rafael
Rahel Rashida Reinhardt Renata Rhiannon Rodrigo Roisin Rosalind Ruslan Sadia Salome Santiago Saoirse
Seo-yeon Shirin Sibusiso Sigrid Siobhan Soraya Stanislav Sunita Svetlana Tadeo Takoda Tamsin Tariq
Teodora Thandiwe Thierry Tomasz Trinh Ulrich Uzma Valentina Vasil Vikram Wanjiru Wendell Wojciech
Ximena Yaw Yesenia Yolanda Yusuf Zainab Zeynep Zoltan Zuri Marcus Deirdre Tobias Ruth Curtis Loretta
Wesley Harriet Raymond Bernadette Clifford Imogen Everett Mabel Dashiell Rosemary Terrence Gloria
""".split()

_LAST = """
Abernathy Achebe Adeyemi Agbaje Ahlberg Akhtar Alcantara Almeida Alvarado Amundsen Andrade Arslan
Asante Baptiste Barzani Bautista Belanger Benavides Bergstrom Bhattacharya Blackwood Bogdan Bouchard
Brennan Cabral Calloway Carrasco Castellanos Chakraborty Chaudhry Cieslak Coelho Costache Cruz-Mendez
Dabrowski Dalgaard Delacroix Desrosiers Dimitrov Dlamini Dominguez Dorsey Duarte Dubrovsky Eberhardt
Ekwueme Eriksen Esposito Fairweather Farouk Ferreira Figueroa Fitzgerald Fonseca Fujimoto Gallardo
Gathoni Gensler Ghosh Giordano Gonsalves Gruber Guerrero Haddad Halvorsen Hargreave Hashemi Herrera
Holloway Horvath Huang Ibekwe Iglesias Ilunga Ivanova Jablonski Jaramillo Jovanovic Kahananui Kamau
Kaminski Karimi Kasprzak Kealoha Kennelly Khumalo Kim-Lee Kowalczyk Kristiansen Kuznetsov Lachance
Lamontagne Larkspur Lindqvist Lomeli Lukaszewicz Mabuza Machado Magnusson Mahlangu Maldonado Marchetti
Mbeki Medeiros Mendelsohn Moreau-Vidal Morrissey Mukherjee Murtagh Nakamura Navarro Ndlovu Nieminen
Novak Nwosu Oduya Ogunleye Okafor Okonkwo Olsen-Berg Omondi Ortega Ostrowski Pacheco Pajari Papadakis
Pereira Petrosyan Pham Pienaar Quaresma Quintero Rahimi Ramaswamy Rasmussen Reyes-Ocampo Rinaldi
Rojas Romanova Rosenthal Saavedra Sadowski Salgado Santangelo Sarpong Schreiber Sekibo Shevchenko
Silveira Skarsgard Sokolov Solberg Souza Stavros Suarez Szabo Takahashi Tamayo Tembo Teixeira Thorsen
Toledo Tran Trujillo Uchenna Urquhart Valderrama Vasquez Velasco Vinterberg Vuong Wachowski Waweru
Whitcombe Wieczorek Xiong Yamamoto Yeboah Yilmaz Zamora Zapata Zielinski Zubiri Quackenbush Pennington
Thistlewood Ashcombe Merriweather Fenwick Goldfarb Hendricks Lockridge Mayhew Prendergast Sedgwick
Abiodun Bergqvist Chanthavong Demirci Eskandari Fofana Grzybowski Hakimi Ishikawa Jankowska Kipkemboi
Lindgren Mwangi Nazarian Onyango Pirozzi Quisumbing Rautio Sandoval Tshabalala Uwimana Voskuijlen
""".split()

_APOS = ["O'Donnell", "D'Souza", "O'Rourke", "D'Amato", "N'Diaye", "O'Halloran", "Dell'Orto", "M'Bala", "O'Keeffe",
         "D'Angelo", "Ni'Mat", "L'Esperance"]

_MULTI = ["Nguyen Thi Lan", "Tran Van Duc", "Jose Luis Ortega Ruiz", "Maria del Carmen Ibarra", "Le Hoang Nam",
          "Ana Paula dos Santos", "Mohammed Al-Harbi", "Fatou Binta Diallo", "Pham Minh Chau", "Juan Pablo Restrepo",
          "Siti Nurhaliza Rahman", "Oyelaran Adebayo-Smith", "Kim Soo-ah", "Park Ji-hoon", "Abdi Yusuf Warsame",
          "Hoang Thi Mai"]

_TOWN_A = """Ash Birch Cold Elm Fern Glen Hollis Iron Juniper Kettle Lark Mill North Oak Pine Quarry Raven
Stone Thorn Willow Amber Briar Cedar Dover Eagle Fallow Granite Heron Ivy Kings Linden Maple Marsh
Otter Pelham Rook Sable Tamar Vale Wren Yarrow Copper Hazel Lantern Mossy Bramble Clover Saltmarsh""".split()
_TOWN_B = """bury field brook ton ford stead wick dale haven mouth worth ridge wood port hollow vale
cliff moor crest""".split()
_TOWN_FMT = ["{t}", "{t}", "{t}", "East {t}", "West {t}", "North {t}", "South {t}", "{t} Falls", "{t} Heights",
             "{t} Junction", "{t} County", "Lower {t}", "{t} Center", "Port {t}", "{t} Mills", "{t} Village"]

_ORG_ROOT = (
    _TOWN_A
    + """Brightwater Meridian Harborlight Kestrel Bluestem Wellspring Riverbend Fairhaven
Greystone Larkhill Summitview Lighthouse Northgate Stillwater Evergreen Tidewater Cornerstone Pathway
Clearview Hopewell Seabrook Oakmont Bayside Crossroads Lakeshore Ridgeline""".split()
)
_ORG_FMT = ["{r} Recovery Center", "{r} Behavioral Health", "{r} Hospital", "{r} Medical Center",
            "{r} Counseling Associates", "{r} Sober Living", "{r} Community Health Center", "{r} Treatment Services",
            "{r} Psychiatric Hospital", "St. {s} Hospital", "{r} Family Practice", "{r} Nursing and Rehabilitation",
            "{r} Regional High School", "{r} Housing Authority", "{r} Freight Co.", "{r} Opioid Treatment Program",
            "{r} House", "{r} Clubhouse", "{r} Mental Health Associates", "{r} Detox Unit at {r2} Hospital",
            "{r} Middle School", "{r} Staffing LLC", "{r} Construction", "{r} Youth Services", "{r} Psychiatry PC"]
_SAINTS = """Aldric Brendan Columba Cuthbert Dymphna Elian Finnian Gerard Hilda Isidore Jude Kilian Lucian
Margaret Ninian Oswin Perpetua Quentin Raphael Scholastica Teresa Ursula Vincent Wilfrid""".split()

_STREET_N = """Wendover Quarry Hill Tremont Harrow Lantern Sycamore Bellweather Cobble Fenton Gideon Hawthorne
Ingram Jasper Kimball Lockwood Mercer Nantasket Orchard Pleasant Quimby Ridgeway Saltonstall Thatcher
Upland Varnum Whitcomb Yardley Zephyr Acorn Beacon Chestnut Dorchester Everett Fulton Granby Hancock
Kittredge Ledyard Mystic Norwood Prospect Rutledge Spruce Trowbridge""".split()
_STREET_T = ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Ln", "Lane", "Dr", "Drive", "Ct", "Pl", "Terrace", "Way",
             "Blvd", "Pkwy", "Circle"]
_STATES = ["Massachusetts", "New Hampshire", "Rhode Island", "Maine", "Vermont", "Connecticut", "New York",
           "Pennsylvania", "Florida", "Ohio", "Texas", "Oregon"]
_COUNTRIES = ["Guatemala", "Ukraine", "Haiti", "Cape Verde", "Somalia", "Vietnam", "Brazil", "Poland", "Nigeria",
              "Dominican Republic", "Ireland", "Ghana"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
           "December"]
_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "protonmail.com", "icloud.com", "aol.com", "comcast.net",
            "verizon.net", "hotmail.com"]

EPONYMS_AND_BRANDS = ("Wernicke", "Korsakoff", "Lewy body", "Parkinson", "Huntington", "Babinski", "Romberg",
                      "Folstein", "Wechsler", "Stroop", "Rey-Osterrieth", "Wisconsin Card Sorting",
                      "Boston Naming Test", "Trail Making", "Beck Depression Inventory",
                      "Columbia Suicide Severity Rating Scale", "Glasgow Coma Scale", "Tarasoff", "Foley", "Doppler",
                      "Graves", "Creutzfeldt-Jakob", "Marchiafava-Bignami", "Alzheimer", "Hachinski", "Virchow-Robin",
                      "Fazekas", "Sylvian", "Papez", "Brodmann", "Clinical Institute Withdrawal Assessment",
                      "Clinical Opiate Withdrawal Scale", "Young Mania Rating Scale", "Montreal Cognitive Assessment",
                      "Suboxone", "Sublocade", "Brixadi", "Vivitrol", "Narcan", "Zyprexa Relprevv", "Invega Sustenna",
                      "Abilify Maintena", "Haldol Decanoate", "Clozaril", "Ativan", "Librium", "Depakote", "Lithobid",
                      "Seroquel", "Thymatron System IV", "MECTA spECTrum 5000Q", "Brevital", "Anectine", "DaTscan",
                      "Siemens Biograph", "GE Discovery", "Nihon Kohden", "Natus", "Persyst", "NeuroQuant",
                      "FreeSurfer", "Epic", "Omnicell", "Pyxis", "Dexcom", "BD Vacutainer", "Medtronic", "LivaNova",
                      "Stanley-Brown", "Rogers", "MEDRAD Stellant", "Gadavist", "Dotarem", "Omnipaque", "Hashimoto")

# --------------------------------------------------------------------------------------------------
# Values per category
# --------------------------------------------------------------------------------------------------


def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _up(r: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def _phone(r: random.Random) -> str:
    a, b, c = str(r.randint(201, 979)), str(r.randint(212, 979)), _d(r, 4)
    return r.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"+1 {a} {b} {c}", f"({a}){b}-{c}",
                     f"1-{a}-{b}-{c}", f"{a}-{b}-{c} ext. {r.randint(10, 999)}", f"{a} {b} {c}",
                     f"({a}) {b}-{c} x{r.randint(100, 9999)}", f"{a}/{b}-{c}", f"+1-{a}-{b}-{c}"])


def _pager(r: random.Random) -> str:
    return r.choice([_d(r, 5), f"{r.randint(1, 9)}-{_d(r, 4)}", _d(r, 4),
                     f"{r.randint(201, 979)}-{_d(r, 3)}-{_d(r, 4)}", f"{_d(r, 3)}-{_d(r, 4)}",
                     f"({r.randint(201, 979)}) {_d(r, 3)}-{_d(r, 4)}", _d(r, 6)])


def _person(r: random.Random) -> str:
    f, ln = r.choice(_FIRST), r.choice(_LAST)
    k = r.randrange(12)
    if k == 0:
        return f"{f[0]}. {ln}"
    if k == 1:
        return f"{f} {r.choice('ABCDEFGHJKLMNPRSTW')}. {ln}"
    if k == 2:
        return f"{f} {ln}-{r.choice(_LAST)}"
    if k == 3:
        return f"{f} {r.choice(_APOS)}"
    if k == 4:
        return r.choice(_MULTI)
    if k == 5:
        return f"{ln}, {f}"
    if k == 6:
        return f"{f[0]}.{r.choice('ABCDEFGHJKLMNPRSTW')}. {ln}"
    return f"{f} {ln}"


def _surname(r: random.Random) -> str:
    return r.choice(_LAST + _APOS)


def _town(r: random.Random) -> str:
    t = r.choice(_TOWN_A) + r.choice(_TOWN_B)
    return r.choice(_TOWN_FMT).format(t=t)


def _org(r: random.Random) -> str:
    fmt = r.choice(_ORG_FMT)
    return fmt.format(r=r.choice(_ORG_ROOT), r2=r.choice(_ORG_ROOT), s=r.choice(_SAINTS))


def _street(r: random.Random) -> str:
    base = f"{r.randint(2, 9899)} {r.choice(_STREET_N)} {r.choice(_STREET_T)}"
    k = r.randrange(6)
    if k == 0:
        return f"{base}, Apt {r.randint(1, 40)}{r.choice('ABCD')}"
    if k == 1:
        return f"{base} #{r.randint(1, 300)}"
    if k == 2:
        return f"{r.randint(2, 400)}-{r.choice('ABC')} {r.choice(_STREET_N)} {r.choice(_STREET_T)}"
    if k == 3:
        return f"{base}, Unit {r.randint(1, 12)}"
    return base


def _real_date(r: random.Random, lo: int = 1935, hi: int = 2029) -> str:
    y, m, d = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
    return r.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{_MONTHS[m - 1]} {d}, {y}",
                     f"{d} {_MON[m - 1]} {y}", f"{_MON[m - 1]}. {d}, {y}", f"{d:02d}-{_MON[m - 1].upper()}-{y}",
                     f"{m:02d}.{d:02d}.{y}", f"{m:02d}-{d:02d}-{y}", f"{d} {_MONTHS[m - 1]} {y}"])


def _vin(r: random.Random) -> str:
    return _up(r, 17, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")


_VALUES = {
    "PHONE": _phone,
    "FAX": _phone,
    "PAGER": _pager,
    "EMAIL": lambda r: r.choice([f"{r.choice(_FIRST).lower()}.{r.choice(_LAST).lower()}@{r.choice(_DOMAINS)}",
                                 f"{r.choice('abcdefghjkmnprstw')}{r.choice(_LAST).lower()}{r.randrange(99)}@{r.choice(_DOMAINS)}",
                                 f"{r.choice(_FIRST).lower()}_{r.choice(_LAST)[:4].lower()}@{r.choice(_ORG_ROOT).lower()}bh.org",
                                 f"{r.choice(_LAST).lower()}.{r.choice(_FIRST)[0].lower()}@{r.choice(_ORG_ROOT).lower()}recovery.com",
                                 f"{r.choice(_FIRST).upper()}.{r.choice(_LAST).upper()}@{r.choice(_DOMAINS).upper()}"]),
    "URL": lambda r: r.choice([f"www.{r.choice(_ORG_ROOT).lower()}counseling.com",
                               f"https://{r.choice(_LAST).lower()}psychiatry.net/intake",
                               f"http://www.dr{r.choice(_LAST).lower()}.com",
                               f"{r.choice(_FIRST).lower()}{r.choice(_LAST).lower()}therapy.org/forms",
                               f"https://{r.choice(_ORG_ROOT).lower()}soberliving.com/apply?u={r.randint(10, 999)}",
                               f"{r.choice(_LAST).lower()}-{r.choice(_FIRST).lower()}.blogspot.com"]),
    "IP_ADDRESS": lambda r: r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                      f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                      f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                             f"{r.randrange(23, 99)}.{r.randrange(256)}.{r.randrange(256)}.{r.randint(1, 254)}"]),
    "SSN": lambda r: r.choice([f"{r.randint(100, 665)}-{_d(r, 2)}-{_d(r, 4)}",
                               f"{r.randint(100, 665)} {_d(r, 2)} {_d(r, 4)}", f"{r.randint(100, 665)}{_d(r, 6)}"]),
    "MRN": lambda r: r.choice([_d(r, 7), _d(r, 8), f"BH-{_d(r, 6)}", f"00{_d(r, 6)}", f"M{_d(r, 7)}",
                               f"{_d(r, 4)}-{_d(r, 4)}", f"{_d(r, 3)} {_d(r, 4)}", f"{_up(r, 2)}{_d(r, 6)}"]),
    "ACCOUNT": lambda r: r.choice([f"E{_d(r, 8)}", f"{_d(r, 5)}-{_d(r, 4)}", f"RAD-{_d(r, 7)}",
                                   f"UT{_d(r, 2)}-{_d(r, 6)}", f"A{_d(r, 4)}-{_d(r, 4)}-{_d(r, 2)}", _d(r, 10),
                                   f"{_up(r, 3)}{_d(r, 7)}", f"{_d(r, 4)} {_d(r, 4)} {_d(r, 2)}"]),
    "HEALTH_PLAN": lambda r: r.choice([f"{_up(r, 3)}{_d(r, 9)}", f"H{_d(r, 4)}-{_d(r, 5)}",
                                       f"W{_d(r, 4)} {_d(r, 4)} {_d(r, 2)}", _d(r, 12), f"MBR-{_d(r, 4)}-{_d(r, 4)}",
                                       f"{_up(r, 1)}{_d(r, 8)}{_up(r, 1)}",
                                       f"{_d(r, 3)}-{_d(r, 3)}-{_d(r, 3)}-{_up(r, 2)}"]),
    "LICENSE": lambda r: r.choice([f"{_up(r, 2)}{_d(r, 7)}", f"PSY-{_d(r, 6)}", f"NUR{_d(r, 7)}", f"S{_d(r, 8)}",
                                   _d(r, 6), f"{_up(r, 1)}{_d(r, 3)}-{_d(r, 3)}-{_d(r, 3)}", f"AD-{_d(r, 5)}",
                                   f"{_d(r, 3)} {_d(r, 3)} {_d(r, 3)}"]),
    "ZIP": lambda r: r.choice([f"0{r.randint(1000, 2799)}", f"0{r.randint(1000, 2799)}-{_d(r, 4)}",
                               f"0{r.randint(3000, 5999)}", f"{r.randint(10001, 14999)}"]),
    "STREET_ADDRESS": _street,
    "DATE_REAL_YEAR": _real_date,
    "AGE_OVER_89": lambda r: str(r.choice([90, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 101, 102, 104])),
    "DEVICE_ID": lambda r: r.choice([f"{_up(r, 2)}{_d(r, 4)}{_up(r, 1)}{_d(r, 3)}", f"{_d(r, 5)}-{_d(r, 4)}",
                                     f"SRN{_d(r, 6)}", f"TM{_d(r, 1)}-{_d(r, 7)}",
                                     f"{_up(r, 1)}{_d(r, 1)}{_up(r, 1)}-{_d(r, 5)}-{_up(r, 1)}",
                                     f"{_d(r, 3)} {_d(r, 3)} {_d(r, 3)}", f"{_up(r, 3)}{_d(r, 8)}"]),
    "VEHICLE_ID": lambda r: r.choice([f"{r.randint(1, 9)}{_up(r, 3)}{_d(r, 3)}", f"{_d(r, 1)}{_up(r, 2)} {_d(r, 3)}",
                                      f"{_up(r, 2)}-{_d(r, 4)}",
                                      f"{_d(r, 1)}{_up(r, 2)} {_d(r, 1)}{_up(r, 1)}{_d(r, 1)}", _vin(r), _vin(r)]),
    "PERSON": _person,
    "LOCATION": _town,
    "ORGANIZATION": _org,
}

# --------------------------------------------------------------------------------------------------
# Plant contexts: (position, template); position H = near the top, B = body, S = near the end
# --------------------------------------------------------------------------------------------------

_PLANTS: dict[str, list[tuple[str, str]]] = {
    "PHONE": [("B", "Mother (___) asks to be called at {v} with any updates."),
              ("B", "Collateral obtained from sister by phone ({v})."),
              ("B", "| Emergency contact | ___ (spouse) | {v} |"), ("B", "Contacts: ___ / {v} / ___"),
              ("S", "Outpt therapist ___, LICSW - cell {v}"),
              ("B", "Pt's AA sponsor reachable at {v}; pt signed consent for contact."),
              ("B", "{v} - daughter's number, verified with pt"), ("H", "Callback: {v}"),
              ("B", "Left VM for PCP office at {v}, awaiting return call."),
              ("B", "Safety plan step 4 - people I can call: ___ {v}"),
              ("B", "Pt gave new cell #{v} since old phone was confiscated."), ("B", "home  {v}")],
    "FAX": [("B", "Records requested from prior prescriber via fax {v}."), ("S", "Fax: {v}"),
            ("B", "Release of information faxed to {v} on ___."), ("B", "| Outside records | ___ | F {v} |"),
            ("H", "FAX TO: {v}   ATTN: ___"), ("B", "Court clerk fax # {v}"),
            ("B", "Discharge summary sent by fax ({v}) to the OTP dosing nurse."), ("B", "{v} (fax, probation office)"),
            ("S", "Tel ___ / Fax {v}")],
    "PAGER": [("S", "___, MD   pager {v}"), ("B", "Page psych C/L resident at {v} with questions."),
              ("B", "On-call: ___ (pgr {v})"), ("S", "Covering: ___ / beeper {v}"),
              ("B", "| C/L fellow | ___ | p{v} |"),
              ("B", "If agitation recurs, page #{v} before giving IM medication."),
              ("H", "Ordering provider pager: {v}"), ("B", "Results called to ordering MD, pager {v}, at 14:20.")],
    "EMAIL": [("B", "Pt requests after-visit summary be emailed to {v}."), ("S", "___, LMHC | {v}"),
              ("B", "Housing navigator (email: {v}) will follow up."), ("B", "| Peer recovery coach | ___ | {v} |"),
              ("B", "Sister emailed the team ({v}) with a timeline of symptoms."), ("H", "Report copy to: {v}"),
              ("B", "Correspondence forwarded from {v}"), ("B", "{v}")],
    "URL": [("B", "Outpatient therapist's intake form: {v}"),
            ("B", "Pt's private psychiatrist posts the DBT group schedule at {v}."),
            ("B", "See {v} for the sober house application."), ("S", "Practice website - {v}"),
            ("B", "| Referral | ___ counseling | {v} |"),
            ("B", "Family found pt's blog ({v}) with escalating grandiose posts.")],
    "IP_ADDRESS": [("B", "Telehealth session; connection logged from {v}."), ("H", "Remote reading station {v}"),
                   ("B", "Video visit dropped x2 (client IP {v})."), ("S", "Workstation: {v} / ___"),
                   ("B", "PDMP query submitted from {v} at 09:14."), ("B", "| Session | video | {v} | 48 min |")],
    "SSN": [("B", "SSN {v} provided for the SSI/SSDI application."), ("H", "SS#: {v}"),
            ("B", "Pt's social security number ({v}) copied onto the benefits form."), ("B", "| SSN | {v} |"),
            ("B", "Housing application: ___ / {v} / ___"), ("B", "Social Security no.: {v}")],
    "MRN": [("H", "MRN: {v}"), ("H", "Unit No:   {v}"), ("B", "Prior psych records under chart # {v} (legacy system)."),
            ("B", "| MR# | {v} |"), ("S", "Patient ID {v} / ___"), ("B", "Outside hospital medical record number {v}."),
            ("B", "Merged duplicate record {v} into current chart.")],
    "ACCOUNT": [("H", "Accession: {v}"), ("B", "Encounter #{v}"), ("B", "Billing acct {v} flagged for free care."),
                ("B", "Urine tox specimen {v} sent for confirmatory LC-MS/MS."),
                ("B", "| Order | {v} | fentanyl/norfentanyl confirm |"), ("S", "Visit ID: {v}"),
                ("B", "Requisition {v} - EEG, routine awake and drowsy"),
                ("B", "Lab order {v} cancelled (duplicate).")],
    "HEALTH_PLAN": [("B", "Insurance member ID {v}; prior auth for long-acting injectable pending."),
                    ("H", "Plan ID: {v}   Group: ___"), ("B", "| Subscriber ID | {v} |"),
                    ("B", "Policy # {v} (commercial, through employer)"),
                    ("B", "Medicaid ID {v} verified for detox bed."), ("B", "Group no. {v}")],
    "LICENSE": [("S", "___, MD   DEA# {v}"), ("S", "Lic. {v}"), ("B", "Buprenorphine prescriber DEA {v}"),
                ("B", "Driver's license {v} suspended after OUI."), ("B", "| License | RN | {v} |"),
                ("S", "___, PMHNP-BC (license {v})"),
                ("B", "Pt is a nurse; nursing license {v} reported to the board.")],
    "ZIP": [("B", "Lives at ___, ___ {v} with mother."), ("B", "Shelter zip code: {v}"), ("S", "___, ___ {v}"),
            ("B", "| ZIP | {v} |"), ("B", "Homeless; last stable address ___ {v}."),
            ("B", "Housing search limited to {v} and adjacent areas.")],
    "STREET_ADDRESS": [("B", "Pt lives at {v}, ___, with a roommate."), ("B", "Address: {v}"),
                       ("B", "Found by police outside {v}."), ("B", "| Address | {v} | ___ |"),
                       ("B", "Sober house located at {v}; bed available ___."), ("S", "Return mail to {v}"),
                       ("B", "Mobile crisis dispatched to {v}.")],
    "DATE_REAL_YEAR": [("H", "DOB: {v}"), ("B", "Previous admission {v} for mania with psychotic features."),
                       ("B", "Last used heroin/fentanyl {v} per pt."), ("B", "| {v} | ECT #3 | RUL UB | 52 s motor |"),
                       ("B", "Father expired on {v}."), ("B", "Hearing date: {v}"),
                       ("S", "Electronically signed {v} 16:05"), ("B", "Prior EEG ({v}) read as normal."),
                       ("B", "Overdose {v}, revived with naloxone by EMS."),
                       ("B", "Pt states she stopped lithium on {v}.")],
    "AGE_OVER_89": [("B", "Pt's grandmother, {v} years old, is her only support."),
                    ("B", "Lives with {v}-year-old father who has dementia."), ("H", "Age: {v}"),
                    ("B", "C/L asked to see a {v} y/o woman with hypoactive delirium."), ("B", "| Age | {v} |"),
                    ("B", "pt is {v}yo, widowed")],
    "DEVICE_ID": [("B", "ECT device serial no. {v} (annual calibration current)."),
                  ("B", "Court-ordered GPS ankle monitor, serial {v}."),
                  ("B", "UDI (01)00884521136420(17)270531(10)LT8841(21){v}"),
                  ("B", "VNS generator SN {v} interrogated before MRI."), ("B", "| EEG amplifier | S/N | {v} |"),
                  ("B", "Pt's CPAP serial number {v}."), ("S", "Scanner S/N {v}")],
    "VEHICLE_ID": [("B", "Pt was found asleep in car, plate {v}, by ___ PD."),
                   ("B", "Vehicle (VIN {v}) towed after OUI arrest."), ("B", "| Vehicle | ___ sedan | {v} |"),
                   ("B", "Pt's car (reg {v}) remains in the ED lot."),
                   ("B", "Transported by police cruiser; pt's truck {v} left at scene.")],
    "PERSON": [("B", "Collateral from sister {v}, who reports pt stopped sleeping ___ ago."), ("S", "{v}, MD"),
               ("S", "Dictated by: Dr. {v}"), ("B", "| Therapist | {v} | weekly |"),
               ("B", "Pt's outpatient psychiatrist is Dr. {v}."), ("B", "Discussed with attending {v}."),
               ("H", "Attending: {v}."), ("B", "Peer recovery coach {v} met with pt today."),
               ("B", "Pt reports ex-partner ({v}) has a restraining order against him."),
               ("B", "{v} (HCP) aware of plan."), ("S", "Cosigned: {v}, PMHNP"), ("B", "Petitioner: {v}"),
               ("B", "per nursing ({v}) pt slept 3 hrs."), ("S", "cc: {v} / ___")],
    "LOCATION": [("B", "Pt grew up in {v} and moved here ___."), ("B", "Lives in {v} with ___."),
                 ("B", "Found wandering near {v} by police."), ("B", "| Town | {v} |"),
                 ("B", "Transferred from ___ in {v}."), ("H", "Facility location: {v}"),
                 ("B", "Pt plans to stay with cousin in {v} after discharge."),
                 ("B", "Homeless, sleeping at the bus station in {v}."),
                 ("B", "Court: ___ District Court, {v} division"), ("B", "Grew up in {v}/___, moved for work.")],
    "ORGANIZATION": [("B", "Transferred from {v} for inpatient psychiatric care."), ("B", "Pt doses daily at {v}."),
                     ("B", "Works as a line cook at {v}."), ("B", "| Prior treatment | {v} | 30-day residential |"),
                     ("B", "Referred to {v} for IOP."), ("S", "{v} - Department of Psychiatry"),
                     ("H", "{v}\nINPATIENT PSYCHIATRY"), ("B", "Pt is a junior at {v}; school counselor aware."),
                     ("B", "Outside records from {v} reviewed."), ("B", "Bed offered at {v} (sober living).")],
}

_WEIGHTS = {c: 3.5 for c in CATEGORIES}
_WEIGHTS.update({"PERSON": 13.0, "LOCATION": 8.0, "ORGANIZATION": 8.0, "DATE_REAL_YEAR": 8.0})

# --------------------------------------------------------------------------------------------------
# Look-alikes (never labelled)
# --------------------------------------------------------------------------------------------------


class _Ctx:
    """Per-note state: the random stream and the look-alike strings written so far."""

    def __init__(self, r: random.Random) -> None:
        self.r = r
        self.looks: list[str] = []
        self.left: dict[str, list[str]] = {}

    def draw(self, name: str, pool: list[str]) -> str:
        """Draw from pool without repeats until it is exhausted."""
        left = self.left.get(name)
        if not left:
            left = self.left[name] = self.r.sample(pool, len(pool))
        return left.pop()

    def la(self, s: str) -> str:
        if s not in self.looks:
            self.looks.append(s)
        return s

    def mark(self, text: str) -> str:
        """Record every [[look-alike]] in text as a look-alike and drop the brackets."""
        parts = text.split("[[")
        out = [parts[0]]
        for part in parts[1:]:
            look, rest = part.split("]]", 1)
            out.append(self.la(look) + rest)
        return "".join(out)

    def pick(self, seq: list[str] | tuple[str, ...]) -> str:
        return self.la(self.r.choice(seq))

    def sd(self) -> str:
        """A date shifted into 2100-2200 (MIMIC-style), a look-alike."""
        r = self.r
        y, m, d = r.randint(2101, 2199), r.randint(1, 12), r.randint(1, 28)
        return self.la(
            r.choice([f"{y}-{m:02d}-{d:02d}", f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{_MONTHS[m - 1]} {d}, {y}"])
        )

    def expiry(self) -> str:
        r = self.r
        y, m, d = r.randint(2025, 2029), r.randint(1, 12), r.randint(1, 28)
        return self.la(r.choice([f"{y}-{m:02d}-{d:02d}", f"{m:02d}/{d:02d}/{y}", f"{y}-{m:02d}"]))

    def lot(self) -> str:
        return self.la(f"{_up(self.r, 2)}{_d(self.r, 4)}{_up(self.r, 1)}")

    def ndc(self) -> str:
        r = self.r
        return self.la(
            r.choice([f"{_d(r, 5)}-{_d(r, 3)}-{_d(r, 2)}", f"{_d(r, 4)}-{_d(r, 4)}-{_d(r, 2)}",
                      f"{_d(r, 5)}-{_d(r, 4)}-{_d(r, 1)}"])
        )

    def year(self) -> str:
        return self.la(str(self.r.randint(1978, 2021)))

    def age(self) -> str:
        return self.la(f"{self.r.randint(19, 88)}-year-old")

    def state(self) -> str:
        return self.pick(_STATES)

    def country(self) -> str:
        return self.pick(_COUNTRIES)


_HOTLINES = ["988", "1-800-662-4357", "1-800-222-1222", "1-800-799-7233", "1-877-726-4727"]
_PUBLIC_SITES = ["www.samhsa.gov", "findtreatment.gov", "988lifeline.org", "www.cdc.gov/overdose", "www.mass.gov/dph",
                 "www.nimh.nih.gov", "www.deadiversion.usdoj.gov", "www.va.gov"]
_DEPTS = ["Addiction Consult Service", "Neurology clinic", "Psychiatric Emergency Service", "Social Work",
          "Nuclear Medicine", "Neuropsychology Service", "Bridge Clinic", "Pharmacy"]


def _look_block(ctx: _Ctx) -> str:
    r = ctx.r
    k = r.randrange(21)
    if k == 16:
        scales = ["Columbia Suicide Severity Rating Scale", "Beck Depression Inventory", "Young Mania Rating Scale",
                  "Montreal Cognitive Assessment", "Clinical Opiate Withdrawal Scale", "Folstein"]
        a, b = r.sample(scales, 2)
        return f"Instruments administered: {ctx.la(a)}; {ctx.la(b)} (scores in flowsheet)."
    if k == 17:
        return f"{ctx.la('Foley')} removed HD2; LE {ctx.la('Doppler')} negative; {ctx.la('Romberg')} negative."
    if k == 18:
        return f"{ctx.la('Tarasoff')} duty considered: no identifiable victim; threat not specific."
    if k == 19:
        return (
            f"{ctx.la('Pyxis')} override for lorazepam documented; {ctx.la('Dexcom')} sensor removed pre-MRI; "
            f"labs drawn in {ctx.la('BD Vacutainer')} tubes, lot {ctx.lot()}."
        )
    if k == 20:
        return (
            f"Home meds per fill history: {ctx.pick(['Depakote ER 1000 mg', 'Seroquel 200 mg', 'Lithobid 450 mg'])}"
            f" and {ctx.pick(['Clozaril 100 mg', 'Ativan 1 mg', 'Librium 25 mg'])}."
        )
    if k == 0:
        return f"Naloxone kit dispensed (Narcan 4 mg nasal, lot {ctx.lot()}, NDC {ctx.ndc()}, EXP {ctx.expiry()})."
    if k == 1:
        return f"Crisis resources reviewed: {ctx.pick(_HOTLINES)} and {ctx.pick(_PUBLIC_SITES)}."
    if k == 2:
        return f"Per pt, first psychiatric hospitalization in {ctx.year()}; sober since {ctx.year()}."
    if k == 3:
        return f"Seen with {ctx.pick(_DEPTS)}; pt born in {ctx.country()}, raised in {ctx.state()}."
    if k == 4:
        return f"Copied forward from note of {ctx.sd()}: no interval change in plan."
    if k == 5:
        lai = ctx.pick(["Invega Sustenna 156 mg", "Abilify Maintena 400 mg", "Haldol Decanoate 100 mg",
                        "Zyprexa Relprevv 300 mg"])
        return (
            f"LAI given: {lai}"
            f" IM deltoid, lot {ctx.lot()}, exp {ctx.expiry()}."
        )
    if k == 6:
        return f"MoCA {ctx.la(f'{r.randint(14, 30)}/30')}, PHQ-9 {ctx.la(f'{r.randint(3, 27)}/27')}."
    if k == 7:
        return f"Sibling is a {ctx.age()} veteran; pt's own age ___."
    if k == 8:
        ref = ctx.la(_d(r, 4) + "-" + _d(r, 2))
        return f"{ctx.pick(['Sublocade 300 mg', 'Brixadi 96 mg', 'Vivitrol 380 mg'])} SC/IM, REF {ref}."
    if k == 9:
        ver = ctx.la(f"v{r.randint(5, 12)}.{r.randint(0, 9)}")
        return f"Rx sent via {ctx.la('Epic')} e-prescribing; Omnicell cabinet {ver}."
    if k == 10:
        ciwa, cows = ctx.la(f"CIWA-Ar {r.randint(3, 28)}"), ctx.la(f"COWS {r.randint(2, 24)}")
        return f"{ciwa}; {cows}; no {ctx.la('Wernicke')} signs."
    if k == 11:
        return f"Pt previously lived in {ctx.state()} and in {ctx.country()}."
    if k == 12:
        fh = ctx.pick(["Parkinson disease", "Alzheimer dementia", "Huntington disease"])
        return f"Family history: grandfather with {fh}."
    if k == 13:
        return f"Lithium level 0.8 on {ctx.sd()}; TSH nl ({ctx.pick(['Graves', 'Hashimoto'])} ruled out)."
    if k == 14:
        return f"Printed handout from {ctx.pick(_PUBLIC_SITES)}; SAMHSA helpline {ctx.la('1-800-662-4357')}."
    return f"Buprenorphine-naloxone {ctx.la(r.choice(['16 mg-4 mg', '8 mg-2 mg', '24 mg-6 mg']))} SL daily."


# --------------------------------------------------------------------------------------------------
# Document kinds
# --------------------------------------------------------------------------------------------------


def _ds_header(ctx: _Ctx, service: str = "PSYCHIATRY") -> str:
    r = ctx.r
    allergy = r.choice(["Patient recorded as having No Known Allergies to Drugs", "haloperidol (dystonia)",
                        "Penicillins", "sulfa (rash)", "lamotrigine (rash)", "Codeine"])
    return (
        f"Name:  ___                  Unit No:   ___\n \nAdmission Date:  ___              Discharge Date:   ___\n"
        f" \nDate of Birth:  ___             Sex:   {r.choice('MF')}\n \nService: {service}\n \nAllergies: \n"
        f"{allergy}\n \nAttending: ___."
    )


def _mse(ctx: _Ctx) -> str:
    r = ctx.r
    return (
        "Mental Status Exam:\n"
        f"- Appearance: {r.choice(['disheveled, malodorous', 'fair grooming, hospital gown', 'well groomed'])}\n"
        f"- Behavior: {r.choice(['guarded, poor eye contact', 'psychomotor agitation', 'calm, cooperative'])}\n"
        f"- Speech: {r.choice(['pressured, loud', 'slow, soft, latent', 'normal rate and volume'])}\n"
        f'- Mood: "{r.choice(["fine", "depressed", "I need to get out of here", "anxious"])}"\n'
        f"- Affect: {r.choice(['labile', 'constricted', 'blunted', 'irritable'])}\n"
        f"- Thought process: {r.choice(['tangential', 'linear', 'loose associations', 'circumstantial'])}\n"
        f"- Thought content: {r.choice(['paranoid delusions re neighbors', 'passive SI, no plan', 'denies SI/HI'])}\n"
        f"- Perception: {r.choice(['+AH (commanding)', 'denies AVH, not responding to internal stimuli'])}\n"
        f"- Insight/Judgment: {r.choice(['poor/poor', 'limited/fair', 'fair/fair'])}"
    )


def _k_admission(ctx: _Ctx) -> list[str]:
    r = ctx.r
    return [
        _ds_header(ctx),
        'Chief Complaint:\n"'
        + r.choice(["they put cameras in my walls", "I don't want to be alive", "I haven't slept in a week",
                    "I was just trying to sleep"])
        + '"',
        "Major Surgical or Invasive Procedure:\nNone",
        "History of Present Illness:\n___ year old "
        + r.choice(["man", "woman", "nonbinary pt"])
        + " with h/o "
        + r.choice(["bipolar I disorder", "schizoaffective d/o", "MDD, recurrent, severe", "first-episode psychosis"])
        + " BIB ___ PD on Section 12 after family called 911. Per ED "
        "notes, pt was found by ___ shouting at neighbors and was not sleeping. Pt reports "
        + r.choice(["increased energy and spending", "hearing the voice of ___", "worsening hopelessness"])
        + f" x {r.randint(2, 6)} weeks after stopping {r.choice(['lithium', 'olanzapine', 'sertraline', 'Depakote'])}"
        f" ({ctx.la('Lithobid') if r.random() < 0.5 else 'self-d/c'}).",
        "Past Psychiatric History:\n- Hospitalizations: ___ (___), ___\n- Suicide attempts: "
        + r.choice(["denies", "one, by overdose, ___", "two, last ___"])
        + "\n- Outpt: therapist ___, psychiatrist ___\n"
        f"- Trials: {r.choice(['Seroquel, Risperdal', 'Clozaril (neutropenia)', 'Zoloft, Lexapro, Wellbutrin'])}",
        "Substance Use History:\nEtOH "
        + r.choice(["denies", "3-4 beers/d", "1 pint vodka/d"])
        + "; cannabis daily; "
        + r.choice(["denies IVDU", "IV fentanyl, last use ___", "cocaine binge ___"])
        + ".",
        "Social History:\nLives "
        + r.choice(["with mother in ___", "alone in ___", "in shelter"])
        + ". Employment: "
        + r.choice(["unemployed", "warehouse job", "on SSDI"])
        + ". Legal: ___. Guns: denies.",
        _mse(ctx),
        "Risk Assessment:\nC-SSRS screen "
        + r.choice(["positive", "negative"])
        + f". Static risk factors: male, prior attempt. Protective: {r.choice(['children', 'faith', 'in care'])}.",
        "Assessment/Plan:\n"
        + r.choice(["Admit to locked unit under Section 12(b); conditional voluntary offered.",
                    "Admit, 15-min checks, restart home meds, labs and EKG."])
        + "\n- Tox screen, TSH, B12, RPR, HIV\n- "
        + r.choice(["Head CT if neuro signs", "MRI brain for FEP w/u"]),
    ]


def _k_discharge(ctx: _Ctx) -> list[str]:
    r = ctx.r
    meds = "\n".join(
        f"{j}. {m}"
        for j, m in enumerate(
            r.sample(
                ["OLANZapine 10 mg PO QHS", "Lithium Carbonate 300 mg PO BID", "Sertraline 100 mg PO DAILY",
                 "Nicotine Patch 21 mg TD DAILY", "Trazodone 50 mg PO QHS:PRN insomnia", "Thiamine 100 mg PO DAILY",
                 "Divalproex (DELayed Release) 500 mg PO BID", "Hydroxyzine 25 mg PO Q6H:PRN anxiety",
                 "Buprenorphine-Naloxone (8mg-2mg) 2 TAB SL DAILY", "Clozapine 200 mg PO QHS"],
                5,
            ),
            1,
        )
    )
    return [
        _ds_header(ctx),
        "Chief Complaint:\n" + r.choice(["SI with plan", "psychosis", "mania", "catatonia"]),
        "Brief Hospital Course:\n___ year old "
        + r.choice(["M", "F"])
        + " admitted on Section 12 for "
        + r.choice(["manic episode with psychotic features", "MDD with SI", "substance-induced psychosis"])
        + ". #Safety: pt was on 15-min checks, no seclusion/restraint. #Psychosis: "
        + r.choice(["olanzapine titrated to 10 mg with good effect", "clozapine started, ANC monitored per REMS",
                    "ECT x6 given, see ECT record"])
        + f". #Legal: {r.choice(['signed CV on HD2', '7(c) petition filed, withdrawn'])}."
        f" #Medical: {r.choice(['TSH wnl', 'QTc 438', 'A1c 5.9', 'LFTs mildly elevated'])}.",
        "Medications on Admission:\nThe Preadmission Medication list is accurate and complete.\n1. ___",
        "Discharge Medications:\n" + meds,
        "Discharge Disposition:\n" + r.choice(["Home With Service", "Home", "Extended Care"]) + "\n \nFacility:\n___",
        "Discharge Diagnosis:\n"
        + r.choice(["Bipolar I disorder, current episode manic, severe with psychotic features",
                    "Schizophrenia, first episode", "Opioid use disorder, severe; MDD"]),
        "Discharge Condition:\nMental Status: Clear and coherent.\nLevel of Consciousness: Alert and interactive.\n"
        "Activity Status: Ambulatory - Independent.",
        "Followup Instructions:\n___\n___",
    ]


def _k_hold(ctx: _Ctx) -> list[str]:
    r = ctx.r
    return [
        "APPLICATION FOR AN AUTHORIZATION OF TEMPORARY INVOLUNTARY HOSPITALIZATION\n"
        "(emergency hold - Section 12(a)/(b))   FORM " + ctx.la(f"MH-{r.randint(10, 40)}") + f" rev {ctx.year()}",
        "Name of person: ___\nDate of birth: ___\nAddress: ___\nCurrent location: ___ Emergency Department",
        "Applicant: ___, MD   [x] physician  [ ] psychologist  [ ] police officer  [ ] LICSW\n"
        f"Date/time of examination: {ctx.sd()} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}",
        "Reasons for belief that failure to hospitalize would create a likelihood of serious harm by reason of "
        "mental illness:\n"
        + r.choice(["Pt expressed intent to jump from ___ bridge; told ED RN he has a plan and means.",
                    "Pt is paranoid, barricaded in apartment, threatened neighbor with a knife per ___ PD.",
                    "Pt unable to care for self: not eating x5 days, found in freezing temps without coat."]),
        "[x] Substantial risk of physical harm to self\n[ ] to others\n[ ] very substantial risk of "
        "physical impairment due to inability to protect self",
        "COURT:\nPetition for commitment (Section 7 & 8) filed in ___ District Court. Docket No. ___. "
        "Hearing scheduled ___; counsel appointed (CPCS) ___.\n" + ctx.la("Rogers") + " (antipsychotic) petition: "
        + r.choice(["filed", "not filed", "to be considered"])
        + ".",
        "Patient's rights reviewed; pt given copy of rights; pt "
        + r.choice(["refused to sign", "signed"])
        + ". Phone call offered.",
        "Signature of applicant: ______________   ___, MD\nReceived by admitting facility: ___, RN",
    ]


def _k_ect(ctx: _Ctx) -> list[str]:
    r = ctx.r
    rows = []
    for j in range(1, r.randint(5, 9)):
        rows.append(
            f"| {ctx.sd() if j == 1 else '___'} | {j:>2} | {r.choice(['RUL UB', 'BT', 'BF'])} | "
            f"{r.choice([25, 35, 50, 75, 100])}% | {r.randint(20, 75)} s | {r.randint(30, 110)} s |"
        )
    return [
        "ELECTROCONVULSIVE THERAPY TREATMENT RECORD\nDevice: "
        + ctx.pick(["Thymatron System IV", "MECTA spECTrum 5000Q"])
        + "   Software "
        + ctx.la(f"v{r.randint(2, 5)}.{r.randint(0, 9)}.{r.randint(0, 9)}"),
        "Patient: ___   Unit No: ___   Indication: "
        + r.choice(["MDD w/ psychotic features", "catatonia", "treatment-resistant mania", "NMS recovery"]),
        "Consent: informed consent signed by pt; second opinion ___; "
        + r.choice(["no guardian", "guardian ___ consented"]),
        "Anesthesia: methohexital ("
        + ctx.la("Brevital")
        + f") {r.randint(60, 120)} mg, succinylcholine ("
        + ctx.la("Anectine")
        + f") {r.randint(50, 100)} mg, glycopyrrolate 0.2 mg",
        "| Date | Tx # | Lead | Energy | EEG sz | Motor/EEG |\n|------|------|------|--------|--------|-----------|\n"
        + "\n".join(rows),
        f"Post-ictal: {r.choice(['mild confusion resolved in 20 min', 'headache, treated w/ APAP', 'none'])}."
        f" MoCA {ctx.la(f'{r.randint(20, 29)}/30')} before tx 1.",
        "Plan: continue " + r.choice(["3x/week", "2x/week", "taper to weekly maintenance"]) + "; next tx ___.",
        "___, MD (ECT attending)   ___, MD (anesthesia)   ___, RN",
    ]


def _k_moud(ctx: _Ctx) -> list[str]:
    r = ctx.r
    return [
        f"OFFICE-BASED ADDICTION TREATMENT (OBAT) - FOLLOW-UP VISIT   {ctx.sd()}",
        "S: ___ yo with OUD (severe), on "
        + r.choice(["buprenorphine-naloxone", "methadone", "Sublocade"])
        + f", month {r.randint(2, 30)} of tx. Reports {r.choice(['no cravings', 'cravings 4/10', 'one lapse ___'])}."
        " Attending NA " + r.choice(["2x/wk", "rarely", "daily"]) + ".",
        "Current regimen: "
        + ctx.pick(["Suboxone 8 mg-2 mg film 2 SL daily", "methadone 90 mg PO daily", "Sublocade 100 mg SC monthly",
                    "Brixadi 128 mg SC monthly"]),
        "PDMP checked today: "
        + r.choice(["no other controlled Rx", "gabapentin from ___ (outside)",
                    "clonazepam 0.5 mg from prior prescriber ___"])
        + ".",
        "UTox (POC):\n  bup +   norbup +   fentanyl "
        + r.choice(["neg", "POS"])
        + "   cocaine "
        + r.choice(["neg", "POS"])
        + "   benzo neg   THC "
        + r.choice(["pos", "neg"])
        + "\n  creat 112 mg/dL",
        f"{ctx.la(f'COWS {r.randint(0, 12)}')}; vitals stable. Track marks healed. No abscess.",
        "A/P: OUD in early remission on MOUD. Continue dose; Rx x "
        + r.choice(["7", "14", "28"])
        + " days. Naloxone on hand. HCV Ab ___. Next visit ___ with group.",
        "___, NP (X-waiver no longer required)   ___, MD supervising",
    ]


def _k_detox(ctx: _Ctx) -> list[str]:
    r = ctx.r
    flow = "\n".join(
        f"{h:02d}:00   {r.randint(0, 22):>3}   {r.randint(70, 130):>3}   "
        f"{r.randint(100, 170)}/{r.randint(60, 100)}   {r.choice(['0', '25 mg', '50 mg', '1 mg'])}"
        for h in r.sample(range(0, 24), 5)
    )
    return [
        _ds_header(ctx, "MEDICINE - DETOX"),
        "Reason for admission: alcohol withdrawal, last drink ___ , hx "
        + r.choice(["withdrawal seizures", "DTs", "no complicated w/d"])
        + ".",
        "Withdrawal protocol: symptom-triggered "
        + ctx.pick(["Librium", "Ativan"])
        + " per "
        + ctx.la("Clinical Institute Withdrawal Assessment")
        + " (CIWA-Ar) q2h while > 8.",
        "Time   CIWA   HR    BP        Dose\n" + flow,
        "Thiamine 500 mg IV TID x3 d for possible " + ctx.la("Wernicke") + " encephalopathy; folate, MVI.",
        f"Labs: AST {r.randint(40, 300)} ALT {r.randint(20, 200)} Mg 1.{r.randint(4, 9)} K 3.{r.randint(1, 9)}",
        "Dispo: referred to residential tx; bed search ___. Pt declines naltrexone, accepts acamprosate.",
    ]


def _k_pdmp(ctx: _Ctx) -> list[str]:
    r = ctx.r
    drugs = ["oxycodone 5 mg", "alprazolam 1 mg", "bup/nalox 8-2", "gabapentin 600", "zolpidem 10"]
    rows = "\n".join(
        f"{ctx.sd():<12} {r.choice(drugs):<18} {r.choice(['#30', '#60', '#14', '#90'])}   prescriber ___   pharmacy ___"
        for _ in range(r.randint(3, 6))
    )
    return [
        "PRESCRIPTION DRUG MONITORING PROGRAM (PDMP) AND URINE TOXICOLOGY REVIEW",
        "Requested by: Addiction Consult Service   Reviewed by: ___, PharmD",
        "Query state(s): " + ctx.state() + ", " + ctx.state() + " (interstate data sharing)",
        "Fill date    Drug               Qty   \n" + rows,
        "Narx score: "
        + ctx.la(f"{r.randint(100, 799)}/999")
        + "  (overdose risk "
        + r.choice(["low", "moderate", "high"])
        + ")",
        "Urine toxicology (immunoassay, then confirmatory LC-MS/MS):\n"
        "| Analyte | Screen | Confirm (ng/mL) |\n|---|---|---|\n"
        f"| fentanyl | POS | {r.randint(2, 400)} |\n| norfentanyl | POS | {r.randint(5, 900)} |\n"
        f"| xylazine | {r.choice(['POS', 'neg'])} | - |\n| benzoylecgonine | {r.choice(['POS', 'neg'])} | - |",
        "Interpretation: results consistent with "
        + r.choice(["reported use", "undisclosed fentanyl use", "adherence to buprenorphine"])
        + ". Discussed non-judgmentally.",
    ]


def _k_cl(ctx: _Ctx) -> list[str]:
    r = ctx.r
    return [
        "PSYCHIATRY CONSULTATION-LIAISON NOTE\nRequesting service: "
        + r.choice(["Medicine", "Trauma Surgery", "Cardiology", "OB"])
        + "   Requesting attending: ___",
        "Reason for consult: "
        + r.choice(["capacity to leave AMA", "agitation/delirium", "SI after overdose", "catatonia ?",
                    "bup induction in setting of endocarditis"]),
        "HPI: ___ year old with "
        + r.choice(["MRSA endocarditis", "acetaminophen overdose", "hepatic encephalopathy", "NSTEMI"])
        + " admitted ___. Per primary team and RN ___, pt "
        + r.choice(["pulled IV and attempted to leave", "has been sleeping all day", "disclosed SI to sitter"])
        + ".",
        "Collateral: ___ (mother) by phone; corroborates ___.",
        _mse(ctx),
        "CAM-ICU "
        + r.choice(["positive", "negative"])
        + "; "
        + ctx.la("Glasgow Coma Scale")
        + f" {r.randint(13, 15)}; "
        + ctx.la("Babinski")
        + " absent.",
        "Capacity: pt " + r.choice(["does not", "does"]) + " demonstrate ability to communicate a choice, "
        "understand, appreciate and reason.",
        "Recommendations:\n1. "
        + r.choice(["Haloperidol 2 mg IV q6h prn agitation, monitor QTc", "Lorazepam challenge 2 mg IV",
                    "Start buprenorphine micro-induction"])
        + "\n2. 1:1 sitter\n3. Section 12 if attempts to leave\n4. Will follow; page ___ with questions",
    ]


def _k_neuropsych(ctx: _Ctx) -> list[str]:
    r = ctx.r
    tests = [("WAIS-IV FSIQ", f"{r.randint(70, 120)}"), ("WMS-IV Logical Memory II", f"ss {r.randint(3, 14)}"),
             ("Trail Making B", f"{r.randint(60, 300)} s"), ("Stroop Color-Word", f"T {r.randint(25, 60)}"),
             ("Wisconsin Card Sorting - persev. errors", f"T {r.randint(25, 60)}"),
             ("Boston Naming Test", f"{r.randint(40, 60)}/60"), ("Rey-Osterrieth copy", f"{r.randint(20, 36)}/36")]
    chosen = r.sample(tests, r.randint(4, 7))
    for name, _ in chosen:
        ctx.la(name.split(" - ")[0])
    table = "\n".join(f"{n:<42}{s:>10}" for n, s in chosen)
    return [
        "NEUROPSYCHOLOGICAL EVALUATION\nReferral source: ___, MD ("
        + ctx.pick(_DEPTS)
        + ")\nDates of testing: ___, ___",
        "Reason for referral: cognitive complaints in the context of "
        + ctx.mark(
            r.choice(["first-episode psychosis", "chronic alcohol use (r/o [[Korsakoff]])", "ECT",
                      "long-term benzodiazepines"])
        )
        + ".",
        "Background: ___ year old, "
        + r.choice(["12", "14", "16", "GED"])
        + " years of education, "
        + ("right" if r.random() < 0.8 else "left")
        + "-handed. Born in "
        + ctx.country()
        + ". Premorbid estimate ("
        + ctx.la("Wechsler")
        + " Test of Premorbid Functioning): average.",
        "Behavioral observations: effort adequate; embedded validity indicators within normal limits.",
        "Test                                          Score\n" + table,
        "Summary: profile notable for "
        + r.choice(["executive dysfunction and slowed processing", "amnestic pattern", "no significant impairment"])
        + ". "
        + ctx.la(f"{r.randint(19, 88)}-year-old")
        + " norms used where available.",
        "Recommendations: repeat testing in 12 months; accommodations letter provided.\n___, PhD, ABPP-CN",
    ]


def _k_safety(ctx: _Ctx) -> list[str]:
    r = ctx.r
    return [
        "SAFETY PLAN (" + ctx.la("Stanley-Brown") + ")   completed with pt on " + ctx.sd(),
        "Step 1 - Warning signs: " + r.choice(["not sleeping, isolating", "drinking alone", "thinking I'm a burden"]),
        "Step 2 - Internal coping: " + r.choice(["walk, music, shower", "drawing, prayer", "video games"]),
        "Step 3 - People/places for distraction: ___ ; ___ (coffee shop)",
        "Step 4 - People I can ask for help: ___ (aunt) ___ ; ___ (friend) ___",
        "Step 5 - Professionals/agencies: therapist ___ ___; " + ctx.la("988") + " Suicide & Crisis Lifeline; "
        "Crisis Text Line (text HOME to " + ctx.la("741741") + ")",
        "Step 6 - Making the environment safe: firearms "
        + r.choice(["none in home", "stored by brother ___"])
        + "; meds locked by ___; "
        + r.choice(["lethal means counseling done", "pt declined"])
        + ".",
        "The one thing most important to me: " + r.choice(["my kids", "my dog", "getting back to school"]),
        "Pt signature ______   Clinician ___, LICSW",
    ]


def _k_group(ctx: _Ctx) -> list[str]:
    r = ctx.r
    return [
        "GROUP THERAPY / MILIEU NOTE - "
        + r.choice(["DBT skills", "CBT for psychosis", "relapse prevention", "community meeting", "art therapy"]),
        f"Time: {r.randint(9, 16)}:00-{r.randint(9, 16)}:50   Leader: ___, OTR/L   Co-leader: ___",
        f"Attendance: {r.randint(4, 11)} pts. Pt attended " + r.choice(["full group", "20 min then left", "briefly"]),
        "Participation: "
        + r.choice(["engaged, offered examples", "quiet, responsive to prompts", "disruptive, redirected x2",
                    "internally preoccupied"])
        + ".",
        "Milieu: pt "
        + r.choice(["visible on unit, eating meals", "isolative to room", "intrusive with peers"])
        + "; no PRNs since ___. Precautions: "
        + r.choice(["15-min checks", "1:1", "assault precautions"])
        + ".",
        "Copied from prior shift: pt slept ___ hrs; ADLs independent; no S/R.",
        "Plan: continue groups; encourage attendance at "
        + r.choice(["wellness", "music", "medication education"])
        + " group.",
    ]


def _k_peer(ctx: _Ctx) -> list[str]:
    r = ctx.r
    return [
        "PEER RECOVERY / HOUSING REFERRAL",
        "Referral to: "
        + r.choice(["recovery coach", "sober housing", "permanent supportive housing", "clubhouse", "Housing First"])
        + "   Referring clinician: ___",
        "Housing status: "
        + r.choice(["literally homeless (street)", "shelter", "couch-surfing", "eviction pending"])
        + " x "
        + r.choice(["2 months", "1 year", "since ___"])
        + ". CES assessment score "
        + ctx.la(f"VI-SPDAT {r.randint(4, 17)}")
        + ".",
        "Benefits: SNAP ___; SSI application ___; ID: state ID lost, birth certificate requested from "
        + ctx.state()
        + ".",
        "Peer note: met pt on unit; shared lived experience; pt identifies goals: "
        + r.choice(["stay on bup", "get my kids back", "work again", "find a room"])
        + ".",
        "Checklist:\n[x] consent signed\n[x] naloxone\n[ ] phone\n[ ] photo ID\n[x] insurance active",
        "Next steps: warm handoff ___ at ___; transport ___.",
    ]


def _rad_head(ctx: _Ctx, exam: str) -> str:
    r = ctx.r
    return (
        f"EXAMINATION:  {exam}\n \nINDICATION:  ___ year old {r.choice(['man', 'woman'])} with "
        f"{r.choice(['first-episode psychosis', 'new-onset psychosis', 'catatonia', 'altered mental status'])}"
        f", {r.choice(['evaluate for structural lesion', 'r/o bleed', 'pre-ECT evaluation', 'r/o encephalitis'])}."
    )


def _k_ct(ctx: _Ctx) -> list[str]:
    r = ctx.r
    return [
        _rad_head(ctx, "CT HEAD W/O CONTRAST"),
        "TECHNIQUE:  Contiguous axial images of the brain were obtained without IV contrast. Sagittal and coronal "
        "reformations. DLP: "
        + ctx.la(f"{r.randint(600, 1100)} mGy-cm")
        + ". Scanner: "
        + ctx.pick(["GE Discovery", "Siemens"])
        + ".",
        "COMPARISON:  " + r.choice(["None.", "___.", "Outside CT ___."]),
        "FINDINGS: \n \nThere is no evidence of acute intracranial hemorrhage, edema, mass effect or large territorial "
        "infarction. The ventricles and sulci are "
        + r.choice(["normal in size", "mildly prominent for age"])
        + ". "
        + r.choice(["Scattered periventricular hypodensities, likely chronic small vessel disease.",
                    "No abnormal extra-axial collection.", "Old right frontal contusion."])
        + " The basal cisterns are patent. The visualized paranasal sinuses and mastoid air cells are clear.",
        "IMPRESSION: \n \n"
        + r.choice(["No acute intracranial abnormality.", "No acute process; no structural explanation for psychosis.",
                    "Chronic findings as above."]),
    ]


def _k_mri(ctx: _Ctx) -> list[str]:
    r = ctx.r
    return [
        _rad_head(ctx, "MRI BRAIN W/WO CONTRAST"),
        "TECHNIQUE:  Multiplanar multisequence MRI of the brain before and after "
        + ctx.la(f"{r.randint(6, 15)} mL")
        + " gadobutrol. Volumetrics with "
        + ctx.pick(["NeuroQuant 3.2", "FreeSurfer 7.4.1", "icobrain dm 5.9"])
        + ".",
        "COMPARISON:  CT head ___.",
        "FINDINGS: \n \nNo restricted diffusion. "
        + ctx.mark(
            r.choice(["Ischemic score ([[Hachinski]]) low. "
                      "Nonspecific T2/FLAIR white matter hyperintensities ([[Fazekas]] 1).",
                      "Prominent [[Virchow-Robin]] spaces in the basal ganglia.",
                      "Small pineal cyst, 6 mm, of no clinical significance.",
                      "No cortical ribboning to suggest [[Creutzfeldt-Jakob]] disease.",
                      "No corpus callosum signal change ([[Marchiafava-Bignami]]) or mammillary body atrophy.",
                      "Symmetric [[Papez]] circuit structures; no focal atrophy in [[Brodmann]] area 10."])
        )
        + " No abnormal enhancement. Hippocampi symmetric in size and signal; no mesial temporal sclerosis. "
        "No susceptibility artifact to suggest prior hemorrhage. " + ctx.la("Sylvian") + " fissures symmetric.",
        "Hippocampal volume percentile: L " + ctx.la(f"{r.randint(5, 95)}%") + ", R ___%.",
        "IMPRESSION: \n \n1. No structural lesion to account for psychosis.\n2. "
        + r.choice(["No findings of autoimmune encephalitis.", "Incidental pineal cyst.",
                    "Mild chronic microangiopathy."]),
    ]


def _k_eeg(ctx: _Ctx) -> list[str]:
    r = ctx.r
    return [
        "EEG REPORT\nStudy type: "
        + r.choice(["routine EEG", "24-hour continuous video EEG", "sleep-deprived EEG"])
        + "   Acquisition: "
        + ctx.pick(["Nihon Kohden", "Natus"])
        + "   Spike detection: "
        + ctx.la(f"Persyst {r.randint(12, 15)}"),
        "HISTORY:  ___ year old with "
        + r.choice(["first-episode psychosis", "catatonia", "episodic confusion on clozapine", "post-ECT confusion"])
        + ".",
        "MEDICATIONS:  " + r.choice(["lorazepam, olanzapine", "clozapine 350 mg", "valproate, quetiapine"]),
        "TECHNIQUE:  21 electrodes, international 10-20 system, with EKG.",
        "BACKGROUND:  posterior dominant rhythm "
        + ctx.la(f"{r.randint(6, 11)} Hz")
        + ", reactive to eye opening. "
        + r.choice(["Intermittent generalized slowing.", "Excess beta, consistent with benzodiazepines.",
                    "No focal slowing."]),
        "EPILEPTIFORM:  "
        + r.choice(["none", "rare left temporal sharp waves", "generalized spike-wave on clozapine"])
        + ".  HV and photic: "
        + r.choice(["no activation", "not performed"])
        + ".",
        "IMPRESSION:  "
        + r.choice(["Normal awake and drowsy EEG.",
                    "Mildly abnormal due to diffuse slowing, nonspecific; no seizures recorded.",
                    "Abnormal; see above."]),
    ]


def _k_nucmed(ctx: _Ctx) -> list[str]:
    r = ctx.r
    if r.random() < 0.5:
        exam, tracer = "NM DAT SPECT BRAIN", ctx.la("DaTscan") + f" (ioflupane I-123) {r.uniform(3, 5.2):.1f} mCi IV"
        find = (
            "Symmetric comma-shaped striatal uptake. Striatal binding ratios within normal limits for age. "
            "No evidence of presynaptic dopaminergic deficit (i.e., not supportive of "
            + ctx.la("Parkinson")
            + " disease or dementia with "
            + ctx.la("Lewy body")
            + ")."
        )
    else:
        exam, tracer = "PET BRAIN FDG", f"F-18 FDG {r.uniform(4, 10):.1f} mCi IV, glucose {r.randint(70, 130)} mg/dL"
        find = (
            "Cortical FDG uptake is "
            + r.choice(["symmetric and normal", "mildly decreased in bilateral frontal lobes",
                        "reduced in the temporoparietal cortex"])
            + ". Basal ganglia and thalami normal. No pattern specific for "
            + ctx.la("Alzheimer")
            + " disease."
        )
    return [
        _rad_head(ctx, exam),
        "RADIOPHARMACEUTICAL DATA:  " + tracer + "; thyroid block " + r.choice(["given", "n/a"]) + ".",
        "TECHNIQUE:  Imaging on "
        + ctx.la("Siemens Biograph")
        + " Vision; reconstruction "
        + ctx.la(f"syngo.via VB{r.randint(40, 80)}")
        + ". Quantitation against age-matched normal database.",
        "COMPARISON:  MRI brain ___.",
        "FINDINGS:  " + find,
        "IMPRESSION:  "
        + r.choice(["Normal study.", "Nonspecific frontal hypometabolism; correlate clinically.",
                    "No dopaminergic deficit."]),
    ]


def _k_addendum(ctx: _Ctx) -> list[str]:
    r = ctx.r
    base = r.choice([_k_ct, _k_mri, _k_eeg])(ctx)
    return base + [
        "ADDENDUM:  "
        + r.choice(["Images re-reviewed at request of the psychiatry team. No change to impression.",
                    "Outside study from ___ uploaded to PACS and compared; findings stable.",
                    "Preliminary read discussed with ___ by telephone at 15:40; final report unchanged."]),
        "Addendum electronically signed by ___, MD on " + ctx.sd(),
    ]


_KINDS_DS = {
    "psych_admission": _k_admission,
    "psych_discharge": _k_discharge,
    "involuntary_hold": _k_hold,
    "ect_record": _k_ect,
    "moud_clinic": _k_moud,
    "detox_flow": _k_detox,
    "pdmp_utox_review": _k_pdmp,
    "cl_consult": _k_cl,
    "neuropsych_report": _k_neuropsych,
    "safety_plan": _k_safety,
    "group_milieu": _k_group,
    "peer_housing_referral": _k_peer,
}
_KINDS_RAD = {
    "head_ct": _k_ct,
    "brain_mri": _k_mri,
    "eeg_report": _k_eeg,
    "dat_fdg_scan": _k_nucmed,
    "imaging_addendum": _k_addendum,
}
DOCUMENT_KINDS = tuple(_KINDS_DS) + tuple(_KINDS_RAD)

_PSY_HEADS = ["Interval Events (copied forward from prior note):", "Nursing:", "Progress Note Addendum:",
              "Family Meeting:", "Medical:", "Legal:", "Disposition Planning:", "Pharmacy:", ""]
_PSY_SENT = ["Pt ate 75% of meals, attended AM group and received no PRNs overnight.",
             "Legal status unchanged; pt reminded of the right to request a hearing.",
             "Seen with team at rounds; remains on current precautions and agrees with plan.",
             "Medication education provided; pt verbalized understanding of EPS, weight gain and sedation.",
             "Case management following; outpatient appointments to be scheduled ___.",
             "Social work spoke with family ___; family meeting planned ___.",
             "Pt denies current SI/HI and agrees to notify staff if feeling unsafe.",
             "CBC and BMP unremarkable; lipid panel and A1c ordered for metabolic monitoring.",
             "Slept ___ hrs per night checks; no nocturnal awakenings documented.",
             "Required olanzapine 5 mg ODT x1 for agitation; no seclusion or restraint.",
             "Pt spent most of the afternoon in the dayroom, appropriate with peers.",
             "Vital signs stable; orthostatics negative; EKG QTc within normal limits.",
             "Pt requested discharge in writing (3-day notice); team evaluating for Section 7 petition.",
             "Weight trending up 2 kg since admission; metformin discussed.",
             "Pt called ___ from unit phone, conversation reportedly calm.",
             "Continues to endorse AH at lower intensity, less distressed by voices.",
             "Sleep improved with trazodone; appetite fair; hygiene improving with prompting.",
             "Reviewed discharge criteria with pt, who identified coping skills from DBT group.",
             "Occupational therapy assessed ADLs/IADLs; independent, able to manage meds with pillbox.",
             "Nicotine replacement offered and accepted; smoking cessation counseling provided.",
             "Pt disputes need for hospitalization but is taking scheduled medications.",
             "Urine drug screen repeated per protocol; results pending at time of note.",
             "Pt attended an NA meeting on the unit and spoke briefly.",
             "No acute events overnight; pt remains in good behavioral control."]
_RAD_HEADS = ["NOTE:", "RECOMMENDATION(S):", "TECHNICAL NOTE:", "CLINICAL CORRELATION:", ""]
_RAD_SENT = ["Dose reduction techniques were used including automated exposure control and iterative reconstruction.",
             "Findings were discussed with the ordering clinician ___ by telephone at ___.",
             "Motion artifact limits evaluation of the posterior fossa.",
             "No further imaging is recommended for the incidental findings.",
             "The orbits and visualized upper cervical spine are unremarkable.",
             "There is no hydrocephalus or midline shift.", "Gray-white matter differentiation is preserved.",
             "Clinical correlation and comparison with any outside studies is recommended.",
             "The patient tolerated the examination without sedation.",
             "Study reviewed at the neuroradiology multidisciplinary conference ___.",
             "Images were obtained per first-episode psychosis protocol.",
             "Small mucous retention cyst in the left maxillary sinus.",
             "The major intracranial flow voids are preserved.",
             "Preliminary report issued by the resident on call; agree with findings.",
             "Evaluation of the skull base is limited by streak artifact."]


_EEG_SENT = ["Drowsiness is marked by attenuation of the posterior rhythm and slow roving eye movements.",
             "Stage N2 sleep with vertex waves and sleep spindles was recorded.",
             "Push-button events: none; no clinical events captured.",
             "Intermittent muscle and movement artifact obscures the temporal derivations.",
             "The single-lead EKG shows a regular rhythm at approximately 80 bpm.",
             "Automated spike and seizure detection reviewed; no true epileptiform discharges identified.",
             "Technologist notes the patient was cooperative and awake for most of the recording.",
             "Findings were discussed with the psychiatry team ___."]


def _filler(ctx: _Ctx, rad: bool, kind: str = "") -> str:
    r = ctx.r
    head = ctx.draw("head", _RAD_HEADS if rad else _PSY_HEADS)
    pool = _EEG_SENT if kind == "eeg_report" else _RAD_SENT if rad else _PSY_SENT
    body = " ".join(ctx.draw("sent", pool) for _ in range(r.randint(2, 4)))
    return f"{head}\n{body}" if head else body


def _rad_look_block(ctx: _Ctx) -> str:
    r = ctx.r
    k = r.randrange(9)
    if k == 0:
        return (
            f"Contrast: {ctx.pick(['Gadavist', 'Dotarem', 'Omnipaque 350'])} lot {ctx.lot()}, "
            f"exp {ctx.expiry()}, via {ctx.la('MEDRAD Stellant')} injector."
        )
    if k == 1:
        return f"COMPARISON STUDIES:  {ctx.sd()} and {ctx.sd()} (outside)."
    if k == 2:
        proto = ctx.la(f"v{r.randint(2, 9)}.{r.randint(0, 9)}")
        return f"CTDIvol {ctx.la(str(r.randint(30, 60)) + ' mGy')}; protocol {proto}."
    if k == 3:
        return f"Patient previously imaged in {ctx.state()} ({ctx.year()}); report not available."
    if k == 4:
        return f"Reading performed in {ctx.pick(_DEPTS)}; carotid {ctx.la('Doppler')} from {ctx.year()} reviewed."
    if k == 5:
        return f"Exam ordered {ctx.sd()} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}; performed {ctx.sd()}."
    if k == 6:
        return f"Radiopharmaceutical lot {ctx.lot()}, REF {ctx.la(_d(r, 5))}, expires {ctx.expiry()}."
    if k == 7:
        model = ctx.la("M" + _d(r, 3))
        return f"Implant screening: {ctx.pick(['Medtronic', 'LivaNova'])} device, MR conditional per model {model}."
    return f"Pt is a {ctx.age()} from {ctx.country()}; interpreter used for screening form."


_MACHINE = (
    "Exam: {exam}   Status: FINAL   Priority: {pri}\nPerformed: {d} {t}   Accession: ___   "
    "Ordering: ___\nModality: {mod}   Station: ___"
)
_HEAVY = ["Contacts: ___ (mother) ___ / ___ (sister) ___ / ___ (PCP) ___",
          "Prior admissions: ___ (___), ___ (___), ___ (___), ___ (___)",
          "Outside providers: ___, ___ at ___; ___, ___ at ___",
          "Address on file: ___ ___, ___ ___   Phone ___   Alt ___",
          "Insurance: ___   Member ___   Group ___   Auth ___",
          "Court: ___ District Court, docket ___, hearing ___ at ___; counsel ___ (___)",
          "Pharmacy: ___ ___, ___; prescriber ___ DEA ___", "Signed ___ ___ ___:___ by ___, ___; cosigned ___ ___"]

# --------------------------------------------------------------------------------------------------
# Weyl sequences: heavy / planted / radiology per note, category per plant
# --------------------------------------------------------------------------------------------------

_A_HEAVY, _A_PLANT, _A_COUNT = 0.7548776662466927, 0.6180339887498949, 0.4142135623730951
_A_RAD, _A_CAT = 0.5698402909980532, 0.7071067811865476


def _frac(x: float) -> float:
    return x - math.floor(x)


def _is_heavy(seed: int, i: int) -> bool:
    return _frac(0.5 + i * _A_HEAVY + seed * 0.1373) < 0.05


def _n_plants(seed: int, i: int) -> int:
    if _is_heavy(seed, i) or _frac(i * _A_PLANT + seed * 0.3119) >= 0.60:
        return 0
    return 1 + int(_frac(i * _A_COUNT + seed * 0.0731) * 3.2)


def _is_radiology(seed: int, i: int) -> bool:
    return _frac(i * _A_RAD + seed * 0.1771) < 0.45


_CUM: list[tuple[float, str]] = []
_acc = 0.0
for _c in CATEGORIES:
    _acc += _WEIGHTS[_c] / sum(_WEIGHTS.values())
    _CUM.append((_acc, _c))


def _category(seed: int, g: int) -> str:
    u = _frac(g * _A_CAT + seed * 0.2113)
    for edge, cat in _CUM:
        if u < edge:
            return cat
    return CATEGORIES[-1]


def _plant_categories(seed: int, i: int) -> list[str]:
    g0 = sum(_n_plants(seed, k) for k in range(i))
    return [_category(seed, g0 + j) for j in range(_n_plants(seed, i))]


def document_kind(seed: int, i: int) -> str:
    """The document kind of note i (deterministic from seed and index)."""
    pool = tuple(_KINDS_RAD) if _is_radiology(seed, i) else tuple(_KINDS_DS)
    return pool[random.Random(f"h39kind:{seed}:{i}").randrange(len(pool))]


# --------------------------------------------------------------------------------------------------
# Assembly
# --------------------------------------------------------------------------------------------------

Block = list  # list of str | (value, category)


def _plant_block(r: random.Random, cat: str) -> tuple[str, Block]:
    pos, tmpl = r.choice(_PLANTS[cat])
    value = _VALUES[cat](r)
    pre, post = tmpl.split("{v}")
    return pos, [pre, (value, cat), post]


def _assemble(blocks: list[Block]) -> tuple[str, list[tuple[int, int, str]]]:
    parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    n = 0
    for bi, block in enumerate(blocks):
        if bi:
            parts.append("\n \n" if len(block) == 1 else "\n")
            n += len(parts[-1])
        for seg in block:
            if isinstance(seg, tuple):
                spans.append((n, n + len(seg[0]), seg[1]))
                seg = seg[0]
            parts.append(seg)
            n += len(seg)
    return "".join(parts) + "\n", sorted(spans)


def _overlaps(text: str, spans: list[tuple[int, int, str]], s: str) -> bool:
    start = text.find(s)
    while start >= 0:
        if any(a < start + len(s) and start < b for a, b, _ in spans):
            return True
        start = text.find(s, start + 1)
    return False


def _attempt(seed: int, i: int, attempt: int) -> tuple[LabelledNote, list[str], str]:
    r = random.Random(f"h39:{seed}:{i}:{attempt}")
    ctx = _Ctx(r)
    kind = document_kind(seed, i)
    heavy = _is_heavy(seed, i)
    builder = {**_KINDS_DS, **_KINDS_RAD}[kind]
    rad = kind in _KINDS_RAD
    blocks: list[Block] = [[b] for b in builder(ctx)]
    if rad and r.random() < 0.35:
        blocks.insert(
            0,
            [
                _MACHINE.format(
                    exam=kind.replace("_", " ").upper(),
                    pri=r.choice(["ROUTINE", "STAT"]),
                    d=ctx.sd(),
                    t=f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}",
                    mod=r.choice(["CT", "MR", "NM", "EEG"]),
                )
            ],
        )
    for _ in range(r.randint(2, 4)):
        blocks.insert(r.randint(1, len(blocks)), [_rad_look_block(ctx) if rad else _look_block(ctx)])
    if heavy:
        for line in r.sample(_HEAVY, r.randint(5, 8)):
            blocks.insert(r.randint(1, len(blocks)), [line])
    target = r.choice([r.randint(1150, 1800), r.randint(1600, 2600)] + ([] if rad else [r.randint(2400, 3800)]))
    while sum(len(b[0]) + 3 for b in blocks) < target:
        at = len(blocks) - 1 if rad else r.randint(2, len(blocks) - 1)
        blocks.insert(at, [_filler(ctx, rad, kind)])
    for cat in _plant_categories(seed, i):
        pos, block = _plant_block(r, cat)
        if pos == "H":
            at = 1
        elif pos == "S":
            at = len(blocks)
        else:
            at = r.randint(2, max(2, len(blocks) - 1))
        blocks.insert(at, block)
    text, spans = _assemble(blocks)
    note_type = "radiology" if kind in _KINDS_RAD else "discharge"
    return LabelledNote(note_type, text, spans), ctx.looks, "heavy" if heavy else "normal"


def _valid(note: LabelledNote, looks: list[str]) -> bool:
    if not 1100 <= len(note.text) <= 4500:
        return False
    last = -1
    for s, e, _ in note.spans:
        if s < last:
            return False
        last = e
    return not any(_overlaps(note.text, note.spans, lk) for lk in looks)


def _build(seed: int, i: int) -> tuple[LabelledNote, list[str], str]:
    """(note, look-alike strings, "heavy" | "normal") for note i of the corpus with this seed."""
    for attempt in range(40):
        note, looks, kind = _attempt(seed, i, attempt)
        if _valid(note, looks):
            return note, looks, kind
    raise RuntimeError(f"holdout39: no valid note for seed {seed}, index {i}")


def holdout39_note(seed: int, i: int) -> LabelledNote:
    return _build(seed, i)[0]


def holdout39_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout39_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = measure(
        holdout39_corpus,
        argv,
        "Held-out corpus 39 (inpatient psychiatry, addiction medicine, consult-liaison; written blind)",
    )
    report("holdout39", args, notes, hits, res)


if __name__ == "__main__":
    main()
