//! Spoken cues. The page decides what is said and when (`js/coach.js`); this speaks it through
//! speech-dispatcher, the desktop's speech service, in the voice, rate and language the person
//! chose there. SSIP over speech-dispatcher's Unix socket, on a thread of its own, so the window
//! never waits for speech and utterances keep their order.
//!
//! - An announcement (a new step, a switch, a rest, done) cancels whatever unsit is still saying
//!   and is spoken at `text` priority: a screen reader's messages come first.
//! - An aside (a count, "10 seconds") is spoken at `notification` priority: speech-dispatcher drops
//!   it when anything else is being said, so asides never queue up behind an announcement.
//! - Hush (a pause) cancels what unsit is saying.
//!
//! Where speech-dispatcher cannot be reached, the first utterance says so (the page shows one
//! line) and is logged once; after that the thread tries to connect again at each announcement,
//! quietly.

use std::io;
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use ssip_client_async::{
    fifo, Client, ClientName, ClientResult, ClientScope, MessageScope, Priority, OK_CANCELED,
    OK_LANGUAGE_SET, OK_PRIORITY_SET,
};

/// What the page asks for.
#[derive(Debug)]
pub enum Say {
    /// A new moment: cancels what is being said.
    Announce(String),
    /// A count or a time left: spoken only into silence.
    Aside(String),
    /// Stop talking (a pause).
    Hush,
    /// Connect now, and answer whether speech works.
    Check(mpsc::Sender<Result<(), String>>),
}

/// The one line the window shows when there is no speech service.
/// What the page shows when there is no speech: "Spoken cues need speech-dispatcher".
pub fn unavailable() -> String {
    unsit::t!("voice-unavailable")
}

// The speaking thread's state: not tried yet (0), speaking, or speech not working.
const UP: u8 = 1;
const DOWN: u8 = 2;

/// How long a freshly spawned speech-dispatcher may take to open its socket.
const SPAWN_PATIENCE: Duration = Duration::from_secs(3);

/// The speaking thread, started on first use.
#[derive(Default)]
pub struct Voice {
    sender: Mutex<Option<Sender<Say>>>,
    state: Arc<AtomicU8>,
}

impl Voice {
    /// Passes `say` to the speaking thread (started if need be). Returns false once speech is
    /// known not to work.
    pub fn send(&self, say: Say) -> bool {
        let mut sender = self.sender.lock().unwrap_or_else(|e| e.into_inner());
        let tx = sender.get_or_insert_with(|| {
            let (tx, rx) = mpsc::channel();
            let state = Arc::clone(&self.state);
            std::thread::Builder::new()
                .name("unsit-voice".into())
                .spawn(move || speak(&rx, &state))
                .expect("starting the speaking thread");
            tx
        });
        let _ = tx.send(say);
        self.state.load(Ordering::Relaxed) != DOWN
    }
}

/// Where speech-dispatcher listens: `SPEECHD_ADDRESS` (`unix_socket:PATH`) when set, else its
/// standard socket in the runtime folder. The second value says whether it is the standard one,
/// which may be started on demand (as libspeechd does).
fn address() -> Result<(PathBuf, bool), String> {
    if let Ok(address) = std::env::var("SPEECHD_ADDRESS") {
        return match address.split_once(':') {
            Some(("unix_socket", path)) if !path.is_empty() => Ok((PathBuf::from(path), false)),
            _ => Err(format!(
                "SPEECHD_ADDRESS is `{address}`; unsit speaks only over a Unix socket (unix_socket:PATH)"
            )),
        };
    }
    let runtime = std::env::var_os("XDG_RUNTIME_DIR").ok_or("XDG_RUNTIME_DIR is not set")?;
    Ok((PathBuf::from(runtime).join("speech-dispatcher/speechd.sock"), true))
}

fn open(path: &Path) -> io::Result<Client<UnixStream>> {
    let mut client = fifo::synchronous::Builder::new().path(path).timeout(Duration::from_secs(2)).build()?;
    client
        .set_client_name(ClientName::new(&user(), "unsit"))
        .and_then(|c| c.check_client_name_set())
        .map_err(io::Error::other)?;
    // The voice speaks the language of the words: speech-dispatcher picks a voice for it.
    let language = unsit::lang::words().locale.code;
    client
        .set_language(ClientScope::Current, language)
        .and_then(|c| c.check_status(OK_LANGUAGE_SET))
        .map_err(io::Error::other)?;
    Ok(client)
}

fn user() -> String {
    std::env::var("USER").ok().filter(|u| !u.is_empty() && !u.contains(':')).unwrap_or_else(|| "user".into())
}

