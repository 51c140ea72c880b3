"""Held-out corpus 66: maritime and remote medicine.

MIMIC-IV-Note-shaped notes about people who fall ill or are hurt at sea: cruise passengers and crew, merchant
mariners, fishing-vessel crew, offshore workers, harbor pilots and ferry crews, recreational and working divers.

Document kinds (``DOCUMENT_KINDS``):

- discharge-type: ``cruise_transfer`` (cruise-ship medical-centre transfer letter folded into the shore hospital's
  discharge summary), ``port_agent_shore`` (foreign crew member admitted ashore; port agent, P&I correspondent,
  repatriation), ``fishing_crew`` (fishing-vessel deckhand: winch and hauler injuries, hypothermia, fish-handler
  infections), ``offshore_medic`` (offshore-installation medic's report pasted into an admission), ``medevac_handoff``
  (helicopter or boat medevac hand-off to the receiving ED/ICU), ``hyperbaric_referral`` (diving injury referred for
  recompression; dive profile and chamber log), ``pilot_ferry`` (harbor pilot or ferry crew, pilot-ladder and
  gangway injuries), ``general_discharge`` (ordinary discharge summary of a retired mariner or an elderly passenger),
  ``return_to_sea`` (fitness-for-duty / return-to-sea letter from an occupational clinic);
- radiology-type: ``cxr_immersion`` (chest films after immersion or near-drowning), ``ct_decompression`` (CT head or
  chest for decompression illness / arterial gas embolism), ``hand_winch`` (hand and finger films for winch and
  hauler injuries), ``spine_fall`` (CT spine after a fall into a hold or from a ladder), ``telerad_overread``
  (over-read of films transmitted from a ship or platform, with pasted transmission log).

Label policy (the detector's): PERSON is one span per name (given and family together, titles outside); LOCATION is a
place below state level (a street line is STREET_ADDRESS; town and ZIP are separate spans; states and countries are
never labelled, and "New York" alone is the state); ORGANIZATION is a named hospital, practice, pharmacy (a chain's
store too), agency, school or employer, never a generic department, and never a drug maker, biotech or trial sponsor
named as such (a jail, prison or court is one; a payer or insurer named as such is not). DATE_REAL_YEAR is a whole
date carrying a year 1900-2030 (a bare year is not labelled; a device, drug or lot expiry date is not labelled; a
death date is). AGE_OVER_89 labels the digits of ages >= 90. DEVICE_ID is a device serial (for a GS1 UDI only the
(21) serial) or a hospital asset tag; lot, GTIN, REF, model and expiry are not identifiers. A toll-free phone number
(800, 888, 877, 866, 855, 844, 833) is a public line: never labelled; a device maker's or vendor's toll-free fax
neither, a practice's toll-free fax is FAX. ACCOUNT covers account, encounter, incident/run, accession, order,
requisition, claim and specimen numbers, and a vendor's call or session id for the patient's encounter; HEALTH_PLAN
member, subscriber and policy ids (an employer's group number is not the member's id: leave it unlabelled); LICENSE
medical, nursing, EMS, DEA and driver's licences and a clinician's NPI. Spans hold the value only: cue words ("Dr.",
"MRN:", "pager", "Fax", "SN", "plate", "Acct") and credentials ("MD", "RN") stay outside.

Maritime conventions of this corpus, within that policy:

- vessel identifiers are VEHICLE_ID: IMO numbers, US official numbers, hull identification numbers (HIN), MMSI
  numbers, radio call signs and state small-boat registration numbers, like the medevac helicopter's tail number
  and an ambulance plate; the cue ("IMO", "O.N.", "HIN", "MMSI", "call sign", "Reg.") stays outside the span;
- a vessel's *name* ("M/V Halcyon Reach", "F/V Northern Grace") is not labelled: it is a craft's name, not a number
  that registers it, and it is returned among the look-alikes; so are flag states (countries), an installation's
  generic description and sea areas;
- shipping companies, ship managers, cruise lines, fishing companies and offshore operators are ORGANIZATION (the
  patient's employer, or the operator of the ship's medical centre that treated them), as are port agencies, air-medical
  services, pilots' associations, ferry operators and maritime academies; a P&I club, a travel insurer or any other
  payer named as such is not labelled (look-alike), nor is the Coast Guard or another federal or international body
  (USCG, CDC, IMO, ILO) named as such;
- a mariner's credential (Merchant Mariner Credential reference number) and a state pilot's licence number are
  LICENSE, like a driver's licence; a passport, seaman's book or TWIC card number has no category here and is
  always written masked;
- a Coast Guard SAR case number, an air-medical flight incident number and a P&I or maintenance-and-cure claim
  reference are ACCOUNT (incident and claim numbers); a travel-medical policy number and a crew medical plan's member
  id are HEALTH_PLAN, the crew plan's group number is not labelled;
- a dive computer's, rebreather's, AED's or portable X-ray panel's serial is DEVICE_ID; its model, REF and lot are not.

Every note is deterministic from ``(seed, i)``. Category of the k-th planted span comes from a Weyl sequence over a
weighted category table, so the per-category totals are stable; whether a note is heavy, planted or not and how many
spans it carries come from Weyl sequences too; wording, values and positions come from ``random.Random`` seeded with a
string built from ``(seed, i)``.

Written blind: I read only the corpus brief (bench/holdout_corpus_task.md), lqs_clinical/synth/holdout_measure.py,
the first 45 lines of lqs_clinical/synth/notes.py, pyproject.toml, /work/shared/reference/*.md,
/work/shared/data/SOURCES.md and the PyHealth synthetic note-shaped samples under /work/shared/data/. I did not read
the detector, its rules, any other corpus or test, and never ran the detector on these notes.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Callable

from lqs_clinical.synth import holdout_measure
from lqs_clinical.synth.notes import LabelledNote

# --------------------------------------------------------------------------------------------------
# Deterministic plan (Weyl sequences)
# --------------------------------------------------------------------------------------------------

_A_PLANT = 0.6180339887498949  # frac(golden ratio)
_A_COUNT = 0.4142135623730951  # frac(sqrt 2)
_A_CAT = 0.7320508075688772  # frac(sqrt 3)
_A_TYPE = 0.2360679774997898  # frac(sqrt 5)

_CAT_WEIGHTS = (
    ("PERSON", 6), ("ORGANIZATION", 4), ("LOCATION", 3), ("DATE_REAL_YEAR", 3), ("VEHICLE_ID", 3),
    ("PHONE", 2), ("MRN", 2), ("ACCOUNT", 2), ("LICENSE", 2), ("DEVICE_ID", 2), ("AGE_OVER_89", 2),
    ("HEALTH_PLAN", 1), ("FAX", 1), ("PAGER", 1), ("EMAIL", 1), ("URL", 1), ("IP_ADDRESS", 1), ("SSN", 1),
    ("ZIP", 1), ("STREET_ADDRESS", 1),
)
_CAT_SEQ = tuple(c for c, w in _CAT_WEIGHTS for _ in range(w))


def _frac(x: float) -> float:
    return x - math.floor(x)


def _plan(seed: int, i: int) -> tuple[bool, list[str]]:
    """(heavy, planted categories) for note i of a seed."""
    if (i + 7 * seed) % 20 == 3:
        return True, []
    if _frac(i * _A_PLANT + seed * 0.3137) >= 0.6105:
        return False, []
    n = 1 + int(_frac(i * _A_COUNT + seed * 0.1713) * 4)
    cats = [_CAT_SEQ[int(_frac((4 * i + j) * _A_CAT + seed * 0.5371) * len(_CAT_SEQ))] for j in range(n)]
    return False, cats


# --------------------------------------------------------------------------------------------------
# Surrogate values (fictitious)
# --------------------------------------------------------------------------------------------------

_GIVEN = (
    "Tomasz", "Ingrid", "Rafael", "Oona", "Desmond", "Marisol", "Kenji", "Aurelio", "Bartholomew", "Siobhan",
    "Emeka", "Lucia", "Nils", "Priya", "Callum", "Ximena", "Thaddeus", "Marguerite", "Joaquim", "Annika",
    "Obadiah", "Rosalind", "Ivo", "Delphine", "Amadou", "Katarzyna", "Lachlan", "Noor", "Eero", "Perpetua",
    "Wendell", "Ysolde", "Fintan", "Galina", "Hollis", "Imelda", "Jarrah", "Kalani", "Leopold", "Mireille",
    "Dagny", "Ruairi", "Sunniva", "Teodoro", "Rizal", "Maricel", "Jomar", "Vitaliy",
)
_FAMILY = (
    "Brannigan", "Okonkwo", "Vasquez-Lindqvist", "Halvorsen", "Teixeira", "MacAskill", "Ferreira", "Oyelaran",
    "Nakashima", "Pettersen", "Lindgren", "Szymanski", "Quiroga", "Achterberg", "Fairweather", "Kowalczyk",
    "Dubrovin", "Thorvaldsen", "Castellanos", "O'Driscoll", "Rautio", "Abernethy", "Villanueva", "Kealoha",
    "Tupou", "Marchetti", "Greenhalgh", "Ruokonen", "Balogun", "Esposito-Reyes", "Whitcombe", "Lundqvist",
    "Arceneaux", "Boudreaux", "Thibodeaux", "Fonoti", "Hakala", "Ingebrigtsen", "Jovanovic", "Kittredge",
    "Dimaculangan", "Macaraeg", "Bautista", "Sandoval", "Yurchenko", "Mwangi", "Pelletier", "Gudmundsdottir",
)
_TOWNS = (
    "New Bedford", "Gloucester", "Kodiak", "Dutch Harbor", "Unalaska", "Sitka", "Petersburg", "Homer", "Seward",
    "Astoria", "Westport", "Ilwaco", "Newport", "Coos Bay", "Eureka", "Morro Bay", "San Pedro", "Port Arthur",
    "Morgan City", "Galveston", "Port Fourchon", "Houma", "Cameron", "Pascagoula", "Bayou La Batre",
    "Apalachicola", "Key West", "Fernandina Beach", "Brunswick", "Wanchese", "Hatteras", "Cape May",
    "Point Pleasant", "Montauk", "Point Judith", "Stonington", "Fairhaven", "Provincetown", "Chatham", "Rockland",
    "Vinalhaven", "Eastport", "Lubec", "Portsmouth", "Duluth", "Sault Ste. Marie", "Bayfield", "Naknek", "Cordova",
    "Valdez", "Bellingham", "Anacortes", "Friday Harbor", "Port Angeles", "Kailua-Kona", "Hilo", "Lahaina",
    "Charlotte Amalie", "Dukes County", "Kenai Peninsula Borough", "Terrebonne Parish", "Lafourche Parish",
    "Clatsop County", "Carteret County", "Barnstable County", "Grand Isle", "Sabine Pass", "Ketchikan",
    "Nome", "Bethel", "King Cove", "Sand Point", "Akutan", "Wrangell", "Haines", "Yakutat", "Whittier", "Ninilchik",
    "Neah Bay", "La Push", "Garibaldi", "Warrenton", "Crescent City", "Fort Bragg", "Bodega Bay", "Half Moon Bay",
    "Moss Landing", "Port Hueneme", "Port O'Connor", "Freeport", "Palacios", "Aransas Pass", "Delcambre", "Empire",
    "Golden Meadow", "Biloxi", "Mayport", "St. Augustine", "Tarpon Springs", "Cedar Key", "Marathon", "Darien",
    "Engelhard", "Swan Quarter", "Ocracoke", "Chincoteague", "Reedville", "Barnegat Light", "Wildwood",
    "Hampton Bays", "Greenport", "New London", "Narragansett", "Menemsha", "Vineyard Haven", "Nantucket",
    "Woods Hole", "Scituate", "Marblehead", "Newburyport", "Kittery", "Boothbay Harbor", "Port Clyde", "Jonesport",
    "Bar Harbor", "Two Harbors", "Grand Marais", "Marquette", "Alpena", "Quinby Landing", "Saltcote Harbor",
)
_ORG = {
    "hosp": ("Mercy Harbor Hospital", "St. Brendan's Medical Center", "Bayshore General Hospital",
             "Kittiwake Regional Medical Center", "Tidewater Mariners' Hospital", "Lantern Point Hospital",
             "Seabright Memorial Hospital", "Northwind Community Hospital", "Gullhaven Medical Center",
             "Cape Sable Regional Hospital", "Osprey Bay Hospital", "Marlin Coast Medical Center",
             "Stillwater Island Clinic", "Breakwater Family Practice", "Pilothouse Occupational Health",
             "Keel & Compass Occupational Medicine"),
    "cruise": ("Solace Cruise Line", "Pearlwake Cruises", "Aurelian Seaways", "Lumen Voyages Ltd.",
               "Brightwater Cruise Company", "Calypso Horizon Cruises"),
    "ship": ("Tasman Bulk Carriers", "Halyard Tankers Ltd.", "Meridian Ro-Ro Lines", "Corvid Container Line",
             "Blue Petrel Shipping Co.", "Orca Reefer Management", "Kestrel Ship Management GmbH",
             "Ironbound Tug & Barge"),
    "agency": ("Bellweather Port Agency", "Harbourline Ship Agents", "Cooper & Vale Maritime Agency",
               "Gantry Point Agencies Inc.", "Lodestar Shipping Agency"),
    "fish": ("North Rip Seafoods LLC", "Grey Fathom Fisheries", "Icy Strait Processors Inc.",
             "Ledge & Shoal Fishing Co.", "Bering Lantern Seafoods", "Scallop Bank Partners LLC"),
    "offshore": ("Gulfmar Offshore Services", "Petrel Drilling Company", "Saltdome Energy Partners",
                 "Caldera Subsea Inc.", "Tern Rock Production LLC"),
    "air": ("Seaward Air Medical", "Gannet LifeFlight", "Northstar Rotor Ambulance", "Bayside Flight Care"),
    "hbo": ("Saltmarsh Hyperbaric Center", "Tidewater Wound & Hyperbaric Institute",
            "Deepwell Hyperbaric Associates", "Coral Reach Dive Medicine Clinic"),
    "pilots": ("Brayton Bar Pilots Association", "Outer Roads Pilots", "Channel Reach Pilots' Association"),
    "ferry": ("Cape Island Ferry Company", "Three Sounds Ferry Authority", "Harborlink Water Taxi Co."),
    "pharm": ("Dockside Pharmacy", "Harbor Apothecary", "Walgreens #", "CVS Pharmacy #", "Rite Aid #"),
    "school": ("Kestrel Maritime Academy", "Gullhaven Community College", "Tidewater Seamanship Institute"),
    "public": ("Terrebonne Parish Sheriff's Office", "Port Fourchon Harbor Police", "Carteret County EMS",
               "Kodiak Fire Department", "Barnstable County Correctional Facility",
               "Unalaska Department of Public Safety"),
}
_ORG_A = ("Gull Rock", "Sea Smoke", "Tern Island", "Spindrift", "Whitecap", "Low Water", "Foghorn", "Scrimshaw",
          "Mooring Line", "Slack Tide", "Bell Buoy", "Cold Current", "Hawser", "Fathom Five", "Sandbar",
          "Eelgrass", "Shoal Water", "Nor'easter", "Herring Run", "Cape Wrath", "Kelp Line", "Storm Petrel",
          "Ballast Point", "Outer Banks", "Ice Floe", "Lee Shore", "Dogwatch", "Harbor Seal", "Round Turn")
_ORG_B = {
    "hosp": ("Medical Center", "Community Hospital", "Family Practice", "Urgent Care", "Health Center"),
    "ship": ("Marine Services", "Shipping Co.", "Towing & Salvage", "Crew Management Ltd."),
    "fish": ("Seafoods LLC", "Fisheries Inc.", "Fishing Co."),
    "agency": ("Ship Agency", "Maritime Agents", "Port Services Inc."),
    "hbo": ("Hyperbaric Center", "Dive Medicine Clinic", "Wound & Hyperbaric Center"),
    "air": ("Air Medical", "LifeFlight", "Rotor Ambulance"),
    "offshore": ("Offshore LLC", "Drilling Co.", "Energy Partners"),
    "cruise": ("Cruise Line", "Cruises Ltd."),
    "school": ("Maritime Academy", "Seamanship School"),
}
_STREET_NAMES = ("Water", "Front", "Wharf", "Harbor", "Cannery", "Ferry", "Seawall", "Shipyard", "Lighthouse",
                 "Dock", "Bayview", "Tidewater", "Pilot", "Netloft", "Union", "Spruce", "Cedar", "Rope Walk",
                 "Chandlery", "Packet", "Breakwater", "Schooner", "Cove")
_STREET_SUF = ("Street", "St.", "Road", "Rd", "Avenue", "Ave", "Lane", "Way", "Drive", "Row", "Wharf Rd")
_AREAS = ("508", "978", "207", "907", "360", "503", "541", "985", "337", "409", "251", "252", "609", "732", "631",
          "401", "860", "228", "713", "808", "340", "206", "302", "843", "504", "774")
_TOLL = ("800", "888", "877", "866", "855", "844", "833")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_ZIP3 = ("027", "019", "046", "995", "996", "982", "983", "985", "973", "974", "704", "703", "775", "395", "365",
         "323", "284", "082", "119", "028", "048", "967", "008", "558")
_EMAIL_DOMAINS = ("tasmanbulk.com", "solace-cruises.com", "gulfmar-offshore.net", "bellweather-agency.com",
                  "mercyharbor.org", "kittiwakermc.org", "northripseafoods.com", "saltmarshhbo.org", "seawardair.com",
                  "brayton-pilots.org", "capeislandferry.com", "seamail.net", "harbourline-agents.com",
                  "pearlwake.com", "halyardtankers.eu")
_VESSELS = ("M/V Halcyon Reach", "M/V Cape Lorne", "F/V Northern Grace", "F/V Silver Fathom", "M/T Petrel Star",
            "F/V Grey Seal", "M/V Aurora Sound", "F/V Kittiwake II", "M/V Ocean Tamsin", "F/V Blue Anchor",
            "M/V Brightwater Serenade", "F/V Miss Nettie", "M/V Corvid Resolve", "OSV Sea Lynx", "M/T Halyard Spirit",
            "F/V Ledge Runner", "M/V Lumen Aria", "F/V Hard Tack")
_CRUISE_SHIPS = ("M/V Halcyon Reach", "M/V Brightwater Serenade", "M/V Lumen Aria", "M/V Pearlwake Jubilee",
                 "M/V Calypso Horizon", "M/V Aurelian Star")
_FLAGS = ("Liberia", "Marshall Islands", "Panama", "Bahamas", "Malta", "Norway", "Cyprus", "Singapore")
_NATIONS = ("Philippines", "Ukraine", "India", "Indonesia", "Myanmar", "Honduras", "Croatia", "Ghana", "Vietnam")
_STATES = ("Massachusetts", "Alaska", "Louisiana", "Maine", "Oregon", "Texas", "Florida", "North Carolina",
           "New Jersey", "Hawaii", "Mississippi", "Rhode Island", "New York")
_STATE_AB = ("MA", "AK", "LA", "ME", "OR", "TX", "FL", "NC", "NJ", "HI", "MS", "RI", "WA", "CT")


def _name_parts(r: random.Random) -> tuple[str, str]:
    return r.choice(_GIVEN), r.choice(_FAMILY)


def _g_person(r: random.Random, sub: str | None) -> str:
    g, f = _name_parts(r)
    k = r.random()
    if k < 0.48:
        return f"{g} {f}"
    if k < 0.63:
        return f"{g} {r.choice('ABCDEFGHJKLMNPRSTW')}. {f}"
    if k < 0.73:
        return f"{f.upper()}, {g}"
    if k < 0.83:
        return f"{f}, {g}"
    if k < 0.92:
        return f"{g[0]}. {f}"
    return f"{g} {r.choice(_FAMILY)} {f}"


def _g_location(r: random.Random, sub: str | None) -> str:
    return r.choice(_TOWNS)


def _g_org(r: random.Random, sub: str | None) -> str:
    key = sub if sub in _ORG else r.choice(tuple(_ORG))
    if key in _ORG_B and r.random() < 0.6:
        return f"{r.choice(_ORG_A)} {r.choice(_ORG_B[key])}"
    name = r.choice(_ORG[key])
    if name.endswith("#"):
        name += str(r.randint(1000, 19999))
    return name


def _g_date(r: random.Random, sub: str | None) -> str:
    y = r.randint(1924, 2003) if sub == "dob" else r.randint(1995, 2029)
    m, d = r.randint(1, 12), r.randint(1, 28)
    mon = _MONTHS[m - 1]
    k = r.randrange(9)
    if k == 0:
        return f"{m:02d}/{d:02d}/{y}"
    if k == 1:
        return f"{m}/{d}/{y}"
    if k == 2:
        return f"{y}-{m:02d}-{d:02d}"
    if k == 3:
        return f"{d} {mon} {y}"
    if k == 4:
        return f"{mon} {d}, {y}"
    if k == 5:
        return f"{mon[:3]} {d} {y}"
    if k == 6:
        return f"{d:02d}-{mon[:3].upper()}-{y}"
    if k == 7:
        return f"{d:02d}.{m:02d}.{y}"
    return f"{mon[:3]}. {d}, {y}"


def _g_age(r: random.Random, sub: str | None) -> str:
    return str(r.choice((90, 91, 91, 92, 92, 93, 93, 94, 94, 95, 96, 96, 97, 98, 99, 100, 101, 102, 104)))


def _ten(r: random.Random, toll: bool = False) -> tuple[str, str, str]:
    a = r.choice(_TOLL) if toll else r.choice(_AREAS)
    return a, str(r.randint(201, 989)), f"{r.randint(0, 9999):04d}"


def _fmt_phone(r: random.Random, a: str, b: str, c: str) -> str:
    k = r.randrange(7)
    if k == 0:
        return f"({a}) {b}-{c}"
    if k == 1:
        return f"{a}-{b}-{c}"
    if k == 2:
        return f"{a}.{b}.{c}"
    if k == 3:
        return f"+1 {a} {b} {c}"
    if k == 4:
        return f"1-{a}-{b}-{c}"
    if k == 5:
        return f"({a}){b}-{c}"
    return f"{a} {b} {c}"


def _g_phone(r: random.Random, sub: str | None) -> str:
    if sub == "sat":
        if r.random() < 0.5:
            return f"+870 {r.randint(760, 789)} {r.randint(100, 999)} {r.randint(100, 999)}"
        return f"+8816 {r.randint(2000, 9999)} {r.randint(1000, 9999)}"
    return _fmt_phone(r, *_ten(r))


def _g_fax(r: random.Random, sub: str | None) -> str:
    return _fmt_phone(r, *_ten(r, toll=(sub == "tf")))


def _g_pager(r: random.Random, sub: str | None) -> str:
    k = r.randrange(4)
    if k == 0:
        return str(r.randint(1000, 9999))
    if k == 1:
        return str(r.randint(20000, 99999))
    if k == 2:
        return f"{r.randint(100, 999)}-{r.randint(1000, 9999)}"
    a, b, c = _ten(r)
    return f"{a}-{b}-{c}"


def _plain(s: str) -> str:
    return re.sub(r"[^a-z]", "", s.lower())


def _g_email(r: random.Random, sub: str | None) -> str:
    g, f = _name_parts(r)
    dom = r.choice(_EMAIL_DOMAINS)
    k = r.randrange(6)
    if k == 0:
        local = f"{_plain(g)}.{_plain(f)}"
    elif k == 1:
        local = f"{_plain(g)[0]}{_plain(f)}"
    elif k == 2:
        local = f"{_plain(f)}{r.randint(1, 99)}"
    elif k == 3:
        local = r.choice(("medic.rig", "shipsdoctor.", "crewing", "opsdesk", "agency.ops", "infirmary"))
        local += str(r.randint(2, 40))
    elif k == 4:
        local = f"{_plain(g)}_{_plain(f)[:4]}"
    else:
        local = f"{_plain(f)}.{_plain(g)[0]}"
    out = f"{local}@{dom}"
    return out.upper() if r.random() < 0.08 else out


def _g_url(r: random.Random, sub: str | None) -> str:
    dom = r.choice(_EMAIL_DOMAINS)
    k = r.randrange(5)
    n = r.randint(10000, 999999)
    if k == 0:
        return f"https://crewcare.{dom}/case/{n}"
    if k == 1:
        return f"portal.{dom}/patient/{n}"
    if k == 2:
        return f"http://telemed.{dom}/s/{r.choice('ABCDEFGHJK')}{n:x}"
    if k == 3:
        return f"https://{dom}/upload?case={n}"
    return f"www.{_plain(r.choice(_FAMILY))}-family.net/updates"


def _g_ip(r: random.Random, sub: str | None) -> str:
    k = r.randrange(4)
    if k == 0:
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k == 1:
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k == 2:
        return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"
    return f"100.{r.randint(64, 127)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def _g_ssn(r: random.Random, sub: str | None) -> str:
    a = r.randint(1, 665) if r.random() < 0.7 else r.randint(667, 899)
    g, s = r.randint(1, 99), r.randint(1, 9999)
    k = r.randrange(3)
    if k == 0:
        return f"{a:03d}-{g:02d}-{s:04d}"
    if k == 1:
        return f"{a:03d} {g:02d} {s:04d}"
    return f"{a:03d}{g:02d}{s:04d}"


def _g_mrn(r: random.Random, sub: str | None) -> str:
    k = r.randrange(6)
    if k == 0:
        return str(r.randint(1000000, 9999999))
    if k == 1:
        return f"{r.choice('ABEHKM')}{r.randint(0, 9999999):07d}"
    if k == 2:
        return f"MR-{r.randint(100000, 999999)}"
    if k == 3:
        return f"{r.randint(0, 99999999):08d}"
    if k == 4:
        return f"{r.choice(('HMC', 'KRM', 'SBG', 'MHH'))}-{r.randint(1000000, 9999999)}"
    return f"{r.randint(100, 999)}-{r.randint(10, 99)}-{r.randint(10, 99)}"


def _g_account(r: random.Random, sub: str | None) -> str:
    kinds = ("acc", "enc", "sar", "flight", "claim", "order", "spec", "session", "acct")
    sub = sub if sub in kinds else r.choice(kinds)
    if sub == "acc":
        return r.choice((f"RAD-{r.randint(1000000, 9999999)}", f"CR{r.randint(1000000, 9999999)}",
                         f"{r.randint(10000000, 99999999)}", f"XR{r.randint(10, 99)}-{r.randint(10000, 99999)}"))
    if sub == "enc":
        return r.choice((f"E{r.randint(100000000, 999999999)}", f"{r.randint(100000000, 999999999)}",
                         f"ENC-{r.randint(1000000, 9999999)}"))
    if sub == "sar":
        return r.choice((f"{r.randint(1100000, 1899999)}", f"SAR-{r.randint(10, 29)}-{r.randint(1000, 9999)}"))
    if sub == "flight":
        return r.choice((f"LF{r.randint(100000, 999999)}-{r.randint(1, 9):02d}", f"SAM-{r.randint(10000, 99999)}",
                         f"{r.randint(100000, 999999)}"))
    if sub == "claim":
        return r.choice((f"PI-{r.randint(10, 99)}/{r.randint(1000, 9999)}", f"MC{r.randint(100000, 999999)}",
                         f"CLM-{r.randint(1000000, 9999999)}"))
    if sub == "order":
        return r.choice((f"ORD{r.randint(1000000, 9999999)}", f"{r.randint(10000000, 99999999)}"))
    if sub == "spec":
        return r.choice((f"S{r.randint(10, 99)}-{r.randint(100000, 999999)}", f"SP{r.randint(1000000, 9999999)}"))
    if sub == "session":
        return r.choice((f"TM-{r.randint(100000, 999999)}-{r.choice('ABCDEFGH')}", f"{r.randint(10000000, 99999999)}",
                         f"VRI{r.randint(1000000, 9999999)}"))
    return r.choice((f"{r.randint(100000000, 999999999)}", f"A{r.randint(10000000, 99999999)}",
                     f"{r.randint(1000, 9999)}-{r.randint(100000, 999999)}"))


def _g_plan(r: random.Random, sub: str | None) -> str:
    kinds = ("member", "mbi", "cin", "policy", "crew")
    sub = sub if sub in kinds else r.choice(kinds)
    al = "ACDEFGHJKMNPQRTUVWXY"
    if sub == "mbi":
        return (f"{r.randint(1, 9)}{r.choice(al)}{r.choice(al)}{r.randint(0, 9)}-{r.choice(al)}{r.choice(al)}"
                f"{r.randint(0, 9)}-{r.choice(al)}{r.choice(al)}{r.randint(10, 99)}")
    if sub == "cin":
        return f"{r.choice(al)}{r.choice(al)}{r.randint(10000, 99999)}{r.choice(al)}"
    if sub == "policy":
        return r.choice((f"TMP-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}", f"TI{r.randint(10000000, 99999999)}",
                         f"{r.randint(100, 999)}-{r.randint(100000, 999999)}-{r.randint(10, 99)}"))
    if sub == "crew":
        return r.choice((f"SHP{r.randint(1000000, 9999999)}", f"CMP-{r.randint(100000, 999999)}"))
    return r.choice((f"{r.choice(('XQP', 'YLM', 'ZGH', 'W'))}{r.randint(100000000, 999999999)}",
                     f"{r.randint(100000000, 999999999)}01", f"M{r.randint(1000000, 9999999)}-{r.randint(1, 9):02d}"))


def _dea(r: random.Random) -> str:
    d = [r.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return f"{r.choice('ABFM')}{r.choice('BCHKLMNPSTW')}{''.join(map(str, d))}{chk}"


def _g_license(r: random.Random, sub: str | None) -> str:
    kinds = ("npi", "dea", "state", "mmc", "dl", "ems", "pilot", "nurse")
    sub = sub if sub in kinds else r.choice(kinds)
    if sub == "npi":
        return f"{r.choice('12')}{r.randint(100000000, 999999999)}"
    if sub == "dea":
        return _dea(r)
    if sub == "state":
        return r.choice((str(r.randint(100000, 299999)), f"{r.randint(10, 99)}-{r.randint(10000, 99999)}",
                         f"MED{r.randint(10000, 99999)}"))
    if sub == "mmc":
        return r.choice((str(r.randint(1000000, 3999999)), f"{r.randint(100000, 999999)}"))
    if sub == "dl":
        return r.choice((f"S{r.randint(100, 999)}-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}",
                         f"{r.choice('ABKLT')}{r.randint(1000000, 9999999)}", f"{r.randint(100000000, 999999999)}"))
    if sub == "ems":
        return r.choice((f"P{r.randint(1000000, 9999999)}", f"E-{r.randint(10000, 99999)}",
                         f"NRP-{r.randint(100000, 999999)}"))
    if sub == "pilot":
        return r.choice((f"SP-{r.randint(100, 999)}", f"{r.randint(1000, 9999)}"))
    return r.choice((f"RN{r.randint(100000, 999999)}", str(r.randint(2000000, 2999999)),
                     f"{r.randint(100, 999)}{r.randint(1000, 9999)}"))


def _g_zip(r: random.Random, sub: str | None) -> str:
    z = f"{r.choice(_ZIP3)}{r.randint(1, 99):02d}"
    return f"{z}-{r.randint(1000, 9999)}" if r.random() < 0.25 else z


def _g_street(r: random.Random, sub: str | None) -> str:
    s = f"{r.randint(2, 4999)} {r.choice(_STREET_NAMES)} {r.choice(_STREET_SUF)}"
    k = r.random()
    if k < 0.15:
        s += f", Apt {r.randint(1, 9)}{r.choice('ABCD')}"
    elif k < 0.25:
        s += f" Unit {r.randint(1, 40)}"
    return s


def _hexs(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789ABCDEF") for _ in range(n))


def _g_device(r: random.Random, sub: str | None) -> str:
    kinds = ("dive", "aed", "udi", "asset", "vent", "panel", "pacer", "rebreather")
    sub = sub if sub in kinds else r.choice(kinds)
    if sub == "dive":
        return r.choice((_hexs(r, 8), f"{r.randint(10000000, 99999999)}", f"SW{_hexs(r, 6)}"))
    if sub == "aed":
        return r.choice((f"X{r.randint(10, 99)}K{r.randint(100000, 999999)}", f"AP{r.randint(1000000, 9999999)}"))
    if sub == "udi":
        return r.choice((f"{r.choice('ABCKZ')}{r.randint(1000000, 9999999)}", f"{r.randint(100000000, 999999999)}"))
    if sub == "asset":
        return r.choice((f"BH-{r.randint(0, 999999):06d}", f"{r.randint(10000000, 99999999)}",
                         f"KRM{r.randint(10000, 99999)}"))
    if sub == "vent":
        return f"{r.choice(('TS', 'HT', 'LTV'))}{r.randint(100000, 999999)}"
    if sub == "panel":
        return f"DRX{r.randint(1000, 9999)}-{_hexs(r, 4)}"
    if sub == "pacer":
        return f"{r.choice(('PJN', 'RNB', 'LVA'))}{r.randint(100000, 999999)}"
    return f"RB{r.randint(100, 999)}-{r.randint(1000, 9999)}"


def _imo(r: random.Random) -> str:
    d = [r.choice((9, 9, 9, 8, 7))] + [r.randint(0, 9) for _ in range(5)]
    return "".join(map(str, d)) + str(sum(x * w for x, w in zip(d, (7, 6, 5, 4, 3, 2), strict=True)) % 10)


def _g_vehicle(r: random.Random, sub: str | None) -> str:
    kinds = ("imo", "on", "hin", "mmsi", "call", "tail", "plate", "reg")
    sub = sub if sub in kinds else r.choice(kinds)
    if sub == "imo":
        return _imo(r)
    if sub == "on":
        return r.choice((str(r.randint(500000, 1299999)), f"D{r.randint(500000, 1299999)}"))
    if sub == "hin":
        mic = "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
        return f"{mic}{r.randint(10000, 99999)}{r.choice('ABCDEFGHIJKL')}{r.randint(0, 9)}{r.randint(0, 29):02d}"
    if sub == "mmsi":
        return f"{r.choice((366, 367, 368, 369, 538, 636, 257))}{r.randint(100000, 999999)}"
    if sub == "call":
        return r.choice((f"W{r.choice('BCDXY')}{r.choice('ABCDEFGHJK')}{r.randint(1000, 9999)}",
                         f"K{r.choice('ABCDEFGHJKLM')}{r.choice('ABCDEFGHJKLM')}{r.randint(2, 9)}",
                         f"V7{r.choice('ABCDEFGH')}{r.choice('ABCDEFGH')}{r.randint(2, 9)}"))
    if sub == "tail":
        return f"N{r.randint(10, 999)}{r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}"
    if sub == "plate":
        return r.choice((f"{r.randint(100, 999)} {r.choice('ABCDEFGHJK')}{r.choice('ABCDEFGHJK')}"
                         f"{r.choice('ABCDEFGHJK')}", f"AMB-{r.randint(1000, 9999)}",
                         f"{r.choice('ABCDEFGHJK')}{r.randint(10, 99)}{r.choice('ABCDEFGHJK')}{r.randint(100, 999)}"))
    return f"{r.choice(_STATE_AB)} {r.randint(1000, 9999)} {r.choice('ABCDEFGHJK')}{r.choice('ABCDEFGHJK')}"


_GEN: dict[str, Callable[[random.Random, str | None], str]] = {
    "PERSON": _g_person, "LOCATION": _g_location, "ORGANIZATION": _g_org, "DATE_REAL_YEAR": _g_date,
    "AGE_OVER_89": _g_age, "PHONE": _g_phone, "FAX": _g_fax, "PAGER": _g_pager, "EMAIL": _g_email, "URL": _g_url,
    "IP_ADDRESS": _g_ip, "SSN": _g_ssn, "MRN": _g_mrn, "ACCOUNT": _g_account, "HEALTH_PLAN": _g_plan,
    "LICENSE": _g_license, "ZIP": _g_zip, "STREET_ADDRESS": _g_street, "DEVICE_ID": _g_device,
    "VEHICLE_ID": _g_vehicle,
}

# --------------------------------------------------------------------------------------------------
# Look-alikes (never labelled)
# --------------------------------------------------------------------------------------------------

EPONYMS_AND_BRANDS = (
    "Transderm Scop", "Dramamine", "Zofran", "i-STAT", "LifePak 15", "Lovenox", "Vessel Sanitation Program",
    "Keflex", "Augmentin", "Tdap", "Xeroform", "Kanavel signs", "Allen test", "Erysipelothrix", "Ancef",
    "Stokes basket", "SAM splint", "Zoll AED Plus", "Sked stretcher", "i-gel", "Level 1 infuser", "ATMIST",
    "Bair Hugger", "Shearwater Perdix", "Suunto D5", "Buhlmann ZHL-16C", "USN Treatment Table 6", "Boyle's law",
    "Henry's law", "Valsalva", "Romberg", "Sharpened Romberg", "Babinski", "Jacob's ladder", "SOLAS",
    "CG-719K", "STCW", "Glasgow Coma Scale", "Epworth Sleepiness Scale", "Kerley B lines", "Westermark sign",
    "Hampton hump", "circle of Willis", "Virchow-Robin spaces", "Omnipaque 350", "Bennett fracture",
    "Rolando fracture", "Salter-Harris", "Seymour fracture", "Jefferson fracture", "Chance fracture",
    "NEXUS criteria", "Canadian C-spine rule", "Denis three-column", "Carestream DRX-Revolution", "DICOM",
    "HL7", "Foley catheter", "Trendelenburg", "Cipro", "Lasix", "Eliquis", "Coumadin", "Medicare", "Medicaid",
    "Gallant Mutual P&I", "Northsea Mutual Indemnity", "Harborline Travel Assure", "USCG", "CDC", "ILO",
    "Hamman's sign", "Swan-Ganz", "Gamow bag", "DAN oxygen unit", "Dexcom G7", "Tegaderm", "Coban",
    "Kirschner wire", "Heimlich", "Zoll X Series", "Pyxis", "Carhartt", "Grundens", "Ishihara plates",
)

def _dyn_look(r: random.Random, name: str) -> str:
    """A generated look-alike wrapped in look-alike markup."""
    if name == "ndc":
        s = f"NDC {r.randint(0, 99999):05d}-{r.randint(0, 999):03d}-{r.randint(0, 99):02d}"
    elif name == "lot":
        s = f"Lot {r.randint(10, 99)}{r.choice('ABCDEFGHK')}{r.randint(100, 999)}"
    elif name == "exp":
        y, m = r.randint(2025, 2030), r.randint(1, 12)
        s = r.choice((f"EXP {y}-{m:02d}-{r.randint(1, 28):02d}", f"Exp. {m:02d}/{y}",
                      f"expires {m}/{r.randint(1, 28)}/{y}", f"Use by {y}-{m:02d}"))
    elif name == "shift":
        y, m, d = r.randint(2101, 2199), r.randint(1, 12), r.randint(1, 28)
        s = r.choice((f"{y}-{m:02d}-{d:02d}", f"{m:02d}/{d:02d}/{y}", f"{d} {_MONTHS[m - 1][:3]} {y}"))
    elif name == "year":
        s = r.choice(("in ", "back in ", "around ")) + str(r.randint(1971, 2019))
    elif name == "age":
        a = r.randint(19, 88)
        s = r.choice((f"{a}-year-old", f"{a} year old", f"{a} y/o", f"{a}yo"))
    elif name == "toll":
        a, b, c = _ten(r, toll=True)
        s = r.choice((f"1-{a}-{b}-{c}", f"({a}) {b}-{c}", f"{a}-{b}-{c}"))
    elif name == "ref":
        s = f"REF {r.randint(1000, 9999)}-{r.randint(100, 9999):04d}"
    elif name == "model":
        s = f"Model {r.randint(10, 99)}-{r.randint(1, 9)}{r.choice('ABC')}"
    elif name == "ver":
        s = r.choice((f"v{r.randint(2, 9)}.{r.randint(0, 12)}.{r.randint(0, 30)}",
                      f"build {r.randint(2, 9)}.{r.randint(0, 12)}.{r.randint(0, 9)}.{r.randint(100, 999)}"))
    elif name == "gtin":
        s = f"(01)0{r.randint(1000000000000, 9999999999999)}"
    elif name == "udiexp":
        s = f"(17){r.randint(25, 30)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
    elif name == "udilot":
        s = f"(10){r.choice('ABCDLMT')}{r.randint(1000, 99999)}"
    elif name == "group":
        s = f"Group {r.randint(10000, 99999)}"
    elif name == "vessel":
        s = r.choice(_VESSELS)
    elif name == "vcruise":
        s = r.choice(_CRUISE_SHIPS)
    elif name == "vfish":
        s = r.choice(tuple(v for v in _VESSELS if v.startswith("F/V")))
    elif name == "vcargo":
        s = r.choice(tuple(v for v in _VESSELS if not v.startswith("F/V")))
    elif name == "flag":
        s = r.choice(_FLAGS)
    elif name == "nation":
        s = r.choice(_NATIONS)
    elif name == "state":
        s = r.choice(_STATES)
    elif name == "gcs":
        s = f"GCS {r.randint(13, 15)}"
    elif name == "depth":
        s = f"{r.randint(12, 45)} msw"
    elif name == "beaufort":
        s = f"Beaufort force {r.randint(5, 9)}"
    elif name == "cpt":
        s = f"CPT {r.choice((71045, 71046, 70450, 72125, 73130, 73140, 71260, 72128))}"
    else:
        raise KeyError(name)
    return f"\x04{s}\x05"


# --------------------------------------------------------------------------------------------------
# Note assembly
# --------------------------------------------------------------------------------------------------

_SLOT = re.compile(r"<<([A-Z_0-9]+)(?::(\w+))?>>")
_DYN = re.compile(r"\{(\w+)\}")
_MARK = re.compile(r"\x01([A-Z_0-9]+)\x02(.*?)\x03|\x04(.*?)\x05", re.S)


def _plain_len(s: str) -> int:
    return len(_MARK.sub(lambda m: m.group(2) if m.group(1) else m.group(3), s))


class _Note:
    def __init__(self, r: random.Random, plan: list[str], heavy: bool, note_type: str):
        self.r = r
        self.pending = list(plan)
        self.heavy = heavy
        self.note_type = note_type

    def val(self, cat: str, sub: str | None = None) -> str:
        return f"\x01{cat}\x02{_GEN[cat](self.r, sub)}\x03"

    def slot(self, cat: str, sub: str | None = None) -> str:
        if cat in self.pending and self.r.random() < 0.45:
            self.pending.remove(cat)
            return self.val(cat, sub)
        return "___"

    def fill(self, s: str, cat: str | None = None) -> str:
        s = s.replace("[[", "\x04").replace("]]", "\x05")

        def dyn(m: re.Match[str]) -> str:
            name = m.group(1)
            if name == "v" or name.startswith("v_"):
                assert cat is not None
                return self.val(cat, name[2:] or None)
            return _dyn_look(self.r, name)

        s = _DYN.sub(dyn, s)
        return _SLOT.sub(lambda m: self.slot(m.group(1), m.group(2)), s)

    def pick(self, *options: str) -> str:
        return self.fill(self.r.choice(options))


def _render(marked: str) -> tuple[str, list[tuple[int, int, str]], list[str]]:
    out: list[str] = []
    spans: list[tuple[int, int, str]] = []
    looks: list[str] = []
    pos = last = 0
    for m in _MARK.finditer(marked):
        chunk = marked[last:m.start()]
        out.append(chunk)
        pos += len(chunk)
        if m.group(1):
            v = m.group(2)
            spans.append((pos, pos + len(v), m.group(1)))
        else:
            v = m.group(3)
            if v not in looks:
                looks.append(v)
        out.append(v)
        pos += len(v)
        last = m.end()
    out.append(marked[last:])
    return "".join(out), spans, looks


# --------------------------------------------------------------------------------------------------
# Generic contexts for identifiers that escaped masking ("d" discharge, "r" radiology, "a" either)
# --------------------------------------------------------------------------------------------------

_CTX: dict[str, tuple[tuple[str, str], ...]] = {
    "PERSON": (
        ("a", "Port agent: {v} (___ Agency), reachable via the ship's office."),
        ("d", "Ship's physician: Dr. {v}, Medical Center, Deck 4"),
        ("d", "Patient's wife {v} was notified by satellite phone and will meet him at the pier."),
        ("d", "Emergency contact | {v} | spouse | ___"),
        ("d", "Crew manager {v} confirmed repatriation once fit to fly."),
        ("a", "Discussed with {v}, MD (shore-side medical advisor) at 0340."),
        ("r", "Findings discussed by telephone with Dr. {v} at 14:22 by the reading radiologist."),
        ("r", "Referring physician: {v}, DO"),
        ("r", "Dictated by: {v}, MD   Resident: ___"),
        ("d", "Harbor pilot {v} boarded at the sea buoy and was first to notice the slurred speech."),
        ("d", "Medic on board: {v} (OIM notified)"),
        ("d", "cc: {v}, Designated Person Ashore"),
        ("d", "Signed:\n{v}\nMaster"),
        ("a", "Electronically signed by {v} on ___"),
        ("d", "PCP: Dr {v}"),
        ("d", "Captain {v} reports the patient was found slumped on the sorting table."),
        ("d", "Dive buddy ({v}) surfaced with him and remains asymptomatic."),
        ("d", "NOK: {v} (daughter), phone ___"),
        ("d", "Interpreter {v} (Tagalog) was used for the whole interview."),
        ("d", "Pt's brother-in-law, {v}, skipper of the boat, brought him in."),
        ("r", "Technologist: {v} RT(R)"),
        ("r", "Outside CD from the ship was loaded and reviewed with {v}."),
        ("d", "Case manager: {v}  | P&I correspondent: ___"),
        ("a", "Addendum ({v}): patient seen again before transfer, exam unchanged."),
        ("d", "Reviewed with the ship's nurse, {v}, RN, who cared for him on board."),
        ("r", "ATTENDING READ:  {v}  MD"),
        ("d", "Topside physician consulted:\n  {v} (telemedicine)"),
        ("d", "hcp: {v} (son) - aware of plan"),
    ),
    "ORGANIZATION": (
        ("d", "Cruise line: {v_cruise}"),
        ("d", "Employer: {v_ship} (crew management)"),
        ("d", "Port agent ___ of {v_agency} arranged the hotel and follow-up."),
        ("d", "He works as a deckhand for {v_fish} out of ___."),
        ("a", "Accepted in transfer at {v_hosp} [[Emergency Department]]."),
        ("d", "Follow-up: hyperbaric clinic at {v_hbo}, phone ___"),
        ("d", "Air medical provider: {v_air}"),
        ("d", "Prescriptions e-sent to {v_pharm} on ___ St."),
        ("a", "Prior records obtained from {v_hosp} (shore clinic)."),
        ("r", "Outside films from {v_hosp} were uploaded to PACS."),
        ("r", "Exam performed at {v_hosp}; read remotely."),
        ("d", "Operator: {v_offshore}; installation ___; OIM ___."),
        ("d", "| Employer | {v} |"),
        ("d", "The owners, {v_ship}, will cover costs through their [[Gallant Mutual P&I]] entry."),
        ("d", "Deputies from the {v_public} met the boat at the dock."),
        ("d", "Graduate of {v_school}; sails as third mate."),
        ("a", "Return to work to be cleared by {v_hosp}."),
        ("r", "CLINICAL INFORMATION (from {v_hosp} requisition): winch injury."),
        ("d", "Pilots' association: {v_pilots}"),
        ("d", "Ferry operator ({v_ferry}) incident report requested."),
    ),
    "LOCATION": (
        ("d", "Vessel was alongside in {v} when symptoms began."),
        ("d", "Lives in {v} with his wife; fishes out of ___."),
        ("d", "Home port: {v}"),
        ("d", "Medevac from ~40 nm off {v} by helicopter."),
        ("d", "Disembarked at {v} (port of call) on the ship doctor's advice."),
        ("d", "Will fly home to {v} once cleared."),
        ("a", "Hometown: {v}"),
        ("r", "Prior imaging at an outside hospital in {v} is not available."),
        ("d", "Rendezvous with the lifeboat off the {v} breakwater at 0215."),
        ("d", "| Port | {v} | ETA ___ |"),
        ("d", "Follow up at the clinic in {v}."),
        ("d", "From {v}; lives alone in a boarding house near the fish pier."),
        ("r", "Study transmitted from the clinic at {v}."),
        ("d", "Next port: {v}, where the agent will meet him."),
    ),
    "DATE_REAL_YEAR": (
        ("d", "Date of injury: {v}"),
        ("d", "Embarked {v} for a 14-night itinerary."),
        ("d", "Last dive: {v}, three dives to {depth}."),
        ("d", "Signed on {v}; nine-month contract."),
        ("d", "Prior DCS episode {v}, treated with a single table."),
        ("r", "COMPARISON:  Chest radiograph {v}."),
        ("r", "Prior CT from {v} at an outside hospital."),
        ("a", "DOB: {v_dob}"),
        ("d", "Date of birth (per passport copy): {v_dob}"),
        ("d", "Pronounced dead {v} at 04:12 despite resuscitation."),
        ("d", "Mariner medical certificate issued {v}, valid two years."),
        ("d", "Last tetanus: {v}"),
        ("d", "Letter dated {v}"),
        ("r", "Compared with outside films of {v}."),
        ("d", "| Sign-on | {v} | Sign-off | ___ |"),
    ),
    "AGE_OVER_89": (
        ("a", "{v} y/o retired harbor pilot."),
        ("d", "This {v}-year-old passenger was travelling with her daughter."),
        ("d", "Age: {v}"),
        ("r", "CLINICAL HISTORY:  {v} year old woman, fall on the ship's stairs."),
        ("d", "aged {v}, on the world cruise since ___"),
        ("r", "Pt is {v}yo; portable technique."),
        ("d", "Passenger profile: {v} yrs, wheelchair for embarkation."),
    ),
    "PHONE": (
        ("d", "Port agent mobile: {v}"),
        ("d", "Ship's satellite phone {v_sat} (bridge)"),
        ("d", "Call the clinic at {v} to schedule."),
        ("d", "Wife's cell {v}"),
        ("a", "Tel.\n{v}"),
        ("d", "| Agent | ___ | {v} |"),
        ("r", "Critical result called to {v_sat} (ship's medical center)."),
        ("d", "contact # {v}"),
        ("r", "Please call the reading room at {v} with questions."),
        ("d", "Medical center direct line {v_sat}; ask for the duty doctor."),
    ),
    "FAX": (
        ("d", "Fax discharge paperwork to {v} (agent)."),
        ("a", "Fax: {v}"),
        ("a", "fax {v}"),
        ("r", "Report faxed to {v}."),
        ("d", "Tel ___ / Fax {v}"),
        ("d", "Clinic fax (toll-free): {v_tf}"),
        ("d", "FAX# {v}"),
    ),
    "PAGER": (
        ("a", "pager {v}"),
        ("d", "Chamber operator: pgr {v}"),
        ("d", "beeper #{v}"),
        ("a", "Pager: {v}"),
        ("d", "Page the hyperbaric tech at {v} for after-hours dives."),
        ("r", "Resident on call (p) {v}"),
        ("r", "Contact: Dr ___, pager {v}"),
    ),
    "EMAIL": (
        ("a", "Email: {v}"),
        ("d", "Please send the discharge summary to {v}."),
        ("d", "e-mail {v}"),
        ("r", "Images requested by {v} (ship's doctor)."),
        ("d", "Agent ___ <{v}>"),
        ("d", "cc'd {v}"),
    ),
    "URL": (
        ("d", "Portal: {v}"),
        ("r", "Images uploaded to {v}"),
        ("d", "Tracking link for the crew case: {v}"),
        ("d", "Family updates posted at {v}"),
        ("a", "Crew record {v}"),
    ),
    "IP_ADDRESS": (
        ("d", "VSAT telemedicine gateway {v}"),
        ("r", "Source AE SHIPRAD at {v}:104"),
        ("r", "Uploaded from workstation {v}"),
        ("d", "Remote session from {v}, audio only."),
        ("a", "logged in from IP {v}"),
        ("d", "Ship's medical center workstation: {v}"),
        ("r", "DICOM push from {v} (port 11112)"),
        ("a", "Audit trail: record opened from {v}"),
        ("d", "Telemetry relayed through onboard router {v}."),
    ),
    "SSN": (
        ("d", "SSN: {v}"),
        ("d", "SS# {v}"),
        ("d", "Social Security No. {v}"),
        ("a", "soc sec {v}"),
        ("d", "| SSN | {v} |"),
    ),
    "MRN": (
        ("a", "MRN: {v}"),
        ("d", "Med Rec # {v}"),
        ("d", "Medical record number {v}"),
        ("d", "Infirmary record no. {v}"),
        ("r", "Hospital no. {v}"),
        ("r", "MR#{v}"),
        ("a", "Unit No:\n{v}"),
    ),
    "ACCOUNT": (
        ("a", "Acct: {v_acct}"),
        ("d", "Encounter {v_enc}"),
        ("r", "Accession # {v_acc}"),
        ("d", "USCG SAR case {v_sar}"),
        ("d", "Flight incident no. {v_flight}"),
        ("d", "P&I claim ref {v_claim}"),
        ("r", "Order #{v_order}"),
        ("r", "Requisition {v_order}"),
        ("d", "Specimen {v_spec} (blood cultures x2)"),
        ("d", "Telemedicine session ID {v_session}"),
        ("d", "Interpreter call ID: {v_session}"),
        ("d", "Maintenance-and-cure claim {v_claim}"),
    ),
    "HEALTH_PLAN": (
        ("d", "Member ID: {v_member}"),
        ("d", "Travel medical policy no. {v_policy} ([[Harborline Travel Assure]])"),
        ("d", "Subscriber # {v_member}"),
        ("a", "Medicaid CIN {v_cin}"),
        ("a", "Medicare MBI: {v_mbi}"),
        ("d", "Crew plan ID {v_crew}, {group}"),
    ),
    "LICENSE": (
        ("a", "NPI {v_npi}"),
        ("d", "DEA {v_dea}"),
        ("d", "Lic # {v_state}"),
        ("d", "MMC ref. no. {v_mmc}"),
        ("d", "Pilot license no. {v_pilot}"),
        ("d", "Driver's license {v_dl}"),
        ("d", "NREMT {v_ems}"),
        ("d", "RN lic. {v_nurse}"),
        ("r", "Reading radiologist NPI: {v_npi}"),
    ),
    "ZIP": (
        ("d", "Zip: {v}"),
        ("d", "Mailing: ___, ___, AK {v}"),
        ("a", "(zip {v})"),
        ("d", "Home ZIP code {v}"),
    ),
    "STREET_ADDRESS": (
        ("d", "Address: {v}, ___"),
        ("d", "Lives at {v}."),
        ("d", "Agent office: {v}"),
        ("d", "Crew hotel: ___ Inn, {v}"),
        ("a", "Send records to {v}"),
    ),
    "DEVICE_ID": (
        ("d", "Dive computer downloaded (serial {v_dive})."),
        ("d", "AED SN {v_aed}, [[Zoll AED Plus]]"),
        ("a", "UDI {gtin}{udiexp}{udilot}(21){v_udi}"),
        ("a", "Asset tag {v_asset}"),
        ("d", "Rebreather S/N {v_rebreather}"),
        ("a", "Pacemaker serial no. {v_pacer}"),
        ("d", "Transport ventilator ID {v_vent}"),
        ("r", "Portable DR panel SN {v_panel}"),
    ),
    "VEHICLE_ID": (
        ("a", "IMO {v_imo}"),
        ("d", "Official No. {v_on}"),
        ("d", "HIN: {v_hin}"),
        ("d", "MMSI {v_mmsi}"),
        ("d", "call sign {v_call}"),
        ("d", "Aircraft N-number {v_tail}"),
        ("d", "Reg. {v_reg}"),
        ("d", "Ambulance plate {v_plate}"),
        ("r", "Study acquired aboard (IMO {v_imo})."),
        ("d", "O.N. {v_on}"),
    ),
}


def _context(n: _Note, cat: str) -> str:
    tag = "d" if n.note_type == "discharge" else "r"
    opts = [t for k, t in _CTX[cat] if k in (tag, "a")]
    return n.fill(n.r.choice(opts), cat)


# --------------------------------------------------------------------------------------------------
# Common pieces
# --------------------------------------------------------------------------------------------------

_ALLERGIES = ("No Known Allergies / Adverse Drug Reactions", "Penicillins", "Sulfa (Sulfonamide Antibiotics)",
              "shellfish derived", "Codeine / latex", "iodinated contrast (hives)")


def _ds_head(n: _Note, service: str, sex: str) -> str:
    return n.fill(
        f"Name:  <<PERSON>>                  Unit No:   <<MRN>>\n\n"
        f"Admission Date:  <<DATE_REAL_YEAR:recent>>              Discharge Date:   <<DATE_REAL_YEAR:recent>>\n\n"
        f"Date of Birth:  <<DATE_REAL_YEAR:dob>>             Sex:   {sex}\n\n"
        f"Service: {service}\n\nAllergies:\n{n.r.choice(_ALLERGIES)}\n\nAttending: <<PERSON>>."
    )


def _age_phrase(n: _Note) -> str:
    """`___ year old`, an unmasked age under 90 (look-alike) or an escaped age >= 90."""
    if "AGE_OVER_89" in n.pending and n.r.random() < 0.6:
        n.pending.remove("AGE_OVER_89")
        return n.fill(n.r.choice(("{v} year old", "{v}-year-old", "{v} y/o")), "AGE_OVER_89")
    if n.r.random() < 0.3:
        return n.fill("{age}")
    return "___ year old"


def _ds_tail(n: _Note, dispo: str, dx: str, instr: str) -> str:
    return n.fill(
        f"Discharge Disposition:\n{dispo}\n\nDischarge Diagnosis:\n{dx}\n\nDischarge Condition:\n"
        "Mental Status: Clear and coherent.\nLevel of Consciousness: Alert and interactive.\n"
        f"Activity Status: {n.r.choice(('Ambulatory - Independent.', 'Ambulatory - requires assistance or aid.'))}"
        f"\n\nDischarge Instructions:\n{instr}\n\nFollowup Instructions:\n"
        + n.r.choice(("___", "Follow up with <<PERSON>> in 1 week.", "___\nClinic phone: <<PHONE>>",
                      "Return to ___ clinic on ___ at ___."))
    )


_COMMON_FILLERS_D = (
    "Social History:\n___\nTobacco: former smoker, quit {year}. EtOH: occasional, none at sea per company "
    "dry-ship policy.",
    "Family History:\nFather with MI at 61. Mother (lives in {state}) with hypertension.",
    "Pertinent Results:\nWBC-9.8 Hgb-13.9 Plt-231 Na-139 K-4.1 Cr-0.9 Glu-118 Lactate-1.6\n"
    "Trop-T <0.01 x2. CK 412 on arrival, 188 at discharge.",
    ("Medications on Admission:\n1. Lisinopril 10 mg PO daily\n2. [[Transderm Scop]] 1 mg/72 h patch PRN "
     "seasickness\n3. Omeprazole 20 mg daily",
     "Medications on Admission:\n1. Metformin 500 mg BID\n2. Atorvastatin 40 mg daily\n3. [[Dramamine]] PRN",
     "Medications on Admission:\n1. [[Coumadin]] 5 mg daily (INR 2.4)\n2. Tamsulosin 0.4 mg qhs\n"
     "3. [[Cipro]] 500 mg BID (started by ship's doctor)"),
    "Physical Exam:\nVS: T 36.4 C  HR 88  BP 134/82  RR 16  SpO2 97% RA\nGEN: NAD, weathered appearance\n"
    "CV: RRR, no m/r/g\nLUNGS: CTAB\nABD: soft, NT/ND\nEXT: no edema",
    "Immunizations: [[Tdap]] given in the ED ({lot}, {exp}); influenza declined.",
    "Supplies dispensed: [[Tegaderm]] and [[Coban]] for dressing changes; [[Carhartt]] gloves to be replaced "
    "with waterproof [[Grundens]] gloves before returning to the deck.",
    "Pharmacy note: ceftriaxone 1 g IV given at 0110; {ndc}, {lot}, {exp}. Dispensing cabinet ([[Pyxis]]) "
    "software {ver}.",
    "Patient education provided regarding motion-sickness medications; the public help line {toll} "
    "was given for medication questions after hours.",
    "Note: dates in the ship's log are recorded in ship's time; arrival stamped {shift}.",
    "Review of systems otherwise negative in detail. [[Glasgow Coma Scale]] 15 throughout. Sea state at the time "
    "of injury described as rough, {beaufort}.",
)
_COMMON_FILLERS_R = (
    "TECHNIQUE:  Standard departmental protocol; dose-length product per the [[DICOM]] structured report.",
    "NOTE:  Preliminary findings were provided by the overnight teleradiology service; no discrepancy.",
    "Billing: {cpt}. Exam date in RIS {shift}.",
    "Image quality is mildly degraded by motion; the patient was shivering on arrival.",
    "Workstation software {ver}; key images forwarded via [[HL7]] result message.",
    "Contrast: none.  Radiation dose within reference levels for the patient's size.",
    "ADDITIONAL FINDINGS:\nVisualized upper abdomen unremarkable. No free air. Osseous structures without an "
    "aggressive lesion. Mild degenerative change of the lower cervical and upper thoracic spine.",
    "RECOMMENDATION(S):  Clinical correlation. If symptoms persist, follow-up imaging in 6-8 weeks is suggested. "
    "This recommendation was entered into the follow-up tracking system.",
    "Scanner: {model} (service {ref}); reconstruction software {ver}.",
    "Patient arrived in wet clothing from the water; a forced-air warmer ([[Bair Hugger]]) was in place during the "
    "exam, which limited positioning.",
    "Communication: the preliminary read was reviewed with the ED physician by phone at the time of dictation; "
    "patient identity confirmed with two identifiers.",
    "Prior outside images from the ship's medical center were requested but not received at the time of dictation; "
    "an addendum will follow if they arrive.",
    "Temperature on arrival 34.9 C per the trauma sheet; portable technique used in the trauma bay with the patient "
    "still on the helicopter litter.",
    "HISTORY (from the flight sheet):  medevac from {vessel}, {gcs}, hemodynamically stable en route; "
    "sea state {beaufort} at the time of the hoist.",
)


def _pad(n: _Note, blocks: list[str], fillers: list, target: int) -> list[str]:
    pool = list(fillers)
    n.r.shuffle(pool)
    while pool and sum(_plain_len(b) + 2 for b in blocks) < target:
        f = pool.pop()
        blocks.insert(len(blocks) - 1, n.fill(f if isinstance(f, str) else n.r.choice(f)))
    return blocks


# --------------------------------------------------------------------------------------------------
# Discharge-type kinds
# --------------------------------------------------------------------------------------------------


def _k_cruise(n: _Note) -> tuple[list[str], list[str]]:
    r = n.r
    scen = r.randrange(4)
    sex = r.choice("MF")
    head = _ds_head(n, r.choice(("MEDICINE", "ORTHOPAEDICS", "CARDIOLOGY")), sex)
    cc = ("left hip pain after fall on pool deck", "chest pain at sea", "vomiting and dehydration",
          "palpitations")[scen]
    letter = n.fill(
        "TRANSFER LETTER - SHIP'S MEDICAL CENTER (scanned into chart)\n"
        "Vessel: {vcruise} (flag {flag})   IMO <<VEHICLE_ID:imo>>   Call sign ___\n"
        "Operator: <<ORGANIZATION:cruise>>\n"
        "Ship's physician: Dr. <<PERSON>>   Ship's nurse: ___\n"
        "Port of disembarkation: <<LOCATION>>   Port agent: ___ (<<ORGANIZATION:agency>>)\n"
        "Guest cabin ___  Folio ___   Embarked ___\n"
        + r.choice(("Onboard investigations: [[i-STAT]] CHEM8+ and 12-lead ECG; monitor [[LifePak 15]].",
                    "Onboard investigations: ECG, glucose, urine dip. Telemedicine with shore physician ___.",
                    "Treated onboard with IV fluids 2 L and [[Zofran]] 4 mg IV; isolated per "
                    "[[Vessel Sanitation Program]] outbreak plan."))
    )
    hpi = (
        f"History of Present Illness:\nThis {_age_phrase(n)} {'man' if sex == 'M' else 'woman'} is a passenger on a "
        "cruise. " + (
            "She slipped on the wet pool deck in moderate seas and could not bear weight. Ship's X-ray not available; "
            "shortened, externally rotated left leg. Given IV morphine and disembarked by tender.",
            "Developed substernal pressure at dinner; onboard ECG showed inferior ST elevation. Received aspirin, "
            "heparin and [[Lovenox]] per protocol; ship diverted and transferred by ambulance at the pier.",
            "Part of a norovirus-like cluster onboard; unable to keep fluids down for 36 h with orthostasis and AKI.",
            "New atrial fibrillation with RVR (rate 150s) after a night of [[Transderm Scop]] and poor intake.",
        )[scen]
    )
    hpi = n.fill(hpi)
    course = n.fill("Brief Hospital Course:\n" + (
        "Underwent hemiarthroplasty on hospital day 2. Anticoagulated with enoxaparin. PT recommended short rehab.",
        "Taken for cath: 100% RCA occlusion, DES x1. Echo EF 50%. Started DAPT, statin, beta blocker.",
        "IV fluids with recovery of creatinine 2.1 -> 1.0. Stool PCR norovirus GII positive; the ship reports GI "
        "cases to the [[CDC]]. Tolerating diet.",
        "Rate controlled with metoprolol, anticoagulated with [[Eliquis]] (CHA2DS2-VASc 3). TSH normal.",
    )[scen] + " Cruise line notified; the guest's remaining itinerary cancelled. " + r.choice((
        "Travel insurer ([[Harborline Travel Assure]]) arranged the flight home.",
        "Family arranged commercial travel home; [[Medicare]] does not cover care abroad, discussed.",
        "Port agent returned passport and luggage from the ship.")))
    tail = _ds_tail(n, r.choice(("Extended Care", "Home", "Home With Service")),
                    ("Left femoral neck fracture", "Inferior STEMI", "Viral gastroenteritis, AKI",
                     "New atrial fibrillation")[scen],
                    "You were transferred from the ship's medical center. Please bring this letter to your doctor.")
    blocks = [head, f"Chief Complaint:\n{cc}", letter, hpi, course, tail]
    return blocks, list(_COMMON_FILLERS_D) + [
        "Onboard course: a choking episode in the dining room earlier in the voyage was relieved with the "
        "[[Heimlich]] maneuver by a steward; unrelated to this admission.",
        "Mobility: used a ship's wheelchair for tender transfers; cabin was not accessible.",
    ]


def _k_port_agent(n: _Note) -> tuple[list[str], list[str]]:
    r = n.r
    scen = r.randrange(4)
    head = _ds_head(n, r.choice(("SURGERY", "MEDICINE", "UROLOGY")), "M")
    crew = n.fill(
        "CREW MEMBER DETAILS (from agent's admission request):\n"
        "Nationality: {nation}   Rank: " + r.choice(("Able Seaman", "Oiler", "2nd Engineer", "Cook", "Bosun"))
        + "   Passport: ___\n"
        "Vessel: {vcargo} ({flag} flag), IMO <<VEHICLE_ID:imo>>, MMSI <<VEHICLE_ID:mmsi>>\n"
        "Owners/managers: <<ORGANIZATION:ship>>\n"
        "Port agent: <<PERSON>> of <<ORGANIZATION:agency>>, mobile <<PHONE>>, email <<EMAIL>>\n"
        "P&I correspondent: [[Gallant Mutual P&I]] ref <<ACCOUNT:claim>>\n"
        "Crew hotel: ___, <<STREET_ADDRESS>>"
    )
    hpi = n.fill("History of Present Illness:\n" + _age_phrase(n) + " seafarer from {nation} "
                 + ("with 2 days of periumbilical pain migrating to the RLQ while the vessel was at anchor. "
                    "Landed by launch with the agent.",
                    "with colicky left flank pain and hematuria starting during cargo operations.",
                    "with a swollen, red right forearm after a scratch from a mooring line 5 days ago.",
                    "with cough, fever and hypoxia after a 26-day ocean passage; two other crew mildly ill.")[scen])
    course = n.fill("Brief Hospital Course:\n" + (
        "CT showed acute appendicitis. Laparoscopic appendectomy without complication. Tolerating regular diet.",
        "CT: 6 mm left UVJ stone with mild hydronephrosis. Passed stone on day 2 with tamsulosin.",
        "Cellulitis without abscess on ultrasound. IV cefazolin then [[Keflex]]; margins receding.",
        "RLL pneumonia. Ceftriaxone/azithromycin, then [[Augmentin]] to complete 7 days. COVID/flu negative.",
    )[scen] + "\nFit to fly: " + r.choice(("yes, with escort not required.", "after clinic review on ___.",
                                            "no - see follow-up.")) + " Fit for sea duty: not before ___."
                   + "\nCosts guaranteed by owners via letter of guarantee; payer [[Northsea Mutual Indemnity]].")
    tail = _ds_tail(n, "Home (crew hotel) pending repatriation",
                    ("Acute appendicitis s/p lap appy", "Left ureteral stone", "Right forearm cellulitis",
                     "Community-acquired pneumonia")[scen],
                    "The agent will collect your medications. Do not return to sea work until cleared.")
    return [head, crew, hpi, course, tail], list(_COMMON_FILLERS_D)


def _k_fishing(n: _Note) -> tuple[list[str], list[str]]:
    r = n.r
    scen = r.randrange(3)
    head = _ds_head(n, r.choice(("PLASTIC SURGERY", "ORTHOPAEDICS", "MEDICINE", "HAND SURGERY")), "M")
    vessel = n.fill(
        "Occupational: deckhand on {vfish}, Official No. <<VEHICLE_ID:on>>, a "
        + r.choice(("58-ft longliner", "crab boat", "scalloper", "gillnetter", "trawler"))
        + " out of <<LOCATION>>. Employer <<ORGANIZATION:fish>>. Skipper <<PERSON>>. Started fishing {year}."
    )
    hpi = n.fill("History of Present Illness:\n" + _age_phrase(n) + " fisherman " + (
        "whose right hand was drawn into the line hauler while setting gear. Tourniquet applied by crew; "
        "steamed 9 h to port. Seen with mangled index and long fingers.",
        "who went overboard while clearing a tangled line in {beaufort} conditions; in the water ~15 min before "
        "recovery. Core temp 31.8 C on arrival; rewarmed with [[Bair Hugger]] and warm IV fluids.",
        "with a spreading violaceous plaque of the left hand after a fish-spine puncture; concern for "
        "[[Erysipelothrix]] vs. flexor tenosynovitis ([[Kanavel signs]] 2/4).",
    )[scen])
    course = n.fill("Brief Hospital Course:\n" + (
        "OR for debridement, [[Kirschner wire]] fixation of P1 index fracture and revision amputation of the long "
        "finger at the DIP. [[Ancef]] 2 g q8h. [[Xeroform]] dressings. [[Allen test]] normal pre-op.",
        "Afterdrop managed; no arrhythmia. CXR with mild aspiration changes; no antibiotics. CK peaked at 2,140.",
        "Penicillin IV; hand elevated and splinted. No collection on ultrasound; improved without OR.",
    )[scen] + " Maintenance-and-cure paperwork given to the skipper; claim # <<ACCOUNT:claim>>.")
    tail = _ds_tail(n, "Home", ("Mangled right hand, traumatic amputation long finger",
                                "Accidental hypothermia after immersion", "Erysipeloid of left hand")[scen],
                    "Keep the hand elevated. No work on deck until cleared by hand clinic.")
    return [head, vessel, hpi, course, tail], list(_COMMON_FILLERS_D)


def _k_offshore(n: _Note) -> tuple[list[str], list[str]]:
    r = n.r
    scen = r.randrange(3)
    head = _ds_head(n, r.choice(("TRAUMA SURGERY", "MEDICINE", "EMERGENCY MEDICINE")), r.choice("MMMF"))
    medic = n.fill(
        "OFFSHORE MEDIC REPORT (pasted):\n"
        "Installation: ___  (operator <<ORGANIZATION:offshore>>)   Block ___\n"
        "Medic: <<PERSON>>, NREMT <<LICENSE:ems>>   Topside doctor: ___\n"
        "Time of incident 0612 (rig time).   Helideck: available.\n"
        "Helicopter: <<ORGANIZATION:air>>  tail <<VEHICLE_ID:tail>>\n"
        + (
            "Mechanism: hand/forearm crushed between pipe and catwalk during tripping. Packaged in "
            "[[Stokes basket]] with [[SAM splint]]; morphine 5 mg IM.",
            "Mechanism: collapse in the mud room, suspected H2S exposure; personal monitor alarmed. "
            "O2 15 L NRB, [[Zoll AED Plus]] pads on, no shocks.",
            "Mechanism: crushing chest pain at the end of a 14-hour shift; ASA 324 mg, NTG x2, 12-lead "
            "transmitted to topside.",
        )[scen]
    )
    hpi = n.fill("History of Present Illness:\n" + _age_phrase(n) + " offshore " + r.choice(
        ("floorhand", "crane operator", "roustabout", "production operator")) + " flown in from the installation. "
        + ("Arrived with compartment concerns of the forearm.", "Arrived alert, headache, conjunctivitis.",
           "Arrived chest pain free after NTG.")[scen])
    course = n.fill("Brief Hospital Course:\n" + (
        "Forearm fasciotomy not required; serial compartment checks. Closed ulnar shaft fracture ORIF.",
        "Observed 24 h; ABG, lactate and ECG normal. No delayed pulmonary edema. Employer safety notified.",
        "Troponin rose to 1.8; cath with LAD 80% lesion stented. Will not return offshore for at least 3 months.",
    )[scen] + " Workers' compensation: employer <<ORGANIZATION:offshore>>; {group} on the card is the employer's.")
    tail = _ds_tail(n, "Home", ("Crush injury left forearm, ulnar fracture", "Hydrogen sulfide exposure",
                                "NSTEMI")[scen], "Do not fly offshore until cleared by the company physician.")
    return [head, medic, hpi, course, tail], list(_COMMON_FILLERS_D)


def _k_medevac(n: _Note) -> tuple[list[str], list[str]]:
    r = n.r
    scen = r.randrange(3)
    head = _ds_head(n, "TRAUMA SURGERY" if scen < 2 else "MEDICINE", r.choice("MF"))
    mode = r.randrange(3)
    hand = n.fill(
        "MEDEVAC HAND-OFF ([[ATMIST]])\n"
        "Mode: " + ("rotor-wing hoist from the deck of {vessel}", "boat transfer by lifeboat, then ground",
                    "rotor-wing from the helideck")[mode] + "\n"
        "Incident # <<ACCOUNT:flight>>   USCG SAR case <<ACCOUNT:sar>>\n"
        "Flight RN: <<PERSON>>   Flight medic: ___\n"
        "A - " + _age_phrase(n) + " " + ("deckhand", "engineer", "passenger")[scen] + "\n"
        "T - " + r.choice(("0340", "1115", "2250")) + " ship's time\n"
        "M - " + ("struck by a parting mooring line", "fall 4 m into the cargo hold", "acute GI bleed at sea")[scen]
        + "\nI - " + ("open tib/fib, chest wall contusion", "pelvic pain, {gcs}", "hematemesis, HR 128, BP 88/50")[scen]
        + "\nS - HR 112 BP 104/66 RR 22 SpO2 94% 15 L\n"
        "Monitor: [[Zoll X Series]]; transport ventilator not used.\n"
        "T - [[i-gel]] not needed; 2 large-bore IVs, TXA 1 g, [[Level 1 infuser]] on arrival."
    )
    hpi = n.fill("History of Present Illness:\nSee hand-off above. Weather on scene: {beaufort}, swell 3 m. " + (
        "Hoist and flight uneventful; receiving team met the aircraft on the roof.",
        "Transferred from the lifeboat to a ground ambulance (plate ___) at the fish pier.",
        "Flight uneventful; receiving team met the aircraft on the roof.")[mode])
    course = n.fill("Brief Hospital Course:\n" + (
        "Washout and IM nail of the tibia; rib fractures managed with multimodal analgesia.",
        "CT: stable pelvic ring injury and L1 compression; TLSO brace; PT cleared.",
        "EGD: bleeding duodenal ulcer clipped. 3 units PRBC. PPI; H. pylori positive, treated.",
    )[scen])
    tail = _ds_tail(n, r.choice(("Home", "Rehab")),
                    ("Open tibia fracture", "Pelvic ring and L1 fractures", "Duodenal ulcer hemorrhage")[scen],
                    "Return for fever, wound drainage or new bleeding.")
    return [head, hand, hpi, course, tail], list(_COMMON_FILLERS_D)


def _k_hyperbaric(n: _Note) -> tuple[list[str], list[str]]:
    r = n.r
    scen = r.randrange(3)
    head = _ds_head(n, "HYPERBARIC MEDICINE", r.choice("MF"))
    profile = n.fill(
        "Dive profile (from " + r.choice(("[[Shearwater Perdix]]", "[[Suunto D5]]")) + " download, serial "
        "<<DEVICE_ID:dive>>):\n"
        "  Dive 1  max {depth}  bottom 38 min  safety stop 3 min\n"
        "  Dive 2  max {depth}  bottom 42 min  rapid ascent from 18 m (alarm)\n"
        "  Algorithm [[Buhlmann ZHL-16C]] GF 40/85. Gas: air / EAN32.\n"
        "Dive operator boat: {vessel}, HIN <<VEHICLE_ID:hin>>\n"
        "Referring: <<PERSON>> (remote clinic); oxygen by [[DAN oxygen unit]] en route."
    )
    hpi = n.fill("History of Present Illness:\n" + _age_phrase(n) + " recreational diver with " + (
        "joint pain in both shoulders and mottled skin of the trunk 40 min after surfacing.",
        "paraesthesia of both legs, urinary retention and a band-like pain at T10 after a rapid ascent.",
        "sudden confusion and left arm weakness on surfacing; [[Valsalva]] on ascent with a cold.",
    )[scen] + " [[Sharpened Romberg]] failed. " + r.choice(("[[Babinski]] absent.", "[[Romberg]] positive.")))
    chamber = n.fill(
        "Positioned supine (not [[Trendelenburg]], per current guidance) on 100% O2 before transfer.\n"
        "Chamber log:\n  Treatment " + r.choice(("[[USN Treatment Table 6]]", "[[USN Treatment Table 6]] with "
                                                   "extensions x2")) + " at <<ORGANIZATION:hbo>>\n"
        "  Chamber operator pgr <<PAGER>>   Inside tender: ___\n"
        "  Air breaks per protocol; no oxygen toxicity. [[Boyle's law]] and [[Henry's law]] explained to patient."
    )
    course = n.fill("Brief Hospital Course:\n" + (
        "Complete resolution after one table. No flying for 72 h.",
        "Partial improvement; 4 further daily treatments; bladder function returned. No diving for 3 months.",
        "Neurologic deficits resolved during first table; TTE bubble study for PFO as outpatient.",
    )[scen] + " Not a candidate for [[Gamow bag]]-style field measures; portable chamber not used.")
    tail = _ds_tail(n, "Home", ("Type I decompression sickness", "Spinal decompression sickness",
                                "Arterial gas embolism")[scen],
                    "No diving or flying until cleared in the hyperbaric clinic.")
    return [head, profile, hpi, chamber, course, tail], list(_COMMON_FILLERS_D)


def _k_pilot_ferry(n: _Note) -> tuple[list[str], list[str]]:
    r = n.r
    scen = r.randrange(3)
    head = _ds_head(n, r.choice(("ORTHOPAEDICS", "EMERGENCY MEDICINE", "NEUROLOGY")), r.choice("MMF"))
    hpi = n.fill("History of Present Illness:\n" + _age_phrase(n) + " " + (
        "harbor pilot who fell about 3 m from the pilot ladder ([[Jacob's ladder]]) onto the pilot boat deck while "
        "disembarking {vessel} in a swell; the ladder did not meet [[SOLAS]] rigging.",
        "ferry deckhand whose foot was crushed under the vehicle ramp during loading.",
        "ferry captain with transient word-finding difficulty on the bridge; relieved by the mate.",
    )[scen])
    work = n.fill(
        "Work details: " + (
            "Pilot license no. <<LICENSE:pilot>>; <<ORGANIZATION:pilots>>. Pilot boat reg. <<VEHICLE_ID:reg>>.",
            "Employer <<ORGANIZATION:ferry>>. Vessel O.N. <<VEHICLE_ID:on>>. MMC ref. no. <<LICENSE:mmc>>.",
            "Master, <<ORGANIZATION:ferry>>. MMC ref. no. <<LICENSE:mmc>>. Route ___ to <<LOCATION>>.",
        )[scen]
    )
    course = n.fill("Brief Hospital Course:\n" + (
        "Right distal radius and calcaneus fractures; ORIF of the radius; calcaneus non-operative.",
        "Lisfranc injury on CT; ORIF with screws. Non-weight-bearing 6 weeks.",
        "MRI: small left MCA cortical infarct. Started ASA/statin. Must not stand watch pending review.",
    )[scen] + " USCG reportable marine casualty form noted by the employer.")
    tail = _ds_tail(n, "Home", ("Fall from pilot ladder: radius and calcaneus fractures", "Lisfranc injury",
                                "Left MCA minor stroke")[scen],
                    "Your employer and licensing body may need medical documentation before return to duty.")
    return [head, hpi, work, course, tail], list(_COMMON_FILLERS_D)


def _k_general(n: _Note) -> tuple[list[str], list[str]]:
    r = n.r
    scen = r.randrange(3)
    head = _ds_head(n, "MEDICINE", r.choice("MF"))
    hpi = n.fill("History of Present Illness:\n" + _age_phrase(n) + " " + (
        "retired merchant mariner (chief engineer, decades in engine rooms) with asbestos exposure, admitted with "
        "dyspnea and a new right pleural effusion.",
        "retired fisherman with HFrEF admitted with 6 kg weight gain and orthopnea after a salty holiday meal.",
        "former ship's cook with COPD, admitted with an exacerbation after a viral URI.",
    )[scen])
    course = n.fill("Brief Hospital Course:\n" + (
        "Thoracentesis 1.4 L exudate; cytology pending. Pleural plaques on CT. Outpatient pulmonary follow-up.",
        "Diuresed with IV [[Lasix]] 80 mg BID, net -5.2 L. [[Foley catheter]] and [[Swan-Ganz]] not required. GDMT "
        "optimized.",
        "Nebulizers, prednisone 40 mg x5 days, doxycycline. Weaned to room air.",
    )[scen] + " Insurance: [[Medicare]] A/B; supplemental [[Medicaid]] pending.")
    extra = n.fill(r.choice((
        "Home services: VNA referral faxed; pharmacy <<ORGANIZATION:pharm>>.",
        "Contact: daughter <<PERSON>>, who lives nearby in <<LOCATION>>.",
        "Code status: Full. HCP: ___ (son).",
    )))
    tail = _ds_tail(n, r.choice(("Home With Service", "Home", "Extended Care")),
                    ("Malignant vs benign asbestos-related pleural effusion", "Acute on chronic HFrEF",
                     "COPD exacerbation")[scen], "Weigh yourself daily. Call for weight gain over 1 kg a day.")
    return [head, hpi, course, extra, tail], list(_COMMON_FILLERS_D)


def _k_return_to_sea(n: _Note) -> tuple[list[str], list[str]]:
    r = n.r
    head = n.fill(
        "OCCUPATIONAL MEDICINE - RETURN TO SEA / FITNESS FOR DUTY\n\n"
        "Name: <<PERSON>>      Unit No: <<MRN>>      DOB: <<DATE_REAL_YEAR:dob>>\n"
        "Clinic: <<ORGANIZATION:hosp>>\nExaminer: Dr. <<PERSON>>   NPI <<LICENSE:npi>>"
    )
    cred = n.fill(
        "Mariner credential: MMC ref. no. <<LICENSE:mmc>>   Medical certificate valid to ___\n"
        "Form: [[CG-719K]] completed; [[STCW]] and [[ILO]] medical standards applied. Vision 20/20, color vision "
        "normal.\n"
        "Employer: <<ORGANIZATION:ship>>   Position: " + r.choice(("Chief Mate", "QMED", "AB", "Master",
                                                                  "Deck Cadet")) + "\n"
        "Crew medical plan ID <<HEALTH_PLAN:crew>> ({group} - employer group)."
    )
    hist = n.fill("History:\n" + _age_phrase(n) + " mariner evaluated after " + r.choice((
        "a hand injury from a winch wire 8 weeks ago; grip strength now 90% of the other side.",
        "treatment of atrial fibrillation; now in sinus rhythm on [[Eliquis]].",
        "an episode of syncope on watch; cardiac monitor unrevealing.",
        "sleep apnea diagnosis ([[Epworth Sleepiness Scale]] 14 before CPAP, 4 now).",
    )))
    concl = n.fill("Assessment:\n" + r.choice((
        "FIT for sea duty without restriction.", "FIT with restriction: no lookout duties at night for 3 months.",
        "TEMPORARILY UNFIT; re-examine in 6 weeks.")) + "\n\nSigned: ___  Date: ___"
        + r.choice(("", "\nClinic fax <<FAX>>", "\nPortal <<URL>>")))
    return [head, cred, hist, concl], [
        "Audiometry: pure-tone average 22 dB right, 25 dB left; meets the hearing standard without aids.",
        "Vision: uncorrected 20/30 OU, corrected 20/20; [[Ishihara plates]] 14/14.",
        "Medications reviewed for sedating effects: no [[Transderm Scop]] on watch; [[Dramamine]] only off watch.",
        "Urine drug screen (DOT 5-panel) collected; chain-of-custody form ___; result negative.",
        "Physical exam: BP 128/78, BMI 29, normal cardiopulmonary and neurologic exam; able to climb a vertical "
        "ladder and lift 25 kg in the clinic test.",
        "The public [[USCG]] National Maritime Center guidance line ({toll}) was consulted about the waiver process.",
        "Vaccinations: yellow fever certificate valid; [[Tdap]] last given {year}.",
        "Diabetes managed with a [[Dexcom G7]] sensor; no hypoglycemia on the 14-day download.",
        "Sleep study: AHI 31 on the diagnostic study, 2.4 on CPAP; compliance download 6.8 h/night ({model}).",
        "Prior fitness letters on file; last examined {shift} (system date).",
        "Social History:\nLives ashore between contracts; former smoker, quit {year}. No alcohol within 8 h of watch.",
    ]


# --------------------------------------------------------------------------------------------------
# Radiology kinds
# --------------------------------------------------------------------------------------------------


def _rad_foot(n: _Note) -> str:
    return n.fill(n.r.choice((
        "Dictated by: <<PERSON>>, MD\nSigned: ___",
        "Electronically signed: <<PERSON>>  ___",
        "I have personally reviewed the images and agree with the report above.\nAttending: <<PERSON>>",
        "Accession: <<ACCOUNT:acc>>    Read at ___",
        "RADIOLOGIST: ___     ACCESSION: <<ACCOUNT:acc>>",
    )))


def _rad_indication(n: _Note, text: str) -> str:
    return n.fill(f"INDICATION:  {_age_phrase(n)} {text}")


def _k_cxr(n: _Note) -> tuple[list[str], list[str]]:
    r = n.r
    scen = r.randrange(3)
    exam = r.choice(("CHEST (PORTABLE AP)", "CHEST (PA AND LAT)", "CHEST PORT. LINE PLACEMENT"))
    blocks = [
        f"EXAMINATION:  {exam}",
        _rad_indication(n, (
            "man pulled from the water after man-overboard, ~20 minutes' immersion, hypoxic. Eval for aspiration.",
            "woman, open-water swimmer with cough and frothy sputum after a race. Eval for pulmonary edema.",
            "deckhand, near-drowning in the harbor, intubated in the field. ETT position.",
        )[scen]),
        n.fill("COMPARISON:  <<DATE_REAL_YEAR>>" if r.random() < 0.5 else "COMPARISON:  None."),
        n.fill("FINDINGS:\n" + (
            "Patchy airspace opacities in both lower lobes, right greater than left, compatible with aspiration. "
            "No pneumothorax. No pleural effusion. Heart size normal.",
            "Bilateral perihilar interstitial opacities with [[Kerley B lines]]; no [[Westermark sign]] or "
            "[[Hampton hump]]. Findings suggest immersion (swimming-induced) pulmonary edema.",
            "ETT tip 4 cm above the carina. OG tube in the stomach. Diffuse bilateral alveolar opacities. No PTX.",
        )[scen]),
        n.fill("IMPRESSION:\n" + ("Bibasilar aspiration.", "Interstitial edema; recommend follow-up.",
                                  "Lines and tubes in standard position; diffuse edema or aspiration.")[scen]),
        _rad_foot(n),
    ]
    return blocks, list(_COMMON_FILLERS_R) + [
        "Comparison with the ship's portable film was not possible (not transmitted).",
        "Patient is a crew member of {vessel}; wet clothing removed prior to imaging.",
    ]


def _k_ct_dci(n: _Note) -> tuple[list[str], list[str]]:
    r = n.r
    scen = r.randrange(3)
    exam = ("CT HEAD W/O CONTRAST", "CTA CHEST", "CT CHEST W/O CONTRAST")[scen]
    blocks = [
        f"EXAMINATION:  {exam}",
        _rad_indication(n, (
            "diver with confusion and left arm weakness after rapid ascent. Eval for arterial gas embolism, "
            "hemorrhage. Before hyperbaric treatment.",
            "diver with chest pain and dyspnea after ascent; pulmonary barotrauma? PE?",
            "free diver with hemoptysis after a deep dive; pneumomediastinum? [[Hamman's sign]] reported.",
        )[scen]),
        n.fill("TECHNIQUE:  " + ("Axial non-contrast images of the head.",
                                 "CTA with [[Omnipaque 350]] 80 mL IV ({lot}, {exp}).",
                                 "Non-contrast helical CT of the chest.")[scen]),
        n.fill("COMPARISON:  " + r.choice(("None.", "Outside CT <<DATE_REAL_YEAR>>", "___"))),
        n.fill("FINDINGS:\n" + (
            "No intracranial hemorrhage. No intravascular or extra-axial gas is seen; the [[circle of Willis]] "
            "vessels are unremarkable on non-contrast images. Prominent [[Virchow-Robin spaces]]. Sinuses clear.",
            "No pulmonary embolism. Small left apical pneumothorax (6 mm). Trace pneumomediastinum. No air in the "
            "cardiac chambers.",
            "Pneumomediastinum tracking into the neck. Ground-glass opacities in the lingula suggesting alveolar "
            "hemorrhage. No pneumothorax.",
        )[scen]),
        n.fill("IMPRESSION:\n" + (
            "No acute intracranial abnormality; CT does not exclude arterial gas embolism.",
            "Small left pneumothorax and trace pneumomediastinum: relative contraindication - discussed with the "
            "hyperbaric physician before recompression.",
            "Pneumomediastinum and pulmonary barotrauma with alveolar hemorrhage.",
        )[scen]),
        _rad_foot(n),
    ]
    return blocks, list(_COMMON_FILLERS_R) + [
        "Patient transported to the hyperbaric chamber immediately after the scan.",
        "Dive computer ([[Shearwater Perdix]]) data reviewed by the referring team; max {depth}.",
    ]


def _k_hand(n: _Note) -> tuple[list[str], list[str]]:
    r = n.r
    scen = r.randrange(3)
    side = r.choice(("RIGHT", "LEFT"))
    blocks = [
        f"EXAMINATION:  HAND (PA, LAT AND OBLIQUE) {side}",
        _rad_indication(n, (
            "fisherman, hand caught in the hauler. Eval fracture.",
            "crew member, fingers crushed by a winch drum. Eval fracture, foreign body.",
            "ferry deckhand, thumb caught in a mooring line. Eval fracture/dislocation.",
        )[scen]),
        n.fill("COMPARISON:  " + r.choice(("None.", "<<DATE_REAL_YEAR>>", "Outside films (not available)."))),
        n.fill("FINDINGS:\n" + (
            "Comminuted fracture of the index proximal phalanx with 30 degrees of angulation. Tuft fracture of the "
            "long finger distal phalanx with overlying soft-tissue defect. No radiopaque foreign body. "
            "No [[Seymour fracture]] configuration.",
            "Transverse fractures of the ring and small finger metacarpal necks with volar angulation. "
            "Soft tissue swelling. Joint spaces preserved.",
            "Intra-articular fracture at the base of the first metacarpal, two-part, with dorsoradial "
            "subluxation, i.e. [[Bennett fracture]] (no [[Rolando fracture]] comminution). No [[Salter-Harris]] "
            "injury.",
        )[scen]),
        n.fill("IMPRESSION:\n" + ("Open-appearing comminuted index P1 and long finger tuft fractures.",
                                  "Ring and small metacarpal neck fractures.", "Bennett fracture-dislocation.")[scen]),
        _rad_foot(n),
    ]
    return blocks, list(_COMMON_FILLERS_R) + [
        "Splint ([[SAM splint]]) material partially obscures bony detail on the lateral view.",
        "Ring removed prior to imaging by the ED team; [[Coban]] wrap in place.",
    ]


def _k_spine(n: _Note) -> tuple[list[str], list[str]]:
    r = n.r
    scen = r.randrange(3)
    blocks = [
        "EXAMINATION:  " + ("CT C-SPINE W/O CONTRAST", "CT T-SPINE AND L-SPINE W/O CONTRAST (RECONS)",
                            "CT C-SPINE W/O CONTRAST")[scen],
        _rad_indication(n, (
            "seaman, fall ~4 m into the cargo hold, neck pain; [[NEXUS criteria]] not met.",
            "offshore worker, fall from a ladder onto the deck, back pain.",
            "passenger, fall down the ship's stairs in heavy weather; [[Canadian C-spine rule]] high risk (age).",
        )[scen]),
        n.fill("COMPARISON:  " + r.choice(("None.", "MRI <<DATE_REAL_YEAR>>", "None available."))),
        n.fill("FINDINGS:\n" + (
            "Burst fracture of C1 with lateral mass displacement totalling 8 mm ([[Jefferson fracture]]). "
            "Remaining vertebral heights preserved. No prevertebral swelling below C2.",
            "Horizontal fracture through the L1 posterior elements and body ([[Chance fracture]]); "
            "middle column involved ([[Denis three-column]] model). Small paraspinal hematoma.",
            "Type II dens fracture with 3 mm posterior displacement. Multilevel degenerative disc disease.",
        )[scen]),
        n.fill("IMPRESSION:\n" + ("Jefferson-type C1 burst fracture; recommend CTA neck.",
                                  "L1 flexion-distraction injury, unstable.", "Type II odontoid fracture.")[scen]),
        _rad_foot(n),
    ]
    return blocks, list(_COMMON_FILLERS_R) + [
        "Patient immobilized on a [[Sked stretcher]] for the helicopter transfer; removed for scanning.",
        "Findings communicated to the trauma team at the time of the scan.",
    ]


def _k_telerad(n: _Note) -> tuple[list[str], list[str]]:
    r = n.r
    scen = r.randrange(3)
    log = n.fill(
        "TRANSMISSION LOG (auto-inserted):\n"
        "  Origin: {vcruise}, IMO <<VEHICLE_ID:imo>>, via VSAT\n"
        "  Sender IP <<IP_ADDRESS>>   Receiver node ___\n"
        "  Modality: [[Carestream DRX-Revolution]]-type portable, panel SN <<DEVICE_ID:panel>>\n"
        "  Software {ver}   Study UID ___\n"
        "  Requesting: Dr. <<PERSON>>, ship's physician   Session <<ACCOUNT:session>>"
    )
    blocks = [
        "EXAMINATION:  OUTSIDE FILM OVER-READ (TELERADIOLOGY) - " + ("CHEST", "ANKLE", "HAND")[scen],
        log,
        _rad_indication(n, ("crew member, fever and cough at sea, 3 days from port.",
                            "passenger, inversion injury on the gangway.",
                            "crew member, hand crushed in a watertight door.")[scen]),
        n.fill("FINDINGS:\n" + (
            "Limited single AP view. Right lower lobe consolidation. No large effusion. No pneumothorax.",
            "Three views. Non-displaced fracture of the lateral malleolus below the syndesmosis (Weber A).",
            "Two views. Fracture of the small finger middle phalanx base. Soft-tissue swelling.",
        )[scen]),
        n.fill("IMPRESSION:\n" + ("RLL pneumonia. Recommend disembarkation at next port if not improving.",
                                  "Weber A lateral malleolus fracture; boot immobilization acceptable on board.",
                                  "Small finger P2 base fracture; buddy-strap, shore follow-up.")[scen]),
        _rad_foot(n),
    ]
    return blocks, list(_COMMON_FILLERS_R) + [
        "Image compression artifact from satellite transmission limits assessment of fine detail.",
        "Ship's medical center contacted through the cruise line's medical desk ({toll}, public line).",
    ]


_KINDS: dict[str, tuple[str, Callable[[_Note], tuple[list[str], list[str]]]]] = {
    "cruise_transfer": ("discharge", _k_cruise),
    "port_agent_shore": ("discharge", _k_port_agent),
    "fishing_crew": ("discharge", _k_fishing),
    "offshore_medic": ("discharge", _k_offshore),
    "medevac_handoff": ("discharge", _k_medevac),
    "hyperbaric_referral": ("discharge", _k_hyperbaric),
    "pilot_ferry": ("discharge", _k_pilot_ferry),
    "general_discharge": ("discharge", _k_general),
    "return_to_sea": ("discharge", _k_return_to_sea),
    "cxr_immersion": ("radiology", _k_cxr),
    "ct_decompression": ("radiology", _k_ct_dci),
    "hand_winch": ("radiology", _k_hand),
    "spine_fall": ("radiology", _k_spine),
    "telerad_overread": ("radiology", _k_telerad),
}
DOCUMENT_KINDS = tuple(_KINDS)
_DIS = tuple(k for k, (t, _) in _KINDS.items() if t == "discharge")
_RAD = tuple(k for k, (t, _) in _KINDS.items() if t == "radiology")


def document_kind(seed: int, i: int) -> str:
    """The document kind of note i (depends on (seed, i) only)."""
    r = random.Random(f"holdout66-kind:{seed}:{i}")
    pool = _RAD if _frac(i * _A_TYPE + seed * 0.0731) < 0.45 else _DIS
    return pool[r.randrange(len(pool))]


_HEAVY_D = (
    "PASTED TRANSFER PACKET (scanned, OCR):\n"
    "Patient: ___   DOB: ___   Passport: ___   Seaman's book: ___\n"
    "Vessel: ___   IMO: ___   Flag: ___   Official No.: ___\n"
    "Owner: ___   Manager: ___   Agent: ___ (___)\n"
    "Agent phone: ___   Fax: ___   Email: ___\n"
    "Next of kin: ___ (___)   Phone: ___\n"
    "Home address: ___, ___ ___\n"
    "Embarked: ___   Port: ___   Disembarked: ___\n"
    "Ship's doctor: ___   Nurse: ___   Master: ___\n"
    "Cabin: ___   Folio: ___   Booking ref: ___   Claim: ___"
)
_HEAVY_R = (
    "REQUISITION HEADER (pasted):\n"
    "Pt: ___   MRN: ___   DOB: ___   Acc: ___   Order: ___\n"
    "Ordering: ___   NPI: ___   Callback: ___   Pager: ___\n"
    "Referring facility: ___ (___)   Fax: ___\n"
    "Vessel: ___   IMO: ___   Ship's physician: ___\n"
    "Transmitted from: ___ at ___ on ___\n"
    "Insurance: ___   Member: ___   Policy: ___\n"
    "Session: ___   Sender: ___   Panel: ___   Case: ___"
)


def _build(seed: int, i: int) -> tuple[LabelledNote, list[str], str]:
    heavy, plan = _plan(seed, i)
    kind = document_kind(seed, i)
    note_type, builder = _KINDS[kind]
    r = random.Random(f"holdout66:{seed}:{i}")
    n = _Note(r, plan, heavy, note_type)
    blocks, fillers = builder(n)
    if heavy:
        blocks.insert(1 + r.randrange(len(blocks) - 1), _HEAVY_D if note_type == "discharge" else _HEAVY_R)
    for cat in list(n.pending):
        n.pending.remove(cat)
        ctx = _context(n, cat)
        k = 1 + r.randrange(len(blocks) - 1)
        if r.random() < 0.5:
            blocks[k] = blocks[k] + "\n" + ctx
        else:
            blocks.insert(k, ctx)
    target = r.randint(1250, 3200) if note_type == "discharge" else r.randint(1150, 1800)
    blocks = _pad(n, blocks, fillers, target)
    text, spans, looks = _render("\n\n".join(blocks) + "\n")
    return LabelledNote(note_type, text, spans), looks, "heavy" if heavy else "normal"


def holdout66_note(seed: int, i: int) -> LabelledNote:
    return _build(seed, i)[0]


def holdout66_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout66_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = holdout_measure.measure(
        holdout66_corpus, argv, "Held-out corpus 66 (maritime and remote medicine), written blind")
    holdout_measure.report("holdout66", args, notes, hits, res)


if __name__ == "__main__":
    main()
