"""Held-out corpus 85: opioid treatment programmes, recovery housing and harm reduction around an admission.

MIMIC-IV-Note-shaped notes about patients with opioid use disorder who are admitted (endocarditis, spinal
epidural abscess, septic emboli, soft-tissue infection, overdose) and the programmes around them: opioid
treatment programmes (OTP, methadone) and office-based buprenorphine (OBOT), central registry and PDMP checks,
recovery residences and sober living, syringe services and naloxone distribution, drug court and probation
liaison, peer recovery specialists, residential referrals and bed searches, ED bridge clinics, and the imaging
of injection-related infection. Most identifiers are ``___``; unmasked dates are shifted into 2100-2200 and never
labelled; about 58% of notes carry 1-4 identifiers that escaped masking, and exactly 5% are heavy (many ``___``,
no plants).

Document kinds (``DOCUMENT_KINDS``):

- discharge: ``otp_dose_verification`` (inpatient pharmacist's OTP methadone dose verification),
  ``obot_visit`` (office-based buprenorphine follow-up), ``ed_bridge`` (ED bridge clinic induction note),
  ``addiction_consult`` (inpatient addiction medicine consult), ``discharge_summary`` (endocarditis / abscess
  discharge summary with OTP hand-off), ``recovery_residence`` (recovery residence acceptance letter),
  ``court_liaison`` (drug treatment court / probation liaison letter), ``peer_recovery`` (peer recovery
  specialist encounter), ``bed_search`` (residential referral and bed-search log), ``harm_reduction``
  (syringe services and naloxone distribution encounter), ``take_home_review`` (OTP take-home, lockbox and
  bottle-recall review);
- radiology: ``echo_tee`` (transoesophageal echo for endocarditis), ``ct_chest_emboli`` (chest CT for
  septic emboli), ``mri_spine_abscess`` (spine MRI for epidural abscess / discitis), ``mri_brain_emboli``
  (brain MRI / CTA for septic emboli and mycotic aneurysm), ``picc_placement`` (PICC placement with chest
  radiograph), ``us_soft_tissue`` (injection-site ultrasound and venous duplex), ``ct_abd_infarcts``
  (abdominal CT for splenic / renal infarcts and psoas abscess).

Label policy (the brief's, copied): PERSON is one span per name (given and family together, titles outside);
LOCATION is a place below state level (a street line is STREET_ADDRESS; town and ZIP are separate spans; states
and countries are never labelled, and "New York" alone is the state); ORGANIZATION is a named hospital,
practice, pharmacy (a chain's store too), agency, school or employer, never a generic department, and never a
drug maker, biotech or trial sponsor named as such (a jail, prison or court is one; a payer or insurer named as
such is not). DATE_REAL_YEAR is a whole date carrying a year 1900-2030 (a bare year is not labelled; a device,
drug or lot expiry date is not labelled; a death date is). AGE_OVER_89 labels the digits of ages >= 90.
DEVICE_ID is a device serial (for a GS1 UDI only the (21) serial) or a hospital asset tag; lot, GTIN, REF,
model and expiry are not identifiers. A toll-free phone number (800, 888, 877, 866, 855, 844, 833) is a public
line: never labelled; a device maker's or vendor's toll-free fax neither, a practice's toll-free fax is FAX.
ACCOUNT covers account, encounter, incident/run, accession, order, requisition, claim and specimen numbers, and
a vendor's call or session id for the patient's encounter; HEALTH_PLAN member, subscriber and policy ids (an
employer's group number is not the member's id: leave it unlabelled); LICENSE medical, nursing, EMS, DEA and
driver's licences and a clinician's NPI. Spans hold the value only: cue words ("Dr.", "MRN:", "pager", "Fax",
"SN", "plate", "Acct") and credentials ("MD", "RN") stay outside.

Conventions chosen for this corpus (where the brief did not settle them):

- ORGANIZATION: opioid treatment programmes and methadone clinics, OBOT practices and community health
  centres, recovery residences and sober-living houses (including a named Oxford House), syringe services and
  harm-reduction programmes, residential treatment, detox and crisis centres, recovery community centres, drug
  treatment courts and other courts, county probation departments, county jails, police departments and
  sheriff's offices, county health departments, hospitals and pharmacies (chain stores too). Each span is the
  whole name ("Oneida County Drug Treatment Court" is one ORGANIZATION, not a LOCATION inside it).
- Unlabelled public bodies and programmes: SAMHSA, DEA (the agency), FDA, CDC, NIDA, OASAS, the state PDMP
  (I-STOP) and PMP platform names, the OTP central registry as a system, Medicaid and Medicare as programmes,
  NARR levels, ASAM levels, 42 CFR citations; payers named as such (Fidelis Care, Healthfirst, MVP ...);
  drug and test-strip makers; software names and versions; generic departments ("Addiction Consult Service",
  "OPAT", "Social Work").
- MRN: a hospital's medical record / unit number and an OTP's or OBOT's own chart / client number.
- ACCOUNT: PDMP query / report ids, central-registry check confirmation numbers, OTP dosing-record
  (dispensing transaction) numbers, take-home bottle prescription numbers, residential referral and bed-search
  request numbers, EMS run and police incident numbers, prior-authorisation and claim numbers, radiology
  accession and order numbers, encounter and billing account numbers, and an interpreter vendor's session id.
- HEALTH_PLAN: Medicaid CIN, managed-care member ids, Medicare MBI and policy / subscriber ids; group numbers
  stay unlabelled (look-alikes).
- LICENSE: physician and nurse licence numbers, DEA numbers (including legacy X-waiver DEA numbers), NPIs, a
  CASAC (state-issued addiction counsellor credential) number and a driver's licence number.
- DEVICE_ID: a take-home lockbox serial, an ankle monitor's (SCRAM / GPS) serial, a remote breathalyser's
  serial, a prosthetic valve's or pacemaker's serial, a UDI's (21) serial, an infusion pump's serial and
  hospital asset tags.
- VEHICLE_ID: licence plates and VINs (the patient's car, a transport van).
- Masked (always written ``___``, no category): central-registry participant ids, drug court docket and case
  numbers, probation and booking numbers, syringe services participant codes, peer-specialist certification
  numbers, SNAP case numbers. A Medicaid transportation trip number appears only masked here.
- Unlabelled look-alike numbers: an employer's group number, PICC REF numbers, UDI (01) GTIN and (17) expiry
  segments, lot numbers, NDCs, staff phone extensions written alone ("x5148").
- LOCATION: towns, city neighbourhoods, parks, encampments and intersections; "NY" and "New York" are the
  state and never labelled.
- Public look-alikes: toll-free helplines (the SAMHSA national helpline, the HOPEline, Never Use Alone, poison
  help), public bodies' websites, NDCs, lot numbers, naloxone and device expiry dates (which may carry a real
  year), NarxCare and clinical scores, doses, QTc values, DLP values, shifted dates, ages under 90.

Generation: the note type, kind, heavy and planted flags and every planted identifier's category are fixed
by ``(seed, index)`` alone (integer Weyl sequences and string-seeded ``random.Random``), so per-category totals
are stable; a planted value either fills a slot of the document's own form (its ``___`` left unmasked) or is
a separate line or sentence drawn from the category's templates (prose, ``Label: value``, ``|`` tables, aligned
columns, footers, signatures, typos and broken lines).

Written blind: the author read only the corpus brief (bench/holdout_corpus_task.md),
``lqs_clinical/synth/holdout_measure.py``, the first 45 lines of ``lqs_clinical/synth/notes.py``,
``pyproject.toml``, ``/work/shared/reference/*.md`` and the masked PyHealth note-shaped samples and
``SOURCES.md`` under ``/work/shared/data/``. No detector code, rule file, other corpus, test or benchmark was
read, and the detector was never run on this corpus.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from lqs_clinical.synth import holdout_measure
from lqs_clinical.synth.notes import LabelledNote

# --------------------------------------------------------------------------------------------------
# Surrogate pools (fictitious)
# --------------------------------------------------------------------------------------------------

_GIVEN = (
    "Marisol", "Dwayne", "Keisha", "Tobias", "Shaniqua", "Brendan", "Yesenia", "Colton", "Latoya", "Darnell",
    "Kayleigh", "Ignacio", "Rosalind", "Trevor", "Ebony", "Jaxon", "Priya", "Desmond", "Bethany", "Luis",
    "Tamika", "Corey", "Fiona", "Hector", "Imani", "Wesley", "Noelle", "Raheem", "Krystal", "Dominic",
    "Alondra", "Garrett", "Wanda", "Rashad", "Courtney", "Mateo", "Sierra", "Cody", "Yolanda", "Terrence",
    "Heather", "Javier", "Danielle", "Malik", "Brianna", "Shawn", "Carmen", "Travis", "Jolene", "Andre",
)
_FAMILY = (
    "Okafor", "Brannigan", "Delacruz", "Whitcomb", "Szymanski", "Rutledge", "Abernathy", "Villanueva",
    "Kowalczyk", "Pettigrew", "Nwosu", "Castellano", "Haverford", "Lindqvist", "Marchetti", "Oyelaran",
    "Quintero", "Sandoval", "Tremblay", "Underhill", "Vasquez-Reyes", "Wojcik", "Yarborough", "Zielinski",
    "Fitzgerald", "Gallagher", "Hollis", "Iverson", "Jablonski", "Lachance", "McAllister", "Nakamura",
    "O'Rourke", "Pacheco", "Rinaldi", "Stroud", "Thibodeaux", "Upshaw", "Valente", "Whitfield", "Batista",
    "Coughlin", "Dimitriou", "Esposito", "Ferreira", "Hagerty", "Jankowski", "Kearney", "Mahoney", "Ostrowski",
)
_ORG_STEM = (
    "Crossroads", "Harbor", "Beacon", "Lakeview", "Riverbend", "Northstar", "Evergreen", "Cornerstone",
    "Pathways", "Hilltop", "Maple Street", "Elmwood", "Brightside", "Summit", "Keystone", "Westbrook",
    "Greenfield", "Stonegate", "Clearview", "Willow Creek", "Bridgeway", "Horizon", "Foothills", "Canal Street",
    "Ridgeview", "Oak Hill", "Mohawk Valley", "Finger Lakes", "Southern Tier", "North Country", "Seneca",
    "Adirondack", "Twin Rivers", "Cedar Grove", "Parkside", "Tri-County", "Genesee", "Chenango", "Lantern Hill",
    "Fresh Start",
)
_COUNTY = (
    "Onondaga", "Oneida", "Broome", "Albany", "Erie", "Monroe", "Ulster", "Schenectady", "Rensselaer",
    "Dutchess", "Chemung", "Cayuga", "Oswego", "Madison", "Herkimer", "Montgomery", "Fulton", "Saratoga",
    "Warren", "Clinton", "Jefferson", "Niagara", "Chautauqua", "Cattaraugus", "Steuben", "Tompkins",
    "Cortland", "Otsego", "Sullivan", "Orange",
)
_TOWN = (
    "Cohoes", "Watervliet", "Amsterdam", "Gloversville", "Oneida", "Rome", "Utica", "Auburn", "Geneva",
    "Elmira", "Corning", "Binghamton", "Johnson City", "Endicott", "Kingston", "Newburgh", "Poughkeepsie",
    "Middletown", "Troy", "Schenectady", "Plattsburgh", "Ogdensburg", "Massena", "Oswego", "Fulton",
    "Cortland", "Ithaca", "Jamestown", "Olean", "Lockport", "Niagara Falls", "Batavia", "Tonawanda",
    "Cheektowaga", "Lackawanna", "Hornell", "Norwich", "Oneonta", "Herkimer", "Little Falls", "Catskill",
    "Hudson", "Saugerties", "Liberty", "Port Jervis", "Canandaigua", "Seneca Falls", "Watertown",
    "Rensselaer", "Glens Falls", "Gouverneur", "Malone", "Potsdam", "Carthage", "Lowville", "Boonville", "Ilion",
    "Frankfort", "Sherrill", "Canastota", "Chittenango", "Baldwinsville", "Solvay", "Camillus", "Moravia",
    "Owego", "Waverly", "Bath", "Wellsville", "Salamanca", "Dunkirk", "Fredonia", "Medina", "Albion",
    "Brockport", "Geneseo", "Dansville", "Penn Yan", "Lyons", "Clyde", "Pulaski", "Walden", "Ellenville",
    "Monticello", "Margaretville", "Walton", "Sidney", "Greene",
)
_HOOD = (
    "Near Westside", "Tipperary Hill", "Arbor Hill", "South End", "Hamilton Hill", "Eastwood", "Lincoln Heights",
    "Schiller Park", "Lower West Side", "Corn Hill", "Valley Borough", "Mount Hope", "Lark Street corridor",
    "North Side", "Sheridan Hollow", "Cornhill", "Pleasant Valley", "First Ward", "Lincoln Square", "Westcott",
    "Prospect Hill", "Lyon Street", "Upper Hill", "Broadway Fillmore", "Pine Hills",
)
_PARK = (
    "Burnet Park", "Washington Park", "Riverfront Park", "Kirk Park", "Lincoln Park", "Thornden Park",
    "Recreation Park", "Quarry Park", "Highland Park", "Riverside Park", "Columbus Park", "Prospect Park",
    "Ann Lee Pond", "Onondaga Creekwalk",
)
_CAMP = ("Tent City", "Towpath camp", "Blue Tarp camp", "Rail Yard camp", "Under the Bridge camp", "Cherry Street camp")
_XSEC = (
    "Salina and Court", "Genesee St and Wallace", "Lark St & Central Ave", "Main and Delaware",
    "State St at Erie Blvd", "Clinton and Pine", "Hawley Ave and Lodi St", "Lyell and Dewey",
    "Jay and Hamilton", "Bleecker and Genesee", "Court St & Front St", "South Ave and Colvin", "Elk and Seneca",
    "Grant Blvd and Park St", "Main St at the railroad bridge",
)
_STREET = (
    "Tompkins", "Lark", "Wolf", "Hawley", "Delaware", "Genesee", "Lodi", "Park", "Columbia", "Oneida", "Elm",
    "Catherine", "Highland", "Bleecker", "Warren", "Hudson", "Chenango", "Walnut", "Prospect", "Union",
    "Jefferson", "Montgomery", "Second", "Fourth", "Seneca", "Liberty", "Chestnut", "Orchard", "Court",
    "Grand",
)
_STREET_TYPE = ("St", "Street", "Ave", "Avenue", "Rd", "Road", "Blvd", "Pl", "Ln", "Dr", "Ct", "Terrace", "Way")
_AREA = ("315", "518", "585", "607", "716", "845", "914", "631", "347", "929", "212", "718", "646", "917", "680")
_TOLL = ("800", "888", "877", "866", "855", "844", "833")
_EMAIL_DOMAIN = (
    "gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com", "hotmail.com", "protonmail.com",
)

# --------------------------------------------------------------------------------------------------
# Look-alikes (never labelled)
# --------------------------------------------------------------------------------------------------

_OUD_BRANDS = (
    "Suboxone", "Zubsolv", "Sublocade", "Brixadi", "Vivitrol", "Narcan", "Kloxxado", "Zimhi", "Lucemyra",
    "Methadose", "Dolophine", "Diskets", "Subutex",
)
_OTHER_BRANDS = (
    "Dalvance", "Cubicin", "Zosyn", "Unasyn", "Vancocin", "Bactrim", "Keppra", "Epclusa", "Mavyret",
    "Biktarvy", "Descovy", "Neurontin", "Seroquel", "Klonopin", "Percocet", "OxyContin", "Dilaudid", "Ancef",
    "Rocephin", "Lovenox", "Eliquis", "Nicoderm",
)
_IMAGING_BRANDS = (
    "Omnipaque", "Isovue", "Gadavist", "Dotarem", "Definity", "Lumason", "PowerPICC", "Groshong",
    "Carpentier-Edwards PERIMOUNT", "Siemens SOMATOM Force", "GE Revolution", "Philips Ingenia", "Philips EPIQ",
    "GE Vivid E95", "Sonosite", "Visage 7", "syngo.via",
)
_EPONYMS = (
    "Duke criteria", "Janeway lesions", "Osler nodes", "Roth spots", "Valsalva", "Trendelenburg", "Babinski",
    "Hoffmann sign", "Romberg", "Lhermitte sign", "Seldinger technique", "Batson plexus", "Modic type 1",
    "Schmorl node", "Chiari network", "Eustachian valve", "Lambl excrescence", "Kerley B lines",
    "Hampton hump", "Virchow triad", "Wells score", "Glasgow Coma Scale", "Bazett", "Fridericia", "Wernicke",
    "Cobb angle", "Fleischner",
)
_SCALES = (
    "COWS", "CIWA-Ar", "DAST-10", "AUDIT-C", "PHQ-9", "GAD-7", "RASS", "ASAM Level 3.7", "ASAM Level 3.5",
    "ASAM Level 1", "NarxCare",
)
_MAKERS = ("Indivior", "Hikma", "Emergent BioSolutions", "Alkermes", "Braeburn", "Mallinckrodt", "Orexo", "BTNX")
_PAYERS = (
    "Fidelis Care", "Healthfirst", "MetroPlus Health", "MVP Health Care", "Excellus BlueCross BlueShield",
    "UnitedHealthcare Community Plan", "Molina Healthcare", "Medicaid fee-for-service",
)
_SOFTWARE = ("Methasoft 9.4.2", "SAMMS v12.1", "PMP AWARxE", "I-STOP", "Epic Hyperspace 10.2", "Soberlink")
_HOTLINES = ("1-800-662-4357", "1-877-846-7369", "1-800-484-3731", "1-800-222-1222", "988 Suicide & Crisis Lifeline")
_GOV_SITES = (
    "findtreatment.gov", "www.samhsa.gov", "oasas.ny.gov", "www.cdc.gov/stopoverdose", "health.ny.gov",
    "nida.nih.gov",
)
_PUBLIC_BODIES = ("SAMHSA", "OASAS", "the DEA", "FDA", "CDC")
_DEPTS = (
    "Addiction Consult Service", "Infectious Disease", "OPAT team", "Social Work", "Case Management",
    "Psychiatry C-L", "Emergency Department", "Cardiothoracic Surgery", "Interventional Radiology",
)
_PLACES_PUBLIC = ("New York", "Pennsylvania", "Vermont", "New Jersey", "Massachusetts", "Puerto Rico",
                  "Dominican Republic", "Canada", "Honduras")
_LEGAL = ("42 CFR Part 2", "42 CFR 8.12", "Penal Law 220.03", "NARR Level II", "NARR Level III")

EPONYMS_AND_BRANDS: tuple[str, ...] = (
    _OUD_BRANDS + _OTHER_BRANDS + _IMAGING_BRANDS + _EPONYMS + _SCALES + _MAKERS + _PAYERS + _SOFTWARE
    + _HOTLINES + _GOV_SITES + _PUBLIC_BODIES + _DEPTS + _PLACES_PUBLIC + _LEGAL
)

# --------------------------------------------------------------------------------------------------
# Value generators (one per category; ``sub`` picks a context-specific shape)
# --------------------------------------------------------------------------------------------------

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _letters(r: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def _v_person(r: random.Random, sub: str) -> str:
    g, f = r.choice(_GIVEN), r.choice(_FAMILY)
    if sub == "sys":
        return r.choice((f"{f.upper()}, {g.upper()}", f"{f}, {g}", f"{f.upper()},{g.upper()}"))
    if sub == "dr":
        return r.choice((f"{g} {f}", f"{g} {f}", f"{g[0]}. {f}", f"{f}"))
    x = r.random()
    if x < 0.68:
        return f"{g} {f}"
    if x < 0.82:
        return f"{g} {r.choice('ABCDEFGHJKLMNPRSTW')}. {f}"
    if x < 0.92:
        return f"{g[0]}. {f}"
    return f"{f}, {g}"


def _stem(r: random.Random) -> str:
    return r.choice(_ORG_STEM)


_ORG_FORMS: dict[str, tuple[str, ...]] = {
    "otp": ("{s} Treatment Center", "{s} Methadone Clinic", "{s} Comprehensive Treatment Center",
            "{s} Opioid Treatment Program", "{s} Recovery Services", "{t} Methadone Maintenance Clinic"),
    "obot": ("{s} Family Health Center", "{s} Primary Care", "{s} Addiction Medicine Associates",
             "{s} Community Health Center", "{t} Family Medicine"),
    "house": ("{s} Recovery Residence", "{s} Sober Living", "Oxford House {s}", "{s} House", "{s} Recovery Home"),
    "ssp": ("{s} Harm Reduction", "{s} Syringe Services Program", "{t} Needle Exchange",
            "{s} Harm Reduction Coalition", "{t} Community Outreach Project"),
    "court": ("{c} County Drug Treatment Court", "{t} City Court", "{c} County Court", "{t} Treatment Court"),
    "probation": ("{c} County Probation Department", "{c} County Probation"),
    "jail": ("{c} County Correctional Facility", "{c} County Jail", "{c} County Justice Center"),
    "residential": ("{s} Residential Treatment", "{s} Addiction Treatment Center", "{s} Rehabilitation Center",
                    "{s} Recovery Center", "{t} Addiction Treatment Center"),
    "hospital": ("{s} Medical Center", "{s} Memorial Hospital", "{t} General Hospital", "St. {saint}'s Hospital",
                 "{t} Memorial Hospital"),
    "pharmacy": ("{s} Pharmacy", "CVS Pharmacy", "Walgreens", "Kinney Drugs", "Rite Aid", "{t} Family Pharmacy",
                 "Wegmans Pharmacy"),
    "detox": ("{s} Crisis Center", "{s} Withdrawal Management", "{s} Detox", "{t} Stabilization Center"),
    "police": ("{t} Police Department", "{c} County Sheriff's Office"),
    "health": ("{c} County Health Department", "{c} County Department of Health"),
    "peer": ("{s} Recovery Community Center", "{s} Peer Services", "{s} Recovery Hub"),
}
_SAINTS = ("Peter", "Joseph", "Mary", "Elizabeth", "Luke", "Clare", "Anthony", "Vincent")


def _v_org(r: random.Random, sub: str) -> str:
    if sub not in _ORG_FORMS:
        sub = r.choice(tuple(_ORG_FORMS))
    form = r.choice(_ORG_FORMS[sub])
    return form.format(s=_stem(r), t=r.choice(_TOWN), c=r.choice(_COUNTY), saint=r.choice(_SAINTS))


def _v_date(r: random.Random, sub: str) -> str:
    y = r.randint(1934, 2003) if sub == "dob" else r.randint(2009, 2024)
    m, d = r.randint(1, 12), r.randint(1, 28)
    mon = _MONTHS[m - 1]
    f = r.randrange(9)
    if f == 0:
        return f"{m:02d}/{d:02d}/{y}"
    if f == 1:
        return f"{m}/{d}/{y}"
    if f == 2:
        return f"{y}-{m:02d}-{d:02d}"
    if f == 3:
        return f"{mon} {d}, {y}"
    if f == 4:
        return f"{d} {mon[:3]} {y}"
    if f == 5:
        return f"{mon[:3]} {d} {y}"
    if f == 6:
        return f"{d:02d}-{mon[:3].upper()}-{y}"
    if f == 7:
        return f"{m:02d}.{d:02d}.{y}"
    return f"{mon[:3]}. {d}, {y}"


def _v_age(r: random.Random, sub: str) -> str:
    return str(r.choice((90, 91, 91, 92, 92, 93, 94, 95, 96, 97, 98, 99, 101, 103)))


def _ten(r: random.Random, area: str) -> tuple[str, str, str]:
    return area, f"{r.randint(2, 9)}{_digits(r, 2)}", _digits(r, 4)


def _fmt_phone(r: random.Random, a: str, b: str, c: str) -> str:
    f = r.randrange(8)
    return (f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a} {b} {c}", f"1-{a}-{b}-{c}",
            f"+1 {a} {b} {c}", f"({a}){b}-{c}", f"{a}/{b}-{c}")[f]


def _v_phone(r: random.Random, sub: str) -> str:
    return _fmt_phone(r, *_ten(r, r.choice(_AREA)))


def _v_fax(r: random.Random, sub: str) -> str:
    area = r.choice(_TOLL) if sub == "toll" or r.random() < 0.12 else r.choice(_AREA)
    return _fmt_phone(r, *_ten(r, area))


def _v_pager(r: random.Random, sub: str) -> str:
    f = r.randrange(6)
    if f == 0:
        return f"{r.randint(1, 9)}-{_digits(r, 4)}"
    if f == 1:
        return f"{r.randint(2, 9)}{_digits(r, 4)}"
    if f == 2:
        return f"{r.randint(2, 9)}{_digits(r, 3)}"
    if f == 3:
        return _fmt_phone(r, *_ten(r, r.choice(_AREA)))
    if f == 4:
        return f"{r.randint(2, 9)}{_digits(r, 2)}-{_digits(r, 4)}"
    return f"{r.randint(10, 99)}-{_digits(r, 3)}"


def _v_email(r: random.Random, sub: str) -> str:
    g, f = r.choice(_GIVEN).lower(), r.choice(_FAMILY).lower().replace("'", "").replace("-", "")
    if sub == "org" or r.random() < 0.45:
        dom = _stem(r).lower().replace(" ", "").replace("-", "") + r.choice(
            ("recovery.org", "otp.org", "health.org", "harmreduction.org", "soberliving.com", "tc.net"))
        return r.choice((f"{g}.{f}@{dom}", f"{g[0]}{f}@{dom}", f"intake@{dom}", f"referrals@{dom}"))
    return r.choice((f"{g}.{f}{r.randint(1, 99)}@{r.choice(_EMAIL_DOMAIN)}",
                     f"{g}{f[:3]}{r.randint(70, 99)}@{r.choice(_EMAIL_DOMAIN)}",
                     f"{f}.{g}@{r.choice(_EMAIL_DOMAIN)}"))


def _v_url(r: random.Random, sub: str) -> str:
    slug = _stem(r).lower().replace(" ", "").replace("-", "")
    tail = r.choice(("recovery.org", "otp.com", "soberhomes.org", "harmreduction.net", "healthcenter.org"))
    f = r.randrange(6)
    if f == 0:
        return f"https://www.{slug}{tail}/intake"
    if f == 1:
        return f"www.{slug}{tail}"
    if f == 2:
        return f"https://telehealth.{slug}{tail}/join/{_letters(r, 6)}"
    if f == 3:
        return f"http://portal.{slug}{tail}/referral?id={_digits(r, 6)}"
    if f == 4:
        return f"https://{slug}{tail}/residents/house-rules.pdf"
    return f"{slug}{tail}/apply"


def _v_ip(r: random.Random, sub: str) -> str:
    f = r.randrange(10)
    if f < 3:
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if f < 5:
        return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if f < 6:
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if f < 9:
        return f"{r.choice((24, 66, 67, 69, 71, 72, 73, 74, 98, 104, 108, 173))}.{r.randint(0, 255)}." \
               f"{r.randint(0, 255)}.{r.randint(1, 254)}"
    return "2600:" + ":".join(f"{r.randint(0, 65535):x}" for _ in range(4)) + "::" + f"{r.randint(1, 4095):x}"


def _v_ssn(r: random.Random, sub: str) -> str:
    a = r.choice([x for x in range(1, 900) if x != 666])
    g, s = r.randint(1, 99), r.randint(1, 9999)
    sep = r.choice(("-", "-", "-", " ", ""))
    return f"{a:03d}{sep}{g:02d}{sep}{s:04d}"


def _v_mrn(r: random.Random, sub: str) -> str:
    if sub == "otp" or (sub == "" and r.random() < 0.3):
        return r.choice((f"OTP-{_digits(r, 6)}", f"M{r.randint(1, 9)}{_digits(r, 5)}", f"C-{_digits(r, 5)}",
                         f"{_letters(r, 2)}{_digits(r, 5)}", f"{r.randint(1, 9)}{_digits(r, 4)}-M"))
    return r.choice((f"{r.randint(1, 9)}{_digits(r, 6)}", f"00{_digits(r, 6)}", f"{r.randint(1, 9)}{_digits(r, 7)}",
                     f"{_digits(r, 3)}-{_digits(r, 2)}-{_digits(r, 2)}", f"E{_digits(r, 7)}"))


_ACCOUNT_SHAPES: dict[str, Callable[[random.Random], str]] = {
    "pdmp": lambda r: r.choice((f"RPT-{_digits(r, 8)}", f"NY{_digits(r, 9)}", f"{_digits(r, 10)}",
                                f"Q{_digits(r, 7)}-{r.randint(1, 9)}")),
    "registry": lambda r: r.choice((f"CR{_digits(r, 6)}", f"{_digits(r, 4)}-{_digits(r, 4)}",
                                    f"CRV-{_digits(r, 7)}")),
    "dose": lambda r: r.choice((f"D{_digits(r, 8)}", f"{_digits(r, 9)}", f"DS-{_digits(r, 6)}")),
    "bottle": lambda r: r.choice((f"{_digits(r, 7)}", f"{_digits(r, 3)}-{_digits(r, 5)}", f"TH{_digits(r, 6)}")),
    "referral": lambda r: r.choice((f"R{_digits(r, 7)}", f"{_digits(r, 6)}-RT", f"RF{_digits(r, 2)}-{_digits(r, 5)}",
                                    f"{_digits(r, 8)}")),
    "bed": lambda r: r.choice((f"BS-{_digits(r, 5)}", f"{_letters(r, 3)}{_digits(r, 6)}", f"{_digits(r, 7)}")),
    "ems": lambda r: r.choice((f"{_digits(r, 2)}-{_digits(r, 6)}", f"{_digits(r, 9)}", f"EMS{_digits(r, 7)}")),
    "police": lambda r: r.choice((f"{_digits(r, 2)}-{_digits(r, 5)}", f"IR{_digits(r, 8)}",
                                  f"{_letters(r, 3)}-{_digits(r, 7)}")),
    "accession": lambda r: r.choice((f"{_letters(r, 2)}{_digits(r, 8)}", f"E{_digits(r, 7)}",
                                     f"{_digits(r, 8)}", f"RAD-{_digits(r, 7)}")),
    "acct": lambda r: r.choice((f"{_digits(r, 10)}", f"{_digits(r, 9)}", f"H{_digits(r, 9)}",
                                f"{_digits(r, 4)}-{_digits(r, 6)}")),
    "order": lambda r: r.choice((f"{_digits(r, 8)}", f"ORD{_digits(r, 7)}",
                                 f"{_digits(r, 3)}{_letters(r, 1)}{_digits(r, 5)}")),
    "auth": lambda r: r.choice((f"PA{_digits(r, 8)}", f"{_digits(r, 11)}", f"A{_digits(r, 2)}-{_digits(r, 6)}")),
    "claim": lambda r: r.choice((f"{_digits(r, 13)}", f"CLM{_digits(r, 9)}")),
    "interp": lambda r: r.choice((f"{_letters(r, 3)}-{_digits(r, 6)}", f"{_digits(r, 8)}",
                                  f"VRI{_digits(r, 7)}")),
    "enc": lambda r: r.choice((f"{_digits(r, 10)}", f"V{_digits(r, 8)}", f"{_digits(r, 5)}-{_digits(r, 5)}")),
}


def _v_account(r: random.Random, sub: str) -> str:
    if sub not in _ACCOUNT_SHAPES:
        sub = r.choice(tuple(_ACCOUNT_SHAPES))
    return _ACCOUNT_SHAPES[sub](r)


def _mbi(r: random.Random) -> str:
    L = "ACDEFGHJKMNPQRTUVWXY"
    an = L + "0123456789"
    s = (str(r.randint(1, 9)) + r.choice(L) + r.choice(an) + str(r.randint(0, 9)) + r.choice(L) + r.choice(an)
         + str(r.randint(0, 9)) + r.choice(L) + r.choice(L) + _digits(r, 2))
    return r.choice((f"{s[:4]}-{s[4:7]}-{s[7:]}", s))


def _v_plan(r: random.Random, sub: str) -> str:
    if sub == "cin" or (sub == "" and r.random() < 0.35):
        return f"{_letters(r, 2)}{_digits(r, 5)}{_letters(r, 1)}"
    if sub == "mbi":
        return _mbi(r)
    return r.choice((f"{_letters(r, 3)}{_digits(r, 9)}", f"{_digits(r, 11)}", f"W{_digits(r, 9)}",
                     f"{_letters(r, 1)}{_digits(r, 8)}-0{r.randint(1, 4)}", _mbi(r), f"{_digits(r, 9)}00"))


def _dea(r: random.Random, first: str) -> str:
    d = [r.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return first + r.choice("ABCDGHKLMNPRSTW") + "".join(map(str, d)) + str(chk)


def _npi(r: random.Random) -> str:
    base = [1] + [r.randint(0, 9) for _ in range(8)]
    total = 24
    for k, dig in enumerate(reversed(base)):
        if k % 2 == 0:
            dig *= 2
            if dig > 9:
                dig -= 9
        total += dig
    return "".join(map(str, base)) + str((10 - total % 10) % 10)


def _v_license(r: random.Random, sub: str) -> str:
    if sub == "":
        sub = r.choice(("dea", "npi", "md", "rn", "xdea", "casac", "dl", "npi"))
    if sub == "dea":
        return _dea(r, r.choice("ABFGM"))
    if sub == "xdea":
        return _dea(r, "X")
    if sub == "npi":
        return _npi(r)
    if sub == "md":
        return r.choice((f"{r.randint(2, 3)}{_digits(r, 5)}", f"{r.randint(2, 3)}{_digits(r, 2)}-{_digits(r, 3)}"))
    if sub == "rn":
        return r.choice((f"{r.randint(5, 7)}{_digits(r, 5)}", f"RN{r.randint(5, 7)}{_digits(r, 5)}"))
    if sub == "casac":
        return r.choice((f"{r.randint(1, 9)}{_digits(r, 4)}", f"C{_digits(r, 5)}"))
    return r.choice((f"{_digits(r, 3)} {_digits(r, 3)} {_digits(r, 3)}", f"{_digits(r, 9)}"))


def _v_zip(r: random.Random, sub: str) -> str:
    z = f"1{r.randint(0, 4)}{_digits(r, 3)}"
    return z if r.random() < 0.8 else f"{z}-{_digits(r, 4)}"


def _v_street(r: random.Random, sub: str) -> str:
    base = f"{r.randint(3, 2899)} {r.choice(_STREET)} {r.choice(_STREET_TYPE)}"
    x = r.random()
    if x < 0.2:
        return base + f", Apt {r.randint(1, 6)}{r.choice('ABCDR')}"
    if x < 0.3:
        return base + f" #{r.randint(1, 40)}"
    if x < 0.38:
        return f"{r.randint(3, 2899)} {r.choice(('North', 'South', 'East', 'West', 'N.', 'S.'))} " \
               f"{r.choice(_STREET)} {r.choice(_STREET_TYPE)}"
    if x < 0.44:
        return base + f", Unit {r.choice('ABC')}"
    return base


def _v_location(r: random.Random, sub: str) -> str:
    if sub == "town":
        return r.choice(_TOWN)
    pool = r.choices((_TOWN, _HOOD, _PARK, _CAMP, _XSEC), weights=(58, 16, 9, 6, 11))[0]
    return r.choice(pool)


def _v_device(r: random.Random, sub: str) -> str:
    if sub == "":
        sub = r.choice(("lockbox", "scram", "breath", "valve", "pacer", "udi", "pump", "asset"))
    if sub == "lockbox":
        return r.choice((f"LB-{_digits(r, 6)}", f"{_letters(r, 2)}{_digits(r, 7)}", f"{_digits(r, 8)}"))
    if sub == "scram":
        return r.choice((f"SC{_digits(r, 7)}", f"{_letters(r, 1)}{_digits(r, 3)}-{_digits(r, 5)}",
                         f"GPS{_digits(r, 6)}"))
    if sub == "breath":
        return r.choice((f"SL{_digits(r, 8)}", f"{_letters(r, 4)}{_digits(r, 5)}"))
    if sub == "valve":
        return r.choice((f"{_digits(r, 7)}", f"{_letters(r, 1)}{_digits(r, 6)}"))
    if sub == "pacer":
        return f"{_letters(r, 3)}{_digits(r, 6)}{_letters(r, 1)}"
    if sub == "udi":
        return r.choice((f"{_letters(r, 2)}{_digits(r, 6)}", f"{_digits(r, 10)}", f"S{_digits(r, 7)}{_letters(r, 1)}"))
    if sub == "pump":
        return r.choice((f"{_digits(r, 7)}", f"{_letters(r, 2)}{_digits(r, 6)}-{_letters(r, 1)}"))
    return r.choice((f"BME-{_digits(r, 6)}", f"{_digits(r, 6)}", f"CE{_digits(r, 5)}", f"AT-{_digits(r, 7)}"))


_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_VIN_VAL = {**{str(k): k for k in range(10)}, **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
            **dict(zip("JKLMN", range(1, 6), strict=True)), "P": 7, "R": 9,
            **dict(zip("STUVWXYZ", range(2, 10), strict=True))}
_VIN_W = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def _vin(r: random.Random) -> str:
    chars = [r.choice(_VIN_CHARS) for _ in range(17)]
    chars[9] = r.choice("BCDEFGHJKLMNPRS")
    total = sum(_VIN_VAL[c] * w for c, w in zip(chars, _VIN_W, strict=True))
    chars[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(chars)


def _v_vehicle(r: random.Random, sub: str) -> str:
    if sub == "vin" or (sub == "" and r.random() < 0.3):
        return _vin(r)
    return r.choice((f"{_letters(r, 3)}-{_digits(r, 4)}", f"{_letters(r, 3)} {_digits(r, 4)}",
                     f"{_letters(r, 3)}{_digits(r, 4)}", f"{_letters(r, 2)}{_digits(r, 5)}",
                     f"{_digits(r, 5)}-{_letters(r, 2)}"))


_VALUES: dict[str, Callable[[random.Random, str], str]] = {
    "PERSON": _v_person, "ORGANIZATION": _v_org, "DATE_REAL_YEAR": _v_date, "AGE_OVER_89": _v_age,
    "PHONE": _v_phone, "FAX": _v_fax, "PAGER": _v_pager, "EMAIL": _v_email, "URL": _v_url,
    "IP_ADDRESS": _v_ip, "SSN": _v_ssn, "MRN": _v_mrn, "ACCOUNT": _v_account, "HEALTH_PLAN": _v_plan,
    "LICENSE": _v_license, "ZIP": _v_zip, "STREET_ADDRESS": _v_street, "LOCATION": _v_location,
    "DEVICE_ID": _v_device, "VEHICLE_ID": _v_vehicle,
}

# --------------------------------------------------------------------------------------------------
# Plant templates: one ``{v}`` (or ``{v:sub}``) per template; other fields are unlabelled fillers
# --------------------------------------------------------------------------------------------------

_TEMPLATES: dict[str, tuple[str, ...]] = {
    "PERSON": (
        "Peer recovery specialist {v} met with patient at bedside for {n}0 minutes.",
        "Spoke with {v} (probation officer) who confirms pt is in good standing.",
        "Drug court coordinator: {v}",
        "Emergency contact: {v} (mother)",
        "Electronically signed by: {v}, MD on {sd} at {t}",
        "| Case manager | {v} | ___ |",
        "Dictated by: {v}, NP",
        "Counselor            {v}          CASAC-T",
        "d/w Dr. {v:dr} at the OTP re: last dose and take-homes",
        "Pt's sponsor {v} present at bedside w/ pt permission.",
        "Addendum ({t}): seen and examined with Dr. {v:dr}; agree with plan as above.",
        "cc: {v}, Recovery Coach",
        "Findings discussed by telephone with Dr. {v:dr} at {t} on {sd}.",
        "Sober house manager {v} agreed to hold the bed until ___.",
        "Reviewed with attending\n{v}, DO",
        "Naloxone training provided to patient's partner, {v}.",
        "Pt states girlfriend ({v}) will drive him to dosing.",
        "PROVIDER: {v:sys}   ROLE: PRESCRIBER   STATUS: ACTIVE",
        "Attending note - I saw the patient with the resident. {v:dr}",
        "Read by: {v}, MD; resident ___",
        "Recovery coach -- {v} -- left VM re: ride on d/c day",
        "Printed by {v:sys} on {sd} {t} from {epic}  |  Page 2 of 2",
    ),
    "ORGANIZATION": (
        "Enrolled at {v:otp} since ___ (methadone {mg} mg daily).",
        "OTP: {v:otp}",
        "Last dose verified with {v:otp} dosing nurse by phone at {t}.",
        "Accepted to {v:residential} pending bed availability.",
        "Referred to {v:obot} for buprenorphine continuation.",
        "| {v:residential} | 3.7 | waitlist | called {t} |",
        "Pt is under supervision of {v:probation}; PO aware of admission.",
        "Prior admission at {v:hospital} for endocarditis ({sd}).",
        "Comparison: outside CT performed at {v:hospital}.",
        "Picks up naloxone and supplies weekly at {v:ssp}.",
        "Rx e-prescribed to {v:pharmacy} (verified open until 21:00).",
        "Resides at {v:house}; house manager aware of admission.",
        "Released from {v:jail} on ___, was on {oud} while incarcerated.",
        "Participant in {v:court} since ___; next status hearing ___.",
        "Brought in by {v:police} after bystander called 911.",
        "Naloxone kit from {v:health} (leave-behind program).",
        "Attends groups at {v:peer} twice weekly.",
        "Transferred from {v:detox} after {n} days of withdrawal management.",
        "Facility:       {v}",
        "FROM: {v} / INTAKE",
        "per {v:otp}, pt has not dosed since {sd}",
        "--- {v} | CONFIDENTIAL: 42 CFR Part 2 protected record ---",
    ),
    "DATE_REAL_YEAR": (
        "DOB: {v:dob}",
        "Date of birth {v:dob}",
        "Last overdose {v} (found by roommate, naloxone x2).",
        "Drug court appearance was scheduled for {v}.",
        "Brother died of fentanyl overdose on {v}.",
        "Intake date at OTP: {v}",
        "| Admit | {v} |",
        "Signed {v} {t}",
        "Prior echo {v}: no vegetation.",
        "Released from county jail {v}.",
        "Consent for release of information (42 CFR Part 2) signed {v}, expires at end of treatment.",
        "Date of death: {v}",
        "first methadone dose {v} at ___",
        "PDMP query run {v} {t} -- no discrepancies",
        "Pt d.o.b.\n{v:dob}",
        "Last Sublocade injection {v} (100 mg).",
    ),
    "AGE_OVER_89": (
        "Lives with her {v}-year-old grandmother, who holds the naloxone.",
        "Pt is a {v} y/o man on methadone maintenance since the ___.",
        "Age: {v}",
        "grandfather ({v} yo) is primary support",
        "{v} year old woman, long-term OTP patient, admitted with ___.",
        "Aged {v}; continues to dose daily at the clinic with transport.",
        "Emergency contact is pt's {v} y.o. great-aunt.",
    ),
    "PHONE": (
        "Call OTP nursing at {v} to verify dose.",
        "Mother's cell: {v}",
        "Probation officer tel {v} x{n}{n}",
        "| Recovery house | {v} |",
        "Ph: {v}",
        "contact # {v} (ok to leave VM)",
        "callback {v}",
        "Tel.\n{v}",
        "Patient's phone number {v} -- verified at registration",
        "Peer line (direct) {v}",
        "phone:{v}",
        "Phnoe: {v}",
    ),
    "FAX": (
        "Fax: {v}",
        "Please fax last-dose letter to {v}.",
        "F {v}",
        "fax# {v}",
        "faxed to OTP @ {v} at {t}",
        "FAX {v}  ATTN: intake",
        "Fax\n{v}",
        "send records (fax) {v:toll}",
        "| Fax | {v} |",
    ),
    "PAGER": (
        "Addiction consult pager {v}",
        "pgr {v}",
        "page {v} with questions",
        "Beeper: {v}",
        "p. {v}",
        "ACS pager #{v}",
        "On-call ID fellow pager {v}.",
        "Pager\n{v}",
        "pgr nubmer {v}",
    ),
    "EMAIL": (
        "email {v}",
        "E: {v}",
        "Send records to {v:org}",
        "Pt email on file: {v}",
        "| Email | {v} |",
        "Referral packet emailed to {v:org} at {t}.",
        "e-mail:{v}",
        "Emial {v}",
    ),
    "URL": (
        "Bridge clinic telehealth link: {v}",
        "House rules at {v}",
        "Online intake form {v}",
        "Referral portal: {v}",
        "More info {v} (see also {gov})",
        "| Web | {v} |",
    ),
    "IP_ADDRESS": (
        "Telehealth session origin IP {v}",
        "PDMP portal login from {v}",
        "Breathalyser upload host {v}",
        "Workstation: {v}",
        "Images pushed to PACS node {v} port 104.",
        "[audit] src={v} user=___ action=VIEW",
        "IP addr {v} (patient device)",
        "Client IP: {v}",
    ),
    "SSN": (
        "SSN: {v}",
        "Social Security # {v}",
        "SS# {v}",
        "ssn {v} (needed for drug court paperwork)",
        "| SSN | {v} |",
        "Soc Sec No.\n{v}",
    ),
    "MRN": (
        "MRN: {v}",
        "OTP chart # {v:otp}",
        "Unit No: {v}",
        "MR# {v}",
        "Med Rec No. {v}",
        "Hospital number {v}",
        "clinic client ID {v:otp}",
        "| MRN | {v} |",
        "PATIENT ID:{v}",
        "Pt: ___ | MRN {v} | Page 1 of 3",
    ),
    "ACCOUNT": (
        "PDMP report ID {v:pdmp}",
        "Referral # {v:referral}",
        "Central registry confirmation {v:registry}",
        "Dosing record no. {v:dose}",
        "Take-home bottle Rx# {v:bottle}",
        "EMS run # {v:ems}",
        "Police incident {v:police}",
        "Accession: {v:accession}",
        "Acct {v:acct}",
        "Bed search request {v:bed}",
        "Encounter {v:enc}",
        "Order # {v:order}",
        "Prior auth # {v:auth} ({payer})",
        "Interpreter session id {v:interp}",
        "| Claim | {v:claim} |",
        "I-STOP request ID: {v:pdmp}",
        "Acc#\n{v:accession}",
        "Acct# {v:acct} | HAR | printed {sd}",
    ),
    "HEALTH_PLAN": (
        "Medicaid CIN {v:cin}",
        "Member ID: {v} ({payer})",
        "Subscriber # {v}",
        "Policy {v}",
        "MBI {v:mbi}",
        "{payer} member {v}",
        "| Ins ID | {v} |",
        "Medicad CIN:{v:cin}",
        "Plan ID {v}; {grp} (employer group, not member)",
    ),
    "LICENSE": (
        "DEA {v:dea}",
        "NPI {v:npi}",
        "NYS lic #{v:md}",
        "X-waiver DEA {v:xdea}",
        "CASAC #{v:casac}",
        "driver's license {v:dl}",
        "RN license {v:rn}",
        "NPI: {v:npi}  DEA: ___",
        "Lic\n{v:md}",
        "| DEA | {v:dea} |",
    ),
    "ZIP": (
        "___, NY {v}",
        "ZIP code {v}",
        "zip: {v}",
        "| Zip | {v} |",
        "lives in the {v} zip code per intake",
        "mailing address ___, NY  {v}",
    ),
    "STREET_ADDRESS": (
        "Address: {v}",
        "recovery residence at {v}",
        "found unresponsive in the hallway of {v}",
        "Pickup at {v} at 0700 for dosing.",
        "lives at {v}, ___",
        "| Street | {v} |",
        "Adress:\n{v}",
        "SSP van stops at {v} on Tuesdays.",
    ),
    "LOCATION": (
        "lives in {v}",
        "staying at {v} encampment per outreach",
        "From {v}, ___",
        "SSP van stop: {v}",
        "Found down near {v}.",
        "Moved to {v} after release.",
        "| Town | {v} |",
        "Pt reports buying near {v}.",
        "Town of residence: {v:town}",
    ),
    "DEVICE_ID": (
        "Lockbox serial {v:lockbox}",
        "SCRAM bracelet SN {v:scram}",
        "Breathalyser device {v:breath}",
        "Asset tag {v:asset}",
        "valve SN: {v:valve}",
        "{gtin}{udiexp}(10){lot}(21){v:udi}",
        "Pump S/N {v:pump}",
        "Pacemaker serial number {v:pacer}",
        "Ankle monitor #{v:scram}",
        "| Lockbox | {v:lockbox} |",
    ),
    "VEHICLE_ID": (
        "Found in vehicle, plate {v:plate}.",
        "NY plate {v:plate}",
        "VIN {v:vin}",
        "Transport van plate {v:plate}",
        "Car (plate {v:plate}) towed from ED lot.",
        "Vehicle: {v:vin}",
        "| Plate | {v:plate} |",
    ),
}

# category weights via a Weyl sequence (integer arithmetic only)
_WEIGHTED = (
    "PERSON", "ORGANIZATION", "DATE_REAL_YEAR", "ACCOUNT", "PHONE", "LOCATION", "MRN", "HEALTH_PLAN",
    "PERSON", "LICENSE", "STREET_ADDRESS", "DEVICE_ID", "ORGANIZATION", "FAX", "PAGER", "EMAIL",
    "DATE_REAL_YEAR", "URL", "IP_ADDRESS", "PERSON", "SSN", "ACCOUNT", "ZIP", "ORGANIZATION", "AGE_OVER_89",
    "VEHICLE_ID", "PHONE", "LOCATION", "MRN", "PERSON", "HEALTH_PLAN", "DATE_REAL_YEAR", "LICENSE",
    "ORGANIZATION", "STREET_ADDRESS", "ACCOUNT", "DEVICE_ID",
)
_M = 1 << 32
_A_CAT, _B_CAT = 2654435769, 1779033704
_A_PLANT, _B_PLANT = 2471960631, 3037000499
_A_RAD, _B_RAD = 3242174889, 1640531527
_PLANT_CUT = int(0.6115 * _M)
_RAD_CUT = int(0.45 * _M)

# --------------------------------------------------------------------------------------------------
# Document helper
# --------------------------------------------------------------------------------------------------


class _Slot:
    __slots__ = ("cat", "sub", "value")

    def __init__(self, cat: str, sub: str) -> None:
        self.cat, self.sub, self.value = cat, sub, None


_MARK = re.compile(r"⟦([A-Z_0-9]+):(\w*)⟧")
_FIELD = re.compile(r"\{(\w+)(?::(\w+))?\}")


class _Doc:
    def __init__(self, r: random.Random) -> None:
        self.r = r
        self.looks: list[str] = []

    def pick(self, seq):  # noqa: ANN001, ANN201
        return self.r.choice(seq)

    def look(self, s: str) -> str:
        self.looks.append(s)
        return s

    def lk(self, seq: tuple[str, ...]) -> str:
        return self.look(self.r.choice(seq))

    @staticmethod
    def slot(cat: str, sub: str = "") -> str:
        return f"⟦{cat}:{sub}⟧"

    def sd(self) -> str:
        r = self.r
        y, m, d = r.randint(2105, 2195), r.randint(1, 12), r.randint(1, 28)
        f = r.randrange(5)
        s = (f"{y}-{m:02d}-{d:02d}", f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{_MONTHS[m - 1]} {d}, {y}",
             f"{d} {_MONTHS[m - 1][:3]} {y}")[f]
        return self.look(s)

    def t(self) -> str:
        return f"{self.r.randint(0, 23):02d}:{self.r.choice(('00', '05', '10', '15', '20', '30', '40', '45', '55'))}"

    def mg(self) -> str:
        return str(self.r.randrange(30, 145, 5))

    def age_young(self) -> str:
        n = self.r.randint(19, 68)
        return self.look(self.r.choice((f"{n}-year-old", f"{n} y/o", f"{n} yo")))

    def lot(self) -> str:
        return self.look(self.r.choice((f"{self.r.randint(1, 9)}{_letters(self.r, 1)}{self.r.randint(10, 99)}"
                                        f"{_letters(self.r, 1)}", f"{_digits(self.r, 2)}{_letters(self.r, 1)}"
                                        f"{_digits(self.r, 3)}", f"{_letters(self.r, 3)}{_digits(self.r, 4)}")))

    def ndc(self) -> str:
        return self.look(f"{_digits(self.r, 5)}-{_digits(self.r, 4)}-{_digits(self.r, 2)}")

    def exp(self) -> str:
        r = self.r
        y, m = r.randint(2025, 2029), r.randint(1, 12)
        f = r.randrange(3)
        s = (f"{m:02d}/{y}", f"{y}-{m:02d}-{r.randint(1, 28):02d}", f"{m:02d}/{r.randint(1, 28):02d}/{y}")[f]
        return self.look(s)

    def fill(self, name: str) -> str:
        r = self.r
        if name == "sd":
            return self.sd()
        if name == "t":
            return self.t()
        if name == "n":
            return str(r.randint(2, 9))
        if name == "mg":
            return self.mg()
        if name == "oud":
            return self.lk(_OUD_BRANDS)
        if name == "payer":
            return self.lk(_PAYERS)
        if name == "gov":
            return self.lk(_GOV_SITES)
        if name == "grp":
            return self.look(f"group {_digits(r, 6)}")
        if name == "gtin":
            return self.look(f"(01)0{_digits(r, 13)}")
        if name == "udiexp":
            return self.look(f"(17){r.randint(25, 29)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}")
        if name == "lot":
            return self.lot()
        if name == "epic":
            return self.look("Epic Hyperspace 10.2")
        raise KeyError(name)


def _render(d: _Doc, tpl: str, cat: str) -> list:
    out: list = []
    pos = 0
    for m in _FIELD.finditer(tpl):
        out.append(tpl[pos:m.start()])
        name, sub = m.group(1), m.group(2) or ""
        if name == "v":
            out.append((_VALUES[cat](d.r, sub), cat))
        else:
            out.append(d.fill(name))
        pos = m.end()
    out.append(tpl[pos:])
    return [p for p in out if p != ""]


# --------------------------------------------------------------------------------------------------
# Phrase alternatives (kept as constants so the text lines stay short)
_ADMIT_REASONS = (
    "MSSA bacteremia", "right forearm abscess", "suspected endocarditis", "L4-5 discitis",
    "community-acquired pneumonia",
)
_TAKE_HOME_STATUS = (
    "none (daily observed dosing)", "Sunday take-home only", "2 take-homes/week", "6 take-homes/week (phase 5)",
)
_DOSE_HISTORY_NOTES = (
    "no missed doses", "missed 2 doses before admission", "last guest-dosed at another OTP",
)
_CONSULT_REASONS = (
    "MSSA tricuspid valve endocarditis", "MRSA bacteremia and septic pulmonary emboli", "T10-11 epidural abscess",
    "left femoral pseudoaneurysm",
)
_PRIOR_TREATMENT = (
    "methadone at an OTP (discharged for non-attendance)", "buprenorphine from PCP x6 mo", "two residential stays",
    "none",
)
_DC_PROCEDURES = (
    "TEE; PICC placement", "T11-12 laminectomy and washout", "I&D right forearm abscess", "tricuspid valve repair",
)
_DC_DIAGNOSES = (
    "Tricuspid valve endocarditis", "Spinal epidural abscess", "MSSA bacteremia",
)
_PEER_GOALS = (
    "stay on methadone, get back custody", "find sober housing, get ID replaced", "start Sublocade, return to work",
)
_BED_OUTCOMES = (
    "no bed", "waitlist ~2 wk", "no MOUD on site", "bed available ___", "left VM", "requires negative TB test",
)
_BED_BARRIERS = (
    "PICC line in place (most programs will not accept)", "methadone dose > 100 mg", "pending court date",
    "wheelchair user",
)
_WOUND_CHECKS = (
    "2 cm ulcer L forearm, no cellulitis", "xylazine-associated wounds both shins, dressed", "no wounds",
)
_BOTTLE_RESULTS = (
    "returned, intact", "returned, seal broken", "not returned", "callback: returned",
)
_TAKE_HOME_DECISIONS = (
    "approve 1 take-home/week", "approve weekend take-homes", "suspend take-homes during hospitalisation",
    "no change",
)
_MITRAL_FINDINGS = (
    "No vegetation.", "Small (<5 mm) mobile echodensity, possible Lambl excrescence vs vegetation.",
)
_CT_LINES = (
    "Right PICC tip at cavoatrial junction.", "No lines.", "Left IJ central line tip in SVC.",
)
_SPINE_EXAMS = (
    "TOTAL SPINE", "THORACIC AND LUMBAR SPINE", "CERVICAL SPINE",
)
_NEURO_SYMPTOMS = (
    "confusion", "left arm weakness", "headache", "aphasia",
)
_ANEURYSM_FINDINGS = (
    "No aneurysm identified.",
    "Fusiform 3 mm outpouching of a distal left MCA branch, concerning for mycotic aneurysm.",
)
_PICC_EXAMS = (
    "PICC PLACEMENT WITH FLUOROSCOPIC GUIDANCE", "IR PICC LINE PLACEMENT", "US-GUIDED PICC AND CHEST RADIOGRAPH",
)
_DEEP_VEIN_FINDINGS = (
    "normal compressibility, no DVT.", "occlusive thrombus in the common femoral vein.",
    "nonocclusive thrombus in the brachial vein.",
)
_SPLEEN_FINDINGS = (
    "Multiple wedge-shaped hypoattenuating regions", "A single peripheral wedge-shaped defect",
)
_KIDNEY_FINDINGS = (
    "Striated nephrogram left lower pole, infarct vs pyelonephritis.", "Normal enhancement.",
)
_HOUSING = (
    "unstably housed, staying with friends", "shelter", "recovery residence", "lives with partner", "street homeless",
)
_MI_STANCES = (
    "wants to stay in treatment", "ambivalent about residential", "wants to return to work",
    "wants to regain custody",
)
_INCIDENTAL_1 = (
    "hepatic steatosis", "small hiatal hernia", "1.2 cm thyroid nodule (no further imaging per guidelines)",
    "emphysematous changes, centrilobular",
)
_INCIDENTAL_2 = (
    "cholelithiasis without cholecystitis", "no lymphadenopathy", "dental caries with periapical lucencies",
)
_STUDY_QUALITY = (
    "limited by motion", "diagnostic", "mildly degraded by patient motion and body habitus",
)
_RAD_RECOMMENDATIONS = (
    "Follow-up imaging in 4-6 weeks to document resolution.",
    "Follow-up per Fleischner guidelines is not applicable in the setting of infection.",
    "Consider image-guided aspiration if clinically indicated.",
)
_PRIOR_IMAGING_NOTES = (
    "outside CT images not available for direct comparison", "prior MRI available on PACS",
    "no prior cross-sectional imaging",
)


# --------------------------------------------------------------------------------------------------
# Shared pieces
# --------------------------------------------------------------------------------------------------


def _dc_header(d: _Doc, service: str) -> str:
    sex = d.pick("MF")
    adm = d.sd() if d.r.random() < 0.35 else "___"
    dis = d.sd() if d.r.random() < 0.25 else "___"
    allergy = d.pick(("Penicillins", "No Known Allergies / Adverse Drug Reactions", "vancomycin (red man)",
                      "Sulfa (Sulfonamide Antibiotics)", "latex", "Codeine"))
    return (f"Name:  ___                  Unit No:   {d.slot('MRN', 'unit')}\n\n"
            f"Admission Date:  {adm}              Discharge Date:   {dis}\n\n"
            f"Date of Birth:  {d.slot('DATE_REAL_YEAR', 'dob')}             Sex:   {sex}\n\n"
            f"Service: {service}\n\nAllergies: \n{allergy}\n\nAttending: {d.slot('PERSON', 'dr')}.")


def _uds_table(d: _Doc) -> str:
    rows = [("Buprenorphine", d.pick(("POS", "POS", "NEG"))), ("Norbuprenorphine", d.pick(("POS", "pending"))),
            ("Methadone", d.pick(("NEG", "POS"))), ("Fentanyl", d.pick(("POS", "NEG", "POS"))),
            ("Norfentanyl", d.pick(("POS", "NEG"))), ("Opiates (300)", "NEG"),
            ("Amphetamines", d.pick(("NEG", "POS"))), ("Cocaine metab.", d.pick(("NEG", "POS"))),
            ("Benzodiazepines", d.pick(("NEG", "NEG", "POS"))), ("Xylazine strip", d.pick(("NEG", "POS", "n/a")))]
    d.r.shuffle(rows)
    k = d.r.randint(5, len(rows))
    if d.r.random() < 0.5:
        body = "\n".join(f"| {a} | {b} |" for a, b in rows[:k])
        return "Urine drug screen:\n| Analyte | Result |\n|---|---|\n" + body
    return "UDS (POC cup):\n" + "\n".join(f"  {a:<18}{b}" for a, b in rows[:k])


def _pdmp_line(d: _Doc) -> str:
    return d.pick((
        f"PDMP ({d.lk(('I-STOP', 'PMP AWARxE'))}) reviewed {d.sd()}: {d.r.randint(0, 4)} controlled Rx in 12 mo, "
        f"single prescriber, report {d.slot('ACCOUNT', 'pdmp')}.",
        f"Prescription monitoring program checked; {d.lk(('NarxCare',))} narcotic score {d.r.randint(120, 780)}, "
        f"no overlapping opioid or benzodiazepine prescriptions. Query id {d.slot('ACCOUNT', 'pdmp')}.",
        f"PDMP: only buprenorphine fills from one prescriber; last fill {d.sd()} ({d.r.randint(7, 28)}-day supply). "
        f"Ref {d.slot('ACCOUNT', 'pdmp')}",
    ))


def _registry_line(d: _Doc) -> str:
    return d.pick((
        f"Central registry checked {d.sd()}: enrolled in one programme only (registry participant id ___), "
        f"confirmation {d.slot('ACCOUNT', 'registry')}.",
        f"OTP central registry: no dual enrollment. Confirmation # {d.slot('ACCOUNT', 'registry')}; "
        "participant id ___.",
        "Central registry clearance obtained by OTP staff; participant id ___ (masked).",
    ))


def _naloxone_line(d: _Doc) -> str:
    return d.pick((
        f"Naloxone 4 mg nasal spray ({d.lk(('Narcan', 'Kloxxado'))}) x2 dispensed, lot {d.lot()}, "
        f"EXP {d.exp()}; teach-back completed.",
        f"Naloxone kit given (NDC {d.ndc()}), exp {d.exp()}. Reviewed rescue breathing and recovery position.",
        f"Has naloxone at home; additional {d.lk(('Narcan', 'Zimhi'))} kit provided. Lot {d.lot()} exp {d.exp()}.",
        f"Overdose education given; naloxone co-prescribed. Never Use Alone line {d.look('1-800-484-3731')} "
        "reviewed.",
    ))


def _context_line(d: _Doc) -> str:
    return d.pick((
        f"Grew up in {d.lk(_PLACES_PUBLIC)}; moved here {d.r.randint(2, 15)} years ago. {d.lk(_DEPTS)} following.",
        f"Has a {d.age_young()} sister in {d.lk(_PLACES_PUBLIC)} who is supportive and aware of treatment.",
        f"Programme certified by {d.lk(_PUBLIC_BODIES)}; take-home rules follow {d.look('42 CFR 8.12')}.",
        f"{d.lk(_DEPTS)} consulted; recommendations appreciated.",
        f"Long-acting buprenorphine ({d.look('Sublocade')}, {d.look('Indivior')}; or {d.look('Brixadi')}, "
        f"{d.look('Braeburn')}) discussed; extended-release naltrexone ({d.look('Vivitrol')}, "
        f"{d.look('Alkermes')}) not preferred.",
        f"Born in {d.lk(('Dominican Republic', 'Puerto Rico', 'Honduras'))}; Spanish-speaking; video interpreter used "
        f"(session {d.slot('ACCOUNT', 'interp')}).",
        f"Prior methadone from {d.lk(('Mallinckrodt', 'Hikma'))} generic; no issue switching to "
        f"{d.lk(('Methadose', 'Diskets'))}. {d.lk(('Orexo',))} film ({d.look('Zubsolv')}) tried once.",
        f"Was prescribed {d.lk(('Klonopin', 'Neurontin', 'Seroquel'))} by outside psychiatry; {d.lk(_DEPTS)} aware.",
        f"Mother ({d.age_young()}) lives in {d.lk(_PLACES_PUBLIC)}; no contact with father.",
    ))


def _heavy_block(d: _Doc, note_type: str) -> str:
    rows = [("Patient", "MRN"), ("Date of Birth", "Age"), ("Address", "Phone"), ("Emergency contact", "Relationship"),
            ("Contact phone", "Alt phone"), ("OTP", "OTP phone"), ("Counselor", "Counselor phone"),
            ("Probation officer", "PO phone"), ("Court", "Docket"), ("Recovery residence", "House phone"),
            ("Payer ID", "CIN"), ("PCP", "PCP fax"), ("Pharmacy", "Pharmacy phone"), ("Referring provider", "Pager"),
            ("Peer specialist", "Peer cell"), ("Insurance", "Subscriber"), ("SSP code", "Registry id")]
    if note_type == "radiology":
        rows = [("Patient", "MRN"), ("DOB", "Age"), ("Ordering provider", "Pager"), ("Attending", "Phone"),
                ("Accession", "Order"), ("Location", "Room"), ("Performed at", "Date"), ("Technologist", "Ext"),
                ("Prior exam", "Prior site"), ("Read by", "Read date"), ("Verified by", "Verified date"),
                ("Referring practice", "Fax"), ("Encounter", "Account"), ("Contrast lot", "Injector"),
                ("Reason", "Ordered")]
    d.r.shuffle(rows)
    title = d.pick(("PATIENT CONTACTS / RELEASE OF INFORMATION", "ADMINISTRATIVE DATA", "DEMOGRAPHICS (copied)",
                    "REQUISITION DETAIL"))
    lines = [f"{a}: ___    {b}: ___" for a, b in rows[:14]]
    return title + "\n" + "\n".join(lines)


# --------------------------------------------------------------------------------------------------
# Discharge-type builders (each returns a list of sections; slots are filled or masked later)
# --------------------------------------------------------------------------------------------------


def _b_otp_dose(d: _Doc) -> list[str]:
    mg = d.mg()
    s = [d.pick(("INPATIENT PHARMACY NOTE - OTP DOSE VERIFICATION", "Pharmacy Consult: Methadone Continuation",
                 "OPIOID TREATMENT PROGRAM VERIFICATION (inpatient)")),
         f"Patient: ___    MRN: {d.slot('MRN', 'hosp')}    Location: ___\n"
         "Reason: Pt admitted with "
         f"{d.pick(_ADMIT_REASONS)}; "
         "reports enrollment in an opioid treatment program and requests continuation of methadone.",
         f"OTP: {d.slot('ORGANIZATION', 'otp')}\nOTP phone: {d.slot('PHONE')}    OTP fax: {d.slot('FAX')}\n"
         f"Verified with: ___, RN (dosing nurse) at {d.t()}\n"
         f"Current dose: {mg} mg methadone oral concentrate ({d.lk(('Methadose', 'Dolophine', 'Diskets'))}) daily\n"
         f"Last dose administered at clinic: {d.sd()} at 0{d.r.randint(6, 9)}:{d.r.randint(10, 59)}\n"
         f"Dosing record no.: {d.slot('ACCOUNT', 'dose')}\n"
         f"Take-home status: {d.pick(_TAKE_HOME_STATUS)}",
         "Recent dose changes: "
         f"{d.pick(('none in 30 days', f'increased by 5 mg on {d.sd()}', 'split dose discontinued ___'))}.\n"
         "Benzodiazepine co-prescription: "
         f"{d.pick(('none per PDMP', 'clonazepam 0.5 mg BID from outside psychiatrist'))}.\n"
         + _pdmp_line(d) + "\n" + _registry_line(d),
         f"ECG: QTc {d.r.randint(410, 505)} ms ({d.lk(('Bazett', 'Fridericia'))}). K {d.r.randint(33, 48) / 10}, "
         f"Mg {d.r.randint(15, 24) / 10}.",
         "Assessment/Plan:\n"
         f"1. Continue methadone {mg} mg PO daily (verified dose). Hold for sedation or RR < 10.\n"
         f"2. Avoid QT-prolonging agents where possible; repeat ECG in {d.r.randint(2, 5)} days.\n"
         "3. Do not dispense take-homes from inpatient pharmacy. OTP to be notified of admission and of any "
         "doses given; last-dose letter to be faxed on discharge.\n"
         "4. Short-acting opioids for acute pain are compatible with methadone; do not use methadone dose for "
         "analgesia.\n5. " + _naloxone_line(d),
         f"Pharmacist: {d.slot('PERSON')}, PharmD    pager {d.slot('PAGER')}"]
    if d.r.random() < 0.5:
        s.insert(4, f"Pt reports {d.pick(_DOSE_HISTORY_NOTES)}. "
                    f"Confirms no illicit use since ___; last fentanyl use ~{d.r.randint(2, 9)} weeks ago. "
                    f"Wishes to remain at current OTP. Counselor ___ aware.")
    if d.r.random() < 0.6:
        s.insert(len(s) - 1, _context_line(d))
    return s


def _b_obot(d: _Doc) -> list[str]:
    brand = d.lk(("Suboxone", "Zubsolv", "Suboxone", "Subutex"))
    tele = d.r.random() < 0.4
    s = [d.pick(("OFFICE-BASED OPIOID TREATMENT (OBOT) - FOLLOW-UP VISIT", "Buprenorphine Maintenance Visit",
                 "ADDICTION MEDICINE CLINIC - PROGRESS NOTE")),
         f"Clinic: {d.slot('ORGANIZATION', 'obot')}\nPatient: ___    DOB: {d.slot('DATE_REAL_YEAR', 'dob')}    "
         f"Chart #: {d.slot('MRN', 'otp')}\nVisit type: "
         + (f"telehealth (audio-video), session IP {d.slot('IP_ADDRESS')}" if tele else "in person"),
         f"S: Seen {d.r.randint(2, 6)} weeks after discharge from ___ (hospitalised for "
         f"{d.pick(('MSSA tricuspid endocarditis', 'injection-related cellulitis', 'epidural abscess', 'overdose'))}). "
         f"Reports cravings {d.r.randint(0, 6)}/10, {d.pick(('no', 'one', 'two'))} lapse(s) to fentanyl since last "
         "visit, no injection since ___. Sleeping better. Working part-time. Attends NA / SMART meetings.",
         f"Current regimen: {brand} 8 mg-2 mg SL film BID (16 mg/day). Adherent per pill count.",
         _uds_table(d),
         _pdmp_line(d),
         f"{d.lk(('PHQ-9',))} {d.r.randint(2, 19)}; {d.lk(('GAD-7',))} {d.r.randint(1, 15)}. "
         f"HCV Ab reactive, RNA {d.pick(('detectable', 'undetectable after Epclusa'))}.",
         "A/P: Opioid use disorder, severe, on maintenance therapy, "
         f"{d.pick(('early remission', 'improving', 'with recent lapse'))}.\n"
         f"- Continue {brand} 8 mg-2 mg, #{d.r.randint(14, 60)}, 0 refills; e-prescribed to "
         f"{d.slot('ORGANIZATION', 'pharmacy')}.\n- Discussed long-acting injectable "
         f"({d.lk(('Sublocade', 'Brixadi'))}); pt will consider.\n- " + _naloxone_line(d)
         + f"\n- Follow-up in {d.r.randint(1, 4)} weeks; sooner PRN.",
         f"Prescriber: {d.slot('PERSON')}, MD    DEA {d.slot('LICENSE', 'dea')}    NPI {d.slot('LICENSE', 'npi')}"]
    if d.r.random() < 0.6:
        s.insert(len(s) - 1, _context_line(d))
    return s


def _b_ed_bridge(d: _Doc) -> list[str]:
    c1, c2 = d.r.randint(9, 24), d.r.randint(2, 8)
    s = [d.pick(("ED BRIDGE CLINIC NOTE", "Emergency Department - Buprenorphine Initiation",
                 "ED Addiction Bridge Visit")),
         f"HPI: ___ y/o {d.pick(('M', 'F'))} with OUD brought by EMS (run # {d.slot('ACCOUNT', 'ems')}) after "
         f"witnessed overdose at ___. Received intranasal naloxone 4 mg x{d.r.randint(1, 3)} by "
         f"{d.pick(('bystander', 'EMS', 'police'))}; GCS 15, {d.look('RASS')} 0 on arrival. "
         f"Uses ~{d.r.randint(1, 10)} bags of "
         "fentanyl per day, intranasal and injection. Requests treatment.",
         f"{d.lk(('COWS',))} at {d.t()}: {c1}. Last use ~{d.r.randint(12, 30)} h prior.",
         f"Treatment: buprenorphine 8 mg SL at {d.t()}, repeat 8 mg at {d.t()} (total 16 mg). "
         f"Repeat COWS {c2}. No precipitated withdrawal. Ondansetron 4 mg x1.",
         _pdmp_line(d),
         "Disposition: discharged with bridge prescription buprenorphine-naloxone 8 mg-2 mg, 7-day supply, "
         f"to {d.slot('ORGANIZATION', 'pharmacy')}.\n" + _naloxone_line(d) + "\n"
         f"Warm handoff to {d.slot('ORGANIZATION', 'obot')} (appointment ___). Peer recovery specialist "
         f"{d.slot('PERSON')} met pt in ED.",
         f"Resources: SAMHSA helpline {d.look('1-800-662-4357')}; {d.lk(_GOV_SITES)}. Crisis line "
         f"{d.look('988 Suicide & Crisis Lifeline')}.",
         f"ED attending: {d.slot('PERSON', 'dr')}, MD    X-waiver DEA (legacy): {d.slot('LICENSE', 'xdea')}"]
    if d.r.random() < 0.5:
        s.insert(3, f"Exam: pupils 3 mm, yawning, rhinorrhea, piloerection. Track marks bilateral antecubital "
                    f"fossae; no abscess. HR {d.r.randint(80, 118)}, BP {d.r.randint(110, 160)}/"
                    f"{d.r.randint(60, 95)}, SpO2 {d.r.randint(94, 100)}% RA.")
    if d.r.random() < 0.6:
        s.insert(len(s) - 1, _context_line(d))
    return s


def _b_consult(d: _Doc) -> list[str]:
    rows = [("Fentanyl", d.pick(("IV", "IN", "smoked")), f"{d.r.randint(1, 12)} bags/d", d.pick(("___", "2 d PTA"))),
            ("Methamphetamine", d.pick(("smoked", "IV")), "intermittent", "___"),
            ("Cocaine/crack", "smoked", "weekends", "___"),
            ("Alcohol", "PO", f"{d.r.randint(0, 8)} drinks/wk", "___"),
            ("Benzodiazepines (street)", "PO", "rare", "___"),
            ("Tobacco", "smoked", f"{d.r.randint(5, 20)} cig/d", "today")]
    k = d.r.randint(3, 6)
    table = "| Substance | Route | Amount | Last use |\n|---|---|---|---|\n" + "\n".join(
        f"| {a} | {b} | {c} | {e} |" for a, b, c, e in rows[:k])
    s = [_dc_header(d, d.pick(("MEDICINE", "MEDICINE", "CARDIOTHORACIC", "NEUROSURGERY"))),
         d.pick(("ADDICTION MEDICINE CONSULT", "Addiction Consult Service - Initial Consultation")),
         "Reason for consult: OUD in pt admitted with "
         f"{d.pick(_CONSULT_REASONS)}.",
         f"HPI: {d.slot('AGE_OVER_89')} year old with OUD x{d.r.randint(3, 20)} yrs, last use ___. "
         f"Prior treatment: {d.pick(_PRIOR_TREATMENT)}. "
         "Currently in moderate withdrawal.",
         "Substance use history:\n" + table,
         _pdmp_line(d) + "\n" + _registry_line(d),
         f"{d.lk(('COWS',))} {d.r.randint(5, 20)}. {d.lk(('DAST-10',))} {d.r.randint(6, 10)}/10. "
         f"{d.lk(('AUDIT-C',))} {d.r.randint(0, 8)}.",
         "Assessment: Opioid use disorder, severe; stimulant use disorder, moderate. "
         f"{d.lk(('ASAM Level 3.7', 'ASAM Level 3.5'))} criteria met for post-acute residential care "
         f"(not {d.look('ASAM Level 1')} outpatient alone).",
         "Recommendations:\n"
         f"1. Start buprenorphine (low-dose microinduction vs standard); methadone {d.mg()} mg if pt prefers OTP.\n"
         "2. Short-acting opioids for acute pain as needed; avoid abrupt tapers.\n"
         f"   Thiamine 100 mg daily ({d.look('Wernicke')} prophylaxis); {d.look('CIWA-Ar')} monitoring if drinking.\n"
         "3. Social work for housing; consider recovery residence accepting MOUD.\n"
         f"4. {_naloxone_line(d)}\n5. Will follow daily; call with questions.",
         f"{d.slot('PERSON')}, MD - Addiction Medicine    pager {d.slot('PAGER')}"]
    if d.r.random() < 0.6:
        s.insert(len(s) - 1, _context_line(d))
    return s


def _b_dc_summary(d: _Doc) -> list[str]:
    abx = d.pick(("cefazolin 2 g IV q8h", "daptomycin 8 mg/kg IV q24h", "vancomycin IV (trough-dosed)",
                  "nafcillin 2 g IV q4h"))
    s = [_dc_header(d, d.pick(("MEDICINE", "MEDICINE", "NEUROSURGERY", "CARDIOTHORACIC"))),
         f"Chief Complaint:\n{d.pick(('fevers, back pain', 'fevers, dyspnea', 'arm swelling', 'chest pain, fevers'))}",
         "Major Surgical or Invasive "
         f"Procedure:\n{d.pick(_DC_PROCEDURES)}",
         f"History of Present Illness:\n{d.slot('AGE_OVER_89')} year old with OUD on methadone at an OTP and "
         f"prior injection drug use presenting with {d.r.randint(3, 10)} days of fevers. Blood cultures grew "
         f"{d.pick(('MSSA', 'MRSA', 'Streptococcus mitis', 'Candida parapsilosis'))} in 4/4 bottles.",
         "Brief Hospital Course:\n"
         f"# Endocarditis / bacteremia: TEE showed vegetation on tricuspid valve. {d.lk(('Duke criteria',))} met. "
         f"Treated with {abx}; clearance of cultures on HD{d.r.randint(3, 7)}. ID recommends "
         f"{d.r.randint(4, 6)} weeks total; OPAT vs long-acting {d.lk(('Dalvance',))}.\n"
         f"# OUD: methadone dose verified with OTP and continued at {d.mg()} mg daily. Addiction consult "
         "followed. Last-dose letter faxed to OTP on day of discharge.\n"
         f"# HCV: Ab positive, RNA pending; outpatient treatment ({d.lk(('Epclusa', 'Mavyret'))}).",
         f"Medications on Admission:\n1. Methadone {d.mg()} mg PO daily (OTP)\n2. {d.lk(_OTHER_BRANDS)} ___",
         f"Discharge Medications:\n1. Methadone (dose per OTP)\n2. {abx}\n3. Naloxone 4 mg nasal spray\n"
         f"4. Nicotine patch 21 mg/24 h",
         f"Discharge Disposition:\n{d.pick(('Home With Service', 'Extended Care', 'Home', 'Recovery residence'))}\n"
         f"Facility:\n{d.slot('ORGANIZATION', 'house')}",
         f"Discharge Diagnosis:\n{d.pick(_DC_DIAGNOSES)}\n"
         "Opioid use disorder on methadone",
         "Discharge Instructions:\nDo not miss OTP dosing; your clinic knows your discharge date. Keep naloxone "
         "with you. Return for fever, new weakness or numbness, chest pain or shortness of breath.",
         f"Followup Instructions:\nOTP: {d.slot('ORGANIZATION', 'otp')}, dosing resumes ___ "
         f"(phone {d.slot('PHONE')})\nID clinic ___; OPAT labs weekly."]
    if d.r.random() < 0.6:
        s.insert(len(s) - 1, _context_line(d))
    return s


def _b_residence(d: _Doc) -> list[str]:
    fee = d.r.randint(120, 240)
    s = [f"{d.slot('ORGANIZATION', 'house')}\n{d.slot('STREET_ADDRESS')}\n"
         f"{d.slot('LOCATION', 'town')}, NY {d.slot('ZIP')}\nTel {d.slot('PHONE')}  |  {d.slot('EMAIL', 'org')}",
         f"Date: {d.sd()}",
         "To: Inpatient Social Work / Case Management, ___\nRE: Bed acceptance for ___ (DOB ___)",
         f"We are pleased to confirm that the above applicant has been accepted to our "
         f"{d.lk(('NARR Level II', 'NARR Level III'))} recovery residence, effective on discharge. Our house "
         "accepts residents receiving medications for opioid use disorder, including methadone and "
         f"buprenorphine ({d.lk(('Suboxone', 'Sublocade', 'Vivitrol'))}), stored in the resident's own locked box.",
         "Conditions of residence:\n"
         f"  - weekly fee ${fee} (first week waived; {d.lk(_PAYERS)} does not cover rent)\n"
         "  - random observed urine drug testing at least twice monthly\n"
         f"  - remote breath testing ({d.lk(('Soberlink',))}); device serial {d.slot('DEVICE_ID', 'breath')}\n"
         "  - curfew 22:00 for the first 30 days; house meeting Sundays\n"
         "  - continued attendance at OTP or prescriber visits; releases on file",
         f"A bed will be held for {d.r.randint(2, 7)} days from the date of this letter. Transportation from "
         "hospital can be arranged by our van if requested 24 h ahead.",
         f"House manager: {d.slot('PERSON')}\nAdmissions: {d.slot('PERSON')}\n"
         f"Online application: {d.slot('URL')}"]
    if d.r.random() < 0.5:
        s.insert(5, "Residents are expected to seek employment or volunteer work within 30 days, complete "
                    "chores, and attend at least three mutual-help meetings per week. Overnight passes after "
                    "60 days with manager approval. Naloxone is kept in every common room.")
    return s


def _b_court(d: _Doc) -> list[str]:
    rows = []
    for _ in range(d.r.randint(3, 6)):
        rows.append(f"| {d.sd()} | {d.pick(('OTP dosing', 'counseling', 'group', 'prescriber'))} | "
                    f"{d.pick(('attended', 'attended', 'missed (inpatient)', 'attended'))} | "
                    f"{d.pick(('expected meds only', 'fentanyl POS', 'negative', 'not collected'))} |")
    s = [d.pick(("ADDICTION CONSULT SERVICE - TREATMENT COURT LIAISON LETTER", "Letter to Treatment Court",
                 "PROBATION / COURT LIAISON NOTE")),
         f"{d.sd()}",
         f"To: Hon. {d.slot('PERSON', 'dr')}\n{d.slot('ORGANIZATION', 'court')}\n"
         "Attn: Resource Coordinator ___\nRe: participant ___    Docket No. ___    Case No. ___",
         "This letter is sent with the participant's written consent under 42 CFR Part 2. The participant was "
         "admitted on ___ for "
         f"{d.pick(('infective endocarditis', 'a spinal infection', 'a severe soft-tissue infection'))} "
         f"and remains hospitalised; the participant (charge: {d.look('Penal Law 220.03')}) is medically unable "
         "to appear at the status hearing scheduled for "
         f"{d.sd()}.",
         "Treatment engagement (past 30 days):\n| Date | Service | Attendance | Toxicology |\n|---|---|---|---|\n"
         + "\n".join(rows),
         f"The participant is receiving {d.pick(('methadone', 'buprenorphine', 'extended-release buprenorphine'))} "
         "in hospital without interruption and continues to engage with the addiction team. We anticipate "
         f"discharge in {d.r.randint(5, 30)} days to "
         f"{d.pick(('a recovery residence', 'home with outpatient treatment', 'residential treatment'))}.",
         f"Supervision: {d.slot('ORGANIZATION', 'probation')}, Officer {d.slot('PERSON')} (probation no. ___). "
         f"Electronic monitoring device {d.slot('DEVICE_ID', 'scram')} remains on the left ankle.",
         f"Sincerely,\n{d.slot('PERSON')}, LCSW\nAddiction Consult Service    Phone {d.slot('PHONE')}    "
         f"Fax {d.slot('FAX')}"]
    if d.r.random() < 0.6:
        s.insert(len(s) - 1, _context_line(d))
    return s


def _b_peer(d: _Doc) -> list[str]:
    mins = d.r.randint(15, 75)
    s = [d.pick(("PEER RECOVERY SPECIALIST NOTE", "Peer Support Encounter",
                 "Certified Recovery Peer Advocate - Visit")),
         f"Location: bedside ___    Duration: {mins} min    Peer cert # ___",
         "Engagement: Pt receptive. Shared lived experience of recovery on "
         f"{d.lk(('Suboxone', 'Methadose', 'Vivitrol'))}. "
         "Pt identified goals: "
         f"{d.pick(_PEER_GOALS)}.",
         f"Recovery capital: {d.pick(('supportive sister', 'no stable housing', 'part-time job', 'sponsor in NA'))}; "
         f"barriers: {d.pick(('transportation to dosing', 'no phone', 'pending charges', 'partner still using'))}.",
         f"Actions: linked to {d.slot('ORGANIZATION', 'peer')}; provided recovery meeting list; "
         f"{_naloxone_line(d)}",
         "Plan: peer to follow up by phone within 48 h of discharge and accompany pt to first OTP visit if "
         f"able. Pt prefers contact via {d.pick(('text', 'call', 'the house phone'))}: {d.slot('PHONE')}.",
         f"{d.slot('PERSON')}, CRPA    Recovery Support Services"]
    if d.r.random() < 0.6:
        s.insert(4, "Pt described last overdose; understands loss of tolerance after hospitalisation. "
                    f"Discussed fentanyl and xylazine test strips ({d.lk(('BTNX',))}), not using alone, and "
                    f"wound care. {d.look('1-800-484-3731')} (Never Use Alone) added to pt's phone.")
    if d.r.random() < 0.5:
        s.insert(2, f"Pt lives in {d.slot('LOCATION')}; reports buying near ___.")
    if d.r.random() < 0.6:
        s.insert(len(s) - 1, _context_line(d))
    return s


def _b_bed_search(d: _Doc) -> list[str]:
    rows = []
    for _ in range(d.r.randint(4, 7)):
        rows.append(f"| {d.t()} | {d.slot('ORGANIZATION', 'residential')} | "
                    f"{d.pick(('3.7', '3.5', '3.7-WM', '3.1'))} | "
                    f"{d.pick(_BED_OUTCOMES)} |")
    s = [d.pick(("RESIDENTIAL TREATMENT REFERRAL AND BED SEARCH LOG", "Social Work: Residential Bed Search",
                 "CM NOTE - SUD RESIDENTIAL PLACEMENT")),
         f"Referral #: {d.slot('ACCOUNT', 'referral')}    Bed search request {d.slot('ACCOUNT', 'bed')}\n"
         f"Level of care: {d.lk(('ASAM Level 3.7', 'ASAM Level 3.5'))} (post-acute, IV antibiotics complete ___)\n"
         f"Payer: {d.lk(_PAYERS)}    Member ID: {d.slot('HEALTH_PLAN')}    {d.look('Group ' + _digits(d.r, 6))}",
         "Calls made:\n| Time | Facility | Level | Outcome |\n|---|---|---|---|\n" + "\n".join(rows),
         f"Barriers: {d.pick(_BED_BARRIERS)}; "
         f"pt requires programme that continues {d.pick(('methadone', 'buprenorphine'))}.",
         f"Prior authorisation requested from payer, auth # {d.slot('ACCOUNT', 'auth')}; "
         f"{d.pick(('approved 14 days', 'pending clinical review', 'peer-to-peer scheduled ___'))}.",
         f"Transport: facility van to pick up at hospital entrance; van plate {d.slot('VEHICLE_ID', 'plate')}.",
         f"Will continue search tomorrow AM. {d.slot('PERSON')}, LMSW  {d.look('x' + str(d.r.randint(2000, 7999)))}"]
    if d.r.random() < 0.6:
        s.insert(len(s) - 1, _context_line(d))
    return s


def _b_harm_reduction(d: _Doc) -> list[str]:
    sup = [("1 mL 28g syringes", d.r.choice((10, 20, 30, 50, 100))), ("cookers", d.r.randint(5, 20)),
           ("cottons", d.r.randint(10, 40)), ("fentanyl test strips", d.r.randint(5, 20)),
           ("xylazine test strips", d.r.randint(2, 10)), ("sterile water", d.r.randint(10, 30)),
           ("alcohol pads", d.r.randint(20, 60)), ("wound-care kit", d.r.randint(1, 3)),
           ("sharps container", 1), ("safer smoking kit", d.r.randint(1, 5))]
    d.r.shuffle(sup)
    k = d.r.randint(5, 9)
    if d.r.random() < 0.5:
        tbl = "Supplies distributed:\n" + "\n".join(f"  {a:<24}{b:>4}" for a, b in sup[:k])
    else:
        tbl = "| Item | Qty |\n|---|---|\n" + "\n".join(f"| {a} | {b} |" for a, b in sup[:k])
    s = [d.pick(("SYRINGE SERVICES PROGRAM - PARTICIPANT ENCOUNTER", "Harm Reduction Outreach Contact",
                 "SSP / Naloxone Distribution Record")),
         f"Program: {d.slot('ORGANIZATION', 'ssp')}    Site: {d.pick(('fixed site', 'mobile van', 'street outreach'))}"
         f" ({d.slot('LOCATION')})\nParticipant code: ___    Encounter type: "
         f"{d.pick(('return', 'new', 'secondary exchange'))}",
         f"Participant seen {d.sd()} {d.t()}. Reports injecting {d.r.randint(2, 8)}x/day, "
         "mostly fentanyl, some stimulants; recent dope 'tastes different', heavy sedation lasting hours "
         "(possible xylazine). Recently discharged from hospital (endocarditis) against medical advice.",
         tbl,
         "Naloxone: 2 kits (4 mg nasal) dispensed, lot "
         f"{d.lot()}, EXP {d.exp()}; maker {d.lk(('Emergent BioSolutions', 'Hikma'))}. Participant reports "
         f"{d.r.randint(0, 4)} reversals performed in past month.",
         f"Wound check: {d.pick(_WOUND_CHECKS)}. "
         f"HIV/HCV rapid test {d.pick(('offered, declined', 'done: HIV NR, HCV reactive', 'done: both NR'))}.",
         f"Referrals: low-threshold buprenorphine at {d.slot('ORGANIZATION', 'obot')}; PrEP "
         f"({d.lk(('Descovy', 'Biktarvy'))} "
         f"not indicated), syringe disposal kiosk. County health dept: {d.slot('ORGANIZATION', 'health')}.",
         f"Outreach worker: {d.slot('PERSON')}    van tel {d.slot('PHONE')}"]
    if d.r.random() < 0.5:
        s.insert(2, f"Public resources given: {d.lk(_GOV_SITES)}, HOPEline {d.look('1-877-846-7369')}, "
                    f"poison help {d.look('1-800-222-1222')}.")
    if d.r.random() < 0.6:
        s.insert(len(s) - 1, _context_line(d))
    return s


def _b_take_home(d: _Doc) -> list[str]:
    rows = []
    for _ in range(d.r.randint(3, 6)):
        rows.append(f"{d.sd():<18}{d.pick(_BOTTLE_RESULTS)}"
                    f"   bottle Rx {d.slot('ACCOUNT', 'bottle')}")
    s = [d.pick(("OTP TAKE-HOME ELIGIBILITY REVIEW", "Take-Home Medication Review (42 CFR 8.12)",
                 "Clinical Team Review - Take-Homes / Lockbox")),
         f"Program: {d.slot('ORGANIZATION', 'otp')}    Client #: {d.slot('MRN', 'otp')}\n"
         f"Dispensing system: {d.lk(('Methasoft 9.4.2', 'SAMMS v12.1'))}",
         f"Criteria reviewed per {d.look('42 CFR 8.12')}: absence of recent misuse, regular attendance, no "
         "serious behavioural problems, stable home, safe storage, and benefit outweighs diversion risk. "
         f"Days in treatment: {d.r.randint(40, 900)}.",
         f"Current dose {d.mg()} mg. Recent toxicology: "
         f"{d.pick(('methadone only x 8 weeks', 'fentanyl POS ___', 'no unexpected results'))}.",
         f"Lockbox: issued, serial {d.slot('DEVICE_ID', 'lockbox')}; pt demonstrated locking. Storage: "
         f"{d.pick(('bedroom closet', 'house office (recovery residence)', 'with sister'))}.",
         "Bottle recall / callbacks:\n" + "\n".join(rows),
         f"Decision: {d.pick(_TAKE_HOME_DECISIONS)}. "
         "Take-homes suspended while inpatient; hospital pharmacy to provide doses per verification letter.",
         f"Reviewed by: {d.slot('PERSON')}, MD (medical director); {d.slot('PERSON')}, CASAC "
         f"(lic {d.slot('LICENSE', 'casac')})"]
    if d.r.random() < 0.6:
        s.insert(len(s) - 1, _context_line(d))
    return s


# --------------------------------------------------------------------------------------------------
# Radiology builders
# --------------------------------------------------------------------------------------------------


def _rad_tail(d: _Doc) -> str:
    return d.pick((
        f"NOTIFICATION: Findings discussed with Dr. {d.slot('PERSON', 'dr')} by ___ at {d.t()}, "
        "___ minutes after discovery.",
        f"Accession: {d.slot('ACCOUNT', 'accession')}    Read by: {d.slot('PERSON')}, MD",
        f"Electronically signed: {d.slot('PERSON')}, MD  {d.t()}\nOrder {d.slot('ACCOUNT', 'order')}",
        "The findings were communicated to the ordering team at ___ by ___.",
    ))


def _indication(d: _Doc, what: str) -> str:
    return (f"INDICATION:  {d.slot('AGE_OVER_89')} year old {d.pick(('man', 'woman'))} with "
            f"{d.pick(('IVDU', 'injection opioid use', 'OUD on methadone', 'OUD on buprenorphine'))} and "
            f"{d.pick(('MSSA bacteremia', 'MRSA bacteremia', 'persistent fevers', 'known TV endocarditis'))}, "
            f"{what}")


def _b_echo(d: _Doc) -> list[str]:
    veg = f"{d.r.randint(6, 28)} x {d.r.randint(4, 15)} mm"
    tr = d.pick(("Severe", "Moderate", "Moderate to severe"))
    s = [f"EXAMINATION:  TRANSESOPHAGEAL ECHOCARDIOGRAM{d.pick(('', ' (TEE) WITH 3D', ' - INPATIENT'))}",
         _indication(d, "evaluate for vegetation / perivalvular abscess."),
         f"TECHNIQUE: Moderate sedation; probe passed without difficulty. {d.lk(('Philips EPIQ', 'GE Vivid E95'))} "
         f"system. Agitated saline {d.pick(('given', 'not given'))} with {d.look('Valsalva')}; "
         f"{d.lk(('Definity', 'Lumason'))} not used.",
         f"COMPARISON: TTE {d.sd()} "
         f"{d.pick(('at this hospital', 'at outside hospital ' + d.slot('ORGANIZATION', 'hospital')))}.",
         "FINDINGS:\nLEFT ATRIUM: No spontaneous echo contrast or thrombus in the LA/LAA.\n"
         f"RIGHT ATRIUM: Prominent {d.lk(('Eustachian valve', 'Chiari network'))} (normal variant).\n"
         "LEFT VENTRICLE: Normal wall thickness and cavity size. LVEF "
         f"{d.r.randint(50, 70)}%.\n"
         f"TRICUSPID VALVE: Mobile echodensity {veg} on the {d.pick(('anterior', 'septal', 'posterior'))} leaflet, "
         f"consistent with vegetation. {tr} tricuspid regurgitation.\n"
         f"MITRAL VALVE: {d.pick(_MITRAL_FINDINGS)} "
         "Trace MR.\nAORTIC VALVE: Trileaflet; no vegetation or abscess.\n"
         "PERICARDIUM: Trivial effusion.",
         f"IMPRESSION:\n1. Tricuspid valve vegetation ({veg}) with {tr.lower()} TR, consistent with endocarditis "
         f"({d.lk(('Duke criteria',))} major criterion).\n2. No perivalvular abscess. Normal LV function.",
         _rad_tail(d)]
    if d.r.random() < 0.4:
        s.insert(4, f"PRIOR DEVICES: {d.lk(('Carpentier-Edwards PERIMOUNT',))} bioprosthetic tricuspid valve "
                    f"(SN {d.slot('DEVICE_ID', 'valve')}), placed ___.")
    return s


def _b_ct_chest(d: _Doc) -> list[str]:
    n_nod = d.r.randint(4, 20)
    s = [f"EXAMINATION:  CT CHEST WITH CONTRAST{d.pick(('', ' (PE PROTOCOL)', ' - CTA CHEST'))}",
         _indication(d, "dyspnea and pleuritic pain, evaluate for septic emboli."),
         f"TECHNIQUE: Helical MDCT of the chest after IV {d.lk(('Omnipaque', 'Isovue'))} 350, "
         f"{d.r.randint(60, 100)} mL. Scanner {d.lk(('Siemens SOMATOM Force', 'GE Revolution'))}.",
         f"DOSE: DLP {d.r.randint(180, 690)} mGy-cm (CTDIvol {d.r.randint(4, 19)} mGy).",
         "COMPARISON: " + d.pick(("Chest radiograph " + d.sd(), "None.",
                                  "CT " + d.sd() + " from " + d.slot("ORGANIZATION", "hospital"))),
         f"FINDINGS:\nLUNGS: {n_nod} peripheral nodules bilaterally, several cavitary, largest "
         f"{d.r.randint(8, 31)} mm in the "
         f"{d.pick(('right lower lobe', 'left lower lobe', 'lingula', 'right middle lobe'))}, "
         "with feeding vessel sign. "
         f"{d.pick(('Wedge-shaped peripheral opacity in the RLL', 'No wedge-shaped opacity'))} "
         f"({d.lk(('Hampton hump',))} morphology not definite). Small bilateral pleural effusions.\n"
         f"PULMONARY ARTERIES: {d.pick(('No central filling defect.', 'Small segmental filling defect RLL.'))}\n"
         f"HEART: Normal size. No pericardial effusion. No {d.look('Kerley B lines')}.\n"
         f"LINES: {d.pick(_CT_LINES)}\n"
         "UPPER ABDOMEN: Splenomegaly.\nBONES: No destructive lesion.",
         f"IMPRESSION:\n1. Multiple bilateral cavitary nodules, consistent with septic pulmonary emboli.\n"
         f"2. {d.pick(('No pulmonary embolism.', 'Small RLL segmental embolus, likely septic.'))}\n"
         "3. Small bilateral pleural effusions.",
         _rad_tail(d)]
    return s


def _b_mri_spine(d: _Doc) -> list[str]:
    lvl = d.pick(("T10-T11", "L4-L5", "C5-C6", "T7-T8", "L2-L3"))
    s = [f"EXAMINATION:  MRI {d.pick(_SPINE_EXAMS)} WITH AND WITHOUT CONTRAST",
         _indication(d, "new back pain and "
                        f"{d.pick(('leg weakness', 'urinary retention', 'fever', 'Lhermitte sign'))}; "
                        "evaluate for epidural abscess."),
         f"TECHNIQUE: Sagittal T1, T2, STIR; axial T2; post-contrast sagittal and axial T1 FS after "
         f"{d.r.randint(6, 9)} mL {d.lk(('Gadavist', 'Dotarem'))}. {d.lk(('Philips Ingenia',))} 1.5 T.",
         f"COMPARISON: {d.pick(('None.', 'CT ' + d.sd() + '.', 'MRI lumbar spine ' + d.sd() + '.'))}",
         f"FINDINGS:\nAt {lvl} there is T2/STIR hyperintensity and enhancement of the disc and adjacent endplates "
         f"with endplate erosion, consistent with discitis-osteomyelitis ({d.lk(('Modic type 1', 'Schmorl node'))} "
         f"change considered less likely). Ventral epidural collection extends from {lvl} over "
         f"{d.r.randint(2, 5)} levels, measuring up to {d.r.randint(4, 12)} mm in AP dimension, with "
         f"{d.pick(('mild', 'moderate', 'severe'))} canal narrowing and "
         f"{d.pick(('no cord signal abnormality', 'subtle cord T2 signal', 'mass effect on the thecal sac'))}. "
         f"Paraspinal phlegmon{d.pick(('', ' and small right psoas abscess'))}.\n"
         f"Alignment preserved. Cobb angle not measured. Conus terminates at L1. Spread via the "
         f"{d.look('Batson plexus')} is a consideration.",
         f"IMPRESSION:\n1. {lvl} discitis-osteomyelitis with ventral epidural abscess causing "
         "canal narrowing.\n2. No cord compression elsewhere. Recommend neurosurgical evaluation.",
         _rad_tail(d)]
    if d.r.random() < 0.5:
        s.insert(4, "SAFETY: MRI screening form reviewed; no implanted device. "
                    f"Pt received {d.lk(('Dilaudid', 'Percocet'))} for positioning; methadone given prior to scan. "
                    f"Scanner asset tag {d.slot('DEVICE_ID', 'asset')}.")
    return s


def _b_mri_brain(d: _Doc) -> list[str]:
    s = [f"EXAMINATION:  {d.pick(('MRI BRAIN WITH AND WITHOUT CONTRAST', 'CTA HEAD AND NECK', 'MRI/MRA BRAIN'))}",
         _indication(d, f"new {d.pick(_NEURO_SYMPTOMS)}; evaluate for septic emboli."),
         f"TECHNIQUE: Multiplanar multisequence imaging including DWI, SWI and post-contrast T1 after "
         f"{d.lk(('Gadavist', 'Dotarem'))}. "
         f"{d.pick(('3D TOF MRA of the circle of Willis.', 'CTA with Omnipaque 350.'))}",
         f"COMPARISON: {d.pick(('Head CT ' + d.sd() + '.', 'None.'))}",
         "FINDINGS:\nMultiple small foci of restricted diffusion in "
         f"{d.pick(('bilateral frontal and parietal', 'right MCA', 'bilateral cerebellar'))} "
         f"territories, {d.r.randint(3, 14)} in total, largest {d.r.randint(4, 15)} mm, some with microhemorrhage "
         f"on SWI. {d.pick(('No', 'Small'))} subarachnoid hemorrhage. "
         f"{d.pick(_ANEURYSM_FINDINGS)}\n"
         "No hydrocephalus. No extra-axial collection. Orbits and paranasal sinuses unremarkable.",
         "IMPRESSION:\n1. Multifocal acute embolic infarcts, in keeping with septic emboli from known "
         "endocarditis.\n2. See above regarding possible mycotic aneurysm; catheter angiography recommended "
         "if it would change management.",
         _rad_tail(d)]
    if d.r.random() < 0.5:
        s.insert(3, f"CLINICAL: {d.lk(('Glasgow Coma Scale',))} 14. Exam: no {d.lk(('Babinski', 'Hoffmann sign'))}; "
                    f"{d.lk(('Janeway lesions', 'Osler nodes', 'Roth spots'))} noted by primary team.")
    return s


def _b_picc(d: _Doc) -> list[str]:
    length = d.r.randint(36, 52)
    s = [f"EXAMINATION:  {d.pick(_PICC_EXAMS)}",
         _indication(d, f"needs {d.r.randint(4, 6)} weeks IV antibiotics; OPAT planned."),
         f"PROCEDURE: Patient supine (no {d.look('Trendelenburg')} needed for arm access). Risks, benefits and "
         "alternatives explained and consent obtained, including discussion that "
         "the line may not be used for anything other than the prescribed infusion. Time-out performed.",
         f"TECHNIQUE: The {d.pick(('right', 'left'))} basilic vein was accessed under ultrasound guidance "
         f"({d.lk(('Sonosite',))}) using micropuncture and {d.lk(('Seldinger technique',))}. A "
         f"{d.pick(('5 Fr double-lumen', '4 Fr single-lumen'))} {d.lk(('PowerPICC', 'Groshong'))} catheter "
         f"(lot {d.lot()}, REF {d.look(d.pick(('3175118', '4155118', '9065100')))}) was trimmed to {length} cm "
         "and advanced over a wire.",
         f"FINDINGS: Final tip at the cavoatrial junction. Fluoro time {d.r.randint(1, 9)}.{d.r.randint(0, 9)} min. "
         "Chest radiograph: lungs clear, no pneumothorax; "
         f"{d.pick(('small right effusion', 'no effusion', 'patchy bibasilar opacities'))}.",
         f"IMPRESSION:\nSuccessful placement of {length} cm PICC, tip at cavoatrial junction, ready for use.",
         _rad_tail(d)]
    if d.r.random() < 0.5:
        s.insert(5, f"DEVICE: {d.lk(('PowerPICC',))} UDI {d.look('(01)0' + _digits(d.r, 13))}"
                    f"{d.look('(17)' + str(d.r.randint(26, 29)) + '0630')}(21){d.slot('DEVICE_ID', 'udi')}. "
                    f"Infusion pump S/N {d.slot('DEVICE_ID', 'pump')} assigned for OPAT.")
    return s


def _b_us_soft(d: _Doc) -> list[str]:
    side = d.pick(("right", "left"))
    site = d.pick(("antecubital fossa", "forearm", "groin", "dorsal hand", "thigh"))
    s = ["EXAMINATION:  " + d.pick((f"ULTRASOUND SOFT TISSUE {side.upper()} UPPER EXTREMITY",
                                    f"US SOFT TISSUE AND VENOUS DUPLEX {side.upper()} LOWER EXTREMITY",
                                    "ULTRASOUND, SOFT TISSUE, SITE OF CONCERN")),
         _indication(d, f"swelling and erythema at injection site ({side} {site}); evaluate for abscess and DVT."),
         "TECHNIQUE: Grayscale, color and spectral Doppler ultrasound of the area of concern and of the deep "
         "veins with compression.",
         f"COMPARISON: {d.pick(('None.', 'Ultrasound ' + d.sd() + '.'))}",
         f"FINDINGS:\nAt the site of palpable concern in the {side} {site} there is a complex heterogeneous fluid "
         f"collection measuring {d.r.randint(1, 6)}.{d.r.randint(0, 9)} x {d.r.randint(1, 4)}.{d.r.randint(0, 9)} x "
         f"{d.r.randint(1, 3)}.{d.r.randint(0, 9)} cm with peripheral hyperemia and no internal flow, consistent with "
         "abscess. Surrounding subcutaneous edema ('cobblestoning'). "
         f"{d.pick(('Small retained foreign body (needle fragment) not excluded.', 'No foreign body.'))}\n"
         f"Deep veins: {d.pick(_DEEP_VEIN_FINDINGS)} "
         f"{d.pick(('No pseudoaneurysm.', 'Arterial flow normal.'))}",
         "IMPRESSION:\n1. Soft tissue abscess at injection site, amenable to drainage.\n"
         f"2. {d.pick(('No DVT.', 'DVT as above; ' + d.lk(('Virchow triad', 'Wells score')) + ' discussed by team.'))}",
         _rad_tail(d)]
    return s


def _b_ct_abd(d: _Doc) -> list[str]:
    s = [f"EXAMINATION:  CT ABDOMEN AND PELVIS WITH CONTRAST{d.pick(('', ' (PORTAL VENOUS PHASE)'))}",
         _indication(d, "left flank pain and hematuria; evaluate for infarcts or abscess."),
         f"TECHNIQUE: MDCT after {d.r.randint(80, 110)} mL {d.lk(('Omnipaque', 'Isovue'))} 350 IV; oral contrast "
         f"{d.pick(('given', 'not given'))}. Scanner {d.lk(('GE Revolution', 'Siemens SOMATOM Force'))}.",
         f"DOSE: DLP {d.r.randint(300, 1100)} mGy-cm.",
         f"COMPARISON: {d.pick(('None.', 'CT ' + d.sd() + '.'))}",
         "FINDINGS:\nLOWER CHEST: Several peripheral nodules at the lung bases, partially imaged.\n"
         f"SPLEEN: {d.pick(_SPLEEN_FINDINGS)}, "
         f"consistent with infarcts; no rim-enhancing abscess. Spleen {d.r.randint(11, 17)} cm.\n"
         f"KIDNEYS: {d.pick(_KIDNEY_FINDINGS)}\n"
         "LIVER, GALLBLADDER, PANCREAS, ADRENALS: Unremarkable.\n"
         f"PSOAS: {d.pick((f'Rim-enhancing right psoas collection {d.r.randint(2, 7)} cm.', 'No collection.'))}\n"
         "BOWEL: No obstruction. No free air.\nVESSELS: Patent. No pseudoaneurysm.\n"
         "BONES: No destructive lesion.",
         "IMPRESSION:\n1. Splenic infarcts, likely septic emboli in this patient with endocarditis.\n"
         "2. See above regarding kidneys and psoas.",
         _rad_tail(d)]
    return s


# --------------------------------------------------------------------------------------------------
# Optional extra paragraphs (filler shared across kinds of one note type)
# --------------------------------------------------------------------------------------------------


def _x_labs(d: _Doc) -> str:
    r = d.r
    return (f"Pertinent Results:\n{d.sd()} 06:{r.randint(10, 59)}AM BLOOD WBC-{r.randint(40, 190) / 10} "
            f"RBC-{r.randint(300, 480) / 100} Hgb-{r.randint(72, 139) / 10} Hct-{r.randint(22, 42)}.{r.randint(0, 9)} "
            f"MCV-{r.randint(78, 99)} Plt-{r.randint(90, 520)}\n"
            f"Glucose-{r.randint(70, 160)} UreaN-{r.randint(6, 31)} Creat-{r.randint(5, 14) / 10} "
            f"Na-{r.randint(131, 144)} "
            f"K-{r.randint(33, 51) / 10} Cl-{r.randint(96, 108)} HCO3-{r.randint(19, 29)}\n"
            f"ALT-{r.randint(12, 140)} AST-{r.randint(15, 160)} AlkPhos-{r.randint(60, 220)} "
            f"TotBili-{r.randint(2, 19) / 10} Alb-{r.randint(22, 44) / 10}\n"
            f"CRP-{r.randint(5, 260)} ESR-{r.randint(10, 120)}  HCV Ab {r.choice(('POS', 'NEG'))}  HIV Ab/Ag NEG")


def _x_social(d: _Doc) -> str:
    return ("Social History:\n"
            f"Housing: {d.pick(_HOUSING)}. "
            f"Employment: {d.pick(('unemployed', 'construction, seasonal', 'restaurant work', 'disability pending'))}. "
            f"Legal: {d.pick(('on probation', 'drug treatment court participant', 'pending charges', 'none'))}. "
            f"Tobacco {d.r.randint(1, 2)} ppd. Children: {d.r.randint(0, 4)}, in care of ___. "
            "Route of use: injection and intranasal; shares equipment \"sometimes\".")


def _x_exam(d: _Doc) -> str:
    r = d.r
    return (f"Physical Exam:\nVS: T {r.randint(970, 1032) / 10} HR {r.randint(62, 124)} BP {r.randint(96, 158)}/"
            f"{r.randint(52, 96)} RR {r.randint(12, 24)} SpO2 {r.randint(91, 100)}% RA\n"
            "Gen: thin, diaphoretic, anxious, yawning\nCV: RRR, "
            f"{d.pick(('III/VI holosystolic murmur at LLSB', 'no murmur', 'II/VI systolic murmur'))}\n"
            f"Skin: track marks; {d.pick(('healing abscess R forearm', 'no abscess', 'wounds bilateral shins'))}; "
            f"{d.lk(('Janeway lesions', 'Osler nodes'))} absent\nNeuro: A&Ox3, strength 5/5, "
            f"{d.lk(('Romberg', 'Babinski'))} negative")


def _x_asam(d: _Doc) -> str:
    return ("ASAM dimensions:\n"
            f"D1 (intoxication/withdrawal): {d.pick(('moderate withdrawal', 'stable on MOUD'))}\n"
            "D2 (biomedical): ongoing IV antibiotics, PICC\n"
            f"D3 (emotional/behavioural): {d.pick(('depression, PTSD', 'anxiety', 'no acute issues'))}\n"
            f"D4 (readiness): {d.pick(('action', 'contemplation', 'preparation'))}\n"
            "D5 (relapse potential): high\n"
            f"D6 (recovery environment): {d.pick(('unsafe, partner using', 'homeless', 'supportive family'))}")


def _x_risk(d: _Doc) -> str:
    return ("Overdose risk counselling: reduced tolerance after hospitalisation explained; fentanyl and "
            f"xylazine test strips offered; never use alone; carry naloxone. Pt verbalises understanding. "
            f"{d.lk(('SAMHSA', 'CDC'))} materials given. Helpline {d.lk(_HOTLINES[:3])}.")


def _x_opat(d: _Doc) -> str:
    return (f"OPAT: {d.pick(('daptomycin', 'cefazolin', 'ceftriaxone', 'vancomycin'))} via PICC through ___; "
            "weekly CBC with diff, BMP, ESR/CRP"
            f"{d.pick(('', ', CK weekly'))}. Labs to be faxed to ID clinic at ___. Line may be used only for "
            "the prescribed infusion; home infusion nurse to check line weekly. Alternative discussed: "
            f"{d.lk(('Dalvance',))} two-dose regimen if line cannot be kept.")


def _x_pain(d: _Doc) -> str:
    return (f"Pain: {d.pick(('back', 'chest', 'arm', 'hip'))} pain {d.r.randint(3, 9)}/10. Continue MOUD; add "
            f"scheduled acetaminophen 1 g q8h, ketorolac PRN, and {d.lk(('Dilaudid', 'OxyContin', 'Percocet'))} "
            "for breakthrough while inpatient only. Lidocaine patch. Reassess daily.")


def _x_goals(d: _Doc) -> str:
    return (f"Motivational interview: pt {d.pick(_MI_STANCES)}. "
            f"Importance {d.r.randint(5, 10)}/10, confidence {d.r.randint(3, 9)}/10. Pt agrees to "
            f"{d.pick(('continue methadone', 'start buprenorphine', 'try Sublocade', 'meet with peer'))}.")


def _x_meds(d: _Doc) -> str:
    rows = [("Methadone", f"{d.mg()} mg", "daily", "OTP"), ("Buprenorphine-naloxone", "8-2 mg", "BID", "hold"),
            ("Nicotine patch", "21 mg", "daily", "new"), ("Acetaminophen", "1 g", "q8h", "new"),
            ("Naloxone nasal", "4 mg", "PRN OD", "new"), ("Cefazolin", "2 g IV", "q8h", "new"),
            (d.lk(("Keppra", "Seroquel", "Neurontin")), "___", "___", "home")]
    d.r.shuffle(rows)
    return "Medication reconciliation:\n" + "\n".join(f"  {a:<24}{b:<10}{c:<8}{e}" for a, b, c, e in rows[:5])


_DC_EXTRAS = (_x_labs, _x_social, _x_exam, _x_asam, _x_risk, _x_opat, _x_pain, _x_goals, _x_meds)


def _r_incidental(d: _Doc) -> str:
    return ("Incidental findings: "
            f"{d.pick(_INCIDENTAL_1)}; "
            f"{d.pick(_INCIDENTAL_2)}.")


def _r_quality(d: _Doc) -> str:
    return (f"Study quality: {d.pick(_STUDY_QUALITY)}. "
            "Patient was premedicated per protocol for anxiety; methadone dose was given before the exam to "
            "limit withdrawal-related motion.")


def _r_recommend(d: _Doc) -> str:
    return ("RECOMMENDATION(S): Correlate with blood cultures and echocardiography. "
            f"{d.pick(_RAD_RECOMMENDATIONS)}")


def _r_clinical(d: _Doc) -> str:
    return (f"CLINICAL INFORMATION: Blood cultures {d.r.randint(2, 4)}/4 positive for "
            f"{d.pick(('MSSA', 'MRSA', 'Streptococcus anginosus', 'Serratia'))}, on "
            f"{d.pick(('cefazolin', 'vancomycin', 'daptomycin', 'nafcillin'))} day {d.r.randint(1, 20)}. "
            f"WBC {d.r.randint(8, 24)}. Last injection reported ___ days ago. On "
            f"{d.lk(('Methadose', 'Suboxone', 'Sublocade'))}.")


def _r_dose_stmt(d: _Doc) -> str:
    return ("This examination was performed using one or more of the following dose-reduction techniques: "
            "automated exposure control, adjustment of mA and/or kV according to patient size, and iterative "
            f"reconstruction. Post-processing on {d.lk(('syngo.via', 'Visage 7'))} workstation.")


def _r_attest(d: _Doc) -> str:
    return ("ATTESTATION: I have personally reviewed the images and agree with the findings as stated. "
            f"Preliminary read by the resident on ___ was {d.pick(('unchanged', 'revised (see above)'))}.")


def _r_contrast(d: _Doc) -> str:
    return (f"CONTRAST SAFETY: eGFR {d.r.randint(45, 120)} mL/min/1.73m2. No prior contrast reaction. "
            f"Injected via {d.pick(('20 g right antecubital IV', 'PICC (power-injectable)', '22 g hand IV'))}; no "
            "extravasation. No immediate adverse reaction.")


def _r_comparison(d: _Doc) -> str:
    return (f"PRIOR IMAGING REVIEWED: chest radiograph {d.sd()} (clear lungs); "
            f"{d.pick(_PRIOR_IMAGING_NOTES)}.")


def _l_court_status(d: _Doc) -> str:
    return ("Clinical status: the participant is alert, engaged and attending daily groups on the unit. "
            f"Intravenous antibiotics are expected to continue for {d.r.randint(3, 6)} weeks. The team supports "
            "continued participation in treatment court and requests that the hearing be adjourned rather than "
            "a warrant issued. We will notify the resource coordinator of the discharge date.")


def _l_court_tox(d: _Doc) -> str:
    return ("Toxicology interpretation: buprenorphine and methadone are prescribed medications and expected "
            "to be present. Fentanyl may remain detectable in urine for several days after last use; a single "
            "positive result after a period of negatives is consistent with a lapse, not with non-engagement. "
            "Specimens collected in hospital were "
            f"{d.pick(('negative for non-prescribed opioids', 'positive for fentanyl on admission only'))}.")


def _l_court_consent(d: _Doc) -> str:
    return (f"Consent on file ({d.look('42 CFR Part 2')}) permits disclosure of attendance, toxicology "
            "results and treatment recommendations only. Redisclosure is prohibited without further written "
            "consent. Please direct questions to the Addiction Consult Service through the hospital operator.")


def _l_house_moud(d: _Doc) -> str:
    return ("Medication policy: residents on methadone continue dosing at their programme; take-home bottles "
            "are stored in the resident's own lockbox in the office and counted at each house meeting. "
            f"Buprenorphine films ({d.lk(('Suboxone', 'Zubsolv'))}) are self-administered under staff "
            "observation for the first two weeks. Naloxone is kept in every common room and in the house van.")


def _l_house_visitors(d: _Doc) -> str:
    return ("Visitors are permitted on weekends between 12:00 and 18:00 in common areas only. Residents may "
            "not hold overnight guests. Any return to use is addressed with the resident first; we do not "
            "discharge residents for a single lapse if they re-engage with treatment within 24 hours.")


def _l_house_intake(d: _Doc) -> str:
    return (f"Intake checklist: photo ID or replacement letter; {d.lk(_PAYERS)} card; discharge medication "
            "list; OTP or prescriber contact; signed release; two weeks' supply of wound-care items. Residents "
            f"arriving with a PICC line require a home-infusion plan agreed in advance ({d.lk(('OPAT team',))}).")


def _h_drugcheck(d: _Doc) -> str:
    return ("Drug checking (FTIR and test strips): sample sold as \"dope\" - fentanyl "
            f"{d.pick(('detected', 'detected (major)'))}, xylazine {d.pick(('detected', 'not detected'))}, "
            f"{d.pick(('no nitazene by strip', 'nitazene strip faint positive', 'medetomidine suspected'))}. "
            "Participant informed; community alert shared with outreach partners.")


def _h_contacts(d: _Doc) -> str:
    return (f"Contact history: {d.r.randint(2, 30)} visits in past 90 days; last exchange ___. Referrals "
            f"accepted: {d.pick(('wound clinic', 'HCV treatment', 'buprenorphine same-day', 'none'))}. Reports "
            f"{d.pick(('no', 'one', 'two'))} overdose(s) witnessed since last contact; used naloxone each time.")


def _h_wound(d: _Doc) -> str:
    return (f"Wound care: {d.r.randint(1, 4)} wound(s) cleaned with saline, non-adherent dressing, petrolatum "
            "gauze and wrap applied; supplies for 3 days given. No tracking erythema, no fluctuance. Advised "
            "ED for fever, spreading redness or exposed tendon/bone.")


def _p_plan(d: _Doc) -> str:
    return ("Recovery plan domains: housing (application in progress), benefits (SNAP case ___), ID "
            f"replacement, employment ({d.pick(('interested in peer training', 'not yet', 'wants CDL'))}), "
            "family (visitation schedule pending). Pt chose two goals for the next 30 days.")


def _p_transport(d: _Doc) -> str:
    return ("Transportation: Medicaid transportation booked for first post-discharge OTP visit (trip no. ___); "
            f"bus pass for {d.r.randint(7, 31)} days provided. Pt knows route from the shelter to the clinic.")


def _b_payer(d: _Doc) -> str:
    return (f"Payer contact: utilization review called back at {d.t()}; reviewer requested ASAM summary, "
            f"discharge summary and medication list; sent via portal. Decision expected within "
            f"{d.r.randint(24, 72)} h. {d.lk(_PAYERS)} care manager assigned (name ___).")


def _t_doses(d: _Doc) -> str:
    rows = []
    dose = int(d.mg())
    for _ in range(d.r.randint(3, 5)):
        rows.append(f"| {d.sd()} | {dose} mg | {d.pick(('observed', 'observed', 'take-home', 'guest dose'))} |")
        dose = max(30, dose + d.r.choice((-5, 0, 5, 10)))
    return "Dose history:\n| Date | Dose | Type |\n|---|---|---|\n" + "\n".join(rows)


def _t_counsel(d: _Doc) -> str:
    return (f"Counselor summary: attends individual sessions {d.pick(('weekly', 'biweekly'))} and group "
            f"{d.pick(('twice weekly', 'weekly'))}; engaged; employment {d.pick(('stable', 'part-time', 'seeking'))}. "
            "No diversion concerns reported by staff. Safe-storage education reviewed.")


_LETTER_EXTRAS = {
    "court_liaison": (_l_court_status, _l_court_tox, _l_court_consent),
    "recovery_residence": (_l_house_moud, _l_house_visitors, _l_house_intake),
    "harm_reduction": (_h_drugcheck, _h_contacts, _h_wound, _x_risk),
    "peer_recovery": (_p_plan, _p_transport, _x_social, _x_goals, _x_risk),
    "bed_search": (_b_payer, _x_social, _x_asam, _x_opat, _p_transport),
    "take_home_review": (_t_doses, _t_counsel, _x_social, _x_asam, _x_risk),
}
_RAD_EXTRAS = ((_r_clinical, "early"), (_r_comparison, "early"), (_r_dose_stmt, "mid"), (_r_contrast, "mid"),
               (_r_quality, "mid"), (_r_incidental, "mid"), (_r_recommend, "late"), (_r_attest, "late"))


def _add_extras(d: _Doc, kind: str, note_type: str, sections: list[str]) -> None:
    base = sum(len(x) for x in sections)
    want = max(1, min(4, (2300 - base) // 300 + d.r.randint(-1, 1)))
    if note_type == "radiology":
        for fn, where in d.r.sample(_RAD_EXTRAS, want):
            if where == "early":
                k = 2
            elif where == "mid":
                k = next(j for j, x in enumerate(sections) if x.startswith("FINDINGS"))
            else:
                k = len(sections) - 1
            sections.insert(k, fn(d))
        return
    pool = _LETTER_EXTRAS.get(kind, _DC_EXTRAS)
    for fn in d.r.sample(pool, min(want, len(pool))):
        sections.insert(d.r.randint(2, len(sections) - 1), fn(d))


# --------------------------------------------------------------------------------------------------
# Kinds, plan and assembly
# --------------------------------------------------------------------------------------------------

_KINDS: dict[str, tuple[str, Callable[[_Doc], list[str]]]] = {
    "otp_dose_verification": ("discharge", _b_otp_dose),
    "obot_visit": ("discharge", _b_obot),
    "ed_bridge": ("discharge", _b_ed_bridge),
    "addiction_consult": ("discharge", _b_consult),
    "discharge_summary": ("discharge", _b_dc_summary),
    "recovery_residence": ("discharge", _b_residence),
    "court_liaison": ("discharge", _b_court),
    "peer_recovery": ("discharge", _b_peer),
    "bed_search": ("discharge", _b_bed_search),
    "harm_reduction": ("discharge", _b_harm_reduction),
    "take_home_review": ("discharge", _b_take_home),
    "echo_tee": ("radiology", _b_echo),
    "ct_chest_emboli": ("radiology", _b_ct_chest),
    "mri_spine_abscess": ("radiology", _b_mri_spine),
    "mri_brain_emboli": ("radiology", _b_mri_brain),
    "picc_placement": ("radiology", _b_picc),
    "us_soft_tissue": ("radiology", _b_us_soft),
    "ct_abd_infarcts": ("radiology", _b_ct_abd),
}
DOCUMENT_KINDS: tuple[str, ...] = tuple(_KINDS)
_DISCHARGE_KINDS = tuple(k for k, (t, _) in _KINDS.items() if t == "discharge")
_RADIOLOGY_KINDS = tuple(k for k, (t, _) in _KINDS.items() if t == "radiology")


def _is_heavy(seed: int, i: int) -> bool:
    return i % 20 == (seed * 7 + 3) % 20


def _is_planted(seed: int, i: int) -> bool:
    if _is_heavy(seed, i):
        return False
    return ((i + 1) * _A_PLANT + seed * _B_PLANT) % _M < _PLANT_CUT


def document_kind(seed: int, i: int) -> str:
    rad = ((i + 1) * _A_RAD + seed * _B_RAD) % _M < _RAD_CUT
    pool = _RADIOLOGY_KINDS if rad else _DISCHARGE_KINDS
    return random.Random(f"{seed}:{i}:kind").choice(pool)


def _plan(seed: int, i: int) -> list[str]:
    if not _is_planted(seed, i):
        return []
    k = random.Random(f"{seed}:{i}:count").choices((1, 2, 3, 4), weights=(34, 34, 21, 11))[0]
    out = []
    for j in range(k):
        x = ((i * 4 + j + 1) * _A_CAT + seed * _B_CAT) % _M
        out.append(_WEIGHTED[(x * len(_WEIGHTED)) >> 32])
    return out


def _parts_of(section: str) -> list:
    out: list = []
    pos = 0
    for m in _MARK.finditer(section):
        if m.start() > pos:
            out.append(section[pos:m.start()])
        out.append(_Slot(m.group(1), m.group(2)))
        pos = m.end()
    if pos < len(section):
        out.append(section[pos:])
    return out


def _compose(seed: int, i: int, attempt: int) -> tuple[LabelledNote, list[str]]:
    kind = document_kind(seed, i)
    note_type, builder = _KINDS[kind]
    r = random.Random(f"{seed}:{i}" if attempt == 0 else f"{seed}:{i}:retry{attempt}")
    d = _Doc(r)
    sections = builder(d)
    _add_extras(d, kind, note_type, sections)
    if _is_heavy(seed, i):
        sections.insert(r.randint(0, 1) if note_type == "discharge" else len(sections), _heavy_block(d, note_type))
    secs = [_parts_of(s) for s in sections]
    extra: list[list] = [[] for _ in secs]
    for cat in _plan(seed, i):
        free = [p for sec in secs for p in sec if isinstance(p, _Slot) and p.cat == cat and p.value is None]
        if free and r.random() < 0.5:
            sl = r.choice(free)
            sl.value = _VALUES[cat](r, sl.sub)
            continue
        tpl = r.choice(_TEMPLATES[cat])
        k = r.randrange(len(secs))
        extra[k].append(_render(d, tpl, cat))
    text_parts: list = []
    for k, sec in enumerate(secs):
        if k:
            text_parts.append(r.choice(("\n\n", "\n\n", "\n \n", "\n\n\n")) if d.r.random() < 0.3 else "\n\n")
        for p in sec:
            if isinstance(p, _Slot):
                text_parts.append((p.value, p.cat) if p.value is not None else "___")
            else:
                text_parts.append(p)
        for blk in extra[k]:
            last = sec[-1] if sec else ""
            prose = isinstance(last, str) and last.endswith(".") and not isinstance(blk[0], tuple) \
                and not blk[0].startswith("|") and "\n" not in blk[0]
            text_parts.append(" " if prose and r.random() < 0.6 else "\n")
            text_parts.extend(blk)
    text = ""
    spans: list[tuple[int, int, str]] = []
    for p in text_parts:
        if isinstance(p, tuple):
            spans.append((len(text), len(text) + len(p[0]), p[1]))
            text += p[0]
        else:
            text += p
    # alternatives not chosen by ``pick`` were rendered too: keep only look-alikes present in the text, and add
    # the longer brand / eponym names that fixed phrases carry
    looks = [x for x in d.looks if x in text] + [x for x in EPONYMS_AND_BRANDS if len(x) >= 5 and x in text]
    return LabelledNote(note_type=note_type, text=text, spans=spans), looks


def _build(seed: int, i: int) -> tuple[LabelledNote, list[str], str]:
    """(note, look-alikes present in it, "heavy" | "normal"), deterministic from (seed, i)."""
    kind = "heavy" if _is_heavy(seed, i) else "normal"
    for attempt in range(40):
        note, looks = _compose(seed, i, attempt)
        if 1100 <= len(note.text) <= 4500:
            return note, sorted(set(looks)), kind
    raise RuntimeError(f"no note of acceptable length for {seed}:{i}")


def holdout85_note(seed: int, i: int) -> LabelledNote:
    return _build(seed, i)[0]


def holdout85_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout85_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = holdout_measure.measure(
        holdout85_corpus, argv,
        "Held-out corpus 85 (opioid treatment programmes, recovery housing and harm reduction; written blind)")
    holdout_measure.report("holdout85", args, notes, hits, res)


if __name__ == "__main__":
    main()
