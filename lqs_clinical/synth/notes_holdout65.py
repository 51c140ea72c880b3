"""Held-out corpus 65: animal bites, zoonoses and veterinary exposures.

MIMIC-IV-Note-shaped notes (most identifiers are ``___``; unmasked chart dates are shifted into
2100-2200 and never labelled) about dog and cat bites, rabies post-exposure prophylaxis,
county bite reports, bats in bedrooms, wildlife-rehabilitator and zoo-keeper injuries, farm
zoonoses, veterinary staff exposures and pet-store psittacosis. About 57-59% of the notes carry
1-4 identifiers that escaped masking; exactly 5% are "heavy" (many ``___``, no plants).

Document kinds (note type in brackets):

- ``ed_dog_bite`` (discharge): ED visit for a dog bite, irrigation, antibiotics, tetanus, rabies
  risk assessment and a 10-day observation plan;
- ``cat_bite_admit`` (discharge): admission for a cat-bite hand infection, I&D, tenosynovitis;
- ``rabies_pep_visit`` (discharge): rabies post-exposure prophylaxis visit at an ED fast track
  or infusion clinic, HRIG by weight, vaccine dose table, lots, expiries and NDCs;
- ``county_bite_report`` (discharge): urgent-care note with a pasted county / animal-control
  bite and rabies exposure report form;
- ``bat_exposure_consult`` (discharge): infectious-disease consult for a bat in the bedroom;
- ``wildlife_zoo_injury`` (discharge): macaque bite (B virus), raccoon bite, raptor talon
  puncture or turtle bite in a keeper or wildlife rehabilitator;
- ``farm_zoonosis`` (discharge): brucellosis, Q fever, orf or erysipeloid in a farm worker;
- ``vet_staff_exposure`` (discharge): occupational-health note for veterinary clinic staff
  (cat bite, RB51 self-injection, sporotrichosis, ringworm);
- ``psittacosis_admit`` (discharge): pneumonia after a pet-store bird, doxycycline;
- ``xr_hand_bite`` (radiology): hand / wrist radiographs for a bite wound;
- ``ct_deep_infection`` (radiology): contrast CT of hand, forearm or neck for deep infection;
- ``cxr_zoonotic_pneumonia`` (radiology): chest radiographs for psittacosis or Q fever;
- ``mri_hand_osteo`` (radiology): MRI for osteomyelitis / septic arthritis after a bite;
- ``us_soft_tissue`` (radiology): ultrasound for abscess or cat-scratch lymphadenitis;
- ``ct_face_dog_bite`` (radiology): maxillofacial CT after a facial dog bite.

Label policy (as the brief gives it): PERSON is one span per name (given and family together,
titles outside); LOCATION is a place below state level (a street line is STREET_ADDRESS; town and
ZIP are separate spans; states and countries are never labelled, and "New York" alone is the
state); ORGANIZATION is a named hospital, practice, pharmacy (a chain's store too), agency, school
or employer, never a generic department, and never a drug maker, biotech or trial sponsor named
as such (a jail, prison or court is one; a payer or insurer named as such is not).
DATE_REAL_YEAR is a whole date carrying a year 1900-2030 (a bare year is not labelled; a device,
drug or lot expiry date is not labelled; a death date is). AGE_OVER_89 labels the digits of ages
>= 90. DEVICE_ID is a device serial (for a GS1 UDI only the (21) serial) or a hospital asset tag;
lot, GTIN, REF, model and expiry are not identifiers. A toll-free phone number (800, 888, 877,
866, 855, 844, 833) is a public line: never labelled; a device maker's or vendor's toll-free fax
neither, a practice's toll-free fax is FAX. ACCOUNT covers account, encounter, incident/run,
accession, order, requisition, claim and specimen numbers, and a vendor's call or session id for
the patient's encounter; HEALTH_PLAN member, subscriber and policy ids (an employer's group
number is not the member's id: leave it unlabelled); LICENSE medical, nursing, EMS, DEA and
driver's licences and a clinician's NPI. Spans hold the value only: cue words ("Dr.", "MRN:",
"pager", "Fax", "SN", "plate", "Acct") and credentials ("MD", "RN", "DVM") stay outside.

Conventions of this corpus, within that policy:

- An animal-control report number, a county health department's bite / rabies case number and a
  state rabies laboratory's specimen number are incident or specimen numbers: ACCOUNT. A
  workers'-compensation claim number is a claim number: ACCOUNT.
- A named veterinary clinic or animal hospital is a practice (and often the patient's employer):
  ORGANIZATION. So are a named zoo, wildlife rehabilitation centre, sanctuary, farm, dairy,
  kennel or pet store (a chain's store too), a town's animal / dog control, a county SPCA, a
  sheriff's office or police department and a county health department (agencies).
- A veterinarian's state licence number is read as a (veterinary) medical licence: LICENSE.
- A pet's microchip number, a rabies tag number, a pet's name, a breed (Boston terrier, Maine
  Coon, Jack Russell terrier, Jersey cow ...) and a species' Latin name are never labelled: they
  identify an animal, not a person, and are returned as look-alikes.
- An animal's death date with a real year is still a whole real-year date: DATE_REAL_YEAR.
- Any URL other than a public body's website (a personal fundraiser, social page, portal link,
  a farm's or rescue's own site) is URL; public bodies' websites are look-alikes.
- Guideline bodies cited as such (ACIP) and public toll-free lines are look-alikes.

Written blind: I read only ``bench/holdout_corpus_task.md``, ``lqs_clinical/synth/holdout_measure.py``,
the first 45 lines of ``lqs_clinical/synth/notes.py``, ``pyproject.toml``,
``/work/shared/reference/*.md`` (headings and the MIMIC-IV-Note sections) and the PyHealth
synthetic note-shaped samples under ``/work/shared/data/`` with their ``SOURCES.md``. No detector
code, rule file, other corpus, test or benchmark was read, and the detector was never run. (The
one-line subjects of the last three commits were seen once in a ``git log --oneline`` status
check.)
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from datetime import date, timedelta

from lqs_clinical.synth import holdout_measure
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

# --------------------------------------------------------------------------------------------------
# Look-alike vocabulary (never labelled)
# --------------------------------------------------------------------------------------------------

EPONYMS_AND_BRANDS = [
    # organisms and eponymous signs / stains / tests
    "Pasteurella multocida", "Pasteurella canis", "Capnocytophaga canimorsus", "Bartonella henselae",
    "Coxiella burnetii", "Brucella melitensis", "Brucella abortus", "Chlamydia psittaci",
    "Francisella tularensis", "Erysipelothrix rhusiopathiae", "Eikenella corrodens", "Sporothrix schenckii",
    "Microsporum canis", "Staphylococcus aureus", "Aeromonas hydrophila", "Salmonella",
    "Eptesicus fuscus", "Myotis lucifugus", "Macacine herpesvirus 1", "Negri bodies", "Kanavel",
    "Allen test", "Tinel sign", "Finkelstein", "Brodie abscess", "Jarisch-Herxheimer", "Parinaud",
    "Horner", "Guillain-Barre", "Milwaukee protocol", "Rose Bengal", "Duke criteria", "Gram stain",
    "Warthin-Starry", "Ziehl-Neelsen", "Wright-Giemsa", "Coombs", "Bell palsy",
    # drugs, vaccines and immune globulins
    "HyperRAB", "Imogam Rabies-HT", "KEDRAB", "RabAvert", "Imovax Rabies", "Boostrix", "Adacel",
    "Tenivac", "Augmentin", "Unasyn", "Zosyn", "Bactrim", "Cleocin", "Vibramycin", "Valtrex",
    "Rifadin", "Tylenol", "Motrin", "Keflex", "Benadryl", "Zyrtec",
    # devices, supplies, imaging and software
    "Dermabond", "Steri-Strips", "Xeroform", "Kerlix", "Coban", "Ethilon", "Vicryl", "Penrose",
    "Betadine", "Hibiclens", "Omnipaque 350", "Isovue-300", "Gadavist", "Dotarem", "Alaris",
    "Sigma Spectrum", "SOMATOM", "Carestream DRX", "Powerscribe 360", "Visage 7", "Epic Hyperspace",
    "V.A.C.", "Optiflow",
    # scores and schedules
    "CURB-65", "PORT class", "RFFIT", "ACIP", "Glasgow",
    # breeds and livestock types (an animal's, never a person's or a place's)
    "Jack Russell terrier", "Doberman pinscher", "Labrador retriever", "German shepherd",
    "Boston terrier", "Great Dane", "Maine Coon", "Siamese", "Bernese mountain dog",
    "Chesapeake Bay retriever", "Rhode Island Red", "Nubian", "Holstein", "Jersey", "African grey",
    "Amazon parrot", "Yorkshire terrier", "Australian shepherd", "Saint Bernard", "Rottweiler",
    "Shih Tzu", "Pomeranian", "Dorset", "Alpine", "Himalayan",
]

_DOG_BREEDS = ["Jack Russell terrier", "Doberman pinscher", "Labrador retriever", "German shepherd",
               "Boston terrier", "Great Dane", "Bernese mountain dog", "Chesapeake Bay retriever",
               "Yorkshire terrier", "Australian shepherd", "Saint Bernard", "Rottweiler", "Shih Tzu",
               "Pomeranian", "pit bull mix", "husky mix", "beagle"]
_CAT_BREEDS = ["Maine Coon", "Siamese", "Himalayan", "domestic shorthair", "domestic longhair", "tabby"]
_BIRDS = ["cockatiel", "budgerigar", "African grey", "Amazon parrot", "lovebird", "conure", "parakeet"]
_PET_NAMES = ["Biscuit", "Murphy", "Duke", "Bella", "Tucker", "Moose", "Pepper", "Ziggy", "Luna", "Bandit",
              "Sadie", "Rocco", "Chester", "Mochi", "Oreo", "Kiwi", "Sunny", "Pickles", "Gizmo", "Marley",
              "Hazel", "Winston", "Otis", "Juniper", "Waffles", "Nacho", "Clementine", "Boomer"]
_STATES = ["Vermont", "Massachusetts", "Pennsylvania", "Connecticut", "New Jersey", "New York", "Florida",
           "Maine", "Ohio", "New Hampshire"]
_COUNTRIES = ["Mexico", "India", "Thailand", "the Philippines", "Peru", "Morocco", "Indonesia", "Vietnam",
              "Kenya", "Guatemala", "Nepal"]
_PUBLIC_SITES = ["www.cdc.gov/rabies", "health.ny.gov", "www.aphis.usda.gov", "vaers.hhs.gov",
                 "www.cdc.gov/psittacosis", "www.cdc.gov/qfever"]
_DEPTS = ["Emergency Department", "Infectious Disease clinic", "Occupational Health", "Hand Surgery clinic",
          "Employee Health Service", "Plastic Surgery", "Wound Care Center", "Travel Medicine clinic",
          "Infusion Center", "Radiology", "Pharmacy"]

# --------------------------------------------------------------------------------------------------
# Surrogate identifier values
# --------------------------------------------------------------------------------------------------

_FIRST = ["Marisol", "Deacon", "Ingrid", "Tobias", "Renata", "Ezekiel", "Wren", "Casimir", "Lucinda", "Anselm",
          "Priya", "Oluwaseun", "Hamish", "Yesenia", "Bartholomew", "Greer", "Dmitri", "Solveig", "Thaddeus",
          "Noor", "Caspian", "Bettina", "Lorcan", "Imani", "Fitzgerald", "Perpetua", "Jory", "Annika",
          "Ravindra", "Delphine", "Cormac", "Mireille", "Ulrich", "Xiomara", "Augustin", "Saoirse", "Lemuel",
          "Tamsin", "Kwame", "Evangeline", "Osric", "Philippa", "Santiago", "Henrike", "Desmond", "Ottilie",
          "Bao", "Leocadia", "Ignatius", "Rosalind", "Tadeo", "Verity", "Ambrose", "Consolata", "Elspeth",
          "Matthias", "Fenella", "Zoltan", "Hyacinth", "Barnaby", "Agnieszka", "Obadiah", "Marguerite", "Teodoro"]
_LAST = ["Vanderpoel", "Szczepanski", "Okonkwo-Reyes", "Halloran", "Brinckerhoff", "Quackenbush", "Achterberg",
         "Delacroix", "Mbeki", "Fairweather", "Lindqvist", "Castellanos", "Pettibone", "Nakamura", "Oyelaran",
         "Tremblay", "Van Etten", "Whitcombe", "Gallagher", "Bhattacharya", "Kowalczyk", "Ravensworth",
         "DeGroot", "Esposito", "Abernathy", "Huisman", "Schermerhorn", "Ten Eyck", "Yablonski", "Moynihan",
         "Salcedo", "Featherstonhaugh", "Ostrowski", "Umeh", "Lachance", "Petrakis", "Hasbrouck", "Ferreira",
         "Dunleavy", "Okafor", "Rinaldi", "Stoutenburgh", "Mahmoud", "Thistlewood", "Zielinski", "Cardenas",
         "Winterbottom", "Auclair", "Kinnear", "Pruyn", "Haverkamp", "Ngata", "Sorensen", "Quintero", "Lavigne",
         "Ashdown", "Merriweather", "Oduya", "Bogdanovic", "Vrooman", "Mattice", "Shufelt", "Zimmer", "Bouck"]
_TOWNS = ["Cobleskill", "Middleburgh", "Schoharie", "Delhi", "Walton", "Stamford", "Sidney", "Oneonta",
          "Cooperstown", "Richfield Springs", "Cherry Valley", "Sharon Springs", "Esperance", "Berne",
          "Rensselaerville", "Westerlo", "Coxsackie", "Greenville", "Cairo", "Windham", "Prattsville",
          "Grand Gorge", "Margaretville", "Andes", "Roxbury", "Hobart", "Jefferson", "Summit", "Gilboa",
          "Conesville", "Duanesburg", "Princetown", "Altamont", "Voorheesville", "Feura Bush", "Petersburgh",
          "Hoosick Falls", "Cambridge", "Argyle", "Salem", "Granville", "Whitehall", "Fort Ann", "Northville",
          "Speculator", "Wells", "Johnstown", "Gloversville", "Canajoharie", "Fort Plain", "St. Johnsville",
          "Little Falls", "Herkimer", "Ilion", "Frankfort", "Waterville", "Earlville", "Sherburne",
          "New Berlin", "Unadilla", "Otego", "Laurens", "Milford", "Worcester", "East Worcester",
          "Charlotteville", "Fultonham", "Breakabeen", "North Blenheim", "Jewett", "Lexington", "Ashland"]
_COUNTIES = ["Schoharie", "Delaware", "Otsego", "Greene", "Montgomery", "Herkimer", "Washington", "Fulton",
             "Chenango", "Schenectady", "Albany", "Rensselaer", "Hamilton", "Madison"]
_PLACES = ["Vroman's Nose", "Mine Kill State Park", "Thacher Park", "Burnt-Rossman Hills", "Gilboa Reservoir",
           "Lasher Creek", "Cobleskill Reservoir", "Schoharie Creek trailhead", "Huntersfield Mountain",
           "Rensselaer Plateau", "Canadarago Lake", "Goodyear Lake", "Fox Creek", "Catskill Creek"]
_STREETS = ["Sawmill Hollow", "Kellogg", "Prospect", "Mill", "Church", "Bear Swamp", "Cripple Bush",
            "Shingle Kill", "Stony Brook", "Vly", "Rossman Hill", "Clauverwie", "Sagendorf", "Beaver Dam",
            "Huntersland", "Keyserkill", "Barton Hill", "Ferry", "Cemetery", "Orchard Hill", "Quarry",
            "Creamery", "Goat Hill", "Dutch Settlement", "Fox Den", "Lawyersville", "Sunnyside", "Gallupville"]
_ST_SUFFIX = ["Rd", "Road", "St", "Street", "Ln", "Lane", "Ave", "Hollow Rd", "Tpke", "Way", "Dr", "Ext"]
_HOSP_A = ["Schoharie Valley", "Catskill Ridge", "Upper Susquehanna", "Helderberg", "Mohawk Gateway",
           "Little Falls Mercy", "St. Ansgar's", "Our Lady of the Valley", "Van Rensselaer Memorial",
           "Cobleskill Regional", "Delhi Community", "Sacandaga", "Hoosic Valley", "Normanskill",
           "Charlotte Valley", "West Kill", "Otsego Memorial", "Fox Hospital of"]
_HOSP_B = ["Hospital", "Medical Center", "Community Hospital", "Regional Medical Center", "Health Center",
           "Urgent Care", "Family Health"]
_VET_A = ["Hillcrest", "Four Corners", "Bramblewood", "Middleburgh", "Riverbend", "Sunnyside", "Foxenkill",
          "Berne-Knox", "Eagle Ridge", "Shady Lane", "Catskill Mountain", "Brookside", "Old Post Road",
          "Cherry Valley", "Stone Bridge", "Maple Hollow", "Leatherstocking", "Mohawk"]
_VET_B = ["Animal Hospital", "Veterinary Clinic", "Veterinary Associates", "Equine Practice",
          "Large Animal Clinic", "Cat Clinic", "Veterinary Emergency Center", "Pet Hospital", "Vet Care"]
_WILD_A = ["Catskill Raptor", "Helderberg", "Mohawk Valley", "Frosty Hollow", "Adirondack", "Oriskany Creek",
           "Kinderhook", "Schoharie Creek", "Featherbed Lane", "Wolf Hollow", "Hawk Ridge"]
_WILD_B = ["Wildlife Rehabilitation Center", "Wildlife Rescue", "Zoological Park", "Reptile Sanctuary",
           "Raptor Center", "Primate Sanctuary", "Game Farm", "Nature Center", "Zoo"]
_FARM_B = ["Dairy", "Family Farm", "Goat Dairy", "Sheep Farm", "Alpaca Ranch", "Creamery", "Livestock Auction",
           "Poultry Farm", "Orchards & Petting Zoo", "Farms LLC", "Hog Farm"]
_PET_A = ["Feathers & Fins", "Critter Cove", "Parrot Paradise", "Pet Haven", "Birds of Paradise", "Happy Paws",
          "Tailwaggers", "Noah's Ark", "Feed & Seed", "Finch Hollow"]
_PET_B = ["Pet Emporium", "Bird Shop", "Pet Supply", "Pet Center", "Aviary", "Pet & Feed", "Exotics"]
_PHARM = ["Kinney Drugs #{n}", "Middleburgh Pharmacy", "Main Street Apothecary", "Valley Drug & Gift",
          "Cobleskill Family Pharmacy", "Sunrise Specialty Pharmacy", "Catskill Compounding Pharmacy",
          "Price Chopper Pharmacy #{n}", "Hannaford Pharmacy #{n}", "Walgreens #{n}", "Oneonta Community Pharmacy"]
_PRACTICE_B = ["Family Medicine", "Pediatrics", "Primary Care", "Internal Medicine", "Family Practice",
               "Pediatric Associates", "Health Partners"]
_EMPLOYER_B = ["Kennels", "Doggy Daycare", "Grooming Salon", "Boarding & Training", "Pet Crematory",
               "Feed Mill", "Stables"]
_DOMAINS = ["hollowmail.net", "catskillmail.com", "gmail.com", "yahoo.com", "outlook.com", "aol.com",
            "frontiernet.net", "hughes.net", "icloud.com", "midtel.net"]


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _letters(r: random.Random, n: int, pool: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(r.choice(pool) for _ in range(n))


def _v_phone(r: random.Random, sub: str | None = None) -> str:
    a = r.choice(["518", "607", "315", "845", "914", "585", "716", "347", "929"])
    e = r.choice(["555", str(r.randint(212, 989))])
    if e[1:] == "11":
        e = "234"
    ln = _digits(r, 4)
    return r.choice([f"({a}) {e}-{ln}", f"{a}-{e}-{ln}", f"{a}.{e}.{ln}", f"{a} {e} {ln}", f"1-{a}-{e}-{ln}",
                     f"+1 {a} {e} {ln}", f"{a}{e}{ln}", f"({a}){e}-{ln}", f"{a}-{e}-{ln}"])


def _v_pager(r: random.Random, sub: str | None = None) -> str:
    return r.choice([_digits(r, 4), _digits(r, 5), f"{r.randint(2, 9)}-{_digits(r, 4)}",
                     f"{r.choice(['518', '607'])}-{_digits(r, 3)}-{_digits(r, 4)}", _digits(r, 6)])


def _clean(s: str) -> str:
    return re.sub(r"[^a-z]", "", s.lower())


def _v_email(r: random.Random, sub: str | None = None) -> str:
    f, ln = _clean(r.choice(_FIRST)), _clean(r.choice(_LAST))
    if sub == "work":
        dom = r.choice(["schoharievalleyvet.com", "mvzoo.org", "catskillraptor.org", "hillcrestanimal.net",
                        "stonycreekgoats.com", "cobleskillregional.org", "otsegohealth.org"])
    else:
        dom = r.choice(_DOMAINS)
    local = r.choice([f"{f}.{ln}", f"{f[0]}{ln}", f"{f}{ln}{r.randint(1, 99)}", f"{ln}.{f[0]}",
                      f"{f}_{ln}", f"{f}{r.randint(60, 99)}", f"{ln}fam"])
    return f"{local}@{dom}"


def _v_url(r: random.Random, sub: str | None = None) -> str:
    f, ln = _clean(r.choice(_FIRST)), _clean(r.choice(_LAST))
    low = "abcdefghkmnpqrstuvwxyz"
    kinds = {
        "fund": [f"www.gofundme.com/f/help-{f}-heal-after-dog-attack", f"https://www.gofundme.com/f/{f}-{ln}-rabies-shots",
                 f"gofund.me/{_letters(r, 3, low)}{_digits(r, 4)}", f"www.givesendgo.com/{f}{ln}recovery"],
        "portal": [f"https://portal.catskillridgemed.org/msg/{_digits(r, 7)}",
                   f"https://mychart.schoharievalley.org/p/{_digits(r, 9)}",
                   f"https://otsegohealth.org/patient/{ln}{_digits(r, 4)}"],
        "social": [f"instagram.com/{f}.{ln}.rehabs", f"https://www.facebook.com/{f}.{ln}.{_digits(r, 3)}",
                   f"www.youtube.com/@{f}{ln}", f"https://www.tiktok.com/@{f}_{ln}"],
        "farm": [f"www.{ln}dairyfarm.com", f"https://{ln}goats.net/raw-milk", f"www.{ln}farmstand.com/shop"],
        "rescue": [f"www.helderbergwildliferescue.org/intake/{_digits(r, 5)}",
                   f"https://{ln}wildlifecare.org/patients/{_digits(r, 4)}", f"www.{f}{ln}rehab.org"],
        "photos": [f"https://photos.app.goo.gl/{_letters(r, 3, low)}{_digits(r, 4)}{_letters(r, 2)}",
                   f"http://tinyurl.com/{_letters(r, 4, low)}{_digits(r, 3)}",
                   f"https://www.dropbox.com/s/{_letters(r, 6, low)}{_digits(r, 3)}/wound.jpg"],
    }
    if sub in kinds:
        return r.choice(kinds[sub])
    return r.choice(r.choice(list(kinds.values())))


def _v_ip(r: random.Random, sub: str | None = None) -> str:
    return r.choice([
        f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"{r.choice([24, 67, 73, 98, 108, 184])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
    ])


def _v_ssn(r: random.Random, sub: str | None = None) -> str:
    a = r.choice([r.randint(1, 665), r.randint(667, 899)])
    g, s = r.randint(1, 99), r.randint(1, 9999)
    return r.choice([f"{a:03d}-{g:02d}-{s:04d}", f"{a:03d} {g:02d} {s:04d}", f"{a:03d}{g:02d}{s:04d}",
                     f"{a:03d}-{g:02d}-{s:04d}"])


def _v_mrn(r: random.Random, sub: str | None = None) -> str:
    return r.choice([_digits(r, 7), _digits(r, 8), f"M{_digits(r, 7)}", f"00{_digits(r, 6)}",
                     f"SV{_digits(r, 7)}", f"{r.randint(1, 9)}{_digits(r, 8)}", f"E{_digits(r, 9)}"])


def _v_account(r: random.Random, sub: str | None = None) -> str:
    yy = r.randint(15, 29)
    kind = sub or r.choice(["ac", "case", "enc", "acc", "spec", "claim", "order"])
    if kind == "ac":
        return r.choice([f"AC-{yy}-{_digits(r, 5)}", f"{r.choice(['SCH', 'DEL', 'OTS', 'GRN'])}{_digits(r, 6)}",
                         f"DC{yy}{_digits(r, 4)}", f"{yy}-{_digits(r, 4)}-B"])
    if kind == "case":
        return r.choice([f"DH{_digits(r, 6)}", f"RAB-{yy}-{_digits(r, 4)}", f"CD{_digits(r, 7)}",
                         f"{_digits(r, 8)}"])
    if kind == "enc":
        return r.choice([_digits(r, 10), _digits(r, 9), f"V{_digits(r, 9)}", f"ENC{_digits(r, 8)}"])
    if kind == "acc":
        return r.choice([f"RAD{_digits(r, 8)}", _digits(r, 8), f"CT{_digits(r, 7)}", f"X{_digits(r, 9)}",
                         f"US-{_digits(r, 7)}"])
    if kind == "spec":
        return r.choice([f"R{yy}-{_digits(r, 5)}", f"WC-{_digits(r, 6)}", f"S{yy}-{_digits(r, 6)}",
                         f"{_letters(r, 2)}{_digits(r, 7)}"])
    if kind == "claim":
        return r.choice([f"WC{_digits(r, 9)}", f"G{_digits(r, 3)} {_digits(r, 4)}", f"{_digits(r, 3)}-{_digits(r, 6)}",
                         f"CLM{_digits(r, 8)}"])
    return r.choice([f"ORD-{_digits(r, 7)}", f"{_digits(r, 9)}", f"REQ{_digits(r, 6)}", f"O{_digits(r, 8)}"])


_MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def _v_plan(r: random.Random, sub: str | None = None) -> str:
    kind = sub or r.choice(["member", "cin", "mbi", "policy", "sub"])
    if kind == "cin":
        return f"{_letters(r, 2)}{_digits(r, 5)}{_letters(r, 1)}"
    if kind == "mbi":
        def an() -> str:
            return r.choice(_MBI_A + "0123456789")
        m = (f"{r.randint(1, 9)}{r.choice(_MBI_A)}{an()}{r.randint(0, 9)}{r.choice(_MBI_A)}{an()}{r.randint(0, 9)}"
             f"{r.choice(_MBI_A)}{r.choice(_MBI_A)}{r.randint(0, 9)}{r.randint(0, 9)}")
        return r.choice([m, f"{m[:4]}-{m[4:7]}-{m[7:]}"])
    if kind == "policy":
        return r.choice([_digits(r, 10), f"{_digits(r, 4)} {_digits(r, 4)} {_digits(r, 2)}", f"P{_digits(r, 9)}"])
    if kind == "sub":
        return r.choice([f"{_letters(r, 1)}{_digits(r, 8)}-01", f"{_digits(r, 9)}A",
                         f"{_letters(r, 3)}{_digits(r, 8)}"])
    return r.choice([f"{_letters(r, 3)}{_digits(r, 9)}", f"{_letters(r, 2)}{_digits(r, 8)}", f"ZGP{_digits(r, 8)}",
                     f"{_digits(r, 3)}{_letters(r, 2)}{_digits(r, 5)}"])


def _v_license(r: random.Random, sub: str | None = None) -> str:
    kind = sub or r.choice(["md", "npi", "dea", "rn", "dl", "ems", "vet"])
    if kind == "npi":
        return f"{r.choice('12')}{_digits(r, 9)}"
    if kind == "dea":
        return f"{r.choice('ABFGM')}{_letters(r, 1)}{_digits(r, 7)}"
    if kind == "dl":
        d = _digits(r, 9)
        return r.choice([d, f"{d[:3]} {d[3:6]} {d[6:]}"])
    if kind in ("rn", "ems"):
        return r.choice([_digits(r, 6), f"{_digits(r, 6)}-1"])
    if kind == "vet":
        return r.choice([f"00{_digits(r, 4)}", _digits(r, 6)])
    return r.choice([_digits(r, 6), f"{r.randint(2, 3)}{_digits(r, 5)}", f"MD-{_digits(r, 6)}"])


def _v_zip(r: random.Random, sub: str | None = None) -> str:
    z = f"{r.choice(['12', '13'])}{_digits(r, 3)}"
    return z if r.random() < 0.8 else f"{z}-{_digits(r, 4)}"


def _v_street(r: random.Random, sub: str | None = None) -> str:
    n = r.randint(2, 4999)
    base = r.choice([
        f"{n} {r.choice(_STREETS)} {r.choice(_ST_SUFFIX)}",
        f"{n} {r.choice(_STREETS)} {r.choice(_ST_SUFFIX)}",
        f"{n} State Route {r.choice(['7', '10', '30', '30A', '145', '443', '166', '28'])}",
        f"{n} County Highway {r.randint(1, 60)}",
        f"{n} {r.choice(['N', 'S', 'E', 'W'])}. {r.choice(_STREETS)} {r.choice(['St', 'Rd', 'Ave'])}",
        f"{n} Co Rt {r.randint(1, 60)}",
    ])
    if r.random() < 0.2:
        base += r.choice([f", Apt {r.randint(1, 12)}{r.choice('ABC')}", f" Unit {r.randint(1, 20)}",
                          f", Lot {r.randint(1, 80)}"])
    return base


_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December"]


def _v_date(r: random.Random, sub: str | None = None) -> str:
    y = r.randint(1928, 2006) if sub == "dob" else r.randint(1920, 1935) if sub == "olddob" else r.randint(1995, 2029)
    m, d = r.randint(1, 12), r.randint(1, 28)
    mon, mon3 = _MON[m - 1], _MON[m - 1][:3]
    return r.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{mon} {d}, {y}",
                     f"{mon3} {d} {y}", f"{d} {mon3} {y}", f"{d:02d}-{mon3.upper()}-{y}", f"{m:02d}-{d:02d}-{y}",
                     f"{mon3}. {d}, {y}", f"{d} {mon} {y}", f"{m}.{d}.{y}"])


def _v_age(r: random.Random, sub: str | None = None) -> str:
    return str(r.choice([90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103]))


_CUE_PREFIX = re.compile(r"(?:DR|SN|ID|NO|DL|MR|LIC)(?![A-Z])")


def _no_cue(gen: Callable[[random.Random, str | None], str]) -> Callable[[random.Random, str | None], str]:
    """Redraw a value that would begin like a cue word (a plate "DR-3031" reads as "Dr.")."""
    def wrapped(r: random.Random, sub: str | None = None) -> str:
        v = gen(r, sub)
        while _CUE_PREFIX.match(v):
            v = gen(r, sub)
        return v
    return wrapped


def _v_device(r: random.Random, sub: str | None = None) -> str:
    return r.choice([f"{_letters(r, 2)}{_digits(r, 6)}", f"{_digits(r, 4)}-{_letters(r, 2)}{_digits(r, 4)}",
                     f"BME-{_digits(r, 6)}", f"{_digits(r, 10)}", f"{_letters(r, 3)}{_digits(r, 7)}",
                     f"{_digits(r, 2)}{_letters(r, 1)}{_digits(r, 5)}", f"A{_digits(r, 2)}K{_digits(r, 5)}",
                     f"{_letters(r, 1)}{_digits(r, 3)}-{_digits(r, 5)}"])


_VIN = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def _v_vehicle(r: random.Random, sub: str | None = None) -> str:
    vin = r.choice("1245") + "".join(r.choice(_VIN) for _ in range(16))
    return r.choice([f"{_letters(r, 3)}-{_digits(r, 4)}", f"{_letters(r, 3)} {_digits(r, 4)}",
                     f"{_letters(r, 3)}{_digits(r, 4)}", f"{_digits(r, 5)}-{r.choice(['FM', 'PC', 'MC'])}",
                     f"{_letters(r, 2)}-{_digits(r, 5)}", vin, vin])


def _v_person(r: random.Random, sub: str | None = None) -> str:
    f, ln = r.choice(_FIRST), r.choice(_LAST)
    form = sub or r.choice(["fl", "fl", "fl", "fl", "fml", "lf", "il", "fl2"])
    if form == "fml":
        return f"{f} {r.choice('ABCDEFGHJKLMNPRSTW')}. {ln}"
    if form == "lf":
        return f"{ln.upper()}, {f}" if r.random() < 0.5 else f"{ln}, {f}"
    if form == "il":
        return f"{f[0]}. {ln}"
    if form == "fl2":
        return f"{f} {ln}-{r.choice(['Reyes', 'Moore', 'Sato', 'Dunn', 'Abara', 'Kline'])}"
    return f"{f} {ln}"


def _v_location(r: random.Random, sub: str | None = None) -> str:
    kind = sub or r.choice(["town", "town", "town", "county", "place"])
    if kind == "county":
        return f"{r.choice(_COUNTIES)} County"
    if kind == "place":
        return r.choice(_PLACES)
    return r.choice(_TOWNS)


def _v_org(r: random.Random, sub: str | None = None) -> str:
    kind = sub or r.choice(["hosp", "vet", "wild", "farm", "pet", "agency", "ac", "pharm", "practice",
                            "employer", "school"])
    if kind == "hosp":
        a = r.choice(_HOSP_A)
        return f"{a} {r.choice(_TOWNS)}" if a.endswith(" of") else f"{a} {r.choice(_HOSP_B)}"
    if kind == "vet":
        return f"{r.choice(_VET_A)} {r.choice(_VET_B)}"
    if kind in ("wild", "zoo"):
        return f"{r.choice(_WILD_A)} {r.choice(_WILD_B)}"
    if kind == "farm":
        return f"{r.choice(_LAST)} {r.choice(_FARM_B)}"
    if kind == "pet":
        if r.random() < 0.25:
            return f"{r.choice(['PetWorld Superstore', 'Petzone', 'Aquarium Adventure'])} #{r.randint(100, 2999)}"
        return f"{r.choice(_PET_A)} {r.choice(_PET_B)}"
    if kind == "agency":
        c = r.choice(_COUNTIES)
        return r.choice([f"{c} County Department of Health", f"{c} County Public Health",
                         f"{c} County Health Department", f"{c} County Environmental Health Unit",
                         f"{c} County Sheriff's Office", f"Village of {r.choice(_TOWNS)} Police Department",
                         f"{c} County SPCA"])
    if kind == "ac":
        return r.choice([f"Town of {r.choice(_TOWNS)} Animal Control", f"Town of {r.choice(_TOWNS)} Dog Control",
                         f"{r.choice(_COUNTIES)} County SPCA", f"{r.choice(_COUNTIES)} County Animal Control"])
    if kind == "pharm":
        return r.choice(_PHARM).replace("{n}", str(r.randint(11, 499)))
    if kind == "practice":
        return f"{r.choice(_VET_A + _HOSP_A[:8])} {r.choice(_PRACTICE_B)}"
    if kind == "school":
        return r.choice([f"{r.choice(_TOWNS)} Central School", f"{r.choice(_TOWNS)} Elementary School",
                         f"{r.choice(_TOWNS)} Middle School", "SUNY Cobleskill", "Hartwick College",
                         f"{r.choice(_TOWNS)} High School"])
    return f"{r.choice(_VET_A + _WILD_A)} {r.choice(_EMPLOYER_B)}"


_VAL: dict[str, Callable[[random.Random, str | None], str]] = {
    "PHONE": _v_phone, "FAX": _v_phone, "PAGER": _v_pager, "EMAIL": _v_email, "URL": _v_url,
    "IP_ADDRESS": _v_ip, "SSN": _v_ssn, "MRN": _v_mrn, "ACCOUNT": _no_cue(_v_account), "HEALTH_PLAN": _no_cue(_v_plan),
    "LICENSE": _v_license, "ZIP": _v_zip, "STREET_ADDRESS": _v_street, "DATE_REAL_YEAR": _v_date,
    "AGE_OVER_89": _v_age, "DEVICE_ID": _no_cue(_v_device), "VEHICLE_ID": _no_cue(_v_vehicle), "PERSON": _v_person,
    "LOCATION": _v_location, "ORGANIZATION": _v_org,
}

# --------------------------------------------------------------------------------------------------
# Look-alike generators ({L:name} in templates)
# --------------------------------------------------------------------------------------------------


def _sdate(r: random.Random) -> str:
    y, m, d = r.randint(2110, 2195), r.randint(1, 12), r.randint(1, 28)
    return r.choice([f"{y}-{m:02d}-{d:02d}", f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}"])


def _l_exp(r: random.Random) -> str:
    y, m, d = r.randint(2025, 2029), r.randint(1, 12), r.randint(1, 28)
    return r.choice([f"{y}-{m:02d}-{d:02d}", f"{m:02d}/{d:02d}/{y}", f"{d:02d}-{_MON[m - 1][:3].upper()}-{y}"])


_LOOK: dict[str, Callable[[random.Random], str]] = {
    "lot": lambda r: r.choice([f"{_letters(r, 1)}{_digits(r, 1)}{_letters(r, 1)}{_digits(r, 3)}{_letters(r, 1)}",
                               f"{_digits(r, 6)}", f"{_letters(r, 2)}{_digits(r, 4)}", f"U{_digits(r, 4)}AA"]),
    "exp": _l_exp,
    "ndc": lambda r: f"{r.choice(['13533', '58160', '49281', '63833'])}-{_digits(r, 3)}-{_digits(r, 2)}",
    "gtin": lambda r: f"00{_digits(r, 12)}",
    "udiexp": lambda r: f"{r.randint(25, 29)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}",
    "ref": lambda r: f"{_letters(r, 3)}-{_digits(r, 4)}{r.choice(['', '-S', '-L'])}",
    "microchip": lambda r: r.choice([f"{r.choice(['985', '956', '900', '981'])}{_digits(r, 12)}",
                                     f"{r.choice(['985', '956'])} {_digits(r, 3)} {_digits(r, 3)} {_digits(r, 3)} "
                                     f"{_digits(r, 3)}"]),
    "tag": lambda r: r.choice([f"R-{_digits(r, 5)}", f"{r.randint(20, 29)}-{_digits(r, 4)}C",
                               f"No. {_digits(r, 4)}-T"]),
    "tollfree": lambda r: r.choice([f"1-{r.choice(['800', '888', '877', '866', '855', '844', '833'])}-"
                                    f"{_digits(r, 3)}-{_digits(r, 4)}",
                                    f"({r.choice(['800', '888', '877', '866'])}) {_digits(r, 3)}-{_digits(r, 4)}",
                                    "1-800-222-1222"]),
    "group": lambda r: r.choice([f"GRP-{_digits(r, 5)}", f"{_digits(r, 6)}-0{r.randint(1, 9)}", f"G{_digits(r, 5)}"]),
    "sdate": _sdate,
    "icd": lambda r: r.choice(["W54.0XXA", "W55.01XA", "W55.81XA", "Z20.3", "A78", "A23.9", "A70", "B08.02",
                               "A28.1", "T14.8XXA", "S61.451A", "W53.81XA"]),
    "cpt": lambda r: r.choice(["90375", "90376", "90675", "96372", "12002", "10060", "73130", "71046"]),
    "ver": lambda r: f"{r.randint(2, 12)}.{r.randint(0, 9)}.{r.randint(0, 30)}",
    "kg": lambda r: f"{r.randint(45, 118)}.{r.randint(0, 9)} kg",
    "state": lambda r: r.choice(_STATES),
    "country": lambda r: r.choice(_COUNTRIES),
    "site": lambda r: r.choice(_PUBLIC_SITES),
    "dept": lambda r: r.choice(_DEPTS),
    "pet": lambda r: r.choice(_PET_NAMES),
}

# --------------------------------------------------------------------------------------------------
# Text assembly: [[look-alike]], {CATEGORY[:sub]} (a labelled span), {L:name} (a generated look-alike)
# --------------------------------------------------------------------------------------------------

_ALT = re.compile(r"<<(.*?)>>", re.S)
_TOKEN = re.compile(r"\[\[(.+?)\]\]|\{([A-Z_0-9]+)(?::([a-z_0-9]+))?\}")


class _Doc:
    def __init__(self, r: random.Random) -> None:
        self.r = r
        self.parts: list[str] = []
        self.n = 0
        self.spans: list[tuple[int, int, str]] = []
        self.looks: list[str] = []

    def add(self, s: str) -> None:
        self.parts.append(s)
        self.n += len(s)

    def t(self, text: str) -> None:
        text = _ALT.sub(lambda m: self.r.choice(m.group(1).split("|")), text)
        pos = 0
        for m in _TOKEN.finditer(text):
            self.add(text[pos:m.start()])
            if m.group(1) is not None:
                self.looks.append(m.group(1))
                self.add(m.group(1))
            elif m.group(2) == "L":
                v = _LOOK[m.group(3)](self.r)
                self.looks.append(v)
                self.add(v)
            else:
                cat = m.group(2)
                v = _VAL[cat](self.r, m.group(3))
                s = self.n
                self.add(v)
                self.spans.append((s, self.n, cat))
            pos = m.end()
        self.add(text[pos:])

    def text(self) -> str:
        return "".join(self.parts)


# Generic planting templates: (groups, template). Each must hold at least one category placeholder.
_T: list[tuple[str, str]] = [
    # PERSON
    ("any", "Discussed with Dr. {PERSON} by telephone; she agrees with the plan."),
    ("any", "Electronically signed by {PERSON}, MD on ___ at ___"),
    ("any", "cc: {PERSON}, RN (infection prevention)"),
    ("any", "Emergency contact: {PERSON} (spouse)   Phone: ___"),
    ("any", "PCP:  {PERSON}"),
    ("any", "Attending addendum: I saw and examined the patient with the resident and agree with the note"
            " above. -- {PERSON}"),
    ("any", "NOTE ROUTED TO: {PERSON:lf}"),
    ("any", "Case reviewed with {PERSON} (ID fellow) who will follow."),
    ("dis", "History obtained from the patient and her daughter {PERSON}, who was present at the time."),
    ("dis", "Interpreter {PERSON} (Polish) used for the entire encounter."),
    ("dis", "Pt's husband,\n{PERSON}, will do the dressing changes at home."),
    ("rad", "Findings communicated to {PERSON}, PA-C, in the ED at ___ by phone."),
    ("rad", "Preliminary read by resident Dr {PERSON}; final read below."),
    ("rad", "REFERRING PHYSICIAN: {PERSON:lf}"),
    ("rad", "Wet read discussed with {PERSON} (hand surgery) at 16:40."),
    ("bite", "Owner of the dog is {PERSON}, who lives next door and has the rabies certificate."),
    ("bite", "Animal control officer {PERSON} confirmed 10-day home confinement of the animal."),
    ("bite", "The cat belongs to the patient's roommate ({PERSON})."),
    ("pep", "Vaccine administered by {PERSON}, RN; patient observed 15 minutes without reaction."),
    ("pep", "HRIG volume double-checked with {PERSON} RN before infiltration."),
    ("bat", "Bat captured by the landlord, {PERSON}, using a towel and a plastic bin."),
    ("wild", "Sanctuary director {PERSON} reports the colony is B-virus seropositive."),
    ("wild", "Rehabber {PERSON} brought the injured animal in the evening before."),
    ("farm", "Farm owner {PERSON} states two ewes aborted during lambing."),
    ("vet", "Practice manager {PERSON} completed the employer's incident report."),
    ("vet", "The supervising veterinarian, Dr. {PERSON}, DVM, witnessed the injury."),
    ("bird", "The bird's seller, {PERSON}, was contacted by the health department."),
    ("any", "{PERSON} | ID attending | pager {PAGER}"),
    ("bite", "Owner: {PERSON}     Tel: {PHONE}"),
    ("bite", "Dr. {PERSON} ({ORGANIZATION:vet}) called with the necropsy result."),
    ("any", "{PERSON}, MD   NPI: {LICENSE:npi}"),
    # LOCATION
    ("any", "Lives in {LOCATION} with spouse and two dogs."),
    ("any", "Transferred from an urgent care in {LOCATION:town}."),
    ("any", "Home town: {LOCATION:town}"),
    ("any", "Resides:   {LOCATION:town}, NY"),
    ("any", "| Residence | {LOCATION} | rural |"),
    ("dis", "She moved to {LOCATION:town} from [[Vermont]] last year and keeps backyard chickens."),
    ("bite", "Bitten while walking near {LOCATION:place}."),
    ("bite", "Incident location: {LOCATION}"),
    ("bite", "The stray was last seen near the transfer station in {LOCATION:town}."),
    ("pep", "Remaining vaccine doses arranged closer to home in {LOCATION:town}."),
    ("bat", "The bat was found in a second-floor bedroom of the family's camp in {LOCATION}."),
    ("farm", "Works at a goat dairy in {LOCATION:town}; assisted with kidding this spring."),
    ("wild", "The raccoon was trapped behind a barn in {LOCATION:town} and brought in for rehab."),
    ("bird", "The parakeet was purchased at a flea market in {LOCATION:town}."),
    ("rad", "Comparison: outside films from an urgent care in {LOCATION:town}, report not available."),
    ("any", "Exposure occurred in {LOCATION:county}; report routed to the county health department."),
    # ORGANIZATION
    ("any", "Transferred from {ORGANIZATION:hosp} for hand surgery evaluation."),
    ("any", "Outside records from {ORGANIZATION:hosp} reviewed."),
    ("any", "Prescriptions e-prescribed to {ORGANIZATION:pharm}."),
    ("any", "Follows with primary care at {ORGANIZATION:practice}."),
    ("any", "Facility: {ORGANIZATION:hosp}"),
    ("bite", "The dog was examined the next day at {ORGANIZATION:vet}, which holds its vaccine records."),
    ("bite", "Bite report faxed to {ORGANIZATION:agency}."),
    ("bite", "Animal confined under order of {ORGANIZATION:ac}."),
    ("bite", "Child attends {ORGANIZATION:school}; the school nurse was notified."),
    ("pep", "Doses 3 and 4 to be given at {ORGANIZATION:hosp}."),
    ("pep", "HRIG supplied by {ORGANIZATION:pharm} (specialty pharmacy)."),
    ("bat", "Bat submitted for testing through {ORGANIZATION:agency}."),
    ("wild", "Employer: {ORGANIZATION:wild}"),
    ("wild", "He is a keeper at {ORGANIZATION:zoo}."),
    ("farm", "Works as a herdsman at {ORGANIZATION:farm}."),
    ("farm", "Raw milk was bought from {ORGANIZATION:farm}."),
    ("vet", "Employer: {ORGANIZATION:vet} (veterinary technician, 6 years)"),
    ("vet", "Kennel staff at {ORGANIZATION:employer}; handles ~30 dogs a day."),
    ("bird", "Cockatiel bought from {ORGANIZATION:pet} about three weeks before symptoms."),
    ("bird", "She works in the bird room of {ORGANIZATION:pet}."),
    ("rad", "Outside CT from {ORGANIZATION:hosp} uploaded to PACS and reviewed."),
    ("any", "Outside MRN {MRN} ({ORGANIZATION:hosp})"),
    # ZIP
    ("any", "ZIP of residence: {ZIP}"),
    ("any", "Mailing: PO Box {L:cpt}, {LOCATION:town}, NY {ZIP}"),
    ("any", "Town: ___, NY  {ZIP}"),
    ("bite", "Incident zip code {ZIP} (for county routing)"),
    ("any", "| Zip | {ZIP} |"),
    ("any", "zip: {ZIP}"),
    # STREET_ADDRESS
    ("any", "Home address: {STREET_ADDRESS}"),
    ("any", "Address: {STREET_ADDRESS}, {LOCATION:town}, NY {ZIP}"),
    ("any", "Address: {STREET_ADDRESS}, {LOCATION:town}"),
    ("any", "Address: {STREET_ADDRESS}, ___, NY {ZIP}"),
    ("bite", "The dog is kept at {STREET_ADDRESS} under 10-day confinement."),
    ("bite", "Bite occurred in the driveway of {STREET_ADDRESS}."),
    ("bat", "Bat found at {STREET_ADDRESS} (rental cabin)."),
    ("farm", "Farm location: {STREET_ADDRESS}"),
    ("any", "Lives at\n{STREET_ADDRESS}; no stairs."),
    # PHONE
    ("any", "Patient can be reached at {PHONE}."),
    ("any", "Call back number: {PHONE}"),
    ("any", "Mother's cell {PHONE}"),
    ("any", "Culture results to be phoned to {PHONE} (home)."),
    ("rad", "Critical result called to the ED charge nurse at {PHONE}."),
    ("any", "Pt's daughter (c) {PHONE}"),
    ("any", "Tel.{PHONE}"),
    ("bite", "Animal control dispatch: {PHONE}"),
    ("any", "T: {PHONE}   F: {FAX}"),
    ("any", "Phoen: {PHONE}"),
    ("bite", "Owner\nphone:\n{PHONE}"),
    ("wild", "Zoo vet: Dr. {PERSON}, DVM  tel {PHONE}"),
    ("any", "PCP fax#{FAX}"),
    ("any", "adress: {STREET_ADDRESS}"),
    ("vet", "Employer address: {STREET_ADDRESS}, {LOCATION:town} NY {ZIP}"),
    ("any", "Emial {EMAIL}"),
    ("any", "D.O.B {DATE_REAL_YEAR:dob}"),
    ("any", "f/u w/ Dr {PERSON} in 1 wk"),
    ("any", "Pt's PCP is {PERSON} at {ORGANIZATION:practice}."),
    ("any", "MRN# {MRN} / Acct# {ACCOUNT:enc}"),
    ("rad", "Referring: {PERSON} | Accession {ACCOUNT:acc} | {ORGANIZATION:hosp}"),
    ("bite", "Officer {PERSON} (truck {VEHICLE_ID}) transported the animal to the shelter."),
    ("any", "Lic# {LICENSE:md}  DEA {LICENSE:dea}"),
    ("any", "Pt aged {AGE_OVER_89} (DOB {DATE_REAL_YEAR:olddob})"),
    ("any", "{LOCATION:town} resident; ZIP {ZIP}"),
    ("pep", "Day 0 given {DATE_REAL_YEAR}; day 3 due ___"),
    ("any", "Device: high-flow blender, asset tag\n{DEVICE_ID}"),
    ("any", "ip={IP_ADDRESS} user=___ action=VIEW"),
    ("any", "S.S.N. {SSN}"),
    ("any", "Medicaid #: {HEALTH_PLAN:cin}"),
    ("any", "pager: {PAGER} (ID)"),
    ("any", "Guardian consent by phone; callback {PHONE} ext 2"),
    ("bite", "Shelter intake: {ORGANIZATION:ac}, {STREET_ADDRESS}"),
    ("farm", "Sheep purchased at {ORGANIZATION:farm} in {LOCATION:town}."),
    # FAX
    ("any", "Fax completed report to {FAX}."),
    ("any", "Fax: {FAX}"),
    ("any", "Clinic fax {FAX} (attn: records)"),
    ("bite", "Health dept fax {FAX}"),
    ("any", "Faxed to PCP at {FAX} on ___."),
    ("pep", "Dose record faxed to {FAX} for the next visit."),
    # PAGER
    ("any", "Page Dr. ___ at {PAGER} with questions."),
    ("any", "ID fellow on call, pager {PAGER}"),
    ("any", "pgr {PAGER}"),
    ("any", "beeper #{PAGER}"),
    ("rad", "Please page the reading room at {PAGER} for questions."),
    # EMAIL
    ("any", "Patient prefers email: {EMAIL}"),
    ("any", "Wound photos were sent by the patient from {EMAIL}."),
    ("bite", "Owner's email {EMAIL} (for the confinement release notice)"),
    ("any", "Contact the employee health nurse at {EMAIL:work}."),
    ("dis", "From: {EMAIL}\nSent: ___\nSubject: shots"),
    ("vet", "Vaccine records emailed from {EMAIL:work}"),
    # URL
    ("any", "Patient shared the fundraiser page {URL:fund}."),
    ("any", "Portal message link: {URL:portal}"),
    ("bat", "Photos of the bat were posted at {URL:social} by the patient."),
    ("farm", "The farm sells raw milk through {URL:farm}."),
    ("wild", "The rescue's intake page ({URL:rescue}) lists the animal."),
    ("any", "See uploaded wound photos: {URL:photos}"),
    ("bite", "Owner posted a video of the dog at {URL:social}"),
    ("any", "url: {URL}"),
    ("any", "Patient-provided link to outside images: {URL:photos}"),
    ("rad", "Outside images were shared via {URL:photos} (not imported)."),
    ("bird", "The pet store's social page ({URL:social}) shows the same birds."),
    ("any", "Telehealth link: {URL:portal}"),
    ("vet", "Clinic staff page: {URL:social}"),
    # more IP, vehicle, ZIP, age, e-mail, MRN, plan, licence, pager, SSN, fax, street
    ("any", "Remote access session from {IP_ADDRESS} (VPN)"),
    ("rad", "Modality AE title CT_SCH2 @ {IP_ADDRESS}"),
    ("any", "| client_ip | {IP_ADDRESS} |"),
    ("pep", "Pump drug library updated from server {IP_ADDRESS}"),
    ("any", "Portal sign-in from\n{IP_ADDRESS} flagged as unusual."),
    ("bite", "The dog was inside a parked car, plate {VEHICLE_ID}, and bit through the window."),
    ("wild", "Injury occurred while loading the transport van (tag {VEHICLE_ID})."),
    ("farm", "Pinned against the stock trailer, VIN {VEHICLE_ID}."),
    ("any", "| Vehicle plate | {VEHICLE_ID} |"),
    ("vet", "Mobile vet unit plate {VEHICLE_ID}"),
    ("bite", "Animal's home ZIP {ZIP}; the rabies clinic was in the same ZIP."),
    ("any", "Postal code - {ZIP}"),
    ("any", "Lives in ZIP\n{ZIP}."),
    ("farm", "Farm ZIP: {ZIP}"),
    ("any", "Elderly patient ({AGE_OVER_89} yrs) brought in by daughter."),
    ("any", "AGE/SEX: {AGE_OVER_89}/F"),
    ("bite", "Victim age {AGE_OVER_89}; lives with the dog's owner."),
    ("any", "{AGE_OVER_89}yo F, lives with cats"),
    ("rad", "HISTORY: {AGE_OVER_89} M with bite wound."),
    ("any", "Secure message sent to {EMAIL}"),
    ("bite", "Animal control officer's email: {EMAIL:work}"),
    ("any", "<{EMAIL}> wrote: 'the swelling is worse'"),
    ("any", "e-mail {EMAIL}"),
    ("any", "Hospital # {MRN}"),
    ("rad", "Pt MRN {MRN} - DOB ___"),
    ("any", "MR:{MRN}"),
    ("any", "Chart {MRN} merged with a duplicate record."),
    ("any", "Ins ID#{HEALTH_PLAN:member}"),
    ("vet", "Employee's own health plan member no. {HEALTH_PLAN:member} (not WC)"),
    ("any", "Plan: Medicaid managed care, ID {HEALTH_PLAN:cin}"),
    ("pep", "Prior auth for HRIG under member {HEALTH_PLAN:member}"),
    ("any", "Prescriber: Dr ___ (NPI {LICENSE:npi}, DEA {LICENSE:dea})"),
    ("any", "State lic no.: {LICENSE:md}"),
    ("pep", "NP license {LICENSE:rn}"),
    ("any", "DL# {LICENSE:dl} (NY)"),
    ("rad", "Radiologist NPI: {LICENSE:npi}"),
    ("rad", "Page {PAGER} for the on-call radiology resident."),
    ("any", "p. {PAGER}"),
    ("any", "Hand fellow (pgr\n{PAGER})"),
    ("any", "Pager# {PAGER}"),
    ("any", "SSN (verified ___): {SSN}"),
    ("any", "Soc Sec No {SSN}"),
    ("bite", "Victim SSN {SSN} on the county form."),
    ("any", "F {FAX}"),
    ("bite", "Send the 10-day release form to fax {FAX}"),
    ("any", "fax# {FAX} (records)"),
    ("vet", "Employer HR fax: {FAX}"),
    ("any", "Pt stays with daughter at {STREET_ADDRESS}"),
    ("bite", "Dog lives at {STREET_ADDRESS}, two doors down."),
    ("any", "| Address | {STREET_ADDRESS} |"),
    ("wild", "Rehab facility address: {STREET_ADDRESS}"),
    # IP_ADDRESS
    ("any", "Telehealth visit; patient connected from {IP_ADDRESS}."),
    ("rad", "Images imported from outside CD via PACS node {IP_ADDRESS}."),
    ("any", "[EHR audit] login workstation {IP_ADDRESS}"),
    ("any", "Video visit IP: {IP_ADDRESS}"),
    ("any", "Document received via e-fax gateway {IP_ADDRESS}"),
    # SSN
    ("any", "SSN: {SSN}"),
    ("any", "Social Security #  {SSN} (per registration)"),
    ("vet", "Workers' comp form: employee SSN {SSN}"),
    ("any", "| SSN | {SSN} |"),
    ("any", "ss# {SSN}"),
    # MRN
    ("any", "MRN: {MRN}"),
    ("any", "Medical record number {MRN} on the fax cover sheet."),
    ("any", "Pt ID {MRN}"),
    ("any", "[MRN {MRN}]"),
    ("rad", "Prior studies under MR# {MRN} reviewed."),
    # ACCOUNT
    ("bite", "Animal control report #{ACCOUNT:ac}"),
    ("bite", "County bite case number: {ACCOUNT:case}"),
    ("pep", "Health department rabies case {ACCOUNT:case}"),
    ("any", "Encounter #: {ACCOUNT:enc}"),
    ("rad", "Accession: {ACCOUNT:acc}"),
    ("bat", "State lab specimen no. {ACCOUNT:spec} (bat)"),
    ("bite", "Rabies lab specimen {ACCOUNT:spec} received; result pending."),
    ("vet", "Workers' compensation claim {ACCOUNT:claim}"),
    ("wild", "WC claim # {ACCOUNT:claim}"),
    ("pep", "Order #{ACCOUNT:order} - rabies immune globulin"),
    ("any", "Acct {ACCOUNT:enc}"),
    ("any", "Billing acct no. {ACCOUNT:enc}"),
    ("bite", "Claim # {ACCOUNT:claim} (homeowner's liability, dog owner)"),
    ("farm", "Requisition {ACCOUNT:order} sent with the serology tubes."),
    ("bird", "PCR specimen {ACCOUNT:spec} forwarded to the state lab."),
    # HEALTH_PLAN
    ("any", "Insurance: member ID {HEALTH_PLAN:member}, group {L:group}"),
    ("any", "Medicaid CIN {HEALTH_PLAN:cin}"),
    ("any", "Medicare MBI: {HEALTH_PLAN:mbi}"),
    ("any", "Subscriber ID {HEALTH_PLAN:sub} (policy holder: spouse)"),
    ("any", "Policy number {HEALTH_PLAN:policy}"),
    ("any", "| Member ID | {HEALTH_PLAN} |"),
    # LICENSE
    ("any", "NPI {LICENSE:npi}"),
    ("any", "DEA# {LICENSE:dea}"),
    ("any", "NYS license {LICENSE:md}"),
    ("any", "Driver's license (photo ID checked): {LICENSE:dl}"),
    ("pep", "RN lic. {LICENSE:rn}"),
    ("vet", "Attending veterinarian's NYS license no. {LICENSE:vet}"),
    ("bite", "EMS crew: paramedic cert {LICENSE:ems}"),
    # DATE_REAL_YEAR
    ("bite", "Date of bite: {DATE_REAL_YEAR}"),
    ("pep", "Prior rabies PrEP series completed {DATE_REAL_YEAR}."),
    ("any", "Last Tdap {DATE_REAL_YEAR} per the immunization registry."),
    ("any", "DOB: {DATE_REAL_YEAR:dob}"),
    ("rad", "Outside hand films dated {DATE_REAL_YEAR} compared."),
    ("bite", "The dog died on {DATE_REAL_YEAR}; the head was submitted for testing."),
    ("any", "Report signed {DATE_REAL_YEAR} 14:32"),
    ("any", "Exposure date {DATE_REAL_YEAR}"),
    ("any", "| Date of exposure | {DATE_REAL_YEAR} |"),
    ("bird", "Bird purchased {DATE_REAL_YEAR}."),
    ("vet", "Pre-exposure titer drawn {DATE_REAL_YEAR}: adequate."),
    # AGE_OVER_89
    ("any", "Pt is a {AGE_OVER_89}-year-old resident of an assisted living facility."),
    ("any", "Age: {AGE_OVER_89}"),
    ("dis", "{AGE_OVER_89} y/o woman bitten by her granddaughter's cat."),
    ("rad", "INDICATION (addended): {AGE_OVER_89} year old man on warfarin."),
    ("any", "Patient, aged {AGE_OVER_89}, lives alone with three cats."),
    ("any", "(age {AGE_OVER_89})"),
    # DEVICE_ID
    ("pep", "Infusion pump SN {DEVICE_ID}"),
    ("any", "Wound [[V.A.C.]] unit serial {DEVICE_ID}, canister changed."),
    ("rad", "Portable unit asset tag {DEVICE_ID}"),
    ("any", "UDI (01){L:gtin}(17){L:udiexp}(10){L:lot}(21){DEVICE_ID}"),
    ("any", "Glucometer serial {DEVICE_ID}"),
    ("rad", "CT scanner serial no. {DEVICE_ID}"),
    ("bird", "Ventilator S/N {DEVICE_ID}"),
    ("any", "Asset #{DEVICE_ID} (loaner high-flow unit)"),
    ("any", "Pulse oximeter SN: {DEVICE_ID}"),
    # VEHICLE_ID
    ("bite", "Animal control vehicle plate {VEHICLE_ID}"),
    ("any", "Arrived by private car (plate {VEHICLE_ID}), parked in the ED lot."),
    ("any", "Ambulance 2-7 (NY plate {VEHICLE_ID})"),
    ("farm", "Livestock trailer plate {VEHICLE_ID}"),
    ("bat", "A second bat was found in the cab of her pickup (VIN {VEHICLE_ID})."),
    ("any", "Vehicle: {VEHICLE_ID} (county truck)"),
]

_CAT_RE = re.compile(r"\{([A-Z_0-9]+)(?::[a-z_0-9]+)?\}")
_TEMPLATES = [(frozenset(g.split()), t, tuple(c for c in _CAT_RE.findall(t) if c != "L")) for g, t in _T]


def _fits(cats: tuple[str, ...], todo: list[str]) -> bool:
    left = list(todo)
    for c in cats:
        if c not in left:
            return False
        left.remove(c)
    return True


class _Planter:
    def __init__(self, r: random.Random, cats: list[str], groups: set[str]) -> None:
        self.r = r
        self.todo = list(cats)
        self.groups = groups

    def field(self, d: _Doc, cat: str, filled: str, masked: str, p: float = 0.4) -> None:
        if cat in self.todo and self.r.random() < p:
            self.todo.remove(cat)
            d.t(filled)
        else:
            d.t(masked)

    def drop(self, d: _Doc, p: float = 0.3, prefix: str = "", suffix: str = "\n") -> bool:
        if not self.todo or self.r.random() >= p:
            return False
        c = self.r.choice(self.todo)
        cands = [t for g, t, cs in _TEMPLATES if c in cs and (g & self.groups) and _fits(cs, self.todo)]
        tpl = self.r.choice(cands)
        for x in _CAT_RE.findall(tpl):
            if x != "L":
                self.todo.remove(x)
        d.t(prefix + tpl + suffix)
        return True

    def flush(self, d: _Doc, head: str = "") -> None:
        if self.todo and head:
            d.t(head)
        while self.todo:
            self.drop(d, p=1.0)


# --------------------------------------------------------------------------------------------------
# Shared pieces
# --------------------------------------------------------------------------------------------------


def _vitals(r: random.Random) -> str:
    return (f"T {r.choice(['97.9', '98.4', '99.1', '100.6', '101.8', '98.0'])} HR {r.randint(62, 118)} "
            f"BP {r.randint(104, 168)}/{r.randint(58, 96)} RR {r.randint(12, 24)} SpO2 {r.randint(91, 100)}% RA")


def _labs(r: random.Random) -> str:
    return (f"___ 06:10AM BLOOD WBC-{r.randint(5, 19)}.{r.randint(0, 9)}{'*' if r.random() < 0.5 else ''} "
            f"RBC-{r.randint(3, 5)}.{r.randint(10, 99)} Hgb-{r.randint(10, 15)}.{r.randint(0, 9)} "
            f"Hct-{r.randint(31, 46)}.{r.randint(0, 9)} Plt Ct-{r.randint(150, 420)}\n"
            f"___ 06:10AM BLOOD Glucose-{r.randint(80, 180)} UreaN-{r.randint(8, 30)} Creat-0.{r.randint(6, 9)} "
            f"Na-{r.randint(128, 142)} K-{r.randint(3, 5)}.{r.randint(0, 9)} Cl-{r.randint(95, 106)} "
            f"HCO3-{r.randint(20, 28)}\n"
            f"___ 06:10AM BLOOD CRP-{r.randint(3, 180)}.{r.randint(0, 9)} ESR-{r.randint(5, 90)}\n")


def _ds_header(d: _Doc, P: _Planter, r: random.Random, service: str, allergy: str, sex: str) -> None:
    P.field(d, "PERSON", "Name:  {PERSON:lf}                  ", "Name:  ___                  ", 0.25)
    P.field(d, "MRN", "Unit No:   {MRN}\n", "Unit No:   ___\n", 0.35)
    d.t(" \n")
    P.field(d, "DATE_REAL_YEAR", "Admission Date:  {DATE_REAL_YEAR}              ",
            "Admission Date:  ___              ", 0.2)
    d.t("Discharge Date:   ___\n \n")
    P.field(d, "DATE_REAL_YEAR", "Date of Birth:  {DATE_REAL_YEAR:dob}             ",
            "Date of Birth:  ___             ", 0.3)
    d.t(f"Sex:   {sex}\n \nService: {service}\n \nAllergies: \n{allergy}\n \n")
    P.field(d, "PERSON", "Attending: {PERSON}.\n \n", "Attending: ___.\n \n", 0.3)


def _allergy(r: random.Random) -> str:
    return r.choice(["Patient recorded as having No Known Allergies to Drugs", "Penicillins", "Sulfa (Sulfonamide "
                     "Antibiotics) / Codeine", "Cephalosporins", "latex", "Doxycycline (GI upset)",
                     "No Known Allergies / Adverse Drug Reactions", "[[Bactrim]] (rash)"])


def _age_lead(d: _Doc, P: _Planter, r: random.Random, p: float = 0.6) -> None:
    P.field(d, "AGE_OVER_89", r.choice(["{AGE_OVER_89} year old ", "{AGE_OVER_89} y/o ", "{AGE_OVER_89}-year-old "]),
            "___ year old ", p)


def _rad_footer(d: _Doc, P: _Planter, r: random.Random) -> None:
    if r.random() < 0.6:
        d.t("\nRECOMMENDATION(S):  " + r.choice([
            "Clinical follow-up of the wound; repeat radiographs in 10-14 days if pain persists.",
            "If symptoms progress despite antibiotics, further cross-sectional imaging may help.",
            "Correlate with wound cultures and inflammatory markers.",
            "Follow-up imaging after treatment to document resolution."]) + "\n")
    if r.random() < 0.55:
        d.t("\nNOTIFICATION:  The findings were discussed with ")
        P.field(d, "PERSON", "Dr. {PERSON}", "___, M.D.", 0.45)
        d.t(" by ___ on the telephone on ___ at ___, ")
        P.field(d, "PHONE", "at {PHONE}, ", "", 0.4)
        d.t(f"{r.randint(2, 40)} minutes after discovery of the findings.\n")
    d.t("\n")
    P.drop(d, 0.5)
    style = r.randrange(3)
    if style == 0:
        P.field(d, "PERSON", "Dictated by: {PERSON}, MD\n", "Dictated by: ___\n", 0.5)
        d.t(f"Transcribed via [[Powerscribe 360]] v{_LOOK['ver'](r)}\n")
    elif style == 1:
        d.t("---------------------------------------------\n")
        P.field(d, "ACCOUNT", "Accession #: {ACCOUNT:acc}    ", "Accession #: ___    ", 0.5)
        P.field(d, "MRN", "MRN: {MRN}\n", "MRN: ___\n", 0.5)
        d.t(f"Viewer: [[Visage 7]].{r.randint(1, 30)}   Exam code {_LOOK['cpt'](r)}\n")
    else:
        d.t("Electronically signed: ___ ")
        P.field(d, "DATE_REAL_YEAR", "({DATE_REAL_YEAR})\n",
                f"({_sdate(r)} {r.randint(7, 22)}:{r.randint(10, 59)})\n", 0.4)
    P.flush(d, r.choice(["", "ADDENDUM:\n", "\n[Registration banner - pasted]\n", "Comment: "]))


_PAD = [
    "NOTE: This report was generated with voice recognition software; minor transcription errors may be "
    "present. Contact the reading radiologist through the department operator with any questions.\n",
    "RADIATION SAFETY: Dose-reduction techniques were used, including automated exposure control and "
    "adjustment of mA/kV according to patient size, per departmental protocol.\n",
    "Clinical correlation is recommended. Follow-up imaging may be considered if symptoms persist or if "
    "there is clinical concern for progression of infection despite antibiotic therapy.\n",
    "The case was reviewed against the departmental protocol for bite injuries: radiographs are obtained for "
    "deep punctures over joints, suspected retained tooth fragments, or crush injury.\n",
]


def _pad(d: _Doc, r: random.Random, floor: int = 1150) -> None:
    order = list(range(len(_PAD)))
    r.shuffle(order)
    for k in order:
        if d.n >= floor:
            return
        d.t("\n" + _PAD[k])


# --------------------------------------------------------------------------------------------------
# Discharge-type builders
# --------------------------------------------------------------------------------------------------


def _b_dog_bite(r: random.Random, d: _Doc, P: _Planter) -> None:
    site = r.choice(["left hand", "right hand", "right forearm", "left calf", "right thigh", "left index finger",
                     "right thumb", "scalp", "left forearm", "right ankle", "left buttock"])
    breed = r.choice(_DOG_BREEDS)
    whose = r.choice(["a neighbor's", "the family's own", "a stray", "her daughter's", "a co-worker's",
                      "an unknown loose", "a friend's", "a customer's"])
    sex = r.choice("MF")
    _ds_header(d, P, r, r.choice(["EMERGENCY MEDICINE", "ED OBSERVATION", "PLASTIC SURGERY", "ORTHOPAEDICS"]),
               _allergy(r), sex)
    d.t(f"Chief Complaint:\ndog bite, {site}\n \nMajor Surgical or Invasive Procedure:\n"
        f"<<Irrigation and loose approximation of laceration|none|Bedside wound exploration and irrigation>>\n"
        " \nHistory of Present Illness:\n")
    _age_lead(d, P, r)
    dog_age = r.randint(1, 14)
    d.t(f"{'man' if sex == 'M' else 'woman'} with <<no significant PMH|type 2 DM|HTN|asplenia|CLL on ibrutinib|RA "
        f"on methotrexate>> "
        f"who was bitten by {whose} [[{dog_age}-year-old]] [[{breed}]] on the {site} at approximately ___ today. "
        f"The bite was <<unprovoked|provoked (patient was separating two dogs)|provoked while feeding the "
        f"dog|unprovoked, while jogging past the yard>>. "
        f"Bleeding controlled with pressure at home. ")
    if r.random() < 0.5:
        d.t(f"The dog, named \"[[{_LOOK['pet'](r)}]]\", wears county rabies tag {{L:tag}} and has microchip "
            "{L:microchip}; the owner showed a rabies certificate. ")
    else:
        d.t("Vaccination status of the animal is unknown; the animal was not captured. ")
    d.t(f"Last tetanus booster per patient was [[in {r.randint(1998, 2021)}]].\n \n")
    P.drop(d, 0.3)
    d.t("Past Medical History:\n")
    d.t(r.choice(["- HTN\n- hyperlipidemia\n", "- T2DM, last A1c 7.9%\n- obesity\n", "- none\n",
                  "- splenectomy after MVC\n- GERD\n", "- asthma\n- anxiety\n"]))
    d.t(" \nSocial History:\n")
    P.drop(d, 0.25)
    d.t(r.choice(["Lives with partner. Works as a mail carrier. No tobacco.",
                  "Retired. Lives alone with two cats. Occasional wine.",
                  "Student. Lives with parents. Denies drugs.",
                  f"Recently returned from [[{_LOOK['country'](r)}]]; was licked by street dogs there."]) + "\n \n")
    d.t(f"Physical Exam:\nVS: {_vitals(r)}\n")
    d.t(f"{site.capitalize()}: {r.choice(['two', 'three', 'four', 'multiple'])} puncture wounds and a "
        f"{r.randint(1, 6)}.{r.randint(0, 9)} cm jagged laceration, no exposed tendon. "
        "<<[[Kanavel]] signs absent.|Cap refill < 2 s, [[Allen test]] normal.|Full ROM, sensation intact."
        "|No crepitus; no fluctuance.>>\n "
        f"\n")
    d.t("Pertinent Results:\n")
    d.t(r.choice(["Plain films: no fracture or radiopaque foreign body.\n", "No labs drawn.\n",
                  "Wound culture sent: [[Gram stain]] with rare GNR.\n", _labs(r)]))
    d.t(" \nBrief Hospital Course / ED Course:\n")
    d.t(f"Wound irrigated with {r.choice(['1 L', '2 L', '500 mL'])} normal saline under pressure, explored, "
        "<<left open|loosely approximated with 4-0 [[Ethilon]]|closed with [[Dermabond]] and [[Steri-Strips]]>>. "
        f""
        f"Started [[Augmentin]] 875/125 mg PO BID. Tdap ([[{r.choice(['Boostrix', 'Adacel'])}]]) given. ")
    d.t(r.choice(["Rabies PEP not indicated given a healthy, vaccinated dog available for 10-day observation. ",
                  "Rabies PEP initiated (HRIG and vaccine day 0) because the dog could not be located. ",
                  "Rabies PEP deferred pending the 10-day observation of the dog, per [[ACIP]] guidance. "]))
    d.t("Bite reported to the county health department as required. Reference: "
        "[[<<www.cdc.gov/rabies|health.ny.gov>>]].\n \n")
    P.drop(d, 0.35)
    d.t("Medications on Admission:\n1. lisinopril 10 mg daily\n \nDischarge Medications:\n"
        "1. Amoxicillin-Clavulanic Acid 875-125 mg PO Q12H x 5 days\n2. Acetaminophen 650 mg PO Q6H PRN pain\n"
        f"3. [[{r.choice(['Motrin', 'Tylenol'])}]] as directed\n \n")
    d.t(f"Discharge Disposition:\nHome\n \nDischarge Diagnosis:\nDog bite of {site} (<<[[W54.0XXA]]|[[W54.0XXA]], "
        f"[[S61.451A]]|[[W54.0XXA]], [[Z20.3]]>>)\n \n"
        "Discharge Condition:\nMental Status: Clear and coherent.\nActivity Status: Ambulatory - Independent.\n \n")
    d.t("Discharge Instructions:\nKeep the wound clean and elevated. Return for spreading redness, fever, "
        "pus or numbness. If the dog becomes ill or dies during the 10-day observation, call the health "
        "department immediately. Poison and medication questions: {L:tollfree}.\n \n")
    P.drop(d, 0.4)
    d.t(f"Followup Instructions:\nWound check in 48 hours in the [[{r.choice(_DEPTS[:5])}]].\n")
    P.flush(d, r.choice(["", "\nAddendum:\n", "\n"]))


def _b_cat_bite(r: random.Random, d: _Doc, P: _Planter) -> None:
    side = r.choice(["right", "left"])
    finger = r.choice(["index", "middle", "ring", "small", "thumb"])
    sex = r.choice("MF")
    _ds_header(d, P, r, r.choice(["PLASTIC SURGERY", "HAND SURGERY", "ORTHOPAEDICS", "MEDICINE"]), _allergy(r), sex)
    d.t(f"Chief Complaint:\n{side} hand swelling after cat bite\n \nMajor Surgical or Invasive Procedure:\n"
        f"{side.capitalize()} {finger} finger flexor sheath irrigation, incision and drainage\n \n"
        "History of Present Illness:\n")
    _age_lead(d, P, r)
    d.t(f"{'M' if sex == 'M' else 'F'} bitten by <<her own|his own|a neighbor|a feral|a rescue>> "
        f"[[{r.choice(_CAT_BREEDS)}]] cat on the volar {side} {finger} finger {r.randint(1, 4)} days prior to "
        "admission. Developed progressive swelling, erythema tracking to the wrist, and pain with passive "
        f"extension. {r.choice(['Three of four', 'All four', 'Two of four'])} [[Kanavel]] signs present on arrival. "
        "Afebrile. Started on IV [[Unasyn]] 3 g q6h in the ED.\n \n")
    P.drop(d, 0.3)
    d.t("Past Medical History:\n" + r.choice(["Hypothyroidism\nOsteopenia\n", "None\n",
                                              "Type 2 diabetes\nCKD stage 3a\n", "Breast cancer s/p lumpectomy\n"]))
    d.t(" \nSocial History:\n")
    d.t(r.choice(["Lives with three indoor cats. Works as a librarian.", "Cat fosterer for a local rescue.",
                  "Lives with husband; the cat is up to date on rabies vaccine."]) + "\n \n")
    d.t(f"Physical Exam:\n{_vitals(r)}\n{side.capitalize()} hand: fusiform swelling of the {finger} finger, "
        "tenderness along the flexor sheath, two punctures at the PIP crease. Radial pulse 2+.\n \n")
    d.t("Pertinent Results:\n" + _labs(r))
    d.t(f"Wound culture: [[{r.choice(['Pasteurella multocida', 'Pasteurella canis', 'Capnocytophaga canimorsus'])}]], "
        "beta-lactamase negative. Blood cultures no growth at 48 h.\n")
    d.t("Hand XR: soft tissue swelling, no fracture, no gas. MRI: tenosynovitis without osteomyelitis.\n \n")
    P.drop(d, 0.3)
    d.t("Brief Hospital Course:\n")
    d.t(f"Taken to the OR on HD1 for flexor sheath irrigation and I&D; a [[Penrose]] drain was left and "
        f"removed on HD3. Dressed with [[Xeroform]] and [[Kerlix]]. Hand therapy started for ROM. "
        f"Transitioned to [[Augmentin]] 875 mg BID to complete {r.choice(['14', '10', '21'])} days. "
        f"<<Rabies PEP not needed: cat is vaccinated and under home observation.|Cat observed at home for "
        f"10 days; remained healthy.|Tetanus up to date.>>\n \n")
    P.drop(d, 0.35)
    d.t("Discharge Medications:\n1. Amoxicillin-Clavulanic Acid 875 mg PO BID\n2. Oxycodone 5 mg PO Q6H PRN\n"
        "3. Acetaminophen 1000 mg PO TID\n \nDischarge Disposition:\nHome\n \n"
        f"Discharge Diagnosis:\nCat bite with flexor tenosynovitis, {side} {finger} finger "
        "(<<[[W55.01XA]]|[[W55.01XA]], [[L03.011]]>>)\n \n"
        "Discharge Condition:\nAlert, ambulatory, dressing clean.\n \nDischarge Instructions:\n"
        "Elevate the hand above the heart. Perform range-of-motion exercises five times a day. Call for fever.\n \n")
    P.drop(d, 0.3)
    d.t("Followup Instructions:\n[[<<Hand Surgery clinic|Plastic Surgery|Wound Care Center>>]] in 5-7 days.\n")
    P.flush(d, r.choice(["", "\nAddendum:\n", "\n-- pasted from follow-up call --\n"]))


def _b_pep(r: random.Random, d: _Doc, P: _Planter) -> None:
    ic = r.random() < 0.25
    days = [0, 3, 7, 14, 28] if ic else [0, 3, 7, 14]
    day = r.choice(days)
    base = date(r.randint(2110, 2190), r.randint(1, 12), r.randint(1, 28))
    fmt = r.choice(["%Y-%m-%d", "%m/%d/%Y"])

    def on(k: int) -> str:
        return (base + timedelta(days=k)).strftime(fmt)

    kg = r.randint(38, 121) + r.randint(0, 9) / 10
    hrig = r.choice([("HyperRAB", 300), ("KEDRAB", 150), ("Imogam Rabies-HT", 150)])
    vac = r.choice(["RabAvert", "Imovax Rabies"])
    d.t(f"RABIES POST-EXPOSURE PROPHYLAXIS - VISIT (Day {day})\n")
    P.field(d, "PERSON", "Patient: {PERSON:lf}     ", "Patient: ___     ", 0.3)
    P.field(d, "MRN", "MRN: {MRN}\n", "Unit No: ___\n", 0.4)
    d.t(f"Visit: {on(day)}   Location: [[<<Infusion Center|Emergency Department>>]] chair {r.randint(1, 14)}\n")
    P.field(d, "ACCOUNT", "Encounter: {ACCOUNT:enc}\n", "Encounter: ___\n", 0.35)
    d.t(" \nExposure summary:\n")
    _age_lead(d, P, r, 0.5)
    d.t(r.choice([
        "patient bitten on the hand by a raccoon while securing a garbage can; animal not captured.",
        "patient woke with a bat in the bedroom; the bat escaped before it could be tested.",
        "patient scratched and bitten by a stray kitten that later died; kitten not available for testing.",
        f"patient bitten by a monkey at a temple in [[{_LOOK['country'](r)}]]; no PEP given abroad.",
        "patient bitten by a fox that was acting strangely near the chicken coop; fox killed, head too "
        "damaged to test.",
        "patient's dog fought a skunk; patient handled the dog's saliva-covered muzzle with a cut on the hand.",
    ]) + "\n")
    d.t(f"Prior rabies vaccination: {r.choice(['none', 'none known', 'PrEP series as a vet student (2 doses)'])}.  "
        f"Immunocompromised: {'yes - on methotrexate; 5-dose schedule and titer planned' if ic else 'no'}.\n \n")
    P.drop(d, 0.3)
    d.t(f"Weight: {kg:.1f} kg\n")
    if day == 0:
        iu = round(20 * kg)
        d.t(f"HRIG: [[{hrig[0]}]] {hrig[1]} IU/mL; 20 IU/kg x {kg:.1f} kg = {iu} IU ({iu / hrig[1]:.1f} mL). "
            "Infiltrated around the wound(s) as much as anatomically feasible; remainder IM in the anterolateral "
            "thigh, distant from the vaccine site.\n  Lot {L:lot}   Exp {L:exp}   NDC {L:ndc}\n")
    d.t(f"Vaccine: [[{vac}]] 1 mL IM {r.choice(['left', 'right'])} deltoid (never gluteal).\n"
        "  Lot {L:lot}   Exp {L:exp}\n \n")
    d.t("| Dose | Day | Date       | Given | Site       |\n|------|-----|------------|-------|------------|\n")
    for k, dd in enumerate(days):
        given = "yes" if dd <= day else "due"
        site = r.choice(["L deltoid", "R deltoid"]) if dd <= day else "         "
        d.t(f"| {k + 1}    | {dd:<3} | {on(dd):<10} | {given:<5} | {site}  |\n")
    d.t(" \n")
    P.drop(d, 0.35)
    d.t(f"Observation: 15 minutes post injection, no reaction. {_vitals(r)}\n"
        f"Pre-medicated with [[{r.choice(['Benadryl', 'Zyrtec', 'Tylenol'])}]] for prior local reactions.\n"
        "Education: series must be completed on schedule; mild arm soreness, headache and low-grade fever are "
        "expected. Report hives, wheeze or weakness. VIS given.\n")
    d.t("Billing: CPT {L:cpt}, {L:cpt}; dx <<[[Z20.3]]|[[Z20.3]], [[W55.81XA]]|[[Z20.3]], [[Z23]]>>.\n"
        "Vaccine maker's medical information line (public): {L:tollfree}.\n \n")
    P.drop(d, 0.35)
    if day == days[-1]:
        d.t("Series complete today." + (" Titer (RFFIT) due in 2-4 weeks.\n" if ic else "\n"))
    else:
        nxt = days[days.index(day) + 1]
        d.t(f"Next dose: Day {nxt} on {on(nxt)}.\n")
    d.t("Plan reviewed with the patient, who verbalized understanding. "
        "<<Ride home arranged.|Work note provided.|Titer to be drawn 2-4 weeks after the last dose (RFFIT).>>\n")
    d.t(" \n")
    P.field(d, "PERSON", "Administered by: {PERSON}, RN\n", "Administered by: ___, RN\n", 0.35)
    P.field(d, "PERSON", "Supervising provider: {PERSON} MD\n", "Supervising provider: ___\n", 0.3)
    P.flush(d, r.choice(["", "Addendum: ", "\n"]))


def _b_bite_report(r: random.Random, d: _Doc, P: _Planter) -> None:
    species = r.choice(["dog", "dog", "cat", "ferret", "horse", "goat"])
    breed = r.choice(_DOG_BREEDS) if species == "dog" else r.choice(_CAT_BREEDS) if species == "cat" else species
    d.t("URGENT CARE VISIT NOTE\n")
    _ds_header(d, P, r, "URGENT CARE", _allergy(r), r.choice("MF"))
    d.t("Chief Complaint:\nanimal bite, needs report\n \nHistory of Present Illness:\n")
    _age_lead(d, P, r, 0.5)
    d.t(f"patient bitten by a {species} on the {r.choice(['hand', 'wrist', 'shin', 'forearm', 'thigh'])}; "
        "details in the county form pasted below. Wound cleaned, [[Betadine]] scrub, dressed.\n \n")
    d.t("=== ANIMAL BITE / RABIES EXPOSURE REPORT (county form, pasted) ===\n")
    P.field(d, "ORGANIZATION", "Reporting facility: {ORGANIZATION:hosp}\n", "Reporting facility: ___\n", 0.45)
    P.field(d, "ACCOUNT", "Report no.: {ACCOUNT:ac}      ", "Report no.: ___      ", 0.5)
    P.field(d, "ORGANIZATION", "Routed to: {ORGANIZATION:agency}\n", "Routed to: ___\n", 0.45)
    d.t("VICTIM\n")
    P.field(d, "PERSON", "  Name: {PERSON:lf}    ", "  Name: ___    ", 0.3)
    P.field(d, "DATE_REAL_YEAR", "DOB: {DATE_REAL_YEAR:dob}    ", "DOB: ___    ", 0.3)
    P.field(d, "AGE_OVER_89", "Age: {AGE_OVER_89}\n", "Age: ___\n", 0.5)
    P.field(d, "STREET_ADDRESS", "  Address: {STREET_ADDRESS}", "  Address: ___", 0.4)
    P.field(d, "LOCATION", ", {LOCATION:town}", ", ___", 0.4)
    P.field(d, "ZIP", " {ZIP}\n", " ___\n", 0.5)
    P.field(d, "PHONE", "  Phone: {PHONE}\n", "  Phone: ___\n", 0.4)
    d.t("EXPOSURE\n  Date/time: {L:sdate} ___    ")
    P.field(d, "LOCATION", "Where: {LOCATION}\n", "Where: ___\n", 0.4)
    d.t(f"  Type: {r.choice(['bite', 'bite, skin broken', 'scratch', 'saliva into open wound'])}   "
        f"Provoked: {r.choice(['Y', 'N', 'unknown'])}\n")
    d.t(f"ANIMAL\n  Species: {species}   Breed: [[{breed}]]   Color: <<brindle|black/white|tan|grey tabby|red>>"
        f"   Name: \"[[{_LOOK['pet'](r)}]]\"\n")
    P.field(d, "PERSON", "  Owner: {PERSON}   ", "  Owner: ___   ", 0.4)
    P.field(d, "PHONE", "Owner tel: {PHONE}\n", "Owner tel: ___\n", 0.4)
    P.field(d, "STREET_ADDRESS", "  Owner address: {STREET_ADDRESS}\n", "  Owner address: ___\n", 0.4)
    d.t("  Rabies vaccine: " + r.choice(["current (3-yr)", "expired", "unknown", "never"]) +
        "   Tag #: {L:tag}   Microchip: {L:microchip}\n")
    P.field(d, "ORGANIZATION", "  Veterinarian: {ORGANIZATION:vet}\n", "  Veterinarian: ___\n", 0.45)
    d.t("DISPOSITION\n  " + r.choice(["10-day confinement at owner's home", "10-day confinement at shelter",
                                      "euthanized; head submitted to the state rabies laboratory",
                                      "animal not located"]) + "\n")
    P.field(d, "PERSON", "  Animal control officer: {PERSON}   ", "  Animal control officer: ___   ", 0.4)
    P.field(d, "VEHICLE_ID", "Unit plate: {VEHICLE_ID}\n", "Unit: ___\n", 0.5)
    d.t(f"  PEP recommended: {r.choice(['no', 'yes', 'pending observation'])}\n"
        "=== END OF FORM ===\n \n")
    P.drop(d, 0.35)
    d.t(f"Assessment and Plan:\n{species.capitalize()} bite ([[{_BITE_ICD[species]}]]). Tdap <<given|up to date>>. "
        "[[Augmentin]] x 3 days prophylaxis. Form faxed to the county; instructions given about the "
        "observation period. State rabies information: [[health.ny.gov]].\n \n")
    d.t("Discharge Disposition:\nHome\n \nFollowup Instructions:\nPCP in 2-3 days for wound check.\n")
    P.flush(d, r.choice(["", "\nAddendum:\n", "\n"]))


def _b_bat(r: random.Random, d: _Doc, P: _Planter) -> None:
    sex = r.choice("MF")
    _ds_header(d, P, r, "INFECTIOUS DISEASE (consult)", _allergy(r), sex)
    d.t("Reason for consult:\nbat exposure - need for rabies PEP\n \nHistory of Present Illness:\n")
    _age_lead(d, P, r)
    who = r.choice(["woke at ___ to find a bat flying in the bedroom", "found a bat on the pillow next to a "
                    "sleeping toddler", "felt something brush the neck while asleep; a bat was seen on the curtains",
                    "was bitten on the finger while removing a bat from the attic with bare hands"])
    d.t(f"{'man' if sex == 'M' else 'woman'} who {who}. "
        f"<<No bite marks were seen.|A possible tiny puncture on the left forearm was noted.|Unable to "
        f"exclude contact.>> "
        "The bat (<<[[Eptesicus fuscus]], big brown bat|[[Myotis lucifugus]], little brown bat"
        "|species not identified>>) "
        f""
        f"<<was captured and submitted for testing|escaped through an open window|was killed with a broom "
        f"and discarded>>.\n"
        f"Other household members: <<spouse (awake, no contact)|two children sleeping in the room|none>>.\n \n")
    P.drop(d, 0.3)
    preg = "Pregnancy, 22 weeks\n" if sex == "F" else "Gout\n"
    d.t("Past Medical History:\n" + r.choice(["Migraine\n", "None\n", preg, "HIV on ART, CD4 640\n"]))
    d.t(" \nPhysical Exam:\n" + _vitals(r) + "\nSkin: no visible puncture wounds on face, neck or hands; "
        "no [[Horner]] syndrome or focal neurologic deficit.\n \n")
    d.t("Results:\n")
    d.t(r.choice(["State laboratory DFA on bat brain: NEGATIVE for rabies virus antigen.\n",
                  "State laboratory DFA: unsatisfactory specimen (decomposed).\n",
                  "Bat not available for testing.\n",
                  "State laboratory DFA: POSITIVE for rabies virus antigen.\n"]))
    d.t(" \nAssessment:\nBat in the sleeping quarters of a person who cannot reliably exclude a bite; "
        "per [[ACIP]] this is a potential exposure. Human rabies is almost uniformly fatal; the "
        "[[Milwaukee protocol]] has not proven effective.\n \n")
    P.drop(d, 0.35)
    d.t(f"Recommendations:\n1. HRIG 20 IU/kg ([[{r.choice(['HyperRAB', 'KEDRAB', 'Imogam Rabies-HT'])}]]), full dose "
        f"infiltrated at any wound, remainder IM.\n2. [[<<RabAvert|Imovax Rabies>>]] 1 mL IM deltoid on days "
        "0, 3, 7 and 14.\n3. If the bat tests negative the series may be stopped.\n4. Household contacts "
        "assessed individually.\n5. Seal the house; information at [[www.cdc.gov/rabies]].\n \n")
    P.drop(d, 0.35)
    d.t("Discharge Disposition:\nHome; remaining doses in the [[Infusion Center]].\n")
    P.field(d, "PERSON", "\nID consult: {PERSON}, MD\n", "\nID consult: ___, MD\n", 0.3)
    P.flush(d, r.choice(["", "Addendum: ", "\n-- phone note --\n"]))


def _b_wild(r: random.Random, d: _Doc, P: _Planter) -> None:
    sex = r.choice("MF")
    scen = r.randrange(4)
    _ds_header(d, P, r, r.choice(["MEDICINE", "HAND SURGERY", "INFECTIOUS DISEASE"]), _allergy(r), sex)
    cc = ["macaque bite to forearm", "raccoon bite to hand", "raptor talon puncture of hand",
          "snapping turtle bite of finger"][scen]
    d.t(f"Chief Complaint:\n{cc}\n \nHistory of Present Illness:\n")
    _age_lead(d, P, r)
    if scen == 0:
        d.t("primate keeper bitten through a glove on the forearm by a rhesus macaque during a transfer. "
            "Wound scrubbed for 15 minutes with [[Hibiclens]] on site. Colony status for "
            "[[Macacine herpesvirus 1]] (B virus) positive. Baseline serology and wound swab for B virus PCR sent "
            "to the national reference lab. Started [[Valtrex]] 1 g PO TID x 14 days.\n")
    elif scen == 1:
        d.t("licensed wildlife rehabilitator bitten on the hand by an orphaned raccoon kit while bottle-feeding. "
            "Kit euthanized and submitted for rabies testing; result pending at discharge. Has had rabies PrEP "
            "(2-dose series); booster vaccine on days 0 and 3 given, no HRIG per [[ACIP]].\n")
    elif scen == 2:
        d.t("volunteer at a raptor center, footed by a red-tailed hawk through a glove; puncture to the thenar "
            "eminence. Developed cellulitis; culture grew [[Staphylococcus aureus]] (MSSA). Treated with "
            "[[Keflex]] then [[Cleocin]] for intolerance.\n")
    else:
        d.t("reptile keeper bitten by a snapping turtle on the small finger during tank cleaning; crush "
            "injury with laceration. Culture grew [[Aeromonas hydrophila]] and [[Salmonella]] group B. "
            "Treated with ciprofloxacin.\n")
    d.t(" \n")
    P.drop(d, 0.3)
    d.t("Past Medical History:\n" + r.choice(["None\n", "Asthma\n", "Psoriasis on adalimumab\n", "Hypothyroid\n"]))
    d.t(" \nSocial History:\n" + r.choice(["Works full time with animals; up to date on PrEP.",
                                          "Lives with partner; volunteers weekends.",
                                          "Formerly worked at a zoo in [[Florida]]."]) + "\n \n")
    d.t(f"Physical Exam:\n{_vitals(r)}\nWound: {r.randint(1, 4)} punctures, surrounding erythema "
        f"{r.randint(2, 9)} cm, no lymphangitic streaking. [[Tinel sign]] negative at the carpal tunnel.\n \n")
    d.t("Pertinent Results:\n" + _labs(r) + " \n")
    P.drop(d, 0.35)
    d.t("Brief Hospital Course:\nWound care, elevation and antibiotics as above. Occupational health and the "
        "employer were notified; the incident was logged for the facility's biosafety committee. Neurologic "
        "checks were normal throughout. Patient was counselled on symptoms that should prompt return: "
        "vesicles at the wound, numbness, fever, headache, weakness.\n \n")
    d.t("Discharge Medications:\n" + r.choice(["1. Valacyclovir 1 g PO TID x 14 days\n", "1. Cephalexin "
        "500 mg PO QID\n",
                                               "1. Ciprofloxacin 750 mg PO BID\n", "1. Amoxicillin-clavulanate "
                                               "875 mg BID\n"]))
    d.t(f" \nDischarge Diagnosis:\n{cc} ([[{['W55.81XA', 'W55.81XA', 'W61.99XA', 'W59.21XA'][scen]}]])\n "
        f"\nFollowup Instructions:\n[[{r.choice(_DEPTS[1:4])}]] "
        f"in 1 week.\n")
    P.flush(d, r.choice(["", "\nAddendum:\n", "\n"]))


def _b_farm(r: random.Random, d: _Doc, P: _Planter) -> None:
    sex = r.choice("MF")
    scen = r.randrange(4)
    _ds_header(d, P, r, r.choice(["MEDICINE", "INFECTIOUS DISEASE", "DERMATOLOGY (consult)"]), _allergy(r), sex)
    dx = ["Brucellosis", "Acute Q fever", "Orf (contagious ecthyma)", "Erysipeloid"][scen]
    cc = ["fevers, sweats, back pain", "fever, headache, cough", "nodule on the finger",
          "painful purple rash of the hand"][scen]
    d.t(f"Chief Complaint:\n{cc}\n"
        " \nHistory of Present Illness:\n")
    _age_lead(d, P, r)
    if scen == 0:
        d.t(f"dairy worker with {r.randint(3, 8)} weeks of undulant fevers, drenching night sweats, malodorous sweat "
            f"and low back pain. Drinks raw milk from the farm's [[<<Nubian|Alpine>>]] goats and assisted "
            "with kidding this spring; two does aborted. Blood cultures grew a small gram-negative coccobacillus "
            f"identified as [[<<Brucella melitensis|Brucella abortus>>]]; the lab was alerted for exposure.\n")
    elif scen == 1:
        d.t("sheep farmer who helped with lambing of [[Dorset]] ewes three weeks ago, now with high fever, severe "
            "retro-orbital headache, dry cough and transaminitis. [[Coxiella burnetii]] phase II IgG 1:1024, "
            "IgM 1:256. Echo without vegetation; [[Duke criteria]] not met.\n")
    elif scen == 2:
        d.t("hobby farmer who bottle-fed lambs with sore mouths, now with a 1.5 cm weeping target-like nodule on "
            "the dorsal index finger. Parapoxvirus PCR positive. Self-limited; no antivirals indicated.\n")
    else:
        d.t("worker at a hog and fish market with a well-demarcated violaceous plaque of the hand after a "
            "puncture while handling carcasses. Biopsy culture grew [[Erysipelothrix rhusiopathiae]]. "
            "Penicillin-allergic, so treated with a fluoroquinolone.\n")
    d.t(f"Herd: [[{r.choice(['Holstein', 'Jersey', 'Nubian', 'Dorset', 'Rhode Island Red'])}]] animals; "
        f"farm dog and barn cats.\n \n")
    P.drop(d, 0.3)
    d.t("Past Medical History:\n" + r.choice(["None\n", "HTN\n", "Prior MRSA skin infection\n", "Valve repair\n"]))
    d.t(f" \nPhysical Exam:\n{_vitals(r)}\n{_FARM_EXAM[scen]}\n \n")
    d.t("Pertinent Results:\n" + _labs(r))
    d.t([f"Serology: [[Rose Bengal]] positive; SAT 1:{r.choice(['160', '320', '640'])}. ",
         f"Phase I IgG 1:{r.choice(['64', '128'])}; ALT {r.randint(90, 260)}. ",
         "Biopsy: ballooning keratinocytes with eosinophilic inclusions. ",
         "[[Gram stain]] of the biopsy: gram-positive rods. "][scen] + f"ESR {r.randint(10, 90)}.\n \n")
    P.drop(d, 0.35)
    d.t(f"Brief Hospital Course:\n{dx}. ")
    d.t(["Doxycycline 100 mg BID plus [[Rifadin]] 600 mg daily for 6 weeks; lab personnel offered "
         "post-exposure prophylaxis. ", "Doxycycline 100 mg BID for 14 days; follow-up serology at 3 and 6 "
         "months to screen for chronic infection. ", "Wound care only; covered with a dressing. ",
         "Levofloxacin for 7 days. "][scen])
    d.t("Reportable condition: the county health department was notified; the state agriculture authorities "
        "may contact the farm. The patient was counselled about raw milk, gloves and parturition products.\n \n")
    code = ["A23.1", "A78", "B08.02", "A26.0"][scen]
    d.t(f"Discharge Disposition:\nHome\n \nDischarge Diagnosis:\n{dx} ([[{code}]])\n \n")
    d.t(f"Followup Instructions:\n[[{r.choice(['Infectious Disease clinic', 'Occupational Health'])}]] in 2 weeks.\n")
    P.flush(d, r.choice(["", "\nAddendum:\n", "\n"]))


def _b_vet(r: random.Random, d: _Doc, P: _Planter) -> None:
    scen = r.randrange(4)
    d.t("EMPLOYEE HEALTH / OCCUPATIONAL MEDICINE VISIT\n")
    P.field(d, "PERSON", "Employee: {PERSON:lf}   ", "Employee: ___   ", 0.35)
    P.field(d, "ORGANIZATION", "Employer: {ORGANIZATION:vet}\n", "Employer: ___\n", 0.45)
    P.field(d, "DATE_REAL_YEAR", "DOB: {DATE_REAL_YEAR:dob}   ", "DOB: ___   ", 0.3)
    d.t("Job: <<veterinary technician|kennel assistant|associate veterinarian|receptionist|groomer>>\n"
        "Visit: {L:sdate}\n \nHistory:\n")
    _age_lead(d, P, r, 0.4)
    if scen == 0:
        d.t("employee bitten on the thenar eminence by a fractious cat during nail trim; the cat is a patient of "
            f"the clinic, a [[{r.choice(_CAT_BREEDS)}]] named \"[[{_LOOK['pet'](r)}]]\" (microchip {{L:microchip}}), "
            "current on rabies vaccine. Wound scrubbed immediately.\n")
    elif scen == 1:
        d.t("employee with accidental self-injection of [[RB51]] Brucella vaccine into the left index finger "
            "while vaccinating "
            "heifers on a farm call. RB51 is rifampin-resistant; started doxycycline 100 mg BID plus TMP-SMX "
            "([[Bactrim]]) for 21 days. Serology by SAT is not useful for RB51.\n")
    elif scen == 2:
        d.t("employee with ulcerated nodules ascending the forearm in a lymphangitic pattern after a scratch "
            "from a cat with "
            "draining lesions. Culture: [[Sporothrix schenckii]] complex. Itraconazole 200 mg daily.\n")
    else:
        d.t("employee with annular scaly plaques on the forearms after handling kittens from a shelter litter; "
            "[[Microsporum canis]] on fungal culture. Topical terbinafine; work with gloves and long sleeves.\n")
    d.t(f"Rabies PrEP: {r.choice(['3-dose series', '2-dose series', 'not done'])}. Last [[RFFIT]] titer "
        f"{r.choice(['0.9', '2.4', '0.3', '>5.0'])} IU/mL (acceptable >= 0.5).\n \n")
    P.drop(d, 0.35)
    d.t(f"Exam:\n{_vitals(r)}\nHand: punctures without deep-space swelling; [[Finkelstein]] negative; "
        "no epitrochlear node.\n \nAssessment / Plan:\n")
    d.t(r.choice(["Occupational animal bite, low rabies risk. [[Augmentin]] 3 days. Return to work with gloves.",
                  "Occupational vaccine exposure; medication as above; baseline labs.",
                  "Occupational zoonotic infection; treated as above; OSHA log entry made.",
                  "Dermatophyte infection; off work 48 h after starting treatment."]) + "\n")
    d.t("Workers' compensation form C-3 completed with the employee. Group policy held by the employer: "
        "{L:group} (not the employee's id).\n \n")
    P.drop(d, 0.4)
    P.field(d, "PERSON", "Occupational health provider: {PERSON}, NP\n", "Occupational health provider: ___\n", 0.3)
    P.field(d, "FAX", "Return-to-work note faxed to employer at {FAX}\n", "Return-to-work note faxed to employer.\n",
            0.4)
    d.t(f"Clinic information line (public): {{L:tollfree}}.  Zoonoses fact sheets: [[{_LOOK['site'](r)}]]\n")
    _pad(d, r, 1150)
    P.flush(d, r.choice(["", "\nAddendum:\n", "\n"]))


def _b_psittacosis(r: random.Random, d: _Doc, P: _Planter) -> None:
    sex = r.choice("MF")
    bird = r.choice(_BIRDS)
    _ds_header(d, P, r, "MEDICINE", _allergy(r), sex)
    d.t("Chief Complaint:\nfever, dry cough, headache\n \nMajor Surgical or Invasive Procedure:\nnone\n \n"
        "History of Present Illness:\n")
    _age_lead(d, P, r)
    d.t(f"{'man' if sex == 'M' else 'woman'} with {r.randint(5, 12)} days of fever to 103F, severe headache, "
        f"myalgias and a non-productive cough. <<Bought a|Works at a pet store; cares for a|Adopted a>> "
        f"[[{bird}]] three weeks ago; the bird <<died last week|has ruffled feathers and diarrhea|seems well>>. "
        f"{r.choice(['No travel.', 'Also keeps pigeons.', 'Spouse has a milder illness.'])}\n \n")
    P.drop(d, 0.3)
    d.t("Past Medical History:\n" + r.choice(["COPD\n", "None\n", "Hypertension\nGout\n", "Smoker 20 pack-years\n"]))
    d.t(f" \nPhysical Exam:\n{_vitals(r)}\nRelative bradycardia. Crackles at the right base. Faint macular rash "
        "on the trunk. No meningismus.\n \nPertinent Results:\n" + _labs(r))
    d.t(f"[[Chlamydia psittaci]] PCR (sputum): detected. Legionella urine antigen negative. "
        f"CXR: <<right lower lobe consolidation|patchy bilateral infiltrates|left lower lobe opacity>>. "
        f"[[CURB-65]] {r.randint(0, 3)}; [[PORT class]] {r.choice(['II', 'III', 'IV'])}.\n \n")
    P.drop(d, 0.35)
    d.t("Brief Hospital Course:\nPsittacosis. Started doxycycline 100 mg IV then PO BID with rapid "
        "defervescence; hyponatremia corrected. <<Required 2 L nasal cannula briefly.|High-flow ([[Optiflow]]) "
        "for 24 h.|No oxygen requirement.>> "
        ""
        "The county health department was notified (reportable) and is tracing the birds' source; the bird "
        "should be evaluated and treated by an avian veterinarian. Guidance: [[www.cdc.gov/psittacosis]].\n \n")
    d.t("Discharge Medications:\n1. Doxycycline hyclate 100 mg PO BID x 10 more days ([[Vibramycin]])\n"
        "2. Benzonatate 100 mg PO TID PRN cough\n \nDischarge Disposition:\nHome\n \n"
        "Discharge Diagnosis:\nPsittacosis ([[A70]])\n \n")
    P.drop(d, 0.3)
    d.t("Followup Instructions:\nPCP in 1 week; repeat chest film in 6 weeks.\n")
    P.flush(d, r.choice(["", "\nAddendum:\n", "\n"]))


# --------------------------------------------------------------------------------------------------
# Radiology builders
# --------------------------------------------------------------------------------------------------


def _rad_top(d: _Doc, P: _Planter, r: random.Random, exam: str, indication: str) -> None:
    d.t(f"EXAMINATION:  {exam}\n \nINDICATION:  ")
    P.field(d, "AGE_OVER_89", r.choice(["{AGE_OVER_89} year old ", "{AGE_OVER_89}-year-old "]), "___ year old ", 0.6)
    d.t(f"{r.choice(['woman', 'man'])} with {indication}\n \n")
    if r.random() < 0.5:
        d.t("CLINICAL INFORMATION:  " + r.choice([
            "Seen in the ED; wound irrigated; on amoxicillin-clavulanate. Afebrile.",
            "Outside urgent care started antibiotics two days ago without improvement.",
            "Immunosuppressed (renal transplant); low threshold for imaging.",
            "Rabies PEP in progress; tetanus updated.",
            "Diabetic; WBC elevated; CRP rising."]) + "\n \n")
    P.field(d, "PERSON", "REFERRING:  Dr. {PERSON}\n \n", "", 0.2)


def _comparison(d: _Doc, P: _Planter, r: random.Random) -> None:
    d.t("COMPARISON:  ")
    P.field(d, "DATE_REAL_YEAR", "Outside radiographs dated {DATE_REAL_YEAR}.\n \n",
            r.choice(["None.\n \n", "___.\n \n", f"Radiographs from {_sdate(r)}.\n \n"]), 0.35)


def _b_xr_hand(r: random.Random, d: _Doc, P: _Planter) -> None:
    side = r.choice(["RIGHT", "LEFT"])
    animal = r.choice(["dog", "cat", "cat", "horse", "pig"])
    _rad_top(d, P, r, f"HAND (PA, LAT AND OBLIQUE) {side}",
             f"{animal} bite to the {side.lower()} hand {r.randint(1, 5)} days ago, swelling. Evaluate for fracture, "
             "retained tooth fragment, soft-tissue gas or osteomyelitis.")
    d.t(f"TECHNIQUE:  Three views of the {side.lower()} hand on a [[Carestream DRX]] portable detector.\n \n")
    _comparison(d, P, r)
    d.t("FINDINGS: \n \n")
    bone, fb = r.randrange(3), r.randrange(2)
    digit = r.choice(["second", "third", "fifth"])
    d.t(["There is no acute fracture or dislocation. ",
         f"There is a nondisplaced fracture through the base of the {digit} proximal phalanx, likely from the "
         "crush injury. ",
         "Subtle cortical irregularity of the third metacarpal head is new. "][bone])
    d.t(["No radiopaque foreign body or tooth fragment is identified. ",
         "A 2 mm radiopaque density in the thenar soft tissues may represent a retained tooth fragment. "][fb])
    d.t("Soft tissue swelling is present over the dorsum of the hand<<| and the second MCP joint| extending "
        "to the wrist>>. "
        "<<No subcutaneous gas.|Small locules of subcutaneous gas are likely related to the wounds.|No "
        "soft-tissue gas.>> "
        "Joint spaces are preserved. No periosteal reaction. Mineralization is normal. "
        "No erosion to suggest septic arthritis. The carpus is intact.\n \n")
    P.drop(d, 0.3)
    d.t("IMPRESSION: \n \n")
    d.t(["1. Soft tissue swelling without fracture.\n",
         f"1. Nondisplaced fracture of the {digit} proximal phalangeal base.\n",
         "1. Subtle cortical irregularity of the third metacarpal head; osteomyelitis not excluded. "
         "MRI recommended. No [[Brodie abscess]] pattern.\n"][bone])
    d.t(["2. No radiopaque foreign body.\n", "2. Possible retained tooth fragment in the thenar soft tissues.\n"][fb])
    _rad_footer(d, P, r)
    _pad(d, r)


def _b_ct_deep(r: random.Random, d: _Doc, P: _Planter) -> None:
    region = r.choice(["FOREARM", "HAND", "NECK SOFT TISSUE"])
    col = r.randrange(3)
    _rad_top(d, P, r, f"CT {region} WITH IV CONTRAST",
             f"{r.choice(['dog', 'cat'])} bite with progressive swelling and fever despite oral antibiotics; "
             "evaluate for abscess, deep space infection or necrotizing infection.")
    d.t(f"TECHNIQUE:  Helical CT on a [[SOMATOM]] scanner after {r.choice(['80', '100'])} mL "
        f"[[{r.choice(['Omnipaque 350', 'Isovue-300'])}]] IV. Multiplanar reformats. "
        f"DLP {r.randint(180, 620)} mGy-cm; CTDIvol {r.randint(5, 25)}.{r.randint(0, 9)} mGy.\n \n")
    _comparison(d, P, r)
    d.t("FINDINGS: \n \n")
    if region == "NECK SOFT TISSUE":
        d.t("Multiple puncture tracts in the left submandibular soft tissues with surrounding fat stranding. "
            + ["A rim-enhancing collection measures 2.1 x 1.4 x 1.8 cm. ", "No drainable collection. ",
               "Phlegmonous change without abscess. "][col] +
            "The airway is patent. The internal jugular vein and carotid arteries opacify normally without "
            "thrombosis or pseudoaneurysm. No retropharyngeal extension. No cervical spine fracture.\n \n")
    else:
        d.t(f"Extensive subcutaneous edema along the {r.choice(['dorsal', 'volar', 'radial'])} aspect. "
            + ["A rim-enhancing fluid collection in the thenar space measures 2.3 x 1.1 cm. ",
               "Fluid along the flexor tendon sheath suggests tenosynovitis. ", "No abscess. "][col] +
            "<<No soft tissue gas.|A few foci of gas along the puncture tracts.|No gas tracking along "
            "fascial planes.>> "
            "No fracture or periosteal reaction. The radial and ulnar arteries opacify normally. "
            "Muscles enhance symmetrically without evidence of myositis or necrosis.\n \n")
    P.drop(d, 0.35)
    d.t("IMPRESSION: \n \n")
    d.t(["1. Abscess as above, amenable to drainage.\n2. No osseous involvement.\n",
         "1. Cellulitis without drainable collection.\n",
         "1. Phlegmon without abscess; no vascular injury.\n"][col])
    d.t("Findings posted to the ED dashboard at ___.\n")
    _rad_footer(d, P, r)
    _pad(d, r)


def _b_cxr(r: random.Random, d: _Doc, P: _Planter) -> None:
    _rad_top(d, P, r, r.choice(["CHEST (PA AND LAT)", "CHEST (PORTABLE AP)"]),
             "fever, cough and <<exposure to a sick pet-store cockatiel|recent sheep lambing|a new parakeet "
             "at home|work in a bird room>>; "
             "eval for pneumonia (psittacosis vs Q fever).")
    d.t(f"TECHNIQUE:  {r.choice(['PA and lateral views of the chest.', 'Single frontal portable view.'])}\n \n")
    _comparison(d, P, r)
    d.t("FINDINGS: \n \n")
    d.t(r.choice([
        "There is a dense consolidation in the right lower lobe with air bronchograms. ",
        "Patchy bilateral airspace opacities, greatest in the lower lobes. ",
        "Rounded opacities in the left lower lobe, a pattern described in Q fever pneumonia. ",
        "Hazy opacity in the lingula, possibly early pneumonia. "]))
    d.t(r.choice(["No pleural effusion. ", "Small right pleural effusion. ", "Trace bilateral effusions. "]))
    d.t("No pneumothorax. The cardiomediastinal silhouette is within normal limits. Hilar contours are "
        f"{r.choice(['normal', 'slightly prominent, likely reactive lymph nodes'])}. "
        "Osseous structures are unremarkable. The upper abdomen is unremarkable. "
        f"<<Lines and tubes: none.|Right PICC terminates at the cavoatrial junction.|ECG leads overlie "
        f"the chest.>>\n \n")
    P.drop(d, 0.35)
    d.t("IMPRESSION: \n \n")
    d.t(r.choice(["Findings consistent with pneumonia in the appropriate clinical setting; atypical organisms such as "
                  "[[Chlamydia psittaci]] can produce this appearance.\n",
                  "Multifocal pneumonia. Recommend follow-up radiographs in 6-8 weeks to document resolution.\n",
                  "Early right basilar pneumonia not excluded.\n"]))
    _rad_footer(d, P, r)
    _pad(d, r)


def _b_mri(r: random.Random, d: _Doc, P: _Planter) -> None:
    side = r.choice(["RIGHT", "LEFT"])
    _rad_top(d, P, r, f"MR HAND {side} WITH AND WITHOUT CONTRAST",
             f"cat bite {r.randint(1, 4)} weeks ago with persistent swelling despite antibiotics; evaluate for "
             "osteomyelitis or septic arthritis.")
    d.t(f"TECHNIQUE:  Multiplanar T1, T2 fat-suppressed and STIR images; post-contrast T1 fat-suppressed images "
        f"after {r.randint(5, 9)} mL [[{r.choice(['Gadavist', 'Dotarem'])}]] IV.\n \n")
    _comparison(d, P, r)
    d.t("FINDINGS: \n \n")
    mr = r.randrange(3)
    d.t([f"Marrow edema with corresponding T1 hypointensity in the {r.choice(['third', 'second', 'fourth'])} "
         "metacarpal head with cortical breakthrough, compatible with osteomyelitis. Joint effusion with synovial "
         "enhancement at the adjacent MCP joint, concerning for septic arthritis. ",
         "Marrow edema without T1 signal change, likely reactive osteitis. Fluid distending the flexor tendon "
         "sheath with sheath enhancement (tenosynovitis). ",
         "No marrow signal abnormality. No joint effusion. "][mr])
    d.t("Diffuse subcutaneous edema dorsally. No drainable collection larger than 1 cm. Flexor and extensor "
        "tendons are intact without tear. The median and ulnar nerves are normal in caliber; no [[Tinel sign]] "
        "correlate. Intrinsic muscles show mild edema.\n \n")
    P.drop(d, 0.35)
    d.t("IMPRESSION: \n \n")
    d.t(["1. Osteomyelitis of the metacarpal head.\n2. Probable septic arthritis of the adjacent MCP joint.\n",
         "1. Flexor tenosynovitis; reactive marrow edema without osteomyelitis.\n",
         "1. Cellulitis; no osteomyelitis or abscess.\n"][mr])
    _rad_footer(d, P, r)
    _pad(d, r)


def _b_us(r: random.Random, d: _Doc, P: _Planter) -> None:
    scen = r.randrange(2)
    if scen == 0:
        _rad_top(d, P, r, f"US SOFT TISSUE AXILLA {r.choice(['RIGHT', 'LEFT'])}",
                 "tender axillary mass three weeks after a kitten scratch on the forearm; question cat-scratch "
                 "disease ([[Bartonella henselae]]) versus abscess.")
    else:
        _rad_top(d, P, r, f"US SOFT TISSUE FOREARM {r.choice(['RIGHT', 'LEFT'])}",
                 "<<dog|cat|ferret|raccoon>> bite with fluctuant swelling; evaluate for drainable "
                 "collection.")
    d.t(f"TECHNIQUE:  Grayscale and color Doppler ultrasound with a {r.choice(['12', '15', '18'])}-MHz linear "
        "transducer.\n \n")
    _comparison(d, P, r)
    d.t("FINDINGS: \n \n")
    if scen == 0:
        d.t(f"There are {r.choice(['two', 'three', 'several'])} enlarged hypoechoic lymph nodes, the largest "
            f"{r.randint(18, 42)} x {r.randint(10, 25)} mm, with loss of the fatty hilum and increased hilar "
            f"vascularity. {r.choice(['A central anechoic area suggests suppuration.', 'No internal necrosis.'])} "
            "Surrounding fat is echogenic. No discrete abscess. Warthin-Starry staining of a prior biopsy is not "
            "available for correlation.\n \n")
        d.t("(Reference: [[Warthin-Starry]] silver stain and serology are the usual confirmatory tests.)\n \n")
    else:
        d.t(f"A complex hypoechoic collection measuring {r.randint(12, 40)} x {r.randint(8, 20)} x "
            f"{r.randint(6, 18)} mm with posterior acoustic enhancement and peripheral hyperemia lies in the "
            "subcutaneous tissues deep to the puncture site. No internal flow. Cobblestoning of the surrounding "
            "fat is consistent with cellulitis. The underlying muscle fascia is intact. No foreign body.\n \n")
    P.drop(d, 0.35)
    d.t("IMPRESSION: \n \n")
    d.t(["Reactive / suppurative lymphadenopathy, compatible with cat-scratch disease in the right clinical "
         "context.\n", "Subcutaneous abscess, amenable to incision and drainage. Cellulitis.\n"][scen])
    _rad_footer(d, P, r)
    _pad(d, r)


def _b_ct_face(r: random.Random, d: _Doc, P: _Planter) -> None:
    _rad_top(d, P, r, "CT MAXILLOFACIAL WITHOUT CONTRAST",
             f"dog bite to the face by a [[{r.choice(_DOG_BREEDS)}]]; lacerations of the cheek and lip, evaluate for "
             "fracture.")
    d.t("TECHNIQUE:  Axial helical CT of the face without contrast; coronal and sagittal reformats; 3D "
        f"surface renderings. DLP {r.randint(300, 900)} mGy-cm.\n \n")
    _comparison(d, P, r)
    d.t("FINDINGS: \n \n")
    fx, tooth = r.randrange(3), r.randrange(2)
    d.t(["No facial fracture. ", "Minimally displaced fracture of the nasal bones. ",
         f"Nondisplaced fracture of the {r.choice(['left', 'right'])} zygomatic arch. "][fx])
    d.t(f"Soft-tissue lacerations and subcutaneous gas in the {r.choice(['left', 'right'])} cheek and upper lip. "
        + ["No radiopaque foreign body or tooth fragment. ",
           "A 3 mm dense fragment in the cheek may be a tooth fragment. "][tooth] +
        "The orbits and globes are intact; no retrobulbar hematoma. The parotid gland and duct region show "
        "<<no injury|stranding; duct injury cannot be excluded clinically>>. Paranasal sinuses are clear. "
        "The mandible and temporomandibular joints are intact. Visualized brain parenchyma is unremarkable.\n \n")
    P.drop(d, 0.35)
    d.t("IMPRESSION: \n \n")
    d.t(["1. Facial soft tissue injury without fracture.\n", "1. Nasal bone fracture and cheek lacerations.\n",
         "1. Zygomatic arch fracture and cheek lacerations.\n"][fx])
    d.t(["2. No retained foreign body.\n", "2. Possible retained tooth fragment in the cheek.\n"][tooth])
    d.t("Plastic surgery aware. No [[Bell palsy]] pattern clinically per the ED note.\n")
    _rad_footer(d, P, r)
    _pad(d, r)


# --------------------------------------------------------------------------------------------------
# Heavy blocks, kinds, plants
# --------------------------------------------------------------------------------------------------


def _heavy_block(d: _Doc, r: random.Random, note_type: str) -> None:
    if note_type == "radiology":
        d.t("\n[Outside study import - demographics]\nPatient: ___   DOB: ___   MRN: ___   Acc: ___\n"
            "Referring: ___   Phone: ___   Fax: ___\nOutside facility: ___   Address: ___, ___, ___ ___\n"
            "Ordering provider: ___   NPI: ___   Callback: ___\nPerforming tech: ___   Reading: ___\n"
            "Prior: ___ at ___ (___)   Report to: ___   CD ref: ___\nGuarantor: ___   Member: ___   Plan: ___\n")
    else:
        d.t("\nExposure follow-up contacts:\n  Patient: ___   Phone: ___   Alt: ___\n"
            "  Guardian: ___   Relationship: ___   Phone: ___\n"
            "  Animal owner / seller: ___   Address: ___, ___, ___ ___\n"
            "  Veterinarian: ___   Clinic: ___   Phone: ___   Fax: ___\n"
            "  Animal control officer: ___   Vehicle: ___\n"
            "  Health dept nurse: ___   Phone: ___   Case #: ___\n"
            "  PCP: ___   Practice: ___   Fax: ___\n")


_KINDS: dict[str, tuple[str, Callable[[random.Random, _Doc, _Planter], None]]] = {
    "ed_dog_bite": ("discharge", _b_dog_bite),
    "cat_bite_admit": ("discharge", _b_cat_bite),
    "rabies_pep_visit": ("discharge", _b_pep),
    "county_bite_report": ("discharge", _b_bite_report),
    "bat_exposure_consult": ("discharge", _b_bat),
    "wildlife_zoo_injury": ("discharge", _b_wild),
    "farm_zoonosis": ("discharge", _b_farm),
    "vet_staff_exposure": ("discharge", _b_vet),
    "psittacosis_admit": ("discharge", _b_psittacosis),
    "xr_hand_bite": ("radiology", _b_xr_hand),
    "ct_deep_infection": ("radiology", _b_ct_deep),
    "cxr_zoonotic_pneumonia": ("radiology", _b_cxr),
    "mri_hand_osteo": ("radiology", _b_mri),
    "us_soft_tissue": ("radiology", _b_us),
    "ct_face_dog_bite": ("radiology", _b_ct_face),
}
DOCUMENT_KINDS = tuple(_KINDS)

_GROUPS: dict[str, set[str]] = {
    "ed_dog_bite": {"any", "dis", "bite"},
    "cat_bite_admit": {"any", "dis", "bite"},
    "rabies_pep_visit": {"any", "dis", "pep", "bite"},
    "county_bite_report": {"any", "dis", "bite", "pep"},
    "bat_exposure_consult": {"any", "dis", "pep", "bat"},
    "wildlife_zoo_injury": {"any", "dis", "wild", "bite"},
    "farm_zoonosis": {"any", "dis", "farm"},
    "vet_staff_exposure": {"any", "dis", "vet", "bite"},
    "psittacosis_admit": {"any", "dis", "bird"},
    "xr_hand_bite": {"any", "rad", "bite"},
    "ct_deep_infection": {"any", "rad", "bite"},
    "cxr_zoonotic_pneumonia": {"any", "rad", "bird", "farm"},
    "mri_hand_osteo": {"any", "rad", "bite"},
    "us_soft_tissue": {"any", "rad", "bite", "vet"},
    "ct_face_dog_bite": {"any", "rad", "bite"},
}

_FARM_EXAM = ["Splenomegaly 2 cm below the costal margin. Sacroiliac tenderness on the right.",
              "Lungs with bibasilar crackles. Mild hepatomegaly.",
              "1.5 cm umbilicated nodule as described; no lymphadenopathy.",
              "Violaceous plaque with a raised edge sparing the fingertip."]
_BITE_ICD = {"dog": "W54.0XXA", "cat": "W55.01XA", "ferret": "W55.81XA", "horse": "W55.11XA",
             "goat": "W55.31XA"}
_RAD_SHARE = 0.45
_W1, _W2, _W3 = 0.6180339887498949, 0.7548776662466927, 0.5698402909980532


def document_kind(seed: int, i: int) -> str:
    r = random.Random(f"h65-kind:{seed}:{i}")
    dis = [k for k, (t, _) in _KINDS.items() if t == "discharge"]
    rad = [k for k, (t, _) in _KINDS.items() if t == "radiology"]
    return r.choice(rad) if r.random() < _RAD_SHARE else r.choice(dis)


def _is_heavy(i: int) -> bool:
    return i % 20 == 13


def _plants(seed: int, i: int) -> list[str]:
    """Categories planted in note i: Weyl sequences, so totals over many notes are stable."""
    if _is_heavy(i):
        return []
    if (i * _W1 + seed * 0.4142135623730951) % 1.0 >= 0.6105:
        return []
    v = (i * _W2 + seed * 0.2360679774997897) % 1.0
    k = 1 if v < 0.36 else 2 if v < 0.70 else 3 if v < 0.90 else 4
    cats = []
    for j in range(k):
        u = ((i * 4 + j) * _W3 + seed * 0.3183098861837907) % 1.0
        cats.append(CATEGORIES[int(u * len(CATEGORIES))])
    return cats


def _build(seed: int, i: int) -> tuple[LabelledNote, list[str], str]:
    kind = document_kind(seed, i)
    note_type, builder = _KINDS[kind]
    r = random.Random(f"h65:{seed}:{i}")
    heavy = _is_heavy(i)
    cats = _plants(seed, i)
    d = _Doc(r)
    P = _Planter(r, cats, _GROUPS[kind])
    builder(r, d, P)
    P.flush(d)
    if heavy:
        _heavy_block(d, r, note_type)
    if len(d.spans) != len(cats):
        raise AssertionError(f"note {seed}:{i}: {len(d.spans)} spans for {cats}")
    return LabelledNote(note_type, d.text(), sorted(d.spans)), d.looks, "heavy" if heavy else "normal"


def holdout65_note(seed: int, i: int) -> LabelledNote:
    return _build(seed, i)[0]


def holdout65_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout65_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = holdout_measure.measure(
        holdout65_corpus, argv, "Held-out corpus 65 (animal bites, zoonoses, veterinary exposures)")
    holdout_measure.report("holdout65", args, notes, hits, res)


if __name__ == "__main__":
    main()
