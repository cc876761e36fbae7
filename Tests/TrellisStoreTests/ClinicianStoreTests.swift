import Foundation
import Testing
import TrellisCore

@testable import TrellisStore

@Suite("Clinicians' profiles")
struct ClinicianStoreTests {
    static func profile(_ name: String, listed: Bool) -> ClinicianProfile {
        ClinicianProfile(
            name: name, approaches: [.gottman, .affairRecovery], online: true, place: "Leeds",
            languages: ["English", "Español"], about: "Twenty years with couples after affairs.", listed: listed)
    }

    @Test(arguments: StoreBackend.all) func aProfileIsKeptReplacedAndListedOnlyByChoice(backend: StoreBackend)
        async throws
    {
        let store = try await backend.open()
        defer { store.remove() }
        let ana = StoreFixture.account("Ana", email: "ana-\(UUID())@example.org")
        let ben = StoreFixture.account("Ben", email: "ben-\(UUID())@example.org")
        try await StoreFixture.register(ana, in: store.storage)
        try await StoreFixture.register(ben, in: store.storage)
        #expect(try await store.storage.clinicianProfile(of: ana.id) == nil)

        try await store.storage.saveClinicianProfile(Self.profile("Dr Ana Rivera", listed: true), for: ana.id)
        try await store.storage.saveClinicianProfile(Self.profile("Ben Okafor", listed: false), for: ben.id)
        #expect(try await store.storage.clinicianProfile(of: ana.id) == Self.profile("Dr Ana Rivera", listed: true))
        #expect(try await store.storage.listedClinicians().map(\.id) == [ana.id])

        // Another process over the same data reads the same, and a replacement replaces.
        let other = try store.reopen()
        try await other.saveClinicianProfile(Self.profile("Dr Ana Rivera-Smith", listed: false), for: ana.id)
        try await other.saveClinicianProfile(Self.profile("Ben Okafor", listed: true), for: ben.id)
        let listed = try await store.storage.listedClinicians()
        #expect(listed.map(\.id) == [ben.id])
        #expect(try await store.storage.clinicianProfile(of: ana.id)?.name == "Dr Ana Rivera-Smith")

        // Closing the account takes the profile and its key with it.
        _ = try await store.storage.closeAccount(ben.id, at: StoreFixture.now)
        #expect(try await store.storage.listedClinicians().isEmpty)
        #expect(try await store.storage.clinicianProfile(of: ben.id) == nil)
    }

    /// Asking a clinician in lists the couple for them; their reads are theirs in the log, but
    /// closing the clinician's account leaves the couple's record of who looked as it was.
    @Test(arguments: StoreBackend.all) func aCoupleIsListedForItsClinicianWhoseClosingLeavesItsRecord(
        backend: StoreBackend
    ) async throws {
        let store = try await backend.open()
        defer { store.remove() }
        let (alice, _, couple) = try await KeptFoldTests.couple(in: store.storage, areas: 0)
        let ana = StoreFixture.account("Ana", email: "ana-\(UUID())@example.org")
        try await StoreFixture.register(ana, in: store.storage)
        var seq = try await store.storage.events(of: couple, visibleTo: alice.id).filter { $0.visibility == .shared }
            .count
        let invite = PendingEvent(
            at: StoreFixture.now, author: alice.id, visibility: .shared,
            payload: .help(.clinicianInvited(clinician: ana.id, name: "Dr Ana")))
        for _ in 0..<2 {  // asked in twice (after a withdrawal): listed once
            _ = try await store.storage.append(
                AppendBatch(
                    couple: couple, expectedSeq: Int64(seq), events: [invite], effects: [.linkClinician(ana.id)]))
            seq += 1
        }
        let look = PendingEvent(
            at: StoreFixture.now, author: ana.id, visibility: .shared, payload: .help(.viewed(parts: [.repair])))
        _ = try await store.storage.append(AppendBatch(couple: couple, expectedSeq: Int64(seq), events: [look]))
        #expect(try await store.storage.couples(askingIn: ana.id) == [couple])
        #expect(try await store.storage.couples(askingIn: alice.id).isEmpty)

        let before = try await store.storage.events(of: couple, visibleTo: alice.id)
        #expect(try await store.storage.closeAccount(ana.id, at: StoreFixture.now).isEmpty)
        #expect(try await store.storage.events(of: couple, visibleTo: alice.id) == before)
        #expect(try await store.storage.couples(askingIn: ana.id).isEmpty)
    }

    @Test func aProfileIsSealedAtRest() async throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        let ana = StoreFixture.account("Ana", email: "ana@example.org")
        try await StoreFixture.register(ana, in: store.storage)
        try await store.storage.saveClinicianProfile(Self.profile("Dr Ana Rivera", listed: true), for: ana.id)
        let bytes = try store.allBytes()
        for word in ["Rivera", "Twenty years", "Leeds", "gottman"] {
            #expect(bytes.range(of: Data(word.utf8)) == nil, "\(word) is readable in the database")
        }
    }

    /// The stored form, once written, is read forever.
    @Test func theStoredFormIsPinned() throws {
        let pinned = """
            {"about":"Twenty years with couples after affairs.","approaches":["affairRecovery","gottman"],\
            "languages":["English","Español"],"listed":true,"name":"Dr Ana Rivera","online":true,"place":"Leeds"}
            """
        let decoded = try JSONDecoder().decode(ClinicianProfile.self, from: Data(pinned.utf8))
        #expect(decoded == Self.profile("Dr Ana Rivera", listed: true))
        let unplaced =
            #"{"about":"x","approaches":["discernment"],"languages":["English"],"listed":false,"name":"A","online":true}"#
        #expect(try JSONDecoder().decode(ClinicianProfile.self, from: Data(unplaced.utf8)).place == nil)
    }
}
