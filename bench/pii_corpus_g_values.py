"""Numbers for corpus G (``bench/pii_corpus_g.py``) in forms corpus F does not write. National IDs
with their checks: Brazilian CPF, Indian Aadhaar (Verhoeff), Canadian SIN (Luhn), Italian codice
fiscale, Dutch BSN (11-proof); 19-digit UnionPay credit cards; IBANs of more countries; UK, Australian,
Indian, Canadian, Brazilian, Hong Kong, Taiwan post-office and Chinese company accounts; passports
of Italy, Brazil, Australia, Canada, India, Hong Kong and Taiwan; plates of Italy, Brazil
(Mercosul), Australia, Canada, Poland, Switzerland, India, Hong Kong, Taiwan and Guangdong-Hong
Kong-Macau cars; Medicare and clinic numbers; tokens of Tencent Cloud, npm, PyPI, Telegram,
Twilio, Mailgun, DigitalOcean, Shopify, JWTs and WireGuard keys; VINs of more makers.
"""

from __future__ import annotations

import base64
import string
from collections.abc import Callable

from bench.pii_corpus_c_values import luhn_digit
from bench.pii_corpus_f_values import VIN_CHARS, VIN_VALUE, VIN_WEIGHTS, Ctx, cn_id_check, random_birth
from bench.pii_corpus_f_values import CN_AREAS as F_AREAS
from bench.pii_corpus_values import group

UP = "ABCDEFGHJKLMNPRSTUVWXYZ"
ALNUM = string.ascii_letters + string.digits


def cpf(ctx: Ctx) -> str:
    """A Brazilian CPF, ``123.456.789-09``, with its two check digits."""
    body = [int(c) for c in ctx.digits(9)]
    for size in (10, 11):
        total = sum(d * w for d, w in zip(body, range(size, 1, -1)))
        body.append(total * 10 % 11 % 10)
    s = "".join(map(str, body))
    return ctx.pick((f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}", f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}", s))


def verhoeff_check(digits: str) -> str:
    """The Verhoeff check digit of ``digits`` (dihedral group D5, as Aadhaar numbers use)."""
    def mul(j: int, k: int) -> int:
        if j < 5:
            return (j + k) % 5 if k < 5 else 5 + (j + k) % 5
        return 5 + (j - k) % 5 if k < 5 else (j - k) % 5
    perm = [list(range(10)), [1, 5, 7, 6, 2, 8, 3, 0, 9, 4]]
    for _ in range(6):
        perm.append([perm[-1][perm[1][j]] for j in range(10)])
    c = 0
    for i, ch in enumerate(reversed(digits)):
        c = mul(c, perm[(i + 1) % 8][int(ch)])
    return str([0, 4, 3, 2, 1, 5, 6, 7, 8, 9][c])


def aadhaar(ctx: Ctx) -> str:
    body = ctx.digits(11, "23456789")
    value = body + verhoeff_check(body)
    return ctx.pick((group(value, (4, 4, 4), " "), group(value, (4, 4, 4), " "), value, group(value, (4, 4, 4), "-")))


def sin(ctx: Ctx) -> str:
    """A Canadian social insurance number (Luhn, first digit 1-7)."""
    body = ctx.digits(8, "1234567")
    value = body + luhn_digit(body)
    return ctx.pick((group(value, (3, 3, 3), " "), group(value, (3, 3, 3), "-"), value))


CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  (1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
                   12, 14, 16, 10, 22, 25, 24, 23)))
CF_MONTHS = "ABCDEHLMPRST"
CF_TOWNS = ("H501", "F205", "L219", "A944", "D612", "F839", "G273", "L736", "G224", "L781")


def cf_check(body: str) -> str:
    """The check letter of an Italian codice fiscale's first fifteen characters."""
    total = sum(CF_ODD[c] if i % 2 == 0 else (int(c) if c.isdigit() else ord(c) - 65) for i, c in enumerate(body))
    return chr(65 + total % 26)


def codice_fiscale(ctx: Ctx) -> str:
    born = ctx.birth_for("nid")
    day = born.day + (40 if ctx.chance(0.5) else 0)
    body = (ctx.chars(3, "BCDFGLMNPRSTVZ") + ctx.chars(3, "BCDFGLMNPRSTVZAEIO") + f"{born.year % 100:02d}"
            + CF_MONTHS[born.month - 1] + f"{day:02d}" + ctx.pick(CF_TOWNS))
    return body + cf_check(body)


