extension SpanishCatalog {
    static let days = #"""
        day.today = Hoy
        day.yesterday = Ayer
        day.tomorrow = Mañana
        day.todayInSentence = hoy
        day.yesterdayInSentence = ayer
        day.tomorrowInSentence = mañana
        cadence.onceBy = una vez, a más tardar el {day}
        cadence.daily = cada día
        cadence.weekdays = cada {days}
        cadence.whenever = siempre que {situation}
        """#
}
