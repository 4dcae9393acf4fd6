"""Write extra-snippets.jsonl: requests carrying addresses, IPs, passwords, coordinates or birth
dates, each easy request next to a hard one with the same values.

Out of fold, easy prompts scoring above the 95 % recall line included one-line coding questions
carrying an IP address, a database password or a sample e-mail, a device command with
coordinates, a question about a child with a birth date, and follow-ups written as one prompt
that add a name and a phone number; among the hard prompts scoring lowest were requests that
carried the same kinds of values (a move planned between two addresses, a legal question with an
ID number). Here the values come in pairs: the same IP under a one-command question and a
diagnosis, the same coordinates under a reminder and a trip plan, the same child under an age
question and a medical one. All values are made up and labelled (database passwords count as
``api_key_secret``; any precise latitude/longitude pair counts). Labels follow the dev set's rule
(/work/shared/data/README.md).

Rows: (label C cloud or L local, category, prompt, [(pii type, exact substring), ...]).
Run: python data/router/make_snippets.py
"""

from jsonl import write_rows  # data/router/jsonl.py: run as a script from any directory

LABELS = {"C": "cloud", "L": "local"}
Row = tuple[str, str, str, list[tuple[str, str]]]

EN: list[Row] = [
    ("L", "coding_simple", "psql -h 10.20.3.15 -U app -d orders keeps asking for the password (it's Wq7!trellis9). how do I pass it without typing it every time",
     [("ip_address", "10.20.3.15"), ("api_key_secret", "Wq7!trellis9")]),
    ("C", "coding_complex", "Our Postgres primary at 10.20.3.15 hits 100% CPU every night around 02:00; pg_stat_statements shows one UPDATE on orders taking 40 s "
     "with a seq scan while autovacuum runs. Walk me through diagnosing it, including lock contention, and the fix.", [("ip_address", "10.20.3.15")]),
    ("L", "coding_simple", "JS one-liner to check a string looks like an email? test on ana.pereira@example.com and 'ana@'", [("email", "ana.pereira@example.com")]),
    ("C", "coding_complex", "Design a dedup job for 30M CRM contacts where ana.pereira@example.com, Ana.Pereira+news@example.com and typo'd variants should merge: "
     "matching rules, how to bound false merges, and how to run it incrementally.", [("email", "ana.pereira@example.com"), ("email", "Ana.Pereira+news@example.com")]),
    ("L", "smart_home", "remind me to take the bins out when I get near 37.7793, -122.4192", [("gps_coordinates", "37.7793, -122.4192")]),
    ("C", "planning", "3-day EV trip from 37.7793, -122.4192 to Yosemite then Lake Tahoe and back, 250-mile range, forecast below freezing at altitude. "
     "Plan the route with charging stops, range margins in the cold and a day-by-day schedule.", [("gps_coordinates", "37.7793, -122.4192")]),
    ("L", "other", "my daughter Mia Torres was born 2 Feb 2018, what's her star sign", [("person_name", "Mia Torres"), ("date_of_birth", "2 Feb 2018")]),
    ("C", "expert_domain", "My daughter Mia Torres (born 2 Feb 2018) still can't say r, s or th and is getting upset at school. Which of these are normal for her age, "
     "when should we see a speech therapist, and what can we practise at home?", [("person_name", "Mia Torres"), ("date_of_birth", "2 Feb 2018")]),
    ("L", "coding_simple", "curl http://192.168.1.40:9000/metrics just hangs, how do i give it a 5 sec timeout", [("ip_address", "192.168.1.40")]),
    ("C", "coding_complex", "Prometheus on 192.168.1.40 scrapes 300 targets and every few hours dozens fail at once with 'context deadline exceeded' while CPU is low. "
     "Give me a systematic way to find the cause and the likely culprits.", [("ip_address", "192.168.1.40")]),
    ("L", "multi_turn_followup", "one more change to the table booking: put it under Rachel Nguyen and use 415-555-0176 as the contact",
     [("person_name", "Rachel Nguyen"), ("phone", "415-555-0176")]),
    ("C", "multi_turn_followup", "Back to the deposit question: the landlord, Victor Hale, now says repainting after two years is damage, not wear. With the move-in photos "
     "I mentioned, is that lawful in Washington state, and how do I contest it step by step?", [("person_name", "Victor Hale")]),
    ("L", "multi_turn_followup", "quick update on the dinner: it's moved to 7:30 at 480 Castro St, Mountain View. how long's the drive from Sunnyvale around then?",
     [("street_address", "480 Castro St, Mountain View")]),
    ("C", "planning", "Before the 7:30 dinner at 480 Castro St, Mountain View I have to get my dad from SJC (lands 5:50), a cake in Palo Alto (shop closes 6:30) "
     "and my nephew from practice in Cupertino at 6:15, with one car in rush hour. Work out an order and timings that make all of them, with buffers.",
     [("street_address", "480 Castro St, Mountain View")]),
]

