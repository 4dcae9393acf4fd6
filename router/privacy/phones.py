"""Phone numbers in the forms people write them, confirmed by ``phonenumbers``.

Self-identifying forms fire anywhere: Chinese mobiles (with or without ``+86``/``0086``),
international numbers (``+44 20 7946 0958``), North American ``(650) 555-0134``, and national
numbers with a trunk ``0`` and separators (``(0116) 4960576``, ``021-64381234``,
``0912-345-678``), checked against the regions the text's script suggests. A bare digit string
(``6505550123``) counts only after a phone keyword (Phone:, Tel, Mobile, 电话, 手机, 联系方式 …),
and is then checked against a wider list of regions.

Boundaries are "not an ASCII letter or digit", never ``\\b``: Chinese characters are word
characters to ``re`` and would otherwise hide a number written straight after them.
"""

from __future__ import annotations

import re

from duet.router.privacy import checks
from duet.router.privacy.sentences import sentence_end, sentence_start
from duet.router.privacy.scan import (CN_MOBILE_DIGITS, FILLER, Group, Hit, groups_with, keyword_before, keywords, lowered, named_after,
                                 named_as_reference, glued_label)
from duet.router.privacy.tables import line_separator

_GLUED = glued_label()
# An extension after the number ("x1234", " ext. 45") belongs to it: masked with it, not validated.
_EXT = r"(?P<ext>\s?(?:x|ext\.?|extension)\s?[0-9]{1,6})?"
_CN_MOBILE = re.compile(_GLUED + r"(?<![+])(?:(?:\+|00)\s?86[\s-]?)?1[3-9][0-9](?:[ .-]?[0-9]{4}){2}(?![0-9A-Za-z])")
_INTL = re.compile(
    r"(?<![0-9A-Za-z+])(?:\+\s?|00)[1-9][0-9]{0,2}[ .-]?(?:\([0-9]{1,4}\)[ .-]?)?[0-9]{1,5}"
    r"(?:[ .-]?[0-9]{2,5}){1,4}" + _EXT + r"(?![0-9A-Za-z])"
)
_NANP = re.compile(_GLUED + r"(?<![+])(?<![0-9][ .-])(?:1[ .-])?(?:\([0-9]{3}\)\s?|[0-9]{3}[ .-])[0-9]{3}[ .-][0-9]{4}"
                   + _EXT + r"(?![0-9A-Za-z])")
