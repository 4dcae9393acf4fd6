"""PII-free look-alikes for corpus E (``bench/pii_corpus_e.py``): identifiers of commits, images,
builds and requests, versions and OIDs, checksums, base64 blobs of images and fixtures,
placeholder and documented example keys, timestamps, product, order, tracking and invoice
numbers, ISBN/ISSN/DOI, patent and CAS numbers, flights and trains, prices, numbers in maths,
numbers that fail their checksum, public figures and companies, addresses in stack traces.
None of them is PII under data/README.md's conventions. Each slot of a frame maps to a maker.
"""

from __future__ import annotations

import base64
import string
import uuid
from collections.abc import Callable

from bench.pii_corpus_c_negatives import MAKERS as C_LOOKALIKES
from bench.pii_corpus_c_values import CtxC, luhn_digit

HEX = "0123456789abcdef"


def _digits(ctx: CtxC, n: int) -> str:
    return "".join(ctx.pick(string.digits) for _ in range(n))


def _hex(ctx: CtxC, n: int) -> str:
    return "".join(ctx.pick(HEX) for _ in range(n))


def _c(kind: str) -> Callable[[CtxC], str]:
    return lambda ctx: C_LOOKALIKES[kind][0](ctx)


def _date(ctx: CtxC) -> str:
    return f"2026-{ctx.rng.randrange(1, 13):02d}-{ctx.rng.randrange(1, 29):02d}"


def _time(ctx: CtxC) -> str:
    return f"{ctx.rng.randrange(24):02d}:{ctx.rng.randrange(60):02d}:{ctx.rng.randrange(60):02d}"


def semver(ctx: CtxC) -> str:
    core = f"{ctx.rng.randrange(0, 12)}.{ctx.rng.randrange(0, 30)}.{ctx.rng.randrange(0, 40)}"
    return ctx.pick(("v", "", "")) + core + ctx.pick(("", "", "-beta.2", "-rc.1", "+build.517", "-alpha"))


def ipver(ctx: CtxC) -> str:
    """A four-part version whose parts are all below 256, shaped like an IPv4 address."""
    parts = (ctx.rng.randrange(1, 20), ctx.rng.randrange(0, 10), ctx.rng.randrange(0, 255), ctx.rng.randrange(1, 255))
    return ".".join(map(str, parts))


def oid(ctx: CtxC) -> str:
    return ctx.pick(("1.3.6.1.4.1.", "2.16.840.1.", "1.2.840.113549.1.", "2.5.4.")) + ".".join(
        str(ctx.rng.randrange(1, 400)) for _ in range(ctx.rng.randrange(1, 4)))


def b64_image(ctx: CtxC) -> str:
    head = bytes.fromhex("89504e470d0a1a0a0000000d49484452")
    body = bytes(ctx.rng.randrange(256) for _ in range(ctx.pick((24, 36, 48))))
    return "data:image/png;base64," + base64.b64encode(head + body).decode()


def b64_fixture(ctx: CtxC) -> str:
    text = ctx.pick(("hello world", "lorem ipsum dolor sit amet", '{"ok": true, "items": []}', "test fixture 42",
                     "The quick brown fox jumps over the lazy dog"))
    return base64.b64encode(text.encode()).decode()


def bad_card(ctx: CtxC) -> str:
    body = ctx.pick(("4", "5")) + _digits(ctx, 14)
    wrong = str((int(luhn_digit(body)) + ctx.rng.randrange(1, 10)) % 10)
    number = body + wrong
    return ctx.pick((number, " ".join(number[i:i + 4] for i in range(0, 16, 4))))


def ean13(ctx: CtxC) -> str:
    body = ctx.pick(("690", "400", "500", "871", "978")) + _digits(ctx, 9)
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def uscc(ctx: CtxC) -> str:
    """A Chinese unified social credit code of a company (18 characters), with its check character."""
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    body = "91" + ctx.pick(("110000", "310115", "440300", "330106", "350100")) + "".join(
        ctx.pick(chars) for _ in range(9))
    weights = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
    total = sum(chars.index(c) * w for c, w in zip(body, weights))
    return body + chars[(31 - total % 31) % 31]


