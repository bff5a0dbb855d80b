"""`make bench`: the portal beside a bare Django baseline, on this machine, in one run.

Serves the portal with gunicorn and production settings on PostgreSQL and Redis, and the
baseline (bench/baseline.py) with the same gunicorn command; wrk, on 127.0.0.1 only, alternates
portal and baseline rounds. Machines here are shared and noisy, so only the ratios measured
side by side mean anything. Prints the table and writes bench/RESULTS.md.

Environment: BENCH_QUICK=1 for a smoke run; DATABASE_URL and REDIS_URL (defaults below; the
database is filled with the bench set and must not hold real data); BENCH_PROFILE=0 skips the
py-spy profiles of `/en/` and of the slowest page with the cache off (py-spy is installed into
var/bench-tools, not the project).
"""

import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
PYTHON = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
CELERY = str(ROOT / ".venv" / "bin" / "celery")
HOST = "127.0.0.1"
PORTAL_PORT, BASELINE_PORT = 8711, 8712
QUICK = os.environ.get("BENCH_QUICK", "") not in ("", "0")
PROFILE = os.environ.get("BENCH_PROFILE", "1") not in ("", "0")

PAGES = [
    "/en/",
    "/en/faq/",
    "/en/regions/RU-KLU/",
    "/en/stories/",
    "/ru/legal/",
    "/api/v1/measures/",
]
# Pages the page cache never serves: measured with the cache off only.
UNCACHED_PAGES = ["/en/eligibility/", "/en/apply/status/"]
ROUNDS = 1 if QUICK else 3
ROUND_SECONDS = 2 if QUICK else 5
POST_SECONDS = 3 if QUICK else 10
APPLICATIONS = 5_000 if QUICK else 100_000
SMALL_QUEUE = 1_000
FORWARDED = 30 if QUICK else 300
ADMIN_SAMPLES = 3 if QUICK else 7
# The same for the portal and the baseline: sync workers, as in the Dockerfile.
# Cached pages are also measured as TechEmpower runs Django (2 workers, 16 connections): the
# lower of the two configurations counts.
GUNICORN_ARGS = ["--workers", "3", "--worker-class", "sync", "--timeout", "60"]
WRK_ARGS = ["--threads", "2", "--connections", "8", "--timeout", "10s"]
GUNICORN_ARGS_2X16 = ["--workers", "2", "--worker-class", "sync", "--timeout", "60"]
WRK_ARGS_2X16 = ["--threads", "2", "--connections", "16", "--timeout", "10s"]
# Uncached pages against Fortunes (0.5 for the pages that run no or one query); cached ones
# against the bare view with the security and common middleware.
TARGET_FORTUNES, TARGET_FORTUNES_LIGHT, TARGET_CACHE_ON = 0.3, 0.5, 0.9
LIGHT_PAGES = {"/en/eligibility/", "/en/apply/status/"}
TARGET_ADMIN_GROWTH, TARGET_FORWARDING, TARGET_FORWARDING_SCALING = 2.0, 0.5, 1.3
ADMIN_PASSWORD = "bench-admin-password-on-127.0.0.1"

ENV = {
    **os.environ,
    "DJANGO_SETTINGS_MODULE": "portal.settings.production",
    "DATABASE_URL": os.environ.get(
        "DATABASE_URL", "postgres://postgres@127.0.0.1:5432/portal_bench"
    ),
    "REDIS_URL": os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/9"),
    "SECRET_KEY": "bench-only-secret-key-not-for-production-0123456789",
    "ALLOWED_HOSTS": "127.0.0.1,localhost",
    "SECURE_SSL_REDIRECT": "false",
    "SECURE_HSTS_SECONDS": "0",
    "CONN_MAX_AGE": "60",
    "LOG_LEVEL": "WARNING",
    "EMAIL_URL": "dummymail://",
    "MVD_API_TOKEN": "bench-mvd-token",
    "MID_API_TOKEN": "bench-mid-token",
    "MVD_CALLBACK_SECRET": "bench-callback-secret",
    "MOCK_MINISTRIES_ENABLED": "true",
    "FORWARDING_ALLOW_MOCKS": "true",
    "MOCK_MINISTRIES_CONTROL": "false",
    "MOCK_MVD_DECISION_DELAY_SECONDS": "86400",
    "MVD_API_URL": f"http://{HOST}:{PORTAL_PORT}/mock/mvd/v1",
    "MID_API_URL": f"http://{HOST}:{PORTAL_PORT}/mock/mid/v1",
    "MVD_CALLBACK_URL": f"http://{HOST}:{PORTAL_PORT}/api/v1/integrations/mvd/decisions/",
    "THROTTLE_APPLICATION_SUBMIT": "1000000/second",
    "CELERY_TASK_ALWAYS_EAGER": "false",
    "CELERY_TASK_DEFAULT_QUEUE": "bench",
    "BENCH_ADMIN_PASSWORD": ADMIN_PASSWORD,
    "PAGE_CACHE_SECONDS": "0",
}


