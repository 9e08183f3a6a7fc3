// Yinfa [2026] No. 42 — virtual currency and real-world-asset (RWA) tokenization.
// Read this file next to the notice: every article is either a rule citing it, or a `provision`
// saying why no rule can check it. Summaries paraphrase the notice; they do not quote it.
// The language is described in docs/rules.md.

notice yinfa-2026-42 {
  title    "Notice on further preventing and dealing with risks of virtual currency and others"
           zh "关于进一步防范和处置虚拟货币等相关风险的通知"
  cite     "Yinfa [2026] No. 42"
           zh "银发〔2026〕42号"
  issued   2026-02-06
  articles 19
  repeals  "Yinfa [2021] No. 237"
}

// ─── Vocabulary ─────────────────────────────────────────────────────────────────────────────
// Phrases match after normalization: full-width and look-alike letters, case, traditional
// characters, and spaces, punctuation or invisible characters inside a phrase all fold away, so
// "Crypto-Asset", "加密 資產" and "ＲＷＡ" need no phrases of their own. A phrase never matches
// across `，、；。` or a line break. `word` phrases match only as whole words.

// Art. 8's own terms for virtual currency and virtual/crypto assets, and the forms a registrar
// reads as the same words.
terms vc-terms {
  en "virtual currency" "virtual currencies" "virtual asset"
     "cryptocurrency" "cryptocurrencies" "crypto currency" "crypto currencies"
     "crypto asset" "crypto coin" "crypto token"
     "virtual coin" "crypto exchange"
  zh "虚拟货币" "虚拟币" "虚拟资产" "虚拟数字货币" "虚拟数字资产" "虚拟通货"
     "加密货币" "加密币" "加密资产" "加密数字货币" "加密数字资产" "加密通货"
     "数字加密货币" "数字加密资产" "币圈"
  // The Japanese words, as they fold (暗号資産, 仮想通貨 → 假想通货): pages aimed past a filter use them.
  zh "暗号资产" "暗号货币" "假想通货"
  // 邮币圈 and 钱币圈 are stamp and coin collectors.
  except "邮币圈" "钱币圈" "纪念币圈" "古币圈" "金银币圈"
}

// Virtual currencies the notice names as examples, and others as common.
terms vc-names {
  en "bitcoin" word "BTC" "ethereum" word "tether" word "USDT" word "USDC"
     "dogecoin" "litecoin" word "XRP"
  zh "比特币" "以太坊" "以太币" "泰达币" "狗狗币" "莱特币" "瑞波币"
}

terms stablecoin {
  en "stablecoin" "stable coin" word "USDT" word "USDC" word "tether"
  zh "稳定币" "泰达币"
}

// Real-world-asset tokenization (art. 2 ¶1 defines it). "real world asset" covers every
// phrasing around it: tokenization, tokenisation, tokenized real-world assets, RWA tokens.
terms rwa {
  en "real world asset" "real world assets"
     "asset tokenization" "asset tokenisation" "assets tokenization" "tokenized asset" "tokenised asset"
     word "RWA" word "RWAs"
  zh "现实世界资产" "真实世界资产" "现实资产代币化" "资产代币化" "资产通证化" "资产上链代币"
}

// Tokenization is an act on any asset or right (art. 2 ¶1): these words, near `asset-rights`,
// describe RWA business without the textbook term ("收益权上链", "digital units backed by
// receivables", "物业费数字凭证").
terms tokenizing {
  en "tokenize" "tokenise" "tokenized" "tokenised" "tokenizing" "tokenising" "tokenization"
     "tokenisation" "on-chain" "onchain" "digital units" "digital unit" "digital tokens"
     "security token" "security tokens"
  zh "上链" "链上" "通证化" "代币化" "数字凭证" "数字化份额" "数字份额" "链上份额" "通证" "代币"
     "token化" "份额化发行" "数字权益凭证" "分布式账本" "许可链" "数字化收益份额"
  en "distributed ledger" "permissioned ledger"
  except "上链存证" "链上存证" "溯源上链" "存证上链"
}

// The assets and rights that are tokenized: income and receivables, rents and tolls, receipts,
// fund units, notes, bonds and deposits.
terms asset-rights {
  en "income right" "income rights" "receivable" "receivables" "rent" "rents" "rental income"
     "toll" "tolls" "fund units" "fund" "money market" "notes" "note" "bond" "bonds" "deposit"
     "deposits" "real estate" "property" "properties" "revenue" "revenues" "cash flow" "cash flows"
     "warehouse receipt" "warehouse receipts" "treasury" "treasuries" "mall" "malls" "power plant"
     "solar" "equity"
  zh "收益权" "收费权" "应收账款" "应收" "租金" "仓单" "基金份额" "货币基金" "货基" "票据" "债券" "存款"
     "不动产" "房产" "物业费" "电站" "充电桩" "现金流" "营收" "收入" "分红" "股权" "资产"
     "国债" "美债" "基金" "黄金" "份额" "存单" "定期存款" "艺术品" "藏品"
  en "gold" "artwork" "artworks" "time deposits" "fund shares"
}

// All terms art. 8 bans from names and business scopes.
terms art8-terms { include vc-terms | vc-names | stablecoin | rwa }

// Trade slang that names virtual-currency business by itself: U 商 and 承兑商 are OTC dealers of
// USDT, 出U/收U sell and buy it, U 卡 spends it, 搬砖 arbitrages it between venues, perps are
// perpetual futures. 买U盘 is a USB stick, 跟单 alone is order tracking: only the dealing senses.
terms vc-trade {
  en word "perps" "perpetual swap" "perpetual swaps" "perpetual futures" "launchpool" "launch pool"
     "simple earn" "flexible earn" "crypto earn" "dual investment" "p2p merchant" "p2p merchants"
     "copy trading bot" "crypto card" "crypto debit card"
  // `word`: the U stands alone, so 买USDT is read as USDT and 买UPS as nothing.
  zh word "U商" "承兑商" word "出U" word "收U" word "买U" word "卖U" word "换U" word "U卡" word "U承兑"
     "搬砖套利" "币圈搬砖" "合约跟单" "跟单合约"
     "币币交易" "币币兑换" "永续合约" "合约带单" "币本位" "U本位" "质押挖矿" "流动性挖矿" "币圈理财"
     "代币交易所" "数字代币交易" "代币交易平台" "代币兑换商"
  en "token exchange" "token exchanges"
  except "U盘" "U型" "U形" "U字" "U卡扣" "U卡槽"
         "买U盘" "卖U盘" "收U盘" "换U盘" "出U盘" "买U型" "卖U型" "出U型" "换U型" "买U形" "出U形"
}

// Everything that marks a text as being about virtual currency.
terms vc-any { include vc-terms | vc-names | stablecoin | vc-trade }

// Not banned by name, but a registrar would ask what they mean.
terms suspicious {
  en "digital asset" "digital currency" "digital currencies" word "token" word "tokens"
     word "crypto" word "NFT" word "NFTs" word "web3" word "DeFi"
  zh "数字资产" "数字货币" "代币" "通证" "数字藏品" "去中心化金融" "平台币" "积分币" "生态币" "治理币"
     "项目币"
  en "platform coin" "platform coins" "governance token" "governance tokens" "utility token"
     "utility tokens"
  // Exchange brands: not terms of the notice, but a name borrowing one invites the question.
  en "binance" "huobi" word "OKX" "coinbase"
  zh "币安" "火币"
  except "法定数字货币" "央行数字货币" "中央银行数字货币" "digital currency electronic payment"
         "access token" "API token" "token ring" "security token service"
         // Tokenizing an asset (代币化, 通证化) is RWA business, which its own rules read.
         "代币化" "通证化"
         // 海通证券: 通 + 证券 (securities); 人民币安全: 人民币 + 安全.
         "通证券" "人民币安" "货币安全" "硬币安"
         // Inside a banned term the banned term is what to report, not this warning.
         "crypto asset" "crypto currency" "crypto coin" "crypto token" "crypto exchange" "crypto mining"
         "加密数字货币" "虚拟数字货币" "加密数字资产" "虚拟数字资产" "资产代币化" "数字加密货币" "数字加密资产"
}

// Art. 1 ¶2: the activities that make up virtual-currency business.
terms vc-activity {
  en "exchange" "trading" "trade" "buy" "sell" "swap" word "OTC" "broker" "brokerage"
     "market making" "market maker" "matching" "clearing" "pricing" "quotes" "price feed"
     "custody" "wallet" "deposit" "withdraw" "leverage" "margin" "futures" "perpetual"
     "options" "derivative" "contract trading" "staking" "lending" "mining pool" "on-ramp" "off-ramp"
  zh "兑换" "交易" "买卖" "购买" "买入" "卖出" "出售" "充币" "提币" "撮合" "做市" "经纪" "中央对手方" "信息中介" "定价" "报价" "行情"
     "出入金" "法币" "承兑" "场外" "托管" "钱包" "充值" "提现" "杠杆" "合约" "永续" "期货" "期权"
     "衍生品" "理财" "质押" "借贷" "挖矿" "发行" "融资" "募资"
}

// Art. 1 ¶2: token-issuance financing.
terms token-offering {
  en "initial coin offering" "initial exchange offering" word "ICO" word "IEO" word "IDO" word "STO"
     "token sale" "token offering" "token presale" "token generation event" "launchpad" word "TGE"
  zh "首次代币发行" "代币发行" "发行代币" "首次币发行" "发币" "代币融资" "通证融资" "通证发行" "发行通证"
  // Issuing tokenized notes or fund units is RWA business (arts. 2, 14), not a token offering.
  except "发行代币化" "发行通证化"
}

// Art. 1 ¶2: raising money by selling a token (发行项目代币向社会公众募集资金).
terms token-fundraising {
  en "fundraising" "fund raising" "raise funds" "raising funds" "presale" "pre-sale" "private sale"
     "public sale"
  zh "募集资金" "募集研发资金" "募资" "融资" "向社会公众募集" "公开募集" "认购" "众筹" "私募轮" "公募轮"
}

// Art. 14: securitization, which the article treats as tokenization when done abroad on
// domestic assets (at home an ordinary ABS is lawful, so only art. 14 reads these words).
terms securitizing {
  en "asset-backed securities" "asset backed securities" "asset-backed notes" "securitization"
     "securitisation" word "ABS" word "ABN"
  zh "资产证券化" "资产支持证券" "资产支持票据" "证券化计划" "证券化产品"
}

// Art. 1 ¶1: a virtual currency used as money.
terms payment {
  en "pay with" "pay in" "payment" "payments" "checkout" "accepted here" "we accept" "priced in"
     "prices in" "settle in" "settled in" "salary in" "wages in"
  zh "支付" "付款" "收款" "计价" "标价" "结算" "购物" "买单" "工资" "薪酬" "抵扣"
  // A payment channel or licence is art. 6 business, not a currency used as money.
  except "支付通道" "支付机构" "支付牌照" "支付许可" "payment channel" "payment institution"
}

// Art. 1 ¶3: pegs to the renminbi.
terms rmb-peg {
  en word "RMB" word "CNY" word "CNH" "renminbi" "offshore yuan" "chinese yuan"
  zh "人民币" "离岸人民币" "离岸元"
  except "数字人民币" "digital renminbi"
}

// Stablecoins that are RMB-pegged by name.
terms rmb-stablecoin-names {
  en word "CNHT" word "CNHC" word "AxCNH" word "eCNH"
  zh "人民币稳定币" "离岸人民币稳定币"
}

// Art. 1 ¶2, art. 2 ¶2: signs that a service addresses users in mainland China.
terms domestic-users {
  en "mainland china" "mainland users" "mainland customers" "chinese users" "chinese customers"
     "users in china" "customers in china" "investors in china" "prc residents" "chinese investors"
     "alipay" "wechat pay" "unionpay"
  zh "中国大陆" "中国境内" "境内用户" "境内客户" "境内投资者" "国内用户" "国内投资者" "大陆用户" "内地用户"
     "中国用户" "中国投资者" "人民币充值" "人民币入金" "支付宝" "微信支付" "银联"
}

// Art. 14: underlying assets or rights in China.
terms domestic-assets {
  en "assets in china" "chinese assets" "mainland assets" "onshore assets" "domestic assets"
     "china-based assets" "prc assets" "assets located in china"
  zh "境内资产" "境内权益" "国内资产" "境内股权" "境内收益权" "境内不动产" "内地资产" "中国境内资产"
}

