"""Continental European street addresses: the number after the street ("Hauptstraße 5, 10115 Berlin",
"Sterresingel 35", "Via Elisa, 991", "Calle Mayor 12", and French "29, rue Alphonse Michel").

The text is first searched for anchors (a German or Dutch street suffix right before a number;
a French, Italian or Spanish street word), and the full pattern is only tried from there: a
single pattern with all forms tried at every capital letter costs milliseconds on long texts.
"""

from __future__ import annotations

import re

from duet.router.privacy.patterns import Hit, lowered
from duet.router.privacy.finders import other_digits, other_spaces
from duet.router.privacy.gate_words import occurring
from duet.router.privacy.scan import digit_runs, skeleton
from duet.router.privacy.street_anchors import anchor_pattern, french_numbers, french_pattern, near_street_words

_DE_SUFFIX = (r"(?:[Ss]tra(?:ß|ss)e|[Ss]tr\.|[Ww]eg|[Aa]llee|[Pp]latz|[Gg]asse|[Rr]ing|[Dd]amm|[Uu]fer|[Cc]haussee|"
              r"[Ss]teig|[Pp]fad|[Hh]of|[Mm]arkt|[Gg]raben|[Ss]tieg|[Kk]amp|[Ww]all|[Bb]erg|[Tt]or)")
# A town after a postcode: capitalised words, with the small words of place names between them.
_TOWN = (r"[A-ZÀ-ÝÄÖÜ][\wÀ-ÿ'\-]+(?:[ \-](?:(?:di|del|della|de|des|du|vorm|am|an der|im|in|sur|sous|les|la|le|"
         r"sul|en|aan|op|bij)[ \-])?[A-ZÀ-ÝÄÖÜ][\wÀ-ÿ'\-]+){0,2}")
_NL_SUFFIX = (r"(?:straat|laan|weg|plein|gracht|kade|singel|steeg|hof|boulevard|dijk|pad|markt|dreef|kanaal|wal|park|"
              r"baan|ring|dam|burgwal|erf|hoven|oord)")
