"""Held-out corpus 61: medical toxicology and the regional poison center -- overdoses, poison-center
consult calls, envenomations (snake, spider, scorpion), carbon monoxide and hyperbaric referral, hazmat
and industrial chemical exposures, mushroom and plant ingestions, toxicology lab send-outs and antidote
stocking.

Document kinds (``DOCUMENT_KINDS``): discharge-type notes -- ``tox_consult_ds`` (inpatient overdose
summary with a medical toxicology consult), ``pc_case_record`` (poison-center case record pasted into the
chart, follow-up call log), ``snakebite_ds`` (crotalid envenomation, antivenom), ``arthropod_ed`` (black
widow, recluse and scorpion envenomation ED/observation note), ``co_hbo_referral`` (carbon monoxide
poisoning and hyperbaric referral/treatment), ``hazmat_occupational`` (industrial and hazmat chemical
exposure, decontamination, workers' compensation), ``mushroom_plant`` (mushroom and plant ingestions),
``tox_sendout`` (toxicology laboratory send-out requisition and report), ``antidote_stock`` (pharmacy
antidote dispensing, borrowing and stocking note), ``toxic_alcohol_hd`` (toxic alcohol / lithium /
salicylate poisoning requiring fomepizole and hemodialysis); radiology-type reports -- ``rad_abd_ingestion``
(abdominal radiograph for radiopaque ingestion, button battery, iron), ``rad_brain_toxic`` (CT/MRI brain
after carbon monoxide or methanol), ``rad_chest_inhalation`` (chest imaging after irritant gas or
hydrocarbon aspiration), ``rad_extremity_bite`` (extremity radiograph/ultrasound after a bite or
hydrofluoric acid burn), ``rad_ct_packer`` (CT abdomen/pelvis for body packing or stuffing).

Shape: MIMIC-IV-Note-like text where most identifiers are ``___``; unmasked dates are shifted into
2100-2200 and never labelled. About 58% of notes carry 1-4 identifiers that escaped masking; 5% are heavy
(many ``___``, no plants). Categories of the planted spans follow an integer Weyl sequence, so the
per-category totals do not depend on the random choice of values.

Label policy (copied from the brief): PERSON is one span per name (given and family together, titles outside);
LOCATION is a place below state level (a street line is STREET_ADDRESS; town and ZIP are separate spans;
states and countries are never labelled, and "New York" alone is the state); ORGANIZATION is a named hospital,
practice, pharmacy (a chain's store too), agency, school or employer, never a generic department, and never a
drug maker, biotech or trial sponsor named as such (a jail, prison or court is one; a payer or insurer named
as such is not). DATE_REAL_YEAR is a whole date carrying a year 1900–2030 (a bare year is not labelled; a
device, drug or lot expiry date is not labelled; a death date is). AGE_OVER_89 labels the digits of ages ≥ 90.
DEVICE_ID is a device serial (for a GS1 UDI only the (21) serial) or a hospital asset tag; lot, GTIN, REF,
model and expiry are not identifiers. A toll-free phone number (800, 888, 877, 866, 855, 844, 833) is a public
line: never labelled; a device maker's or vendor's toll-free fax neither, a practice's toll-free fax is FAX.
ACCOUNT covers account, encounter, incident/run, accession, order, requisition, claim and specimen numbers,
and a vendor's call or session id for the patient's encounter; HEALTH_PLAN member, subscriber and policy ids
(an employer's group number is not the member's id: leave it unlabelled); LICENSE medical, nursing, EMS, DEA
and driver's licences and a clinician's NPI. Spans hold the value only: cue words ("Dr.", "MRN:", "pager",
"Fax", "SN", "plate", "Acct") and credentials ("MD", "RN") stay outside.

Corpus conventions on top of the policy: a poison-center case number, a hazmat or fire-department
incident number, an EMS run number, a workers' compensation claim number and a tox-lab accession,
requisition or specimen number are ACCOUNT; a poison center, a hyperbaric center, a hazmat team or fire
department, an EMS agency, a county health department, a correctional facility, a school and an employer
plant are ORGANIZATION; antidote and antivenom makers, payers, the FDA/CDC/ATSDR/OSHA/NIOSH/EPA, NPDS and
other registries are never labelled; the public poison-help line 1-800-222-1222 and other toll-free lines
are never labelled; UN and CAS numbers, NDCs, lot numbers, expiry dates, species names and antidote brand
names are look-alikes.

Written blind: before writing this module I read only the corpus brief
(``bench/holdout_corpus_task.md``), ``lqs_clinical/synth/holdout_measure.py``, the first 45 lines of
``lqs_clinical/synth/notes.py``, ``pyproject.toml``, ``/work/shared/reference/*.md`` and the masked
PyHealth note-shaped samples (with ``SOURCES.md``) under ``/work/shared/data/``. No detector code, rule
file, other corpus, test or benchmark was opened, and the detector was never run.
"""

from __future__ import annotations

import random
import re

from lqs_clinical.synth import holdout_measure
from lqs_clinical.synth.notes import LabelledNote

# --------------------------------------------------------------------------------------------------
# Deterministic schedules (integer Weyl sequences; no global state, no hash())
# --------------------------------------------------------------------------------------------------

_MASK = (1 << 64) - 1
_W_KIND = 0xBB67AE8584CAA73B
_W_PICK = 0x3C6EF372FE94F82B
_W_NSPAN = 0x9E3779B97F4A7C15
_W_CAT = 0x6A09E667F3BCC909
_HEAVY_RESIDUE = 13  # (i + 17 * seed) % 20


def _weyl(k: int, mult: int) -> float:
    return ((k * mult) & _MASK) / float(1 << 64)


def _plant_residues() -> frozenset[int]:
    cand = [r for r in range(100) if r % 20 != _HEAVY_RESIDUE]
    cand.sort(key=lambda r: ((r * 37) % 100, r))
    return frozenset(cand[:58])


_PLANT_RESIDUES = _plant_residues()

_CAT_WEIGHTS = (
    ("PERSON", 14),
    ("DATE_REAL_YEAR", 10),
    ("ORGANIZATION", 10),
    ("ACCOUNT", 9),
    ("LOCATION", 7),
    ("PHONE", 6),
    ("MRN", 6),
    ("AGE_OVER_89", 4),
    ("STREET_ADDRESS", 4),
    ("ZIP", 4),
    ("HEALTH_PLAN", 4),
    ("LICENSE", 4),
    ("DEVICE_ID", 4),
    ("FAX", 3),
    ("PAGER", 3),
    ("EMAIL", 3),
    ("VEHICLE_ID", 3),
    ("URL", 2),
    ("IP_ADDRESS", 2),
    ("SSN", 2),
)
_CAT_TOTAL = sum(w for _, w in _CAT_WEIGHTS)


def _category(u: float) -> str:
    acc = 0.0
    for cat, w in _CAT_WEIGHTS:
        acc += w / _CAT_TOTAL
        if u < acc:
            return cat
    return _CAT_WEIGHTS[-1][0]


def _categories(j: int) -> list[str]:
    u = _weyl(j, _W_NSPAN)
    n = 1 if u < 0.38 else 2 if u < 0.72 else 3 if u < 0.90 else 4
    return [_category(_weyl(j * 5 + k + 1, _W_CAT)) for k in range(n)]


# --------------------------------------------------------------------------------------------------
# Look-alikes (never labelled)
# --------------------------------------------------------------------------------------------------

EPONYMS_AND_BRANDS = (
    "Rumack-Matthew nomogram",
    "Done nomogram",
    "King's College criteria",
    "Glasgow Coma Scale",
    "Hunter criteria",
    "Sternbach criteria",
    "Osborn waves",
    "Brugada pattern",
    "Mees' lines",
    "Chvostek sign",
    "Trousseau sign",
    "Kussmaul respirations",
    "Wernicke encephalopathy",
    "Widmark formula",
    "Weaver protocol",
    "Lund-Browder chart",
    "Bezold-Jarisch reflex",
    "Killip class",
    "Parkland formula",
    "Fanconi syndrome",
    "CroFab",
    "Anavip",
    "Anascorp",
    "Cyanokit",
    "DigiFab",
    "Narcan",
    "Kloxxado",
    "Acetadote",
    "Antizol",
    "Protopam",
    "Intralipid",
    "Legalon SIL",
    "Desferal",
    "ProvayBlue",
    "Nithiodote",
    "Chemet",
    "BAL in Oil",
    "Radiogardase",
    "Voraxaze",
    "Praxbind",
    "Kcentra",
    "Sandostatin",
    "Romazicon",
    "Tylenol PM",
    "Benadryl",
    "Seroquel",
    "Wellbutrin XL",
    "Calan SR",
    "Lanoxin",
    "Depakote",
    "Lioresal",
    "Glucotrol",
    "Colcrys",
    "Lomotil",
    "Masimo Rad-57",
    "Rainbow SET",
    "Sechrist 3300H",
    "Perry Sigma 34",
    "Alaris 8015",
    "i-STAT",
    "MultiRAE Lite",
    "Dräger X-am 5000",
    "GasAlert Max XT",
    "Kidde Nighthawk",
    "Amanita phalloides",
    "Amanita bisporigera",
    "Gyromitra esculenta",
    "Chlorophyllum molybdites",
    "Latrodectus mactans",
    "Loxosceles reclusa",
    "Centruroides sculpturatus",
    "Crotalus horridus",
    "Agkistrodon contortrix",
    "Datura stramonium",
    "Cicuta maculata",
    "Digitalis purpurea",
    "Nerium oleander",
    "Phytolacca americana",
)

_TOLL_FREE_AREAS = ("800", "888", "877", "866", "855", "844", "833")

# --------------------------------------------------------------------------------------------------
# Value pools (fictitious)
# --------------------------------------------------------------------------------------------------

_GIVEN = (
    "Marisol",
    "Dwayne",
    "Keiko",
    "Anselm",
    "Priya",
    "Tobias",
    "Yolanda",
    "Casimir",
    "Ngozi",
    "Brennan",
    "Ludmila",
    "Rashid",
    "Colette",
    "Ezekiel",
    "Fumiko",
    "Harlan",
    "Ines",
    "Jorge",
    "Katarzyna",
    "Leland",
    "Mireille",
    "Odell",
    "Perpetua",
    "Quincy",
    "Rosalind",
    "Silvio",
    "Tamsin",
    "Ulrich",
    "Vashti",
    "Wendell",
    "Xiomara",
    "Yusuf",
    "Zofia",
    "Augustin",
    "Bernadette",
    "Cormac",
    "Delphine",
    "Emeka",
    "Flannery",
    "Gunnar",
    "Hyacinth",
    "Isidro",
    "Jolene",
    "Kwabena",
    "Lorna",
    "Matthias",
    "Nadia",
    "Oren",
    "Petra",
    "Raffaele",
    "Soledad",
    "Thaddeus",
    "Una",
    "Vikram",
    "Winifred",
    "Amara",
    "Boris",
    "Celestine",
    "Dmitri",
    "Esperanza",
)
_FAMILY = (
    "Quintero",
    "Okonkwo",
    "Halvorsen",
    "Vasquez-Ortiz",
    "Brandvold",
    "Takahashi",
    "Pellegrino",
    "Szymanski",
    "Adeyemi",
    "Fairweather",
    "Lindqvist",
    "Marchetti",
    "Oyelaran",
    "Dubrovsky",
    "Kettering",
    "Nakashima",
    "Abernathy",
    "Castellanos",
    "Eberhardt",
    "Gallagher",
    "Hollingsworth",
    "Iwasaki",
    "Jablonski",
    "Kowalczyk",
    "Lachance",
    "Mbeki",
    "Northcutt",
    "O'Donoghue",
    "Pruitt",
    "Rasmussen",
    "Santangelo",
    "Thibodeaux",
    "Underhill",
    "Vandermeer",
    "Whitcomb",
    "Yablonski",
    "Zielinski",
    "Achterberg",
    "Bouchard",
    "Chaudhry",
    "Delacroix",
    "Esposito",
    "Fitzhugh",
    "Grabowski",
    "Haddad",
    "Ingersoll",
    "Jankowski",
    "Kilbride",
    "Lombardo",
    "McAllister",
    "Nieves",
    "Ostrowski",
    "Petrakis",
    "Quackenbush",
    "Rutkowski",
    "Stavros",
)
_TOWNS = (
    "Saugerties",
    "Catskill",
    "Oneonta",
    "Cortland",
    "Elmira",
    "Glens Falls",
    "Plattsburgh",
    "Watertown",
    "Oswego",
    "Canandaigua",
    "Batavia",
    "Lockport",
    "Olean",
    "Massena",
    "Herkimer",
    "Cobleskill",
    "Peekskill",
    "Ossining",
    "Monticello",
    "Walden",
    "Rhinebeck",
    "Hornell",
    "Malone",
    "Gloversville",
    "Johnstown",
    "Little Falls",
    "Ilion",
    "Norwich",
    "Delhi",
    "Sidney",
    "Owego",
    "Corning",
    "Penn Yan",
    "Seneca Falls",
    "Fulton",
    "Lowville",
    "Potsdam",
    "Ogdensburg",
    "Saranac Lake",
    "Ticonderoga",
    "Schroon Lake",
    "Ellenville",
    "Margaretville",
    "Stamford",
    "Walton",
    "Liberty",
    "Wurtsboro",
    "Port Jervis",
    "Warwick",
    "Goshen",
    "New Paltz",
    "Kerhonkson",
    "Phoenicia",
    "Windham",
    "Tannersville",
    "Coxsackie",
    "Ravena",
    "Chatham",
)
_FAR_TOWNS = ("Tucson", "Yuma", "Mesa", "Sierra Vista", "Nogales", "Lake Havasu City", "Las Cruces", "Ocala")
_COUNTIES = (
    "Ulster",
    "Sullivan",
    "Delaware",
    "Greene",
    "Schoharie",
    "Chenango",
    "Otsego",
    "Chemung",
    "Steuben",
    "Oswego",
    "Jefferson",
    "Herkimer",
    "Fulton",
    "Essex",
    "Franklin",
    "Cattaraugus",
    "Tioga",
    "Yates",
)
_STREETS = (
    "Quarry",
    "Kiln",
    "Orchard",
    "Mill",
    "Cider",
    "Tannery",
    "Foundry",
    "Furnace",
    "Ridge",
    "Hollow",
    "Lockwood",
    "Sawkill",
    "Esopus",
    "Rondout",
    "Old Post",
    "Schoolhouse",
    "Church",
    "Sycamore",
    "Bluestone",
    "Tillson",
    "Hurley",
    "Wittenberg",
    "Plank",
    "Cemetery",
    "Creamery",
    "Depot",
    "Hemlock",
    "Beaverkill",
)
_STREET_TYPES = ("Road", "Rd", "Street", "St.", "Lane", "Ln", "Avenue", "Ave", "Turnpike", "Hill Road", "Way")

