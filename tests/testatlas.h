// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers shared by the tests: build the small test atlas from tests/data/atlas-small, copy the
// bundled one.

#include "db/atlasbuilder.h"

#include <QCryptographicHash>
#include <QFile>
#include <QString>
#include <QTest>

namespace twinatlas::testing {

inline QString buildSmallAtlas(const QString &dir, const QString &name = QStringLiteral("small.sqlite"))
{
    const QString path = dir + QLatin1Char('/') + name;
    AtlasBuilder builder;
    if (!builder.build(QStringLiteral(TWINATLAS_TEST_DATA "/atlas-small"), path)) {
        qWarning().noquote() << builder.errors().join(QLatin1Char('\n'));
        return {};
    }
    return path;
}

/**
 * A writable copy of the bundled atlas in dir, as a user's first start makes it; empty when it
 * could not be copied.
 */
inline QString copyBundledAtlas(const QString &dir)
{
    const QString copy = dir + QStringLiteral("/atlas.sqlite");
    if (!QFile::copy(QStringLiteral(TWINATLAS_BUNDLED_DB), copy))
        return {};
    QFile(copy).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return copy;
}

/** Builds the atlas of tests/data/<data> (a folder laid out as data/ is) into dir. */
inline QString buildTestAtlas(const QString &dir, const QString &data, const QString &name)
{
    const QString path = dir + QLatin1Char('/') + name;
    AtlasBuilder builder;
    if (!builder.build(QStringLiteral(TWINATLAS_TEST_DATA "/") + data, path)) {
        qWarning().noquote() << builder.errors().join(QLatin1Char('\n'));
        return {};
    }
    return path;
}

inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result();
}

} // namespace twinatlas::testing
