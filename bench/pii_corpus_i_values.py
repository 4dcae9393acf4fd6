"""Values for corpus I (``bench/pii_corpus_i.py``) in forms corpora F, G and H do not write, as
people type or say them to an assistant. Names from many Faker locales (Nordic, Czech, Slovak,
Romanian, Hungarian, Croatian, Turkish, Indonesian, Argentine, Colombian, Belgian, Swiss and more),
of one gender; Chinese names from the mainland and Taiwan locales; e-mails with plus tags and
capitals; phones dictated (``four one five, five five five, oh one four two``, ``double seven``)
or half dictated, mainland mobiles half in spoken digits (``幺三八 1234 5678``); home addresses typed
into a navigation app (``1187 w 23rd st apt 4b``), mainland estate addresses with 栋, 单元 and 室,
Taiwan addresses in Traditional characters with 段, 巷, 弄 and 樓之; birth dates as people say them
(``march 3rd 1985``, ``3 march 85``, ``92年3月5号``, ``民國七十四年三月三日``) and lunar birth dates
(``农历1985年三月初三``); coordinates typed without a comma; plates of Ireland, Poland, Sweden,
Switzerland, Austria and New Zealand; tokens of OpenRouter, Groq, Replicate, Perplexity, xAI,
Tavily, DeepSeek and Zhipu.
"""

from __future__ import annotations

import string
from collections.abc import Callable

from bench.pii_corpus_f_contacts import _ascii
from bench.pii_corpus_f_values import Ctx
from bench.pii_corpus_h_contacts import point
from bench.pii_corpus_h_people import born, cn_number, ordinal

LATIN_LOCALES = ("en_US", "en_GB", "en_AU", "en_IN", "en_CA", "en_NZ", "en_IE", "de_DE", "de_AT", "de_CH", "fr_FR",
                 "fr_CA", "es_ES", "es_MX", "es_AR", "es_CO", "it_IT", "pt_BR", "pt_PT", "nl_NL", "nl_BE", "pl_PL",
                 "sv_SE", "da_DK", "fi_FI", "no_NO", "cs_CZ", "sk_SK", "ro_RO", "hu_HU", "hr_HR", "tr_TR", "id_ID")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
CN_DIGITS = "零一二三四五六七八九"


def _gendered(ctx: Ctx, loc: str, female: bool | None = None) -> tuple[str, str]:
    fake = ctx.faker(loc)
    if ctx.chance(0.5) if female is None else female:
        return str(fake.first_name_female()), str(fake.last_name_female())
    return str(fake.first_name_male()), str(fake.last_name_male())


def latin_name(ctx: Ctx, female: bool | None = None) -> str:
    """A given name and surname (of a woman, of a man, or either) from one of many Latin-script
    locales; now and then with a middle name."""
    female = ctx.chance(0.5) if female is None else female
    first, last = _gendered(ctx, ctx.pick(LATIN_LOCALES), female)
    if ctx.chance(0.15):
        first = first + " " + _gendered(ctx, ctx.pick(LATIN_LOCALES[:7]), female)[0]  # a middle name
    return f"{first} {last}"


def zh_name(ctx: Ctx, female: bool | None = None) -> str:
    """A mainland name (now and then a Taiwan one, in Traditional characters), of a woman, of a man
    or either."""
    first, last = _gendered(ctx, "zh_TW" if ctx.chance(0.15) else "zh_CN", female)
    return last + first


def tw_name(ctx: Ctx) -> str:
    first, last = _gendered(ctx, "zh_TW")
    return last + first


PROVIDERS = ("gmail.com", "outlook.com", "icloud.com", "hotmail.co.uk", "yahoo.com", "proton.me", "web.de", "gmx.at",
             "orange.fr", "libero.it", "seznam.cz", "wp.pl", "uol.com.br", "telia.com", "bigpond.com", "shaw.ca",
             "me.com", "live.se", "yahoo.es", "zoho.com")
CN_PROVIDERS = ("163.com", "126.com", "foxmail.com", "sina.com", "139.com", "aliyun.com", "yeah.net", "sohu.com")
PINYIN = ("zhang", "wang", "li", "liu", "chen", "yang", "huang", "zhao", "zhou", "wu", "xu", "sun", "ma", "zhu",
          "hu", "guo", "he", "lin", "luo", "gao")
GIVEN_PY = ("xiaoyu", "jiahui", "zihan", "haoran", "yuting", "jun", "lei", "mingxuan", "siqi", "yifan", "wenjing",
            "kai", "tingting", "zhiqiang", "xinyi", "hao")
