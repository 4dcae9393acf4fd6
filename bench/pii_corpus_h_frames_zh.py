"""Chinese frames of corpus H (``bench/pii_corpus_h.py``): 微信群接龙, 报名表, 银行回单, 跨境汇款, 入职登记表,
签证申请 (日本, 申根, 美国), 病历首页, 影像和临床试验筛选记录, 保险理赔, 民事判决书, 报警回执, 跨境物流单 and 代购
(Japan, Korea), 网约车 and 货拉拉, 二手车过户, 房产中介, 学籍表 and 招生报名, 驾校, 健身房, 民宿入住登记, 家政,
业主群, 租车合同, 公证书, 在留卡, 日本国际学校入学表, 港澳台居民居住证, 台灣 and 香港 papers (郵局帳號 too), 越南租车,
Chinese e-mails with English mixed in, full-width passport numbers and IDs broken over a line.
Slots as in corpus F: ``{slot}``, ``{slot_2}``, ``{slot:mod}``.
"""

from __future__ import annotations

ZH_DOCS: list[str] = [
    "帮我统计一下接龙人数，再按报名顺序排个表：\n#接龙\n周六早上8点奥森徒步，集合点北门\n1. {hcname} {cnphone}\n2. {cname} "
    "{hcnphone}\n3. {hcname_2} 带娃 {hcnphone_2}\n4. ",

    "这个马拉松报名表哪里填错了？\n姓名：{hcname}\n证件类型：居民身份证\n证件号码：{hcnid}\n出生日期：{hdob}\n紧急联系人：{cname}  "
    "{hcnphone}\n血型：O  衣服尺码：M",

    "帮我看看这张银行回单，钱到底转给谁了：\n{cnbank} 业务回单\n付款人户名：{hcname}\n付款人账号：{cnac}\n收款人户名：{cname}\n"
    "收款人账号：{cndebit}\n金额：{cnamount}\n用途：房租",

    "跨境汇款申请书帮我检查一遍：\n汇款人：{hpyname}\n汇款人账号：{cndebit}\n收款人：{hname}\n收款行 SWIFT：{swift}\n"
    "收款人账号 / IBAN：{hiban}\n汇款用途：留学生学费",

    "入职登记表帮我把格式排整齐：\n姓名：{hcname}  性别：女  出生年月：{yeardob}\n身份证号：{hcnid}\n户籍地址：{hcnaddr}\n"
    "工资卡：{cnac}（{cnbank}）\n紧急联系人：{cname}  {cnphone}",

    "日本签证申请表里这几栏怎么填？\n姓名（拼音）：{hpyname}\n出生日期：{hdob}\n护照号码：{cnpassport}\n家庭住址（英文）："
    "{cnenaddr}\n手机：{hcnphone}",

    "申根签证表第19栏要写英文地址，我这样写对吗：{cnenaddr}\n申请人：{hpyname}，出生日期 {isodob}，护照 {cnpassport:lo}",

    "美签 DS-160 的 US Contact 我填了朋友，信息是：{hname}，电话 {usphone}，地址 {usrural}。可以吗？",

    "病历首页帮我整理成表格：\n病案号：{cnmrn}\n姓名：{hcname}  性别：男  出生日期：{hdob}\n身份证号：{hcnid}\n现住址：{hcnaddr}\n"
    "联系人：{cname}（之子） 电话 {hcnphone}\n入院诊断：{icd}",

    "CT 报告单上的信息帮我核对一下：\n检查号 CT{build}  住院号 {cnmrn}\n姓名 {hcname}  年龄 62岁\n检查所见：右肺上叶结节 6mm",

    "临床试验筛选表帮我检查逻辑：\n方案号 {cntrial}\n筛选号 {subj}  病历号 {cnmrn}  出生日期 {hdob}  是否入组：否（肌酐超标）\n"
    "筛选号 {subj_2}  病历号 {cnmrn_2}  出生日期 {hdob_2}  是否入组：是",

    "帮我写一段医疗险理赔的说明：被保险人{hcname}，身份证{hcnid}，{cndate}在{cnhospital}住院，理赔款请打到{cndebit}（{cnbank}）。",

    "车险理赔短信是真的吗？“【{cninsurer}】尊敬的{hcname}客户，您的报案（车牌{hcnplate}）已受理，请核对理赔收款卡号{cndebit}是否正确，"
    "并回复身份证照片”",

    "帮我把判决书里的当事人信息提取出来：\n原告：{hcname}，女，{cnsaydob}出生，汉族，住{hcnaddr}，公民身份号码{hcnid}。\n被告："
    "{cname}，男，{hdob}出生，住{cnaddr}。",

    "这份报警回执上写的案件编号在哪查进度？\n报警人：{hcname}\n联系电话：{hcnphone}\n身份证号：{hcnid}\n报警时间：{cndate} {cntime}\n"
    "简要案情：电动车被盗，停放于{hcnaddr}楼下",

    "韩国代购的收件信息这样写，快递能送到吗？\n收件人：{krhname}\n地址：{krhaddr}\n电话：{krphone}",

    "日本转运仓发来的信息，帮我翻译成中文：\nお届け先：{jpkname} 様\n{jpkaddr}\nTEL {jpphone}\n品名：化粧品",

    "网约车的行程记录，帮我看看为什么多收了钱：\n司机：{cname}  车牌：{hcnplate}\n上车点：{hcnaddr}（{lnglat}）\n下车点："
    "{cncompany}\n实付 {cnamount}",

    "货拉拉订单帮我写个备注：装货地址 {hcnaddr}，联系人 {hcname} {hcnphone}；卸货地址 {gcnaddr}，到了打 {cnphone}。",

    "二手车过户合同帮我看有没有漏项：\n卖方：{hcname}  身份证：{hcnid}\n买方：{cname}  身份证：{cnid}\n车牌号：{hcnplate}\n"
    "车辆识别代号：{hvin}\n成交价：{cnamount}",

    "房产中介发来的房源信息，帮我整理：\n业主：{hcname}，电话 {hcnphone}\n地址：{hcnaddr}\n挂牌价 385 万，满五唯一",

    "学籍表里这几个学生的信息帮我排序：\n姓名 | 出生日期 | 身份证号 | 家庭住址\n{hcname} | {hdobkid} | {hcnidkid} | "
    "{hcnaddr}\n{cname} | {hdobkid_2} | {hcnidkid_2} | {cnaddr}",

    "幼升小报名表，家长信息这样填行吗？\n儿童姓名：{hcname}  出生日期：{hdobkid}\n父亲：{cname}  手机：{hcnphone}\n户籍地址："
    "{hcnaddr}",

    "驾校报名表帮我看下：学员 {hcname}，身份证 {hcnid}，手机 {hcnphone}，住址 {hcnaddr}，报 C1 手动挡。",

    "健身房会员卡信息，我想转卡给朋友，要改哪些？\n会员：{hcname}  电话：{hcnphone}  生日：{hdob}\n扣款银行卡：{cndebit}",

    "民宿入住登记表帮我翻成英文：\n住客：{hname}  国籍：尼日利亚\n护照号：{ngpp}\n出生日期：{endob}\n电话：{ngphone}",

    "家政阿姨的信息帮我整理，准备签合同：{hcname}，{yeardob}生，身份证{hcnid}，电话{hcnphone}，老家{hcnaddr}",

    "业主群里大家登记车位，帮我整理成表：\n3栋1201 {cname} {hcnplate}\n5栋803 {hcname} {hcnplate_2}\n7栋2102 {gcname} "
    "{cnplate}",

    "租车合同里的承租人信息帮我核对：\n承租人：{hcname}\n驾驶证号：{hcnid}\n联系电话：{hcnphone}\n车辆：大众朗逸 {hcnplate}\n"
    "预授权信用卡：{upcard}",

    "出生公证书的译文帮我校对：\n兹证明{hcname}，男，于{cnsaydob}出生于浙江省杭州市。其父：{cname}，其母：{cname_2}。",

    "在留卡上的信息帮我翻译一下：\n氏名 {hpyname:up}\n生年月日 {jpdob}\n住居地 {jpkaddr}\n在留資格 留学",

    "港澳台居民居住证的号码和身份证有什么区别？我的是 {gatid}，名字 {tname}",

    "幫我把這份戶籍資料翻成英文：\n姓名：{tname}\n身分證統一編號：{htwid}\n出生日期：{rocdob}\n住址：{twtaddr}",

    "香港村屋的租約，幫我睇下有冇問題：\n業主：{hkname}（身份證 {hkid}）\n租客：{hcname}\n物業地址：{hkvaddr}\n租金每月"
    "HK$12,000，存入{hkac}",

    "Hi Tony，附件是新同事的 onboarding 资料，麻烦录一下系统：\nName: {hpyname}\nPassport No.: {cnpassport}\nDOB: {hdob}\n"
    "Address: {cnenaddr}\nBank account: {cndebit}（{cnbank}）\n谢谢！",

    "帮我润色这封邮件：\nDear HR，我是{hcname}，工号 {build}。我的银行卡换成了{cndebit}，开户行{cnbank}，请下个月起工资打到新卡。"
    "Thanks！",

    "外教入职资料帮我核对：\nName: {afname}\nNationality: Nigeria\nPassport: {ngpp}\nDOB: {airdob}\nPhone in China: "
    "{hcnphone}\nAddress: {hcnaddr}",

    "这条转账短信是不是诈骗？“{hcname}您好，您尾号{last4}的账户将被冻结，请将资金转入安全账户{cndebit}，户名{cname}。”",

    "帮我把语音转文字整理成通顺的话：“那个我的卡号是{cndebit:cnsay}然后身份证是{hcnid}名字叫{hcname}”",

    "社区团购接龙，帮我汇总每个人要几份：\n1. {hcname} 5栋 两份 {hcnphone}\n2. {cname} 8栋 一份\n3. {gcname} {hcnaddr} 三份",

    "学校招生面试名单，帮我按出生日期排序：\n{hcname}，{hdobkid}，{cnschool}\n{cname}，{hdobkid_2}，{cnschool_2}\n{gcname}，"
    "{hdobkid_3}，{cnschool}",

    "帮我回复这个外卖骑手：“你好我到了，{hcnaddr}这个宿舍楼不让进，你下来拿一下，我电话{hcnphone}”",

    "跨境电商的订单地址帮我翻译成英文标签：\n收件人：{dsname}\n地址：{mxaddr}\n电话：{mxphone}\nCURP：{curp}",

    "巴西客户的收货地址这样写对吗？{hbraddr}，收件人{hname}，CPF {cpf}，电话 {brphone}",

    "体检报告封面帮我打码后再发群里：\n{cnhospital} 健康体检报告\n体检号：{cnmrn}\n姓名：{hcname}\n出生日期：{hdob}\n单位：{cncompany}",

    "保险公司让我补材料，这个授权书怎么填？\n被保险人：{hcname}  证件号：{hcnid}\n受益人：{cname}  与被保险人关系：配偶\n"
    "收款账户：{cnac}\n开户行：{cnbank}",

    "这份离婚协议财产部分帮我看一下：男方{hcname}名下工商银行账户{cndebit}、车牌{hcnplate}的车辆归男方；女方{cname}名下位于"
    "{hcnaddr}的房产归女方。",

    "帮我写个寻物启事：昨天在{cnnewsstreet}丢了钱包，里面有身份证（{hcname}，{hcnid}），有捡到的请联系{hcnphone}",

    "日本同事的个人信息表，翻译成中文：\n氏名：{jpkname}\n生年月日：{jpdob}\nマイナンバー：{mynum}\n住所：{jpkaddr}",

    "教会通讯录帮我按姓氏排序：\n{hcname} {hcnphone} {hcnaddr}\n{cname} {cnphone}\n{gcname} {gcnphone}",

    "车辆违章代办的委托书：委托人{hcname}，身份证{hcnid}，车牌{hcnplate}，联系电话{hcnphone}。帮我改得正式一点。",

    "留学生租房合同（英文）里的中国担保人信息这样写可以吗？Guarantor: {hpyname}, ID No. {hcnid}, Address: {cnenaddr}, "
    "Tel: {hcnphone}",

    "帮我看看这个快递面单为什么派送失败：\n收件人：{hcname}\n电话：{hcnphone:fw}\n地址：{hcnaddr}\n运单号：{sf}",

    "这张信用卡账单有一笔不认识的消费，怎么申诉？\n持卡人：{hcname}\n卡号：{upcard}\n交易日期：{cndate}  金额 {cnamount}  商户：{cncompany}",

    "帮我把这段微信聊天整理成借条：\n{cname}：我转你了，{cnamount}\n{hcname}：收到，我身份证{hcnid}，{yeardob}生的，下个月还你",

    "医院出生医学证明信息帮我核对：\n新生儿姓名：{hcname}\n出生日期：{hdobkid}\n母亲：{cname}  联系电话 {hcnphone}\n父亲：{cname_2}",

    "车险保单的信息帮我核对：\n被保险人：{hcname}\n证件号码：{hcnid}\n号牌号码：{hcnplate}\n车辆识别代号：{hvin}\n保费由信用卡"
    "{upcard}支付",

    "门诊病历帮我翻成英文给国外医生看：\n门诊号：{cnmrn}\n姓名：{hcname}  出生日期：{hdob}\n主诉：咳嗽两周\n诊断：{icd}",

    "帮我写一份车辆买卖协议：卖方{hcname}，买方{gcname}，车架号{hvin:lo}，车牌{hcnplate}，成交价{cnamount}，付款到卖方卡号{cndebit}。",

    "日本国际学校的入学表，帮我翻成中文：\n児童氏名：{jpkname}\n生年月日：{jpdobkid}\n保護者：{jpkname_2}  電話 {jpphone}\n住所："
    "{jpkaddr}",

    "台湾朋友让我把钱转到他的郵局帳號，信息这样对吗？戶名{tname}，郵局代號700，帳號{twac}，身分證{htwid}",

    "这张护照复印件的文字是用手机识别出来的，中间有全角字符，帮我整理：护照号 {cnpassport:fwa}，姓名 {hpyname}，出生日期 {hdob}",

    "PDF 复制出来的身份证号断行了，帮我拼回去：\n姓名：{hcname}\n身份证：{hcnid:br}\n手机：{hcnphone}",

    "在越南租摩托车的合同，帮我看懂：\n承租人：{hcname}（护照 {cnpassport}）\n车牌：{vnplate}\n押金从卡 {upcard} 预授权\n"
    "车行老板：{vnname}  {vnphone}",
]
