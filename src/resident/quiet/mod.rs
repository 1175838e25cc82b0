//! Quiet moments: a due break waits while the person is in a call, presenting, watching something
//! full screen or has asked not to be disturbed. Each probe is a small module behind [`Probe`];
//! they are asked only when a reminder is due, and then once a minute while it is held (the
//! scheduler's `Effect::CheckQuiet`), so the idle resident does not pay for them.

mod bus;
mod calls;
mod do_not_disturb;
mod full_screen;
mod inhibitors;

use std::time::Duration;

use futures_util::future::BoxFuture;

pub use calls::Calls;
pub use do_not_disturb::DoNotDisturb;
pub use full_screen::FullScreen;
pub use inhibitors::Inhibitors;

use crate::scheduler::Quiet;
use crate::settings::Holds;

/// How long a probe may take to answer.
pub const PATIENCE: Duration = Duration::from_secs(2);

/// One way to tell a quiet moment.
pub trait Probe: Send {
    /// Whether the settings turn it on.
    fn wanted(&self, holds: Holds) -> bool;
    /// Looks now: the quiet moment it finds, if any. Anything it cannot ask counts as not quiet.
    fn check(&mut self) -> BoxFuture<'_, Option<Quiet>>;
}

/// The probes this desktop has, in the order their words are best: a call says more than the
/// inhibitor the call app holds.
pub struct Probes {
    probes: Vec<Box<dyn Probe>>,
}

impl Probes {
    pub fn new(probes: Vec<Box<dyn Probe>>) -> Probes {
        Probes { probes }
    }

    /// Every probe, for the desktop unsit runs in.
    pub fn desktop(session: &zbus::Connection) -> Probes {
        let mut probes: Vec<Box<dyn Probe>> = vec![Box::new(Calls::new("/proc"))];
        match FullScreen::connect() {
            Ok(p) => probes.push(Box::new(p)),
            Err(e) => log::debug!("full-screen windows cannot be told here: {e}"),
        }
        probes.push(Box::new(DoNotDisturb::new(session.clone())));
        probes.push(Box::new(Inhibitors::new(session.clone())));
        Probes { probes }
    }

    /// The first quiet moment a wanted probe finds. A probe that does not answer within
    /// [`PATIENCE`] (a service on the bus that hangs) finds nothing, so the resident never waits
    /// on one.
    pub async fn check(&mut self, holds: Holds) -> Option<Quiet> {
        for probe in self.probes.iter_mut().filter(|p| p.wanted(holds)) {
            match tokio::time::timeout(PATIENCE, probe.check()).await {
                Ok(Some(found)) => return Some(found),
                Ok(None) => {}
                Err(_) => log::warn!(
                    "a quiet-moment probe did not answer within {PATIENCE:?}; taken as no quiet moment"
                ),
            }
        }
        None
    }
}
