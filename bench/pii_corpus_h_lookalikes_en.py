"""English PII-free frames of corpus H (``bench/pii_corpus_h.py``): text full of things shaped like
personal data that are not. The codes of banks and branches (routing, SWIFT, sort code, IFSC,
BSB, BLZ), the test cards and sandbox accounts payment providers document, the example IBANs of
standards, masked cards and accounts, IBAN-shaped product codes, court and claim references,
hotel, rental and ticket numbers, ISINs, LEIs, HS and ICD codes, trial ids, specimen documents
(ICAO's Utopia passport, the Woolworth wallet SSN, HMRC's QQ number, Ofcom's drama numbers,
RFC 5737 addresses), landmarks with their coordinates, plus codes, famous people's birth dates,
public figures, fictional characters, companies named after people, streets in the news with
no number, dates that are not birth dates, and how-to questions about formats with no value.
Items carry ``pii: []``.
"""

from __future__ import annotations

LOOKALIKES_EN: list[str] = [
    "Is {ababank} also used for incoming wires, or only for ACH? I always mix them up.",
    "What's the difference between {ababank} and a wire routing number? When does a payer need each?",
    "Which bank is SWIFT code {swift}, and what do the last three characters mean?",
    "Which bank uses sort code {sortcode}? I see it on lots of invoices from fintech startups.",
    "Decode the IFSC {ifsc} for me: which bank, which branch, and why is the fifth character always 0?",
    "BSB {bsb} - which bank and state is that, and do I need it for an international transfer?",
    "Is BLZ {blz} still valid after the Sparkasse mergers, or should we only use BICs now?",
    "What's the CNAPS code {cnaps} used for in Chinese bank transfers, and is it the same as a SWIFT code?",
    "In Canada, is institution number {cainst} enough to identify a bank, or do I also need the transit number?",
    "Stripe's docs list {stripecard} as a test card. Why does it decline when I try it in live mode?",
    "Our QA plan uses Stripe's test cards {stripecard} and {stripecard_2}. Which one triggers 3-D Secure?",
    "Braintree's sandbox accepts 4111 1111 1111 1111 but rejects our own test numbers. Why is that card special?",
    "Plaid's sandbox returns routing 011401533 and account 1111222233330000 for every user. Are those real "
    "accounts anywhere?",
    "Stripe's test bank account 000123456789 with routing 110000000 succeeds, but 000111111116 fails with "
    "'account_closed'. Why do the docs list both?",
    "The IBAN registry's example GB82 WEST 1234 5698 7654 32 passes my validator. Should test data ever use it?",
    "Why does every tutorial use DE89 3704 0044 0532 0130 00 as the sample IBAN? Is it a real account?",
    "My statement shows {maskedcard} for a charge I don't recognise. How do I work out which of my cards it is?",
    "The SMS says account {maskedacct} was debited {amount}. Do all banks mask account numbers like that?",
    "Our warehouse bins are labelled like {ibanlike}. The finance tool keeps flagging them as IBANs - how do we "
    "stop that without turning the check off?",
    "How do I look up {casenum} online, and what does each part of that reference mean?",
    "Summarise the judgment in {casenum} if you know it; if not, explain how to read a neutral citation.",
    "The claim reference {claim} appears on three letters from {insurer}. Is that one claim or three?",
    "Hotel confirmation {conf} at {hotelh} - can breakfast be added after check-in, usually?",
    "Rental agreement {rental} says 'full to full'. What happens if I return it at three quarters?",
    "E-ticket {eticket}: what do the first three digits tell me about the airline?",
    "Flight {flight} on {date}: what's the usual checked baggage allowance in economy light on a long-haul route?",
    "What does the ISIN {isin} tell me - country, issuer, check digit? Walk me through it.",
    "Our KYC form asks for an LEI; the vendor's is {lei}. Is that a company number or a tax number?",
    "Which EU duty rate applies to HS {hscode}, and do I need a certificate of origin?",
    "Explain the design of {trial} in plain words if you know it; otherwise how do I read a registry entry?",
    "Subject {subj} at {site} withdrew consent on {date}. What do we still report to the sponsor?",
    "What does ICD-10 {icd} mean, and is it billable as a primary diagnosis?",
    "How far is {landmark} from the nearest metro station, and is it better at sunrise or sunset?",
    "Convert the coordinates of {landmark} to degrees, minutes and seconds and explain the maths.",
    "Google Maps gives {pluscode} for the stadium's north gate. How do plus codes work, and are they precise "
    "enough for a meeting point?",
    "Can you open https://maps.google.com/?q=Sydney+Opera+House and tell me the best ferry to get there?",
    "Is 0°, 0° really in the sea? Why do GPS bugs put so many points at Null Island?",
    "Write a short bio of {famousdob} for a school corridor poster, 80 words.",
    "Pub quiz check: {famousdob} - is that right, and who else famous was born that year?",
    "Summarise {public}'s career in five bullet points for a debate club.",
    "Write a short scene where {fict} meets {fict_2} in a train station café.",
    "Why is {eponym} named that - was there a real person behind the brand?",
    "Is {eponym} a family business still, or just a name on a listed company?",
    "Traffic on {newsstreet} is closed for the parade on {date}. Suggest two alternative routes for a bus.",
    "A water main burst on {newsstreet} this morning; write a two-line service update for our shop's customers.",
    "Is {tollfree} really {bank}'s customer service number? A text message told me to call it.",
    "What are the opening hours of {bankline}, and can I call it from abroad?",
    "TV scripts use numbers like 07700 900461 and 555-0172. Why were those ranges set aside for drama?",
    "Why was the SSN 078-05-1120 printed on sample cards in wallets, and what happened afterwards?",
    "HMRC guidance shows QQ 12 34 56 C as an example National Insurance number. Why QQ?",
    "ICAO's specimen passport for 'Anna Maria Eriksson' of Utopia has number L898902C3. How is its MRZ check "
    "digit computed?",
    "RFC 5737 reserves 192.0.2.0/24, 198.51.100.0/24 and 203.0.113.0/24. Should our docs use those instead of "
    "real IPs?",
    "Is the example IMEI 490154203237518 from the Wikipedia article Luhn-valid? Show the steps.",
    "How is a Mexican CLABE's check digit computed? Explain the 3-7-1 weights without a real number.",
    "Why do Emirates ID numbers start with 784, and what does the next group mean? No example needed.",
    "Explain how a Korean resident registration number encodes the birth date and sex, without a real example.",
    "How do you compute age from a date_of_birth column in PostgreSQL? Show the SQL with no sample rows.",
    "Write a regex for Indian IFSC codes and test it against {ifsc} and {ifsc_2}.",
    "Is `password: {placeholder}` fine in the sample config we ship with the installer?",
    "Is postgres://user:password@localhost:5432/mydb the right URL format, or does the password go somewhere "
    "else?",
    "Our README says export DASHSCOPE_API_KEY=<your key here>. Should it be in quotes?",
    "Hash {sha256} came out of our build. Is that a SHA-256 of a file, or could it be a leaked secret?",
    "Our company was founded on {date}. Write a short anniversary post for LinkedIn.",
    "The lease starts on {date} and ends on {date_2}. How many days is that, and is it a leap year?",
    "Version {version} vs {version4} - which one is newer, and is either affected by {cve}?",
    "Order {order} shipped via {tracking}. Why does the tracking page say 'label created' for five days?",
    "PNR {pnr} shows status HX on segment 2. What does HX mean and do I need to rebook?",
    "BIN 453201 - which issuer and card level is that? I'm building a fraud rule.",
    "Our sandbox uses account numbers like 000111222 for every fake user. Could that ever clash with a real "
    "account?",
    "Is the Eiffel Tower at 48.8584, 2.2945 or did I swap latitude and longitude? Where would the swapped point be?",
    "Explain {public}'s stance on central bank independence, with sources if you can.",
    "Who founded {eponym}, and in which year? A one-paragraph history, please.",
    "Recommend three novels like the ones featuring {fict}.",
    "Why do South African ID numbers start with the birth date? Explain the structure without a real number.",
    "I'm writing a data-masking spec. Which of these columns are personal data: order_id, sku, hs_code, swift_bic, "
    "iban, date_of_birth, store_lat, store_lng?",
]
