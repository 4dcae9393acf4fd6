"""PII without a checksum, recognised by the keyword that names it: passport and medical record
numbers, bank accounts and dates of birth.

The keyword may come before the value ("MRN: 7734021", "护照号E12345678", "account number is
…", past a filler such as ``(for the form):`` or ``改成``) or after it ("2023791847是我的病案号",
"91705743 (acct no.)", "Use … as the passport number"). Values holding digits are found from the
digit groups of :mod:`router.privacy.scan` and then checked for a keyword, which is cheap.
Boundaries are "not an ASCII letter or digit", so values glued to Chinese text are found.
"""

from __future__ import annotations

import re

from duet.router.privacy.gate_words import occurring
from duet.router.privacy.scan import (CN_MOBILE_DIGITS, FILLER, Hit, ascii_alnum, before_pattern, glued_label, groups_with, keyword_before, keyword_ends, keywords,
                                 lowered, named_after, named_as_reference, skeleton, value_after_keyword, value_before_keyword)
from duet.router.privacy.birth_dates import _DATE, find_dates_of_birth
from duet.router.privacy.sentences import sentence_end, sentence_start

# with the commonest misspellings of "passport" ("my pasport numbr is …")
_PASSPORT_KEY = keywords(r"passports?|pasports?|passprts?|passpots?|pp|pp no|reisepassnummer|passnummer|passeport|reisepass|pasaporte|passaporto|passaporte|paspoort|"
                         r"paszport|travel document|旅行证件号?码?|旅行證件號?碼?|护照|護照|旅券番号|旅券|여권번호|여권|"
                         # the travel permits of Hong Kong, Macau and Taiwan ("港澳通行证C60381947", "回鄉證H08172635")
                         r"(?:往来)?港澳(?:台)?通行证|(?:往來)?港澳(?:台)?通行證|回乡证|回鄉證|台胞证|台胞證|大陆居民往来台湾通行证|入台证|入台證")
_PASSPORT_GATE = ("pass", "pp", "pasport", "pasaporte", "paspoort", "paszport", "travel document", "旅行证件", "旅行證件", "护照", "護照", "旅券", "여권",
                  "通行证", "通行證", "回乡证", "回鄉證", "台胞证", "台胞證", "入台证", "入台證")
# (or split once after its letters and digits, as typed or scanned: "FJ973 2679")
# (also in small letters, "x0561083", and in three groups of three digits, "678 700 408")
_PASSPORT_VALUE = re.compile(glued_label() + r"(?:[A-Z0-9]{6,9}|[A-Z]{1,2}[0-9]{2,5}[ -][0-9]{3,5}|[a-z]{1,2}[0-9]{6,8}|"
                             r"[0-9]{3} [0-9]{3} [0-9]{3})(?![A-Za-z0-9])", re.A)
_PASSPORT_BEFORE = before_pattern(_PASSPORT_VALUE)
_CN_PASSPORT = re.compile(r"E(?<![A-Za-z0-9]E)(?:[0-9]{8}|[A-HJ-NP-Z][0-9]{7})(?![A-Za-z0-9])", re.A)

