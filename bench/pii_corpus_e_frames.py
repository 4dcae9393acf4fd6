"""Frames for corpus E, first half: chat exports (Slack, WeChat, WhatsApp, LINE), forwarded and
quoted e-mails with their headers, OCR'd business cards, receipts, letterheads and shipping
labels, URLs, HTML and markdown, XML/TOML/INI/YAML configs, SQL statements. A slot ``{name}``,
``{phone}``, ... is a PII value (``bench/pii_corpus_e_values.SLOTS``); ``{sha}``, ``{order}``,
... is a look-alike (``bench/pii_corpus_e_lookalikes.LOOKALIKES``); ``{nid}`` is a keyword and a
national ID. Written apart from the detector and from corpora A-D. Each list is split by
``bench.pii_corpus_c_frames.part_of``: E-dev takes the even entries, E-test the first and the odd.
"""

from __future__ import annotations

CHATS: dict[str, list[str]] = {
    "en": ["summarise this slack thread\n[{clock}] {handle}: who has the client's contact?\n[{clock}] maya: "
           "it's {name}, {email}\n[{clock}] {handle}: thx",
           "WhatsApp export:\n12/03/2026, {clock} - Dad: my new number is {phone}\n12/03/2026, {clock} - Me: saved",
           "what is she asking? [{date} {clock}] Lena: can u send the rent to {iban} before friday",
           "#ops {clock} kai: prod db creds rotated, new pw is {key} (don't paste elsewhere)",
           "[WhatsApp] {date}, {clock} - {name}: I'm at {addr}, gate code 4471",
           "Slack DM, {clock}\nTom: what's the plate of the van?\nMe: {plate}, vin {vin}",
           "translate this chat to Spanish:\n- {name} ({clock}): my flight got cancelled, passport {passport} is "
           "with the agent\n- me: ok",
           "who sent what?\n{clock} <{handle}> deploy done\n{clock} <rachel> customer {name} called from {phone}",
           "[{date} {clock}] Priya: pls book under my name, DOB {dob}\n[{date} {clock}] Agent: noted",
           "Teams chat: {name} shared location {gps} at {clock}",
           "telegram:\n> Ben, [{clock}]\n> card ending? full one is {card}\nwhy would he send this?",
           "group chat recap: Sam moved to {addr}; Jo's new email {email}; build {build} is green",
           "[{date} {clock}] Jonas: pin is here {gps}, meet at the blue door",
           "whatsapp: {date}, {clock} - Aunt May: my passport number {passport}, book the same flight for me"],
    "zh": ["帮我整理这段微信聊天：\n{name} {clock}\n我的新手机号{phone}，存一下\n我 {clock}\n好的",
           "微信群聊记录\n【{name}】{clock}：收货地址改成{addr}了\n【小李】{clock}：收到",
           "[{date} {clock}] {name}: 房租打到{acct}就行\n[{date} {clock}] 我: 好",
           "钉钉消息 {clock}\n{handle}：服务器{ip}的root密码是{key}，用完改掉",
           "这段聊天记录里有几个人？\n{name}：我身份证号{id}\n{name}：我的是{id}",
           "企业微信 {date}\n{name}：车牌{plate}的车今天来提货\n保安：好的",
           "QQ聊天：\n{clock} {name}\n病历号{mrn}的报告出来了吗\n{clock} 护士站\n出了",
           "微信：{name} {clock}\n我在这，{gps}，你过来",
           "群里有人发了：车牌{plate}，车架号{vin}，谁的车挡道了"],
    "tw": ["LINE對話紀錄\n{date} {clock} {name}：我的新手機{twphone}\n{date} {clock} 我：好",
           "幫我整理這段LINE：\n{clock} {name}：匯款帳號{acct}\n{clock} 我：收到", "[{clock}] {name}：寄到{addr}，謝謝"],
}

