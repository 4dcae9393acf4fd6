"""Person names and street addresses in English and Chinese: forms and lists, titles, contact verbs,
running text, both address orders; public figures, roles and look-alikes not flagged.

Positives must come out with exactly these boundaries (what redaction would mask)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from duet.router.privacy import detect_pii
from duet.router.privacy.lexicon import load_lexicon, lexicon

NAMES = [
    # forms and lists
    ("Name: Hans-Jürgen Müller", "Hans-Jürgen Müller"),
    ("Full name: Charlotte van Vliet\nDOB: 02/03/1990", "Charlotte van Vliet"),
    ("name,email\nOlivia Bennett,olivia.b@example.org", "Olivia Bennett"),
    ("Marcus Webb | (415) 555-0142 | marcus.webb@northwind-supply.com", "Marcus Webb"),
    ("Emergency contact: Georgia Lewis, +1-435-580-2047", "Georgia Lewis"),
    ("姓名：周雅琴，身份证 320102198812304181", "周雅琴"),
    ("收件人：欧阳娜娜，电话见下", "欧阳娜娜"),
    ("户名钱淑芬，银行卡号 6217 0036 6392 3321 463", "钱淑芬"),
    ("刘洋 440305199306152877 15112846093", "刘洋"),
    ("入住人：黃美玉，身份证号：532925194602074091", "黃美玉"),
    # titles
    ("Please call Dr. Sabrina Okafor tomorrow", "Sabrina Okafor"),
    ("Mrs. Irmtrud Gutknecht asked for a refund.", "Irmtrud Gutknecht"),
    ("张伟先生您好，您的快递到了", "张伟"),
    ("黃俊男先生您好", "黃俊男"),
    ("李秀英女士的预约改到周三", "李秀英"),
    ("请转交给陈建华经理", "陈建华"),
    # contact verbs
    ("Text Daniel Kim that I'm outside", "Daniel Kim"),
    ("Forward this report to Venancio Miniati.", "Venancio Miniati"),
    ("Remind me to email Priya Natarajan about the offsite", "Priya Natarajan"),
    ("给王建国打电话", "王建国"),
    ("请通知孙丽华下午三点开会", "孙丽华"),
    ("帮我发微信给周子涵说晚点到", "周子涵"),
    ("转告林浩然，报销单已经批了", "林浩然"),
    ("打电话给刘德明问一下进度", "刘德明"),
    # self, relatives, sign-offs, running text
    ("My name is Oliver Grant and I need help", "Oliver Grant"),
    ("my sister Grace Liu now lands at SFO at 4:40pm", "Grace Liu"),
    ("Best regards,\nEmilie Peltier", "Emilie Peltier"),
    ("Jennifer Alvarez will present the Q3 numbers at our meeting", "Jennifer Alvarez"),
    ("我叫陈晓峰，在深圳工作", "陈晓峰"),
    ("我朋友刘思远想买车", "刘思远"),
    ("昨天李博说项目要延期", "李博"),
    ("史瑜明天来公司面试", "史瑜"),
    ("我和赵婷婷去了北京", "赵婷婷"),
    ("参会人吴晓东、郑佳和我", "郑佳"),
    ("Rewrite more politely: 'Mr. Adebayo Okonkwo, your payment is late again.'", "Adebayo Okonkwo"),
    ("“Ms. Adaeze Obi” called about the lease", "Adaeze Obi"),
    ("请把会议邀请发给张立新和刘晓燕", "张立新"),
    ("通知张立新和刘晓燕开会", "刘晓燕"),
    ("小爱同学，给Rosemary Thompson打电话", "Rosemary Thompson"),
    ("本人Daniel Green，身分證字號445122197108064092", "Daniel Green"),
    ("货款请打到这个账户，户名Britt Verbruggen，谢谢。", "Britt Verbruggen"),
    ("幫林家榮訂一張機票", "林家榮"),
    ("給鄭佩珊打電話", "鄭佩珊"),
    ("把家裡地址傳給高美娟", "高美娟"),
    ("患者Brayan Nogueira，病历号921-060-624", "Brayan Nogueira"),
    ("联系 Mark Foster 确认一下", "Mark Foster"),
    ("您好，報價單已收到，有問題請撥+86-13319279105。\n余建中 敬上", "余建中"),
    ("把林家榮的手機改成+19729115949", "林家榮"),
]
NOT_NAMES = [
    "Play the latest episode of the Lex Fridman podcast",
    "Is Brian Cox right about black holes?",
    "Write a poem in the style of Mary Oliver about my garden",
    "What did Elon Musk say about Taylor Swift?",
    "Write fan fiction where Harry Potter meets Sherlock Holmes",
    "Plan a road trip from Chicago to Yellowstone in a Model Y Long Range",
    "Flights from New York to Los Angeles on Friday",
    "Sorry for the long message. Convert Unix time 1578670497 to UTC",
    "马云和马化腾谁更早创业？",
    "李白的静夜思怎么背",
    "周恩来和谁是同一个时代的",
    "王老师布置的作业是什么",
    "张总说明天开会",
    "班主任李老师说要开家长会",
    "我妈 65 岁，体检查出甲状腺结节",
    "证明柯西-施瓦茨不等式",
    "华法林和阿司匹林能一起吃吗",
    "把下面这段白话改写成文言文",
    "周末去哪里玩比较好",
    "张三和李四是什么意思",
    "发给张总和李总，谢谢",
    "Rewrite: 'Dear Team, we are late.'",
    "给Google Drive上传文件",
    "约Starbucks Reserve见面",
    "联系Jordan Peterson的经纪人",
    "給大家說明一下",
    "分享给朋友圈",
    "把文件发给 Google Drive",
    "下载 Adobe Reader",
    "Michelle Obama的代表作有哪些 老师说孩子可能是多动症",
    "王經理說明天開會",
]
ADDRESSES = [
    ("I live at 9547 Davis Views, Sabrinaberg", "9547 Davis Views, Sabrinaberg"),
    ("Flat 3, 12 Baker Street, London SW1A 1AA", "Flat 3, 12 Baker Street, London SW1A 1AA"),
    ("Directions to 1847 Maple Ridge Drive, Boulder, CO 80304", "1847 Maple Ridge Drive, Boulder, CO 80304"),
    ("ship to 958 Daniels Lake Suite 601, Deniseview, IA 93155", "958 Daniels Lake Suite 601, Deniseview, IA 93155"),
    ("Studio 8, Leigh Fort, Nicholasmouth", "Studio 8, Leigh Fort, Nicholasmouth"),
    ("address: Davis Views, Sabrinaberg", "Davis Views, Sabrinaberg"),
    ("Neue Adresse: Hauptstraße 5, 10115 Berlin", "Hauptstraße 5, 10115 Berlin"),
    ("Kordula-Mangold-Straße 8533, 62241 Hannoversch Münden", "Kordula-Mangold-Straße 8533, 62241 Hannoversch Münden"),
    ("Berliner Straße 12", "Berliner Straße 12"),
    ("29, rue Alphonse Michel, 75001 Paris", "29, rue Alphonse Michel, 75001 Paris"),
    ("I live at Via Elisa, 991 Appartamento 84", "Via Elisa, 991 Appartamento 84"),
    ("Sterresingel 35, 2068 LO Huisduinen", "Sterresingel 35, 2068 LO Huisduinen"),
    ("I live at Rua das Flores 22, Porto", "Rua das Flores 22, Porto"),
    ("Envie para Avenida da Liberdade 245, Lisboa", "Avenida da Liberdade 245, Lisboa"),
    ("帮我导航去1610 Little Freeway Apt. 556, Port Kevin，避开高速", "1610 Little Freeway Apt. 556, Port Kevin"),
    ("住址45439 Meyer Centers", "45439 Meyer Centers"),
    ("帮我导航去Kuhlplatz 34, Rottweil，避开高速", "Kuhlplatz 34, Rottweil"),
    ("请改送到Plaza Daniel Calvet 40，收件人", "Plaza Daniel Calvet 40"),
    ("寄到12 rue de Rivoli, Paris", "12 rue de Rivoli, Paris"),
    ("手機13028053240，地址汐止市平和巷63號", "汐止市平和巷63號"),
    ("帮我叫个车去太保市中山街7號\n参考号DE88525737", "太保市中山街7號"),
    ("导航到梅山市忠孝路375號 Can you check if it is open", "梅山市忠孝路375號"),
    ("快递寄到重庆市华龙区王路2845号23栋5单元1717室\nALT 是哪个指标", "重庆市华龙区王路2845号23栋5单元1717室"),
    ("地址：北京市朝阳区建国路88号SOHO现代城A座1205室", "北京市朝阳区建国路88号SOHO现代城A座1205室"),
    ("北京市朝阳区建国路88号", "北京市朝阳区建国路88号"),
    ("快递寄到上海市浦东新区张江路1000弄5号", "上海市浦东新区张江路1000弄5号"),
    ("台北市信義區松仁路100號", "台北市信義區松仁路100號"),
    ("导航到上海市徐汇区宜山路 1388 弄 12 号", "上海市徐汇区宜山路 1388 弄 12 号"),
    ("地址是成都市武侯区天府大道北段 1700 号环球中心 W6 区 1203", "成都市武侯区天府大道北段 1700 号环球中心 W6 区 1203"),
    ("帮我查一下北京市朝阳区建国路附近的停车场", "北京市朝阳区建国路"),
    ("麻烦帮我检查一下这个地址：苗栗市和平街5號", "苗栗市和平街5號"),
]
NOT_ADDRESSES = [
    "In 2019 Apple Park opened in Cupertino",
    "We have 3 Data Centers and 240 Delivery Vans",
    "Tell me about the Golden Gate Bridge and Times Square",
    "Which city has the most Main Streets in the US?",
    "bedroom sizes are 14, 11 and 9 square meters",
    "中心城区部分路段将实施限行",
    "写一篇关于城市更新中保护老街区的评论",
    "地铁3号线几点停运",
    "北京市朝阳区有哪些好吃的餐厅",
    "上海的南京路步行街怎么走",
]


@pytest.fixture(scope="module", autouse=True)
def _lexicon() -> None:
    load_lexicon()


def _values(text: str, kind: str) -> list[str]:
    return [s.value for s in detect_pii(text) if s.type == kind]


@pytest.mark.parametrize(("text", "name"), NAMES, ids=[n for _, n in NAMES])
def test_names_found_with_their_boundaries(text: str, name: str) -> None:
    assert name in _values(text, "person_name"), detect_pii(text)


@pytest.mark.parametrize("text", NOT_NAMES)
def test_public_figures_roles_and_look_alikes_are_not_names(text: str) -> None:
    assert _values(text, "person_name") == []


@pytest.mark.parametrize(("text", "address"), ADDRESSES, ids=[a for _, a in ADDRESSES])
def test_addresses_found_with_their_boundaries(text: str, address: str) -> None:
    assert address in _values(text, "street_address"), detect_pii(text)


@pytest.mark.parametrize("text", NOT_ADDRESSES)
def test_places_and_numbers_are_not_addresses(text: str) -> None:
    assert _values(text, "street_address") == []


def test_every_mention_of_a_name_found_once_is_masked() -> None:
    text = "参会人吴晓东、郑佳和我。吴晓东说离线地图包太大，郑佳反馈唤醒误触发。"
    assert _values(text, "person_name") == ["吴晓东", "郑佳", "吴晓东", "郑佳"]


def test_name_and_address_in_one_record() -> None:
    text = "姓名：关小红，电话：136 3956 7931，地址：河北省保定市竞秀区北京路433号"
    spans = {(s.type, s.value) for s in detect_pii(text)}
    assert {("person_name", "关小红"), ("street_address", "河北省保定市竞秀区北京路433号")} <= spans


def test_word_data_is_loaded_on_demand_not_at_import() -> None:
    code = "import sys, router.privacy; print('jieba' in sys.modules, 'usaddress' in sys.modules)"
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root)
    assert out.stdout.split() == ["False", "False"]
    assert lexicon() is load_lexicon()  # one shared copy
    assert "smith" in lexicon().last_names and "street" in lexicon().street_suffixes
