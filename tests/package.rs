//! The Debian package that `make deb` builds, checked and then installed into this machine.
//!
//! Not part of `cargo test`: `make package-test` (which `make test` runs) builds the package and
//! runs these with `UNSIT_DEB` naming it. Installing needs root; without it that test says so
//! and stops, and the package is still checked.

#[path = "support/mod.rs"]
mod support;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::Duration;

use support::{repo_root, wait_for, Desktop};

const ID: &str = unsit::APP_ID;

/// The package under test.
fn deb() -> PathBuf {
    let path = std::env::var_os("UNSIT_DEB")
        .map(PathBuf::from)
        .expect("UNSIT_DEB is not set: run these through `make package-test`, which builds the package");
    assert!(path.is_file(), "{}: no such package", path.display());
    path.canonicalize().unwrap()
}

fn run(program: &str, args: &[&str]) -> Output {
    Command::new(program).args(args).output().unwrap_or_else(|e| panic!("{program}: {e}"))
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// `run`, which must succeed; its standard output.
fn ok(program: &str, args: &[&str]) -> String {
    let out = run(program, args);
    assert!(out.status.success(), "{program} {args:?}: {}\n{}", out.status, text(&out.stderr));
    text(&out.stdout)
}

/// A PNG's width and height, from its header.
fn png_size(path: &Path) -> (u32, u32) {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "{} is not a PNG", path.display());
    let at = |i: usize| u32::from_be_bytes(bytes[i..i + 4].try_into().unwrap());
    (at(16), at(20))
}

/// Lintian's findings that are not faults of the package, each with the reason. Everything else
/// it reports, at any level down to pedantic, fails the test.
const LINTIAN_EXPLAINED: &[(&str, &str)] = &[
    // Rust calls no fortifiable libc function (its own bounds checks stand in for them), and
    // the C compiled in (SQLite, through libsqlite3-sys) is built by the `cc` crate, not with
    // dpkg-buildflags. The other hardening flags (PIE, RELRO, BIND_NOW) are Rust's defaults.
    ("hardening-no-fortify-functions", "Rust does not call the fortified functions"),
    // The "misspellings" are in compressed data and in brotli's static dictionary ("ofthe",
    // "withthe", "befor"), which tauri links to decompress the embedded pages.
    ("spelling-error-in-binary", "byte sequences in data, not text"),
];

