"""Write extra-casual.jsonl: requests as people type them — pasted errors, casual expert questions,
word problems, typos, mixed language, long-but-easy texts, device commands, chit-chat — and
follow-up turns whose difficulty differs from the turn before.

Labels follow the dev set's rule (/work/shared/data/README.md): what is asked decides, not how
long or how casual it is; a follow-up is labelled by what it asks given the conversation
(``thanks`` after a proof is easy, a hard question after a device command is hard). No row
carries PII. Rows are (label, category, prompt) and, for follow-ups, (label, first user turn,
assistant reply, follow-up turn); label C cloud or L local.

Run: python data/router/make_casual.py
"""

from jsonl import write_rows  # data/router/jsonl.py: run as a script from any directory

LABELS = {"C": "cloud", "L": "local"}


EN = [
    # pasted errors and logs: real debugging is hard, a one-line fix is easy
    ("C", "coding_complex", "getting this in prod every few hours, no idea why:\n\njava.lang.IllegalStateException: Connection pool shut down\n    at org.apache.http.impl.conn.PoolingHttpClientConnectionManager.requestConnection(PoolingHttpClientConnectionManager.java:269)\n    at org.apache.http.impl.execchain.MainClientExec.execute(MainClientExec.java:176)\n\nwe build the client once in a singleton and close responses in finally"),
    ("C", "coding_complex", "this test passes alone but fails when i run the whole suite:\n\nAssertionError: expected 'send' to have been called 3 times. Called 5 times.\n\nthe mailer is patched at module level in conftest. what's leaking between tests?"),
    ("C", "coding_complex", "when i switch users quickly the list sometimes shows the previous user's items:\n\nuseEffect(() => {\n  fetch(`/api/users/${id}/items`).then(r => r.json()).then(setItems)\n}, [id])\n\nwhy and what's the clean fix"),
    ("C", "coding_complex", "EXPLAIN shows Seq Scan on events (rows=48M) even though there's an index on (user_id, created_at). query:\nselect * from events where created_at > now() - interval '1 day' and user_id = any($1)\nwhy isn't it using the index"),
    ("C", "coding_complex", "after moving to python 3.12 our celery workers hang at startup. last log line is 'Connected to redis' then nothing. py-spy dump shows every thread sitting in ssl read. ideas?"),
    ("C", "coding_complex", "ios app crashes only on older iphones, EXC_BAD_ACCESS on a background queue right after the view controller is dismissed"),
    ("C", "coding_complex", "gradle build went from 3 to 12 minutes after we added kapt. how do i find what's slow and what can i do about it"),
    ("C", "coding_complex", "our nightly ETL writes duplicate rows, but only on the two days a year when daylight saving changes"),
    ("C", "coding_complex", "my pythn script is slow af reading a 5gb csv with pandas and then runs out of ram, how do i make it fast"),
    ("L", "coding_simple", "what does this mean\n\nSyntaxError: unexpected EOF while parsing"),
    ("L", "coding_simple", "KeyError: 'email' — i do user['email'] and some users don't have one. how do i default to an empty string"),
    ("L", "coding_simple", "git says:\n\n ! [rejected]        main -> main (fetch first)\nerror: failed to push some refs\nhint: Updates were rejected because the remote contains work that you do not have locally.\n\nwhat do i do"),
    ("L", "coding_simple", "npm ERR! enoent ENOENT: no such file or directory, open '/app/package.json' — what's missing here?"),
    ("L", "coding_simple", "zsh: command not found: python — but python3 works. how do i make python point to it"),
    ("L", "coding_simple", "write a function that checks if a number is even"),
    # expert questions asked casually
    ("C", "expert_domain", "so my dad was just diagnosed with afib and they want him on blood thinners but he's scared of bleeding. how do doctors actually weigh that"),
    ("C", "expert_domain", "quick q, if i sell my rsus the day they vest do i still owe capital gains or is it all just income"),
    ("C", "expert_domain", "my cofounder wants out after 8 months and we never set up vesting. what are our options here"),
    ("C", "expert_domain", "is intermittent fasting actually better than just eating less? what does the research say"),
    ("C", "expert_domain", "school says our son might have adhd. what should we ask at the evaluation and what happens after"),
    ("C", "expert_domain", "2 year horizon for a house deposit: i bonds, t-bills or a high yield savings account? which and why"),
    ("C", "expert_domain", "stepped on a rusty nail, last tetanus shot was 8 years ago. do i need a booster, and how soon"),
    ("C", "expert_domain", "explian quantm entanglement but like for a physics phd, include bell inequalities"),
    ("L", "expert_domain", "what does 'net 30' mean on an invoice"),
    ("L", "expert_domain", "what's the difference between a cold and the flu, quickly"),
    # word problems
    ("C", "math_word_problem", "driving 340 miles, first half at 70 mph and the second half at 55, plus a 25 min charging stop. what's my average speed for the whole trip?"),
    ("C", "math_word_problem", "5 people, we pick a committee of 3 and at least one of the two seniors has to be on it. how many ways?"),
    ("C", "math_word_problem", "a tank loses 2% of its water every hour. how long until it's half empty?"),
    ("C", "math_word_problem", "my salary went up 4% a year for 6 years while prices went up 3.2% a year. how much better off am i in real terms?"),
    ("L", "math_word_problem", "bought 3 shirts at $18 each and a hat for $12, total?"),
    ("L", "math_word_problem", "recipe says 250g flour for 12 cookies, how much for 30"),
    ("L", "math_word_problem", "how many minutes is 2.5 hours"),
    ("L", "math_word_problem", "car does 32 mpg, 400 mile trip, how many gallons"),
    # typos
    ("L", "other", "hw do i chnage a flat tire"),
    ("L", "quick_fact", "waht time is it in tokyo rn"),
    ("L", "quick_fact", "whats teh diffrence between affect and effect"),
    ("L", "vehicle_control", "cna u turn on the defroster"),
    # long but easy, and long and hard
    ("L", "translation_short", "Translate this into Spanish for our guests: Welcome to the lake house! The Wi-Fi network is LakeHouse-Guest and the password is on the fridge. Please take your shoes off at the door, and don't flush anything but toilet paper; the septic system is old. Towels are in the hall closet, extra blankets are in the cedar chest at the foot of the bed. The kayaks are free to use, life jackets are in the shed, and please bring them back up to the rack when you're done. Checkout is at 11am. Just leave the keys on the kitchen counter and lock the door behind you. Have a wonderful stay!"),
    ("L", "short_rewrite", "fix the typos, don't change anything else: Hi everone, just a reminder that the the office will be closed on friday for the holliday. If you need anything urgant before then please let me know by thursday afternoon. The cleaning crew will come in on saturday so please clear you desks and take home any food from the fridge, anything left will be thrown away. Thank's for your understanding and have a grate long weekend!"),
    ("L", "extraction", "pull out every date and time from these notes: Kickoff was on March 4 at 10am. Design review moved from March 11 to March 13, 2pm. Beta goes out April 1 if QA signs off by March 28. The retro is set for April 8 at 4:30pm, and the launch party is tentatively April 19 in the evening. Reminder that invoices are due on the 25th of every month."),
    ("L", "summarize_short", "one line summary: Starting next Monday, the north parking garage will be closed for resurfacing for about three weeks. During this time, employees can park in the south garage or in the overflow lot on Birch Road, where a shuttle will run every ten minutes between 7am and 7pm. Visitors should continue to use the front lot. Electric vehicle chargers in the north garage will be unavailable; temporary chargers have been installed in the overflow lot. We apologize for the inconvenience."),
    ("L", "other", "put these in alphabetical order: zucchini, apples, onions, bread, milk, eggs, yogurt, rice, carrots, butter, spinach, lemons, garlic, pasta, tomatoes, cheese, bananas, oats, chicken, peppers"),
    ("C", "analysis", "notes from three vendor calls for our support ticketing system. A: cheapest at $19/agent, no SSO on the base plan, API rate limit 100/min, EU data residency extra. B: $35/agent, SSO included, good API, but their Salesforce sync broke twice in the pilot. C: $29/agent, SSO, decent API, 3 month minimum onboarding, they want a 3 year contract. We have 40 agents, growing to 70, we're in the EU and our CRM is Salesforce. Which one should we pick and what should we negotiate?"),
    # chit-chat and the device
    ("L", "chit_chat", "honestly just need someone to talk to for a sec"),
    ("L", "chit_chat", "what's your favorite color lol"),
    ("L", "chit_chat", "i just got promoted!!"),
    ("L", "vehicle_control", "can you make it a bit warmer in here"),
    ("L", "media", "play something chill, not too loud"),
    ("L", "navigation", "take me to the airport but stay off the highway"),
    ("L", "smart_home", "turn off all the lights except the bedroom"),
    ("L", "vehicle_control", "how much range do i have left"),
    ("L", "other", "what's on my calendar this afternoon"),
    ("L", "translation_short", "what does 好久不见 mean"),
]

