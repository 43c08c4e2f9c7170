// SPDX-License-Identifier: GPL-3.0-or-later
#include "readfailure.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

namespace twinatlas {

int ReadFailure::report(const char *command, const QString &path, const SqlFailure &failure)
{
    QTextStream err(stderr);
    err << "twinatlas " << command << ": " << failure.message(QDir::toNativeSeparators(path));
    if (failure.isDamage())
        err << ' '
            << QCoreApplication::translate("twinatlas::ReadFailure",
                                           "“twinatlas check --database %1” names the damage.")
                       .arg(QDir::toNativeSeparators(path));
    err << '\n';
    return 2;
}

} // namespace twinatlas
