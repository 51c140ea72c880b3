"""Held-out corpus 74: hospital at home and remote patient monitoring around an admission.

MIMIC-IV-Note-shaped notes (``___`` masking, dates shifted into 2100-2200) from an acute hospital-at-home
(HaH) programme and its remote patient monitoring (RPM): kit set-up and pairing, device telemetry alerts,
vendor monitoring-centre escalations, community-paramedic and mobile-infusion home visits, courier delivery
of kits and medicines, home safety and connectivity checks, escalation back to the brick-and-mortar
hospital, RPM billing, and the imaging done in the home or on return. About 57-59% of the notes carry one
to four identifiers that escaped masking; exactly 5% are heavy (many ``___``, no plants).

Document kinds (note type in brackets):
  hah_admission_hp [discharge]          acute hospital-at-home admission history and physical
  hah_discharge_summary [discharge]     discharge from the virtual ward back to primary care
  rpm_kit_setup [discharge]             kit delivery, pairing and teach-back (tablet hub, gateway, cuff,
                                        oximeter, scale, continuous wearable patch)
  vendor_alert_escalation [discharge]   pasted monitoring-centre alert log and RN escalation note
  community_paramedic_visit [discharge] community paramedic home visit (urgent or scheduled)
  home_infusion_visit [discharge]       mobile-infusion nursing visit with courier medicine delivery
  home_safety_connectivity [discharge]  home safety, power and connectivity assessment
  escalation_transfer [discharge]       escalation / transfer back to the hospital (ED handoff)
  rpm_billing_log [discharge]           monthly RPM time and device-day log for billing
  portable_home_cxr [radiology]         portable chest radiograph taken in the home
  picc_tip_confirmation [radiology]     portable radiograph confirming a PICC tip for home infusion
  home_pocus [radiology]                point-of-care lung / IVC / cardiac ultrasound at the bedside at home
  home_venous_duplex [radiology]        mobile lower-extremity venous duplex
  portable_home_hip_xray [radiology]    portable hip / pelvis films after a wearable fall alert
  ct_chest_on_return [radiology]        CT chest (PE protocol or non-contrast) on return to hospital
  ct_head_after_fall [radiology]        non-contrast head CT after a fall-detection escalation

Label policy (copied from the brief):
PERSON is one span per name (given and family together, titles outside); LOCATION is a place below
state level (a street line is STREET_ADDRESS; town and ZIP are separate spans; states and countries
are never labelled, and "New York" alone is the state); ORGANIZATION is a named hospital, practice,
pharmacy (a chain's store too), agency, school or employer, never a generic department, and never a drug
maker, biotech or trial sponsor named as such (a jail, prison or court is one; a payer or insurer named as
such is not). DATE_REAL_YEAR is a whole date carrying a year 1900-2030 (a bare year is not labelled; a
device, drug or lot expiry date is not labelled; a death date is). AGE_OVER_89 labels the digits of ages
>= 90. DEVICE_ID is a device serial (for a GS1 UDI only the (21) serial) or a hospital asset tag; lot,
GTIN, REF, model and expiry are not identifiers. A toll-free phone number (800, 888, 877, 866, 855, 844,
833) is a public line: never labelled; a device maker's or vendor's toll-free fax neither, a practice's
toll-free fax is FAX. ACCOUNT covers account, encounter, incident/run, accession, order, requisition,
claim and specimen numbers, and a vendor's call or session id for the patient's encounter; HEALTH_PLAN
member, subscriber and policy ids (an employer's group number is not the member's id: leave it
unlabelled); LICENSE medical, nursing, EMS, DEA and driver's licences and a clinician's NPI. Spans hold
the value only: cue words ("Dr.", "MRN:", "pager", "Fax", "SN", "plate", "Acct") and credentials ("MD",
"RN") stay outside.

Labelling conventions of this corpus (theme-specific):
- A kit's or wearable's serial number, a hub's or gateway's IMEI, a SIM's ICCID and a device MAC address
  paired to the patient are DEVICE_ID; so is a hospital asset tag on a portable X-ray or ultrasound unit.
- A monitoring-vendor alert, ticket or case number, and a courier's delivery / tracking number for the
  patient's kit or medicines, are ACCOUNT (as are encounter, accession, order, claim numbers).
- A monitoring vendor, a courier company (named as the local depot that delivers), a home-infusion
  pharmacy, a community-paramedic agency, an EMS agency and a DME supplier are ORGANIZATION, as are
  hospitals and practices.
- Device makers named as makers (Omron, Masimo, Nonin, Withings ...), national carriers named as networks
  ("on the Verizon LTE network"), app stores and payers stay unlabelled.
- Firmware and app versions, model numbers, LOT / REF / GTIN codes, expiry dates, CPT / HCPCS RPM
  billing codes (99453, 99454, 99457, 99458, 99091, G0511 ...) are unlabelled look-alikes.
- A public IP address of the patient's home router is IP_ADDRESS. Private LAN addresses (192.168.x.x, 10.x.x.x)
  are written masked (``___``): the corpus was first written with them as unlabelled look-alikes, a policy the
  session's brief had wrongly given, against HIPAA's "IP addresses" without exception and every earlier corpus
  (which label them); session 24 masked them rather than relabel, keeping every span and count. Wi-Fi network
  names (SSIDs) are always written masked (``___``).
- A courier van's or community-paramedic vehicle's plate or VIN is VEHICLE_ID; a courier driver's or the
  patient's driver's licence is LICENSE.
- A town, hamlet or county is LOCATION; "NY" / "New York" (the state) is never labelled.
- Ages under 90 are unlabelled look-alikes; every age of 90 or more that appears is labelled.
- A patient-specific video-visit link, portal deep link or a family's update / fundraising page is URL;
  public bodies' and payers' sites (www.cms.gov, www.fda.gov/...) are unlabelled look-alikes.
- A hospital, vendor or practice clinician's e-mail is EMAIL like a caregiver's; a vendor's 24/7 toll-free
  line is unlabelled, a local (non-toll-free) callback number is PHONE.

Written blind: I read only the brief (bench/holdout_corpus_task.md), lqs_clinical/synth/holdout_measure.py,
the first 45 lines of lqs_clinical/synth/notes.py (CATEGORIES, LabelledNote), pyproject.toml,
/work/shared/reference/*.md and the masked PyHealth note-shaped samples under /work/shared/data/ (with
SOURCES.md). No detector code, rule file, other corpus, other test, benchmark or history was read, and
the detector was never run on this corpus while writing it.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Callable

from lqs_clinical.synth import holdout_measure
from lqs_clinical.synth.notes import LabelledNote

# A segment is plain text (str), a labelled value (value, CATEGORY) or a look-alike (text, None).
Seg = str | tuple[str, str | None]

# --------------------------------------------------------------------------------------------------
# Surrogate pools (fictitious)
# --------------------------------------------------------------------------------------------------

_FIRST = (
    "Marguerite", "Tobias", "Adaeze", "Wen", "Rosalind", "Ignatius", "Priya", "Dariusz", "Lucinda", "Emeka",
    "Haruki", "Soledad", "Gunnar", "Philomena", "Anselm", "Yusra", "Thaddeus", "Ingrid", "Mateo", "Oksana",
    "Cornelius", "Fumiko", "Reginald", "Beatriz", "Lorcan", "Esperanza", "Casimir", "Nkechi", "Augustin",
    "Delphine", "Ezekiel", "Marisol", "Florian", "Henrietta", "Kwabena", "Leocadia", "Ruairi", "Svetlana",
    "Osvaldo", "Winifred", "Dmitri", "Aurelia", "Benedikt", "Clementine", "Jovan", "Perpetua", "Ansel",
    "Raisa", "Tiberius", "Hyacinth", "Idris", "Magnhild", "Zoltan", "Ottilie", "Ramona", "Kofi", "Agnieszka",
)
_LAST = (
    "Abernathy", "Oyelaran", "Szczepanski", "Vanterpool", "Kowalczyk", "Ferreira-Lind", "Okonkwo", "Halvorsen",
    "Marchetti", "Quintanilla", "Delacroix", "Nakagawa", "Brightwater", "Esterhazy", "Lindqvist", "Papadakis",
    "Ostrowski", "Rutledge", "Achterberg", "Fairweather", "Castellanos", "O'Callaghan", "Thorsby", "Wojcik",
    "Ekwueme", "Dunleavy", "Hargreave", "Vasquez-Moll", "Prendergast", "Iwasaki", "Solberg", "Mertens",
    "Adeyemi", "Kilbride", "Santangelo", "Tremblay", "Gallwey", "Rosenquist", "Haddad", "Birkenfeld",
    "Mwangi", "Ledbetter", "Pomerleau", "Strand", "Yamauchi", "Cartwright", "Villanueva", "Eskildsen",
    "Brannigan", "Oduya", "Kranjc", "Teixeira", "McQuarrie", "Lautenbach", "Sorensen-Pike", "Achebe-Lowe",
)
_MIDDLE = "ABCDEFGHJKLMNPRSTW"

_TOWNS = (
    "Hornell", "Canandaigua", "Oneonta", "Cobleskill", "Saranac Lake", "Medina", "Owego", "Malone",
    "Herkimer", "Beacon", "Peekskill", "Kingston", "Ithaca", "Cortland", "Norwich", "Walton", "Sidney",
    "Elmira", "Corning", "Olean", "Salamanca", "Lockport", "Batavia", "Geneseo", "Penn Yan", "Watkins Glen",
    "Seneca Falls", "Auburn", "Oswego", "Fulton", "Lowville", "Potsdam", "Massena", "Plattsburgh",
    "Ticonderoga", "Glens Falls", "Saratoga Springs", "Gloversville", "Johnstown", "Phoenicia",
    "Margaretville", "Boiceville", "Kerhonkson", "Pine Bush", "Livingston Manor", "Narrowsburg", "Walden",
    "Wurtsboro", "Ellenville", "Liberty", "Monticello", "Greenwich", "Cambridge", "Hoosick Falls",
)
_COUNTIES = (
    "Ulster County", "Delaware County", "Otsego County", "Schoharie County", "Greene County",
    "Sullivan County", "Chenango County", "Tompkins County", "Steuben County", "Columbia County",
    "Town of Shandaken", "Town of Olive", "Town of Wawarsing", "Village of Ellenville",
)
_STREETS = (
    "Orchard Ridge", "Old Stage", "Cider Mill", "Plank", "Schoolhouse", "Quarry", "Mill Pond",
    "Hemlock Hollow", "Sawkill", "Tinker", "Bluestone", "Ridge View", "Church", "Maple", "Wittenberg",
    "Lower Whitfield", "Dutch Hill", "Stony Clove", "Pinecrest", "Beaverkill", "Tannery Brook", "Van Wyck",
    "Lapla", "Krumville", "Upper Samsonville", "Frost Valley", "Mongaup", "Willowemoc", "Bushkill",
)
_SUFFIX = ("Rd", "Road", "St", "Street", "Ln", "Lane", "Ave", "Dr", "Ct", "Way", "Tpke", "Hollow Rd")

_ORG = {
    "hospital": (
        "Ulster Ridge Medical Center", "St. Brigid's Hospital", "Catamount Valley Hospital",
        "Northgate Regional Medical Center", "Mercy Highlands Hospital", "Esopus Creek Medical Center",
        "Shawangunk Valley Hospital", "Our Lady of the Lakes Hospital",
    ),
    "vendor": (
        "VitalTether Monitoring", "BeaconWatch RPM", "CarePulse Monitoring Center", "Sentinel Home Telehealth",
        "Lumen RPM Services", "HomeGuard Clinical Monitoring", "Tethra Remote Care", "NightOwl Telemonitoring",
    ),
    "courier": (
        "Swiftline Medical Courier", "Parcel Pronto Couriers", "RedTail Logistics", "Bluestone Courier Co.",
        "MedDash Delivery", "Kestrel Same-Day Couriers",
    ),
    "infusion": (
        "Meridian Home Infusion", "Apex Infusion Pharmacy", "Crestline Infusion Services",
        "Riverbend Specialty Pharmacy", "Sagebrook Home Infusion",
    ),
    "paramedic": (
        "Mid-Valley Community Paramedicine", "Tri-County Mobile Integrated Health", "Ridgeline EMS",
        "Shawangunk Paramedic Services", "Esopus Valley Ambulance Corps", "Bluestone Mobile Health",
    ),
    "dme": (
        "Northway Medical Supply", "Greenfield DME", "Keystone Home Medical", "Halcyon Respiratory & DME",
        "Pinnacle Home Medical Equipment",
    ),
    "practice": (
        "Pine Hollow Family Practice", "Sawkill Internal Medicine", "Bluestone Primary Care",
        "Ashokan Family Health", "Riverside Geriatrics Associates",
    ),
}
_ROLE_WORD = {
    "hospital": "hospital", "vendor": "monitoring vendor", "courier": "courier", "infusion": "infusion pharmacy",
    "paramedic": "community paramedic agency", "dme": "DME supplier", "practice": "PCP practice",
}

_AREA = ("518", "845", "607", "315", "585", "716", "914", "347", "929", "631", "838")
_TOLLFREE = ("800", "888", "877", "866", "855", "844", "833")
_EMAIL_DOMAINS = ("gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com", "hotmail.com",
                  "optonline.net", "frontiernet.net", "twcny.rr.com", "hvcomm.net")
_HOSP_DOMAINS = ("ulsterridgehealth.org", "stbrigids.org", "catamountvalley.org", "northgatermc.org",
                 "mercyhighlands.org")

# --------------------------------------------------------------------------------------------------
# Look-alikes (never labelled)
# --------------------------------------------------------------------------------------------------

EPONYMS_AND_BRANDS = (
    # eponyms and named scores / signs
    "Kerley B lines", "Virchow's triad", "Wells score", "Homans sign", "Murphy's sign", "Glasgow Coma Scale",
    "Braden score", "Morse Fall Scale", "Trendelenburg", "Valsalva", "Cheyne-Stokes", "Kussmaul",
    "Doppler", "Foley", "Holter", "Hickman", "Groshong", "Seldinger", "Barthel Index", "Katz ADL",
    "CURB-65", "NEWS2", "Borg scale", "Bristol stool scale", "Timed Up and Go", "Romberg", "Hoover's sign",
    "Hounsfield", "Fleischner", "B-lines",
    # device makers and device brands
    "Omron", "Masimo", "Nonin", "Withings", "BioButton", "VitalPatch", "Zio", "Dexcom G7", "iPad",
    "Galaxy Tab", "Butterfly iQ+", "Vscan Air", "Philips Lumify", "CADD-Solis", "Curlin", "Intermate",
    "Carestream DRX", "Welch Allyn", "ResMed", "Inogen", "Lifeline",
    # carriers and app stores
    "Verizon", "AT&T", "T-Mobile", "Google Play", "App Store",
    # drug brands
    "Lasix", "Eliquis", "Xarelto", "Zosyn", "Rocephin", "Entresto", "Jardiance", "Spiriva", "Symbicort",
    "DuoNeb", "Tylenol", "Ensure", "Coumadin", "Unasyn",
)

_MAKER_DEV = (  # (device noun, maker/brand look-alike, model look-alike)
    ("upper-arm BP cuff", "Omron", "BP7450"),
    ("BP cuff", "Welch Allyn", "RPM-BP100"),
    ("fingertip pulse oximeter", "Nonin", "3230"),
    ("pulse oximeter", "Masimo", "MightySat Rx"),
    ("body-weight scale", "Withings", "WBS06"),
    ("continuous wearable patch", "BioButton", "BB-2"),
    ("biosensor patch", "VitalPatch", "VP-1.2"),
    ("ambulatory ECG patch", "Zio", "AT"),
    ("CGM sensor", "Dexcom G7", "G7"),
)
_HUB = (("tablet hub", "iPad", "A2602"), ("tablet hub", "Galaxy Tab", "SM-X200"))
_CARRIER = ("Verizon", "AT&T", "T-Mobile")

_CPT = ("99453", "99454", "99457", "99458", "99091", "G0511", "99473", "99474", "99202", "71045", "76604",
        "93971", "71275", "70450", "73501", "36573")

# --------------------------------------------------------------------------------------------------
# Small value generators
# --------------------------------------------------------------------------------------------------


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _up(rng: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _an(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(n))


def _first(rng: random.Random) -> str:
    return rng.choice(_FIRST)


def _last(rng: random.Random) -> str:
    return rng.choice(_LAST)


def _person(rng: random.Random, style: str | None = None) -> str:
    f, la = _first(rng), _last(rng)
    style = style or rng.choice(("fl", "fl", "fl", "fml", "lf", "fil"))
    if style == "fl":
        return f"{f} {la}"
    if style == "fml":
        return f"{f} {rng.choice(_MIDDLE)}. {la}"
    if style == "lf":
        return f"{la}, {f}"
    if style == "fil":
        return f"{f[0]}. {la}"
    if style == "caps":
        return f"{la.upper()}, {f.upper()}"
    if style == "lower":
        return f"{f.lower()} {la.lower()}"
    raise ValueError(style)


def _phone_number(rng: random.Random, area: str | None = None) -> str:
    a = area or rng.choice(_AREA)
    x = str(rng.randint(2, 9)) + _d(rng, 2)
    y = _d(rng, 4)
    fmt = rng.randrange(7)
    if fmt == 0:
        return f"({a}) {x}-{y}"
    if fmt == 1:
        return f"{a}-{x}-{y}"
    if fmt == 2:
        return f"{a}.{x}.{y}"
    if fmt == 3:
        return f"+1 {a} {x} {y}"
    if fmt == 4:
        return f"1-{a}-{x}-{y}"
    if fmt == 5:
        return f"({a}){x}-{y}"
    return f"{a}{x}{y}"


def _tollfree(rng: random.Random) -> str:
    a = rng.choice(_TOLLFREE)
    return rng.choice((f"1-{a}-{rng.randint(200, 989)}-{_d(rng, 4)}", f"({a}) {rng.randint(200, 989)}-{_d(rng, 4)}"))


def _pager(rng: random.Random) -> str:
    fmt = rng.randrange(4)
    if fmt == 0:
        return _d(rng, 5)
    if fmt == 1:
        return f"{rng.randint(1, 9)}-{_d(rng, 4)}"
    if fmt == 2:
        return _phone_number(rng)
    return f"{_d(rng, 3)}-{_d(rng, 4)}"


def _email(rng: random.Random, clinician: bool = False) -> str:
    f = _first(rng).lower()
    la = _last(rng).lower().replace("'", "").replace("-", "")
    if clinician:
        return f"{rng.choice((f[0] + la, f + '.' + la, la + f[0]))}@{rng.choice(_HOSP_DOMAINS)}"
    local = rng.choice((f"{f}.{la}{rng.randint(1, 99)}", f"{f[0]}{la}", f"{la}.{f}", f"{f}{la[:4]}{_d(rng, 3)}",
                        f"{la}family", f"{f}_{la}"))
    return f"{local}@{rng.choice(_EMAIL_DOMAINS)}"


def _url(rng: random.Random) -> str:
    la = _last(rng).lower().replace("'", "").replace("-", "")
    fmt = rng.randrange(6)
    if fmt == 0:
        return f"https://visit.ulsterridgehah.org/join/{_an(rng, 4)}-{_an(rng, 4)}"
    if fmt == 1:
        return f"www.caringbridge.org/visit/{_first(rng).lower()}{la}"
    if fmt == 2:
        return f"https://portal.northgatermc.org/rpm/pt/{_d(rng, 7)}"
    if fmt == 3:
        return f"https://meet.tethracare.net/r/{_an(rng, 10).lower()}"
    if fmt == 4:
        return f"http://{la}-family.blogspot.com/2154/03/mom-home-hospital.html"
    return f"https://www.gofundme.com/f/help-{la}-recover-at-home"


def _public_ip(rng: random.Random) -> str:
    if rng.random() < 0.12:
        return f"2600:{rng.randint(0x1000, 0x1fff):x}:{rng.randint(0x100, 0xffff):x}:{rng.randint(0x10, 0xfff):x}::" \
               f"{rng.randint(0x1, 0xff):x}"
    first = rng.choice((24, 64, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 96, 97, 98, 99, 104, 107, 108, 142,
                        173, 174, 184, 207, 209))
    return f"{first}.{rng.randint(1, 254)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}"


def _private_ip(rng: random.Random) -> str:
    """Masked: HIPAA names IP addresses without exception and every other corpus labels a LAN address, so a
    private address is written as MIMIC writes an identifier (the draws are kept so the rest of the note is
    unchanged)."""
    if rng.random() < 0.6:  # 192.168.x.y
        rng.choice((0, 1, 1, 2, 10, 50, 86))
        rng.randint(2, 250)
    else:  # 10.x.y.z
        rng.randint(0, 20)
        rng.randint(0, 9)
        rng.randint(2, 250)
    return "___"


def _ssn(rng: random.Random) -> str:
    a = rng.randint(101, 665)
    b = rng.randint(10, 99)
    c = rng.randint(1000, 9999)
    return rng.choice((f"{a}-{b}-{c}", f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}"))


def _mrn(rng: random.Random) -> str:
    fmt = rng.randrange(5)
    if fmt == 0:
        return _d(rng, 7)
    if fmt == 1:
        return _d(rng, 8)
    if fmt == 2:
        return "00" + _d(rng, 6)
    if fmt == 3:
        return f"{_d(rng, 3)}-{_d(rng, 2)}-{_d(rng, 3)}"
    return "E" + _d(rng, 8)


def _account(rng: random.Random, kind: str | None = None) -> str:
    kind = kind or rng.choice(("alert", "ticket", "case", "ups", "fedex", "enc", "claim", "order", "acc", "req"))
    if kind == "alert":
        return rng.choice((f"ALR-{_d(rng, 7)}", f"A{_d(rng, 9)}", f"AL{_d(rng, 3)}-{_d(rng, 5)}",
                           f"RPM-ALT-{_d(rng, 6)}"))
    if kind == "ticket":
        return rng.choice((f"TKT-{_d(rng, 6)}", f"INC{_d(rng, 7)}", f"SR-{_d(rng, 2)}-{_d(rng, 6)}"))
    if kind == "case":
        return rng.choice((f"CS{_d(rng, 7)}", f"0{_d(rng, 7)}", f"MC-{_an(rng, 2)}{_d(rng, 5)}"))
    if kind == "ups":
        body = f"1Z{_an(rng, 6)}{_d(rng, 10)}"
        spaced = f"{body[:2]} {body[2:5]} {body[5:8]} {body[8:10]} {body[10:14]} {body[14:]}"
        return body if rng.random() < 0.6 else spaced
    if kind == "fedex":
        return rng.choice((f"{_d(rng, 4)} {_d(rng, 4)} {_d(rng, 4)}", _d(rng, 12)))
    if kind == "enc":
        return rng.choice((f"HAH{_d(rng, 8)}", f"{_d(rng, 10)}", f"V{_d(rng, 9)}", f"ENC-{_d(rng, 4)}-{_d(rng, 5)}"))
    if kind == "claim":
        return rng.choice((f"CLM{_d(rng, 10)}", f"{_d(rng, 13)}", f"{_d(rng, 5)}-{_d(rng, 6)}"))
    if kind == "order":
        return rng.choice((f"ORD-{_d(rng, 7)}", f"{_d(rng, 8)}", f"RX{_d(rng, 7)}"))
    if kind == "acc":
        return rng.choice((f"RAD{_d(rng, 8)}", f"{_d(rng, 8)}", f"MX-{_d(rng, 7)}", f"A{_d(rng, 7)}"))
    if kind == "req":
        return rng.choice((f"REQ {_d(rng, 6)}", f"RQ-{_d(rng, 7)}", f"{_up(rng, 2)}{_d(rng, 6)}"))
    raise ValueError(kind)


def _health_plan(rng: random.Random, kind: str | None = None) -> str:
    kind = kind or rng.choice(("mbi", "cin", "member", "member", "policy"))
    if kind == "mbi":
        al = "ACDEFGHJKMNPQRTUVWXY"
        alnum = al + "0123456789"
        v = (str(rng.randint(1, 9)) + rng.choice(al) + rng.choice(alnum) + _d(rng, 1) + rng.choice(al)
             + rng.choice(alnum) + _d(rng, 1) + rng.choice(al) + rng.choice(al) + _d(rng, 2))
        return v if rng.random() < 0.5 else f"{v[:4]}-{v[4:7]}-{v[7:]}"
    if kind == "cin":
        return f"{_up(rng, 2)}{_d(rng, 5)}{_up(rng, 1)}"
    if kind == "member":
        return rng.choice((f"{_up(rng, 3)}{_d(rng, 9)}", f"{_up(rng, 3)} {_d(rng, 4)} {_d(rng, 5)}", f"W{_d(rng, 10)}",
                           f"{_d(rng, 9)}-0{rng.randint(1, 4)}"))
    return rng.choice((f"{_up(rng, 1)}{_d(rng, 8)}", f"POL-{_d(rng, 9)}", f"{_up(rng, 2)}-{_d(rng, 7)}"))


def _npi(rng: random.Random) -> str:
    return rng.choice("12") + _d(rng, 9)


def _license(rng: random.Random, kind: str | None = None) -> str:
    kind = kind or rng.choice(("npi", "npi", "md", "rn", "emt", "dea", "dl"))
    if kind == "npi":
        return _npi(rng)
    if kind == "md":
        return rng.choice(("2", "3")) + _d(rng, 5)
    if kind == "rn":
        return rng.choice(("6", "7", "8")) + _d(rng, 5)
    if kind == "emt":
        return rng.choice((_d(rng, 6), f"{_d(rng, 3)}-{_d(rng, 3)}", f"P{_d(rng, 6)}"))
    if kind == "dea":
        return f"{rng.choice('ABFM')}{_up(rng, 1)}{_d(rng, 7)}"
    if kind == "dl":
        return rng.choice((f"{_d(rng, 3)} {_d(rng, 3)} {_d(rng, 3)}", _d(rng, 9)))
    raise ValueError(kind)


def _zip(rng: random.Random) -> str:
    z = str(rng.randint(10901, 14925))
    return z if rng.random() < 0.8 else f"{z}-{_d(rng, 4)}"


def _street(rng: random.Random) -> str:
    fmt = rng.randrange(9)
    if fmt == 0:
        s = f"{rng.randint(100, 9800)} Route {rng.choice(('9W', '28', '209', '212', '32', '44', '55', '17K'))}"
    elif fmt == 1:
        s = f"{rng.randint(10, 4800)} County Rd {rng.randint(2, 60)}"
    else:
        s = f"{rng.randint(2, 2900)} {rng.choice(_STREETS)} {rng.choice(_SUFFIX)}"
    r = rng.random()
    if r < 0.15:
        s += f" Apt {rng.randint(1, 4)}{rng.choice('ABCD')}"
    elif r < 0.22:
        s += f", Unit {rng.randint(1, 30)}"
    return s


def _location(rng: random.Random) -> str:
    return rng.choice(_TOWNS) if rng.random() < 0.8 else rng.choice(_COUNTIES)


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def _real_date(rng: random.Random, lo: int = 1926, hi: int = 2024) -> str:
    y, m, d = rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)
    fmt = rng.randrange(8)
    if fmt == 0:
        return f"{m:02d}/{d:02d}/{y}"
    if fmt == 1:
        return f"{m}/{d}/{y}"
    if fmt == 2:
        return f"{y}-{m:02d}-{d:02d}"
    if fmt == 3:
        return f"{_MONTHS[m - 1]} {d}, {y}"
    if fmt == 4:
        return f"{d} {_MONTHS[m - 1][:3]} {y}"
    if fmt == 5:
        return f"{d:02d}-{_MONTHS[m - 1][:3].upper()}-{y}"
    if fmt == 6:
        return f"{m:02d}-{d:02d}-{y}"
    return f"{_MONTHS[m - 1][:3]}. {d} {y}"


def _shifted_date(rng: random.Random) -> str:
    y, m, d = _note_base(rng)
    d += rng.randint(0, 8)
    return rng.choice((f"{y}-{m:02d}-{d:02d}", f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}"))


def _note_base(rng: random.Random) -> tuple[int, int, int]:
    """The note's shifted admission date (one per note, so its timestamps agree with each other)."""
    base = getattr(rng, "_h74_base", None)
    if base is None:
        base = (rng.randint(2110, 2195), rng.randint(1, 12), rng.randint(1, 20))
        rng._h74_base = base  # type: ignore[attr-defined]
    return base


