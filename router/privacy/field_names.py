"""Names under a field name that says they are a person's, in every form structured text takes
(field_pairs.py): "assignee: Kavitha d/o Subramaniam", `tenant = "abigail sharp"`,
"<Consignee>CHAN, Ming Chi</Consignee>", `"联系人": "WONG, Kit Kit"`, "| Lessee | Juanito Ripoll |",
"UPDATE t SET landlord='Rosalia Buonauro'", "guest=Priya d/o Ramasamy". The field name is read as
words (snake_case, camelCase and dashes become spaces: "emergency_contact", "customerName") and
must name a person's role; the value must read as a full name (slot_values.py), which keeps out
companies, products and single words ("owner: platform-team", "author = admin").
"""

from __future__ import annotations

import re

from duet.router.privacy.field_pairs import PERSON_WORDS, field_pairs, field_words, may_hold_fields
from duet.router.privacy.gate_words import occurring
from duet.router.privacy.patterns import Hit, lowered
from duet.router.privacy.name_columns import ORGANISATION_WORDS
from duet.router.privacy.cn_name_parts import DOTTED_NAME, tibetan_name
from duet.router.privacy.lexicon import lexicon
from duet.router.privacy.name_lists import CN_NOT_NAMES, CN_SURNAMES, KOREAN_SURNAMES, PINYIN_SURNAMES
from duet.router.privacy.slot_values import hangul_name_end, known_name, name_end

_ROLES = """
full name|fullname|legal name|customer|customer name|customer full name|client|client name|patient|patient name|
holder|holder name|account holder|account name|card holder|cardholder|cardholder name|name on card|
contact|contact name|contact person|emergency contact|emergency contact name|next of kin|owner|owner name|
recipient|recipient name|sender|sender name|assignee|assigned to|author|driver|driver name|tenant|tenant name|
landlord|landlady|guest|guest name|passenger|passenger name|lead passenger|traveller|traveler|attendee|
reviewer|approver|approved by|requester|requested by|reporter|reported by|signed|signed by|signatory|
bill to|ship to|sold to|deliver to|consignee|consignor|insured|insured name|policyholder|policy holder|
beneficiary|payee|payer|lessee|lessor|borrower|lender|applicant|employee|employee name|member name|
student name|parent|guardian|spouse|witness|buyer|seller|claimant|occupant|resident|homeowner|display name|
nom|nom complet|nombre|nombre completo|nome|nome completo|naam|kunde|kundenname|kontoinhaber|inhaber|
empfänger|absender|ansprechpartner|mieter|vermieter|versicherter|receiver|receiver name|renter|donor|adopter|child|
child name|display|cn|nm|customer nm|real name|realname|creditor|debtor|courier|rider|
姓名|客户|客戶|客户姓名|联系人|聯絡人|聯繫人|收件人|寄件人|收货人|收貨人|持卡人|户名|戶名|车主|車主|乘客|患者|
申请人|申請人|承租人|出租人|房东|房東|租客|投保人|被保险人|受益人|紧急联系人|緊急聯絡人|经办人|負責人|负责人|
guarantor|co-signer|cosigner|purchaser|vendor|surname and given names|surnames and given names|surname(s), first name(s)|
surname, first name|surname, given names|versicherte person|kiracı|kiraci|ad soyad|adı soyadı|họ và tên|họ tên|
성명|이름|수령인|氏名|児童氏名|名前|お名前|保護者|住客|房客|汇款人|匯款人|收款人|driver profile|profile|member|
account owner|primary driver|named driver|policy owner|student|pupil|child's name|learner
"""
PERSON_FIELDS = frozenset(r.strip() for r in _ROLES.replace("\n", "").split("|") if r.strip())


def _named(value: str) -> bool:
    """Not a team's, a company's or a total's row ("Infra Team", "Acme Ltd", "Grand Total"),
    which fields such as "owner" and "reviewer" also hold."""
    return ORGANISATION_WORDS.isdisjoint(value.lower().split())


# A query string's bare "name" is a person's when its value opens with a known given name
# ("submit?name=Ana%20Ruiz", not "?name=New%20York").
_QUERY_NAMES = frozenset({"name", "fullname", "full name", "n"})
_COMMON_WORD = 20  # a jieba frequency this high makes a run an everyday word ("美团" is a shop)


# The surname first, as lists and registers sort them: "Gravina, Luigina", "KWOK, Yan Ka".
_SURNAME_FIRST = re.compile(r"[A-ZÀ-Þ][^\W\d_]+, [A-ZÀ-Þ][^\W\d_]+(?: [A-ZÀ-Þ][^\W\d_]+)?")
# A given name and a surname in capitals, or both in capitals, as visa and booking systems log them
# ("name=Zihan ZHENG", "name=FENG YUXUAN").
_CAPS_SURNAME = re.compile(r"[A-Z][a-z]+ [A-Z]{2,}|[A-Z]{2,} [A-Z]{2,}")


_CJK_RUN = re.compile(r"[\u4e00-\u9fff]{2,4}")