// Art. 2 ¶2, art. 6: services provided to a business.
terms service-terms {
  en "service" "services" "platform" "technical support" "technology" "consulting" "advisory"
     "intermediary" "agency" "solution" "infrastructure" "issuance" "issue" "underwriting"
     "structuring" "listing" "distribution" "custody" "settlement" "clearing"
  zh "服务" "平台" "技术支持" "技术开发" "咨询" "顾问" "中介" "代理" "解决方案" "发行" "承销"
     "登记" "托管" "清算" "结算" "交易" "系统开发" "撮合"
}

// Art. 6: what financial and payment institutions must not provide for virtual currency.
terms fi-services {
  en "account opening" "open an account" "accounts for" "fund transfer" "transfers" "clearing"
     "settlement" "custody" "collateral" "pledge" "insurance" "insure" "wealth management"
     "fund" "funds" "deposit" "deposits" "withdrawal" "payment channel" "acquiring"
  zh "开户" "账户" "转账" "汇款" "资金划转" "清算" "结算" "托管" "抵押" "质押" "担保" "保险"
     "承保" "理财" "基金" "资管" "存款" "出入金" "支付通道" "收单" "代收" "代付"
}

// Art. 7: what internet companies must not provide.
terms promotion {
  en "advertising" "advertisement" "advertise" "ads" "sponsored" "promotion" "promote" "promoting"
     "marketing" "referral" "affiliate" "traffic" "listing" "storefront" "live stream" "livestream"
     "banner" "influencer" "campaign" "display"
  zh "广告" "推广" "营销" "引流" "导流" "流量" "展示" "上架" "入驻" "店铺" "商城" "直播" "带货"
     "代言" "拉新" "返佣" "邀请返利" "推荐"
}

// Art. 9: virtual-currency mining, in words that mean nothing else.
terms crypto-mining {
  en "crypto mining" "bitcoin mining" "cryptocurrency mining" "mining rig" "mining pool"
     "hashrate hosting" "hash rate hosting" "cloud mining" "asic miner" "antminer" "whatsminer"
  zh "矿池" "云挖矿" "比特币矿场" "蚂蚁矿机" "神马矿机" "阿瓦隆矿机" "挖矿算力" "算力挖矿"
  // Hash rates are priced in these units only for virtual-currency mining.
  en word "TH/s" word "PH/s" word "EH/s"
}

// Mining words that also name real mining or AI computing (山东矿机 makes coal-mining machinery;
// 算力托管 is GPU hosting too): they count only near a virtual-currency term.
terms mining-words {
  en "mining" "miner" "miners" "hashrate" "hash rate"
  zh "挖矿" "矿机" "矿场" "算力" "算力托管"
}

terms sales {
  en "sale" "sales" "sell" "selling" "distribution" "repair" "maintenance" "hosting" "leasing" "rental"
  zh "销售" "出售" "售卖" "批发" "零售" "维修" "维护" "托管" "租赁" "出租" "代理"
}

// Art. 13: issuing a coin or token.
terms issuance {
  en "issue" "issuing" "issuance" "launch" "launching" "mint" "minting" "token sale" "offering"
  zh "发行" "发币" "铸造" "首发" "募集"
}

// Art. 13: places abroad where a coin is issued.
terms abroad {
  en "overseas" "offshore" "abroad" "cayman" "singapore" "hong kong" word "BVI" "british virgin islands"
     "dubai" "bermuda" "labuan" "seychelles"
  zh "境外" "海外" "离岸" "香港" "新加坡" "开曼" "英属维尔京" "迪拜" "百慕大" "纳闽" "塞舌尔"
     "赴港" "在港" "赴新" "出海"
}

// Art. 19: promises of returns to investors.
terms returns {
  en "guaranteed return" "guaranteed returns" "guaranteed profit" "risk-free" "risk free" "high yield"
     word "APY" word "APR" "annualized return" "annualised return" "passive income" "double your"
     "returns of" "profit of" "daily profit" "fixed income"
  zh "保本" "稳赚" "稳赚不赔" "高收益" "高回报" "年化收益" "年化回报" "收益率" "日收益" "躺赚" "保证收益"
     "翻倍" "零风险" "无风险" "固定收益"
}

// ─── Grants ──────────────────────────────────────────────────────────────────────────────
// The approvals, consents and filings the notice's exceptions turn on. A filing lists them under
// `approvals`, `consents` or `filings` as `{kind, id, authority, expires}`; `kind` may be the
// name or any alias (case, spaces and hyphens do not count). A kind no block declares is kept,
// with a warning that no exception rests on it.

grant rwa {
  about "approval of real-world-asset tokenization business in mainland China by the competent authority (art. 2 ¶2; art. 6 for the institutions serving it)"
        zh "主管部门对境内现实世界资产代币化业务的批准（第二条第二款；为其提供服务的机构见第六条）"
  aliases "rwa-approval" "rwa-tokenization" "tokenization" "tokenisation" "tokenization-approval"
          "RWA批准" "RWA业务批准" "资产代币化批准" "代币化批准" "现实世界资产代币化批准"
}

grant vc-issuance {
  about "approval for a domestic entity, or a foreign entity it controls, to issue virtual currency abroad (art. 13)"
        zh "境内主体及其控制的境外主体在境外发行虚拟货币的批准（第十三条）"
  aliases "issuance" "token-issuance" "issuance-approval" "coin-issuance" "virtual-currency-issuance"
          "发行批准" "代币发行批准" "境外发行批准" "虚拟货币发行批准"
}

grant rmb-stablecoin {
  about "consent of the competent authorities to issue a renminbi-pegged stablecoin abroad (art. 1 ¶3)"
        zh "主管部门同意在境外发行锚定人民币的稳定币（第一条第三款）"
  aliases "stablecoin" "stablecoin-consent" "rmb-stablecoin-consent" "cnh-stablecoin"
          "人民币稳定币同意" "稳定币发行同意" "离岸人民币稳定币同意"
}

grant rwa-overseas {
  about "consent of, and filing with, the relevant departments for overseas RWA tokenization based on domestic assets; hold it under both `consents` and `filings` (art. 14)"
        zh "以境内资产在境外开展现实世界资产代币化，经有关部门同意并备案；须在 `consents` 和 `filings` 中分别写明（第十四条）"
  aliases "overseas-rwa" "cross-border-rwa" "offshore-rwa" "rwa-abroad"
          "境外RWA" "跨境资产代币化" "境外资产代币化备案" "境外RWA备案" "境外RWA同意"
}

grant rwa-compliance {
  about "filing of the compliance programme (qualified staff, onboarding, suitability, AML) of an overseas arm of a domestic financial institution offering RWA services (art. 15)"
        zh "境内金融机构境外子公司、分支机构开展RWA业务的合规管理安排（人员、客户准入、适当性、反洗钱）备案（第十五条）"
  aliases "compliance-programme" "compliance-program" "compliance-filing" "rwa-compliance-programme"
          "合规制度备案" "合规管理备案" "合规备案"
}

grant rwa-report {
  about "report of RWA business made to the regulator for approval or filing (art. 15)"
        zh "RWA业务向监管部门报请批准或备案的报告（第十五条）"
  aliases "regulatory-report" "rwa-business-report" "business-report" "report"
          "报告备案" "业务报告" "监管报告" "报备"
}

// ─── Contexts ─────────────────────────────────────────────────────────────────────────────
// What a text does with a term it mentions. A mention is *offered* unless a cue says otherwise:
// only offered mentions make a rule fire; the others are set aside and listed as such (rules
// marked `literal` count every mention: a banned word in a name is banned even after "不含").
// A `before` cue reaches forward to the mention, an `after` cue back to it; neither crosses a
// sentence end or an `end` word, and the nearest cue decides. A sentence ending in a question
// mark asks. A page with no offering voice of its own (no `offered` cue anywhere) lends its
// reporting, quoting, warning or asking to mentions no cue reaches: news and regulations do not
// offer what they name.

// Offering is said with a verb: "本平台提供", "we offer", a call to action. A bare "本行" or "we"
// is no cue: "禁止利用本公司支付服务从事…" prohibits, "we estimate" analyses.
context offered {
  before en "we offer" "we provide" "we support" "we accept" "we help" "we list" "we buy" "we sell"
            "we pay" "we give" "we now" "our platform" "our exchange" "our app" "our wallet"
            "our service" "our services" "our token" "sign up" "buy now" "join now" "get started"
            "start trading" "trade now" "invest now" "register now" "download the app" "claim your"
            "subscribe now" "open an account" "deposit now" "join the sale" "don't miss"
         zh "我们提供" "我们支持" "我们为" "我们可" "我们帮" "我们承接" "我们专注" "我们接受" "我们推出"
            "本平台提供" "本平台支持" "本平台推出" "本行提供" "我行提供" "本行推出" "本公司提供" "本所提供"
            "本店提供" "本店出售" "本店销售" "为您提供" "为客户提供" "为用户提供" "欢迎" "立即" "马上"
            "现在就" "注册即送" "注册即可" "扫码" "限时" "点击" "下载" "一键" "即刻" "助您" "帮您" "秒到账"
            "开户即" "免费领取" "抢购" "火热" "招募" "诚招" "欢迎咨询" "咨询热线" "联系我们" "添加微信"
}

context negated {
  before en word "not" word "no" "do not" "does not" "dont" "doesnt" "did not" "will not" "wont"
            "cannot" "no longer" "never" "refuse" "refuses" "excluding" "except for" "without any"
            "blocks" "not available" "not offered" "not supported" "not provide" "not accept" "neither"
         zh "不提供" "不从事" "不开展" "不涉及" "不支持" "不接受" "不面向" "不向" "不会" "不做" "不是"
            "不在" "不为" "不对" "不承接" "不办理" "不经营" "不销售" "不发行" "不允许" "不能" "无法"
            "暂不" "并非" "拒绝" "不参与" "未曾" "从未" "并未" "不投资" "不包括" "不含" "不包含" "绝不"
            "不再" "停止" "已关闭" "已下线" "概不" "不予" "不属于" "不得" "未" "并无" "没有" "从不" "均不"
            "亦不" "亦未" "概无" "不将" "承诺不" "不用于" "不得用于" "不承保" "不保障" "不赔偿"
            "仅限境外" "仅限出口" "仅供出口" "only for export" "export only"
  after  en "is not offered" "are not offered" "is not supported" "are not supported" "is excluded"
            "not accepted" "is not available"
         zh "除外" "不在服务范围内" "不在经营范围内" "无关" "未获批" "未获批准" "尚未获批" "不予受理"
            "声明" "免责声明"
}

context warned {
  before en "beware" "be wary" "be alert" "stay away" "avoid" "risk warning" "warning" "never invest"
            "do not invest" "do not buy" "do not trade" "do not use" "scam" "fraud" "illegal"
            "so-called" "fake" "impersonat" "bars" "barring" "ban on" "banned" "prohibits"
            "prohibited" "crackdown" "may not" "must not" "no one may" "shall not"
         zh "请勿" "切勿" "勿" "谨防" "警惕" "提防" "远离" "严禁" "禁止" "不要" "避免" "防范" "风险提示"
            "提醒" "提示" "当心" "小心" "谨慎" "非法" "违法" "诈骗" "骗局" "取缔" "打击" "整治" "诱导"
            "所谓" "冒充" "假借" "涉嫌" "疑似" "不法分子" "犯罪分子" "骗子"
            "声称" "号称" "警号" "警示" "投资者教育" "侦测到" "检测到" "一经发现" "禁止用于"
            "为外衣" "为幌子" "打着" "旗号" "幌子" "性质就变了"
            "宣称" "冒用" "假冒" "以本行名义" "以本公司名义" "以我行名义"
  after  en "is illegal" "are illegal" "is prohibited" "are prohibited" "is banned" "are banned"
            "is not protected" "are not protected" "is a scam"
         zh "是违法的" "属于违法" "属于非法" "均属非法" "涉嫌违法" "涉嫌犯罪" "风险极高" "不受法律保护"
            "请举报" "予以举报" "及时举报" "向公安机关报案" "后果自负" "是骗局" "均为诈骗" "为名"
            "造成经济损失" "造成损失" "蒙受损失" "上当受骗" "血本无归"
            "非本行所为" "非本公司所为" "均非本行" "请勿受骗" "谨防受骗" "切勿上当" "谨防上当"
}

