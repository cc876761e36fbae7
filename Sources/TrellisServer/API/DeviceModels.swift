import Foundation
import TrellisStore

/// The JSON shapes of a member's signed-in devices, as documented in openapi.yaml.
struct DeviceBody: Encodable, Equatable {
    let id: String
    let client: String
    let signedInAt: Date
    let lastUsedAt: Date
    let current: Bool

    init(_ session: SessionRecord, current: String?) {
        id = session.id
        client = session.client
        signedInAt = session.signedInAt
        lastUsedAt = session.lastUsedAt
        self.current = session.id == current
    }
}

struct DevicesResponse: Encodable, Equatable {
    let sessions: [DeviceBody]
}

struct EndedSessionsResponse: Encodable, Equatable {
    let ended: Int
}
