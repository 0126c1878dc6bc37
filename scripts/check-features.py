#!/usr/bin/env python3
"""Check that the workspace crates forward their `std`, `runtime-benchmarks` and
`try-runtime` features to every dependency that has the same feature.

For each workspace crate that declares one of these features, every normal dependency
(optional or not; dev- and build-dependencies are skipped) whose resolved package also
declares the feature must appear in the feature's list as `dep/feature` or
`dep?/feature` (`dep` being the dependency's name in the manifest, i.e. its rename if
it has one). A missing entry would leave, say, a pallet's `try_state` hooks or a
dependency's `std` code switched off in a build that asks for them.

Prints each missing entry as `crate: feature 'X' does not enable 'dep/X'` and exits 1
if there is any. Uses `cargo metadata` (offline when the registry cache allows it):
`--no-deps` for the workspace crates and their manifests, the full metadata for the
features of the packages the dependencies resolve to.

Usage: python3 scripts/check-features.py   (from anywhere in the workspace)
"""
import json
import subprocess
import sys

FEATURES = ("std", "runtime-benchmarks", "try-runtime")


def cargo_metadata(*extra):
    """Run `cargo metadata --format-version 1 <extra>`, offline first, and parse it."""
    base = ["cargo", "metadata", "--format-version", "1", *extra]
    last_error = ""
    for attempt in (base + ["--offline"], base):
        result = subprocess.run(attempt, capture_output=True, text=True)
        if result.returncode == 0:
            return json.loads(result.stdout)
        last_error = result.stderr
    sys.exit(f"check-features: `{' '.join(base)}` failed:\n{last_error}")


def is_normal(dep):
    """A normal dependency (neither a dev- nor a build-dependency) on every target: a
    target-specific one (e.g. the upgrade-test crate's Wasm-only runtime) has its own
    feature set on that target."""
    return dep.get("kind") is None and dep.get("target") is None


def main():
    workspace = cargo_metadata("--no-deps")
    # `--all-features` so that optional dependencies are part of the resolve graph.
    full = cargo_metadata("--all-features")

    packages = {p["id"]: p for p in full["packages"]}
    nodes = {n["id"]: n for n in full["resolve"]["nodes"]}
    by_name = {}
    for p in full["packages"]:
        by_name.setdefault(p["name"], []).append(p)

    def resolved(member_id, dep):
        """The package a manifest dependency of a workspace crate resolves to, or None."""
        node = nodes.get(member_id)
        if node is None:
            return None
        extern = (dep.get("rename") or dep["name"]).replace("-", "_")
        candidates = [
            packages[d["pkg"]]
            for d in node["deps"]
            if packages[d["pkg"]]["name"] == dep["name"]
            and any(k.get("kind") is None for k in d.get("dep_kinds", []))
        ]
        if len(candidates) > 1:
            named = [
                packages[d["pkg"]]
                for d in node["deps"]
                if d["name"] == extern and packages[d["pkg"]]["name"] == dep["name"]
            ]
            candidates = named or candidates
        if candidates:
            return candidates[0]
        # Not in the graph (e.g. a target-specific dependency): fall back to the one
        # package of that name, if there is exactly one.
        same_name = by_name.get(dep["name"], [])
        return same_name[0] if len(same_name) == 1 else None

    ids = {p["name"]: p["id"] for p in full["packages"] if p["id"] in full["workspace_members"]}
    missing = []
    unresolved = []
    for crate in sorted(workspace["packages"], key=lambda p: p["name"]):
        member_id = ids.get(crate["name"], crate["id"])
        for feature in FEATURES:
            if feature not in crate["features"]:
                continue
            enabled = set(crate["features"][feature])
            seen = set()
            for dep in crate["dependencies"]:
                if not is_normal(dep):
                    continue
                key = dep.get("rename") or dep["name"]
                if key in seen:
                    continue
                target = resolved(member_id, dep)
                if target is None:
                    unresolved.append(f"{crate['name']}: cannot resolve dependency '{key}'")
                    continue
                if feature not in target["features"]:
                    continue
                seen.add(key)
                if f"{key}/{feature}" in enabled or f"{key}?/{feature}" in enabled:
                    continue
                missing.append(f"{crate['name']}: feature '{feature}' does not enable '{key}/{feature}'")

    for line in unresolved:
        print(f"warning: {line}", file=sys.stderr)
    for line in missing:
        print(line)
    if missing:
        print(f"check-features: {len(missing)} missing feature forward(s)", file=sys.stderr)
        return 1
    print("check-features: std, runtime-benchmarks and try-runtime are forwarded everywhere")
    return 0


if __name__ == "__main__":
    sys.exit(main())
