"""Fillers for corpus G (``bench/pii_corpus_g.py``): values that are not personal data and are
never labelled, added to corpus F's. Identifiers with real check digits (ISO 6346 containers, IMO
ship numbers, air waybills, CAS numbers), issue keys, pod names, CVEs, DOIs, arXiv ids, package
integrity hashes and SSH host-key fingerprints, cloud account ids, payment-object ids, product
serials and part numbers, four-part browser versions, syslog times, Pinduoduo and Meituan order
numbers, invoice codes, drug approval numbers, ICP filings, patents, stock codes, public hotlines,
famous people with their birth dates, fictional characters, storms and algorithms named after
people, public venues and postcodes alone.
"""

from __future__ import annotations

import string
from collections.abc import Callable

from bench.pii_corpus_f_fillers import FILLERS as F_FILLERS
from bench.pii_corpus_f_fillers import not_luhn
from bench.pii_corpus_f_values import Ctx

ALNUM = string.ascii_letters + string.digits
UP = string.ascii_uppercase
LOWER = "abcdefghijkmnpqrstuvwxz2456789"


def container(ctx: Ctx) -> str:
    """A shipping-container number with its ISO 6346 check digit (``MSCU1234565``)."""
    values, v = {}, 10
    for letter in UP:
        if v % 11 == 0:
            v += 1
        values[letter] = v
        v += 1
    body = ctx.pick(("MSCU", "MAEU", "CMAU", "HLXU", "OOLU", "TGHU", "CSQU")) + ctx.digits(6)
    total = sum((values[c] if c.isalpha() else int(c)) * 2 ** i for i, c in enumerate(body))
    return body + str(total % 11 % 10)


def imo(ctx: Ctx) -> str:
    body = ctx.digits(6, "9")
    return "IMO " + body + str(sum(int(c) * w for c, w in zip(body, range(7, 1, -1))) % 10)


def awb(ctx: Ctx) -> str:
    serial = ctx.digits(7)
    return f"{ctx.pick(('176', '157', '618', '020', '180', '999', '784'))}-{serial}{int(serial) % 7}"


CAS = ("7732-18-5", "64-17-5", "58-08-2", "7647-14-5", "67-64-1", "50-99-7", "7664-93-9", "1310-73-2", "57-13-6",
       "50-78-2", "7440-50-8", "124-38-9")


def _pick(values: tuple[str, ...]) -> Callable[[Ctx], str]:
    return lambda ctx: ctx.pick(values)


def pod(ctx: Ctx) -> str:
    svc = ctx.pick(("checkout", "api-gateway", "billing-worker", "search", "auth", "notifier", "ingest"))
    return f"{svc}-{ctx.chars(9, 'bcdf6789')}-{ctx.chars(5, LOWER)}"


def sri(ctx: Ctx) -> str:
    return "sha512-" + ctx.chars(86, ALNUM + "+/") + "=="


def version4(ctx: Ctx) -> str:
    r = ctx.rng.randrange
    return ctx.pick((f"{r(110, 132)}.0.{r(5000, 6999)}.{r(10, 220)}", f"10.0.{r(17000, 26200)}.{r(100, 4000)}",
                     f"{r(1, 9)}.{r(0, 30)}.{r(0, 9)}.{r(1000, 9999)}"))


def sysdate(ctx: Ctx) -> str:
    d = ctx.next_day()
    r = ctx.rng.randrange
    return f"{d.strftime('%b')} {d.day:2d} {r(24):02d}:{r(60):02d}:{r(60):02d}"


def pdd_order(ctx: Ctx) -> str:
    d = ctx.next_day()
    return f"{d.strftime('%y%m%d')}-{ctx.digits(15, '0123456789')}"


def patent(ctx: Ctx) -> str:
    year = ctx.rng.randrange(2012, 2025)
    body = f"{year}{ctx.pick('123')}{ctx.digits(7)}"
    check = sum(int(c) * w for c, w in zip(body, (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5))) % 11
    return f"ZL {body[:4]} {body[4]} {body[5:]}.{'X' if check == 10 else check}"


