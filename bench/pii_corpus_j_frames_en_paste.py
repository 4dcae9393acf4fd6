"""English frames of corpus J (``bench/pii_corpus_j.py``) with pasted material under a request: a
family organiser's export, a small firm's payroll sheet, supplier and customer e-mails, listings
and offers, ward lists and handover notes, CVs and recruiter notes, immigration questionnaires,
dealership deal sheets, pharmacy labels and repeat slips, admissions exports, tenancy ledgers, travel
itineraries, gym sign-up forms, vet visit notes and wedding run sheets; some long, some dictated.
Slots as in corpus F: ``{slot}``, ``{slot_2}``, ``{slot:mod}``.
"""

from __future__ import annotations

EN_PASTE: list[str] = [
    "what's on for the kids this week? export from the family app:\n\nMon  Swim - {jfname} - coach picks up from "
    "{jhome}\nTue  Orthodontist - {jmname} (DOB {jdobkid}) 3:40pm\nWed  Playdate at {jname}'s, {jhome_2}\nThu  —\nFri  "
    "Birthday party, RSVP to {usphone}",

    "Work out each person's net pay from this, tax 20% flat, and give me a CSV back:\n\nname,hours,rate,bank\n{jname},"
    "38,14.50,{ukac}\n{jname_2},40,15.00,{ukac_2}\n{jname_3},16,13.20,{ukac_3}",

    "Rewrite this to the supplier so it sounds less angry:\n\n\"Hi, the pallet of jars arrived smashed AGAIN. This is "
    "the third time. Refund to the usual account, IBAN {jiban}, or we're switching suppliers. {jname}, owner\"",

    "Summarise this complaint and suggest a reply:\n\nFrom: {jname} <{pmail}>\nOrder {order}\n\nI ordered a birthday "
    "cake for my son's party and it was delivered to the wrong house. My address is {jhome}, not next door. Please call "
    "me on {jphone}. I want a full refund.",

    "Check this offer summary for mistakes before I send it to the vendor:\n\nProperty: {jhome}\nBuyer: {jname}\nBuyer's "
    "solicitor: Harper & Co\nOffer: $612,000, subject to finance\nDeposit: 5% on exchange\nBuyer mobile: {usphone}",

    "Turn these viewing notes into a short email to the vendor:\n\n- 10:00 {jname} (first-time buyer, pre-approved) "
    "liked the garden\n- 10:30 {jname_2} ({jphone}) worried about road noise\n- 11:00 no-show\n- 11:30 {jname_3} wants "
    "a second viewing",

    "Reformat the ward list into a table with columns bed, name, DOB, hospital no.:\n\n3 - {jname:up} - {jdob} - "
    "{wardmrn}\n7 - {jname_2:up} - {jdob_2} - {wardmrn_2}\n11 - {jname_3:up} - {jdob_3} - {wardmrn_3}",

    "handover note is a mess can you clean it up\n\nbed 9 {jname} dob {jdob} nhs {nhs} for discharge tmrw daughter "
    "{jfname} collecting ring her {ukphone} before 10 pharmacy still waiting on TTOs",

    "Summarise this CV in 4 bullets, and leave out anything the client shouldn't see:\n\n{jname}\n{jhome} · {jphone} · "
    "{pmail}\nDate of birth: {jdob}\n\nExperience\n2019–now  Warehouse lead, 14 staff\n2015–2019  Forklift operator\n\n"
    "Licences: FLT counterbalance, first aid",

    "Draft a message to the candidate from these notes:\n\nCand: {natname} / {jphone} / {pmail}\nRole: QA engineer, "
    "Athens office\nStatus: client wants 2nd interview Thu or Fri, 45 min, video\nSalary ask: €38k",

    "Fill the immigration questionnaire from the client's email. Return JSON.\n\n\"Hi, my full name is {jfname}, I was "
    "born on {jdob} in Manila. Passport {phpp}, issued 2021. I live at {usaddr} with my husband {jmname}. My phone is "
    "{usphone}.\"",

    "Check the dates in this timeline are consistent:\n\nClient: {jname}\nDOB: {jdob}\nEntered UK: {date}\nBRP number "
    "issued: {date_2}\nCurrent address: {ukaddr}\nPassport: {ukpassport}",

    "Translate into simple Spanish for the client:\n\nDear {jname}, we have filed your application. Please send a "
    "copy of your passport ({mxpp}) and proof of address for {usaddr} by {date}. Questions: call our office.",

    "Summarise this deal sheet for the finance manager:\n\nCustomer: {jname}\nAddress: {jhome}\nDOB: {jdob}\nVehicle: "
    "2024 {carmodel}, VIN {jvin}, stock {stockno}\nTrade-in: VIN {jvin_2}, reg {ukplate}\nAmount financed: £21,900 over "
    "48 months",

    "Write a handover email to the service department:\n\nNew car delivered to {jname} today, plate {usplate}, VIN "
    "{jvin}. Customer asked for first service reminder by text to {jphone}. Trade-in paperwork still missing the title.",

    "Is this finance application complete? What's missing?\n\nApplicant: {jname}\nSSN: {ssn}\nDOB: {jdob}\nAddress: "
    "{jhome}\nEmployer: {company}\nAnnual income: $64,000\nCo-applicant: {jname_2}",

    "Check the label against the prescription and tell me if anything doesn't match:\n\nLABEL: {jname:up}  DOB {jdob}\n"
    "{drug}  take ONE daily\nRx {wardmrn}\n\nPRESCRIPTION: {jname}, born {jdob_2}, {drug}, one daily",

    "Reply to this repeat prescription request:\n\n\"Hello, it's {jname}, date of birth {jdob}. Can I get my {drug} "
    "refilled and delivered to {jhome}? Medicare {medicare}. Thanks\"",

    "Extract the applicants into CSV (name, dob, email, course):\n\n1. {jname} — born {jdob} — {pmail} — {course}\n2. "
    "{jname_2} — born {jdob_2} — {pmail_2} — {course}\n3. {natname} — born {jdob_3} — {pmail_3} — {course}",

    "Write the admissions decision letter from this record:\n\nApplicant {jname}\nAddress {ukaddr}\nProgramme {course}\n"
    "Decision: unconditional offer\nScholarship: £2,000\nContact: {pmail}",

    "Compute what each tenant owes from this ledger and draft a reminder to anyone behind:\n\nUnit 1  {jname}  rent "
    "1200  paid 1200  {jphone}\nUnit 2  {jname_2}  rent 1150  paid 575  {jphone_2}\nUnit 3  {jname_3}  rent 1300  paid "
    "0  {pmail}",

    "Is this tenancy clause fair to me as the landlord?\n\n\"The Tenant, {jname}, of {jhome}, date of birth {jdob}, "
    "shall pay the deposit of $2,900 into account {usac} held by the Landlord, and shall not keep pets other than one "
    "cat.\"",

    "Make this itinerary printable:\n\nPAX 1 {jname:up}  passport {jpp}\nPAX 2 {jname_2:up}  passport {uspp}\n{flight} "
    "dep {time}\nHotel: {hotel}, conf {conf}\nEmergency contact: {jname_3}, {jphone}",

    "The client sent this for her visa letter, put it into a formal paragraph:\n\nname {jfname}\nborn {jdob}\npassport "
    "{hpassport}\nhome {jhome}\ntrip: {country}, 12 days, visiting a friend",

    "Summarise the sign-up form and flag anything missing:\n\nName: {jname}\nDOB: {jdob}\nAddress: {jhome}\nMobile: "
    "{jphone}\nEmergency contact: {jname_2} ({jphone_2})\nPlan: {gymplan}\nCard: {jcard}\nHealth issues: knee surgery "
    "2022",

    "Write up the vet visit for the owner email:\n\nOwner: {jname}, {pmail}, {jphone}\nPatient: {pet}, {breed}, 7 y\n"
    "Weight 31.4 kg\nDx: ear infection, L\nRx: drops 2x daily 10 days\nRecheck in 2 weeks",

    "Turn this wedding run sheet into a timeline the venue can read:\n\n14:00 ceremony, bride {jfname}, groom "
    "{jmname}\n15:00 photos\n17:30 speeches (best man {jmname_2}, call him on {jphone} if late)\n19:00 first dance",

    "rsvp list, tell me who still hasn't answered and draft a nudge:\n{jname} - yes - 2\n{jname_2} - ?\n{jname_3} - no\n"
    "{jname_4} - ? - {pmail}",

    "Summarise this voicemail transcript: hi this is {jname:lo} um calling about the two bed on {jhome:lo} i'd like to "
    "see it saturday if possible my number is {vphone} thanks",

    "dictated note, turn into a proper message to the owner: owner {jfname} dog {pet} booked for spay on the fourteenth "
    "drop off eight am nil by mouth from midnight she asked about payment card ending {last4} on file",

    "The school wants this form in their portal format, convert it to key: value lines:\n\nChild: {jmname}\nDOB: "
    "{jdobkid}\nParent: {jname}\nAddress: {jhome}\nPhone: {jphone}\nDoctor: Dr Mensah",

    "Check this supplier master data for typos and return corrected JSON:\n\n{\"supplier\": \"Greenleaf Produce\", "
    "\"contact\": \"{jname}\", \"email\": \"{wmail}\", \"iban\": \"{jiban}\", \"phone\": \"{jphone}\"}",

    "Draft a polite chaser from this thread:\n\n> From: {jfname} <{wmail}>\n> We sent invoice {invoice} on {date}, "
    "£1,180, 30 days. Please pay to sort code {sortcode}, account {ukac}.\n\nWe paid last week. Ask her to check.",

    "the new starter form came back like this, what's wrong with it?\n\nFull name: {jname}\nDate of birth: {jdob}\nNI "
    "number: {nino}\nAddress: {ukaddr}\nBank sort code: {sortcode}\nAccount: {ukac}\nEmergency contact: {jname_2} "
    "{ukphone}",

    "Summarise for the partner:\n\nWe act for {jfname} (DOB {jdob}), a national of Ireland living at {jhome}. PPS {pps}. "
    "Her employer is sponsoring her husband {jmname}, passport {jpp}. Next step: biometrics.",

    "The listing export has the owner's details in it. Rewrite it without them:\n\n{listing} | {jhome} | 4bd/2ba | "
    "$749,000 | owner {jname} {jphone} | lockbox 3321",

    "Compute the security deposit return: deposit $1,800, minus $240 cleaning, minus $95 key replacement. Tenant "
    "{jname}, forwarding address {usaddr}. Then draft the itemised letter.",

    "Put this booking into the CRM fields (name, email, phone, dob, passport):\n\nHi, booking for my mother "
    "{jfname}, born {jdob}, passport {hpassport}. Reply to me at {pmail} or {intl}. Thanks, {jname}",

    "This came in through the website chat. Summarise and suggest next step:\n\n[visitor] hi im {jname:lo}, i want to "
    "trade in my car for an EV. it's a 2017 golf, reg {ukplate}, vin {jvin}. call me {ukphone} after 5",

    "Tidy this pharmacy delivery list and sort by postcode:\n\n{jname} | {ukaddr} | {drug}\n{jname_2} | {ukaddr_2} | "
    "{drug}\n{jname_3} | {ukaddr_3} | {drug}",

    "Translate into Portuguese for the client's family:\n\nDear family of {jmname}, he was admitted to {ward} last night "
    "and is stable. Hospital number {wardmrn}. Please bring his medication list. Ward phone: {ukphone}.",

    "Merge these two records, they're the same person:\n\nA: {jname}, {jdob}, {jphone}, {pmail}\nB: {jname:up}, "
    "{jdob}, no phone, {jhome}",

    "Write a short bio for the wedding website from this:\n\nWe're {jfname} and {jmname}. We met at uni in 2014. "
    "Contact for RSVPs: {pmail}. Gifts: honeymoon fund, IBAN {jiban}.",

    "Explain this error from our booking plugin and how to fix it:\n\n[2025-03-04 10:12:55] ERROR auth failed for key "
    "{jkey} from {pubip}\n[2025-03-04 10:12:56] WARN retrying...",

    "The POS config file needs cleaning up before I send it to the vendor:\n\nstore_id=114\nterminal_ip={lanip}\n"
    "gateway_key={jkey}\nadmin_pass={hpwd}\nreceipt_footer=Thank you!",

    "Summarise this member dispute:\n\nMember {jfname} (no. 44812) says she cancelled in March but was charged in April "
    "and May to card {jcard}. She's at {jhome}, phone {jphone}. Contract says 30 days notice in writing.",

    "Make the rooming list alphabetical and add a column for nights:\n\n{jname}  in 12 Jun  out 15 Jun\n{jname_2}  in 12 "
    "Jun  out 14 Jun\n{natname}  in 13 Jun  out 15 Jun\nlead booker {jname_3} {jphone}",

    "Put these vet reminders into a CSV for the SMS tool (owner, phone, pet, due):\n{jname} {jphone} {pet} rabies\n"
    "{jname_2} {jphone_2} {pet_2} booster\n{jname_3} {ukphone} {pet_3} dental",

    "the solicitor sent this, what does she need from me?\n\n\"Dear {jname}, to complete the purchase of {jhome} please "
    "provide certified ID, proof of funds, and confirm the account for completion monies ({iban}). Date of birth on "
    "file: {jdob}.\"",

    "Summarise the loan officer's notes:\n\n{jname}, credit card {jcard} maxed, current car {jvin} has negative "
    "equity of $3k, wants 72 months, co-signer {jname_2} at {jhome}",

    "Shorten this email to 3 lines:\n\nHi team, a reminder that {jfname} from the Auckland office starts Monday. Her "
    "desk is by the window. She'll need a laptop and a parking permit for {plate}. Her mobile is {jphone}, please "
    "add her to the group chat. Her first week includes induction and a site visit. Thanks, HR",

    "Check the coordinates in this farm visit log, one looks wrong:\n\n{jname} - {coord}\n{jname_2} - {coord_2}\n"
    "{jname_3} - {dms}",

    "We got this SAR email. What do we have to send back and by when?\n\n\"Under GDPR I request all data you hold about "
    "me, {jname}, date of birth {jdob}, member number 20331, email {pmail}, address {euaddr}.\"",

    "Pull the key facts from this hospital letter into a list for the family calendar:\n\nRe: {jfname}, DOB {jdob}, "
    "Hosp no {wardmrn}\nAppointment: {date} at {time}, Clinic 4\nPlease bring: medication list\nTransport: call "
    "{ukphone}",

    "Convert the client intake to JSON for the case system:\n\nName: {jname}\nOther names: none\nDOB: {jdob}\n"
    "Nationality: Chile\nRUT: {rut}\nPassport: {jpp}\nUS address: {usaddr}\nPhone: {usphone}",

    "turn this into a polite reminder text for the tenant:\n\nunit 4 {jname} {jphone} smoke alarm test thursday 10am, "
    "also your parking plate {usplate} isn't registered with the strata office",

    "Fix the formatting of this guest card and tell me if the card number is complete:\n\nGUEST {jname:up}\nADDR "
    "{jhome}\nCARD {jcard}\nEXP {expiry}\nDOB {jdob}",

    "Can you summarise this complaint in 5 bullets and draft a calm reply? I run the bakery on my own, so keep it "
    "short.\n\nSubject: Wedding cake disaster\n\nHello,\n\nMy name is {jname} and I ordered a three-tier cake from "
    "you for my daughter's wedding on {date}. I paid the deposit by card ({jcard}) in person and the balance by bank "
    "transfer. The cake was supposed to be delivered to the venue by 11am, but the driver went to my home address, "
    "{jhome}, and nobody was there because we were all at the venue. By the time he reached us it was 1:40pm and the "
    "top tier had slid. We had to serve it as it was. I rang your shop four times from {jphone} and nobody answered. "
    "My husband {jmname} also emailed from {pmail} and got no reply. I understand mistakes happen, but the order form "
    "clearly said the venue address, not ours. I would like a full refund of the balance, and an apology. If I don't "
    "hear back within seven days I will leave a review and talk to Trading Standards. I have kept the photos.\n\n"
    "Regards,\n{jname}",

    "Check this tenancy agreement extract for anything a landlord in England should fix, and list the personal data "
    "it holds:\n\nTHIS AGREEMENT is made on {date} between {jname} of {ukaddr} (the Landlord) and {jname_2}, date "
    "of birth {jdob}, currently residing at {jhome} (the Tenant).\n1. The Property: {ukaddr_2}, including the garden "
    "and the parking space for vehicle {ukplate}.\n2. The Term: twelve months from {date_2}.\n3. The Rent: £1,150 per "
    "calendar month payable on the 1st by standing order to sort code {sortcode}, account {ukac}.\n4. The Deposit: "
    "£1,326, to be protected in a government-approved scheme within 30 days.\n5. Guarantor: {jname_3}, telephone "
    "{ukphone}, who agrees to pay any rent the Tenant fails to pay.\n6. The Tenant shall not sublet, keep pets "
    "without written consent, or smoke in the Property.\n7. Notices may be served on the Tenant by email to {pmail}.",

    "rewrite this CV so it fits on one page, keep the contact line but drop the date of birth:\n\n{jname:up}\n"
    "{jhome} | {jphone} | {pmail} | born {jdob}\n\nPROFILE\nFront-of-house manager with 9 years in gyms and leisure "
    "centres. Calm under pressure, good with complaints, first-aid certified.\n\nEXPERIENCE\n2021-now  Duty "
    "manager, a 24/7 gym chain. Ran a team of 11, cut membership cancellations by 18%, rolled out the new door "
    "entry system.\n2017-2021  Membership adviser, council leisure centre. Sold 40 memberships a month on average, "
    "handled direct-debit queries and refunds.\n2015-2017  Lifeguard and swim teacher.\n\nEDUCATION\nBTEC Level 3 "
    "Sport, 2015\n\nREFERENCES\n{jname_2}, area manager, {jphone_2}\n{jname_3}, former supervisor, {pmail_2}",

    "Summarise this client email for the immigration file and list what documents are still missing:\n\n\"Dear "
    "team, thank you for taking my case. Here are my details again because I think the first email did not arrive. "
    "My name is {jname}, I was born on {jdob} and I hold passport {jpp}, which expires next year. I came to the UK on "
    "a student visa and switched to a skilled worker visa in 2022. My employer is a care home in {city}. My wife "
    "{jname_2} (passport {hpassport}) and our son {jmname}, who is six, are my dependants. We live at {ukaddr}. My "
    "National Insurance number is {nino}. The best number to reach me is {ukphone}, but I work nights, so please "
    "call after 2pm. I have attached my payslips and the tenancy agreement. I do not have my son's birth certificate "
    "translation yet. Kind regards.\"",
]
