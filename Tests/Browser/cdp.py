"""A headless Chromium driven over the DevTools protocol on a pipe (`--remote-debugging-pipe`),
with nothing but Python's standard library: no Selenium, no chromedriver, no port. Used by the
HTML report's browser test and by Benchmarks/html_page.py.

    with Browser() as browser:
        page = browser.open_page(width=1280, height=900)
        page.navigate("file:///path/to/report.html")
        page.evaluate("document.title")
"""
import json
import os
import shutil
import subprocess
import tempfile
import time

CANDIDATES = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]


def find_chromium():
    """The browser's path, from $CHROMIUM or the PATH; None when there is none."""
    given = os.environ.get("CHROMIUM")
    if given:
        return given if shutil.which(given) else None
    for name in CANDIDATES:
        path = shutil.which(name)
        if path:
            return path
    return None


class ProtocolError(Exception):
    pass


class Browser:
    """One headless browser process, ended when the `with` block ends."""

    def __init__(self, executable=None, timeout=60):
        self.executable = executable or find_chromium()
        if not self.executable:
            raise FileNotFoundError("no chromium on the PATH (Debian: apt-get install chromium)")
        self.timeout = timeout
        self.next_id = 0
        self.events = []
        self.buffer = b""

    def __enter__(self):
        self.profile = tempfile.mkdtemp(prefix="mtlint-chromium-")
        to_browser_read, self.to_browser = os.pipe()
        self.from_browser, from_browser_write = os.pipe()

        def child_fds():
            # The protocol reads fd 3 and writes fd 4; copies first, in case either pipe end
            # has one of those numbers. (subprocess closes every other descriptor afterwards.)
            read_copy, write_copy = os.dup(to_browser_read), os.dup(from_browser_write)
            os.dup2(read_copy, 3)
            os.dup2(write_copy, 4)

        arguments = [self.executable, "--headless=new", "--remote-debugging-pipe", "--no-first-run",
                     "--no-default-browser-check", "--disable-gpu", "--disable-extensions",
                     "--disable-background-networking", "--disable-sync", "--hide-scrollbars",
                     "--mute-audio", "--disable-dev-shm-usage", "--user-data-dir=" + self.profile, "about:blank"]
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            arguments.insert(1, "--no-sandbox")  # Chromium refuses to run as root with its sandbox
        self.process = subprocess.Popen(arguments, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL, preexec_fn=child_fds, pass_fds=(3, 4))
        os.close(to_browser_read)
        os.close(from_browser_write)
        return self

    def __exit__(self, *exc):
        try:
            self.send("Browser.close")
        except Exception:
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self.to_browser)
        os.close(self.from_browser)
        shutil.rmtree(self.profile, ignore_errors=True)
        return False

    def _read_message(self, deadline):
        while b"\0" not in self.buffer:
            if time.monotonic() > deadline:
                raise TimeoutError("no answer from the browser")
            chunk = os.read(self.from_browser, 1 << 20)
            if not chunk:
                raise ProtocolError("the browser closed the pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def send(self, method, params=None, session=None):
        """Sends a command and returns its result; events that arrive meanwhile are kept."""
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.to_browser, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + self.timeout
        while True:
            answer = self._read_message(deadline)
            if answer.get("id") == self.next_id:
                if "error" in answer:
                    raise ProtocolError(f"{method}: {answer['error']}")
                return answer.get("result", {})
            self.events.append(answer)

    def wait_for_event(self, method, session=None, timeout=None):
        deadline = time.monotonic() + (timeout or self.timeout)
        while True:
            for index, event in enumerate(self.events):
                if event.get("method") == method and (session is None or event.get("sessionId") == session):
                    return self.events.pop(index)
            self.events.append(self._read_message(deadline))

    def open_page(self, width=1280, height=900):
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        page = Page(self, session)
        page.send("Page.enable")
        page.send("Runtime.enable")
        page.send("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
        return page


class Page:
    def __init__(self, browser, session):
        self.browser = browser
        self.session = session

    def send(self, method, params=None):
        return self.browser.send(method, params, session=self.session)

    def navigate(self, url, timeout=None):
        """Loads `url` and waits for its load event; returns the seconds it took."""
        self.browser.events = [e for e in self.browser.events if e.get("method") != "Page.loadEventFired"]
        start = time.monotonic()
        result = self.send("Page.navigate", {"url": url})
        if result.get("errorText"):
            raise ProtocolError(f"cannot load {url}: {result['errorText']}")
        self.browser.wait_for_event("Page.loadEventFired", session=self.session, timeout=timeout)
        return time.monotonic() - start

    def evaluate(self, expression):
        """The value of a JavaScript expression (awaited if it is a promise), as JSON."""
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in result:
            raise ProtocolError(f"{expression[:80]}...: {result['exceptionDetails']}")
        return result["result"].get("value")

    def console_messages(self):
        return [e for e in self.browser.events if e.get("method") in ("Runtime.consoleAPICalled", "Runtime.exceptionThrown")
                and e.get("sessionId") == self.session]

    def screenshot(self, path, full_page=False):
        import base64
        params = {"format": "png"}
        if full_page:
            params["captureBeyondViewport"] = True
        data = self.send("Page.captureScreenshot", params)["data"]
        with open(path, "wb") as out:
            out.write(base64.b64decode(data))
