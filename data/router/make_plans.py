"""Write trial-plans.jsonl (measured, not trained on): everyday errands and logistics (local) next
to planning under constraints on the same errand (cloud).

Out of fold, easy prompts scoring above the 95 % recall line included follow-ups that change a
time or add a contact, reminders and device commands with a place, and easy requests carrying a
name, a phone number or an address; hard prompts scoring lowest included a day planned around a
move between two addresses. The training files held 3 easy ``planning`` rows against 25 hard
ones, so any mention of a schedule read as hard. Here each errand comes twice: the easy request
(change a reminder, add a contact, text someone, a drive time, a packing or shopping list) and
a plan that has to satisfy several constraints at once (times that collide, a budget and diets,
seating rules, a missed connection). Some carry personal data on both sides (made up and
labelled), so that the data does not decide. Registers vary: casual, terse, typos. Labels follow
the dev set's rule (/work/shared/data/README.md).

Rows: (label C cloud or L local, category, prompt, [(pii type, exact substring), ...]).
Run: python data/router/make_plans.py (writes trial-plans.jsonl: measured, not kept; docs/router.md)
"""

from jsonl import write_rows  # data/router/jsonl.py: run as a script from any directory

LABELS = {"C": "cloud", "L": "local"}
Row = tuple[str, str, str, list[tuple[str, str]]]

EN: list[Row] = [
    ("L", "multi_turn_followup", "small change: the dentist moved me to Thursday 3:15pm. update the reminder and ping me 30 min before", []),
    ("C", "planning", "Thursday: dentist at 3:15 across town, school pickup at 3:30 for two kids at different schools, and a 4pm client call I can't move. "
     "One car; my partner is free after 3:45. Work out who does what and when, and where it could go wrong.", []),
    ("L", "other", "add Priya Raman to my contacts, mobile 206-555-0148", [("person_name", "Priya Raman"), ("phone", "206-555-0148")]),
    ("C", "planning", "I'm organising a surprise 40th for Priya Raman: 25 guests, $1,500, she works until 6 on Fridays and her partner can keep her away "
     "until 8. Draft the plan: venue options, the day's timeline, who covers what, and a fallback if she finds out.", [("person_name", "Priya Raman")]),
    ("L", "other", "text my mom i'll be 20 min late, traffic on I-5", []),
    ("C", "planning", "I have to be in Portland by 9am tomorrow for a court hearing. Seattle is 175 miles, I-5 has overnight roadwork, the 5:30am train "
     "gets in at 9:10, flights leave at 6 and 7. Which option is safest given I cannot be late, and what is my backup at each step?", []),
    ("L", "navigation", "how long from 1420 Elm Street, Boulder to Denver airport right now", [("street_address", "1420 Elm Street, Boulder")]),
    ("C", "planning", "Moving from 1420 Elm Street, Boulder to Austin in 3 weeks: lease ends the 30th, new place ready the 3rd, two cats, one car plus "
     "a rented truck, and I start work on the 5th. Plan it day by day, including where we sleep in the gap and how the cats travel.",
     [("street_address", "1420 Elm Street, Boulder")]),
    ("L", "planning", "what should i pack for a weekend at the beach", []),
    ("C", "planning", "packing for 10 days: 3 days of meetings in Tokyo (suits), 4 days hiking in Hokkaido in October, then a wedding in Seoul. one carry-on, "
     "no laundry until day 5. make a list that covers all three and say what I wear each day", []),
    ("L", "other", "grocery list for tacos for 4", []),
    ("C", "planning", "Plan a week of dinners for 4 on $90 total: one vegetarian, one who can't have dairy, a toddler who only eats plain food, 30 minutes "
     "max on weeknights. Menu, shopping list with prices, and what to prep on Sunday.", []),
    ("L", "other", "remind me to call the plumber tomorrow at 9", []),
    ("C", "expert_domain", "Kitchen tap leaks, the water heater is 14 years old and the bathroom fan is dead. $1,200 to spend this month. Which first and why, "
     "which can I safely do myself, and roughly what should a plumber or electrician charge for each?", []),
    ("L", "other", "book a table for 6 at 7pm saturday under Marco Bellini, 312-555-0199", [("person_name", "Marco Bellini"), ("phone", "312-555-0199")]),
    ("C", "reasoning_multistep", "Seat 14 people at a rehearsal dinner, two tables of 7: the groom's divorced parents can't share a table, the bride's grandmother "
     "needs to be near the exit, the two best men are feuding, and each table needs a Spanish speaker for the relatives from Madrid. Give a "
     "seating that works and show how you got it.", []),
    ("L", "other", "wats a good time to leave for a 10am flight if the airport is 40 min away", []),
    ("C", "expert_domain", "my flight lands in frankfurt 6:40pm, connection to lisbon 8:05pm, separate tickets so i have to recheck bags, non-EU passport. "
     "is it doable? if i miss it what happens, who pays, and should i rebook now", []),
]

