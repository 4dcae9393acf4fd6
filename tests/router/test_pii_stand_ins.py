"""Stand-ins for secrets and for this machine are not personal data: a password variable in a
connection string (``$DB_PASSWORD``, ``${API_KEY}``, ``<YOUR_API_KEY>``) names no value, and the
rest of the line after it is no password; ``::1`` with a port is this machine, as 127.0.0.1 is.
The same keywords and addresses with real values are still found."""

from __future__ import annotations

import pytest

from tests.router.pii_checks import assert_clean, assert_found


@pytest.mark.parametrize("text", [
    "DATABASE_URL=postgres://user:$DB_PASSWORD@localhost:8080/dev",
    "database_url=postgres://user:${API_KEY}@127.0.0.1:27017/dev",
    "DATABASE_URL=postgres://user:<YOUR_API_KEY>@0.0.0.0:9090/dev",
    'curl -H "Authorization: Bearer $DB_PASSWORD" http://localhost:443/health',
    "curl -H 'Authorization: Bearer ${ACCESS_TOKEN}' https://api.internal/v2/items?page=3",
    'curl -h "authorization: bearer your-password-here" http://localhost:443/health',
    "set %PASSWORD% before running deploy_2024.bat",
    "mongodb://admin:$MONGO_PASSWORD@db-01:27017/admin?authSource=admin",
    "把连接串里的$DB_PASSWORD@localhost:5432换成变量",
])
def test_a_password_variable_names_no_value(text: str) -> None:
    assert_clean(text)


@pytest.mark.parametrize("text", [
    "curl -H \"Authorization: Bearer changeme\" http://::1:443/health",
    "DATABASE_URL=postgres://user:xxxxxxxx@::1:9090/dev",
    "the service listens on ::1:8080 and :: only",
    "ping ::1",
])
def test_this_machine_in_ipv6(text: str) -> None:
    assert_clean(text)


@pytest.mark.parametrize(("text", "typ", "value"), [
    ("%PASSWORD% is Zx9pLq2wRt", "api_key_secret", "Zx9pLq2wRt"),
    ("${DB_PASSWORD} = Zx9pLq2wRt", "api_key_secret", "Zx9pLq2wRt"),
    ("DB_PASSWORD=Tr0ub4dor99 in the .env", "api_key_secret", "Tr0ub4dor99"),
    ("postgres://app:Tr0ub4dor99@db.internal:5432/orders", "api_key_secret", "Tr0ub4dor99"),
    ("connect to 2001:db8:85a3::8a2e:370:7334 on port 22", "ip_address", "2001:db8:85a3::8a2e:370:7334"),
    ("fe80::1ff:fe23:4567:890a is my laptop", "ip_address", "fe80::1ff:fe23:4567:890a"),
])
def test_real_values_next_to_the_same_words(text: str, typ: str, value: str) -> None:
    assert_found(text, typ, value)
