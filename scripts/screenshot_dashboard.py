"""Screenshots of the dashboard on the demo corpus, for the README (needs Debian chromium + playwright):
the overview, an article trace, the timeline and an event page after an analyst's correction.

    .venv/bin/python scripts/screenshot_dashboard.py --out docs/img
"""

from __future__ import annotations

import argparse
import socket
import tempfile
import threading
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/img"))
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()

    import uvicorn
    from playwright.sync_api import sync_playwright

    from cablegram.api import create_app
    from cablegram.config import Settings
    from cablegram.demo import run_demo
    from cablegram.store import open_store

    work = Path(tempfile.mkdtemp(prefix="cablegram-shots-"))
    db = work / "demo.db"
    result = run_demo(db)
    article = next(t["article"] for t in result.traces if t["title"].startswith("Valdoria and Marenia"))
    store = open_store(str(db))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    token = "screenshot-token"
    server = uvicorn.Server(uvicorn.Config(create_app(Settings(db=str(db), api_token=token), store), host="127.0.0.1",
                                           port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    args.out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=args.chromium, args=[
            "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"])
        page = browser.new_page(viewport={"width": 1200, "height": 640})
        base = f"http://127.0.0.1:{port}"
        for name, path, full in (("overview", "/overview?all=1", True), ("article", f"/documents/{article}", False),
                                 ("timeline", "/", False)):
            page.goto(base + path)
            page.wait_for_load_state("networkidle")
            page.screenshot(path=str(args.out / f"{name}.png"), full_page=full)
            print("wrote", args.out / f"{name}.png")
        _correction(page, base, token, args.out / "correction.png")
        browser.close()
    server.should_exit = True
    store.close()


def _correction(page, base: str, token: str, out: Path) -> None:
    """Correct the first hypothetical event on the timeline (as an analyst would) and capture its page."""
    page.goto(base + "/?modality=hypothetical&all=1")
    page.locator("li.event .record-link").first.click()
    page.wait_for_load_state()
    page.select_option("#c-action", "correct")
    page.select_option("#c-field", "modality")
    page.fill("#c-value", "planned")
    page.fill("#c-reason", "the statement announces the step; it is not speculation")
    page.fill("#c-author", "analyst")
    page.fill("#c-token", token)
    page.click("#c-submit")
    page.wait_for_load_state()
    page.screenshot(path=str(out), full_page=True)
    print("wrote", out)


if __name__ == "__main__":
    main()
