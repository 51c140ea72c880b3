"""Cue rules of the NER tier (pii_rules/cues.yaml): what each finds, and the clinical look-alikes
it must leave alone. A small word list stands in for the model's English dictionary."""

from __future__ import annotations

import pytest

from lqs_clinical.errors import UserError
from lqs_clinical.notes.cues import load_cue_rules

KNOWN = {"young", "daughter", "lives", "nearby", "sharp", "frost", "call", "your", "doctor", "group",
         "initially", "presented", "general", "hospital", "medical", "center", "memorial", "library",
         "community", "health", "the", "public", "prefers", "updates", "weight", "goes", "miss", "doses",
         "agree", "with", "resident", "findings", "attending", "radiologist", "results", "outside",
         "further", "care", "home", "florida", "day", "images", "read", "evaluation", "works", "fisherman",
         "why", "were", "you", "admitted", "to", "what", "do", "after", "leave", "referring", "could", "not",
         "be", "reached", "by", "pager", "report", "office", "floor", "overnight", "seen", "rehab", "last",
         "week", "and", "grandchildren", "north", "going", "will", "dialysis", "family", "practice",
         "drawn", "labs", "harbor", "tern", "films", "little", "willows", "lower", "mailing", "address", "box",
         "hill", "terrace", "lantern", "per", "pt", "has", "been", "more", "confused", "spoke", "portable",
         "unit", "satellite", "study", "performed", "pulmonary", "associates", "patient", "name", "active",
         "duty", "army", "stationed", "grew", "up", "on", "nation", "facility", "mesa",
         "urgent", "prairie", "lakes", "transfer", "student", "college", "sunrise", "infusion", "start",
         "addendum", "case", "reviewed", "holy", "trinity", "ukrainian", "church", "pastor", "visited",
         "enrolled", "coastal", "cancer", "institute", "prior", "echo", "showed", "file", "spruce",
         "hollow", "senior", "in", "financial", "counseling", "flag", "account", "free", "visiting", "nurse",
         "come", "grandchild", "found", "her", "kitchen", "ordered", "very", "involved", "faith",
         "leader", "obtained", "valley", "imaging", "partners", "second", "opinion", "mill", "pond",
         "lane", "son", "present", "bedside", "wife", "called", "please", "questions", "forklift", "dairy",
         "operator", "nights", "staying", "shelter", "women's", "intake", "filled", "drug", "corner", "greater",
         "new", "hope", "baptist", "ordering", "provider", "named", "baby", "parents", "have", "friend", "best",
         "asked", "that", "travel", "recent", "brings", "his", "meds", "teacher", "cook", "moment", "at", "is",
         "team", "manager", "station", "bus", "near", "loitering", "birth", "released", "security", "worked",
         "years", "retired", "fall", "ladder", "cobble", "ridge", "regional", "notified", "phone", "neurology",
         "orthopedics", "meadow", "seafood", "processing", "employer", "chelsea", "route", "transport"}


def _find(text: str) -> list[tuple[str, str]]:
    rules = load_cue_rules()
    return [(text[s:e], cat) for s, e, cat, _ in rules.find(text, lambda w: w in KNOWN)]


