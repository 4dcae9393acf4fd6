"""Restoring placeholders in cloud answers: whole texts, streams cut anywhere, JSON arguments."""

from __future__ import annotations

import itertools
import json
import random
from collections.abc import AsyncIterator, Mapping

import pytest

from duet.edge_agent.restore import Restorer, restore_events, restore_json, restore_text
from duet.core.backend import Event, EventList, EventStream, Finish, TokenDelta, TopLogprob

MAPPING = {
    "[EMAIL_1]": "jane.roe@example.org",
    "[EMAIL_12]": "ops+alerts@example.com",
    "[PHONE_1]": "+44 20 7946 0958",
    "[PERSON_NAME_1]": "Oliver Grant",
    "[X]": 'a "quoted" \\ back\nslash [PHONE_1] é',  # a value that looks like a placeholder
}

ANSWERS = [
    "Write to [EMAIL_1] or call [PHONE_1], [PERSON_NAME_1].",
    "[EMAIL_1][EMAIL_12][PHONE_1]",
    "[[EMAIL_1]] [EMAIL_1 [EMAIL_] [EMAIL_2] [PHONE_9] [] [EMAIL_1",
    "array[0] = x[i]; [EMAIL_12",
    "ends with a bracket [",
    "[X] and [X][X]",
    "no placeholder at all",
    "",
]


def oracle(text: str, mapping: Mapping[str, str]) -> str:
    """Left-to-right scan, independent of the implementation."""
    out, i = [], 0
    while i < len(text):
        key = next((k for k in mapping if text.startswith(k, i)), None)
        if key is None:
            out.append(text[i])
            i += 1
        else:
            out.append(mapping[key])
            i += len(key)
    return "".join(out)


def stream(pieces: list[str], mapping: Mapping[str, str] = MAPPING,
           json_strings: bool = False) -> str:
    """Feed ``pieces`` one by one, checking after each that only the right suffix is held."""
    restorer = Restorer(mapping, json_strings=json_strings)
    prefixes = {k[:n] for k in mapping for n in range(1, len(k))}
    out, fed = [], ""
    for piece in pieces:
        out.append(restorer.feed(piece))
        fed += piece
        held = restorer.held
        # held: exactly the suffix from the last "[" when it can still grow into a known
        # placeholder, else nothing; everything before it is already released, restored
        start = fed.rfind("[")
        expected = fed[start:] if start >= 0 and fed[start:] in prefixes else ""
        assert held == expected, (pieces, fed, held)
        assert "".join(out) == restorer.restore(fed[:len(fed) - len(held)])
    out.append(restorer.flush())
    return "".join(out)


@pytest.mark.parametrize("answer", ANSWERS)
def test_whole_answer_matches_the_reference_scan(answer: str) -> None:
    assert restore_text(answer, MAPPING) == oracle(answer, MAPPING)


def test_known_values_replace_placeholders_and_unknown_ones_stay() -> None:
    text = "Mail [EMAIL_1], not [EMAIL_2]; call [PHONE_1] or [PHONE_2]."
    assert restore_text(text, MAPPING) == (
        "Mail jane.roe@example.org, not [EMAIL_2]; call +44 20 7946 0958 or [PHONE_2]."
    )
    # a value is inserted as it is: a placeholder-like text inside it is not restored again
    assert restore_text("[X]", MAPPING) == MAPPING["[X]"]
    assert restore_text("[EMAIL_1]", {}) == "[EMAIL_1]"


@pytest.mark.parametrize("answer", ANSWERS)
def test_split_at_every_position_and_every_pair_of_positions(answer: str) -> None:
    whole = restore_text(answer, MAPPING)
    n = len(answer)
    for i in range(n + 1):
        assert stream([answer[:i], answer[i:]]) == whole
    for i, j in itertools.combinations(range(n + 1), 2):
        assert stream([answer[:i], answer[i:j], answer[j:]]) == whole
    assert stream(list(answer)) == whole  # one character at a time


def _random_chunks(text: str, rng: random.Random) -> list[str]:
    cuts = sorted(rng.sample(range(len(text) + 1), rng.randint(0, min(len(text), 12))))
    bounds = [0, *cuts, len(text)]
    return [text[a:b] for a, b in itertools.pairwise(bounds)]  # empty pieces included


def test_random_answers_in_random_chunks_restore_as_the_whole_answer() -> None:
    rng = random.Random(20240611)
    atoms = [*MAPPING, "[EMAIL_", "[PHONE_2]", "[", "]", "[[", "EMAIL_1]", "_", "1", "a", " ",
             "é", "\n", '"', "[EMAIL_1", "[PERSON_NAME_"]
    for _ in range(3000):
        answer = "".join(rng.choice(atoms) for _ in range(rng.randint(0, 14)))
        whole = restore_text(answer, MAPPING)
        assert whole == oracle(answer, MAPPING)
        for _ in range(4):
            assert stream(_random_chunks(answer, rng)) == whole