context reported {
  before en "according to" "reportedly" "reported" "analysts" "analyst" "police" "prosecutors"
            "the court" "the company said" "the exchange said" "research shows" "data show"
            "survey" "regulators said" "was charged" "were charged" "investigators" "we estimate"
            "we expect" "we believe" "we think" "we forecast" "in our view" "our analysis"
            "our estimate" "this report" "this note" "authorities" "regulators" "officials"
            "the central bank" "agencies" "issued a notice" "the pboc"
         zh "据报道" "据悉" "据了解" "据媒体" "据统计" "记者" "警方" "公安机关" "检察院" "法院" "判决"
            "查明" "破获" "抓获" "涉案" "犯罪嫌疑人" "被告人" "团伙" "嫌疑人" "分析师" "研报" "报告显示"
            "数据显示" "研究显示" "消息人士" "该平台" "该公司" "该交易所" "上述平台" "某交易所" "某平台"
            "市场人士" "业内人士" "业内" "我们认为" "我们判断" "我们预计" "我们估算" "我们测算" "本报告"
            "本文" "笔者" "经核查" "监测发现" "有人" "个别" "他人" "记者" "据悉" "报道" "本报讯"
            "有同学" "有学生" "有员工" "部分同学" "部分学生"
  after  en "was arrested" "were arrested" "was fined" "were fined" "was shut down" "said a"
         zh "被查处" "被取缔" "被捕" "被判" "被立案" "落网" "被查封" "被处罚"
}

context quoted {
  before en "the notice" "the circular" "article" "provides that" "stipulates" "states that"
            "the regulation" "the rules require"
         zh "通知规定" "通知明确" "通知指出" "通知要求" "通知强调" "办法规定" "条例规定" "法律规定"
            "条规定" "条明确" "款规定" "依据通知" "根据通知" "印发" "明确指出" "会议强调" "会议指出"
            "讲话" "发言" "联合发文" "发文"
            "首次界定"
  after  zh "作出了分类规定" "作出分类规定" "作出了规定" "分类规定"
}

context asked {
  before en "whether" "if you plan" "if your company" "is it legal" "can we" "should we"
            "do you" "does your" "have you"
         zh "是否" "能否" "可否" "有没有" "如何" "怎样" "怎么" "如果您计划" "若贵司" "贵司是否"
  after  zh "问卷" "自查表" "自查清单" "检查表" "识别清单" "请教" "想请教"
}

// Look-alikes of cues that are no cue: "不仅提供" offers, "我国" is not the page's voice.
// (Punctuation folds away inside phrases, as in term sets: write words, not brackets.)
context pseudo {
  en "not only" "not just" "no longer only" "never miss" "dont miss" "do not miss" "do not hesitate"
     "our country" "not to be missed"
  zh "不仅" "不只" "不但" "不光" "不断" "不少" "不同" "不久" "不论" "无论" "毫不" "不错" "未来" "我国"
     "未经" "未成年" "未满" "未实名" "不限" "没有门槛" "不用等"
  en "no fees" "no fee" "no kyc" "no limit" "no limits" "no minimum" "no hidden" "no commission"
     "no deposit fee" "no waiting"
}

// A cue's reach ends at these words: "我们不提供…，但可为您对接境外平台" offers the second half.
context end {
  en word "but" "however" word "yet" "instead" "although" "whereas"
  zh "但" "但是" "然而" "不过" "可是" "却" "而是" "只是"
}

// ─── Facts a page states in its own words ───────────────────────────────────────────────────
// Who publishes a page, and for whom, decides which article governs (a bank's service is art. 6,
// a platform's ads art. 7). Front matter states these facts; a page that does not is read for
// them here. The first block that reads a fact sets it; front matter always wins.

terms bank-voice {
  en "our bank" "the bank's customers" "bank customers" "our account holders" "deposit account"
  zh "本行" "我行" "本银行" "银行账户" "借记卡" "本行客户" "储户"
}
terms payment-voice {
  en "payment institution" "payment licence" "payment license" "merchant acquiring" "acquirer"
  zh "支付业务许可证" "支付机构" "收单机构" "本支付" "支付公司" "聚合支付" "第三方支付"
}
terms insurer-voice {
  en "insurer" "policyholder" "policyholders" "our policy" "underwritten by"
  zh "承保" "保险公司" "投保人" "被保险人" "保单"
}
terms broker-voice {
  en "securities firm" "broker-dealer" "our brokerage" "securities account"
  zh "证券公司" "券商" "证券账户" "期货公司" "信托公司" "基金管理公司"
}
terms platform-voice {
  en "our platform" "marketplace" "merchants on" "sellers on" "sponsored listing" "ad placement"
     "app store" "live stream" "livestream" "creators" "in-feed"
  zh "平台商家" "入驻商家" "商家入驻" "店铺" "直播间" "主播" "信息流" "广告位" "竞价" "类目" "小程序"
     "应用商店" "电商平台" "短视频平台" "本平台商家" "开店"
}
terms intermediary-voice {
  en "law firm" "our lawyers" "advisory firm" "consultancy" "accounting firm" "auditor" "appraisal"
     "rating agency" "financial adviser"
  zh "律师事务所" "本所律师" "会计师事务所" "审计" "资产评估" "评级机构" "财务顾问" "咨询公司" "撮合服务"
}
terms it-voice {
  en "saas" "white-label" "white label" "technology provider" "tech provider" "we build" "source code"
     "system development" "blockchain solution"
  zh "技术服务商" "系统开发" "系统搭建" "源码" "区块链技术服务" "解决方案提供商" "技术外包" "发行系统"
     "交易系统开发"
}
terms miner-maker-voice {
  en "manufacturer" "our factory" "factory direct" "we manufacture"
  zh "矿机厂家" "矿机生产" "生产厂家" "自有工厂" "厂家直销" "工厂直供"
}
terms overseas-entity {
  en word "pte" "cayman" word "BVI" "(hk) limited" "hong kong limited" "foundation ltd"
     "incorporated in singapore" "incorporated in the cayman"
  en "hong kong spv" "singapore spv" "cayman spv" "singapore branch" "hong kong branch"
     "(hong kong)" "limited (hk)" "foundation company" "incorporated in hong kong"
     "incorporated in the british virgin islands"
  zh "开曼" "英属维尔京" "新加坡公司" "香港公司" "香港子公司" "境外子公司" "离岸公司" "基金会"
     "香港有限公司" "香港SPV" "新加坡SPV" "海外子公司" "新加坡子公司" "新加坡全资子公司" "香港分行"
     "新加坡分行" "海外分行" "境外分行" "在香港注册" "香港注册成立" "于香港注册" "在新加坡注册"
     "新加坡注册成立" "在开曼注册"
  en "registered in hong kong" "registered in singapore"
}

// Who owns or runs an entity: the words that tie an overseas issuer to its mainland parent.
terms control-words {
  en "wholly owned" "wholly-owned" "subsidiary of" "subsidiaries of" "parent company" "parent group"
     "our parent" "its parent" "controlled by" "majority owned" "owned by" "branch of" "head office"
     "headquartered in" "part of" "a member of" "backed by" "incubated by" "founder shares"
     "sole director"
  zh "隶属" "下属" "成员企业" "设立的" "出资设立" "孵化" "创始股东"
  zh "全资子公司" "全资持有" "全资设立" "控股子公司" "母公司" "母集团" "旗下" "实际控制" "实控人"
     "附属公司" "全资附属"
     "总行" "总部位于" "控股股东"
}

// Places in mainland China, in the words pages use for a parent's seat or an asset's site.
terms mainland-places {
  en "mainland" "shenzhen" "shanghai" "beijing" "hangzhou" "guangzhou" "chengdu" "chongqing"
     "dongguan" "nanjing" "wuhan" "suzhou" "tianjin" "xiamen" "ningxia" "gansu" "guangdong"
     "zhejiang" "jiangsu" "sichuan" "yunnan" "guizhou" "jiangxi" "hubei" "hunan" "fujian"
     "shandong" "henan" "hebei" "anhui" "shaanxi" "xinjiang" "inner mongolia" "qinghai"
     "a-share" "chinext" "star market" "shenzhen-listed" "shanghai-listed"
     "people's republic of china" word "PRC" "chinese mainland"
  zh "内地" "境内" "中国大陆" "大陆" "深圳" "上海" "北京" "杭州" "广州" "成都" "重庆" "东莞" "南京"
     "武汉" "苏州" "天津" "厦门" "宁夏" "甘肃" "广东" "浙江" "江苏" "四川" "云南" "贵州" "江西" "湖北"
     "湖南" "福建" "山东" "河南" "河北" "安徽" "陕西" "新疆" "内蒙古" "青海" "海南" "广西" "山西"
     "辽宁" "吉林" "黑龙江" "西藏" "A股" "创业板" "科创板" "深交所" "上交所"
     "宁波" "温州" "台州" "绍兴" "嘉兴" "金华" "无锡" "常州" "南通" "徐州" "扬州" "佛山" "珠海"
     "惠州" "中山" "青岛" "烟台" "潍坊" "寿光" "大连" "沈阳" "哈尔滨" "长春" "长沙" "郑州" "济南"
     "合肥" "福州" "泉州" "南昌" "昆明" "南宁" "贵阳" "兰州" "乌鲁木齐" "哈密" "呼和浩特" "鄂尔多斯"
     "包头" "太原" "石家庄" "廊坊" "保定" "西安" "海口" "三亚" "银川" "西宁" "拉萨" "景德镇"
  en "ningbo" "wenzhou" "taizhou" "wuxi" "foshan" "zhuhai" "qingdao" "dalian" "shenyang" "harbin"
     "changsha" "zhengzhou" "jinan" "hefei" "fuzhou" "nanchang" "kunming" "nanning" "guiyang"
     "lanzhou" "urumqi" "hohhot" "ordos" "taiyuan" "shijiazhuang" "xi'an" "haikou" "yinchuan"
     "xining" "lhasa" "lujiazui" "pudong" "qianhai"
  except "non-prc" "non prc" "non-mainland"
}

// A publisher naming its own subsidiary.
terms own-subsidiary {
  en "our subsidiary" "our wholly owned subsidiary" "our wholly-owned subsidiary" "our singapore subsidiary"
     "our hong kong subsidiary" "our overseas subsidiary" "our offshore subsidiary" "our affiliate"
  zh "公司新加坡" "公司香港" "公司境外" "公司海外" "我司" "本公司全资" "本集团" "集团旗下" "公司旗下"
}

// Financial institutions, as a parent is named.
terms fi-kinds {
  en "bank" "securities" "insurance" "insurer" "trust" "asset management" "fund management" "futures"
  zh "银行" "证券" "保险" "信托" "基金管理" "资产管理" "期货" "券商"
}

// Marks of a mainland company's own page: its registration, licence and filing numbers.
terms mainland-marks {
  en "icp license" "icp filing"
  zh "ICP备" "ICP证" "公网安备" "统一社会信用代码" "营业执照"
}

terms company-forms {
  en "company limited" "group limited" "holdings limited"
  zh "有限公司" "有限责任公司" "股份有限公司" "合伙企业" "个体工商户" "个体户"
}

// Art. 1 ¶3: a token held to the value of a currency.
terms pegging {
  en "pegged" "peg" "anchored" "redeemable" "one-to-one"
  zh "锚定" "挂钩" "盯住" "等值兑付" "1比1" "足额兑付" "兑付" "按1:1" "1:1兑"
}
// ─── What a filing says about who files it ─────────────────────────────────────────────────
// A registration rarely states its entity type, seat or parent's seat as fields; its name,
// registered address and parent's name say them. These sets are read only by the `on
// registration` infer blocks below, on the fields they name.

// A registered name that says what kind of financial institution files it.
terms fi-names {
  en word "bank" "banking" "securities" "insurance" "futures" "fund management" "trust company"
     "asset management"
  zh "银行" "证券" "保险" "信托" "期货" "基金管理" "基金销售" "券商" "理财" "资产管理"
  except "保险柜" "保险箱" "保险丝" "保险杠" "银行卡" "证券投资咨询"
}

terms payment-names {
  en "payment" "payments"
  zh "支付" "付款"
}

// Law, accounting, appraisal and rating firms: the intermediaries of art. 6.
terms intermediary-names {
  en "law firm" word "LLP" "attorneys" "accountants" "appraisal" "valuation" "credit rating" "ratings"
  zh "律师事务所" "会计师事务所" "税务师事务所" "资产评估" "评估" "评级" "资信" "律师" "会计师"
}

// Building or running the systems of someone else's business (art. 6: IT service providers).
terms it-services {
  en "system development" "platform development" "technical support" "technology services"
     "smart contract development" "white-label" "white label" word "SaaS" "platform building"
     "system integration" "technical services"
  zh "系统开发" "系统搭建" "平台搭建" "平台开发" "技术支持" "技术服务" "提供系统" "智能合约开发"
     "系统建设" "技术外包" "运维服务" "搭建" "开发"
}

