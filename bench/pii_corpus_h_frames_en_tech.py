"""English frames of corpus H (``bench/pii_corpus_h.py``) from engineering and data work: YAML, TOML
and INI configs, Dockerfiles, CI logs, shell history, .pgpass, .netrc, rclone and git credential
files, connection strings of PostgreSQL, MySQL, MongoDB, Redis, RabbitMQ, SQL Server, Oracle,
ClickHouse, Snowflake, Elasticsearch, Neo4j, Cassandra and Go DSNs, Airflow and Prisma URLs, SQL
dumps and UPDATEs, CSV with pipes, carets, tabs and semicolons, Jupyter output, JSON payloads
with latitude and longitude apart, GeoJSON (longitude first), EXIF and NMEA dumps, map links in
chats, spreadsheet formulas, SWIFT MT103 and NACHA records, Amadeus PNR displays, Opera PMS
exports, Kafka messages, Elasticsearch hits, Sentry events, WhatsApp exports, URL-encoded form
posts, IBANs wrapped in e-mail signatures and markdown tables in issues.
"""

from __future__ import annotations

EN_TECH: list[str] = [
    "Why does the app ignore this config?\n\ndatabase:\n  host: {lanip}\n  user: billing\n  password: {hpwd}\nmailer:\n"
    "  from: noreply@billing.example\n  smtp_password: \"{hpwd_2}\"",

    "Is this TOML valid?\n\n[server]\nbind = \"0.0.0.0:{port}\"\n\n[database]\nurl = "
    "\"postgres://svc:{urlpwd}@{lanip}:5432/ledger\"\n\n[datadog]\napi_key = \"{hkey}\"",

    "MySQL ignores my ~/.my.cnf, why?\n\n[client]\nhost={lanip}\nuser=root\npassword={hpwd}\n\n[mysqldump]\n"
    "single-transaction",

    "Review this Dockerfile before I push it:\n\nFROM python:3.12-slim\nENV NOTION_TOKEN={hkey}\nENV "
    "DB_URL=mysql://app:{urlpwd}@{lanip}/crm\nCOPY . /app\nCMD [\"gunicorn\", \"app:wsgi\"]",

    "Our Jenkins log printed this - how bad is it and what do I rotate first?\n\n+ curl -s -H 'Authorization: Bearer "
    "{hkey}' https://api.linear.app/graphql\n+ export PGPASSWORD={hpwd}\n+ psql -h {lanip} -U etl -c 'select 1'",

    "Explain what I did here, from ~/.bash_history:\n  511  ssh deploy@{pubip}\n  512  mysql -h {lanip} -u root "
    "-p'{hpwd}' orders\n  513  export PULUMI_ACCESS_TOKEN={hkey}\n  514  history -c",

    "psql keeps asking for a password even with this ~/.pgpass:\n{lanip}:5432:analytics:report:{urlpwd}\n"
    "*:5432:*:postgres:{urlpwd_2}",

    "Is this .netrc why git asks me to log in?\n\nmachine api.heroku.com\n  login {hemail}\n  password {hkey}\n"
    "machine git.heroku.com\n  login {hemail}\n  password {hkey}",

    "rclone fails with 'SignatureDoesNotMatch', here's the config:\n\n[wasabi]\ntype = s3\nprovider = Wasabi\n"
    "access_key_id = {awskey}\nsecret_access_key = {awssecret}\nendpoint = s3.eu-central-1.wasabisys.com",

    "Why is git using this stale token? ~/.git-credentials has:\nhttps://ci-bot:{hkey}@github.com",

    "Convert this connection string to SQLAlchemy:\nServer=tcp:{pubip},1433;Database=Payroll;User Id=sa;"
    "Password={urlpwd};Encrypt=True;",

    "Our Oracle EZConnect string stopped working after the migration:\nsqlplus hr/{urlpwd}@//{lanip}:1521/ORCLPDB1",

    "Mongo Compass rejects this URI, what's wrong?\nmongodb+srv://appuser:{urlpwd}@cluster0.x7k2p.mongodb.net/"
    "shop?retryWrites=true&w=majority",

    "Redis says NOAUTH, here's my setup:\nREDIS_URL=redis://:{urlpwd}@{lanip}:6379/2\nCELERY_BROKER_URL=amqp://celery:"
    "{urlpwd_2}@{lanip_2}:5672//",

    "Snowflake + ClickHouse in one Airflow deployment, are these connection URIs right?\n"
    "AIRFLOW_CONN_SNOWFLAKE='snowflake://loader:{urlpwd}@xy12345.eu-west-1/warehouse'\n"
    "AIRFLOW_CONN_CLICKHOUSE='clickhouse://default:{urlpwd_2}@{lanip}:9000/events'",

    "Kibana won't connect:\nelasticsearch.hosts: "
    "[\"https://elastic:{urlpwd}@{lanip}:9200\"]\nxpack.encryptedSavedObjects."
    "encryptionKey: \"{hexkey}\"",

    "Why does the Go driver reject this DSN?\ndsn := \"orders:{urlpwd}@tcp({lanip}:3306)/orders?parseTime=true\"",

    "Neo4j and Cassandra creds in one .env, can I split them per "
    "service?\nNEO4J_URI=bolt://neo4j:{urlpwd}@{lanip}:7687\n"
    "CASSANDRA_PASSWORD={hpwd}\nCASSANDRA_USER=cassandra",

    "Prisma migrate fails with P1000:\nDATABASE_URL=\"postgresql://prisma:{urlpwd}@{pubip}:5432/app?schema=public\"",

    "Why does this INSERT fail with a duplicate key?\n\nINSERT INTO customers (id, full_name, email, dob, card_no) "
    "VALUES\n({build}, '{hname}', '{hemail}', '{isodob}', '{rawcard}'),\n({build_2}, '{regname}', '{hemail_2}', "
    "'{isodob_2}', '{rawcard_2}');",

    "Write the rollback for this UPDATE:\nUPDATE patients SET mrn = '{hmrn}', date_of_birth = '{isodob}', address = "
    "'{haddr}' WHERE patient_id = {build};",

    "Parse this pipe-delimited export in pandas:\nNAME|PASSPORT|NATIONALITY|DOB\n{afname}|{ngpp}|NGA|{endob}\n{arname}|"
    "{hpassport}|JOR|{endob_2}",

    "This file from the bank uses ^ as the delimiter, write a parser:\nBENEFICIARY^ACCOUNT^BSB^AMOUNT\n{hname}^{auac}^"
    "{bsb}^{amount}\n{ininame}^{auac_2}^{bsb_2}^{amount}",

    "The tab-separated guest list lost its header, which column is which?\n{krname}\t{krpp}\t{airdob}\t{krphone}\n"
    "{jpname}\t{jppp}\t{airdob_2}\t{jpphone}",

    "Why does Excel put this all in one column? (semicolon CSV from the German payroll)\nName;Geburtsdatum;Konto;BLZ\n"
    "{dsname};{dedob};{deac};{blz}",

    "Jupyter shows this after df.head(2) - why is dob an object and not a date?\n\n   name                 dob         "
    "   iban\n0  {hname}  {endob}  {hiban}\n1  {regname}  {endob_2}  {giban}",

    "The mobile app posts this; make latitude and longitude required in the schema:\n{\"rider\": \"{hname}\", "
    "\"latitude\": {lat}, \"longitude\": {lng}, \"phone\": \"{hphone}\"}",

    "Why is my marker in the ocean? GeoJSON from our delivery app:\n{\"type\": \"Feature\", \"geometry\": {\"type\": "
    "\"Point\", \"coordinates\": [{lng}, {lat}]}, \"properties\": {\"customer\": \"{hname}\"}}",

    "exiftool output from the photo my tenant sent - can I remove the location before posting it?\nCamera Model Name "
    ": iPhone 14\nDate/Time Original : {sysdate}\nGPS Position : {dms}\nArtist : {hname}",

    "Decode this line from the van tracker (plate {zaplate}):\n$GPRMC,093412.00,A,{nmea},0.4,84.3,250624,,,A*6B",

    "My sister shared her location in our family chat, can you tell me which neighbourhood it is? "
    "https://www.google.com/maps?q={coord}",

    "Is this link safe to open? My landlord sent it as 'the new flat': https://www.google.com/maps/@{coord},18z",

    "How do I make this Sheets formula open the address? =HYPERLINK(\"https://www.google.com/maps/search/?api=1&"
    "query={coordenc}\", \"{hname} - home\")",

    "Convert this geocaching note into decimal degrees: 'Final is behind {hname}'s shed at {ddm}, ask permission "
    "first.'",

    "Explain this Android intent my app received: geo intent with data {geouri}?z=17 from contact {hname}",

    "Why does =DATEDIF(B2,TODAY(),\"y\") return #VALUE!? B2 holds {endob} for {hname} (row 2 of the HR sheet).",

    "Validate this MT103 before I send it:\n:20:{order}\n:32A:250314USD12500,00\n:50K:/{hiban}\n{regname}\n{haddr}\n"
    ":57A:{swift}\n:59:/{inac}\n{indname}",

    "What's wrong with this NACHA entry detail record?\n622{aba}{usac:nosp}     0000012500ID{build}       "
    "{hname:up}   0{bignum}",

    "Explain this Amadeus PNR display to me:\nRP/LON1A0955/\n  1.{hname:bp}\n  2  EK 002 Y 14MAR LHRDXB HK1\n"
    "  3 AP {hphone}\n  4 SSR DOCS EK HK1 P/GBR/{ukpassport}/GBR/{airdob}/F/21NOV31/{hname:bp}",

    "Parse this fixed-width Opera PMS export:\nGUEST               ROOM  ARR        PASSPORT    PHONE\n{vnname}   "
    "{room}  {date}  {vnpp}  {vnphone}",

    "Our Kafka consumer chokes on this message, what's "
    "malformed?\n{\"event\":\"payment.captured\",\"pan\":\"{rawcard}\","
    "\"holder\":\"{regname}\",\"ip\":\"{pubip}\",\"ts\":{epoch}",

    "Why is this Elasticsearch hit missing from the "
    "dashboard?\n{\"_index\":\"travellers-{year}\",\"_source\":{\"name\":"
    "\"{arname}\",\"passport\":\"{hpassport:lo}\",\"dob\":\"{isodtdob}\"}}",

    "Scrub this Sentry event before I attach it to the ticket:\nuser: {\"email\": \"{hemail}\", \"ip_address\": "
    "\"{pubip}\"}\nextra: {\"card\": \"{hcard}\", \"billing_postcode\": \"{postcode}\"}",

    "Summarise this WhatsApp export for the landlord dispute:\n[{date}, {time}] {afname}: the deposit went to "
    "{ngac} (GTBank)\n[{date}, {time}] {afname}: my address is now {haddr}",

    "Which of these log lines leaked data?\n{ts} INFO  kyc.verify ok user={hemail} id_type=pan id={pan}\n{ts_2} WARN  "
    "kyc.verify mismatch user={hemail_2} dob={isodob} expected={isodob_2}",

    "nginx shows this user hammering /login, should I block the IP?\n{pubip} - - [{sysdate}] \"POST /login HTTP/1.1\" "
    "401 512 \"-\" \"python-requests/2.31\"\n{pubip} - - [{sysdate_2}] \"POST /login HTTP/1.1\" 401 512",

    "Our Spring app logged this object on error, what should @ToString exclude?\nCustomer(id={build}, name={dsname}, "
    "curp={curp}, phone={mxphone}, clabe={mxac})",

    "Explain this GitHub Actions failure: the step echoed the secret because of set -x.\n+ docker login -u ci -p "
    "{hpwd} registry.example.com\n+ export FIGMA_TOKEN={hkey}",

    "Ansible wants this inventory in YAML:\n[db]\npg1 ansible_host={lanip} ansible_become_pass={hpwd}\n[web]\nweb1 "
    "ansible_host={pubip}",

    "Mask the PII in this fixture file before we open-source the repo:\n- model: people.person\n  fields:\n    "
    "full_name: {jpname}\n    my_number: \"{mynum}\"\n    address: {jpaddr}\n    birth: {jpdob}",

    "Is this a good way to seed the dev database?\nPerson.create!(name: \"{krname}\", rrn: \"{rrn}\", phone: "
    "\"{krphone}\", address: \"{kraddr}\")",

    "Why does the Azure SDK say the key is malformed?\nDefaultEndpointsProtocol=https;AccountName=prodfiles;AccountKey="
    "{azkey};EndpointSuffix=core.windows.net",

    "Read me this health data export row and tell me what each field is:\n{ihi},{ininame},{isodob},{hauaddr},"
    "{auphone}",

    "Our scraper stored this contact column, clean it into real addresses:\n{obfemail}\n{obfemail_2}\n{hemail}",

    "Explain each field of this ride receipt JSON:\n{\"rider\":\"{arname}\",\"pickup\":{\"lat\":{lat},\"lng\":{lng}},"
    "\"plate\":\"{aeplate}\",\"card\":\"{maskedcard}\"}",

    "Is this crash report safe to post on GitHub?\nFatal Exception: IllegalStateException\n  at Checkout.submit\n"
    "state: {\"name\":\"{indname}\",\"card\":\"{visa}\",\"upi\":\"{inphone:nosp}@ybl\"}",

    "The IBAN in this e-mail signature wrapped when pasted, is it still valid?\n--\n{hname}\nIBAN: {hiban:br}\nBIC: "
    "{swift}",

    "Decode this form post from the access log:\nPOST /signup body=name={hname:url}&email={hemail:url}&phone="
    "{hphone:url}&dob={isodob}",

    "Write a markdown table of the fleet from this GitHub issue comment:\n| plate | VIN | driver |\n|---|---|---|\n| "
    "{ruplate} | {hvin} | {hname} |\n| {krplate} | {hvin_2} | {krname} |\n| {vnplate} | {gvin} | {vnname} |",
]
