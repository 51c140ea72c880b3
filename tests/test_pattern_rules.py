"""Pattern rules added from the blind held-out corpora: what each finds, and the clinical
look-alikes it must leave alone (times, doses, genes, lab ratios, masked context)."""

from __future__ import annotations

import duckdb
import pyarrow as pa
import pytest

from lqs_clinical.errors import UserError
from lqs_clinical.notes.patterns import Locator, re2_dollar, scan_table
from lqs_clinical.notes.rules import PatternRule, PatternRules, load_pattern_rules


@pytest.fixture(scope="module")
def loc():
    return Locator(load_pattern_rules())


POS = [
    ("Discharge summary faxed to the ordering clinic at 413/217-7058.", [("413/217-7058", "FAX")]),
    ("PCP: Dr. ___  Ph ___  Fx (781)581-3376", [("(781)581-3376", "FAX")]),
    ("cc: Dr. ___  (F) 508.555.9140", [("508.555.9140", "FAX")]),
    ("HCP: daughter ___, cell 609-9700.", [("609-9700", "PHONE")]),
    ("Page sent to 3078 at 02:14 with the critical result.", [("3078", "PAGER")]),
    ("Renal fellow ___ p5-4858 following.", [("5-4858", "PAGER")]),
    ("SW obtained SS# 388977720 for the application.", [("388977720", "SSN")]),
    ("Pt ID 891-68-8676", [("891-68-8676", "SSN")]),
    ("Note: duplicate chart 00947657 merged.", [("00947657", "MRN")]),
    ("Encounter: 7375-3343-98", [("7375-3343-98", "ACCOUNT")]),
    ("Completed by: ___ / Lic # MD-966594", [("MD-966594", "LICENSE")]),
    ("Insurance: Medicare, ID J58042415 Tobacco: former", [("J58042415", "HEALTH_PLAN")]),
    ("Followup: ___, ___ 01618", [("01618", "ZIP")]),
    ("DOB: 10/7/44", [("10/7/44", "DATE_REAL_YEAR")]),
    ("Signed: 17DEC2016 2:14 PM", [("17DEC2016", "DATE_REAL_YEAR")]),
    ("She celebrated her 94th birthday last month.", [("94th", "AGE_OVER_89")]),
    ("Trauma: MVC, driver, tag WLH-7202 per EMS.", [("WLH-7202", "VEHICLE_ID")]),
    ("drives a Civic, VIN JTDCXBPJASVPVU1EB, for work", [("JTDCXBPJASVPVU1EB", "VEHICLE_ID")]),
    ("Lives at 1638 LAFAYETTE LANE with spouse.", [("1638 LAFAYETTE LANE", "STREET_ADDRESS")]),
]


# round 6: dotted SSNs, hospital-number and billing cues, insurer "mbr", imaging credentials, "zip (",
# Mon-D-YYYY and cued dd-dd-yy dates, ages >= 90 in family/social phrasing, device lots/readers, pagers
ROUND6_FINDS = [
    ("SS# 195.74.9022", [("195.74.9022", "SSN")]),
    ("Identity verified (SSN 105.61.6084) prior to contrast.", [("105.61.6084", "SSN")]),
    ("soc sec no. 364.16.9233 (on file for Medicaid)", [("364.16.9233", "SSN")]),
    ("Pt provided social security number 413.13.3502.", [("413.13.3502", "SSN")]),
    ("Social Security #: 646.57.8371", [("646.57.8371", "SSN")]),
    ("Hosp no. KV690870", [("KV690870", "MRN")]),
    ("Hosp # M448797226", [("M448797226", "MRN")]),
    ("Old hospital number 59-60-3141 merged.", [("59-60-3141", "MRN")]),
    ("Visit # CLM-15709-C", [("CLM-15709-C", "ACCOUNT")]),
    ("Claim no. V97-137577 submitted for DME.", [("V97-137577", "ACCOUNT")]),
    ("Invoice INV344130 for ambulance transfer.", [("INV344130", "ACCOUNT")]),
    ("Invoice 0506-0202-23 for ambulance transfer.", [("0506-0202-23", "ACCOUNT")]),
    ("Accession/encounter CLM-83115-B.", [("CLM-83115-B", "ACCOUNT")]),
    ("Billing acct 750821955", [("750821955", "ACCOUNT")]),
    ("Ins: BCBS, mbr W6529-90349", [("W6529-90349", "HEALTH_PLAN")]),
    ("Technologist ARRT no. 8622069", [("8622069", "LICENSE")]),
    ("Sonographer RDMS # MD32759", [("MD32759", "LICENSE")]),
    ("J. Ruiz, RT(R)(CT) 1463630142", [("1463630142", "LICENSE")]),
    ("Nuclear medicine tech, CNMT 387858", [("387858", "LICENSE")]),
    ("ARDMS reg. no. C6986142", [("C6986142", "LICENSE")]),             # found by two rules, counted once
    ("ARDMS reg. GU427216\nEnhancing lesion.", [("GU427216", "LICENSE")]),  # not a vehicle registration
    ("Pt relocating to a new zip (01815-0290) next month.", [("01815-0290", "ZIP")]),
    ("Prior CT from Mar-1-2007 for comparison.", [("Mar-1-2007", "DATE_REAL_YEAR")]),
    ("Last colonoscopy Jan-27-2014, normal.", [("Jan-27-2014", "DATE_REAL_YEAR")]),
    ("Admission Date:  05-01-04     Discharge Date:  ___", [("05-01-04", "DATE_REAL_YEAR")]),
    ("Stable since 05-04-97.", [("05-04-97", "DATE_REAL_YEAR")]),
    ("d/c'd from rehab 09-08-03", [("09-08-03", "DATE_REAL_YEAR")]),
    ("Pneumovax 04-15-19; shingrix series complete.", [("04-15-19", "DATE_REAL_YEAR")]),
    ("turned 91 last week per son.", [("91", "AGE_OVER_89")]),
    ("She turned 95 today.", [("95", "AGE_OVER_89")]),                   # found by two rules, counted once
    ("Mother living, 101, in a nursing home.", [("101", "AGE_OVER_89")]),
    ("Age: Ninety-four\nFamily History: none", [("Ninety-four", "AGE_OVER_89")]),
    ("She turns 100 next month.", [("100", "AGE_OVER_89")]),
    ("Patient is one hundred and one years old.", [("one hundred and one years old", "AGE_OVER_89")]),
    ("Dexcom receiver ID DSFY5E", [("DSFY5E", "DEVICE_ID")]),
    ("Dexcom receiver ID BHR-257085", [("BHR-257085", "DEVICE_ID")]),
    ("Boston Scientific ICD model/serial D433/1953177", [("1953177", "DEVICE_ID")]),
    ("IVC filter serial # FMY734069Y per op note.", [("FMY734069Y", "DEVICE_ID")]),   # (round 21: a lot is none)
    ("Implant: Zimmer femoral stem, serial 3867-57020.", [("3867-57020", "DEVICE_ID")]),
    ("Pump SN +H77HB076323/$$DUJNCP returned to vendor.", [("+H77HB076323/$$DUJNCP", "DEVICE_ID")]),
    ("Dr. ___ paged (#44670) and aware.", [("44670", "PAGER")]),
    ("Dr. ___ paged (#(636) 555-9551) and aware.", [("(636) 555-9551", "PAGER")]),  # a pager, not a phone
    ("Renal fellow - page 578-7597 overnight.", [("578-7597", "PAGER")]),
    ("Renal fellow - page 0592 overnight.", [("0592", "PAGER")]),
]

ROUND6_LEAVES = [
    "Insulin titrated from 10-15-20 units with meals.",            # dose ranges after a date cue
    "Lasix increased from 2-4-6 mg; sliding scale 2-4-6-8 units.",
    "GCS on 4-5-6 arrival; on 2-4 L NC.",
    "Seen on 2150-01-02 and since 2135-03-14; from 01-02-2150.",  # MIMIC shifted dates
    "CT from Mar-1-2150 reviewed; compared with Jan-27-2188.",
    "She was turned 90 degrees for the procedure.",                # rotation, not an age
    "Mother living, 85, in a nursing home. Father deceased, 78, MI.",
    "Age: eighty-nine; an eighty-nine year old; turned 89 last week.",
    "Visit # 2 today. Claim pending. Invoice sent.",
    "Hospital day #3; Claim no. ___; Ins: BCBS, mbr ___",
    "Technologist ARRT ___; RT(R) ___",
    "Parking lot 4 near entrance; influenza vaccine lot # AB1234 given.",  # no device word before "lot"
    "IVC filter lot unknown; port lot number UNKNOWN.",
    # label policy (round 21): a lot names a batch, not the patient's device, even after an implant word
    "IVC filter lot # FMY734069Y per op note. Implant: Zimmer femoral stem, lot 3867-57020. Port lot number VJKHPK.",
    "Outflow graft lot 26F1452. Cooper HSG catheter, lot A86A2228, exp 2025-08-18.",
    "Port lot number (01)00999288262618(17)087844(10)LX6W1. Port lot number +HFF0J105101/$$G3D6DL.",
    "Boston Scientific ICD model/serial D433/___",                 # the model alone is no identifier
    "Dr. ___ paged (#___) and aware. Please see page 2 of 3.",
    "new zip (___) next month; zip (2 bags) lost.",
]


# round 7: office-line "F" fax labels and "telefaxed", wrapped/spaced/contact-table phones, spelled-out e-mail,
# SSN groupings after ID cues, check letters on MRN/account values, spaced member numbers, labelled MBIs,
# Medicare claim numbers (HICN), bracketed NPIs, board-certificate licences, wrapped driver's licences, ZIP+4
# after a town and before "zip code", half house numbers and leading units, POB, ages in parentheses/"age: 100y"/
# "who is"/"At 91, she"/"Husband, 104,", spaced serials after "serial no.", plates such as 35CF8; rules that end
# a line now say so ((?:\r?\n|$)) and two device rules on one serial count once
ROUND7_FINDS = [
    ("Dr. Osei's office  P 617-555-0143 / F 617-555-0199", [("617-555-0143", "PHONE"), ("617-555-0199", "FAX")]),
    ("Cardiology  P (413)772-0101 | F 4137720102", [("(413)772-0101", "PHONE"), ("4137720102", "FAX")]),
    ("Clinic  P 587-5247 / F 5478670449", [("587-5247", "PHONE"), ("5478670449", "FAX")]),
    ("Tel: +1 508 555 0100, F: 508.555.0111", [("+1 508 555 0100", "PHONE"), ("508.555.0111", "FAX")]),
    ("Report telefaxed (978/555-0142) to the referring ED.", [("978/555-0142", "FAX")]),
    ("Please call the office at\n(617)\n555-0175 to reschedule.", [("(617)\n555-0175", "PHONE")]),
    ("Call 781-555-\n0123 with questions.", [("781-555-\n0123", "PHONE")]),
    ("Warfarin clinic fone: 508 - 555 - 0190", [("508 - 555 - 0190", "PHONE")]),
    ("Contact       Relationship   Phone\n___       son            6175550182",
     [("6175550182", "PHONE")]),
    ("Reading room: 6175550123   Pager: 3-5586", [("6175550123", "PHONE"), ("3-5586", "PAGER")]),
    ("Son prefers email: kmensah at harborfp dot org", [("kmensah at harborfp dot org", "EMAIL")]),
    ("write to j.doe [at] mercy [dot] net for records", [("j.doe [at] mercy [dot] net", "EMAIL")]),
    ("SS# 154-872531 on the disability form.", [("154-872531", "SSN")]),
    ("Outside CD labelled with patient ID 507.35.2683.", [("507.35.2683", "SSN")]),   # SSN-shaped, not an MRN
    ("Outside CD labelled with patient ID 594 25 6078.", [("594 25 6078", "SSN")]),
    ("MR# 072844C  -- micro pending", [("072844C", "MRN")]),
    ("Pt ID 365798A", [("365798A", "MRN")]),
    ("Unit No:   0-501-836", [("0-501-836", "MRN")]),
    ("Acct: 1948615501A   Enc: ___", [("1948615501A", "ACCOUNT")]),
    ("Encounter: 5093468055A", [("5093468055A", "ACCOUNT")]),
    ("Prior auth obtained; member 8628 4884 91.", [("8628 4884 91", "HEALTH_PLAN")]),
    ("Insurance: Medicare A/B, MBI 4L29A25VV42; Medigap.", [("4L29A25VV42", "HEALTH_PLAN")]),   # an L: not a valid MBI
    ("MBI 3T30-Z24-VP84", [("3T30-Z24-VP84", "HEALTH_PLAN")]),
    ("MBI 1EG4-TE5-MK72", [("1EG4-TE5-MK72", "HEALTH_PLAN")]),          # valid MBI: two rules, counted once
    ("Medicare claim # 552292369D", [("552292369D", "HEALTH_PLAN")]),    # not an account
    ("Medicare claim no. 625019239C1", [("625019239C1", "HEALTH_PLAN")]),
    ("Attending: NG, QUENTIN [1763508863].", [("1763508863", "LICENSE")]),  # an NPI, not a phone
    ("Referring physician ___ [ 2163606537 ]", [("2163606537", "LICENSE")]),
    ("A. Lefebvre, MD  Lic# ABIM 433754", [("ABIM 433754", "LICENSE")]),
    ("M. Tuilagi, MD (lic. ABIM 207217)", [("ABIM 207217", "LICENSE")]),
    ("wallet, driver's license 934\n419 845, phone.", [("934\n419 845", "LICENSE")]),
    ("Address: PO Box 4454, Fenwick Hollow 01029-1232", [("PO Box 4454", "STREET_ADDRESS"), ("01029-1232", "ZIP")]),
    ("Mailing address: POB 182, Hesketh Point 57684-2025", [("POB 182", "STREET_ADDRESS"), ("57684-2025", "ZIP")]),
    ("lives in the 58958 zip code, food desert per SW", [("58958", "ZIP")]),
    ("Address: ___, ___ 02118-3307", [("02118-3307", "ZIP")]),          # two masked-place rules, counted once
    ("Address: Unit 6, 26 1/2 Hesketh Circle, ___", [("Unit 6, 26 1/2 Hesketh Circle", "STREET_ADDRESS")]),
    ("VNA will visit you at 83 1/2 N. Old County Ct, Apt 9B tomorrow.",
     [("83 1/2 N. Old County Ct, Apt 9B", "STREET_ADDRESS")]),
    ("Address:\n65 1/2 S Saltmarsh Circle #25\n___", [("65 1/2 S Saltmarsh Circle #25", "STREET_ADDRESS")]),
    ("Given age (96) and frailty, surgery was not offered.", [("96", "AGE_OVER_89")]),
    ("Patient age: 100y; dementia", [("100", "AGE_OVER_89")]),
    ("Lives with her mother, who is 99 and in good health.", [("99", "AGE_OVER_89")]),
    ("Her father, who turned 93 today, drove her in.", [("93", "AGE_OVER_89")]),  # age_is and age_turned, once
    ("Brief Hospital Course:\nAt 91, she remains fully independent.", [("91", "AGE_OVER_89")]),
    ("Family History:\nHusband, 104, is her primary caregiver.", [("104", "AGE_OVER_89")]),
    ("Mother alive at 97\nFather died at 71 (MI).", [("97", "AGE_OVER_89")]),   # at a line end, not only the text end
    ("pacemaker generator (serial no. XFD 585408 G per implant card)", [("XFD 585408 G", "DEVICE_ID")]),
    ("Pacemaker serial: PJN1234567, placed ___.", [("PJN1234567", "DEVICE_ID")]),  # two device rules, counted once
    ("Insulin pump SN: RNB188760\nBasal 0.8 u/h", [("RNB188760", "DEVICE_ID")]),
    ("Drives for a rideshare company (vehicle 35CF8).", [("35CF8", "VEHICLE_ID")]),
    ("Admitted to the MICU for BiPAP. MRN: 44-959-824\nPMH: COPD", [("44-959-824", "MRN")]),  # not a BiPAP serial
]

ROUND7_LEAVES = [
    "Vitals: T 98.6 P 88 BP 132/78 RR 18 SpO2 95% F/u in 2 weeks.",       # P/F as vitals and follow-up
    "HR 102 P 110 F 98.6; P 120-1234 F/u clinic.",
    "EKG: P 0.12 F 0.08; Fx 2150; fax ___; faxing ___.",
    "Room 512, bed 2; Room: 1043B. Reading room staffed until 22:00.",   # room numbers
    "son 45 yo, daughter 3 children; son (age 52) healthy.",
    "(617)\n2 tabs daily; Plt (150)\n200-400; (100)\n120-130",            # a wrap that is not a phone
    "SpO2 90 - 95 - 100; phone 2 - 3 - 4 times a day",
    "Pt seen at rest dot; eats at home. Email at bedside dot matrix.",
    "Pt # 1 20 mg; Pt ID 12B; Patient # 1-12 hours; Unit No: ___.",
    "Acct: ___; Encounter 2 of 3; Visit 12 today.",
    "Group B strep positive; ASA group 3; support group 2x weekly; blood group O+.",
    "Insurance: Medicare; group therapy 3x weekly at 10:00.",
    "Subscriber ID: ___, group 01882.",            # an employer group number names the plan, not the member
    "Medicare claim pending; Medicare A/B; claim # ___; MBI ___.",
    "Attending: ___ [___]. Dr. ___ [x2]. Provider [1] ordered; attending [12/2150].",
    "Lic: pending; license renewal 2150; lic. ___; Lic# ABIM ___.",
    "driver's license 12\n34 mg; license 2150\n2151.",
    "NDC 12345-6789-01 dispensed.",                                       # NDC / lot codes
    "Address: ___, Boston 01234; lives in the ___ zip code; 10 zip ties.",
    "Take 1 1/2 Tab PO DR BID; 1 1/2 Tablets By Mouth Daily; walked 1 1/2 Blocks.",  # doses, not a street
    "POB: Haiti. pob 1990. Unit 6, bed 2. Apt 3B.",
    "Given age (89) and frailty; stage (90) no; average (92).",
    "At 92, BP dropped. At 95%, she desatted. At 85, she retired. At 0930, she was seen.",
    "who is 95% on RA; the patient, who was 92 kg; SpO2 who is 89 and",
    "Husband, 85, is caregiver. Son, 62, lives nearby. Mother, 95%, sister, 90 mg",
    "serial no. ___; serial numbers pending; s/n ___.",
    "vehicle 2 lanes; car 12 hours; truck 18 wheeler; van 10AM pickup.",
    "Pacemaker: DDD mode, lower rate 60. Pump: 10 units/hr.",
    "Lot 4 near the entrance; Plt (150)\nWBC 7.2",
    "Seen 2150-03-04 and 2188-11-30; ICD-10 I48.91; lot 12AB3 of flu vaccine.",   # shifted dates, ICD code
]


# round 8: pagers after "paged at #", the "[at]"-only e-mail (its host no URL), "social" SSNs and valid nine-digit
# SSNs filed as "Patient ID" (not MRNs), state Medicaid program IDs (AHCCCS), bare member numbers next to a pharmacy
# BIN, CDL and short state licences, rural grid addresses, streets named after "home on", half numbers on foreign
# streets, trailer units, compact yyyymmdd dates in a date context, "alive at 103 with", nursing "96F, A&Ox2",
# "ser." serials, h:/c: contact labels; international numbers counted once
ROUND8_FINDS = [
    ("Dr. ___ was paged at #4760 and the results were read back.", [("4760", "PAGER")]),
    ("Dr. ___ was paged at #1841 and aware.", [("1841", "PAGER")]),              # "#": no clock time
    ("Dr. ___ was paged at #208-468-6366 and aware.", [("208-468-6366", "PAGER")]),  # a pager, not a phone
    ("Dr. ___ was paged at #6-6373 and aware.", [("6-6373", "PAGER")]),
    ("Guardian ad litem contact: nwachukwu [at] aol.com\nPlan: f/u", [("nwachukwu [at] aol.com", "EMAIL")]),
    ("write to jdoe(at)mercy-health.org for records", [("jdoe(at)mercy-health.org", "EMAIL")]),
    ("OSH face sheet lists social 543 89 3005 and an old address.", [("543 89 3005", "SSN")]),
    ("OSH face sheet lists social 352836622 and an old address.", [("352836622", "SSN")]),
    ("OSH face sheet lists social 578.56.0145.", [("578.56.0145", "SSN")]),
    ("Patient ID: 219807254\nEXAMINATION:  CHEST (PA AND LAT)", [("219807254", "SSN")]),   # not an MRN
    ("Outside CD labelled with patient ID 442-205955; identity confirmed.", [("442-205955", "SSN")]),
    ("Pt's AHCCCS ID A21711180 is active through ___.", [("A21711180", "HEALTH_PLAN")]),
    ("Rx benefit: BIN 610014  PCN ___  Member 8385005-08\n", [("8385005-08", "HEALTH_PLAN")]),
    ("Rx benefit: BIN 610014  PCN ___  Member 43155383B\n", [("43155383B", "HEALTH_PLAN")]),
    ("Drives a school bus (CDL # 76223138); counseled not to drive.", [("76223138", "LICENSE")]),
    ("Interpreted by ___, MD (state license DO79630)", [("DO79630", "LICENSE")]),
    ("Interpreted by ___, MD (state license 40110)", [("40110", "LICENSE")]),
    ("Address on file: N1207 County Road KK, ___, MO", [("N1207 County Road KK", "STREET_ADDRESS")]),
    ("Lives at W5120 State Hwy 64 with two roommates.", [("W5120 State Hwy 64", "STREET_ADDRESS")]),
    ("Going to sister's home, N7412 Tamarack Ln.", [("N7412 Tamarack Ln", "STREET_ADDRESS")]),
    ("Found down by a neighbor at her home on Bayou Blue Rd after not answering the door.",
     [("Bayou Blue Rd", "STREET_ADDRESS")]),
    ("Found down at his home on N 17th St, cold floor.", [("N 17th St", "STREET_ADDRESS")]),
    ("Found down at his home on County Road KK after a fall.", [("County Road KK", "STREET_ADDRESS")]),
    ("Address on file: 342 1/2 Rue Royale, ___", [("342 1/2 Rue Royale", "STREET_ADDRESS")]),
    ("Going to sister's home, 1822 Cherokee Trail, Trlr 6.", [("1822 Cherokee Trail, Trlr 6", "STREET_ADDRESS")]),
    ("She was seen at an outside ED on 20161123 for similar symptoms.", [("20161123", "DATE_REAL_YEAR")]),
    ("Date of Birth:  19621117             Sex:   M", [("19621117", "DATE_REAL_YEAR")]),
    ("DOB: 19830611\nWET READ: ___", [("19830611", "DATE_REAL_YEAR")]),
    ("Her last TTE (20240814) showed an EF of 35%.", [("20240814", "DATE_REAL_YEAR")]),
    ("Father passed away 20160502 of metastatic prostate cancer.", [("20160502", "DATE_REAL_YEAR")]),
    ("Court date for guardianship hearing is 20200117.", [("20200117", "DATE_REAL_YEAR")]),
    ("CONSULT LETTER (quoted):\n20230718\nDear Dr. ___,", [("20230718", "DATE_REAL_YEAR")]),
    ("Mother alive at 103 with dementia.", [("103", "AGE_OVER_89")]),
    ("Mother alive at ninety-two with dementia.", [("ninety-two", "AGE_OVER_89")]),
    ("NURSING NOTE ___ 1900-0700:\n95F, A&Ox2, pleasant, HOH.", [("95F", "AGE_OVER_89")]),
    ("Loaner wheelchair (ser. 82-14874-29) issued by PT.", [("82-14874-29", "DEVICE_ID")]),
    ("HCP: ___ (niece)  h: 3204957618 / c: 7013643990", [("3204957618", "PHONE"), ("7013643990", "PHONE")]),
    ("Family keeps in touch on WhatsApp at +380 330 565 5480.", [("+380 330 565 5480", "PHONE")]),  # counted once
    ("Records faxed from +91 857 462 7752 today.", [("+91 857 462 7752", "FAX")]),
    # record numbers stay MRNs: zero-padded, not SSN-structured (area 666, group 00), or not ending the value
    ("Patient ID: 001234567\n", [("001234567", "MRN")]),
    ("Patient ID: 666123456;", [("666123456", "MRN")]),
    ("Patient ID: 123004567;", [("123004567", "MRN")]),
    ("Pt ID 12345678\n", [("12345678", "MRN")]),
    # an ID cue before a yyyymmdd-shaped number: the ID, not a date
    ("Accession 20161123; MRN 20161123 merged.", [("20161123", "ACCOUNT"), ("20161123", "MRN")]),
]

ROUND8_LEAVES = [
    "Dr. ___ was paged at 1841 and again at 0300; paged at #___.",      # clock times, masked number
    "Contact: jdoe at home; results at mychart; seen at mgh.",          # no bracketed at, no domain
    "Social: lives with wife; social history 2019; social worker ___.",
    "BIN 610014  PCN 12345678A; member 2 of household; group 43331-W; policy 2019.",
    "Insurance: Medicare; Medicare 12-34; member of church 1234567 members.",
    "CDL holder; CDL # ___; state license renewal 2150; state license pending; license 40110 mg.",
    "N95 mask fitted; S1234 sacral screw; E1234 County Fair; W 2 Road.",
    "Discharged home on Lasix and metoprolol; home on Friday. Dr. ___ to follow; lives on Medicaid.",
    "Went home on Keppra XR; home on Home O2 2L; home on Hospice Care.",
    "Take 1 1/2 Tab Rue daily; Trlr park nearby.",
    "Lab no. 20161123 sent.",                             # a lab number is not a date
    "Seen on 21500314 and 21881130; DOB: 21010101; WBC 20161399 on 19991301.",   # shifted years, invalid dates
    "Lot 20190324 of vaccine; NDC 0409-2720-01; ICD-10 R65.21; G2P1; EGA 39w2d; A&Ox3.",
    "Mother alive at 85 with dementia; father alive at 95% sats; died at 90 minutes.",
    "T 99F, A&Ox3; Tmax 100.4F, alert; 89F, A&Ox2, pleasant; 45M, alert.",
    "Ser. Cr 1.2; ser. #3; laser. 1234; the series 12-3.",
    "h: 5 ft 6 in; c: 2 tabs; w: 180 lb; c: ___.",
    "Room 714B; bed 12, CC-7; Ext. 4-2201 room phone; BP 132/78, HR 76.",
    # after corpus 9 (measured blind): public toll-free lines are not the patient's
    "Keep medicines locked up. Poison Control: 1-800-222-1222. Crisis line (888) 555-0142.",
    # after corpus 10 (measured blind): four-part version numbers are not IP addresses
    "Pump firmware 2.6.0.11 updated; workstation software version 10.2.1.4; build 3.2.0.7.",
]


