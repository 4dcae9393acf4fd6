"""Fillers for corpus F (``bench/pii_corpus_f.py``): values that are not personal data and are
never labelled. They give frames their context (companies, hospitals, amounts, dates that are
not birth dates, flights) and are the look-alikes of PII-free items: order, tracking and invoice
numbers, ISBNs and EANs with right check digits, version strings shaped like IP addresses,
hashes, UUIDs, timestamps, big numbers, card-like test numbers that fail Luhn, 18-digit numbers
that fail the resident-ID check, placeholders, famous people, company names.
"""

from __future__ import annotations

import datetime as dt
import string
import uuid
from collections.abc import Callable

from bench.pii_corpus_c_values import luhn_digit
from bench.pii_corpus_f_values import Ctx, cn_id_check
from bench.pii_corpus_values import group

COMPANIES = ("Northwind Traders", "Acme Logistics Ltd", "Bluebird Dental Group", "Harbour & Finch LLP", "Siemens",
             "Deutsche Bahn", "Tesco", "Brightpath Analytics", "Kestrel Freight", "Lumen Health", "Orchard Lane Foods",
             "IKEA", "Vodafone", "Zalando", "Maersk")
CN_COMPANIES = ("杭州云帆网络科技有限公司", "深圳市启明星电子有限公司", "上海禾木餐饮管理有限公司", "北京恒信达物流有限公司",
                "成都蓝海教育咨询有限公司", "广州市锦程贸易有限公司", "华为", "京东", "美团", "顺丰速运")
HOSPITALS = ("北京协和医院", "复旦大学附属中山医院", "四川大学华西医院", "浙江大学医学院附属第一医院", "中山大学附属第一医院",
             "上海市第六人民医院", "武汉协和医院", "南京鼓楼医院")
HOTELS = ("Premier Inn London Bridge", "Hotel Arts Barcelona", "Hilton Garden Inn Frankfurt", "Park Hyatt Tokyo",
          "Marina Bay Sands", "The Hoxton, Amsterdam", "Ibis Paris Gare de Lyon")
CN_HOTELS = ("全季酒店(上海虹桥店)", "亚朵酒店(杭州西湖店)", "汉庭酒店(成都春熙路店)", "北京国贸大酒店", "广州白天鹅宾馆",
             "如家酒店(南京新街口店)")
CITIES = ("Lisbon", "Manchester", "Denver", "Rotterdam", "Lyon", "Osaka", "Melbourne", "Toronto", "Krakow")
CN_CITIES = ("杭州", "成都", "西安", "厦门", "青岛", "长沙", "苏州", "重庆", "大连", "昆明")
ROADS = ("天府大道", "深南大道", "长安街", "延安高架", "中山路", "解放大道", "北四环")
FAMOUS = ("Albert Einstein", "Marie Curie", "Jane Austen", "Charles Dickens", "Ada Lovelace", "Abraham Lincoln",
          "Leonardo da Vinci", "Frida Kahlo", "Nelson Mandela", "Isaac Newton", "Virginia Woolf", "Mark Twain",
          "Alan Turing", "Florence Nightingale", "Winston Churchill", "Serena Williams", "Lionel Messi",
          "Agatha Christie", "Vincent van Gogh", "Barack Obama", "Taylor Swift", "Haruki Murakami")
CN_FAMOUS = ("鲁迅", "李白", "杜甫", "苏轼", "孔子", "屠呦呦", "钱学森", "袁隆平", "莫言", "张爱玲", "林徽因", "梁启超",
             "金庸", "姚明", "郎朗", "王羲之", "曹雪芹", "诸葛亮", "周杰伦", "刘慈欣", "杨振宁", "邓丽君")
MODELS = ("ThinkPad X1 Carbon Gen 11", "MacBook Pro 14 M3", "Dell XPS 13 9340", "Galaxy S24 SM-S9210",
          "RTX 4070 Ti", "Sony WH-1000XM5", "Kindle Paperwhite 11th gen", "Bosch WAX32M41", "Dyson V15 SV47")
CN_MODELS = ("BCD-470WDPDU1", "小米14 Ultra", "华为 Mate 60 Pro", "格力 KFR-35GW", "美的 MB-FB40M141", "大疆 Mini 4 Pro",
             "海尔 EG100MATE2S")
AIRLINES = ("CA", "MU", "CZ", "HU", "BA", "LH", "AF", "KL", "SQ", "CX", "UA", "DL", "EK", "QR")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
PLACEHOLDERS = ("<YOUR_API_KEY>", "sk-xxxxxxxxxxxxxxxxxxxxxxxx", "changeme", "REPLACE_ME", "your-password-here",
                "<TOKEN>", "xxxx-xxxx-xxxx", "${DB_PASSWORD}", "********", "<redacted>")


def _date(ctx: Ctx) -> dt.date:
    return ctx.next_day()


