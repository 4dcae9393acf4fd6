"""English frames of corpus H (``bench/pii_corpus_h.py``): papers of money, travel, work, health and
the law pasted whole or in part. Bank statements, remittance advice, cheque MICR lines, payroll
exports, onboarding forms, Schengen, DS-160, IRCC, Australian and Indian visa answers, airline
APIS lines, hotel guest profiles and registration cards, clinical-trial screening logs,
insurance claim e-mails, custody records and court registers, school admission lists, parish
and club rolls, property contracts and escrow instructions, car-rental returns and toll
notices, gig-work chats, support macros, data-protection requests, call transcripts, KYC forms
of Mexico, South Africa, the Emirates, Vietnam, Thailand, Turkey, Sweden, Korea and Japan,
health numbers of Scotland, New Zealand and Australia, markdown tables, envelopes with the
address on its lines, values wrapped by a PDF or spaced out by OCR, card forms with a digit per
box. Slots as in corpus F: ``{slot}``, ``{slot_2}``, ``{slot:mod}``.
"""

from __future__ import annotations

EN_DOCS: list[str] = [
    "Why is there a £4.99 charge on this? Statement excerpt:\n\nAccount name: {regname}\nSort code {sortcode}   "
    "Account number {ukac}\n{date}  FASTER PAYMENT TO {hname}  REF RENT JUNE  -850.00\n{date_2}  MONTHLY FEE  -4.99",

    "Please reconcile this remittance advice against invoice {invoice}:\n\nREMITTANCE ADVICE\nPayee: {dsname}\nPaid "
    "via ACH to {ababank}, account no. {usac}\nAmount: {amount}\nValue date: {date}",

    "The bank returned this cheque. What's wrong with the MICR line?\n\n  PAY TO THE ORDER OF  {ininame}   $1,250.00\n"
    "  ⑆{aba}⑆ {usac:nosp}⑈ 1042",

    "Convert this payroll export to the bank's upload format (comma separated):\n\nEmployee;IFSC;Account No;PAN\n"
    "{indname};{ifsc};{inac};{pan}\n{indname_2};{ifsc_2};{inac_2};{pan_2}",

    "Our new starter sent this. Anything missing before payroll cut-off?\n\nNEW EMPLOYEE DETAILS\nFull name: {afname}\n"
    "Date of birth: {endob}\nHome address: {hauaddr}\nBank: BSB {bsb}  Account {auac}\nEmergency contact: {hname} "
    "({hphone})",

    "Fill the Schengen form fields in the right order for me:\n1-3. Surname(s), first name(s): {dsname:up}\n4. Date "
    "of birth (day-month-year): {endob}\n13. Number of travel document: {espp}\n19. Applicant's home address: "
    "{mxaddr}\nTelephone: {mxphone}",

    "DS-160, security section - do I answer No to all of these? My details for context: {vnname}, born {endob}, "
    "passport {vnpp}, US point of contact is my cousin {vnname_2} at {usphone}.",

    "Is this APIS line right? The agent says the DOB format is wrong.\n\nSSR DOCS EK HK1 P/NGA/{ngpp}/NGA/{airdob}/M/"
    "14FEB31/{afname:bp}",

    "Summarise this hotel guest profile for the night manager:\n\nGuest: {krname}   Nationality: KOR\nPassport: "
    "{krpp}   DOB: {endob}\nAddress: {kraddr}\nMobile: {krphone}\nCard on file: {maskedcard}\nNotes: late arrival, "
    "quiet room",

    "Translate this registration card from the ryokan into English:\n\n宿泊者カード\n氏名: {jpkname}\n住所: {jpkaddr}\n"
    "電話: {jpphone}\n生年月日: {jpdob}\n旅券番号: {jppp}",

    "Clean up this screening log for the monitor visit ({trial}, {site}):\n\nScreen no. | MRN | DOB | Outcome\n{subj} "
    "| {hmrn} | {endob} | eligible\n{subj_2} | {hmrn_2} | {endob_2} | screen fail (eGFR 38)",

    "Help me answer this e-mail from the insurer:\n\n> Dear {arname},\n> To process claim {claim} we need the date of "
    "birth on the policy ({eudob}) confirmed and the IBAN for the payout.\n\nMy reply draft: 'The IBAN is {hiban}, "
    "thanks.'",

    "Tidy this custody record entry into a paragraph:\n\nDETAINED PERSON: {afname:up}\nDOB: {shortdob}\nHOME ADDRESS: "
    "{ukaddr}\nARRESTED: {date} {time}\nREASON: breach of bail conditions\nSOLICITOR: duty",

    "What does 'adjourned for reports' mean in this court register extract?\n\n{court} - list for {date}\nCase "
    "{casenum}  {regname}  (b. {shortdob})  of {usrural}  - adjourned for reports",

    "Sort this reception intake list by surname:\n\n{school} - admissions {year}\n1. {regname} | DOB {hdobkid} | "
    "{ukaddr}\n2. {regname_2} | DOB {hdobkid_2} | {ukaddr_2}\n3. {ininame} | DOB {hdobkid_3} | sibling link",

    "Format this parish roll entry for the newsletter (without the private details):\n\n{club} - new members\n"
    "{duname}, {chaddr}, tel. {chphone}, born {eudob}, baptised {date}",

    "Type up this membership form from the scan:\n\nSurname, first name: {regname}\nDate of birth (D D  M M  Y Y Y Y): "
    "{boxdob}\nAddress: {hcaaddr}\nPhone: {caphone}",

    "Check the purchaser details in this contract of sale:\n\nPURCHASER: {dsname}\nof {mxaddr}\nCURP: {curp}\nDeposit "
    "paid to CLABE {mxac}\nVENDOR: {dsname_2}",

    "Draft the wire instruction e-mail to the buyer from these escrow notes:\nbuyer {regname}, property {usrural}, "
    "wire to {ababank}, account {usac}, ref escrow {order}. Warn them about wire fraud.",

    "The rental company emailed this after I returned the car. Do I have to pay?\n\nRETURN INSPECTION  "
    "{rental}\nRenter: {ininame}\nVehicle: Nissan Sentra  Plate {mxplate}  VIN {hvin}\nDamage: rear bumper scuff 4 "
    "cm\nCard charged: {hcard}",

    "Write a polite reply to this toll notice:\n\nDear {jpname},\nOur records show vehicle {jpplate} passed an ETC "
    "gate without a card on {date}. The toll of ¥2,870 will be charged to the card used for rental {rental}. "
    "Registered address: {jpaddr}",

    "Is it safe to give this tasker my door code? Chat so far:\n\nTasker: hi im outside {usrural}, the gate is shut\n"
    "Me: sorry! which car are you in?\nTasker: silver corolla {usplate}. call me {usphone}",

    "Rewrite this freelancer payout request more formally:\n'hi, pls send the milestone 3 payment to my HK account "
    "{hkac} (bank code 004, name {vnname}). my whatsapp is {vnphone}. thx'",

    "Fill in this support macro for the customer and make it warmer:\n\nHi {hname}, we've updated your delivery "
    "address to {haddr} and your contact number to {hphone}. Your order {order} will ship on {date}.",

    "Is this subject access request valid under GDPR? 'I, {duname}, born {eudob}, of {euaddr}, request a copy of all "
    "personal data you hold about me, including call recordings linked to {nlphone} and the e-mail {hemail}.'",

    "Shorten this CCPA deletion request: 'Please delete all data about me. Name: {regname}; email: {obfemail}; phone: "
    "{usphone}; last card used: {hcard}. I no longer want an account.'",

    "Clean up this call transcript for the complaint file:\n\nAGENT: can I take the account number?\nCALLER: it's "
    "{usac:say}\nAGENT: and your date of birth?\nCALLER: {spokendob}\nAGENT: thanks, Mr... sorry, the full name?\n"
    "CALLER: {afname}",

    "What does IRCC mean by 'biometrics validity' in this letter?\n\nApplicant: {afname}\nApplication no.: "
    "{conf}\nDate of birth: {endob}\nPassport: {ngpp}\nMailing address: {hcaaddr}\nYour biometrics are valid until "
    "{date}.",

    "Check my answers for the Australian visitor visa before I submit:\nFull name (as in passport): "
    "{indname:up}\nPassport number: {hpassport}\nDate of birth: {endob}\nResidential address: {hinaddr}\nMobile: "
    "{inphone}",

    "Is this Indian e-visa page filled in right?\nApplicant: {dsname}\nPassport No.: {espp}\nDate of Birth: {endob}\n"
    "Address in India: {hinaddr}\nReference in India: {indname}, {inphone}",

    "Translate this KYC form from Spanish:\nNombre completo: {dsname}\nCURP: {curp}\nFecha de nacimiento: {esdob}\n"
    "Domicilio: {mxaddr}\nCelular: {mxphone}\nCLABE para depósitos: {mxac}",

    "Which of these FICA documents is out of date?\nClient: {afname}\nSA ID number: {zaid}\nCell: {zaphone}\nProof of "
    "address dated {date}\nBank: Nedbank, account {zaac}",

    "Help me fill in this tenancy form in Dubai:\nTenant: {arname}\nEmirates ID: {eid}\nPassport No: {hpassport}\n"
    "Mobile: {aephone}\nCheques from account {hacct}, IBAN {aeiban}",

    "Translate this Vietnamese residence registration into English:\nHọ và tên: {vnname}\nSố CCCD: {cccd}\nNgày "
    "sinh: {shortdob}\nĐiện thoại: {vnphone}\nĐịa chỉ thường trú: {vnaddr}",

    "A Thai hospital gave me this discharge note. What does it say?\nHN {hmrn}\nผู้ป่วย: {hname}\nเลขประจำตัวประชาชน "
    "{thid}\nวันเกิด {endob}\nDx: {icd} dengue fever, discharged {date}",

    "My Turkish landlord needs these in the contract - is TC Kimlik the right field?\nKiracı: {hname}\nT.C. Kimlik No: "
    "{tckn}\nDoğum tarihi: {shortdob}\nTelefon: {trphone}",

    "Translate this Swedish letter from Försäkringskassan: 'Till {duname}, personnummer {seid}, {chaddr}. Din "
    "föräldrapenning för {date} är beviljad.'",

    "Explain this Korean employment contract's personal section:\n성명: {krhname}\n주민등록번호: {rrn}\n"
    "생년월일: {krdob}\n주소: {krhaddr}\n연락처: {krphone}",

    "What is this My Number notice asking me to do?\n\n通知カード\n氏名 {jpkname}\n個人番号 {mynum}\n生年月日 {jpdob}\n"
    "住所 {jpkaddr}",

    "Write a referral letter from these GP notes: patient {regname}, CHI {chi}, DOB {endob}, lives at {ukaddr}, "
    "3 weeks of exertional chest pain, ECG normal.",

    "Summarise for handover: {hname}, NHI {nhi}, DOB {shortdob}, admitted {date} with cellulitis of the left leg, "
    "IV flucloxacillin, NOK {hname_2} {hphone}.",

    "Why won't My Health Record accept this? IHI {ihi}, name {ininame}, DOB {endob}, Medicare {medicare}.",

    "Draft a chargeback letter. The merchant charged card {hcard} twice on {date} for {amount}; the cardholder is "
    "{regname}, billing address {haddr}.",

    "Is this travel claim complete?\nInsured: {jpname}\nPassport: {jppp}\nHotel: {hotelh} (doctor called to the "
    "room)\nPaid with card {amex}\nRefund to account {jpac} (Mizuho, branch 210)",

    "Proofread this reference letter: 'I have known {afname}, born {isodtdob}, since {year}, when she joined our "
    "team in Nairobi. She can be reached on {kephone}.'",

    "Make a packing list from this booking confirmation (ignore the personal details):\n{airline}  PNR {pnr}\n"
    "Passenger: {vnname:bpf}  DOB {airdob}\nPassport {vnpp} exp {date}\nSeat {seat}  e-ticket {eticket}",

    "My landlord in Pune wants this rent agreement checked:\nLICENSOR: {indname}, R/o {hinaddr}, PAN {pan}\nLICENSEE: "
    "{indname_2}, Aadhaar {aadhaar}\nRent credited to A/c {inac}, IFSC {ifsc}",

    "Tidy this WhatsApp-style order from the driver:\n[{date}, {time}] {afname}: boss pls send my pay to {ngac} "
    "access bank\n[{date}, {time}] {afname}: my line is {ngphone}",

    "Make a table from this club registration:\n{club}\nPlayer: {duname}   Born: {eudob}\nParent: {duname_2}   Phone: "
    "{nlphone}\nIBAN for subs: {giban}",

    "Explain the fees on this international transfer receipt:\nSender: {regname}\nBeneficiary: {indname}\nBeneficiary "
    "bank: {swift}, account {inac}\nAmount sent {amount}, fee 4.50",

    "Summarise the parties in this German rental deposit receipt: 'Kaution von {dsname} erhalten, Konto {deac}, BLZ "
    "{blz}, Mieter wohnhaft {deaddr}, geb. {dedob}.'",

    "Check this Swiss insurance form: Versicherte Person {duname}, geboren {dedob}, Adresse {chaddr}, "
    "PostFinance-Konto {chac}, Telefon {chphone}.",

    "Rewrite this police witness list as a table:\nW1 {afname} (dob {shortdob}) {zaphone}\nW2 {hname} (dob "
    "{shortdob_2}) {hphone}\nW3 attending officer",

    "What's an 'amparo' and why did I get this? 'Juzgado Segundo de Distrito... quejoso {dsname}, CURP {curp}, "
    "domicilio {mxaddr}, teléfono {mxphone}.'",

    "Fix the grammar in this adoption home-study summary: 'The applicants, {hname} and {hname_2}, live at {hauaddr}. "
    "The child, born {hdobkid}, is currently in foster care.'",

    "Translate this Philippine barangay clearance: 'This is to certify that {hname}, born {endob}, resident of "
    "{haddr}, passport {phpp}, has no derogatory record.'",

    "Rewrite this note from the pharmacy in plain language: 'Rx for {ininame}, DOB {shortdob}, MRN {hmrn}, amoxicillin "
    "500 mg TDS x 7 days, collect by {date}.'",

    "Turn this into a condolence card: 'Funeral notice - {afname}, born {spokendob} in Kumasi, entered rest on {date}. "
    "Donations to the family: {ngac}.'",

    "Write a bill of sale from these notes: seller {hname}, {haddr}; buyer {regname}; 2017 Mazda CX-5, VIN {hvin}, "
    "plate {ukplate}, 61,000 miles, sold as seen for {amount}.",

    "What does this dental clinic statement mean by 'balance transferred'?\nPatient: {ininame}\nChart no.: {hmrn}\n"
    "Paid by card {hcard} on {date}\nBalance transferred to insurer: {amount}",

    "Check this import declaration for a car from Japan:\nConsignee: {hname}, {hauaddr}\nChassis/VIN: {hvin}\nPrevious "
    "registration: {jpplate}\nPrevious owner: {jpname}",

    "Type this card authorisation form into the booking system:\nCardholder: {hname}\nCard number (one digit per box): "
    "{rawcard:sp}\nBilling address: {haddr}\nSignature on file",

    "Turn this markdown table from the visa agent into CSV:\n\n| Name | Passport | DOB |\n|---|---|---|\n| {hname} | "
    "{uspp} | {endob} |\n| {indname} | {pkpp} | {endob_2} |\n| {arname} | {trpp} | {endob_3} |",

    "Address this envelope properly for Australia Post:\n\n{regname}\n{hauaddr:nl}",

    "The PDF statement came out like this when I copied it. What's the full card number?\n\nCard number: {hcard:br}\n"
    "Statement date: {date}   Minimum payment: {amount}",

    "The OCR of my passport page came out spaced like this, can you clean it? Passport No. {rupp:ocr}  Surname and "
    "given names: {hname:up}  Date of birth: {airdob}",

    "Make a crew list table for the yacht charter: {hname} (passport {idpp}, mobile {idphone}); {vnname} (passport "
    "{phpp}, mobile {phphone}); skipper {afname} (passport {zapp})",

    "Traduisez cette attestation en anglais : 'Je soussignée, {duname}, née le {frdob} à Lyon, demeurant {fraddr}, "
    "passeport n° {hpassport}, atteste héberger mon frère.'",

    "Set up direct deposit from this void-cheque info: transit {transit}, institution {cainst}, account {caac}, "
    "account holder {regname}, {hcaaddr}",

    "Which of these appointment-list passports expire first? Irish {iepp} ({hname}), Swiss {chpp} ({duname}), "
    "Singaporean {sgpp} ({ininame}), Mexican {mxpp} ({dsname}), NZ {nzpp} ({hname_2}).",

    "Translate this Lagos estate welfare form: Name: {afname}. NIN: {nin}. Phone: {ngphone}. Flat 3B, {haddr}.",

    "A client from Riyadh sent this on WhatsApp, reply politely in English: 'My brother {arname} will collect the "
    "car, his number {saphone}, mine is {egphone}, plate {aeplate}.'",
]
