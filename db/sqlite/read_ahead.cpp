// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/sqlite/read_ahead.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <mutex>

namespace prep::db::sql {

namespace {

constexpr int kStartReadAhead = 0x50524131; // a file-control opcode of our own (SQLite keeps those below 100)
constexpr int kChunk = 256 * 1024;

// Our file: the wrapped file of the default VFS lives right after it (szOsFile covers both).
struct File
{
    sqlite3_file base;
    sqlite3_file* real;
    unsigned char* buffer; // kChunk bytes, main database file only (null: no read-ahead)
    sqlite3_int64 bufferStart;
    int bufferSize; // valid bytes; 0: empty
    bool active;
};

sqlite3_vfs* g_real = nullptr;
sqlite3_vfs g_vfs;
sqlite3_io_methods g_methods[3]; // interface versions 1, 2, 3

File* self(sqlite3_file* f)
{
    return reinterpret_cast<File*>(f);
}
const sqlite3_io_methods* realMethods(sqlite3_file* f)
{
    return self(f)->real->pMethods;
}
void stop(sqlite3_file* f)
{
    self(f)->active = false;
    self(f)->bufferSize = 0;
}

int xClose(sqlite3_file* f)
{
    File* p = self(f);
    const int rc = p->real->pMethods ? p->real->pMethods->xClose(p->real) : SQLITE_OK;
    sqlite3_free(p->buffer);
    p->buffer = nullptr;
    return rc;
}

int xRead(sqlite3_file* f, void* out, int amount, sqlite3_int64 offset)
{
    File* p = self(f);
    if (p->active) {
        if (p->bufferSize && offset >= p->bufferStart && offset + amount <= p->bufferStart + p->bufferSize) {
            std::memcpy(out, p->buffer + (offset - p->bufferStart), size_t(amount));
            return SQLITE_OK;
        }
        sqlite3_int64 size = 0;
        if (amount < kChunk && p->real->pMethods->xFileSize(p->real, &size) == SQLITE_OK && offset + amount <= size) {
            const int length = int(std::min<sqlite3_int64>(kChunk, size - offset));
            p->bufferSize = 0;
            if (p->real->pMethods->xRead(p->real, p->buffer, length, offset) == SQLITE_OK) {
                p->bufferStart = offset;
                p->bufferSize = length;
                std::memcpy(out, p->buffer, size_t(amount));
                return SQLITE_OK;
            }
        }
        // Past the end, or the long read failed: the plain read below reports what SQLite expects.
    }
    return p->real->pMethods->xRead(p->real, out, amount, offset);
}

int xWrite(sqlite3_file* f, const void* data, int amount, sqlite3_int64 offset)
{
    stop(f);
    return realMethods(f)->xWrite(self(f)->real, data, amount, offset);
}
int xTruncate(sqlite3_file* f, sqlite3_int64 size)
{
    stop(f);
    return realMethods(f)->xTruncate(self(f)->real, size);
}
int xSync(sqlite3_file* f, int flags)
{
    return realMethods(f)->xSync(self(f)->real, flags);
}
int xFileSize(sqlite3_file* f, sqlite3_int64* size)
{
    return realMethods(f)->xFileSize(self(f)->real, size);
}
int xLock(sqlite3_file* f, int level)
{
    stop(f);
    return realMethods(f)->xLock(self(f)->real, level);
}
int xUnlock(sqlite3_file* f, int level)
{
    stop(f);
    return realMethods(f)->xUnlock(self(f)->real, level);
}
int xCheckReservedLock(sqlite3_file* f, int* out)
{
    return realMethods(f)->xCheckReservedLock(self(f)->real, out);
}
int xFileControl(sqlite3_file* f, int op, void* arg)
{
    if (op == kStartReadAhead) {
        if (!self(f)->buffer)
            return SQLITE_NOTFOUND;
        self(f)->active = true;
        self(f)->bufferSize = 0;
        return SQLITE_OK;
    }
    return realMethods(f)->xFileControl(self(f)->real, op, arg);
}
int xSectorSize(sqlite3_file* f)
{
    return realMethods(f)->xSectorSize(self(f)->real);
}
int xDeviceCharacteristics(sqlite3_file* f)
{
    return realMethods(f)->xDeviceCharacteristics(self(f)->real);
}
int xShmMap(sqlite3_file* f, int region, int size, int extend, void volatile** out)
{
    return realMethods(f)->xShmMap(self(f)->real, region, size, extend, out);
}
int xShmLock(sqlite3_file* f, int offset, int n, int flags)
{
    stop(f); // a read lock taken or let go: the transaction the buffer belongs to is over
    return realMethods(f)->xShmLock(self(f)->real, offset, n, flags);
}
void xShmBarrier(sqlite3_file* f)
{
    realMethods(f)->xShmBarrier(self(f)->real);
}
int xShmUnmap(sqlite3_file* f, int deleteFlag)
{
    stop(f);
    return realMethods(f)->xShmUnmap(self(f)->real, deleteFlag);
}
int xFetch(sqlite3_file* f, sqlite3_int64 offset, int amount, void** out)
{
    return realMethods(f)->xFetch(self(f)->real, offset, amount, out);
}
int xUnfetch(sqlite3_file* f, sqlite3_int64 offset, void* p)
{
    return realMethods(f)->xUnfetch(self(f)->real, offset, p);
}

int xOpen(sqlite3_vfs*, const char* name, sqlite3_file* f, int flags, int* outFlags)
{
    File* p = self(f);
    std::memset(p, 0, sizeof(File));
    p->real = reinterpret_cast<sqlite3_file*>(p + 1);
    const int rc = g_real->xOpen(g_real, name, p->real, flags, outFlags);
    if (rc != SQLITE_OK) {
        if (p->real->pMethods)
            p->real->pMethods->xClose(p->real);
        return rc; // base.pMethods stays null: SQLite will not call xClose
    }
    if (flags & SQLITE_OPEN_MAIN_DB)
        p->buffer = static_cast<unsigned char*>(sqlite3_malloc(kChunk)); // null: plain reads
    // The same interface version as the wrapped file, so SQLite never calls what it lacks.
    p->base.pMethods = &g_methods[std::clamp(p->real->pMethods->iVersion, 1, 3) - 1];
    return SQLITE_OK;
}

void registerVfs()
{
    g_real = sqlite3_vfs_find(nullptr);
    if (!g_real)
        return;
    for (int v = 0; v < 3; ++v) {
        sqlite3_io_methods& m = g_methods[v];
        m = sqlite3_io_methods{};
        m.iVersion = v + 1;
        m.xClose = xClose;
        m.xRead = xRead;
        m.xWrite = xWrite;
        m.xTruncate = xTruncate;
        m.xSync = xSync;
        m.xFileSize = xFileSize;
        m.xLock = xLock;
        m.xUnlock = xUnlock;
        m.xCheckReservedLock = xCheckReservedLock;
        m.xFileControl = xFileControl;
        m.xSectorSize = xSectorSize;
        m.xDeviceCharacteristics = xDeviceCharacteristics;
        if (v >= 1) {
            m.xShmMap = xShmMap;
            m.xShmLock = xShmLock;
            m.xShmBarrier = xShmBarrier;
            m.xShmUnmap = xShmUnmap;
        }
        if (v >= 2) {
            m.xFetch = xFetch;
            m.xUnfetch = xUnfetch;
        }
    }
    // Everything but opening a file is the default VFS's own (same pAppData, which it may rely on).
    g_vfs = *g_real;
    g_vfs.zName = "prep-read-ahead";
    g_vfs.szOsFile = int(sizeof(File)) + g_real->szOsFile;
    g_vfs.xOpen = xOpen;
    g_vfs.pNext = nullptr;
    if (sqlite3_vfs_register(&g_vfs, 0) != SQLITE_OK)
        g_real = nullptr;
}

} // namespace

const char* readAheadVfs()
{
    static std::once_flag once;
    std::call_once(once, registerVfs);
    return g_real ? g_vfs.zName : nullptr;
}

bool startReadAhead(sqlite3* db)
{
    return sqlite3_file_control(db, "main", kStartReadAhead, nullptr) == SQLITE_OK;
}

} // namespace prep::db::sql