def event_date(ctx: Ctx) -> str:
    d = _date(ctx)
    return ctx.pick((f"{d.day} {MONTHS[d.month - 1]} {d.year}", d.isoformat(), f"{MONTHS[d.month - 1]} {d.day}",
                     f"{d.day:02d}/{d.month:02d}/{d.year}", f"{MONTHS[d.month - 1]} {d.day}, {d.year}"))


def cn_date(ctx: Ctx) -> str:
    d = _date(ctx)
    return ctx.pick((f"{d.year}年{d.month}月{d.day}日", f"{d.month}月{d.day}日", d.isoformat(), f"{d.year}.{d.month}.{d.day}"))


def clock(ctx: Ctx) -> str:
    h, m = ctx.rng.randrange(6, 23), ctx.pick((0, 5, 10, 15, 20, 30, 35, 40, 45, 50, 55))
    return ctx.pick((f"{h:02d}:{m:02d}", f"{h:02d}:{m:02d}", f"{(h - 1) % 12 + 1}:{m:02d}{'am' if h < 12 else 'pm'}"))


def amount(ctx: Ctx) -> str:
    value = ctx.rng.randrange(1200, 980000) / 100
    return ctx.pick((f"£{value:,.2f}", f"${value:,.2f}", f"€{value:,.2f}", f"EUR {value:,.2f}", f"USD {value:,.0f}"))


def cn_amount(ctx: Ctx) -> str:
    value = ctx.rng.randrange(1200, 2000000) / 100
    return ctx.pick((f"¥{value:,.2f}", f"{value:.0f}元", f"人民币 {value:,.2f} 元", f"{value:.2f}"))


def not_luhn(ctx: Ctx, n: int, first: str = "123456789") -> str:
    """``n`` digits whose last digit is not their Luhn check digit."""
    body = ctx.digits(n - 1, first)
    right = luhn_digit(body)
    return body + ctx.pick([d for d in string.digits if d != right])


def not_resident_id(ctx: Ctx) -> str:
    """18 digits that fail the resident-ID check (an order number that looks like an ID)."""
    body = ctx.digits(17, "123456789")
    right = cn_id_check(body)
    return body + ctx.pick([d for d in string.digits if d != right])


def isbn(ctx: Ctx) -> str:
    body = ctx.pick(("9787", "9780", "9781", "9783")) + ctx.digits(8)
    check = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10
    value = body + str(check)
    return ctx.pick((value, f"{value[:3]}-{value[3]}-{value[4:7]}-{value[7:12]}-{value[12]}"))


def ean(ctx: Ctx) -> str:
    body = ctx.pick(("690", "692", "693", "695", "400", "401", "500", "871")) + ctx.digits(9)
    check = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10
    return body + str(check)


def version(ctx: Ctx) -> str:
    r = ctx.rng.randrange
    return ctx.pick((f"{r(1, 20)}.{r(0, 9)}.{r(0, 4)}.{r(10, 300)}", f"v{r(1, 5)}.{r(0, 40)}.{r(0, 12)}",
                     f"{r(2, 18)}.{r(0, 9)}.{r(0, 9)}", f"{r(1, 12)}.{r(0, 3)}.{r(0, 2)}.{r(1000, 9999)}"))


def tracking(ctx: Ctx) -> str:
    return ctx.pick(("1Z" + ctx.chars(6, string.ascii_uppercase + string.digits) + ctx.digits(10),
                     ctx.digits(12, "4567"), group("9400" + ctx.digits(18), (4,) * 6, " "),
                     ctx.chars(2, "CELRV") + ctx.digits(9) + "GB", "JJD" + ctx.digits(18, "0")))


def cn_tracking(ctx: Ctx) -> str:
    return ctx.pick(("SF" + ctx.digits(13, "1"), "YT" + ctx.digits(13, "7"), "JT" + ctx.digits(13, "5"),
                     "JD" + ctx.chars(3, "ABCDVX") + ctx.digits(10), "7" + ctx.digits(13)))


def order(ctx: Ctx) -> str:
    return ctx.pick((f"{ctx.digits(3, '1')}-{ctx.digits(7)}-{ctx.digits(7)}", f"ORD-{_date(ctx).year}-{ctx.digits(7, '0')}",
                     "#" + ctx.digits(6, "123456789"), f"{ctx.chars(2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{ctx.digits(8)}"))


def uscc(ctx: Ctx) -> str:
    """A company's unified social credit code (not personal)."""
    return "91" + ctx.pick(("110105", "310115", "440300", "330106", "510100")) + ctx.chars(
        10, "0123456789ABCDEFGHJKLMNPQRTUWXY")


def flight(ctx: Ctx) -> str:
    return ctx.pick(AIRLINES) + ctx.pick(("", " ")) + str(ctx.rng.randrange(11, 9899))


def epoch(ctx: Ctx) -> str:
    secs = 1_700_000_000 + ctx.rng.randrange(90_000_000)
    return str(secs) if ctx.chance(0.5) else str(secs * 1000 + ctx.rng.randrange(1000))


