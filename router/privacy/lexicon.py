"""Word data for names and addresses, loaded once (``load_lexicon``) and shared.

Sources (maintained packages, no hand lists):
- given names and surnames: the US Census name files shipped by the ``names`` package;
- Chinese segmentation, word frequencies and part-of-speech tags (nr person, ns place):
  ``jieba``'s dictionary and its HMM for words it does not know;
- street suffixes: USPS Publication 28 suffixes as listed by ``usaddress``.

Nothing is read at import time. The Router calls :func:`load_lexicon` when it is created, which
loads the Latin-script part (a few MB); the Chinese part (jieba's dictionary and tagger: about a
second and 180 MB of memory) loads on the first text that needs it, or up front with
``load_lexicon(chinese=True)``. Detection calls :func:`lexicon`, which loads on first use if
nobody did.
"""

from __future__ import annotations

import importlib.util
import logging
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

from duet.router.privacy.cn_given_chars import given_char_counts
from duet.router.privacy.name_lists import CN_SURNAMES
from duet.router.privacy.simplified import load_table


class Segmenter(Protocol):
    def lcut(self, sentence: str, cut_all: bool = False, HMM: bool = True) -> list[str]: ...  # noqa: N803


class Tagger(Protocol):
    def lcut(self, sentence: str, HMM: bool = True) -> list[Any]: ...  # noqa: N803


@dataclass(frozen=True)
class _Chinese:
    word_freq: dict[str, int]  # jieba's dictionary: word -> frequency (0 for prefixes)
    person_words: dict[str, int]  # jieba words tagged nr/nrfg/nrt -> frequency
    place_words: frozenset[str]  # jieba words tagged ns
    function_words: frozenset[str]  # two-character jieba words that are verbs, adverbs, time words, pronouns…
    segmenter: Segmenter
    tagger: Tagger  # jieba.posseg on the same dictionary: tags nr (person) even for unknown words
    given_name_chars: dict[str, int]  # how often each character stands in the given name of a person word
    common_short: frozenset[str]  # the words of one or two characters with a frequency of COMMON_FREQ or more
    real_given_chars: dict[str, int]  # how many real people's given names hold each character (cn_given_chars)


class Lexicon:
    """The word data. The Latin-script part (given names, surnames, street suffixes: a few MB) is
    loaded with the router; the Chinese part (jieba's dictionary and tagger, about 190 MB) on the
    first text that needs it, so a device that never sees Chinese never pays for it."""

    def __init__(self, first_names: dict[str, float], last_names: dict[str, float],
                 street_suffixes: frozenset[str]) -> None:
        self.first_names = first_names  # lower case -> percent of people with that given name
        self.last_names = last_names  # lower case -> percent of people with that surname
        self.street_suffixes = street_suffixes  # lower case, with USPS abbreviations
        self._chinese: _Chinese | None = None

    def chinese(self) -> _Chinese:
        if self._chinese is not None:  # loaded: no lock (it is set once; the detectors ask often)
            return self._chinese
        with _LOCK:
            if self._chinese is None:
                segmenter, tagger, freq, persons, places, function = _jieba()
                common = frozenset(word for word, count in freq.items() if len(word) <= 2 and count >= COMMON_FREQ)
                self._chinese = _Chinese(freq, persons, places, function, segmenter, tagger,
                                         _given_name_chars(persons), common, given_char_counts())
                load_table()  # Traditional text is read through it (router.privacy.simplified)
            return self._chinese

    @property
    def word_freq(self) -> dict[str, int]:
        return self.chinese().word_freq

    @property
    def common_short(self) -> frozenset[str]:
        return self.chinese().common_short

    @property
    def person_words(self) -> dict[str, int]:
        return self.chinese().person_words

    @property
    def place_words(self) -> frozenset[str]:
        return self.chinese().place_words

    @property
    def function_words(self) -> frozenset[str]:
        return self.chinese().function_words

    @property
    def given_name_chars(self) -> dict[str, int]:
        return self.chinese().given_name_chars

    @property
    def real_given_chars(self) -> dict[str, int]:
        return self.chinese().real_given_chars

    @property
    def segmenter(self) -> Segmenter:
        return self.chinese().segmenter

    @property
    def tagger(self) -> Tagger:
        return self.chinese().tagger