FOLLOW_EN = [
    ("L", "prove that there are infinitely many primes", "Suppose there were only finitely many primes p1, ..., pn. Consider N = p1·p2·...·pn + 1 ...", "thanks, that makes sense!"),
    ("C", "what's 15% of 80", "12.", "ok now if 15% a year compounds monthly on 80k for 3 years what do i end up with, and how does that compare with simple interest"),
    ("C", "turn on the radio", "Radio on, 101.5 FM.", "why does FM fade in tunnels more than AM? explain the physics"),
    ("L", "Plan a 10-day trip to Portugal in May for two, mid budget, mixing cities and beaches", "Here's a plan: Days 1-3 Lisbon, day 4 Sintra, days 5-6 Porto ...", "what's the weather like in lisbon in may?"),
    ("C", "write a basic raft leader election in go", "Here's a minimal implementation with a Node struct, terms and RequestVote ...", "now add snapshotting and log compaction, and tests for a follower that falls far behind"),
    ("L", "translate 'good morning' to french", "Bonjour.", "and in italian?"),
    ("L", "my ALT is 92 and GGT 140 but i barely drink, what could it be", "Several things can raise these enzymes: fatty liver, medications ...", "what does ALT stand for"),
    ("C", "python reverse a string", "s[::-1]", "now make it reverse by user-perceived characters, so emoji with skin tones and flags stay intact"),
    ("L", "summarize this email: the team offsite moves to the 19th because the venue double-booked, same place, same agenda", "The offsite moves to the 19th; venue and agenda are unchanged.", "shorter"),
    ("C", "why does my java pod keep getting OOMKilled with -Xmx set below the limit", "The JVM uses memory outside the heap: metaspace, thread stacks, direct buffers ...", "we set MaxDirectMemorySize and it still dies. heap dump says 60% is byte[] held by netty pooled buffers. what next"),
    ("L", "write a 1,500-word essay on remote work and productivity", "Remote Work and Productivity: ...", "make the title catchier"),
    ("L", "set a timer for 10 minutes", "Timer set for 10 minutes.", "cancel it"),
    ("C", "prove that there are infinitely many primes", "Assume finitely many, multiply them all and add one ...", "but the product plus one isn't always prime itself, is it? so why does the proof still work"),
    ("L", "capital of canada", "Ottawa.", "how far is it from toronto"),
    ("L", "navigate home", "Starting route home, 24 minutes.", "avoid tolls"),
    ("C", "what's a hash map", "A data structure that maps keys to values using a hash function ...", "ok how would you make one that stays fast when many threads write to it at once, like java's ConcurrentHashMap"),
]

