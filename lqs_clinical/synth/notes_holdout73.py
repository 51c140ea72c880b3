"""Held-out corpus 73: elder law, guardianship, financial exploitation and capacity around an admission.

MIMIC-IV-Note-shaped discharge and radiology notes for older adults whose admission raises questions of
decision-making capacity, suspected financial exploitation or abuse, guardianship, powers of attorney,
long-term-care Medicaid and placement. Most identifiers are masked as ``___``; about 58% of the notes carry
one to four identifiers that escaped masking (labelled spans); 5% are heavy notes (many ``___``, no plants).
Unmasked clinical dates are shifted into 2100-2200 and never labelled.

Document kinds (discharge type):
    geri_discharge      geriatric medicine discharge summary (admission after a fall / self-neglect)
    capacity_consult    psychiatry consultation-liaison capacity evaluation (decision-specific)
    sw_assessment       social work psychosocial assessment with APS referral
    aps_referral        pasted Adult Protective Services referral form (financial exploitation)
    ethics_consult      clinical ethics consultation (surrogate, proxy, disputed placement)
    court_affirmation   physician affirmation / letter supporting a guardianship petition (Article 81)
    bank_hold_note      case-management note on a bank or credit-union fraud hold and calls
    medicaid_ltc        long-term-care Medicaid application, look-back and spend-down note
    snf_transfer        nursing-home placement and transfer summary (PRI/SCREEN, bed offer)
    family_meeting      interdisciplinary family meeting note (HCP agent, POA, attorney present)
    neuropsych_report   neuropsychological evaluation report bearing on capacity
Document kinds (radiology type):
    ct_head             CT head without contrast (fall, cognitive decline)
    mri_dementia        MRI brain dementia protocol with volumetrics
    skeletal_survey     skeletal survey for suspected elder abuse
    ct_face_cspine      CT maxillofacial / cervical spine after an unwitnessed injury
    chest_ribs          chest radiograph and rib series for unexplained bruising
    pet_brain           FDG / amyloid PET brain for capacity-related work-up

Label policy (copied from the task brief):
PERSON is one span per name (given and family together, titles outside); LOCATION is a place below
state level (a street line is STREET_ADDRESS; town and ZIP are separate spans; states and countries
are never labelled, and "New York" alone is the state); ORGANIZATION is a named hospital, practice, pharmacy (a
chain's store too), agency, school or employer, never a generic department, and never a drug maker, biotech or
trial sponsor named as such (a jail, prison or court is one; a payer or insurer named as such is not).
DATE_REAL_YEAR is a whole date carrying a year 1900-2030 (a bare year is not labelled; a device, drug or lot
expiry date is not labelled; a death date is). AGE_OVER_89 labels the digits of ages >= 90. DEVICE_ID is a device
serial (for a GS1 UDI only the (21) serial) or a hospital asset tag; lot, GTIN, REF, model and expiry are not
identifiers. A toll-free phone number (800, 888, 877, 866, 855, 844, 833) is a public line: never labelled; a
device maker's or vendor's toll-free fax neither, a practice's toll-free fax is FAX. ACCOUNT covers account,
encounter, incident/run, accession, order, requisition, claim and specimen numbers, and a vendor's call or session
id for the patient's encounter; HEALTH_PLAN member, subscriber and policy ids (an employer's group number is not
the member's id: leave it unlabelled); LICENSE medical, nursing, EMS, DEA and driver's licences and a clinician's
NPI. Spans hold the value only: cue words ("Dr.", "MRN:", "pager", "Fax", "SN", "plate", "Acct") and credentials
("MD", "RN") stay outside.

Conventions of this corpus (theme-specific choices):
- A bank, credit-union or brokerage account number of the patient is ACCOUNT; ABA/routing numbers belong to the
  bank and are unlabelled look-alikes, as are check numbers and dollar amounts.
- A fraud-case or dispute reference that a bank gives the patient is ACCOUNT; an APS intake or report number is
  ACCOUNT; hospital encounter, radiology accession and claim numbers are ACCOUNT.
- Probate, guardianship and Supreme Court index/docket and court file numbers are masked (``___``, no category);
  a representative-payee (BNC) number and an SSA claim number are masked too.
- A court, a bank or credit-union branch, a brokerage, a law firm or elder-law practice, a nursing home, an
  assisted-living facility, a senior center, a local area agency on aging / county office for the aging, a county
  department of social services, a home-care agency, a police department and a hospital are ORGANIZATION.
- The Social Security Administration, CMS, Medicaid and Medicare as programmes, Adult Protective Services as the
  state programme, and national banks named only as brands in generic statements stay unlabelled.
- An attorney's bar registration number is LICENSE, as are physicians' licences, NPIs, RN licences and the
  patient's driver's licence; a Medicaid CIN, Medicare MBI, Medicare Advantage member id or Medigap policy number
  is HEALTH_PLAN.
- A personal fundraising page or a law firm's client-portal link for the patient is URL; public bodies' websites
  (ssa.gov, medicare.gov, eldercare.acl.gov ...) are look-alikes.
- A personal-emergency-response pendant serial, implant serial, hearing-aid serial or hospital asset tag is
  DEVICE_ID; the patient's car plate or VIN is VEHICLE_ID; IP addresses from a bank's login log are IP_ADDRESS.
- Statutes (MHL Article 81, SCPA 17-A, 42 U.S.C. 1396p), form numbers, ICD-10/CPT codes, cognitive scores, drug
  and scanner brands, lot numbers, NDCs, software versions, toll-free lines, shifted dates, bare years, ages under
  90, US states and countries are unlabelled look-alikes.

Written blind: I read only the task brief (bench/holdout_corpus_task.md), lqs_clinical/synth/holdout_measure.py,
the first 45 lines of lqs_clinical/synth/notes.py, pyproject.toml, /work/shared/data/SOURCES.md, the opening of
/work/shared/reference/known-data-issues.md and the openings of four of the synthetic note-shaped samples under
/work/shared/data/note-shaped-samples/pyhealth-synthetic/ (two discharge, two radiology). No detector code, rule
file, other corpus, other test, benchmark or history was read, no git command but the final add and commit was
run, and the detector was never run or imported.
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Callable

from lqs_clinical.synth import holdout_measure
from lqs_clinical.synth.notes import LabelledNote

# --------------------------------------------------------------------------------------------------
# Plan: heavy / planted / note type / span count / categories (Weyl-style, stable counts)
# --------------------------------------------------------------------------------------------------

_GOLD = (5 ** 0.5 - 1) / 2
_SQ2 = 2 ** 0.5 - 1
_SQ3 = 3 ** 0.5 - 1
_SQ5 = 5 ** 0.5 - 2

_CAT_WEIGHTS = (
    ("PERSON", 16), ("ORGANIZATION", 14), ("ACCOUNT", 14), ("DATE_REAL_YEAR", 12), ("PHONE", 6),
    ("AGE_OVER_89", 6), ("LOCATION", 6), ("HEALTH_PLAN", 5), ("STREET_ADDRESS", 4), ("LICENSE", 4),
    ("FAX", 3), ("ZIP", 3), ("MRN", 3), ("EMAIL", 3), ("SSN", 2), ("PAGER", 2), ("URL", 2),
    ("DEVICE_ID", 2), ("VEHICLE_ID", 2), ("IP_ADDRESS", 2),
)
_CAT_TOTAL = sum(w for _, w in _CAT_WEIGHTS)


def _frac(x: float) -> float:
    return x - int(x)


def _pick_cat(u: float) -> str:
    acc = 0.0
    for cat, w in _CAT_WEIGHTS:
        acc += w / _CAT_TOTAL
        if u < acc:
            return cat
    return _CAT_WEIGHTS[-1][0]


def _plan(seed: int, i: int) -> tuple[str, str, list[str]]:
    """(note type, "heavy" | "planted" | "plain", planted categories)."""
    r = (i * 37 + seed * 11) % 100          # every residue exactly once per 100 consecutive notes
    status = "heavy" if r < 5 else ("planted" if r < 63 else "plain")
    ntype = "radiology" if (i * 53 + seed * 29) % 20 < 9 else "discharge"
    cats: list[str] = []
    if status == "planted":
        u = _frac(i * _SQ2 + seed * 0.137)
        n = 1 if u < 0.36 else 2 if u < 0.70 else 3 if u < 0.90 else 4
        cats = [_pick_cat(_frac((i * 4 + j) * _GOLD + seed * _SQ3)) for j in range(n)]
    return ntype, status, cats


# --------------------------------------------------------------------------------------------------
# Surrogate values (fictitious)
# --------------------------------------------------------------------------------------------------

_FIRST = (
    "Adaeze", "Bronisława", "Carmela", "Dorothea", "Eulalia", "Fumiko", "Giuseppina", "Hortense", "Imelda",
    "Jadwiga", "Klara", "Lucinda", "Marisol", "Nadezhda", "Ottilie", "Perpetua", "Rosalind", "Sunniva",
    "Thomasina", "Ursula", "Vivienne", "Winifred", "Yolanda", "Zofia", "Anselm", "Barnaby", "Cornelius",
    "Desmond", "Ezekiel", "Florian", "Gideon", "Horatio", "Ignatius", "Jerome", "Kwame", "Lorcan", "Mordecai",
    "Nikolai", "Osvaldo", "Percival", "Quentin", "Rupert", "Severin", "Thaddeus", "Ulrich", "Valentin",
    "Wendell", "Xiomara", "Yusuf", "Zebulon", "Priyanka", "Deshawn", "Mei-Ling", "Tomasz", "Anneliese",
    "Bartholomew", "Consuelo", "Delphine", "Evangeline", "Fitzgerald", "Graciela", "Hyacinth", "Ines",
)
_LAST = (
    "Abernathy", "Bellweather", "Castellano", "Dziedzic", "Eberhardt", "Fairclough", "Gallagher-Ruiz",
    "Haverford", "Iwasaki", "Jablonski", "Kowalczyk", "Lindqvist", "Mbeki", "Nakashima", "O'Rourke",
    "Pellegrino", "Quattlebaum", "Rasmussen", "Szczepanski", "Thistlewood", "Underhill", "Vasquez-Ortega",
    "Wojciechowski", "Yablonsky", "Zielinski", "Achterberg", "Brannigan", "Cromwell", "Delacroix", "Esposito",
    "Featherstone", "Grabowski", "Hollingsworth", "Ibarra", "Jankowski", "Kettleborough", "Lombardo",
    "McAllister", "Nwachukwu", "Okonkwo", "Papadopoulos", "Rinaldi", "Salcedo", "Tarantino", "Umberger",
    "Vanderbilt-Cho", "Whitlock", "Xenakis", "Youngblood", "Zamora", "Abeyta", "Birnbaum", "Czerniak",
    "Dimitriou", "Ferreira", "Goldfarb", "Hanrahan", "Krishnamurthy", "Leibowitz", "Moynihan", "Novak",
)
_TOWNS = (
    "Poughkeepsie", "Kingston", "Yonkers", "Mount Vernon", "New Rochelle", "Hempstead", "Massapequa",
    "Patchogue", "Astoria", "Flushing", "Bay Ridge", "Riverdale", "Mahopac", "Peekskill", "Newburgh",
    "Middletown", "Beacon", "Saugerties", "Hicksville", "Levittown", "Ossining", "Tarrytown", "Canarsie",
    "Elmhurst", "Schenectady", "Troy", "Cohoes", "Glens Falls", "Ronkonkoma", "Valley Stream", "Woodside",
    "Sunnyside", "Howard Beach", "Mamaroneck", "Port Chester", "Nyack", "Haverstraw", "Monticello",
)
_FAR_TOWNS = ("Boca Raton", "Delray Beach", "Cherry Hill", "Scranton", "Stamford", "Hartford", "Allentown",
              "Toms River", "Sarasota", "Myrtle Beach")
_STREETS = ("Orchard Lane", "Maple Avenue", "Cortlandt Street", "Ditmars Boulevard", "Old Post Road",
            "Quaker Ridge Road", "Vassar Road", "Hollis Court", "Linden Place", "Wyckoff Avenue",
            "Fenimore Road", "Sycamore Drive", "Bleecker Terrace", "Ridgewood Road", "Chestnut Street",
            "Van Cortlandt Park Ave", "Kettle Pond Rd", "Union Tpke", "Grand Concourse", "Beach 116th St")

_ORGS = {
    "court": ("Dutchess County Supreme Court", "Queens County Surrogate's Court", "Nassau County Supreme Court",
              "Westchester County Surrogate's Court", "Kings County Supreme Court", "Ulster County Family Court",
              "Orange County Surrogate's Court", "Suffolk County Supreme Court", "Bronx County Surrogate's Court"),
    "bank": ("Harrow Hill Savings Bank", "Corliss Trust Company", "Ferncliff Federal Savings",
             "Great Kills Savings & Loan", "Marlowe Street Savings Bank", "Kinderhook Community Bank",
             "Bayport Cooperative Bank"),
    "cu": ("Tappan Ridge Federal Credit Union", "Esopus Valley Credit Union", "Teachers' Mutual FCU of Yonkers",
           "Rondout Employees Credit Union", "Halfmoon Area Federal Credit Union"),
    "brokerage": ("Wendover Capital Brokerage", "Stanwick & Ames Securities", "Pellham Ridge Investments"),
    "law": ("Hollis & Reyes Elder Law Group", "Greenleaf Elder Law PLLC", "Saugatuck Elder Law Associates",
            "Pinebrook Trusts & Estates, P.C.", "Brannock, Ostrowski & Fell LLP", "Millbrook Legal Aid Society",
            "Whitcombe Elder Care Law"),
    "nh": ("Cedarbrook Rehabilitation and Nursing Center", "Maple Hollow Nursing Home",
           "Sunnyridge Center for Nursing & Rehabilitation", "The Willows at Fenmore",
           "St. Adalbert's Home for the Aged", "Bayview Manor Skilled Nursing", "Hudson Crest Care Center"),
    "alf": ("Briarwood Gardens Assisted Living", "The Heritage at Kettle Pond", "Amberleigh Senior Residence",
            "Lilac Court Enriched Housing", "Garnet Hill Assisted Living"),
    "senior": ("Rosedale Senior Center", "Greenpoint Neighbors Senior Center", "Olmsted Senior Club",
               "Sunset Park Older Adults Center", "Millrace Senior Citizens Center"),
    "aaa": ("Ulster County Office for the Aging", "Suffolk County Office for the Aging",
            "Westchester County Department of Senior Programs and Services",
            "Dutchess County Department of Social Services", "Orange County Office for the Aging",
            "Rockland County Office for the Aging"),
    "hosp": ("St. Brendan Medical Center", "Fairmount General Hospital", "Harlan Memorial Hospital",
             "Northfield Community Hospital", "Mercy Ridge Hospital", "Oakhurst Regional Medical Center"),
    "homecare": ("Tri-Borough Home Care Services", "Caring Hands Home Health", "Lantern Home Attendant Agency"),
    "police": ("Yonkers Police Department", "Town of Hempstead Police", "Kingston Police Department",
               "Suffolk County Police Department"),
    "pharm": ("Delmar Family Pharmacy", "Corbin Avenue Pharmacy", "Rite Stop Drugs"),
}
_ORG_ALL = tuple(o for v in _ORGS.values() for o in v)

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_MON3 = tuple(m[:3] for m in _MONTHS)
_NY_AREA = ("212", "718", "917", "347", "646", "516", "631", "914", "845", "518", "315", "585", "716", "607", "929")
_DOMAINS = ("gmail.com", "yahoo.com", "optonline.net", "verizon.net", "aol.com", "hollisreyeslaw.com",
            "greenleafelderlaw.com", "dcdss.example.ny.us", "saugatuckelder.com", "outlook.com")


def _name(rng: random.Random, sub: str) -> str:
    f, la = rng.choice(_FIRST), rng.choice(_LAST)
    if sub == "last":
        return la
    if sub == "first":
        return f
    if sub == "lf":
        return f"{la}, {f}"
    if sub == "upper":
        return f"{la.upper()}, {f.upper()}"
    u = rng.random()
    if u < 0.18:
        return f"{f} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {la}"
    if u < 0.25:
        return f"{f} {la}-{rng.choice(_LAST).split('-')[0]}"
    return f"{f} {la}"


def _date(rng: random.Random, lo: int, hi: int) -> str:
    y, m, d = rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)
    k = rng.randrange(8)
    if k == 0:
        return f"{m:02d}/{d:02d}/{y}"
    if k == 1:
        return f"{m}/{d}/{y}"
    if k == 2:
        return f"{y}-{m:02d}-{d:02d}"
    if k == 3:
        return f"{_MONTHS[m - 1]} {d}, {y}"
    if k == 4:
        return f"{d} {_MON3[m - 1]} {y}"
    if k == 5:
        return f"{_MON3[m - 1]}. {d}, {y}"
    if k == 6:
        return f"{d:02d}-{_MON3[m - 1].upper()}-{y}"
    return f"{d} {_MONTHS[m - 1]} {y}"


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _phone(rng: random.Random) -> str:
    a, b, c = rng.choice(_NY_AREA), f"{rng.randint(201, 989)}", _digits(rng, 4)
    k = rng.randrange(5)
    return (f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"+1 {a} {b} {c}", f"{a}/{b}-{c}")[k]


def _mbi(rng: random.Random) -> str:
    letters = "ACDEFGHJKMNPQRTUVWXY"
    an = letters + "0123456789"
    s = (str(rng.randint(1, 9)) + rng.choice(letters) + rng.choice(an) + rng.choice("0123456789")
         + rng.choice(letters) + rng.choice(an) + rng.choice("0123456789") + rng.choice(letters)
         + rng.choice(letters) + rng.choice("0123456789") + rng.choice("0123456789"))
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if rng.random() < 0.5 else s


def _up(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def _gen(rng: random.Random, cat: str, sub: str) -> str:  # noqa: C901 - one table of formats
    if cat == "PERSON":
        return _name(rng, sub)
    if cat == "ORGANIZATION":
        return rng.choice(_ORGS[sub] if sub in _ORGS else _ORG_ALL)
    if cat == "DATE_REAL_YEAR":
        lo, hi = {"dob": (1920, 1934), "poa": (2006, 2024), "death": (1998, 2024), "future": (2024, 2030)}.get(
            sub, (2015, 2025))
        return _date(rng, lo, hi)
    if cat == "AGE_OVER_89":
        return str(rng.choice((90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104)))
    if cat == "ACCOUNT":
        if sub == "bank":
            k = rng.randrange(3)
            return (_digits(rng, rng.randint(10, 12)), f"{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 3)}",
                    f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 4)}")[k]
        if sub == "cu":
            return rng.choice((f"{_digits(rng, 7)}-S{rng.randint(1, 9)}", f"00{_digits(rng, 8)}",
                               f"{_digits(rng, 6)}-{rng.randint(10, 99)}"))
        if sub == "brokerage":
            return rng.choice((f"{_up(rng, 3)}-{_digits(rng, 6)}", f"{_digits(rng, 4)}-{_digits(rng, 4)}",
                               f"{_up(rng, 1)}{_digits(rng, 8)}"))
        if sub == "fraud":
            return rng.choice((f"FRD-{_digits(rng, 8)}", f"FC{_digits(rng, 9)}",
                               f"{_digits(rng, 4)}-{_up(rng, 2)}{_digits(rng, 4)}",
                               f"{_digits(rng, 2)}{_up(rng, 1)}{_digits(rng, 7)}"))
        if sub == "dispute":
            return rng.choice((f"DSP{_digits(rng, 8)}", f"D-{_digits(rng, 6)}-{_digits(rng, 2)}",
                               f"{_digits(rng, 11)}"))
        if sub == "aps":
            return rng.choice((f"I-{rng.randint(21, 26)}-{_digits(rng, 6)}", f"{_digits(rng, 2)}-{_digits(rng, 5)}",
                               f"IR{_digits(rng, 7)}", f"{_up(rng, 2)}{_digits(rng, 6)}"))
        if sub == "acc":
            return rng.choice((f"RA{_digits(rng, 8)}", f"{_digits(rng, 8)}", f"R-{_digits(rng, 7)}",
                               f"{_digits(rng, 2)}-{_digits(rng, 6)}"))
        if sub == "claim":
            return rng.choice((f"CLM{_digits(rng, 10)}", f"{_digits(rng, 4)}-{_digits(rng, 6)}-{_digits(rng, 2)}"))
        return rng.choice((f"E{_digits(rng, 9)}", f"{_digits(rng, 10)}", _digits(rng, 8),
                           f"V{_digits(rng, 8)}"))
    if cat == "HEALTH_PLAN":
        if sub == "cin":
            return f"{_up(rng, 2)}{_digits(rng, 5)}{_up(rng, 1)}"
        if sub == "mbi":
            return _mbi(rng)
        if sub == "ma":
            return rng.choice((f"{_up(rng, 3)}{_digits(rng, 9)}", f"9{_digits(rng, 8)}-0{rng.randint(1, 3)}",
                               f"M{_digits(rng, 10)}"))
        return rng.choice((f"MSP-{_digits(rng, 8)}", f"{_digits(rng, 3)}-{_digits(rng, 6)}-A",
                           f"PL{_digits(rng, 9)}"))
    if cat == "LICENSE":
        if sub == "bar":
            return _digits(rng, 7).lstrip("0").rjust(7, "4")
        if sub == "npi":
            return "1" + _digits(rng, 9)
        if sub == "md":
            return rng.choice((f"{rng.randint(180000, 319999)}", f"{rng.randint(180, 319)}-{_digits(rng, 3)}"))
        if sub == "rn":
            return rng.choice((f"{rng.randint(500000, 799999)}", f"{rng.randint(500, 799)} {_digits(rng, 3)}"))
        return rng.choice((f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}", _digits(rng, 9),
                           f"{_up(rng, 1)}{_digits(rng, 8)}"))
    if cat in ("PHONE", "FAX"):
        return _phone(rng)
    if cat == "PAGER":
        return rng.choice((f"{rng.randint(2, 9)}-{_digits(rng, 4)}", _digits(rng, 5), _phone(rng),
                           _digits(rng, 4)))
    if cat == "EMAIL":
        f, la = rng.choice(_FIRST).lower().replace("-", ""), rng.choice(_LAST).lower().replace("'", "").replace("-", "")
        user = rng.choice((f"{f}.{la}", f"{f[0]}{la}", f"{la}{rng.randint(10, 99)}", f"{f}_{la[:4]}"))
        return f"{user}@{rng.choice(_DOMAINS)}"
    if cat == "URL":
        f, la = rng.choice(_FIRST).lower().replace("-", ""), rng.choice(_LAST).lower().replace("'", "").replace("-", "")
        return rng.choice((f"https://www.gofundme.com/f/help-{f}-{la}-stay-home",
                           f"www.caringbridge.org/visit/{f}{la}",
                           f"https://portal.hollisreyeslaw.com/client/{_digits(rng, 6)}",
                           f"https://www.facebook.com/{f}.{la}.{_digits(rng, 3)}",
                           f"http://{la}family.net/{f}"))
    if cat == "IP_ADDRESS":
        return f"{rng.randint(24, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if cat == "SSN":
        a, b, c = rng.randint(101, 665), rng.randint(10, 99), rng.randint(1000, 9999)
        return rng.choice((f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}"))
    if cat == "MRN":
        return rng.choice((_digits(rng, 8), f"{rng.randint(1, 9)}{_digits(rng, 6)}",
                           f"{rng.randint(1, 9)}{_digits(rng, 3)} {_digits(rng, 3)}"))
    if cat == "DEVICE_ID":
        if sub == "asset":
            return rng.choice((f"BA-{_digits(rng, 6)}", f"{_up(rng, 3)}{_digits(rng, 5)}", f"AT{_digits(rng, 7)}"))
        if sub == "udi":
            return f"{_up(rng, 2)}{_digits(rng, 7)}"
        return rng.choice((f"{_up(rng, 3)}{_digits(rng, 6)}{_up(rng, 1)}", f"{_digits(rng, 4)}-{_digits(rng, 4)}",
                           _digits(rng, 8) + _up(rng, 2)))
    if cat == "VEHICLE_ID":
        if sub == "vin":
            al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
            return "".join(rng.choice(al) for _ in range(17))
        return rng.choice((f"{_up(rng, 3)}-{_digits(rng, 4)}", f"{_up(rng, 3)} {_digits(rng, 4)}",
                           f"{_up(rng, 3)}{_digits(rng, 4)}"))
    if cat == "STREET_ADDRESS":
        line = f"{rng.randint(2, 4890)} {rng.choice(_STREETS)}"
        u = rng.random()
        if u < 0.25:
            line += rng.choice((f", Apt {rng.randint(1, 9)}{rng.choice('ABCDEFG')}", f" Apt. {rng.randint(2, 22)}",
                                f" #{rng.randint(1, 40)}"))
        return line
    if cat == "LOCATION":
        return rng.choice(_FAR_TOWNS if sub == "far" else _TOWNS)
    if cat == "ZIP":
        z = f"{rng.choice(('10', '11', '12', '13', '14'))}{_digits(rng, 3)}"
        return z + (f"-{_digits(rng, 4)}" if rng.random() < 0.2 else "")
    raise ValueError(cat)


# --------------------------------------------------------------------------------------------------
# Look-alikes (never labelled)
# --------------------------------------------------------------------------------------------------

_LOOK = {
    # eponyms, scales and named criteria
    "ddx_ad": ("Alzheimer disease", "Alzheimer-type neurodegeneration", "Alzheimer pathology"),
    "ddx_other": ("Lewy body", "Parkinson disease dementia", "Korsakoff syndrome", "Wernicke encephalopathy",
                  "Creutzfeldt-Jakob disease", "Binswanger disease"),
    "capfw": ("Appelbaum criteria", "Appelbaum and Grisso", "MacCAT-T", "Aid to Capacity Evaluation"),
    "adl": ("Katz ADL index", "Lawton IADL scale", "Barthel index 35"),
    "fall": ("Morse Fall Scale", "Hendrich II score"),
    "skin": ("Braden score", "Norton scale"),
    "wm": ("Fazekas grade 2", "Fazekas grade 3", "Binswanger-type change"),
    "mta": ("Scheltens MTA score", "Koedam score"),
    "pvs": ("Virchow-Robin spaces", "Sylvian fissures"),
    "hach": ("Hachinski ischemic score 3", "Hachinski score 5"),
    "gcs": ("Glasgow Coma Scale 15", "GCS 14"),
    # drugs and products
    "dem_drug": ("Aricept", "Namzaric", "Exelon patch", "Razadyne"),
    "anticoag": ("Eliquis", "Xarelto", "Coumadin", "Plavix"),
    "antipsych": ("Seroquel", "Haldol", "Ativan", "Depakote"),
    "apap": ("Tylenol", "Tylenol Arthritis", "Mapap"),
    "otc": ("Senokot", "Flomax", "Lasix", "Synthroid", "Remeron", "Zoloft", "Namenda"),
    "supp": ("Ensure", "Boost Plus", "Glucerna"),
    "amyloid_drug": ("Leqembi", "Kisunla"),
    "aid": ("rollator", "quad cane", "hemi-walker", "Hoyer lift"),
    "pers": ("Life Alert", "Medical Guardian", "MobileHelp", "Bay Alarm Medical"),
    "ct": ("SOMATOM Force", "Revolution CT", "Aquilion ONE", "Brilliance iCT"),
    "xr": ("Carestream DRX", "DigitalDiagnost", "Ysio Max"),
    "pet": ("Biograph Vision", "Discovery MI", "uMI 550"),
    "gad": ("Gadavist", "Dotarem", "ProHance", "Clariscan"),
    "tracer": ("Vizamyl", "Amyvid", "Neuraceq"),
    "volsw": ("NeuroQuant v3.2", "icobrain dm 5.12", "syngo.via VB60A", "MIM 7.2.8", "CortexID Suite"),
    "pacs": ("PACS 7.4.1", "Epic Hyperspace 2023", "PowerScribe 360", "Visage 7"),
    # codes, statutes and forms
    "icd": ("ICD-10 F03.90", "G30.1", "F01.50", "R41.81", "T74.11XA", "W19.XXXA", "S22.41XA", "Z91.81", "Z63.8"),
    "cpt": ("CPT 99483", "CPT 70450", "CPT 70553", "CPT 77075", "CPT 78608", "CPT 96132", "CPT 90887"),
    "guard": ("MHL Article 81", "MHL § 81.02", "SCPA Article 17-A"),
    "poa": ("GOL § 5-1513", "General Obligations Law § 5-1501B"),
    "hcp": ("Public Health Law Article 29-C", "PHL § 2981"),
    "molst": ("DOH-5003 MOLST", "MOLST (DOH-5003)"),
    "medlaw": ("42 U.S.C. § 1396p(c)", "Social Services Law § 366(5)"),
    "medform": ("DOH-4220", "DOH-5178A"),
    "ssaform": ("Form SSA-11", "Form SSA-827", "OMB No. 0960-0014", "Form SSA-1696"),
    # phone lines, sites, banks, public bodies
    "tf_eldercare": ("1-800-677-1116", "(800) 677-1116"),
    "tf_medicare": ("1-800-633-4227", "1-800-MEDICARE"),
    "tollfree": ("(866) 219-4470", "877.301.5529", "855-640-2281", "833 410 7712", "1-844-229-0183",
                 "(888) 402-7735", "1-800-342-9871"),
    "routing": ("ABA 021407912", "routing 221370030", "RTN 026015079", "ABA/routing 011302357",
                "routing # 031176110", "ABA 213070206"),
    "check": ("check #1184", "check no. 2047", "checks #3310-3318", "check #0921"),
    "money": ("$14,250.00", "$41,500", "$186,000", "$9,870.44", "$30,182", "$12,400", "$58,000", "$7,500.00"),
    "monthly": ("$1,312", "$2,147", "$1,806", "$968", "$2,430.10", "$1,155"),
    "rate": ("$14,900", "$16,250", "$15,480", "$17,015"),
    "lot": ("Lot 4471K2", "lot B23C09", "Lot 88AX-21", "lot 3K19902", "LOT# 7720A"),
    "expiry": ("EXP 2026-05-31", "exp 11/30/2027", "Exp: 2025-09-30", "expiry 08/31/2026"),
    "ndc": ("NDC 0407-1413-20", "NDC 50419-325-12", "NDC 62856-245-30", "NDC 0013-2150-51"),
    "site": ("ssa.gov", "www.medicare.gov", "eldercare.acl.gov", "www.nycourts.gov", "health.ny.gov",
             "consumerfinance.gov", "www.medicaid.gov"),
    "brand": ("Chase", "Wells Fargo", "Bank of America", "Citibank", "Fidelity", "Vanguard"),
    "app": ("Zelle", "Venmo", "Cash App", "Western Union"),
    "public": ("Social Security Administration", "CMS", "Adult Protective Services", "HRA"),
    "program": ("Medicare", "Medicaid", "Medicare and Medicaid", "Medicare Part A", "Medicaid pending"),
    "dept": ("Social Work Department", "Geriatric Psychiatry", "the Ethics Committee", "Case Management",
             "Patient Financial Services", "Neuroradiology", "Risk Management", "the Elder Abuse Response Team"),
    "state": ("Florida", "New Jersey", "Connecticut", "Pennsylvania", "Puerto Rico", "South Carolina"),
    "country": ("Poland", "Ireland", "Italy", "Haiti", "Guyana", "Trinidad"),
    "score": ("MoCA 14/30", "SLUMS 17/30", "MMSE 19/30", "CDR 1.0", "GDS-15 score 6", "Trails B > 300 s",
              "clock draw 2/4", "MoCA 21/30", "CDR global 2", "ACE-III 61/100", "FAST stage 6a"),
    "ctdi": ("CTDIvol 48.6 mGy", "CTDIvol 52.1 mGy", "CTDIvol 44.9 mGy"),
    "dlp": ("DLP 812 mGy-cm", "DLP 1,034 mGy-cm", "DLP 396 mGy-cm", "DLP 758 mGy-cm"),
    "fdg": ("10 mCi F-18 FDG", "8.1 mCi F-18 FDG", "9.6 mCi FDG"),
    "since": ("since 2019", "since 2016", "since 2021", "since 2008", "since 2014"),
    "inyear": ("in 2016", "in 2019", "in 2021", "in 2012", "in 2023"),
}
EPONYMS_AND_BRANDS = tuple(dict.fromkeys(v for k in (
    "ddx_ad", "ddx_other", "capfw", "adl", "fall", "skin", "wm", "mta", "pvs", "hach", "gcs", "dem_drug",
    "anticoag", "antipsych", "apap", "otc", "supp", "amyloid_drug", "aid", "pers", "ct", "xr", "pet", "gad", "tracer",
    "volsw", "pacs", "brand", "app") for v in _LOOK[k]))

_FILL = {
    "sex": ("woman", "female", "woman", "lady"),
    "Side": ("Right", "Left"),
    "mf": ("F",),
    "rel": ("daughter", "son", "niece", "nephew", "grandson", "granddaughter", "neighbor", "stepson",
            "son-in-law", "church friend", "home attendant"),
    "side": ("right", "left"),
    "allergy": ("Penicillins", "Sulfa (Sulfonamide Antibiotics)", "No Known Allergies / Adverse Drug Reactions",
                "codeine", "latex", "Iodinated contrast (hives)"),
    "dx": ("major neurocognitive disorder, likely Alzheimer type", "mixed vascular and Alzheimer dementia",
           "dementia with behavioral disturbance", "mild neurocognitive disorder", "delirium superimposed on dementia",
           "major neurocognitive disorder, etiology unclear"),
}


# --------------------------------------------------------------------------------------------------
# Rendering: templates with {M} (masked), {V} (planted value), {L:pool} (look-alike), {F:pool} (filler),
# {D} (shifted date, look-alike), {A} (age under 90, look-alike), {N:a:b} (number)
# --------------------------------------------------------------------------------------------------

_TOKEN = re.compile(r"\{(M|V|D|A|T|L:\w+|F:\w+|P:\w+|N:\d+:\d+)\}")
_PAIRS = {
    "dem": (("Donepezil", "Aricept", "10 mg PO QHS"), ("Rivastigmine", "Exelon patch", "9.5 mg/24 h TD daily"),
            ("Memantine-donepezil", "Namzaric", "28/10 mg PO daily"), ("Galantamine", "Razadyne", "8 mg PO BID"),
            ("Memantine", "Namenda", "10 mg PO BID")),
    "ac": (("Apixaban", "Eliquis", "2.5 mg PO BID"), ("Rivaroxaban", "Xarelto", "15 mg PO daily"),
           ("Warfarin", "Coumadin", "2 mg PO daily (INR goal 2-3)"), ("Clopidogrel", "Plavix", "75 mg PO daily")),
}


class _Frag:
    __slots__ = ("text", "spans", "looks")

    def __init__(self) -> None:
        self.text = ""
        self.spans: list[tuple[int, int, str]] = []
        self.looks: list[str] = []


def _shifted(rng: random.Random) -> str:
    y, m, d = rng.randint(2100, 2200), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice((f"{m:02d}/{d:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{m}/{d}/{y}", f"{_MON3[m - 1]} {d}, {y}"))


def _render(rng: random.Random, tmpl: str, value: str | None = None, cat: str | None = None,
            side: str = "") -> _Frag:
    fr = _Frag()
    out: list[str] = []
    pos = 0
    n = 0
    for m in _TOKEN.finditer(tmpl):
        lit = tmpl[pos:m.start()]
        out.append(lit)
        n += len(lit)
        tok = m.group(1)
        if tok == "M":
            s = "___"
        elif tok == "V":
            assert value is not None and cat is not None
            s = value
            fr.spans.append((n, n + len(s), cat))
        elif tok == "D":
            s = _shifted(rng)
            fr.looks.append(s)
        elif tok == "T":
            s = f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
        elif tok == "A":
            a = rng.randint(58, 89)
            s = rng.choice((f"{a}-year-old", f"{a} y/o", f"{a} years old", f"age {a}"))
            fr.looks.append(s)
        elif tok.startswith("L:"):
            s = rng.choice(_LOOK[tok[2:]])
            fr.looks.append(s)
        elif tok in ("F:side", "F:Side") and side:
            s = side if tok == "F:side" else side.capitalize()
        elif tok.startswith("P:"):
            generic, brand, dose = rng.choice(_PAIRS[tok[2:]])
            s = f"{generic} ({brand}) {dose}"
            fr.looks.append(brand)
        elif tok.startswith("F:"):
            s = rng.choice(_FILL[tok[2:]])
        else:
            _, a, b = tok.split(":")
            s = str(rng.randint(int(a), int(b)))
        out.append(s)
        n += len(s)
        pos = m.end()
    out.append(tmpl[pos:])
    fr.text = "".join(out)
    return fr


def _choose(rng: random.Random, spec: str | tuple) -> str:
    return spec if isinstance(spec, str) else rng.choice(spec)


# --------------------------------------------------------------------------------------------------
# Planting templates: (category, generator sub-type, where "any"/"ds"/"rad", position "top"/"mid"/"end", text)
# --------------------------------------------------------------------------------------------------

_PLANTS: tuple[tuple[str, str, str, str, str], ...] = (
    # PERSON
    ("PERSON", "name", "ds", "mid", "Daughter {V} (HCP agent) was updated by phone; she is aware of the bank hold "
                                   "and agrees with SNF placement."),
    ("PERSON", "name", "ds", "mid", "Collateral obtained from the patient's niece, {V}, who states she has not seen "
                                   "a bank statement since {M}."),
    ("PERSON", "name", "any", "mid", "Per APS caseworker {V}, the intake was screened in as suspected financial "
                                    "exploitation; home visit pending."),
    ("PERSON", "name", "ds", "mid", "Attorney for the petitioner: {V}, Esq. ({M} office). Court evaluator not yet "
                                   "appointed."),
    ("PERSON", "last", "ds", "mid", "Court evaluator Ms. {V} visited the bedside today and reviewed the chart with "
                                   "pt's permission."),
    ("PERSON", "name", "any", "end", "Electronically signed: {V}, LCSW   {D} {T}"),
    ("PERSON", "first", "ds", "mid", "Pt states \"my grandson {V} handles the money now\" and could not name her "
                                    "bank or monthly income."),
    ("PERSON", "name", "ds", "mid", "Contact            | Relationship      | Phone\n"
                                   "{V} | son (DPOA)        | ___\n___                | neighbor          | ___"),
    ("PERSON", "name", "ds", "mid", "HCP agent .......... {V}\nAlternate agent .... ___\nDPOA ............... ___"),
    ("PERSON", "last", "any", "mid", "Discussed with Dr. {V} (geriatric psychiatry), who will see pt re: capacity "
                                    "for discharge planning."),
    ("PERSON", "name", "ds", "mid", "Temporary guardian (property management only) per order to show cause: "
                                   "{V}."),
    ("PERSON", "name", "ds", "mid", "Representative payee of record with SSA is the nephew, {V}; BNC {M}. Payee "
                                   "change requested."),
    ("PERSON", "name", "ds", "end", "c.c.  {V}, Esq.\n      ___ (court evaluator)"),
    ("PERSON", "last", "ds", "end", "cc: Hon. {V}, J.S.C."),
    ("PERSON", "lf", "any", "top", "PATIENT NAME: {V}            MRN: ___"),
    ("PERSON", "upper", "ds", "top", "{V}   DOB ___   Unit ___   (pasted from bank letter)"),
    ("PERSON", "name", "rad", "end", "I have personally reviewed the images and agree with the report.\n"
                                    "Attending radiologist: {V}, MD"),
    ("PERSON", "last", "rad", "mid", "Findings discussed by telephone with Dr. {V} at {T} on {D}, who verbally "
                                    "acknowledged them."),
    ("PERSON", "name", "rad", "top", "Ordering provider: {V}, NP  (Geriatrics)"),
    ("PERSON", "name", "rad", "mid", "Per the requisition, the patient's son {V} is requesting a copy of this report "
                                    "for the guardianship hearing."),
    ("PERSON", "last", "rad", "end", "RESIDENT: Dr. {V}\nSTAFF: ___"),
    # ORGANIZATION
    ("ORGANIZATION", "nh", "any", "mid", "Patient was sent in from {V} after staff noted new bruising on both "
                                        "forearms."),
    ("ORGANIZATION", "court", "ds", "mid", "Article 81 petition filed in {V}; index no. {M}; return date ___."),
    ("ORGANIZATION", "bank", "ds", "mid", "The bank ({V}) placed a ten-business-day hold on the outgoing wire after "
                                         "the teller flagged it."),
    ("ORGANIZATION", "cu", "ds", "mid", "Branch manager at {V} called the unit re: repeated ATM withdrawals while "
                                       "the pt was inpatient."),
    ("ORGANIZATION", "law", "ds", "mid", "Elder-law counsel retained by the family: {V} (contact ___)."),
    ("ORGANIZATION", "senior", "any", "mid", "She attends {V} three days a week; the program director first raised "
                                            "the concern about missed rent."),
    ("ORGANIZATION", "aaa", "ds", "mid", "Referral faxed to {V} for EISEP case management and a home-delivered meal "
                                        "assessment."),
    ("ORGANIZATION", "nh", "ds", "mid", "Accepting facility: {V}   |   Bed: ___   |   Level: SNF long-term care"),
    ("ORGANIZATION", "hosp", "any", "mid", "Transferred from {V} ED after a CT there; records requested."),
    ("ORGANIZATION", "hosp", "rad", "mid", "COMPARISON: Outside CT head from {V}, dated ___, uploaded to PACS."),
    ("ORGANIZATION", "alf", "rad", "top", "REQUESTING FACILITY: {V}"),
    ("ORGANIZATION", "brokerage", "ds", "mid", "Brokerage statements ({V}) show liquidation of two annuities over six "
                                              "weeks."),
    ("ORGANIZATION", "homecare", "any", "mid", "Home attendant through {V} reports the pt has been left alone "
                                              "overnight and food is not in the house."),
    ("ORGANIZATION", "police", "ds", "mid", "Report made to {V}; an officer responded to the bedside and took a "
                                          "statement."),
    ("ORGANIZATION", "pharm", "ds", "mid", "Per {V}, the donepezil has not been picked up in ___ months."),
    ("ORGANIZATION", "alf", "ds", "mid", "Discharge plan: return to {V} with increased supervision once the rep "
                                        "payee issue is resolved."),
    ("ORGANIZATION", "any", "ds", "end", "Letter from {V} scanned to Media tab."),
    ("ORGANIZATION", "court", "rad", "mid", "Images and report subpoenaed by {V}; release handled by HIM."),
    ("ORGANIZATION", "law", "ds", "end", "---\n{V}\nAttorneys & Counselors at Law\n___ | Tel ___ | Fax ___"),
    # DATE_REAL_YEAR
    ("DATE_REAL_YEAR", "dob", "any", "top", "DOB: {V}"),
    ("DATE_REAL_YEAR", "poa", "ds", "mid", "Durable POA (statutory short form) executed {V} naming ___ as agent; "
                                          "copy on chart."),
    ("DATE_REAL_YEAR", "poa", "ds", "mid", "Health care proxy signed {V}, witnessed by ___ and ___."),
    ("DATE_REAL_YEAR", "death", "ds", "mid", "Husband died {V}; since then the nephew has managed the household "
                                            "finances."),
    ("DATE_REAL_YEAR", "event", "ds", "mid", "Medicaid look-back period runs from {V} (60 months before the "
                                            "application)."),
    ("DATE_REAL_YEAR", "event", "ds", "mid", "Largest transfer ({L:money}) on {V} to an account titled to the "
                                            "nephew alone."),
    ("DATE_REAL_YEAR", "event", "rad", "mid", "COMPARISON: CT head {V}."),
    ("DATE_REAL_YEAR", "event", "any", "top", "Date of service: {V}"),
    ("DATE_REAL_YEAR", "future", "ds", "mid", "Guardianship hearing calendared for {V} at 9:30 AM, Part ___."),
    ("DATE_REAL_YEAR", "death", "ds", "mid", "Date of death (spouse) ..... {V}"),
    ("DATE_REAL_YEAR", "event", "ds", "mid", "| Date       | Amount    | Payee\n| {V} | {L:money} | ___\n"
                                             "| ___ | ___ | ___"),
    ("DATE_REAL_YEAR", "event", "rad", "mid", "Prior MRI brain of {V} showed moderate white matter disease."),
    ("DATE_REAL_YEAR", "dob", "rad", "top", "Pt: ___   D.O.B.: {V}   Sex: F"),
    ("DATE_REAL_YEAR", "event", "ds", "end", "Addendum ({V}): APS confirmed receipt of the referral."),
    # AGE_OVER_89
    ("AGE_OVER_89", "age", "ds", "mid", "{V}-year-old widow with {F:dx} admitted after being found on the floor by "
                                       "the super."),
    ("AGE_OVER_89", "age", "any", "mid", "Pt is {V} y/o, lives alone, no home care in place."),
    ("AGE_OVER_89", "age", "any", "top", "Age: {V}     Sex: F"),
    ("AGE_OVER_89", "age", "ds", "mid", "{V}F with dementia and a new hip fracture; capacity questioned by "
                                       "ortho."),
    ("AGE_OVER_89", "age", "ds", "mid", "Son reports that at age {V} she still wrote her own checks until the "
                                       "nephew took over."),
    ("AGE_OVER_89", "age", "rad", "mid", "INDICATION: {V} year old woman with progressive memory loss and falls."),
    ("AGE_OVER_89", "age", "ds", "mid", "The patient, aged {V}, was able to paraphrase the risks of returning home."),
    ("AGE_OVER_89", "age", "rad", "mid", "History: {V}yo M, unwitnessed fall at facility, on anticoagulation."),
    ("AGE_OVER_89", "age", "ds", "mid", "Her brother ({V} years old) lives in the same building and cannot assist."),
    # ACCOUNT
    ("ACCOUNT", "bank", "ds", "mid", "Checking account {V} frozen by the bank pending review ({L:routing} on the "
                                    "letter)."),
    ("ACCOUNT", "fraud", "ds", "mid", "Fraud case reference {V} given to daughter by the bank's fraud unit."),
    ("ACCOUNT", "aps", "any", "mid", "APS intake # {V} (screened in, worker assigned)."),
    ("ACCOUNT", "dispute", "ds", "mid", "Dispute ref: {V} -- debit card charges at ___ while pt was admitted."),
    ("ACCOUNT", "bank", "ds", "mid", "Acct no.{V} (joint with nephew, added {L:inyear})"),
    ("ACCOUNT", "cu", "ds", "mid", "Share/savings acct {V} at the credit union; {L:check} cleared after admission."),
    ("ACCOUNT", "brokerage", "ds", "mid", "Brokerage acct {V}: trusted contact never designated."),
    ("ACCOUNT", "enc", "any", "top", "Encounter: {V}"),
    ("ACCOUNT", "acc", "rad", "top", "Accession #: {V}"),
    ("ACCOUNT", "acc", "rad", "top", "ACC {V}   EXAM: see below"),
    ("ACCOUNT", "claim", "ds", "mid", "SNF claim {V} denied (no 3-day qualifying stay); appeal filed."),
    ("ACCOUNT", "bank", "ds", "mid", "| Institution | Account | Status\n| ___ | {V} | frozen\n| ___ | ___ | closed"),
    ("ACCOUNT", "aps", "rad", "mid", "Skeletal survey requested by APS; report number {V} on the requisition."),
    ("ACCOUNT", "enc", "rad", "end", "Visit/encounter number {V}  |  Order ___"),
    ("ACCOUNT", "fraud", "ds", "mid", "Claim #{V} opened with the bank's elder-fraud team; provisional credit "
                                     "pending."),
    # HEALTH_PLAN
    ("HEALTH_PLAN", "cin", "ds", "mid", "Medicaid CIN {V} (community coverage only; LTC budgeting pending)."),
    ("HEALTH_PLAN", "mbi", "any", "mid", "Medicare MBI: {V}"),
    ("HEALTH_PLAN", "ma", "ds", "mid", "Medicare Advantage member ID {V} -- plan requires prior auth for SNF."),
    ("HEALTH_PLAN", "medigap", "ds", "mid", "Medigap policy # {V} lapsed for non-payment in ___."),
    ("HEALTH_PLAN", "cin", "rad", "top", "Insurance: Medicaid {V} / Medicare ___"),
    ("HEALTH_PLAN", "mbi", "ds", "mid", "Ins   Medicare A/B   ID {V}\n      Medicaid       CIN ___"),
    # LICENSE
    ("LICENSE", "bar", "ds", "end", "___, Esq.  Atty Reg. No. {V}"),
    ("LICENSE", "bar", "ds", "mid", "Petitioner's counsel (NY attorney registration {V}) requested the medical "
                                   "affirmation."),
    ("LICENSE", "npi", "any", "end", "Signed: ___, MD   NPI {V}"),
    ("LICENSE", "md", "ds", "end", "Affirmed by ___, MD, NYS license #{V}, under penalty of perjury."),
    ("LICENSE", "rn", "ds", "mid", "Witnessed by ___, RN (lic {V})."),
    ("LICENSE", "dl", "ds", "mid", "Driver license {V} surrendered to DMV per family; car sold by nephew."),
    ("LICENSE", "npi", "rad", "end", "Interpreting physician NPI: {V}"),
    # PHONE
    ("PHONE", "ph", "ds", "mid", "Daughter's cell: {V} (best after 6 pm)."),
    ("PHONE", "ph", "ds", "mid", "Call the law office back at {V} ext 3."),
    ("PHONE", "ph", "any", "mid", "APS worker reachable at {V}; after hours use {L:tollfree}."),
    ("PHONE", "ph", "ds", "mid", "Tel. {V}  (branch manager, direct)"),
    ("PHONE", "ph", "rad", "end", "Critical result line: {V}"),
    ("PHONE", "ph", "ds", "mid", "HCP agent   ___   home {V}   cell ___"),
    # FAX
    ("FAX", "fx", "ds", "mid", "Please fax the physician affirmation to {V} (attn: ___)."),
    ("FAX", "fx", "any", "end", "Fax: {V}"),
    ("FAX", "fx", "ds", "mid", "APS referral faxed to {V}; confirmation sheet in chart."),
    ("FAX", "fx", "rad", "end", "Copy faxed to the requesting facility at {V}."),
    # PAGER
    ("PAGER", "pg", "any", "end", "Questions: SW on call, pager {V}"),
    ("PAGER", "pg", "ds", "mid", "Psychiatry C/L: page {V} with any change in mental status."),
    ("PAGER", "pg", "rad", "end", "Beeper {V} (neuroradiology fellow)"),
    # EMAIL
    ("EMAIL", "em", "ds", "mid", "Documents sent to {V} per the attorney's request (HIPAA authorization on file)."),
    ("EMAIL", "em", "any", "mid", "Email: {V}"),
    ("EMAIL", "em", "ds", "mid", "Son's email <{V}> -- prefers written updates."),
    # URL
    ("URL", "url", "ds", "mid", "Family set up a fundraising page ({V}) to cover the private-pay gap."),
    ("URL", "url", "any", "mid", "Link provided by the family: {V}"),
    # IP_ADDRESS
    ("IP_ADDRESS", "ip", "ds", "mid", "Bank security log (pasted): online-banking logins from IP {V}, not the pt's "
                                     "home router."),
    ("IP_ADDRESS", "ip", "ds", "mid", "login  {D} {T}  src={V}  device=unknown  result=OK"),
    ("IP_ADDRESS", "ip", "any", "end", "Privacy audit: chart and images opened from {V} via the patient portal "
                                      "proxy account set up by a relative; flagged to Risk Management."),
    # additional contexts (odd breaks, typos, tables, pasted text)
    ("FAX", "fx", "ds", "mid", "Elder law atty requests records; fx# {V} (confidential line, attn paralegal)."),
    ("FAX", "fx", "ds", "end", "---------------------------------\nFAX COVER  To: ___  From: SW\nFax No.:   {V}\n"
                               "Pages: 4 incl. cover\n---------------------------------"),
    ("FAX", "fx", "rad", "mid", "Report requested by court evaluator;\nfax {V} once signed."),
    ("PAGER", "pg", "ds", "end", "Ethics consult service -- pgr {V} (24/7)"),
    ("PAGER", "pg", "any", "mid", "If the pt attempts to leave AMA, page the C/L fellow at\n{V} before "
              "security is called."),
    ("EMAIL", "em", "ds", "end", "From: {V}\nSent: ___\nSubject: RE: capacity letter for the court"),
    ("EMAIL", "em", "rad", "end", "Report copy requested to {V} (APS investigator) -- declined pending authorization."),
    ("EMAIL", "em", "ds", "mid", "niece e-mail  {V}   (prefers email; works nights)"),
    ("URL", "url", "ds", "mid", "Pt's nephew posted about her condition online ({V}); team asked not to comment."),
    ("URL", "url", "ds", "end", "Attorney uploaded the POA and HCP to the client portal:\n{V}"),
    ("IP_ADDRESS", "ip", "ds", "mid", "| Date | Channel | IP | Amount\n| {D} | online | {V} | {L:money}\n| ___ "
                   "| ATM | - | ___"),
    ("SSN", "ssn", "ds", "mid", "Pasted SSA-1696 excerpt: claimant SSN: {V}; claim number ___."),
    ("SSN", "ssn", "ds", "mid", "soc sec no {V} (needed for the Medicaid app per fin counselor)"),
    ("SSN", "ssn", "rad", "top", "Pt ID: ___  SS#: {V}  (registration error; see HIM)"),
    ("MRN", "mrn", "ds", "mid", "Outside records (MR# {V}) reviewed: prior admission for dehydration."),
    ("MRN", "mrn", "rad", "end", "Patient record no. {V} | Exam ___ | Site: main"),
    ("DEVICE_ID", "asset", "ds", "mid", "Wander-guard bracelet (asset {V}) applied per elopement protocol."),
    ("DEVICE_ID", "pers", "rad", "mid", "Hearing aids removed before scanning; serial #{V} logged with belongings."),
    ("DEVICE_ID", "asset", "rad", "end", "Portable unit used: asset tag {V}."),
    ("VEHICLE_ID", "plate", "ds", "mid", "Tag#: {V} -- car reported missing from pt's driveway; police notified."),
    ("VEHICLE_ID", "vin", "ds", "mid", "DMV printout: title transfer, VIN {V}, buyer ___."),
    ("STREET_ADDRESS", "st", "ds", "mid", "Last known residence\n  {V}\n  ___, NY ___"),
    ("STREET_ADDRESS", "st", "ds", "mid", "APS home visit to {V} found no working stove and spoiled food."),
    ("STREET_ADDRESS", "st", "any", "mid", "Home address on file:{V} (rent arrears per landlord)."),
    ("LOCATION", "town", "ds", "mid", "Nephew's address is in {V}; the bank statements were rerouted there."),
    ("LOCATION", "far", "any", "mid", "Son in {V} (out of state) was unaware of the hospitalization until ___."),
    ("LOCATION", "town", "ds", "end", "Discharge destination city: {V}"),
    ("ZIP", "zip", "rad", "mid", "Pt's home ZIP {V}; transport booked via Medicaid cab."),
    ("ZIP", "zip", "ds", "mid", "Address (from face sheet): ___\n___ NY  {V}"),
    ("LICENSE", "bar", "ds", "mid", "Court-appointed counsel ___ (Atty Reg {V}) will visit tomorrow."),
    ("LICENSE", "md", "rad", "end", "Electronically signed by ___, MD  (NY lic. {V})"),
    ("LICENSE", "dl", "any", "mid", "ID checked: NYS driver lic {V} (expired) presented by the pt's son as hers."),
    ("HEALTH_PLAN", "ma", "rad", "mid", "Prior auth obtained under member ID {V}."),
    ("HEALTH_PLAN", "cin", "ds", "mid", "| Coverage | ID | Status\n| Medicaid | {V} | active (community)\n| "
                    "Medicare | ___ | A/B"),
    ("HEALTH_PLAN", "medigap", "ds", "mid", "Supplemental policy no. {V} -- premium autopay stopped after the "
                    "account was frozen."),
    ("PHONE", "ph", "ds", "mid", "Spoke w/ bank fraud investigator (direct {V}); bank's general line is {L:tollfree}."),
    ("PHONE", "ph", "rad", "mid", "Requesting facility nursing station:\n{V}"),
    ("PHONE", "ph", "ds", "end", "Family contact list\n  HCP agent    ___\n  DPOA         {V}\n  Attorney     ___"),
    ("ACCOUNT", "claim", "rad", "mid", "Prior authorization/claim ref {V} on file for this exam."),
    ("ACCOUNT", "dispute", "ds", "mid", "Bank letter (scanned): \"Your dispute, reference number {V}, is under "
                "review.\""),
    ("ACCOUNT", "aps", "ds", "end", "APS report no.: {V}\nWorker: ___   Supervisor: ___"),
    ("ORGANIZATION", "aaa", "rad", "mid", "Referred for imaging through {V} (care manager present)."),
    ("ORGANIZATION", "senior", "ds", "mid", "Lunch program at {V}: she stopped attending ___ weeks ago."),
    ("PERSON", "name", "ds", "mid", "Guardian ad litem / court evaluator:\n{V}\n(appointed by the court; has "
               "read access)"),
    ("DATE_REAL_YEAR", "dob", "ds", "mid", "DOB {V} confirmed against the bank's records by the fraud investigator."),
    ("AGE_OVER_89", "age", "ds", "top", "Pt is a {V} yo widow; primary language: ___."),
    # SSN
    ("SSN", "ssn", "ds", "mid", "SSN {V} appears on the pasted Medicaid application page."),
    ("SSN", "ssn", "any", "top", "Social Security #: {V}"),
    # MRN
    ("MRN", "mrn", "any", "top", "MRN: {V}"),
    ("MRN", "mrn", "ds", "top", "Name:  ___                  Unit No:   {V}"),
    ("MRN", "mrn", "rad", "top", "Medical record # {V}"),
    # DEVICE_ID
    ("DEVICE_ID", "pers", "ds", "mid", "PERS pendant ({L:pers}) serial {V} -- not worn at the time of the fall."),
    ("DEVICE_ID", "asset", "any", "mid", "Bed alarm asset tag {V} returned to biomed."),
    ("DEVICE_ID", "udi", "rad", "mid", "Pacemaker UDI (01)00643169701234(17)270430(21){V} per the implant card."),
    ("DEVICE_ID", "pers", "ds", "mid", "Hearing aid (right) SN {V} missing since transfer; reported to nursing."),
    # VEHICLE_ID
    ("VEHICLE_ID", "plate", "ds", "mid", "Nephew sold the patient's car (plate {V}) without her knowledge."),
    ("VEHICLE_ID", "vin", "ds", "mid", "VIN {V} listed on the title transferred to the nephew."),
    ("VEHICLE_ID", "plate", "any", "mid", "Per EMS, pt found sitting in her parked car, NY plate {V}, at ___."),
    # STREET_ADDRESS
    ("STREET_ADDRESS", "st", "ds", "mid", "Lives alone at {V}, ___ floor walk-up."),
    ("STREET_ADDRESS", "st", "any", "top", "Address: {V}\n         ___, NY ___"),
    ("STREET_ADDRESS", "st", "ds", "mid", "The house at {V} was deeded to the nephew {L:inyear} for $1."),
    ("STREET_ADDRESS", "st", "rad", "mid", "Pt resides at {V}; transported by ambulance."),
    # LOCATION
    ("LOCATION", "town", "ds", "mid", "Lives in {V} in a two-family house owned by the nephew."),
    ("LOCATION", "far", "ds", "mid", "Daughter lives in {V}, {L:state}, and flies up monthly."),
    ("LOCATION", "town", "any", "mid", "Found wandering near the bus depot in {V} by police."),
    ("LOCATION", "town", "ds", "mid", "Moved from {V} to the nephew's apartment after the husband's death."),
    ("LOCATION", "town", "rad", "mid", "Transferred from an outside hospital in {V} for MRI."),
    # ZIP
    ("ZIP", "zip", "ds", "mid", "Mailing address: ___, ___ NY {V} (bank statements diverted there)."),
    ("ZIP", "zip", "any", "top", "___ / ___ / NY {V}"),
    ("ZIP", "zip", "ds", "mid", "ZIP {V} -- county determines the local DSS for the Medicaid application."),
)


# --------------------------------------------------------------------------------------------------
# Document kinds: fixed blocks (a str, or a tuple of alternatives) and optional filler blocks
# --------------------------------------------------------------------------------------------------

_DS_HEADER = (
    "Name:  ___                  Unit No:   ___\n\nAdmission Date:  ___              Discharge Date:   ___\n\n"
    "Date of Birth:  ___             Sex:   {F:mf}\n\nService: {SERVICE}\n\nAllergies:\n{F:allergy}\n\n"
    "Attending: ___."
)

_DS_FILLER = (
    "Social History:\nWidowed. Former {F:job}. Lives alone in an apartment; ___ checks in. No tobacco, rare alcohol. "
    "Uses a {L:aid} indoors. Receives Social Security and a small pension; family reports bills unpaid "
    "{L:since}. Born in {L:country}; one son in {L:state}.",
    "Medications on Admission:\n1. {P:dem}\n2. {P:ac}\n"
    "3. Levothyroxine 50 mcg PO daily\n4. Sertraline 50 mg PO daily\n5. Senna 8.6 mg PO QHS PRN",
    "Pertinent Results:\n{D} 06:40AM BLOOD WBC-7.1 RBC-3.88 Hgb-11.2 Hct-34.6 Plt ___\n"
    "{D} 06:40AM BLOOD Glucose-104 UreaN-31 Creat-1.2 Na-147 K-4.1 Cl-109 HCO3-24\n"
    "{D} 06:40AM BLOOD TSH-2.4 VitB12-212 Folate-9.8\nUrine culture: no growth.",
    "Cognitive testing:\n{L:score}; {L:score}. Deficits in delayed recall and executive function, preserved "
    "registration. Pt was unable to describe her monthly income or name the bank holding her accounts.",
    "Discharge Medications:\n1. Donepezil 5 mg PO QHS (reduced for bradycardia)\n2. Melatonin 3 mg PO QHS\n"
    "3. Acetaminophen 650 mg PO Q6H PRN pain ({L:apap})\n4. Vitamin B12 1000 mcg PO daily",
    "Resources given: Eldercare Locator {L:tf_eldercare}; Medicare {L:tf_medicare}; information at {L:site}. "
    "Family advised that most national banks (e.g. {L:brand}) allow a trusted contact person on the account.",
    "Physical Exam:\nVS: T 98.1 BP 142/78 HR 64 RR 16 O2 97% RA\nGen: thin, pleasant, oriented to self and "
    "hospital only\nSkin: ecchymoses of varying age on both forearms, {L:skin} not assessed\nNeuro: nonfocal; "
    "gait slow with {L:aid}",
    "Code status: DNR/DNI confirmed with HCP agent; {L:molst} form completed and scanned.",
    "Billing: {L:icd}; {L:cpt}. Time-based documentation: 70 minutes, more than half in counselling and "
    "coordination with ___ and {L:dept}.",
    "Insurance: {L:program} (ids ___); long-term care coverage not yet in place. Agencies notified so far: "
    "{L:public}; see the SW note.",
    "Follow-up:\nGeriatrics clinic with ___ on {D}. Memory clinic referral placed. SW to follow up with APS "
    "and the family about the pending petition.",
)

_RAD_FILLER = (
    "ADDITIONAL HISTORY: Pt lives in a facility; {L:gcs} per ED. Anticoagulated ({L:anticoag}). "
    "{L:hach} documented by the referring team. Dementia medication: {L:dem_drug}.",
    "PROTOCOL NOTE: Exam performed under the elder-abuse imaging pathway; technologist documented bruising "
    "pattern on the body diagram. Images archived in {L:pacs}. Billing {L:icd}.",
    "NOTIFICATION: The findings were discussed with ___ by ___ on the telephone on {D} at {T}, 5 minutes after "
    "discovery of the findings.",
    "CLINICAL CONTEXT (from requisition): capacity evaluation in progress; Adult Protective Services "
    "referral made by the primary team. Payer: {L:program}. Cognitive screen {L:score}.",
    "LIMITATIONS: Some images are degraded by motion; the patient could not follow positioning instructions "
    "because of cognitive impairment ({L:score}). A sitter was present.",
    "COMMUNICATION: A preliminary read was given by the overnight resident; no discrepancy with this final "
    "report. Questions: Neuroradiology reading room.",
    "RELEASE OF IMAGES: Requests from APS investigators, attorneys or the court are handled by HIM with a "
    "valid authorization or subpoena only; do not release from the reading room.",
    "Patient transfer: assisted by two technologists using a {L:aid}; {L:pers} pendant removed for the exam "
    "and returned to the patient.",
    "Medication list (requisition): {L:dem_drug}; {L:anticoag}; {L:otc}; {L:antipsych} PRN.",
    "RECOMMENDATION(S): No additional imaging is recommended at this time. If the clinical concern for "
    "mistreatment persists, correlate with the physical examination and the injury history.",
    "Contrast / flush: {L:lot} / {L:expiry} ({L:ndc}) recorded per departmental QA.",
    "Note: Structured report template v2 ({L:pacs}). Billing {L:cpt}.",
)

_HEAVY_LINES = (
    "Name: ___", "MRN: ___", "Acct: ___", "DOB: ___", "Age: ___", "Address: ___", "City/ZIP: ___ ___",
    "Phone: ___", "Alt phone: ___", "HCP agent: ___", "DPOA: ___", "Attorney: ___", "Bank: ___",
    "Account: ___", "APS #: ___", "Court: ___", "Index No.: ___", "Guardian: ___", "Rep payee: ___",
    "PCP: ___", "Facility: ___", "Admit: ___", "Discharge: ___", "Referring: ___", "Medicaid: ___",
    "Medicare: ___", "SW: ___", "Email: ___", "Fax: ___", "Pager: ___", "Judge: ___", "Evaluator: ___",
)

_DS_JOBS = ("seamstress", "bus driver", "bookkeeper", "nurse's aide", "longshoreman", "schoolteacher",
            "garment worker", "machinist", "parish secretary", "civil servant")
_FILL["job"] = _DS_JOBS


def _ds_header(service: str) -> str:
    return _DS_HEADER.replace("{SERVICE}", service)


_KIND_SPECS: dict[str, dict] = {
    "geri_discharge": {
        "type": "discharge",
        "blocks": [
            _ds_header("MEDICINE"),
            "Chief Complaint:\nfall, found down at home; self-neglect",
            ("History of Present Illness:\n___ is a ___ year old {F:sex} with {F:dx} who was found on the floor of her "
             "apartment by the building super after ___ days without contact. Per EMS the home was cluttered, "
             "refrigerator nearly empty and unopened bank mail was piled by the door. The {F:rel} reports that a "
             "relative moved in with her {L:inyear} and has been handling cash and cards.",
             "History of Present Illness:\n___ y/o {F:sex} with {F:dx}, hypertension and AFib on {L:anticoag}, sent in "
             "after a neighbor called 911. Pt unable to give a history beyond her name. Collateral from the "
             "{F:rel}: progressive forgetfulness, missed rent, and large cash withdrawals by a relative who "
             "recently became her agent under a power of attorney."),
            "Past Medical History:\n1. {F:dx}\n2. Atrial fibrillation\n3. Hypothyroidism\n4. Osteoporosis with prior "
            "wrist fracture\n5. Hearing loss",
            ("Brief Hospital Course:\n# Fall / rhabdomyolysis: CK peaked at 4,812 and trended down with IV fluids. "
             "CT head and c-spine negative for acute injury.\n# Delirium on dementia: resolved by hospital day 4 "
             "with sleep hygiene and no deliriogenic medications; low-dose {L:antipsych} avoided.\n# "
             "Suspected financial "
             "exploitation: SW consulted; APS referral made; Geriatric Psychiatry evaluated capacity (see below).\n"
             "# Capacity: pt lacks capacity to manage finances and to make a discharge decision that accounts for "
             "her care needs; HCP invoked.",
             "Brief Hospital Course:\n# Hypernatremia / dehydration: Na 154 on arrival, corrected slowly with D5W.\n"
             "# Pressure injury, sacral stage 2: wound care, {L:skin} on admission 13.\n# Elder mistreatment "
             "concern: bruises in various stages of healing; skeletal survey without acute fracture; APS and the "
             "Elder Abuse Response Team involved.\n# Capacity: pt able to express a consistent choice but unable to "
             "appreciate risks of returning home alone (Appelbaum criteria not met)."),
            "Discharge Disposition:\nExtended Care\n\nFacility:\n___\n\nDischarge Diagnosis:\nFall, rhabdomyolysis\n"
            "{F:dx}\nSuspected financial exploitation (elder abuse)\n\nDischarge Condition:\nMental Status: "
            "Confused - sometimes.\nLevel of Consciousness: Alert and interactive.\nActivity Status: Ambulatory - "
            "requires assistance or aid (walker or cane).",
            "Followup Instructions:\n___",
        ],
        "extra": _DS_FILLER,
    },
    "capacity_consult": {
        "type": "discharge",
        "blocks": [
            ("PSYCHIATRY CONSULTATION-LIAISON -- CAPACITY EVALUATION\nPatient: ___   MRN: ___   Location: ___\n"
             "Requesting: ___ (Medicine)   Date: ___",
             "C/L Psychiatry Initial Consult\nName: ___  Unit No: ___\nReason for consult: decisional capacity re: "
             "discharge home vs SNF and management of finances"),
            ("Question asked: Does the patient have capacity to decide to return home alone, and to manage her "
             "finances / execute a new power of attorney?",
             "Consult question: capacity to refuse SNF placement; capacity to revoke the existing POA naming ___."),
            "History: ___ year old {F:sex} with {F:dx}. Admitted after a fall. The team notes withdrawals from her "
            "accounts by a relative; pt insists \"he is the only one who helps me.\"",
            "Assessment of capacity (decision-specific, {L:capfw} framework):\n"
            "1. Communicates a choice: yes, consistently wants to go home.\n"
            "2. Understanding: partial; can repeat that she needs help with meals but not why.\n"
            "3. Appreciation: impaired; denies falls despite three this year.\n"
            "4. Reasoning: unable to compare options or weigh consequences.",
            "Cognitive data: {L:score}, {L:score}; orientation 2/5; recall 0/5. {L:ddx_other} features absent.",
            ("Opinion: The patient currently LACKS capacity to make the discharge decision and to manage property "
             "and financial affairs. She retains capacity to name a health care agent (lower threshold) and did so "
             "previously. Recommend HCP agent decide; consider MHL Article 81 guardianship for property if POA "
             "misuse is confirmed.",
             "Impression: {F:dx}. Capacity for the specific decision of returning home alone is absent at this time. "
             "Capacity fluctuates with delirium; re-evaluate in 48-72 h before any legal document is signed."),
            "Recommendations:\n- No new legal documents to be signed while delirious.\n- Avoid "
            "{L:antipsych}; if needed "
            "for agitation, low-dose {L:antipsych}.\n- SW to coordinate with APS and elder-law "
            "counsel.\n- Will follow.",
        ],
        "extra": _DS_FILLER,
    },
    "sw_assessment": {
        "type": "discharge",
        "blocks": [
            ("SOCIAL WORK PSYCHOSOCIAL ASSESSMENT\nPatient: ___  MRN: ___  Unit: ___\nSource of information: patient, "
             "chart, ___ ({F:rel}) by phone",
             "Social Work Note -- Initial Assessment\nPt: ___ | Acct ___ | Room ___\nReferral reason: suspected "
             "financial exploitation, discharge planning"),
            "Living situation: Pt lives alone in a rent-stabilized apartment, ___ floor, no elevator. A relative "
            "moved in with her {L:inyear} and pays no rent. Neighbors report loud arguments and that "
            "pt's mail is opened by "
            "others.",
            "Finances: Income from Social Security ({L:monthly}) and a union pension. Per the {F:rel}, the checking "
            "account has been overdrawn repeatedly; a peer-to-peer payment app ({L:app}) was "
            "installed on pt's phone and "
            "used for transfers to unknown recipients. {L:check} appears forged.",
            "Legal: Statutory short-form POA ({L:poa}) names the nephew. HCP form names ___. No guardianship. "
            "No will on file per family.",
            "Safety: Pt denies being afraid at home but becomes tearful when asked about money. No physical "
            "abuse disclosed. Bruising documented by nursing.",
            ("Plan:\n1. APS referral made today by phone ({L:tollfree} intake line) and in writing.\n2. Encouraged "
             "daughter to contact the bank's fraud unit and request a hold.\n3. Elder-law referral list provided.\n"
             "4. Discussed long-term-care Medicaid and the 60-month look-back with family.\n5. SW to follow.",
             "Plan: APS referral; notify {L:dept}; family meeting to be scheduled; explore SNF vs home with 24h "
             "care; HRA/Medicaid home care application if returning home."),
        ],
        "extra": _DS_FILLER,
    },
    "aps_referral": {
        "type": "discharge",
        "blocks": [
            "*** PASTED FROM ADULT PROTECTIVE SERVICES REFERRAL FORM ***\nReferral source: hospital social work\n"
            "Client name: ___          DOB: ___          Age: ___\nClient address: ___\nPhone: ___",
            "Type of alleged mistreatment (check all):\n[X] Financial exploitation  [ ] Physical abuse  "
            "[X] Neglect by caregiver  [ ] Self-neglect  [ ] Sexual abuse",
            "Alleged perpetrator: ___ ({F:rel}), lives with client: Y\nRelationship to client: family member with "
            "POA",
            ("Description of concern:\nClient was admitted after a fall. Staff observed that the {F:rel} requested "
             "the client sign a new POA and a deed transfer at bedside. Client cannot state her income, the "
             "name of her bank or the value of her home. Bank reported ATM withdrawals of {L:money} over ___ days. "
             "Client is impaired ({L:score}).",
             "Description of concern:\nUnexplained depletion of savings ({L:money} to {L:money}) over the past "
             "year; unpaid rent with eviction notice; client's Social Security benefit redirected to a new "
             "account. Client has {F:dx} and is dependent for IADLs."),
            "Client's capacity: per psychiatry, lacks capacity for financial decisions.\nIs client aware of this "
            "referral? Yes, informed; does not object.\nImmediate danger? No -- client is hospitalized.",
            "Other agencies involved: none known. Police notified? No.\nReferral made by: ___, LCSW  Phone ___  "
            "Fax ___\n*** END OF PASTED TEXT ***",
        ],
        "extra": _DS_FILLER,
    },
    "ethics_consult": {
        "type": "discharge",
        "blocks": [
            "CLINICAL ETHICS CONSULTATION\nRequested by: ___ (attending)  Date: ___\nParticipants: ___, ___ "
            "(ethics), ___ (SW), ___ (HCP agent), ___ ({F:rel})",
            "Ethical question: Whether the HCP agent's decision to take the patient home over the team's objection "
            "should be honored when the agent is also the subject of an APS financial-exploitation referral.",
            "Facts: ___ year old {F:sex} with {F:dx}, lacks decisional capacity (C/L psychiatry). HCP executed "
            "years ago under {L:hcp}. The agent has DPOA as well; bank reports transfers of {L:money}. The agent "
            "states the money was \"repayment for caregiving.\"",
            "Analysis: The agent's authority over health decisions is distinct from the POA over property. A "
            "conflict of interest is alleged but unproven. The agent must decide per the patient's known wishes; "
            "the patient repeatedly expressed wanting to die at home. Safety of the home plan is the crux. "
            "Removal of an agent requires a special proceeding; the team may also seek guardianship.",
            "Recommendations:\n1. Honor the agent's decision if a safe home plan (24h care) is in place.\n"
            "2. Continue APS involvement; document concerns factually.\n3. If the plan is unsafe, consult "
            "{L:dept} about a guardianship petition.\n4. Ethics will remain available.",
        ],
        "extra": _DS_FILLER,
    },
    "court_affirmation": {
        "type": "discharge",
        "blocks": [
            "PHYSICIAN AFFIRMATION IN SUPPORT OF PETITION FOR APPOINTMENT OF A GUARDIAN ({L:guard})\n"
            "In the Matter of the Application of ___, Petitioner, for the Appointment of a Guardian of the "
            "Property of ___, a Person Alleged to be Incapacitated.\nIndex No. ___",
            "I, ___, a physician duly licensed to practice medicine in the State of New York, affirm the following "
            "under penalty of perjury:",
            "1. I have been the attending physician of the respondent during her admission from ___ to ___. "
            "I examined her on ___ occasions.\n2. Diagnoses: {F:dx}; atrial fibrillation; hearing loss.\n"
            "3. Functional limitations: requires assistance with bathing, dressing and all IADLs; cannot manage "
            "money, pay bills or recognize exploitation. {L:score}.",
            "4. In my opinion the respondent is likely to suffer harm because she is unable to provide for "
            "property management and cannot adequately understand and appreciate the nature and consequences of "
            "such inability ({L:guard}).\n5. She has capacity to express preferences about where she lives and "
            "these should be considered.",
            "6. I am not aware of any less restrictive alternative that would be sufficient, since the existing "
            "agent under the power of attorney is the subject of the exploitation allegation.",
            "Dated: ___\n___________________________\n___, MD",
        ],
        "extra": _DS_FILLER,
    },
    "bank_hold_note": {
        "type": "discharge",
        "blocks": [
            "CASE MANAGEMENT / SOCIAL WORK PROGRESS NOTE\nPt: ___   Unit: ___   Date: ___",
            "Received call from the bank's branch manager (___) regarding suspicious activity on the patient's "
            "accounts while she is hospitalized: a wire request of {L:money} presented by a relative holding a "
            "POA, and debit card use at ___.",
            "Under federal and state rules the bank may delay disbursements when it suspects exploitation of a "
            "senior; it placed a temporary hold and filed a report. Bank asked whether pt has capacity; informed "
            "them we cannot share PHI without authorization but that psychiatry has evaluated her.",
            "Spoke with HCP agent ___ who was unaware of the wire. She will go to the branch with the POA "
            "document; bank will not honor the POA until its legal review is complete. {L:routing} appears on "
            "the returned wire form; no account numbers recorded in this note.",
            "Also: the Social Security Administration representative-payee unit contacted re: misuse; claim "
            "number ___; SSA to review payee. General info given: {L:site}, {L:tollfree}.",
            "Plan: APS updated. Pt to remain inpatient pending safe discharge. SW to follow up with bank on "
            "{D}. Time spent: 45 min.",
        ],
        "extra": _DS_FILLER,
    },
    "medicaid_ltc": {
        "type": "discharge",
        "blocks": [
            ("LONG-TERM CARE MEDICAID -- CASE MANAGEMENT NOTE\nPt: ___  MRN: ___\nFinancial counselor: ___",
             "Case Management: Medicaid (chronic care) application status\nName: ___  Unit No: ___"),
            "Pt is expected to require long-term nursing home care. Private-pay rate at the accepting facility is "
            "{L:rate}/month. Family asked about the five-year look-back ({L:medlaw}) and spend-down.",
            "Look-back review (5 years of statements requested from all institutions):\n"
            "- Gifts to nephew totalling {L:money}, undocumented purpose -> likely transfer penalty.\n"
            "- Life insurance cash value {L:money}; burial fund irrevocable.\n- House transferred to nephew "
            "{L:inyear}: within the look-back; penalty period to be computed by DSS.",
            "Income: Social Security {L:monthly}; pension {L:monthly}. NAMI/surplus to facility once approved. "
            "Medicare covers SNF days 1-20 in full with a qualifying stay; days 21-100 coinsurance.",
            "Documents outstanding: POA copy, 60 months of statements, deed, {L:medform} (DOH application form), "
            "proof of citizenship; SSA award letter can be printed from {L:site}.",
            "Plan: Financial counselor to submit Medicaid pending to DSS; elder-law attorney to address undue-"
            "hardship waiver if the exploitation is substantiated (APS). SW to follow.",
        ],
        "extra": _DS_FILLER,
    },
    "snf_transfer": {
        "type": "discharge",
        "blocks": [
            _ds_header("MEDICINE"),
            "Discharge to skilled nursing facility -- TRANSFER SUMMARY\nReason for placement: unsafe to return "
            "home; lacks capacity for the discharge decision; HCP agent consents to SNF.",
            "PRI score: ___ ; SCREEN completed. Level II not required. Bed offer accepted by HCP agent.",
            "Active issues on transfer:\n- {F:dx}: continue donepezil; behavioral plan for sundowning.\n- "
            "Fall risk ({L:fall} 65): low bed, chair alarm.\n- Nutrition: supplements ({L:supp}) BID.\n- "
            "Sacral wound stage 2: foam dressing q3d.",
            "Legal/financial: Article 81 petition pending (property). APS case open for financial exploitation. "
            "Medicaid pending; facility notified. No one other than the HCP agent should receive financial "
            "information until the court appoints a guardian.",
            "Code status: DNR/DNI, {L:molst} signed. Contacts: HCP agent ___; APS worker ___.",
            "Discharge Disposition:\nExtended Care\n\nFacility:\n___\n\nFollowup Instructions:\n___",
        ],
        "extra": _DS_FILLER,
    },
    "family_meeting": {
        "type": "discharge",
        "blocks": [
            "INTERDISCIPLINARY FAMILY MEETING NOTE\nDate/time: ___   Location: unit conference room\n"
            "Present: ___ (attending), ___ (SW), ___ (HCP agent), ___ (DPOA), ___ (family attorney), "
            "interpreter ___",
            "Purpose: discuss prognosis, capacity findings, discharge options and the concerns about the "
            "handling of the patient's money.",
            "Medical update: progressive {F:dx}; now dependent in 4/6 ADLs ({L:adl}). Recovery to prior "
            "independence is not expected.",
            "Discussion: Family disagrees about placement. The DPOA wishes to take her home to the house that "
            "was deeded to him; the daughter (HCP agent) wants SNF. Team explained that the HCP agent makes "
            "health decisions and the DPOA only property decisions, and that APS has been notified as required. "
            "Family attorney recommended a guardianship petition to settle authority.",
            "Outcome: SNF referral to proceed; family to meet with elder-law counsel; SW to provide Medicaid "
            "look-back information. Pt joined for part of the meeting and said she \"wants everyone to stop "
            "fighting.\"",
        ],
        "extra": _DS_FILLER,
    },
    "neuropsych_report": {
        "type": "discharge",
        "blocks": [
            "NEUROPSYCHOLOGICAL EVALUATION (inpatient, abbreviated)\nPatient: ___  MRN: ___  Date(s): ___\n"
            "Referral: ___ (psychiatry) -- cognitive profile to inform capacity for financial decisions",
            "Tests administered: {L:score}; {L:score}; Trail Making A/B; Hopkins Verbal Learning Test-R; "
            "Boston Naming (15-item); Financial Capacity Instrument (short form); {L:adl}.",
            "Results: Global impairment in the moderate range. Delayed recall 0/12 with no benefit from "
            "recognition. Executive function severely impaired ({L:score}). Unable to calculate change from "
            "$20 or explain a bank statement. Language relatively preserved.",
            "Impressions: Pattern consistent with {F:dx}. Financial judgment is impaired to a degree that makes "
            "the patient highly susceptible to undue influence and exploitation.",
            "Recommendations: surrogate financial management; review of the existing POA; cognitively accessible "
            "communication; repeat testing in 12 months. Results discussed with ___ and {L:dept}.",
        ],
        "extra": _DS_FILLER,
    },
    # ---------------------------------------------------------------- radiology
    "ct_head": {
        "type": "radiology",
        "blocks": [
            "EXAMINATION:  CT HEAD W/O CONTRAST",
            ("INDICATION:  ___ year old woman with dementia, unwitnessed fall at home, on anticoagulation. Evaluate "
             "for hemorrhage.",
             "INDICATION:  History: ___ with worsening confusion, capacity evaluation in progress, r/o structural "
             "cause."),
            "TECHNIQUE:  Routine unenhanced head CT on a {L:ct}. Coronal and sagittal reformats.",
            "DOSE:  {L:ctdi}; {L:dlp}.",
            "COMPARISON:  ___.",
            "FINDINGS:\nThere is no evidence of acute intracranial hemorrhage, edema, mass effect or large "
            "territorial infarction. Prominence of the ventricles and sulci is compatible with age-related and "
            "disproportionate medial temporal volume loss. Periventricular and subcortical white matter "
            "hypodensities are consistent with chronic small vessel ischemic disease ({L:wm}). Basal "
            "cisterns are patent. Dense atherosclerotic calcification of the cavernous carotids. No fracture. "
            "Mastoid air cells and visualized paranasal sinuses are clear. {F:Side} frontal scalp hematoma.",
            "IMPRESSION:\n1. No acute intracranial abnormality.\n2. Global and medial temporal atrophy with "
            "chronic small vessel ischemic changes.\n3. {F:Side} frontal scalp soft tissue swelling without "
            "underlying fracture.",
        ],
        "extra": _RAD_FILLER + ("RADIATION: {L:ctdi}; {L:dlp}. Within the institutional reference level.",),
    },
    "mri_dementia": {
        "type": "radiology",
        "blocks": [
            "EXAMINATION:  MRI BRAIN WITH AND WITHOUT CONTRAST (dementia protocol)",
            "INDICATION:  ___ with progressive memory loss; neuroimaging requested as part of a capacity and "
            "guardianship evaluation.",
            "TECHNIQUE:  Sagittal 3D T1 MPRAGE, axial FLAIR, DWI, SWI, coronal T2 through the hippocampi, "
            "post-contrast T1 after {L:gad} ({N:5:8} mL). Volumetric analysis with {L:volsw}.",
            "COMPARISON:  ___.",
            "FINDINGS:\nNo restricted diffusion. Confluent periventricular and deep white matter FLAIR "
            "hyperintensities ({L:wm}). Bilateral hippocampal atrophy, {F:side} greater than the other side "
            "({L:mta} 3 right / 3 left). Enlarged {L:pvs}. Scattered microhemorrhages on SWI in a lobar "
            "distribution. No abnormal enhancement. Normal flow voids.",
            "VOLUMETRICS: Hippocampal occupancy score 0.58 (below 1st percentile for age). Lateral ventricle volume "
            "above 95th percentile.",
            "IMPRESSION:\n1. Hippocampal-predominant atrophy, supportive of {L:ddx_ad} in the appropriate clinical "
            "setting.\n2. Moderate chronic small vessel disease.\n3. Lobar microhemorrhages, possibly amyloid "
            "angiopathy; relevant to anti-amyloid therapy ({L:amyloid_drug}) eligibility.",
        ],
        "extra": _RAD_FILLER,
    },
    "skeletal_survey": {
        "type": "radiology",
        "blocks": [
            "EXAMINATION:  SKELETAL SURVEY (ADULT), COMPLETE",
            "INDICATION:  ___ year old {F:sex} with multiple bruises of different ages; suspected elder abuse; "
            "APS notified. Evaluate for occult or healing fractures.",
            "TECHNIQUE:  AP and lateral skull, AP and lateral spine, AP chest with oblique ribs, AP pelvis, AP "
            "views of the humeri, forearms, hands, femurs, tibiae and feet. {L:xr}.",
            "COMPARISON:  None available.",
            "FINDINGS:\nDiffuse osteopenia. Healing fractures of the {F:side} posterolateral 6th through 8th ribs "
            "with callus formation. Acute-appearing nondisplaced fracture of the {F:side} ulnar shaft (a pattern "
            "often termed a nightstick fracture). Chronic compression deformity of L1 (~40% height loss). No skull "
            "fracture. Degenerative changes of both knees and the first carpometacarpal joints.",
            "IMPRESSION:\n1. Fractures of differing ages: healing posterior rib fractures and an acute ulnar "
            "shaft fracture. In the absence of a consistent history, nonaccidental injury should be considered. "
            "Findings communicated to the Elder Abuse Response Team.\n2. Osteopenia and chronic L1 compression.",
        ],
        "extra": _RAD_FILLER,
    },
    "ct_face_cspine": {
        "type": "radiology",
        "blocks": [
            "EXAMINATION:  CT MAXILLOFACIAL W/O CONTRAST; CT C-SPINE W/O CONTRAST",
            "INDICATION:  ___ with facial bruising and {F:side} periorbital swelling; history of fall reported by "
            "caregiver inconsistent with injuries; capacity impaired.",
            "TECHNIQUE:  Helical acquisition from vertex to the aortic arch; bone and soft-tissue algorithms; "
            "multiplanar reformats. {L:dlp}.",
            "COMPARISON:  ___.",
            "FINDINGS:\nFACE: Mildly depressed fracture of the {F:side} zygomatic arch. Nondisplaced fracture of "
            "the nasal bones. Periorbital soft tissue swelling without retrobulbar hematoma. The globes are intact. "
            "Edentulous mandible without fracture.\nC-SPINE: No acute fracture or malalignment. Multilevel "
            "degenerative disc disease, worst at C5-6. Prevertebral soft tissues normal.",
            "IMPRESSION:\n1. {F:Side} zygomatic arch and nasal bone fractures.\n2. No acute cervical spine "
            "fracture.\n3. Injury pattern (face, bilateral) is not typical for a simple ground-level fall; clinical "
            "correlation with history recommended.",
        ],
        "extra": _RAD_FILLER + ("RADIATION: {L:ctdi}; {L:dlp} (face and spine combined).",),
    },
    "chest_ribs": {
        "type": "radiology",
        "blocks": [
            "EXAMINATION:  CHEST (PA AND LAT) AND {F:side} RIB SERIES",
            "INDICATION:  ___ with chest wall bruising of uncertain mechanism, pain on inspiration; SW and APS "
            "involved.",
            "TECHNIQUE:  PA and lateral chest; dedicated {F:side} rib views with BB marker over the site of pain.",
            "COMPARISON:  ___.",
            "FINDINGS:\nLungs are clear. No pleural effusion or pneumothorax. Heart size is at the upper limits of "
            "normal; aorta is tortuous and calcified. Acute displaced fractures of the {F:side} lateral 7th and 8th "
            "ribs at the BB marker. Old healed fracture of the contralateral 5th rib. Diffuse demineralization. "
            "Pacemaker leads in expected position.",
            "IMPRESSION:\n1. Acute {F:side} 7th and 8th rib fractures; old healed contralateral rib fracture.\n"
            "2. No pneumothorax.",
        ],
        "extra": _RAD_FILLER,
    },
    "pet_brain": {
        "type": "radiology",
        "blocks": [
            "EXAMINATION:  PET-CT BRAIN (FDG) -- NEURODEGENERATIVE EVALUATION",
            "INDICATION:  ___ with cognitive decline of uncertain etiology; diagnosis needed for guardianship "
            "and long-term care planning.",
            "RADIOPHARMACEUTICAL:  {L:fdg} administered IV in the {F:side} antecubital vein. Blood glucose "
            "{N:84:131} mg/dL. Uptake 40 min in a quiet dim room.",
            "TECHNIQUE:  Brain PET acquired on a {L:pet} with low-dose CT for attenuation correction. "
            "Statistical surface projection analysis ({L:volsw}).",
            "COMPARISON:  MRI brain ___.",
            "FINDINGS:\nBilateral temporoparietal and posterior cingulate/precuneus hypometabolism, {F:side} "
            "greater than contralateral, with relative sparing of the primary sensorimotor cortex, basal ganglia, "
            "thalami and cerebellum. Occipital metabolism preserved (cingulate island sign absent).",
            "IMPRESSION:\nPattern of hypometabolism typical of {L:ddx_ad}. No features of frontotemporal "
            "degeneration or dementia with Lewy bodies. Amyloid PET ({L:tracer}) may be considered if it would "
            "change management.",
        ],
        "extra": _RAD_FILLER,
    },
}

DOCUMENT_KINDS = tuple(_KIND_SPECS)
_DS_KINDS = tuple(k for k in DOCUMENT_KINDS if _KIND_SPECS[k]["type"] == "discharge")
_RAD_KINDS = tuple(k for k in DOCUMENT_KINDS if _KIND_SPECS[k]["type"] == "radiology")


# --------------------------------------------------------------------------------------------------
# Assembly
# --------------------------------------------------------------------------------------------------

_KIND_STEP = 0.7548776662466927  # 1 / plastic number: spreads kinds within a note type


def document_kind(seed: int, i: int) -> str:
    ntype, _, _ = _plan(seed, i)
    kinds = _RAD_KINDS if ntype == "radiology" else _DS_KINDS
    return kinds[int(_frac(i * _KIND_STEP + seed * 0.3183098861837907) * len(kinds))]


def _heavy_block(rng: random.Random) -> str:
    lines = rng.sample(_HEAVY_LINES, rng.randint(27, 31))
    style = rng.randrange(3)
    if style == 0:
        return "CONTACTS / IDENTIFIERS (registration face sheet)\n" + "\n".join(lines)
    if style == 1:
        rows = [f"| {a.split(':')[0]:<14}| ___ |" for a in lines]
        return "| Field         | Value |\n|---------------|-------|\n" + "\n".join(rows)
    half = (len(lines) + 1) // 2
    left, right = lines[:half], lines[half:] + [""]
    return "Face sheet:\n" + "\n".join(f"{a:<24}{b}" for a, b in zip(left, right, strict=False))


def _assemble(kind: str, seed: int, i: int) -> tuple[LabelledNote, list[str], str]:
    spec = _KIND_SPECS[kind]
    ntype = spec["type"]
    where = "rad" if ntype == "radiology" else "ds"
    _, status, cats = _plan(seed, i)
    rng = random.Random(f"holdout73:{seed}:{i}")
    side = rng.choice(("right", "left"))
    blocks: list[tuple[_Frag, str]] = [(_render(rng, _choose(rng, b), side=side), "\n\n") for b in spec["blocks"]]
    core_len = sum(len(f.text) + 2 for f, _ in blocks)

    # plants
    used: set[int] = set()
    plant_frags: list[tuple[_Frag, str]] = []
    for cat in cats:
        fitting = [k for k, p in enumerate(_PLANTS) if p[0] == cat and p[2] in ("any", where)]
        options = [k for k in fitting if k not in used] or fitting
        k = rng.choice(options)
        used.add(k)
        _, sub, _, pos, tmpl = _PLANTS[k]
        value = _gen(rng, cat, sub)
        plant_frags.append((_render(rng, tmpl, value, cat), pos))
    plant_len = sum(len(f.text) + 2 for f, _ in plant_frags)

    # optional filler up to a target length
    target = rng.randint(1350, 3700)
    extras = list(spec["extra"])
    rng.shuffle(extras)
    total = core_len + plant_len + (1200 if status == "heavy" else 0)
    for tmpl in extras:
        if total >= target:
            break
        fr = _render(rng, tmpl, side=side)
        if total + len(fr.text) + 2 > 4300:
            continue
        blocks.insert(rng.randint(2, max(2, len(blocks) - 1)), (fr, "\n\n"))
        total += len(fr.text) + 2

    for fr, pos in plant_frags:
        sep = "\n" if rng.random() < 0.35 else "\n\n"
        if pos == "top":
            blocks.insert(rng.choice((0, 1)) if ntype == "radiology" else 1, (fr, sep))
        elif pos == "end":
            blocks.append((fr, "\n\n"))
        else:
            blocks.insert(rng.randint(1, len(blocks) - 1), (fr, sep))
    if status == "heavy":
        blocks.insert(rng.randint(1, len(blocks) - 1), (_render(rng, _heavy_block(rng)), "\n\n"))

    parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    looks: list[str] = []
    n = 0
    for k, (fr, sep) in enumerate(blocks):
        if k:
            parts.append(sep)
            n += len(sep)
        spans.extend((s + n, e + n, c) for s, e, c in fr.spans)
        looks.extend(fr.looks)
        parts.append(fr.text)
        n += len(fr.text)
    text = "".join(parts) + "\n"
    looks = list(dict.fromkeys(lk for lk in looks if lk))
    note = LabelledNote(note_type=ntype, text=text, spans=sorted(spans))
    return note, looks, ("heavy" if status == "heavy" else "normal")


def _make_builder(kind: str) -> Callable[[int, int], tuple[LabelledNote, list[str], str]]:
    def build(seed: int, i: int) -> tuple[LabelledNote, list[str], str]:
        return _assemble(kind, seed, i)

    build.__name__ = f"_build_{kind}"
    return build


_KINDS: dict[str, tuple[str, Callable[[int, int], tuple[LabelledNote, list[str], str]]]] = {
    k: (_KIND_SPECS[k]["type"], _make_builder(k)) for k in DOCUMENT_KINDS
}


def _build(seed: int, i: int) -> tuple[LabelledNote, list[str], str]:
    """The note, the look-alikes present in it (never labelled) and its kind ("heavy" or "normal")."""
    _, builder = _KINDS[document_kind(seed, i)]
    return builder(seed, i)


def holdout73_note(seed: int, i: int) -> LabelledNote:
    return _build(seed, i)[0]


def holdout73_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout73_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = holdout_measure.measure(
        holdout73_corpus, argv, "Held-out corpus 73 (elder law, guardianship, financial exploitation, capacity)")
    holdout_measure.report("holdout73", args, notes, hits, res)


if __name__ == "__main__":  # pragma: no cover
    main(sys.argv[1:])
