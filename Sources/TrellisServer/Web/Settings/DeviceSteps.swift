import Hummingbird

/// The forms of the settings page about signing in: change my password, log out one device, log
/// out every other device. Each returns to the settings page with a calm line, or with the
/// refusal beside the field at fault.
struct DeviceSteps {
    let settings: SettingsPage
    private var devices: SignedInDevices { settings.devices }

    func register(on router: some RouterMethods<TrellisRequestContext>) {
        router.post(Post.password) { _, request, context in
            let visit = try context.pageVisit()
            let form = try await visit.form(request)
            do {
                try await devices.changePassword(
                    current: form["currentPassword"] ?? "", new: form["newPassword"] ?? "",
                    of: try context.caller(), keeping: visit.sessionToken ?? "")
                return visit.redirect(to: .settings(done: .passwordChanged))
            } catch let error as TrellisError {
                var response = try await settings.page(visit, password: error, status: error.status)
                if let retryAfter = error.retryAfter { response.headers[.retryAfter] = String(retryAfter) }
                return response
            }
        }
        router.post(Post.endDevice) { _, request, context in
            let visit = try context.pageVisit()
            let form = try await visit.form(request)
            try await devices.end(session: form.require("session"), of: try context.caller())
            return visit.redirect(to: .settings(done: .deviceLoggedOut))
        }
        router.post(Post.endOtherDevices) { _, request, context in
            let visit = try context.pageVisit()
            let form = try await visit.form(request)
            do {
                _ = try await devices.endOthers(
                    of: try context.caller(), keeping: visit.sessionToken ?? "", password: form["password"] ?? "")
                return visit.redirect(to: .settings(done: .othersLoggedOut))
            } catch let error as TrellisError {
                var response = try await settings.page(visit, devices: error, status: error.status)
                if let retryAfter = error.retryAfter { response.headers[.retryAfter] = String(retryAfter) }
                return response
            }
        }
    }
}
