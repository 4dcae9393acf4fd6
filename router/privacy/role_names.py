"""Names after a word for the role a person plays in a document or a request.

- English, French, Spanish and German roles and form labels: ``lessee Ana Ruiz``,
  ``landlord Ana Ruiz and tenant Li Wei``, ``guest ana ruiz``, ``Titulaire: …``, ``Nom …``,
  ``Nombre: …``, ``MEMBER …`` on a scanned card, ``SHIP TO: …``;
- requests that name a person by what is done with them: ``share my location … with Ana Ruiz``,
  ``this is ana ruiz from the clinic``, ``text ana ruiz that…``, ``transfer from Ana Ruiz`` (in small
  letters, a known given name or other personal data in the text);
- Chinese role labels with a name glued on (``出租方李俊豪，承租方王芳``), a Latin-script name after
  a Chinese label (``收件人：ana ruiz``, ``姓名ana ruiz 护照号…``), and ``给王芳发微信``.

A label (a colon, an upper-case label, a form word such as "Nom") makes any full name count; a
plain role word in running text needs a known given name or surname (``guest wifi network`` is
no one).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from duet.router.privacy.company_names import COMPANY_WORDS
from duet.router.privacy.gate_words import occurring
from duet.router.privacy.name_lists import NOT_NAME_WORDS, THING_WORDS
from duet.router.privacy.patterns import Hit, lowered
from duet.router.privacy.slot_values import chinese_name, known_name, name_end

_ROLE_WORDS = (
    "lessee", "lessor", "landlord", "landlady", "tenant", "guest", "patient", "member", "titulaire", "nom",
    "nombre", "nome", "name", "holder", "cardholder", "payee", "beneficiary", "insured", "policyholder",
    "borrower", "lender", "buyer", "seller", "applicant", "passenger", "ship to", "bill to", "deliver to",
    "mieter", "vermieter", "inquilino", "arrendatario", "arrendador", "locataire", "bailleur", "propriétaire",
    "transfer from", "payment from", "transfer to", "payment to", "delivered to", "signed for by",
    "parent of", "guardian of", "standing order to", "direct debit to", "guarantor", "purchaser", "renter", "sender",
    "soussignée", "soussigné", "versicherte person", "given names", "reference",
    "bride", "groom", "best man", "maid of honour", "maid of honor", "bridesmaid", "groomsman", "officiant",
    "husband", "wife", "new starter", "new hire", "dear family of", "name on card", "name on the card",
    "invoice to", "offer to", "the vendor is", "new cleaner is", "my full name is",
    "pick up", "picking up", "drop off", "dropping off", "message from", "save it as", "surname", "lead", "pax",
    "lead booker", "sehr geehrte frau", "sehr geehrter herr", "email from", "mail from", "booking is under",
    "reservation is under", "under the name", "director",
)
_REQUEST_WORDS = ("share my location", "share my live location", "this is", "text")
_ROLE = re.compile(
    r"(?<![\w-])(name on (?:the )?card|lessee|lessor|landlord|landlady|tenant|guest|patient|member|titulaire|nom|nombre|nome|name|"
    r"holder|cardholder|payee|beneficiary|insured|policyholder|borrower|lender|buyer|seller|applicant|passenger|"
    r"ship to|bill to|deliver to|mieter|vermieter|inquilino|arrendatario|arrendador|locataire|bailleur|"
    r"propriétaire|transfer from|payment from|transfer to|payment to|delivered to|signed for by|parent of|guardian of|"
    r"standing order to|direct debit to|guarantor|purchaser|renter|sender|soussignée|soussigné|versicherte person|"
    r"given names|reference(?: in [A-Z][a-z]+)?(?= ?:)|"
    # roles at a wedding, in a family or a firm, and who a letter, an invoice or an offer is for
    r"bride|groom|best man|maid of hono(?:u)?r|bridesmaid|groomsman|officiant|husband|wife|new starter|new hire|"
    r"dear family of|invoice to|offer to|the vendor is|new cleaner is|my full name is|"
    # whom a driver collects, a message comes from, a contact is saved as; a form's surname, a CRM's lead
    r"pick up|picking up|drop off|dropping off|message from|save it as|surname|lead booker|lead(?= ?:)|"
    r"pax [0-9]{1,2}(?= )|sehr geehrte frau|sehr geehrter herr|e-?mail from|mail from|booking is under|"
    r"reservation is under|under the name|director(?= [A-ZÀ-Þ][^\W\d_]+ [A-ZÀ-Þ]))"  # "PAX 1 JOHN …", "Director Karina Burza"
    r"(?:[ \t]*[:：,][ \t]*|[ \t]+)(?:\n[ \t]*)?"
    r"(?:(?:mr|mrs|ms|miss|mstr|dr|prof)\.?[ \t]+(?=[^\W\d_]))?",  # a booking's "MS ANANYA IYER"
    re.I)
_SQL_WORDS = frozenset("SELECT FROM WHERE HAVING COUNT GROUP ORDER BY LIMIT JOIN INNER OUTER UNION DISTINCT AS ON AND OR "
                       "NOT NULL IS IN LIKE BETWEEN INSERT INTO VALUES UPDATE SET DELETE CREATE TABLE INDEX DESC ASC SUM "
                       "AVG MIN MAX CASE WHEN THEN ELSE END PRIMARY KEY DEFAULT OFFSET RETURNING".split())
_FORM_WORDS = frozenset("titulaire nom nombre nome soussignée soussigné".split())
_SURNAME_FIRST = re.compile(r"[A-ZÀ-Þ][^\W\d_]+, [A-ZÀ-Þ][^\W\d_]+(?=[,;)\n]|$| \()")  # form labels, not English words
_PARCEL_ROLES = frozenset(("delivered to", "signed for by"))
_ERRANDS = frozenset(("pick up", "picking up", "drop off", "dropping off"))
_REQUEST = re.compile(r"(?<![\w-])(?:share (?:my|the) (?:live )?location\b[^\n]{0,60}? with|this is|text) (?=\S)", re.I)
_REQUEST_AFTER = {"this is": re.compile(r" from\b"), "text": re.compile(r" (?:that|to say|saying)\b")}
_ZH_ROLE_WORDS = ("出租方", "承租方", "出租人", "承租人", "甲方", "乙方", "房东", "房東", "租客", "收件人", "寄件人", "姓名",
                  "患者", "病人", "户名", "戶名", "持卡人", "申请人", "申請人", "联系人", "聯絡人", "乘客", "旅客", "入住人",
                  # who money goes to or comes from, who signs for a parcel or a contract
                  "收款方", "收款人", "付款方", "付款人", "购买方", "購買方", "买方", "買方", "开户名", "開戶名", "账户名", "帳戶名", "签收人", "簽收人", "经办人",
                  "經辦人", "委托人", "委託人", "借款人", "出借人", "担保人", "擔保人", "投保人", "被保险人", "被保險人",
                  "受益人", "监护人", "監護人", "持有人", "住客", "房客", "紧急联系人", "緊急聯絡人", "转账给", "轉賬給", "汇款给", "匯款給")
_ZH_ROLE = re.compile("(" + "|".join(_ZH_ROLE_WORDS) + ")[ \t]*[:：]?[ \t]*")
_ZH_ROLE_SET = frozenset(_ZH_ROLE_WORDS)
_ZH_CONTRACT_ROLES = frozenset("出租方 承租方 出租人 承租人 甲方 乙方 房东 房東 租客".split())
_ZH_ROLE_LAST = "".join(sorted({word[-1] for word in _ZH_ROLE_WORDS}))
_ZH_TO = re.compile("[给給]([\u4e00-\u9fff]{2,4}?)(?=发|發|打|转|轉|寄|回)")
_ZH_VERB_AFTER = re.compile("[ \t]?(?:发|發|打|转|轉|寄|回)")


def _after_role(text: str, m: re.Match[str], other_pii: bool) -> list[Hit]:
    start = m.end()
    role = text[m.start(1):m.end(1)]  # as written: "MEMBER" on a scanned card is a label
    before = text[max(0, m.start() - 16):m.start()].lower().split()
    if role.lower() == "name" and before and before[-1] in THING_WORDS:
        return []  # "file name: Quarterly Report"
    label = ":" in m.group() or "：" in m.group() or role.isupper() or role.lower() in _FORM_WORDS
    end = name_end(text, start, -1, glued=True)
    surname_first = _SURNAME_FIRST.match(text, start) if label else None
    if surname_first is not None and surname_first.end() > end:
        end = surname_first.end()  # "Guarantor: Tang, Wei, ID No. …"
    if end < 0 or ("\u4e00" <= text[start] <= "\u9fff"):
        return []
    name = text[start:end]
    capitalised = name[0].isupper() and name.split()[-1][0].isupper()
    if not _SQL_WORDS.isdisjoint(name.split()):
        return []  # "GROUP BY name HAVING COUNT(*)": a query's keywords
    if not capitalised and NOT_NAME_WORDS.issuperset(name.lower().split()):
        return []  # "Dear Policyholder, thank you for …": words of a sentence
    if not label and not capitalised and not known_name(name, given=not other_pii):
        return []  # "guest wifi network"; with other personal data a known surname will do ("lessee conny fischer, …"),
        # never two words of a sentence ("my landlord sent it as …")
    if not label and role.lower() in _PARCEL_ROLES and "," not in name and not known_name(name, given=True):
        return []  # "delivered to Amazon Locker": a parcel goes to places as often as to people
    if not COMPANY_WORDS.isdisjoint(name.lower().split()):
        return []  # "invoice to Orchard Lane Foods"
    if role.lower() in _ERRANDS and name.isascii() and not known_name(name, given=True):
        return []  # "pick up Dry Cleaning": errands are run for things as often as for people
    return [("person_name", start, end)]


def _occurrences(low: str, words: list[str], pattern: re.Pattern[str]) -> list[re.Match[str]]:
    """``pattern`` matched where each of ``words`` occurs in ``low`` (str.find, no regex scan)."""
    found = []
    for word in words:
        at = low.find(word)
        while at >= 0:
            m = pattern.match(low, at)
            if m is not None and (at == 0 or not low[at - 1].isalnum()):
                found.append(m)
            at = low.find(word, at + len(word))
    return found


def _requests(text: str, low: str, words: list[str], other_pii: bool) -> list[Hit]:
    hits: list[Hit] = []
    for m in _occurrences(low, words, _REQUEST):
        start = m.end()
        end = name_end(text, start)
        key = m.group().strip().lower()
        capitalised = key.startswith("share") and text[start].isupper()
        if end < 0 or not (capitalised or other_pii or known_name(text[start:end], given=True)):
            continue
        after = _REQUEST_AFTER.get(key)
        if after is not None and not after.match(low, end):
            continue  # "this is Ana Ruiz from…", "text Ana Ruiz that…"; not "this is Lake Tahoe"
        hits.append(("person_name", start, end))
    return hits


def _role_matches(text: str) -> list[re.Match[str]]:
    """``_ZH_ROLE.finditer(text)``, found from the last character of each role word (str.find:
    a regex scan costs some 27 µs on 4,000 Chinese characters)."""
    found: list[re.Match[str]] = []
    for last in _ZH_ROLE_LAST:
        at = text.find(last)
        while at >= 0:
            for size in (2, 3):
                if text[at - size + 1:at + 1] in _ZH_ROLE_SET and at - size + 1 >= 0:
                    m = _ZH_ROLE.match(text, at - size + 1)
                    if m is not None:
                        found.append(m)
            at = text.find(last, at + 1)
    return found


def _chinese_roles(text: str) -> list[Hit]:
    hits: list[Hit] = []
    for m in _role_matches(text):
        start = m.end()
        if start >= len(text):
            continue
        if "\u4e00" <= text[start] <= "\u9fff":
            if m.group(1) not in _ZH_CONTRACT_ROLES and not m.group().rstrip(" \t").endswith(("：", ":")):
                continue  # a Chinese name after 姓名, 收件人… without a colon: cn_names.py reads those
            run = re.match("[\u4e00-\u9fff]{2,4}(?=[，,。；;、\\s(（]|$)", text[start:start + 5] + " ")
            if run is not None and chinese_name(run.group()):
                hits.append(("person_name", start, start + len(run.group())))
            continue
        end = name_end(text, start, -1, glued=True)
        if end > 0:
            hits.append(("person_name", start, end))
    return hits


def _latin_after_to(text: str) -> list[Hit]:
    """A Latin-script name between 给 and a verb: "给Ana Ruiz发微信"."""
    hits: list[Hit] = []
    for key in "给給":
        at = text.find(key)
        while at >= 0:
            end = name_end(text, at + 1, -1, capital=True)
            if end > 0 and _ZH_VERB_AFTER.match(text, end):
                hits.append(("person_name", at + 1, end))
            at = text.find(key, at + 1)
    return hits


def find_role_names(text: str, found: Sequence[Hit] = ()) -> list[Hit]:
    """Names after role words and form labels (see the module docstring). ``found``: what the
    other detectors found; a role word whose name is among them is not read again."""
    hits: list[Hit] = []
    named = {start for kind, start, _ in found if kind == "person_name"}
    low = lowered(text)  # the text itself when lowering would move an index ("İ"): words as written
    present = occurring(low, _ROLE_WORDS + _REQUEST_WORDS)
    if present:
        roles = [w for w in present if w not in _REQUEST_WORDS]
        for m in _occurrences(low, roles, _ROLE):
            if m.end() not in named:
                hits += _after_role(text, m, other_pii=bool(found))
        requests = [w for w in present if w in _REQUEST_WORDS]
        if requests:
            hits += _requests(text, low, requests, other_pii=bool(found))
    if not text.isascii():
        hits += _chinese_roles(text)
        if "给" in text or "給" in text:
            hits += [("person_name", m.start(1), m.end(1)) for m in _ZH_TO.finditer(text) if chinese_name(m.group(1))]
            hits += _latin_after_to(text)
    return hits