# round 9 (after corpus 9's blind measurement): spaced-dash phones after "reached at"/"by phone (", "reachable at"
# locals; faxes after a longer "fax ... to/at" phrase and spaced-dash faxes; "beeped at" pagers and "(p4303)"; short-
# link/telehealth URLs with a path and "@" handles in paths; ".me" mailboxes; "(same as SSN)"; "hospital record number"
# MRNs; HICNs with a numeric code after the payer, TRICARE DBNs; letter-prefixed five-digit licences, prefixed
# certification numbers; ZIPs after "zip as", in parentheses after a town or place noun, after "covering", after the
# town on an address line; "54-A" house numbers; yyyymmdd after "created"; "at age ninety-eight"; numbered equipment
# units (not MRNs), ankle monitors, six-character transmitter IDs; more plate shapes and "vehicle registered"
ROUND9_FINDS = [
    ("Daughter ___ is HCP and can be reached at 412 - 736 - 9552.", [("412 - 736 - 9552", "PHONE")]),
    ("Collateral from the sister by phone (860 - 791 - 9775).", [("860 - 791 - 9775", "PHONE")]),
    ("Recovery coach ___ reachable at 843-0775 (text preferred).", [("843-0775", "PHONE")]),
    ("Please fax this discharge summary to the PCP office at 412/926-4237.", [("412/926-4237", "FAX")]),
    ("Please fax this discharge summary to the PCP office at 3398269435.", [("3398269435", "FAX")]),
    ("Donor records faxed from the OPO (401 - 512 - 8676) and reviewed.", [("401 - 512 - 8676", "FAX")]),
    ("Fax number 808 - 594 - 7533.", [("808 - 594 - 7533", "FAX")]),        # a fax, not also a phone
    ("Night float beeped at 4141 for hypotension; bolus given.", [("4141", "PAGER")]),
    ("Result called to the covering intern (p4303) at 22:10.", [("4303", "PAGER")]),
    ("Result called to the covering intern (p786-354-2509) at 22:10.", [("786-354-2509", "PAGER")]),
    ("Result called to the covering intern (p(559) 296-0838) at 22:10.", [("(559) 296-0838", "PAGER")]),  # not a phone
    ("Telehealth visit link: doxy.me/drwarsame", [("doxy.me/drwarsame", "URL")]),
    ("Short link bit.ly/3xYzQ2 sent by text.", [("bit.ly/3xYzQ2", "URL")]),
    ("Posts videos at tiktok.com/@harborlight123.", [("tiktok.com/@harborlight123", "URL")]),
    ("Email on file: guerline.desrosiers at proton dot me", [("guerline.desrosiers at proton dot me", "EMAIL")]),
    ("Veterans benefits claim number (same as SSN) 568963328.", [("568963328", "SSN")]),
    ("Outside hospital record number: 04-42-756.", [("04-42-756", "MRN")]),
    ("Insurance information updated: Medicare 799076348C1.", [("799076348C1", "HEALTH_PLAN")]),
    ("Also covered through TRICARE (DBN 45262668024).", [("45262668024", "HEALTH_PLAN")]),
    ("Works as a licensed electrician (license E68935).", [("E68935", "LICENSE")]),
    ("Works as a licensed electrician (license ME34462).", [("ME34462", "LICENSE")]),
    ("Interpreter certification #CHI-55234 documented.", [("CHI-55234", "LICENSE")]),
    ("Interpreter certification NBCMI 123456 documented.", [("NBCMI 123456", "LICENSE")]),
    ("EMS run sheet lists the pickup location zip as 57770.", [("57770", "ZIP")]),
    ("Lives in Sioux Falls (51714-7191).", [("51714-7191", "ZIP")]),
    ("Mobile PET unit at the satellite site (71162).", [("71162", "ZIP")]),
    ("Homeless; receives mail at the shelter (90599).", [("90599", "ZIP")]),
    ("Home With Service (VNA covering 08982)", [("08982", "ZIP")]),
    ("Home services: agency only covers zip 03036; confirm.", [("03036", "ZIP")]),   # zip_context's, counted once
    ("Address on file: 2660 Dudley Way, Roxbury 51732.", [("2660 Dudley Way", "STREET_ADDRESS"), ("51732", "ZIP")]),
    ("Address: 12 Elm St, Boston Massachusetts 02115.", [("12 Elm St", "STREET_ADDRESS"), ("02115", "ZIP")]),  # once
    ("Outside study performed at the imaging center at 54-A Tamarack Ln.", [("54-A Tamarack Ln.", "STREET_ADDRESS")]),
    ("VNA to visit at 91-A Rte 9A, # 4, New Bedford.", [("91-A Rte 9A, # 4", "STREET_ADDRESS")]),
    ("Fistula created 20230825 per outside records.", [("20230825", "DATE_REAL_YEAR")]),
    ('Father died at age ninety-two of "old age".', [("ninety-two", "AGE_OVER_89")]),
    ("Wound VAC unit #KCI-956540 sent home with the patient.", [("KCI-956540", "DEVICE_ID")]),   # not an MRN
    ("Wound VAC unit #HM3-530960 sent home.", [("HM3-530960", "DEVICE_ID")]),
    ("Dexcom G7 transmitter ID GDETEP re-paired to the home receiver.", [("GDETEP", "DEVICE_ID")]),
    ("GPS ankle monitor device 014825205 removed for MRI.", [("014825205", "DEVICE_ID")]),
    ("Keys to a 1984 sedan, ND tag 48J8395.", [("48J8395", "VEHICLE_ID")]),
    ("Keys to a 2012 sedan, VT tag 3S5P388.", [("3S5P388", "VEHICLE_ID")]),
    ("Keys to a 2005 sedan, CT tag 317 TR5.", [("317 TR5", "VEHICLE_ID")]),
    ("MVC; driver of vehicle registered TXR-4968 per EMS.", [("TXR-4968", "VEHICLE_ID")]),
]

ROUND9_LEAVES = [
    "Can be reached at 120 - 130 - 1400 mg; SpO2 90 - 95 - 100; reached at 2 - 3 - 4 times.",   # not NANP-shaped
    "If you have thoughts of harming yourself, call or text 988. Poison Control: reachable at 1-800-222-1222.",
    "Please fax this form to the pharmacy. Dr. ___ to see at 0900. Fax to ___ at 2150-01-02.",
    "Fax the records to the clinic; follow up at 1400 with BP 132/78 and HR 88 at 10:30.",
    "Night float beeped at 0300 and again at 2200; beeped at 12:45. Pump beeping at 1530.",  # clock times
    "p53 (p16) (p2150-01-02) (p<0.05) (p0.03) (p 1234) (P4303).",                          # genes, p-values
    "Watch doxy.me for the link; see e.g.me; tid.co; q.me/; med.co/",                       # no path, no host
    "Email at bedside dot me; eats at home dot me. Social: history. (SSN) ___; SSN ___.",
    "Hospital day #3; hospital record review; patient record 12 pages; health record pending.",
    "Medicare 2150; Medicare A/B; Medicare part B 2019.",
    "License pending; license 40110 mg; license renewal 2150; license E1234; license ABC 12345 tablets.",
    "Certification pending; certificate of need; cert. 2 tabs; certification ICD 10 I48.91.",
    "Zip as needed; zip code is ___; Lives in Boston (2150); Lives in Boston (hx 12345 mg).",
    "Injection site (12345 units); site (L arm); covering 10000 units; covering 12345 IU; VNA covering ___.",
    "Room 12-B Pre Op; Plt 54-A Main; Apt 2-B; 10-A Grade tumor.",
    "NDC 0409-2720-01; Lot 20190324; ICD-10 R65.21; G2P1; EGA 39w2d; GA 34+2 weeks.",
    "Line placed 21500314; order placed 20240116 then; created 21881130; diagnosed 19991301.",
    "Father died at age eighty-nine of MI; alive at 85 with dementia; Mother 90 minutes.",
    "Wound VAC changed; VAC unit # ___; Wound VAC unit 2; pump unit 5 mL/hr.",
    "Dexcom transmitter ID pending; transmitter ID UNKNOWN; sensor ID ___.",
    "GPS ankle monitor in place; ankle monitor removed; ankle 12345678 mmHg.",
    "Tag 2 of 3; toe tag 12; car 12 hours; vehicle registered to his mother; tag 2150-01-02.",
]


# round 10 (corpus 10): "social as"/"MR# is"/"serial number is" (a copula before the value), accounts with a
# letter infix (176CM993399), a mistyped seventh MBI place after an "MBI" label, and a device's serial right after
# the device's name ("Neurostimulator 8070-7912-5596", "Loop recorder TMF889221H")
ROUND10_FINDS = [
    ("She gave her social as 711358577 but was unsure of it.", [("711358577", "SSN")]),
    ("Daughter says his social is 548 80 5333.", [("548 80 5333", "SSN")]),
    ("Note: wrong-patient order; correct MR# is B5003967.", [("B5003967", "MRN")]),
    ("Outside MRN was 0672319 per the transfer packet.", [("0672319", "MRN")]),
    ("Prior authorization obtained under visit no. 176CM993399.", [("176CM993399", "ACCOUNT")]),
    ("Acct: 854EP693462   FIN 658EE746294", [("854EP693462", "ACCOUNT"), ("658EE746294", "ACCOUNT")]),
    ("Specimen received with pt ID 46524179 and encounter 324DH728630.",
     [("46524179", "MRN"), ("324DH728630", "ACCOUNT")]),
    ("Insurance: Medicare, MBI 2RN4-AEG-YN96.", [("2RN4-AEG-YN96", "HEALTH_PLAN")]),
    ("Your insulin pump serial number is SY7109659; keep it with your wallet card.", [("SY7109659", "DEVICE_ID")]),
    ("Neurostimulator 8070-7912-5596 switched to MRI mode before scan.", [("8070-7912-5596", "DEVICE_ID")]),
    ("Neurostimulator SN7683992667 switched to MRI mode.", [("SN7683992667", "DEVICE_ID")]),
    ("Loop recorder TMF889221H in the left parasternal subcutaneous tissues.", [("TMF889221H", "DEVICE_ID")]),
    ("Spinal cord stimulator 68835615320 turned off for the study.", [("68835615320", "DEVICE_ID")]),
    ("Insulin pump # ZU1871672 replaced by the vendor.", [("ZU1871672", "DEVICE_ID")]),
    ("Pacemaker generator 4418207 left in situ.", [("4418207", "DEVICE_ID")]),   # one hit, not two
]

# over-counts both tiers shared (a date or a dose after an account cue, a time span after "age")
OVERCOUNT_LEAVES = [
    "Office visit 2150-03-04 was uneventful; encounter 2151-11-30 reviewed.",
    "Taken into account 1500000 units of heparin; acct 250000 mcg.",
    "Discussed age 90-day mortality; aged 90-minute session.",
]

ROUND10_LEAVES = [
    "PPM (Medtronic Azure XT DR MRI, model W1DR01); Boston Scientific ACCOLADE L331 pacemaker.",  # model numbers
    "Neurostimulator 97715 (Intellis); insulin pump 780G; loop recorder LNQ22; Bard PowerPICC 5 Fr.",
    "Dexcom G7; ResMed AirSense 10; Siemens SOMATOM Force, syngo VB20A; pacemaker 2150-01-02.",
    "Infusion pump 125 mL/hr; stimulator 130 Hz 60 us; generator change 2019; pacemaker 5076 lead.",
    "Insulin pump 100 units/mL; defibrillator 200 J; pacemaker check 2150-03-04 10:30; ILR ___.",
    "MRN is pending; MR# is ___; patient ID was confirmed; medical record is 12 pages long.",
    "Social is supportive; social as above; social was 2 packs per day; serial number is unknown.",
    "Serial troponins was 0.04; serial CXR was stable; serial number was ___.",
    "Visit no. 2; encounter 12 PM 2150; Visit 2 of 3; FIN ___; HbA1c 7.2; K 4.1; Room 12B.",
    "NDC 0409-2720-01; Lot 20190324; ICD-10 R65.21; CPT 99223; LOINC 2160-0; call 1-800-222-1222.",
    "MBI ___; MBI pending; MBI 2RN4; Medicare Part B.",
]


# round 11 (held-out corpus, values invented): a bare ten-digit number after a calling context a few words back
# ("left a voicemail ... at"), a fax phrase broken by a line wrap or named at length, an SSN or MRN cue with a
# comma or a verb of record before the value, licence values with a four-letter or a year-and-state prefix, "ZIP
# codes near", lower-case addresses after an address cue, an age after a line break or in apposition; and an
# organisation's home page (no path) is no URL hit
ROUND11_FINDS = [
    ("Left a voicemail for the landlord at 6018746746 about the eviction.", [("6018746746", "PHONE")]),
    ("Daughter asks to be called with any updates at 4136097124.", [("4136097124", "PHONE")]),
    ("Left message with the case manager at (5084419921) re: placement.", [("5084419921", "PHONE")]),
    ("Please text the patient's sister with the pickup time at 7813340562.", [("7813340562", "PHONE")]),
    ("Called and left a voicemail at 6175550142 for the son.", [("6175550142", "PHONE")]),   # two cues, one hit
    ("Called her cell 6175550100 twice.", [("6175550100", "PHONE")]),                         # two cues, one hit
    ("Called her cell 555-0100 twice.", [("555-0100", "PHONE")]),                             # two cues, one hit
    ("Records faxed to the methadone clinic at 701 391 8345.", [("701 391 8345", "FAX")]),
    ("Records were faxed this afternoon to the outpatient methadone maintenance clinic at 701 391 8345.",
     [("701 391 8345", "FAX")]),
    ("Records faxed to the methadone\nclinic at 541.600.3434.", [("541.600.3434", "FAX")]),
    ("Discharge summary sent to the outside hospital by fax (1-970-844-7834).", [("1-970-844-7834", "FAX")]),
    ("Med list faxed to his outpatient prescriber at\n(734) 284-5920.", [("(734) 284-5920", "FAX")]),
    ("Consent sent by fax (5073067434) this morning.", [("5073067434", "FAX")]),
    # a toll-free fax number: one PHONE shadow (the toll-free one) subtracts it, the other phone stays
    ("Records faxed to the insurer at 800-555-1234; call son at 617-555-0100",
     [("800-555-1234", "FAX"), ("617-555-0100", "PHONE")]),
    ("Faxed to the insurer at\n1-800-555-1234 and cell 617-555-0100",
     [("1-800-555-1234", "FAX"), ("617-555-0100", "PHONE")]),
    ("Faxed to PCP.\nCall son at 617-555-0100.", [("617-555-0100", "PHONE")]),  # the sentence ended: a phone
    ("- Fax records to PCP\n- Call son at 617-555-0100", [("617-555-0100", "PHONE")]),  # a list's next line too
    ("For the application she recited her SS# as\n838 08 6750", [("838 08 6750", "SSN")]),
    ("He recited his SS# as 163953321 from memory.", [("163953321", "SSN")]),
    ("Newborn filed under the mother's SSN, 714590999.", [("714590999", "SSN")]),
    ("OSH face sheet has the mother's SSN listed as 530 40 1245.", [("530 40 1245", "SSN")]),
    ("Her prior medical record number, KH-0250641, which was merged.", [("KH-0250641", "MRN")]),
    ("Under the prior medical record number, 93-05-974, which was retired.", [("93-05-974", "MRN")]),
    ("Prior medical record number, M9729863, which is inactive.", [("M9729863", "MRN")]),
    ("MRN, 4471092, was used for the outside films.", [("4471092", "MRN")]),
    ("Delivered by CNM ___ (license APRN-05541).", [("APRN-05541", "LICENSE")]),
    ("Hearing test by audiologist ___, state license 25MA3940441.", [("25MA3940441", "LICENSE")]),
    ("Report signed by ___, MD, license 25MA2899403.", [("25MA2899403", "LICENSE")]),
    ("Nurse practitioner license APRN-055412 on file.", [("APRN-055412", "LICENSE")]),
    ("Housing search limited to ZIP codes near 74903 per her voucher.", [("74903", "ZIP")]),
    ("Shelter placement limited to zip codes around 01604.", [("01604", "ZIP")]),
    ("Fall at home (376 e. tollgate avenue #25), found by neighbor.",
     [("376 e. tollgate avenue #25", "STREET_ADDRESS")]),
    ("She moved into the FOB's apartment at 20 tollgate pike.", [("20 tollgate pike", "STREET_ADDRESS")]),
    ("Lives alone at 91 sawyer st, unit 38 in a walk-up.", [("91 sawyer st, unit 38", "STREET_ADDRESS")]),
    ("Mailing address for outside films: 108 catalpa ln #11, ___, ___", [("108 catalpa ln #11", "STREET_ADDRESS")]),
    ("Police found her outside 78 west mound ct #2, her former apartment.",
     [("78 west mound ct #2", "STREET_ADDRESS")]),
    ("MRI performed at the imaging center at 3463 mound terrace.", [("3463 mound terrace", "STREET_ADDRESS")]),
    ("Resides at 14 bayberry rd with her son.", [("14 bayberry rd", "STREET_ADDRESS")]),
    ("Moved to 55 n. elm street apt 3 in March.", [("55 n. elm street apt 3", "STREET_ADDRESS")]),
    ("Her mother, who is\n102, still lives independently.", [("102", "AGE_OVER_89")]),
    ("Her husband, who was\n97, died last year.", [("97", "AGE_OVER_89")]),
    ("Pedestrian, 91, struck by a car at low speed.", [("91", "AGE_OVER_89")]),
    ("Resident, 96, found on the floor by staff.", [("96", "AGE_OVER_89")]),
    # a URL with a path or a query, a bare personal host, a .net host with no resource cue: still URLs
    ("Family updates: caringbridge.org/visit/janedoe", [("caringbridge.org/visit/janedoe", "URL")]),
    ("Activate: https://mychart.partners.org/activate?code=ABC123",
     [("https://mychart.partners.org/activate?code=ABC123", "URL")]),
    ("Portal: mychart.example.org?code=12ab", [("mychart.example.org", "URL")]),
    ("Fundraiser: gofundme.com/f/help-jane", [("gofundme.com/f/help-jane", "URL")]),
    ("Photos at smithfamilytravels.blogspot.com", [("smithfamilytravels.blogspot.com", "URL")]),
    ("Support: www.postpartum.net/chapters/boston", [("www.postpartum.net/chapters/boston", "URL")]),
    ("Her blog: smithfamily.net", [("smithfamily.net", "URL")]),
    ("email jsmith [at] mgh.org today", [("jsmith [at] mgh.org", "EMAIL")]),  # the host is the e-mail's, once
    ("Tracking link: track.example.com/a?b=aap.org", [("track.example.com/a?b=aap.org", "URL")]),  # .org in a query
    ("Pager 800-555-1234 and cell 617-555-0100", [("800-555-1234", "PAGER"), ("617-555-0100", "PHONE")]),
]

ROUND11_LEAVES = [
    "Called pharmacy at 1030; left voicemail at 14:30 on 2150-01-02.",                # times, a shifted date
    "Left message at ___ for the son; call back at 3 pm; left voicemail for Dr. ___ at ___.",  # masked context
    "Message left at 2150-03-04 10:15; reached at bedside; text at 1600; contacted at 0300.",
    "Left a voicemail for the insurer's help desk at 8005551234.",                   # a public toll-free line
    "If in crisis call or text 988; Crisis Text Line: text HOME to 741741; poison control 1-800-222-1222.",
    "Contacted lab at 1150; called at 2150-01-02 10:00 with K 5.9; left message at 12:45 pm.",
    "Faxes sent at 10:30 to ___; fax to ___ at ___; records faxed to the clinic at 2 pm on 2150-01-02.",
    "Faxed H&P to ___\nat 3 pm; fax line ___; faxed to PCP 2x.",
    "SSN as above; SSN, DOB and address verified; SS# was given as ___; SSN of 2 children on file.",
    "SSN verified x2; SSN, 2150-01-02 DOB; soc sec listed as income; SSN was 4 digits short.",
    "Medical record number, ___, which was merged; MRN, DOB and name verified; MRN, 12 pages.",
    "Prior medical record number, 2150-01-02, reviewed; medical record, 12345 pages; MRN, 10:30.",
    "Licensed 25 mg; license 2 years; state license pending; license APRN; licensed PT 3x/week; license 3B.",
    "CNM license ___; audiologist license verified; license renewed 12/2150; LICENSE 25 MG.",
    "ZIP codes near ___ per voucher; zip codes in 3 counties; zip codes near the hospital; ZIP codes within 10 miles.",
    "Fall at home (2 stairs down the road), found by son; lives at home (2 hour drive from clinic).",
    "CT at outside hospital: 2 small ct scans reviewed; outside 2 prior head ct.",
    "Metoprolol 25 mg po dr bid; at home 25 mg po dr; home (2 tab po dr).",
    "Seen at 3 pm, then at 10 am; room 12 west; transferred to 4 east; moved to 7 north for ct.",
    "Found her outside 2 hours after the fall; lives at ___ sawyer st, unit ___; address: ___ catalpa ln.",
    "Home (3 steps to enter, 1 flight to bedroom); near 2 bus lines; imaging center at 3 pm; clinic at 10 am.",
    "Discharged home at 2150-01-02 on room air; address: 10 mg po daily; moved to 4 west for ct scan.",
    "Her mother, who is\n52, still lives independently; she is\n95% on RA.",
    "Pedestrian, 91 kg, struck by a car; patient, 95%, RA; driver, 90 mph, unrestrained.",
    "PT, 95, and PTT, 98, ordered; male, 19, with asthma; room 95, bed 2.",
    "General information: www.healthychildren.org.",
    "General information: https://988lifeline.org.",
    "Postpartum Support International: www.postpartum.net",
    "Resources: postpartum.net; see aap.org and www.mass.edu/ for details; www.icrc.int",
    "See https://www.who.int and www.cdc.gov; visit https://www.nami.org/ today.",
    # more look-alikes, one item at a time
    "Called the family at 2:15 pm and again at 2150-01-03 09:40; voicemail box full.",
    "Left voicemail re: INR 2.3 at 1500; asks to be called with results at her next visit.",
    "Contacted pharmacy about the 2 refills at 1 pm; reached the son at the bedside.",
    "Called 911 at 0300; called the lab at x4521; called at 10 am re MRN ___.",
    "Phone visit at 1300; cell count at 2150-01-02; text message at 18:00.",
    "Fax received at 09:15; faxed 3 pages to the clinic at ___; fax\nreceived 2150-01-02.",
    "SS# on file; SSN listed as unknown; SSN was verified at 10:30 on 2150-01-02.",
    "Soc sec income of 1200 per month; SSN, as noted, is on file with ___.",
    "MRN, visit and account numbers on the ___ face sheet; medical record number, see above.",
    "Chart number, 2 volumes; medical record number, 3 prior admissions; MRN, 02/14.",
    "License expired 2150; state license renewal in 3 months; license # pending.",
    "Driver's license suspended x2; licensed for 12 beds; license 5 yrs.",
    "Zip codes near the shelter; ZIP codes as above; zip codes in the 3 towns served.",
    "Lives at home with 2 sons; resides at ___ with wife; moved to 5 north; apartment at ___.",
    "Address on file; home (lives with 2 roommates); center at 2 o'clock on the clock face.",
    "Seen in clinic at 2 pm on 2150-01-02; located at 3 cm from the anal verge.",
    "Outside 2 films reviewed; near 12 o'clock position; office at 8 am.",
    "Patient is\n92% on 2L; he was\n90 kg at admission.",
    "Woman, 92 kg, with CHF; pedestrian, 95 lbs; son, 19, at the bedside.",
    "Scores: MoCA, 92, n/a; Resident, 90%, on RA.",
    "Resources:\nwww.aap.org\nwww.nami.org\nhttps://www.naspweb.edu\nResources:\nwww.postpartum.net",  # one a line
]


# round 12 (systems-generated text pasted into notes, values invented): identifiers in labelled fields of machine
# layouts -- DICOM tag dumps, HL7 v2 PID segments (positional fields), key=value logs, dot-leader device cards,
# requisition lines with a bracketed qualifier, insurance face sheets; and the false hits of those layouts: DICOM
# UIDs and version strings read as IP addresses, a procedure date read as a serial, public resource sites as URLs
ROUND12_FINDS = [
    # international numbers with the European 00 prefix, and a number dictated digit by digit
    ("Call from his daughter in ___ (0044 20 7946 0103).", [("0044 20 7946 0103", "PHONE")]),
    ("Callback number 00353 65 114 4838.", [("00353 65 114 4838", "PHONE")]),
    ("Son asked to be called at five zero eight, five seven five, four six six one period",
     [("five zero eight, five seven five, four six six one", "PHONE")]),
    # a listed public host's page with a token in its path is the patient's share link
    ("Glucose data reviewed from the shared link https://clarity.dexcom.com/share/HKBTNEKM.",
     [("https://clarity.dexcom.com/share/HKBTNEKM", "URL")]),
    ("Shared via clarity.dexcom.com/share/6N3Q4MEV today.", [("clarity.dexcom.com/share/6N3Q4MEV", "URL")]),
    # DICOM tag dumps (":", " = " or two blanks)
    ("(0010,0020) PatientID = 5977461", [("5977461", "MRN")]),
    ("(0010,0020) PatientID: 32764576", [("32764576", "MRN")]),
    ("(0010,1000) OtherPatientIDs: 779425507", [("779425507", "SSN")]),      # nine digits: the SSN, once
    ("(0010,1000) OtherPatientIDs: 7794255", [("7794255", "MRN")]),
    ("(0010,0020) PatientID: 123-45-6789", [("123-45-6789", "SSN")]),        # ssn_dashed's, not also an MRN
    ("(0010,0030) PatientBirthDate: 19950624", [("19950624", "DATE_REAL_YEAR")]),
    ("(0008,0020) StudyDate: 20240814", [("20240814", "DATE_REAL_YEAR")]),
    ("(0008,0023) ContentDate = 20240814101530", [("20240814", "DATE_REAL_YEAR")]),
    ("(0010,1010) PatientAge: 091Y", [("091", "AGE_OVER_89")]),
    ("(0010,1010) PatientAge: 100Y", [("100", "AGE_OVER_89")]),
    ("(0010,1040) PatientAddress: 3058 QUINOBEQUIN CIR UNIT 40^___^MA^___",
     [("3058 QUINOBEQUIN CIR UNIT 40", "STREET_ADDRESS")]),
    ("(0010,1040) PatientAddress: 586 TAMARACK ROAD^^___^MA^___",              # street_caps's too: counted once
     [("586 TAMARACK ROAD", "STREET_ADDRESS")]),
    ("Address: 12 MAIN STREET UNIT 4^^___", [("12 MAIN STREET UNIT 4", "STREET_ADDRESS")]),  # once
    ("PatientAddress = ___^CHELSEA^MA^02150", [("02150", "ZIP")]),
    ("(0010,2154) PatientTelephoneNumbers = 3394578194", [("3394578194", "PHONE")]),
    ("(0010,1050) InsurancePlanIdentification: XKY596283657", [("XKY596283657", "HEALTH_PLAN")]),
    ("(0038,0010) AdmissionID  3037475492", [("3037475492", "ACCOUNT")]),
    ("(0008,0050) AccessionNumber: A8927166", [("A8927166", "ACCOUNT")]),
    ("(0018,1000) DeviceSerialNumber: 45123987", [("45123987", "DEVICE_ID")]),
    # HL7 v2 PID segments: positional fields
    ("PID|1||___^^^MRN||___||19400602|M|||586 TAMARACK ROAD^^___^MA^___||___|||||8254845541|___|___",
     [("19400602", "DATE_REAL_YEAR"), ("586 TAMARACK ROAD", "STREET_ADDRESS"), ("8254845541", "ACCOUNT")]),
    ("PID|1||___^^^MRN||___||___|F|||___^^___^MA^02301||___|||||___|___|___", [("02301", "ZIP")]),
    ("PID|1||___^^^MRN||___||___|F|||___^^___^MA^___||___|||||___|___|NHL71288928", [("NHL71288928", "LICENSE")]),
    ("PID|1||___^^^MRN||___||___|F|||___^^___^MA^___||___|||||___|810-40-2903|410329642",
     [("810-40-2903", "SSN"), ("410329642", "LICENSE")]),
    ("PID|1||5977461^^^MRN^MR||___||19400602120000|F|||586 Tamarack Rd^^___^MA^02130||6175550100|||||8254845541|"
     "810402903|S12345678^MA",
     [("5977461", "MRN"), ("19400602", "DATE_REAL_YEAR"), ("586 Tamarack Rd", "STREET_ADDRESS"), ("02130", "ZIP"),
      ("6175550100", "PHONE"), ("8254845541", "ACCOUNT"), ("810402903", "SSN"), ("S12345678", "LICENSE")]),
    # key=value and pipe layouts
    ("enc=E26814146|ref_npi=1004005348|ref_fax=781 387 8772",
     [("E26814146", "ACCOUNT"), ("1004005348", "LICENSE"), ("781 387 8772", "FAX")]),   # the fax is no phone
    ("ref_fax=800-555-1234 pt_phone=6175550100", [("800-555-1234", "FAX"), ("6175550100", "PHONE")]),
    ("fax_no: (617) 555-0101", [("(617) 555-0101", "FAX")]),
    ("dob=19950624", [("19950624", "DATE_REAL_YEAR")]),
    ("pt_age=95; member_id=W123456789; encounter_id=12345678; pt_zip: 02151",
     [("95", "AGE_OVER_89"), ("W123456789", "HEALTH_PLAN"), ("12345678", "ACCOUNT"), ("02151", "ZIP")]),
    ("dev_sn=PJN1234567", [("PJN1234567", "DEVICE_ID")]),
    ("npi=1004005348 and ref_npi=1004005349", [("1004005348", "LICENSE"), ("1004005349", "LICENSE")]),  # one each
    # dot-leader device cards (a gap of six or more; a shorter one is device_context's: once either way)
    ("Serial number ....... WAA038011S", [("WAA038011S", "DEVICE_ID")]),
    ("Serial number ....... 645254", [("645254", "DEVICE_ID")]),
    ("Serial number ... 645254", [("645254", "DEVICE_ID")]),
    ("S/N ......... 88812345", [("88812345", "DEVICE_ID")]),
    # requisition lines: a label phrase or a bracketed qualifier
    ("- Age on requisition: 101", [("101", "AGE_OVER_89")]),
    ("Age at death: 95", [("95", "AGE_OVER_89")]),
    ("Age (at exam): 93", [("93", "AGE_OVER_89")]),
    ("Patient ZIP (for transport): 02860", [("02860", "ZIP")]),
    ("Prior unit number (merged): 6688-909-5", [("6688-909-5", "MRN")]),
    # insurance face sheet: the member ID, not the group number
    ("TUFTS MEDICARE PREFERRED  ID 113114430243  GROUP 010318", [("113114430243", "HEALTH_PLAN")]),
    ("SECONDARY INS: BCBS MEDEX  ID 196023564102  GROUP 423480", [("196023564102", "HEALTH_PLAN")]),
    ("TUFTS MEDICARE  ID 113114430243  GROUP 010318", [("113114430243", "HEALTH_PLAN")]),   # two rules, once
    ("MEDICARE PART B  ID 113114430243", [("113114430243", "HEALTH_PLAN")]),
    ("BLUE CROSS BLUE SHIELD  ID 113114430243", [("113114430243", "HEALTH_PLAN")]),
    ("TUFTS HEALTH PLAN  ID 113114430243", [("113114430243", "HEALTH_PLAN")]),              # three readings, once
    # label policy (unchanged): radiology accession numbers are ACCOUNT
    ("ACC#: A8927166", [("A8927166", "ACCOUNT")]),
    ("OSH accession RAD53-496159", [("RAD53-496159", "ACCOUNT")]),
    # a real address next to a dotted number or a version: still found
    ("UID 1.2.840.10008.5.1.4.1.1.2 sent from host 10.20.30.40", [("10.20.30.40", "IP_ADDRESS")]),
    ("Pump at 192.168.1.20, firmware 2.6.0.11; version 1.2.3.4.5", [("192.168.1.20", "IP_ADDRESS")]),
    ("Relay 10.0.0.1,10.0.0.2 then fw 1.2.3.4,10.1.1.1",
     [("10.0.0.1", "IP_ADDRESS"), ("10.0.0.2", "IP_ADDRESS"), ("10.1.1.1", "IP_ADDRESS")]),
    ("Device ver1.2.3.4 at 10.1.2.3", [("10.1.2.3", "IP_ADDRESS")]),
    # patient-specific pages on a public host, personal pages: still URLs
    ("Visit https://carelink.medtronic.com/patient?token=Ab12Cd", [("https://carelink.medtronic.com/patient?token=Ab12Cd",
                                                                    "URL")]),
    ("Remote: merlin.net/patient?id=12", [("merlin.net/patient?id=12", "URL")]),
    ("Blog: www.janedoe-mrisafety.com", [("www.janedoe-mrisafety.com", "URL")]),
    ("Tracking link: track.example.com/a?b=medtronic.com", [("track.example.com/a?b=medtronic.com", "URL")]),
    ("pacemaker (2024-12-08)", [("2024-12-08", "DATE_REAL_YEAR")]),     # a real date: a date, not a serial
]

