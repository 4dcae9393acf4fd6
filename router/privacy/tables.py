"""Values whose field name names them: a table column under its header ("name,dob,mrn",
"| 姓名 | 车牌 |", a CSV export or a pasted spreadsheet), a field of a form, a JSON object, an XML
element or a YAML block ("passport_no: E1234567", `"plateNumber": "ABC-123"`, "<phone>…</phone>",
"patient_id = P0042"), and a value of a SQL insert under its column (names: name_slots.py). A
cell or field value holds no keyword of its own, so its name stands in for it: the value is
taken when it has the shape of that type (a date, a record number, a plate, an account, a
passport, a VIN, a password, a phone, an ID number). Names are read as words first: snake_case,
camelCase and dashes become spaces ("passportNumber" is "passport number"). Phones also have
their own column rule (:mod:`router.privacy.phones`).
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable

from duet.router.privacy.birth_dates import _DATE, _SHORT_DATE
from duet.router.privacy.keyed import (_ACCOUNT_KEY, _ACCOUNT_VALUE, _MEDICAL_KEY, _MEDICAL_VALUE, _PASSPORT_KEY,
                                       _PASSPORT_VALUE, _passport_like)
from duet.router.privacy import checks
from duet.router.privacy.credentials import _PLACEHOLDER, _SECRET_KEY
from duet.router.privacy.name_slots import _SQL_INSERT, _SQL_ITEM, _SQL_TUPLE
from duet.router.privacy.field_pairs import Field, field_pairs, field_words, may_hold_fields
from duet.router.privacy.scan import Hit, lowered
from duet.router.privacy.vehicles import _PLATE_KEY, _PLATE_VALUE, _VERSION_OR_DATE, _VIN_KEYWORD, _plate_like

_BIRTH_HEADER = re.compile(r"dob|d\.o\.b\.?|date of birth|birth ?date|birthday|born|date_of_birth|birth_date|"
                           r"geburtsdatum|geburtstag|geb\.?|date de naissance|naissance|n[ée]e? le|fecha de nacimiento|"
                           r"fecha_nacimiento|nacimiento|data di nascita|nascita|geboortedatum|data de nascimento|"
                           r"出生日期|出生年月日?|生日|生年月日")
_SUFFIX = r"(?:[ _]?(?:number|no\.?|num|#|id|号码?|號碼?))?"
_GATE = ("vin", "chassis", "车架", "pass", "pwd", "token", "secret", "key", "密码", "phone", "mobile", "tel", "cell",
         "电话", "手机", "id", "身份", "证件", "ssn", "tax", "nino", "cpf", "dni", "nif", "bsn", "aadhaar", "rrn",
         "codice", "nric", "ip", "host", "card", "pan", "cc", "卡",
         "dob", "d.o.b", "birth", "born", "出生", "生日", "geb", "naissance", "nacimiento", "nascita", "geboorte",
         "nascimento", "生年月日", "mrn", "record", "patient", "chart", "病", "住院", "门诊", "就诊",
         "fax", "mob", "msisdn", "caller", "sms", "landline", "hotline", "emergency", "contact", "handy", "tél", "teléf",
         "móvil", "movil", "celular", "電話", "手機", "聯絡", "联系", "from_num", "from num", "fromnum",
         "plate", "reg", "vrm", "medrec", "med rec", "med. rec", "牌", "lpn", "nummernschild", "plaque", "matricula",
         "uhid", "empi", "hosp", "acct", "account", "a/c", "账", "帐", "帳", "卡号", "passport", "护照", "護照", "bank")


# A payroll's "bank" column (in a header only: "bank" in running text names many numbers).
_BANK_HEADER = re.compile(r"bank(?:[ _]?(?:no|number|details|acc(?:ount)?))?", re.I)


def _digits(cell: str) -> int:
    return sum(c.isdigit() for c in cell)


_VIN_CELL = re.compile(r"[A-HJ-NPR-Za-hj-npr-z0-9]{17}")
_PHONE_CELL = re.compile(r"\+?[0-9 ().\-/]{7,22}[0-9]")
_ID_CELL = re.compile(r"[0-9]{17}[0-9Xx]|[0-9]{6} [0-9]{8} [0-9]{3}[0-9Xx]|[A-Z][12][0-9]{8}")
_NATIONAL_CELL = re.compile(r"[0-9A-Z][0-9A-Z .\-]{4,18}[0-9A-Z]")
_CARD_CELL = re.compile(r"[0-9][0-9 .\-]{11,22}[0-9]")
_IP_CELL = re.compile(r"[0-9]{1,3}(?:\.[0-9]{1,3}){3}|[0-9A-Fa-f:]{2,39}:[0-9A-Fa-f]{1,4}")
_SECRET_CELL = re.compile(r"[!-~]{6,80}")
_PHONE_KEY = re.compile(r"phone|phone number|mobile|mobile number|mobile phone|cell|cellphone|cell phone|tel|telephone|"
                        r"contact phone|contact number|whatsapp|fax|电话|手机|手机号|手机号码|电话号码|联系电话|座机|"
                        # a caller's or a recipient's number in a message log, and the other languages' words
                        r"mob|msisdn|caller|caller id|from number|to number|sms to|sms number|recipient number|"
                        r"landline|hotline|emergency contact|emergency phone|contact no|tel\.|"
                        r"telefon|telefonnummer|handy|handynummer|mobil|mobilnummer|rufnummer|téléphone|tél|teléfono|"
                        r"telefono|móvil|movil|celular|cellulare|電話|電話號碼|手機|手機號碼|聯絡電話|联系方式|座机号码")
_ID_KEY = re.compile(r"id card|id number|idnumber|id no|resident id|citizen id|identity card|identity number|"
                     r"身份证|身份证号|身份证号码|身份證|身分證|身分證字號|证件号|证件号码|證件號碼|公民身份号码")
_NATIONAL_KEY = re.compile(r"ssn|social security|social security number|sin|nino|ni number|national insurance|"
                           r"national insurance number|national id|tax id|tin|cpf|dni|nie|nif|bsn|burgerservicenummer|"
                           r"aadhaar|aadhar|rrn|jumin|nric|codice fiscale|tax code|steuer id|personal number|pesel")
_CARD_KEY = re.compile(r"card|card number|cc|cc number|credit card|credit card number|debit card|pan|信用卡|信用卡号|卡号")
_IP_KEY = re.compile(r"ip|ip address|ip addr|host|server|server ip|remote addr|remote ip|client ip|public ip|"
                     r"private ip|gateway|ip地址")


def _card_ok(cell: str) -> bool:
    if not _CARD_CELL.fullmatch(cell):  # digits and separators only: "4111…。Name: …" is no card
        return False
    number = checks.digits_only(cell)
    return 13 <= len(number) <= 16 and checks.luhn_ok(number)


def _ip_ok(cell: str) -> bool:
    """An address, not this machine ("127.0.0.1", "::1", "0.0.0.0")."""
    try:
        address = ipaddress.ip_address(cell)
    except ValueError:
        return False
    return not (address.is_loopback or address.is_unspecified)


# Field names of plates that are no keyword in prose, where they name other things as often ("plaque",
# "matricula", a nurse's "LPN"): a column or a field holds the plate (not a year: "matricula: 2026").
_PLATE_HEADER = re.compile(_PLATE_KEY.pattern + r"|car plate|vehicle plate|vehicle registration|lpn|nummernschild|"
                           r"plaque|plaque d'immatriculation|matricula|rego number")


# A birth-date cell may open with its weekday ("Tuesday, 24 September 1957") or cut its year with an
# apostrophe ("June 26th '47").
_WEEKDAY = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+", re.I)
_APOSTROPHE_YEAR = re.compile(r"[A-Z][a-z]{2,8}\.? [0-9]{1,2}(?:st|nd|rd|th)?,? '[0-9]{2}|[0-9]{1,2}(?:st|nd|rd|th)? [A-Z][a-z]{2,8}\.? '[0-9]{2}")


def _date_cell(cell: str) -> bool:
    weekday = _WEEKDAY.match(cell)
    cell = cell[weekday.end():] if weekday else cell
    return bool(_DATE.fullmatch(cell) or _SHORT_DATE.fullmatch(cell) or _APOSTROPHE_YEAR.fullmatch(cell))


_COLUMNS: tuple[tuple[str, re.Pattern[str], Callable[[str], bool]], ...] = (
    ("date_of_birth", _BIRTH_HEADER, _date_cell),
    ("medical_record", _MEDICAL_KEY, lambda c: bool(_MEDICAL_VALUE.fullmatch(c)) and _digits(c) >= 5),
    ("license_plate", _PLATE_HEADER, lambda c: bool(_PLATE_VALUE.fullmatch(c)) and _plate_like(c, digits_only=True)
     and not _VERSION_OR_DATE.fullmatch(c)),
    ("bank_account", _ACCOUNT_KEY, lambda c: bool(_ACCOUNT_VALUE.fullmatch(c)) and 8 <= _digits(c) <= 25),
    ("bank_account", _BANK_HEADER, lambda c: bool(_ACCOUNT_VALUE.fullmatch(c)) and 8 <= _digits(c) <= 25),
    ("passport", _PASSPORT_KEY, lambda c: bool(_PASSPORT_VALUE.fullmatch(c)) and _passport_like(c)),
    ("vin", _VIN_KEYWORD, lambda c: bool(_VIN_CELL.fullmatch(c)) and _digits(c) >= 5),
    ("cn_resident_id", _ID_KEY, lambda c: bool(_ID_CELL.fullmatch(c))),
    ("national_id", _NATIONAL_KEY, lambda c: bool(_NATIONAL_CELL.fullmatch(c)) and _digits(c) >= 5),
    ("credit_card", _CARD_KEY, _card_ok),
    ("ip_address", _IP_KEY, _ip_ok),
    ("phone", _PHONE_KEY, lambda c: bool(_PHONE_CELL.fullmatch(c)) and 7 <= _digits(c) <= 15),
    ("api_key_secret", _SECRET_KEY, lambda c: bool(_SECRET_CELL.fullmatch(c)) and not _PLACEHOLDER.search(c)),
)
_HEADERS = tuple((typ, re.compile(f"(?:{key.pattern}){_SUFFIX}"), ok) for typ, key, ok in _COLUMNS)


def line_separator(line: str) -> str | None:
    """The character that splits a table line into cells: "|" on a markdown row (whose cells may
    hold commas: "€571,50", "(-23.45, -55.56)"), a tab, else the first of , | ; ^ (a bank file's
    "BENEFICIARY^ACCOUNT^BSB^AMOUNT")."""
    if line.lstrip().startswith("|"):
        return "|"
    if "\t" in line:
        return "\t"
    return next((c for c in ",|;^" if c in line), None)




# No header pattern matches more characters than this (tests/router/test_table_headers.py checks
# it): a longer cell, a clause of prose between commas, is tried against none of them.
HEADER_CHARS = 40


def _named_types(name: str) -> list[tuple[str, Callable[[str], bool]]]:
    words = field_words(name)
    if len(words) > HEADER_CHARS:
        return []
    return [(typ, ok) for typ, header, ok in _HEADERS if header.fullmatch(words)]


def _header(fields: list[str]) -> dict[int, list[tuple[str, Callable[[str], bool]]]]:
    named = {}
    for i, field in enumerate(fields):
        types = _named_types(field)
        if types:
            named[i] = types
    return named


def _typed(types: list[tuple[str, Callable[[str], bool]]], value: str) -> str | None:
    """The first type named whose shape ``value`` has."""
    return next((typ for typ, ok in types if ok(value)), None)


_SQL_WORDS = ("VALUES", "values", "Values")


def find_table_values(text: str) -> list[Hit]:
    if not may_hold_fields(text) and not any(w in text for w in _SQL_WORDS):
        return []  # neither a table, a form, JSON, XML, SQL, a markdown row nor a key=value pair
    low = lowered(text)
    if not any(word in low for word in _GATE):
        return []
    hits: list[Hit] = _field_values(text) + _sql_values(text)
    if "\n" not in text:
        return hits
    columns: dict[int, list[tuple[str, Callable[[str], bool]]]] = {}
    sep: str | None = None
    offset = 0
    for line in text.split("\n"):
        # a row keeps its header's separator ("Name;Geburtsdatum" over "Ana;April 26, 1946")
        line_sep = sep if columns and sep and sep in line else line_separator(line)
        fields = line.split(line_sep) if line_sep else []
        if columns and line_sep == sep and not _header(fields):
            starts = [offset + sum(len(f) + 1 for f in fields[:i]) for i in range(len(fields))]
            for i, types in columns.items():
                cell = fields[i].strip() if i < len(fields) else ""
                typ = _typed(types, cell) if cell else None
                if typ:
                    begin = starts[i] + fields[i].index(cell)
                    hits.append((typ, begin, begin + len(cell)))
        else:
            columns, sep = _header(fields), line_sep
        offset += len(line) + 1
    return hits


# What a SQL comparison or a key=value pair may be read as: the types without a detector of their
# own format and phones, less the loose names ("tag=1234" of a build, "reg=5" of a register).
_PAIR_TYPES = frozenset(("medical_record", "license_plate", "passport", "bank_account", "date_of_birth", "vin", "phone"))
_LOOSE_PAIR_NAMES = frozenset(("tag", "reg", "registration", "id", "no", "number", "card", "cell"))


# A bare "<id>" inside a patient's element is the patient's ID ("<patient><id>P0042</id>").
_PATIENT_CONTAINER = re.compile(r"<(?:patient|insured|member)[\s>][^<>]{0,80}?(?:<[^/][^<>]{0,40}>[^<>]{0,60}</[^<>]+>\s*){0,4}$",
                                re.I)
_BARE_ID = frozenset(("id", "number", "no", "nr"))


def _in_container(text: str, field: Field) -> str:
    name = field.name
    if field.element >= 0 and name.lower() in _BARE_ID and _PATIENT_CONTAINER.search(
            text, max(0, field.element - 240), field.element):
        return "patient " + name
    return name


def _field_values(text: str) -> list[Hit]:
    hits: list[Hit] = []
    for field in field_pairs(text):
        types = _named_types(_in_container(text, field))
        if field.inline:
            loose = field_words(field.name) in _LOOSE_PAIR_NAMES
            types = [] if loose else [(typ, ok) for typ, ok in types if typ in _PAIR_TYPES]
        typ = _typed(types, text[field.start:field.end]) if types else None
        if typ:
            hits.append((typ, field.start, field.end))
    return hits


# A SQL insert: its column list names the values of every tuple after VALUES
# ("INSERT INTO 用户 (姓名, 手机, 身份证) VALUES ('蕭秀雲', '04 3001 4633', 'M258313002')"); read with
# the patterns of name_slots.py, which takes the name columns.
def _sql_values(text: str) -> list[Hit]:
    hits: list[Hit] = []
    for insert in _SQL_INSERT.finditer(text):
        columns = [_named_types(name.strip().strip("`\"[]")) for name in insert.group(1).split(",")]
        if not any(columns):
            continue
        at = insert.end()
        while (row := _SQL_TUPLE.match(text, at)) is not None and at < row.end():
            at = row.end()
            for types, item in zip(columns, _SQL_ITEM.finditer(text, row.start(1), row.end(1))):
                group = 2 if item.group(2) is not None else 3 if item.group(3) is not None else 1
                value = item.group(group).strip()
                typ = _typed(types, value) if types and value else None
                if typ:
                    begin = item.start(group) + item.group(group).index(value)
                    hits.append((typ, begin, begin + len(value)))
    return hits
