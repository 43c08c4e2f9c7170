// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inputfault.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace twinatlas {

/**
 * Turns the bytes of a list into text. Lists come from spreadsheets and editors of every age,
 * so the encoding is detected: a byte order mark decides (UTF-8, UTF-16 LE or BE); without one,
 * bytes that are valid UTF-8 are UTF-8, and bytes with no UTF-8 sequence at all are
 * Windows-1252 (what Excel writes as "CSV"). A file that mixes valid UTF-8 with invalid bytes
 * is refused rather than guessed, since either reading would garble names.
 *
 * Hostile input is refused with the line and column of the fault: NUL bytes, invalid or
 * truncated sequences, lines longer than maxLineChars, files larger than maxBytes. The checks
 * run on the bytes before any QString is made, so a 100 MB line costs no more than its bytes.
 */
class TextDecoder
{
public:
    enum class Encoding { Auto, Utf8, Utf16LE, Utf16BE, Windows1252 };

    struct Result
    {
        QString text;
        Encoding encoding = Encoding::Auto;
        bool byteOrderMark = false;
        InputFault fault;
        bool ok() const { return fault.isNull(); }
    };

    static constexpr qint64 defaultMaxBytes = 256ll * 1024 * 1024;
    static constexpr qint64 defaultMaxLineChars = 1024 * 1024;

    /** Decodes bytes read from fileName (used only in faults); Auto detects the encoding. */
    static Result decode(const QByteArray &bytes, Encoding encoding = Encoding::Auto,
                         const QString &fileName = QString(),
                         qint64 maxLineChars = defaultMaxLineChars,
                         qint64 maxBytes = defaultMaxBytes);

    /** The name the UI and --encoding use: utf-8, utf-16le, utf-16be, windows-1252. */
    static QString name(Encoding encoding);
    static Encoding fromName(const QString &name, bool *ok = nullptr);
    static QStringList names();
};

} // namespace twinatlas