def _shifted_ts(rng: random.Random) -> str:
    y, m, d = _note_base(rng)
    d += rng.randint(0, 8)
    return f"{y}-{m:02d}-{d:02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"


def _age_over(rng: random.Random) -> str:
    return str(rng.choice((90, 90, 91, 91, 92, 92, 93, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 104)))


def _serial(rng: random.Random, kind: str | None = None) -> str:
    kind = kind or rng.choice(("kit", "imei", "iccid", "mac", "patch", "cuff", "ox", "scale", "hub"))
    if kind == "kit":
        return rng.choice((f"HK-{_d(rng, 6)}-{_d(rng, 4)}", f"RPMK{_d(rng, 8)}", f"KT{_an(rng, 3)}{_d(rng, 6)}"))
    if kind == "imei":
        v = "35" + _d(rng, 13)
        return v if rng.random() < 0.7 else f"{v[:2]} {v[2:8]} {v[8:14]} {v[14]}"
    if kind == "iccid":
        v = "8901" + _d(rng, rng.choice((15, 16)))
        return v if rng.random() < 0.6 else " ".join(v[k:k + 4] for k in range(0, len(v), 4))
    if kind == "mac":
        octs = [f"{rng.randint(0, 255):02X}" for _ in range(6)]
        fmt = rng.randrange(4)
        if fmt == 0:
            return ":".join(octs)
        if fmt == 1:
            return "-".join(octs)
        if fmt == 2:
            return ":".join(octs).lower()
        return ".".join("".join(octs[k:k + 2]) for k in (0, 2, 4))
    if kind == "patch":
        return rng.choice((f"BP2-{_d(rng, 5)}-{_d(rng, 4)}", f"VP{_an(rng, 8)}", f"WPT{_d(rng, 9)}"))
    if kind == "cuff":
        return rng.choice((f"{_d(rng, 8)}{_up(rng, 1)}", f"{_up(rng, 2)}{_d(rng, 8)}", f"2{_d(rng, 3)}-{_d(rng, 6)}"))
    if kind == "ox":
        return rng.choice((f"{_d(rng, 9)}", f"OX{_d(rng, 7)}", f"{_up(rng, 1)}{_d(rng, 2)}{_up(rng, 1)}{_d(rng, 6)}"))
    if kind == "scale":
        return rng.choice((f"{_d(rng, 4)}{_up(rng, 2)}{_d(rng, 5)}", f"SC-{_an(rng, 9)}"))
    if kind == "hub":
        return rng.choice((f"R{_an(rng, 10)}", f"{_up(rng, 1)}{_d(rng, 2)}{_an(rng, 8)}"))
    if kind == "asset":
        return rng.choice((f"URMC-{_d(rng, 6)}", f"AT{_d(rng, 7)}", f"BIO-{_d(rng, 5)}", f"{_d(rng, 6)}-PX"))
    raise ValueError(kind)