def _given_name_chars(persons: dict[str, int]) -> dict[str, int]:
    """Character counts over the given names (what follows the surname) of jieba's person words."""
    counts: dict[str, int] = {}
    for word in persons:
        if 2 <= len(word) <= 3 and word[0] in CN_SURNAMES:
            for ch in word[1:]:
                counts[ch] = counts.get(ch, 0) + 1
    return counts


COMMON_FREQ = 100  # a dictionary word this frequent is a word, not a private person's name
_LOCK = threading.Lock()
_LOADED: list[Lexicon] = []


def _package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"package {name!r} is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def _census_names() -> tuple[dict[str, float], dict[str, float]]:
    folder = _package_dir("names")

    def read(file: str) -> dict[str, float]:
        with open(folder / file, encoding="ascii") as handle:
            rows = (line.split() for line in handle if line.strip())
            return {row[0].lower(): float(row[1]) for row in rows}

    first = read("dist.female.first")
    for name, share in read("dist.male.first").items():
        first[name] = first.get(name, 0.0) + share
    return first, read("dist.all.last")


# jieba tags of words that cannot be a given name: time, adverb, verb, preposition, conjunction,
# particle, pronoun, numeral, measure word, direction, idiom.
_FUNCTION_TAGS = frozenset("t d v vd p c u uj ul uz ug uv ud r m q f l i y e o zg dg tg mq".split())


def _jieba() -> tuple[Segmenter, Tagger, dict[str, int], dict[str, int], frozenset[str], frozenset[str]]:
    # Imported here: the import alone costs a few hundred ms. jieba ships no type information.
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    persons: dict[str, int] = {}
    places: set[str] = set()
    function: set[str] = set()
    with open(_package_dir("jieba") / "dict.txt", encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) != 3:
                continue
            if parts[2] in ("nr", "nrfg", "nrt"):
                persons[parts[0]] = int(parts[1])
            elif parts[2] == "ns":
                places.add(parts[0])
            elif parts[2] in _FUNCTION_TAGS and len(parts[0]) == 2:
                function.add(parts[0])
    tagger = jieba.posseg.POSTokenizer(tokenizer)
    return tokenizer, tagger, tokenizer.FREQ, persons, frozenset(places), frozenset(function)


def _street_suffixes() -> frozenset[str]:
    # Imported here: it loads its CRF model. usaddress ships no type information.
    import usaddress

    return frozenset(usaddress.STREET_NAMES)


def load_lexicon(chinese: bool = False) -> Lexicon:
    """Load the Latin-script word data once (thread-safe; later calls return the same object),
    and the Chinese part too when ``chinese``."""
    with _LOCK:
        if not _LOADED:
            first, last = _census_names()
            _LOADED.append(Lexicon(first, last, _street_suffixes()))
    if chinese:
        _LOADED[0].chinese()
    return _LOADED[0]


def lexicon() -> Lexicon:
    return _LOADED[0] if _LOADED else load_lexicon()


@lru_cache(maxsize=1024)
def tag(window: str) -> tuple[tuple[str, str], ...]:
    """jieba's part-of-speech tags for a short window (``nr`` for person names), cached. About a
    millisecond a window: used sparingly."""
    return tuple((pair.word, pair.flag) for pair in lexicon().tagger.lcut(window))


@lru_cache(maxsize=4096)
def segment(window: str) -> tuple[str, ...]:
    """jieba's segmentation of a short window (with its HMM for unknown words), cached: a name
    mentioned several times gives the same window each time."""
    return tuple(lexicon().segmenter.lcut(window))