ROUND12_LEAVES = [
    "NDC 0002-8215-01 and 0009-0031-01; (0010,2154) PatientTelephoneNumbers = ___; Lot 0012 3456.",
    "Counted backwards nine eight seven six five four three two one without error; one two three.",
    # DICOM fields that name no one; shifted dates; ages under 90 and in months; masked values
    "(0008,0020) StudyDate: 21340814",
    "(0008,0021) SeriesDate = 21340814  (0008,0022) AcquisitionDate: 21340814101530",
    "(0020,0011) SeriesNumber: 3\n(0008,0060) Modality = CT\n(0020,0013) InstanceNumber  142",
    "(0018,0050) SliceThickness: 1.25\n(0018,0060) KVP = 120\n(0028,0010) Rows: 512\n(0010,0040) PatientSex: F",
    "(0010,1010) PatientAge: 073Y",
    "(0010,1010) PatientAge: 091M\n(0010,1010) PatientAge: 089Y\n(0010,1030) PatientWeight: 95",
    "(0008,1090) ManufacturerModelName = SOMATOM Force\n(0018,1000) DeviceSerialNumber: ___",
    "(0010,0020) PatientID = ___\n(0010,0030) PatientBirthDate: ___\n(0010,1040) PatientAddress: ___^___^MA^___",
    # UIDs and version strings are no IP addresses
    "(0020,000D) StudyInstanceUID = 1.2.840.10008.5.1.4.1.1.2",
    "(0002,0010) TransferSyntaxUID: 1.2.840.10008.1.2.4.70",
    "(0008,0016) SOPClassUID: 1.2.840.10008.5.1.4.1.1.4",
    "(0018,1020) SoftwareVersions = 5.1.2.40",
    "device.fw=3.4.1.10|device.model=W1DR01|battery=2.98V",
    "Firmware ............ 7.6.0.1",
    "Software version 10.2.1.4; build 4.2.0.118; version 1.2.3.4.5; rev 2.0.1.0.3",
    # HL7 segments other than PID; a masked PID with a shifted birth date
    "OBR|1|___|___|74177^CT ABD/PELVIS W CONTRAST^CPT|||21340814101500|||||||||___||||||||F",
    "PV1|1|I|7B^712^01^BIDMC||||___^___^___|||MED||||1|||___|IN||||||||||||||||||||||||21340601",
    "PID|1||___^^^MRN||___||21340602|M|||___^^___^MA^___||___|||||___|___|___",
    "MSH|^~\\&|RIS|BIDMC|PACS|BIDMC|21340814101500||ORM^O01|___|P|2.3",
    # model, lot and group numbers, CPT codes, device-card lines that are no serial
    "Model number ....... W1DR01\nLot number ......... 20190324\nGroup number ....... 010318",
    "GROUP 010318  PLAN CODE 7734; CPT 74177; CPT: 99223; HCPCS G0378",
    "Serial number ....... ___\nSerial troponins ......... 0.04, 0.05",
    # requisition lines with ages under 90 and masked values; bracketed units are no qualifier of a cue
    "Age on requisition: 73\nAge at exam: 89\nAge (at exam): 73",
    "Prior unit number (merged): ___\nPatient ZIP (for transport): ___\nzip=___; Zip (home): ___",
    "Temp (F): 99.1; Weight (kg): 95; HR (bpm): 92; Pain (0-10): 9; Dose (mGy): 92; Length (cm): 101",
    "TUFTS MEDICARE PREFERRED  ID ___  GROUP 010318\nInsurance ID  ___",
    "pt_phone=___; ref_fax=___; enc=___; ref_npi=___",
    "kvp=120|mas=250|ctdi=12.4|dlp=640|phase=2",
    "BP: 120/80  HR: 72  Temp: 98.6  RR: 16  SpO2: 97",
    # a procedure date after a device word is no serial
    "status post permanent pacemaker implantation (2134-12-08)",
    "status post pacemaker implantation (12-08-2134), generator (12/08/2134)",
    # public and industry resource sites
    "MRI safe info: www.mrisafety.com; see https://www.acr.org/Clinical-Resources/Contrast-Manual",
    "remote.system=Merlin.net",
    "Remote monitoring ... Merlin.net; data via https://www.medtronic.com/us-en/mri.html",
    "Transmission: carelink.medtronic.com and latitude.bostonscientific.com",
    "AHA: heart.org/en/health-topics/heart-failure; www.uptodate.com/contents/heart-failure",
    "See merlin.net; www.acr.org/ and www.acr.org/x/",
]


# round 13: dictated/abroad/care-coordination notes -- a pager after a bare "p", plates in brackets after a vehicle
# noun, dates spoken in words, foreign postcodes, UK and foreign street forms, cued lower-case addresses, SSN/MRN/age
# cues; employer group numbers, SN visit frequencies and device lots are no identifiers
ROUND13_FINDS = [
    # a pager after a bare "p" and a blank, after "(" or a comma; pager cues broken by one line break
    ("Case discussed with Dr ___ (p 89851) by phone.", [("89851", "PAGER")]),
    ("Covering resident paged (p #07688) and aware.", [("07688", "PAGER")]),
    ("Discussed with Dr ___ (p 7-0082).", [("7-0082", "PAGER")]),
    ("Renal fellow paged (p #4303) re K.", [("4303", "PAGER")]),
    ("with Doctor ___ from ID (p 781-650-9772) who agreed.", [("781-650-9772", "PAGER")]),   # not also a PHONE
    ("Discussed with ortho (p (617) 555-0100) who agreed.", [("(617) 555-0100", "PAGER")]),
    ("Discussed with GI (p 800-555-1234).", [("800-555-1234", "PAGER")]),                    # toll-free: once
    ("Discussed with the surgery fellow on call, p #13542.", [("13542", "PAGER")]),
    ("Discussed with palliative care fellow on call, p 603-629-5568.", [("603-629-5568", "PAGER")]),
    ("Discussed with GI fellow on call,\np\n8-9603.", [("8-9603", "PAGER")]),
    ("Covering resident paged (pager\n91909) and aware.", [("91909", "PAGER")]),
    ("Covering resident paged (pager\n(617) 555-0100) and aware.", [("(617) 555-0100", "PAGER")]),
    ("Discussed with dr C. Brannigan (page at\n31281) by phone.", [("31281", "PAGER")]),
    # a plate in brackets after a vehicle noun; after "vehicle" across a line break
    ("Restrained driver of a sedan (7NSN96) struck a pole.", [("7NSN96", "VEHICLE_ID")]),
    ("Restrained driver of a sedan (KLA-6394) struck a pole.", [("KLA-6394", "VEHICLE_ID")]),
    ("Passenger in a pickup (115 UJ5) that left the road.", [("115 UJ5", "VEHICLE_ID")]),
    ("Unrestrained driver of an SUV (MA 4TRW21) vs tree.", [("4TRW21", "VEHICLE_ID")]),
    ("Per EMS run sheet vehicle\n756 ZF4 rolled over twice.", [("756 ZF4", "VEHICLE_ID")]),
    # dates spoken in words (speech recognition), a real year 1900-2030
    ("Last echo on November fourteenth, twenty seventeen.",
     [("November fourteenth, twenty seventeen", "DATE_REAL_YEAR")]),
    ("Outside CT chest dated December third, two thousand seventeen.",
     [("December third, two thousand seventeen", "DATE_REAL_YEAR")]),
    ("DOB december eleventh nineteen forty three comma lives alone",
     [("december eleventh nineteen forty three", "DATE_REAL_YEAR")]),
    ("Flu vaccine on August eighth, twenty eighteen.", [("August eighth, twenty eighteen", "DATE_REAL_YEAR")]),
    ("Colonoscopy performed on February twenty fourth, two thousand thirteen at ___.",
     [("February twenty fourth, two thousand thirteen", "DATE_REAL_YEAR")]),
    ("date of birth August first, nineteen twenty six period",
     [("August first, nineteen twenty six", "DATE_REAL_YEAR")]),
    ("Tdap on the fifteenth of march two thousand eight.",
     [("the fifteenth of march two thousand eight", "DATE_REAL_YEAR")]),
    ("Seen on the 3rd of June, nineteen ninety nine.", [("the 3rd of June, nineteen ninety nine", "DATE_REAL_YEAR")]),
    ("DOB: March 3rd, nineteen oh five.", [("March 3rd, nineteen oh five", "DATE_REAL_YEAR")]),
    ("Last seen January first two thousand and nine when he fell.",
     [("January first two thousand and nine", "DATE_REAL_YEAR")]),
    ("Surgery on December twenty-first, twenty twenty.", [("December twenty-first, twenty twenty", "DATE_REAL_YEAR")]),
    ("Born on May second, nineteen hundred\nin Lowell.", [("May second, nineteen hundred", "DATE_REAL_YEAR")]),
    ("Quit smoking June tenth, twenty oh five", [("June tenth, twenty oh five", "DATE_REAL_YEAR")]),
    # a five-digit postcode before a foreign town and a country (the street is found too)
    ("Lives at Via delle Rose 71, 07632 Padova, Italy.",
     [("Via delle Rose 71", "STREET_ADDRESS"), ("07632", "ZIP")]),
    ("Address: Mühlenstrasse 44, 91745 Muenster, Germany.", [("91745", "ZIP")]),
    ("Lives at Calle del Pilar #193, 36567 Valencia, Spain.",
     [("Calle del Pilar #193", "STREET_ADDRESS"), ("36567", "ZIP")]),
    ("Daughter lives at Via del Pratello 113, 37000 Padova, Italy",
     [("Via del Pratello 113", "STREET_ADDRESS"), ("37000", "ZIP")]),
    ("Sister: ___\n13005 Marseille, France", [("13005", "ZIP")]),
    # UK/Commonwealth suffixes, a connector word inside a foreign street name, lower-case "rue", lower-case cued
    # addresses after "outside", "home at", "house call program", a floor as a unit
    ("Lives at 184 Copper Beech Close, Aberdeen.", [("184 Copper Beech Close", "STREET_ADDRESS")]),
    ("Family at 83 Olumide Adebayo Close, ___, Nigeria.", [("83 Olumide Adebayo Close", "STREET_ADDRESS")]),
    ("Son lives at 7 Kensington Mews, London.", [("7 Kensington Mews", "STREET_ADDRESS")]),
    ("She lives most of the year at Rua Sete de Setembro, 235, Governador Valadares.",
     [("Rua Sete de Setembro, 235", "STREET_ADDRESS")]),
    ("Returning to 2 rue des Miracles, Jacmel.", [("2 rue des Miracles", "STREET_ADDRESS")]),
    ("Pt found down outside 686 quarry way by a neighbor.", [("686 quarry way", "STREET_ADDRESS")]),
    ("found down outside 2727 whitcomb st. 2nd floor by EMS.", [("2727 whitcomb st. 2nd floor", "STREET_ADDRESS")]),
    ("Pt discharged to her daughter's home at 99 hadley ct., Dracut.", [("99 hadley ct.", "STREET_ADDRESS")]),
    ("Seen at home (house call program), 1579 pickering terrace, Lewiston.",
     [("1579 pickering terrace", "STREET_ADDRESS")]),
    ("Lives at 64 pemigewasset rd, 2nd floor, ___, MA.", [("64 pemigewasset rd, 2nd floor", "STREET_ADDRESS")]),
    ("Lives at 4184 heron street, unit c, ___, MA.", [("4184 heron street, unit c", "STREET_ADDRESS")]),
    ("Seen in her home at 14 maple st, apt 2, daily.", [("14 maple st, apt 2", "STREET_ADDRESS")]),
    # an SSN cue, a short phrase and a colon
    ("SSN on requisition: 356 29 8234", [("356 29 8234", "SSN")]),
    ("SSN on requisition: 860674877", [("860674877", "SSN")]),
    # "outside ID" on outside films (an SSN's 3-2-4 there stays the SSN)
    ("Films matched to registration; outside ID 00538393.", [("00538393", "MRN")]),
    ("Outside films, outside ID 489-83-14", [("489-83-14", "MRN")]),
    ("outside ID M1051776", [("M1051776", "MRN")]),
    ("Outside ID 123-45-6789 on the disc.", [("123-45-6789", "SSN")]),
    # an age in words after an "Age at ...:" label, and as an appositive after a relative
    ("Age at outside exam: ninety-six years.", [("ninety-six", "AGE_OVER_89")]),
    ("Age at exam: ninety-six years old.", [("ninety-six years old", "AGE_OVER_89")]),   # age_words': once
    ("pt also cares for wife, ninety-four, who lives with them.", [("ninety-four", "AGE_OVER_89")]),
    # the member's id next to an employer group number; a serial after SN next to visit frequencies
    ("Member ID: W628505741   Group #: 801458", [("W628505741", "HEALTH_PLAN")]),
    ("SN: 1w1, 2w4; Pump SN: RNB188760", [("RNB188760", "DEVICE_ID")]),
    ("Pump SN: RNB188760", [("RNB188760", "DEVICE_ID")]),
    # label policy (unchanged): radiology accession numbers stay ACCOUNT
    ("Outside study accession CT56986445 reviewed.", [("CT56986445", "ACCOUNT")]),
]

ROUND13_LEAVES = [
    # p-values, plan items, a pulse, genes, doses: no pager after "p"
    "Difference significant (p 0.03); (p < 0.001); p=0.2; p 0.05.",
    "Sig difference (p 0.04); (p = 0.001); (p 2.5); HR 88, p 88; (p 12).",
    "Plan: p 2 and p 12 below. p53 mutation. Acetaminophen P 1000 mg; p 1000 mg; p 12345.6 ratio.",
    "BP 132/78 p 88 RR 16.",
    "Dr. ___ was paged at\n2200 for the result; pager\n___ and p ___.",
    # vehicle nouns with no plate in the brackets
    "Driver of a sedan (2 occupants); SUV (rollover); car (T-boned); truck (18-wheeler); van (wheelchair accessible).",
    "Pickup (F-150) rolled; SUV (4WD) hit a tree; motor vehicle\nCT head negative; vehicle\n2 occupants.",
    # dates in words with no year, a year alone, shifted years (2100+) spoken, a number word after the year
    "Seen on November fourteenth.",
    "twenty seventeen",
    "Seen November fourteenth, twenty one thirty four.",
    "Seen November fourteenth, two thousand one hundred thirty four.",
    "Seen the second of March, twenty one oh five.",
    "Seen December third, twenty thirty four at ___.",
    "Given heparin two thousand units on March second twenty minutes ago.",
    "May second nineteen hundred hours",
    # five digits before a word that is no foreign town-and-country address
    "Lot 12345 Roche, Germany",
    "CPT 71250 Boston, MA",
    "12345 units",
    "Vitamin D 50000 units weekly; moved from Germany.",
    # clock times and clinical phrases after "home at"/"outside"
    "Discharged home at 5 after head ct. Went home at 1530 after repeat head ct.",
    "Walked outside 2 times on the way; home at 10 on the way back; outside 20 min drive.",
    "Return in 2 weeks close follow up; lives close to her son.",
    # SSN/MRN cues with no value; "outside ID" the infectious-disease team
    "SSN on requisition: ___; SSN not on file: pending.",
    "Seen by outside ID 10 days ago; outside ID 12/3 recommends vanc; outside ID consult.",
    # ages under 90 in words; a relative with a time
    "Age at outside exam: eighty-six years.",
    "Husband, ninety minutes away, visits daily.",
    # employer group numbers
    "Group #: 801458 (employer group)",
    "Group #: 779772",
    "GROUP NO. 010318",
    "Subscriber ID: ___  Group #: 801458",
    # home-health visit frequencies; lot numbers after a generic "device"
    "Disciplines: SN 2w4, PT 2w3, OT 1w3; HHA 3w4",
    "demo device lot 6Z8920B",
    "device lot 4X1373B",
]


# round 13b (after corpus 16's blind measurement): paged without "#", a labelled pager phrase, a masked titled
# recipient in a fax phrase, a longer phrase after a phone cue, "Terr", a relative's age in brackets, plates after a
# model year, make and model with their state, and a state before "reg"
ROUND13B_FINDS = [
    ("callback number for the brother is 8579599318 (per case management).", [("8579599318", "PHONE")]),
    ("Discharge summary faxed to PCP Dr. ___ at 1-401-245-2112.", [("1-401-245-2112", "FAX")]),
    ("Covering resident paged (5-5623); callback received at 9:29 AM.", [("5-5623", "PAGER")]),
    ("Covering resident paged (986289); callback received", [("986289", "PAGER")]),
    ("Pager for the trauma attending: (860) 980-2175.", [("(860) 980-2175", "PAGER")]),  # a pager, not a phone
    ("Home address (requisition): 56 Cedar Crest Terr, Falmouth, MA 02513.",
     [("56 Cedar Crest Terr", "STREET_ADDRESS"), ("02513", "ZIP")]),
    ("Spouse (98) is the primary support at home.", [("98", "AGE_OVER_89")]),
    ("driver of 2017 Nissan Altima (RI 608 LYT), collision at speed.", [("608 LYT", "VEHICLE_ID")]),
    ("driver of 2019 Toyota RAV4 (MA 412485), collision", [("412485", "VEHICLE_ID")]),
    ("Parking pass issued for MA reg 392978.", [("392978", "VEHICLE_ID")]),
    ("parking pass issued for NH reg VA-5797.", [("VA-5797", "VEHICLE_ID")]),
]

ROUND13B_LEAVES = [
    "Dr. ___ paged (0300) and again at 0400.",                # a time after "paged ("
    "paged (2x) without answer; mother (90%) sure",
    "2017 Nissan Altima (white), MA plate ___",
    "MA reg insulin 10 units; MA regimen 2130",
    "Report faxed to Dr. ___ office.",
    "Pager for the trauma attending: ___.",
    "Callback number for the brother is ___ (per case management).",
]


# round 14 (after corpora 17 and 18): a fax recipient named with initials and a degree, words or a bracketed phrase
# between an SSN cue and its value, a serial cue with a phrase, a plate in brackets, an insurer and "(ID", a state in
# brackets after a licence cue, a relative's age after "died at"/"now", a floor written ordinal first; public help
# sites and national health nonprofits' pages are no URL hits
ROUND14_FINDS = [
    ("Report faxed to the referring oncologist, Dr. Fernanda X. Vukovic, at (413) 463-4047.",
     [("(413) 463-4047", "FAX")]),
    ("Report faxed to the referring oncologist, Colette Kowalczyk, M.D., at 860 579 4355.", [("860 579 4355", "FAX")]),
    ("Report faxed to the referring cardiologist, Dr. X. Rahimi, at +1 857 537 3220.", [("+1 857 537 3220", "FAX")]),
    ("faxed to the referring oncologist, Mireille Jiménez, M.D., at (406)652-8470.", [("(406)652-8470", "FAX")]),
    ("Report faxed to the referring oncologist, Dr. Anne-Marie O'Neil-Tran, at 617-555-0142.",
     [("617-555-0142", "FAX")]),
    ("Dr. Rahimi was called at 857-537-3220", [("857-537-3220", "PHONE")]),   # no fax cue: a phone
    ("SSN on the form 854616139 matches the Medicare record.", [("854616139", "SSN")]),
    ("faxed with income documents (SSN on the application 051903831);", [("051903831", "SSN")]),
    ("Claimant SSN (as requested on the insurer's attending physician statement): 428 36 6683",
     [("428 36 6683", "SSN")]),
    ("If you need my social security number, it is 275 61 8732. Best number to reach me is ___.",
     [("275 61 8732", "SSN")]),
    ("Supplies are ordered separately; device serial on file AM3694391.", [("AM3694391", "DEVICE_ID")]),
    ("the DME order requires the pump serial number, IL2276259.", [("IL2276259", "DEVICE_ID")]),
    ("The serial on the back of the device is 8009177 if the company needs it.", [("8009177", "DEVICE_ID")]),
    ("For the placard the RMV needs my plate number (ULY 998) and my license.", [("ULY 998", "VEHICLE_ID")]),
    ("plate number (7GX6)", [("7GX6", "VEHICLE_ID")]),
    ("plate number (70PU71)", [("70PU71", "VEHICLE_ID")]),
    ("plate number (349-WVZ)", [("349-WVZ", "VEHICLE_ID")]),
    ("Prior auth approved by UnitedHealthcare (ID# 315153600-01, group 7690472).",
     [("315153600-01", "HEALTH_PLAN")]),                                     # the group number is no hit
    ("approved by MassHealth (ID 115642428304, group 2968953)", [("115642428304", "HEALTH_PLAN")]),
    ("Insurance: Anthem; ID#: YVE045808-62.", [("YVE045808-62", "HEALTH_PLAN")]),
    ("Insurance: MassHealth; ID: 103296271048.", [("103296271048", "HEALTH_PLAN")]),
    ("Insurance: Fallon Health Plan; ID: 103296271048.", [("103296271048", "HEALTH_PLAN")]),
    ("driver's license (MA) S83451692; car plate ___.", [("S83451692", "LICENSE")]),
    ("Driver's license (NY) 396 288 485 copied for registration.", [("396 288 485", "LICENSE")]),
    ("driver's license (CT) 543189027 copied", [("543189027", "LICENSE")]),
    ("driver's license (VT) 6068807A; car plate 2SX946.", [("6068807A", "LICENSE"), ("2SX946", "VEHICLE_ID")]),
    ("Maternal great-aunt died at 92 (unknown primary, no testing).", [("92", "AGE_OVER_89")]),
    ("Father: alive at 101, no cancer history.", [("101", "AGE_OVER_89")]),
    ("Father, now 90, had colon cancer at 78.", [("90", "AGE_OVER_89")]),
    ("Mother died at age 92, of MI.", [("92", "AGE_OVER_89")]),              # age_context's: counted once
    ("Letter mailed to the patient at 2644 Sumner Circle 2nd Floor, Leominster, MA 01439.",
     [("2644 Sumner Circle 2nd Floor", "STREET_ADDRESS"), ("01439", "ZIP")]),
    ("Visit address: 2089 Orchard Hill Drive 2nd Floor, Meriden, CT 06426",
     [("2089 Orchard Hill Drive 2nd Floor", "STREET_ADDRESS"), ("06426", "ZIP")]),
    ("743 Hastings Street 2nd Floor, Bangor", [("743 Hastings Street 2nd Floor", "STREET_ADDRESS")]),
    ("Address: 586 TAMARACK ROAD 2ND FLOOR", [("586 TAMARACK ROAD 2ND FLOOR", "STREET_ADDRESS")]),
    # patient-specific links stay URL hits (a meeting, a portal message, a family's page, a look-alike host)
    ("Join at https://zoom.us/j/84512399021?pwd=Zk9xT2", [("https://zoom.us/j/84512399021?pwd=Zk9xT2", "URL")]),
    ("https://patientportal.example-health.org/msg/88123",
     [("https://patientportal.example-health.org/msg/88123", "URL")]),
    ("Updates at https://caringbridge.org/visit/ellenmarch", [("https://caringbridge.org/visit/ellenmarch", "URL")]),
    ("Family fund: www.gofundme.com/f/help-tomas-recover", [("www.gofundme.com/f/help-tomas-recover", "URL")]),
    ("https://support-tickets.hospital.org/case/123", [("https://support-tickets.hospital.org/case/123", "URL")]),
    ("See https://kidney.org.attacker.io/x", [("https://kidney.org.attacker.io/x", "URL")]),
    ("Shared at https://docs.google.com/document/d/1AbCdEf", [("https://docs.google.com/document/d/1AbCdEf", "URL")]),
    ("See https://support.zoom.com/hc/en?ticket=123", [("https://support.zoom.com/hc/en?ticket=123", "URL")]),
]

# label policy (seventh session): accession, order, requisition and specimen numbers are identifiers
# (Safe Harbor "any other unique identifying number"; DICOM PS3.15 removes accession and order numbers),
# counted as ACCOUNT
ORDER_NUMBER_FINDS = [
    ("ACC#: RAD51-448120    ORDER#: ORD-4402913", [("RAD51-448120", "ACCOUNT"), ("ORD-4402913", "ACCOUNT")]),
    ("Order # 88123456 placed by ED.", [("88123456", "ACCOUNT")]),
    ("Requisition no. 55012345 scanned.", [("55012345", "ACCOUNT")]),
    ("Specimen ID: S24-118832 sent to pathology.", [("S24-118832", "ACCOUNT")]),
    # an order number shaped like a date is an order number (it was a look-alike before the policy)
    # (round 22: and so is a specimen number after the bare word)
    ("Order #20240116 placed; specimen 20230403-01 sent; lab no. 20161123.",
     [("20240116", "ACCOUNT"), ("20230403-01", "ACCOUNT")]),
]

