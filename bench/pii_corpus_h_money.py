"""Cards, accounts and IBANs for corpus H (``bench/pii_corpus_h.py``) in forms corpora F and G do
not write. Cards of 15 and 16 digits only (a 19-digit UnionPay number is a debit card and so a
bank account): Visa, Mastercard (both ranges), Amex grouped 4-6-5, Discover, JCB and 16-digit
UnionPay credit cards, ungrouped, grouped by spaces, dashes or dots. Accounts of the UK, the US,
India, Australia, Canada, Japan, Hong Kong, Taiwan, mainland China (19-digit debit cards and
passbooks), Germany (Kontonummer), Switzerland (PostFinance and bank accounts), Mexico (CLABE, with
its check digit), Nigeria (NUBAN) and South Africa, written with
spaces, dashes or dots. IBANs of countries F and G do not draw (the Emirates, Saudi Arabia,
Turkey, Qatar, Brazil, Pakistan, Israel, Switzerland, Luxembourg, Malta, Greece, Egypt, Jordan,
Ukraine), with their mod-97 check digits. The routing codes of banks are not personal and live
in the fillers (``bench/pii_corpus_h_fillers.py``).
"""

from __future__ import annotations

import string

from bench.pii_corpus_c_values import luhn_digit
from bench.pii_corpus_f_values import DEBIT_BINS, Ctx
from bench.pii_corpus_values import group

CARD_KINDS = (("4", 16), ("4", 16), ("4", 16), ("5", 16), ("5", 16), ("2", 16), ("34", 15), ("37", 15), ("6011", 16),
              ("65", 16), ("35", 16), ("62", 16))


def _card_prefix(ctx: Ctx, head: str) -> str:
    if head == "5":
        return "5" + ctx.pick("12345")
    if head == "2":
        return str(ctx.rng.randrange(2221, 2721))
    if head == "35":
        return str(ctx.rng.randrange(3528, 3590))
    if head == "62":
        return ctx.pick(("625907", "628288", "625965", "622155", "625826", "621483"))
    return head


def card_number(ctx: Ctx, head: str = "") -> str:
    """A Luhn-valid card number of 15 or 16 digits, ungrouped."""
    kind = [k for k in CARD_KINDS if k[0] == head][0] if head else ctx.pick(CARD_KINDS)
    prefix, length = _card_prefix(ctx, kind[0]), kind[1]
    body = prefix + ctx.digits(length - len(prefix) - 1)
    return body + luhn_digit(body)


def card_h(ctx: Ctx, head: str = "") -> str:
    """A card number grouped as people type it: spaces, dashes, dots, double spaces or none."""
    number = card_number(ctx, head)
    sizes = (4, 6, 5) if len(number) == 15 else (4, 4, 4, 4)
    sep = ctx.pick(("", " ", " ", "-", ".", "  ", " - "))
    return group(number, sizes, sep) if sep else number


def amex(ctx: Ctx) -> str:
    return card_h(ctx, ctx.pick(("34", "37")))


def unionpay_credit(ctx: Ctx) -> str:
    return card_h(ctx, "62")


def uk_account(ctx: Ctx) -> str:
    number = ctx.digits(8, "123456789")
    return ctx.pick((number, number, f"{number[:4]} {number[4:]}", f"0{number[1:]}"))


def us_account(ctx: Ctx) -> str:
    d = ctx.digits
    return ctx.pick((d(10, "123456789"), f"{d(4)}-{d(6)}", f"{d(3)} {d(3)} {d(4)}", "0000" + d(8), d(12), d(9, "3"),
                     f"{d(4)} {d(4)} {d(4)}"))


def in_account(ctx: Ctx) -> str:
    d = ctx.digits
    return ctx.pick((d(11, "3"), "50100" + d(9), d(12, "0"), "91" + d(13), d(10, "1"),
                     f"{d(4)} {d(4)} {d(4)} {d(2)}", f"{d(3)}{d(3)}{d(6)}"))


def au_account(ctx: Ctx) -> str:
    d = ctx.digits
    return ctx.pick((f"{d(2)} {d(3)} {d(4)}", d(8, "123456789"), f"{d(3)}-{d(6)}", d(6, "123456789")))


def ca_account(ctx: Ctx) -> str:
    return ctx.pick((ctx.digits(7, "123456789"), f"{ctx.digits(2)}-{ctx.digits(5)}", ctx.digits(12, "1")))


def jp_account(ctx: Ctx) -> str:
    return ctx.digits(7, "0123456789")


def hk_account(ctx: Ctx) -> str:
    d = ctx.digits
    return ctx.pick((f"{d(3)}-{d(3)}-{d(1)}-{d(6)}", d(12), f"{d(3)} {d(3)} {d(6)}", f"{d(3)}-{d(7)}-{d(2)}"))


def tw_account(ctx: Ctx) -> str:
    d = ctx.digits
    return ctx.pick((f"{d(4)}-{d(4)}-{d(5)}", d(12), f"{d(3)}-{d(3)}-{d(6)}", f"{d(4)} {d(4)} {d(4)} {d(2)}"))


