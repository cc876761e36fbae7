"""Shared pieces for Trellis end-to-end tests: the server process and phone-sized browsers.

A scenario subclasses E2ETestCase, calls self.browser() for each person (each one is a
separate Chromium with its own cookies) and uses the page helpers below.
"""

import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import unittest
import urllib.error
import urllib.request
import uuid
from urllib.parse import urljoin, urlparse, urlsplit

from selenium import webdriver
from selenium.common.exceptions import (
    ElementNotInteractableException, NoSuchElementException, StaleElementReferenceException, TimeoutException,
    WebDriverException)
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PHONE_SIZE = (390, 844)  # iPhone 12-14 viewport, CSS pixels
WAIT_SECONDS = 15
SERVER_START_SECONDS = 60
PASSWORD = "correct horse battery staple"


def free_port():
    """Asks the kernel for an unused loopback port (tiny race, fine for tests)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def unique_email(name):
    return f"{name.lower()}-{uuid.uuid4().hex[:10]}@example.test"


class Server:
    """Runs `trellis serve` on a free port with a throwaway data dir."""

    def __init__(self, extra_args=(), prefix=()):
        self.extra_args = list(extra_args)
        self.prefix = list(prefix)  # a command the server runs under, e.g. faketime
        binary = os.environ.get("TRELLIS_BIN", ".build/debug/trellis")
        self.binary = os.path.join(REPO_ROOT, binary)  # join keeps absolute paths as they are
        self.tmp = tempfile.mkdtemp(prefix="trellis-e2e-")
        self.data_dir = os.path.join(self.tmp, "data")
        self.log_path = os.path.join(self.tmp, "server.log")
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.proc = None

    def url(self, path="/"):
        return self.base_url + path

    def start(self, tries=2):
        if not os.access(self.binary, os.X_OK):
            raise RuntimeError(f"server binary not found or not executable: {self.binary} "
                               "(build it with `swift build` or set TRELLIS_BIN)")
        os.makedirs(self.data_dir, exist_ok=True)  # a restart reuses the same data
        # Output goes to a file, not a pipe, so a chatty server can never block on a full pipe.
        self.log = open(self.log_path, "wb")
        self.proc = subprocess.Popen(
            self.prefix + [self.binary, "serve", "--host", "127.0.0.1", "--port", str(self.port),
             "--data-dir", self.data_dir] + self.extra_args,
            stdout=self.log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            # Its own process group, so a signal reaches the server under any prefix (faketime forks).
            start_new_session=True)
        deadline = time.monotonic() + SERVER_START_SECONDS
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                if tries > 1 and "sem_open: File exists" in self.output():
                    self.log.close()
                    self._forget_faketime()  # a killed wrapper's, left behind with this process id
                    return self.start(tries - 1)
                raise RuntimeError(f"server exited early with code {self.proc.returncode}\n"
                                   + self.output())
            if self._answers_http():
                return
            time.sleep(0.25)
        raise RuntimeError(f"server did not answer on {self.base_url} within "
                           f"{SERVER_START_SECONDS}s\n" + self.output())

    def seed_demo(self):
        """Fills the data directory with `trellis demo`; returns {name: (email, password)}."""
        os.makedirs(self.data_dir, exist_ok=True)
        output = subprocess.run([self.binary, "demo", "--data-dir", self.data_dir], check=True,
                                capture_output=True, text=True).stdout
        logins = {}
        for line in output.splitlines():
            if "password:" in line:
                name, rest = line.strip().split(":", 1)
                email, password = rest.split("password:")
                logins[name] = (email.strip(), password.strip())
        return logins

    def _answers_http(self):
        try:
            urllib.request.urlopen(self.url("/"), timeout=2).close()
            return True
        except urllib.error.HTTPError:
            return True  # any HTTP status means it is listening
        except OSError:
            return False

    def output(self, tail=4000):
        try:
            with open(self.log_path, "rb") as f:
                text = f.read().decode("utf-8", "replace")
        except OSError:
            return "(no server output)"
        return "---- server output (tail) ----\n" + text[-tail:] + "\n---- end server output ----"

    def _end(self, sig, seconds=15):
        """Sends `sig` to the server's whole process group and waits until none of it is left;
        True when it ended in time."""
        try:
            os.killpg(self.proc.pid, sig)
        except ProcessLookupError:
            return True
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            self.proc.poll()
            try:
                os.killpg(self.proc.pid, 0)
            except ProcessLookupError:
                return True
            time.sleep(0.1)
        return False

    def _forget_faketime(self):
        """The `faketime` wrapper names a semaphore and a shared memory segment after its process
        id and leaves them behind when it is killed; a later wrapper given the same id then cannot
        start ("sem_open: File exists"). Removed once the process has gone."""
        for name in (f"sem.faketime_sem_{self.proc.pid}", f"faketime_shm_{self.proc.pid}"):
            try:
                os.remove(os.path.join("/dev/shm", name))
            except FileNotFoundError:
                pass

    def restart(self, prefix=()):
        """Stops the server, keeping its data and port, and starts it again under `prefix`. A
        server whose wall clock is shifted (faketime) may not finish a graceful stop; after a few
        seconds it is killed, which loses nothing (acknowledged writes are durable)."""
        if not self._end(signal.SIGTERM, seconds=5):
            self._end(signal.SIGKILL)
        self.proc.wait()
        self._forget_faketime()
        self.log.close()
        self.prefix = list(prefix)
        self.start()

    def kill_hard(self):
        """SIGKILL: no shutdown code runs, as in a crash or power cut."""
        self._end(signal.SIGKILL)
        self.proc.wait()
        self._forget_faketime()
        self.log.close()

    def stop(self):
        if self.proc is not None and self.proc.poll() is None:
            if not self._end(signal.SIGTERM):
                print(f"warning: server ignored SIGTERM for 15s; killing\n{self.output()}")
                self._end(signal.SIGKILL)
            self.proc.wait()
        if self.proc is not None:
            self._forget_faketime()
            self.log.close()
        shutil.rmtree(self.tmp, ignore_errors=True)


def new_browser(language=None):
    """A headless Debian Chromium the size of a phone screen; with `language` ("de"), one whose
    Accept-Language asks for it first."""
    opts = webdriver.ChromeOptions()
    if language:
        opts.add_argument(f"--lang={language}")
        opts.add_experimental_option("prefs", {"intl.accept_languages": f"{language},en;q=0.5"})
    opts.binary_location = os.environ.get("CHROMIUM_BIN") or shutil.which("chromium") or "chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                f"--window-size={PHONE_SIZE[0]},{PHONE_SIZE[1]}"):
        opts.add_argument(arg)
    # Headless windows are at least 500px wide; device emulation gives a true phone viewport
    # (and, like a phone, honours <meta name="viewport">).
    width, height = PHONE_SIZE
    opts.add_experimental_option(
        "mobileEmulation", {"deviceMetrics": {"width": width, "height": height, "pixelRatio": 3.0}})
    # An explicit driver path keeps Selenium Manager from trying to download one (no network).
    driver_path = (os.environ.get("CHROMEDRIVER_BIN") or shutil.which("chromedriver")
                   or "/usr/bin/chromedriver")
    return webdriver.Chrome(options=opts, service=Service(executable_path=driver_path))


# ---- page helpers; failures carry the page's URL and text so a CI log explains itself ----

def describe(driver):
    try:
        body = driver.find_element(By.TAG_NAME, "body").text
    except Exception:  # noqa: BLE001 - best effort diagnostics only
        body = "(no body)"
    return f"\n  at URL: {driver.current_url}\n  page text: {body[:1500]!r}"


def wait_until(driver, condition, what, ignored=()):
    try:
        return WebDriverWait(driver, WAIT_SECONDS, ignored_exceptions=ignored).until(condition)
    except TimeoutException:
        raise AssertionError(f"timed out after {WAIT_SECONDS}s waiting for {what}"
                             + describe(driver)) from None


def find(driver, css):
    return wait_until(driver, EC.visibility_of_element_located((By.CSS_SELECTOR, css)),
                      f"visible element {css!r}")


def tap(driver, css):
    """Finds and clicks `css` on a page that updates itself live: when an update replaces the
    element between finding and clicking, the new one is clicked, as a person's second tap would."""
    def clicked(d):
        try:
            d.find_element(By.CSS_SELECTOR, css).click()
        except WebDriverException as error:
            # Chromium's words for the same race when the node goes between finding and clicking.
            if "does not belong to the document" in str(error):
                return False
            raise
        return True
    wait_until(driver, clicked, f"a click on {css!r}", ignored=(
        NoSuchElementException, StaleElementReferenceException, ElementNotInteractableException))


