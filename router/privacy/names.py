"""Person names: full names of private people.

English: a known given name followed by a capitalised surname, or any capitalised full name
introduced by a cue ("my name is", "Dear", "Name:", "my sister", a sign-off). Chinese: a surname
plus one or two characters after a cue (我叫, 姓名, 收件人, 户名, relatives…), before an ID /
gender / phone field, or as a chat speaker ("李明：…"). Public figures are excluded.
"""

from __future__ import annotations

import re

from duet.router.privacy.name_lists import (CN_COMPOUND_SURNAMES, CN_NOT_NAMES, CN_NAME_STOP, CN_SURNAMES, FIRST_NAMES,
                                       NOT_SURNAMES, PINYIN_SURNAMES, PUBLIC_FIGURES, PUBLIC_FIGURES_ZH)
from duet.router.privacy.patterns import Hit, lowered

_WORD = r"[A-ZÀ-Ý][a-zà-ÿ]+(?:[-'][A-Za-zà-ÿ]+)?"
_EN_PAIR = re.compile(rf"[A-ZÀ-Ý](?<![\w][A-ZÀ-Ý])[a-zà-ÿ]+(?:[-'][A-Za-zà-ÿ]+)?(?=\s({_WORD})(?![\w]))")
_EN_CUE_BEFORE = re.compile(
    r"(?<![a-z])(?:my name is|my name's|this is|i am|i'm|name\s*[:=：]|names?_on_card\s*[:=]|named|called|dear|hi|hello|"
    r"mrs?\.?|ms\.?|miss|patient\s*:|passenger\s*:|guest\s*:|contact\s*:|attn\.?\s*:?|header\s*:|"
    r"cardholder\s*:?|regards,?|thanks so much,?|thanks,?|thank you,?|best,?|cheers,?|sincerely,?|"
    r"my (?:wife|husband|son|daughter|father|dad|mother|mom|mum|brother|sister|grandfather|grandmother|"
    r"grandpa|grandma|friend|buddy|colleague|boss|manager|landlord|landlady|tenant|neighbou?r|uncle|aunt|"
    r"cousin|partner|fiancée?|boyfriend|girlfriend|kid|child|nephew|niece|coworker|co-worker|assistant|"
    r"doctor|lawyer|client|employee|nanny|roommate),?)\s+$"
)
_SPEAKER_BEFORE = frozenset("。！？!?\n \t“\"'：:；;")
# A known given name alone is not enough: the text must be about the writer's own life (first
# person, a contact verb, other personal data) and not about a public person (books, songs…).
_PERSONAL = re.compile(
    r"(?<![a-z])(?:my|me|i|i'm|i'd|i'll|i've|we|we're|our|us|mine|text|call|email|e-mail|message|invite|"
    r"remind|tell|ask|send|schedule|book|pay|forward|notify|ping|contact|cc|dear|hi|hello|thanks|regards)(?![a-z])"
)
_PUBLIC = re.compile(
    r"(?<![a-z])(?:podcast|album|song|music|movie|film|tv show|series|novel|memoir|poem|poetry|style of|speech|debate|"
    r"theory|invent|history|historical|famous|celebrity|ceo of|founder|president|senator|minister|actor|actress|"
    r"singer|rapper|band|player|coach|season|league|scientist|physicist|philosopher|economist|author|writer|"
    r"painter|artist|biography|quote|according to|wrote|directed|starring|nobel|champion|olympic|"
    r"billionaire|politician|king|queen|emperor)"
)
_EMAIL_LOCAL = re.compile(r"([A-Za-z][A-Za-z._\-]*)@")

_CN_CUE = re.compile(
    r"(?:我叫|名叫|叫做|他叫|她叫|本人|姓名[：:是为]?|名字[是叫]|户名[：:]?|收件人[：:]?|收货人[：:]?|寄件人[：:]?|"
    r"联系人(?:一栏填)?[：:]?|乘车人|乘机人|乘客|旅客|入住人|参会人|付款人|收款人|持卡人|申请人|被保险人|投保人|"
    r"患者|病人|客户|老公|老婆|丈夫|妻子|爱人|儿子|女儿|父亲|母亲|爸爸|妈妈|我爸|我妈|哥哥|姐姐|弟弟|妹妹|"
    r"朋友|同事|同学|领导|老板|经理|主管|房东|租客|开发者|负责人|法人|经办人|业主|员工|打给|呼叫|拨给|user=|name=)[\s：:]*"
)
_CN_CALL = re.compile(r"给([\u4e00-\u9fff]{2,4}?)(?:打电话|打个电话|回电话|发消息|发短信|发微信|发个)")
_CN_FIELD = re.compile(r"身份证|手机|电话|性别|[男女][，,]")
# Detected values a Chinese name often sits right in front of: "刘洋 4403…", "林浩然｜138…".
ANCHOR_TYPES = frozenset({"phone", "cn_resident_id", "email", "bank_account"})
_CN_FIELD_SEP = frozenset(" \t，,（(｜|:：")
_COLON = re.compile(r"[：:]")
_CN_LIST_CONT = re.compile(r"[、和及与]\s*")
_HAS_UPPER = re.compile(r"[A-Z]")
_HAS_CJK = re.compile(r"[\u4e00-\u9fff]")


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _en_ok(first: str, last: str) -> bool:
    if last.lower() in NOT_SURNAMES or first.lower() in NOT_SURNAMES:
        return False
    return f"{first} {last}".lower() not in PUBLIC_FIGURES


