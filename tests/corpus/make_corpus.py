#!/usr/bin/env python3
"""Writes tests/corpus/registrations.jsonl: a labelled corpus of registrations.

Each line: {"id", "category", "clean": bool, "expect": [rule ids that must report it], "record": {...}}.
Violating records cover every checkable article, written in simplified and traditional Chinese, in
English, and in forms meant to slip past a filter. Clean records are ordinary filings (trade names
drawn from ../shared/data/company-short-names.txt) and false friends that look close to a banned
term. Run from the repository root; the output is committed, so the tests need no Python.
"""
import json
import random
from pathlib import Path

rng = random.Random(20260206)
ROOT = Path(__file__).resolve().parents[2]
NAMES = [n.strip() for n in (ROOT.parent / "shared/data/company-short-names.txt").read_text(encoding="utf-8").splitlines()]
# Trade names redline itself reports (币圈, 以太坊, 币安, 火币, 通证) are not ordinary filings.
NAMES = [n for n in NAMES if n and not any(t in n for t in ["币", "以太", "通证", "链", "矿", "加密", "虚拟"])]

CITIES = ["北京市", "上海市", "深圳市", "广州市", "杭州市", "成都市", "武汉市", "南京市", "苏州市", "天津市",
          "重庆市", "西安市", "厦门市", "青岛市", "长沙市", "合肥市", "郑州市", "济南市", "福州市", "昆明市"]
INDUSTRIES = ["科技", "信息技术", "网络科技", "数据科技", "软件", "商贸", "贸易", "投资管理", "咨询", "文化传媒",
              "电子商务", "供应链管理", "智能科技", "实业", "企业管理"]
FORMS = ["有限公司", "有限责任公司", "股份有限公司"]
CITY_EN = {"北京市": "Beijing", "上海市": "Shanghai", "深圳市": "Shenzhen", "广州市": "Guangzhou", "杭州市": "Hangzhou",
           "成都市": "Chengdu", "武汉市": "Wuhan", "南京市": "Nanjing", "苏州市": "Suzhou", "天津市": "Tianjin",
           "重庆市": "Chongqing", "西安市": "Xi'an", "厦门市": "Xiamen", "青岛市": "Qingdao", "长沙市": "Changsha",
           "合肥市": "Hefei", "郑州市": "Zhengzhou", "济南市": "Jinan", "福州市": "Fuzhou", "昆明市": "Kunming"}
EN_WORDS = ["Sunrise", "Harbor", "Everbright", "Golden Bridge", "Blue Ocean", "Tianyuan", "Hengtai", "Zhongxin",
            "Longmen", "Huaxia", "Jinqiao", "Yunfan", "Xinghe", "Ruitong", "Baofeng"]

