"""Street addresses for corpus H (``bench/pii_corpus_h.py``) in forms corpora F and G do not write:
Japan and Korea (romanized and in their own scripts), India (house numbers with slashes, door
numbers, village-post-district), Brazil, Mexico (``Col.``, ``C.P.``), Québec and rural Canada,
rural Australia, US rural routes and PO boxes of people, Switzerland, Vietnam; mainland addresses
in English, dormitory rooms, 城中村, old work-unit compounds and villages with their 组; New
Territories village houses and Taiwan townships.
"""

from __future__ import annotations

from bench.pii_corpus_f_values import Ctx

JP_PLACES = (("Shibuya-ku", "Tokyo", "150", "Jingumae", "東京都渋谷区神宮前"),
             ("Setagaya-ku", "Tokyo", "154", "Sangenjaya", "東京都世田谷区三軒茶屋"),
             ("Kita-ku", "Osaka", "530", "Umeda", "大阪府大阪市北区梅田"),
             ("Naka-ku", "Yokohama", "231", "Yamashita-cho", "神奈川県横浜市中区山下町"),
             ("Chuo-ku", "Fukuoka", "810", "Tenjin", "福岡県福岡市中央区天神"),
             ("Sakyo-ku", "Kyoto", "606", "Tanaka", "京都府京都市左京区田中"))
JP_BUILDINGS = (("Heights Harajuku", "ハイツ原宿"), ("Sunny Court", "サニーコート"), ("Maison Sakura", "メゾン桜"),
                ("Green Hills", "グリーンヒルズ"), ("Palace Tenjin", "パレス天神"))
KR_PLACES = (("Gangnam-gu", "Teheran-ro", "서울특별시 강남구 테헤란로", "06"),
             ("Mapo-gu", "World Cup buk-ro", "서울특별시 마포구 월드컵북로", "03"),
             ("Haeundae-gu", "Haeundaehaebyeon-ro", "부산광역시 해운대구 해운대해변로", "48"),
             ("Bundang-gu, Seongnam-si", "Pangyoyeok-ro", "경기도 성남시 분당구 판교역로", "13"),
             ("Yuseong-gu", "Daehak-ro", "대전광역시 유성구 대학로", "34"))
KR_CITIES = {"Gangnam-gu": "Seoul", "Mapo-gu": "Seoul", "Haeundae-gu": "Busan", "Yuseong-gu": "Daejeon",
             "Bundang-gu, Seongnam-si": "Gyeonggi-do"}


def jp_address(ctx: Ctx, native: bool = False) -> str:
    """``3-12-8 Jingumae, Shibuya-ku, Tokyo 150-0001`` or ``〒150-0001 東京都渋谷区神宮前3丁目12-8 ハイツ原宿201``."""
    ward, city, zip3, town, kanji = ctx.pick(JP_PLACES)
    r = ctx.rng.randrange
    chome, ban, go = r(1, 6), r(1, 30), r(1, 25)
    room = r(1, 9) * 100 + r(1, 12)
    code = f"{zip3}-{ctx.digits(4)}"
    building, building_k = ctx.pick(JP_BUILDINGS)
    if native:
        return ctx.pick((f"〒{code} {kanji}{chome}丁目{ban}-{go} {building_k}{room}号室",
                         f"{kanji}{chome}-{ban}-{go}-{room}", f"〒{code}　{kanji}{chome}丁目{ban}番{go}号"))
    return ctx.pick((f"{chome}-{ban}-{go} {town}, {ward}, {city} {code}",
                     f"{building} {room}, {chome}-{ban}-{go} {town}, {ward}, {city}-shi {code}",
                     f"#{room} {chome}-{ban}-{go} {town} {ward} {city} {code} JAPAN"))


