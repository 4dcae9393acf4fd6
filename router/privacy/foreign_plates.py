"""Number plates whose shape is their own, written with letters of another script: Korean (two or
three digits, a Hangul syllable, four digits: "36다 6029", "서울 78어 8205"), Russian (a letter,
three digits, two letters of the twelve Cyrillic ones that look Latin, the region: "К607НТ 750"),
Japanese (the office, a class number, a kana, the serial: "名古屋 556 と 80-22"). No keyword is
needed: ordinary text does not take these shapes."""

from __future__ import annotations

import re

from duet.router.privacy.scan import Hit

# (the syllables a Korean plate uses: not "월" of "12월 2024년")
_KOREAN = re.compile(r"(?<![0-9가-힣])(?:[가-힣]{2} ?)?[0-9]{2,3}[가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주"
                     r"하허호배아바사자] ?[0-9]{4}(?![0-9년])")
_RUSSIAN = re.compile(r"(?<![А-ЯA-Z0-9])[АВЕКМНОРСТУХ][0-9]{3}[АВЕКМНОРСТУХ]{2} ?[0-9]{2,3}(?![0-9])")
_JAPANESE = re.compile(r"[\u4e00-\u9fff]{1,4} ?[0-9]{2,3} ?[\u3041-\u3096] ?[0-9]{1,2}-[0-9]{2}(?![0-9])")
_ANY_SCRIPT = re.compile(r"[가-힣А-Я\u3041-\u3096]")  # one scan for the three scripts: most texts hold none


def find_foreign_plates(text: str) -> list[Hit]:
    if text.isascii() or not _ANY_SCRIPT.search(text):
        return []
    return [("license_plate", m.start(), m.end()) for pattern in (_KOREAN, _RUSSIAN, _JAPANESE) for m in pattern.finditer(text)]