// A filing's business as an internet platform: venues, listings, feeds, live streams, ads.
terms platform-business {
  en "online platform" "marketplace" "live streaming" "livestreaming" "app distribution"
     "internet advertising" "online advertising" "news feed" "in-feed"
  zh "网络直播" "直播平台" "直播带货" "应用分发" "互联网广告" "网络广告" "信息流" "电商平台"
     "电子商务平台" "短视频" "平台商家" "入驻商家" "广告位" "竞价排名" "搜索排名" "开屏广告"
     "网络交易平台" "论坛" "社区平台" "社交平台" "资讯平台" "资讯" "软件分发" "应用软件分发"
     "搜索排名" "下载导流" "推荐位" "商业展示" "付费引流" "榜单推荐" "社交网络" "社群推广" "私域引流"
}

// Places outside the mainland, as a registered address or name writes them (境外 includes Hong
// Kong, Macao and Taiwan). Streets named after them in mainland cities are no seat abroad.
terms overseas-places {
  en "hong kong" "kowloon" "singapore" "cayman" "british virgin islands" "road town" "tortola"
     "macau" "macao" "taipei" "taiwan" "london" "luxembourg" "dubai" "abu dhabi" "labuan"
     "seychelles" "zug" "switzerland" "tokyo" "new york" "delaware" "difc" "marina bay"
     "marina boulevard" "raffles" "sweden" "stockholm" "kazakhstan" "germany" "france" "netherlands"
     "united kingdom" "england" "ireland" "malta" "estonia" "lithuania" "gibraltar" "bahamas"
     "bermuda" "panama" "japan" "korea" "australia" "canada" "united states" word "USA"
     "thailand" "vietnam" "malaysia" "indonesia" "philippines" "india" "united arab emirates"
     "liechtenstein" "cyprus" "mauritius" "new zealand" "el salvador" "argentina" "brazil"
  zh "香港" "九龙" "新界" "澳门" "台湾" "台北" "新加坡" "开曼" "英属维尔京" "伦敦" "卢森堡" "迪拜"
     "纳闽" "塞舌尔" "中環" "中环" "金钟" "铜锣湾" "尖沙咀"
  except "香港路" "香港中路" "香港东路" "香港西路" "香港街" "新加坡路" "新加坡工业园" "中新"
}

// Sales abroad only: a machine maker's scope that keeps its machines out of the mainland.
terms export-only {
  en "export only" "for export only" "exclusively for export" "sold only outside" "only outside mainland china"
     "no domestic sales" "not sold in mainland china"
  zh "仅限境外销售" "仅限出口" "仅供出口" "不在境内销售" "境内不销售" "不向境内销售" "全部出口" "只面向境外"
}

// The legal forms of mainland companies.
terms mainland-forms {
  zh "有限公司" "有限责任公司" "股份有限公司" "集团有限公司" "合伙企业"
}

terms mainland-excluded {
  en "not available to residents of mainland china" "not available in mainland china"
     "excluding mainland china" "no prc residents" "blocks prc" "block prc" "not open to prc"
     "hong kong residents only" "residents of hong kong only"
  zh "不接受中国内地居民" "不向中国内地" "不面向中国大陆" "不面向中国内地" "仅限香港居民" "只向香港居民"
     "不对中国大陆" "中国大陆居民除外" "不接受中国大陆"
}

infer bank-publisher {
  sets publisher = financial_institution
  when text has bank-voice
  example fail { body: "本行推出数字资产托管服务。" }
  example pass { body: "某商业银行推出新的存款产品。" }
}
infer payment-publisher {
  sets publisher = payment_institution
  when text has payment-voice
  example fail { body: "本公司持有支付业务许可证，提供聚合收款。" }
  example pass { body: "支持多种付款方式。" }
}
infer insurer-publisher {
  sets publisher = financial_institution
  when text has insurer-voice
  example fail { body: "本产品由我司承保，赔付被盗比特币。" }
  example pass { body: "保障您的账户安全。" }
}
infer broker-publisher {
  sets publisher = financial_institution
  when text has broker-voice
  example fail { body: "在本券商开立证券账户即可参与。" }
  example pass { body: "开立账户即可参与。" }
}
infer platform-publisher {
  sets publisher = internet_platform
  when text has platform-voice
  example fail { body: "即日起开放数字藏品类目，入驻商家可报名直播间专场。" }
  example pass { body: "欢迎选购我们的产品。" }
}
infer intermediary-publisher {
  sets publisher = intermediary
  when text has intermediary-voice
  example fail { body: "本所律师为RWA项目提供全流程法律服务。" }
  example pass { body: "我们为客户提供服务。" }
}
infer it-publisher {
  sets publisher = it_service_provider
  when text has it-voice
  example fail { body: "提供RWA发行系统搭建与源码交付。" }
  example pass { body: "提供售后服务。" }
}
infer mining-machine-maker {
  sets publisher = mining_machine_maker
  when text has miner-maker-voice
  example fail { body: "矿机厂家直销，全新S21现货。" }
  example pass { body: "二手设备回收。" }
}
infer overseas-publisher {
  sets jurisdiction = overseas
  when text has overseas-entity
  example fail { body: "Lumora Foundation Pte. Ltd. is incorporated in Singapore." }
  example pass { body: "深圳市某某科技有限公司" }
}
infer domestic-publisher {
  sets jurisdiction = domestic
  when text has mainland-marks or text has mainland-places near(14) company-forms
  example fail { body: "深圳市数衡科技有限公司为资产方搭建发行平台。" }
  example fail { body: "© 2026 某某科技 粤ICP备2023000000号" }
  example pass { body: "Harbourline Capital Limited is a Hong Kong company." }
}
infer mainland-parent {
  sets parent.jurisdiction = domestic
  when text has control-words near(30) mainland-places
  example fail { body: "Lumora Labs is a wholly owned subsidiary of a Shenzhen-listed group." }
  example fail { body: "本基金会由杭州星云科技有限公司全资设立。" }
  example pass { body: "Lumora Labs is a wholly owned subsidiary of Arden Holdings (Cayman)." }
}
// A mainland company's own page announcing what its overseas subsidiary does: the subsidiary's
// parent is the mainland publisher ("由公司新加坡全资子公司发行").
infer own-subsidiary {
  sets parent.jurisdiction = domestic
  when text has own-subsidiary and (text has mainland-marks or text has mainland-places near(14) company-forms)
  example fail { body: "成都幻星互动网络科技有限公司发布：经过两年研发，游戏治理代币将由公司新加坡全资子公司发行。" }
  example fail { body: "Shenzhen Tianrui Company Limited — our Singapore subsidiary runs the token sale." }
  example pass { body: "成都幻星互动网络科技有限公司：游戏版本更新公告。" }
  example pass { body: "Our Singapore subsidiary runs the token sale." }
}
infer financial-parent {
  sets parent.entity_type = financial_institution
  when text has control-words near(30) fi-kinds
  example fail { body: "Huaxin Digital (HK) is a wholly owned subsidiary of Huaxin Securities." }
  example fail { body: "华信银行新加坡分行，总行位于北京。" }
  example pass { body: "A wholly owned subsidiary of a logistics group." }
  example fail { body: "Our Singapore Branch is part of Hengtong Bank Co., Ltd." }
}
infer mainland-underlying {
  sets underlying = domestic
  when text has asset-rights near(20) mainland-places or text has domestic-assets
  example fail { body: "以宁夏四座光伏电站的售电收益权为基础资产。" }
  example fail { body: "Units are backed by receivables owed by suppliers in Dongguan." }
  example pass { body: "Tokenized US treasury bills held in New York." }
}
// ─── Facts a filing carries in its name, address and parent's name ─────────────────────────

infer filing-overseas {
  sets jurisdiction = overseas
  on registration
  when address has overseas-places or any of [name, name_en] has overseas-entity | overseas-places
  example fail registration { name: "Suzhou Sunridge Green Assets Pte. Ltd.", business_scope: "Issuance of digital tokens" }
  example fail registration { name: "華岳證券國際（香港）有限公司", business_scope: "證券交易" }
  example fail registration { name: "Harbourlight Assets Limited", address: "8 Finance Street, Central, Hong Kong", business_scope: "Asset management" }
  example pass registration { name: "青岛海韵贸易有限公司", address: "山东省青岛市市南区香港中路 10 号", business_scope: "货物进出口" }
  example pass registration { name: "深圳市前海链汇信息技术有限公司", business_scope: "软件开发" }
}
infer filing-mainland-parent {
  sets parent.jurisdiction = domestic
  on registration
  when parent.name has mainland-places or (parent.name has mainland-forms and not parent.name has overseas-places)
  example fail registration { name: "Lumora Network Ltd.", parent: { name: "深圳天瑞智能传感股份有限公司" }, business_scope: "token issuance" }
  example fail registration { name: "Lumora Network Ltd.", parent: { name: "Shenzhen Tianrui Intelligent Sensing Co., Ltd." }, business_scope: "token issuance" }
  example pass registration { name: "Lumora Network Ltd.", parent: { name: "萬通控股（香港）有限公司" }, business_scope: "token issuance" }
  example pass registration { name: "Lumora Network Ltd.", parent: { name: "Arden Holdings (Cayman) Ltd." }, business_scope: "token issuance" }
}
infer filing-mainland-controller {
  sets controlled_by.jurisdiction = domestic
  on registration
  when controlled_by.name has mainland-places or (controlled_by.name has mainland-forms and not controlled_by.name has overseas-places)
  example fail registration { name: "Nebula Chain Foundation Ltd.", controlled_by: { name: "杭州星云科技有限公司" }, business_scope: "token issuance" }
  example pass registration { name: "Nebula Chain Foundation Ltd.", controlled_by: { name: "Alpine Ventures AG" }, business_scope: "token issuance" }
}
infer filing-financial-parent {
  sets parent.entity_type = financial_institution
  on registration
  when parent.name has fi-names
  example fail registration { name: "華岳證券國際（香港）有限公司", parent: { name: "华岳证券股份有限公司" }, business_scope: "證券交易" }
  example fail registration { name: "Hengtong Bank Singapore Branch", parent: { name: "China Hengtong Bank Co., Ltd." }, business_scope: "Tokenised deposits" }
  example pass registration { name: "Lumora Network Ltd.", parent: { name: "深圳天瑞智能传感股份有限公司" }, business_scope: "token issuance" }
}
infer filing-financial {
  sets entity_type = financial_institution
  on registration
  when any of [name, name_en] has fi-names
  example fail registration { name: "江淮农村商业银行股份有限公司合肥蜀山支行", business_scope: "吸收公众存款" }
  example fail registration { name: "华岳证券股份有限公司", business_scope: "证券经纪" }
  example pass registration { name: "合肥安泰保险柜制造有限公司", business_scope: "保险柜生产" }
  example pass registration { name: "杭州云帆软件有限公司", business_scope: "软件开发" }
}
infer filing-payment {
  sets entity_type = payment_institution
  on registration
  when any of [name, name_en] has payment-names
  example fail registration { name: "北京汇通易付支付有限公司", business_scope: "互联网支付" }
  example pass registration { name: "北京汇通易购商贸有限公司", business_scope: "日用百货销售" }
}
infer filing-intermediary {
  sets entity_type = intermediary
  on registration
  when any of [name, name_en] has intermediary-names
  example fail registration { name: "上海恒律律师事务所", business_scope: "法律服务" }
  example fail registration { name: "北京信衡资产评估有限公司", business_scope: "资产评估" }
  example pass registration { name: "北京信衡科技有限公司", business_scope: "软件开发" }
}
infer filing-it-provider {
  sets entity_type = it_service_provider
  on registration
  when business_scope has it-services near(20) (rwa | tokenizing)
  example fail registration { name: "成都链数科技有限公司", business_scope: "为收益权通证化发行提供系统搭建和技术支持" }
  example fail registration { name: "Chainforge Ltd.", business_scope: "White-label platform development for tokenised receivables" }
  example pass registration { name: "成都链数科技有限公司", business_scope: "软件开发；信息系统集成服务" }
  example pass registration { name: "杭州光伏能源有限公司", business_scope: "光伏电站收益权通证化发行" }
}
infer filing-platform {
  sets entity_type = internet_platform
  on registration
  when business_scope has platform-business
  example fail registration { name: "杭州星播网络科技有限公司", business_scope: "网络直播技术服务；直播带货" }
  example fail registration { name: "Brightfeed Media Ltd.", business_scope: "Internet advertising and news feed placement" }
  example pass registration { name: "杭州星播网络科技有限公司", business_scope: "软件开发；广告设计" }
}
infer filing-mainland-underlying {
  sets underlying = domestic
  on registration
  when business_scope has asset-rights near(60) mainland-places or business_scope has domestic-assets
  example fail registration { name: "Suzhou Sunridge Green Assets Pte. Ltd.", business_scope: "Tokens representing income rights in photovoltaic stations located in Jiangsu Province" }
  example fail registration { name: "成都锦里商管香港有限公司", business_scope: "以成都商场租金收益权发行数字凭证" }
  example pass registration { name: "Marina Tokens Pte. Ltd.", business_scope: "Tokens representing rents of offices in Singapore" }
}
infer overseas-audience {
  sets audience = overseas
  when text has mainland-excluded
  example fail { body: "本平台仅限香港居民开户，不接受中国内地居民。" }
  example pass { body: "支持中国大陆用户注册。" }
}

