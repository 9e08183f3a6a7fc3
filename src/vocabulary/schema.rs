//! The fields a record may carry: which are text to match, which are facts, which list grants,
//! and the values an enumerated fact may take. Rule validation and input loading both read it,
//! so a rule can never name a field no input provides.

use crate::lang::Lang;
use crate::vocabulary::Subject;

/// What a field holds, which decides how a rule may use it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldKind {
    /// Text matched against term sets.
    Text,
    /// A single value compared with `=`, `!=`, `in`.
    Fact,
    /// A list of approvals, consents or filings.
    Grants,
    /// Text that says who an entity is rather than what it does (its registered address, its
    /// parent's name): read by `has` only where a rule or inference names the field, never by
    /// `text`, so "香港" in an address is no business abroad.
    Clue,
}

/// One field of the schema.
#[derive(Debug)]
pub struct FieldInfo {
    /// The name inputs and rules use; a dotted path for a nested fact (`parent.jurisdiction`).
    pub name: &'static str,
    /// Text, fact or grants.
    pub kind: FieldKind,
    /// The kinds of input that carry it.
    pub subjects: &'static [Subject],
    /// The values an enumerated fact may take; `None` for free text.
    pub values: Option<&'static [&'static str]>,
    /// What the field holds, in a few words for people.
    pub about: &'static str,
}

/// The values of `entity_type`, `publisher` and a controller's or parent's `entity_type`: the kinds
/// of entity the notice's articles address.
pub const ENTITY_TYPES: &[&str] = &[
    "enterprise",
    "individual_business",
    "financial_institution",
    "payment_institution",
    "internet_platform",
    "intermediary",
    "it_service_provider",
    "mining_machine_maker",
];

/// Values as filings and registry exports write them in Chinese, with the canonical value each
/// stands for. A value is only read this way for a fact whose
/// values include that canonical value.
pub const VALUE_ALIASES: &[(&str, &[&str])] = &[
    (
        "enterprise",
        &["企业", "公司", "有限责任公司", "有限公司", "股份有限公司"],
    ),
    ("individual_business", &["个体工商户", "个体户", "个体经营"]),
    (
        "financial_institution",
        &[
            "金融机构",
            "银行",
            "商业银行",
            "保险公司",
            "证券公司",
            "券商",
            "信托公司",
            "基金管理公司",
            "期货公司",
        ],
    ),
    (
        "payment_institution",
        &["支付机构", "非银行支付机构", "第三方支付机构", "支付公司"],
    ),
    ("internet_platform", &["互联网平台", "网络平台", "电商平台"]),
    (
        "intermediary",
        &[
            "中介机构",
            "律师事务所",
            "会计师事务所",
            "资产评估机构",
            "评级机构",
        ],
    ),
    (
        "it_service_provider",
        &["信息技术服务商", "技术服务商", "信息技术服务提供商"],
    ),
    (
        "mining_machine_maker",
        &["矿机生产企业", "矿机制造商", "矿机生产商"],
    ),
    (
        "domestic",
        &["境内", "国内", "中国境内", "中国大陆", "境内注册"],
    ),
    ("overseas", &["境外", "海外", "境外注册"]),
    ("global", &["全球"]),
];

/// The canonical form of an enumerated fact's value: `Financial Institution` and
/// `financial-institution` are `financial_institution`, and so is `银行`.
pub fn canonical_value(values: &[&str], text: &str) -> String {
    let canonical = super::canonical_fact(text);
    if values.contains(&canonical.as_str()) {
        return canonical;
    }
    let written = text.trim();
    VALUE_ALIASES
        .iter()
        .filter(|(value, _)| values.contains(value))
        .find(|(_, aliases)| aliases.iter().any(|a| a.eq_ignore_ascii_case(written)))
        .map_or(canonical, |(value, _)| value.to_string())
}

/// The values of `jurisdiction`, `underlying` and a controller's or parent's `jurisdiction`.
pub const JURISDICTIONS: &[&str] = &["domestic", "overseas"];
/// The values of a document's `audience`.
pub const AUDIENCES: &[&str] = &["domestic", "overseas", "global"];

