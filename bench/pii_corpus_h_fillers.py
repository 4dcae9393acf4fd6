"""Fillers for corpus H (``bench/pii_corpus_h.py``): values that are not personal data and are never
labelled, added to corpus G's. The codes of banks and branches (ABA routing numbers, SWIFT/BIC,
sort codes, IFSC, BSB, BLZ, CNAPS, Canadian institution numbers), business hotlines, the test
cards payment providers document, masked card and account numbers, IBAN-shaped product codes
that fail mod 97, court, police and claim references, hotel, rental and ticket numbers, ISINs,
LEIs, HS and ICD codes, trial registry ids, landmarks with their coordinates, plus codes, famous
people with birth dates, public figures, fictional characters, companies named after people,
streets named in the news without a number; and the organisations the frames need (airlines,
hotels, insurers, courts, schools, clubs, agencies, trial sites).
"""

from __future__ import annotations

import string
from collections.abc import Callable

from bench.pii_corpus_f_values import Ctx
from bench.pii_corpus_g_fillers import FILLERS as G_FILLERS
from bench.pii_corpus_h_money import iban_check
from bench.pii_corpus_values import group

UP = string.ascii_uppercase


def _pick(values: tuple[str, ...]) -> Callable[[Ctx], str]:
    return lambda ctx: ctx.pick(values)


ABA = (("JPMorgan Chase", "021000021"), ("Bank of America", "026009593"), ("Wells Fargo", "121000248"),
       ("Citibank", "021000089"), ("U.S. Bank", "091000022"), ("PNC Bank", "043000096"), ("TD Bank", "031101266"),
       ("Capital One", "051405515"))
SWIFT = ("HSBCGB2L", "BARCGB22", "CHASUS33", "BOFAUS3N", "DEUTDEFF", "COBADEFF", "UBSWCHZH80A", "SBININBB",
         "CTBAAU2S", "ICBKCNBJ", "BKCHCNBJ", "PCBCCNBJ", "CMBCCNBS", "HSBCHKHH", "MHCBJPJT", "SCBLSGSG", "NEDSZAJJ")
SORT_CODES = ("04-00-04", "60-83-71", "23-14-70", "20-00-00", "30-00-00", "40-47-84")
IFSC = ("SBIN0000300", "HDFC0000001", "ICIC0000002", "UTIB0000004", "KKBK0000958", "PUNB0244200")
BSB = ("062-000", "083-004", "033-000", "012-003", "063-010")
BLZ = ("100 500 00", "370 400 44", "500 700 10", "200 400 00", "120 300 00")
CNAPS = ("102100099996", "103100000026", "104100000004", "105100000017", "308584000013")
CA_INST = ("003 (RBC)", "004 (TD)", "001 (BMO)", "002 (Scotiabank)", "010 (CIBC)")
CN_BANKS = ("中国工商银行杭州高新支行", "招商银行深圳科技园支行", "中国建设银行成都高新支行", "中国银行上海市浦东分行",
            "交通银行南京城东支行", "中国农业银行武汉光谷支行", "浦发银行广州天河支行", "宁波银行江北支行")
BANKS = ("HSBC UK", "Barclays", "Monzo", "Chase", "Wells Fargo", "HDFC Bank", "State Bank of India", "CommBank",
         "RBC Royal Bank", "Deutsche Bank", "Sparkasse KölnBonn", "PostFinance", "MUFG Bank", "Hang Seng Bank",
         "Cathay United Bank", "Westpac", "ICICI Bank", "Nedbank")
HOTLINES = ("Chase 1-800-935-9935", "Barclays 0345 734 5345", "SBI 1800 1234", "CommBank 13 2221",
            "RBC 1-800-769-2511", "Monzo 0800 802 1281", "HSBC HK (852) 2233 3000")
CN_BANK_HOTLINES = ("95588", "95533", "95555", "95566", "95599", "95559", "95528", "95561", "95595", "95568")
STRIPE_TEST = ("4242 4242 4242 4242", "4000 0566 5566 5556", "5555 5555 5555 4444", "2223 0031 2200 3222",
               "3782 822463 10005", "6011 1111 1111 1117", "3566 0020 2036 0505", "6200 0000 0000 0005",
               "4000 0000 0000 9995", "4000 0025 0000 3155", "4111 1111 1111 1111")


def masked_card(ctx: Ctx) -> str:
    last = ctx.digits(4)
    bin6 = ctx.pick(("453201", "542418", "622848"))
    return ctx.pick((f"**** **** **** {last}", f"•••• {last}", f"{bin6}******{last}",
                     f"XXXX-XXXX-XXXX-{last}", f"ending {last}", f"xxxx {last}"))


