/// Change detection for incremental ingest: 64-bit FNV-1a over the file's bytes.
///
/// Not SHA-256 on purpose: this is change detection, not tamper detection, and
/// no crypto library is part of the build. A 64-bit hash over the bytes (plus the
/// size, compared too) makes a missed change a 1-in-2^64 event per edit, and it
/// runs at memory speed, so re-ingesting an unchanged corpus costs one read of
/// each file and nothing else.
public enum ContentHash {
    public static func hex(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        bytes.withUnsafeBufferPointer { buffer in
            for byte in buffer {
                hash ^= UInt64(byte)
                hash &*= 0x0000_0100_0000_01B3
            }
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
