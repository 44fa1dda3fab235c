import XCTest
@testable import VietText

/// The byte-level tone placement and NFC shortcut against the scalar-view code
/// they replaced (kept here as the reference).
final class NormalizeBytesTests: XCTestCase {
    /// The former `ToneMarks.apply(String)`, on the String's unicode scalars.
    static func referenceApply(_ text: String) -> String {
        let table = ToneMarks.table
        let scalars = text.unicodeScalars
        var out: String?
        var copiedUpTo = scalars.startIndex
        var previousIndex = scalars.startIndex
        var previous: Unicode.Scalar = " ", beforePrevious: Unicode.Scalar = " "
        var i = scalars.startIndex
        while i != scalars.endIndex {
            var c = scalars[i]
            let next = scalars.index(after: i)
            if table.isTrigger(c), let replacement = table.pairs[ToneMarks.key(previous, c)],
               next == scalars.endIndex || !CharClass.isLetter(scalars[next]),
               beforePrevious != "q" && beforePrevious != "Q" {
                if out == nil { out = "" }
                out!.append(contentsOf: Substring(scalars[copiedUpTo..<previousIndex]))
                out!.unicodeScalars.append(replacement.0)
                out!.unicodeScalars.append(replacement.1)
                copiedUpTo = next
                c = replacement.1
            }
            beforePrevious = previous; previous = c
            previousIndex = i; i = next
        }
        guard var result = out else { return text }
        result.append(contentsOf: Substring(scalars[copiedUpTo...]))
        return result
    }

    /// The former NFC shortcut: ASCII, or every scalar a stable starter.
    static func referenceStable(_ text: String) -> Bool {
        text.utf8.allSatisfy({ $0 < 0x80 }) || text.unicodeScalars.allSatisfy(ICU.isStableStarter)
    }

    func testTonePlacementTable() {
        let cases: [(String, String)] = [
            ("Hoà Bình", "Hòa Bình"),
            ("thuỷ lợi, khoẻ mạnh", "thủy lợi, khỏe mạnh"),
            ("UỶ BAN", "ỦY BAN"),
            ("kế hoạch, thuyết phục, ngoài, khuỷu", "kế hoạch, thuyết phục, ngoài, khuỷu"),
            ("quý, quỳ, Quý", "quý, quỳ, Quý"),
            ("hoà.", "hòa."),
            ("hoà", "hòa"),
            ("oà", "òa"),
            ("“Hoà” 🇻🇳 hoà😀", "“Hòa” 🇻🇳 hòa😀"),
            ("xoè ra", "xòe ra"),
            ("", ""),
            ("plain ASCII text", "plain ASCII text"),
        ]
        for (input, expected) in cases {
            XCTAssertEqual(ToneMarks.apply(input), expected, input)
            XCTAssertEqual(Self.referenceApply(input), expected, input)
        }
    }

    func testShippedTableTakesTheByteScan() {
        XCTAssertTrue(ToneMarks.table.firstsAreASCIIOorU)
        XCTAssertFalse(ToneMarks.load(["ià ìa"]).firstsAreASCIIOorU)
    }

    func testTonePlacementAgreesWithTheScalarViewCode() {
        var g = SeededGenerator(seed: 11)
        let alphabet = Array("oOuUqQyYaAeEhHtnòÒ àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ.,đĐ“”–😀\u{301}\u{1EA1}\n".unicodeScalars)
        for _ in 0..<5000 {
            var view = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...40, using: &g) { view.append(alphabet[Int.random(in: 0..<alphabet.count, using: &g)]) }
            let text = String(view)
            XCTAssertEqual(Array(ToneMarks.apply(text).unicodeScalars), Array(Self.referenceApply(text).unicodeScalars), text)
        }
    }

    func testLeadByteWordCheck() {
        for (text, expected) in [("abcdefgh", false), ("abcdefgà", true), ("àbcdefgh", true), ("abcdefgh à", false), ("ầbcdefg", true), ("\u{80}\u{80}\u{80}\u{80}", true)] {
            var copy = text
            copy.withUTF8 { bytes in
                XCTAssertEqual(UTF8Scalar.hasLeadByte(bytes, in8At: 0), expected, text)
                XCTAssertEqual(bytes[0..<8].contains { $0 >= 0xC0 }, expected, text)
            }
        }
        // Every byte value in every position: the word check is "some byte ≥ 0xC0".
        var word = [UInt8](repeating: 0x41, count: 8)
        for position in 0..<8 {
            for value in 0...255 {
                word[position] = UInt8(value)
                word.withUnsafeBufferPointer { XCTAssertEqual(UTF8Scalar.hasLeadByte($0, in8At: 0), value >= 0xC0) }
            }
            word[position] = 0x41
        }
    }

    func testStableStarterCheckOnBytesAgreesOnEveryScalar() {
        for value in 0..<0x11000 {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            var text = "a" + String(scalar) + "b"
            XCTAssertEqual(text.withUTF8(ICU.allStableStarters), ICU.isStableStarter(scalar), "U+\(String(value, radix: 16))")
        }
    }

    func testStableStarterCheckOnBytesAgreesWithTheScalarViewCheck() {
        let cases = ["", "abc", "Hoà Bình – “số” 100€", "Ho\u{61}\u{300}", "\u{2000}", "x\u{301}", "ñ", "😀", "한국", "Å", "\u{212B}"]
        for text in cases {
            var copy = text
            XCTAssertEqual(copy.withUTF8(ICU.allStableStarters), Self.referenceStable(text), text)
        }
        var g = SeededGenerator(seed: 5)
        let alphabet = Array("aZ ồỆ–…€\u{300}\u{301}\u{2000}\u{1E00}\u{1EFF}\u{1F00}\u{2FF}\u{20BF}\u{20C0}😀\u{80}\u{7FF}\u{800}\u{1DFF}\u{2001}\u{2002}\u{206F}\u{2070}\u{209F}\u{20A0}\u{2FFF}\u{3000}\u{FFFD}".unicodeScalars)
        for _ in 0..<3000 {
            var view = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...24, using: &g) { view.append(alphabet[Int.random(in: 0..<alphabet.count, using: &g)]) }
            var text = String(view)
            let expected = Self.referenceStable(text)
            XCTAssertEqual(text.withUTF8(ICU.allStableStarters), expected, text)
            if expected { XCTAssertEqual(Array(ICU.nfc(text).unicodeScalars), Array(text.unicodeScalars)) }
        }
    }
}
