//! `redline.toml`: project defaults, found in the current directory or the nearest parent (or
//! named with `--config`). Command-line flags win over it.
//!
//! ```toml
//! rules = ["compliance/rules"]   # rule files or directories instead of the built-in notice
//! format = "github"              # default --format of `redline check`
//! lang = "zh"                    # messages in Chinese (default: from LANG / LC_ALL)
//! exclude = ["vendor/**"]        # paths `redline check` skips when walking directories
//!
//! [disable]                      # rules switched off, each with the reason why
//! registration-suspicious-term = "the registry desk reviews these by hand"
//!
//! [limits]                       # bounds on one input (see `limits`)
//! max-file-bytes = 33554432
//! ```

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::dsl::error::did_you_mean;
use crate::dsl::model::RuleSet;
use crate::limits::Limits;
use crate::report::Format;

/// The name of the config file, looked for in the current folder and each parent.
pub const FILE_NAME: &str = "redline.toml";

/// The settings a `redline.toml` holds; each one left out has its default.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Rule files or folders to load instead of the built-in notice; once loaded, joined to
    /// [`Config::dir`].
    #[serde(default)]
    pub rules: Vec<PathBuf>,
    /// The default `--format` of `redline check`.
    pub format: Option<Format>,
    /// The language of messages (`zh` or `en`); `--lang` wins, the locale is the fallback.
    pub lang: Option<crate::lang::Lang>,
    /// Glob patterns of paths `redline check` skips when walking folders.
    #[serde(default)]
    pub exclude: Vec<String>,
    /// Rule id → why it is switched off.
    #[serde(default)]
    pub disable: BTreeMap<String, String>,
    /// Bounds on what one input may ask of memory and time.
    #[serde(default)]
    pub limits: Limits,
    /// Where the file was found; relative paths in it are relative to its folder.
    #[serde(skip)]
    pub dir: PathBuf,
}

impl Config {
    /// The config named with `--config`, else the nearest `redline.toml` up from the current
    /// directory, else the defaults.
    pub fn load(explicit: Option<&Path>) -> Result<Config, String> {
        let path = match explicit {
            Some(path) => Some(path.to_path_buf()),
            None => std::env::current_dir().ok().and_then(|dir| {
                dir.ancestors()
                    .map(|d| d.join(FILE_NAME))
                    .find(|p| p.is_file())
            }),
        };
        let Some(path) = path else {
            return Ok(Config::default());
        };
        let text = std::fs::read_to_string(&path).map_err(|e| {
            format!(
                "error[redline::config::unreadable]: cannot read {}: {e}",
                path.display()
            )
        })?;
        let mut config: Config = toml::from_str(&text).map_err(|e| {
            let at = e
                .span()
                .map(|s| crate::report::line_column(&text, s.start))
                .map_or(String::new(), |(l, c)| format!(":{l}:{c}"));
            format!(
                "error[redline::config::invalid]: {}{at}: {}",
                path.display(),
                e.message()
            )
        })?;
        config.dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
        config.rules = config.rules.iter().map(|r| config.dir.join(r)).collect();
        for glob in &config.exclude {
            if let Err(e) = ignore::overrides::OverrideBuilder::new(".").add(glob) {
                return Err(format!(
                    "error[redline::config::invalid]: {}: exclude pattern `{glob}`: {e}",
                    path.display()
                ));
            }
        }
        if let Some((id, _)) = config
            .disable
            .iter()
            .find(|(_, reason)| reason.trim().is_empty())
        {
            return Err(format!(
                "error[redline::config::no-reason]: {}: `disable.{id}` needs a reason, e.g. {id} = \"reviewed by hand\"",
                path.display()
            ));
        }
        Ok(config)
    }
}

/// Removes the disabled rules (rule id → reason); naming a rule that is not loaded is an error,
/// so a typo cannot leave running a rule the configuration claims to disable.
pub fn disable(rules: &mut RuleSet, disabled: &BTreeMap<String, String>) -> Result<(), String> {
    for id in disabled.keys() {
        if rules.find_rule(id).is_none() {
            let ids: Vec<&str> = rules.rules().map(|(_, r)| r.id.as_str()).collect();
            let hint = did_you_mean(id, ids.iter().copied())
                .map_or_else(String::new, |b| format!("; did you mean `{b}`?"));
            return Err(format!("error[redline::config::unknown-rule]: {FILE_NAME} disables `{id}`, which no loaded notice has{hint}"));
        }
    }
    for notice in &mut rules.notices {
        notice.rules.retain(|r| !disabled.contains_key(&r.id));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Config, String> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        std::fs::write(&path, text).unwrap();
        Config::load(Some(&path))
    }

    #[test]
    fn a_full_config_reads() {
        let config = parse("rules = [\"r\"]\nformat = \"json\"\nexclude = [\"vendor/**\"]\n[disable]\nvc-mining = \"not our business\"\n").unwrap();
        assert_eq!(config.format, Some(Format::Json));
        assert!(config.rules[0].ends_with("r"));
        assert_eq!(config.disable["vc-mining"], "not our business");
    }

    #[test]
    fn mistakes_are_located_and_named() {
        let error = parse("formt = \"json\"\n").unwrap_err();
        assert!(
            error.contains("redline::config::invalid")
                && error.contains(":1:1")
                && error.contains("formt"),
            "{error}"
        );
        assert!(parse("[disable]\nvc-mining = \"\"\n")
            .unwrap_err()
            .contains("needs a reason"));
        assert!(parse("exclude = [\"a/{b\"]\n")
            .unwrap_err()
            .contains("exclude pattern"));
        let mut rules = crate::dsl::builtin();
        let config = parse("[disable]\nvc-minning = \"x\"\n").unwrap();
        assert!(disable(&mut rules, &config.disable)
            .unwrap_err()
            .contains("did you mean `vc-mining`?"));
    }

    #[test]
    fn disabled_rules_are_not_run() {
        let mut rules = crate::dsl::builtin();
        let config = parse("[disable]\nvc-mining = \"reviewed by hand\"\n").unwrap();
        disable(&mut rules, &config.disable).unwrap();
        assert!(rules.find_rule("vc-mining").is_none());
        assert!(rules.find_rule("vc-business").is_some());
    }
}