ZH = [
    # 报错和日志
    ("C", "coding_complex", "线上偶发报错，查了两天没头绪：\n\nredis.exceptions.ConnectionError: Error 104 while writing to socket. Connection reset by peer.\n\n用的是连接池，只有高峰期才出现"),
    ("C", "coding_complex", "这段代码并发的时候余额会算错，为什么，怎么改？\n\nbalance = get_balance(uid)\nif balance >= amount:\n    set_balance(uid, balance - amount)"),
    ("C", "coding_complex", "Vue 页面切换路由以后定时器还在跑，内存越占越多，怎么彻底解决"),
    ("C", "coding_complex", "Docker 容器里的时间比宿主机慢 8 小时，设了 TZ 还是不对，日志和数据库的时间对不上"),
    ("C", "coding_complex", "MySQL 主从延迟白天能到几十秒，从库配置跟主库一样，怎么排查"),
    ("C", "coding_complex", "k8s 里 Service 的 IP 能 ping 通，curl 端口却不通，看了一下 endpoints 是空的"),
    ("C", "coding_complex", "小程序上线后一部分安卓用户白屏，开发者工具里一切正常"),
    ("C", "coding_complex", "Flink 作业 checkpoint 一直超时，背压很高，该怎么调"),
    ("C", "coding_complex", "我的pandas读5个G的csv慢死了还爆内存，咋整"),
    ("C", "coding_complex", "帮我 debug 一下，这个 segfault 只在 -O2 编译的时候出现，-O0 就没事"),
    ("C", "coding_complex", "我们 microservice 之间用 gRPC，偶尔报 deadline exceeded，但 server 端日志显示早就处理完了"),
    ("L", "coding_simple", "这个报错啥意思：ZeroDivisionError: division by zero"),
    ("L", "coding_simple", "git push 被 rejected，说远程有我本地没有的提交，怎么办"),
    ("L", "coding_simple", "pip 装包提示 Permission denied，怎么解决"),
    ("L", "coding_simple", "这句 SQL 哪里写错了：select name from user where age > 18 order by"),
    ("L", "coding_simple", "这个 function 怎么改成 async 的，现在是 callback 写法：fs.readFile(path, cb)"),
    ("L", "coding_simple", "写个函数判断一个年份是不是闰年"),
    # 随口问的专业问题
    ("C", "expert_domain", "我爸查出来房颤，医生让吃抗凝药，他怕出血不肯吃，这个风险到底怎么权衡"),
    ("C", "expert_domain", "公司让签竞业协议，补偿只给一个月工资，期限两年，这合理吗，签了有什么风险"),
    ("C", "expert_domain", "老师说孩子可能是多动症，去医院评估之前我们该了解些什么"),
    ("C", "expert_domain", "手里有 50 万，两年内要拿来付首付，放哪儿比较稳"),
    ("C", "expert_domain", "装修完三个月，甲醛测出来 0.12，孩子一岁，能住吗"),
    ("C", "expert_domain", "跳槽的时候社保断了一个月，对在上海买房的资格有影响吗"),
    ("C", "expert_domain", "尿酸 520，脚趾有点疼，是痛风吗，要不要吃药"),
    ("C", "expert_domain", "量子纠缠到底是咋回事，给学物理的研究生讲，带上贝尔不等式"),
    ("L", "expert_domain", "发票上写的“账期30天”是什么意思"),
    ("L", "expert_domain", "感冒和流感有什么区别，简单说"),
    # 应用题
    ("C", "math_word_problem", "开车去 340 公里外，前一半路程时速 100，后一半时速 80，中途休息 20 分钟，全程平均时速是多少"),
    ("C", "math_word_problem", "5 个人里选 3 个组成委员会，两位老员工里至少要有一位，有多少种选法"),
    ("C", "math_word_problem", "工资每年涨 4%，物价每年涨 3.2%，六年下来实际购买力涨了多少"),
    ("C", "math_word_problem", "斐波那契数列 1, 1, 2, 3, 5…… 第 50 项除以 7 余几，讲一下怎么算"),
    ("L", "math_word_problem", "买了 3 件衣服每件 89，再加一双 120 的鞋，一共多少钱"),
    ("L", "math_word_problem", "250 克面粉做 12 个饼干，做 30 个要多少面粉"),
    ("L", "math_word_problem", "两个半小时是多少分钟"),
    ("L", "math_word_problem", "百公里油耗 7 升，开 400 公里要多少升油"),
    # 错别字、口语
    ("L", "other", "怎么换备胎，第一次换有点慌"),
    ("L", "quick_fact", "在吗，东京现在几点"),
    ("L", "quick_fact", "因该还是应该，哪个对"),
    ("L", "vehicle_control", "有点冷，温度调高两度"),
    # 长但简单，长而难
    ("L", "translation_short", "把下面这段翻译成英文，发给来住的朋友：欢迎来我家！Wi-Fi 名字是 Home-Guest，密码贴在冰箱上。进门请换拖鞋，鞋柜在门口右手边。毛巾和牙刷在卫生间的柜子里，都是新的。空调遥控器在电视柜的抽屉里，晚上睡觉建议开 26 度。厨房里的东西随便用，冰箱里的水果和酸奶也可以吃。垃圾要分类，干垃圾和湿垃圾分开，楼下就有垃圾桶。走的时候把钥匙放在鞋柜上，门带上就行。祝你住得开心！"),
    ("L", "short_rewrite", "帮我改一下错别字，别的不要动：各位同事大家好，因为国庆节放假，公司将于十月一日至七日休息，八号正常上班。放假期间如有急事请联系各部门负责人。请大家在放假前关好门窗，关闭电脑和饮水机的电源，贵重物品不要放在办公室。财务部的报销截止到九月二十八号，过期的请节后再提交。祝大家节日快了，假期愉快！"),
    ("L", "extraction", "把这段会议记录里所有的时间都找出来：项目三月四号上午十点启动。设计评审从三月十一号改到三月十三号下午两点。如果测试在三月二十八号前通过，四月一号发内测版。复盘会定在四月八号下午四点半，上线庆功会暂定四月十九号晚上。另外提醒一下，每个月二十五号交报销单。"),
    ("L", "summarize_short", "一句话总结这个通知：各位业主，小区北门地下车库自下周一起封闭施工，预计三周。施工期间，业主车辆可停放在南门车库或西侧临时停车场，临时停车场到各楼栋有电瓶车接驳，早七点到晚七点每十分钟一班。访客车辆仍停放在地面车位。北门车库的充电桩暂停使用，临时停车场已加装了八个临时充电桩。给大家带来不便，敬请谅解。"),
    ("C", "analysis", "公司要买客服工单系统，三家供应商的情况：A 最便宜，每个坐席每月 120 元，基础版没有单点登录，接口每分钟限 100 次；B 每席 230 元，单点登录和接口都不错，但试用期间跟我们 CRM 的同步挂过两次；C 每席 190 元，有单点登录，接口一般，要签三年合同，实施周期三个月。我们现在 40 个坐席，明年到 70 个，数据必须存在国内。帮我分析选哪家，谈判时该争取什么"),
    # 闲聊和设备
    ("L", "chit_chat", "加班到现在，好累，随便聊聊"),
    ("L", "chit_chat", "我升职啦！！"),
    ("L", "chit_chat", "你喜欢什么颜色"),
    ("L", "media", "放点安静的歌，声音小点"),
    ("L", "navigation", "去机场，别走高速"),
    ("L", "smart_home", "除了卧室，其他灯都关掉"),
    ("L", "vehicle_control", "还能跑多少公里"),
    ("L", "other", "把刚才那条微信念给我听"),
    # 中英夹杂
    ("L", "other", "meeting 改到下午三点了，帮我写条消息通知大家"),
    ("L", "short_rewrite", "reviewer 说我的命名不规范，怎么回比较礼貌"),
    ("L", "translation_short", "帮我 translate 一下：the meeting has been postponed until further notice"),
    ("C", "long_form_writing", "这个 feature 的 tech design 怎么写，要包括 data model、API、rollout plan 和 risk，帮我写一份完整的"),
]

