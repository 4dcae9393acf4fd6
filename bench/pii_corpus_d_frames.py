"""Frames for corpus D: requests as people send them to an assistant in a car, at home, at work
and to customer service; pasted e-mails and chat threads, CSV/TSV exports, log lines, code and
config snippets; Chinese without spaces, mixed Chinese-English, Traditional Chinese, lower case
and typos. A slot ``{name}``, ``{phone}``, ... is a PII value (``bench/pii_corpus_d_values.SLOTS``);
``{order}``, ``{uuid}``, ... is a look-alike (``LOOKALIKES``); ``{nid}`` is a keyword and a
national ID. Written apart from the detector and from corpora A-C. Each list is split by
``bench.pii_corpus_c_frames.part_of``: D-dev takes the even entries, D-test the first and the odd.
"""

from __future__ import annotations

COMMANDS: dict[str, list[str]] = {
    "en": ["add {name} to my contacts, number {phone}", "navigate to {addr}", "text {name}: running 10 min late",
           "call {phone}", "hey car, take me to {addr} avoiding tolls", "save {email} as {name}'s work email",
           "send my ETA to {name} at {phone}", "share my location {gps} with {name}",
           "set the wifi password to {key} and reboot the router", "register plate {plate} for the garage gate",
           "new contact {name}, mobile {phone}, email {email}", "drive to {addr} and text {name} when i'm 5 min out",
           "remind me to pay {name} back, her account is {acct}", "open the gate for plate {plate} at {time}",
           "what's the fastest way to {addr}?", "message {name} saying the door code changed",
           "Hey Google, call {name} on speaker", "set destination {gps}", "update {name}'s number to {phone}",
           "alexa, send {name} my address: {addr}", "log the service for VIN {vin} at {price}",
           "Siri, email {email} that I'm stuck in traffic", "pair the new key fob, car VIN {vin}"],
    "zh": ["把{name}加到联系人，电话{phone}", "导航到{addr}", "给{name}发消息说我晚十分钟到", "打电话给{phone}",
           "帮我导航去{addr}，避开高速", "把{email}存成{name}的工作邮箱", "把我的位置{gps}发给{name}",
           "把家里wifi密码改成{key}", "车库门禁登记车牌{plate}", "新建联系人{name}，手机{phone}",
           "导航到{addr}，快到的时候给{name}发个微信", "打给{name}", "目的地设为{gps}",
           "把{name}的手机号改成{phone}", "小爱同学，给{name}打电话", "把我家地址{addr}发给{name}",
           "车架号{vin}的保养记录帮我查一下", "给{email}发邮件说我堵车了", "预约{date}给车牌{plate}的车做保养"],
    "tw": ["幫我把{name}加到聯絡人，電話{phone}", "導航到{addr}", "傳訊息給{name}說我會晚到", "打電話給{phone}",
           "把我的位置{gps}分享給{name}", "車牌{plate}登記到社區停車場", "把{name}的手機改成{phone}",
           "寄信到{email}說會議延到三點", "把家裡地址{addr}傳給{name}"],
}

EMAILS: dict[str, list[str]] = {
    "en": ["Reply to this for me:\n\nFrom: {name} <{email}>\nSubject: Re: invoice {inv}\n\nHi, please see the "
           "attached. Call me on {phone} if anything is unclear.\n\nBest,\n{name}\n{addr}",
           "summarise this thread\n\n> On Mon, {name} <{email}> wrote:\n> can we move the call?\n"
           "sure, my cell is {phone}\n--\nSent from my iPhone",
           "Translate to German:\nDear team, the refund for order {order} goes to IBAN {iban}. Regards, {name}",
           "rewrite politely: {name} here, ur courier lost my parcel {track}, deliver to {addr} or refund me",
           "Draft a reply to {name} ({email}) confirming the meeting on {date} at {time}.",
           "Forwarded message\nFrom: {email}\nTo: {email}\nHi, my new passport no is {passport}, please update "
           "the booking.\nThanks",
           "make this shorter:\nHello, I am writing on behalf of my father {name}, born {dob}, patient number "
           "{mrn}. He needs a copy of his records.\nKind regards"],
    "zh": ["帮我回复这封邮件：\n发件人：{name} <{email}>\n主题：合同{inv}\n您好，合同已盖章，有问题打我电话{phone}。\n"
           "{name}\n{addr}", "把这段聊天总结一下：\n[10:02] {name}：我的卡号{card}你转一下\n[10:03] 我：好的\n"
           "[10:05] {name}：到账说一声", "翻译成英文：王总您好，货款请打到{acct}，户名{name}，谢谢。",
           "帮我改得礼貌一点：{name}你好，你寄错地址了，我的地址是{addr}，电话{phone}",
           "邮件转发\n发件人：{email}\n我的护照号{passport}，请帮我改一下机票信息，谢谢！"],
    "tw": ["幫我回這封信：\n寄件者：{name} <{email}>\n您好，報價單已收到，有問題請撥{phone}。\n{name} 敬上",
           "翻成英文：請把款項匯到帳號{acct}，戶名{name}，謝謝。"],
}