def reveal(driver, css, by=By.CSS_SELECTOR):
    """Like find, but first taps open any closed <details> around the element, as a person would
    (`by` may say the locator is an XPath instead)."""
    element = wait_until(driver, EC.presence_of_element_located((by, css)), f"element {css!r} in the page")
    closed = driver.execute_script("""
        const closed = [];
        for (let d = arguments[0].closest('details'); d; d = d.parentElement?.closest('details'))
            if (!d.open) closed.unshift(d);
        return closed;""", element)
    for details in closed:
        details.find_element(By.CSS_SELECTOR, ":scope > summary").click()
    return find(driver, css) if by == By.CSS_SELECTOR else driver.find_element(by, css)


def is_present(driver, css):
    return bool(driver.find_elements(By.CSS_SELECTOR, css))


def click_and_wait(driver, css):
    """Clicks a link or submit button and waits until the next page has loaded (no JS forms);
    a control inside a closed <details> is tapped open first, as a person would."""
    button = reveal(driver, css)
    # A mark on the old window object: the next document starts without it. (Selenium's
    # staleness_of can hit a chromedriver race mid-navigation: "Node ... does not belong".)
    driver.execute_script("window.__e2eOldPage = true;")
    button.click()
    wait_until(driver, lambda d: d.execute_script(
        "return !window.__e2eOldPage && document.readyState === 'complete';"),
        f"a new page after clicking {css!r}", ignored=(WebDriverException,))


