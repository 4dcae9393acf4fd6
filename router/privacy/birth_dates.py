"""Dates of birth: a date next to a birth word ("born 06 FEB 1978", "DOB: 3/4/85", "出生日期：民國80年2月4日",
"生年月日 S24.6.3"), before one ("85年3月12日出生", "1986年4月11日生"), or after one in another language
("Nato/a il", "nascido(a) em", "Geburtsdatum"). Full dates (a four-digit year) may stand a little
further from the word; short forms (a two-digit year, a year and a month, an era year) only right
next to it."""

from __future__ import annotations

import re

from duet.router.privacy.scan import Hit, before_pattern, keyword_ends, keywords, named_after, skeleton, value_after_keyword

_MONTHS = (r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*|(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*"
           r"|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)(?=[/-])"  # "9/feb/1948"
           r"|(?:january|february|march|april|may|june|july|august|september|october|november|december)(?![a-z]))\.?")
_CN_YEAR = "[一二][〇零○一二三四五六七八九]{3}年"
# Months of the users' other languages ("27 avril 1961", "22/dic/1987", "10. November 1956").
_MONTHS_OTHER = (r"(?i:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|"
                 r"decembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|"
                 r"diciembre|ene|dic|januar|februar|märz|maerz|juni|juli|oktober|dezember|gennaio|febbraio|aprile|maggio|"
                 r"giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|"
                 r"dezembro)")
_CAPS_MONTH = "(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"
_ROMAN_MONTH = "(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)"
_DATE = re.compile(
    r"(?<![0-9])(?:(?:19|20)[0-9]{2}\s?[-/.年]\s?[0-9]{1,2}\s?[-/.月]\s?[0-9]{1,2}(?:\s?[日号])?"
    r"|[0-9]{1,2}[/.\-][0-9]{1,2}[/.\-](?:19|20)[0-9]{2}"
    r"|[0-9]{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+" + _MONTHS + r",?\s+(?:19|20)[0-9]{2}"
    r"|[0-9]{1,2}[-/ ]" + _MONTHS + r"[-/ ](?:19|20)[0-9]{2}"
    r"|" + _MONTHS + r"\s+[0-9]{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)[0-9]{2}|" + _MONTHS + r"-[0-9]{1,2}-(?:19|20)[0-9]{2}"
    r"|(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])"
    r"|(?:19|20)[0-9]{2}[ -]" + _MONTHS + r"[ -][0-9]{1,2}(?![0-9:])"  # year first, as forms print it: "1941 Jan 18"
    # other languages' months, a travel document's "11MAY1941", a Roman month ("21 VI 1950", "24.I.2004")
    r"|[0-9]{1,2}\.?(?:\s+de)?\s+" + _MONTHS_OTHER + r"(?:\s+de)?\s+(?:19|20)[0-9]{2}"
    r"|[0-9]{1,2}[/-]" + _MONTHS_OTHER + r"[/-](?:19|20)[0-9]{2}|[0-9]{1,2}\.\s" + _MONTHS + r"\s+(?:19|20)[0-9]{2}"
    r"|[0-3][0-9]" + _CAPS_MONTH + r"(?:19|20)[0-9]{2}|[0-9]{1,2}[ .]" + _ROMAN_MONTH + r"[ .](?:19|20)[0-9]{2}"
    # a year in Chinese numerals, as legal papers write it: "一九八二年11月19日", "一九八二年十一月十九日"
    r"|" + _CN_YEAR + r"\s?(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})\s?月\s?(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s?[日号]"
    r"|(?:19|20)[0-9]{2}년\s?[0-9]{1,2}월\s?[0-9]{1,2}일)"  # Korean: "1979년 8월 8일"
    r"(?![0-9])",
    re.A,
)
_BIRTH_BEFORE = re.compile(r"born|birth|\bdob\b|d\.o\.b|\bd {1,2}o {1,2}b\b|birthday|b-day|bday|geboren|geburtsdatum|\bgeb\.|naissance|"
                           r"\bn[ée]e? le|nacimiento|nascita|geboortedatum|nascimento|urodzenia|出生|生日|生于|诞生|誕生|生辰|"
                           r"\bnat[oa](?:/[ao])? il\b|\bnat[oa]/[ao]\b|\bnascid[oa](?:\(a\))?\b|"
                           r"生年月日|생년월일|ngày sinh|doğum tarihi|\(b\.", re.I)
_BIRTH_GATE = keywords(r"born|birthday|birthdate|birth|b'day|出生年月日?|出生日期|dob|d\.o\.b|d {1,2}o {1,2}b|b-?day|geboren|geburtsdatum|geb\.|naissance|nacimiento|nascita|"
                       r"geboortedatum|data de nascimento|data urodzenia|生年月日|생년월일|ngày sinh|doğum tarihi|\(b\.|née? le|"
                       r"nato il|nata il|nato/a(?: il)?|nata/o(?: il)?|nascid[oa](?:\(a\))?(?: em)?|"
                       r"出生|生日|生于|诞生|誕生|生辰")
# "d  o b": a scanner's doubled spaces
_BIRTH_WORDS = ("born", "birth", "b'day", "dob", "d.o.b", "d o b", "d  o b", "d o  b", "b-day", "bday", "geb", "naissance", "nacimiento", "nascita", "出生",
                "geboortedatum", "nascimento", "urodzenia", "生年月日", "생년월일", "nato", "nata", "nascid", "ngày sinh",
                "doğum", "(b.", "née le", "né le",
                "生日", "生于", "诞生", "誕生", "生辰")
_YEAR = re.compile(rb"0000")  # on the skeleton: every date form here has a four-digit year (or one in Chinese numerals)
_CN_YEAR_SEARCH = re.compile(_CN_YEAR)
_BIRTH_KEY_AFTER = keywords(r"出生|生人|诞生|誕生|生日|生辰|出生日期|出生年月日?|date of birth|birth ?date|birthday|dob|d\.o\.b\.?|"
                            r"b-?day|b'day|birthdate|day of birth|geburtsdatum|date de naissance|fecha de nacimiento|"
                            r"data di nascita|geboortedatum|data de nascimento|data urodzenia|生年月日|생년월일|"
                            r"生(?![a-z])")

# Short forms, taken only right next to a birth keyword ("DOB: 3/4/85", "85年3月12日出生",
# "出生年月：1988-06", "生于1985年3月"): a two-digit year, or a year and a month.
_SHORT_DATE = re.compile(
    # (and Taiwan's years of the Republic: "民國80年2月4日", "076/04/02")
    r"(?<![0-9])(?:[0-9]{1,2}[/.\-][0-9]{1,2}[/.\-][0-9]{2}|(?:民[國国]\s?)?(?:19|20|1)?[0-9]{2}\s?年\s?[0-9]{1,2}\s?月(?:\s?[0-9]{1,2}\s?[日号])?"
    r"|[01][0-9]{2}/[0-9]{2}/[0-9]{2}"
    # "06NOV51"; Japan's eras ("S24.6.3", "H04.10.28", "昭和28年8月1日"); a year alone ("49年生", "出生年月：1941年")
    r"|[0-3][0-9]" + _CAPS_MONTH + r"[0-9]{2}|(?<![A-Za-z])[MTSHR][0-9]{1,2}(?:\.[0-9]{1,2}\.|/[0-9]{1,2}/)[0-9]{1,2}"
    r"|(?:明治|大正|昭和|平成|令和)(?:[0-9]{1,2}|元|[一二三四五六七八九十]{1,3})年(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})月"
    r"(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})日|(?:19|20)?[0-9]{2}\s?年(?=生|出生)|(?:19|20)[0-9]{2}年(?![0-9一二三四五六七八九十\s])"
    r"|(?:19|20)[0-9]{2}[-/.](?:0?[1-9]|1[0-2])"
    # a two-digit year after a month's name ("31 march 92", "August 19th '71"); a year in Chinese
    # numerals, of the Republic or of the lunar calendar ("民國六十九年六月二十七日", "农历1960年冬月三十")
    r"|[0-9]{1,2}(?:st|nd|rd|th)?\s+" + _MONTHS + r"\s+'?[0-9]{2}|" + _MONTHS + r"\s+[0-9]{1,2}(?:st|nd|rd|th)?,?\s+'[0-9]{2}"
    r"|(?:农历|農曆|阴历|陰曆)?(?:民[國国]\s?)?(?:[0-9]{2,4}|[〇零一二三四五六七八九十]{2,4})年(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2}|正|冬|腊|臘)月"
    r"(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3}|初[一二三四五六七八九十]|廿[一二三四五六七八九]?)[日号號]?)"
    r"(?![0-9]|[/.\-][0-9])", re.A)
_SHORT_DATE_BEFORE = before_pattern(_SHORT_DATE)
# A date said in words, as a dictated or ceremonious text writes it: "August ninth nineteen seventy",
# "October twenty-seventh, nineteen fifty-five", "October seventh, two thousand and two".
_UNIT = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEEN = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_ORDINAL = (r"(?:(?:twenty|thirty)[- ])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|"
            r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth")
_SPOKEN_DATE = re.compile(
    r"(?i:january|february|march|april|may|june|july|august|september|october|november|december) (?:the )?(?:" + _ORDINAL +
    r"),? (?:nineteen (?:hundred (?:and )?)?(?:" + _TENS + r"(?:[- ]" + _UNIT + r")?|" + _TEEN + r"|oh[- ]" + _UNIT + r")|"
    r"two thousand(?: and)?(?: (?:" + _TENS + r"(?:[- ]" + _UNIT + r")?|" + _TEEN + r"|" + _UNIT + r"))?|"
    r"(?:19|20)[0-9]{2}(?![0-9]))", re.I)  # (or its year in digits: "january thirty first 1994")
_DATE_THEN_BORN = re.compile("(" + _DATE.pattern + "|" + _SHORT_DATE.pattern + r") ?$", re.A)
_YEAR_THEN_BORN = re.compile(r"(?<![0-9])((?:19|20)?[0-9]{2}\s?年)$")  # "49年生的": the year alone
_DATE_END = frozenset("0123456789日号號年 一二三四五六七八九十")  # (a lunar day: "1958年腊月初八生的")


def _dates_before_sheng(text: str) -> list[Hit]:
    """A date right before a lone 生 ("他1986年4月11日生", "1990-03-05生人"), the short written form
    of 出生; not 生效, 生产 or any other word that starts with 生."""
    hits: list[Hit] = []
    at = text.find("生", 6)
    while at >= 0:
        after = text[at + 1:at + 2]
        if text[at - 1] in _DATE_END and (not after or not _is_cjk(after) or after in "人的，。"):
            m = _DATE_THEN_BORN.search(text, max(0, at - 24), at) or _YEAR_THEN_BORN.search(text, max(0, at - 8), at)
            if m:
                hits.append(("date_of_birth", m.start(1), m.end(1)))
        at = text.find("生", at + 1)
    return hits


def _is_cjk(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff"


_SPOKEN_DAYS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
                "twelfth", "teenth", "twentieth", "thirtieth")


# What a format or an example looks like, right before a date ("格式1990-05-06", "format: 1990-05-06").
FORMAT_BEFORE = re.compile(r"(?:格式|format|e\.g\.|例如)[ \t]*(?:(?:is|是|为|為|like|如)[ \t]*)?[:：]?[ \t]*$", re.I)


def find_dates_of_birth(text: str) -> list[Hit]:
    hits: list[Hit] = _dates_before_sheng(text) if "生" in text else []
    full_year = _YEAR.search(skeleton(text)) is not None or ("年" in text and _CN_YEAR_SEARCH.search(text) is not None)
    keys = keyword_ends(_BIRTH_GATE, text, _BIRTH_WORDS)
    if not keys:
        return hits
    if full_year:
        lo, hi = max(0, keys[0][0] - 60), min(len(text), keys[-1][1] + 40)
        for m in _DATE.finditer(text, lo, hi):
            if FORMAT_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                continue  # "提取出生年月日，格式1990-05-06": what the format looks like, no one's birthday
            if _BIRTH_BEFORE.search(text, max(0, m.start() - 36), m.start()) or named_after(_BIRTH_KEY_AFTER, text, m.end()):
                hits.append(("date_of_birth", m.start(), m.end()))
    spoken = "nineteen" in text or "thousand" in text or any(word in text for word in _SPOKEN_DAYS)
    for start, end in keys:  # short forms only right next to their keyword
        said = value_after_keyword(_SPOKEN_DATE, text, end) if spoken else None
        hits += [("date_of_birth", said.start(), said.end())] if said else []
        after = value_after_keyword(_SHORT_DATE, text, end)
        before = _SHORT_DATE_BEFORE.search(text, max(0, start - 24), start)  # may touch it: "85年3月12日出生"
        hits += [("date_of_birth", after.start(), after.end())] if after else []
        hits += [("date_of_birth", before.start(1), before.end(1))] if before else []
    return hits
