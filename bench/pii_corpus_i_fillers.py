"""Fillers for corpus I (``bench/pii_corpus_i.py``): values that are not personal data and are never
labelled, added to corpus H's. What an assistant hears in a car, on a phone or a PC: error and fault
codes, gates, terminals, platforms and trains, stations, airports and public places to drive to,
landmarks with their street addresses, fictional homes, historical events with their dates,
celebrities, car models, Wi-Fi names, one-time codes, promo codes, knowledge-base articles, pull
requests, card expiry dates; the documented examples of IBANs, AWS keys and specimen documents;
loopback addresses and the documentation ranges of RFC 5737.
"""

from __future__ import annotations

from collections.abc import Callable

from bench.pii_corpus_f_values import Ctx
from bench.pii_corpus_h_fillers import FILLERS as H_FILLERS


def _pick(values: tuple[str, ...]) -> Callable[[Ctx], str]:
    return lambda ctx: ctx.pick(values)


ERRORS = ("0x80070643", "0xc000007b", "0x80004005", "ERR_SSL_PROTOCOL_ERROR", "ERR_CONNECTION_REFUSED", "E11000",
          "ORA-12541", "SQLSTATE 23505", "EADDRINUSE", "error 1603", "Code 43", "P0420", "P0300", "U0100", "B1342",
          "E-4012", "0xE8000015", "ENOSPC", "HTTP 429", "CrashLoopBackOff")
CN_ERRORS = ("E4", "F3", "E21", "错误码 -2147467259", "故障码 P0171", "错误代码 500", "E1-03", "0x0000011b",
             "提示码 A0102", "故障码 U0140")
TRAINS = ("ICE 578", "Eurostar 9024", "TGV 6611", "Amtrak 171", "Nozomi 21", "Eurocity 151", "AVE 03061", "KTX 101",
          "Hikari 505", "Nightjet 466", "Avanti 1S12", "Acela 2151")
CN_STATIONS = ("北京南站", "上海虹桥站", "广州南站", "深圳北站", "杭州东站", "成都东站", "南京南站", "武汉站", "西安北站",
               "重庆北站", "长沙南站", "郑州东站")
POIS = ("Heathrow Terminal 5", "JFK Terminal 4", "the Louvre Pyramid entrance", "Central Park Zoo", "Union Station",
        "the Costco in Mountain View", "Pike Place Market", "Schiphol Plaza", "Shinjuku Station south exit",
        "Jewel Changi", "the Ferry Building", "Gate 3 of Wembley Stadium", "Navy Pier", "Granville Island Market",
        "Circular Quay", "the Tate Modern", "Kings Cross St Pancras", "Dublin Airport Terminal 2")
CN_POIS = ("首都机场T3航站楼", "浦东机场T2", "白云机场T2", "西湖断桥", "故宫东华门", "外滩观景平台", "环球影城北门",
           "深圳湾公园", "成都太古里", "宽窄巷子", "上海迪士尼停车场", "中关村软件园", "南锣鼓巷", "武汉大学樱花大道",
           "台北車站東三門", "香港機場一號客運大樓")
LANDMARK_ADDRS = ("the Empire State Building, 350 Fifth Avenue", "the White House at 1600 Pennsylvania Avenue NW",
                  "10 Downing Street", "the Googleplex, 1600 Amphitheatre Parkway", "the NYSE at 11 Wall Street",
                  "30 Rockefeller Plaza", "Buckingham Palace, London SW1A 1AA", "the Sydney Opera House, Bennelong Point",
                  "the Rijksmuseum, Museumstraat 1", "the Space Needle, 400 Broad St")
CN_LANDMARK_ADDRS = ("上海中心大厦（陆家嘴银城中路501号）", "国家图书馆（中关村南大街33号）", "广州塔（阅江西路222号）",
                     "故宫博物院（景山前街4号）", "深圳市民中心", "台北101（信義路五段7號）", "中国美术馆（五四大街1号）",
                     "南京博物院（中山东路321号）")
FICT_ADDRS = ("221B Baker Street", "742 Evergreen Terrace", "4 Privet Drive", "12 Grimmauld Place", "124 Conch Street",
              "1313 Mockingbird Lane", "31 Spooner Street", "90 Bedford Street", "Wisteria Lane",
              "1640 Riverside Drive, Hill Valley")
CN_FICT_ADDRS = ("大观园怡红院", "桃花岛", "光明顶", "花果山水帘洞", "爱情公寓3602", "欢乐颂小区22楼", "《繁花》里的至真园",
                 "同福客栈")
HISTORY = ("Napoleon, who died on 5 May 1821", "the fall of the Berlin Wall on 9 November 1989",
           "Julius Caesar's assassination on 15 March 44 BC", "Neil Armstrong's Moon landing on 20 July 1969",
           "Amelia Earhart, last seen on 2 July 1937", "the signing of Magna Carta on 15 June 1215",
           "Marie Antoinette, executed on 16 October 1793", "Queen Elizabeth II, born 21 April 1926",
           "Yuri Gagarin's flight on 12 April 1961", "Gandhi's Salt March, begun 12 March 1930")
CN_HISTORY = ("秦始皇公元前221年统一六国", "郑和1405年首次下西洋", "1912年1月1日中华民国成立", "鲁迅逝世于1936年10月19日",
              "1978年12月18日十一届三中全会开幕", "杨利伟2003年10月15日飞上太空", "邓稼先1924年6月25日出生于安徽怀宁",
              "苏轼生于1037年1月8日", "1997年7月1日香港回归")
CELEBS = ("Taylor Swift", "Keanu Reeves", "Lionel Messi", "Rihanna", "Ed Sheeran", "Simone Biles", "Jackie Chan",
          "Bad Bunny", "Zendaya", "Roger Federer", "Dwayne Johnson", "Priyanka Chopra", "Michelle Yeoh", "Pedro Pascal")
