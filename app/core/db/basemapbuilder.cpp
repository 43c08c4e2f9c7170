// SPDX-License-Identifier: GPL-3.0-or-later
#include "basemapbuilder.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <zlib.h>

namespace twinatlas {

namespace {

bool readGzipLines(const QString &path, QList<QByteArray> *lines, QString *error)
{
    gzFile gz = gzopen(QFile::encodeName(path).constData(), "rb");
    if (!gz) {
        *error = QStringLiteral("%1: cannot open the file").arg(path);
        return false;
    }
    QByteArray all;
    char buffer[1 << 16];
    int n;
    while ((n = gzread(gz, buffer, sizeof buffer)) > 0)
        all.append(buffer, n);
    int err = Z_OK;
    const char *message = gzerror(gz, &err);
    const bool ok = n == 0 && (err == Z_OK || err == Z_STREAM_END);
    if (!ok)
        *error = QStringLiteral("%1: cannot read: %2").arg(path, QString::fromLocal8Bit(message));
    gzclose(gz);
    *lines = all.split('\n');
    return ok;
}

} // namespace

bool BasemapBuilder::build(const QString &geometryDir, const QString &outPath)
{
    m_errors.clear();
    const QString tmpPath = outPath + QStringLiteral(".building");
    QFile::remove(tmpPath);
    const QString connection = QStringLiteral("basemap-builder");
    QStringList counts;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(tmpPath);
        if (!db.open()) {
            m_errors << QStringLiteral("%1: %2").arg(tmpPath, db.lastError().text());
            return false;
        }
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA journal_mode = OFF"));
        q.exec(QStringLiteral("PRAGMA application_id = 1415006573")); // 'TWBm'
        q.exec(QStringLiteral("CREATE TABLE rings (layer TEXT NOT NULL, scale TEXT NOT NULL,"
                              " part INTEGER NOT NULL, min_lon REAL, min_lat REAL, max_lon REAL,"
                              " max_lat REAL, points BLOB NOT NULL, PRIMARY KEY (layer, scale, part))"));
        db.transaction();
        q.prepare(QStringLiteral("INSERT INTO rings VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        static const QRegularExpression fileName(QStringLiteral("^(land|borders)-(110m|50m|10m)\\.txt\\.gz$"));
        const QStringList files = QDir(geometryDir).entryList({QStringLiteral("*.txt.gz")}, QDir::Files, QDir::Name);
        for (const QString &name : files) {
            const auto match = fileName.match(name);
            if (!match.hasMatch())
                continue;
            const QString path = QDir(geometryDir).filePath(name);
            QList<QByteArray> lines;
            QString error;
            if (!readGzipLines(path, &lines, &error)) {
                m_errors << error;
                continue;
            }
            int part = 0;
            qint64 points = 0;
            for (int i = 0; i < lines.size(); ++i) {
                const QByteArray line = lines.at(i).trimmed();
                if (line.isEmpty() || line.startsWith('#'))
                    continue;
                if (!line.startsWith("P ")) {
                    m_errors << QStringLiteral("%1:%2: expected “P <count>”").arg(path).arg(i + 1);
                    break;
                }
                bool ok = false;
                const int count = line.mid(2).toInt(&ok);
                if (!ok || count < 2 || i + count >= lines.size()) {
                    m_errors << QStringLiteral("%1:%2: bad point count").arg(path).arg(i + 1);
                    break;
                }
                QVector<float> xy;
                xy.reserve(count * 2);
                float minLon = 180, minLat = 90, maxLon = -180, maxLat = -90;
                for (int k = 1; k <= count; ++k) {
                    const QList<QByteArray> cells = lines.at(i + k).simplified().split(' ');
                    bool okLon = false, okLat = false;
                    const float lon = cells.value(0).toFloat(&okLon);
                    const float lat = cells.size() == 2 ? cells.value(1).toFloat(&okLat) : 0;
                    if (!okLon || !okLat || lon < -180 || lon > 180 || lat < -90 || lat > 90) {
                        m_errors << QStringLiteral("%1:%2: bad coordinate").arg(path).arg(i + k + 1);
                        break;
                    }
                    xy << lon << lat;
                    minLon = std::min(minLon, lon);
                    maxLon = std::max(maxLon, lon);
                    minLat = std::min(minLat, lat);
                    maxLat = std::max(maxLat, lat);
                }
                if (!m_errors.isEmpty())
                    break;
                q.addBindValue(match.captured(1));
                q.addBindValue(match.captured(2));
                q.addBindValue(part++);
                q.addBindValue(minLon);
                q.addBindValue(minLat);
                q.addBindValue(maxLon);
                q.addBindValue(maxLat);
                q.addBindValue(QByteArray(reinterpret_cast<const char *>(xy.constData()),
                                          xy.size() * int(sizeof(float))));
                if (!q.exec())
                    m_errors << QStringLiteral("%1: %2").arg(path, q.lastError().text());
                points += count;
                i += count;
            }
            counts << QStringLiteral("%1 %2 parts %3 points").arg(name).arg(part).arg(points);
        }
        if (files.isEmpty())
            m_errors << QStringLiteral("%1: no geometry files").arg(geometryDir);
        db.commit();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    m_summary = counts.join(QLatin1Char('\n'));
    if (!m_errors.isEmpty()) {
        QFile::remove(tmpPath);
        return false;
    }
    QFile::remove(outPath);
    if (!QFile::rename(tmpPath, outPath)) {
        m_errors << QStringLiteral("%1: cannot move the base map into place").arg(outPath);
        return false;
    }
    return true;
}

} // namespace twinatlas
