import Extract
@testable import Query

/// `[start, end)` in Unicode scalars of the first occurrence of `needle`, as the extractor reports spans.
func scalarSpan(of needle: String, in text: String) -> [Int] {
    guard let range = text.range(of: needle) else { fatalError("'\(needle)' not in sample text") }
    let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
    return [start, start + needle.unicodeScalars.count]
}

extension FakeCorpus {
    static let hostileTitle = "<script>alert(1)</script> Hội nghị thi đua"
    static let hostileBody = "\"><img onerror=alert(3) src=x>"

    static let sample: [ArticleDetail] = [quangNinhAwards, haNamHandbooks, quangNinhProcedures, hostile, namDinhTraining]

    static let quangNinhAwards: ArticleDetail = {
        let text = "Sáng 20/12, Sở Nội vụ tỉnh Quảng Ninh tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2018. "
            + "Đồng chí Nguyễn Văn Hùng, Giám đốc Sở Nội vụ, chủ trì hội nghị. Năm 2018, 13/13 huyện, thị xã, thành phố "
            + "hoàn thành kế hoạch; hơn 1.200 tập thể và cá nhân được khen thưởng theo Kế hoạch số 04/KH-HĐTĐKT."
        var facts = Facts()
        facts.dates = [DateMention(text: "Sáng 20/12", value: "2018-12-20", span: scalarSpan(of: "Sáng 20/12", in: text))]
        facts.agencies = [AgencyMention(text: "Sở Nội vụ tỉnh Quảng Ninh", canonical: "Sở Nội vụ tỉnh Quảng Ninh",
                                        span: scalarSpan(of: "Sở Nội vụ tỉnh Quảng Ninh", in: text))]
        facts.officials = [OfficialMention(text: "Nguyễn Văn Hùng, Giám đốc Sở Nội vụ", name: "Nguyễn Văn Hùng", title: "Giám đốc",
                                           agency: "Sở Nội vụ tỉnh Quảng Ninh",
                                           span: scalarSpan(of: "Nguyễn Văn Hùng, Giám đốc Sở Nội vụ", in: text))]
        facts.metrics = [
            MetricMention(text: "13/13 huyện, thị xã, thành phố", value: 13, total: 13, unit: "huyện, thị xã, thành phố",
                          span: scalarSpan(of: "13/13 huyện, thị xã, thành phố", in: text)),
            MetricMention(text: "hơn 1.200 tập thể và cá nhân", value: 1200, unit: "tập thể và cá nhân", qualifier: .over,
                          span: scalarSpan(of: "hơn 1.200 tập thể và cá nhân", in: text)),
        ]
        facts.documents = [DocumentMention(text: "Kế hoạch số 04/KH-HĐTĐKT", number: "04/KH-HĐTĐKT", kind: "Kế hoạch",
                                           span: scalarSpan(of: "Kế hoạch số 04/KH-HĐTĐKT", in: text))]
        return ArticleDetail(id: 1, path: "quangninh/2018-12-20-thi-dua.txt", title: "Hội nghị tổng kết công tác thi đua, khen thưởng năm 2018",
                             source: "Báo Quảng Ninh", authors: ["Thu Hà"], date: "2018-12-20", text: text, facts: facts)
    }()

    static let haNamHandbooks: ArticleDetail = {
        let text = "Ngày 5/3/2019, Ban Tuyên giáo Tỉnh ủy Hà Nam phát hành hơn 30.000 sổ tay tuyên truyền phòng, chống tham nhũng. "
            + "Bà Trần Thị Lan, Phó Trưởng ban Tuyên giáo Tỉnh ủy, cho biết 100% cán bộ, đảng viên sẽ được phát sổ tay."
        var facts = Facts()
        facts.dates = [DateMention(text: "Ngày 5/3/2019", value: "2019-03-05", span: scalarSpan(of: "Ngày 5/3/2019", in: text))]
        facts.agencies = [AgencyMention(text: "Ban Tuyên giáo Tỉnh ủy Hà Nam", canonical: "Ban Tuyên giáo Tỉnh ủy Hà Nam",
                                        span: scalarSpan(of: "Ban Tuyên giáo Tỉnh ủy Hà Nam", in: text))]
        facts.officials = [OfficialMention(text: "Bà Trần Thị Lan, Phó Trưởng ban Tuyên giáo Tỉnh ủy", name: "Trần Thị Lan",
                                           title: "Phó Trưởng ban", agency: "Ban Tuyên giáo Tỉnh ủy Hà Nam",
                                           span: scalarSpan(of: "Bà Trần Thị Lan, Phó Trưởng ban Tuyên giáo Tỉnh ủy", in: text))]
        facts.metrics = [
            MetricMention(text: "hơn 30.000 sổ tay", value: 30000, unit: "sổ tay", qualifier: .over,
                          span: scalarSpan(of: "hơn 30.000 sổ tay", in: text)),
            MetricMention(text: "100% cán bộ, đảng viên", value: 100, unit: "%", span: scalarSpan(of: "100% cán bộ, đảng viên", in: text)),
        ]
        return ArticleDetail(id: 2, path: "hanam/2019-03-05-so-tay.txt", title: "Phát hành 30.000 sổ tay tuyên truyền phòng, chống tham nhũng",
                             source: "Báo Hà Nam", authors: [], date: "2019-03-05", text: text, facts: facts)
    }()

