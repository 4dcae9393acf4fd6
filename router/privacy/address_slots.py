"""Street addresses in a slot that a label names: ``Anschrift: 648 Gary Piazza, Craigville``,
``地址：Klaus-D.-Stey-Gasse 3/2, Kyritz``, ``ADR;TYPE=HOME:;;Via de Otilia Tapia 36``,
``<div class="addr">0 Thomas Cape, Harrisonmouth</div>``, ``房屋坐落507 Andrea Ronde``,
``ship to 54 Rodriguez Elbow``, ``I'm at 8 Odom Pathway, Port Brandon 2698``.

addresses.py reads addresses by their street words; a label makes them plain whatever the street
is called (Faker's and the world's street types go far beyond any list). The value runs from the
label to the end of its field: a line break, a tag, a Chinese comma or full stop, a ``·`` or ``|``,
a value another detector found (a phone, an e-mail), or a comma followed by a word in small
letters (``…, gate code 4471``, ``…, deposit $…``) or by another label (``…, Telefon: …``). It
must start with a digit or a capital and hold a digit (a house number or a postcode) and a word of
three letters or more; it wins over a name found inside it (``648 Gary Piazza``). Labels for
other addresses (e-mail, IP, MAC, web, wallet) do not count.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from duet.router.privacy.addresses_eu import STREET_WORDS
from duet.router.privacy.field_pairs import field_pairs, field_words
from duet.router.privacy.gate_words import occurring
from duet.router.privacy.patterns import Hit, lowered
from duet.router.privacy.scan import word_matches

# The words a label starts with; each occurrence is tried with _LABEL (a pattern tried at every
# position of a 4,000-character text would cost a millisecond).
_GATE = ("addr", "adr;", "adr:", "anschrift", "adresse", "dirección", "direccion", "indirizzo", "endereço", "morada",
         "adres", "ship to", "deliver to", "premises at", "property at", "located at", "i'm at", "i am at", "地址", "住址",
         "坐落", "bill to", "billed to", "invoice to", "sold to", "location:", "registered office", "寄到", "送到", "寄往",
         "domicilio", "r/o", "residência", "residencia")
_LABEL = re.compile(
    r"(?:address|addr(?=[\s:：=])|addr[^\"\n]{0,20}\">|adr(?:;[^:\n]*)?:;*|anschrift|adresse|dirección|direccion|"
    r"indirizzo|endereço|morada|adres|ship to|deliver to|premises at|property at|located at|i'm at|i am at|"
    r"bill(?:ed)? to|invoice to|sold to|location(?=:)|registered office|寄到|送到|寄往|"
    r"地址|住址|坐落于?|domicilio|r/o|residência|residencia)(?:\s?(?:line\s?1|1)(?![0-9]))?[ \t]*[:：=]?[ \t]*")
# "e-mail address", "IP address": another kind of address.
_OTHER_KIND = re.compile(r"(?:e-?mail|ip|mac|web|wallet|bitcoin|btc|eth|memory|return|url|server|host|"
                         r"lightning|contract|邮件|邮箱|网络|ip)\s?$")
# (the text is folded: a Chinese comma is a "," here.) Also the end of a sentence ("…. Remind me",
# "… looks right?"), a word in small letters ("… and will"), Chinese text.
_STOP = re.compile(r"\n|<|。|，|；|;|·|\||[?!]|\s-\s|,\s*(?=[a-z]|[A-Za-z][\w ]{0,20}[:：])|\.(?=\s+[A-Z][a-z]*\s+[a-z])|"
                   r"\s+(?=[a-z]{4,})|\s*[\u3400-\u9fff]|$")
_WORD = re.compile(r"[A-Za-zÀ-ÿ]{3,}")
# A value with no house number is an address when it starts with a street word and a name
# ("rue de Laporte", "avenue Pineau"; not "place to be").
# (the French, Italian, Spanish, Catalan and Portuguese street words of addresses_eu.py: "Vial Hugo
# Botella 6", "Cuesta Óscar Carrillo 9")
_STREET_WORD = "|".join(sorted((re.escape(w) for w in STREET_WORDS if w.isalpha()), key=len, reverse=True))
_STREET_FIRST = re.compile(r"(?i:" + _STREET_WORD + r")\s(?:(?:de|du|des|de la|del|dei|di|da|do|dos)\s)?[A-ZÀ-Þ]")
_AFTER_NAME = re.compile(r"[ \t]*(?:,[ \t]*\n?|\n)[ \t]*(?=[0-9]|(?i:level|unit|flat|apt|suite|studio|floor|rue|via|calle|"
                         r"avenida|rua|chemin|boulevard|avenue)\s)")
# An invite's LOCATION that reads as a street: a house number and a capitalised word, a street word
# first, or a compound street name and its number ("Milica-Meister-Gasse 55").
_LOCATION_VALUE = re.compile(r"[0-9]{1,5}[a-z]?,?\s[A-ZÀ-Þ]|(?i:" + _STREET_WORD + r")\s(?=.*[0-9])|[A-ZÀ-Þ][\w.-]*(?i:stra(?:ß|ss)e|gasse|weg|allee|platz|ring|damm|laan|"
                             r"straat|gracht)\s[0-9]")
_CAPITAL_START = re.compile(r"[0-9A-ZÀ-Þ]|#[0-9]")  # a number or a capital: "ship to the office" is no address


def _value_end(text: str, start: int, found: Sequence[Hit]) -> int:
    stop = _STOP.search(text, start, min(len(text), start + 90))
    end = stop.start() if stop else min(len(text), start + 90)
    for _, s, _ in found:
        if start <= s < end:
            end = s
    return start + len(text[start:end].rstrip(" ,.:;"))


_GLUED_LABELS = ("地址", "住址", "坐落", "寄到", "送到", "寄往")  # Chinese: a character may stand before them


def _labels(low: str) -> list[re.Match[str]]:
    found = []
    for word in occurring(low, _GATE):
        found += [m for m in word_matches(low, word, _LABEL)
                  if m.start() == 0 or not low[m.start() - 1].isalpha() or word in _GLUED_LABELS]
    return sorted(found, key=lambda m: m.start())


def find_address_slots(text: str, found: Sequence[Hit] = ()) -> list[Hit]:
    """Street addresses after an address label (see the module docstring); ``found``: the
    other detectors' hits, which end a value and which the value may not overlap."""
    low = lowered(text)
    names = {s: e for kind, s, e in found if kind == "person_name"}
    found = [h for h in found if h[0] != "person_name"]  # "648 Gary Piazza": a street named for someone
    hits: list[Hit] = []
    for m in _labels(low):
        start = m.end()
        named = start + 1 if text.startswith("\n", start) else start  # "Pls ship to:\nHeather Rodriguez\n3 Salas …"
        if named in names and not _STREET_FIRST.match(text, named):  # "Bill to: dawn warren, 8 Chapman Ramp"
            after = _AFTER_NAME.match(text, names[named])
            start = after.end() if after else start
        if low.startswith("location", m.start()) and not _LOCATION_VALUE.match(text, start):
            continue  # an invite's location is a room or a call unless it reads as a street
        if start >= len(text) or not (_CAPITAL_START.match(text, start) or _STREET_FIRST.match(text, start)):
            continue  # a Chinese address is addresses_zh.py's
        if _OTHER_KIND.search(low, max(0, m.start() - 10), m.start()):
            continue
        if any(s <= start < e for _, s, e in found):
            continue
        end = _value_end(text, start, found)
        value = text[start:end]
        if _address_like(value):
            hits.append(("street_address", start, end))
    return hits + _field_addresses(text, found, names)


