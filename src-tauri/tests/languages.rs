//! unsit in German and Spanish, end to end: with LANG=de_DE.UTF-8 (es_ES) the reminder, the tray
//! menu, `unsit status`, the break window (overview, a step, done) and the settings window speak
//! the language, the routines' text included; nothing in the break window is cut off or runs
//! over; and a language unsit has no words for (xx_YY) is English, with no error.
//!
//! The expected words are the locale files' own, formatted here with the same core
//! (`unsit::lang`), and each is checked to differ from the English.

mod common;
#[path = "../../tests/support/mod.rs"]
mod support;

use serde_json::json;
use unsit::lang::{Args, Locale, Parts, Words};

use common::{desk_routine, screenshot, unsit, unsit_ui, PATIENCE};
use support::webdriver::{key, WebDriver};
use support::{tray_menu, wait_for, Desktop};

fn words(code: &str) -> Words {
    Words::new(Locale::from_vars(Some(code), &|_| None), Parts::CoreAndPage)
}

/// `id` in `lang`, checked to be its own words (the language's file has it), not English's.
fn say(lang: &Words, id: &str) -> String {
    assert!(lang.has_own(id), "`{id}` is not translated into {}", lang.locale.code);
    lang.say(id, None)
}

/// A routine's title in `lang`, from its translation file.
fn title_in(id: &str, lang: &str) -> String {
    let path = support::repo_root().join(format!("routines/{id}.{lang}.toml"));
    let table: toml::Table = toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    table["title"].as_str().unwrap().to_string()
}

/// A user routine of one short hold, with its translation beside it: the done screen comes
/// quickly, and a user's own translation is used.
fn write_routine_with_translation(desk: &Desktop, lang: &str, title: &str, name: &str, side: &str) {
    let dir = desk.home.path().join("config/unsit/routines");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("one.toml"),
        "id = \"one\"\ntitle = \"One hold\"\nsummary = \"Just one.\"\n[source]\ntitle = \"t\"\nauthor = \"a\"\n\
         [[phases]]\nkind = \"stretch\"\n[[phases.exercises]]\nname = \"Wall lean\"\ntargets = [\"calves\"]\n\
         position = \"standing\"\nhold = 5\nper_side = true\nside = \"left foot back\"\ncues = [\"Lean in.\"]\n",
    )
    .unwrap();
    std::fs::write(
        dir.join(format!("one.{lang}.toml")),
        format!(
            "title = \"{title}\"\nsummary = \"…\"\n[[phases]]\n[[phases.exercises]]\nname = \"{name}\"\n\
             targets = [\"…\"]\nside = \"{side}\"\ncues = [\"…\"]\n"
        ),
    )
    .unwrap();
}

/// The text of the first element matching `css`, as written (WebDriver's text applies CSS's
/// text-transform).
fn content(driver: &WebDriver, css: &str) -> String {
    let text =
        driver.execute("return document.querySelector(arguments[0]).textContent.trim();", json!([css]));
    text.as_str().unwrap_or_default().to_string()
}

/// Every visible text of the window that is cut off or runs past its box or the window:
/// "selector: text" for each.
fn overflowing(driver: &WebDriver) -> Vec<String> {
    let found = driver.execute(
        "const out = [];
         const picked = 'button, .btn, .badge, .chip, .eyebrow, .phase, .ring-caption, .rep-tap, \
           .ctl-text, .toggle, .link-btn, h1, h2, dt, dd, label, .hint, .step-meta, .step-targets, \
           .notice-title, .notice-list li';
         for (const el of document.querySelectorAll(picked)) {
           // Hidden, or only for screen readers (clipped on purpose).
           if (!el.offsetParent || !el.textContent.trim() || el.closest('.visually-hidden')) continue;
           const box = el.getBoundingClientRect();
           const over = el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0;
           const out_of_window = box.right > window.innerWidth + 0.5 || box.left < -0.5;
           if (over || out_of_window) out.push(`${el.id || el.className}: ${el.textContent.trim()}`);
         }
         // The words under the countdown and the count sit inside the ring: they must fit its
         // inner circle, or the ring's stroke covers their ends.
         const ring = document.querySelector('#ring:not([hidden]), #reps:not([hidden])');
         if (ring && ring.offsetParent) {
           const inner = ring.getBoundingClientRect().width * 0.8;
           for (const el of ring.querySelectorAll('.ring-caption, .rep-tap, .ring-digits')) {
             const width = el.getBoundingClientRect().width;
             if (el.textContent.trim() && width > inner) out.push(`${el.id}: ${el.textContent.trim()} (${width} px in a ${inner} px ring)`);
           }
         }
         return out;",
        json!([]),
    );
    serde_json::from_value(found).unwrap()
}