_NATIONAL = re.compile(
    _GLUED + r"(?<![+./-])(?<![0-9][ ./-])(?:\(0[0-9]{1,4}\)[\s-]?|0[0-9]{1,4}(?:[ .-]|/ ?))[0-9]{2,8}(?:[ .-][0-9]{2,8}){0,3}"
    + _EXT + r"(?![0-9A-Za-z]|[./-][0-9])"
)
# German numbers (area code, then the subscriber number in one or two groups: "030 12345678",
# "0171/1234567", "089 1234 5678"): the plan takes nearly any length, so dates and codes would
# validate in the general form above; a subscriber part of five digits or more is a phone's.
_DE_NATIONAL = re.compile(
    _GLUED + r"(?<![+./-])(?<![0-9][ ./-])0[1-9][0-9]{1,4}(?: ?/ ?| )(?:[0-9]{5,8}|[0-9]{3,4} [0-9]{3,5})" + _EXT
    + r"(?![0-9A-Za-z]|[./-][0-9])"
)
_KEYED = re.compile(r"[+(]?[0-9][0-9 ()./—–-]{4,20}[0-9](?![0-9])")
_KEY = keywords(
    r"phone|telephone|tel|ph|mobile|mob|cell|cellphone|whatsapp|fax|handy|telefon|mobil|téléphone|teléfono|landline|"
    # the words for a phone and its number in the other languages of the users: "Handynummer",
    # "Mi móvil es", "il mio cellulare", "mon portable", "携帯", "電話番号", "휴대폰"
    r"handynummer|telefonnummer|rufnummer|mobilnummer|festnetz|mobiltelefon|meine nummer|móvil|movil|celular|my line is|"
    r"mi número|mi numero|teléfono móvil|telefono|telefone|cellulare|chiamare|chiama|chiamami|rang|rang me|il mio numero|numero di telefono|portable|tél|"
    r"mon numéro|numéro de téléphone|携帯|携帯電話|電話番号|連絡先|휴대폰|핸드폰|전화번호|연락처|"
    r"hotline|msisdn|caller|wa\.me/|tlf|tlf\.|puh|puh\.|absender|sms-absender|dial-in|dial in|"
    # Singapore's and Malaysia's "HP" (handphone)
    r"hp|h/p|handphone|hand phone|"
    # a scanner's "Te1", the signs for a phone ("☎", "📞"), the Russian words
    r"te1|te1\.|☎|☏|✆|📞|📱|телефон|тел|тел\.|номер|моб|"
    # a relative's entry in a contact list: "Mum — 0612 …", "wife: +44 …"
    r"(?:mum|mom|mother|dad|father|wife|husband|son|daughter|brother|sister|grandma|grandpa|granny|nan)(?=[ \t]*[—–:-])|"
    # ... or in brackets after a name: "* Ana Ruiz (mother) 924 76 22 38"
    r"\((?:mum|mom|mother|dad|father|wife|husband|partner|son|daughter|brother|sister|grandma|grandpa|neighbou?r|"
    r"friend|colleague|carer|guardian|landlord|doctor)\)|"
    r"call|text|txt|reach me|try (?:me|him|her|them|us|my [a-z]{2,12}) (?:on|at)|reach us|reach out|dial|ring|sms|sms sent to|texts? sent to|caller id|"
    r"call ?back(?: requested)?(?: from| to| on)?|call (?:me|us|him|her|them) back|contact|contact number|save|电话|電話|手机|手機|手机号码?|电话号码?|联系电话|"
    r"联系方式|聯絡方式|联系|聯繫|聯絡|座机|座机号码?|致电|致電|拨打|拨|撥打|撥|打给|打給|打|短信|微信|电联|回电|来电|來電|回拨|回撥|打这个号码?|打這個號碼?|"
    # "my number", "new no.", "call from", "我的号码": a number that a possessive or a call names
    r"(?:my|your|his|her|their|our|new|old|work|home|office|personal|private|direct|callback|emergency|backup|"
    r"other|same|(?:wife|husband|partner|mom|mum|mother|dad|father|son|daughter|brother|sister|friend|boss|colleague|"
    r"manager|client|customer|landlord|doctor|neighbou?r|kid|child|grandma|grandpa|aunt|uncle|cousin|girlfriend|"
    r"boyfriend)'s) (?:number|no\.?|#)|call(?:s|ed)? from|texts? from|messages? from|missed calls? from|unknown number|"
    r"(?:我的|我|他的|她的|你的|新|旧|備用|备用|私人|同一个)号码|號碼是|号码是|未接来电|"
    # the lines of a contact form ("Home: …", "Office line …"), a business card's "T:" and "M:" at a line's start
    r"home:|work:|office:|daytime:|evening:|(?<![^\n])[tmpo]:|(?:office|direct|work|home|phone|land|private|mobile) line|"
    # "add Amara Manne to my contacts, number 694 399 700"
    r"contacts?,? (?:(?:phone|mobile|cell) )?(?:number|no\.?|#)"
)
# Reference words of the other languages (the English and Chinese ones are in scan.py): an
# invoice, order, customer or batch number is not a phone number, whatever its shape.
_OTHER_REFERENCE = re.compile(r"(?<![a-z])(?:rechnung|auftrag|bestellung|kunden|vertrag|vorgang|aktenzeichen|artikel|facture|"
                              r"commande|dossier|pedido|factura|ordine|fattura|pratica|lot|batch)[a-z.-]*"
                              r"(?:\s?(?:nr|no|n°|núm|num|nummer|numéro|número|numero)\.?)?\s*[:#]?\s*$")
# "reach Anna on", "text him at", "call Priya on": a contact verb, a person, "on" or "at" (a
# capitalised name or a pronoun: "reach orbit at", "call option at" are not about people).
# Also a full name ("send my ETA to Mauricio Aranda at …"), after "send … to".
_CALL_SOMEONE = re.compile(r"(?<![A-Za-z])(?:[Cc]all|[Tt]ext|[Rr]each|[Rr]ing|[Pp]hone|[Mm]essage|[Ww]hats[Aa]pp|SMS|sms|"
                           r"[Ss]end[^\n.?!]{0,24}? to) "
                           r"(?:[A-ZÀ-Þ][^\W\d_]{1,11}(?: [A-ZÀ-Þ][^\W\d_]{1,15}(?:['-][^\W\d_]{1,15})?){0,2}|me|him|her|them|us)"
                           r" (?:on|at) ?$")