_MEDICAL_KEY = keywords(
    r"mrn|medical record|health record|(?<![0-9a-z])rx(?= )(?! (?:for|to|of|is|was|from|refill)(?![a-z]))|rx no|rx number|rx#|prescription no|prescription number|patient[ _-]?(?:id|number|no)|hospital (?:id|number|no)|member record|"
    r"电子病历|電子病歷|nhs number|nhs (?:no|#|id)|chi number|"
    r"chart (?:number|no)|hosp\.? (?:id|number|no)|(?:ehr|emr|ur|mr|clinic) (?:id|number|no)|(?:pt\.?|patient) ur(?: ?#)?|"
    r"patient record(?: number| no)?|档案号|病历卡号|体检编号|就诊id|病案号|病历号|病歷號|住院号|住院號|门诊号|門診號|体检号|就诊卡?号|就診卡?號|就诊卡|就診卡|病人号|"
    r"患者编号|医疗记录号|检查号|病历编号|病案编号|病例号|就诊号|住院编号|门诊卡号|医疗卡号|患者id|病人id|"
    r"case (?:number|no|#)|mr ?#|mr no|record (?:number|no|#)|patient #|health (?:id|number)|chart #|"
    r"med\.? rec(?:ord)?\.?(?: ?#| no\.?| number| id)?|chart id|patient identifier|medical id|patient account (?:number|no)|"
    r"(?:inpatient|outpatient|admission|encounter|visit|accession) (?:id|number|no|#)|病人编号|病人id|住院病历号|门诊病历号|健康档案号|"
    # other languages: "Patientennummer", "patiëntnummer", "historia clínica", "cartella clinica",
    # "dossier médical", "prontuário", "診察券番号", "병록번호"
    r"patientennummer|patientennr|patiëntnummer|patientnummer|historia clínica|número de historia|cartella clinica|"
    r"dossier médical|numéro de dossier|prontuário|診察券番号|診察券|カルテ番号|병록번호|환자번호|"
    # health-insurance numbers: the card that opens a patient's file ("Medicare number", "医保卡号")
    r"medicare(?: (?:number|no|card|id))?|medicaid(?: (?:number|no|id))?|health card (?:number|no)|"
    r"health insurance (?:number|no|id)|insurance member (?:id|number|no)|"
    r"krankenversicherungsnummer|versichertennummer|krankenkassennummer|医保卡号|医保号|医保卡號|健保卡號|健保卡号|"
    # written with a dash or abbreviated ("Patient-ID", "Pat.-Nr.", "Patienten-ID", "Fallnummer" of a German
    # hospital stay, the French "IPP", the Spanish "NHC", a hospital number "HN"), and the Traditional forms
    r"patient-(?:id|nr|no)|patienten-?(?:id|nr)|pat\.?-?nr|fallnummer|fall-nr|aktennummer|krankenakte|"
    r"ipp|nhc|n\.?º? (?:de )?historia|hn|hospital (?:record )?(?:no|number)|hosp no|"
    # "Hosp# …", "Medical file ref …"; India's hospital ids: the UHID and the in- and outpatient numbers
    r"uhid|empi|nhi|ihi|urn|philhealth(?: (?:no|number|id|pin))?|hosp num|hospital num|(?:ip|op|ipd|opd) (?:no|number)|hosp ?#|hospital #|medical file(?: ref(?:erence)?| no\.?| number| #)?|medical chart(?: no\.?| number| #)?|"
    r"病歷編號|病歷號碼|病案號|住院編號|門診卡號|醫療記錄號|患者編號|病人編號|病例號|就診號|檢查號|檔案號|體檢編號|"
    r"醫保號|醫保卡號|健康檔案號|病歷卡號"
)
# Letters then digits ("MR-2023-00123", "PT928932633") or digits in groups.
_MEDICAL_VALUE = re.compile(glued_label() + r"(?<!\+)(?:[A-Z]{1,4}[-_]?(?:[0-9]{2,14}|[0-9](?=[-_ ][0-9]))(?:[-_ ][0-9]{2,8}(?![0-9]|\s?[年月]|[./][0-9])){0,2}|8003 ?60[0-9]{2} ?[0-9]{4} ?[0-9]{4}|[0-9][0-9 -]{4,14}[0-9]"
                            r"|(?:19|20)[0-9]{2}/[0-9]{5,10})"
                            r"(?![A-Za-z0-9])", re.A)

# A bare patient or hospital word right before the number (see _patient_numbers).
_PATIENT_BEFORE = re.compile(r"(?:(?<![a-z])(?:patient|pt\.?|nhs|(?:hospital|clinic|medical|patient|health) records?)|病人|患者)"
                             r"(?:\s?(?:ref(?:erence)?|id|no\.?|number|#)(?![a-z]))?\s*[:：#-]?\s*$")
_PATIENT_GATE = ("patient", "pt", "nhs", "record", "chart", "unit", "rec#", "rec.", "rec no", "病人", "患者", "card", "insurance", "医保卡", "社保卡", "健保卡",
                 "claim", "policy", "health plan", "理赔", "保单")
# A bare "record" or "chart" right before the number, after words about care ("the clinic calling
# about record P0071328", "insurance card: MEMBER … ID MZ2022…").
_CARE_RECORD_BEFORE = re.compile(r"(?<![a-z])(?:(?:record|chart)(?:\s?(?:no\.?|number|#))?|unit\s?(?:no\.?|number|#)|"
                                 r"rec\.?\s?(?:no\.?|#))\s*[:：#]?\s*$")
