"""Identity numbers for corpus H (``bench/pii_corpus_h.py``) in forms corpora F and G do not
write. Passports of the US (new letter-first shape), Mexico, Russia, the Philippines, Nigeria,
Pakistan, Vietnam, Indonesia, Turkey, South Africa, Korea (``M123A4567``), Spain, New Zealand,
Ireland, Singapore, Switzerland and Japan. National IDs with their checks: Korean resident
registration numbers, Japanese My Numbers, South African and Emirates IDs (Luhn), Mexican CURPs,
Thai IDs, Turkish T.C. Kimlik and Swedish personnummer (Luhn); Vietnamese CCCD numbers and
Indian PANs. Mainland resident IDs grouped and with a small ``x``, the 81/82/83 residence permits
of Hong Kong, Macau and Taiwan residents, Taiwan IDs in small letters. Medical records:
Australian IHIs (16 digits, Luhn), Scottish CHI numbers (the birth date and a mod-11 check), New
Zealand NHIs, clinic and 病案 numbers. Plates of Japan, Korea, Mexico, Vietnam, South Africa,
Dubai and Russia; VINs grouped and in small letters.
"""

from __future__ import annotations

import datetime as dt

from bench.pii_corpus_c_values import luhn_digit
from bench.pii_corpus_f_values import CN_AREAS, Ctx, cn_id_check, random_birth, tw_id, vin
from bench.pii_corpus_g_values import vin_g
from bench.pii_corpus_values import group

UP = "ABCDEFGHJKLMNPRSTUVWXYZ"


def passport_h(ctx: Ctx, kind: str = "") -> str:
    """A passport number of ``kind``; a country of the list above when none is given."""
    kind = kind or ctx.pick(("us", "mx", "ru", "ph", "ng", "pk", "vn", "id", "tr", "za", "kr", "es", "nz", "ie", "sg",
                             "ch", "jp"))
    d, c = ctx.digits, ctx.chars
    shapes = {
        "us": lambda: ctx.pick((c(1, "ABCDEFGHJKLMNPRSTUVWXZ") + d(8), d(9, "5"))),
        "mx": lambda: c(1, "GNK") + d(8), "ru": lambda: ctx.pick((f"{d(2, '67')} {d(7)}", d(9, "67"))),
        "ph": lambda: "P" + d(7) + c(1, "ABC"), "ng": lambda: c(1, "ABD") + d(8), "pk": lambda: c(2, UP) + d(7),
        "vn": lambda: c(1, "BCNP") + d(7), "id": lambda: c(1, "ABCXE") + d(7), "tr": lambda: "U" + d(8),
        "za": lambda: ctx.pick(("A" + d(8), "M" + d(8, "0"))), "kr": lambda: f"M{d(3)}{c(1, UP)}{d(4)}",
        "es": lambda: c(3, UP) + d(6), "nz": lambda: c(2, "LFLK") + d(6), "ie": lambda: c(2, "PLNRTW") + d(7),
        "sg": lambda: c(1, "EK") + d(7) + c(1, UP), "ch": lambda: c(1, "XSF") + d(7),
        "jp": lambda: c(2, "TMRZ") + d(7),
    }
    return shapes[kind]()


def _born(ctx: Ctx) -> dt.date:
    return ctx.birth_for("nid")


def korean_rrn(ctx: Ctx) -> str:
    b = _born(ctx)
    sex = ("1" if ctx.chance(0.5) else "2") if b.year < 2000 else ("3" if ctx.chance(0.5) else "4")
    body = b.strftime("%y%m%d") + sex + f"{ctx.rng.randrange(96):02d}" + ctx.digits(3)  # place of birth 00-95
    check = (11 - sum(int(x) * w for x, w in zip(body, (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5))) % 11) % 10
    value = body + str(check)
    return ctx.pick((f"{value[:6]}-{value[6:]}", f"{value[:6]}-{value[6:]}", value))


