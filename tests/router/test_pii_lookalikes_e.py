"""Look-alikes of the kinds corpus E's dev part showed: placeholders and code that reads a secret
from the environment, a published sample token, this machine in a config, firmware rolled back
to a version shaped like an address, lottery numbers, a number in a sum, a support ticket, a
product code after a bank's name, an image named for its scale, a query's keywords. The real
values next to the same words are still found."""

from __future__ import annotations

import pytest

from tests.router.pii_checks import assert_clean, assert_found

_JWT_IO = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2"
           "MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")


@pytest.mark.parametrize("text", [
    'secrets.toml\n[stripe]\napi_key = "REPLACE-ME"\nregion = "eu"',
    "token: {{ STRIPE_TOKEN }}",
    'password = "%SMTP_PASS%"',
    "就写 secret_key = os.getenv('SECRET_KEY2') 吧",
    "const token = process.env.GH_TOKEN2024",
    f"decode this sample bearer token for me: {_JWT_IO}",
    '[redis]\nhost = "127.0.0.1"\nport = 6380',
    "[cache]\nhost = ::1\nport = 11211",
    "bind = 0.0.0.0",
    "firmware 11.3.140.77 broke wifi, should I roll back to 7.2.231.96?",
    "升级后有问题，回滚到6.4.205.173可以吗",
    "大乐透开奖号码 05 12 19 27 33 + 04 08 我中了吗",
    "lottery numbers 07 14 21 28 35 42, what are the odds",
    "算一下 13800138000 除以 9 的余数",
    "is 15912345678 * 3 bigger than 4e10?",
    "support ticket ABC1234 is still open",
    "工商银行\n商品SKU-77812345 ¥1,299",
    "Which of these are image files: report_v3.pdf, logo@2x.png, data.csv?",  # an image at twice the size
    "SELECT name, COUNT(*) FROM orders GROUP BY name HAVING COUNT(*) > 3; why is this slow?",
])
def test_look_alikes(text: str) -> None:
    assert_clean(text)


@pytest.mark.parametrize(("text", "typ", "value"), [
    ('[stripe]\napi_key = "sk_live_9fQ2xLm8Zt4Rb7Wc1Yd3Pe6K"', "api_key_secret", "sk_live_9fQ2xLm8Zt4Rb7Wc1Yd3Pe6K"),
    ('password = "Hq7#vR2pLx9w"', "api_key_secret", "Hq7#vR2pLx9w"),
    ('[redis]\nhost = "203.0.113.77"\nport = 6380', "ip_address", "203.0.113.77"),
    ("ssh into 11.3.140.77 and restart nginx", "ip_address", "11.3.140.77"),
    ("got a parking ticket, car 7XYZ421", "license_plate", "7XYZ421"),
    ("我的手机13800138000，有事打给我", "phone", "13800138000"),
    ("mail the logo to design@studio2x.co", "email", "design@studio2x.co"),
    ("exp 02/26 name on card MARTHE HANSEN", "person_name", "MARTHE HANSEN"),
    ("工商银行 账号 6222 0202 0001 1234 567", "bank_account", "6222 0202 0001 1234 567"),
])
def test_real_values_next_to_the_same_words(text: str, typ: str, value: str) -> None:
    assert_found(text, typ, value)
