"""Values published as examples, which belong to no one: test card numbers of the payment
processors' documentation (Stripe, Braintree, Adyen), the IBAN registry's and banks' example
IBANs, the specimen SSNs (the 1938 Woolworth wallet card, the SSA's advertising number), the ICAO
specimen passport, HMRC's specimen NI number, Plaid's sandbox account and AWS's example key; the
numbers and addresses set aside for fiction and documentation (Ofcom's drama ranges, 555-01xx,
RFC 5737's addresses).

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
4111111111111111 5500000000000004 340000000000009 30000000000004 000123456789 110000000 000111111116
11010519491231002X BE71096123456769 BE68539007547034 LU280019400644750000
ANNAMARIAERIKSSON ERIKAMUSTERMANN MAXMUSTERMANN JOHNDOE JANEDOE JOHNQPUBLIC HAPPYTRAVELLER
""".split())  # (the last line: the specimen names of the ICAO passport, the German ID card and forms)
# Numbers set aside for fiction: Ofcom's drama ranges (07700 900xxx, 01632 960xxx, 020 7946 0xxx,
# 0113-0191 496 0xxx) and the North American 555-0100 to 555-0199.
_DOCUMENTATION_IPS = ("192.0.2.", "198.51.100.", "203.0.113.", "2001:db8:")  # RFC 5737's and RFC 3849's ranges
_FICTIONAL_PHONE = re.compile(r"(?:44|0)(?:7700900|1632960|2079460|1[1-9][1-9]4960|1[1-9]14960)[0-9]{3}|(?:1?[0-9]{3})?55501[0-9]{2}")


def _plain(value: str) -> str:
    return _NOT_ALNUM.sub("", value).upper()


_NOT_ALNUM = re.compile(r"[\W_]+")


_CALLED_EXAMPLE = re.compile(r"(?<![a-z@.])(?:test|testing|example|examples|specimen|sample|sandbox|dummy|documented|"
                             r"tutorials?|docs|documentation|fictional|fictitious|woolworth|wallet card)(?![a-z])(?!\.[a-z])|"
                             r"示例|测试|样例|样本|例子|教程|文档|範例|測試|虚构|虛構", re.I)
# A number from the ranges set aside for fiction is dropped only when the sentence is about fiction.
_CALLED_FICTION = re.compile(r"(?<![a-z])(?:fictional|fictitious|made-up|tv|films?|movies?|scripts?|drama|shows?|"
                             r"sitcoms?|novels?)(?![a-z])|虚构|虛構|影视|影視|剧本|劇本|电视剧|電視劇|电影|電影", re.I)


def _called(words: re.Pattern[str], text: str, start: int, end: int) -> bool:
    return words.search(text, sentence_start(text, start, 120), sentence_end(text, end, 120)) is not None


def without_specimens(text: str, hits: list[Hit], kinds: frozenset[str] = frozenset()) -> list[Hit]:
    """``hits`` less the values published as examples, in a sentence that says so; ``kinds``:
    look only at hits of these kinds (all kinds when empty). The values are looked up first (a
    set lookup each); the sentence is read only for one that is published."""
    dropped = []
    for kind, start, end in hits:
        if (kinds and kind not in kinds) or kind not in _SPECIMEN_KINDS or end - start > _LONGEST:
            continue
        plain = _plain(text[start:end])
        if (_published(kind, plain, text[start:end]) and _called(_CALLED_EXAMPLE, text, start, end)) or (
                kind == "phone" and _FICTIONAL_PHONE.fullmatch(plain) is not None and _called(_CALLED_FICTION, text, start, end)):
            dropped.append((start, end))
    # (and what was read inside one: the "0417 1643 00" of the example IBAN "NL91 ABNA 0417 1643 00")
    return [hit for hit in hits if not any(s <= hit[1] and hit[2] <= e for s, e in dropped)] if dropped else hits


_SPECIMEN_KINDS = frozenset({"credit_card", "bank_account", "iban", "passport", "national_id", "api_key_secret", "phone",
                             "ip_address", "cn_resident_id", "person_name"})
_LONGEST = 40  # characters: no specimen is longer


def _published(kind: str, plain: str, value: str) -> bool:
    return plain in SPECIMENS or (kind == "ip_address" and value.startswith(_DOCUMENTATION_IPS))
