"""PII-free look-alikes for corpus C: order, invoice and tracking numbers, versions, hashes,
ISBNs, flight numbers, timestamps, UUIDs, amounts, codes, and numbers that fail their checksum,
each in a frame that names it as what it is (or in no frame at all).
"""

from __future__ import annotations

import string
import uuid
from collections.abc import Callable

from bench.pii_corpus_c_frames import part_of
from bench.pii_corpus_c_values import CtxC, luhn_digit


def _digits(ctx: CtxC, n: int) -> str:
    return "".join(ctx.pick(string.digits) for _ in range(n))


def _bad_luhn(ctx: CtxC) -> str:
    body = ctx.pick(("4", "5", "6")) + _digits(ctx, 14)
    good = luhn_digit(body)
    return body + str((int(good) + ctx.rng.randrange(1, 10)) % 10)


def _bad_id(ctx: CtxC) -> str:
    value = str(ctx.faker("zh_CN").ssn())
    last = value[-1]
    wrong = ctx.pick([c for c in "0123456789X" if c != last])
    return value[:-1] + wrong


def _bad_iban(ctx: CtxC) -> str:
    value = str(ctx.faker(ctx.pick(("de_DE", "fr_FR", "nl_NL"))).iban())
    check = int(value[2:4])
    return value[:2] + f"{(check + ctx.rng.randrange(1, 50)) % 100:02d}" + value[4:]


def _isbn(ctx: CtxC) -> str:
    return str(ctx.faker("en_US").isbn13())


def _hash(ctx: CtxC) -> str:
    n = ctx.pick((7, 12, 32, 40, 64))
    return "".join(ctx.pick("0123456789abcdef") for _ in range(n))


MAKERS: dict[str, tuple[Callable[[CtxC], str], list[str], list[str]]] = {
    # kind: (value maker, English names, Chinese names)
    "order": (lambda ctx: ctx.pick(("", "", "SO", "DD")) + "20" + _digits(ctx, ctx.pick((14, 16, 17))),
              ["order", "order no.", "order #", "PO"], ["订单号", "订单编号", "单号"]),
    "invoice": (lambda ctx: ctx.pick(("INV-", "INV", "FP", "No.")) + "2024" + _digits(ctx, 6),
                ["invoice", "invoice id", "bill no"], ["发票号", "发票号码"]),
    "tracking": (lambda ctx: ctx.pick(("SF", "YT", "JD", "1Z", "ZTO")) + _digits(ctx, ctx.pick((12, 13, 15))),
                 ["tracking number", "tracking", "parcel", "waybill"], ["快递单号", "运单号", "物流单号"]),
    "version": (lambda ctx: f"{ctx.rng.randrange(0, 20)}.{ctx.rng.randrange(0, 40)}.{ctx.rng.randrange(0, 300)}"
                + ctx.pick(("", "", ".1", "-rc1", ".0.4")), ["version", "release", "build"], ["版本", "版本号"]),
    "hash": (_hash, ["commit", "sha", "checksum", "md5"], ["提交", "哈希", "校验值"]),
    "isbn": (_isbn, ["ISBN", "isbn"], ["ISBN", "书号"]),
    "flight": (lambda ctx: ctx.pick(("CA", "MU", "CZ", "LH", "BA", "UA", "AF", "HU", "3U")) + str(
        ctx.rng.randrange(100, 9999)), ["flight", "flight no"], ["航班", "航班号"]),
    "timestamp": (lambda ctx: ctx.pick((str(ctx.rng.randrange(1500000000, 1800000000)),
                                        f"2024-{ctx.rng.randrange(1, 13):02d}-{ctx.rng.randrange(1, 29):02d}T"
                                        f"{ctx.rng.randrange(0, 24):02d}:{ctx.rng.randrange(0, 60):02d}:00Z",
                                        "2025" + _digits(ctx, 10))), ["timestamp", "ts", "at"], ["时间戳", "时间"]),
    "uuid": (lambda ctx: str(uuid.UUID(int=ctx.rng.getrandbits(128))), ["request id", "trace id", "uuid"],
             ["请求ID", "追踪ID"]),
    "amount": (lambda ctx: ctx.pick(("¥", "$", "€", "")) + f"{ctx.rng.randrange(1000, 9999999):,}" + ctx.pick(
        (".00", "", ".50")), ["total", "amount", "price"], ["金额", "总价", "合计"]),
    "code": (lambda ctx: _digits(ctx, 6), ["verification code", "OTP", "code"], ["验证码", "取件码"]),
    "bad_card": (_bad_luhn, ["reference", "serial", "ticket"], ["编号", "流水号", "序列号"]),
    "bad_id": (_bad_id, ["batch", "lot"], ["批次号", "编码"]),
    "bad_iban": (_bad_iban, ["sample code", "ref"], ["示例编码"]),
    "room": (lambda ctx: f"{ctx.rng.randrange(1, 40)}{ctx.rng.randrange(1, 30):02d}", ["room", "gate", "seat"],
             ["房间", "会议室", "座位"]),
    "sku": (lambda ctx: ctx.pick(("SKU-", "B0", "X")) + _digits(ctx, 8), ["sku", "item", "ASIN"], ["商品编码", "货号"]),
    "ipver": (lambda ctx: f"{ctx.rng.randrange(1, 5)}.{ctx.rng.randrange(0, 20)}.{ctx.rng.randrange(0, 20)}."
              f"{ctx.rng.randrange(0, 999)}", ["chrome version", "firmware", "driver"], ["固件版本", "驱动版本"]),
}

FRAMES = {
    "en": ["where is my {k} {v}?", "{k}: {v}", "the {k} is {v}, any update?", "cancel {k} {v} pls",
           "{v} ({k}) still shows pending", "Why does {k} {v} fail?", "log: {k}={v} status=ok",
           "compare {k} {v} with yesterday's", "{v}", "see {k} #{v}", "{k} {v} -- ignore the rest",
           "Summarise: {k} {v} was processed twice."],
    "zh": ["{k}{v}到哪了", "{k}：{v}", "查一下{k}{v}", "{k}是{v}，什么时候发货", "{v}这个{k}有问题吗",
           "帮我取消{k}{v}", "{k}【{v}】", "{v}", "日志里{k}={v}", "{k}{v}已经处理了吗？", "看看{k}：{v}，谢谢",
           "{k}为{v}的记录重复了"],
}


def negative(ctx: CtxC, lang: str, part: str) -> str:
    """One PII-free prompt with one to three look-alikes."""
    pieces = []
    for _ in range(ctx.pick((1, 1, 1, 2, 3))):
        kind = ctx.pick(sorted(MAKERS))
        make, en, zh = MAKERS[kind]
        frame = ctx.pick(part_of(FRAMES[lang], part))
        keyword = ctx.pick(zh if lang == "zh" else en)
        pieces.append(frame.replace("{k}", keyword).replace("{v}", make(ctx)))
    return ("" if lang == "zh" else " ").join(pieces)
