"""Chinese frames of corpus J (``bench/pii_corpus_j.py``) with pasted material under a request: 居委会
台账和走访记录, 物业工单和业主群聊天, 班主任的家长群接龙和学生信息表, 导诊和住院登记, 4S店的试驾单、置换评估和贷款资料,
房产中介的带看记录和租赁合同, 律所的授权委托书和证据目录, 跨境电商的买家消息和退货单, 银行柜面的业务单, 保险投保单,
上海入职资料, 家庭群, 小店账本, 旅行社报名表, 健身房会员卡, 宠物病历, 婚礼宾客表, 药店医保单 and 招生报名表; some in
Traditional characters, some dictated. Slots as in corpus F: ``{slot}``, ``{slot_2}``, ``{slot:mod}``.
"""

from __future__ import annotations

ZH_PASTE: list[str] = [
    "帮我把走访记录整理成表格（姓名、出生日期、住址、联系电话）：\n今天走访了{jcname}，{jdob}出生，住{cnflat}，身体还行，"
    "女儿电话{jcnmob}；又去了{jcname_2}家，{jdob_2}生，住{cnflat_2}，腿脚不好，需要助餐。",

    "帮我总结一下这个业主群的聊天，看看要处理什么：\n【{cnflat}-{jcname}】楼上又在半夜装修\n【物业-小王】收到，马上去看\n"
    "【{cnflat_2}-{jcname_2}】电梯又坏了，我家老人{jdob}出生的，爬不动\n【{cnflat}-{jcname}】我电话{jcnmob}，处理完回个电话",

    "检查一下这个工单有没有填错：\n报修人：{jcname}\n房号：{cnflat}\n电话：{jcnmob}\n问题：厨房下水道堵塞\n预约时间：{cndate}上午",

    "家长群接龙，帮我统计一下谁还没交：\n1. {jcname}妈妈 已交 180\n2. {jcname_2}爸爸 已交 180\n3. {jcname_3}家长 "
    "{jcnmob}\n4. {jcname_4}妈妈 已交 180",

    "把这张学生信息表整理成JSON：\n姓名：{jcmname}\n出生日期：{jdobkid}\n身份证号：{jcnidkid}\n家庭住址：{cnflat}\n"
    "监护人：{jcname}\n监护人电话：{jcnmob}",

    "帮我把这段家长留言改得正式一点，回复给家长：\n“老师我是{jcfname}的妈妈{jcfname_2}，孩子最近说在学校被同学欺负了，"
    "你们到底管不管？我电话{jcnmob}，今天必须给我回电话。”",

    "导诊登记，帮我看看有没有漏项：\n姓名：{jcname}  性别：女  出生：{jdob}\n身份证：{jcnid}\n就诊卡：{zyh}\n主诉：咳嗽一周\n"
    "分诊：{cndept}",

    "帮我把住院登记改成交班用的一句话：\n{cnward} 12床 {jcname} 住院号{zyh} {jdob}生 今晚禁食 家属{jcname_2} {jcnmob}",

    "帮我翻成英文发给外籍患者家属：\n您好，{jmname}先生已转入{cnward}，住院号{zyh}。探视时间下午三点到七点。如有问题请拨打"
    "护士站电话。",

    "试驾单帮我整理一下发给销售顾问：\n客户：{jcname}\n电话：{jcnmob}\n驾驶证号：{jcnid}\n意向车型：{cncarmodel}\n"
    "试驾时间：{cndate} 14:00\n备注：有旧车置换，车牌{cnplate}",

    "帮我检查这份贷款资料有没有问题：\n借款人：{jcname}\n身份证：{jcnid}\n婚姻：已婚，配偶{jcname_2}\n住址：{homeaddr}\n"
    "还款卡：{cndebit}\n车辆：{cncarmodel}，车架号{jvin}",

    "置换评估记录，帮我写成给客户的短信：\n旧车：车牌{hcnplate}，车架号{vin}，行驶8.6万公里\n车主：{jcname}，{jcnmob}\n"
    "评估价：6.8万，有效期7天",

    "帮我把带看记录整理一下发给房东：\n10:00 {jcname}（{jcnmob}）看了，嫌楼层低\n11:00 {jcname_2}，想谈价\n14:00 "
    "{jcname_3}，带了父母，比较满意",

    "帮我看下这份租赁合同的关键信息对不对：\n出租方：{jcname}，身份证{jcnid}\n承租方：{jcname_2}，身份证{jcnid_2}\n"
    "房屋地址：{cnflat}\n租金：每月4200元，押一付三\n收款账户：{cndebit}",

    "中介系统导出的房源信息，帮我把房东的个人信息去掉再发到群里：\n{cnlisting}｜{cnflat}｜89㎡｜三室一厅｜480万｜"
    "房东{jcname} {jcnmob}｜钥匙在店里",

    "帮我按这个信息起草一份授权委托书：\n委托人：{jcname}，{jdob}出生，身份证号{jcnid}，住{hcnaddr}\n受托人：本所律师\n"
    "事项：劳动争议仲裁",

    "证据目录帮我排一下版：\n证据1 劳动合同（{jcname}与公司签订）\n证据2 工资流水（卡号{cndebit}）\n证据3 微信聊天记录"
    "（对方微信绑定手机{jcnmob}）",

    "帮我总结一下这个咨询记录：\n当事人{jcname}，住{homeaddr}，2019年借给朋友{jcname_2}二十万，有转账记录（转出卡"
    "{cndebit}），对方电话{jcnmob}现在不接。",

    "Buyer message, help me reply in English and summarise in Chinese:\n\n\"Hi, this is {jname}. My order {order} never "
    "arrived. Address is {usaddr}, phone {usphone}. I want a refund to my card {jcard} or a reship.\"",

    "退货单帮我翻译成中文并检查地址格式：\nRMA {ticket}\nName: {jname}\nAddress: {ukaddr}\nPhone: {ukphone}\nReason: "
    "wrong size",

    "帮我把这几个海外买家的信息整理成表格（姓名、国家、地址、电话）：\n{jname}, Germany, {deaddr}, {dephone}\n{jname_2}, "
    "France, {fraddr}, {frphone}\n{jname_3}, Malaysia, {myaddr}, {jphone}",

    "柜面业务单，帮我核对一下：\n业务类型：跨行转账\n付款人：{jcname} 账号{cnacct}\n收款人：{jcname_2} 账号{jacct}\n"
    "金额：50,000.00\n客户手机：{jcnmob}",

    "帮我把这段客户经理的备注改成正式的风险提示：\n客户{jcname}，{jdob}生，身份证{jcnid}，今天要给一个自称公安的人转账"
    "二十万到{jacct}，已劝阻。",

    "投保单帮我检查一下：\n投保人：{jcname}  身份证{jcnid}\n被保险人：{jcname_2}  出生日期{jdob_2}\n受益人：法定\n"
    "联系电话：{jcnmob}\n通讯地址：{cnaddr}\n缴费账户：{cndebit}",

    "帮我写个健康告知的提醒给客户，这是她填的：\n姓名{jcfname}，{jdob}出生，身高162体重58，2021年做过甲状腺结节手术，"
    "联系电话{jcnmob}",

    "入职资料帮我整理成表格发给财务：\n姓名：{jcname}\n身份证：{jcnid}\n户籍：{hcnaddr}\n现住址：{shlane}\n工资卡："
    "{cndebit}（招商银行）\n紧急联系人：{jcname_2} {jcnmob}",

    "Please translate this onboarding note into Chinese for the admin team:\n\nNew hire: {jname}, passport {hpassport}, "
    "DOB {jdob}. Will live at {shlaneen}. Mobile {jcnmob}. Needs a work permit and a residence registration.",

    "家庭群聊天，帮我整理出这周要做的事：\n妈：周三带{jcfname}去打疫苗\n爸：我周四去{cnflat}给奶奶送药\n姐：{jcmname}"
    "的生日是{sdobkid}，蛋糕我来订\n妈：姥姥的医保卡号{zyh}我发你了",

    "帮我算一下这个月的账，再写成微信发给合伙人：\n进货：12,300\n房租：8,000\n工资：{jcname} 5,200，{jcname_2} 4,800，"
    "{jcname_3} 4,500\n收入：41,600\n{jcname}的工资卡换成了{cndebit}",

    "帮我把这个差评回复得诚恳一点：\n买家{jcname}：送到{homeaddr}的时候蛋糕都塌了，打你们电话也没人接，我电话{jcnmob}，"
    "必须退款！",

    "旅行社报名表，帮我转成Excel的一行（逗号分隔）：\n姓名：{jcname}\n拼音：{pyname}\n护照号：{cnpassport}\n出生日期："
    "{jdob}\n手机：{jcnmob}\n紧急联系人：{jcname_2}",

    "帮我核对一下这几个团员的护照信息，看看格式对不对：\n{jcname} {cnpassport} {jdob}\n{jcname_2} {cnpassport_2} "
    "{jdob_2}\n{jcname_3} {cnpassport_3} {jdob_3}",

    "会员资料帮我补全一下缺的字段：\n会员：{jcname}\n卡种：{cngymplan}\n手机：{jcnmob}\n生日：\n紧急联系人：{jcname_2}\n"
    "付款卡：{upcard}",

    "宠物病历帮我写成给主人的微信：\n主人：{jcname} {jcnmob}\n宠物：{cnpet}，{cnbreed}，3岁\n诊断：肠胃炎\n用药：益生菌，"
    "三天后复查\n住址：{cnflat}（上门接送）",

    "婚礼宾客表帮我按桌号排好：\n{jcname} 1桌\n{jcname_2} 3桌 {jcnmob}\n{jcname_3} 1桌\n{jname} 2桌（新郎同事，外国人）\n"
    "新娘{jcfname}说{jcname_4}不要和{jcname_2}坐一起",

    "药店医保单帮我看看能报多少：\n患者：{jcname}\n医保卡号：{zyh}\n身份证：{jcnid}\n药品：{cndrug}，两盒，每盒38元\n"
    "个人账户余额：126.5",

    "招生报名表帮我转成JSON：\n姓名：{jcname}\n性别：男\n出生日期：{jdob}\n身份证号：{jcnid}\n报考专业：{cncourse}\n"
    "联系电话：{jcnmob}\n通讯地址：{cnaddr}",

    "幫我把這份租約重點整理出來：\n出租人：{twname}，身分證字號{twid}\n承租人：{twname_2}\n地址：{tradaddr}\n租金：每月"
    "新台幣18,000元\n聯絡電話：{twphone}",

    "幫我回覆這位家長，語氣溫和一點：\n「老師您好，我是{twname}的媽媽，孩子的生日是{rocdob}，報名表上寫錯了，麻煩幫忙更正。"
    "我的電話{twphone}。」",

    "幫我睇下呢份租約資料有冇問題：\n業主：{hkname}\n租客：{hkname_2}，身份證{hkid}\n地址：{hkest}\n電話：{hkphone}\n"
    "租金：每月$12,500",

    "帮我把这段语音转文字整理一下：\n喂你好我是{jcname}啊我那个{cnflat}的水表坏了你们什么时候来修我电话是{vcnphone}"
    "对了我身份证号码是{jcnid}登记要用的话",

    "这是店铺后台的登录日志，帮我看看是不是被盗号了：\n{ts} 登录成功 账号{jcnmob} IP {pubip}\n{ts} 修改收款账户为"
    "{jacct}\n{ts} 登录成功 账号{jcnmob} IP {pubip_2}",

    "这个ERP配置帮我检查一下，有没有不该发出去的：\nshop_id=88231\napi_key={jkey}\nwarehouse_ip={lanip}\n"
    "contact={jcname}\nphone={jcnmob}",

    "帮我把这几个配送点的坐标转成地址描述：\n{jcname}家：{lnglat}\n{jcname_2}家：{pin}\n{jcname_3}家：{coord}",

    "跨境客服的对话，帮我写个英文回复：\n[Buyer] Hi, I'm {jname}. The parcel went to my old address. New one: {jhome}. "
    "Phone {jphone}.\n[我们] 好的稍等\n[Buyer] Also my email changed to {pmail}",

    "帮我把这个韩国客户的资料整理成中文：\nName: {krname}\nDOB: {jdob}\nResident No.: {rrn}\nAddress: {kraddr}\n"
    "Phone: {krphone}",

    "律所内部邮件，帮我精简成三句话：\n各位，{jcname}案（劳动争议）下周二开庭。当事人身份证{jcnid}，住址{homeaddr}，"
    "电话{jcnmob}。证据原件在档案室。对方代理人邮箱{wmail}。请{jcname_2}律师准备质证意见。",

    "银行柜面挂失单，帮我写个给客户的回执说明：\n客户：{jcname}\n证件：{jcnid}\n挂失卡号：{cndebit}\n挂失时间：{cndate}"
    "\n新卡领取：七个工作日后",

    "保险代理人客户表，帮我找出下个月生日的客户：\n{jcname}，{jdob}，{jcnmob}\n{jcname_2}，{jdob_2}，{jcnmob_2}\n"
    "{jcname_3}，{jdob_3}，{jcnmob_3}",

    "帮我把这张收据上的信息填进报销单：\n收款方：{cncompany}\n付款人：{jcname}\n付款卡：{jcard}\n金额：2,380.00\n"
    "日期：{cndate}",

    "幼儿园接送卡信息帮我核对：\n幼儿：{jcfname}，{jdobkid}\n接送人1：{jcfname_2}（妈妈）{jcnmob}\n接送人2：{jcfname_3}"
    "（外婆）{jcnmob_2}\n住址：{cnflat}",

    "这是4S店保养提醒的模板，帮我填好：\n尊敬的{jcname}先生/女士，您的爱车（车牌{nevplate}，车架号{jvin}）"
    "已到保养里程，请致电{jcnland}预约。",

    "帮我总结这封邮件，翻成中文：\n\nDear Ms {pyname}, we've received your application for {course} at {uni}. Please "
    "send a scan of your passport ({cnpassport}) and confirm your date of birth ({jdob}) by {date}.",

    "居委会疫苗接种登记表，帮我看看哪些人年龄超过60：\n{jcname} {jcnid}\n{jcname_2} {jcnid_2}\n{jcname_3} {jcnid_3}",

    "物业给业主的欠费通知，帮我改得温和一点：\n{cnflat}业主{jcname}：您已欠缴物业费2,860元，请于本月底前缴清，"
    "否则停止门禁服务。联系电话{jcnland}。",

    "宠物医院的预约短信模板，帮我检查有没有错别字：\n{jcname}您好，您家{cnpet}的疫苗预约在{cndate}下午，地址不变，"
    "如需改期请联系{jcnmob}。",

    "这是本月居委会的走访汇总，帮我压缩成一段三百字以内的工作简报，个人信息只保留姓名：\n一、独居老人走访\n1. {jcname}，"
    "{jdob}出生，住{cnflat}，身份证{jcnid}，血压偏高，已联系家庭医生，儿子电话{jcnmob}。\n2. {jcname_2}，{jdob_2}出生，住"
    "{cnflat_2}，行动不便，申请了助餐服务，女儿{jcname_3}每周来一次，电话{jcnmob_2}。\n二、困难家庭\n3. {jcname_4}，"
    "失业半年，住{homeaddr}，已协助申请临时救助，银行卡{cndebit}。\n三、其他\n本月组织了两次反诈宣传，参加人数86人；"
    "楼道堆物清理12处；电动车违规充电劝阻5起。下月重点是高温慰问和防汛检查。",

    "帮我检查这份民事起诉状的当事人信息部分有没有格式问题：\n\n民事起诉状\n原告：{jcname}，女，{jdob}出生，汉族，身份证号"
    "{jcnid}，住{hcnaddr}，联系电话{jcnmob}。\n被告：{jcname_2}，男，{jdob_2}出生，汉族，身份证号{jcnid_2}，住"
    "{homeaddr}，联系电话{jcnmob_2}。\n诉讼请求：1. 判令被告归还借款人民币200,000元及利息；2. 本案诉讼费由被告承担。\n"
    "事实与理由：被告因经营需要向原告借款，原告于2022年3月通过银行转账（卡号{cndebit}）向被告支付200,000元，被告承诺"
    "一年内归还，但至今分文未还，原告多次催要无果。\n此致\n{cncourt}\n具状人：{jcname}",

    "下面是一个海外买家的邮件往来，帮我用中文总结问题，再用英文写一个回复，语气要专业：\n\n> From: {jname} <{pmail}>\n"
    "> Hi, I ordered two ceramic planters (order {order}) on {date}. One arrived cracked. I sent photos last week but "
    "nobody replied. My address is {usaddr} and my phone is {usphone}. Please send a replacement, I don't want a "
    "refund.\n\n> From: {jname} <{pmail}>\n> Second email. Still nothing. If I don't hear back by Friday I will "
    "open a case with my card company, the charge was on {jcard}.\n\n我们这边查到仓库还有货，可以补发，运费我们出。",

    "帮我把这封入职邮件改得简洁一点，再翻成英文发给外籍同事：\n\n各位好，下周一新同事{jcfname}入职，岗位是上海办公室的"
    "财务主管。她的工号还没生成，请IT先用手机号{jcnmob}开通企业微信。行政请帮她办理门禁卡，证件号{jcnid}。她现住"
    "{shlane}，离公司比较远，请考虑安排班车。工资卡是{cndebit}，请财务在系统里录入。另外，外籍同事{jname}的居留许可"
    "下个月到期，护照号{hpassport}，请HR尽快安排续签。谢谢！",
]