def my_number_check(body: str) -> str:
    """The check digit of a Japanese My Number's first eleven digits."""
    total = sum(int(x) * (n + 1 if n <= 6 else n - 5) for n, x in enumerate(reversed(body), start=1))
    rem = total % 11
    return "0" if rem <= 1 else str(11 - rem)


def my_number(ctx: Ctx) -> str:
    body = ctx.digits(11, "123456789")
    value = body + my_number_check(body)
    return ctx.pick((group(value, (4, 4, 4), " "), value, group(value, (4, 4, 4), "-")))


def za_id(ctx: Ctx) -> str:
    """A South African ID: birth date, sex digits, citizenship, 8, a Luhn check."""
    b = _born(ctx)
    body = b.strftime("%y%m%d") + ctx.digits(4, "0123456789") + ctx.pick("001") + "8"
    value = body + luhn_digit(body)
    return ctx.pick((value, value, f"{value[:6]} {value[6:10]} {value[10:12]} {value[12]}"))


CURP_CHARS = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
CURP_STATES = ("DF", "JC", "NL", "PL", "VZ", "GT", "MC", "BC", "YN", "OC")


def curp_check(body: str) -> str:
    return str((10 - sum(CURP_CHARS.index(x) * (18 - i) for i, x in enumerate(body)) % 10) % 10)


def curp(ctx: Ctx) -> str:
    """A Mexican CURP: initials, birth date, sex, state, consonants, homoclave, check digit."""
    b = _born(ctx)
    cons = "BCDFGHJKLMNPQRSTVXZ"
    head = ctx.pick(cons) + ctx.pick("AEIOU") + ctx.pick(cons) + ctx.pick(cons)  # no vowel last: no banned word
    body = (head + b.strftime("%y%m%d") + ctx.pick("HM") + ctx.pick(CURP_STATES) + ctx.chars(3, cons)
            + (ctx.digits(1) if b.year < 2000 else ctx.chars(1, "ABCDEFGH")))
    return body + curp_check(body)


def pan(ctx: Ctx) -> str:
    """An Indian PAN of a person: five letters (the fourth ``P``), four digits, a letter."""
    return ctx.chars(3, UP) + "P" + ctx.chars(1, UP) + ctx.digits(4) + ctx.chars(1, UP)


def thai_id(ctx: Ctx) -> str:
    body = ctx.digits(12, "12345678")
    check = (11 - sum(int(x) * (13 - i) for i, x in enumerate(body)) % 11) % 10
    value = body + str(check)
    return ctx.pick((value, f"{value[0]}-{value[1:5]}-{value[5:10]}-{value[10:12]}-{value[12]}",
                     f"{value[0]} {value[1:5]} {value[5:10]} {value[10:12]} {value[12]}"))


def tc_kimlik(ctx: Ctx) -> str:
    digits = [int(x) for x in ctx.digits(9, "123456789")]
    digits.append(((sum(digits[0:9:2]) * 7) - sum(digits[1:8:2])) % 10)
    digits.append(sum(digits) % 10)
    return "".join(map(str, digits))


def personnummer(ctx: Ctx) -> str:
    """A Swedish personal identity number, ``YYMMDD-NNNC`` (Luhn over the last ten digits)."""
    b = _born(ctx)
    body = b.strftime("%y%m%d") + ctx.digits(3)
    value = body + luhn_digit(body)
    return ctx.pick((f"{value[:6]}-{value[6:]}", f"{b.year // 100}{value[:6]}-{value[6:]}", value))


def emirates_id(ctx: Ctx) -> str:
    """An Emirates ID, ``784-1985-1234567-1``: 784, the birth year, seven digits, a Luhn check."""
    body = "784" + str(_born(ctx).year) + ctx.digits(7)
    value = body + luhn_digit(body)
    return ctx.pick((f"{value[:3]}-{value[3:7]}-{value[7:14]}-{value[14]}", value))