fn assert_nothing_overflows(driver: &WebDriver, screen: &str) {
    let over = overflowing(driver);
    assert!(over.is_empty(), "{screen}: cut off or running over: {over:#?}");
}

/// The whole round in one language: reminder, tray, status, break window, settings.
fn speaks(code: &str, lang_env: &str) {
    let lang = words(code);
    let env = [("LANG", lang_env)];
    let unsit = unsit();
    let desk = Desktop::start();
    let mut resident = desk.start_resident_with(&unsit, &["--interval", "3s"], &env);
    let (desk_id, _) = desk_routine();

    // The reminder: summary, body (the routine's translated title, the phases) and buttons.
    let shown = wait_for("the reminder", PATIENCE, || desk.notifications().into_iter().next());
    assert_eq!(shown["summary"], say(&lang, "reminder-summary"));
    let body = shown["body"].as_str().unwrap();
    assert!(body.contains(&title_in(&desk_id, code)), "{body}");
    for phase in ["phase-release.inline", "phase-stretch.inline", "phase-activate.inline"] {
        assert!(body.contains(&say(&lang, phase)), "{body} lacks {phase}");
    }
    let mut sat_for = Args::new();
    sat_for.set("s", 3);
    assert!(body.contains(&lang.say("duration-s", Some(&sat_for))), "{body}");

    // The tray menu: its status line and its items.
    let bus = desk.bus();
    let item = wait_for("the tray item", PATIENCE, || desk.tray_items().into_iter().next());
    let due = say(&lang, "status-due");
    let (_, entries) = wait_for("the tray to say the break is due", PATIENCE, || {
        Some(tray_menu(&bus, &item)).filter(|(_, entries)| entries[0].label == due)
    });
    let labels: Vec<&str> = entries.iter().filter(|e| e.visible).map(|e| e.label.as_str()).collect();
    for id in ["tray-start", "tray-snooze", "tray-skip", "tray-pause", "tray-settings", "tray-quit"] {
        let label = say(&lang, id);
        assert!(labels.contains(&label.as_str()), "{id} ({label}) not in {labels:?}");
    }

    // `unsit status` and `unsit --help`, in the same environment.
    let status = desk.command(&unsit).envs(env).arg("status").output().unwrap();
    assert_eq!(String::from_utf8_lossy(&status.stdout).lines().next(), Some(due.as_str()));
    let help = desk.command(&unsit).envs(env).arg("--help").output().unwrap();
    let help = String::from_utf8_lossy(&help.stdout);
    assert!(help.starts_with(&say(&lang, "cli")), "{help}");
    assert!(help.contains(&say(&lang, "cli-status")), "{help}");

    // The break window: the overview of the desk routine, in the language.
    let driver = WebDriver::start_with_env(&desk, unsit_ui(), &["session", "--routine", &desk_id], &env);
    driver.wait_visible("#overview");
    assert_eq!(
        driver.attribute("html", "lang").as_deref(),
        Some(&*Locale::from_vars(None, &|_| Some(lang_env.into())).tag)
    );
    assert_eq!(content(&driver, "#ov-title"), title_in(&desk_id, code));
    assert_eq!(content(&driver, "[data-l10n-id=ui-eyebrow]"), say(&lang, "ui-eyebrow"));
    assert_eq!(content(&driver, "#start-btn"), say(&lang, "ui-start"));
    assert_eq!(content(&driver, "#ov-phases li"), say(&lang, "phase-release"));
    assert_eq!(content(&driver, "#ov-safety-link"), say(&lang, "ui-safety-link"));
    assert_nothing_overflows(&driver, "overview");
    screenshot(&driver, &format!("overview-{code}"));

    // A step: the exercise's translated name, the controls, the caption under the countdown.
    driver.press(key::ENTER);
    driver.wait_visible("#ring");
    let step = content(&driver, "#step-name");
    assert!(!step.is_empty() && !content(&driver, "#step-cue").is_empty(), "a step with its cue");
    let english = unsit::routine::Library::builtin();
    let names: Vec<String> =
        english.get(&desk_id).unwrap().routine.exercises().map(|(_, e)| e.name.clone()).collect();
    assert!(!names.contains(&step), "the step's name is the English one: {step}");
    assert_eq!(content(&driver, "#pause-text"), say(&lang, "ui-pause"));
    assert_eq!(content(&driver, "[data-l10n-id=ui-stop]"), say(&lang, "ui-stop"));
    assert_eq!(driver.attribute("#pause-btn", "aria-label"), Some(say(&lang, "ui-pause-button.aria-label")));
    let caption = content(&driver, "#ring-caption");
    assert!(
        [say(&lang, "ui-caption-hold"), say(&lang, "ui-caption-ready")].contains(&caption),
        "caption {caption}"
    );
    assert_nothing_overflows(&driver, "step");
    screenshot(&driver, &format!("step-{code}"));
    driver.press_to_close(key::ESCAPE);
    drop(driver);

    // The same two screens in the dark theme.
    let dark = [env[0], ("GTK_THEME", "Adwaita:dark")];
    let driver = WebDriver::start_with_env(&desk, unsit_ui(), &["session", "--routine", &desk_id], &dark);
    driver.wait_visible("#overview");
    assert_nothing_overflows(&driver, "overview, dark");
    screenshot(&driver, &format!("overview-{code}-dark"));
    driver.press(key::ENTER);
    driver.wait_visible("#ring");
    assert_nothing_overflows(&driver, "step, dark");
    screenshot(&driver, &format!("step-{code}-dark"));
    driver.press_to_close(key::ESCAPE);
    drop(driver);

    // The done screen, through the user's own routine and its translation.
    let (title, name, side) = match code {
        "de" => ("Eine Dehnung", "Wadendehnung an der Wand", "linker Fuß hinten"),
        _ => ("Un estiramiento", "Estiramiento de gemelo", "pie izquierdo atrás"),
    };
    write_routine_with_translation(&desk, code, title, name, side);
    let driver = WebDriver::start_with_env(&desk, unsit_ui(), &["session", "--routine", "one"], &env);
    driver.wait_visible("#overview");
    assert_eq!(content(&driver, "#ov-title"), title);
    driver.press(key::ENTER);
    driver.wait_visible("#ring");
    assert_eq!(content(&driver, "#step-name"), name);
    let side_label = unsit::words::side_label(false, Some(side));
    assert_eq!(content(&driver, "#step-side"), side_label);
    // Next, through the switch and the right side, to the end.
    for _ in 0..3 {
        driver.press(key::RIGHT);
    }
    driver.wait_visible("#done");
    let title = content(&driver, "#done-title");
    assert!([say(&lang, "ui-done-title"), say(&lang, "ui-done-over")].contains(&title), "{title}");
    assert_eq!(content(&driver, "[data-l10n-id=ui-time-taken]"), say(&lang, "ui-time-taken"));
    let done_steps = content(&driver, "#done-steps");
    let counts = (0..=2).map(|done| {
        let mut steps = Args::new();
        steps.set("done", done);
        steps.set("total", 2);
        lang.say("ui-done-steps", Some(&steps))
    });
    assert!(
        counts.clone().any(|c| c == done_steps),
        "{done_steps} is none of {:?}",
        counts.collect::<Vec<_>>()
    );
    assert_nothing_overflows(&driver, "done");
    screenshot(&driver, &format!("done-{code}"));
    drop(driver);

    // The settings window.
    let driver = WebDriver::start_with_env(&desk, unsit_ui(), &["settings"], &env);
    driver.wait_visible("#interval");
    let html = driver.execute(
        "return [...document.querySelectorAll('[data-l10n-id]')].filter((e) => e.offsetParent)
           .map((e) => [e.dataset.l10nId, e.textContent.trim()]).filter(([, t]) => t);",
        json!([]),
    );
    let shown: Vec<(String, String)> = serde_json::from_value(html).unwrap();
    assert!(shown.len() > 20, "{shown:?}");
    let english = words("en");
    let untranslated: Vec<&(String, String)> = shown
        .iter()
        .filter(|(id, text)| {
            lang.has_own(id) && *text == english.say(id, None) && *text != lang.say(id, None)
        })
        .collect();
    assert!(untranslated.is_empty(), "settings shows English for {untranslated:?}");
    let language = content(&driver, "label[for=language]");
    assert_eq!(language, say(&lang, "settings-language-label"));
    screenshot(&driver, &format!("settings-{code}"));
    drop(driver);

    resident.child.kill().unwrap();
    let _ = resident.child.wait();
    assert!(!resident.log().contains("WARN"), "{}", resident.log());
}