ORDER_NUMBER_LEAVES = [
    "Order # 2 of 3 given; in order to 1500000 units; order set 12; specimen #1: right breast.",
    "Requisition signed; order no longer active; specimen ID pending.",
]

ROUND14_LEAVES = [
    # a fax cue with no number; no fax cue before a call
    "Report faxed to the referring oncologist, Dr. ___, at ___.",
    # SSN cues with no value
    "SSN on file; SSN ___; SSN (last four): 6683; SSN on the form ___.",
    "SSN, it is pending; SSN and MRN on the face sheet.",
    # serial cues with no value; lot and model numbers; "serial" as an adjective
    "serial number ___; serial #: ___; device serial on file ___.",
    "lot 8009177; model 8009177; IVC filter model 8009177.",
    "Serial troponins in the ED 1234567; serial exams on the floor q4h.",
    # no plate in the brackets; a spinal level after a fixation plate
    "plate number (see above); plate (front); plate # (pending).",
    "Anterior cervical plate (C5-C6) placed; lateral plate (4.5 mm) with 8 screws; plate (L4-5).",
    # an insurer with no member number; the employer group alone
    "Insurance: MassHealth; ID: ___. Approved by Anthem (ID pending), group 7690472.",
    # a licence cue and a state with no number
    "driver's license (MA) ___; license (RI) on file.",
    # ages under 90, doses, percentages, a blood pressure
    "Father died at 84 (MI); mother alive at 89 (CHF); Father, now 90 mg daily; at 90% of goal; Father, now 90/60.",
    # public help sites and national health nonprofits
    "Zoom help: https://support.zoom.com/hc/en",
    "Test your camera at https://help.doxy.me before the visit.",
    "Kidney education: https://www.kidney.org/kidney-topics",
    "Diabetes resources: https://diabetes.org/tools-resources",
    "Blood cancer support: https://www.lls.org/support-resources/financial-support",
    "Donor registry: https://bethematch.org/transplant-basics/",
    "Docs: https://docs.zoom.us/doc/abc; help desk: support.zoom.com/hc/en",
]

# round 15 (after corpora 19 and 20): a fax number in brackets after a masked recipient, an account cue with the
# account system in brackets, ages in words after "At" and "turned 93 in the spring", a nursing home's resident number,
# an attorney's bar number; label policy: a UDI is the patient's device only with a serial (or after a serial cue),
# an expiry date of a lot, implant, drug or vaccine is no real-year date (a death still is)
ROUND15_FINDS = [
    ("A copy was sent by fax to ___ (617-534-6891).", [("617-534-6891", "FAX")]),
    ("A copy was sent by fax to ___ ((508) 983-4482).", [("(508) 983-4482", "FAX")]),
    ("Op note faxed to Dr. ___ at ___ (+1 207 617 0912) today.", [("+1 207 617 0912", "FAX")]),
    ("Encounter (FIN):  E2843864855", [("E2843864855", "ACCOUNT")]),
    ("Account (HAR): 3001234567", [("3001234567", "ACCOUNT")]),
    ("Visit (CSN) 123456789 for the clinic", [("123456789", "ACCOUNT")]),
    ("At ninety-two she still lives independently.", [("ninety-two", "AGE_OVER_89")]),
    ("At ninety-four, he still walks a mile daily.", [("ninety-four", "AGE_OVER_89")]),
    ("Of note, she turned 93 in the spring and remains active.", [("93", "AGE_OVER_89")]),
    ("He turns 95 in March.", [("95", "AGE_OVER_89")]),
    ("Reviewed the nursing home face sheet (resident no. NH34184).", [("NH34184", "MRN")]),
    ("Resident #: 00210006", [("00210006", "MRN")]),
    ("Guardian contact: attorney, BBO # 564225, office ___.", [("564225", "LICENSE")]),
    ("HCP's counsel, state bar no. 2981734.", [("2981734", "LICENSE")]),
    # label policy: a GS1 UDI with a serial "(21)" is the patient's device; any UDI after a serial cue too (round 21:
    # not after an implant's lot cue, a lot names a batch); HIBCC with a serial secondary "$+"/"$$+"
    ("Implant: UDI (01)08430439493571(21)WJ4R0T0", [("(01)08430439493571(21)WJ4R0T0", "DEVICE_ID")]),
    ("patient-specific UDI (01)00131881526182(17)280806(21)FS619827 recorded",
     [("(01)00131881526182(17)280806(21)FS619827", "DEVICE_ID")]),
    ("LVAD controller S/N (01)00166253634248(17)772753(10)HAWPG",
     [("(01)00166253634248(17)772753(10)HAWPG", "DEVICE_ID")]),
    ("device SN (01)87782237756963(21)9EFAS83T, brought from home",
     [("(01)87782237756963(21)9EFAS83T", "DEVICE_ID")]),                    # two rules, counted once
    ("Port serial number (01)00999288262618(17)087844(10)LX6W1.",
     [("(01)00999288262618(17)087844(10)LX6W1", "DEVICE_ID")]),
    ("Implant: UDI +H123PROD1/$$+3260311SER12345 logged", [("+H123PROD1/$$+3260311SER12345", "DEVICE_ID")]),
    ("Pump SN +H77HB076323/$$+DUJNCP returned", [("+H77HB076323/$$+DUJNCP", "DEVICE_ID")]),  # counted once
    ("Safety screening: spinal cord stimulator (SN DLX072994H per the implant card).", [("DLX072994H", "DEVICE_ID")]),
    # a death is a real-year date ("expired" is no expiry cue), a licence's expiry stays one
    ("Pt expired 2019-03-04 with a lot of family at the bedside.", [("2019-03-04", "DATE_REAL_YEAR")]),
    ("Father expired on 03/04/2019 (lot of stress since).", [("03/04/2019", "DATE_REAL_YEAR")]),
    ("Driver's license S1234567 exp 03/31/2027", [("S1234567", "LICENSE"), ("03/31/2027", "DATE_REAL_YEAR")]),
    # an SSN that starts "00" is no international phone number; real ones are
    ("Rehab referral packet includes SSN 007 29 8917 and insurance.", [("007 29 8917", "SSN")]),
    ("Daughter in Moscow: 007 495 123 4567; son in the US: 001 617 555 0100.",
     [("007 495 123 4567", "PHONE"), ("001 617 555 0100", "PHONE")]),
    ("Image link https://share.example-imaging.net/s/NCQ6J64R.",
     [("https://share.example-imaging.net/s/NCQ6J64R", "URL")]),     # no "s/N" serial cue in a path
]
ROUND15_LEAVES = [
    # label policy: a UDI with device identifier and batch data only (GTIN, lot, manufacture and expiry dates)
    "Implant: UDI (01)08430439493571(10)WJ4R0T0",
    "   UDI (01)00889023079522(17)260823(10)UJ6832-92\nGTIN 00761788584234; UDI (01)00761788584234(11)240101",
    "Implant: UDI +HXBZV7060750/$$32603113AENNY",
    # expiry dates of implants, drugs and vaccines
    "REF 933-19-83B  LOT UJ6832-92  SN ___  EXP 2026-08-23",
    "Lot: AB123\nExp: 08/2026",
    "Tdap given, lot AC52B030AA, exp 12/2025.",
    "Fluzone vial, expiration date 08/23/2026.",
    "Vaccine lot 4512AB expires Aug 2026.",
    "EXP 2026-08-23 LOT 4567; Exp. date 23-AUG-2026 (ref 71351751)",
    # "DL" inside a lot is no driver's licence cue
    "REF 71351751  LOT DL9542-69",
    # no account system in the brackets; no age after "at"/"turned"
    "Encounter (video): 45 minutes; visit (2 of 3) done; claim number (same as above) ___.",
    "At ninety degrees of flexion the knee is stable; turned 90 degrees in bed; turned q2h in the night.",
    # no resident number; no bar number
    "Resident no longer on service; resident # pending; grab bar #2 installed; BBO pending.",
]

# round 16 (after corpora 21 and 22): an address with the plot or door number first, an age in words in brackets after
# "age", a commercial driver's licence number in brackets; a public line's number named right before it is no one's
ROUND16_FINDS = [
    ("Permanent address in India: No. 52, Temple Street, Madurai", [("No. 52, Temple Street", "STREET_ADDRESS")]),
    ("Door No. 209, Bazaar Road, Kochi", [("Door No. 209, Bazaar Road", "STREET_ADDRESS")]),
    ("Permanent address in Ethiopia: Plot 24, Market Road, Jimma", [("Plot 24, Market Road", "STREET_ADDRESS")]),
    ("House 124, Mission Road, Pokhara", [("House 124, Mission Road", "STREET_ADDRESS")]),
    ("Given his age (ninety-three), the goals of care were revisited.", [("ninety-three", "AGE_OVER_89")]),
    ("Holds a Class A CDL (no. F37777002); may not drive commercially.", [("F37777002", "LICENSE")]),
    ("Holds a Class A CDL (no. 734 396 835); may not drive commercially.", [("734 396 835", "LICENSE")]),
    # a patient's own number after a line named elsewhere is still a phone
    ("Hotline staff called her cell, 617-555-0134, twice.", [("617-555-0134", "PHONE")]),
]
ROUND16_LEAVES = [
    "Case discussed with the CDC Malaria Hotline (770-488-7788) for guidance.",
    "the CDC Malaria Hotline / 770-488-7788. Transitioned to Coartem.",
    "CDC Emergency Operations Center (770-488-7100) was contacted.",
    "Regional Poison Control Center: 617-232-2120.",
    "No. 3 of 4 sessions; plot 2 of the survival curve; house 5 (of 6) staff.",
]

# round 17 (after corpora 23 and 24, genetics/neurology and forensic paperwork): a remark in brackets between a cue and
# its value (fax, licence, SSN, patient ID), a psychologist's licence, a lab requisition or specimen number, an age in
# words after "lived to", a labelled age with a remark after it; a ventilator setting after a device name is no serial
ROUND17_FINDS = [
    ("Fax (records release, signed authorization on file): 617.522.9924\n", [("617.522.9924", "FAX")]),
    ("Driver's license (per trooper's report): S91673653.", [("S91673653", "LICENSE")]),
    ("Petition form item 4 (SSN of respondent): 866828777\n", [("866828777", "SSN")]),
    ("Patient ID (ED tracking): 4827361\n", [("4827361", "MRN")]),
    ("Evaluating psychologist license #88572\n", [("88572", "LICENSE")]),
    ("accession: ___   Requisition: YTN4827361\n", [("YTN4827361", "ACCOUNT")]),
    ("Order #: ___   Requisition: REQ-2024-88123\n", [("REQ-2024-88123", "ACCOUNT")]),
    ("Specimen ID 16S-48213 (EDTA whole blood) received", [("16S-48213", "ACCOUNT")]),
    ("Her maternal great-aunt lived to ninety-eight with a tremor.", [("ninety-eight", "AGE_OVER_89")]),
    ("Age at time of event: 95 years (per requisition).", [("95", "AGE_OVER_89")]),
    ("Insulin pump: ABC-12345;", [("ABC-12345", "DEVICE_ID")]),
]
ROUND17_LEAVES = [
    "BiPAP initiated at night (IPAP 15, EPAP 4). CPAP (EPAP 8) at home.",
    "Requisition form signed; requisition pending.",
    "Age at onset: 45 years (per mother).",
]

# round 18 (after corpora 25 and 26, nephrology/device clinic and dermatology/ophthalmology/ENT): where a patient ID
# was issued between its label and the colon, an age in words before a column gap, a ZIP "on file", a serial number
# with a remark in brackets; "use by" and "best before" mark an expiry date
ROUND18_FINDS = [
    ("Patient ID at Kestrel Ridge Dialysis: 32658431 (per their face sheet).", [("32658431", "MRN")]),
    ("Patient ID at ___: TK-01071 (per their face sheet).", [("TK-01071", "MRN")]),
    ("Name: ___\nAge: ninety-one     Sex: M", [("ninety-one", "AGE_OVER_89")]),
    ("Mailing ZIP code on file is 05735-4767. Final report faxed.", [("05735-4767", "ZIP")]),
    ("Implant serial (patient card): 86SRU3WP\n", [("86SRU3WP", "DEVICE_ID")]),
    ("DOB 03/04/1931, use by the family", [("03/04/1931", "DATE_REAL_YEAR")]),
]
ROUND18_LEAVES = [
    "Stent lot 12345 best before 2027-01-31",  # (round 21: a lot names a batch; the expiry is none either)
    "  Implant model: Cochlear Nucleus CI632 (Slim Modiolar)   Lot L27986   Use by May 2026",
    "  Implant model: MED-EL Synchrony 2 FLEX28   Lot T28-4463   Use by 01/2026",
    "Patient ID at ___ was confirmed. Age: ninety percent of the time.",
]

# round 19 (after corpora 27 and 28, pulmonology/sleep and endocrinology/bariatric): a sleep or respiratory
# technologist's registry number, an NPI right after a credential, a serial after "serial of <device>:", a lettered
# requisition number without a colon; a help site's page with a dotted personal handle is a person's, a national
# society's page is not, and a version after "software <product>" is no address
ROUND19_FINDS = [
    ("Scoring technologist credential: RPSGT no. 375670\nImpression: severe OSA", [("375670", "LICENSE")]),
    ("Therapist: ___, RRT #1048872, present for titration.", [("1048872", "LICENSE")]),
    ("Completed by: ___ MD 1200705550\n", [("1200705550", "LICENSE")]),
    ("Prescriber: ___, MD   NPI 1986067225   Office ___", [("1986067225", "LICENSE")]),
    ("Serial of dispensed concentrator: IVC7436137\nUDI (box label): ___", [("IVC7436137", "DEVICE_ID")]),
    ("serial of the insulin pump: PJN1234567\n", [("PJN1234567", "DEVICE_ID")]),
    ("Specimens to pathology: requisition ORD10357424\n", [("ORD10357424", "ACCOUNT")]),
    ("Patient-provided share link https://docs.breathe-log.app/u/marisol.lindqvist/oxygen-diary.",
     [("https://docs.breathe-log.app/u/marisol.lindqvist/oxygen-diary", "URL")]),
    ("Visit caringbridge.org/visit/janedoe for updates; education at www.cdc.gov/sleep",
     [("caringbridge.org/visit/janedoe", "URL")]),
    ("Server IP 10.2.3.4 unreachable; software IPv4 10.2.3.5",
     [("10.2.3.4", "IP_ADDRESS"), ("10.2.3.5", "IP_ADDRESS")]),
]
ROUND19_LEAVES = [
    "Patient education: https://asmbs.org/patients\n\nFollowup Instructions:",
    "Docs: https://docs.zoom.us/doc/abc; help: https://support.zoom.com/hc/en-us/articles/201362193",
    "DXA on Hologic Horizon A, software APEX 5.6.0.5; lumbar spine, bilateral hips.",
    "the requisition form was signed; MD 555-1234",
]

# round 20 (after corpora 29 and 30, rheumatology/infusion/pain and pathology/autopsy/blood bank): an SSN read off a
# form, a lettered specimen, case or order number after its label, an accession with a letter after its dash, an MRN
# read off a card or given in brackets, a ZIP after a street line and a town with no state; a software version after
# a scanner maker's model is no address
ROUND20_FINDS = [
    ("Registration discrepancy: SSN on the outside requisition reads 788 91 3378; referred to HIM.",
     [("788 91 3378", "SSN")]),
    ("Patient: ___     MRN: ___\nBB specimen: BB16-341099     Encounter/FIN: ___", [("BB16-341099", "ACCOUNT")]),
    ("Case: C19-6972     Patient name: ___", [("C19-6972", "ACCOUNT")]),
    ("ME CASE:  OCME-2016-2819     BODY RECEIVED:  ___", [("OCME-2016-2819", "ACCOUNT")]),
    ("Accession: ___     Order: O409887101\n", [("O409887101", "ACCOUNT")]),
    ("Reference laboratory: ___, reference accession HPM-X1536094, received ___", [("HPM-X1536094", "ACCOUNT")]),
    ("listing anti-E and anti-Jka; outside MRN on card MV8111954.\n", [("MV8111954", "MRN")]),
    ("labeled with the patient's name (___) and medical record number (3156214).", [("3156214", "MRN")]),
    ("12 Bright Circle, Apt 3D, Attleboro 04429\n",
     [("12 Bright Circle, Apt 3D", "STREET_ADDRESS"), ("04429", "ZIP")]),
    ("Hologic uplink from IP 10.20.30.40 failed", [("10.20.30.40", "IP_ADDRESS")]),
    # (a serial with dashes after a device's SN label: found by two rules, counted once)
    ("Insulin pump SN: EX-8472347\nSeen by ___", [("EX-8472347", "DEVICE_ID")]),
    ("Insulin pump SN: 1S3A-54-7702\n", [("1S3A-54-7702", "DEVICE_ID")]),
]
ROUND20_LEAVES = [
    "TECHNIQUE:  Hologic Discovery W, APEX 4.0.2.7; reference database NHANES II",
    "TECHNIQUE:  GE Lunar iDXA, enCORE 18.0.2.1; reference database NHANES II",
    "Case: 2 of 3 reviewed; order: stat.",
]

# round 21 (after corpora 31 and 32, critical care/cardiothoracic and urology/gynaecology/reproductive medicine): an
# accession or specimen number with letters between digit groups, "Acc:", a spaced SSN on a registration document's
# label, a pump's serial right after the word, "Record no.:" and "Chart:" before an MRN, "ZIP code on file:"; no
# hits: an LVAD controller's version, an asset tag, a supply or implant table's expiry column
ROUND21_FINDS = [
    ("MRN: ___   Accession #: 2000D4952   DOB: ___", [("2000D4952", "ACCOUNT")]),
    ("Pleural fluid specimen #41-AA-82535 sent for cell count.", [("41-AA-82535", "ACCOUNT")]),
    ("Unit No: ___   DOB: ___   Acc: CT24-23949\nPriority: STAT", [("CT24-23949", "ACCOUNT")]),
    ("Per the registration face sheet: 785 66 2341. Family requests updates.", [("785 66 2341", "SSN")]),
    ("Equipment log: pump S3562835 interrogated, log files downloaded.", [("S3562835", "DEVICE_ID")]),
    ("Hourly parameters (pump 34714245):", [("34714245", "DEVICE_ID")]),
    ("Intended parent: ___   DOB: ___   Record no.: 466-13-55\n", [("466-13-55", "MRN")]),
    ("Name: ___     DOB: ___     Chart: 78448300\n", [("78448300", "MRN")]),
    ("ZIP code on file: 03457\n", [("03457", "ZIP")]),
    ("Port serial number VJKHPK.", [("VJKHPK", "DEVICE_ID")]),  # capitals with no vowel: no word
]
ROUND21_LEAVES = [
    "Equipment log: pump ___ interrogated, log files downloaded (controller 2.3.5.218).",
    "  #  Medication          Qty  NDC             Lot         Exp\n"
    "  1  Progesterone        3    24596-5728-4  CN922963  2027-07-22\n"
    "  2  Ovidrel             1    49473-7358-6  G64D8118  Aug 2025\n"
    "  3  Menopur             10   63915-3848-9  8924  07/2029\n",
    "Item            | Lot       | Expires\nIOL             | L10328    | 11/2028\n"
    "Viscoelastic    | 1457778   | 2028-07-28",
    "Chart: reviewed, 2 pages. Acc: ___. ZIP code on file: ___",
    "Port serial number UNKNOWN; serial number PENDING.",
]


ROUND22_FINDS = [
    ("Please fax signed 485 back to 617 490 5069 within 48 h.", [("617 490 5069", "FAX")]),
    ("Please fax signed 485 back to (508) 572-2532 within 48 h.", [("(508) 572-2532", "FAX")]),
    ("Label: ___\nMR 007865250\nRECOMMENDATION(S):", [("007865250", "MRN")]),
    ("Addendum: Label: ___ / MR 487-80-705 / IMPRESSION:", [("487-80-705", "MRN")]),
    ("Order requisition V581927571 placed for supplies.", [("V581927571", "ACCOUNT")]),
    ("Pathology specimen 06683289 - final report pending.", [("06683289", "ACCOUNT")]),
    ("Requisition: S28-35030\n", [("S28-35030", "ACCOUNT")]),
    ("Specimen ORD-2321913 sent to pathology (femoral head).", [("ORD-2321913", "ACCOUNT")]),
    ("Ins ID# W46190449 (secondary)", [("W46190449", "HEALTH_PLAN")]),
    ("SSN: ___ Ins ID# 98-4262307-04 (secondary)", [("98-4262307-04", "HEALTH_PLAN")]),
    ("- Medicare MBI 80-4837601-03 on file.", [("80-4837601-03", "HEALTH_PLAN")]),
    ("Mailing ZIP updated to 02419 for supply shipments.", [("02419", "ZIP")]),
    ("Addendum: Delivery region: 02195-6081\n", [("02195-6081", "ZIP")]),
    ("On-call fellow: p7978\n", [("7978", "PAGER")]),
    ("On-call fellow: p(860) 802-8936\n", [("(860) 802-8936", "PAGER")]),
]
ROUND22_LEAVES = [
    "Moderate MR 2+; MR 3 mm jet. Specimen 2 of 3 sent. Requisition: pending.",
    "SSN on requisition: ___. Ins ID# ___ (secondary). Delivery region: ___",
    "Full-spine biplanar low-dose system, software sterEOS 1.8.4.7.",
    "Fellow: p53 and p16 stains pending.",
]


ROUND23_FINDS = [
    ("Dosimetry paged (213-4139) re: plan revision.", [("213-4139", "PAGER")]),
    ("Attending attestation follows.\nPage 768844\n", [("768844", "PAGER")]),
    ("Pt recited her social, 072 28 4350, for the pharmacy.", [("072 28 4350", "SSN")]),
    ("PLAN CHECK LOG\nPatient: ___     ID: 307-99-98\nPlan ID: LT_BREAST_VMAT_v3", [("307-99-98", "MRN")]),
    ("Sibling's chart (003165993) was opened in error and closed.", [("003165993", "MRN")]),
    ("Serial #: ___\nReq. No. H60-78726\n", [("H60-78726", "ACCOUNT")]),
    ("Lab order REQ-9269-7153 was cancelled and reordered.", [("REQ-9269-7153", "ACCOUNT")]),
    ("Visit type: in person\nF 781.833.5353\n", [("781.833.5353", "FAX")]),
    ("Family recently moved to the 03750 area.", [("03750", "ZIP")]),
    ("Sensor transmitter PUM1255928H replaced after failure.", [("PUM1255928H", "DEVICE_ID")]),
    ("Home tel ___\nAge/Sex: 96/M\nSigned: ___", [("96", "AGE_OVER_89")]),
]
ROUND23_LEAVES = [
    "Bladder capacity 480 mL (expected for age 390 mL); post-void residual 12 mL.",
    "Patient: ___     Plan ID: PROST_SV_VMAT_v3     Course: C1",
    "Lab order placed; chart (2 pages) reviewed. Page 2 of 3. F/u in 2 weeks.",
    "Age/Sex: 64/F. Family moved to the area. Transmitter replaced.",
]

ROUND24_FINDS = [
    ("Callback numbers:\n617 555 0142 (fax)\n___ (phone)", [("617 555 0142", "FAX")]),
    ("Emergency contact: ___ / 508.555.0199 (fax)\n", [("508.555.0199", "FAX")]),
    ("Home: 617 555 0100 (cell)", [("617 555 0100", "PHONE")]),
    ("Pager 41-872\nVitals stable.", [("41-872", "PAGER")]),
    ("beeper 663 2107 - OB anesthesia", [("663 2107", "PAGER")]),
    ("Covering team / p. 6-3310 / aware", [("6-3310", "PAGER")]),
    ("Peds on call / p. 617-555-0133 / aware", [("617-555-0133", "PAGER")]),
    ("Results given to ordering provider, p382 4471.", [("382 4471", "PAGER")]),
    ("SSN/TIN 231 54 8812\n", [("231 54 8812", "SSN")]),
    ("| SSN | 231548812 |", [("231548812", "SSN")]),
    ("MRN: NB 604411\n", [("NB 604411", "MRN")]),
    ("see mother's chart 5521 0934\n", [("5521 0934", "MRN")]),
    ("see mother's chart MR-440-1931\n", [("MR-440-1931", "MRN")]),
    ("PORTABLE\n[00713322] ___, ___\nINDICATION: RDS", [("00713322", "MRN")]),
    ("Acct: 3314 8820 1177\n", [("3314 8820 1177", "ACCOUNT")]),
    ("Order no. ORD 4418 2290\n", [("ORD 4418 2290", "ACCOUNT")]),
    ("Specimen PLC-4471-0932 sent to pathology.", [("PLC-4471-0932", "ACCOUNT")]),
    ("Specimen KT41-D20931 sent to pathology.", [("KT41-D20931", "ACCOUNT")]),
    ("Procedure date: ___   Case #: TEE55120934\n", [("TEE55120934", "ACCOUNT")]),
    ("Lab requisition 7710 2284 9013 went with the specimen.", [("7710 2284 9013", "ACCOUNT")]),
    ("Policy no. QRT 441 902 318\n", [("QRT 441 902 318", "HEALTH_PLAN")]),
    ("Coverage verified, policy KLM 220 913 55, copay applies.", [("KLM 220 913 55", "HEALTH_PLAN")]),
    ("Coverage: ___ plan, ID# R44190283K\n", [("R44190283K", "HEALTH_PLAN")]),
    ("| Medicaid | T22-903114-07 | infant pending |", [("T22-903114-07", "HEALTH_PLAN")]),
    ("___, MD  Lic# 552 901 447\n", [("552 901 447", "LICENSE")]),
    ("___, RN  lic. 30921-QT\n", [("30921-QT", "LICENSE")]),
    ("___, MD  Lic# H410-2291-0835\n", [("H410-2291-0835", "LICENSE")]),
    ("| ___ | ___ | VT | 05401 |", [("05401", "ZIP")]),
    ("Great-grandma is 93 and plans to visit.", [("93", "AGE_OVER_89")]),
    ("PGGM (97 y) attended the delivery.", [("97", "AGE_OVER_89")]),
    ("Paternal great-grandfather (alive, 98).", [("98", "AGE_OVER_89")]),
    ("Her grandfather, now 94.", [("94", "AGE_OVER_89")]),
    ("| Age | 102 |", [("102", "AGE_OVER_89")]),
    ("The pump controller serial is 558120.", [("558120", "DEVICE_ID")]),
]
ROUND24_LEAVES = [
    "Anticoagulation Service   Visit 22-MAR-2131\nPatient ___   Unit No. ___",
    "Group B strep negative. Group 2 class. MGM (67 y) attended.",
    "Significance (p. 0.03) and p. 12 of the protocol. Page 2 of 3.",
    "QTc 441 ms; Visit 3 of 12; serial is pending.",
]

