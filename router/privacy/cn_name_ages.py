"""Chinese names followed by the person's age: "受访者1 裴书琪，32岁，二胎妈妈", "患者邹一鸣（8岁）".
An age says the run before it is a person; the run must still read as a full name
(:func:`router.privacy.slot_values.chinese_name`: a surname, no common word), and it must not
continue a longer run of Chinese characters ("孩子今年5岁"). A ward's bed number says the same of
the run after it ("9床 拉巴次仁 住院号…", "18床 丁·巴特尔 男"), Tibetan and dotted names too. And in a
text where two Chinese names were found, a three-character run set apart by spaces or brackets that
opens with one of the commonest surnames and reads as a name is one more of the same list ("8,800
黃詩涵 刷卡", "（但 許家豪 那天…" among a trip's ledger of names)."""

from __future__ import annotations

import re

from duet.router.privacy.cn_name_parts import DOTTED_NAME, tibetan_name
from duet.router.privacy.cn_patterns import TOP_SURNAMES
from duet.router.privacy.scan import Hit
from duet.router.privacy.simplified import simplified
from duet.router.privacy.slot_values import chinese_name

_AGE = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,4})[ \t]*(?:[，,、][ \t]*|[（(])"
                  r"(?:[0-9]{1,3}|[一二三四五六七八九十]{1,3})[ \t]*(?:周岁|週歲|岁|歲)")


_BED = re.compile(r"(?<![0-9])[0-9]{1,3}[ \t]*床[ \t:：]*([\u4e00-\u9fff·]{2,9})(?=[ \t，,（(]|$)", re.M)


def find_aged_names(text: str) -> list[Hit]:
    hits: list[Hit] = []
    if "岁" in text or "歲" in text:
        hits += [("person_name", m.start(1), m.end(1)) for m in _AGE.finditer(text) if chinese_name(m.group(1))]
    if "床" in text:
        hits += [("person_name", m.start(1), m.end(1)) for m in _BED.finditer(text) if "床" not in m.group(1) and (
                 chinese_name(m.group(1)) or tibetan_name(m.group(1)) or DOTTED_NAME.fullmatch(m.group(1)))]  # (not "12床 空床")
    return hits


_SET_APART = re.compile(r"(?<=[ \t(（])[\u4e00-\u9fff]{3}(?=[ \t)）])")
_MIN_FOUND = 2


def find_set_apart_names(text: str, hits: list[Hit]) -> list[Hit]:
    """Three-character names set apart by spaces in a text where two Chinese names were found."""
    found = {text[s:e] for kind, s, e in hits if kind == "person_name" and "\u4e00" <= text[s] <= "\u9fff"}
    if len(found) < _MIN_FOUND:
        return []
    return [("person_name", m.start(), m.end()) for m in _SET_APART.finditer(text)
            if m.group() not in found and simplified(m.group())[0] in TOP_SURNAMES and chinese_name(m.group())]
