"""Identity numbers of any country after a keyword that names one, bank slips' slashed accounts,
birth-date lists, spoken dates with a year in digits, names before "(DOB", names in scripts
without capitals and in small letters after a call; and what is no one's: a landmark's point in
a sentence about sights, a number the writer says fails its check and is no card."""

from __future__ import annotations

import pytest

from duet.router.privacy import detect_pii
from duet.router.privacy.detector import _other_mentions


def _found(text: str) -> set[tuple[str, str]]:
    return {(s.type, s.value) for s in detect_pii(text)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Hi, I'm new here, my SSN is 030407144787, thanks", ("national_id", "030407144787")),
    ("update my social security on the insurance form to 157071362627873", ("national_id", "157071362627873")),
    ("外籍员工信息：Tax ID 182111307166345", ("national_id", "182111307166345")),
    ("DATE 0F BIRTH 1986.12.05\nPERS0NAL N0. X7932506J", ("national_id", "X7932506J")),
    ("留学申请材料：外国身份证号34586511902", ("national_id", "34586511902")),
    ("Scanned bank slip, read the account: a/c 01/6458/7377166/00", ("bank_account", "01/6458/7377166/00")),
    ("说9.12退租，押金退到00710945643", ("bank_account", "00710945643")),
    ("Sort by date of birth:\nSerafina Sandi — october twenty third 1990\nAyu Hasanah — 04/26/1941",
     ("date_of_birth", "october twenty third 1990")),
    ("Sort by date of birth:\nSerafina Sandi — october twenty third 1990\nAyu Hasanah — 04/26/1941",
     ("person_name", "Ayu Hasanah")),
    ("I, Amina Willems, DOB january thirty first 1994, request my file", ("date_of_birth", "january thirty first 1994")),
    ("Tue  Orthodontist - Joseph Olawale (DOB 07/09/2018) 3:40pm", ("person_name", "Joseph Olawale")),
    ("Call हर्श प्रधान after lunch", ("person_name", "हर्श प्रधान")),
    ("Transliterate the client's name from the passport using ICAO rules: יוסף קרמר", ("person_name", "יוסף קרמר")),
    ("call rozália horváth tomorrow", ("person_name", "rozália horváth")),
    ("voicemail: hi it's vince vial calling about the car", ("person_name", "vince vial")),
    ("log the insurance claim for 5749 PBG", ("license_plate", "5749 PBG")),
    ("导航到39.9087, 116.3975", ("gps_coordinates", "39.9087, 116.3975")),  # no sight named: someone's spot
    ("身份证号是110101199003077777（校验位可能抄错了）", ("cn_resident_id", "110101199003077777")),  # a typo in one
])
def test_found(text: str, expected: tuple[str, str]) -> None:
    assert expected in _found(text)


@pytest.mark.parametrize("text", [
    "What are the coordinates 48.8584, 2.2945 — which landmark is that?",
    "导航到22.2783, 114.1747，是那个观景台",
    "navigate to Times Square",
    "把“欢迎光临”翻译成英文、日文和韩文",
    "这串数字6990504771893832过不了Luhn校验，应该不是卡号吧",
    "ok so what does नमस्ते दोस्त mean",
    "call emily now",
    "national id card expired on 2024-05-01",
    "the tax id for the company is pending, call 555 0101 123 later",
    "account opened 2024/05/12",
    "my car is 2019 BMW X5, fine",
])
def test_not_personal(text: str) -> None:
    assert not {typ for typ, _ in _found(text)} - {"phone"}


@pytest.mark.parametrize(("text", "expected"), [
    ("出发Flat 1315, 13/F, Fung Lok House, Lek Yuen Estate, Sha Tin 到达西湖断桥",
     ("street_address", "Flat 1315, 13/F, Fung Lok House, Lek Yuen Estate, Sha Tin")),
    ("导航到彩虹邨金漢樓18樓09室", ("street_address", "彩虹邨金漢樓18樓09室")),
    ("To: Kamil Stebel\nUnit 2918 Box 5735, DPO AP 56984\nReason", ("street_address", "Unit 2918 Box 5735, DPO AP 56984")),
    ("I'm picking up Ketilbjörg Asaelsdóttir at the station", ("person_name", "Ketilbjörg Asaelsdóttir")),
    ("read me the last message from Magdolna Lengyel", ("person_name", "Magdolna Lengyel")),
    ("Visa form autofill check: surname JOSEPH AVILA, passport M40592680", ("person_name", "JOSEPH AVILA")),
    ("CRM note:\nlead: Unni Subramanian\ncompany: X", ("person_name", "Unni Subramanian")),
    ("Fix this ID card scan:\nSURNAME / GIVEN NAMES\nOLANREWAJU ADEMILUYI\nDATE 0F BIRTH 1997-08-31",
     ("person_name", "OLANREWAJU ADEMILUYI")),
    ("Driving licence scan: PELAYO HARO · 1958 Nov 27 · plate 5BHD510", ("date_of_birth", "1958 Nov 27")),
])
def test_found_in_forms_and_places(text: str, expected: tuple[str, str]) -> None:
    assert expected in _found(text)


