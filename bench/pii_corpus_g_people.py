"""People for corpus G (``bench/pii_corpus_g.py``), in forms corpus F does not write: names from
Italian, Brazilian, Dutch, Polish, Australian, Indian and Canadian locales, names written
``Surname, Given`` or ``SURNAME Given``, Chinese names with compound surnames and Uyghur names;
phones of Australia, India, Canada, Brazil, Italy, the Netherlands, Poland, Ireland, Switzerland,
Japan and Korea, mainland numbers with ``0086``/``(+86)`` and spoken in Chinese digits, Taiwan
landlines; e-mails at universities and national providers; birth dates with ordinals, two-digit
years, compact digits, Chinese numerals and the Taiwan (Minguo) calendar; coordinates as
``geo:`` URIs, map links (longitude first) and ``北纬…东经…``.
"""

from __future__ import annotations

import datetime as dt

from bench.pii_corpus_f_contacts import _ascii
from bench.pii_corpus_f_values import Ctx, random_birth
from bench.pii_corpus_values import group

LOCALES = ("it_IT", "pt_BR", "nl_NL", "pl_PL", "en_AU", "en_IN", "en_CA", "en_NZ", "sv_SE", "da_DK", "en_IE")


def locale_name(ctx: Ctx, loc: str) -> str:
    """A given name and surname from the Faker locale ``loc``."""
    fake = ctx.faker(loc)
    return f"{fake.first_name()} {fake.last_name()}"


def new_name(ctx: Ctx) -> str:
    return locale_name(ctx, ctx.pick(LOCALES))


def inverted_name(ctx: Ctx) -> str:
    """A name as registers and spreadsheets write it: ``Rossi, Giulia`` or ``ROSSI Giulia``."""
    fake = ctx.faker(ctx.pick(LOCALES + ("en_US", "en_GB", "fr_FR", "de_DE")))
    first, last = str(fake.first_name()), str(fake.last_name())
    return f"{last}, {first}" if ctx.chance(0.6) else f"{last.upper()} {first}"


COMPOUND = ("欧阳", "司马", "上官", "诸葛", "东方", "慕容", "令狐", "皇甫", "尉迟", "公孙", "夏侯", "端木", "长孙", "宇文")
RARE = ("禤", "覃", "冼", "佘", "蒯", "阚", "訾", "亓", "戚", "栾", "扈", "滕", "褚", "缪", "邝", "甄")
GIVEN = "子涵梓萱浩然雨桐宇轩思远婉清俊杰若曦一鸣嘉怡志强春燕建国秀英晓东文博欣妍天佑明哲诗琪振华丽娟"
UY_GIVEN = ("阿依古丽", "迪丽娜尔", "买买提", "艾尔肯", "古丽米拉", "努尔江", "热依拉", "阿迪力", "帕丽旦")
UY_FATHER = ("艾买提", "吐尔逊", "阿不都热依木", "依明", "沙吾提", "库尔班", "玉素甫")


def cn_name_g(ctx: Ctx) -> str:
    """A mainland name: a compound or rare surname, a Uyghur name, or Faker's."""
    roll = ctx.rng.random()
    given = "".join(ctx.pick(GIVEN) for _ in range(ctx.pick((1, 2, 2))))
    if roll < 0.25:
        return ctx.pick(COMPOUND) + given
    if roll < 0.45:
        return ctx.pick(RARE) + given
    if roll < 0.55:
        return f"{ctx.pick(UY_GIVEN)}·{ctx.pick(UY_FATHER)}"
    return str(ctx.faker("zh_CN").name())


def hl7_name(name: str) -> str:
    """``Giulia Rossi`` as HL7 writes a patient's name: ``ROSSI^GIULIA``."""
    parts = name.split()
    return f"{parts[-1]}^{' '.join(parts[:-1])}".upper()


CA_AREAS = ("416", "647", "604", "778", "514", "403", "613", "902", "780", "204")


