#!/usr/bin/python3
"""atspi-tree.py — what a screen reader reads of an application: its accessibility tree over
AT-SPI, as JSON, one node per line (depth-first).

Usage: atspi-tree.py APP-NAME
Each node: {"depth", "role", "name", "id" (the element's id, WebKit's attribute), "live"
(container-live), "atomic", "text" (its text, when it has the Text interface), "showing"}.
Needs gir1.2-atspi-2.0 and python3-gi, and an accessibility bus (scripts/headless --a11y).
Exits 1 when no application of that name is on the bus.
"""

import json
import sys

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402


def text_of(node):
    iface = node.get_text_iface()
    if iface is None:
        return None
    return Atspi.Text.get_text(iface, 0, Atspi.Text.get_character_count(iface))


def walk(node, depth, out):
    attributes = node.get_attributes() or {}
    out.append({
        "depth": depth,
        "role": node.get_role_name(),
        "name": node.get_name() or "",
        "id": attributes.get("id", ""),
        "live": attributes.get("container-live", ""),
        "atomic": attributes.get("atomic", ""),
        "text": text_of(node),
        "showing": node.get_state_set().contains(Atspi.StateType.SHOWING),
    })
    for i in range(node.get_child_count()):
        child = node.get_child_at_index(i)
        if child is not None:
            walk(child, depth + 1, out)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    desktop = Atspi.get_desktop(0)
    for i in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(i)
        if app is not None and app.get_name() == sys.argv[1]:
            nodes = []
            walk(app, 0, nodes)
            for node in nodes:
                print(json.dumps(node))
            return
    print(f"atspi-tree.py: no application {sys.argv[1]!r} on the accessibility bus", file=sys.stderr)
    sys.exit(1)


if __name__ == "__main__":
    import warnings
    warnings.simplefilter("ignore", DeprecationWarning)
    main()
