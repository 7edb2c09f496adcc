"""Rebuild the real-world corpus folder from ``benchmarks/realworld/manifest.json``.

    python benchmarks/realworld_fetch.py DIR [--split dev|holdout|holdout2|...] [--mirrors /work/.mirror]

``--split holdoutN`` follows ``benchmarks/realworld/holdoutN.json``, the Nth
held-out set (files nobody tunes on), instead of the development manifest.

Each manifest entry names a public GitHub repository, a commit and a path.
The files are read from local git copies of those repositories and written to
``DIR/<file>``: by default the snapshots the session's ``fetch`` tool brings
(``/work/.mirror/<owner>+<name>/repo``, bare git directories); a plain clone
at ``MIRRORS/<owner>/<name>`` works too (``git clone https://github.com/<owner>/<name>``).
Nothing is downloaded here; a repository with no local copy is listed with
what to do. ``benchmarks/realworld.py`` accepts any folder laid out this way.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from realworld import SPLITS, load_manifest  # beside this script

DEFAULT_MIRRORS = Path("/work/.mirror")


def git_dir(mirrors: Path, repo: str) -> Path | None:
    """The local git directory of ``owner/name`` under ``mirrors``, or None."""
    owner, name = repo.split("/", 1)
    snapshot = mirrors / f"{owner}+{name}" / "repo"  # a `fetch` snapshot: bare, or a checkout's .git
    for candidate in (snapshot, snapshot / ".git", mirrors / owner / name / ".git", mirrors / owner / name):
        if (candidate / "HEAD").is_file():
            return candidate
    return None


def read_blob(git: Path, commit: str, path: str) -> bytes:
    """The bytes of ``path`` at ``commit`` (raises ``CalledProcessError`` when absent)."""
    return subprocess.run(["git", f"--git-dir={git}", "show", f"{commit}:{path}"],
                          check=True, capture_output=True).stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="where to write the corpus (DIR/<source>/<file>)")
    parser.add_argument("--mirrors", type=Path, default=DEFAULT_MIRRORS,
                        help=f"folder of local git copies (default {DEFAULT_MIRRORS})")
    parser.add_argument("--split", choices=tuple(SPLITS), default="dev",
                        help="which corpus: dev (manifest.json, default) or holdoutN (holdoutN.json)")
    parser.add_argument("--manifest", type=Path, default=None, help="manifest to follow (overrides --split)")
    args = parser.parse_args()
    args.manifest = args.manifest or SPLITS[args.split]
    written, problems = 0, []
    for entry in load_manifest(args.manifest):
        git = git_dir(args.mirrors, entry["repo"])
        if git is None:
            problems.append(f"{entry['file']}: no local copy of {entry['repo']} under {args.mirrors} "
                            f"(fetch github:{entry['repo']}, or git clone it to {args.mirrors}/{entry['repo']})")
            continue
        try:
            data = read_blob(git, entry["commit"], entry["path"])
        except subprocess.CalledProcessError as exc:
            problems.append(f"{entry['file']}: {entry['path']} at {entry['commit'][:10]} not in {git} "
                            f"({exc.stderr.decode(errors='replace').strip()})")
            continue
        target = args.folder / entry["file"]
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        written += 1
    print(f"wrote {written} file(s) to {args.folder}")
    for line in problems:
        print(f"missing: {line}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