def masked_account(ctx: Ctx) -> str:
    last = ctx.digits(4)
    return ctx.pick((f"****{last}", f"xxxxxx{last}", f"**** **** {last}", f"······{last}", f"XXXX{last}"))


def iban_like(ctx: Ctx) -> str:
    """A product or batch code with an IBAN's shape whose check digits are wrong."""
    country = ctx.pick(("DE", "NL", "FR", "GB", "ES", "IT", "BE"))
    bban = ctx.chars(4, UP) + ctx.digits(10)
    right = iban_check(country, bban)
    wrong = f"{(int(right) + ctx.rng.randrange(1, 90)) % 97 + 2:02d}"
    wrong = wrong if wrong != right else f"{(int(right) + 1) % 97 + 2:02d}"
    return group(country + wrong + bban, (4, 4, 4, 4, 4), " ")


def case_number(ctx: Ctx) -> str:
    r, d = ctx.rng.randrange, ctx.digits
    year = r(2019, 2026)
    return ctx.pick((f"{r(1, 4)}:{year % 100}-cv-{d(5)}", f"[{year}] EWHC {r(100, 3400)} (KB)", f"CR-{year}-{d(6)}",
                     f"Crime ref {r(10, 99)}/{d(6)}/{year % 100}", f"CAD {d(4)} of {r(1, 28):02d}/{r(1, 12):02d}",
                     f"FC{year}-{d(5)}", f"{year}/{d(5)}/NSW"))


def cn_case_number(ctx: Ctx) -> str:
    year = ctx.rng.randrange(2019, 2026)
    court = ctx.pick(("沪0115", "京0105", "粤0305", "浙0106", "川0107", "苏0102"))
    return f"（{year}）{court}{ctx.pick(('民初', '刑初', '执', '民终'))}{ctx.rng.randrange(100, 39999)}号"


def plus_code(ctx: Ctx) -> str:
    alphabet = "23456789CFGHJMPQRVWX"
    return ctx.chars(4, alphabet) + "+" + ctx.chars(2, alphabet)


def isin(ctx: Ctx) -> str:
    return ctx.pick(("US0378331005", "US5949181045", "GB0005405286", "DE0007164600", "CNE100000296", "HK0000069689",
                     "JP3633400001", "INE002A01018", "NL0010273215"))


LANDMARKS = ("the Eiffel Tower (48.8584° N, 2.2945° E)", "the Statue of Liberty at 40.6892, -74.0445",
             "the Sydney Opera House, -33.8568, 151.2153", "Big Ben (51.5007° N, 0.1246° W)",
             "the Taj Mahal at 27.1751° N, 78.0421° E", "the Colosseum, 41°53′24″N 12°29′32″E",
             "the Golden Gate Bridge (37.8199, -122.4783)", "Christ the Redeemer at 22°57′07″S 43°12′38″W",
             "the Burj Khalifa, 25.1972, 55.2744", "Mount Everest's summit (27.9881° N, 86.9250° E)",
             "Null Island at 0°, 0°", "Machu Picchu, 13.1631° S, 72.5450° W", "Uluru (-25.3444, 131.0369)")
CN_LANDMARKS = ("天安门（北纬39.9087°，东经116.3975°）", "东方明珠塔 31.2397,121.4998", "布达拉宫（29.6578, 91.1169）",
                "黄鹤楼 北纬30°32′41″ 东经114°18′9″", "珠穆朗玛峰峰顶 27.9881°N, 86.9250°E", "广州塔（23.1066, 113.3245）",
                "西安钟楼 34.2610,108.9423", "台北101（25.0340, 121.5645）", "香港天星码头 22.2936,114.1683")
FAMOUS_DOB = ("Rabindranath Tagore (born 7 May 1861)", "Chinua Achebe, born 16 November 1930",
              "Gabriel García Márquez (6 March 1927 – 17 April 2014)", "Hayao Miyazaki, born 5 January 1941",
              "Bong Joon-ho (born 14 September 1969)", "Ho Chi Minh, born 19 May 1890",
              "Wangari Maathai (1 April 1940 – 25 September 2011)", "Srinivasa Ramanujan, born 22 December 1887",
              "Frida Kahlo (6 July 1907 – 13 July 1954)", "Akira Kurosawa, born 23 March 1910")
CN_FAMOUS_DOB = ("梁思成（1901年4月20日－1972年1月9日）", "林语堂生于1895年10月10日", "老舍1899年2月3日出生于北京",
                 "冰心（1900年10月5日—1999年2月28日）", "华罗庚1910年11月12日生于江苏金坛", "李小龙1940年11月27日出生于旧金山",
                 "齐白石生于1864年1月1日", "聂耳1912年2月14日生于昆明")