@pytest.mark.parametrize(("text", "want"), [
    ("spoke w/ dr. maalouf re: anticoagulation", [("maalouf", "PERSON")]),
    ("DISCUSSED WITH DR. YOUNG AT 9:20 PM.", [("YOUNG", "PERSON")]),
    ("Lives with granddaughter sunita fitzgerald.", [("sunita fitzgerald", "PERSON")]),
    ("With: MEDEIROS, IKAIKA [___]", [("MEDEIROS, IKAIKA", "PERSON")]),
    ("With: NOELANI PETRENKO, MD [___]", [("NOELANI PETRENKO", "PERSON")]),
    ("Case reviewed with A.M. McGillicuddy (pharmacy).", [("A.M. McGillicuddy", "PERSON")]),
    ("Brought in by Plymouth County EMS.", []),  # round 35: a county's agency is no town (the model names the agency)
    ("MVC in Kettleby this morning.", [("Kettleby", "LOCATION")]),
    ("Initially presented to RUH ED.", [("RUH", "ORGANIZATION")]),
    ("Lives at greywater general hospital (long-term care).", [("greywater general hospital", "ORGANIZATION")]),
    ("Follow up at Fields Corner Community Health in 1-2 weeks.",
     [("Fields Corner Community Health", "ORGANIZATION")]),
    # round 6: role labels, the header name field, initials, titled names before a mask
    ('Technologist: Adaeze "Kiki" Erdogan', [('Adaeze "Kiki" Erdogan', "PERSON")]),
    ("Wet read by Priyanka Pemberton-Hale.", [("Priyanka Pemberton-Hale", "PERSON")]),
    ("Resident: LINDQVIST, SVETLANA   Attending: ___", [("LINDQVIST, SVETLANA", "PERSON")]),
    ("Attending: marisol erdogan", [("marisol erdogan", "PERSON")]),
    ("Social work (Marguerite Tavares) arranged transport.", [("Marguerite Tavares", "PERSON")]),
    ("Case discussed with wilhelmina chou, NP.", [("wilhelmina chou", "PERSON")]),
    ("Name:  TE RANGI, EZEKIEL                  Unit No:   ___", [("TE RANGI, EZEKIEL", "PERSON")]),
    ("Son J.B. will pick patient up.", [("J.B", "PERSON")]),
    ("seen by her PCP Dr. Nowicki ___ days prior", [("Nowicki", "PERSON")]),
    # a town with its state, places of living and work, facilities named by their cue
    ("From Bethel, PA.", [("Bethel", "LOCATION")]),
    ("Works as a fisherman out of Natchitoches.", [("Natchitoches", "LOCATION")]),
    ("Facility:\nBlue Ridge Behavioral Health\n", [("Blue Ridge Behavioral Health", "ORGANIZATION")]),
    ("Study performed at Granite State Orthopedics.", [("Granite State Orthopedics", "ORGANIZATION")]),
    ("Prescriptions sent to Walgreens.", [("Walgreens", "ORGANIZATION")]),
    ("Patient transferred from Cedar Ridge SNF for evaluation.", [("Cedar Ridge SNF", "ORGANIZATION")]),
])
def test_cues_find(text, want):
    assert _find(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # round 7: names in sign-off and hand-off lines, in any spacing around the comma
    ("Findings communicated to IYER,AARAV (covering NP) at 11:20.", [("IYER,AARAV", "PERSON")]),
    ("Patient Name: BISHOP , ROWAN", [("BISHOP , ROWAN", "PERSON")]),
    ("Attending: ST. AMAND, ROSALIND [1767734266].", [("ST. AMAND, ROSALIND", "PERSON")]),
    ("per daughter (Ignatius) pt has been more confused", [("Ignatius", "PERSON")]),
    ("spoke with doctor ravindra gunawardena from the outside hospital", [("ravindra gunawardena", "PERSON")]),
    # the town of a postal address, of a facility, of a practice's site
    ("Mailing address: PO Box 4454, Fenwick Hollow 01029-1232", [("Fenwick Hollow", "LOCATION")]),
    ("1477 S Lantern Hill Terrace\nOrrington Mills, ME  63762", [("Orrington Mills", "LOCATION")]),
    ("Transferred from Marrowick General in Kettle Cove for care.",
     [("Kettle Cove", "LOCATION"), ("Marrowick General", "ORGANIZATION")]),
    ("Outside films from Little Aldridge, not available.", [("Little Aldridge", "LOCATION")]),
    ("Study performed at the Cranmoor satellite, portable unit.", [("Cranmoor", "LOCATION")]),
    ("Facility:\nThe Willows at Meriwell - Lower Millbrook\n",
     [("Lower Millbrook", "LOCATION"), ("Willows at Meriwell", "ORGANIZATION")]),
    # facilities after a visit cue, in capitals, in brackets after a credential
    ("Labs drawn at Tern Harbor Family Practice on ___.", [("Tern Harbor Family Practice", "ORGANIZATION")]),
    ("YOU WILL BE GOING TO FENWICK HOLLOW INFIRMARY IN NORTH PELLHAM FOR YOUR DIALYSIS.",
     [("FENWICK HOLLOW INFIRMARY", "ORGANIZATION"), ("NORTH PELLHAM", "LOCATION")]),
    ("cc: P. Xiong, MD (Bramford Pulmonary Associates)", [("Bramford Pulmonary Associates", "ORGANIZATION"),
                                                        ("P. Xiong", "PERSON")]),
])
def test_cues_find_round7(text, want):
    assert sorted(_find(text), key=lambda x: (x[1], x[0])) == sorted(want, key=lambda x: (x[1], x[0]))


@pytest.mark.parametrize("text", [
    "Call your doctor if your weight goes up.",            # lower-case "doctor" is not a title
    "Moderate (2+) MR. RVSP 48 mmHg.",                     # mitral regurgitation
    "PR 151 ms, QRS 88 ms, QTc 402 ms. Troponin negative.",  # milliseconds
    "Medtronic Azure XT DR MRI pacemaker",                 # a device model
    "Do not miss doses.",
    "GOLD group E. She initially presented with wheeze.",  # an initial before a pronoun
    "home address: 5637 W. Ridgecrest Ln, Apt 11C.",       # a street direction
    "Daughter prefers updates by e-mail.",                 # ordinary words after a kin word
    "Transferred from OSH for further care.",              # clinical abbreviation
    "Dr. ___ was paged. Discussed with Dr. ___ by ___.",   # masked names
    "Lives at the hospital.",
    "Public Health notified.",
    "Attending: Agree with the resident's findings.",     # ordinary words after a role label
    "Nurse to call with results.",
    "Transferred from Outside Hospital for further care.",  # a generic facility is nobody's
    "Facility:\n___\n",                                   # the masked facility line
    "Facility:\nHome\n",
    "Son B.P. 120/80",                                     # an abbreviation, not initials
    "Name: ___ Unit No: ___",
    "Images read by the attending radiologist.",
    "Dr. ___ ___ days prior",
    "Comparison is made to outside CT from Jan-27-2014.",  # a date after a facility cue
    "WHY WERE YOU ADMITTED TO THE HOSPITAL?",               # capitals: ordinary words before a head
    "WHAT TO DO AFTER YOU LEAVE THE HOSPITAL:",
    "Referring clinician could not be reached by pager.",  # a label without its colon
    "Report re-faxed to the referring office, fx (413)859-5022.",
    "Transferred from Floor 7 overnight.",
    "Seen at Rehab last week.",                           # a facility head alone names nobody
    "Lives with daughter and grandchildren.",
    "Social work arranged new paratransit eligibility.",   # a bare role word before lower-case words
])
def test_cues_leave_clinical_text_alone(text):
    assert _find(text) == []