const BOTH: &[Subject] = &[Subject::Registration, Subject::Document];
const REGISTRATION: &[Subject] = &[Subject::Registration];
const DOCUMENT: &[Subject] = &[Subject::Document];

use FieldKind::{Clue, Fact, Grants, Text};

/// Every field a record may carry.
pub const FIELDS: &[FieldInfo] = &[
    FieldInfo {
        name: "name",
        kind: Text,
        subjects: REGISTRATION,
        values: None,
        about: "registered name (Chinese)",
    },
    FieldInfo {
        name: "name_en",
        kind: Text,
        subjects: REGISTRATION,
        values: None,
        about: "registered English name",
    },
    FieldInfo {
        name: "business_scope",
        kind: Text,
        subjects: REGISTRATION,
        values: None,
        about: "business scope (经营范围)",
    },
    FieldInfo {
        name: "address",
        kind: Clue,
        subjects: REGISTRATION,
        values: None,
        about: "registered address (住所)",
    },
    FieldInfo {
        name: "title",
        kind: Text,
        subjects: DOCUMENT,
        values: None,
        about: "document title",
    },
    FieldInfo {
        name: "body",
        kind: Text,
        subjects: DOCUMENT,
        values: None,
        about: "document prose",
    },
    FieldInfo {
        name: "id",
        kind: Fact,
        subjects: BOTH,
        values: None,
        about: "unified social credit code or other identifier",
    },
    FieldInfo {
        name: "entity_type",
        kind: Fact,
        subjects: REGISTRATION,
        values: Some(ENTITY_TYPES),
        about: "what kind of entity registers",
    },
    FieldInfo {
        name: "publisher",
        kind: Fact,
        subjects: DOCUMENT,
        values: Some(ENTITY_TYPES),
        about: "entity type of whoever publishes the document",
    },
    FieldInfo {
        name: "jurisdiction",
        kind: Fact,
        subjects: BOTH,
        values: Some(JURISDICTIONS),
        about: "where the entity (or publisher) is established; registrations default to domestic",
    },
    FieldInfo {
        name: "audience",
        kind: Fact,
        subjects: DOCUMENT,
        values: Some(AUDIENCES),
        about: "whom the document addresses",
    },
    FieldInfo {
        name: "underlying",
        kind: Fact,
        subjects: BOTH,
        values: Some(JURISDICTIONS),
        about: "where the assets behind a token or securitization are",
    },
    FieldInfo {
        name: "infrastructure",
        kind: Fact,
        subjects: BOTH,
        values: Some(&["designated", "other"]),
        about:
            "whether the business runs on financial infrastructure designated by the authorities",
    },
    FieldInfo {
        name: "controlled_by.name",
        kind: Clue,
        subjects: BOTH,
        values: None,
        about: "controlling party's name",
    },
    FieldInfo {
        name: "controlled_by.jurisdiction",
        kind: Fact,
        subjects: BOTH,
        values: Some(JURISDICTIONS),
        about: "controlling party's jurisdiction",
    },
    FieldInfo {
        name: "controlled_by.entity_type",
        kind: Fact,
        subjects: BOTH,
        values: Some(ENTITY_TYPES),
        about: "controlling party's entity type",
    },
    FieldInfo {
        name: "parent.name",
        kind: Clue,
        subjects: BOTH,
        values: None,
        about: "parent entity's name",
    },
    FieldInfo {
        name: "parent.jurisdiction",
        kind: Fact,
        subjects: BOTH,
        values: Some(JURISDICTIONS),
        about: "parent entity's jurisdiction",
    },
    FieldInfo {
        name: "parent.entity_type",
        kind: Fact,
        subjects: BOTH,
        values: Some(ENTITY_TYPES),
        about: "parent entity's type",
    },
    FieldInfo {
        name: "approvals",
        kind: Grants,
        subjects: BOTH,
        values: None,
        about: "approvals held: [{kind, id, authority, expires}]",
    },
    FieldInfo {
        name: "consents",
        kind: Grants,
        subjects: BOTH,
        values: None,
        about: "consents held: [{kind, id, authority, expires}]",
    },
    FieldInfo {
        name: "filings",
        kind: Grants,
        subjects: BOTH,
        values: None,
        about: "filings made: [{kind, id, authority, expires}]",
    },
];

