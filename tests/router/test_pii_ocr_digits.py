"""Numbers a scanner misread: in a run of digits, the letters scanners put for digits (O, l, I,
S, B) are read as digits, and the value is found and masked as written. Runs with other letters
(hashes, tracking numbers, codes that start with a letter) are left alone."""

from __future__ import annotations

import pytest

from duet.router.privacy.ocr_digits import ocr_view
from tests.router.pii_checks import assert_clean, assert_found


@pytest.mark.parametrize(("text", "typ", "value"), [
    ("快递面单识别：\n收件人：王磊\n电话：1391234S678\n地址：…", "phone", "1391234S678"),
    ("名片：手机：+33 1 4O 35 92 90", "phone", "+33 1 4O 35 92 90"),
    ("T: l34 7618 0933\nE: someone", "phone", "l34 7618 0933"),
    ("病历扫描：患者 李强 出生日期 l982-07-14", "date_of_birth", "l982-07-14"),
    ("SHIP TO: Mr Lee, TEL 0086-l83-0778-0005", "phone", "0086-l83-0778-0005"),
])
def test_misread_numbers_are_found(text: str, typ: str, value: str) -> None:
    assert_found(text, typ, value)


@pytest.mark.parametrize("text", [
    "TRACKING 1Z3035O00123 is late",
    "room B12345, building S2",
    "sha 3F9B2A1C0D",
    "iOS 17 and an S3 bucket",
])
def test_other_letters_are_left_alone(text: str) -> None:
    assert_clean(text)


def test_the_view_keeps_the_text_length() -> None:
    text = "电话：18263099O17，地址"
    view = ocr_view(text)
    assert view is not None and len(view[0]) == len(text) and view[0][3:14] == "18263099017"
    assert ocr_view("no digits here, Oslo") is None
