"""Street addresses for corpus G (``bench/pii_corpus_g.py``) in forms corpus F does not write:
Italian (``Via …, 20121 Milano MI``), Brazilian (``Rua …, 1500, apto 42 - Bairro, São Paulo - SP,
01304-001``), Canadian, Australian, Indian, Irish (Eircode) and Polish addresses; mainland
addresses with the province, rural addresses down to the village group, addresses with spaces
between their parts as shopping apps print them; Taiwan addresses with 里 and 鄰.
"""

from __future__ import annotations

from bench.pii_corpus_f_values import Ctx

IT_CITIES = (("Milano", "MI", "201"), ("Torino", "TO", "101"), ("Bologna", "BO", "401"), ("Firenze", "FI", "501"),
             ("Napoli", "NA", "801"), ("Padova", "PD", "351"), ("Verona", "VR", "371"), ("Bari", "BA", "701"))
IT_STREETS = ("Via Giuseppe Verdi", "Via Roma", "Corso Vittorio Emanuele II", "Via dei Mille", "Viale Monza",
              "Via Nazionale", "Piazza Garibaldi", "Via San Donato", "Via Po", "Corso Buenos Aires")
BR_PLACES = (("São Paulo", "SP", "Consolação", "Rua Augusta"), ("São Paulo", "SP", "Pinheiros", "Rua dos Pinheiros"),
             ("Rio de Janeiro", "RJ", "Copacabana", "Rua Barata Ribeiro"),
             ("Belo Horizonte", "MG", "Savassi", "Rua Pernambuco"), ("Curitiba", "PR", "Batel", "Avenida do Batel"),
             ("Porto Alegre", "RS", "Moinhos de Vento", "Rua Padre Chagas"),
             ("Recife", "PE", "Boa Viagem", "Avenida Conselheiro Aguiar"))
CA_PLACES = (("Toronto", "ON", "M"), ("Ottawa", "ON", "K"), ("Vancouver", "BC", "V"), ("Montréal", "QC", "H"),
             ("Calgary", "AB", "T"), ("Halifax", "NS", "B"), ("Winnipeg", "MB", "R"))
CA_STREETS = ("Queen St W", "Bloor St E", "Rue Sainte-Catherine O", "Commercial Dr", "Spring Garden Rd", "Elgin St",
              "17 Ave SW", "Corydon Ave", "Rue Saint-Denis", "Dundas St W")
AU_PLACES = (("Brunswick", "VIC", "3056"), ("Carlton", "VIC", "3053"), ("Surry Hills", "NSW", "2010"),
             ("Glebe", "NSW", "2037"), ("West End", "QLD", "4101"), ("Fremantle", "WA", "6160"),
             ("Norwood", "SA", "5067"))
IN_PLACES = (("Sector 62", "Noida", "Uttar Pradesh", "2013"), ("Salt Lake Sector V", "Kolkata", "West Bengal", "7000"),
             ("Anna Nagar", "Chennai", "Tamil Nadu", "6000"), ("Vastrapur", "Ahmedabad", "Gujarat", "3800"),
             ("HSR Layout", "Bengaluru", "Karnataka", "5601"), ("Gachibowli", "Hyderabad", "Telangana", "5000"))
IE_PLACES = (("Rathmines", "Dublin 6", "D06"), ("Drumcondra", "Dublin 9", "D09"), ("Ballincollig", "Co. Cork", "P31"),
             ("Salthill", "Galway", "H91"), ("Castletroy", "Limerick", "V94"))
PL_CITIES = (("Warszawa", "00"), ("Kraków", "30"), ("Wrocław", "50"), ("Gdańsk", "80"), ("Poznań", "60"))
PL_STREETS = ("Marszałkowska", "Długa", "Piotrkowska", "Floriańska", "Świętojańska", "Grunwaldzka")
UPPER = "ACDEFHKNPRTVWXY"