def _plate(rng: random.Random) -> str:
    fmt = rng.randrange(5)
    if fmt == 0:
        return f"{_up(rng, 3)}-{_d(rng, 4)}"
    if fmt == 1:
        return f"{_up(rng, 3)} {_d(rng, 4)}"
    if fmt == 2:
        return f"{_d(rng, 5)}{_up(rng, 2)}"
    if fmt == 3:
        return f"{_up(rng, 2)}{_d(rng, 5)}"
    vin_al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return "1" + "".join(rng.choice(vin_al) for _ in range(7)) + _d(rng, 1) + "".join(
        rng.choice(vin_al) for _ in range(2)) + _d(rng, 6)


def _org(rng: random.Random, role: str | None = None) -> str:
    role = role or rng.choice(tuple(_ORG))
    return rng.choice(_ORG[role])


def L(text: str) -> tuple[str, None]:  # noqa: N802 - a look-alike segment
    return (text, None)


def V(value: str, cat: str) -> tuple[str, str]:  # noqa: N802 - a labelled segment
    return (value, cat)


# --------------------------------------------------------------------------------------------------
# Plant templates: category -> list of (zone, fn(rng) -> segments or (label, segments))
# Zones: head (admin header lines), field (Label: value lines), prose (sentences), table (rows),
# sign (signature / footer lines), system (pasted vendor / EHR text lines), addendum (paragraphs).
# --------------------------------------------------------------------------------------------------

Tpl = tuple[str, Callable[[random.Random], object]]


def _phone_tpls() -> list[Tpl]:
    return [
        ("field", lambda r: [r.choice(("Caregiver phone: ", "Primary contact #: ", "Home phone:  ", "Cell (daughter): ",
                                       "Callback no. ", "Tel: ", "Best number - ")), V(_phone_number(r), "PHONE")]),
        ("field", lambda r: ["Emergency contact: ___ (son) ", V(_phone_number(r), "PHONE"), " - may text"]),
        ("prose", lambda r: ["Spoke with her son by phone at ", V(_phone_number(r), "PHONE"),
                             ", who confirmed the cuff was charging on the kitchen counter."]),
        ("prose", lambda r: ["The monitoring centre RN called the home line (", V(_phone_number(r), "PHONE"),
                             ") twice without answer before escalating to the HaH physician."]),
        ("prose", lambda r: ["Neighbor who holds the spare key can be reached on ", V(_phone_number(r), "PHONE"), "."]),
        ("field", lambda r: ["Call-back number for the daugther (prefers text)\n", V(_phone_number(r), "PHONE")]),
        ("table", lambda r: (r.choice(("Contact phone", "Escalation callback", "Caregiver cell", "Home landline")),
                             [V(_phone_number(r), "PHONE")])),
        ("sign", lambda r: ["Community paramedic on shift - cell ", V(_phone_number(r), "PHONE")]),
        ("sign", lambda r: ["HaH command centre (local line) ", V(_phone_number(r), "PHONE"), " / after hours ",
                            L(_tollfree(r))]),
        ("system", lambda r: [f"[CALL {r.randint(10, 23)}:{r.randint(10, 59)}] outbound to ",
                              V(_phone_number(r), "PHONE"),
                              " dur 00:0", str(r.randint(1, 9)), ":", str(r.randint(10, 59)), " result=ANSWERED"]),
        ("system", lambda r: ["sms_to=", V(_phone_number(r, r.choice(_AREA)), "PHONE"),
                              " msg='Please re-seat the oximeter probe and stay seated'"]),
        ("addendum", lambda r: ["ADDENDUM: family reports a new cell number for the health care proxy, ",
                                V(_phone_number(r), "PHONE"), "; vendor escalation tree updated."]),
    ]


def _fax_tpls() -> list[Tpl]:
    return [
        ("field", lambda r: [r.choice(("Fax: ", "PCP fax: ", "Fax orders to ", "fax# ", "Infusion pharmacy FAX ")),
                             V(_phone_number(r), "FAX")]),
        ("prose", lambda r: ["Signed plan of care faxed to the PCP office at ", V(_phone_number(r), "FAX"),
                             "; confirmation sheet scanned."]),
        ("table", lambda r: (r.choice(("PCP fax", "Fax (orders)", "Pharmacy fax")), [V(_phone_number(r), "FAX")])),
        ("sign", lambda r: ["P: ___   F: ", V(_phone_number(r), "FAX")]),
        ("system", lambda r: ["FAX TX OK  to:", V(_phone_number(r), "FAX"),
                              f"  pages:{r.randint(2, 9)}  status=DELIVERED"]),
        ("addendum", lambda r: ["Addendum: discharge packet re-sent, fax ", V(_phone_number(r), "FAX"),
                                " (the practice's toll-free fax ", L(_tollfree(r)), " was not accepting)."]),
    ]


def _pager_tpls() -> list[Tpl]:
    return [
        ("field", lambda r: [r.choice(("HaH attending pager: ", "Pager: ", "On-call pgr ", "Beeper ")),
                             V(_pager(r), "PAGER")]),
        ("prose", lambda r: ["Overnight HaH physician paged (pgr ", V(_pager(r), "PAGER"),
                             f") at 0{r.randint(1, 5)}:{r.randint(10, 59)} for a sustained SpO2 alert."]),
        ("sign", lambda r: ["___, MD   pager ", V(_pager(r), "PAGER")]),
        ("table", lambda r: ("On-call pager", [V(_pager(r), "PAGER")])),
        ("system", lambda r: ["PAGE SENT -> ", V(_pager(r), "PAGER"), " : 'RPM ALERT RED - HaH bed ",
                              str(r.randint(1, 12)), "'"]),
    ]


def _email_tpls() -> list[Tpl]:
    return [
        ("field", lambda r: [r.choice(("Caregiver email: ", "E-mail: ", "Email (HCP): ")), V(_email(r), "EMAIL")]),
        ("prose", lambda r: ["Kit return label emailed to the daughter (", V(_email(r), "EMAIL"), ") for pick-up."]),
        ("system", lambda r: ["notify: ", V(_email(r), "EMAIL"), " <daily vitals summary> sent"]),
        ("table", lambda r: ("Email", [V(_email(r), "EMAIL")])),
        ("sign", lambda r: ["RPM coordinator: ___  |  ", V(_email(r, clinician=True), "EMAIL")]),
        ("prose", lambda r: ["Questions about the wearable were sent to the HaH nurse navigator at ",
                             V(_email(r, clinician=True), "EMAIL"), "."]),
    ]


def _url_tpls() -> list[Tpl]:
    return [
        ("prose", lambda r: ["Video visit link sent by SMS: ", V(_url(r), "URL"), " (see ", L("www.cms.gov"),
                             " for the Medicare RPM fact sheet)."]),
        ("field", lambda r: [r.choice(("Family update page: ", "Visit link: ", "Portal: ")), V(_url(r), "URL")]),
        ("system", lambda r: ["session_url=", V(_url(r), "URL"), " status=ended"]),
        ("addendum", lambda r: ["Addendum: the family is posting daily updates at ", V(_url(r), "URL"),
                                "; reminded them not to post device screenshots."]),
    ]


def _ip_tpls() -> list[Tpl]:
    return [
        ("system", lambda r: ["gw heartbeat OK wan_ip=", V(_public_ip(r), "IP_ADDRESS"), " lan_ip=",
                              L(_private_ip(r)), f" rssi=-{r.randint(55, 98)}dBm"]),
        ("table", lambda r: (r.choice(("Router WAN IP", "Public IP (home)", "ISP address")),
                             [V(_public_ip(r), "IP_ADDRESS")])),
        ("prose", lambda r: ["Hub connected over the home broadband (public address ", V(_public_ip(r), "IP_ADDRESS"),
                             ", local ", L(_private_ip(r)), "); cellular failover idle."]),
        ("field", lambda r: ["Home router public IP: ", V(_public_ip(r), "IP_ADDRESS")]),
        ("system", lambda r: [L(_shifted_ts(r)), " hub ONLINE from ", V(_public_ip(r), "IP_ADDRESS"),
                              " via Wi-Fi SSID ___ (gw ", L(_private_ip(r)), ")"]),
        ("addendum", lambda r: ["IT addendum: vendor blocked telemetry from ", V(_public_ip(r), "IP_ADDRESS"),
                                " as suspected duplicate; whitelisted after call."]),
    ]


def _ssn_tpls() -> list[Tpl]:
    return [
        ("field", lambda r: [r.choice(("SSN: ", "SS#: ", "Social Security No.: ")), V(_ssn(r), "SSN")]),
        ("system", lambda r: ["PT_SSN=", V(_ssn(r), "SSN"), " PT_NAME=___ DOB=___"]),
        ("table", lambda r: ("Social Security #", [V(_ssn(r), "SSN")])),
        ("prose", lambda r: ["The RPM consent form returned by courier still carried the Social Security number ",
                             V(_ssn(r), "SSN"), " in the remarks box; form shredded and re-signed."]),
    ]


def _mrn_tpls() -> list[Tpl]:
    return [
        ("head", lambda r: [r.choice(("MRN: ", "Hospital MR#: ", "Unit No (home record): ", "MR ")),
                            V(_mrn(r), "MRN")]),
        ("field", lambda r: ["Medical record no. ", V(_mrn(r), "MRN"), " (brick-and-mortar chart)"]),
        ("system", lambda r: ["PID|1||", V(_mrn(r), "MRN"), "^^^HAH^MR||___^___||___|F"]),
        ("table", lambda r: ("MRN", [V(_mrn(r), "MRN")])),
        ("prose", lambda r: ["Vendor record was linked to hospital MRN ", V(_mrn(r), "MRN"),
                             " after a duplicate profile was found."]),
    ]


def _account_tpls() -> list[Tpl]:
    return [
        ("system", lambda r: ["ALERT ", V(_account(r, "alert"), "ACCOUNT"),
                              f" | SpO2 {r.randint(82, 88)}% x {r.randint(3, 9)} min | RED | ack by monitoring RN"]),
        ("system", lambda r: ["ticket=", V(_account(r, "ticket"), "ACCOUNT"),
                              " type=DEVICE_OFFLINE sev=2 state=closed"]),
        ("field", lambda r: [r.choice(("Vendor ticket #: ", "Case no.: ", "Monitoring case ", "Alert ID: ")),
                             V(_account(r, r.choice(("ticket", "case", "alert"))), "ACCOUNT")]),
        ("table", lambda r: (r.choice(("Courier tracking", "Tracking no.", "Kit shipment")),
                             [V(_account(r, r.choice(("ups", "fedex"))), "ACCOUNT")])),
        ("table", lambda r: (r.choice(("Alert ID", "Escalation case", "Vendor ticket")),
                             [V(_account(r, r.choice(("alert", "case", "ticket"))), "ACCOUNT")])),
        ("prose", lambda r: ["Kit shipped overnight, tracking ", V(_account(r, r.choice(("ups", "fedex"))), "ACCOUNT"),
                             f", delivered {r.randint(9, 17)}:{r.randint(10, 59)} and signed for by the spouse."]),
        ("prose", lambda r: ["Vendor escalation (case ", V(_account(r, "case"), "ACCOUNT"),
                             ") was opened for repeated cuff errors E2."]),
        ("head", lambda r: [r.choice(("Accession: ", "Encounter #: ", "Visit no. ", "Order: ")),
                            V(_account(r, r.choice(("acc", "enc", "order"))), "ACCOUNT")]),
        ("addendum", lambda r: ["Billing addendum: claim ", V(_account(r, "claim"), "ACCOUNT"),
                                " resubmitted with 16+ device days documented for ", L("99454"), "."]),
        ("sign", lambda r: ["Ref encounter ", V(_account(r, "enc"), "ACCOUNT")]),
        ("field", lambda r: [r.choice(("trk# ", "Trk: ", "Courier ref ", "waybill ")),
                             V(_account(r, r.choice(("ups", "fedex"))), "ACCOUNT")]),
    ]


def _plan_tpls() -> list[Tpl]:
    return [
        ("field", lambda r: ["Medicare MBI: ", V(_health_plan(r, "mbi"), "HEALTH_PLAN")]),
        ("field", lambda r: ["Medicaid CIN ", V(_health_plan(r, "cin"), "HEALTH_PLAN")]),
        ("field", lambda r: [r.choice(("Member ID: ", "Subscriber ID: ", "Policy #: ")),
                             V(_health_plan(r, r.choice(("member", "policy"))), "HEALTH_PLAN"), "   Group: ",
                             L(f"GRP-{_d(r, 5)}")]),
        ("table", lambda r: ("Subscriber ID", [V(_health_plan(r), "HEALTH_PLAN")])),
        ("prose", lambda r: ["Eligibility for the RPM benefit verified against member ID ",
                             V(_health_plan(r, "member"), "HEALTH_PLAN"), "; no prior 99453 billed this year."]),
        ("system", lambda r: ["ELIG 271 ACTIVE MBR=", V(_health_plan(r), "HEALTH_PLAN"), " PLAN=MA-PPO COPAY=0"]),
    ]


