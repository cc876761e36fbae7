extension GermanCatalog {
    static let days = #"""
        day.today = Heute
        day.yesterday = Gestern
        day.tomorrow = Morgen
        day.todayInSentence = heute
        day.yesterdayInSentence = gestern
        day.tomorrowInSentence = morgen
        cadence.onceBy = einmal, bis {day}
        cadence.daily = jeden Tag
        cadence.weekdays = jeden {days}
        cadence.whenever = immer wenn {situation}
        """#
}