BASELINE_ENV = {**ENV, "PYTHONPATH": str(ROOT)}


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


def run(*command: str, env: dict | None = None) -> str:
    result = subprocess.run(  # noqa: S603 - our own commands
        command, cwd=ROOT, env=env or ENV, check=True, capture_output=True, text=True
    )
    return result.stdout


def manage(*arguments: str) -> str:
    return run(PYTHON, "manage.py", *arguments)


def django_step(*arguments: str) -> dict:
    return json.loads(run(PYTHON, "bench/django_steps.py", *arguments).strip().splitlines()[-1])


# ---- Servers


class Server:
    """A gunicorn master on 127.0.0.1; stopped with its workers."""

    def __init__(self, app: str, port: int, env: dict, arguments: list[str] = GUNICORN_ARGS):
        self.port = port
        self.process = subprocess.Popen(  # noqa: S603
            [GUNICORN, app, "--bind", f"{HOST}:{port}", *arguments],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self._wait_ready()

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                httpx.get(f"http://{HOST}:{self.port}/robots.txt", timeout=2)
                return
            except httpx.TransportError:
                time.sleep(0.2)
        raise RuntimeError(f"gunicorn on port {self.port} did not start")

    def worker_pids(self) -> list[int]:
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        return [int(pid) for pid in children.read_text().split()]

    def peak_worker_rss_mb(self) -> float:
        """The largest peak resident set (VmHWM) among the workers."""
        peaks = []
        for pid in self.worker_pids():
            status = Path(f"/proc/{pid}/status").read_text()
            peaks.append(int(re.search(r"VmHWM:\s+(\d+) kB", status).group(1)) / 1024)
        return max(peaks)

    def stop(self) -> None:
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


# ---- wrk


@dataclass
class Round:
    requests: int
    seconds: float
    p50_ms: float
    p99_ms: float
    non2xx: int

    @property
    def per_second(self) -> float:
        return self.requests / self.seconds


def wrk(url: str, seconds: float, script: Path = BENCH / "report.lua", arguments=WRK_ARGS) -> Round:
    output = run("wrk", *arguments, "--duration", f"{seconds}s", "--script", str(script), url)
    match = re.search(
        r"BENCH requests=(\d+) seconds=([\d.]+) p50_ms=([\d.]+) p99_ms=([\d.]+) non2xx=(\d+)",
        output,
    )
    requests, duration, p50, p99, bad = match.groups()
    return Round(int(requests), float(duration), float(p50), float(p99), int(bad))


def post_script() -> Path:
    """The POST body and the reporting functions in one wrk script."""
    path = ROOT / "var" / "bench" / "post.lua"
    path.write_text(
        (BENCH / "post_application.lua").read_text() + (BENCH / "report.lua").read_text()
    )
    return path


@dataclass
class Comparison:
    label: str
    portal: list[Round]
    baseline: list[Round]
    target: float = 0.0

    @property
    def portal_rps(self) -> float:
        return statistics.mean(r.per_second for r in self.portal)

    @property
    def baseline_rps(self) -> float:
        return statistics.mean(r.per_second for r in self.baseline)

    @property
    def ratio(self) -> float:
        return self.portal_rps / self.baseline_rps

    @property
    def p50(self) -> float:
        return statistics.median(r.p50_ms for r in self.portal)

    @property
    def p99(self) -> float:
        return statistics.median(r.p99_ms for r in self.portal)

    @property
    def non2xx(self) -> int:
        return sum(r.non2xx for r in self.portal)


def compare(
    label: str,
    portal_url: str,
    script: Path | None = None,
    seconds=ROUND_SECONDS,
    baseline_path: str = "/",
    arguments=WRK_ARGS,
):
    """Alternate portal and baseline rounds, after a short warm-up of both."""
    baseline_url = f"http://{HOST}:{BASELINE_PORT}{baseline_path}"
    portal_script = script or BENCH / "report.lua"
    wrk(portal_url, 1, portal_script, arguments)
    wrk(baseline_url, 1, arguments=arguments)
    portal, baseline = [], []
    for _round in range(ROUNDS):
        portal.append(wrk(portal_url, seconds, portal_script, arguments))
        baseline.append(wrk(baseline_url, seconds, arguments=arguments))
    return Comparison(label, portal, baseline)


def public_pages(cache: str, arguments=WRK_ARGS) -> list[Comparison]:
    """Cache off: every page against Fortunes; cache on: the cacheable ones against the bare
    view."""
    results = []
    pages = [*PAGES, *UNCACHED_PAGES] if cache == "off" else PAGES
    for page in pages:
        comparison = compare(
            f"{page} (cache {cache})",
            f"http://{HOST}:{PORTAL_PORT}{page}",
            baseline_path="/fortunes/" if cache == "off" else "/",
            arguments=arguments,
        )
        if cache == "off":
            comparison.target = TARGET_FORTUNES_LIGHT if page in LIGHT_PAGES else TARGET_FORTUNES
        else:
            comparison.target = TARGET_CACHE_ON
        log(
            f"{comparison.label}: {comparison.portal_rps:.0f} req/s, "
            f"baseline {comparison.baseline_rps:.0f}, ratio {comparison.ratio:.2f}"
        )
        results.append(comparison)
    return results


# ---- The admin queue


def admin_login() -> dict[str, str]:
    """Log in through the admin's form; returns the cookies to send (they are Secure-only,
    so they are passed by hand over this plain-HTTP loopback connection)."""
    base = f"http://{HOST}:{PORTAL_PORT}"
    with httpx.Client(base_url=base, timeout=30) as client:
        login = client.get("/admin/login/")
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', login.text).group(1)
        cookies = dict(login.cookies)
        answer = client.post(
            "/admin/login/?next=/admin/",
            data={
                "username": "bench-admin",
                "password": ADMIN_PASSWORD,
                "csrfmiddlewaretoken": token,
            },
            headers={"Cookie": "; ".join(f"{k}={v}" for k, v in cookies.items())},
        )
        if answer.status_code != 302:
            raise RuntimeError(f"admin login failed: HTTP {answer.status_code}")
        cookies.update(dict(answer.cookies))
    return cookies


def admin_changelist_ms(cookies: dict[str, str]) -> float:
    url = f"http://{HOST}:{PORTAL_PORT}/admin/applications/application/"
    headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in cookies.items())}
    timings = []
    with httpx.Client(timeout=60) as client:
        for sample in range(ADMIN_SAMPLES + 1):
            started = time.perf_counter()
            response = client.get(url, headers=headers)
            elapsed = (time.perf_counter() - started) * 1000
            if response.status_code != 200:
                raise RuntimeError(f"admin changelist: HTTP {response.status_code}")
            if sample:  # the first one warms the worker up
                timings.append(elapsed)
    return statistics.median(timings)