def _license_tpls() -> list[Tpl]:
    return [
        ("sign", lambda r: ["___, MD   NPI ", V(_npi(r), "LICENSE")]),
        ("sign", lambda r: ["___, RN   NYS RN lic. ", V(_license(r, "rn"), "LICENSE")]),
        ("sign", lambda r: ["___, Paramedic   NYS cert #", V(_license(r, "emt"), "LICENSE")]),
        ("field", lambda r: [r.choice(("Ordering NPI: ", "Ordering provider NPI ", "Rendering NPI: ")),
                             V(_npi(r), "LICENSE")]),
        ("table", lambda r: ("Ordering provider NPI", [V(_npi(r), "LICENSE")])),
        ("prose", lambda r: ["The courier's driver's licence (", V(_license(r, "dl"), "LICENSE"),
                             ") was photographed at the hand-off, per the controlled-substance delivery policy."]),
        ("system", lambda r: ["eRx signed: ___ MD  DEA ", V(_license(r, "dea"), "LICENSE"), "  NCPDP OK"]),
        ("prose", lambda r: ["Supervising physician (NY medical license ", V(_license(r, "md"), "LICENSE"),
                             ") reviewed the escalation by video."]),
    ]


def _zip_tpls() -> list[Tpl]:
    return [
        ("field", lambda r: ["Address: ___, ___, NY ", V(_zip(r), "ZIP")]),
        ("prose", lambda r: ["Service-area check: home ZIP ", V(_zip(r), "ZIP"),
                             " lies inside the 30-minute drive radius."]),
        ("table", lambda r: ("Postal code", [V(_zip(r), "ZIP")])),
        ("head", lambda r: ["Home: ___  ", L("NY"), " ", V(_zip(r), "ZIP")]),
        ("system", lambda r: ["addr_zip=", V(_zip(r), "ZIP"), " coverage=LTE-OK tower_dist=3.1km"]),
    ]


def _street_tpls() -> list[Tpl]:
    return [
        ("field", lambda r: [r.choice(("Address: ", "Home address: ", "Deliver to: ")), V(_street(r), "STREET_ADDRESS"),
                             ", ___, NY ___"]),
        ("prose", lambda r: ["Paramedic dispatched to ", V(_street(r), "STREET_ADDRESS"),
                             " (use the side door; ramp at rear)."]),
        ("table", lambda r: (r.choice(("Delivery address", "Home address", "Service address")),
                             [V(_street(r), "STREET_ADDRESS")])),
        ("system", lambda r: ["SHIP_TO: ___ / ", V(_street(r), "STREET_ADDRESS"), " / ___ NY ___"]),
    ]


def _date_tpls() -> list[Tpl]:
    return [
        ("field", lambda r: [r.choice(("DOB: ", "Date of birth: ", "D.O.B. ")),
                             V(_real_date(r, 1922, 1962), "DATE_REAL_YEAR")]),
        ("head", lambda r: ["DOB (per courier manifest): ", V(_real_date(r, 1922, 1962), "DATE_REAL_YEAR")]),
        ("prose", lambda r: ["Previous admission for decompensated heart failure on ",
                             V(_real_date(r, 2012, 2024), "DATE_REAL_YEAR"), " at an outside hospital."]),
        ("table", lambda r: (r.choice(("Prior echo", "Last admission", "Enrolled", "Consent signed")),
                             [V(_real_date(r, 2015, 2024), "DATE_REAL_YEAR")])),
        ("system", lambda r: ["enrolled_on=", V(_real_date(r, 2018, 2024), "DATE_REAL_YEAR"), " program=HAH-RPM"]),
        ("sign", lambda r: ["Electronically signed ", V(_real_date(r, 2016, 2024), "DATE_REAL_YEAR"),
                            f" {r.randint(7, 20)}:{r.randint(10, 59)}"]),
        ("addendum", lambda r: ["Addendum: spouse died at home on ", V(_real_date(r, 2008, 2024), "DATE_REAL_YEAR"),
                                "; patient now lives alone, which changes the caregiver plan."]),
    ]


def _age_tpls() -> list[Tpl]:
    return [
        ("prose", lambda r: [V(_age_over(r), "AGE_OVER_89"),
                             r.choice((" year old woman", " year old man", "-year-old woman", "-year-old man")),
                             " admitted to hospital at home from the ED."]),
        ("field", lambda r: [r.choice(("Age: ", "Age ")), V(_age_over(r), "AGE_OVER_89")]),
        ("head", lambda r: ["Patient age: ", V(_age_over(r), "AGE_OVER_89"), " y"]),
        ("table", lambda r: ("Age", [V(_age_over(r), "AGE_OVER_89")])),
        ("prose", lambda r: ["Patient is ", V(_age_over(r), "AGE_OVER_89"),
                             " y/o and still lives independently with a pendant alarm."]),
    ]


def _device_tpls() -> list[Tpl]:
    return [
        ("table", lambda r: (r.choice(("Hub IMEI", "Gateway IMEI")), [V(_serial(r, "imei"), "DEVICE_ID")])),
        ("table", lambda r: ("SIM ICCID", [V(_serial(r, "iccid"), "DEVICE_ID")])),
        ("table", lambda r: (r.choice(("Oximeter MAC", "Cuff BT MAC", "Scale MAC")),
                             [V(_serial(r, "mac"), "DEVICE_ID")])),
        ("table", lambda r: (r.choice(("Patch serial", "Wearable SN", "Kit serial")),
                             [V(_serial(r, r.choice(("patch", "kit"))), "DEVICE_ID")])),
        ("system", lambda r: ["device=", V(_serial(r, r.choice(("patch", "cuff", "ox"))), "DEVICE_ID"),
                              f" batt={r.randint(8, 99)}% fw=",
                              L(f"{r.randint(1, 6)}.{r.randint(0, 19)}.{r.randint(0, 40)}"),
                              " last_tx=", L(_shifted_ts(r))]),
        ("field", lambda r: [r.choice(("Gateway IMEI: ", "IMEI ", "Hub IMEI# ", "IMEI:", "gateway imei  ")),
                             V(_serial(r, "imei"), "DEVICE_ID")]),
        ("addendum", lambda r: ["Late entry - replacement hub swapped in by the courier; old unit returned,"
                                " new\nhub SN ",
                                V(_serial(r, "hub"), "DEVICE_ID"), " paired and transmitting."]),
        ("field", lambda r: [r.choice(("BP cuff SN: ", "Scale S/N ", "Oximeter serial: ", "Hub SN ")),
                             V(_serial(r, r.choice(("cuff", "scale", "ox", "hub"))), "DEVICE_ID")]),
        ("prose", lambda r: ["Replaced the wearable patch (new serial ", V(_serial(r, "patch"), "DEVICE_ID"),
                             ") after adhesive failure on the left chest."]),
        ("prose", lambda r: ["Patch UDI scanned: ", L(f"(01)00{_d(r, 12)}"),
                             L(f"(17){r.randint(25, 29)}{r.randint(1, 12):02d}28"),
                             L(f"(10)L{_d(r, 4)}{r.choice('ABC')}"), "(21)", V(_serial(r, "patch"), "DEVICE_ID"), "."]),
        ("system", lambda r: ["pair OK mac=", V(_serial(r, "mac"), "DEVICE_ID"), " rssi=-", str(r.randint(50, 90)),
                              " hub=", L(r.choice(("iPad", "Galaxy Tab")))]),
        ("sign", lambda r: ["Portable unit asset # ", V(_serial(r, "asset"), "DEVICE_ID")]),
    ]


def _vehicle_tpls() -> list[Tpl]:
    return [
        ("prose", lambda r: ["Community paramedic vehicle (plate ", V(_plate(r), "VEHICLE_ID"),
                             f") arrived {r.randint(8, 20)}:{r.randint(10, 59)}."]),
        ("field", lambda r: [r.choice(("Courier vehicle plate: ", "Van plate ", "Vehicle VIN: ")),
                             V(_plate(r), "VEHICLE_ID")]),
        ("system", lambda r: ["VEH ", V(_plate(r), "VEHICLE_ID"), " GPS arrive ",
                              f"{r.randint(8, 20)}:{r.randint(10, 59)}",
                              " geofence=HOME"]),
        ("table", lambda r: (r.choice(("Vehicle plate", "Courier van")), [V(_plate(r), "VEHICLE_ID")])),
    ]


def _person_tpls() -> list[Tpl]:
    return [
        ("prose", lambda r: [r.choice(("Daughter ", "Son ", "Wife ", "Husband ", "Niece ")),
                             V(_person(r, "fl"), "PERSON"),
                             " (health care proxy) was present for the visit and did the teach-back."]),
        ("prose", lambda r: ["Discussed with Dr. ", V(_person(r, r.choice(("fl", "fil"))), "PERSON"),
                             ", HaH attending, who agreed with the plan."]),
        ("sign", lambda r: [V(_person(r, r.choice(("fl", "fml"))), "PERSON"),
                            r.choice((", RN", ", MD", ", NP", ", Paramedic"))]),
        ("sign", lambda r: ["Dictated by: Dr. ", V(_person(r, "fl"), "PERSON")]),
        ("field", lambda r: [r.choice(("Caregiver: ", "HCP: ", "Primary caregiver - ", "Emergency contact: ")),
                             V(_person(r), "PERSON")]),
        ("table", lambda r: (r.choice(("Monitoring RN", "Courier driver", "Paramedic", "HaH attending")),
                             [V(_person(r, r.choice(("fl", "lf"))), "PERSON")])),
        ("system", lambda r: ["ack_by=", V(_person(r, "caps"), "PERSON"), " role=MON_RN"]),
        ("system", lambda r: ["[SMS] from caregiver: this is ", V(_person(r, "lower"), "PERSON"),
                              " the cuff keeps saying E2"]),
        ("head", lambda r: ["Referring: Dr. ", V(_person(r, r.choice(("fl", "fil"))), "PERSON")]),
        ("prose", lambda r: ["Pt's grandson ", V(_person(r, "fl"), "PERSON"), " set up the wifi for the hub; he "
                             "lives upstaris and checks the tablet each evening."]),
        ("sign", lambda r: ["cc: ", V(_person(r, r.choice(("fl", "fil", "lf"))), "PERSON"), ", NP (HaH transitions)"]),
    ]


def _location_tpls() -> list[Tpl]:
    return [
        ("prose", lambda r: ["Lives alone in ", V(_location(r), "LOCATION"),
                             f"; the nearest ED is about {r.randint(12, 45)} minutes by road."]),
        ("field", lambda r: [r.choice(("Town: ", "Residence: ", "Home town - ")), V(_location(r), "LOCATION"), ", NY"]),
        ("table", lambda r: (r.choice(("Service area", "Town", "Dispatch zone")), [V(_location(r), "LOCATION")])),
        ("sign", lambda r: ["Visit location: home, ", V(rng_town(r), "LOCATION"), " (", L("New York"), ")"]),
        ("system", lambda r: ["geo=", V(rng_town(r), "LOCATION"), ",NY cell_tower=", L(r.choice(_CARRIER)), " LTE"]),
        ("prose", lambda r: ["Courier route from the depot to ", V(rng_town(r), "LOCATION"),
                             " was closed by snow; delivery moved to the afternoon."]),
    ]


def rng_town(r: random.Random) -> str:
    return r.choice(_TOWNS)


def _table_org(r: random.Random) -> tuple[str, list[Seg]]:
    role, label = r.choice((("vendor", "Monitoring vendor"), ("courier", "Courier"), ("paramedic", "Paramedic agency"),
                            ("practice", "PCP"), ("dme", "DME"), ("infusion", "Infusion pharmacy")))
    return label, [V(_org(r, role), "ORGANIZATION")]


def _org_tpls() -> list[Tpl]:
    def _prose_org(r: random.Random) -> list[Seg]:
        role = r.choice(("courier", "infusion", "paramedic", "dme", "vendor", "hospital"))
        name = _org(r, role)
        lead = {
            "courier": "Kit delivered by the local depot of ",
            "infusion": "Antibiotic supplied by ",
            "paramedic": "Home visit performed by ",
            "dme": "Hospital bed and commode delivered by ",
            "vendor": "24/7 monitoring provided by ",
            "hospital": "Transferred by ambulance to ",
        }[role]
        return [lead, V(name, "ORGANIZATION"), "."]

    return [
        ("prose", _prose_org),
        ("prose", lambda r: ["A previous HaH episode was escalated back to ", V(_org(r, "hospital"), "ORGANIZATION"),
                             " ED for CT."]),
        ("field", lambda r: [r.choice(("DME vendor: ", "DME supplier: ")), V(_org(r, "dme"), "ORGANIZATION")]),
        ("field", lambda r: [r.choice(("Infusion pharmacy: ", "Home infusion: ")),
                             V(_org(r, "infusion"), "ORGANIZATION")]),
        ("table", _table_org),
        ("sign", lambda r: ["___, Paramedic - ", V(_org(r, "paramedic"), "ORGANIZATION")]),
        ("sign", lambda r: ["-- ", V(_org(r, "hospital"), "ORGANIZATION"), " | Hospital at Home | Page 1 of 1 --"]),
        ("prose", lambda r: ["Replacement oximeter was deliverd by ", V(_org(r, "courier"), "ORGANIZATION"),
                             " from their local depot within 3 hours."]),
        ("system", lambda r: ["src=", V(_org(r, "vendor"), "ORGANIZATION"), " feed=RPM-HL7 v2.5.1"]),
        ("head", lambda r: ["Facility: ", V(_org(r, "hospital"), "ORGANIZATION"), " - Hospital at Home"]),
    ]


_TEMPLATES: dict[str, list[Tpl]] = {
    "PHONE": _phone_tpls(), "FAX": _fax_tpls(), "PAGER": _pager_tpls(), "EMAIL": _email_tpls(),
    "URL": _url_tpls(), "IP_ADDRESS": _ip_tpls(), "SSN": _ssn_tpls(), "MRN": _mrn_tpls(),
    "ACCOUNT": _account_tpls(), "HEALTH_PLAN": _plan_tpls(), "LICENSE": _license_tpls(), "ZIP": _zip_tpls(),
    "STREET_ADDRESS": _street_tpls(), "DATE_REAL_YEAR": _date_tpls(), "AGE_OVER_89": _age_tpls(),
    "DEVICE_ID": _device_tpls(), "VEHICLE_ID": _vehicle_tpls(), "PERSON": _person_tpls(),
    "LOCATION": _location_tpls(), "ORGANIZATION": _org_tpls(),
}
_ZONES = ("head", "field", "prose", "table", "sign", "system", "addendum")


