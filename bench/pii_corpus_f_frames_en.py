"""English frames of corpus F (``bench/pii_corpus_f.py``) in the styles of documents people paste:
support tickets and replies, HR and reference letters, discharge summaries, prescriptions, lab,
dental and vet reports, property listings, school forms, itineraries and boarding passes, visa
letters, accident and insurance reports, fines, court papers, bank and courier notices, copied
PDF text, dictated notes and Hong Kong / Singapore / UK / Spanish / US forms. Slots are
``{slot}``, ``{slot_2}`` for a second value, ``{slot:mod}`` for a written form.
"""

from __future__ import annotations

EN_DOCS: list[str] = [
    "Can you draft a reply to this ticket? Keep it apologetic but don't promise a refund date.\n---\n"
    "Ticket {ticket} | Priority: High\nCustomer: {ename}\nEmail: {email}\nPhone: {phone}\n"
    "Message: I was charged twice for the annual plan. The second charge hit my card {card} on {date}.\n---",

    "Proofread my reply before I send it: \"Hi {ename}, thanks for bearing with us. I've changed the delivery "
    "address on order {order} to {addr}, and the driver will ring you on {phone} about 30 minutes before arrival. "
    "Kind regards, Customer Care\"",

    "Turn these notes into a proper offer letter, friendly but formal:\ncandidate {ename} / role: Senior Data "
    "Analyst / start {date} / base {amount} / payroll needs DOB {dob} and bank acct {wacct} / send to {email}",

    "I'm writing a reference for a former intern. Make this paragraph warmer without overdoing it: '{ename} "
    "worked in our analytics team at {company} from {date} to {date_2}. She is welcome to share my contact "
    "details, and I can be reached on {wphone} for any follow-up.'",

    "Summarise this HR letter in two lines for my partner:\n\nPrivate & Confidential\n{ename}\n{ukaddr:nl}\n\n"
    "Dear {ename},\nFurther to our meeting on {date}, I confirm that your employment will end on {date_2}. "
    "Your P45 will show National Insurance number {nino}.",

    "Explain this discharge summary to my mum in simple words:\nDISCHARGE SUMMARY\nPatient: {ename}    "
    "Hospital no.: {mrn}    DOB: {dob}\nAdmitted: {date}   Discharged: {date_2}\nDiagnosis: community-acquired "
    "pneumonia\nTTOs: amoxicillin 500 mg TDS x 5/7\nNext of kin: {ename_2}, {wphone}",

    "What is this prescription telling me to do? 'Rx  {ename}  DOB {dob}  Rec# {mrn}\nMetformin 500mg 1 tab BID "
    "c meals #60  RF x2\n{date}'",

    "This is copied from a PDF lab report, is anything abnormal?\n\nNorth-\nside Diagnostics Ltd   Patient: "
    "{ename}   Sex: F\nMRN: {mrn}   Date of birth: {dob}\nHaemo-\nglobin 11.2 g/dL (12.0-15.5)\nFerri-\n"
    "tin 9 ng/mL (15-150)\nReported {date}",

    "Rewrite these dental chart notes as a short letter to the patient (send to {email}): Pt {ename}, DOB {dob}, "
    "chart {mrn}. UL6 MOD composite placed, LR6 needs RCT, 6 month recall.",

    "Summarise this for the dog's owner, plain English: 'Patient: Biscuit, Labrador, 7y. Owner: {ename}, {addr}, "
    "tel {phone}. Lame on left hind; radiographs show mild hip dysplasia. Meloxicam 1.5 mg/ml, 0.1 mg/kg SID.'",

    "Make this listing punchier for Rightmove: 'Charming three-bed semi at {ukaddr}. South-facing garden, new "
    "boiler, chain free. Viewings through the owner, {ename}, on {ukphone}.'",

    "Write a polite email to the letting agent asking to view the flat at {addr} this Saturday morning. Sign it "
    "{ename}, {phone}, and mention I already have a mortgage agreement in principle.",

    "Check this school enrolment form for missing fields:\nChild's full name: {ename}\nDate of birth: {dobkid}\n"
    "Parent/guardian: {ename_2}\nMobile: {phone}\nEmail: {email}\nHome address: {addr}\nAllergies: peanuts (mild)",

    "fix the grammar pls: 'Dear Ms Okafor, my son {ename} will be absent on friday for the dentist, he will be "
    "back monday. any problem call me {phone}. thanks {ename_2}'",

    "Put this itinerary into a table: Traveller: {ename} | Passport {passport} | Flight {flight} on {date} at "
    "{time} | Hotel: {hotel}, ref {pnr} | Emergency contact: {wphone}",

    "Which gate do I go to and when does boarding close?\n\nBOARDING PASS\n{ename:bp}\nFROM LHR  TO SIN\n"
    "FLIGHT {flight}   DATE {date}\nSEAT {seat}   GROUP 3   PNR {pnr}\nDOC {passport}",

    "Translate this hotel confirmation into Spanish for my parents: 'Reservation confirmed for {ename}. Arrival "
    "{date}, 3 nights at {hotel}. Guest phone {phone}. The card on file ({card}) is charged at check-in.'",

    "Draft a visa invitation letter to the German embassy. I'm {ename} of {deaddr}, and I'm inviting my cousin "
    "{ename_2} (passport no. {passport}, born {dob}) to stay with me for three weeks in August.",

    "Help me write the 'what happened' part of an accident report. My car: {plate}, VIN {vin}. The other driver, "
    "{ename}, was in {plate_2} and gave policy {policy}. It happened at the junction outside {addr} at about {time}.",

    "Summarise this claim for my broker in three bullets: policyholder {ename}, date of birth {dob}; vehicle VIN "
    "{vin}, reg {ukplate}; windscreen cracked on the M6 on {date}; settlement to IBAN {iban}.",

    "Is this parking fine legit? 'PENALTY CHARGE NOTICE {pcn}. Vehicle {ukplate} was observed parked in a "
    "restricted street on {date} at {time}. Pay £70 within 14 days.' If it is, write an appeal from {ename}, "
    "{ukaddr}.",

    "Translate this French fine and tell me if I can contest it: 'Avis de contravention - véhicule immatriculé "
    "{frplate}, titulaire du certificat : {ename}, {fraddr}. Excès de vitesse inférieur à 20 km/h le {date}.'",

    "Explain in plain English:\nIN THE COUNTY COURT AT MANCHESTER   Claim No. {claim}\nBETWEEN\n{ename:up}  "
    "Claimant\n-and-\n{company}  Defendant\nUpon hearing the Claimant, of {ukaddr}, IT IS ORDERED that the "
    "Defendant pay the Claimant £4,250 by 4pm on {date}.",

    "Is this transfer confirmation real or a scam? 'Payment sent. EUR 2,400.00 to {ename}, IBAN {iban}, "
    "reference {ref}, executed {date}. If you did not authorise this payment call your branch.'",

    "My courier sent this, what do I do? 'We could not deliver parcel {tracking} to {addr} (recipient: {ename}). "
    "Our driver tried {phone} twice. We will try again tomorrow before 6pm.'",

    "Check this before I submit it:\nName (as in NRIC): {sgname}\nNRIC No.: {nric}\nDate of birth: {dob}\n"
    "Mobile: {sgphone}\nResidential address: {sgaddr}",

    "Translate to Traditional Chinese for the bank in Hong Kong: applicant {hkname}, HKID {hkid}, residential "
    "address {hkaddr}, mobile {hkphone}, date of birth {dob}.",

    "Write a clause for a Spanish rental contract: landlord {ename}, DNI {dni}, property at {esaddr}; the "
    "tenant pays the deposit to IBAN {iban} within 5 days of signing.",

    "I'm filling a W-4 for a new hire, which boxes in step 2 apply if she has two jobs? Name {ename}, SSN {ssn}, "
    "address {usaddr}.",

    "The patient portal says 'no match' when I enter my MRN {mrn} and birthdate {dob}. What should I tell the "
    "help desk?",

    "note to self call {ename} tomorrow about the deposit her number is {phone} the flat is {addr} and she "
    "needs my passport number {passport} for the contract",

    "Sorry about the formatting, this is pasted from a PDF:\nThis Tenancy Agree-\nment is made between {ename} "
    "(the\nLandlord) and {ename_2} (the Ten-\nant) for the property at\n{addr:nl}\nRent is payable monthly to "
    "{iban}.\nWhat's the notice period in this kind of contract?",

    "Write a cancellation letter for my gym membership. Member: {ename}, {addr}. Direct debit from account "
    "{wacct}. Cancel from {date}, and ask them to confirm by email to {email}.",

    "Fill in my Anmeldung, I only have this: Familienname, Vorname: {ename}; Geburtsdatum: {dob}; neue Wohnung: "
    "{deaddr}; Reisepass-Nr. {passport}; Telefon {dephone}.",

    "Draft a police report for a stolen wallet. It went missing on the number 42 bus on {date}. Inside: my credit "
    "card {card}, my driving licence and my passport {passport}. Contact me at {email}.",

    "Reply to my guest for me: 'Hi! We land at {time}, booking is under {ename}. You can WhatsApp me on {intl} "
    "if anything changes. Is early check-in possible?'",

    "My dad went hiking and his phone's last shared location was {gps}. His name is {ename}, he's 67 and diabetic. "
    "What exactly should I tell mountain rescue?",

    "The EXIF of the photo I posted says {gps}. That's basically my house at {addr}, right? How do I strip this "
    "before posting next time?",

    "Our customer {ename} says she's locked out. Her failed logins came from {ip} and {ip_2}, and her account "
    "email is {email}. Draft a reply asking her to confirm those were her devices.",

    "Polish this ad: '2018 Golf 1.5 TSI, 61k miles, full history, VIN {vin}, reg {ukplate}. Call or text "
    "{ename} on {ukphone}, no time wasters.'",

    "Summarise the mortgage application for the underwriter: applicants {ename} (DOB {dob}) and {ename_2}; joint "
    "account {wacct}; property {addr}; deposit {amount}.",

    "Translate this Chinese colleague's intro into English for our newsletter: my new team member is {cname} "
    "({pyname}), she joins from {cncompany} and you can reach her at {email} or {cnphone}.",

    "Write a thank-you card message to the nurse who looked after my grandmother, {ename}, patient number {mrn}, "
    "on ward 9 at St Luke's last month.",

    "Here's my kid's passport renewal info, which documents am I missing? Child: {ename}, born {dobkid}, old "
    "passport {ukpassport}, home {ukaddr}, parent phone {ukphone}.",
]