# "update brian russo's number to …", "Anna's cell: …": someone's number (not an order's).
_SOMEONES_NUMBER = re.compile(r"(?<![A-Za-z])(?!(?:order|invoice|ticket|parcel|package|item|product|model|case|account|"
                              r"card|flight|booking|tracking|version|build)'s)[A-Za-z]{2,15}'s "
                              r"(?:(?:phone|cell|mobile) )?(?:number|no\.?|#|cell|mobile|phone)(?: (?:is|to|as))?:? ?$", re.I)
# "is" in the other languages of the keywords above.
_COPULA = re.compile(r"\s*(?:es|è|é|ist|lautet|est|:)?\s*[:：]?\s*(?=[+(0-9])")
_DIGIT = re.compile(r"[0-9]")
_FAR_KEY = keywords(r"contact|phone|telephone|tel|mobile|cell|电话|電話|手机|手機|联系方式|联系人|紧急联系人")
# A number saved "as Mom in my contacts", "存到通讯录".
_KEY_AFTER = re.compile(r"[^\n]{0,24}?(?:contacts?|address book|keeps? calling|keeps? texting|called me|texted me|rang me|"
                        r"messaged me|sent me (?:a|an|this) (?:text|sms|message)|spam call|scam call|missed call|"
                        r"an? (?:scam|spam|fraud)(?: number| call| caller)?|"
                        # an extension after the number: "555 0142 ext. 12", "… Durchwahl 3", "… poste 4"
                        r"(?<![a-z])(?:ext|extn|extension|durchwahl|poste)\.?\s?[0-9]{1,5}(?![0-9])|"
                        r"未接|打过来|打来过|发短信|发来短信|"
                        r"通讯录|通訊錄|电话簿|联系人|来电|打来|骚扰电话|"
                        # "6505550134 is my number": a possessive names it as a number to call
                        r"(?<![^ ,(—-])(?:is|was|'s) (?:my|his|her|our|their) (?:new |current |mobile |cell |home |work )?"
                        r"(?:number|no\.|#)(?![A-Za-z]))", re.I)
# A table column named as phones: "name,email,phone", "| 姓名 | 电话 |".
_HEADER = re.compile(r"(?:phone|tel|telephone|mobile|cell|fax|电话|手机|手機|電話|联系电话|联系方式)(?:[ _]?(?:number|no|#|号码?))?",
                     re.I)
HEADER_CHARS = 16  # the longest _HEADER match (tests/router/test_table_headers.py): prose is never tried
_HEADER_GATE = ("phone", "tel", "mobile", "cell", "fax", "电话", "手机", "手機", "電話", "联系")
_POSSIBLE_REGIONS = ("US", "GB", "DE", "CN")
_DATE_SHAPED = re.compile(r"[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}|[0-9]{1,2}[-/.][0-9]{1,2}[-/.][0-9]{4}|"
                          r"(?:19|20)[0-9]{2} ?[-–/] ?(?:19|20)[0-9]{2}")  # (and a span of years: "2019-2024")
# A number in a sum ("14532355475除以7的余数", "2^61 - 1 = 2305843009213693951 是质数吗"), on its own
# line: a "*" that opens the next line is a list's bullet, not a product.
_ARITHMETIC_AFTER = re.compile(r"[ \t]?(?:除以|乘以|加上|减去|[×÷*^=]|mod(?![a-z])|divided|times|multiplied|plus|minus|squared|的(?:平方|余数|因数|质因数))")
# A number asked about in maths ("is 17659849602 prime?", "factorise 13112247388", "13800138000能被7整除吗").
_MATHS_AFTER = re.compile(r"[ \t]?(?:is |是)?(?:an? )?(?:prime|composite|divisible|perfect square|even or odd|odd or even|"
                          r"质数|素数|合数|能被|能不能被|可以被|整除|的因[数子]|的平方根|的立方根|的各位)", re.I)
_MATHS_BEFORE = re.compile(r"(?:factori[sz]e|factor|factors of|divisors of|square root of|sqrt\(?|cube root of|"
                           r"digit sum of|digits of|is the number|分解|求)\s*$", re.I)
_QUANTITY_AFTER = re.compile(r"[ \t]?(?:元|块|万|亿|美元|円|%|rmb|RMB|USD|CNY|次|个|人|km|公里|米)")