def kr_address(ctx: Ctx, native: bool = False) -> str:
    """``101-1203, 152 Teheran-ro, Gangnam-gu, Seoul 06236`` or in Hangul with 동 and 호."""
    gu, road, hangul, zip2 = ctx.pick(KR_PLACES)
    r = ctx.rng.randrange
    num, dong, ho = r(1, 400), r(101, 115), r(1, 25) * 100 + r(1, 8)
    code = zip2 + ctx.digits(3)
    if native:
        return ctx.pick((f"{hangul} {num}, {dong}동 {ho}호 ({code})", f"({code}) {hangul} {num} {dong}동 {ho}호"))
    return ctx.pick((f"{dong}-{ho}, {num} {road}, {gu}, {KR_CITIES[gu]} {code}",
                     f"Apt {dong}-{ho}, {num}, {road}, {gu}, {KR_CITIES[gu]}, {code}, Republic of Korea"))


IN_AREAS = (("Mehdipatnam", "Hyderabad", "Telangana", "5000"), ("Kothrud", "Pune", "Maharashtra", "4110"),
            ("Jayanagar 4th Block", "Bengaluru", "Karnataka", "5600"), ("Malviya Nagar", "Jaipur", "Rajasthan", "3020"),
            ("Kakkanad", "Kochi", "Kerala", "6820"), ("Lajpat Nagar II", "New Delhi", "Delhi", "1100"),
            ("Ashok Nagar", "Chennai", "Tamil Nadu", "6000"))
IN_VILLAGES = (("Rampur", "Khurja", "Bulandshahr", "Uttar Pradesh", "2031"),
               ("Kalyanpur", "Barh", "Patna", "Bihar", "8032"),
               ("Moga Kalan", "Dharamkot", "Moga", "Punjab", "1420"),
               ("Vadgaon", "Maval", "Pune", "Maharashtra", "4121"))


def in_address_h(ctx: Ctx) -> str:
    """An Indian address with a slashed house number, a door number, or a village, post and district."""
    r = ctx.rng.randrange
    if ctx.chance(0.35):
        village, post, district, state, pin = ctx.pick(IN_VILLAGES)
        return f"Vill. {village}, PO {post}, Dist. {district}, {state} - {pin}{ctx.digits(2)}"
    area, city, state, pin = ctx.pick(IN_AREAS)
    house = ctx.pick((f"H.No. {r(1, 20)}-{r(1, 9)}-{r(100, 999)}/{ctx.pick('ABC')}/{r(1, 60)}",
                      f"Door No. {r(1, 60)}/{r(1, 12)}", f"#{r(12, 600)}, {r(1, 20)}th Main, {r(1, 12)}th Cross",
                      f"Plot No. {r(1, 200)}, {ctx.pick(('Sai', 'Ganesh', 'Lakshmi', 'Shree'))} Krupa"))
    return f"{house}, {area}, {city}, {state} {pin}{ctx.digits(2)}"


BR_STREETS = (("Av. Paulista", "Bela Vista", "São Paulo", "SP", "013"),
              ("Rua Oscar Freire", "Jardins", "São Paulo", "SP", "014"),
              ("Rua Visconde de Pirajá", "Ipanema", "Rio de Janeiro", "RJ", "224"),
              ("Av. Afonso Pena", "Centro", "Belo Horizonte", "MG", "301"),
              ("Rua XV de Novembro", "Centro", "Curitiba", "PR", "800"),
              ("Av. Sete de Setembro", "Barra", "Salvador", "BA", "401"))


def br_address_h(ctx: Ctx) -> str:
    street, bairro, city, uf, cep = ctx.pick(BR_STREETS)
    r = ctx.rng.randrange
    unit = ctx.pick((f", Bloco {ctx.pick('ABC')}, Apto {r(11, 1504)}", f", apt. {r(11, 1504)}", "", " - fundos"))
    cep = f"{cep}{ctx.digits(2)}-{ctx.digits(3)}"
    return ctx.pick((f"{street}, nº {r(10, 2900)}{unit} - {bairro}, {city}/{uf} - CEP {cep}",
                     f"{street}, {r(10, 2900)}{unit}, {bairro} - {city} - {uf}, {cep}"))