EMAILS: dict[str, list[str]] = {
    "en": ["---------- Forwarded message ---------\nFrom: {name} <{email}>\nDate: {rfc}\nSubject: contract\nTo: "
           "{legalmail}\n\nPlease find my details: {addr}, {phone}.",
           "reply to this:\n> From: {email}\n> Sent: {date} {clock}\n> To: {email}\n> Cc: {email}\n>\n> Hi, can you "
           "resend the invoice {inv}?\n",
           "What does he want?\n\nOn {date} at {clock}, {name} <{email}> wrote:\n> > my IBAN changed, it's now {iban}\n"
           "> noted, thanks",
           "Begin forwarded message:\n\nFrom: HR <{hrmail}>\nSubject: onboarding\n\nEmployee: {name}\nBank "
           "account: {acct}\nDate of birth: {dob}",
           "shorten this email\n\nHi team,\n{name} (cc'd, {email}) will take over. Her direct line is {phone}.\n\n"
           "Thanks,\nOps",
           "-----Original Message-----\nFrom: {name}\nSent: {date}\nTo: support\nSubject: RE: account locked\n\n"
           "last login was from {ip}, I never used that",
           "Translate into French:\n>> On {date}, {name} wrote:\n>> Please ship to {addr}\n> ok\nthanks",
           "From: {noreplymail}\nTo: {email}\nSubject: Your appointment\n\nPatient record {mrn}, {date} {clock}"],
    "zh": ["帮我回复：\n---------- 转发的邮件 ----------\n发件人：{name} <{email}>\n日期：{date}\n收件人：财务部\n\n"
           "请把报销款打到{acct}，谢谢。",
           "这封邮件什么意思\n> 发件人: {email}\n> 抄送: {email}\n> 我的护照号{passport}，请更新行程单",
           "总结：\n在 {date} {clock}，{name} <{email}> 写道：\n> 新地址{addr}，电话{phone}",
           "转发：\n发件人：人事部\n主题：入职信息\n姓名：{name}\n身份证：{id}\n出生日期：{dob}"],
}

OCR: dict[str, list[str]] = {
    "en": ["I scanned this business card, make a contact:\n{name}\nSenior Buyer\nT: {phone}\nE: {email}\n{addr}",
           "OCR of a receipt, what did I pay?\nSUPER MART\n{addr}\nVISA {card}\nTOTAL {price}\nThank you!",
           "fix the OCR:\nSHIP TO:\n{name}\n{addr}\nTEL {phone}\nTRACKING {track}",
           "text from the letterhead scan:\nDr. {name}\nPractice\n{addr}\nPhone: {phone}  Fax: {phone}",
           "this came out of the scanner, tidy it up:\nPatient: {name}   MRN:{mrn}\nD O B: {dob}",
           "ocr output of my card:\nNAME {name}\nACCT NO {acct}\nSORT 20-{qty}-04",
           "scanned parking ticket\nVEH REG {plate}\nVIN {vin}\nISSUED {date} {clock}",
           "passport page ocr:\nSurname/Given names {name}\nPassport No {passport}\nDate of birth {dob}",
           "scanned insurance card:\nMEMBER {name}\nID {mrn}\nVEH {plate}",
           "ocr of a cheque:\nPAY {name}\nA/C {acct}\nIBAN {iban}"],
    "zh": ["帮我识别这张名片：\n{name}\n销售经理\n手机：{phone}\n邮箱：{email}\n地址：{addr}",
           "小票OCR结果：\n{company}\n卡号 {card}\n合计 {price}\n谢谢惠顾",
           "快递面单识别：\n收件人：{name}\n电话：{phone}\n地址：{addr}\n运单号：{track}",
           "扫描件文字：\n姓名 {name}\n身份证号码 {id}\n住址 {addr}",
           "病历扫描：\n患者 {name}  住院号{mrn}\n出生日期 {dob}"],
}

MARKUP: dict[str, list[str]] = {
    "en": ["why doesn't this link work? <a href=\"mailto:{email}?subject=Order%20{order}\">email us</a>",
           "make this a button: <a href=\"tel:{tel}\">Call {name}</a>",
           "extract the table:\n<table><tr><td>{name}</td><td>{email}</td><td>{phone}</td></tr></table>",
           "what are the params? https://forms.example.org/submit?name={urlname}&email={email}&phone={tel}",
           "markdown to html: **Contact:** [{name}](mailto:{email}) | {phone}",
           "clean this url: https://shop.example.com/checkout?ref={sha}&card={cardplain}&exp=09%2F28",
           "render: <div class=\"addr\">{addr}</div><span>{phone}</span>",
           "is this html valid? <input name=\"iban\" value=\"{iban}\"> <input name=\"holder\" value=\"{name}\">",
           "| Name | Email | Phone |\n|---|---|---|\n| {name} | {email} | {phone} |\n| {name} | {email} | {phone} |",
           "GET /api/v1/geo?lat_lng={gps}&user={email} HTTP/1.1 -- why 400?",
           "<a href=\"https://maps.example.com/?q={gps}\">our cabin</a> -- link broken",
           "<tr><td>Passport</td><td>{passport}</td></tr><tr><td>Holder</td><td>{name}</td></tr>"],
    "zh": ["这个链接有什么问题 <a href=\"mailto:{email}\">联系我们</a>", "把表格转成markdown：<td>{name}</td><td>{phone}</td>",
           "解析这个url参数：https://m.example.cn/pay?acct={acctplain}&name={name}",
           "页面上显示的是 <span class=\"tel\">{phone}</span>，怎么改成可点击的"],
}

