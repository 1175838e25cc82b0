use std::fs;
use std::path::{Path, PathBuf};

use proptest::prelude::*;

use super::*;
use crate::plan::{Plan, PlanOptions};

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

fn errors(text: &str) -> Vec<String> {
    match parse(text, "x.toml") {
        Ok(_) => Vec::new(),
        Err(errors) => errors.iter().map(|e| e.to_string()).collect(),
    }
}

fn one_routine(id: &str, title: &str) -> String {
    format!(
        "id = \"{id}\"\ntitle = \"{title}\"\nsummary = \"s\"\n[source]\ntitle = \"t\"\nauthor = \"a\"\n\
         [[phases]]\nkind = \"stretch\"\n[[phases.exercises]]\nname = \"n\"\ntargets = [\"psoas\"]\n\
         position = \"standing\"\nhold = 30\ncues = [\"c\"]\n"
    )
}

// ---- Malformed files -------------------------------------------------------------------------

/// The errors of a malformed file, as (line, column, message).
fn located(bytes: &[u8], origin: &str) -> Vec<((usize, usize), String)> {
    match parse_bytes(bytes, origin) {
        Ok(_) => Vec::new(),
        Err(errors) => errors.into_iter().map(|e| (e.at.unwrap_or((0, 0)), e.message)).collect(),
    }
}

/// A German or Spanish reader of a routine file gets every mistake at the same place, worded in
/// their language: no message is left in English, none is a message id, and what the file says
/// (keys, values, section headers) is quoted as it is written.
#[test]
fn every_mistake_in_a_routine_file_is_said_in_the_language() {
    let mut files: Vec<PathBuf> =
        fs::read_dir(repo("tests/routines/bad")).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    for path in &files {
        let bytes = fs::read(path).unwrap();
        let english = located(&bytes, "x.toml");
        for code in ["de", "es"] {
            let said = crate::lang::tests::speaking(code, || located(&bytes, "x.toml"));
            assert_eq!(said.len(), english.len(), "{code} {}", path.display());
            for ((at, message), (english_at, english_message)) in said.iter().zip(&english) {
                assert_eq!(at, english_at, "{code} {}", path.display());
                assert_ne!(message, english_message, "{code} {}: still English", path.display());
                assert!(!message.contains("read-"), "{code} {}: an id in {message}", path.display());
                // Placeholders (`hold = SECONDS`) are the reader's words, not the file's.
                let written = |q: &&str| !q.contains("SECONDS") && !q.contains("COUNT");
                for quoted in english_message.split('`').skip(1).step_by(2).filter(written) {
                    assert!(message.contains(&format!("`{quoted}`")), "{code}: {message} lacks `{quoted}`");
                }
            }
        }
    }
    let german = |text: &str| crate::lang::tests::speaking("de", || errors(text));
    let spanish = |text: &str| crate::lang::tests::speaking("es", || errors(text));
    let text = one_routine("mine", "Mine").replace("hold = 30", "hold = \"30s\"");
    assert_eq!(
        german(&text),
        ["x.toml:13:8: `hold` muss eine ganze Zahl von 5 bis 600 Sekunden sein, nicht der Text \"30s\""]
    );
    assert_eq!(
        spanish(&text.replace("targets", "target")),
        [
            "x.toml:9:1: falta `targets` en este ejercicio: se espera una lista de entre 1 y 6 textos, como \
             `targets = [\"...\"]`",
            "x.toml:11:1: clave desconocida `target` en este ejercicio; ¿querías decir `targets`?",
            "x.toml:13:8: `hold` debe ser un número entero de segundos entre 5 y 600, no el texto \"30s\"",
        ]
    );
}

/// A routine may be written in German or Spanish from the start: its `side` names the left in
/// that language, and is mirrored for the right in it.
#[test]
fn a_routine_written_in_another_language_names_its_side_in_it() {
    let text = one_routine("mine", "Meine")
        .replace("hold = 30", "hold = 30\nper_side = true\nside = \"linkes Bein hinten\"");
    let routine = parse(&text, "x.toml").expect("a German side").routine;
    let exercise = &routine.phases[0].exercises[0];
    assert_eq!(exercise.side.as_deref(), Some("linkes Bein hinten"));
    assert_eq!(crate::words::side_label(true, exercise.side.as_deref()), "Rechtes Bein hinten");
    assert!(parse(&text.replace("linkes", "vorderes"), "x.toml").is_err());
}

