//! A Wayland client of the harness's KWin (`scripts/headless --wayland`), standing in for the
//! person and their apps: it moves the pointer through KWin's fake-input protocol (real input as
//! far as KWin's idle detection goes), and maps a window that holds an idle inhibitor, as a video
//! player does.

use std::io::Write as _;
use std::os::fd::AsFd as _;
use std::os::unix::net::UnixStream;
use std::path::PathBuf;

use wayland_client::globals::{registry_queue_init, GlobalList, GlobalListContents};
use wayland_client::protocol::{wl_buffer, wl_compositor, wl_registry, wl_shm, wl_shm_pool, wl_surface};
use wayland_client::{Connection, Dispatch, EventQueue, QueueHandle};
use wayland_protocols::wp::idle_inhibit::zv1::client::{zwp_idle_inhibit_manager_v1, zwp_idle_inhibitor_v1};
use wayland_protocols::xdg::shell::client::{xdg_surface, xdg_toplevel, xdg_wm_base};
use wayland_protocols_plasma::fake_input::client::org_kde_kwin_fake_input;

use crate::support::Desktop;

#[derive(Default)]
pub struct Client {
    configured: bool,
}

pub struct Wayland {
    queue: EventQueue<Client>,
    client: Client,
    globals: GlobalList,
    fake: org_kde_kwin_fake_input::OrgKdeKwinFakeInput,
}

/// A mapped window holding an idle inhibitor; released with [`Wayland::release`].
pub struct Inhibitor {
    inhibitor: zwp_idle_inhibitor_v1::ZwpIdleInhibitorV1,
    toplevel: xdg_toplevel::XdgToplevel,
    xdg: xdg_surface::XdgSurface,
    surface: wl_surface::WlSurface,
}

impl Wayland {
    /// Connects to the desktop's compositor (`--wayland`).
    pub fn connect(desk: &Desktop) -> Wayland {
        let socket = PathBuf::from(&desk.env["XDG_RUNTIME_DIR"]).join(&desk.env["WAYLAND_DISPLAY"]);
        let stream = UnixStream::connect(&socket)
            .unwrap_or_else(|e| panic!("connecting to {}: {e}", socket.display()));
        let conn = Connection::from_socket(stream).expect("a Wayland connection");
        let (globals, queue) = registry_queue_init::<Client>(&conn).expect("the globals");
        let qh = queue.handle();
        let fake: org_kde_kwin_fake_input::OrgKdeKwinFakeInput = globals
            .bind(&qh, 1..=4, ())
            .expect("KWin offers org_kde_kwin_fake_input (permission checks off)");
        fake.authenticate("unsit tests".into(), "to be the person at the keyboard".into());
        let mut wayland = Wayland { queue, client: Client::default(), globals, fake };
        wayland.roundtrip();
        wayland
    }

    fn roundtrip(&mut self) {
        self.queue.roundtrip(&mut self.client).expect("a roundtrip with KWin");
    }

    /// Moves the pointer a little: input, as far as idle goes.
    pub fn move_pointer(&mut self) {
        self.fake.pointer_motion(3.0, 0.0);
        self.fake.pointer_motion(-3.0, 0.0);
        self.roundtrip();
    }

    /// Maps a window and holds an idle inhibitor on it.
    pub fn inhibit_idle(&mut self) -> Inhibitor {
        let qh = self.queue.handle();
        let compositor: wl_compositor::WlCompositor =
            self.globals.bind(&qh, 1..=4, ()).expect("wl_compositor");
        let wm: xdg_wm_base::XdgWmBase = self.globals.bind(&qh, 1..=2, ()).expect("xdg_wm_base");
        let shm: wl_shm::WlShm = self.globals.bind(&qh, 1..=1, ()).expect("wl_shm");
        let manager: zwp_idle_inhibit_manager_v1::ZwpIdleInhibitManagerV1 =
            self.globals.bind(&qh, 1..=1, ()).expect("zwp_idle_inhibit_manager_v1");

        let surface = compositor.create_surface(&qh, ());
        let xdg = wm.get_xdg_surface(&surface, &qh, ());
        let toplevel = xdg.get_toplevel(&qh, ());
        toplevel.set_title("unsit test video".into());
        surface.commit();
        self.client.configured = false;
        while !self.client.configured {
            self.queue.blocking_dispatch(&mut self.client).expect("KWin configures the window");
        }
        let (w, h) = (64, 64);
        let mut file = tempfile::tempfile().expect("a buffer file");
        file.write_all(&vec![0x80; (w * h * 4) as usize]).expect("filling the buffer");
        let pool = shm.create_pool(file.as_fd(), w * h * 4, &qh, ());
        let buffer = pool.create_buffer(0, w, h, w * 4, wl_shm::Format::Argb8888, &qh, ());
        surface.attach(Some(&buffer), 0, 0);
        surface.damage(0, 0, w, h);
        surface.commit();
        let inhibitor = manager.create_inhibitor(&surface, &qh, ());
        self.roundtrip();
        Inhibitor { inhibitor, toplevel, xdg, surface }
    }

    /// Lets go of the inhibitor and closes its window.
    pub fn release(&mut self, held: Inhibitor) {
        held.inhibitor.destroy();
        held.toplevel.destroy();
        held.xdg.destroy();
        held.surface.destroy();
        self.roundtrip();
    }
}

impl Dispatch<xdg_surface::XdgSurface, ()> for Client {
    fn event(
        client: &mut Client,
        xdg: &xdg_surface::XdgSurface,
        event: xdg_surface::Event,
        _: &(),
        _: &Connection,
        _: &QueueHandle<Client>,
    ) {
        if let xdg_surface::Event::Configure { serial } = event {
            xdg.ack_configure(serial);
            client.configured = true;
        }
    }
}

impl Dispatch<xdg_wm_base::XdgWmBase, ()> for Client {
    fn event(
        _: &mut Client,
        wm: &xdg_wm_base::XdgWmBase,
        event: xdg_wm_base::Event,
        _: &(),
        _: &Connection,
        _: &QueueHandle<Client>,
    ) {
        if let xdg_wm_base::Event::Ping { serial } = event {
            wm.pong(serial);
        }
    }
}

/// Objects whose events do not matter here.
macro_rules! ignore_events {
    ($($proxy:ty),* $(,)?) => {$(
        impl Dispatch<$proxy, ()> for Client {
            fn event(_: &mut Client, _: &$proxy, _: <$proxy as wayland_client::Proxy>::Event, _: &(), _: &Connection, _: &QueueHandle<Client>) {}
        }
    )*};
}

ignore_events!(
    org_kde_kwin_fake_input::OrgKdeKwinFakeInput,
    wl_compositor::WlCompositor,
    wl_surface::WlSurface,
    wl_shm::WlShm,
    wl_shm_pool::WlShmPool,
    wl_buffer::WlBuffer,
    xdg_toplevel::XdgToplevel,
    zwp_idle_inhibit_manager_v1::ZwpIdleInhibitManagerV1,
    zwp_idle_inhibitor_v1::ZwpIdleInhibitorV1,
);

impl Dispatch<wl_registry::WlRegistry, GlobalListContents> for Client {
    fn event(
        _: &mut Client,
        _: &wl_registry::WlRegistry,
        _: wl_registry::Event,
        _: &GlobalListContents,
        _: &Connection,
        _: &QueueHandle<Client>,
    ) {
    }
}
