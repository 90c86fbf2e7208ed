// swift-tools-version: 6.1
// Agora — a terminal facilitator for BarCamp-style working meetings between cities.
// Layers (arrows point down only): agora → AgoraTerminal → AgoraTUI → AgoraStore → AgoraCore.
import PackageDescription

let package = Package(
    name: "Agora",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "agora", targets: ["agora"]),
        .library(name: "AgoraCore", targets: ["AgoraCore"]),
        .library(name: "AgoraStore", targets: ["AgoraStore"]),
        .library(name: "AgoraTUI", targets: ["AgoraTUI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.0.0"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.0.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.60.0"),
    ],
    targets: [
        // C module: module map + static-inline shim over ncursesw.
        .systemLibrary(name: "CNcursesW", path: "Sources/CNcursesW"),
        // Domain model, operations + reducer, engines, importers and exports. No I/O.
        // (CSV is read and written by AgoraCore's own RFC 4180 code: the CSV packages this
        // machine carries read leniently and report no line or column.)
        .target(name: "AgoraCore", exclude: ["Schema"]),
        // Session files: atomic save, journal, lock, recovery; sessions library.
        .target(name: "AgoraStore", dependencies: ["AgoraCore"]),
        // The `:` palette's reading of typed lines: words and quotes, the commands' grammar
        // (from `agora --experimental-dump-help`), completion by argument kind. No UI; the
        // fuzz harness (Tests/Fuzz) links it.
        .target(name: "AgoraPalette", dependencies: ["AgoraCore"]),
        // Screens, widgets, cell buffer, key maps, runtime. No ncurses import.
        .target(name: "AgoraTUI", dependencies: ["AgoraCore", "AgoraStore", "AgoraPalette"]),
        // The ncursesw backend of AgoraTUI's Terminal protocol: the only importer of CNcursesW.
        .target(name: "AgoraTerminal", dependencies: ["AgoraCore", "AgoraTUI", "CNcursesW"]),
        // C module: module map over libqrencode (Debian libqrencode-dev).
        .systemLibrary(name: "CQREncode", path: "Sources/CQREncode"),
        // The room's phones: HTTP pages and forms on the local network. Every write is a Core
        // operation submitted to the owner's SessionInbox. No ncurses; nothing below imports it.
        .target(
            name: "AgoraServer",
            dependencies: [
                "AgoraCore", "AgoraStore", "CQREncode",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),
        // Composition root: CLI commands, wires the rest.
        .executableTarget(
            name: "agora",
            dependencies: [
                "AgoraCore", "AgoraStore", "AgoraTUI", "AgoraTerminal", "AgoraServer", "AgoraPalette",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // Shared fixtures for the test targets.
        .target(
            name: "AgoraTestSupport",
            dependencies: ["AgoraCore", "AgoraStore"],
            path: "Tests/AgoraTestSupport"
        ),
        .testTarget(
            name: "AgoraCoreTests",
            dependencies: [
                "AgoraCore", "AgoraTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            // Golden files are read through #filePath; the referee script is run by hand.
            exclude: ["Golden", "Scripts"]
        ),
        .testTarget(
            name: "AgoraStoreTests",
            dependencies: [
                "AgoraCore", "AgoraStore", "AgoraTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(name: "AgoraTUITests", dependencies: ["AgoraTUI", "AgoraCore", "AgoraTestSupport", "AgoraPalette"],
                    exclude: ["Screens/Snapshots", "Review/Snapshots"]),
        // Drive the built `agora` binary: CLI contract, crash/kill loop, tmux end-to-end.
        .testTarget(
            name: "AgoraServerTests",
            dependencies: [
                "AgoraServer", "AgoraCore", "AgoraStore", "AgoraTestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            exclude: ["Scripts"]
        ),
        .testTarget(name: "AgoraCLITests", dependencies: ["AgoraCore", "AgoraStore", "AgoraTUI", "AgoraTestSupport", "AgoraPalette", "agora"]),
    ],
    swiftLanguageModes: [.v6]
)