ROUND25_FINDS = [
    ("Slept 3 hrs.\n617 284 7817 (fax, probation office)\n", [("617 284 7817", "FAX")]),
    ("| Outside records | ___ | F (262) 688-9515 |\n", [("(262) 688-9515", "FAX")]),
    ("If agitation recurs, page #3319 before giving IM medication.", [("3319", "PAGER")]),
    ("If agitation recurs, page #(617) 555-0177 before giving IM medication.", [("(617) 555-0177", "PAGER")]),
    ("Vitals stable.\np40912 trauma chief\n", [("40912", "PAGER")]),
    ("| C/L fellow | ___ | p617-555-0162 |", [("617-555-0162", "PAGER")]),
    ("Urine tox specimen 8812 4410 57 sent for confirmation.", [("8812 4410 57", "ACCOUNT")]),
    ("Billing acct 5521 7730 19 flagged for free care.", [("5521 7730 19", "ACCOUNT")]),
    ("Requisition B4410-2291-07 - EEG, routine.", [("B4410-2291-07", "ACCOUNT")]),
    ("Requisition 55120-4471 - EEG, routine.", [("55120-4471", "ACCOUNT")]),
    ("PCR number: W55120934\n", [("W55120934", "ACCOUNT")]),
    ("Evidence kit #KT-4471093 sealed and given to officer.", [("KT-4471093", "ACCOUNT")]),
    ("Incident # 17-552093\n", [("17-552093", "ACCOUNT")]),
    ("Medicare MBI KTR 44120 9931\n", [("KTR 44120 9931", "HEALTH_PLAN")]),
    ("Member ID: QZA 55012 7741\n", [("QZA 55012 7741", "HEALTH_PLAN")]),
    ("Examiner: ___, RN    Lic 5521-0934\n", [("5521-0934", "LICENSE")]),
    ("Paramedic cert P5512093\n", [("P5512093", "LICENSE")]),
    ("NREMT #E114-2209-3341\n", [("E114-2209-3341", "LICENSE")]),
    ("| Zip | 01432 |", [("01432", "ZIP")]),
    ("Home: ___ 01432\n", [("01432", "ZIP")]),
    ("Pt merged with old record K41 55093.", [("K41 55093", "MRN")]),
    ("Merged duplicate record 441 2093 into current chart.", [("441 2093", "MRN")]),
]
ROUND25_LEAVES = [
    "Board cert pending. Home: ___ lives alone. Page # of 3 missing.",
    "p53 and p16 stains positive; p120 catenin retained.",
    "Run # ___; incident reviewed; requisition pending.",
]
# round 26 (tuned on corpora 41-42: revenue cycle and HIM paperwork, international patients): X12 and HL7 segments,
# dot leaders and grouped member ids, payer and department references, outside hospitals' record labels, aircraft
ROUND26_FINDS = [
    ("Subscriber ID........W552190348\n", [("W552190348", "HEALTH_PLAN")]),
    ("| Member ID | KVA 7710 2294 |", [("KVA 7710 2294", "HEALTH_PLAN")]),
    ("Auto policy no 552 7710 294 (PIP)\n", [("552 7710 294", "HEALTH_PLAN")]),
    ("Memebr ID Z4410293356\n", [("Z4410293356", "HEALTH_PLAN")]),
    ("Payer: ___; ID QRT 5512 0934; claims to follow.", [("QRT 5512 0934", "HEALTH_PLAN")]),
    ("Card: Peru plan, card number 2 551 772093 4410.", [("2 551 772093 4410", "HEALTH_PLAN")]),
    ("Subscriber ID: PE/TRV/5512093\n", [("PE/TRV/5512093", "HEALTH_PLAN")]),
    ("Ins ID on card: K55120\n", [("K55120", "HEALTH_PLAN")]),
    ("NM1*IL*1*___*___****MI*QZR551209341~", [("QZR551209341", "HEALTH_PLAN")]),
    ("NM1*QC*1*___*___****34*552 41 0934~", [("552 41 0934", "SSN")]),
    ("Denial ref: K55D120934\n", [("K55D120934", "ACCOUNT")]),
    ("Query ref R5512093 sent to coder.", [("R5512093", "ACCOUNT")]),
    ("Claim/Reference: 55120-93441-07\n", [("55120-93441-07", "ACCOUNT")]),
    ("Request #: R5512093\n", [("R5512093", "ACCOUNT")]),
    ("Appeal tracking # TRK551209.", [("TRK551209", "ACCOUNT")]),
    ("ICN 5512093441077\n", [("5512093441077", "ACCOUNT")]),
    ("Police report # K551209\n", [("K551209", "ACCOUNT")]),
    ("Orig. order: 551-209344\n", [("551-209344", "ACCOUNT")]),
    ("Case no.: 5512-093441\n", [("5512-093441", "ACCOUNT")]),
    ("Case #: C21-5512\n", [("C21-5512", "ACCOUNT")]),
    ("CLP*K55120934*1*$1,200.00*$800.00**12*___~", [("K55120934", "ACCOUNT")]),
    ("PV1|1|I|___||||___||||||||||||5512093441|", [("5512093441", "ACCOUNT")]),
    ("N3*4410 Quarry Hill Road~", [("4410 Quarry Hill Road", "STREET_ADDRESS")]),
    ("N4*___*NH*03301~", [("03301", "ZIP")]),
    ("PID-11: ___^^___^Vermont^05602", [("05602", "ZIP")]),
    ("DMG*D8*19480217*M~", [("19480217", "DATE_REAL_YEAR")]),
    ("DTP*472*D8*20190611~", [("20190611", "DATE_REAL_YEAR")]),
    ("DOI: 20180704\n", [("20180704", "DATE_REAL_YEAR")]),
    ("Reader: Dr. ___   Lic Maine 44.551209\n", [("44.551209", "LICENSE")]),
    ("Reader: Dr. ___   Lic NH 55KQ41209344\n", [("55KQ41209344", "LICENSE")]),
    ("Flight paramedic cert. P-55120\n", [("P-55120", "LICENSE")]),
    ("Prontuário nº 551.209-3 -- outside record\n", [("551.209-3", "MRN")]),
    ("Processo 55120934 -- outside record\n", [("55120934", "MRN")]),
    ("Číslo chorobopisu 551209/34 -- outside record\n", [("551209/34", "MRN")]),
    ("Hospital No. KLN/55120 -- outside record\n", [("KLN/55120", "MRN")]),
    ("Hospital No. 55120934 -- outside record\n", [("55120934", "MRN")]),
    ("Air ambulance OE-HKM (Learjet 45) on the ramp.", [("OE-HKM", "VEHICLE_ID")]),
    ("Rental car (plate 44-RT-09) in the garage.", [("44-RT-09", "VEHICLE_ID")]),
    ("Son abroad: (+351) 912 551 209.", [("(+351) 912 551 209", "PHONE")]),
    ("Fax: (11) 95512-0934\n", [("(11) 95512-0934", "FAX")]),
    ("Signed ___, MD  p4410\n", [("4410", "PAGER")]),
    ("Payer ID 55120 / Member ID: W552190348\n", [("W552190348", "HEALTH_PLAN")]),
    ("Spoke w/ adjuster / fx#6175512093 / PFS Rep\n", [("6175512093", "FAX")]),
    ("Lives at 41 QUARRY HILL PKWY #2D (walk-up).", [("41 QUARRY HILL PKWY #2D", "STREET_ADDRESS")]),
    ("Staying with a cousin at 70 Broadway, Unit 4, ___.", [("70 Broadway, Unit 4", "STREET_ADDRESS")]),
    ("Repatriation address: 130 Oke-Ado Street\n", [("130 Oke-Ado Street", "STREET_ADDRESS")]),
    ("Mailing ZIP for bills: 02144 (son's home).", [("02144", "ZIP")]),
    ("Tel.+55 32 9 5114 0372 (Portuguese speaker)", [("+55 32 9 5114 0372", "PHONE")]),
    ("Registration PWZ 5512093 checked.", [("5512093", "LICENSE")]),
    ("Arrived by ambulance, vehicle PR-ETV.", [("PR-ETV", "VEHICLE_ID")]),
]
ROUND26_LEAVES = [
    "Payer ID 55120; payor ID SX065.",
    "CT HEAD: 2 VIEW CT done; saw 3 BROADWAY shows.",
    "REF 4000-12 stent placed; Ref: M00561050 on the box.",
    "Group number 5512093; Group: H55120.",
    "Lead Exp. 07/2030 on the box; lead expiry 07.02.2026.",
    "Order: 2 units PRBC. Case ref: see above.",
    "N3*___~ N4*___*___*___~ DMG*D8*21480217*M~",
    "PV1|1|I|___||||___|||||||||||I|",
    "anterior cervical plate (C5-C6); plate: ok",
    "MD p53 positive; RN p16 negative.",
]
# round 27 (tuned on corpora 43-44: clinical research and trials, patient messages and telephone encounters)
ROUND27_FINDS = [
    ("eFax routed to\n617 551 2093 per SOP.", [("617 551 2093", "FAX")]),
    ("Coordinator: ___, BSN, CCRC | p (617) 551-2093 | ___", [("(617) 551-2093", "PAGER")]),
    ("Coordinator: ___, BSN, CCRC | p 8-5512 | ___", [("8-5512", "PAGER")]),
    ("Pgaer: 55120\n", [("55120", "PAGER")]),
    ("Beeper: 2-240\n", [("2-240", "PAGER")]),
    ("paged x2 (55120), no response", [("55120", "PAGER")]),
    ("page the IR fellow, 617-551-2093, with questions", [("617-551-2093", "PAGER")]),
    ("pls page me back 8-5512 -- ___", [("8-5512", "PAGER")]),
    ("SNN: 551 20 9344\n", [("551 20 9344", "SSN")]),
    ("Chart (MR#) 55120934 flagged as research participant", [("55120934", "MRN")]),
    ("Shipped with requisitions Q5512093, ___.", [("Q5512093", "ACCOUNT")]),
    ("| Requisition | Q5512093 |", [("Q5512093", "ACCOUNT")]),
    ("local lab; req Q5512093 | No", [("Q5512093", "ACCOUNT")]),
    ("Rx #: 5512093-41\n", [("5512093-41", "ACCOUNT")]),
    ("Subscriber no. 551 209 344 (spouse)", [("551 209 344", "HEALTH_PLAN")]),
    ("read the card over the phone: member 55-1209-34, group GRP-12185", [("55-1209-34", "HEALTH_PLAN")]),
    ("| State license | 55120 |", [("55120", "LICENSE")]),
    ("Transport by paramedic, cert P55120\n", [("P55120", "LICENSE")]),
    ("Dispensed by: ___, PharmD   RPh lic. 55120   at 20:20", [("55120", "LICENSE")]),
    ("| NPI | 1551209344 |", [("1551209344", "LICENSE")]),
    ("| Plate | 5FGE332 |", [("5FGE332", "VEHICLE_ID")]),
    ("Courier pickup zone 01185\n", [("01185", "ZIP")]),
    ("Received at the Core, ___, ___, 04172\n", [("04172", "ZIP")]),
    ("(01)00812345696763(17)261024(10)81508-1(21)6129129340\n",
     [("(01)00812345696763(17)261024(10)81508-1(21)6129129340", "DEVICE_ID")]),
    ("Interpreter cert. AB-12345 on file.", [("AB-12345", "LICENSE")]),
    ("Buprenorphine prescriber DEA AD-55120\n", [("AD-55120", "LICENSE")]),
]
ROUND27_LEAVES = [
    "Registration IRB00003982   FWA00009590 on file.",
    "Next visit: 14APR2142 at the clinic.",
    "Interpreter: ___ (ID #28493, Propio).",
    "Page the team in 2 hours.",
]

# round 28 (corpora 45-46, pharmacy and medication management; burn, plastic and hand surgery; blind after round 27)
ROUND28_FINDS = [
    ("Dispensed by ___ nuclear pharmacy, order IV1835829, lot DH3943K.", [("IV1835829", "ACCOUNT")]),
    ("CoverMyMeds key R3712420266 / key 63-8775243", [("R3712420266", "ACCOUNT"), ("63-8775243", "ACCOUNT")]),
    ("From: ___ (store ___ ), Rx 464884-01, last filled", [("464884-01", "ACCOUNT")]),
    ("Transferred Rx 79680551 from ___ with 3 refills.", [("79680551", "ACCOUNT")]),
    ("Supplier: ___ (unit dose)  Rx/Order 57360049", [("57360049", "ACCOUNT")]),
    ("ACC E29-025893\n", [("E29-025893", "ACCOUNT")]),
    ("ORC|NW|229-77395|||CM||", [("229-77395", "ACCOUNT")]),
    ("Safety event SR-678833. Safety report 61-82016 filed.", [("SR-678833", "ACCOUNT"), ("61-82016", "ACCOUNT")]),
    ("RX 87-320406   REFILLS 2   QTY 30", [("87-320406", "ACCOUNT")]),
    ("prescription no. 21938064\n", [("21938064", "ACCOUNT")]),
    ("WC claim 1531-49074-75\n", [("1531-49074-75", "ACCOUNT")]),
    ("Pharmacy order 40839125 verified.", [("40839125", "ACCOUNT")]),
    ("Mbr # G0427116086   BIN 610591  PCN MEDDADV", [("G0427116086", "HEALTH_PLAN")]),
    ("Prescriber DEA/NPI: ___ / 1435754936\n", [("1435754936", "LICENSE")]),
    ("Authorized user license no. 15580\n", [("15580", "LICENSE")]),
    ("Prepared by ___ , CPhT (reg. 320441) in ISO 5 PEC", [("320441", "LICENSE")]),
    ("CPhT reg. 398882\n", [("398882", "LICENSE")]),
    ("State medical license: 62.421101\n", [("62.421101", "LICENSE")]),
    ("___, RN  lic # 748.537547\n", [("748.537547", "LICENSE")]),
    ("Allergy list updated.\n\n(101 yrs)\n", [("101", "AGE_OVER_89")]),
    ("Questions answered.\n\np. 2678\n\nExam: grafts", [("2678", "PAGER")]),
    ("Witness: ___, RN\np. 1-0656\n", [("1-0656", "PAGER")]),
    ("Delivered by courier, vehicle reg M09-FH6.", [("M09-FH6", "VEHICLE_ID")]),
    ("| Vehicle | 2HV 808 |\n| Vehicle | HHX-9269 |", [("2HV 808", "VEHICLE_ID"), ("HHX-9269", "VEHICLE_ID")]),
]
ROUND28_LEAVES = [
    "Place order 2 for the second unit; order 500000 units? no.",
    "See p. 1234 of the reference, and p. 12 in the text.",
    "Key points: 3. Rx 2 refills. Age (65 yrs).",
]

ROUND29_FINDS = [
    ("[TC-SYS] CALLER_PHONE=3156490687 LINE=2", [("3156490687", "PHONE")]),
    ("[FAXSRV] job 4 pages to 5182629211 status=DELIVERED", [("5182629211", "FAX")]),
    ("[FAXSRV] job 4 pages to +1 207 582 8125 status=DELIVERED", [("+1 207 582 8125", "FAX")]),
    ("Lines and tubes.\n\np. 421-0959\n\nIMPRESSION:", [("421-0959", "PAGER")]),
    ("[ADT] PID-19=251 28 6268\n[ADT] PID-19=721173434\n",
     [("251 28 6268", "SSN"), ("721173434", "SSN")]),
    ("[ADT] PID-3=849372597^^^REF^MR\n", [("849372597", "MRN")]),
    ("[ADT] PV1-19=1069-281323\n[ADT] PV1-19=S82-71564 / PID-18=40071125\n",
     [("1069-281323", "ACCOUNT"), ("S82-71564", "ACCOUNT"), ("40071125", "ACCOUNT")]),
    ("Ins verified - ID UT3965851, grp G25207", [("UT3965851", "HEALTH_PLAN")]),
    ("Intubation performed on transport ventilator HMC6759653 per RT.", [("HMC6759653", "DEVICE_ID")]),
    ("Tail # AMB-6413\naircraft 9DT 047 lifted at 11:34", [("AMB-6413", "VEHICLE_ID"), ("9DT 047", "VEHICLE_ID")]),
    ("Tag # GOV 07393\n", [("GOV 07393", "VEHICLE_ID")]),
    ("Claim ENC68285637 was submitted to the county. Claim 6719336303 paid.",
     [("ENC68285637", "ACCOUNT"), ("6719336303", "ACCOUNT")]),
    ("Restraint incident report UOF-718419 filed by charge RN.", [("UOF-718419", "ACCOUNT")]),
    ("Lic. C.31101\n", [("C.31101", "LICENSE")]),
    ("Address: 12 Elm St, Boston, MA 02118-1234.", [("12 Elm St", "STREET_ADDRESS"), ("02118-1234", "ZIP")]),
]
ROUND29_LEAVES = [
    "| Naloxone (Narcan) | 4 mg IN | 34113-752-39 | L60LH380 | 11/26/2028 |",
    "| Buprenorphine ER (Sublocade) | 300 mg SC | 93237-218-44 | L11ZB299 | 2027-01 |",
    "Ventilator: Model 2965C, expiry 2029-03-23. Pump Model 3557-40, Exp: 01/2026.",
    "Home ventilator settings unchanged; transport ventilator 12 breaths.",
]

ROUND30_FINDS = [
    # dot leaders and aligned colons after a cue (a home-health form, an interpreter platform's log)
    ("SSN ............... 279213284\nAgency MR# ........ P4040925\nAccount # ......... EY7720012\n"
     "Age ............... 92\nSerial # .......... BD4519318\nPhysician NPI ..... 2935335085\n"
     "Delivery vehicle .. RXC 2473\n",
     [("279213284", "SSN"), ("P4040925", "MRN"), ("EY7720012", "ACCOUNT"), ("92", "AGE_OVER_89"),
      ("BD4519318", "DEVICE_ID"), ("2935335085", "LICENSE"), ("RXC 2473", "VEHICLE_ID")]),
    ("session_id     : VRI7985914\n", [("VRI7985914", "ACCOUNT")]),
    # seven-digit and local pagers
    ("Critical result: paged 950-9278, re-paged at 10:45.\nAlso: Pagr 285-4678 (IR fellow)\npgr 6716488\n"
     "(pager #6406895)\nepidemiologist paged to 8986409 at 02:58\ncall/page: 5-2027\n",
     [("950-9278", "PAGER"), ("285-4678", "PAGER"), ("6716488", "PAGER"), ("6406895", "PAGER"),
      ("8986409", "PAGER"), ("5-2027", "PAGER")]),
    ("Covering resident paged (3425838) re: need for in-person interpreter", [("3425838", "PAGER")]),
    ("Also: fax back\n1-774-218-0564 with the face-to-face note", [("1-774-218-0564", "FAX")]),
    # account cues: NHSN events, delivery tickets and sales orders, sessions and calls, predeterminations, cases
    ("NHSN Event #88137962652 entered. Possible CLABSI (NHSN event 71828409).",
     [("88137962652", "ACCOUNT"), ("71828409", "ACCOUNT")]),
    ("Ticket/SO #: 85-684124\nPer intake -- SO# 52995275 (replacement tubing)",
     [("85-684124", "ACCOUNT"), ("52995275", "ACCOUNT")]),
    ("Requisition: RQ741E7498   Requested by: ___", [("RQ741E7498", "ACCOUNT")]),
    ("Accession #: WO35275\nLab order/req RX-6392-28\nPredetermination reference PD6283819",
     [("WO35275", "ACCOUNT"), ("RX-6392-28", "ACCOUNT"), ("PD6283819", "ACCOUNT")]),
    ("Session ID=VS-11851536\n(interpreter ID ___, session 805947-T870). Vendor call ID: OPI848176572\n"
     "Patient Relations case GRV863239 opened. Interpreter request order 78452-87\n",
     [("VS-11851536", "ACCOUNT"), ("805947-T870", "ACCOUNT"), ("OPI848176572", "ACCOUNT"),
      ("GRV863239", "ACCOUNT"), ("78452-87", "ACCOUNT")]),
    # record numbers: a requisition's patient id is the MRN, not the requisition's number
    ("Patient ID on requisition: 00953514\nM0020 Patient ID Number: 01182028\nHospital MRN / agency ID: 354551239\n"
     "Chart HD-6776414 (merged with duplicate)",
     [("00953514", "MRN"), ("01182028", "MRN"), ("354551239", "MRN"), ("HD-6776414", "MRN")]),
    # licences: the NPI written out, "Lic# 921-8223", a typo
    ("M0018 National Provider Identifier (attending physician): 2660620669\nAlso: Lic# 921-8223\n"
     "Lisc # DEN.2941757",
     [("2660620669", "LICENSE"), ("921-8223", "LICENSE"), ("DEN.2941757", "LICENSE")]),
    # a payer and its plan type
    ("Blue Cross PPO # BXW580262179\nMassHealth Standard # FJF591627932\nBMC HealthNet # W790019973\n"
     "Ins: Delta Dental PPO, ID D710028-84\nMemeber ID W2765093668\nIns ID 34720-0584-06 (grp 127652)",
     [("BXW580262179", "HEALTH_PLAN"), ("FJF591627932", "HEALTH_PLAN"), ("W790019973", "HEALTH_PLAN"),
      ("D710028-84", "HEALTH_PLAN"), ("W2765093668", "HEALTH_PLAN"), ("34720-0584-06", "HEALTH_PLAN")]),
    ("Loaner amplifier unit ser# GW7976091 returned", [("GW7976091", "DEVICE_ID")]),
]
ROUND30_LEAVES = [
    "Delivery date: Feb 19 2180   Route 7   Tech: ___",                     # a shifted year, not a house number
    "Device: Kangaroo Joey ambulatory pump (E0431 RR KX) serial ___",      # HCPCS codes and modifiers
    "Homepump Eclipse ambulatory pump (K0001-RR) serial ___",
    "Dr. ___ paged at 1045 today; paged (0300) and again.",                 # times after "paged"
    "Phone     Fax\nSee below.",
    "NDC 34720-0584-06",                                                   # an NDC is no plan id
    "Chart 12345 reviewed.",
]

ROUND31_FINDS = [
    # pagers: "pg" or "p." and the number alone on a line, a role in brackets after it, a phone-shaped one
    # (a line's match consumes its line break, so of two such pager lines in a row only the first is read: RE2 has no
    # lookahead; a line between them here)
    ("intracranial abnormality.\npg 6-3689\n\nReport generated\npg 12434\nResp: 16\np. 73161 (IR fellow)\n\n"
     "p. 579-1019 (IR fellow)\nLabs:\npg (774) 436-8405\nReason for visit",
     [("6-3689", "PAGER"), ("12434", "PAGER"), ("73161", "PAGER"), ("579-1019", "PAGER"), ("(774) 436-8405", "PAGER")]),
    # record numbers: a client's number, a bracketed number after the masked patient, "MR" and a letter
    ("Client #: 1027899   Visit: 2149-08-28\nClient: ___   Client ID: MR-9256724\nPt: ___  [187-66-32]  bed ___\n"
     "Pt: ___  [7900737]  bed ___\n(MR H0693049)\n",
     [("1027899", "MRN"), ("MR-9256724", "MRN"), ("187-66-32", "MRN"), ("7900737", "MRN"), ("H0693049", "MRN")]),
    # safety events and incidents, a bare requisition's seven digits, a specimen's letter-two-digit-number
    ("case entered as safety event 485714.\nSafety event report #SE-98965\nEvent #: PSE831787   Harm: F\n"
     "Event ID: SE-31988     Date: 2193-01-08\nIncident # SE-97397 (RL6)\nRequisition 9450349\n"
     "Specimen SP-69-96718 (explanted lead)\nVisit # CLM-15709-C",
     [("485714", "ACCOUNT"), ("SE-98965", "ACCOUNT"), ("PSE831787", "ACCOUNT"), ("SE-31988", "ACCOUNT"),
      ("SE-97397", "ACCOUNT"), ("9450349", "ACCOUNT"), ("SP-69-96718", "ACCOUNT"), ("CLM-15709-C", "ACCOUNT")]),
    # device numbers: an equipment control number, a device id read from the implant card, a misspelt serial
    ("ECN 7692-8170-E  (biomed asset)\nDevice ID from implant card: B1Z7649717\nSeiral # 0256705772\n",
     [("7692-8170-E", "DEVICE_ID"), ("B1Z7649717", "DEVICE_ID"), ("0256705772", "DEVICE_ID")]),
    # a hospital asset tag, never a plate: DEVICE_ID since round 31, as a scanner's DICOM serial is (round 21 left it,
    # when corpus 32 did; corpora 46 and 54 mask or label it)
    ("Asset: T312916    Equipment type: infusion pump\nAsset tag 4728-6949-N\n",
     [("T312916", "DEVICE_ID"), ("4728-6949-N", "DEVICE_ID")]),
    ("Lithotripter: Storz Modulith SLX-F2 (asset tag BME-6462, software 1.8.15), fluoroscopic targeting",
     [("BME-6462", "DEVICE_ID")]),
    # a ZIP glued to its state after a masked town
    ("___ ME01493\n___ Vermont03423\n___ Rhode Island36418-4089\n",
     [("01493", "ZIP"), ("03423", "ZIP"), ("36418-4089", "ZIP")]),
    # a maker's toll-free fax is its public line; a local fax on the same line is still a fax
    ("Acknowledgement form returned to firm fax 1-888-732-0915. Clinic fax 617-555-0101",
     [("617-555-0101", "FAX")]),
]
ROUND31_LEAVES = [
    "Acknowledgement form returned to firm fax 1-888-732-0915.\nSigned: ___, Director",   # a maker's toll-free fax
    "Questions: manufacturer's fax line 866-488-9051; MedWatch fax 1-800-332-0178",
    "See pg 12 of the manual; p. 45 (table 3).",                                          # page numbers
    "Event #: 3   Harm: none",                                                           # a short event count
    "Requisition 12 of 14",
    "asset management reviewed 2 pumps; asset 5 of 12",
]

ROUND32_FINDS = [
    # a "|" table's column: the header cell names the category, the data row's cell holds the value (any of the first
    # four columns; the first data row with a value of the right shape; a phone-shaped fax or pager is no PHONE)
    ("| Recipient | Fax | Pages |\n|---|---|---|\n| ___ | 601-233-9023 | 3 |\n\n"
     "| On call | Pager |\n|---|---|\n| ___ | 803 505 0994 |\n\n"
     "| Name | SSN | DOB |\n|---|---|---|\n| ___ | 377559962 | ___ |\n",
     [("601-233-9023", "FAX"), ("803 505 0994", "PAGER"), ("377559962", "SSN")]),
    ("| MRN | Visit |\n|---|---|\n| E240753 | ___ |\n\n| Examiner | NPI |\n|---|---|\n| ___ | 1211690429 |\n\n"
     "| Plan | Member ID |\n|---|---|\n| ___ | 427-455-882 |\n",
     [("E240753", "MRN"), ("1211690429", "LICENSE"), ("427-455-882", "HEALTH_PLAN")]),
    ("| Unit | Plate | VIN |\n|---|---|---|\n| ___ | 7BAW126 | ___ |\n| Claim | Adjuster | Status |\n|---|---|---|\n"
     "| WC24-706620 | ___ | open |\n\n| Street | City | ZIP |\n|---|---|---|\n| ___ | ___ | 01822 |\n",
     [("7BAW126", "VEHICLE_ID"), ("WC24-706620", "ACCOUNT"), ("01822", "ZIP")]),
    # pagers: "(p." glued, a role after "page", "page" ending its line
    ("Contact ___ (p.950-788-3011) with questions.\nContact ___ (p.62305) with questions.\n"
     "pls page chaplain 35862 if family arrives\nIf no answer page the BAT supervisor, 330 601 5097.\n"
     "On-call audiologist - page\n7-5617\nEquipment: ___",
     [("950-788-3011", "PAGER"), ("62305", "PAGER"), ("35862", "PAGER"), ("330 601 5097", "PAGER"),
      ("7-5617", "PAGER")]),
    # record, claim, incident, referral and blood-bank band numbers; a form's aligned column
    ("pt# E769538\nClaimant: ___   Claim 144-80-088435   Carrier ___\nPlease reference claim WC25-483222 on all mail.\n"
     "Incident report no. IR-21-39669\n(A) Case no.                INC682343\nOPO referral # E54756592 given at 05:16\n"
     "BB band (Typenex) no. JC58046 checked at bedside.\n",
     [("E769538", "MRN"), ("144-80-088435", "ACCOUNT"), ("WC25-483222", "ACCOUNT"), ("IR-21-39669", "ACCOUNT"),
      ("INC682343", "ACCOUNT"), ("E54756592", "ACCOUNT"), ("JC58046", "ACCOUNT")]),
    # insurance ids: a trailing letter, dashed groups of three, letters and a dash; a member number after the plan
    ("Ins ID F312978143N\nIns ID MG16690T\nIns ID 630-029-824\nIns ID MBR-99760400 (hospice benefit)\n"
     "Forwarded to the health plan, member 668-912-086.",
     [("F312978143N", "HEALTH_PLAN"), ("MG16690T", "HEALTH_PLAN"), ("630-029-824", "HEALTH_PLAN"),
      ("MBR-99760400", "HEALTH_PLAN"), ("668-912-086", "HEALTH_PLAN")]),
    # a ZIP after "ZIP/Postal" or masked address parts split by slashes; "SSN or Employee I.D. No."; an instrument's id;
    # a fax server's name
    ("ZIP/Postal: 58499\nNotification letter: ___ / ___ / 01611\nSSN or Employee I.D. No.: 284897664\n"
     "Controlled-rate freezer ID PJN374010\nRightFax: sent to (972)465-7878, status DELIVERED",
     [("58499", "ZIP"), ("01611", "ZIP"), ("284897664", "SSN"), ("PJN374010", "DEVICE_ID"), ("(972)465-7878", "FAX")]),
]
ROUND32_LEAVES = [
    "| Recipient | Fax | Pages |\n|---|---|---|\n| ___ | ___ | 3 |\n",                    # the value masked
    "| Test | Result |\n|---|---|\n| Claim review | 12345 |\n",                          # no header names it
    "| Claim | Status |\n|---|---|\n| pending | open |\n",                               # no value's shape
    "Claim 2 of 3 approved. Page the covering resident twice.",
    "As reported (p.1234), the device failed.",                                         # a citation's page
    # a blood product's expiry: an ISBT 128 code on the line or up to three lines above
    "| 1 | W1358 23 206768 | E6209V00 | A POS | Exp 7 Aug 2029 | AHG | Compatible |\n"
    "| 2 | W2084 29 988226 | E8560B00 | O POS | Exp 06/07/2028 | EXM | Compatible |\n"
    "| 3 | W3630 23 429351 | E2270V00 | A POS | Exp 08/18/2025 | AHG | Cmp |",
    "Lower left  Product code   : E3101V00\n            Description    : CRYOPRECIPITATED AHF, Pooled\n"
    "Lower right Expiration     : Exp 11/13/2029 23:59",
]

