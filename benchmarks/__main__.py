"""``make bench``: run every benchmark and print one line per figure with its target."""

from benchmarks import app_bench, batch_bench, bundle_bench, engine_bench, size_bench


def main() -> None:
    print("SCERS Desktop benchmarks (one machine, one run; compare figures from the same machine)")
    engine = engine_bench.run() + engine_bench.options_sweep() + engine_bench.timing_months() + batch_bench.run()
    for line in engine + app_bench.run() + bundle_bench.run():
        print(line, flush=True)
    for line in size_bench.run():
        print(line, flush=True)


if __name__ == "__main__":
    main()
