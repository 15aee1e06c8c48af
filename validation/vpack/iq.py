# SPDX-License-Identifier: GPL-3.0-or-later
"""Installation qualification: what this run was built and tested with, read from the machine and the clone (never
copied by hand): the Debian packages scripts/install-deps.sh installs with their installed versions, the compiler,
the SHA-256 of each shipped data file and of the built programs, and the database schema version."""
import hashlib
import os
import re
import shlex
import subprocess
import sys

PROGRAMS = ("prep-station/prepctl", "prep-station/prepctl-station", "ui/prepstation")


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _run(args, cwd=None):
    try:
        done = subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout if done.returncode == 0 else None


def install_deps_packages(script):
    """The names in the packages=( ... ) array of scripts/install-deps.sh, comments dropped."""
    with open(script, encoding="utf-8") as f:
        text = f.read()
    m = re.search(r"^packages=\((.*?)^\)", text, re.S | re.M)
    if not m:
        raise ValueError(f"{script}: no packages=( ... ) array")
    names = []
    for line in m.group(1).splitlines():
        names += shlex.split(line.split("#", 1)[0])
    return names


def debian_packages(names):
    """[{package, version, installed}] from dpkg-query, in the order install-deps.sh lists them."""
    found = {}
    out = _run(["dpkg-query", "-W", "-f", "${Package}\t${Version}\t${db:Status-Abbrev}\n"] + names) or ""
    # dpkg-query exits non-zero when one name is unknown yet prints the others: run it name by name then.
    if not out:
        for n in names:
            out += _run(["dpkg-query", "-W", "-f", "${Package}\t${Version}\t${db:Status-Abbrev}\n", n]) or ""
    for line in out.splitlines():
        parts = line.split("\t")
        if len(parts) == 3:
            found[parts[0].split(":")[0]] = (parts[1], parts[2].strip().startswith("ii"))
    return [{"package": n, "version": found.get(n, ("", False))[0], "installed": found.get(n, ("", False))[1]}
            for n in names]


def data_version(path):
    """The version a data file declares: "version": "X" in JSON, "version X" in a CSV comment line."""
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            head = f.read(4096)
    except OSError:
        return ""
    m = re.search(r'"version"\s*:\s*"([^"]+)"', head) or re.search(r"(?m)^#.*\bversion\s+(\d[\w.-]*)", head)
    return m.group(1) if m else ""


def data_files(folder, root):
    out = []
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if os.path.isfile(path):
            out.append({"file": os.path.relpath(path, root), "bytes": os.path.getsize(path), "sha256": sha256(path),
                        "version": data_version(path)})
    return out


def schema_version(root):
    """The last migration of kNames in db/migration_manager.cpp (the version a database opened by this build ends
    at), and whether each listed migration has its file in both dialects."""
    path = os.path.join(root, "db", "migration_manager.cpp")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    m = re.search(r"kNames\[\]\s*=\s*\{(.*?)\};", text, re.S)
    if not m:
        raise ValueError(f"{path}: no kNames list")
    names = re.findall(r'"([^"]+\.sql)"', m.group(1))
    missing = []
    for n in names:
        for f in (os.path.join("db", "migrations", n),
                  os.path.join("db", "migrations", "postgresql", n[:-4] + ".pg.sql")):
            if not os.path.isfile(os.path.join(root, f)):
                missing.append(f)
    last = names[-1] if names else ""
    return {"version": len(names), "last_migration": last, "migrations": names, "missing_files": missing,
            "source": os.path.relpath(path, root)}


def cache_value(build_dir, key):
    try:
        with open(os.path.join(build_dir, "CMakeCache.txt"), encoding="utf-8", errors="replace") as f:
            for line in f:
                if line.startswith(key + ":"):
                    return line.split("=", 1)[1].strip()
    except OSError:
        pass
    return ""


def build_info(preset, build_dir, root):
    """The compiler and options a preset's build used, and the SHA-256 of the programs it built."""
    compiler = cache_value(build_dir, "CMAKE_CXX_COMPILER")
    version = (_run([compiler, "--version"]) or "").splitlines() if compiler else []
    options = {k: cache_value(build_dir, k) for k in ("CMAKE_BUILD_TYPE", "PREP_SANITIZERS", "PREP_WERROR",
                                                       "PREP_BUILD_GUI")}
    programs = []
    for rel in PROGRAMS:
        path = os.path.join(build_dir, rel)
        if os.path.isfile(path):
            programs.append({"program": os.path.basename(rel), "path": os.path.relpath(path, root),
                             "bytes": os.path.getsize(path), "sha256": sha256(path)})
    return {"preset": preset, "build_dir": os.path.relpath(build_dir, root), "compiler": compiler,
            "compiler_version": version[0] if version else "unknown", "options": options, "programs": programs}


def tool_versions():
    cmake = (_run(["cmake", "--version"]) or "").splitlines()
    try:
        import reportlab
        reportlab_version = reportlab.Version
    except ImportError:
        reportlab_version = "not installed"
    return {"cmake": cmake[0] if cmake else "unknown", "python": sys.version.split()[0],
            "reportlab": reportlab_version}


def installation(root, builds):
    """builds: [(preset, build_dir)]."""
    script = os.path.join(root, "scripts", "install-deps.sh")
    return {"packages_source": os.path.relpath(script, root),
            "packages": debian_packages(install_deps_packages(script)),
            "tools": tool_versions(),
            "builds": [build_info(p, d, root) for p, d in builds if os.path.isdir(d)],
            "data_files": data_files(os.path.join(root, "prep-station", "data"), root),
            "schema": schema_version(root)}
