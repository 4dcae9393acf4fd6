"""E-mail addresses written so that address harvesters miss them: ``ana.ruiz [at] gmail [dot] com``,
``ana.ruiz(at)gmail.com``, ``ana.ruiz AT gmail DOT com``, ``ana dot ruiz at gmail dot com``,
``ana.ruiz＠gmail.com`` is folded to ``@`` before detection already.

An "at" in brackets (``[at]``, ``(at)``, ``{at}``, ``<at>``, ``[@]``) marks an address whatever follows;
a bare "at" is an English word ("look at google dot com"), so an address spelled with words needs
"dot" spelled too, and a user part that no sentence has: a digit, a dot, an underscore, or a
well-known mail provider after the "at" ("ana at gmail dot com").
"""

from __future__ import annotations

import re

from duet.router.privacy.gate_words import occurring
from duet.router.privacy.patterns import Hit, lowered

_DOT = r"(?:[ \t]*(?:\[dot\]|\(dot\)|\{dot\}|<dot>)[ \t]*|[ \t]+dot[ \t]+|\.)"
_USER = r"[A-Za-z0-9][A-Za-z0-9_%+-]{0,40}(?:" + _DOT + r"[A-Za-z0-9_%+-]{1,40}){0,3}"
_BRACKETED_AT = r"[ \t]*(?:\[at\]|\(at\)|\{at\}|<at>|\[@\]|\(@\)|\{@\})[ \t]*"
_DOMAIN = r"[A-Za-z0-9-]{1,40}(?:" + _DOT + r"[A-Za-z0-9-]{1,40}){0,2}" + _DOT + r"[A-Za-z]{2,6}"
_BRACKETED = re.compile(r"(?<![A-Za-z0-9_.%+-])(" + _USER + _BRACKETED_AT + _DOMAIN + r")(?![A-Za-z0-9-])", re.I)
_SPELLED = re.compile(r"(?<![A-Za-z0-9_.%+-])(" + _USER + r")[ \t]+at[ \t]+(" + _DOMAIN + r")(?![A-Za-z0-9-])", re.I)
_DOT_SPLIT = re.compile(_DOT)
_SPELLED_DOT = re.compile(r"[ \t]+dot[ \t]+|\[dot\]|\(dot\)", re.I)
_PROVIDERS = frozenset("gmail googlemail yahoo hotmail outlook live icloud me aol proton protonmail gmx web qq 163 126 "
                       "sina sohu foxmail yandex mail zoho fastmail hey".split())
_GATES = ("[at]", "(at)", "{at}", "<at>", "[@]", "(@)", "{@}", " dot ", "[dot]", "(dot)")


def _plausible_user(user: str, domain: str) -> bool:
    """A spelled address's user part as no sentence writes it, or a mail provider's domain."""
    first_label = _DOT_SPLIT.split(domain.lower())[0]
    return any(c.isdigit() or c in "._" for c in user) or " dot " in user.lower() or first_label in _PROVIDERS


def find_spelled_emails(text: str) -> list[Hit]:
    low = lowered(text)
    gates = occurring(low, _GATES)
    if not gates:
        return []
    hits: list[Hit] = []
    if any(gate in gates for gate in ("[at]", "(at)", "{at}", "<at>", "[@]", "(@)", "{@}")):
        hits += [("email", m.start(1), m.end(1)) for m in _BRACKETED.finditer(text)]
    if " dot " in gates or "[dot]" in gates or "(dot)" in gates:
        for m in _SPELLED.finditer(text):
            if _SPELLED_DOT.search(m.group(2)) and _plausible_user(m.group(1), m.group(2)):
                hits.append(("email", m.start(1), m.end(2)))
    return hits
