"""English frames of corpus J (``bench/pii_corpus_j.py``): short requests to an assistant from everyday
and work life, with personal data in passing. A family organiser app (school runs, check-ups,
birthdays), a small business owner (invoices, payroll for three staff, supplier bank details,
complaints), an estate agent, a hospital ward clerk, a recruiter, an immigration lawyer's
assistant, a car dealership, a pharmacy, a university admissions office, a landlord, a travel
agent, a gym's front desk, a vet clinic and a wedding planner. Summarise, rewrite politely,
translate, extract, fill a form, check, draft a reply, work something out; some in small letters,
with typos or dictated. Slots as in corpus F: ``{slot}``, ``{slot_2}``, ``{slot:mod}``.
"""

from __future__ import annotations

EN_ASK: list[str] = [
    "add to the family calendar: pick up {jfname} from piano thursday 4:15, her teacher's house is {jhome}",
    "When is {jmname}'s next check-up due? He was born {jdobkid} and had his last one in March.",
    "school run rota next week: mon me, tue {jname}, wed {jname_2}, thu me, fri {jname}. make it a table and text it to "
    "{jphone}",
    "reply yes to the party invite from {jfname}'s mum ({usphone}) and ask if there are any nut allergies",
    "Book Mum's flu jab at the pharmacy. Her name is {jfname}, NHS number {nhs}, date of birth {jdob}.",
    "how many days until {jfname} turns 18? she was born {jdobkid}",
    "remind me in january: {jmname}'s passport {ukpassport} runs out in the spring, start the renewal early",
    "remind me to call grandma {jfname} on her birthday she was born {sdob} her landline is {phone:half}",
    "Payroll this month: {jname} 38 h, {jname_2} 40 h, {jname_3} 22 h, all at £12.60. Gross pay for each and the total?",
    "Our flour supplier changed banks, new IBAN {jiban}. Write two lines to my accountant asking her to update it before "
    "Friday's run.",
    "rewrite this politely pls, its for a customer ({jname}, {jphone}) who keeps calling about a refund we already sent: "
    "'we refunded you on the 3rd stop calling us'",
    "Draft an invoice to {jname}, {jhome}, for 3 hours of garden work at $45/h plus $60 of materials, and add the total.",
    "A customer paid with {jcard} and wants the receipt emailed to {wmail}. Write the receipt, and should the card be "
    "masked on it?",
    "check this before i send it to the bank: pay {jname} £1,240.00, sort code {sortcode}, account {ukac}, ref WAGES MAR",
    "is it ok to keep my 3 employees' SSNs like {ssn} in a google sheet or is that asking for trouble",
    "Write a listing blurb for {jhome}: 3 bed, 2 bath, new kitchen, walk to schools. The vendor is {jfname}; don't "
    "mention her.",
    "Send the viewing confirmation to {jname} at {wmail}: Saturday 11am at {jhome}. Ask them to bring photo ID.",
    "The vendor's solicitor wants the buyer's passport number {passport} and date of birth {jdob} for the AML check. "
    "Draft the cover note.",
    "Bed 14 on {ward} is {jname}, hospital number {wardmrn}, DOB {jdob}. Write the handover line for the night clerk.",
    "Translate into Polish for the family: your father {jmname} has moved to {ward}, visiting is 2 to 8 pm, call "
    "{ukphone} for updates.",
    "check this wristband text before i print it: {jname:up} / DOB {jdob} / MRN {wardmrn} / ALLERGY: PENICILLIN",
    "Next of kin is {jname}, {jphone}, living at {jhome}. Put that into the NOK fields of the admission form.",
    "Summarise this candidate in three bullets for the hiring manager: {natname}, 6 years of Java, wants remote, "
    "reachable at {jphone} or {pmail}.",
    "Write a short, kind rejection to {jfname} ({pmail}). She interviewed for the warehouse supervisor job.",
    "one CV has '{jdob}' under {jname}'s name, should i strip birth dates before sending CVs to the client?",
    "set up a call with {jmname} tuesday 10am his time, he's in Lagos, number {ngphone}",
    "Fill the sponsor section: sponsor {jname}, born {jdob}, passport {hpassport}, address {ukaddr}, phone {ukphone}.",
    "Transliterate the client's name from the passport using ICAO rules: {natname}. Passport no. {jpp}.",
    "Our client {jname} (DOB {jdob}) has moved to {usaddr}. Draft the cover letter for the change-of-address form.",
    "when does {jname}'s visa run out? granted {date} for 5 years, minus one day",
    "Test drive booked for {jfname} on Saturday; she's trading in her car, reg {ukplate}, VIN {jvin}. Write the "
    "confirmation text to {jphone}.",
    "Work out the monthly payment for {jname}: $28,400 financed at 6.9% APR over 60 months, vehicle VIN {jvin}.",
    "trade in {jvin} plate {usplate} 84k miles, owner {jname} wants 14k for it. reasonable for a 2019 {carmodel}?",
    "Draft a follow-up to {jname} at {pmail} who test-drove the {carmodel} last week and asked about finance.",
    "Prescription ready for {jname}, DOB {jdob}: {drug}. Text {jphone} that it's ready to collect.",
    "the medicare number {medicare} got rejected for {jfname} at the counter. what do I tell her?",
    "Translate the dosage label into Spanish for {jname}: {drug}, one tablet twice a day with food.",
    "{jfname} asked if we can deliver her repeat prescription to {jhome}, she's housebound. Draft a yes with our "
    "delivery days (Tue, Fri).",
    "Extract into JSON: applicant {jname}, date of birth {jdob}, programme {course}, email {pmail}, phone {jphone}",
    "Draft a conditional offer to {jname} for {course} at {uni}, condition IELTS 6.5 overall. Send to {pmail}.",
    "An applicant wrote the name only in its own script, {natname}. Give me the Latin spelling for the student record.",
    "is {jname} old enough for the foundation year? born {jdobkid}, we need 17 by 1 september",
    "My tenant {jname} at {jhome} is two months behind. Write a firm but polite reminder; rent is $1,450.",
    "pro-rate the rent: {jname} moves into {jhome} on the 17th, £950 a month, call it a 30 day month",
    "The outgoing tenant sent his IBAN for the deposit, {jiban}, name {jmname}. Does the IBAN look right?",
    "text {jphone}: plumber coming tomorrow 9 to 11 for the boiler, will someone be home",
    "Booking for two: {jname}, passport {jpp}; {jname_2}, passport {hpassport}. Flight {flight} on {date}. Put it in a "
    "table.",
    "Client {jfname}, born {jdob}, wants travel insurance for {country}, 14 days. What else do I need from her?",
    "email the hotel: guest {jname}, card {jcard} exp {expiry}, please pre-authorise the first night only",
    "New member: {jname}, {gymplan} plan, emergency contact {jname_2} on {jphone}. Write the welcome text.",
    "{jfname} wants to freeze her membership for two months because she's pregnant. Draft a reply to {pmail}.",
    "Reminder text: {pet}'s boosters are due. Owner {jname}, {jphone}. Keep it friendly and short.",
    "Owner {jname} at {jhome} says {pet} the {breed} ate chocolate an hour ago. What should I ask on the phone?",
    "tidy this into a list: {jname} and {jname_2} at table 3, {jname_3} away from the bar, kids table near the door",
    "Final invoice to the couple, {jname} & {jname_2}, {jhome}: balance £4,850 due 30 days before the wedding at "
    "{venuej}.",
    "The bride, {jfname}, has a new number {jphone} and email {pmail}. Which suppliers need to know? Draft the update.",
    "my shopify app stopped syncing orders, the token is {jkey}. is it the token or the webhook",
    "The card machine at the shop has IP {lanip} and can't reach the payment server at {pubip}. What should I check?",
    "where do i paste the booking site's API key in WooCommerce? it's {jkey}",
    "I gave our bookkeeper my Xero login, password {hpwd}. How do I add her as her own user instead?",
    "send the florist the pin for the barn, it's {pin}, the lane has no house number",
    "Vet home visit tomorrow: {jname}'s farm is at {coord}, gate on the north side. Add it to the round.",
    "The client's holiday cottage is at {dms}. How long is the drive from Inverness airport?",
    "New starter {jname} gave me PPS {pps} and IBAN {jiban}. Do both look valid before I put them into payroll?",
    "{jmname}'s RUT is {rut}, put it on the invoice header under his name and address, {esaddr}",
    "Fill the mutuelle form for me: {jfname}, numéro de sécurité sociale {nir}, née le {jdob}.",
    "our new cleaner {jfname} gave her IC {myic}. what does the number say about her age?",
    "Parking permit for {jname}, plate {sgplate}, unit #08-12. Write the note to the condo office.",
    "a customer left their car {jplate} in our lot overnight. polite message asking them to collect it, number "
    "{caphone}",
    "New hire in Shanghai, {pyname}, ID {jcnid}, home {shlaneen}. Draft her welcome email in English.",
    "um can you text {jfname} at {vphone} and say the cake for {jmname}'s party is ready pick up after three",
    "Book the kids' flu clinic slot: {jfname}, born {jdobkid}, our address is {jhome}, mobile {jphone}.",
    "the wedding guest list has {jname}'s address as {myaddr}, is that a full malaysian address or is something missing?",
    "The gym's door controller at {lanip} logs member {jname}'s fob at 3am every night. How do I read the log?",
    "Reply to the complaint from {jname} ({pmail}) about a cold delivery to {hkest}; offer a 20% voucher.",
    "ok so the new cleaner is {jfname} her number is {vphone} she starts monday at {jhome:lo} put it in the house "
    "calendar",
    "Pay the plumber {jmname} £240 for the boiler job. His IBAN is {jiban}; write the payment reference and a thank-you "
    "text.",
    "cn u chek if this card number is complete b4 i charge the deposit {jcard} exp {expiry} name on card {jname:up}",
    "note for the ward clerk tomorrow patient {jname} date of birth {sdob} hospital number {wardmrn} going home "
    "after lunch",
    "the supplier invoice says pay to {giban}, but last month it was {jiban}. Draft an email asking them to confirm by "
    "phone before I pay.",
    "Guest {jname} wants to split the wedding deposit across two cards, {jcard} and {amex}. How do I word the "
    "authorisation form?",
    "the office wifi router is at {lanip} and someone keeps logging in from {pubip}, how do i block that ip",
    "mark the meeting point for the school trip, the coach will stop at {pin} outside {jfname}'s house",
    "The vet app's API key {jkey} leaked in a screenshot. What do I rotate first?",
    "dictate to my assistant: please call mister {jmname:lo} back on {vphone} about the two bedroom flat he viewed on "
    "saturday",
    "figure out how old {jmname} will be on the trip date if he was born {jdobkid}, the trip is in july",
    "recieved a chargeback from {jfname} for order {order}, card {jcard}. write the dispute response, she did collect "
    "the goods",
    "{jfname} called again about the deposit for {jhome}. What should I tell her? We're still waiting on the inventory "
    "report.",
    "{jphone} keeps texting the shop asking for {jfname}. Draft a reply saying she doesn't work here any more.",
    "{jhome} - the tenant there says the smoke alarm keeps beeping. Text the electrician and copy the tenant, {jmname}.",
    "{wmail} bounced when I sent the payslip. Is the address wrong? The employee is {jname}.",
    "{jvin} is the VIN on the finance papers but the car has plate {ukplate}. Does the VIN at least look valid?",
    "{jdob} is the date of birth on {jfname}'s booking but her passport {jpp} says otherwise. Write to her to confirm.",
    "copied from the hospital PDF, the NHS number {nhs:zw} for {jname} won't paste into the booking form. why?",
    "the ward printer mangled this, fix the spacing: patient {jname:up} born {jdob} hosp no {wardmrn:fwa}",
]
