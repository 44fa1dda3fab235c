import XCTest
@testable import VietText

final class TokenizerTests: XCTestCase {
    private func tokens(_ text: String) -> [Token] { Tokenizer.shared.tokenize(text).tokens }
    private func texts(_ text: String) -> [String] { tokens(text).map(\.text) }

    func testNumbersKeepTheirInnerSeparators() {
        let table: [(String, [String], Token.Kind)] = [
            ("hơn 30.000 sổ tay", ["hơn", "30.000", "sổ", "tay"], .number),
            ("1.200 người", ["1.200", "người"], .number),
            ("tăng 1,5 lần", ["tăng", "1,5", "lần"], .number),
            ("13/13 phường", ["13/13", "phường"], .number),
            ("ngày 19/6/2019,", ["ngày", "19/6/2019", ","], .number),
            ("giai đoạn 2018-2020.", ["giai", "đoạn", "2018-2020", "."], .number),
            ("1.234.567,89 đồng", ["1.234.567,89", "đồng"], .number),
        ]
        for (input, expected, kind) in table {
            let toks = tokens(input)
            XCTAssertEqual(toks.map(\.text), expected, input)
            XCTAssertEqual(toks.first { $0.text.first!.isNumber }?.kind, kind, input)
        }
    }

    func testDocumentSymbolsAreOneCodeToken() {
        let table: [(String, String)] = [
            ("Kế hoạch số 04/KH-HĐTĐKT ngày", "04/KH-HĐTĐKT"),
            ("Nghị định 100/2019/NĐ-CP.", "100/2019/NĐ-CP"),
            ("Chỉ thị số 06-CTr/TU của", "06-CTr/TU"),
            ("Quyết định 12/QĐ-LĐTB&XH,", "12/QĐ-LĐTB&XH"),
            ("lúc 8h30 sáng", "8h30"),
        ]
        for (input, symbol) in table {
            let toks = tokens(input)
            let code = toks.first { $0.text == symbol }
            XCTAssertNotNil(code, "\(input) → \(toks.map(\.text))")
            XCTAssertEqual(code?.kind, .code, input)
            XCTAssertEqual(code?.folded, Folding.folded(symbol))
        }
        XCTAssertEqual(tokens("100/2019/NĐ-CP").first?.folded, "100/2019/nd-cp")
    }

    func testPunctuationAroundNumbersIsSplitOff() {
        XCTAssertEqual(texts("đạt 100%."), ["đạt", "100", "%", "."])
        XCTAssertEqual(tokens("đạt 100%")[2].kind, .symbol)
        XCTAssertEqual(texts("(2019)"), ["(", "2019", ")"])
        XCTAssertEqual(texts("1, 2 và 3."), ["1", ",", "2", "và", "3", "."])
        XCTAssertEqual(texts("năm 2019.Ngày"), ["năm", "2019", ".", "Ngày"])
        XCTAssertEqual(texts("12/10: khai mạc"), ["12/10", ":", "khai", "mạc"])
    }

    func testAbbreviationsKeepTheirDotAndDoNotEndTheSentence() {
        let text = "Tại TP. Hồ Chí Minh, PGS.TS. Nguyễn Văn A và ThS. Lê B, Tp. Huế v.v. đều dự."
        let result = Tokenizer.shared.tokenize(text)
        let words = result.tokens.map(\.text)
        for abbreviation in ["TP.", "PGS.", "TS.", "ThS.", "Tp.", "v.v."] {
            XCTAssertTrue(words.contains(abbreviation), "\(abbreviation) in \(words)")
        }
        XCTAssertEqual(result.sentences.count, 1, "\(words)")
        XCTAssertEqual(result.tokens.last?.text, ".")
    }