_CARE_WORDS = re.compile(r"(?<![a-z])(?:clinic|hospital|doctor|surgery|gp|pharmacy|ward|nurse|ehr|emr|patient|cardiology|"
                         r"oncology|radiology|outpatients?|a&e|pt|rx|prescription|dental|dentist)(?![a-z])|"
                         r"诊所|医院|醫院")
# ... and a bare "ID" (or a member's ID, number) on a health-insurance card or claim form.
_CARD_ID_BEFORE = re.compile(r"(?<![a-z])(?:(?:member|subscriber|insured|beneficiary)(?:ship)?\s?(?:id|no\.?|number|#)|"
                             r"id(?:\s?(?:no\.?|number|#))?)\s*[:：#]?\s*$")
_CARD_WORDS = re.compile(r"(?<![a-z])(?:insurance card|health card|health insurance|medical card|insurance claim|claim form|"
                         r"medical claim|health plan|policy ?holder)(?![a-z])|医保卡|社保卡|健保卡|理赔|保单")
_CARD_REACH = 160  # a claim form's heading stands a few lines above the member's ID

_ACCOUNT_KEY = keywords(
    r"账号|账户|帳號|帳戶|帐号|帐户|开户行|(?:工商|农业|建设|交通|招商|中国|民生|浦发|兴业|光大|中信|邮储|邮政储蓄)银行|银行卡号?|銀行卡號?|[工农建交招中]行卡|储蓄卡号?|借记卡号?|收款卡|卡号|卡號|acct|account|acount|accout|a/c|"
    r"routing number|sort code|bank details|(?:savings|checking|current|bank|business|personal|joint) account|"
    # the other languages of the users: "Kontonummer", "Konto-Nr.", "numéro de compte", "cuenta",
    # "conto corrente", "rekeningnummer", "口座番号", "계좌번호"; a salary or savings card (工资卡)
    r"kontonummer|konto|kontonr|bankverbindung|numéro de compte|compte bancaire|compte|rib|número de cuenta|cuenta|"
    r"cuenta bancaria|numero di conto|conto corrente|conto|rekeningnummer|rekening|口座番号|口座|계좌번호|계좌|"
    r"工资卡|储蓄卡|借记卡|收款账号|汇款账号|匯款帳號|戶口號碼|戶口號|(?:匯豐|中銀|恒生|渣打|東亞|銀行|我)戶口|存入|存到|汇入|匯入|打入|"
    r"pay to|deposit went to|deposit goes to|deposit to|donations to the family|refund to|"
    r"(?:转账|汇款|打款|轉賬|匯款)[一二三四五六七八九十百千万萬两0-9.,元块塊]{1,8}(?:到|至|给|給)|direct deposit|deposit into|转账到|轉帳到|打款到|汇款到|匯款到|"
    r"conta|número da conta|numer konta|acc|acc no|bank card|bank_card|bankcard|acc_no|accno|account_no|还款卡|扣款卡|clabe|"
    # money sent to a number ("货款请打到…", "钱转入…", "款項匯至…")
    r"(?:款|钱|錢|房租|租金|工资|工資|学费|學費|押金|定金|订金|尾款)(?:项|項)?(?:请|請)?(?:打|汇|匯|转|轉|付|存|退)(?:到|至|入|回)|"
    # "my checking is …", "savings #…"
    r"my checking|my savings|checking #|savings #|checking no|savings no|"
    r"(?:银行|收款|开户|对公|储蓄|工资)(?:账号|账户|帐号|帐户)|"
    # a new card announced with its number ("我新换的卡6222…")
    r"[新换]的卡|新卡号?"
)
# Digits in groups (spaces, dashes, dots), optionally after a bank code of capitals (a BBAN).
_ACCOUNT_VALUE = re.compile(glued_label() + r"(?<!\+)(?:(?<![_.])|(?<=[Nn][Oo]\.))(?<![0-9A-Za-z_]-)(?:(?:[A-Z]{2,4}[ .-]?)?[0-9][0-9 .-]{6,28}[0-9]"
                            # slashes between groups, as bank slips print them ("01/6458/7377166/00"; not a date)
                            r"|[0-9]{2,6}/[0-9]{3,8}/[0-9]{2,8}(?:/[0-9]{2,8}){0,2})(?![0-9A-Za-z_/]|-[0-9A-Za-z_]|\.[0-9])",
                            re.A)
