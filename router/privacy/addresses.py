"""Street addresses: English here (house number first); continental European (number after the
street) in addresses_eu.py; Chinese (province → city → district → road → number) in addresses_zh.py.

English streets end in a USPS street suffix (usaddress's list) or a British form; a suffix that
is also an everyday word ("Views", "Park", "Run") needs more: a house number of two digits or
more, a flat or unit, a city, a ZIP or postcode, or an address cue before it. Without a house
number, a street needs a flat or unit before it ("Studio 8, Leigh Fort") or an address cue
("address: Davis Views, Sabrinaberg"). Every pattern starts on a digit or a literal word so the
regex engine skips ahead instead of trying it at every position.
"""

from __future__ import annotations

import re
from functools import lru_cache

from duet.router.privacy.addresses_eu import find_european_streets
from duet.router.privacy.postcode_streets import find_postcode_streets
from duet.router.privacy.addresses_kr import find_korean_addresses
from duet.router.privacy.addresses_lower import find_lowercase_addresses
from duet.router.privacy.addresses_world import find_world_addresses
from duet.router.privacy.addresses_zh import find_chinese_addresses
from duet.router.privacy.lexicon import lexicon
from duet.router.privacy.patterns import Hit, lowered
from duet.router.privacy.public_places import public_addresses
from duet.router.privacy.finders import matches_at, other_digits, other_spaces
from duet.router.privacy.gate_words import occurring
from duet.router.privacy.scan import ascii_alnum, capitals, digit_runs, skeleton, word_matches

_STRONG_SUFFIXES = frozenset("""
street st road rd avenue ave av lane ln drive dr boulevard blvd court ct place pl terrace ter way crescent cres
close highway hwy parkway pkwy circle cir square sq trail trl alley aly grove mews gardens gdns row walk plaza
expressway freeway turnpike pike rise parade wharf yard esplanade promenade approach wynd gate hill
""".split())
# British and Australian street forms absent from the USPS list (AS/NZS 4819's road types, less
# the everyday words among them: "Block", "End", "Line", "Top").
_EXTRA_SUFFIXES = frozenset("""
close mews rise parade wharf yard esplanade promenade approach wynd gate wade access amble basin brae concourse elbow
frontage ground strand arcade chase circuit corso cove crest dale dell glade glen grange heights lookout meander nook
outlook quay quays ramble reach retreat ridgeway riviera tarn vale viaduct walkway laneway pathway cct
""".split())
_SECONDARY = r"(?:Apt|Apartment|Unit|Suite|Ste|Flat|Studio|Fl|Floor|Room|Rm|Bldg|Building|Lot|PO Box|#)"
_NAME_WORD = r"(?:[A-Z][a-zà-ÿ\-]+(?:[A-Z][a-zà-ÿ]+)?(?:'[a-z][a-zà-ÿ]*)?|\d{1,3}(?:st|nd|rd|th)|[NSEW]\.?)"
_NUMBERED = re.compile(
    r"\d(?<![\dA-Za-zÀ-ÖØ-öø-ÿ_.\-/]\d)\d{0,5}[A-Za-z]?(?:[-/]\d{1,4}[A-Za-z]?)?,?\s+(" + _NAME_WORD + r"(?:[ \t]+" + _NAME_WORD + r"){0,5})"
)
# _NUMBERED on the skeleton (digits "0", capitals "A", small letters "a"): a superset of where it
# matches, the first name word looked ahead at rather than taken (it may start another run).
_NUMBERED_SKELETON = re.compile(rb"0(?<!00)0{0,5}[Aa]?(?:[-/]0{1,4}[Aa]?)?,?[\s\x1c-\x1f\x85\xa0]+(?=[A0])")
_SECONDARY_FIRST = re.compile(
    r"(?:Flat|Studio|Apartment|Apt|Unit|Suite)\.?\s*#?\d+[A-Za-z]?,?\s+(" + _NAME_WORD + r"(?:[ \t]+" + _NAME_WORD +
    r"){0,5})"
)
_SECONDARY_BEFORE = re.compile(_SECONDARY + r"\.?\s*#?\d+[A-Za-z]?(?:/\d+)?,?\s+$")  # ("Flat 2/1, 9 Lockhart Street")
_WORDS = re.compile(_NAME_WORD + r"(?:[ \t]+" + _NAME_WORD + r"){0,5}")
_TOKEN = re.compile(r"\S+")
_EN_TAIL = re.compile(
    r"(?:,?\s*(?:[NSEW]|NE|NW|SE|SW)\b)?"
    r"(,?\s*" + _SECONDARY + r"\.?\s*#?\s*[A-Za-z0-9\-]+)?"
    r"((?:,\s*|\s*\n\s*)(?!(?:and|or|but|then|so|please|thanks|the)\b)[A-Z][a-z]+(?:[ \-][A-Z][a-z]+){0,2})?"
    r"((?:,\s*|\s+)(?!(?:TEL|FAX|MOB|TLF|CEL)\b)[A-Z]{2,3}(?:,\s*|\s+)(?:\d{4,5}(?:-\d{4})?(?!\d)|"
    r"[A-Z]\d[A-Z]\s?\d[A-Z]\d(?![A-Za-z0-9])))?"  # (a province and its postcode: "QC H2Y 2A5")
    r"((?:,\s*|\s+|\s*\n\s*)(?:[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d)(?![A-Za-z0-9]))?"
)
_CUES = (r"(?:address|addr|lives? (?:at|on|in)|living at|located at|ship(?:ping)? to|deliver(?:y|ed)? to|"
         r"send (?:it )?to|mail (?:it )?to|staying at|stay at|moved to|move to|moving to|home is|residence|"
         r"navigate to|directions to|drive to|take me to|pick (?:me )?up at|drop (?:me )?off at|meet (?:me )?at)")
