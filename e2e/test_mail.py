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
from email import policy
from urllib.parse import quote

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

    def stop(self):
        if self.proc.poll() is None:
            self.proc.stdin.close()
            self.proc.wait(timeout=10)
        shutil.rmtree(self.out, ignore_errors=True)


def text_of(mail):
    return mail.get_body(preferencelist=("plain",)).get_content()


def link_in(mail, path):
    return re.search(r"(http://\S+/" + path + r"/\S+)", text_of(mail)).group(1)


def confirm_address(driver, mail_server, count):
    """Opens the confirmation link of the `count`-th mail (the sign-up's), as its owner would."""
    mail = mail_server.wait_for(count)[count - 1]
    assert mail["Subject"] == "Confirm your address for Trellis", mail["Subject"]
    driver.get(link_in(mail, "verify"))
    click_and_wait(driver, "#confirm-address")
    find(driver, "#address-confirmed")


class ForgotPasswordTest(E2ETestCase):
    """The class's server sends through a real SMTP server."""

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

    def test_forgot_my_password_by_mail(self):
        email_address = unique_email("Sam")
        sam = self.browser()
        signup(sam, self.server, "Sam", email_address)
        # Until the address is proven, nothing else goes there: the sign-up's link first.
        confirm_address(sam, self.mail, 1)
        sam.get(self.server.url("/home"))
        click_and_wait(sam, "#logout")

        sam.get(self.server.url("/login"))
        click_and_wait(sam, "#forgot-password")
        assert_fits_phone(sam)
        find(sam, "input[name='email']").send_keys(email_address)
        click_and_wait(sam, "#send-reset-link")
        self.assertIn("Look in your email", find(sam, "h1").text)
        mail = self.mail.wait_for(2)[1]

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
        click_and_wait(sam, "form button")
        wait_for_path(sam, "/login")
        log_in(sam, self.server, email_address, NEW_PASSWORD)
        wait_for_path(sam, "/home")
        sam.get(link)
        self.assertIn("no longer works", find(sam, "h1").text, "the link works once")


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
        confirm_address(driver, first, 1)
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