def _address_like(value: str) -> bool:
    """Six to ninety characters with a digit (a house number or a postcode) or a street word
    first, a word of three letters or more, and no e-mail or web address."""
    return 6 <= len(value) <= 90 and (any(c.isdigit() for c in value) or _STREET_FIRST.match(value) is not None) and \
        _WORD.search(value) is not None and "@" not in value and "://" not in value


# Field names of an address in structured text (field_pairs.py), read as words: "shippingAddress",
# "<Anschrift>", '"收货地址":', "| mailing address |", "SET deliver_to='…'".
_FIELD_WORDS = re.compile(r"(?:.* )?(?:address|addr|street|residence|anschrift|adresse|dirección|direccion|indirizzo|"
                          r"endereço|morada|adres|deliver to|ship to|bill to|location|straße|strasse)(?: line ?[12]| 1)?|"
                          r".*(?:地址|住址)1?")


def _field_addresses(text: str, found: Sequence[Hit], names: dict[int, int]) -> list[Hit]:
    """The value of a field whose name is an address's, when it reads as one: what starts with a
    number, a capital or a street word ("chemin Vasseur, Vallée"), past the name of the person it
    is for ("<ship_to>Ana Ruiz, 3 Main St</ship_to>"); an e-mail or IP address field is another
    kind, a location a street only when it reads as one."""
    hits: list[Hit] = []
    for name, start, end, _, _ in field_pairs(text):
        words = field_words(name)
        if not _FIELD_WORDS.fullmatch(words) or _OTHER_KIND.search(words.rsplit(" ", 1)[0] if " " in words else ""):
            continue
        if start in names and not _STREET_FIRST.match(text, start):
            after = _AFTER_NAME.match(text, names[start])
            start = after.end() if after else start
        if words.startswith("location") and not _LOCATION_VALUE.match(text, start):
            continue
        if not (_CAPITAL_START.match(text, start) or _STREET_FIRST.match(text, start)):
            continue
        end = min([end] + [s for _, s, _ in found if start < s < end])
        value = text[start:end].rstrip(" ,;")
        if _address_like(value) and not any(s <= start < e for _, s, e in found):
            hits.append(("street_address", start, start + len(value)))
    return hits
