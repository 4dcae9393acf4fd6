"""Values in the styles of corpus D (bench/pii_corpus_d.py), each missed by the detector before
the seventh round (docs/privacy.md section 6), with look-alikes that must stay unmasked: a Chinese
keyword glued to a Latin word, a misspelt keyword, the Traditional verb for dialling, someone's
number, a number sent to a full name, a contact added with its number, money sent to an account,
an English card word in Chinese text, a keyword with a value of its own, plates of digits in a
plate column, and reference words before Luhn-valid numbers. Then the detector on a seeded sample
of D-dev (500 items, a seed of its own): format types 0.9965 here (0.9806 on main), false positives
0 %; names and addresses are guarded against regressions only (their misses: docs/privacy.md)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from bench.pii_corpus_c_frames import part_of
from bench.pii_corpus_d import generate
from bench.pii_corpus_d_frames import STYLE_FRAMES
from bench.pii_corpus_d_values import SLOTS
from bench.pii_eval import evaluate
from duet.router.privacy import detect_pii
from duet.router.privacy.lexicon import load_lexicon
from tests.router.pii_checks import assert_clean, assert_found

FOUND = [
    # a Chinese keyword right after a Latin word (a name) still names the value
    ("幫我訂明天的票乘客Silke Kisman身分證I282295453手機+17174473121謝謝", "cn_resident_id", "I282295453"),
    ("帮我订明天的高铁乘客Célina Pasquier身份证Z255376437手机(+86)13428643944谢谢", "cn_resident_id", "Z255376437"),
    # misspelt keywords
    ("my pasport numbr is S59714423", "passport", "S59714423"),
    ("my pasport numbr is 148854487", "passport", "148854487"),
    ("the router pasword is Tr0ub4dor&3", "api_key_secret", "Tr0ub4dor&3"),
    # dialling in Traditional Chinese, with the bracket of the area code
    ("幫我回這封信：\n您好，報價單已收到，有問題請撥02944268467。\n吳美蘭 敬上", "phone", "02944268467"),
    ("有問題請撥(27) 7873-2559。", "phone", "(27) 7873-2559"),
    # someone's number, a number sent to someone, a contact added with its number
    ("update brian russo's number to 385 0163 4336", "phone", "385 0163 4336"),
    ("update Maurits Langevoort's number to 9129483139", "phone", "9129483139"),
    ("send my ETA to Mauricio Aranda at 09262069437", "phone", "09262069437"),
    ("send my ETA to Renan Aragão at (51) 2837-5043", "phone", "(51) 2837-5043"),
    ("add Amara Manne to my contacts, number 694 399 700", "phone", "694 399 700"),
    # money sent to a number
    ("翻译成英文：王总您好，货款请打到56261260838462850086，户名劉淑華，谢谢。", "bank_account", "56261260838462850086"),
    ("款項匯至 44154733 謝謝", "bank_account", "44154733"),
    # an English card word before a UnionPay number in Chinese text
    ("我的 card number 6210-7646-9150-0692 是不是 expired 了", "credit_card", "6210-7646-9150-0692"),
    # … but a 19-digit UnionPay number stays a debit card (router-dev)
    ("示例日志：user=刘畅 phone=15196784230 card=6214 8308 2462 8194 821 order=202405178834512367", "bank_account",
     "6214 8308 2462 8194 821"),
    # a password reset to a value, bank details, a home server's private address
    ("the router admin password got reset to Adm1n@2024", "api_key_secret", "Adm1n@2024"),
    ("her bank details: 4402 1234 5678 901 (Chase)", "bank_account", "4402 1234 5678 901"),
    ("my NAS is at 10.0.0.12 on port 5000", "ip_address", "10.0.0.12"),
    # a phone word nearer than the account word names the number
    ("您好我的會員帳號綁的手機是0912-345-678麻煩幫我改成0933123456", "phone", "0912-345-678"),
    # an e-mail written with a Chinese full stop
    ("我邮箱zhangsan@qq。com打不开", "email", "zhangsan@qq。com"),
    # passwords on a command line
    ("redis-cli -h 47.96.12.34 -a R3d1sPass", "api_key_secret", "R3d1sPass"),
    ("mysql -u root -pToor2024 -h 10.1.2.3", "api_key_secret", "Toor2024"),
    ("curl -u admin:P@ssw0rd123 https://192.0.2.10/api", "api_key_secret", "P@ssw0rd123"),
    ("sshpass -p 'Qz8!mK2p' ssh root@203.0.113.9", "api_key_secret", "Qz8!mK2p"),
    # latitude and longitude after a space, with four decimals
    ("set destination lat 40.7128 lng -74.0060", "gps_coordinates", "40.7128"),
    ("set destination lat 40.7128 lng -74.0060", "gps_coordinates", "-74.0060"),
    # plates of digits alone under a plate column
    ("sort by plate:\nplate,vin,owner\n934 3678,SALLS8XJ8TAL93581,David Douglas", "license_plate", "934 3678"),
    ("sort by plate:\nplate,vin,owner\n670-EMW,2T1BYYZC2G9876028,Jon Hale\n1847,1hgdrjw93xw224939,Ana Ribeiro",
     "license_plate", "1847"),
]

UNMASKED = [
    # a keyword with its own value does not claim a timestamp before it (the card is masked as an
    # account: a UnionPay number in Chinese text)
    "解析：20256087818320 支付成功 订单=2007698934549464881",
    # "batch" is a reference word
    "batch 621226199712319616 passed QC",
    # not someone's number: an order's, a version's; no person after "send … to"
    "the order's number is 12345678",
    "the version's number is 23456789",
    "send the parcel to Berlin at 0930",
    # a firmware version on a NAS, a plan reset to a version
    "upgrade the NAS firmware to 4.3.6.0725",
    "the plan got reset to 2.0 for the team",
    # a password prompt, a variable, a flag of another command
    "mysql -u root -p mydb",
    "mysql -u root -p$MYSQL_PWD mydb",
    "curl -u admin:$TOKEN https://example.com",
    "curl -X POST -d 'a=1' -p https://example.com",
    # a full stop after a word that follows "@"
    "email me@home。Then call",
    # "long" and "lat" before a short decimal
    "a long 12.500 km walk",
    # calling, not paying: a mobile after 打到 stays a phone (checked below), a pass is no passport
    "a pass to the museum 12345678",
]


@pytest.mark.parametrize(("text", "typ", "value"), FOUND)
def test_value_found_with_its_type(text: str, typ: str, value: str) -> None:
    assert_found(text, typ, value)


@pytest.mark.parametrize("text", UNMASKED)
def test_look_alike_left_alone(text: str) -> None:
    assert_clean(text)


def test_a_keyword_with_its_own_value_names_only_that_one() -> None:
    text = "解析：20256087818320 支付成功 卡号=6280-5724-2788-6615 订单=2007698934549464881"
    assert [(s.type, s.value) for s in detect_pii(text)] == [("credit_card", "6280-5724-2788-6615")]


def test_a_quoted_key_ends_at_its_closing_quote() -> None:
    text = 'requests.get(url, headers={"X-Api-Key": "9f8e7d6c5b4a39281706f5e4d3c2b1a0"})'
    assert [(s.type, s.value) for s in detect_pii(text)] == [("api_key_secret", "9f8e7d6c5b4a39281706f5e4d3c2b1a0")]


def test_a_call_to_a_mobile_is_no_transfer() -> None:
    assert [(s.type, s.value) for s in detect_pii("有事打到13812345678")] == [("phone", "13812345678")]


SEED = 11
SIZE = 500


@pytest.fixture(scope="module")
def sample() -> list[dict[str, Any]]:
    return list(generate(SIZE, SEED, "dev"))


@pytest.fixture(scope="module")
def report(sample: list[dict[str, Any]]) -> dict[str, Any]:
    load_lexicon()
    return evaluate(sample)


def test_sample_is_well_formed(sample: list[dict[str, Any]]) -> None:
    assert len(sample) == SIZE
    assert {label["type"] for item in sample for label in item["pii"]} >= set(SLOTS.values()) - {"national_id"}
    for item in sample:
        assert set(item) == {"id", "prompt", "lang", "label", "category", "pii"}
        for label in item["pii"]:
            assert label["value"] in item["prompt"], item
    assert sum(1 for item in sample if not item["pii"]) >= 0.15 * SIZE  # look-alikes are there


def test_generation_is_deterministic_and_parts_differ() -> None:
    again = [json.dumps(item, ensure_ascii=False) for item in generate(50, SEED, "dev")]
    assert again == [json.dumps(item, ensure_ascii=False) for item in generate(50, SEED, "dev")]
    assert again != [json.dumps(item, ensure_ascii=False) for item in generate(50, SEED + 1, "dev")]
    frames = STYLE_FRAMES["command"]["en"]
    assert set(part_of(frames, "dev")) - set(part_of(frames, "test"))  # D-test keeps frames of its own
    assert set(part_of(frames, "test")) - set(part_of(frames, "dev"))


def test_recall_on_format_types_reaches_the_target(report: dict[str, Any]) -> None:
    assert report["recall_format_types"] >= 0.99, report["recall"]


def test_names_and_addresses_do_not_regress(report: dict[str, Any]) -> None:
    assert report["recall"]["person_name"] >= 0.80, report["recall"]
    assert report["recall"]["street_address"] >= 0.88, report["recall"]


def test_false_positives_on_pii_free_items(report: dict[str, Any]) -> None:
    assert report["false_positive_rate"] <= 0.02
