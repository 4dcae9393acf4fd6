"""People for corpus F (``bench/pii_corpus_f.py``): full names (Faker in many locales, pinyin,
Taiwan, Hong Kong and Singapore names), street addresses (Faker's street names joined to real
cities and postcode shapes; mainland, Taiwan, Hong Kong and Singapore addresses), birth dates
in English and Chinese forms, and coordinates near real cities.
"""

from __future__ import annotations

from bench.pii_corpus_f_values import Ctx

WESTERN = ("en_US", "en_US", "en_GB", "en_GB", "en_AU", "en_IN", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL",
           "pt_BR", "pl_PL", "en_CA", "en_IE")


def western_name(ctx: Ctx) -> str:
    fake = ctx.faker(ctx.pick(WESTERN))
    first, last = str(fake.first_name()), str(fake.last_name())
    if ctx.chance(0.08):
        return f"{first} {ctx.pick('ABCDEFGHJKLMNPRSTW')}. {last}"
    return f"{first} {last}"


def chinese_name(ctx: Ctx) -> str:
    return str(ctx.faker("zh_CN").name())


def taiwan_name(ctx: Ctx) -> str:
    return str(ctx.faker("zh_TW").name())


HK_SURNAMES = ("Chan", "Wong", "Cheung", "Lau", "Ng", "Ho", "Leung", "Yip", "Tsang", "Kwok", "Fung", "Lam", "Mak")
HK_SYLLABLES = ("Ka", "Wai", "Man", "Chi", "Siu", "Ming", "Yan", "Hoi", "Kit", "Sze", "Ting", "Wing", "Lok", "Yee",
                "Tsz", "Hiu", "Chun", "Pui")


def hk_name(ctx: Ctx) -> str:
    sur, given = ctx.pick(HK_SURNAMES), f"{ctx.pick(HK_SYLLABLES)} {ctx.pick(HK_SYLLABLES)}"
    return ctx.pick((f"{sur.upper()} {given}", f"{sur} {given}", f"{given} {sur}"))


SG_NAMES = ("Tan Wei Ming", "Lim Hui Min", "Ong Jun Jie", "Goh Xin Yi", "Teo Kok Wah", "Koh Mei Ling",
            "Nur Aisyah binte Rahman", "Muhammad Irfan bin Salleh", "Siti Nurhaliza binte Ismail",
            "Ahmad Danial bin Yusof", "Kavitha d/o Subramaniam", "Arvind s/o Krishnan", "Chua Li Ting",
            "Seah Boon Keng", "Rajesh s/o Pillai", "Yeo Shu Fen")


def sg_name(ctx: Ctx) -> str:
    return ctx.pick(SG_NAMES)


def boarding_name(name: str) -> str:
    """A name as boarding passes print it: ``SURNAME/GIVEN``."""
    parts = name.replace(".", "").split()
    return f"{parts[-1]}/{' '.join(parts[:-1])}".upper()


def pinyin_name(ctx: Ctx) -> str:
    """A Chinese name in pinyin, as passports and Western forms have it."""
    fake = ctx.faker("zh_CN")
    return f"{fake.first_romanized_name()} {fake.last_romanized_name()}"


def person_name(ctx: Ctx, lang: str) -> str:
    if lang == "zh":
        return taiwan_name(ctx) if ctx.chance(0.1) else chinese_name(ctx)
    return pinyin_name(ctx) if ctx.chance(0.1) else western_name(ctx)


US_CITIES = (("Austin", "TX", "787"), ("Denver", "CO", "802"), ("Columbus", "OH", "432"), ("Portland", "OR", "972"),
             ("Raleigh", "NC", "276"), ("Madison", "WI", "537"), ("Sacramento", "CA", "958"), ("Tampa", "FL", "336"),
             ("Brooklyn", "NY", "112"), ("Seattle", "WA", "981"), ("Naperville", "IL", "605"),
             ("Scottsdale", "AZ", "852"), ("Ann Arbor", "MI", "481"), ("Somerville", "MA", "021"))
US_SUFFIXES = ("St", "Street", "Ave", "Avenue", "Rd", "Drive", "Dr", "Lane", "Ct", "Blvd", "Way", "Pl")
TREES = ("Maple", "Oak", "Cedar", "Willow", "Birch", "Elm", "Hickory", "Sycamore", "Juniper", "Magnolia")
UK_TOWNS = (("Leeds", "LS"), ("Bristol", "BS"), ("Manchester", "M"), ("Sheffield", "S"), ("Norwich", "NR"),
            ("Cardiff", "CF"), ("Edinburgh", "EH"), ("Brighton", "BN"), ("Oxford", "OX"), ("Leicester", "LE"),
            ("York", "YO"), ("Glasgow", "G"), ("Nottingham", "NG"))
