"""A skeleton of the text that the numeric detectors share, and keyword helpers.

A regular expression that starts with a character class or a look-behind costs tens of
microseconds per 4,000 characters even when it finds nothing, while one that starts with a
literal is nearly free. So the text is mapped once, one byte per character, to a skeleton where
every digit is ``0``, every capital ``A``, every small ASCII letter ``a`` and every character
outside Latin-1 (Chinese, for one) ``C``. Candidate searches run on the skeleton with patterns
that start with a literal, and the detectors confirm each candidate on the text at the same
offset. Groups of digits (runs joined by a separator or two: ``+44 20 7946 0958``,
``4539 1488 0343 6467``, ``(0116) 4960576``) are found this way once for all detectors.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from duet.router.privacy.finders import other_digits
from duet.router.privacy.gate_words import occurring

Hit = tuple[str, int, int]


def _table() -> bytes:
    table = bytearray(range(256))
    for code in range(256):
        char = chr(code)
        if "0" <= char <= "9":
            table[code] = ord("0")
        elif "A" <= char <= "Z":
            table[code] = ord("A")
        elif "a" <= char <= "z":
            table[code] = ord("a")
    table[ord("?")] = ord("C")  # what the encoder writes for a character outside Latin-1
    return bytes(table)


_TABLE = _table()
# Five digits or more, with at most two separator characters between neighbouring digits.
_GROUP = re.compile(rb"0(?:[ .()/+-]{0,2}0){4,}")
_RUN = re.compile(rb"0+")


class Group(NamedTuple):
    start: int
    end: int
    digits: int


@lru_cache(maxsize=16)
def skeleton(text: str) -> bytes:
    """``text`` mapped one byte per character (see the module docstring)."""
    return text.encode("latin-1", "replace").translate(_TABLE)


@lru_cache(maxsize=16)
def digit_groups(text: str) -> tuple[Group, ...]:
    """Every group of five digits or more in ``text``, in order."""
    sk = skeleton(text)
    return tuple(Group(m.start(), m.end(), sk.count(b"0", m.start(), m.end())) for m in _GROUP.finditer(sk))


def groups_with(text: str, digits: int) -> list[Group]:
    """The groups holding at least ``digits`` digits (five or more)."""
    return [g for g in digit_groups(text) if g.digits >= digits]


_DIGIT_RUN = re.compile(rb"00*")  # "0+" written to start with a literal: four times faster
_ANY_DIGITS = re.compile(r"\d+")
@lru_cache(maxsize=16)
def digit_runs(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of every run of decimal digits (``\\d+``, any script), in order: where a
    pattern that starts with ``\\d`` may match, without trying it at every position."""
    if other_digits(text):
        return tuple(m.span() for m in _ANY_DIGITS.finditer(text))
    return tuple(m.span() for m in _DIGIT_RUN.finditer(skeleton(text)))


_CAPITAL = re.compile(rb"[A\xc0-\xd6\xd8-\xde]")  # on the skeleton, where every ASCII capital is "A"
_BELOW_LATIN1_CAPITALS = bytes(range(0xC0))


@lru_cache(maxsize=16)
def capitals(text: str) -> tuple[int, ...]:
    """Offsets of the capitals A-Z, À-Ö and Ø-Þ, in order: ``bytes.find`` on the skeleton, much
    faster than a regex that starts with a character class."""
    sk = skeleton(text)
    if sk.translate(None, _BELOW_LATIN1_CAPITALS):  # À-Þ (or à-ÿ) present: the slower scan
        return tuple(m.start() for m in _CAPITAL.finditer(sk))
    found, at = [], sk.find(b"A")
    while at >= 0:
        found.append(at)
        at = sk.find(b"A", at + 1)
    return tuple(found)


@lru_cache(maxsize=16)
def longest_digit_run(text: str) -> int:
    """Length of the longest run of digits (without separators)."""
    return max(map(len, _RUN.findall(skeleton(text))), default=0)


@lru_cache(maxsize=16)
def lowered(text: str) -> str:
    """``text.lower()`` when that keeps every index in place (true for ASCII and CJK), so keyword
    regexes can run case-sensitively (much faster) on the lowered copy."""
    low = text.lower()
    if len(low) != len(text) and "İ" in text:  # Turkish "İ" lowers to two characters: read it as "I"
        low = text.replace("İ", "I").lower()
    return low if len(low) == len(text) else text


def ascii_alnum(char: str) -> bool:
    return char.isascii() and char.isalnum()


