"""Names and birth dates for corpus H (``bench/pii_corpus_h.py``) in forms corpora F and G do not
write. Names: Indian (with initials and father's-name forms), Arabic (``bin``/``bint``, ``Al-``),
Nigerian, Ghanaian, Kenyan, Ethiopian, South African and Senegalese, Vietnamese (with and without
diacritics), Korean and Japanese (romanized either order, Hangul, kanji), Spanish and Mexican
double surnames, Dutch names with tussenvoegsels, Turkish, Russian patronymics, Filipino names,
names as registers write them (``Surname, Given``, initials); Chinese names of minorities,
with a space, or romanized ``ZHANG Wei``. Birth dates: ``3/4/85``, ``19850304``, ``3rd of April
1985``, ``03APR85``, Roman-numeral months, weekdays, ISO date-times, spoken dates, boxed digits,
Spanish, French, German and Korean dates, Japanese era dates, ``85年``, ``一九八五年四月三日``.
"""

from __future__ import annotations

import datetime as dt

from bench.pii_corpus_f_values import Ctx, random_birth

INDIAN_FIRST = ("Priya", "Venkatesh", "Arjun", "Lakshmi", "Gurpreet", "Harpreet", "Sandeep", "Ananya", "Rohan",
                "Meenakshi", "Abhishek", "Kavya", "Siddharth", "Nandini", "Rajesh", "Sunita", "Vikram", "Karthik",
                "Pooja", "Divya", "Manoj", "Shalini", "Aravind", "Lalitha", "Farhan", "Tanvi")
INDIAN_MIDDLE = ("Kumar", "Lal", "Prasad", "Devi", "Rani", "Nath", "Chandra", "Mohan")
INDIAN_LAST = ("Iyer", "Ramaswamy", "Venkataraman", "Chatterjee", "Banerjee", "Deshpande", "Kulkarni", "Nair",
               "Menon", "Reddy", "Naidu", "Dhillon", "Sandhu", "Bhattacharya", "Mukherjee", "Agarwal", "Pillai",
               "Subramanian", "Gowda", "Thakur", "Chaudhary", "Patil", "Sengupta", "Qureshi", "Fernandes")
ARABIC_FIRST_M = ("Khalid", "Yousef", "Tariq", "Hamza", "Faisal", "Samir", "Bilal", "Ziad", "Omar", "Nabil", "Majed")
ARABIC_FIRST_F = ("Layla", "Mariam", "Noura", "Rania", "Huda", "Amira", "Salma", "Reem", "Dalia", "Yasmin", "Hind")
ARABIC_LAST = ("Al-Otaibi", "Al-Qahtani", "Haddad", "Khoury", "El-Masri", "Benali", "Mansour", "Nasser", "Al-Farsi",
               "Abu Hamdan", "Bakri", "Saleh", "Darwish", "Shalaby", "Azzam", "Al Shamsi", "Bouazizi", "Ait Lahcen")
AFRICAN = (("Chukwuemeka", "Okonkwo"), ("Ngozi", "Okafor"), ("Oluwaseun", "Adeyemi"), ("Folake", "Balogun"),
           ("Ifeoma", "Eze"), ("Babatunde", "Ogunleye"), ("Aminu", "Bello"), ("Zainab", "Abubakar"),
           ("Kwabena", "Owusu"), ("Akosua", "Mensah"), ("Yaw", "Boateng"), ("Efua", "Asante"), ("Wanjiru", "Kamau"),
           ("Otieno", "Odhiambo"), ("Achieng", "Ouma"), ("Kiprotich", "Langat"), ("Tesfaye", "Bekele"),
           ("Selamawit", "Haile"), ("Dawit", "Tadesse"), ("Thandiwe", "Nkosi"), ("Sipho", "Dlamini"),
           ("Lerato", "Mokoena"), ("Aminata", "Diallo"), ("Moussa", "Ndiaye"), ("Fatou", "Sow"), ("Chiamaka", "Nwosu"))
