"""English frames of corpus F (``bench/pii_corpus_f.py``) in technical and chat styles: JSON API
payloads, GraphQL variables, Protobuf text, Kubernetes and docker-compose YAML, .env files,
Terraform, git commits, code review comments, unit-test fixtures in Python, JavaScript and Go,
SQL, log lines, CSV/TSV with headers in several languages, SMS and WhatsApp messages.
"""

from __future__ import annotations

EN_TECH: list[str] = [
    "Why does this request return 422?\n\nPOST /v2/customers\n"
    "{\"customer\": {\"name\": \"{ename}\", \"email\": \"{email}\", \"address\": {\"line1\": \"{usaddr}\"}, "
    "\"dob\": \"{dob}\"}, \"source\": \"web\", \"consent\": true}",

    "Getting 'Variable $input got invalid value' on this mutation:\n"
    "mutation CreatePatient($input: PatientInput!) { createPatient(input: $input) { id } }\n\nvariables:\n"
    "{\"input\": {\"fullName\": \"{ename}\", \"mrn\": \"{mrn}\", \"birthDate\": \"{dob}\", \"phone\": \"{phone}\"}}",

    "What does this protobuf text dump say about the rider?\n\nrider {\n  display_name: \"{ename}\"\n  phone_e164: "
    "\"{intl}\"\n  home { lat_lng: \"{gps}\" }\n  last_ip: \"{ip}\"\n}\nride_id: \"{uuid}\"",

    "kubectl apply fails on this manifest, what's wrong with it?\n\napiVersion: v1\nkind: Secret\nmetadata:\n"
    "  name: payments-api\ntype: Opaque\nstringData:\n  STRIPE_SECRET_KEY: {key}\n  DB_PASSWORD: {pwd}\n"
    "  DB_HOST: {ip}",

    "Why can't the web container reach postgres?\n\nservices:\n  db:\n    image: postgres:16\n    environment:\n"
    "      POSTGRES_USER: app\n      POSTGRES_PASSWORD: {pwd}\n  web:\n    build: .\n    environment:\n"
    "      DATABASE_URL: postgres://app:{pwd}@db:5432/app\n      ADMIN_EMAIL: {email}\n    depends_on: [db]",

    "Which of these should go into a secret manager instead of the .env?\n\nNODE_ENV=staging\nOPENAI_API_KEY={key}\n"
    "SMTP_USER={email}\nSMTP_PASS={pwd}\nREDIS_URL=redis://{ip}:6379/0\nLOG_LEVEL=debug",

    "terraform plan shows a diff on every run, why?\n\nvariable \"db_password\" {\n  default = \"{pwd}\"\n}\n\n"
    "provider \"aws\" {\n  region     = \"eu-west-2\"\n  access_key = \"{awskey}\"\n  secret_key = \"{awssecret}\"\n}",

    "Can you improve this commit message?\n\ncommit {sha}\nAuthor: {ename} <{email}>\nDate:   {date}\n\n"
    "    remove hardcoded token\n\n    deploy.sh had GITHUB_TOKEN={key} in it, moved to CI secrets",

    "Make my review comment less harsh: 'You committed the prod DB password ({pwd}) and the bastion IP {ip} in "
    "settings.py. The fixture also uses a real customer's email, {email}. Please never do this again.'",

    "Why does this test pass locally but fail on CI?\n\ndef test_customer_serializer():\n    customer = Customer(\n"
    "        name=\"{ename}\",\n        iban=\"{iban}\",\n        phone=\"{phone}\",\n    )\n"
    "    data = serialize(customer)\n    assert data[\"name\"] == customer.name",

    "jest says 'expected 1 call, received 0'. The fixture:\n\nconst user = {\n  fullName: \"{ename}\",\n"
    "  card: \"{card}\",\n  billing: \"{usaddr}\",\n};\nawait checkout(user);\nexpect(chargeMock).toHaveBeenCalledWith(user.card);",

    "go vet complains about this test, why?\n\nfunc TestLookup(t *testing.T) {\n"
    "\tv := Vehicle{VIN: \"{vin}\", Plate: \"{plate}\", Owner: \"{ename}\"}\n\tif got := lookup(v); got == nil {\n"
    "\t\tt.Fatal(\"nil\")\n\t}\n}",

    "Convert this CSV to JSON, keeping the German keys:\n\nName;Geburtsdatum;IBAN;Telefon\n{ename};{dob};{iban};"
    "{dephone}\n{ename_2};{dob_2};{iban_2};{dephone_2}",

    "Sort these rows by last name:\nnom\tadresse\ttéléphone\n{ename}\t{fraddr}\t{frphone}\n{ename_2}\t{fraddr_2}\t"
    "{frphone_2}",

    "Fix the encoding of this export, the accents are broken:\nnombre,dni,movil,nacimiento\n{ename},{dni},{esphone},"
    "{dob}",

    "Is this INSERT safe to run on prod?\nINSERT INTO patients (full_name, mrn, dob, phone) VALUES ('{ename}', '{mrn}', "
    "'{dob}', '{phone}');",

    "Which of these logins look suspicious?\n{ts} INFO auth ok user={email} ip={ip}\n{ts_2} WARN auth fail "
    "user={email} ip={ip_2}\n{ts_3} WARN auth fail user={email} ip={ip6}",

    "curl -H 'Authorization: Bearer {key}' https://api.brightpath.io/v1/me returns 401 but the key worked "
    "yesterday. What can cause that?",

    "Write a Python script that pings {ip} every minute and texts me at {intl} if it stops answering.",

    "what does this text mean lol: 'hey its {ename} 👋 new number, save it {phone} 🙏 also can u send me the "
    "money for the tix'",

    "[{date}, 21:14] Mum: darling can u send me ur card number again for the flights\n[{date}, 21:16] Me: {card} "
    "exp 08/27 🙈\n[{date}, 21:17] Mum: thanks xx\n\nWas it a bad idea to send that on WhatsApp?",

    "Summarise this Slack message for the IT team: '@channel {ename} starts Monday!! laptop is shipping to "
    "{addr}, personal email {email} until SSO is set up, mobile {phone} 🎉'",

    "Parse this webhook and tell me which fields I should not log:\n"
    "{\"event\":\"ride.completed\",\"rider\":{\"name\":\"{ename}\",\"phone\":\"{intl}\"},\"pickup\":\"{gps}\","
    "\"device_ip\":\"{ip}\",\"fare\":\"{price}\"}",

    "Decode this VIN for me: {vin}. The seller says the plate {usplate} belongs to a 2019 car, does that fit?",

    "Write an nftables rule that drops SSH from everywhere except my home IP {ip} and my phone's {ip6}.",

    "Here's the Stripe customer object, why is the default card missing?\n"
    "{\"id\": \"cus_{pnr}\", \"name\": \"{ename}\", \"phone\": \"{phone}\", \"address\": \"{addr}\", \"default_source\": null}",

    "Turn this dictation into a tidy contact card: ok new contact {ename} mobile {phone} email {email} lives "
    "at {addr} met at the {company} conference",

    "Excel keeps turning the card column into 4.53E+15, how do I stop it?\nName\tCard\tExpiry\n{ename}\t{card:nosp}\t"
    "09/27\n{ename_2}\t{card_2:nosp}\t01/28",

    "In my Flask app I log request.remote_addr and got {ip} for user {email}. Is logging that a GDPR problem?",

    "Debug this: ssh -i ~/.ssh/id_ed25519 deploy@{ip} -p 2222 says 'connection refused', and the server's "
    "sudo password is {pwd} if that matters.",

    "Mask the personal data in this support chat before I paste it into Jira:\nAgent: Can I confirm your NI "
    "number?\nCustomer: {nino}\nAgent: And the postcode on file?\nCustomer: it's {ukaddr}\nAgent: Thanks {ename}.",

    "{email} keeps bouncing with '550 mailbox unavailable'. I've written to that address for years, is it my side "
    "or theirs?",

    "{ename} from accounts asked me to change her bank details to {iban}. The request came from a Gmail address. "
    "Red flag?",

    "{ip} keeps hitting /wp-login.php on our server every few seconds. Block it in nginx or at the firewall?",

    "{vin} is the VIN of the van I'm about to buy privately. What checks should I run before I pay?",
]