class _Plan:
    """The planted snippets of one note, grouped by the zone that will hold them."""

    def __init__(self, rng: random.Random, cats: list[str]) -> None:
        self.zones: dict[str, list[object]] = {z: [] for z in _ZONES}
        used: set[tuple[str, int]] = set()
        for cat in cats:
            tpls = _TEMPLATES[cat]
            k = rng.randrange(len(tpls))
            for _ in range(len(tpls)):
                if (cat, k) not in used:
                    break
                k = (k + 1) % len(tpls)
            used.add((cat, k))
            zone, fn = tpls[k]
            self.zones[zone].append(fn(rng))

    def take(self, zone: str) -> list[object]:
        out, self.zones[zone] = self.zones[zone], []
        return out

    def empty(self) -> bool:
        return not any(self.zones.values())


class _Doc:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.n = 0
        self.spans: list[tuple[int, int, str]] = []
        self.looks: list[str] = []

    def add(self, *segs: object) -> None:
        for s in segs:
            if isinstance(s, str):
                self.parts.append(s)
                self.n += len(s)
            elif isinstance(s, tuple):
                text, cat = s
                if cat is None:
                    self.looks.append(text)
                else:
                    self.spans.append((self.n, self.n + len(text), cat))
                self.parts.append(text)
                self.n += len(text)
            elif isinstance(s, list):
                self.add(*s)
            else:
                raise TypeError(type(s))

    def line(self, *segs: object) -> None:
        self.add(*segs)
        self.add("\n")

    def text(self) -> str:
        return "".join(self.parts)


# --------------------------------------------------------------------------------------------------
# Zone renderers shared by the builders
# --------------------------------------------------------------------------------------------------


def _emit_lines(doc: _Doc, rng: random.Random, plan: _Plan, zone: str, masked: list[object]) -> None:
    """Masked lines interleaved with the zone's planted lines, one per line."""
    lines = list(masked)
    for p in plan.take(zone):
        lines.insert(rng.randint(0, len(lines)), p)
    for ln in lines:
        doc.line(ln)


def _emit_prose(doc: _Doc, rng: random.Random, plan: _Plan | None, sentences: list[object], width: int = 0) -> None:
    """A paragraph of sentences with the planted prose sentences mixed in."""
    sents = list(sentences)
    for p in plan.take("prose") if plan is not None else []:
        sents.insert(rng.randint(0, len(sents)), p)
    first = True
    col = 0
    for s in sents:
        if not first:
            if width and col > width:
                doc.add("\n")
                col = 0
            else:
                doc.add(" ")
                col += 1
        first = False
        doc.add(s)
        col += sum(len(x if isinstance(x, str) else x[0]) for x in (s if isinstance(s, list) else [s]))
    doc.add("\n")


def _emit_table(doc: _Doc, rng: random.Random, plan: _Plan, title: str, rows: list[tuple[str, object]],
                style: str | None = None) -> None:
    """Pipe table or aligned columns; planted rows are mixed into the masked ones."""
    rows = list(rows)
    for label, segs in plan.take("table"):
        rows.insert(rng.randint(0, len(rows)), (label, segs))
    style = style or rng.choice(("pipe", "cols", "colon"))
    doc.line(title)
    if style == "pipe":
        doc.line("| Item | Value |")
        doc.line("|---|---|")
        for label, segs in rows:
            doc.line("| ", label, " | ", segs, " |")
    elif style == "cols":
        w = max(len(lbl) for lbl, _ in rows) + 3
        for label, segs in rows:
            doc.line(label.ljust(w), segs)
    else:
        for label, segs in rows:
            doc.line("  ", label, " .... ", segs)


def _emit_addendum(doc: _Doc, rng: random.Random, plan: _Plan, fallback: list[object] | None = None) -> None:
    items = plan.take("addendum")
    if not items and fallback is not None and rng.random() < 0.35:
        items = [fallback]
    for it in items:
        doc.add("\n")
        doc.line(it)


def _emit_system(doc: _Doc, rng: random.Random, plan: _Plan, title: str, lines: list[object]) -> None:
    doc.line(title)
    _emit_lines(doc, rng, plan, "system", lines)


def _heavy_block(doc: _Doc, rng: random.Random, heavy: bool) -> None:
    if not heavy:
        return
    doc.line("Contacts and identifiers (enrollment form):")
    rows = ["Patient: ___   DOB: ___   MRN: ___", "Address: ___, ___, NY ___", "Home phone: ___   Cell: ___",
            "HCP: ___ (___)  phone ___", "Alternate: ___  phone ___", "PCP: Dr. ___  ph ___  fax ___",
            "Insurance: ___  Member ID: ___", "Hub IMEI: ___   SIM ICCID: ___", "Cuff SN: ___   Oximeter SN: ___",
            "Patch SN: ___   Scale SN: ___", "Courier tracking: ___   Vendor case: ___", "Wi-Fi SSID: ___  WAN IP: ___",
            "Paramedic: ___  agency ___", "Email: ___"]
    rng.shuffle(rows)
    for r_ in rows:
        doc.line(r_)
    doc.add("\n")


# --------------------------------------------------------------------------------------------------
# Clinical filler
# --------------------------------------------------------------------------------------------------

_DX = (
    ("acute on chronic HFpEF exacerbation", "dyspnea and 4 kg weight gain over a week",
     "IV furosemide (Lasix) 80 mg BID"),
    ("COPD exacerbation", "increased sputum and wheeze", "DuoNeb q6h, prednisone 40 mg daily, doxycycline"),
    ("community-acquired pneumonia", "fever, productive cough, RLL infiltrate", "ceftriaxone (Rocephin) 2 g IV daily"),
    ("left lower extremity cellulitis", "spreading erythema of the shin", "cefazolin 2 g IV q8h via elastomeric pump"),
    ("complicated UTI / pyelonephritis", "flank pain and rigors", "ertapenem 1 g IV daily"),
    ("COVID-19 pneumonia", "hypoxemia to 91% on room air", "dexamethasone 6 mg and home oxygen 2 L"),
    ("asthma exacerbation", "nocturnal wheeze", "prednisone burst and Symbicort"),
    ("diabetic foot infection", "purulent ulcer at the first MTP", "Unasyn 3 g IV q6h"),
)
_MEDS = (
    "Eliquis 5 mg PO BID", "Xarelto 20 mg PO daily", "Entresto 49/51 mg PO BID", "Jardiance 10 mg PO daily",
    "Spiriva 18 mcg inhaled daily", "Symbicort 160/4.5 two puffs BID", "Tylenol 650 mg PO q6h PRN",
    "Lasix 40 mg PO daily", "metoprolol succinate 50 mg PO daily", "atorvastatin 40 mg PO qHS",
    "Coumadin per INR (goal 2-3)", "Ensure one bottle TID", "Zosyn 4.5 g IV q8h (extended infusion)",
    "insulin glargine 18 units qHS", "tamsulosin 0.4 mg PO qHS", "sertraline 50 mg PO daily",
)


_BRAND_RE = re.compile("|".join(re.escape(b) for b in sorted(EPONYMS_AND_BRANDS, key=len, reverse=True)))


def _mark(text: str) -> list[object]:
    """Plain text with every eponym / brand in it turned into a look-alike segment."""
    out: list[object] = []
    pos = 0
    for mt in _BRAND_RE.finditer(text):
        out.append(text[pos:mt.start()])
        out.append(L(mt.group(0)))
        pos = mt.end()
    out.append(text[pos:])
    return [x for x in out if x != ""]


def _vitals(rng: random.Random) -> str:
    return (f"T {rng.randint(970, 1012) / 10:.1f}  HR {rng.randint(58, 118)}  BP {rng.randint(96, 168)}/"
            f"{rng.randint(52, 96)}  RR {rng.randint(12, 28)}  SpO2 {rng.randint(86, 99)}% "
            f"{rng.choice(('RA', '2L NC', '3L NC', 'RA'))}  Wt {rng.randint(480, 1150) / 10:.1f} kg")


def _labs(rng: random.Random) -> str:
    return (f"WBC {rng.randint(38, 180) / 10:.1f}  Hgb {rng.randint(78, 150) / 10:.1f}  Plt {rng.randint(110, 420)}  "
            f"Na {rng.randint(128, 145)}  K {rng.randint(31, 55) / 10:.1f}  Cr {rng.randint(6, 28) / 10:.1f}  "
            f"BNP {rng.randint(80, 2400)}  CRP {rng.randint(3, 190)}")


def _meds(rng: random.Random, n: int) -> list[object]:
    return [[f"{k + 1}. ", L(m.split()[0]) if m.split()[0] in EPONYMS_AND_BRANDS else m.split()[0],
             " " + " ".join(m.split()[1:])] for k, m in enumerate(rng.sample(_MEDS, n))]


def _kit_rows(rng: random.Random) -> list[tuple[str, object]]:
    """Masked device rows plus look-alike model / firmware rows."""
    hub = rng.choice(_HUB)
    devs = rng.sample(_MAKER_DEV, 3)
    rows: list[tuple[str, object]] = [
        ("Tablet hub", [L(hub[1]), " model ", L(hub[2]), ", app ", L(f"v{rng.randint(3, 9)}.{rng.randint(0, 12)}."
                                                                     f"{rng.randint(0, 30)}")]),
        ("Cellular gateway", ["on the ", L(rng.choice(_CARRIER)), " LTE network, IMEI ___"]),
    ]
    for noun, maker, model in devs:
        rows.append((noun[0].upper() + noun[1:], [L(maker), " ", L(model), ", SN ___"]))
    if rng.random() < 0.5:
        rows.append(("LAN address", [L(_private_ip(rng)), " (hub, DHCP)"]))
    if rng.random() < 0.5:
        rows.append(("Supplies", ["electrodes ", L(f"LOT {_d(rng, 5)}{rng.choice('ABCK')}"), " EXP ",
                                  L(f"{rng.randint(2025, 2029)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")]))
    return rows


def _eponym_sentence(rng: random.Random) -> list[object]:
    opts = [
        ["No ", L("Homans sign"), "; ", L("Wells score"), f" {rng.randint(0, 3)}."],
        [L("Morse Fall Scale"), f" {rng.choice((25, 35, 45, 55, 65))}, ", L("Braden score"),
         f" {rng.randint(13, 22)}."],
        [L("Barthel Index"), f" {rng.randint(40, 95)}; ", L("Katz ADL"), f" {rng.randint(3, 6)}/6."],
        [L("CURB-65"), f" {rng.randint(0, 3)}; ", L("NEWS2"), f" {rng.randint(1, 7)} at handoff."],
        [L("Timed Up and Go"), f" {rng.randint(11, 32)} s; ", L("Romberg"), " negative."],
        ["Dyspnea ", L("Borg scale"), f" {rng.randint(1, 6)}/10 after the walk test."],
        [L("Glasgow Coma Scale"), " 15; no ", L("Cheyne-Stokes"), " or ", L("Kussmaul"), " pattern."],
        ["Stool ", L("Bristol stool scale"), f" type {rng.randint(3, 6)}; ", L("Foley"), " not required."],
        [L("Virchow's triad"), " considered (immobility); ", L("Doppler"), " pulses present."],
        ["Abdomen soft, ", L("Murphy's sign"), " negative; ", L("Hoover's sign"), " not elicited."],
        ["Prior ", L("Holter"), " unrevealing; home ", L("Zio"), " patch not repeated."],
        ["Line history: old ", L("Hickman"), " removed; no ", L("Groshong"), " in place."],
        ["Home O2 by ", L("Inogen"), " concentrator; CPAP by ", L("ResMed"), "; pendant alarm by ", L("Lifeline"), "."],
    ]
    return rng.choice(opts)


def _under90_age(rng: random.Random) -> str:
    return str(rng.randint(58, 88))


def _hah_status_sentences(rng: random.Random) -> list[object]:
    return [
        f"Day {rng.randint(1, 6)} of the acute hospital-at-home episode.",
        "Twice-daily in-person visits (RN / community paramedic) plus one daily video visit with the HaH physician.",
        ["Continuous patch data (HR, RR, skin temperature, posture) streamed to the monitoring centre via the ",
         L(rng.choice(_CARRIER)), " gateway; no data gaps over ", f"{rng.randint(2, 6)} h."],
        ["Weights on the ", L("Withings"), " scale trending ", rng.choice(("down", "flat", "down by 1.2 kg")), "."],
        ["Spot SpO2 on the ", L(rng.choice(("Nonin", "Masimo"))), f" oximeter {rng.randint(89, 98)}%; BP by ",
         L("Omron"), f" cuff {rng.randint(100, 160)}/{rng.randint(58, 94)}."],
        _eponym_sentence(rng),
    ]


def _footer_lines(rng: random.Random) -> list[object]:
    return [["Signed: ___, ", rng.choice(("MD", "NP", "RN", "PA-C"))], ["Date/Time: ", L(_shifted_ts(rng))]]


def _header_dc(doc: _Doc, rng: random.Random, plan: _Plan, service: str) -> None:
    doc.line("Name:  ___                  Unit No:   ___")
    doc.add("\n")
    doc.line("Admission Date:  ___              Discharge Date:   ___")
    doc.add("\n")
    doc.line("Date of Birth:  ___             Sex:   ", rng.choice(("F", "M")))
    doc.add("\n")
    doc.line("Service: ", service)
    _emit_lines(doc, rng, plan, "head", [])
    doc.add("\n")
    doc.line("Allergies:")
    doc.line(rng.choice(("Patient recorded as having No Known Allergies to Drugs", "penicillin", "sulfa (rash)",
                         "adhesive tape (blisters)", "lisinopril (angioedema)")))
    doc.add("\n")
    doc.line("Attending: ___.")
    doc.add("\n")


# --------------------------------------------------------------------------------------------------
# Builders: discharge-type
# --------------------------------------------------------------------------------------------------