def _find_with_places(text: str) -> list[tuple[str, str]]:
    from lqs_clinical.notes.rules import load_ner_rules

    places = load_ner_rules().places
    rules = load_cue_rules()
    return [(text[s:e], cat) for s, e, cat, _ in rules.find(text, lambda w: True, lambda x: x.lower() in places)]


@pytest.mark.parametrize(("text", "want"), [
    # round 8: after a place cue a listed US place is a place even when the dictionary knows the word
    ("COMPARISON:  Outside CT performed in Joplin is not available.", [("Joplin", "LOCATION")]),
    ("Lives in Nogales with his husband.", [("Nogales", "LOCATION")]),
    ("Records from the hospital in Yakima reviewed.", [("Yakima", "LOCATION")]),
    ("Transfer from Thief River Falls for CTA.", [("Thief River Falls", "LOCATION")]),
])
def test_listed_places_after_a_cue(text, want):
    assert _find_with_places(text) == want


@pytest.mark.parametrize("text", [
    "Joplin and Laredo are both listed places.",          # no cue: a listed name alone is never a hit
    "Lives in Home with wife.",                            # 'Home' is left out of the list
    "Transferred from Medicine to the ICU.",
])
def test_listed_places_need_a_cue(text):
    assert _find_with_places(text) == []


@pytest.mark.parametrize(("text", "want"), [
    ("Lives on the Tohono O'odham Nation with family.", [("Tohono O'odham Nation", "LOCATION")]),
    ("Active duty Army, stationed at Schofield Barracks.", [("Schofield Barracks", "LOCATION")]),
    ("Grew up in the Ironbound.", [("Ironbound", "LOCATION")]),
    ("Referring facility: Mesa Verde Urgent Care", [("Mesa Verde Urgent Care", "ORGANIZATION")]),
    ("OSH (Prairie Lakes Health) transfer, r/o dissection", [("Prairie Lakes Health", "ORGANIZATION")]),
    ("Student at Dine College.", [("Dine College", "ORGANIZATION")]),
    ("Home health: Sunrise Home Infusion to start ___.", [("Sunrise Home Infusion", "ORGANIZATION")]),
])
def test_cues_find_round8(text, want):
    assert _find(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # round 9 (after corpus 9's blind measurement)
    ("Addendum by F. Delacroix, MD: case reviewed.", [("F. Delacroix", "PERSON")]),
    ("Active at Holy Trinity Ukrainian Church; the pastor visited.",
     [("Holy Trinity Ukrainian Church", "ORGANIZATION")]),
    ("Active at Église Baptiste Bon Berger; the pastor visited.", [("Église Baptiste Bon Berger", "ORGANIZATION")]),
    ("Enrolled in NCT05052410 at Coastal Cancer Institute.", [("Coastal Cancer Institute", "ORGANIZATION")]),
    ("Per PVCH records, prior echo showed EF 35%.", [("PVCH", "ORGANIZATION")]),
    ("Address on file: 2660 Dudley Way, Roxbury 51732.", [("Roxbury", "LOCATION")]),
    ("26 Spruce Hollow Rd, Unit 5F, Duluth.", [("Duluth", "LOCATION")]),
])
def test_cues_find_round9(text, want):
    assert _find(text) == want


@pytest.mark.parametrize("text", [
    "Per OSH records, no prior imaging; per PCP notes stable.",
    "Lives at 12 Oak St, Apt 4; 5637 W. Ridgecrest Ln, Apt 11C.",
    "Active at church and in the senior center.",
    "Financial counseling flagged hospital account for free care.",  # an inflected verb, not a name
])
def test_cues_leave_round9_lookalikes(text):
    assert _find(text) == []


@pytest.mark.parametrize(("text", "want"), [
    # round 10 (after corpus 10's blind measurement)
    ("Your visiting nurse, Oluwaseun, will come to your home.", [("Oluwaseun", "PERSON")]),
    ("pt's grandchild eilidh found her on the kitchen floor", [("eilidh", "PERSON")]),
    ("Ordered by Ifeoma Cardenas (ED).", [("Ifeoma Cardenas", "PERSON")]),
    ("Very involved at Masjid Al-Noor; a faith leader visited.", [("Masjid Al-Noor", "ORGANIZATION")]),
    ("Images obtained at Valley Imaging Partners for a second opinion.",
     [("Valley Imaging Partners", "ORGANIZATION")]),
    ("Lives at 33 SE Mill Pond Lane Apt 13A, Missoula.", [("Missoula", "LOCATION")]),
])
def test_cues_find_round10(text, want):
    assert _find(text) == want


