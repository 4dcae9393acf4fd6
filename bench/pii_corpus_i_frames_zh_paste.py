"""Chinese frames of corpus I (``bench/pii_corpus_i.py``) with pasted material under a request to an
assistant: 微信聊天记录, 群消息, 短信, 报名表, 外卖小票, 银行 App 转账确认, 信用卡账单, 车险续保短信, 行程单,
医生的微信, 身份证拍照识别结果, 合同片段, 简历, 会议邀请, application.yml, .env, curl and nginx logs, SQL,
语音输入 without punctuation; English e-mails and booking notes to translate, LINE and WhatsApp chats in
Traditional Chinese and Cantonese, Korean and Japanese papers. Some follow a previous turn. Slots as
in corpus F: ``{slot}``, ``{slot_2}``, ``{slot:mod}``.
"""

from __future__ import annotations

ZH_PASTE: list[str] = [
    "帮我总结一下这段聊天，明天到底几点走：\n{zname}：明天几点出发？\n{zname_2}：八点，在{homeaddr}楼下集合\n{zname}：行，我开车，"
    "车牌{cnplate}\n{zname_3}：我晚点到，有事打我{cnphone}",

    "这条短信是诈骗吧？\n【{cnbank}】尊敬的{zname}，您尾号{last4}的账户存在异常交易，请立即致电{cnphone}解除冻结。",

    "帮我把这张报名表转成能直接粘贴进 Excel 的格式：\n姓名 {zname}\n性别 女\n出生日期 {sdob}\n身份证 {cnid}\n联系电话 {cnphone}\n"
    "住址 {homeaddr}",

    "这张外卖小票帮我看看是不是多收钱了：\n订单号 {mtorder}\n收货人 {zfname}（女士）\n地址 {homeaddr}\n电话 {hcnphone}\n"
    "合计 {cnamount}",

    "帮我看看这个 application.yml 为啥连不上数据库：\nspring:\n  datasource:\n    url: jdbc:mysql://{lanip}:3306/shop\n"
    "    username: root\n    password: {hpwd}\n  redis:\n    host: {lanip_2}",

    "下面是我语音输入的，帮我整理成通顺的话发给物业：\n那个你好我是{homeaddr}的业主{zname}啊 我家楼上漏水已经三天了 你们赶紧派人来看一下"
    " 我电话是{vcnphone}",

    "把这封邮件翻译成英文：\n王经理您好，\n附件是{zname}的入职材料，身份证号{hcnid}，工资卡{cndebit}（{cnbank}），请查收。\n"
    "——{zname_2}",

    "这段合同条款有没有坑？\n“乙方{zname}（身份证号：{gcnid}）承租甲方位于{homeaddr}的房屋，租金按月支付至甲方账户{cnacct}。”",

    "帮我回复客服，顺便总结下她要什么：\n客服：亲，麻烦提供一下收货人姓名和电话哦\n我：{zname}，{hcnphone}\n客服：地址是{gcnaddr}"
    "对吗？\n我：对的",

    "医生在微信上发了这个，帮我翻译成大白话：\n{zname}，女，{sdob}生，门诊号{cnmrn}，甲状腺结节 TI-RADS 3类，建议半年后复查。",

    "帮我把这个群公告改得正式一点：\n各位家长，周五春游，早上七点半在{cnpoi}集合，有问题联系{zname}老师 {cnphone}",

    "帮我给代驾师傅发个消息：\n车在{homeaddr}地库B2，车牌{hcnplate}，白色的，送到{gcnaddr}，到了打{vcnphone}",

    "帮我核对一下这个行程单：\n旅客姓名：{zname}\n有效身份证件号码：{hcnid}\n航班：{flight}  {cndate}\n电子客票号码：{eticket}",

    "车险续保短信，帮我看看价格合不合理：\n尊敬的{zname}，您的爱车{cnplate}（车架号{vin}）交强险和商业险将于{cndate}到期，续保价"
    "{cnamount}……",

    "帮我润色一下简历开头：\n{zname} | {hcnphone} | {pmail}\n现居：{homeaddr}\n求职意向：产品经理",

    "帮我把这个 booking 信息翻成中文：\nGuest: {hpyname}\nPassport: {cnpassport}\nCheck-in: {date}\nPhone: {intl}",

    "幫我把這段 LINE 對話整理成重點：\n{twname}：明天去{tradaddr}看房\n我：幾點？\n{twname}：下午兩點，房東電話{twphone}",

    "幫我覆呢個 WhatsApp：\n{hkname}：你個地址係咪{hkaddr}？\n我：係呀，有事打{hkphone}搵我",

    "帮我看看这段 Python 为啥报 401：\nimport requests\nr = requests.post(url, headers={'Authorization': 'Bearer {cnkey}'}, "
    "json={'mobile': '{cnphone}'})",

    "这个 IP 一直在刷短信接口，帮我写条 iptables 封掉：\n{pubip} - - [{ts}] \"POST /api/sms/send HTTP/1.1\" 200 57",

    "身份证拍照识别出来是这样的，帮我整理成字段：\n姓名 {zname} 性别 男 民族 汉\n出生 {sdob}\n住址 {homeaddr}\n公民身份号码 "
    "{hcnid:sp}",

    "转账前帮我再核对一遍：\n收款人：{zname}\n收款账号：{cndebit}\n收款银行：{cnbank}\n金额：{cnamount}\n附言：房租",

    "闲鱼买家发来的地址，帮我整理成快递能识别的格式：{zname}{gcnphone}{gcnaddr}",

    "帮我把这段英文邮件翻成中文：\nDear {hpyname},\nYour refund of {amount} has been sent to IBAN {iban}. Questions? "
    "Call {ukphone}.\nBest, {pname}",

    "帮我写给班主任的消息：我是{zname}的家长，孩子身份证{cnidkid}，学籍系统里出生日期填错了，应该是{hdobkid}",

    "帮我把这条投诉改正式一点：\n我是{homeaddr}的业主，楼下天天半夜装修，物业电话打不通，我手机{cnphone}，请尽快处理",

    "车机弹出这个是什么意思：\n车辆识别代号 {hvin}\n车牌 {hcnplate}\nT-Box 状态：离线\n最后位置 {lnglat}",

    "帮我清理一下导航历史，只留前两个：\n1. 家 {homeaddr}\n2. 公司 {cncompany}\n3. {cnpoi}\n4. {zname}家 {gcnaddr}",

    "帮我记到备忘录里：\n{zname}的银行卡 {cndebit:cnsay}\n开户行 {cnbank}",

    "把这个会议邀请加到日历：\n主题：季度复盘\n时间：{cndate} {cntime}\n地点：{cncompany}3楼\n参会人：{zname}、{zname_2}、{pname}",

    "帮我写个病假条，信息如下：患者{zname}，就诊卡号{cnmrn}，医生建议休息三天，单位{cncompany}",

    "帮我回这个英文邮件：\nHi, could you send me your full name as in your passport and the passport number? - {pname}\n"
    "我的信息：{hpyname}，护照{cnpassport}",

    "把这个韩国地址翻成中文：{krhaddr}，收件人 {krhname}，전화 {krphone}",

    "帮我看懂这张日本的住民票：\n氏名　{jpkname}\n生年月日　{jpdob}\n住所　{jpkaddr}",

    "幫我看這張掛號單：姓名 {twname}　病歷號 {cnmrn}　身分證 {htwid}　生日 {rocdob}",

    ".env 文件帮我检查一下有没有泄露的东西：\nOPENAI_API_KEY={key}\nDB_URL=postgres://app:{urlpwd}@{lanip}:5432/app\n"
    "DEBUG=false",

    "帮我把报销单信息补全：\n报销人 {zname}\n收款卡号 {cndebit}\n出差地点 {cncity}\n发票号码 {fpno}",

    "帮我写个寻物启事：今天在{homeaddr}附近丢了一个黑色钱包，里面有{zname}的身份证，捡到请打{cnphone}，必有酬谢",

    "帮我把收货地址翻成英文填到亚马逊上：{hcnaddr}，{zname}，{hcnphone}",

    "驾驶证信息帮我核对一下：姓名 {zname}，证号 {cnid}，准驾车型 C1，有效期至 {cndate}",

    "路由器后台{lanip}登不上了，账号 admin 密码{gpwd}，我是不是被改密码了？",

    "帮我写条 SQL 把这条测试数据改掉：\nINSERT INTO users VALUES (1, '{zname}', '{hcnphone}', '{pmail}', '{isodob}');",

    "调接口一直报错，帮我看看：\ncurl https://sms.example.cn/v1/send -H 'Authorization: {cnkey}' -d 'mobile={cnphone}'",

    "这张截图里的文字：\n{zname}向你转账 {cnamount}\n转账时间 {cndate} {cntime}\n帮我回一句谢谢，再说下次请他吃饭",

    "把下面这段翻译成中文：\nName: {pname}\nDate of Birth: {endob}\nAddress: {usaddr}\nEmail: {pmail}",

    "幫我睇下呢張月結單：戶口號碼 {hkac}，持有人 {hkname}，點解扣咗年費？",

    "信用卡账单帮我核对一下：\n卡号 {upcard}\n持卡人 {zname}\n本期应还 {cnamount}\n到期还款日 {cndate}",

    "帮我写个车位出租信息：{homeaddr}地下车位，月租面议，联系{zname} {cnphone}",

    "（接着上面的）收件人改成{zname}，地址{homeaddr}，其他不变",

    "帮我把这段话转成正式的授权委托书：本人{zname}，身份证号{hcnid}，委托{zname_2}（身份证号{gcnid}）代办房屋过户手续。",

    "这是我爸体检的结果，帮我看看哪些要注意：\n姓名：{zmname}　出生日期：{lunardob}\n体检号：{cnmrn}\n血压 150/95　空腹血糖 7.2",

    "帮我把家里老人的信息做成一张卡片，放钱包里：\n{zname}，{cnsaydob}出生\n家庭住址：{homeaddr}\n子女电话：{cnphone}",

    "把这封德国房东的邮件翻译成中文：\n\"Sehr geehrte Frau {hpyname}, bitte überweisen Sie die Kaution auf {giban}. "
    "Mit freundlichen Grüßen, {pname}\"",

    "这段配置我不小心推到 GitHub 公开仓库了，除了删掉还要做什么？\noss.accessKeyId={aliak}\noss.accessKeySecret={hexkey}",

    "朋友发的定位，帮我算算开车多久：\n[位置] {zname}的位置 {pin}",

    "帮我把这封英文信里的信息填到中文表里：\nDear Sir, I, {pname}, holder of passport {uspp}, born {endob}, residing at "
    "{taddr}...",

    "帮我整理这个微信群的拼车信息：\n{zname}：明早7点{cnstation}出发，还剩2个位，车牌{gcnplate}\n{zname_2}：+1，{vcnphone}\n"
    "{zname_3}：+1",

    "二手车买家发来的，帮我看看有没有问题：\n车架号 {gvin}\n车牌 {cnplate}\n原车主 {zname}，身份证 {cnid}",

    "帮我把台湾的收件资料翻成英文：\n收件人：{twname}\n地址：{tradaddr}\n手機：{twphone}",

    "这是我在日本的 My Number 通知书上的内容，帮我看看怎么用：个人番号 {mynum}，氏名 {jpkname}",

    "把这条路书整理成表格：\nDay1 {cncity} → 营地 {cndms}\nDay2 营地 → 湖边 {pin}\n领队 {zname} {cnphone}",
    "下面是我们小区业主群的聊天记录，太长了，帮我总结一下大家对换物业这件事的意见，再列出需要我跟进的事：\n\n{cntime} {zname}："
    "各位邻居，新物业的报价出来了，每平米3.2元，比现在贵0.4\n{cntime} {zname_2}：贵是贵，但现在这个物业太差了，我家{homeaddr}"
    "的电梯坏了两个星期没人修\n{cntime} {zname_3}：同意换。我是业委会的，需要大家签字，纸质表在门卫室\n{cntime} {zname}：线上能签吗？"
    "我在出差\n{cntime} {zname_3}：可以，把姓名、房号、身份证后四位私信发我，或者打我电话{cnphone}\n{cntime} {zname_4}：身份证后四位"
    "也要？安全吗\n{cntime} {zname_3}：街道要求的，只用来核实业主身份\n{cntime} {zname_2}：我直接发群里了：{zname_2}，"
    "{homeaddr_2}\n{cntime} {zname}：@{zname_3} 我的邮箱{pmail}，把电子版表格发我一下\n{cntime} {zname_4}：我再考虑考虑，"
    "周末开会再说吧",

    "帮我把这份二手房买卖补充协议读一遍，用大白话告诉我对我（买方）不利的地方：\n\n补充协议\n甲方（出卖人）：{zname}，身份证号："
    "{hcnid}，联系电话：{cnphone}\n乙方（买受人）：{zname_2}，身份证号：{gcnid}，联系电话：{hcnphone}\n房屋坐落：{homeaddr}\n"
    "一、乙方应于本协议签订之日起三日内支付定金人民币五万元，支付至甲方指定账户{cndebit}（开户行：{cnbank}）。\n二、甲方保证该房屋"
    "不存在抵押、查封等情况。如因甲方原因无法过户，甲方应双倍返还定金。\n三、乙方逾期付款超过十五日的，甲方有权解除合同，定金不予"
    "退还。\n四、物业费、水电燃气费以交房日为界，交房前由甲方承担。\n五、甲方应在过户后六十日内将户口迁出，逾期每日按总房款万分之五"
    "支付违约金。\n六、本协议一式三份，甲乙双方及居间方{cnagency}各执一份。\n\n甲方签字：　　　　乙方签字：\n日期：{cndate}",

    "这是我开车时语音记的，没标点，帮我整理成一封发给新加坡客户的英文邮件：\n好的那个 hello Jason 这边是{cncompany}的{zname}啊 "
    "上次你说的那个报价我们内部过了一下 大概能给到九五折 然后样品的话我们已经寄出去了 寄到你们{sgaddr}那个地址 收件人写的是你们"
    "采购{sgname} 电话写的{sgphone} 单号我回头发你 另外发票抬头和税号你再确认一下 有问题直接打我手机{vcnphone} 或者发邮件"
    "{pmail}都行 谢谢啊",
]