EXPORTS: dict[str, list[str]] = {
    "en": ["turn this csv into a table:\nname,email,phone\n{name},{email},{phone}\n{name},{email},{phone}",
           "dedupe these rows\nid\tname\tdob\tcity\n{pid}\t{name}\t{dob}\tBerlin\n{pid}\t{name}\t{dob}\tParis",
           "why does this log show two logins?\n{ts} INFO auth ok user={email} ip={ip} took {ms}ms\n"
           "{ts} INFO auth ok user={email} ip={ip} took {ms}ms",
           "parse this line: {ts} WARN payment declined card={card} order={order}",
           "what is wrong with this export?\ncustomer;iban;amount\n{name};{iban};{price}",
           "nginx: {ip} - - [{date}] \"GET /api/v2/orders/{order} HTTP/1.1\" 200 {ms}",
           "sort by plate:\nplate,vin,owner\n{plate},{vin},{name}\n{plate},{vin},{name}",
           "patients.tsv\nmrn\tname\tdob\n{mrn}\t{name}\t{dob}"],
    "zh": ["把这个csv整理成表格：\n姓名,手机,身份证号\n{name},{phone},{id}\n{name},{phone},{id}",
           "这段日志什么意思？\n{ts} ERROR 登录失败 user={email} ip={ip}", "去重：\n姓名\t地址\n{name}\t{addr}\n{name}\t{addr}",
           "帮我统计一下：\n车牌,车架号\n{plate},{vin}\n{plate},{vin}", "解析：{ts} 支付成功 卡号={card} 订单={order}"],
}

CODE: dict[str, list[str]] = {
    "en": ["why can't I connect? DATABASE_URL=postgres://admin:{key}@{ip}:{port}/prod",
           "fix this .env\nAPI_KEY={key}\nDEBUG=true\nPORT={port}",
           "convert to python requests: curl -H \"Authorization: Bearer {key}\" https://api.example.com/v1/users",
           "what does this return? curl -X POST https://api.shop.test/v1/customers -d '{\"email\": \"{email}\", "
           "\"phone\": \"{phone}\"}'", "validate this JSON: {\"name\": \"{name}\", \"dob\": \"{dob}\", \"passport\": "
           "\"{passport}\"}", "ssh root@{ip} -p 22 keeps timing out, why?",
           "config.yaml\nsmtp:\n  user: {email}\n  password: {key}\n  host: smtp.example.com",
           "is this valid? redis://:{key}@{ip}:6379/0",
           "write a unit test for this payload {\"card\": \"{card}\", \"holder\": \"{name}\"}",
           "mongodb://app:{key}@{ip}:27017/?authSource=admin times out",
           "explain: export AWS_SECRET_ACCESS_KEY={key}"],
    "zh": ["连不上数据库，配置是 mysql://root:{key}@{ip}:3306/app", "帮我看看这个.env：\nTOKEN={key}\nPORT={port}",
           "这个请求为什么报401？curl -H \"Authorization: Bearer {key}\" https://api.example.cn/v1/me",
           "把这个JSON转成表格：{\"姓名\": \"{name}\", \"手机\": \"{phone}\", \"身份证\": \"{id}\"}",
           "ssh到{ip}一直超时怎么办", "这段配置有问题吗\nmail:\n  user: {email}\n  pass: {key}"],
}

FORMS: dict[str, list[str]] = {
    "en": ["I'm {name}, born {dob}, passport {passport}, you can reach me at {phone}",
           "fill in the hotel form: guest {name}, {email}, arriving {date}, card {card}",
           "for the rental: driver {name}, DOB {dob}, license plate {plate}",
           "Please register me: {name}, {addr}, {phone}, {nid}",
           "new patient {name}, dob {dob}, MRN {mrn}, insurance card on file",
           "payroll: employee {name}, account {acct}, start {date}"],
    "zh": ["本人{name}，身份证{id}，手机{phone}，住址{addr}", "帮我填报名表：姓名{name}，出生日期{dob}，邮箱{email}",
           "订酒店：入住人{name}，护照{passport}，信用卡{card}", "登记一下：车主{name}，车牌{plate}，电话{phone}",
           "患者{name}，病历号{mrn}，生日{dob}", "报销：收款人{name}，银行卡{acct}"],
    "tw": ["本人{name}，身分證字號{id}，手機{phone}，地址{addr}", "幫我填表：姓名{name}，生日{dob}，信箱{email}"],
}