@pytest.mark.parametrize("text", [
    "pt's son present at bedside; her daughter visited; his wife called.",
    "Your nurse, Please call with questions,",
    "Transferred from Outside ED for evaluation.",
])
def test_cues_leave_round10_lookalikes(text):
    assert _find(text) == []


@pytest.mark.parametrize(("text", "want"), [
    # round 11 (after corpus 12's blind measurement)
    ("Ordering provider: T Kahananui", [("T Kahananui", "PERSON")]),
    ("He goes by 'Nene' and asked to be called that.", [("Nene", "PERSON")]),
    ("Parents have named the baby Ilona.", [("Ilona", "PERSON")]),
    ("pt says her best friend cathal is the only one", [("cathal", "PERSON")]),
    ("per pt, his son KOFI brings his meds", [("KOFI", "PERSON")]),
    ("Works nights as a forklift operator at\nHalvorsen Dairy.", [("Halvorsen Dairy", "ORGANIZATION")]),
    ("Has been staying at Cornerstone Women's Shelter.", [("Cornerstone Women's Shelter", "ORGANIZATION")]),
    ("Intake at Oakhaven Family Medicine on ___.", [("Oakhaven Family Medicine", "ORGANIZATION")]),
    ("Medications are filled at Ferris Corner Drug.", [("Ferris Corner Drug", "ORGANIZATION")]),
    ("Family attends Greater New Hope Baptist Church.", [("Greater New Hope Baptist Church", "ORGANIZATION")]),
    ("Referred from Bellwood OB/GYN Associates for the scan.", [("Bellwood OB/GYN Associates", "ORGANIZATION")]),
    ("Referred by Dr. Smith for evaluation.", [("Smith", "PERSON")]),  # 'referred by' names a person, not a place
])
def test_cues_find_round11(text, want):
    assert _find(text) == want


@pytest.mark.parametrize("text", [
    "His son HCP is involved; her son ICU team called.",    # acronyms after a kin word
    "His son EMS brought him. Pt's wife HIPAA form signed. His son PCA pump.",
    "She is a teacher at home; he is a cook at the moment.",
    "Nurse manager at ___ aware.",
    "He goes by ambulance to dialysis.",                     # no quoted nickname
])
def test_cues_leave_round11_lookalikes(text):
    assert _find(text) == []


@pytest.mark.parametrize(("text", "want"), [
    # round 11: towns abroad (places_world.txt) after a place cue, a line break after the cue
    ("Grew up between Kumasi and ___.", [("Kumasi", "LOCATION")]),
    ("Recent travel to Cap-Haitien; evaluate for TB.", [("Cap-Haitien", "LOCATION")]),
    ("Her sister drove up from\nHattiesburg after she stopped answering.", [("Hattiesburg", "LOCATION")]),
    ("Found near the bus station in Holyoke by police.", [("Holyoke", "LOCATION")]),
    ("COMPARISON: PET-CT from ___ in Recife (report translated).", [("Recife", "LOCATION")]),  # round 12
])
def test_listed_places_round11(text, want):
    assert _find_with_places(text) == want


def test_the_stronger_of_two_cues_on_one_span_is_kept():
    """"attends" (a weak cue) and the worship-place rule (a strong one) find the same words: the
    strong rule is kept, so the cue can correct the model's PERSON reading of "Masjid Al-Rahma"."""
    rules = load_cue_rules()
    text = "Family attends Masjid Al-Rahma; the pastor visited."
    hits = rules.find(text, lambda w: w in KNOWN)
    assert [(text[s:e], c, r.name) for s, e, c, r in hits] == [("Masjid Al-Rahma", "ORGANIZATION", "worship_place")]


@pytest.mark.parametrize(("text", "want"), [
    # round 12 (after corpus 13's blind measurement): systems layouts
    ("ORDERING: KAHALE, SVETLANA    NPI: ___", [("KAHALE, SVETLANA", "PERSON")]),
    ("Found by security and released to Kofi Jovanovic.", [("Kofi Jovanovic", "PERSON")]),
    ("(0010,0010) PatientName  KOWALCZYK^EFRAIM", [("KOWALCZYK^EFRAIM", "PERSON")]),
    ("[RIS] pt=CASTELLANOS^MARISOL^P | mrn=___", [("CASTELLANOS^MARISOL^P", "PERSON")]),
    ("(0010,1040) PatientAddress: ___^CHELSEA^MA^02150", [("CHELSEA", "LOCATION")]),
    ("MSH|^~\\&|RIS|COBBLE RIDGE GENERAL HOSPITAL|PACS|RAD|2182||ORM^O01|P|2.3",
     [("COBBLE RIDGE GENERAL HOSPITAL", "ORGANIZATION")]),
    ("MVC ON ROUTE 62 NEAR Torrington, UNRESTRAINED.", [("Torrington", "LOCATION")]),
    ("ADDRESS: ___, Biddeford, ME ___", [("Biddeford", "LOCATION")]),
    ("EMPLOYER: Cordova Seafood Processing", [("Cordova Seafood Processing", "ORGANIZATION")]),
    ("Referring office Northfield Meadow Orthopedics notified by phone.",
     [("Northfield Meadow Orthopedics", "ORGANIZATION")]),
    ("Retired; worked 39 years at Greater Hope Baptist Church. Fall from a ladder.",
     [("Greater Hope Baptist Church", "ORGANIZATION")]),  # the name ends at the sentence end
])
def test_cues_find_round12(text, want):
    assert _find(text) == want


