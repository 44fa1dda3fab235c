import ArgumentParser
import Index
import Query

/// Options shared by the query commands.
struct IndexOptions: ParsableArguments {
    @Option(help: "Index file, or a corpus folder holding .vnpress/ (default: $VNPRESS_DB, else the nearest .vnpress/index.sqlite).")
    var db: String?

    @Option(help: "Output: table, json (one array) or csv (RFC 4180 with a header).")
    var format: OutputFormat = .table

    @Option(help: "Maximum rows.")
    var limit: Int = 20

    @Option(help: "Rows to skip (paging).")
    var offset: Int = 0

    /// Opens an existing index; a missing one is exit 2 with a hint.
    func corpus() throws -> SQLiteCorpus {
        try openCorpus(dbPath: DatabaseLocation.forQuery(db: db))
    }
}

/// Opens an existing index for the query commands and the server; a missing one
/// is exit 2 with a hint ("run `vnpress ingest DIR` first").
func openCorpus(dbPath: String) throws -> SQLiteCorpus {
    do {
        return SQLiteCorpus(database: try IndexDatabase(path: dbPath, create: false))
    } catch {
        throw ExitCodes.fail(error)
    }
}

struct FilterOptions: ParsableArguments {
    @Option(help: "Only articles mentioning this agency (accent-blind substring of canonical names).")
    var agency: String?
    @Option(help: "Only articles mentioning this official (accent-blind substring of names).")
    var official: String?
    @Option(help: "Only articles from this source.")
    var source: String?
    @Option(help: "From this date, inclusive (2018, 2018-10 or 2018-10-12).")
    var from: String?
    @Option(help: "Up to this date, inclusive (2018, 2018-10 or 2018-10-12).")
    var to: String?

    var filters: SearchFilters { SearchFilters(agency: agency, official: official, source: source, from: from, to: to) }
}

/// Runs a query, turning query errors (bad dates, database trouble) into exit 2.
func runQuery<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch let code as ExitCode { throw code } catch { throw ExitCodes.fail(error) }
}