_ADDRESS_CUE = re.compile(_CUES + r"\s*[:=]?\s*$")
# The same cues searched forward, one pattern per leading word, run only when that word occurs
# (a C-speed substring test): one pattern with every cue costs a millisecond on 4,000 characters.
_CUE_FORWARD = {key: re.compile(key + rest + r"\s*[:=]?\s*") for key, rest in (
    ("address", ""), ("addr", ""), ("live", r"s? (?:at|on|in)"), ("living at", ""), ("located at", ""),
    ("ship", r"(?:ping)? to"), ("deliver", r"(?:y|ed)? to"), ("send", r" (?:it )?to"), ("mail", r" (?:it )?to"),
    ("stay", r"(?:ing)? at"), ("mov", r"(?:e|ed|ing) to"), ("home is", ""), ("residence", ""), ("navigate to", ""),
    ("directions to", ""), ("drive to", ""), ("take me to", ""), ("pick", r" (?:me )?up at"),
    ("drop", r" (?:me )?off at"), ("meet", r" (?:me )?at"))}
_CUE_KEYS = tuple(_CUE_FORWARD)
_DESTINATION_CUES = ("navigate", "directions", "drive", "take me", "pick", "drop", "meet")
_WEAK_CUE = re.compile(r"(?:\b(?:at|to|from|on|is|of|near|via)|[:=(])\s*$")
_YEAR_BEFORE = re.compile(r"(?:in|since|by|from|until|of|year|around|before|after|circa)\s+$")

# A number that counts or numbers something else: "Chapter 7 Baker Street Irregulars", "we have 12
# Data Centers", "the 3 Musketeers Way", "our 2 Factor Authentication Drive".
_NOT_A_HOUSE_NUMBER = re.compile(r"(?<![a-z])(?:chapter|ch\.|section|episode|season|page|step|part|volume|vol\.|figure|"
                                 r"table|level|stage|round|lesson|exercise|the|our|their|its|these|those|have|has|had|"
                                 r"buy|bought|top)\s+$")
_HAS_UPPER = re.compile(r"[A-Z]")
_UNIT_AFTER_NUMBER = re.compile(r"[0-9]+[ -](?:minutes?|mins?|hours?|hrs?|miles?|km|kilomet(?:er|re)s?|seconds?|days?|"
                                r"weeks?|months?|years?|blocks?)(?![a-z])")


@lru_cache(maxsize=1)
def _suffixes() -> frozenset[str]:
    return lexicon().street_suffixes | _EXTRA_SUFFIXES


def _street_end(text: str, words_start: int, words: str) -> int:
    """End of the street name in the capitalised ``words`` (the last street suffix after at least
    one name word), or -1."""
    suffixes = _suffixes()
    tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(words)]
    for i in range(len(tokens) - 1, 0, -1):
        word = words[tokens[i][0]:tokens[i][1]].rstrip(".")
        low = word.lower()
        if low in suffixes and (word[0].isupper() or low in _STRONG_SUFFIXES):
            return words_start + tokens[i][1]
    return -1


def _alone_on_its_line(text: str, start: int, tail: re.Match[str] | None) -> bool:
    """A number, a street and a town that fill a line of their own beside contact details ("4
    Bennett Shoals, Gibbsview" on a label or a card, a phone or an e-mail on the line before or
    after; "·" and "|" part a CV header's fields)."""
    if tail is None or not tail.group(2) or "\n" in tail.group(2) or (start > 0 and text[start - 1] != "\n"):
        return False
    line_end = text.find("\n", tail.end())
    line_end = len(text) if line_end < 0 else line_end
    rest = text[tail.end():line_end].strip()
    if rest and rest[0] not in "·|":
        return False
    before = text.rfind("\n", 0, max(0, start - 1)) + 1
    after = text.find("\n", line_end + 1)
    return _CONTACT.search(text, before, len(text) if after < 0 else after) is not None


