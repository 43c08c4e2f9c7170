// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlascommand.h"

#include <QCoreApplication>

namespace twinatlas {

AtlasCommand::AtlasCommand(CommandContext &context, ChangeSet changes, const QString &text)
    : QUndoCommand(text),
      m_context(context),
      m_next(std::move(changes))
{ }

void AtlasCommand::redo()
{
    step();
}

void AtlasCommand::undo()
{
    step();
}

void AtlasCommand::step()
{
    // Undo and redo are the same move: apply what the last apply said would reverse it.
    m_result = m_context.apply(m_next);
    if (m_result.ok)
        m_next = m_result.inverse;
    else
        setObsolete(true);
}

QString AtlasCommand::tr(const char *text, const char *comment, int n)
{
    return QCoreApplication::translate("twinatlas::AtlasCommand", text, comment, n);
}

QString AtlasCommand::pairName(const RowStore &rows, qint64 placeA, qint64 placeB)
{
    const auto a = rows.place(placeA);
    const auto b = rows.place(placeB);
    return tr("%1 – %2", "two partner places")
            .arg(a ? a->name : QString(), b ? b->name : QString());
}

QString AtlasCommand::partnershipName(const RowStore &rows, qint64 partnershipId)
{
    const auto p = rows.partnership(partnershipId);
    return p ? pairName(rows, p->placeA, p->placeB) : QString();
}

} // namespace twinatlas
