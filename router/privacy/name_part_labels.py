"""A name split over a form's fields: one word after a label for a part of a name, in any case
("Surname: ADEYEMI-CLARKE; Given names: Tobi James", "Last name: Okafor, First name: Chidi",
"Vorname: Jörg"). The full name is in the text, one part a field, so each part is masked; a word of
a form's schema ("first name: string", "required") or of a sentence ("last name: ascending") is no
name, and in small letters only a known given name or surname counts.

A name word alone elsewhere ("my daughter Matilda", "Mr Haddad", "my name's Dhruv") is left
alone: only full names of private people count as names (docs/privacy.md, §3)."""

from __future__ import annotations

import re

from duet.router.privacy.lexicon import lexicon
from duet.router.privacy.name_lists import NOT_NAME_WORDS
from duet.router.privacy.normalize import unaccented
from duet.router.privacy.gate_words import occurring
from duet.router.privacy.patterns import Hit, lowered
from duet.router.privacy.slot_values import STOP_WORDS

_PART_LABEL = re.compile(r"(?i:surname|last name|family name|first name|given names?|forename|nachname|vorname|"
                         r"apellidos?|nom de famille|prénom)[ \t]*[:：=][ \t]*([^\W\d_][^\W\d_'’]*(?:-[^\W\d_]+)?)"
                         r"(?=[ \t]*(?:[,;|\n]|$))")
_SCHEMA_WORDS = frozenset("string str text varchar char required optional mandatory yes no true false blank empty".split())
_GATE = ("surname", "last name", "family name", "first name", "given name", "forename", "nachname", "vorname",
         "apellido", "nom de famille", "prénom")


def find_name_part_labels(text: str) -> list[Hit]:
    if not occurring(lowered(text), _GATE):  # (one pass of the shared automaton for every gate)
        return []
    lex = lexicon()
    hits: list[Hit] = []
    for m in _PART_LABEL.finditer(text):
        word = m.group(1)
        plain = unaccented(word.lower())
        if plain in STOP_WORDS or plain in _SCHEMA_WORDS or plain in NOT_NAME_WORDS:
            continue
        if word[0].isupper() or plain in lex.first_names or plain in lex.last_names:
            hits.append(("person_name", m.start(1), m.end(1)))
    return hits
