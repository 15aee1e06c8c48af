// SPDX-License-Identifier: GPL-3.0-or-later
// Evidence photos: append-only; the file's SHA-256 binds the stored record to the image on disk.
#pragma once

#include "db/actor.h"
#include "db/database.h"
#include "db/records.h"

#include <vector>

namespace prep::db {

class PhotoRepository
{
public:
    explicit PhotoRepository(Database& db)
        : m_db(db)
    {}
    // Stores the record and its audit entry in one transaction; returns it with its id.
    Result<PhotoRecord> add(const Actor& actor, UtcTime at, PhotoRecord record);
    // Oldest first.
    Result<std::vector<PhotoRecord>> listFor(std::int64_t preparationId);

private:
    Database& m_db;
};

} // namespace prep::db