_EU_STREET = re.compile(
    r"(?:(?:Am|An der|An den|Auf der|Auf dem|Im|In der|In den|Zum|Zur|Unter den|Alte|Alter|Neue|Neuer|Große|"
    r"Kleine|Lange) )?[A-ZÄÖÜ][a-zäöüß]*(?:-[A-ZÄÖÜ][a-zäöüß]*)*?(?:-| )?" + _DE_SUFFIX +
    r"\s\d{1,4}\s?[a-zA-Z]?(?:\s?[-/]\s?\d{1,4}[a-z]?)?(?:(?:,\s*|\s*\n\s*|\s+)\d{5}\s+" + _TOWN + r")?"
    r"|[A-Z][a-zà-ÿ]+" + _NL_SUFFIX + r"\s\d{1,4}[a-zA-Z]?(?:-\d{1,3}|-?[IVX]{1,3}|-hoog|-?[a-z]{1,2})?"  # ("418-2", "12-III")
    r"(?:(?:,\s*|\s*\n\s*|\s+)\d{4}\s?[A-Z]{2}(?:(?:,\s*|\s*\n\s*|\s+)"
    + _TOWN + r")?)?"
    r"|\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|boulevard|bd|chemin|allée|impasse|place|quai|route|cours|"
    r"square|passage|voie|Rue|Boulevard|Chemin|Allée|Impasse|Quai|jalan|Jalan|lorong|Lorong)\s+(?:(?:de la|de l'|du|des|de|d')\s*)?[A-ZÀ-Ý][\wÀ-ÿ'\-]*(?:\s(?:de |du |des )?[A-ZÀ-Ý][\wÀ-ÿ'\-]+){0,3}"
    r"(?:(?:,\s*|\s*\n\s*|\s+)\d{5}\s+" + _TOWN + r")?"
    r"|(?<![\dA-Za-zÀ-ÖØ-öø-ÿ_])(?:rue|avenue|boulevard|chemin|allée|impasse|place|quai|route)\s+(?:de la |de l'|du |des |de |d')?"
    r"[A-ZÀ-Ý][\wÀ-ÿ'\-]+(?:\s[A-ZÀ-Ý][\wÀ-ÿ'\-]+){0,2},?\s*\d{5}\s+" + _TOWN +
    r"|(?:Via|Viale|Vicolo|Piazza|Piazzale|Corso|Largo|Strada|Contrada|Rotonda|Stretto|Borgo|Lungomare|Vico|"
    r"Calle|C/|Avenida|Avda\.?|Plaza|Paseo|Camino|Carrera|Ronda|Pasaje|Travesía|Cañada|Callejón|Pasadizo|Acceso|"
    r"Alameda|Bulevar|Carretera|Glorieta|Rambla|Urbanización|Vía|Rua|Carrer|Canale|Incrocio|Cuesta|Vial|"
    r"C\.|Traversa|Salita|Passaggio|Ramo|Riva|Calle|Callejón|Camino|Avinguda|Praça|Travessa|"
    # Polish: "ul. Grunwaldzka 17 m. 40, 00-957 Warszawa", "al. Jerozolimskie 57/73", "plac Fredry 63/17"
    r"ul\.|al\.|os\.|pl\.|plac|ulica|aleja|osiedle|UL\.|AL\.|PL\.|"
    # Malay: "No. 8, Jalan Telawi 3, Bangsar Baru"
    r"Jalan|Jln\.?|Lorong|Persiaran|Lebuh|"
    # Swiss and Belgian French: the street first, its number after ("Rue de Lausanne 27, 1201 Genève")
    r"Rue|Chemin|Route|Avenue|Boulevard)\s*(?:(?:de(?: la| los| las| l')?|del|du|des|"
    r"dei|della|delle|degli|do|da|dos|das)\s+)?(?:[A-ZÀ-Ý][\wÀ-ÿ']+\s?){1,4},?\s*\d{1,4}(?:/[0-9A-Za-z]{1,4})?"
    r"(?:\s*(?:Appartamento|Piano|Interno|Int\.|Scala|Piso|Puerta|Apt\.?|Escalera|m\.)\s*\d+)*"
    r"(?:,\s*\d{1,2}[º°ªoa](?:\s?[A-Z](?![\w]))?)?"  # (a Spanish floor and door: "214, 3º B, 28028 Madrid"; º folds to o)
    r"(?:,?\s*(?:\d{5}|\d{2}-\d{3}|(?:CH-)?\d{4}),?\s+" + _TOWN + r"(?:\s\([A-Z]{2}\))?)?"
    # South Slavic: the street word first, then words in small letters too ("Ulica Domovinskog rata 52,
    # 21000 Split", "Trg bana Jelačića 3")
    r"|(?:Ulica|Cesta|Trg|Obala)\s+[A-ZÀ-ÝČĆŠŽĐ][\w']+(?:\s[\w']+){0,3}?\s\d{1,4}[a-z]?"
    r"(?:,?\s*\d{5},?\s+" + _TOWN + r")?"
)
# Every form holds a number (house number or postcode): the anchors are digit runs, and the
# street word is looked for among the few words before (or, in French, just after) one, with
# set lookups and str.endswith rather than a regex tried at every position.
# A number right after a word and a space or comma: "straße 5", "elisa, 991", "blin, 75001" —
# a run of one to five digits; the runs come from scan.digit_runs, not from a regex scan.
_MAX_ANCHOR_DIGITS = 5
# The same on the skeleton of the lowered text (digits "0", small ASCII letters "a", characters
# outside Latin-1 "C", the rest as it is): a run of up to five digits after [a-zà-ÿ.] and a space
# or comma; and, for _WORD_AFTER, a run of up to four digits, perhaps "bis" or "ter", perhaps a
# comma, spacing and a letter (a superset: the regex confirms).
_ANCHOR_RUN = re.compile(rb"0(?:(?<=[a\xe0-\xff.][ ,]0)|(?<=[a\xe0-\xff.], 0))0{0,4}(?!0)")
_SPACING = rb"[\s\x1c-\x1f\x85\xa0]"
_FRENCH_RUN = re.compile(rb"0(?<!00)0{0,3}(?:" + _SPACING + rb"?aaa)?,?" + _SPACING + rb"+a")
_SUFFIXES = ("straße", "strasse", "str.", "weg", "allee", "platz", "gasse", "ring", "damm", "ufer", "chaussee", "steig",
             "pfad", "hof", "markt", "graben", "stieg", "kamp", "wall", "berg", "tor", "straat", "laan", "plein",
             "gracht", "kade", "singel", "steeg", "boulevard", "dijk", "pad", "dreef", "kanaal", "wal", "park", "baan",
             "dam", "burgwal", "erf", "hoven", "oord")
