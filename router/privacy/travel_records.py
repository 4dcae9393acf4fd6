"""Travel-document lines of airline records and names before a birth.

- An APIS line (IATA ``SSR DOCS``): "SSR DOCS EK HK1 P/NGA/B68688439/NGA/08DEC64/M/14FEB31/ASANTE/EFUA"
  holds, between slashes, the document's type and country, its number, the holder's nationality,
  birth date, sex, the document's expiry, and the surname and given names.
- A name right before its birth: "Funeral notice - Ngozi Okafor, born August ninth…", "This is to
  certify that Nguyễn Đức Trang, born 26NOV55", "NAIDU, Sandeep  (b. 9/10/92)": a full name (or
  "SURNAME, Given") that ends where ", born", ", née", ", geboren", "(b." or "(DOB" begins; and a
  name in capitals a dot apart from a birth date, as a scanned licence reads: "PELAYO HARO · 1958 Nov 27".
"""

from __future__ import annotations

import re

from duet.router.privacy.birth_dates import _DATE
from duet.router.privacy.gate_words import occurring
from duet.router.privacy.patterns import Hit
from duet.router.privacy.public_dates import about_fame
from duet.router.privacy.slot_values import PARTICLES, known_name, latin_name_end

_DOCS = re.compile(r"DOCS[ /]+(?:[A-Z0-9]{2}[ /]+HK1[ /]+)?[PIA]/[A-Z]{3}/([A-Z0-9\u200b]{5,12})/[A-Z]{3}/"
                   r"([0-3][0-9](?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[0-9]{2})/[MFX]I?/"
                   r"(?:[0-3][0-9](?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[0-9]{2})?/([A-Z' -]+/[A-Z' -]+)")
_BORN_AFTER = re.compile(r",?[ \t]+(?:born|née|nee|né|geboren|nacid[oa]|nat[oa])[ \t]|[ \t]+\(b\.[ \t]|"
                         r"[ \t]+\(?(?:DOB|D\.O\.B\.?)[ \t:]|,[ \t]+(?:date of birth|DOB|dob)[ \t:]|"  # "Ana Ruiz (DOB 07/09/2018)"
                         r",[ \t]+(?:patient (?:no\.?|number|id)|MRN|NHS (?:no\.?|number))[ \t:]")  # "Ana Ruiz, patient no. H55…"
_RUN = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]*(?:[-'’][^\W\d_]+)*\.?")
_SURNAME_FIRST = re.compile(r"([A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_'’-]+(?:[-'’][^\W\d_]+)?), ([A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]+(?: [A-ZÀ-Þ][^\W\d_]+)?)$")
_REACH = 60
_NOT_FIRST = frozenset("person persona personne patient tenant client customer applicant member guest insured versicherte "
                       "the this that".split())
_BIRTH_GATE = ("born", "né", "nee", "geboren", "(b.", "nacid", "nato", "nata", "DOB", "D.O.B", "date of birth", "dob",
               ", patient", ", MRN", ", NHS")


def _docs(text: str) -> list[Hit]:
    hits: list[Hit] = []
    for m in _DOCS.finditer(text):
        hits += [("passport", m.start(1), m.end(1)), ("date_of_birth", m.start(2), m.end(2)),
                 ("person_name", m.start(3), m.end(3))]
    return hits


def _name_before(text: str, end: int) -> int:
    """Start of a full name that ends at ``end``, or -1: the leftmost start within reach whose
    name runs exactly to ``end``, preferring one that opens with a known name."""
    window = text[max(0, end - _REACH):end]
    surname_first = _SURNAME_FIRST.search(window)
    if surname_first is not None:
        return end - len(window) + surname_first.start()
    starts = [end - len(window) + m.start() for m in _RUN.finditer(window)]
    fitting = [s for s in starts if latin_name_end(text, s, end, capital=True) == end]
    known = [s for s in fitting if known_name(text[s:end], given=True)]
    # (else the longest of at most three words besides particles: "Versicherte Person Sanne te Wal")
    short = [s for s in fitting if sum(w not in PARTICLES for w in text[s:end].split()) <= 3 and
             text[s:end].split()[0].lower() not in _NOT_FIRST]
    return (known or short or [-1])[0] if len(fitting) < 5 else -1


# A birth before 1900 right after "born": history, no one living ("born 22 December 1887", "born 1890").
_LONG_AGO = re.compile(r"(?:(?:on|in)[ \t]+)?[^\n.;]{0,16}?(?<![0-9])1[0-8][0-9]{2}(?![0-9])")


def _born(text: str) -> list[Hit]:
    hits: list[Hit] = []
    for m in _BORN_AFTER.finditer(text):
        end = m.start()
        if about_fame(text, end) or _LONG_AGO.match(text, m.end()):
            continue  # "Write a short bio of Chinua Achebe, born 16 November 1930"; "Ho Chi Minh, born 19 May 1890"
        start = _name_before(text, end)
        if start >= 0:
            hits.append(("person_name", start, end))
    return hits


_CAPS_THEN_DATE = re.compile(r"(?<![\w])([A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž'’-]+(?: [A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž'’-]+){1,3})"
                             r"[ \t]+[·•][ \t]+(" + _DATE.pattern + ")", re.A | re.I)
_YEAR = re.compile(r"(?:19|20)[0-9]{2}")


def _dotted(text: str) -> list[Hit]:
    hits: list[Hit] = []
    for m in _CAPS_THEN_DATE.finditer(text):
        year = _YEAR.search(m.group(2))
        if m.group(1).isupper() and year is not None and 1900 <= int(year.group()) <= 2012:
            hits += [("person_name", m.start(1), m.end(1)), ("date_of_birth", m.start(2), m.end(2))]
    return hits


def find_travel_records(text: str) -> list[Hit]:
    hits = _docs(text) if "DOCS" in text else []
    if "·" in text or "•" in text:
        hits += _dotted(text)
    if occurring(text, _BIRTH_GATE):
        hits += _born(text)
    return hits
