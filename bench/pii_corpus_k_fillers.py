"""Fillers of corpus K (``bench/pii_corpus_k.py``): what sits around personal data and fills the
PII-free items, none of it personal. Order, tracking, invoice, ticket and booking numbers, flight
and train numbers, hashes, UUIDs, versions, ISBN-13s, serial and part numbers, amounts, times and
non-birth dates, temperatures, public places with their coordinates, public hotlines, famous
people and fictional characters, brands, first names alone; and the tricky ones: test card numbers
called tests, documented example IBANs, documentation and loopback IP addresses, card-shaped and
ID-shaped numbers that fail their checks, a VIN that fails its check digit.
"""

from __future__ import annotations

import string
import uuid
from collections.abc import Callable

from bench.pii_corpus_c_values import luhn_digit
from bench.pii_corpus_f_values import VIN_VALUE, VIN_WEIGHTS, Ctx, cn_id_check

HEX = "0123456789abcdef"
UP = "ABCDEFGHJKLMNPRSTUVWXYZ"


def _isbn(ctx: Ctx) -> str:
    body = ctx.pick(("978", "979")) + ctx.digits(9)
    check = (10 - sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body)) % 10) % 10
    value = body + str(check)
    return ctx.pick((value, f"{value[:3]}-{value[3]}-{value[4:8]}-{value[8:12]}-{value[12]}"))


def _bad_card(ctx: Ctx) -> str:
    """Sixteen digits that fail Luhn (a reference number, not a card)."""
    body = ctx.digits(15, "3456")
    return body + str((int(luhn_digit(body)) + ctx.rng.randrange(1, 10)) % 10)


def _bad_cn_id(ctx: Ctx) -> str:
    r = ctx.rng.randrange
    body = ctx.pick(("110101", "310104", "440305")) + f"{r(1960, 2005)}0{r(1, 10)}1{r(0, 10)}" + ctx.digits(3)
    good = cn_id_check(body)
    return body + ctx.pick([c for c in "0123456789X" if c != good])


def bad_vin(ctx: Ctx) -> str:
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    body = ctx.pick(("LSV", "WVW", "JTD", "1HG")) + ctx.chars(5, chars) + "0" + ctx.pick("KLMNP")
    body += ctx.chars(7, "0123456789")
    total = sum(VIN_VALUE[c] * w for c, w in zip(body, VIN_WEIGHTS))
    good = "X" if total % 11 == 10 else str(total % 11)
    return body[:8] + ctx.pick([c for c in "0123456789X" if c != good]) + body[9:]


def _time(ctx: Ctx) -> str:
    h, m = ctx.next_minute()
    return f"{h}:{m:02d}"


def _date(ctx: Ctx) -> str:
    d = ctx.next_day()
    return ctx.pick((d.isoformat(), d.strftime("%d %b"), f"{d.month}/{d.day}"))


def _date_zh(ctx: Ctx) -> str:
    d = ctx.next_day()
    return ctx.pick((f"{d.month}月{d.day}日", f"{d.month}.{d.day}", d.isoformat()))


FIRST = ("Mike", "Sarah", "Tom", "Priya", "Ana", "Lukas", "Emma", "Raj", "Chloe", "Ben", "Yuki", "Omar")
FIRST_ZH = ("小王", "老张", "李姐", "阿明", "王总", "陈老师", "刘工", "小美", "周经理", "张师傅", "赵姐", "小林")
FAMOUS = ("Taylor Swift", "Lionel Messi", "Elon Musk", "Barack Obama", "Serena Williams", "Albert Einstein",
          "Marie Curie", "Lewis Hamilton", "Keanu Reeves", "Adele", "Roger Federer", "Jane Austen", "Yo-Yo Ma")
FICTION = ("Harry Potter", "Sherlock Holmes", "Hermione Granger", "Tony Stark", "Elizabeth Bennet", "Frodo Baggins",
           "Jon Snow", "Atticus Finch", "Walter White", "Homer Simpson", "Peter Parker", "Bruce Wayne")
