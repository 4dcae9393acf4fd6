"""Chinese frames of corpus F (``bench/pii_corpus_f.py``) in chat and technical styles: WeChat,
QQ, DingTalk and Feishu messages, voice transcripts without punctuation, mixed Chinese-English
sentences, values right after Chinese characters, Kubernetes YAML, .env files, pytest and Java
code, JSON payloads, commit messages, code review comments, CSV and TSV tables, server logs.
"""

from __future__ import annotations

ZH_CHAT: list[str] = [
    "微信聊天记录帮我总结一下：\n[{cntime}] 老妈：你表姐{cname}下个月结婚，份子钱直接转她卡上 {cnacct}\n"
    "[{cntime_2}] 我：好的👌\n[{cntime_3}] 老妈：她换新号了{cnphone}，你加一下微信",

    "QQ群里有人发了这个，是不是诈骗？“紧急通知：请各位同学把身份证号和银行卡号私发给班长{cname}，"
    "邮箱{qqmail}，用于发放助学补助，今晚截止”",

    "钉钉审批单帮我写个审批意见：申请人{cname}，报销金额{cnamount}，收款账户{cnacct}，事由：出差{cncity}三天",

    "飞书里这段话帮我改写成周报：@{cname} 已完成测试环境部署，机器{ip}，root密码临时改成{pwd}了，下周回收",

    "帮我整理一下这段语音转文字 明天上午十点去{cnaddr}找{cname}签合同 他电话是{cnphone} 记得带身份证{cnid}的复印件",

    "帮我 check 一下这个 shipping address 对不对：{cname}, {cnaddr}, mobile {cnphone}，要发 DHL 到国内",

    "这个 Secret 为什么挂载不上？\napiVersion: v1\nkind: Secret\nmetadata:\n  name: order-svc\nstringData:\n"
    "  MYSQL_ROOT_PASSWORD: {pwd}\n  ALIYUN_ACCESS_KEY_ID: {aliak}\n  ALIYUN_ACCESS_KEY_SECRET: {awssecret}",

    "帮我看看这个 .env 有没有安全问题：\nDB_HOST={ip}\nDB_USER=root\nDB_PASS={pwd}\nWECHAT_APPID=wx8f2a61c0d3b7e594\n"
    "WECHAT_APPSECRET={hexkey}",

    "这个 pytest 用例为什么报错？\n\ndef test_mask_id_card():\n    masked = mask_id(\"{cnid}\")\n"
    "    assert len(masked) == 18\n    assert masked.count(\"*\") == 8",

    "Java 单测里这样写有问题吗：\n@Test\nvoid sendSms() {\n    User u = new User(\"{cname}\", \"{cnphone}\");\n"
    "    assertTrue(smsService.send(u, \"验证码123456\"));\n}",

    "调用下单接口返回400，参数哪里错了？\n{\"buyer\":{\"name\":\"{cname}\",\"mobile\":\"{cnphone}\",\"idCard\":\"{cnid}\"},"
    "\"address\":{\"detail\":\"{cnaddr}\"},\"payAmount\":{price}}",

    "帮我把这个 commit message 改规范一点：修了个bug，顺便删掉了写死的测试账号{cnphone}和密码{pwd}",

    "CR 意见帮我润色一下：日志里直接打印了用户银行卡号{cnacct}和手机号{cnphone}，上线前必须脱敏，不然过不了安全审计",

    "把这个表格按部门排序：\n姓名,部门,手机,邮箱,身份证\n{cname},研发,{cnphone},{email},{cnid}\n"
    "{cname_2},市场,{cnphone_2},{email_2},{cnid_2}",

    "幫我整理這張表，按生日排序：\n姓名\t生日\t電話\t地址\n{tname}\t{dob}\t{twphone}\t{twaddr}\n"
    "{tname_2}\t{dob_2}\t{twphone_2}\t{twaddr_2}",

    "服务器{ip}被暴力破解SSH，攻击来源主要是{ip_2}，怎么用 fail2ban 封掉？",

    "nginx access log 里这行什么意思：{ip} - - [{ts}] \"POST /api/login HTTP/1.1\" 401 52 \"-\" \"okhttp/4.9\" "
    "user={cnphone}",

    "支付宝转账给{cname}（{cnphone}）500元，备注写错了，能撤回吗？",

    "我的车牌{cnplate}被人套牌了，违章记录在{cncity}，我人一直在本地，怎么证明？",

    "朋友发我的：“我新换的卡{cnacct}，工商银行，户名{cname}，你把上次借的钱转这个卡上就行”，帮我回复一下",

    "客户在微信上说：“我住{cnaddr}，电话{cnphone}，今天下午在家，师傅直接上门装空调就行”，帮我回个确认消息",

    "帮我写个 Python 脚本，每天早上给我爸{cname}发天气短信，他手机号是{cnphone:fw}",

    "帮我把这句话翻译成英文：我叫{cname}，出生于{dob}，护照号{cnpassport}，此次赴英参加学术会议。",

    "群公告帮我改一下措辞：本周六团建，集合地点{cnaddr}，有问题联系{cname}{cnphone}，请大家准时到",

    "这是钉钉机器人的 webhook，配置完发不出消息：https://oapi.dingtalk.com/robot/send?access_token={hexkey}",

    "在 GitHub 上不小心提交了这个 token：{key}，我已经删了 commit，还需要做什么？",

    "刚才语音识别的 帮我记下来 车架号{vin} 车牌{cnplate} 保险下个月到期 车主{cname} 电话{cnphone}",

    "帮我查一下这个身份证号{cnid}的校验位对不对，是我妈的，办社保老提示号码错误",

    "物业群里有人发：“{cnplate}的车主，你的车挡住消防通道了，请速来挪车”，帮我写一条更客气的版本",

    "我在英国的房东给了我这个地址和电话：{ukaddr}，{ukphone}，帮我写一封英文邮件问能不能提前入住",

    "我的邮箱{email}一直收到陌生人的验证码邮件，是不是被人盯上了？要怎么保护账号",

    "{cnphone}这个号码一直给我打推销电话，怎么拉黑并投诉？",

    "{cname}是我新招的助理，下周一入职，帮我写一段在部门群里欢迎她的消息",

    "{cnplate}这辆车在我们小区地库停了半年没动过，物业说联系不上车主，怎么办？",

    "{cnid}，这是我的身份证号，帮我看看从号码里能读出哪些信息",
]