@pytest.mark.parametrize("text", [
    "Room 5 Meeting House, ok",
    "NAME\nProject Apollo Launch Plan",
    "RELEASE NOTES · 2024-01-02",
    "the lead singer left the band",
])
def test_forms_and_places_not_personal(text: str) -> None:
    assert _found(text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("Make this itinerary printable:\n\nPAX 1 JOHN PAUL DE LOS REYES  passport EE5974488", ("person_name", "JOHN PAUL DE LOS REYES")),
    ("sertraline 50 mg  take ONE daily\nRx 74-194-528\n", ("medical_record", "74-194-528")),
    ("tell the family: your father Tanimu Yahaya is stable", ("person_name", "Tanimu Yahaya")),
    ("remind me to call grandma Alfífa Eldórsdóttir", ("person_name", "Alfífa Eldórsdóttir")),
    ("业主群：\n【星河湾23-5-1103-长孙雅婷】楼上又在半夜装修", ("street_address", "星河湾23-5-1103")),
    ("业主群：\n【星河湾23-5-1103-长孙雅婷】楼上又在半夜装修", ("person_name", "长孙雅婷")),
    ("旅行社：客人上官雅婷明天出发", ("person_name", "上官雅婷")),
    ("招生办：考生阿不都热西提·库尔班的成绩单", ("person_name", "阿不都热西提·库尔班")),
])
def test_found_in_lists_and_chats(text: str, expected: tuple[str, str]) -> None:
    assert expected in _found(text)


@pytest.mark.parametrize("text", ["Rx 2024 guidelines", "业主群：【物业-小王】收到", "买家很满意", "比分是3-2-101-王者"])
def test_lists_and_chats_not_personal(text: str) -> None:
    assert _found(text) == set()


@pytest.mark.parametrize("text", [
    "turn the wipers on and call 1800-657-3857 for roadside assistance",
    "turn the wipers on and call 0120-835-641 for roadside assistance",
    "DE56 BOGJ 0880 9295 27这个编号是不是 IBAN？为什么校验不过",
    "给我讲讲邓稼先1924年6月25日出生于安徽怀宁这件事的来龙去脉",
    "Ho Chi Minh, born 19 May 1890: write a two-line caption for a poster",
    "navigate to Kings Cross St Pancras",
    "text the group: meet at Pike Place Market, 11:40, don't be late",
])
def test_services_history_and_venues_not_personal(text: str) -> None:
    assert _found(text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("call my mum 0412 345 678 for assistance", ("phone", "0412 345 678")),
    ("Child: Kevin Monahan, home 63 Queen's Road, Edinburgh EH3 7RX, parent phone 020 8173 5403.", ("phone", "020 8173 5403")),
    ("INSERT INTO 用户 (姓名, 手机) VALUES ('张亮', '+8617781774472');", ("person_name", "张亮")),  # a common name
    ("policyholder John Lewis, date of birth 28 November 1956", ("date_of_birth", "28 November 1956")),
    ("the bank asks for Kontoinhaber Aahana Mall and IBAN DE94 7580 6187 0643 1156 45", ("person_name", "Aahana Mall")),
    ("我的朋友李娜，1990年3月2日出生", ("date_of_birth", "1990年3月2日")),
])
def test_people_still_found(text: str, expected: tuple[str, str]) -> None:
    assert expected in _found(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("my number is 0176 2045 3106 thanks", ("phone", "0176 2045 3106")),  # a phone, not Japan's My Number
    ("please block oh six one four oh three 26 two four", ("phone", "oh six one four oh three 26 two four")),
    ("her email is saitlahcen[@]163.com", ("email", "saitlahcen[@]163.com")),
    ("drop a pin at S6.3206 E106.8617", ("gps_coordinates", "S6.3206 E106.8617")),
    ("把车机的家庭地址改成纬度36.15547，经度120.40792", ("gps_coordinates", "纬度36.15547，经度120.40792")),
    ("set the destination to 4500 w 3rd ave, tucson az 85762", ("street_address", "4500 w 3rd ave, tucson az 85762")),
    ("the hotel is PO Box 356, Stanthorpe QLD 4380", ("street_address", "PO Box 356, Stanthorpe QLD 4380")),
    ("address of the ryokan: 1-10-4 Yamashita-cho, Naka-ku, Yokohama 231-8165",
     ("street_address", "1-10-4 Yamashita-cho, Naka-ku, Yokohama 231-8165")),
    ('"Sehr geehrte Frau Xiuying LI, vielen Dank', ("person_name", "Xiuying LI")),
    ("and the booking is under Asafe Correia.", ("person_name", "Asafe Correia")),
    ("footer:\nMaersk · Director Karina Burza", ("person_name", "Karina Burza")),
    ("Xero login ria_cavazos@orange.fr / Dragon729815! please", ("api_key_secret", "Dragon729815!")),
    ("curl -H 'Authorization: 5d88c652029166edf9b88c768ae9cfdd' https://x", ("api_key_secret", "5d88c652029166edf9b88c768ae9cfdd")),
    ("越南阿姨Ly Hoang Phuong下周来", ("person_name", "Ly Hoang Phuong")),
    ("[voice message transcript] hi its renato escalante calling", ("person_name", "renato escalante")),
])
def test_found_in_messages(text: str, expected: tuple[str, str]) -> None:
    assert expected in _found(text)


