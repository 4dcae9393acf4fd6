"""Frames for corpus E, second half: stack traces and log lines carrying user data, vCards and
calendar invites, documents pasted whole (CVs, invoices, bank statements, medical and insurance
forms, rental contracts, delivery notes), voice-assistant transcripts, Hong Kong, Taiwan and
Singapore forms, English requests with German/French/Spanish field words, bullet lists of several
people. Slots as in ``bench/pii_corpus_e_frames.py``; split the same way.
"""

from __future__ import annotations

LOGS: dict[str, list[str]] = {
    "en": ["what's the bug?\nTraceback (most recent call last):\n  File \"app/signup.py\", line {line}, in create\n"
           "ValueError: invalid phone '{phone}' for user {email}",
           "{logts} ERROR [req {uuid}] payment failed for card={card} amount={price}",
           "java.lang.IllegalStateException: duplicate IBAN {iban}\n\tat com.bank.Transfer.run(Transfer.java:{line})",
           "{iso} level=warn msg=\"login from new device\" user={email} ip={ip} trace={short_sha}",
           "Exception in thread \"main\" UserNotFound: no record for passport={passport}\n\tat {hexaddr}",
           "{logts} INFO geo ping user_id={build} loc=({gps}) acc=12m",
           "KeyError: 'dob' while parsing {'name': '{name}', 'birth': '{dob}'}",
           "sentry: TypeError in checkout (release {semver}) extra.shipping_address=\"{addr}\"",
           "{logts} DEBUG auth header Authorization: Bearer {key}",
           "nginx error: client {ip}, server: api, request: \"POST /v2/claims?mrn={mrn} HTTP/2.0\"",
           "{logts} INFO tracker vin={vin} pos={gps} speed=54",
           "{logts} ERROR kyc check failed nric={nric} name=\"{sgname}\""],
    "zh": ["这个报错怎么解决\nTraceback (most recent call last):\n  File \"user.py\", line {line}\nValueError: 手机号{phone}格式错误",
           "{logts} ERROR 实名认证失败 name={name} id_card={id}", "{logts} WARN 异地登录 user={email} ip={ip}",
           "日志：{logts} INFO 退款到账户{acct} 金额{price} trace={uuid}"],
}

CARDS: dict[str, list[str]] = {
    "en": ["import this contact:\nBEGIN:VCARD\nVERSION:3.0\nFN:{name}\nTEL;TYPE=CELL:{phone}\nEMAIL:{email}\n"
           "ADR;TYPE=HOME:;;{addr}\nEND:VCARD",
           "what time is this invite?\nBEGIN:VEVENT\nDTSTART:20261203T{clock2}00Z\nORGANIZER;CN={name}:mailto:{email}\n"
           "LOCATION:{addr}\nUID:{uuid}\nEND:VEVENT",
           "BEGIN:VCARD\nN:{name}\nBDAY:{dob}\nTEL:{tel}\nEND:VCARD\nwhy won't my phone import it?",
           "calendar: ATTENDEE;CN={name};RSVP=TRUE:mailto:{email}\nDESCRIPTION:dial-in {phone} pin {qty}",
           "vcf from my old phone:\nFN:{name}\nTEL;HOME:{phone}\nNOTE:locker {qty}"],
    "zh": ["导入这个名片：\nBEGIN:VCARD\nFN:{name}\nTEL:{phone}\nEMAIL:{email}\nEND:VCARD",
           "会议邀请\n组织者：{name} <{email}>\n地点：{addr}\n时间：{date} {clock}",
           "BEGIN:VCARD\nFN:{name}\nADR:;;{addr}\nEND:VCARD 导入失败怎么办"],
}

DOCUMENTS: dict[str, list[str]] = {
    "en": ["improve my CV header:\n{name}\n{addr} · {phone} · {email}\nBorn {dob}",
           "check this invoice:\nINVOICE {inv}\nBill to: {name}, {addr}\nPay to IBAN {iban}\nTotal {price}",
           "bank statement line, what is it?\n{date} SEPA transfer from {name} {iban} {price}",
           "insurance claim form:\nPolicy holder: {name}\nDate of birth: {dob}\nMember ID: {mrn}\nPhone: {phone}",
           "summarise this tenancy agreement: between landlord {name} and tenant {name}, premises at {addr}, "
           "deposit {price} to account {acct}",
           "delivery note {order}\nConsignee: {name}\n{addr}\nContact {phone}\nPieces: {qty}",
           "medical referral: patient {name}, MRN {mrn}, DOB {dob}, GP phone {phone}",
           "payslip: employee {name}, NI {nino}, bank {acct}, net {price}",
           "car lease: lessee {name}, vehicle {vin}, registration {plate}, start {date}",
           "background check consent: {name}, {nid}, born {dob}",
           "hotel folio: guest {name}, passport {passport}, card on file {card}, room {qty}",
           "trip sheet: driver {name}, vehicle {plate} / {vin}, start point {gps}",
           "visa application: {name}, passport {passport}, issued {date}, born {dob}"],
    "zh": ["帮我改简历：\n{name}\n电话：{phone} 邮箱：{email}\n出生年月：{dob}",
           "发票信息核对：\n购买方：{name}\n账号：{acct}\n金额：{price}",
           "租房合同摘要：出租方{name}，承租方{name}，身份证{id}，房屋坐落{addr}",
           "体检报告：姓名{name} 体检号{mrn} 出生日期{dob}", "送货单{order}\n收货人：{name}\n电话：{phone}\n地址：{addr}",
           "保险理赔申请：被保险人{name}，身份证号{id}，银行卡{acct}",
           "出差单：姓名{name} 护照号{passport} 信用卡{card}",
           "行车记录：车牌{plate} 定位{gps} 驾驶员{name}"],
}

