"""Names in a list of people: the items of a list that read as full names, when at least two of
them open with a known given name (or are Chinese names) — a list of people, not of places or
products ("New York, San Francisco, Los Angeles" has no given name first).

- a list down the lines: ``1. Walfried Klemm – vegetarian``, ``- Monica Nguyen (driver)``,
  ``Mon Wout Stettyn``, ``| 2 | Arjun s/o Krishnan |``, names alone on their lines; an item runs from
  after its marker (a bullet, a number, a weekday, a table's first cell) to a separator (a dash
  between spaces, a bracket, a colon, a comma, a pipe) or the line's end;
- a list along a line: ``RSVP yes: Eta Raman; Marit van Breugel; Siglinde Linke``,
  ``名单：杨建华、高宇、王芳``, ``Winners: 1st Daniel Pimenta, 2nd valerie farrell``, ``A picks up B
  and C``: items between commas, semicolons, ``、`` and ``and``.

Found anywhere, a name does not count as one of the two: the list itself is the cue, and lists of
names are common where nothing else marks them (rotas, seating plans, invitations, minutes).
"""

from __future__ import annotations

import re

from duet.router.privacy.cn_patterns import TOP_SURNAMES, UNCUED_EXCLUDED
from duet.router.privacy.lexicon import lexicon
from duet.router.privacy.patterns import Hit
from duet.router.privacy.slot_values import chinese_name, known_name, name_end

_MARKER = re.compile(r"[ \t]*(?:[-*•·]|\d{1,3}[.)]|\|[ \t]*\d{1,3}[ \t]*\||"
                     r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?|"
                     r"(?:table|team|group|room|car)[ \t]?\d{1,3}[ \t]*:|\d{1,2}(?:st|nd|rd|th))?[ \t]*", re.I)
_ITEM_END = re.compile(r"[ \t]+[-–—][ \t]|[ \t]*[(（:：,，;；|]|[ \t]*$", re.M)
_INLINE_SEP = re.compile(r"[ \t]*(?:[,，;；、]|\band\b|\bund\b|\bet\b|\by\b|和|及)[ \t]*")
_ORDINAL = re.compile(r"(?:\d{1,2}(?:st|nd|rd|th)|#\d{1,3})[ \t]+", re.I)
_MIN_KNOWN = 2
# Hong Kong, Singapore and Malaysian romanised surnames, first or last in a name ("Wong Lok Yee",
# "Hoi Sze Lau", "Teo Hui Min"): rarely an English word, unlike much of pinyin ("long", "song", "fan").
_SURNAMES_FIRST = frozenset("chan wong lee cheung lau ng leung lam tsang yip fung kwok yeung chow mak tse chu siu tam "
                            "choi tan lim goh chua koh teo yeo tay toh chong chia ong hui kwan".split())
_MAX_LINES = 300
_LONGEST = 48  # no item longer than this is read (a clause of prose between commas)


def _item(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The name that is the whole item ``text[start:end]``, if it reads as one."""
    while start < end and text[start] in " \t":
        start += 1
    while end > start and text[end - 1] in " \t.":
        end -= 1
    if not 2 <= end - start <= _LONGEST or text.count(" ", start, end) > 5:
        return None
    value = text[start:end]
    if "\u4e00" <= value[0] <= "\u9fff":
        return (start, end) if chinese_name(value) else None
    return (start, end) if name_end(text, start, end) == end else None


def _known(text: str, span: tuple[int, int]) -> bool:
    """A Latin item opens with a known given name or has a romanised Cantonese or Singapore surname
    first or last; a Chinese one is a name in jieba's dictionary or opens with one of the commonest
    surnames ("有反思、有规划" are no one)."""
    value = text[span[0]:span[1]]
    if "\u4e00" <= value[0] <= "\u9fff":
        return value in lexicon().person_words or (value[0] in TOP_SURNAMES and value[0] not in UNCUED_EXCLUDED)
    words = value.replace(",", " ").split()
    ends = (words[0].lower(), words[-1].lower())
    return known_name(" ".join(words), given=True) or not _SURNAMES_FIRST.isdisjoint(ends)


def _of_people(text: str, items: list[tuple[int, int]]) -> list[Hit]:
    if len(items) < 2 or sum(_known(text, span) for span in items) < _MIN_KNOWN:
        return []
    return [("person_name", start, end) for start, end in items]


def _down_the_lines(text: str) -> list[Hit]:
    hits: list[Hit] = []
    block: list[tuple[int, int]] = []
    at = 0
    for line in text.split("\n")[:_MAX_LINES]:
        item = None
        if line.strip():
            marker = _MARKER.match(text, at, at + len(line))
            start = marker.end() if marker else at
            stop = _ITEM_END.search(text, start, min(at + len(line), start + _LONGEST + 2))
            item = _item(text, start, stop.start()) if stop else None
            if item and stop and text[stop.start():at + len(line)].strip() in (":", "：") and not _known(text, item):
                item = None  # a heading over the list ("emergency contacts:"), not one of its items
        if item is None:
            hits += _of_people(text, block)
            block = []
        else:
            block.append(item)
        at += len(line) + 1
    return hits + _of_people(text, block)


def _items_from(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The items of ``text[start:end]`` between separators that read as names."""
    items, at = [], start
    for sep in list(_INLINE_SEP.finditer(text, start, end)) + [None]:
        stop = sep.start() if sep else end
        while at < stop and text[at] in " \t":
            at += 1
        ordinal = _ORDINAL.match(text, at, stop)
        item = _item(text, ordinal.end() if ordinal else at, stop)
        items += [item] if item is not None else []
        at = sep.end() if sep else end
    return items


def _along_a_line(text: str) -> list[Hit]:
    """From the start of each short line that holds a separator, and from after each colon in it."""
    hits: list[Hit] = []
    at = 0
    for line in text.split("\n")[:_MAX_LINES]:
        end = at + len(line)
        if len(line) <= 400 and any(mark in line for mark in ",，;；、"):
            items = _items_from(text, at, end)
            hits += _of_people(text, items) if len(items) >= 3 else []
            for colon in (i for i, c in enumerate(line) if c in ":："):
                items = _items_from(text, at + colon + 1, end)
                hits += _of_people(text, items) if len(items) >= 2 else []
        at = end + 1
    return hits


def find_list_names(text: str) -> list[Hit]:
    """Names in a list of people (see the module docstring)."""
    if not any(mark in text for mark in "\n,，;；、"):
        return []
    return _down_the_lines(text) + _along_a_line(text)
