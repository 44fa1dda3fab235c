import Hummingbird
import Query

/// Builds the web application; used by `vnpress serve` and by the tests.
/// (Skeleton; the pages come with issue 7.)
public func buildRouter() -> Router<BasicRequestContext> {
    let router = Router()
    router.get("/health") { _, _ in "ok" }
    return router
}