TAGS = ("airbnb", "work", "shop", "bills", "news", "travel", "kids", "2024")


def email_i(ctx: Ctx, lang: str) -> str:
    """A personal address: a plus tag, capitals as a phone keyboard leaves them, a birth year."""
    if lang == "zh" and ctx.chance(0.6):
        user = ctx.pick(PINYIN) + ctx.pick(("", ".", "_")) + ctx.pick(GIVEN_PY)
        user += ctx.pick(("", str(ctx.rng.randrange(80, 100)), ctx.digits(3, "123456789")))
        return f"{user}@{ctx.pick(CN_PROVIDERS)}"
    first, last = (("".join(c for c in _ascii(w) if c.isalnum()) or "x") for w in _gendered(ctx, ctx.pick(LATIN_LOCALES)))
    year = str(ctx.rng.randrange(1960, 2005))
    user = ctx.pick((f"{first}.{last}", f"{first}{last[0]}", f"{first}.{last}{year[2:]}", f"{last}{first[0]}{year}",
                     f"{first}_{last}", f"{first}-{last}", f"{first[0]}.{last}"))
    if ctx.chance(0.2):
        user += "+" + ctx.pick(TAGS)
    address = f"{user}@{ctx.pick(PROVIDERS)}"
    if ctx.chance(0.15):
        address = ".".join(p.capitalize() for p in user.split(".")) + "@" + ctx.pick(PROVIDERS).capitalize()
    return address


def _spoken(ctx: Ctx, digits: str, oh: bool) -> str:
    """Digits as someone reads them out: ``oh`` for zero now and then, ``double five`` for a pair."""
    words: list[str] = []
    i = 0
    while i < len(digits):
        d = digits[i]
        if i + 1 < len(digits) and digits[i + 1] == d and ctx.chance(0.5):
            words.append("double " + ("oh" if d == "0" and oh else WORDS[int(d)]))
            i += 2
            continue
        words.append("oh" if d == "0" and oh else WORDS[int(d)])
        i += 1
    return " ".join(words)


def _phone_groups(ctx: Ctx) -> list[str]:
    d = ctx.digits
    return ctx.pick(([d(3, "2345789"), d(3, "2345689"), d(4)], ["07" + d(3), d(6)], ["04" + d(2), d(3), d(3)],
                     [d(5, "6789"), d(5)], ["0" + d(3, "2345789"), d(3), d(4)], ["06", d(2), d(2), d(2), d(2)]))


def dictated_phone(ctx: Ctx) -> str:
    """A phone number said to a voice assistant: all in words, or some groups in words and some in
    digits; commas where the speaker pauses, or none at all."""
    groups = _phone_groups(ctx)
    oh = ctx.chance(0.6)
    said = [i for i in range(len(groups)) if ctx.chance(0.6)] or [0]
    parts = [_spoken(ctx, g, oh) if i in said else g for i, g in enumerate(groups)]
    return ctx.pick((", ", " ", " ")).join(parts)


def dictated_cn_mobile(ctx: Ctx) -> str:
    """A mainland mobile as speech input writes it: some groups in spoken digits (``幺`` for one)."""
    body = ctx.pick(("138", "139", "135", "186", "159", "177", "188", "151", "199", "166")) + ctx.digits(8)
    groups = [body[:3], body[3:7], body[7:]]
    yao = ctx.chance(0.7)
    spoken = [i for i in range(3) if ctx.chance(0.5)] or [0]
    parts = ["".join(("幺" if c == "1" and yao else CN_DIGITS[int(c)]) for c in g) if i in spoken else g
             for i, g in enumerate(groups)]
    return ctx.pick((" ", "", " ")).join(parts)


US_CITIES = (("Austin", "TX", "787"), ("Denver", "CO", "802"), ("Portland", "OR", "972"), ("Columbus", "OH", "432"),
             ("Raleigh", "NC", "276"), ("Tampa", "FL", "336"), ("Madison", "WI", "537"), ("Sacramento", "CA", "958"),
             ("Boise", "ID", "837"), ("Richmond", "VA", "232"), ("Tucson", "AZ", "857"), ("Omaha", "NE", "681"))
CA_CITIES = (("Toronto", "ON", "M4"), ("Calgary", "AB", "T2"), ("Halifax", "NS", "B3"), ("Winnipeg", "MB", "R3"))
AU_CITIES = (("Fitzroy", "VIC", "3065"), ("Newtown", "NSW", "2042"), ("Fremantle", "WA", "6160"),
             ("Paddington", "QLD", "4064"), ("Glenelg", "SA", "5045"))