ROUND33_FINDS = [
    # a fax label ending its line; a pager written "dd ddd" after "pgr", "page ... at" or ", p."; "Repaged" and its
    # number
    ("fax no.\n(413) 537-0635\nOn-call PharmD: pgr 90 404\nPlease page SLP at 23 519 with questions.\n"
     "-- RD, p. 73 243\n"
     "Repaged 7-1492 at 02:59; answered.\nRepaged +1 607 709 4568 at 0851.\nRepaged 0873 at 00:10; answered.\n",
     [("(413) 537-0635", "FAX"), ("90 404", "PAGER"), ("23 519", "PAGER"), ("73 243", "PAGER"), ("7-1492", "PAGER"),
      ("+1 607 709 4568", "PAGER"), ("0873", "PAGER")]),
    # a phone cue ending its line; a street before a double dash; a licence of letters and four digits
    ("Home tel\n6037551480 (landline)\nDeliveries (formula/pump) to 290A Birchmeadow Dr -- side door.\nLic: LDN3109\n",
     [("6037551480", "PHONE"), ("290A Birchmeadow Dr", "STREET_ADDRESS"), ("LDN3109", "LICENSE")]),
    # an event's, a specimen's and a claim's numbers
    ("Reported internally as event INC-764382 on ___.\nReported internally as event NF-138-37953.\n"
     "Specimen ID 684-B0930 (prealbumin/CRP)\nClaim C0433SG5237 pending for enteral supplies.\n",
     [("INC-764382", "ACCOUNT"), ("NF-138-37953", "ACCOUNT"), ("684-B0930", "ACCOUNT"), ("C0433SG5237", "ACCOUNT")]),
    # an insured's id after a dot leader; a Medicaid client identification number
    ("Insured's ID Number ....... TW28239X\nMedicaid CIN 443001599-44\nMedicaid CIN 1215FR53086\n",
     [("TW28239X", "HEALTH_PLAN"), ("443001599-44", "HEALTH_PLAN"), ("1215FR53086", "HEALTH_PLAN")]),
    # a biomedical tag is a device's, not a vehicle's; a two-row table with no separator row
    ("Biomed tag # 89YN049290\n| Device | S/N |\n| enteral pump | K19425408 |\n",
     [("89YN049290", "DEVICE_ID"), ("K19425408", "DEVICE_ID")]),
]
ROUND33_LEAVES = [
    "Auto-injector Z521092G Exp 2029-12-20. Auto-injector 6810963 exp Oct 2025.",  # a drug device's expiry
    "Maker's toll-free fax 888-978-4168. Returned for analysis; vendor fax (800) 665-7257.",  # a firm's public line
    "Repaged at 0300; the resident paged 0300 hours.",                                        # times
    "| Item | Qty |\n| gauze | 12 |\n",                                                    # no header names it
]

ROUND34_FINDS = [
    # a URL with a port; an aircraft's tail number after "tail", "by air" and in a table; a street on a county road
    ("Viewer: http://pacs-web.northridge.org:8443/view?acc=q7v2 and imaging.westvale.net:8080/study/41\n"
     "Flown in by helicopter, tail N724QA; return flight by air (N55R). | Aircraft | N3318 | ETA | 14:10 |\n"
     "Found down at 118 County Rd 12 by a neighbour.\n",
     [("http://pacs-web.northridge.org:8443/view?acc=q7v2", "URL"), ("imaging.westvale.net:8080/study/41", "URL"),
      ("N724QA", "VEHICLE_ID"), ("N55R", "VEHICLE_ID"), ("N3318", "VEHICLE_ID"),
      ("118 County Rd 12", "STREET_ADDRESS")]),
    # a ZIP after a masked town with a comma, on an "addr" line, in brackets after a rural area; a fax label ending
    # its line
    ("Mailing addr: ___, 04672\nForwarded to ___, 03301-4417 on request.\n"
     "Farm in a rural area (05061), no cell signal.\nReferring office fax:\n(802) 441-9076\n",
     [("04672", "ZIP"), ("03301-4417", "ZIP"), ("05061", "ZIP"), ("(802) 441-9076", "FAX")]),
    # a transfer centre's case; letters, a dash, letters and digits after requisition, order and claim cues
    ("Transfer Center case TC-8817204 opened.\nRequisition: NR-QX40417\nRequisition: TS-24-55190\n"
     "Order #NR-JB20934 -- MRI brain\nClaim no. NS-PT7740 denied.\n",
     [("TC-8817204", "ACCOUNT"), ("NR-QX40417", "ACCOUNT"), ("TS-24-55190", "ACCOUNT"), ("NR-JB20934", "ACCOUNT"),
      ("NS-PT7740", "ACCOUNT")]),
    # spaced member ids after "Ins ID" and "member"; a secondary coverage's id
    ("Ins ID QRT 4410 2291\nIns ID K2281 40713\nfiled under member H7715 22046.\ntertiary coverage ID: 771209345-02\n",
     [("QRT 4410 2291", "HEALTH_PLAN"), ("K2281 40713", "HEALTH_PLAN"), ("H7715 22046", "HEALTH_PLAN"),
      ("771209345-02", "HEALTH_PLAN")]),
    # a ten-digit pager; "(p. dddd)" after a role; a spaced asset tag
    ("Please page 6174420915 with results.\nthe vascular fellow ___ (p. 4418) agreed.\nCart asset tag BE 40817\n",
     [("6174420915", "PAGER"), ("4418", "PAGER"), ("BE 40817", "DEVICE_ID")]),
]
ROUND35_FINDS = [
    # a poison center's case number; an EMS run number before a "Unit:" field (no quantity's unit)
    ("Poison center case #: 26-889512\nPC case 84258302 (please reference on callback)\n"
     "EMS run #: R1991265   Unit: ___\nEMS run #: EMS-749774   Unit: 7\n",
     [("26-889512", "ACCOUNT"), ("84258302", "ACCOUNT"), ("R1991265", "ACCOUNT"), ("EMS-749774", "ACCOUNT")]),
    # a clinic's own toll-free fax stays a fax
    ("Send records to the clinic fax 1-855-429-8425.", [("1-855-429-8425", "FAX")]),
]

ROUND36_FINDS = [
    # a CAD incident number; New York's Medicaid CIN; an EMT-P's licence; an ambulance's plate with a letter suffix;
    # "paged to" a four-digit pager; a coroner's case, a donor id, a release number and a four-letter account
    ("CAD incident: HICS-7635-79\nCIN: WP15398A (active)\nEMT-P 420819 signed the PCR.\n"
     "Transported in ambulance plate 68294-AMB.\nThe on-call coordinator paged to 1531 at 1733h.\n"
     "Coroner case PA292251 -- released.\nDonorNet donor ID: YBBX618\nRelease no.: M212319\nAcct CABU448\n",
     [("HICS-7635-79", "ACCOUNT"), ("WP15398A", "HEALTH_PLAN"), ("420819", "LICENSE"), ("68294-AMB", "VEHICLE_ID"),
      ("1531", "PAGER"), ("PA292251", "ACCOUNT"), ("YBBX618", "ACCOUNT"), ("M212319", "ACCOUNT"),
      ("CABU448", "ACCOUNT")]),
    # the CIN after "Medicaid" is read by two rules and counted once
    ("Medicaid CIN: KM39813C (active)", [("KM39813C", "HEALTH_PLAN")]),
]

ROUND34_LEAVES = [
    "Dural graft, Lot 7730215, Use by (exp) 03/14/2028. Counted twice.",                # an expiry in brackets
    "| Evacuator kit | lot# 22K7715 | Use by (exp) 11/02/2027 | 2 |",                   # ... in a supply row
    "the resident (p. 2231 of the handbook) and page 7 of 12; tail of the pancreas N2.",  # no role before; no tail no.
    "| Employer | ___ |\n| Employer FEIN | ___ |\n",                                      # a key-value table
]

ROUND36_LEAVES = [
    "Device support 1-800-456-9100; vendor service fax 1-800-876-9962 (device maker).",  # a vendor's public fax
    "CIN 2 on biopsy; CIN: 3 on the excision.",                                          # a cervical lesion's grade
    "EMT 2 on scene; paged to the floor at 1733.",
]

ROUND35_LEAVES = [
    "Reference laboratory client services fax 855-912-1181; results also post to the EHR.",  # a vendor's public line
    "Customer service fax (877) 361-7740 for supply orders.",
    "Vancomycin account 1500000 units given; run 2 4000000 units over 2 h.",  # quantities, not accounts
]

ROUND37_FINDS = [
    # a vessel's IMO, official and hull numbers, MMSI, call sign and an aircraft's N-number
    ("Vessel: M/V Corliss Bay, IMO 9338215, flag Liberia\nO.N. D1048822\nOfficial No. 1193480\n"
     "HIN: MXP47120K506\nMMSI 338212904\ncall sign WDK4\nAircraft N-number N417RG\n",
     [("9338215", "VEHICLE_ID"), ("D1048822", "VEHICLE_ID"), ("1193480", "VEHICLE_ID"), ("MXP47120K506", "VEHICLE_ID"),
      ("338212904", "VEHICLE_ID"), ("WDK4", "VEHICLE_ID"), ("N417RG", "VEHICLE_ID")]),
    # a pilot's and an NREMT licence, a mariner's credential; SAR, P&I, animal-control and rabies case numbers and a
    # slashed claim reference; a "(p)" pager; a transport ventilator's id
    ("Pilot license no. SB-418\nMedic: ___, NREMT E-40917   Topside\nMMC ref. no. 381250\n"
     "USCG SAR case SAR-22-1187 opened.\nP&I ref MC402815\nMaintenance-and-cure claim PI-12/3391\n"
     "Animal control report #AC-23-11842\nHealth department rabies case DH508112\n"
     "Resident on call (p) 4417\nTransport ventilator ID LTV551230\n",
     [("SB-418", "LICENSE"), ("E-40917", "LICENSE"), ("381250", "LICENSE"), ("SAR-22-1187", "ACCOUNT"),
      ("MC402815", "ACCOUNT"), ("PI-12/3391", "ACCOUNT"), ("AC-23-11842", "ACCOUNT"), ("DH508112", "ACCOUNT"),
      ("4417", "PAGER"), ("LTV551230", "DEVICE_ID")]),
    # "(p)" before a local number read after a call cue: one PAGER, no PHONE
    ("Resident on call (p) 612-0934 overnight.", [("612-0934", "PAGER")]),
    # S.S.N. and a bracketed qualifier; MR: glued; ZIP of residence; a county route; an id after a plan and ", ID"
    ("S.S.N. 512 44 7190\nSSN (verified ___): 508331274\nMR:KT4409125\nZIP of residence: 12154\n"
     "Postal code - 13029\nThe dog is kept at 1180 Co Rt 41, Apt 2\nPlan: Medicaid managed care, ID RH40981M\n"
     "Ins ID#318QK40255\n",
     [("512 44 7190", "SSN"), ("508331274", "SSN"), ("KT4409125", "MRN"), ("12154", "ZIP"), ("13029", "ZIP"),
      ("1180 Co Rt 41, Apt 2", "STREET_ADDRESS"), ("RH40981M", "HEALTH_PLAN"), ("318QK40255", "HEALTH_PLAN")]),
]

ROUND37_LEAVES = [
    "Rabies vaccine: expired   Tag #: R-41120   Microchip: 985112233445566",  # a pet's rabies tag
    "IMO 2020 sulphur rules; call sign Medic 7; HIN not visible.",           # no vessel identifiers
    "Pilot study of 12 patients; NREMT course 2019.",
]

ROUND38_FINDS = [
    # a column-aligned form: the value after a gap of many blanks
    ("MRN                     E4471023\nPatient MR#           80431176\nUnit No                   7716402\n"
     "Soc. Sec. No.                 418229013\nMember ID               420118873-02\n"
     "Medicaid CIN          TB55012K\nNYS licence       25MA00417700\nReader licence                082241\n"
     "Pt ZIP                  12208-4410\nLaptop asset            HVR-BIO-01742\nVehicle plate               611-KRV\n"
     "Pager                 744-1029\n",
     [("E4471023", "MRN"), ("80431176", "MRN"), ("7716402", "MRN"), ("418229013", "SSN"),
      ("420118873-02", "HEALTH_PLAN"), ("TB55012K", "HEALTH_PLAN"), ("25MA00417700", "LICENSE"), ("082241", "LICENSE"),
      ("12208-4410", "ZIP"), ("HVR-BIO-01742", "DEVICE_ID"), ("611-KRV", "VEHICLE_ID"), ("744-1029", "PAGER")]),
    # a beeper "(on call)": one PAGER, no PHONE; dashes after the cue; a DEA registration; an event report
    ("| Beeper (on call) | 441-2087 | on file |\n- NPI (individual) -- 1437755902\nSSN -- 401 22 8765 -- entered\n"
     "| DEA registration | BK4410273 | pending |\nEvent report: IR55108\nSafety event report SE-410227 filed.\n"
     "Specimen 512044871 sent to pathology.\nMember: KLT 40911-03\n- ZIP -- 12866-0412\n"
     "Prior survey (acc. A4410986) compared.\nHotline intake/report # 17-220914 accepted.\n"
     "Radiology fellow paged (6410) at 02:10.\nTitle IV-E packet: 412 55 0931\nChart 702-114-58 reviewed.\n",
     [("441-2087", "PAGER"), ("1437755902", "LICENSE"), ("401 22 8765", "SSN"), ("BK4410273", "LICENSE"),
      ("IR55108", "ACCOUNT"), ("SE-410227", "ACCOUNT"), ("512044871", "ACCOUNT"), ("KLT 40911-03", "HEALTH_PLAN"),
      ("12866-0412", "ZIP"), ("A4410986", "ACCOUNT"), ("17-220914", "ACCOUNT"), ("6410", "PAGER"),
      ("412 55 0931", "SSN"), ("702-114-58", "MRN")]),
    # "Driver's lic." read by two licence rules and counted once; a typo'd licence; a hyphenated house number
    ("Driver's lic.               D4410283\nLiscense # 25MA07100400\nMet at 41-07 Route 9W.\n",
     [("D4410283", "LICENSE"), ("25MA07100400", "LICENSE"), ("41-07 Route 9W", "STREET_ADDRESS")]),
]

ROUND38_LEAVES = [
    "Pager                 ___\nMRN                     ___\n",        # masked values after a gap
    "Acc. to the family the child was well; paged (0300) overnight.",    # no account; a time
    "Event report pending; specimen sent.",
    "  U1-SN      113 deg    norm 103 +/- 6\n",  # a cephalometric angle in a column, no serial
]

ROUND39_FINDS = [
    # military and veterans' records: case, file and authorization numbers; the VA's ICN (no VIN); a DSN phone; an
    # overseas military ZIP; a unit or PSC box and a barracks room; CHAMPVA and the DoD benefits number
    ("MEB case # M4410275 opened.\nLOD #: AR-551802\nC-file # 412558031 on hold.\nAuthorization no. 40772K10553\n"
     "Integration Control Number: 1044102251V550418\nCMRN E410227731\nUnit duty (DSN) 441-2290\n"
     "Mail to PSC 4410 Box 227, APO AP 96204.\nDorm: Bldg 112, Rm 205\nCHAMPVA ID CV410552871\n"
     "DoD benefits no. 41022755108\nSubscr ID: K55102741\n",
     [("M4410275", "ACCOUNT"), ("AR-551802", "ACCOUNT"), ("412558031", "ACCOUNT"), ("40772K10553", "ACCOUNT"),
      ("1044102251V550418", "MRN"), ("E410227731", "MRN"), ("441-2290", "PHONE"),
      ("PSC 4410 Box 227", "STREET_ADDRESS"), ("96204", "ZIP"), ("Bldg 112, Rm 205", "STREET_ADDRESS"),
      ("CV410552871", "HEALTH_PLAN"), ("41022755108", "HEALTH_PLAN"), ("K55102741", "HEALTH_PLAN")]),
    # a paramedic's credential, "DEA Reg.", a lettered licence with a dash; a CPAP's SRN; a lettered specimen
    ("Medic: ___ (EMS credential P5510274)\nPrescriber DEA Reg. BT4410286\nDriver lic K4410-22871\n"
     "BiPAP SRN 44102755190 on the card.\nspecimen 41K5510274 to micro\n",
     [("P5510274", "LICENSE"), ("BT4410286", "LICENSE"), ("K4410-22871", "LICENSE"), ("44102755190", "DEVICE_ID"),
      ("41K5510274", "ACCOUNT")]),
    # a family's page with a handle after "Resources:" stays a hit
    ("Resources: https://caringbridge.org/visit/tamsin4410 (family updates)",
     [("https://caringbridge.org/visit/tamsin4410", "URL")]),
]

ROUND39_LEAVES = [
    "Seat 14, ticket #55-1027741 scanned at the gate.",             # an event ticket's number
    "Concert wristband ticket no. 41-5510274; lift ticket/pass: ticket # 22-4410277",
    "Public info: www.health.mil and https://www.army.mil/medicine.",  # government .mil sites
    "Crisis line for veterans: call 988 (press 1) or see www.veteranscrisisline.net.",
    "Radiology is in Bldg 5, Rm 340; the clinic moved to Unit 4.",  # a hospital's building, no residence cue
    "Education: https://www.nfhs.org/sports-medicine.\nResources: www.aap.org/safe-sleep\n",  # pages after a heading
]

ROUND40_FINDS = [
    # transportation medicine: an MRO case, a crash report, an NTSB accident number, a spaced specimen id; a medical
    # examiner's registry number, an AME designee number, "license is"; a crash report's vehicle, a locomotive, an
    # aircraft after its model
    ("MRO case # KT552107\nCrash report no. R204-55187\nThe NTSB accident number is CEN27LA118.\n"
     "Specimen ID: 441 2087\nExaminer NRCME#4410 552 871 signed.\nAME designee no. 55107-3\n"
     "Her driver license is 552 107 448.\nVeh 1:  77102PC       Veh 2:  ___\nlead locomotive WNYR 4410\n"
     "flew a Cirrus SR22, N552KT, into\n",
     [("KT552107", "ACCOUNT"), ("R204-55187", "ACCOUNT"), ("CEN27LA118", "ACCOUNT"), ("441 2087", "ACCOUNT"),
      ("4410 552 871", "LICENSE"), ("55107-3", "LICENSE"), ("552 107 448", "LICENSE"), ("77102PC", "VEHICLE_ID"),
      ("WNYR 4410", "VEHICLE_ID"), ("N552KT", "VEHICLE_ID")]),
    # rural and tribal care: a PRC reference, a tele-ICU call id, a transport id, the IHS record number, pagers
    # after "pg", "Page with questions:" and a three-digit pager label; tribal and old highway routes, an HC box, a
    # home by its mile marker; a plate of two and four digits; a fixed-wing aircraft
    ("PRC ref no. 2027-441028\nTele-ICU call ID VS-KTR-55210\nTransport ID AM5521074\nIHS HRN 441027\n"
     "Reader pg 5521 / Vocera\nPage with questions: 44102\nPager #: 552\nLives at 2207 BIA Route 12.\n"
     "Lives at 881 Old Hwy 66.\nMailing: HC-12, Box 441A\nAddr BIA 15 mile 22, 3rd house past the water tower\n"
     "Tribal unit (plate 55-2107) waited.\nFixed wing N552T departed.\n",
     [("2027-441028", "ACCOUNT"), ("VS-KTR-55210", "ACCOUNT"), ("AM5521074", "ACCOUNT"), ("441027", "MRN"),
      ("5521", "PAGER"), ("44102", "PAGER"), ("552", "PAGER"), ("2207 BIA Route 12", "STREET_ADDRESS"),
      ("881 Old Hwy 66", "STREET_ADDRESS"), ("HC-12, Box 441A", "STREET_ADDRESS"),
      ("BIA 15 mile 22, 3rd house past the water tower", "STREET_ADDRESS"), ("55-2107", "VEHICLE_ID"),
      ("N552T", "VEHICLE_ID")]),
    # "pg" and a number alone on a line: one pager, not two
    ("Reader on call\npg 441-2087\n", [("441-2087", "PAGER")]),
]

ROUND40_LEAVES = [
    "MVC on I-81 near mile marker 112; EMS on scene at 0410.",    # a crash's mile marker is no home
    "Read pg 12 of the packet; pager battery at 100%.",            # a page of a document, a battery level
    "Licence was 2019-2021 in another state.",                     # years, not a licence number
    "BUN 24 CR 1.3; Specimen ID pending.",                         # a lab value, no route
]

ROUND41_FINDS = [
    # elder law: an APS report, a dispute and a fraud-case reference, spaced bank account numbers (no phone), a claim
    # with letters, an attorney's registration (no plate), a concourse
    ("APS report no.: KR4410275\nDispute ref: D-441027-55\nFraud case reference 5521-KT4410 issued.\n"
     "Savings account 552 107 4410 frozen.\nClaim #4410-KR5521 opened.\n(attorney registration 4410275)\n"
     "Pt resides at 4410 Pelham Concourse; ambulance.\n",
     [("KR4410275", "ACCOUNT"), ("D-441027-55", "ACCOUNT"), ("5521-KT4410", "ACCOUNT"), ("552 107 4410", "ACCOUNT"),
      ("4410-KR5521", "ACCOUNT"), ("4410275", "LICENSE"), ("4410 Pelham Concourse", "STREET_ADDRESS")]),
    # hospital at home: alerts, vendor and escalation cases, couriers' tracking numbers (a UPS number anywhere), a
    # "ticket=" key; a spaced member id; a ZIP after a dotted leader and after "addr_zip="; an IMEI, an ICCID, MAC
    # addresses, a telemetry "device="; a courier's van and "VEH"; "MR" and a letter with eight digits
    ("ALERT RPM-4410275 | SpO2 84%\nAlert ID: TKT-552107\nEscalation case .... CS5521074\n"
     "Kit shipped overnight, tracking 4410 2755 1074, delivered.\nreturn label 1Z 4K1 0R2 75 5210 7441\n"
     "ticket=INC5521074 type=DEVICE_OFFLINE\nSubscriber ID   KTR 4410 27551\nPostal code .... 12207\n"
     "addr_zip=12208 coverage=LTE-OK\nGateway IMEI: 354410275521074\nSIM ICCID 8901441027552107441\n"
     "pair OK mac=A4:41:0C:27:55:21 rssi=-70\nScale MAC .... 44A1.0B27.55C2\ndevice=WPT441027552 batt=40%\n"
     "Courier van .... KTR 4410\nVEH KRT-5521 GPS arrive 09:10\nMR E44102755\n",
     [("RPM-4410275", "ACCOUNT"), ("TKT-552107", "ACCOUNT"), ("CS5521074", "ACCOUNT"), ("4410 2755 1074", "ACCOUNT"),
      ("1Z 4K1 0R2 75 5210 7441", "ACCOUNT"), ("INC5521074", "ACCOUNT"), ("KTR 4410 27551", "HEALTH_PLAN"),
      ("12207", "ZIP"), ("12208", "ZIP"), ("354410275521074", "DEVICE_ID"), ("8901441027552107441", "DEVICE_ID"),
      ("A4:41:0C:27:55:21", "DEVICE_ID"), ("44A1.0B27.55C2", "DEVICE_ID"), ("WPT441027552", "DEVICE_ID"),
      ("KTR 4410", "VEHICLE_ID"), ("KRT-5521", "VEHICLE_ID"), ("E44102755", "MRN")]),
    # the same three groups after another account cue are a phone number (the calibration caught "Phone encounter")
    ("Phone encounter: 475 244 4410\n", [("475 244 4410", "PHONE")]),
]

ROUND41_LEAVES = [
    "Alert and oriented x3; ALERT 3 times overnight.",              # alertness, not an alert id
    "Shipping: tracking 2 boxes; device=Galaxy Tab; mac=unknown.",  # no number after the cues
    "Call the account line at 1-800-441-2755.",                     # a public line after "account"
]

ROUND42_FINDS = [
    # hospital security: incidents in a table and after a dotted leader, police reports and complaints, "Rpt#", a
    # security log's "evt=", lost and found entries, valuables envelopes, property and deposit receipts
    ("Incident | SIR 552107 | Code Grey | 0410\nSEC INCIDENT ID.......... SIR 441027\n"
     "Police report number: CR 5521074\n"
     "Police complaint no. P41-027552 (assault).\nRpt#P55-210744\n[SECURITY-RMS] evt=SEC-41-02755 type=X\n"
     "Lost & found log entry LF4410-K - claimed.\nValuables env\n#552107 - verified\n"
     "Valuables envelope no. 004410 sealed.\nProperty receipt 441-027 given.\nDeposit receipt DR-55210 issued.\n",
     [("SIR 552107", "ACCOUNT"), ("SIR 441027", "ACCOUNT"), ("CR 5521074", "ACCOUNT"), ("P41-027552", "ACCOUNT"),
      ("P55-210744", "ACCOUNT"), ("SEC-41-02755", "ACCOUNT"), ("LF4410-K", "ACCOUNT"), ("552107", "ACCOUNT"),
      ("004410", "ACCOUNT"), ("441-027", "ACCOUNT"), ("DR-55210", "ACCOUNT")]),
    # health IT: a typo'd "MNR", an enterprise id, twelve-digit EMPI, "Ticket", a help desk's reference, an encounter
    # with its qualifier and number word, a licence after a comma; Medicaid after a dash, four-four-two digits
    ("MNR\n4410275\nEnterprise ID: E5521074410\nEMPI E44102755210 linked.\nTicket PSR5521074 opened.\n"
     "help desk ref CS-4410275 - reset\nEncounter (visit) number 5521074410 moved.\n"
     "Presented a New York driver's license, 552107441.\nInsurance: Medicaid - CIN 4410 2755 21\n",
     [("4410275", "MRN"), ("E5521074410", "MRN"), ("E44102755210", "MRN"), ("PSR5521074", "ACCOUNT"),
      ("CS-4410275", "ACCOUNT"), ("5521074410", "ACCOUNT"), ("552107441", "LICENSE"), ("4410 2755 21", "HEALTH_PLAN")]),
]

