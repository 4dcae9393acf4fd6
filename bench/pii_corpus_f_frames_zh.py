"""Chinese frames of corpus F (``bench/pii_corpus_f.py``) in the styles of documents: customer
service tickets, offer and resignation letters, discharge summaries, prescriptions, lab reports
copied from PDF, dental and pet clinic notes, property listings, kindergarten forms, itineraries,
visa papers, car-insurance claims, traffic fines, court filings, bank slips, courier and
Taobao/JD orders, and Hong Kong and Taiwan forms in Traditional characters.
"""

from __future__ import annotations

ZH_DOCS: list[str] = [
    "帮我回复这个工单，语气客气一点：\n【工单号】{ticket}\n【客户姓名】{cname}\n【联系电话】{cnphone}\n"
    "【问题描述】收到的扫地机器人不开机，要求换新，寄回地址：{cnaddr}",

    "把这段客服回复改得更客气：“{cname}您好，您反映的重复扣款已核实，退款将原路退回您的银行卡{cnacct}，"
    "预计3个工作日到账，给您添麻烦了。”",

    "帮我写一封录用通知书：候选人{cname}，身份证号{cnid}，{cndate}入职，岗位高级前端工程师，试用期三个月，"
    "工资卡用她提供的招商银行卡{cnacct}。",

    "帮我起草离职证明：兹证明{cname}（身份证号：{cnid}）自{cndate}至{cndate_2}在我司{cncompany}任行政专员，"
    "现已办理完离职手续。",

    "帮我把这封推荐信翻译成英文：兹推荐我院学生{cname}，{dob}出生，本科期间成绩优秀，联系邮箱{email}，"
    "申请贵校计算机硕士项目。",

    "用通俗的话给我解释一下这份出院小结：\n姓名：{cname}  性别：男  住院号：{mrn}\n入院日期：{cndate}  "
    "出院日期：{cndate_2}\n出院诊断：2型糖尿病伴周围神经病变\n出院医嘱：二甲双胍0.5g tid，一月后门诊复查\n"
    "家属电话：{cnphone}",

    "这张处方上写的是什么意思？{cnhospital}门诊处方 就诊卡号{mrn} 患者{cname} 56岁 阿托伐他汀钙片 20mg qn ×28片",

    "从PDF复制的化验单，格式乱了，帮我看看有没有问题：\n检 验 报 告 单\n姓 名：{cname}   病历号：\n{mrn}\n"
    "出生日期：{dob}\n谷丙转氨酶 ALT 68 U/L ↑\n谷草转氨酶 AST 45 U/L ↑\n总胆红素 14.2",

    "口腔门诊病历帮我整理成复诊提醒：患者{cname}，病历号{mrn}，左下6根管治疗第二次，下次复诊{cndate}，电话{cnphone}",

    "宠物医院的单子：犬名豆豆，柯基，3岁。主人{cname}，电话{cnphone}，住址{cnaddr}。诊断：犬细小病毒感染。这个病严重吗？",

    "帮我把这条房源描述写得吸引人一点：{cnaddr}，两室一厅89平，南北通透，满五唯一，业主{cname}诚心出售，看房请联系{cnphone}",

    "幼儿园报名表帮我检查一下有没有漏填：\n幼儿姓名：{cname}\n出生日期：{dobkid}\n身份证号：{cnid}\n"
    "家长姓名：{cname_2}\n联系电话：{cnphone}\n家庭住址：{cnaddr}",

    "帮我写请假条给班主任：孩子{cname}这周三发烧要请假一天，有事打家长电话{cnphone}",

    "整理成行程表：乘机人{cname}，护照{cnpassport}，{flight} {cndate} 浦东T2—成田，酒店{cnhotel}，"
    "紧急联系人{cname_2} {cnphone}",

    "这张登机牌的登机口和座位在哪？\nBOARDING PASS\n{pyname:bp}\nPVG → NRT  {flight}\nSEAT {seat}  ZONE 2\n"
    "PASSPORT {cnpassport}",

    "把酒店确认单翻成英文：入住人{cname}，手机{cnphone}，{cndate}入住两晚，担保信用卡{card}，无烟大床房。",

    "帮我写赴日签证用的在职证明：员工{cname}，护照号{cnpassport}，出生日期{dob}，在我司{cncompany}工作五年，"
    "月薪两万，出行费用由本人承担。",

    "车险报案信息帮我整理成要点：被保险人{cname}，车牌{cnplate}，车架号{vin}，事故地点{cnaddr}门口，"
    "对方车牌{cnplate_2}，对方司机{cname_2}，电话{cnphone}",

    "收到这条短信是真的吗？【交管12123】您的小型汽车{cnplate}于{cndate}在{road}违反禁令标志，罚款100元记3分。"
    "帮我写个申诉，车主{cname}。",

    "小区停车月卡续费登记：车牌{cnplate}，业主{cname}，{cnaddr}，联系电话{cnphone}，帮我写一条发给物业的微信。",

    "帮我看看这份民事起诉状有没有格式问题：\n原告：{cname}，男，{dob}出生，汉族，住{cnaddr}，公民身份号码{cnid}，"
    "联系电话{cnphone}\n被告：{cncompany}\n诉讼请求：判令被告支付拖欠工资……",

    "银行转账回单帮我记到账本里：付款人{cname} 收款人{cname_2} 收款账号{cnacct} 金额{cnamount} 附言：三月房租",

    "顺丰说派送失败：运单号{sf}，收件人{cname}，{cnphone}，地址{cnaddr}，这是要我自己去网点取吗",

    "淘宝订单信息帮我整理成表格：\n订单编号：{tborder}\n收货人：{cname}\n手机号码：{cnphone}\n收货地址：{cnaddr}\n"
    "实付款：{cnamount}",

    "京东售后要我提供这些，帮我组织一下语言：订单号{jdorder}，联系人{cname}{cnphone}，上门取件地址{cnaddr}",

    "幫我檢查這份表格：\n姓名：{hkname}\n香港身份證號碼：{hkid}\n住址：{hkaddr}\n電話：{hkphone}\n出生日期：{dob}",

    "請幫我把租屋契約的承租人資料填好：承租人{tname}，身分證字號{twid}，戶籍地址{twaddr}，手機{twphone}",

    "請問健保卡上的病歷號{mrn}跟身分證字號{twid}有什麼不同？我叫{tname}，要在新診所初診。",

    "帮我把新加坡租房合同里的租客信息翻成中文：Tenant: {sgname}, NRIC {nric}, {sgaddr}, Tel {sgphone}",

    "我在英国打工，NI number 是{nino}，怎么查自己交了多少国民保险？雇主是{company}。",

    "我在西班牙读书，NIE 是 {dni}，住在{esaddr}，银行开户需要准备哪些材料？",

    "美国同事让我帮他填一张表，SSN {ssn}，地址{usaddr}，这个 SSN 应该填在哪一栏？",

    "手机号：{cnphone:fw}，帮我把这个号码存进通讯录，备注{cname}，再发一条短信说我到了",

    "快递面单拍照识别出来是这样的，帮我整理：\n收件人 {cname} {cnphone:nosp}\n{cnaddr}\n寄件人 {cname_2} {cnphone_2}",

    "帮我翻译这个邮件签名：{cname}｜产品经理｜{cncompany}｜手机：{cnphone}｜邮箱：{email}",

    "给德国房东交押金：收款人{ename}，IBAN {iban}，金额1800欧元，帮我用英文写一段转账附言",

    "我的护照{cnpassport}下个月到期，人在国外，怎么在使馆换发？需要预约吗",

    "我的信用卡号{card}被冻结了，客服打电话让我报身份证号{cnid}核实身份，这是正规流程吗？",

    "医院短信：“{cname}您好，病案号{mrn}的检查报告已出，请于{cndate}前到{cnhospital}门诊三楼领取。”要带什么证件？",

    "下周是我老婆{cname}生日，她是{dob}出生的，帮我写一段朋友圈文案，温馨一点",

    "帮我算一下孩子哪年能上小学：{cname}，{dobkid}出生，户口在{cnaddr}",

    "二手车检测报告摘要：车架号{vin}，车牌{cnplate}，车主{cname}，表显里程4.2万公里。这个报告靠谱吗",

    "我爸在山里迷路了，手机最后共享的位置是{gps}，他叫{cname}，电话{cnphone}，怎么报警救援最快？",

    "把家的坐标{gps}设成导航常用地址，家在{cnaddr}，以后说“回家”就直接导航",

    "公司对公账户{cnacct}，开户行工商银行，帮我写一份给客户的付款通知，联系人{cname}，座机{cnland}",
]