/// Every file in `tests/routines/bad/` states the errors it must give in `# expect:` lines.
#[test]
fn every_malformed_file_gives_exactly_the_errors_it_expects() {
    let mut files: Vec<PathBuf> =
        fs::read_dir(repo("tests/routines/bad")).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    assert!(files.len() >= 25, "only {} malformed files", files.len());
    for path in files {
        let bytes = fs::read(&path).unwrap();
        let expected: Vec<String> = String::from_utf8_lossy(&bytes)
            .lines()
            .filter_map(|l| l.strip_prefix("# expect: "))
            .map(|l| format!("{}:{l}", path.display()))
            .collect();
        assert!(!expected.is_empty(), "{} has no `# expect:` line", path.display());
        let got: Vec<String> = match parse_bytes(&bytes, &path.display().to_string()) {
            Ok(_) => Vec::new(),
            Err(errors) => errors.iter().map(|e| e.to_string()).collect(),
        };
        assert_eq!(got, expected, "{}", path.display());
    }
}

#[test]
fn an_empty_file_is_reported_not_parsed() {
    let expected =
        "x.toml:1:1: the file is empty; a routine needs `id`, `title`, `summary`, [source] and [[phases]]";
    assert_eq!(errors(""), [expected]);
    assert_eq!(errors("\n  \n"), [expected]);
}

#[test]
fn a_file_of_comments_has_no_keys() {
    assert_eq!(
        errors("# just a comment\n"),
        ["x.toml:1:1: the file has no keys; a routine needs `id`, `title`, `summary`, [source] and [[phases]]"]
    );
}

#[test]
fn bytes_that_are_not_utf8_are_located() {
    let mut bytes = b"id = \"x\"\ntitle = \"caf".to_vec();
    bytes.extend([0xE9, b'"', b'\n']);
    let errors = parse_bytes(&bytes, "latin1.toml").unwrap_err();
    assert_eq!(
        errors[0].to_string(),
        "latin1.toml:2:13: the file is not UTF-8 text (byte 0xE9 here); save it as UTF-8"
    );
}

#[test]
fn a_file_over_the_size_limit_is_refused_unread() {
    let big = format!("{}\n{}", one_routine("big", "Big"), "# padding\n".repeat(30_000));
    let errors = parse_bytes(big.as_bytes(), "big.toml").unwrap_err();
    assert_eq!(
        errors[0].to_string(),
        "big.toml:1:1: the file is 294 KiB; a routine file may be at most 256 KiB"
    );
}

#[test]
fn at_most_sixty_exercises() {
    let exercise = |i| {
        format!(
            "[[phases.exercises]]\nname = \"n{i}\"\ntargets = [\"t\"]\nposition = \"standing\"\nreps = 1\ncues = [\"c\"]\n"
        )
    };
    let head = "id = \"long\"\ntitle = \"t\"\nsummary = \"s\"\n[source]\ntitle = \"t\"\nauthor = \"a\"\n[[phases]]\nkind = \"activate\"\n";
    let sixty: String = (0..60).map(exercise).collect();
    assert!(parse(&format!("{head}{sixty}"), "x.toml").is_ok());
    let text = format!("{head}{sixty}{}", exercise(60));
    let line = text.lines().count() - 5;
    assert_eq!(
        errors(&text),
        [format!("x.toml:{line}:1: a routine may have at most 60 exercises; this is number 61")]
    );
}

#[test]
fn misspellings_find_the_nearest_word() {
    let keys = ["summary", "per_side", "title"];
    assert_eq!(nearest("sumary", &keys), Some("summary"));
    assert_eq!(nearest("per-side", &keys), Some("per_side"));
    assert_eq!(nearest("titel", &keys), Some("title"));
    assert_eq!(nearest("colour", &keys), None);
    assert_eq!(nearest("stand", &["floor", "standing"]), Some("standing"));
}

// ---- Built-ins -------------------------------------------------------------------------------

