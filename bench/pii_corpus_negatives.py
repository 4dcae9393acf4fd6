"""PII-free look-alikes for the corpus: numbers and words shaped like PII that are not.

Each category has a value maker and templates per language; as for the positives, even
templates are half A and odd ones half B. Check-digit failures are made to fail on purpose.
"""

from __future__ import annotations

import hashlib
import string
import uuid
from collections.abc import Callable

from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.cn import ric

from bench.pii_corpus_values import Ctx

PUBLIC_EN = ["Barack Obama", "Elon Musk", "Taylor Swift", "Serena Williams", "Jeff Bezos", "Oprah Winfrey",
             "Lionel Messi", "Albert Einstein", "Marie Curie", "Stephen Hawking", "Bill Gates", "Warren Buffett",
             "Michelle Obama", "Lady Gaga", "Tom Hanks", "Emma Watson", "Keanu Reeves", "Greta Thunberg",
             "Mark Zuckerberg", "Jane Austen", "George Orwell", "Ada Lovelace", "Alan Turing", "Nelson Mandela",
             "Angela Merkel", "Roger Federer", "Usain Bolt", "Beyonce Knowles", "Adele Adkins", "Ed Sheeran"]
PUBLIC_ZH = ["李白", "杜甫", "苏轼", "鲁迅", "毛泽东", "周恩来", "孙中山", "马云", "马化腾", "雷军", "姚明", "刘翔", "成龙",
             "周杰伦", "王菲", "刘德华", "莫言", "钱学森", "袁隆平", "屠呦呦", "诸葛亮", "曹操", "孙悟空", "林黛玉",
             "贾宝玉", "武则天", "李清照", "张艺谋", "郎朗", "易烊千玺"]
FICTION_EN = ["Harry Potter", "Sherlock Holmes", "Tony Stark", "Peter Parker", "Hermione Granger", "Bruce Wayne",
              "Frodo Baggins", "Walter White", "James Bond", "Elizabeth Bennet"]


def _fail_resident_id(ctx: Ctx) -> str:
    number = ctx.f("zh_CN").ssn()
    wrong = [c for c in "0123456789X" if c != number[-1]]
    bad = number[:-1] + ctx.pick(wrong)
    return bad if not ric.is_valid(bad) else "440306200308121643"


def _fail_luhn(ctx: Ctx) -> str:
    body = ctx.pick(("4", "5", "62")) + ctx.digits(14)
    body = body[:16]
    return body if not luhn.is_valid(body) else body[:-1] + str((int(body[-1]) + 1) % 10)


def _fail_iban(ctx: Ctx) -> str:
    value = ctx.f("de_DE").iban()
    bad = value[:2] + f"{(int(value[2:4]) + 7) % 97:02d}" + value[4:]
    return bad if not std_iban.is_valid(bad) else "DE00370400440532013000"


def _isbn(ctx: Ctx) -> str:
    body = "978" + ctx.pick(("7", "0", "1", "3")) + ctx.digits(8)
    total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    check = (10 - total % 10) % 10
    return f"{body[:3]}-{body[3]}-{body[4:7]}-{body[7:12]}-{check}"


def _version(ctx: Ctx) -> str:
    r = ctx.rng
    return ctx.pick((f"{r.randint(1, 30)}.{r.randint(0, 20)}.{r.randint(0, 99)}",
                     f"{r.randint(1, 12)}.{r.randint(0, 9)}.{r.randint(0, 9)}.{r.randint(0, 99)}",
                     f"10.0.{r.randint(10000, 22999)}.{r.randint(100, 4000)}",
                     f"{r.randint(100, 130)}.0.{r.randint(5000, 7000)}.{r.randint(10, 200)}"))