# A bank's name right before the number, nothing but "account", "#" or ":" between ("Chase
# 1234567890", "HSBC acct: …", "GTBank 0427719835", a payslip's "bank 0358…"); further away it names the bank, not the
# number ("HSBC reported …", "Bank of China posted 12345678 …").
_BANK_NAME_BEFORE = re.compile(r"(?<![a-z])(?:chase|wells fargo|bank of america|citibank|citi|hsbc|barclays|lloyds|natwest|"
                               r"santander|capital one|td bank|us bank|pnc|[a-z]*bank|capitec|fnb|absa|nedbank|zenith|gtb|uba|"
                               r"bdo|bpi|maybank|cimb|rhb|dbs|ocbc|uob|posb|monzo|revolut|starling)"
                               r"(?: (?:checking|savings|current|account|acct|acc|no\.?|is))*\s*[:#]?\s*$")
# … or after it: "send my pay to 3541921363 access bank", "the deposit went to 2594215320 (GTBank)".
_BANK_NAME_AFTER = re.compile(r"\s*\(?\s*(?:[a-z&.]+ ){0,2}?(?:[a-z]*bank|hsbc|barclays|lloyds|natwest|santander|chase|citi)"
                              r"(?![a-z])|\s*[（(][\u4e00-\u9fff]{2,8}(?:银行|銀行)[^）)\n]{0,8}[）)]")
_TEST_CARD = re.compile(r"(?:测试|測試|沙箱|示例|样例|test|sandbox|dummy|sample)[ -]?(?:银行|銀行)?(?:卡号?|卡號|账号|帳號|账户|帳戶|"
                        r"card|account)(?:[ -]?(?:number|no\.?|#))?$", re.I)
_NOT_BANK_CARD = re.compile(r"会员|積分|积分|礼品|gift|loyalty|member|购物|加油卡|公交|交通", re.I)

_GAP = 24  # how far after its keyword a value may start
_LONGEST = 40  # longer than any value: the search stops there


def _value_after(value: re.Pattern[str], text: str, end: int) -> re.Match[str] | None:
    """The first ``value`` starting within ``_GAP`` characters after ``end``, read whole."""
    stop = min(len(text), end + _GAP + _LONGEST)
    m = value.search(text, end, stop)
    if m is None or m.start() - end > _GAP or (m.end() == stop < len(text)):
        return None
    return m


def _passport_like(value: str) -> bool:
    digits = sum(c.isdigit() for c in value)
    return digits >= 8 if digits == len(value) else digits >= 5 and len(value) - digits <= 4


def _lettered_passport(value: str) -> bool:
    """Right after its keyword, eight or nine letters and digits mixed (German, Dutch and newer
    passports: "C01X00T47", "K5FHRC4Y2") are a passport number too."""
    return len(value) in (8, 9) and sum(c.isdigit() for c in value) >= 2 and not value.isdigit()


_REACH, _LIST_REACH = 80, 120  # how far after a passport keyword with no value of its own its values may stand
# The next item of a list of passports, after its holder: ", husband K2204815P", " and K9051387Q".
_NEXT_PASSPORT = re.compile(r"(?:[ \t]*[,;，、]|[ \t]+(?:and|&|和))[ \t]*(?:[A-Za-z]+[ \t:]+){0,2}?"
                            r"([A-Z]{1,2}[0-9]{6,8}[A-Z]?)(?![A-Za-z0-9])")


