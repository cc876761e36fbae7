import Foundation
import TrellisCore
import TrellisStore

// The JSON shapes of /api/v1, as documented in openapi.yaml.

struct AccountBody: Encodable, Equatable {
    let id: String
    let email: String
    let name: String
    let coupleId: String?

    init(_ account: Account) {
        id = account.id.description
        email = account.email
        name = account.name
        coupleId = account.coupleID?.description
    }

    private enum CodingKeys: String, CodingKey { case id, email, name, coupleId }

    /// `coupleId` is always present: null means "not in a couple", which clients must see.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(email, forKey: .email)
        try container.encode(name, forKey: .name)
        try container.encode(coupleId, forKey: .coupleId)
    }
}

struct AccountResponse: Encodable, Equatable {
    let account: AccountBody
}

struct SessionBody: Encodable, Equatable {
    let token: String
    let expiresAt: Date
    /// The known-device token, to send back as `deviceToken` at the next log-in.
    let deviceToken: String
}

struct AccountWithSession: Encodable, Equatable {
    let account: AccountBody
    let session: SessionBody
    /// Shown this once: made at sign-up, or at the log-in that gave a member from before a private
    /// key of their own.
    let recoveryCode: String?

    init(_ account: Account, _ session: IssuedSession) {
        self.account = AccountBody(account)
        self.session = SessionBody(token: session.token, expiresAt: session.expiresAt, deviceToken: session.device)
        recoveryCode = session.recoveryCode?.grouped
    }
}

struct CoupleBody: Encodable, Equatable {
    struct MemberBody: Encodable, Equatable {
        let id: String
        let name: String
        let isMe: Bool
        let joinedAt: Date
    }
    struct AreaBody: Encodable, Equatable {
        let id: String
        let name: String
        let archived: Bool
    }

    let id: String
    let seq: Int64
    let members: [MemberBody]
    let areas: [AreaBody]
    let canInvite: Bool
    let partnerLeft: Bool

    init(_ couple: CoupleID, _ view: CoupleView) {
        id = couple.description
        seq = view.seq
        members = view.members.map {
            MemberBody(id: $0.id.description, name: $0.name, isMe: $0.isViewer, joinedAt: $0.joinedAt)
        }
        areas = view.areas.map { AreaBody(id: $0.id.description, name: $0.name, archived: $0.isArchived) }
        canInvite = view.canInvite
        partnerLeft = view.partnerLeft
    }
}

struct InviteBody: Encodable, Equatable {
    let code: String
    let url: String
    let expiresAt: Date
}

struct EventPage: Encodable, Equatable {
    struct Next: Encodable, Equatable {
        let after: Int64
        let afterPrivate: Int64
    }

    /// Where the shared stream stands: the next `after` once every page is read.
    let seq: Int64
    /// Where the caller's own private stream stands: the next `afterPrivate` once every page is read.
    let privateSeq: Int64
    let events: [EventRecord]
    /// The cursors of the following page; null on the last one.
    let next: Next?

    init(_ page: EventFeedPage) {
        seq = page.sharedSeq
        privateSeq = page.privateSeq
        events = page.events.map(EventRecord.init)
        next = page.next.map { Next(after: $0.shared, afterPrivate: $0.private) }
    }

    private enum CodingKeys: String, CodingKey { case seq, privateSeq, events, next }

    /// `next` is always present: null says "this was the last page", which clients must see.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(seq, forKey: .seq)
        try container.encode(privateSeq, forKey: .privateSeq)
        try container.encode(events, forKey: .events)
        try container.encode(next, forKey: .next)
    }
}

struct ErrorEnvelope: Encodable {
    struct Detail: Encodable {
        let code: String
        let message: String
        let field: String?
    }
    let error: Detail
}

struct SignupRequest: Decodable {
    let email: String
    let password: String
    let name: String
}

struct LoginRequest: Decodable {
    let email: String
    let password: String
    let deviceToken: String?
}

struct ChangePasswordRequest: Decodable {
    let currentPassword: String
    let newPassword: String
}

struct AcceptInviteRequest: Decodable {
    let code: String
}

struct AddAreaRequest: Decodable {
    let name: String
    let expectedSeq: Int64?
}

struct UpdateAreaRequest: Decodable {
    let name: String?
    let archived: Bool?
    let expectedSeq: Int64?
}
