"""People, places and contacts for corpus J (``bench/pii_corpus_j.py``) in forms corpora F-I do not
write, as they turn up in the paperwork of small offices, clinics, schools, shops and estate
agents: names from Faker locales no earlier corpus draws (Kenya, Nigeria, Pakistan, Chile, Estonia,
Latvia, Slovenia, Iceland, Ireland in Irish, Ghana, Azerbaijan, Uzbekistan, Liechtenstein,
Luxembourg, Thailand), Malay and Filipino names, names in Greek, Cyrillic, Hebrew and Thai script;
Chinese names with compound surnames, married Hong Kong names and Uyghur names with a middle dot;
staff e-mails at small businesses; phones of Malaysia, Thailand, Russia, Greece, Israel, Pakistan,
Macau, New Zealand, Chile and Portugal, mainland landlines; homes in suburbs estate agents list,
Shanghai lanes in Chinese and English, Malaysian and Hong Kong estate flats, mainland community
flats; birth dates as clinics, registrars and school forms write them.
"""

from __future__ import annotations

from bench.pii_corpus_f_contacts import _ascii
from bench.pii_corpus_f_values import Ctx
from bench.pii_corpus_h_people import born, cn_number
from bench.pii_corpus_i_values import GIVEN_PY, MONTHS, PINYIN

J_LOCALES = ("en_KE", "en_NG", "en_PK", "es_CL", "fr_CH", "et_EE", "lv_LV", "sl_SI", "is_IS", "ga_IE", "yo_NG",
             "ig_NG", "ha_NG", "zu_ZA", "tw_GH", "az_AZ", "uz_UZ", "de_LI", "de_LU", "en_TH", "es_CA", "en_US",
             "en_GB", "en_AU", "en_CA", "pt_PT", "fr_FR", "it_IT", "de_DE", "es_MX")
NATIVE_LOCALES = ("el_GR", "ru_RU", "uk_UA", "bg_BG", "he_IL", "th_TH", "ka_GE")
MALAY_F = ("Nur Aisyah", "Siti Nurhaliza", "Nurul Izzah", "Farah Hanim", "Aina Sofea", "Nor Azlina", "Puteri Balqis")
MALAY_M = ("Muhammad Hafiz", "Ahmad Faizal", "Mohd Azlan", "Amirul Hakim", "Khairul Anuar", "Syed Imran", "Haziq")
MALAY_FATHERS = ("Ismail", "Abdullah", "Rahman", "Hassan", "Zainal Abidin", "Othman", "Yusof", "Kamaruddin")
PH_F = ("Maria Cristina", "Ma. Theresa", "Jocelyn", "Rowena", "Kristine Joy", "Angelica", "Mary Grace")
PH_M = ("Jose Miguel", "Mark Anthony", "John Paul", "Rodel", "Jericho", "Ramon", "Christian")
PH_LAST = ("Dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva", "Mendoza", "Aquino", "Pascual", "Dimaculangan",
           "Macapagal", "Soriano", "De los Reyes")


def name_j(ctx: Ctx, female: bool | None = None) -> str:
    """A private person's full name: Faker locales earlier corpora skip, Malay and Filipino names."""
    female = ctx.chance(0.5) if female is None else female
    roll = ctx.rng.random()
    if roll < 0.1:
        given = ctx.pick(MALAY_F if female else MALAY_M)
        return f"{given} {'binti' if female else 'bin'} {ctx.pick(MALAY_FATHERS)}"
    if roll < 0.2:
        return f"{ctx.pick(PH_F if female else PH_M)} {ctx.pick(PH_LAST)}"
    fake = ctx.faker(ctx.pick(J_LOCALES))
    if female:
        return f"{fake.first_name_female()} {fake.last_name_female()}"
    return f"{fake.first_name_male()} {fake.last_name_male()}"


def native_name(ctx: Ctx) -> str:
    """A name in its own script, as a CV or a passport's data page prints it: Greek, Cyrillic,
    Hebrew, Thai or Georgian."""
    fake = ctx.faker(ctx.pick(NATIVE_LOCALES))
    if ctx.chance(0.5):
        return f"{fake.first_name_female()} {fake.last_name_female()}"
    return f"{fake.first_name_male()} {fake.last_name_male()}"