def issn(ctx: CtxC) -> str:
    body = _digits(ctx, 7)
    check = (11 - sum(int(c) * w for c, w in zip(body, range(8, 1, -1))) % 11) % 11
    return f"{body[:4]}-{body[4:]}{'X' if check == 10 else check}"


def cas(ctx: CtxC) -> str:
    body = str(ctx.rng.randrange(50, 999999))
    mid = _digits(ctx, 2)
    digits = body + mid
    check = sum(int(c) * (i + 1) for i, c in enumerate(reversed(digits))) % 10
    return f"{body}-{mid}-{check}"


PLACEHOLDERS = ("sk-...", "YOUR_API_KEY", "<YOUR_TOKEN>", "xxxxxxxxxxxxxxxx", "sk-xxxxxxxxxxxxxxxxxxxxxxxx",
                "${OPENAI_API_KEY}", "changeme", "<password>", "REPLACE_ME", "{{ secrets.API_TOKEN }}",
                "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
                "your-secret-here", "********", "%DB_PASS%", "os.environ['API_KEY']")
PUBLIC = ("Satya Nadella", "Sundar Pichai", "Greta Thunberg", "Cristiano Ronaldo", "Marie Curie", "Albert Einstein",
          "Emmanuel Macron", "Olaf Scholz", "Rishi Sunak", "Lee Hsien Loong", "Jay Chou", "Jackie Chan",
          "Elizabeth Bennet", "Atticus Finch", "Hermione Granger", "屠呦呦", "袁隆平", "钱学森", "张艺谋", "莫言",
          "贾宝玉", "诸葛亮")
COMPANIES = ("Deutsche Bank", "HSBC", "DBS Bank", "Tencent", "Alibaba Group", "Siemens AG", "Carrefour",
             "Banco Santander", "Toyota", "Foxconn", "招商银行", "中国移动", "顺丰速运", "台积电")