// ─── Provisions no rule can check ──────────────────────────────────────────────────────────
provision 2 paragraph 1 definition "Defines RWA tokenization: rights in assets turned into tokens that are issued and traded. The rules use it through the `rwa` terms."
                                   zh "界定现实世界资产代币化（RWA）：将资产的相关权益转化为代币，并进行发行和交易的活动。各规则通过`rwa`词集适用该定义。"
provision 3 authorities "The People's Bank of China and the CSRC coordinate the other departments against virtual-currency and RWA risks."
                        zh "中国人民银行、中国证监会牵头，协调其他有关部门防范和处置虚拟货币及现实世界资产代币化（RWA）相关风险。"
provision 4 authorities "Provincial governments carry local responsibility, led by the local financial regulator."
                        zh "省级人民政府承担属地责任，由地方金融管理部门牵头落实。"
provision 5 authorities "The departments monitor risks, share data and respond to early warnings."
                        zh "各有关部门开展风险监测，共享数据信息，并及时处置风险预警。"
provision 10 authorities "Regulators investigate and punish illegal financial activity and refer crimes."
                         zh "监管部门依法查处非法金融活动，涉嫌犯罪的移送司法机关。"
provision 11 authorities "Public security and judicial organs pursue fraud, laundering and other crimes under the guise of virtual currency or RWA."
                         zh "公安机关和司法机关依法打击以虚拟货币或现实世界资产代币化（RWA）为名实施的诈骗、洗钱等犯罪活动。"
provision 12 authorities "Industry associations discipline members and report leads."
                         zh "行业协会加强会员自律管理，并报送相关线索。"
provision 16 authorities "Departments and regions organise and coordinate the work."
                         zh "各部门、各地区做好组织协调工作。"
provision 17 authorities "Departments, regions and associations educate the public about the risks."
                         zh "各部门、各地区和行业协会开展风险宣传教育，向社会公众提示相关风险。"
provision 18 consequence "Breaches of the other articles are punished, and knowingly helping overseas providers serve domestic entities is pursued; findings cite the article breached."
                         zh "违反《通知》其他条款的，依法予以处罚；明知境外主体向境内主体提供服务仍为其提供协助的，依法追究责任。检查结果援引所违反的具体条款。"

// ─── Article 8: names and business scopes ───────────────────────────────────────────────────

rule name-banned-term {
  article 8
  literal
  severity error
  on registration, document
  summary "A registered name (Chinese or English) may not contain virtual-currency, virtual-asset, crypto, stablecoin or RWA terms, in any spelling or script."
          zh "登记名称（中文或英文）不得含有虚拟货币、虚拟资产、加密货币、加密资产、稳定币或现实世界资产代币化（RWA）等字样，无论以何种拼写或书写形式出现。"
  when any of [name, name_en] has art8-terms
  message "the {field} contains the banned term “{match}”"
          zh "{field}中含有禁止使用的字样“{match}”"
  help "Art. 8 bars these terms from enterprise and individual-business names; choose a name without “{term}” or any variant of it."
       zh "第八条：企业名称和个体工商户名称不得含有虚拟货币、稳定币、RWA等相关字样；请另行拟定不含“{term}”（包括其各种变体写法）的名称。"
  example fail { name: "深圳市稳定币科技有限公司" }
  example fail { name: "香港加密資產服務有限公司" }
  example fail { name_en: "Shenzhen Crypto-Asset Technology Co., Ltd." }
  example fail { name: "上海ＲＷＡ数字科技有限公司" }
  example fail { name_en: "Beijing Stable Coin Trading Co Ltd" }
  example fail { name: "杭州比特币矿业有限公司" }
  example fail { name: "广州虚\u{200B}拟货币信息咨询有限公司" }
  example fail { name_en: "Hangzhou Virtual Currencies Consulting Ltd" }
  example fail { name_en: "Xiamen RWA Capital Co., Ltd." }
  example fail { name: "深圳市穏定币科技有限公司" }
  example fail { name: "東京暗号資産交易所株式会社" }
  example fail { name: "大阪仮想通貨サービス有限公司" }
  example pass { name: "深圳市稳定运营科技有限公司" }
  example pass { name: "北京虚拟现实技术有限公司" }
  example pass { name: "上海数据加密技术有限公司" }
  example pass { name_en: "Rwanda Coffee Trading (Shanghai) Co., Ltd." }
  example pass { name_en: "Ethernet Solutions Ltd" }
  example pass { name: "天津泰达投资控股有限公司" }
  example pass { name: "北京邮币圈文化传播有限公司" }
  example fail document { body: "关于我们\n公司名称：广州云栈虚拟资产科技有限公司\n联系电话：020-0000" }
  example fail document { body: "Copyright © 2026 Shenzhen Stablecoin Technology Co., Ltd. All rights reserved." }
  example pass document { body: "警方查处深圳某虚拟货币科技有限公司，涉案金额巨大。" }
}

rule scope-banned-term {
  article 8
  literal
  severity error
  on registration, document
  summary "A business scope may not list virtual-currency, virtual-asset, crypto, stablecoin or RWA terms in any item, whether or not the item is phrased as a prohibition."
          zh "经营范围的任何条目均不得含有虚拟货币、虚拟资产、加密货币、加密资产、稳定币或现实世界资产代币化（RWA）等字样，该条目采用禁止性表述的亦同。"
  when business_scope has art8-terms
  message "the business scope contains the banned term “{match}”"
          zh "经营范围中含有禁止使用的字样“{match}”"
  help "Art. 8 bars these terms from business scopes; remove the item containing “{match}” or describe the lawful activity without it."
       zh "第八条：经营范围不得含有虚拟货币、稳定币、RWA等相关字样；请删除含有“{match}”的经营项目，或改用不含该字样的表述写明实际从事的合法业务。"
  example fail { business_scope: "软件开发；加密資產托管；信息技术咨询服务" }
  example fail { business_scope: "区块链技术服务；稳定币发行与兑换" }
  example fail { business_scope: "technology consulting; real-world asset tokenization services" }
  example fail { business_scope: "数据处理服务；现实世界资产代币化技术服务" }
  example fail { business_scope: "Software development, Cryptocurrency exchange" }
  example fail { business_scope: "不含虚拟货币交易" }
  example pass { business_scope: "通信加密；资产评估；软件开发" }
  example pass { business_scope: "数字人民币受理终端销售；区块链技术服务" }
  example pass { business_scope: "virtual reality content production; encryption technology development" }
  example pass { business_scope: "Blockchain technology development; data processing" }
  example pass { business_scope: "虚拟现实设备销售，加密技术开发" }
  example fail document { body: "企业名称：某某科技有限公司\n经营范围：软件开发；加密资产信息咨询" }
  example pass document { body: "经营范围：软件开发；信息系统集成服务" }
}

rule registration-suspicious-term {
  article 8
  literal
  severity warning
  on registration, document
  summary "Terms such as digital asset, digital currency, token or 通证 are not named by the notice but are often used for the banned business; a registrar will ask what they cover."
          zh "“数字资产”“数字货币”“代币”“通证”等字样虽未被《通知》列明，但常被用于指代被禁止的业务；登记机关将要求说明其具体所指。"
  when any of [name, name_en, business_scope] has suspicious
  message "the {field} contains “{match}”, which registrars read as a possible virtual-currency or RWA term"
          zh "{field}中的“{match}”可能被登记机关视为虚拟货币或RWA相关字样"
  help "Make sure “{match}” does not describe virtual-currency or RWA business (art. 8); if it does, remove it, otherwise say plainly what it means."
       zh "请核实“{match}”是否指向虚拟货币或现实世界资产代币化（RWA）业务：如是，依据第八条应予删除；如否，请改用能够明确实际业务内容的表述。"
  example fail { business_scope: "数字资产管理咨询" }
  example fail { name: "杭州通证科技有限公司" }
  example fail { name_en: "Shanghai Digital Asset Services Co Ltd" }
  example fail { business_scope: "NFT digital collectibles issuance" }
  example pass { business_scope: "法定数字货币受理环境建设" }
  example pass { name: "深圳市数字科技有限公司" }
  example pass { business_scope: "identity management, access token services" }
  example pass { name_en: "Token Ring Networks Ltd" }
  example pass { name: "海通证券股份有限公司" }
  example pass { business_scope: "人民币安全防伪技术培训" }
  example fail { name: "深圳市币安网络科技有限公司" }
}

rule vc-advertisement {
  article 8
  severity error
  on document
  summary "Advertising virtual-currency or RWA business is illegal advertising that market regulators pursue."
          zh "为虚拟货币或现实世界资产代币化（RWA）业务发布广告属于违法广告，由市场监管部门依法查处。"
  when text has promotion near(30) art8-terms
  message "“{match}” advertises “{near_match}”"
          zh "为“{near_match}”相关业务做广告宣传（相关表述：“{match}”），属于违法广告"
  help "Art. 8: do not publish advertisements for virtual-currency or RWA business; remove the advertisement."
       zh "第八条：为虚拟货币或现实世界资产代币化（RWA）业务发布的广告属于违法广告，由市场监管部门依法查处；请撤下该广告。"
  example fail document { body: "限时推广：注册即送比特币！" }
  example fail document { body: "Sponsored: trade crypto assets with zero fees." }
  example fail document { body: "【广告】RWA资产代币化平台火热招募中" }
  example fail document { body: "Promotion — earn USDT for every referral." }
  example pass document { body: "本平台禁止发布虚拟货币广告。" }
  example pass document { body: "We do not accept advertising for cryptocurrency." }
  example pass document { body: "推广我们的云存储服务，享受八折优惠。" }
  example pass document { body: "Marketing automation for e-commerce stores." }
}

// ─── Article 1: virtual currency is not money; its business is illegal ──────────────────────

rule vc-as-money {
  article 1 paragraph 1
  severity error
  on registration, document
  supersedes vc-advertisement
  summary "Virtual currencies are not legal tender; presenting one as money — to price goods, pay or be paid — is not allowed."
          zh "虚拟货币不具有法定货币地位；不得将其作为货币使用，包括用于商品计价、付款或收款。"
  when text has vc-any near(15) payment
  message "“{match}” is presented as money (“{near_match}”)"
          zh "将“{match}”作为货币用于“{near_match}”，而虚拟货币不具有法定货币地位"
  help "Art. 1 ¶1: price and take payment in renminbi through licensed channels; remove the offer to pay or be paid in “{match}”."
       zh "第一条第一款：虚拟货币不得作为货币使用；请以人民币计价，并通过持牌机构收付款，删除以“{match}”计价、付款或收款的表述。"
  example fail document { body: "本店支持比特币支付，欢迎选购。" }
  example fail document { body: "Checkout: pay with USDT or BTC." }
  example fail document { body: "所有商品以泰达币计价。" }
  example fail { business_scope: "接受虚拟货币付款的商品销售" }
  example fail document { body: "We accept Bitcoin for all orders." }
  example pass document { body: "本店不接受比特币支付。" }
  example pass document { body: "Pay with Alipay or UnionPay." }
  example pass document { body: "比特币价格波动大。支付请使用人民币。" }
  example pass { business_scope: "移动支付技术服务" }
}

