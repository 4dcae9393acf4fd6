"""Birth dates with a month's name in small letters or a two-digit year ("31 march 92", "August
19th '71"), in Chinese numerals, of the Republic and of the lunar calendar; a birth year's date in
a row of personal data (router/privacy/row_dates.py) — next to the dates such rows also hold
(joining, bookings), public figures' and historical births, and dates of meetings."""

from __future__ import annotations

import pytest

from duet.router.privacy.detector import detect_pii
from tests.router.pii_checks import assert_found


@pytest.mark.parametrize(("text", "value"), [
    ("my nephew Joseph Scherzer, it's his birthday today (born august 3 2015).", "august 3 2015"),
    ("add her birthday, 31 march 92", "31 march 92"),
    ("how old am i if i was born 13 june 91", "13 june 91"),
    ("The tenant, Sarah Brown, born August 19th '71, residing at 232 Mill Avenue", "August 19th '71"),
    ("我爸农历1960年冬月三十出生的，身份证上写的是公历", "农历1960年冬月三十"),
    ("帮我算算我今年多大，我是民國六十九年六月二十七日生的", "民國六十九年六月二十七日"),
    ("王桂花，女，四三年八月十号生，门诊号160605846", "四三年八月十号"),
    ("帮我把护照号G41127762和出生日期零零年四月九号填到航司的 APIS 里", "零零年四月九号"),
    ("excel gives #VALUE! on this row\nDirk Baert\t9.1.1958\t07843 600546\tFlat 3, 189 Kingsley Gardens", "9.1.1958"),
    ("INSERT INTO users VALUES (1, '郑佳', '86 139.6641.4171', 'ma_jun@sohu.com', '1972-08-14');", "1972-08-14"),
    ("NICHOLAS BARRY HESTER  BR5423817  19440622  +44 7911 123456", "19440622"),
    ("我奶奶生于1925年3月1日", "1925年3月1日"),
    ("出生日期：040/11/13\n住址：彰化縣鹿港鎮中正里12鄰中山路92巷32號", "040/11/13"),
])
def test_birth_dates_found(text: str, value: str) -> None:
    assert_found(text, "date_of_birth", value)


@pytest.mark.parametrize("text", [
    "Jane Smith  |  joined 1998-03-01",
    "Order 5512  |  2024-03-01  |  shipped",
    "we meet on 3 may 2024",
    "2024年三月五日开会",
    "核对一下：林语堂生于1895年10月10日，这个日期对吗？",
    "苏轼生于1037年1月8日，给小学生写个小科普",
])
def test_not_birth_dates(text: str) -> None:
    assert [s.value for s in detect_pii(text) if s.type == "date_of_birth"] == []


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("帮我把这几条 Excel 数据的日期格式统一：\n许浩桂  44.12.25\n李鑫  1978-4-30", "date_of_birth", "44.12.25"),
    ("帮我把这几条 Excel 数据的日期格式统一：\n杨建华  1970.06.23\n欧阳思东  平成十四年五月十日", "person_name", "欧阳思东"),
    ("帮我把这几条 Excel 数据的日期格式统一：\n杨建华  1970.06.23\n欧阳思东  平成十四年五月十日", "date_of_birth", "平成十四年五月十日"),
    ("   name                 dob            iban\n0  Tesfaye Bekele  Sep. 22, 1976  BR71-6406-6406-5404-8203-5016-430H-Q",
     "date_of_birth", "Sep. 22, 1976"),
    ("Funeral notice - Selamawit Haile, born October twenty-seventh, nineteen fifty-five in Kumasi", "date_of_birth",
     "October twenty-seventh, nineteen fifty-five"),
    ("Aminu Folake Bello, born October seventh, two thousand and two in Kumasi", "date_of_birth",
     "October seventh, two thousand and two"),
    ("patient Vries, Jan van den, CHI 040655 1227, DOB 04JUN55, lives at 44 Hawthorn Terrace", "date_of_birth", "04JUN55"),
])
def test_rows_and_spoken_births(text: str, kind: str, value: str) -> None:
    assert_found(text, kind, value)


@pytest.mark.parametrize("text", ["会议安排：\n周一  2024.3.5\n周二  2024.3.6", "张伟  2024.3.5", "born in nineteen seventy"])
def test_rows_without_births(text: str) -> None:
    assert [s.value for s in detect_pii(text) if s.type == "date_of_birth"] == []