def walk_pages(driver, server, limit, skip=()):
    """Every page a member reaches from home by following links, breadth first, at most `limit`:
    yields each path once it is loaded. Leaves out the API, assets, calendar feeds, logging out,
    and paths starting with any of `skip`."""
    queue, seen = ["/home"], set()
    while queue and len(seen) < limit:
        path = queue.pop(0)
        if path in seen:
            continue
        seen.add(path)
        driver.get(server.url(path))
        links = driver.execute_script("return [...document.querySelectorAll('a[href]')].map(a => a.href)")
        yield path
        for href in links:
            link = urlparse(urljoin(server.url(path), href))
            if link.netloc == urlparse(server.url("/")).netloc and "logout" not in link.path \
                    and not link.path.startswith(("/api", "/assets", "/calendar") + tuple(skip)):
                queue.append(link.path + (f"?{link.query}" if link.query else ""))


def url_path(url):
    return urlsplit(url).path


def later(days):
    """A prefix that runs the server `days` later by the wall clock (Debian's faketime); its
    timers keep the real monotonic clock."""
    return ["env", "FAKETIME_DONT_FAKE_MONOTONIC=1", "faketime", "-f", f"+{days}d"]


def asked_on_home(driver):
    """What waits on home (each item's classes), leaving out tonight's journal prompt, which the
    member's evening brings whatever a scenario does: empty when nothing is asked."""
    find(driver, "#today")
    return [item.get_attribute("class")
            for item in driver.find_elements(By.CSS_SELECTOR, "#waiting .waiting-item:not(.journal)")]


def wait_for_path(driver, path):
    wait_until(driver, lambda d: url_path(d.current_url) == path, f"URL path {path!r}")


def texts(driver, css):
    return [e.text.strip() for e in driver.find_elements(By.CSS_SELECTOR, css)]


def fill_signup(driver, name, email, password=PASSWORD):
    """Fills and submits the signup form already on screen; a new account is shown its recovery
    code once (`keep_recovery_code`)."""
    for field, value in (("name", name), ("email", email), ("password", password)):
        box = find(driver, f"input[name='{field}']")
        box.clear()
        box.send_keys(value)
    click_and_wait(driver, "#signup-submit")
    keep_recovery_code(driver)


def log_in(driver, server, email, password=PASSWORD):
    """Logs in from the log-in page. A log-in that gave a member from before a key of their own
    shows the recovery code once: kept on the driver and clicked through, as at sign-up."""
    driver.get(server.url("/login"))
    find(driver, "input[name='email']").send_keys(email)
    find(driver, "input[name='password']").send_keys(password)
    click_and_wait(driver, "#login-submit")
    keep_recovery_code(driver)


