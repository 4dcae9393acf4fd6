"""Chinese names in the lines of a list ("白雪梅 800"), after the roles of a sale, a vehicle, a
complaint or a parcel label ("买方", "车主", "投诉人", "收："), with a rarer surname in a slot
("业主漆晨"), with a middle dot ("努尔江·玉素甫"), before "(先生)", and in another script in
brackets after the name; names after labels of other languages ("Ospite:", "Cônjuge 1:");
village addresses ("李楼村一组45号"), building-unit-room with dashes, and Polish streets."""

from __future__ import annotations

import pytest

from duet.router.privacy import detect_pii
from tests.router.pii_checks import assert_clean, assert_found


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("帮我把礼簿整理成表格并算总数：\n白雪梅 800\n刘秀云 600\n宇文桐宇 1000（微信转账）\n李凯 500", "person_name", "宇文桐宇"),
    ("帮我把礼簿整理成表格并算总数：\n白雪梅 800\n刘秀云 600\n宇文桐宇 1000（微信转账）\n李凯 500", "person_name", "白雪梅"),
    ("名单：\n1. 陈云 110105201406240818\n2. 林刚 110105201406240818\n3. 努尔江·玉素甫 620102201601121815",
     "person_name", "努尔江·玉素甫"),
    ("车主张雪，电话+86 199 3128 7942", "person_name", "张雪"),
    ("投诉人马娜，电话139 5687 8893", "person_name", "马娜"),
    ("收：李娜 14728917755\n江西省赣州市", "person_name", "李娜"),
    ("业主漆晨，电话+86 134 6337 4714", "person_name", "漆晨"),
    ("高辉(先生) 17653110673", "person_name", "高辉"),
    ("申请人黄旭（Yang Shi），护照号G73851424", "person_name", "Yang Shi"),
    ("Translate this hostel register entry: 'Ospite: Gianluigi Balbi - Passaporto n. GY7714531", "person_name",
     "Gianluigi Balbi"),
    ("Cônjuge 1: Cecília Novais, CPF 336.421.688-68", "person_name", "Cecília Novais"),
    ("居住地址：安徽省阜阳市临泉县迎仙镇李楼村一组45号", "street_address", "安徽省阜阳市临泉县迎仙镇李楼村一组45号"),
    ("住址湖南省邵阳市隆回县桃洪镇沙坪村一组83号", "street_address", "湖南省邵阳市隆回县桃洪镇沙坪村一组83号"),
    ("安徽省 合肥市 蜀山区 黄山路640号 金色家园7-2-2001", "street_address", "安徽省 合肥市 蜀山区 黄山路640号 金色家园7-2-2001"),
    ("zamieszkały ul. Grunwaldzka 17 m. 40, 00-957 Warszawa", "street_address", "ul. Grunwaldzka 17 m. 40, 00-957 Warszawa"),
])
def test_names_and_addresses_in_new_slots_are_found(text: str, kind: str, value: str) -> None:
    assert_found(text, kind, value)


@pytest.mark.parametrize("text", [
    "今日金价：\n黄金 500\n白银 300\n铂金 250",
    "成绩：\n语文 90\n数学 95\n英语 88",
    "所有人都来了，所有人员请注意",
    "列夫·托尔斯泰的小说",
    "我们是第三组5号选手",
])
def test_look_alikes_stay_clean(text: str) -> None:
    assert_clean(text)


def test_words_in_brackets_after_a_name_are_no_second_name() -> None:
    names = [s.value for s in detect_pii("Ask Tom Baker (the CFO) about it") if s.type == "person_name"]
    assert names == ["Tom Baker"]
