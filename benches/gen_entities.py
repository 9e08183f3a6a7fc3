#!/usr/bin/env python3
"""Writes N realistic registration rows as CSV: unified social credit code, Chinese name, an
optional English name, and a business scope of 3-12 items. About 1% of rows violate the notice, in
varied forms (traditional characters, spacing, full-width letters, English). Trade names come from
../shared/data/company-short-names.txt when it is there.

usage: gen_entities.py N OUT.csv [SEED]
"""
import csv
import random
import sys
from pathlib import Path

n, out = int(sys.argv[1]), sys.argv[2]
rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 42)
names_file = Path(__file__).resolve().parents[2] / "shared/data/company-short-names.txt"
if names_file.exists():
    TRADE = [l.strip() for l in names_file.read_text(encoding="utf-8").splitlines() if l.strip()]
else:
    TRADE = ["云帆", "恒泰", "中信", "龙门", "华夏", "金桥", "星河", "瑞通", "宝丰", "天元"]
CITIES = ["北京市", "上海市", "深圳市", "广州市", "杭州市", "成都市", "武汉市", "南京市", "苏州市", "天津市", "重庆市", "西安市"]
DISTRICTS = ["", "", "朝阳区", "浦东新区", "南山区", "天河区", "西湖区", "高新区", "江北区"]
INDUSTRY = ["科技", "信息技术", "网络科技", "商贸", "贸易", "投资管理", "咨询", "文化传媒", "电子商务", "供应链管理", "实业", "餐饮管理", "物流"]
FORMS = ["有限公司", "有限责任公司", "股份有限公司"]
ITEMS = ["软件开发", "信息系统集成服务", "技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广", "数据处理和存储支持服务",
         "互联网数据服务", "计算机软硬件及辅助设备零售", "企业管理咨询", "市场营销策划", "广告设计、代理", "广告发布",
         "会议及展览服务", "货物进出口", "技术进出口", "供应链管理服务", "日用百货销售", "电子产品销售", "人工智能应用软件开发",
         "区块链技术相关软件和服务", "物联网技术服务", "网络与信息安全软件开发", "商用密码产品销售", "云计算装备技术服务",
         "数字内容制作服务", "财务咨询", "以自有资金从事投资活动", "非居住房地产租赁", "物业管理", "餐饮服务", "食品销售",
         "第二类医疗器械销售", "道路货物运输（不含危险货物）", "普通货物仓储服务", "机械设备租赁", "通讯设备销售", "服装服饰零售",
         "虚拟现实设备制造", "通信加密技术开发", "数字人民币受理终端销售", "资产评估", "建筑装饰材料销售", "园林绿化工程施工"]
BAD = ["虚拟货币兑换", "加密資產托管", "稳 定 币发行", "ＲＷＡ资产代币化技术服务", "比特币挖矿", "USDT场外交易",
       "crypto asset advisory", "real-world asset tokenization", "虛擬貨幣信息咨询", "离岸人民币稳定币结算"]
EN = ["Technology", "Trading", "Consulting", "Industrial", "Logistics", "Information Technology"]
ALNUM = "0123456789ABCDEFGHJKLMNPQRTUWXY"

with open(out, "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["统一社会信用代码", "企业名称", "英文名称", "经营范围"])
    for i in range(n):
        code = "91" + "".join(rng.choice(ALNUM) for _ in range(16))
        trade = rng.choice(TRADE)
        name = f"{rng.choice(CITIES)}{rng.choice(DISTRICTS)}{trade}{rng.choice(INDUSTRY)}{rng.choice(FORMS)}"
        en = f"{rng.choice(['Beijing', 'Shanghai', 'Shenzhen', 'Hangzhou'])} {rng.choice(['Hengtai', 'Yunfan', 'Huaxia', 'Jinqiao', 'Ruitong'])} {rng.choice(EN)} Co., Ltd." if rng.random() < 0.3 else ""
        items = rng.sample(ITEMS, rng.randint(3, 12))
        if rng.random() < 0.01:
            items.insert(rng.randint(0, len(items)), rng.choice(BAD))
        w.writerow([code, name, en, "；".join(items) + "。"])
