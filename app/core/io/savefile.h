// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace twinatlas {

/**
 * Writes a whole file at once through QSaveFile: either all of it replaces the file, or the
 * file is left as it was, and a failure names the system's reason ("No space left on
 * device"). QSaveFile (Qt 6.4) buffers writes below 16 kB, and when the flush inside commit()
 * fails on a full disk, commit() still renames the empty file over the old one and returns
 * true; so the buffer is flushed here first, where the failure and its reason show.
 */
class SaveFile
{
public:
    /** False with the reason in error (without the path) when the file could not be written. */
    static bool write(const QString &path, const QByteArray &bytes, QString *error);
};

} // namespace twinatlas