ZH: list[Row] = [
    ("L", "multi_turn_followup", "牙医改到周四下午三点一刻了，帮我把提醒改一下，提前半小时叫我", []),
    ("C", "planning", "周四下午三点一刻在城东看牙，三点半要去两个不同的学校接孩子，四点还有个挪不了的客户电话。家里一辆车，老公三点四十五以后有空。"
     "帮我排一下谁干什么、几点出发，哪里最容易出问题", []),
    ("L", "other", "把孙丽娟加到通讯录，手机 13912345678", [("person_name", "孙丽娟"), ("phone", "13912345678")]),
    ("C", "planning", "想给孙丽娟办个四十岁惊喜生日会：25 个人，预算 5000 元，她周五六点下班，她老公能拖住她到八点。帮我出个方案：场地备选、当天时间线、"
     "谁负责什么、万一被发现怎么办", [("person_name", "孙丽娟")]),
    ("L", "other", "帮我给我妈发个消息，说堵车了要晚二十分钟到", []),
    ("C", "planning", "明天上午九点前必须到杭州参加庭审，从上海出发：高铁最早一班 6:10 开 7:05 到，开车两小时但早高峰沪杭高速常堵，也可以叫网约车。"
     "不能迟到的前提下选哪个，每一步的备选方案是什么", []),
    ("L", "navigation", "从北京市朝阳区望京街 10 号到首都机场现在开车要多久", [("street_address", "北京市朝阳区望京街 10 号")]),
    ("C", "planning", "三周后从北京市朝阳区望京街 10 号搬到成都：租约月底到期，新房 3 号才能入住，两只猫一辆车，5 号入职。帮我按天排搬家计划，"
     "包括空档期住哪、猫怎么运、车怎么过去", [("street_address", "北京市朝阳区望京街 10 号")]),
    ("L", "planning", "周末去海边玩两天要带些什么", []),
    ("C", "planning", "十天行程：先在东京出差三天要穿正装，再去北海道徒步四天（十月），最后去首尔参加婚礼；只能带一个登机箱，第五天之前没法洗衣服。"
     "帮我列一个三段都能用的行李清单，并说明每天穿什么", []),
    ("L", "other", "列个四个人吃火锅的采购清单", []),
    ("C", "planning", "一家四口一周晚饭预算 400 元：一个人吃素，一个人乳糖不耐，还有个只吃清淡的两岁孩子，工作日做饭不超过 30 分钟。给出菜单、"
     "带价格的采购清单和周日要提前准备的东西", []),
    ("L", "other", "明早九点提醒我给水电工打电话", []),
    ("C", "expert_domain", "厨房水龙头漏水、热水器用了 14 年、卫生间排气扇坏了，这个月只有 3000 块。先修哪个、为什么，哪些能自己安全动手，"
     "请师傅大概各要多少钱", []),
    ("L", "other", "周六晚上七点订 6 个人的位子，写王建国的名字，电话 13766554433", [("person_name", "王建国"), ("phone", "13766554433")]),
    ("C", "reasoning_multistep", "婚宴两桌各坐 7 人：新郎离异的父母不能同桌，新娘奶奶要靠近出口，两个伴郎闹矛盾不能同桌，每桌都要有一个会说粤语的人照顾"
     "香港来的亲戚。给一个可行的座位安排并说明是怎么推出来的", []),
    ("L", "other", "十点的飞机，开车去机场四十分钟，几点出门合适啊", []),
    ("C", "expert_domain", "我在法兰克福 18:40 落地，20:05 转机去里斯本，两段是分开买的票要重新托运行李，中国护照。来得及吗？赶不上怎么办、谁负责、"
     "要不要现在就改签", []),
]


def rows() -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for lang, block in (("en", EN), ("zh", ZH)):
        for mark, category, prompt, pii in block:
            assert all(value in prompt for _, value in pii), prompt
            out.append({"id": f"plans-{len(out) + 1:03d}", "prompt": prompt, "lang": lang,
                        "label": LABELS[mark], "category": category,
                        "pii": [{"type": t, "value": v} for t, v in pii], "source": "plans"})
    return out


if __name__ == "__main__":
    print(write_rows("trial-plans.jsonl", rows()), "rows")
