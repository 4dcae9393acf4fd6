"""Names in rows of personal data without a header, in Korean CSV columns, under labels with a
note in brackets, after inline labels two spaces apart and after "Surname, Given"; names before a
birth ("…, born …", "(b. …)"), e-mail signatures, small-letter names that do something, APIS
lines, passports in small letters or in groups of three, names with accents matched to the name
lists — each next to what only looks like one."""

from __future__ import annotations

import pytest

from duet.router.privacy.detector import detect_pii
from tests.router.pii_checks import assert_clean, assert_found


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("业主群里大家登记车位，帮我整理成表：\n3栋1201 张秀荣 浙AK1384\n5栋803 金平秀 辽D82X35", "person_name", "张秀荣"),
    ("制表符分隔的文件：\n彭 鑫杰\t沪h·R3408\t2T1RDAC11RVG37477\t1984371 3392", "person_name", "彭 鑫杰"),
    ("The tab-separated guest list:\nSeo-yeon Oh\tM343L4266\t07JAN65\t010-3204-8822", "person_name", "Seo-yeon Oh"),
    ("INSERT INTO t VALUES\n(90763, 'Berg, Bram van de', 'wlin@proton.me', '2002-12-18', '4465123412341234'),",
     "person_name", "Berg, Bram van de"),
    ("员工数据：\n이름,주민등록번호,차량번호,전화\n임예진,000930-3786409,958주 8310,010-9845-5514", "person_name", "임예진"),
    ("日本签证申请表里这几栏怎么填？\n姓名（拼音）：XU XIUYING\n出生日期：1992/7/4", "person_name", "XU XIUYING"),
    ("民宿入住登记表帮我翻成英文：\n住客：Nabil Saleh  国籍：尼日利亚", "person_name", "Nabil Saleh"),
    ("Guarantor: Tang, Wei, ID No. 220102 1997 0505 734X, Address:", "person_name", "Tang, Wei"),
    ("Passport No. 678 700 408  Surname and given names: SANNE TER VELD  Date of birth: 07JAN85", "person_name",
     "SANNE TER VELD"),
    ("Passport No. 678 700 408  Surname and given names: SANNE TER VELD", "passport", "678 700 408"),
    ('{"name":"Ziad bin Ziad Al-Qahtani","passport":"x0561083","dob":"1998-12-22"}', "passport", "x0561083"),
    ("Traduisez : 'Je soussignée, Anouk den Wal, née le 23 août 1992 à Lyon'", "person_name", "Anouk den Wal"),
    ("Funeral notice - Ngozi Okafor, born August ninth nineteen seventy in Kumasi", "person_name", "Ngozi Okafor"),
    ("Case Crime ref 54/373920/19  NAIDU, Sandeep  (b. 9/10/92)  of HC 70", "person_name", "NAIDU, Sandeep"),
    ("SSR DOCS EK HK1 P/NGA/D53389529/NGA/01AUG66/M/14FEB31/OKAFOR/NGOZI", "passport", "D53389529"),
    ("SSR DOCS EK HK1 P/NGA/D53389529/NGA/01AUG66/M/14FEB31/OKAFOR/NGOZI", "date_of_birth", "01AUG66"),
    ("SSR DOCS EK HK1 P/NGA/D53389529/NGA/01AUG66/M/14FEB31/OKAFOR/NGOZI", "person_name", "OKAFOR/NGOZI"),
    ("make this signature cleaner:\nArta Hutagalung | Account Manager | Maersk\nm: +44 (0)7512 345678", "person_name",
     "Arta Hutagalung"),
    ("paula jakobsen just sent me her new number +1 (608) 355 1234", "person_name", "paula jakobsen"),
    ("Hi! I'll drop the keys with Amália Sameľová at 191 holmes avenue around 17:00.", "person_name", "Amália Sameľová"),
    ("Dear parent of Éva Balogh (date of birth 5-20-13),", "person_name", "Éva Balogh"),
    ("聊天记录：\n\n11/6 14:39 赵英：各位邻居，新物业的报价出来了\n11/6 14:40 程建军：身份证后四位也要？", "person_name", "程建军"),
    ("帮我看懂这张日本的住民票：\n氏名\u3000加藤 葵\n生年月日\u3000昭和十七年六月十九日", "person_name", "加藤 葵"),
    ("黄鹤楼附近，我家在 北纬30°32′41″ 东经114°18′9″", "gps_coordinates", "北纬30°32′41″ 东经114°18′9″"),
])
def test_found(text: str, kind: str, value: str) -> None:
    assert_found(text, kind, value)