LOOKALIKES: dict[str, Callable[[CtxC], str]] = {
    "sha": lambda ctx: _hex(ctx, 40), "short_sha": lambda ctx: _hex(ctx, ctx.pick((7, 8, 10))),
    "digest": lambda ctx: "sha256:" + _hex(ctx, 64), "md5": lambda ctx: _hex(ctx, 32),
    "sha256": lambda ctx: _hex(ctx, 64), "uuid": lambda ctx: str(uuid.UUID(int=ctx.rng.getrandbits(128))),
    "build": lambda ctx: str(ctx.rng.randrange(1000, 99999)), "runid": lambda ctx: "1" + _digits(ctx, 9),
    "job": lambda ctx: f"job-{_date(ctx).replace('-', '')}-{_digits(ctx, 4)}",
    "semver": semver, "ipver": ipver, "oid": oid, "b64img": b64_image, "b64fix": b64_fixture,
    "placeholder": lambda ctx: ctx.pick(PLACEHOLDERS),
    "epoch": lambda ctx: str(ctx.rng.randrange(1_500_000_000, 1_900_000_000)),
    "epochms": lambda ctx: str(ctx.rng.randrange(1_500_000_000_000, 1_900_000_000_000)),
    "iso": lambda ctx: f"{_date(ctx)}T{_time(ctx)}.{_digits(ctx, 3)}Z",
    "logts": lambda ctx: f"{_date(ctx)} {_time(ctx)},{_digits(ctx, 3)}",
    "clock": lambda ctx: f"{ctx.rng.randrange(24):02d}:{ctx.rng.randrange(60):02d}",
    "date": _date, "sku": _c("sku"), "ean": ean13,
    "asin": lambda ctx: "B0" + "".join(ctx.pick(string.ascii_uppercase + string.digits) for _ in range(8)),
    "order": _c("order"), "track": _c("tracking"), "inv": _c("invoice"),
    "ups": lambda ctx: "1Z" + "".join(ctx.pick(string.ascii_uppercase + string.digits) for _ in range(16)),
    "isbn": _c("isbn"), "issn": issn,
    "doi": lambda ctx: f"10.{ctx.rng.randrange(1000, 9999)}/{ctx.pick(('s', 'j.', 'nature'))}{_digits(ctx, 5)}-"
                       f"{_digits(ctx, 3)}-{_digits(ctx, 4)}-{ctx.rng.randrange(10)}",
    "patent": lambda ctx: ctx.pick((f"US {ctx.rng.randrange(7, 12)},{_digits(ctx, 3)},{_digits(ctx, 3)} B2",
                                    f"EP {ctx.rng.randrange(1, 4)} {_digits(ctx, 3)} {_digits(ctx, 3)} A1",
                                    f"CN{_digits(ctx, 9)}A", f"WO 20{ctx.rng.randrange(10, 26)}/{_digits(ctx, 6)}")),
    "cas": cas, "flight": _c("flight"),
    "train": lambda ctx: ctx.pick(("G", "D", "K", "ICE ", "TGV ", "IC ")) + str(ctx.rng.randrange(10, 9999)),
    "price": _c("amount"), "qty": lambda ctx: str(ctx.rng.randrange(1, 500)),
    "mathnum": lambda ctx: ctx.pick(("1", "4", "9")) + _digits(ctx, ctx.pick((9, 10, 11))),
    "badcard": bad_card, "badiban": _c("bad_iban"), "badid": _c("bad_id"),
    "public": lambda ctx: ctx.pick(PUBLIC), "company": lambda ctx: ctx.pick(COMPANIES),
    "handle": lambda ctx: "@" + ctx.pick(("devops-bot", "jenkins", "oncall", "release_train", "pm_team", "infra",
                                          "mods", "helpdesk", "qa-night")),
    "hexaddr": lambda ctx: "0x" + ctx.pick(("7ff", "55d", "000")) + _hex(ctx, 9),
    "errcode": lambda ctx: ctx.pick(("0x80070005", "0xC0000005", "E1102", "ORA-00942", "ERR_CONNECTION_RESET",
                                     "HTTP 502", "errno 111")),
    "port": lambda ctx: str(ctx.pick((80, 443, 5432, 6379, 8080, 3306, 9200, 5672))),
    "ms": lambda ctx: str(ctx.rng.randrange(2, 9000)), "line": lambda ctx: str(ctx.rng.randrange(10, 2000)),
    "localip": lambda ctx: ctx.pick(("127.0.0.1", "0.0.0.0", "localhost", "::1")),
    "uscc": uscc, "pct": lambda ctx: f"{ctx.rng.randrange(1, 100)}.{ctx.rng.randrange(10)}%",
    "pickup": lambda ctx: f"{ctx.rng.randrange(1, 9)}-{ctx.rng.randrange(1, 9)}-{_digits(ctx, 4)}",
    "ticket": lambda ctx: ctx.pick(("INC", "REQ", "JIRA-", "OPS-")) + _digits(ctx, ctx.pick((4, 6, 7))),
    "rfc": lambda ctx: f"{ctx.pick(('Mon', 'Tue', 'Wed', 'Thu', 'Fri'))}, {ctx.rng.randrange(1, 29):02d} "
                       f"{ctx.pick(('Jan', 'Mar', 'Jun', 'Sep', 'Nov', 'Dec'))} 2026 {ctx.rng.randrange(24):02d}:"
                       f"{ctx.rng.randrange(60):02d}:{ctx.rng.randrange(60):02d} +0{ctx.rng.randrange(10)}00",
    "clock2": lambda ctx: f"{ctx.rng.randrange(24):02d}{ctx.rng.randrange(60):02d}",
    "domain": lambda ctx: ctx.pick(("acme-corp.com", "contoso.de", "globex.co.uk", "initech.fr", "example.org")),
    "color": lambda ctx: "#" + _hex(ctx, 6), "temp": lambda ctx: str(ctx.rng.randrange(16, 30)),
}
