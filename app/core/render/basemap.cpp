// SPDX-License-Identifier: GPL-3.0-or-later
#include "basemap.h"

#include "db/sqlread.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>

namespace twinatlas {

namespace {

/**
 * Qt SQL connections belong to the thread that made them, and the base map is read from
 * whichever thread first needs a layer: each read gets a connection of its own, closed after.
 */
class ScopedConnection
{
public:
    explicit ScopedConnection(const QString &path)
    {
        static std::atomic<int> counter { 0 };
        m_name = QStringLiteral("twinatlas-basemap-%1").arg(counter++);
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    }
    ~ScopedConnection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }

    QSqlDatabase &db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

int slot(BaseMap::Layer layer, BaseMap::Scale scale)
{
    return int(layer) * 3 + int(scale);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("twinatlas::BaseMap", text);
}

} // namespace

BaseMap::BaseMap() = default;
BaseMap::~BaseMap() = default;

bool BaseMap::open(const QString &path)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_fileName = path;
    m_open = false;
    m_loaded = {};
    m_errorString.clear();
    if (!QFileInfo(path).isFile()) {
        m_errorString = tr("The base map %1 does not exist.").arg(path);
        return false;
    }
    ScopedConnection connection(path);
    if (!connection.db().open()) {
        m_errorString = tr("Cannot open the base map %1: %2")
                                .arg(path, SqlFailure::of(connection.db().lastError(), connection.db()).sqliteText());
        return false;
    }
    QSqlQuery q(connection.db());
    SqlFailure failure;
    if (!SqlRead::first(q, QStringLiteral("SELECT count(*) FROM rings"), &failure)) {
        m_errorString = failure.isDamage() || failure.cause() != SqlFailure::Cause::Other
                ? tr("The base map %1 cannot be read: it %2.").arg(path, failure.reason())
                : tr("%1 is not a Twinatlas base map: %2").arg(path, failure.sqliteText());
        return false;
    }
    m_open = true;
    return true;
}

bool BaseMap::isOpen() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_open;
}

QString BaseMap::fileName() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_fileName;
}

QString BaseMap::errorString() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_errorString;
}

std::shared_ptr<const BaseMap::Rings> BaseMap::rings(Layer layer, Scale scale) const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    std::shared_ptr<const Rings> &loaded = m_loaded[slot(layer, scale)];
    if (!loaded)
        loaded = load(layer, scale);
    return loaded;
}

std::shared_ptr<const BaseMap::Rings> BaseMap::load(Layer layer, Scale scale) const
{
    auto rings = std::make_shared<Rings>();
    if (!m_open)
        return rings;
    ScopedConnection connection(m_fileName);
    if (!connection.db().open()) {
        m_errorString = tr("Cannot open the base map %1: %2")
                                .arg(m_fileName, SqlFailure::of(connection.db().lastError(), connection.db()).sqliteText());
        return rings;
    }
    QSqlQuery q(connection.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT points FROM rings WHERE layer = ? AND scale = ? ORDER BY part"));
    q.addBindValue(layerName(layer));
    q.addBindValue(scaleName(scale));
    SqlFailure failure;
    if (!SqlRead::exec(q, &failure)) {
        m_errorString = tr("The base map %1 cannot be read: it %2.").arg(m_fileName, failure.reason());
        return rings;
    }
    while (q.next()) {
        const QByteArray blob = q.value(0).toByteArray();
        const int n = int(blob.size() / (2 * sizeof(float)));
        const auto *xy = reinterpret_cast<const float *>(blob.constData());
        QVector<LonLat> ring(n);
        for (int i = 0; i < n; ++i)
            ring[i] = { double(xy[2 * i]), double(xy[2 * i + 1]) };
        rings->append(std::move(ring));
    }
    // Half a coastline is not a map: without its rings the map shows a plain sea, and says why.
    if (!SqlRead::ended(q, &failure)) {
        m_errorString = tr("The base map %1 cannot be read: it %2.").arg(m_fileName, failure.reason());
        rings->clear();
    }
    return rings;
}

QString BaseMap::layerName(Layer layer)
{
    return layer == Layer::Land ? QStringLiteral("land") : QStringLiteral("borders");
}

QString BaseMap::scaleName(Scale scale)
{
    switch (scale) {
    case Scale::Coarse110m:
        return QStringLiteral("110m");
    case Scale::Medium50m:
        return QStringLiteral("50m");
    case Scale::Fine10m:
        break;
    }
    return QStringLiteral("10m");
}

} // namespace twinatlas