ROUND42_LEAVES = [
    "Assigning authority OID 1.3.6.1.4.1.21367.2010.1.2; channel ADT_IN.",  # an OID's arcs, no date
    "Incident 3 times this week; the property receipt was lost.",           # no number after the cues
    "| Incident | Time | Code |",                                           # a table's header row
]

# Round 43 (tuned on corpora 77-78; strings written for this test, each fails on round 42's rules)
ROUND43_FINDS = [
    ("Letterhead: T ___  F (413) 555-0192\n", [("(413) 555-0192", "FAX")]),     # after a masked telephone
    ("Return the signed form to the billing fax\n(518) 555-0147\n", [("(518) 555-0147", "FAX")]),  # next line
    ("Ambulette KTR 4471 arrived late.", [("KTR 4471", "VEHICLE_ID")]),
    ("Livery car, NY tag T512093C, waited outside.", [("T512093C", "VEHICLE_ID")]),
    ("Driver lic #604-221-958 on file", [("604-221-958", "LICENSE")]),
    ("| SSN        | 031559284 |\n", [("031559284", "SSN")]),                       # a key-value table's cell
    ("Crew member incident report KL-55102 was filed.", [("KL-55102", "ACCOUNT")]),  # the catch-all
]
ROUND43_LEAVES = [
    "Forms were faxed to the broker; the broker's public line (866) 555-0134 is on the card.",
    "Warranty on the new batteries EXP 03/2029.",
    "Service dog vaccinations current through expiry 05/12/2028.",
]

# Round 44 (tuned on corpora 79-80; strings written for this test, each LEAVES case but the last fails on round 43's
# rules and each FINDS case finds nothing there)
ROUND44_FINDS = [
    ("| MRN              | 004417352 |\n", [("004417352", "MRN")]),     # a key-value table's padded label
    ("CASE_ID=514-2290K|STATUS=OPEN\n", [("514-2290K", "ACCOUNT")]),     # the catch-all: "_ID", an abbreviated
    ("HH insp ref=HH5512093\n", [("HH5512093", "ACCOUNT")]),            # inspection, a service request, a bracketed
    ("SR no.: 311-5521907\n", [("311-5521907", "ACCOUNT")]),            # qualifier, a programme's case
    ("Specimen ID (tube seal): SPC0098127734\n", [("SPC0098127734", "ACCOUNT")]),
    ("Waiver program case TBI220417 reviewed", [("TBI220417", "ACCOUNT")]),
    ("Phlebotomist certificate no. CPT1-552031\n", [("CPT1-552031", "LICENSE")]),
    ("Mailing ZIP for statement: 12207\n", [("12207", "ZIP")]),
    ("tag# KRX-5521\n", [("KRX-5521", "VEHICLE_ID")]),
]
ROUND44_LEAVES = [
    "CO alarm (EXP 05/2027 on the sensor label) installed.",   # a device's expiry
    "Form CMS-R-131 (Exp. 01/2026)",                           # a form's OMB expiry
    "Meter issues: call the POC support fax 1-800-555-0147",   # a vendor's toll-free fax
    "Specimen 12 of 40 received",                              # no id-shaped value
]

# Session 25: the catch-all (patterns.yaml `catch_all`): a record's number after a bureaucratic label, counted only in
# text no rule, shadow or not-identifier matched (strings written for this test; each FINDS case finds nothing
# without the catch-all)
CATCH_ALL_FINDS = [
    ("Van trip TX-5531208 booked for Tuesday.", [("TX-5531208", "ACCOUNT")]),
    ("Ride ID: 3301-KLPT-4420 (broker app)", [("3301-KLPT-4420", "ACCOUNT")]),
    ("Grievance no. GRV-7731205 filed with the broker.", [("GRV-7731205", "ACCOUNT")]),
    ("| Work order | 55120-3 |", [("55120-3", "ACCOUNT")]),
    ("Housing inspection # HI-40213 scheduled", [("HI-40213", "ACCOUNT")]),
    ("Notice of violation, case # CE771203", [("CE771203", "ACCOUNT")]),
    ("Complaint ref CMP-449102 (transport)", [("CMP-449102", "ACCOUNT")]),
    ("Waiver application no. 20417735 pending", [("20417735", "ACCOUNT")]),
    ("Booking conf 5521-0934 for the return leg", [("5521-0934", "ACCOUNT")]),
    ("Citation=PK0093318;", [("PK0093318", "ACCOUNT")]),
    # a rule's hit and a catch-all hit on one line: each counted once
    ("Claim #: 44512388; trip 88120-4", [("44512388", "ACCOUNT"), ("88120-4", "ACCOUNT")]),
]
# session 26, corpora 81-82 (farmworker health; refugee resettlement), blind after round 44
ROUND45_FINDS = [
    ("Please fax\nFROI to 1-509-953-9732 attn claims\n", [("1-509-953-9732", "FAX")]),  # the object on the next line
    ("Fax completed I-693 worksheet to civil surgeon: 212/870-0871\n", [("212/870-0871", "FAX")]),  # a form's number
    ("DOB: 27 de septiembre de 1936\n", [("27 de septiembre de 1936", "DATE_REAL_YEAR")]),  # a date in Spanish
    ("Código postal 93601\n", [("93601", "ZIP")]),
    ("Expediente: CHC707277\n", [("CHC707277", "MRN")]),
]
ROUND45_LEAVES = [
    "product Vapam HL (EPA Reg. No. 100-1431).",     # a pesticide's EPA registration is printed on its label
    "malathion, EPA Reg. #62719-32 / Caller",
    "contract job order H-300-94512-175503 reviewed",  # a Department of Labor job order: the employer's
    "el 3 de mayo de 10 pacientes",                  # no year
]
ROUND46_FINDS = [
    ("Edad: 98 años\n", [("98", "AGE_OVER_89")]),                          # Spanish age label
    ("Paramedic lic. K 61510\n", [("K 61510", "LICENSE")]),                 # one letter, a blank, the number
    ("CDL/DL no. W 01673 (pt drives the crew van)", [("W 01673", "LICENSE")]),
    ("Dirección: 4229 SR 58\n", [("4229 SR 58", "STREET_ADDRESS")]),       # a numbered state route
    ("dairy barn at 5344 Avenue 441\n", [("5344 Avenue 441", "STREET_ADDRESS")]),  # a county's numbered avenue
    ("Ag Commissioner episode # 2223722245\n", [("2223722245", "ACCOUNT")]),  # catch-all: an episode with its id word
    ("First report of injury no.: KF8530067\n", [("KF8530067", "ACCOUNT")]),
    # tuned on 83-84: payment plans and confirmations, an RMA, a file number on the next line, a reference number,
    # a payment card, a charger's abbreviated serial
    ("Payment plan PP-031815: 10 monthly installments\n", [("PP-031815", "ACCOUNT")]),
    ("Portal payment confirmation V08537342 ($166.09 via PayPal).", [("V08537342", "ACCOUNT")]),
    ("TransUnion file no.\n1984356519 - dispute\n", [("1984356519", "ACCOUNT")]),
    ("returned to manufacturer under RMA RMA902401; loaner issued", [("RMA902401", "ACCOUNT")]),
    ("Card on file (autopay) 4693 7175 8686 0034 - removed", [("4693 7175 8686 0034", "ACCOUNT")]),
    ("Battery charger ser. no. CL49-26464\n", [("CL49-26464", "DEVICE_ID")]),
    # Refugee Medical Assistance's id is a health plan's, not an RMA (a return authorisation) for the catch-all
    ("Refugee Medical Assistance  ID RMA5670066\n", [("RMA5670066", "HEALTH_PLAN")]),
    # a fax's transmission confirmation is no record number (corpus 44): the fax only
    ("faxed signed order to +1 718 595 6506 (confirmation #CC-0683230)\n", [("+1 718 595 6506", "FAX")]),
]
ROUND46_LEAVES = [
    "license class A 12345 miles",        # a licence cue's single letter needs the number right after it
    "BUN 24 CR 1.3; rate 120 SR 1.5",     # creatinine and sinus rhythm, not routes
    "Episode of care 12345 days",         # an episode without an id word
    "use by 12/2027 on the liner box.",   # a liner's expiry (month and year before the item)
    "Bard REF REF 1708000, Lot REJX0471",  # a catalogue number after REF, said twice
    "faxed signed order to ___ (confirmation #CC-0683230)",  # a fax transmission's confirmation
    "Credit reports pulled free from www.annualcreditreport.com.",  # the public free credit-report site
    "Report\n12345 units given",          # a quantity on the next line
    "Card reader firmware 4.2; 4444 5678 9012 3456 is not right after the card word",
]
ROUND47_FINDS = [
    # tuned on 85-86 (opioid treatment and harm reduction; wilderness medicine and search and rescue)
    ("Home (415) 226-0193 (evenings only) F 415-226-0377\n", [("(415) 226-0193", "PHONE"), ("415-226-0377", "FAX")]),
    ("Attn: intake desk    F 802.555.0148\n", [("802.555.0148", "FAX")]),
    ("Outside patient ID on the CD 71-22-508 noted.", [("71-22-508", "MRN")]),
    ("| Ins ID | 77120045813 |\n", [("77120045813", "HEALTH_PLAN")]),
    ("[billing] member_id=418-226-907\n", [("418-226-907", "HEALTH_PLAN")]),
    ("Air ambulance membership no. AMC40218863 (rotor only)", [("AMC40218863", "HEALTH_PLAN")]),
    ("Rescue membership card 7154 2208 93\n", [("7154 2208 93", "HEALTH_PLAN")]),
    ("Mailing: ___, 59730\n", [("59730", "ZIP")]),
    ("ins ___   home ___, 83014   ph ___\n", [("83014", "ZIP")]),
    ("Per EMS the pt is 93 yrs and lives alone.", [("93", "AGE_OVER_89")]),
    ("[intake] addr1=4418 Juniper Ridge Rd\n", [("4418 Juniper Ridge Rd", "STREET_ADDRESS")]),
    ("State EMT cert AEMT30318\n", [("AEMT30318", "LICENSE")]),
    ("Counselor: ___, CASAC #40917\n", [("40917", "LICENSE")]),
    ("[crew] cert_no=EMS-552019\n", [("EMS-552019", "LICENSE")]),
    ("Pilot ___ (certificate 5531208CP)", [("5531208CP", "LICENSE")]),
    ("Electronic monitoring device GPS221908 on the right ankle", [("GPS221908", "DEVICE_ID")]),
    ("Ankle monitor #M402-77105 (county)", [("M402-77105", "DEVICE_ID")]),
    ("Breathalyzer unit SB40399817 issued by probation", [("SB40399817", "DEVICE_ID")]),
    ("| Lockbox | LB-550213 |\n", [("LB-550213", "DEVICE_ID")]),
    ("PLB UIN 2DD1A4C63B7F0E1 registered to pt", [("2DD1A4C63B7F0E1", "DEVICE_ID")]),
    ("Messenger ESN 0-3318407 pinged at 0412", [("0-3318407", "DEVICE_ID")]),
    ("Snowmobile reg. KT-604412 (rental)", [("KT-604412", "VEHICLE_ID")]),
    ("[dispatch] unit_tail=N512HM\n", [("N512HM", "VEHICLE_ID")]),
    ("Truck at the trailhead, plate 8-4410W.", [("8-4410W", "VEHICLE_ID")]),
    ("Patrol accident report SP22-0871\n", [("SP22-0871", "ACCOUNT")]),
    ("PDMP query id Q7741905-3 reviewed", [("Q7741905-3", "ACCOUNT")]),
    # a claim that ends with its line break leaves the next line's label a word for the catch-all ("zip=" is one ZIP)
    ("[registration] zip=83440\nReservation 23-OVN-5512 (permit office)\n",
     [("83440", "ZIP"), ("23-OVN-5512", "ACCOUNT")]),
]
ROUND47_LEAVES = [
    "Temp 98.6 F, HR 88",                     # Fahrenheit after a temperature
    "SSP participant code: ___; lockbox key returned",
    "Lake Louise score 5 at 3,400 m",         # an altitude-sickness score
    "Query resolved; report sent",            # a query and a report without a number
    "Insurance: ___ ID ___",
]

ROUND48_FINDS = [
    # round 48: one identifier that two rules read counts once (a deferred pattern counts only text no other rule
    # claimed; a few de-duplicating shadows), on cases from corpora 1-86; then tuned on 87-88 (medical cannabis;
    # assisted reproduction, surrogacy and adoption)
    ("Patient's car (VIN 998 UTH) towed from the ED lot.\n", [('998 UTH', 'VEHICLE_ID')]),
    ('Pacemaker generator (SN 3511-6011-8748) in the left chest.\n', [('3511-6011-8748', 'DEVICE_ID')]),
    ('Implant card reviewed: SN 2741-38293\n', [('2741-38293', 'DEVICE_ID')]),
    ('Prior authorization obtained from Neighborhood Health Plan, ID no. 484AUH14357.\n',
     [('484AUH14357', 'HEALTH_PLAN')]),
    ('left 011 63 918 112 8733 as the best number\n', [('011 63 918 112 8733', 'PHONE')]),
    ('Spoke with daughter at\n+354 493 5647 with the interpreter\n', [('+354 493 5647', 'PHONE')]),
    ('Form completed; social security number on the form: 108 53 3878.\n', [('108 53 3878', 'SSN')]),
    ('Court-ordered GPS ankle monitor serial JU6166568 removed\n', [('JU6166568', 'DEVICE_ID')]),
    ('Prior authorization for apixaban obtained (plan ID 9HH3-E01-TF65)\n', [('9HH3-E01-TF65', 'HEALTH_PLAN')]),
    ('| Plan ID | 3ET9-XF1-HP22 |\n', [('3ET9-XF1-HP22', 'HEALTH_PLAN')]),
    ('Ins   Medicare A/B   ID 9AE7N16YX04\n', [('9AE7N16YX04', 'HEALTH_PLAN')]),
    ('Placard application completed for vehicle reg. 791-FK5.\n', [('791-FK5', 'VEHICLE_ID')]),
    ('MVC restrained driver, vehicle tag MRF 2851.\n', [('MRF 2851', 'VEHICLE_ID')]),
    ("Ride arranged; driver's car tag FZC-8720\n", [('FZC-8720', 'VEHICLE_ID')]),
    ('Truck tag # 38185-PC per the trooper\n', [('38185-PC', 'VEHICLE_ID')]),
    ('Motorcycle tag # DNX-3594; rider unhelmeted\n', [('DNX-3594', 'VEHICLE_ID')]),
    ('All other systems reviewed and neg. At 98 years old the pt still drives.\n', [('98 years old', 'AGE_OVER_89')]),
    ('Father still living at 90 years of age.\n', [('90 years of age', 'AGE_OVER_89')]),
    ('Elderly patient (103 yrs) brought in by EMS\n', [('103', 'AGE_OVER_89')]),
    ('Regional poison center case #: ORD38180508\n', [('ORD38180508', 'ACCOUNT')]),
    ('Patient address on requisition: ___, ___, 02307-2660\n', [('02307-2660', 'ZIP')]),
    ('| Address | 976 JUNIPER RIDGE STREET |\n', [('976 JUNIPER RIDGE STREET', 'STREET_ADDRESS')]),
    ('ABO confirmation linked to\nmedical record 1011191.\n', [('1011191', 'MRN')]),
    ('Critical result paged to 9700; read-back done\n', [('9700', 'PAGER')]),
    ('Electronically signed, lic. no. 68-35432\n', [('68-35432', 'LICENSE')]),
    ('Paramedic cert. 21060-1 (moonlighting)\n', [('21060-1', 'LICENSE')]),
    ('Implant S/N                   9086-8948-65\n', [('9086-8948-65', 'DEVICE_ID')]),
    ('DEA Reg. No. BM4868545, exp ___\n', [('BM4868545', 'LICENSE')]),
    ('Reading radiologist NY lic. 25MA04055000\n', [('25MA04055000', 'LICENSE')]),
    ('driver lic.\nG8606-30455\n', [('G8606-30455', 'LICENSE')]),
    ('Pump serial #: E76X-537880\n', [('E76X-537880', 'DEVICE_ID')]),
    ('Device ID from implant card: ECN758860\n', [('ECN758860', 'DEVICE_ID')]),
    ('PV1|1|I|4W^412^A||||___^___^___|||MED||||1|||___|IN|FIN41052768\n', [('FIN41052768', 'ACCOUNT')]),
    ('SSN on file: 357 19 2281 (required)\n', [('357 19 2281', 'SSN')]),
    ('BB specimen: BB16-341099\n', [('BB16-341099', 'ACCOUNT')]),
    ('Lithotripter (asset tag BME-6462, software 1.8.15)\n', [('BME-6462', 'DEVICE_ID')]),
    ('Hosp no K22U00880\n', [('K22U00880', 'MRN')]),
    ('Telehealth session id HT2-22X2-3232\n', [('HT2-22X2-3232', 'ACCOUNT')]),
    ('Federal CCF # 5041216\n', [('5041216', 'ACCOUNT')]),
    ('Policy FGA 8267167-03 (ketamine infusions out of network)\n', [('FGA 8267167-03', 'HEALTH_PLAN')]),
    ('Insurance: ___  member PSC 2240353-01\n', [('PSC 2240353-01', 'HEALTH_PLAN')]),
    ('MRO license no. 35-5717961\n', [('35-5717961', 'LICENSE')]),
    ('Location of injury: 13385 HARVEST MOON CT (per EMS run sheet).\n', [('13385 HARVEST MOON CT', 'STREET_ADDRESS')]),
    ('Dispensary address on receipt: 2811 MAPLE GROVE CT\n', [('2811 MAPLE GROVE CT', 'STREET_ADDRESS')]),
    ('Registry card was mailed to 13168 REDTAIL LOOP.\n', [('13168 REDTAIL LOOP', 'STREET_ADDRESS')]),
    ('Mailing address\n4182 STONECROP AVE\n', [('4182 STONECROP AVE', 'STREET_ADDRESS')]),
    ('-- Transmitted from 617 255 6766 -- page 2 of 3 --\n', [('617 255 6766', 'FAX')]),
    ('-- Transmitted from +1-518-900-5912 -- page 2 of 3 --\n', [('+1-518-900-5912', 'FAX')]),
    ('MFM consult -- p. 8-3904\n', [('8-3904', 'PAGER')]),
    ('MFM consult -- p. 732-617-6569\n', [('732-617-6569', 'PAGER')]),
    ('Patient: ___  (BB0486215)\n', [('BB0486215', 'MRN')]),
    ("Carrier's hospital record LFC-439283; the intended parents\n", [('LFC-439283', 'MRN')]),
    ('Sperm donor #24610 from the bank\n', [('24610', 'ACCOUNT')]),
    ('DONOR NO.    D-072-520\n', [('D-072-520', 'ACCOUNT')]),
    ('Stimulation cycle STIM/109405 (antagonist protocol)\n', [('STIM/109405', 'ACCOUNT')]),
    ('FET cycle ID\nIVF-01785\n', [('IVF-01785', 'ACCOUNT')]),
    ('Adoption agency file 786/22993\n', [('786/22993', 'ACCOUNT')]),
    ('policy# NDZ 790 43 5661\n', [('NDZ 790 43 5661', 'HEALTH_PLAN')]),
    ('| Insurance | member # | BKF 211 75 4825 |\n', [('BKF 211 75 4825', 'HEALTH_PLAN')]),
    ("father's policy; dependent ID JY32800H issued by the plan\n", [('JY32800H', 'HEALTH_PLAN')]),
    ('Ins ID H-76876366   Grp 452076\n', [('H-76876366', 'HEALTH_PLAN')]),
    ('Medical license # MD.223966\n', [('MD.223966', 'LICENSE')]),
    ("Addr 3046 Cobbler's Lane\n", [("3046 Cobbler's Lane", 'STREET_ADDRESS')]),
    ('| great-grandmother | 99 |\n', [('99', 'AGE_OVER_89')]),
    ('Maternal grandfather with prostate ca, living, 103.\n', [('103', 'AGE_OVER_89')]),
    ('Data logger TW6452-6452 showed no excursion above -150 C\n', [('TW6452-6452', 'DEVICE_ID')]),
    ('| Address | 84 SUGAR CAMP LN |\n', [('84 SUGAR CAMP LN', 'STREET_ADDRESS')]),
    ('Scene address: 242 DEPOT RD\n', [('242 DEPOT RD', 'STREET_ADDRESS')]),
]

ROUND49_FINDS = [
    # round 49: tuned on corpora 89-90 (medical tourism and med spas; consumer genomics and biobanks)
    ("Clinic phone (discharge packet): +52 (33) 756-7726\n", [("+52 (33) 756-7726", "PHONE")]),
    ("Coordinator WhatsApp +57 (604) 855 6053\n", [("+57 (604) 855 6053", "PHONE")]),
    ("Teléfono: (0181) 251 7728\n", [("(0181) 251 7728", "PHONE")]),
    ("Tel. 0212 872 64 52\n", [("0212 872 64 52", "PHONE")]),
    ("Best contact number\n6789223288\n", [("6789223288", "PHONE")]),
    ("Faks: +90 547 250 11 81\n", [("+90 547 250 11 81", "FAX")]),
    ("Fax +52 (322) 402-3312\n", [("+52 (322) 402-3312", "FAX")]),
    ("p.465-2038 (radiology resident)\n", [("465-2038", "PAGER")]),
    ("p.(929) 987-5817 (radiology resident)\n", [("(929) 987-5817", "PAGER")]),
    ("Expediente No. 334133\n", [("334133", "MRN")]),
    ("Dosya No: 7.109.138\n", [("7.109.138", "MRN")]),
    ("Biobank participant ID BB6006588\n", [("BB6006588", "MRN")]),
    ("Repository subject ID: RPX-957900\n", [("RPX-957900", "MRN")]),
    ("| PID | WS045395 | consented |\n", [("WS045395", "MRN")]),
    ("Booking ref: PC/9851/ZEC\n", [("PC/9851/ZEC", "ACCOUNT")]),
    ("| Booking | BK 926471 |\n", [("BK 926471", "ACCOUNT")]),
    ("Airline record locator 8W2UBT\n", [("8W2UBT", "ACCOUNT")]),
    ("Card on file for the deposit: 5611-1834-9963-4732\n", [("5611-1834-9963-4732", "ACCOUNT")]),
    ("acknowledged her complaint (226-224638) by letter.\n", [("226-224638", "ACCOUNT")]),
    ("Folio FAC-38935\n", [("FAC-38935", "ACCOUNT")]),
    ("Travel insurance claim # CLM 6547-5890\n", [("CLM 6547-5890", "ACCOUNT")]),
    ("Kit barcode 3887 2948 1955\n", [("3887 2948 1955", "ACCOUNT")]),
    ("Activation code 968-66U-5041 (23andMe kit)\n", [("968-66U-5041", "ACCOUNT")]),
    ("consumer account no. XA47089QS76\n", [("XA47089QS76", "ACCOUNT")]),
    ("Aliquot BBK939926.6 -> FRZ-14 R3 B28 A7\n", [("BBK939926.6", "ACCOUNT")]),
    ("| Sample | 27696-18 | Oragene DNA OG-500 |\n", [("27696-18", "ACCOUNT")]),
    ("NBS filter card no. 13-0163536\n", [("13-0163536", "ACCOUNT")]),
    ("Acession WZ41617134 (sic)\n", [("WZ41617134", "ACCOUNT")]),
    ("Telehealth session id BV3HTN2195\n", [("BV3HTN2195", "ACCOUNT")]),
    ("Complication insurance certificate no. CSX48050029\n", [("CSX48050029", "HEALTH_PLAN")]),
    ("Cédula profesional 85386642\n", [("85386642", "LICENSE")]),
    ("Registro médico 68700373\n", [("68700373", "LICENSE")]),
    ("Injector license (per med spa records): NP-23940\n", [("NP-23940", "LICENSE")]),
    ("Med. license #X2597\n", [("X2597", "LICENSE")]),
    ("NYS lic # 773-270\n", [("773-270", "LICENSE")]),
    ("Dirección: ___, Alanya, C.P. 21562, Türkiye\n", [("21562", "ZIP")]),
    ("| Addr | ___ | ___ | 06126-8218 |\n", [("06126-8218", "ZIP")]),
    ("Postal code on the consumer account: 12641\n", [("12641", "ZIP")]),
    ("Clinic address (letterhead): Calle 56 # 58-44, Cons. 398\n", [("Calle 56 # 58-44, Cons. 398", "STREET_ADDRESS")]),
    ("Dirección: Diagonal 70A # 12-92, Sabaneta\n", [("Diagonal 70A # 12-92", "STREET_ADDRESS")]),
    ("Dirección: Blvd. Sánchez Taboada 8645, Int. 12, Nuevo Progreso\n",
     [("Blvd. Sánchez Taboada 8645, Int. 12", "STREET_ADDRESS")]),
    ("Outside imaging center: Calle Restauración 127\n", [("Calle Restauración 127", "STREET_ADDRESS")]),
    ("Recovery house address: Calle 9, Avenida 9, Casa 8\n", [("Calle 9, Avenida 9, Casa 8", "STREET_ADDRESS")]),
    ("Clinic address (letterhead): Cumhuriyet Cad. No: 61\n", [("Cumhuriyet Cad. No: 61", "STREET_ADDRESS")]),
    ("Dirección: 105/12 Moo 3, Nimmanhaemin Rd, ___\n", [("105/12 Moo 3, Nimmanhaemin Rd", "STREET_ADDRESS")]),
    ("Ameliyat tarihi: 23 Haziran 2023\n", [("23 Haziran 2023", "DATE_REAL_YEAR")]),
    ("Ameliyat tarihi: 23 Şubat 2027\n", [("23 Şubat 2027", "DATE_REAL_YEAR")]),
    ("The repatriation jet (N1799H) landed at ___.\n", [("N1799H", "VEHICLE_ID")]),
    ("Proband's grandmother is now 93 and lives independently.\n", [("93", "AGE_OVER_89")]),
    ("| Grandmother (maternal) | 102 | unaffected |\n", [("102", "AGE_OVER_89")]),
    ("Federal CCF # 255 971 6363\n", [("255 971 6363", "ACCOUNT")]),  # corpus 87: a custody form's number
    # two readings of one identifier on corpora 23, 37 and 76 (seed 1), each now counted once
    ("Interpreting radiologist license: WM-21934\n", [("WM-21934", "LICENSE")]),
    ("Encounter (visit) number HAR71642436 was moved\n", [("HAR71642436", "ACCOUNT")]),
    ("Address:\n| Street | Town | State | ZIP |\n|---|---|---|---|\n| ___ | ___ | NH | 06616 |\n", [("06616", "ZIP")]),
]

