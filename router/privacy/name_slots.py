"""Names in slots that a format names: vCards, XML and HTML elements, markdown contact links,
SQL values and URL query parameters.

- vCard: ``FN:Ana Ruiz``, and ``N:`` lines of a text holding a vCard (``N:Ruiz;Ana;;;`` too);
- XML/HTML: an element named for a person (``<Holder>``, ``<cardholder>``, ``<customer_name>``),
  a ``<name>`` inside a person's element (``<contact>``, ``<customer>``…), a table cell under a
  name header or in a row that holds an e-mail address or a phone number;
- markdown: the text of a link to ``mailto:``, ``tel:`` or ``sms:`` (``[Ana Ruiz](mailto:…)``);
- SQL: the value at the index of a name column (``INSERT INTO cards (holder, pan) VALUES
  ('Ana Ruiz', …)``, ``(姓名, 手机) VALUES ('王芳', …)``) and ``holder = 'Ana Ruiz'``;
- URLs: ``?name=Ana Ruiz`` and the like.

Each reader first checks for its marker with ``in`` (no regex runs on a text without one); the
value must read as a full name (slot_values.py), which keeps out ``FN:Acme GmbH``, a product's
``<name>`` and the names of tables and fields.
"""

from __future__ import annotations

import re

from duet.router.privacy.gate_words import occurring
from duet.router.privacy.name_columns import NAME_FIELDS
from duet.router.privacy.patterns import Hit, lowered
from duet.router.privacy.slot_values import name_end

_VCARD_LINE = re.compile(r"^(?:item\d+\.)?(FN|N)(?:;[^:\n]*)?:[ \t]*([^\n]*)", re.M)
_PERSON_TAGS = frozenset("""
holder accountholder account_holder cardholder card_holder holdername holder_name fullname full_name
customername customer_name contactname contact_name clientname client_name recipient recipientname
recipient_name patientname patient_name payee payeename payee_name beneficiary beneficiaryname
passengername passenger_name guestname guest_name tenant tenantname ownername owner_name membername
member_name employeename employee_name insured policyholder sendername sender_name personname person_name
姓名 户名 戶名 持卡人 收件人 联系人 聯絡人
""".split())
_NAME_TAGS = frozenset("name displayname display_name n".split())
_PERSON_CONTAINER = re.compile(
    r"<(?:contact|person|customer|employee|member|patient|guest|passenger|student|client|holder|recipient|"
    r"sender|author|attendee|participant|tenant|applicant|cardholder|payee|beneficiary|insured|traveller|"
    r"traveler|user|owner)s?[\s>]", re.I)
# An XML or HTML element with text only (its tag, its text); tables.py reads it too.
XML_ELEMENT = re.compile(r"<([A-Za-z_\u4e00-\u9fff][\w.\-]{0,39})(?:\s[^<>]{0,200})?>([^<>\n]{1,80})</\1\s*>")
_ROW = re.compile(r"<tr[^>]*>(.*?)</tr>", re.I | re.S)
_CELL = re.compile(r"<t([dh])[^>]*>([^<>]*)</t[dh]>", re.I)
_CONTACT_VALUE = re.compile(r"@[\w-]+\.|\+?\d[\d ()-]{6,}\d")
_MD_LINK = re.compile(r"\[([^\[\]\n]{3,60})\]\((?:mailto|tel|sms):")
_SQL_INSERT = re.compile(r"insert\s+into\s+[^\s(]+\s*\(([^()]{1,300})\)\s*values\s*", re.I)
_SQL_TUPLE = re.compile(r"\(((?:[^()'\"]|'[^'\n]*'|\"[^\"\n]*\")*)\)\s*,?\s*")
_SQL_ITEM = re.compile(r"\s*('([^'\n]*)'|\"([^\"\n]*)\"|[^,]*)\s*(?:,|$)")
_SQL_EQUALS = re.compile(r"\b([\w\u4e00-\u9fff]+)\s*=\s*'([^'\n]{2,60})'")
_QUERY = re.compile(r"[?&]([A-Za-z_]{2,20})=([^&#\n\"'<>]{2,60})")
_QUERY_FIELDS = ("name", "fullname", "full_name", "holder", "holder_name", "cardholder", "customer", "customer_name",
                 "payee", "recipient", "owner", "contact", "contact_name", "guest", "passenger", "patient")
# The markers of the readers, looked for in one pass shared with the other detectors (gate_words.py).
_MARKERS = ("vcard", "fn:", "fn;", ";cn=", "</", "](mailto:", "](tel:", "](sms:", "insert", "= '", "='",
            *(f"{field}=" for field in _QUERY_FIELDS))


def _whole(text: str, start: int, end: int) -> list[Hit]:
    """The value ``text[start:end]`` (trimmed) when the whole of it is a full name."""
    while start < end and text[start] in " \t":
        start += 1
    while end > start and text[end - 1] in " \t\r":
        end -= 1
    return [("person_name", start, end)] if start < end and name_end(text, start, end) == end else []


