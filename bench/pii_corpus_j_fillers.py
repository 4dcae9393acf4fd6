"""Fillers for corpus J (``bench/pii_corpus_j.py``): values that are not personal data and are never
labelled, added to corpus I's. What the offices of corpus J handle besides people: pets and their
breeds, medicines and doses, wards and departments, property listing and stock numbers, courses
and universities, gym plans, wedding venues, public offices with their street addresses, match
results, product models, company hotlines, tax forms; VIN-shaped part codes whose check digit
fails.
"""

from __future__ import annotations

from collections.abc import Callable

from bench.pii_corpus_f_values import VIN_VALUE, VIN_WEIGHTS, Ctx
from bench.pii_corpus_i_fillers import FILLERS as I_FILLERS
from bench.pii_corpus_j_ids import DEALER_WMIS, VIN_CHARS


def _pick(values: tuple[str, ...]) -> Callable[[Ctx], str]:
    return lambda ctx: ctx.pick(values)


PETS = ("Biscuit", "Luna", "Mochi", "Pepper", "Bella", "Max", "Ziggy", "Nala", "Waffles", "Oreo", "Juniper", "Bruno")
CN_PETS = ("豆豆", "旺财", "咪咪", "团子", "可乐", "年糕", "花卷", "大黄", "球球", "布丁")
BREEDS = ("golden retriever", "ragdoll", "border collie", "French bulldog", "Maine Coon", "cockapoo", "dachshund",
          "British shorthair", "beagle", "Siamese")
CN_BREEDS = ("金毛", "布偶猫", "柯基", "英短蓝猫", "泰迪", "边牧", "橘猫", "柴犬", "拉布拉多")
DRUGS = ("amoxicillin 500 mg capsules", "metformin 850 mg", "salbutamol 100 mcg inhaler", "atorvastatin 20 mg",
         "sertraline 50 mg", "levothyroxine 75 mcg", "omeprazole 20 mg", "amlodipine 5 mg", "cetirizine 10 mg",
         "ibuprofen 400 mg")
CN_DRUGS = ("阿莫西林胶囊 0.25g", "二甲双胍片 0.5g", "布洛芬缓释胶囊", "蒙脱石散", "氨氯地平片 5mg", "头孢克肟颗粒",
            "奥美拉唑肠溶胶囊", "连花清瘟胶囊", "硝苯地平控释片")
WARDS = ("Ward 7B", "Ward 12 (Cardiology)", "Maternity Ward 3", "ICU Bay 2", "Ward 4 North", "the Acute Medical Unit",
         "Ward 21 (Orthopaedics)", "Paeds Ward C")
CN_WARDS = ("心内科三病区", "骨科二病区", "儿科病房", "产科病区", "神经内科五病区", "急诊留观区", "呼吸内科一病区")
CN_DEPTS = ("呼吸内科", "皮肤科", "儿科", "眼科", "消化内科", "口腔科", "耳鼻喉科", "妇科", "内分泌科", "骨科")
COURSES = ("MSc Data Science", "BA (Hons) Economics", "BEng Civil Engineering", "LLM International Law",
           "BSc Nursing", "MA Translation Studies", "MBA (part-time)", "BSc Psychology")
CN_COURSES = ("计算机科学与技术", "临床医学", "汉语言文学", "金融学", "软件工程", "国际经济与贸易", "护理学", "法学")
UNIS = ("the University of Leeds", "UCL", "the University of Toronto", "Monash University", "NUS",
        "Trinity College Dublin", "the University of Auckland", "UBC", "King's College London", "TU Delft")
CN_UNIS = ("复旦大学", "浙江大学", "中山大学", "华中科技大学", "南京大学", "四川大学", "同济大学", "厦门大学")
GYM_PLANS = ("Off-Peak", "Student Flex", "Family Annual", "12-class pass", "Premium 24/7", "Corporate")
CN_GYM_PLANS = ("年卡", "季卡", "次卡20次", "私教课包24节", "游泳月卡", "早鸟卡")
VENUES = ("Cliveden House", "the Langham Sydney", "Château de Varennes", "the Fairmont Banff Springs",
          "Ashford Castle", "the Botanic Gardens pavilion", "Babington House", "the Old Vicarage barn")
CN_VENUES = ("外滩华尔道夫", "西子湖四季酒店", "三亚艾迪逊", "成都博舍", "苏州柏悦", "厦门鼓浪屿别墅草坪")
GOV_ADDRS = ("HM Passport Office, 2 Marsham Street, London SW1P 4DF",
             "USCIS New York Field Office, 26 Federal Plaza, New York, NY 10278",
             "Immigration Tower, 7 Gloucester Road, Wan Chai", "the DMV at 1377 Fell Street, San Francisco",
             "the Embassy of Ireland, 17 Grosvenor Place, London",
             "the Canadian Consulate at 1251 Avenue of the Americas",
             "Sydney Town Hall, 483 George Street", "the High Court, 4 Inns Quay, Dublin 7")
CN_GOV_ADDRS = ("上海市出入境管理局（浦东新区民生路1500号）", "北京市公安局出入境管理总队（安定门东大街2号）",
                "深圳市民中心（福田区福中三路）", "外交部领事司（朝阳门南大街2号）", "上海市民政局婚姻登记处",
                "香港入境事務大樓（灣仔告士打道7號）")
