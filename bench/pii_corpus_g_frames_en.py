"""English frames of corpus G (``bench/pii_corpus_g.py``): papers of everyday life pasted whole or
in part. Loan, rental, tax, payroll, Gift Aid and adoption forms, pharmacy labels, vaccination,
physio, ambulance and care-home notes, school reports and sports registrations, obituaries,
wedding invitations, dating profiles, classifieds, lost-and-found and Nextdoor posts, ride and
delivery receipts, voicemail and meeting transcripts, OCR'd scans, markdown tables, witness
statements, subject access requests, breach notices, Brazilian, Indian, Italian, Dutch, Irish,
Canadian and Australian papers. Slots as in corpus F: ``{slot}``, ``{slot_2}``, ``{slot:mod}``.
"""

from __future__ import annotations

EN_DOCS: list[str] = [
    "Can you check section 2 of this loan application before I submit it?\n\nSECTION 2 - APPLICANT DETAILS\n"
    "Full legal name: {auname}\nDate of birth (DD/MM/YYYY): {dob}\nCurrent residential address (3+ yrs): {auaddr}\n"
    "Mobile: {auphone}\nSalary credited to BSB 062-000, account no. {auacct}\nEmployer: {company}",

    "The landlord wants this rental application typed up neatly, can you format it?\napplicant - {caname} / SIN "
    "(optional, I put it anyway) {sin} / current address {caaddr} / cell {caphone} / previous landlord {caname_2} "
    "{caphone_2} / monthly income {amount}",

    "Which line of my return does this go on?\n\nFORM 1099-NEC  (2024)\nPAYER'S name: {company}\nRECIPIENT'S TIN: "
    "{ssn}\nRECIPIENT'S name: {usname:up}\nStreet address (including apt. no.): {usaddr}\n1 Nonemployee compensation "
    "{amount}",

    "Why is my tax code BR on this payslip? I only have one job.\n\nPAYSLIP    Period 07    Pay date {date}\n"
    "Employee: {iname}    NI No: {nino}    Tax code: BR\nPaid to: sort code 40-11-62, acc {ukacct}\nGross pay "
    "{amount}",

    "Can I take ibuprofen with this? The label on the box says:\n\nTAKE ONE TABLET DAILY\nSERTRALINE 50MG TABLETS  "
    "Qty 28\n{gname:up}\nPatient ID {gmrn}    DOB {gdob}\nDispensed {date}    Keep out of the reach of children",

    "Translate my son's vaccination record into Italian for his new school in Milan:\n\nIMMUNISATION HISTORY\nChild: "
    "{gname}    Date of birth: {gdobkid}    NHS No: {nhs}\nMMR 1 ... {date}\n6-in-1 (3rd) ... {date_2}\nParent "
    "mobile: {ukphone}",

    "Help me reply to the comment on this report card without sounding defensive:\n\nTERM 2 REPORT - YEAR 4\n"
    "Student: {gname}    D.O.B. {gdobkid}\nReading: working towards\nComment: {gname} is a kind member of the class "
    "but "
    "is often distracted after lunch.\nParent email on file: {gemail}",

    "Can I leave early under this contract?\n\nMEMBERSHIP AGREEMENT - FlexiGym\nMember: {gname}    Start {date}\n"
    "Direct debit mandate, IBAN {giban}\nEmergency contact: {gname_2}, {gphone}\nMinimum term 12 months; 30 days' "
    "notice.",

    "Make my dating bio funnier but keep it short. Right now it says: 'Hi, I'm {gname}, 34, nurse, terrible at "
    "bowling, great at brunch. Text me on {ukphone} if you're not a bot 🙃'",

    "Rewrite this ad so the car sells faster: 'VENDO Fiat 500 Lounge 2016, 58.000 km, targa {itplate}, telaio "
    "{gvin}. Visibile in {itaddr}. Chiamare {itphone} dopo le 18, chiedere di {itname}.'",

    "I found a wallet on the 7:40 ferry. Inside: a driving licence for {gname}, born {gdob}, a Visa card {card} and "
    "a gym fob. Help me write a lost-and-found post - which of those details should I leave out?",

    "I was charged twice for this trip, write a short complaint:\n\nThanks for riding, {usname}\nTotal  {amount}\n"
    "Pickup  {cntime}  {usaddr}\nDrop-off  {cntime_2}  {usaddr_2}\nPaid with Visa •••• 4421",

    "What should I answer the courier?\n\nRider: hi im outside {ukaddr} but the gate is locked\nMe: coming down\n"
    "Rider: ok if u cant find me call {ukphone}, white helmet",

    "Proofread our wedding invitation:\n\nTogether with their families\n{gname}\n&\n{gname_2}\ninvite you to celebrate "
    "their marriage on {date} at {venue}.\nKindly reply to {gemail} or {gphone} by {date_2}.",

    "Tighten this obituary for the local paper, about 80 words: '{gname}, born {gdob} in {city}, died peacefully at "
    "home on {date}, surrounded by family. A keen gardener and a terrible golfer. Cards may be sent to the family "
    "at {ukaddr}.'",

    "Which insurance did I actually accept on this rental agreement?\n\nRENTER: {iname}\nPassport: {gpassport}\n"
    "Vehicle: Toyota Corolla  Reg {plate}  VIN {vin}\nOut: {date} {time}    Due back: {date_2}\nCard "
    "pre-authorised: {gcard}\nCDW: accepted  SCDW: declined",

    "Traduza para o inglês, por favor:\n\nCERTIDÃO DE CASAMENTO\nCônjuge 1: {brname}, CPF {cpf}, nascido(a) em "
    "{gdob}\nCônjuge 2: {brname_2}, CPF {cpf_2}\nResidência: {braddr}\nTelefone: {brphone}",

    "My bank rejected this KYC form. What's missing?\n\nName (as per Aadhaar): {inname}\nAadhaar No.: {aadhaar}\n"
    "DOB: {gdob}\nAddress: {inaddr}\nMobile linked to Aadhaar: {inphone}\nExisting account no.: {inacct}",

    "Help me fill in this form for the ASL, I don't read Italian well:\nCognome e nome: {itname:up}\nCodice fiscale: "
    "{cf}\nNato/a il: {gdob}\nResidenza: {itaddr}\nCellulare: {itphone}\nE-mail: {gemail}",

    "What does this letter from the Belastingdienst want from me? 'Geachte {nlname}, BSN {bsn}. Wij hebben uw "
    "aangifte over 2023 ontvangen. Het bedrag wordt gestort op rekening {giban}.'",

    "Clean up this voicemail transcript so I can forward it:\n\nVoicemail from {gphone} - 0:47\n\"hi it's uh {gname} "
    "from the the flat viewing um the one at {gaddr} is still available if you want it just call me back on "
    "{gphone} ok thanks bye\"",

    "List the action items from this call transcript:\n\n[00:03:12] Speaker 1: right so the new starter, {gname}, "
    "her laptop goes to {usaddr}\n[00:03:20] Speaker 2: and payroll needs her social, it's {ssn}, I'll put it in "
    "Workday\n[00:03:31] Speaker 1: maybe don't say that on a recorded call",

    "This was OCR'd from a scanned form and the spacing is broken, can you fix it?\n\nAPPLI CATION FOR RESIDENT "
    "PARKING PERM IT\nNam e of appli cant: {gname}\nDa te of bi rth: {gdob:ocr}\nVehic le reg: {ukplate:ocr}\nTele "
    "phone: {ukphone:ocr}\nAddr ess: {ukaddr}",

    "Convert this markdown table to CSV:\n\n| Guest | Room | Passport | Nationality |\n|---|---|---|---|\n| {itname} "
    "| {room} | {itpassport} | Italian |\n| {brname} | {room_2} | {brpassport} | Brazilian |",

    "Summarise the key points of this check-in inventory for the tenants:\nProperty: {ieaddr}\nTenant(s): {iename}, "
    "{iename_2}\nMeter readings: electricity 44871, gas 2031.55\nKeys: 3 x front door, 1 x fob\nDeposit held by "
    "the landlord, {iename_3}, {iephone}",

    "Anything in this adoption application that would worry a shelter?\nAdopter: {gname}\nAddress: {auaddr}\n"
    "Phone: {auphone}\nRenting? Yes - landlord {auname} has approved pets in writing\nOther pets: one cat, 4",

    "Which kids are missing medical consent on our U11 registration sheet?\n\nPlayer | DOB | Parent | Phone | Consent\n"
    "{gname} | {gdobkid} | {gname_2} | {gphone} | Y\n{gname_3} | {gdobkid_2} | {gname_4} | {gphone_2} | N",

    "What does 'deferral 12 wks' mean on my donor record?\n\nDONOR: {iname}   Blood group O pos   DOB {gdob}\n"
    "Last donation {date} - deferral 12 wks - next eligible {date_2}",

    "Write a subject access request to {company} for me. My details: {gname}, {ukaddr}, customer email {gemail}, "
    "phone {ukphone}. I want every call recording and note about me since {date}.",

    "Is this breach notice genuine? 'Dear {gname}, on {date} an unauthorised party accessed a database that "
    "contained your name, email address ({gemail}), the IP address of your last login ({ip}) and your date of birth "
    "({gdob}). Passwords were not affected.'",

    "Draft a complaint to my carrier: someone ported my number {usphone} to a new SIM on {date} without my consent, "
    "my account PIN was reset, and the same night my checking account {wacct} was emptied.",

    "Make this witness statement clearer without changing any facts: 'I, {gname}, of {ukaddr}, state that on "
    "{date} at about {time} I saw a silver van, registration {ukplate}, reverse into a parked car and drive off.'",

    "Traduce al inglés: 'CITACIÓN. Se cita a D./Dña. {esname}, con DNI {dni}, con domicilio en {esaddr}, para "
    "comparecer el día {date} a las {time} en la sede del Juzgado.'",

    "Confirm these details for my mail redirection before I pay:\nName: {gname}\nOld address: {ukaddr}\nNew address: "
    "{ukaddr_2}\nStart: {date}\nContact number: {ukphone}",

    "What should I bring to this? 'Dear {gname}, Hospital Number {gmrn}, NHS Number {nhs}. Your appointment in "
    "the Eye Clinic is on {date} at {time}. Please bring your glasses and a list of your medicines.'",

    "Explain the abbreviations in this patient care report:\nPt {gname}  DOB {gdob}  M\nLoc {ggps}\nC/C SOB, hx COPD\n"
    "HR 112  RR 28  SpO2 88% RA\nNOK {gname_2} {gphone}",

    "Summarise this physio intake for my GP in two lines:\nClient: {auname}   DOB {gdob}   Medicare {medicare}\n"
    "Injury: R ACL reconstruction {date}\nGoals: return to netball\nPhone {auphone}",

    "Rewrite this handover note so it sounds professional: 'rm 12 {gname} (dob {gdob}) refused meds again, "
    "daughter {gname_2} rang twice on {gphone}, wants a call back before 6'",

    "Translate into German for the university: 'I, {gname}, born {gdob}, passport no. {gpassport}, ask that my "
    "official transcript be sent to {deaddr}.'",

    "My CAS statement says this, is my passport number right? 'CAS number E4G8H2J1K3L5M6. Student: {pyname:up}. "
    "Passport: {cnpassport}. Date of birth: {gdob}. Course start: {date}.'",

    "Which answer in this ESTA triggers the extra check? Applicant {gname}, passport {ukpassport}, born {gdob}; "
    "US point of contact {usname}, {usphone}; address while in the US {usaddr}.",

    "Can I swap the car on this ferry booking? Lead passenger {gname}, vehicle reg {ukplate}, height under 1.85m, "
    "sailing {date} {time}, contact number {ukphone}.",

    "Translate this hostel register entry: 'Ospite: {gname} - Passaporto n. {gpassport} - Data di nascita: {gdob} - "
    "Indirizzo: {gaddr}'",

    "Tidy up this passenger manifest:\nCABIN 7142\n1. {gname:up}   {gdob}   PP {gpassport}\n2. {gname_2:up}   "
    "{gdob_2}   PP {gpassport_2}",

    "The buyer says the parcel never came. Write my reply: shipped {date} to {usaddr} (the address on the order, "
    "buyer {usname}), tracking {tracking}, signed for at {time}.",

    "Make this Nextdoor post less angry: 'Whoever owns the white Tesla {usplate} that blocks my driveway at "
    "{usaddr} EVERY morning - I have called the HOA. - {usname}'",

    "Fill in a Gift Aid declaration from this: donor {gname}, home address {ukaddr}, gave {amount} by card {card} on "
    "{date}, is a UK taxpayer.",

    "Is this MOT advisory serious? 'MOT test certificate. Registration {ukplate}. VIN {gvin}. Presented by {gname}. "
    "Advisory: nearside front tyre worn close to legal limit.'",

    "Turn this dashcam note into a statement for my insurer: clip 0612_174455, position {ggps}, the BMW "
    "{deplate} cut across two lanes, the driver said his name was {gname} and gave me {dephone}.",

    "Compare these two removal quotes for moving {gname} from {caaddr} to {caaddr_2} on {date}: Quote A {amount}, "
    "Quote B {amount_2}, both include packing.",

    "Format this babysitter sheet nicely:\nKids: two, 6 and 3, bedtime 7:30\nParents: {gname} {gphone} / {gname_2} "
    "{gphone_2}\nAddress: {caaddr}\nIn an emergency: 911 first, then us",

    "Explain what an executor has to do, given this will: 'I, {gname}, of {ieaddr}, appoint my sister {gname_2} "
    "as executor, and leave my account {giban} to my nephew {gname_3}.'",

    "Help me fill in this pet insurance claim: pet Luna (cat, 5), owner {gname}, policy {policy}, vet visit {date}, "
    "refund to IBAN {giban}.",

    "FAFSA wants my parents' SSNs. Mom's is {ssn} and Dad's is {ssn_2}. Is it safe to type them on the "
    "studentaid.gov site, and do I need their dates of birth ({dob}, {dob_2}) too?",

    "Translate this Chinese shipping label for our warehouse team:\n收件人：{cname}\n电话：{cnphone}\n地址：{gcnaddr}\n"
    "备注：工作日送货",

    "Can you make this intro email warmer? 'Hi both - {gname} meet {gname_2}. {gname} is the photographer I told you "
    "about, you can reach her on {gphone} or {gemail}.'",

    "Is this scholarship payout form complete? Beneficiary {inname}, savings account {inacct}, IFSC SBIN0004567, "
    "mobile {inphone}, permanent address {inaddr}.",

    "Which of these benefits can I claim with this? 'Medicare card: {medicare}. Name: {auname:up}. Valid to "
    "{date}.' I'm on a working holiday visa, passport {aupassport}.",

    "Check this Polish rental contract clause for me: 'Najemca {plname}, zamieszkały {pladdr}, tel. {plphone}, "
    "wpłaci kaucję na rachunek {giban}.'",

    "Turn these notes into a polite reminder text: tutor {gname}, student {gname_2} (DOB {gdobkid}), lessons "
    "Tuesdays, invoice overdue, pay to acc {ukacct}",

    "A man left this note on my windscreen, is it a scam? 'Sorry I hit your car in the car park ({ukplate}). "
    "I'm {gname}, call me on {ukphone}. Don't involve insurance, I'll pay cash.'",

    "Summarise this surrogate decision form for the ward: patient {gname}, MRN {gmrn}, DOB {gdob}; decision-maker "
    "{gname_2} ({gphone}); DNACPR discussed {date}.",
]
