"""Outside help between two phones: a listed clinician is found by what brought the couple, one
partner asks her in with what they will show, the other consents to a different set, only what
both chose is open, and either partner's withdrawal ends it for both."""

import datetime

from selenium.webdriver.support.ui import Select

from api import call
from harness import (E2ETestCase, assert_fits_phone, click_and_wait, find, reveal, signup, unique_email,
                     wait_for_path)


class HelpTest(E2ETestCase):

    def a_listed_clinician(self):
        status, answer = call(self.server, "POST", "/api/v1/accounts", {
            "name": "Ben", "email": unique_email("ben"), "password": "ben listens closely"})
        self.assertEqual(status, 201)
        status, _ = call(self.server, "PUT", "/api/v1/me/clinician", {
            "name": "Dr Ben Okafor", "approaches": ["affairRecovery", "emotionallyFocused"], "online": True,
            "place": "Leeds", "languages": ["English"], "about": "I help couples after an affair.",
            "listed": True}, token=answer["session"]["token"])
        self.assertEqual(status, 200)

    def a_listed_clinician_on_the_web(self, name="Dr Ana Rivera"):
        """Ana signs up and fills in her clinician profile; a refusal keeps what she wrote."""
        ana = self.browser()
        signup(ana, self.server, "Ana")
        wait_for_path(ana, "/home")
        ana.get(self.server.url("/settings"))
        click_and_wait(ana, "#clinician-profile")
        field = find(ana, "input[name='name']")
        field.clear()
        field.send_keys(name)
        find(ana, "input[name='languages']").send_keys("English, Español")
        find(ana, "textarea[name='about']").send_keys("I help couples after an affair.")
        find(ana, "input[name='online']").click()
        find(ana, "input[name='listed']").click()
        click_and_wait(ana, "#save-clinician")
        self.assertIn("Choose at least one way you work", find(ana, "#approaches-error").text)
        self.assertEqual(find(ana, "textarea[name='about']").get_attribute("value"), "I help couples after an affair.")
        find(ana, "input[value='affairRecovery']").click()
        find(ana, "input[value='emotionallyFocused']").click()
        click_and_wait(ana, "#save-clinician")
        self.assertIn("Your profile is saved", find(ana, "#confirmation").text)
        self.assertTrue(find(ana, "input[name='listed']").is_selected())
        assert_fits_phone(ana)
        return ana

    def test_both_consent_and_either_withdraws(self):
        ana = self.a_listed_clinician_on_the_web()
        sam, alex = self.paired_browsers("Sam", "Alex")

        sam.get(self.server.url("/home"))
        click_and_wait(sam, "#nav-help")
        self.assertIn("Nobody yet", find(sam, "#clinicians").text)
        click_and_wait(sam, "#find-clinician")
        Select(find(sam, "select[name='situation']")).select_by_visible_text("An affair")
        click_and_wait(sam, "#search-clinicians")
        found = find(sam, "#found").text
        self.assertIn("Dr Ana Rivera", found)
        self.assertIn("Affair recovery: works through disclosure", found)
        assert_fits_phone(sam)
        reveal(sam, "#found input[value='repair']").click()
        find(sam, "#found input[value='integrity']").click()
        click_and_wait(sam, "#found .ask-in")
        self.assertIn("Nothing is open to them until Alex consents too", find(sam, "#confirmation").text)
        self.assertIn("Nothing is open to them now", find(sam, "#clinicians").text)

        alex.get(self.server.url("/help"))
        card = find(alex, "#clinicians").text
        self.assertIn("Asked in by Sam", card)
        self.assertIn("Sam: Repair work, Integrity practices", card)
        reveal(alex, "#clinicians input[value='integrity']").click()
        find(alex, "#clinicians input[value='windows']").click()
        click_and_wait(alex, ".keep-consent")
        self.assertIn("Open to them now: Integrity practices, until", find(alex, "#clinicians").text)
        assert_fits_phone(alex)

        # The clinician reads what both chose; the couple sees that she looked, and her note.
        click_and_wait(ana, "#nav-clients")
        self.assertIn("Integrity practices", find(ana, "main").text)
        click_and_wait(ana, "a.button[href^='/clients/']")
        self.assertIn("Open to you: Integrity practices", find(ana, "main").text)
        find(ana, "textarea[name='text']").send_keys("Notice one small kindness a day this week")
        click_and_wait(ana, "#leave-note")
        assert_fits_phone(ana)
        client_page = ana.current_url.split("?")[0]

        sam.get(self.server.url("/help"))
        self.assertIn("Open to them now: Integrity practices", find(sam, "#clinicians").text)
        self.assertIn("Dr Ana Rivera read: Integrity practices", find(sam, "#access-log").text)
        self.assertIn("Notice one small kindness a day", find(sam, "#clinician-notes").text)
        click_and_wait(sam, ".withdraw-clinician")
        self.assertIn("Your consent is withdrawn", find(sam, "#confirmation").text)
        self.assertIn("Nobody yet", find(sam, "#clinicians").text)
        alex.get(self.server.url("/help"))
        self.assertIn("Nobody yet", find(alex, "#clinicians").text)
        ana.get(client_page)
        self.assertNotIn("Open to you", ana.page_source)
        looks = [li.text for li in find(alex, "#access-log").find_elements("css selector", "li")]
        self.assertEqual(len(looks), 1, looks)
        self.assertIn("Dr Ana Rivera read: Integrity practices, 2 times", looks[0],
                      "the first read and the one after the note, as one visit; nothing after withdrawal")

    def test_a_refused_consent_keeps_what_was_chosen(self):
        self.a_listed_clinician()
        sam, _ = self.paired_browsers("Sam", "Alex")
        sam.get(self.server.url("/help/find?situation=affair"))
        reveal(sam, "#found input[value='windows']").click()
        date = find(sam, "#found input[name='until']")
        sam.execute_script("arguments[0].value = arguments[1]", date,
                           (datetime.date.today() + datetime.timedelta(days=500)).isoformat())
        click_and_wait(sam, "#found .ask-in")
        self.assertIn("within a year", find(sam, "#refused").text)
        self.assertTrue(find(sam, "input[value='windows']").is_selected())
        self.assertIn("Nobody yet", find(sam, "#clinicians").text)

    def test_a_clinicians_suggestion_is_taken_on_or_not(self):
        """Ana suggests an expectation on her page; it waits on Alex's home, Alex proposes it to Sam
        in an area, and it reaches Sam the usual way; Ana sees what became of it."""
        ana = self.a_listed_clinician_on_the_web("Dr Cleo Marsh")
        sam, alex = self.paired_browsers("Sam", "Alex")
        sam.get(self.server.url("/help/find?situation=affair"))
        # Other tests' clinicians may be listed too: ask in the one by her name.
        card = f"//section[@id='found']//li[h3[text()='Dr Cleo Marsh']]"
        reveal(sam, card + "//input[@value='repair']", by="xpath").click()
        sam.find_element("xpath", card + "//input[@value='expectations']").click()
        sam.find_element("xpath", card + "//button[contains(@class, 'ask-in')]").click()
        wait_for_path(sam, "/help")
        alex.get(self.server.url("/home"))
        self.assertIn("Sam asked Dr Cleo Marsh in", find(alex, "#waiting").text)
        click_and_wait(alex, "#waiting a[href^='/help']")
        reveal(alex, "#clinicians input[value='repair']").click()
        find(alex, "#clinicians input[value='expectations']").click()
        click_and_wait(alex, ".keep-consent")

        ana.get(self.server.url("/clients"))
        click_and_wait(ana, "a.button[href^='/clients/']")
        self.assertIn("How trust is growing", find(ana, "#client-pictures").text)
        Select(find(ana, "select[name='kind']")).select_by_visible_text("An expectation")
        find(ana, "textarea[name='words']").send_keys("We talk about money on Sunday evenings")
        click_and_wait(ana, "#suggest")
        self.assertIn("It is theirs to take on, or not", find(ana, "#confirmation").text)
        assert_fits_phone(ana)

        alex.get(self.server.url("/home"))
        self.assertIn("Dr Cleo Marsh suggested an expectation", find(alex, "#waiting").text)
        click_and_wait(alex, "#waiting a[href*='#suggestions']")
        card = find(alex, "#suggestions").text
        self.assertIn("We talk about money on Sunday evenings", card)
        Select(find(alex, "#suggestions select[name='area']")).select_by_visible_text("Money")
        click_and_wait(alex, "#suggestions .take-on")
        self.assertIn("Taken on", find(alex, "#confirmation").text)
        self.assertIn("taken on by you", find(alex, "#suggestions").text)
        assert_fits_phone(alex)

        sam.get(self.server.url("/home"))
        self.assertIn("Alex proposed words for what you expect in Money", find(sam, "#waiting").text)
        ana.get(ana.current_url.split("?")[0])
        self.assertIn("Taken on by Alex", find(ana, "#client-suggestions").text)
