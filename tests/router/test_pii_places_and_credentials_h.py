"""Japanese addresses, addresses after "Domicilio" and "R/o", Swiss and Belgian streets with the
street first; credentials in .pgpass lines, DSNs, URL queries, under a *_SK name, Volcano Engine
keys; points in degrees, minutes and seconds in Chinese, EXIF and NMEA forms and in map links with
an encoded comma; a record number after "HN" that reads like a Chinese passport."""

from __future__ import annotations

import pytest

from tests.router.pii_checks import assert_clean, assert_found


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("住居地 〒150-4619　東京都渋谷区神宮前3丁目26番21号", "street_address", "〒150-4619　東京都渋谷区神宮前3丁目26番21号"),
    ("お届け先：松本 澪 様\n京都府京都市左京区田中5-24-11-611", "street_address", "京都府京都市左京区田中5-24-11-611"),
    ("Domicilio: Av. Constitución 3591, Col. Obispado, Monterrey, C.P. 64060", "street_address",
     "Av. Constitución 3591, Col. Obispado, Monterrey, C.P. 64060"),
    ("LICENSOR: Siddharth Fernandes, R/o #76, 5th Main, 8th Cross, Lajpat Nagar II, New Delhi, Delhi 110048",
     "street_address", "#76, 5th Main, 8th Cross, Lajpat Nagar II, New Delhi, Delhi 110048"),
    ("Avenue Louise 54, 1050 Bruxelles", "street_address", "Avenue Louise 54, 1050 Bruxelles"),
    ("~/.pgpass:\n10.41.143.24:5432:analytics:report:Ajax525~", "api_key_secret", "Ajax525~"),
    ('dsn := "orders:Jollof7980_@tcp(172.18.0.2:3306)/shop"', "api_key_secret", "Jollof7980_"),
    ("https://api.map.baidu.com/reverse_geocoding/v3/?ak=MIA6hQsrpyVJa9mHCLbbOMp1qnlsjImr&location=1", "api_key_secret",
     "MIA6hQsrpyVJa9mHCLbbOMp1qnlsjImr"),
    ('variables:\n  HUAWEI_SK: "QXlayP599wMYXN15ooe0NuynT3sgBaZw"', "api_key_secret", "QXlayP599wMYXN15ooe0NuynT3sgBaZw"),
    ("+ export PGPASSWORD=Ww+w7o?Bc_HdUl\n+ psql", "api_key_secret", "Ww+w7o?Bc_HdUl"),
    ("最后出现在北纬22度16分59秒、东经114°9′47″附近", "gps_coordinates", "北纬22度16分59秒、东经114°9′47″"),
    ("GPS Position : 19d21m10.4sN 99d01m43.5sW", "gps_coordinates", "19d21m10.4sN 99d01m43.5sW"),
    ("$GNRMC,021530.00,A,3119.2804,N,12135.0255,E,0.01", "gps_coordinates", "3119.2804,N,12135.0255,E"),
    ('https://www.google.com/maps/search/?api=1&query=23.190427%2C113.326024', "gps_coordinates", "23.190427%2C113.326024"),
    ("discharge note:\nHN E76108852\nPatient", "medical_record", "E76108852"),
])
def test_found(text: str, kind: str, value: str) -> None:
    assert_found(text, kind, value)


@pytest.mark.parametrize("text", [
    "我在京都府玩了3-4天",
    "the sk value is short",
    "see https://example.com/page?key=abcdefghijklmnopqrstuv",
    "tests 1234.56,N,12345.67,E are",
    "the Avenue 5 was closed",
])
def test_clean(text: str) -> None:
    assert_clean(text)


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("| Name | Passport | DOB |\n|---|---|---|\n| Aminata Diallo | E77573425 | Tuesday, 24 September 1957 |", "date_of_birth",
     "Tuesday, 24 September 1957"),
    ("Screen no. | MRN | DOB | Outcome\nS-029-012 | A-323197 | June 26th '47 | eligible", "date_of_birth", "June 26th '47"),
    ("BENEFICIARY^ACCOUNT^BSB^AMOUNT\nAkosua Sipho Mensah^096-563431^083-004^$1,465.53", "bank_account", "096-563431"),
    ("BENEFICIARY^ACCOUNT^BSB^AMOUNT\nAkosua Sipho Mensah^096-563431^083-004^$1,465.53", "person_name", "Akosua Sipho Mensah"),
])
def test_cells_of_tables_with_weekdays_apostrophes_and_carets(text: str, kind: str, value: str) -> None:
    assert_found(text, kind, value)


@pytest.mark.parametrize(("text", "value"), [
    ("| К607НТ 750 | YV138Z3Z5AY690328 | Huda |", "К607НТ 750"),
    ("| 36다 6029 | WVW | LIM Seojun |", "36다 6029"),
    ("| 서울 78어 8205 | x |", "서울 78어 8205"),
    ("Previous registration: 名古屋 556 と 80-22", "名古屋 556 と 80-22"),
])
def test_russian_korean_and_japanese_plates(text: str, value: str) -> None:
    assert_found(text, "license_plate", value)


def test_a_korean_month_and_year_is_no_plate() -> None:
    assert_clean("우리는 12월 2024년에 만나요")