VN_SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Lý")
VN_MIDDLE = ("Thị", "Văn", "Hoàng", "Ngọc", "Minh", "Đức", "Thanh", "Quốc", "Thu", "Gia")
VN_GIVEN = ("Hà", "Minh", "Anh", "Lan", "Huy", "Mai", "Bảo", "Tùng", "Châu", "Trang", "Dũng", "Phương", "Khoa", "Linh")
VN_ASCII = str.maketrans("ễệếềểạảấầẩậắằẳặẵáàãăâđêéèẻẽẹíìỉĩịóòỏõọôốồổỗộơớờởỡợúùủũụưứừửữựýỳỷỹỵĐ",
                         "eeeeeaaaaaaaaaaaaaaaadeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyD")
KR_SURNAMES = (("Kim", "김"), ("Lee", "이"), ("Park", "박"), ("Choi", "최"), ("Jung", "정"), ("Kang", "강"),
               ("Yoon", "윤"), ("Jang", "장"), ("Lim", "임"), ("Shin", "신"), ("Oh", "오"), ("Seo", "서"))
KR_GIVEN = (("Ji-woo", "지우"), ("Seo-yeon", "서연"), ("Min-jun", "민준"), ("Yu-na", "유나"), ("Ha-eun", "하은"),
            ("Do-hyun", "도현"), ("Seo-jun", "서준"), ("Ye-jin", "예진"), ("Jae-won", "재원"), ("Su-bin", "수빈"),
            ("Eun-ji", "은지"), ("Hyun-woo", "현우"))
JP_SURNAMES = (("Takahashi", "高橋"), ("Sato", "佐藤"), ("Yamamoto", "山本"), ("Nakamura", "中村"), ("Kobayashi", "小林"),
               ("Watanabe", "渡辺"), ("Ito", "伊藤"), ("Kato", "加藤"), ("Yoshida", "吉田"), ("Matsumoto", "松本"),
               ("Inoue", "井上"), ("Kimura", "木村"), ("Hayashi", "林"), ("Shimizu", "清水"))
JP_GIVEN = (("Yuki", "優希"), ("Haruto", "陽翔"), ("Aoi", "葵"), ("Ren", "蓮"), ("Mio", "澪"), ("Sota", "蒼太"),
            ("Hina", "陽菜"), ("Daiki", "大輝"), ("Misaki", "美咲"), ("Kenta", "健太"), ("Ayaka", "彩花"), ("Takumi", "拓海"))
ES_FIRST = ("María José", "Juan Carlos", "Ana Belén", "José Luis", "Lucía", "Alejandro", "Carmen", "Francisco Javier",
            "Guadalupe", "Ximena", "Diego", "Itzel", "Rocío", "Santiago", "Mercedes", "Luis Fernando")
ES_SURNAMES = ("García", "Fernández", "Rodríguez", "López", "Martínez", "Ruiz", "Hernández", "Sánchez", "Ramírez",
               "Castillo", "Morales", "Ortega", "Navarro", "Gutiérrez", "Domínguez", "Vázquez", "Pérez de la Torre",
               "González de León", "Fernández-Vallejo", "Jiménez")
NL_FIRST = ("Jan", "Sanne", "Pieter", "Eva", "Lotte", "Daan", "Femke", "Bram", "Anouk", "Joost", "Maartje", "Sem")
NL_PARTICLES = ("van", "van der", "van den", "de", "van 't", "ter", "in 't", "van de", "den", "te")
NL_LAST = ("Berg", "Vries", "Hof", "Horst", "Broek", "Veld", "Dijk", "Jong", "Wal", "Linden", "Velde", "Graaf", "Meer")
OTHER = ("Ayşe Yılmaz", "Mehmet Öztürk", "Elif Çelik", "Olga Sergeyevna Ivanova", "Dmitri Alexandrovich Volkov",
         "Ma. Cristina Santos Reyes", "Jose Mari Villanueva", "Rhea Mae Bautista", "Siti Rahmawati", "Agus Setiawan",
         "Somchai Wongsakul", "Piyanuch Srisuk", "Ahmad Farid Hashimi", "Negin Rostami", "Zeynep Arslan")