def _whole_word(low: str, s: int, e: int) -> bool:
    """ASCII keywords must not sit inside a longer ASCII word; CJK ones may touch anything."""
    if not low[s].isascii():
        return True
    before = s > 0 and low[s - 1].isascii() and low[s - 1].isalpha()
    # (a keyword that ends on a sign, "chart #", "t:", may touch the value it names: "chart #H2017…")
    after = e < len(low) and low[e].isascii() and low[e].isalpha() and low[e - 1].isascii() and low[e - 1].isalnum()
    return not (before or after)


def not_inside_word(*glued: str) -> str:
    """A look-behind: not after an ASCII letter or digit, except right after one of the ``glued``
    keywords in any case ("Tel13912345678", "ID110101…", "IP203.0.113.45")."""
    variants = sorted({v for word in glued for v in (word.lower(), word.title(), word.upper())})
    after_keyword = "|".join(f"(?<={re.escape(v)})" for v in variants)
    return f"(?:(?<![0-9A-Za-z])|(?<=[A-Za-z])(?:{after_keyword}))"  # (a digit before fails at once)


# Label words that people glue onto the value they name: "IDNumber110…", "cardNo4539…", "Tel139…".
LABEL_TAILS = ("number", "num", "no", "nr", "id", "card", "tel", "phone", "mobile", "mob", "cell", "ph", "fax", "acct",
               "account", "passport", "mrn", "record", "code", "plate", "reg")


def glued_label() -> str:
    """:func:`not_inside_word` for every label in :data:`LABEL_TAILS`."""
    return not_inside_word(*LABEL_TAILS)


def keywords(alternatives: str, flags: int = 0) -> re.Pattern[str]:
    """A keyword regex whose top-level alternatives are tried longest first, so that a shorter
    keyword ("reg", "cell") does not shadow a longer one ("registration", "cellphone") that the
    whole-word check in :func:`keyword_ends` would then accept."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(alternatives):
        char = alternatives[i]
        if char == "\\":
            i += 1
        elif char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(alternatives[start:i])
            start = i + 1
        i += 1
    parts.append(alternatives[start:])
    return re.compile("|".join(sorted(parts, key=len, reverse=True)), flags)


def keyword_ends(key: re.Pattern[str], text: str, gate: tuple[str, ...] = (), lo: int = 0,
                 hi: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of every keyword match in ``text[lo:hi]``, searched in the lowered text, whole
    words only for ASCII keywords. ``gate``: substrings of which one must occur (a cheap early exit)."""
    low = lowered(text)
    if gate and not occurring(low, gate):
        return []
    end = len(low) if hi is None else hi
    return [(m.start(), m.end()) for m in key.finditer(low, lo, end) if _whole_word(low, m.start(), m.end())]


def keyword_before(key: re.Pattern[str], text: str, start: int, reach: int) -> int:
    """End of the last keyword that ends within ``reach`` characters before ``start``, or -1."""
    found = keyword_ends(key, text, (), max(0, start - reach), start)
    return found[-1][1] if found else -1


# Words that name a number as a reference rather than personal data: an order, a parcel, an
# invoice, a product, a coupon. A number they name directly is not taken for a card, an ID or a
# phone even when its checksum happens to hold.
CN_MOBILE_DIGITS = re.compile(r"1[3-9][0-9]{9}")  # a mainland mobile number's digits

_REFERENCE_KEY = keywords(
    r"订单号?|单号|编号|流水号|交易号|序列号|序号|工单号?|发票号码?|发票代码|运单号?|快递|物流|批次号?|型号|工号|学号|"
    r"兑换码|激活码|验证码|优惠码|券码|货号|条码|开奖号码|彩票号码|中奖号码|lottery|lotto|winning numbers|order|tracking|invoice|serial|ticket|sku|ref|reference|"
    r"confirmation|booking|transaction|employee|student|isbn|model|part|gift card|coupon|voucher|promo|barcode|batch|"
    r"waybill|air waybill|awb|bill of lading|consignment|"
    r"lot (?:number|no|#)|"
    r"会员卡号?|积分卡号?|礼品卡号?|购物卡号?|加油卡号?|公交卡号?|交通卡号?|loyalty card|member(?:ship)? card|"
    r"member(?:ship)? number|timestamp|时间戳|epoch|created_at|updated_at|"
    r"会议号|會議號|会议id|meeting id|meeting number|webinar id|conference id"
)
_GENERIC_REFERENCE = re.compile(r"编号|序号|序列号|serial|ref|reference")
_PERSONAL_NOUN = re.compile(r"身份证|身份證|证件|證件|护照|護照|车架|车辆识别|车辆|病历|病案|住院|门诊|就诊|患者|病人|账户|账号|银行卡|"
                            r"信用卡|手机|电话|vin|passport|chassis|vehicle|patient|medical|account|phone|mobile|"
                            r"credit card|debit card|bank card|(?:id|identity) (?:card|number)")