PUBLIC = ("Sundar Pichai", "Satya Nadella", "Jacinda Ardern", "Chimamanda Ngozi Adichie", "Ngozi Okonjo-Iweala",
          "Shah Rukh Khan", "Son Heung-min", "Shohei Ohtani", "Greta Thunberg", "Mark Rutte", "Narendra Modi",
          "Cyril Ramaphosa", "Gabriel Boric", "Claudia Sheinbaum", "Justin Trudeau")
CN_PUBLIC = ("马云", "任正非", "雷军", "刘德华", "谷爱凌", "苏炳添", "张桂梅", "钟南山", "董明珠", "王亚平", "莫言", "杨利伟")
FICTIONAL = ("Don Quixote", "Arya Stark", "Tony Stark", "Lisbeth Salander", "Precious Ramotswe", "Amélie Poulain",
             "Nobita Nobi", "Hercule Poirot", "Mr. Bean", "Ted Lasso", "Lara Croft", "Sponge Bob")
CN_FICTIONAL = ("哪吒", "白素贞", "许仙", "范进", "阿Q", "祥子", "孔乙己", "杜丽娘", "程蝶衣", "樊胜美", "苏大强", "沈腾饰演的马什么梅")
EPONYMS = ("Ernst & Young", "Johnson & Johnson", "Morgan Stanley", "Ben & Jerry's", "Dr. Oetker", "Hugo Boss",
           "Louis Vuitton", "Tommy Hilfiger", "Ralph Lauren", "Dolce & Gabbana", "Mercedes-Benz", "Tata Consultancy",
           "Mahindra & Mahindra", "Suzuki", "Honda", "Walt Disney", "Charles Schwab", "John Lewis")
CN_EPONYMS = ("李宁", "王老吉", "张小泉", "李锦记", "周大福", "谭木匠", "陈李济", "杨国福麻辣烫", "张亮麻辣烫", "老干妈", "王守义十三香",
              "周黑鸭", "钱大妈", "杨铭宇黄焖鸡米饭", "马应龙")
NEWS_STREETS = ("Oxford Street", "Nanjing Road", "Orchard Road", "Nathan Road", "Las Ramblas", "Queen Street",
                "Bourke Street", "Khao San Road", "Avenida Paulista", "Paseo de la Reforma", "Myeongdong-gil",
                "Linking Road", "Rue de Rivoli", "Kurfürstendamm", "Yonge Street")
CN_NEWS_STREETS = ("南京路步行街", "春熙路", "解放碑", "长安街", "深南大道", "延安高架", "中山路", "淮海中路", "北京路", "西湖大道")
AIRLINES = ("Emirates", "Air India", "Qatar Airways", "Singapore Airlines", "Lufthansa", "KLM", "Aeroméxico",
            "Ethiopian Airlines", "Korean Air", "ANA", "Vietnam Airlines", "Turkish Airlines", "LATAM")
HOTELS = ("Taj Mahal Palace, Mumbai", "Hotel Okura Tokyo", "Lotte Hotel Seoul", "Sofitel Legend Metropole Hanoi",
          "Radisson Blu Lagos", "Four Seasons Mexico City", "Fairmont Château Frontenac", "Ibis Styles Amsterdam")
INSURERS = ("Allianz Partners", "AXA Assistance", "Bupa Global", "Aviva", "Star Health", "Discovery Health", "Sompo",
            "Zurich", "GEICO", "Manulife")
CN_INSURERS = ("中国人寿", "平安财险", "太平洋保险", "众安保险", "泰康人寿", "人保财险", "新华保险")
COURTS = ("Westminster Magistrates' Court", "Superior Court of California, County of Alameda",
          "Ontario Superior Court of Justice", "Bombay High Court", "Amtsgericht Köln", "Downing Centre Local Court")
CN_COURTS = ("上海市浦东新区人民法院", "北京市朝阳区人民法院", "深圳市南山区人民法院", "杭州市西湖区人民法院", "成都市武侯区人民法院")
SCHOOLS = ("St Mary's Primary School", "Greenfield International School", "Delhi Public School, R.K. Puram",
           "Escuela Primaria Benito Juárez", "Basisschool De Regenboog", "Westside Montessori")
CN_SCHOOLS = ("杭州市学军小学", "北京市海淀实验小学", "深圳市南山外国语学校", "成都市树德中学", "上海市世界外国语中学", "武汉外国语学校")
CLUBS = ("St Columba's Parish", "Rotary Club of Pune Central", "Ajax Amateurs U12", "Grace Community Church",
         "Lagos Lawn Tennis Club", "Toronto Korean Presbyterian Church", "Utrecht Rowing Club 'Triton'")
AGENCIES = ("Foxtons", "Knight Frank", "Ray White Bondi", "Century 21 Vila Mariana", "Coldwell Banker Polanco",
            "Magicbricks Realty")
