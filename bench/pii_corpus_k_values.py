"""People, places, contacts and numbers for corpus K (``bench/pii_corpus_k.py``) as a car's voice
assistant and a desktop assistant receive them: names from many Faker locales (Brazil, India,
Vietnam, Turkey, Poland, the Netherlands, Russia, Japan, Korea and more), phones validated with
``phonenumbers`` and read out by speech recognition (``one three eight …``, ``幺三八 …``), homes of
many countries and mainland, Taiwanese and Hong Kong flats; birth dates as spoken or as forms
print them; private LAN and public IP addresses; a parked car's or a home's coordinates; and
national numbers with their checks (Brazilian CPF, Polish PESEL, Dutch BSN, Turkish T.C. Kimlik,
Indian Aadhaar with its Verhoeff digit, Korean resident numbers), next to the makers of corpora F
and J.
"""

from __future__ import annotations

import unicodedata

import phonenumbers

from bench import pii_corpus_f_values as fv
from bench import pii_corpus_j_ids as ji
from bench import pii_corpus_j_values as jv
from bench.pii_corpus_f_values import Ctx
from bench.pii_corpus_h_people import born

NAME_LOCALES = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "pt_BR", "hi_IN", "tr_TR", "pl_PL", "nl_NL",
                "en_IN", "en_CA", "en_AU", "sv_SE", "da_DK", "fi_FI", "cs_CZ", "ro_RO", "hu_HU", "id_ID", "fil_PH")
SCRIPT_LOCALES = ("ru_RU", "ja_JP", "ko_KR", "vi_VN")
SPOKEN = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
SPOKEN_ZH = "零幺二三四五六七八九"


def name_en(ctx: Ctx, female: bool | None = None) -> str:
    """A private person's full name in Latin letters from one of many Faker locales."""
    female = ctx.chance(0.5) if female is None else female
    if ctx.chance(0.15):
        return jv.name_j(ctx, female)
    fake = ctx.faker(ctx.pick(NAME_LOCALES))
    first = fake.first_name_female() if female else fake.first_name_male()
    return f"{first} {fake.last_name()}"


def name_script(ctx: Ctx) -> str:
    """A name in Cyrillic, Japanese, Korean or Vietnamese as its owner writes it."""
    loc = ctx.pick(SCRIPT_LOCALES)
    fake = ctx.faker(loc)
    if loc == "vi_VN":
        return str(fake.name())
    if loc in ("ja_JP", "ko_KR"):
        return f"{fake.last_name()}{fake.first_name()}"
    return f"{fake.first_name()} {fake.last_name()}"


def name_zh(ctx: Ctx, female: bool | None = None) -> str:
    """A Chinese full name: Faker zh_CN or zh_TW, or one of corpus J's rarer shapes."""
    if ctx.chance(0.2):
        return jv.cn_name_j(ctx, female)
    fake = ctx.faker("zh_TW" if ctx.chance(0.25) else "zh_CN")
    female = ctx.chance(0.5) if female is None else female
    return f"{fake.last_name()}{fake.first_name_female() if female else fake.first_name_male()}"


MAIL_HOSTS = ("gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me", "gmx.de", "orange.fr", "libero.it",
              "hotmail.co.uk", "uol.com.br", "rediffmail.com", "naver.com", "yandex.ru", "wp.pl", "ziggo.nl")
ZH_HOSTS = ("qq.com", "163.com", "126.com", "foxmail.com", "sina.com", "139.com", "yeah.net", "hotmail.com")


def email(ctx: Ctx, lang: str) -> str:
    """A personal or work address."""
    if ctx.chance(0.3):
        return jv.work_email(ctx, lang)
    if lang == "zh" and ctx.chance(0.7):
        user = ctx.pick((ctx.digits(ctx.rng.randrange(6, 11), "123456789"),
                         str(ctx.faker("zh_CN").user_name()) + ctx.digits(ctx.rng.randrange(1, 5))))
        return f"{user}@{ctx.pick(ZH_HOSTS)}"
    first, last = (w.lower() for w in _ascii(name_en(ctx)).split(" ")[:2])
    user = ctx.pick((f"{first}.{last}", f"{first}{last[:1]}{ctx.digits(2)}", f"{first[:1]}{last}", f"{last}_{first}",
                     f"{first}.{last}{ctx.digits(4, '12')}"))
    return f"{user}@{ctx.pick(MAIL_HOSTS)}"


def _ascii(text: str) -> str:
    """A name in plain ASCII letters for an e-mail's local part."""
    flat = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = ["".join(c for c in w if c.isalpha()) or "x" for w in flat.split()] or ["user"]
    return " ".join(words) if len(words) > 1 else words[0] + " x"


