import Foundation
import Testing
import TrellisCore

@testable import TrellisStore

@Suite("Compact snapshots")
struct SnapshotCodecTests {
    /// A value with every kind of thing the compact format writes, pinned in
    /// `Fixtures/compact-v1.hex` as the code of 2026-12-06 wrote it. Never regenerate it: a
    /// snapshot written in version 1 is read by every later version, or set aside by its tag.
    struct Sample: Codable, Equatable {
        enum Mood: Codable, Equatable {
            case calm
            case hurt(area: String, since: Day?)
            case mixed(Int, [Double])
        }
        var text = "Vertrauen – ½ 💛, e\u{301}"
        var absent: String? = nil
        var present: Int? = 7
        var negative: Int64 = -300_000_000_000
        var big: UInt64 = .max
        var small: Int8 = -128
        var ratio = 0.1
        var rough: Float = -2.5
        var flags = [true, false]
        var id = UUID(uuidString: "6F1C0E52-1F0B-4C43-9C55-0D2E7E1B9A10")!
        var member = MemberID(UUID(uuidString: "00000000-0000-0000-0000-0000000000a1")!)
        var day = Day(year: 2027, month: 1, day: 15)!
        var at = Date(timeIntervalSince1970: 1_800_000_000.25)
        var moods: [Mood] = [.calm, .hurt(area: "Money", since: nil), .mixed(-1, [1.5])]
        /// One entry each: a dictionary's order is not fixed from one run to the next.
        var counts = ["evenings": 3]
        var byArea = [AreaID(UUID(uuidString: "00000000-0000-0000-0000-0000000000d1")!): "Money"]
        var nested: [[Int]] = [[], [1, 2]]
        var empty: [String] = []
    }

    static func hex(_ bytes: [UInt8]) -> String { bytes.map { String(format: "%02x", $0) }.joined() }

    @Test func versionOneIsReadAndWrittenAsPinned() throws {
        let pinned = try String(contentsOf: GoldenEvents.fixture("compact-v1.hex"), encoding: .utf8)
            .filter { !$0.isWhitespace }
        let bytes = try CompactEncoder.encode(Sample())
        #expect(Self.hex(bytes) == pinned)
        let read = stride(from: 0, to: pinned.count, by: 2).map {
            UInt8(pinned.dropFirst($0).prefix(2), radix: 16)!
        }
        #expect(try CompactDecoder.decode(Sample.self, from: read) == Sample())
    }

    /// States folded from every prefix of one event of every kind (so with empty lists, absent
    /// values and every case there is), for each partner: each comes back the same, and smaller
    /// than as JSON.
    @Test func everyStateComesBackTheSame() throws {
        let payloads =
            GoldenEvents.shared + GoldenEvents.privateOnes
            + GoldenEvents.sincePinned.enumerated().map {
                ($0.offset % 2 == 0 ? GoldenEvents.alice : GoldenEvents.bob, $0.element)
            }
        let events = payloads.enumerated().map { index, event in
            CoupleEvent(
                seq: Int64(index + 1), at: Date(timeIntervalSince1970: 1_800_000_000 + Double(index) * 3600),
                author: event.0, visibility: .shared, payload: event.1)
        }
        for count in 0...events.count {
            let state = CoupleState.folding(Array(events.prefix(count)))
            let compact = try SnapshotCodec.encode(state)
            #expect(compact.starts(with: Array("TRSN".utf8)))
            #expect(try SnapshotCodec.decode(compact) == state, "after \(count) events")
            if count == events.count {
                let json = try JSONEncoder().encode(state).count
                #expect(compact.count < json, "\(compact.count) bytes against \(json) as JSON")
            }
        }
    }

    @Test func aSnapshotWrittenAsJSONIsStillRead() throws {
        let state = CoupleState.folding(
            GoldenEvents.shared.prefix(6).enumerated().map { index, event in
                CoupleEvent(
                    seq: Int64(index + 1), at: Date(timeIntervalSince1970: 1_800_000_000), author: event.0,
                    visibility: .shared, payload: event.1)
            })
        #expect(try SnapshotCodec.decode(try JSONEncoder().encode(state)) == state)
    }

    /// Cut short or changed anywhere, the bytes are refused or read as something, never a crash.
    @Test func damagedBytesAreRefusedNotACrash() throws {
        let bytes = try CompactEncoder.encode(Sample())
        for length in 0..<bytes.count {
            #expect(throws: (any Error).self) {
                try CompactDecoder.decode(Sample.self, from: Array(bytes.prefix(length)))
            }
        }
        for index in bytes.indices {
            for flip: UInt8 in [0x01, 0x80, 0xff] {
                var damaged = bytes
                damaged[index] ^= flip
                _ = try? CompactDecoder.decode(Sample.self, from: damaged)
            }
        }
    }

    /// A reader that asks in another order, or for keys that are not there, still finds its way.
    @Test func keysAreFoundInAnyOrderAndMissingOnesAreSaid() throws {
        struct Written: Encodable { let a = 1, b = "two", c = [3] }
        struct Reversed: Decodable, Equatable {
            let c: [Int], b: String, a: Int, d: Int?
            enum Keys: String, CodingKey { case a, b, c, d }
            init(from decoder: any Decoder) throws {
                let container = try decoder.container(keyedBy: Keys.self)
                (c, b) = (try container.decode([Int].self, forKey: .c), try container.decode(String.self, forKey: .b))
                (a, d) = (
                    try container.decode(Int.self, forKey: .a), try container.decodeIfPresent(Int.self, forKey: .d)
                )
                #expect(container.allKeys.map(\.stringValue) == ["a", "b", "c"])
                #expect(!container.contains(.d))
            }
        }
        struct Needs: Decodable { let e: Int }
        let bytes = try CompactEncoder.encode(Written())
        let read = try CompactDecoder.decode(Reversed.self, from: bytes)
        #expect((read.a, read.b, read.c, read.d) == (1, "two", [3], nil))
        #expect(throws: DecodingError.self) { try CompactDecoder.decode(Needs.self, from: bytes) }
    }
}
