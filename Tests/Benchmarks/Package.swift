// swift-tools-version: 6.1
// Agora's benchmarks, in their own package so that `swift test` at the top never builds the
// benchmark framework. Run from this folder:
//   swift package --allow-writing-to-package-directory benchmark
//   swift package --allow-writing-to-package-directory benchmark --filter 'Grouping.*'
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
    ]
)
