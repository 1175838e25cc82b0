#!/usr/bin/python3
"""notices.py — the licences of the Rust crates linked into unsit's programs, for the package.

Usage: notices.py CRATES METADATA COPYRIGHT_IN MIT OUT_COPYRIGHT OUT_NOTICES

CRATES is `cargo tree --prefix none --format '{p} {l}'` for the programs (one crate per line,
repeats allowed); METADATA is `cargo metadata --format-version 1`'s JSON, which says where each
crate's source is. Writes the machine-readable copyright file (COPYRIGHT_IN with the crate list
and the MIT text put in) and the notices: every licence file each crate ships, each distinct
text once, preceded by the crates it belongs to. A crate that ships no licence file is listed
with the licence and the authors its manifest states.
"""

import hashlib
import json
import os
import re
import sys

LICENCE_FILE = re.compile(r"^(licen[cs]e|copying|copyright|notice|unlicense)([-._].*)?$", re.I)


def main(crates_path, metadata_path, copyright_in, mit_path, out_copyright, out_notices):
    crates = {}
    for line in open(crates_path, encoding="utf-8"):
        line = line.strip().removesuffix(" (*)")
        if not line:
            continue
        name, version, licence = (line.split(" ", 2) + [""])[:3]
        crates[(name, version.removeprefix("v"))] = licence.strip()
    metadata = json.load(open(metadata_path, encoding="utf-8"))
    own = {m for m in metadata["workspace_members"]}
    where = {}
    authors = {}
    for package in metadata["packages"]:
        key = (package["name"], package["version"])
        where[key] = (os.path.dirname(package["manifest_path"]), package["id"] in own)
        authors[key] = ", ".join(package.get("authors") or []) or "not stated"

    texts = {}  # digest -> (text, [crate names])
    missing = []
    for key in sorted(crates):
        directory, is_own = where[key]
        if is_own:
            continue
        files = sorted(f for f in os.listdir(directory) if LICENCE_FILE.match(f))
        files = [f for f in files if os.path.isfile(os.path.join(directory, f))]
        if not files:
            missing.append(f"{key[0]} {key[1]}: {crates[key]}; authors: {authors[key]}")
            continue
        for f in files:
            text = open(os.path.join(directory, f), encoding="utf-8", errors="replace").read().strip()
            digest = hashlib.sha256(text.encode()).hexdigest()
            texts.setdefault(digest, (text, []))[1].append(f"{key[0]} {key[1]} ({f})")

    listing = "\n".join(f" {name} {version}: {crates[(name, version)] or 'no licence stated'}"
                        for name, version in sorted(crates) if not where[(name, version)][1])
    mit = "\n".join(" " + line if line.strip() else " ." for line in
                    open(mit_path, encoding="utf-8").read().strip().splitlines())
    copyright_text = open(copyright_in, encoding="utf-8").read()
    copyright_text = copyright_text.replace("@CRATES@", listing).replace("@MIT@", mit)
    open(out_copyright, "w", encoding="utf-8").write(copyright_text)

    with open(out_notices, "w", encoding="utf-8") as out:
        out.write("The licence files of the Rust crates linked into unsit and unsit-ui.\n"
                  "Each text appears once, after the crates it comes from.\n")
        for text, names in sorted(texts.values(), key=lambda t: t[1][0]):
            out.write("\n" + "=" * 78 + "\n")
            out.write("\n".join(names) + "\n")
            out.write("-" * 78 + "\n" + text + "\n")
        if missing:
            out.write("\n" + "=" * 78 + "\n")
            out.write("Crates that ship no licence file, with the licence and the authors their\n"
                      "manifests state (the licences' texts are above or in /usr/share/common-licenses):\n")
            out.write("\n".join(missing) + "\n")


if __name__ == "__main__":
    if len(sys.argv) != 7:
        sys.exit(__doc__)
    main(*sys.argv[1:])