@pytest.mark.parametrize("text", [
    "EMPLOYER: Retired",
    "ORC^O01; ADT^A08; CT^___; ___^^___^MA^___",             # HL7 message types, masked addresses
    "MSH|^~\\&|RIS|RAD|PACS|RAD|2182||ORM^O01|P|2.3",        # a system name is not a facility
])
def test_cues_leave_round12_lookalikes(text):
    assert _find(text) == []


def test_a_rule_extends_a_shared_list(tmp_path):
    """``heads: [*shared, more]`` nests the aliased list; the loader flattens it (the employer rule extends the
    facility heads this way instead of copying them)."""
    (tmp_path / "cues.yaml").write_text(
        "rules:\n"
        "  - {name: a, category: ORGANIZATION, regex: '(x)', heads: &h [clinic, Hospital]}\n"
        "  - {name: b, category: ORGANIZATION, regex: '(y)', heads: [*h, Fisheries, [mill]], exclude: [[Home]]}\n")
    load_cue_rules.cache_clear()
    rules = {r.name: r for r in load_cue_rules(tmp_path).rules}
    load_cue_rules.cache_clear()
    assert rules["a"].heads == {"clinic", "hospital"}
    assert rules["b"].heads == {"clinic", "hospital", "fisheries", "mill"}
    assert rules["b"].exclude == {"home"}
    shipped = {r.name: r for r in load_cue_rules().rules}
    assert shipped["org_after_cue"].heads < shipped["employer"].heads
    assert {"fisheries", "freight", "fertility"} <= shipped["employer"].heads


def test_fragments_and_heads_fill_a_rule_regex(tmp_path):
    """``{NAME}`` comes from ``fragments:`` (nested too) and ``{HEADS}`` from the rule's own head words, capitalised and
    longest first; the shipped credentials, states and town suffixes are written once this way (round 26)."""
    (tmp_path / "cues.yaml").write_text(
        "fragments:\n  CRED: '(?:MD|{NURSE})'\n  NURSE: 'RN|NP'\n"
        "rules:\n"
        "  - {name: a, category: PERSON, regex: '(\\w+), {CRED}'}\n"
        "  - {name: b, category: LOCATION, regex: 'in ([A-Z][a-z]+ {HEADS})', heads: [mill, mills, falls]}\n")
    load_cue_rules.cache_clear()
    rules = {r.name: r for r in load_cue_rules(tmp_path).rules}
    load_cue_rules.cache_clear()
    assert rules["a"].regex.pattern == "(\\w+), (?:MD|RN|NP)"
    assert rules["b"].regex.pattern == "in ([A-Z][a-z]+ (?:Falls|Mills|Mill))"
    shipped = {r.name: r for r in load_cue_rules().rules}
    assert "{" + "CREDENTIALS}" not in shipped["name_credential"].regex.pattern
    assert shipped["name_credential"].regex.search("by Ignatius Kapoor, M.D. on the telephone")
    assert shipped["town_head_after_prep"].regex.search("drove in from Oxbow Falls today")
    for text, bad in (("rules:\n  - {name: x, category: PERSON, regex: '(a){NOPE}'}\n", "unknown fragment"),
                      ("rules:\n  - {name: x, category: PERSON, regex: '(a){HEADS}'}\n", "has no heads"),
                      ("fragments: {A: '{A}'}\nrules:\n  - {name: x, category: PERSON, regex: '(a){A}'}\n",
                       "nest more than")):
        (tmp_path / "cues.yaml").write_text(text)
        load_cue_rules.cache_clear()
        with pytest.raises(UserError, match=bad):
            load_cue_rules(tmp_path)
    load_cue_rules.cache_clear()


def test_bad_cue_file(tmp_path):
    (tmp_path / "cues.yaml").write_text("rules:\n  - {name: x, category: PLACE, regex: '(a)'}\n")
    with pytest.raises(UserError, match="category must be one of"):
        load_cue_rules(tmp_path)
    (tmp_path / "cues.yaml").write_text("rules:\n  - {name: x, category: PERSON, regex: 'a'}\n")
    load_cue_rules.cache_clear()
    with pytest.raises(UserError, match="capture group"):
        load_cue_rules(tmp_path)
    (tmp_path / "cues.yaml").write_text("rules: [\n")
    load_cue_rules.cache_clear()
    with pytest.raises(UserError, match="not valid YAML"):
        load_cue_rules(tmp_path)
    load_cue_rules.cache_clear()


