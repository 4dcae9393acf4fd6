"""Values published as examples, which belong to no one: test card numbers of the payment
processors' documentation (Stripe, Braintree, Adyen), the IBAN registry's and banks' example
IBANs, the specimen SSNs (the 1938 Woolworth wallet card, the SSA's advertising number), the ICAO
specimen passport, HMRC's specimen NI number, Plaid's sandbox account and AWS's example key.

A detected value that is one of them (separators aside) is dropped only when its sentence calls
it one ("test card", "example", "specimen", "sample", "sandbox", "示例", "测试"): people also use
these numbers as stand-ins for their own in what they send, and a stand-in for private data is
masked like the data."""

from __future__ import annotations

import re

from duet.router.privacy.scan import Hit
from duet.router.privacy.sentences import sentence_end, sentence_start

SPECIMENS = frozenset("""
4242424242424242 4000056655665556 5555555555554444 2223003122003222 5200828282828210 5105105105105100
378282246310005 371449635398431 6011111111111117 6011000990139424 3056930009020004 36227206271667
3566002020360505 6200000000000005 4000000000000002 4000000000009995 4012888888881881 5431111111111111
6011601160116611 378734493671000 6011000000000012 3530111333300000 3566111111111113 30569309025904
38520000023237 4000002500003155 4000000000003220 4000002760003184 6205500000000000004 6250941006528599
DE89370400440532013000 GB82WEST12345698765432 GB29NWBK60161331926819 FR1420041010050500013M02606
NL91ABNA0417164300 ES9121000418450200051332 IT60X0542811101000000123456 CH9300762011623852957
AT611904300234573201 PL61109010140000071219812874 DK5000400440116243 SE4550000000058398257466
078051120 219099999 457555462 L898902C3 QQ123456C 1111222233330000 011401533 AKIAIOSFODNN7EXAMPLE
""".split())


def _plain(value: str) -> str:
    return "".join(c for c in value if c.isalnum()).upper()


_CALLED_EXAMPLE = re.compile(r"(?<![a-z])(?:test|testing|example|examples|specimen|sample|sandbox|dummy|documented|"
                             r"tutorials?|docs|documentation)(?![a-z])|示例|测试|样例|例子|教程|文档|範例|測試", re.I)


def _called_example(text: str, start: int, end: int) -> bool:
    return _CALLED_EXAMPLE.search(text, sentence_start(text, start, 120), sentence_end(text, end, 120)) is not None


def without_specimens(text: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` less the values published as examples, in a sentence that says so."""
    return [hit for hit in hits if _plain(text[hit[1]:hit[2]]) not in SPECIMENS or not _called_example(text, hit[1], hit[2])]
