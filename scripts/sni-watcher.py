#!/usr/bin/python3
"""A minimal StatusNotifierWatcher (the tray "host side" registry) for headless tests.

It owns org.kde.StatusNotifierWatcher on the session bus and serves
/StatusNotifierWatcher with the org.kde.StatusNotifierWatcher interface, so a tray
icon (ksni, libayatana-appindicator, ...) can register as if a desktop panel were
running. There is no panel and nothing is drawn: a test finds the registered items
and drives them over D-Bus itself.

Registered items are written, after every change, to $UNSIT_HARNESS_DIR/sni-items
(atomically: temp file + rename), one item per line as "BUSNAME OBJECTPATH", e.g.
    :1.7 /org/ayatana/NotificationItem/unsit
The file exists (possibly empty) as soon as the watcher owns its name. If
UNSIT_HARNESS_DIR is unset, no file is written.

Items follow the KDE convention: RegisterStatusNotifierItem("/some/path") means
(caller's unique name, that path); RegisterStatusNotifierItem("org.foo") means
("org.foo", "/StatusNotifierItem"). The registered-items property lists them as
BUSNAME immediately followed by the path (":1.7/org/ayatana/NotificationItem/unsit").
An item is dropped (and StatusNotifierItemUnregistered emitted) when its bus name
loses its owner. Registering a bus name that has no owner is refused with
org.freedesktop.DBus.Error.ServiceUnknown.

Started by scripts/headless; can also be run by hand on any session bus:
    UNSIT_HARNESS_DIR=/tmp/x /usr/bin/python3 scripts/sni-watcher.py
Exits 0 on SIGTERM/SIGINT, 1 if the name is taken or the bus goes away.
Needs python3-gi (use /usr/bin/python3, not a pyenv python).
"""

import os
import signal
import sys
import tempfile

from gi.repository import Gio, GLib

BUS_NAME = "org.kde.StatusNotifierWatcher"
OBJECT_PATH = "/StatusNotifierWatcher"
INTERFACE = "org.kde.StatusNotifierWatcher"
DEFAULT_ITEM_PATH = "/StatusNotifierItem"

INTROSPECTION_XML = """
<node>
  <interface name="org.kde.StatusNotifierWatcher">
    <method name="RegisterStatusNotifierItem">
      <arg name="service" type="s" direction="in"/>
    </method>
    <method name="RegisterStatusNotifierHost">
      <arg name="service" type="s" direction="in"/>
    </method>
    <property name="RegisteredStatusNotifierItems" type="as" access="read"/>
    <property name="IsStatusNotifierHostRegistered" type="b" access="read"/>
    <property name="ProtocolVersion" type="i" access="read"/>
    <signal name="StatusNotifierItemRegistered">
      <arg type="s"/>
    </signal>
    <signal name="StatusNotifierItemUnregistered">
      <arg type="s"/>
    </signal>
    <signal name="StatusNotifierHostRegistered"/>
  </interface>
</node>
"""


def log(msg):
    print(f"sni-watcher: {msg}", file=sys.stderr, flush=True)


