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