def bsn(ctx: Ctx) -> str:
    """A Dutch citizen service number, nine digits passing the 11-proof."""
    while True:
        body = ctx.digits(8, "1234567")
        last = sum(int(c) * w for c, w in zip(body, range(9, 1, -1))) % 11
        if last < 10:
            return ctx.pick((body + str(last), f"{body[:4]}.{body[4:6]}.{body[6:]}{last}"))


def resident_id(ctx: Ctx, kid: bool) -> str:
    """A mainland resident ID for the item's person; later ones are of other adults, or of other
    children with ``kid``."""
    first = ctx.used.get("cn_id", 0) == 0
    born = ctx.birth_for("cn_id")
    if kid and not first:
        born = random_birth(ctx.rng, True)
    body = ctx.pick(F_AREAS) + born.strftime("%Y%m%d") + ctx.digits(3)
    return body + cn_id_check(body)


UNIONPAY = ("625907", "622588", "625826", "628288", "622155", "625965")


def card_g(ctx: Ctx) -> str:
    """A 19-digit UnionPay credit card, a Mastercard 2-series or a JCB, each Luhn-valid."""
    prefix, length = ctx.pick(((ctx.pick(UNIONPAY), 19), (ctx.pick(UNIONPAY), 19), ("4" + ctx.digits(5), 16),
                               ("2" + ctx.pick("2345") + ctx.digits(2), 16), ("35" + ctx.digits(2, "2345678"), 16)))
    body = prefix + ctx.digits(length - len(prefix) - 1)
    number = body + luhn_digit(body)
    sizes = (4, 4, 4, 4, 3) if length == 19 else (4, 4, 4, 4)
    odd = group(number, (6, 13), " ") if length == 19 else group(number, sizes, "-")
    return ctx.pick((group(number, sizes, " "), group(number, sizes, " "), number, odd))


IBAN_MORE = ("de_CH", "da_DK", "no_NO", "cs_CZ", "en_IE", "pt_PT", "ro_RO", "el_GR", "fr_CH", "nl_BE", "sk_SK", "it_IT",
             "nl_NL")


def iban_g(ctx: Ctx) -> str:
    raw = str(ctx.faker(ctx.pick(IBAN_MORE)).iban())
    return ctx.pick((group(raw, [4] * 9, " "), group(raw, [4] * 9, " "), raw))


def account_g(ctx: Ctx, country: str) -> str:
    """An account number of ``country`` (uk, au, in, ca, br, hk, tw, cn)."""
    d = ctx.digits
    shapes = {
        "uk": lambda: d(8, "123456789"), "au": lambda: ctx.pick((f"{d(4)} {d(4)}", d(9, "123456789"))),
        "in": lambda: ctx.pick(("50100" + d(9), d(11, "3"), d(12, "6"), d(15, "9"))),
        "ca": lambda: ctx.pick((d(7, "123456789"), f"{d(7)}-{d(1)}")),
        "br": lambda: ctx.pick((f"{d(5)}-{d(1)}", f"{d(8)}-{ctx.pick('0123456789X')}")),
        "hk": lambda: ctx.pick((f"{d(3)}-{d(6)}-{d(3)}", f"{d(3)}-{d(3)}-{d(5)}-{d(1)}")),
        "tw": lambda: ctx.pick((f"{d(7, '0')}-{d(7)}", f"{d(3)}-{d(2)}-{d(6)}-{d(1)}", d(14, "0"))),
        "cn": lambda: ctx.pick((group(d(20, "3"), (4, 4, 4, 4, 4), " "), d(17, "1"),
                                f"{d(4)} {d(4)} {d(4)} {d(4)} {d(3)}")),
    }
    return shapes[country]()


def passport_g(ctx: Ctx, kind: str = "") -> str:
    kind = kind or ctx.pick(("it", "br", "au", "ca", "in", "hk", "tw", "nl"))
    shapes = {
        "it": lambda: ctx.chars(2, UP) + ctx.digits(7), "br": lambda: ctx.chars(2, UP) + ctx.digits(6),
        "au": lambda: ctx.pick(("P", "N", "PA", "PB")) + ctx.digits(7), "ca": lambda: ctx.chars(2, UP) + ctx.digits(6),
        "in": lambda: ctx.chars(1, "JKLMNPRSTUVZ") + ctx.digits(7, "123456789"),
        "hk": lambda: ctx.pick("HK") + ctx.digits(8), "tw": lambda: ctx.digits(9, "3"),
        "nl": lambda: ctx.chars(2, "NBPR") + ctx.chars(6, "CDFHJKLMNPRTVWXZ0123456789") + ctx.digits(1),
    }
    return shapes[kind]()