    func testCustomAbbreviationsAndTPHCM() {
        XCTAssertEqual(texts("TP.HCM và TP. Thủ Đức"), ["TP.", "HCM", "và", "TP.", "Thủ", "Đức"])
        let plain = Tokenizer(dottedAbbreviations: [])
        let result = plain.tokenize("Gặp TS. Lan.")
        XCTAssertEqual(result.tokens.map(\.text), ["Gặp", "TS", ".", "Lan", "."])
        XCTAssertEqual(result.sentences.count, 2)
    }

    func testListAbbreviationCanEndASentence() {
        let result = Tokenizer.shared.tokenize("Phát sổ tay, tờ rơi v.v. Ngày 5/6 tổng kết.")
        XCTAssertEqual(result.sentences.count, 2)
        XCTAssertEqual(result.tokens[result.sentences[1].lowerBound].text, "Ngày")
    }

    func testWordsWithInnerMarks() {
        XCTAssertEqual(texts("Sở LĐTB&XH Hà Nội"), ["Sở", "LĐTB&XH", "Hà", "Nội"])
        XCTAssertEqual(texts("Bộ VH,TT&DL"), ["Bộ", "VH,TT&DL"])
        XCTAssertEqual(texts("COVID-19,UBND"), ["COVID-19", ",", "UBND"])
        XCTAssertEqual(texts("Hà Nội,Huế"), ["Hà", "Nội", ",", "Huế"])
        XCTAssertEqual(texts("Ban Chấp hành T.Ư Đảng"), ["Ban", "Chấp", "hành", "T.Ư", "Đảng"])
        XCTAssertEqual(texts("dịch Covid-19, cúm H5N1"), ["dịch", "Covid-19", ",", "cúm", "H5N1"])
        XCTAssertEqual(texts("người H'Mông"), ["người", "H'Mông"])
        XCTAssertEqual(texts("Đ/c Nguyễn"), ["Đ/c", "Nguyễn"])
        XCTAssertEqual(texts("xem chinhphu.vn."), ["xem", "chinhphu.vn", "."])
        XCTAssertEqual(texts("Hà Nội, Huế"), ["Hà", "Nội", ",", "Huế"])
    }

    func testMissingSpaceAfterADotSplitsTheSentence() {
        let result = Tokenizer.shared.tokenize("Ảnh: Lại Tấn Liêm.Ngay sau đó, đoàn làm việc.")
        XCTAssertEqual(result.tokens.map(\.text), ["Ảnh", ":", "Lại", "Tấn", "Liêm", ".", "Ngay", "sau", "đó", ",", "đoàn", "làm", "việc", "."])
        XCTAssertEqual(result.sentences.count, 2)
        XCTAssertFalse(result.tokens[6].spaceBefore)
        XCTAssertEqual(result.tokens[6].sentence, 1)
    }

    func testZeroWidthAndControlCharactersSeparateButNeverBecomeTokens() {
        let toks = tokens("Hà\u{200B}Nội \u{FEFF}Huế\u{AD}\u{0}x")
        XCTAssertEqual(toks.map(\.text), ["Hà", "Nội", "Huế", "x"])
        XCTAssertEqual(toks.map(\.start), [0, 3, 8, 13])
        XCTAssertTrue(toks[1].spaceBefore)
    }

    func testSentencesAndParagraphs() {
        let text = "Sáng 12/10, đoàn kiểm tra làm việc. Ông nói: \"Rất tốt.\" Sau đó về Hà Nội!\n\nĐoạn hai? Có.\nDòng ba"
        let result = Tokenizer.shared.tokenize(text)
        let sentences = result.sentences.map { result.tokens[$0].map(\.text).joined(separator: " ") }
        XCTAssertEqual(sentences, [
            "Sáng 12/10 , đoàn kiểm tra làm việc .",
            "Ông nói : \" Rất tốt . \"",
            "Sau đó về Hà Nội !",
            "Đoạn hai ?",
            "Có .",
            "Dòng ba",
        ])
        XCTAssertEqual(result.paragraphs.count, 3)
        XCTAssertEqual(result.paragraphs.map(\.count), [23, 5, 2])
        XCTAssertTrue(result.tokens[result.paragraphs[1].lowerBound].lineStart)
        for (index, range) in result.sentences.enumerated() {
            XCTAssertTrue(result.tokens[range].allSatisfy { $0.sentence == index })
        }
    }