def _b_hah_admission(rng: random.Random, plan: _Plan, heavy: bool) -> _Doc:
    doc = _Doc()
    dx, sx, tx = rng.choice(_DX)
    _header_dc(doc, rng, plan, "MEDICINE - HOSPITAL AT HOME (ACUTE)")
    doc.line("Chief Complaint:")
    doc.line(sx)
    doc.add("\n")
    doc.line("History of Present Illness:")
    _emit_prose(doc, rng, plan, [
        f"___ year old {rng.choice(('woman', 'man'))} with {dx} who presented to the ___ ED with {sx}.",
        "Screened by the HaH triage physician and found eligible: hemodynamically stable, home within the service "
        "radius, working power and a caregiver available overnight.",
        ["Initial ", L("NEWS2"), f" {rng.randint(2, 6)}; lactate {rng.randint(8, 21) / 10:.1f}."],
        "Transported home by wheelchair van; first in-person RN visit within 4 hours of arrival.",
        ["Treatment started: ", _mark(tx), "."],
    ], width=110)
    doc.add("\n")
    _heavy_block(doc, rng, heavy)
    doc.line("Past Medical History:")
    for ln in rng.sample(("HFpEF (EF 55%)", "COPD GOLD 3", "Type 2 diabetes", "CKD stage 3a", "Atrial fibrillation",
                          "Osteoarthritis of knees", "Hypothyroidism", "Prior CVA without residual deficit"), 4):
        doc.line("- ", ln)
    doc.add("\n")
    doc.line("Social History:")
    doc.line(rng.choice(("Lives with ___ in a two-story house; bedroom moved downstairs.",
                         "Lives alone; daughter ___ stays overnight during the episode.",
                         "Lives with spouse (___), former smoker 40 pack-years.")))
    _emit_lines(doc, rng, plan, "field", [["Home: ___, ___, NY ___"], ["Caregiver: ___   phone ___"]])
    doc.add("\n")
    doc.line("Physical Exam (home, admission visit):")
    doc.line(_vitals(rng))
    doc.line(rng.choice(("Bibasilar crackles, JVP 10 cm, 2+ pitting edema to the knees.",
                         "Diffuse expiratory wheeze, prolonged expiration, no accessory muscle use.",
                         "RLL bronchial breath sounds, dry mucous membranes.",
                         "Warm erythematous LLE to mid-shin, margins marked with skin pen.")))
    doc.add(_eponym_sentence(rng), "\n\n")
    _emit_table(doc, rng, plan, "Remote monitoring kit (issued at admission):", _kit_rows(rng))
    doc.add("\n")
    doc.line("Pertinent Results:")
    doc.line(_labs(rng))
    doc.add("\n")
    _emit_system(doc, rng, plan, "Monitoring platform (pasted):", [
        [L(_shifted_ts(rng)), " episode OPEN  tier=ACUTE  thresholds: SpO2<90 x5m, HR>120, SBP<90"],
        [L(_shifted_ts(rng)), " first transmission received (all devices)"],
    ])
    doc.add("\n")
    doc.line("Admission Medications:")
    for m in _meds(rng, 4):
        doc.line(m)
    doc.add("\n")
    doc.line("Plan:")
    doc.line("- ", _mark(tx), "; daily BMP drawn at home by the paramedic, results via the ___ lab courier.")
    doc.line("- Escalation criteria reviewed with the family; return to the hospital for any red alert not "
             "resolved within 30 minutes.")
    doc.line(["- RPM enrolment documented for ", L("99453"), " (set-up) and ", L("99454"), " (device supply)."])
    doc.add("\n")
    _emit_lines(doc, rng, plan, "sign", _footer_lines(rng))
    _emit_addendum(doc, rng, plan, ["Addendum: patient ", L(_under90_age(rng)),
                                    " years old per the corrected registration; no change in plan."])
    return doc


def _b_hah_discharge(rng: random.Random, plan: _Plan, heavy: bool) -> _Doc:
    doc = _Doc()
    dx, sx, tx = rng.choice(_DX)
    _header_dc(doc, rng, plan, "MEDICINE - HOSPITAL AT HOME")
    doc.line("Chief Complaint:")
    doc.line(sx)
    doc.add("\n")
    doc.line("Major Surgical or Invasive Procedure:")
    doc.line(rng.choice(("None", "Midline catheter placed at home by the vascular access RN",
                         "PICC placed in the hospital prior to transfer home")))
    doc.add("\n")
    doc.line("Brief Hospital Course:")
    _emit_prose(doc, rng, plan, [
        f"Admitted to the hospital-at-home programme for {dx} after ___ hours in the ED.",
        ["Treated with ", _mark(tx), ", with twice-daily visits and continuous wearable monitoring."],
        f"There were {rng.randint(0, 6)} monitoring alerts over the episode; "
        f"{rng.randint(0, 2)} required an unscheduled visit and none required escalation.",
        ["Vitals trended to baseline; the ", L(rng.choice(("BioButton", "VitalPatch"))),
         " patch showed resolution of nocturnal tachycardia."],
        _eponym_sentence(rng),
        f"Total length of the acute episode {rng.randint(3, 9)} days, followed by a "
        f"{rng.choice(('14', '30'))}-day RPM transition period.",
    ], width=110)
    doc.add("\n")
    _heavy_block(doc, rng, heavy)
    doc.line("Last HaH day status:")
    _emit_prose(doc, rng, None, _hah_status_sentences(rng), width=110)
    doc.add("\n")
    doc.line("Discharge Medications:")
    for m in _meds(rng, 5):
        doc.line(m)
    doc.add("\n")
    doc.line("Discharge Disposition:")
    doc.line("Home with RPM (transition phase)")
    _emit_lines(doc, rng, plan, "field", [["Follow-up PCP: ___  phone ___"], ["Kit pick-up: courier, ___"]])
    doc.add("\n")
    _emit_table(doc, rng, plan, "Devices remaining in the home:", _kit_rows(rng)[:4])
    doc.add("\n")
    doc.line("Discharge Diagnosis:")
    doc.line(dx)
    doc.add("\n")
    doc.line("Discharge Condition:")
    doc.line("Mental Status: Clear and coherent.  Activity: ambulatory with ", rng.choice(("cane", "walker", "no aid")),
             ".")
    doc.add("\n")
    doc.line("Discharge Instructions:")
    doc.line(["Keep the hub plugged in until the courier collects the kit. Call the monitoring centre at ",
              L(_tollfree(rng)), " for device problems; for emergencies call 911."])
    _emit_system(doc, rng, plan, "Vendor closure record:", [
        [L(_shifted_ts(rng)), " episode CLOSED reason=DISCHARGED_TO_PCP"],
        ["return_label=generated carrier=___ RMA=___"],
    ])
    doc.add("\n")
    doc.line("Followup Instructions:")
    doc.line("___")
    doc.add("\n")
    _emit_lines(doc, rng, plan, "sign", _footer_lines(rng))
    _emit_addendum(doc, rng, plan)
    return doc


def _b_rpm_kit_setup(rng: random.Random, plan: _Plan, heavy: bool) -> _Doc:
    doc = _Doc()
    _header_dc(doc, rng, plan, "HOSPITAL AT HOME - RPM ENROLLMENT / KIT SET-UP")
    doc.line("Visit type: kit delivery and set-up (in person) + teach-back")
    doc.add("\n")
    _emit_prose(doc, rng, plan, [
        "Kit arrived by courier in two boxes, seals intact.",
        ["Tablet hub powered on, paired to the ", L(rng.choice(_CARRIER)), " cellular gateway; Wi-Fi joined as backup "
         "(SSID ___)."],
        "Each peripheral paired over Bluetooth and a test reading transmitted.",
        "Patient and caregiver completed teach-back for cuff placement, finger probe, daily weight before breakfast "
        "and patch skin checks.",
        ["App downloaded from the ", L(rng.choice(("Google Play", "App Store"))), " on the caregiver's phone for "
         "read-only access."],
    ], width=110)
    doc.add("\n")
    _heavy_block(doc, rng, heavy)
    _emit_table(doc, rng, plan, "Device pairing record:", _kit_rows(rng) + [("Test reading",
                [f"BP {rng.randint(104, 150)}/{rng.randint(60, 90)}, SpO2 {rng.randint(92, 99)}%, "
                 f"wt {rng.randint(500, 1100) / 10:.1f} kg"])])
    doc.add("\n")
    _emit_lines(doc, rng, plan, "field", [["Delivery address: ___, ___, NY ___"], ["Received by: ___ (spouse)"],
                                          ["Courier: ___   tracking ___"]])
    doc.add("\n")
    _emit_system(doc, rng, plan, "Vendor provisioning log:", [
        [L(_shifted_ts(rng)), " kit ASSIGNED  sku=", L(f"HK-STD-{rng.randint(2, 5)}"), "  REF ",
         L(f"{_d(rng, 6)}-0{rng.randint(1, 9)}")],
        [L(_shifted_ts(rng)), " gateway ACTIVATED  apn=", L("vzwinternet" if rng.random() < 0.5 else "broadband")],
        [L(_shifted_ts(rng)), " thresholds loaded from order set ", L(f"HAH-CHF-v{rng.randint(2, 7)}")],
    ])
    doc.add("\n")
    doc.line("Education:")
    doc.line(["- Written guide left; video at ", L("www.fda.gov/medical-devices"), " on home-use devices."])
    doc.line("- Patch worn left upper chest; shower-safe, replace every 7 days or if alert 'poor contact'.")
    doc.line(["- ", _eponym_sentence(rng)])
    doc.add("\n")
    _emit_lines(doc, rng, plan, "sign", _footer_lines(rng))
    _emit_addendum(doc, rng, plan, ["Addendum: scale re-paired after battery change; firmware ",
                                    L(f"{rng.randint(1, 4)}.{rng.randint(0, 9)}.{rng.randint(0, 30)}"), " installed."])
    return doc


def _b_vendor_alert(rng: random.Random, plan: _Plan, heavy: bool) -> _Doc:
    doc = _Doc()
    _header_dc(doc, rng, plan, "HOSPITAL AT HOME - MONITORING ESCALATION")
    doc.line("Reason for note: vendor monitoring-centre escalation")
    doc.add("\n")
    kind = rng.choice(("SpO2 low", "HR high", "no data 2 h", "fall detected", "SBP low", "weight gain 1.5 kg"))
    _emit_system(doc, rng, plan, "Pasted alert log (monitoring centre):", [
        [L(_shifted_ts(rng)), f"  {kind.upper()}  tier=RED  source=patch"],
        [L(_shifted_ts(rng)), "  auto-call to patient ... no answer"],
        [L(_shifted_ts(rng)), "  escalated to HaH RN line"],
        ["  device lan=", L(_private_ip(rng)), " carrier=", L(rng.choice(_CARRIER)), " signal=2/5"],
    ])
    doc.add("\n")
    _heavy_block(doc, rng, heavy)
    doc.line("RN assessment:")
    _emit_prose(doc, rng, plan, [
        f"Alert '{kind}' received from the monitoring centre.",
        "Called the patient by video; patient alert, conversant, denies chest pain.",
        rng.choice(("The oximeter probe had slipped to the nail bed; repeat reading normal after re-seating.",
                    "Patch contact lost after shower; reapplied and signal returned.",
                    "True desaturation on ambulation, recovered at rest within 2 minutes.",
                    "Fall confirmed from bed height, no head strike, able to stand with help.")),
        ["Current ", _vitals(rng), "."],
        _eponym_sentence(rng),
    ], width=110)
    doc.add("\n")
    _emit_table(doc, rng, plan, "Escalation summary:", [
        ("Alert", [kind]), ("Time to acknowledge", [f"{rng.randint(1, 9)} min"]),
        ("Time to clinician", [f"{rng.randint(5, 29)} min"]), ("Disposition", [rng.choice((
            "resolved remotely", "unscheduled paramedic visit", "escalated to physician", "return to hospital"))]),
    ])
    doc.add("\n")
    _emit_lines(doc, rng, plan, "field", [["Vendor case: ___"], ["Monitoring RN: ___"]])
    doc.add("\n")
    doc.line("Plan:")
    doc.line("- Continue current thresholds; recheck in 1 hour by video.")
    doc.line(["- Device issue logged with the vendor (maker ", L(rng.choice(("Masimo", "Nonin", "Omron"))),
              "); replacement by courier if it repeats."])
    doc.add("\n")
    _emit_lines(doc, rng, plan, "sign", _footer_lines(rng))
    _emit_addendum(doc, rng, plan)
    return doc


def _b_paramedic(rng: random.Random, plan: _Plan, heavy: bool) -> _Doc:
    doc = _Doc()
    _header_dc(doc, rng, plan, "COMMUNITY PARAMEDICINE - HOME VISIT")
    doc.line("Visit: ", rng.choice(("scheduled AM visit", "urgent visit after RPM alert", "scheduled PM visit",
                                    "lab draw and reassessment")))
    doc.add("\n")
    doc.line("Narrative:")
    _emit_prose(doc, rng, plan, [
        f"Arrived on scene {rng.randint(12, 48)} minutes after dispatch by the HaH command centre.",
        "Patient found seated in the recliner, speaking full sentences.",
        [f"Point-of-care labs: K {rng.randint(33, 52) / 10:.1f}, "
         f"Cr {rng.randint(7, 24) / 10:.1f}, Hgb {rng.randint(85, 140) / 10:.1f}."],
        "12-lead ECG transmitted to the HaH physician: sinus rhythm, no acute changes.",
        f"IV {rng.choice(('furosemide', 'ceftriaxone', 'fluids 500 mL LR'))} given per standing order.",
        _eponym_sentence(rng),
    ], width=110)
    doc.add("\n")
    _heavy_block(doc, rng, heavy)
    doc.line("Vitals:")
    doc.line("  on arrival  ", _vitals(rng))
    doc.line("  departure   ", _vitals(rng))
    doc.add("\n")
    _emit_table(doc, rng, plan, "Run record:", [
        ("Dispatch", [L(_shifted_ts(rng))]), ("On scene", ["___"]), ("Unit", ["community paramedic, single-role"]),
        ("Kit check", [L("Omron"), " cuff OK, patch OK, hub battery ", f"{rng.randint(30, 100)}%"]),
    ])
    doc.add("\n")
    _emit_lines(doc, rng, plan, "field", [["Patient address: ___"], ["Agency: ___"]])
    _emit_system(doc, rng, plan, "CAD / ePCR export:", [
        ["incident=___ unit=___ disp=TREATED_NO_TRANSPORT"],
        ["ePCR sync OK device=", L(rng.choice(("Galaxy Tab", "iPad"))), " lan ", L(_private_ip(rng))],
    ])
    doc.add("\n")
    doc.line("Disposition: treated in place, no transport. Next visit ___.")
    doc.add("\n")
    _emit_lines(doc, rng, plan, "sign", [["___, Paramedic (CP-C)"], ["Reviewed by medical control: ___, MD"]])
    _emit_addendum(doc, rng, plan)
    return doc


