// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlasupgrader.h"

#include "atlasbackup.h"
#include "atlasdatabase.h"
#include "atlasmerge.h"
#include "atlasschema.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace twinatlas {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("twinatlas::AtlasUpgrader", text);
}

UpgradeReport failed(UpgradeReport report, const QString &why)
{
    report.status = UpgradeReport::Status::Failed;
    report.errorString = why;
    return report;
}

/** Not an upgrade that failed: the atlas itself cannot be opened, which opening it will say. */
UpgradeReport unopenable(UpgradeReport report, const QString &why)
{
    report.status = UpgradeReport::Status::Unopenable;
    report.errorString = why;
    return report;
}

} // namespace

int AtlasUpgrader::compareDataVersions(const QString &a, const QString &b)
{
    static const QRegularExpression part(QStringLiteral("\\d+|\\D+"));
    auto ia = part.globalMatch(a);
    auto ib = part.globalMatch(b);
    while (ia.hasNext() && ib.hasNext()) {
        const QString pa = ia.next().captured();
        const QString pb = ib.next().captured();
        const bool na = pa.at(0).isDigit(), nb = pb.at(0).isDigit();
        int c = 0;
        if (na && nb) {
            // Numbers of any length: without leading zeros, the longer is the larger.
            auto digits = [](QString s) {
                while (s.size() > 1 && s.startsWith(QLatin1Char('0')))
                    s.remove(0, 1);
                return s;
            };
            const QString ta = digits(pa), tb = digits(pb);
            c = ta.size() != tb.size() ? (ta.size() < tb.size() ? -1 : 1)
                                       : QString::compare(ta, tb);
        } else {
            c = QString::compare(pa, pb);
        }
        if (c != 0)
            return c < 0 ? -1 : 1;
    }
    return ia.hasNext() ? 1 : ib.hasNext() ? -1 : 0;
}

UpgradeReport AtlasUpgrader::upgradeIfNeeded(const QString &userPath, const QString &bundledPath)
{
    return upgradeIfNeeded(userPath, bundledPath, AtlasBackup::backupFolder(userPath));
}

UpgradeReport AtlasUpgrader::upgradeIfNeeded(const QString &userPath, const QString &bundledPath,
                                             const QString &backupFolder)
{
    UpgradeReport report;
    {
        AtlasDatabase bundled;
        if (!bundled.open(bundledPath, AtlasDatabase::Mode::ReadOnly))
            return failed(report, bundled.errorString());
        report.toVersion = bundled.meta(QStringLiteral("data_version"));
    }
    int schema = 0;
    QString why;
    if (AtlasDatabase::inspectHeader(userPath, &schema, &why) != AtlasDatabase::Problem::None)
        return unopenable(report, why);
    // Opening upgrades an older schema in place: keep the file as it was first.
    if (schema < AtlasSchema::currentVersion()) {
        const QString copy =
                AtlasBackup::timestampedPath(backupFolder, QStringLiteral("schema-%1").arg(schema));
        if (!AtlasBackup::backupFile(userPath, copy, &why))
            return failed(report, why);
        report.backupPath = copy;
    }

    AtlasDatabase user;
    if (!user.openForEditing(userPath))
        return user.problem() == AtlasDatabase::Problem::Failed ? failed(report, user.errorString())
                                                               : unopenable(report, user.errorString());
    report.fromVersion = user.meta(QStringLiteral("data_version"));
    if (compareDataVersions(report.fromVersion, report.toVersion) >= 0)
        return report;
    // Only an update that was due and could not be made is worth saying.
    if (user.isReadOnly()) {
        report.status = UpgradeReport::Status::Skipped;
        report.errorString =
                tr("The atlas was not updated to the new data: %1").arg(user.readOnlyReason());
        return report;
    }

    if (report.backupPath.isEmpty()) {
        const QString copy = AtlasBackup::timestampedPath(
                backupFolder, QStringLiteral("before-%1").arg(report.toVersion));
        if (!AtlasBackup::backup(user, copy, &why))
            return failed(report, why);
        report.backupPath = copy;
    }

    QSqlDatabase db = user.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("ATTACH DATABASE ? AS bundled"));
    q.addBindValue(bundledPath);
    if (!q.exec())
        return failed(report,
                      tr("Cannot read the new data %1: it %2.").arg(bundledPath, SqlFailure::of(q).reason()));
    bool ok = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!ok) {
        why = tr("the atlas %1").arg(SqlFailure::of(q).reason());
    } else {
        AtlasMerge merge(db, report.toVersion);
        ok = merge.run(report);
        why = merge.errorString();
        q.finish();
        if (ok && !q.exec(QStringLiteral("COMMIT"))) {
            ok = false;
            why = tr("the atlas %1").arg(SqlFailure::of(q).reason());
        }
        if (!ok)
            q.exec(QStringLiteral("ROLLBACK"));
    }
    q.finish();
    q.exec(QStringLiteral("DETACH DATABASE bundled"));
    if (!ok) {
        UpgradeReport nothing;
        nothing.fromVersion = report.fromVersion;
        nothing.toVersion = report.toVersion;
        nothing.backupPath = report.backupPath;
        return failed(nothing, why);
    }
    report.status = UpgradeReport::Status::Upgraded;
    return report;
}

} // namespace twinatlas