FAMOUS_BIRTHS = ("Abraham Lincoln (born February 12, 1809)", "Marie Curie, born 7 November 1867",
                 "Ada Lovelace (10 December 1815 – 27 November 1852)", "Frida Kahlo, born 6 July 1907",
                 "Nelson Mandela (born 18 July 1918)", "Alan Turing, born 23 June 1912",
                 "Wolfgang Amadeus Mozart (27 January 1756)", "Jane Austen, born 16 December 1775",
                 "Charles Darwin (born 12 February 1809)", "Martin Luther King Jr. (January 15, 1929)")
CN_FAMOUS_BIRTHS = ("鲁迅（1881年9月25日出生）", "孙中山生于1866年11月12日", "钱学森（1911年12月11日－2009年10月31日）",
                    "袁隆平1930年9月7日生于北京", "屠呦呦，1930年12月30日出生于宁波", "邓丽君（1953年1月29日生）",
                    "梅兰芳生于1894年10月22日", "杨振宁1922年10月1日出生于合肥")
FICTIONAL = ("Sherlock Holmes", "Elizabeth Bennet", "Atticus Finch", "Hermione Granger", "Jay Gatsby", "Frodo Baggins",
             "Walter White", "Leslie Knope", "Homer Simpson", "Jean Valjean", "Holden Caulfield", "Bridget Jones")
CN_FICTIONAL = ("孙悟空", "林黛玉", "贾宝玉", "郭靖", "黄蓉", "张无忌", "令狐冲", "薛宝钗", "猪八戒", "韦小宝", "王熙凤", "杨过")
STORMS = ("Hurricane Katrina", "Hurricane Helene", "Storm Ciarán", "Typhoon Haiyan", "Hurricane Sandy", "Storm Eunice",
          "Cyclone Gabrielle", "Hurricane Milton")
ALGOS = ("BellmanFord", "FloydWarshall", "KalmanFilter", "GaussSeidel", "NewtonRaphson", "DijkstraRouter",
         "LevenshteinMatcher", "HuffmanEncoder", "FisherYatesShuffle", "BoyerMooreSearch", "KruskalMst", "TarjanScc")
VENUES = ("the Royal Albert Hall", "Wembley Stadium", "the Sydney Opera House", "Madison Square Garden", "the Barbican",
          "Ziggo Dome", "the Rogers Centre", "Olympiastadion Berlin", "Croke Park")
STOCKS = ("AAPL", "MSFT", "NVDA", "TSLA", "BRK.B", "ASML", "SHEL.L", "7203.T", "0700.HK", "BABA", "RY.TO", "INFY")
CN_STOCKS = ("600519 贵州茅台", "000858 五粮液", "300750 宁德时代", "601318 中国平安", "00700 腾讯控股", "002594 比亚迪",
             "600036 招商银行", "688981 中芯国际")
POSTCODES = ("SW1A 1AA", "EC1A 1BB", "10001", "90210", "75008", "10115", "2000", "M5V 3L9", "1012 JS", "D02 X285")
CN_POSTCODES = ("100871", "200433", "518057", "310027", "610041", "430072", "710049")
HOTLINES = ("911", "999", "112", "111", "101", "000")
CN_HOTLINES = ("110", "119", "120", "122", "12306", "12315", "12345", "12333", "10086", "10010", "95588", "95533")


def stripe_id(ctx: Ctx) -> str:
    return ctx.pick(("pi_3", "ch_3", "cus_", "sub_1", "in_1")) + ctx.chars(ctx.pick((14, 24)), ALNUM)


def serial(ctx: Ctx) -> str:
    return ctx.pick(("C02" + ctx.chars(9, UP + string.digits), "SN" + ctx.digits(10),
                     f"{ctx.chars(2, UP)}-{ctx.digits(6)}-{ctx.chars(2, UP)}", "G0" + ctx.chars(2, UP) + ctx.digits(6)))


