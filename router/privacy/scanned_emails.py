"""E-mail addresses a scanner broke with a space, after an e-mail label.

A business card or a form read by OCR puts a stray space into an address ("E: kcamara@yahoo.c
om.br", "邮箱：ukoch-ii@ web.de", "Email: emillycampos @example.com"): no address pattern holds
it. After a label ("E:", "Email:", "邮箱：") the first two or three pieces of the field are read
without the spaces between them; when that is one whole address, those pieces are the address
(on a card written on one line, more may follow: "E: webertony @price.com 5395 Barajas Shoals").
"""

from __future__ import annotations

import re

from duet.router.privacy.patterns import Hit, find_emails

# A label at a line's start or after a gap, then the field up to the line's end, a comma, a
# semicolon (full-width ones too) or the next label ("邮箱：a@ b.de 地址：…").
_LABELLED = re.compile(r"(?:^|(?<=[\s，,;；]))(?:E|e-?mail|E-?mail|EMAIL|Mail|mail|邮箱|郵箱|电子邮件|電子郵件|电邮|電郵)"
                       r"[ \t]*[:：][ \t]*([^\s,，;；][^\n,，;；]{4,78}?)[ \t]*(?=$|[\n,，;；]|[ \t]+[^\s:：]{1,8}[:：])", re.M)


def find_scanned_emails(text: str) -> list[Hit]:
    if "@" not in text:
        return []
    hits: list[Hit] = []
    for m in _LABELLED.finditer(text):
        field = m.group(1)
        if "@" not in field or find_emails(field):
            continue
        # the address is the field, or its first two or three pieces when more follows on a
        # one-line card ("E: webertony @price.com 5395 Barajas Shoals")
        pieces = list(_PIECE.finditer(field))
        for count in range(2, min(3, len(pieces)) + 1):
            joined = "".join(p.group(0) for p in pieces[:count])
            if find_emails(joined) == [("email", 0, len(joined))]:
                hits.append(("email", m.start(1), m.start(1) + pieces[count - 1].end()))
                break
    return hits


_PIECE = re.compile(r"\S+")