def _b_infusion(rng: random.Random, plan: _Plan, heavy: bool) -> _Doc:
    doc = _Doc()
    drug = rng.choice(("Zosyn 4.5 g q8h", "ceftriaxone 2 g daily", "cefazolin 2 g q8h", "Unasyn 3 g q6h",
                       "ertapenem 1 g daily", "furosemide 40 mg/h infusion"))
    _header_dc(doc, rng, plan, "HOME INFUSION NURSING VISIT")
    doc.line("Therapy: ", drug)
    doc.line(["Device: ", L(rng.choice(("CADD-Solis", "Curlin", "Intermate"))), " ",
              rng.choice(("ambulatory pump", "elastomeric", "pump (continuous)")), "; REF ",
              L(f"21-{_d(rng, 4)}-{_d(rng, 2)}")])
    doc.add("\n")
    _emit_prose(doc, rng, plan, [
        "Medicine delivered by courier in a validated cooler at 2-8 C; temperature logger green.",
        ["Bag label checked against the order: ", L(f"NDC {_d(rng, 5)}-{_d(rng, 3)}-{_d(rng, 2)}"), ", ",
         L(f"LOT {_up(rng, 2)}{_d(rng, 5)}"), ", EXP ", L(f"{rng.randint(2025, 2028)}-{rng.randint(1, 12):02d}"), "."],
        ["PICC dressing changed with ", L("Seldinger"), "-placed line intact, external length unchanged."],
        f"Line flushed, brisk blood return; infusion started at {rng.randint(7, 20)}:{rng.randint(10, 59)}.",
        "No phlebitis, no fever; caregiver taught to silence and clamp the pump.",
        _eponym_sentence(rng),
    ], width=110)
    doc.add("\n")
    _heavy_block(doc, rng, heavy)
    _emit_table(doc, rng, plan, "Delivery and supply record:", [
        ("Delivered", [L(_shifted_date(rng))]), ("Doses", [f"{rng.randint(3, 21)}"]),
        ("Cold chain", ["OK"]), ("Pharmacy", ["___"]), ("Courier", ["___"]),
    ])
    doc.add("\n")
    _emit_lines(doc, rng, plan, "field", [["Infusion pharmacy phone: ___"], ["Next delivery: ___"]])
    doc.add("\n")
    doc.line("Vitals: ", _vitals(rng))
    doc.line(f"Labs drawn: CBC, BMP, CRP{', vanc trough' if rng.random() < 0.3 else ''}; sent via courier.")
    _emit_system(doc, rng, plan, "Pharmacy dispensing (pasted):", [
        [f"RX ___  {drug}  qty {rng.randint(6, 42)}  dispensed ", L(_shifted_date(rng))],
        ["label bar ", L(f"(01)00{_d(rng, 12)}"), " ", L(f"(10){_up(rng, 1)}{_d(rng, 5)}")],
    ])
    doc.add("\n")
    _emit_lines(doc, rng, plan, "sign", _footer_lines(rng))
    _emit_addendum(doc, rng, plan)
    return doc


def _b_home_safety(rng: random.Random, plan: _Plan, heavy: bool) -> _Doc:
    doc = _Doc()
    _header_dc(doc, rng, plan, "HOSPITAL AT HOME - HOME SAFETY AND CONNECTIVITY ASSESSMENT")
    doc.line("Assessment performed prior to acceptance into the programme.")
    doc.add("\n")
    _emit_table(doc, rng, plan, "Checklist:", [
        ("Working smoke / CO detectors", ["yes"]),
        ("Stairs to bedroom", [rng.choice(("none", "12 steps, rail both sides", "bedroom moved to ground floor"))]),
        ("Heat and running water", ["yes"]), ("Pets", [rng.choice(("none", "1 dog, secured during visits", "2 cats"))]),
        ("Cellular signal", [L(rng.choice(_CARRIER)), f" LTE {rng.randint(1, 5)}/5 bars at the bedside"]),
        ("Broadband", [rng.choice(("cable 100 Mbps", "DSL 12 Mbps", "fixed wireless", "none (cellular only)"))]),
        ("Router LAN", [L(_private_ip(rng))]),
        ("Backup power", [rng.choice(("none", "portable generator", "UPS on hub"))]),
    ])
    doc.add("\n")
    _heavy_block(doc, rng, heavy)
    doc.line("Narrative:")
    _emit_prose(doc, rng, plan, [
        "Walked the route from the driveway to the bedroom with the patient.",
        "Throw rugs removed, night lights placed, commode at the bedside.",
        "Speed test from the bedside: upload adequate for video visits.",
        ["Fall risk: ", L("Morse Fall Scale"), f" {rng.choice((35, 45, 55))}; ", L("Timed Up and Go"),
         f" {rng.randint(12, 30)} s."],
        "Winter road access checked; driveway ploughed by a neighbor.",
        ["Oxygen safety reviewed (no smoking, ", L("Inogen"), " concentrator 3 m from the stove)."],
    ], width=110)
    doc.add("\n")
    _emit_lines(doc, rng, plan, "field", [["Address: ___"], ["Directions: ___"], ["Key safe code: ___"]])
    doc.add("\n")
    _emit_system(doc, rng, plan, "Connectivity probe:", [
        [L(_shifted_ts(rng)), " ping hub->vendor 48 ms  loss 0%"],
        ["dhcp lease ", L(_private_ip(rng)), " gw ", L(_private_ip(rng))],
    ])
    doc.add("\n")
    doc.line("Decision: ", rng.choice(("home accepted", "home accepted with conditions (generator)",
                                       "home declined - no working heat")))
    doc.add("\n")
    _emit_lines(doc, rng, plan, "sign", _footer_lines(rng))
    _emit_addendum(doc, rng, plan)
    return doc


def _b_escalation(rng: random.Random, plan: _Plan, heavy: bool) -> _Doc:
    doc = _Doc()
    dx, _sx, tx = rng.choice(_DX)
    _header_dc(doc, rng, plan, "HOSPITAL AT HOME - ESCALATION / TRANSFER TO HOSPITAL")
    doc.line("Reason for escalation:")
    reason = rng.choice(("persistent hypoxemia despite 4 L", "new atrial fibrillation with RVR", "hypotension 82/50",
                         "fall with hip pain after a wearable fall alert", "acute confusion", "rising creatinine"))
    doc.line(reason)
    doc.add("\n")
    doc.line("Course at home:")
    _emit_prose(doc, rng, plan, [
        [f"Admitted to HaH on day ___ for {dx}; treated with ", _mark(tx), "."],
        f"At {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d} the monitoring centre raised a red alert ({reason}).",
        "Community paramedic on scene within 30 minutes; HaH physician joined by video.",
        "Shared decision with the patient and proxy to return to the hospital.",
        ["Transported by ALS ambulance; handoff ", L("NEWS2"), f" {rng.randint(5, 11)}."],
        _eponym_sentence(rng),
    ], width=110)
    doc.add("\n")
    _heavy_block(doc, rng, heavy)
    doc.line("Vitals before transport: ", _vitals(rng))
    doc.add("\n")
    _emit_table(doc, rng, plan, "Handoff (SBAR):", [
        ("S", [reason]), ("B", [dx]), ("A", ["unstable for home care"]),
        ("R", ["admit to telemetry; RPM kit retrieval requested"]),
    ])
    doc.add("\n")
    _emit_lines(doc, rng, plan, "field", [["Receiving ED: ___"], ["Accepting physician: ___"],
                                          ["Ambulance agency: ___  run # ___"]])
    doc.add("\n")
    _emit_system(doc, rng, plan, "Vendor episode events:", [
        [L(_shifted_ts(rng)), " episode SUSPENDED reason=TRANSFER_ACUTE"],
        [L(_shifted_ts(rng)), " courier pickup requested for kit (hub, gateway, cuff, ", L("Nonin"),
         " oximeter, patch)"],
    ])
    doc.add("\n")
    _emit_lines(doc, rng, plan, "sign", _footer_lines(rng))
    _emit_addendum(doc, rng, plan, ["Addendum: CT and imaging on arrival reported separately; RPM billing stops at "
                                    "transfer (no ", L("99458"), " this month)."])
    return doc


def _b_rpm_billing(rng: random.Random, plan: _Plan, heavy: bool) -> _Doc:
    doc = _Doc()
    _header_dc(doc, rng, plan, "REMOTE PATIENT MONITORING - MONTHLY TIME LOG")
    doc.line(f"Calendar month: ___ (days with transmitted readings: {rng.randint(16, 30)})")
    doc.add("\n")
    mins = rng.randint(20, 75)
    _emit_table(doc, rng, plan, "Billing summary:", [
        ("Device set-up / education", [L("99453"), " (once per episode)"]),
        ("Device supply, 16+ days", [L("99454")]),
        ("Treatment management, first 20 min", [L("99457"), f"  ({min(mins, 20)} min)"]),
        ("Each additional 20 min", [L("99458"), f"  x{max(0, (mins - 20) // 20)}"]),
        ("Self-measured BP", [L(rng.choice(("99473", "99474")))]),
        ("FQHC / RHC", [L("G0511"), " not applicable"]),
    ])
    doc.add("\n")
    _heavy_block(doc, rng, heavy)
    doc.line("Interactive communication log:")
    _emit_prose(doc, rng, plan, [
        f"Total clinical staff time this month {mins} minutes including at least one real-time interactive call.",
        "Reviewed weight and BP trends with the patient; diuretic adjusted per protocol.",
        ["Data from the ", L("Omron"), " cuff and ", L("Withings"), " scale complete; oximeter gaps on 3 days."],
        ["Physician review of data (", L("99091"), ") documented separately."],
    ], width=110)
    doc.add("\n")
    _emit_lines(doc, rng, plan, "field", [["Payer: ___"], ["Member ID: ___"], ["Billing provider: ___"]])
    doc.add("\n")
    _emit_system(doc, rng, plan, "Claim scrubber output:", [
        ["837P  POS 12  dx ", L(rng.choice(("I50.33", "J44.1", "J18.9", "L03.116"))), "  status=READY"],
        ["edit: no overlap with CCM ", L("99490"), " this month"],
    ])
    doc.add("\n")
    _emit_lines(doc, rng, plan, "sign", _footer_lines(rng))
    _emit_addendum(doc, rng, plan)
    return doc


# --------------------------------------------------------------------------------------------------
# Builders: radiology-type
# --------------------------------------------------------------------------------------------------


def _rad_header(doc: _Doc, rng: random.Random, plan: _Plan, exam: str, indication: str, technique: str,
                where: str) -> None:
    doc.line("EXAMINATION:  ", exam)
    doc.add("\n")
    _emit_lines(doc, rng, plan, "head", [])
    doc.line("INDICATION:  ___ year old ", rng.choice(("woman", "man")), " ", indication)
    doc.add("\n")
    doc.line("LOCATION OF EXAM:  ", where)
    doc.line("ORDERING CLINICIAN:  ___ (Hospital at Home service)    REQUISITION:  ___")
    doc.add("\n")
    doc.line("REMOTE MONITORING DATA AT THE TIME OF REQUEST:")
    doc.line("  ", _vitals(rng))
    doc.line("  ", rng.choice((
        "Patch trend: resting HR up 15 bpm over 24 h, RR 22-26, skin temperature stable.",
        "Patch trend: intermittent desaturation to the high 80s overnight, recovering at rest.",
        "Patch trend: posture data show a sudden horizontal transition at night (fall flag).",
        "Patch trend: no significant change; request driven by the physical examination.")))
    doc.line("HISTORY (from the HaH team):")
    _emit_prose(doc, rng, plan, [
        rng.choice(("Admitted to hospital at home on day ___.", "Acute HaH episode, day ___ of treatment.",
                    "On the virtual ward since ___.")),
        rng.choice(("Request placed after the morning video round.", "Request placed after a red alert overnight.",
                    "Request placed by the community paramedic after examination, approved by the HaH physician.")),
    ], width=100)
    doc.add("\n")
    home = "home" in where.lower() or "residence" in where.lower()
    if home:
        doc.line("HOME IMAGING NOTE:  ", rng.choice((
            "Exam performed in the bedroom; household members left the room and a 2 m distance was kept. "
            "The caregiver did not hold the patient.",
            "Mobile service arrived with a two-person crew; the patient remained in bed and the panel was placed "
            "behind the back with the head of the bed raised.",
            "Images acquired with the patient seated in a recliner; the wearable patch was left in place and "
            "the cellular gateway was moved away from the field.")))
    else:
        doc.line("TRANSFER NOTE:  ", rng.choice((
            "Patient arrived from the hospital-at-home programme by ambulance; the non-metallic monitoring patch "
            "was left on and produced no relevant artifact.",
            "Returned from hospital at home via the ED; the remote monitoring kit stayed at the residence pending "
            "courier pick-up.",
            "Transferred from the virtual ward; the HaH physician called ahead to the ED with the telemetry summary.")))
    doc.add("\n")
    doc.line("TECHNIQUE:  ", technique)
    doc.add("\n")
    doc.line("COMPARISON:  ", rng.choice(("___.", "None available in the home setting.", "Prior study dated ___.",
                                          ["Outside study, ", L(_shifted_date(rng)), "."])))
    doc.add("\n")


def _rad_tail(doc: _Doc, rng: random.Random, plan: _Plan, impression: list[str], heavy: bool) -> None:
    doc.line("IMPRESSION:")
    doc.add("\n")
    for k, s in enumerate(impression):
        doc.line(f"{k + 1}.  {s}")
    doc.add("\n")
    _heavy_block(doc, rng, heavy)
    _emit_table(doc, rng, plan, rng.choice(("Exam record:", "Exam record / HaH context:", "Mobile imaging record:")), [
        ("Performed", [L(_shifted_ts(rng))]), ("Technologist", ["___"]), ("Read by", ["___"]),
        ("CPT", [L(rng.choice(_CPT[9:]))]),
    ], style=rng.choice(("cols", "colon")))
    doc.add("\n")
    if plan.zones["field"]:
        _emit_lines(doc, rng, plan, "field", [])
        doc.add("\n")
    _emit_system(doc, rng, plan, "RIS/PACS:", [
        ["study sent to PACS from ", rng.choice(("mobile unit", "portable DR panel", "handheld probe")), " (",
         L(_private_ip(rng)), ")"],
        ["report status FINAL  ", L(_shifted_ts(rng))],
    ])
    doc.add("\n")
    doc.line("NOTIFICATION:  ", rng.choice((
        "Findings discussed with the HaH physician by telephone at the time of interpretation.",
        "Results routed to the HaH team in-basket.",
        "Critical result communicated to ___ by ___ at ___.")))
    doc.add("\n")
    _emit_lines(doc, rng, plan, "sign", [["Radiologist: ___"]])
    _emit_addendum(doc, rng, plan)


def _rad_pad(doc: _Doc, rng: random.Random, plan: _Plan, findings: list[object]) -> None:
    doc.line("FINDINGS:")
    doc.add("\n")
    _emit_prose(doc, rng, None, findings, width=100)
    doc.add("\n")


