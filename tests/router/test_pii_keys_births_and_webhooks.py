"""Secrets under names that end in key, secret or token ("mchKey: '7ed1…'"), WireGuard private
keys, Aliyun AccessKey IDs, GitLab runner tokens and webhook addresses; birth dates with the month
in capitals, after Italian and Portuguese birth words, and in Taiwan's years of the Republic."""

from __future__ import annotations

import pytest

from tests.router.pii_checks import assert_clean, assert_found


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("const config = {\n  appId: 'wx1a2b3c4d5e6f7a8b',\n  mchKey: '7ed14fb9c2d47df2b51660b77dd57071'\n}", "api_key_secret",
     "7ed14fb9c2d47df2b51660b77dd57071"),
    ('SMS_KEY = "UK6uIxiTaImXrNZeYDsaPrU9GSbKzhgR"', "api_key_secret", "UK6uIxiTaImXrNZeYDsaPrU9GSbKzhgR"),
    ("[Interface]\nPrivateKey = c7562BU3vw6TcBoVf5iPmlUDlQqFSEIFYebHJ/o+0JM=", "api_key_secret",
     "c7562BU3vw6TcBoVf5iPmlUDlQqFSEIFYebHJ/o+0JM="),
    ("aliyun.oss.accessKeyId=LTAI5te8ow8dugQyITSFvj5m", "api_key_secret", "LTAI5te8ow8dugQyITSFvj5m"),
    ('{"key":"x-api-key","value":"glrt-keQc4dvJA2Lvfe_XoWK3"}', "api_key_secret", "glrt-keQc4dvJA2Lvfe_XoWK3"),
    ("webhook 是 https://open.feishu.cn/open-apis/bot/v2/hook/5fcec1df-4de0-45b8-ad22-6e8892f638d6 ，", "api_key_secret",
     "5fcec1df-4de0-45b8-ad22-6e8892f638d6"),
    ("a driving licence for Stanisław Bak, born 06 FEB 1978, a Visa card", "date_of_birth", "06 FEB 1978"),
    ("Cognome e nome: IVO GABBA\nNato/a il: 28/9/61\nResidenza: Piazza Garibaldi", "date_of_birth", "28/9/61"),
    ("Cônjuge 1: Cecília Novais, nascido(a) em 6/11/55", "date_of_birth", "6/11/55"),
    ("姓名：賴國榮，出生日期：民國80年2月4日，地址：臺南市", "date_of_birth", "民國80年2月4日"),
    ("戶長：黃冠廷，出生日期：076/04/02，住址：臺南市", "date_of_birth", "076/04/02"),
])
def test_new_forms_are_found(text: str, kind: str, value: str) -> None:
    assert_found(text, kind, value)


@pytest.mark.parametrize("text", [
    "storageKey: 'app-settings-v2-2024'",
    "publicKey: 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE'",
    "i18nKey: 'checkout_button_label_2'",
    "the private key is stored in vault",
    "NATO was founded on 4 APR 1949",
])
def test_look_alikes_stay_clean(text: str) -> None:
    assert_clean(text)