def _hash(ctx: Ctx) -> str:
    data = ctx.digits(12).encode()
    return ctx.pick((hashlib.sha256(data).hexdigest(), hashlib.md5(data).hexdigest(),  # noqa: S324 - sample data
                     hashlib.sha1(data).hexdigest()[:ctx.rng.choice((7, 12, 40))]))  # noqa: S324


def _order(ctx: Ctx) -> str:
    return ctx.pick(("2024", "2025", "2023")) + ctx.digits(ctx.rng.randint(12, 16))


MAKERS: dict[str, Callable[[Ctx], str]] = {
    "order_number": _order,
    "tracking_number": lambda ctx: ctx.pick(("1Z", "SF", "YT", "JD")) + "".join(
        ctx.rng.choice(string.ascii_uppercase + string.digits) for _ in range(14)),
    "invoice_id": lambda ctx: f"INV-{ctx.rng.randint(2019, 2026)}-{ctx.digits(5)}",
    "version": _version,
    "hash": _hash,
    "uuid": lambda ctx: str(uuid.UUID(int=ctx.rng.getrandbits(128), version=4)),
    "isbn": _isbn,
    "flight": lambda ctx: ctx.pick(("CA", "MU", "CZ", "UA", "BA", "LH", "DL", "HU")) + ctx.pick(("", " ")) + str(
        ctx.rng.randint(100, 9999)),
    "failing_resident_id": _fail_resident_id,
    "failing_card": _fail_luhn,
    "failing_iban": _fail_iban,
    "timestamp": lambda ctx: str(ctx.rng.randint(1_500_000_000, 1_800_000_000)),
    "amount": lambda ctx: str(ctx.rng.randint(10, 99)) + "0" * ctx.rng.randint(5, 8),
    "public_figure": lambda ctx: ctx.pick(PUBLIC_EN),
    "public_figure_zh": lambda ctx: ctx.pick(PUBLIC_ZH),
    "fictional": lambda ctx: ctx.pick(FICTION_EN),
    "placeholder_key": lambda ctx: ctx.pick(("sk-...", "YOUR_API_KEY", "<your-token>", "sk-xxxxxxxxxxxxxxxx",
                                             "${OPENAI_API_KEY}", "changeme")),
    "prose": lambda ctx: "",
}