def find_passports(text: str) -> list[Hit]:
    hits: list[Hit] = []
    for start, end in keyword_ends(_PASSPORT_KEY, text, _PASSPORT_GATE):
        after = value_after_keyword(_PASSPORT_VALUE, text, end)
        line_end = text.find("\n", end)  # a table header's keyword: the cells are tables.py's
        found = [after] if after else [m for m in _PASSPORT_VALUE.finditer(
            text, end, min(len(text), end + _LIST_REACH, line_end if line_end >= 0 else len(text)))
            if m.start() - end <= _REACH or text[m.start()].isalpha()]  # (far off, a number with its letter)
        # Not the value of the line above, nor the one before a keyword that has its own after it
        # ("BSN是315074863 passaporto ZL657094").
        before = None if after else value_before_keyword(_PASSPORT_BEFORE, text, start)
        if before and _item_end(text, before.end(1)) >= start:
            found.append(before)
        hits += [("passport", m.start(1 if m.re is _PASSPORT_BEFORE else 0), m.end(1 if m.re is _PASSPORT_BEFORE else 0))
                 for m in found if _passport_like(m.group(1 if m.re is _PASSPORT_BEFORE else 0)) or (
                     m is after and _lettered_passport(m.group(0)))]
        at = after.end() if after and hits and hits[-1][2] == after.end() else -1
        while at >= 0 and (item := _NEXT_PASSPORT.match(text, at)) and _lettered_passport(item.group(1)):
            hits.append(("passport", item.start(1), item.end(1)))  # "me E7391046K, husband K2204815P and …"
            at = item.end(1)
    for g in groups_with(text, 7):  # Chinese passports: E + 8 digits, or E + letter + 7 digits
        cn = _CN_PASSPORT.match(text, max(0, g.start - 1)) or _CN_PASSPORT.match(text, max(0, g.start - 2))
        if cn and keyword_before(_MEDICAL_KEY, lowered(text), cn.start(), 12) < 0:  # "HN E76108852": a record
            hits.append(("passport", cn.start(), cn.end()))
    return hits


def _keyed_values(key: re.Pattern[str], value: re.Pattern[str], text: str, digits: int,
                  prefix: int) -> list[tuple[int, re.Match[str]]]:
    """(keyword end, value) for each group of at least ``digits`` digits whose value (which may
    start up to ``prefix`` characters before the digits) follows a ``key`` keyword, or is named
    by one right after it (keyword end -1)."""
    found: list[tuple[int, re.Match[str]]] = []
    for g in groups_with(text, digits):
        for m in value.finditer(text, max(0, g.start - prefix), min(len(text), g.end + 1)):
            if not m.start() <= g.start < m.end():
                continue
            glued = keyword_before(key, text, g.start, prefix + 1)  # "病人IDZY2024…": the keyword ends inside
            if glued > m.start():
                m = value.match(text, glued) or m
            end = keyword_before(key, text, m.start(), _GAP + 24)
            if end >= 0 and (_another_number(text, end, m.start()) or "|" in text[end:m.start()]):
                end = -1  # (a table header's keyword names the cells under it: tables.py)
            filler = FILLER.match(text, end, m.start()) if end >= 0 else None
            if end >= 0 and (m.start() - end <= _GAP or (filler is not None and filler.end() == m.start())):
                found.append((end, m))
            elif named_after(key, text[:_item_end(text, m.end())], m.end()) and not _has_own_value(key, text, m.end()):
                found.append((-1, m))
            break
    return found


# Where the next item of a list starts: a new line (not one pointing up: "\n^ this is my …"), a
# semicolon. ("SSN 236-21-9179 and acct 62366813": "and" is no modifier of the account keyword,
# scan.py, so the keyword names what follows it, not what comes before.)
_NEXT_ITEM = re.compile(r"\n(?![ \t]*[\^↑])|;")


def _item_end(text: str, start: int) -> int:
    m = _NEXT_ITEM.search(text, start, start + 40)
    return m.start() if m else len(text)


def _has_own_value(key: re.Pattern[str], text: str, end: int) -> bool:
    """Whether the keyword after a value (ending at ``end``) has a number of its own right after
    it ("telefono是132.7461.2110 银行卡号:9274…": the account keyword names the account)."""
    k = key.search(lowered(text), end, end + 32)
    return k is not None and _OWN_VALUE.match(text, k.end()) is not None


# A value right after a keyword: past a colon, "是" or "=", a few letters then two digits or more
# ("：MRN55877753", "是GB79 OLYF …").
_OWN_VALUE = re.compile(r"[\s:：是为=#-]{0,3}[A-Za-z]{0,4}[0-9]{2}")


def _another_number(text: str, end: int, start: int) -> bool:
    """Whether another value stands between a keyword (ending at ``end``) and ``start``: three
    digits or more in a row ("收款账号 07966880 phone 185…" names 07966880, not the phone)."""
    run = 0
    for char in text[end:start]:
        run = run + 1 if char.isdigit() else 0
        if run >= 3:
            return True
    return False


