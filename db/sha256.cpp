// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/sha256.h"

#include <sodium.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#include <immintrin.h>
#define PREP_SHA_NI 1
#endif

namespace prep::db {

#ifdef PREP_SHA_NI
namespace {

alignas(16) constexpr std::uint32_t kK[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

bool cpuHasShaNi()
{
    unsigned a = 0, b = 0, c = 0, d = 0;
    if (!__get_cpuid(1, &a, &b, &c, &d))
        return false;
    const bool ssse3 = c & (1u << 9), sse41 = c & (1u << 19);
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d))
        return false;
    return ssse3 && sse41 && (b & (1u << 29));
}

// The SHA-256 compression function over whole 64-byte blocks with the SHA-NI instructions (the structure of
// Intel's reference code: two rounds per sha256rnds2, message schedule with sha256msg1/msg2), for N independent
// messages at once: each sha256rnds2 waits for the one before it in its own message, so interleaving the rounds of
// two messages keeps the unit busy while either waits.
template <int N>
__attribute__((target("sha,sse4.1,ssse3"))) inline void
compressLanes(std::uint32_t* const state[N], const unsigned char* const data[N], std::size_t blocks)
{
    const __m128i mask = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    __m128i state0[N], state1[N];
    for (int l = 0; l < N; ++l) {
        __m128i tmp = _mm_loadu_si128(reinterpret_cast<const __m128i*>(&state[l][0]));
        state1[l] = _mm_loadu_si128(reinterpret_cast<const __m128i*>(&state[l][4]));
        tmp = _mm_shuffle_epi32(tmp, 0xB1);                // CDAB
        state1[l] = _mm_shuffle_epi32(state1[l], 0x1B);    // EFGH
        state0[l] = _mm_alignr_epi8(tmp, state1[l], 8);    // ABEF
        state1[l] = _mm_blend_epi16(state1[l], tmp, 0xF0); // CDGH
    }
    for (std::size_t block = 0; block < blocks; ++block) {
        __m128i abefSave[N], cdghSave[N], w[N][4];
        for (int l = 0; l < N; ++l) {
            abefSave[l] = state0[l];
            cdghSave[l] = state1[l];
        }
#pragma GCC unroll 16
        for (int g = 0; g < 16; ++g) {
            const __m128i k = _mm_load_si128(reinterpret_cast<const __m128i*>(&kK[4 * g]));
            for (int l = 0; l < N; ++l) {
                if (g < 4)
                    w[l][g] = _mm_shuffle_epi8(
                        _mm_loadu_si128(reinterpret_cast<const __m128i*>(data[l] + 64 * block + 16 * g)), mask);
                __m128i msg = _mm_add_epi32(w[l][g % 4], k);
                state1[l] = _mm_sha256rnds2_epu32(state1[l], state0[l], msg);
                if (g >= 3 && g <= 14) {
                    __m128i& next = w[l][(g + 1) % 4];
                    next = _mm_add_epi32(next, _mm_alignr_epi8(w[l][g % 4], w[l][(g + 3) % 4], 4));
                    next = _mm_sha256msg2_epu32(next, w[l][g % 4]);
                }
                msg = _mm_shuffle_epi32(msg, 0x0E);
                state0[l] = _mm_sha256rnds2_epu32(state0[l], state1[l], msg);
                if (g >= 1 && g <= 12)
                    w[l][(g + 3) % 4] = _mm_sha256msg1_epu32(w[l][(g + 3) % 4], w[l][g % 4]);
            }
        }
        for (int l = 0; l < N; ++l) {
            state0[l] = _mm_add_epi32(state0[l], abefSave[l]);
            state1[l] = _mm_add_epi32(state1[l], cdghSave[l]);
        }
    }
    for (int l = 0; l < N; ++l) {
        const __m128i tmp = _mm_shuffle_epi32(state0[l], 0x1B); // FEBA
        state1[l] = _mm_shuffle_epi32(state1[l], 0xB1);         // DCHG
        state0[l] = _mm_blend_epi16(tmp, state1[l], 0xF0);      // DCBA
        state1[l] = _mm_alignr_epi8(state1[l], tmp, 8);         // ABEF
        _mm_storeu_si128(reinterpret_cast<__m128i*>(&state[l][0]), state0[l]);
        _mm_storeu_si128(reinterpret_cast<__m128i*>(&state[l][4]), state1[l]);
    }
}

__attribute__((target("sha,sse4.1,ssse3"))) void compress(std::uint32_t state[8], const unsigned char* data,
                                                          std::size_t blocks)
{
    std::uint32_t* const states[1] = {state};
    const unsigned char* const datas[1] = {data};
    compressLanes<1>(states, datas, blocks);
}

__attribute__((target("sha,sse4.1,ssse3"))) void compress2(std::uint32_t stateA[8], const unsigned char* a,
                                                           std::uint32_t stateB[8], const unsigned char* b,
                                                           std::size_t blocks)
{
    std::uint32_t* const states[2] = {stateA, stateB};
    const unsigned char* const datas[2] = {a, b};
    compressLanes<2>(states, datas, blocks);
}

// The final block(s) of a message: its last partial block, 0x80, zeros, the bit length big-endian.
std::size_t padTail(unsigned char tail[128], const unsigned char* rest, std::size_t restSize, std::uint64_t total)
{
    std::memset(tail, 0, 128);
    if (restSize)
        std::memcpy(tail, rest, restSize);
    tail[restSize] = 0x80;
    const std::size_t tailBlocks = restSize + 1 + 8 > 64 ? 2 : 1;
    const std::uint64_t bits = total * 8;
    for (int i = 0; i < 8; ++i)
        tail[tailBlocks * 64 - 1 - i] = static_cast<unsigned char>(bits >> (8 * i));
    return tailBlocks;
}

void digestOf(const std::uint32_t state[8], unsigned char digest[32])
{
    for (int i = 0; i < 8; ++i) {
        digest[4 * i] = static_cast<unsigned char>(state[i] >> 24);
        digest[4 * i + 1] = static_cast<unsigned char>(state[i] >> 16);
        digest[4 * i + 2] = static_cast<unsigned char>(state[i] >> 8);
        digest[4 * i + 3] = static_cast<unsigned char>(state[i]);
    }
}

const bool kShaNi = cpuHasShaNi() && !std::getenv("PREP_NO_SHA_NI");

constexpr std::uint32_t kInitialState[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                            0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

} // namespace
#endif

static_assert(sizeof(crypto_hash_sha256_state) <= 128, "Sha256::m_portable holds libsodium's state");

Sha256::Sha256()
{
    reset();
}

void Sha256::reset()
{
    m_buffered = 0;
    m_total = 0;
#ifdef PREP_SHA_NI
    if (kShaNi) {
        std::memcpy(m_state, kInitialState, sizeof m_state);
        return;
    }
#endif
    crypto_hash_sha256_init(reinterpret_cast<crypto_hash_sha256_state*>(m_portable));
}

void Sha256::update(const void* data, std::size_t size)
{
    if (size == 0)
        return; // (data may be null for an empty field)
    const auto* p = static_cast<const unsigned char*>(data);
#ifdef PREP_SHA_NI
    if (kShaNi) {
        m_total += size;
        if (m_buffered) {
            const std::size_t take = std::min(size, 64 - m_buffered);
            std::memcpy(m_buffer + m_buffered, p, take);
            m_buffered += take;
            p += take;
            size -= take;
            if (m_buffered < 64)
                return;
            compress(m_state, m_buffer, 1);
            m_buffered = 0;
        }
        if (const std::size_t whole = size / 64) {
            compress(m_state, p, whole);
            p += whole * 64;
            size -= whole * 64;
        }
        if (size)
            std::memcpy(m_buffer, p, size);
        m_buffered = size;
        return;
    }
#endif
    crypto_hash_sha256_update(reinterpret_cast<crypto_hash_sha256_state*>(m_portable), p, size);
}

void Sha256::final(unsigned char digest[32])
{
#ifdef PREP_SHA_NI
    if (kShaNi) {
        unsigned char tail[128];
        compress(m_state, tail, padTail(tail, m_buffer, m_buffered, m_total));
        digestOf(m_state, digest);
        return;
    }
#endif
    crypto_hash_sha256_final(reinterpret_cast<crypto_hash_sha256_state*>(m_portable), digest);
}

bool sha256Accelerated()
{
#ifdef PREP_SHA_NI
    return kShaNi;
#else
    return false;
#endif
}

void sha256(const void* data, std::size_t size, unsigned char digest[32])
{
    Sha256 h;
    h.update(data, size);
    h.final(digest);
}

void sha256x2(const void* a, std::size_t sizeA, unsigned char digestA[32], const void* b, std::size_t sizeB,
              unsigned char digestB[32])
{
#ifdef PREP_SHA_NI
    if (kShaNi) {
        const auto* pa = static_cast<const unsigned char*>(a);
        const auto* pb = static_cast<const unsigned char*>(b);
        std::uint32_t stateA[8], stateB[8];
        std::memcpy(stateA, kInitialState, sizeof stateA);
        std::memcpy(stateB, kInitialState, sizeof stateB);
        // Whole blocks of both together, then the rest of the longer one; then both tails.
        const std::size_t wholeA = sizeA / 64, wholeB = sizeB / 64, common = std::min(wholeA, wholeB);
        compress2(stateA, pa, stateB, pb, common);
        if (wholeA > common)
            compress(stateA, pa + 64 * common, wholeA - common);
        if (wholeB > common)
            compress(stateB, pb + 64 * common, wholeB - common);
        unsigned char tailA[128], tailB[128];
        const std::size_t blocksA = padTail(tailA, pa + 64 * wholeA, sizeA - 64 * wholeA, sizeA);
        const std::size_t blocksB = padTail(tailB, pb + 64 * wholeB, sizeB - 64 * wholeB, sizeB);
        const std::size_t commonTail = std::min(blocksA, blocksB);
        compress2(stateA, tailA, stateB, tailB, commonTail);
        if (blocksA > commonTail)
            compress(stateA, tailA + 64 * commonTail, blocksA - commonTail);
        if (blocksB > commonTail)
            compress(stateB, tailB + 64 * commonTail, blocksB - commonTail);
        digestOf(stateA, digestA);
        digestOf(stateB, digestB);
        return;
    }
#endif
    sha256(a, sizeA, digestA);
    sha256(b, sizeB, digestB);
}

} // namespace prep::db