UK_STREETS = ("Victoria", "Church", "Mill", "Station", "Park", "Queen's", "Albert", "Westfield", "Hawthorn",
              "Rosebery", "Kingsley", "Beech", "Chapel", "Manor", "Ashby", "Priory")
UK_SUFFIXES = ("Road", "Street", "Avenue", "Close", "Crescent", "Lane", "Gardens", "Terrace", "Way", "Grove", "Mews")
EU_CITIES = {
    "de_DE": (("Berlin", "10"), ("München", "80"), ("Hamburg", "22"), ("Köln", "50"), ("Leipzig", "04"),
              ("Frankfurt am Main", "60")),
    "fr_FR": (("Paris", "750"), ("Lyon", "6900"), ("Marseille", "130"), ("Toulouse", "310"), ("Nantes", "440"),
              ("Lille", "590")),
    "es_ES": (("Madrid", "280"), ("Barcelona", "080"), ("Valencia", "460"), ("Sevilla", "410"), ("Bilbao", "480")),
    "it_IT": (("Milano", "201"), ("Roma", "001"), ("Torino", "101"), ("Bologna", "401"), ("Firenze", "501")),
    "nl_NL": (("Amsterdam", "10"), ("Rotterdam", "30"), ("Utrecht", "35"), ("Den Haag", "25"), ("Eindhoven", "56")),
}
NL_STREETS = ("Prinsengracht", "Kerkstraat", "Molenweg", "Laan van Meerdervoort", "Vondelstraat", "Dorpsstraat",
              "Nieuwe Binnenweg", "Oudegracht", "Stationsweg")
ES_STREETS = ("Calle de Alcalá", "Calle Mayor", "Avenida de América", "Carrer de Balmes", "Calle de Toledo",
              "Paseo de la Castellana", "Calle del Pez", "Avinguda Diagonal")


def _postfix(ctx: Ctx, stem: str, length: int) -> str:
    return stem + ctx.digits(length - len(stem))


def us_address(ctx: Ctx) -> str:
    city, state, zip3 = ctx.pick(US_CITIES)
    fake = ctx.faker("en_US")
    street = ctx.pick((f"{fake.last_name()} {ctx.pick(US_SUFFIXES)}", f"{ctx.pick(TREES)} {ctx.pick(US_SUFFIXES)}",
                       f"{ctx.pick(('N', 'S', 'E', 'W'))} {ctx.rng.randrange(2, 99)}th St"))
    unit = ctx.pick(("", "", "", f", Apt {ctx.rng.randrange(1, 30)}{ctx.pick('ABCD')}",
                     f" #{ctx.rng.randrange(2, 400)}", f", Unit {ctx.rng.randrange(1, 20)}"))
    return f"{ctx.rng.randrange(12, 9900)} {street}{unit}, {city}, {state} {_postfix(ctx, zip3, 5)}"


def uk_address(ctx: Ctx) -> str:
    town, area = ctx.pick(UK_TOWNS)
    postcode = f"{area}{ctx.rng.randrange(1, 20)} {ctx.digits(1)}{ctx.chars(2, 'ABDEFGHJLNPQRSTUWXYZ')}"
    flat = ctx.pick(("", "", "", f"Flat {ctx.rng.randrange(1, 12)}, "))
    street = f"{ctx.pick(UK_STREETS)} {ctx.pick(UK_SUFFIXES)}"
    return f"{flat}{ctx.rng.randrange(1, 240)} {street}, {town} {postcode}"


def eu_address(ctx: Ctx, loc: str = "") -> str:
    """A German, French, Spanish, Italian or Dutch address with postcode and city."""
    loc = loc or ctx.pick(sorted(EU_CITIES))
    city, stem = ctx.pick(EU_CITIES[loc])
    num = ctx.rng.randrange(1, 180)
    if loc == "de_DE":
        return f"{ctx.faker(loc).street_name()} {num}, {_postfix(ctx, stem, 5)} {city}"
    if loc == "fr_FR":
        return f"{num} {ctx.faker(loc).street_name()}, {_postfix(ctx, stem, 5)} {city}"
    if loc == "es_ES":
        floor = ctx.pick(("", f", {ctx.rng.randrange(1, 9)}º {ctx.pick('ABCD')}"))
        return f"{ctx.pick(ES_STREETS)} {num}{floor}, {_postfix(ctx, stem, 5)} {city}"
    if loc == "it_IT":
        return f"Via {ctx.faker(loc).last_name()} {num}, {_postfix(ctx, stem, 5)} {city}"
    return f"{ctx.pick(NL_STREETS)} {num}, {_postfix(ctx, stem, 4)} {ctx.chars(2, 'ABCDEGHJKLMNPRSTVWXZ')} {city}"


