// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlaswriter.h"

#include "db/sqlfailure.h"

#include "writesession.h"

#include "db/atlasdatabase.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace twinatlas {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("twinatlas::AtlasWriter", text);
}

} // namespace

ApplyResult AtlasWriter::refused(const QString &message) const
{
    ApplyResult result;
    result.problems << EditProblem{QString(), message, -1};
    return result;
}

ApplyResult AtlasWriter::apply(const ChangeSet &changes, const ApplyHooks &hooks)
{
    if (!m_atlas.isOpen())
        return refused(tr("No atlas is open."));
    if (m_atlas.isReadOnly())
        return refused(m_atlas.readOnlyReason().isEmpty()
                               ? tr("The atlas is open read-only; it cannot be changed.")
                               : m_atlas.readOnlyReason());
    QSqlDatabase db = m_atlas.connection();
    {
        // IMMEDIATE: take the write lock now, so that a busy database fails before any work.
        QSqlQuery begin(db);
        if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return refused(tr("The atlas cannot be changed now: it %1.")
                                   .arg(SqlFailure::of(begin).reason()));
    }
    const QString now = m_clock().toUTC().toString(Qt::ISODateWithMs);
    ApplyResult result;
    bool ok = true;
    QString hookMessage;
    if (hooks.before && !hooks.before(db, &hookMessage)) {
        result.problems << EditProblem{QString(), hookMessage, -1};
        ok = false;
    }
    if (ok) {
        WriteSession session(db, changes.provenance(), now);
        for (int i = 0; ok && i < changes.size(); ++i)
            ok = session.apply(changes.operations().at(i), i);
        ok = ok && session.finish();
        result.problems = session.problems();
        if (ok) {
            result.inverse = session.inverse();
            result.assignedIds = session.assignedIds();
        }
    }
    if (ok && hooks.after && !hooks.after(db, &hookMessage)) {
        result.problems << EditProblem{QString(), hookMessage, -1};
        ok = false;
    }
    QSqlQuery end(db);
    if (ok && !end.exec(QStringLiteral("COMMIT"))) {
        result.problems << EditProblem{
                QString(), tr("The change could not be saved: the atlas %1.").arg(SqlFailure::of(end).reason()), -1};
        ok = false;
    }
    if (!ok) {
        end.exec(QStringLiteral("ROLLBACK"));
        result.inverse = ChangeSet(ChangeSet::Provenance::Exact);
        result.assignedIds.clear();
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace twinatlas
