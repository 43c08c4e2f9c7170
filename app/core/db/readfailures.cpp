// SPDX-License-Identifier: GPL-3.0-or-later
#include "readfailures.h"

#include <QSqlDatabase>
#include <QSqlDriver>

namespace twinatlas {

ReadFailures::ReadFailures(QSqlDriver *driver) : QObject(driver)
{
    setObjectName(QStringLiteral("twinatlas-read-failures"));
}

ReadFailures *ReadFailures::ofDriver(const QSqlDriver *driver)
{
    if (!driver)
        return nullptr;
    // The driver is the connection's one object that all copies of a QSqlDatabase share.
    auto *mutableDriver = const_cast<QSqlDriver *>(driver);
    if (auto *existing = mutableDriver->findChild<ReadFailures *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new ReadFailures(mutableDriver);
}

ReadFailures *ReadFailures::of(const QSqlDatabase &db)
{
    return db.isValid() ? ofDriver(db.driver()) : nullptr;
}

void ReadFailures::report(const QSqlDriver *driver, const SqlFailure &failure)
{
    if (!failure)
        return;
    ReadFailures *watcher = ofDriver(driver);
    if (!watcher)
        return;
    if (!watcher->m_first)
        watcher->m_first = failure;
    emit watcher->failed(failure);
}

} // namespace twinatlas