def plate_g(ctx: Ctx, country: str = "") -> str:
    country = country or ctx.pick(("it", "br", "au", "ca", "pl", "ch", "in", "hk", "tw", "gz"))
    d, c = ctx.digits, ctx.chars
    shapes = {
        "it": lambda: ctx.pick((f"{c(2, UP)} {d(3)} {c(2, UP)}", f"{c(2, UP)}{d(3)}{c(2, UP)}")),
        "br": lambda: ctx.pick((f"{c(3, UP)}{d(1)}{c(1, UP)}{d(2)}", f"{c(3, UP)}-{d(4)}")),
        "au": lambda: ctx.pick((f"{d(1)}{c(3, UP)} {d(3)}", f"{c(2, UP)} {d(2)} {c(2, UP)}", f"{c(3, UP)}-{d(3)}")),
        "ca": lambda: ctx.pick((f"{c(4, UP)} {d(3)}", f"{d(3)} {c(3, UP)}", f"{c(2, UP)}{d(1)} {d(2)}{c(1, UP)}")),
        "pl": lambda: ctx.pick((f"W{c(1, 'AEHIJKNOPRSTUWXYZ')} {d(5)}", f"K{c(1, 'RKT')} {d(1)}{c(2, UP)}{d(2)}")),
        "ch": lambda: f"{ctx.pick(('ZH', 'BE', 'GE', 'VD', 'BS', 'LU', 'TI'))} {ctx.rng.randrange(1000, 999999)}",
        "in": lambda: ctx.pick((f"{ctx.pick(('MH', 'KA', 'DL', 'TN', 'TS'))} {d(2)} {c(2, UP)} {d(4)}",
                                f"{ctx.pick(('MH', 'KA', 'DL', 'TN'))}{d(2)}{c(2, UP)}{d(4)}")),
        "hk": lambda: f"{c(2, 'ABCDEFGHJKLMNPRSTUVWXYZ')} {ctx.rng.randrange(1, 9999)}",
        "tw": lambda: ctx.pick((f"{c(3, UP)}-{d(4)}", f"{d(4)}-{c(2, UP)}", f"{c(3, UP)}-{d(3)}")),
        "gz": lambda: f"粤Z{ctx.pick(('·', ''))}{c(1, UP)}{d(3)}{ctx.pick('港澳')}",
    }
    return shapes[country]()


def cn_plate_g(ctx: Ctx) -> str:
    """A mainland plate written with spaces, a dash or in small letters, as people type it."""
    head = ctx.pick("京沪粤浙苏川鄂湘鲁豫闽皖陕渝津辽") + ctx.pick("ABCDEFGHK")
    tail = ctx.pick((ctx.pick("DF") + ctx.chars(1, UP + "0123456789") + ctx.digits(4), ctx.chars(1, UP) + ctx.digits(4),
                     ctx.chars(2, UP) + ctx.digits(3), ctx.digits(3) + ctx.chars(2, UP)))
    return ctx.pick((f"{head[0]} {head[1]} {tail}", f"{head}-{tail}", f"{head[0]}{head[1].lower()}{tail.lower()}",
                     f"{head}{tail}"))


def medicare(ctx: Ctx) -> str:
    """An Australian Medicare card number (its eighth-digit check) with the issue number."""
    body = ctx.digits(8, "23456")
    check = sum(int(c) * w for c, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9))) % 10
    value = body + str(check) + ctx.digits(1, "123456789")
    return ctx.pick((f"{value[:4]} {value[4:9]} {value[9]}", value))


def mrn_g(ctx: Ctx) -> str:
    """A clinic's record number in shapes F does not write."""
    year = ctx.rng.randrange(2015, 2026)
    d = ctx.digits
    return ctx.pick((f"{d(2)}-{d(2)}-{d(2)}", "000" + d(7), f"B{year}-{d(5)}", f"K{d(7)}", f"IP/{year}/{d(6)}",
                     f"{ctx.pick(('RJ1', 'RTH', 'RYJ'))} {d(6)}", f"MZ{d(10, '0')}", f"{year}{d(6, '0')}",
                     f"E{d(6)}/{year % 100}"))


