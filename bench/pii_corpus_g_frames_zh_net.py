"""Chinese frames of corpus G (``bench/pii_corpus_g.py``) from apps and engineering work: 小程序
and Spring Boot configs, Nacos, 腾讯云 and 阿里云 SDK calls, MyBatis SQL logs, redis.conf, Jenkinsfile,
GitLab CI, frp and Clash configs, 宝塔 panels, 埋点 and 风控 logs, scraped text without separators,
Excel formulas, pandas CSVs, localStorage, 飞书 and 企业微信 webhooks, UnionPay XML, Lombok toString
output, telematics JSON; chats from 家长群, 闲鱼, 淘宝客服, 抖音 and 知乎, 钉钉打卡, Amap links with
longitude first, PTT and Cantonese WhatsApp, and Chinese-English code-switching.
"""

from __future__ import annotations

ZH_NET: list[str] = [
    "小程序后台配置这样写安全吗？\nconst config = {\n  appId: 'wx1a2b3c4d5e6f7a8b',\n  appSecret: '{hexkey}',\n"
    "  mchKey: '{hexkey_2}'\n}",

    "启动报 Access denied for user 'root'，配置如下：\nspring:\n  datasource:\n    url: "
    "jdbc:mysql://{ip}:3306/order?useSSL=false\n"
    "    username: root\n    password: {gpwd}\n  redis:\n    host: {lanip}\n    password: {gpwd_2}",

    "Nacos 里这段配置为什么不生效？\naliyun.oss.accessKeyId={aliak}\naliyun.oss.accessKeySecret={awssecret}\n"
    "aliyun.oss.bucket=prod-assets\naliyun.sms.signName=云帆科技",

    "腾讯云 SDK 调用报 AuthFailure.SignatureFailure，代码：\ncred = credential.Credential(\"{tcid}\", \"{tckey}\")\n"
    "client = cvm_client.CvmClient(cred, \"ap-guangzhou\")",

    "这段 MyBatis 日志里的参数是什么意思：\n==>  Preparing: INSERT INTO t_user(name, mobile, id_card) VALUES (?, ?, ?)\n"
    "==> Parameters: {cname}(String), {cnphone:nosp}(String), {cnid}(String)\n<==    Updates: 1",

    "redis.conf 里写了 requirepass {gpwd} 和 bind {lanip}，为什么外网还是连不上？要改哪里",

    "Jenkinsfile 这样写有什么问题：\nstage('deploy') {\n  sh \"docker login -u admin -p {gpwd} "
    "registry.cn-hangzhou.aliyuncs.com\"\n"
    "  sh \"ssh root@{ip} 'systemctl restart app'\"\n}",

    ".gitlab-ci.yml 这样放变量合适吗？\nvariables:\n  DINGTALK_TOKEN: \"{hexkey}\"\n  DEPLOY_HOST: \"{ip}\"\n"
    "  DEPLOY_PASS: \"{gpwd}\"",

    "frpc.ini 配好了还是连不上服务端：\n[common]\nserver_addr = {ip}\nserver_port = 7000\ntoken = {gpwd}\n\n[ssh]\n"
    "type = tcp\nlocal_ip = {lanip}\nlocal_port = 22\nremote_port = 6000",

    "Clash 配置导入后节点全超时，帮我看看：\nproxies:\n  - name: hk01\n    type: ss\n    server: {ip}\n    port: 8388\n"
    "    cipher: aes-256-gcm\n    password: {gpwd}",

    "宝塔面板装好了，登录信息如下，帮我写个安全加固清单：\n外网面板地址: http://{ip}:8888/a1b2c3d4\n内网面板地址: "
    "http://{lanip}:8888/a1b2c3d4\nusername: admin\npassword: {gpwd}",

    "埋点日志里有这些字段，哪些要脱敏？\n{\"event\":\"order_submit\",\"uid\":88213,\"phone\":\"{cnphone}\",\"receiver\":"
    "\"{cname}\",\"addr\":\"{gcnaddr}\",\"ip\":\"{ip}\",\"ua\":\"Mozilla/5.0\"}",

    "我爬下来的数据黏在一起了，帮我拆成表格：姓名：{cname}电话：{cnphone}地址：{gcnaddr}姓名：{gcname}电话：{cnphone_2}地址：{gcnaddr_2}",

    "风控命中日志帮我解释一下：\n[{ts}] RISK hit rule=R107 user_id=102938 id_card={cnid} bank_card={cnacct} "
    "device_ip={gip6} score=87",

    "Excel 里用 MID 从身份证号取出生日期，这一行为什么出错：A2 是 {cnid}，B2 =TEXT(MID(A2,7,8),\"0000-00-00\")",

    "pandas 读这个 CSV 身份证号后几位变成 000 了，怎么办？\nname,id_card,phone\n{cname},{cnid},{cnphone}\n{gcname},{cnid_2},"
    "{cnphone_2}",

    "localStorage 里这样存合适吗？\nuserInfo: {\"nickName\":\"小鱼\",\"realName\":\"{cname}\",\"mobile\":\"{cnphone}\","
    "\"token\":\"{jwt}\"}",

    "阿里云 OSS 上传报 403：\nauth = oss2.Auth('{aliak}', '{awssecret}')\nbucket = oss2.Bucket(auth, 'https://oss-cn-"
    "hangzhou.aliyuncs.com', 'prod-assets')",

    "飞书机器人发不出消息，webhook 是 https://open.feishu.cn/open-apis/bot/v2/hook/{hookid} ，要不要加签？",

    "企业微信群机器人地址 https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key={hookid} 被同事贴到公开文档了，怎么作废？",

    "帮我把这条测试数据改成脱敏后的：INSERT INTO member VALUES (1, '{cname}', '{cnphone}', '{cnid}', '{gcnaddr}');",

    "家长群消息帮我回一下：\n【三(2)班 {cname}妈妈】明天春游大巴几点出发？我家在{gcnaddr}，能顺路接一下吗\n【班主任】8点校门口集合\n"
    "【{gcname}爸爸】我手机{cnphone}，顺路的话我可以接",

    "闲鱼买家发的，我是不是遇到骗子了？\n买家：宝贝还在吗，我拍了\n我：在的\n买家：你把收款卡号和姓名发我，我让客服给你打款\n"
    "我：{cnacct}，{cname}\n买家：好的，稍后会有客服加你",

    "淘宝客服聊天记录帮我总结：\n买家：地址写错了，改成{gcnaddr}，收件人{cname}，电话{cnphone:nosp}\n客服：亲，已经为您修改好了哦~",

    "抖音评论区有人把我的手机号{cnphone}和住址{gcnaddr}发出来了，我叫{cname}，怎么投诉让平台删掉？",

    "帮我把知乎提问写清楚：同事{cname}拿我的身份证号{cnid}注册了网贷，现在催收打到我手机{cnphone}上，我该怎么办？",

    "钉钉打卡显示我在{ggps}，但我人就在公司，考勤记了异常，帮我写个申诉说明。我叫{cname}，工号无所谓。",

    "朋友发来一个位置链接：https://uri.amap.com/marker?position={lnglat}&name=我家，这是哪里？能导航过去吗",

    "PTT 租屋版的文章幫我潤飾：【出租】{gtwaddr} 套房，房東{tname}，電話{twphone}，限女性，可養貓",

    "幫我覆呢個WhatsApp：“{hkname}呀，我聽日去{hkaddr}搵你，我新電話係{hkphone}，記得save低”",

    "Boss 让我把 onboarding 资料发给 HR，帮我写个 email：new hire {pyname}，passport {cnpassport}，DOB {gdob}，"
    "personal email {gemail}，bank account {cnacct}",

    "收到阿里云告警说 AccessKey {aliak} 在 GitHub 上泄露了，应该按什么顺序处理？",

    "帮我写 GitHub issue 的复现步骤：\n1. 用账号 {gemail} 登录\n2. 上传身份证，号码 {cnid}\n3. 页面报错 500\n环境：{version}",

    "Postman 请求头 Authorization: Bearer {jwt}，body 是 {\"mobile\":\"{cnphone}\",\"name\":\"{cname}\"}，为什么返回 401？",

    "docker run -e MYSQL_ROOT_PASSWORD={gpwd} -p 3306:3306 mysql:8 启动后，本机能连，{ip} 远程连不上，防火墙已经开了",

    "Ingress 加了白名单以后我自己也访问不了：nginx.ingress.kubernetes.io/whitelist-source-range: \"{ip}/32,{ip_2}/32\"",

    "grep 出来这几行，哪个 IP 在撞库？\n{ts} login fail mobile={cnphone} ip={ip}\n{ts_2} login fail mobile={cnphone_2} "
    "ip={ip}\n{ts_3} login ok mobile={cnphone_3} ip={ip_2}",

    "银联代付接口的请求报文哪里不对：\n<accNo>{cnacct:nosp}</accNo>\n<customerNm>{cname}</customerNm>\n<certifId>{cnid}"
    "</certifId>\n<phoneNo>{cnphone:nosp}</phoneNo>",

    "车联网平台上报的 JSON 帮我解析：{\"vin\":\"{gvin}\",\"plate\":\"{gcnplate}\",\"gps\":\"{ggps}\",\"owner_mobile\":"
    "\"{gcnphone}\",\"speed\":42}",

    "飞书多维表格 API 返回这个，怎么转成 Excel？\n{\"fields\":{\"姓名\":\"{cname}\",\"手机号\":\"{cnphone}\",\"车牌\":"
    "\"{cnplate}\",\"身份证\":\"{cnid}\"}}",

    "日志里打印了 User{name='{cname}', idCard='{cnid}', bankCard='{cnacct}', mobile='{cnphone}'}，用 Lombok 怎么排除这些字段？",

    "这个身份证正则在这几个号码上结果不对：{cnid}、{cnid_2}、{cnid:fw}，全角的怎么处理？",

    "微信里我妈发的：“你二姨家新地址{gcnaddr}，她手机换成{gcnphone}了，过年记得寄点东西”，帮我存成通讯录格式",

    "我用 Python 给客户群发短信，号码表是这样的，怎么去重？\n{cnphone}\n{gcnphone}\n{cnphone}\n{cnphone_2}",

    "帮我写个 SQL，把这张表里的手机号中间四位打码：\n| id | name | mobile |\n| 1 | {cname} | {cnphone:nosp} |\n| 2 | {gcname} | "
    "{cnphone_2:nosp} |",

    "app 崩溃日志里怎么会有这些？\nE/OrderActivity: submit failed, receiver={cname}, tel={cnphone}, addr={gcnaddr}\n"
    "E/OrderActivity: at com.shop.order.Submit.run(Submit.kt:88)",

    "美团订单截图识别出来是这样，帮我看看地址对不对：\n订单号 {mtorder}\n送达地址 {gcnaddr}\n{cname}(先生) {cnphone}\n备注：不要辣",

    "这个阿里云 RAM 子账号的登录信息被同事发到群里了：登录名 dev-ops，密码 {gpwd}，AccessKey {aliak}，"
    "要怎么补救？",

    "台胞回乡前帮我确认一下資料：姓名{tname}，台灣身分證{twid}，手機{twphone}，大陸住址{gcnaddr}",

    "网站后台被人拖库了，泄露样本里有这些：{cname}|{cnphone}|{cnid}|{gemail}，我要怎么通知用户？",

    "帮我把这段代码里硬编码的东西改成读环境变量：\nSMS_KEY = \"{tckey}\"\nADMIN_PHONE = \"{gcnphone}\"\nDB_URL = "
    "\"mysql://root:{gpwd}@{lanip}:3306/app\"",

    "港车北上预约信息帮我核对：车牌{gzplate}，车主{hkname}，回乡证上的香港身份证{hkid}，电话{hkphone}",

    "帮我写个 Shell 脚本，每天把 {ip} 的日志拉下来，服务器密码是 {gpwd}，用户名 ops",

    "这是我在小程序里填的收货信息，提交时提示“地址过长”：\n收货人：{gcname}\n手机：{gcnphone}\n详细地址：{gcnaddr}",

    "二手车合同里车辆信息帮我核对：车架号{gvin}，车牌{cnplate}，卖方{cname}，身份证{cnid}，成交价{cnamount}",

    "信用卡账单分期怎么算利息？卡号{gcard}，持卡人{cname}，本期应还{cnamount}，分12期",

    "这张卡{card}在境外被盗刷了三笔，我叫{cname}，手机{cnphone}，应该先冻结还是先报警？",

    "帮我把这段通话整理成投诉信：客服问我卡号，我说了{gcard:nosp}，又让我报身份证后六位，我觉得不对劲。我叫{gcname}。",

    "4S店保养单：车架号{gvin}，车牌{gcnplate}，车主{cname}，电话{cnphone}，里程 35210 公里，这次要换哪些东西？",

    "汽车金融合同帮我看看：借款人{cname}，车架号{vin}，还款卡{cnacct}，信用卡{card}作为备用扣款，月供{cnamount}",
]