def _record_number(value: str) -> bool:
    return not _DATE.fullmatch(value) and sum(c.isdigit() for c in value) >= 5


# Between a record keyword and bare digits that read as a date: nothing but "is", ":", "#", "-".
_RIGHT_AFTER = re.compile(r"\s*(?:is|:|#|-|no\.?)?\s*")


def _keyed_record(text: str, end: int, m: re.Match[str]) -> bool:
    """A record number; eight bare digits right after the keyword are one even when they read as
    a date ("MRN is 19040117"), not when other words stand between ("patient record, born …")."""
    value = m.group(0)
    if _record_number(value):
        return True
    return value.isdigit() and end >= 0 and _RIGHT_AFTER.fullmatch(text, end, m.start()) is not None


def _patient_numbers(text: str) -> list[Hit]:
    """A record number that a bare patient or hospital word names right before it, with at most
    "ref", "id", "no." or a colon between ("Patient 00482913 was admitted", "Hospital record:
    H55012873", "病人ZY2024087613昨晚入院"): the broad keywords of :data:`_MEDICAL_KEY` may stand
    further away, these may not."""
    low = lowered(text)
    if not occurring(low, _PATIENT_GATE):
        return []
    hits: list[Hit] = []
    for g in groups_with(text, 5):
        for m in _MEDICAL_VALUE.finditer(text, max(0, g.start - 5), min(len(text), g.end + 1)):
            if m.start() <= g.start < m.end() and _record_number(m.group(0)) and (
                    _PATIENT_BEFORE.search(low, max(0, m.start() - 32), m.start()) or _about_care(text, low, m.start(), m.end())):
                hits.append(("medical_record", m.start(), m.end()))
            break
    return hits


def _about_care(text: str, low: str, start: int, end: int) -> bool:
    """A bare record word right before ``start`` (``end``: where the number ends), with words about
    care before it or just after the number ("Unit number 6449733, Cardiology clinic"); a card's
    lines may stand between the card's words and its ID ("insurance card:\\nMEMBER …\\nID …")."""
    if named_as_reference(text, start):
        return False
    if _CARE_RECORD_BEFORE.search(low, max(0, start - 16), start) and (
            _CARE_WORDS.search(low, max(0, start - 80), start) or _CARE_WORDS.search(low, end, end + 40)):
        return True
    return bool(_CARD_ID_BEFORE.search(low, max(0, start - 24), start)
                and _CARD_WORDS.search(low, max(0, start - _CARD_REACH), start))


# New Zealand's NHI number: three letters (no I or O) and four digits, or two digits and two letters.
_NHI = re.compile(r"(?<![A-Za-z])NHI(?: (?:no\.?|number|#))?\s*[:：#]?\s*([A-HJ-NP-Z]{3}(?:[0-9]{4}|[0-9]{2}[A-HJ-NP-Z]{2}))"
                  r"(?![A-Za-z0-9])", re.I)


# Scotland's CHI number: ten digits (the first six a birth date), grouped or not, after "CHI".
_CHI = re.compile(r"(?<![A-Za-z])CHI(?: (?:[Nn]o\.?|[Nn]umber|#))?:? ?([0-9]{6} ?[0-9]{4}|[0-9]{3} [0-9]{3} [0-9]{4})(?![0-9])")


# An Australian hospital's unit record number, in capitals: "UR 00928374", "URN 4471920".
_UR = re.compile(r"(?<![A-Za-z0-9])URN?[ \t]*[:#]?[ \t]*([0-9]{6,10})(?![0-9])")


def find_medical_records(text: str) -> list[Hit]:
    nhi = [("medical_record", m.start(1), m.end(1)) for m in _NHI.finditer(text)] if "nhi" in lowered(text) else []
    nhi += [("medical_record", m.start(1), m.end(1)) for m in _UR.finditer(text)] if "UR" in text else []
    nhi += [("medical_record", m.start(1), m.end(1)) for m in _CHI.finditer(text)] if "CHI" in text else []
    return [("medical_record", _glued_mrn(text, m.start()), m.end())
            for end, m in _keyed_values(_MEDICAL_KEY, _MEDICAL_VALUE, text, 5, 5)
            if _keyed_record(text, end, m)] + _patient_numbers(text) + nhi