def cn_debit(ctx: Ctx) -> str:
    """A 19-digit UnionPay debit card (a bank account) grouped the ways F and G do not."""
    body = ctx.pick(DEBIT_BINS) + ctx.digits(12)
    number = body + luhn_digit(body)
    return ctx.pick((group(number, (4, 4, 4, 4, 3), "  "), group(number, (4, 4, 4, 4, 3), "."),
                     group(number, (3, 4, 4, 4, 4), " "), group(number, (4, 4, 4, 7), " "),
                     group(number, (6, 6, 7), "-"), number))


def cn_account_h(ctx: Ctx) -> str:
    """A mainland personal account: a debit card now and then, or a passbook (存折) number."""
    if ctx.chance(0.75):
        return cn_debit(ctx)
    return ctx.pick((ctx.digits(17, "123456789"), group(ctx.digits(18, "12"), (6, 6, 6), " "), ctx.digits(15, "1")))


def de_account(ctx: Ctx) -> str:
    d = ctx.digits
    return ctx.pick((d(10, "0123456789"), f"{d(4)} {d(4)} {d(2)}", f"{d(2)} {d(3)} {d(3)}", d(7, "123456789")))


def ch_account(ctx: Ctx) -> str:
    d = ctx.digits
    return ctx.pick((f"{d(2, '1234689')}-{d(6, '123456789')}-{d(1)}", f"{d(4)}-{d(6)}-{d(2)}",
                     f"{d(3)}-{d(6)}.{d(2)}{ctx.pick('ABCDEFGHJKLMNPRSTUVWXYZ')}"))


def clabe(ctx: Ctx) -> str:
    """A Mexican CLABE: bank, city, eleven account digits and a weighted mod-10 check."""
    bank, city = ctx.pick(("012", "002", "014", "072", "021", "044")), ctx.pick(("180", "320", "580", "010"))
    body = bank + city + ctx.digits(11)
    check = (10 - sum(int(x) * w % 10 for x, w in zip(body, (3, 7, 1) * 6)) % 10) % 10
    value = body + str(check)
    return ctx.pick((value, value, f"{value[:3]} {value[3:6]} {value[6:17]} {value[17]}"))


def za_account(ctx: Ctx) -> str:
    """A South African account number: ten or eleven digits."""
    return ctx.digits(ctx.pick((10, 11)), "1234")


def ng_account(ctx: Ctx) -> str:
    """A Nigerian NUBAN account number: ten digits."""
    return ctx.digits(10, "0123")


def account_h(ctx: Ctx, kind: str = "") -> str:
    makers = {"uk": uk_account, "us": us_account, "in": in_account, "au": au_account, "ca": ca_account,
              "jp": jp_account, "hk": hk_account, "tw": tw_account, "cn": cn_account_h, "de": de_account,
              "ch": ch_account, "mx": clabe, "ng": ng_account,
              "za": za_account}
    return makers[kind or ctx.pick(sorted(makers))](ctx)


IBAN_SPECS = {"AE": "3n16n", "SA": "2n18c", "TR": "5n1n16c", "QA": "4a21c", "BR": "8n5n10n1a1c", "PK": "4a16c",
              "IL": "3n3n13n", "CH": "5n12c", "LU": "3n13c", "MT": "4a5n18c", "GR": "3n4n16c", "EG": "4n4n17n",
              "JO": "4a4n18c", "UA": "6n19c"}
BANK_LETTERS = {"QA": ("QNBA", "DOHB", "CBQA"), "PK": ("HABB", "MUCB", "SCBL"), "MT": ("MALT", "VALL", "APSB"),
                "JO": ("ARAB", "CBJO", "HBHO")}


def iban_check(country: str, bban: str) -> str:
    moved = bban + country + "00"
    return f"{98 - int(''.join(str(int(x, 36)) for x in moved)) % 97:02d}"


def iban_h(ctx: Ctx, country: str = "") -> str:
    """An IBAN of ``country`` (or of a country F and G do not draw), with its check digits."""
    country = country or ctx.pick(sorted(IBAN_SPECS))
    spec = IBAN_SPECS[country]
    parts: list[str] = []
    i = 0
    while i < len(spec):
        j = i
        while spec[j].isdigit():
            j += 1
        n, kind = int(spec[i:j]), spec[j]
        if kind == "a" and country in BANK_LETTERS and not parts:
            parts.append(ctx.pick(BANK_LETTERS[country]))
        else:
            parts.append(ctx.digits(n) if kind == "n" else ctx.chars(n, string.ascii_uppercase) if kind == "a"
                         else ctx.chars(n, string.digits * 3 + string.ascii_uppercase))
        i = j + 1
    bban = "".join(parts)
    raw = country + iban_check(country, bban) + bban
    return ctx.pick((group(raw, [4] * 9, " "), raw, group(raw, [4] * 9, " "), group(raw, [4] * 9, "-")))