ZH: list[Row] = [
    ("L", "coding_simple", "mysql -h 172.16.8.21 -u admin -p 每次都要手输密码 Lk#2023shop，怎么写进配置文件里免输",
     [("ip_address", "172.16.8.21"), ("api_key_secret", "Lk#2023shop")]),
    ("C", "coding_complex", "线上 MySQL 172.16.8.21 的从库每天晚上十点延迟飙到 600 秒，IO 线程正常、SQL 线程跟不上，binlog 是 ROW 格式，有几张大表没有主键。"
     "帮我系统分析原因，给出一步步的解决方案", [("ip_address", "172.16.8.21")]),
    ("L", "smart_home", "快到 31.2304, 121.4737 附近的时候自动把家里空调打开", [("gps_coordinates", "31.2304, 121.4737")]),
    ("C", "planning", "从 31.2304, 121.4737 出发开电车去黄山玩三天，满电续航 400 公里。帮我规划路线、充电站和每天的行程，要考虑山路耗电和国庆排队充电",
     [("gps_coordinates", "31.2304, 121.4737")]),
    ("L", "other", "我女儿周雨桐 2017 年 8 月 15 日出生，她属什么、是什么星座", [("person_name", "周雨桐"), ("date_of_birth", "2017 年 8 月 15 日")]),
    ("C", "expert_domain", "我女儿周雨桐 2017 年 8 月 15 日出生，最近半年只长了 1 厘米，骨龄片比实际年龄大一岁半。是不是性早熟？还要做哪些检查，用生长激素的利弊是什么",
     [("person_name", "周雨桐"), ("date_of_birth", "2017 年 8 月 15 日")]),
    ("L", "coding_simple", "python 咋判断一个字符串是不是邮箱格式，用 chenhao.dev@example.cn 测一下", [("email", "chenhao.dev@example.cn")]),
    ("C", "coding_complex", "用户表 3000 万行，邮箱有大小写不同、加号别名（像 chenhao.dev@example.cn 和 ChenHao.Dev+shop@example.cn）还有手误，要去重合并。"
     "设计匹配规则、控制误合并的办法和增量执行方案", [("email", "chenhao.dev@example.cn"), ("email", "ChenHao.Dev+shop@example.cn")]),
    ("L", "multi_turn_followup", "订单再改一下：收件人换成何俊杰，电话 13622448800，其他不变", [("person_name", "何俊杰"), ("phone", "13622448800")]),
    ("C", "multi_turn_followup", "接着刚才劳动仲裁的事：公司现在说赵敏的加班没走审批所以不算，可打卡记录都在。这种情况加班费还能主张吗？举证责任在谁，金额怎么算",
     [("person_name", "赵敏")]),
    ("L", "extraction", "把这段配置里的 IP 都列出来：web01 10.0.4.11，web02 10.0.4.12，db 10.0.5.20",
     [("ip_address", "10.0.4.11"), ("ip_address", "10.0.4.12"), ("ip_address", "10.0.5.20")]),
    ("C", "analysis", "web01 10.0.4.11 和 web02 10.0.4.12 挂在同一个负载均衡后面，配置一模一样，但 web02 的 5xx 比 web01 高五倍。列出排查思路，按可能性排序并说明每一条怎么验证",
     [("ip_address", "10.0.4.11"), ("ip_address", "10.0.4.12")]),
]


def rows() -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for lang, block in (("en", EN), ("zh", ZH)):
        for mark, category, prompt, pii in block:
            assert all(value in prompt for _, value in pii), prompt
            out.append({"id": f"snippets-{len(out) + 1:03d}", "prompt": prompt, "lang": lang,
                        "label": LABELS[mark], "category": category,
                        "pii": [{"type": t, "value": v} for t, v in pii], "source": "snippets"})
    return out


if __name__ == "__main__":
    print(write_rows("extra-snippets.jsonl", rows()), "rows")