def _plainly_a_name(value: str) -> bool:
    """A bare "name" field may name anything (a file, a shop); it holds a person when its value
    has a name's own form: surname first with a comma ("Yang, Na"), a dotted or Tibetan name, or
    two to four Chinese characters that open with a surname and are no everyday word."""
    if _SURNAME_FIRST.fullmatch(value):
        return True
    if _CAPS_SURNAME.fullmatch(value):
        return any(w.lower() in PINYIN_SURNAMES or w.lower() in KOREAN_SURNAMES for w in value.split())
    if DOTTED_NAME.fullmatch(value):
        return True
    if not _CJK_RUN.fullmatch(value):
        return False
    return tibetan_name(value) or (value[0] in CN_SURNAMES and value not in CN_NOT_NAMES and
                                                   lexicon().word_freq.get(value, 0) < _COMMON_WORD)


_BRACKETED = re.compile(r"\s*[（(][^()（）]{2,12}[)）]$")  # ("姓名（拼音）", not "first name(s)")
_NUMBERING = re.compile(r"^[0-9][0-9 .\-]*\.?\s*")
# Under a Japanese label ("氏名：加藤　蒼太", "伊藤陽翔") the name need not open with a Chinese surname.
_JAPANESE_NAME = re.compile("[\u4e00-\u9fff\u3040-\u30ff]{1,4}[ \u3000]?[\u4e00-\u9fff\u3040-\u30ff]{1,4}")
_JAPANESE_LABELS = ("氏名", "名前", "保護者")


def _other_script_name(words: str, value: str) -> bool:
    """A Korean name under any person's field; a Japanese name under a Japanese label."""
    if hangul_name_end(value, 0) == len(value):
        return True
    return words.endswith(_JAPANESE_LABELS) and _JAPANESE_NAME.fullmatch(value) is not None


# A Japanese form's name field set apart by a wide space, which folding makes a plain one
# ("氏名　加藤 葵" reads "氏名 加藤 葵"), or inline after a comma ("…，氏名 伊藤 健太").
_JAPANESE_FIELD = re.compile(r"(?:^|(?<=\n)|(?<=[,，]))[ \t]*(?:氏名|名前|お名前|児童氏名|保護者)(?:[ \t]*[:：][ \t]*|[ \t]+)(" +
                             _JAPANESE_NAME.pattern + r")[ \t]*(?=\n|$|  )")


# An identity card's label on a line of its own, the name on the next ("SURNAME / GIVEN NAMES\nJERICHO
# DIMACULANGAN", "NAME\nAna Ruiz"), as a scan of the card reads it.
_LABEL_LINE = re.compile(r"^[ \t]*(?:SURNAME ?/ ?GIVEN NAMES?|SURNAME AND GIVEN NAMES?|SURNAME, GIVEN NAMES?|FULL NAME|NAME|"
                         r"Surname ?/ ?Given names?|Full name|姓名)[ \t]*:?[ \t]*\n[ \t]*(?=\S)", re.M)


def _label_lines(text: str) -> list[Hit]:
    hits: list[Hit] = []
    for m in _LABEL_LINE.finditer(text):
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        end = name_end(text, m.end(), line_end)
        if not (end == line_end or (end > 0 and text[end:line_end].strip() == "")):
            continue
        value = text[m.end():end]
        # (under a bare "NAME" the line may name a project or a file: a known name, or letters beyond ASCII)
        if "urname" in m.group() or "URNAME" in m.group() or not value.isascii() or known_name(value, given=True):
            hits.append(("person_name", m.end(), end))
    return hits


def find_field_names(text: str) -> list[Hit]:
    hits = [("person_name", m.start(1), m.end(1)) for m in _JAPANESE_FIELD.finditer(text)] \
        if "氏名" in text or "名前" in text or "保護者" in text else []
    if "NAME" in text or "name\n" in text or "姓名\n" in text:
        hits += _label_lines(text)
    return hits + _field_names(text)


def _field_names(text: str) -> list[Hit]:
    if not may_hold_fields(text):
        return []
    low = lowered(text)
    if not occurring(low, PERSON_WORDS):
        return []
    hits: list[Hit] = []
    for name, start, end, inline, _ in field_pairs(text):
        words = _BRACKETED.sub("", _NUMBERING.sub("", field_words(name)))  # "1-3. Surname(s), …", "姓名（拼音）"
        encoded = inline and ("%20" in text[start:end] or "+" in text[start:end])  # a query string's "Ana%20Ruiz"
        if words in _QUERY_NAMES and not encoded:
            run = _CAPS_SURNAME.match(text, start) if inline and text[end:end + 1] == " " else None
            value_end = run.end() if run else end  # "name=Zihan ZHENG, birth=…": a key=value pair's value runs on
            if _plainly_a_name(text[start:value_end]):
                hits.append(("person_name", start, value_end))  # a bare "name" holding a name in a name's own form
                continue
        if words not in PERSON_FIELDS and not (encoded and words in _QUERY_NAMES):
            continue
        if encoded:
            decoded = text[start:end].replace("%20", " ").replace("+", " ")
            whole = name_end(decoded, 0, len(decoded)) == len(decoded)
            end = end if whole and (words in PERSON_FIELDS or known_name(decoded, given=True)) else -1
        elif inline and text[end:end + 1] in (" ", ","):  # a key=value pair ends at a space: the name runs on
            end = name_end(text, start, capital=True)  # ("guest=Priya d/o Ramasamy ok", "holder=KWOK, Yan Ka")
        elif _other_script_name(words, text[start:end]):
            pass
        elif name_end(text, start, end) != end and not _SURNAME_FIRST.fullmatch(text, start, end):
            end = -1
        if end > 0 and _named(text[start:end]):
            hits.append(("person_name", start, end))
    return hits
