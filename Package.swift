// swift-tools-version: 6.0
import PackageDescription

// BEGIN LESSONS: written by `reglessons new` and `reglessons sync` from the folders in lessons/.
let lessons: [LessonFolder] = [
  LessonFolder(id: "chart-gallery", module: "ChartGallery", exclude: ["lesson.md"]),
  LessonFolder(id: "penalty-shapes", module: "PenaltyShapes", exclude: ["lesson.md"]),
  LessonFolder(id: "penalty-vs-constraint", module: "PenaltyVsConstraint", exclude: ["lesson.md"])
]
// END LESSONS

/// One lesson folder: `lessons/<id>/` is the Swift module `module`; `exclude` lists its non-Swift files.
struct LessonFolder {
  let id: String
  let module: String
  let exclude: [String]
}

let lessonTargets: [Target] = lessons.map { lesson in
  .target(
    name: lesson.module,
    dependencies: ["LessonKit", "Engine", "Datasets", "Charts"],
    path: "lessons/\(lesson.id)",
    exclude: lesson.exclude
  )
}

let package = Package(
  name: "reglessons",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "reglessons", targets: ["reglessons"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/swhitty/FlyingFox", exact: "0.27.1"),
  ],
  targets: lessonTargets + [
    .systemLibrary(name: "COpenBLAS", pkgConfig: "openblas", providers: [.apt(["libopenblas-dev"])]),
    // -fno-math-errno lets clang vectorize sqrtf; -ffp-contract=off keeps a·b + c unfused, so the
    // kernels round exactly as the scalar Swift loops they replace.
    .target(name: "CKernels", cSettings: [.unsafeFlags(["-fno-math-errno", "-ffp-contract=off"])]),
    .target(name: "Engine", dependencies: ["COpenBLAS", "CKernels"]),
    .target(name: "Datasets"),
    .target(name: "Charts"),
    .systemLibrary(
      name: "CCairo",
      pkgConfig: "pangocairo",
      providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]
    ),
    .target(name: "ChartsCairo", dependencies: ["Charts", "CCairo"]),
    .systemLibrary(
      name: "CMarkGFM",
      providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
    ),
    .target(name: "Report", dependencies: ["CMarkGFM"]),
    .target(name: "LessonKit", dependencies: ["Engine", "Datasets", "Charts"]),
    .target(
      name: "ReglessonsCore",
      dependencies: [
        "LessonKit", "ChartsCairo", "Report", "Charts", "Datasets", "Engine",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "FlyingFox", package: "FlyingFox"),
      ] + lessons.map { .target(name: $0.module) }
    ),
    .executableTarget(name: "reglessons", dependencies: ["ReglessonsCore"]),
    .testTarget(name: "EngineTests", dependencies: ["Engine"], resources: [.copy("Fixtures")]),
    .testTarget(name: "DatasetsTests", dependencies: ["Datasets"], resources: [.copy("Fixtures")]),
    .testTarget(name: "ChartsTests", dependencies: ["Charts"], resources: [.copy("Golden")]),
    .testTarget(name: "ChartsCairoTests", dependencies: ["ChartsCairo", "Charts"]),
    .testTarget(name: "ReportTests", dependencies: ["Report"]),
    .testTarget(name: "LessonKitTests", dependencies: ["LessonKit", "Charts"]),
    .testTarget(
      name: "ReglessonsCoreTests",
      dependencies: ["ReglessonsCore", "LessonKit", "Charts", "Engine", "reglessons"]
    ),
  ]
)