def it_address(ctx: Ctx) -> str:
    city, prov, cap = ctx.pick(IT_CITIES)
    num = ctx.rng.randrange(1, 220)
    code = cap + ctx.digits(2)
    street = ctx.pick(IT_STREETS)
    return ctx.pick((f"{street} {num}, {code} {city} {prov}", f"{street}, {num} - {code} {city} ({prov})",
                     f"{street} {num}/{ctx.pick('ABC')}, {code} {city}"))


def br_address(ctx: Ctx) -> str:
    city, uf, bairro, street = ctx.pick(BR_PLACES)
    cep = f"{ctx.digits(5, '0123489')}-{ctx.digits(3)}"
    unit = ctx.pick(("", f", apto {ctx.rng.randrange(11, 1802)}", f", casa {ctx.rng.randrange(1, 4)}"))
    return f"{street}, {ctx.rng.randrange(10, 3200)}{unit} - {bairro}, {city} - {uf}, {cep}"


def ca_address(ctx: Ctx) -> str:
    city, prov, first = ctx.pick(CA_PLACES)
    code = f"{first}{ctx.digits(1)}{ctx.pick(UPPER)} {ctx.digits(1)}{ctx.pick(UPPER)}{ctx.digits(1)}"
    unit = ctx.pick(("", f"Unit {ctx.rng.randrange(101, 2908)}, ", f"{ctx.rng.randrange(101, 2908)}-"))
    return f"{unit}{ctx.rng.randrange(10, 2400)} {ctx.pick(CA_STREETS)}, {city}, {prov} {code}"


def au_address(ctx: Ctx) -> str:
    suburb, state, code = ctx.pick(AU_PLACES)
    street = f"{ctx.faker('en_AU').last_name()} {ctx.pick(('Street', 'Road', 'Parade', 'Terrace', 'Crescent'))}"
    unit = ctx.pick(("", f"Unit {ctx.rng.randrange(1, 30)}, ", f"{ctx.rng.randrange(1, 30)}/"))
    return f"{unit}{ctx.rng.randrange(1, 400)} {street}, {suburb} {state} {code}"


def in_address(ctx: Ctx) -> str:
    area, city, state, pin = ctx.pick(IN_PLACES)
    flat = f"{ctx.pick('ABCD')}-{ctx.rng.randrange(1, 14)}0{ctx.rng.randrange(1, 9)}"
    block = ctx.pick(("Sunshine Apartments", "Green Park Residency", "Shanti Niwas", "Lotus Towers", "Orchid Enclave"))
    return f"{flat}, {block}, {area}, {city}, {state} {pin}{ctx.digits(2)}"


def ie_address(ctx: Ctx) -> str:
    area, town, key = ctx.pick(IE_PLACES)
    street = f"{ctx.pick(('Grove', 'Oakley', 'Castle', 'Church', 'Willow'))} {ctx.pick(('Park', 'Road', 'Close'))}"
    eircode = f"{key} {ctx.pick(UPPER)}{ctx.digits(1)}{ctx.pick(UPPER)}{ctx.digits(1)}"
    return f"{ctx.rng.randrange(1, 120)} {street}, {area}, {town}, {eircode}"


def pl_address(ctx: Ctx) -> str:
    city, stem = ctx.pick(PL_CITIES)
    flat = ctx.pick(("", f" m. {ctx.rng.randrange(1, 80)}", f"/{ctx.rng.randrange(1, 80)}"))
    return f"ul. {ctx.pick(PL_STREETS)} {ctx.rng.randrange(1, 160)}{flat}, {stem}-{ctx.digits(3)} {city}"


def world_address(ctx: Ctx) -> str:
    maker = ctx.pick((it_address, br_address, ca_address, au_address, in_address, ie_address, pl_address))
    return maker(ctx)