#[test]
fn every_builtin_parses_and_ids_are_unique() {
    let library = Library::builtin();
    let ids: Vec<&str> = library.entries().iter().map(|e| e.routine.id.as_str()).collect();
    assert!(ids.len() >= 6, "{ids:?}");
    assert_eq!(ids[0], DEFAULT_ID);
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "{ids:?}");
    for entry in library.entries() {
        let Origin::BuiltIn(name) = entry.origin else { panic!("{:?}", entry.origin) };
        assert_eq!(name, format!("{}.toml", entry.routine.id), "a built-in's file is named by its id");
    }
}

/// Every article in `../shared/seeds/` is the source of at least one routine.
#[test]
fn every_article_has_a_routine() {
    let library = Library::builtin();
    for title in [
        "Anti-Desk workout: 5-minute hips and lower back",
        "Lower Back Pain Relief",
        "Do you sit most of the day?",
        "5 Recovery Exercise To Release Lower Back Tension",
        "Tips to Relieve Low Back Pain",
    ] {
        assert!(
            library.entries().iter().any(|e| e.routine.source.title == title),
            "no routine from \"{title}\""
        );
    }
}

fn builtin_plan(id: &str) -> Plan {
    Plan::new(&Library::builtin().get(id).unwrap_or_else(|| panic!("no built-in {id}")).routine)
}

/// Where an article states a length, the plan is within ±20 % of it.
#[test]
fn stated_lengths_hold_within_twenty_percent() {
    for (id, stated_s) in [("anti-desk", 300), ("desk-hips", 120)] {
        let total = builtin_plan(id).total_s;
        assert!(
            (stated_s * 8 / 10..=stated_s * 12 / 10).contains(&total),
            "{id} takes {total} s; its article says {stated_s} s"
        );
    }
}

/// Where an article states a dose, the routine keeps it.
#[test]
fn stated_doses_are_kept() {
    let anti_desk = builtin_plan("anti-desk");
    let stretch: Vec<_> =
        anti_desk.steps.iter().filter(|s| s.exercise == "Kneeling hip flexor stretch").collect();
    assert!(stretch.iter().filter(|s| s.is_work()).all(|s| s.seconds == 30));
    let bridges = anti_desk.steps.iter().find(|s| s.exercise == "Glute bridge").unwrap();
    assert_eq!(bridges.reps, Some(10));

    let relief = Library::builtin().get("back-relief").unwrap().routine.clone();
    let lunge = relief.exercises().find(|(_, e)| e.name.to_lowercase().contains("lunge")).unwrap().1;
    assert_eq!((lunge.hold, lunge.per_side), (Some(60), true), "one minute each side");
    let bridge = relief.exercises().find(|(_, e)| e.name.to_lowercase().contains("bridge")).unwrap().1;
    assert_eq!((bridge.hold, bridge.sets), (Some(60), 3), "one minute, three sets");
}

#[test]
fn the_office_routine_needs_no_equipment_and_no_floor() {
    let routine = Library::builtin().get("desk-hips").unwrap().routine.clone();
    assert!(routine.equipment.is_empty());
    assert!(routine.exercises().all(|(_, e)| !e.position.is_floor()), "{routine:?}");
    let plan =
        Plan::build(&routine, &PlanOptions { have: Some(Vec::new()), no_floor: true, max_s: None }).unwrap();
    assert_eq!(plan, Plan::new(&routine), "nothing is left out or cut");
}

/// At least four built-ins fit an office desk with nothing: standing and seated work only, no
/// equipment, two to five minutes; between them they release, stretch and activate.
#[test]
fn four_desk_routines_or_more_need_no_floor_and_no_equipment() {
    let library = Library::builtin();
    let mut phases = Vec::new();
    let desk: Vec<&str> = library
        .entries()
        .iter()
        .map(|e| &e.routine)
        .filter(|r| r.equipment.is_empty() && r.exercises().all(|(_, e)| !e.position.is_floor()))
        .inspect(|r| {
            let total = Plan::new(r).total_s;
            assert!((120..=300).contains(&total), "{} takes {total} s", r.id);
            phases.extend(r.phases.iter().map(|p| p.kind));
        })
        .map(|r| r.id.as_str())
        .collect();
    assert!(desk.len() >= 4, "{desk:?}");
    for kind in [PhaseKind::Release, PhaseKind::Stretch, PhaseKind::Activate] {
        assert!(phases.contains(&kind), "no desk routine has a {kind} phase");
    }
}