_CONTACT = re.compile(r"@|[0-9](?:[ .()\-]{0,2}[0-9]){6}")


def _accept(text: str, low: str, start: int, end: int, number: str, secondary: bool) -> int:
    """End of the address (street plus unit, city, state, postcode) or -1 when there is too
    little to call it one."""
    suffix = text[text.rfind(" ", start, end) + 1:end].rstrip(".").lower()
    tail = _EN_TAIL.match(text, end)
    evidence = secondary or bool(tail and any(tail.group(i) for i in (1, 3, 4))) or _alone_on_its_line(text, start, tail)
    digits = sum(c.isdigit() for c in number)
    if digits == 4 and 1800 <= int("".join(c for c in number if c.isdigit())) <= 2100 and \
            _YEAR_BEFORE.search(low, max(0, start - 12), start):
        return -1  # "in 2019 Apple Park opened"
    if not secondary and _NOT_A_HOUSE_NUMBER.search(low, max(0, start - 12), start):
        return -1
    if _UNIT_AFTER_NUMBER.match(low, start):
        return -1  # "a 40 minute drive", "a 5 mile walk": a length, not a house number
    if suffix not in _STRONG_SUFFIXES and not evidence and digits < 2 and \
            not _WEAK_CUE.search(low, max(0, start - 8), start) and \
            not _ADDRESS_CUE.search(low, max(0, start - 30), start):
        return -1  # "3 Data Centers"
    return tail.end() if tail else end


def _numbered(text: str) -> list[re.Match[str]]:
    """What ``_NUMBERED.finditer`` finds, tried only where a digit run starts (a match starts on
    the first digit of a run) and, on the skeleton, spacing and a capital or a digit follow."""
    if other_digits(text) or other_spaces(text):
        starts = [start for start, _ in digit_runs(text)]
    else:
        starts = [m.start() for m in _NUMBERED_SKELETON.finditer(skeleton(text))]
    return matches_at(_NUMBERED, text, starts)


def _en_addresses(text: str) -> list[Hit]:
    hits: list[Hit] = []
    low = lowered(text)
    for m in _numbered(text):
        end = _street_end(text, m.start(1), m.group(1))
        if end < 0:
            continue
        before = _SECONDARY_BEFORE.search(text, max(0, m.start() - 16), m.start())
        start = before.start() if before else m.start()
        end = _accept(text, low, m.start(), end, text[m.start():m.start(1)], bool(before))
        if end > 0:
            hits.append(("street_address", start, end))
    secondary = [at for at in capitals(text) if text[at] in "FSAU"]  # where _SECONDARY_FIRST may start
    for m in matches_at(_SECONDARY_FIRST, text, secondary):  # "Studio 8, Leigh Fort"
        end = _street_end(text, m.start(1), m.group(1))
        if end > 0:
            hits.append(("street_address", m.start(), max(end, _accept(text, low, m.start(), end, "", True))))
    cues = [m for key in occurring(low, _CUE_KEYS) for m in _CUE_FORWARD[key].finditer(low)]
    for cue in cues:  # "address: Davis Views, Sabrinaberg"
        words = _WORDS.match(text, cue.end())
        if words is None:
            continue
        end = _street_end(text, words.start(), words.group(0))
        if end > 0 and text[end - 1].isalpha() and text[text.rfind(" ", words.start(), end) + 1].isupper():
            tail = _EN_TAIL.match(text, end)
            if _place_not_street(text, cue, words.start(), end, tail):
                continue
            hits.append(("street_address", words.start(), tail.end() if tail else end))
    return hits


def _place_not_street(text: str, cue: re.Match[str], start: int, end: int, tail: re.Match[str] | None) -> bool:
    """Whether a street after a cue that names a destination ("meet me at", "drive to") rather
    than an address, without a house number, is more likely a place: its suffix is an everyday
    word ("Central Park", "Ocean View") and no unit, ZIP or postcode follows."""
    if not cue.group(0).startswith(_DESTINATION_CUES):
        return False
    # ("take me to Oxford Street": a street anyone may drive to, with no number nor postcode)
    return not (tail and any(tail.group(i) for i in (1, 3, 4)))


