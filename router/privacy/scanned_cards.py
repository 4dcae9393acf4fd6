"""Card numbers as a scanner reads them: a stray space beside a dash or inside a group
("6573-1681-3559 -8117", "4704-9053-9 624-9543", "3543467 236360300"), or a line break where a
PDF's line ended ("6556-3561\n-3725-5171"), after a word that names a card or a payment. The
number must still be Luhn-valid and of a known issuer.
"""

from __future__ import annotations

import re

from duet.router.privacy import checks
from duet.router.privacy.card_kinds import ANYCARD_KEY, is_debit
from duet.router.privacy.gate_words import occurring
from duet.router.privacy.scan import Hit, keyword_before, lowered, word_matches


def _named(key: re.Pattern[str], text: str, start: int, gap: int) -> bool:
    end = keyword_before(key, text, start, gap + 24)
    return end >= 0 and start - end <= gap


# A card number as a scanner reads it: a stray space beside a dash or inside a group
# ("6573-1681-3559 -8117", "4704-9053-9 624-9543", "3543467 236360300"), one line break
# ("4561 5521\n4836 2844", "6522  8691 \n2740  0459").
_SCANNED_CARD = re.compile(r"(?<![0-9A-Za-z])[0-9]{1,13}(?:(?: ?[.-] ?| {1,2}|[ \t]*\n[ \t]*[.-]?)[0-9]{1,13}){1,5}(?![0-9])")
_BROKEN_REACH = 64  # ... when a line break splits the number (a sentence may say how it was split)
_CARD_GROUPINGS = ((4, 4, 4, 4), (4, 6, 5), (4, 6, 4), (4, 4, 4, 4, 3), (4, 4, 4, 3), (4, 4, 4, 2))
_SCANNED_CARD_WORD = re.compile(r"card|(?<![a-z])cc(?![a-z])|visa|mastercard|amex|maestro|jcb|carte|tarjeta|karte|kreditkarte|卡")
_SCANNED_CARD_GATE = ("card", "cc", "visa", "mastercard", "amex", "maestro", "jcb", "carte", "tarjeta", "karte", "卡")


def _stray_space(raw: str) -> bool:
    """A space that no card's printed grouping has: beside a dash or dot, or inside a group."""
    if "\n" in raw:
        return raw.count("\n") == 1
    if " " not in raw:
        return False
    return " -" in raw or "- " in raw or " ." in raw or ". " in raw or tuple(
        len(g) for g in re.split(r"[ .-]", raw)) not in _CARD_GROUPINGS


def find_scanned_cards(text: str) -> list[Hit]:
    """A Luhn-valid number of a known issuer, written with a stray space, after a word that names
    a card."""
    low = lowered(text)
    present = occurring(low, _SCANNED_CARD_GATE)
    if not present:
        return []
    hits: list[Hit] = []
    # each card word's end, found with str.find (a regex scan of the text costs 230 µs)
    ends = [m.end() for word in present for m in word_matches(low, word, _SCANNED_CARD_WORD)]
    windows = sorted({m for end in ends for m in _SCANNED_CARD.finditer(text, end, min(len(text), end + _BROKEN_REACH + 24))},
                     key=lambda m: m.start())
    for m in windows:
        raw = m.group(0)
        number = checks.digits_only(raw)
        if not (13 <= len(number) <= 19 and _stray_space(raw) and checks.luhn_ok(number)
                and checks.card_prefix_ok(number)):
            continue
        reach = _BROKEN_REACH if "\n" in raw else 24
        if _named(_SCANNED_CARD_WORD, text, m.start(), reach) or _named(ANYCARD_KEY, text, m.start(), 16):
            hits.append(("bank_account" if is_debit(text, m, number) else "credit_card", m.start(), m.end()))
    return hits
