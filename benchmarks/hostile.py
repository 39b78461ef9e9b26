"""A seeds folder of what careless users and the world send, and one timed build of it.

    python benchmarks/hostile.py            # build it in a temporary project; print the time and the outcome
    python benchmarks/hostile.py --keep     # and keep the project (printed)

The folder (issue 16's acceptance set): the project's seeds, plus a 4 MB article on one line, an
article with a form feed, a symbolic-link loop, a link to another seed, an article titled "Index"
and a file of only punctuation. `tests/test_hostile_seeds.py` builds the same folder and checks
what is published and refused; how long it takes is measured here, not in a test.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

_SENTENCES = (
    "Russian President Vladimir Putin and North Korean leader Kim Jong Un signed the Comprehensive "
    "Strategic Partnership treaty in Pyongyang on 19 June 2024.",
    '"This is a breakthrough document," Putin said after the talks, according to the Kremlin.',
    "The treaty commits each side to provide military assistance if the other is attacked, Kim told reporters.",
    "Foreign Minister Sergei Lavrov and Defense Minister Andrei Belousov were part of the delegation.",
    "The United States and South Korea said the pact threatened peace on the Korean Peninsula.",
    "Sanctions imposed by the UN Security Council remain in force, a spokesman said on 20 June 2024.",
    "The 1961 Treaty of Friendship, Co-operation and Mutual Assistance was the last such alliance.",
)
BIG_BYTES = 4 * 1024 * 1024


def big_line(size: int = BIG_BYTES) -> str:
    """An article of `size` bytes whose text is one line: a title, then a single paragraph."""
    out, length, index = ["Putin and Kim sign a treaty in one very long paragraph\n\n"], 0, 0
    while length < size:
        sentence = _SENTENCES[index % len(_SENTENCES)] + " "
        out.append(sentence)
        length += len(sentence.encode("utf-8"))
        index += 1
    return "".join(out).rstrip() + "\n"


GOOD = {  # file name -> what it holds (each is published)
    "formfeed.txt": "Treaty text pasted from a PDF\n\nPutin and Kim Jong Un signed the treaty.\f"
    "The second page begins here, on 19 June 2024, in Pyongyang, with a mutual defense clause.\n",
    "index.txt": "Index\n\nAn undated note: Kim Jong Un and Vladimir Putin met in Pyongyang and signed "
    "a partnership treaty with a mutual defense clause.\n",
}
REFUSED = ("loop-a.txt", "loop-b.txt", "punctuation.txt")  # each refused, with a reason


def write_hostile_seeds(folder: Path, seeds: Path = ROOT / "seeds") -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for path in sorted(seeds.iterdir()):
        if path.is_file():
            shutil.copy(path, folder / path.name)
    (folder / "big-one-line.txt").write_text(big_line(), "utf-8")
    for name, text in GOOD.items():
        (folder / name).write_text(text, "utf-8")
    os.symlink("loop-b.txt", folder / "loop-a.txt")
    os.symlink("loop-a.txt", folder / "loop-b.txt")
    first = sorted(p.name for p in seeds.iterdir() if p.is_file())[0]
    os.symlink(first, folder / "link-to-seed.txt")
    (folder / "punctuation.txt").write_text("!!! ??? ... --- *** ;;; ::: ,,, ''' \"\"\" ((( ))) !!!\n" * 20, "utf-8")


def make_project(folder: Path) -> Path:
    """A project like the repository's (its data, theme and code) whose seeds are the hostile set."""
    shutil.copy(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    for name in ("data", "overrides", "generator"):
        shutil.copytree(ROOT / name, folder / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "docs" / "assets", folder / "docs" / "assets")
    write_hostile_seeds(folder / "seeds")
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--keep", action="store_true", help="keep the temporary project")
    options = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="briefing-hostile-"))
    try:
        make_project(folder)
        started = time.perf_counter()
        run = subprocess.run([sys.executable, "-m", "generator", "build"], cwd=folder, capture_output=True, text=True)
        seconds = time.perf_counter() - started
        print(run.stderr.rstrip())
        print(run.stdout.rstrip())
        print(f"build: exit code {run.returncode}, {seconds:.1f} s (target: under 60 s)")
        if run.returncode == 0:
            document = json.loads((folder / "site" / "briefing.json").read_text("utf-8"))
            print(f"published {len(document['articles'])} articles; refused {len(document['rejected'])}")
    finally:
        if options.keep:
            print(f"kept: {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
