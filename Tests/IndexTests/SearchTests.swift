import Index
import Query
import XCTest

final class SearchTests: XCTestCase {
    var corpus: SQLiteCorpus!
    var db: IndexDatabase!

    override func setUpWithError() throws { (db, corpus) = try Fixtures.corpus() }

    func search(_ q: String, _ filters: SearchFilters = .init()) throws -> SearchResult {
        try corpus.search(SearchRequest(query: q, filters: filters))
    }

    func testQueriesWithoutDiacriticsFindAccentedText() throws {
        let cases: [(String, String)] = [
            ("so van hoa", "vanhoa.txt"), ("so tay", "vanhoa.txt"), ("dao xuan dung", "vanhoa.txt"),
            ("dang uy", "danguy.txt"), ("quy tac ung xu", "quytac.txt"), ("hoa giai vien", "hoagiai.txt"),
        ]
        for (q, file) in cases {
            XCTAssertTrue(try search(q).files.contains(file), "\(q) should find \(file)")
        }
    }

    func testDWithStrokeFoldsToD() throws {
        XCTAssertEqual(try search("dao xuan dung").files, ["vanhoa.txt"])
        XCTAssertEqual(try search("DANG UY").files, ["danguy.txt"])
        XCTAssertEqual(try search("Đào Xuân Dũng").files, ["vanhoa.txt"])
    }

    func testBothTonePlacementsMatch() throws {
        // The article writes "hòa" and "Thủy"; queries in the old placement find it.
        XCTAssertTrue(try search("hoà giải").files.contains("hoagiai.txt"))
        XCTAssertTrue(try search("Thanh Thuỷ").files.contains("hoagiai.txt"))
        XCTAssertTrue(try search("hòa giải").files.contains("hoagiai.txt"))
    }

    func testDiacriticQueryRanksExactMatchFirst() throws {
        // "dũng" (a name) and "dụng" (sử dụng, three times) fold alike.
        let accented = try search("Dũng")
        XCTAssertEqual(Set(accented.files), ["vanhoa.txt", "sudung.txt"])
        XCTAssertEqual(accented.files.first, "vanhoa.txt")
        XCTAssertEqual(try search("dụng").files.first, "sudung.txt")
    }

    func testPhraseRanksBeforeScatteredWordsAndTypedSpellingBeforeFolded() throws {
        // quytac.txt has "công sở" side by side; vanhoa.txt has "công" and "Sở" apart;
        // sudung.txt has "công" and "hồ sơ", which only folds to "so".
        XCTAssertEqual(try search("cong so").files.first, "quytac.txt")
        XCTAssertEqual(Set(try search("cong so").files), ["quytac.txt", "vanhoa.txt", "sudung.txt"])
        XCTAssertEqual(try search("công sở").files, ["quytac.txt", "vanhoa.txt", "sudung.txt"])
    }

    func testPagesAcrossRankTiersMatchTheWholeList() throws {
        for q in ["công sở", "cong so", "can bo", "Dũng", "quy tac -phuong", "ngay"] {
            let all = try corpus.search(SearchRequest(query: q, limit: 10, facets: false))
            XCTAssertEqual(all.hits.count, all.total, q)
            XCTAssertEqual(Set(all.files).count, all.files.count, "no article twice for \(q)")
            for offset in 0..<all.total {
                let one = try corpus.search(SearchRequest(query: q, limit: 1, offset: offset, facets: false))
                XCTAssertEqual(one.hits.map(\.articleID), [all.hits[offset].articleID], "\(q) at \(offset)")
                XCTAssertEqual(one.total, all.total, q)
            }
            let facets = try corpus.search(SearchRequest(query: q, limit: 10, facets: true))
            XCTAssertEqual(facets.total, all.total, q)
        }
    }

    func testSnippetShowsAccentedTextWithHighlights() throws {
        let hit = try XCTUnwrap(search("so tay").hits.first)
        XCTAssertTrue(hit.snippet.contains("\(Highlight.open)sổ tay\(Highlight.close)"), hit.snippet)
        XCTAssertFalse(hit.snippet.contains("so tay"))
        let phrase = try XCTUnwrap(search("\"dao xuan dung\"").hits.first)
        XCTAssertTrue(phrase.snippet.contains("\(Highlight.open)Đào Xuân Dũng\(Highlight.close)"), phrase.snippet)
    }

