"""National identity numbers of more countries (``national_id``), each confirmed by its own check
(python-stdnum) and, where the form alone is not distinctive, by its keyword nearby:

- Mexico's CURP (``SOXF871222HDFKMJ81``: letters, the birth date, sex, state, check digit) and the
  UAE's Emirates ID (``784-1948-8003346-2``, Luhn) on their own;
- Thailand's citizen ID written in its groups (``4-6056-16918-73-1``) on its own, bare after its
  keyword;
- India's PAN (``KEDPT2707S``, no check digit: its fourth letter says who holds it) after "PAN";
- Sweden's personnummer, Turkey's T.C. Kimlik No, South Africa's ID number, Vietnam's CCCD and
  Nigeria's NIN, Ireland's PPS number and Korea's resident registration number after their keywords.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from stdnum.cl import rut
from stdnum.ie import pps
from stdnum.kr import rrn
from stdnum.luhn import is_valid as luhn_valid
from stdnum.my import nric as my_nric
from stdnum.mx import curp
from stdnum.se import personnummer
from stdnum.th import pin
from stdnum.tr import tckimlik
from stdnum.za import idnr

from duet.router.privacy.checks import digits_only
from duet.router.privacy.gate_words import occurring
from duet.router.privacy.scan import Hit, digit_groups, keyword_before, keywords, lowered, named_as_reference, skeleton

_CURP = re.compile(r"(?<![A-Za-z0-9])[A-Z]{4}[0-9]{6}[HMX][A-Z]{5}[0-9A-Z][0-9](?![A-Za-z0-9])")
_EMIRATES = re.compile(r"(?<![0-9])784-?(?:19|20)[0-9]{2}-?[0-9]{7}-?[0-9](?![0-9])")
_THAI_GROUPED = re.compile(r"(?<![0-9])[0-9][ -][0-9]{4}[ -][0-9]{5}[ -][0-9]{2}[ -][0-9](?![0-9])")
_PAN = re.compile(r"(?<![A-Za-z0-9])[A-Z]{3}[PCHFATBLJG][A-Z][0-9]{4}[A-Z](?![A-Za-z0-9])")
_REACH = 24  # how far before a keyed value its keyword may end


def _emirates_valid(value: str) -> bool:
    digits = digits_only(value)
    return len(digits) == 15 and luhn_valid(digits)


# (gate words, keyword, value shape, check): numbers that need their keyword nearby; the shapes are
# looked for only in a text that holds one of the gate words (one automaton pass for all of them).
_KEYED: tuple[tuple[tuple[str, ...], re.Pattern[str], re.Pattern[str], Callable[[str], bool]], ...] = (
    (("pan", "permanent account"), keywords(r"pan|pan no|pan card|permanent account number|id_type=pan id"), _PAN,
     lambda v: True),
    (("emirates", "eid"), keywords(r"emirates id|eid|emirates identity"), re.compile(r"(?<![0-9])784[0-9]{12}(?![0-9])"),
     _emirates_valid),
    (("ประชาชน", "thai id", "citizen id"), keywords(r"เลขประจำตัวประชาชน|บัตรประชาชน|thai id|citizen id"),
     re.compile(r"(?<![0-9])[0-9]{13}(?![0-9])"), lambda v: bool(pin.is_valid(v))),
    (("personn", "person number"), keywords(r"personnummer|personnr|person number"),
     re.compile(r"(?<![0-9])(?:19|20)?[0-9]{6}[-+]?[0-9]{4}(?![0-9])"), lambda v: bool(personnummer.is_valid(v))),
    (("kimlik", "tckn", "tc no"), keywords(r"t\.?c\.? kimlik(?: no)?|kimlik no|kimlik numarası|tckn|tc no"),
     re.compile(r"(?<![0-9])[1-9][0-9]{10}(?![0-9])"), lambda v: bool(tckimlik.is_valid(v))),
    (("sa id", "rsa id", "id number", "identity number", "south african id"),
     keywords(r"sa id|rsa id|id number|identity number|south african id"), re.compile(r"(?<![0-9])[0-9]{13}(?![0-9])"),
     lambda v: bool(idnr.is_valid(v))),
    (("cccd", "căn cước", "can cuoc", "cmnd"), keywords(r"cccd|căn cước|can cuoc|cmnd"),
     re.compile(r"(?<![0-9])0[0-9]{11}(?![0-9])"), lambda v: True),
    (("nin", "national identification"), keywords(r"nin|national identification number"),
     re.compile(r"(?<![0-9])[0-9]{11}(?![0-9])"), lambda v: True),
    # Chile's RUT/RUN ("20.091.738-3", "9942607-1", "19.425.587-K") and Malaysia's MyKad ("961106-12-8096")
    (("rut", "run", "rol único"), keywords(r"rut|run|rol único tributario|rol unico tributario"),
     re.compile(r"(?<![0-9.])[0-9]{1,2}\.?[0-9]{3}\.?[0-9]{3}-[0-9Kk](?![0-9A-Za-z])"), lambda v: bool(rut.is_valid(v))),
    # Ireland's PPS number ("1609567RA") and Korea's resident registration number ("4109231590416")
    (("pps", "ppsn", "personal public service"), keywords(r"pps|ppsn|pps no|pps number|personal public service number"),
     re.compile(r"(?<![0-9A-Za-z])[0-9]{7}[A-W][ABHW]?(?![0-9A-Za-z])"), lambda v: bool(pps.is_valid(v))),
    (("resident no", "resident registration", "주민등록", "rrn"),
     keywords(r"resident no\.?|resident number|resident registration (?:no\.?|number)|주민등록번호|rrn"),
     re.compile(r"(?<![0-9])[0-9]{6}-?[1-8][0-9]{6}(?![0-9])"), lambda v: bool(rrn.is_valid(v))),
    (("ic", "mykad", "nric", "i/c"), keywords(r"ic|i/c|ic no|mykad|nric|kad pengenalan"),
     re.compile(r"(?<![0-9])[0-9]{6}-?[0-9]{2}-?[0-9]{4}(?![0-9])"), lambda v: bool(my_nric.is_valid(v))),
)
_GATE_WORDS = tuple(sorted({word for words, _, _, _ in _KEYED for word in words}))


def find_world_ids(text: str) -> list[Hit]:
    sk = skeleton(text)  # the distinctive forms' shapes first, at C speed: "AAAA000000…", "784-", "0-0000-00000"
    alone = [m for m in _CURP.finditer(text) if curp.is_valid(m.group())] if b"AAAA000000" in sk else []
    alone += [m for m in _EMIRATES.finditer(text) if "-" in m.group() and _emirates_valid(m.group())] if "784-" in text else []
    if b"0000-00000" in sk or b"0000 00000" in sk:
        alone += [m for m in _THAI_GROUPED.finditer(text) if pin.is_valid(m.group())]
    hits: list[Hit] = [("national_id", m.start(), m.end()) for m in alone if not named_as_reference(text, m.start(), m.end())]
    low = lowered(text)
    present = set(occurring(low, _GATE_WORDS))
    groups = digit_groups(text)
    for words, key, shape, check in _KEYED:
        if present.isdisjoint(words):
            continue
        # (every keyed form but a PAN holds five digits in a row or more: looked for only around
        # the text's digit groups, not at every offset)
        found = shape.finditer(text) if shape is _PAN else \
            (m for g in groups for m in shape.finditer(text, max(0, g.start - 3), min(len(text), g.end + 3)))
        for m in found:
            end = keyword_before(key, low, m.start(), _REACH + 24)
            # (a person's PAN, its fourth letter P, in a text that says PAN: a column under a "PAN" header)
            near = (end >= 0 and m.start() - end <= _REACH) or (shape is _PAN and m.group()[3] == "P")
            if near and check(m.group()) and not named_as_reference(text, m.start(), m.end()):
                hits.append(("national_id", m.start(), m.end()))
    return hits