@pytest.mark.parametrize("text", [
    "my pin is at the office, drop a pin on the map", "we won 3 1st place trophies", "in 2024 2nd street fair",
    "Email from Google Cloud Billing", "the director of sales", "send to a@b.com / c@d.com", "block the roads",
])
def test_messages_not_personal(text: str) -> None:
    assert not {typ for typ, _ in _found(text)} - {"email"}


@pytest.mark.parametrize(("text", "expected"), [
    ("her holiday cottage is at S 33°52'07\", E 18°21'24\" near the beach", ("gps_coordinates", "S 33°52'07\", E 18°21'24\"")),
    ("身份证：110101199003077777\n就诊卡：C059729601", ("medical_record", "C059729601")),
    ("auth failed for key pat-na1-3fef16d3-3bf9-d562-3fab-12fa7182d7ea", ("api_key_secret", "pat-na1-3fef16d3-3bf9-d562-3fab-12fa7182d7ea")),
    ("thinking of a trade in 1FM 97ZB67 FD667280 for the new one", ("vin", "1FM 97ZB67 FD667280")),
    ("remote, reachable at 8 (919) 001-90-88", ("phone", "8 (919) 001-90-88")),
    ("Mustafo Xolidov asked about the invoice", ("person_name", "Mustafo Xolidov")),
    ("帮我算下努尔比亚·托合提的工资", ("person_name", "努尔比亚·托合提")),
    ("证据1 劳动合同（艾尔肯·阿布都拉签字）", ("person_name", "艾尔肯·阿布都拉")),
])
def test_found_by_shape(text: str, expected: tuple[str, str]) -> None:
    assert expected in _found(text)


@pytest.mark.parametrize("text", [
    "列夫·托尔斯泰写了哪些书", "Mikhail Gorbachev died in 2022", "Compare the damage of Typhoon Haiyan and Cyclone Gabrielle.",
    "order ABC 123456 12345678 shipped",
])
def test_shapes_not_personal(text: str) -> None:
    assert _found(text) == set()


@pytest.mark.parametrize("text", [
    "郭德纲的相声推荐", "易中天品三国讲得怎么样", "黄晓明和杨颖离婚了吗", "Who played Jack Sparrow in Pirates of the Caribbean?",
    "Book a table for two at Olive Garden tonight",
])
def test_public_people_and_places_not_personal(text: str) -> None:
    assert _found(text) == set()


def test_a_colleague_with_a_new_book_is_still_named() -> None:
    assert ("person_name", "王建国") in _found("我同事王建国的新书出了")


def test_a_chats_other_speakers_are_named() -> None:
    found = _found("Group chat export, who owes what?\nWakiman Salahudin: paid 1984.40 for fuel\n"
                   "János Farkas: I'll send mine later\nNancy Drew: ok")
    assert {("person_name", "Wakiman Salahudin"), ("person_name", "János Farkas")} <= found


def test_an_agenda_has_no_speakers() -> None:
    assert _found("Agenda:\nBudget Review: ok\nTeam Sync: later") == set()


def test_spoken_digits_beside_a_long_group() -> None:
    assert ("phone", "six four six 4615329") in _found("call back six four six 4615329 the number that just rang")