@pytest.mark.parametrize(("text", "want"), [
    # round 13 (after corpus 15's blind measurement): care-coordination paperwork
    ("/s/ Amara Lemieux, PharmD\nPager: ___", [("Amara Lemieux", "PERSON")]),
    ("Signed: P. Tsai, PharmD, BCPS", [("P. Tsai", "PERSON")]),
    ("identifiers on the disc (name MACASKILL, THANH HUONG, DOB ___) matched",
     [("MACASKILL, THANH HUONG", "PERSON")]),
    ("Demographics (from outside order):  Castellanos, Nikolai\n  Address: ___", [("Castellanos, Nikolai", "PERSON")]),
    ("| nephew            | E. Bishop              | (351) 238-4321 |", [("E. Bishop", "PERSON")]),
    ("sleeps outside near the corner of Ashley St and Wamsutta Ave when beds are full",
     [("Ashley St and Wamsutta Ave", "LOCATION")]),
    ("currently staying at the shelter on Tremont and Ashcroft.", [("Tremont and Ashcroft", "LOCATION")]),
    ("OUTSIDE FACILITY:  Granite Coast Imaging\nOUTSIDE EXAM DATE:  ___", [("Granite Coast Imaging", "ORGANIZATION")]),
    ("REQUEST SENT TO:  Granite Coast Imaging Film Library", [("Granite Coast Imaging", "ORGANIZATION")]),
    ("Hospital bed (HCPCS E0165) ordered through Lusitano DME; collar not indicated",
     [("Lusitano DME", "ORGANIZATION")]),
    ("history from outpatient pharmacy Medeiros Drug (ph ___)", [("Medeiros Drug", "ORGANIZATION")]),
])
def test_cues_find_round13(text, want):
    assert _find(text) == want


@pytest.mark.parametrize("text", [
    "/s/ ___, PharmD",
    "Signed: Clinical Pharmacist, PharmD",                   # a role, not a name
    "Electronically signed by: The Attending, MD",
    "| nephew | ___ | (___) ___-___ |",
    "| Relationship | Name | Phone |",
    "OUTSIDE FACILITY:  ___\nREQUEST SENT TO:  ___ Film Library",
    "Walker ordered through the DME vendor; supplied by home health.",
    "Walker obtained via ___ Pharmacy.",
    "near the corner of the bed and the wall",               # no street names
    "Name: ___, ___   DOB: ___",
])
def test_cues_leave_round13_lookalikes(text):
    assert _find(text) == []


@pytest.mark.parametrize(("text", "want"), [
    ("Primary care: ___, DO at Alcott Square Family Medicine on ___ at 3:00 PM",
     [("Alcott Square Family Medicine", "ORGANIZATION")]),
    ("Verified with PCP office (Dr. ___, Alcott Square Family Medicine).",
     [("Alcott Square Family Medicine", "ORGANIZATION")]),
    ("TO:    Blue Heron Home Health\nAttn:  ___, Intake Coordinator", [("Blue Heron Home Health", "ORGANIZATION")]),
    ("cc: PCP Dr. ___ (___); Compass Rose Home Care (fax ___); patient", [("Compass Rose Home Care", "ORGANIZATION")]),
    ("first floor unit of a triple-decker in Mattapan; 4 stairs to enter", [("Mattapan", "LOCATION")]),
])
def test_cues_find_round13_labels(text, want):
    assert _find(text) == want


@pytest.mark.parametrize("text", [
    "FROM: Maria Lopez",                                      # a person after a label is not a facility
    "TO: Intake Coordinator\nFROM: Case Management",
    "cc: patient; chart",
    "Images from ___ reviewed.",
    "lives in a triple-decker in ___ with her son",
])
def test_cues_leave_round13_label_lookalikes(text):
    assert _find(text) == []


def test_a_titled_name_after_faxed_to_is_a_person_not_a_place():
    assert _find("Copy of report faxed to Dr. Okafor, fax 774 828 1428.") == [("Okafor", "PERSON")]


@pytest.mark.parametrize(("text", "want"), [
    ("Referring midwife: ___, Seven Sisters Midwifery.", [("Seven Sisters Midwifery", "ORGANIZATION")]),
    ("PCP Dr. ___ (Little Harbor Pediatrics) in 2-3 days.", [("Little Harbor Pediatrics", "ORGANIZATION")]),
    ("Older sibling attends Bumblebee Junction Preschool.", [("Bumblebee Junction Preschool", "ORGANIZATION")]),
])
def test_cues_find_round13_paediatrics(text, want):
    assert _find(text) == want


ROUND15_KNOWN = KNOWN | {"accompanied", "maple", "proxy", "risk", "chose", "resume", "anticoagulation", "fall",
                         "came", "went", "back", "nursing", "request", "surgeon", "telephone", "plan", "discussed"}


def _find_with(text: str, known: set[str]) -> list[tuple[str, str]]:
    return [(text[s:e], cat) for s, e, cat, _ in load_cue_rules().find(text, lambda w: w in known)]