COMPOUND = ("欧阳", "司马", "上官", "诸葛", "东方", "慕容", "皇甫", "令狐", "司徒", "夏侯", "端木", "尉迟", "公孙", "长孙")
GIVEN_F = "婉清芷若雨桐思琪梓萱欣怡佳琪诗涵语嫣晓慧静怡雅婷"
GIVEN_M = "浩然子轩宇航俊杰明哲文博志远天佑嘉豪睿泽"
UYGHUR = ("阿依古丽·买买提", "热合曼·艾力", "古丽米拉·吐尔逊", "艾尔肯·阿布都拉", "迪丽娜尔·艾山", "买买提江·吾斯曼",
          "努尔比亚·托合提", "阿不都热西提·库尔班")
HK_MARRIED = ("陳李", "黃陳", "李張", "張黃", "梁何", "林周", "吳鄭", "何梁")
HK_GIVEN = ("美玲", "淑儀", "詠詩", "嘉欣", "麗珍", "寶儀", "慧敏", "鳳儀")


def cn_name_j(ctx: Ctx, female: bool | None = None) -> str:
    """A Chinese name: mostly a Faker one, now and then a compound surname, a married Hong Kong
    name (陳李美玲) or a Uyghur name with its middle dot."""
    female = ctx.chance(0.5) if female is None else female
    roll = ctx.rng.random()
    if roll < 0.12:
        pool = GIVEN_F if female else GIVEN_M
        i = ctx.rng.randrange(0, len(pool) - 1)
        return ctx.pick(COMPOUND) + (pool[i:i + 2] if ctx.chance(0.6) else pool[i])
    if roll < 0.17 and female:
        return ctx.pick(HK_MARRIED) + ctx.pick(HK_GIVEN)
    if roll < 0.22:
        return ctx.pick(UYGHUR)
    fake = ctx.faker("zh_TW" if ctx.chance(0.1) else "zh_CN")
    first = fake.first_name_female() if female else fake.first_name_male()
    return f"{fake.last_name()}{first}"


BIZ_DOMAINS = ("brightsmile-dental.co.uk", "harbourviewrealty.com", "oakleafmotors.com.au", "greenpaws-vet.ie",
               "kellyspharmacy.ca", "peakfitness.co.nz", "ivoryandlace.events", "northstar-travel.com",
               "mapleleafproperties.ca", "baylawgroup.com", "sunrise-bakery.co.uk", "fernhillclinic.org",
               "lakeside-hr.com", "blueharbor-imports.com")
CN_DOMAINS = ("hengtai-law.cn", "jinhua-realty.com", "xinyuan4s.com", "huamei-ins.com", "sh-kaida.com.cn",
              "lanshan-edu.cn", "mingde-wuye.com", "yuexiang-trade.com")


def work_email(ctx: Ctx, lang: str) -> str:
    """A person's address at a small business, an agency or a clinic."""
    if lang == "zh" and ctx.chance(0.7):
        user = ctx.pick((f"{ctx.pick(PINYIN)}{ctx.pick(GIVEN_PY)}", f"{ctx.pick(GIVEN_PY)}.{ctx.pick(PINYIN)}",
                         f"{ctx.pick(PINYIN)}.{ctx.pick(GIVEN_PY)[0]}"))
        return f"{user}@{ctx.pick(CN_DOMAINS)}"
    first, last = (("".join(c for c in _ascii(w).lower() if c.isalpha()) or "x") for w in name_j(ctx).split(" ")[:2])
    user = ctx.pick((f"{first}.{last}", f"{first}", f"{first[0]}{last}", f"{first}_{last}", f"{last}.{first[0]}"))
    return f"{user}@{ctx.pick(BIZ_DOMAINS)}"


