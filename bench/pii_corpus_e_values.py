"""PII values for corpus E (``bench/pii_corpus_e.py``). The sixteen types come from corpus C's
Faker makers (many locales, valid check digits) and corpus D's names and street addresses; this
module adds the forms corpus E's styles need: E.164 numbers for ``tel:`` links, Hong Kong,
Singapore and Taiwan numbers, names and addresses, Hong Kong identity cards and Singapore NRICs
with their check characters, and the noise of OCR'd text. Each slot of a frame maps to a maker.
"""

from __future__ import annotations

import string
from collections.abc import Callable

import phonenumbers

from bench.pii_corpus_c_values import MAKERS as C_MAKERS
from bench.pii_corpus_c_values import LOCALES, NATIONAL_KEYS, REGION, CtxC
from bench.pii_corpus_d_values import person_name, street_address


def _digits(ctx: CtxC, n: int) -> str:
    return "".join(ctx.pick(string.digits) for _ in range(n))


def hk_id(ctx: CtxC) -> str:
    """A Hong Kong identity card number, ``A123456(3)``, with its check character."""
    prefix = ctx.pick(("", "", "", "X", "W")) + ctx.pick("ACDEGHKMPRVYZ")
    body = _digits(ctx, 6)
    chars = (" " + prefix if len(prefix) == 1 else prefix) + body
    total = sum((36 if c == " " else (ord(c) - 55 if c.isalpha() else int(c))) * w
                for c, w in zip(chars, range(9, 1, -1)))
    check = (11 - total % 11) % 11
    digit = "A" if check == 10 else str(check)
    return ctx.pick((f"{prefix}{body}({digit})", f"{prefix}{body}({digit})", f"{prefix}{body}{digit}"))


def sg_nric(ctx: CtxC) -> str:
    """A Singapore NRIC number, ``S1234567D``, with its check letter."""
    first = ctx.pick("STST")
    body = _digits(ctx, 7)
    total = sum(int(c) * w for c, w in zip(body, (2, 7, 6, 5, 4, 3, 2))) + (4 if first == "T" else 0)
    return first + body + "JZIHGFEDCBA"[total % 11]


def tw_id(ctx: CtxC) -> str:
    return str(ctx.faker("zh_TW").ssn())


def e164(ctx: CtxC) -> str:
    """A number as ``tel:`` links and SIP URIs carry it: a plus, the country code and digits."""
    if ctx.rng.random() < 0.3:
        return "+86" + "".join(c for c in C_MAKERS["phone"](ctx) if c.isdigit())[-11:]
    for _ in range(30):
        loc = ctx.pick(LOCALES)
        try:
            num = phonenumbers.parse(str(ctx.faker(loc).phone_number()), REGION[loc])
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(num):
            return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    return "+4930" + _digits(ctx, 8)


def hk_phone(ctx: CtxC) -> str:
    body = ctx.pick("5679") + _digits(ctx, 7)
    return ctx.pick((f"+852 {body[:4]} {body[4:]}", f"{body[:4]} {body[4:]}", f"(852) {body}", body))


def sg_phone(ctx: CtxC) -> str:
    body = ctx.pick("89") + _digits(ctx, 7)
    return ctx.pick((f"+65 {body[:4]} {body[4:]}", f"{body[:4]} {body[4:]}", f"+65{body}"))


def tw_phone(ctx: CtxC) -> str:
    body = "09" + _digits(ctx, 8)
    return ctx.pick((f"{body[:4]}-{body[4:7]}-{body[7:]}", body, f"+886 {body[1:4]} {body[4:7]} {body[7:]}"))


HK_SURNAMES = ("Chan", "Wong", "Lee", "Cheung", "Lau", "Ng", "Ho", "Leung", "Yip", "Tsang", "Kwok", "Fung")
HK_GIVEN = ("Ka", "Wai", "Man", "Chi", "Siu", "Ming", "Yan", "Hoi", "Kit", "Sze", "Ting", "Wing", "Lok", "Yee")
SG_GIVEN = ("Wei Ling", "Jun Jie", "Hui Min", "Zhi Hao", "Xin Yi", "Kok Wah", "Mei Ling")
SG_MALAY = ("Nur Aisyah binte Rahman", "Muhammad Hafiz bin Osman", "Siti Zulaikha binte Ismail",
            "Ahmad Faizal bin Yusof")
SG_TAMIL = ("Priya d/o Ramasamy", "Arjun s/o Krishnan", "Kavitha d/o Subramaniam", "Ravi s/o Pillai")


def hk_name(ctx: CtxC) -> str:
    sur, given = ctx.pick(HK_SURNAMES), f"{ctx.pick(HK_GIVEN)} {ctx.pick(HK_GIVEN).lower()}"
    return ctx.pick((f"{sur} {given.title()}", f"{sur.upper()}, {given.title()}", f"{given.title()} {sur}"))


def sg_name(ctx: CtxC) -> str:
    roll = ctx.rng.random()
    if roll < 0.5:
        return f"{ctx.pick(('Tan', 'Lim', 'Ong', 'Goh', 'Teo', 'Koh'))} {ctx.pick(SG_GIVEN)}"
    return ctx.pick(SG_MALAY if roll < 0.75 else SG_TAMIL)


HK_STREETS = ("Nathan Road", "Tai Hang Road", "Hennessy Road", "Shau Kei Wan Road", "Castle Peak Road",
              "Sai Yeung Choi Street South", "Des Voeux Road West", "Prince Edward Road East")
