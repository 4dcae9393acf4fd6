"""Secrets for corpus H (``bench/pii_corpus_h.py``) of providers and shapes corpora F and G do not
write: Azure storage keys, Datadog, New Relic, Mailchimp, Discord, Okta, Linear, Notion, Vault,
Doppler, Postman, Figma, GitLab deploy, Grafana, Pulumi, age, Supabase, Google OAuth client
secrets, Firebase server keys, DashScope, WeChat Pay API v3, 企业微信 corpsecret, 七牛, 华为云 and
火山引擎 keys, Baidu and Amap map keys. Passwords as people set them, and passwords fit to sit in a
connection-string URL (no ``@ : / ? # %``).
"""

from __future__ import annotations

import string
from collections.abc import Callable

from bench.pii_corpus_f_values import Ctx

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
URLSAFE = ALNUM + "-_"


def key_h(ctx: Ctx) -> str:
    """A token of a provider F and G do not write."""
    c = ctx.chars
    shapes: tuple[Callable[[], str], ...] = (
        lambda: c(86, B64) + "==", lambda: c(32, HEX), lambda: "NRAK-" + c(27, string.ascii_uppercase + string.digits),
        lambda: c(32, HEX) + "-us" + str(ctx.rng.randrange(2, 22)),
        lambda: f"M{c(1, 'TQ')}{c(24, ALNUM)}.{c(6, URLSAFE)}.{c(38, URLSAFE)}", lambda: "00" + c(40, URLSAFE),
        lambda: "lin_api_" + c(40, ALNUM), lambda: "secret_" + c(43, ALNUM), lambda: "ntn_" + c(46, ALNUM),
        lambda: "hvs." + c(24, ALNUM), lambda: "dp.st.prd." + c(40, ALNUM),
        lambda: f"PMAK-{c(24, HEX)}-{c(34, HEX)}", lambda: "figd_" + c(40, URLSAFE), lambda: "gldt-" + c(20, URLSAFE),
        lambda: f"glsa_{c(32, ALNUM)}_{c(8, HEX)}", lambda: "pul-" + c(40, HEX),
        lambda: "AGE-SECRET-KEY-1" + c(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"), lambda: "sbp_" + c(40, HEX),
        lambda: "GOCSPX-" + c(28, URLSAFE), lambda: f"AAAA{c(7, URLSAFE)}:APA91b{c(134, URLSAFE)}",
        lambda: "sk-svcacct-" + c(64, URLSAFE), lambda: "sk-ant-admin01-" + c(80, URLSAFE))
    return ctx.pick(shapes)()


def azure_key(ctx: Ctx) -> str:
    """An Azure storage account key: 86 base64 characters and ``==``."""
    return ctx.chars(86, B64) + "=="


def cn_key(ctx: Ctx) -> str:
    """A secret of a Chinese platform: DashScope, WeChat Pay API v3, 企业微信, 七牛, 华为云, 火山引擎,
    Baidu Maps and Amap keys, 钉钉 app secrets."""
    c = ctx.chars
    shapes: tuple[Callable[[], str], ...] = (
        lambda: "sk-" + c(32, HEX), lambda: c(32, ALNUM), lambda: c(43, URLSAFE), lambda: c(40, URLSAFE),
        lambda: c(40, string.ascii_uppercase + string.digits), lambda: "AKLT" + c(44, URLSAFE),
        lambda: c(32, ALNUM), lambda: c(32, HEX), lambda: c(64, URLSAFE))
    return ctx.pick(shapes)()


STEMS = ("Kolkata", "Lagos", "Sakura", "Seoul", "Utrecht", "Monterrey", "Habibi", "Jollof", "Pho", "Ajax", "Chelsea",
         "Bismillah", "Jesus", "Blessed", "Iloveyou", "Mama", "Princess", "Football", "Shadow", "Xiaobao", "Wangcai")


def password_h(ctx: Ctx) -> str:
    """A password as people set them: a word and a year and a mark, a word with letters swapped
    for digits, or random characters."""
    roll = ctx.rng.random()
    if roll < 0.35:
        return ctx.pick(STEMS) + ctx.pick(("", "@", "_", "#", "!")) + str(ctx.rng.randrange(1960, 2026)) + ctx.pick(
            ("", "!", "$", "*", "?"))
    if roll < 0.55:
        word = ctx.pick(STEMS).replace("a", "@").replace("o", "0").replace("e", "3").replace("i", "1")
        return word + ctx.digits(ctx.pick((2, 3))) + ctx.pick("!#&*")
    return ctx.chars(1, string.ascii_letters) + ctx.chars(ctx.rng.randrange(11, 22), ALNUM + "!#%&*+-=?^_~")


def url_password(ctx: Ctx) -> str:
    """A password that can sit in a connection-string URL or a ``key=value;`` string as it is."""
    if ctx.chance(0.4):
        return ctx.pick(STEMS) + ctx.digits(ctx.pick((3, 4))) + ctx.pick(("", "!", "_", "-", "~"))
    middle = ctx.chars(ctx.rng.randrange(11, 24), ALNUM + "-_.~!*")
    return ctx.chars(1, string.ascii_letters) + middle + ctx.chars(1, ALNUM)
