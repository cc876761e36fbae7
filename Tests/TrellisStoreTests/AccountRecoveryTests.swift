import Foundation
import Testing
import TrellisCore
import TrellisStore

@Suite("Name, email and password resets")
struct AccountRecoveryTests {
    @Test(arguments: StoreBackend.all) func aNewEmailFindsTheAccountAndATakenOneIsRefusedWithNothingChanged(
        backend: StoreBackend
    ) async throws {
        let store = try await backend.open()
        defer { store.remove() }
        let alice = StoreFixture.account("Alice")
        let bob = StoreFixture.account("Bob")
        try await StoreFixture.register(alice, in: store.storage)
        try await StoreFixture.register(bob, in: store.storage)
        await #expect(throws: StoreError.duplicateEmail) {
            try await store.storage.updateProfile(name: "Alicia", email: bob.email, for: alice.id)
        }
        #expect(try await store.storage.account(id: alice.id)?.name == "Alice")
        try await store.storage.updateProfile(name: "Alicia", email: "alicia@example.org", for: alice.id)
        #expect(try await store.storage.account(email: "alicia@example.org")?.name == "Alicia")
        #expect(try await store.storage.account(email: alice.email) == nil)
    }

    @Test(arguments: StoreBackend.all) func aResetLinkWorksOnceBeforeItExpiresAndEndsEverySession(backend: StoreBackend)
        async throws
    {
        let store = try await backend.open()
        defer { store.remove() }
        let alice = StoreFixture.account("Alice")
        let session = try await StoreFixture.register(alice, in: store.storage)
        let later = StoreFixture.now.addingTimeInterval(3600)
        try await store.storage.createPasswordReset(tokenHash: [1], for: alice.id, expiresAt: later)
        // A newer link replaces the older one.
        try await store.storage.createPasswordReset(tokenHash: [2], for: alice.id, expiresAt: later)
        #expect(try await store.storage.passwordReset(tokenHash: [1], at: StoreFixture.now) == nil)
        #expect(try await store.storage.passwordReset(tokenHash: [2], at: StoreFixture.now) == alice.id)
        #expect(try await store.storage.completePasswordReset(tokenHash: [2], newHash: "late", at: later) == false)
        #expect(try await store.storage.account(id: alice.id)?.passwordHash == alice.passwordHash)

        #expect(try await store.storage.completePasswordReset(tokenHash: [2], newHash: "new", at: StoreFixture.now))
        #expect(try await store.storage.account(id: alice.id)?.passwordHash == "new")
        #expect(try await store.storage.session(tokenHash: session) == nil)
        #expect(
            try await store.storage.completePasswordReset(tokenHash: [2], newHash: "again", at: StoreFixture.now)
                == false)
    }

    @Test(arguments: StoreBackend.all) func operatorExportsAreKeptForTheMemberToSee(backend: StoreBackend) async throws
    {
        let store = try await backend.open()
        defer { store.remove() }
        let alice = StoreFixture.account("Alice")
        try await StoreFixture.register(alice, in: store.storage)
        #expect(try await store.storage.operatorExports(of: alice.id).isEmpty)
        try await store.storage.recordOperatorExport(of: alice.id, at: StoreFixture.now)
        #expect(try await store.storage.operatorExports(of: alice.id) == [StoreFixture.now])
    }
}