    func testQuotesAroundSentenceEnds() {
        let opening = Tokenizer.shared.tokenize("Ông nói rất tốt. \"Sau đó về\" và nghỉ.")
        XCTAssertEqual(opening.sentences.count, 2)
        XCTAssertEqual(opening.tokens[opening.sentences[1].lowerBound].text, "\"")
        let curly = Tokenizer.shared.tokenize("“Rất tốt.” Sau đó (về Hà Nội.) Rồi nghỉ.")
        XCTAssertEqual(curly.sentences.map { curly.tokens[$0].last!.text }, ["”", ")", "."])
        XCTAssertEqual(Tokenizer.shared.tokenize("làm việc.sau đó").tokens.map(\.text), ["làm", "việc", ".", "sau", "đó"])
    }

    func testLowercaseAfterADotDoesNotEndTheSentence() {
        XCTAssertEqual(Tokenizer.shared.tokenize("Số liệu của P. Bến Nghé... và các xã khác.").sentences.count, 1)
        XCTAssertEqual(Tokenizer.shared.tokenize("Tăng 5 lần. so với").sentences.count, 1)
    }

    func testTokenFieldsAndOffsets() {
        let text = "Ủy ban 30.000 đồng"
        let toks = tokens(text)
        XCTAssertEqual(toks.map(\.lower), ["ủy", "ban", "30.000", "đồng"])
        XCTAssertEqual(toks.map(\.folded), ["uy", "ban", "30.000", "dong"])
        XCTAssertEqual(toks.map(\.start), [0, 3, 7, 14])
        XCTAssertEqual(toks.map(\.end), [2, 6, 13, 18])
        XCTAssertEqual(toks.map(\.kind), [.word, .word, .number, .word])
        XCTAssertTrue(toks[0].isCapitalized)
        XCTAssertFalse(toks[1].isCapitalized)
        XCTAssertTrue(tokens("UBND HĐND")[1].isAllCaps)
        let scalars = Array(text.unicodeScalars)
        for token in toks {
            XCTAssertEqual(String(String.UnicodeScalarView(scalars[token.start..<token.end])), token.text)
        }
    }

    func testCorpusTokensCoverTheTextInOrder() throws {
        for article in Fixtures.articles {
            let text = Normalizer.normalize(article)
            let scalars = Array(text.unicodeScalars)
            let result = Tokenizer.shared.tokenize(text)
            XCTAssertGreaterThan(result.tokens.count, 300)
            var previousEnd = 0
            for token in result.tokens {
                XCTAssertGreaterThanOrEqual(token.start, previousEnd)
                XCTAssertLessThan(token.start, token.end)
                XCTAssertEqual(String(String.UnicodeScalarView(scalars[token.start..<token.end])), token.text)
                // Nothing but spaces between tokens.
                XCTAssertTrue(scalars[previousEnd..<token.start].allSatisfy { CharClass.isSpace($0) || CharClass.isLineBreak($0) })
                previousEnd = token.end
            }
        }
        if Fixtures.articles.isEmpty { throw XCTSkip("no corpus") }
    }

    func testICUWordBoundariesAreScalarOffsets() {
        let text = "Sở Nội vụ 😀 Hà"
        let boundaries = ICU.wordBoundaries(text)
        XCTAssertEqual(boundaries.first, 0)
        XCTAssertEqual(boundaries.last, text.scalarCount)
        XCTAssertTrue(boundaries.contains(2))          // after "Sở"
        XCTAssertTrue(boundaries.contains(11))         // after the emoji (1 scalar, 2 UTF-16 units)
        XCTAssertEqual(boundaries, boundaries.sorted())
        XCTAssertEqual(ICU.wordBoundaries(""), [0])
    }
}
