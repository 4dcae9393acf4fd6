"""Write extra-terse.jsonl: terse one-line requests, hard ones next to easy look-alikes.

Each line of a block below is ``<label> <category> <prompt>`` (label ``C`` cloud, ``L`` local).
Labels follow the dev set's rule (/work/shared/data/README.md): multi-step maths, proofs,
debugging, design, expert advice and analysis are hard however short; arithmetic, look-ups,
one-command how-tos, translations, device commands and chit-chat are easy. No row carries PII.

Run: python data/router/make_terse.py
"""

from jsonl import write_rows  # data/router/jsonl.py: run as a script from any directory


EN = """
C coding_complex pod restarts every few hours with exit code 137 but the memory graph looks flat. what gives
C coding_complex nginx returns 502 only under load, upstream is gunicorn with 4 sync workers
C coding_complex postgres query is fast in psql but takes 9s from the app, same params
C coding_complex segfault only in the release build, debug build is fine. where do i even start
C coding_complex asyncio "Task was destroyed but it is pending!" on shutdown, how do i fix it properly
C coding_complex design a rate limiter for 50k rps spread over 20 nodes
C coding_complex thread-safe LRU cache with O(1) get and put in rust, with tests
C coding_complex kafka consumer lag keeps growing even though the consumers sit at 10% cpu
C coding_complex node service heap grows ~50MB an hour until it dies, how do i find the leak
C coding_complex two transactions update the same rows in opposite order and deadlock. fix without going serializable
C coding_complex lock-free MPMC queue in C++ and explain how you avoid ABA
C coding_complex TLS handshake fails only for old android clients, everything else connects
C coding_complex terraform wants to destroy and recreate my rds instance on every plan
C coding_complex CORS fails only on the preflight when credentials are included
C coding_complex my CUDA kernel gets slower when i raise threads per block, why
C coding_complex go service p99 jumps from 20ms to 900ms every couple of minutes
C coding_complex is it safe to append to the same slice from two goroutines if i never read it concurrently
C coding_complex redis cluster MOVED errors after resharding, clients keep failing for minutes
C coding_complex implement a trie-based autocomplete that ranks by frequency and handles 10M words in memory
C coding_complex why does my docker build cache bust on every commit even though deps didn't change
C math_proof show that √3 is irrational
C math_proof prove every integer > 1 is a product of primes, existence only, by strong induction
C math_proof why does 1 + 1/2 + 1/3 + ... diverge? proof pls
C math_proof prove a tree with n vertices has exactly n-1 edges
C math_proof show the reals are uncountable
C math_proof proof of fermat's little theorem
C math_proof why can't a comparison sort beat n log n in the worst case? prove it
C math_proof prove that the product of four consecutive integers plus one is a perfect square
C math_word_problem odds that 2 people in a class of 30 share a birthday?
C math_word_problem expected number of die rolls until every face has shown up
C math_word_problem number of ways to tile a 2x10 strip with dominoes
C math_word_problem ∫ x² eˣ dx, show the steps
C math_word_problem solve x³ - 6x² + 11x - 6 = 0
C math_word_problem 400k mortgage at 6.5% over 30 years: total interest, and how much do i save paying 500 extra a month
C math_word_problem sum of 1/(n(n+1)) for n from 1 to infinity, with working
C math_word_problem eigenvalues of [[2,1],[1,2]] and what they mean geometrically
C math_word_problem how many trailing zeros does 100! have, and why
C math_word_problem a bat and ball cost 1.10 together, the bat costs 1 more than the ball; now do the same with 3 items where each costs twice the previous and the total is 7.70
C expert_domain ldl 190 at 34, no family history, doc says statins. should i push back
C expert_domain landlord kept my whole deposit for "cleaning", legal in california?
C expert_domain roth conversion in a low-income year, worth it if i'm normally in the 24% bracket?
C expert_domain chest gets tight when i run in cold air but not indoors. asthma or heart?
C expert_domain can my employer in the UK make me repay training costs if i quit after six months
C expert_domain ok to take ibuprofen daily while on lisinopril?
C expert_domain refinance from 7.1% to 6.2% with 4k closing costs and 8 years left on the loan, worth it?
C expert_domain toddler swallowed a button battery maybe 20 min ago, seems fine. what now
C analysis why did the soviet union actually collapse, the real causes not the textbook list
C analysis rust or go for a high-throughput L7 proxy? pick one and defend it
C reasoning_multistep monty hall with 4 doors where the host opens 2 empty ones. switch or stay, and what are the odds
C reasoning_multistep pay off a 5% loan early or put the money in index funds? think it through
C reasoning_multistep 100 prisoners and a light bulb, what's the strategy and how long does it take on average
C planning 3 days in kyoto on a tight budget with a toddler who naps at 1pm, no more than 2 temples a day
C long_form_writing 1500-word short story set on a night train, told backwards, last scene first
C other sonnet about debugging, strict iambic pentameter, abab cdcd efef gg
L math_word_problem 3*7
L math_word_problem sqrt of 144
L math_word_problem 1/8 as a percent
L math_word_problem 72F in C
L math_word_problem 45 min + 1h 50 min = ?
L math_word_problem half of 3/4 cup
L math_word_problem split a $84 bill three ways
L coding_simple undo git add
L coding_simple python sort dict by value
L coding_simple bash loop over all .txt files in a folder
L coding_simple regex for digits only
L coding_simple what does chmod 755 do
L coding_simple join a list of strings with commas in python
L coding_simple js check if an array is empty
L coding_simple sql count orders per day
L coding_simple ModuleNotFoundError: No module named 'requests'
L coding_simple how do i quit nano
L coding_simple docker remove all stopped containers
L coding_simple pip install a specific version
L coding_simple rename a file in git
L quick_fact what does HTTP 404 mean
L quick_fact what's a primary key
L quick_fact who wrote 1984
L quick_fact capital of canada
L quick_fact tallest mountain in africa
L quick_fact how many ounces in a cup
L quick_fact what year did the berlin wall fall
L quick_fact is a peanut a nut
L quick_fact what's an IRA
L quick_fact what does ETF stand for
L quick_fact normal resting heart rate?
L quick_fact what is a deductible
L translation_short translate "good night" to japanese
L translation_short how do you say thank you in german
L translation_short "je ne sais pas" meaning
L translation_short spanish for "where is the train station"
L short_rewrite make this nicer: send me the file now
L short_rewrite fix spelling: recieve, definately, seperate
L short_rewrite shorter: I am writing to inform you that I will be arriving late today
L classification positive or negative: "meh, it was fine i guess"
L classification spam? "URGENT: your package is held, pay $1.99 customs fee here"
L chit_chat lol you're funny
L chit_chat night night, talk tomorrow
L chit_chat ugh i'm so tired today
L chit_chat tell me a joke
L media volume up
L media next song
L vehicle_control ac off
L navigation nearest gas station
L vehicle_control call mom
L other set a timer for 10 minutes
L other remind me to buy milk at 6
L quick_fact weather tomorrow?
L reasoning_multistep which is bigger, 0.5 or 0.45
L reasoning_multistep if today is monday what day is it in 10 days
L classification odd one out: apple, banana, carrot, grape
L planning packing list for a beach weekend
L other easy dinner ideas with chicken and rice
"""

