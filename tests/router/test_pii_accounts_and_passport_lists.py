"""Accounts named by the bank after them or by the money sent to them, UnionPay numbers grouped
3-4-4-4-4 or 6-6-7, passports with their holder in brackets, a person's PAN under a PAN header,
a YAML my_number — next to bank codes, hotlines and deposits that are no account."""

from __future__ import annotations

import pytest

from tests.router.pii_checks import assert_clean, assert_found


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("boss pls send my pay to 3541921363 access bank", "bank_account", "3541921363"),
    ("the deposit went to 2594215320 (GTBank)", "bank_account", "2594215320"),
    ("租金每月HK$12,000，存入238-0926790-30", "bank_account", "238-0926790-30"),
    ("Donations to the family: 3504984130.", "bank_account", "3504984130"),
    ("工资打到6228480012345678（农业银行）", "bank_account", "6228480012345678"),
    ("员工表里那行是：吕秀｜17887303942｜623 6685 4987 4889 1258｜云南省曲靖市", "bank_account", "623 6685 4987 4889 1258"),
    ("员工表里那行是：袁娜艳｜13997760619｜623668-632122-0617836｜云南省", "bank_account", "623668-632122-0617836"),
    ("Which of these passports expire first? Irish LP7088918 (Matsumoto Yuki), Singaporean E8032341D (H. de Broek)",
     "passport", "E8032341D"),
    ("Which of these passports expire first? Irish LP7088918 (Matsumoto Yuki), Singaporean E8032341D (H. de Broek)",
     "person_name", "Matsumoto Yuki"),
    ("Employee;IFSC;Account No;PAN\nSunita Dhillon;KKBK0000958;2436 0663 2112 79;UBYPY2128S", "national_id",
     "UBYPY2128S"),
    ('    full_name: Inoue Mio\n    my_number: "145648743783"\n', "national_id", "145648743783"),
])
def test_found(text: str, kind: str, value: str) -> None:
    assert_found(text, kind, value)


@pytest.mark.parametrize("text", [
    "联行号102100099996是哪家银行的？跨行转账一定要填联行号吗？",
    "今天存入5000元到余额宝",
    "What are the opening hours of Barclays 0345 734 5345?",
    "ISBN 978 0 306 40615 7",
])
def test_clean(text: str) -> None:
    assert_clean(text)


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("patient FERNANDES Siddharth, CHI 0508854792, DOB 05AUG85", "medical_record", "0508854792"),
    ("patient Iyer, Kavya, CHI 160155 0723, DOB 16/1/55", "medical_record", "160155 0723"),
    ("3栋1201 徐洋 闽h·D73955\n5栋803", "license_plate", "闽h·D73955"),
    ("My landlord sent it as 'the new flat': https://www.google.com/maps/@25.118359,55.156340,18z", "gps_coordinates",
     "25.118359,55.156340"),
    ("Final is behind Yoon Min-jun's shed at N35 33.144 E139 41.413, ask", "gps_coordinates", "N35 33.144 E139 41.413"),
    ("shed at N 35° 41.876' E 139° 37.678', ask", "gps_coordinates", "N 35° 41.876' E 139° 37.678'"),
    ("Tasker: silver corolla 5VPF172. call me 818.200.4957", "license_plate", "5VPF172"),
    ("mine is +20 10 4876 4386, plate Abu Dhabi 4 91721.'", "license_plate", "Abu Dhabi 4 91721"),
    ('state: {"name":"Harpreet Sandhu","upi":"8734532392@ybl"}', "phone", "8734532392"),
    ("[26 Mar 2024, 12:20] Achieng Ouma: my line is 09052465613", "phone", "09052465613"),
    ("lessee conny fischer, vehicle KX21 ABC", "person_name", "conny fischer"),
])
def test_found_more(text: str, kind: str, value: str) -> None:
    assert_found(text, kind, value)


@pytest.mark.parametrize("text", [
    "Chi 1234567890 is not a record",
    "I drive a Toyota Camry 2019 model",
    "the van 12345 is late",
])
def test_clean_more(text: str) -> None:
    assert_clean(text)


def test_landlord_sent_it_is_no_name() -> None:
    from duet.router.privacy.detector import detect_pii
    spans = detect_pii("My landlord sent it as 'the new flat': https://www.google.com/maps/@25.118359,55.156340,18z")
    assert [s.value for s in spans if s.type == "person_name"] == []


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("fix the payroll:\n\nname,hours,rate,bank\nMonique Mayor,38,14.50,94817562\nPeter Okafor,40,15.00,72922816",
     "bank_account", "94817562"),
    ("Ziya İldırımoğlu's RUT is 20.091.738-3, put it on the invoice", "national_id", "20.091.738-3"),
    ("马来西亚买家David Alsina，IC 961106-12-8096，要报关", "national_id", "961106-12-8096"),
    ("where do i paste the booking site's API key? it's pk_f14f8ebaed7beff06a63ae1587ed451af9", "api_key_secret",
     "pk_f14f8ebaed7beff06a63ae1587ed451af9"),
    ("今天要给一个自称公安的人转账二十万到2942525165893672，已劝阻。", "bank_account", "2942525165893672"),
])
def test_found_ids_and_keys(text: str, kind: str, value: str) -> None:
    assert_found(text, kind, value)


@pytest.mark.parametrize("text", ["Bank,City\nHSBC,London", "we run 3 shifts: 120.345.678-9"])
def test_clean_ids_and_keys(text: str) -> None:
    assert_clean(text)