rule vc-business {
  article 1 paragraph 2
  severity error
  on registration, document
  supersedes vc-advertisement
  summary "Exchanging virtual currency for fiat or for other virtual currency, acting as counterparty, intermediary or price provider for such trades, token-issuance financing and virtual-currency derivatives are illegal financial activities."
          zh "虚拟货币与法定货币之间或虚拟货币相互之间的兑换，为此类交易充当交易对手方、中介或提供定价服务，代币发行融资以及虚拟货币衍生品交易，均属于非法金融活动。"
  when (text has vc-any near(20) vc-activity or text has token-offering or text has vc-trade or text has token-fundraising near(20) suspicious) and not audience = overseas
  message "“{match}” is offered as virtual-currency business"
          zh "涉及“{match}”的兑换、交易、代币发行融资等业务，属于非法金融活动"
  help "Art. 1 ¶2 bans virtual-currency exchange, trading, intermediation, pricing, token-issuance financing and derivatives outright; remove the offer."
       zh "第一条第二款：虚拟货币兑换、交易、中介、定价、代币发行融资及衍生品交易均属非法金融活动，一律禁止；请删除相关业务内容。"
  example fail document { body: "提供比特币与人民币兑换服务，秒到账。" }
  example fail document { body: "Trade Bitcoin perpetual futures with 100x leverage." }
  example fail { business_scope: "虚拟货币交易撮合服务" }
  example fail document { body: "参与我们的ICO，早期认购享八折。" }
  example fail document { body: "OTC desk: buy USDT at the best quotes." }
  example fail document { body: "Join the token sale before it closes." }
  example pass document { body: "我们不提供任何虚拟货币交易服务。" }
  example pass document { body: "We do not offer cryptocurrency trading or custody." }
  example pass document { body: "外汇兑换业务请到银行柜台办理。" }
  example pass { business_scope: "区块链技术开发；数据交易服务" }
  example fail document { body: "长期收U出U，大额可走对公，U商实名认证。" }
  example fail document { body: "Trade BTC perps and join the launchpool for new listings." }
  example fail { business_scope: "一般项目：合约跟单软件服务；币本位理财咨询" }
  example pass document { body: "办公用品：买U盘送数据线，U型枕八折。" }
  example fail document { body: "一键买入 USDT，30 秒到账。" }
  example pass document { body: "海外仓：卖UPS快递面单，换UGG专柜货。" }
  example pass { business_scope: "计算机外设销售；U盘、移动硬盘零售；订单跟单服务" }
  example pass { business_scope: "在境外发行代币化票据并办理链上登记" }
  example fail { business_scope: "发行项目生态代币 YQT 向社会公众募集研发资金" }
  example pass document { body: "但以这些技术为外衣，发行、交易代币募集资金，性质就变了。" }
}

rule overseas-vc-service {
  article 1 paragraph 2
  severity error
  on document
  supersedes vc-business, vc-advertisement
  summary "Overseas entities may not provide virtual-currency services to users in mainland China in any form."
          zh "境外主体不得以任何形式向中国境内用户提供虚拟货币相关服务。"
  when text has vc-any near(40) vc-activity and jurisdiction = overseas and (audience = domestic or text has domestic-users)
  message "an overseas provider offers “{match}” business to mainland users"
          zh "境外主体向境内用户提供“{match}”相关服务，属于非法金融活动"
  help "Art. 1 ¶2: an overseas provider must not serve mainland users; block mainland users and remove Chinese-market offers (deposits by Alipay, WeChat Pay, UnionPay, RMB)."
       zh "第一条第二款：境外主体不得以任何形式向境内用户提供虚拟货币相关服务；请屏蔽境内用户，并删除面向境内市场的内容（如支付宝、微信支付、银联或人民币充值渠道）。"
  example fail document { jurisdiction: overseas, body: "中国大陆用户可用支付宝购买USDT。" }
  example fail document { jurisdiction: overseas, audience: domestic, body: "全球领先的加密货币交易平台。" }
  example fail document { jurisdiction: overseas, body: "Mainland China users welcome: trade Bitcoin with RMB deposits via UnionPay." }
  example fail document { jurisdiction: overseas, audience: domestic, body: "Buy Ethereum instantly." }
  example pass document { jurisdiction: overseas, body: "We do not serve users in mainland China. Trade Bitcoin from 150 countries." }
  example pass document { jurisdiction: overseas, audience: overseas, body: "Trade Bitcoin with zero fees." }
  example pass document { jurisdiction: domestic, audience: domestic, body: "境内用户请注意：虚拟货币交易属于非法金融活动。" }
  example pass document { jurisdiction: overseas, audience: global, body: "服务不面向中国大陆用户。比特币交易24小时开放。" }
}

rule rmb-stablecoin {
  article 1 paragraph 3
  severity error
  on registration, document
  supersedes vc-advertisement
  summary "No entity, domestic or foreign, may issue an RMB-pegged stablecoin abroad without the competent authorities' consent."
          zh "未经主管部门同意，境内外任何主体均不得在境外发行锚定人民币的稳定币。"
  when text has rmb-stablecoin-names or (text has pegging near(15) rmb-peg and text has (stablecoin | suspicious) near(40) rmb-peg)
  unless consent "rmb-stablecoin"
  message "“{match}” describes an RMB-pegged stablecoin"
          zh "内容涉及锚定人民币的稳定币（相关表述：“{match}”），但未登记有效的主管部门同意"
  help "Art. 1 ¶3: issuing an RMB-pegged stablecoin abroad needs the competent authorities' consent; record it under `consents` (kind rmb-stablecoin) or remove the offering."
       zh "第一条第三款：未经主管部门同意，任何主体不得在境外发行锚定人民币的稳定币；如已取得同意，请在 `consents` 中写明 `kind: rmb-stablecoin`，否则请删除相关发行内容。"
  example fail document { body: "我们将在香港发行锚定离岸人民币的稳定币。" }
  example fail document { body: "Launching a CNH-pegged stablecoin for cross-border trade." }
  example fail { business_scope: "人民币稳定币发行" }
  example fail document { body: "CNHT is now live on our platform." }
  example fail document { body: "A stablecoin pegged 1:1 to the renminbi.", consents: [{ kind: "rmb-stablecoin", expires: 2025-01-31 }] } says "consent \"rmb-stablecoin\" expired on 2025-01-31"
  example pass document { body: "A stablecoin pegged 1:1 to the renminbi.", consents: [{ kind: "rmb-stablecoin", id: "PBOC-2026-001", expires: 2099-12-31 }] }
  example pass { jurisdiction: overseas, business_scope: "发行与离岸人民币1:1锚定的稳定币", consents: [{ kind: "人民币稳定币同意", expires: 2030-06-30 }] }
  example pass document { body: "A stablecoin pegged 1:1 to the renminbi.", consents: [{ kind: "Stablecoin Consent" }] }
  example pass document { body: "数字人民币是法定货币，不是稳定币。" }
  example pass document { body: "USD stablecoins are not available here. Prices are in RMB." }
  example pass document { body: "人民币汇率保持基本稳定。" }
  example fail { jurisdiction: overseas, business_scope: "发行按 1:1 兑付离岸人民币的数字代币；代币储备管理" }
  example pass { business_scope: "人民币存款到期兑付；代理收付款项" }
}

// ─── Article 2: RWA tokenization ────────────────────────────────────────────────────────────

rule domestic-rwa {
  article 2 paragraph 2
  severity error
  on registration, document
  supersedes vc-advertisement
  summary "RWA tokenization in mainland China, and intermediary or IT services for it, are banned unless approved by the competent authority and run on designated financial infrastructure."
          zh "禁止在中国境内开展现实世界资产代币化（RWA）活动，以及为其提供中介、信息技术服务，但经主管部门批准并依托指定的金融基础设施开展的除外。"
  when (text has rwa or text has tokenizing near(20) asset-rights) and jurisdiction = domestic
  unless approval "rwa" and infrastructure = designated
  message "domestic RWA tokenization business: “{match}”"
          zh "在境内开展“{match}”相关业务，但未同时取得主管部门批准并依托指定的金融基础设施"
  help "Art. 2 ¶2: domestic RWA tokenization needs the competent authority's approval and designated financial infrastructure; record both (`approvals` kind rwa, `infrastructure: designated`) or remove the business."
       zh "第二条第二款：在境内开展现实世界资产代币化（RWA）业务，须经主管部门批准并依托指定的金融基础设施；如两项条件均已具备，请在 `approvals` 中写明 `kind: rwa`，并注明 `infrastructure: designated`，否则请删除该业务。"
  example fail { business_scope: "RWA资产代币化技术服务" } says "no approval \"rwa\" is on file"
  example fail document { jurisdiction: domestic, body: "我们帮助企业将应收账款进行资产代币化发行。" }
  example fail document { jurisdiction: domestic, body: "Tokenize real-world assets on our platform.", approvals: [{ kind: "rwa", expires: 2099-12-31 }] }
  example fail { business_scope: "real-world asset tokenization platform", approvals: [{ kind: "rwa", id: "CSRC-2024-7", expires: 2025-06-30 }], infrastructure: designated } says "approval \"rwa\" (CSRC-2024-7) expired on 2025-06-30"
  example pass { business_scope: "供应链金融服务", approvals: [{ kind: "rwa", expires: 2099-12-31 }], infrastructure: designated }
  example pass document { jurisdiction: domestic, body: "Real-world asset tokenization services.", approvals: [{ kind: "rwa", id: "CSRC-2026-1", expires: 2099-12-31 }], infrastructure: designated }
  example pass { business_scope: "应收账款收益权通证化发行", approvals: [{ kind: "RWA批准", id: "沪金融〔2026〕3号", expires: 2028-12-31 }], infrastructure: designated }
  example fail { business_scope: "应收账款收益权通证化发行", approvals: [{ kind: "资产代币化批准", expires: 2028-12-31 }], infrastructure: other } says "infrastructure is `other`, not designated"
  example fail { business_scope: "应收账款收益权通证化发行", approvals: [{ kind: "tokenization", expires: 2025-11-22 }], infrastructure: designated } says "expired on 2025-11-22"
  example pass document { jurisdiction: domestic, body: "我们不从事现实世界资产代币化业务。" }
  example pass { business_scope: "资产评估；不动产登记代理" }
}

rule overseas-rwa-service {
  article 2 paragraph 2
  severity error
  on registration, document
  supersedes vc-advertisement
  summary "Overseas entities may not provide RWA tokenization services to domestic entities in any form."
          zh "境外主体不得以任何形式向境内主体提供现实世界资产代币化（RWA）相关服务。"
  when (text has rwa or text has tokenizing near(20) asset-rights) and jurisdiction = overseas and (audience = domestic or text has domestic-users)
  message "an overseas provider offers RWA tokenization (“{match}”) to domestic clients"
          zh "境外主体向境内客户提供“{match}”相关服务"
  help "Art. 2 ¶2: overseas providers must not serve domestic entities with RWA services; stop marketing them to mainland clients."
       zh "第二条第二款：境外主体不得以任何形式向境内主体提供现实世界资产代币化（RWA）服务；请停止向境内客户推介相关服务。"
  example fail document { jurisdiction: overseas, body: "为中国境内企业提供RWA发行一站式服务。" }
  example fail document { jurisdiction: overseas, audience: domestic, body: "Tokenize your real-world assets in Hong Kong." }
  example fail document { jurisdiction: overseas, body: "Chinese investors: access tokenized real-world assets today." }
  example pass document { jurisdiction: overseas, audience: overseas, body: "Tokenize real-world assets under Singapore law." }
  example pass document { jurisdiction: overseas, body: "RWA services are not available to mainland China users." }
  example pass document { jurisdiction: overseas, audience: domestic, body: "跨境贸易结算咨询服务。" }
  example fail { name: "Merlion Fractional Markets Pte. Ltd.", business_scope: "Issuance of on-chain fractional units in Singapore commercial property to investors in mainland China" }
}

// ─── Article 6: financial institutions, intermediaries, IT providers ────────────────────────