def keep_recovery_code(driver):
    """The recovery code, if this page shows it: kept on the driver (`driver.recovery_code`), as a
    person would write it down, and the page left by its "kept it" link."""
    codes = driver.find_elements(By.CSS_SELECTOR, "#recovery-code")
    if codes:
        driver.recovery_code = codes[0].text
        click_and_wait(driver, "#recovery-code-kept")


def signup(driver, server, name, email=None, password=PASSWORD):
    driver.get(server.url("/signup"))
    fill_signup(driver, name, email or unique_email(name), password)


def start_couple_and_invite(driver):
    """From /home with no couple: starts a couple, makes an invite and returns its link."""
    click_and_wait(driver, "#start-couple")
    click_and_wait(driver, "#create-invite")
    return find(driver, "#invite-link").get_attribute("href")


def join_with_new_account(driver, link, name, email=None, password=PASSWORD):
    """Opens an invite link logged out, signs up from there, joins and lands on /home."""
    driver.get(link)
    assert_fits_phone(driver)
    click_and_wait(driver, "#signup-to-join")
    fill_signup(driver, name, email or unique_email(name), password)
    wait_for_path(driver, url_path(link))
    click_and_wait(driver, "#join-couple")
    wait_for_path(driver, "/home")


def open_area(driver, server, name):
    """Opens one area's repair screen from the overview, as a person would: by tapping its row."""
    driver.get(server.url("/repair"))
    click_and_wait(driver, f"#area-overview li.area-row[data-area-name='{name}'] a")
    find(driver, f"section.area-repair[data-area-name='{name}']")


def assert_fits_phone(driver):
    """Fails unless the page is laid out at phone width with no sideways scrolling."""
    layout, scroll = driver.execute_script(
        "const e = document.documentElement; return [e.clientWidth, e.scrollWidth];")
    if layout > PHONE_SIZE[0]:
        raise AssertionError(f"page laid out {layout}px wide on a {PHONE_SIZE[0]}px phone "
                             '(missing <meta name="viewport" content="width=device-width">?)'
                             + describe(driver))
    if scroll > layout:
        raise AssertionError(f"page is {scroll - layout}px wider than the phone screen"
                             + describe(driver))


class E2ETestCase(unittest.TestCase):
    """One server per test class; browsers are closed after each test."""

    server_args = ()  # extra `trellis serve` arguments for the class's server

    @classmethod
    def setUpClass(cls):
        cls.server = Server(cls.server_args)
        try:
            cls.server.start()
        except BaseException:
            cls.server.stop()
            raise

    @classmethod
    def tearDownClass(cls):
        cls.server.stop()

    def browser(self, language=None):
        driver = new_browser(language)
        self.addCleanup(driver.quit)
        return driver

    def paired_browsers(self, first="Alice", second="Bob"):
        """Two phone browsers, signed up as `first` and `second` and paired by invite link."""
        inviter = self.browser()
        signup(inviter, self.server, first)
        wait_for_path(inviter, "/home")
        link = start_couple_and_invite(inviter)
        joiner = self.browser()
        join_with_new_account(joiner, link, second)
        return inviter, joiner

    def couple_under_faketime(self, first="Sam", second="Alex"):
        """A server of the test's own whose wall clock a scenario moves (`server.restart(prefix=
        later(days))`), and two phones paired on it: (server, first, second, their emails)."""
        server = Server(prefix=later(0))
        server.start()
        self.addCleanup(server.stop)
        emails = unique_email(first), unique_email(second)
        inviter, joiner = self.browser(), self.browser()
        signup(inviter, server, first, emails[0])
        wait_for_path(inviter, "/home")
        join_with_new_account(joiner, start_couple_and_invite(inviter), second, emails[1])
        return server, inviter, joiner, emails

    def run(self, result=None):
        # Put the server's log beside any failure; it is usually where the cause is.
        failures_before = len(result.failures) + len(result.errors) if result else 0
        outcome = super().run(result)
        if result and len(result.failures) + len(result.errors) > failures_before:
            print("\n" + self.server.output())
        return outcome