UK_TOWNS = (("Bristol", "BS"), ("Leeds", "LS"), ("Norwich", "NR"), ("Cardiff", "CF"), ("York", "YO"), ("Bath", "BA"))
NZ_TOWNS = (("Ponsonby, Auckland", "1011"), ("Kelburn, Wellington", "6012"), ("Riccarton, Christchurch", "8011"))
STEMS = ("Maple", "Cedar", "Willow", "Lincoln", "Jefferson", "Lakeview", "Highland", "Sycamore", "Birch", "Franklin",
         "Hawthorn", "Chestnut", "Prospect", "Orchard", "Ridge", "Meadow", "Juniper", "Magnolia")
US_SUFFIX = ("St", "Ave", "Blvd", "Dr", "Ln", "Rd", "Ct", "Way", "Pl", "Ter")
UK_SUFFIX = ("Road", "Street", "Lane", "Close", "Crescent", "Avenue", "Gardens", "Grove", "Terrace", "Mews")


def _street(ctx: Ctx, suffixes: tuple[str, ...], loc: str) -> str:
    stem = ctx.pick(STEMS) if ctx.chance(0.5) else str(ctx.faker(loc).last_name())
    return f"{stem} {ctx.pick(suffixes)}"


def typed_address(ctx: Ctx) -> str:
    """A home address as typed into a navigation app or a chat: short forms, a unit, maybe no city,
    often in small letters."""
    r, kind = ctx.rng.randrange, ctx.pick(("us", "us", "us", "ca", "au", "uk", "uk", "nz"))
    unit = ctx.pick(("", "", f" apt {r(1, 30)}{ctx.pick('ABCD')}", f" unit {r(101, 2400)}", f" #{r(2, 40)}"))
    if kind == "us":
        city, state, zip3 = ctx.pick(US_CITIES)
        lead = f"{r(12, 9900)} {ctx.pick(('', '', 'N ', 'S ', 'E ', 'W '))}"
        street = ctx.pick((_street(ctx, US_SUFFIX, "en_US"), f"{ordinal(r(2, 60))} {ctx.pick(US_SUFFIX[:2])}"))
        value = lead + street + unit + ctx.pick(("", f", {city}", f", {city} {state} {zip3}{ctx.digits(2)}"))
    elif kind == "ca":
        city, prov, fsa = ctx.pick(CA_CITIES)
        value = f"{r(10, 3000)} {_street(ctx, US_SUFFIX, 'en_CA')}{unit}, {city} {prov} {fsa}{ctx.pick('ABCEGHJKLMNPRSTVWXYZ')}" \
                f" {r(1, 9)}{ctx.pick('ABCEGHJKLMNPRSTVWXYZ')}{r(0, 9)}"
    elif kind == "au":
        suburb, state, pc = ctx.pick(AU_CITIES)
        value = f"{ctx.pick(('', f'{r(1, 40)}/'))}{r(2, 400)} {_street(ctx, ('St', 'Rd', 'Pde', 'Ave', 'Cres'), 'en_AU')}"
        value += ctx.pick(("", f", {suburb}", f" {suburb} {state} {pc}"))
    elif kind == "uk":
        town, area = ctx.pick(UK_TOWNS)
        flat = ctx.pick(("", "", f"flat {r(1, 12)}, ", f"Flat {r(1, 9)}{ctx.pick('ABC')} "))
        value = f"{flat}{r(1, 240)} {_street(ctx, UK_SUFFIX, 'en_GB')}"
        value += ctx.pick(("", f", {town}", f", {town} {area}{r(1, 30)} {r(1, 9)}{ctx.chars(2, 'ABDEFGHJLNPQRSTUWXYZ')}"))
    else:
        town, pc = ctx.pick(NZ_TOWNS)
        value = f"{r(2, 300)} {_street(ctx, ('Street', 'Road', 'Terrace', 'Avenue'), 'en_NZ')}, {town} {pc}"
    return value.lower() if ctx.chance(0.45) else value


CN_DISTRICTS = ("北京市朝阳区", "北京市海淀区", "上海市徐汇区", "上海市浦东新区", "广州市天河区", "深圳市福田区", "深圳市龙岗区",
                "杭州市拱墅区", "成都市锦江区", "武汉市洪山区", "南京市鼓楼区", "西安市雁塔区", "重庆市渝北区", "苏州市吴中区",
                "天津市南开区", "长沙市岳麓区", "郑州市金水区", "青岛市崂山区", "合肥市蜀山区", "厦门市思明区")
