"""Fuzz ``scers-estimate --json`` through the real console script and check its contract line by line.

    python tools/fuzz_cli.py [--files 20000] [--batch 500] [--seed 12] [--keep DIR]

Generates scenario files from the cases in ``tests/cases/scenarios`` by replacing, deleting and adding
values (structure, numbers, dates, text: the families of issue 12), plus files that are not JSON and
special paths (a FIFO, ``/dev/zero``, a folder, a missing file). Each batch of files is given to one
``scers-estimate --json`` process, and scenario-format.md §2 is checked: exactly one line per file, in
order, each a JSON object whose ``file`` is the path given, no traceback on stderr, and exit status 1
exactly when some line is an error. Prints the figures and exits 1 on any contract break.

Public libraries only (the standard library); the same seed makes the same files.
"""

import argparse
import copy
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BASES = sorted((ROOT / "tests" / "cases" / "scenarios").glob("*.scers.json"))
ESTIMATOR = Path(sys.executable).parent / "scers-estimate"
#: Seconds one batch may take before it counts as hung.
BATCH_TIMEOUT = 600
ENGINE_FAULT = "could not estimate this file"


class Raw:
    """A value written as raw JSON text: numbers Python cannot write (5,000 digits, ``1e-999999``) or nesting
    too deep for ``json.dumps``."""

    def __init__(self, text: str) -> None:
        self.text = text


_raw = Raw


def _dates(rng: random.Random) -> str:
    year = rng.choice([1, 1850, 1899, 1900, 1950, 1968, 2000, 2017, 2030, 2100, 2199, 2200, 2300, 5000, 9999])
    return rng.choice(
        [
            f"{year:04d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            f"{year:04d}-02-{rng.choice([29, 30, 31])}",
            f"{year:04d}-W{rng.randint(1, 53):02d}-{rng.randint(1, 7)}",
            f"{year:04d}W{rng.randint(1, 53):02d}{rng.randint(1, 7)}",
            f"{year:04d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}",
            f"{year:04d}-{rng.randint(1, 366):03d}",
            f"{year:04d}-07-01T00:00:00",
            f"{year:04d}-07-01 12:00",
            f"7/1/{year}",
            "２０３０-07-01",
            f"{year:04d}-13-01",
            "",
        ]
    )


def _numbers(rng: random.Random) -> Any:
    return rng.choice(
        [
            _raw("9" * rng.choice([20, 400, 4_299, 4_301, 10_000])),
            _raw(rng.choice(["1e-999999", "1e999999", "-1e-999999", "1E+400", "-0.0", "1e-7", "1.0"])),
            _raw("0." + "3" * rng.randint(15, 60)),
            _raw(rng.choice(["NaN", "Infinity", "-Infinity"])),
            rng.choice(["1e-999999", "NaN", "inf", " 12 ", "1,000", "$5", "0x10", "１２"]),
            rng.uniform(-1e6, 1e6),
            rng.randint(-(10**6), 10**6),
            rng.choice([0, 1, 2, -1, 0.5, 1.0, 60, 61, 100_000, 100_001, 10**18]),
            rng.choice([True, False, None]),
        ]
    )


def _texts(rng: random.Random) -> Any:
    return rng.choice(
        [
            "Plan \ud800" + rng.choice(["", "\udfff", "x"]),
            "\x1b[2J\x1b[31mRED\x1b[0m\r\n\x07",
            "x" * rng.choice([199, 200, 201, 10_000, 1_000_000]),
            "\u202eevil\u202c \u2028 line",
            "Ünïcödé — 日本語 🙂",
            "\x00",
            "",
        ]
    )


def _plausible(rng: random.Random, old: Any) -> Any:
    """A believable value of the same kind: a real date from 1900 to 2199, a number near the old one."""
    if isinstance(old, str) and len(old) == 10 and old[4] == "-":
        return f"{rng.randint(1900, 2199)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    if isinstance(old, int | float) and not isinstance(old, bool):
        return round(old * rng.uniform(0, 2), rng.choice([0, 2, 6]))
    return old


def _structures(rng: random.Random, base: Any) -> Any:
    depth = rng.choice([10, 31, 33, 1_000, 20_000])
    return rng.choice(
        [
            _raw("[" * depth + "]" * depth),
            _raw('{"a":' * depth + "1" + "}" * depth),
            [copy_of(base)] * rng.choice([2, 999, 1_001, 3_000]),
            {f"k{i}": i for i in range(rng.choice([1, 20, 5_000]))},
            [],
            {},
            "not an object",
            [[[[1]]]],
        ]
    )


copy_of = copy.deepcopy