# National numbers written with a trunk 0 and separators, without a keyword: regions whose
# numbering plans are strict enough that dates and codes do not validate (not DE or IT).
_NATIONAL_REGIONS = ("CN", "TW", "GB", "FR", "AU", "JP")
_BRACKET_REGIONS = ("DE", "IT", "NL", "ES")
_SELF_EVIDENT = ((_CN_MOBILE, ("CN",)), (_INTL, ()), (_NANP, ("US",)), (_NATIONAL, _NATIONAL_REGIONS),
                 (_DE_NATIONAL, ("DE",)))
# Regions a keyword-named national number is checked against (each check costs a parse: keep it
# to the regions whose numbers the gateway's users write most).
_KEYED_REGIONS = ("CN", "US", "GB", "DE", "FR", "TW", "HK", "JP", "AU", "IN", "SG", "IT", "ES", "NL", "KR")


def _valid(raw: str, regions: tuple[str, ...]) -> bool:
    digits = checks.digits_only(raw.replace("(0)", ""))  # "+44 (0)20 …": the trunk 0 is not dialled
    if raw.startswith("("):  # "(03091) 82044": a bracketed area code is a phone number's own form
        regions = regions + _BRACKET_REGIONS
    if raw.startswith("+"):
        return checks.phone_ok("+" + digits, None)
    if raw.startswith("00"):
        return checks.phone_ok("+" + digits[2:], None, strict=True)
    if any(checks.phone_ok(digits, region) for region in regions):
        return True
    # UK mobiles in the range reserved for drama (07700 900xxx) are not "valid" to the library.
    return "GB" in regions and len(digits) == 11 and digits.startswith("07700900")


def _cn_hotline(digits: str) -> bool:
    """A Chinese 400/800 number: a company's line wherever it stands."""
    return digits.startswith(("400", "800")) and checks.business_line(digits, ("CN",))


def _named_phone(raw: str) -> bool:
    """A number that a phone keyword names: valid somewhere, a Chinese mobile, or of a possible
    length and written like a phone number (not like a date)."""
    digits = checks.digits_only(raw)
    if _DATE_SHAPED.fullmatch(raw):  # a date validates as a number in some plans ("01/08/2008")
        return False
    if _valid(raw, _KEYED_REGIONS) or CN_MOBILE_DIGITS.fullmatch(digits):
        return True
    if not (raw[0] in "(+0" or len(digits) >= 10):
        return False
    if _cn_hotline(digits):  # "call 400-…": a hotline
        return False
    # "+44 …", and "001-…" written with the international prefix of North America
    candidate = "+" + digits if raw.startswith("+") else "+" + digits[3:] if raw.startswith(("001-", "001 ", "001.")) else digits
    return any(checks.phone_ok(candidate, region, possible=True) for region in _POSSIBLE_REGIONS)


def _keyed(text: str, g: Group) -> Hit | None:
    """A bare number right after a phone keyword (past a filler such as "number is", "："), or
    named after it ("（手机号）", "是我的联系电话", "… in my contacts")."""
    end = keyword_before(_KEY, text, g.start, 36)
    filler = FILLER.match(text, end, g.start) if end >= 0 else None
    if end >= 0 and filler is not None and filler.end() < g.start - 1:  # "Mi móvil es …", "il cellulare è …"
        copula = _COPULA.match(text, end)
        filler = copula if copula is not None and copula.end() <= g.start else filler
    if filler and filler.end() >= g.start - 1:
        start = filler.end()
        if text[start - 1] in "(" and g.start >= start:  # "tel (0116) …": the filler took the bracket
            start -= 1
    else:
        start = g.start - 1 if g.start > 0 and text[g.start - 1] in "+(" else g.start
    m = _KEYED.match(text, start)
    if m is None or start > g.start or m.end() <= g.start:
        return None
    raw = m.group(0).rstrip(" (.-")
    if raw.startswith("(") and ")" not in raw:
        raw, start = raw[1:], start + 1
    follower = text[start + len(raw):start + len(raw) + 1]
    if follower.isascii() and follower.isalnum():  # "91350100PH38…": a code runs on
        return None
    named = (filler is not None and filler.end() >= g.start - 1) or _called(text, start)
    if named or named_after(_KEY, text, start + len(raw)) or _KEY_AFTER.match(text, start + len(raw)):
        return ("phone", start, start + len(raw)) if _named_phone(raw) else None
    # "Emergency contact: <name>, 0947301171": a noun keyword further back on the same line, and
    # a number valid as written.
    far = keyword_before(_FAR_KEY, text, g.start, 48)
    if far < 0 or "\n" in text[far:start] or _DATE_SHAPED.search(raw) or _DIGIT.search(text, far, start):
        return None  # (the number must be the first one after the keyword)
    return ("phone", start, start + len(raw)) if _valid(raw, _KEYED_REGIONS) else None


