"""Rows under columns named in prose, Chinese lists a space apart, year-first birth dates, PPS and
Korean resident numbers, wedding and office roles, Irish and Spanish name particles; and what is
no one's: public offices' addresses in brackets, pets' birthdays, test VINs said to fail their
check, service lines, public figures and eponymous brands."""

from __future__ import annotations

import pytest

from duet.router.privacy import detect_pii


def _found(text: str) -> set[tuple[str, str]]:
    return {(s.type, s.value) for s in detect_pii(text)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Reformat the ward list into a table with columns bed, name, DOB, hospital no.:\n\n"
     "3 - COMFORT OSHODI - 10 January 1960 - MRN71563169\n7 - NURUL IZZAH BINTI YUSOF - 1962.08.08 - K883834",
     {("person_name", "COMFORT OSHODI"), ("date_of_birth", "10 January 1960"), ("medical_record", "MRN71563169"),
      ("person_name", "NURUL IZZAH BINTI YUSOF"), ("date_of_birth", "1962.08.08"), ("medical_record", "K883834")}),
    ("Make a sheet (name, dob, email, course):\n\n1. Ingrīda Siliņa — born 1949 Dec 9 — is@ex.lv — MSc Data",
     {("person_name", "Ingrīda Siliņa"), ("date_of_birth", "1949 Dec 9"), ("email", "is@ex.lv")}),
    ("帮我核对一下这几个团员的护照信息：\n张波 G96518925 1957年2月12日\n梁英 EJ7794207 57年7月1日",
     {("person_name", "张波"), ("passport", "G96518925"), ("date_of_birth", "1957年2月12日"),
      ("person_name", "梁英"), ("passport", "EJ7794207"), ("date_of_birth", "57年7月1日")}),
    ("Date of birth on file: 1941 Jan 18. Thanks", {("date_of_birth", "1941 Jan 18")}),
    ("呼吸内科一病区 12床 住院号YB204841092805 1991年1月21日生 今晚禁食",
     {("medical_record", "YB204841092805"), ("date_of_birth", "1991年1月21日")}),
    ("New starter gave me PPS 1609567RA on Monday", {("national_id", "1609567RA")}),
    ("Name: JUNG Haeun\nResident No.: 4109231590416\n", {("national_id", "4109231590416")}),
    ("deliver her prescription to 2/91 Bluebell Cct, Joondalup WA 6027 please",
     {("street_address", "2/91 Bluebell Cct, Joondalup WA 6027")}),
    ("calling about the two bed on 120 larkspur rise, brighton bn32 1jf", {("street_address", "120 larkspur rise, brighton bn32 1jf")}),
    ("14:00 ceremony, bride Simphiwe Madlanduna, groom Wilson Mota",
     {("person_name", "Simphiwe Madlanduna"), ("person_name", "Wilson Mota")}),
    ("Draft a conditional offer to Nomagugu Ndima", {("person_name", "Nomagugu Ndima")}),
    ("exp 02/26 name on card MARTHE HANSEN", {("person_name", "MARTHE HANSEN")}),
    ("Hi, my full name is Delia Ó Lighe and I moved", {("person_name", "Delia Ó Lighe")}),
    ("Unit 1  Angelica De los Reyes  rent 1200  +56 9 8945 3170",
     {("person_name", "Angelica De los Reyes"), ("phone", "+56 9 8945 3170")}),
])
def test_found(text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= _found(text)


@pytest.mark.parametrize("text", [
    "北京市公安局出入境管理总队（安定门东大街2号）办事要提前在网上预约吗？",
    "故宫博物院（景山前街4号）周末开放吗，需要提前预约吗",
    "台北101（信義路五段7號）周末开放吗",
    "我家可乐是柯基，2024-12-25满三岁，想办个生日派对",
    "my dog Rex was born 3 May 2020, what cake can he eat?",
    "柴犬幼犬要打几针疫苗？间隔多久",
    "测试数据里的车架号YV11AS1G5T4686075校验不过，是不是校验位算错了",
    "my validator rejects WP18WVWM75C495707, a made-up VIN from our test suite. is the check digit wrong?",
    "is HMRC 0300 200 3300 free to call from a mobile, and how long is the wait usually?",
    "summarise what Chimamanda Ngozi Adichie said about housing this week",
    "who owns Ralph Lauren these days? is it still the founding family?",
    "贾玲的新歌叫什么？歌词大意是什么",
    "Draft an invoice to Orchard Lane Foods for March",
    "the groom was nervous and the bride Price list was long",
])
def test_not_personal(text: str) -> None:
    assert _found(text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("我儿子和狗都是2019年3月2日出生的", ("date_of_birth", "2019年3月2日")),  # a child's birthday stays one
    ("my VIN is WP18WVWM75C495707", ("vin", "WP18WVWM75C495707")),  # a typed VIN with a wrong check digit
    ("my number is 0300 200 3300, call my mobile", ("phone", "0300 200 3300")),
    ("我家（朝阳区建国路88号）附近有医院吗", ("street_address", "朝阳区建国路88号")),
])
def test_still_found(text: str, expected: tuple[str, str]) -> None:
    assert expected in _found(text)