#[test]
fn with_lang_de_de_unsit_speaks_german() {
    speaks("de", "de_DE.UTF-8");
}

#[test]
fn with_lang_es_es_unsit_speaks_spanish() {
    speaks("es", "es_ES.UTF-8");
}

#[test]
fn a_language_unsit_has_no_words_for_is_english_with_no_error() {
    let env = [("LANG", "xx_YY.UTF-8")];
    let unsit = unsit();
    let desk = Desktop::start();
    let resident = desk.start_resident_with(&unsit, &["--interval", "3s"], &env);
    let shown = wait_for("the reminder", PATIENCE, || desk.notifications().into_iter().next());
    assert_eq!(shown["summary"], "Time to get up");
    let status = desk.command(&unsit).envs(env).arg("status").output().unwrap();
    assert!(status.status.success() && status.stderr.is_empty(), "{status:?}");
    assert_eq!(String::from_utf8_lossy(&status.stdout).lines().next(), Some("Break due"));
    let driver = WebDriver::start_with_env(&desk, unsit_ui(), &["session"], &env);
    driver.wait_visible("#overview");
    assert_eq!(content(&driver, "#start-btn"), "Start");
    assert_eq!(driver.attribute("html", "lang").as_deref(), Some("xx-YY"));
    let log = resident.log();
    assert!(log.contains("language: en"), "{log}");
    assert!(!log.contains("WARN") && !log.contains("ERROR"), "{log}");

    drop(driver);

    // The `language` setting overrides the environment, at once: chosen in the settings window,
    // which shows itself again in it, the tray, the status line, and the command line (which
    // reads the setting from the file); `auto` goes back to the environment's.
    let german = words("de");
    let driver = WebDriver::start_with_env(&desk, unsit_ui(), &["settings"], &env);
    driver.wait_visible("#language");
    assert_eq!(content(&driver, "[data-l10n-id=settings-title]"), "Settings");
    driver.execute(
        "const select = document.getElementById('language'); select.value = 'de';
         select.dispatchEvent(new Event('change'));",
        json!([]),
    );
    let title = say(&german, "settings-title");
    wait_for("the settings window in German", PATIENCE, || {
        let shown = driver.execute(
            "const h = document.querySelector('[data-l10n-id=settings-title]'); \
             return h && document.getElementById('language').value === 'de' ? h.textContent.trim() : '';",
            json!([]),
        );
        (shown.as_str() == Some(title.as_str())).then_some(())
    });
    drop(driver);
    let bus = desk.bus();
    let item = wait_for("the tray item", PATIENCE, || desk.tray_items().into_iter().next());
    let due = say(&german, "status-due");
    wait_for("the tray in German", PATIENCE, || {
        Some(tray_menu(&bus, &item)).filter(|(_, entries)| entries[0].label == due)
    });
    let status = desk.command(&unsit).envs(env).arg("status").output().unwrap();
    assert_eq!(String::from_utf8_lossy(&status.stdout).lines().next(), Some(due.as_str()));
    let set = desk.command(&unsit).envs(env).args(["set", "language", "auto"]).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&set.stdout).trim(), "Language: the desktop's language");
    wait_for("the tray in English again", PATIENCE, || {
        Some(tray_menu(&bus, &item)).filter(|(_, entries)| entries[0].label == "Break due")
    });
}

