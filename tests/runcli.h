// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs the twinatlas command line as a user would, without a display, with its own home.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace twinatlas::testing {

struct CliResult
{
    int code = -1; ///< the exit status; -1 if it crashed or did not end
    QString out;
    QString err;
};

inline CliResult runTwinatlas(const QStringList &arguments, const QString &home)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home);
    // The messages the tests read are the English ones.
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TWINATLAS_EXECUTABLE), arguments);
    CliResult result;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return result;
    }
    result.out = QString::fromUtf8(p.readAllStandardOutput());
    result.err = QString::fromUtf8(p.readAllStandardError());
    result.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return result;
}

} // namespace twinatlas::testing