/// The pseudo-field that selects every text field of a record.
pub const ALL_TEXT: &str = "text";

/// The field called exactly `name`; other names (`企业名称`, `Business Scope`) are looked up by
/// [`field_by_alias`].
pub fn field(name: &str) -> Option<&'static FieldInfo> {
    FIELDS.iter().find(|f| f.name == name)
}

/// Names valid for a subject, for did-you-mean suggestions.
pub fn names_for(subject: Subject) -> Vec<&'static str> {
    FIELDS
        .iter()
        .filter(|f| f.subjects.contains(&subject))
        .map(|f| f.name)
        .collect()
}

/// Top-level keys of a record: `parent.name` is written as `parent: {name: …}`.
pub fn top_level_names(subject: Subject) -> Vec<&'static str> {
    let mut names: Vec<&str> = names_for(subject)
        .into_iter()
        .map(|n| n.split('.').next().unwrap_or(n))
        .collect();
    names.dedup();
    names
}

/// How a field is named in a sentence shown to people.
pub fn label(field: &str, lang: Lang) -> &str {
    let (en, zh) = match field {
        "name" => ("name", "名称"),
        "name_en" => ("English name", "英文名称"),
        "business_scope" => ("business scope", "经营范围"),
        "title" => ("title", "标题"),
        "body" => ("text", "正文"),
        "id" => ("identifier", "统一社会信用代码"),
        "entity_type" => ("entity type", "企业类型"),
        "publisher" => ("publisher", "发布主体"),
        "jurisdiction" => ("jurisdiction", "注册地"),
        "audience" => ("audience", "面向对象"),
        "underlying" => ("underlying assets", "底层资产"),
        "infrastructure" => ("infrastructure", "基础设施"),
        other => (other, other),
    };
    lang.pick(en, zh)
}

/// Other names of fields, in Chinese and English, as registry exports and filings write them:
/// table headers and registration keys alike (compared without case, spaces, underscores, hyphens
/// or brackets).
pub const ALIASES: &[(&str, &[&str])] = &[
    (
        "name",
        &[
            "企业名称",
            "名称",
            "公司名称",
            "主体名称",
            "市场主体名称",
            "单位名称",
            "商户名称",
            "客户名称",
            "企业(机构)名称",
            "name",
            "companyname",
            "enterprisename",
            "entityname",
            "company",
            "merchantname",
            "customername",
        ],
    ),
    (
        "name_en",
        &[
            "英文名称",
            "企业英文名称",
            "外文名称",
            "nameen",
            "englishname",
            "enname",
        ],
    ),
    (
        "business_scope",
        &[
            "经营范围",
            "业务范围",
            "主营业务",
            "经营项目",
            "businessscope",
            "scope",
            "scopeofbusiness",
            "business",
        ],
    ),
    (
        "id",
        &[
            "统一社会信用代码",
            "社会信用代码",
            "信用代码",
            "注册号",
            "工商注册号",
            "统一代码",
            "creditcode",
            "uscc",
            "unifiedsocialcreditcode",
            "id",
            "registrationnumber",
            "regno",
        ],
    ),
    (
        "entity_type",
        &[
            "企业类型",
            "主体类型",
            "市场主体类型",
            "机构类型",
            "entitytype",
        ],
    ),
    ("jurisdiction", &["注册地", "jurisdiction"]),
];

/// A name as aliases are compared: no case, spaces, underscores, hyphens or brackets.
pub fn alias_key(name: &str) -> String {
    name.trim()
        .trim_start_matches('\u{FEFF}')
        .chars()
        .filter(|c| !matches!(c, ' ' | '_' | '-' | '（' | '）' | '(' | ')'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// The field a name stands for, by its aliases (`企业名称` → `name`, `Business Scope` →
/// `business_scope`).
pub fn field_by_alias(name: &str) -> Option<&'static str> {
    static BY_KEY: std::sync::LazyLock<std::collections::HashMap<String, &'static str>> =
        std::sync::LazyLock::new(|| {
            let mut map = std::collections::HashMap::new();
            for (field, names) in ALIASES {
                for alias in *names {
                    map.entry(alias_key(alias)).or_insert(*field);
                }
            }
            map
        });
    BY_KEY.get(&alias_key(name)).copied()
}