CN_ROADS = ("建设路", "人民北路", "解放东路", "文三路", "龙华路", "科苑大道", "金沙江路", "丰台北路", "学府路", "长江西路",
            "滨江大道", "光华路", "天山路", "湖滨南路", "银城中路", "翠竹路")
ESTATES = ("阳光花园", "万科城市花园", "碧桂园", "翠苑一区", "金色家园", "绿地世纪城", "保利香槟国际", "华润城", "幸福里小区",
           "龙湖春江郦城", "融创玖樟台", "中海国际社区", "南苑新村", "锦绣江南", "紫薇花园", "世纪花城")


def cn_home_address(ctx: Ctx) -> str:
    """A mainland home in an estate: 小区, 栋 or 号楼, 单元 and 室, with or without the city."""
    r = ctx.rng.randrange
    district, road, estate = ctx.pick(CN_DISTRICTS), ctx.pick(CN_ROADS), ctx.pick(ESTATES)
    building, unit, room = r(1, 32), r(1, 7), r(2, 33) * 100 + r(1, 5)
    city = district if ctx.chance(0.6) else district[district.index("市") + 1:]
    return ctx.pick((f"{city}{road}{r(1, 999)}号{estate}{building}栋{unit}单元{room}",
                     f"{city}{estate}{building}号楼{unit}单元{room}室",
                     f"{estate}{cn_number(r(1, 6))}期{building}栋{room}",
                     f"{city}{road}{r(1, 2000)}弄{building}号{room}室",
                     f"{city} {road}{r(1, 999)}号 {estate} {building}-{unit}-{room}",
                     f"{road}{r(1, 600)}号院{building}号楼{unit}门{room}"))


TW_CITIES = (("臺北市", ("大安區", "信義區", "中山區", "士林區")), ("新北市", ("板橋區", "中和區", "新店區", "三重區")),
             ("臺中市", ("西屯區", "北屯區", "南屯區")), ("高雄市", ("苓雅區", "鼓山區", "左營區")),
             ("臺南市", ("東區", "中西區")), ("桃園市", ("中壢區", "桃園區")))
TW_ROADS = ("復興南路", "忠孝東路", "中山北路", "文化路", "民生東路", "中正路", "四維三路", "台灣大道", "建國路", "和平東路")
SECTIONS = ("一", "二", "三", "四", "五")


def tw_address_trad(ctx: Ctx) -> str:
    """A Taiwan address in Traditional characters: 段, 巷, 弄, 號, 樓 and 之."""
    r = ctx.rng.randrange
    city, districts = ctx.pick(TW_CITIES)
    head = f"{city}{ctx.pick(districts)}{ctx.pick(TW_ROADS)}{ctx.pick(SECTIONS)}段"
    lane = ctx.pick(("", f"{r(2, 300)}巷", f"{r(2, 300)}巷{r(1, 20)}弄"))
    floor = ctx.pick(("", f"{r(2, 20)}樓", f"{r(2, 15)}樓之{r(1, 6)}", f"{cn_number(r(2, 12))}樓"))
    return head + lane + f"{r(1, 400)}號" + floor


def said_dob(ctx: Ctx, lang: str, kid: bool = False) -> str:
    """A birth date as people say or type it to an assistant."""
    d = born(ctx, kid)
    y, m, day, mon = d.year, d.month, d.day, MONTHS[d.month - 1]
    if lang == "zh":
        y2 = "".join(CN_DIGITS[int(c)] for c in f"{y % 100:02d}")
        return ctx.pick((f"{y}年{m}月{day}号", f"{y % 100:02d}年{m}月{day}号", f"{y}.{m}.{day}",
                         f"{y2}年{cn_number(m)}月{cn_number(day)}号", f"{y}年{m}月{day}日", f"{y}-{m}-{day}",
                         f"民國{cn_number(y - 1911) if y - 1911 < 100 else y - 1911}年{cn_number(m)}月{cn_number(day)}日",
                         f"{y}年{m:02d}月{day:02d}号", f"{y}/{m}/{day}"))
    low = mon.lower()
    return ctx.pick((f"{low} {ordinal(day)} {y}", f"{day} {low} {y % 100:02d}", f"{mon} {day} {y}", f"{m}/{day}/{y}",
                     f"{m}-{day}-{y % 100:02d}", f"{y}-{m}-{day}", f"{low} {day} {y}", f"{ordinal(day)} {mon} {y}",
                     f"{mon[:3]} {day} {y}", f"{day}.{m}.{y}"))


