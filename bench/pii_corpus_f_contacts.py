"""Contact values for corpus F (``bench/pii_corpus_f.py``): phone numbers written in each
country's own way (US, UK, Germany, France, Spain, Italy, the Netherlands, Australia, India,
Japan, mainland China mobile and landline, Hong Kong, Taiwan, Singapore, E.164), e-mail
addresses (free mail, company and Chinese mail services) and IPv4/IPv6 addresses that are
neither loopback nor unspecified.
"""

from __future__ import annotations

import unicodedata

from bench.pii_corpus_f_people import WESTERN
from bench.pii_corpus_f_values import Ctx
from bench.pii_corpus_values import group

US_AREAS = ("212", "312", "415", "503", "512", "617", "646", "702", "720", "773", "818", "917", "206", "303",
            "404", "469", "614", "919", "608", "480")


def us_phone(ctx: Ctx) -> str:
    area, ex, line = ctx.pick(US_AREAS), ctx.digits(3, "23456789"), ctx.digits(4)
    return ctx.pick((f"({area}) {ex}-{line}", f"{area}-{ex}-{line}", f"+1 {area} {ex} {line}", f"{area}.{ex}.{line}",
                     f"+1 ({area}) {ex}-{line}"))


def uk_phone(ctx: Ctx) -> str:
    body = "7" + ctx.digits(9, "45789")
    if ctx.chance(0.2):
        return f"020 {ctx.digits(4, '378')} {ctx.digits(4)}"
    return ctx.pick((f"0{body[:4]} {body[4:]}", f"+44 {body[:4]} {body[4:]}", f"+44 (0){body[:4]} {body[4:]}"))


def eu_phone(ctx: Ctx, loc: str = "") -> str:
    loc = loc or ctx.pick(("de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL"))
    if loc == "de_DE":
        return ctx.pick((f"+49 15{ctx.digits(1)} {ctx.digits(8)}", f"030 {ctx.digits(8, '2345689')}",
                         f"0176 {ctx.digits(4)} {ctx.digits(4)}"))
    if loc == "fr_FR":
        pairs = " ".join(ctx.digits(2) for _ in range(4))
        return ctx.pick((f"06 {pairs}", f"+33 7 {pairs}", f"01 {pairs}"))
    if loc == "es_ES":
        return ctx.pick((f"+34 6{ctx.digits(2)} {ctx.digits(3)} {ctx.digits(3)}", f"6{ctx.digits(2)} {ctx.digits(2)} "
                         f"{ctx.digits(2)} {ctx.digits(2)}"))
    if loc == "it_IT":
        return f"+39 3{ctx.digits(2)} {ctx.digits(3)} {ctx.digits(4)}"
    return ctx.pick((f"06-{ctx.digits(8)}", f"+31 6 {ctx.digits(4)} {ctx.digits(4)}"))


def other_phone(ctx: Ctx) -> str:
    return ctx.pick((f"04{ctx.digits(2)} {ctx.digits(3)} {ctx.digits(3)}", f"+61 4{ctx.digits(2)} {ctx.digits(3)} "
                     f"{ctx.digits(3)}", f"+91 9{ctx.digits(4)} {ctx.digits(5)}", f"090-{ctx.digits(4)}-{ctx.digits(4)}",
                     f"+81 80 {ctx.digits(4)} {ctx.digits(4)}"))


CN_MOBILE = ("134", "135", "136", "137", "138", "139", "150", "151", "152", "157", "158", "159", "182", "183",
             "187", "188", "130", "131", "132", "155", "156", "185", "186", "133", "153", "180", "181", "189",
             "177", "199", "166", "191", "198", "173", "176", "195", "147")


def cn_mobile(ctx: Ctx) -> str:
    body = ctx.pick(CN_MOBILE) + ctx.digits(8)
    return ctx.pick((body, body, body, group(body, (3, 4, 4), " "), group(body, (3, 4, 4), "-"),
                     "+86 " + group(body, (3, 4, 4), " "), "+86" + body, "+86-" + body))


def cn_landline(ctx: Ctx) -> str:
    area = ctx.pick(("010", "021", "020", "0755", "0571", "025", "028", "027", "029", "0512"))
    n = 8 if len(area) == 3 else ctx.pick((7, 8))
    body = ctx.digits(n, "2345678")
    return ctx.pick((f"{area}-{body}", f"({area}){body}", f"{area}-{group(body, (4, 4), ' ')}"))