/// Every hold says how to breathe; long routines are marked long, and their hardest moves for
/// someone in pain are optional.
#[test]
fn holds_have_a_breathing_cue_and_hard_moves_in_long_routines_are_optional() {
    for entry in Library::builtin().entries() {
        let r = &entry.routine;
        for (_, ex) in r.exercises() {
            if ex.hold.is_some() {
                let breath = ["breath", "exhale", "inhale"];
                assert!(
                    ex.cues.iter().any(|c| breath.iter().any(|b| c.to_lowercase().contains(b))),
                    "{}: {} has no breathing cue",
                    r.id,
                    ex.name
                );
            }
            let name = ex.name.to_lowercase();
            if ["v-sit", "mountain climber", "plank"].iter().any(|hard| name.contains(hard)) {
                assert!(ex.optional, "{}: {} is not optional", r.id, ex.name);
            }
        }
    }
    let long: Vec<String> = Library::builtin()
        .entries()
        .iter()
        .map(|e| Plan::new(&e.routine))
        .filter(|p| p.long)
        .map(|p| p.label)
        .collect();
    assert_eq!(long.len(), 4, "{long:?}");
    assert!(long.iter().all(|l| l.ends_with(" (long)")), "{long:?}");
}

/// Work that some people should skip says so on its card: ball work on the belly, rolling on
/// the spine, piriformis work.
#[test]
fn risky_work_carries_a_caution() {
    for entry in Library::builtin().entries() {
        for (_, ex) in entry.routine.exercises() {
            let name = ex.name.to_lowercase();
            let belly = (name.contains("psoas") || name.contains("ab ")) && !ex.equipment.is_empty();
            let spine = name.contains("spine") || name.contains("thoracic extension on");
            if belly || spine || name.contains("piriformis") {
                assert!(ex.caution.is_some(), "{}: {} has no caution", entry.routine.id, ex.name);
            }
        }
    }
}

#[test]
fn the_psoas_ball_release_is_optional_wherever_it_appears() {
    for entry in Library::builtin().entries() {
        for (_, ex) in entry.routine.exercises() {
            if ex.name.to_lowercase().contains("psoas") && ex.equipment.contains(&Equipment::Ball) {
                assert!(ex.optional, "{} in {}", ex.name, entry.routine.id);
            }
        }
    }
}

/// The complete example in `routines/README.md` is a valid routine, with the dose it describes.
#[test]
fn the_documented_example_is_valid() {
    let readme = fs::read_to_string(repo("routines/README.md")).unwrap();
    let example = readme.split("```toml\n").nth(1).and_then(|rest| rest.split("```").next()).unwrap();
    let routine = parse(example, "routines/README.md").unwrap_or_else(|e| panic!("{}", e[0])).routine;
    assert_eq!(routine.id, "hips-at-home");
    let plan = Plan::new(&routine);
    // 20 + 5 + 20, then 3 × 30 with two rests of 15, then 30 + 8 + 30.
    assert_eq!(plan.total_s, 45 + 120 + 68);
    let sides: Vec<&str> = plan.steps.iter().take(3).filter_map(|s| s.side_label.as_deref()).collect();
    assert_eq!(
        sides,
        ["Ball under the left buttock", "Ball under the right buttock", "Ball under the right buttock"]
    );
    assert!(plan.steps[0].caution.is_some());
    let bridge = plan.steps.iter().find(|s| s.exercise == "Glute bridge hold").unwrap();
    assert_eq!(bridge.harder.as_ref().and_then(|h| h.dose.as_deref()), Some("20 s"));
    assert_eq!(
        bridge.easier.as_ref().map(|e| (e.text.as_str(), e.dose.clone())),
        Some(("Lift the hips only halfway.", None))
    );
}

/// The poses example in `routines/README.md` is a valid exercise, with the keyframes it shows.
#[test]
fn the_documented_pose_example_is_valid() {
    let readme = fs::read_to_string(repo("routines/README.md")).unwrap();
    let example = readme.split("```toml\n").nth(2).and_then(|rest| rest.split("```").next()).unwrap();
    let text = format!(
        "id = \"x\"\ntitle = \"x\"\nsummary = \"x\"\n[source]\ntitle = \"x\"\nauthor = \"x\"\n\
         [[phases]]\nkind = \"activate\"\n{example}"
    );
    let routine = parse(&text, "routines/README.md").unwrap_or_else(|e| panic!("{}", e[0])).routine;
    let figure = routine.phases[0].exercises[0].figure().unwrap();
    assert_eq!(figure.frames.len(), 2);
    assert_eq!((figure.frames[1].torso, figure.frames[1].left_hip), (-160, 0));
    assert_eq!(figure.highlight, Some(pose::Region::Glutes));
}