def indian_name(ctx: Ctx) -> str:
    first, last = ctx.pick(INDIAN_FIRST), ctx.pick(INDIAN_LAST)
    roll = ctx.rng.random()
    if roll < 0.2:
        return f"{first} {ctx.pick(INDIAN_MIDDLE)} {last}"
    if roll < 0.3:  # the South Indian initial of the father's or village name first
        return f"{ctx.pick('KRSMPVTN')}. {first}"
    if roll < 0.4:
        return f"{first} {ctx.pick(('Singh', 'Kaur'))} {ctx.pick(('Dhillon', 'Sandhu', 'Gill', 'Grewal', 'Bains'))}"
    return f"{first} {last}"


def arabic_name(ctx: Ctx) -> str:
    male = ctx.chance(0.5)
    first = ctx.pick(ARABIC_FIRST_M if male else ARABIC_FIRST_F)
    last = ctx.pick(ARABIC_LAST)
    if ctx.chance(0.3):
        return f"{first} {'bin' if male else 'bint'} {ctx.pick(ARABIC_FIRST_M)} {last}"
    if ctx.chance(0.15):
        return f"{first} {ctx.pick(ARABIC_FIRST_M)} {ctx.pick(ARABIC_FIRST_M)} {last}"
    return f"{first} {last}"


def african_name(ctx: Ctx) -> str:
    first, last = ctx.pick(AFRICAN)
    other = ctx.pick(AFRICAN)[0]
    return ctx.pick((f"{first} {last}", f"{first} {last}", f"{first} {other} {last}"))


def vietnamese_name(ctx: Ctx) -> str:
    name = f"{ctx.pick(VN_SURNAMES)} {ctx.pick(VN_MIDDLE)} {ctx.pick(VN_GIVEN)}"
    return name.translate(VN_ASCII) if ctx.chance(0.4) else name


def korean_name(ctx: Ctx, hangul: bool = False) -> str:
    (sur, sur_k), (given, given_k) = ctx.pick(KR_SURNAMES), ctx.pick(KR_GIVEN)
    if hangul:
        return sur_k + given_k
    return ctx.pick((f"{sur} {given}", f"{given} {sur}", f"{sur.upper()} {given.replace('-', '')}"))


def japanese_name(ctx: Ctx, kanji: bool = False) -> str:
    (sur, sur_k), (given, given_k) = ctx.pick(JP_SURNAMES), ctx.pick(JP_GIVEN)
    if kanji:
        return ctx.pick((f"{sur_k} {given_k}", f"{sur_k}{given_k}", f"{sur_k}　{given_k}"))
    return ctx.pick((f"{sur} {given}", f"{given} {sur}", f"{sur.upper()} {given}"))


def double_surname(ctx: Ctx) -> str:
    """A Spanish or Mexican name with both surnames: ``María José García Fernández``."""
    first = ctx.pick(ES_FIRST)
    one, two = ctx.pick(ES_SURNAMES), ctx.pick(ES_SURNAMES)
    while two == one:
        two = ctx.pick(ES_SURNAMES)
    return ctx.pick((f"{first} {one} {two}", f"{first} {one} {two}", f"{first} {one} y {two}"))


def dutch_name(ctx: Ctx) -> str:
    return f"{ctx.pick(NL_FIRST)} {ctx.pick(NL_PARTICLES)} {ctx.pick(NL_LAST)}"


def world_name(ctx: Ctx) -> str:
    """A name of one of the origins above, in natural order."""
    roll = ctx.rng.random()
    makers = (indian_name, arabic_name, african_name, vietnamese_name, korean_name, japanese_name, double_surname,
              dutch_name)
    return ctx.pick(OTHER) if roll < 0.1 else ctx.pick(makers)(ctx)


def register_name(ctx: Ctx) -> str:
    """A name as a register or a spreadsheet writes it: ``Okafor, Ngozi``, ``GARCÍA FERNÁNDEZ,
    María José``, ``Berg, Jan van der``, ``Okafor N.``."""
    roll = ctx.rng.random()
    if roll < 0.25:
        first, last = ctx.pick(ES_FIRST), f"{ctx.pick(ES_SURNAMES[:16])} {ctx.pick(ES_SURNAMES[:16])}"
        return ctx.pick((f"{last.upper()}, {first}", f"{last}, {first}"))
    if roll < 0.4:
        return f"{ctx.pick(NL_LAST)}, {ctx.pick(NL_FIRST)} {ctx.pick(NL_PARTICLES)}"
    first, last = ctx.pick((ctx.pick(AFRICAN), (ctx.pick(INDIAN_FIRST), ctx.pick(INDIAN_LAST)),
                            (ctx.pick(ARABIC_FIRST_F), ctx.pick(ARABIC_LAST))))
    return ctx.pick((f"{last}, {first}", f"{last.upper()}, {first}", f"{last.upper()} {first}", f"{last} {first[0]}."))