MATCHES = ("Arsenal 2-1 Chelsea", "Lakers 112-108 Celtics", "India beat Australia by 6 wickets",
           "Real Madrid 3-3 Man City", "Leinster 27-20 Munster", "Alcaraz won 6-4 7-6", "Yankees 5-3 Red Sox",
           "All Blacks 38-17 Wallabies")
CN_MATCHES = ("国足 0:1 日本", "广东宏远 102:98 辽宁", "上海申花 2:2 北京国安", "中国女排 3:1 巴西", "樊振东 4:2 王楚钦",
              "浙江队 1:0 山东泰山")
MODELS = ("Dyson V15 Detect", "Sony WH-1000XM5", "Breville BES870XL", "Nespresso Vertuo Next", "iPhone 15 Pro",
          "Kindle Paperwhite (11th gen)", "Roborock S8", "Ninja AF300UK", "Garmin Forerunner 265", "LG C3 OLED 55\"")
CN_MODELS = ("美的 MB-FB40S701", "小米 Redmi K70", "九阳 DJ13B-D08D", "华为 MatePad 11.5", "格力 KFR-72LW", "戴森 HD15",
             "海尔 EG100MATE35S", "大疆 Osmo Pocket 3")
BIZ_LINES = ("Apple Support 1-800-275-2273", "Amazon 1-888-280-4331", "IKEA UK 020 3645 0000",
             "National Rail 03457 48 49 50", "Qantas 13 13 13", "Air Canada 1-888-247-2262", "HMRC 0300 200 3300",
             "the IRS at 800-829-1040")
CN_BIZ_LINES = ("顺丰 95338", "京东客服 950618", "中国移动 10086", "国航 95583", "携程 95010", "12306", "支付宝 95188",
                "12345 政务热线", "12366 纳税服务热线")
TAX_FORMS = ("Form 1040", "W-4", "P60", "SA100", "Form 1099-NEC", "T4", "the BAS", "VAT return")
CN_TAX = ("个税APP", "专项附加扣除", "年度汇算", "增值税小规模纳税人申报", "印花税")
COUNTRIES = ("Portugal", "Japan", "Canada", "New Zealand", "Iceland", "Morocco", "Peru", "Vietnam", "Greece", "Chile")
CN_COUNTRIES = ("日本", "泰国", "新加坡", "法国", "新西兰", "冰岛", "土耳其", "马来西亚", "澳大利亚")


def listing(ctx: Ctx) -> str:
    return ctx.pick((f"MLS# {ctx.digits(2, '12')}-{ctx.digits(6)}", f"listing {ctx.digits(8, '12')}",
                     f"REA ID {ctx.digits(9, '14')}", f"Rightmove ref {ctx.digits(9, '1')}"))


def cn_listing(ctx: Ctx) -> str:
    return ctx.pick((f"房源编号{ctx.pick(('BJ', 'SH', 'HZ', 'SZ'))}{ctx.digits(10, '1')}", f"链家{ctx.digits(12, '1')}",
                     f"贝壳房源{ctx.digits(9, '1')}"))


def stock_no(ctx: Ctx) -> str:
    return f"STK {ctx.digits(5, '1')}{ctx.pick('ABC')}"


def bad_vin(ctx: Ctx) -> str:
    """A 17-character code shaped like a VIN whose check digit fails."""
    body = ctx.pick(DEALER_WMIS) + ctx.chars(5, VIN_CHARS) + "0" + ctx.chars(2, VIN_CHARS) + ctx.digits(6)
    total = sum(VIN_VALUE[c] * w for c, w in zip(body, VIN_WEIGHTS))
    right = "X" if total % 11 == 10 else str(total % 11)
    wrong = ctx.pick([x for x in "0123456789X" if x != right])
    return body[:8] + wrong + body[9:]


FILLERS: dict[str, Callable[[Ctx], str]] = {
    **I_FILLERS,
    "pet": _pick(PETS), "cnpet": _pick(CN_PETS), "breed": _pick(BREEDS), "cnbreed": _pick(CN_BREEDS),
    "drug": _pick(DRUGS), "cndrug": _pick(CN_DRUGS), "ward": _pick(WARDS), "cnward": _pick(CN_WARDS),
    "cndept": _pick(CN_DEPTS), "course": _pick(COURSES), "cncourse": _pick(CN_COURSES), "uni": _pick(UNIS),
    "cnuni": _pick(CN_UNIS), "gymplan": _pick(GYM_PLANS), "cngymplan": _pick(CN_GYM_PLANS), "venuej": _pick(VENUES),
    "cnvenue": _pick(CN_VENUES), "govaddr": _pick(GOV_ADDRS), "cngovaddr": _pick(CN_GOV_ADDRS),
    "match": _pick(MATCHES), "cnmatch": _pick(CN_MATCHES), "modelj": _pick(MODELS), "cnmodelj": _pick(CN_MODELS),
    "bizline": _pick(BIZ_LINES), "cnbizline": _pick(CN_BIZ_LINES), "taxform": _pick(TAX_FORMS), "cntax": _pick(CN_TAX),
    "country": _pick(COUNTRIES), "cncountry": _pick(CN_COUNTRIES),
    "listing": listing, "cnlisting": cn_listing, "stockno": stock_no, "badvin": bad_vin,
}