/// Every exercise of every built-in shows its move: a pose, or keyframes.
#[test]
fn every_builtin_exercise_has_a_pose() {
    let mut missing = Vec::new();
    for entry in Library::builtin().entries() {
        for (_, ex) in entry.routine.exercises() {
            if ex.figure().is_none() {
                missing.push(format!("{}: {}", entry.routine.id, ex.name));
            }
        }
    }
    assert!(missing.is_empty(), "no pose for {missing:#?}");
}

/// The hand-written reader and serde's derive read the format the same way.
#[test]
fn the_reader_agrees_with_the_serde_reading() {
    for entry in Library::builtin().entries() {
        let Origin::BuiltIn(name) = entry.origin else { unreachable!() };
        let text = fs::read_to_string(repo(&format!("routines/{name}"))).unwrap();
        let by_serde: Routine = toml::from_str(&text).unwrap();
        assert_eq!(by_serde, entry.routine, "{name}");
    }
}

/// `routines/schema.json` is generated from the types; regenerate it with
/// `UNSIT_BLESS=1 cargo test --lib schema`.
#[test]
fn the_committed_schema_is_up_to_date() {
    let schema = schemars::schema_for!(Routine);
    let text = serde_json::to_string_pretty(&schema).unwrap() + "\n";
    let path = repo("routines/schema.json");
    if std::env::var_os("UNSIT_BLESS").is_some() {
        fs::write(&path, &text).unwrap();
    }
    let committed = fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == text,
        "routines/schema.json is out of date; regenerate it with `UNSIT_BLESS=1 cargo test --lib schema`"
    );
}

// ---- The library -----------------------------------------------------------------------------

fn user_dir_with(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in files {
        fs::write(dir.path().join(name), text).unwrap();
    }
    dir
}

#[test]
fn a_user_routine_adds_to_the_builtins() {
    let dir = user_dir_with(&[("mine.toml", &one_routine("mine", "Mine"))]);
    let (library, errors) = Library::load(Some(dir.path()));
    assert!(errors.is_empty(), "{errors:?}");
    let mine = library.get("mine").unwrap();
    assert_eq!(mine.origin, Origin::User(dir.path().join("mine.toml")));
    assert!(!mine.overrides_builtin);
    assert_eq!(library.entries().len(), Library::builtin().entries().len() + 1);
    assert_eq!(
        library.entries().last().unwrap().routine.id,
        "mine",
        "user routines come after the built-ins"
    );
}

#[test]
fn a_user_routine_overrides_the_builtin_with_its_id() {
    let dir = user_dir_with(&[("my-reset.toml", &one_routine(DEFAULT_ID, "My own reset"))]);
    let (library, errors) = Library::load(Some(dir.path()));
    assert!(errors.is_empty(), "{errors:?}");
    let entry = library.get(DEFAULT_ID).unwrap();
    assert_eq!(entry.routine.title, "My own reset");
    assert!(entry.overrides_builtin);
    assert_eq!(library.default_routine().title, "My own reset");
    assert_eq!(library.entries()[0].routine.id, DEFAULT_ID, "the override keeps the built-in's place");
    assert_eq!(library.entries().len(), Library::builtin().entries().len());
}

#[test]
fn duplicate_user_ids_are_reported_with_both_paths() {
    let dir = user_dir_with(&[("a.toml", &one_routine("twin", "A")), ("b.toml", &one_routine("twin", "B"))]);
    let (library, errors) = Library::load(Some(dir.path()));
    assert_eq!(library.get("twin").unwrap().routine.title, "A", "the first file by name wins");
    let (a, b) = (dir.path().join("a.toml"), dir.path().join("b.toml"));
    assert_eq!(
        errors.iter().map(|e| e.to_string()).collect::<Vec<_>>(),
        [format!(
            "{}:1:6: duplicate id \"twin\": {}:1:6 has it too; this file is left out",
            b.display(),
            a.display()
        )]
    );
}