    static let quangNinhProcedures: ArticleDetail = {
        let text = "Theo Quyết định số 1234/QĐ-UBND, quý I/2019 Sở Nội vụ tỉnh Quảng Ninh đã giải quyết đúng hạn 95% hồ sơ thủ tục hành chính. "
            + "Ông Nguyễn Văn Hùng, Giám đốc Sở, đề nghị tiếp tục đẩy mạnh phong trào thi đua cải cách hành chính."
        var facts = Facts()
        facts.dates = [DateMention(text: "quý I/2019", value: "2019-Q1", span: scalarSpan(of: "quý I/2019", in: text))]
        facts.agencies = [AgencyMention(text: "Sở Nội vụ tỉnh Quảng Ninh", canonical: "Sở Nội vụ tỉnh Quảng Ninh",
                                        span: scalarSpan(of: "Sở Nội vụ tỉnh Quảng Ninh", in: text))]
        facts.officials = [OfficialMention(text: "Ông Nguyễn Văn Hùng, Giám đốc Sở", name: "Nguyễn Văn Hùng", title: "Giám đốc",
                                           agency: "Sở Nội vụ tỉnh Quảng Ninh", span: scalarSpan(of: "Ông Nguyễn Văn Hùng, Giám đốc Sở", in: text))]
        facts.metrics = [MetricMention(text: "95% hồ sơ", value: 95, unit: "%", span: scalarSpan(of: "95% hồ sơ", in: text))]
        facts.documents = [DocumentMention(text: "Quyết định số 1234/QĐ-UBND", number: "1234/QĐ-UBND", kind: "Quyết định",
                                           issuer: "Ủy ban nhân dân tỉnh Quảng Ninh", span: scalarSpan(of: "Quyết định số 1234/QĐ-UBND", in: text))]
        return ArticleDetail(id: 3, path: "quangninh/2019-03-28-thu-tuc.txt", title: "Quảng Ninh: 95% hồ sơ thủ tục hành chính được giải quyết đúng hạn",
                             source: "Báo Quảng Ninh", authors: [], date: "2019-03-28", text: text, facts: facts)
    }()

    /// Every field an attacker could fill: title, source, body, agency name, figure unit.
    static let hostile: ArticleDetail = {
        let text = "Phong trào thi đua \(hostileBody) của Phòng <Nội vụ> & \"Lao động\" đạt 12 <b>điểm</b>."
        var facts = Facts()
        facts.agencies = [AgencyMention(text: "Phòng <Nội vụ> & \"Lao động\"", canonical: "Phòng <Nội vụ> & \"Lao động\"",
                                        span: scalarSpan(of: "Phòng <Nội vụ> & \"Lao động\"", in: text))]
        facts.metrics = [MetricMention(text: "12 <b>điểm</b>", value: 12, unit: "<b>điểm</b>", span: scalarSpan(of: "12 <b>điểm</b>", in: text))]
        return ArticleDetail(id: 4, path: "x/<evil>.txt", title: hostileTitle, source: "\"><img src=x onerror=alert(2)>",
                             authors: ["<i>ai</i>"], date: "2018-11-02", text: text, facts: facts)
    }()

    static let namDinhTraining: ArticleDetail = {
        let text = "Từ ngày 10 đến 12/10/2018, Sở Nội vụ tỉnh Nam Định tổ chức tập huấn nghiệp vụ văn thư, lưu trữ cho 250 học viên."
        var facts = Facts()
        facts.dates = [DateMention(text: "12/10/2018", value: "2018-10-12", span: scalarSpan(of: "12/10/2018", in: text))]
        facts.agencies = [AgencyMention(text: "Sở Nội vụ tỉnh Nam Định", canonical: "Sở Nội vụ tỉnh Nam Định",
                                        span: scalarSpan(of: "Sở Nội vụ tỉnh Nam Định", in: text))]
        facts.metrics = [MetricMention(text: "250 học viên", value: 250, unit: "học viên", span: scalarSpan(of: "250 học viên", in: text))]
        return ArticleDetail(id: 5, path: "namdinh/2018-10-12-tap-huan.txt", title: "Tập huấn nghiệp vụ công tác văn thư, lưu trữ",
                             source: "Cổng TTĐT tỉnh Nam Định", authors: [], date: "2018-10-12", text: text, facts: facts)
    }()
}
