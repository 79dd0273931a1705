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
  ],
  targets: [
    .systemLibrary(name: "CCmark", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"])]),
    .target(name: "Markdown", dependencies: ["CCmark"]),
    .target(name: "Charts"),
    .target(
      name: "YearbookKit",
      dependencies: [
        "Markdown", "Charts",
        .product(name: "Yams", package: "Yams"),
        .product(name: "Mustache", package: "swift-mustache"),
      ]),
    .target(
      name: "PreviewServer",
      dependencies: [
        "YearbookKit",
        .product(name: "Hummingbird", package: "hummingbird"),
      ]),
    .executableTarget(
      name: "yearbook",
      dependencies: [
        "YearbookKit", "PreviewServer",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    .target(name: "SyntheticReport"),
    .executableTarget(name: "yearbook-bench", dependencies: ["YearbookKit", "SyntheticReport", "Markdown", "Charts"], path: "Sources/Bench"),
    .testTarget(name: "MarkdownTests", dependencies: ["Markdown"]),
    .testTarget(name: "ChartsTests", dependencies: ["Charts"], resources: [.copy("Snapshots")]),
    .testTarget(name: "YearbookKitTests", dependencies: ["YearbookKit", "yearbook", "SyntheticReport"]),
    .testTarget(name: "PreviewServerTests", dependencies: ["PreviewServer", "yearbook"]),
  ]
)
