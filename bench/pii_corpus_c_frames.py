"""Words and frames for corpus C: keywords per type in many languages, field names for forms and
JSON, and sentence frames as people type them to an assistant. ``{k}`` is a keyword, ``{v}`` the
value. Written apart from the detector and from corpus A/B. Lists are split by ``part``: C-dev
takes the even entries, C-test the first entry and the odd ones.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")


def part_of(items: Sequence[T], part: str) -> list[T]:
    if part == "dev":
        return list(items[0::2])
    if part == "test":
        return [items[0], *items[1::2]] if len(items) > 1 else list(items)
    return list(items)


KEYWORDS: dict[str, dict[str, list[str]]] = {
    "phone": {"en": ["phone", "cell", "mobile number", "tel", "ph", "whatsapp", "contact no.", "call me on",
                     "text me at", "my number", "landline", "office line", "hotline", "reach me at"],
              "zh": ["手机", "电话", "手机号码", "联系电话", "座机", "微信同号", "打我电话", "联系方式", "手机号",
                     "电话号码", "tel", "紧急联系人电话", "家里电话"],
              "xx": ["Telefon", "Handy", "téléphone", "portable", "teléfono", "móvil", "telefono", "cellulare",
                     "telefoon", "celular", "電話番号", "携帯", "전화번호", "휴대폰", "telefon komórkowy"]},
    "credit_card": {"en": ["card number", "credit card", "card no", "visa", "mastercard", "amex", "cc", "card",
                           "the card ending", "card #"],
                    "zh": ["信用卡", "卡号", "信用卡号", "银行卡", "信用卡卡号", "刷的卡", "visa卡", "卡"],
                    "xx": ["Kreditkarte", "carte bancaire", "numéro de carte", "tarjeta", "carta di credito",
                           "creditcard", "cartão", "クレジットカード", "신용카드", "karta kredytowa"]},
    "bank_account": {"en": ["account number", "bank account", "acct", "acct no", "account #", "savings account",
                            "checking account", "a/c", "deposit into", "account"],
                     "zh": ["银行账号", "账号", "卡号", "收款账号", "银行卡号", "储蓄卡", "工资卡", "开户账号",
                            "转账到", "打款账户", "对公账户", "借记卡"],
                     "xx": ["Kontonummer", "Konto", "numéro de compte", "compte", "número de cuenta", "cuenta",
                            "conto corrente", "rekeningnummer", "conta", "口座番号", "계좌번호", "numer konta"]},
    "iban": {"en": ["IBAN", "iban", "bank details", "IBAN number", "pay to"],
             "zh": ["IBAN", "国际银行账号", "收款IBAN", "汇款账号"],
             "xx": ["IBAN", "Bankverbindung", "coordonnées bancaires", "IBAN:", "rekening"]},
    "license_plate": {"en": ["plate", "license plate", "reg", "registration", "number plate", "rego", "tag",
                             "licence plate", "plate number", "car reg"],
                      "zh": ["车牌", "车牌号", "车牌号码", "我的车", "车号", "牌照", "停车位登记车牌"],
                      "xx": ["Kennzeichen", "plaque", "immatriculation", "matrícula", "targa", "kenteken",
                             "placa", "ナンバー", "번호판", "tablica rejestracyjna"]},
    "vin": {"en": ["VIN", "vin", "vehicle identification number", "chassis number", "chassis no", "frame number"],
            "zh": ["车架号", "VIN码", "车辆识别代号", "车架号码", "vin码", "底盘号"],
            "xx": ["Fahrgestellnummer", "numéro de série du véhicule", "número de bastidor", "telaio", "chassisnummer",
                   "chassi", "車台番号", "차대번호"]},
    "passport": {"en": ["passport", "passport no", "passport number", "travel document", "passport #"],
                 "zh": ["护照", "护照号", "护照号码", "护照编号", "旅行证件号"],
                 "xx": ["Reisepass", "Reisepassnummer", "passeport", "pasaporte", "passaporto", "paspoort",
                        "passaporte", "旅券番号", "여권번호", "paszport"]},
    "medical_record": {"en": ["MRN", "medical record number", "patient ID", "hospital number", "chart number",
                              "medical record", "patient number", "record no"],
                       "zh": ["病历号", "住院号", "门诊号", "病案号", "就诊卡号", "病人ID", "医保病历号"],
                       "xx": ["Patientennummer", "dossier médical", "historia clínica", "cartella clinica",
                              "patiëntnummer", "prontuário", "診察券番号", "병록번호"]},
    "ip_address": {"en": ["IP", "ip address", "server", "host", "my router", "public IP", "ssh to", "ping",
                          "the box at", "gateway"],
                   "zh": ["IP", "服务器", "ip地址", "公网IP", "内网地址", "主机", "我家NAS", "网关"],
                   "xx": ["IP-Adresse", "adresse IP", "dirección IP", "indirizzo IP", "IPアドレス", "서버"]},
    "email": {"en": ["email", "e-mail", "mail me at", "my email", "contact", "send it to", "cc", "reply to"],
              "zh": ["邮箱", "电子邮箱", "邮件发到", "email", "联系邮箱", "发我邮箱", "抄送"],
              "xx": ["E-Mail", "courriel", "correo", "posta elettronica", "メール", "이메일", "adres e-mail"]},
    "api_key_secret": {"en": ["api key", "API_KEY", "password", "token", "secret", "pwd", "access key", "passcode",
                              "wifi password", "login pass", "bearer"],
                       "zh": ["密码", "密钥", "API密钥", "token", "登录密码", "wifi密码", "口令", "秘钥"],
                       "xx": ["Passwort", "mot de passe", "contraseña", "parola d'ordine", "wachtwoord", "senha",
                              "パスワード", "비밀번호", "hasło"]},
    "cn_resident_id": {"en": ["Chinese ID", "ID card", "resident ID", "ID number", "national ID", "id no"],
                       "zh": ["身份证", "身份证号", "身份证号码", "证件号", "身份证件号", "公民身份号码", "身分證字號",
                              "身份证是"],
                       "xx": ["Personalausweis", "carte d'identité", "身分証", "신분증"]},
    "date_of_birth": {"en": ["DOB", "date of birth", "born", "birthday", "birth date", "d.o.b.", "b-day"],
                      "zh": ["出生日期", "生日", "出生于", "出生年月", "出生", "生于"],
                      "xx": ["Geburtsdatum", "geboren am", "date de naissance", "né le", "fecha de nacimiento",
                             "data di nascita", "geboortedatum", "data de nascimento", "生年月日", "생년월일",
                             "data urodzenia"]},
    "gps_coordinates": {"en": ["location", "coordinates", "GPS", "I'm at", "pin", "lat/long", "my position",
                               "drop-off point"],
                        "zh": ["位置", "坐标", "定位", "经纬度", "GPS", "我在", "共享位置"],
                        "xx": ["Standort", "Koordinaten", "coordonnées", "ubicación", "posizione", "座標", "위치"]},
    "national_id": {"en": ["SSN", "social security number", "SIN", "NI number", "national insurance number",
                           "Aadhaar", "tax id", "BSN", "national ID"],
                    "zh": ["社保号", "社会安全号", "证件号码", "身份号码"],
                    "xx": ["CPF", "DNI", "NIE", "codice fiscale", "주민등록번호", "BSN", "Aadhaar",
                           "PESEL", "Steuer-ID", "numéro de sécurité sociale"]},
}

FIELD_NAMES: dict[str, list[str]] = {
    "phone": ["phone", "mobile", "tel", "phoneNumber", "contact_phone", "cell", "电话", "手机"],
    "credit_card": ["card_number", "cardNumber", "cc_number", "credit_card", "pan", "卡号"],
    "bank_account": ["account_no", "bankAccount", "account_number", "acct", "收款账号", "银行账号"],
    "iban": ["iban", "IBAN", "bank_iban", "payout_iban"],
    "license_plate": ["plate", "license_plate", "plateNumber", "车牌号", "reg_no"],
    "vin": ["vin", "VIN", "vehicle_vin", "chassis_no", "车架号"],
    "passport": ["passport", "passport_no", "passportNumber", "护照号"],
    "medical_record": ["mrn", "MRN", "patient_id", "病历号", "record_no"],
    "ip_address": ["ip", "host", "server_ip", "remote_addr", "ip_address"],
    "email": ["email", "mail", "contact_email", "邮箱", "reply_to"],
    "api_key_secret": ["api_key", "password", "token", "secret", "apiKey", "密码"],
    "cn_resident_id": ["id_card", "身份证号", "idNumber", "resident_id", "证件号码"],
    "date_of_birth": ["dob", "birthday", "date_of_birth", "birthDate", "出生日期"],
    "gps_coordinates": ["location", "coords", "gps", "latlng", "坐标"],
    "national_id": ["ssn", "national_id", "tax_id", "cpf", "nino"],
}

# Values that a reader knows without a keyword (the rest always get one).
SELF_EVIDENT = ("phone", "credit_card", "iban", "email", "ip_address", "vin", "cn_resident_id", "api_key_secret",
                "gps_coordinates", "bank_account")

CHAT: dict[str, list[str]] = {
    "en": ["hey can u save my {k} {v} for later", "{k}: {v}", "{v} is my {k}, pls update it",
           "ok so the {k} is {v} right?", "pls double check this {k} -> {v}", "i typed {v} as the {k}, was that right",
           "Could you fill in the form for me? {k} = {v}. Thanks", "new {k} {v}", "{k} {v} (don't share)",
           "my {k} changed to {v} last week, remind me to tell the bank",
           "Is this a valid {k}? {v}", "Write a polite email saying my {k} is {v} and ask them to confirm.",
           "fyi {k} - {v}", "Translate to French: My {k} is {v}.", "{v} <- {k}", "use {v} ({k})",
           "The {k} on file, {v}, is outdated", "Summarise: customer called, {k} {v}, wants refund.",
           "remember this: {k}={v}", "{k}?? it's {v}"],
    "zh": ["帮我记一下{k}{v}", "{k}：{v}", "{k}是{v}，帮我填到表里", "{v}是我的{k}", "我的{k}改成{v}了",
           "把{k}({v})翻译成英文", "{k}:{v}麻烦核对一下", "请问{k}{v}格式对吗？", "{k}【{v}】", "刚才说的{k}就是{v}。",
           "你好，我{k}{v}，有事联系", "{k}「{v}」已经更新", "帮我写个邮件，告诉他们{k}是{v}",
           "{v}这个{k}还能用吗", "上次登记的{k}——{v}，现在不用了", "记下：{k}{v}。", "{k}是不是{v}？我记不清了",
           "老板让我把{k}（{v}）发给财务", "顺便把{k}{v}也存一下", "{k}：\n{v}"],
}

BARE: dict[str, list[str]] = {
    "en": ["{v}", "send to {v} asap", "{v} thx", "is {v} ok?", "pls note down {v}", "here: {v}",
           "Can you check {v} for me", "copy {v} into the sheet", "{v} — that's the one", "again: {v}"],
    "zh": ["转到{v}谢谢", "{v}", "就是这个{v}", "记一下{v}", "发{v}", "是{v}吗", "{v}，收到回复",
           "帮我存{v}", "嗯{v}", "刚才那个是{v}"],
}

# Multi-value layouts: each {f} is one field line made by the generator.
SIGNATURES = ["--\n{name}\n{title}\n{f1}\n{f2}", "Best regards,\n{name} | {title}\n{f1} | {f2}",
              "Thanks,\n{name}\n{f1}\n{f2}\nSent from my iPhone", "祝好\n{name}\n{f1}\n{f2}",
              "Cheers\n{name}, {title}\nT {f1}\nE {f2}", "此致\n{name}\n{title}\n{f1}｜{f2}"]
NAMES = ["Alex P.", "R. Gomez", "小王", "Kim", "J. Müller", "陈工", "Dana", "李经理"]
TITLES = ["Sales Manager", "客户经理", "Engineer", "Operations Lead", "采购部", "Head of Finance"]
PLAIN_FIELDS = {"order_id": ["ORD-{n6}", "#{n6}", "{n8}"], "city": ["Shanghai", "Berlin", "深圳", "Toronto"],
                "amount": ["¥{n3}.00", "€{n3},50", "$ {n3}"], "status": ["pending", "已付款", "shipped"],
                "qty": ["{n1}", "{n2}"], "note": ["urgent", "加急", "n/a"], "version": ["v{n1}.{n2}.{n1}"]}
INTROS = {"en": ["Here's my info:", "fill this in pls", "can you turn this into a table?", "what's wrong here?",
                 "Check this config", "Parse this:", "This is what I pasted into the form:", ""],
          "zh": ["这是我的资料：", "帮我整理成表格", "看看这段有没有问题", "帮我检查一下配置", "下面是表单内容", ""]}
