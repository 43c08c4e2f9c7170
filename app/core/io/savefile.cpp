// SPDX-License-Identifier: GPL-3.0-or-later
#include "savefile.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace twinatlas {

namespace {

/** tr() for the free functions here, in the context lupdate gives them as well. */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(twinatlas::SaveFile)
};

} // namespace

bool SaveFile::write(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    auto fail = [&file, error](const QString &fallback) {
        if (error)
            *error = file.error() != QFileDevice::NoError && !file.errorString().isEmpty() ? file.errorString()
                                                                                            : fallback;
        file.cancelWriting();
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return fail(Text::tr("it cannot be created"));
    // A full disk may first show as a short write without an error: the next write names it.
    for (qint64 written = 0; written < bytes.size();) {
        const qint64 n = file.write(bytes.constData() + written, bytes.size() - written);
        if (n <= 0)
            return fail(Text::tr("only %n bytes could be written", nullptr, int(written)));
        written += n;
    }
    if (!file.flush())
        return fail(Text::tr("the data could not be written out"));
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace twinatlas
