"""E-mail addresses a scanner broke with a space, after an e-mail label.

A business card or a form read by OCR puts a stray space into an address ("E: kcamara@yahoo.c
om.br", "邮箱：ukoch-ii@ web.de", "Email: emillycampos @example.com"): no address pattern holds
it. After a label ("E:", "Email:", "邮箱：") the rest of the field is read without its spaces;
when that is one whole address, and the field has at most two spaces, the field is the address.
"""

from __future__ import annotations

import re

from duet.router.privacy.patterns import Hit, find_emails

# A label at a line's start or after a gap, then the field up to the line's end, a comma, a
# semicolon (full-width ones too) or the next label ("邮箱：a@ b.de 地址：…").
_LABELLED = re.compile(r"(?:^|(?<=[\s，,;；]))(?:E|e-?mail|E-?mail|EMAIL|Mail|mail|邮箱|郵箱|电子邮件|電子郵件|电邮|電郵)"
                       r"[ \t]*[:：][ \t]*([^\s,，;；][^\n,，;；]{4,78}?)[ \t]*(?=$|[\n,，;；]|[ \t]+[^\s:：]{1,8}[:：])", re.M)
_ADDRESS = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}", re.A)


def find_scanned_emails(text: str) -> list[Hit]:
    if "@" not in text:
        return []
    hits: list[Hit] = []
    for m in _LABELLED.finditer(text):
        field = m.group(1)
        if "@" not in field or not 1 <= field.count(" ") <= 2 or find_emails(field):
            continue
        if _ADDRESS.fullmatch(field.replace(" ", "")):
            hits.append(("email", m.start(1), m.end(1)))
    return hits