FAMOUS_ZH = ("周杰伦", "鲁迅", "李白", "杜甫", "姚明", "刘慈欣", "苏轼", "袁隆平", "钟南山", "张艺谋", "邓丽君", "王菲")
FICTION_ZH = ("孙悟空", "林黛玉", "贾宝玉", "诸葛亮", "令狐冲", "郭靖", "小龙女", "哪吒", "猪八戒", "韦小宝", "杨过")
BRANDS = ("Ford", "Ferrari", "Porsche", "Dell", "Ben & Jerry's", "Johnson & Johnson", "Mercedes-Benz", "Ralph Lauren",
          "Tommy Hilfiger", "Hewlett-Packard", "Kellogg's", "Walt Disney", "Tim Hortons", "Marks & Spencer")
BRANDS_ZH = ("李宁", "王老吉", "老干妈", "张小泉", "周大福", "海底捞", "比亚迪", "蔚来", "小米", "华为", "理想汽车", "陈李济")
PLACES = ("Heathrow Terminal 5", "Golden Gate Bridge", "the Louvre", "Central Park", "Union Station", "Times Square",
          "Sydney Opera House", "the nearest Tesla Supercharger", "Stansted Airport", "Shibuya Crossing",
          "the Rijksmuseum", "Brandenburg Gate", "Costco on 3rd Street")
PLACES_ZH = ("首都机场T3", "虹桥火车站", "天安门广场", "西湖断桥", "外滩", "广州塔", "成都东站", "宽窄巷子", "最近的加油站",
             "最近的蔚来换电站", "深圳湾公园", "南京南站", "国家博物馆")
LANDMARK_GPS = ("48.8584, 2.2945", "40.6892, -74.0445", "51.5007, -0.1246", "39.9087, 116.3975", "31.2397, 121.4998",
                "-33.8568, 151.2153", "35.6586, 139.7454", "37.8199, -122.4783", "22.2783, 114.1747")
HOTLINES = ("911", "999", "112", "110", "120", "12345", "12306", "95588", "10086", "400-820-8820", "1-800-275-2273",
            "0800 111 999", "1-800-FLOWERS", "12315", "114")
CITIES = ("Munich", "Lyon", "Austin", "Osaka", "Seattle", "Manchester", "Toronto", "Barcelona", "Milan", "Denver")
CITIES_ZH = ("杭州", "成都", "苏州", "重庆", "西安", "厦门", "青岛", "长沙", "武汉", "昆明")
TEST_CARDS = ("4111 1111 1111 1111", "4242 4242 4242 4242", "5555555555554444", "4000 0000 0000 0002",
              "378282246310005", "6011111111111117", "4012888888881881")
EXAMPLE_IBANS = ("GB82 WEST 1234 5698 7654 32", "DE89 3704 0044 0532 0130 00", "FR14 2004 1010 0505 0001 3M02 606",
                 "NL91ABNA0417164300", "DE89370400440532013000")
DOC_IPS = ("192.0.2.10", "198.51.100.23", "203.0.113.7", "127.0.0.1", "0.0.0.0", "2001:db8::1", "::1", "localhost")
PRODUCTS = ("iPhone 15 Pro", "Pixel 8", "Model Y", "Kindle Paperwhite", "AirPods Pro 2", "ThinkPad X1 Carbon",
            "Galaxy S24", "PS5", "Dyson V15", "MacBook Air M3")
AIRLINES = ("CA", "MU", "CZ", "BA", "LH", "UA", "DL", "NH", "SQ", "EK")
PRODUCTS_ZH = ("小米14", "Mate 60 Pro", "问界M7", "比亚迪海豹", "大疆Mini 4 Pro", "华为Watch 4", "理想L6", "极氪001")


def _order(ctx: Ctx) -> str:
    return ctx.pick((f"#{ctx.digits(7, '123456789')}", f"ORD-{ctx.digits(8)}",
                     f"{ctx.digits(3)}-{ctx.digits(7)}-{ctx.digits(7)}",
                     f"SO{ctx.digits(10)}", f"W{ctx.digits(9)}"))


def _tracking(ctx: Ctx) -> str:
    return ctx.pick((f"1Z{ctx.chars(6, UP + string.digits)}{ctx.digits(10)}", f"SF{ctx.digits(13)}",
                     f"YT{ctx.digits(16)}", f"JD{ctx.digits(13)}", f"{ctx.digits(12)}", f"LX{ctx.digits(9)}CN",
                     f"9400 1{ctx.digits(3)} {ctx.digits(4)} {ctx.digits(4)} {ctx.digits(4)} {ctx.digits(2)}"))


