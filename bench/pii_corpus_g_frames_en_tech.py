"""English frames of corpus G (``bench/pii_corpus_g.py``) from engineering work: Jira and GitHub
issue bodies, curl commands, raw HTTP requests, Postman exports, JSON access logs, sshd auth.log
lines, Node and Rust crash output, Helm values, GitHub Actions workflows, Ansible inventories, AWS
credentials files, .npmrc, WireGuard and SSH configs, crontabs, Jupyter output, psql expanded
rows, Mongo shell, Redis and JDBC strings, Dockerfiles, tfvars, telematics CSV, Twilio webhooks
(URL-encoded), raw mail headers, LDIF, MT940 and SEPA XML, HL7 v2 and FHIR, CRM timelines,
Slack exports, bug bounty reports and localStorage dumps.
"""

from __future__ import annotations

EN_TECH: list[str] = [
    "Rewrite this Jira ticket so we can share it with the vendor without customer data:\n\n*Summary:* Refund fails "
    "with 500\n*Steps to reproduce:*\n# Log in as {gemail}\n# Open order {order}\n# Refund to card {gcard}\n"
    "*Expected:* refund issued\n*Actual:* 500 from /refunds\n*Environment:* prod, client IP {ip}\n*Ticket:* {jira}",

    "Help me turn this into a minimal repro for the SDK maintainers:\n\n### Bug report\nThe client throws `AuthError` "
    "when the key has an underscore.\n\n```python\nclient = "
    "Client(api_key=\"{gkey}\")\nclient.users.get(\"{gemail}\")\n"
    "```\n**SDK version:** {version}",

    "Convert this to Python requests:\n\ncurl -X POST https://api.payouts.dev/v1/transfers \\\n  -H 'Authorization: "
    "Bearer {key}' \\\n  -H 'Content-Type: application/json' \\\n  -d '{\"iban\": \"{giban:nosp}\", \"holder\": "
    "\"{gname}\", "
    "\"amount\": 1200}'",

    "Why does the server reject this request?\n\nPOST /api/v2/profile HTTP/1.1\nHost: app.internal\nX-Forwarded-For: "
    "{ip}, {lanip}\nContent-Type: application/json\n\n{\"fullName\":\"{gname}\",\"birthDate\":\"{isodob}\",\"phone\":"
    "\"{gphone}\"}",

    "This Postman export won't import, what's malformed?\n\n{\"info\":{\"name\":\"Payouts\"},\"item\":[{\"request\":"
    "{\"method\":\"POST\",\"header\":[{\"key\":\"x-api-key\",\"value\":\"{gkey}\"}],\"body\":{\"raw\":\"{\\\"email\\\":"
    "\\\"{gemail}\\\",\\\"account\\\":\\\"{wacct}\\\"}\"}}}]}",

    "Count the 4xx responses per user in these JSON logs:\n{\"ts\":\"{ts}\",\"remote_addr\":\"{ip}\",\"status\":403,"
    "\"uri\":\"/account\",\"user\":\"{gemail}\"}\n{\"ts\":\"{ts_2}\",\"remote_addr\":\"{gip6}\",\"status\":404,\"uri\":"
    "\"/orders/{build}\",\"user\":\"{gemail_2}\"}",

    "What do these auth.log lines mean, am I being attacked?\n{sysdate} bastion sshd[21877]: Failed password for "
    "invalid user admin from {ip} port 51122 ssh2\n{sysdate_2} bastion sshd[21901]: Accepted publickey for deploy "
    "from {ip_2} port 40110 ssh2: ED25519 {sshfp}",

    "Node crashed with this, what's wrong with my validation?\n\nValidationError: \"phone\" must be E.164, got "
    "\"{gphone}\"\n    at validateProfile (/srv/app/src/profile.js:88:11)\n    at async signup "
    "(/srv/app/src/routes.js:41:5)"
    "\n  context: { name: '{gname}', email: '{gemail}' }",

    "What does this Rust panic mean?\n\nthread 'tokio-runtime-worker' panicked at src/payments.rs:141:9:\ninvalid IBAN "
    "checksum: {giban}\nnote: run with `RUST_BACKTRACE=1` to display a backtrace",

    "helm upgrade fails with this values.yaml, why?\n\nimage:\n  tag: {version}\npostgresql:\n  auth:\n    username: "
    "shop\n    password: {gpwd}\nsmtp:\n  user: {gemail}\n  password: \"{gpwd_2}\"\ningress:\n  host: shop.example.com",

    "Review this workflow before I merge it:\n\nname: deploy\non: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n"
    "    env:\n      AWS_ACCESS_KEY_ID: {awskey}\n      AWS_SECRET_ACCESS_KEY: {awssecret}\n    steps:\n      - uses: "
    "actions/checkout@v4\n      - run: ./deploy.sh {ip}",

    "ansible says 'UNREACHABLE' for web2 only, why?\n\n[web]\nweb1 ansible_host={ip} ansible_user=ubuntu "
    "ansible_password={gpwd}\nweb2 ansible_host={lanip} ansible_user=ubuntu ansible_password={gpwd}",

    "I have two profiles here, which one does boto3 pick by default?\n\n[default]\naws_access_key_id = {awskey}\n"
    "aws_secret_access_key = {awssecret}\n\n[prod]\naws_access_key_id = {awskey_2}\naws_secret_access_key = "
    "{awssecret_2}",

    "npm install gives E401 with this .npmrc, what's "
    "wrong?\n\n//registry.npmjs.org/:_authToken={gkey}\nemail={gemail}\n"
    "always-auth=true",

    "My WireGuard tunnel comes up but no traffic flows:\n\n[Interface]\nPrivateKey = {wgkey}\nAddress = {lanip}/24\n"
    "ListenPort = 51820\n\n[Peer]\nEndpoint = {ip}:51820\nAllowedIPs = 0.0.0.0/0",

    "ProxyJump isn't working with this ~/.ssh/config:\n\nHost bastion\n  HostName {ip}\n  User deploy\n"
    "  IdentityFile ~/.ssh/id_ed25519\n\nHost db\n  HostName {lanip}\n  ProxyJump bastion",

    "Is this crontab line right? It should run at 3 am:\n0 3 * * * curl -s -H \"X-Auth-Token: {hexkey}\" "
    "https://backup.internal/run >> /var/log/backup.log 2>&1",

    "Why is 'dob' NaN in the second row?\n\nIn [14]: df.head(2)\nOut[14]:\n                name                     "
    "email"
    "         dob\n0  {gname}  {gemail}  {isodob}\n1  {gname_2}  {gemail_2}         NaN",

    "What does this row tell us about the failed signup?\n\n-[ RECORD 1 ]-+--------------------------\nid            "
    "| 48213\nfull_name     | {gname}\nemail         | {gemail}\nphone         | {gphone}\nsignup_ip     | {ip}\n"
    "created_at    | {ts}",

    "Will this UPDATE touch more rows than I want?\n\nUPDATE customers SET iban = '{giban:nosp}', account_holder = "
    "'{gname}' WHERE email = '{gemail}';",

    "Why does this Mongo query return nothing?\n\n> db.users.find({ \"profile.passport\": \"{gpassport}\" })\n>\n\n"
    "Sample document:\n{ _id: ObjectId(\"{oid}\"), profile: { name: \"{gname}\", passport: \"{gpassport:lo}\", dob: "
    "ISODate(\"{isodob}T00:00:00Z\") } }",

    "redis-cli says NOAUTH even though I pass the password:\n\n$ redis-cli -h {ip} -p 6379 -a '{gpwd}' ping\n"
    "Warning: Using a password with '-a' on the command line interface may not be safe.\n(error) NOAUTH",

    "Spring can't connect with this, what's wrong?\nspring.datasource.url=jdbc:mysql://{ip}:3306/crm?useSSL=true"
    "&user=crm_app&password={gpwd}",

    "Is it bad to build images with this Dockerfile?\n\nFROM python:3.12-slim\nENV STRIPE_API_KEY={key}\nENV "
    "ADMIN_EMAIL={gemail}\nWORKDIR /app\nCOPY . .\nCMD [\"gunicorn\", \"app:app\"]",

    "terraform apply keeps recreating the alert, here's my terraform.tfvars:\n\ndb_password = \"{gpwd}\"\nalert_phone "
    "= \"{intl}\"\nadmin_cidr  = \"{ip}/32\"\nregion      = \"eu-west-1\"",

    "Plot this telematics export on a map, one colour per "
    "driver:\n\nvin,plate,driver,position,speed_kmh\n{gvin},{plate},"
    "{gname},\"{ggps}\",54\n{gvin_2},{plate_2},{gname_2},\"{ggps_2}\",0",

    "Is it OK that Crashlytics stores these custom keys?\nuser_email = {gemail}\nlast_location = {ggps}\ndevice_ip = "
    "{gip6}\nbuild = {build}",

    "Parse this Twilio webhook body into a dict:\n\nToCountry=GB&SmsStatus=received&Body=running%20late&From="
    "{intl:url}&FromCity=&NumMedia=0",

    "Is this email spoofed? Headers:\n\nReturn-Path: <{gemail}>\nReceived: from mail-ej1.provider.net ([{ip}])\n"
    "        by mx.example.org with ESMTPS; {ts}\nFrom: \"{gname}\" <{gemail}>\nAuthentication-Results: spf=softfail",

    "Why does ldapadd reject this LDIF?\n\ndn: uid=u48213,ou=people,dc=corp,dc=local\nobjectClass: inetOrgPerson\ncn: "
    "{gname}\nmail: {gemail}\ntelephoneNumber: {gphone}\nuserPassword: {gpwd}",

    "Parse this MT940 statement line for me:\n:61:2403140314C1200,00NTRFNONREF//{build}\n:86:/IBAN/{giban:nosp}/NAME/"
    "{gname:up}/REMI/RENT MARCH",

    "Our SEPA file is rejected with FF01, what's wrong in this part?\n\n<CdtTrfTxInf>\n  <Amt><InstdAmt Ccy=\"EUR\">"
    "850.00</InstdAmt></Amt>\n  <Cdtr><Nm>{gname}</Nm></Cdtr>\n  "
    "<CdtrAcct><Id><IBAN>{giban:nosp}</IBAN></Id></CdtrAcct>"
    "\n</CdtTrfTxInf>",

    "Explain this HL7 message segment by segment:\n\nMSH|^~\\&|EPIC|NORTHSIDE|LAB|NORTHSIDE|202403140930||ADT^A01|"
    "{build}|P|2.5\nPID|1||{gmrn}^^^NORTHSIDE^MR||{gname:hl}||{compactdob}|F|||||{gphone}",

    "Validate this FHIR Patient "
    "resource:\n{\"resourceType\":\"Patient\",\"identifier\":[{\"system\":\"urn:oid:2.16.840.1"
    ".113883.2.1.4.1\",\"value\":\"{nhs}\"}],\"name\":[{\"text\":\"{gname}\"}],\"birthDate\":\"{isodob}\",\"telecom\":"
    "[{\"system\":\"phone\",\"value\":\"{gphone}\"}]}",

    "Summarise this CRM timeline for the account manager:\n{date} Call - spoke with {gname}, asked us to use mobile "
    "{gphone}\n{date_2} Email opened by {gemail}\n{date_3} Note - moving to {caaddr} next month",

    "Extract the messages from this Slack export:\n[{\"type\":\"message\",\"user\":\"U04ABCD12\",\"text\":\"new hire "
    "{gname} starts monday, personal phone {gphone}\",\"ts\":\"{slackts}\"},{\"type\":\"message\",\"text\":\"ok\","
    "\"ts\":\"{slackts_2}\"}]",

    "Polish this bug bounty report: the endpoint /api/users/export returns other users' records. Example row for id "
    "1042: name {gname}, email {gemail}, last_login_ip {ip}, card {card}, dob {isodob}.",

    "What's in my browser's localStorage, and should it be there?\n{\"auth_token\":\"{jwt}\",\"user\":{\"name\":"
    "\"{gname}\",\"email\":\"{gemail}\",\"phone\":\"{gphone}\"}}",

    "Our README example has `export OPENAI_API_KEY={key}` in it - I think that's a real key from an old laptop. How do "
    "I scrub it from the git history?",

    "Telegram bot stopped answering after I pushed this:\n\nimport telebot\nbot = telebot.TeleBot(\"{gkey}\")\n"
    "ADMIN_CHAT = {build}\nbot.send_message(ADMIN_CHAT, \"deploy ok on {ip}\")",

    "This regex for Indian mobile numbers fails on two of my test strings, '{inphone}' and '{inphone_2}'. Fix it?\n"
    "^(\\+91[-\\s]?)?[6-9]\\d{9}$",

    "Write a jq filter that pulls the name and IBAN out of "
    "this:\n{\"payee\":{\"display\":\"{gname}\",\"bank\":{\"iban\":"
    "\"{giban}\",\"bic\":\"DEUTDEFF\"}},\"memo\":\"invoice {invoice}\"}",

    "Our Intercom transcript export is messy, clean it:\nVisitor {gname} (IP {ip}, Chrome on Windows) - {time}\n"
    "Visitor: hi I can't log in with {gemail}\nAgent: can you confirm your date of birth?\nVisitor: {gdob}",

    "Airtable returns this, how do I flatten it?\n{\"records\":[{\"id\":\"rec8fK2\",\"fields\":{\"Name\":\"{auname}\","
    "\"Plate\":\"{auplate}\",\"Permit\":\"P-2291\",\"Mobile\":\"{auphone}\"}}]}",

    "git push keeps failing with 'Authentication failed' for this remote, what's wrong?\n"
    "origin  https://oauth2:{key}@gitlab.com/acme/payments.git (push)",

    "MongoDB Atlas says 'bad auth' for this URI, even though I copied the password:\n"
    "mongodb+srv://admin:{gpwd}@cluster0.ab1cd.mongodb.net/prod?retryWrites=true",

    "Can I paste this Stripe event into the ticket or should I redact it first?\n{\"type\":\"charge.failed\","
    "\"data\":{\"billing_details\":{\"name\":\"{gname}\",\"phone\":\"{gphone}\",\"address\":{\"line1\":\"{gaddr}\"}},"
    "\"id\":\"{stripeid}\"}}",

    "Why does my Kafka consumer choke on this message?\nkey={build}\nvalue={\"plate\":\"{plate}\",\"vin\":\"{vin}\","
    "\"owner\":\"{iname}\",\"pos\":\"{ggps}\"}",

    "Write a unit test name for this case: a card number split across two lines in a PDF, like\n'{card:br}'",

    "Explain why the proxy logs two addresses here:\n{ts} upstream={lanip}:8080 client={ip6} user={gemail} "
    "status=200 bytes=5120",

    "Check this vehicle history export before I buy:\n{\"vin\":\"{gvin}\",\"plate\":\"{auplate}\",\"owner_count\":2,"
    "\"last_owner\":\"{auname}\",\"odometer_km\":88412}",

    "Why does Stripe say incorrect_number for the card a customer read out over the phone? She said '{gcard}', exp "
    "09/28, name on card {gname}.",

    "Rental desk paperwork, what's my excess? Driver {gname}, plate {esplate}, VIN {gvin}, deposit blocked on card "
    "{card}, return by {date}.",

    "Reconcile these chargebacks:\ncard,holder,amount,reason\n{card:nosp},\"{iname}\",{price},fraud\n{gcard:nosp},"
    "\"{iname_2}\",{price_2},not received",

    "Decode these two VINs from the auction list and give me the model years: {gvin} and {vin}. Seller: {gname}, "
    "{gphone}.",

    "My daughter typed her card into a chat with 'support': {gcard}, CVV too. Her name is {gname}. What do we do "
    "first?",
]