    func testPhraseQueriesNeedAdjacentWords() throws {
        XCTAssertEqual(try search("\"quy tac ung xu\"").files.sorted(), ["quytac.txt", "vanhoa.txt"])
        // Both words occur in quytac.txt, but never side by side.
        XCTAssertEqual(try search("\"ung xu quy\"").files, [])
        XCTAssertEqual(try search("ung xu quy").files.sorted(), ["quytac.txt", "vanhoa.txt"])
    }

    func testPrefixAndExclusion() throws {
        XCTAssertTrue(try search("tuyen*").files.contains("hoagiai.txt"))
        XCTAssertEqual(try search("quy tac -phuong").files, ["quytac.txt"])
    }

    func testHostileSyntaxNeverThrows() throws {
        let hostile = ["\"", "\"\"", "(", ")", "AND", "OR NOT", "NOT", "*", "-", "so AND (tay", "col:so", "^so",
                       "NEAR(so tay)", "so\" OR \"", "{title_f}: so", "'; DROP TABLE articles; --", "%_\\", "  ", "",
                       "so*tay", "-so", "\u{0}", "đ*", "100%", "13/13", "04/KH-UBND", "tay\"*"]
        for q in hostile {
            XCTAssertNoThrow(try search(q), "query \(q.debugDescription)")
            XCTAssertNoThrow(try corpus.timeline(query: q, filters: .init()))
            XCTAssertNoThrow(try corpus.figures(FiguresRequest(query: q)))
        }
        XCTAssertEqual(try search("AND").total, 0)
        XCTAssertEqual(try db.counts().articles, Fixtures.articles.count)
    }

    func testAgencyAndOfficialFiltersAreAccentBlindSubstrings() throws {
        XCTAssertEqual(try search("to chuc", SearchFilters(agency: "thanh thuy")).files, ["hoagiai.txt"])
        XCTAssertEqual(try search("to chuc", SearchFilters(agency: "Đảng ủy")).files, ["danguy.txt"])
        XCTAssertEqual(try search("so", SearchFilters(official: "dao xuan")).files, ["vanhoa.txt"])
        XCTAssertEqual(try search("to chuc", SearchFilters(agency: "bo cong an")).total, 0)
    }

    func testDateFiltersUseTheArticleDate() throws {
        // Dates come from the dominant date mention (no publication line in fixtures).
        XCTAssertEqual(try search("ngay", SearchFilters(from: "2019", to: "2019")).files.sorted(), ["hoagiai.txt"])
        XCTAssertEqual(try search("can bo", SearchFilters(to: "2018-12")).files.sorted(), ["quytac.txt", "vanhoa.txt"])
        XCTAssertEqual(try search("can bo", SearchFilters(from: "2019-01-05", to: "2019-01-05")).files, ["danguy.txt"])
        XCTAssertThrowsError(try search("can bo", SearchFilters(from: "12/10/2018")))
    }

    func testFacetsCountAllMatches() throws {
        let result = try corpus.search(SearchRequest(query: "ngay", limit: 1))
        XCTAssertEqual(result.hits.count, 1)
        XCTAssertEqual(result.total, 3)
        let years = Dictionary(uniqueKeysWithValues: (result.facets["year"] ?? []).map { ($0.value, $0.count) })
        XCTAssertEqual(years, ["2018": 1, "2019": 1, "2020": 1])
        let agencies = (result.facets["agency"] ?? []).map(\.value)
        XCTAssertTrue(agencies.contains("Ủy ban nhân dân huyện Thanh Thủy"))
    }

    func testPagingAndTimeline() throws {
        let all = try corpus.search(SearchRequest(query: "can bo", limit: 10))
        let second = try corpus.search(SearchRequest(query: "can bo", limit: 1, offset: 1))
        XCTAssertEqual(second.hits.first?.articleID, all.hits[1].articleID)
        let months = try corpus.timeline(query: "ngay", filters: .init())
        XCTAssertEqual(months.map(\.month), ["2018-10", "2019-03", "2020-06"])
    }

    func testFiltersWithoutQueryBrowseByDate() throws {
        let result = try search("", SearchFilters(from: "2019"))
        XCTAssertEqual(result.files, ["sudung.txt", "hoagiai.txt", "danguy.txt"])
        XCTAssertEqual(try search("").total, 0)
    }
}
