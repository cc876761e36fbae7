"""Each member in their own language: every page's words come from the catalog (the pseudo-language
shows any that do not), and two partners reading in two languages each get their own, with what
the other wrote untouched."""

import glob
import os
import re
import unittest
import urllib.request

from api import call
from harness import (
    PASSWORD, REPO_ROOT, E2ETestCase, Server, assert_fits_phone, find, log_in, signup, unique_email,
    walk_pages, wait_for_path)

CATALOGS = os.path.join(REPO_ROOT, "Sources", "TrellisLanguage", "Catalogs")

# The words of a page a person reads or hears: its text (hidden parts too, such as a closed
# <details>) and the attributes a screen reader says. Left out: time zone names and each language's
# own name, which are names, not sentences.
VISIBLE_WORDS = """
const page = document.body.cloneNode(true);
for (const e of page.querySelectorAll('script, style, select[name=timeZone] option, [lang]')) e.remove();
const words = [page.textContent];
for (const e of page.querySelectorAll('[placeholder], [aria-label], [title], img[alt]')) {
  for (const a of ['placeholder', 'aria-label', 'title', 'alt']) if (e.getAttribute(a)) words.push(e.getAttribute(a));
}
words.push(document.title);
return words;"""


def outside_our_sentences(text):
    """What is left of `text` once every ⟦sentence⟧ is taken out (innermost first: a sentence may
    hold another, such as a day)."""
    while True:
        shorter = re.sub(r"⟦[^⟦⟧]*⟧", " ", text)
        if shorter == text:
            return text
        text = shorter


def catalog(language):
    """The catalog's sentences in one language, by key, read from its Swift files."""
    name = {"en": "English", "de": "German", "es": "Spanish"}[language]
    sentences = {}
    for path in glob.glob(os.path.join(CATALOGS, name, "*.swift")):
        with open(path, encoding="utf-8") as lines:
            for line in lines:
                match = re.match(r"\s+([A-Za-z0-9_.\[\]]+) = (.*)$", line)
                if match:
                    sentences[match.group(1)] = match.group(2)
    return sentences


def sign_up_over_api(server, name, language=None):
    """An account made through the API (its Accept-Language, if any, chooses its language)."""
    import json
    import urllib.request
    email = unique_email(name)
    request = urllib.request.Request(
        server.url("/api/v1/accounts"), method="POST",
        data=json.dumps({"email": email, "password": PASSWORD, "name": name}).encode())
    request.add_header("Content-Type", "application/json")
    if language:
        request.add_header("Accept-Language", language)
    with urllib.request.urlopen(request, timeout=30) as response:
        return email, json.loads(response.read())["session"]["token"]


def pair(server, first, second):
    """Pairs two API accounts; returns the couple's id and its first area's."""
    _, couple = call(server, "POST", "/api/v1/couples", {}, first)
    _, invite = call(server, "POST", f"/api/v1/couples/{couple['id']}/invites", None, first)
    call(server, "POST", "/api/v1/invites/accept", {"code": invite["code"]}, second)
    return couple["id"], couple["areas"][1]["id"]