# A Singapore or Malaysian housing block: "Blk 316 Toa Payoh Lorong 1, #24-336, Singapore 701392",
# with a unit ("#24-336") or a six-digit postcode after it (a bare "Block 4" is a building's part).
_BLOCK = re.compile(r"(?:Blk|BLK|Block)\.?\s?[0-9]{1,4}[A-Z]?(?:\s+(?:[A-Z][A-Za-z']*|[0-9]{1,3}[A-Z]?)){1,6}"
                    r"(?:(?:,?\s*#[0-9]{1,3}-[0-9]{1,5}[A-Z]?)(?:,?\s*Singapore\s?[0-9]{6})?|,?\s*Singapore\s?[0-9]{6})"
                    r"(?![0-9])")


def _blocks(text: str) -> list[Hit]:
    return [("street_address", m.start(), m.end()) for word in ("Blk", "BLK", "Block")
            for m in word_matches(text, word, _BLOCK) if m.start() == 0 or not ascii_alnum(text[m.start() - 1])]


# An Indian address: a flat, house or plot number, its building, street and area between commas,
# then the city and its six-digit PIN code ("Flat 582, Prabhu Residency, 8th Cross Road, Koregaon
# Park, Pune 411046"): the PIN after the city is what marks it.
_INDIAN = re.compile(r"(?:Flat|House|H\.?\s?No\.?|Plot|Door\s?No\.?)\s?(?:No\.?\s?)?[0-9]{1,5}[A-Z]?(?:[-/][0-9A-Z]{1,4}){0,4},\s*"
                     r"(?:[A-Z0-9][\w.'&-]*(?:[ \t]+[A-Za-z0-9][\w.'&-]*){0,4},\s*){1,5}"
                     r"[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?(?:\s*[-–]\s*|[ \t]+)[1-9][0-9]{5}(?![0-9])")


_PIN = re.compile(rb"(?<!0)000000(?!0)")  # on the skeleton: six digits alone
_INDIAN_REST = _INDIAN.pattern[_INDIAN.pattern.index(r",\s*"):]
# … or a bare number ("A-508, Orchid Enclave, HSR Layout, Bengaluru, Karnataka 560143", "#561, 17th
# Main, …"), or a village ("Vill. Vadgaon, PO Maval, Dist. Pune, Maharashtra - 412115")
_INDIAN_NUMBERED = re.compile(r"(?<![\w#/.-])(?:#\s?|[A-Z]-)?[0-9]{1,5}[A-Z]?(?:/[0-9]{1,4})?" + _INDIAN_REST)
_INDIAN_VILLAGE = re.compile(r"(?<![\w.])Vill(?:age|\.)?\s[A-Z][a-z]+" + _INDIAN_REST)


def _indian(text: str) -> list[Hit]:
    return [("street_address", m.start(), m.end()) for word in ("Flat", "House", "H.No", "H No", "Plot", "Door")
            for m in word_matches(text, word, _INDIAN) if m.start() == 0 or not ascii_alnum(text[m.start() - 1])]


_VENUES = frozenset("Market Station Mall Centre Center Hall Stadium Arena Airport Terminal Museum Hotel Theatre Theater "
                    "Library Hospital Church Cathedral Pier Gallery".split())


def find_addresses(text: str) -> list[Hit]:
    hits: list[Hit] = []
    if _HAS_UPPER.search(text):
        hits += _en_addresses(text) + find_european_streets(text) + _blocks(text) + find_postcode_streets(text)
        if _PIN.search(skeleton(text)):
            hits += _indian(text) + [("street_address", m.start(), m.end()) for pattern in (_INDIAN_NUMBERED, _INDIAN_VILLAGE)
                                     for m in pattern.finditer(text)]
    hits += find_chinese_addresses(text) + find_lowercase_addresses(text) + find_korean_addresses(text)
    hits += find_world_addresses(text)
    public = public_addresses(text, hits) if hits else set()
    return [hit for i, hit in enumerate(hits) if i not in public and not _venue_name(text, hit[1], hit[2])]


# A street word inside a venue's name, with no house number: "Kings Cross St Pancras" (a saint),
# "Pike Place Market", "Union Square Station".
_VENUE_AFTER = re.compile(r"\.? (?:[A-Z][a-z]+ )?(?:Market|Station|Mall|Centre|Center|Hall|Stadium|Arena|Airport|Terminal|Museum|"
                          r"Hotel|Theatre|Theater|Library|Hospital|Church|Cathedral|Pier|Gallery)\b|\.? [A-Z][a-z]+")


def _venue_name(text: str, start: int, end: int) -> bool:
    value = text[start:end]
    if any(c.isdigit() for c in value):
        return False
    m = _VENUE_AFTER.match(text, end)
    if m is None:
        return False
    return value.endswith((" St", " St.")) or m.group().lstrip(". ").split()[-1] in _VENUES
