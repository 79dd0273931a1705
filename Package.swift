// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "yearbook",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "yearbook", targets: ["yearbook"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    .package(url: "https://github.com/apple/swift-nio", from: "2.101.3"),
    .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
  ],
  targets: [
    .systemLibrary(name: "CCmark", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"])]),
    .systemLibrary(name: "CFileSwap"),
    .target(name: "Markdown", dependencies: ["CCmark"]),
    .target(name: "Charts"),
    .target(
      name: "YearbookKit",
      dependencies: [
        "Markdown", "Charts", "CFileSwap",
        .product(name: "Yams", package: "Yams"),
        .product(name: "Mustache", package: "swift-mustache"),
      ]),
    .target(
      name: "PreviewServer",
      dependencies: [
        "YearbookKit",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
        .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        .product(name: "Logging", package: "swift-log"),
      ]),
    .executableTarget(
      name: "yearbook",
      dependencies: [
        "YearbookKit", "PreviewServer",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    .target(name: "SyntheticReport"),
    .executableTarget(name: "yearbook-bench", dependencies: ["YearbookKit", "SyntheticReport", "Markdown", "Charts"], path: "Sources/Bench"),
    // The CommonMark spec, read from the source folder by path (see CommonMarkSpecTests.swift).
    .testTarget(name: "MarkdownTests", dependencies: ["Markdown"], exclude: ["CommonMark"]),
    .testTarget(name: "ChartsTests", dependencies: ["Charts"], resources: [.copy("Snapshots")]),
    .testTarget(
      name: "YearbookKitTests",
      dependencies: ["YearbookKit", "yearbook", "SyntheticReport", .product(name: "Yams", package: "Yams")],
      // Golden files, read from the source folder by path (see Snapshot.swift).
      exclude: ["Snapshots"]),
    .testTarget(
      name: "PreviewServerTests",
      dependencies: ["PreviewServer", "YearbookKit", "yearbook", .product(name: "NIOCore", package: "swift-nio")]),
  ]
)