/// The package holds what a desktop and a terminal need, its metadata validates, and lintian
/// finds nothing wrong with it.
#[test]
fn the_package_holds_everything_and_lintian_finds_no_fault() {
    let deb = deb();
    let deb = deb.to_str().unwrap();
    let root = tempfile::tempdir().unwrap();
    ok("dpkg-deb", &["-x", deb, root.path().to_str().unwrap()]);
    let has = |path: &str| root.path().join(path.trim_start_matches('/')).is_file();

    let mut wanted = vec![
        "/usr/bin/unsit".to_string(),
        "/usr/bin/unsit-ui".to_string(),
        format!("/usr/share/applications/{ID}.desktop"),
        format!("/usr/share/metainfo/{ID}.metainfo.xml"),
        format!("/usr/share/icons/hicolor/scalable/apps/{ID}.svg"),
        "/usr/share/man/man1/unsit.1.gz".to_string(),
        "/usr/share/man/man1/unsit-ui.1.gz".to_string(),
        "/usr/share/man/man1/unsit-break.1.gz".to_string(),
        // The command line's pages in German and Spanish.
        "/usr/share/man/de/man1/unsit.1.gz".to_string(),
        "/usr/share/man/es/man1/unsit-break.1.gz".to_string(),
        "/usr/share/bash-completion/completions/unsit".to_string(),
        "/usr/share/zsh/vendor-completions/_unsit".to_string(),
        "/usr/share/fish/vendor_completions.d/unsit.fish".to_string(),
        "/usr/share/doc/unsit/copyright".to_string(),
        "/usr/share/doc/unsit/changelog.gz".to_string(),
        "/usr/share/doc/unsit/third-party-notices.gz".to_string(),
    ];
    for size in [16, 22, 24, 32, 48, 64, 128, 256, 512] {
        let icon = format!("/usr/share/icons/hicolor/{size}x{size}/apps/{ID}.png");
        assert!(has(&icon), "{icon} is missing");
        assert_eq!(png_size(&root.path().join(&icon[1..])), (size, size), "{icon}");
        wanted.push(icon);
    }
    for path in &wanted {
        assert!(has(path), "{path} is missing from the package");
    }

    // The programs are the release build, stripped, and say which commit they are.
    let version = ok(root.path().join("usr/bin/unsit").to_str().unwrap(), &["--version"]);
    assert_eq!(version, format!("unsit {}\n", unsit::VERSION));
    let symbols = run("nm", &[root.path().join("usr/bin/unsit").to_str().unwrap()]);
    assert!(text(&symbols.stderr).contains("no symbols"), "unsit is not stripped");

    // Control: Depends from the libraries the programs link, the voice recommended.
    let field = |name: &str| ok("dpkg-deb", &["-f", deb, name]).trim().to_string();
    assert_eq!(field("Package"), "unsit");
    assert_eq!(field("Version"), env!("CARGO_PKG_VERSION"));
    let depends = field("Depends");
    for library in ["libc6", "libgtk-3-0", "libwebkit2gtk-4.1-0", "libdbus-1-3"] {
        assert!(depends.contains(library), "Depends lacks {library}: {depends}");
    }
    assert_eq!(field("Recommends"), "speech-dispatcher");

    // The menu entry and the metadata validate, with no warnings.
    let entry = root.path().join(format!("usr/share/applications/{ID}.desktop"));
    let out = run("desktop-file-validate", &[entry.to_str().unwrap()]);
    assert!(out.status.success() && out.stdout.is_empty(), "{}", text(&out.stdout));
    let metainfo = root.path().join(format!("usr/share/metainfo/{ID}.metainfo.xml"));
    let out = run("appstreamcli", &["validate", "--no-net", "--no-color", metainfo.to_str().unwrap()]);
    let said = text(&out.stdout);
    assert!(out.status.success(), "{said}");
    assert!(
        !said.lines().any(|l| l.starts_with("E:") || l.starts_with("W:") || l.starts_with("I:")),
        "{said}"
    );
    assert_metainfo_matches_the_program(&std::fs::read_to_string(&metainfo).unwrap());

    // Lintian: no errors and no warnings; what else it says is explained above.
    let out = run("lintian", &["--pedantic", "--display-info", "--display-experimental", deb]);
    let findings: Vec<String> = text(&out.stdout)
        .lines()
        .filter(|l| l.len() > 2 && l.as_bytes()[1] == b':')
        .map(String::from)
        .collect();
    for finding in &findings {
        let tag = finding.split_whitespace().nth(2).unwrap_or_default();
        assert!(
            !finding.starts_with("E:") && !finding.starts_with("W:"),
            "lintian: {finding}\n{}",
            findings.join("\n")
        );
        assert!(
            LINTIAN_EXPLAINED.iter().any(|(explained, _)| *explained == tag),
            "lintian says something not explained in LINTIAN_EXPLAINED: {finding}"
        );
    }
    assert!(out.status.success(), "lintian: {out:?}");
}

/// The AppStream metadata names the menu entry, the programs and this version, and lists only
/// screenshots the test suite takes, at the size it states.
fn assert_metainfo_matches_the_program(xml: &str) {
    assert!(xml.contains(&format!("<id>{ID}</id>")));
    assert!(xml.contains(&format!("<launchable type=\"desktop-id\">{ID}.desktop</launchable>")));
    assert!(xml.contains("<binary>unsit</binary>") && xml.contains("<binary>unsit-ui</binary>"));
    assert!(
        xml.contains(&format!("<release version=\"{}\"", env!("CARGO_PKG_VERSION"))),
        "no release for this version"
    );

    let shots = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo_root().join("target"))
        .join("screenshots");
    let mut listed = 0;
    for image in xml.split("<image ").skip(1) {
        let attribute = |name: &str| -> u32 {
            let start = image.find(&format!("{name}=\"")).expect(name) + name.len() + 2;
            image[start..][..image[start..].find('"').unwrap()].parse().unwrap()
        };
        let url = &image[image.find('>').unwrap() + 1..image.find("</image>").unwrap()];
        let name = url.rsplit('/').next().unwrap();
        assert!(url.ends_with(&format!("/packaging/screenshots/{name}")), "{url}");
        let committed = repo_root().join("packaging/screenshots").join(name);
        let taken = shots.join(name);
        assert!(
            taken.is_file(),
            "{name} is listed in the metadata but {} was not taken: the UI tests of `make test` take it",
            taken.display()
        );
        let stated = (attribute("width"), attribute("height"));
        assert_eq!(png_size(&committed), stated, "{}", committed.display());
        assert_eq!(png_size(&taken), stated, "{name}: the window changed size; run packaging/screenshots.sh");
        listed += 1;
    }
    assert!(listed >= 3, "the metadata lists {listed} screenshots");
    assert_eq!(xml.matches("<caption>").count(), listed, "a caption for every screenshot");
}

/// Removes the package when the test ends, passed or not.
struct Installed;

impl Drop for Installed {
    fn drop(&mut self) {
        if installed() {
            let _ = apt(&["purge", "unsit"]);
        }
    }
}

fn installed() -> bool {
    text(&run("dpkg-query", &["-W", "-f=${Status}", "unsit"]).stdout) == "install ok installed"
}