TRANSCRIPTS: dict[str, list[str]] = {
    "en": ["transcript: \"hey assistant text {name} that I'll be late\"",
           "voice note: uh call me back on {phone} it's about the lease",
           "speech to text: send fifty dollars to {name} account {acct}",
           "transcribed: navigate to {addr} please",
           "voicemail: hi this is {name} from the clinic calling about record {mrn}, call {phone}",
           "alexa, what's the weather at {gps}", "ok google email {email} the photos from saturday",
           "siri remind me {name}'s birthday is {dob}",
           "voice: share my location {gps} with {name}",
           "dictated: card number {card} expiry oh nine twenty eight"],
    "zh": ["语音转文字：给{name}发微信说我晚点到", "语音：呃帮我打给{phone}", "语音助手：导航去{addr}",
           "录音转写：我的身份证号是{id}，手机{phone}", "语音输入：把{card}这张卡设为默认"],
}

REGIONAL: dict[str, list[str]] = {
    "en": ["HK form, check it:\nName: {hkname}\nHKID: {hkid}\nMobile: {hkphone}\nAddress: {hkaddr}",
           "Singapore clinic registration: {sgname}, NRIC {nric}, HP {sgphone}, {sgaddr}",
           "SingPass details for the lease: NRIC/FIN {nric}, email {email}",
           "香港身份證 {hkid}，電話 {hkphone}，幫我填表",
           "bank form HK: account holder {hkname}, a/c no. {acct}, contact {hkphone}",
           "SG delivery: recipient {sgname}, {sgaddr}, call {sgphone} before arriving",
           "Taiwan ID {twid}, mobile {twphone}, please fill the visa form",
           "MyInfo export: name={sgname}; nric={nric}; dob={dob}",
           "SG form: Name {sgname} / NRIC {nric} / Mobile {sgphone}",
           "HK passport renewal: {hkname}, HKID {hkid}, passport {passport}"],
    "tw": ["申請表：姓名{name}，身分證統一編號{twid}，手機{twphone}，地址{addr}",
           "健保卡資料：{name}，身分證{twid}，生日{dob}", "香港地址：{hkaddr}，收件人{hkname}，電話{hkphone}"],
}

FOREIGN: dict[str, list[str]] = {
    "en": ["fill out for me, German form: Name: {name}, Geburtsdatum: {dob}, Anschrift: {addr}, Telefon: {phone}",
           "French form: Nom: {name} / Courriel: {email} / Portable: {phone}",
           "Spanish form: Nombre: {name}, Fecha de nacimiento: {dob}, Teléfono: {phone}, Dirección: {addr}",
           "the bank asks for Kontoinhaber {name} and IBAN {iban}, is that enough?",
           "what is 'Reisepassnummer'? mine is {passport}", "translate: Kennzeichen {plate}, Fahrgestellnummer {vin}",
           "Titulaire: {name}, RIB/IBAN: {iban} -- what is RIB?", "NIE/DNI {dni} and móvil {phone} for the rental",
           "Formulaire: Nom {name}, IBAN {iban}, Numéro de passeport {passport}",
           "Formular: Fahrzeug-Ident.-Nr. {vin}, amtl. Kennzeichen {plate}, Halter {name}"],
}

LISTS: dict[str, list[str]] = {
    "en": ["make a table of these attendees:\n- {name}, {email}\n- {name}, {email}\n- {name}, {phone}",
           "emergency contacts:\n* {name} (mother) {phone}\n* {name} (neighbour) {phone}",
           "team:\n1. {name} — {email}\n2. {name} — {email}\n3. {public} (guest speaker)",
           "drivers this week\n• {name}: {plate}\n• {name}: {plate}",
           "reimburse:\n- {name}: IBAN {iban}, {price}\n- {name}: IBAN {iban}, {price}"],
    "zh": ["整理成表格：\n1. {name} {phone}\n2. {name} {phone}\n3. {name} {email}",
           "值班表：\n- {name}：{phone}\n- {name}：{phone}", "报销名单：\n· {name} 卡号{acct}\n· {name} 卡号{acct}"],
}
