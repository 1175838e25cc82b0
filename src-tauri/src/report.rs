//! Telling the resident how far the session has got, at each step, and how it ended, as the
//! process exits, over its control API.

use std::time::Duration;

use unsit::protocol::{self, SessionReport};

use crate::Session;

/// The session as it stands: the work step reached, the steps done, whether it is over.
pub fn report(session: &Session) -> SessionReport {
    let plan = session.plan.lock().unwrap_or_else(|e| e.into_inner());
    let progress = session.progress.lock().unwrap_or_else(|e| e.into_inner());
    let total = plan.work_steps();
    // The work step shown last; a transition counts as the work step before it.
    let reached = match (progress.started, progress.done) {
        (None, _) => 0,
        (Some(_), true) => total,
        (Some(_), false) => plan.steps.iter().take(progress.step + 1).filter(|s| s.is_work()).count().max(1),
    };
    SessionReport {
        routine: plan.routine.id.clone(),
        completed: progress.completed,
        total,
        reached,
        done: progress.done,
        duration_s: progress.started.map_or(0, |t| t.elapsed().as_secs()),
        short: plan.short,
    }
}

/// Sends the outcome; gives up quietly after a second, since the resident may not be running
/// (unsit-ui started by hand) and the window is already gone.
pub fn send(session: &Session) {
    let report = report(session);
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

/// Sends how far the session has got, in the background: should this process die, the resident
/// records the session where it stopped. No resident (unsit-ui started by hand) is no matter.
pub fn send_progress(session: &Session) {
    let report = report(session);
    tauri::async_runtime::spawn(async move {
        let sent = tokio::time::timeout(Duration::from_secs(1), async {
            protocol::connect().await?.session_progress(&report).await
        })
        .await;
        if let Ok(Err(e @ protocol::ClientError::Refused(_))) = sent {
            eprintln!("unsit-ui: the resident refused the session's progress: {e}");
        }
    });
}
