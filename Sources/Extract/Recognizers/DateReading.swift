/// A calendar reference with the parts the text gives; a missing year is
/// filled in later from context (see ``YearContext``) or written `XXXX`.
public struct CalendarValue: Sendable, Equatable {
    public var year: Int?
    public var month: Int?
    public var day: Int?
    public var quarter: Int?

    public init(year: Int? = nil, month: Int? = nil, day: Int? = nil, quarter: Int? = nil) {
        self.year = year; self.month = month; self.day = day; self.quarter = quarter
    }

    /// TIMEX3-style ISO value: `2019-06-19`, `XXXX-10-12`, `2018-10`, `2018`, `2019-Q1`.
    public var iso: String {
        let y = year.map { pad($0, 4) } ?? "XXXX"
        if let quarter { return "\(y)-Q\(quarter)" }
        guard let month else { return y }
        guard let day else { return "\(y)-\(pad(month, 2))" }
        return "\(y)-\(pad(month, 2))-\(pad(day, 2))"
    }

    private func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}

/// Parsing of the number shapes dates are written in.
public enum DateReading {
    public static let years = 1900...2100

    /// Integer parts of a number token split at `/`, `-` or `.`, with the separators seen.
    public static func parts(_ text: String) -> (numbers: [Int], separators: [Character])? {
        // Byte loop: any byte outside ASCII digits and `/ - .` (including a
        // combining mark on a digit) rejects the text, as the Character loop did.
        var numbers: [Int] = [], seps: [Character] = []
        var current = 0, digits = 0
        for b in text.utf8 {
            if b >= 0x30 && b <= 0x39 {
                current = current * 10 + Int(b - 0x30); digits += 1
                if digits > 4 { return nil }
            } else if b == 0x2F || b == 0x2D || b == 0x2E {
                guard digits > 0 else { return nil }
                numbers.append(current); seps.append(Character(Unicode.Scalar(b))); current = 0; digits = 0
            } else { return nil }
        }
        guard digits > 0 else { return nil }
        numbers.append(current)
        return (numbers, seps)
    }

    public static func isYear(_ n: Int) -> Bool { years.contains(n) }

    /// Day `d` exists in month `m` (of `year` when known).
    public static func isValid(day d: Int, month m: Int, year: Int? = nil) -> Bool {
        guard (1...12).contains(m), d >= 1 else { return false }
        let lengths = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        if m == 2, let year, d == 29 { return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }
        return d <= lengths[m - 1]
    }

    /// `19/6/2019`, `19-6-2019`, `19.6.2019`, `2019-06-19`.
    public static func fullDate(_ text: String) -> CalendarValue? {
        guard let (n, seps) = parts(text), n.count == 3, seps[0] == seps[1] else { return nil }
        if seps[0] == "-", isYear(n[0]), isValid(day: n[2], month: n[1], year: n[0]) {
            return CalendarValue(year: n[0], month: n[1], day: n[2])
        }
        guard isYear(n[2]), isValid(day: n[0], month: n[1], year: n[2]) else { return nil }
        return CalendarValue(year: n[2], month: n[1], day: n[0])
    }

    /// `12/10` or `12-10` (day/month).
    public static func dayMonth(_ text: String) -> CalendarValue? {
        guard let (n, seps) = parts(text), n.count == 2, seps[0] != ".",
              isValid(day: n[0], month: n[1]) else { return nil }
        return CalendarValue(month: n[1], day: n[0])
    }

    /// `22.6` (day.month, read only after a date cue: `22.6` is no decimal in Vietnamese).
    public static func dottedDayMonth(_ text: String) -> CalendarValue? {
        guard let (n, seps) = parts(text), n.count == 2, seps[0] == ".", text.utf8.count <= 5,
              isValid(day: n[0], month: n[1]) else { return nil }
        return CalendarValue(month: n[1], day: n[0])
    }

    /// `10/2018`, `10-2018` (month/year).
    public static func monthYear(_ text: String) -> CalendarValue? {
        guard let (n, seps) = parts(text), n.count == 2, seps[0] != ".",
              (1...12).contains(n[0]), isYear(n[1]) else { return nil }
        return CalendarValue(year: n[1], month: n[0])
    }

    /// `2018-2020`, `2018/2019` (a span of years, the second later and not far).
    public static func yearRange(_ text: String) -> (Int, Int)? {
        guard let (n, seps) = parts(text), n.count == 2, seps[0] != ".",
              isYear(n[0]), isYear(n[1]), n[1] > n[0], n[1] - n[0] <= 100 else { return nil }
        return (n[0], n[1])
    }

    /// A plain four-digit year token (`2018`).
    public static func year(_ text: String) -> Int? {
        guard text.utf8.count == 4, let n = Int(text), isYear(n) else { return nil }
        return n
    }
}
