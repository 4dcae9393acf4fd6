"""Where a Chinese surname starts, and the character tests the name readers share."""

from __future__ import annotations

import re

from duet.router.privacy.name_lists import CN_COMPOUND_SURNAMES, CN_NUMERALS, CN_SURNAMES

_CJK_ONLY = re.compile("[\u4e00-\u9fff]*")


def all_cjk(chars: str) -> bool:
    """``all(is_cjk(c) for c in chars)``: one C call instead of a generator."""
    return _CJK_ONLY.fullmatch(chars) is not None


def is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def surname_len(text: str, pos: int) -> int:
    if text[pos:pos + 2] in CN_COMPOUND_SURNAMES:
        return 2
    if text[pos:pos + 1] not in CN_SURNAMES:
        return 0
    prev = text[pos - 1] if pos else ""
    # "52 张牌", "这张卡": a measure word after a number or "this", not a surname ("老三李明": a
    # sibling's rank, then a name)
    numeral = prev in CN_NUMERALS and not (pos >= 2 and text[pos - 2] == "老")
    return 0 if numeral or (prev != "" and prev in "这那哪某") or (prev == " " and after_number(text, pos)) else 1


def after_number(text: str, pos: int) -> bool:
    """Whether a number comes right before ``pos`` ("52 张牌", "三位"): a measure word, not a surname."""
    before = pos - 1
    while before >= 0 and text[before] == " ":
        before -= 1
    return before >= 0 and text[before] in CN_NUMERALS