#[test]
fn a_broken_user_file_costs_only_itself() {
    let dir = user_dir_with(&[
        ("broken.toml", "id = \"broken\"\ntitle = \n"),
        ("good.toml", &one_routine("good", "Good")),
        ("notes.txt", "not a routine"),
        (".hidden.toml", "not read"),
        ("good.toml~", "an editor's backup"),
    ]);
    let (library, errors) = Library::load(Some(dir.path()));
    assert!(library.get("good").is_some());
    assert!(library.get(DEFAULT_ID).is_some());
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].origin, dir.path().join("broken.toml").display().to_string());
    assert_eq!(errors[0].at, Some((2, 9)));
}

#[test]
fn a_missing_user_directory_is_just_the_builtins() {
    let dir = tempfile::tempdir().unwrap();
    let (library, errors) = Library::load(Some(&dir.path().join("routines")));
    assert!(errors.is_empty());
    assert_eq!(library, Library::builtin());
}

#[test]
fn check_reports_ids_shared_between_the_files_given() {
    let dir = user_dir_with(&[("a.toml", &one_routine("same", "A")), ("b.toml", &one_routine("same", "B"))]);
    let (good, errors) = check(&[dir.path().join("a.toml"), dir.path().join("b.toml")]);
    assert_eq!(good.len(), 1);
    assert!(errors[0].message.starts_with("duplicate id \"same\""), "{errors:?}");
}

// ---- Fuzzing ---------------------------------------------------------------------------------

const WORDS: &[&str] =
    &["release", "stretch", "activate", "floor", "kneeling", "standing", "seated", "ball", "band", "x"];

fn toml_value() -> impl Strategy<Value = toml::Value> {
    let leaf = prop_oneof![
        (-5i64..700).prop_map(toml::Value::Integer),
        any::<i64>().prop_map(toml::Value::Integer),
        any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(toml::Value::Float),
        any::<bool>().prop_map(toml::Value::Boolean),
        proptest::sample::select(WORDS).prop_map(|w| toml::Value::String(w.to_string())),
        ".{0,80}".prop_map(toml::Value::String),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(toml::Value::Array),
            proptest::collection::btree_map(
                // Keys the format knows, so that generated TOML reaches past the unknown-key check.
                prop_oneof![
                    proptest::sample::select(super::parse::ALL_KEYS.concat()).prop_map(String::from),
                    "[a-z_]{1,8}"
                ],
                inner,
                0..8
            )
            .prop_map(|m| toml::Value::Table(m.into_iter().collect())),
        ]
    })
}

/// A plausible routine with one field changed, dropped or added: close to valid, so the fuzzing
/// reaches the checks across fields.
fn near_routine() -> impl Strategy<Value = String> {
    let builtin: Vec<String> =
        Library::builtin().entries().iter().map(|e| toml::to_string(&e.routine).unwrap()).collect();
    (proptest::sample::select(builtin), any::<prop::sample::Index>(), toml_value(), 0..3u8).prop_map(
        |(text, at, value, how)| {
            let mut lines: Vec<String> = text.lines().map(String::from).collect();
            let i = at.index(lines.len());
            match how {
                0 => {
                    lines.remove(i);
                }
                1 => {
                    if let Some((key, _)) = lines[i].clone().split_once(" = ") {
                        lines[i] = format!(
                            "{key} = {}",
                            toml::to_string(&toml::Value::Array(vec![value]))
                                .unwrap_or_default()
                                .trim_start_matches('[')
                                .trim_end_matches(']')
                        );
                    }
                }
                _ => lines.insert(i, toml::to_string(&value).unwrap_or_default()),
            }
            lines.join("\n")
        },
    )
}

