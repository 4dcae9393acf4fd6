"""English frames of corpus K (``bench/pii_corpus_k.py``) with pasted material: chat exports,
support chats, CRM and helpdesk notes, calendar invites, e-mail threads with signatures, CSV rows,
JSON, YAML and HTTP payloads, log lines, OCR'd receipts, ID cards and forms, résumés and delivery
labels, each with a request to summarise, reformat, translate or answer."""

from __future__ import annotations

EN_PASTE: list[str] = [
    "Summarise this chat export:\n[{date}, {time}] {name}: can you grab the kids at 4\n[{date}, {time}] {name_2}: yes, "
    "what's the address again\n[{date}, {time}] {name}: {addr}\n[{date}, {time}] {name_2}: ok 👍",
    "Turn this WhatsApp thread into a to-do list:\n{fname}: the plumber's number is {phone}\n{fname}: he can come "
    "{date} after {time}\nMe: ok book him",
    "Customer chat transcript, write a polite follow-up:\nAgent: How can I help?\nCustomer: hi it's {name}, my "
    "order {order} never arrived. I'm at {addr}. Best number is {phone}.\nAgent: Sorry about that!",
    "Helpdesk note (ticket {ticket}): caller {name}, email {mail}, says VPN drops every {num} min. Laptop IP "
    "{lanip}. Please rewrite as a clean incident summary.",
    "CRM note — please tidy up:\nlead: {name}\ncompany: {brand} dealer\nmobile {phone}\nemail {mail}\n"
    "interested in {product}, call back {date}",
    "Calendar invite, translate to German:\nTitle: Test drive\nWhen: {date} {time}\nWhere: {addr}\nGuests: "
    "{mail}, {mail_2}\nNote: bring driving licence",
    "Shorten this email, keep the facts:\n\nHi team,\n\nI've moved, so please update my records. New address: "
    "{addr}. My mobile stays {phone}.\n\nThanks,\n{name}\nSenior Analyst | {brand}\n{mail}",
    "Reply to this for me:\n\n> From: {name} <{mail}>\n> Sent: {date} {time}\n> Can you send the signed "
    "lease? My bank is {iban} for the deposit refund.\n",
    "Convert to JSON: name,dob,phone\n{name},{dob},{phone}\n{name_2},{dob_2},{phone_2}",
    "Find the duplicates in this CSV:\nid;full_name;email;city\n1;{name};{mail};{city}\n2;{name_2};{mail_2};{city}"
    "\n3;{name};{mail};{city}",
    "Why does this request fail with 422?\n\nPOST /api/v2/customers HTTP/1.1\nHost: api.example.com\n"
    "Authorization: Bearer {key}\nContent-Type: application/json\n\n"
    '{"name": "{name}", "email": "{mail}", "dob": "{dob}"}',
    'Validate this JSON schema sample: {"driver": {"name": "{name}", "licence_plate": "{plate}", "vin": "{vin}"}, '
    '"odometer_km": {km}}',
    "Is this YAML valid?\n\ncontact:\n  name: {name}\n  phone: \"{phone}\"\n  address: \"{addr}\"\nnotify: true",
    "Explain this log line:\n{date}T{time}:12Z WARN auth failed for user={mail} src={ip} attempts={num}",
    "Group these nginx lines by client:\n{ip} - - [{date}] \"GET /login HTTP/1.1\" 200\n{ip_2} - - [{date}] "
    "\"POST /login HTTP/1.1\" 401\n{ip} - - [{date}] \"GET /home HTTP/1.1\" 200",
    "My docker compose won't start, here's the env:\nPOSTGRES_USER=app\nPOSTGRES_PASSWORD={pwd}\n"
    "STRIPE_KEY={key}\nPORT={port}",
    "what does this error mean\n\nbotocore.exceptions.ClientError: InvalidAccessKeyId for key {key} region eu-west-1",
    "OCR of a receipt, total it up:\nC0FFEE H0USE\nTable {num}\nLatte 3.80\nBagel 2.90\nVISA {card}\nAUTH "
    "{booking}\nThank y0u {name}!",
    "Fix the OCR errors in this ID card scan:\nSURNAME / GIVEN NAMES\n{name:up}\nDATE 0F BIRTH {dob}\n"
    "PERS0NAL N0. {nid}\nADDRESS {addr}",
    "Extract the fields from this passport OCR as JSON:\nP<UTO\nName: {name:up}\nPassport No: {pp}\nDate of "
    "birth: {dob}\nPlace of birth: {city}",
    "OCR'd form, please fill in the blanks:\nPatient name: {name}\nDOB: {dob}\nMRN: {mrn}\nAllergies: ____\n"
    "Emergency contact: {name_2} {phone}",
    "Tighten this résumé header:\n{name}\n{addr} · {phone} · {mail}\nlinkedin.com/in/some-profile\n\nSUMMARY: "
    "{num} years in fleet telematics",
    "Make this CV line sound better: '{name}, born {dob}, driving licence B, lives {addr}, enjoys hiking'",
    "Delivery label text, check it's complete:\nSHIP TO: {name:up}\n{addr:up}\nTEL {phone}\nTRACKING {tracking}\n"
    "WEIGHT {num} KG",
    "Parcel got returned, label says:\nTo: {name}\n{addr}\nReason: address incomplete. What's missing?",
    "Summarise the support chat:\nBot: Please verify your identity.\nUser: {name}, born {dob}, last four of "
    "card... actually full number {card}\nBot: Thanks, verified.",
    "Please redact this before I forward it: 'Hi, I'm {name}, my SSN is {nid} and my date of birth {dob}.'",
    "Helpdesk macro test, fill it:\nDear {name},\nWe have reset your password to {pwd}. Please change it "
    "after logging in.",
    "Write a SQL insert for: {name} | {mail} | {phone} | {addr}",
    "python dict -> dataclass please:\nuser = dict(name='{name}', email='{mail}', ip='{ip}', "
    "born='{dob}')",
    "Clean this spreadsheet row: \" {name} \",\"{phone}\",\" {mail} \",\"{addr}\"",
    "Bank transfer details from an email — check the IBAN format: Beneficiary {name}, IBAN {iban}, "
    "reference {invoice}",
    "Payroll export row, which column is wrong?\nemp_id,name,account,sort_code\n{num},{name},{acct},20-00-00",
    "The car app's API returned this, why is lat/lon null?\n"
    '{"vehicle": {"vin": "{vin}", "plate": "{plate}"}, "owner": "{name}", "last_fix": "{gps}"}',
    "Telematics log, what happened at {time}?\n{date} {time} VIN={vin} ignition=on gps={gps} speed=0",
    "Is this OBD dump mine? VIN {vin:low} odometer {km} km ecu_sw {version}",
    "Insurance quote email, summarise in 3 bullets:\nDear {name},\nYour quote for {plate} ({product}) is "
    "{amount}/year. Main driver DOB {dob}. Address on file: {addr}.",
    "Hospital discharge summary, simplify for my dad:\nPatient {name} (MRN {mrn}), DOB {dob}, admitted "
    "{date} with chest pain, discharged {date_2}.",
    "Translate to Spanish: 'My name is {name}, I was born on {dob} and my passport is {pp}.'",
    "Rewrite as a formal letter: yo its {name} from {addr}, my landlord {name_2} ({phone}) still hasn't fixed "
    "the heating",
    "Group chat export, who owes what?\n{name}: paid {amount} for fuel\n{name_2}: I'll send mine to {acct}\n"
    "{name_3}: sending now",
    "Email signature — make it one line:\n--\n{name}\nService Advisor\n{brand} Motors\n{addr}\nT {phone} | "
    "M {phone_2}\n{mail}",
    "Calendar: 'Dentist — {name}, DOB {dob}, bring insurance card' at {time} on {date}. Add a reminder "
    "the day before.",
    "Meeting notes, pull the action items:\n- {name} to send the VIN list ({vin}, {vin_2}) to fleet\n- {name_2} "
    "to call the leasing company",
    "Turn into a contact card (vCard):\n{name}\n{phone}\n{mail}\n{addr}",
    "BEGIN:VCARD\nVERSION:3.0\nFN:{name}\nTEL;TYPE=CELL:{phone}\nEMAIL:{mail}\nEND:VCARD\n\nwhat version is this",
    "grep found this in prod logs, should I worry?\n[{date} {time}] DEBUG payment card={card} user={mail} "
    "ip={ip}",
    "Here's my .env, what's wrong with the quoting?\nOPENAI_API_KEY={key}\nDB_URL=postgres://app:{pwd}@{lanip}:5432/app",
    "curl -H 'X-Api-Key: {key}' https://api.example.com/v1/me returns 401, why?",
    "Is this a valid IBAN? {iban}",
    "Form submission, check for missing required fields:\nfirst_name={name}&dob={dob}&national_id={nid}&"
    "email=&phone={phone}",
    "Student enrolment form OCR:\nChild: {name}\nDate 0f birth: {dobkid}\nParent: {name_2}\nPhone: {phone}\n"
    "Address: {addr}",
    "Summarise this complaint: 'I'm {name}, the courier left my parcel at {addr} instead of my flat, "
    "tracking {tracking}. Call {phone}.'",
    "Expense report line: {date} fuel {amount} paid with {card} by {name}. Categorise it.",
    "Medical record request letter — fill it: I, {name}, DOB {dob}, hospital number {mrn}, request copies of "
    "my records to be sent to {addr}.",
    "Write a reply to this Airbnb host message: 'Hi! Check-in is at {addr}, door code is under the mat. If "
    "lost call me, {name}, on {phone}.'",
    "Sort by date of birth:\n{name} — {dob}\n{name_2} — {dob_2}\n{name_3} — {dob_3}",
    "Tenant reference OCR, anything odd?\nApplicant: {name}\nNational Insurance: {nid}\nCurrent address: "
    "{addr}\nEmployer: {brand}",
    "Convert to a markdown table: {name} / {mail} / {ip}; {name_2} / {mail_2} / {ip_2}",
    "kubectl logs says: user {mail} from {ip} denied, role viewer. How do I grant edit?",
    "Driving licence scan: {name:up} · {dob} · licence plate of registered vehicle {plate}. Is the expiry "
    "date missing?",
    "Parse this GPX waypoint into lat/lon: <wpt lat-lon=\"{gps}\"><name>home</name></wpt>",
    "Review this pull request diff:\n- API_TOKEN = os.environ['TOKEN']\n+ API_TOKEN = '{key}'",
    "From the fleet spreadsheet: driver {name}, passport {pp}, plate {plate}. Format it as a sentence.",
    "Bank SMS pasted: 'Dear {name}, {amount} debited from a/c {acct} on {date}.' Is this a scam?",
    "Helpdesk: user {name} ({mail}) can't reach printer at {lanip}, laptop is {lanip_2}. Draft the reply.",
    "Translate to French: 'Pick up {name} from {addr} at {time}, her phone is {phone}.'",
    "Check this KYC record for typos: {name} | {dob} | {nid} | {addr}",
    "Summarise this voicemail transcript: hi it's {name:low} calling about the car {plate:low} please ring "
    "me back on {sphone} thanks",
    "Wedding RSVP export, count the vegetarians:\n{name},yes,veg\n{name_2},yes,meat\n{name_3},no,\n{name_4},yes,veg",
    "Write a cover email for {name} ({mail}, {phone}) applying for the mechanic role.",
    "Pharmacy label OCR: Rx for {name} DOB {dob} — take 1 tablet twice daily. What's the medicine for?",
    "Lost and found form: item phone, owner {name}, contact {mail}, found at {place}.",
    "The dealer sent this, does the VIN match my car? Invoice {invoice}, VIN {vin}, owner {name}, {addr}",
    "Landlord email, draft a reply:\nPlease pay the deposit to {name}, IBAN {iban:nosp}, by {date}.",
    "Split the bill: I paid {amount}, send your share to my IBAN {iban} ({name}).",
    "Visa form autofill check: surname {name:up}, passport {pp}, expiry 2031, nationality on the photo page.",
    "hotel check in asked for passport {pp:low} and my address {addr} is that normal",
    "Service history PDF (OCR):\nVEHICLE ID {vin}\nREG {plate}\nLAST SERVICE {date} at {km} km",
    "Recall notice: does it cover VIN {vin}? Owner {name}, {addr}.",
    "Chargeback form — fill it: cardholder {name}, card number {card}, amount {amount}, merchant {brand}.",
    "Why was my card {card:nosp} declined at the charger? The app shows error 05.",
    "Tax form OCR, which box is the ID number? Name {name} · TIN {nid} · {addr}",
    "HR system import, is the ID column right? {name};{nid};{dob}",
    "Lab result letter, summarise: patient {name}, record {mrn}, HbA1c 6.1%.",
    "Clinic booking confirmation: {name}, patient no. {mrn}, {date} {time}, bring your referral.",
    "Direct debit mandate, check it: account holder {name}, account number {acct}, sort code 40-47-84.",
    "Friend sent bank details in chat, format them: {name} / acct {acct} / routing 021000021",
    "Strava export, is this my home? Start point {gps}, end point {gps_2}.",
    "Firewall alert: repeated SSH from {ip} to {lanip}. Block or ignore?",
    "Business card OCR, fix it: {name} | Fleet Manager | tel. {phone:dots} | {mail}",
    "Old contact export with odd separators, normalise the phone: {name};{phone:dots};{city}",
    "Scanned bank slip, read the account: payee {name}, a/c {acct:slash}, amount {amount}",
    "Receipt line from a fuel station OCR: CARD {card:dots} APPROVED, what's the total with tip?",
]
