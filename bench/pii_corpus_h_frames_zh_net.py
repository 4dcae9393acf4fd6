"""Chinese frames of corpus H (``bench/pii_corpus_h.py``) from engineering work and apps: Spring
configs for 达梦, 人大金仓, OceanBase and TiDB, Flink SQL DDL, DataX jobs, ClickHouse and Doris
connections, Dockerfiles and docker-compose, k8s Secrets, shell history with ``mysql -p`` and
``redis-cli -a``, WeChat Pay API v3 and 企业微信 settings, 七牛, 华为云, 火山引擎 and DashScope keys, 百度
and 高德 map calls with a user's point, Hibernate parameter logs, SQL dumps with Chinese comments,
Excel formulas, Jupyter output, ELK JSON, 北斗 NMEA, CSV with ``|``, tabs and full-width commas,
飞书多维表格 and markdown tables, Korean HR CSV, 企业微信 chats, 跑腿 and 代驾 orders, and 网约车 trip JSON
with latitude and longitude apart.
"""

from __future__ import annotations

ZH_NET: list[str] = [
    "这个 application.yml 连达梦数据库一直报错，帮我看看：\nspring:\n  datasource:\n    url: jdbc:dm://{lanip}:5236/"
    "HR\n    username: SYSDBA\n    password: {hpwd}",

    "人大金仓的连接串这样写对吗？\njdbc:kingbase8://{lanip}:54321/test?user=system&password={urlpwd}",

    "OceanBase 和 TiDB 的配置能合成一个 profile 吗？\nob.url=jdbc:oceanbase://{lanip}:2881/trade\nob.password={hpwd}\n"
    "tidb.dsn=root:{urlpwd}@tcp({lanip_2}:4000)/report",

    "Flink SQL 建表报错 Could not find any factory，DDL 如下：\nCREATE TABLE orders (...) WITH (\n  'connector' = 'jdbc',\n"
    "  'url' = 'jdbc:mysql://{lanip}:3306/shop',\n  'username' = 'flink',\n  'password' = '{hpwd}'\n);",

    "DataX 任务跑不起来，帮我看下 json：\n{\"reader\":{\"name\":\"mysqlreader\",\"parameter\":{\"username\":\"etl\",\"password\":"
    "\"{hpwd}\",\"connection\":[{\"jdbcUrl\":[\"jdbc:mysql://{lanip}:3306/crm\"]}]}}}",

    "ClickHouse 和 Doris 的连接信息帮我写进 .env：ck 是 default / {urlpwd}，地址 {lanip}:8123；doris 是 root / "
    "{urlpwd_2}，地址 {lanip_2}:9030",

    "这个 Dockerfile 有安全问题吗？\nFROM node:20\nENV DASHSCOPE_API_KEY={cnkey}\nENV QINIU_SECRET_KEY={cnkey_2}\nRUN npm ci",

    "docker-compose 起 MySQL 总是 Access denied：\nservices:\n  db:\n    image: mysql:8\n    environment:\n      "
    "MYSQL_ROOT_PASSWORD: {hpwd}\n      MYSQL_PASSWORD: \"{hpwd_2}\"",

    "k8s Secret 用 stringData 写明文可以吗？\napiVersion: v1\nkind: Secret\nstringData:\n  WECHAT_PAY_APIV3_KEY: "
    "{cnkey}\n  REDIS_PASSWORD: {hpwd}",

    "帮我解释一下这几条命令干了啥（从 .bash_history 里翻出来的）：\n  88  mysql -uroot -p{hpwd} -h{lanip}\n  89  redis-cli "
    "-h {lanip_2} -a '{hpwd_2}' keys '*'\n  90  ssh root@{pubip}",

    "微信支付 V3 的配置帮我检查：\nwxpay:\n  mch-id: 16{build}\n  api-v3-key: {cnkey}\n  merchant-serial-number: {sha}\n"
    "  private-key-path: /etc/cert/apiclient_key.pem",

    "企业微信的 corpsecret 放在配置中心安全吗？\nqywx.corpid=ww{sha}\nqywx.corpsecret={cnkey}\nqywx.agentid=1000002",

    "华为云 OBS 上传报 403，AK/SK 是这样配的：\nobs:\n  ak: {cnkey}\n  sk: {cnkey_2}\n  endpoint: obs.cn-south-1."
    "myhuaweicloud.com",

    "火山引擎的 SDK 初始化这样写对吗？\nclient = Client(ak=\"{cnkey}\", sk=\"{cnkey_2}\")",

    "百度地图逆地理编码返回 240，请求是：\nhttps://api.map.baidu.com/reverse_geocoding/v3/?ak={cnkey}&output=json&location="
    "{coord}",

    "高德逆地理编码的参数帮我检查一下：\nhttps://restapi.amap.com/v3/geocode/regeo?key={cnkey}&location={lnglat}&radius=100",

    "这段 Hibernate 日志能看出哪个字段超长了吗？\nbinding parameter [1] as [VARCHAR] - [{hcname}]\nbinding parameter [2] as "
    "[VARCHAR] - [{hcnid}]\nbinding parameter [3] as [VARCHAR] - [{hcnaddr}]",

    "这个 SQL 导出文件导入时报乱码：\nINSERT INTO `t_member` (`name`,`id_card`,`mobile`,`addr`) VALUES ('{hcname}','{hcnid}',"
    "'{hcnphone}','{hcnaddr}'); -- 会员信息",

    "Excel 里用 =MID(B2,7,8) 从身份证提取生日，为什么 B3 出错？\nA2 {hcname}  B2 {hcnid}\nA3 {cname}  B3 {hcnid_2}",

    "这个公式为什么返回 #N/A？=VLOOKUP(\"{hcname}\",员工表!A:F,4,FALSE)，员工表里那行是：{hcname}｜{hcnphone}｜{cndebit}｜{hcnaddr}",

    "Jupyter 里 df.head() 是这样的，出生日期那列怎么转成 datetime？\n   姓名    出生日期        手机号\n0  {hcname}  {hdob}  "
    "{hcnphone}\n1  {cname}  {hdob_2}  {cnphone}",

    "ELK 里这条日志为什么没被脱敏？\n{\"@timestamp\":\"{ts}\",\"level\":\"INFO\",\"msg\":\"用户登录\",\"mobile\":\"{hcnphone}\","
    "\"client_ip\":\"{pubip}\",\"idCard\":\"{hcnid}\"}",

    "北斗模块输出的这一行怎么解析成经纬度？\n$GNRMC,021530.00,A,{nmea},0.12,,180325,,,A*7C",

    "竖线分隔的 CSV 导进 MySQL 报错：\n姓名|身份证|银行卡|开户行\n{hcname}|{hcnid}|{cndebit}|{cnbank}\n{cname}|{cnid}|{cnac}|"
    "{cnbank_2}",

    "这份用全角逗号分隔的名单怎么用 Python 读？\n{hcname}，{hcnphone}，{hcnaddr}\n{cname}，{cnphone}，{gcnaddr}",

    "制表符分隔的文件，帮我写个 awk 取第三列：\n{hcname}\t{hcnplate}\t{hvin}\t{hcnphone}",

    "飞书多维表格导出的数据，帮我找出重复的人：\n| 姓名 | 手机 | 证件号 |\n| {hcname} | {hcnphone} | {gatid} |\n| {hcname} | "
    "{hcnphone} | {gatid} |\n| {cname} | {cnphone} | {htwid} |",

    "网约车的行程 JSON，上车点坐标怎么在地图上显示？\n{\"order_id\":\"{order}\",\"driver\":\"{cname}\",\"plate\":\""
    "{hcnplate}\",\"pickup_lat\":{lat},\"pickup_lng\":{lng},\"passenger_phone\":\"{hcnphone}\"}",

    "跑腿订单帮我写个取件备注：到{hcnaddr}找{hcname}取文件，电话{hcnphone}，送到{cncompany}前台。",

    "代驾司机发来的消息：“老板我到了，在{hcnaddr}门口，车牌{hcnplate}对吧？打你{hcnphone}没接”",

    "同事在企业微信里发了这个，帮我看有没有问题：\n【{cname}】测试环境数据库：{lanip}:3306 root / {hpwd}，用完记得改密码",

    "钉钉群里有人把这个贴出来了，需要马上处理吗？\n小程序 AppSecret：{cnkey}\nAppID：wx{sha}",

    "这个 Python 脚本调七牛上传失败：\nq = Auth('{cnkey}', '{cnkey_2}')\ntoken = q.upload_token('bucket-prod')",

    "帮我检查这个 nacos 配置里的敏感信息：\nspring.redis.password={hpwd}\naliyun.sms.access-key-secret={tckey}\n"
    "spring.datasource.url=jdbc:mysql://{lanip}:3306/order",

    "后端返回的用户信息，前端该怎么脱敏展示？\n{\"name\":\"{hcname}\",\"idNo\":\"{hcnid}\",\"bankCard\":\"{cndebit}\","
    "\"birthday\":\"{hdob}\",\"address\":\"{hcnaddr}\"}",

    "这段 Java toString 打到日志里了：User{id={build}, name='{hcname}', phone='{hcnphone}', idCard='{hcnid}'}，要怎么改",

    "小程序埋点里带了用户定位，合规吗？\n{\"event\":\"store_view\",\"uid\":{build},\"loc\":\"{coord}\",\"phone\":\"{hcnphone}\"}",

    "帮我看看这个 crontab 备份脚本有没有泄露密码：\n0 3 * * * mysqldump -h{lanip} -uroot -p'{hpwd}' shop | gzip > /bak/shop.gz",

    "Redis 里存的会话数据，帮我解析：\n\"session:{uuid}\" -> {\"userName\":\"{hcname}\",\"mobile\":\"{hcnphone}\","
    "\"lastIp\":\"{pubip}\"}",

    "MongoDB 查询结果帮我转成表格：\n{ _id: ObjectId(\"{oid}\"), name: \"{hcname}\", idCard: \"{hcnid}\", plate: "
    "\"{hcnplate}\" }",

    "这份微信导出的聊天记录，帮我整理成工作交接文档：\n{cname} {cntime}\n客户的卡号是{cndebit}，开户行{cnbank}，明天打款\n"
    "{hcname} {cntime_2}\n好的，客户手机{hcnphone}",

    "日志里打印了护照号，看看是哪个接口：\n{ts} [http-nio-8080-exec-3] INFO VisaController - apply passport={cnpassport:lo}, "
    "name={hpyname}, birth={isodob}",

    "这段爬虫抓下来的数据没有分隔符，帮我拆成姓名、电话、地址：\n{hcname}{hcnphone}{hcnaddr}",

    "Postman 的环境变量导出了，这几个要删掉吗？\n{\"key\":\"baidu_ak\",\"value\":\"{cnkey}\"},{\"key\":\"db_pwd\","
    "\"value\":\"{hpwd}\"}",

    "帮我写个正则校验港澳台居民居住证号码，测试数据：{gatid}（{hkname}）",

    "Spring Boot 启动时打印了配置，帮我看哪些该屏蔽：\nspring.mail.username={hemail}\nspring.mail.password={hpwd}\n"
    "dashscope.api-key={cnkey}",

    "这个接口返回的 JSON 里经纬度是分开的，前端地图显示反了：\n{\"shop\":\"{cncompany}\",\"courier\":\"{hcname}\","
    "\"longitude\":{lng},\"latitude\":{lat}}",

    "帮我把这段 GPS 轨迹的第一个点转成度分秒：{coord}，是我家附近（{hcnaddr}）",

    "寻人启事的定位信息帮我核实：走失人员{hcname}，{yeardob}生，最后出现在{cndms}附近，家属电话{hcnphone}",

    "这个 curl 命令调阿里云短信，签名一直不对：\ncurl 'https://dysmsapi.aliyuncs.com/?PhoneNumbers={cnphone:nosp}"
    "&AccessKeyId={aliak}&Signature=...'",

    "App 崩溃日志里有用户信息，帮我看看哪些需要打码：\nFatal: NullPointerException at PayActivity\nuserInfo={name={hcname}, "
    "card={cndebit}, lat={lat}, lng={lng}}",

    "帮我把这几条 Excel 数据的日期格式统一：\n{hcname}  {hdob}\n{cname}  {hdob_2}\n{gcname}  {jpdob}",

    "GitLab CI 的变量写死在 .gitlab-ci.yml 里了：\nvariables:\n  HUAWEI_SK: \"{cnkey}\"\n  DB_PASS: \"{hpwd}\"\n  "
    "DEPLOY_HOST: {pubip}",

    "这个 HTTP 请求头里带了什么？\nPOST /api/order HTTP/1.1\nX-Real-IP: {pubip}\nAuthorization: Bearer {jwt}\n\n"
    "{\"receiver\":\"{hcname}\",\"tel\":\"{hcnphone}\"}",

    "帮我把这个 MyCat/ShardingSphere 的配置改成加密存储密码：\ndataSources:\n  ds_0:\n    url: jdbc:mysql://{lanip}:3306/"
    "order_0\n    password: {hpwd}",

    "群里的接龙被机器人转成了 JSON，帮我还原成文字：\n[{\"序号\":1,\"姓名\":\"{hcname}\",\"电话\":\"{hcnphone}\"},"
    "{\"序号\":2,\"姓名\":\"{cname}\",\"电话\":\"{cnphone}\"}]",

    "这段 markdown 表格渲染不出来，帮我修一下：\n| 姓名 | 证件号 | 银行卡 |\n|--|--|--|\n| {hcname} | {hcnid} | {cndebit:zw} |\n"
    "| {cname} | {gatid} | {cnac} |",

    "韩国分公司发来的员工数据，帮我转成 JSON：\n이름,주민등록번호,차량번호,전화\n{krhname},{rrn},{krplate},{krphone}",
]