# round 15 (corpora 19-20, geriatrics and surgery): facilities named by specialty or residence, a head before its
# town, "The X at Y", names before a credential or after a director, arrival by ambulance
@pytest.mark.parametrize(("text", "want"), [
    ("Referred from Granite Ridge Neurology for postoperative evaluation.",
     [("Granite Ridge Neurology", "ORGANIZATION")]),
    ("Labs to be drawn at Pioneer Valley Surgical Specialists next week.",
     [("Pioneer Valley Surgical Specialists", "ORGANIZATION")]),
    ("Transferred from Lantern Hill Residences in ___.", [("Lantern Hill Residences", "ORGANIZATION")]),
    ("Transferred from The Willows at Quabbin today.", [("Willows at Quabbin", "ORGANIZATION")]),
    ("Prescriptions sent to Corner Drug of Ware.", [("Corner Drug of Ware", "ORGANIZATION")]),
    ("Images acquired by Siobhan Mahlangu, RT(R), at the request of the surgeon.",
     [("Siobhan Mahlangu", "PERSON")]),
    ("Plan discussed by Ignatius Kapoor, M.D. on the telephone.", [("Ignatius Kapoor", "PERSON")]),
    ("the hospice medical director, Brigid Delgado-Reyes (on call)", [("Brigid Delgado-Reyes", "PERSON")]),
    ("Patient arrived by ambulance from Presque Isle; her son accompanied.", [("Presque Isle", "LOCATION")]),
    ("Fall at Maple Health and Rehabilitation in Presque Isle.",      # (round 16: the facility by its head word)
     [("Presque Isle", "LOCATION"), ("Maple Health and Rehabilitation", "ORGANIZATION")]),
])
def test_cues_find_round15(text, want):
    assert _find_with(text, ROUND15_KNOWN) == want


@pytest.mark.parametrize("text", [
    "Risk discussed with the proxy, who chose not to resume anticoagulation.",   # not "Last, First"
    "You came to the hospital after a fall; went back to the nursing home.",     # not a facility name
    "Signed: Clinical Pharmacist, PharmD. Seen by Internal Medicine, MD.",        # roles, not names
    "Transferred from Outside Hospital at noon.",                                # a head alone names nobody
])
def test_cues_leave_round15_lookalikes(text):
    assert _find_with(text, ROUND15_KNOWN) == []


# round 16 (corpora 21-22, travel medicine and occupational medicine): a listed town after a bare "in", the town of
# an address written as it is abroad, facilities named head first or recognised by their head word after a
# preposition, a union local, people named by their role in the patient's life
ROUND16_KNOWN = KNOWN | {"report", "mailed", "patient", "request", "injury", "occurred", "job", "site", "denies",
                         "prior", "outpatient", "therapy", "three", "times", "week", "member", "many", "years",
                         "athlete", "injured", "game", "living", "transferred", "management", "per", "witnessed",
                         "event", "coach", "updated", "shares", "same", "shift", "international", "student",
                         "aware", "formed", "present", "lives", "roommate", "hand", "physical", "edge", "open",
                         "northern", "plains", "state", "university", "community", "center", "sports", "medicine",
                         "behavioral", "cognitive", "referred", "discharge", "disease", "follow", "seen", "last",
                         "year", "improvement", "mobile", "wilson", "yakima", "cumberland", "spanish", "used",
                         "boston", "medical"}


@pytest.mark.parametrize(("text", "want"), [
    ("Report was mailed to the patient in Yakima at his request.", [("Yakima", "LOCATION")]),
    ("Injury occurred at a job site in Kalispell. Denies prior injury.", [("Kalispell", "LOCATION")]),
    ("Outside radiographs from ___ in Fond du Lac were reviewed.", [("Fond du Lac", "LOCATION")]),
    ("Attended a wedding in Cap-Haïtien during the incubation period.", [("Cap-Haïtien", "LOCATION")]),
    ("Permanent address in India: No. 52, Temple Street, Madurai / Tobacco: never", [("Madurai", "LOCATION")]),
    ("Permanent address in Guatemala: Calle Morelos 192, Quetzaltenango", [("Quetzaltenango", "LOCATION")]),
    ("Address in Haiti: 31 rue du Marché, Gonaïves\n___", [("Gonaïves", "LOCATION")]),
    ("Transfer from Clínica Santa Teresa for further management.", [("Clínica Santa Teresa", "ORGANIZATION")]),
    ("Outpatient therapy at Kinetic Edge Physical Therapy, three times a week.",
     [("Kinetic Edge Physical Therapy", "ORGANIZATION")]),
    ("Referring facility: Oxbow Hand Therapy", [("Oxbow Hand Therapy", "ORGANIZATION")]),
    ("Prior outside study from Northshore Open MRI dated 2129-08-03.", [("Northshore Open MRI", "ORGANIZATION")]),
    ("Athlete at Northern Plains State University; injured in a game.",
     [("Northern Plains State University", "ORGANIZATION")]),
    ("Member of IBEW Local 2317 for many years.", [("IBEW Local", "ORGANIZATION")]),
    ("Per co-worker Fatoumata, who witnessed the event.", [("Fatoumata", "PERSON")]),
    ("International student advisor Mihai Diallo is aware.", [("Mihai Diallo", "PERSON")]),
    ("Lives with her roommate, Mirlande Traoré.", [("Mirlande Traoré", "PERSON")]),
    ("Grew up on a farm in McDowell County.", [("McDowell County", "LOCATION")]),
    ("29 Lantern Hill Blvd, Lot 37, Prescott.", [("Prescott", "LOCATION")]),
])
def test_cues_find_round16(text, want):
    got = [(t, c) for t, c in _find_with_places_known(text, ROUND16_KNOWN) if (t, c) in want]
    assert sorted(set(got)) == sorted(want)