_OWN_BEFORE = re.compile(r"(?:(?<![a-z])(?:(?<!gift )(?<!member )(?<!membership )(?<!loyalty )(?<!shopping )card|visa|"
                         r"mastercard|amex|phone|mobile|cell|vin|chassis|vehicle|car|truck)(?![a-z])"
                         r"|信用卡|银行卡|身份证|手机|电话|车辆)[^.。!?！？\n]*$")
# "Copy the bank account from this line and paste it in the ticket: 8260…": a reference word after
# a preposition says where the value goes or what it is for; the personal noun earlier in the same
# sentence names the value after the colon ("Copy the order number … in the ticket: …" stays a
# reference: no personal noun).
_DESTINATION = re.compile(r"(?<![a-z])(?:in|into|to|onto|on|for|under|with)(?: (?:the|this|that|a|an|our|my|your|its))? $")
_CLAUSE_NOUN = re.compile(r"(?<![a-z])(?:(?<!gift )(?<!member )(?<!membership )(?<!loyalty )card|account|acct|iban|phone|mobile|"
                          r"cell|tel|vin|chassis|plate|reg|registration|passport|hospital|patient|medical|mrn|dob|"
                          r"birth|birthday|ssn)(?![a-z])[^.。!?！？\n:：]*$")
_REFERENCE_FILLER = re.compile(r"(?:\s|[:#=\"'“「(]|no\.?|number|num|id|code|is|was|是|为|：)*", re.I)


def named_as_reference(text: str, start: int, end: int = -1) -> bool:
    """Whether a reference word (order number, tracking, invoice …) names the value at ``start``,
    with nothing but a filler ("No.", ":", "#") between them — unless the value, ending at
    ``end``, is then named as personal data ("Ref: 4539… (credit card)", "… is my ID number")."""
    value_end = end
    found = keyword_ends(_REFERENCE_KEY, text, (), max(0, start - 40), start)
    if not found:
        return False
    key_start, end = found[-1]
    filler = _REFERENCE_FILLER.match(text, end, start)
    if filler is None or filler.end() != start:
        return False
    # "身份证编号", "车辆识别编号", "VIN/serial number", "病历编号": a generic number word after
    # the name of a personal number is that number's name, not a reference.
    if _GENERIC_REFERENCE.fullmatch(lowered(text), key_start, end) and _PERSONAL_NOUN.search(
            lowered(text), max(0, key_start - 12), key_start):
        return False
    # "The card I used for the booking: 4539…", "Truck serial: 1HGCM…": a personal thing named
    # earlier in the clause and the value given after a colon; the reference word only says what
    # it was for ("charged twice for order 4539…" stays a reference).
    if any(c in text[end:start] for c in ":：") and (
            _OWN_BEFORE.search(lowered(text), max(0, key_start - 32), key_start) or destination(text, key_start)):
        return False
    return value_end < 0 or not named_after(_PERSONAL_NOUN, text, value_end)


def destination(text: str, key_start: int) -> bool:
    """Whether the reference word at ``key_start`` follows a preposition ("in the ticket") and a
    personal noun stands before it in the same sentence, with no colon between."""
    low = lowered(text)
    noun = _CLAUSE_NOUN.search(low, max(0, key_start - 120), key_start)
    return bool(noun and _DESTINATION.search(low, max(0, key_start - 12), key_start)
                and not any(c.isdigit() for c in text[noun.start():key_start])  # no other value between
                and not keyword_ends(_REFERENCE_KEY, text, (), noun.start(), key_start))  # "the tracking number for the phone"


_UPPER_OR_DIGIT = frozenset(b"A0")