def _b_home_cxr(rng: random.Random, plan: _Plan, heavy: bool) -> _Doc:
    doc = _Doc()
    _rad_header(doc, rng, plan, "CHEST (PORTABLE AP), PERFORMED IN THE HOME",
                rng.choice(("on hospital at home for CHF, new hypoxemia on RPM alert. Evaluate for edema.",
                            "with pneumonia on HaH, day 3, persistent fever. Evaluate progression.",
                            "with COPD exacerbation, worsening dyspnea. Pneumothorax?")),
                ["Single portable AP upright view of the chest obtained at the bedside with a ",
                 L(rng.choice(("Carestream DRX", "portable DR"))), " wireless panel."],
                "patient residence (mobile radiography service, ___)")
    _rad_pad(doc, rng, plan, [
        "Exam limited by patient positioning in a recliner and overlying monitoring patch on the left chest.",
        rng.choice((["There is mild interstitial edema with ", L("Kerley B lines"), " at the right base."],
                    ["There is no pulmonary edema and no ", L("Kerley B lines"), " are seen."])),
        f"Small {rng.choice(('right', 'left', 'bilateral'))} pleural effusion{'s' if rng.random() < 0.3 else ''}.",
        "Cardiomediastinal silhouette is enlarged but stable in configuration.",
        rng.choice(("Patchy right lower lobe opacity.", "No focal consolidation.", "Hyperinflated lungs.")),
        "No pneumothorax. The wearable patch and its lead-free housing project over the left upper chest.",
    ])
    _rad_tail(doc, rng, plan, [
        rng.choice(("Mild pulmonary edema and small effusions.", "Right lower lobe pneumonia, not worse.",
                    "No acute cardiopulmonary process.", "Hyperinflation without pneumothorax.")),
        "External monitoring device overlies the chest; no internal device.",
    ], heavy)
    return doc


def _b_picc(rng: random.Random, plan: _Plan, heavy: bool) -> _Doc:
    doc = _Doc()
    _rad_header(doc, rng, plan, "CHEST PORTABLE AP (PICC PLACEMENT), HOME",
                "receiving home IV antibiotics. Right arm PICC placed at the bedside, confirm tip position.",
                ["Single frontal view of the chest, portable technique; line placed by ", L("Seldinger"),
                 " technique by the vascular access RN."],
                "patient residence / mobile imaging")
    _rad_pad(doc, rng, plan, [
        f"A {rng.choice(('right', 'left'))}-sided PICC terminates in the "
        f"{rng.choice(('low SVC', 'cavoatrial junction', 'mid SVC', 'right atrium'))}.",
        "No pneumothorax.",
        ["Lungs are clear; no ", L("Kerley B lines"), "."],
        "Heart size is normal. Degenerative changes of the thoracic spine.",
        ["No retained guidewire. Prior ", L("Hickman"), " tract calcification unchanged."],
    ])
    _rad_tail(doc, rng, plan, ["PICC tip as above, appropriate for use.", "No pneumothorax."], heavy)
    return doc


def _b_pocus(rng: random.Random, plan: _Plan, heavy: bool) -> _Doc:
    doc = _Doc()
    probe = rng.choice(("Butterfly iQ+", "Vscan Air", "Philips Lumify"))
    _rad_header(doc, rng, plan, "POINT-OF-CARE ULTRASOUND (LUNG, IVC, LIMITED CARDIAC), HOME VISIT",
                "on hospital at home, volume status assessment before diuretic titration.",
                ["Handheld ultrasound (", L(probe), ") with images archived to PACS over the home hub."],
                "patient residence (HaH physician visit)")
    _rad_pad(doc, rng, plan, [
        [f"Lung: {rng.randint(0, 8)} zones with >= 3 ", L("B-lines"), "; pleural line smooth."],
        f"IVC {rng.randint(12, 26)} mm with {rng.choice(('>50%', '<50%', 'minimal'))} respiratory variation.",
        f"Cardiac: LV function grossly {rng.choice(('normal', 'mildly reduced', 'moderately reduced'))}; "
        "no pericardial effusion.",
        f"Small {rng.choice(('right', 'left'))} pleural effusion, anechoic.",
        ["Sniff test with ", L("Valsalva"), " limited by dyspnea."],
        "Images limited by body habitus and patient position in bed.",
    ])
    _rad_tail(doc, rng, plan, [rng.choice(("Findings favor volume overload.", "No sonographic evidence of overload.",
                                           "Improved B-line burden compared with the admission scan."))], heavy)
    return doc


def _b_duplex(rng: random.Random, plan: _Plan, heavy: bool) -> _Doc:
    doc = _Doc()
    side = rng.choice(("RIGHT", "LEFT", "BILATERAL"))
    res = rng.randrange(3)
    _rad_header(doc, rng, plan, f"{side} LOWER EXTREMITY VENOUS DUPLEX (MOBILE)",
                ["on HaH with calf swelling; ", L("Wells score"), f" {rng.randint(1, 3)}."],
                ["Grayscale, color and spectral ", L("Doppler"), " evaluation of the deep veins with compression."],
                "patient residence, portable ultrasound")
    _rad_pad(doc, rng, plan, [
        "The common femoral, femoral, popliteal and posterior tibial veins are compressible with normal flow.",
        ("Occlusive thrombus in the peroneal veins.", "No deep venous thrombosis.",
         "Non-occlusive thrombus in the popliteal vein.")[res],
        ["Respiratory phasicity and augmentation present; ", L("Homans sign"), " was not tested."],
        "Subcutaneous edema of the calf. A Baker's cyst measures 2.1 cm.",
        ["Risk factors per ", L("Virchow's triad"), " noted in the request."],
    ])
    _rad_tail(doc, rng, plan, [("Distal DVT as above.", "No DVT.", "Popliteal DVT; HaH team notified.")[res]], heavy)
    return doc


def _b_hip(rng: random.Random, plan: _Plan, heavy: bool) -> _Doc:
    doc = _Doc()
    side = rng.choice(("RIGHT", "LEFT"))
    _rad_header(doc, rng, plan, f"{side} HIP AND PELVIS, 2 VIEWS (PORTABLE, HOME)",
                "on hospital at home; wearable patch raised a fall alert overnight, now hip pain.",
                "AP pelvis and frog-leg lateral of the hip with a portable generator and wireless panel.",
                "patient residence")
    _rad_pad(doc, rng, plan, [
        rng.choice(("No acute fracture or dislocation.", "Minimally displaced femoral neck fracture.",
                    "Nondisplaced greater trochanteric fracture.")),
        "Moderate joint space narrowing with marginal osteophytes.",
        "Vascular calcifications. Shenton line intact on the left.",
        ["Patient could not achieve a true lateral; ", L("Trendelenburg"), " gait reported by the paramedic."],
        "Overlying soft tissue swelling lateral to the trochanter.",
    ])
    _rad_tail(doc, rng, plan, ["See findings; clinical correlation for occult fracture, CT or MRI on return if "
                               "pain persists."], heavy)
    return doc


def _b_ct_chest(rng: random.Random, plan: _Plan, heavy: bool) -> _Doc:
    doc = _Doc()
    pe = rng.random() < 0.6
    _rad_header(doc, rng, plan, "CT CHEST WITH CONTRAST (PE PROTOCOL)" if pe else "CT CHEST WITHOUT CONTRAST",
                "escalated from hospital at home for hypoxemia and tachycardia on remote monitoring.",
                ["Axial images after ", f"{rng.choice((60, 75, 80))} mL Omnipaque 350" if pe else "no contrast",
                 "; DLP ", f"{rng.randint(180, 620)} mGy-cm."],
                "Emergency Department CT, on return to the hospital")
    _rad_pad(doc, rng, plan, [
        rng.choice(("Filling defects in the right lower lobe segmental arteries.", "No pulmonary embolism.",
                    "Saddle embolus with RV/LV ratio 1.2.")) if pe else "Dense right lower lobe consolidation.",
        "Moderate bilateral pleural effusions with adjacent atelectasis.",
        ["Emphysema, centrilobular. Nodule 5 mm, no follow-up per ", L("Fleischner"), " criteria."],
        "A cutaneous monitoring patch is noted on the left anterior chest wall.",
        ["Effusion density ", f"{rng.randint(2, 14)} ", L("Hounsfield"), " units, simple."],
        "Coronary artery calcification. No acute osseous finding.",
    ])
    _rad_tail(doc, rng, plan, ["Findings as above.", "External monitoring device on the chest wall."], heavy)
    return doc


def _b_ct_head(rng: random.Random, plan: _Plan, heavy: bool) -> _Doc:
    doc = _Doc()
    _rad_header(doc, rng, plan, "CT HEAD WITHOUT CONTRAST",
                ["on anticoagulation (", L(rng.choice(("Eliquis", "Xarelto", "Coumadin"))),
                 "), unwitnessed fall detected by the wearable at home; returned from hospital at home."],
                "Contiguous axial images from the skull base to the vertex; coronal and sagittal reformats.",
                "Emergency Department, on return to the hospital")
    _rad_pad(doc, rng, plan, [
        rng.choice(("No acute intracranial hemorrhage.", "Small right frontal subdural hematoma, 4 mm.",
                    "Thin left convexity subarachnoid blood.")),
        "Moderate global volume loss and chronic small vessel ischemic change.",
        "No midline shift. Basal cisterns patent.",
        "Left parietal scalp hematoma without underlying fracture.",
        ["Initial ", L("Glasgow Coma Scale"), " 15 per the paramedic."],
    ])
    _rad_tail(doc, rng, plan, ["Findings as above; compared with prior ___ if available."], heavy)
    return doc


# --------------------------------------------------------------------------------------------------
# Assignment of kinds, heavy notes and plants (deterministic from (seed, i))
# --------------------------------------------------------------------------------------------------

_KINDS: dict[str, tuple[str, Callable[[random.Random, _Plan, bool], _Doc]]] = {
    "hah_admission_hp": ("discharge", _b_hah_admission),
    "hah_discharge_summary": ("discharge", _b_hah_discharge),
    "rpm_kit_setup": ("discharge", _b_rpm_kit_setup),
    "vendor_alert_escalation": ("discharge", _b_vendor_alert),
    "community_paramedic_visit": ("discharge", _b_paramedic),
    "home_infusion_visit": ("discharge", _b_infusion),
    "home_safety_connectivity": ("discharge", _b_home_safety),
    "escalation_transfer": ("discharge", _b_escalation),
    "rpm_billing_log": ("discharge", _b_rpm_billing),
    "portable_home_cxr": ("radiology", _b_home_cxr),
    "picc_tip_confirmation": ("radiology", _b_picc),
    "home_pocus": ("radiology", _b_pocus),
    "home_venous_duplex": ("radiology", _b_duplex),
    "portable_home_hip_xray": ("radiology", _b_hip),
    "ct_chest_on_return": ("radiology", _b_ct_chest),
    "ct_head_after_fall": ("radiology", _b_ct_head),
}
DOCUMENT_KINDS = tuple(_KINDS)

# 20 slots: 11 discharge (9 kinds, two doubled), 9 radiology (7 kinds, two doubled) -> ~45% radiology.
_SLOTS = (
    "hah_admission_hp", "hah_discharge_summary", "rpm_kit_setup", "vendor_alert_escalation",
    "community_paramedic_visit", "home_infusion_visit", "home_safety_connectivity", "escalation_transfer",
    "rpm_billing_log", "vendor_alert_escalation", "hah_admission_hp",
    "portable_home_cxr", "picc_tip_confirmation", "home_pocus", "home_venous_duplex", "portable_home_hip_xray",
    "ct_chest_on_return", "ct_head_after_fall", "portable_home_cxr", "ct_chest_on_return",
)

_CAT_WEIGHTS = {
    "DEVICE_ID": 10, "ACCOUNT": 9, "ORGANIZATION": 9, "PERSON": 9, "DATE_REAL_YEAR": 6, "PHONE": 6,
    "IP_ADDRESS": 5, "LOCATION": 5, "STREET_ADDRESS": 4, "ZIP": 3, "MRN": 4, "HEALTH_PLAN": 3, "LICENSE": 4,
    "AGE_OVER_89": 3, "EMAIL": 3, "URL": 2, "FAX": 2, "PAGER": 2, "SSN": 2, "VEHICLE_ID": 3,
}
_CAT_CYCLE = tuple(c for c, w in _CAT_WEIGHTS.items() for _ in range(w))

_GOLD = (math.sqrt(5.0) - 1.0) / 2.0
_SILVER = math.sqrt(2.0) - 1.0
_HEAVY_RES = frozenset((6, 26, 46, 66, 86))
_NON_HEAVY = [r for r in range(100) if r not in _HEAVY_RES]
_PLANT_RES = frozenset(sorted(_NON_HEAVY, key=lambda r: ((r * _GOLD) % 1.0, r))[:58])


def _frac(x: float) -> float:
    return x - math.floor(x)


def _residue(seed: int, i: int) -> int:
    return (i + 37 * seed) % 100


def document_kind(seed: int, i: int) -> str:
    return _SLOTS[int(_frac(i * _SILVER + seed * 0.3719) * len(_SLOTS))]


def _categories(seed: int, i: int) -> list[str]:
    r = _residue(seed, i)
    if r not in _PLANT_RES:
        return []
    u = _frac(i * 0.7548776662 + seed * 0.1851)
    n = 1 if u < 0.42 else 2 if u < 0.72 else 3 if u < 0.90 else 4
    return [_CAT_CYCLE[int(_frac((4 * i + j) * _GOLD + seed * 0.2113) * len(_CAT_CYCLE))] for j in range(n)]


def _build(seed: int, i: int) -> tuple[LabelledNote, list[str], str]:
    rng = random.Random(f"holdout74:{seed}:{i}")
    kind_name = document_kind(seed, i)
    note_type, builder = _KINDS[kind_name]
    heavy = _residue(seed, i) in _HEAVY_RES
    cats = [] if heavy else _categories(seed, i)
    plan = _Plan(rng, cats)
    doc = builder(rng, plan, heavy)
    if not plan.empty():
        raise AssertionError(f"unplaced plants in {kind_name}: {plan.zones}")
    note = LabelledNote(note_type=note_type, text=doc.text(), spans=sorted(doc.spans))
    looks = list(dict.fromkeys(x for x in doc.looks if x))
    return note, looks, "heavy" if heavy else "normal"


def holdout74_note(seed: int, i: int) -> LabelledNote:
    return _build(seed, i)[0]


def holdout74_corpus(seed: int, n: int) -> list[LabelledNote]:
    return [holdout74_note(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> None:
    args, notes, hits, res = holdout_measure.measure(
        holdout74_corpus, argv, "Held-out corpus 74 (hospital at home and remote patient monitoring)")
    holdout_measure.report("holdout74", args, notes, hits, res)


if __name__ == "__main__":
    main()