def part_no(ctx: Ctx) -> str:
    d = ctx.digits
    return ctx.pick((f"0 280 {d(3)} {d(3)}", f"A {d(3)} {d(3)} {d(2)} {d(2)}", f"{d(2)}-{d(4)}-{d(3)}",
                     f"{ctx.chars(3, UP)}{d(5)}-{ctx.chars(1, UP)}"))


FILLERS: dict[str, Callable[[Ctx], str]] = {
    **F_FILLERS,
    "jira": lambda ctx: f"{ctx.pick(('PAY', 'OPS', 'WEB', 'INFRA', 'CORE', 'MOB'))}-{ctx.rng.randrange(12, 9999)}",
    "build": lambda ctx: str(ctx.rng.randrange(1000, 99999)), "pod": pod, "container": container, "imo": imo,
    "awb": awb, "cas": _pick(CAS),
    "doi": lambda ctx: f"10.{ctx.pick(('1038', '1126', '1016', '1145'))}/{ctx.chars(4, 'abcdefs')}{ctx.digits(5)}",
    "arxiv": lambda ctx: f"{ctx.rng.randrange(19, 25)}{ctx.rng.randrange(1, 13):02d}.{ctx.digits(5)}",
    "cve": lambda ctx: f"CVE-{ctx.rng.randrange(2019, 2026)}-{ctx.digits(ctx.pick((4, 5)), '123456789')}", "sri": sri,
    "sshfp": lambda ctx: "SHA256:" + ctx.chars(43, ALNUM + "+/"), "awsacct": lambda ctx: ctx.digits(12, "123456789"),
    "stripeid": stripe_id, "serial": serial, "partno": part_no, "version4": version4, "sysdate": sysdate,
    "hexcolor": lambda ctx: "#" + ctx.chars(6, "0123456789ABCDEF"),
    "oid": lambda ctx: ctx.chars(24, "0123456789abcdef"),
    "slackts": lambda ctx: f"{1_700_000_000 + ctx.rng.randrange(90_000_000)}.{ctx.digits(6)}",
    "pddorder": pdd_order, "mtorder": lambda ctx: not_luhn(ctx, 19, "3"), "fpcode": lambda ctx: "0" + ctx.digits(11),
    "drugno": lambda ctx: f"国药准字{ctx.pick('HZS')}{ctx.pick(('2005', '1994', '2002', '1998', '2010'))}{ctx.digits(4)}",
    "icp": lambda ctx: f"{ctx.pick('京沪粤浙苏川')}ICP备{ctx.digits(8, '12')}号-{ctx.rng.randrange(1, 9)}", "patent": patent,
    "famousbirth": _pick(FAMOUS_BIRTHS), "cnfamousbirth": _pick(CN_FAMOUS_BIRTHS), "fictional": _pick(FICTIONAL),
    "cnfictional": _pick(CN_FICTIONAL), "storm": _pick(STORMS), "algo": _pick(ALGOS), "venue": _pick(VENUES),
    "stock": _pick(STOCKS), "cnstock": _pick(CN_STOCKS), "postcode": _pick(POSTCODES),
    "cnpostcode": _pick(CN_POSTCODES),
    "hotline": _pick(HOTLINES), "cnhotline": _pick(CN_HOTLINES),
    "queue": lambda ctx: f"{ctx.pick('ABCK')}{ctx.rng.randrange(1, 300):03d}",
    "score": lambda ctx: f"{ctx.rng.randrange(0, 5)}-{ctx.rng.randrange(0, 5)}",
    "bbscore": lambda ctx: f"{ctx.rng.randrange(88, 131)}:{ctx.rng.randrange(88, 131)}",
    "temp": lambda ctx: str(ctx.rng.randrange(-8, 38)),
    "lotto": lambda ctx: " ".join(f"{n:02d}" for n in sorted(ctx.rng.sample(range(1, 50), 6))),
    "qty": lambda ctx: str(ctx.rng.randrange(2, 480)), "weight": lambda ctx: f"{ctx.rng.randrange(450, 1200) / 10:.1f}",
}
