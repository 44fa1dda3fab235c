import VietText

/// The single words that dates, figures and documents test tokens against
/// ("năm", "số", "đến"…), as ``KeyVocabulary`` ids of their lowercase form:
/// a test is one id compare (``KeyedTokens/lowerID(_:)``), where comparing
/// ``Token/lower`` would build a String per read. Numbered when the lexicons
/// load, before any article is keyed.
struct CueWords: Sendable {
    let so, ngay, thang, nam, quy, den, toi, tu, va, hoac: Int32
    let gio, h, phan, tram, ky, ban, hanh, cua, doBy: Int32
    /// Words before a number that make "14 giờ" a time of day.
    let timeBefore: [Int32]
    /// Words after "giờ" that make it a time of day.
    let timeAfter: [Int32]
    /// Street words: a number before one and a name is a house number ("125 phố Lò Đúc").
    let streets: [Int32]

    init() {
        func id(_ w: String) -> Int32 { KeyVocabulary.shared.word(w) }
        so = id("số"); ngay = id("ngày"); thang = id("tháng"); nam = id("năm"); quy = id("quý")
        den = id("đến"); toi = id("tới"); tu = id("từ"); va = id("và"); hoac = id("hoặc")
        gio = id("giờ"); h = id("h"); phan = id("phần"); tram = id("trăm")
        ky = id("ký"); ban = id("ban"); hanh = id("hành"); cua = id("của"); doBy = id("do")
        timeBefore = ["lúc", "vào", "từ", "đến", "tới", "khoảng"].map(id)
        timeAfter = ["sáng", "chiều", "tối", "trưa", "đêm", "ngày", "kém", "rưỡi"].map(id)
        streets = ["đường", "phố", "ngõ", "ngách", "hẻm", "kiệt"].map(id)
    }
}