TEMPLATES: dict[str, dict[str, list[str]]] = {
    "order_number": {"en": ["Where is my order {v}? It's been a week.", "Order #{v} arrived damaged",
                            "Cancel order {v} please", "Refund status for order {v}?"],
                     "zh": ["订单编号{v}的退款什么时候到账？", "订单号：{v}，一直没发货", "帮我查一下订单{v}", "{v}这个订单能改地址吗"]},
    "tracking_number": {"en": ["Your package {v} is out for delivery", "Track {v} for me"],
                        "zh": ["快递单号{v}到哪了", "运单{v}显示已签收但我没收到"]},
    "invoice_id": {"en": ["Invoice {v} is overdue, draft a reminder", "Attach {v} to the expense report"],
                   "zh": ["发票{v}抬头开错了", "报销单关联发票{v}"]},
    "version": {"en": ["Chrome says I'm on version {v}.", "Is build {v} the latest?", "Upgrade from {v} to the LTS"],
                "zh": ["版本号{v}和上一个版本有什么区别", "固件{v}升级失败", "系统版本{v}有bug吗"]},
    "hash": {"en": ["git show {v} fails with bad object", "The sha256 is {v}, does it match?"],
             "zh": ["这个提交{v}改了什么", "文件校验值{v}对不上"]},
    "uuid": {"en": ["Request id {v} returned 500", "Look up trace {v} in the logs"],
             "zh": ["请求ID {v} 报错了", "日志里的 trace_id={v} 是什么意思"]},
    "isbn": {"en": ["Find reviews for ISBN {v}", "Is ISBN {v} the second edition?"],
             "zh": ["ISBN {v}是哪本书", "帮我查一下书号{v}"]},
    "flight": {"en": ["Is flight {v} delayed today?", "Book me on {v} tomorrow morning"],
               "zh": ["{v}航班几点起飞", "明天的{v}延误了吗"]},
    "failing_resident_id": {"en": ["Reference {v} keeps failing validation"],
                            "zh": ["流水号{v}一直处理中", "这个编号{v}校验不通过，是不是输错了"]},
    "failing_card": {"en": ["My gift card number is {v}. Balance?", "Coupon code {v} didn't work"],
                     "zh": ["会员卡号{v}的积分怎么兑换？", "礼品卡{v}余额多少"]},
    "failing_iban": {"en": ["ref {v} please", "This reference {v} was rejected, why?"],
                     "zh": ["参考号{v}被退回了", "这个编号{v}格式对吗"]},
    "timestamp": {"en": ["Convert Unix time {v} to UTC", "What date is timestamp {v}?"],
                  "zh": ["时间戳{v}转成北京时间是几点", "把{v}转成日期"]},
    "amount": {"en": ["Revenue last year was {v} dollars, what's the growth if this year is double?"],
               "zh": ["公司去年营收{v}元，今年多少？", "预算{v}元够不够"]},
    "public_figure": {"en": ["What did {v} say in the interview about AI?", "Write a poem in the style of {v}",
                             "Summarize {v}'s most famous speech", "How old is {v}?", "Is {v} right about climate?",
                             "Give me three quotes by {v}"], "zh": ["{v}的代表作有哪些"]},
    "public_figure_zh": {"en": ["Who was {v}?"],
                         "zh": ["{v}的代表作有哪些", "介绍一下{v}的生平", "{v}和谁是同一个时代的", "{v}说过哪些名言",
                                "写一段关于{v}的介绍", "{v}为什么有名"]},
    "fictional": {"en": ["Write fan fiction where {v} meets a dragon", "Why is {v} so popular?"],
                  "zh": ["{v}这个角色怎么评价"]},
    "placeholder_key": {"en": ["set OPENAI_API_KEY={v} in your shell", "api_key = \"{v}\" goes in config.py"],
                        "zh": ["把 api_key 设成 {v} 就行", "示例配置：token={v}"]},
    "prose": {"en": ["Write a haiku about autumn leaves falling on a quiet lake.",
                     "Explain the difference between TCP and UDP in two sentences.",
                     "Plan a 3-day trip to Kyoto with temples and food.", "What's the capital of Australia?",
                     "Give me a recipe for banana bread without eggs.",
                     "How do I reverse a linked list in Python?", "Which city has the most Main Streets in the US?",
                     "Tell me about the Golden Gate Bridge and Times Square.",
                     "Summarize the plot of Pride and Prejudice in 5 lines.", "Translate 'good morning' into German.",
                     "Compare New York City and Los Angeles for a software engineer.",
                     "Ask my boss for a day off - write the message.", "My mom turns 65 next week, gift ideas?",
                     "Schedule a team meeting on Friday at 3pm.", "Call the dentist and reschedule.",
                     "Solve 3x + 5 = 20 and explain each step.",
                     "What's the difference between a Roth IRA and a 401k?",
                     "Draft a polite reminder to the team about the Friday deadline."],
              "zh": ["写一首关于秋天的诗", "解释一下TCP和UDP的区别", "北京市朝阳区有哪些好吃的餐厅", "我妈 65 岁，体检查出甲状腺结节",
                     "王老师布置的作业是什么", "张总说明天开会", "帮我规划一个三天的杭州旅行", "用Python写一个快速排序",
                     "周末去哪里玩比较好", "怎么提高英语口语", "我爸高血压，饮食要注意什么", "上海的南京路步行街怎么走",
                     "解释一下量子纠缠", "推荐几本适合初学者的历史书", "如何给猫洗澡", "明天给客户打电话确认需求",
                     "帮我写一个请假条，理由是感冒发烧", "介绍一下长江和黄河"]},
}