def vn_citizen_id(ctx: Ctx) -> str:
    """A Vietnamese citizen identity (CCCD) number: province, sex and century, year, six digits."""
    b = _born(ctx)
    century = (0 if b.year < 2000 else 2) + ctx.pick((0, 1))
    return ctx.pick(("001", "079", "031", "048", "092")) + str(century) + f"{b.year % 100:02d}" + ctx.digits(6)


def cn_resident_id_h(ctx: Ctx, kid: bool = False) -> str:
    """A mainland resident ID in forms F and G do not write: a small ``x``, groups split by dashes
    or spaces the way a scan or a hand-typed form breaks it."""
    first = ctx.used.get("cn_id", 0) == 0
    b = ctx.birth_for("cn_id")
    if kid and not first:
        b = random_birth(ctx.rng, True)
    body = ctx.pick(CN_AREAS) + b.strftime("%Y%m%d") + ctx.digits(3)
    value = body + cn_id_check(body)
    return ctx.pick((value.replace("X", "x"), f"{value[:6]}-{value[6:14]}-{value[14:]}",
                     f"{value[:6]} {value[6:10]} {value[10:14]} {value[14:]}", group(value, (4, 4, 4, 4, 2), " "),
                     f"{value[:3]} {value[3:6]} {value[6:14]} {value[14:]}", value))


def gat_permit(ctx: Ctx) -> str:
    """The number of a residence permit for Hong Kong, Macau or Taiwan residents: 810000/820000/830000,
    a birth date, three digits, a check character."""
    body = ctx.pick(("810000", "820000", "830000")) + ctx.birth_for("cn_id").strftime("%Y%m%d") + ctx.digits(3)
    return body + cn_id_check(body)


def tw_id_h(ctx: Ctx) -> str:
    value = tw_id(ctx)
    return ctx.pick((value.lower(), value[0] + " " + value[1:], value))


def ihi(ctx: Ctx) -> str:
    """An Australian Individual Healthcare Identifier: 800360, nine digits, a Luhn check."""
    body = "800360" + ctx.digits(9)
    value = body + luhn_digit(body)
    return ctx.pick((group(value, (4, 4, 4, 4), " "), value))


def chi_number(ctx: Ctx) -> str:
    """A Scottish CHI number: the birth date ``DDMMYY``, three digits and a mod-11 check."""
    b = ctx.birth_for("chi")
    while True:
        body = b.strftime("%d%m%y") + ctx.digits(3)
        rem = sum(int(x) * w for x, w in zip(body, range(10, 1, -1))) % 11
        check = (11 - rem) % 11
        if check != 10:
            value = body + str(check)
            return ctx.pick((value, f"{value[:6]} {value[6:]}", f"{value[:3]} {value[3:6]} {value[6:]}"))


NHI_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def nhi(ctx: Ctx) -> str:
    """A New Zealand National Health Index number, ``ZAC5361``, with its mod-11 check digit."""
    while True:
        letters, digits = ctx.chars(3, NHI_LETTERS), ctx.digits(3)
        total = sum((NHI_LETTERS.index(x) + 1) * w for x, w in zip(letters, (7, 6, 5)))
        total += sum(int(x) * w for x, w in zip(digits, (4, 3, 2)))
        if total % 11:
            return letters + digits + str((11 - total % 11) % 10)


def mrn_h(ctx: Ctx) -> str:
    """A clinic's record number in shapes F and G do not write."""
    d = ctx.digits
    return ctx.pick((f"{d(4)}-{d(4)}", f"E{d(8)}", f"A-{d(6)}", f"{d(8)}-{d(1)}", f"{d(2)}-{d(6)}", f"M{d(9, '0')}",
                     f"{ctx.pick('ABCDEFGHJK')}{d(6)}{ctx.pick('ABCDEFGHJK')}", f"{d(3)} {d(3)} {d(3)}",
                     f"RN{d(7)}", f"{d(6)}/{d(2)}"))


