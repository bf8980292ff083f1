#include "store/PasswordHasher.h"

#include <sodium.h>

#include <mutex>

namespace relais::store {

namespace {

constexpr unsigned long long kOpsLimit = 2;
constexpr size_t kMemLimit = 19u * 1024u * 1024u;

bool ensureSodium()
{
    static std::once_flag once;
    static bool ok = false;
    std::call_once(once, [] { ok = sodium_init() >= 0; });
    return ok;
}

} // namespace

QString hashPassword(const QString &pw)
{
    if (!ensureSodium())
        return {};
    const QByteArray utf8 = pw.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), quint64(utf8.size()), kOpsLimit, kMemLimit,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    return QString::fromLatin1(out);
}

bool verifyPassword(const QString &hash, const QString &pw)
{
    if (!ensureSodium() || hash.isEmpty())
        return false;
    const QByteArray h = hash.toLatin1();
    if (h.size() >= crypto_pwhash_STRBYTES)
        return false;
    const QByteArray utf8 = pw.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

bool passwordNeedsRehash(const QString &hash)
{
    if (!ensureSodium())
        return false;
    const QByteArray h = hash.toLatin1();
    return crypto_pwhash_str_needs_rehash(h.constData(), kOpsLimit, kMemLimit) != 0;
}

} // namespace relais::store