PROVINCES = (("浙江省", "杭州市", "西湖区", ("文三路", "天目山路", "古墩路")), ("江苏省", "南京市", "建邺区", ("江东中路", "应天大街")),
             ("广东省", "深圳市", "南山区", ("科技园南路", "南海大道", "桃园路")), ("四川省", "成都市", "武侯区", ("科华北路", "一环路南三段")),
             ("湖北省", "武汉市", "洪山区", ("珞喻路", "雄楚大道")), ("山东省", "济南市", "历下区", ("经十路", "泉城路")),
             ("福建省", "福州市", "鼓楼区", ("五四路", "杨桥中路")), ("河南省", "郑州市", "金水区", ("花园路", "农业路")),
             ("湖南省", "长沙市", "开福区", ("芙蓉中路一段", "湘江中路")), ("辽宁省", "沈阳市", "和平区", ("南京北街", "三好街")),
             ("安徽省", "合肥市", "蜀山区", ("长江西路", "黄山路")), ("陕西省", "西安市", "雁塔区", ("小寨西路", "科技路")))
ESTATES = ("金色家园", "枫林湾", "东方明珠花园", "美的君兰", "融创玖樟台", "中海国际社区", "世纪城", "丽景湾", "翡翠城", "春江花月")
RURAL = (("河南省", "周口市", "郸城县", "宜路镇", "王庄村"), ("安徽省", "阜阳市", "临泉县", "迎仙镇", "李楼村"),
         ("四川省", "南充市", "仪陇县", "马鞍镇", "石佛村"), ("湖南省", "邵阳市", "隆回县", "桃洪镇", "沙坪村"),
         ("山东省", "菏泽市", "曹县", "大集镇", "丁楼村"), ("江西省", "赣州市", "于都县", "贡江镇", "长征村"))


def cn_address_g(ctx: Ctx) -> str:
    """A mainland address from the province down, a rural one, or one with spaces between parts."""
    r = ctx.rng.randrange
    roll = ctx.rng.random()
    if roll < 0.25:
        prov, city, county, town, village = ctx.pick(RURAL)
        return f"{prov}{city}{county}{town}{village}{ctx.pick('一二三四五六七八')}组{r(1, 90)}号"
    prov, city, district, roads = ctx.pick(PROVINCES)
    estate = ctx.pick(ESTATES)
    unit = ctx.pick((f"{estate}{r(1, 40)}幢{r(1, 5)}单元{r(2, 32)}0{r(1, 6)}室",
                     f"{estate}{r(1, 20)}-{r(1, 3)}-{r(1, 30)}0{r(1, 4)}",
                     f"{estate}{ctx.pick('东南西北')}区{r(1, 30)}栋{r(101, 3206)}"))
    parts = [prov, city, district, f"{ctx.pick(roads)}{r(1, 999)}号", unit]
    if roll < 0.45:
        return " ".join(parts)
    if roll < 0.65:
        parts = parts[1:]
    return "".join(parts)


TW_AREAS = (("臺中市", "北屯區", "松竹里", "松竹路二段"), ("臺北市", "中山區", "中庄里", "民生東路三段"),
            ("新北市", "三重區", "福德里", "重新路四段"), ("高雄市", "三民區", "德智里", "建工路"), ("桃園市", "桃園區", "中興里", "中正路"),
            ("臺南市", "北區", "大興里", "西門路三段"))


def tw_address_g(ctx: Ctx) -> str:
    """A Taiwan address with its village (里) and neighbourhood (鄰), as household papers have it."""
    city, district, li, road = ctx.pick(TW_AREAS)
    r = ctx.rng.randrange
    lane = ctx.pick(("", f"{r(2, 400)}巷", f"{r(2, 400)}巷{r(1, 30)}弄"))
    floor = ctx.pick(("", f"{r(2, 20)}樓", f"{r(2, 15)}樓之{r(1, 8)}"))
    return f"{city}{district}{li}{r(1, 30)}鄰{road}{lane}{r(1, 300)}號{floor}"
