import VietText

/// The ``KeyVocabulary`` ids of each token's lowercase and folded forms
/// (``Token/lower``, ``Token/folded``), computed the first time a recognizer
/// asks for them. Phrase lexicons and word tests compare these ids instead of
/// Strings; only tokens near numbers and cues are ever asked about, so keying
/// every token up front (two more hash lookups each) would cost more than it saves.
///
/// A class so that the one ``KeyedTokens`` value every recognizer shares
/// fills one cache; an article is extracted on one thread, hence `@unchecked`.
/// It holds the article's ``KeyMemo`` (given back when the article's input
/// goes): ids computed for a spelling once serve its later tokens and articles.
final class TokenForms: @unchecked Sendable {
    /// The vocabulary as it was when the article was keyed.
    let vocabulary: ByteKeyTable
    private let tokens: [Token]
    private let scalars: [Unicode.Scalar]
    /// Token `k` is `scalars[offsets[k]..<offsets[k + 1]]`; nil: at its own `start..<end`.
    private let offsets: [Int]?
    /// Lower id at `2k`, folded id at `2k + 1`; ``notYet`` until asked.
    private let ids: UnsafeMutablePointer<Int32>
    private var lower = KeyBuffer(), folded = KeyBuffer()
    /// ``Folding``'s tables, read once per article rather than through their lazy global per scalar.
    private let lowerTable = Folding.lowerTable, foldTable = Folding.foldTable
    private static let notYet: Int32 = -3
    /// ``TokenizedText/packedUTF8`` (empty when not tokenized here).
    private let packed: [UInt64]
    /// The memo of keyed spellings (nil without packed spellings, or when all are in use).
    let memo: KeyMemo?

    init(tokens: [Token], scalars: [Unicode.Scalar], offsets: [Int]?, packed: [UInt64] = []) {
        self.vocabulary = KeyVocabulary.shared.snapshot().0
        self.tokens = tokens; self.scalars = scalars; self.offsets = offsets
        ids = .allocate(capacity: max(1, 2 * tokens.count))
        ids.initialize(repeating: Self.notYet, count: max(1, 2 * tokens.count))
        self.packed = packed.count == 2 * tokens.count ? packed : []
        memo = self.packed.isEmpty ? nil : KeyMemo.take(vocabularySize: vocabulary.count)
    }

    deinit {
        ids.deallocate()
        lower.free(); folded.free()
        if let memo { KeyMemo.give(memo) }
    }

    @inline(__always)
    func id(_ k: Int, folded wantFolded: Bool) -> Int32 {
        let slot = 2 * k + (wantFolded ? 1 : 0)
        let known = ids[slot]
        if known != Self.notYet { return known }
        compute(k)
        return ids[slot]
    }

    private func compute(_ k: Int) {
        // A spelling whose forms an earlier token or article computed: no scalars read.
        var remembered: UnsafeMutablePointer<UInt64>?
        if let memo, packed[2 * k] | packed[2 * k + 1] != 0 {
            remembered = memo.forms(packed[2 * k], packed[2 * k + 1])
            if let r = remembered, r.pointee != KeyMemo.noForms {
                ids[2 * k] = Int32(bitPattern: UInt32(truncatingIfNeeded: r.pointee >> 32))
                ids[2 * k + 1] = Int32(bitPattern: UInt32(truncatingIfNeeded: r.pointee))
                return
            }
        }
        defer {
            remembered?.pointee = UInt64(UInt32(bitPattern: ids[2 * k])) << 32 | UInt64(UInt32(bitPattern: ids[2 * k + 1]))
        }
        let from = offsets?[k] ?? tokens[k].start, to = offsets?[k + 1] ?? tokens[k].end
        scalars.withUnsafeBufferPointer { all in
        lowerTable.withUnsafeBufferPointer { lowerTable in
        foldTable.withUnsafeBufferPointer { foldTable in
            let s = UnsafeBufferPointer(rebasing: all[from..<to])
            lower.reset(scalars: s.count); folded.reset(scalars: s.count)
            let differs = Self.forms(s, lower: &lower, folded: &folded, lowerTable, foldTable)
            let lowerID = vocabulary.value(lower) ?? KeyVocabulary.unknown
            ids[2 * k] = lowerID
            ids[2 * k + 1] = differs ? vocabulary.value(folded) ?? KeyVocabulary.unknown : lowerID
        }
        }
        }
    }

    /// The folded form of token `k` packed byte `j` at bits `8j` when it is ASCII
    /// and at most 8 bytes, else 0 (see ``KeyedTokens/foldedWord(_:)``).
    func packedFold(_ k: Int) -> UInt64 {
        let from = offsets?[k] ?? tokens[k].start, to = offsets?[k + 1] ?? tokens[k].end
        return scalars.withUnsafeBufferPointer { all in
            foldTable.withUnsafeBufferPointer { foldTable in
                var packed: UInt64 = 0, bytes: UInt64 = 0
                for s in all[from..<to] where !Folding.isMark(s) {
                    let v = s.value
                    let f = v < 0x80 ? (v >= 0x41 && v <= 0x5A ? v + 32 : v)
                        : Int(v) < foldTable.count ? foldTable[Int(v)].value : Folding.fold(s).value
                    guard f < 0x80 && bytes < 8 else { return 0 }
                    packed |= UInt64(f) << (8 * bytes); bytes += 1
                }
                return packed
            }
        }
    }

    /// Writes the UTF-8 of the scalars' lowercase and folded forms exactly as
    /// ``Token/lower`` and ``Token/folded`` spell them (scalar by scalar through
    /// ``Folding``'s tables; combining marks left out of the fold) and tells
    /// whether they differ.
    @inline(__always)
    static func forms(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, lower: inout KeyBuffer, folded: inout KeyBuffer,
                      _ lowerTable: UnsafeBufferPointer<Unicode.Scalar>,
                      _ foldTable: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        var differs = false
        for s in scalars {
            let v = s.value
            if v < 0x80 {
                let b = v >= 0x41 && v <= 0x5A ? UInt8(v + 32) : UInt8(v)
                lower.appendByte(b); folded.appendByte(b)
                continue
            }
            let inTable = Int(v) < lowerTable.count
            let l = inTable ? lowerTable[Int(v)] : Folding.lower(s)
            lower.append(l)
            if Folding.isMark(s) { differs = true; continue }
            let f = inTable ? foldTable[Int(v)] : Folding.fold(s)
            folded.append(f)
            if f != l { differs = true }
        }
        return differs
    }
}
