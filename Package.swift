// swift-tools-version:6.2
import PackageDescription

let package = Package(
    name: "Trellis",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "trellis", targets: ["trellis"])
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "4.5.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-websocket.git", from: "2.8.1"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        // Hummingbird already compiles it in; named here for its JSON file provider.
        .package(url: "https://github.com/apple/swift-configuration.git", from: "1.4.0", traits: ["JSON"]),
    ],
    targets: [
        // Every sentence a person reads, in each language we speak, with plural rules and dates.
        .target(name: "TrellisLanguage", exclude: ["Catalogs/GLOSSARY.md"]),
        .target(name: "TrellisCore", dependencies: ["TrellisLanguage"]),
        // A small SMTP client (no SMTP library is among the packages this machine resolves): it
        // knows nothing of Trellis, and Trellis reaches it only through TrellisServer.
        .target(
            name: "TrellisMail",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "NIOTLS", package: "swift-nio"),
            ]
        ),
        // Web Push (VAPID, RFC 8292; aes128gcm, RFC 8291): no package here offers it. Knows nothing of
        // Trellis either.
        .target(
            name: "TrellisPush",
            dependencies: [
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),
        .target(
            name: "TrellisStore",
            dependencies: [
                "TrellisCore",
                "TrellisLanguage",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CryptoExtras", package: "swift-crypto"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Metrics", package: "swift-metrics"),
            ]
        ),
        .target(
            name: "TrellisSQLite",
            dependencies: [
                "TrellisCore",
                "TrellisLanguage",
                "TrellisStore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "TrellisPostgres",
            dependencies: [
                "TrellisCore",
                "TrellisLanguage",
                "TrellisStore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .target(
            name: "TrellisCopy",
            dependencies: [
                "TrellisCore",
                "TrellisStore",
                "TrellisSQLite",
                "TrellisPostgres",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ]
        ),
        .target(
            name: "TrellisServer",
            dependencies: [
                "TrellisLanguage",
                "TrellisCore",
                "TrellisStore",
                "TrellisSQLite",
                "TrellisPostgres",
                "TrellisMail",
                "TrellisPush",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "HummingbirdWebSocket", package: "hummingbird-websocket"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Configuration", package: "swift-configuration"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            exclude: ["Resources/common-passwords.SOURCE.md"],
            resources: [.copy("Resources/common-passwords.txt")]
        ),
        .executableTarget(
            name: "trellis",
            dependencies: [
                "TrellisServer",
                "TrellisStore",
                "TrellisSQLite",
                "TrellisPostgres",
                "TrellisCopy",
                "TrellisMail",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Configuration", package: "swift-configuration"),
            ]
        ),
        .executableTarget(
            name: "TrellisBenchmarks",
            dependencies: [
                "TrellisCore",
                "TrellisServer",
                "TrellisStore",
                "TrellisSQLite",
                "TrellisPostgres",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            path: "Benchmarks/TrellisBenchmarks"
        ),
        .testTarget(name: "TrellisLanguageTests", dependencies: ["TrellisLanguage"]),
        .testTarget(
            name: "TrellisCoreTests",
            dependencies: [
                "TrellisCore",
                "TrellisLanguage",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "TrellisPushTests",
            dependencies: ["TrellisPush", .product(name: "Crypto", package: "swift-crypto")]
        ),
        .testTarget(
            name: "TrellisMailTests",
            dependencies: [
                "TrellisMail",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
            ],
            exclude: ["smtp_server.py"]
        ),
        .testTarget(
            name: "TrellisStoreTests",
            dependencies: [
                "TrellisCore",
                "TrellisStore",
                "TrellisSQLite",
                "TrellisPostgres",
                "TrellisCopy",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "TrellisServerTests",
            dependencies: [
                "TrellisCore",
                "TrellisLanguage",
                "TrellisServer",
                "TrellisStore",
                "TrellisSQLite",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "HummingbirdWebSocket", package: "hummingbird-websocket"),
                .product(name: "HummingbirdWSTesting", package: "hummingbird-websocket"),
                .product(name: "HummingbirdWSClient", package: "hummingbird-websocket"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Configuration", package: "swift-configuration"),
            ]
        ),
    ]
)