_SUFFIX_ENDS = frozenset(suffix[-1] for suffix in _SUFFIXES)
STREET_WORDS = frozenset("""
rue avenue boulevard bd chemin allée impasse place quai route cours square passage voie via viale vicolo piazza
piazzale corso largo strada contrada rotonda stretto borgo lungomare vico calle c/ avenida avda plaza paseo camino
carrera ronda pasaje travesía cañada callejón pasadizo acceso alameda bulevar carretera glorieta rambla urbanización
vía rua carrer canale incrocio cuesta vial c. traversa salita passaggio ramo riva avinguda praça travessa
ul. al. os. pl. plac ulica aleja osiedle cesta trg obala jalan jln jln. lorong persiaran lebuh
""".split())
_NEAR_STREET = anchor_pattern(_SUFFIXES, STREET_WORDS)
# The same without the street words (their look-ahead over seven words costs about 1.4 µs a number
# after a word), for a text that holds none of them: English text usually holds a suffix ("tor"
# in "factor") and no street word, and a word absent from the text matches nowhere in it.
_NEAR_SUFFIX = anchor_pattern(_SUFFIXES, ())
_FRENCH_WORDS = "rue|avenue|boulevard|bd|chemin|allée|impasse|place|quai|route|cours|square|passage|voie|jalan|lorong"
_WORD_AFTER = re.compile(r"\d(?<![\dA-Za-zÀ-ÖØ-öø-ÿ_.]\d)\d{0,3}(?:\s?(?:bis|ter))?,?\s+(?:" + _FRENCH_WORDS + r")\s")
_FRENCH_NEAR = french_pattern(_FRENCH_WORDS.split("|"))
_FRENCH_SET = frozenset(_FRENCH_WORDS.split("|"))
# Every form of _EU_STREET holds one of these words, lowered (a German or Dutch suffix, a French,
# Italian or Spanish street word): a text whose lowered copy holds none has no European street.
_GATE = tuple(sorted(set(_SUFFIXES) | STREET_WORDS | set(_FRENCH_WORDS.split("|"))))
_PREFIX_WORDS = ("Am ", "An der ", "An den ", "Auf der ", "Auf dem ", "Im ", "In der ", "In den ", "Zum ", "Zur ",
                 "Unter den ", "Alte ", "Alter ", "Neue ", "Neuer ", "Große ", "Kleine ", "Lange ")
_NUMBER_BEFORE = re.compile(r"\d{1,4}(?:\s?(?:bis|ter))?,?\s+$")


def _street_start(text: str, anchor: int) -> int:
    """Start of the street name whose last word starts at ``anchor`` ("Kordula-Mangold-Straße",
    "Berliner Straße", "Am Markt")."""
    start = anchor
    words = text[anchor:anchor + 12].lower().split()
    separate = bool(words) and words[0] in ("straße", "strasse", "str.", "weg", "allee", "platz", "gasse", "ring",
                                            "damm", "ufer", "chaussee", "markt")
    if separate and start > 1 and text[start - 1] == " " and text[start - 2].isalpha():
        start -= 1  # "Berliner Straße": the suffix is a word of its own
        while start > 0 and text[start - 1].isalpha():
            start -= 1
    for prefix in _PREFIX_WORDS:
        if text.endswith(prefix, 0, start):
            return start - len(prefix)
    return start


_OTHER_SCRIPTS = re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uff00-\uffef]+")


def _words(window: str) -> list[str]:
    """The words of ``window``, split at spacing and at Chinese, Japanese or Korean characters
    ("请改送到plaza daniel calvet" holds the street word "plaza"), without an opening bracket or
    quote ("the B&B (via dei serragli 62, …")."""
    words = (window if window.isascii() else _OTHER_SCRIPTS.sub(" ", window)).split()
    return [word.lstrip("([{\"'“‘«") for word in words]


def _latin_letter(char: str) -> bool:
    return char.isalpha() and char <= "\u024f"


