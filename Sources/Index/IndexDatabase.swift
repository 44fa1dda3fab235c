import GRDB

/// The corpus index: one SQLite file, owning its migrator and hiding its writer.
/// (Skeleton; the schema and the ingest pipeline come with issue 5.)
public final class IndexDatabase: @unchecked Sendable {
    let writer: any DatabaseWriter

    /// Opens (creating if needed) the index at `path` and migrates it.
    public init(path: String) throws {
        writer = try DatabasePool(path: path)
    }

    /// An in-memory index, for tests.
    public init() throws {
        writer = try DatabaseQueue()
    }

    /// Read access for the query layer.
    public var reader: any DatabaseReader { writer }
}