def cn_mrn(ctx: Ctx) -> str:
    """A 病案号, 住院号 or 就诊卡号 in shapes F and G do not write."""
    d = ctx.digits
    year = ctx.rng.randrange(2016, 2026)
    return ctx.pick((f"BA{d(8)}", f"00{d(8)}", f"H{d(9)}", f"{d(2)}-{d(6)}", f"JZK{d(9)}", f"P{year}{d(6)}",
                     f"{year % 100}{d(7)}", f"ZYH{year}{d(5)}"))


JP_AREAS = ("品川", "練馬", "横浜", "なにわ", "名古屋", "福岡", "札幌", "世田谷", "湘南", "京都")
JP_KANA = "さすせそたちつてとなにぬねのはひふほまみむめもやゆよらりるろ"
KR_SYLLABLES = "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주"
RU_LETTERS = "АВЕКМНОРСТУХ"


def plate_h(ctx: Ctx, country: str = "") -> str:
    country = country or ctx.pick(("jp", "kr", "mx", "vn", "za", "ae", "ru"))
    d, c = ctx.digits, ctx.chars
    shapes = {
        "jp": lambda: f"{ctx.pick(JP_AREAS)} {d(3, '3456')} {ctx.pick(JP_KANA)} {d(2, '123456789')}-{d(2)}",
        "kr": lambda: ctx.pick((f"{d(2, '123456789')}{ctx.pick(KR_SYLLABLES)} {d(4)}",
                                f"{d(3, '123456789')}{ctx.pick(KR_SYLLABLES)} {d(4)}",
                                f"서울 {d(2)}{ctx.pick(KR_SYLLABLES)} {d(4)}")),
        "mx": lambda: ctx.pick((f"{c(3, UP)}-{d(3)}-{c(1, UP)}", f"{c(3, UP)}-{d(2)}-{d(2)}")),
        "vn": lambda: ctx.pick((f"{d(2, '3456789')}{c(1, 'ABCDEFGHK')}-{d(3)}.{d(2)}",
                                f"{d(2, '5')}{c(1, 'ABCDEFGHKX')}{d(1, '123')}-{d(3)}.{d(2)}")),
        "za": lambda: ctx.pick((f"{c(2, UP)} {d(2)} {c(2, UP)} GP", f"CA {d(3)}-{d(3)}", f"ND {d(3)}-{d(3)}")),
        "ae": lambda: ctx.pick((f"Dubai {c(1, UP)} {d(5)}", f"Abu Dhabi {d(1, '12345')} {d(5)}")),
        "ru": lambda: f"{ctx.pick(RU_LETTERS)}{d(3)}{c(2, RU_LETTERS)} {ctx.pick(('77', '78', '99', '197', '750'))}",
    }
    return shapes[country]()


def cn_plate_h(ctx: Ctx) -> str:
    """A mainland plate as F and G do not write it: a full-width dot, a space after the province,
    the letter in small, the five digits of an old plate."""
    head = ctx.pick("京沪粤浙苏川鄂湘鲁豫闽皖陕渝津辽冀晋桂云") + ctx.pick("ABCDEFGHJ")
    tail = ctx.pick((ctx.digits(5), ctx.chars(1, UP) + ctx.digits(4), ctx.pick("DF") + ctx.digits(5),
                     ctx.digits(2) + ctx.chars(1, UP) + ctx.digits(2)))
    return ctx.pick((f"{head}・{tail}", f"{head[0]} {head[1]}·{tail}", f"{head} {tail}", f"{head}{tail}",
                     f"{head[0]}{head[1].lower()}·{tail}"))


def vin_h(ctx: Ctx) -> str:
    """A VIN as people copy it off a windscreen or a logbook: grouped, or in small letters."""
    value = vin(ctx) if ctx.chance(0.5) else vin_g(ctx)
    return ctx.pick((value, f"{value[:3]} {value[3:9]} {value[9:]}", value.lower(), f"{value[:3]}-{value[3:8]}-"
                     f"{value[8:11]}-{value[11:]}", value))