def _word_before(low: str, at: int) -> int:
    """Start of a street word among the eight words before ``at`` ("via elisa, 991"), or -1."""
    window_start = max(0, at - 60)
    words = _words(low[window_start:at])
    if STREET_WORDS.isdisjoint(words[-8:-1]):
        return -1  # none of the words looked at below is a street word
    for i in range(len(words) - 1, max(-1, len(words) - 9), -1):
        if words[i] in STREET_WORDS and i < len(words) - 1:
            pos = low.rfind(words[i] + " ", window_start, at)
            if pos >= 0 and (pos == 0 or not _latin_letter(low[pos - 1])):
                return pos
    return -1


def _after_word(low: str, at: int) -> bool:
    """Whether a letter (or a full stop) and a space or comma stand right before ``at``: the
    look-behind ``(?<=[a-zà-ÿ.][ ,])`` or ``(?<=[a-zà-ÿ.], )``."""
    if low[at - 1] == " " and low[at - 2] == ",":
        char = low[at - 3] if at >= 3 else ""
    elif low[at - 1] in " ,":
        char = low[at - 2]
    else:
        return False
    return "a" <= char <= "z" or "à" <= char <= "ÿ" or char == "."


def _candidates(text: str, low: str, present: frozenset[str] | None = None) -> tuple[list[int], list[int]]:
    """Digit runs that may start a French street ("29, rue …") and runs that may be a number
    after a street word ("straße 5"), found with byte patterns that start with a literal: on a
    Latin-1 text, the French with its street words read forwards and the others read backwards,
    only those with a suffix or a street word before them (street_anchors); otherwise on the
    skeleton of ``low``, every run after a word; or run by run, all of them, when the text has
    digits or spaces outside ASCII and Latin-1. ``present``: the words of _GATE that occur in
    ``low``, when known; the byte patterns then leave out the street words (and the French scan)
    when none occurs: the same numbers, found without the look-ahead."""
    if not other_digits(text) and not other_spaces(text):
        streets = present is None or not STREET_WORDS.isdisjoint(present)
        near = near_street_words(_NEAR_STREET if streets else _NEAR_SUFFIX, low)
        french = french_numbers(_FRENCH_NEAR, low) if present is None or not _FRENCH_SET.isdisjoint(present) else \
            ([] if near is not None else None)
        if near is not None and french is not None:
            return french, near
        sk = skeleton(low)
        return [m.start() for m in _FRENCH_RUN.finditer(sk)], [m.start() for m in _ANCHOR_RUN.finditer(sk)]
    runs = digit_runs(text)
    french = [at for at, end in runs if end - at <= 4 and end < len(low) and (low[end].isspace() or low[end] in ",bt")]
    return french, [at for at, end in runs if at >= 2 and end - at <= _MAX_ANCHOR_DIGITS and _after_word(low, at)]


def _starts(text: str, low: str, present: frozenset[str] | None = None) -> set[int]:
    french, anchors = _candidates(text, low, present)
    starts = {at for at in french if _WORD_AFTER.match(low, at)}  # "29, rue Alphonse Michel"
    for at in anchors:
        window = low[max(0, at - 60):at]
        before = window[-30:].rstrip()
        # (the last character first: most words before a number end on none a suffix ends on)
        suffixed = before[-1:] in _SUFFIX_ENDS and before.endswith(_SUFFIXES)
        if not suffixed and STREET_WORDS.isdisjoint(_words(window)[-8:-1]):
            continue  # neither "Hauptstraße 5" nor "Via Elisa, 991" (the test _word_before starts with)
        if suffixed:
            word = max(0, at - 30) + len(before) - len(before.split()[-1])
            while word < at and not _latin_letter(text[word]):
                word += 1  # "(Thea-Knappe-Ring 5637", "导航去Kuhlplatz 34"
            starts.add(_street_start(text, word))  # "Hauptstraße 5", "Sterresingel 35"
            continue
        pos = _word_before(low, at)
        if pos >= 0:  # "Via Elisa, 991", "rue de Blin, 75001 Paris"
            number = _NUMBER_BEFORE.search(text, max(0, pos - 12), pos)
            starts.add(number.start() if number else pos)
    return starts


def find_european_streets(text: str) -> list[Hit]:
    low = lowered(text)
    present = frozenset(occurring(low, _GATE)) if low is not text else None
    if present is not None and not present:
        return []  # (``lowered`` gives ``text`` itself when lowering would move an index)
    hits: list[Hit] = []
    for start in sorted(_starts(text, low, present)):
        m = _EU_STREET.match(text, start)
        if m and m.end() > start:
            hits.append(("street_address", m.start(), m.end()))
    return hits
