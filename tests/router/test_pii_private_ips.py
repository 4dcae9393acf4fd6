"""Private IPv4 addresses are addresses whatever their parts (the dataset labels them personal),
while section numbers and product versions shaped like them are not."""

from __future__ import annotations

import pytest

from duet.router.privacy.detector import detect_pii


def _ips(text: str) -> list[str]:
    return [s.value for s in detect_pii(text) if s.type == "ip_address"]


@pytest.mark.parametrize(("text", "ips"), [
    ("psql -h 10.20.3.15 -U app -d orders keeps timing out", ["10.20.3.15"]),
    ("线上 MySQL 172.16.8.21 的从库每天晚上延迟", ["172.16.8.21"]),
    ("web01 10.0.4.11, db 10.0.5.20", ["10.0.4.11", "10.0.5.20"]),
    ("172.16.0.1 is the gateway", ["172.16.0.1"]),
    ("it broke on v2.3.11 but works on 10.0.0.5", ["10.0.0.5"]),
])
def test_private_addresses_without_network_words(text: str, ips: list[str]) -> None:
    assert _ips(text) == ips


@pytest.mark.parametrize("text", [
    "see section 10.2.3.4 of the spec",
    "chapter 10.3.1.2 covers it",
    "macOS 10.15.7.1 will not boot",
    "iOS 10.3.3.1 update failed",
    "upgrade to version 10.0.0.5",
    "见第10.2.1.3条",
    "Windows 10.0.19045.3803",
])
def test_sections_and_versions_shaped_like_private_addresses(text: str) -> None:
    assert _ips(text) == []
