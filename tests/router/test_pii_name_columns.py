"""Names that no cue points at but the structure does: a column whose header names it (CSV, TSV,
semicolon exports, markdown tables) and a quoted value under a key ('"holder": "Ana Ruiz"')."""

from __future__ import annotations

import pytest

from duet.router.privacy.detector import detect_pii
from duet.router.privacy.lexicon import load_lexicon


@pytest.fixture(scope="module", autouse=True)
def _chinese_lexicon() -> None:
    load_lexicon(chinese=True)


def _names(text: str) -> list[str]:
    return [s.value for s in detect_pii(text) if s.type == "person_name"]


@pytest.mark.parametrize(("text", "names"), [
    ("what is wrong with this export?\ncustomer;iban;amount\nCruz Solana;BR2678703056639627501130678EJ;12\n"
     "manu bonet;CH41 3447 4242 7132 3034 4;6", ["Cruz Solana", "manu bonet"]),
    ("sort by plate:\nplate,vin,owner\n冀Q 94923,JTDDVR7J1K0X81071,ladli borra\n苏M1JP75,5YJ1LY9F329F1515,Garima Chand",
     ["ladli borra", "Garima Chand"]),
    ("去重：\n姓名\t地址\n胡桂兰\t太原市西峰区刘街893号\n魏坤\t巢湖市华龙区刘路5号", ["胡桂兰", "魏坤"]),
    ("| name | role |\n|---|---|\n| Ana Ruiz | lead |\n| Tom Lee | dev |", ["Ana Ruiz", "Tom Lee"]),
    ('validate this JSON: {"name": "Laban Dash", "dob": "19391213"}', ["Laban Dash"]),
    ('{"card": "2250 1193 3363 3254", "holder": "Benigna Pereira"}', ["Benigna Pereira"]),
])
def test_names_under_a_header_or_key(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize("text", [
    "service,owner,tier\napi,Platform Team,1\nweb,Growth Squad,2",  # teams, not people
    "name,price\nWidget Pro,12\n",
    "id,customer,total\n1,C-1042,19.99\n2,C-1043,5.00",  # ids under a name header
    "Pull out all the dates from: 'Kickoff March 3, review April 14'",  # a quote after a label word in prose
    "name,email\nSummarize: customer called, wants a callback before 5pm.",  # prose with the header's commas
])
def test_headers_and_quotes_that_hold_no_name(text: str) -> None:
    assert _names(text) == []


def test_the_address_beside_a_name_cell_starts_after_the_tab() -> None:
    spans = detect_pii("姓名\t地址\n胡桂兰\t太原市西峰区刘街893号")
    assert [(s.type, s.value) for s in spans] == [("person_name", "胡桂兰"), ("street_address", "太原市西峰区刘街893号")]