PHONE_LOCALES = (("en_US", "US"), ("en_GB", "GB"), ("de_DE", "DE"), ("fr_FR", "FR"), ("es_ES", "ES"),
                 ("it_IT", "IT"), ("pt_BR", "BR"), ("hi_IN", "IN"), ("tr_TR", "TR"), ("pl_PL", "PL"),
                 ("nl_NL", "NL"), ("ja_JP", "JP"), ("ko_KR", "KR"), ("en_AU", "AU"), ("en_CA", "CA"))


def phone_world(ctx: Ctx) -> str:
    """A phone of one of many countries, valid for ``phonenumbers``, in national or E.164 form."""
    for _ in range(40):
        loc, region = ctx.pick(PHONE_LOCALES)
        raw = str(ctx.faker(loc).phone_number()).split("x")[0].strip()
        try:
            parsed = phonenumbers.parse(raw, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(parsed):
            form = ctx.pick((phonenumbers.PhoneNumberFormat.INTERNATIONAL, phonenumbers.PhoneNumberFormat.NATIONAL))
            return raw if ctx.chance(0.4) else str(phonenumbers.format_number(parsed, form))
    return jv.phone_j(ctx)


def cn_mobile(ctx: Ctx) -> str:
    """A mainland mobile as typed: whole, 3-4-4, with +86, or a Taiwan or Hong Kong mobile."""
    roll = ctx.rng.random()
    if roll < 0.12:
        return ctx.pick((f"09{ctx.digits(2)}-{ctx.digits(3)}-{ctx.digits(3)}",
                         f"+886 9{ctx.digits(2)} {ctx.digits(3)} {ctx.digits(3)}"))
    if roll < 0.2:
        return ctx.pick((f"+852 {ctx.digits(4, '569')} {ctx.digits(4)}", f"{ctx.digits(4, '569')} {ctx.digits(4)}"))
    if roll < 0.3:
        return jv.cn_landline(ctx)
    return jv.cn_mobile_j(ctx)


def phone_en(ctx: Ctx) -> str:
    return phone_world(ctx) if ctx.chance(0.75) else jv.phone_j(ctx)


def phone_spoken(ctx: Ctx, lang: str) -> str:
    """A phone as speech recognition writes it: the first digits said as words, the rest as digits."""
    if lang == "zh":
        body = ctx.pick(("138", "139", "186", "177", "152", "131")) + ctx.digits(8)
        said = "".join(SPOKEN_ZH[int(c)] for c in body[:3])
        return ctx.pick((f"{said}{body[3:7]}{body[7:]}", f"{said} {body[3:7]} {body[7:]}"))
    digits = ctx.pick(("415", "646", "312", "737", "206", "617")) + ctx.digits(7, "23456789")
    said = " ".join(SPOKEN[int(c)] for c in digits[:3])
    return ctx.pick((f"{said} {digits[3:6]} {digits[6:]}", f"{said} {digits[3:]}"))


ADDR_LOCALES = ("en_US", "en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "pt_BR", "en_CA",
                "en_AU", "en_IE", "de_AT", "de_CH")


def address_en(ctx: Ctx) -> str:
    """A home in one of many countries, on one line."""
    if ctx.chance(0.25):
        return jv.home_j(ctx)
    fake = ctx.faker(ctx.pick(ADDR_LOCALES))
    text = str(fake.address()).replace("\n", ", ")
    return text


ZH_COMMUNITIES = ("万科城市花园", "碧桂园凤凰城", "绿地海珀", "保利中央公园", "龙湖天街", "阳光100", "华润二十四城", "融创壹号院",
                  "中海国际社区", "翠湖天地", "金地格林小镇", "世茂滨江")


def address_zh(ctx: Ctx) -> str:
    """A mainland, Taiwan or Hong Kong home as a 快递面单, a lease or a form writes it."""
    roll = ctx.rng.random()
    r = ctx.rng.randrange
    if roll < 0.15:
        return jv.cn_flat(ctx)
    if roll < 0.25:
        return jv.sh_lane(ctx, False)
    if roll < 0.32:
        return jv.hk_estate(ctx)
    if roll < 0.45:
        fake = ctx.faker("zh_TW")
        return f"{fake.city()}{fake.street_name()}{r(1, 300)}巷{r(1, 60)}號{r(2, 15)}樓"
    fake = ctx.faker("zh_CN")
    province = str(fake.province())
    city = "" if province.endswith("市") else str(fake.city_name()) + "市"
    road = f"{fake.street_name()}{r(1, 999)}号"
    tail = ctx.pick((f"{ctx.pick(ZH_COMMUNITIES)}{r(1, 30)}栋{r(1, 5)}单元{r(1, 33)}0{r(1, 4)}",
                     f"{ctx.pick(ZH_COMMUNITIES)}{r(1, 20)}号楼{r(101, 2805)}室", "", f"{r(2, 28)}楼"))
    return ctx.pick((f"{province}{city}{fake.district()}区{road}{tail}", f"{fake.district()}区{road}{tail}",
                     f"{city}{road}{tail}"))


MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
ORD = {1: "first", 2: "second", 3: "third", 21: "twenty first", 22: "twenty second", 23: "twenty third",
       31: "thirty first"}


def dob(ctx: Ctx, lang: str, kid: bool = False) -> str:
    """A birth date as a form prints it or as speech recognition writes it."""
    if ctx.chance(0.7):
        return jv.dob_j(ctx, lang, kid)
    d = born(ctx, kid)
    if lang == "zh":
        return ctx.pick((f"{d.year}年{d.month}月{d.day}号", f"{d.year}-{d.month:02d}-{d.day:02d}",
                         f"{d.year}{d.month:02d}{d.day:02d}",
                         f"{d.year}年{d.month:02d}月{d.day:02d}日"))
    day = ORD.get(d.day, f"{d.day}th")
    return ctx.pick((f"{MONTHS[d.month - 1]} {day} {d.year}", f"{MONTHS[d.month - 1]} {d.day} {d.year}",
                     f"{d.day} {MONTHS[d.month - 1]} {d.year}", d.isoformat(), f"{d.month}/{d.day}/{d.year}"))


def lan_ip(ctx: Ctx) -> str:
    r = ctx.rng.randrange
    return ctx.pick((f"192.168.{r(0, 3)}.{r(2, 254)}", f"10.{r(0, 255)}.{r(0, 255)}.{r(2, 254)}",
                     f"172.{r(16, 32)}.{r(0, 255)}.{r(2, 254)}", f"192.168.{r(0, 255)}.{r(2, 254)}"))


PUBLIC_FIRST = (23, 31, 37, 45, 51, 58, 61, 66, 73, 81, 89, 95, 101, 110, 113, 117, 120, 139, 144, 163, 171, 182, 185,
                203, 211, 218, 222)


def ip(ctx: Ctx) -> str:
    """A public IPv4 or IPv6 address, or a private LAN address."""
    r = ctx.rng.randrange
    roll = ctx.rng.random()
    if roll < 0.35:
        return lan_ip(ctx)
    if roll < 0.5:
        return str(ctx.faker("en_US").ipv6())
    return f"{ctx.pick(PUBLIC_FIRST)}.{r(0, 256)}.{r(0, 256)}.{r(1, 255)}"


def gps(ctx: Ctx, lang: str) -> str:
    """Where a person's home or parked car is, as a phone shares it."""
    lat, lng = ctx.rng.uniform(18.0, 55.0), ctx.rng.uniform(-122.0, 135.0)
    n = ctx.pick((5, 6, 6))
    if lang == "zh" and ctx.chance(0.35):
        return ctx.pick((f"{lat:.{n}f},{lng:.{n}f}", f"北纬{lat:.{n}f} 东经{abs(lng):.{n}f}"))
    return ctx.pick((f"{lat:.{n}f}, {lng:.{n}f}", f"{lat:.{n}f},{lng:.{n}f}", f"{_dms(lat, 'NS')} {_dms(lng, 'EW')}",
                     f"lat {lat:.{n}f} lon {lng:.{n}f}"))


def _dms(value: float, sides: str) -> str:
    """A coordinate in degrees, minutes and seconds: ``31°14'2.5"N``."""
    side, value = (sides[0], value) if value >= 0 else (sides[1], -value)
    minutes = (value - int(value)) * 60
    return f"{int(value)}°{int(minutes)}'{(minutes % 1) * 60:.1f}\"{side}"


def _cpf(ctx: Ctx) -> str:
    body = [int(c) for c in ctx.digits(9, "123456789")]
    for size in (10, 11):
        total = sum(x * w for x, w in zip(body, range(size, 1, -1)))
        body.append(0 if total % 11 < 2 else 11 - total % 11)
    s = "".join(map(str, body))
    return ctx.pick((f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}", s))


def _pesel(ctx: Ctx) -> str:
    b = ctx.birth_for("nid")
    month = b.month + (20 if b.year >= 2000 else 0)
    body = f"{b.year % 100:02d}{month:02d}{b.day:02d}" + ctx.digits(4)
    total = sum(int(c) * w for c, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)))
    return body + str((10 - total % 10) % 10)


