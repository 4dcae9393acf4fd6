"""The rest of a person's name after the part the detectors found, when it goes on with a
lower-case particle and a capitalised word: "Nick van der Stael de Jonge", "Siti Zulaikha binte
Ismail", "Ana Luísa dos Santos", "Ahmed bin Rashid al-Maktoum" (a name finder reads capitalised
words, so it stops before "van", "binte" or "dos").
"""

from __future__ import annotations

import re

from duet.router.privacy.patterns import Hit

_PARTICLES = ("van|von|der|den|de|del|della|di|da|das|dos|du|la|le|ter|ten|zu|bin|binti|binte|bint|ibn|"
              "al|el|y|e|los|las")
_NAME_WORD = r"(?:[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:['’-][^\W\d_]+)*|(?:al|el)-[A-ZÀ-ÖØ-Þ][^\W\d_]*)"
_REST = re.compile(r"(?:[ \t]+(?:(?:" + _PARTICLES + r")[ \t]+){1,3}" + _NAME_WORD + r"(?:[ \t]+" + _NAME_WORD +
                   r"){0,1})+")


def _latin_letter(ch: str) -> bool:
    return ch.isalpha() and (ch.isascii() or "\u00c0" <= ch <= "\u024f")


def extend_names(text: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` (resolved: no overlaps, in order) with each Latin person name carried over the
    particles and names that go on after it, never into the next hit."""
    out: list[Hit] = []
    for i, (kind, start, end) in enumerate(hits):
        if kind == "person_name" and end < len(text) and text[end] in " \t" and _latin_letter(text[end - 1]):
            m = _REST.match(text, end)
            if m is not None:
                limit = hits[i + 1][1] if i + 1 < len(hits) else len(text)
                end = min(m.end(), limit)
        out.append((kind, start, end))
    return out