# ---- Forwarding


def forwarding_worker(processes: int) -> subprocess.Popen:
    """A worker with `processes` pool processes reading only the forwarding queue: the
    candidate e-mails about the sent cases wait in the notifications queue, measured by nobody
    here."""
    return subprocess.Popen(  # noqa: S603
        [
            CELERY,
            "-A",
            "portal",
            "worker",
            "-Q",
            "bench",
            "--concurrency",
            str(processes),
            "--prefetch-multiplier",
            "1",
            "--loglevel",
            "WARNING",
            "--without-gossip",
            "--without-mingle",
        ],
        cwd=ROOT,
        env=ENV,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def forwarding_rounds(processes: int) -> tuple[list[dict], list[dict], str | None]:
    """Raw POSTs and the worker's deliveries in alternating rounds after a warm-up (the mock's
    speed drifts with the machine's load); with profiling on and one process, one more round
    under py-spy, not counted."""
    run(CELERY, "-A", "portal", "purge", "-f", "-Q", "bench,notifications")
    worker = forwarding_worker(processes)
    raw_rounds, worker_rounds, summary = [], [], None
    try:
        time.sleep(5)  # the worker connects to the broker
        warm_up = str(max(10, FORWARDED // 6))  # the mock's and the worker's first requests
        django_step("raw", warm_up)
        django_step("deliver", warm_up)
        for _round in range(ROUNDS):
            raw_rounds.append(django_step("raw", str(FORWARDED)))
            worker_rounds.append(django_step("deliver", str(FORWARDED)))
        if PROFILE and not QUICK and processes == 1:
            summary = profile_worker(worker.pid)
    finally:
        worker.send_signal(signal.SIGTERM)
        worker.wait(timeout=60)
    return raw_rounds, worker_rounds, summary


def forwarding() -> dict:
    """One worker process against raw POSTs to the same mock, then two worker processes."""
    raw_rounds, one_rounds, summary = forwarding_rounds(1)
    raw_rounds_2, two_rounds, _summary = forwarding_rounds(2)
    raw = _rate(raw_rounds + raw_rounds_2, "posts")
    one = _rate(one_rounds, "delivered")
    one["cases"] = sum(r["cases"] for r in one_rounds)
    two = _rate(two_rounds, "delivered")
    two["cases"] = sum(r["cases"] for r in two_rounds)
    return {
        "raw": raw,
        "worker": one,
        "workers_2": two,
        "ratio": one["per_second"] / _rate(raw_rounds, "posts")["per_second"],
        "scaling": two["per_second"] / one["per_second"],
        "profile": summary,
    }


def _rate(rounds: list[dict], counted: str) -> dict:
    done = sum(r[counted] for r in rounds)
    seconds = sum(r["seconds"] for r in rounds)
    return {counted: done, "seconds": seconds, "per_second": done / seconds}


def profile_worker(worker_pid: int) -> str:
    """py-spy on the worker's pool process while it delivers one more round, waits included:
    a delivery spends much of its time waiting for the mock and for PostgreSQL."""
    child = int(Path(f"/proc/{worker_pid}/task/{worker_pid}/children").read_text().split()[0])
    output = ROOT / "var" / "bench" / "profile-worker.txt"
    spy = subprocess.Popen(  # noqa: S603
        [
            str(py_spy()),
            "record",
            "--pid",
            str(child),
            "--duration",
            "8",
            "--idle",
            "--format",
            "raw",
            "--output",
            str(output),
            "--nonblocking",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    django_step("deliver", str(FORWARDED))
    spy.wait()
    return summarise_profile(output)


# ---- Profile


def py_spy() -> Path:
    """py-spy, installed once into var/bench-tools (outside the project's virtualenv)."""
    tools = ROOT / "var" / "bench-tools"
    if not (tools / "bin" / "py-spy").exists():
        subprocess.run([sys.executable, "-m", "venv", str(tools)], check=True)  # noqa: S603
        subprocess.run(  # noqa: S603
            [str(tools / "bin" / "pip"), "install", "--quiet", "py-spy"], check=True
        )
    return tools / "bin" / "py-spy"


def profile(server: Server, url: str) -> str:
    """A py-spy profile of one worker under load (py-spy lives outside the project's venv)."""
    output = ROOT / "var" / "bench" / "profile.txt"
    load = subprocess.Popen(  # noqa: S603
        ["wrk", *WRK_ARGS, "--duration", "12s", url],  # noqa: S607
        stdout=subprocess.DEVNULL,
    )
    pid = server.worker_pids()[0]
    subprocess.run(  # noqa: S603
        [
            str(py_spy()),
            "record",
            "--pid",
            str(pid),
            "--duration",
            "10",
            "--format",
            "raw",
            "--output",
            str(output),
            "--nonblocking",
        ],
        check=True,
        capture_output=True,
    )
    load.wait()
    return summarise_profile(output)


# Frames that are on every stack (the server's or the worker's own loop), hidden from the
# inclusive list so that what the view or the task does shows.
FRAMEWORK_FRAMES = r"gunicorn/|django/core/handlers|deprecation\.py|middleware|celery/|billiard/"


def summarise_profile(path: Path, lines: int = 12) -> str:
    """Where the time goes: the functions most often running (self) and, among the project's
    and the libraries' code under the view or task, most often on the stack (inclusive)."""
    own: dict[str, int] = {}
    below_view: dict[str, int] = {}
    total = 0
    for line in path.read_text().splitlines():
        stack, _space, count = line.rpartition(" ")
        frames = stack.split(";")
        total += int(count)
        leaf = frames[-1].split(" (")[0] + " (" + frames[-1].split(" (")[-1].split(":")[0] + ")"
        own[leaf] = own.get(leaf, 0) + int(count)
        for frame in set(frames):
            if not re.search(FRAMEWORK_FRAMES, frame):
                below_view[frame] = below_view.get(frame, 0) + int(count)

    def top(counts: dict[str, int]) -> list[str]:
        ranked = sorted(counts.items(), key=lambda item: -item[1])[:lines]
        return [f"    {100 * count / total:5.1f}%  {frame}" for frame, count in ranked]

    return "\n".join(
        ["Self time:", "", *top(own), "", "On the stack (inclusive):", "", *top(below_view)]
    )


# ---- Report


def table(comparisons: list[Comparison], baseline: str) -> list[str]:
    lines = [
        f"| page | req/s | {baseline} req/s | ratio | target | p50 ms | p99 ms | non-2xx |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for c in comparisons:
        met = "✅" if c.ratio >= c.target and c.non2xx == 0 else "❌"
        lines.append(
            f"| `{c.label}` | {c.portal_rps:.0f} | {c.baseline_rps:.0f} | {c.ratio:.2f} "
            f"| ≥ {c.target} {met} | {c.p50:.1f} | {c.p99:.1f} | {c.non2xx} |"
        )
    return lines


def report(results: dict) -> str:
    admin = results["admin"]
    admin_growth = admin["large_ms"] / admin["small_ms"]
    fwd = results["forwarding"]
    post = results["post"]
    lines = [
        "# Benchmark results",
        "",
        f"Run on {results['date']} with `make bench{' BENCH_QUICK=1' if QUICK else ''}` on "
        f"{os.cpu_count()} cores; gunicorn `{' '.join(GUNICORN_ARGS)}` for the portal "
        f"(production settings, PostgreSQL, Redis) and the baseline alike; "
        f"wrk `{' '.join(WRK_ARGS)}`, {ROUNDS} alternating rounds of {ROUND_SECONDS} s per "
        f"page. Dataset: {results['dataset']}.",
        "",
        "## Pages the page cache does not serve (cache off), against TechEmpower Fortunes",
        "",
        "The baseline is `/fortunes/` of bench/baseline.py: one PostgreSQL query of twelve "
        "rows, one added, sorted, rendered through an escaping template, on the same gunicorn.",
        "",
        *table(results["cache_off"], "Fortunes"),
        "",
        "## Public pages, page cache on, against a bare view with the security and common "
        "middleware",
        "",
        f"gunicorn `{' '.join(GUNICORN_ARGS)}`, wrk `{' '.join(WRK_ARGS)}`:",
        "",
        *table(results["cache_on"], "bare view"),
        "",
        f"gunicorn `{' '.join(GUNICORN_ARGS_2X16)}`, wrk `{' '.join(WRK_ARGS_2X16)}` "
        "(the lower of the two counts):",
        "",
        *table(results["cache_on_2x16"], "bare view"),
        "",
        "## Other measurements",
        "",
        "| what | result | target |",
        "|---|---|---|",
        f"| `POST /api/v1/applications/` | {post.portal_rps:.1f} req/s vs baseline "
        f"{post.baseline_rps:.0f} req/s (ratio {post.ratio:.3f}); p50 {post.p50:.0f} ms, "
        f"p99 {post.p99:.0f} ms; non-2xx {post.non2xx} | — |",
        f"| admin queue changelist | {admin['small_ms']:.0f} ms at {SMALL_QUEUE:,} cases, "
        f"{admin['large_ms']:.0f} ms at {APPLICATIONS:,} (× {admin_growth:.2f}) "
        f"| ≤ × {TARGET_ADMIN_GROWTH} {'✅' if admin_growth <= TARGET_ADMIN_GROWTH else '❌'} |",
        f"| forwarding to the mock MVD, one worker | {fwd['worker']['per_second']:.1f} cases/s "
        f"({fwd['worker']['delivered']}/{fwd['worker']['cases']} delivered) vs raw POSTs "
        f"{fwd['raw']['per_second']:.1f}/s (ratio {fwd['ratio']:.2f}) "
        f"| ≥ {TARGET_FORWARDING} {'✅' if fwd['ratio'] >= TARGET_FORWARDING else '❌'} |",
        f"| forwarding, two worker processes | {fwd['workers_2']['per_second']:.1f} cases/s "
        f"({fwd['workers_2']['delivered']}/{fwd['workers_2']['cases']} delivered), "
        f"× {fwd['scaling']:.2f} one worker "
        f"| ≥ × {TARGET_FORWARDING_SCALING} "
        f"{'✅' if fwd['scaling'] >= TARGET_FORWARDING_SCALING else '❌'} |",
        f"| peak RSS of a gunicorn worker | portal {results['rss_mb']:.0f} MB, "
        f"baseline {results['baseline_rss_mb']:.0f} MB | — |",
        f"| seeding the dataset | {results['seed_seconds']:.0f} s | a few minutes |",
        "",
    ]
    for page, summary in results.get("profiles", {}).items():
        lines += [
            f"### py-spy profile of one worker serving `{page}` (cache off)",
            "",
            summary,
            "",
        ]
    if fwd.get("profile"):
        lines += [
            "### py-spy profile of the forwarding worker delivering (wall clock, waits included)",
            "",
            fwd["profile"],
            "",
        ]
    notes = BENCH / "notes.md"
    if notes.exists():
        lines += [notes.read_text().strip(), ""]
    return "\n".join(lines)


def prepare() -> None:
    if shutil.which("wrk") is None:
        log("installing wrk from Debian")
        subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=True)  # noqa: S607
    (ROOT / "var" / "bench").mkdir(parents=True, exist_ok=True)
    database = ENV["DATABASE_URL"].rsplit("/", 1)[-1]
    # Creates the bench database when missing (errors only when it exists already).
    subprocess.run(  # noqa: S603
        ["createdb", "-h", HOST, "-U", "postgres", database],  # noqa: S607
        capture_output=True,
    )
    log("migrate, collectstatic, demo content, the bench superuser")
    manage("migrate", "--noinput")
    manage("collectstatic", "--noinput")
    manage("seed_demo")
    django_step("superuser")


def main() -> int:
    started = time.monotonic()
    prepare()
    results: dict = {"date": datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")}
    baseline = Server("bench.baseline:application", BASELINE_PORT, BASELINE_ENV)
    portal = Server("portal.wsgi:application", PORTAL_PORT, ENV)
    try:
        log(f"seeding {SMALL_QUEUE:,} cases")
        run(PYTHON, "bench/seed.py", "--force", f"--applications={SMALL_QUEUE}")
        cookies = admin_login()
        small = admin_changelist_ms(cookies)
        log(f"admin queue at {SMALL_QUEUE:,}: {small:.0f} ms; seeding {APPLICATIONS:,} cases")
        seed_started = time.monotonic()
        seeded = run(PYTHON, "bench/seed.py", "--force", f"--applications={APPLICATIONS}")
        results["seed_seconds"] = time.monotonic() - seed_started
        results["dataset"] = ", ".join(seeded.strip().splitlines())
        large = admin_changelist_ms(cookies)
        results["admin"] = {"small_ms": small, "large_ms": large}
        log(f"admin queue at {APPLICATIONS:,}: {large:.0f} ms")

        results["cache_off"] = public_pages("off")
        results["post"] = compare(
            "POST /api/v1/applications/",
            f"http://{HOST}:{PORTAL_PORT}/api/v1/applications/",
            post_script(),
            POST_SECONDS,
        )
        log(f"POST applications: {results['post'].portal_rps:.1f} req/s")
        rss = portal.peak_worker_rss_mb()
        if PROFILE:
            # The cheapest page shows what every page pays; the slowest, what it adds.
            slowest = min(results["cache_off"], key=lambda c: c.ratio).label.split(" ")[0]
            for page in dict.fromkeys(("/en/", slowest)):
                log(f"profiling {page} with py-spy")
                results.setdefault("profiles", {})[page] = profile(
                    portal, f"http://{HOST}:{PORTAL_PORT}{page}"
                )
        portal.stop()

        ENV["PAGE_CACHE_SECONDS"] = "300"
        portal = Server("portal.wsgi:application", PORTAL_PORT, ENV)
        results["cache_on"] = public_pages("on")
        results["rss_mb"] = max(rss, portal.peak_worker_rss_mb())
        results["baseline_rss_mb"] = baseline.peak_worker_rss_mb()
        portal.stop()
        baseline.stop()

        log("cached pages again with 2 gunicorn workers and 16 connections")
        baseline = Server(
            "bench.baseline:application", BASELINE_PORT, BASELINE_ENV, GUNICORN_ARGS_2X16
        )
        portal = Server("portal.wsgi:application", PORTAL_PORT, ENV, GUNICORN_ARGS_2X16)
        results["cache_on_2x16"] = public_pages("on", WRK_ARGS_2X16)

        log("forwarding: raw POSTs, one worker, then two worker processes")
        results["forwarding"] = forwarding()
        log(
            f"forwarding ratio {results['forwarding']['ratio']:.2f}, "
            f"two workers × {results['forwarding']['scaling']:.2f}"
        )
    finally:
        portal.stop()
        baseline.stop()
    text = report(results)
    (BENCH / "RESULTS.md").write_text(text)
    print("\n" + text)
    log(f"done in {(time.monotonic() - started) / 60:.1f} min; written to bench/RESULTS.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