fn apt(args: &[&str]) -> Output {
    Command::new("apt-get")
        .args(["-y", "-q"])
        .args(args)
        .env("DEBIAN_FRONTEND", "noninteractive")
        .output()
        .expect("apt-get")
}

/// Installed with apt, unsit is on PATH with its man page and completion, the installed resident
/// reminds in a desktop with the package's icon, the autostart entry names it, and purging takes
/// every file it installed away.
#[test]
fn the_package_installs_runs_and_purges_without_a_trace() {
    let deb = deb();
    if !rustix::process::geteuid().is_root() {
        eprintln!("skipped: installing the package needs root (apt-get install); the package was checked");
        return;
    }
    if installed() {
        eprintln!("unsit was installed already; purging it first");
        assert!(apt(&["purge", "unsit"]).status.success());
    }
    let guard = Installed;
    // The path must look like a path (./ or /) for apt to take it as a file.
    let out = apt(&["install", deb.to_str().unwrap()]);
    assert!(out.status.success(), "apt-get install: {}\n{}", text(&out.stdout), text(&out.stderr));
    assert!(installed());
    let files: Vec<PathBuf> =
        ok("dpkg", &["-L", "unsit"]).lines().map(PathBuf::from).filter(|p| p.is_file()).collect();
    assert!(files.contains(&PathBuf::from("/usr/bin/unsit")), "{files:?}");

    // On PATH, with its routines, its man pages and its completion.
    assert_eq!(ok("sh", &["-c", "command -v unsit"]).trim(), "/usr/bin/unsit");
    let routines = ok("/usr/bin/unsit", &["routines", "list", "--ids"]);
    assert!(routines.lines().any(|l| l == "anti-desk"), "{routines}");
    assert_eq!(ok("man", &["-w", "unsit"]).trim(), "/usr/share/man/man1/unsit.1.gz");
    assert_eq!(ok("man", &["-w", "unsit-ui"]).trim(), "/usr/share/man/man1/unsit-ui.1.gz");
    assert_eq!(ok("man", &["-L", "de", "-w", "unsit"]).trim(), "/usr/share/man/de/man1/unsit.1.gz");
    let completion = ok(
        "bash",
        &[
            "-c",
            ". /usr/share/bash-completion/bash_completion && _completion_loader unsit; complete -p unsit",
        ],
    );
    assert!(completion.contains("unsit"), "{completion}");

    // The installed resident, in a desktop: a reminder, shown with the installed icon.
    let unsit = Path::new("/usr/bin/unsit");
    let desk = Desktop::start();
    let resident = desk.start_resident(unsit, &["--interval", "2s"]);
    let shown = wait_for("the installed resident's reminder", Duration::from_secs(20), || {
        desk.notifications().into_iter().next()
    });
    assert_eq!(shown["summary"], "Time to get up", "{shown}");
    assert_eq!(shown["desktop_entry"], ID);
    let icon = shown["icon_path"].as_str().unwrap();
    assert!(
        icon.starts_with("/usr/share/icons/hicolor/") && icon.ends_with(&format!("/apps/{ID}.png")),
        "{shown}"
    );
    assert!(files.contains(&PathBuf::from(icon)), "{icon} is not the package's");

    // The settings window, from the installed unsit-ui with its pages built in.
    let out = desk.run(unsit, &["open", "settings"]);
    assert!(out.status.success(), "{out:?}\n{}", resident.log());
    let window = wait_for("the installed settings window", Duration::from_secs(20), || {
        desk.window("^unsit — Settings$")
    });
    let ui = std::fs::read_link(format!("/proc/{}/exe", desk.window_pid(window))).unwrap();
    assert_eq!(ui, Path::new("/usr/bin/unsit-ui"));
    desk.close_window(window);

    // Starting with the session runs the installed program.
    let out = desk.run(unsit, &["set", "autostart", "true"]);
    assert!(out.status.success(), "{out:?}");
    let entry = desk.home.path().join("config/autostart/unsit.desktop");
    let written =
        wait_for("the autostart entry", Duration::from_secs(10), || std::fs::read_to_string(&entry).ok());
    assert!(written.contains("\nExec=\"/usr/bin/unsit\" run\n"), "{written}");
    assert!(desk.run(unsit, &["quit"]).status.success());
    drop(resident);
    drop(desk);

    // Purged, nothing it installed is left.
    let out = apt(&["purge", "unsit"]);
    assert!(out.status.success(), "apt-get purge: {}\n{}", text(&out.stderr), text(&out.stdout));
    assert!(!installed());
    let left: BTreeSet<&PathBuf> = files.iter().filter(|f| f.exists()).collect();
    assert!(left.is_empty(), "left after purge: {left:?}");
    assert!(!Path::new("/usr/share/doc/unsit").exists());
    drop(guard);
}