def hk_phone(ctx: Ctx) -> str:
    body = ctx.pick("5679") + ctx.digits(7)
    return ctx.pick((f"+852 {body[:4]} {body[4:]}", f"{body[:4]} {body[4:]}", f"(852) {body}"))


def tw_phone(ctx: Ctx) -> str:
    body = "09" + ctx.digits(8)
    return ctx.pick((f"{body[:4]}-{body[4:7]}-{body[7:]}", body, f"+886 {body[1:4]} {body[4:7]} {body[7:]}"))


def sg_phone(ctx: Ctx) -> str:
    body = ctx.pick("89") + ctx.digits(7)
    return ctx.pick((f"+65 {body[:4]} {body[4:]}", f"{body[:4]} {body[4:]}", f"+65{body}"))


def intl_phone(ctx: Ctx) -> str:
    """A number written the E.164 way, as messaging apps and APIs carry it."""
    return ctx.pick(("+1" + ctx.pick(US_AREAS) + ctx.digits(7, "23456789"), "+447" + ctx.digits(9, "45789"),
                     "+8613" + ctx.digits(9), "+4917" + ctx.digits(9), "+336" + ctx.digits(8),
                     "+6591" + ctx.digits(6), "+852" + ctx.digits(8, "569")))


def phone(ctx: Ctx, lang: str) -> str:
    if lang == "zh":
        return cn_landline(ctx) if ctx.chance(0.15) else cn_mobile(ctx)
    roll = ctx.rng.random()
    if roll < 0.35:
        return us_phone(ctx)
    if roll < 0.6:
        return uk_phone(ctx)
    return eu_phone(ctx) if roll < 0.85 else other_phone(ctx)


DOMAINS = ("northwind-supply.com", "brightpath.io", "kestrel-logistics.co.uk", "lumenhealth.org", "bluefinch.de",
           "orchardlane.co", "harbourview-legal.com", "tidewater.net", "huaxin-tech.cn", "yunfan.com.cn")
FREE_ZH = ("163.com", "126.com", "qq.com", "foxmail.com", "sina.com", "outlook.com", "139.com")


def _ascii(word: str) -> str:
    """``word`` in small ASCII letters, accents dropped (Antônio -> antonio)."""
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()


def email(ctx: Ctx, lang: str) -> str:
    if lang == "zh" and ctx.chance(0.6):
        if ctx.chance(0.4):
            return f"{ctx.digits(ctx.rng.randrange(6, 11), '123456789')}@qq.com"
        user = str(ctx.faker("zh_CN").user_name())
        return f"{user}{ctx.pick(('', str(ctx.rng.randrange(70, 100)), '_' + ctx.digits(2)))}@{ctx.pick(FREE_ZH)}"
    fake = ctx.faker(ctx.pick(WESTERN))
    if ctx.chance(0.5):
        return str(fake.free_email())
    first, last = _ascii(str(fake.first_name())), _ascii(str(fake.last_name()))
    user = ctx.pick((f"{first}.{last}", f"{first[0]}{last}", f"{first}_{last}{ctx.digits(2)}"))
    user = "".join(c for c in user if c.isascii() and (c.isalnum() or c in "._")) or "mail"
    return f"{user}@{ctx.pick(DOMAINS)}"


PUBLIC_FIRST = (23, 31, 45, 51, 62, 78, 81, 89, 91, 101, 103, 112, 116, 119, 121, 139, 146, 151, 163, 176, 185,
                188, 193, 212, 217, 220, 222)


def ip_address(ctx: Ctx) -> str:
    r = ctx.rng.randrange
    roll = ctx.rng.random()
    if roll < 0.45:
        return f"{ctx.pick(PUBLIC_FIRST)}.{r(0, 256)}.{r(0, 256)}.{r(1, 255)}"
    if roll < 0.85:
        return ctx.pick((f"10.{r(0, 256)}.{r(0, 256)}.{r(2, 255)}", f"192.168.{r(0, 30)}.{r(2, 255)}",
                         f"172.{r(16, 32)}.{r(0, 256)}.{r(2, 255)}"))
    return ip6(ctx)


def ip6(ctx: Ctx) -> str:
    head = ctx.pick(("2408:8207", "240e:3b4", "2a02:8108", "2001:16b8", "2600:1700", "2a01:4f8"))

    def groups(n: int) -> str:
        return ":".join(f"{ctx.rng.randrange(1, 0xffff):x}" for _ in range(n))
    return f"{head}:{groups(1)}::{groups(2)}" if ctx.chance(0.6) else f"{head}:{groups(6)}"
