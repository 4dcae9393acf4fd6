"""Names and addresses in sentences written after the detector was developed, measured once and
not used for tuning (a check of how the detector does on phrasing it has not seen).

Run: python -m bench.pii_fresh_sentences
"""

from __future__ import annotations

from collections.abc import Callable

from bench.pii_corpus_values import Ctx, address, person_en, person_zh
from duet.router.privacy import detect_pii
from duet.router.privacy.lexicon import load_lexicon

NAMES_EN = [
    "Could you draft a polite no to {v}'s invitation?",
    "I think {v} is upset with me.",
    "The tutor, {v}, charges $40 an hour.",
    "Add a note that {v} picked up the order.",
    "Explain to {v} why the refund takes 5 days.",
    "{v} and her husband are coming at 7.",
    "How do I tell {v} I'm quitting?",
    "Split the bill between me, {v} and Sam.",
    "Do I need to 1099 {v} for the design work?",
    "Rewrite this so {v} doesn't feel blamed.",
    "Send {v} the slides after the meeting.",
    "What should I get {v} for graduation?",
    "{v} texted that the train is late.",
    "Our tenant {v} wants to sublet.",
    "The report lists {v} as the owner.",
    "I'm covering {v}'s shift, what do I need to know?",
    "Remind {v} about the dentist on Tuesday.",
    "Is it okay to call {v} after 9pm?",
    "Thank-you note for {v}, who fed our dog all week.",
    "Log that {v} returned the laptop.",
]
NAMES_ZH = [
    "{v}的孩子今天发烧了，帮我请个假",
    "我想给{v}寄点特产",
    "跟{v}说一声我晚点到",
    "{v}昨天把车借走了还没还",
    "麻烦{v}把会议室订一下",
    "这次出差由{v}带队",
    "我要投诉快递员{v}",
    "{v}和我是大学室友",
    "帮我算一下{v}的加班费",
    "周五{v}生日，订个蛋糕",
    "{v}刚刚打电话来说航班延误",
    "请把这份文件转交{v}",
    "我家保姆{v}要回老家了",
    "我们部门的{v}要调岗",
    "下周一{v}入职，帮我准备欢迎邮件",
    "{v}：明天的会取消了",
    "收款人{v}，请核对",
    "我前男友{v}又来找我了",
    "今天{v}没来上班",
    "帮我给{v}写封道歉信",
]
ADDR_EN = [
    "Meet me outside {v} at noon.",
    "Please deliver the couch to {v} on Monday.",
    "{v} is my new home address.",
    "What's the nearest hospital to {v}?",
    "Our wedding venue: {v}.",
    "List three cafes within a mile of {v}.",
]
ADDR_ZH = [
    "中午在{v}门口见",
    "周一把沙发送到{v}",
    "我的新家地址是{v}",
    "离{v}最近的医院在哪",
    "婚礼场地：{v}",
    "{v}附近有什么咖啡馆",
]


def recall(templates: list[str], make: Callable[[], str], kind: str) -> tuple[float, int]:
    """Share of values found (a span of ``kind`` overlapping them), five values per template."""
    missed = total = 0
    for template in templates:
        for _ in range(5):
            value = make()
            prompt = template.replace("{v}", value)
            start = prompt.find(value)
            spans = detect_pii(prompt)
            total += 1
            missed += not any(s.type == kind and s.start < start + len(value) and s.end > start for s in spans)
    return round(1 - missed / total, 3), total


def main() -> None:
    load_lexicon()
    ctx = Ctx.seeded(161803)
    print("names, English", recall(NAMES_EN, lambda: person_en(ctx), "person_name"))
    print("names, Chinese", recall(NAMES_ZH, lambda: person_zh(ctx), "person_name"))
    print("addresses, English", recall(ADDR_EN, lambda: address(ctx, "en"), "street_address"))
    print("addresses, Chinese", recall(ADDR_ZH, lambda: address(ctx, "zh"), "street_address"))


if __name__ == "__main__":
    main()
