// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to db/: read-ahead for a connection that scans a database file from end to end inside one read
// transaction (audit-chain verification). SQLite reads one 4 KB page per read() call; on a virtual machine each
// call is expensive (measured: about a quarter of the verification's CPU time). This VFS wraps the default one and,
// once asked, serves the main database file's pages from 256 KB reads.
//
// Why it is safe only inside a read transaction (WAL mode): while a reader holds its snapshot, a checkpoint copies
// into the database file only frames that this snapshot already sees in the WAL, and SQLite reads such pages from
// the WAL, never from the file. So every page this connection reads from the file stays as it was for as long as
// its transaction lasts, and bytes read ahead within that transaction are what a later read would return. The
// buffer is dropped on any write, truncation, lock change or shared-memory lock call, so it never outlives the
// transaction it was filled in.
#pragma once

struct sqlite3;

namespace prep::db::sql {

// The name to pass to sqlite3_open_v2 for such a connection (the VFS is registered on first use), or nullptr when
// it could not be registered (the caller then opens with the default VFS).
const char* readAheadVfs();
// Starts reading ahead on `db`'s main database file. Call it only once the connection's read transaction is open;
// it stops by itself when the transaction ends. False when `db` was not opened with readAheadVfs().
bool startReadAhead(sqlite3* db);

} // namespace prep::db::sql
