//! Telling the resident how the session ended, over its control API, as the process exits.

use std::time::Duration;

use unsit::protocol::{self, SessionReport};

use crate::Session;

/// Sends the outcome; gives up quietly after a second, since the resident may not be running
/// (unsit-ui started by hand) and the window is already gone.
pub fn send(session: &Session) {
    let plan = session.plan.lock().unwrap_or_else(|e| e.into_inner());
    let progress = session.progress.lock().unwrap_or_else(|e| e.into_inner());
    let total = plan.work_steps();
    // The work step shown last; a transition counts as the work step before it.
    let reached = match (progress.started, progress.done) {
        (None, _) => 0,
        (Some(_), true) => total,
        (Some(_), false) => plan.steps.iter().take(progress.step + 1).filter(|s| s.is_work()).count().max(1),
    };
    let report = SessionReport {
        routine: plan.routine.id.clone(),
        completed: progress.completed,
        total,
        reached,
        done: progress.done,
        duration_s: progress.started.map_or(0, |t| t.elapsed().as_secs()),
        short: plan.short,
    };
    drop((progress, plan));
    let sent = tauri::async_runtime::block_on(async {
        tokio::time::timeout(Duration::from_secs(1), async {
            protocol::connect().await?.session_finished(&report).await
        })
        .await
    });
    match sent {
        Ok(Ok(())) => {}
        Ok(Err(e)) => eprintln!("unsit-ui: could not report the session: {e}"),
        Err(_) => eprintln!("unsit-ui: the resident did not answer; session not reported"),
    }
}