@pytest.mark.parametrize("text", [
    "Order 123  |  Blue Widget  |  SKU 55512",
    "Project Update | Senior Engineer notes",
    "bill just sent me the report",
    "my boss just sent me the deck",
    "Write a short bio of Chinua Achebe, born 16 November 1930 for a school poster",
    "Pub quiz check: Bong Joon-ho (born 14 September 1969) - is that right?",
    "黄鹤楼 北纬30°32′41″ 东经114°18′9″，这个坐标是 WGS84 还是 GCJ-02？",
    "How far is Christ the Redeemer at 22°57′07″S 43°12′38″W from the nearest metro?",
    "the sender, however, never came",
    "passport renewal takes 6 weeks",
])
def test_clean(text: str) -> None:
    assert_clean(text)


@pytest.mark.parametrize("text", [
    "用户表 3000 万行，邮箱 chenhao.dev@example.cn 有大小写不同",
    "公司净资产 200 万，年利润 60 万，合伙人手机 13788990011",
    "Golden Gate Bakery  |  +1 415 555 1234  |  open late",
])
def test_no_name_in_row(text: str) -> None:
    assert [s.value for s in detect_pii(text) if s.type == "person_name"] == []


@pytest.mark.parametrize(("text", "value"), [
    ("Check this Swiss insurance form: Versicherte Person Sanne te Wal, geboren 12. August 1991", "Sanne te Wal"),
    ("Renter: V. in 't Graaf\nVehicle: Nissan", "V. in 't Graaf"),
    ("Traduisez : 'Je soussignée, Anouk in 't Broek, née le 22 juin 1989 à Lyon", "Anouk in 't Broek"),
    ("INFO VisaController - apply passport=g65985287, name=Zihan ZHENG, birth=1953-08-26", "Zihan ZHENG"),
    ("日本国际学校的入学表：\n保護者：林\u3000葵  電話 +81 80-2178-8669", "林\u3000葵"),
    ("兹证明胡涛婷，男。其父：马龙，其母：侯秀兰。", "马龙"),
    ("Address: x\nReference in India: Nandini Chatterjee, 81091-85383", "Nandini Chatterjee"),
])
def test_more_names(text: str, value: str) -> None:
    assert_found(text, "person_name", value)


def test_reference_that_is_no_one() -> None:
    assert_clean("Reference: Order Confirmation")


@pytest.mark.parametrize(("text", "value"), [
    ("keep the contact line:\n\nNURUL IZZAH BINTI RAHMAN\n8990 Amberwood Ct", "NURUL IZZAH BINTI RAHMAN"),
    ("daughter Nor Azlina binti Abdullah collecting ring her 07500 106593", "Nor Azlina binti Abdullah"),
    ("Prescription ready for Muhammad Hafiz bin Ismail, DOB Nov-24-1990", "Muhammad Hafiz bin Ismail"),
    ("An applicant wrote the name only in its own script, Твердислав Большаков. Give me the Latin spelling for the "
     "student card", "Твердислав Большаков"),
    ("马来西亚买家David Alsina，IC 961106-12-8096，要报关", "David Alsina"),
    ("外籍员工Abdulhamid Usmonov的护照号RT1775486", "Abdulhamid Usmonov"),
])
def test_name_shapes(text: str, value: str) -> None:
    assert_found(text, "person_name", value)


@pytest.mark.parametrize("text", ["the bin Laden family business", "call mr right now", "He said Спасибо Большое"])
def test_no_name_shape(text: str) -> None:
    assert [s.value for s in detect_pii(text) if s.type == "person_name"] == []