/// A connection to speech-dispatcher, starting it when it is installed, not running and
/// allowed to be started that way (its own `DisableAutoSpawn` setting is obeyed by `--spawn`).
fn connect(may_spawn: &mut bool) -> Result<Client<UnixStream>, String> {
    let (path, standard) = address()?;
    match open(&path) {
        Ok(client) => return Ok(client),
        Err(_) if standard && *may_spawn => {}
        Err(e) => return Err(format!("cannot reach speech-dispatcher at {} ({e})", path.display())),
    }
    *may_spawn = false;
    let spawned = Command::new("speech-dispatcher")
        .arg("--spawn")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .map_err(|e| format!("cannot start speech-dispatcher ({e})"))?;
    if !spawned.success() {
        return Err(format!("speech-dispatcher --spawn failed ({spawned})"));
    }
    // It answers once its socket is open; a new daemon may need a moment for that.
    let since = Instant::now();
    loop {
        match open(&path) {
            Ok(client) => return Ok(client),
            Err(e) if since.elapsed() > SPAWN_PATIENCE => {
                return Err(format!(
                    "speech-dispatcher started but does not answer at {} ({e})",
                    path.display()
                ))
            }
            Err(_) => std::thread::sleep(Duration::from_millis(50)),
        }
    }
}

fn announce(client: &mut Client<UnixStream>, text: &str) -> ClientResult<()> {
    client.cancel(MessageScope::Last)?.check_status(OK_CANCELED)?;
    utter(client, Priority::Text, text)
}

fn utter(client: &mut Client<UnixStream>, priority: Priority, text: &str) -> ClientResult<()> {
    // One line of plain text: a line of only "." would end the message early.
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    client.set_priority(priority)?.check_status(OK_PRIORITY_SET)?;
    client.speak()?.check_receiving_data()?.send_line(&line)?.receive_message_id()?;
    Ok(())
}

/// The speaking thread: one connection, the page's requests in order.
fn speak(requests: &Receiver<Say>, state: &AtomicU8) {
    let mut client: Option<Client<UnixStream>> = None;
    let mut may_spawn = true;
    let mut logged = false;
    let mut fail = |why: String, client: &mut Option<Client<UnixStream>>| {
        *client = None;
        state.store(DOWN, Ordering::Relaxed);
        if !logged {
            logged = true;
            eprintln!("unsit-ui: spoken cues need speech-dispatcher: {why}");
        }
    };
    for request in requests {
        // Asides and hushes never bring speech back: only a new moment or a check does.
        let wants = matches!(request, Say::Announce(_) | Say::Check(_));
        if client.is_none() && wants {
            match connect(&mut may_spawn) {
                Ok(c) => {
                    client = Some(c);
                    state.store(UP, Ordering::Relaxed);
                }
                Err(why) => fail(why, &mut client),
            }
        }
        let result = match (&request, client.as_mut()) {
            (Say::Check(answer), c) => {
                let _ = answer.send(if c.is_some() { Ok(()) } else { Err(unavailable()) });
                Ok(())
            }
            (_, None) => Ok(()),
            (Say::Announce(text), Some(c)) => announce(c, text),
            (Say::Aside(text), Some(c)) => utter(c, Priority::Notification, text),
            (Say::Hush, Some(c)) => {
                c.cancel(MessageScope::Last).and_then(|c| c.check_status(OK_CANCELED)).map(|_| ())
            }
        };
        if let Err(e) = result {
            fail(format!("speech-dispatcher stopped answering ({e})"), &mut client);
        }
    }
    if let Some(mut c) = client {
        let _ = c.cancel(MessageScope::Last);
        let _ = c.quit();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_address_is_a_unix_socket_or_refused_in_words() {
        // One test owns the variable: tests run on threads of one process.
        std::env::set_var("SPEECHD_ADDRESS", "unix_socket:/run/x/speechd.sock");
        assert_eq!(address(), Ok((PathBuf::from("/run/x/speechd.sock"), false)));
        std::env::set_var("SPEECHD_ADDRESS", "inet_socket:127.0.0.1:6560");
        assert_eq!(
            address().unwrap_err(),
            "SPEECHD_ADDRESS is `inet_socket:127.0.0.1:6560`; unsit speaks only over a Unix socket (unix_socket:PATH)"
        );
        std::env::remove_var("SPEECHD_ADDRESS");
        std::env::set_var("XDG_RUNTIME_DIR", "/run/user/1000");
        assert_eq!(address(), Ok((PathBuf::from("/run/user/1000/speech-dispatcher/speechd.sock"), true)));
    }
}
