// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to db/: SHA-256, one-shot and incremental. Uses the CPU's SHA extensions (x86 SHA-NI) when present,
// libsodium otherwise; verifying a long audit chain is mostly hashing, and SHA-NI is several times faster than
// portable code.
#pragma once

#include <cstddef>
#include <cstdint>

namespace prep::db {

void sha256(const void* data, std::size_t size, unsigned char digest[32]);
// Two independent messages at once. With SHA-NI their rounds are interleaved: each round instruction waits for the
// one before it in the same message, so two messages side by side take about two thirds of the time they take one
// after the other (db_bench BM_Sha256).
void sha256x2(const void* a, std::size_t sizeA, unsigned char digestA[32], const void* b, std::size_t sizeB,
              unsigned char digestB[32]);

// Incremental SHA-256: whole 64-byte blocks are hashed straight from the caller's memory (no copy); only the
// partial block between update() calls is buffered. The audit chain feeds an entry field by field with it.
class Sha256
{
public:
    Sha256();
    void update(const void* data, std::size_t size);
    // Writes the digest; the object must not be updated afterwards (reset() starts over).
    void final(unsigned char digest[32]);
    void reset();

private:
    alignas(16) std::uint32_t m_state[8];
    unsigned char m_buffer[64];
    std::size_t m_buffered = 0;
    std::uint64_t m_total = 0;
    // libsodium's state when the CPU has no SHA extensions (crypto_hash_sha256_state, checked in sha256.cpp).
    alignas(8) unsigned char m_portable[128];
};
// Whether the SHA-NI path is in use (reported by the benchmarks).
bool sha256Accelerated();

} // namespace prep::db
