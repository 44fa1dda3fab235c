import VietText

/// Foreign personal names written after a title: "Tổng thống Mỹ Donald Trump",
/// "Thủ tướng Nhật Bản Shinzo Abe", "Chủ tịch Trung Quốc Tập Cận Bình".
///
/// Vietnamese press names foreign office holders constantly (about one bench
/// article in six), and ``PersonNames`` knows only Vietnamese family names.
/// A foreign name is told by its spelling: at least one syllable that no
/// Vietnamese syllable can be (Trump, Shinzo, Jae-in) and no letter only
/// Vietnamese writes (ơ, ư, ă, đ, hook or dot below). After a foreign country
/// the spelling test is waived, since Chinese and Korean names are written in
/// Vietnamese syllables there ("Tập Cận Bình"). Read only next to a title (after
/// it, or before it after "ông"/"bà"): a run of foreign capitals alone is as often
/// a firm or a place.
struct ForeignNames: Sendable {
    /// Capitalised words that make a run a firm, a medium or a place (foreign-name-stopwords.txt).
    let stopwords: Set<String>

    init(lexicons: Lexicons) {
        stopwords = Set(lexicons.entries("foreign-name-stopwords").map { Folding.folded($0) })
    }

    /// The end of a foreign name of two or three capitalised syllables at `start` (four with
    /// an initial or a hyphenated part).
    func name(in tokens: KeyedTokens, at start: Int, afterCountry: Bool) -> Int? {
        guard start < tokens.count, tokens.nameSyllable[start] else { return nil }
        let (end, syllables) = Self.runEnd(tokens, from: start)
        // Four capitalised syllables are more often two people side by side ("Donald Trump
        // Anthony Scaramucci") than one name.
        guard (2...3).contains(syllables) || syllables == 4 && end - start > 4 else { return nil }
        var foreign = false
        for k in start..<end where tokens.kinds[k] == .word {
            let text = tokens[k].text
            if text.utf8.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) { return nil }
            let folded = Folding.folded(text)
            if stopwords.contains(folded) { return nil }
            if afterCountry { continue }
            if text.unicodeScalars.contains(where: Self.isVietnameseOnly) { return nil }
            if !foreign, !SyllableShape.isVietnamese(folded) { foreign = true }
        }
        return afterCountry || foreign ? end : nil
    }

    /// The end of the capitalised run at `start` and its syllable count. Besides
    /// capitalised syllables it takes a middle initial ("George W. Bush") and a
    /// syllable set off by a spaced hyphen ("Moon Jae - in", as some outlets type it).
    static func runEnd(_ tokens: KeyedTokens, from start: Int) -> (end: Int, syllables: Int) {
        var k = start, syllables = 0
        while k < tokens.count, syllables < 5, k == start || !tokens.lineStart[k] {
            if tokens.nameSyllable[k] {
                // An initial's dot, when a capitalised syllable follows it.
                if syllables > 0, k + 2 < tokens.count, tokens[k].text.unicodeScalars.count == 1,
                   tokens[k + 1].text == ".", tokens.nameSyllable[k + 2], !tokens.lineStart[k + 2] {
                    k += 2; syllables += 1; continue
                }
                k += 1; syllables += 1
            } else if syllables >= 2, k + 1 < tokens.count, tokens[k].text == "-", tokens.kinds[k + 1] == .word,
                      !tokens.capitalized[k + 1], tokens[k + 1].text.unicodeScalars.count <= 3 {
                return (k + 2, syllables + 1)
            } else {
                break
            }
        }
        return (k, syllables)
    }

    /// Letters with a horn, breve, hook above or dot below, đ, and the circumflex
    /// letters with a tone: no other language that Latin-script names come from writes them.
    static let vietnameseOnly: Set<Unicode.Scalar> = Set(
        "đăắằẳẵặơớờởỡợưứừửữựảẻỉỏủỷạẹịọụỵấầẩẫậếềểễệốồổỗộĩũẽỹ".unicodeScalars)

    static func isVietnameseOnly(_ s: Unicode.Scalar) -> Bool {
        vietnameseOnly.contains(Folding.lower(s))
    }
}
