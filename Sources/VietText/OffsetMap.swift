/// Maps Unicode scalar offsets in a derived text (normalized, folded) back to
/// scalar offsets in the text it came from.
///
/// Spans are reported in the normalized text, but a user looking at the file
/// (decomposed windows-1258 text, NFD from a Mac) needs them in the original;
/// composition is the only step that changes lengths, so an identity map is
/// the common case and costs nothing.
public struct OffsetMap: Sendable, Equatable {
    /// Original offset of each derived scalar; empty for the identity map.
    let starts: [Int]
    /// Length of the derived text in scalars.
    public let count: Int
    /// Length of the original text in scalars.
    public let originalCount: Int

    /// The map of a step that changed nothing.
    public static func identity(_ count: Int) -> OffsetMap {
        OffsetMap(starts: [], count: count, originalCount: count)
    }

    /// A map from the original offset of every derived scalar, in order
    /// (non-decreasing), and the length of the original.
    public init(originalOffsets: [Int], originalCount: Int) {
        if originalOffsets.count == originalCount, originalOffsets.enumerated().allSatisfy({ $0.offset == $0.element }) {
            self.init(starts: [], count: originalCount, originalCount: originalCount)
        } else {
            self.init(starts: originalOffsets, count: originalOffsets.count, originalCount: originalCount)
        }
    }

    private init(starts: [Int], count: Int, originalCount: Int) {
        self.starts = starts; self.count = count; self.originalCount = originalCount
    }

    public var isIdentity: Bool { starts.isEmpty && count == originalCount }

    /// The original offset of a derived offset; `count` maps to `originalCount`,
    /// anything out of range is clamped.
    public func original(_ offset: Int) -> Int {
        if offset <= 0 { return 0 }
        if offset >= count { return originalCount }
        return starts.isEmpty ? offset : starts[offset]
    }

    /// The original range covering a derived range: from the source of its
    /// first scalar to the source of the scalar after it (so a composed `ế`
    /// covers the `e`, circumflex and acute it came from).
    public func originalRange(_ range: Range<Int>) -> Range<Int> {
        let start = original(range.lowerBound)
        var end = original(range.upperBound)
        if !range.isEmpty && end <= start { end = min(start + 1, originalCount) }
        return start..<max(start, end)
    }

    /// The derived offset of an original offset: the first derived scalar whose
    /// source is at or after it.
    public func derived(_ originalOffset: Int) -> Int {
        if originalOffset <= 0 { return 0 }
        if originalOffset >= originalCount { return count }
        if starts.isEmpty { return originalOffset }
        var lo = 0, hi = starts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if starts[mid] < originalOffset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The map of two steps: `self` maps C → B, `inner` maps B → A; the result maps C → A.
    public func then(_ inner: OffsetMap) -> OffsetMap {
        if inner.isIdentity { return OffsetMap(starts: starts, count: count, originalCount: inner.originalCount) }
        if isIdentity { return inner }
        return OffsetMap(originalOffsets: (0..<count).map { inner.original(starts[$0]) }, originalCount: inner.originalCount)
    }
}