def _bsn(ctx: Ctx) -> str:
    while True:
        body = ctx.digits(8, "123456789")
        total = sum(int(c) * w for c, w in zip(body, range(9, 1, -1)))
        if total % 11 < 10:
            return body + str(total % 11)


def _tckn(ctx: Ctx) -> str:
    d = [int(c) for c in ctx.digits(9, "123456789")]
    d.append(((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


VERHOEFF_D = ((0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 2, 3, 4, 0, 6, 7, 8, 9, 5), (2, 3, 4, 0, 1, 7, 8, 9, 5, 6),
              (3, 4, 0, 1, 2, 8, 9, 5, 6, 7), (4, 0, 1, 2, 3, 9, 5, 6, 7, 8), (5, 9, 8, 7, 6, 0, 4, 3, 2, 1),
              (6, 5, 9, 8, 7, 1, 0, 4, 3, 2), (7, 6, 5, 9, 8, 2, 1, 0, 4, 3), (8, 7, 6, 5, 9, 3, 2, 1, 0, 4),
              (9, 8, 7, 6, 5, 4, 3, 2, 1, 0))
VERHOEFF_P = ((0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 5, 7, 6, 2, 8, 3, 0, 9, 4), (5, 8, 0, 3, 7, 9, 6, 1, 4, 2),
              (8, 9, 1, 6, 0, 4, 3, 5, 2, 7), (9, 4, 5, 3, 1, 2, 6, 8, 7, 0), (4, 2, 8, 6, 5, 7, 3, 9, 0, 1),
              (2, 7, 9, 3, 8, 0, 6, 4, 1, 5), (7, 0, 4, 6, 9, 1, 3, 2, 5, 8))
VERHOEFF_INV = (0, 4, 3, 2, 1, 5, 6, 7, 8, 9)


def _aadhaar(ctx: Ctx) -> str:
    body = ctx.digits(11, "23456789")
    c = 0
    for i, x in enumerate(reversed(body)):
        c = VERHOEFF_D[c][VERHOEFF_P[(i + 1) % 8][int(x)]]
    value = body + str(VERHOEFF_INV[c])
    return ctx.pick((f"{value[:4]} {value[4:8]} {value[8:]}", value))


def _rrn(ctx: Ctx) -> str:
    b = ctx.birth_for("nid")
    head = b.strftime("%y%m%d") + ctx.pick("12" if b.year < 2000 else "34")
    head += f"{ctx.rng.randrange(0, 90):02d}" + ctx.digits(3)  # a birthplace code stdnum accepts
    total = sum(int(c) * w for c, w in zip(head, (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)))
    value = head + str((11 - total % 11) % 10)
    return f"{value[:6]}-{value[6:]}"


NATIONAL = {"cpf": _cpf, "pesel": _pesel, "bsn": _bsn, "tckn": _tckn, "aadhaar": _aadhaar, "rrn": _rrn,
            "ssn": fv.us_ssn, "nino": fv.uk_nino, "dni": fv.es_dni, "nric": fv.sg_nric, "mykad": ji.my_ic,
            "pps": ji.pps, "nir": ji.nir}


def national_id(ctx: Ctx, kind: str = "") -> str:
    return NATIONAL[kind or ctx.pick(sorted(NATIONAL))](ctx)


def resident_id(ctx: Ctx, kid: bool = False) -> str:
    """A mainland ID mostly, a Hong Kong or Taiwan ID now and then."""
    roll = ctx.rng.random()
    if roll < 0.12 and not kid:
        return fv.hk_id(ctx)
    if roll < 0.22 and not kid:
        return fv.tw_id(ctx)
    return ji.cn_id_j(ctx, kid)


def secret(ctx: Ctx) -> str:
    """An API key, a cloud key, a platform token or a real-looking password."""
    return ctx.pick((fv.api_key, fv.api_key, fv.aws_key, fv.password, fv.password, ji.key_j, fv.aliyun_key))(ctx)


def passport(ctx: Ctx) -> str:
    return fv.passport(ctx) if ctx.chance(0.75) else ji.passport_j(ctx)


def account(ctx: Ctx, lang: str) -> str:
    """A bank account: a mainland 19-digit debit card, a national account, or corpus J's shapes."""
    if lang == "zh" and ctx.chance(0.6):
        return fv.cn_debit_card(ctx)
    return fv.bank_account(ctx, "en") if ctx.chance(0.6) else ji.acct_j(ctx)


def plate(ctx: Ctx, lang: str) -> str:
    if lang == "zh":
        return fv.cn_plate(ctx) if ctx.chance(0.7) else ji.plate_j(ctx, "cn")
    return fv.plate(ctx) if ctx.chance(0.8) else ji.plate_j(ctx)


def record(ctx: Ctx, lang: str) -> str:
    if lang == "zh":
        return ji.cn_inpatient(ctx) if ctx.chance(0.6) else fv.medical_record(ctx)
    return ctx.pick((fv.medical_record, ji.ward_mrn, fv.nhs_number))(ctx)


def vin(ctx: Ctx) -> str:
    return fv.vin(ctx) if ctx.chance(0.5) else ji.vin_j(ctx)
