"""Chinese words that start with a surname character but name nobody: measure words after a
number, a conjunction after a form label, a short cue that ends another word, common words after
a verb of sending, common characters that never stand in given names — and the names next to
them that must still be found."""

from __future__ import annotations

import pytest

from duet.router.privacy import detect_pii

NOT_NAMES = [
    "从 52 张牌里抽 5 张，恰好是葫芦的概率",  # 张 after a number counts cards
    "一共来了三位客人",
    "从这段话里找出姓名和电话",  # 和 joins two fields
    "提取下面文字里的日期、付款人和金额",
    "违约金为合同总额的 50%",  # 约 ends 违约: no cue
    "我已经预约了车位",
    "翻译成英文，发给房东：您好，水龙头漏水",  # a common word after 发给
    "翻译成英文，发给海外同事：各位同事",
    "今天是周五，后天是周几",  # 几 is no given name
    "安卓 App 冷启动要 4 秒，怎么一步步优化",
    "前端打包后白屏，控制台报错",
    "请联系王小明，谢谢",  # the name is found, 谢谢 is not
    "仲裁裁决是终局的，对双方均有约束力。",  # 约 starts 约束: no cue
    "车管所的电话是多少，我想问年检的事",  # 管 is inside 车管所, not a name before 的电话
    "解方程 2x² - 8x + 6 = 0",  # 解 is the verb, 方程 its object
    "切到QQ音乐放，连客厅那个蓝牙音箱",  # 客 and 厅 are words, nearly never given names
    "已帮助10万+姐妹告别黄脸婆",
    "“戴久了耳朵疼”“耳朵小的戴不稳”",  # 不 is no given name (戴久 still is one, by its characters)
    "如有特殊情况请提前和班主任连系",  # 主任 ends 班主任
    "接着放昨天没听完的那期罗翔讲刑法",  # a public figure
]

NAMES = [
    ("姓名：江东，电话另附", "江东"),  # a colon labels a common word as a name
    ("请核对联系人「胡建成」是否正确。", "胡建成"),  # 对联 is a word, 联系人 still a cue
    ("请联系王小明，谢谢", "王小明"),
    ("收件人 孙梦琪，电话另发", "孙梦琪"),
    ("帮我给王雨涵发个消息说会议取消", "王雨涵"),
    ("请联系李娜", "李娜"),  # a famous name, but after a personal cue it is somebody's contact
    ("我同事李娜说明天请假", "李娜"),
    ("联系人：李娜、王芳", "王芳"),
    ("约张伟明天吃饭", "张伟明"),  # 约 before a name is still a cue
    ("解小东来找我，他说车管所的电话打不通", "解小东"),  # a rarer surname before a given name that is no word
    ("管建国的电话是13912345678", "管建国"),  # … and before a phone
    ("到C10栋112室找段琳取文件", "段琳"),  # the character jieba glued on (取) is taken off
    ("各位，王磊案（劳动争议）下周二开庭。", "王磊"),
    ("老師您好，我是黃宥辰的媽媽", "黃宥辰"),  # 宥 is rare in mainland names and as a word
    ("请王班长联系张明亮", "张明亮"),
]


@pytest.mark.parametrize("text", ["写一篇关于李白的作文", "告诉我李白的诗有哪些", "李娜拿过几次大满贯"])
def test_famous_names_without_a_personal_cue_stay_public(text: str) -> None:
    assert not [s for s in detect_pii(text) if s.type == "person_name"]


@pytest.mark.parametrize("text", NOT_NAMES)
def test_surname_characters_in_ordinary_words_are_not_names(text: str) -> None:
    names = [s.value for s in detect_pii(text) if s.type == "person_name"]
    assert names in ([], ["王小明"], ["戴久"]), names


@pytest.mark.parametrize(("text", "name"), NAMES)
def test_names_next_to_those_words_are_still_found(text: str, name: str) -> None:
    assert name in [s.value for s in detect_pii(text) if s.type == "person_name"]