FOLLOW_ZH = [
    ("L", "证明素数有无穷多个", "假设素数只有有限个 p1, …, pn，令 N = p1·p2·…·pn + 1 ……", "明白了，谢谢！"),
    ("C", "80 的 15% 是多少", "12。", "那 8 万块按年利率 15%、每月复利存 3 年最后有多少，和单利比差多少"),
    ("C", "打开收音机", "已打开，FM 101.5。", "为什么进隧道 FM 信号比 AM 掉得厉害，讲讲物理原理"),
    ("L", "五一带爸妈去云南玩十天，预算中等，帮我排个行程", "行程如下：第 1-3 天昆明，第 4-5 天大理……", "五月份丽江早晚冷吗"),
    ("C", "用 Go 写一个最基本的 Raft 选主", "下面是一个简单实现，包括 Node 结构、任期和 RequestVote……", "再加上快照和日志压缩，还要测试一个落后很多的 follower 能追上"),
    ("L", "“早上好”用法语怎么说", "Bonjour。", "那意大利语呢"),
    ("L", "我转氨酶 92，谷氨酰转肽酶 140，平时基本不喝酒，可能是什么原因", "可能的原因有脂肪肝、药物影响……", "ALT 是哪个指标"),
    ("C", "python 怎么反转字符串", "s[::-1]", "要是按用户看到的字符反转呢，带肤色的 emoji 和国旗不能拆开"),
    ("L", "帮我总结这封邮件：团建因为场地重复预订改到 19 号，地点和安排不变", "团建改到 19 号，地点和安排不变。", "再短一点"),
    ("C", "Java 的 pod 为什么老是被 OOMKilled，-Xmx 明明比 limit 小", "JVM 除了堆还有元空间、线程栈、直接内存……", "MaxDirectMemorySize 也设了，还是挂。heap dump 看 60% 是 netty 池化缓冲里的 byte[]，下一步怎么查"),
    ("L", "写一篇 1500 字的文章，讲远程办公和效率", "远程办公与效率：……", "标题改得吸引人一点"),
    ("L", "定个十分钟的计时器", "已设定 10 分钟计时。", "取消吧"),
    ("C", "证明素数有无穷多个", "假设只有有限个，把它们全乘起来再加一……", "可是乘积加一本身不一定是素数吧？那这个证明为什么还成立"),
    ("L", "加拿大首都是哪", "渥太华。", "离多伦多多远"),
    ("L", "导航回家", "已开始导航，约 24 分钟。", "避开收费路段"),
    ("C", "哈希表是什么", "一种用哈希函数把键映射到值的数据结构……", "那怎么设计一个多线程同时写也很快的哈希表，像 Java 的 ConcurrentHashMap 那样"),
]


def single(rows: list[tuple[str, str, str]], lang: str) -> list[dict[str, object]]:
    return [{"id": f"casual-{lang}-{i + 1:04d}", "prompt": prompt, "lang": lang, "label": LABELS[label],
             "category": category, "pii": [], "source": "casual"}
            for i, (label, category, prompt) in enumerate(rows)]


def follow(rows: list[tuple[str, str, str, str]], lang: str) -> list[dict[str, object]]:
    out = []
    for i, (label, first, reply, turn) in enumerate(rows):
        messages = [{"role": "user", "content": first}, {"role": "assistant", "content": reply},
                    {"role": "user", "content": turn}]
        out.append({"id": f"casual-{lang}-follow-{i + 1:04d}", "prompt": turn, "messages": messages,
                    "lang": lang, "label": LABELS[label], "category": "multi_turn_followup", "pii": [],
                    "source": "casual"})
    return out


if __name__ == "__main__":
    print(write_rows("extra-casual.jsonl",
                     single(EN, "en") + follow(FOLLOW_EN, "en") + single(ZH, "zh") + follow(FOLLOW_ZH, "zh")))
