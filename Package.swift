// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "vnpress",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "vnpress", targets: ["vnpress"]),
        .executable(name: "vnpress-bench", targets: ["vnpress-bench"]),
        .library(name: "VietText", targets: ["VietText"]),
        .library(name: "Extract", targets: ["Extract"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
    ],
    targets: [
        // System ICU (libicu-dev), never Foundation's private copy.
        .systemLibrary(name: "CICU", path: "Sources/CICU", pkgConfig: "icu-uc icu-i18n",
                       providers: [.apt(["libicu-dev"])]),
        // Plain-C facade over ICU: Swift modules that import Foundation cannot import ICU headers.
        .target(name: "CVNICU", dependencies: ["CICU"], path: "Sources/CVNICU"),
        .target(name: "VietText", dependencies: ["CVNICU"], resources: [.copy("Resources")]),
        .target(name: "Ingest", dependencies: ["VietText"], resources: [.copy("Resources")]),
        .target(name: "Extract", dependencies: ["VietText", "Ingest"], resources: [.copy("Resources")]),
        .target(name: "Index", dependencies: ["VietText", "Ingest", "Extract", .product(name: "GRDB", package: "GRDB.swift"),
                                             .product(name: "GRDBSQLite", package: "GRDB.swift")]),
        .target(name: "Query", dependencies: ["Index", "Extract", "VietText", .product(name: "GRDB", package: "GRDB.swift")]),
        .target(name: "Server", dependencies: [
            "Query",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "Mustache", package: "swift-mustache"),
        ], exclude: ["API.md"]),
        .executableTarget(name: "vnpress", dependencies: [
            "VietText", "Ingest", "Extract", "Index", "Query", "Server",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // Benchmarks: `swift build -c release && swift run -c release vnpress-bench` (Sources/Bench/BENCHMARKS.md).
        .executableTarget(name: "vnpress-bench", dependencies: ["VietText", "Ingest", "Extract", "Index", "Query",
                                    .product(name: "ArgumentParser", package: "swift-argument-parser")],
                          path: "Sources/Bench", exclude: ["BENCHMARKS.md"], resources: [.copy("queries.txt")]),
        .testTarget(name: "VietTextTests", dependencies: ["VietText"]),
        .testTarget(name: "IngestTests", dependencies: ["Ingest"]),
        .testTarget(name: "ExtractTests", dependencies: ["Extract"]),
        .testTarget(name: "IndexTests", dependencies: ["Index", "Query", "Ingest", "Extract", .product(name: "CSV", package: "CSV.swift")]),
        .testTarget(name: "ServerTests", dependencies: [
            "Server", "Index", "Query", .product(name: "HummingbirdTesting", package: "hummingbird"),
            .product(name: "CSV", package: "CSV.swift"),
        ]),
        .testTarget(name: "CLITests", dependencies: ["vnpress", .product(name: "CSV", package: "CSV.swift")]),
    ],
    swiftLanguageModes: [.v5]
)