CN_CELEBS = ("周杰伦", "刘德华", "易烊千玺", "王一博", "杨幂", "邓紫棋", "张学友", "谢霆锋", "林俊杰", "五月天阿信",
             "全红婵", "郑钦文", "沈腾", "贾玲")
CAR_MODELS = ("Model Y", "BYD Seal", "VW ID.4", "Mustang Mach-E", "Ioniq 5", "XPeng P7", "Kia EV6", "Polestar 2",
              "RAV4 Hybrid", "Golf GTI", "Civic Type R", "BMW i4")
CN_CAR_MODELS = ("理想L7", "小米SU7", "问界M9", "比亚迪汉", "极氪001", "蔚来ET5", "小鹏G6", "特斯拉Model 3", "五菱宏光MINI",
                 "腾势D9")
SSIDS = ("TP-LINK_5G_3F2A", "Xiaomi_8C1D", "HUAWEI-B7E2", "eduroam", "Starbucks WiFi", "CMCC-5G-Home",
         "BTWholeHome-7QX", "NETGEAR42", "Airport_Free_WiFi", "ChinaNet-Xk9P")
PROMOS = ("SPRING25", "WELCOME10", "FREESHIP", "BLACKFRIDAY30", "NEWYEAR2025", "STUDENT15", "VIP888")
TEST_IBANS = ("DE89 3704 0044 0532 0130 00", "GB82 WEST 1234 5698 7654 32", "FR14 2004 1010 0505 0001 3M02 606",
              "NL91 ABNA 0417 1643 00", "CH93 0076 2011 6238 5295 7", "BE71 0961 2345 6769", "AT61 1904 3002 3457 3201")
AWS_EXAMPLES = ("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
KEY_PLACEHOLDERS = ("sk-xxxx", "<API_KEY>", "YOUR_TOKEN_HERE", "ghp_XXXXXXXXXXXXXXXXXXXX", "sk-...",
                    "<your-secret>", "xxxxxxxx", "$OPENAI_API_KEY", "{{ secrets.TOKEN }}", "******")
SPECIMENS = ("ICAO's specimen passport L898902C3", "the German specimen ID card of Erika Mustermann",
             "the specimen MRZ P<UTOERIKSSON<<ANNA<MARIA", "the sample card 4111 1111 1111 1111",
             "the Woolworth wallet SSN 078-05-1120", "HMRC's example NI number QQ 12 34 56 C")
CN_SPECIMENS = ("身份证样本上的“张三”", "国标 GB 11643 里的示例号码 11010519491231002X", "护照样本上的 L898902C3",
                "测试卡号 6200 0000 0000 0005", "支付宝沙箱买家账号")
LOOPBACK = ("127.0.0.1", "0.0.0.0", "::1", "localhost", "127.0.0.53")
DOC_IPS = ("192.0.2.10", "198.51.100.23", "203.0.113.7", "192.0.2.255", "2001:db8::1")
BUSES = ("M15", "the 38", "N8", "the Circle line", "the Elizabeth line", "Route 66 express", "the airport bus")
CN_BUSES = ("地铁2号线", "机场快线", "快速公交B1", "夜班车N12", "地铁10号线", "有轨电车T1")
TERMINALS = ("T1", "T2", "T3", "Terminal 5", "North Terminal", "T2E")


def expiry(ctx: Ctx) -> str:
    return f"{ctx.rng.randrange(1, 13):02d}/{ctx.rng.randrange(26, 31)}"


FILLERS: dict[str, Callable[[Ctx], str]] = {
    **H_FILLERS,
    "errcode": _pick(ERRORS), "cnerr": _pick(CN_ERRORS), "train": _pick(TRAINS), "cnstation": _pick(CN_STATIONS),
    "poi": _pick(POIS), "cnpoi": _pick(CN_POIS), "landmarkaddr": _pick(LANDMARK_ADDRS),
    "cnlandmarkaddr": _pick(CN_LANDMARK_ADDRS), "fictaddr": _pick(FICT_ADDRS), "cnfictaddr": _pick(CN_FICT_ADDRS),
    "hist": _pick(HISTORY), "cnhist": _pick(CN_HISTORY), "celeb": _pick(CELEBS), "cnceleb": _pick(CN_CELEBS),
    "carmodel": _pick(CAR_MODELS), "cncarmodel": _pick(CN_CAR_MODELS), "ssid": _pick(SSIDS), "promo": _pick(PROMOS),
    "testiban": _pick(TEST_IBANS), "awsexample": _pick(AWS_EXAMPLES), "keyph": _pick(KEY_PLACEHOLDERS),
    "specimen": _pick(SPECIMENS), "cnspecimen": _pick(CN_SPECIMENS), "loopback": _pick(LOOPBACK),
    "docip": _pick(DOC_IPS), "bus": _pick(BUSES), "cnbus": _pick(CN_BUSES), "terminal": _pick(TERMINALS),
    "gate": lambda ctx: f"{ctx.pick('ABCDEFK')}{ctx.rng.randrange(1, 60)}",
    "platform": lambda ctx: str(ctx.rng.randrange(1, 24)), "expiry": expiry,
    "otp": lambda ctx: ctx.digits(6), "kb": lambda ctx: f"KB50{ctx.digits(5)}",
    "pr": lambda ctx: str(ctx.rng.randrange(120, 9800)), "n": lambda ctx: str(ctx.rng.randrange(2, 60)),
    "km": lambda ctx: f"{ctx.rng.randrange(3000, 180000):,}", "pct": lambda ctx: str(ctx.rng.randrange(5, 96)),
}
