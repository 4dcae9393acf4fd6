"""Traditional Chinese is read with jieba's Simplified words (router/privacy/simplified.py): the
everyday words of a Taiwan or Hong Kong user that start with a surname are no names, and names in
Traditional characters are still found, with their spans in the text as written."""

from __future__ import annotations

import pytest

from duet.router.privacy.detector import detect_pii
from duet.router.privacy.simplified import simplified
from tests.router.pii_checks import assert_clean, assert_found


@pytest.mark.parametrize("text", [
    "謝謝你的幫忙", "好的，謝謝", "請幫我翻譯這段話，謝謝！", "我想了解一下黃金價格的走勢", "請問陳列櫃怎麼擺比較好看",
    "這家餐廳的張貼海報很好看", "楊梅好吃嗎", "請問劉海怎麼剪", "請問鄭重聲明要怎麼寫", "王國的歷史", "林業發展",
    "許多人認為", "何時出發", "葉子為什麼會變黃", "蔡英文是誰", "孫子兵法的重點", "關於這件事", "餘額不足", "韓國料理推薦",
])
def test_everyday_traditional_words_are_no_names(text: str) -> None:
    assert_clean(text)


@pytest.mark.parametrize(("text", "value"), [
    ("我叫陳美玲，電話0912345678", "陳美玲"),
    ("聯絡人：張志明", "張志明"),
    ("黃淑華說明天會到", "黃淑華"),
    ("[21:33] 黃淑華：寄到光復民族街2段124號，謝謝", "黃淑華"),
])
def test_traditional_names_are_found_as_written(text: str, value: str) -> None:
    assert_found(text, "person_name", value)


def test_the_simplified_view_keeps_every_offset() -> None:
    text = "謝謝你的幫忙😀，請問陳列櫃 ok"
    view = simplified(text)
    assert len(view) == len(text) and view.startswith("谢谢你的帮忙😀") and view.endswith(" ok")
    assert [s.value for s in detect_pii("電話0912345678，謝謝")] == ["0912345678"]