def other_address(ctx: Ctx) -> str:
    """An Australian or Indian address."""
    if ctx.chance(0.5):
        suburb, state, pc = ctx.pick((("Fitzroy", "VIC", "3065"), ("Newtown", "NSW", "2042"),
                                      ("Paddington", "QLD", "4064"), ("Subiaco", "WA", "6008")))
        unit = ctx.pick(("", f"{ctx.rng.randrange(1, 20)}/"))
        return f"{unit}{ctx.rng.randrange(1, 300)} {ctx.faker('en_AU').last_name()} St, {suburb} {state} {pc}"
    area, city, pin = ctx.pick((("Indiranagar", "Bengaluru", "5600"), ("Koregaon Park", "Pune", "4110"),
                                ("Andheri West", "Mumbai", "4000"), ("Banjara Hills", "Hyderabad", "5000")))
    return (f"Flat {ctx.rng.randrange(101, 1204)}, {ctx.faker('en_IN').last_name()} Residency, "
            f"{ctx.rng.randrange(1, 20)}th Cross Road, {area}, {city} {_postfix(ctx, pin, 6)}")


def western_address(ctx: Ctx) -> str:
    roll = ctx.rng.random()
    if roll < 0.35:
        return us_address(ctx)
    if roll < 0.6:
        return uk_address(ctx)
    return eu_address(ctx) if roll < 0.9 else other_address(ctx)


CN_PLACES = (("北京市", "朝阳区", ("望京街", "建国路", "朝阳北路", "双井东路")), ("北京市", "海淀区", ("学院路", "知春路", "万泉河路")),
             ("上海市", "浦东新区", ("张杨路", "锦绣路", "东方路")), ("上海市", "静安区", ("江宁路", "延长中路", "共和新路")),
             ("广州市", "天河区", ("天河北路", "体育西路", "黄埔大道西")), ("深圳市", "福田区", ("莲花路", "福华三路", "深南中路")),
             ("杭州市", "滨江区", ("江南大道", "滨盛路", "长河路")), ("南京市", "鼓楼区", ("中山北路", "湖南路", "广州路")),
             ("成都市", "锦江区", ("红星路三段", "东大街", "水碾河路")), ("武汉市", "武昌区", ("中北路", "友谊大道", "徐东大街")),
             ("西安市", "碑林区", ("长安北路", "友谊西路", "南关正街")), ("苏州市", "工业园区", ("星湖街", "现代大道", "金鸡湖大道")),
             ("重庆市", "渝北区", ("金开大道", "新牌坊一路", "龙山大道")), ("长沙市", "岳麓区", ("枫林三路", "麓山南路", "金星中路")),
             ("青岛市", "崂山区", ("香港东路", "海尔路", "松岭路")), ("厦门市", "思明区", ("莲前西路", "嘉禾路", "湖滨南路")))
COMPOUNDS = ("阳光花园", "翠湖小区", "锦绣家园", "金地名京", "万科城", "保利香槟国际", "华润二十四城", "绿城桂花园", "和平里",
             "龙湖春森彼岸", "碧桂园", "幸福里")


def cn_address(ctx: Ctx) -> str:
    """A mainland address: city, district, road, number and flat, with or without spaces."""
    city, district, roads = ctx.pick(CN_PLACES)
    r = ctx.rng.randrange
    sp = " " if ctx.chance(0.3) else ""
    num = f"{sp}{r(1, 1800)}{sp}号"
    flat = ctx.pick((f"{ctx.pick(COMPOUNDS)}{r(1, 30)}栋{r(1, 4)}单元{r(1, 33)}0{r(1, 5)}", f"{r(1, 25)}号楼{r(101, 2805)}室",
                     f"{sp}{r(2, 30)}{sp}楼", "", f"{ctx.pick(COMPOUNDS)}{r(1, 18)}-{r(1, 33)}0{r(1, 4)}"))
    lane = f"{r(10, 999)}弄" if city == "上海市" and ctx.chance(0.4) else ""
    head = ctx.pick((city + district, city + district, district))
    return f"{head}{ctx.pick(roads)}{lane}{num}{flat}"


TW_PLACES = (("臺北市", "大安區", "忠孝東路四段"), ("臺北市", "信義區", "松仁路"), ("新北市", "板橋區", "文化路一段"),
             ("台中市", "西屯區", "台灣大道三段"), ("高雄市", "苓雅區", "四維三路"), ("台南市", "東區", "大學路"),
             ("桃園市", "中壢區", "中大路"))


def tw_address(ctx: Ctx) -> str:
    city, district, road = ctx.pick(TW_PLACES)
    sp = ctx.pick(("", " "))
    lane = ctx.pick(("", f"{ctx.rng.randrange(2, 300)}巷"))
    floor = ctx.pick(("", f"{sp}{ctx.rng.randrange(2, 20)}{sp}樓", f"{ctx.rng.randrange(2, 15)}樓之{ctx.rng.randrange(1, 6)}"))
    return f"{city}{district}{road}{lane}{sp}{ctx.rng.randrange(1, 400)}{sp}號{floor}"