def _serial(ctx: Ctx) -> str:
    return ctx.pick((f"SN{ctx.chars(10, UP + string.digits)}", f"C02{ctx.chars(7, UP + string.digits)}",
                     f"{ctx.chars(3, UP)}-{ctx.digits(5)}-{ctx.chars(2, UP)}",
                     f"PN {ctx.digits(5)}-{ctx.chars(3, UP)}{ctx.digits(2)}",
                     f"R{ctx.digits(2)}-{ctx.chars(4, UP)}{ctx.digits(4)}"))


FILLERS: dict[str, Callable[[Ctx], str]] = {
    "time": _time, "date": _date, "datezh": _date_zh,
    "amount": lambda ctx: f"{ctx.rng.randrange(5, 2400)}.{ctx.digits(2)}",
    "yuan": lambda ctx: f"{ctx.rng.randrange(8, 9000)}",
    "temp": lambda ctx: str(ctx.rng.randrange(17, 28)),
    "num": lambda ctx: str(ctx.rng.randrange(2, 60)),
    "pct": lambda ctx: str(ctx.rng.randrange(5, 95)),
    "km": lambda ctx: f"{ctx.rng.randrange(2, 480)}",
    "first": lambda ctx: ctx.pick(FIRST), "firstzh": lambda ctx: ctx.pick(FIRST_ZH),
    "famous": lambda ctx: ctx.pick(FAMOUS), "fiction": lambda ctx: ctx.pick(FICTION),
    "famouszh": lambda ctx: ctx.pick(FAMOUS_ZH), "fictionzh": lambda ctx: ctx.pick(FICTION_ZH),
    "brand": lambda ctx: ctx.pick(BRANDS), "brandzh": lambda ctx: ctx.pick(BRANDS_ZH),
    "place": lambda ctx: ctx.pick(PLACES), "placezh": lambda ctx: ctx.pick(PLACES_ZH),
    "landmarkgps": lambda ctx: ctx.pick(LANDMARK_GPS), "hotline": lambda ctx: ctx.pick(HOTLINES),
    "city": lambda ctx: ctx.pick(CITIES), "cityzh": lambda ctx: ctx.pick(CITIES_ZH),
    "testcard": lambda ctx: ctx.pick(TEST_CARDS), "exiban": lambda ctx: ctx.pick(EXAMPLE_IBANS),
    "docip": lambda ctx: ctx.pick(DOC_IPS), "product": lambda ctx: ctx.pick(PRODUCTS),
    "productzh": lambda ctx: ctx.pick(PRODUCTS_ZH),
    "order": _order, "tracking": _tracking, "serial": _serial, "isbn": _isbn,
    "invoice": lambda ctx: f"INV-{ctx.rng.randrange(2023, 2027)}-{ctx.digits(5)}",
    "ticket": lambda ctx: ctx.pick((f"#{ctx.digits(6, '123456789')}", f"TCK-{ctx.digits(6)}", f"INC{ctx.digits(7)}")),
    "flight": lambda ctx: f"{ctx.pick(AIRLINES)}{ctx.rng.randrange(10, 9999)}",
    "train": lambda ctx: f"{ctx.pick('GDKTZ')}{ctx.rng.randrange(1, 9999)}",
    "booking": lambda ctx: ctx.chars(6, UP + "23456789"),
    "sha": lambda ctx: ctx.chars(ctx.pick((7, 40, 64)), HEX),
    "uuid": lambda ctx: str(uuid.UUID(int=ctx.rng.getrandbits(128), version=4)),
    "version": lambda ctx: f"{ctx.rng.randrange(0, 20)}.{ctx.rng.randrange(0, 40)}.{ctx.rng.randrange(0, 30)}",
    "badcard": _bad_card, "badcnid": _bad_cn_id, "badvin": bad_vin,
    "port": lambda ctx: ctx.pick(("8080", "3000", "5432", "6379", "443", "8443", "9000")),
    "pid": lambda ctx: str(ctx.rng.randrange(1000, 65000)),
    "room": lambda ctx: f"{ctx.rng.randrange(2, 30)}{ctx.digits(2)}",
    "qty": lambda ctx: str(ctx.rng.randrange(1, 12)),
}
