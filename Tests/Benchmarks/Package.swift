// swift-tools-version: 6.1
// Agora's benchmarks, in their own package so that `swift test` at the top never builds the
// benchmark framework. Run from this folder:
//   swift package --allow-writing-to-package-directory benchmark
//   swift package --allow-writing-to-package-directory benchmark --filter 'Grouping.*'
// and the tools that write benchmark inputs (see README's Performance section):
//   swift run -c release agora-tools referee /tmp/referee
//   swift run -c release agora-tools library /tmp/lib1000 1000
import PackageDescription

let package = Package(
    name: "AgoraBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "Agora", path: "../.."),
        .package(url: "https://github.com/ordo-one/benchmark.git", from: "1.38.0", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "AgoraBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "AgoraCore", package: "Agora"),
                .product(name: "AgoraStore", package: "Agora"),
                .product(name: "AgoraTUI", package: "Agora"),
            ],
            path: "Benchmarks/AgoraBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "agora-tools",
            dependencies: [
                .product(name: "AgoraCore", package: "Agora"),
                .product(name: "AgoraStore", package: "Agora"),
            ],
            path: "Tools/AgoraTools"
        ),
    ]
)
