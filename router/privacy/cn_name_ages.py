"""Chinese names followed by the person's age: "受访者1 裴书琪，32岁，二胎妈妈", "患者邹一鸣（8岁）".
An age says the run before it is a person; the run must still read as a full name
(:func:`router.privacy.slot_values.chinese_name`: a surname, no common word), and it must not
continue a longer run of Chinese characters ("孩子今年5岁")."""

from __future__ import annotations

import re

from duet.router.privacy.scan import Hit
from duet.router.privacy.slot_values import chinese_name

_AGE = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,4})[ \t]*(?:[，,、][ \t]*|[（(])"
                  r"(?:[0-9]{1,3}|[一二三四五六七八九十]{1,3})[ \t]*(?:周岁|週歲|岁|歲)")


def find_aged_names(text: str) -> list[Hit]:
    if "岁" not in text and "歲" not in text:
        return []
    return [("person_name", m.start(1), m.end(1)) for m in _AGE.finditer(text) if chinese_name(m.group(1))]
