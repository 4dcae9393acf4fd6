"""Speakers of chat exports and transcripts: the name a line of a conversation starts with.

- after a time stamp: ``[06:51] 高美麗：…``, ``2026-09-17 19:47 Ana Ruiz: …``,
  ``[WhatsApp] 2026-12-14, 14:20 - ana ruiz: …``, and ``16:17 ana ruiz`` alone on its line
  with the message on the next (QQ);
- before a time stamp alone on its line (WeChat: ``王芳 17:44`` then the message);
- a list item with the time after the name: ``- Ana Ruiz (13:13): …``;
- a transcript without times, ``王明德：我…`` / ``宁明：…``: two lines or more open with a
  speaker and a colon.

A speaker that is a role or a handle (``护士站``, ``客服``, ``Bot``, ``me``, ``我``) is no name
(slot_values.py). A Latin-script speaker needs a known given name or surname (US Census lists),
to speak twice, or personal data on its own line, since a time stamp also opens log lines ("09:00 Daily Standup").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from duet.router.privacy.patterns import Hit
from duet.router.privacy.scan import line_spans
from duet.router.privacy.slot_values import chinese_name_end, known_name, latin_name_end

_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?(?![A-Za-z]))?"  # "07:42 Amrita": no "am"
_DATE = r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{4}年\d{1,2}月\d{1,2}日|\d{1,2}/\d{1,2})"
_WEEKDAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday)?\.?,?[ \t]+"  # "[Mon 09:14]"
_STAMP = re.compile(rf"[ \t]*(?:\[[A-Za-z]{{2,12}}\][ \t]*)?[\[(]?(?:{_WEEKDAY})?(?:{_DATE}(?:,?[ \t]+|T))?{_TIME}[\])]?[ \t]*"
                    r"(?:[-–—][ \t]*)?")
_STAMP_AT_END = re.compile(rf"[ \t]+(?:{_DATE}[ \t]+)?{_TIME}[ \t]*$")
_LISTED = re.compile(rf"[ \t]*[-*•·][ \t]+")
_TIME_AFTER = re.compile(rf"[ \t]*\({_TIME}\)[ \t]*[:：]")
_COLON = re.compile(r"[ \t]*[:：]")
_HEAD = re.compile(r"[ \t]*([^\s:：][^\n:：]{0,29})[:：]")  # a transcript line's speaker
_MAX_LINES = 400


def _name_at(text: str, start: int, end: int) -> int:
    if start < end and "\u4e00" <= text[start] <= "\u9fff":
        return chinese_name_end(text, start, end)
    return latin_name_end(text, start, end)


def _stamped(text: str, lines: list[tuple[int, int]], i: int) -> tuple[int, int] | None:
    """The speaker of line ``i`` when a time stamp comes before or after it."""
    start, end = lines[i]
    stamp = _STAMP.match(text, start, end)
    if stamp is not None and stamp.end() > start:
        name_end = _name_at(text, stamp.end(), end)
        if name_end < 0:
            return None
        colon = _COLON.match(text, name_end, end)
        if colon is not None and colon.end() < end:
            return stamp.end(), name_end
        if text[name_end:end].strip() == "" and _message_follows(text, lines, i):
            return stamp.end(), name_end
        return None
    listed = _LISTED.match(text, start, end)
    if listed is not None:
        name_end = _name_at(text, listed.end(), end)
        if name_end > 0 and _TIME_AFTER.match(text, name_end, end):
            return listed.end(), name_end
        return None
    tail = _STAMP_AT_END.search(text, max(start, end - 40), end) if end - start <= 80 else None
    if tail is not None and _message_follows(text, lines, i):
        lead = start + len(text[start:tail.start()]) - len(text[start:tail.start()].lstrip())
        if _name_at(text, lead, tail.start()) == tail.start():
            return lead, tail.start()
    return None


def _message_follows(text: str, lines: list[tuple[int, int]], i: int) -> bool:
    """Whether the next line holds a message: not empty and not another time-stamped line."""
    if i + 1 >= len(lines):
        return False
    start, end = lines[i + 1]
    if not text[start:end].strip():
        return False
    stamp = _STAMP.match(text, start, end)
    return stamp is None or stamp.end() == start


def _transcript(text: str, lines: list[tuple[int, int]], other: Sequence[Hit]) -> list[tuple[int, int]]:
    """Speakers of a transcript without times: lines that open with a short head and a colon,
    two or more of them; the heads that read as names (a Latin one known, or with personal data
    on its line)."""
    heads = []
    for start, end in lines:
        m = _HEAD.match(text, start, end)
        if m is not None and m.end() < end and len(m.group(1).split()) <= 4 and not any(c.isdigit() for c in m.group(1)):
            heads.append((m.start(1), m.end(1)))
    if len(heads) < 2:
        return []
    found, shaped = [], []
    for start, end in heads:
        head = text[start:end]
        if _name_at(text, start, end) != end:
            continue
        capitalised = all(word[0].isupper() for word in head.split())
        if "\u4e00" <= text[start] <= "\u9fff" or known_name(head, given=True) or (
                capitalised and _line_holds(text, start, end, other)):
            found.append((start, end))
        elif capitalised and _LOG_WORDS.isdisjoint(head.lower().split()):
            shaped.append((start, end))
    # In a conversation where a speaker reads as a name, the others with a name's shape are
    # names too ("Wakiman Salahudin: paid 1984.40 for fuel" beside "János Farkas: …").
    return found + shaped if found else found


# What a log line's subject is made of ("09:00 Daily Standup: call …", "10:02 Build Server: …").
_LOG_WORDS = frozenset("""
daily weekly monthly standup stand-up sync meeting status update build server deploy job task service system alert
error warning info debug cron backup report review call bridge team release incident shift
""".split())
_PERSONAL_KINDS = frozenset(("street_address", "phone", "email", "cn_resident_id", "national_id", "passport",
                             "date_of_birth", "medical_record", "bank_account", "credit_card", "iban"))


def _line_holds(text: str, start: int, end: int, other: Sequence[Hit]) -> bool:
    """Whether the speaker at ``start:end`` has personal data of its own on its line."""
    if not _LOG_WORDS.isdisjoint(text[start:end].lower().split()):
        return False
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if _STAMP_AT_END.fullmatch(text, end, line_end) or not text[end:line_end].strip():
        # the name alone on its line ("Pacífica Blanes 17:41", QQ's "04:50 Ana Ruiz"): its message is the next
        after = text.find("\n", line_end + 1)
        line_end = len(text) if after < 0 else after
    return any(end <= at < line_end and kind in _PERSONAL_KINDS for kind, at, _ in other)


# A group chat's speaker tag: "[3栋1202郑雨桐] 啊？又停？", "[物业-小周] 各位业主": a Chinese name
# that ends the tag, perhaps after the flat or the role the group shows with it.
_TAG = re.compile(r"^[ \t]*\[[^\]\n]{0,16}?(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,4})\][ \t]*\S", re.M)


def _tagged(text: str) -> list[Hit]:
    tags = list(_TAG.finditer(text))
    if len(tags) < 2:
        return []  # one bracketed word is a heading, two lines that open with one a chat
    return [("person_name", m.start(1), m.end(1)) for m in tags if chinese_name_end(text, m.start(1), m.end(1), True) > 0]


def find_speakers(text: str, other: Sequence[Hit] = ()) -> list[Hit]:
    """Names of the speakers of a chat export or a transcript (see the module docstring).
    ``other``: what the other detectors found; a Latin speaker whose own line holds some of it
    counts ("[02:29] Arya Pant：寄到太平忠孝巷1號")."""
    tagged = _tagged(text) if "[" in text and "\n" in text else []
    if ":" not in text and "：" not in text:
        return tagged
    lines = line_spans(text, _MAX_LINES)
    spans: list[tuple[int, int]] = []
    for i in range(len(lines)):
        found = _stamped(text, lines, i)
        if found is not None:
            spans.append(found)
    counts: dict[str, int] = {}
    for start, end in spans:
        counts[text[start:end]] = counts.get(text[start:end], 0) + 1
    hits: list[Hit] = [("person_name", s, e) for s, e in spans
                       if "\u4e00" <= text[s] <= "\u9fff" or counts[text[s:e]] >= 2 or known_name(text[s:e]) or
                       _line_holds(text, s, e, other)]
    if "\n" in text:
        hits += [("person_name", s, e) for s, e in _transcript(text, lines, other)]
    return hits + tagged
