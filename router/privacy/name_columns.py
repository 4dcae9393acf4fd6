"""Names in a column whose header says so: CSV, TSV and semicolon exports, markdown tables.

"customer;iban;amount\\nCruz Solana;BR26…", "plate,vin,owner\\n…,Ladli Borra", "姓名\\t地址\\n胡桂兰\\t…":
no cue stands before the name, and it may be in small letters or in any script, but the header
names the column. A cell under such a header is a name when it reads as one: two to four words
of letters, or two to four Chinese characters.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from duet.router.privacy.name_lists import NOT_NAME_WORDS
from duet.router.privacy.gate_words import occurring
from duet.router.privacy.patterns import Hit, lowered
from duet.router.privacy.slot_values import known_name

NAME_FIELDS = frozenset("""
name|full name|full_name|fullname|customer|customer name|customer_name|client name|owner|holder|
account holder|account name|account_name|cardholder|card holder|passenger|patient|contact|contact name|
employee|guest|recipient|tenant|student|applicant|payee|beneficiary|driver|renter|donor|adopter|player|parent|
receiver|sender|payer|debtor|buyer|seller|borrower|insured|policyholder|member|spouse|witness|landlord|
姓名|名字|客户|客戶|客户姓名|联系人|聯絡人|聯繫人|收件人|收货人|收貨人|持卡人|户名|戶名|车主|車主|乘客|患者|员工|員工|学生|學生|
住户|租客|申请人|申請人|이름|성명|氏名|名前|
assignee|reporter|manager|account manager|sales rep|rep|agent|teacher|doctor|nurse|coach|attendee|participant|
负责人|負責人|经办人|經辦人|对接人|對接人|责任人|責任人|值班人|审批人|審批人|处理人|處理人|业务员|業務員|销售|銷售|
班主任|老师|老師|医生|醫生|主治医生|教练|教練|参会人|參會人|报名人|報名人
""".replace("\n", "").split("|"))
# A quick test before reading lines (one automaton pass, router.privacy.gate_words): does the
# lowered text hold any header word at all, and which?
_FIELD_WORDS = tuple(sorted(NAME_FIELDS))
_SEPARATORS = ("\t", ";", ",", "|", "^")
_LATIN_NAME = re.compile(r"[^\W\d_][^\W\d_'’.\-]*(?:[ '’.\-]+[^\W\d_][^\W\d_'’.\-]*){1,3}")
_CJK_NAME = re.compile(r"[\u4e00-\u9fff·]{2,4}|[\uac00-\ud7a3]{2,4}")  # (Chinese, or Korean in Hangul)
_MAX_ROWS = 200
# Words of teams and organisations, which share columns like "owner" with people, and of the rows
# that are no one ("Grand Total", "Unknown User").
ORGANISATION_WORDS = frozenset("team squad group dept department ops platform infra infrastructure service services "
                                "inc ltd llc gmbh corp co company bank office unit division lab labs committee board "
                                "total subtotal sum average unknown anonymous".split())


def _split(line: str, sep: str) -> list[str]:
    """The cells of ``line`` as written; a separator inside double quotes is part of its cell
    ('…,"Long, Ann",281.35' has three cells after the card)."""
    if '"' not in line:
        return line.split(sep)
    cells, start, quoted = [], 0, False
    for i, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == sep and not quoted:
            cells.append(line[start:i])
            start = i + 1
    return cells + [line[start:]]


def _cells(line: str, sep: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of ``line``, trimmed of spaces, the pipes of a markdown row and
    the quotes of a CSV cell."""
    spans, at = [], 0
    for cell in _split(line, sep):
        start, end = at, at + len(cell)
        if end - start >= 2 and line[start] == '"' and line[end - 1] == '"':
            start, end = start + 1, end - 1
        while start < end and line[start] in " |":
            start += 1
        while end > start and line[end - 1] in " |":
            end -= 1
        spans.append((start, end))
        at += len(cell) + 1
    return spans


def _header(line: str) -> tuple[str, int] | None:
    """The separator and the index of the name column if ``line`` is a header with one."""
    for sep in _SEPARATORS:
        if sep not in line:
            continue
        cells = [line[s:e].strip().lower() for s, e in _cells(line, sep)]
        names = [i for i, cell in enumerate(cells) if cell in NAME_FIELDS]
        if len(cells) >= 2 and len(names) == 1 and all(len(cell) <= 30 for cell in cells):
            return sep, names[0]
    return None


def reads_as_name(cell: str) -> bool:
    """Two to four words of letters that are neither words of an organisation ("Platform Team")
    nor everyday words, unless written as a name with a known given name ("Max Cant"); or two to
    four Chinese characters."""
    if _CJK_NAME.fullmatch(cell):
        return True
    if cell.count(", ") == 1:
        cell = cell.replace(", ", " ")  # "Long, Ann": the surname first, as lists sort them
    if len(cell) > 40 or _LATIN_NAME.fullmatch(cell) is None:
        return False
    words = cell.lower().split()
    if not ORGANISATION_WORDS.isdisjoint(words):
        return False
    return NOT_NAME_WORDS.isdisjoint(words) or (cell.istitle() and known_name(cell, given=True))


def _lines_with(low: str, words: list[str], lines: list[str], offsets: list[int]) -> list[int]:
    """Indices of the ``lines`` whose lowered copy holds one of ``words`` (no word holds a line
    break), in order: each word found in ``low`` with ``str.find`` and placed by the lines' start
    ``offsets``, not a test of every word on every line."""
    if len(low) != offsets[-1] + len(lines[-1]):  # lowering moved an index ("İ"): line by line
        return [i for i, line in enumerate(lines) if any(word in line.lower() for word in words)]
    found = set()
    for word in words:
        at = low.find(word)
        while at >= 0:
            found.add(bisect_right(offsets, at) - 1)
            at = low.find(word, at + 1)
    return sorted(found)


def find_column_names(text: str) -> list[Hit]:
    """Cells of a name column (see the module docstring)."""
    if "\n" not in text:
        return []
    low = lowered(text)
    if low is text:  # lowering would move an index ("İ"): a lowered copy still says which words occur
        low = text.lower()
    present = occurring(low, _FIELD_WORDS)
    if not present:
        return []
    hits: list[Hit] = []
    lines = text.split("\n")
    offsets, at = [], 0
    for line in lines:
        offsets.append(at)
        at += len(line) + 1
    i = 0
    for candidate in _lines_with(low, present, lines, offsets):
        if candidate < i:
            continue  # a row of the table before
        found = _header(lines[candidate])
        i = candidate + 1
        if found is None:
            continue
        sep, column = found
        width = len(lines[i - 1].split(sep))
        for row in range(i, min(len(lines), i + _MAX_ROWS)):
            line = lines[row]
            if not line.strip() or len(_split(line, sep)) != width:
                break
            if set(line.strip()) <= set("|-: "):
                continue  # the rule under a markdown header
            start, end = _cells(line, sep)[column]
            if start < end and not reads_as_name(line[start:end]):
                break  # prose with as many commas as the header, not a row
            if start < end:
                hits.append(("person_name", offsets[row] + start, offsets[row] + end))
            i = row + 1
    return hits
