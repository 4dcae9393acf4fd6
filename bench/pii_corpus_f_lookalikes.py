"""PII-free frames of corpus F (``bench/pii_corpus_f.py``): prompts full of numbers and names that
are not personal data. Order, tracking and invoice numbers, ISBNs, EANs, versions shaped like IP
addresses, hashes, UUIDs, flights and trains, timestamps, prices, big numbers in maths, model
numbers, file paths, placeholders in config templates, loopback addresses, test card numbers
that fail Luhn, 18-digit order numbers that fail the resident-ID check, famous people, companies
and places, and Chinese words that begin with a surname character (高兴, 周末, 张开, 黄金).
Every slot here is a filler; items from these frames carry ``pii: []``.
"""

from __future__ import annotations

LOOKALIKES_EN: list[str] = [
    "Where is my parcel? Order {order}, tracking {tracking}, it left the Memphis hub on {date} and nothing since.",
    "Is ISBN {isbn} the paperback of Pride and Prejudice or an annotated edition?",
    "Our firmware went from {version} to {version_2} and the fan curve changed. How do I roll back safely?",
    "git bisect says the culprit is {sha}. How do I revert just that commit and keep the later ones?",
    "Job {uuid} keeps showing up as 'stale' in the Celery logs. What usually causes that?",
    "Flight {flight} on {date} lands at {time} and my connection {flight_2} leaves 55 minutes later in Frankfurt. "
    "Is that enough time with a Schengen passport check?",
    "Compute {bignum} × {bignum_2} exactly and tell me how many digits the result has.",
    "Is this a sensible .env.example to commit?\nOPENAI_API_KEY={placeholder}\nDATABASE_URL=postgres://user:"
    "password@localhost:5432/app\nSECRET_KEY={placeholder_2}\nDEBUG=true",
    "The payment sandbox rejects the test card {testcard} with 'invalid card number'. Isn't any 16-digit number "
    "fine in test mode?",
    "Write a short dialogue between {famous} and {famous_2} about curiosity, for a school assembly.",
    "The container listens on {localip}:{port} and the health check hits 127.0.0.1:{port}/healthz, but the "
    "probe says connection refused. Ideas?",
    "Barcode {ean} scans as the wrong product in our till. How is the EAN-13 check digit computed?",
    "Invoice {invoice} for {amount} is 30 days overdue. Write a polite reminder to {company}'s accounts team.",
    "Convert the Unix timestamp {epoch} to UTC and to Tokyo time.",
    "For local LLMs, is a {model} or a {model_2} the better buy?",
    "Why does os.path.join('/var/lib/app', '/tmp/cache') return /tmp/cache in Python?",
    "Our Helm values use password: REPLACE_ME and apiKey: {placeholder}. How do we inject the real values with "
    "sealed-secrets?",
    "How long is the ICE 597 from Munich to Berlin, and does it stop at Erfurt?",
    "The downloaded ISO's sha256 is {sha256} but the site lists a different one. Corrupted or tampered?",
    "Mortgage quote: {amount} at 4.85% over 25 years. What's the monthly payment, roughly?",
    "A customer wrote 'lol my order number is {order} and your site says it doesn't exist'. Draft a friendly "
    "answer asking them to check the confirmation email.",
    "Sum the totals:\nSKU\tQty\tUnit price\n{sku}\t12\t{price}\n{sku_2}\t3\t{price_2}\n{sku_3}\t40\t{price_3}",
    "Write a regex that matches IPv4 addresses but not four-part version strings like {version}.",
    "Renovate bumped lodash from 4.17.20 to 4.17.21 and node from 18.19.0 to 20.11.1. Anything to watch out for?",
    "Is 2305843009213693951 prime? I read it's a Mersenne number.",
    "Booking reference {pnr}, seat {seat}: can I still change seats online 20 hours before departure?",
    "Compare {company} and {company_2} as employers for a junior data engineer in {city}.",
    "Summarise what {famous} is best known for, in three sentences for a ten-year-old.",
    "Shipment {tracking} shows 'held at customs' since {date}. What does the status code C22 mean?",
    "Our build number {epoch} overflowed an int32 column. Which SQL type should it be?",
    "What's the difference between UUID v4 like {uuid} and ULIDs for primary keys?",
    "Translate into German: 'The meeting with {company} moved to {date} at {time}, room 4.12.'",
]

LOOKALIKES_ZH: list[str] = [
    "周末高兴地带孩子去张家界玩，黄金周人会不会很多？帮我排个两天的行程",
    "我的淘宝订单号{tborder}一直显示待发货，怎么催商家最有效？",
    "快递单号{sf}三天了还查不到物流信息，是不是还没揽收？",
    "这张电子发票的号码是{fpno}，怎么在税务局网站验真？",
    "路由器固件从{version}升级到{version_2}以后WiFi老掉线，怎么降级？",
    "{cntrain}次列车几点到杭州东？我买的是{cndate}的票，能改签吗",
    "帮我算一下{bignum}乘以{bignum_2}等于多少，要精确值",
    "{cnfamous}的作品里你最推荐哪一部？为什么",
    "ISBN {isbn} 这本书是哪个出版社出的？有没有电子版",
    "超市收银扫条码{ean}出来的是另一个商品，EAN-13校验位是怎么算的？",
    "张开嘴说“啊”的时候喉咙很疼，还有点发烧，是咽炎还是扁桃体发炎？",
    "马上就月底了，钱包空空，周末只能在家做饭，推荐几个便宜又好吃的菜",
    "日志里的 trace_id {uuid} 是什么意思？怎么用它在 Jaeger 里查调用链",
    "支付沙箱里测试卡号{testcard}一直提示卡号无效，为什么？",
    "Nginx 监听 {localip}:{port}，本机 curl 127.0.0.1 正常，外网访问不了，是防火墙的问题吗",
    "这个 .env 模板能提交到 git 吗：API_KEY={placeholder}，DB_PASSWORD=changeme，DEBUG=true",
    "腾讯会议号{meeting}，会议几点开始？怎么用电脑入会",
    "快递柜取件码{pickup}，忘了是哪个柜子了，怎么查",
    "统一社会信用代码{uscc}是哪家公司的？怎么查它的经营状态",
    "{cnfamous}和{cnfamous_2}有什么交集吗？写一段两百字的介绍",
    "时间戳{epoch}转成北京时间是几点？",
    "航班{flight}延误了四个小时，{cndate}的，能拿到什么补偿？",
    "{cnmodel}这个型号的耗电量大概多少？值不值得买",
    "京东订单{jdorder}申请了价保，差价{cnamount}一般多久退回来？",
    "订单号{order18}是18位纯数字，跟身份证号长得很像，怎么写正则把它们区分开？",
    "git commit {sha} 之后 CI 就一直失败，怎么只回滚这一个提交？",
    "高考数学题：已知 a={bignum}，求 a 除以 97 的余数，写出步骤",
    "我的訂單編號{order}還沒出貨，請問大概什麼時候寄出？",
    "黄金最近涨得厉害，现在买金条还是等回调？顺便说说金价和美元的关系",
    "白天开会，晚上加班，周末还要改方案，帮我写一段吐槽的朋友圈，幽默一点",
    "{cncity}的海底捞一般几点关门？周末晚上去要排多久的队",
    "{cntrain}次和{cntrain_2}次哪趟车更快到{cncity}？",
    "我在{cnhotel}订了{cndate}的房间，房费{cnamount}，取消要扣钱吗？",
]