def phone_j(ctx: Ctx) -> str:
    """A mobile of a country earlier corpora rarely draw, as its people write it."""
    d = ctx.digits
    return ctx.pick((f"+60 1{d(1, '2679')}-{d(3)} {d(4)}", f"01{d(1, '2679')}-{d(3)} {d(4)}",
                     f"+66 {d(1, '689')}{d(1)} {d(3)} {d(4)}", f"08{d(1)}-{d(3)}-{d(4)}",
                     f"+7 9{d(2)} {d(3)}-{d(2)}-{d(2)}", f"8 (9{d(2)}) {d(3)}-{d(2)}-{d(2)}",
                     f"+30 69{d(1, '3479')} {d(3)} {d(4)}", f"+972 5{d(1, '02348')}-{d(3)}-{d(4)}",
                     f"+92 3{d(2)} {d(7)}", f"03{d(2)}-{d(7)}", f"+853 6{d(3)} {d(4)}",
                     f"021 {d(3)} {d(4)}", f"+64 2{d(1, '127')} {d(3)} {d(4)}", f"+56 9 {d(4)} {d(4)}",
                     f"+351 9{d(1, '1236')}{d(1)} {d(3)} {d(3)}", f"9{d(1, '1236')}{d(1)} {d(3)} {d(3)}"))


def cn_landline(ctx: Ctx) -> str:
    """A mainland landline with its area code, as a form or a business card writes it."""
    area = ctx.pick(("021", "010", "020", "0755", "0571", "028", "025", "027", "0512", "023"))
    body = ctx.digits(8, "2345678") if len(area) == 3 else ctx.digits(ctx.pick((7, 8)), "2345678")
    split = len(body) // 2
    return ctx.pick((f"{area}-{body}", f"({area}){body[:split]}-{body[split:]}", f"{area} {body[:split]} {body[split:]}",
                     f"{area}－{body}", f"+86 {area[1:]} {body}"))


def cn_mobile_j(ctx: Ctx) -> str:
    """A mainland mobile grouped 3-4-4 with the separators people type."""
    body = ctx.pick(("135", "136", "137", "150", "158", "173", "180", "181", "189", "195", "198")) + ctx.digits(8)
    return ctx.pick((body, body, f"{body[:3]} {body[3:7]} {body[7:]}", f"{body[:3]}-{body[3:7]}-{body[7:]}",
                     f"+86 {body}", f"{body[:3]}·{body[3:7]}·{body[7:]}"))


US_SUBURBS = (("Plano", "TX", "750"), ("Naperville", "IL", "605"), ("Scottsdale", "AZ", "852"),
              ("Charlotte", "NC", "282"), ("Nashville", "TN", "372"), ("Salt Lake City", "UT", "841"),
              ("Overland Park", "KS", "662"), ("Pittsburgh", "PA", "152"), ("Albuquerque", "NM", "871"),
              ("Spokane", "WA", "992"), ("Fremont", "CA", "945"))
UK_SUBURBS = (("Reading", "RG"), ("Leicester", "LE"), ("Brighton", "BN"), ("Exeter", "EX"), ("Milton Keynes", "MK"),
              ("Swansea", "SA"), ("Aberdeen", "AB"), ("Harrogate", "HG"))
AU_SUBURBS = (("Kellyville", "NSW", "2155"), ("Mawson Lakes", "SA", "5095"), ("Doncaster", "VIC", "3108"),
              ("Joondalup", "WA", "6027"), ("Carindale", "QLD", "4152"))
STREETS = ("Tamarind", "Bluebell", "Kingfisher", "Amberwood", "Sandpiper", "Wattle", "Heather", "Foxglove", "Ironbark",
           "Larkspur", "Silverbirch", "Clover", "Marigold", "Brookside", "Greenhill", "Pinecrest")