ROUND50_FINDS = [
    # round 50: tuned on corpora 91-92 (identifiers inside HL7 v2, FHIR, CDA and SCRIPT messages; TB control)
    ("fax the signed order back to +12035555506.\n", [("+12035555506", "FAX")]),
    ("PID|1||___^^^___^MR||___^___||___|F|||___^^___^___^___||^PRN^PH^^^___^___~(339)303-8438^WPN^FX\n",
     [("(339)303-8438", "FAX")]),
    ("PID|1||___^^^___^MR||___^___||___|F|||___||^WPN^PH^^^___^___~855-1903^WPN^BP\n", [("855-1903", "PAGER")]),
    ('<telecom use="PG" value="tel:518-371-9519"/>\n', [("518-371-9519", "PAGER")]),
    ('{ "system": "pager", "value": "7-0903" }\n', [("7-0903", "PAGER")]),
    ('"identifier": [ { "type": { "coding": [ { "code": "MR" } ] }, "value": "SB516530" } ],\n',
     [("SB516530", "MRN")]),
    ('<id extension="M9463760" root="2.16.840.1.113883.19.5.99999.2"/>\n', [("M9463760", "MRN")]),
    ("MRG|HP083418^^^___^MR||||||___^___\n", [("HP083418", "MRN")]),
    ("Survivor record 81-96-956 was retained after the EMPI merge.\n", [("81-96-956", "MRN")]),
    ('<encompassingEncounter><id extension="1891204750" root="___"/>\n', [("1891204750", "ACCOUNT")]),
    ('"accessionIdentifier": { "value": "MR3005132" },\n', [("MR3005132", "ACCOUNT")]),
    ('"identifier": [ { "use": "official", "system": "urn:oid:___", "value": "V63668525" } ], '
     '"class": { "code": "IMP" },\n',
     [("V63668525", "ACCOUNT")]),
    ("OBR|1|___|A1089613^RAD|71046^CHEST 2 VIEWS|||2121\n", [("A1089613", "ACCOUNT")]),
    ("ORC|NW|O-1174187^EPC|___^___||SC\n", [("O-1174187", "ACCOUNT")]),
    ("Help-desk ticket INC9122694 was opened when the ORU failed.\n", [("INC9122694", "ACCOUNT")]),
    ("Contact investigation no. CI-1854-28 opened by the county.\n", [("CI-1854-28", "ACCOUNT")]),
    ("IN1|1|___|___|Aetna|||||___|||||||___^___|01|||||||||||||||||||||W06121780\n", [("W06121780", "HEALTH_PLAN")]),
    ("<BenefitsCoordination><CardholderID>WL10972T</CardholderID><GroupID>___</GroupID>\n",
     [("WL10972T", "HEALTH_PLAN")]),
    ("ADAP enrollment no. 252835-AD\n", [("252835-AD", "HEALTH_PLAN")]),
    ('"identifier": [ { "type": { "coding": [ { "code": "MB" } ] }, "value": "3UG8-C84-TH67" } ],\n',
     [("3UG8-C84-TH67", "HEALTH_PLAN")]),  # an MBI: counted once
    ("PV1|1|I|___^___^___||||1585751468^___^___^^^^^^NPI\n", [("1585751468", "LICENSE")]),
    ('{ "system": "http://hl7.org/fhir/sid/us-npi", "value": "1424574501" }\n', [("1424574501", "LICENSE")]),
    ("<DEANumber>AZ5889223</DEANumber>\n", [("AZ5889223", "LICENSE")]),
    ("PID|1||___^^^___^MR||___^___||___|M|||___||||||___|___|___|B496-0278-7663^NH\n", [("B496-0278-7663", "LICENSE")]),
    ("<postalCode>06264-4321</postalCode>\n", [("06264-4321", "ZIP")]),
    ('"postalCode": "13463",\n', [("13463", "ZIP")]),
    ("query parameters: family=___ birthdate=___ address-postalcode=06606\n", [("06606", "ZIP")]),
    ("NK1|1|___^___|SPO|___^^___^___^14873\n", [("14873", "ZIP")]),
    ("<streetAddressLine>2657 Tannery Road, Apt 3</streetAddressLine>\n",
     [("2657 Tannery Road, Apt 3", "STREET_ADDRESS")]),
    ('<birthTime value="19350424"/>\n', [("19350424", "DATE_REAL_YEAR")]),
    ("DG1|1||I63.9^Cerebral infarction^I10||20230116|A\n", [("20230116", "DATE_REAL_YEAR")]),
    ("OBX|4|NM|30525-0^Age^LN||91|a^years^UCUM|||||F\n", [("91", "AGE_OVER_89")]),
    ('<value xsi:type="PQ" value="102" unit="a"/></observation>\n', [("102", "AGE_OVER_89")]),
    ('{ "code": { "text": "Age" }, "valueQuantity": { "value": 90, "unit": "a" } }\n', [("90", "AGE_OVER_89")]),
    ("  candidate B | F | 97 y | score 0.96\n", [("97", "AGE_OVER_89")]),
    ("CONTACT 2: ___, 104 y, TST 16 mm.\n", [("104", "AGE_OVER_89")]),
    ("OBX|2|ST|GENSN^Generator serial number^L||URR436937E||||||F\n", [("URR436937E", "DEVICE_ID")]),
    ('"serialNumber": "8UL25736",\n', [("8UL25736", "DEVICE_ID")]),
    ("Device serial: F5:63:22:35:AA:BE\n", [("F5:63:22:35:AA:BE", "DEVICE_ID")]),
    ("Loaner VDOT phone IMEI 35-965856-487884-8\n", [("35-965856-487884-8", "DEVICE_ID")]),
    ("<eVehicle><VehicleNumber>___</VehicleNumber><VIN>MGJ 8890</VIN></eVehicle>\n", [("MGJ 8890", "VEHICLE_ID")]),
    ("  ePCR import: unit=___  vehicle=9JLF230  crew=2\n", [("9JLF230", "VEHICLE_ID")]),
    ("Car reg. 85113-MA (patient drives himself to clinic DOT)\n", [("85113-MA", "VEHICLE_ID")]),
    ("Chart number at the county TB clinic: TB-62261\n", [("TB-62261", "MRN")]),
    ("In the matter of: ___, residing at 135 ELM AVE, ___.\n", [("135 ELM AVE", "STREET_ADDRESS")]),
    ("Radiologist, NYS license no. 302-165\nP: 2-1439\n", [("302-165", "LICENSE"), ("2-1439", "PAGER")]),
]
ROUND50_LEAVES = [
    # public specification sites, a fax vendor's toll-free support line, a masked HL7 phone
    'Profile: http://hl7.org/fhir/us/core and http://hl7.org/fhir/R4',
    'Fax service support: 1-888-463-6332.',
    'PID|1||___^^^___^MR||___^___||___|F|||___||^WPN^FX^^^___^___',
    '<birthTime value="21350424"/>',
]

ROUND51_FINDS = [
    # round 51: tuned on corpora 89-92 (left over) and 93-94 (ethics and advance care planning; tele-ICU and devices)
    ("RVCT item 'Social Security Number' completed: 117182028.\n", [("117182028", "SSN")]),
    ("Enrollment link: vdot.lenapecounty.gov/enroll?u=759866\n", [("vdot.lenapecounty.gov/enroll?u=759866", "URL")]),
    ("Scanned HCP available at https://docs.hudsoncrestmed.org/documents/hcp/91443386\n",
     [("https://docs.hudsoncrestmed.org/documents/hcp/91443386", "URL")]),
    ("Ethics consultant: ___, MA\nf. 570-789-8640\nDevice to be used if placed: none\n", [("570-789-8640", "FAX")]),
    ("MOLST registry confirmation: MR7619505\n", [("MR7619505", "ACCOUNT")]),
    ("Insurance: Medicare Advantage, member 2181-85505\n", [("2181-85505", "HEALTH_PLAN")]),
    ("residing at ___, ___, N.Y. 14882, as my attorney-in-fact\n", [("14882", "ZIP")]),
    ("Mobile imaging van (tag 868YRE) at the nursing facility.\n", [("868YRE", "VEHICLE_ID")]),
    ("hw addr 7f:c5:58:03:56:4c not in the MDM allow-list\n", [("7f:c5:58:03:56:4c", "DEVICE_ID")]),
    ("hw addr d203.9ac3.537b not in the MDM allow-list\n", [("d203.9ac3.537b", "DEVICE_ID")]),
    ("OBX|3|ST|68063^MDC_ATTR_SYS_ID^MDC||34-01-23-B5-A7-10||||||R\n", [("34-01-23-B5-A7-10", "DEVICE_ID")]),
    ("Downtime ticket: INC9580598\n", [("INC9580598", "ACCOUNT")]),
    ("Linked safety event: SE211928\n", [("SE211928", "ACCOUNT")]),
    ("Sensor SN: ___   Enrollment: ENR-6730096\n", [("ENR-6730096", "ACCOUNT")]),
    ("Tele-ICU consult number TC-146200 logged.\n", [("TC-146200", "ACCOUNT")]),
    ("Summary: tele-ICU rounding.\n(F, 98)\nActions: none\n", [("98", "AGE_OVER_89")]),
    ("Paged cardiology fellow on 44990 at 03:40; callback within 4 min\n", [("44990", "PAGER")]),
    ("PV1|1|I|5E-14||||||||||||||||1112856542\n", [("1112856542", "ACCOUNT")]),
    ("PV1-19 4087560958\n", [("4087560958", "ACCOUNT")]),
    ("| ADT_A02 | PV1-19=E218956240 -> 5E-14\n", [("E218956240", "ACCOUNT")]),
    ("gateway rcv13.clin.local; transmitter 30K36805; profile ICU\n", [("30K36805", "DEVICE_ID")]),
    ("PRT|1|UC||27775199^PUMP_SN\n", [("27775199", "DEVICE_ID")]),
    # read by two rules, counted once (a second seed of corpus 84)
    ("Subscriber # MVQ518996015 (UnitedHealthcare)\n", [("MVQ518996015", "HEALTH_PLAN")]),
    ("member 123456789 (Medicaid)\n", [("123456789", "HEALTH_PLAN")]),
]

ROUND51_LEAVES = [
    # a county's public page, a state bar's and a donor registry's sites, a manual, an ADAP enrollment's plan id only
    'See www.cdc.gov/tb/topic/basics/default.htm for more.',
    'the https://www.nysbar.com/elderlaw website for further reading',
    'the www.donatelife.net website for further reading',
    'See https://docs.python.org/3/library for it.',
    'Pump status (PCD-01):',
    '1041 | tele-gw13-prd | ALARM_FWD | SpO2 LOW -> pager group\n0423 | pcs-mw16 | ASSOC | bed bound',
    'Enrollment: 2019 cohort',
    '(M, 45)',
    'paged on 12/03 at 1400',
]

ROUND48_LEAVES = [
    'Contrast Lot 85C645, Best by 03/2027.',
    'Produced by Cresco Labs | facility license DO-02453',
    'Dispensary license MMTC-12486 posted',
    'see lab client-services fax 1-866-409-2996',
    'cycle 3 day 5; FET #2; donor #2',
    'living, 92% on room air',
    'Registry: masscannabiscontrol.com',
    'duodenoscope, reprocessing cycle #1511',
    'Sperm source: anonymous donor #3546 (bank-assigned donor code)',
    # round 49 (false hits of corpora 89-90): a public resource page, a genomics pipeline's version
    'Public information is at www.nccn.org/patients; cancer information line',
    'Annotation pipeline GATK 4.4.0.0. Related entries: VCV000009',
]
ROUND49_LEAVES = [
    # an expiry date in a product table's cell after the lot's; a booking or a chief complaint with no code; an
    # aliquot's position
    '| Xeomin | M14008 | exp 05/20/2024 | 20 units |',
    '| Sculptra | 84Y1329 | exp 2026-02-18 | 0.8 mL |',
    'Travel medical policy bought at booking; exclusions apply.',
    'Chief complaint: L5 radiculopathy',
    'Aliquot 2 of 3 sent.',
    'Kit barcode pending; activation code ___.',
]
CATCH_ALL_LEAVES = [
    "Trip # 1-888-555-0100 (the broker's public line)",  # a toll-free number: the phone rules claim it
    "CATH LAB 3   Case #: 5420016",                      # a procedure room's case count
    "Manufacturer report number 1234567-2021-01234",     # an FDA MDR number
    "see report 02-02-2161 for the prior study",         # a (shifted) date
    "order 500000 units of heparin",                     # a quantity
    "Case 55120 of the teaching file",                   # "case" counts only with an id word
    "IWRS confirmation KT-20931 for the kit",             # so does "confirmation"
    "grievance no. GRV-7731205___",                      # masked context
    "Trip 2/3: 12 miles",                                # no id-shaped value
]


@pytest.mark.parametrize(("text", "want"),
                         POS + ROUND6_FINDS + ROUND7_FINDS + ROUND8_FINDS + ROUND9_FINDS + ROUND10_FINDS
                         + ROUND11_FINDS + ROUND12_FINDS + ROUND13_FINDS + ROUND13B_FINDS + ROUND14_FINDS
                         + ORDER_NUMBER_FINDS + ROUND15_FINDS + ROUND16_FINDS + ROUND17_FINDS + ROUND18_FINDS
                         + ROUND19_FINDS + ROUND20_FINDS + ROUND21_FINDS + ROUND22_FINDS + ROUND23_FINDS
                         + ROUND24_FINDS + ROUND25_FINDS + ROUND26_FINDS + ROUND27_FINDS
                         + ROUND28_FINDS + ROUND29_FINDS + ROUND30_FINDS + ROUND31_FINDS + ROUND32_FINDS
                         + ROUND33_FINDS + ROUND34_FINDS + ROUND35_FINDS + ROUND36_FINDS + ROUND37_FINDS
                         + ROUND38_FINDS + ROUND39_FINDS + ROUND40_FINDS + ROUND41_FINDS + ROUND42_FINDS
                         + ROUND43_FINDS + ROUND44_FINDS + ROUND45_FINDS + ROUND46_FINDS + ROUND47_FINDS + ROUND48_FINDS
                         + ROUND49_FINDS + ROUND50_FINDS + ROUND51_FINDS
                         + CATCH_ALL_FINDS)
def test_rule_finds(loc, text, want):
    assert [(text[s:e], c) for s, e, c in loc.locate(text)] == want


@pytest.mark.parametrize("text", [
    "Dr. ___ was paged at 2200 and again at #___ at 0300.",   # 24-hour times after a page
    "p53 mutation; p16 positive; Ki-67 40%.",                 # genes and markers
    "Metoprolol 25 mg 1 TAB PO DR BID; 2 CAP PO DAILY.",       # doses, not a street
    "BP 132/78, pain 5/10, titre 1/160, INR 2.1.",             # ratios
    "Pt is 95% on RA; HR is 95. Sats at 92.",                  # vitals, not ages
    "Tmax 101.2F, T 99F with chills.",
    "Seen on 03/14/2135 and 2150-01-02; follow up 4/5.",      # shifted dates, a fraction
    "Call ___-555-1234 or ___ 1234. Fax: ___.",                # masked context
    "Car seat provided. Van ride home arranged.",
] + ROUND6_LEAVES + ROUND7_LEAVES + ROUND8_LEAVES + ROUND9_LEAVES + ROUND10_LEAVES + ROUND11_LEAVES
   + ROUND12_LEAVES + ROUND13_LEAVES + ROUND13B_LEAVES + ROUND14_LEAVES + ORDER_NUMBER_LEAVES + OVERCOUNT_LEAVES
   + ROUND15_LEAVES + ROUND16_LEAVES + ROUND17_LEAVES + ROUND18_LEAVES + ROUND19_LEAVES + ROUND20_LEAVES
   + ROUND21_LEAVES + ROUND22_LEAVES + ROUND23_LEAVES + ROUND24_LEAVES + ROUND25_LEAVES + ROUND26_LEAVES
   + ROUND27_LEAVES + ROUND28_LEAVES + ROUND29_LEAVES + ROUND30_LEAVES + ROUND31_LEAVES
   + ROUND32_LEAVES + ROUND33_LEAVES + ROUND34_LEAVES + ROUND35_LEAVES + ROUND36_LEAVES + ROUND37_LEAVES
   + ROUND38_LEAVES + ROUND39_LEAVES + ROUND40_LEAVES + ROUND41_LEAVES + ROUND42_LEAVES + ROUND43_LEAVES
   + ROUND44_LEAVES + ROUND45_LEAVES + ROUND46_LEAVES + ROUND47_LEAVES + ROUND48_LEAVES + ROUND49_LEAVES
   + ROUND50_LEAVES + ROUND51_LEAVES + CATCH_ALL_LEAVES)
def test_rule_leaves_alone(loc, text):
    assert loc.locate(text) == []


def test_duckdb_tier_counts_these_cases_as_the_locator_does():
    """The shadows (dedupes, credential-not-plate, model-not-serial, dose ranges) subtract in SQL by count
    and in Python by span: on every case above the per-category counts must agree."""
    rules = load_pattern_rules()
    texts = [t for t, _ in POS + ROUND6_FINDS + ROUND7_FINDS + ROUND8_FINDS + ROUND9_FINDS + ROUND10_FINDS
             + ROUND11_FINDS + ROUND12_FINDS + ROUND13_FINDS + ROUND13B_FINDS + ROUND14_FINDS + ORDER_NUMBER_FINDS
             + ROUND15_FINDS + ROUND16_FINDS + ROUND17_FINDS + ROUND18_FINDS + ROUND19_FINDS
             + ROUND20_FINDS + ROUND21_FINDS + ROUND22_FINDS + ROUND23_FINDS + ROUND24_FINDS
             + ROUND25_FINDS + ROUND26_FINDS + ROUND27_FINDS + ROUND28_FINDS + ROUND29_FINDS + ROUND30_FINDS
             + ROUND31_FINDS + ROUND32_FINDS + ROUND33_FINDS + ROUND34_FINDS + ROUND35_FINDS + ROUND36_FINDS
             + ROUND37_FINDS + ROUND38_FINDS + ROUND39_FINDS + ROUND40_FINDS + ROUND41_FINDS + ROUND42_FINDS
             + ROUND43_FINDS + ROUND44_FINDS + ROUND45_FINDS + ROUND46_FINDS + ROUND47_FINDS + ROUND48_FINDS
             + ROUND49_FINDS + ROUND50_FINDS + ROUND51_FINDS
             + CATCH_ALL_FINDS]
    texts += ORDER_NUMBER_LEAVES + ROUND16_LEAVES + ROUND17_LEAVES + ROUND18_LEAVES + ROUND19_LEAVES + ROUND20_LEAVES
    texts += ROUND21_LEAVES + ROUND22_LEAVES + ROUND23_LEAVES + ROUND24_LEAVES + ROUND25_LEAVES + ROUND26_LEAVES
    texts += ROUND27_LEAVES
    texts += (ROUND28_LEAVES + ROUND29_LEAVES + ROUND30_LEAVES + ROUND31_LEAVES + ROUND32_LEAVES + ROUND33_LEAVES
              + ROUND34_LEAVES + ROUND35_LEAVES + ROUND36_LEAVES + ROUND37_LEAVES + ROUND38_LEAVES
              + ROUND39_LEAVES + ROUND40_LEAVES + ROUND41_LEAVES + ROUND42_LEAVES + ROUND43_LEAVES + ROUND44_LEAVES
              + ROUND45_LEAVES + ROUND46_LEAVES + ROUND47_LEAVES + ROUND48_LEAVES + ROUND49_LEAVES
              + ROUND50_LEAVES + ROUND51_LEAVES + CATCH_ALL_LEAVES)
    texts += ROUND6_LEAVES + ROUND7_LEAVES + ROUND8_LEAVES + ROUND9_LEAVES + ROUND10_LEAVES + ROUND11_LEAVES
    texts += ROUND12_LEAVES + ROUND13_LEAVES + ROUND13B_LEAVES + ROUND14_LEAVES + ROUND15_LEAVES
    texts += OVERCOUNT_LEAVES
    texts += [t + "\n" for t in texts]  # a final line break: "$" is the end of the text in both engines
    con = duckdb.connect()
    con.register("cases", pa.table({"text": texts, "k": [str(i) for i in range(len(texts))]}))
    counts = scan_table(con, "cases", "text", "k", rules)
    loc = Locator(rules)
    for i, text in enumerate(texts):
        want: dict[str, int] = {}
        for _s, _e, cat in loc.locate(text):
            want[cat] = want.get(cat, 0) + 1
        got = {c: n for c, n in counts.hits.get(str(i), {}).items() if n}
        assert got == want, text


def test_dollar_is_the_end_of_the_text_in_both_engines():
    """RE2 (DuckDB) reads "$" as the very end of the text; Python's re also before a final newline. The
    Locator compiles "$" as RE2 does, so a note ending in a line break gives the same count in both."""
    assert re2_dollar(r"a[ \t]*$") == r"a[ \t]*\Z"
    assert re2_dollar(r"(?:$|[^\w$])/\$\$?x[]$]") == r"(?:\Z|[^\w$])/\$\$?x[]$]"  # classes and escapes kept
    rules = load_pattern_rules()
    texts = ["Insulin pump SN: RNB188760\n", "Insulin pump SN: RNB188760", "Insulin pump: RNB188760\n",
             "Mother died at 95\n", "Address: ___, ___ 02118\n", "Lives at 12 Rue de la Paix\n"]
    con = duckdb.connect()
    con.register("cases", pa.table({"text": texts, "k": [str(i) for i in range(len(texts))]}))
    counts = scan_table(con, "cases", "text", "k", rules)
    loc = Locator(rules)
    for i, text in enumerate(texts):
        got = {c: n for c, n in counts.hits.get(str(i), {}).items() if n}
        want: dict[str, int] = {}
        for _s, _e, cat in loc.locate(text):
            want[cat] = want.get(cat, 0) + 1
        assert got == want, text
    assert [c for *_, c in loc.locate(texts[0])] == ["DEVICE_ID"]  # one device, found by two rules, counted once
    # a rule that ends in "$" (none of the shipped ones does now): one hit in both engines, at the text end only
    base = load_pattern_rules()
    solo = PatternRules(mask=base.mask, mask_glue=base.mask_glue, over_masking=(), shadows=(),
                        rules=(PatternRule("ends_at_dollar", "MRN", r"\bMRN (\d{6})[ \t]*$"),))
    texts = ["MRN 123456\n", "MRN 123456", "MRN 123456\nMRN 654321\n"]
    con.register("solo", pa.table({"text": texts, "k": ["0", "1", "2"]}))
    counts = scan_table(con, "solo", "text", "k", solo)
    assert [counts.hits[k]["MRN"] for k in ("0", "1", "2")] == [0, 1, 0]
    assert [len(Locator(solo).locate(t)) for t in texts] == [0, 1, 0]


def test_undefined_fragment_is_an_error_even_with_a_digit(tmp_path):
    """A placeholder such as {DATE8} must not be left in a regex as literal text."""
    from lqs_clinical.errors import UserError
    from lqs_clinical.notes.rules import load_pattern_rules

    (tmp_path / "patterns.yaml").write_text(
        "version: 1\nmask: '_{3,}'\nmask_glue: '_{3,}'\nfragments:\n  DATE_YMD: '\\d{8}'\n"
        "recognizers:\n  - name: d\n    supported_entity: DATE_REAL_YEAR\n"
        "    patterns:\n      - {name: d, regex: '({DATE8})', score: 0.5}\n")
    with pytest.raises(UserError, match="undefined fragment 'DATE8'"):
        load_pattern_rules(tmp_path)


def test_catch_all_finds_nothing_a_rule_or_not_identifier_claims(tmp_path):
    """First rule wins: a catch-all value that a recognizer matched (and a shadow then subtracted), or that a
    not-identifier matched, is no catch-all hit; the same value alone is one. Both engines agree."""
    (tmp_path / "patterns.yaml").write_text(
        "version: 1\nmask: '_{3,}'\nmask_glue: '[A-Za-z0-9./:#-]*_{3,}[A-Za-z0-9./:#-]*'\n"
        "recognizers:\n"
        "  - name: phone\n    supported_entity: PHONE\n    patterns:\n"
        "      - {name: phone, regex: '\\b\\d{3}-\\d{3}-\\d{4}\\b', score: 0.5}\n"
        "  - name: phone_toll_free\n    supported_entity: PHONE\n    shadows: [PHONE]\n"
        "    shadow_regex: '\\b8(?:00|88)-\\d{3}-\\d{4}\\b'\n    patterns: []\n"
        "catch_all:\n"
        "  - {name: trip, supported_entity: ACCOUNT, regex: '(?i:\\btrip[ \\t]*#?[ \\t]*)([0-9-]{5,14})\\b'}\n"
        "not_identifiers:\n  - {name: year_span, regex: '\\b(?:19|20)\\d\\d-(?:19|20)\\d\\d\\b'}\n",
        encoding="utf-8")
    rules = load_pattern_rules(tmp_path)
    texts = ["Trip # 888-555-0100", "Trip # 617-555-0100", "trip 2019-2021", "trip 4410-22", "trip 4410-22 trip 88120"]
    want = [[], [("617-555-0100", "PHONE")], [], [("4410-22", "ACCOUNT")],
            [("4410-22", "ACCOUNT"), ("88120", "ACCOUNT")]]
    loc = Locator(rules)
    assert [[(t[s:e], c) for s, e, c in loc.locate(t)] for t in texts] == want
    con = duckdb.connect()
    con.register("cases", pa.table({"text": texts, "k": [str(i) for i in range(len(texts))]}))
    counts = scan_table(con, "cases", "text", "k", rules)
    assert [{c: n for c, n in counts.hits[str(i)].items() if n} for i in range(len(texts))] == [
        {}, {"PHONE": 1}, {}, {"ACCOUNT": 1}, {"ACCOUNT": 2}]


def test_a_deferred_pattern_counts_only_text_no_rule_claimed(tmp_path):
    """``defer: true``: the pattern reads the text the rules, shadows and rulings (``before_deferred``) leave, so
    an identifier it and a rule both read counts once whatever the two spans; a ruling rules its reading out, a
    plain not-identifier does not (it only binds the catch-all), and the catch-all never counts what a deferred
    pattern read. Both engines agree."""
    (tmp_path / "patterns.yaml").write_text(
        "version: 1\nmask: '_{3,}'\nmask_glue: '[A-Za-z0-9./:#-]*_{3,}[A-Za-z0-9./:#-]*'\n"
        "recognizers:\n"
        "  - name: licence\n    supported_entity: LICENSE\n    patterns:\n"
        "      - {name: lic_context, score: 0.5,\n"
        "         regex: '(?i:\\blicen[cs]e[ \\t]*(?:no\\.?[ \\t]*)?)([A-Z]{0,3}-?\\d{5,8})\\b'}\n"
        "      - {name: lic_short, defer: true, score: 0.5,\n"
        "         regex: '(?i:\\blic(?:\\.|ense)[ \\t]*(?:no\\.?[ \\t]*)?)(\\d{2}-\\d{5})\\b'}\n"
        "catch_all:\n"
        "  - {name: ref, supported_entity: ACCOUNT, regex: '(?i:\\b(?:ref|lic\\.)[ \\t]*)(\\d{2}-\\d{5})\\b'}\n"
        "not_identifiers:\n"
        "  - {name: facility, before_deferred: true, regex: '(?i:\\bfacility[ \\t]+lic\\.[ \\t]*)\\d{2}-\\d{5}\\b'}\n"
        "  - {name: demo, regex: '(?i:\\bdemo[ \\t]+lic\\.[ \\t]*)\\d{2}-\\d{5}\\b'}\n",
        encoding="utf-8")
    rules = load_pattern_rules(tmp_path)
    assert [r.name for r in rules.deferred] == ["lic_short"] and [r.name for r in rules.catch_all] == ["ref"]
    texts = ["license no. 68-35432", "lic. 68-35432", "facility lic. 68-35432", "demo lic. 68-35432", "ref 68-35432"]
    want = [[("68-35432", "LICENSE")], [("68-35432", "LICENSE")], [], [("68-35432", "LICENSE")],
            [("68-35432", "ACCOUNT")]]
    loc = Locator(rules)
    assert [[(t[s:e], c) for s, e, c in loc.locate(t)] for t in texts] == want
    con = duckdb.connect()
    con.register("cases", pa.table({"text": texts, "k": [str(i) for i in range(len(texts))]}))
    counts = scan_table(con, "cases", "text", "k", rules)
    assert [{c: n for c, n in counts.hits.get(str(i), {}).items() if n} for i in range(len(texts))] == [
        {"LICENSE": 1}, {"LICENSE": 1}, {}, {"LICENSE": 1}, {"ACCOUNT": 1}]


def test_catch_all_with_an_unknown_category_is_an_error(tmp_path):
    (tmp_path / "patterns.yaml").write_text(
        "version: 1\nmask_glue: 'x'\ncatch_all:\n  - {name: c, supported_entity: NUMBER, regex: 'a'}\n",
        encoding="utf-8")
    with pytest.raises(UserError, match="catch-all rule 'c' has unknown category 'NUMBER'"):
        load_pattern_rules(tmp_path)