CN_AGENCIES = ("链家", "我爱我家", "贝壳找房", "中原地产", "21世纪不动产", "麦田房产")
SITES = ("Site 014 - Apollo Hospitals Chennai", "Site 102 - Charité Berlin", "Site 007 - Groote Schuur Hospital",
         "Site 031 - Seoul National University Hospital", "Site 045 - Hospital Ángeles Pedregal")
TRIALS = ("NCT05012345", "NCT04868877", "EudraCT 2022-001234-56", "ISRCTN12345678", "CTRI/2023/05/052345")
CN_TRIALS = ("ChiCTR2300071234", "ChiCTR2200056789", "CTR20231234")
ICD = ("E11.9", "I10", "J45.909", "M54.5", "K21.9", "F41.1", "N39.0", "S52.501A", "Z34.90")
TOLL_FREE_SHAPES = ("1-800-{a}-{b}", "0800 {a} {b}", "1300 {a} {c}", "0120-{a}-{c}", "400-{a}-{b}", "1800-{a}-{b}")


def toll_free(ctx: Ctx) -> str:
    """A business's toll-free number (not personal)."""
    return ctx.pick(TOLL_FREE_SHAPES).format(a=ctx.digits(3, "2345678"), b=ctx.digits(4), c=ctx.digits(3))


def lei(ctx: Ctx) -> str:
    return ctx.pick(("5493", "2138", "7LTW", "9695", "3003")) + "00" + ctx.chars(12, UP + string.digits) + ctx.digits(2)


FILLERS: dict[str, Callable[[Ctx], str]] = {
    **G_FILLERS,
    "aba": lambda ctx: ctx.pick(ABA)[1], "ababank": lambda ctx: "{} (routing {})".format(*ctx.pick(ABA)),
    "swift": _pick(SWIFT), "sortcode": _pick(SORT_CODES), "ifsc": _pick(IFSC), "bsb": _pick(BSB), "blz": _pick(BLZ),
    "cnaps": _pick(CNAPS), "cainst": _pick(CA_INST), "transit": lambda ctx: ctx.digits(5, "0"),
    "cnbank": _pick(CN_BANKS), "bank": _pick(BANKS), "bankline": _pick(HOTLINES), "cnbankline": _pick(CN_BANK_HOTLINES),
    "stripecard": _pick(STRIPE_TEST), "maskedcard": masked_card, "maskedacct": masked_account,
    "last4": lambda ctx: ctx.digits(4), "ibanlike": iban_like, "casenum": case_number, "cncasenum": cn_case_number,
    "pluscode": plus_code, "isin": isin, "lei": lei, "landmark": _pick(LANDMARKS), "cnlandmark": _pick(CN_LANDMARKS),
    "famousdob": _pick(FAMOUS_DOB), "cnfamousdob": _pick(CN_FAMOUS_DOB), "public": _pick(PUBLIC),
    "cnpublic": _pick(CN_PUBLIC), "fict": _pick(FICTIONAL), "cnfict": _pick(CN_FICTIONAL), "eponym": _pick(EPONYMS),
    "cneponym": _pick(CN_EPONYMS), "newsstreet": _pick(NEWS_STREETS), "cnnewsstreet": _pick(CN_NEWS_STREETS),
    "airline": _pick(AIRLINES), "hotelh": _pick(HOTELS), "insurer": _pick(INSURERS), "cninsurer": _pick(CN_INSURERS),
    "court": _pick(COURTS), "cncourt": _pick(CN_COURTS), "school": _pick(SCHOOLS), "cnschool": _pick(CN_SCHOOLS),
    "club": _pick(CLUBS), "agency": _pick(AGENCIES), "cnagency": _pick(CN_AGENCIES), "site": _pick(SITES),
    "trial": _pick(TRIALS), "cntrial": _pick(CN_TRIALS), "icd": _pick(ICD), "tollfree": toll_free,
    "subj": lambda ctx: f"{ctx.pick(('S', 'SCR', 'SUBJ'))}-{ctx.digits(3, '0')}-{ctx.digits(3, '0')}",
    "conf": lambda ctx: ctx.pick(("HX", "CNF", "")) + ctx.digits(ctx.pick((8, 9, 10)), "123456789"),
    "rental": lambda ctx: f"RA {ctx.digits(9, '123456789')}",
    "eticket": lambda ctx: f"{ctx.pick(('176', '098', '157', '618', '180'))}-{ctx.digits(10, '2')}",
    "hscode": lambda ctx: f"{ctx.pick(('8471', '8517', '6109', '9503', '3304'))}.{ctx.digits(2)}.{ctx.digits(2)}",
    "year": lambda ctx: str(ctx.rng.randrange(2016, 2026)),
}
