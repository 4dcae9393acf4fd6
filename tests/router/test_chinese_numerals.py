"""A phone number written in Chinese numerals is a phone number; counting in prose is not."""

from __future__ import annotations

import pytest

from duet.router.privacy import detect_pii, redact_text


@pytest.mark.parametrize("text, value", [
    ("打我电话一三九一二三四五六七八", "一三九一二三四五六七八"),
    ("手机号幺三九一二三四五六七八，谢谢", "幺三九一二三四五六七八"),
    ("我的手机：１３９一二三四五六七八", "１３９一二三四五六七八"),
])
def test_phones_in_chinese_numerals_are_masked_exactly(text: str, value: str) -> None:
    spans = detect_pii(text)
    assert [(s.type, s.value) for s in spans] == [("phone", value)]
    masked, _ = redact_text(text, spans)
    assert value not in masked and masked.startswith(text[: text.index(value)])


@pytest.mark.parametrize("text", ["一二三四五六七八九十，数到十", "电话号码是多少", "三三两两一一二二地走过来"])
def test_numerals_in_prose_are_not_phones(text: str) -> None:
    assert detect_pii(text) == []