LUNAR_MONTHS = ("正月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "冬月", "腊月")


def _lunar_day(n: int) -> str:
    if n <= 10:
        return "初" + cn_number(n)
    if n < 20 or n == 20 or n == 30:
        return cn_number(n)
    return "廿" + CN_DIGITS[n - 20]


def lunar_dob(ctx: Ctx) -> str:
    """A birth date in the lunar calendar, as Chinese families keep it: ``农历1985年三月初三``."""
    y = born(ctx).year
    month, day = ctx.pick(LUNAR_MONTHS), _lunar_day(ctx.rng.randrange(1, 31))
    y2 = "".join(CN_DIGITS[int(c)] for c in f"{y % 100:02d}")
    return ctx.pick((f"农历{y}年{month}{day}", f"{y}年农历{month}{day}", f"{y2}年农历{month}{day}",
                     f"阴历{y}年{month}{day}", f"農曆{y}年{month.replace('腊', '臘')}{day}"))


def typed_pin(ctx: Ctx, lang: str) -> str:
    """A point near a real city typed without a comma, with letters, or in decimal degrees and words."""
    lat, lng = point(ctx, lang)
    ns, ew = ("N" if lat >= 0 else "S"), ("E" if lng >= 0 else "W")
    if lang == "zh" and ctx.chance(0.4):
        return ctx.pick((f"北纬{lat:.4f} 东经{lng:.4f}", f"{lat:.5f} {lng:.5f}", f"纬度{lat:.5f}，经度{lng:.5f}"))
    return ctx.pick((f"{lat:.5f} {lng:.5f}", f"{lat:.6f}, {lng:.6f}", f"{ns}{abs(lat):.4f} {ew}{abs(lng):.4f}",
                     f"{abs(lat):.4f}{ns} {abs(lng):.4f}{ew}", f"{lat:.4f},{lng:.4f}", f"{lat:.5f}/{lng:.5f}"))


UP = "ABCDEFGHJKLMNPRSTUVWXYZ"


def plate_i(ctx: Ctx, country: str = "") -> str:
    """A plate of Ireland, Poland, Sweden, Switzerland, Austria or New Zealand."""
    country = country or ctx.pick(("ie", "pl", "se", "ch", "at", "nz"))
    d, r = ctx.digits, ctx.rng.randrange
    shapes: dict[str, Callable[[], str]] = {
        "ie": lambda: f"{r(13, 25)}{ctx.pick('12')}-{ctx.pick(('D', 'C', 'G', 'KY', 'L', 'WW', 'MH'))}-{r(1, 99999)}",
        "pl": lambda: f"{ctx.pick(('WA', 'WE', 'KR', 'PO', 'GD', 'DW', 'LU'))} {d(5)}",
        "se": lambda: f"{ctx.chars(3, UP)} {d(2)}{ctx.pick(string.digits + UP)}",
        "ch": lambda: f"{ctx.pick(('ZH', 'BE', 'VD', 'GE', 'AG', 'LU', 'TI'))} {r(1000, 999999)}",
        "at": lambda: f"{ctx.pick(('W', 'G', 'L', 'S', 'I', 'K'))}-{r(100, 99999)}{ctx.chars(1, UP)}",
        "nz": lambda: f"{ctx.chars(3, UP)}{d(3)}",
    }
    return shapes[country]()


ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"


def key_i(ctx: Ctx) -> str:
    """A token of a provider F, G and H do not write."""
    c = ctx.chars
    shapes: tuple[Callable[[], str], ...] = (
        lambda: "sk-or-v1-" + c(64, HEX), lambda: "gsk_" + c(52, ALNUM), lambda: "r8_" + c(37, ALNUM),
        lambda: "pplx-" + c(48, ALNUM), lambda: "xai-" + c(80, ALNUM), lambda: "tvly-" + c(32, ALNUM),
        lambda: "sk-" + c(32, HEX), lambda: f"{c(32, HEX)}.{c(16, ALNUM)}", lambda: "fw_" + c(24, ALNUM),
        lambda: "nvapi-" + c(64, ALNUM + "-_"), lambda: "jina_" + c(60, ALNUM))
    return ctx.pick(shapes)()
