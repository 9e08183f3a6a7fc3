//! Registrations shown on a page: an "About us" table's 公司名称 and 经营范围 rows, a footer's
//! "© 2026 广州某某科技有限公司", a business-scope line. Article 8 bars banned terms from
//! registered names and scopes wherever they are written, so each is handed to the registration
//! rules as a `name`, `name_en` or `business_scope` field with its place in the page.
//!
//! Only names a page presents as a registration are read: after a label (公司名称, 运营主体,
//! Operator …) or a copyright sign. A company a news page mentions in passing is not its filing.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::record::Record;

/// Adds, for each page body of `record`, the registrations it shows as fields of their own
/// (marked derived: rules reading the whole text still read them once, in the body).
pub fn add_shown(record: &mut Record) {
    let bodies: Vec<usize> = (0..record.texts.len())
        .filter(|&i| record.texts[i].name == "body" && !record.texts[i].derived)
        .collect();
    for index in bodies {
        let shown = shown(&record.texts[index].value);
        // Wherever the page writes a shown name again (a title, an opening sentence), it names.
        let mut names: Vec<Range<usize>> = Vec::new();
        for (_, range) in shown.iter().filter(|(field, _)| field.starts_with("name")) {
            let body = &record.texts[index].value;
            let name = &body[range.clone()];
            names.extend(body.match_indices(name).map(|(at, _)| at..at + name.len()));
        }
        names.sort_by_key(|r| r.start);
        names.dedup();
        record.texts[index].names = names;
        for (field, range) in shown {
            let body = &record.texts[index];
            let value = body.value[range.clone()].to_string();
            let origin = body.origin.slice(range);
            record.push_text(field, value, origin);
            if let Some(shown) = record.texts.last_mut() {
                shown.derived = true;
            }
        }
    }
}

/// What a label introduces, and the field the registration rules read it as.
const NAME_LABELS: &str = r"(?:公司名称|企业名称|公司全称|企业全称|主体名称|名称|运营主体|运营方|运营单位|主办单位|经营者|发行人|版权所有|公司名稱|企業名稱|運營主體|營運主體|版權所有|©|\(c\)|Copyright|Company name|Legal name|Operator|Operated by)";

/// A registered name: Chinese legal forms, or English ones.
const ZH_NAME: &str = r"[\p{Han}A-Za-z0-9（）()·×]{2,40}?(?:股份有限公司|有限责任公司|有限責任公司|有限公司|合伙企业|合夥企業|个体工商户|個體工商戶|经营部|商行|工作室)";
const EN_NAME: &str = r"[A-Z][A-Za-z0-9&'(). -]{1,60}?(?:Co\.,? ?Ltd\.?|Company Limited|Limited|Ltd\.?|LLC|Inc\.|Pte\.? Ltd\.?)";

static NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i:{NAME_LABELS})[\s:：]*(?:\d{{4}}(?:\s*[-–]\s*\d{{4}})?\s*年?\s*)?(?:(?P<zh>{ZH_NAME})|(?P<en>{EN_NAME}))"
    ))
    .expect("the name pattern compiles")
});

/// `经营范围：…`, `经营范围可写入：…`, `Business scope: …`, or a table's 经营范围 cell, up to the
/// end of the line or cell. "名称、经营范围不得含…" in a summary of the notice is no scope.
static SCOPE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i:经营范围|經營範圍|business scope)(?:可写入|可填写|包括|包含|如下|为|為)?\s*(?:[:：]|\n)[\s“”]*(?P<scope>[^\n]{2,})")
        .expect("the scope pattern compiles")
});

/// How a sentence about what a scope may hold begins: a rule, not a scope.
const RULE_WORDS: &[&str] = &[
    "不得",
    "禁止",
    "不能",
    "不应",
    "不可",
    "须",
    "应当",
    "中不得",
    "must",
    "may not",
];

/// The registrations `text` shows: each field name with its byte range in `text`.
pub fn shown(text: &str) -> Vec<(&'static str, Range<usize>)> {
    let mut out = Vec::new();
    for caps in NAME.captures_iter(text) {
        if let Some(m) = caps.name("zh") {
            out.push(("name", m.range()));
        } else if let Some(m) = caps.name("en") {
            out.push(("name_en", m.range()));
        }
    }
    for caps in SCOPE.captures_iter(text) {
        let label = caps.get(0).map_or(0, |m| m.start());
        // "名称、经营范围 | 不得含…" names the field in a rule, it does not fill it.
        let listed = text[..label].ends_with(['、', '/', '和', '或', '及', '与']);
        if let Some(m) = caps.name("scope").filter(|_| !listed) {
            if RULE_WORDS.iter().any(|w| m.as_str().starts_with(w)) {
                continue;
            }
            let scope = m.as_str().trim_end_matches(['”', '"', '。', '.', ' ']);
            out.push(("business_scope", m.start()..m.start() + scope.len()));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::shown;

    fn fields(text: &str) -> Vec<(&str, &str)> {
        shown(text)
            .into_iter()
            .map(|(field, range)| (field, &text[range]))
            .collect()
    }

    #[test]
    fn a_profile_table_and_a_footer_show_the_registration() {
        let page = "关于我们\n公司名称\n广州云栈虚拟资产科技有限公司\n经营范围\n软件开发；虚拟资产技术服务\n© 2026 广州云栈虚拟资产科技有限公司 粤ICP备\n";
        assert_eq!(
            fields(page),
            vec![
                ("name", "广州云栈虚拟资产科技有限公司"),
                ("name", "广州云栈虚拟资产科技有限公司"),
                ("business_scope", "软件开发；虚拟资产技术服务"),
            ]
        );
    }

    #[test]
    fn labels_in_english_and_with_colons() {
        let page = "Operator: Lumen Digital Assets Co., Ltd.\nBusiness scope: software; stablecoin services.\n";
        assert_eq!(
            fields(page),
            vec![
                ("name_en", "Lumen Digital Assets Co., Ltd."),
                ("business_scope", "software; stablecoin services"),
            ]
        );
    }

    #[test]
    fn a_company_named_in_passing_is_not_a_registration() {
        assert!(fields("警方查处了深圳某虚拟货币科技有限公司。").is_empty());
        assert!(fields("名称、经营范围不得含“虚拟货币”“稳定币”等字样").is_empty());
        assert!(fields("企业名称/经营范围\n不得含“虚拟货币”等字样").is_empty());
    }
}