def _glued_mrn(text: str, start: int) -> int:
    """Where a record number starts when "MRN" is glued to it ("MRN266816431"): the letters are
    masked with the digits, as one value."""
    if start >= 3 and text[start - 3:start].upper() == "MRN" and (start == 3 or not ascii_alnum(text[start - 4])):
        return start - 3
    return start


# A bank's number to call is no account ("the opening hours of Barclays 0345 734 5345, can I call it").
_CALL_WORDS = re.compile(r"(?<![a-z])(?:call|phone|hotline|helpline|tel|opening hours|customer service)(?![a-z])|客服|热线|电话", re.I)
# An account named as made up, in its sentence: "Our sandbox uses account numbers like 000111222".
_NOT_REAL = re.compile(r"(?<![a-z])(?:sandbox|fake|dummy|placeholder|test accounts?)(?![a-z])|沙箱|测试账号|虚拟账号", re.I)
# A SWIFT MT103's beneficiary line: ":59:/915466775596227".
_SWIFT_BENEFICIARY = re.compile(r"^:59[AF]?:/([0-9A-Z]{6,34})[ \t]*$", re.M)


def _sentence(text: str, start: int, end: int) -> str:
    return text[sentence_start(text, start, 80):sentence_end(text, end, 80)]


def _after_bank_names(text: str) -> list[Hit]:
    hits: list[Hit] = [("bank_account", m.start(1), m.end(1)) for m in _SWIFT_BENEFICIARY.finditer(text)] if ":59" in text else []
    low = lowered(text)
    for g in groups_with(text, 8):
        if g.digits <= 25 and (_BANK_NAME_BEFORE.search(low, max(0, g.start - 30), g.start) or _BANK_NAME_AFTER.match(low, g.end)):
            m = _ACCOUNT_VALUE.match(text, g.start)
            if m and not _DATE.fullmatch(m.group(0)) and not _CALL_WORDS.search(_sentence(text, m.start(), m.end())):
                hits.append(("bank_account", m.start(), m.end()))
    return hits


_REFERENCE_PREFIX = re.compile(r"(?:SKU|REF|INV|ORD|PO|TKT|TXN|TRX|SN|LOT)[ .-]?[0-9]", re.I)
_COUNT_AFTER = re.compile(r"\s?(?:followers|users|views|likes|subscribers|people|members|customers|visits|requests|"
                          r"downloads|dollars|euros|pounds|usd|eur|gbp|rmb|cny|元|人|次|个|粉丝)", re.I)
_PHONE_BETWEEN = re.compile(r"手机|手機|电话|電話|座机|座機|固话|固話|传真|傳真|(?<![A-Za-z])(?:phone|mobile|cell|tel|landline|fax)(?![A-Za-z])",
                            re.I)


def find_bank_accounts(text: str) -> list[Hit]:
    hits: list[Hit] = _after_bank_names(text)
    for end, m in _keyed_values(_ACCOUNT_KEY, _ACCOUNT_VALUE, text, 8, 5):
        if _NOT_REAL.search(_sentence(text, m.start(), m.end())):
            continue  # a sandbox's or a made-up account
        if end >= 0 and _PHONE_BETWEEN.search(text, end, m.start()):
            continue  # "會員帳號綁的手機是0912-345-678": the nearer phone word names the number
        named = text[max(0, end - 16):end] if end >= 0 else text[m.end():m.end() + 16]
        digits = "".join(c for c in m.group(0) if c.isdigit())
        if CN_MOBILE_DIGITS.fullmatch(digits) or _COUNT_AFTER.match(text, m.end()):
            continue  # "测试账号157-4829-2332" is a login's phone; "account gained 12 500 000 followers" a count
        if _TEST_CARD.search(named) and end >= 0:
            continue  # "支付沙箱里测试卡号4067…": a sandbox's test number, no one's account
        if not _NOT_BANK_CARD.search(named) and not _REFERENCE_PREFIX.match(m.group(0)) and 8 <= len(digits) <= 25 and not _DATE.match(
                m.group(0)):
            hits.append(("bank_account", m.start(), m.end()))
    return hits


KEYED_DETECTORS = (find_dates_of_birth, find_passports, find_medical_records, find_bank_accounts)
