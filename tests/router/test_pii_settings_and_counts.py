"""Settings about secrets are not secrets ("PASSWORD_MIN_LENGTH=12", "TOKEN_TTL=3600"), and a
secret under a longer name starts after the whole name ("api_key_prod=sk-…"); a count or an amount
after an account word, and a date with its time after one, are not account numbers."""

from __future__ import annotations

import pytest

from tests.router.pii_checks import assert_clean, assert_found


@pytest.mark.parametrize("text", [
    "set PASSWORD_MIN_LENGTH=12 in settings.py",
    "TOKEN_TTL=3600 and API_KEY_HEADER=X-Api-Key",
    "REDIS_PASSWORD_FILE=/run/secrets/redis",
    "Our Instagram account gained 12 500 000 followers in 2024",
    "账号注册时间 2024-05-12 10:30:00",
])
def test_settings_counts_and_times_stay_clean(text: str) -> None:
    assert_clean(text)


@pytest.mark.parametrize(("text", "value"), [
    ("api_key_prod=sk-live-9f8e7d6c5b4a3928", "sk-live-9f8e7d6c5b4a3928"),
    ("STRIPE_SECRET_KEY_LIVE: 'rk_live_51HxYz2eZvKYlo2C0abc'", "rk_live_51HxYz2eZvKYlo2C0abc"),
    ("DB_PASSWORD=Hx9@2024db", "Hx9@2024db"),
])
def test_secrets_under_longer_names(text: str, value: str) -> None:
    assert_found(text, "api_key_secret", value)


def test_an_account_number_is_still_one() -> None:
    assert_found("please pay into account number 12345678 today", "bank_account", "12345678")
