"""Chinese frames of corpus G (``bench/pii_corpus_g.py``): papers of everyday life. 快递面单, 外卖备注,
租房合同, 工资条, 入职体检, 挂号单, 寻猫/寻人启事, 闲鱼 and 小红书 posts, 春游保险名单, 12306 and 滴滴
records, 社保 and 公积金, 传票, 简历, 请柬, 礼簿, 讣告, 相亲资料, 献血证, 接种证, 准考证, 年检, ETC, 个税
专项附加扣除, 银行流水, 征信, 催收短信, 12345 投诉, 居住证, 医保报销, 意外险, 装修和月嫂合同, 事故认定书,
and Taiwan and Hong Kong papers (旅客登記, 郵局劃撥, 強積金, 租約, 戶籍謄本, 機車行照).
"""

from __future__ import annotations

ZH_DOCS: list[str] = [
    "这张面单上哪些信息要打码再发朋友圈？\n中通快递  {sf}\n收：{gcname} {cnphone}\n{gcnaddr}\n寄：{cname} 186****3321\n"
    "备注：到了打{cnphone}，别放驿站",

    "帮我看看这个外卖备注写得清不清楚：“{gcnaddr}，到楼下打{cnphone}，别敲门孩子在睡觉。——{cname}”",

    "骑手发的消息帮我回一下：\n骑手：你好我到了，{gcnaddr}是哪一栋啊\n我：东门进来右手第三栋\n骑手：找不到我再打你，我电话{gcnphone}",

    "帮我看看这份租房合同有没有坑：\n甲方（出租人）：{cname}  身份证号：{cnid}\n乙方（承租人）：{cname_2}  联系电话：{cnphone}\n"
    "房屋坐落：{gcnaddr}\n租金每月{cnamount}，押一付三，打入甲方账户{cnacct}",

    "工资条看不懂，帮我解释一下这些扣款：\n姓名：{cname}  部门：运营中心\n应发工资 12,500.00\n养老保险 -1,000.00  医疗保险 -250.00  "
    "住房公积金 -1,500.00\n个人所得税 -245.00\n实发 9,505.00 已发放至工资卡{cnacct}",

    "帮我解读这份入职体检报告的异常项：\n体检编号：{gmrn}  姓名：{gcname}  性别：女\n身份证：{cnid}\n【异常】甘油三酯 2.31 mmol/L ↑"
    "  尿酸 468 μmol/L ↑\n建议：低嘌呤饮食，三个月后复查",

    "这张挂号凭条几点看诊？\n{cnhospital} 挂号凭条\n患者：{cname}  就诊卡号：{gmrn}\n科室：消化内科  号序：17\n就诊日期：{cndate} 上午\n挂号费：50.00",

    "帮我把这条寻猫微博改得有梗一点：“救命！！橘猫胖虎昨晚在{gcnaddr}附近走丢，戴红色项圈，有线索请联系{cnphone}（{cname}），必有重谢🙏”",

    "帮我写一篇小红书笔记，标题要吸引人：我在{cncity}租房被坑了，房东{cname}（电话{cnphone}）退租时扣光了我三千押金，还不给收据……",

    "闲鱼卖车的文案帮我润色：2019款卡罗拉双擎，车牌{cnplate}，车架号{vin}，一手车无事故，看车地址{gcnaddr}，电话{cnphone}（微信同号）",

    "老师在家长群发了春游保险名单，帮我核对我家孩子的信息：\n1. {cname} {cnidkid}\n2. {gcname} {cnidkid_2}\n3. {cname_2} "
    "{cnidkid_3}\n有误请私信班主任",

    "12306 帮我爸买票，信息这样填对吗：乘车人{cname}，证件号码{cnid}，手机{cnphone}，{cndate} {cntrain}次，二等座靠窗",

    "把滴滴行程单整理成报销表格：\n{cndate} 08:42 快车 起点：{gcnaddr} 终点：{cncompany} 36.50元\n{cndate_2} 19:10 快车 "
    "起点：{cncompany} 终点：{gcnaddr} 41.20元\n乘车人手机：{cnphone}",

    "社保缴费记录识别出来是这样，帮我看看有没有断缴：\n姓名：{cname}  社会保障号码：{cnid}\n2024-01 至 2024-06 正常缴费\n"
    "2024-07 欠费\n参保地：{cncity}",

    "公积金贷款申请表帮我检查一下：借款人{cname}，身份证{cnid}，还款银行卡{cnacct}，购房地址{gcnaddr}，联系电话{gcnphone}",

    "这张传票是什么意思，我要做什么？\n传  票\n案号：（2024）京0105民初12345号\n被传唤人：{cname}\n住址：{gcnaddr}\n"
    "传唤事由：开庭\n应到时间：{cndate} 9:00",

    "帮我把这份简历精简到一页：\n{gcname} | 女 | {gdob} | 中共党员\n📱{cnphone}  ✉️{gemail}\n现居：{gcnaddr}\n工作经历："
    "2019.07-至今 {cncompany} 高级会计",

    "帮我写婚礼请柬的文字，要典雅一点：新郎{cname}、新娘{cname_2}，定于{cndate}中午十二点在{cnhotel}举行婚礼，敬请光临。"
    "联系电话：{cnphone}",

    "帮我把礼簿整理成表格并算总数：\n{cname} 800\n{cname_2} 600\n{gcname} 1000（微信转账）\n{cname_3} 500",

    "帮我写一份寻人启事：我奶奶{cname}，{gdob}出生，有阿尔茨海默症，{cndate}下午在{road}附近走失，穿蓝色外套，"
    "有消息请联系{cnphone}",

    "帮我把这份相亲资料改得自然一点：男，{cname}，{gdob}生，身高178，本科，在{cncompany}上班，有房有车（车牌{cnplate}），"
    "微信同手机号{cnphone}",

    "献血证上这些是什么意思？姓名{cname}  证件号码{cnid}  血型A  献血量400ml  献血日期{cndate}",

    "孩子的预防接种证，帮我算下一针什么时候打：\n儿童姓名：{cname}  出生日期：{gdobkid}\n家长姓名：{cname_2}  联系电话：{cnphone}\n"
    "乙肝疫苗第1剂 出生当天\n卡介苗 出生当天",

    "准考证信息帮我核对一下：考生姓名{gcname}，身份证号{cnid}，考点：{cncity}第一中学，考场 12，座位号 08",

    "车辆年检预约信息：号牌号码{gcnplate}，车辆识别代号{gvin}，所有人{cname}，手机{cnphone}，预约{cndate}上午，帮我写个提醒",

    "办ETC要填这些，帮我看看对不对：车牌{cnplate}，车主{cname}，身份证{cnid}，扣款银行卡{cnacct}",

    "个税APP的子女教育扣除这样填对吗？子女姓名：{cname}，子女身份证：{cnidkid}，出生日期：{gdobkid}，配偶{cname_2}，"
    "配偶身份证{cnid}",

    "帮我把这段银行流水分成收入和支出：\n{cndate} 转入 5,000.00 对方户名：{cname} 对方账号：{cnacct}\n{cndate_2} 支出 299.00 "
    "美团\n{cndate_3} 转出 2,000.00 {cname_2} {gcnacct}",

    "征信报告这一段是什么意思？\n个人基本信息\n姓名：{cname}  证件类型：身份证  证件号码：{cnid}\n手机号码：{cnphone}\n"
    "居住地址：{gcnaddr}\n信贷交易信息概要：信用卡 3 张，逾期 0 次",

    "收到这条催收短信，内容合法吗？“{cname}，你在某平台的借款已逾期27天，身份证{cnid}已上报，再不还款将联系你的紧急联系人"
    "{cname_2}（{cnphone}）”",

    "帮我写一条12345投诉：{gcnaddr}楼下的烧烤店每晚营业到凌晨两点，油烟和噪音严重。投诉人{cname}，电话{cnphone}，希望回访。",

    "居住证申请表帮我核对：姓名{cname}，公民身份号码{cnid}，居住地址{gcnaddr}，联系电话{cnphone}，房东{cname_2}",

    "住院保險理賠申請書幫我核對：被保險人{tname}，身分證字號{twid}，病歷號{gmrn}，住院{cndate}至{cndate_2}，理賠金匯入郵局帳號{twacct}",

    "意外险理赔材料帮我列个清单：被保险人{cname}，身份证{cnid}，{cndate}在{gcnaddr}摔伤，病历号{gmrn}，理赔款收款账户{cnacct}",

    "装修合同甲方信息帮我补全：业主{cname}，电话{cnphone}，房屋地址{gcnaddr}，付款账户{cnacct}，开工日期{cndate}",

    "月嫂合同里的信息帮我核对：雇主{cname}，身份证{cnid}，住址{gcnaddr}；月嫂{cname_2}，身份证{cnid_2}，"
    "服务期26天，费用{cnamount}",

    "交通事故认定书里的当事人信息帮我整理：甲 {cname}，驾驶证号{cnid}，车牌{cnplate}；乙 {gcname}，车牌{gcnplate}，"
    "事故地点坐标{ggps}",

    "我的电动车被偷了，GPS定位器最后几条记录：\n{cndate} 02:14 {ggps}\n{cndate} 02:31 {ggps_2}\n车牌{cnplate}，报警的时候该怎么说？",

    "幫我把這份旅客登記表翻成英文：姓名：{tname}，身分證字號：{twid}，出生日期：{rocdob}，地址：{gtwaddr}，手機：{twphone}",

    "郵局劃撥單幫我填：收款帳號{twacct}，戶名{tname}，寄款人{tname_2}，電話{twland}，金額新台幣3,200元",

    "幫我睇下呢份強積金通知書講咩：成員姓名 {hkname}，香港身份證號碼 {hkid}，通訊地址 {hkaddr}，供款由{cndate}起計",

    "租約條款幫我翻成英文：業主：{hkname}，身份證號碼：{hkid}；租客：{hkname_2}，電話{hkphone}；物業地址：{hkaddr}；"
    "按金兩個月，存入業主戶口{hkacct}",

    "戶籍謄本裡這些欄位是什麼意思？戶長：{tname}，出生日期：{rocdob}，統一編號：{twid}，住址：{gtwaddr}",

    "機車行照上寫：車牌號碼 {twplate}，車主 {tname}，身分證字號 {twid}，地址 {gtwaddr}。這台車要怎麼過戶給我弟？",

    "幫我把寄到香港的快遞資料翻成英文：收件人{hkname}，電話{hkphone}，地址{hkaddr}，內件：衣服兩件",

    "讣告帮我润色一下：“家父{cname}，生于{gdob}，因病医治无效，于{cndate}在{cnhospital}安详离世。定于{cndate_2}在{cncity}"
    "殡仪馆举行告别仪式。联系人：{cname_2} {cnphone}”",

    "领养申请帮我写得诚恳一点：申请人{cname}，{gdob}出生，住址{gcnaddr}，有养猫经验，电话{cnphone}",

    "失物招领帮我写一条：在{cncity}地铁2号线捡到一个钱包，里面有{cname}的身份证（{cnid}）和一张银行卡{cnacct}，"
    "失主请联系我，我该怎么发比较好？",

    "把校友会登记表整理成表格：\n姓名,毕业年份,电话,邮箱,现居地\n{cname},2008,{cnphone},{gemail},{gcnaddr}\n{gcname},2009,"
    "{cnphone_2},{gemail_2},{gcnaddr_2}",

    "DS-160 这几栏怎么填？我的信息：姓名拼音{pyname:up}，护照号{cnpassport}，出生日期{gdob}，美国联系人{usname}，电话{usphone}",

    "入职登记表我手机号写成了全角：{cnphone:fw}，身份证也是：{cnid:fw}，HR 的系统会不会识别不了？",

    "这是银行卡拍照识别的结果，数字中间多了空格：{cnacct:ocr}，持卡人{cname}，帮我整理成能直接复制的格式",

    "语音转文字的结果帮我整理一下：我叫{cname}电话是{cnspoken}地址是{gcnaddr}明天上午送货谢谢",

    "把值班表改成下周的：\n| 日期 | 值班人 | 手机 |\n|---|---|---|\n| {cndate} | {cname} | {cnphone} |\n| {cndate_2} | {cname_2} | "
    "{cnphone_2} |",

    "帮我用英文写一封邮件给签证中心：申请人{cname}（{pyname}），护照号{cnpassport}，出生日期{gdob}，预约编号丢了，能否补发？",

    "快递柜寄件信息帮我检查：寄件人{cname} {gcnland}，收件人{gcname} {cnphone}，收件地址{gcnaddr}，物品：文件",

    "帮我写个二手房买卖定金协议：卖方{cname}（身份证{cnid}），买方{cname_2}，房屋位于{gcnaddr}，定金{cnamount}，"
    "转入卖方账户{gcnacct}",

    "这是我爸的体检预约短信，帮我看看要注意什么：“{cname}先生，您预约的{cndate}体检已成功，体检号{gmrn}，请空腹前往。”",
]
