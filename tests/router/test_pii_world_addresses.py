"""Addresses of other countries' forms (US and Canadian boxes and rural routes, Brazil's CEP,
Mexico's Col. and C.P., Japan in Latin letters, Vietnam), Indian house numbers with dashes and
slashes, rooms in Chinese halls of residence and blocks numbered with 坊 — next to what only looks
like one."""

from __future__ import annotations

import pytest

from tests.router.pii_checks import assert_clean, assert_found


@pytest.mark.parametrize(("text", "value"), [
    ("hi im outside HC 68 Box 320, Taos, NM 87571, the gate is shut", "HC 68 Box 320, Taos, NM 87571"),
    ("of PO Box 195, Bozeman, MT 59771-5200  - adjourned", "PO Box 195, Bozeman, MT 59771-5200"),
    ("resident of RR 1, Site 11, Comp 2, Kamloops BC V2C 0R7, passport", "RR 1, Site 11, Comp 2, Kamloops BC V2C 0R7"),
    ("收货地址这样写对吗？Av. Afonso Pena, nº 2222, Bloco A, Apto 178 - Centro, Belo Horizonte/MG - CEP 30131-459，收件人",
     "Av. Afonso Pena, nº 2222, Bloco A, Apto 178 - Centro, Belo Horizonte/MG - CEP 30131-459"),
    ("of Calle 5 de Mayo 3617, Depto. 258, Col. Centro, Guadalajara, C.P. 44100, Guadalajara, Jal.\nCURP",
     "Calle 5 de Mayo 3617, Depto. 258, Col. Centro, Guadalajara, C.P. 44100, Guadalajara, Jal."),
    ("updated your delivery address to #303 5-17-17 Jingumae Shibuya-ku Tokyo 150-4013 JAPAN and",
     "#303 5-17-17 Jingumae Shibuya-ku Tokyo 150-4013 JAPAN"),
    ("Địa chỉ thường trú: Số 19 Ngõ 21 Đường Nguyễn Trãi, Phường 2, Quận 5, TP. Hồ Chí Minh",
     "Số 19 Ngõ 21 Đường Nguyễn Trãi, Phường 2, Quận 5, TP. Hồ Chí Minh"),
    ("Address in India: H.No. 19-8-536/C/1, Mehdipatnam, Hyderabad, Telangana 500021\nReference",
     "H.No. 19-8-536/C/1, Mehdipatnam, Hyderabad, Telangana 500021"),
    ("是我家附近（浙江大学紫金港校区蓝田学园3舍311室）", "浙江大学紫金港校区蓝田学园3舍311室"),
    ("住址 北京师范大学西北楼623室，报 C1 手动挡。", "北京师范大学西北楼623室"),
    ("你好我到了，深圳市宝安区西乡街道固戍一路7坊附2号607这个宿舍楼不让进", "深圳市宝安区西乡街道固戍一路7坊附2号607"),
])
def test_found(text: str, value: str) -> None:
    assert_found(text, "street_address", value)


@pytest.mark.parametrize("text", [
    "Ship it to the Box office, New York",
    "我在北京大学读书，住5楼",
    "清华大学出版社2019年出的那本书",
])
def test_clean(text: str) -> None:
    assert_clean(text)


@pytest.mark.parametrize("text", [
    "how do I get to USCIS New York Field Office, 26 Federal Plaza, New York, NY 10278 by public transport",
    "how do I get to the DMV at 1377 Fell Street, San Francisco by public transport",
    "I'm drawing a literary map: is 124 Conch Street really where Don Quixote lives, or am I mixing up two stories?",
    "Bong Joon-ho (born 14 September 1969). what else happened in the world that year?",
])
def test_public_places_and_people(text: str) -> None:
    assert_clean(text)


@pytest.mark.parametrize(("text", "value"), [
    ("send it to my office, 26 Main Street", "26 Main Street"),
    ("Flat 3, Maple Court, 12 Oak Street, Leeds", "12 Oak Street"),
])
def test_homes_stay_private(text: str, value: str) -> None:
    from duet.router.privacy.detector import detect_pii
    assert any(s.type == "street_address" and value in s.value for s in detect_pii(text)), detect_pii(text)


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("家庭住址：康桥半岛32-5-1903\n监护人：迪丽娜尔", "street_address", "康桥半岛32-5-1903"),
    ("姓名李英，96年2月24日出生，联系电话135·7101·8837", "phone", "135·7101·8837"),
    ("Her name is Peace Eze, date of birth Oct-30-1949.", "date_of_birth", "Oct-30-1949"),
])
def test_estates_dotted_phones_and_dashed_dates(text: str, kind: str, value: str) -> None:
    assert_found(text, kind, value)


@pytest.mark.parametrize("text", ["比分是3-2-101", "快递柜取件码12-2-1216，忘了是哪个柜子了"])
def test_codes_are_no_flats(text: str) -> None:
    assert_clean(text)