class PseudoLanguageTest(E2ETestCase):
    """With the pseudo-language, every sentence of ours is wrapped in ⟦ ⟧: anything a page shows
    outside the brackets that is not a person's own words skipped the catalog."""

    server_args = ("--language", "qps")

    # What the members typed, their names and addresses: theirs, never ours to translate.
    THEIR_WORDS = ["The card statement I found", "Show me the statements", "Show me the card statement each Sunday",
                   "You asked about my day", "Maya", "Sam", "Trellis",
                   # The device list names each browser as it signed in; the zone is a name.
                   "Chrome on Linux", "UTC"]

    def test_every_page_a_member_reaches_says_only_catalog_sentences(self):
        maya_email, maya = sign_up_over_api(self.server, "Maya")
        _, sam = sign_up_over_api(self.server, "Sam")
        couple, area = pair(self.server, maya, sam)
        base = f"/api/v1/couples/{couple}"
        call(self.server, "PUT", f"{base}/areas/{area}/switch", {"on": False}, maya)
        call(self.server, "POST", f"{base}/areas/{area}/hurts",
             {"what": self.THEIR_WORDS[0], "help": self.THEIR_WORDS[1], "private": False}, maya)
        call(self.server, "POST", f"{base}/areas/{area}/questions", {"kind": "whatHappened"}, sam)
        call(self.server, "POST", f"{base}/actions", {"areaId": area, "what": self.THEIR_WORDS[2],
                                                      "cadence": {"kind": "weekdays", "days": ["sunday"]}}, maya)
        call(self.server, "POST", f"{base}/noticings", {"what": self.THEIR_WORDS[3], "shared": True}, sam)

        driver = self.browser()
        log_in(driver, self.server, maya_email)
        wait_for_path(driver, "/home")
        self.assertEqual(driver.find_element("css selector", "html").get_attribute("lang"), "en-XA")
        untranslated, pages = [], 0
        for path in walk_pages(driver, self.server, 60):
            pages += 1
            for words in driver.execute_script(VISIBLE_WORDS):
                rest = outside_our_sentences(words)
                for theirs in self.THEIR_WORDS + [maya_email]:
                    rest = rest.replace(theirs, " ")
                for leftover in re.findall(r"\S*[^\W\d_]{2,}\S*", rest):
                    untranslated.append(f"{path}: {leftover}")
            assert_fits_phone(driver)
        self.assertGreater(pages, 20)
        self.assertEqual(sorted(set(untranslated)), [])


class TwoLanguagesTest(E2ETestCase):
    """Maya reads in German and Sam in Spanish: each one's pages, answers and calendar in their own
    language; what each wrote reaches the other exactly as written."""

    def test_each_partner_reads_in_their_own_language_and_the_others_words_stay_theirs(self):
        maya_email, maya = sign_up_over_api(self.server, "Maya", "de-DE,de;q=0.9,en;q=0.5")
        sam_email, sam = sign_up_over_api(self.server, "Sam", "es-ES,es;q=0.9")
        self.assertEqual(call(self.server, "GET", "/api/v1/me/settings", token=maya)[1]["language"], "de")
        self.assertEqual(call(self.server, "GET", "/api/v1/me/settings", token=sam)[1]["language"], "es")
        couple, area = pair(self.server, maya, sam)
        sams_words = "You asked about my day, even when I was short with you"
        call(self.server, "POST", f"/api/v1/couples/{couple}/noticings", {"what": sams_words, "shared": True}, sam)

        german, spanish = catalog("de"), catalog("es")
        for email, language, sentences in ((maya_email, "de", german), (sam_email, "es", spanish)):
            # A browser asking for English: the member's own choice wins.
            driver = self.browser("en")
            log_in(driver, self.server, email)
            wait_for_path(driver, "/home")
            self.assertEqual(driver.find_element("css selector", "html").get_attribute("lang"), language)
            page = driver.find_element("css selector", "body").text
            self.assertIn(sentences["common.account.logOut"], page)
            driver.get(self.server.url("/integrity"))
            if language == "de":
                self.assertIn(sams_words, driver.find_element("css selector", "body").text)

        # Each one's calendar speaks their language (a calendar app asks with no one logged in).
        for token, sentences in ((maya, german), (sam, spanish)):
            status, feed = call(self.server, "POST", "/api/v1/calendar-feed", None, token)
            self.assertEqual(status, 201)
            with urllib.request.urlopen(feed["url"], timeout=30) as answer:
                calendar = answer.read().decode("utf-8")
            self.assertIn(sentences["home.calendar.journal"], calendar)

        # A refusal in the caller's language, with its stable code.
        status, body = call(self.server, "PUT", "/api/v1/me/settings", {"language": "fr"}, maya)
        self.assertEqual((status, body["error"]["code"], body["error"]["field"]), (422, "invalid_language", "language"))
        self.assertEqual(body["error"]["message"], german["language.unknown"].replace("{codes}", "en, de, es"))
        status, body = call(self.server, "PUT", "/api/v1/me/settings", {"language": "es"}, maya)
        self.assertEqual((status, body["language"]), (200, "es"))


if __name__ == "__main__":
    unittest.main()