def world_phone(ctx: Ctx, country: str = "") -> str:
    """A personal number of ``country`` (au, in, ca, br, it, nl, pl, ie, ch, jp, kr) as people
    there write it."""
    country = country or ctx.pick(("au", "in", "ca", "br", "it", "nl", "pl", "ie", "ch", "jp", "kr"))
    d = ctx.digits
    shapes = {
        "au": lambda: ctx.pick((f"04{d(2)} {d(3)} {d(3)}", f"+61 4{d(2)} {d(3)} {d(3)}",
                                f"(0{ctx.pick('2378')}) {d(4, '3456789')} {d(4)}")),
        "in": lambda: ctx.pick((f"+91 9{d(4)} {d(5)}", f"+91-7{d(9)}", f"098{d(3)} {d(5)}", f"8{d(4)}-{d(5)}")),
        "ca": lambda: ctx.pick((f"({ctx.pick(CA_AREAS)}) {d(3, '2346789')}-{d(4)}",
                                f"{ctx.pick(CA_AREAS)}-{d(3, '2346789')}-{d(4)}",
                                f"+1 {ctx.pick(CA_AREAS)} {d(3, '2346789')} {d(4)}")),
        "br": lambda: ctx.pick((f"+55 11 9{d(4)}-{d(4)}", f"(21) 9{d(4)}-{d(4)}", f"+55 (31) 9{d(4)}-{d(4)}")),
        "it": lambda: ctx.pick((f"+39 3{d(2)} {d(3)} {d(4)}", f"3{d(2)} {d(7)}", f"3{d(2)}/{d(7)}")),
        "nl": lambda: ctx.pick((f"06-{d(8)}", f"06 {d(2)} {d(2)} {d(2)} {d(2)}", f"+31 (0)6 {d(8)}")),
        "pl": lambda: ctx.pick((f"+48 5{d(2)} {d(3)} {d(3)}", f"6{d(2)}-{d(3)}-{d(3)}")),
        "ie": lambda: ctx.pick((f"08{ctx.pick('35679')} {d(3)} {d(4)}", f"+353 8{ctx.pick('35679')} {d(3)} {d(4)}")),
        "ch": lambda: ctx.pick((f"+41 7{ctx.pick('6789')} {d(3)} {d(2)} {d(2)}",
                                f"07{ctx.pick('6789')} {d(3)} {d(2)} {d(2)}")),
        "jp": lambda: ctx.pick((f"0{ctx.pick('789')}0-{d(4)}-{d(4)}", f"+81 {ctx.pick('789')}0-{d(4)}-{d(4)}")),
        "kr": lambda: ctx.pick((f"010-{d(4)}-{d(4)}", f"+82 10-{d(4)}-{d(4)}")),
    }
    return shapes[country]()


CN_HEADS = ("138", "139", "158", "186", "187", "135", "152", "177", "199", "181", "159", "133", "166", "183")


def cn_mobile_g(ctx: Ctx) -> str:
    """A mainland mobile with a country code written the ways forms and signatures do."""
    body = ctx.pick(CN_HEADS) + ctx.digits(8)
    return ctx.pick((f"(+86){body}", f"0086-{group(body, (3, 4, 4), ' ')}", f"86-{body}", f"+86 {body[:3]}-{body[3:7]}-"
                     f"{body[7:]}", f"{body[:3]} {body[3:7]} {body[7:]}", f"{body[:3]}-{body[3:7]}-{body[7:]}", body))


SPOKEN = "零一二三四五六七八九"


def cn_mobile_spoken(ctx: Ctx) -> str:
    """A mainland mobile as speech recognition writes it: ``幺三八…`` or ``一三八…``."""
    body = ctx.pick(CN_HEADS) + ctx.digits(8)
    one = "幺" if ctx.chance(0.5) else "一"
    return "".join(one if c == "1" else SPOKEN[int(c)] for c in body)


def cn_landline_g(ctx: Ctx) -> str:
    area = ctx.pick(("0571", "0755", "021", "010", "0512", "028", "0731", "0532", "0592", "0371"))
    body = ctx.digits(8 if len(area) == 3 or ctx.chance(0.7) else 7, "2345678")
    return ctx.pick((f"{area} {group(body, (4, 4), ' ')}", f"+86 {area[1:]} {body}", f"{area}—{body}",
                     f"({area}) {body}"))


def tw_land(ctx: Ctx) -> str:
    area = ctx.pick(("02", "04", "07", "03", "06"))
    body = ctx.digits(8 if area in ("02", "04") else 7, "2345678")
    cut = 4 if len(body) == 8 else 3
    head, tail = body[:cut], body[cut:]
    return ctx.pick((f"({area}){head}-{tail}", f"{area}-{head}-{tail}", f"+886-{area[1]}-{body}"))


UNI_DOMAINS = ("studenti.unipd.it", "alunos.usp.br", "student.uva.nl", "iitb.ac.in", "mail.utoronto.ca",
               "student.unimelb.edu.au", "tcd.ie", "uw.edu.pl", "ethz.ch")
ISP_DOMAINS = ("libero.it", "uol.com.br", "ziggo.nl", "bigpond.com", "rediffmail.com", "shaw.ca", "wp.pl",
               "eircom.net", "bluewin.ch", "yahoo.co.in", "outlook.com.au", "hotmail.it")
CN_DOMAINS = ("vip.163.com", "aliyun.com", "yeah.net", "sohu.com", "139.com", "mail.ustc.edu.cn", "stu.pku.edu.cn",
              "yahoo.com.tw", "ms12.hinet.net", "gmail.com", "foxmail.com")


def email_g(ctx: Ctx, lang: str) -> str:
    """A personal address at a university, a national provider or a Chinese service; now and
    then with a ``+tag``."""
    if lang == "zh":
        fake = ctx.faker("zh_CN")
        user = ctx.pick((str(fake.user_name()), str(fake.first_romanized_name()).lower() + ctx.digits(4)))
        return f"{user}@{ctx.pick(CN_DOMAINS)}"
    fake = ctx.faker(ctx.pick(LOCALES))
    first, last = _ascii(str(fake.first_name())), _ascii(str(fake.last_name()))
    first, last = ("".join(c for c in w if c.isalnum()) or "x" for w in (first, last))
    user = ctx.pick((f"{first}.{last}", f"{last}{first[0]}", f"{first}{ctx.digits(2)}", f"{first[0]}.{last}"))
    if ctx.chance(0.15):
        user += "+" + ctx.pick(("shop", "news", "bills", "uni", "2fa"))
    return f"{user}@{ctx.pick(UNI_DOMAINS if ctx.chance(0.4) else ISP_DOMAINS)}"


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
CN_DIGITS = "〇一二三四五六七八九"


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _cn_number(n: int) -> str:
    """1..31 in Chinese numerals: 三, 十二, 二十一."""
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else CN_DIGITS[tens] + "十")
    return head + (CN_DIGITS[ones] if ones else "")