SERVICE: dict[str, list[str]] = {
    "en": ["Hi, my order {order} never arrived. Account email is {email}, phone {phone}.",
           "I was charged twice on card {card} for invoice {inv}, please refund",
           "please change the delivery address for {track} to {addr}",
           "my login stopped working, account {email}, last seen from {ip}",
           "Hello, I'm {name}, booking ref {flight}, passport {passport} expired, what now?",
           "refund to IBAN {iban} please, ticket {ticket}", "ur app charged my card {card} again!! fix it"],
    "zh": ["你好，订单{order}还没到，我的手机是{phone}", "我的信用卡{card}被扣了两次款，发票号{inv}，请退款",
           "快递{track}请改送到{addr}，收件人{name}", "账号{email}登录不上，最后登录IP是{ip}",
           "客服你好，我叫{name}，身份证{id}，要补办会员卡", "退款请打到{acct}，工单号{ticket}"],
    "tw": ["你好，訂單{order}還沒收到，手機{phone}", "信用卡{card}被重複扣款，請協助退款"],
}

RUNON: dict[str, list[str]] = {
    "zh": ["帮我订明天的高铁乘客{name}身份证{id}手机{phone}谢谢", "收货人{name}电话{phone}地址{addr}",
           "我的车牌{plate}车架号{vin}帮我查违章", "刷卡{card}有效期到27年帮我绑定", "给{name}转账账号{acct}金额{price}",
           "我生日{dob}护照{passport}帮我办签证", "患者{name}住院号{mrn}明天复查", "坐标{gps}附近有什么吃的"],
    "tw": ["幫我訂明天的票乘客{name}身分證{id}手機{phone}謝謝", "收件人{name}電話{phone}地址{addr}",
           "我的車牌{plate}幫我查罰單"],
}

MIXED: list[str] = ["帮我 email 给 {email} 说 meeting 改到三点", "我的 IBAN 是 {iban} pls check 一下",
                    "call {name} 问一下 invoice {inv} 的 status", "把 {ip} 加到 whitelist 里",
                    "我的 card number {card} 是不是 expired 了", "address 改成 {addr} 了，帮我 update 一下",
                    "api key 是 {key}，帮我写个 python 调用", "passport no. {passport}，出生 {dob}",
                    "send 我的 location {gps} 给 {name}", "我的 phone 是 {phone}，有事 call me"]

TYPOS: list[str] = ["pls snd my adress {addr} to {name}", "my emial is {email} can u updte it",
                    "ph # {phone} thx", "cc nbr {card} exp 09/27", "my pasport numbr is {passport}",
                    "hey add {name} to contcts {phone}", "bday {dob} lol dont forget",
                    "acount no {acct} for the transfr", "wifi pw {key}", "ip of my nas is {ip} cant reach it"]

# PII-free look-alikes, in the same styles.
NEGATIVES: dict[str, list[str]] = {
    "en": ["turn up the temperature to {temp} and play {public}", "navigate to the nearest charging station",
           "where is my parcel {track}? order {order}", "{ts} INFO request {uuid} done in {ms}ms",
           "why does build {ver} fail at commit {hash}?", "curl -H \"Authorization: Bearer {placeholder}\" "
           "http://{localip}:{port}/health", "export API_KEY={placeholder}", "invoice {inv} total {price}",
           "is ISBN {isbn} the 2nd edition?", "flight {flight} lands at {time}, remind me",
           "csv:\nsku,qty,price\n{sku},3,{price}\n{sku},1,{price}", "firmware {fw} broke the wifi",
           "my code is {otp}, what next?", "does reference {badcard} look right?", "batch {badid} passed QC",
           "text mom: on my way", "call the office", "what did {public} say about AI?",
           "pid {pid} crashed at {ts}", "DATABASE_URL=postgres://user:{placeholder}@{localip}:{port}/dev",
           "ticket {ticket} was closed on {date}", "sample code {badiban} from the test docs"],
    "zh": ["空调调到{temp}度，播放{public}的歌", "导航到最近的充电桩", "快递{track}到哪了？订单{order}",
           "{ts} INFO 请求{uuid}耗时{ms}ms", "版本{ver}在提交{hash}之后编译失败", "发票{inv}合计{price}",
           "航班{flight}几点到", "验证码{otp}是什么意思", "编号{badcard}对吗", "批次号{badid}已质检",
           "给妈妈发消息说我到了", "{public}最近说了什么", "export TOKEN={placeholder}", "工单{ticket}已关闭",
           "固件{fw}更新后连不上wifi", "商品编码{sku}还有货吗", "书号{isbn}是第几版"],
    "tw": ["冷氣調到{temp}度", "導航到最近的加油站", "包裹{track}到哪了", "發票{inv}金額{price}", "播放{public}的歌"],
}

STYLE_FRAMES: dict[str, dict[str, list[str]]] = {
    "command": COMMANDS, "email": EMAILS, "export": EXPORTS, "code": CODE, "form": FORMS, "service": SERVICE,
    "runon": RUNON, "mixed": {"zh": MIXED}, "typo": {"en": TYPOS},
}
