"""Number plates whose shape alone says what they are, and where in a text each may start: Chinese
("粤B6T9K2", "京a12345" typed small), French since 2009 ("AB-123-CD"), British ("AB12 CDE") and German
("B-XY 4821"). The candidates are found on the shared skeleton (router.privacy.scan), so that each
pattern is tried at a few offsets, not at every one; vehicles.py accepts or rejects the matches."""

from __future__ import annotations

import re

_PROVINCE = "[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]"
_CN_PLATE = re.compile(
    _PROVINCE + r" ?[A-HJ-NP-Z][·•・.\s-]?"
    r"(?:[DF][A-HJ-NP-Z0-9]{5}|[0-9]{5}[DF]|[A-HJ-NP-Z0-9]{4}[A-HJ-NP-Z0-9挂学警港澳领使])(?![A-Za-z0-9])", re.I
)
# French plates since 2009 (SIV): "AB-123-CD", written with its dashes.
_FR_PLATE = re.compile(r"[A-HJ-NP-TV-Z](?<![A-Za-z0-9][A-Z])[A-HJ-NP-TV-Z]-[0-9]{3}-[A-HJ-NP-TV-Z]{2}(?![A-Za-z0-9-])")
_UK_PLATE = re.compile(r"[A-Z](?<![A-Za-z0-9][A-Z])[A-Z][0-9]{2} ?[A-Z]{3}(?![A-Za-z0-9])")
# Skeleton candidates (see router.privacy.scan), each search starting with a literal so that the
# engine skips ahead: a capital right after a Chinese character; two capitals, two digits, three
# capitals; a dash before the French "000-AA" or the German "A 0". (A Chinese plate typed in lower
# case, "京a12345", is taken after a plate keyword only: a search for it costs as much as the
# others together in a Chinese text full of digits.)
_UK_PLATE_SKELETON = re.compile(rb"AA00 ?AAA")
_DASH_SKELETON = re.compile(rb"-(?:000-AA|A{1,2} 0)")
# German plates: district, one or two letters, one to four digits ("B-XY 4821", "HH-AB 123").
_DE_PLATE = re.compile(r"[A-ZÄÖÜ](?<![A-Za-z0-9ÄÖÜ][A-ZÄÖÜ])[A-ZÄÖÜ]{0,2}-[A-Z]{1,2} [1-9][0-9]{0,3}[EH]?(?![A-Za-z0-9-]|[.,][0-9])")


def _cn_letters(sk: bytes) -> list[int]:
    """A Latin letter right after a Chinese character, or a capital one space after ("闽h·D73955"):
    bytes.find on the skeleton (a pattern led by a character class is tried at every offset)."""
    found = []
    for pair, step in ((b"CA", 1), (b"Ca", 1), (b"C A", 2)):
        at = sk.find(pair)
        while at >= 0:
            found.append(at + step)
            at = sk.find(pair, at + 1)
    return sorted(found)


def plate_candidates(sk: bytes) -> list[tuple[re.Pattern[str], int]]:
    """Where a self-evident plate may start (see the skeleton patterns above)."""
    found = [(_CN_PLATE, at - (2 if sk[at - 1] == 32 else 1)) for at in _cn_letters(sk)]
    found += [(_UK_PLATE, m.start()) for m in _UK_PLATE_SKELETON.finditer(sk)]
    for m in _DASH_SKELETON.finditer(sk):
        at = m.start()
        if sk[at + 1] == 48:  # (a digit) "AB-123-CD"
            found += [(_FR_PLATE, at - 2)] if at >= 2 else []
        else:  # "B-XY 4821", "HH-AB 123", "SHG-W 27": the district starts one to three letters before
            found += [(_DE_PLATE, at - back) for back in (3, 2, 1) if at >= back]
    return found
