/// Reading figures written the Vietnamese way: `.` groups thousands and `,`
/// marks decimals (`1.200` = 1200, `1,5` = 1.5, `1.200,5` = 1200.5), with
/// English-style writing tolerated where it cannot be misread (`2.5`, `1,200,000`).
public enum NumberReading {
    /// The value of a plain number token (digits and separators only), or nil.
    public static func value(_ text: Substring) -> Double? {
        // Plain digits (most number tokens): read as an integer, which for up to
        // 15 digits is the same Double that parsing the text gives.
        let count = text.utf8.count
        guard count > 0 && count <= 15 else { return separatedValue(text) }
        var n = 0
        for b in text.utf8 {
            guard b >= 0x30 && b <= 0x39 else { return separatedValue(text) }
            n = n * 10 + Int(b - 0x30)
        }
        return Double(n)
    }

    /// ``value(_:)`` of anything but plain digits, Character by Character.
    static func separatedValue(_ text: Substring) -> Double? {
        var dots = 0, commas = 0, digits = 0
        var firstSep: Character?
        for ch in text {
            switch ch {
            case "0"..."9": digits += 1
            case ".": dots += 1; if firstSep == nil { firstSep = "." }
            case ",": commas += 1; if firstSep == nil { firstSep = "," }
            default: return nil
            }
        }
        guard digits > 0, let f = text.first, f.isNumber, let l = text.last, l.isNumber else { return nil }
        if dots == 0 && commas == 0 { return Double(text) }
        let groups = text.split(whereSeparator: { $0 == "." || $0 == "," })
        if dots > 0 && commas > 0 {
            // 1.200,5 (Vietnamese) or 1,200.5 (English): the last separator is the decimal one.
            let decimalSep: Character = firstSep == "." ? "," : "."
            let thousandSep: Character = decimalSep == "," ? "." : ","
            let parts = text.split(separator: decimalSep)
            guard parts.count == 2 else { return nil }
            let intGroups = parts[0].split(separator: thousandSep)
            guard intGroups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
            return Double(intGroups.joined() + "." + parts[1])
        }
        let sep: Character = dots > 0 ? "." : ","
        let count = dots + commas
        let thousandsShape = groups.dropFirst().allSatisfy { $0.count == 3 } && groups[0].count <= 3
        if count > 1 {
            return thousandsShape ? Double(groups.joined()) : nil
        }
        if sep == "." {
            // 1.200 groups thousands; 2.5 or 4.0 is a decimal written the English way.
            return thousandsShape ? Double(groups.joined()) : Double(groups[0] + "." + groups[1])
        }
        return Double(groups[0] + "." + groups[1])
    }

    public static func value(_ text: String) -> Double? { value(Substring(text)) }

    /// True when the token is a number with a leading zero and many digits,
    /// which in news is a phone or an identifier ("0912.345.678"), never a figure.
    public static func looksLikePhone(_ text: String) -> Bool {
        // Only a first byte "0" can start a "0" Character: other texts skip the Character loop.
        guard text.utf8.first == UInt8(ascii: "0"), text.hasPrefix("0") else { return false }
        return text.reduce(0) { $0 + ($1.isNumber ? 1 : 0) } >= 7
    }

    /// Value of a Roman numeral I–XII (quarters, sessions), or nil.
    public static func roman(_ text: String) -> Int? {
        switch text.uppercased() {
        case "I": 1
        case "II": 2
        case "III": 3
        case "IV": 4
        case "V": 5
        case "VI": 6
        case "VII": 7
        case "VIII": 8
        case "IX": 9
        case "X": 10
        case "XI": 11
        case "XII": 12
        default: nil
        }
    }
}