MX_PLACES = (("Av. Insurgentes Sur", "Col. Del Valle", "Benito Juárez", "03100", "Ciudad de México", "CDMX"),
             ("Calle 5 de Mayo", "Col. Centro", "Guadalajara", "44100", "Guadalajara", "Jal."),
             ("Av. Constitución", "Col. Obispado", "Monterrey", "64060", "Monterrey", "N.L."),
             ("Calle Orizaba", "Col. Roma Norte", "Cuauhtémoc", "06700", "Ciudad de México", "CDMX"),
             ("Blvd. Agua Caliente", "Col. Hipódromo", "Tijuana", "22020", "Tijuana", "B.C."))


def mx_address(ctx: Ctx) -> str:
    street, col, mun, cp, city, state = ctx.pick(MX_PLACES)
    r = ctx.rng.randrange
    interior = ctx.pick(("", f", Int. {r(1, 40)}", f" Int. {ctx.pick('ABCD')}-{r(1, 20)}", f", Depto. {r(101, 904)}"))
    return ctx.pick((f"{street} {r(10, 3800)}{interior}, {col}, {mun}, C.P. {cp}, {city}, {state}",
                     f"{street} #{r(10, 3800)}{interior}, {col}, C.P. {cp}, {city}, {state}",
                     f"{street} No. {r(10, 3800)} Ext. {r(1, 9)}, {col}, {cp} {city}"))


CA_RURAL = (("Okotoks", "AB", "T1S"), ("Antigonish", "NS", "B2G"), ("Kamloops", "BC", "V2C"), ("Perth", "ON", "K7H"),
            ("Yellowknife", "NT", "X1A"), ("Gimli", "MB", "R0C"))
QC_STREETS = ("rue Sherbrooke Est", "boulevard René-Lévesque Ouest", "rue Saint-Jean", "avenue du Mont-Royal Est",
              "chemin Sainte-Foy", "rue Beaubien Est")


def _ca_code(ctx: Ctx, head: str) -> str:
    up = "ABCEGHJKLMNPRSTVWXYZ"
    return f"{head} {ctx.digits(1)}{ctx.pick(up)}{ctx.digits(1)}"


def ca_address_h(ctx: Ctx) -> str:
    """A Québec address in French style, a rural route, or a post-office box."""
    r = ctx.rng.randrange
    roll = ctx.rng.random()
    if roll < 0.4:
        city, head = ctx.pick((("Montréal", "H2L"), ("Québec", "G1R"), ("Laval", "H7N"), ("Gatineau", "J8Y")))
        return f"{r(100, 9800)}, {ctx.pick(QC_STREETS)}, app. {r(1, 40)}, {city} (Québec) {_ca_code(ctx, head)}"
    town, prov, head = ctx.pick(CA_RURAL)
    if roll < 0.7:
        return f"RR {r(1, 9)}, Site {r(1, 30)}, Comp {r(1, 60)}, {town} {prov} {_ca_code(ctx, head)}"
    return f"PO Box {r(10, 9999)}, Stn Main, {town} {prov} {_ca_code(ctx, head)}"


AU_RURAL = (("Bulla", "VIC", "3428", "Bulla Road"), ("Gundaroo", "NSW", "2620", "Gundaroo Road"),
            ("Alice Springs", "NT", "0870", "Ragonesi Road"), ("Margaret River", "WA", "6285", "Caves Road"),
            ("Stanthorpe", "QLD", "4380", "Amiens Road"), ("Mount Barker", "SA", "5251", "Wellington Road"))


def au_address_h(ctx: Ctx) -> str:
    town, state, code, road = ctx.pick(AU_RURAL)
    r = ctx.rng.randrange
    place = f"{town} {state} {code}"
    farm = ctx.pick(("Wattle Downs", "Kookaburra Hill", "Glenrock"))
    return ctx.pick((f"Lot {r(1, 90)} {road}, {place}", f"RMB {r(100, 9000)} {road}, {place}",
                     f"PO Box {r(10, 2000)}, {place}", f"U {r(1, 12)}/{r(1, 120)} {road}, {place}",
                     f"\"{farm}\", {r(100, 4000)} {road}, {place}"))


