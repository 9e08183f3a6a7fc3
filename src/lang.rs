//! The two languages redline speaks, and text written in both.
//!
//! Rule files carry every sentence a person reads (summary, message, help, the notice's title and
//! citation) in English and, after `zh`, in Chinese. The language of a run comes from `--lang`,
//! else `lang` in redline.toml, else the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`): Chinese when it
//! names `zh`, English otherwise.

use serde::{Deserialize, Serialize};

/// A language of phrases in a rule file, and of the text redline shows.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, clap::ValueEnum,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Chinese (simplified).
    Zh,
}

impl Lang {
    /// The language the environment asks for: the first of `LC_ALL`, `LC_MESSAGES`, `LANG`
    /// that is set and not empty; Chinese when it starts with `zh`.
    pub fn from_env() -> Lang {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| std::env::var(name).ok())
            .find(|value| !value.is_empty());
        Lang::from_locale(locale.as_deref().unwrap_or(""))
    }

    /// `zh_CN.UTF-8`, `zh-TW`, `zh` → Chinese; anything else → English.
    pub fn from_locale(locale: &str) -> Lang {
        if locale.to_ascii_lowercase().starts_with("zh") {
            Lang::Zh
        } else {
            Lang::En
        }
    }

    /// Picks the English or the Chinese of two texts.
    pub fn pick<'a>(self, en: &'a str, zh: &'a str) -> &'a str {
        match self {
            Lang::En => en,
            Lang::Zh => zh,
        }
    }
}

/// A text for people, in English and, when the rule file gives it, Chinese.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Text {
    /// The English text; always written.
    pub en: String,
    /// The Chinese text, when the rule file gives one after `zh`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub zh: Option<String>,
}

impl Text {
    /// A text in English only.
    pub fn en(text: impl Into<String>) -> Text {
        Text {
            en: text.into(),
            zh: None,
        }
    }

    /// The text in `lang`; English when the Chinese was not written.
    pub fn get(&self, lang: Lang) -> &str {
        match (lang, &self.zh) {
            (Lang::Zh, Some(zh)) => zh,
            _ => &self.en,
        }
    }
}

/// `art. 8 ¶2` in English, `第八条第二款` in Chinese.
pub fn article(article: u32, paragraph: Option<u32>, lang: Lang) -> String {
    match (lang, paragraph) {
        (Lang::En, Some(p)) => format!("art. {article} ¶{p}"),
        (Lang::En, None) => format!("art. {article}"),
        (Lang::Zh, Some(p)) => format!("第{}条第{}款", numeral(article), numeral(p)),
        (Lang::Zh, None) => format!("第{}条", numeral(article)),
    }
}

/// A notice and article as a citation: `Yinfa [2026] No. 42, art. 8 ¶1`, `银发〔2026〕42号 第八条第一款`.
pub fn citation(cite: &Text, article_no: u32, paragraph: Option<u32>, lang: Lang) -> String {
    let separator = lang.pick(", ", " ");
    format!(
        "{}{separator}{}",
        cite.get(lang),
        article(article_no, paragraph, lang)
    )
}

/// A message or help template with its placeholders said in general words, to describe a rule
/// rather than one finding of it.
pub fn in_general(template: &str, lang: Lang) -> String {
    template
        .replace("{field}", lang.pick("field", "字段"))
        .replace("{match}", "…")
        .replace("{term}", "…")
        .replace("{near_match}", "…")
        .replace("{near_term}", "…")
}

/// A number in Chinese numerals as laws count their articles: 十, 十九, 二十, 一百零五.
pub fn numeral(n: u32) -> String {
    const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    if n == 0 {
        return "零".into();
    }
    if n >= 10_000 {
        return n.to_string();
    }
    let places = [(1000, '千'), (100, '百'), (10, '十'), (1, ' ')];
    let mut out = String::new();
    let mut zero_pending = false;
    for (value, unit) in places {
        let digit = (n / value % 10) as usize;
        if digit == 0 {
            zero_pending = !out.is_empty();
            continue;
        }
        if zero_pending {
            out.push('零');
            zero_pending = false;
        }
        // 10–19 read 十, 十一 …, not 一十, 一十一.
        if !(value == 10 && digit == 1 && n < 20) {
            out.push(DIGITS[digit]);
        }
        if value > 1 {
            out.push(unit);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numerals_read_as_articles_are_numbered() {
        let cases = [
            (1, "一"),
            (8, "八"),
            (10, "十"),
            (11, "十一"),
            (19, "十九"),
            (20, "二十"),
            (42, "四十二"),
            (100, "一百"),
            (105, "一百零五"),
            (110, "一百一十"),
            (1000, "一千"),
            (1001, "一千零一"),
        ];
        for (n, want) in cases {
            assert_eq!(numeral(n), want, "{n}");
        }
    }

    #[test]
    fn citations_in_both_languages() {
        let cite = Text {
            en: "Yinfa [2026] No. 42".into(),
            zh: Some("银发〔2026〕42号".into()),
        };
        assert_eq!(
            citation(&cite, 8, None, Lang::Zh),
            "银发〔2026〕42号 第八条"
        );
        assert_eq!(
            citation(&cite, 1, Some(2), Lang::Zh),
            "银发〔2026〕42号 第一条第二款"
        );
        assert_eq!(
            citation(&cite, 1, Some(2), Lang::En),
            "Yinfa [2026] No. 42, art. 1 ¶2"
        );
    }

    #[test]
    fn locales_choose_the_language() {
        assert_eq!(Lang::from_locale("zh_CN.UTF-8"), Lang::Zh);
        assert_eq!(Lang::from_locale("zh_TW"), Lang::Zh);
        assert_eq!(Lang::from_locale("en_US.UTF-8"), Lang::En);
        assert_eq!(Lang::from_locale("C"), Lang::En);
        assert_eq!(Lang::from_locale(""), Lang::En);
    }

    #[test]
    fn missing_chinese_falls_back_to_english() {
        assert_eq!(Text::en("hello").get(Lang::Zh), "hello");
    }
}
