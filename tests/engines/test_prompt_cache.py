"""The host cache of KV cells: longest prefix, byte bound, least recently used out, held copies."""

from __future__ import annotations

from duet.engines.prompt_cache import HostKvCache, Snapshot, as_tokens, common_prefix


def snap(tokens: list[int], size: int = 100) -> Snapshot:
    return Snapshot(as_tokens(tokens), bytearray(size))


def test_common_prefix() -> None:
    assert common_prefix(as_tokens([1, 2, 3]), as_tokens([1, 2, 4, 5])) == 2
    assert common_prefix(as_tokens([1, 2]), as_tokens([1, 2, 3])) == 2
    assert common_prefix(as_tokens([]), as_tokens([1])) == 0


def test_the_longest_prefix_is_found() -> None:
    cache = HostKvCache(1000, min_tokens=1)
    cache.put(snap([1, 2, 3, 4]))
    cache.put(snap([1, 2, 9, 9, 9]))
    key, length = cache.longest_prefix(as_tokens([1, 2, 3, 4, 5, 6]))
    assert length == 4 and key is not None
    assert list(cache.get(key).tokens) == [1, 2, 3, 4]


def test_a_longer_turn_replaces_the_prefix_it_extends() -> None:
    cache = HostKvCache(1000, min_tokens=1)
    cache.put(snap([1, 2, 3]))
    cache.put(snap([1, 2, 3, 4, 5]))
    assert len(cache) == 1 and cache.used_bytes == 100
    assert not cache.worth_keeping(as_tokens([1, 2, 3]))  # covered already


def test_least_recently_used_entries_go_first_within_the_bound() -> None:
    cache = HostKvCache(250, min_tokens=1)
    cache.put(snap([1]))
    cache.put(snap([2]))
    key, _ = cache.longest_prefix(as_tokens([1]))
    assert key is not None
    cache.get(key)  # [1] is now the most recently used
    cache.put(snap([3]))
    assert cache.used_bytes <= 250
    assert cache.longest_prefix(as_tokens([2]))[1] == 0
    assert cache.longest_prefix(as_tokens([1]))[1] == 1
    assert not cache.put(snap([4], size=300))  # larger than the whole budget


def test_held_copies_are_never_evicted_and_count_against_the_bound() -> None:
    cache = HostKvCache(250, min_tokens=1)
    cache.put(snap([1]))
    assert cache.hold(7, snap([5, 6], size=200))
    assert len(cache) == 0  # the prefix made room
    assert not cache.put(snap([2]))
    assert not cache.hold(8, snap([9], size=100))
    assert list(cache.take(7).tokens) == [5, 6]
    assert cache.used_bytes == 0


def test_a_zero_budget_keeps_nothing() -> None:
    cache = HostKvCache(0)
    assert not cache.worth_keeping(as_tokens(list(range(100))))
    assert not cache.hold(1, snap([1]))