def test_text_that_cannot_become_a_placeholder_is_released_at_once() -> None:
    restorer = Restorer({"[EMAIL_1]": "a@b.c"})
    released, fed = "", ""
    for char in "Hello, array[0] and [PHONE_1] done":  # [P… is no known placeholder
        released += restorer.feed(char)
        fed += char
        assert released + restorer.held == fed and restorer.held in ("", "[")
    assert released == fed
    assert restorer.feed("[EM") == "" and restorer.held == "[EM"
    assert restorer.feed("X") == "[EMX" and restorer.held == ""
    assert restorer.feed("[EMAIL_1") == "" and restorer.feed("]") == "a@b.c"
    assert restorer.feed("[EMAIL_") == "" and restorer.flush() == "[EMAIL_"  # never completed


def test_json_arguments_stay_valid_and_decode_to_the_original_values() -> None:
    arguments = json.dumps({"to": "[EMAIL_1]", "note": "call [PHONE_1] re [X]", "cc": ["[EMAIL_9]"]})
    restored = restore_json(arguments, MAPPING)
    assert json.loads(restored) == {
        "to": MAPPING["[EMAIL_1]"],
        "note": f"call {MAPPING['[PHONE_1]']} re {MAPPING['[X]']}",
        "cc": ["[EMAIL_9]"],
    }
    assert restore_text(arguments, MAPPING) != restored  # the raw value would break the JSON
    for i in range(len(arguments) + 1):  # streamed tool-call arguments, cut anywhere
        assert stream([arguments[:i], arguments[i:]], json_strings=True) == restored


def test_keys_with_inner_brackets_are_refused() -> None:
    with pytest.raises(ValueError):
        Restorer({"[A[B]": "x"})
    with pytest.raises(ValueError):
        Restorer({"EMAIL_1": "x"})


# ---- events ---------------------------------------------------------------------------------


async def _aiter(events: list[Event]) -> AsyncIterator[Event]:
    for event in events:
        yield event


async def collect(events: list[Event], mapping: Mapping[str, str] = MAPPING) -> list[Event]:
    return [e async for e in restore_events(_aiter(events), mapping)]


TOP = (TopLogprob("Hi", -0.1), TopLogprob("Hey", -2.0))


async def test_events_keep_logprobs_on_the_delta_that_carries_the_text() -> None:
    finish = Finish("stop", 11, 6)
    source: list[Event] = [
        TokenDelta("Hi", -0.1, TOP), TokenDelta(" [", -0.2), TokenDelta("EM", -0.3),
        TokenDelta("AIL_1]", -0.4), TokenDelta(" bye", -0.5, TOP), TokenDelta(" [PH", -0.6), finish,
    ]
    out = await collect(source)
    assert out[0] is source[0]  # untouched: the same delta, alternatives included
    assert [e.text for e in out if isinstance(e, TokenDelta)] == [
        "Hi", " ", MAPPING["[EMAIL_1]"], " bye", " ", "[PH"]
    restored = out[2]
    assert isinstance(restored, TokenDelta)
    assert restored.logprob == pytest.approx(-0.7) and restored.top_logprobs == ()
    assert out[3] is source[4]
    assert out[-1] is finish  # usage counts unchanged; the held "[PH" released before it
    total = sum(e.logprob or 0.0 for e in out if isinstance(e, TokenDelta))
    assert total == pytest.approx(-2.1)  # no probability lost or counted twice


async def test_a_missing_logprob_makes_the_joined_one_unknown() -> None:
    out = await collect([TokenDelta("[EMAIL", -0.3), TokenDelta("_1]", None)])
    assert out == [TokenDelta(MAPPING["[EMAIL_1]"], None)]  # flushed at the end, no Finish


async def test_an_empty_mapping_leaves_the_stream_as_it_is() -> None:
    source = _aiter([TokenDelta("[EMAIL_1]")])
    assert restore_events(source, {}) is source


async def test_closing_the_restored_stream_closes_the_source() -> None:
    closed: list[bool] = []

    async def source() -> AsyncIterator[Event]:
        try:
            yield TokenDelta("a")
            yield TokenDelta("b")
        finally:
            closed.append(True)

    restored = restore_events(source(), MAPPING)
    assert isinstance(restored, EventStream)
    assert await anext(restored) == TokenDelta("a")
    await restored.aclose()
    assert closed == [True]


async def test_closing_the_restored_stream_before_reading_closes_the_source() -> None:
    """A client that leaves before the first token must still free the cloud call."""
    source = EventList([TokenDelta("a")])
    closed: list[bool] = []
    real_close = source.aclose

    async def aclose() -> None:
        closed.append(True)
        await real_close()

    source.aclose = aclose  # type: ignore[method-assign]  # observe the call
    await restore_events(source, MAPPING).aclose()
    assert closed == [True]