/// What must hold for anything the reader accepts.
fn accepted_is_sound(text: &str, parsed: &Parsed) {
    let by_serde: Routine = toml::from_str(text).expect("serde accepts what the reader accepts");
    assert_eq!(by_serde, parsed.routine);
    let plan = Plan::new(&parsed.routine);
    assert_eq!(plan.total_s, plan.steps.iter().map(|s| s.seconds).sum::<u32>());
    for max_min in [1, 2, 5] {
        let options = PlanOptions { have: Some(Vec::new()), no_floor: true, max_s: Some(max_min * 60) };
        if let Ok(plan) = Plan::build(&parsed.routine, &options) {
            assert!(plan.total_s <= max_min * 60);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..1024)) {
        let _ = parse_bytes(&bytes, "fuzz.toml");
    }

    #[test]
    fn arbitrary_toml_never_panics(value in toml_value()) {
        let text = toml::to_string(&value).unwrap_or_default();
        match parse(&text, "fuzz.toml") {
            Ok(parsed) => accepted_is_sound(&text, &parsed),
            Err(errors) => prop_assert!(errors.iter().all(|e| e.at.is_some() && !e.message.is_empty())),
        }
    }

    #[test]
    fn near_valid_routines_never_panic(text in near_routine()) {
        match parse(&text, "fuzz.toml") {
            Ok(parsed) => accepted_is_sound(&text, &parsed),
            Err(errors) => prop_assert!(errors.iter().all(|e| e.at.is_some() && !e.message.is_empty())),
        }
    }
}

// ---- translations ------------------------------------------------------------------------

#[test]
fn every_built_in_routine_has_a_complete_german_and_spanish_translation() {
    let library = Library::builtin();
    for entry in library.entries() {
        let id = &entry.routine.id;
        for lang in ["de", "es"] {
            let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("routines/{id}.{lang}.toml"));
            let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let (translated, problems) = translate(&entry.routine, &text, &path.display().to_string());
            assert!(problems.is_empty(), "{problems:#?}");
            let translated = translated.unwrap();
            assert_ne!(translated.title, entry.routine.title, "{id}.{lang}: the title is translated");
            // Only the text: doses, poses and ids are the original's.
            let dose = |r: &Routine| -> Vec<_> {
                r.exercises()
                    .map(|(_, e)| (e.hold, e.reps, e.per_side, e.pose.clone(), e.cues.len()))
                    .collect()
            };
            assert_eq!(dose(&translated).len(), dose(&entry.routine).len());
            assert_eq!(translated.id, entry.routine.id);
            for ((_, a), (_, b)) in translated.exercises().zip(entry.routine.exercises()) {
                assert_eq!(
                    (a.hold, a.reps, a.sets, &a.pose, a.per_side),
                    (b.hold, b.reps, b.sets, &b.pose, b.per_side)
                );
                assert_ne!(a.cues, b.cues, "{id}.{lang}: {} has its cues translated", b.name);
            }
        }
    }
}

const ORIGINAL: &str = r#"
id = "hips"
title = "Hips"
summary = "Loosen the hips."
equipment = []
[source]
title = "An article"
author = "Someone"
[[phases]]
kind = "stretch"
[[phases.exercises]]
name = "Lunge stretch"
targets = ["hip flexors"]
position = "standing"
hold = 30
per_side = true
side = "left leg back"
cues = ["Step back.", "Breathe."]
mistake = "Arching the back."
[[phases.exercises]]
name = "Squeeze"
targets = ["glutes"]
position = "standing"
reps = 10
cues = ["Squeeze."]
"#;

const GERMAN: &str = r#"title = "Hüften"
summary = "Lockere die Hüften."
[[phases]]
[[phases.exercises]]
name = "Ausfallschritt-Dehnung"
targets = ["Hüftbeuger"]
side = "linkes Bein hinten"
cues = ["Tritt zurück.", "Atme."]
mistake = "Hohlkreuz."
[[phases.exercises]]
name = "Anspannen"
targets = ["Gesäß"]
cues = ["Spann an."]
"#;

#[test]
fn a_translation_replaces_the_text_and_keeps_the_rest() {
    let original = parse(ORIGINAL, "hips.toml").unwrap().routine;
    let (translated, problems) = translate(&original, GERMAN, "hips.de.toml");
    assert_eq!(problems, []);
    let translated = translated.unwrap();
    assert_eq!(translated.title, "Hüften");
    let first = &translated.phases[0].exercises[0];
    assert_eq!(
        (first.name.as_str(), first.hold, first.side.as_deref()),
        ("Ausfallschritt-Dehnung", Some(30), Some("linkes Bein hinten"))
    );
    // The right side reads the same with the German word for right.
    assert_eq!(crate::words::side_label(true, first.side.as_deref()), "Rechtes Bein hinten");
}

