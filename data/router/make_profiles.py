"""Write extra-profiles.jsonl: hard requests that carry personal data, next to a few easy ones.

The training files held 13 hard requests with personal data against 29 easy ones, and out of
fold the hard requests that carried a name, a phone number or an address (a break-even
calculation, a legal question, a health plan) were among the lowest-scored hard prompts:
personal data had come to read as "easy". Here it says nothing about the label: a plan, an
analysis, a legal or medical question or a long piece of writing about a named person is hard,
a translation, a polite rewrite, a contact entry or a label with the same data is easy. Labels
follow the dev set's rule (/work/shared/data/README.md); all values are made up, and each PII
value is an exact substring of its prompt.

Each entry: (label, category, prompt, [(pii type, value), ...]). Run: python data/router/make_profiles.py
"""

from jsonl import write_rows  # data/router/jsonl.py: run as a script from any directory

C, L = "cloud", "local"
ZH = [
    (C, "analysis", "我叫周一鸣，手机 13912345678，在杭州西湖区文三路 90 号开了家 30 平米的咖啡店，月租 1.8 万，日均 120 杯，客单价 22 元。帮我算盈亏平衡点，并给出三个提升利润的方案和各自的风险",
     [("person_name", "周一鸣"), ("phone", "13912345678"), ("street_address", "杭州西湖区文三路 90 号")]),
    (C, "long_form_writing", "帮我给母亲林秀英写一篇 1500 字左右的七十大寿致辞，她当了 35 年乡村教师，要有三个具体的故事，结尾感人但不煽情",
     [("person_name", "林秀英")]),
    (C, "expert_domain", "我父亲王建国，1958 年 3 月 12 日出生，刚查出二型糖尿病合并高血压，在吃二甲双胍和氨氯地平。帮我制定一周的饮食方案，并说明两种药要注意什么",
     [("person_name", "王建国"), ("date_of_birth", "1958 年 3 月 12 日")]),
    (C, "expert_domain", "员工张晓丽（邮箱 zhangxl@example.cn）入职 14 个月被公司以“不胜任工作”辞退，没有培训也没有调岗。按劳动合同法分析公司是否违法、能拿多少赔偿、怎么取证",
     [("person_name", "张晓丽"), ("email", "zhangxl@example.cn")]),
    (C, "planning", "帮我把这份简历针对 AI 产品经理岗位重写，并列出面试可能被追问的十个问题和回答思路：刘思远，电话 18611223344，5 年电商运营，做过两次 618 大促，带过 6 人团队",
     [("person_name", "刘思远"), ("phone", "18611223344")]),
    (C, "planning", "孩子陈可欣 2016 年 9 月 1 日出生，数学一直 95 分以上但阅读理解很弱。给她设计一个学期的阅读提升计划，按周安排，并说明怎么评估效果",
     [("person_name", "陈可欣"), ("date_of_birth", "2016 年 9 月 1 日")]),
    (C, "analysis", "我和合伙人赵磊（手机 13788990011）各占 50% 股份，他想退出，公司净资产 200 万，年利润 60 万。回购价怎么定才公平？列出几种估值方法并比较",
     [("person_name", "赵磊"), ("phone", "13788990011")]),
    (C, "long_form_writing", "寄件人孙海峰，广州市天河区体育西路 103 号。帮我写一封给保险公司的正式申诉信，说明拒赔理由不成立，引用保险法相关条款，逻辑要严密",
     [("person_name", "孙海峰"), ("street_address", "广州市天河区体育西路 103 号")]),
    (C, "analysis", "黄淑珍老人 82 岁，独居在成都市武侯区科华北路 65 号，有轻度认知障碍。比较居家养老、社区日间照料和养老院三种方案的费用、风险和适用条件，给出建议",
     [("person_name", "黄淑珍"), ("street_address", "成都市武侯区科华北路 65 号")]),
    (C, "expert_domain", "我的邮箱 hewei.design@example.com 上周被盗，对方用它重置了三个网站的密码。帮我制定完整的补救和加固步骤，按优先级排序，并解释为什么这样排",
     [("email", "hewei.design@example.com")]),
    (L, "translation_short", "把这段自我介绍翻成英文：我叫吴佳琪，今年大三，学会计，喜欢打羽毛球", [("person_name", "吴佳琪")]),
    (L, "short_rewrite", "把这条短信改得正式一点：王经理您好，我是小李，明天下午三点的会我可能晚到十分钟，电话 13566778899",
     [("phone", "13566778899")]),
    (L, "other", "提醒我周五给郑美玲打电话，她的号码是 15900112233", [("person_name", "郑美玲"), ("phone", "15900112233")]),
    (L, "extraction", "把收件信息整理成一行：收件人 马文涛，电话 18800001111，地址 南京市鼓楼区中山北路 200 号",
     [("person_name", "马文涛"), ("phone", "18800001111"), ("street_address", "南京市鼓楼区中山北路 200 号")]),
    (L, "classification", "这条评论是好评还是差评：“快递员何师傅态度很好，但是东西摔坏了”", []),
]
EN = [
    (C, "planning", "I'm Priya Raman (priya.raman@example.org), 29, earning 85k in Texas with 40k of student loans at 6.8% and no retirement savings. Build me a five-year plan that balances the loans, an emergency fund and the 401k match, with numbers per year.",
     [("person_name", "Priya Raman"), ("email", "priya.raman@example.org")]),
    (C, "expert_domain", "My daughter Emily Carter, born 04/11/2012, was diagnosed with ADHD and the school refuses a 504 plan. Explain her rights under federal law, what evidence to gather and how to escalate, step by step.",
     [("person_name", "Emily Carter"), ("date_of_birth", "04/11/2012")]),
    (C, "long_form_writing", "Draft a 1,200-word best-man speech for my brother Daniel Novak: he's an ER nurse, met his wife on a hiking trip that went wrong, and I want three stories building to the toast.",
     [("person_name", "Daniel Novak")]),
    (C, "expert_domain", "The landlord at 1422 Cedar Ave, Portland, OR 97214 hasn't fixed the heating for six weeks this winter. What are my options under Oregon tenant law, can I withhold rent, and how do I document it so it holds up?",
     [("street_address", "1422 Cedar Ave, Portland, OR 97214")]),
    (C, "analysis", "I'm Marcus Bell, sole proprietor: 140k revenue, 38k expenses, a 200 sq ft home office in a 1,600 sq ft house and 9,000 business miles. Which deductions apply, and should I elect S-corp status next year? Show the math.",
     [("person_name", "Marcus Bell")]),
    (C, "expert_domain", "My dad Robert Hughes, (503) 555-0187, is 74 and on warfarin, and his cardiologist just added amiodarone. Which interactions should we watch for and what INR monitoring schedule makes sense?",
     [("person_name", "Robert Hughes"), ("phone", "(503) 555-0187")]),
    (C, "analysis", "My son Lucas Moreno got into State U at 18k a year with a 6k scholarship and Ridgeview at 52k with 30k of aid. Model four years of cost with 4% tuition growth and loans at 5.5%, and weigh it against earnings for computer engineering graduates.",
     [("person_name", "Lucas Moreno")]),
    (L, "translation_short", "Translate to Spanish: 'Hi, I'm Olivia Grant, your new neighbour in 4B. Welcome to the building!'",
     [("person_name", "Olivia Grant")]),
    (L, "short_rewrite", "Make this friendlier: 'Tom Baker, your package is at the front desk. Pick it up by 6pm.'", [("person_name", "Tom Baker")]),
    (L, "other", "Add Sofia Reyes, (415) 555-0199, to my contacts as 'dentist'.", [("person_name", "Sofia Reyes"), ("phone", "(415) 555-0199")]),
    (L, "short_rewrite", "Shorten to one line: 'Dear Ms. Hannah Liu, thank you for your application for the junior designer position; we have received it and will get back to you within two weeks.'",
     [("person_name", "Hannah Liu")]),
    (L, "extraction", "Turn this into a neat address label: Kevin O'Brien 77 Harbor Road Apt 3 Boston MA 02110",
     [("person_name", "Kevin O'Brien"), ("street_address", "77 Harbor Road Apt 3 Boston MA 02110")]),
]


def rows() -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for lang, block in (("en", EN), ("zh", ZH)):
        for label, category, prompt, pii in block:
            assert all(value in prompt for _, value in pii), prompt
            out.append({"id": f"profiles-{len(out) + 1:03d}", "prompt": prompt, "lang": lang, "label": label,
                        "category": category, "pii": [{"type": t, "value": v} for t, v in pii],
                        "source": "profiles"})
    return out


if __name__ == "__main__":
    print(write_rows("extra-profiles.jsonl", rows()), "rows")
