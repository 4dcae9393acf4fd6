"""Identity numbers of any country after a keyword that names one: "my SSN is 030407144787",
"Tax ID 182111307166345", "PERSONAL NO. X7932506J" (an ID card's field, "PERS0NAL N0." as a
scanner reads it), "外国身份证号34586511902", "update my social security on the form to 296035233".

national_ids.py and world_ids.py confirm each country's own form by its check; this reader is their
fallback for the forms they do not know. The keyword must name an identity number, not a number in
general, and the value follows it within :data:`_REACH` characters in the same sentence, with no
other number between. A value is digits in groups (7 to 20 digits), or letters around 7 or 8
digits as Spanish, Irish and Nordic numbers write them; not a date, a phone with its +, a price or
a number named as a reference.
"""

from __future__ import annotations

import re

from duet.router.privacy.checks import called_made_up
from duet.router.privacy.gate_words import occurring
from duet.router.privacy.scan import Hit, keywords, lowered, named_as_reference

_KEY = keywords(r"ssn|social security(?: number| no\.?)?|social insurance(?: number| no\.?)?|national id(?:entity)?(?: number| no\.?| card)?|"
                r"national_id|national identity number|tax id|tax_id|taxpayer id|tin|personal (?:no|number|id|code)\.?|"
                r"pers0nal n0\.?|pers0nal no\.?|personal n0\.?|id number|identity number|identity card number|citizen id|"
                r"personnummer|personal identity code|henkilötunnus|nin|nie|dni|nif|pesel|cpf|bsn|"
                r"identity no\.?|national no\.?|national number|citizen number|citizen no\.?|citizenship number|nic|nic no\.?|"
                r"personal identification number|cédula|cedula|aadhaar|aadhar|kimlik|tc kimlik no\.?|curp|nric|"
                r"numéro de sécurité sociale|sécurité sociale|sozialversicherungsnummer|codice fiscale|주민등록번호|"
                # other countries' names for their identity numbers
                r"rg|personalausweisnummer|ausweisnummer|numer dowodu|dowód osobisty|número de identificación|"
                r"numero de documento|número de documento|carte d'identité|numéro d'identité|id card number|id card no\.?|"
                r"identity card(?: number| no\.?)?|mykad|ic no\.?|ktp|nik|cnic|sin|nino|ni number|tfn|ird number|ppsn|oib|egn|"
                r"cnp|jmbg|emso|ahv|avs|fødselsnummer|cpr|hetu|kennitala|isikukood|asmens kodas|personas kods|rodné číslo|"
                r"szig szám|taj|amka|steuer-?id|burgerservicenummer|rijksregisternummer|insee|nir|"
                r"national insurance(?: number| no\.?)?|"
                r"外国身份证号|外國身份證號|海外身份证号|海外身份證號|境外身份证号|境外身份證號|社保号")
_GATE = ("ssn", "social", "national", "tax", "tin", "personal", "pers0nal", "id number", "identity", "citizen", "personnummer",
         "henkilö", "nin", "nie", "dni", "nif", "pesel", "cpf", "bsn", "外国身份", "外國身份", "海外身份", "境外身份", "社保", "nic", "cédula", "cedula",
         "aadhaar", "aadhar", "kimlik", "curp", "nric", "sécurité", "sozialversicherung", "codice", "주민등록", "rg", "ausweis",
         "dowod", "dowód", "identificación", "documento", "identité", "id card", "mykad", "ic no", "ktp", "nik", "cnic", "sin",
         "nino", "ni number", "tfn", "ird", "ppsn", "oib", "egn", "cnp", "jmbg", "emso", "ahv", "avs", "fødsels", "cpr", "hetu",
         "kennitala", "isikukood", "asmens", "personas", "rodné", "szig", "taj", "amka", "steuer", "burgerservice",
         "rijksregister", "insee", "nir")
_REACH = 48
_VALUE = re.compile(r"(?<![0-9A-Za-z+$€£¥.])(?:[A-Z]{1,2}[- ]?[0-9]{7,8}(?:[- ]?[A-Z]{1,2})?|[0-9]{7,8}[A-Z]{1,2}|"
                    r"[0-9]{1,6}(?:[ .\-/]?[0-9]{1,6}){1,6})(?![0-9A-Za-z]|[.,][0-9])")
_PHONE_WORD = re.compile(r"phone|mobile|cell|call|tel|whatsapp|手机|電話|电话|手機|打我", re.I)
_DATE_LIKE = re.compile(r"(?:19|20)[0-9]{2}[./-][0-9]{1,2}[./-][0-9]{1,2}|[0-9]{1,2}[./-][0-9]{1,2}[./-](?:19|20)?[0-9]{2}")
_STOP = re.compile(r"[.!?。！？\n,;，；]")


def _value(text: str, end: int) -> re.Match[str] | None:
    """The first value after the keyword ending at ``end``, if it is the first number there."""
    window_end = min(len(text), end + _REACH)
    stop = _STOP.search(text, end, window_end)
    first_digit = next((i for i in range(end, stop.start() if stop else window_end) if text[i].isdigit()), -1)
    if first_digit < 0:
        return None
    for m in _VALUE.finditer(text, max(end, first_digit - 3), min(len(text), first_digit + 30)):
        return m if m.start() <= first_digit else None
    return None


def _latin_letter(char: str) -> bool:
    return char.isalpha() and char <= "\u024f"


def _keyword_ends(text: str) -> list[int]:
    """Where a keyword ends: tried only where one of its first words starts a word (str.find; a
    regex scan of 4,000 characters costs some 90 µs, and "tin", "nin" and "nie" are inside many
    English words)."""
    low = lowered(text)
    ends: set[int] = set()
    for word in occurring(low, _GATE):
        at = low.find(word)
        while at >= 0:
            if at == 0 or not _latin_letter(low[at - 1]) or not word.isascii():  # ("ketilbjörg": no "rg")
                m = _KEY.match(low, at)
                glued = m is not None and m.end() < len(low) and _latin_letter(low[m.end()])
                if m is not None and (not glued or not low[m.end() - 1].isascii()) and \
                        not _PHONE_WORD.search(low, max(0, at - 24), at):  # (外国身份证号X780…: may touch)
                    ends.add(m.end())  # (not "Mobile linked to Aadhaar: 098275 37276": a phone)
            at = low.find(word, at + 1)
    return sorted(ends)


def find_keyed_ids(text: str) -> list[Hit]:
    if not any(c.isdigit() for c in text):
        return []
    hits: list[Hit] = []
    for end in _keyword_ends(text):
        m = _value(text, end)
        if m is None:
            continue
        if _PHONE_WORD.search(text, end, m.start()):
            continue  # "…税号你再确认一下 有问题打我手机…": the number after is the phone's
        value = m.group(0)
        digits = sum(c.isdigit() for c in value)
        if not 7 <= digits <= 20 or digits == 18 or _DATE_LIKE.fullmatch(value) or \
                named_as_reference(text, m.start(), m.end()) or called_made_up(text, m.start(), m.end()):
            continue  # (eighteen digits: a resident ID's shape, which patterns.py checks)
        hits.append(("national_id", m.start(), m.end()))
    return hits