SG_STREETS = ("Ang Mo Kio Avenue 3", "Tampines Street 81", "Jurong West Street 42", "Bedok North Road",
              "Yishun Ring Road", "Toa Payoh Lorong 1", "Clementi Avenue 2")


def hk_address(ctx: CtxC) -> str:
    flat = f"Flat {ctx.rng.randrange(1, 30)}{ctx.pick('ABCDEFGH')}, {ctx.rng.randrange(2, 60)}/F"
    return f"{flat}, Block {ctx.rng.randrange(1, 8)}, {ctx.rng.randrange(1, 400)} {ctx.pick(HK_STREETS)}"


def sg_address(ctx: CtxC) -> str:
    unit = f"#{ctx.rng.randrange(2, 25):02d}-{ctx.rng.randrange(1, 400)}"
    return (f"Blk {ctx.rng.randrange(100, 999)} {ctx.pick(SG_STREETS)}, {unit}, "
            f"Singapore {ctx.rng.randrange(100000, 829999)}")


def url_name(ctx: CtxC) -> str:
    """A full name as a query string carries it."""
    return person_name(ctx, "en").replace(" ", ctx.pick(("+", "%20")))


def plain_card(ctx: CtxC) -> str:
    return "".join(c for c in C_MAKERS["credit_card"](ctx) if c.isdigit())


def plain_account(ctx: CtxC) -> str:
    return "".join(c for c in C_MAKERS["bank_account"](ctx) if c.isalnum())


DOMAINS = ("acme-corp.com", "contoso.de", "globex.co.uk", "initech.fr", "umbrella-logistics.com")


def role_mail(role: str) -> Callable[[CtxC], str]:
    """A company's role address (``hr@...``): still an e-mail address, as company accounts still count."""
    return lambda ctx: f"{role}@{ctx.pick(DOMAINS)}"


def nino(ctx: CtxC) -> str:
    """A UK National Insurance number."""
    head = ctx.pick(("AB", "JX", "NE", "PR", "SK", "WL", "YZ", "CE", "GH", "RT"))
    body = _digits(ctx, 6)
    return ctx.pick((f"{head}{body}{ctx.pick('ABCD')}", f"{head} {body[:2]} {body[2:4]} {body[4:]} {ctx.pick('ABCD')}"))


def dni(ctx: CtxC) -> str:
    return str(ctx.faker("es_ES").nif() if ctx.rng.random() < 0.6 else ctx.faker("es_ES").nie())


OCR_SWAPS = {"0": "O", "1": "l", "5": "S", "8": "B", "O": "0", "l": "1", "I": "1"}


def ocr_noise(ctx: CtxC, value: str) -> str:
    """Sometimes what a scanner makes of a value: a letter for a digit, or a stray space."""
    roll = ctx.rng.random()
    if roll < 0.15:
        spots = [i for i, c in enumerate(value) if c in OCR_SWAPS]
        if spots:
            i = ctx.pick(spots)
            return value[:i] + OCR_SWAPS[value[i]] + value[i + 1:]
    if roll < 0.25 and len(value) > 6 and " " not in value.strip():
        i = ctx.rng.randrange(2, len(value) - 2)
        return value[:i] + " " + value[i:]
    return value


# Slot name -> PII type.
SLOTS: dict[str, str] = {
    "name": "person_name", "addr": "street_address", "phone": "phone", "email": "email",
    "card": "credit_card", "acct": "bank_account", "iban": "iban", "ip": "ip_address", "vin": "vin",
    "plate": "license_plate", "gps": "gps_coordinates", "dob": "date_of_birth", "passport": "passport",
    "key": "api_key_secret", "id": "cn_resident_id", "mrn": "medical_record", "nid": "national_id",
    "tel": "phone", "hkid": "cn_resident_id", "nric": "national_id", "twid": "cn_resident_id",
    "hkphone": "phone", "sgphone": "phone", "twphone": "phone", "hkname": "person_name",
    "sgname": "person_name", "hkaddr": "street_address", "sgaddr": "street_address", "urlname": "person_name",
    "cardplain": "credit_card", "acctplain": "bank_account", "nino": "national_id", "dni": "national_id",
    "legalmail": "email", "hrmail": "email", "noreplymail": "email",
}

EXTRA: dict[str, Callable[[CtxC], str]] = {
    "tel": e164, "hkid": hk_id, "nric": sg_nric, "twid": tw_id, "hkphone": hk_phone, "sgphone": sg_phone,
    "twphone": tw_phone, "hkname": hk_name, "sgname": sg_name, "hkaddr": hk_address, "sgaddr": sg_address,
    "urlname": url_name, "cardplain": plain_card, "acctplain": plain_account, "nino": nino, "dni": dni,
    "legalmail": role_mail("legal"), "hrmail": role_mail("hr"), "noreplymail": role_mail("noreply"),
}


def national_id_with_key(ctx: CtxC) -> tuple[str, str]:
    """A national identity number of another country and one keyword of that country."""
    value = C_MAKERS["national_id"](ctx)
    return ctx.pick(NATIONAL_KEYS[ctx.kind][0]), value


def pii_value(ctx: CtxC, slot: str, lang: str) -> str:
    if slot in EXTRA:
        return EXTRA[slot](ctx)
    typ = SLOTS[slot]
    if typ == "person_name":
        return person_name(ctx, lang)
    if typ == "street_address":
        return street_address(ctx, lang)
    return C_MAKERS[typ](ctx)