/// What is wrong in the settings file is said in the language wherever it is shown: `unsit
/// status` and the settings window (dark and light), where a long German line must wrap inside
/// its notice.
#[test]
fn mistakes_in_the_settings_file_are_explained_in_german() {
    let env = [("LANG", "de_DE.UTF-8")];
    let unsit = unsit();
    let desk = Desktop::start_with(&["--no-tray", "--no-notifications"]);
    let dir = desk.home.path().join("config/unsit");
    std::fs::create_dir_all(&dir).unwrap();
    let text = "interval = 90\nplace = \"office\"\n[working_hours]\nmon = [\"9-5\"]\n";
    std::fs::write(dir.join("settings.toml"), text).unwrap();
    let origin = dir.join("settings.toml").display().to_string();
    let _resident = desk.start_resident_with(&unsit, &[], &env);
    let status = wait_for("the resident", PATIENCE, || {
        let out = desk.command(&unsit).envs(env).arg("status").output().unwrap();
        out.status.success().then(|| String::from_utf8_lossy(&out.stdout).into_owned())
    });
    // Each problem on a line of its own, at its place in the file, in German.
    let expected: Vec<String> =
        status.lines().filter_map(|l| l.find(&origin).map(|at| l[at..].to_string())).collect();
    assert_eq!(expected.len(), 3, "{status}");
    for (at, german) in [
        (
            ":1:12: ",
            "interval muss eine Dauer in Anführungszeichen (etwa \"90m\") sein; es gilt der Standardwert",
        ),
        (":2:9: ", "place ist desk oder home, nicht `office`; es gilt der Standardwert"),
        (":4:8: ", "working_hours.mon: `9-5` ist kein Zeitraum"),
    ] {
        let line = format!("{origin}{at}{german}");
        assert!(expected.iter().any(|p| p.starts_with(&line)), "{status} lacks {line}");
    }

    let dark = [env[0], ("GTK_THEME", "Adwaita:dark")];
    let driver = WebDriver::start_with_env(&desk, unsit_ui(), &["settings"], &dark);
    driver.wait_visible("#problems");
    let shown: Vec<String> = serde_json::from_value(driver.execute(
        "return [...document.querySelectorAll('#problems-list li')].map((li) => li.textContent.trim());",
        json!([]),
    ))
    .unwrap();
    assert_eq!(shown.len(), expected.len(), "{shown:?}");
    for (shown, problem) in shown.iter().zip(&expected) {
        assert!(shown.contains(problem.as_str()), "{shown} is not {problem}");
    }
    assert_eq!(content(&driver, "[data-l10n-id=settings-problems]"), say(&words("de"), "settings-problems"));
    assert_nothing_overflows(&driver, "settings with problems");
    screenshot(&driver, "settings-problems-de-dark");
    drop(driver);
    let driver = WebDriver::start_with_env(&desk, unsit_ui(), &["settings"], &env);
    driver.wait_visible("#problems");
    assert_nothing_overflows(&driver, "settings with problems, light");
    screenshot(&driver, "settings-problems-de");
}