@lru_cache(maxsize=16)
def mixed_tokens(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of every run of capitals and digits that holds both (``LSVAU218XN2183294``,
    ``AB12``), found from the digit-capital pairs with ``bytes.find``, which is fast."""
    sk = skeleton(text)
    spans: set[tuple[int, int]] = set()
    for pair in (b"A0", b"0A"):
        at = sk.find(pair)
        while at >= 0:
            start, end = at, at + 2
            while start > 0 and sk[start - 1] in _UPPER_OR_DIGIT:
                start -= 1
            while end < len(sk) and sk[end] in _UPPER_OR_DIGIT:
                end += 1
            spans.add((start, end))
            at = sk.find(pair, end)
    return tuple(sorted(spans))


# What people write between a keyword and its value: "number is", ": ", " - ", " = ", "#",
# "(for the form):", "(see attached):", ", which is", ". It's", " below?\n", "改成", "填的是",
# "一栏写的是", "对不对：", quotes and brackets.
_FILLER_WORDS = ("is", "was", "are", "to", "as", "number", "num", "no.", "no", "nr.", "nr", "for the form", "on file",
                 "me", "us", "at", "on", "which is", "which was", "it's", "it is", "that's", "that is", "this is",
                 "here it is", "here's", "listed as", "shown as", "given as", "written as", "reads", "should be",
                 "is now", "now", "below", "above", "follows", "as follows", "please", "pls", "again", "actually",
                 "really", "still", "just", "currently", "its",  # "my plate? its 279-NMN" (it's, mistyped)
                 # a question about the value, then the value: "Is this reg valid? HVM 855"
                 "valid?", "correct?", "right?", "ok?", "okay?", "still valid?", "still good?", "still working?",
                 # copulas of other languages: "Kennzeichen ist …", "plaque est …", "matrícula es …", "targa è …"
                 "ist", "est", "es", "è", "é",
                 # what a speaker says while thinking: "my plate is um …", "the reg is, er, …"
                 "uh", "um", "er", "erm", "uhm", "umm", "uhh", "hmm")
# Words in lower case or capitalised only: "NR-OF-2" or "NO-1234" is a value, not a filler.
FILLER = re.compile(
    r"(?:\s*(?:(?:" + "|".join(re.escape(v) for w in sorted(_FILLER_WORDS, key=len, reverse=True)
                              for v in (w, w.capitalize())) + r")(?![A-Za-z])"
    r"|->|-->|=>|==>|→|⇒|➔|:=|：=|#|=|:|：|-|—|–|,|，|\.|\?|？|;|\||\((?:[a-z][A-Za-z ]{0,22}|[A-Za-z]{1,4}[-/.][A-Za-z/.\-]{1,20})?\)|\(|（|\)|）|"
    r"[\"']>|</?[a-z][a-z0-9]*(?:\s[^<>\n]{0,40})?>|"  # HTML: '<span class="tel">…', "Tel:</b> …"
    r"[\"'“「【】]|是不是|是否为|是否是|是否|应该是|是|为|為|系|は|는|改成|改为|写成了?|"
    r"填的是|写的是|一栏写的是|一栏|设置为|设为|号码|號碼|应为|應為|就是|好像是|对不对|对吗|如下|如下是|我?给了|显示|顯示|嗯|呃|那个|那個|(?:框|栏)?里?输入了?|了(?=[,，:：])"
    # up to five lower-case words ending on a verb that hands the value over: "(the plate) they
    # have for me is", "should read", "; I gave", "is? i think", "field shows"
    r"|(?:(?:[a-z']{1,12}|I)[ ,;]+){0,5}?(?:is|was|be|read|reads|show|shows|gave|think|says|typed|entered|wrote|put|used|"
    r"changed to|updated to|set to|reset to|filled in|provided)(?![A-Za-z])"
    # or up to five lower-case words ending on a colon: "(the plate) you asked for:", "as requested:"
    r"|(?:(?:[a-z']{1,12}|I)[ ,]+){0,4}?[a-z']{1,12}[:：]))*\s*"
)
# What people write between a value and the keyword after it: "(passport)", " is my MRN",
# " is the right account no.", " — that's the account no.", " as the date of birth",
# "是我的病案号", "，这是我住院号", "\n^ this is my MRN", " into the passport box", "当成病历号".
# (Not a bare comma: "出生日期1951-06-20，病案号…" names the next
# value, not this one; a comma must be followed by "这是", "that's" and the like.)
LINK = re.compile(
    r"(?:[\s(（—–-]|<-|←|<=|⇐)*(?:[,，]?\s*[\^↑]?\s*(?i:这是|這是|这个是|这个|這個|就是|that's|that is|this is|which is|it's|it is)\s*)?"
    r"(?:(?i:is|was|as|that's|that is|into the|in the|是|为|為|当成|当作|當成|作为|填成)(?![A-Za-z])\s*)?"
    r"(?:(?i:my|his|her|the|our|your|their|a|an|我的?|他的?|她的?|本人的?)(?![A-Za-z])\s*)?"
    r"(?:(?i:right|correct|new|old|current|actual|full|official|car|car's|vehicle|home|work|personal|private|main|"
    r"primary|only|real|valid|proper|genuine|complete)(?![A-Za-z])\s*){0,2}"
)


# A modifier is any lower-case word but one that joins items of a list: in "MRN P7128 and api key"
# the keyword after "and" names what follows it, not the value before.
_MODIFIER_WORD = re.compile(r"(?!(?:and|or|but|plus|then|also|nor|with|while|after|before) )[a-z]{2,10} ")
_CJK_CLASS = "[\u3400-\u9fff]"
_CJK_CHAR = re.compile(_CJK_CLASS + "+")
# CJK words that join items of a list ("和", "以及", "还有"): not the start of a modifier.
_CJK_JOINER = re.compile(r"和|及|与|與|或|还有|還有|以及|跟|并且|並且|另外")


def value_after_keyword(value: re.Pattern[str], text: str, end: int) -> re.Match[str] | None:
    """``value`` right after a keyword that ends at ``end``, past a :data:`FILLER`."""
    filler = FILLER.match(text, end)
    return value.match(text, filler.end() if filler else end)


def named_after(key: re.Pattern[str], text: str, end: int) -> bool:
    """Whether a ``key`` keyword follows the value ending at ``end``, past a :data:`LINK`."""
    link = LINK.match(text, end)
    start = link.end() if link else end
    if "\n" in text[end:start] and not any(c.isalnum() for c in text[end:start]):
        return False  # a label on the next line names the next value ("DOB: …\nMRN: …")
    low = lowered(text)
    for at in _modified(low, start):
        m = key.match(low, at)
        if m is not None and _whole_word(low, m.start(), m.end()):
            return True
    return False


def _modified(low: str, start: int) -> list[int]:
    """Where a keyword may start after ``start``: right there, or past one modifier — a
    lower-case word ("my bank acct", "the db password") or up to three CJK characters
    ("我的住院病案号", "因私护照号")."""
    starts = [start]
    word = _MODIFIER_WORD.match(low, start)
    if word:
        starts.append(word.end())
    if not _CJK_JOINER.match(low, start):
        starts += [start + k for k in range(1, 4) if start + k < len(low) and _CJK_CHAR.fullmatch(low, start, start + k)]
    return starts


# An acronym in capitals modifies the keyword after it as a lower-case word does, inside a bracket
# that names the value before it: "… (DB password)" (not "a 14-day JR Pass").
_ACRONYM = "(?<=[(（])[A-Z]{2,5} "


def value_before_keyword(before: re.Pattern[str], text: str, start: int) -> re.Match[str] | None:
    """A value followed by :data:`LINK` and then the keyword at ``start``; ``before`` must be
    ``(?:value)(?:LINK)$`` (see :func:`before_pattern`)."""
    m = before.search(text, max(0, start - 48), start)
    return m if m and m.end(1) < start else None  # something must separate them: "X_API_KEY" is a name


def before_pattern(value: re.Pattern[str]) -> re.Pattern[str]:
    """``value`` then :data:`LINK` and perhaps one modifier (see :func:`_modified`), anchored at
    the end of the searched window (where the keyword starts)."""
    return re.compile(f"({value.pattern})(?:{LINK.pattern})(?:{_MODIFIER_WORD.pattern}|{_ACRONYM}|(?!{_CJK_JOINER.pattern}){_CJK_CLASS}{{1,3}})?$",
                      value.flags)


def word_matches(low: str, word: str, pattern: re.Pattern[str]) -> list[re.Match[str]]:
    """``pattern``'s matches at each place ``word`` occurs in ``low``: a keyword regex tried only
    where one of its words starts (``str.find``; a regex scan of 4,000 characters costs 200-450 µs
    when its alternatives start with no common literal)."""
    found = []
    at = low.find(word)
    while at >= 0:
        m = pattern.match(low, at)
        found += [m] if m else []
        at = low.find(word, at + len(word))
    return found


def line_spans(text: str, limit: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each line of ``text``, the first ``limit`` lines when given."""
    spans, at = [], 0
    for line in text.split("\n")[:limit]:
        spans.append((at, at + len(line)))
        at += len(line) + 1
    return spans