HK_STREETS = ("Nathan Road", "Hennessy Road", "Castle Peak Road", "King's Road", "Tai Po Road", "Po Kong Village Road")
HK_STREETS_ZH = ("九龍旺角彌敦道", "香港灣仔軒尼詩道", "新界荃灣青山公路", "香港北角英皇道", "九龍深水埗大埔道")


def hk_address(ctx: Ctx) -> str:
    if ctx.chance(0.5):
        return (f"Flat {ctx.rng.randrange(1, 30)}{ctx.pick('ABCDEFGH')}, {ctx.rng.randrange(2, 60)}/F, "
                f"Block {ctx.rng.randrange(1, 8)}, {ctx.rng.randrange(1, 900)} {ctx.pick(HK_STREETS)}")
    return f"{ctx.pick(HK_STREETS_ZH)}{ctx.rng.randrange(1, 900)}號{ctx.rng.randrange(2, 40)}樓{ctx.pick('ABCDEFGH')}室"


SG_STREETS = ("Ang Mo Kio Avenue 3", "Tampines Street 81", "Jurong West Street 42", "Bedok North Road",
              "Yishun Ring Road", "Toa Payoh Lorong 1", "Clementi Avenue 2", "Punggol Field")


def sg_address(ctx: Ctx) -> str:
    return (f"Blk {ctx.rng.randrange(100, 999)} {ctx.pick(SG_STREETS)}, #{ctx.rng.randrange(2, 25):02d}-"
            f"{ctx.rng.randrange(1, 400)}, Singapore {ctx.rng.randrange(100000, 829999)}")


def street_address(ctx: Ctx, lang: str) -> str:
    if lang == "zh":
        return tw_address(ctx) if ctx.chance(0.1) else cn_address(ctx)
    return western_address(ctx)


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
CN_NUMERALS = "〇一二三四五六七八九"


def date_of_birth(ctx: Ctx, lang: str) -> str:
    d = ctx.birth_for("dob")
    if lang == "zh":
        forms = [f"{d.year}年{d.month}月{d.day}日", f"{d.year}-{d.month:02d}-{d.day:02d}", f"{d.year}.{d.month:02d}.{d.day:02d}",
                 f"{d.year}/{d.month}/{d.day}", f"{d.year}年{d.month:02d}月{d.day:02d}日", f"{d.year} 年 {d.month} 月 {d.day} 日"]
        if ctx.chance(0.05):
            return "".join(CN_NUMERALS[int(c)] for c in str(d.year)) + f"年{d.month}月{d.day}日"
        return ctx.pick(forms)
    forms = [d.isoformat(), f"{d.month:02d}/{d.day:02d}/{d.year}", f"{d.day:02d}/{d.month:02d}/{d.year}",
             f"{d.day} {MONTHS[d.month - 1]} {d.year}", f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
             f"{d.day:02d}-{MONTHS[d.month - 1][:3]}-{d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}"]
    return ctx.pick(forms)


CITY_POINTS = ((31.2304, 121.4737), (39.9042, 116.4074), (22.5431, 114.0579), (30.2741, 120.1551),
               (51.5072, -0.1276), (40.7128, -74.0060), (48.8566, 2.3522), (52.5200, 13.4050),
               (47.6062, -122.3321), (1.3521, 103.8198), (25.0330, 121.5654), (-33.8688, 151.2093),
               (53.4808, -2.2426), (37.7749, -122.4194), (41.3874, 2.1686), (34.2658, 108.9541))


def gps(ctx: Ctx) -> str:
    lat0, lng0 = ctx.pick(CITY_POINTS)
    lat, lng = lat0 + ctx.rng.uniform(-0.2, 0.2), lng0 + ctx.rng.uniform(-0.2, 0.2)
    p = ctx.pick((4, 5, 6))
    ns, ew = ("N" if lat >= 0 else "S"), ("E" if lng >= 0 else "W")
    forms = [f"{lat:.{p}f}, {lng:.{p}f}", f"{lat:.{p}f},{lng:.{p}f}", f"{abs(lat):.5f}°{ns}, {abs(lng):.5f}°{ew}",
             f"{ns}{abs(lat):.4f} {ew}{abs(lng):.4f}", _dms(lat, "NS") + " " + _dms(lng, "EW")]
    return ctx.pick(forms)


def _dms(x: float, hemi: str) -> str:
    a = abs(x)
    d, m = int(a), int((a - int(a)) * 60)
    s = ((a - int(a)) * 60 - m) * 60
    return f"{d}°{m:02d}'{s:04.1f}\"{hemi[0] if x >= 0 else hemi[1]}"