def initials_name(ctx: Ctx) -> str:
    """A name with initials: ``J. R. Okafor``, ``A.K. Sharma``, ``Okafor, J.R.``, ``M. van Dijk``."""
    last = ctx.pick((ctx.pick(AFRICAN)[1], ctx.pick(INDIAN_LAST), ctx.pick(ARABIC_LAST), ctx.pick(NL_LAST)))
    a, b = ctx.pick("ABCDFGHJKLMNPRSTVW"), ctx.pick("ABCDEFGHJKLMNPRST")
    return ctx.pick((f"{a}. {b}. {last}", f"{a}.{b}. {last}", f"{last}, {a}.{b}.", f"{a}. {ctx.pick(NL_PARTICLES)} "
                     f"{ctx.pick(NL_LAST)}", f"{a}{b} {last}"))


CN_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢傅钟姜崔谭廖范汪陆金石戴贾韦夏邱方侯邹熊孟秦白江阎薛尹段雷黎史龙陶贺顾毛郝龚邵万钱严覃武"
CN_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红鹏辉建文斌宇浩凯鑫琳晨欣佳怡梓睿瑶婷博昊泽航璐颖萱彤"
MINORITY = ("扎西顿珠", "次仁卓玛", "格桑拉姆", "巴特尔", "乌兰其其格", "阿尔木呷", "吉克曲布", "努尔买买提·吐尔逊",
            "哈斯巴根", "央金", "达瓦次仁", "阿依努尔·买买提", "金美善", "朴成浩")
PINYIN_SURNAMES = ("Zhang", "Wang", "Li", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma",
                   "Hu", "Guo", "Lin", "Luo", "Zheng", "Xie", "Tang", "Han", "Feng", "Deng", "Cao", "Peng", "Zeng")
PINYIN_GIVEN = ("Wei", "Fang", "Na", "Jing", "Lei", "Yang", "Jie", "Tao", "Xiuying", "Haoran", "Zihan", "Yuxuan",
                "Xinyi", "Jiahui", "Mingyu", "Ruoxi", "Zhiqiang", "Chunyan", "Jianguo", "Shuang", "Yifan", "Kaiwen")


def chinese_name_h(ctx: Ctx) -> str:
    """A mainland name: two or three characters, a minority name, or written with a space."""
    roll = ctx.rng.random()
    sur = ctx.pick(CN_SURNAMES)
    given = "".join(ctx.pick(CN_GIVEN) for _ in range(ctx.pick((1, 2, 2))))
    if roll < 0.12:
        return ctx.pick(MINORITY)
    if roll < 0.2:
        return f"{sur} {given}"
    return sur + given


def pinyin_name_h(ctx: Ctx) -> str:
    """A Chinese name romanized as forms and passports write it: ``ZHANG Wei``, ``Wei ZHANG``,
    ``Zhang, Wei``, ``ZHANG/WEI``."""
    sur, given = ctx.pick(PINYIN_SURNAMES), ctx.pick(PINYIN_GIVEN)
    return ctx.pick((f"{sur.upper()} {given}", f"{given} {sur.upper()}", f"{sur}, {given}", f"{sur} {given}",
                     f"{sur.upper()} {given.upper()}"))


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
ES_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre")
FR_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre")
DE_MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
             "Dezember")
ONES = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
ORD_ONES = ("", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
            "nineteenth")