def _born(ctx: Ctx, kid: bool) -> dt.date:
    """The item's birth date the first time, then a fresh one (a child's for ``kid``)."""
    first = ctx.used.get("dob", 0) == 0
    born = ctx.birth_for("dob")
    return born if first or not kid else random_birth(ctx.rng, True)


def dob_g(ctx: Ctx, lang: str, kid: bool = False) -> str:
    """A birth date in a form corpus F does not write."""
    d = _born(ctx, kid)
    y, m, day, mon = d.year, d.month, d.day, MONTHS[d.month - 1]
    if lang == "zh":
        spelled = "".join(CN_DIGITS[int(c)] for c in str(y)) + f"年{_cn_number(m)}月{_cn_number(day)}日"
        return ctx.pick((f"{y}年{m}月{day}日", f"{y}/{m:02d}/{day:02d}", spelled, f"{y}{m:02d}{day:02d}",
                         f"{y}年{m}月{day}号", f"{y}.{m}.{day}"))
    return ctx.pick((f"{_ordinal(day)} {mon} {y}", f"{mon} {_ordinal(day)}, {y}", f"{day}.{m}.{y}",
                     f"{day}/{m}/{y % 100:02d}", f"{y}/{m:02d}/{day:02d}", f"{m}/{day}/{y}",
                     f"{day:02d} {mon[:3].upper()} {y}", f"{mon[:3]} {day} {y}", f"{y}-{m}-{day}"))


def roc_dob(ctx: Ctx) -> str:
    """A birth date in the Minguo calendar Taiwan's papers use: ``民國74年3月3日``."""
    d = _born(ctx, False)
    year = d.year - 1911
    return ctx.pick((f"民國{year}年{d.month}月{d.day}日", f"{year}年{d.month:02d}月{d.day:02d}日",
                     f"{year:03d}/{d.month:02d}/{d.day:02d}", f"{year}.{d.month:02d}.{d.day:02d}"))


def iso_dob(ctx: Ctx, kid: bool = False) -> str:
    return _born(ctx, kid).isoformat()


def compact_dob(ctx: Ctx) -> str:
    return _born(ctx, False).strftime("%Y%m%d")


POINTS = ((45.4642, 9.1900), (-23.5505, -46.6333), (19.0760, 72.8777), (43.6532, -79.3832), (52.3676, 4.9041),
          (-37.8136, 144.9631), (30.5728, 104.0668), (30.2741, 120.1551), (25.0330, 121.5654), (22.3193, 114.1694),
          (30.5928, 114.3055), (53.3498, -6.2603), (50.0647, 19.9450), (41.9028, 12.4964), (12.9716, 77.5946),
          (36.0671, 120.3826), (23.1291, 113.2644), (29.5630, 106.5516))


CN_POINTS = (POINTS[6], POINTS[7], POINTS[8], POINTS[9], POINTS[10], *POINTS[15:])


def gps_g(ctx: Ctx, lang: str) -> str:
    """Coordinates near a real city as apps and devices write them."""
    lat0, lng0 = ctx.pick(CN_POINTS if lang == "zh" else POINTS)
    lat, lng = lat0 + ctx.rng.uniform(-0.15, 0.15), lng0 + ctx.rng.uniform(-0.15, 0.15)
    ns, ew = ("N" if lat >= 0 else "S"), ("E" if lng >= 0 else "W")
    if lang == "zh" and ctx.chance(0.5):
        lat_w, lng_w = ("北纬" if lat >= 0 else "南纬"), ("东经" if lng >= 0 else "西经")
        return ctx.pick((f"{lat_w}{abs(lat):.4f}°，{lng_w}{abs(lng):.4f}°",
                         f"{lat_w}{abs(lat):.5f} {lng_w}{abs(lng):.5f}"))
    return ctx.pick((f"geo:{lat:.6f},{lng:.6f}", f"{lat:.6f}, {lng:.6f}", f"({lat:.5f}, {lng:.5f})",
                     f"{abs(lat):.5f}° {ns}, {abs(lng):.5f}° {ew}", f"{lat:.7f},{lng:.7f}", f"{lat:.4f} / {lng:.4f}"))


def lng_lat(ctx: Ctx) -> str:
    """Longitude first, as Amap and GeoJSON write a point: ``121.473700,31.230400``."""
    lat0, lng0 = ctx.pick(CN_POINTS)
    return f"{lng0 + ctx.rng.uniform(-0.1, 0.1):.6f},{lat0 + ctx.rng.uniform(-0.1, 0.1):.6f}"
