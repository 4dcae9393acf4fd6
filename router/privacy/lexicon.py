"""Word data for names and addresses, loaded once (``load_lexicon``) and shared.

Sources (maintained packages, no hand lists):
- given names and surnames: the US Census name files shipped by the ``names`` package;
- Chinese segmentation, word frequencies and part-of-speech tags (nr person, ns place):
  ``jieba``'s dictionary and its HMM for words it does not know;
- street suffixes: USPS Publication 28 suffixes as listed by ``usaddress``.

Nothing is read at import time: the Router calls :func:`load_lexicon` when it is created
(about one second and 80 MB for jieba), and detection calls :func:`lexicon`, which loads on
first use if nobody did.
"""

from __future__ import annotations

import importlib.util
import logging
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol


class Segmenter(Protocol):
    def lcut(self, sentence: str, cut_all: bool = False, HMM: bool = True) -> list[str]: ...  # noqa: N803


class Tagger(Protocol):
    def lcut(self, sentence: str, HMM: bool = True) -> list[Any]: ...  # noqa: N803


@dataclass(frozen=True)
class Lexicon:
    first_names: dict[str, float]  # lower case -> percent of people with that given name
    last_names: dict[str, float]  # lower case -> percent of people with that surname
    street_suffixes: frozenset[str]  # lower case, with USPS abbreviations
    word_freq: dict[str, int]  # jieba's dictionary: word -> frequency (0 for prefixes)
    person_words: dict[str, int]  # jieba words tagged nr/nrfg/nrt -> frequency
    place_words: frozenset[str]  # jieba words tagged ns
    function_words: frozenset[str]  # two-character jieba words that are verbs, adverbs, time words, pronouns…
    segmenter: Segmenter
    tagger: Tagger  # jieba.posseg on the same dictionary: tags nr (person) even for unknown words


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


def load_lexicon() -> Lexicon:
    """Load every source once (thread-safe); later calls return the same object."""
    with _LOCK:
        if not _LOADED:
            first, last = _census_names()
            segmenter, tagger, freq, persons, places, function = _jieba()
            _LOADED.append(Lexicon(first, last, _street_suffixes(), freq, persons, places, function, segmenter,
                                   tagger))
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
