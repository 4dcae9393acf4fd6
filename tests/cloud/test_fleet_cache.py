"""The cloud pool's response cache on the gRPC path: devices of one fleet share answers."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import openai
import pytest

from tests.cloud.conftest import CloudProcess, smol_llama_pool
from tests.servers import DuetProcess

QUESTION = "Prove that the sum of two odd numbers is even, step by step."


def cloud_cache(cloud: CloudProcess, result: str) -> float:
    for line in httpx.get(cloud.url + "/metrics").text.splitlines():
        if line.startswith(f'duet_cache_results_total{{result="{result}"}}'):
            return float(line.rsplit(" ", 1)[1])
    return 0.0


@pytest.fixture(scope="module")
def fleet(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[CloudProcess, list[DuetProcess]]]:
    pool = smol_llama_pool(tmp_path_factory.mktemp("fleet"))
    with CloudProcess(["--pool-file", str(pool)], log_name="cloud-fleet", cache=True) as cloud:
        devices = [
            DuetProcess(["edge", "--cloud-target", cloud.target, "--n-threads", "1"],
                        log_name=f"edge-fleet-{i}")
            for i in range(2)
        ]
        try:
            yield cloud, devices
        finally:
            for device in devices:
                device.stop()


def ask(device: DuetProcess, content: str, **headers: str) -> tuple[str, dict[str, str]]:
    client = openai.OpenAI(base_url=device.url + "/v1", api_key="unused", max_retries=0,
                           default_headers={"x-duet-route": "cloud", **headers})
    raw = client.chat.completions.with_raw_response.create(
        model="auto", messages=[{"role": "user", "content": content}], max_tokens=8, temperature=0
    )
    return raw.parse().choices[0].message.content or "", dict(raw.headers)


def test_a_second_device_gets_the_first_devices_answer_from_the_cloud_cache(fleet) -> None:
    cloud, (first, second) = fleet
    hits = cloud_cache(cloud, "hit")
    answer, headers = ask(first, QUESTION)
    assert headers["x-duet-route"] == "cloud"
    again, headers = ask(second, QUESTION)
    assert headers["x-duet-route"] == "cloud" and headers["x-duet-cache"] == "miss"  # edge's own
    assert again == answer
    assert cloud_cache(cloud, "hit") == hits + 1


def test_redacted_escalations_are_not_cached_in_the_cloud(fleet) -> None:
    cloud, (first, second) = fleet
    content = f"Write to ann.lee@example.net: {QUESTION}"
    hits, bypasses = cloud_cache(cloud, "hit"), cloud_cache(cloud, "bypass")
    for device in (first, second):
        _, headers = ask(device, content, **{"x-duet-privacy": "redact"})
        assert headers["x-duet-route"] == "cloud"
    assert cloud_cache(cloud, "hit") == hits
    assert cloud_cache(cloud, "bypass") == bypasses + 2