def _english(text: str, other_pii: bool) -> list[Hit]:
    hits: list[Hit] = []
    low = lowered(text)
    dictionary_ok: bool | None = None  # computed on the first known given name (two full scans)
    locals_ = [m.group(1).lower() for m in _EMAIL_LOCAL.finditer(text)] if "@" in text else []
    counts: dict[str, int] = {}
    speakers: list[tuple[str, int, int]] = []
    for m in _EN_PAIR.finditer(text):  # zero-width tail, so "Text Daniel Kim" also tries "Daniel Kim"
        first, last = m.group(0), m.group(1)
        low_first, low_last = first.lower(), last.lower()
        known = low_first in FIRST_NAMES or (low_first in PINYIN_SURNAMES and low_last in FIRST_NAMES)
        # "Marcus Webb | marcus.webb@…": an e-mail address that spells the name out.
        spelled = any(low_first in local and low_last in local for local in locals_)
        end = m.end(1)
        # a cue before the pair: "my name is …", "Dear …", "Name: …", "my sister …"
        cued = bool(_EN_CUE_BEFORE.search(low, max(0, m.start() - 40), m.start()))
        if known and dictionary_ok is None:
            dictionary_ok = (other_pii or bool(_PERSONAL.search(low))) and not _PUBLIC.search(low)
        if ((known and dictionary_ok) or spelled or cued) and _en_ok(first, last):
            hits.append(("person_name", m.start(), end))
        elif text.startswith(":", end) and (m.start() == 0 or text[m.start() - 1] in _SPEAKER_BEFORE):
            name = text[m.start():end]
            speakers.append((name, m.start(), end))  # "Ravi Shankar: …" chat lines
            counts[name] = counts.get(name, 0) + 1
    hits += [("person_name", s, e) for name, s, e in speakers if counts[name] >= 2 and _en_ok(*name.split())]
    return hits


def _cn_name_at(text: str, pos: int) -> int:
    """End index of a Chinese full name starting at ``pos``, or -1."""
    surname = 2 if text[pos:pos + 2] in CN_COMPOUND_SURNAMES else 1
    if surname == 1 and text[pos:pos + 1] not in CN_SURNAMES:
        return -1
    end = pos + surname
    while end < len(text) and end - pos - surname < 2:
        ch = text[end]
        if not ("\u4e00" <= ch <= "\u9fff") or ch in CN_NAME_STOP:
            break
        end += 1
    if end - pos - surname < 1 or text[pos:end] in PUBLIC_FIGURES_ZH or text[pos:end] in CN_NOT_NAMES:
        return -1
    return end


def _chinese(text: str, anchors: tuple[int, ...] = ()) -> list[Hit]:
    hits: list[Hit] = []
    for m in _CN_CUE.finditer(text):
        pos = m.end()
        while pos < len(text):
            end = _cn_name_at(text, pos)
            if end < 0:
                break
            hits.append(("person_name", pos, end))
            sep = _CN_LIST_CONT.match(text, end)  # "参会人吴晓东、郑佳和我"
            if not sep:
                break
            pos = sep.end()
    starts = [m.start() for m in _CN_FIELD.finditer(text)] + list(anchors)
    for end in starts:  # "刘洋 4403…", "赵梓涵，女，", "陈志强（身份证"
        while end > 0 and text[end - 1] in _CN_FIELD_SEP:
            end -= 1
        name = _cn_name_ending_at(text, end)
        if name:
            hits.append(("person_name", name, end))
    for m in _CN_CALL.finditer(text):  # "给王建国打电话"
        if _cn_name_at(text, m.start(1)) == m.end(1):
            hits.append(("person_name", m.start(1), m.end(1)))
    speakers = []
    for m in _COLON.finditer(text):  # "李明：周六去爬山吧。赵婷：…"
        start = _cn_name_ending_at(text, m.start())
        if start is not None and (start == 0 or text[start - 1] in _SPEAKER_BEFORE):
            speakers.append((start, m.start()))
    if len(speakers) >= 2:
        hits += [("person_name", s, e) for s, e in speakers]
    return hits


def _cn_name_ending_at(text: str, end: int) -> int | None:
    """Start of a 2–4 character Chinese name that ends at ``end`` and follows a non-CJK
    character or the start of the text, or None."""
    start = end
    while start > 0 and end - start < 5 and _is_cjk(text[start - 1]):
        start -= 1
    if not 2 <= end - start <= 4 or (start > 0 and _is_cjk(text[start - 1])):
        # a longer run: take its last 3 or 2 characters ("联系人陈立伟")
        for size in (3, 2):
            if end - size >= 0 and _cn_name_at(text, end - size) == end:
                return end - size
        return None
    return start if _cn_name_at(text, start) == end else None


def find_person_names(text: str, anchors: tuple[int, ...] = (), other_pii: bool = False) -> list[Hit]:
    """``anchors``: start offsets of values already detected (phones, IDs…) that names precede;
    ``other_pii``: whether anything else was detected in the text."""
    hits: list[Hit] = []
    if _HAS_UPPER.search(text):
        hits += _english(text, other_pii)
    if _HAS_CJK.search(text):
        hits += _chinese(text, anchors)
    return hits
