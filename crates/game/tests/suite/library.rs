//! The scenario library follows the files on disk: an author's edit is re-read and
//! re-validated, and a mistake is listed with its line and column.

use std::path::PathBuf;
use std::time::{Duration, SystemTime};

use zero_draft_game::library::Library;

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("zero-draft-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a scratch folder");
    dir
}

/// Writes `text` and moves the file's modification time on, as an editor's save would.
fn save(path: &PathBuf, text: &str, seconds_later: u64) {
    std::fs::write(path, text).expect("write the scenario");
    let f = std::fs::File::options()
        .write(true)
        .open(path)
        .expect("open the scenario");
    f.set_modified(SystemTime::now() + Duration::from_secs(seconds_later))
        .expect("set its time");
}

#[test]
fn an_edited_scenario_is_revalidated_and_its_error_placed() {
    let dir = scratch("library");
    let tutorial = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../scenarios/tutorial.ron"),
    )
    .expect("the tutorial ships");
    let file = dir.join("my-room.ron");
    save(&file, &tutorial, 0);
    let mut library = Library::of(vec![dir.clone()]);
    library.rescan();
    assert_eq!(library.entries.len(), 1);
    assert!(library.entries[0].loaded.is_ok());

    // The author breaks a field on some line: the library says where.
    let (line, _) = tutorial
        .lines()
        .enumerate()
        .find(|(_, l)| l.trim_start().starts_with("influence:"))
        .expect("the tutorial names an influence");
    let broken = tutorial.replacen("influence:", "influense:", 1);
    save(&file, &broken, 5);
    library.rescan();
    let error = library.entries[0]
        .loaded
        .as_ref()
        .expect_err("the broken file is listed with its error");
    assert!(
        error.contains(&format!("my-room.ron:{}:", line + 1)) && error.contains("influense"),
        "the error names the file, line and the word: {error}"
    );

    // Mended, it loads again; a new file appears and a deleted one goes.
    save(&file, &tutorial, 10);
    std::fs::copy(&file, dir.join("second.ron")).expect("copy");
    library.rescan();
    assert_eq!(library.entries.len(), 2);
    assert!(library.entries.iter().all(|e| e.loaded.is_ok()));
    std::fs::remove_file(dir.join("second.ron")).expect("remove");
    library.rescan();
    assert_eq!(library.entries.len(), 1);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_shipped_scenarios_are_found_from_any_folder() {
    // Tests run in the crate's folder, where there is no `scenarios/`: the built-in copies
    // are listed, the tutorial first, and each plays.
    assert!(!std::path::Path::new("scenarios").exists());
    let mut library = Library::default();
    library.rescan();
    let titles: Vec<String> = library.entries.iter().map(|e| e.title()).collect();
    for title in ["Tutorial", "OEWG 2020", "OEWG 2022", "OEWG 2023"] {
        assert!(
            titles.iter().any(|t| t.starts_with(title)),
            "{title}: {titles:?}"
        );
    }
    assert!(titles[0].starts_with("Tutorial"), "{titles:?}");
    let tutorial = &library.entries[0];
    assert_eq!(tutorial.path, PathBuf::from("scenarios/tutorial.ron"));
    assert!(tutorial.loaded.is_ok());
}