US_RURAL = (("Mount Vernon", "IA", "52314"), ("Bozeman", "MT", "59771"), ("Hazard", "KY", "41701"),
            ("Ely", "MN", "55731"), ("Taos", "NM", "87571"), ("Berea", "KY", "40403"), ("Lamoille", "NV", "89828"))


def us_rural(ctx: Ctx) -> str:
    """A US rural route, highway contract route, PO box or private mailbox of a person."""
    town, state, code = ctx.pick(US_RURAL)
    r = ctx.rng.randrange
    place = f"{town}, {state} {code}"
    return ctx.pick((f"RR {r(1, 9)} Box {r(10, 400)}, {place}", f"HC {r(60, 80)} Box {r(100, 2000)}, {place}",
                     f"PO Box {r(10, 3000)}, {place}-{ctx.digits(4)}",
                     f"{r(100, 9000)} Main St PMB {r(100, 999)}, {place}",
                     f"{r(1000, 39000)} County Road {r(2, 90)}, {place}"))


CH_PLACES = (("Bahnhofstrasse", "8001", "Zürich"), ("Rue de Lausanne", "1201", "Genève"),
             ("Spalenberg", "4051", "Basel"), ("Kramgasse", "3011", "Bern"), ("Via Nassa", "6900", "Lugano"))


def ch_address(ctx: Ctx) -> str:
    street, code, city = ctx.pick(CH_PLACES)
    return f"{street} {ctx.rng.randrange(1, 90)}, CH-{code} {city}" if ctx.chance(0.4) else (
        f"{street} {ctx.rng.randrange(1, 90)}, {code} {city}")


VN_PLACES = (("Phố Huế", "Phường Phạm Đình Hổ", "Quận Hai Bà Trưng", "Hà Nội"),
             ("Đường Nguyễn Trãi", "Phường 2", "Quận 5", "TP. Hồ Chí Minh"),
             ("Đường Lê Lợi", "Phường Bến Thành", "Quận 1", "TP. Hồ Chí Minh"),
             ("Đường Trần Phú", "Phường Hải Châu 1", "Quận Hải Châu", "Đà Nẵng"))


def vn_address(ctx: Ctx) -> str:
    street, ward, district, city = ctx.pick(VN_PLACES)
    r = ctx.rng.randrange
    house = ctx.pick((f"Số {r(1, 300)}", f"{r(1, 300)}/{r(1, 40)}", f"Số {r(1, 90)} Ngõ {r(1, 200)}"))
    return f"{house} {street}, {ward}, {district}, {city}"


def world_address_h(ctx: Ctx) -> str:
    maker = ctx.pick((jp_address, kr_address, in_address_h, br_address_h, mx_address, ca_address_h, au_address_h,
                      us_rural, ch_address))
    return maker(ctx)


CN_EN = (("Xihu District", "Hangzhou", "Zhejiang", "310012", "Wenyi West Road"),
         ("Nanshan District", "Shenzhen", "Guangdong", "518057", "Keyuan Road"),
         ("Chaoyang District", "Beijing", "", "100020", "Dongsanhuan Middle Road"),
         ("Wuhou District", "Chengdu", "Sichuan", "610041", "Kehua North Road"),
         ("Pudong New Area", "Shanghai", "", "200120", "Zhangyang Road"))


def cn_address_en(ctx: Ctx) -> str:
    """A mainland address in English, as visa and shipping forms want it."""
    district, city, prov, code, road = ctx.pick(CN_EN)
    r = ctx.rng.randrange
    place = f"{city}, {prov}" if prov else city
    return ctx.pick((f"Room {r(1, 30)}0{r(1, 6)}, Unit {r(1, 4)}, Building {r(1, 30)}, No. {r(1, 600)} {road}, "
                     f"{district}, {place} {code}",
                     f"Rm {r(101, 2806)}, Bldg {r(1, 30)}, {r(1, 600)} {road}, {district}, {place}, China {code}"))