def _called(text: str, start: int) -> bool:
    """Whether the words right before ``start`` name someone's number or a call to someone."""
    return (_CALL_SOMEONE.search(text, max(0, start - 64), start) is not None
            or _SOMEONES_NUMBER.search(text, max(0, start - 40), start) is not None)


def _cell(text: str, start: int, cell: str) -> Hit | None:
    value = cell.strip()
    m = _KEYED.fullmatch(value)
    if m is None or not 7 <= sum(c.isdigit() for c in value) <= 15 or _DATE_SHAPED.fullmatch(value):
        return None
    digits = checks.digits_only(value)
    candidate = "+" + digits if value.startswith("+") else digits
    if _valid(value, _KEYED_REGIONS) or any(checks.phone_ok(candidate, r, possible=True) for r in _POSSIBLE_REGIONS):
        begin = start + cell.index(value)
        return ("phone", begin, begin + len(value))
    return None


def _table_phones(text: str) -> list[Hit]:
    """Cells under a phone column header, whatever their format."""
    hits: list[Hit] = []
    column: tuple[str, int] | None = None
    offset = 0
    for line in text.split("\n"):
        sep = line_separator(line)
        fields = line.split(sep) if sep else []
        if column and column[0] == sep and len(fields) > column[1]:
            start = offset + sum(len(f) + 1 for f in fields[:column[1]])
            hit = _cell(text, start, fields[column[1]])
            hits += [hit] if hit else []
        else:
            column = next(((sep, i) for i, f in enumerate(fields)
                           if sep and len(f.strip()) <= HEADER_CHARS and _HEADER.fullmatch(f.strip().lower())), None)
        offset += len(line) + 1
    return hits


_PAIR_AFTER = re.compile(r"([ .-])[0-9]{1,2}(?![0-9])")


def _runs_on(text: str, m: re.Match[str]) -> bool:
    """Whether the number written in pairs goes on after the match, in the same way."""
    after = _PAIR_AFTER.match(text, m.end())
    return after is not None and m.group(0)[-3:-2] == after.group(1)


def _maths(text: str, start: int, end: int) -> bool:
    """Whether the number at ``text[start:end]`` is asked about as a number (prime, factors, roots).
    Only digits can be: "is the number (312) 555-0198 a Chicago one" asks about a phone number."""
    if not text[start:end].strip().isdigit():
        return False
    return bool(_MATHS_AFTER.match(text, end) or _MATHS_BEFORE.search(text, max(0, start - 24), start))


# A non-geographic line (toll-free, shared-cost, UK 03) in a sentence about a company's service.
_SERVICE = re.compile(r"(?<![a-z])(?:opening hours|customer service|customer services|helpline|hotline|call cent(?:re|er)|"
                      r"support line|service line|emergency number|switchboard|freephone|toll[- ]free|free to call|support|help ?desk|on hold|"
                      r"wait(?:ing)? time|the wait|roadside|assistance|breakdown|reservations?|bookings?|enquiries|inquiries)"
                      r"(?![a-z])|客服|热线|熱線|服务热线|人工服务|转人工|道路救援", re.I)


def _company_line(text: str, start: int, number: str) -> bool:
    digits = checks.digits_only(number)
    if _cn_hotline(digits):
        return True
    if not _SERVICE.search(text, sentence_start(text, start, 80), sentence_end(text, start, 80)):
        return False
    return checks.business_line(digits, ("GB", "US", "AU", "CN", "DE", "FR", "NL", "IE", "JP"))


# The groups of an IBAN written four by four before the number: "DE56 BOGJ 0880 9295 27" is one IBAN,
# however its check comes out, not a phone after a bank code.
_IBAN_HEAD = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}[0-9]{2}(?: [A-Z0-9]{4}){1,7} $")


def _in_iban(text: str, start: int) -> bool:
    return _IBAN_HEAD.search(text, max(0, start - 40), start) is not None


# A UPI handle that is a mobile number: "8734532392@ybl".
_UPI = re.compile(r"(?<![0-9])([6-9][0-9]{9})@(?:ybl|okaxis|oksbi|okicici|okhdfcbank|paytm|upi|ibl|axl|apl)(?![a-z])")