@pytest.mark.parametrize("text", [
    "He was referred to Physical Therapy and Cognitive Behavioral Therapy at discharge.",  # services, not names
    "Lives in the Community Living Center; follow up in Sports Medicine.",
    "Follow up in Wilson disease clinic.",                   # an eponym's town is no place before "disease"
    "Improvement in May; seen in Medicine.",                 # a month, a service
    "Per the interpreter Spanish was used.",                 # a language after a role
])
def test_cues_leave_round16_lookalikes(text):
    assert _find_with_places_known(text, ROUND16_KNOWN) == []


def _find_with_places_known(text: str, known: set[str]) -> list[tuple[str, str]]:
    from lqs_clinical.notes.rules import load_ner_rules

    places = load_ner_rules().places
    return [(text[s:e], cat) for s, e, cat, _ in
            load_cue_rules().find(text, lambda w: w in known, lambda x: x.lower() in places)]


def test_a_listed_only_rule_names_nothing_unlisted(tmp_path):
    """``listed: true``: the cue is too weak to name a word the gazetteer does not list, known or not."""
    (tmp_path / "cues.yaml").write_text(
        "version: 1\nrules:\n  - name: bare_in\n    category: LOCATION\n    unknown: 0\n    listed: true\n"
        "    regex: '\\bin[ \\t]+([A-Z][a-z]+)'\n", encoding="utf-8")
    rules = load_cue_rules(tmp_path)
    found = rules.find("Seen in Yakima, then in Zzyzxqk.", lambda w: False, lambda x: x == "Yakima")
    assert [("Seen in Yakima, then in Zzyzxqk."[s:e], c) for s, e, c, _ in found] == [("Yakima", "LOCATION")]


# round 17 (corpora 23-24, genetics/neurology and forensic paperwork): police, court and legal titles, a listed town
# after a masked address or a named facility, facilities after a field label or in brackets after a masked
# recipient, initials after a role, "on call" between a role and its name
ROUND17_KNOWN = ROUND16_KNOWN | {"chart", "reviewed", "transit", "police", "requested", "fax", "results", "presiding",
                                 "defense", "chief", "complaint", "chest", "pain", "safety", "noted", "address",
                                 "spoke", "transmitting", "facility", "valley", "hospital", "neurology", "resident",
                                 "call", "pager", "disease", "fellow", "infectious", "faxed", "epilepsy", "group",
                                 "reading", "remote", "radiology", "shelter", "saint", "represented", "counsel",
                                 "legal", "aid", "vehicle", "towed", "released", "worker", "victim", "witness",
                                 "advocate", "interview", "weeks", "tamarack", "quarry", "hill", "attends", "son",
                                 "sgt"}


@pytest.mark.parametrize(("text", "want"), [
    ("Chart reviewed with Sgt. Adeyemi of the transit police.", [("Adeyemi", "PERSON")]),
    ("Requested by: Officer Villanueva  |  Fax results to: ___", [("Villanueva", "PERSON")]),
    ("Presiding: Hon. Amoako   Defense: ___ (CPCS)", [("Amoako", "PERSON")]),
    ("Address: ___, Bismarck, ___ ___", [("Bismarck", "LOCATION")]),
    ("Transmitting facility: ___, Paducah", [("Paducah", "LOCATION")]),
    ("  Spoke site: Tamarack Valley Hospital, Pueblo", [("Pueblo", "LOCATION")]),
    ("Neurology resident on call: Priyanka Mahlangu, pager ___", [("Priyanka Mahlangu", "PERSON")]),
    ("Report faxed to ___ (Larchfield Epilepsy Group).", [("Larchfield Epilepsy Group", "ORGANIZATION")]),
    ("Reading site: Halcyon Teleradiology Group     Transmitting facility: ___",
     [("Halcyon Teleradiology Group", "ORGANIZATION")]),
    ("Shelter: Saint Casimir Parish Shelter", [("Saint Casimir Parish Shelter", "ORGANIZATION")]),
    ("Represented by counsel from Heron Legal Aid Collaborative.", [("Heron Legal Aid Collaborative", "ORGANIZATION")]),
    ("Released to DCF worker Vasquez-Ortiz (ID #___)", [("Vasquez-Ortiz", "PERSON")]),
    ("Victim-witness advocate T. Delacroix present for the interview.", [("T. Delacroix", "PERSON")]),
    ("The patient's son attends Quarry Hill Elementary School.", [("Quarry Hill Elementary School", "ORGANIZATION")]),
])
def test_cues_find_round17(text, want):
    got = [(t, c) for t, c in _find_with_places_known(text, ROUND17_KNOWN) if (t, c) in want]
    assert sorted(set(got)) == sorted(want)


@pytest.mark.parametrize("text", [
    "Chief Complaint: chest pain. Officer Safety noted.",      # ordinary words after a written-out title
    "Chart reviewed with Sgt. ___ of the transit police.",     # a masked name
    "Infectious Disease fellow on call, pgr 38855",            # "on call, pgr" is no "Last, First"
    "Address: ___, Apt 4, ___ ___",                            # no listed town after the mask
])
def test_cues_leave_round17_lookalikes(text):
    assert _find_with_places_known(text, ROUND17_KNOWN) == []