#[test]
fn a_missing_text_is_reported_where_it_belongs_and_the_original_shows() {
    let original = parse(ORIGINAL, "hips.toml").unwrap().routine;
    let text = GERMAN.replace("mistake = \"Hohlkreuz.\"\n", "");
    let (translated, problems) = translate(&original, &text, "hips.de.toml");
    let messages: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        messages,
        ["hips.de.toml:4:1: missing `mistake` of exercise \"Lunge stretch\"; until it is here, the routine's own text shows"]
    );
    assert_eq!(translated.unwrap().phases[0].exercises[0].mistake.as_deref(), Some("Arching the back."));
}

#[test]
fn an_extra_key_or_a_dose_in_a_translation_is_reported_with_its_place() {
    let original = parse(ORIGINAL, "hips.toml").unwrap().routine;
    let text = GERMAN.replace("cues = [\"Spann an.\"]", "cues = [\"Spann an.\"]\nreps = 12\ncuez = [\"x\"]");
    let (translated, problems) = translate(&original, &text, "hips.de.toml");
    let messages: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(messages.len(), 2, "{messages:#?}");
    assert!(messages[0].starts_with("hips.de.toml:14:1: `reps` is not translated"), "{}", messages[0]);
    assert!(messages[1].starts_with("hips.de.toml:15:1: unknown key `cuez`"), "{}", messages[1]);
    assert!(messages[1].contains("did you mean `cues`?"), "{}", messages[1]);
    // The dose stays the routine's.
    assert_eq!(translated.unwrap().phases[0].exercises[1].reps, Some(10));
}

#[test]
fn a_translation_of_other_sections_is_refused() {
    let original = parse(ORIGINAL, "hips.toml").unwrap().routine;
    let text = GERMAN.replace(
        "[[phases.exercises]]\nname = \"Anspannen\"\ntargets = [\"Gesäß\"]\ncues = [\"Spann an.\"]\n",
        "",
    );
    let (translated, problems) = translate(&original, &text, "hips.de.toml");
    assert_eq!(translated, None);
    assert!(problems[0].message.contains("has 2 exercises in the routine, and 1 here"), "{problems:?}");
    let (translated, problems) = translate(&original, "title = \"x", "hips.de.toml");
    assert_eq!(translated, None);
    assert!(problems[0].to_string().starts_with("hips.de.toml:1:"), "{problems:?}");
}

#[test]
fn a_side_without_a_word_for_left_is_refused_and_the_original_kept() {
    let original = parse(ORIGINAL, "hips.toml").unwrap().routine;
    let text = GERMAN.replace("linkes Bein hinten", "ein Bein hinten");
    let (translated, problems) = translate(&original, &text, "hips.de.toml");
    assert!(
        problems[0].to_string().starts_with("hips.de.toml:7:8: `side` must say what left means"),
        "{problems:?}"
    );
    assert_eq!(translated.unwrap().phases[0].exercises[0].side.as_deref(), Some("left leg back"));
}

#[test]
fn a_users_translation_is_loaded_in_their_language_and_checked_like_a_routine() {
    let dir = user_dir_with(&[("hips.toml", ORIGINAL), ("hips.de.toml", GERMAN)]);
    // A translation is not a routine of its own.
    let (library, errors) = Library::load(Some(dir.path()));
    assert_eq!(errors, []);
    assert_eq!(library.get("hips").unwrap().routine.title, "Hips");
    let (library, errors) = crate::lang::tests::speaking("de", || Library::load(Some(dir.path())));
    assert_eq!(errors, []);
    assert_eq!(library.get("hips").unwrap().routine.title, "Hüften");
    assert_eq!(library.default_routine().title, "Anti-Schreibtisch-Reset", "the built-ins too");
    let (library, _) = crate::lang::tests::speaking("es", || Library::load(Some(dir.path())));
    assert_eq!(library.get("hips").unwrap().routine.title, "Hips", "no Spanish: the original");
    // `routines check` reads a translation against the routine next to it.
    let (good, errors) = check(&[dir.path().join("hips.de.toml")]);
    assert_eq!((good.len(), errors), (1, vec![]));
    fs::write(dir.path().join("hips.de.toml"), GERMAN.replace("title = \"Hüften\"\n", "")).unwrap();
    let (good, errors) = check(&[dir.path().join("hips.de.toml")]);
    assert_eq!(good.len(), 0);
    assert!(errors[0].to_string().contains("hips.de.toml:1:1: missing `title`"), "{errors:?}");
}
