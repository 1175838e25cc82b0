//! clap's usage errors in the person's language: clap words them in English ("error:
//! unrecognized subcommand"), so in another language they are worded here from the same facts
//! (the word typed, the nearest command, the usage line). An error this does not know is left as
//! clap says it.

use clap::builder::StyledStr;
use clap::error::{ContextKind, ContextValue, ErrorFormatter, ErrorKind};

use crate::t;

/// Formats clap's errors with the process's words.
pub struct Localized;

fn text(value: &ContextValue) -> Option<String> {
    match value {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(v) => Some(v.join(", ")),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::StyledStrs(v) => Some(v.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ")),
        ContextValue::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

impl ErrorFormatter for Localized {
    fn format_error(error: &clap::error::Error<Self>) -> StyledStr {
        let get = |kind| error.get(kind).and_then(text);
        let quoted = |s: String| format!("'{s}'");
        let message = match error.kind() {
            ErrorKind::InvalidSubcommand => {
                get(ContextKind::InvalidSubcommand).map(|w| t!("usage-unknown-command", word = quoted(w)))
            }
            ErrorKind::UnknownArgument => {
                get(ContextKind::InvalidArg).map(|w| t!("usage-unknown-argument", word = quoted(w)))
            }
            ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
                match (get(ContextKind::InvalidArg), get(ContextKind::InvalidValue)) {
                    (Some(arg), Some(value)) if value.is_empty() => {
                        Some(t!("usage-value-missing", arg = quoted(arg)))
                    }
                    (Some(arg), Some(value)) => {
                        let said = t!("usage-invalid-value", value = quoted(value), arg = quoted(arg));
                        // Why: the value parser's own words (already in the language), or the values
                        // that would do.
                        let why = std::error::Error::source(error)
                            .map(ToString::to_string)
                            .or_else(|| get(ContextKind::ValidValue).map(|v| t!("usage-valid", values = v)));
                        Some(why.map_or(said.clone(), |why| format!("{said}: {why}")))
                    }
                    _ => None,
                }
            }
            ErrorKind::MissingRequiredArgument => {
                get(ContextKind::InvalidArg).map(|a| t!("usage-missing-argument", args = a))
            }
            ErrorKind::MissingSubcommand => {
                get(ContextKind::InvalidSubcommand).map(|c| t!("usage-missing-command", command = quoted(c)))
            }
            ErrorKind::ArgumentConflict => match (get(ContextKind::InvalidArg), get(ContextKind::PriorArg)) {
                (Some(arg), Some(prior)) => {
                    Some(t!("usage-conflict", arg = quoted(arg), prior = quoted(prior)))
                }
                _ => None,
            },
            ErrorKind::TooManyValues => {
                get(ContextKind::InvalidValue).map(|v| t!("usage-unexpected", word = quoted(v)))
            }
            _ => None,
        };
        let mut out = String::new();
        match message {
            Some(message) => out.push_str(&t!("usage-error", message = message)),
            // What this does not word: clap's own description, with the language's "error:".
            None => {
                let said = error
                    .kind()
                    .as_str()
                    .map(String::from)
                    .or_else(|| std::error::Error::source(error).map(ToString::to_string));
                out.push_str(&t!("usage-error", message = said.unwrap_or_default()));
            }
        }
        let tip = [ContextKind::SuggestedSubcommand, ContextKind::SuggestedArg, ContextKind::SuggestedValue]
            .into_iter()
            .find_map(get);
        if let Some(tip) = tip {
            out.push_str(&format!("\n\n  {}", t!("usage-tip", word = quoted(tip))));
        }
        if let Some(usage) = get(ContextKind::Usage) {
            // clap writes "Usage:" itself.
            let usage = match usage.strip_prefix("Usage:") {
                Some(rest) => format!("{}{rest}", t!("cli-usage")),
                None => usage,
            };
            out.push_str(&format!("\n\n{usage}"));
        }
        out.push_str(&format!("\n\n{}\n", t!("usage-more", help = "'--help'")));
        StyledStr::from(out)
    }
}
