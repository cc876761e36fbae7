import Foundation
import Testing
import TrellisServer

@Suite("openapi.yaml describes exactly the API the server has")
struct OpenAPIContractTests {
    /// The operations in openapi.yaml, read from its `paths:` section (paths at two spaces, methods at four).
    static func documentedRoutes() throws -> Set<String> {
        let spec = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("openapi.yaml")
        let lines = try String(contentsOf: spec, encoding: .utf8).split(
            separator: "\n", omittingEmptySubsequences: false)
        var routes = Set<String>()
        var inPaths = false
        var currentPath: String?
        for line in lines {
            if !line.hasPrefix(" ") && !line.isEmpty { inPaths = line == "paths:" }
            guard inPaths else { continue }
            if line.hasPrefix("  /"), line.hasSuffix(":"), !line.hasPrefix("   ") {
                currentPath = String(line.dropFirst(2).dropLast())
            } else if let currentPath, line.hasPrefix("    "), !line.hasPrefix("     "), line.hasSuffix(":") {
                let method = line.trimmingCharacters(in: .whitespaces).dropLast()
                if ["get", "post", "put", "patch", "delete"].contains(method) {
                    routes.insert("\(method.uppercased()) \(currentPath)")
                }
            }
        }
        return routes
    }

    /// A name given twice in one section of `components` (a YAML reader keeps the last one and
    /// says nothing): two features' "CheckIn" once replaced one with the other.
    @Test func everyComponentIsNamedOnce() throws {
        let spec = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("openapi.yaml")
        var section = ""
        var seen: [String: Int] = [:]
        for line in try String(contentsOf: spec, encoding: .utf8).split(separator: "\n") {
            if line.hasPrefix("  "), !line.hasPrefix("   "), line.hasSuffix(":") { section = String(line) }
            if line.hasPrefix("    "), !line.hasPrefix("     "), line.hasSuffix(":"), section != "  paths:" {
                seen["\(section) \(line)", default: 0] += 1
            }
        }
        #expect(seen.count > 100)
        #expect(seen.filter { $0.value > 1 }.isEmpty)
    }

    @Test func everyServedRouteIsDocumentedAndEveryDocumentedRouteIsServed() throws {
        let server = try TestServer()
        defer { try? FileManager.default.removeItem(at: server.directory) }
        let served = Set(server.trellis.apiRoutes)
        let documented = try Self.documentedRoutes()
        #expect(served.count == server.trellis.apiRoutes.count, "a route is registered twice")
        #expect(!documented.isEmpty)
        #expect(served.subtracting(documented).isEmpty, "served but not in openapi.yaml")
        #expect(documented.subtracting(served).isEmpty, "in openapi.yaml but not served")
    }
}
