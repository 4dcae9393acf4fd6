"""English PII-free frames of corpus G (``bench/pii_corpus_g.py``): text full of numbers, names
and secrets-shaped strings that are not personal data. Issue keys, pod names, containers, ship
and air-waybill numbers, CAS numbers, DOIs, CVEs, integrity hashes, host-key fingerprints, cloud
account and payment-object ids, serials and part numbers, browser versions, famous people with
their birth dates, fictional characters and their fictional addresses, storms and algorithms
named after people, brands, places, public emergency numbers, postcodes alone, sports scores,
recipes, maths, placeholders and config keys without values. Items carry ``pii: []``.
"""

from __future__ import annotations

LOOKALIKES_EN: list[str] = [
    "Write a one-line release note for {jira}: it shipped in build {build}, commit {sha}.",
    "kubectl shows {pod} in CrashLoopBackOff with exit code 137. Is that the OOM killer?",
    "Container {container} missed the vessel cut-off in Rotterdam, new ETA {date}. Who pays the demurrage?",
    "How is the check digit of {imo} computed? I want to validate ship numbers in our form.",
    "Air waybill {awb} shows 'RCF' at LHR since {date}. What does that status mean?",
    "What compound has CAS number {cas}, and does it need a COSHH assessment in a school lab?",
    "The DOI {doi} returns 404 on doi.org. Is the suffix malformed or is the paper just not registered yet?",
    "Summarise arXiv {arxiv} for me if you know it; if not, tell me how to read an arXiv abstract quickly.",
    "Are we affected by {cve}? Our scanner flags libxml2 at version {version} in the base image.",
    "npm ci fails with 'integrity checksum failed', lockfile has \"integrity\": \"{sri}\". How do I fix it safely?",
    "SSH warns the host key changed, new fingerprint {sshfp}. The server was rebuilt yesterday - is it fine to accept?",
    "Our IAM role ARN is arn:aws:iam::{awsacct}:role/deploy. Write a trust policy that lets GitHub Actions assume it.",
    "PaymentIntent {stripeid} is stuck in requires_action. What does the customer still need to do?",
    "Is serial number {serial} inside the recall range for the 2022 battery issue? How do I check?",
    "Which wiper blade fits if the old one says part no. {partno}? Car is a 2017 Golf.",
    "Version {version4} of our desktop client broke the date picker. How do I bisect between builds?",
    "{sysdate} kernel: Out of memory: Killed process 4211 (java). How do I find what ate the memory?",
    "Convert {hexcolor} to RGB and HSL, and suggest a darker shade for hover states.",
    "Mongo ObjectId {oid} - can I get the creation time out of it?",
    "Write a short piece on how {famousbirth} changed their field, for a Year 9 class.",
    "Settle a pub quiz argument: is this right - {famousbirth}? And who else was born that year?",
    "Write a dialogue between {fictional} and {fictional_2} meeting on a train.",
    "Sherlock Holmes lives at 221B Baker Street - was that a real address when Conan Doyle wrote the stories?",
    "Harry Potter grew up at 4 Privet Drive, Little Whinging. Why did Rowling pick such a boring name?",
    "Why do the Simpsons live at 742 Evergreen Terrace in a town with no state? Fan theories please.",
    "Compare the damage of {storm} and {storm_2}. Why are storms given people's names at all?",
    "Code review: is `{algo}` a good class name, or should it describe what it does rather than who invented it?",
    "Which is faster for my RouteGraph with negative edges, BellmanFord or a Dijkstra variant? Explain the complexity.",
    "Tickets for {venue} on {date}: is the upper tier worth the saving?",
    "Compare {stock}, {stock_2} and {stock_3} on P/E as of {date}. Is a P/E of 34 high?",
    "What area is the postcode {postcode} in, and is it expensive to live there?",
    "In the UK do you call 111 or 999 for a non-urgent medical question? And which country uses {hotline}?",
    "Final score {score}, then penalties 4-3. Write a three-line match report for the club newsletter.",
    "Lottery draw: {lotto}. What are the odds of matching all six in a 6/49 game?",
    "Scale this recipe for 14 people: 250 g flour, 3 eggs, 180 ml milk, a pinch of salt, 30 g butter.",
    "Balance this equation and explain each step: C6H12O6 + O2 -> CO2 + H2O",
    "Convert 5 ft 11 in to centimetres and {weight} kg to stone and pounds.",
    "Is 2^61 - 1 prime? And how would you test a big number like {bignum} for primality?",
    "Is {version} to {version_2} a breaking change under semantic versioning?",
    "What version is the UUID {uuid}, and can I sort by it?",
    "Grafana shows p99 of 842 ms at {ts}. Check my PromQL: histogram_quantile(0.99, sum by (le) "
    "(rate(http_bucket[5m])))",
    "Which of these does the app need at start-up? DATABASE_URL, REDIS_PASSWORD, STRIPE_SECRET_KEY, SENTRY_DSN, "
    "JWT_SIGNING_KEY. Write a table explaining each variable without example values.",
    "Our Helm chart has `password: {{ .Values.db.password }}` and `apiKey: {placeholder}`. How do I pass the real "
    "values from Vault at deploy time?",
    "Is it fine to commit this .env.example?\nSTRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx\nDB_PASSWORD="
    "{placeholder}\nMAIL_FROM=\nDEBUG=false",
    "My docker-compose uses POSTGRES_PASSWORD: ${POSTGRES_PASSWORD} but the container says it's empty. Why?",
    "Why does my app bind to 0.0.0.0:{port} in Docker but only 127.0.0.1:{port} on my laptop?",
    "Invoice {invoice} is {amount} including 20% VAT. What's the net, and what do I put in box 6?",
    "Restock plan: SKU {sku} sells {qty} a week, lead time 3 weeks, safety stock 2 weeks. How many to order?",
    "Flight {flight} from {city} was delayed 3h40 on {date}. Am I owed EU261 compensation?",
    "Is the ICE 1537 or the Eurostar 9014 better for a day trip, and can I bring a bike?",
    "Room {room} at the conference centre - is that the second or third floor, usually?",
    "Tyre size 225/45 R17 94W - what do each of those numbers mean?",
    "What does Windows error 0x80070005 mean during an update, and how do I fix it?",
    "Write three pub quiz questions about {famous}, with answers.",
    "Write a birthday message for a colleague's retirement card, warm but not cheesy. No names needed.",
    "Explain the birthday paradox: why do 23 people give better-than-even odds of a shared birthday?",
    "Is Marks & Spencer or Johnson & Johnson the better dividend stock right now?",
    "Which is nicer in October, Lake Louise or Jasper? We land in Calgary on {date}.",
    "Wells Fargo, Morgan Stanley and Charles Schwab all sound like people. Where do those names come from?",
    "Hurricane names are retired after bad seasons. Which names were retired after 2005?",
    "Cite this correctly in APA: Vaswani et al. (2017), Attention Is All You Need, NeurIPS.",
    "Summarise Brown v. Board of Education and why it mattered, in five bullet points.",
    "What does John 3:16 say, and why is it quoted so often at football matches?",
    "Torque spec for M8 bolts on an aluminium bracket: is 25 Nm too much?",
    "Our order {order} and tracking {tracking} both look like phone numbers to the customer. How do we format them to "
    "avoid confusion?",
    "Lint says `const johnDoe = buildUser()` is a bad variable name in the test. What should test fixtures be called?",
    "How many IPv4 hosts fit in a /22, and how many in a /26?",
    "Container image {pod} pulls from registry digest sha256:{sha256}. How do I pin it in the deployment?",
    "Temperature in Edinburgh tomorrow is {temp} °C with 40 mph gusts. Is it safe to climb Arthur's Seat?",
    "ISBN {isbn}: is this the Penguin Classics edition of Middlemarch or a reprint?",
]
