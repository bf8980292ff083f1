#include "relais/app/PasswordVault.h"

#include <qt6keychain/keychain.h>

namespace relais::app {

PasswordVault::PasswordVault(QString service, QObject *parent)
    : QObject(parent), m_service(std::move(service))
{
}

void PasswordVault::load(const QString &account)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, this, [this, account](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError)
            emit loaded(account, static_cast<QKeychain::ReadPasswordJob *>(j)->textData());
        else if (j->error() == QKeychain::EntryNotFound)
            emit loaded(account, QString());
        else
            emit failed(account, j->errorString());
    });
    job->start();
}

void PasswordVault::store(const QString &account, const QString &password)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(account);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [this, account](QKeychain::Job *j) {
        emit stored(account, j->error() == QKeychain::NoError,
                    j->error() == QKeychain::NoError ? QString() : j->errorString());
    });
    job->start();
}

void PasswordVault::forget(const QString &account)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, this,
            [this, account](QKeychain::Job *) { emit forgotten(account); });
    job->start();
}

} // namespace relais::app