rule fi-vc-services {
  article 6
  severity error
  on registration, document
  supersedes vc-business, vc-as-money, overseas-vc-service, vc-advertisement
  summary "Banks and other financial institutions, payment institutions included, may not open accounts, move or clear funds, sell products, take collateral or insure for virtual-currency business."
          zh "银行等金融机构（含非银行支付机构）不得为虚拟货币相关业务提供开户、资金划转、清算结算、产品销售、抵质押或保险等服务。"
  when (entity_type in [financial_institution, payment_institution] or publisher in [financial_institution, payment_institution]) and text has fi-services near(25) vc-any
  message "a financial or payment institution offers “{match}” for virtual currency (“{near_match}”)"
          zh "金融机构或非银行支付机构为“{near_match}”相关业务提供“{match}”服务"
  help "Art. 6: financial and payment institutions must not serve virtual-currency business in any of these ways; withdraw the product or service."
       zh "第六条：金融机构和非银行支付机构不得为虚拟货币相关业务提供开户、资金划转、清算结算、产品销售、抵质押或保险等服务；请撤回相关产品或服务。"
  example fail { entity_type: payment_institution, business_scope: "为虚拟货币交易提供支付通道" }
  example fail document { publisher: financial_institution, body: "本行推出比特币质押贷款。" }
  example fail document { publisher: financial_institution, body: "Open an account for your crypto exchange business in minutes." }
  example fail document { publisher: payment_institution, body: "我们为USDT交易商提供代收代付。" }
  example pass document { publisher: financial_institution, body: "本行不为虚拟货币交易提供开户、转账服务。" }
  example pass { entity_type: financial_institution, business_scope: "吸收公众存款；发放贷款；办理结算" }
  example pass document { publisher: enterprise, body: "比特币质押服务。" }
  example fail { name: "深圳市汇通宝支付科技有限公司", business_scope: "为境外数字代币交易平台的境内用户提供充值、提现快捷支付通道" }
}

rule fi-rwa-services {
  article 6
  severity error
  on registration, document
  supersedes domestic-rwa, overseas-rwa-service, vc-advertisement
  summary "Financial institutions may not custody, clear or settle unauthorized RWA tokenization business or products."
          zh "金融机构不得为未经批准的现实世界资产代币化（RWA）业务或产品提供托管、清算或结算服务。"
  when (entity_type in [financial_institution, payment_institution] or publisher in [financial_institution, payment_institution]) and text has fi-services near(25) (rwa | tokenizing) and not jurisdiction = overseas
  unless approval "rwa"
  message "a financial institution offers “{match}” for RWA tokenization (“{near_match}”)"
          zh "金融机构为“{near_match}”相关业务提供“{match}”服务，但未登记有效的批准"
  help "Art. 6: custody, clearing and settlement of RWA products need the business to be authorized; record the approval (kind rwa) or withdraw the service."
       zh "第六条：金融机构只能为已获批准的现实世界资产代币化（RWA）业务或产品提供托管、清算和结算服务；如相关业务已获批准，请在 `approvals` 中写明 `kind: rwa`，否则请撤回该服务。"
  example fail document { publisher: financial_institution, body: "为RWA代币提供托管与清算服务。" }
  example fail { entity_type: financial_institution, business_scope: "real-world asset tokenization custody and settlement" }
  example fail document { publisher: payment_institution, body: "Settlement for tokenized real-world assets.", approvals: [{ kind: "rwa", expires: 2024-12-31 }] }
  example pass document { publisher: financial_institution, body: "为RWA代币提供托管服务。", approvals: [{ kind: "rwa", id: "PBOC-RWA-3", expires: 2099-12-31 }] }
  example pass document { publisher: financial_institution, body: "本行不为RWA产品提供托管。" }
  example pass { entity_type: financial_institution, business_scope: "资产托管；清算结算" }
  example pass { jurisdiction: overseas, entity_type: financial_institution, business_scope: "代币化债券托管与链上结算" }
}

rule intermediary-rwa-services {
  article 6
  severity error
  on registration, document
  supersedes vc-advertisement
  summary "Intermediaries and IT service providers may not provide intermediary, technical or other services for unauthorized RWA tokenization."
          zh "中介机构和信息技术服务机构不得为未经批准的现实世界资产代币化（RWA）活动提供中介、技术或其他服务。"
  when (entity_type in [intermediary, it_service_provider] or publisher in [intermediary, it_service_provider]) and (text has rwa or text has tokenizing near(20) asset-rights) and not jurisdiction = overseas
  unless approval "rwa"
  message "an intermediary or IT provider serves RWA tokenization (“{match}”)"
          zh "中介机构或信息技术服务机构为“{match}”相关业务提供服务，但未登记有效的批准"
  help "Art. 6: serve RWA tokenization only where the business is authorized; record the client's approval (kind rwa) or stop the service."
       zh "第六条：中介机构和信息技术服务机构只能为已获批准的现实世界资产代币化（RWA）业务提供服务；如客户已取得批准，请在 `approvals` 中写明 `kind: rwa`，否则请停止提供该服务。"
  example fail { entity_type: it_service_provider, business_scope: "RWA技术开发" }
  example fail document { publisher: intermediary, body: "资产代币化项目财务顾问与承销。" }
  example fail document { publisher: it_service_provider, body: "White-label tokenized asset issuance platform." }
  example pass document { publisher: it_service_provider, body: "White-label tokenized asset issuance platform.", approvals: [{ kind: "rwa", expires: 2099-12-31 }] }
  example pass { entity_type: it_service_provider, business_scope: "软件开发；信息系统集成" }
  example pass document { publisher: intermediary, body: "我们不承接RWA相关项目。" }
  example pass { jurisdiction: overseas, entity_type: it_service_provider, business_scope: "Platform development for tokenised receivables" }
}

// ─── Article 7: internet platforms ──────────────────────────────────────────────────────────

rule platform-promotion {
  article 7
  severity error
  on registration, document
  supersedes vc-advertisement, vc-business, vc-as-money, domestic-rwa, vc-mining, mining-machine-sales
  summary "Internet companies may not provide venues, commercial displays, marketing, advertising or paid traffic for virtual-currency or RWA business."
          zh "互联网平台企业不得为虚拟货币或现实世界资产代币化（RWA）业务提供网络经营场所、商业展示、营销宣传、广告或付费导流等服务。"
  when (entity_type = internet_platform or publisher = internet_platform) and text has promotion near(30) (art8-terms | vc-trade | tokenizing)
  message "an internet platform provides “{match}” for virtual-currency or RWA business (“{near_match}”)"
          zh "互联网平台为“{near_match}”相关业务提供入驻、展示、推广或引流服务（相关表述：“{match}”）"
  help "Art. 7: internet platforms must not host, display, market, advertise or drive traffic to virtual-currency or RWA business; take the listing or campaign down."
       zh "第七条：互联网平台企业不得为虚拟货币或现实世界资产代币化（RWA）业务提供入驻、展示、营销、广告或引流服务；请下架相关内容，并停止相关推广活动。"
  example fail document { publisher: internet_platform, body: "虚拟货币交易所入驻专区，流量扶持。" }
  example fail document { publisher: internet_platform, body: "Sponsored listing: the top crypto exchange apps." }
  example fail { entity_type: internet_platform, business_scope: "为数字货币及RWA项目提供广告推广服务" }
  example fail document { publisher: internet_platform, body: "直播带货：稳定币理财，限时返佣！" }
  example pass document { publisher: internet_platform, body: "本平台禁止发布虚拟货币广告。" }
  example pass document { publisher: internet_platform, body: "Sponsored listing: the top travel apps." }
  example pass document { publisher: enterprise, body: "推广加密货币。" }
  example fail { name: "成都圈友社交网络科技有限公司", business_scope: "社交网络平台运营；为资产上链份额认购项目提供社群推广、私域引流和商业展示服务" }
  example fail { business_scope: "应用软件分发服务；为境外数字代币交易所移动应用提供付费搜索排名、下载导流和推荐位展示服务" }
}

// ─── Article 9: mining ──────────────────────────────────────────────────────────────────────

rule vc-mining {
  article 9
  severity error
  on registration, document
  supersedes vc-business, vc-advertisement
  summary "Virtual-currency mining is being closed down and new mining projects are prohibited."
          zh "虚拟货币挖矿活动正在清理关停，禁止新建挖矿项目。"
  when (text has crypto-mining or text has mining-words near(20) vc-any) and not (jurisdiction = overseas and not (audience = domestic or text has domestic-users))
  message "virtual-currency mining: “{match}”"
          zh "涉及虚拟货币挖矿活动（相关表述：“{match}”），应予清理"
  help "Art. 9 prohibits virtual-currency mining projects; remove the mining activity."
       zh "第九条：虚拟货币挖矿项目正在清理关停，不得新建；请删除挖矿相关业务。"
  example fail { business_scope: "比特币挖矿；算力托管" }
  example fail document { body: "Cloud mining contracts from 0.01 BTC." }
  example fail document { body: "新建比特币矿场，招募矿机托管客户。" }
  example fail { name_en: "Sichuan Hashrate Hosting Co., Ltd." }
  example fail document { body: "Bitcoin miners wanted: cheap hydro power." }
  example pass { business_scope: "煤炭开采；矿山机械制造" }
  example pass { name: "山东矿机集团股份有限公司" }
  example pass { business_scope: "算力托管服务；人工智能模型训练" }
  example pass document { body: "Data mining and machine learning services." }
  example pass document { body: "我们不提供任何比特币挖矿服务。" }
  example pass { jurisdiction: overseas, business_scope: "Operation of a bitcoin mining facility in Ekibastuz, Kazakhstan" }
  example fail document { jurisdiction: overseas, body: "海外矿场比特币云挖矿，支持中国大陆用户支付宝付款。" }
  example fail { business_scope: "矿机租赁；挖矿算力出租（按 TH/s 计费）" }
}

rule mining-machine-sales {
  article 9
  severity error
  on registration, document
  supersedes vc-business, vc-advertisement
  summary "Makers of mining machines may not sell or service mining machines in mainland China."
          zh "矿机生产企业不得在中国境内销售矿机或提供矿机相关服务。"
  when (entity_type = mining_machine_maker or publisher = mining_machine_maker) and (jurisdiction = domestic or audience = domestic) and text has (crypto-mining | mining-words) near(20) sales and not text has export-only
  message "a mining-machine maker offers “{match}” in China (“{near_match}”)"
          zh "矿机生产企业在境内开展“{match}”的“{near_match}”业务"
  help "Art. 9: mining-machine makers must not sell or service mining machines domestically; withdraw the offer for mainland customers."
       zh "第九条：矿机生产企业不得在境内销售矿机或提供矿机相关服务；请停止面向境内客户的销售和服务。"
  example fail { entity_type: mining_machine_maker, business_scope: "矿机销售；矿机维修" }
  example fail document { publisher: mining_machine_maker, audience: domestic, body: "Antminer sales and repair for mainland customers." }
  example fail document { publisher: mining_machine_maker, jurisdiction: domestic, body: "蚂蚁矿机批发零售。" }
  example pass document { publisher: mining_machine_maker, jurisdiction: overseas, audience: overseas, body: "Antminer sales in Kazakhstan." }
  example pass { entity_type: mining_machine_maker, business_scope: "集成电路设计；人工智能芯片销售" }
  example pass document { publisher: mining_machine_maker, jurisdiction: domestic, body: "本公司矿机不在中国境内销售。" }
  example pass { entity_type: mining_machine_maker, business_scope: "矿机研发、生产；矿机销售（仅限境外销售，不在境内销售）" }
}

// ─── Article 13: issuing virtual currency abroad ────────────────────────────────────────────