def _vcards(text: str, vcard: bool) -> list[Hit]:
    hits: list[Hit] = []
    for m in _VCARD_LINE.finditer(text):
        if m.group(1) == "N" and not vcard:
            continue
        value, start = m.group(2), m.start(2)
        if ";" in value:  # N:Ruiz;Ana;;; -> "Ruiz;Ana": family and given name, the span of both
            parts = value.split(";")
            if len(parts) >= 2 and parts[0].strip() and parts[1].strip():
                joined = f"{parts[1].strip()} {parts[0].strip()}"
                if name_end(joined, 0) == len(joined):
                    hits.append(("person_name", start, start + len(parts[0]) + 1 + len(parts[1])))
            continue
        hits += _whole(text, start, m.end(2))
    return hits


# An invite's organizer or attendee: "ORGANIZER;CN=Ana Ruiz:mailto:…", 'ATTENDEE;CN="Ruiz, Ana";…'.
_CALENDAR_PERSON = re.compile(r"^(?:ORGANIZER|ATTENDEE)[^\n]*?;CN=(\"?)([^;:\"\n]{2,60})\1[;:]", re.M | re.I)


def _calendar_people(text: str) -> list[Hit]:
    hits: list[Hit] = []
    for m in _CALENDAR_PERSON.finditer(text):
        hits += _whole(text, m.start(2), m.end(2))
    return hits


def _elements(text: str) -> list[Hit]:
    hits: list[Hit] = []
    container = None
    for m in XML_ELEMENT.finditer(text):
        if not 2 <= len(m.group(2)) <= 60:
            continue
        tag = m.group(1).lower()
        if tag in _NAME_TAGS:
            if container is None:
                container = _PERSON_CONTAINER.search(text) is not None
            if not container:
                continue
        elif tag not in _PERSON_TAGS:
            continue
        hits += _whole(text, m.start(2), m.end(2))
    if "<td" in text or "<TD" in text:
        hits += _table_cells(text)
    return hits


def _table_cells(text: str) -> list[Hit]:
    """Cells of an HTML table under a name header, or in a row that holds a contact value."""
    hits: list[Hit] = []
    column = -1
    for row in _ROW.finditer(text):
        cells = list(_CELL.finditer(text, row.start(1), row.end(1)))
        heads = [c.group(2).strip().lower() for c in cells if c.group(1).lower() == "h"]
        if heads:
            column = next((i for i, h in enumerate(heads) if h in NAME_FIELDS), -1)
            continue
        if 0 <= column < len(cells):
            hits += _whole(text, cells[column].start(2), cells[column].end(2))
        elif any(_CONTACT_VALUE.search(c.group(2)) for c in cells):
            for cell in cells[:2]:  # the name leads its row
                hits += _whole(text, cell.start(2), cell.end(2))
    return hits


def _markdown_links(text: str) -> list[Hit]:
    hits: list[Hit] = []
    for m in _MD_LINK.finditer(text):
        hits += _whole(text, m.start(1), m.end(1))
    return hits


def _sql_values(text: str, values_at: int, columns: list[str]) -> list[Hit]:
    wanted = [i for i, c in enumerate(columns) if c in NAME_FIELDS or c.endswith(("_name", "name")) and
              c not in ("username", "user_name", "table_name", "column_name", "file_name", "filename", "hostname",
                        "host_name", "db_name", "dbname", "product_name", "company_name", "display_name")]
    hits: list[Hit] = []
    at = values_at
    for _ in range(50):
        row = _SQL_TUPLE.match(text, at)
        if row is None or not wanted:
            break
        items = list(_SQL_ITEM.finditer(text, row.start(1), row.end(1)))
        for i in wanted:
            if i < len(items) and items[i].group(2) is not None:
                hits += _whole(text, items[i].start(2), items[i].end(2))
        at = row.end()
    return hits


def _sql(text: str, low: str) -> list[Hit]:
    hits: list[Hit] = []
    if "insert" in low and "values" in low:
        for m in _SQL_INSERT.finditer(text):
            columns = [c.strip().strip("`\"[]").lower() for c in m.group(1).split(",")]
            hits += _sql_values(text, m.end(), columns)
    if "= '" in text or "='" in text:
        if any(word in low for word in ("where", "update", "select", " set ")):
            for m in _SQL_EQUALS.finditer(text):
                if m.group(1).lower() in NAME_FIELDS:
                    hits += _whole(text, m.start(2), m.end(2))
    return hits


def _query(text: str) -> list[Hit]:
    hits: list[Hit] = []
    plain = text.replace("+", " ")  # "name=Ana+Ruiz": same length, so offsets hold
    for m in _QUERY.finditer(text):
        if m.group(1).lower() in _QUERY_FIELDS or m.group(1).lower() in NAME_FIELDS:
            hits += _whole(plain, m.start(2), m.end(2))
    return hits


def find_slot_names(text: str) -> list[Hit]:
    """Names in vCards, XML/HTML, markdown links, SQL and URLs (see the module docstring)."""
    low = lowered(text)  # the text itself when lowering would move an index ("İ"): markers as written
    present = occurring(low, _MARKERS)
    if not present:
        return []
    hits: list[Hit] = []
    if "fn:" in present or "fn;" in present or "vcard" in present:
        hits += _vcards(text, "vcard" in present)
    if ";cn=" in present:
        hits += _calendar_people(text)
    if "</" in present:
        hits += _elements(text)
    if any(m.startswith("](") for m in present):
        hits += _markdown_links(text)
    if "insert" in present or "= '" in present or "='" in present:
        hits += _sql(text, low)
    if any(m.endswith("=") and m[0].isalpha() for m in present):
        hits += _query(text)
    return hits

