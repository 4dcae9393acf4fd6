"""Phones that stand as a cell of one person's row: a table row, a SQL tuple, a list item, a line
of contact details.

"<td>Maurice Traore</td><td>…</td><td>(86) 5424-2755</td>", "1. 黃宇軒 889 359 624",
"VALUES ('Job Emmen', 'osamu@…', '344 900 5885')", "Please find my details: 2910 Brandon Shores,
Robertville, 500 851 709.": no keyword names the number, but it fills a cell of its own in a row
that already holds a name, an e-mail or an address, and it is written as a phone number is (a
leading "+", "(" or "0", ten digits or more, or three groups or more) and passes the phone check.
Runs after the names are found (:mod:`router.privacy.records` runs before, with the values that
are personal on their own); a number named as a reference (order, invoice …) is left alone.
"""

from __future__ import annotations

import re

from duet.router.privacy.listed_names import _MARKER
from duet.router.privacy.phones import _named_phone
from duet.router.privacy.records import _line, _pieces
from duet.router.privacy.scan import Hit, named_as_reference
from duet.router.privacy.slot_values import name_end

# What makes a line one person's row.
_ANCHORS = frozenset({"person_name", "email", "street_address", "cn_resident_id", "national_id", "iban", "passport"})
# Characters that close a cell before a number, and open the next one after it.
_BEFORE = frozenset("'\"|>,，;；、\t:：(·•")
_AFTER = frozenset("'\"|<,，;；、\t)·•")
_GROUPS = re.compile(r"[0-9]+")
_MONEY = re.compile(r"[$€£¥₹]\s*$|(?:usd|eur|gbp|cny|rmb|jpy)\s*$", re.I)
# A date with spaces or dots ("2026 03 15", "15.03.2026"), and an amount grouped in thousands that
# ends in round hundreds ("120 000 000"): a 3-3-3 phone ("506 428 850") seldom ends in "00".
_DATE = re.compile(r"(?:19|20)[0-9]{2}[ ./-][0-9]{1,2}[ ./-][0-9]{1,2}|[0-9]{1,2}[ ./-][0-9]{1,2}[ ./-](?:19|20)[0-9]{2}")
_ROUND_AMOUNT = re.compile(r"[0-9]{1,3}(?:[ ,.][0-9]{3})+(?<=00)")
# A row of a ledger rather than of a person: an invoice, order or ticket code or word in it.
_REFERENCE_CELL = re.compile(
    r"(?<![A-Za-z])(?:(?:SKU|REF|INV|ORD|PO|TKT|TXN|TRX|LOT)[ .#-]?[0-9]"
    r"|(?:order|invoice|ticket|tracking|shipment|parcel|receipt|transaction)s?(?![A-Za-z]))"
    r"|订单|訂單|单号|單號|运单|運單|快递|快遞|发票|發票|流水号|流水號", re.I)


def _edge_before(text: str, start: int, lo: int, found: list[Hit]) -> bool:
    at = start
    while at > lo and text[at - 1] == " ":
        at -= 1
    if at > lo + 1 and text[at - 1] == "(" and text[at - 2].isalnum():  # a call: "Date(1715932800123)"
        return False
    return at == lo or text[at - 1] in _BEFORE or any(h[2] == at for h in found)


def _edge_after(text: str, end: int, hi: int, found: list[Hit]) -> bool:
    at = end
    while at < hi and text[at] == " ":
        at += 1
    if at < hi and text[at] == "." and (at + 1 == hi or text[at + 1] == " "):  # the sentence ends
        return True
    return at == hi or text[at] in _AFTER or any(h[1] == at for h in found)


def _phone_shaped(raw: str) -> bool:
    digits = sum(c.isdigit() for c in raw)
    if not 8 <= digits <= 15 or _DATE.fullmatch(raw) or _ROUND_AMOUNT.fullmatch(raw):
        return False
    return raw[0] in "+(0" or digits >= 10 or len(_GROUPS.findall(raw)) >= 3


def _item_name(text: str, lo: int, start: int) -> Hit | None:
    """The name that is all an item of a list holds before its number ("2. 来勇 (95) 7924-8341")."""
    marker = _MARKER.match(text, lo, start)
    if marker is None:
        return None
    end = name_end(text, marker.end(), start)
    if end < 0 or text[end:start].strip(" \t,，:：;；-–—"):
        return None
    return ("person_name", marker.end(), end)


def _item_names(text: str, found: list[Hit]) -> list[Hit]:
    """The names that lead items of a list before a phone or an e-mail found already ("3. 植坤
    mei@example.com", "2. jordy hollander +919313994027")."""
    names: list[Hit] = []
    for kind, start, _ in found:
        if kind in ("phone", "email"):
            name = _item_name(text, _line(text, start)[0], start)
            if name is not None and not any(s < name[2] and name[1] < e for _, s, e in found):
                names.append(name)
    return names


def find_row_phones(text: str, found: list[Hit]) -> list[Hit]:
    """Phone-shaped numbers filling a cell of a row with a name, an e-mail or an address in it, and
    in an item of a list whose other items hold such rows, with the name that leads that item;
    ``found``: every hit so far, names included."""
    anchors = [h for h in found if h[0] in _ANCHORS]
    if not anchors:
        return []
    in_list = "\n" in text and any(_MARKER.match(text, _line(text, s)[0]) for _, s, _ in anchors)  # a list has lines
    hits: list[Hit] = _item_names(text, found) if in_list else []
    for start, end in _pieces(text, found):
        start -= start > 0 and text[start - 1] == "(" and ")" in text[start:end]  # "(86) 5424-2755"
        raw = text[start:end]
        if not _phone_shaped(raw) or any(s < end and start < e for _, s, e in found):
            continue
        lo, hi = _line(text, start)
        if _REFERENCE_CELL.search(text, lo, hi) or not _edge_after(text, end, hi, found):
            continue
        named = None
        if not any(lo <= s and e <= hi for _, s, e in anchors) or not _edge_before(text, start, lo, found):
            named = _item_name(text, lo, start) if in_list else None
            if named is None:
                continue
        if _MONEY.search(text, max(lo, start - 5), start) or named_as_reference(text, start, end):
            continue
        if _named_phone(raw):
            hits += [("phone", start, end)] + ([named] if named else [])
    return hits
