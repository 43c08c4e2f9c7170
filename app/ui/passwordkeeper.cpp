// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwordkeeper.h"

#include <qt6keychain/keychain.h>

namespace twinatlas {

QString PasswordKeeper::service()
{
    return QStringLiteral("Twinatlas team atlas");
}

void PasswordKeeper::read(const QString &key, ReadDone done)
{
    auto *job = new QKeychain::ReadPasswordJob(service(), this);
    job->setKey(key);
    // No plain-text file when there is no keyring: the user types the password instead.
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        if (job->error() == QKeychain::NoError)
            done(job->textData(), QString());
        else
            done(QString(), job->errorString());
    });
    job->start();
}

void PasswordKeeper::write(const QString &key, const QString &password, WriteDone done)
{
    auto *job = new QKeychain::WritePasswordJob(service(), this);
    job->setKey(key);
    job->setInsecureFallback(false);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        done(job->error() == QKeychain::NoError ? QString() : job->errorString());
    });
    job->start();
}

void PasswordKeeper::remove(const QString &key)
{
    auto *job = new QKeychain::DeletePasswordJob(service(), this);
    job->setKey(key);
    job->setInsecureFallback(false);
    job->start();
}

} // namespace twinatlas