ZH = """
C math_proof 怎么证明 log₂3 是无理数
C math_proof 证明相邻两个斐波那契数互素
C math_proof 比较排序为啥不可能比 nlogn 更快，证明一下
C math_proof 证明任意 n 个整数里一定能挑出若干个，它们的和能被 n 整除
C math_proof 柯西不等式怎么证，给两种方法
C math_proof 证明调和级数发散
C math_proof 证明对任意正整数 n，n³+2n 能被 3 整除
C coding_complex 线上 Java 服务 CPU 突然飙到 100%，怎么定位是哪段代码
C coding_complex Redis 主从切换之后丢了一部分数据，为什么会这样
C coding_complex MySQL 死锁日志看不懂，两个事务都在等间隙锁，该怎么改
C coding_complex Go 程序 goroutine 数量一直涨，怎么排查泄漏
C coding_complex pod 一直 Pending，提示 Insufficient memory，可节点明明还有内存
C coding_complex 手写一个支持并发的 LRU 缓存，get 和 put 都要 O(1)
C coding_complex 设计一个秒杀系统，十万 QPS，怎么防超卖
C coding_complex Nginx 代理 websocket，每隔一分钟就断开
C coding_complex python 多线程跑计算密集的任务反而更慢了，为啥，怎么改
C coding_complex 前端打包后白屏，控制台报 Uncaught SyntaxError: Unexpected token '<'
C coding_complex 分布式事务怎么做，TCC 和 Saga 该选哪个
C coding_complex Spark 任务数据倾斜，一个 task 跑两小时，别的几分钟就完了
C coding_complex 安卓 App 冷启动要 4 秒，怎么一步步优化
C coding_complex 接口偶发超时，但是数据库和下游的监控都正常，从哪查起
C math_word_problem 掷骰子直到六个面都出现过，平均要掷几次
C math_word_problem 30 个人里至少两个人同一天生日的概率有多大
C math_word_problem 房贷 200 万，30 年，利率 3.1%，等额本金和等额本息的总利息差多少
C math_word_problem 求 x·ln x 在 1 到 e 上的定积分
C math_word_problem 从 1 写到 1000，数字 7 一共出现了多少次
C math_word_problem 2 的 2024 次方最后两位是多少
C math_word_problem 水池进水管 6 小时注满，排水管 9 小时排空，池里本来有三分之一的水，两管一起开多久能满
C math_word_problem 一个数除以 3 余 2，除以 5 余 3，除以 7 余 2，最小是多少，写过程
C expert_domain 甲状腺结节 4a 类，医生建议穿刺，有必要吗
C expert_domain 公司一直没跟我签劳动合同，干了一年半，能要多少赔偿
C expert_domain 孩子咳嗽两周了，晚上更厉害，要不要去拍片
C expert_domain 年薪 30 万，年终奖单独计税还是并入综合所得划算
C expert_domain 婚前买的房，婚后两个人一起还贷，离婚时增值部分怎么分
C expert_domain 35 岁，血压 150/95，需要吃药吗还是先调生活方式
C expert_domain 基金定投三年亏了 20%，继续投还是割肉
C expert_domain 胃镜报告写着肠化生，会不会发展成癌
C analysis 为什么日本经济会失落三十年
C analysis 新能源车价格战打到最后谁能活下来，说说你的判断
C analysis 为什么 Transformer 比 RNN 更适合处理长序列
C reasoning_multistep 三门问题为什么换门赢的概率是 2/3，给我讲透
C reasoning_multistep 12 个球里有一个重量不一样，天平称三次找出它并判断轻重
C reasoning_multistep 五个海盗分 100 枚金币，按资历提方案、过半同意才行，老大怎么分
C long_form_writing 帮我写一篇 2000 字的年终总结，我是做销售的
C planning 下周去成都玩四天，带着两个老人，不想太累，帮我排个行程
C other 写一首五言律诗，写秋天，平仄和对仗都要对
L math_word_problem 2+3×4等于几
L math_word_problem 128除以4
L math_word_problem 一斤是多少克
L math_word_problem 华氏100度是多少摄氏度
L math_word_problem 原价560打九折是多少
L math_word_problem 7的平方
L math_word_problem 一小时二十分钟是多少分钟
L translation_short 翻译：谢谢你的帮助
L translation_short 晚安用日语怎么说
L translation_short good luck 什么意思
L translation_short “我迟到了”英文怎么说
L coding_simple git 怎么看提交记录
L coding_simple python 怎么读 csv
L coding_simple linux 查看端口被谁占用
L coding_simple 报错 IndentationError: unexpected indent 怎么办
L coding_simple js 数组去重
L coding_simple mysql 改字段名
L coding_simple excel 怎么冻结首行
L coding_simple python 怎么把字符串转成整数
L quick_fact 中国最长的河是哪条
L quick_fact 李白是哪个朝代的
L quick_fact 一年有多少周
L quick_fact 黄山在哪个省
L quick_fact 什么是年化收益率
L quick_fact 医保和新农合有什么区别
L quick_fact 苹果和香蕉哪个热量高
L quick_fact 今天天气怎么样
L quick_fact 明天要带伞吗
L vehicle_control 打开车窗
L vehicle_control 座椅加热开到二档
L navigation 导航去最近的加油站
L media 下一首
L media 来点周杰伦的歌
L smart_home 把客厅灯关了
L smart_home 扫地机器人开始打扫
L other 定个明早七点的闹钟
L chit_chat 你好
L chit_chat 笑死我了，你也太会说了
L chit_chat 讲个笑话
L chit_chat 好无聊啊
L chit_chat 谢谢啦
L short_rewrite 把这句改客气点：你快点回我
L short_rewrite 润色：我今天不舒服，请假一天
L classification 这是好评还是差评：东西还行，就是物流太慢
L reasoning_multistep 0.3和0.29哪个大
L reasoning_multistep 今天星期三，再过十天星期几
L planning 周末大扫除要准备些什么
L other 番茄炒蛋怎么做
"""


def rows(block: str, lang: str, prefix: str) -> list[dict[str, object]]:
    out = []
    for line in block.strip().splitlines():
        label, category, prompt = line.split(" ", 2)
        out.append({"id": f"{prefix}-{len(out) + 1:04d}", "prompt": prompt.replace("\\n", "\n"), "lang": lang,
                    "label": {"C": "cloud", "L": "local"}[label], "category": category, "pii": [],
                    "source": "terse"})
    return out


if __name__ == "__main__":
    print(write_rows("extra-terse.jsonl", rows(EN, "en", "terse-en") + rows(ZH, "zh", "terse-zh")))