rule vc-issuance-abroad {
  article 13
  severity error
  on registration, document
  supersedes vc-business, vc-advertisement
  summary "Domestic entities, and foreign entities they control, may not issue virtual currency abroad without approval."
          zh "未经批准，境内主体及其控制的境外主体不得在境外发行虚拟货币。"
  when (text has issuance near(30) (vc-any | suspicious) or text has token-offering) and ((jurisdiction = overseas and (controlled_by.jurisdiction = domestic or parent.jurisdiction = domestic)) or (jurisdiction = domestic and text has abroad)) and not (text has rwa or text has tokenizing near(20) asset-rights)
  unless approval "vc-issuance"
  message "an entity controlled from China issues a virtual currency: “{match}”"
          zh "境内主体或其控制的境外主体在境外发行虚拟货币（相关表述：“{match}”），但未登记有效的批准"
  help "Art. 13: a domestic entity, or a foreign entity it controls, needs approval to issue a virtual currency abroad; record it (`approvals` kind vc-issuance) or drop the issuance."
       zh "第十三条：境内主体及其控制的境外主体在境外发行虚拟货币，须事先取得批准；如已获批准，请在 `approvals` 中写明 `kind: vc-issuance`，否则请停止发行。"
  example fail document { jurisdiction: overseas, controlled_by: { jurisdiction: domestic }, body: "我司新加坡子公司将发行平台代币。" }
  example fail { jurisdiction: overseas, parent: { jurisdiction: domestic }, business_scope: "token issuance and distribution" }
  example fail document { jurisdiction: domestic, body: "We will launch our own crypto token in the Cayman Islands." }
  example fail document { jurisdiction: overseas, controlled_by: { name: "深圳某科技有限公司", jurisdiction: domestic }, body: "Token sale opens Monday." }
  example pass document { jurisdiction: overseas, controlled_by: { jurisdiction: overseas }, body: "Token sale opens Monday." }
  example pass document { jurisdiction: overseas, controlled_by: { jurisdiction: domestic }, body: "Token sale opens Monday.", approvals: [{ kind: "vc-issuance", id: "NDRC-2026-9", expires: 2099-12-31 }] }
  example pass document { jurisdiction: overseas, controlled_by: { jurisdiction: domestic }, body: "Token sale opens Monday.", approvals: [{ kind: "issuance", expires: 2030-01-01 }] }
  example pass { jurisdiction: overseas, parent: { jurisdiction: domestic }, business_scope: "在新加坡发行平台代币", approvals: [{ kind: "发行批准", id: "发改〔2026〕12号" }] }
  example fail { jurisdiction: overseas, parent: { jurisdiction: domestic }, business_scope: "在新加坡发行平台代币", approvals: [{ kind: "代币发行批准", expires: 2026-04-30 }] } says "approval \"vc-issuance\" expired on 2026-04-30"
  example pass document { jurisdiction: domestic, body: "本公司发行公司债券。" }
  example pass { business_scope: "平台代币发行" }
  example fail { jurisdiction: overseas, controlled_by: { jurisdiction: domestic }, business_scope: "發行 ZLC 平台幣並於海外交易平台上市" }
  example fail { business_scope: "在境外发行平台积分币 XLC 并向境外社区用户分发" }
  example pass { jurisdiction: overseas, parent: { jurisdiction: domestic }, business_scope: "发行以伦敦金库实物黄金为支撑的代币化黄金份额" }
}

// ─── Article 14: overseas RWA based on domestic assets ──────────────────────────────────────

rule overseas-rwa-domestic-assets {
  article 14
  severity error
  on registration, document
  supersedes domestic-rwa, overseas-rwa-service, vc-advertisement
  summary "Tokenizing or securitizing domestic ownership or income rights abroad needs the relevant departments' consent and filing."
          zh "以境内资产的所有权或收益权在境外进行代币化或证券化，须经有关部门同意并办理备案。"
  when (text has rwa or text has tokenizing near(20) asset-rights or text has securitizing) and ((jurisdiction = overseas and (underlying = domestic or text has domestic-assets)) or (jurisdiction = domestic and underlying != overseas and text has (rwa | asset-rights | securitizing) near(30) abroad))
  unless consent "rwa-overseas" and filing "rwa-overseas"
  message "overseas RWA tokenization (“{match}”) of domestic assets"
          zh "以境内资产在境外开展“{match}”相关业务，但未同时登记有关部门的同意和备案"
  help "Art. 14: overseas tokenization of domestic assets needs the relevant departments' consent and a filing; record both (`consents` and `filings`, kind rwa-overseas) or stop the issuance."
       zh "第十四条：以境内资产的所有权或收益权在境外开展代币化，须经有关部门同意并办理备案；如均已办妥，请在 `consents` 和 `filings` 中分别写明 `kind: rwa-overseas`，否则请停止发行。"
  example fail document { jurisdiction: overseas, body: "将境内不动产收益权在香港进行RWA代币化发行。" }
  example fail document { jurisdiction: overseas, underlying: domestic, body: "Real-world asset tokenization of receivables." }
  example fail document { jurisdiction: overseas, body: "RWA tokens backed by mainland assets.", consents: [{ kind: "rwa-overseas" }] } says "no filing \"rwa-overseas\" is on file"
  example pass document { jurisdiction: overseas, body: "RWA tokens backed by mainland assets.", consents: [{ kind: "rwa-overseas", id: "CSRC-C-1" }], filings: [{ kind: "rwa-overseas", id: "CSRC-F-1" }] }
  example pass { jurisdiction: overseas, underlying: domestic, business_scope: "Tokenisation of income rights of solar plants in Jiangsu", consents: [{ kind: "cross-border-rwa", expires: 2029-01-01 }], filings: [{ kind: "境外RWA备案" }] }
  example fail { jurisdiction: overseas, underlying: domestic, business_scope: "Tokenisation of income rights of solar plants in Jiangsu", consents: [{ kind: "overseas-rwa", expires: 2026-06-30 }], filings: [{ kind: "overseas-rwa" }] } says "consent \"rwa-overseas\" expired on 2026-06-30"
  example fail { jurisdiction: overseas, underlying: domestic, business_scope: "Tokenisation of income rights of solar plants in Jiangsu", filings: [{ kind: "境外RWA" }] } says "no consent \"rwa-overseas\" is on file"
  example pass document { jurisdiction: overseas, underlying: overseas, body: "Tokenized US treasury bills." }
  example pass document { jurisdiction: overseas, underlying: overseas, body: "新加坡商业地产资产证券化咨询。" }
  example fail { name: "鵬城安居資產證券化（香港）有限公司", underlying: domestic, business_scope: "以深圳市長租公寓租金收入為基礎資產，在香港設立資產支持證券化計劃，向境外機構投資者發行資產支持票據" }
  // A domestic entity taking its own assets abroad is the article's first case.
  example fail { name: "厦门海沧港务物流有限公司", business_scope: "以港区仓储租金收益权为基础，在香港发行代币化收益凭证" } says "no consent \"rwa-overseas\" is on file"
  example pass { name: "厦门海沧港务物流有限公司", business_scope: "以港区仓储租金收益权为基础资产在上海证券交易所发行资产支持证券" }
  example pass document { body: "通知第十四条对“境内资产境外代币化”作出了分类规定，香港RWA项目未来需要走备案程序。" }
}

// ─── Article 15: overseas arms of domestic financial institutions ───────────────────────────

rule fi-overseas-rwa-controls {
  article 15
  severity warning
  on registration, document
  supersedes vc-advertisement
  summary "Overseas subsidiaries and branches of domestic financial institutions offering RWA services must have qualified staff, onboarding, suitability and AML controls within the parent's compliance system, and report the business."
          zh "境内金融机构的境外子公司、分支机构提供现实世界资产代币化（RWA）相关服务的，应当配备具备相应资质的人员，建立客户准入、适当性管理和反洗钱等管控措施并纳入母公司合规管理体系，同时报告相关业务。"
  when jurisdiction = overseas and parent.jurisdiction = domestic and parent.entity_type in [financial_institution, payment_institution] and (text has rwa or text has tokenizing near(20) asset-rights)
  unless filing "rwa-compliance" and filing "rwa-report"
  message "an overseas arm of a domestic financial institution offers RWA services (“{match}”) without recorded controls"
          zh "境内金融机构的境外子公司或分支机构提供“{match}”相关服务，但未登记相应的合规管控措施和业务报告"
  help "Art. 15: record the compliance programme and the report to the regulator as `filings` (kinds rwa-compliance and rwa-report)."
       zh "第十五条：此类业务须配备合格人员，建立客户准入、适当性管理和反洗钱等管控措施，纳入母公司合规管理体系，并向监管部门报告；请在 `filings` 中分别写明合规管理安排（`kind: rwa-compliance`）和业务报告（`kind: rwa-report`）。"
  example fail { jurisdiction: overseas, parent: { entity_type: financial_institution, jurisdiction: domestic }, business_scope: "RWA tokenization advisory" }
  example fail document { jurisdiction: overseas, parent: { entity_type: financial_institution, jurisdiction: domestic }, body: "香港子公司提供现实世界资产代币化服务。", filings: [{ kind: "rwa-compliance" }] } says "no filing \"rwa-report\" is on file"
  example fail document { jurisdiction: overseas, parent: { entity_type: financial_institution, jurisdiction: domestic }, body: "Tokenized asset distribution for professional investors." }
  example pass document { jurisdiction: overseas, parent: { entity_type: financial_institution, jurisdiction: domestic }, body: "Tokenized asset distribution.", filings: [{ kind: "rwa-compliance" }, { kind: "rwa-report", id: "NFRA-2026-12" }] }
  example pass { jurisdiction: overseas, parent: { entity_type: financial_institution, jurisdiction: domestic }, business_scope: "代币化债券分销", filings: [{ kind: "合规制度备案" }, { kind: "报备", expires: 2027-03-31 }] }
  example fail { jurisdiction: overseas, parent: { entity_type: financial_institution, jurisdiction: domestic }, business_scope: "代币化债券分销", filings: [{ kind: "compliance-programme", expires: 2026-01-31 }, { kind: "regulatory-report" }] } says "filing \"rwa-compliance\" expired on 2026-01-31"
  example pass document { jurisdiction: overseas, parent: { entity_type: enterprise, jurisdiction: domestic }, body: "Tokenized asset distribution." }
  example pass document { jurisdiction: overseas, parent: { entity_type: financial_institution, jurisdiction: domestic }, body: "Wealth management for professional investors." }
}

rule intermediary-overseas-rwa-controls {
  article 15
  severity warning
  on registration, document
  supersedes vc-advertisement
  summary "Intermediaries and IT providers offering RWA services abroad on domestic assets must keep compliance and internal-control systems and report the business for approval or filing."
          zh "中介机构和信息技术服务机构以境内资产在境外提供现实世界资产代币化（RWA）相关服务的，应当建立健全合规和内部控制制度，并将相关业务报请批准或办理备案。"
  when (text has rwa or text has tokenizing near(20) asset-rights) and (entity_type in [intermediary, it_service_provider] or publisher in [intermediary, it_service_provider]) and (underlying = domestic or text has domestic-assets) and (jurisdiction = overseas or text has abroad)
  unless filing "rwa-report"
  message "RWA services on domestic assets (“{match}”) without a recorded report to the regulator"
          zh "中介机构或信息技术服务机构为基于境内资产的“{match}”业务提供服务，但未登记报请批准或备案的记录"
  help "Art. 15: record the report for approval or filing (`filings` kind rwa-report) and keep the compliance system behind it."
       zh "第十五条：此类业务应报请批准或办理备案，并建立健全合规和内部控制制度；请在 `filings` 中写明报送情况（`kind: rwa-report`）。"
  example fail document { publisher: intermediary, body: "协助境内资产赴港RWA发行。" }
  example fail { entity_type: it_service_provider, underlying: domestic, business_scope: "为境内企业赴港开展RWA发行提供平台开发" }
  example fail document { publisher: it_service_provider, body: "Asset tokenization in Singapore for onshore assets with our SaaS." }
  example pass document { publisher: intermediary, body: "协助境内资产赴港RWA发行。", filings: [{ kind: "rwa-report", id: "CSRC-2026-88" }] }
  example pass document { publisher: intermediary, body: "协助境内资产赴港RWA发行。", filings: [{ kind: "业务报告" }] }
  example pass document { publisher: intermediary, underlying: overseas, body: "RWA issuance advisory." }
  example pass document { publisher: enterprise, body: "境内资产RWA。" }
  example pass document { publisher: intermediary, body: "为境内充电桩收益权上链发行提供法律服务。" }
}

// ─── Article 19: investors bear their own losses ────────────────────────────────────────────

rule investor-returns {
  article 19
  severity warning
  on document
  summary "Investing in virtual currency or RWA tokens against public order is void in civil law and losses stay with the investor; texts that promise returns on them mislead investors."
          zh "投资虚拟货币或RWA代币违背公序良俗的，相关民事法律行为无效，损失由投资者自行承担；承诺此类投资收益的内容会误导投资者。"
  when text has returns near(30) (art8-terms | suspicious)
  message "“{match}” promises returns on “{near_match}”"
          zh "对“{near_match}”投资作出“{match}”等回报承诺，易误导投资者"
  help "Art. 19: such investments are void and losses are the investor's own; remove the promise of returns."
       zh "第十九条：投资虚拟货币或RWA代币违背公序良俗的，相关民事法律行为无效，损失由投资者自行承担；请删除相关收益承诺。"
  example fail document { body: "USDT理财，年化收益20%，保本保息。" }
  example fail document { body: "Stake your tokens for 18% APY, guaranteed returns." }
  example fail document { body: "RWA代币稳赚不赔，躺赚收益。" }
  example pass document { body: "国债逆回购年化收益2%。" }
  example pass document { body: "Beware: crypto schemes promising guaranteed returns are illegal." }
  example pass document { body: "比特币价格波动剧烈。投资有风险。" }
  example pass document { body: "凡以本行名義宣稱「保本穩賺」之虛擬貨幣投資訊息，均非本行所為，請勿受騙。" }
}