def _b64url(ctx: Ctx, n: int) -> str:
    return ctx.chars(n, ALNUM + "-_")


def jwt(ctx: Ctx) -> str:
    """A signed JSON web token: a real header, a base64 payload and a signature."""
    payload = f'{{"sub":"{ctx.digits(6)}","iat":{1_700_000_000 + ctx.rng.randrange(90_000_000)}}}'
    body = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
    return f"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.{body}.{_b64url(ctx, 43)}"


def wg_key(ctx: Ctx) -> str:
    return ctx.chars(42, ALNUM + "+/") + ctx.pick("AEIMQUYcgkosw048") + "="


def key_g(ctx: Ctx) -> str:
    """A token of a provider F does not write."""
    hexa = "0123456789abcdef"
    shapes: tuple[Callable[[], str], ...] = (
        lambda: "AKID" + ctx.chars(32, ALNUM), lambda: "npm_" + ctx.chars(36, ALNUM),
        lambda: "pypi-AgEIcHlwaS5vcmc" + _b64url(ctx, 60),
        lambda: f"{ctx.digits(10, '5678')}:AA{_b64url(ctx, 33)}", lambda: "SK" + ctx.chars(32, hexa),
        lambda: "key-" + ctx.chars(32, hexa), lambda: "dop_v1_" + ctx.chars(64, hexa),
        lambda: "shpat_" + ctx.chars(32, hexa),
        lambda: "glrt-" + _b64url(ctx, 20), lambda: "xoxp-" + f"{ctx.digits(12)}-{ctx.digits(12)}-{ctx.digits(13)}-"
        + ctx.chars(32, hexa), lambda: jwt(ctx))
    return ctx.pick(shapes)()


def tencent_key(ctx: Ctx) -> str:
    return ctx.chars(32, ALNUM)


PASSWORD_STEMS = ("woaini", "Aa", "Zhang@", "Qwe", "P@ssw0rd", "Welkom", "Ciao", "Senha", "Haslo", "Dragon", "Kiwi")


def password_g(ctx: Ctx) -> str:
    """A password as people really set them: a stem with digits and a symbol, a passphrase, or
    random characters."""
    roll = ctx.rng.random()
    if roll < 0.4:
        return ctx.pick(PASSWORD_STEMS) + ctx.digits(ctx.pick((3, 4, 6))) + ctx.pick("!@#.$")
    if roll < 0.6:
        words = ("tulip", "orbit", "canyon", "maple", "harbor", "violet", "cobalt", "lantern", "meadow", "pixel")
        return "-".join(ctx.pick(words) for _ in range(3)) + "-" + ctx.digits(2)
    return ctx.chars(ctx.rng.randrange(12, 24), ALNUM + "!#%&*+-=?@^_")


WMIS_G = ("LSG", "LGX", "LB3", "LNB", "LE4", "LYV", "MA3", "9BW", "ZAR", "2HG", "6T1", "XTA", "TMB", "VSS", "SJN",
          "KNM", "JMZ", "YS3", "W0L", "VNK")


def vin_g(ctx: Ctx) -> str:
    body = ctx.pick(WMIS_G) + ctx.chars(5, VIN_CHARS) + "0" + ctx.pick("GHJKLMNPRS123456789") + ctx.chars(1, VIN_CHARS)
    body += ctx.chars(1, VIN_CHARS) + ctx.digits(5)
    total = sum(VIN_VALUE[c] * w for c, w in zip(body, VIN_WEIGHTS))
    return body[:8] + ("X" if total % 11 == 10 else str(total % 11)) + body[9:]


def lan_ip(ctx: Ctx) -> str:
    r = ctx.rng.randrange
    return ctx.pick((f"10.{r(0, 256)}.{r(0, 256)}.{r(2, 255)}", f"192.168.{r(0, 50)}.{r(2, 255)}",
                     f"172.{r(16, 32)}.{r(0, 256)}.{r(2, 255)}"))


def ip6_g(ctx: Ctx) -> str:
    head = ctx.pick(("2409:8a55", "240e:468", "2a00:23c7", "2a02:c7c", "2600:8805", "2001:569", "2406:da18"))
    parts = [f"{ctx.rng.randrange(1, 0xffff):x}" for _ in range(5)]
    return ctx.pick((f"{head}:{':'.join(parts)}:1", f"{head}:{parts[0]}::{parts[1]}",
                     f"{head}:{parts[0]}:{parts[1]}::{parts[2]}:{parts[3]}".upper()))