CONFIGS: dict[str, list[str]] = {
    "en": ["review this config.toml\n[database]\nhost = \"{ip}\"\nuser = \"app\"\npassword = \"{key}\"\nport = {port}",
           "what's wrong with settings.ini?\n[smtp]\nserver=mail.{domain}\nusername={email}\npassword={key}",
           "<contact>\n  <name>{name}</name>\n  <phone>{phone}</phone>\n  <email>{email}</email>\n</contact>\n"
           "convert to json", "docker-compose.yml\nservices:\n  db:\n    environment:\n      POSTGRES_PASSWORD: {key}\n"
           "    image: postgres@{digest}", "k8s secret, decode it?\napiVersion: v1\nkind: Secret\nstringData:\n  "
           "token: {key}",
           "appsettings.json: {\"Owner\": \"{name}\", \"NotifyPhone\": \"{phone}\", \"Version\": \"{semver}\"}",
           "<Customer id=\"{uuid}\"><Iban>{iban}</Iban><Holder>{name}</Holder></Customer>",
           "ansible inventory\n[web]\n{ip} ansible_user=deploy ansible_password={key}",
           "fleet.yaml\nvehicles:\n  - plate: {plate}\n    vin: {vin}\n    driver: {name}",
           "billing.ini\n[payout]\niban = {iban}\naccount_holder = {name}",
           "<Patient><Mrn>{mrn}</Mrn><Nric>{nric}</Nric></Patient> parse in C#"],
    "zh": ["这个配置对吗\n[mysql]\nhost={ip}\npassword={key}", "<用户><姓名>{name}</姓名><手机>{phone}</手机></用户>",
           "application.yml\nspring:\n  datasource:\n    password: {key}\n    url: jdbc:mysql://{ip}:3306/crm",
           "帮我看看：\nowner:\n  name: {name}\n  id_card: {id}\n  phone: {phone}"],
}

SQL: dict[str, list[str]] = {
    "en": ["optimise: INSERT INTO customers (name, email, phone) VALUES ('{name}', '{email}', '{phone}');",
           "why does this fail? UPDATE users SET password_hash = '{md5}', email = '{email}' WHERE id = {build};",
           "INSERT INTO payments VALUES ({build}, '{card}', '{price}', '{iso}'); -- duplicate key?",
           "explain this query: SELECT * FROM patients WHERE mrn = '{mrn}' AND dob = '{dob}';",
           "UPDATE accounts SET iban = '{iban}' WHERE holder = '{name}'; is it safe?",
           "mysql> INSERT INTO vehicles(vin, plate) VALUES ('{vin}', '{plate}');\nERROR 1062 (23000): Duplicate entry",
           "INSERT INTO sessions(user_id, ip, started) VALUES ({build}, '{ip}', {epoch});",
           "CREATE USER 'report'@'%' IDENTIFIED BY '{key}'; grant read only?",
           "INSERT INTO cards (holder, pan, exp) VALUES ('{name}', '{card}', '09/29');",
           "UPDATE employees SET iban = '{iban}', ni_number = '{nino}' WHERE email = '{email}';"],
    "zh": ["这条SQL有问题吗：INSERT INTO 用户 (姓名, 手机, 身份证) VALUES ('{name}', '{phone}', '{id}');",
           "UPDATE orders SET address = '{addr}' WHERE order_no = '{order}'; 为什么没生效",
           "帮我优化：SELECT * FROM members WHERE phone = '{phone}' OR email = '{email}';"],
}
