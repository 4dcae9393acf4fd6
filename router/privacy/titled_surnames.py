"""One name word that a title or a relative points at.

- A surname alone after a title: "Mr Haddad the boiler has been broken", "call Dr. Mehta's
  office", "the landlord (a Mr Pemberton)". A title names a person, so the one word after it is a
  name when it is capitalised and is no word of a sentence, no place or brand word and no famous
  character's ("Dr. Seuss", "Mr. Bean", "Doctor Who", "Dr Pepper").
- A given name alone after a relative or a role of the writer's: "my daughter Matilda", "my
  oldest friend Aditi", "our nanny Rosa" — any capitalised word that is no word of a sentence,
  place, thing or company ("my friend Google", "my boss Monday").
- One capitalised word after the writer names themself: "My name's Dhruv by the way".
- One word after a label for a part of a name, in any case: "Surname: ADEYEMI-CLARKE",
  "first name: chidi", "Vorname: Jörg" — unless it is a word of a form's schema ("string",
  "required").

A title or a relative before two capitalised words is left to the full-name readers
(router.privacy.names)."""

from __future__ import annotations

import re

from duet.router.privacy.lexicon import lexicon
from duet.router.privacy.company_names import COMPANY_WORDS
from duet.router.privacy.name_lists import (EN_RELATIONS, NOT_NAME_WORDS, PLACE_TYPE_WORDS, PUBLIC_FIGURES, THING_WORDS,
                                            WEAK_NAME_WORDS)
from duet.router.privacy.normalize import unaccented
from duet.router.privacy.patterns import Hit
from duet.router.privacy.slot_values import STOP_WORDS

_TITLED = re.compile(r"(?<![A-Za-z])(Mr|Mrs|Ms|Mx|Dr|Prof|Mister|Missus|Doctor|Professor)\.? "
                     r"([A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)(?![A-Za-z])(?! [A-Z][a-z])")
_GATE = ("Mr", "Ms", "Mx", "Dr", "Prof", "Mister", "Missus", "Doctor", "Professor")
# Characters, brands and titles of works that a title opens ("Dr. Strange", "Mrs. Doubtfire").
_FAMOUS = frozenset("""
seuss bean who pepper strange robot doubtfire martens oz evil frankenstein jekyll hyde freeze spock dre
phil oetker fox watson incredible miyagi potato clean muscle men burns marvel right nobody universe
""".split())


# Roles that a company fills as often as a person ("our client Acme", "my doctor's office"): only
# full names after these (router.privacy.names).
_BUSINESS_ROLES = frozenset("client contact employee patient student doctor lawyer accountant manager boss assistant "
                            "coach teacher mentor dentist therapist plumber".split())
_TIME_WORDS = frozenset("today tomorrow tonight yesterday morning evening afternoon weekend".split())
_RELATED = re.compile(r"(?<![A-Za-z])(?i:my|our)(?: (?:old|oldest|best|dear|little|big|younger|older|new|former|late))? "
                      r"(?i:" + "|".join(sorted(EN_RELATIONS - _BUSINESS_ROLES, key=len, reverse=True)) +
                      r"),? ([A-Z][a-z'’]{2,})(?![A-Za-z])(?! [A-Z][a-z])")


_SELF_NAMED = re.compile(r"(?<![A-Za-z])(?i:my name is|my name's|my name’s|i'm called|i am called) "
                         r"([A-Z][a-z'’-]+)(?![A-Za-z])(?! [A-Z][a-z])")


def _self_named(text: str) -> list[Hit]:
    return [("person_name", m.start(1), m.end(1)) for m in _SELF_NAMED.finditer(text)
            if m.group(1).lower() not in NOT_NAME_WORDS and m.group(1).lower() not in WEAK_NAME_WORDS]


def _related_given_names(text: str) -> list[Hit]:
    hits: list[Hit] = []
    for m in _RELATED.finditer(text):
        word = m.group(1)
        end = m.end(1) - (2 if word.endswith(("'s", "’s")) else 0)
        low = unaccented(text[m.start(1):end].lower())
        if low not in NOT_NAME_WORDS and low not in WEAK_NAME_WORDS and low not in PLACE_TYPE_WORDS and \
                low not in THING_WORDS and low not in COMPANY_WORDS and low not in _TIME_WORDS:
            hits.append(("person_name", m.start(1), end))  # (a relative's name need be on no list: "my coworker Sandeep")
    return hits


_PART_LABEL = re.compile(r"(?i:surname|last name|family name|first name|given names?|forename|nachname|vorname|"
                         r"apellidos?|nom de famille|prénom)[ \t]*[:：=][ \t]*([^\W\d_][^\W\d_'’]*(?:-[^\W\d_]+)?)"
                         r"(?=[ \t]*(?:[,;|\n]|$))")
_SCHEMA_WORDS = frozenset("string str text varchar char required optional mandatory yes no true false blank empty".split())
_PART_GATE = ("surname", "last name", "family name", "first name", "given name", "forename", "nachname", "vorname",
              "apellido", "nom de famille", "prénom")


def _labelled_parts(text: str, low: str) -> list[Hit]:
    if not any(word in low for word in _PART_GATE):
        return []
    lex = lexicon()
    hits: list[Hit] = []
    for m in _PART_LABEL.finditer(text):
        word = m.group(1)
        low_word = word.lower()
        if low_word in STOP_WORDS or low_word in _SCHEMA_WORDS or low_word in NOT_NAME_WORDS:
            continue
        if word[0].isupper() or unaccented(low_word) in lex.first_names or unaccented(low_word) in lex.last_names:
            hits.append(("person_name", m.start(1), m.end(1)))  # (in small letters only a known name: not "ascending")
    return hits


def find_titled_surnames(text: str) -> list[Hit]:
    low = text.lower()
    hits: list[Hit] = _related_given_names(text) if "my " in low or "our " in low else []
    hits += _labelled_parts(text, low)
    hits += _self_named(text) if "name" in low or "called" in low else []
    if not any(title in text for title in _GATE):
        return hits
    for m in _TITLED.finditer(text):
        word = m.group(2).lower().rstrip("'’")
        if word.endswith(("'s", "’s")):
            word = word[:-2]
        if word in NOT_NAME_WORDS or word in WEAK_NAME_WORDS or word in _FAMOUS or \
                f"{m.group(1)} {m.group(2)}".lower() in PUBLIC_FIGURES:
            continue
        end = m.end(2) - (2 if m.group(2).endswith(("'s", "’s")) else 0)
        hits.append(("person_name", m.start(2), end))
    return hits
