"""Rate, size, prompt, token and queue limits, together, on a real edge with the official client."""

from __future__ import annotations

import concurrent.futures
import time
from collections.abc import Iterator

import httpx
import openai
import pytest

from duet.gateway.ratelimit import TokenBuckets
from tests.servers import DuetProcess

KEYS = [f"sk-limits-{i}" for i in range(6)]
TOKEN_LIMIT = 48


@pytest.fixture(scope="module")
def limited() -> Iterator[DuetProcess]:
    flags = [
        "edge",
        "--api-keys", ",".join(KEYS),
        "--rate-limit-rps", "1", "--rate-limit-burst", "2",
        "--max-request-bytes", "4096",
        "--max-prompt-chars", "300",
        "--max-tokens-limit", str(TOKEN_LIMIT),
        "--queue-size", "1",
        "--n-parallel", "2",
    ]
    with DuetProcess(flags, log_name="edge-limits") as proc:
        yield proc


def client(proc: DuetProcess, key: str) -> openai.OpenAI:
    return openai.OpenAI(base_url=proc.url + "/v1", api_key=key, max_retries=0, timeout=60)


def test_rate_limit_per_key_with_retry_after(limited: DuetProcess) -> None:
    first, other = client(limited, KEYS[0]), client(limited, KEYS[1])
    first.models.list()
    first.models.list()  # the burst of 2
    with pytest.raises(openai.RateLimitError) as caught:
        first.models.list()
    response = caught.value.response
    assert response.headers["retry-after"] == "1"
    assert caught.value.body["type"] == "rate_limit_exceeded"  # type: ignore[index]
    assert caught.value.code == "rate_limit_exceeded"
    assert len(other.models.list().data) >= 1  # another key is unaffected
    time.sleep(1.05)  # one token back after 1 s at 1 rps
    first.models.list()


def test_rate_limit_applies_to_generation_routes(limited: DuetProcess) -> None:
    c = client(limited, KEYS[2])
    statuses = []
    for _ in range(4):
        try:
            c.completions.create(model="auto", prompt="hi", max_tokens=1)
            statuses.append(200)
        except openai.RateLimitError:
            statuses.append(429)
    assert statuses.count(429) >= 1 and statuses[:2] == [200, 200], statuses


def test_wrong_key_is_401_not_429(limited: DuetProcess) -> None:
    for _ in range(4):  # failed auth does not consume or create a bucket
        with pytest.raises(openai.AuthenticationError):
            client(limited, "sk-wrong").models.list()


def test_body_over_the_size_limit_is_413(limited: DuetProcess) -> None:
    with pytest.raises(openai.APIStatusError) as caught:
        client(limited, KEYS[3]).chat.completions.create(
            model="auto", messages=[{"role": "user", "content": "x" * 5000}]
        )
    assert caught.value.status_code == 413
    assert caught.value.code == "request_too_large"


def test_prompt_over_the_character_limit_is_400(limited: DuetProcess) -> None:
    with pytest.raises(openai.BadRequestError) as caught:
        client(limited, KEYS[3]).chat.completions.create(
            model="auto", messages=[{"role": "user", "content": "y" * 301}]
        )
    assert caught.value.code == "context_length_exceeded"


def test_max_tokens_is_lowered_to_the_limit(limited: DuetProcess) -> None:
    answer = client(limited, KEYS[4]).completions.create(
        model="auto", prompt="1, 2, 3, 4,", max_tokens=1000, temperature=0
    )
    assert answer.usage is not None and answer.usage.completion_tokens <= TOKEN_LIMIT
    assert answer.choices[0].finish_reason == "length"


def test_bounded_queue_turns_excess_away_with_429(limited: DuetProcess) -> None:
    """Two requests generate (two sequences), one waits (queue size 1); the rest are turned
    away at once."""
    time.sleep(2.1)  # refill the buckets used above

    def one(key: str) -> tuple[int, str | None, float]:
        started = time.monotonic()
        response = httpx.post(
            limited.url + "/v1/completions",
            headers={"authorization": f"Bearer {key}"},
            json={"model": "auto", "prompt": "1, 2, 3, 4,", "max_tokens": TOKEN_LIMIT,
                  "temperature": 0},
            timeout=60,
        )
        if response.status_code == 429:  # the queue's 429, not the rate limiter's
            assert "busy" in response.json()["error"]["message"], response.text
        return response.status_code, response.headers.get("retry-after"), time.monotonic() - started

    with concurrent.futures.ThreadPoolExecutor(len(KEYS)) as pool:
        results = list(pool.map(one, KEYS))
    statuses = sorted(r[0] for r in results)
    assert statuses.count(200) >= 2, results
    assert set(statuses) <= {200, 429}, results
    busy = [r for r in results if r[0] == 429]
    assert busy, results
    assert all(r[1] is not None for r in busy)
    ok_times = [r[2] for r in results if r[0] == 200]
    assert max(r[2] for r in busy) < max(ok_times)  # turned away without waiting its turn


def test_token_bucket_refills_at_the_rate() -> None:
    now = [0.0]
    buckets = TokenBuckets(2.0, 3, clock=lambda: now[0])
    assert [buckets.take("a") for _ in range(3)] == [0.0, 0.0, 0.0]
    assert buckets.take("a") == pytest.approx(0.5)
    assert buckets.take("b") == 0.0
    now[0] = 0.5
    assert buckets.take("a") == 0.0
    assert buckets.take("a") > 0
    now[0] = 100.0  # never more than the burst
    assert [buckets.take("a") for _ in range(4)][-1] > 0
