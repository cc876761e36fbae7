import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Synchronization
import Testing
import TrellisCore

@testable import TrellisServer

@Suite("Answers kept encoded")
struct EncodedAnswersTests {
    /// Counts how often it is encoded; equal when its words are.
    struct Answer: Encodable, Equatable, Sendable {
        let words: String
        let encodings: Encodings
        static func == (lhs: Self, rhs: Self) -> Bool { lhs.words == rhs.words }
        func encode(to encoder: any Encoder) throws {
            encodings.count.withLock { $0 += 1 }
            var container = encoder.singleValueContainer()
            try container.encode(words)
        }
    }

    final class Encodings: Sendable {
        let count = Mutex(0)
        var now: Int { count.withLock { $0 } }
    }

    final class Keys: Sendable {
        let generation = Mutex<[MemberID: UInt64]>([:])
        let now = Mutex(ContinuousClock.now)
    }

    static func answers(capacity: Int = 1 << 20, keys: Keys = Keys()) -> EncodedAnswers {
        EncodedAnswers(
            capacity: capacity, generation: { member in keys.generation.withLock { $0[member] ?? 0 } },
            now: { keys.now.withLock { $0 } })
    }

    let maya = MemberID()
    let sam = MemberID()
    let encodings = Encodings()

    func key(_ viewer: MemberID, _ address: String = "/api/v1/couples/c/repair") -> EncodedAnswers.Key {
        EncodedAnswers.Key(viewer: viewer, address: address)
    }

    func text(_ bytes: ByteBuffer) -> String { String(buffer: bytes) }

    @Test func anEqualAnswerIsSentTheSameBytesWithoutEncodingAgain() throws {
        let answers = Self.answers()
        let first = try answers.encoded(Answer(words: "a kind word", encodings: encodings), at: key(maya))
        let again = try answers.encoded(Answer(words: "a kind word", encodings: encodings), at: key(maya))
        #expect(text(first) == "\"a kind word\"" && text(again) == text(first))
        #expect(encodings.now == 1)
    }

    @Test func aChangedAnswerIsEncodedAnewAndKeptInPlaceOfTheOld() throws {
        let answers = Self.answers()
        _ = try answers.encoded(Answer(words: "before", encodings: encodings), at: key(maya))
        let changed = try answers.encoded(Answer(words: "after", encodings: encodings), at: key(maya))
        #expect(text(changed) == "\"after\"")
        _ = try answers.encoded(Answer(words: "after", encodings: encodings), at: key(maya))
        #expect(encodings.now == 2 && answers.count == 1)
    }

    @Test func eachViewerAndAddressKeepsItsOwn() throws {
        let answers = Self.answers()
        _ = try answers.encoded(Answer(words: "same", encodings: encodings), at: key(maya))
        _ = try answers.encoded(Answer(words: "same", encodings: encodings), at: key(sam))
        _ = try answers.encoded(Answer(words: "same", encodings: encodings), at: key(maya, "/api/v1/me"))
        #expect(encodings.now == 3 && answers.count == 3)
    }

    @Test func anAnswerOfAnotherTypeAtTheSameAddressIsNeverTakenForIt() throws {
        struct Other: Encodable, Equatable, Sendable { let words: String }
        let answers = Self.answers()
        _ = try answers.encoded(Other(words: "same"), at: key(maya))
        let bytes = try answers.encoded(Answer(words: "same", encodings: encodings), at: key(maya))
        #expect(text(bytes) == "\"same\"" && encodings.now == 1)
    }

    @Test func aViewersKeyOpenedAnewOrLetGoIsNeverServedWhatWasKeptUnderTheOld() throws {
        let keys = Keys()
        keys.generation.withLock { $0[maya] = 4 }
        let answers = Self.answers(keys: keys)
        _ = try answers.encoded(Answer(words: "private", encodings: encodings), at: key(maya))
        keys.generation.withLock { $0[maya] = 0 }
        _ = try answers.encoded(Answer(words: "private", encodings: encodings), at: key(maya))
        #expect(encodings.now == 2)
    }

    @Test func whatWasKeptUnderAKeyLetGoGoesWithinAMinute() throws {
        let keys = Keys()
        keys.generation.withLock { $0 = [maya: 4, sam: 7] }
        let answers = Self.answers(keys: keys)
        _ = try answers.encoded(Answer(words: "maya's", encodings: encodings), at: key(maya))
        _ = try answers.encoded(Answer(words: "sam's", encodings: encodings), at: key(sam))
        keys.generation.withLock { $0[maya] = 0 }
        keys.now.withLock { $0 += .seconds(61) }
        _ = try answers.encoded(Answer(words: "sam's", encodings: encodings), at: key(sam, "/api/v1/me"))
        #expect(answers.count == 2)  // sam's two; maya's gone without a read of hers
        _ = try answers.encoded(Answer(words: "sam's", encodings: encodings), at: key(sam))
        #expect(encodings.now == 3)
    }

    @Test func pastItsBytesAllAreLetGoAndKeptAgainAsTheyCome() throws {
        let answers = Self.answers(capacity: 24)
        _ = try answers.encoded(Answer(words: "twelve bytes", encodings: encodings), at: key(maya))
        #expect(answers.count == 1)
        _ = try answers.encoded(Answer(words: "more than 24 bytes in all", encodings: encodings), at: key(sam))
        #expect(answers.count == 0)  // one answer larger than everything kept is sent, not kept
        _ = try answers.encoded(Answer(words: "ten bytes", encodings: encodings), at: key(maya))
        _ = try answers.encoded(Answer(words: "ten bytes", encodings: encodings), at: key(sam))
        #expect(answers.count == 2)
        _ = try answers.encoded(Answer(words: "ten bytes", encodings: encodings), at: key(maya, "/api/v1/me"))
        #expect(answers.count == 1)
    }
}

@Suite("Reads through /api/v1 with answers kept encoded")
struct KeptAnswersThroughAPITests {
    static func body(_ client: some TestClientProtocol, _ path: String, _ user: APIUser) async throws -> String {
        try await client.execute(uri: path, method: .get, headers: [.authorization: "Bearer \(user.token)"]) {
            #expect($0.status == .ok)
            return String(buffer: $0.body)
        }
    }

    @Test func aReadSeesTheClockAndThePartnerWhileItsAnswerIsKept() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, bob, couple) = try await client.pairedCouple()
            let windows = "/api/v1/couples/\(couple)/windows"
            let started = try await client.api(
                .post, windows, token: alice.token, json: ["question": "Where were you?"])
            let id = try #require((started["live"] as? [String: Any])?["id"] as? String)
            _ = try await client.api(.post, "\(windows)/\(id)/join", token: bob.token)

            let first = try await Self.body(client, windows, alice)
            #expect(try await Self.body(client, windows, alice) == first)
            #expect(first.contains("\"openTimeUsed\":0"))

            // Nothing was written: only the clock moved, and the answer follows it.
            server.clock.advance(by: 100)
            let later = try await Self.body(client, windows, alice)
            #expect(later.contains("\"openTimeUsed\":100"))

            // Bob's step reaches Alice's next read; his own answer is his, not hers.
            _ = try await client.api(.post, "\(windows)/\(id)/rating", token: bob.token, json: ["rating": 7])
            let rated = try await Self.body(client, windows, alice)
            #expect(rated != later && rated.contains("\"partner\":{\"rating\":7"))
            let bobs = try await Self.body(client, windows, bob)
            #expect(bobs.contains("\"me\":{\"rating\":7") && bobs.contains("\"askedByMe\":false"))
        }
    }
}