def home_j(ctx: Ctx) -> str:
    """A house or flat in a suburb of the US, the UK, Australia or New Zealand, as a listing,
    a lease or an enrolment form writes it."""
    r, kind = ctx.rng.randrange, ctx.pick(("us", "us", "uk", "uk", "au", "nz"))
    street = ctx.pick(STREETS)
    if kind == "us":
        city, state, zip3 = ctx.pick(US_SUBURBS)
        unit = ctx.pick(("", "", f" Apt {r(1, 40)}{ctx.pick('ABCD')}", f", Unit {r(101, 950)}"))
        return f"{r(100, 9999)} {street} {ctx.pick(('Dr', 'Ct', 'Ln', 'Way', 'Trl', 'Cir'))}{unit}, {city}, {state} " \
               f"{zip3}{ctx.digits(2)}"
    if kind == "uk":
        town, area = ctx.pick(UK_SUBURBS)
        flat = ctx.pick(("", "", f"Flat {r(1, 20)}, ", f"Apartment {r(1, 60)}, "))
        return f"{flat}{r(1, 180)} {street} {ctx.pick(('Close', 'Way', 'Drive', 'Rise', 'Court', 'View'))}, {town} " \
               f"{area}{r(1, 40)} {r(1, 9)}{ctx.chars(2, 'ABDEFGHJLNPQRSTUWXYZ')}"
    if kind == "au":
        suburb, state, pc = ctx.pick(AU_SUBURBS)
        return f"{ctx.pick(('', f'{r(1, 30)}/'))}{r(1, 220)} {street} {ctx.pick(('Cres', 'Pl', 'Cct', 'St'))}, " \
               f"{suburb} {state} {pc}"
    suburb = ctx.pick(("Papakura, Auckland 2110", "Karori, Wellington 6012", "Rototuna, Hamilton 3210",
                       "Halswell, Christchurch 8025"))
    return f"{r(1, 240)} {street} {ctx.pick(('Street', 'Road', 'Place', 'Grove'))}, {suburb}"


SH_DISTRICTS = (("闵行区", "Minhang District", "201100"), ("浦东新区", "Pudong New Area", "200120"),
                ("长宁区", "Changning District", "200050"), ("静安区", "Jing'an District", "200040"),
                ("杨浦区", "Yangpu District", "200082"), ("徐汇区", "Xuhui District", "200030"))
SH_ROADS = (("莘松路", "Xinsong Road"), ("张杨路", "Zhangyang Road"), ("古北路", "Gubei Road"),
            ("延安中路", "Middle Yan'an Road"), ("国权路", "Guoquan Road"), ("漕溪北路", "North Caoxi Road"),
            ("锦绣路", "Jinxiu Road"), ("虹桥路", "Hongqiao Road"))


def sh_lane(ctx: Ctx, english: bool | None = None) -> str:
    """A Shanghai home in a lane (弄), in Chinese or as an English form writes it."""
    r = ctx.rng.randrange
    (zd, ed, pc), (zr, er) = ctx.pick(SH_DISTRICTS), ctx.pick(SH_ROADS)
    lane, no, room = r(10, 1500), r(1, 80), r(1, 7) * 100 + r(1, 4)
    english = ctx.chance(0.5) if english is None else english
    if english:
        return ctx.pick((f"Room {room}, No. {no}, Lane {lane} {er}, {ed}, Shanghai {pc}",
                         f"Rm {room}, No.{no}, Lane {lane}, {er}, {ed}, Shanghai",
                         f"{no}-{room}, Lane {lane} {er}, {ed}, Shanghai, China {pc}"))
    return ctx.pick((f"上海市{zd}{zr}{lane}弄{no}号{room}室", f"{zd}{zr}{lane}弄{no}号{room}", f"{zr}{lane}弄{no}号{room}室"))


MY_PLACES = ("47300 Petaling Jaya, Selangor", "59000 Kuala Lumpur", "81100 Johor Bahru, Johor",
             "11900 Bayan Lepas, Pulau Pinang", "40150 Shah Alam, Selangor", "93350 Kuching, Sarawak")


def my_address(ctx: Ctx) -> str:
    """A Malaysian home: a Jalan with its section, or a condominium unit."""
    r = ctx.rng.randrange
    return ctx.pick((f"No. {r(1, 99)}, Jalan SS {r(1, 25)}/{r(1, 40)}, {ctx.pick(MY_PLACES)}",
                     f"{ctx.pick('ABC')}-{r(1, 30)}-{r(1, 12)}, Residensi {ctx.pick(('Bangsar', 'Damai', 'Cempaka'))}, "
                     f"Jalan {ctx.pick(('Maarof', 'Ampang', 'Klang Lama'))}, {ctx.pick(MY_PLACES)}",
                     f"{r(1, 80)}, Lorong {ctx.pick(('Melati', 'Kenanga', 'Seroja'))} {r(1, 9)}, Taman "
                     f"{ctx.pick(('Sri Muda', 'Desa', 'Bukit Indah'))}, {ctx.pick(MY_PLACES)}"))