def value_paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path (keys and list indexes) to a value inside a JSON object, the object itself left out."""
    found = [prefix] if prefix else []
    if isinstance(node, dict):
        for key, value in node.items():
            found += value_paths(value, (*prefix, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += value_paths(value, (*prefix, i))
    return found


def _mutated(rng: random.Random, base: dict[str, Any]) -> dict[str, Any]:
    raw = copy_of(base)
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        paths = value_paths(raw)
        if not paths:
            break
        path = rng.choice(paths)
        parent: Any = raw
        for key in path[:-1]:
            parent = parent[key]
        last = path[-1]
        old = parent[last]
        family = rng.choice(["plausible"] * 6 + ["dates", "numbers", "texts", "structures", "delete", "unknown"])
        if family == "plausible":
            parent[last] = _plausible(rng, old)
            continue
        if family == "delete" and isinstance(parent, dict):
            del parent[last]
            continue
        if family == "unknown" and isinstance(parent, dict):
            parent[rng.choice(["retirment", "x" * 500, "\x1b[31m", "extra2"])] = 1
            continue
        if family == "dates" or (isinstance(old, str) and old[:2] in ("19", "20") and rng.random() < 0.5):
            parent[last] = _dates(rng)
        elif family == "numbers":
            parent[last] = _numbers(rng)
        elif family == "texts":
            parent[last] = _texts(rng)
        else:
            parent[last] = _structures(rng, old)
    return raw


def _text_of(rng: random.Random, raw: Any) -> str:
    """JSON text of ``raw``, each :class:`Raw` written as its text; ASCII-escaped or UTF-8 at random."""
    texts: dict[str, str] = {}

    def placeholder(value: object) -> str:
        assert isinstance(value, Raw)
        key = f"@@raw{len(texts)}@@"
        texts[json.dumps(key)] = value.text
        return key

    text = json.dumps(raw, ensure_ascii=rng.random() < 0.7, default=placeholder)
    for key, value in texts.items():
        text = text.replace(key, value)
    return text


def _special(rng: random.Random, folder: Path, index: int) -> tuple[str, bytes | None]:
    """A path that is not a scenario file: bytes to write, or None for a path made otherwise."""
    kind = rng.choice(["garbage", "empty", "bom", "truncated", "latin1", "fifo", "dev_zero", "folder", "missing"])
    name = str(folder / f"special-{index:06d}.scers.json")
    if kind == "garbage":
        return name, bytes(rng.randrange(256) for _ in range(rng.randint(1, 200)))
    if kind == "empty":
        return name, b""
    if kind == "bom":
        return name, b"\xef\xbb\xbf" + BASES[0].read_bytes()
    if kind == "truncated":
        data = BASES[0].read_bytes()
        return name, data[: rng.randint(1, len(data) - 1)]
    if kind == "latin1":
        return name, '{"label": "café"}'.encode("latin-1")
    if kind == "fifo":
        os.mkfifo(name)
        return name, None
    if kind == "dev_zero":
        return "/dev/zero", None
    if kind == "folder":
        os.mkdir(name)
        return name, None
    return name + ".missing", None


def generate(rng: random.Random, folder: Path, count: int, start: int) -> list[str]:
    """Write ``count`` files into ``folder``; return their paths in order."""
    bases = [json.loads(p.read_text()) for p in BASES]
    files = []
    for index in range(start, start + count):
        if rng.random() < 0.03:
            path, data = _special(rng, folder, index)
            if data is not None:
                Path(path).write_bytes(data)
            files.append(path)
            continue
        path = str(folder / f"fuzz-{index:06d}.scers.json")
        text = _text_of(rng, _mutated(rng, rng.choice(bases)))
        Path(path).write_text(text, encoding="utf-8", errors="surrogatepass")  # a lone surrogate: not UTF-8
        files.append(path)
    return files


def check_batch(files: list[str]) -> tuple[Counter[str], list[str]]:
    """Run one process over ``files`` and check the contract; returns the counts and the breaks found."""
    counts: Counter[str] = Counter()
    breaks: list[str] = []
    try:
        done = subprocess.run(
            [str(ESTIMATOR), "--json", *files], capture_output=True, timeout=BATCH_TIMEOUT, check=False
        )
    except subprocess.TimeoutExpired:
        return Counter(hung=1), [f"batch starting {files[0]} did not finish in {BATCH_TIMEOUT} s"]
    stderr = done.stderr.decode("utf-8", "replace")
    if "Traceback" in stderr:
        counts["tracebacks"] += 1
        breaks.append(f"traceback in the batch starting {files[0]}: {stderr[-500:]}")
    lines = done.stdout.decode("utf-8").splitlines()
    if len(lines) != len(files):
        breaks.append(f"{len(lines)} lines for {len(files)} files (batch starting {files[0]})")
    any_error = False
    for file, line in zip(files, lines, strict=False):
        try:
            item = json.loads(line)
        except ValueError:
            breaks.append(f"{file}: not a JSON line: {line[:200]}")
            continue
        if not isinstance(item, dict) or item.get("file") != file:
            breaks.append(f"{file}: line names {str(item)[:200]}")
            continue
        if "error" in item:
            any_error = True
            counts["error lines"] += 1
            counts["engine faults"] += ENGINE_FAULT in item["error"]
            if len(line) > 4_000:
                breaks.append(f"{file}: error line of {len(line):,} characters")
        else:
            counts["estimates"] += 1
    if done.returncode != (1 if any_error else 0):
        breaks.append(f"exit status {done.returncode} with errors={any_error} (batch starting {files[0]})")
    return counts, breaks


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=20_000)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--keep", type=Path, help="keep the generated files in this folder")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="scers-fuzz-"))
    folder.mkdir(parents=True, exist_ok=True)
    totals: Counter[str] = Counter()
    breaks: list[str] = []
    started = time.monotonic()
    try:
        for start in range(0, args.files, args.batch):
            batch = folder / f"batch-{start // args.batch:04d}"
            batch.mkdir()
            files = generate(rng, batch, min(args.batch, args.files - start), start)
            counts, found = check_batch(files)
            if args.keep is None:
                shutil.rmtree(batch, ignore_errors=True)  # disk use stays one batch
            totals += counts
            totals["files"] += len(files)
            breaks += found
            print(f"{totals['files']:>6} files, {len(breaks)} contract breaks, {time.monotonic() - started:.0f} s")
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    print(
        f"files: {totals['files']:,}  estimates: {totals['estimates']:,}  error lines: {totals['error lines']:,}  "
        f"engine faults: {totals['engine faults']:,}  batches with a traceback: {totals['tracebacks']:,}  "
        f"contract breaks: {len(breaks):,}  time: {time.monotonic() - started:.0f} s"
    )
    for item in breaks[:20]:
        print("  " + item)
    return 1 if breaks or totals["tracebacks"] or totals["engine faults"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
