"""`make lab` starts JupyterLab on 127.0.0.1 in book/, prints its URL, and runs chapters on the project's Python.

The test starts it on a free loopback port, waits until its REST API answers, starts a kernel
and checks that the kernel is the project's own Python (``.venv``), then stops the server.
"""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
STARTUP_SECONDS = 90

pytest.importorskip("jupyterlab")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def api(base: str, token: str, path: str, method: str = "GET") -> dict | list:
    request = urllib.request.Request(f"{base}{path}", method=method, headers={"Authorization": f"token {token}"})
    with urllib.request.urlopen(request, timeout=5) as response:
        body = response.read()
    return json.loads(body) if body else {}


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """`make lab` on a free port; yields (base URL, token, what it printed, seconds until the API answered)."""
    port, token = free_port(), "test" + os.urandom(8).hex()
    log = tmp_path_factory.mktemp("lab") / "make-lab.log"
    started = time.monotonic()
    with log.open("w") as output:
        process = subprocess.Popen(
            ["make", "--no-print-directory", "lab", f"LAB_PORT={port}", f"LAB_TOKEN={token}"],
            cwd=ROOT,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    base, ready = f"http://127.0.0.1:{port}", None
    try:
        while time.monotonic() - started < STARTUP_SECONDS and process.poll() is None:
            try:
                api(base, token, "/api/status")
                ready = time.monotonic() - started
                break
            except OSError:
                time.sleep(0.5)
        assert ready is not None, "JupyterLab did not answer:\n" + log.read_text()[-3000:]
        yield base, token, log.read_text(), ready
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)


def test_make_lab_prints_the_url_and_serves_book_on_loopback(lab):
    base, token, printed, ready = lab
    print(f"JupyterLab answered after {ready:.1f} s")
    assert re.search(rf"{re.escape(base)}/lab/tree/\w+\.ipynb\?token={token}", printed), printed
    contents = api(base, token, "/api/contents")
    names = {item["name"] for item in contents["content"]}
    assert {path.name for path in (ROOT / "book").glob("*.ipynb")} <= names


def test_the_kernel_is_the_projects_python(lab):
    import psutil

    base, token, _, _ = lab
    kernel = api(base, token, "/api/kernels", method="POST")
    try:
        deadline = time.monotonic() + 30
        python = None
        while python is None and time.monotonic() < deadline:
            for process in psutil.process_iter(["cmdline"]):
                cmdline = process.info["cmdline"] or []
                if any(kernel["id"] in part for part in cmdline):
                    python = cmdline[0]
            time.sleep(0.2)
        assert python is not None, "no kernel process started"
        assert Path(python).parent == Path(sys.executable).parent, python
    finally:
        api(base, token, f"/api/kernels/{kernel['id']}", method="DELETE")