HK_ESTATES = (("Tin Yiu Estate", "Tin Yiu House", "Tin Shui Wai", "天耀邨", "耀盛樓"),
              ("Lek Yuen Estate", "Fung Lok House", "Sha Tin", "瀝源邨", "富裕樓"),
              ("Choi Hung Estate", "Kam Hung House", "Wong Tai Sin", "彩虹邨", "金漢樓"),
              ("Shek Kip Mei Estate", "Mei Ying House", "Sham Shui Po", "石硤尾邨", "美映樓"),
              ("Lei Tung Estate", "Tung Yat House", "Ap Lei Chau", "利東邨", "東逸樓"))


def hk_estate(ctx: Ctx) -> str:
    """A flat in a Hong Kong public estate, in English or in Traditional characters."""
    r = ctx.rng.randrange
    en_estate, house, district, zh_estate, zh_house = ctx.pick(HK_ESTATES)
    floor, flat = r(2, 40), r(1, 30)
    if ctx.chance(0.5):
        return f"Flat {floor:02d}{flat:02d}, {floor}/F, {house}, {en_estate}, {district}"
    return f"{zh_estate}{zh_house}{floor}樓{flat:02d}室"


CN_COMMUNITIES = ("和平里七区", "幸福家园", "金桂苑", "红旗新村", "莲花小区", "枫林绿洲", "望京西园三区", "梅园新村",
                  "康桥半岛", "凤凰城", "锦华苑", "星河湾")
CN_TOWNS = ("北京市朝阳区", "杭州市西湖区", "南京市玄武区", "成都市武侯区", "西安市碑林区", "广州市海珠区", "青岛市市南区",
            "宁波市鄞州区", "武汉市江汉区", "昆明市五华区")


def cn_flat(ctx: Ctx) -> str:
    """A flat in a residential community, as a 居委会, a 物业 or a school form writes it: with its
    city or with the community alone, 号楼 or 栋 or 幢, 单元 or 门."""
    r = ctx.rng.randrange
    community, building, unit, room = ctx.pick(CN_COMMUNITIES), r(1, 40), r(1, 6), r(1, 30) * 100 + r(1, 4)
    head = ctx.pick((ctx.pick(CN_TOWNS), ""))
    return ctx.pick((f"{head}{community}{building}号楼{unit}单元{room}", f"{head}{community}{building}幢{room}室",
                     f"{head}{community}{cn_number(building)}号楼{unit}门{room}",
                     f"{head}{community}{building}-{unit}-{room}"))


MON3 = tuple(m[:3] for m in MONTHS)
CN_ZERO = "〇一二三四五六七八九"


def dob_j(ctx: Ctx, lang: str, kid: bool = False) -> str:
    """A birth date as a clinic, a registrar or a school form writes it."""
    d = born(ctx, kid)
    y, m, day = d.year, d.month, d.day
    if lang == "zh":
        yz = "".join(CN_ZERO[int(c)] for c in str(y))
        return ctx.pick((f"{y}年{m:02d}月{day:02d}日", f"{yz}年{cn_number(m)}月{cn_number(day)}日", f"{y}.{m:02d}.{day:02d}",
                         f"{y}年{m}月{day}日", f"{y}/{m:02d}/{day:02d}", f"{y % 100:02d}年{m}月{day}日"))
    mon = MON3[m - 1]
    return ctx.pick((f"{day:02d} {mon} {y}", f"{day:02d}-{mon.upper()}-{y}", f"{mon}-{day:02d}-{y}", f"{y} {mon} {day}",
                     f"{day:02d}/{m:02d}/{y}", f"{m:02d}/{day:02d}/{y}", f"{MONTHS[m - 1]} {day}, {y}",
                     f"{day} {MONTHS[m - 1]} {y}", f"{y}.{m:02d}.{day:02d}"))
