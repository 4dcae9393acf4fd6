"""English frames of corpus I (``bench/pii_corpus_i.py``) with pasted material under a request to an
assistant: e-mail threads, WhatsApp, Slack and group-chat exports, web and paper forms, receipts,
shipping labels, lab results, voice-message transcripts, browser autofill JSON, CSV contact lists,
docker-compose files, .env files, git remotes and server logs, signatures, wire details, and
translation requests in Spanish, Portuguese, French, Japanese, Korean and Vietnamese. Some follow a
previous turn. Slots as in corpus F: ``{slot}``, ``{slot_2}``, ``{slot:mod}``.
"""

from __future__ import annotations

EN_PASTE: list[str] = [
    "summarise this thread in two lines:\n\nFrom: {pname} <{pmail}>\nSubject: Re: keys\n\nHi! I'll drop the keys with "
    "{pname_2} at {taddr} around {time}. Call me on {usphone} if nobody's in.\n\n> On {date} you wrote:\n> can someone "
    "hold the spare set?",

    "what did we decide in the end? whatsapp export below\n[{date}, {time}] {pname}: send me the address pls\n[{date}, "
    "{time}] Me: {ukaddr}\n[{date}, {time}] {pname}: cool and the gate code?\n[{date}, {time}] Me: 1942# then top floor",

    "Fill this form with my details and give it back as JSON.\nname: {pname}\ndob: {endob}\nphone: {caphone}\naddress: "
    "{caaddr}\nemail: {pmail}",

    "is this refund right? they only gave back part of it\n\nRECEIPT {order}\nCard: {maskedcard}\nCustomer: {pname}\n"
    "Deliver to: {usaddr}\nSubtotal {amount}\nRefund issued {date}",

    "why does this docker-compose fail on startup?\n\nservices:\n  db:\n    image: postgres:16\n    environment:\n"
    "      POSTGRES_PASSWORD: {hpwd}\n  app:\n    environment:\n      STRIPE_KEY: {key}\n      DB_HOST: {lanip}",

    "[voice message transcript] hi its {pname:lo} calling about the flat on {taddr:lo} could you call me back on {vphone}"
    " thanks bye\n\nturn this into a short text I can read while driving",

    "same as before but put the table under {pname} and send the confirmation to {pmail} instead",

    "Translate into French for my landlord:\n\nI transferred the deposit from my account {iban} on {date}. My new phone "
    "number is {frphone}. Kind regards, {pname}",

    "make this email signature look cleaner:\n{pname} | Account Manager | {company}\nm: {ukphone} | {pmail}\n{ukaddr}",

    "who's bringing what on saturday? from the group chat:\n{pname}: I'll bring chips\n{pname_2}: drinks\n{pname_3}: I "
    "can host, it's {taddr}, park on the street\n{pname}: 👍",

    "Is this text a scam?\n\n\"Dear {pname}, your account {ukac} has been locked due to unusual activity. Call "
    "{tollfree} immediately.\"",

    "Explain my lab report in plain English please.\n\nPatient: {pname}    DOB: {endob}    MRN: {mrn}\nHbA1c 6.1 %\n"
    "LDL 3.9 mmol/L\nTSH 2.4 mIU/L",

    "fill the claim form using this:\nPolicy holder: {pname}\nVehicle reg {ukplate}, VIN {vin}\nIncident: {date} at "
    "{time}, rear-ended at the lights on {newsstreet}",

    "Reply nicely to this host message:\n\n\"Hi! Check-in from 3pm. The building is {euaddr}, buzzer B4. Any problem, "
    "my number is {dephone}. - {pname}\"",

    "Is this lease clause normal?\n\n\"The tenant, {pname}, born {endob}, residing at {ukaddr}, passport no. "
    "{ukpassport}, agrees to pay the first six months in advance.\"",

    "dedupe this contact list and sort by surname:\nname,phone,email\n{pname},{usphone},{pmail}\n{pname_2},{usphone_2},"
    "{pmail_2}\n{pname},{usphone},{pmail}",

    "git push keeps asking for a password even though the token's in the url. why?\n\n[remote \"origin\"]\n  url = "
    "https://oauth2:{key}@gitlab.com/team/app.git\n  fetch = +refs/heads/*:refs/remotes/origin/*",

    "Pull the payee details out of this invoice footer:\n{company} · Director {pname} · IBAN {hiban} · BIC {swift} · "
    "VAT {invoice}",

    "Summarise this note from school for my partner:\n\nDear parent of {pname} (date of birth {sdobkid}),\nThe class "
    "trip on {date} needs a signed form and a packed lunch. Questions: {pmail}",

    "note to self call the bank about card {hcard} someone used it at a gas station in {city} also ask about the "
    "savings account {usac}",

    "Which box does this go in? Copied from my W-2:\n\nEmployee's SSN  {ssn}\nEmployee's name  {pname:up}\nAddress  "
    "{usaddr}\nWages, tips  {amount}",

    "my parcel is stuck, the label says:\n\nSHIP TO: {pname:up}\n{usaddr:up}\nTEL {usphone}\nTRACKING {tracking}\n\n"
    "who do i call, the sender or the carrier?",

    "Why is this IP hammering our login page?\n\n{ts} POST /login 401 from {pubip} user={pmail}\n{ts} POST /login 401 "
    "from {pubip} user={pmail}\n{ts} POST /login 429 from {pubip}",

    "clean up this autofill json, the phone is in the wrong field:\n{\"fullName\": \"{pname}\", \"email\": \"{intl}\", "
    "\"phone\": \"{pmail}\", \"birthDate\": \"{isodob}\"}",

    "the car app shows this, what does 'geofence breach' mean?\n\nVehicle: {gvin}\nPlate: {usplate}\nLast parked: "
    "{pin}\nDriver profile: {pname}",

    "Format this as a wallet card, big letters:\nICE: {fname} (wife) {auphone}\nMedicare {medicare}\nAllergic to "
    "penicillin",

    "check these passport details for the group booking, any typos?\n1  {pname:up}  {gpassport}  {endob}\n2  "
    "{pname_2:up}  {gpassport_2}  {endob_2}",

    "make my CV header look better:\n\n{pname}\n{taddr}\n{usphone} · {pmail}\nProduct designer, 6 yrs",

    "Reply to HR with my details for payroll: bank {bank}, sort code {sortcode}, account {ukac}, NI number {nino}, "
    "home address {ukaddr}.",

    "translate into Japanese for the taxi driver and make it big on screen:\nPlease take me to {jpkaddr}",

    "put this in an email to the realtor in Korean: my name is {krname}, phone {krphone}, I'd like to see the flat at "
    "{kraddr} this weekend",

    "uh send a message to uh {fname} saying the meeting moved to three and uh her email is {obfemail}",

    "excel gives #VALUE! on this row, what's wrong?\n{pname}\t{sdob}\t{ukphone}\t{ukaddr}",

    "Is it safe to keep this in my notes app?\n\nnetflix: {pmail} / {hpwd}\nbank login: {pmail_2} / {gpwd}",

    "tl;dr this slack thread for me:\n{pname}: prod db creds rotated, new pw is {hpwd}\n{pname_2}: thx, updating "
    "{lanip} now\n{pname}: also the stripe key is {key}, don't paste it anywhere lol",

    "ok google text dad i landed the hotel is {hauaddr} room 412 and my aussie number is {auphone}",

    "fix the typos pls: \"hi {pname}, pls find attched the contrct for {taddr}. the deposite goes to acount {ukac} "
    "sort {sortcode}\"",

    "Help me fill the renewal for my son:\nName: {mname}\nDate of birth: {sdobkid}\nOld passport: {ukpassport}\n"
    "Address: {ukaddr}",

    "What does this mean on my discharge papers? \"Pt {pname}, MRN {hmrn}, DOB {endob}, d/c home to {usaddr} with "
    "follow-up in 2/52.\"",

    "split the fuel and send payment requests: {pname} {usphone}, {pname_2} {usphone_2}, and me. total was 86 "
    "dollars",

    "double-check these wire details before I hit send:\nBeneficiary: {pname}\nAccount: {usac}\nBank: {ababank}\n"
    "Amount: {amount}",

    "Translate to English: \"Mi CURP es {curp} y vivo en {mxaddr}, tel. {mxphone}. Saludos, {dsname}\"",

    "translate to english for the bank: \"Meu CPF é {cpf}, moro na {braddr}. Meu celular: {brphone}\"",

    "The form wants my ID number {zaid}. Does it encode my birthday too? For the record I was born {endob}.",

    "fill the condo booking form with this: NRIC {nric}, address {sgaddr}, mobile {sgphone}, name {sgname}",

    "Write a letter to the bank to update my mobile to {inphone}.\nAccount: {inac}\nIFSC: {ifsc}\nName: {indname}",

    "Translate into Vietnamese for the landlord: please send the contract to {pmail}, my passport number is {vnpp}. "
    "Thank you, {vnname}",

    "what does this letter from Skatteverket say? \"Personnummer: {seid}\nAdress: {euaddr}\nDatum: {date}\"",

    "my emirates id {eid} expired last month, can I still renew the residence visa? sponsor is {arname}, "
    "{aephone}",

    "My Number card says {mynum}. Which of these ward office forms actually need it?\n- moving-in notice\n- "
    "health insurance\n- pension",

    "Write an email to the gemeente: BSN {bsn}, new address {euaddr}, moved on {date}. Short and formal.",

    "aws configure asks for these, I pasted:\nAccess key: {awskey}\nSecret: {awssecret}\nis region eu-west-1 right "
    "for Dublin?",

    "this .env is in our repo, what should I rotate first?\n\nDATABASE_URL=postgres://app:{urlpwd}@{lanip}:5432/app\n"
    "LLM_API_KEY={ikey}\nAZURE_STORAGE_KEY={azkey}",

    "(follow-up) the recipient is actually {pname}, {hauaddr}. same card as before, {amex}",

    "Summarise the clinic's message: \"Hi {pname}, your results for IHI {ihi} are back. Please book a follow-up "
    "before {date}.\"",

    "my scottish GP letter says CHI {chi}. Is that the same as an NHS number? I'm moving to Leeds.",

    "New Zealand ACC form, please check it:\nClaimant: {pname}\nNHI: {nhi}\nAddress: {taddr}\nDate of injury: {date}",

    "translate to thai for the condo office: tenant {pname}, Thai ID {thid}, moving out {date}",

    "what's this dashcam export saying?\n$GPRMC,{time},A,{nmea},0.4,87.2,{date},,,A\nplate on the sticker: "
    "{iplate}",

    "previous answer was fine but add the passport {mxpp} and the birthday {sdob} to the hotel note for {dsname}",

    "check this ticket before I close it:\n> customer {pname} says card {rawcard} was charged twice on {date}\n> "
    "callback number {intl}",

    "Help me reply to the recruiter:\n\"Hi {pname}, could you send your date of birth and a copy of your passport?\"\n"
    "my dob is {sdob} and passport {hpassport} - is it normal to send those before an offer?",

    "turn this into a reminder list:\n- renew rego for {auplate} by {date}\n- send {fname} her dog's vet records\n- "
    "call {auphone} about the bond",
    "Can you summarise this whole thread and tell me what I still owe anyone? It's long, sorry.\n\n---------- "
    "Forwarded message ---------\nFrom: {fname} <{pmail}>\nDate: {date}\nSubject: Re: Re: cabin weekend - money + "
    "logistics\n\nOk final numbers! The cabin was {amount} total for 6 of us. I paid the deposit from my card so please "
    "send your share to my IBAN {hiban} (or Revolut, same name). The food run was done by {mname}, he's sending his own "
    "request.\n\nLogistics: we meet at {taddr} at 8, {pname_2} is driving the van (plate {ukplate}), {pname_3} and I "
    "take the train. If anything goes wrong my number is {ukphone}.\n\n> From: {mname}\n> I spent {amount_2} at the "
    "supermarket, receipts attached. Bank details: sort code {sortcode}, account {ukac}.\n>\n> > From: {pname_2}\n> > "
    "Van is booked, the insurer needs everyone's licence number and date of birth by Friday. Mine: {pname_2:up}, "
    "{endob}. Reply to me directly, not to all.\n\nThanks all, can't wait!! x",

    "Turn this call transcript into action items with owners. It was auto-transcribed so ignore the errors.\n\n"
    "[00:00] {pname}: ok so we're recording. quick round of updates on the office move.\n[00:12] {fname}: the new "
    "lease is signed, the address for deliveries is {usaddr}, loading dock at the back.\n[00:41] {pname}: great. IT?\n"
    "[00:44] {mname}: firewall's up, the VPN endpoint is {pubip}, the admin password for the core switch is {hpwd} - "
    "I'll move it into the vault after this call, promise.\n[01:20] {fname}: please do. also the courier needs a "
    "contact on site, I gave them my cell, {vphone}.\n[01:35] {pname}: and the keys?\n[01:38] {mname}: the building "
    "manager is {pname_2}, reachable at {pmail}. they want the list of who gets badges by {date}.\n[02:05] {pname}: "
    "ok, I'll send it. anything else? no? thanks everyone.",

    "Here's my whole profile export from the old clinic portal. Which bits should I send to the new GP, and which are "
    "none of their business?\n\n=== PATIENT PROFILE ===\nName: {fname}\nPreferred name: (none)\nDate of birth: {endob}"
    "\nNHS number: {nhs}\nAddress: {ukaddr}\nMobile: {ukphone}\nEmail: {pmail}\nNext of kin: {mname} (husband), "
    "{ukphone_2}\n\n=== PAYMENT (private physio) ===\nCard on file: {maskedcard}\nBilling address: same as above\n\n"
    "=== NOTES ===\nPrefers morning appointments. Allergic to latex. Last visit {date}: lower back pain, referred for "
    "6 sessions of physio.",

    "(continuing from before) ok here's the rest of the chat with the seller, does this look like a scam?\n\nSeller: hi "
    "yes the bike is still available\nMe: great, can I see it saturday?\nSeller: I'm away for work but my cousin "
    "{mname} can show it, he's at {taddr}\nMe: ok what's his number\nSeller: {usphone}. To reserve it send a 50 dollar "
    "deposit to my account, routing {aba}, account {usac}, name {pname}\nMe: can I just pay cash on pickup?\nSeller: "
    "other buyers are interested, a deposit is safer for both of us\nMe: hmm\nSeller: or pay by card, send me the card "
    "number, expiry and the 3 digits on the back",
]