ORDINARY_ITEMS = [
    "软件开发", "信息系统集成服务", "技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广", "数据处理和存储支持服务",
    "互联网数据服务", "计算机软硬件及辅助设备零售", "企业管理咨询", "市场营销策划", "广告设计、代理", "广告发布",
    "会议及展览服务", "货物进出口", "技术进出口", "供应链管理服务", "日用百货销售", "电子产品销售",
    "人工智能应用软件开发", "区块链技术相关软件和服务", "物联网技术服务", "网络与信息安全软件开发", "商用密码产品销售",
    "信息安全设备销售", "云计算装备技术服务", "数字内容制作服务", "数字文化创意软件开发", "财务咨询", "税务服务",
    "以自有资金从事投资活动", "非居住房地产租赁", "物业管理", "餐饮服务", "食品销售", "第二类医疗器械销售",
    "道路货物运输（不含危险货物）", "普通货物仓储服务", "机械设备租赁", "通讯设备销售", "游戏软件设计制作",
    "教育咨询服务", "人力资源服务", "园林绿化工程施工", "建筑装饰材料销售", "汽车零配件零售", "服装服饰零售",
]
FALSE_FRIEND_ITEMS = [
    "虚拟现实设备制造", "虚拟现实技术服务", "通信加密技术开发", "数据加密服务", "加密狗销售", "密码技术服务",
    "数字人民币受理终端销售", "数字人民币应用推广", "以太网交换机销售", "区块链技术服务", "区块链应用软件开发",
    "稳定器销售", "外币兑换咨询", "资产评估", "资产管理服务", "不动产登记代理", "挖掘机销售", "矿山机械制造",
    "智能算力中心运营", "算力托管服务（人工智能训练）", "纪念币销售", "硬币清分设备销售", "皮具钱包销售",
    "人民币安全防伪技术培训", "法定数字货币受理环境建设", "货币专用设备制造", "稳定同位素检测服务", "数据挖掘技术服务",
    "投币式洗衣服务", "邮币卡收藏品零售", "虚拟办公室出租", "游戏厅经营（不含代币兑换）",
]
FALSE_FRIEND_NAMES = [
    "北京虚拟现实技术有限公司", "上海数据加密技术有限公司", "深圳市稳定运营科技有限公司", "天津泰达投资控股有限公司",
    "山东矿机集团股份有限公司", "海通证券股份有限公司", "成都以太网络工程有限公司", "杭州数字人民币应用研究院有限公司",
    "广州加密狗科技有限公司", "北京邮币圈文化传播有限公司", "苏州比特科技有限公司", "武汉算力科技有限公司",
]
FALSE_FRIEND_EN = [
    ("Rwanda Coffee Trading (Shanghai) Co., Ltd.", "coffee import and wholesale"),
    ("Shenzhen Ethernet Solutions Co., Ltd.", "Ethernet switch sales; network engineering"),
    ("Suzhou Tethered Drone Technology Co., Ltd.", "tethered drone manufacturing and sales"),
    ("Beijing Cryptography Consulting Co., Ltd.", "cryptography consulting; information security services"),
    ("Hangzhou Virtual Reality Studio Co., Ltd.", "virtual reality content production"),
    ("Shanghai Stable Isotope Testing Co., Ltd.", "stable isotope testing services"),
    ("Guangzhou Data Mining Analytics Co., Ltd.", "data mining and machine learning services"),
    ("Xiamen Asset Management Co., Ltd.", "asset management; investment consulting"),
    ("Tianjin Card Tokenization Security Co., Ltd.", "payment card data security services"),
    ("Chengdu Coin Laundry Services Co., Ltd.", "coin-operated laundry services"),
    ("Nanjing Blockchain Technology Co., Ltd.", "blockchain technology development; data processing"),
    ("Qingdao Encryption Technology Co., Ltd.", "encryption technology development"),
]