# A Russian mobile written the domestic way: "8 (919) 001-90-88".
_RU_DOMESTIC = re.compile(r"(?<![0-9+])8 ?\(9[0-9]{2}\) ?[0-9]{3}-[0-9]{2}-[0-9]{2}(?![0-9])")


def find_phones(text: str) -> list[Hit]:
    hits: list[Hit] = [("phone", m.start(1), m.end(1)) for m in _UPI.finditer(text)] if "@" in text else []
    hits += [("phone", m.start(), m.end()) for m in _RU_DOMESTIC.finditer(text)] if "8 (9" in text or "8(9" in text else []
    for g in groups_with(text, 7):  # every phone number has seven digits or more
        lo, hi = max(0, g.start - 3), min(len(text), g.end + 16)  # (room for an extension)
        found = False
        for pattern, regions in _SELF_EVIDENT:
            for m in pattern.finditer(text, lo, hi):
                if m.start() >= g.end:
                    break
                if _QUANTITY_AFTER.match(text, m.end()) or _ARITHMETIC_AFTER.match(text, m.end()) or named_as_reference(text, m.start(), m.end()) or \
                        _OTHER_REFERENCE.search(lowered(text), max(0, m.start() - 28), m.start()) or _maths(text, m.start(), m.end()):
                    continue
                if m.start() > 0 and text[m.start() - 1] in "$¥€£":  # a price
                    continue
                if _runs_on(text, m):  # "07 14 21 28 35 42": a list of small numbers
                    continue
                number = m.group(0)[:m.start("ext") - m.start()] if "ext" in m.re.groupindex and m.group("ext") else m.group(0)
                if _valid(number, regions):
                    if _company_line(text, m.start(), number) or _in_iban(text, m.start()):
                        continue  # "the opening hours of Barclays 0345 734 5345": a company's line
                    hits.append(("phone", m.start(), m.end()))
                    found = True
        # A bare number needs its keyword; longer groups are IDs, cards and accounts.
        keyed = None if found or g.digits > 15 or named_as_reference(text, g.start) else _keyed(text, g)
        if keyed and not _company_line(text, keyed[1], text[keyed[1]:keyed[2]]) and not _in_iban(text, keyed[1]):
            hits.append(keyed)
    if "\n" in text and any(word in lowered(text) for word in _HEADER_GATE):
        hits += _table_phones(text)
    if not text.isascii() and _HK_TEXT.search(text):
        hits += _hong_kong_phones(text, hits)
    return [_with_country_code(text, hit) for hit in hits]


# A Hong Kong number has no trunk prefix: eight digits, written four and four ("打俾我5318 2746",
# "WhatsApp我哋 6241 5537"), read as a phone in Cantonese or Hong Kong text when Hong Kong's
# numbering plan accepts it (mobiles start with 5, 6 or 9, fixed lines with 2 or 3).
_HK_TEXT = re.compile("[嘅咗唔喺係俾哋冇嘢啲睇諗嚟]|香港|九龍|新界|港島|致電|電話|聯絡|WhatsApp|whatsapp")
_HK_SPACED = re.compile(r"(?<![0-9A-Za-z.,-])[235679][0-9]{3} [0-9]{4}(?![0-9A-Za-z]|[.,][0-9])")


def _hong_kong_phones(text: str, found: list[Hit]) -> list[Hit]:
    hits: list[Hit] = []
    for g in groups_with(text, 8):
        for m in _HK_SPACED.finditer(text, max(0, g.start - 1), min(len(text), g.end + 1)):
            if any(s <= m.start() < e for _, s, e in found) or _QUANTITY_AFTER.match(text, m.end()) or \
                    named_as_reference(text, m.start(), m.end()) or \
                    _SERVICE.search(text, sentence_start(text, m.start(), 80), sentence_end(text, m.start(), 80)):
                continue  # (a company's hotline: "港鐵熱線 2881 8888")
            if _valid(m.group(0), ("HK",)):
                hits.append(("phone", m.start(), m.end()))
    return hits


# A country code in brackets right before a number read without it: "(+86)159…", "(0086) 159…".
_BRACKETED_CODE = re.compile(r"[(（](?:\+|00)[0-9]{1,3}[)）] ?$")


def _with_country_code(text: str, hit: Hit) -> Hit:
    """``hit`` widened over a bracketed country code before it, which is masked with the number."""
    if hit[1] < 4 or text[hit[1] - 1] not in ")） ":
        return hit
    code = _BRACKETED_CODE.search(text, max(0, hit[1] - 8), hit[1])
    return (hit[0], code.start(), hit[2]) if code else hit
