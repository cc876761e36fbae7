extension EnglishCatalog {
    static let days = #"""
        day.today = Today
        day.yesterday = Yesterday
        day.tomorrow = Tomorrow
        day.todayInSentence = today
        day.yesterdayInSentence = yesterday
        day.tomorrowInSentence = tomorrow
        # How often a clear action is due: "once, by Tue 1 Dec", "every Monday, Thursday".
        cadence.onceBy = once, by {day}
        cadence.daily = every day
        cadence.weekdays = every {days}
        cadence.whenever = whenever {situation}
        """#
}
