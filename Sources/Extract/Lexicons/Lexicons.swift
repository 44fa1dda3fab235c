import Foundation
import VietText

/// All data files of `Resources/`, loaded once and shared by every recognizer.
public struct Lexicons: Sendable {
    public static let shared = Lexicons(bundle: .module)

    /// Raw entries of each data file by name (without `.txt`).
    public let files: [String: [String]]

    public init(bundle: Bundle) {
        var files: [String: [String]] = [:]
        let folders = [bundle.resourceURL?.appendingPathComponent("Resources"), bundle.resourceURL].compactMap { $0 }
        for folder in folders {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for name in names where name.hasSuffix(".txt") {
                let url = folder.appendingPathComponent(name)
                if let data = try? Data(contentsOf: url) {
                    files[String(name.dropLast(4)), default: []] += Lexicon.parse(String(decoding: data, as: UTF8.self))
                }
            }
        }
        self.files = files
    }

    public func entries(_ name: String) -> [String] { files[name] ?? [] }
}