TRAD = str.maketrans("虚拟货币资产稳现实证链发兑换场", "虛擬貨幣資產穩現實證鏈發兌換場")
CYRILLIC = {"a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "A": "А", "E": "Е", "O": "О", "C": "С", "P": "Р", "B": "В", "T": "Т"}


def fullwidth(text):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def cyrillic(text):
    return "".join(CYRILLIC.get(c, c) for c in text)


def spaced(text):
    return " ".join(text) if len(text) < 8 else text.replace(" ", "  ")


def zero_width(text):
    return "\u200b".join(text)


def variant(term):
    """A banned term as a filer might write it."""
    if all(ord(c) < 128 for c in term):
        form = rng.choice(["plain", "upper", "title", "hyphen", "cyrillic", "fullwidth", "dots"])
        return {
            "plain": term,
            "upper": term.upper(),
            "title": term.title(),
            "hyphen": term.replace(" ", "-"),
            "cyrillic": cyrillic(term),
            "fullwidth": fullwidth(term),
            "dots": ".".join(term.replace(" ", "")) if len(term.replace(" ", "")) <= 4 else term.replace(" ", " - "),
        }[form]
    form = rng.choice(["plain", "traditional", "spaced", "zero-width", "plain"])
    return {"plain": term, "traditional": term.translate(TRAD), "spaced": spaced(term), "zero-width": zero_width(term)}[form]


def trade():
    return rng.choice(NAMES)


def company(industry=None):
    return f"{rng.choice(CITIES)}{trade()}{industry or rng.choice(INDUSTRIES)}{rng.choice(FORMS)}"


def english(core):
    return f"{rng.choice(list(CITY_EN.values()))} {rng.choice(EN_WORDS)} {core} Co., Ltd."


def scope(extra=None, n=None):
    items = rng.sample(ORDINARY_ITEMS, n or rng.randint(3, 8))
    if extra:
        items.insert(rng.randint(0, len(items)), extra)
    return "；".join(items)


ZH_TERMS = ["虚拟货币", "虚拟资产", "加密货币", "加密资产", "稳定币", "现实世界资产代币化", "真实世界资产代币化", "虚拟币", "加密币"]
EN_TERMS = ["virtual currency", "virtual assets", "cryptocurrency", "crypto asset", "stablecoin", "stable coin",
            "real-world asset tokenization", "real world asset tokenisation", "RWA", "cryptocurrencies", "crypto-assets"]
VC_NAMES = ["比特币", "以太坊", "泰达币", "USDT", "Bitcoin", "BTC"]

records = []


def add(category, record, expect, clean=False):
    records.append({"id": f"{category}-{sum(1 for r in records if r['category'] == category) + 1:03}",
                    "category": category, "clean": clean, "expect": expect, "record": record})


# ── Violating ───────────────────────────────────────────────────────────────────────────────
for _ in range(14):
    term = variant(rng.choice(ZH_TERMS))
    add("art8-name", {"name": f"{rng.choice(CITIES)}{term}{rng.choice(INDUSTRIES)}{rng.choice(FORMS)}", "business_scope": scope()}, ["name-banned-term"])
for _ in range(11):
    term = variant(rng.choice(EN_TERMS))
    add("art8-name", {"name": company(), "name_en": english(f"{term} Technology"), "business_scope": scope()}, ["name-banned-term"])
for _ in range(14):
    term = variant(rng.choice(ZH_TERMS))
    item = rng.choice([f"{term}技术服务", f"{term}信息咨询", f"{term}托管", f"{term}钱包开发", f"不含{term}相关业务", f"{term}研究"])
    add("art8-scope", {"name": company(), "business_scope": scope(item)}, ["scope-banned-term"])
for _ in range(11):
    term = variant(rng.choice(EN_TERMS))
    items = rng.sample(["software development", "technology consulting", "data processing", "import and export of goods", "enterprise management consulting"], 3)
    items.insert(rng.randint(0, 3), f"{term} advisory")
    add("art8-scope", {"name": company(), "name_en": english("Technology"), "business_scope": "; ".join(items)}, ["scope-banned-term"])
for _ in range(14):
    vc = rng.choice(VC_NAMES + ["虚拟货币", "加密货币"])
    item = rng.choice([f"接受{vc}支付的商品零售", f"以{vc}计价的商品销售", f"{vc}收款服务", f"支持{vc}付款的网上商城"])
    add("vc-as-money", {"name": company("商贸"), "business_scope": scope(item)}, ["vc-as-money", "scope-banned-term"])
for _ in range(18):
    vc = rng.choice(VC_NAMES + ["虚拟货币", "加密资产", "数字加密货币"])
    item = rng.choice([f"{vc}兑换服务", f"{vc}场外交易", f"{vc}交易撮合", f"{vc}合约交易", f"{vc}做市服务", f"{vc}行情报价服务",
                       f"{vc} OTC trading", f"{vc} exchange platform"])
    add("vc-business", {"name": company(), "business_scope": scope(item)}, ["vc-business", "scope-banned-term"])
for _ in range(6):
    item = rng.choice(["首次代币发行（ICO）咨询", "IEO项目孵化", "代币融资服务", "token sale advisory"])
    add("vc-business", {"name": company(), "business_scope": scope(item)}, ["vc-business"])
for _ in range(14):
    item = rng.choice(["离岸人民币稳定币发行", "锚定人民币的稳定币技术服务", "CNH stablecoin issuance", "人民币稳定币跨境结算",
                       "RMB-pegged stablecoin development", "CNHT发行与兑换"])
    add("rmb-stablecoin", {"name": company(), "business_scope": scope(item)}, ["rmb-stablecoin"])
for _ in range(16):
    item = rng.choice(["RWA资产代币化技术服务", "现实世界资产代币化平台运营", "资产代币化发行服务", "RWA tokenization services",
                       "real-world asset tokenisation platform", "不动产资产通证化"])
    add("domestic-rwa", {"name": company(), "business_scope": scope(item)}, ["domestic-rwa"])
for _ in range(12):
    vc = rng.choice(["虚拟货币", "比特币", "USDT", "加密资产"])
    item = rng.choice([f"为{vc}交易提供支付通道", f"{vc}质押贷款", f"{vc}资金清算", f"{vc}保险", f"为{vc}交易商开立账户"])
    add("fi-vc-services", {"name": company("支付"), "entity_type": rng.choice(["financial_institution", "payment_institution"]), "business_scope": scope(item)}, ["fi-vc-services"])
for _ in range(6):
    add("intermediary-rwa", {"name": company(), "entity_type": rng.choice(["intermediary", "it_service_provider"]), "business_scope": scope(rng.choice(["RWA技术开发", "资产代币化财务顾问", "RWA platform development"]))}, ["intermediary-rwa-services"])
for _ in range(6):
    add("fi-rwa-services", {"name": company("金融服务"), "entity_type": "financial_institution", "business_scope": scope(rng.choice(["RWA代币托管与清算", "现实世界资产代币结算服务", "tokenized real-world asset custody"]))}, ["fi-rwa-services"])
for _ in range(12):
    vc = rng.choice(["虚拟货币", "加密货币", "RWA", "稳定币", "比特币"])
    item = rng.choice([f"为{vc}项目提供广告推广服务", f"{vc}交易所入驻推广", f"{vc}营销引流服务", f"{vc} advertising and promotion"])
    add("platform-promotion", {"name": company("网络科技"), "entity_type": "internet_platform", "business_scope": scope(item)}, ["platform-promotion"])
for _ in range(15):
    item = rng.choice(["比特币挖矿", "虚拟货币挖矿设备托管", "矿池运营", "云挖矿服务", "比特币矿场建设", "cloud mining services", "crypto mining rig hosting", "加密货币矿机托管"])
    add("vc-mining", {"name": company(), "business_scope": scope(item)}, ["vc-mining"])
for _ in range(6):
    add("mining-machine-sales", {"name": company("芯片"), "entity_type": "mining_machine_maker", "business_scope": scope(rng.choice(["矿机销售", "矿机维修", "蚂蚁矿机批发零售", "mining machine sales"]))}, ["mining-machine-sales"])
for _ in range(12):
    item = rng.choice(["平台代币发行", "token issuance and distribution", "发行数字代币", "crypto token launch", "token generation event services"])
    add("vc-issuance-abroad", {"name_en": english("Holdings"), "name": f"{trade()}控股（新加坡）有限公司", "jurisdiction": "overseas",
                               "controlled_by": {"name": company(), "jurisdiction": "domestic"}, "business_scope": "; ".join([item, "investment holding"])}, ["vc-issuance-abroad"])
for _ in range(12):
    item = rng.choice(["境内资产RWA代币化发行", "基于境内收益权的RWA发行", "RWA tokenization of mainland assets", "tokenized real-world assets backed by onshore assets"])
    add("overseas-rwa-domestic-assets", {"name": f"{trade()}资本（香港）有限公司", "jurisdiction": "overseas", "business_scope": "; ".join([item, "advisory"])}, ["overseas-rwa-domestic-assets"])
for _ in range(8):
    add("fi-overseas-rwa-controls", {"name": f"{trade()}银行（香港）资产管理有限公司", "entity_type": "financial_institution", "jurisdiction": "overseas",
                                     "parent": {"name": f"{trade()}银行股份有限公司", "entity_type": "financial_institution", "jurisdiction": "domestic"},
                                     "business_scope": rng.choice(["RWA tokenization advisory", "tokenized asset distribution", "现实世界资产代币化服务"])}, ["fi-overseas-rwa-controls"])

violating = len(records)

# ── Clean ───────────────────────────────────────────────────────────────────────────────────
for _ in range(violating - len(FALSE_FRIEND_NAMES) - len(FALSE_FRIEND_EN) - 60):
    record = {"name": company(), "business_scope": scope()}
    if rng.random() < 0.3:
        record["name_en"] = english(rng.choice(["Technology", "Trading", "Consulting", "Industrial"]))
    add("ordinary", record, [], clean=True)
for name in FALSE_FRIEND_NAMES:
    add("false-friend", {"name": name, "business_scope": scope(rng.choice(FALSE_FRIEND_ITEMS))}, [], clean=True)
for name, items in FALSE_FRIEND_EN:
    add("false-friend", {"name": company(), "name_en": name, "business_scope": items}, [], clean=True)
for _ in range(60):
    add("false-friend", {"name": company(), "business_scope": scope(rng.choice(FALSE_FRIEND_ITEMS), n=rng.randint(2, 5))}, [], clean=True)

out = ROOT / "tests/corpus/registrations.jsonl"
with out.open("w", encoding="utf-8") as f:
    for record in records:
        f.write(json.dumps(record, ensure_ascii=False) + "\n")
print(f"{len(records)} records ({violating} violating, {len(records) - violating} clean) → {out.relative_to(ROOT)}")
