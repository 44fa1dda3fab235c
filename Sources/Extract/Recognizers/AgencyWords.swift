import VietText

/// The single words the agency and official recognizers test tokens against
/// ("và", "kiêm", "quận"…), as ``KeyVocabulary`` ids of their folded form: a
/// test is one id compare (``KeyedTokens/foldedID(_:)``), where comparing
/// ``Token/folded`` would build a String per read. Numbered when the lexicons
/// load, before any article is keyed.
struct AgencyWords: Sendable {
    let va, tw, tDotU, tu, trung, uong, kiem, bo: Int32
    let quan, huyen, tp, tpDot, thi, xa, thanh, pho: Int32
    /// ``PersonNames/honorifics``. (Place levels "quan", "huyen", "tp", "tp." put a place name after them.)
    let honorifics: [Int32]
    /// "nguyên", "cựu" before a title.
    let former: [Int32]
    /// ``AgencyParser/pluralMarkers``.
    let pluralMarkers: [Int32]

    init() {
        func id(_ w: String) -> Int32 { KeyVocabulary.shared.word(w) }
        va = id("va"); tw = id("tw"); tDotU = id("t.u"); tu = id("tu"); trung = id("trung"); uong = id("uong")
        kiem = id("kiem"); bo = id("bo")
        quan = id("quan"); huyen = id("huyen"); tp = id("tp"); tpDot = id("tp."); thi = id("thi"); xa = id("xa")
        thanh = id("thanh"); pho = id("pho")
        honorifics = PersonNames.honorifics.map(id)
        former = OfficialRecognizer.former.map(id)
        pluralMarkers = AgencyParser.pluralMarkers.map(id)
    }
}