DORMS = ("浙江大学紫金港校区蓝田学园3舍", "武汉大学枫园5舍", "华南理工大学大学城校区C10栋", "四川大学江安校区西园7舍",
         "北京师范大学西北楼")
VILLAGES = (("广东省", "深圳市宝安区西乡街道固戍一路", "坊"), ("广东省", "广州市天河区石牌村东二巷", "号"),
            ("浙江省", "义乌市稠城街道宾王路", "号"), ("北京市", "朝阳区崔各庄乡何各庄村", "号院"))
HOUSING = ("市委大院", "棉纺厂宿舍", "铁路新村", "电力小区", "教师公寓")


def cn_small(n: int) -> str:
    return "十" + "一二三四五六七八九"[n - 11] if n > 10 else "一二三四五六七八九十"[n - 1]


def cn_address_h(ctx: Ctx) -> str:
    """A mainland address in forms F and G do not write: a dormitory room, an urban village, an
    old work-unit compound, a township with its 组, house numbers with 之 or 附."""
    r = ctx.rng.randrange
    roll = ctx.rng.random()
    if roll < 0.2:
        return f"{ctx.pick(DORMS)}{r(1, 7)}{r(0, 3)}{r(1, 9)}室"
    if roll < 0.45:
        prov, place, suffix = ctx.pick(VILLAGES)
        head = prov if ctx.chance(0.3) else ""
        block = ctx.pick(("", f"{r(1, 9)}栋", f"附{r(1, 5)}号"))
        return f"{head}{place}{r(1, 120)}{suffix}{block}{r(1, 8)}0{r(1, 9)}"
    if roll < 0.65:
        city = ctx.pick(("石家庄市长安区", "洛阳市涧西区", "株洲市芦淞区", "宝鸡市渭滨区", "齐齐哈尔市龙沙区"))
        return f"{city}{ctx.pick(HOUSING)}{r(1, 40)}号楼{r(1, 6)}门{r(1, 7)}0{r(1, 4)}"
    if roll < 0.85:
        county = ctx.pick(("湖南省衡阳市祁东县白地市镇", "江西省上饶市鄱阳县饶丰镇", "贵州省毕节市大方县羊场镇",
                           "甘肃省天水市秦安县莲花镇", "云南省曲靖市宣威市板桥街道"))
        return f"{county}{ctx.pick(('新塘', '枫树', '高坪', '河口', '石门'))}村{cn_small(r(1, 15))}组{r(1, 80)}号"
    road = ctx.pick(("解放路", "人民路", "中山路", "建设路", "胜利街"))
    return f"{ctx.pick(('襄阳市樊城区', '泉州市鲤城区', '开封市鼓楼区'))}{road}{r(1, 300)}号之{r(1, 6)}{r(1, 6)}0{r(1, 4)}室"


def hk_village(ctx: Ctx) -> str:
    r = ctx.rng.randrange
    return ctx.pick((f"新界元朗錦田{ctx.pick(('水頭村', '水尾村', '高埔村'))}{r(1, 200)}號地下",
                     f"新界西貢{ctx.pick(('北圍村', '大環村', '南圍'))}{r(1, 120)}號{r(1, 3)}樓",
                     f"Flat {ctx.pick('ABCDEFGH')}, {r(2, 40)}/F, Block {r(1, 12)}, City One Shatin, N.T.",
                     f"{r(1, 180)} {ctx.pick(('Shui Tau Tsuen', 'Pak Wai Tsuen', 'Ha Tsuen'))}, Yuen Long, N.T."))


def tw_township(ctx: Ctx) -> str:
    r = ctx.rng.randrange
    county = ctx.pick(("彰化縣鹿港鎮", "屏東縣潮州鎮", "雲林縣虎尾鎮", "宜蘭縣羅東鎮", "花蓮縣吉安鄉", "苗栗縣頭份市"))
    return (f"{county}{ctx.pick(('中正', '仁愛', '福興', '永安'))}里{r(1, 25)}鄰{ctx.pick(('中山路', '民族路', '光復路'))}"
            f"{ctx.pick(('', f'{r(1, 300)}巷'))}{r(1, 200)}號")
