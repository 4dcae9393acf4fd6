"""Named fields of structured text: a field on its own line ("passport_no: E1234567", "电话：138…",
a tab between), a JSON pair (`"mrn": "00482913"`), an XML element ("<phone>…</phone>"), a row of a
two-column markdown table ("| Tenant | Ana Ruiz |"), a column compared to a quoted value in SQL
("WHERE mrn = 'P0042'", "SET plateNo='HEG 756'") and a key=value pair of a log line or a query
string ("lookup patient_id=P0042 ok"). tables.py reads them for numbers, field_names.py for names,
address_slots.py for addresses.

SQL comparisons and key=value pairs are found from the few places a word of :data:`PAIR_WORDS`
occurs (a log line holds dozens of "=", and a regex search before each costs ten times more).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from duet.router.privacy.gate_words import occurring
from duet.router.privacy.name_slots import XML_ELEMENT
from duet.router.privacy.scan import lowered, word_matches

_FIELD_LINE = re.compile(r"[ \t>*-]*[\"']?([^\s\"':：=|][^\"'：:=|\t\n]{0,38}?)[\"']?[ \t]*(?:[:：=]|\t)[ \t]*"
                         r"[\"']?((?:[^\"'\n]|(?<=\w)['’](?=\w)|(?<= )['’](?=t ))"  # "O'Neil", "van 't Wal"
                         r"{1,80}?)[\"']?[ \t]*,?[ \t]*")
_FIELD_MARKS = (":", "：", "=", "\t")
_JSON_PAIR = re.compile(r"\"([^\"\n]{1,40})\"\s*:\s*\"([^\"\n]{1,80})\"")
_MARKDOWN_PAIR = re.compile(r"^[ \t]*\|[ \t]*\**([^|*\n]{1,40}?)\**[ \t]*\|[ \t]*([^|\n]{1,80}?)[ \t]*\|[ \t]*$", re.M)
_SQL_PAIR = re.compile(r"(?<![\w.])(?:\w{1,30}\.)?(\w{1,40})\s*=\s*N?'([^'\n]{1,80})'")
# (a quoted value runs to its closing quote: 'extra.shipping_address="Klappstraße 60-11"')
_KEY_VALUE = re.compile(r"(?<![\w.-])([A-Za-z][\w.-]{1,39})=[\"']?((?<=[\"'])[^\"'\n]{1,80}|(?<![\"'])[^\s&,;'\"<>]{1,80})")
_TO_EQUALS = re.compile(r"[\w.-]{0,40}[ \t]*=")
# A form's input with its value filled in: '<input name="holder" value="Ana Ruiz">' (either order).
_INPUT_PAIR = re.compile(r"<input\b[^<>]*?\bname=[\"']([^\"'<>\n]{1,40})[\"'][^<>]*?\bvalue=[\"']([^\"'<>\n]{1,80})[\"']", re.I)
_INPUT_PAIR_REVERSED = re.compile(r"<input\b[^<>]*?\bvalue=[\"']([^\"'<>\n]{1,80})[\"'][^<>]*?\bname=[\"']([^\"'<>\n]{1,40})[\"']",
                                  re.I)
# Words of the names of a person's fields (field_names.py): one of them is in each.
PERSON_WORDS = ("name", "customer", "client", "patient", "holder", "contact", "kin", "owner", "recipient", "sender",
                "assign", "author", "driver", "tenant", "land", "guest", "passenger", "travel", "attendee", "review",
                "approv", "request", "report", "sign", "bill to", "ship to", "sold to", "deliver to", "bill_to", "ship_to",
                "billto", "shipto", "consign", "insured", "policy", "beneficiary", "payee", "payer", "lessee", "lessor",
                "borrower", "lender", "applicant", "employee", "parent", "guardian", "spouse", "witness", "buyer",
                "seller", "claimant", "occupant", "resident", "homeowner", "nom", "naam", "kunde", "inhaber",
                "empfänger", "absender", "ansprechpartner", "mieter", "versicherte", "姓名", "客户", "客戶", "人", "主",
                "户名", "戶名", "乘客", "患者", "房东", "房東", "租客", "receiv", "renter", "donor", "adopt", "child",
                "display", "cn", "nm", "real", "creditor", "debtor", "courier", "rider", "guarant", "signer", "purchas",
                "vendor", "surname", "kirac", "soyad", "họ", "성명", "이름", "수령인", "氏名", "名前", "保護者", "住客", "房客")
# Words one of which a name before "=" must hold to be read: record, plate, passport, account,
# birth and phone words (tables.py), address words (address_slots.py) and the words of a person's
# fields (field_names.py).
PAIR_WORDS = ("mrn", "record", "patient", "chart", "hosp", "uhid", "empi", "medrec", "med rec", "plate", "reg", "vrm",
              "lpn", "kennz", "nummernschild", "plaque", "matricul", "matrícula", "immat", "passport", "acct", "account",
              "dob", "birth", "born", "vin", "chassis", "牌", "病", "住院", "门诊", "就诊", "护照", "護照", "账", "帐", "帳",
              "出生", "生日", "车架", "phone", "mobile", "tel", "cell", "fax", "msisdn", "caller", "sms", "whatsapp",
              "from_num", "from num", "fromnum", "电话", "手机", "電話", "手機",
              "addr", "anschrift", "adresse", "dirección", "indirizzo", "street", "straße", "deliver", "ship", "bill",
              "residence", "location", "地址", "住址", *PERSON_WORDS)


def field_words(name: str) -> str:
    """A field name as lower-case words: "passportNumber", "passport_no", "Passport-No" and
    "**Passport No**" all read "passport number" / "passport no"."""
    name = _CAMEL.sub(" ", name.strip().strip("*`\"'"))
    return " ".join(name.replace("_", " ").replace("-", " ").lower().split())




_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


class Field(NamedTuple):
    """A field's name as written, where its value starts and ends, whether it was read from a SQL
    comparison or a key=value pair (``inline``), and where its XML element starts (-1 if none)."""

    name: str
    start: int
    end: int
    inline: bool = False
    element: int = -1


def _name_start(text: str, at: int) -> int:
    """Where the word of letters, digits, "_", "-" and "." that ends before the "=" at ``at``
    (past spaces) starts: at most 72 characters back."""
    end = at
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    start = end
    while start > max(0, at - 72) and (text[start - 1].isalnum() or text[start - 1] in "_-."):
        start -= 1
    return start if start < end else at


def _equals_pairs(text: str, low: str) -> list[re.Match[str]]:
    if "=" not in text or len(low) != len(text):
        return []
    pairs: list[re.Match[str]] = []
    seen: set[int] = set()
    for word in occurring(low, PAIR_WORDS):
        for rest in word_matches(low, word, _TO_EQUALS):
            at = rest.end() - 1
            start = _name_start(text, at)
            if at in seen or start == at:
                continue
            seen.add(at)
            m = _SQL_PAIR.match(text, start) or _KEY_VALUE.match(text, start)
            pairs += [m] if m is not None else []
    return pairs


def _trimmed(m: re.Match[str], inline: bool = False, element: int = -1) -> Field | None:
    value = m.group(2).strip()
    if not value:
        return None
    start = m.start(2) + m.group(2).index(value)
    return Field(m.group(1), start, start + len(value), inline, element)


def _value_first(m: re.Match[str]) -> Field | None:
    """An input written value first: its name is group 2, its value group 1."""
    value = m.group(1).strip()
    start = m.start(1) + m.group(1).index(value) if value else 0
    return Field(m.group(2), start, start + len(value)) if value else None


_STRUCTURE = ("\n", '"', "</", "=", "|")


def may_hold_fields(text: str) -> bool:
    """Whether ``text`` has a mark that every form of field read here needs: a line break, a
    quote, a closing tag, an "=" or a pipe."""
    return any(mark in text for mark in _STRUCTURE)


@lru_cache(maxsize=8)
def field_pairs(text: str) -> tuple[Field, ...]:
    """Every named field of ``text`` (see the module docstring), XML elements first."""
    fields = [_trimmed(m, element=m.start()) for m in XML_ELEMENT.finditer(text)] if "</" in text else []
    pairs = list(_JSON_PAIR.finditer(text)) if '":' in text or '" :' in text else []
    offset = 0
    for line in text.split("\n") if "\n" in text else ():  # each short line with a colon, "=" or a tab
        if len(line) <= 130 and any(mark in line for mark in _FIELD_MARKS):
            m = _FIELD_LINE.fullmatch(text, offset, offset + len(line))
            pairs += [m] if m else []
        offset += len(line) + 1
    pairs += _MARKDOWN_PAIR.finditer(text) if "|" in text else []
    fields += [_trimmed(m) for m in pairs]
    if "<input" in lowered(text):
        fields += [_trimmed(m) for m in _INPUT_PAIR.finditer(text)]
        fields += [_value_first(m) for m in _INPUT_PAIR_REVERSED.finditer(text)]
    fields += [_trimmed(m, inline=True) for m in _equals_pairs(text, lowered(text))]
    return tuple(f for f in fields if f is not None)