_POISON_CENTERS = (
    "Hudson Valley Regional Poison Center",
    "Upstate Poison & Drug Information Center",
    "Finger Lakes Regional Poison Center",
    "North Country Poison Information Service",
    "Southern Tier Poison Center",
    "Capital District Poison & Drug Information Center",
    "Mohawk Regional Poison Control Center",
    "Desert Southwest Poison Center",
)
_HOSP_SUFFIX = (
    "Memorial Hospital",
    "General Hospital",
    "Medical Center",
    "Community Hospital",
    "Regional Medical Center",
    "Health Center",
)
_SAINTS = (
    "St. Brendan's Hospital",
    "Mercy Hudson Medical Center",
    "St. Casimir Hospital",
    "Our Lady of Lourdes Hospital of the Valley",
    "St. Agatha's Medical Center",
    "Good Samaritan of Ellenville",
)
_HBO = (
    "Adirondack Hyperbaric Medicine Center",
    "Hudson Hyperbaric Institute",
    "Catskill Wound & Hyperbaric Center",
    "Lakeshore Hyperbaric Unit",
    "Twin Tiers Hyperbaric Medicine",
)
_EMPLOYER_KIND = (
    "Plating & Finishing",
    "Chemical Co.",
    "Cold Storage",
    "Pool Supply",
    "Orchards",
    "Dairy Farm",
    "Metal Works",
    "Water Treatment LLC",
    "Glassworks",
    "Semiconductor Inc.",
    "Fumigation Services",
    "Tannery",
    "Battery Recycling",
    "Brewing Company",
)


def _name(r: random.Random) -> str:
    g, f = r.choice(_GIVEN), r.choice(_FAMILY)
    form = r.randrange(9)
    if form == 0:
        return f"{f}, {g}"
    if form == 1:
        return f"{g} {r.choice('ABCDEHJKLMPRSTW')}. {f}"
    if form == 2:
        return f"{g[0]}. {f}"
    if form == 3:
        return f"{f.upper()}, {g.upper()}"
    if form == 4:
        return f"{g} {f}-{r.choice(_FAMILY).replace(chr(39), '')}"
    return f"{g} {f}"


def _town(r: random.Random) -> str:
    return r.choice(_TOWNS)


def _organization(r: random.Random, kind: str | None = None) -> str:
    kind = kind or r.choice(("pc", "hosp", "hosp", "hbo", "fd", "emp", "emp", "pharm", "school", "ems", "dept", "jail"))
    t = _town(r)
    if kind == "pc":
        return r.choice(_POISON_CENTERS)
    if kind == "hosp":
        return r.choice(_SAINTS) if r.random() < 0.3 else f"{t} {r.choice(_HOSP_SUFFIX)}"
    if kind == "hbo":
        return r.choice(_HBO)
    if kind == "fd":
        return r.choice(
            (
                f"{t} Fire Department",
                f"{t} Volunteer Fire Company",
                f"Town of {t} Fire District",
                f"{r.choice(_COUNTIES)} County Hazardous Materials Response Team",
                f"{t} Fire Rescue",
            )
        )
    if kind == "emp":
        return f"{r.choice((r.choice(_FAMILY), t))} {r.choice(_EMPLOYER_KIND)}"
    if kind == "pharm":
        return r.choice(
            (
                f"{r.choice(_FAMILY)} Family Pharmacy",
                f"CVS Pharmacy #{r.randint(1000, 9999)}",
                f"Walgreens #{r.randint(1000, 19999)}",
                f"Kinney Drugs #{r.randint(10, 120)}",
                f"{t} Apothecary",
            )
        )
    if kind == "school":
        return r.choice(
            (f"{t} Central School District", f"{t} Middle School", f"{t} Elementary School", f"{t} Montessori Academy")
        )
    if kind == "ems":
        return r.choice((f"{t} Volunteer Ambulance Corps", f"{r.choice(_COUNTIES)} County EMS", f"{t} Rescue Squad"))
    if kind == "dept":
        return r.choice(
            (
                f"{r.choice(_COUNTIES)} County Department of Health",
                f"{r.choice(_COUNTIES)} County Health Department",
                f"{t} Department of Public Works",
            )
        )
    return r.choice(
        (
            f"{r.choice(_COUNTIES)} County Correctional Facility",
            f"{t} Correctional Facility",
            f"{r.choice(_COUNTIES)} County Jail",
        )
    )


def _digits(r: random.Random, n: int) -> str:
    return "".join(str(r.randrange(10)) for _ in range(n))


_AREAS = (
    "845",
    "518",
    "315",
    "607",
    "716",
    "585",
    "914",
    "631",
    "347",
    "929",
    "520",
    "480",
    "352",
    "570",
    "413",
    "802",
    "732",
    "203",
)


def _phone(r: random.Random, areas: tuple[str, ...] = _AREAS) -> str:
    a, x, ln = r.choice(areas), str(r.randint(201, 989)), _digits(r, 4)
    form = r.randrange(8)
    return (
        f"({a}) {x}-{ln}",
        f"{a}-{x}-{ln}",
        f"{a}.{x}.{ln}",
        f"{a} {x} {ln}",
        f"+1 {a} {x} {ln}",
        f"1-{a}-{x}-{ln}",
        f"({a}){x}-{ln}",
        f"{a}/{x}-{ln}",
    )[form]


def _toll_free(r: random.Random) -> str:
    a, x, ln = r.choice(_TOLL_FREE_AREAS), str(r.randint(201, 989)), _digits(r, 4)
    return r.choice((f"1-{a}-{x}-{ln}", f"({a}) {x}-{ln}", f"{a}-{x}-{ln}"))


def _pager(r: random.Random) -> str:
    return r.choice(
        (
            _digits(r, 4),
            _digits(r, 5),
            f"{r.randint(1, 9)}-{_digits(r, 4)}",
            f"{_digits(r, 3)}-{_digits(r, 4)}",
            f"({r.choice(_AREAS)}) {r.randint(201, 989)}-{_digits(r, 4)}",
        )
    )


def _email(r: random.Random) -> str:
    g, f = r.choice(_GIVEN).lower(), r.choice(_FAMILY).lower().replace("'", "").replace("-", "")
    dom = r.choice(
        (
            "hvrpc.org",
            "upstatetox.net",
            "fingerlakespoison.org",
            "mohawkgeneral.org",
            "gmail.com",
            "yahoo.com",
            "outlook.com",
            "aol.com",
            "icloud.com",
            "kettering-plating.com",
            "catskillhbo.org",
            "northcountrytox.org",
            "frontiernet.net",
        )
    )
    form = r.randrange(5)
    user = (f"{g}.{f}", f"{g[0]}{f}", f"{g}{f[:3]}{r.randint(1, 99)}", f"{f}.{g[0]}", f"{g}_{f}{r.randint(60, 99)}")
    return f"{user[form]}@{dom}"


def _url(r: random.Random) -> str:
    tok = "".join(r.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(r.randint(6, 10)))
    g, f = r.choice(_GIVEN).lower(), r.choice(_FAMILY).lower().replace("'", "").replace("-", "")
    return r.choice(
        (
            f"https://mychart.mohawkgeneral.org/visit/{tok}",
            f"www.facebook.com/{g}.{f}.{r.randint(1, 99)}",
            f"https://share.imagelink-pacs.com/s/{tok}",
            f"https://zoom.us/j/{_digits(r, 10)}",
            f"https://www.instagram.com/{g}_{f}_herps",
            f"http://tinyurl.com/{tok}",
            f"https://portal.hvrpc.org/case/{_digits(r, 7)}",
            f"https://drive.google.com/file/d/{tok}{tok}/view",
            f"www.youtube.com/watch?v={tok}",
            f"https://telehealth.catskillhbo.org/room/{f}{r.randint(1, 99)}",
        )
    )


def _ip(r: random.Random) -> str:
    return r.choice(
        (
            f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
            f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
            f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
            f"{r.randint(24, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
        )
    )


def _ssn(r: random.Random) -> str:
    area = r.choice((r.randint(1, 665), r.randint(667, 899)))
    a, g, s = f"{area:03d}", f"{r.randint(1, 99):02d}", f"{r.randint(1, 9999):04d}"
    return r.choice((f"{a}-{g}-{s}", f"{a} {g} {s}", f"{a}{g}{s}", f"{a}-{g}-{s}"))


def _mrn(r: random.Random) -> str:
    return r.choice(
        (
            _digits(r, 7),
            "00" + _digits(r, 6),
            f"MR{_digits(r, 7)}",
            f"E{_digits(r, 8)}",
            f"{_digits(r, 3)}-{_digits(r, 2)}-{_digits(r, 2)}",
            _digits(r, 9),
            f"H{_digits(r, 6)}",
        )
    )


def _account(r: random.Random, kind: str | None = None) -> str:
    kind = kind or r.choice(("pc", "enc", "acc", "spec", "req", "ord", "claim", "run", "inc", "session", "csn"))
    if kind == "pc":
        return r.choice(
            (
                f"{r.randint(21, 26)}-{_digits(r, 6)}",
                f"PC{_digits(r, 7)}",
                f"HVR-{_digits(r, 7)}",
                f"{_digits(r, 8)}",
                f"NY{_digits(r, 2)}-{_digits(r, 5)}",
            )
        )
    if kind == "enc":
        return r.choice((_digits(r, 10), f"V{_digits(r, 9)}", f"{_digits(r, 4)}-{_digits(r, 6)}"))
    if kind == "acc":
        return r.choice(
            (
                f"TX{_digits(r, 8)}",
                f"A{_digits(r, 9)}",
                f"RAD{_digits(r, 8)}",
                f"{r.choice('MSTCL')}{_digits(r, 2)}-{_digits(r, 6)}",
            )
        )
    if kind == "spec":
        return r.choice(
            (f"SP-{_digits(r, 7)}", f"{_digits(r, 2)}{r.choice('ABCDEFGH')}{_digits(r, 6)}", f"SPC{_digits(r, 9)}")
        )
    if kind == "req":
        return r.choice((f"REQ{_digits(r, 7)}", f"R-{_digits(r, 8)}", _digits(r, 9)))
    if kind == "ord":
        return r.choice((f"ORD{_digits(r, 8)}", _digits(r, 9), f"O{_digits(r, 10)}"))
    if kind == "claim":
        return r.choice(
            (
                f"WC{_digits(r, 9)}",
                f"G{_digits(r, 3)} {_digits(r, 4)}",
                f"{_digits(r, 4)}-{_digits(r, 7)}",
                f"C{_digits(r, 8)}-001",
            )
        )
    if kind == "run":
        return r.choice((f"{_digits(r, 8)}", f"R{_digits(r, 7)}", f"EMS-{_digits(r, 6)}"))
    if kind == "inc":
        return r.choice((f"{r.randint(21, 26)}-{_digits(r, 7)}", f"F{_digits(r, 8)}", f"HM-{_digits(r, 5)}"))
    if kind == "session":
        return r.choice((f"{_digits(r, 9)}", f"VRI-{_digits(r, 7)}", f"LS{_digits(r, 8)}"))
    return _digits(r, 10)


def _health_plan(r: random.Random, kind: str | None = None) -> str:
    kind = kind or r.choice(("member", "cin", "mbi", "sub", "policy"))
    L = "ABCDEFGHJKLMNPQRTUVWXY"
    if kind == "cin":
        return f"{r.choice(L)}{r.choice(L)}{_digits(r, 5)}{r.choice(L)}"
    if kind == "mbi":
        m = (
            f"{r.randint(1, 9)}{r.choice(L)}{r.choice(L + '0123456789')}{r.randint(0, 9)}{r.choice(L)}"
            f"{r.choice(L + '0123456789')}{r.randint(0, 9)}{r.choice(L)}{r.choice(L)}{r.randint(0, 9)}{r.randint(0, 9)}"
        )
        return m if r.random() < 0.5 else f"{m[:4]}-{m[4:7]}-{m[7:]}"
    if kind == "sub":
        return r.choice(
            (f"{_digits(r, 9)}-0{r.randint(1, 4)}", f"{r.choice(L)}{r.choice(L)}{r.choice(L)}{_digits(r, 9)}")
        )
    if kind == "policy":
        return r.choice((f"W{_digits(r, 10)}", f"{r.choice(L)}{_digits(r, 8)}", f"P-{_digits(r, 9)}"))
    return r.choice(
        (
            f"{r.choice(L)}{r.choice(L)}{r.choice(L)}{_digits(r, 9)}",
            f"{_digits(r, 11)}",
            f"{r.choice(L)}{_digits(r, 8)}{r.choice(L)}",
        )
    )


