/// Decoding of real-world files into Swift strings.
/// (Skeleton: UTF-8 only; BOMs, UTF-16 and windows-1258 come with issue 3.)
public struct DecodedText: Sendable, Equatable {
    public enum Encoding: String, Sendable, Codable { case utf8 = "UTF-8", utf16LE = "UTF-16LE", utf16BE = "UTF-16BE", windows1258 = "windows-1258" }
    /// The decoded text, line ends made `\n`, not yet normalized.
    public var text: String
    public var encoding: Encoding
    /// Number of invalid byte sequences replaced by U+FFFD.
    public var invalidSequences: Int
    /// Byte offset of the first invalid sequence, when any.
    public var firstInvalidOffset: Int?
}

public enum TextDecoder {
    public static func decode(_ bytes: [UInt8]) -> DecodedText {
        DecodedText(text: String(decoding: bytes, as: UTF8.self), encoding: .utf8, invalidSequences: 0, firstInvalidOffset: nil)
    }
}