def sha(ctx: Ctx, n: int) -> str:
    return ctx.chars(n, "0123456789abcdef")


def uuid4(ctx: Ctx) -> str:
    return str(uuid.UUID(int=ctx.rng.getrandbits(128), version=4))


def bignum(ctx: Ctx) -> str:
    n = ctx.rng.randrange(9, 20)
    return not_luhn(ctx, n) if n >= 13 else ctx.digits(n, "123456789")


def lookalike_card(ctx: Ctx) -> str:
    return group(not_luhn(ctx, 16, "4"), (4, 4, 4, 4), ctx.pick((" ", "-", "")))


def iso_ts(ctx: Ctx) -> str:
    d = _date(ctx)
    return f"{d.isoformat()}T{ctx.rng.randrange(24):02d}:{ctx.rng.randrange(60):02d}:{ctx.rng.randrange(60):02d}Z"


def cn_time(ctx: Ctx) -> str:
    """A chat timestamp; the times of one item run forward."""
    h, m = ctx.next_minute()
    return f"{ctx.day.month}/{ctx.day.day} {h:02d}:{m:02d}" if ctx.chance(0.3) else f"{h:02d}:{m:02d}"


def _const(values: tuple[str, ...]) -> Callable[[Ctx], str]:
    return lambda ctx: ctx.pick(values)


FILLERS: dict[str, Callable[[Ctx], str]] = {
    "company": _const(COMPANIES), "cncompany": _const(CN_COMPANIES), "cnhospital": _const(HOSPITALS),
    "hotel": _const(HOTELS), "cnhotel": _const(CN_HOTELS), "city": _const(CITIES), "cncity": _const(CN_CITIES),
    "road": _const(ROADS), "famous": _const(FAMOUS), "cnfamous": _const(CN_FAMOUS), "model": _const(MODELS),
    "cnmodel": _const(CN_MODELS), "placeholder": _const(PLACEHOLDERS),
    "localip": _const(("127.0.0.1", "0.0.0.0", "localhost")),
    "date": event_date, "cndate": cn_date, "time": clock, "cntime": cn_time, "ts": iso_ts, "amount": amount,
    "cnamount": cn_amount, "order": order, "tborder": lambda ctx: not_luhn(ctx, 19, "23"),
    "jdorder": lambda ctx: ctx.digits(12, "123"), "order18": not_resident_id, "tracking": tracking,
    "sf": cn_tracking, "invoice": lambda ctx: f"INV-{_date(ctx).year}-{ctx.digits(5, '0')}",
    "fpno": lambda ctx: ctx.digits(20, "2"), "flight": flight,
    "cntrain": lambda ctx: ctx.pick("GGGDDKZ") + str(ctx.rng.randrange(1, 7999)),
    "isbn": isbn, "ean": ean, "version": version, "sha": lambda ctx: sha(ctx, ctx.pick((7, 40))),
    "sha256": lambda ctx: sha(ctx, 64), "uuid": uuid4, "epoch": epoch, "bignum": bignum, "testcard": lookalike_card,
    "uscc": uscc, "pnr": lambda ctx: ctx.chars(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"),
    "seat": lambda ctx: f"{ctx.rng.randrange(1, 60)}{ctx.pick('ABCDEFHJK')}",
    "ticket": lambda ctx: ctx.pick(("#" + ctx.digits(6), f"CS-{_date(ctx).year}-{ctx.digits(6)}")),
    "policy": lambda ctx: f"{ctx.pick(('POL', 'AUTO', 'MTR'))}-{ctx.digits(5)}-{ctx.pick(('UK', 'DE', 'A', 'X'))}",
    "claim": lambda ctx: f"{ctx.pick('JKLM')}{ctx.digits(2, '0123')}{ctx.chars(2, 'MCQBDX')}{ctx.digits(3)}",
    "pcn": lambda ctx: ctx.chars(2, "WMKLDZ") + ctx.digits(8), "ref": lambda ctx: f"RENT-{ctx.digits(4)}",
    "meeting": lambda ctx: group(ctx.digits(9), (3, 3, 3), ctx.pick((" ", "-"))),
    "pickup": lambda ctx: f"{ctx.rng.randrange(1, 20)}-{ctx.rng.randrange(1, 6)}-{ctx.digits(4)}",
    "sku": lambda ctx: f"{ctx.chars(2, 'ABCDEFGHKLMNPRSTW')}-{ctx.digits(4)}-{ctx.pick(('BLK', 'XL', 'M', 'W', '32'))}",
    "price": lambda ctx: f"{ctx.rng.randrange(199, 99999) / 100:.2f}", "room": lambda ctx: str(ctx.rng.randrange(201, 3320)),
    "port": lambda ctx: ctx.pick(("8080", "5432", "6379", "3306", "9200", "443")),
}
