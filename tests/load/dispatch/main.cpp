// relais-load: a bounded load run against a relais-dispatch on this machine. See README.md.
#include "LoadOptions.h"
#include "LoadRun.h"

#include <QCoreApplication>
#include <cstdio>
#include <sodium.h>

namespace {

// The same argon2id parameters as the server (store/PasswordHasher.cpp), so that logins with the
// printed hash cost what real ones do. For generated configurations (password_hash).
int printHash(const QByteArray &password)
{
    char out[crypto_pwhash_STRBYTES];
    if (sodium_init() < 0 ||
        crypto_pwhash_str_alg(out, password.constData(), quint64(password.size()), 2,
                              19u * 1024u * 1024u, crypto_pwhash_ALG_ARGON2ID13) != 0) {
        std::fprintf(stderr, "relais-load: hashing failed\n");
        return 1;
    }
    std::printf("%s\n", out);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc == 3 && qstrcmp(argv[1], "--print-hash") == 0)
        return printHash(QByteArray(argv[2]));

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("relais-load"));
    int exitCode = 0;
    std::optional<LoadOptions> options = parseLoadOptions(app.arguments(), &exitCode);
    if (!options)
        return exitCode;

    LoadRun run(std::move(*options));
    QObject::connect(&run, &LoadRun::finished, &app,
                     [](int code) { QCoreApplication::exit(code); });
    run.start();
    return app.exec();
}