class Watcher:
    def __init__(self, loop, out_dir):
        self.loop = loop
        self.out_dir = out_dir
        self.items = []  # list of (bus_name, object_path), in registration order
        self.conn = None
        self.exit_code = 0
        self.node_info = Gio.DBusNodeInfo.new_for_xml(INTROSPECTION_XML)

    # ---- state ---------------------------------------------------------------------

    @staticmethod
    def item_id(item):
        bus_name, path = item
        return bus_name + path

    def write_items(self):
        if not self.out_dir:
            return
        data = "".join(f"{bus} {path}\n" for bus, path in self.items)
        fd, tmp = tempfile.mkstemp(prefix=".sni-items.", dir=self.out_dir)
        os.fchmod(fd, 0o644)
        try:
            with os.fdopen(fd, "w") as f:
                f.write(data)
            os.replace(tmp, os.path.join(self.out_dir, "sni-items"))
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise

    def emit(self, name, params):
        self.conn.emit_signal(None, OBJECT_PATH, INTERFACE, name, params)

    def has_owner(self, bus_name):
        reply = self.conn.call_sync(
            "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
            "NameHasOwner", GLib.Variant("(s)", (bus_name,)), GLib.VariantType("(b)"),
            Gio.DBusCallFlags.NONE, 5000, None)
        return reply.unpack()[0]

    # ---- D-Bus handlers ----------------------------------------------------------

    def on_method_call(self, conn, sender, path, iface, method, params, invocation):
        try:
            if method == "RegisterStatusNotifierItem":
                (arg,) = params.unpack()
                if arg.startswith("/"):
                    item = (sender, arg)
                else:
                    item = (arg, DEFAULT_ITEM_PATH)
                if not Gio.dbus_is_name(item[0]) or not GLib.Variant.is_object_path(item[1]):
                    invocation.return_dbus_error(
                        "org.freedesktop.DBus.Error.InvalidArgs", f"invalid service {arg!r}")
                    return
                if item not in self.items:
                    if not self.has_owner(item[0]):
                        invocation.return_dbus_error(
                            "org.freedesktop.DBus.Error.ServiceUnknown",
                            f"{item[0]} has no owner on the bus")
                        return
                    self.items.append(item)
                    self.write_items()
                    log(f"registered {self.item_id(item)}")
                    self.emit("StatusNotifierItemRegistered",
                              GLib.Variant("(s)", (self.item_id(item),)))
                invocation.return_value(None)
            elif method == "RegisterStatusNotifierHost":
                invocation.return_value(None)
                self.emit("StatusNotifierHostRegistered", None)
            else:
                invocation.return_dbus_error(
                    "org.freedesktop.DBus.Error.UnknownMethod", f"no method {method}")
        except Exception as e:  # never leave a caller without a reply
            log(f"error in {method}: {e!r}")
            invocation.return_dbus_error("org.freedesktop.DBus.Error.Failed", str(e))

    def on_get_property(self, conn, sender, path, iface, prop):
        if prop == "RegisteredStatusNotifierItems":
            return GLib.Variant("as", [self.item_id(i) for i in self.items])
        if prop == "IsStatusNotifierHostRegistered":
            return GLib.Variant("b", True)
        if prop == "ProtocolVersion":
            return GLib.Variant("i", 0)
        return None

    def on_name_owner_changed(self, conn, sender, path, iface, signal_name, params):
        name, _old, new = params.unpack()
        if new:
            return
        gone = [i for i in self.items if i[0] == name]
        if not gone:
            return
        self.items = [i for i in self.items if i[0] != name]
        self.write_items()
        for item in gone:
            log(f"unregistered {self.item_id(item)}")
            self.emit("StatusNotifierItemUnregistered",
                      GLib.Variant("(s)", (self.item_id(item),)))

    # ---- bus name lifecycle ------------------------------------------------------

    def on_bus_acquired(self, conn, name):
        self.conn = conn
        # Watch owners before the name is public, so no item can vanish unseen.
        conn.signal_subscribe(
            "org.freedesktop.DBus", "org.freedesktop.DBus", "NameOwnerChanged",
            "/org/freedesktop/DBus", None, Gio.DBusSignalFlags.NONE,
            self.on_name_owner_changed)
        conn.register_object(
            OBJECT_PATH, self.node_info.interfaces[0],
            self.on_method_call, self.on_get_property, None)

    def on_name_acquired(self, conn, name):
        self.write_items()
        log(f"owns {name}")

    def on_name_lost(self, conn, name):
        if conn is None:
            log("cannot connect to the session bus (is DBUS_SESSION_BUS_ADDRESS set?)")
        else:
            log(f"lost or could not own {name} (another watcher running?)")
        self.exit_code = 1
        self.loop.quit()


def main():
    loop = GLib.MainLoop()
    watcher = Watcher(loop, os.environ.get("UNSIT_HARNESS_DIR") or None)
    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        GLib.unix_signal_add(GLib.PRIORITY_HIGH, sig, lambda: (loop.quit(), False)[1])
    owner_id = Gio.bus_own_name(
        Gio.BusType.SESSION, BUS_NAME, Gio.BusNameOwnerFlags.DO_NOT_QUEUE,
        watcher.on_bus_acquired, watcher.on_name_acquired, watcher.on_name_lost)
    loop.run()
    Gio.bus_unown_name(owner_id)
    return watcher.exit_code


if __name__ == "__main__":
    sys.exit(main())
