//! Asking a service on a bus, as the probes do: only when it is there already (nothing is
//! started by asking), and anything that goes wrong is "no answer".

use serde::de::DeserializeOwned;
use serde::Serialize;
use zbus::zvariant::{DynamicType, OwnedValue, Type, Value};

/// Whether `name` has an owner on the bus now.
pub async fn has_owner(conn: &zbus::Connection, name: &str) -> bool {
    let Ok(dbus) = zbus::fdo::DBusProxy::new(conn).await else { return false };
    match zbus::names::BusName::try_from(name) {
        Ok(name) => dbus.name_has_owner(name).await.unwrap_or(false),
        Err(_) => false,
    }
}

/// Calls `interface.method(args)` on `service` at `path`; its answer, if it is a `T`.
pub async fn call<T: DeserializeOwned + Type>(
    conn: &zbus::Connection,
    (service, path, interface): (&str, &str, &str),
    method: &str,
    args: &(impl Serialize + DynamicType),
) -> Option<T> {
    let reply = conn.call_method(Some(service), path, Some(interface), method, args).await.ok()?;
    reply.body().deserialize().ok()
}

/// A property of `service`'s object at `path`.
pub async fn property(
    conn: &zbus::Connection,
    (service, path, interface): (&str, &str, &str),
    name: &str,
) -> Option<OwnedValue> {
    call(conn, (service, path, "org.freedesktop.DBus.Properties"), "Get", &(interface, name)).await
}

/// A boolean, possibly in variants within variants (the settings portal's `Read` wraps it twice).
pub fn boolean(value: OwnedValue) -> Option<bool> {
    let mut value: Value<'static> = value.into();
    loop {
        match value {
            Value::Bool(b) => return Some(b),
            Value::Value(inner) => value = *inner,
            _ => return None,
        }
    }
}
