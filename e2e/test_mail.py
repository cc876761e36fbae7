"""Mail through a real SMTP server (aiosmtpd with TLS on a self-signed certificate and a
password): "forgot my password" end to end in a phone browser, the same answer for an address
nobody uses, the mail neutral and the link one-use; and a mail written before a crash (kill -9)
arrives once after the restart."""

import base64
import email
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import unittest
import urllib.request
from email import policy
from urllib.parse import quote

from selenium.webdriver.support.ui import Select

from harness import (PASSWORD, REPO_ROOT, E2ETestCase, Server, assert_fits_phone, click_and_wait, find,
                     log_in, signup, unique_email, wait_for_path)

SCRIPT = os.path.join(REPO_ROOT, "Tests", "TrellisMailTests", "smtp_server.py")
MAIL_PASSWORD = "a mail password"
NEW_PASSWORD = "the heron stood still in the reeds"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class MailServer:
    """smtp_server.py in a process of its own; mails land in `out` as files."""

    def __init__(self, port=0):
        self.out = tempfile.mkdtemp(prefix="trellis-mail-")
        self.proc = subprocess.Popen([sys.executable, SCRIPT, "--out", self.out, "--port", str(port)],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                     text=True)
        words = self.proc.stdout.readline().split()
        assert words and words[0] == "READY", f"the SMTP server did not start: {words}"
        self.port, self.cert = int(words[1]), words[3]

    def url(self, port=None):
        return f"smtp://trellis:{quote(MAIL_PASSWORD)}@localhost:{port or self.port}"

    def mails(self):
        found = []
        for name in sorted(os.listdir(self.out)):
            if name.endswith(".eml"):
                with open(os.path.join(self.out, name), "rb") as f:
                    found.append(email.message_from_bytes(f.read(), policy=policy.default))
        return found

    def wait_for(self, count, seconds=20):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if len(self.mails()) >= count:
                return self.mails()
            time.sleep(0.25)
        raise AssertionError(f"{count} mail(s) expected, {len(self.mails())} arrived")

    def wait_for_mail(self, to, subject, seconds=20):
        """The one mail to `to` with `subject`, once it has arrived."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            found = [m for m in self.mails()
                     if m["To"].addresses[0].addr_spec == to and m["Subject"] == subject]
            if found:
                return found[0]
            time.sleep(0.25)
        raise AssertionError(f"no mail {subject!r} to {to} arrived")

    def stop(self):
        if self.proc.poll() is None:
            self.proc.stdin.close()
            self.proc.wait(timeout=10)
        shutil.rmtree(self.out, ignore_errors=True)


def text_of(mail):
    return mail.get_body(preferencelist=("plain",)).get_content()


def readable(mail):
    """What a person (or a mail filter) can read of a mail: its headers and every part, decoded,
    with random tokens (ids, boundaries, links' secrets) blanked, so a base64 line or a token that
    happens to spell a name is not mistaken for one."""
    words = [f"{name}: {value}" for name, value in mail.items()]
    words += [part.get_content() for part in mail.walk() if part.get_content_maintype() == "text"]
    return without_tokens("\n".join(words))


def without_tokens(text):
    return re.sub(r"[A-Za-z0-9_.=-]{20,}", "<token>", text)


def link_in(mail, path):
    return re.search(r"(http://\S+/" + path + r"/\S+)", text_of(mail)).group(1)


def confirm_address(driver, mail_server, address):
    """Opens the sign-up's confirmation link, as the address's owner would."""
    mail = mail_server.wait_for_mail(address, "Confirm your address for Trellis")
    driver.get(link_in(mail, "verify"))
    click_and_wait(driver, "#confirm-address")
    find(driver, "#address-confirmed")


class MailTestCase(E2ETestCase):
    """The class's server sends through a real SMTP server of its own."""

    @classmethod
    def setUpClass(cls):
        cls.mail = MailServer()
        cls.server_args = ("--smtp-url", cls.mail.url(), "--mail-from", "trellis@example.test",
                           "--smtp-trust-file", cls.mail.cert)
        try:
            super().setUpClass()
        except BaseException:
            cls.mail.stop()
            raise

    @classmethod
    def tearDownClass(cls):
        super().tearDownClass()
        cls.mail.stop()


class ForgotPasswordTest(MailTestCase):

    def test_forgot_my_password_by_mail(self):
        email_address = unique_email("Sam")
        sam = self.browser()
        signup(sam, self.server, "Sam", email_address)
        # Until the address is proven, nothing else goes there: the sign-up's link first.
        confirm_address(sam, self.mail, email_address)
        sam.get(self.server.url("/home"))
        click_and_wait(sam, "#logout")

        sam.get(self.server.url("/login"))
        click_and_wait(sam, "#forgot-password")
        assert_fits_phone(sam)
        find(sam, "input[name='email']").send_keys(email_address)
        click_and_wait(sam, "#send-reset-link")
        self.assertIn("Look in your email", find(sam, "h1").text)
        mail = self.mail.wait_for_mail(email_address, "Your link to set a new password")

        # Neutral: no name, and the words of the kind only; from the configured sender.
        self.assertEqual(mail["To"].addresses[0].addr_spec, email_address)
        self.assertIn("trellis@example.test", mail["From"])
        self.assertEqual(mail["Subject"], "Your link to set a new password")
        self.assertNotIn("Sam", text_of(mail))
        link = link_in(mail, "reset")

        # An address nobody uses: the same answer, and no mail.
        stranger = self.browser()
        stranger.get(self.server.url("/forgot"))
        find(stranger, "input[name='email']").send_keys(unique_email("Nobody"))
        click_and_wait(stranger, "#send-reset-link")
        self.assertIn("Look in your email", find(stranger, "h1").text)
        time.sleep(3)  # two rounds of the sender
        self.assertEqual(len(self.mail.mails()), 2)

        sam.get(link)
        find(sam, "input[name='newPassword']").send_keys(NEW_PASSWORD)
        click_and_wait(sam, "#reset-password")
        wait_for_path(sam, "/login")
        log_in(sam, self.server, email_address, NEW_PASSWORD)
        wait_for_path(sam, "/home")
        sam.get(link)
        self.assertIn("no longer works", find(sam, "h1").text, "the link works once")


class NudgeTest(MailTestCase):
    """A nudge through the real SMTP server: neutral, with a one-click unsubscribe that works."""

    def mails_to(self, address):
        return [m for m in self.mail.mails() if m["To"].addresses[0].addr_spec == address]

    def paired_with_nudges_on(self, alice, bob):
        """Alice signs up on `alice`, proves her address and wants nudges all day (so the test does
        not depend on the clock); Bob joins her on `bob`. Her email address."""
        alice_email = unique_email("Alice")
        signup(alice, self.server, "Alice", alice_email)
        deadline = time.monotonic() + 20
        while not self.mails_to(alice_email) and time.monotonic() < deadline:
            time.sleep(0.25)
        alice.get(link_in(self.mails_to(alice_email)[0], "verify"))
        click_and_wait(alice, "#confirm-address")
        alice.get(self.server.url("/settings"))
        Select(find(alice, "select[name='fromHour']")).select_by_value("0")
        Select(find(alice, "select[name='untilHour']")).select_by_value("24")
        click_and_wait(alice, "#save-reminders")
        alice.get(self.server.url("/home"))
        link = __import__("harness").start_couple_and_invite(alice)
        __import__("harness").join_with_new_account(bob, link, "Bob", unique_email("Bob"))
        return alice_email

    def test_a_nudge_says_nothing_and_stops_in_one_click(self):
        alice, bob = self.browser(), self.browser()
        alice_email = self.paired_with_nudges_on(alice, bob)
        bob.get(self.server.url("/integrity"))
        find(bob, "#feedback-text").send_keys("PRIVATE-WORDS you looked away at dinner")
        click_and_wait(bob, "#give-feedback")
        deadline = time.monotonic() + 20
        nudges = []
        while time.monotonic() < deadline and not nudges:
            nudges = [m for m in self.mails_to(alice_email) if "waiting" in m["Subject"]]
            time.sleep(0.25)
        self.assertEqual(len(nudges), 1, "a nudge arrives, once")
        nudge = nudges[0]
        self.assertEqual(nudge["Subject"], "Something is waiting for you in Trellis")
        raw = readable(nudge)
        for secret in ("Bob", "Alice", "PRIVATE-WORDS", "dinner", "feedback"):
            self.assertNotIn(secret, raw, f"a nudge says nothing of who or what: {secret!r}")
        self.assertEqual(nudge["List-Unsubscribe-Post"], "List-Unsubscribe=One-Click")
        unsubscribe = nudge["List-Unsubscribe"].strip("<>")
        request = urllib.request.Request(unsubscribe, data=b"List-Unsubscribe=One-Click", method="POST")
        with urllib.request.urlopen(request) as answer:
            self.assertEqual(answer.status, 200)
        alice.get(self.server.url("/settings"))
        self.assertTrue(find(alice, "input[name='paused']").is_selected(), "one click paused them all")

        # Every mail this server sent, and every line it logged, read for names, words and areas.
        everything = "".join(readable(m) for m in self.mail.mails())
        everything += without_tokens(self.server.output(tail=10**9))
        for secret in ("Bob", "Alice", "PRIVATE-WORDS", "dinner", "Honesty", "Money", "Phone and privacy"):
            self.assertNotIn(secret, everything, f"no mail or log line names {secret!r}")

    def test_a_nudge_comes_in_the_language_of_whoever_it_is_for(self):
        """Bob's step (his browser English) nudges Alice, whose browser is German: hers is German."""
        from test_languages import catalog
        alice, bob = self.browser("de"), self.browser("en")
        alice_email = self.paired_with_nudges_on(alice, bob)
        bob.get(self.server.url("/integrity"))
        find(bob, "#feedback-text").send_keys("You looked away at dinner")
        click_and_wait(bob, "#give-feedback")
        german = catalog("de")["home.mail.waiting.subject"].replace("{app}", "Trellis")
        self.assertEqual(self.mail.wait_for_mail(alice_email, german)["Subject"], german)


@unittest.skipUnless(shutil.which("faketime"), "needs Debian's faketime")
class MailAfterACrashTest(unittest.TestCase):
    """A mail written while the SMTP server is away, then kill -9: after the restart it arrives,
    once."""

    def test_a_mail_written_before_a_crash_arrives_once(self):
        first = MailServer()
        self.addCleanup(first.stop)
        port = first.port
        server = Server(("--smtp-url", first.url(), "--mail-from", "trellis@example.test",
                         "--smtp-trust-file", first.cert))
        server.start()
        self.addCleanup(server.stop)
        driver = __import__("harness").new_browser()
        self.addCleanup(driver.quit)
        address = unique_email("Sam")
        signup(driver, server, "Sam", address)
        confirm_address(driver, first, address)
        first.stop()  # the mail server goes away

        driver.get(server.url("/forgot"))
        find(driver, "input[name='email']").send_keys(address)
        click_and_wait(driver, "#send-reset-link")
        time.sleep(3)  # the sender tries, the server is away: due again in a minute
        server.kill_hard()

        mail = MailServer(port)
        self.addCleanup(mail.stop)
        server.extra_args = ["--smtp-url", mail.url(), "--mail-from", "trellis@example.test",
                             "--smtp-trust-file", mail.cert]
        server.prefix = ["env", "FAKETIME_DONT_FAKE_MONOTONIC=1", "faketime", "-f", "+3m"]
        server.start()
        try:
            arrived = mail.wait_for(1, seconds=30)
        except AssertionError:
            print(server.output())
            raise
        time.sleep(5)
        self.assertEqual(len(mail.mails()), 1, "it arrives once")
        self.assertEqual(arrived[0]["Subject"], "Your link to set a new password")