CN_DIGITS = "〇一二三四五六七八九"


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _words(n: int) -> str:
    """0..99 in English words: ``eighty-five``."""
    if n < 20:
        return ONES[n] or "zero"
    return TENS[n // 10] + (f"-{ONES[n % 10]}" if n % 10 else "")


def _ord_words(n: int) -> str:
    if n < 20:
        return ORD_ONES[n]
    if n % 10 == 0:
        return TENS[n // 10][:-1] + "ieth"
    return f"{TENS[n // 10]}-{ORD_ONES[n % 10]}"


def spoken_year(y: int) -> str:
    """``nineteen eighty-five``, ``two thousand and three``, ``twenty fifteen``."""
    head, tail = divmod(y, 100)
    if head == 20 and tail < 10:
        return "two thousand" + (f" and {ONES[tail]}" if tail else "")
    return f"{_words(head)} {('oh-' + ONES[tail]) if 0 < tail < 10 else _words(tail) if tail else 'hundred'}"


def cn_number(n: int) -> str:
    tens, ones = divmod(n, 10)
    return ("" if tens == 0 else ("十" if tens == 1 else CN_DIGITS[tens] + "十")) + (CN_DIGITS[ones] if ones else "")


def born(ctx: Ctx, kid: bool = False) -> dt.date:
    """The item's birth date the first time, then a fresh one (a child's for ``kid``)."""
    first = ctx.used.get("dob", 0) == 0
    day = ctx.birth_for("dob")
    return day if first or not kid else random_birth(ctx.rng, True)


def dob_en(ctx: Ctx, kid: bool = False) -> str:
    d = born(ctx, kid)
    y, m, day, mon = d.year, d.month, d.day, MONTHS[d.month - 1]
    return ctx.pick((f"{day}/{m}/{y % 100:02d}", f"{y}{m:02d}{day:02d}", f"{ordinal(day)} of {mon} {y}",
                     f"the {ordinal(day)} of {mon}, {y}", f"{mon} {ordinal(day)} '{y % 100:02d}",
                     f"{day:02d}{mon[:3].upper()}{y % 100:02d}", f"{day:02d}{mon[:3].upper()}{y}",
                     f"{day}.{ROMAN[m - 1]}.{y}", f"{d.strftime('%A')}, {day} {mon} {y}", f"{mon[:3]}. {day}, {y}",
                     f"{day}-{mon[:3]}-{y}", f"{y}/{m:02d}/{day:02d}", f"{m:02d}-{day:02d}-{y}",
                     f"{day:02d}.{m:02d}.{y % 100:02d}", f"{mon[:3].upper()} {day:02d} {y}"))


def dob_zh(ctx: Ctx, kid: bool = False) -> str:
    d = born(ctx, kid)
    y, m, day = d.year, d.month, d.day
    spelled = "".join(CN_DIGITS[int(c)] for c in str(y)) + f"年{cn_number(m)}月{cn_number(day)}日"
    return ctx.pick((spelled, f"{y % 100:02d}年{m}月{day}日", f"{y % 100:02d}.{m}.{day}", f"{y}-{m}-{day}",
                     f"{y}年{m:02d}月{day:02d}日", f"{y}{m:02d}{day:02d}", f"{y}年{m}月{day}日", f"{y}.{m:02d}.{day:02d}",
                     f"{y} 年 {m:02d} 月 {day:02d} 日", f"{y}/{m}/{day}"))


def dob_h(ctx: Ctx, lang: str, kid: bool = False) -> str:
    return dob_zh(ctx, kid) if lang == "zh" else dob_en(ctx, kid)


def short_dob(ctx: Ctx) -> str:
    """As a quick note writes it after ``b.``: ``3/4/85``, ``3.4.85``, ``'85``-less ``3-4-85``."""
    d = born(ctx)
    return ctx.pick((f"{d.day}/{d.month}/{d.year % 100:02d}", f"{d.month}/{d.day}/{d.year % 100:02d}",
                     f"{d.day}.{d.month}.{d.year % 100:02d}", f"{d.day}-{d.month}-{d.year % 100:02d}"))


def air_dob(ctx: Ctx) -> str:
    """As airline and passport systems write it: ``03APR85``."""
    d = born(ctx)
    return f"{d.day:02d}{MONTHS[d.month - 1][:3].upper()}{d.year % 100:02d}"


def spoken_dob(ctx: Ctx) -> str:
    """As a call transcript writes it: ``the third of April nineteen eighty-five``."""
    d = born(ctx)
    day, mon, year = _ord_words(d.day), MONTHS[d.month - 1], spoken_year(d.year)
    return ctx.pick((f"the {day} of {mon} {year}", f"{mon} {day}, {year}", f"{mon} {day} {year}"))


def iso_datetime_dob(ctx: Ctx) -> str:
    d = born(ctx)
    return ctx.pick((f"{d.isoformat()}T00:00:00", f"{d.isoformat()}T00:00:00.000Z", f"{d.isoformat()}T00:00:00+08:00",
                     f"{d.isoformat()} 00:00:00"))


def eu_dob(ctx: Ctx, lang: str = "") -> str:
    """A birth date in Spanish, French or German words, or with a Roman-numeral month."""
    d = born(ctx)
    es, fr = ES_MONTHS[d.month - 1], FR_MONTHS[d.month - 1]
    forms = {"es": (f"{d.day} de {es} de {d.year}", f"{d.day}/{es[:3]}/{d.year}"),
             "fr": (f"{d.day} {fr} {d.year}", f"{'1er' if d.day == 1 else d.day} {fr} {d.year}"),
             "de": (f"{d.day}. {DE_MONTHS[d.month - 1]} {d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}"),
             "ro": (f"{d.day}.{ROMAN[d.month - 1]}.{d.year}", f"{d.day} {ROMAN[d.month - 1]} {d.year}")}
    return ctx.pick(forms[lang or ctx.pick(sorted(forms))])


def korean_dob(ctx: Ctx) -> str:
    d = born(ctx)
    return ctx.pick((f"{d.year}년 {d.month}월 {d.day}일", f"{d.year}. {d.month}. {d.day}.",
                     f"{d.year % 100:02d}.{d.month:02d}.{d.day:02d}"))


def boxed_dob(ctx: Ctx) -> str:
    """A date of birth typed into a form's boxes: ``0 3 | 0 4 | 1 9 8 5``."""
    d = born(ctx)
    dd, mm, yy = (" ".join(f"{v:0{n}d}") for v, n in ((d.day, 2), (d.month, 2), (d.year, 4)))
    return ctx.pick((f"{dd} | {mm} | {yy}", f"{dd} / {mm} / {yy}", f"{dd}  {mm}  {yy}"))


def _era(d: dt.date) -> tuple[str, str, int]:
    if d < dt.date(1989, 1, 8):
        return "昭和", "S", d.year - 1925
    if d < dt.date(2019, 5, 1):
        return "平成", "H", d.year - 1988
    return "令和", "R", d.year - 2018


def japanese_dob(ctx: Ctx, kid: bool = False) -> str:
    """A birth date in the Japanese era calendar: ``昭和60年4月3日``, ``H02.11.25``, ``平成元年``."""
    d = born(ctx, kid)
    era, letter, year = _era(d)
    written = "元" if year == 1 else str(year)
    return ctx.pick((f"{era}{written}年{d.month}月{d.day}日", f"{letter}{year:02d}.{d.month:02d}.{d.day:02d}",
                     f"{letter}{year}.{d.month}.{d.day}", f"{era}{cn_number(year) if year > 1 else '元'}年"
                     f"{cn_number(d.month)}月{cn_number(d.day)}日", f"{letter}{year:02d}/{d.month:02d}/{d.day:02d}"))


def year_dob(ctx: Ctx) -> str:
    """A birth year or month as Chinese chats give it before ``生``: ``85年``, ``1985年4月``, ``八五年``."""
    d = born(ctx)
    two = f"{d.year % 100:02d}"
    return ctx.pick((f"{two}年", f"{d.year}年{d.month}月", f"{CN_DIGITS[int(two[0])]}{CN_DIGITS[int(two[1])]}年",
                     f"{two}年{d.month}月", f"{d.year}年"))


def cn_spoken_dob(ctx: Ctx) -> str:
    """``一九八五年四月三日`` or ``一九八五年四月三号``, as a voice note or a 判决书 writes it."""
    d = born(ctx)
    year = "".join(CN_DIGITS[int(c)] for c in str(d.year))
    return f"{year}年{cn_number(d.month)}月{cn_number(d.day)}{ctx.pick('日日号')}"
