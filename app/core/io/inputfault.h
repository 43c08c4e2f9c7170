// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace twinatlas {

/**
 * Where and why an input file was refused: the file, the 1-based line and column (in
 * characters of that line) of the fault and a message for the user. An import that meets one
 * writes nothing, so the fault must say exactly where to look.
 */
struct InputFault
{
    QString file;
    qint64 line = 0;   ///< 1-based; 0 when the fault is not at a place in the file
    qint64 column = 0; ///< 1-based; 0 when the whole line is meant
    QString message;

    bool isNull() const { return message.isEmpty(); }
    /** "file:line:column: message", as compilers say it, so editors can jump there. */
    QString toString() const
    {
        QString where = file.isEmpty() ? QStringLiteral("input") : file;
        if (line > 0)
            where += QLatin1Char(':') + QString::number(line);
        if (line > 0 && column > 0)
            where += QLatin1Char(':') + QString::number(column);
        return where + QStringLiteral(": ") + message;
    }
};

} // namespace twinatlas
