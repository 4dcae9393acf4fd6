"""Bearer tokens checked against SHA-256 digests, TLS and mTLS with certificates made here."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from duet.cloud.auth import token_digest
from duet.core.grpc_status import CloudAuthenticationFailed, CloudUnavailable
from tests.cloud.certs import Certs, make_certs
from tests.cloud.conftest import CloudProcess, chat, client, ctx

TOKEN = "edge-token-1"
FAST_FAIL = {"cloud_connect_timeout_s": 0.5}


@pytest.fixture(scope="module")
def certs(tmp_path_factory: pytest.TempPathFactory) -> Certs:
    return make_certs(tmp_path_factory.mktemp("certs"))


@pytest.fixture(scope="module")
def mtls_cloud(certs: Certs, smol_pool_file: Path) -> Iterator[CloudProcess]:
    """Token and client certificate both required."""
    with CloudProcess([
        "--pool-file", str(smol_pool_file),
        "--cloud-token-sha256", f"{token_digest('another-token')},{token_digest(TOKEN)}",
        "--tls-cert-file", str(certs.server_cert), "--tls-key-file", str(certs.server_key),
        "--tls-client-ca-file", str(certs.ca),
    ], log_name="cloud-mtls") as proc:
        yield proc


@pytest.fixture(scope="module")
def tls_cloud(certs: Certs, smol_pool_file: Path) -> Iterator[CloudProcess]:
    with CloudProcess([
        "--pool-file", str(smol_pool_file),
        "--tls-cert-file", str(certs.server_cert), "--tls-key-file", str(certs.server_key),
    ], log_name="cloud-tls") as proc:
        yield proc


def mtls(certs: Certs, **extra: object) -> dict[str, object]:
    return dict(cloud_tls=True, cloud_ca_file=certs.ca, cloud_cert_file=certs.client_cert,
                cloud_key_file=certs.client_key, **FAST_FAIL, **extra)


async def answers(target: str, **settings: object) -> str:
    cloud = client(target, **settings)
    try:
        generation = await cloud.generate(chat(max_tokens=2), ctx())
        async for _ in generation.events:
            pass
        return generation.model
    finally:
        await cloud.aclose()


async def test_mtls_with_the_right_token_works(mtls_cloud: CloudProcess, certs: Certs) -> None:
    assert await answers(mtls_cloud.target, **mtls(certs, cloud_token=TOKEN)) == "smol-pool"


@pytest.mark.parametrize("token", ["wrong-token", ""])
async def test_bad_or_missing_token_is_unauthenticated(
    mtls_cloud: CloudProcess, certs: Certs, token: str
) -> None:
    with pytest.raises(CloudAuthenticationFailed) as caught:
        await answers(mtls_cloud.target, **mtls(certs, cloud_token=token))
    assert caught.value.code == "cloud_unauthenticated"
    assert caught.value.status_code == 503
    assert "DUET_CLOUD_TOKEN" in caught.value.message


async def test_list_models_needs_the_token_too(mtls_cloud: CloudProcess, certs: Certs) -> None:
    cloud = client(mtls_cloud.target, **mtls(certs, cloud_token="wrong-token"))
    try:
        with pytest.raises(CloudAuthenticationFailed):
            await cloud.list_models()
        assert await cloud.check_health(2.0) > 0  # health stays open for probes
    finally:
        await cloud.aclose()


async def test_mtls_refuses_a_client_without_certificate(
    mtls_cloud: CloudProcess, certs: Certs
) -> None:
    with pytest.raises(CloudUnavailable):
        await answers(mtls_cloud.target, cloud_tls=True, cloud_ca_file=certs.ca,
                      cloud_token=TOKEN, **FAST_FAIL)


async def test_mtls_refuses_a_certificate_from_another_ca(
    mtls_cloud: CloudProcess, certs: Certs, tmp_path: Path
) -> None:
    other = make_certs(tmp_path, ca_name="Other CA")
    with pytest.raises(CloudUnavailable):
        await answers(mtls_cloud.target, cloud_tls=True, cloud_ca_file=certs.ca,
                      cloud_cert_file=other.client_cert, cloud_key_file=other.client_key,
                      cloud_token=TOKEN, **FAST_FAIL)


async def test_tls_works_with_the_ca_and_fails_without(tls_cloud: CloudProcess, certs: Certs) -> None:
    assert await answers(tls_cloud.target, cloud_tls=True, cloud_ca_file=certs.ca) == "smol-pool"
    with pytest.raises(CloudUnavailable):  # system roots do not know the test CA
        await answers(tls_cloud.target, cloud_tls=True, **FAST_FAIL)
    with pytest.raises(CloudUnavailable):  # plaintext against a TLS port
        await answers(tls_cloud.target, **FAST_FAIL)
