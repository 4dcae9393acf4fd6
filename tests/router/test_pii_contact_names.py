"""Names in the commands people give a phone or a car: small letters after "call" or "text",
a Chinese name after an English verb, any name between 给 and what is done, surnames that are
also words. Whom a command calls when it names no person stays clean."""

from __future__ import annotations

import pytest

from tests.router.pii_checks import assert_clean, assert_found


@pytest.mark.parametrize(("text", "value"), [
    ("text emily morgan: running 10 min late", "emily morgan"),
    ("Hey Google, call antoinette beer on speaker", "antoinette beer"),
    ("call roland le goff on speaker", "roland le goff"),
    ("call 符建军 问一下 invoice No.2024271603 的 status", "符建军"),
    ("email 高建军 the minutes", "高建军"),
    ("傳訊息給吳信宏說我會晚到", "吳信宏"),
    ("小爱同学，给朴慧打电话", "朴慧"),
    ("给楼梅发消息说我晚十分钟到", "楼梅"),
    ("給陸美玲打電話", "陸美玲"),
    ("傳訊息給Patrik Wilmsen說我會晚到", "Patrik Wilmsen"),
    ("给paride ceravolo发消息说我晚十分钟到", "paride ceravolo"),
    ("Hey Google, call linde hoekstra on speaker", "linde hoekstra"),
    ("text betti junk: running 10 min late", "betti junk"),
    ('transcript: "hey assistant text friedrich-karl fischer that I will be late"', "friedrich-karl fischer"),
    ("call 南娟 问一下 invoice INV2024214543 的 status", "南娟"),
    ("打给emily morgan", "emily morgan"),
    ("联系joshua solis问下进度", "joshua solis"),
    ("给 emily morgan 发个消息", "emily morgan"),
    ("remind me to call emily morgan tomorrow", "emily morgan"),
    ("FaceTime with emily morgan", "emily morgan"),
    ("send a text to emily morgan saying hi", "emily morgan"),
    ("ask emily morgan to send the file", "emily morgan"),
    ("email jenny morrison about the lease", "jenny morrison"),
    ("call jose de la cruz now", "jose de la cruz"),
])
def test_the_person_a_command_names(text: str, value: str) -> None:
    assert_found(text, "person_name", value)


@pytest.mark.parametrize("text", [
    "call customer service", "call the office", "call my mom", "call mom and dad", "message the team",
    "call an uber", "给客服打电话", "給老闆打電話", "给门卫打电话", "给快递员打电话", "给他们发消息", "给大家说一下",
    "给妈妈打电话", "给小区物业打电话", "给前台说一声", "给对方回个电话", "给自己留言", "给区经理打电话",
    "给原来的房东发消息", "给信用卡中心打电话", "call customer service on speaker", "text the group: running late",
    "call room service on speaker", "tell me a joke", "ask grace about it", "call emily now", "tell mark what happened",
    "联系一下客服", "联系我们", "联系方式", "ask them to call back", "tell the team the news", "call tech support: my laptop is dead", "text work group: late", "call home on speaker",
])
def test_no_person_named(text: str) -> None:
    assert_clean(text)
