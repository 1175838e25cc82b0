//! What unsit-ui's tests share: where the two programs are, how long to wait, and screenshots.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::support::webdriver::WebDriver;

/// How long anything on the desktop may take before a test gives up waiting for it.
pub const PATIENCE: Duration = Duration::from_secs(20);

pub fn unsit_ui() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_unsit-ui"))
}

/// The resident binary, built beside unsit-ui in the same target directory (`make test` builds
/// the whole workspace first).
pub fn unsit() -> PathBuf {
    let path = unsit_ui().with_file_name("unsit");
    assert!(path.is_file(), "{} is missing: build the workspace first (make test does)", path.display());
    path
}

/// Saves a screenshot of the window as `$CARGO_TARGET_DIR/screenshots/NAME.png`: beside the
/// binaries, outside the repository.
pub fn screenshot(driver: &WebDriver, name: &str) {
    let dir = unsit_ui().parent().unwrap().parent().unwrap().join("screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    driver.screenshot(&dir.join(format!("{name}.png")));
}

/// The routine a fresh user gets at the desk, in place of the default (which needs the floor):
/// its id and its label ("Desk reset · 3 min").
pub fn desk_routine() -> (String, String) {
    let library = unsit::routine::Library::builtin();
    let at = unsit::settings::Settings::default().place();
    let pick = unsit::place::pick(&library, unsit::routine::DEFAULT_ID, &at);
    assert!(pick.instead_of.is_some(), "the default routine is not a desk routine");
    let plan = at.plan(pick.routine, false).unwrap();
    assert!(plan.routine.equipment.is_empty() && plan.steps.iter().all(|s| !s.position.is_floor()));
    (pick.routine.id.clone(), plan.label)
}

/// Writes a user routine, `every-step`, with a hold on each side and a set of reps: one session
/// shows every kind of step (get ready, hold, switch sides, reps).
pub fn write_every_step_routine(desk: &crate::support::Desktop) {
    let dir = desk.home.path().join("config/unsit/routines");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("every-step.toml"),
        "id = \"every-step\"\ntitle = \"Every step\"\nsummary = \"One of each.\"\n\
         [source]\ntitle = \"t\"\nauthor = \"a\"\n[[phases]]\nkind = \"stretch\"\n\
         [[phases.exercises]]\nname = \"Standing hip flexor stretch\"\ntargets = [\"psoas\"]\n\
         position = \"standing\"\nhold = 30\nper_side = true\nside = \"left leg back\"\n\
         cues = [\"Step one foot back.\"]\n\
         [[phases.exercises]]\nname = \"Sit to stand\"\ntargets = [\"gluteus maximus\"]\n\
         position = \"standing\"\nreps = 8\ncues = [\"Stand up, sit down.\"]\n",
    )
    .unwrap();
}