def _dea(r: random.Random) -> str:
    first, second = r.choice("ABFGM"), r.choice(_FAMILY)[0]
    d = [r.randrange(10) for _ in range(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return first + second + "".join(map(str, d)) + str(check)


def _npi(r: random.Random) -> str:
    body = r.choice("12") + _digits(r, 8)
    total, dbl = 24, True
    for ch in reversed(body):
        v = int(ch) * 2 if dbl else int(ch)
        total += v - 9 if v > 9 else v
        dbl = not dbl
    return body + str((10 - total % 10) % 10)


def _license(r: random.Random, kind: str | None = None) -> str:
    kind = kind or r.choice(("npi", "npi", "dea", "md", "rn", "ems", "dl"))
    if kind == "npi":
        return _npi(r)
    if kind == "dea":
        return _dea(r)
    if kind == "md":
        return r.choice((f"{r.randint(180000, 329999)}", f"0{r.randint(180000, 329999)}"))
    if kind == "rn":
        return r.choice((f"{r.randint(500000, 799999)}", f"{r.randint(500, 799)}-{_digits(r, 3)}"))
    if kind == "ems":
        return r.choice((f"{r.randint(100000, 499999)}", f"P-{r.randint(10000, 99999)}"))
    return r.choice((f"{_digits(r, 3)} {_digits(r, 3)} {_digits(r, 3)}", _digits(r, 9), f"D{_digits(r, 7)}"))


def _zip(r: random.Random) -> str:
    z = r.choice((str(r.randint(12401, 14925)), str(r.randint(10901, 12198)), str(r.randint(85001, 85750))))
    return z if r.random() < 0.8 else f"{z}-{_digits(r, 4)}"


def _street(r: random.Random) -> str:
    s = (
        f"{r.randint(2, 9899)} {r.choice(('', '', '', 'N. ', 'South ', 'W. ', 'Old '))}{r.choice(_STREETS)} "
        f"{r.choice(_STREET_TYPES)}"
    )
    if r.random() < 0.12:
        s = f"{r.randint(2, 9899)} State Route {r.choice((28, 17, 30, 209, 212, 9, 10, 23))}"
    u = r.random()
    if u < 0.15:
        s += f", Apt {r.randint(1, 9)}{r.choice('ABCD')}"
    elif u < 0.22:
        s += f", Lot {r.randint(1, 80)}"
    elif u < 0.27:
        s += f" Unit {r.randint(1, 40)}"
    return s


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


def _date(r: random.Random, lo: int = 1935, hi: int = 2029) -> str:
    y, m, d = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
    form = r.randrange(8)
    mon = _MONTHS[m - 1]
    return (
        f"{m:02d}/{d:02d}/{y}",
        f"{m}/{d}/{y}",
        f"{y}-{m:02d}-{d:02d}",
        f"{mon} {d}, {y}",
        f"{d} {mon[:3]} {y}",
        f"{mon[:3]}. {d}, {y}",
        f"{d:02d}-{mon[:3].upper()}-{y}",
        f"{m:02d}.{d:02d}.{y}",
    )[form]


def _shifted(r: random.Random) -> str:
    y, m, d = r.randint(2105, 2195), r.randint(1, 12), r.randint(1, 28)
    return r.choice((f"{y}-{m:02d}-{d:02d}", f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{_MONTHS[m - 1]} {d}, {y}"))


def _expiry(r: random.Random) -> str:
    y, m, d = r.randint(2024, 2030), r.randint(1, 12), r.randint(1, 28)
    return r.choice(
        (
            f"Exp {y}-{m:02d}-{d:02d}",
            f"EXP {m:02d}/{y}",
            f"exp. {m:02d}/{d:02d}/{y}",
            f"Expires {_MONTHS[m - 1][:3]} {y}",
            f"expiry {d:02d}-{_MONTHS[m - 1][:3].upper()}-{y}",
        )
    )


def _device_serial(r: random.Random) -> str:
    return r.choice(
        (
            f"{r.choice('ABCDEFGHJK')}{_digits(r, 8)}",
            f"SR{_digits(r, 7)}",
            f"{_digits(r, 4)}-{_digits(r, 5)}",
            f"MX{_digits(r, 6)}{r.choice('ABCDE')}",
            f"{r.choice(('BME', 'BIO', 'CE'))}-{_digits(r, 6)}",
            _digits(r, 10),
            f"0{_digits(r, 7)}",
        )
    )


def _vehicle(r: random.Random, kind: str | None = None) -> str:
    kind = kind or r.choice(("plate", "plate", "vin", "tail"))
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if kind == "plate":
        return r.choice(
            (
                f"{r.choice(L)}{r.choice(L)}{r.choice(L)}-{_digits(r, 4)}",
                f"{r.choice(L)}{r.choice(L)}{r.choice(L)} {_digits(r, 4)}",
                f"{_digits(r, 2)}{r.choice(L)}{r.choice(L)}{_digits(r, 3)}",
                f"{r.choice(L)}{r.choice(L)}{_digits(r, 5)}",
            )
        )
    if kind == "vin":
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        return r.choice("12345") + "".join(r.choice(chars) for _ in range(16))
    return f"N{r.randint(1, 9)}{_digits(r, r.randint(1, 3))}{r.choice(L)}{r.choice(L)}"


# --------------------------------------------------------------------------------------------------
# Marker text: <<CAT|value>> is a planted span, [[value]] a look-alike
# --------------------------------------------------------------------------------------------------

_MARK = re.compile(r"<<([A-Z_0-9]+)\|(.*?)>>|\[\[(.*?)\]\]", re.S)


def _render(blocks: list[str]) -> tuple[str, list[tuple[int, int, str]], list[str]]:
    src = "\n\n".join(blocks)
    out: list[str] = []
    spans: list[tuple[int, int, str]] = []
    looks: list[str] = []
    pos, last = 0, 0
    for m in _MARK.finditer(src):
        chunk = src[last : m.start()]
        out.append(chunk)
        pos += len(chunk)
        if m.group(1):
            v = m.group(2)
            spans.append((pos, pos + len(v), m.group(1)))
        else:
            v = m.group(3)
            looks.append(v)
        out.append(v)
        pos += len(v)
        last = m.end()
    out.append(src[last:])
    return "".join(out), spans, looks


def _plain_len(blocks: list[str]) -> int:
    return len(_MARK.sub(lambda m: m.group(2) if m.group(1) else m.group(3), "\n\n".join(blocks)))


def L(s: str) -> str:  # noqa: N802 - look-alike marker
    return f"[[{s}]]"


def _t(r: random.Random) -> str:
    return f"{r.randint(0, 23):02d}:{r.choice(('05', '10', '12', '20', '25', '31', '40', '45', '52', '58'))}"


def _sd(r: random.Random) -> str:
    return L(_shifted(r))


def _age_lookalike(r: random.Random) -> str:
    n = r.choice((r.randint(2, 5), r.randint(14, 45), r.randint(46, 88)))
    return r.choice((L(f"{n}-year-old"), L(f"{n} y/o"), L(f"{n} yo")))


def _age_phrase(r: random.Random) -> str:
    return _age_lookalike(r) if r.random() < 0.35 else r.choice(("___ y/o", "___ year old", "___-year-old", "___ yo"))


# --------------------------------------------------------------------------------------------------
# Clinical filler pools
# --------------------------------------------------------------------------------------------------

_OD = (
    (
        "acetaminophen",
        "Tylenol PM",
        "Rumack-Matthew nomogram",
        "4-h APAP level {a} mcg/mL, above the treatment line on the {e}; AST {b}, INR 1.{c}.",
        "N-acetylcysteine ({k}) 21-hour IV protocol, extended until APAP undetectable and AST downtrending.",
        "Acetadote",
    ),
    (
        "aspirin",
        "Excedrin",
        "Done nomogram",
        "Salicylate {a2} mg/dL at 4 h, rising to {a3} mg/dL; VBG 7.4{c}/2{c}; anion gap 2{c}. The {e} was not used.",
        "Sodium bicarbonate infusion targeting urine pH 7.5-8.0, potassium repletion, serial salicylate q2h.",
        None,
    ),
    (
        "diphenhydramine",
        "Benadryl",
        "Glasgow Coma Scale",
        "QRS 1{c}2 ms, QTc 49{c} ms; anticholinergic toxidrome (dry axillae, mydriasis, urinary retention). {e} 1{c}.",
        "Sodium bicarbonate 100 mEq IV push for QRS widening; physostigmine 1 mg slow IV x1.",
        None,
    ),
    (
        "bupropion",
        "Wellbutrin XL",
        "Glasgow Coma Scale",
        "Two generalized seizures in the field; lactate 6.{c}; QRS 11{c} ms. Lowest {e} score 9.",
        "Lorazepam, then propofol infusion after intubation; whole bowel irrigation not pursued.",
        None,
    ),
    (
        "quetiapine",
        "Seroquel",
        "Glasgow Coma Scale",
        "Somnolent, HR 12{c}, BP 8{c}/4{c}; QTc 5{c}1 ms. {e} 10 on arrival.",
        "Norepinephrine for vasodilatory hypotension, airway monitoring, magnesium.",
        None,
    ),
    (
        "verapamil",
        "Calan SR",
        "Killip class",
        "HR 4{c}, BP 7{c}/3{c}, glucose 2{c}8 (insulin resistance); junctional rhythm. {e} not applicable.",
        "Calcium gluconate 3 g IV, high-dose insulin euglycemia 1 unit/kg/h, norepinephrine; {k} 20% at bedside.",
        "Intralipid",
    ),
    (
        "digoxin",
        "Lanoxin",
        "Bezold-Jarisch reflex",
        "Digoxin level 4.{c} ng/mL, K 5.{c}; bidirectional ectopy. Vagal tone ({e}) considered.",
        "Digoxin immune Fab ({k}) 5 vials given empirically.",
        "DigiFab",
    ),
    (
        "lithium",
        "Lithobid",
        "Fanconi syndrome",
        "Lithium 3.{c} mmol/L, coarse tremor, creatinine 1.{c}; no prior {e}.",
        "IV normal saline; nephrology consulted for hemodialysis per EXTRIP criteria.",
        None,
    ),
    (
        "valproic acid",
        "Depakote",
        "Glasgow Coma Scale",
        "Valproate 3{c}0 mcg/mL, ammonia 1{c}4; {e} 8.",
        "L-carnitine 100 mg/kg load; multiple-dose activated charcoal.",
        None,
    ),
    (
        "baclofen",
        "Lioresal",
        "Glasgow Coma Scale",
        "Coma with intermittent bradycardia; EEG burst suppression; {e} 3T.",
        "Supportive ventilation; hemodialysis discussed.",
        None,
    ),
    (
        "glipizide",
        "Glucotrol",
        "Whipple triad",
        "Recurrent glucose 3{c} despite D10; {e} documented.",
        "Octreotide ({k}) 50 mcg SC q6h, dextrose as needed.",
        "Sandostatin",
    ),
    (
        "colchicine",
        "Colcrys",
        "Glasgow Coma Scale",
        "Profuse diarrhea, WBC 2{c}.1 then falling; lactate 4.{c}. Not known to have {e} deficits.",
        "Aggressive supportive care, G-CSF considered at nadir; no antidote available.",
        None,
    ),
    (
        "fentanyl and xylazine",
        "Narcan",
        "Glasgow Coma Scale",
        "RR 4 on EMS arrival, pinpoint pupils; {e} 6; necrotic wounds on forearms.",
        "Naloxone ({k}) 4 mg IN by bystander, then 0.4 mg IV x2; observed 6 h after last dose.",
        "Kloxxado",
    ),
    (
        "loperamide",
        "Lomotil",
        "Brugada pattern",
        "QTc 6{c}0 ms with runs of torsades; no {e} seen.",
        "Magnesium 2 g, isoproterenol, overdrive pacing discussed.",
        None,
    ),
)

_SNAKES = (
    ("timber rattlesnake", "Crotalus horridus"),
    ("copperhead", "Agkistrodon contortrix"),
    ("western diamondback (captive)", "Crotalus atrox"),
    ("Mojave rattlesnake (pet trade)", "Crotalus scutulatus"),
)
_MUSHROOMS = (
    (
        "Amanita phalloides",
        "amatoxin",
        "delayed GI phase at 9 h, AST {a} by day 2",
        "silibinin ({k}) and NAC; nephrology and transplant hepatology aware",
        "Legalon SIL",
    ),
    (
        "Amanita bisporigera",
        "amatoxin",
        "vomiting and watery diarrhea 11 h after a foraged meal; INR 1.{c}",
        "silibinin ({k}) compassionate use, high-dose NAC, multiple-dose charcoal",
        "Legalon SIL",
    ),
    (
        "Gyromitra esculenta",
        "gyromitrin (monomethylhydrazine)",
        "vomiting, then a seizure at 7 h",
        "pyridoxine 70 mg/kg IV, benzodiazepines; {k} not indicated",
        "Intralipid",
    ),
    (
        "Chlorophyllum molybdites",
        "GI irritant",
        "vomiting within 2 h of a backyard lawn mushroom",
        "IV fluids and ondansetron; observed 6 h",
        None,
    ),
)
_PLANTS = (
    (
        "Datura stramonium",
        "jimsonweed tea",
        "anticholinergic delirium, HR 13{c}, temp 38.{c}",
        "physostigmine 1 mg IV with atropine at bedside, benzodiazepines",
    ),
    (
        "Cicuta maculata",
        "water hemlock root mistaken for wild parsnip",
        "status epilepticus within 1 h",
        "benzodiazepines, propofol, intubation; CK 4{c}00",
    ),
    (
        "Digitalis purpurea",
        "foxglove leaves mistaken for comfrey",
        "nausea, HR 4{c}, K 5.{c}",
        "digoxin immune Fab 10 vials; digoxin assay cross-reactivity noted",
    ),
    ("Nerium oleander", "oleander leaves chewed", "AV block with junctional escape", "digoxin immune Fab; serial ECGs"),
    ("Phytolacca americana", "pokeweed berries", "vomiting and diarrhea", "IV fluids, antiemetics; observation 6 h"),
)
_GASES = (
    ("chlorine", "pool chemical mixing (trichlor with acid)", "UN 1017", "7782-50-5"),
    ("anhydrous ammonia", "refrigeration line rupture at a cold storage plant", "UN 1005", "7664-41-7"),
    ("hydrogen sulfide", "manure pit entry on a dairy farm", "UN 1053", "7783-06-4"),
    ("hydrofluoric acid", "wheel-cleaner / rust-remover splash during aluminium etching", "UN 1790", "7664-39-3"),
    ("phosgene", "welding near a chlorinated-solvent degreaser", "UN 1076", "75-44-5"),
    ("hydrogen cyanide", "electroplating bath acidification", "UN 1051", "74-90-8"),
    ("sulfuric acid mist", "battery recycling line", "UN 1830", "7664-93-9"),
    ("organophosphate (chlorpyrifos)", "orchard air-blast sprayer leak", "UN 3018", "2921-88-2"),
)


def _od_text(r: random.Random, idx: int | None = None) -> tuple[str, str, str, str]:
    agent, brand, epon, labs, tx, tx_brand = _OD[r.randrange(len(_OD)) if idx is None else idx]
    c = r.randint(1, 9)
    labs = labs.format(
        a=r.randint(160, 420), a2=r.randint(38, 71), a3=r.randint(55, 98), b=r.randint(30, 2900), c=c, e=L(epon)
    )
    tx = tx.format(k=L(tx_brand) if tx_brand else "")
    return agent, brand, labs, tx


# --------------------------------------------------------------------------------------------------
# Builders per document kind: (core blocks, optional extra blocks); core[0] is the header, core[-1] closes
# --------------------------------------------------------------------------------------------------


def _ds_header(r: random.Random, service: str, allergies: str) -> str:
    sp = " " * r.randint(10, 22)
    return (
        f"Name:  ___{sp}Unit No:   ___\n\nAdmission Date:  ___{sp[:-4] or ' '}Discharge Date:   ___\n\n"
        f"Date of Birth:  ___{sp[:-3] or ' '}Sex:   {r.choice('MF')}\n\nService: {service}\n\n"
        f"Allergies:\n{allergies}\n\nAttending: ___."
    )


def _allergies(r: random.Random) -> str:
    return r.choice(
        (
            "No Known Allergies / Adverse Drug Reactions",
            "Patient recorded as having No Known Allergies to Drugs",
            "penicillin",
            "sulfa (rash)",
            "latex",
            "codeine / morphine (itching)",
            "Horse serum products (reaction to equine antivenom in childhood)",
        )
    )


def _ds_closing(r: random.Random, dx: str) -> str:
    dispo = r.choice(
        ("Home", "Home With Service", "Extended Care", "Inpatient psychiatric facility", "Home with family")
    )
    return (
        f"Discharge Disposition:\n{dispo}\n\nDischarge Diagnosis:\n{dx}\n\nDischarge Condition:\n"
        "Mental Status: Clear and coherent.\nLevel of Consciousness: Alert and interactive.\n"
        f"Activity Status: {r.choice(('Ambulatory - Independent.', 'Ambulatory - requires assistance or aid.'))}"
        f"\n\nDischarge Instructions:\nYou were treated for a poisoning. If you have any questions or a new "
        f"exposure, call the poison help line {L('1-800-222-1222')} (24 hours, free, confidential). Return to "
        f"the ED for confusion, vomiting, chest pain or trouble breathing.\n\nFollowup Instructions:\n___"
    )


def _ds_common_extras(r: random.Random) -> list[str]:
    return [
        _tox_review(r),
        "Social History:\n___\nLives with ___. "
        + r.choice(
            (
                "Drinks 4-6 beers daily; last drink the night before admission.",
                "Denies tobacco; occasional cannabis.",
                "Works second shift; smokes 1 ppd.",
                "Retired; lives in a farmhouse heated with a wood stove.",
            )
        ),
        "Family History:\n"
        + r.choice(
            (
                "Noncontributory.",
                "Mother with depression; father with alcohol use disorder.",
                "No family history of sudden cardiac death.",
                "NC",
            )
        ),
        "Medications on Admission:\n"
        + "\n".join(
            f"{n}. {m}"
            for n, m in enumerate(
                r.sample(
                    (
                        "Sertraline 100 mg PO daily",
                        "Lisinopril 20 mg PO daily",
                        f"{L('Depakote')} ER 1000 mg PO qHS",
                        "Metformin 1000 mg PO BID",
                        "Trazodone 50 mg PO qHS PRN",
                        "Atorvastatin 40 mg PO daily",
                        f"{L('Seroquel')} 100 mg PO qHS",
                        "Gabapentin 300 mg PO TID",
                        f"{L('Lanoxin')} 0.125 mg PO daily",
                        "Levothyroxine 75 mcg PO daily",
                    ),
                    r.randint(2, 5),
                ),
                1,
            )
        ),
        "Discharge Medications:\n"
        + "\n".join(
            f"{n}. {m}"
            for n, m in enumerate(
                r.sample(
                    (
                        "Thiamine 100 mg PO daily",
                        "Folic acid 1 mg PO daily",
                        "Nicotine patch 14 mg/24 h",
                        "Acetaminophen 650 mg PO q6h PRN (max 2 g/day)",
                        "Pantoprazole 40 mg PO daily",
                        f"Naloxone ({L('Narcan')}) 4 mg nasal spray, use as directed",
                        "Multivitamin 1 tab PO daily",
                    ),
                    r.randint(2, 4),
                ),
                1,
            )
        ),
        "Transitional Issues:\n- "
        + "\n- ".join(
            r.sample(
                (
                    "Repeat LFTs and INR in 48-72 h with PCP.",
                    "Follow up with outpatient psychiatry within 7 days.",
                    "Counsel on safe storage; lock boxes provided.",
                    "Confirm CO detectors installed before return home.",
                    "Workplace exposure: employee health and OSHA notification by employer.",
                    "Pending: send-out toxicology panel (comprehensive drug screen) - results to PCP.",
                    "Consider neuropsychological testing at 6 weeks for delayed sequelae.",
                ),
                3,
            )
        ),
        f"Physical Exam on discharge:\nVS: T 98.{r.randint(0, 9)} HR {r.randint(62, 96)} "
        f"BP {r.randint(100, 148)}/{r.randint(58, 88)} RR 16 O2 sat 9{r.randint(5, 9)}% RA\nGen: NAD, conversant\n"
        "Neuro: A&Ox3, no clonus, gait steady\nSkin: warm, dry",
    ]


def _tox_review(r: random.Random) -> str:
    items = r.sample(
        (
            f"Serotonin toxicity: {L('Hunter criteria')} not met (no inducible clonus); {L('Sternbach criteria')} "
            f"negative.",
            f"ECG: no {L('Osborn waves')}, no {L('Brugada pattern')}; QTc {r.randint(400, 520)} ms.",
            f"Calcium: {L('Chvostek sign')} and {L('Trousseau sign')} negative.",
            "Nails: no " + L("Mees' lines") + "; heavy metal screen sent.",
            f"Thiamine 500 mg IV given empirically for {L('Wernicke encephalopathy')} risk.",
            f"Burn fluids: {L('Parkland formula')} not applicable (< 10% TBSA).",
            f"SpCO trend on {L('Rainbow SET')} monitor {r.randint(1, 9)}% -> {r.randint(0, 3)}%.",
            f"Scene meter ({L('GasAlert Max XT')}) readings reviewed with the fire captain.",
            f"Iron: deferoxamine ({L('Desferal')}) not started; serum iron {r.randint(180, 620)} mcg/dL at 4 h.",
            f"Methemoglobin {r.randint(2, 38)}%; methylene blue ({L('ProvayBlue')}) "
            + r.choice(("given 1 mg/kg", "not needed"))
            + ".",
            f"Anticoagulant reversal ({L('Kcentra')}) not indicated; INR {r.randint(1, 3)}.{r.randint(0, 9)}.",
            f"{L('Glasgow Coma Scale')} {r.randint(3, 15)} on arrival; trend documented q1h.",
            f"Home medicines listed by the poison center: {L('Tylenol PM')}, {L('Benadryl')}, {L('Lomotil')}, "
            f"{L('Colcrys')}.",
            f"Plants common in regional calls reviewed with family: {L('Nerium oleander')}, "
            f"{L('Phytolacca americana')}, "
            f"{L('Datura stramonium')}, {L('Cicuta maculata')}.",
            f"APAP {r.randint(5, 140)} mcg/mL plotted on the {L('Rumack-Matthew nomogram')}; below the treatment line.",
            f"NAC bag 3 running on an {L('Alaris 8015')} channel; naloxone ({L('Kloxxado')}) co-prescribed.",
            f"Scene meter ({L('MultiRAE Lite')}) and chemical burn map ({L('Lund-Browder chart')}) scanned to media.",
            f"Chronic ingestions considered: {L('Lioresal')} withdrawal vs toxicity; {L('Fanconi syndrome')} absent.",
        ),
        r.randint(2, 4),
    )
    return "Toxicology review:\n- " + "\n- ".join(items)


def _kind_tox_consult(r: random.Random) -> tuple[list[str], list[str]]:
    agent, brand, labs, tx = _od_text(r)
    amt = r.choice(
        ("an unknown number of", f"approximately {r.randint(12, 60)}", f"{r.randint(2, 9)} bottles of", "a handful of")
    )
    hpi = (
        f"History of Present Illness:\n{_age_phrase(r)} {r.choice(('man', 'woman', 'M', 'F'))} with "
        f""
        + r.choice(
            ("depression", "bipolar disorder", "chronic pain", "prior suicide attempts", "no psychiatric history")
        )
        + f""
        f" who ingested {amt} {agent} tablets ({L(brand)}) at approximately {_t(r)} on {_sd(r)} after an argument. "
        f"Found by ___ and brought in by EMS. Poison center contacted from the field. {labs}"
    )
    intent = r.choice(
        ("intentional", "intentional, co-ingestant ethanol", "unclear intent", "accidental double dosing")
    )
    repeat = r.choice(("APAP/ASA levels", "ECG and electrolytes", "VBG and lactate"))
    norole = r.choice(("flumazenil (" + L("Romazicon") + ")", "hemodialysis at this time", "whole bowel irrigation"))
    consult = (
        f"Medical Toxicology Consult:\nReason: {agent} ingestion, {intent}.\nRecommendations:\n1. {tx}\n"
        f"2. Repeat {repeat} q{r.choice((2, 4))}h.\n3. No role for {norole}.\n"
        "4. Psychiatry once medically cleared; 1:1 sitter.\nDiscussed with poison center; SPI ___ updated."
    )
    course = (
        f"Brief Hospital Course:\nAdmitted to the {r.choice(('MICU', 'step-down unit', 'medicine floor'))}. "
        f"{tx} Levels trended to undetectable by hospital day {r.randint(2, 4)}. "
        f"{r.choice(('No seizures.', 'Transient delirium resolved.', 'Extubated on day 2.'))} "
        "Psychiatry evaluated and recommended inpatient admission."
    )
    core = [
        _ds_header(r, "MEDICINE", _allergies(r)),
        f"Chief Complaint:\n{r.choice(('intentional ingestion', 'overdose', 'altered mental status, ingestion'))}",
        "Major Surgical or Invasive Procedure:\n" + r.choice(("none", "endotracheal intubation", "arterial line")),
        hpi,
        "Pertinent Results:\n"
        + f"{_sd(r)} 0{r.randint(1, 9)}:{r.randint(10, 59)} BLOOD WBC-{r.randint(5, 16)}.{r.randint(0, 9)} "
        f"Hgb-1{r.randint(0, 5)}.{r.randint(0, 9)} Plt-{r.randint(150, 390)}\nASA-NEG ETOH-"
        + r.choice(("NEG", "112", "221"))
        + f" "
        f"Acetmnp-{r.choice(('NEG', str(r.randint(12, 310))))} Bnzodzp-{r.choice(('NEG', 'POS'))} Tricycl-NEG",
        consult,
        course,
        _ds_closing(
            r,
            f"{agent} overdose, intentional\nsecondary: "
            + r.choice(("depression", "alcohol use disorder", "hypokalemia"))
            + "",
        ),
    ]
    return core, _ds_common_extras(r)


def _kind_pc_record(r: random.Random) -> tuple[list[str], list[str]]:
    agent, brand, labs, tx = _od_text(r)
    who = r.choice(("parent", "self", "health care facility", "school nurse", "grandparent", "EMS"))
    log = "\n".join(
        f"{_sd(r)} {_t(r)}  {x}"
        for x in r.sample(
            (
                "Initial call from HCF. Recs given: labs, ECG, observation.",
                "F/u: pt awake, VS stable, level pending.",
                "F/u: level resulted, below treatment line; no further recs.",
                "F/u: admitted to ICU; antidote started.",
                "F/u: HCF reports discharge to psych; case closed.",
                "Caller reports child vomited x1; advised ED.",
                "Toxicologist on call paged; agrees with plan.",
            ),
            r.randint(3, 6),
        )
    )
    rec = (
        f"POISON CENTER CASE RECORD (imported)\nCaller type: {who}   Route: "
        + r.choice(("ingestion", "dermal", "ocular", "inhalation"))
        + ""
        "\nReason: "
        + r.choice(
            (
                "intentional - suspected suicidal",
                "unintentional - general",
                "therapeutic error",
                "unintentional - exploratory",
            )
        )
        + f""
        f"\nSubstance(s): {agent} ({L(brand)}); "
        + r.choice(("ethanol", "none known", "cannabis edible", "unknown pills"))
        + f""
        f"\nManagement site: {r.choice(('HCF - referred by PC', 'HCF - already there', 'on site (home)'))}"
        f"\nMedical outcome (NPDS): "
        + r.choice(("minor effect", "moderate effect", "major effect", "no effect", "pending"))
        + ""
    )
    hpi = (
        f"History of Present Illness:\n{_age_phrase(r)} {r.choice(('boy', 'girl', 'man', 'woman'))} referred by the "
        f"regional poison center after "
        + r.choice(
            (
                "a parent found the child with an open bottle",
                "a call reporting an intentional ingestion",
                "a therapeutic double dose",
            )
        )
        + f". "
        f"{labs} Poison specialist ___ followed by phone q{r.choice((2, 4, 6))}h."
    )
    core = [
        _ds_header(r, r.choice(("PEDIATRICS", "MEDICINE", "EMERGENCY")), _allergies(r)),
        f"Chief Complaint:\n{agent} exposure (poison center referral)",
        hpi,
        rec,
        "Follow-up call log:\n" + log,
        f"Brief Hospital Course:\n{tx} Observed until asymptomatic. Counseled on storage; "
        f"number for the poison help line ({L('1-800-222-1222')}) written on the discharge paperwork.",
        _ds_closing(r, f"{agent} exposure, {r.choice(('unintentional', 'intentional'))}"),
    ]
    extras = _ds_common_extras(r) + [
        f'PC recommendations text:\n"{tx}" / Call back with 4-h level. Contact NPDS? no - auto upload.',
        "Coding: NPDS generic code and product code recorded; " + L("ToxIC") + " registry entry not applicable.",
    ]
    return core, extras


def _kind_snakebite(r: random.Random) -> tuple[list[str], list[str]]:
    common, sp = r.choice(_SNAKES)
    av = r.choice(("CroFab", "Anavip"))
    vials = r.choice((4, 6, 8, 10))
    maint = "maintenance 2 vials q6h x3" if av == "CroFab" else "no scheduled maintenance (repeat only for recurrence)"
    hpi = (
        f"History of Present Illness:\n{_age_phrase(r)} "
        + r.choice(("man", "woman", "hiker", "landscaper", "reptile keeper"))
        + " "
        "bitten on the "
        + r.choice(("right hand", "left ankle", "right index finger", "left calf", "dorsum of the foot"))
        + f" by a "
        f"{common} ({L(sp)}) at about {_t(r)} "
        + r.choice(("while clearing brush", "while hiking", "while handling the snake", "stepping over a stone wall"))
        + f". "
        f"Photo of the snake reviewed by the poison center. Swelling progressed {r.randint(4, 30)} cm proximal to "
        f"the bite "
        "over 2 h with ecchymosis; no systemic symptoms."
    )
    results = (
        f"Pertinent Results:\nPlt {r.randint(40, 280)} -> {r.randint(80, 300)}, fibrinogen {r.randint(40, 320)} mg/dL, "
        f"INR 1.{r.randint(0, 9)}, CK {r.randint(90, 4200)}\nSwelling marked q30min with skin marker at leading edge."
    )
    course = (
        f"Brief Hospital Course:\nInitial control dose of {L(av)} {vials} vials IV achieved in {r.randint(1, 3)} "
        f"doses, "
        f"then {maint}. "
        "Managed per the Unified Treatment Algorithm. No fasciotomy; compartment pressures not indicated. "
        f"Late hematologic recurrence counseling given; repeat CBC/fibrinogen on day {r.choice((3, 5, 7))}."
    )
    core = [
        _ds_header(r, r.choice(("SURGERY", "MEDICINE", "EMERGENCY")), _allergies(r)),
        "Chief Complaint:\nsnakebite",
        "Major Surgical or Invasive Procedure:\nnone",
        hpi,
        results,
        course,
        _ds_closing(
            r,
            f"{common} envenomation, {r.choice(('moderate', 'mild', 'severe'))} local, "
            f"{r.choice(('hypofibrinogenemia', 'thrombocytopenia', 'no coagulopathy'))}",
        ),
    ]
    extras = _ds_common_extras(r) + [
        f"Antivenom administration record:\n{L(av)} lot {L(r.choice('ABCDEF') + str(r.randint(10000, 99999)))} "
        f"{L(_expiry(r))}, reconstituted in 250 mL NS, infused over 60 min. No hypersensitivity reaction. "
        f"Manufacturer medical information line {L(_toll_free(r))}.",
        "Wound care:\nElevate above heart level, no ice, no tourniquet, no incision or suction. Tetanus updated.",
        f"Snake handling: the dead snake was brought in a bucket; advised that severed heads can still envenomate "
        f"({L('Crotalus horridus')} reflex bites).",
    ]
    return core, extras


def _kind_arthropod(r: random.Random) -> tuple[list[str], list[str]]:
    which = r.randrange(3)
    if which == 0:
        sp, what = "Latrodectus mactans", "black widow spider bite while reaching into a woodpile"
        sx = "severe abdominal cramping, diaphoresis, HR 11{c}, BP 16{c}/9{c}; rigid abdomen without peritonitis"
        tx = (
            f"IV opioids and benzodiazepines; antivenin (equine, Black Widow Spider Antivenin) discussed, not "
            f"given. Maker {L('Merck')}."
        )
    elif which == 1:
        sp, what = "Loxosceles reclusa", "suspected brown recluse bite found in a stored box of clothes"
        sx = "2 cm necrotic center with red-white-blue halo on day 3; haptoglobin normal, no hemolysis"
        tx = "Wound care, tetanus update, serial CBC/UA for loxoscelism; no debridement."
    else:
        sp, what = "Centruroides sculpturatus", "bark scorpion sting in a suitcase unpacked after travel"
        sx = "roving eye movements, fasciculations, hypersalivation; grade {c2} envenomation"
        tx = f"{L('Anascorp')} 3 vials IV with resolution of neuromotor signs within 2 h."
    c = r.randint(0, 9)
    sx = sx.format(c=c, c2=r.choice(("III", "IV")))
    core = [
        _ds_header(r, r.choice(("EMERGENCY", "PEDIATRICS", "MEDICINE")), _allergies(r)),
        f"Chief Complaint:\n{r.choice(('spider bite', 'sting', 'envenomation', 'bite, pain'))}",
        f"History of Present Illness:\n{_age_phrase(r)} {r.choice(('patient', 'child', 'man', 'woman'))} with a "
        f"{what} ({L(sp)}). {sx.capitalize()}. Poison center consulted; recommended observation and symptom control.",
        f"ED / Observation Course:\n{tx} Observed {r.choice((6, 8, 12, 24))} h. Pain controlled on oral regimen.",
        _ds_closing(r, f"{sp} envenomation"),
    ]
    extras = _ds_common_extras(r) + [
        f"Pertinent Results:\nWBC {r.randint(6, 18)}.{c}, CK {r.randint(80, 900)}, UA without heme. ECG sinus, QTc "
        f"4{c}0.",
        "Counseling:\nShake out shoes and bedding; sticky traps; wear gloves in woodpiles and attics.",
        f"Travel history: recently in {L(r.choice(('Arizona', 'Mexico', 'Texas', 'Sonora')))}; returned by air.",
    ]
    return core, extras


def _kind_co_hbo(r: random.Random) -> tuple[list[str], list[str]]:
    cohb = r.randint(14, 48)
    src = r.choice(
        (
            "a gasoline generator running in the attached garage during a power outage",
            "a malfunctioning oil furnace",
            "a charcoal grill used indoors",
            "an ice-resurfacing machine at a rink",
            "a car left idling in a closed garage",
            "a propane heater in a hunting cabin",
        )
    )
    hpi = (
        f"History of Present Illness:\n{_age_phrase(r)} {r.choice(('man', 'woman', 'M', 'F'))} found with "
        f"{r.randint(1, 4)} family members with headache, vomiting and confusion from {src}. Fire department "
        f"measured {r.randint(180, 900)} ppm CO at the door. Brief loss of consciousness reported. SpCO by "
        f"{L('Masimo Rad-57')} on scene {r.randint(12, 40)}%; arterial COHb {cohb}% after 100% NRB x "
        f"{r.randint(1, 3)} h."
    )
    hbo = (
        f"Hyperbaric Medicine:\nCandidate per {L('Weaver protocol')} (LOC, COHb > 25%, age, cerebellar signs). "
        f"Treated at 3.0 ATA x 50 min, then 2.0 ATA; {r.choice(('3', '2'))} sessions within 24 h in a "
        f"{r.choice((L('Sechrist 3300H') + ' monoplace', L('Perry Sigma 34') + ' monoplace', 'multiplace chamber'))}. "
        f"Myringotomy "
        + r.choice(("not needed", "performed bilaterally"))
        + ". No oxygen seizure. US Navy Treatment Table 6 not used."
    )
    core = [
        _ds_header(r, r.choice(("HYPERBARIC MEDICINE", "MEDICINE", "EMERGENCY")), _allergies(r)),
        "Chief Complaint:\ncarbon monoxide exposure",
        hpi,
        f"Pertinent Results:\nCOHb {cohb}.{r.randint(0, 9)}% -> {r.randint(1, 4)}.{r.randint(0, 9)}%, lactate "
        f"{r.randint(1, 6)}.{r.randint(0, 9)}, troponin "
        + r.choice(("<0.01", "0.08", "0.34"))
        + f", CK {r.randint(90, 2000)}\n"
        f"ECG: sinus tachycardia, no ischemic changes. Cyanide level sent ({L('Cyanokit')} not given).",
        hbo,
        "Brief Hospital Course:\nHeadache resolved after the first dive. Neurocognitive screen (MoCA) "
        f"{r.randint(22, 30)}/30 at discharge. Utility company and fire marshal notified by family; home cleared "
        f"before return.",
        _ds_closing(r, "carbon monoxide poisoning, treated with hyperbaric oxygen"),
    ]
    extras = _ds_common_extras(r) + [
        "Transfer note excerpt:\nAccepted for emergent HBOT; transported by ALS with 100% O2. Pregnancy test "
        ""
        + r.choice(("negative", "not applicable"))
        + f". Alarm in the home: {L('Kidde Nighthawk')} unit with expired battery.",
        "Delayed neurologic sequelae counseling:\nMemory, mood or gait changes in the next 2-40 days should prompt "
        "re-evaluation; "
        f"MRI brain if symptoms ({_sd(r)} follow-up in HBO clinic).",
        f"Chamber log:\nCompression {_t(r)}, at depth {_t(r)}, air break x2, surfaced {_t(r)}. Software "
        f"v{r.randint(3, 9)}.{r.randint(0, 12)}.{r.randint(0, 30)}.",
    ]
    return core, extras


def _kind_hazmat(r: random.Random) -> tuple[list[str], list[str]]:
    gas, scene, un, cas = r.choice(_GASES)
    hpi = (
        f"History of Present Illness:\n{_age_phrase(r)} "
        + r.choice(("maintenance worker", "plant operator", "farmhand", "pool technician", "welder", "firefighter"))
        + f" "
        f"exposed to {gas} during {scene}. Placard {L(un)}; SDS lists CAS {L(cas)}. Gross decontamination by the "
        f"hazmat team on scene (water, {r.randint(5, 15)} min) before transport. Symptoms: "
        f""
        + r.choice(
            (
                "cough, chest tightness, wheeze",
                "burning finger pain out of proportion to the skin findings",
                "brief collapse with rapid recovery",
                "eye pain, lacrimation, dyspnea",
                "miosis, bronchorrhea, fasciculations",
            )
        )
        + "."
    )
    if "hydrofluoric" in gas:
        tx = (
            "2.5% calcium gluconate gel to the digits, then intra-arterial calcium gluconate via radial line; "
            "serum Ca, Mg, K q2h; QTc monitoring. Burn area estimated with the " + L("Lund-Browder chart") + "."
        )
    elif "cyanide" in gas:
        tx = f"Hydroxocobalamin ({L('Cyanokit')}) 5 g IV; lactate 11 -> 3; {L('Nithiodote')} kept at bedside."
    elif "organophosphate" in gas:
        tx = (
            f"Atropine titrated to dry secretions (total {r.randint(6, 40)} mg), pralidoxime ({L('Protopam')}) 30 "
            f"mg/kg; RBC cholinesterase sent."
        )
    else:
        tx = (
            "Humidified O2, nebulized albuterol, nebulized 4.2% sodium bicarbonate; observed 12 h for delayed "
            "pulmonary edema."
        )
    core = [
        _ds_header(r, r.choice(("MEDICINE", "EMERGENCY", "OCCUPATIONAL MEDICINE")), _allergies(r)),
        f"Chief Complaint:\nchemical exposure at work ({gas})",
        hpi,
        f"Brief Hospital Course:\n{tx} Poison center and employee health informed. Return-to-work note provided.",
        _ds_closing(r, f"{gas} exposure, occupational"),
    ]
    extras = _ds_common_extras(r) + [
        "Occupational history:\nEmployer safety officer ___ reports the "
        + r.choice(
            (
                "respirator cartridge was expired",
                "eyewash station was not functioning",
                "confined-space permit was not completed",
                "worker wore nitrile gloves rated for other solvents",
            )
        )
        + f". "
        f"OSHA and NIOSH resources reviewed ({L('www.cdc.gov/niosh/npg')}); group number {L(_digits(r, 5))} on the "
        "employer's plan noted for billing (not the member ID).",
        f"Hazmat report:\nAgent {gas}, {L(un)}, CAS {L(cas)}. Shipper emergency line {L('1-800-424-9300')}. "
        f"Secondary contamination of ED staff: none. Decon corridor set up outside ambulance bay.",
        f"Pertinent Results:\nVBG 7.3{r.randint(0, 9)}/4{r.randint(0, 9)}, lactate "
        f"{r.randint(1, 9)}.{r.randint(0, 9)}, "
        f"Ca {r.randint(6, 9)}.{r.randint(0, 9)}, Mg {r.randint(1, 2)}.{r.randint(0, 9)}, CXR "
        + r.choice(("clear", "patchy bilateral opacities"))
        + f". "
        f"Peak flow {r.randint(180, 520)} L/min. {L('Dräger X-am 5000')} reading at the plant reviewed.",
        "Workers' compensation:\nForm C-3 to be completed by the employer; C-4 by the treating provider.",
    ]
    return core, extras


def _kind_mushroom(r: random.Random) -> tuple[list[str], list[str]]:
    if r.random() < 0.55:
        sp, tox, course, tx, brand = r.choice(_MUSHROOMS)
        c = r.randint(1, 9)
        course = course.format(a=r.randint(400, 6800), c=c)
        tx = tx.format(k=L(brand) if brand else "")
        what = f"foraged mushrooms later identified as {L(sp)} ({tox})"
        extra_crit = "Monitoring against " + L("King's College criteria") + " for transplant referral."
    else:
        sp, what0, course, tx = r.choice(_PLANTS)
        course = course.format(c=r.randint(1, 9))
        what = f"{what0} ({L(sp)})"
        extra_crit = "No transplant criteria relevant."
    core = [
        _ds_header(r, r.choice(("MEDICINE", "TRANSPLANT HEPATOLOGY", "PEDIATRICS", "MICU")), _allergies(r)),
        "Chief Complaint:\n" + r.choice(("mushroom ingestion", "plant ingestion", "vomiting after foraged meal")),
        f"History of Present Illness:\n{_age_phrase(r)} {r.choice(('man', 'woman', 'forager', 'child'))} after {what}; "
        f"{course}. Specimens photographed; spore print by the poison center's volunteer mycologist. {extra_crit}",
        f"Brief Hospital Course:\nTreated with {tx}. AST peaked on day {r.randint(2, 4)} then improved. "
        f"Other meal participants ({r.randint(1, 3)}) evaluated; "
        + r.choice(("all asymptomatic", "one admitted elsewhere"))
        + ".",
        _ds_closing(r, f"{sp} toxicity"),
    ]
    extras = _ds_common_extras(r) + [
        f"Pertinent Results:\nAST {r.randint(30, 7000)} ALT {r.randint(30, 8000)} INR "
        f"{r.randint(1, 4)}.{r.randint(0, 9)} "
        f"Cr {r.randint(0, 3)}.{r.randint(1, 9)} lactate {r.randint(1, 5)}.{r.randint(0, 9)}; urine alpha-amanitin "
        f"sent (send-out).",
        "Foraging counseling:\nNo wild mushroom is safe by color, smell, peeling or silver-spoon tests. App-based "
        "identification is unreliable.",
        f"Mycology note:\nWhite gills, ring, volva present; spore print white. Consistent with "
        f"{L('Amanita bisporigera')}-like specimen; "
        f"not {L('Chlorophyllum molybdites')} (green print).",
    ]
    return core, extras


def _kind_sendout(r: random.Random) -> tuple[list[str], list[str]]:
    tests = r.sample(
        (
            "Comprehensive drug screen, LC-QTOF/MS (blood)",
            "Volatile alcohols (methanol, isopropanol, acetone)",
            "Ethylene glycol, serum",
            "Heavy metals panel, 24 h urine (As, Cd, Hg, Pb, Tl)",
            "RBC cholinesterase / plasma pseudocholinesterase",
            "Alpha-amanitin, urine",
            "Xylazine / fentanyl analogs, urine",
            "Carboxyhemoglobin (CO-oximetry)",
            "Thallium, whole blood",
            "Designer benzodiazepines, serum",
            "Cyanide, whole blood",
        ),
        r.randint(3, 6),
    )
    lines = "\n".join(
        f"| {tname:<52} | {r.choice(('serum', 'whole blood', 'urine', 'gray top'))} | "
        f"{r.choice(('PENDING', 'RESULTED', 'IN TRANSIT', 'RECEIVED'))} |"
        for tname in tests
    )
    core = [
        _ds_header(r, "MEDICINE", _allergies(r)),
        f"Toxicology Laboratory - Send-out Requisition / Report\nOrdering service: Medical Toxicology\n"
        f"Collected: {_sd(r)} {_t(r)}   Received: {_sd(r)} {_t(r)}\nChain of custody: {r.choice(('yes', 'no'))}\n"
        f"Specimen handling: spin, separate, freeze; ship on dry ice Mon-Thu only.",
        "| Test | Specimen | Status |\n|---|---|---|\n" + lines,
        "Interpretive comment:\n"
        + r.choice(
            (
                "Fentanyl 9.1 ng/mL, norfentanyl present; xylazine detected.",
                "Methanol 48 mg/dL; formate 11 mmol/L.",
                "Ethylene glycol 62 mg/dL; glycolate pending.",
                "No drugs detected above reporting limits.",
                "Whole-blood lead 47 mcg/dL (venous); repeat to confirm.",
            )
        )
        + f" "
        f"Results reviewed by the toxicology attending; called to the team at {_t(r)}.",
        f"Reference laboratory client services fax {L(_toll_free(r))}; results also post to the EHR interface "
        f"(interface v{r.randint(2, 9)}.{r.randint(0, 9)}.{r.randint(0, 20)}).",
        _ds_closing(
            r,
            r.choice(
                (
                    "xylazine-adulterated fentanyl exposure",
                    "toxic alcohol ingestion",
                    "lead toxicity",
                    "suspected poisoning, send-out confirmation",
                )
            ),
        ),
    ]
    extras = _ds_common_extras(r) + [
        "Specimen rejection criteria:\nHemolyzed, unlabeled or mislabeled specimens; gel separator tubes for drug "
        "screens; "
        "urine without temperature strip for forensic chain-of-custody collections.",
        f"Shipping:\nBox sealed {_t(r)}; courier pickup {_t(r)}; tracking in LIS. Dry ice {r.randint(2, 5)} kg. "
        f"Reference range document revision {r.randint(3, 17)}.",
    ]
    return core, extras


def _kind_antidote(r: random.Random) -> tuple[list[str], list[str]]:
    maker = r.choice(("BTG", "SERB", "Rare Disease Therapeutics", "Cumberland"))
    items = r.sample(
        (
            ("CroFab", "vials", 18),
            ("Anavip", "vials", 20),
            ("Anascorp", "vials", 3),
            ("Cyanokit", "kits", 2),
            ("DigiFab", "vials", 15),
            ("Antizol", "vials", 4),
            ("Acetadote", "vials", 10),
            ("Protopam", "vials", 12),
            ("ProvayBlue", "ampules", 5),
            ("Intralipid", "bags", 4),
            ("Desferal", "vials", 12),
            ("Voraxaze", "vials", 4),
            ("Praxbind", "vials", 2),
            ("Kcentra", "kits", 4),
            ("Chemet", "caps", 30),
            ("BAL in Oil", "ampules", 4),
            ("Radiogardase", "caps", 30),
            ("Romazicon", "vials", 10),
            ("Nithiodote", "kits", 2),
            ("Sandostatin", "vials", 10),
        ),
        r.randint(4, 7),
    )
    rows = "\n".join(
        f"{L(n):<18} {q:>3} {u:<8} target {q + r.randint(0, 6):>3}  lot {L(r.choice('ABCDEFGHJK') + _digits(r, 5))}  "
        f"{L(_expiry(r))}  NDC {L(f'{_digits(r, 5)}-{_digits(r, 3)}-{_digits(r, 2)}')}"
        for n, u, q in items
    )
    used = items[0][0]
    core = [
        _ds_header(r, "PHARMACY / MEDICINE", _allergies(r)),
        f"Clinical Pharmacy - Antidote Use and Restock Note\nAntidote dispensed to this patient: {L(used)}, "
        f"{r.randint(1, 12)} units over {r.randint(1, 3)} days for "
        + r.choice(
            (
                "crotalid envenomation",
                "digoxin toxicity",
                "cyanide exposure",
                "acetaminophen overdose",
                "ethylene glycol ingestion",
                "methemoglobinemia",
            )
        )
        + ".",
        "Antidote inventory after dispensing (regional stocking guideline, 24-h supply for one 100 kg patient):\n"
        + rows,
        f"Restock plan:\nPar levels restored from wholesaler order; emergency loan documented from a partner hospital. "
        f"Expiring stock returned per manufacturer program ({L(maker)}). "
        f"Manufacturer line {L(_toll_free(r))} for emergency supply.",
        _ds_closing(r, r.choice(("envenomation, antivenom-treated", "poisoning requiring antidote therapy"))),
    ]
    extras = _ds_common_extras(r) + [
        f"Stocking committee notes:\nCompared against the consensus antidote list; {L('Anavip')} vs {L('CroFab')} "
        f"formulary "
        f"decision deferred. Dabigatran reversal ({L('Praxbind')}) moved to ED automated cabinet. Lead chelation "
        f"({L('Chemet')}) "
        "stocked in outpatient pharmacy only.",
        "Storage:\nRefrigerated items checked; temperature log within range; tamper seals intact on crash-cart "
        "antidote kits.",
    ]
    return core, extras


def _kind_toxic_alcohol(r: random.Random) -> tuple[list[str], list[str]]:
    which = r.choice(
        (
            "ethylene glycol (antifreeze)",
            "methanol (windshield washer fluid)",
            "isopropanol (rubbing alcohol)",
            "lithium (chronic)",
            "salicylate (oil of wintergreen)",
        )
    )
    og = r.randint(8, 60)
    core = [
        _ds_header(r, r.choice(("MEDICINE", "MICU", "NEPHROLOGY")), _allergies(r)),
        f"Chief Complaint:\nIngestion of {which}",
        f"History of Present Illness:\n{_age_phrase(r)} {r.choice(('man', 'woman', 'M', 'F'))} with alcohol use "
        f"disorder who drank {which} when out of ethanol. Anion gap {r.randint(14, 34)}, osmolal gap {og}, "
        f""
        + r.choice(
            (
                "calcium oxalate crystals in urine",
                "visual blurring (snowfield vision)",
                "ketosis without acidosis",
                "tinnitus and tachypnea",
            )
        )
        + f". "
        f"{L('Kussmaul respirations')} on arrival.",
        f"Brief Hospital Course:\nFomepizole ({L('Antizol')}) 15 mg/kg load then 10 mg/kg q12h, increased q4h on "
        f"dialysis. Hemodialysis via temporary femoral catheter x {r.randint(1, 3)} sessions (EXTRIP). Folate / "
        f"thiamine / pyridoxine given. Ethanol level estimate by {L('Widmark formula')} for the team's reference.",
        _ds_closing(r, f"{which} poisoning, treated with fomepizole and hemodialysis"),
    ]
    extras = _ds_common_extras(r) + [
        f"Pertinent Results:\nNa 13{r.randint(0, 9)} K {r.randint(3, 5)}.{r.randint(0, 9)} Cl {r.randint(95, 110)} "
        f"HCO3 "
        f"{r.randint(4, 20)} BUN {r.randint(8, 40)} Cr {r.randint(0, 4)}.{r.randint(1, 9)} Glu {r.randint(80, 200)}\n"
        f"Serum osm {r.randint(300, 370)}, calculated {r.randint(280, 300)}; {L('i-STAT')} VBG "
        f"7.{r.randint(0, 3)}{r.randint(0, 9)}.",
        "Renal:\nTemporary dialysis catheter removed before discharge; creatinine trending to baseline.",
        f"Ophthalmology:\nFundi {r.choice(('normal', 'with optic disc hyperemia'))}; follow-up visual fields arranged.",
    ]
    return core, extras


# ---- radiology


def _rr(
    r: random.Random, exam: str, indication: str, technique: str, findings: list[str], impression: str
) -> tuple[list[str], list[str]]:
    head = f"EXAMINATION:  {exam}\n\nINDICATION:  {indication}"
    comp = f"COMPARISON:  {r.choice(('None.', '___.', 'Outside study from ___ (images not available).', _sd(r) + '.'))}"
    body = [findings[0]] + r.sample(findings[1:], r.randint(2, len(findings) - 1))
    core = [head, f"TECHNIQUE:  {technique}", comp, "FINDINGS:\n\n" + "\n\n".join(body), f"IMPRESSION:\n\n{impression}"]
    extras = [
        f"NOTIFICATION:  The findings were discussed with Dr. ___ by ___ on the telephone on {_sd(r)} at {_t(r)}, "
        "5 minutes after discovery of the findings.",
        "RECOMMENDATION(S):  "
        + r.choice(
            (
                "Clinical correlation.",
                "Follow-up radiograph in 6-12 hours.",
                "Consider MRI if symptoms persist.",
                "Toxicology consultation as clinically indicated.",
            )
        )
        + "",
        "Clinical information (toxicology service):\n" + _tox_review(r).split("\n", 1)[1],
        f"Radiation dose: CTDIvol {r.randint(4, 22)}.{r.randint(0, 9)} mGy; DLP {r.randint(150, 900)} mGy-cm. "
        f"Dose report software v{r.randint(1, 6)}.{r.randint(0, 9)}.{r.randint(0, 40)}.",
    ]
    return core, extras


def _kind_rad_abd(r: random.Random) -> tuple[list[str], list[str]]:
    what = r.choice(
        (
            "iron tablet ingestion (prenatal vitamins)",
            "button battery ingestion",
            "enteric-coated aspirin",
            "lead paint chips (pica)",
            "body packer (suspected)",
            "ingested magnets",
        )
    )
    return _rr(
        r,
        r.choice(("ABDOMEN (SUPINE AND ERECT)", "ABDOMEN (KUB)", "CHEST AND ABDOMEN FOREIGN BODY (PEDS)")),
        f"{_age_phrase(r)} with {what}, poison center recommends imaging  // radiopaque pill fragments?",
        r.choice(
            (
                "Supine and upright views of the abdomen.",
                "Single frontal view of the abdomen.",
                "AP chest and abdomen, single view each.",
            )
        ),
        [
            "Multiple "
            + r.choice(("small radiopaque densities", "clustered radiodense tablets", "punctate metallic densities"))
            + f" "
            f"project over the {r.choice(('gastric fundus', 'right colon', 'distal small bowel', 'rectosigmoid'))}. "
            "The bowel gas pattern is nonobstructive. No free air on the upright view.",
            f"A {r.randint(15, 23)} mm round metallic density with a "
            + r.choice(("double-ring (halo) sign", "step-off on the lateral view"))
            + " "
            "projects over the stomach, beyond the esophagus. No pneumomediastinum.",
            "Osseous structures: dense metaphyseal bands at the distal femurs and proximal tibias (lead lines) "
            "are noted on the included views.",
            "Lung bases are clear. No pleural effusion.",
        ],
        r.choice(
            (
                "Radiopaque densities in the stomach and proximal small bowel compatible with ingested tablets; "
                "recommend whole bowel irrigation per toxicology and repeat radiograph.",
                "Gastric button battery; no evidence of esophageal impaction. Pediatric GI aware.",
                "No radiopaque foreign body identified. A negative radiograph does not exclude ingestion.",
            )
        ),
    )


def _kind_rad_brain(r: random.Random) -> tuple[list[str], list[str]]:
    co = r.random() < 0.6
    why = (
        "carbon monoxide poisoning s/p hyperbaric oxygen, new memory deficits"
        if co
        else "methanol ingestion, visual loss"
    )
    return _rr(
        r,
        r.choice(("MR HEAD W/O CONTRAST", "CT HEAD W/O CONTRAST", "MR HEAD W AND W/O CONTRAST")),
        f"{_age_phrase(r)} with {why}  // evaluate for toxic injury",
        r.choice(
            (
                "Multiplanar, multisequence MR images of the brain without contrast.",
                "Contiguous axial images of the brain without contrast; coronal and sagittal reformats.",
            )
        ),
        [
            (
                f"Symmetric {r.choice(('T2/FLAIR hyperintensity', 'hypodensity'))} in the bilateral globus pallidi"
                if co
                else "Bilateral putaminal hemorrhagic necrosis with surrounding edema"
            )
            + ". No acute territorial infarct. Ventricles and sulci are age-appropriate.",
            "Diffusion-weighted images show "
            + r.choice(
                (
                    "restricted diffusion in the periventricular white matter "
                    "suggesting delayed post-hypoxic leukoencephalopathy.",
                    "no restricted diffusion.",
                )
            ),
            "No intracranial hemorrhage, mass effect or midline shift. Paranasal sinuses clear.",
            "Flow voids are preserved in the major intracranial vessels.",
        ],
        (
            "Findings consistent with carbon monoxide-related injury of the globus pallidi."
            if co
            else "Bilateral putaminal necrosis compatible with methanol toxicity."
        )
        + r.choice(("", " No hemorrhage.", " Recommend follow-up MRI in 4-6 weeks.")),
    )


def _kind_rad_chest(r: random.Random) -> tuple[list[str], list[str]]:
    agent = r.choice(
        (
            "chlorine gas",
            "anhydrous ammonia",
            "lamp oil (hydrocarbon) aspiration",
            "smoke inhalation",
            "phosgene",
            "nitrogen dioxide (silo filler)",
        )
    )
    return _rr(
        r,
        r.choice(("CHEST (PORTABLE AP)", "CHEST (PA AND LAT)", "CT CHEST W/O CONTRAST")),
        f"{_age_phrase(r)} with {agent} exposure, hypoxia  // pulmonary edema? pneumonitis?",
        r.choice(
            (
                "Single portable AP view of the chest.",
                "PA and lateral views of the chest.",
                "Helical CT of the chest without contrast with axial, coronal and sagittal reformats.",
            )
        ),
        [
            ""
            + r.choice(
                (
                    "Patchy bilateral perihilar airspace opacities",
                    "Dependent consolidation in the right lower lobe",
                    "Diffuse ground-glass opacities with interlobular septal thickening",
                    "No focal consolidation",
                )
            )
            + ". "
            ""
            + r.choice(("No pneumothorax.", "No pleural effusion or pneumothorax.", "Small right pleural effusion."))
            + "",
            "Heart size is normal. Mediastinal contours are unremarkable. Endotracheal tube tip "
            f"{r.randint(3, 6)} cm above the carina.",
            "Pneumatoceles are not seen. Airways are patent to the segmental level.",
            "Visualized upper abdomen is unremarkable.",
        ],
        r.choice(
            (
                "Findings compatible with chemical pneumonitis / noncardiogenic pulmonary edema.",
                "Right lower lobe consolidation consistent with hydrocarbon aspiration pneumonitis.",
                "No acute cardiopulmonary process. Delayed pulmonary edema can occur; correlate clinically.",
            )
        ),
    )


def _kind_rad_extremity(r: random.Random) -> tuple[list[str], list[str]]:
    part = r.choice(("RIGHT HAND", "LEFT HAND", "LEFT ANKLE", "RIGHT FOOT", "LEFT LOWER LEG"))
    cause = r.choice(
        (
            "rattlesnake bite",
            "copperhead bite",
            "hydrofluoric acid burn to fingertips",
            "dog/snake bite, unclear",
            "spider bite with necrosis",
        )
    )
    return _rr(
        r,
        f"{part} {r.choice(('(3 VIEWS)', 'SOFT TISSUE ULTRASOUND', '(2 VIEWS)'))}",
        f"{_age_phrase(r)} with {cause}  // retained fang or foreign body? gas? abscess?",
        r.choice(
            (
                "Three views of the extremity.",
                "Grayscale and color Doppler ultrasound of the soft tissues.",
                "Two views.",
            )
        ),
        [
            f"Marked soft tissue swelling of the {part.lower()}. "
            + r.choice(
                (
                    "No radiopaque foreign body.",
                    "A 3 mm linear radiodensity in the subcutaneous tissues may represent a retained fang fragment.",
                    "No soft tissue gas.",
                )
            )
            + "",
            "No acute fracture or dislocation. Joint spaces preserved.",
            "Subcutaneous edema with cobblestoning; no drainable fluid collection. Arterial flow preserved.",
            "Osseous mineralization is normal; no periosteal reaction.",
        ],
        r.choice(
            (
                "Soft tissue swelling without radiopaque foreign body, gas or fracture.",
                "Possible retained fang fragment; correlate with exploration.",
                "Subcutaneous edema without abscess.",
            )
        ),
    )


def _kind_rad_packer(r: random.Random) -> tuple[list[str], list[str]]:
    return _rr(
        r,
        r.choice(("CT ABD & PELVIS W/O CONTRAST", "CT ABD & PELVIS WITH CONTRAST")),
        f"{_age_phrase(r)} brought in by customs/police, suspected {r.choice(('body packer', 'body stuffer'))}  "
        "// number and location of packets",
        "Helical MDCT of the abdomen and pelvis; low-dose protocol. Coronal and sagittal reformats.",
        [
            f"{r.choice(('Approximately', 'At least'))} {r.randint(12, 90)} well-defined oval packets with a "
            f""
            + r.choice(("thin rim of air (double condom sign)", "high-attenuation wrapper", "rosette pattern"))
            + f" are present "
            f"throughout the {r.choice(('colon', 'stomach and small bowel', 'rectum and sigmoid colon'))}.",
            "No bowel obstruction, pneumatosis or free air. No packet rupture is identified.",
            "Liver, spleen, pancreas and adrenal glands are unremarkable. Kidneys enhance symmetrically.",
            "No free fluid in the pelvis. No lymphadenopathy. Osseous structures unremarkable.",
        ],
        r.choice(
            (
                "Multiple intraluminal packets consistent with body packing; no obstruction or perforation.",
                "Single small packet in the rectum; no complication.",
                "No intraluminal packets identified; stuffed bags may be radiolucent.",
            )
        ),
    )


# --------------------------------------------------------------------------------------------------
# Planted snippets per category: (note types "d"/"r"/"b", where "t"/"m"/"e", template with @@)
# --------------------------------------------------------------------------------------------------

_ODK = (
    "tox_consult_ds",
    "pc_case_record",
    "toxic_alcohol_hd",
    "tox_sendout",
    "antidote_stock",
    "rad_abd_ingestion",
    "rad_ct_packer",
)
_ALC = ("toxic_alcohol_hd", "tox_sendout", "antidote_stock", "tox_consult_ds")
_PEDS = ("pc_case_record", "tox_consult_ds", "mushroom_plant", "arthropod_ed", "rad_abd_ingestion")
_DIG = ("tox_consult_ds", "pc_case_record", "mushroom_plant", "antidote_stock")
_SNAKE = ("snakebite_ds", "rad_extremity_bite", "antidote_stock")
_ARTH = ("arthropod_ed", "rad_extremity_bite")
_BITE = _SNAKE + _ARTH
_CO = ("co_hbo_referral", "rad_brain_toxic")
_HAZ = ("hazmat_occupational", "rad_chest_inhalation")
_OCC = _HAZ + ("rad_extremity_bite", "co_hbo_referral")
_COHAZ = _CO + _HAZ
_FIRE = _CO + _HAZ + ("rad_chest_inhalation",)
_MUSH = ("mushroom_plant",)

_SN: dict[str, list[tuple]] = {
    "PERSON": [
        ("b", "m", "Case discussed with poison specialist @@ (CSPI) at {t}; recommendations as documented."),
        ("d", "m", "Mother, @@, at bedside; reports finding the open blister pack at about {t}.", _ODK),
        ("b", "e", "Electronically signed by: @@, MD\nMedical Toxicology"),
        ("d", "m", "SPI: @@    Caller relationship: spouse    Callback: ___"),
        (
            "d",
            "m",
            "Snake identified from the photo by @@ (herpetologist, volunteer consultant to the poison center).",
            _SNAKE,
        ),
        ("b", "e", "Dictated by:\n@@\nTranscribed {d} {t}"),
        ("d", "m", "Plant safety officer @@ called to report that two coworkers were also evaluated on site.", _HAZ),
        ("r", "e", "Findings discussed by telephone with @@ of the toxicology service at {t} on {d}."),
        ("d", "m", "Health care proxy: @@ (daughter), contact via ___"),
        ("b", "t", "PATIENT: @@\nMRN: ___   DOB: ___"),
        ("d", "m", "Per poison center (SPI @@), obtain a 4-h level and repeat at 8 h if detectable."),
        ("d", "e", "Toxicology fellow: @@, pgr ___\nAttending: ___"),
        ("d", "m", "Dr. @@ from the hyperbaric unit accepted the patient for treatment.", _CO),
        ("d", "m", "A neighbor, @@, brought the remaining mushrooms in a paper bag for identification.", _MUSH),
        ("b", "e", "cc: @@, PA-C; ___ (PCP)"),
        ("r", "e", "Attending radiologist: Dr. @@\nResident: ___"),
        ("d", "m", "Interpreter used (Spanish): @@, certified medical interpreter."),
        ("d", "m", "Pt states the pills belonged to her roommate @@; roommate reached by phone.", _ODK),
        ("b", "m", "Reviewed with\n@@ (clinical pharmacist, antidote stewardship)."),
    ],
    "LOCATION": [
        ("d", "m", "Lives alone in @@; well water, wood stove and a kerosene heater in the basement."),
        ("d", "m", "Exposure occurred at a campground near @@ after foraging along the creek.", _MUSH),
        ("b", "m", "Transferred from the critical access hospital in @@ by ground ALS."),
        ("d", "m", "Scene: ___ Road, @@, New York"),
        ("d", "m", "Bitten while hiking the ridge trail outside @@ (elevation approx. 1,800 ft).", _BITE),
        ("d", "m", "Home in @@ with two cats; CO alarm reportedly not working.", _CO),
        ("d", "m", "Returned from @@, " + L("Arizona") + ", three days before the sting.", _ARTH),
        ("d", "m", "Works at a dairy operation in @@ (manure pit entered without a gas meter).", _HAZ),
        ("b", "m", "County of exposure:  @@"),
        ("d", "m", "Lead level reported to the health department for @@ as required."),
        ("r", "m", "Outside images from @@ were reviewed on PACS for comparison."),
        ("d", "m", "Hometown: @@  |  Residence type: mobile home  |  Heat: propane"),
        ("d", "m", "The family drove in from\n@@ with the plant in a grocery bag.", _MUSH),
    ],
    "ORGANIZATION": [
        ("b", "m", "Discussed with @@ - case # ___."),
        ("b", "m", "Transferred from @@ ED after 2 doses of " + L("Narcan") + "."),
        ("d", "m", "Employer: @@ (process line); SDS for the tank obtained from the plant.", _HAZ),
        ("d", "m", "On scene: @@ performed gross decon with water before transport.", _HAZ),
        ("d", "m", "Antivenom: additional vials borrowed from @@ via police courier; stock replaced {d}.", _BITE),
        ("d", "m", "Accepted for HBOT at @@; transported by ALS with 100% O2.", _CO),
        ("d", "m", "Prescriptions filled at @@ (pharmacy confirmed quantity dispensed)."),
        ("d", "m", "Child attends @@; the school nurse called the poison center first.", _PEDS),
        ("d", "m", "Notified @@ per the reportable-condition requirement."),
        ("d", "m", "Pt is an inmate at @@; corrections officer at bedside throughout."),
        ("r", "m", "Comparison: outside CT from @@, images pushed to PACS."),
        ("b", "t", "PCC: @@ | SPI: ___ | Case: ___"),
        ("d", "m", "EMS: @@ (ALS intercept)."),
        ("d", "e", "Follow-up:\nToxicology clinic at @@ in 2 weeks; call ___ to confirm."),
    ],
    "ACCOUNT": [
        ("b", "m", "Poison center case #: @@"),
        ("d", "m", "PC case @@ (please reference on callback)."),
        ("b", "t", "Accession: @@"),
        ("d", "m", "Specimen ID @@ - serum, gold top, spun and frozen."),
        ("d", "m", "Req # @@   Ordering: ___"),
        ("d", "m", "Order @@ placed for fomepizole loading dose; pharmacy verified.", _ALC),
        ("d", "m", "Workers' compensation claim no. @@ (carrier notified by employer).", _HAZ),
        ("d", "m", "EMS run #: @@   Unit: ___"),
        ("d", "m", "Fire dept. incident @@ (hazmat level II).", _FIRE),
        ("b", "m", "Encounter: @@"),
        ("d", "m", "Interpreter via video, session ID @@ (Spanish)."),
        ("r", "t", "ACCESSION NUMBER:  @@\nORDERING:  ___"),
        ("d", "m", "Acct @@    FC: ___"),
        ("d", "m", "Tox send-out accession\n@@ (blood), second tube held."),
    ],
    "HEALTH_PLAN": [
        ("d", "m", "Medicaid CIN: @@"),
        ("d", "m", "Insurance: {payer}   Member ID @@   Group # {grp}"),
        ("d", "m", "Medicare MBI @@ verified at registration."),
        ("d", "m", "Subscriber ID @@ (father is the subscriber)."),
        ("d", "m", "Policy no. @@ ({payer}); prior auth for HBOT requested.", _CO),
        ("b", "t", "Payer: {payer} | Member: @@ | Grp: {grp}"),
        ("d", "m", "Plan member number\n@@ on the card photographed by registration."),
    ],
    "LICENSE": [
        ("b", "e", "___, MD   NPI: @@"),
        ("d", "m", "Prescriber DEA @@ on the naloxone script."),
        ("d", "e", "Signed: ___ MD, NYS License #: @@"),
        ("d", "m", "Documented by ___ RN (lic. @@)."),
        ("d", "m", "EMT-P cert @@ on the PCR."),
        ("d", "m", "ID: driver's license (NY) @@, photocopied by registration."),
        ("r", "e", "Interpreting physician NPI @@"),
        ("d", "m", "Antidote order co-signed, NPI\n@@"),
    ],
    "PHONE": [
        ("d", "m", "Callback number for mother: @@"),
        ("d", "m", "Poison center direct line for this case: @@ (after hours use " + L("1-800-222-1222") + ")."),
        ("d", "m", "Plant EHS office @@", _HAZ),
        ("b", "e", "Tel: @@"),
        ("d", "m", "Pt can be reached at @@ (cell) for the 48-h follow-up call."),
        ("d", "m", "Herpetologist cell @@", _SNAKE),
        ("d", "m", "| Caller | ___ | @@ |"),
        ("r", "e", "Questions: reading room @@"),
        ("d", "m", "Wife ___ (ph. @@) will drive."),
    ],
    "FAX": [
        ("d", "m", "Fax results to @@ Attn: ___"),
        ("b", "e", "F: @@"),
        ("d", "m", "Discharge summary faxed to PCP ___ at @@ on {d}."),
        ("d", "m", "Outside records received by fax from @@."),
        ("d", "m", "Occupational health practice fax (toll-free) @@", _OCC),
        ("r", "e", "Report faxed to\n@@"),
    ],
    "PAGER": [
        ("d", "m", "Tox fellow pager @@"),
        ("b", "e", "pgr @@"),
        ("d", "m", "Beeper: @@ (HBO tech on call)", _CO),
        ("d", "m", "Page the pharmacist at @@ before antivenom reconstitution.", _BITE),
        ("r", "e", "Call/page resident at @@ with questions."),
    ],
    "EMAIL": [
        ("d", "m", "Photos of the mushrooms emailed to @@ for mycologist review.", _MUSH),
        ("b", "e", "Email: @@"),
        ("d", "m", "SDS requested from @@ (plant EHS).", _HAZ),
        ("d", "m", "Pt's daughter (@@) requested copies of the records."),
        ("d", "m", "Secure message sent to <@@> regarding the pending send-out."),
    ],
    "URL": [
        ("d", "m", "Snake photos were uploaded by the patient to @@ .", _SNAKE),
        ("d", "m", "Telehealth follow-up link: @@"),
        ("b", "m", "Outside images shared via @@"),
        ("d", "m", "Patient portal message thread: @@"),
    ],
    "IP_ADDRESS": [
        ("d", "m", "Remote HBO monitoring station @@ logged the dive profile.", _CO),
        ("r", "m", "Images pushed from outside modality @@ (DICOM send)."),
        ("d", "m", "Telemetry gateway @@ disconnected 02:14-02:40; no events missed."),
        ("b", "m", "Lab interface error from host @@; result re-sent."),
    ],
    "SSN": [
        ("d", "m", "SSN: @@"),
        ("d", "m", "Social Security # @@ (workers' comp form C-3).", _OCC),
        ("b", "t", "SS# @@   DOB ___"),
    ],
    "MRN": [
        ("b", "t", "MRN: @@"),
        ("d", "m", "Med Rec #: @@ (outside hospital)"),
        ("b", "t", "Unit No:\t@@"),
        ("d", "m", "Prior admission under hospital # @@ for a similar ingestion."),
        ("r", "t", "PATIENT:  ___    MRN  @@"),
        ("d", "m", "OSH MRN @@ - records requested."),
    ],
    "ZIP": [
        ("d", "m", "Home ZIP: @@ (for NPDS reporting)."),
        ("d", "m", "___ Road, ___, NY @@"),
        ("d", "m", "Zip code @@ - public water; lead service lines in the neighborhood."),
        ("b", "m", "Exposure zip @@"),
        ("d", "m", "Pt address on file: ___, ___ New York  @@"),
    ],
    "STREET_ADDRESS": [
        ("d", "m", "Address: @@, ___, NY ___"),
        ("d", "m", "Scene address @@ (two-family house, basement furnace)."),
        ("d", "m", "Lives at @@ with ___."),
        ("d", "m", "Plant location: @@ (Building 3)."),
        ("b", "m", "Return address on the package of pills: @@"),
    ],
    "DATE_REAL_YEAR": [
        ("d", "t", "DOB: @@"),
        ("d", "m", "Prior overdose on @@ (sertraline), treated at ___."),
        ("d", "m", "Date of injury: @@ (per C-3)", _OCC),
        ("d", "m", "Father died @@ of carbon monoxide poisoning in the same house.", _CO),
        ("d", "m", "Last tetanus booster @@.", _BITE),
        ("b", "m", "Date of exposure: @@"),
        ("d", "m", "Specimen collected @@ 06:40 (outside lab)."),
        ("d", "m", "Prior HBO course completed @@ at an outside center.", _CO),
        ("b", "t", "Date of Birth:  @@"),
        ("r", "m", "COMPARISON:  Outside CT dated @@."),
    ],
    "AGE_OVER_89": [
        ("d", "m", "@@ y/o F found by the home aide with an empty pill organizer.", _ODK),
        ("d", "m", "A @@-year-old man on chronic digoxin with nausea and yellow vision.", _DIG),
        ("b", "t", "Age: @@"),
        ("d", "m", "Nonagenarian (age @@) exposed to CO from a space heater.", _CO),
        ("d", "m", "The patient is @@ years old and lives independently."),
        ("r", "m", "INDICATION (addendum):  @@ year old woman, fall after carbon monoxide exposure.", _CO),
    ],
    "DEVICE_ID": [
        ("d", "m", "Pulse CO-oximeter (" + L("Masimo Rad-57") + ") SN @@ used for SpCO screening.", _COHAZ),
        ("d", "m", "Chamber (" + L("Sechrist 3300H") + ") serial @@, inspected before the dive.", _CO),
        ("d", "m", "Infusion pump (" + L("Alaris 8015") + ") S/N: @@ - NAC bag 2.", _ODK),
        ("d", "m", "Implant UDI (01){gtin}(17){udiexp}(10){lot}(21)@@"),
        ("b", "m", "Asset tag @@"),
        ("d", "m", "Personal gas monitor (" + L("MultiRAE Lite") + ", serial @@) alarmed at 35 ppm.", _HAZ),
        ("r", "t", "Portable unit asset # @@"),
        ("d", "m", "Home CO alarm (" + L("Kidde Nighthawk") + ") serial\n@@ brought in by the family.", _CO),
    ],
    "VEHICLE_ID": [
        ("d", "m", "Found in a running car in a closed garage, plate @@.", _CO),
        ("d", "m", "VIN @@ (vehicle still running when the fire department arrived).", _CO),
        ("d", "m", "Transported by air (tail @@) to the hyperbaric center.", _CO),
        ("d", "m", "Tanker truck, NY plate @@, placarded {un}.", _HAZ),
        ("d", "m", "Ambulance plate @@ (unit ___)."),
        ("b", "m", "Private vehicle (plate @@) left at the ambulance bay; security notified."),
        (
            "b",
            "m",
            "Brought in by police; vehicle VIN @@ recorded on the custody form.",
            ("rad_ct_packer", "tox_sendout"),
        ),
        ("d", "m", "The snake was carried in the trunk of the car (plate @@) in a pillowcase.", _SNAKE),
    ],
}


def _vgen(r: random.Random, cat: str, tpl: str) -> str:
    if cat == "PERSON":
        return _name(r)
    if cat == "LOCATION":
        if "County of" in tpl:
            return r.choice(_COUNTIES)
        if "Arizona" in tpl:
            return r.choice(_FAR_TOWNS[:6])
        return f"{r.choice(_COUNTIES)} County" if r.random() < 0.12 else _town(r)
    if cat == "ORGANIZATION":
        for key, k in (
            ("PCC", "pc"),
            ("case #", "pc"),
            ("HBOT", "hbo"),
            ("Employer", "emp"),
            ("decon", "fd"),
            ("borrowed", "hosp"),
            ("Prescriptions", "pharm"),
            ("attends", "school"),
            ("reportable", "dept"),
            ("inmate", "jail"),
            ("outside CT", "hosp"),
            ("EMS", "ems"),
            ("Transferred", "hosp"),
            ("clinic", "hosp"),
        ):
            if key in tpl:
                return _organization(r, k)
        return _organization(r)
    if cat == "ACCOUNT":
        for key, k in (
            ("Poison", "pc"),
            ("PC case", "pc"),
            ("Specimen", "spec"),
            ("Req", "req"),
            ("Order", "ord"),
            ("claim", "claim"),
            ("run", "run"),
            ("incident", "inc"),
            ("session", "session"),
            ("Acct", "enc"),
            ("Encounter", "enc"),
            ("ccession", "acc"),
        ):
            if key in tpl:
                return _account(r, k)
        return _account(r)
    if cat == "HEALTH_PLAN":
        for key, k in (("CIN", "cin"), ("MBI", "mbi"), ("Subscriber", "sub"), ("Policy", "policy")):
            if key in tpl:
                return _health_plan(r, k)
        return _health_plan(r, "member")
    if cat == "LICENSE":
        for key, k in (
            ("NPI", "npi"),
            ("DEA", "dea"),
            ("License #", "md"),
            ("lic.", "rn"),
            ("EMT", "ems"),
            ("driver", "dl"),
        ):
            if key in tpl:
                return _license(r, k)
        return _license(r)
    if cat == "PHONE":
        return _phone(r)
    if cat == "FAX":
        return _phone(r, _TOLL_FREE_AREAS) if "toll-free" in tpl else _phone(r)
    if cat == "PAGER":
        return _pager(r)
    if cat == "EMAIL":
        return _email(r)
    if cat == "URL":
        return _url(r)
    if cat == "IP_ADDRESS":
        return _ip(r)
    if cat == "SSN":
        return _ssn(r)
    if cat == "MRN":
        return _mrn(r)
    if cat == "ZIP":
        return _zip(r)
    if cat == "STREET_ADDRESS":
        return _street(r)
    if cat == "DATE_REAL_YEAR":
        if "DOB" in tpl or "Birth" in tpl:
            return _date(r, 1928, 2021)
        return _date(r, 1990, 2029)
    if cat == "AGE_OVER_89":
        return str(r.choice((90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103)))
    if cat == "DEVICE_ID":
        return f"{r.choice('ABCDEFGH')}{_digits(r, 7)}" if "(21)" in tpl else _device_serial(r)
    if "VIN" in tpl:
        return _vehicle(r, "vin")
    if "tail" in tpl:
        return _vehicle(r, "tail")
    return _vehicle(r, "plate")


_PAYERS = (
    "Fidelis Care",
    "Excellus BCBS",
    "MVP Health Care",
    "Empire BlueCross",
    "UnitedHealthcare Community Plan",
    "Medicaid Managed Care",
    "Aetna",
)


def _snippet(r: random.Random, cat: str, note_type: str, kind: str) -> tuple[str, str]:
    nt = "d" if note_type == "discharge" else "r"
    pool = [s for s in _SN[cat] if s[0] in ("b", nt) and (len(s) < 4 or kind in s[3])]
    _, where, tpl = r.choice(pool)[:3]
    value = _vgen(r, cat, tpl)
    fill = {
        "t": _t(r),
        "d": _sd(r),
        "payer": L(r.choice(_PAYERS)),
        "grp": L(f"{_digits(r, r.randint(4, 6))}"),
        "gtin": L(f"0{_digits(r, 13)}"),
        "udiexp": L(f"{r.randint(25, 30)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"),
        "lot": L(f"LT{_digits(r, 5)}"),
        "un": L(r.choice(("UN 1005", "UN 1017", "UN 1830", "UN 1790", "UN 1203"))),
    }
    text = tpl.format(**fill).replace("@@", f"<<{cat}|{value}>>")
    return where, text


def _heavy_block(r: random.Random, note_type: str) -> str:
    if note_type == "discharge":
        rows = "\n".join(f"{_t(r)}  ___  ->  ___  (SPI ___)  callback ___  re: ___" for _ in range(r.randint(5, 7)))
        return (
            "Poison center contact log (auto-imported, identifiers masked):\nCaller: ___   Relationship: ___   "
            "Callback: ___\nPC case #: ___   Specialist: ___   Toxicologist: ___\n"
            + rows
            + "\nAddress: ___, ___, NY ___   PCP: ___   Pharmacy: ___   Insurance ID: ___"
        )
    rows = "\n".join(f"  ___ ___ ({_t(r)}) - ___" for _ in range(r.randint(6, 8)))
    return (
        "DISTRIBUTION / NOTIFICATION LOG:\nOrdering: ___   Attending: ___   Resident: ___   Accession: ___\n"
        "Outside facility: ___   Outside MRN: ___   Referring: ___   Poison center case: ___\n"
        + rows
        + "\nCopies to: ___, ___, ___"
    )


_GENERIC_FILLER = (
    "Toxicology teaching point:\nThe absence of a toxidrome does not exclude a significant ingestion; co-ingestants "
    "and "
    "extended-release formulations delay peak effects. Repeat levels when the history is uncertain.",
    "Poison center note:\nRecommendations are based on the history provided and current literature; the treating "
    f"team retains responsibility for care. Public resources: {L('poisonhelp.hrsa.gov')}, {L('www.atsdr.cdc.gov')}.",
    "Safety:\nFirearms and medication access reviewed with family; lock box and disposal bags offered. "
    f"Naloxone kit dispensed ({L('Kloxxado')} 8 mg).",
)

_RAD_FILLER = (
    "ADDITIONAL COMMENT:  Limited evaluation of the bowel without oral contrast. Small radiolucent packets, "
    "button batteries in the esophagus and non-radiopaque tablets may not be visible on radiographs.",
    "CLINICAL HISTORY (from requisition):  Poison center consulted by the ordering team; imaging requested to "
    "guide decontamination. Prior imaging ___.",
    "QUALITY NOTE:  Images reviewed on a diagnostic workstation; series complete; no motion artifact.",
)

# --------------------------------------------------------------------------------------------------
# Assembly
# --------------------------------------------------------------------------------------------------

_KINDS = {
    "tox_consult_ds": ("discharge", _kind_tox_consult),
    "pc_case_record": ("discharge", _kind_pc_record),
    "snakebite_ds": ("discharge", _kind_snakebite),
    "arthropod_ed": ("discharge", _kind_arthropod),
    "co_hbo_referral": ("discharge", _kind_co_hbo),
    "hazmat_occupational": ("discharge", _kind_hazmat),
    "mushroom_plant": ("discharge", _kind_mushroom),
    "tox_sendout": ("discharge", _kind_sendout),
    "antidote_stock": ("discharge", _kind_antidote),
    "toxic_alcohol_hd": ("discharge", _kind_toxic_alcohol),
    "rad_abd_ingestion": ("radiology", _kind_rad_abd),
    "rad_brain_toxic": ("radiology", _kind_rad_brain),
    "rad_chest_inhalation": ("radiology", _kind_rad_chest),
    "rad_extremity_bite": ("radiology", _kind_rad_extremity),
    "rad_ct_packer": ("radiology", _kind_rad_packer),
}
DOCUMENT_KINDS = tuple(_KINDS)
_DS_KINDS = tuple(k for k, (t, _) in _KINDS.items() if t == "discharge")
_RR_KINDS = tuple(k for k, (t, _) in _KINDS.items() if t == "radiology")


def document_kind(seed: int, i: int) -> str:
    j = i + 17 * seed
    pool = _RR_KINDS if _weyl(j, _W_KIND) < 0.45 else _DS_KINDS
    return pool[int(_weyl(j * 3 + 1, _W_PICK) * len(pool)) % len(pool)]


def _build(seed: int, i: int) -> tuple[LabelledNote, list[str], str]:
    j = i + 17 * seed
    r = random.Random(f"holdout61:{seed}:{i}")
    kind = document_kind(seed, i)
    note_type, builder = _KINDS[kind]
    heavy = j % 20 == _HEAVY_RESIDUE
    cats = _categories(j) if (not heavy and j % 100 in _PLANT_RESIDUES) else []
    core, extras = builder(r)
    blocks: list[tuple[str, str]] = [("core", b) for b in core]
    target = r.randint(1250, 3300)
    r.shuffle(extras)
    for ex in extras:
        if _plain_len([b for _, b in blocks]) >= target:
            break
        blocks.insert(len(blocks) - 1 if note_type == "discharge" else len(blocks), ("extra", ex))
    if heavy:
        blocks.insert(r.randint(1, len(blocks) - 1), ("heavy", _heavy_block(r, note_type)))
    for cat in cats:
        where, text = _snippet(r, cat, note_type, kind)
        if where == "t":
            idx = 0 if note_type == "radiology" else 1
        elif where == "e":
            idx = len(blocks)
        else:
            idx = r.randint(1, len(blocks) - 1)
        blocks.insert(idx, ("plant", text))
    while _plain_len([b for _, b in blocks]) > 4500:
        k = max(n for n, (tag, _) in enumerate(blocks) if tag == "extra")
        del blocks[k]
    g = 0
    while _plain_len([b for _, b in blocks]) < 1100:
        filler = _GENERIC_FILLER if note_type == "discharge" else _RAD_FILLER
        blocks.insert(len(blocks) - 1, ("extra", filler[g % len(filler)]))
        g += 1
    text, spans, looks = _render([b for _, b in blocks])
    return LabelledNote(note_type, text, spans), looks, ("heavy" if heavy else "normal")


def holdout61_note(seed: int, i: int) -> LabelledNote:
    return _build(seed, i)[0]


def holdout61_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout61_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = holdout_measure.measure(
        holdout61_corpus, argv, "Held-out corpus 61 (blind): medical toxicology and the regional poison center"
    )
    holdout_measure.report("holdout61", args, notes, hits, res)


if __name__ == "__main__":
    main()
