import VietText

/// The single words the agency and official recognizers test tokens against
/// ("và", "kiêm", "quận"…), folded and packed as ``KeyedTokens/foldedWord(_:)``
/// packs each token's folded form: a test is one integer compare, where
/// comparing ``Token/folded`` would build a String per read.
struct AgencyWords: Sendable {
    let va, tw, tDotU, tu, trung, uong, kiem, bo: UInt64
    let quan, huyen, tp, tpDot, thi, xa, thanh, pho: UInt64
    /// "Việt" before a one-syllable country (Bệnh viện Việt Đức).
    let viet: UInt64
    let nam: UInt64
    /// "ông", "bà": the honorifics a foreign name may follow.
    let ong: UInt64, ba: UInt64
    /// ``PersonNames/honorifics``. (Place levels "quan", "huyen", "tp", "tp." put a place name after them.)
    let honorifics: [UInt64]
    /// "nguyên", "cựu" before a title.
    let former: [UInt64]
    /// ``AgencyParser/pluralMarkers``.
    let pluralMarkers: [UInt64]

    /// A folded ASCII word of 1–8 bytes packed byte `k` at bits `8k`.
    static func pack(_ word: String) -> UInt64 {
        // Not empty: an empty word would pack to 0, which ``KeyedTokens/foldedWords`` uses for "none".
        precondition(!word.isEmpty && word.utf8.count <= 8 && word.utf8.allSatisfy { $0 < 0x80 }, "not a short folded word: \(word)")
        var packed: UInt64 = 0
        for (k, b) in word.utf8.enumerated() { packed |= UInt64(b) << (8 * UInt64(k)) }
        return packed
    }

    init() {
        let id = Self.pack
        va = id("va"); tw = id("tw"); tDotU = id("t.u"); tu = id("tu"); trung = id("trung"); uong = id("uong")
        kiem = id("kiem"); bo = id("bo")
        quan = id("quan"); huyen = id("huyen"); tp = id("tp"); tpDot = id("tp."); thi = id("thi"); xa = id("xa")
        thanh = id("thanh"); pho = id("pho"); viet = id("viet"); nam = id("nam"); ong = id("ong"); ba = id("ba")
        honorifics = PersonNames.honorifics.map(id)
        former = OfficialRecognizer.former.map(id)
        pluralMarkers = AgencyParser.pluralMarkers.map(id)
    }
}
