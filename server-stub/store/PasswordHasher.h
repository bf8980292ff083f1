#pragma once

#include <QString>

// Password hashing with libsodium: argon2id, OWASP parameters (2 passes, 19 MiB). A hash takes
// tens of milliseconds on purpose: call it off the event loop when that matters.
namespace relais::store {

// "$argon2id$v=19$m=19456,t=2,p=1$…"; a fresh salt every call. "" if libsodium fails (out of
// memory).
QString hashPassword(const QString &pw);
// False for a wrong password and for anything that is not a valid hash.
bool verifyPassword(const QString &hash, const QString &pw);
// True when the hash was made with other parameters than today's and should be recomputed.
bool passwordNeedsRehash(const QString &hash);

} // namespace relais::store