@pytest.mark.parametrize(("text", "expected"), [
    ("有问题直接打我手机幺五幺 四幺三六 6729 或者发邮件", ("phone", "幺五幺 四幺三六 6729")),  # not a tax number's
    ("Rx for H.E. Horst, DOB 25-6-43, MRN 2090-7236, amoxicillin", ("date_of_birth", "25-6-43")),
    ("我爸在山里迷路了，他叫潘俊，电话183 1833 1273，怎么报警救援最快？", ("phone", "183 1833 1273")),
    ("兹推荐我院学生李宁，1954-09-01出生，本科期间成绩优秀", ("date_of_birth", "1954-09-01")),
    ("(owner, phone, pet, due):\nSara Plaza +66 92 834 2288 Oreo rabies", ("person_name", "Sara Plaza")),
])
def test_kept_beside_new_rules(text: str, expected: tuple[str, str]) -> None:
    assert expected in _found(f"另外发票抬头和税号你再确认一下 {text}" if "手机" in text else text)


@pytest.mark.parametrize("text", [
    "Explain the Monty Hall problem", "Recommend a Sam Adams beer", "Is Kate Middleton a princess?",
    "Visit Mount Vernon this weekend?", "朱家角怎么去", "陈家祠门票多少钱", "范仲淹的岳阳楼记", "左宗棠鸡是湖南菜吗",
])
def test_eponyms_and_history_not_personal(text: str) -> None:
    assert _found(text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("met a Maria Lopez yesterday", ("person_name", "Maria Lopez")),
    ("我同事陈家豪明天来", ("person_name", "陈家豪")),
    ("call Ana Ruiz about the award", ("person_name", "Ana Ruiz")),
])
def test_people_beside_eponym_rules(text: str, expected: tuple[str, str]) -> None:
    assert expected in _found(text)


@pytest.mark.parametrize(("text", "public"), [
    ("Recommend Brandon Sanderson novels", True), ("What are Hugh Jackman's films?", True),
    ("Ana Ruiz books the room", False), ("Ana Ruiz's career plan", False),
])
def test_works_after_a_name(text: str, public: bool) -> None:
    assert (_found(text) == set()) is public


@pytest.mark.parametrize(("text", "expected"), [
    ("留学申请材料：外国身份证号X７８０９３５０E", ("national_id", "X７８０９３５０E")),
    ("DATE 0F BIRTH 1997-08-31\nPERS0NAL N0. 483-48-8072\nADDRESS x", ("national_id", "483-48-8072")),
    ("NRIC: S7654321B (typo?)", ("national_id", "S7654321B")),
    ("Mobile linked to Aadhaar: 098275 37276\nExisting account", ("phone", "098275 37276")),
    ("Aadhaar 2345 6789 0123 is on the form", ("national_id", "2345 6789 0123")),
    ("病历扫描：\n患者 宋丹丹  住院号MRN757705915", ("person_name", "宋丹丹")),  # a patient, whatever her name
    ("乙方（承租人）：周瑜  联系电话：+86-13327588334", ("person_name", "周瑜")),
])
def test_ids_and_named_patients(text: str, expected: tuple[str, str]) -> None:
    assert expected in _found(text)


@pytest.mark.parametrize("text", ["my SSN is 12-05-1990", "the nice picnic 12345678 items", "宋丹丹的小品推荐"])
def test_dates_picnics_and_sketches_not_ids(text: str) -> None:
    assert not {typ for typ, _ in _found(text)} & {"national_id", "person_name"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Her RG: 8805123456789, please verify", ("national_id", "8805123456789")),
    ("her NINO: 8805123456789", ("national_id", "8805123456789")),
    ("外籍员工的TIN 3925717H", ("national_id", "3925717H")),
    ("申请人外国身份证号34586511902", ("national_id", "34586511902")),
    ("reply yes to the party invite from Ketilbjörg Ósvífsdóttir's mum (312-487-1117) and ask", ("phone", "312-487-1117")),
])
def test_identity_keywords_of_other_countries(text: str, expected: tuple[str, str]) -> None:
    assert expected in _found(text)


@pytest.mark.parametrize("text", ["do CPR 30 compressions then 2 breaths", "el café sin azúcar cuesta 3 euros"])
def test_identity_keywords_in_other_senses(text: str) -> None:
    assert _found(text) == set()


def test_every_mention_of_a_name_found_once_is_masked() -> None:
    spans = [(s.start, s.end) for s in detect_pii("I met Ana Ruiz at the Ana Ruiz clinic") if s.type == "person_name"]
    assert spans == [(6, 14), (22, 30)]


def test_a_name_inside_a_longer_word_is_not_another_mention() -> None:
    text = "Ana Ruiz and the Ana Ruizes"
    assert _other_mentions(text, [("person_name", 0, 8)]) == [("person_name", 0, 8)]
